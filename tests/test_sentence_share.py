"""The sentence under the matrix gives the share the view is normalised by.

normalize=None or "true": the share of the true row; "pred": of the predicted column; "all": of all
samples. Checked against scikit-learn's normalised matrix, in the kernel and in the kernel-free page
(after the page itself changes ``normalize``), and for the abstained column and multi-label matrices.
"""

import numpy as np
import pytest
from node_js import needs_node, run_pages
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import page_data

NAMES = ["ant", "bee", "cat", "dog"]


def data(seed=3, n=300):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    p = np.where(rng.random(n) < 0.5, y, rng.integers(0, 4, n))
    return y, p


def text(w):
    return "".join(part["text"] for part in w._selection["sentence"])


def expected_tail(y, p, i, j, how):
    share = confusion_matrix(y, p, labels=range(4), normalize=how or "true")[i, j]
    whom = {"true": f"true {NAMES[i]}", "pred": f"predicted {NAMES[j]}", "all": "all samples"}[how or "true"]
    return f"({100 * share:.1f}% of {whom})."


@pytest.mark.parametrize("how", [None, "true", "pred", "all"])
def test_the_sentence_gives_the_share_of_the_normalisation(how):
    y, p = data()
    w = ConfusionMatrixWidget(y, p, display_labels=NAMES, normalize=how)
    w.selected = (2, 0)
    count = int(((y == 2) & (p == 0)).sum())
    assert text(w) == f"{count} samples are truly cat but predicted ant " + expected_tail(y, p, 2, 0, how)


def test_the_sentence_follows_a_change_of_normalize():
    y, p = data()
    w = ConfusionMatrixWidget(y, p, display_labels=NAMES)
    w.selected = (1, 3)
    for how in ["pred", "all", "true", None, "pred"]:
        w.normalize = how
        assert text(w).endswith(expected_tail(y, p, 1, 3, how)), how


@needs_node
def test_the_page_sentence_follows_its_own_normalize_and_equals_the_kernel():
    y, p = data(seed=8)
    w = ConfusionMatrixWidget(y, p, display_labels=NAMES)
    w.selected = (0, 2)
    steps, want = [], []
    for how in ["pred", "all", None, "true", "pred"]:
        steps += [["set", "normalize", how], ["cell"]]
        want.append(expected_tail(y, p, 0, 2, how))
    (got,) = run_pages([{"data": page_data(w), "steps": steps}])
    for how, cell, tail in zip(["pred", "all", None, "true", "pred"], got, want):
        assert cell["text"].endswith(tail), how
        w.normalize = how
        assert cell["text"] == text(w), how


def test_the_abstained_column_share_by_column_and_of_all():
    rng = np.random.default_rng(5)
    n = 400
    y = rng.integers(0, 3, n)
    scores = rng.random((n, 3)) ** 2
    scores /= scores.sum(axis=1, keepdims=True)
    w = ConfusionMatrixWidget(y, y_score=scores, abstain=0.5, display_labels=["a", "b", "c"])
    abstained = scores.max(axis=1) < 0.5
    count = int((abstained & (y == 1)).sum())
    w.selected = (1, 3)
    w.normalize = "pred"
    assert text(w).endswith(f"({100 * count / abstained.sum():.1f}% of the abstained samples).")
    w.normalize = "all"
    assert text(w).endswith(f"({100 * count / n:.1f}% of all samples).")


def test_a_multilabel_sentence_by_predicted_label_and_of_all():
    rng = np.random.default_rng(2)
    yt = (rng.random((200, 3)) < 0.4).astype(int)
    yp = (rng.random((200, 3)) < 0.4).astype(int)
    w = ConfusionMatrixWidget.multilabel(yt, yp, labels=["x", "y", "z"])
    w.selected = (0, 2)
    both = int((yt[:, 0] & yp[:, 2]).sum())
    w.normalize = "pred"
    assert text(w).endswith(f"({100 * both / yp[:, 2].sum():.1f}% of the samples predicted z).")
    w.normalize = "all"
    assert text(w).endswith(f"({100 * both / 200:.1f}% of all samples).")
    w.normalize = None
    assert text(w).endswith(f"({100 * both / yt[:, 0].sum():.1f}% of the samples with x).")


@needs_node
@pytest.mark.parametrize("how", [None, "pred", "all"])
def test_a_group_cell_sentence_in_the_kernel_and_the_page(how):
    y, p = data(seed=11)
    group = np.array([0, 0, 1, 1])
    w = ConfusionMatrixWidget(y, p, display_labels=NAMES, groups={0: "small", 1: "small", 2: "big", 3: "big"})
    w.level = "groups"
    names = {0: "small", 1: "big"}
    gy, gp = group[y], group[p]
    w.normalize = how
    (got,) = run_pages([{"data": page_data(w), "steps": [["set", "selected_group", [0, 1]], ["cell"]]}])
    w.selected_group = (0, 1)
    want = confusion_matrix(gy, gp, labels=[0, 1], normalize=how or "true")[0, 1]
    whom = {None: "true small", "pred": "predicted big", "all": "all samples"}[how]
    assert text(w).endswith(f"({100 * want:.1f}% of {whom})."), text(w)
    assert got[0]["text"] == text(w)
    assert names[1] in text(w)
