"""One backend for every table that lives in an engine: DuckDB, Dask, Spark, Ibis, SQLFrame.

The queries are written once with narwhals (a thin layer that speaks each engine's own
dialect); each returns a small aggregate (grouped counts, bin counts) or one page of ids,
collected as a pyarrow table. Labels are grouped by their own values and mapped to class
codes here, in the kernel, over at most a few thousand groups: the engine never needs the
class list, so the same query serves ``labels=`` and any extra grouping key.

Binary scores are binned by ``floor(score * 2**m)``: multiplying a float by a power of two
and flooring are exact in IEEE arithmetic, so a score lands in bin ``b`` exactly when
``b / 2**m <= score < (b + 1) / 2**m``, and the count of scores at or above any bin edge is a
suffix sum that every engine agrees with (``-0.0`` and ``+0.0`` fall in the same bin).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from .base import EngineError, per_code

#: narwhals' name of each engine -> the name the widget shows.
ENGINE_NAMES = {
    "dask": "Dask",
    "pyspark": "Spark",
    "pyspark[connect]": "Spark",
    "duckdb": "DuckDB",
    "ibis": "Ibis",
    "sqlframe": "SQLFrame",
}


def _nw():
    import narwhals.stable.v2 as nw

    return nw


def lazy_frame(df: Any) -> Any:
    """``df`` as a narwhals LazyFrame when it lives in an engine (see :data:`ENGINE_NAMES`), else None."""
    nw = _nw()
    with warnings.catch_warnings():
        # narwhals announces that its Dask support will move to a separate package; the pinned
        # version still has it, and the notice is for library authors, not for the widget's users.
        warnings.filterwarnings("ignore", message=".*Dask support is moving", category=FutureWarning)
        try:
            frame = nw.from_native(df, pass_through=True)
        except Exception:  # noqa: BLE001 - an object narwhals does not know is simply not an engine table
            return None
    if frame is df or not isinstance(frame, nw.LazyFrame):
        return None
    impl = str(frame.implementation.value) if hasattr(frame.implementation, "value") else str(frame.implementation)
    if impl not in ENGINE_NAMES:
        return None
    return frame


def _py(value):
    return value.item() if isinstance(value, np.generic) else value


def _is_missing(value):
    return value is None or (isinstance(value, float) and value != value)


def codes(values, classes):
    """Class index of each value (a Python list from the engine); -1 outside ``classes``, -2 missing."""
    index = {_py(v): k for k, v in enumerate(np.asarray(classes, dtype=object).tolist())}
    out = np.empty(len(values), dtype=np.int64)
    for r, v in enumerate(values):
        out[r] = -2 if _is_missing(v) else index.get(v, -1)
    return out


def _floats(column):
    """A pyarrow column of sums (float, int or decimal, by engine) as float64, missing as 0."""
    import pyarrow as pa

    return column.cast(pa.float64()).fill_null(0.0).to_numpy()


def _encoded(column):
    """A pyarrow column as its distinct values (a list) and the position of each row's value among them."""
    encoded = column.combine_chunks().dictionary_encode()
    inverse = encoded.indices.fill_null(len(encoded.dictionary)).to_numpy(zero_copy_only=False).astype(np.int64)
    values = encoded.dictionary.to_pylist()
    if column.null_count:  # a missing value is a value of its own (the last)
        values.append(None)
    return values, inverse


