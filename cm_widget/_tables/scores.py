"""(n, K) scores of a table that lives in an engine: argmax, top-k and abstain counted where the table lives.

The scores are K numeric columns, or one list (array) column of K scores per row. One grouped
count, keyed on three small integers per row, is a sufficient statistic for every ``top_k``:

- ``t``: the true class's code (the position of the label in the classes);
- ``p``: the argmax prediction, the first of tied columns (numpy's ``argmax``);
- ``r``: how many classes come before the true one in the row's ranking, scikit-learn's
  ranking of ``top_k_accuracy_score`` (descending scores, ties to the later column), as
  :func:`cm_widget._engine.multiclass.true_rank` computes it.

At ``top_k = k`` a row is predicted ``t`` when ``r < k``, else ``p``. An ``abstain`` value adds
one grouped count keyed also on whether the row's top score reaches it (kept per value).
Nothing of size n x K leaves the engine.
"""

from __future__ import annotations

import numpy as np

from .. import _engine
from .._engine import multiclass as _multiclass
from .._inputs import MAX_CLASSES
from . import remote as _remote
from . import sliced as _sliced
from . import table_build as _build
from .lazy import _nw, _py, lazy_frame

#: abstain values whose grouped counts are kept, most recent last.
_CACHE = 16


def wants_scores(backend, y_score):
    """Whether ``y_score`` names (n, K) scores: a list of columns, or one list/array column."""
    if isinstance(y_score, (list, tuple)):
        return True
    if not isinstance(y_score, str):
        return False
    nw = _nw()
    try:
        dtype = dict(backend.frame.collect_schema()).get(y_score)
    except Exception:  # noqa: BLE001 - the usual path names the failure
        return False
    if backend.name == "Dask" and dtype == nw.String:
        _refuse_object_lists(backend, y_score)
    return isinstance(dtype, (nw.List, nw.Array))


def _refuse_object_lists(backend, column):
    """Dask holds Python lists as objects, which narwhals cannot index: say what works instead."""
    try:
        first = backend.frame.to_native()[column].head(1)
    except Exception:  # noqa: BLE001 - not a list column then: the usual checks name the problem
        return
    value = first.iloc[0] if len(first) else None
    # Dask stores object columns as text by default: a list then arrives as "[0.1 0.7 0.2]"
    if isinstance(value, (list, tuple, np.ndarray)) or (isinstance(value, str) and value.lstrip().startswith("[")):
        raise TypeError(
            f"y_score column {column!r} of the Dask table holds Python lists (object dtype, or text made of them), "
            f"which Dask cannot index where the data lives. Store it as an Arrow list (pandas.ArrowDtype(pyarrow.list_(pyarrow.float64()))), "
            f"or pass one column per class: y_score=['p_0', 'p_1', ...]."
        )


class Spec:
    """Where the K scores are: K columns, or the K items of one list column."""

    def __init__(self, columns, list_column):
        self.columns = columns
        self.list_column = list_column

    def exprs(self, k):
        nw = _nw()
        if self.list_column is not None:
            raw = [nw.col(self.list_column).list.get(c) for c in range(k)]
        else:
            raw = [nw.col(name) for name in self.columns]
        # + 0.0 turns -0.0 into +0.0 and leaves every other value as it is
        return [e.cast(nw.Float64) + 0.0 for e in raw]


