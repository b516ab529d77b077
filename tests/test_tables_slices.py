"""slices= on tables that live in an engine (DuckDB, Dask, Spark, Ibis, SQLFrame, DuckDB files): one grouped
count keyed on the slice column.

Every slice's matrix is compared with a pandas groupby and scikit-learn's confusion_matrix on the same rows,
at thresholds on and between score edges, with weights, labels= and signed zeros; a click in a slice lists
that slice's ids (a pandas filter).
"""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import confusion_matrix
from tables_fixtures import to_engine

from cm_widget import ConfusionMatrixWidget as W

pytestmark = pytest.mark.timeout(900)

N = 3000
REMOTE = ["dask", "spark", "duckdb", "ibis", "sqlframe", "files"]
LABELS = ["cat", "dog", "eel", "fox"]


def make_table(n=N, seed=11):
    rng = np.random.default_rng(seed)
    names = np.array(LABELS)
    truth = names[rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])]
    group = np.array(["north", "east", "south", "west", "mid"])[rng.choice(5, n, p=[0.3, 0.3, 0.2, 0.15, 0.05])]
    # one region is much worse: the slice that differs most
    good = np.where(group == "west", 0.2, 0.7)
    pred = np.where(rng.random(n) < good, truth, names[rng.integers(0, 4, n)])
    yb = rng.integers(0, 2, n)
    s = np.round(np.clip(0.3 * yb + 0.7 * rng.random(n), 0, 1), 2)
    s[rng.random(n) < 0.04] = -0.0  # signed zeros: in the same bin as +0.0, and >= a threshold of 0.0
    s[rng.random(n) < 0.04] = 0.0
    return pd.DataFrame(
        {
            "label": truth,
            "pred": pred,
            "grp": group,
            "age": rng.integers(0, 3, n) * 10 + 20,  # a numeric slice column
            "yb": yb,
            "s": s,
            "w": np.round(rng.random(n) * 3, 3),
            "id": rng.permutation(n).astype(np.int64) * 3 + 11,
        }
    )


TABLE = make_table()


@pytest.fixture(scope="module")
def frames(request, tmp_path_factory):
    made = {}

    def get(kind):
        if kind not in made:
            if kind == "files":
                pytest.importorskip("duckdb")
                folder = tmp_path_factory.mktemp("sliced")
                for k, rows in enumerate(np.array_split(np.arange(N), 3)):
                    TABLE.iloc[rows].to_parquet(folder / f"part-{k}.parquet", index=False)
                made[kind] = str(folder / "*.parquet")
            else:
                made[kind] = to_engine(request, kind, TABLE)
        return made[kind]

    return get


def oracle(column, pred_of, labels, weights=None):
    """Per slice value (sorted): confusion_matrix of the slice's rows, by a pandas groupby."""
    out = {}
    for value, rows in TABLE.groupby(column, sort=True):
        pred = pred_of(rows)
        out[str(value)] = confusion_matrix(
            rows[label_column(labels)], pred, labels=labels, sample_weight=None if weights is None else rows[weights]
        )
    return out


def label_column(labels):
    return "label" if isinstance(labels[0], str) else "yb"


def ids_of(mask):
    return np.sort(TABLE.id.to_numpy()[np.asarray(mask)])


def check_slices(w, expected, exact=True):
    assert list(w.slices) == list(expected)
    got = w.slice_counts
    assert got.shape == (len(expected), *next(iter(expected.values())).shape)
    for s, name in enumerate(expected):
        if exact:
            np.testing.assert_array_equal(got[s], expected[name], err_msg=name)
        else:
            np.testing.assert_allclose(got[s], expected[name], rtol=1e-12, atol=1e-9, err_msg=name)


def rest_accuracy(column):
    """Accuracy per slice and over the other slices, by pandas."""
    hit = TABLE.label == TABLE.pred
    out = {}
    for value in sorted(TABLE[column].unique()):
        inside = TABLE[column] == value
        out[str(value)] = (hit[inside].mean(), hit[~inside].mean())
    return out


