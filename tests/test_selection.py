"""Selecting more than one cell: a true row, a predicted column, every error, a list of cells.

The samples of a selection are checked against a naive numpy oracle (masks over the labels),
with weights, labels= subsets and display orders; the sentence's count against the weights' sum.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import traitlets
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE

from cm_widget import ConfusionMatrixWidget as W

VALUES = np.array([-5, 0, 7, 20])


def _build(seed, n, weighted, subset, order):
    rng = np.random.default_rng(seed)
    y_true = VALUES[rng.integers(0, 4, n)]
    y_true[0] = 20  # labels= keeps a class that occurs
    y_pred = VALUES[rng.integers(0, 4, n)]
    weights = rng.integers(1, 5, n) / 4 if weighted else None
    labels = [20, -5, 7] if subset else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W(y_true, y_pred, labels=labels, sample_weight=weights, order=order)
    return w, y_true, y_pred, weights


def _oracle(spec, classes, y_true, y_pred):
    """The samples a selection covers, by masks over the labels (classes by position)."""
    kept = np.isin(y_true, classes) & np.isin(y_pred, classes)
    if spec == "errors":
        return np.flatnonzero(kept & (y_true != y_pred))
    if isinstance(spec, dict) and "row" in spec:
        return np.flatnonzero(kept & (y_true == classes[spec["row"]]))
    if isinstance(spec, dict):
        return np.flatnonzero(kept & (y_pred == classes[spec["col"]]))
    mask = np.zeros(len(y_true), dtype=bool)
    for i, j in spec:
        mask |= kept & (y_true == classes[i]) & (y_pred == classes[j])
    return np.flatnonzero(mask)


SPECS = st.one_of(
    st.just("errors"),
    st.builds(lambda i: {"row": i}, st.integers(0, 2)),
    st.builds(lambda j: {"col": j}, st.integers(0, 2)),
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=2, max_size=6),
)


@ORACLE
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 60),
    weighted=st.booleans(),
    subset=st.booleans(),
    order=st.sampled_from(["given", "name", "support", "errors"]),
    spec=SPECS,
)
def test_selected_indices_equal_the_masks(seed, n, weighted, subset, order, spec):
    w, y_true, y_pred, weights = _build(seed, n, weighted, subset, order)
    classes = w.classes.tolist()
    k = len(classes)
    if isinstance(spec, dict):
        spec = {axis: v % k for axis, v in spec.items()}
    elif isinstance(spec, list):
        spec = [(i % k, j % k) for i, j in spec]
    w.selected = spec
    want = _oracle(spec, classes, y_true, y_pred)
    np.testing.assert_array_equal(w.selected_indices, want)
    assert w.selected_indices.dtype == np.int64
    ww = np.ones(n) if weights is None else weights
    sel = w._selection
    assert sel["total"] == len(want)
    assert sel["count"] == pytest.approx(ww[want].sum())
    assert sel["indices"] == want[:100].tolist()


def test_the_canonical_forms():
    w = W(["cat", "dog", "cat", "bird"], ["dog", "dog", "cat", "cat"])
    assert w.classes.tolist() == ["bird", "cat", "dog"]
    w.selected = {"row": "cat"}
    assert w.selected == {"row": 1}
    np.testing.assert_array_equal(w.selected_indices, [0, 2])
    w.selected = {"col": "dog"}
    assert w.selected == {"col": 2}
    np.testing.assert_array_equal(w.selected_indices, [0, 1])
    w.selected = "errors"
    np.testing.assert_array_equal(w.selected_indices, [0, 3])
    w.selected = [("cat", "dog"), ("bird", "cat"), ("cat", "dog")]
    assert w.selected == ((0, 1), (1, 2))
    np.testing.assert_array_equal(w.selected_indices, [0, 3])
    w.selected = [("cat", "cat")]  # one cell is the one-cell form
    assert w.selected == (1, 1)
    w.selected = ("cat", "dog")
    assert w.selected == (1, 2)
    w.selected = (0, 1)  # ints are positions, as before
    assert w.selected == (0, 1)
    np.testing.assert_array_equal(w.selected_indices, [3])


def test_the_sentence_words_the_selection():
    w = W(["cat", "dog", "cat", "bird"], ["dog", "dog", "cat", "cat"], display_labels=["B", "C", "D"])
    text = lambda: "".join(p["text"] for p in w._selection["sentence"])  # noqa: E731
    w.selected = {"row": 1}
    assert text() == "2 samples are truly C (50.0% of all samples)."
    w.selected = {"col": 2}
    assert text() == "2 samples are predicted D (50.0% of all samples)."
    w.selected = "errors"
    assert text() == "2 samples are misclassified (50.0% of all samples)."
    w.selected = [(1, 2), (0, 0)]
    assert text() == "1 sample is in 2 selected cells (25.0% of all samples)."


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("junk", "is not a selection"),
        ({"row": 0, "col": 1}, "one true row"),
        ({"cell": 0}, "one true row"),
        ({"row": 7}, "outside the 3 rows"),
        ({"col": "fish"}, "not a class"),
        ([], "pass None to clear"),
        ([(0, 1), (0,)], "not a cell"),
        ([(0, 1), (9, 0)], "outside the 3 rows"),
        (3.5, "is not a selection"),
    ],
)
def test_a_bad_selection_names_what_was_found(value, words):
    w = W([0, 1, 2, 0], [0, 2, 2, 1])
    with pytest.raises(traitlets.TraitError, match="selected") as info:
        w.selected = value
    assert words in str(info.value)
    assert w.selected is None


def test_a_bad_selection_from_the_page_keeps_the_widget_working():
    w = W([0, 1, 2, 0], [0, 2, 2, 1])
    w.selected = {"row": 0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w.set_state({"selected": {"row": 99}})
        w.set_state({"selected": [[0, 1], "x"]})
    assert w.selected == {"row": 0}
    w.set_state({"selected": [[0, 1], [2, 2]]})
    assert w.selected == ((0, 1), (2, 2))
    np.testing.assert_array_equal(w.selected_indices, [2, 3])


def test_the_abstained_column_is_a_column_and_goes_with_abstain():
    rng = np.random.default_rng(3)
    p = rng.random((50, 3))
    p /= p.sum(axis=1, keepdims=True)
    y = rng.integers(0, 3, 50)
    w = W(y, y_score=p, abstain=0.5)
    w.selected = {"col": 3}
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero(p.max(axis=1) < 0.5))
    w.selected = {"row": 1}  # a true row includes its abstained samples
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero(y == 1))
    w.selected = "errors"  # abstaining is not an error
    pred = p.argmax(axis=1)
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((p.max(axis=1) >= 0.5) & (pred != y)))
    w.selected = {"col": 3}
    w.abstain = None
    assert w.selected is None


def test_on_select_hears_every_form():
    w = W([0, 1, 2, 0], [0, 2, 2, 1])
    heard = []
    w.on_select(heard.append)
    w.selected = "errors"
    w.selected = {"col": 1}
    assert heard == ["errors", {"col": 1}]


def test_multilabel_rows_list_each_sample_once():
    rng = np.random.default_rng(0)
    yt = (rng.random((30, 3)) < 0.5).astype(int)
    yp = (rng.random((30, 3)) < 0.5).astype(int)
    w = W.multilabel(yt, yp)
    w.selected = {"row": 0}
    want = np.flatnonzero((yt[:, 0] == 1) & (yp.sum(axis=1) > 0))
    np.testing.assert_array_equal(w.selected_indices, want)
    assert w._selection["total"] == len(want)
    pairs = int(((yt[:, 0] == 1)[:, None] & (yp == 1)).sum())
    assert w._selection["count"] == pairs
    assert "".join(p["text"] for p in w._selection["sentence"]).startswith(f"{pairs} label pairs are truly 0")