def _check(backend, cols, y_score):
    nw = _nw()
    backend.check_columns(_remote.Columns(y_true=cols.y_true, weight=cols.weight, id=cols.id))
    schema = backend.schema()
    names = list(schema)
    if isinstance(y_score, str):
        dtype = schema[y_score]
        inner = getattr(dtype, "inner", None)
        if inner is None or not inner.is_numeric():
            raise TypeError(f"y_score column {y_score!r} holds {dtype}; a list column must hold numbers (K per row).")
        return Spec(None, y_score)
    columns = list(y_score)
    if not columns or not all(isinstance(c, str) for c in columns):
        raise TypeError(f"y_score must be a column name or a list of column names (one per class); got {y_score!r}.")
    for c in columns:
        if c not in schema:
            raise ValueError(
                f"y_score column {c!r} is not a column of the {backend.name} table; its columns are {names[:30]}."
            )
        if isinstance(schema[c], (nw.List, nw.Array)) or not schema[c].is_numeric():
            raise TypeError(f"y_score column {c!r} must hold numbers (one class's scores); it holds {schema[c]}.")
    if len(set(columns)) != len(columns):
        raise ValueError(f"y_score lists a column twice ({columns}); pass one column per class.")
    if len(columns) == 2:
        raise ValueError(
            f"y_score names two score columns {columns}: for two classes pass the positive class's column alone, "
            f"e.g. y_score={columns[1]!r} (binary scores with a threshold)."
        )
    if len(columns) < 2:
        raise ValueError(f"y_score names one column in a list {columns}; pass it as y_score={columns[0]!r}.")
    return Spec(columns, None)


def _classes(values, k, labels, cols):
    if labels is not None:
        classes = _build._labels_array(labels)
        if len(classes) != k:
            raise ValueError(
                f"labels has {len(classes)} entries but y_score has {k} scores per row; pass one label per score "
                f"column, in column order."
            )
        return classes
    classes = _build._sorted_classes(values, "y_true")
    if classes.dtype.kind in "iu" and len(classes) and classes.min() >= 0 and classes.max() < k:
        return np.arange(k, dtype=classes.dtype)
    if classes.dtype.kind in "iu" or len(classes) != k:
        raise ValueError(
            f"y_true column {cols.y_true!r} holds {len(classes)} classes ({classes.tolist()[:10]}) but y_score has "
            f"{k} scores per row; pass labels= with the class of each score column, in column order."
        )
    return classes


def _code_of(expr, classes):
    """The position of the value of ``expr`` in ``classes``; -1 for any other value."""
    nw = _nw()
    out = nw.lit(-1)
    for c in reversed(range(len(classes))):
        out = nw.when(expr == _py(classes[c])).then(c).otherwise(out)
    return out


def _frame(backend, cols, spec, classes, key=None):
    """The table with, per row: ``__t``, ``__p``, ``__r``, the top and lowest score, bad scores, weights."""
    nw = _nw()
    if backend.name == "Dask":
        return _dask_frame(backend, cols, spec, classes, key)
    k = len(classes)
    s = [nw.col(f"__s{c}") for c in range(k)]
    extra = [nw.col(cols.id).alias("__id")] if cols.id is not None else []
    if key is not None:
        extra.append(nw.col(key).alias("__g"))
    if spec.list_column is not None:
        extra.append(nw.col(spec.list_column).list.len().alias("__len"))
    frame = backend.frame.select(
        _code_of(nw.col(cols.y_true), classes).alias("__t"),
        *[e.alias(f"__s{c}") for c, e in enumerate(spec.exprs(k))],
        backend._weight(cols).alias("__w"),
        *extra,
    )
    bad = [nw.when(v.is_finite().fill_null(False)).then(0).otherwise(1) for v in s]
    frame = frame.with_columns(
        nw.max_horizontal(*s).alias("__top"),
        nw.min_horizontal(*s).alias("__low"),
        nw.sum_horizontal(*bad).alias("__bad"),
        *backend._weight_columns(cols),
    )
    own = nw.lit(None, nw.Float64())
    first = nw.lit(-1)
    for c in reversed(range(k)):
        own = nw.when(nw.col("__t") == c).then(s[c]).otherwise(own)
        first = nw.when(s[c] == nw.col("__top")).then(c).otherwise(first)
    frame = frame.with_columns(own.alias("__own"), first.alias("__p"))
    t, o = nw.col("__t"), nw.col("__own")
    before = [nw.when((s[c] > o) | ((s[c] == o) & (t < c))).then(1).otherwise(0) for c in range(k)]
    return frame.with_columns(nw.sum_horizontal(*before).alias("__r"))


