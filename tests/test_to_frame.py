"""``w.to_frame``: the cells against a pandas crosstab, the samples against numpy masks over the
labels, the metrics against scikit-learn's classification_report (weights, labels= subsets,
display orders, binary thresholds, (n, K) scores with abstain)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE, quiet
from sklearn.metrics import classification_report

from cm_widget import ConfusionMatrixWidget as W

VALUES = np.array([-5, 0, 7, 20])


def _labels_widget(seed, n, weighted, subset, order):
    rng = np.random.default_rng(seed)
    y_true = VALUES[rng.integers(0, 4, n)]
    y_true[0] = 20
    y_pred = VALUES[rng.integers(0, 4, n)]
    weights = rng.integers(1, 5, n) / 4 if weighted else None
    labels = [20, -5, 7] if subset else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W(y_true, y_pred, labels=labels, sample_weight=weights, order=order, display_labels=None)
    return w, y_true, y_pred, weights


CASES = {
    "seed": st.integers(0, 2**32 - 1),
    "n": st.integers(1, 80),
    "weighted": st.booleans(),
    "subset": st.booleans(),
    "order": st.sampled_from(["given", "name", "support", "errors"]),
}


@ORACLE
@given(**CASES)
def test_cells_equal_a_pandas_crosstab(seed, n, weighted, subset, order):
    w, y_true, y_pred, weights = _labels_widget(seed, n, weighted, subset, order)
    classes = w.classes.tolist()
    names = list(w.display_labels)
    kept = np.isin(y_true, classes) & np.isin(y_pred, classes)
    df = pd.DataFrame({"t": y_true[kept], "p": y_pred[kept], "w": 1.0 if weights is None else weights[kept]})
    cross = df.pivot_table(index="t", columns="p", values="w", aggfunc="sum", fill_value=0.0)
    cross = cross.reindex(index=classes, columns=classes, fill_value=0.0)
    got = w.to_frame("cells")
    assert list(got.columns) == ["true", "predicted", "count", "share"]
    assert got["true"].tolist() == [names[i] for i in range(len(classes)) for _ in classes]
    assert got["predicted"].tolist() == names * len(classes)
    np.testing.assert_allclose(got["count"].to_numpy(dtype=float), cross.to_numpy().reshape(-1))
    rows = cross.sum(axis=1).to_numpy()
    want_share = np.divide(cross.to_numpy(), rows[:, None], out=np.zeros(cross.shape), where=rows[:, None] > 0)
    np.testing.assert_allclose(got["share"].to_numpy(), want_share.reshape(-1))


@ORACLE
@given(**CASES)
def test_samples_equal_the_labels_and_metrics_equal_sklearn(seed, n, weighted, subset, order):
    w, y_true, y_pred, weights = _labels_widget(seed, n, weighted, subset, order)
    classes = w.classes.tolist()
    kept = np.isin(y_true, classes) & np.isin(y_pred, classes)
    got = w.to_frame("samples")
    assert list(got.columns) == ["index", "true", "predicted"]
    np.testing.assert_array_equal(got["index"].to_numpy(), np.flatnonzero(kept))
    assert got["true"].tolist() == [str(v) for v in y_true[kept]]
    assert got["predicted"].tolist() == [str(v) for v in y_pred[kept]]

    report = quiet(
        classification_report,
        y_true,
        y_pred,
        labels=classes,
        sample_weight=weights,
        output_dict=True,
        zero_division=0,
    )
    frame = w.to_frame("metrics")
    assert list(frame.columns) == ["precision", "recall", "f1-score", "support"]
    for c, name in zip(classes, w.display_labels):
        for col in frame.columns:
            assert frame.loc[name, col] == pytest.approx(report[str(c)][col], abs=1e-12), (name, col)
    for avg in ("macro avg", "weighted avg"):
        for col in frame.columns:
            assert frame.loc[avg, col] == pytest.approx(report[avg][col], abs=1e-12), (avg, col)


@ORACLE
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 80), pick=st.floats(0, 1))
def test_binary_samples_carry_their_score_and_follow_the_threshold(seed, n, pick):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    s = np.round(rng.random(n), 2)
    w = W(y, y_score=s, display_labels=["neg", "pos"])
    w.threshold = float(pick)
    got = w.to_frame("samples")
    np.testing.assert_array_equal(got["index"].to_numpy(), np.arange(n))
    np.testing.assert_array_equal(got["score"].to_numpy(), s)
    assert got["predicted"].tolist() == ["pos" if v >= w.threshold else "neg" for v in s]
    assert got["true"].tolist() == ["pos" if v else "neg" for v in y]


def test_multiclass_scores_with_abstain():
    rng = np.random.default_rng(1)
    p = rng.random((60, 3))
    p /= p.sum(axis=1, keepdims=True)
    y = rng.integers(0, 3, 60)
    w = W(y, y_score=p, abstain=0.5)
    got = w.to_frame("samples")
    top = p.max(axis=1)
    want_pred = np.where(top < 0.5, "abstained", p.argmax(axis=1).astype(str))
    assert got["predicted"].tolist() == want_pred.tolist()
    np.testing.assert_array_equal(got["score"].to_numpy(), top)
    cells = w.to_frame("cells")
    assert len(cells) == 3 * 4 and cells["predicted"].tolist()[:4] == ["0", "1", "2", "abstained"]
    assert cells["count"].sum() == 60


def test_selected_keeps_the_selection():
    w = W(["a", "b", "a", "c", "b"], ["b", "b", "a", "a", "c"])
    w.selected = "errors"
    got = w.to_frame("samples", selected=True)
    np.testing.assert_array_equal(got["index"].to_numpy(), w.selected_indices)
    assert got["index"].tolist() == [0, 3, 4]
    cells = w.to_frame("cells", selected=True)
    assert len(cells) == 6 and (cells["true"] != cells["predicted"]).all()
    w.selected = None
    assert len(w.to_frame("samples", selected=True)) == 0


def test_ids_of_from_dataframe_index_the_samples():
    df = pd.DataFrame({"y": ["x", "y", "x", "y"], "p": ["x", "x", "y", "y"], "key": [40, 10, 30, 20]})
    w = W.from_dataframe(df, y_true="y", y_pred="p", id="key")
    got = w.to_frame("samples")
    assert got["index"].tolist() == [40, 10, 30, 20]
    assert got["predicted"].tolist() == ["x", "x", "y", "y"]


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda w: w.to_frame("matrix"), "what must be one of"),
        (lambda w: w.to_frame("cells", selected="yes"), "selected must be True or False"),
        (lambda w: w.to_frame("metrics", selected=True), "metrics are of the whole matrix"),
    ],
)
def test_bad_arguments_are_named(call, words):
    w = W([0, 1], [1, 1])
    with pytest.raises((ValueError, TypeError), match=words):
        call(w)


def test_a_matrix_from_counts_has_no_samples():
    w = W.from_counts(np.array([[3, 1], [2, 4]]))
    assert w.to_frame("cells")["count"].tolist() == [3, 1, 2, 4]
    with pytest.raises(ValueError, match="no sample indices"):
        w.to_frame("samples")


def test_the_download_message_answers_with_the_frame_as_csv():
    import io

    w = W(["a", "b", "a", "c"], ["b", "b", "a", "a"], display_labels=['x, "1"', "y", "z"])
    sent = []
    w.send = sent.append
    w._on_custom_msg(w, {"type": "download", "what": "cells"}, [])
    assert sent[-1]["name"] == "confusion_matrix.csv"
    got = pd.read_csv(io.StringIO(sent[-1]["text"]))
    pd.testing.assert_frame_equal(got, w.to_frame("cells"), check_dtype=False)
    w.selected = {"col": 0}
    w._on_custom_msg(w, {"type": "download", "what": "selection"}, [])
    got = pd.read_csv(io.StringIO(sent[-1]["text"]))
    pd.testing.assert_frame_equal(got, w.to_frame("samples", selected=True), check_dtype=False)
    # A malformed request is ignored and logged; the widget keeps working.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w._on_custom_msg(w, {"type": "download", "what": "everything"}, [])
    assert len(sent) == 2


@given(seed=st.integers(0, 2**32 - 1), n=st.integers(5, 120), rank=st.sampled_from(["confidence", "margin", "loss"]))
def test_the_samples_frame_has_each_samples_rank_in_its_cell_and_its_label_issue_flag(seed, n, rank):
    """rank: the sample's place (0 first) in its cell ranked by ``rank`` (a lexsort of the
    probabilities, ties by index); label_issue: among ``label_issues()`` (confident learning)."""
    rng = np.random.default_rng(seed)
    p = rng.dirichlet(np.ones(3), n)
    y = rng.integers(0, 3, n)
    w = W(y, y_score=p, rank=rank)
    frame = w.to_frame("samples").set_index("index").sort_index()
    pred = p.argmax(axis=1)
    rows = np.arange(n)
    key = {"confidence": p[rows, pred], "margin": p[rows, pred] - p[rows, y], "loss": -p[rows, y]}[rank]
    want = np.empty(n, dtype=np.int64)
    for cell in set(zip(y.tolist(), pred.tolist())):
        idx = np.flatnonzero((y == cell[0]) & (pred == cell[1]))
        want[idx[np.lexsort((idx, -key[idx]))]] = np.arange(len(idx))
    np.testing.assert_array_equal(frame["rank"].to_numpy(), want)
    flagged = np.zeros(n, dtype=bool)
    flagged[w.label_issues()] = True
    np.testing.assert_array_equal(frame["label_issue"].to_numpy(), flagged)


def test_a_samples_frame_of_labels_has_no_rank_columns():
    frame = W([0, 1, 1, 2], [0, 1, 0, 2]).to_frame("samples")
    assert list(frame.columns) == ["index", "true", "predicted"]
