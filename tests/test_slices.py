"""Slices: one matrix per slice value, against pandas ``groupby`` and scikit-learn's ``confusion_matrix``."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import traitlets
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import accuracy_score, balanced_accuracy_score, confusion_matrix, f1_score, recall_score

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import slices as S


def _groupby_counts(y_true, y_pred, groups, labels, weights=None):
    """{slice value: sklearn confusion_matrix of its rows}, the slices found by pandas."""
    df = pd.DataFrame(
        {"t": y_true, "p": y_pred, "g": groups, "w": np.ones(len(y_true)) if weights is None else weights}
    )
    return {
        key: confusion_matrix(part["t"], part["p"], labels=labels, sample_weight=None if weights is None else part["w"])
        for key, part in df.groupby("g", sort=True)
    }


@pytest.mark.filterwarnings("ignore:y_pred contains classes not in y_true")
@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 300), k=st.integers(2, 6), s=st.integers(1, 7))
def test_slice_counts_equal_groupby_and_sklearn(seed, n, k, s):
    rng = np.random.default_rng(seed)
    yt, yp = rng.integers(0, k, n), rng.integers(0, k, n)
    groups = np.array(["north", "south", "east", "west", "up", "down", "in"])[rng.integers(0, s, n)]
    weights = rng.random(n) if seed % 2 else None
    names, codes = S.encode_slices(groups, n)
    assert names == sorted(set(groups.tolist()))
    got = S.slice_counts(yt, yp, codes, len(names), k, weights=weights)
    want = _groupby_counts(yt, yp, groups, list(range(k)), weights)
    assert list(want) == names
    for i, name in enumerate(names):
        np.testing.assert_allclose(got[i], want[name], atol=1e-9)
    table = S.slice_table(got)
    for i, name in enumerate(names):
        m = groups == name
        sw = None if weights is None else weights[m]
        assert table["accuracy"][i] == pytest.approx(accuracy_score(yt[m], yp[m], sample_weight=sw))
        assert table["macro_f1"][i] == pytest.approx(
            f1_score(yt[m], yp[m], labels=list(range(k)), average="macro", zero_division=0, sample_weight=sw)
        )
        present = np.unique(yt[m])
        want_bal = recall_score(yt[m], yp[m], labels=present, average=None, zero_division=0, sample_weight=sw)
        assert table["balanced_accuracy"][i] == pytest.approx(want_bal.mean() if len(present) else 0.0)
        if weights is None and len(np.unique(yt[m])) > 1:
            assert table["balanced_accuracy"][i] == pytest.approx(balanced_accuracy_score(yt[m], yp[m]))


def _naive_most_different(yt, yp, groups, cls=None):
    """Every slice against the rest, one by one, with numpy masks."""
    best = None
    for g in sorted(set(groups.tolist())):
        m = groups == g
        if cls is None:
            a, b = m, ~m
            if not a.any() or not b.any():
                continue
            v, r = np.mean(yt[a] == yp[a]), np.mean(yt[b] == yp[b])
        else:
            a, b = m & (yt == cls), ~m & (yt == cls)
            if not a.any() or not b.any():
                continue
            v, r = np.mean(yp[a] == cls), np.mean(yp[b] == cls)
        if best is None or abs(v - r) > abs(best[1] - best[2]) + 1e-12:
            best = (g, v, r)
    return best


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 200), s=st.integers(1, 5), cls=st.sampled_from([None, 0, 2]))
def test_most_different_equals_naive_loop(seed, n, s, cls):
    rng = np.random.default_rng(seed)
    yt, yp = rng.integers(0, 3, n), rng.integers(0, 3, n)
    groups = rng.integers(0, s, n) * 10
    names, codes = S.encode_slices(groups, n)
    counts = S.slice_counts(yt, yp, codes, len(names), 3)
    got = S.most_different(counts, "accuracy" if cls is None else "recall", cls)
    want = _naive_most_different(yt, yp, groups, cls)
    if want is None:
        assert got is None
        return
    assert names[got["slice"]] == str(want[0])
    assert got["value"] == pytest.approx(want[1]) and got["rest"] == pytest.approx(want[2])


@pytest.mark.parametrize(
    ("values", "match"),
    [
        (np.array([1.0, np.nan, 2.0]), "NaN"),
        (np.array(["a", None, "b"], dtype=object), "missing"),
        (np.array(["a", 1, "b"], dtype=object), "mixes strings"),
        (np.arange(4), "4 values but there are 3 samples"),
        (np.zeros((3, 2)), "1-D"),
    ],
)
def test_bad_slices_are_named(values, match):
    with pytest.raises((ValueError, TypeError), match=match):
        S.encode_slices(values, 3)


def test_too_many_slices():
    with pytest.raises(ValueError, match="distinct values"):
        S.encode_slices(np.arange(S.MAX_SLICES + 1), S.MAX_SLICES + 1)


# ------------------------------------------------------------------ the widget


def _data(seed=0, n=400, k=3):
    rng = np.random.default_rng(seed)
    yt = rng.integers(0, k, n)
    yp = np.where(rng.random(n) < 0.6, yt, rng.integers(0, k, n))
    age = np.array(["<30", "30-60", ">60"])[rng.integers(0, 3, n)]
    yp[(age == ">60") & (rng.random(n) < 0.5)] = 0  # one slice is worse
    return yt, yp, age


def test_widget_slice_shows_that_slice_and_lists_its_samples():
    yt, yp, age = _data()
    w = W(yt, yp, slices=age)
    assert w.slices == ("30-60", "<30", ">60")
    assert w.slice is None
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt, yp))
    w.slice = ">60"
    m = age == ">60"
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt[m], yp[m], labels=[0, 1, 2]))
    for i in range(3):
        for j in range(3):
            np.testing.assert_array_equal(w.indices(i, j), np.flatnonzero(m & (yt == i) & (yp == j)))
    w.selected = (1, 0)
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero(m & (yt == 1) & (yp == 0)))
    assert w.metrics["accuracy"] == pytest.approx(accuracy_score(yt[m], yp[m]))
    w.slice = None
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((yt == 1) & (yp == 0)))


def test_slice_counts_and_table_of_the_widget():
    yt, yp, age = _data(1)
    w = W(yt, yp, slices=age)
    want = _groupby_counts(yt, yp, age, [0, 1, 2])
    assert w.slice_counts.shape == (3, 3, 3)
    for s, name in enumerate(w.slices):
        np.testing.assert_array_equal(w.slice_counts[s], want[name])
    table = w.slice_metrics()
    assert list(table.index) == [*w.slices, "(all)"]
    frame = pd.DataFrame({"t": yt, "p": yp, "g": age})
    by_pandas = frame.groupby("g")[["t", "p"]].apply(lambda d: accuracy_score(d.t, d.p))
    np.testing.assert_allclose(table["accuracy"].to_numpy()[:-1], by_pandas.loc[list(w.slices)].to_numpy())
    assert table.loc["(all)", "accuracy"] == pytest.approx(accuracy_score(yt, yp))
    by_f1 = frame.groupby("g")[["t", "p"]].apply(lambda d: f1_score(d.t, d.p, average="macro", zero_division=0))
    np.testing.assert_allclose(table["macro_f1"].to_numpy()[:-1], by_f1.loc[list(w.slices)].to_numpy())
    np.testing.assert_array_equal(table["samples"].to_numpy()[:-1], pd.Series(age).value_counts().loc[list(w.slices)])
    by_recall = frame.groupby("g")[["t", "p"]].apply(lambda d: recall_score(d.t, d.p, average=None)[2])
    np.testing.assert_allclose(table["recall[2]"].to_numpy()[:-1], by_recall.loc[list(w.slices)].to_numpy())
    found = w.most_different_slice()
    assert found["slice"] == _naive_most_different(yt, yp, age)[0] == ">60"
    by_recall = w.most_different_slice(recall_of=2)
    assert by_recall["slice"] == _naive_most_different(yt, yp, age, 2)[0]


def test_binary_slices_move_together_with_the_threshold():
    rng = np.random.default_rng(3)
    n = 500
    yt = rng.integers(0, 2, n)
    score = np.clip(yt * 0.3 + rng.random(n) * 0.7, 0, 1)
    site = rng.integers(0, 4, n)
    w = W(yt, y_score=score, slices=site)
    for t in (0.2, 0.5, 0.71):
        w.threshold = t
        for s, name in enumerate(w.slices):
            m = site == int(name)
            np.testing.assert_array_equal(w.slice_counts[s], confusion_matrix(yt[m], score[m] >= t, labels=[0, 1]))
    w.slice = "2"
    m = site == 2
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt[m], score[m] >= 0.71, labels=[0, 1]))
    np.testing.assert_array_equal(w.indices(1, 1), np.flatnonzero(m & (yt == 1) & (score >= 0.71)))


def test_slices_with_runs_are_slice_by_run():
    yt, yp, age = _data(2)
    other = np.random.default_rng(9).integers(0, 3, len(yt))
    w = W(yt, yp, slices=age)
    w.add_run(other, name="b")
    w.slice = "<30"
    m = age == "<30"
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt[m], other[m], labels=[0, 1, 2]))
    w.run = "run 1"
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt[m], yp[m], labels=[0, 1, 2]))
    d = w.diff("run 1", "b")
    np.testing.assert_array_equal(d["fixed"], np.flatnonzero(m & (yp != yt) & (other == yt)))
    assert w.history[1]["accuracy"] == pytest.approx(accuracy_score(yt[m], other[m]))
    # the slice matrices follow the run shown
    w.run = "b"
    np.testing.assert_array_equal(w.slice_counts[list(w.slices).index("<30")], w.counts)


def test_multiclass_scores_with_abstain_in_a_slice():
    rng = np.random.default_rng(4)
    n, k = 300, 4
    yt = rng.integers(0, k, n)
    p = rng.random((n, k)) ** 2
    p /= p.sum(axis=1, keepdims=True)
    g = rng.integers(0, 2, n)
    w = W(yt, y_score=p, slices=g, abstain=0.4)
    w.slice = "1"
    m = g == 1
    pred = np.where(p.max(axis=1) < 0.4, k, p.argmax(axis=1))
    want = np.zeros((k, k + 1), dtype=np.int64)
    np.add.at(want, (yt[m], pred[m]), 1)
    np.testing.assert_array_equal(w.counts, want)
    np.testing.assert_array_equal(w.slice_counts[1], want)


def test_from_dataframe_slice_column():
    yt, yp, age = _data(5)
    df = pd.DataFrame({"label": yt, "pred": yp, "age": age})
    w = W.from_dataframe(df, "label", "pred", slices="age")
    assert w.slices == tuple(sorted(set(age)))
    pl = pytest.importorskip("polars")
    w2 = W.from_dataframe(pl.from_pandas(df), "label", "pred", slices="age")
    np.testing.assert_array_equal(w.slice_counts, w2.slice_counts)
    with pytest.raises(ValueError, match="slices='nope' is not a column"):
        W.from_dataframe(df, "label", "pred", slices="nope")


def test_bad_slice_values_and_page_writes():
    yt, yp, age = _data(6)
    w = W(yt, yp, slices=age)
    with pytest.raises(traitlets.TraitError, match="slice='teen' is not a slice"):
        w.slice = "teen"
    w.set_state({"slice": "nope"})  # a page message: refused, logged, old value kept
    assert w.slice is None
    w.set_state({"slice": "<30"})
    assert w.slice == "<30"
    plain = W(yt, yp)
    with pytest.raises(traitlets.TraitError, match="no slices"):
        plain.slice = "<30"
    with pytest.raises(ValueError, match="slices has 3 values"):
        W(yt, yp, slices=["a", "b", "c"])
    with pytest.raises(ValueError, match="labels="), pytest.warns(UserWarning, match="not in labels="):
        W(yt, yp, labels=[0, 1], slices=age)


def test_page_state_holds_every_slice_on_one_scale():
    yt, yp, age = _data(7)
    w = W(yt, yp, slices=age)
    st8 = w._slices
    assert st8["names"] == list(w.slices)
    m = st8["matrix"]
    assert (m["k"], m["cols"]) == (3 * 3, 3)
    counts = np.frombuffer(m["counts"], dtype=np.dtype(m["dtype"]).newbyteorder("<")).reshape(3, 3, 3)
    np.testing.assert_array_equal(counts, w.slice_counts)
    assert st8["most_different"]["slice"] == list(w.slices).index(w.most_different_slice()["slice"])


def test_orders_and_curves_follow_the_slice_shown():
    rng = np.random.default_rng(11)
    n = 300
    yt, yp = rng.integers(0, 4, n), rng.integers(0, 4, n)
    s = np.array(["a", "b"])[rng.integers(0, 2, n)]
    yt[(s == "b") & (rng.random(n) < 0.7)] = 0
    yt[(s == "a") & (rng.random(n) < 0.7)] = 2
    w = W(yt, yp, slices=s, order="support")
    for name in ("a", "b", None):
        w.slice = name
        m = np.ones(n, bool) if name is None else s == name
        support = np.bincount(yt[m], minlength=4)
        assert list(w.class_order) == sorted(range(4), key=lambda c: (-support[c], c)), name
    from sklearn.metrics import roc_curve

    score = rng.random(n)
    b = W(yt % 2, y_score=score, slices=s)
    b.curve("roc")  # filled for every sample, then the slice changes
    b.slice = "a"
    m = s == "a"
    fpr, tpr, _ = roc_curve(yt[m] % 2, score[m], drop_intermediate=False)
    got = b.curve("roc")
    np.testing.assert_allclose(got[0], fpr)
    np.testing.assert_allclose(got[1], tpr)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    kind=st.sampled_from(["neg_int", "bool", "str", "float", "wide_int", "object_str"]),
    n=st.integers(1, 200),
)
def test_slice_codes_equal_numpy_unique(seed, kind, n):
    rng = np.random.default_rng(seed)
    values = {
        "neg_int": rng.integers(-5, 3, n),
        "bool": rng.random(n) < 0.5,
        "str": np.array(["b", "a", "ccc", "a2"])[rng.integers(0, 4, n)],
        "float": rng.integers(0, 4, n) / 2,
        "wide_int": rng.choice([-(2**40), 0, 2**40, 7], n),
        "object_str": np.array(["x", "yy", "z"], dtype=object)[rng.integers(0, 3, n)],
    }[kind]
    names, codes = S.encode_slices(values, n)
    uniq, inverse = np.unique(values, return_inverse=True)
    assert names == [str(v) for v in uniq.tolist()]
    np.testing.assert_array_equal(codes, inverse.reshape(-1))


def test_from_dataframe_with_ids_lists_the_slice_ids():
    yt, yp, age = _data(8)
    ids = np.arange(len(yt)) * 10 + 7
    df = pd.DataFrame({"label": yt, "pred": yp, "age": age, "key": ids})
    w = W.from_dataframe(df, "label", "pred", id="key", slices="age")
    w.slice = "<30"
    m = age == "<30"
    np.testing.assert_array_equal(w.indices(2, 0), ids[m & (yt == 2) & (yp == 0)])
    np.testing.assert_array_equal(w.counts, confusion_matrix(yt[m], yp[m], labels=[0, 1, 2]))


def test_a_dask_table_slices_like_the_table_in_memory():
    dd = pytest.importorskip("dask.dataframe")
    yt, yp, age = _data(9)
    frame = pd.DataFrame({"label": yt, "pred": yp, "age": age})
    df = dd.from_pandas(frame, npartitions=2)
    w = W.from_dataframe(df, "label", "pred", slices="age")
    here = W.from_dataframe(frame, "label", "pred", slices="age")
    assert w.slices == here.slices
    np.testing.assert_array_equal(w.slice_counts, here.slice_counts)
    pd.testing.assert_frame_equal(w.slice_metrics(), here.slice_metrics())
    with pytest.raises(TypeError, match="slices= on a table in Dask must be the name of one of its columns"):
        W.from_dataframe(df, "label", "pred", slices=age)