def _dask_frame(backend, cols, spec, classes, key):
    """:func:`_frame` for Dask: the same columns by numpy over each partition.

    Dask's optimiser spends seconds on the nested expressions of :func:`_frame` (12 s for a table
    of 2,500 rows, against under 2 s this way); numpy applies the in-memory rules themselves.
    """
    import pandas as pd

    native = backend.frame.to_native()
    k = len(classes)
    index = {_py(v): c for c, v in enumerate(np.asarray(classes, dtype=object).tolist())}
    extra = {"__id": cols.id, "__g": key}
    extra = {name: column for name, column in extra.items() if column is not None}

    def per_partition(part):
        if spec.list_column is not None:
            lists = part[spec.list_column]
            lengths = np.array([-1 if v is None else len(v) for v in lists], dtype=np.int64)
            rows = [v if v is not None and len(v) == k else [np.nan] * k for v in lists]
            scores = np.array(rows, dtype=np.float64).reshape(len(part), k)
        else:
            lengths = None
            scores = part[spec.columns].to_numpy(dtype=np.float64).reshape(len(part), k)
        scores = scores + 0.0
        t = np.array([index.get(_py(v), -1) for v in part[cols.y_true].tolist()], dtype=np.int64)
        finite = np.isfinite(scores)
        top = scores.max(axis=1) if k else np.zeros(len(part))
        # argmax is the first of tied columns; the rank is scikit-learn's (ties to the later column)
        p = np.argmax(scores, axis=1).astype(np.int64)
        safe = np.where(t >= 0, t, 0)
        own = scores[np.arange(len(part)), safe][:, None]
        before = (scores > own) | ((scores == own) & (np.arange(k) > safe[:, None]))
        out = {
            "__t": t,
            "__p": p,
            "__r": before.sum(axis=1).astype(np.int64),
            "__top": top,
            "__low": scores.min(axis=1),
            "__bad": (~finite).sum(axis=1).astype(np.int64),
            "__w": part[cols.weight].to_numpy(dtype=np.float64) if cols.weight is not None else np.ones(len(part)),
        }
        if lengths is not None:
            out["__len"] = lengths
        for name, column in extra.items():
            out[name] = part[column].to_numpy()
        return pd.DataFrame(out, index=part.index)

    meta = per_partition(native._meta)
    frame = lazy_frame(native.map_partitions(per_partition, meta=meta))
    return frame.with_columns(*backend._weight_columns(cols))


