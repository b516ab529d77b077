"""Session fixtures for the table tests: a Spark session in local[2] and a Dask cluster of 2 workers.

Both are started once, with small memory limits, and stopped (their processes ended) at the end.
"""

import itertools
import os
import shutil

import pytest


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (17 or later)")
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("cm_widget tests")
        .config("spark.driver.memory", "1g")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    gateway = SparkContext._gateway
    if gateway is not None:  # end the JVM too, not only the session
        proc = getattr(gateway, "proc", None)
        gateway.shutdown()
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)
        SparkContext._gateway = None
        SparkContext._jvm = None


@pytest.fixture(scope="session")
def dask_client():
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        memory_limit="1GiB",
        dashboard_address=":0",
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


_TABLES = itertools.count()

#: Engines that need no server: each gets a pandas frame and returns the same rows in that engine.
ENGINE_NAMES = {"dask": "Dask", "spark": "Spark", "duckdb": "DuckDB", "ibis": "Ibis", "sqlframe": "SQLFrame"}


def to_engine(request, kind, frame, partitions=3):
    """``frame`` (pandas) as a table of the engine ``kind``: Dask, Spark, DuckDB, Ibis or SQLFrame on DuckDB."""
    if kind == "dask":
        request.getfixturevalue("dask_client")
        import dask.dataframe as dd

        return dd.from_pandas(frame, npartitions=partitions)
    if kind == "spark":
        spark = request.getfixturevalue("spark")
        if len(frame) == 0:
            from pyspark.sql import types as T

            kinds = {"i": T.LongType(), "f": T.DoubleType(), "O": T.StringType()}
            schema = T.StructType([T.StructField(c, kinds[frame[c].dtype.kind]) for c in frame.columns])
            return spark.createDataFrame([], schema)
        return spark.createDataFrame(frame).repartition(partitions)
    duckdb = pytest.importorskip("duckdb")
    if kind == "sqlframe":
        # SQLFrame keeps one session per process: every table lives in that session's connection
        from sqlframe.duckdb import DuckDBSession

        con = DuckDBSession.builder.getOrCreate()._conn
    else:
        con = duckdb.connect()
    name = f"rows_{next(_TABLES)}"
    con.register("source", frame)
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM source")
    con.unregister("source")
    if kind == "duckdb":
        return con.table(name)
    if kind == "ibis":
        ibis = pytest.importorskip("ibis")
        return ibis.duckdb.from_connection(con).table(name)
    if kind == "sqlframe":
        return DuckDBSession.builder.getOrCreate().table(name)
    raise ValueError(kind)
