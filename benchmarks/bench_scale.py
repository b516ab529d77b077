"""Tables counted where they live: build, threshold moves and a click, in Spark local[2], Dask and DuckDB.

Peers measured in the same run: Spark MLlib's ``MulticlassMetrics.confusionMatrix()`` on the
same Spark rows, a plain ``groupBy(true, pred).count()``, and a pandas ``crosstab`` of the same
rows in memory (where they fit). Prints medians (seconds) and ratios; asserts no time.

    python benchmarks/bench_scale.py --n 100_000_000          # the full size (slow on 2 cores)
    python benchmarks/bench_scale.py --n 20_000_000 --repeat 3
    python benchmarks/bench_scale.py --n 100_000_000 --engines duckdb   # a Parquet file written first

The binary build (``y_score=``) is one grouped count over exact score bins; each engine prints
its time next to the labels build (``y_pred=``) and the ratio of the two.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd

from cm_widget import ConfusionMatrixWidget as W


def timed(fn, repeat):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def report(rows):
    width = max(len(r[0]) for r in rows)
    for name, seconds, note in rows:
        print(f"  {name:<{width}}  {seconds:9.3f} s  {note}")


def user_steps(w, repeat):
    """Median seconds of: a threshold at an edge, off an edge (a new value each time), a click."""
    edges = w._engine.edges
    picks = iter(range(1000, len(edges) - 1, 997))

    def at_edge():
        w.threshold = float(edges[next(picks)])

    def off_edge():
        k = next(picks)
        w.threshold = float((edges[k] + edges[k + 1]) / 2)

    cells = iter([(1, 1), (0, 1), (1, 0), (0, 0)] * repeat)

    def click():
        w.selected = next(cells)
        return w._selection["indices"]

    return timed(at_edge, repeat)[0], timed(off_edge, repeat)[0], timed(click, repeat)[0]


def spark_bench(n, repeat, mllib_max):
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.driver.memory", "2g")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    y = (F.rand(1) < 0.3).cast("int")
    s = F.when(y == 1, F.rand(2) * 0.6 + 0.4).otherwise(F.rand(3) * 0.7)
    table = spark.range(n).select("id", y.alias("y"), s.alias("s")).withColumn("p", (F.col("s") >= 0.5).cast("int"))
    print(f"Spark local[2], {n:,} rows")
    table.groupBy("y").count().collect()  # warm the JVM up before timing anything
    t_labels, w = timed(lambda: W.from_dataframe(table, "y", "p", id="id"), 1)
    t_group, _ = timed(lambda: table.groupBy("y", "p").count().collect(), 1)
    t_build, wb = timed(lambda: W.from_dataframe(table, "y", y_score="s", id="id"), 1)
    edge, off, click = user_steps(wb, repeat)
    rows = [
        ("from_dataframe(y_pred=)", t_labels, "one grouped count"),
        ("groupBy(true, pred).count()", t_group, f"peer; ours / this = {t_labels / t_group:.2f}"),
        ("from_dataframe(y_score=), 65,536 bins", t_build, f"{len(wb._engine.edges):,} exact edges"),
        ("  scores build / labels build", t_build / t_labels, "ratio (not seconds)"),
        ("threshold at an edge", edge, "no query (suffix sums)"),
        ("threshold off an edge", off, "one filtered count"),
        ("click: first page of ids", click, "one filtered, limited query"),
    ]
    if n > mllib_max:
        rows.append(("MulticlassMetrics.confusionMatrix()", float("nan"), f"skipped above --mllib-max {mllib_max:,}"))
        report(rows)
        spark.stop()
        return w.counts
    try:
        from pyspark.mllib.evaluation import MulticlassMetrics

        def mllib():
            rdd = table.select(F.col("p").cast("double"), F.col("y").cast("double")).rdd.map(tuple)
            return MulticlassMetrics(rdd).confusionMatrix().toArray()

        t_mllib, cm = timed(mllib, 1)
        assert np.array_equal(cm, w.counts), (cm, w.counts)
        rows.append(
            (
                "MulticlassMetrics.confusionMatrix()",
                t_mllib,
                f"peer, counts only; this / ours = {t_mllib / t_labels:.1f}x",
            )
        )
    except Exception as exc:  # noqa: BLE001 - report a peer that cannot run here instead of stopping
        rows.append(("MulticlassMetrics.confusionMatrix()", float("nan"), f"did not run: {exc}"))
    report(rows)
    spark.stop()
    return w.counts


def _part(i, rows):
    rng = np.random.default_rng(i)
    y = (rng.random(rows) < 0.3).astype(np.int8)
    s = np.where(y == 1, rng.random(rows) * 0.6 + 0.4, rng.random(rows) * 0.7)
    return pd.DataFrame(
        {"id": np.arange(i * rows, (i + 1) * rows, dtype=np.int64), "y": y, "s": s, "p": (s >= 0.5).astype(np.int8)}
    )


def dask_bench(n, repeat):
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    parts = max(1, n // 2_000_000)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, memory_limit="3GiB", dashboard_address=":0") as cluster,
        Client(cluster),
    ):
        table = dd.from_map(_part, range(parts), rows=n // parts, meta=_part(0, 0))
        print(f"Dask LocalCluster (2 workers), {parts * (n // parts):,} rows in {parts} partitions")
        table.y.sum().compute()  # start the workers' pools before timing anything
        t_labels, w = timed(lambda: W.from_dataframe(table, "y", "p", id="id"), 1)
        t_group, _ = timed(lambda: table.groupby(["y", "p"]).size().compute(), 1)
        t_build, wb = timed(lambda: W.from_dataframe(table, "y", y_score="s", id="id"), 1)
        edge, off, click = user_steps(wb, repeat)
        report(
            [
                ("from_dataframe(y_pred=)", t_labels, "one grouped count"),
                ("groupby([true, pred]).size()", t_group, f"peer; ours / this = {t_labels / t_group:.2f}"),
                ("from_dataframe(y_score=), 65,536 bins", t_build, f"{len(wb._engine.edges):,} exact edges"),
                ("  scores build / labels build", t_build / t_labels, "ratio (not seconds)"),
                ("threshold at an edge", edge, "no query (suffix sums)"),
                ("threshold off an edge", off, "one filtered count"),
                ("click: first page of ids", click, "one filtered, limited query"),
            ]
        )


def duckdb_bench(n, repeat, folder):
    """A Parquet file of ``n`` rows (written in parts, never whole in memory), counted by DuckDB where it lies."""
    import os
    import tempfile

    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = folder or tempfile.mkdtemp(prefix="cm_widget_bench_")
    path = os.path.join(folder, f"scores_{n}.parquet")
    parts = max(1, n // 5_000_000)
    if not os.path.exists(path):
        t = time.perf_counter()
        writer = None
        for i in range(parts):
            chunk = pa.Table.from_pandas(_part(i, n // parts), preserve_index=False)
            writer = writer or pq.ParquetWriter(path, chunk.schema)
            writer.write_table(chunk, row_group_size=1_000_000)
        writer.close()
        print(f"(wrote {path} in {time.perf_counter() - t:.0f} s)")
    print(f"DuckDB over a Parquet file, {parts * (n // parts):,} rows ({os.path.getsize(path) / 2**20:,.0f} MB)")
    t_labels, w = timed(lambda: W.from_dataframe(path, "y", "p", id="id"), 1)
    t_group, _ = timed(
        lambda: (
            duckdb.connect().sql("SELECT y, p, count(*) FROM read_parquet(?) GROUP BY ALL", params=[path]).fetchall()
        ),
        1,
    )
    t_build, wb = timed(lambda: W.from_dataframe(path, "y", y_score="s", id="id"), 1)
    edge, off, click = user_steps(wb, repeat)
    report(
        [
            ("from_dataframe(y_pred=)", t_labels, "one grouped count"),
            ("SQL GROUP BY true, pred", t_group, f"peer; ours / this = {t_labels / t_group:.2f}"),
            ("from_dataframe(y_score=), 65,536 bins", t_build, f"{len(wb._engine.edges):,} exact edges"),
            ("  scores build / labels build", t_build / t_labels, "ratio (not seconds)"),
            ("threshold at an edge", edge, "no query (suffix sums)"),
            ("threshold off an edge", off, "one filtered count"),
            ("click: first page of ids", click, "one filtered, limited query"),
        ]
    )
    return w.counts


def pandas_bench(n, repeat):
    parts = max(1, n // 2_000_000)
    frame = pd.concat([_part(i, n // parts) for i in range(parts)], ignore_index=True)
    print(f"pandas in memory, {len(frame):,} rows")
    t_cross, _ = timed(lambda: pd.crosstab(frame.y, frame.p), repeat)
    t_ours, _ = timed(lambda: W.from_dataframe(frame, "y", "p"), repeat)
    report(
        [
            ("pd.crosstab(true, pred)", t_cross, "peer"),
            ("from_dataframe(pandas, y_pred=)", t_ours, f"crosstab / ours = {t_cross / t_ours:.1f}x"),
        ]
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=lambda v: int(v.replace("_", "")), default=100_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each threshold move and click (median)")
    parser.add_argument("--engines", default="spark,dask,duckdb,pandas")
    parser.add_argument("--folder", default=None, help="where DuckDB's Parquet file is written (kept for a rerun)")
    parser.add_argument(
        "--pandas-max",
        type=lambda v: int(v.replace("_", "")),
        default=50_000_000,
        help="skip the in-memory crosstab above this many rows",
    )
    parser.add_argument(
        "--mllib-max",
        type=lambda v: int(v.replace("_", "")),
        default=20_000_000,
        help="skip MLlib above this many rows (it runs every row through Python: ~25 s per million here)",
    )
    args = parser.parse_args()
    engines = args.engines.split(",")
    if "spark" in engines:
        spark_bench(args.n, args.repeat, args.mllib_max)
    if "dask" in engines:
        dask_bench(args.n, args.repeat)
    if "duckdb" in engines:
        duckdb_bench(args.n, args.repeat, args.folder)
    if "pandas" in engines:
        if args.n <= args.pandas_max:
            pandas_bench(args.n, args.repeat)
        else:
            print(f"pandas: {args.n:,} rows do not fit this machine's budget (--pandas-max {args.pandas_max:,})")


if __name__ == "__main__":
    main()