class Queries:
    """The grouped counts of one table's (n, K) scores (every slice's at once when ``key`` is a slice column)."""

    def __init__(self, backend, cols, spec, classes, key=None):
        self.backend, self.cols, self.spec, self.classes, self.key = backend, cols, spec, classes, key
        self._at = {}  # abstain -> groups

    def _groups(self, got, slice_of):
        out = {name: np.asarray(got[name], dtype=np.int64) for name in ("__t", "__p", "__r", "n")}
        out["w"] = np.array([x or 0.0 for x in got["w"]], dtype=np.float64)
        out["g"] = None if slice_of is None else slice_of(got["__g"])
        return out

    def stats(self):
        """The grouped count of the build, with the checks of the scores, weights and labels."""
        nw = _nw()
        b = self.backend
        keys = ["__t", "__p", "__r", *(["__g"] if self.key else [])]
        aggs = [
            *b._weight_aggs(self.cols),
            nw.col("__top").min().alias("top_lo"),
            nw.col("__top").max().alias("top_hi"),
            nw.col("__low").min().alias("low"),
            nw.col("__bad").sum().alias("bad"),
        ]
        if self.spec.list_column is not None:
            k = len(self.classes)
            frame = _frame(b, self.cols, self.spec, self.classes, self.key).with_columns(
                nw.when(nw.col("__len") == k).then(0).otherwise(1).alias("__badlen")
            )
            aggs.append(nw.col("__badlen").sum().alias("badlen"))
        else:
            frame = _frame(b, self.cols, self.spec, self.classes, self.key)
        got = b._run("counting the cells of the scores", frame.group_by(*keys).agg(*aggs))
        b._check_weights(got, self.cols)
        return got

    def flagged(self, abstain, slice_of=None):
        """Groups keyed also on ``a`` (1 when the top score reaches ``abstain``), cached per value."""
        if abstain not in self._at:
            nw = _nw()
            frame = _frame(self.backend, self.cols, self.spec, self.classes, self.key).with_columns(
                nw.when(nw.col("__top") >= float(abstain)).then(1).otherwise(0).alias("__a")
            )
            keys = ["__t", "__p", "__r", "__a", *(["__g"] if self.key else [])]
            query = frame.group_by(*keys).agg(nw.len().alias("n"), nw.col("__wf").sum().alias("w"))
            got = self.backend._run("counting the scores at abstain", query)
            groups = self._groups(got, slice_of)
            groups["a"] = np.asarray(got["__a"], dtype=np.int64)
            self._at[abstain] = groups
            while len(self._at) > _CACHE:
                self._at.pop(next(iter(self._at)))
        return self._at[abstain]

    def cell_ids(self, backend, i, j, abstain, top_k, offset, size):
        """One page of the ids of cell (i, j) at ``abstain`` and ``top_k`` (column K: abstained), ascending."""
        nw = _nw()
        k = len(self.classes)
        frame = _frame(backend, self.cols, self.spec, self.classes)
        pred = nw.col("__p")
        if top_k > 1:
            pred = nw.when(nw.col("__r") < int(top_k)).then(nw.col("__t")).otherwise(pred)
        cond = nw.col("__t") == int(i)
        if j == k:
            cond = cond & (nw.col("__top") < float(abstain))
        else:
            cond = cond & (pred == int(j))
            if abstain is not None:
                cond = cond & (nw.col("__top") >= float(abstain))
        query = frame.filter(cond).select(nw.col("__id"))
        if backend.name == "Dask":
            got = backend._dask_smallest(query.to_native(), offset + size)
        else:
            got = backend._run("listing the rows of a cell", query.sort("__id").head(offset + size))["__id"]
        return np.asarray(got[offset : offset + size])


def build(backend, cols, y_score, *, labels, pos_label, slices=None):
    """``(record, engine)`` of (n, K) scores in the table (see :class:`TableScores`).

    With ``slices`` (a column name) the grouped counts are keyed on it too, and a third item
    is returned: the :class:`SlicedScores` of its values.
    """
    if pos_label is not None:
        raise TypeError(
            "pos_label applies to binary scores, but y_score names one score per class: every class has its own row. "
            "Drop pos_label=."
        )
    spec = _check(backend, cols, y_score)
    values, missing = backend.distinct([cols.y_true], MAX_CLASSES)
    if missing.get(cols.y_true):
        raise ValueError(
            f"y_true column {cols.y_true!r} has missing values (null/NaN); drop or fill them before building the matrix."
        )
    if not values:
        raise _build._empty(backend, cols)
    k = len(spec.columns) if spec.columns is not None else _list_length(backend, spec.list_column)
    classes = _classes(values, k, labels, cols)
    if slices is not None:
        _sliced.check_column(backend, slices)
    queries = Queries(backend, cols, spec, classes, slices)
    got = queries.stats()
    check_stats(got, cols, spec, classes)
    slice_of = None
    if slices is not None:
        slice_of = queries.slice_of = SliceCodes(got["__g"], got["n"], slices)
    groups = queries._groups(got, slice_of)
    record = _remote.TableRecord(classes=classes, n_samples=int(groups["n"].sum()))
    bounds = _bounds(got)
    record.is_probability = bounds[0] >= 0.0 and bounds[1] <= 1.0
    engine = TableScores(_base(backend, cols, classes, groups), queries, groups, bounds)
    if slices is None:
        return record, engine
    return record, engine, SlicedScores(backend, cols, classes, slice_of, queries, groups, bounds)


