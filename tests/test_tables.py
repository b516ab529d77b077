"""from_dataframe: the same table through pandas, polars, arrow, Dask and Spark gives the same
counts, metrics, threshold counts (at score edges and between them) and cell ids, equal to
scikit-learn and to a pandas filter on the collected data."""

import warnings

import numpy as np
import pandas as pd
import pytest
from node_js import needs_node, run_pages
from saved import saved_counts
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
from tables_fixtures import ENGINE_NAMES, to_engine

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._export import page_data
from cm_widget._tables import remote as _remote

pytestmark = pytest.mark.timeout(900)

REMOTE = ["dask", "spark", "duckdb", "ibis", "sqlframe"]
ENGINES = ["pandas", "polars", "polars-lazy", "arrow", *REMOTE]
N = 4000


def make_table(n=N, seed=7):
    rng = np.random.default_rng(seed)
    names = np.array(["cat", "dog", "eel", "fox"])
    truth = names[rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])]
    pred = np.where(rng.random(n) < 0.6, truth, names[rng.integers(0, 4, n)])
    yb = rng.integers(0, 2, n)
    # two decimals: many ties, so thresholds at a score value and between values both matter
    s = np.round(np.clip(0.3 * yb + 0.7 * rng.random(n), 0, 1), 2)
    return pd.DataFrame(
        {
            "label": truth,
            "pred": pred,
            "yb": yb,
            "s": s,
            "w": np.round(rng.random(n) * 3, 3),
            "id": rng.permutation(n).astype(np.int64) * 3 + 11,  # ids not in row order
        }
    )


TABLE = make_table()


@pytest.fixture(scope="module")
def frames(request):
    made = {}

    def get(kind):
        if kind in made:
            return made[kind]
        if kind == "pandas":
            made[kind] = TABLE
        elif kind in ("polars", "polars-lazy"):
            pl = pytest.importorskip("polars")
            made[kind] = pl.from_pandas(TABLE) if kind == "polars" else pl.from_pandas(TABLE).lazy()
        elif kind == "arrow":
            pa = pytest.importorskip("pyarrow")
            made[kind] = pa.Table.from_pandas(TABLE, preserve_index=False)
        elif kind == "dask":
            request.getfixturevalue("dask_client")
            import dask.dataframe as dd

            made[kind] = dd.from_pandas(TABLE, npartitions=5).persist()
        elif kind == "spark":
            spark = request.getfixturevalue("spark")
            made[kind] = spark.createDataFrame(TABLE).repartition(3).cache()
        else:
            made[kind] = to_engine(request, kind, TABLE)
        return made[kind]

    return get


def cell_ids(mask):
    return np.sort(TABLE.id.to_numpy()[np.asarray(mask)])


def check_ids(w, true, pred, expected, kind):
    got = w.indices(true, pred)
    np.testing.assert_array_equal(np.sort(got), expected, err_msg=f"{kind} ({true}, {pred})")
    if kind in REMOTE:  # ascending ids, and the first page is the smallest
        np.testing.assert_array_equal(got, expected)
        np.testing.assert_array_equal(w.indices(true, pred, limit=7), expected[:7])


@pytest.mark.parametrize("kind", ENGINES)
def test_labels_counts_metrics_and_ids(frames, kind):
    w = W.from_dataframe(frames(kind), "label", "pred", id="id")
    labels = ["cat", "dog", "eel", "fox"]
    assert [str(c) for c in w.classes] == labels
    np.testing.assert_array_equal(w.counts, confusion_matrix(TABLE.label, TABLE.pred, labels=labels))
    p, r, f, support = precision_recall_fscore_support(TABLE.label, TABLE.pred, labels=labels, zero_division=0)
    m = w.metrics
    np.testing.assert_allclose(m["precision"], p)
    np.testing.assert_allclose(m["recall"], r)
    np.testing.assert_allclose(m["f1"], f)
    np.testing.assert_allclose(m["support"], support)
    assert m["accuracy"] == pytest.approx((TABLE.label == TABLE.pred).mean())
    for a, b in [("cat", "cat"), ("dog", "eel"), ("fox", "cat")]:
        check_ids(w, a, b, cell_ids((TABLE.label == a) & (TABLE.pred == b)), kind)
    # a click lists the first page and the cell's total
    w.selected = (1, 2)
    sel = w._selection
    expected = cell_ids((TABLE.label == "dog") & (TABLE.pred == "eel"))
    assert sel["total"] == len(expected)
    assert sorted(sel["indices"]) == sorted(expected.tolist())[: len(sel["indices"])] or kind not in REMOTE