@pytest.mark.parametrize("kind", REMOTE)
def test_labels_slices_counts_switching_and_ids(frames, kind):
    w = W.from_dataframe(frames(kind), "label", "pred", id="id", slices="grp")
    check_slices(w, oracle("grp", lambda r: r.pred, LABELS))
    # the whole data is still the matrix shown
    np.testing.assert_array_equal(w.counts, confusion_matrix(TABLE.label, TABLE.pred, labels=LABELS))
    # metrics side by side, and the slice that differs most, against pandas
    table = w.slice_metrics()
    accuracy = rest_accuracy("grp")
    for name, (inside, _) in accuracy.items():
        assert table.loc[name, "accuracy"] == pytest.approx(inside)
    assert table.loc["(all)", "accuracy"] == pytest.approx((TABLE.label == TABLE.pred).mean())
    found = w.most_different_slice()
    gaps = {name: abs(a - b) for name, (a, b) in accuracy.items()}
    assert found["slice"] == max(gaps, key=gaps.get) == "west"
    assert found["value"] == pytest.approx(accuracy["west"][0]) and found["rest"] == pytest.approx(accuracy["west"][1])
    # showing a slice: its counts, and a click lists that slice's ids
    for name in ("east", "west"):
        w.slice = name
        rows = TABLE[TABLE.grp == name]
        np.testing.assert_array_equal(w.counts, confusion_matrix(rows.label, rows.pred, labels=LABELS))
        expected = ids_of((TABLE.grp == name) & (TABLE.label == "dog") & (TABLE.pred == "eel"))
        np.testing.assert_array_equal(w.indices("dog", "eel"), expected)
        w.selected = (1, 2)
        assert w._selection["total"] == len(expected)
        assert w._selection["indices"] == expected[: len(w._selection["indices"])].tolist()
        assert w._slices["names"] == ["east", "mid", "north", "south", "west"]
    w.slice = None
    np.testing.assert_array_equal(w.counts, confusion_matrix(TABLE.label, TABLE.pred, labels=LABELS))


@pytest.mark.parametrize("kind", [k for k in REMOTE if k != "spark"])
def test_weighted_numeric_slices_and_labels_order(frames, kind):
    order = ["fox", "cat", "eel", "dog"]  # labels= naming every class, in another order
    w = W.from_dataframe(frames(kind), "label", "pred", sample_weight="w", slices="age", labels=order)
    check_slices(w, oracle("age", lambda r: r.pred, order, weights="w"), exact=False)
    assert list(w.slices) == ["20", "30", "40"]
    w.slice = "30"
    rows = TABLE[TABLE.age == 30]
    np.testing.assert_allclose(
        w.counts, confusion_matrix(rows.label, rows.pred, labels=order, sample_weight=rows.w), rtol=1e-12
    )


def binary_oracle(t, weights=None):
    return oracle("grp", lambda r: (r.s >= t).astype(int), [0, 1], weights)


@pytest.mark.parametrize("kind", REMOTE)
def test_binary_slices_move_together(frames, kind):
    w = W.from_dataframe(frames(kind), "yb", y_score="s", id="id", slices="grp", bins=16)
    check_slices(w, binary_oracle(0.5))
    edges = w._engine.edges
    on = [float(edges[2]), float(edges[-1]), 0.0]
    off = [0.4321, float((edges[3] + edges[4]) / 2), 0.31]  # 0.31 is a score value, no edge at bins=16
    assert not any(w._engine.is_edge(t) for t in off)
    for t in on + off:
        w.threshold = t
        check_slices(w, binary_oracle(t))
    w.slice = "south"
    rows = TABLE[TABLE.grp == "south"]
    for t in (0.4321, 0.0, 0.55):
        w.threshold = t
        np.testing.assert_array_equal(w.counts, confusion_matrix(rows.yb, (rows.s >= t).astype(int), labels=[0, 1]))
        check_slices(w, binary_oracle(t))
        expected = ids_of((TABLE.grp == "south") & (TABLE.yb == 0) & (TABLE.s >= t))
        np.testing.assert_array_equal(w.indices(0, 1), expected)
    found = w.most_different_slice(recall_of=1)
    recall = {}
    for name, rows in TABLE.groupby("grp"):
        inside = rows[rows.yb == 1]
        outside = TABLE[(TABLE.grp != name) & (TABLE.yb == 1)]
        recall[name] = ((inside.s >= 0.55).mean(), (outside.s >= 0.55).mean())
    gaps = {name: abs(a - b) for name, (a, b) in recall.items()}
    assert found["slice"] == max(gaps, key=gaps.get)
    assert found["value"] == pytest.approx(recall[found["slice"]][0])


