"""No collect: tens of millions of rows in Spark, Dask and DuckDB (a Parquet file) build a widget, move
the threshold and drill down while the kernel's memory (its RSS, sampled all along) grows by less than 200 MB."""

import gc
import threading

import numpy as np
import pandas as pd
import pytest

from cm_widget import ConfusionMatrixWidget as W

pytestmark = [pytest.mark.scale, pytest.mark.timeout(1800)]

LIMIT_MB = 200


class PeakRSS:
    """The largest resident set size of this process while the block runs, sampled every 20 ms."""

    def __enter__(self):
        psutil = pytest.importorskip("psutil")
        gc.collect()
        self._proc = psutil.Process()
        self.start = self.peak = self._proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self):
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)

    @property
    def growth_mb(self):
        return (self.peak - self.start) / 2**20


def exercise(w, n):
    """What a user does: look at the counts, move the threshold on and off an edge, click, list ids."""
    assert w.counts.sum() == n
    edges = w._engine.edges
    assert len(edges) > 60000  # about 65,536 exact bins over the scores' range, those that hold scores
    on, off = float(edges[len(edges) // 3]), float((edges[1000] + edges[1001]) / 2)
    w.threshold = on
    at_edge = w.counts.copy()
    w.threshold = off
    assert w.counts.sum() == n and w._engine.is_edge(on) and not w._engine.is_edge(off)
    assert at_edge[1, 1] <= w.counts[1, 1]  # a lower threshold predicts more positives
    w.selected = (1, 1)
    page = w._selection["indices"]
    assert w._selection["total"] == w.counts[1, 1] and len(page) == 100 and page == sorted(page)
    with pytest.raises(ValueError, match="limit="):
        w.indices(1, 1)
    ids = w.indices(1, 1, limit=1000)
    assert len(ids) == 1000 and np.all(np.diff(ids) > 0)
    np.testing.assert_array_equal(ids[:100], page)


def test_spark_50m_rows_stay_in_spark(spark):
    import pyspark.ml.feature  # noqa: F401 - imported before measuring: code is not data
    from pyspark.sql import functions as F

    n = 50_000_000
    y = (F.rand(1) < 0.3).cast("int")
    table = spark.range(n).select(
        "id",
        y.alias("y"),
        F.when(y == 1, F.rand(2) * 0.6 + 0.4).otherwise(F.rand(3) * 0.7).alias("s"),
    )
    with PeakRSS() as rss:
        w = W.from_dataframe(table, "y", y_score="s", id="id")
        exercise(w, n)
    print(f"Spark, {n:,} rows: kernel RSS grew by {rss.growth_mb:.0f} MB at most")
    assert rss.growth_mb < LIMIT_MB


def _part(i, rows):
    rng = np.random.default_rng(i)
    y = (rng.random(rows) < 0.3).astype(np.int8)
    s = np.where(y == 1, rng.random(rows) * 0.6 + 0.4, rng.random(rows) * 0.7)
    return pd.DataFrame({"id": np.arange(i * rows, (i + 1) * rows, dtype=np.int64), "y": y, "s": s})


def test_dask_20m_rows_stay_in_dask(dask_client):
    import dask.dataframe as dd

    n, parts = 20_000_000, 20
    rows = n // parts
    table = dd.from_map(_part, range(parts), rows=rows, meta=_part(0, 0))
    with PeakRSS() as rss:
        w = W.from_dataframe(table, "y", y_score="s", id="id")
        exercise(w, n)
    print(f"Dask, {n:,} rows: kernel RSS grew by {rss.growth_mb:.0f} MB at most")
    assert rss.growth_mb < LIMIT_MB


def test_duckdb_40m_rows_of_a_parquet_file_stay_in_the_file(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    n, parts = 40_000_000, 8  # sized to run in under two minutes on two cores
    rows = n // parts
    path = tmp_path / "scores.parquet"
    writer = None
    for i in range(parts):  # written a part at a time: the test never holds the table either
        chunk = pa.Table.from_pandas(_part(i, rows), preserve_index=False)
        writer = writer or pq.ParquetWriter(path, chunk.schema)
        writer.write_table(chunk, row_group_size=1_000_000)
        del chunk
    writer.close()
    import narwhals.stable.v2  # noqa: F401 - imported before measuring: code is not data

    import cm_widget._tables.lazy  # noqa: F401

    duckdb.connect().sql("SELECT 1").fetchall()
    with PeakRSS() as rss:
        w = W.from_dataframe(str(path), "y", y_score="s", id="id")
        exercise(w, n)
    print(f"DuckDB, {n:,} rows: kernel RSS grew by {rss.growth_mb:.0f} MB at most")
    assert rss.growth_mb < LIMIT_MB