@pytest.mark.parametrize("kind", ENGINES)
def test_weighted_labels_and_labels_subset(frames, kind):
    w = W.from_dataframe(frames(kind), "label", "pred", sample_weight="w")
    labels = ["cat", "dog", "eel", "fox"]
    expected = confusion_matrix(TABLE.label, TABLE.pred, labels=labels, sample_weight=TABLE.w)
    np.testing.assert_allclose(w.counts, expected, rtol=1e-12)
    # labels= keeps two classes: the rest is left out of the matrix, warned about, and counted in the metrics
    with pytest.warns(UserWarning, match="not in labels="):
        w = W.from_dataframe(frames(kind), "label", "pred", labels=["fox", "cat"])
    np.testing.assert_array_equal(w.counts, confusion_matrix(TABLE.label, TABLE.pred, labels=["fox", "cat"]))
    p, r, f, _ = precision_recall_fscore_support(TABLE.label, TABLE.pred, labels=["fox", "cat"], zero_division=0)
    np.testing.assert_allclose(w.metrics["precision"], p)
    np.testing.assert_allclose(w.metrics["recall"], r)
    assert w.n_excluded == int((~TABLE.label.isin(["fox", "cat"]) | ~TABLE.pred.isin(["fox", "cat"])).sum())


def sk_binary(t, weights=None):
    return confusion_matrix(TABLE.yb, (TABLE.s >= t).astype(int), labels=[0, 1], sample_weight=weights)