class SliceCodes:
    """The slices of (n, K) scores: their names and values, and the slice of each grouped row."""

    def __init__(self, values, amount, column):
        self.column = column
        self.names, _, self.values = _sliced._codes(values, np.asarray(amount), column)
        self._of = {v: s for s, v in enumerate(self.values)}

    def __call__(self, values):
        return np.array([self._of[_py(v)] for v in values], dtype=np.int64)


class SlicedScores:
    """Every slice of a table's (n, K) scores: an engine per slice, over the same grouped counts."""

    def __init__(self, backend, cols, classes, codes, queries, groups, bounds):
        self.names = codes.names
        self.engines = []
        for s, value in enumerate(codes.values):
            part = backend.where(codes.column, value)
            base = _base(part, cols, classes, groups, groups["g"] == s)
            self.engines.append(TableScores(base, queries, groups, bounds, backend=part, slice_index=s))

    def engine(self, s):
        """The engine of slice ``s``."""
        return self.engines[s]

    def counts(self, threshold=None, abstain=None, top_k=1):
        """(S, K, K) counts of every slice at ``abstain`` and ``top_k`` (K + 1 columns with abstain)."""
        for engine in self.engines:
            engine.abstain, engine.top_k = abstain, top_k
        return np.stack([engine.counts() for engine in self.engines])


def check_stats(got, cols, spec, classes):
    """Refuse missing or non-finite scores, lists of another length, and labels left out by labels=."""
    where = f"y_score column {spec.list_column!r}" if spec.list_column else f"y_score columns {spec.columns}"
    badlen = sum(int(x or 0) for x in got.get("badlen", []))
    if badlen:
        raise ValueError(
            f"{where} has {badlen} rows whose list does not hold {len(classes)} scores (one per class); drop or fix them."
        )
    bad = sum(int(x or 0) for x in got["bad"])
    if bad:
        raise ValueError(
            f"{where} has {bad} missing or non-finite scores (null, NaN or inf); drop or fill them before building the "
            f"matrix."
        )
    outside = sum(int(n) for t, n in zip(got["__t"], got["n"]) if t < 0)
    if outside:
        raise ValueError(
            f"{outside} rows of y_true column {cols.y_true!r} hold a label that is not in labels= {classes.tolist()[:10]}; "
            f"with one score column per class, every true label must be one of them: filter the table first."
        )


def _list_length(backend, column):
    """K: the length of the first row's list (every row's is checked by the grouped count)."""
    nw = _nw()
    got = backend._run(
        "reading the length of the score lists", backend.frame.select(nw.col(column).list.len().alias("k")).head(1)
    )
    k = got["k"][0] if got["k"] else None
    if not k or k < 3:
        raise ValueError(
            f"y_score column {column!r} holds lists of {k} scores; a list column needs one score per class, at least "
            f"3 (for two classes pass the positive class's score column as y_score=)."
        )
    return int(k)


def _bounds(got):
    """(lowest score, highest score, lowest top score, highest top score)."""
    low = min(x for x in got["low"] if x is not None)
    top_lo = min(x for x in got["top_lo"] if x is not None)
    top_hi = max(x for x in got["top_hi"] if x is not None)
    return float(low), float(top_hi), float(top_lo), float(top_hi)


def _base(backend, cols, classes, groups, mask=None):
    """A table engine of the argmax counts (what the widget reads while neither abstain nor top-k is set)."""
    k = len(classes)
    m = slice(None) if mask is None else mask
    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (groups["__t"][m], groups["__p"][m]), groups["n"][m])
    weighted = None
    if cols.weight is not None:
        weighted = np.zeros((k, k))
        np.add.at(weighted, (groups["__t"][m], groups["__p"][m]), groups["w"][m])
    return _remote.TableConfusion(backend, cols, classes, counts=counts, weighted=weighted)


