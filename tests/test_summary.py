"""Summaries of the selected cell when ``samples=`` is a table: per column, the cell against the
rest of its true row, checked against pandas groupby (means, medians, value counts) for
pandas, polars and pyarrow tables, with labels= subsets and missing values."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE

from cm_widget import ConfusionMatrixWidget as W

VALUES = np.array(["a", "b", "c"])


def _table(rng, n):
    age = rng.integers(18, 90, n).astype(float)
    age[rng.random(n) < 0.1] = np.nan
    return pd.DataFrame(
        {
            "age": age,
            "dose": rng.integers(0, 5, n),
            "site": rng.choice(["north", "south", "east", "west"], n),
        }
    )


def _oracle(df, y_true, y_pred, t, p, classes):
    """pandas groupby over the cell (t, p) and the rest of true row t (samples kept by labels=)."""
    kept = np.isin(y_true, classes) & np.isin(y_pred, classes)
    group = np.where(~kept | (y_true != t), "other", np.where(y_pred == p, "cell", "rest"))
    g = df.assign(_g=group)
    out = {}
    for col in ("age", "dose"):
        stats = g.groupby("_g")[col].agg(["mean", "median", "count"])
        out[col] = {
            side: (stats.loc[side, "mean"], stats.loc[side, "median"], stats.loc[side, "count"])
            if side in stats.index and stats.loc[side, "count"] > 0
            else (None, None, 0)
            for side in ("cell", "rest")
        }
    counts = g.groupby("_g")["site"].value_counts()
    out["site"] = {
        side: counts[side] if side in counts.index.get_level_values(0) else pd.Series(dtype=int)
        for side in ("cell", "rest")
    }
    return out


def _check(w, df, y_true, y_pred, i, j):
    classes = w.classes.tolist()
    want = _oracle(df, y_true, y_pred, classes[i], classes[j], classes)
    got = {s["column"]: s for s in w.summarize()}
    assert list(got) == ["age", "dose", "site"]
    for col in ("age", "dose"):
        for side in ("cell", "rest"):
            mean, median, n = want[col][side]
            assert got[col]["kind"] == "number"
            assert got[col][side]["n"] == n
            if n:
                assert got[col][side]["mean"] == pytest.approx(mean, rel=1e-12)
                assert got[col][side]["median"] == pytest.approx(median, rel=1e-12)
            else:
                assert got[col][side]["mean"] is None
    cell = want["site"]["cell"]
    top = sorted(cell.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    assert [v for v, *_ in got["site"]["cell"]] == [v for v, _ in top]
    for (value, count, share), (_, c) in zip(got["site"]["cell"], top):
        assert count == c and share == pytest.approx(c / cell.sum())
    rest = want["site"]["rest"]
    for value, count, share in got["site"]["rest"]:
        assert count == int(rest.get(value, 0))
        assert share == pytest.approx(count / rest.sum() if rest.sum() else 0.0)


@ORACLE
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(2, 120),
    subset=st.booleans(),
    i=st.integers(0, 2),
    j=st.integers(0, 2),
)
def test_summary_equals_pandas_groupby(seed, n, subset, i, j):
    rng = np.random.default_rng(seed)
    y_true = VALUES[rng.integers(0, 3, n)]
    y_true[0] = "a"
    y_pred = VALUES[rng.integers(0, 3, n)]
    df = _table(rng, n)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W(y_true, y_pred, labels=["c", "a"] if subset else None, samples=df)
    k = len(w.classes)
    w.selected = (i % k, j % k)
    _check(w, df, y_true, y_pred, i % k, j % k)
    assert w._selection["summary"] == w.summarize()


@pytest.mark.parametrize("kind", ["polars", "pyarrow"])
def test_polars_and_arrow_tables_summarise_alike(kind):
    rng = np.random.default_rng(4)
    n = 80
    y_true = VALUES[rng.integers(0, 3, n)]
    y_pred = VALUES[rng.integers(0, 3, n)]
    df = _table(rng, n)
    if kind == "polars":
        pl = pytest.importorskip("polars")
        table = pl.from_pandas(df)
    else:
        pa = pytest.importorskip("pyarrow")
        table = pa.Table.from_pandas(df, preserve_index=False)
    w = W(y_true, y_pred, samples=table)
    w.selected = (0, 1)
    _check(w, df, y_true, y_pred, 0, 1)


def test_no_summary_without_a_table_or_a_single_cell():
    w = W(["a", "b"], ["b", "b"])
    with pytest.raises(ValueError, match="summarize needs samples= as a table"):
        w.summarize()
    df = pd.DataFrame({"x": [1.0, 2.0]})
    w = W(["a", "b"], ["b", "b"], samples=df)
    assert w.summarize() == []
    w.selected = {"row": 0}
    assert w.summarize() == [] and "summary" not in w._selection


def test_a_table_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match="samples has 3 rows but y_true has 2"):
        W(["a", "b"], ["b", "b"], samples=pd.DataFrame({"x": [1, 2, 3]}))
