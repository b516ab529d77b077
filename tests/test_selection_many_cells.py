"""Selections of many cells (a row, a column, every error, "(other)") at many classes list the same
samples, counts and CSV rows as numpy finds them: predicted labels are found in one pass over the
samples from 64 cells on, cell by cell below (``_engine.selection.ONE_PASS_CELLS``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import selection as _sel


def data(seed, k, n):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    return rng, y, np.where(rng.random(n) < 0.4, y, rng.integers(0, k, n))


def oracle(y, p, spec, k):
    if spec == "errors":
        return (y != p) & (y < k) & (p < k)
    if "row" in spec:
        return y == spec["row"]
    return p == spec["col"]


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    k=st.sampled_from([5, 9, 40, 90]),
    spec=st.sampled_from(["errors", {"row": 1}, {"col": 2}]),
    kept=st.booleans(),
)
def test_a_selection_of_many_cells_lists_numpys_samples(seed, k, spec, kept):
    rng, y, p = data(seed, k, 700)
    labels = list(range(k - 1)) if kept else None  # the last class left out: samples with it are not counted
    w = W(y, p, labels=labels)
    w.selected = spec
    shown = k - 1 if kept else k
    want = np.flatnonzero(oracle(y, p, spec, shown) & (y < shown) & (p < shown))
    np.testing.assert_array_equal(w.selected_indices, want)
    assert w._selection["total"] == len(want) and w._selection["count"] == len(want)
    frame = w.to_frame("samples", selected=True)
    np.testing.assert_array_equal(frame["index"].to_numpy(), want)
    assert frame["true"].tolist() == y[want].astype(str).tolist()  # the names shown
    assert frame["predicted"].tolist() == p[want].astype(str).tolist()


def test_ids_of_many_cells_are_listed_once_each_in_order():
    rng, y, p = data(3, 30, 900)
    ids = np.array([f"s{v:04d}" for v in rng.permutation(900)])
    w = W.from_dataframe(pd.DataFrame({"y": y, "p": p, "id": ids}), "y", "p", id="id")
    w.selected = "errors"
    assert len(_sel.cells_of(w.selected, 30, 30)) >= _sel.ONE_PASS_CELLS
    np.testing.assert_array_equal(w.selected_indices, np.sort(ids[y != p]))


def test_weighted_counts_add_up_as_the_page_adds_them():
    rng, y, p = data(4, 40, 800)
    weights = rng.random(800) * 10.0 ** rng.integers(-8, 8, 800)
    w = W(y, p, sample_weight=weights)
    w.selected = "errors"
    total = 0.0
    for i in range(40):  # row-major, one after the other
        for j in range(40):
            if i != j:
                total += float(w.counts[i, j])
    assert w._selection["count"] == total


@pytest.mark.parametrize("pred", ["(other)", 0])
def test_other_gathers_every_hidden_cell(pred):
    _, y, p = data(5, 60, 3000)
    w = W(y, p, top_classes=5)
    hidden = np.asarray([list(w.classes).index(c) for c in w.hidden_classes])
    cols = hidden if pred == "(other)" else np.array([pred])
    want = np.flatnonzero(np.isin(y, hidden) & np.isin(p, cols))
    np.testing.assert_array_equal(w.indices("(other)", pred), want)
    np.testing.assert_array_equal(w.indices("(other)", pred, limit=7), want[:7])


@pytest.mark.parametrize("setting", [{"abstain": 0.2}, {"top_k": 3}, {}])
def test_a_table_of_scores_with_ids_selects_as_its_abstain_and_top_k_count(setting):
    """from_dataframe(y_score=[K columns], id=): the cells of an abstaining or top-k view are not
    those of the top score; every error is listed as the counts have it."""
    rng = np.random.default_rng(6)
    n, k = 1000, 9
    y = rng.integers(0, k, n)
    s = rng.random((n, k))
    s /= s.sum(1, keepdims=True)
    cols = [f"s{c}" for c in range(k)]
    frame = pd.DataFrame(s, columns=cols).assign(t=y, id=np.arange(n) + 1000)
    w = W.from_dataframe(frame, "t", y_score=cols, id="id", **setting)
    w.selected = "errors"
    top = s.argmax(1)
    if "top_k" in setting:  # right when the true class is among the top 3
        in_top = (np.argsort(-s, axis=1)[:, :3] == y[:, None]).any(1)
        pred = np.where(in_top, y, top)
    else:
        pred = np.where(s.max(1) < setting.get("abstain", -1), k, top)  # k: abstained
    errors = np.flatnonzero((pred != y) & (pred < k))
    np.testing.assert_array_equal(w.selected_indices, errors + 1000)
    assert w._selection["count"] == len(errors)
    frame_all = w.to_frame("samples")
    assert (frame_all["predicted"] == "abstained").sum() == (pred == k).sum()


def test_other_lists_repeated_ids_as_its_cells_do():
    """An id column with repeats: "(other)" lists the ids of every cell it gathers, repeats kept,
    in ascending order, as the cells list them."""
    rng = np.random.default_rng(7)
    y = rng.integers(0, 12, 2000)
    p = np.where(rng.random(2000) < 0.5, y, rng.integers(0, 12, 2000))
    ids = rng.integers(0, 100, 2000)
    w = W.from_dataframe(pd.DataFrame({"y": y, "p": p, "id": ids}), "y", "p", id="id", top_classes=2)
    hidden = np.asarray([list(w.classes).index(c) for c in w.hidden_classes])
    want = np.sort(ids[np.isin(y, hidden) & np.isin(p, hidden)])
    np.testing.assert_array_equal(w.indices("(other)", "(other)"), want)
    np.testing.assert_array_equal(w.indices("(other)", "(other)", limit=5), want[:5])


@pytest.mark.parametrize("setting", [{}, {"abstain": 0.3}, {"top_k": 2}])
def test_a_table_of_scores_with_ids_lists_ids_in_every_selection(setting):
    """from_dataframe(y_score=[K columns], id=) lists the ids of a cell, a row, every error and
    the samples frame: those of the same matrix built from arrays, through the id column."""
    rng = np.random.default_rng(9)
    n, k = 300, 4
    y = rng.integers(0, k, n)
    s = rng.random((n, k))
    cols = [f"s{c}" for c in range(k)]
    ids = rng.permutation(n) + 5000
    frame = pd.DataFrame(s, columns=cols).assign(t=y, id=ids)
    table = W.from_dataframe(frame, "t", y_score=cols, id="id", **setting)
    arrays = W(y, y_score=s, **setting)
    for spec in [(1, 1), (2, 0), {"row": 1}, {"col": 2}, "errors"]:
        table.selected = arrays.selected = spec
        rows = arrays.selected_indices
        # a cell lists its samples' ids in the samples' order; several cells, each id once in order
        want = ids[rows] if isinstance(spec, tuple) else np.unique(ids[rows])
        np.testing.assert_array_equal(table.selected_indices, want, err_msg=str(spec))
    np.testing.assert_array_equal(table.indices(1, 1), ids[arrays.indices(1, 1)])
    got, want = table.to_frame("samples"), arrays.to_frame("samples")
    assert sorted(got["index"].tolist()) == sorted(ids[want["index"]].tolist())


@pytest.mark.parametrize("spec", ["errors", {"row": 1}, {"col": 0}, [[0, 1], [2, 2]]])
def test_repeated_ids_of_a_selection_are_listed_by_the_page_as_by_the_kernel(spec):
    """An id column with repeats: a selection lists each of its samples once, by id (samples sharing
    an id in their order), in the kernel and in the kernel-free page alike."""
    from node_js import run_pages

    from cm_widget._export import page_data

    rng = np.random.default_rng(10)
    n = 300
    y = rng.integers(0, 3, n)
    p = np.where(rng.random(n) < 0.5, y, rng.integers(0, 3, n))
    ids = rng.integers(0, 40, n)
    w = W.from_dataframe(pd.DataFrame({"y": y, "p": p, "id": ids}), "y", "p", id="id")
    w.selected = spec
    picked = (
        np.flatnonzero(oracle(y, p, spec, 3))
        if not isinstance(spec, list)
        else np.flatnonzero(((y == 0) & (p == 1)) | ((y == 2) & (p == 2)))
    )
    want = ids[picked][np.argsort(ids[picked], kind="stable")]
    np.testing.assert_array_equal(w.selected_indices, want)
    (got,) = run_pages([{"data": page_data(w), "steps": [["set", "selected", spec], ["cell"]]}])
    assert got[0]["indices"] == want.tolist() and got[0]["total"] == w._selection["total"]