class LazyBackend:
    """The questions of :mod:`cm_widget._tables.remote`, asked of a narwhals LazyFrame."""

    def __init__(self, frame: Any, name: str, native: Any = None):
        self.frame = frame
        self.name = name
        self.native = native  # kept alive (a DuckDB connection behind a file, for one)
        self._schema: dict = {}

    # ---------------------------------------------------------- running

    def _run(self, stage, query):
        """Collect ``query`` (a small result) as a dict of Python lists; an engine failure names the engine."""
        return self._run_table(stage, query).to_pydict()

    def _run_table(self, stage, query):
        """Collect ``query`` as a pyarrow table (see :meth:`_run`)."""
        try:
            return query.collect("pyarrow").to_native()
        except Exception as exc:  # noqa: BLE001 - every engine raises its own kinds
            text = str(exc).strip().splitlines()
            raise EngineError(f"{self.name} failed while {stage}: {text[0] if text else type(exc).__name__}") from exc

    # ---------------------------------------------------------- columns

    def check_columns(self, cols):
        nw = _nw()
        try:
            schema = dict(self.frame.collect_schema())
        except Exception as exc:  # noqa: BLE001
            text = str(exc).strip().splitlines()
            raise EngineError(f"{self.name} failed while reading the columns: {text[0] if text else exc!r}") from exc
        names = list(schema)
        for arg, name in cols.named().items():
            if not isinstance(name, str):
                raise TypeError(f"{arg} must be a column name (str) of the {self.name} table; got {name!r}.")
            if name not in schema:
                raise ValueError(
                    f"{arg}={name!r} is not a column of the {self.name} table; its columns are {names[:30]}."
                )
        for arg, name in (("y_score", cols.y_score), ("sample_weight", cols.weight)):
            if name is not None and not schema[name].is_numeric():
                raise TypeError(f"{arg} column {name!r} must hold numbers; it holds {schema[name]}.")
        if cols.y_pred is not None:
            kinds = {schema[c] == nw.String or isinstance(schema[c], nw.String) for c in (cols.y_true, cols.y_pred)}
            if len(kinds) == 2:
                raise TypeError(
                    f"y_true column {cols.y_true!r} holds {schema[cols.y_true]} but y_pred column "
                    f"{cols.y_pred!r} holds {schema[cols.y_pred]}; pass both as the same kind of label."
                )
        self._schema = schema

    def _score(self, cols):
        # + 0.0 turns -0.0 into +0.0 and leaves every other value as it is
        return _nw().col(cols.y_score).cast(_nw().Float64) + 0.0

    def _weight(self, cols):
        nw = _nw()
        return nw.col(cols.weight).cast(nw.Float64) if cols.weight is not None else nw.lit(1.0)

    def _weight_columns(self, cols):
        """Columns the weight aggregations read (derived first: Dask aggregates plain columns only)."""
        nw = _nw()
        if cols.weight is None:
            return [nw.lit(1.0).alias("__wf")]
        w = nw.col("__w")
        finite = w.is_finite().fill_null(False)
        return [
            nw.when(finite).then(w).otherwise(0.0).alias("__wf"),
            nw.when(finite).then(w).alias("__wm"),
            nw.when(finite).then(0).otherwise(1).alias("__wb"),
        ]

    def _weight_aggs(self, cols):
        nw = _nw()
        aggs = [nw.len().alias("n"), nw.col("__wf").sum().alias("w")]
        if cols.weight is not None:
            aggs += [nw.col("__wm").min().alias("wmin"), nw.col("__wb").sum().alias("wbad")]
        return aggs

    @staticmethod
    def _check_weights(got, cols):
        if cols.weight is None:
            return
        bad = sum(int(b or 0) for b in got["wbad"])
        if bad:
            raise ValueError(
                f"sample_weight column {cols.weight!r} has {bad} missing or infinite weights; drop or fill them."
            )
        negative = [m for m in got["wmin"] if m is not None and m < 0]
        if negative:
            raise ValueError(
                f"sample_weight column {cols.weight!r} has negative weights (e.g. {min(negative)}); weights must be >= 0."
            )

    # ---------------------------------------------------------- queries

    def distinct(self, columns, limit):
        values, missing = set(), {}
        for name in dict.fromkeys(columns):
            # a one-key group-by: engines plan it as a hash aggregate, cheaper than a generic unique
            query = self.frame.group_by(name).agg(_nw().len().alias("__n")).head(limit + 2)
            got = self._run("reading the distinct labels", query)[name]
            missing[name] = any(_is_missing(v) for v in got)
            values.update(v for v in got if not _is_missing(v))
        return list(values), missing

    @staticmethod
    def _key(key):
        """The extra grouping column (a slice column) as ``__g``, or nothing."""
        return [] if key is None else [_nw().col(key).alias("__g")]

    def grouped(self, cols, classes, key=None, limit=None):
        """``(ct, cp, agree, count, weight)`` rows per pair of labels.

        ``classes`` may be a function of the labels found (true, predicted: lists of the values
        of the rows) that returns the classes. With ``key`` (a column name) the rows are also
        grouped by its values, returned as a second item: ``(rows, values)``. ``limit`` caps the
        number of rows read.
        """
        nw = _nw()
        t, p = cols.y_true, cols.y_pred
        g = self._key(key)
        query = (
            self.frame.select(nw.col(t).alias("__t"), nw.col(p).alias("__p"), self._weight(cols).alias("__w"), *g)
            .with_columns(*self._weight_columns(cols))
            .group_by("__t", "__p", *(["__g"] if g else []))
            .agg(*self._weight_aggs(cols))
        )
        if limit is not None:
            query = query.head(limit)
        got = self._run("counting the cells", query)
        if callable(classes):
            classes = classes(got["__t"], got["__p"])
        self._check_weights(got, cols)
        ct, cp = codes(got["__t"], classes), codes(got["__p"], classes)
        agree = np.array([a == b and not _is_missing(a) for a, b in zip(got["__t"], got["__p"])], dtype=np.float64) * (
            (ct == -1) & (cp == -1)
        )
        w = np.array([x or 0.0 for x in got["w"]], dtype=np.float64)
        n = np.array(got["n"], dtype=np.float64)
        rows = np.column_stack([ct, cp, agree, n, w]).reshape(-1, 5)
        return rows if key is None else (rows, got["__g"])

    def score_stats(self, cols, limit):
        """Per value of the true label (at most ``limit + 2`` of them): rows, score range, missing scores.

        Returns ``((values, missing), rows)``: the distinct labels as :meth:`distinct` gives them,
        and a dict of arrays ``value``, ``n``, ``lo``, ``hi``, ``bad`` (missing or non-finite scores).
        """
        nw = _nw()
        s = nw.col("__s")
        finite = s.is_finite().fill_null(False)
        query = (
            self.frame.select(
                nw.col(cols.y_true).alias("__t"), self._score(cols).alias("__s"), self._weight(cols).alias("__w")
            )
            .with_columns(
                nw.when(finite).then(s).alias("__f"),
                nw.when(finite).then(0).otherwise(1).alias("__b"),
                *self._weight_columns(cols),
            )
            .group_by("__t")
            .agg(
                *self._weight_aggs(cols),
                nw.col("__f").min().alias("lo"),
                nw.col("__f").max().alias("hi"),
                nw.col("__b").sum().alias("bad"),
            )
            .head(limit + 2)
        )
        got = self._run("reading the score statistics", query)
        self._check_weights(got, cols)
        values = got["__t"]
        found = ([v for v in values if not _is_missing(v)], {cols.y_true: any(_is_missing(v) for v in values)})
        rows = {
            "value": values,
            "n": np.array(got["n"], dtype=np.int64),
            "lo": np.array([np.nan if x is None else x for x in got["lo"]], dtype=np.float64),
            "hi": np.array([np.nan if x is None else x for x in got["hi"]], dtype=np.float64),
            "bad": np.array([x or 0 for x in got["bad"]], dtype=np.int64),
        }
        return found, rows

    def score_bins(self, cols, classes, scale, key=None):
        """Rows (and weights) per (true code, score bin), the bin of a score being ``floor(score * 2**scale)``.

        The scores are finite here (:meth:`score_stats` refused the others), and ``scale`` keeps
        every key within +-2**21: the key is a 32-bit integer. With ``key`` (a column name) the
        rows are also grouped by its values (``"group"``).
        """
        nw = _nw()
        k = (nw.col("__s") * float(2.0**scale)).floor().cast(nw.Int32)
        g = self._key(key)
        query = (
            self.frame.select(
                nw.col(cols.y_true).alias("__t"), self._score(cols).alias("__s"), self._weight(cols).alias("__w"), *g
            )
            .with_columns(k.alias("__k"), *self._weight_columns(cols))
            .group_by("__t", "__k", *(["__g"] if g else []))
            .agg(*self._weight_aggs(cols))
        )
        # up to bins x classes (x slices) rows: read as arrays, the labels through their distinct values
        got = self._run_table("counting the scores in each bin", query)
        values, inverse = _encoded(got.column("__t"))
        out = {
            "code": codes(values, classes)[inverse],
            "key": got.column("__k").to_numpy().astype(np.int64),
            "n": got.column("n").to_numpy().astype(np.int64),
            "w": _floats(got.column("w")),
        }
        if key is not None:
            out["group"] = _encoded(got.column("__g"))
        return out

    def at_or_above(self, cols, classes, threshold, key):
        """Rows (and weights) with score >= ``threshold`` per (true code, value of the column ``key``)."""
        nw = _nw()
        query = (
            self.frame.filter(self._score(cols) >= float(threshold))
            .select(nw.col(cols.y_true).alias("__t"), self._weight(cols).alias("__w"), nw.col(key).alias("__g"))
            .group_by("__t", "__g")
            .agg(nw.len().alias("n"), nw.col("__w").sum().alias("w"))
        )
        got = self._run("counting at a threshold", query)
        return codes(got["__t"], classes), got["__g"], got["n"], [w or 0.0 for w in got["w"]]

    def where(self, column, value):
        """This backend over the rows whose ``column`` equals ``value`` (a slice of the table)."""
        frame = self.frame.filter(_nw().col(column) == _py(value))
        out = LazyBackend(frame, self.name, native=self.native)
        out._schema = self._schema
        return out

    def schema(self):
        """The table's columns and their narwhals types (read by :meth:`check_columns`)."""
        return self._schema

    def between(self, cols, classes, threshold, hi):
        nw = _nw()
        s = self._score(cols)
        cond = s >= float(threshold)
        if hi is not None:
            cond = cond & (s < float(hi))
        query = (
            self.frame.filter(cond)
            .select(nw.col(cols.y_true).alias("__t"), self._weight(cols).alias("__w"))
            .group_by("__t")
            .agg(nw.len().alias("n"), nw.col("__w").sum().alias("w"))
        )
        got = self._run("counting at a threshold", query)
        return per_code(zip(codes(got["__t"], classes), got["n"], (w or 0.0 for w in got["w"])))

    def cell_ids(self, cols, cell, offset, size):
        nw = _nw()
        cond = nw.col(cols.y_true) == _py(cell["true"])
        if "pred" in cell:
            cond = cond & (nw.col(cols.y_pred) == _py(cell["pred"]))
        else:
            above = self._score(cols) >= float(cell["threshold"])
            cond = cond & (above if cell["positive"] else ~above)
        query = self.frame.filter(cond).select(nw.col(cols.id).alias("__id"))
        if self.name == "Dask":
            # Dask's own nsmallest keeps the smallest ids of each partition and merges them (a tree
            # reduction); a sort and head through narwhals shuffles every row of the cell first.
            got = self._dask_smallest(query.to_native(), offset + size)
        else:
            got = self._run("listing the rows of a cell", query.sort("__id").head(offset + size))["__id"]
        return np.asarray(got[offset : offset + size])

    def _dask_smallest(self, native, n):
        try:
            return np.sort(native["__id"].nsmallest(n).compute().to_numpy())
        except Exception as exc:  # noqa: BLE001 - any failure in a worker
            text = str(exc).strip().splitlines()
            raise EngineError(
                f"{self.name} failed while listing the rows of a cell: {text[0] if text else type(exc).__name__}"
            ) from exc

    def outside_values(self, cols, classes, limit):
        nw = _nw()
        values = [_py(v) for v in np.asarray(classes, dtype=object).tolist()]
        found = {}
        for name in dict.fromkeys(c for c in (cols.y_true, cols.y_pred) if c is not None):
            col = nw.col(name)
            query = (
                self.frame.filter(~col.is_in(values) & ~col.is_null())
                .group_by(name)
                .agg(nw.len().alias("__n"))
                .sort("__n", descending=True)
                .head(limit)
            )
            got = self._run("reading the labels left out", query)
            for v, n in zip(got[name], got["__n"]):
                if not _is_missing(v):
                    found[v] = found.get(v, 0) + int(n)
        return dict(sorted(found.items(), key=lambda kv: -kv[1])[:limit])