@pytest.mark.parametrize("kind", ["duckdb", "dask", "ibis"])
def test_binary_weighted_slices(frames, kind):
    w = W.from_dataframe(frames(kind), "yb", y_score="s", sample_weight="w", slices="grp", bins=8)
    for t in (0.5, 0.3, 0.615, 0.0):
        w.threshold = t
        check_slices(w, binary_oracle(t, "w"), exact=False)


@pytest.mark.parametrize("kind", ["duckdb", "dask"])
def test_fresh_widget_equals_the_moved_one(frames, kind):
    moved = W.from_dataframe(frames(kind), "yb", y_score="s", slices="grp", bins=16)
    for t, name in [(0.37, "east"), (0.5, None), (0.123, "west"), (0.8, "mid")]:
        moved.threshold, moved.slice = t, name
    fresh = W.from_dataframe(frames(kind), "yb", y_score="s", slices="grp", bins=16, threshold=0.8)
    fresh.slice = "mid"
    np.testing.assert_array_equal(moved.counts, fresh.counts)
    np.testing.assert_array_equal(moved.slice_counts, fresh.slice_counts)
    assert moved._slices == fresh._slices and moved._matrix == fresh._matrix


@pytest.mark.parametrize("kind", ["duckdb", "dask"])
def test_bad_slices_named(request, kind, monkeypatch):
    bad = TABLE.head(300).copy()
    bad["grp2"] = bad.grp.where(bad.index % 50 != 3, None)
    table = to_engine(request, kind, bad)
    with pytest.raises(ValueError, match="'nope' is not a column"):
        W.from_dataframe(table, "label", "pred", slices="nope")
    with pytest.raises(ValueError, match="slices column 'grp2' has 6 missing"):
        W.from_dataframe(table, "label", "pred", slices="grp2")
    with pytest.raises(ValueError, match="slices= needs every sample counted"), pytest.warns(UserWarning):
        W.from_dataframe(table, "label", "pred", slices="grp", labels=["cat", "dog"])
    monkeypatch.setattr("cm_widget._engine.slices.MAX_SLICES", 100)
    with pytest.raises(ValueError, match="slices has 300 distinct values"):
        W.from_dataframe(table, "label", "pred", slices="id")
    with pytest.raises(TypeError, match="slices= on a table"):
        W.from_dataframe(table, "label", "pred", slices=np.zeros(300))


def test_one_grouped_count_for_every_slice(frames, monkeypatch):
    from cm_widget._tables import lazy

    calls = []
    for name in ("grouped", "score_bins", "at_or_above", "between"):
        real = getattr(lazy.LazyBackend, name)
        monkeypatch.setattr(
            lazy.LazyBackend, name, lambda self, *a, _n=name, _f=real, **k: calls.append(_n) or _f(self, *a, **k)
        )
    w = W.from_dataframe(frames("duckdb"), "label", "pred", slices="grp")
    assert calls == ["grouped"]  # the cells of every slice at once
    calls.clear()
    w = W.from_dataframe(frames("duckdb"), "yb", y_score="s", slices="grp", bins=16, threshold=0.0)
    assert calls == ["score_bins"]
    calls.clear()
    w.threshold = 0.4321  # between edges: one count for the whole table, one for every slice
    check_slices(w, binary_oracle(0.4321))
    assert sorted(calls) == ["at_or_above", "between"]
    w.slice = "east"
    w.threshold = 0.4321
    assert w.counts.sum() == (TABLE.grp == "east").sum() and sorted(calls) == ["at_or_above", "between"]


@pytest.mark.parametrize("kind", ["duckdb", "dask", "ibis", "sqlframe"])
def test_the_labels_build_is_one_query(frames, kind, monkeypatch):
    from cm_widget._tables import lazy

    calls = []
    real = lazy.LazyBackend._run_table
    monkeypatch.setattr(
        lazy.LazyBackend, "_run_table", lambda self, stage, q: calls.append(stage) or real(self, stage, q)
    )
    w = W.from_dataframe(frames(kind), "label", "pred")
    assert calls == ["counting the cells"]  # the classes are read off the cells' labels
    np.testing.assert_array_equal(w.counts, confusion_matrix(TABLE.label, TABLE.pred, labels=LABELS))
    assert w.classes.tolist() == LABELS