class TableScores(_multiclass.ScoredConfusion):
    """:class:`~cm_widget._engine.multiclass.ScoredConfusion` over (n, K) scores that stay in their engine.

    Counts at any ``top_k`` come from the grouped count of the build; an ``abstain`` value from
    one more grouped count (kept). The cells of a view are filtered, limited queries.
    """

    def __init__(self, base, queries, groups, bounds, backend=None, slice_index=None):
        self.base = base
        self.class_scores = None  # the scores stay in the engine
        self.abstain = None
        self.top_k = 1
        self._queries = queries
        self._groups = groups
        self._bounds = bounds
        self._backend = backend if backend is not None else base.backend
        self._slice = slice_index
        self._pages = {}

    def _mask(self, groups):
        return slice(None) if self._slice is None else groups["g"] == self._slice

    def predictions(self, threshold=None):
        raise TypeError("The rows of a table counted where it lives stay in its engine: it has no per-row predictions.")

    def prepare_abstain(self, abstain):
        """Run (once) the grouped count an abstain value needs, so a failure raises before anything changes."""
        if abstain is not None:
            self._queries.flagged(float(abstain), self._slice_of())

    def _slice_of(self):
        return getattr(self._queries, "slice_of", None)

    def _counts(self, weighted):
        k = self.n_classes
        groups = self._groups if self.abstain is None else self._queries.flagged(self.abstain, self._slice_of())
        m = self._mask(groups)
        t, p, r = groups["__t"][m], groups["__p"][m], groups["__r"][m]
        amount = (groups["w"] if weighted else groups["n"])[m]
        # top-1 is the argmax (the first of tied columns), as in memory; from top-2 on the ranking decides
        pred = p if self.top_k == 1 else np.where(r < self.top_k, t, p)
        out = np.zeros((k, k if self.abstain is None else k + 1), dtype=np.float64 if weighted else np.int64)
        if self.abstain is None:
            np.add.at(out, (t, pred), amount)
        else:
            covered = groups["a"][m] == 1
            np.add.at(out, (t[covered], pred[covered]), amount[covered])
            np.add.at(out[:, k], t[~covered], amount[~covered])
        return out

    def counts(self, threshold=None):
        if not self.active:
            return self.base.counts(threshold)
        return self._counts(self.base.weights is not None)

    def top_range(self):
        return self._bounds[2], self._bounds[3]

    def score_bounds(self):
        """Lowest and highest score of any class."""
        return self._bounds[0], self._bounds[1]

    def page(self, i, j, offset, size, threshold=None):
        if not self.base.has_samples:
            return 0, np.empty(0, dtype=np.int64)
        total = int(self._counts(False)[i, j])
        size = max(0, min(int(size), total - int(offset)))
        if size == 0:
            return total, np.empty(0, dtype=np.int64)
        key = (i, j, self.abstain, self.top_k, int(offset), size)
        if key not in self._pages:
            self._pages.clear()
            ids = self._queries.cell_ids(self._backend, i, j, self.abstain, self.top_k, int(offset), size)
            self._pages[key] = _engine.read_only(ids)
        return total, self._pages[key]

    def row_page(self, i, j, offset, size, threshold=None):
        return self.page(i, j, offset, size, threshold)

    def indices(self, i, j, threshold=None):
        if not self.base.has_samples:
            raise ValueError(self.base.no_samples)
        total = int(self._counts(False)[i, j])
        if total > _remote.MAX_INDICES:
            raise ValueError(
                f"This cell holds {total:,} rows, more than {_remote.MAX_INDICES:,} to bring into the kernel; pass "
                f"limit= (e.g. limit=1000 for the first ids), or filter the table in {self._backend.name}."
            )
        return self.page(i, j, 0, total, threshold)[1]
