"""The Spark side of :mod:`cm_widget._tables.remote`: each question is one DataFrame query.

Imported only when the table is a Spark DataFrame. Every query returns an aggregate
(K x K counts, per-class statistics, bin counts) or the ids asked for; rows never do.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np
from pyspark.sql import functions as F
from pyspark.sql import types as T

from .base import EngineError, bins_of, per_code, stats_of

#: Sampled scores per score edge, per true class.
_SAMPLE_PER_EDGE = 4


def _engine_call(stage):
    """Run a query under a Spark job description; an engine failure becomes an :class:`EngineError`."""

    def wrap(fn):
        @functools.wraps(fn)
        def run(self, *args, **kwargs):
            self._describe(f"cm_widget: {stage}")
            try:
                return fn(self, *args, **kwargs)
            except (ValueError, TypeError, EngineError):
                raise
            except Exception as exc:  # noqa: BLE001 - pyspark, py4j and the JVM raise many kinds
                text = str(exc).strip().splitlines()
                raise EngineError(f"Spark failed while {stage}: {text[0] if text else type(exc).__name__}") from exc
            finally:
                self._describe(None)

        return run

    return wrap


def _score(cols):
    """The score column as doubles, ``-0.0`` made ``+0.0``.

    Spark ML's Bucketizer orders -0.0 below 0.0 (Java's ``Double.compare``), so a -0.0 score
    would fall below an edge at 0; numpy and scikit-learn hold ``-0.0 >= 0.0``. Adding 0.0
    gives +0.0 for both zeros and leaves every other value as it is.
    """
    return F.col(cols.y_score).cast("double") + F.lit(0.0)


def _lit_values(classes):
    return [v.item() if isinstance(v, np.generic) else v for v in np.asarray(classes, dtype=object).tolist()]


class SparkBackend:
    name = "Spark"

    def __init__(self, df):
        self.df = df

    def _describe(self, text):
        try:
            self.df.sparkSession.sparkContext.setJobDescription(text)
        except Exception:  # noqa: BLE001 - Spark Connect has no SparkContext; the stage is only a courtesy
            pass

    # ---------------------------------------------------------- columns

    def check_columns(self, cols):
        fields = {f.name: f.dataType for f in self.df.schema.fields}
        for arg, name in cols.named().items():
            if not isinstance(name, str):
                raise TypeError(f"{arg} must be a column name (str) of the Spark DataFrame; got {name!r}.")
            if name not in fields:
                raise ValueError(
                    f"{arg}={name!r} is not a column of the Spark DataFrame; its columns are {sorted(fields)[:30]}."
                )
        for arg, name in (("y_score", cols.y_score), ("sample_weight", cols.weight)):
            if name is not None and not isinstance(fields[name], T.NumericType):
                raise TypeError(f"{arg} column {name!r} must hold numbers; it holds {fields[name].simpleString()}.")
        if cols.y_pred is not None:
            kinds = {isinstance(fields[c], T.StringType) for c in (cols.y_true, cols.y_pred)}
            if len(kinds) == 2:
                raise TypeError(
                    f"y_true column {cols.y_true!r} holds {fields[cols.y_true].simpleString()} but y_pred column "
                    f"{cols.y_pred!r} holds {fields[cols.y_pred].simpleString()}; pass both as the same kind of label."
                )
        self._fields = fields

    def _missing(self, name):
        col = F.col(name)
        if isinstance(self._fields[name], (T.FloatType, T.DoubleType)):
            return col.isNull() | F.isnan(col)
        return col.isNull()

    def _code(self, name, classes):
        """The class index of each row's label; -1 outside ``classes``, -2 missing."""
        pairs = itertools.chain.from_iterable((F.lit(v), F.lit(k)) for k, v in enumerate(_lit_values(classes)))
        found = F.try_element_at(F.create_map(*pairs), F.col(name))
        return F.when(self._missing(name), F.lit(-2)).otherwise(F.coalesce(found, F.lit(-1)))

    def _weight(self, cols):
        return F.col(cols.weight).cast("double") if cols.weight is not None else F.lit(1.0)

    @staticmethod
    def _weight_aggs():
        return [
            F.count(F.lit(1)).alias("n"),
            F.sum("w").alias("w"),
            F.min("w").alias("wmin"),
            F.sum(F.when(F.col("w").isNull() | F.isnan("w") | F.col("w").isin(float("inf")), 1).otherwise(0)).alias(
                "wbad"
            ),
        ]

    @staticmethod
    def _check_weights(rows, cols):
        if cols.weight is None:
            return
        bad = sum(int(r["wbad"] or 0) for r in rows)
        if bad:
            raise ValueError(
                f"sample_weight column {cols.weight!r} has {bad} missing or infinite weights; drop or fill them."
            )
        negative = [r["wmin"] for r in rows if r["wmin"] is not None and r["wmin"] < 0]
        if negative:
            raise ValueError(
                f"sample_weight column {cols.weight!r} has negative weights (e.g. {min(negative)}); weights must be >= 0."
            )

    # ---------------------------------------------------------- queries

    @_engine_call("reading the distinct labels")
    def distinct(self, columns, limit):
        values, missing = set(), {}
        for name in dict.fromkeys(columns):
            rows = self.df.select(F.col(name).alias("v")).distinct().limit(limit + 2).collect()
            got = [r["v"] for r in rows]
            missing[name] = any(v is None or (isinstance(v, float) and v != v) for v in got)
            values.update(v for v in got if v is not None and not (isinstance(v, float) and v != v))
        return list(values), missing

    @_engine_call("counting the cells")
    def grouped(self, cols, classes):
        t, p = cols.y_true, cols.y_pred
        ct, cp = self._code(t, classes), self._code(p, classes)
        agree = F.when((ct == -1) & (cp == -1) & (F.col(t) == F.col(p)), 1).otherwise(0)
        rows = (
            self.df.select(ct.alias("ct"), cp.alias("cp"), agree.alias("ag"), self._weight(cols).alias("w"))
            .groupBy("ct", "cp", "ag")
            .agg(*self._weight_aggs())
            .collect()
        )
        self._check_weights(rows, cols)
        return np.array([[r["ct"], r["cp"], r["ag"], r["n"], r["w"] or 0.0] for r in rows], dtype=np.float64).reshape(
            -1, 5
        )

    @_engine_call("reading the score statistics")
    def score_stats(self, cols, classes):
        s = _score(cols)
        bad = s.isNull() | F.isnan(s) | s.isin(float("inf"), float("-inf"))
        rows = (
            self.df.select(
                self._code(cols.y_true, classes).alias("ct"),
                s.alias("s"),
                bad.alias("bad"),
                self._weight(cols).alias("w"),
            )
            .groupBy("ct")
            .agg(
                F.min(F.when(~F.col("bad"), F.col("s"))).alias("lo"),
                F.max(F.when(~F.col("bad"), F.col("s"))).alias("hi"),
                F.sum(F.col("bad").cast("int")).alias("nbad"),
                *self._weight_aggs(),
            )
            .collect()
        )
        self._check_weights(rows, cols)
        return stats_of([(r["ct"], r["n"], r["lo"], r["hi"], r["nbad"]) for r in rows])

    @_engine_call("computing the score quantiles")
    def quantiles(self, cols, classes, probs, sizes):
        # The edges need not be exact quantiles (the counts at every edge are exact anyway), so a
        # sample of a few scores per edge, per class, gives them; Spark's percentile_approx takes
        # minutes for 65,536 quantiles. The sample's size depends on the bins, never on the rows.
        target = _SAMPLE_PER_EDGE * len(probs)
        fractions = {code: min(1.0, target / max(int(n), 1)) for code, n in enumerate(sizes[:2])}
        frame = self.df.select(self._code(cols.y_true, classes).alias("ct"), _score(cols).alias("s"))
        table = _arrow(frame.filter(F.col("ct") >= 0).sampleBy("ct", fractions, seed=0))
        ct, s = table.column("ct").to_numpy(), table.column("s").to_numpy()
        return [np.quantile(s[ct == code], probs, method="inverted_cdf") for code in (0, 1) if (ct == code).any()]

    @_engine_call("counting the scores in each bin")
    def bin_counts(self, cols, classes, edges):
        frame = self.df.select(
            self._code(cols.y_true, classes).alias("ct"),
            _score(cols).alias("s"),
            self._weight(cols).alias("w"),
        )
        binned = _bucketize(frame, np.concatenate([[-np.inf], edges, [np.inf]]))
        table = _arrow(
            binned.groupBy("ct", F.col("b").cast("int").alias("b")).agg(
                F.count(F.lit(1)).alias("n"), F.sum("w").alias("w")
            )
        )
        return bins_of(*(table.column(c).to_numpy(zero_copy_only=False) for c in ("ct", "b", "n", "w")), len(edges) + 1)

    @_engine_call("counting at a threshold")
    def between(self, cols, classes, threshold, hi):
        s = _score(cols)
        cond = s >= F.lit(float(threshold))
        if hi is not None:
            cond = cond & (s < F.lit(float(hi)))
        rows = (
            self.df.filter(cond)
            .select(self._code(cols.y_true, classes).alias("ct"), self._weight(cols).alias("w"))
            .groupBy("ct")
            .agg(F.count(F.lit(1)).alias("n"), F.sum("w").alias("w"))
            .collect()
        )
        return per_code([(r["ct"], r["n"], r["w"] or 0.0) for r in rows])

    @_engine_call("listing the rows of a cell")
    def cell_ids(self, cols, cell, offset, size):
        (true,) = _lit_values([cell["true"]])
        cond = F.col(cols.y_true) == F.lit(true)
        if "pred" in cell:
            (pred,) = _lit_values([cell["pred"]])
            cond = cond & (F.col(cols.y_pred) == F.lit(pred))
        else:
            above = _score(cols) >= F.lit(cell["threshold"])
            cond = cond & (above if cell["positive"] else ~above)
        query = self.df.filter(cond).select(F.col(cols.id).alias("id")).orderBy("id")
        if offset:
            query = query.offset(offset)
        table = _arrow(query.limit(size))
        return table.column("id").to_numpy()

    @_engine_call("reading the labels left out")
    def outside_values(self, cols, classes, limit):
        found = {}
        values = _lit_values(classes)
        for name in dict.fromkeys(c for c in (cols.y_true, cols.y_pred) if c is not None):
            rows = (
                self.df.filter(~self._missing(name) & ~F.col(name).isin(values))
                .groupBy(name)
                .count()
                .orderBy(F.desc("count"))
                .limit(limit)
                .collect()
            )
            for r in rows:
                found[r[name]] = found.get(r[name], 0) + int(r["count"])
        return found