def thresholds_for(w, kind):
    """Edges (exact by sums) and values between edges (one query each), plus exact score values."""
    if kind not in REMOTE:
        return [0.5, 0.17, 0.805, 0.42]
    edges = w._engine.edges
    on = [float(edges[1]), float(edges[len(edges) // 2]), float(edges[-1])]
    scores = np.unique(TABLE.s)
    off = [float(v) for v in scores if not w._engine.is_edge(v)][:1]  # a score value that is no edge
    off += [float((edges[3] + edges[4]) / 2), 0.4321]
    assert not any(w._engine.is_edge(t) for t in off)
    return on + off


@pytest.mark.parametrize("kind", ENGINES)
def test_binary_threshold_counts_and_ids(frames, kind):
    w = W.from_dataframe(frames(kind), "yb", y_score="s", id="id", bins=16)
    np.testing.assert_array_equal(w.counts, sk_binary(0.5))  # the default threshold for probabilities
    for t in thresholds_for(w, kind):
        w.threshold = t
        expected = sk_binary(t)
        np.testing.assert_array_equal(w.counts, expected, err_msg=f"{kind} t={t}")
        tn, fp, fn, tp = expected.ravel()
        b = w.metrics["binary"]
        assert (b["tp"], b["fp"], b["fn"], b["tn"]) == (tp, fp, fn, tn)
        assert b["tpr"] == pytest.approx(tp / (tp + fn))
    for t in thresholds_for(w, kind)[-2:]:
        w.threshold = t
        check_ids(w, 1, 0, cell_ids((TABLE.yb == 1) & (TABLE.s < t)), kind)
        check_ids(w, 0, 1, cell_ids((TABLE.yb == 0) & (TABLE.s >= t)), kind)


@pytest.mark.parametrize("kind", ["pandas", "dask", "spark"])
def test_binary_weighted(frames, kind):
    w = W.from_dataframe(frames(kind), "yb", y_score="s", sample_weight="w", bins=8)
    for t in [0.5, 0.3, 0.615, 0.0]:
        w.threshold = t
        np.testing.assert_allclose(w.counts, sk_binary(t, TABLE.w), rtol=1e-12, err_msg=f"{kind} t={t}")


@pytest.mark.parametrize("kind", REMOTE)
def test_remote_edges_are_exact_and_counted_once(frames, kind, monkeypatch):
    w = W.from_dataframe(frames(kind), "yb", y_score="s", bins=64)
    engine = w._engine
    assert len(engine.edges) > 64 and np.all(np.diff(engine.edges) > 0)
    table = w._table
    assert table["engine"] == ENGINE_NAMES[kind] and table["rows"] == N and table["exact"] == len(engine.edges)
    np.testing.assert_array_equal(np.frombuffer(table["edges"], dtype="<f8"), engine.edges)
    calls = []
    monkeypatch.setattr(engine.backend, "between", lambda *a: calls.append(a) or (_ for _ in ()).throw(AssertionError))
    for t in engine.edges[::7]:  # every edge: suffix sums, no query
        w.threshold = float(t)
        np.testing.assert_array_equal(w.counts, sk_binary(t))
    assert calls == []


@pytest.mark.parametrize("kind", REMOTE)
def test_remote_without_id_and_limits(frames, kind, monkeypatch):
    w = W.from_dataframe(frames(kind), "label", "pred")
    with pytest.raises(ValueError, match="pass id="):
        w.indices("cat", "dog")
    with pytest.raises(TypeError, match="stay in its engine"):
        w.add_run(TABLE.pred.to_numpy())
    w.selected = (0, 1)  # the page answers, it does not fail
    assert w._selection["available"] is False and w._selection["indices"] == []
    assert w._table["ids"] is False and w._table["edges"] == b""
    w = W.from_dataframe(frames(kind), "label", "pred", id="id")
    monkeypatch.setattr(_remote, "MAX_INDICES", 50)
    with pytest.raises(ValueError, match="more than 50 .*limit="):
        w.indices("cat", "cat")
    expected = cell_ids((TABLE.label == "cat") & (TABLE.pred == "cat"))
    np.testing.assert_array_equal(w.indices("cat", "cat", limit=60), expected[:60])


@pytest.mark.parametrize("kind", ENGINES)
def test_bad_columns_named(frames, kind):
    with pytest.raises(ValueError, match="'lable'.*columns"):
        W.from_dataframe(frames(kind), "lable", "pred")
    with pytest.raises(ValueError, match="continuous values"):
        W.from_dataframe(frames(kind), "yb", "w")


@pytest.mark.parametrize("kind", REMOTE)
def test_remote_bad_data(request, kind):
    bad = TABLE.head(200).copy()
    bad.loc[5, "s"] = np.nan
    bad["many"] = np.arange(200) % 150 + np.arange(200) // 150 * 1000
    bad["label2"] = bad.label.where(bad.index != 3, None)
    table = to_engine(request, kind, bad)
    with pytest.raises(ValueError, match="y_score column 's' has 1 missing"):
        W.from_dataframe(table, "yb", y_score="s")
    with pytest.raises(ValueError, match="y_true column 'label2' has missing values"):
        W.from_dataframe(table, "label2", "pred")
    import cm_widget._inputs as inputs
    from cm_widget._tables import table_build

    old = inputs.MAX_CLASSES
    try:
        table_build.MAX_CLASSES = 100
        with pytest.raises(ValueError, match="more than 100 distinct values"):
            W.from_dataframe(table, "many", "many")
    finally:
        table_build.MAX_CLASSES = old
    with pytest.raises(TypeError, match="samples= is not available"):
        W.from_dataframe(table, "label", "pred", samples=np.zeros(200))


def test_dask_engine_error_surfaces(dask_client):
    import dask.dataframe as dd

    def part(i):
        if i == 2:
            raise OSError("partition 2 is unreadable")
        return TABLE.iloc[i * 10 : (i + 1) * 10]

    table = dd.from_map(part, range(4), meta=TABLE.iloc[:0])
    with pytest.raises(_remote.EngineError, match="Dask failed while .*partition 2 is unreadable"):
        W.from_dataframe(table, "label", "pred")


def test_spark_engine_error_surfaces(spark):
    from pyspark.sql import functions as F

    table = spark.createDataFrame(TABLE.head(100)).withColumn(
        "s",
        F.when(F.col("id") > 50, F.raise_error(F.lit("score service is down"))).otherwise(F.lit(0.5)).cast("double"),
    )
    with pytest.raises(_remote.EngineError, match="Spark failed while .*score service is down"):
        W.from_dataframe(table, "yb", y_score="s")


def test_failed_threshold_query_leaves_the_widget_as_it_was(frames, monkeypatch):
    w = W.from_dataframe(frames("dask"), "yb", y_score="s", bins=4)
    before = w.counts.copy()

    def fail(*args):
        raise _remote.EngineError("Dask failed while counting at a threshold: worker lost")

    monkeypatch.setattr(w._engine.backend, "between", fail)
    with pytest.raises(_remote.EngineError, match="worker lost"):
        w.threshold = 0.4321
    assert w.threshold == 0.5
    np.testing.assert_array_equal(w.counts, before)


def test_in_memory_tables_equal_arrays():
    pl = pytest.importorskip("polars")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for table in (TABLE, pl.from_pandas(TABLE)):
            w = W.from_dataframe(table, "yb", y_score="s", threshold=0.3)
            ref = W(TABLE.yb.to_numpy(), y_score=TABLE.s.to_numpy(), threshold=0.3)
            np.testing.assert_array_equal(w.counts, ref.counts)
            np.testing.assert_array_equal(w.indices(1, 0), ref.indices(1, 0))  # no id=: positions
    with pytest.raises(TypeError, match="df must be a table"):
        W.from_dataframe({"label": [1, 2]}, "label", "label")
    with pytest.raises(TypeError, match="Unknown argument"):
        W.from_dataframe(TABLE, "label", "pred", colour="red")
    with pytest.raises(ValueError, match="bins must be"):
        W.from_dataframe(TABLE, "yb", y_score="s", bins=1)
    nulls = pl.from_pandas(TABLE).with_columns(
        pl.when(pl.col("yb") == 0).then(None).otherwise(pl.col("pred")).alias("p2")
    )
    with pytest.raises(ValueError, match="y_pred column 'p2' has .* missing"):
        W.from_dataframe(nulls, "label", "p2")


@pytest.mark.parametrize("kind", REMOTE)
def test_remote_saved_output_keeps_the_counts(frames, kind):
    from cm_widget._export import page_data

    w = W.from_dataframe(frames(kind), "yb", y_score="s", id="id", bins=8)
    data = page_data(w)
    assert data["samples"] is None and ENGINE_NAMES[kind] in data["omitted"]
    # the counts it opens with: the synced matrix, in the narrowest type that holds them
    np.testing.assert_array_equal(saved_counts(data), sk_binary(0.5))
    assert "cmw-data" in w.to_html() and w._repr_mimebundle_() is not None
    # the score edges serve a live slider only: the saved page keeps none of them
    assert all(b["path"][0] != "_table" for b in data["state"]["buffers"])
    assert len(w._table["edges"]) > 0 and "_table" not in str(data["state"]["buffers"])
    assert data["state"]["values"]["_table"]["exact"] == 0 and w._table["exact"] > 0


def in_memory(table, kind):
    if kind == "polars":
        return pytest.importorskip("polars").from_pandas(table)
    if kind == "arrow":
        return pytest.importorskip("pyarrow").Table.from_pandas(table, preserve_index=False)
    return table


@needs_node
@pytest.mark.parametrize("kind", ["pandas", "polars", "arrow"])
@pytest.mark.parametrize("ids", ["int", "text", "wide", "huge"])
def test_a_file_lists_the_ids_of_a_cell_as_the_kernel_does(kind, ids):
    column = {
        "int": TABLE.id,
        "text": "row-" + TABLE.id.astype(str),
        "wide": TABLE.id * 10**9 - 7 * 10**9,  # beyond 32 bits, and negative
        "huge": TABLE.id * 10**12
        + 1,  # beyond 2**53: JavaScript's numbers cannot hold them, the page shows their digits
    }[ids]
    table = TABLE.assign(id=column)
    df = in_memory(table, kind)
    with pytest.warns(UserWarning, match="not in labels="):
        some_labels = W.from_dataframe(df, "label", "pred", id="id", labels=["fox", "cat", "dog"])
    widgets = [
        W.from_dataframe(df, "label", "pred", id="id"),
        some_labels,
        W.from_dataframe(df, "yb", y_score="s", id="id", threshold=0.42),
    ]
    jobs = []
    for w in widgets:
        k = len(w.classes)
        steps = [s for i in range(k) for j in range(k) for s in (["set", "selected", [i, j]], ["cell"])]
        jobs.append({"data": page_data(w), "steps": steps})
    for w, got in zip(widgets, run_pages(jobs)):
        k = len(w.classes)
        for at, cell in enumerate(got):
            i, j = divmod(at, k)
            a, b = w.classes[i], w.classes[j]
            if w._engine.is_binary_scores:
                mask = (table.yb == a) & ((table.s >= 0.42) == bool(b))
            else:
                mask = (table.label == a) & (table.pred == b)
            naive = table.id.to_numpy()[mask.to_numpy()]  # in row order, as the kernel lists them
            np.testing.assert_array_equal(w.indices(a, b), naive)
            expected = [str(v) for v in naive.tolist()] if ids == "huge" else naive.tolist()
            assert cell["indices"] == expected, (kind, a, b)
            assert cell["total"] == len(naive)


def test_a_click_on_a_table_with_ids_previews_the_rows_of_the_cell():
    rng = np.random.default_rng(4)
    n = 300
    df = pd.DataFrame(
        {"label": rng.integers(0, 3, n), "pred": rng.integers(0, 3, n), "sid": rng.permutation(n) * 7 + 1000}
    )
    texts = np.array([f"row {r}" for r in range(n)], dtype=object)
    w = W.from_dataframe(df, "label", "pred", id="sid", samples=texts)
    for cell in ((0, 1), (2, 2)):
        w.selected = cell
        rows = np.flatnonzero((df["label"] == cell[0]) & (df["pred"] == cell[1]))
        np.testing.assert_array_equal(w.selected_indices, df["sid"].to_numpy()[rows])
        shown = [p["text"] for p in w._selection["previews"]]
        # the previews are the cell's own rows, in the order its ids are listed
        by_id = dict(zip(df["sid"].to_numpy()[rows].tolist(), rows.tolist()))
        assert shown == [f"row {by_id[s]}" for s in w._selection["indices"][: len(shown)]]


@pytest.mark.parametrize("kind", ["duckdb", "ibis", "sqlframe"])
def test_display_options_order_and_groups_on_engines(frames, kind):
    labels = ["cat", "dog", "eel", "fox"]
    w = W.from_dataframe(frames(kind), "label", "pred", normalize="true", order="support", cmap="Reds")
    np.testing.assert_allclose(w.matrix, confusion_matrix(TABLE.label, TABLE.pred, labels=labels, normalize="true"))
    support = TABLE.label.value_counts()
    assert [labels[k] for k in w.class_order] == support.sort_values(ascending=False, kind="stable").index.tolist()
    groups = {"cat": "pets", "dog": "pets", "eel": "wild", "fox": "wild"}
    g = W.from_dataframe(frames(kind), "label", "pred", groups=groups, level="groups")
    both = confusion_matrix(TABLE.label.map(groups), TABLE.pred.map(groups), labels=["pets", "wild"])
    assert g.groups == ["pets", "wild"]
    np.testing.assert_array_equal(g.group_counts, both)