def _bucketize(frame, splits):
    """``frame`` with ``b``, the bucket of ``s`` between ``splits`` (Spark ML's Bucketizer).

    The splits go to the JVM as one block of bytes: py4j would send a list of 131,074 doubles
    one element at a time (about 20 s). Spark Connect has no JVM here: it takes the plain way.
    """
    from pyspark.ml.feature import Bucketizer

    try:
        from pyspark.sql import DataFrame

        session = frame.sparkSession
        gateway, jvm = session.sparkContext._gateway, session.sparkContext._jvm
        array = gateway.new_array(jvm.double, len(splits))
        data = bytearray(np.asarray(splits, dtype=">f8").tobytes())
        jvm.java.nio.ByteBuffer.wrap(data).asDoubleBuffer().get(array)
        bucketizer = jvm.org.apache.spark.ml.feature.Bucketizer().setSplits(array).setInputCol("s").setOutputCol("b")
        return DataFrame(bucketizer.transform(frame._jdf), session)
    except (AttributeError, TypeError, ImportError):
        return Bucketizer(splits=splits.tolist(), inputCol="s", outputCol="b").transform(frame)


def _arrow(df):
    """A small result as a pyarrow Table (no Row objects)."""
    if hasattr(df, "toArrow"):
        return df.toArrow()
    import pyarrow as pa

    return pa.Table.from_pandas(df.toPandas())
