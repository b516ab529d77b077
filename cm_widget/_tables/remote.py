"""Confusion matrices of tables that live in an engine (DuckDB, Dask, Spark, Ibis ...): only aggregates come back.

:class:`TableConfusion` answers the widget's questions (counts, metrics, the binary
rates at a threshold, the rows of a cell) with queries run where the data lives. It
speaks to the engine through a small backend (:mod:`cm_widget._tables.lazy`, one set of
narwhals queries for every engine); everything here is numpy over results of size K x K or
K x bins, never over rows.

Labels become codes: the index of the value in ``classes``, -1 for a value outside them
(``labels=``), -2 for a missing value.

Binary scores: one query reads the score range per true label; a power of two ``2**m``
fitted to it (about ``bins`` bins over the range) keys one grouped count on
``floor(score * 2**m)``. Scaling by a power of two and flooring are exact, so a score is in
bin ``b`` exactly when ``b / 2**m <= score < (b + 1) / 2**m``: the lower bounds of the bins
that hold scores are the *edges*, and the count of scores >= an edge is a suffix sum, the
same in every engine. A threshold between edges costs one filtered count (the rows of its
bin above it), none when its bin holds no score above it.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

import numpy as np

from .. import _engine
from .._engine.protocol import EngineDefaults
from .._inputs import MAX_CLASSES, _describe_labels, _user_stacklevel
from .base import EngineError  # noqa: F401 - EngineError is this module's too
from .lazy import _is_missing
from .lazy import codes as _codes_of

#: ``indices`` refuses to bring more rows than this to the kernel without ``limit=``.
MAX_INDICES = 1_000_000
#: Off-edge thresholds whose counts are kept, most recent last.
_THRESHOLD_CACHE = 16


@dataclass
class TableRecord:
    """What the widget reads of its record, for a table counted in its engine."""

    classes: np.ndarray
    n_samples: int
    is_probability: bool = False
    pos_index: int | None = None
    excluded: dict = field(default_factory=dict)
    n_excluded: int = 0

    @property
    def is_binary_scores(self):
        return self.pos_index is not None

    @property
    def codes_true(self):
        # Only code that needs the rows in the kernel asks for them (add_run, for one).
        raise TypeError(
            "The rows of a table counted where it lives (DuckDB, Dask, Spark ...) stay in its engine: this needs "
            "them in memory. For another model's predictions, build another widget with from_dataframe on that column."
        )


@dataclass
class Columns:
    """The column names the user chose."""

    y_true: str
    y_pred: str | None = None
    y_score: str | None = None
    weight: str | None = None
    id: str | None = None

    def named(self):
        return {
            k: v
            for k, v in (
                ("y_true", self.y_true),
                ("y_pred", self.y_pred),
                ("y_score", self.y_score),
                ("sample_weight", self.weight),
                ("id", self.id),
            )
            if v is not None
        }


def build(backend, cols, *, labels=None, pos_label=None, bins=65536, thresholds=()):
    """Check the columns, run the aggregations, and return ``(record, engine)``."""
    backend.check_columns(cols)
    if cols.y_score is not None:
        return _build_binary(backend, cols, labels, pos_label, bins, thresholds)
    if pos_label is not None:
        raise TypeError(
            "pos_label only applies to binary scores (y_score=); with y_pred labels every class has its row."
        )
    return _build_labels(backend, cols, labels)


# ------------------------------------------------------------------ classes


def _sorted_classes(values, what):
    try:
        classes = np.unique(np.asarray(values, dtype=object if any(isinstance(v, str) for v in values) else None))
    except TypeError as exc:
        raise TypeError(
            f"The values of {what} could not be sorted ({exc}); the columns must hold one kind of label "
            f"(all numbers or all strings)."
        ) from None
    if classes.dtype == object and all(isinstance(v, str) for v in classes):
        classes = classes.astype(str)
    return classes


def _labels_array(labels):
    labels = np.asarray(labels)
    if labels.ndim != 1 or len(labels) == 0:
        raise ValueError(f"labels must be a non-empty 1-D list of class values; got shape {labels.shape}.")
    if len(np.unique(labels)) != len(labels):
        raise ValueError("labels contains duplicates; each class may appear only once.")
    return labels


def _distinct(backend, cols, names, found=None):
    """The distinct labels of the columns ``names``, checked; ``found`` = ``(values, missing)`` already read."""
    values, missing = found or backend.distinct([getattr(cols, n) for n in names], MAX_CLASSES)
    for n in names:
        column = getattr(cols, n)
        if missing.get(column):
            raise ValueError(
                f"{n} column {column!r} has missing values (null/NaN); drop or fill them before building the matrix."
            )
    shown = " and ".join(repr(getattr(cols, n)) for n in names)
    continuous = [v for v in values if isinstance(v, (float, np.floating)) and np.isfinite(v) and v != np.floor(v)]
    if continuous:
        hint = " They look like scores: pass the score column as y_score=." if "y_pred" in names else ""
        raise ValueError(f"{shown} hold continuous values (e.g. {float(continuous[0])!r}), not class labels.{hint}")
    if len(values) > MAX_CLASSES:
        raise ValueError(
            f"{shown} hold more than {MAX_CLASSES} distinct values: this looks like a regression target or an "
            f"id column. Pass class labels, or labels= to choose the classes."
        )
    return values


def _empty(backend, cols):
    return ValueError(
        f"The {backend.name} table is empty (no rows in y_true column {cols.y_true!r}); pass a table with at "
        f"least one row (check the filters or the files that made it)."
    )


# ------------------------------------------------------------------ labels


def _build_labels(backend, cols, labels):
    if labels is None:
        # One query: the cells' labels are the classes. At most K^2 <= MAX_CLASSES^2 pairs exist
        # unless a column holds more than MAX_CLASSES values, which a result cut there shows.
        chosen = []

        def choose(true_values, pred_values):
            missing = {
                cols.y_true: any(_is_missing(v) for v in true_values),
                cols.y_pred: any(_is_missing(v) for v in pred_values),
            }
            values = {v for v in (*true_values, *pred_values) if not _is_missing(v)}
            found = (list(values), missing)
            chosen.append(_sorted_classes(_distinct(backend, cols, ("y_true", "y_pred"), found), "y_true and y_pred"))
            return chosen[0]

        rows = backend.grouped(cols, choose, limit=MAX_CLASSES**2 + 1)  # ct, cp, agree, count, wsum
        classes = chosen[0]
    else:
        classes = _labels_array(labels)
        rows = backend.grouped(cols, classes)
    k = len(classes)
    ct, cp, agree, count, wsum = (rows[:, c] for c in range(5))
    ct, cp = ct.astype(np.int64), cp.astype(np.int64)
    for code, name in ((ct, "y_true"), (cp, "y_pred")):
        if (code == -2).any():
            raise ValueError(
                f"{name} column {getattr(cols, name)!r} has {int(count[code == -2].sum())} missing values (null/NaN); "
                f"drop or fill them before building the matrix."
            )
    inside = (ct >= 0) & (cp >= 0)
    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (ct[inside], cp[inside]), count[inside].astype(np.int64))
    n = int(count.sum())
    if n == 0:
        raise _empty(backend, cols)
    weighted = None
    if cols.weight is not None:
        weighted = np.zeros((k, k))
        np.add.at(weighted, (ct[inside], cp[inside]), wsum[inside])
    record = TableRecord(classes=classes, n_samples=n)
    outside = None
    if not inside.all():
        if not (ct >= 0).any():
            raise ValueError(
                f"None of the labels= {classes.tolist()[:10]} occurs in y_true column {cols.y_true!r}; "
                f"pass classes that occur in it."
            )
        outside = _outside_sums(ct, cp, agree, count if cols.weight is None else wsum, k)
        record.n_excluded = int(count[~inside].sum())
        record.excluded = backend.outside_values(cols, classes, 20)
        warnings.warn(
            f"{record.n_excluded} of {n} samples have a label that is not in labels= "
            f"({_describe_labels(record.excluded)}); they are left out of the matrix. "
            f"Add those classes to labels= to count them.",
            UserWarning,
            stacklevel=_user_stacklevel(),
        )
    engine = TableConfusion(backend, cols, classes, counts=counts, weighted=weighted, outside=outside)
    return record, engine


def _outside_sums(ct, cp, agree, amount, k):
    """``(true_k, pred_k, agree, total)`` of the rows left out by labels=, as :func:`_engine.class_metrics` takes."""
    to_out = (ct >= 0) & (cp < 0)
    from_out = (ct < 0) & (cp >= 0)
    true_k = np.bincount(ct[to_out], weights=amount[to_out], minlength=k)[:k]
    pred_k = np.bincount(cp[from_out], weights=amount[from_out], minlength=k)[:k]
    left = (ct < 0) | (cp < 0)
    both = (ct < 0) & (cp < 0) & (agree > 0)
    return true_k, pred_k, float(amount[both].sum()), float(amount[left].sum())


# ------------------------------------------------------------------ binary


def _binary_classes(backend, cols, labels, found=None):
    if labels is not None:
        classes = _labels_array(labels)
        if len(classes) != 2:
            raise ValueError(
                f"labels has {len(classes)} entries but y_score is one score column (binary); pass exactly two labels."
            )
        return classes
    classes = _sorted_classes(_distinct(backend, cols, ("y_true",), found), "y_true")
    if len(classes) == 0:  # no label at all, and none missing (that is an error of its own): no rows
        raise _empty(backend, cols)
    if len(classes) == 2:
        return classes
    if len(classes) == 1 and classes.dtype.kind in "biuf" and classes[0] in (0, 1):
        return np.array([False, True]) if classes.dtype.kind == "b" else np.array([0, 1], dtype=classes.dtype)
    if len(classes) > 2:
        raise ValueError(
            f"y_score is one score column (binary) but y_true column {cols.y_true!r} has {len(classes)} classes; "
            f"pass a predicted-label column as y_pred=, or labels= with the two classes to keep."
        )
    raise ValueError(
        f"y_true column {cols.y_true!r} holds a single class ({classes[0]!r}) and y_score is binary; pass labels= "
        f"with the two classes (negative first)."
    )


def _pos_index(classes, pos_label):
    if pos_label is None:
        return int(np.argsort(classes, kind="stable")[-1])
    hits = [k for k, c in enumerate(classes.tolist()) if c == pos_label]
    if len(hits) != 1:
        raise ValueError(f"pos_label={pos_label!r} is not one of the classes {classes.tolist()}; pass one of them.")
    return hits[0]


def _bits(bins):
    """Bins per unit of score: ``bins`` rounded down to a power of two, as its exponent."""
    return max(1, int(bins).bit_length() - 1)


def _scale(bits, lo, hi):
    """The power of two ``m`` that puts the scores in [lo, hi] into about ``2**bits`` bins of ``floor(score * 2**m)``."""
    top = max(abs(lo), abs(hi))
    if top == 0.0:
        return bits
    frac, exp = math.frexp(top)  # top = frac * 2**exp, frac in [0.5, 1)
    if frac == 0.5:
        exp -= 1  # top is a power of two: |score| <= 2**exp
    return bits - exp - (1 if lo < 0 else 0)


def _build_binary(backend, cols, labels, pos_label, bins, thresholds):
    # Two queries: per true label its rows and score range (which also names the classes), then
    # one grouped count keyed on floor(score * 2**m), with m fitted to that range: exact bins.
    found, rows = backend.score_stats(cols, MAX_CLASSES)
    classes = _binary_classes(backend, cols, labels, found)
    pos = _pos_index(classes, pos_label)
    stats = _label_stats(rows, classes)
    _check_binary(backend, cols, classes, stats)
    lo, hi = stats["min"], stats["max"]
    is_probability = lo >= 0.0 and hi <= 1.0
    scale = _scale(_bits(bins), lo, hi)
    edges, counts, wsums, ends = _edges_and_bins(backend.score_bins(cols, classes, scale), scale, lo)
    n = int(stats["count"].sum())
    record = TableRecord(classes=classes, n_samples=n, is_probability=is_probability, pos_index=pos)
    n_out = int(counts[2].sum())
    if n_out:
        record.n_excluded = n_out
        record.excluded = backend.outside_values(cols, classes, 20)
        warnings.warn(
            f"{n_out} of {n} samples have a label that is not in labels= ({_describe_labels(record.excluded)}); "
            f"they are left out of the matrix. Add those classes to labels= to count them.",
            UserWarning,
            stacklevel=_user_stacklevel(),
        )
    engine = TableConfusion(
        backend,
        cols,
        classes,
        pos_index=pos,
        edges=edges,
        bin_counts=counts,
        bin_weights=wsums if cols.weight is not None else None,
        bin_ends=ends,
        score_range=(float(stats["kept_min"]), float(stats["kept_max"])),
    )
    return record, engine


def _label_stats(rows, classes):
    """Per true code: rows, score range and missing scores, from the rows of ``score_stats``."""
    code = _codes_of(rows["value"], classes)
    count = np.zeros(3, dtype=np.int64)
    keep = code >= -1
    np.add.at(count, np.where(code[keep] == -1, 2, code[keep]), rows["n"][keep])
    kept = code >= 0

    def extreme(fn, mask, which):
        values = rows[which][mask]
        values = values[np.isfinite(values)]
        return float(fn(values)) + 0.0 if len(values) else np.nan

    return {
        "count": count,
        "true_missing": int(rows["n"][code == -2].sum()),
        "score_missing": int(rows["bad"][keep].sum()),
        "min": extreme(np.min, keep, "lo"),
        "max": extreme(np.max, keep, "hi"),
        "kept_min": extreme(np.min, kept, "lo"),
        "kept_max": extreme(np.max, kept, "hi"),
    }


def _check_binary(backend, cols, classes, stats):
    if stats["true_missing"]:
        raise ValueError(
            f"y_true column {cols.y_true!r} has {stats['true_missing']} missing values (null/NaN); "
            f"drop or fill them before building the matrix."
        )
    if stats["score_missing"]:
        raise ValueError(
            f"y_score column {cols.y_score!r} has {stats['score_missing']} missing or non-finite values "
            f"(null, NaN or inf); drop or fill them before building the matrix."
        )
    if int(stats["count"].sum()) == 0:
        raise _empty(backend, cols)
    if stats["count"][:2].sum() == 0:
        raise ValueError(
            f"None of the labels= {classes.tolist()} occurs in y_true column {cols.y_true!r}; pass classes that occur in it."
        )


def _edges_and_bins(got, scale, lowest):
    """Edges (the lower bound of every bin that holds a score) and the counts between them.

    Column 0 of the counts is below the first edge, column k + 1 is [e_k, e_k+1), as
    :class:`TableConfusion` reads them. An edge is ``key * 2**-scale``, exactly; the first is
    the lowest score ``lowest`` itself (no score lies between its bin's bound and it). Also
    returns where the scores of each column end (its bin's upper bound).
    """
    code, key = got["code"], got["key"]
    keep = code >= -1
    rows, key = np.where(code[keep] == -1, 2, code[keep]), key[keep]
    keys, at = np.unique(key, return_inverse=True)
    edges = np.ldexp(keys.astype(np.float64), -scale)
    if len(edges):
        edges[0] = max(edges[0], lowest)
    counts = np.zeros((3, len(keys) + 1), dtype=np.int64)
    weights = np.zeros((3, len(keys) + 1))
    np.add.at(counts, (rows, at + 1), got["n"][keep])
    np.add.at(weights, (rows, at + 1), got["w"][keep])
    # where each column's scores end: a threshold at or above that, up to the next edge, counts no row there
    ends = np.concatenate([[-np.inf], np.ldexp((keys + 1).astype(np.float64), -scale)])
    return edges + 0.0, counts, weights, ends


def _suffix(a):
    """``out[k] = a[k:].sum()`` along the last axis, with a trailing 0."""
    out = np.zeros(a.shape[:-1] + (a.shape[-1] + 1,), dtype=a.dtype)
    out[..., :-1] = np.cumsum(a[..., ::-1], axis=-1)[..., ::-1]
    return out


# ------------------------------------------------------------------ results
# Results of the backends, arranged by true code: rows 0 and 1 for the classes, 2 for labels outside them.


# ------------------------------------------------------------------ engine


class TableConfusion(EngineDefaults):
    """The widget's engine over a table in an engine (the interface of :class:`_engine.Confusion`).

    Counts and bins are computed at construction; thresholds between edges and the rows
    of a cell are queries, cached so that the widget asking twice costs one query.
    """

    remote = True
    # No row-level arrays live in the kernel (what in-memory engines and runs hold).
    codes_true = codes_pred = scores = sample_index = None
    view_key = None  # the counts depend on the threshold only

    def drop_indexes(self):
        """Nothing to drop: cells are queries, cached by threshold."""

    def __init__(
        self,
        backend,
        cols,
        classes,
        *,
        counts=None,
        weighted=None,
        outside=None,
        pos_index=None,
        edges=None,
        bin_counts=None,
        bin_weights=None,
        bin_ends=None,
        score_range=None,
    ):
        self.backend = backend
        self.cols = cols
        self.classes = classes
        self.n_classes = len(classes)
        self.weights = cols.weight  # a column name: truthy when the counts are weighted
        self.outside = outside
        self.pos_index = pos_index
        self._counts = counts
        self._weighted = weighted
        self.edges = edges
        self._range = score_range
        if edges is not None:
            # suffix sums over bins (bin 0 is below e_0, bin k + 1 is [e_k, e_k+1)): rows of each
            # true code (0, 1, outside) in bins >= b; column 0 is every row, column k + 1 those >= e_k
            self._suf = _suffix(bin_counts)
            # where the scores between two edges end: a threshold past that needs no query
            self._ends = np.full(bin_counts.shape[1], np.inf) if bin_ends is None else bin_ends
            self._suf_w = _suffix(bin_weights) if bin_weights is not None else None
        self._between = {}  # threshold -> (counts, weights) of its bin's rows above it
        self._pages = {}

    # properties the widget reads
    @property
    def is_binary_scores(self):
        return self.pos_index is not None

    @property
    def has_samples(self):
        return self.cols.id is not None

    @property
    def neg_index(self):
        return 1 - self.pos_index

    no_samples = "Drill-down needs an id column: pass id= (a column that identifies rows) to from_dataframe."

    @property
    def n_edges(self):
        return 0 if self.edges is None else len(self.edges)

    def page_state(self, n_rows):
        """What the page shows of the engine (the widget's ``_table``)."""
        edges = b"" if self.edges is None else np.ascontiguousarray(self.edges, dtype="<f8").tobytes()
        return {
            "engine": self.backend.name,
            "rows": int(n_rows),
            "ids": self.has_samples,
            "exact": self.n_edges,
            "edges": edges,
        }

    def score_range(self):
        return self._range

    # numbers
    def is_edge(self, threshold):
        k = int(np.searchsorted(self.edges, threshold))
        return k < len(self.edges) and self.edges[k] == threshold

    def _ge(self, threshold, weighted):
        """Rows (or weights) per true code (0, 1, outside) with score >= threshold."""
        suf = self._suf_w if weighted else self._suf
        k = int(np.searchsorted(self.edges, threshold))  # first edge >= threshold
        if k < len(self.edges) and self.edges[k] == threshold:
            return suf[:, k + 1]
        # threshold lies in [e_k-1, e_k): the rows from e_k up, plus that bin's rows >= threshold
        count, wsum = self.prepare(threshold)
        return suf[:, k + 1] + (wsum if weighted else count)

    def prepare(self, threshold):
        """Run (once) the filtered count an off-edge threshold needs, so a failure raises before anything changes.

        Returns ``(counts, weights)`` per true code of the rows of the threshold's bin at or above it.
        """
        if not self.is_binary_scores or threshold is None:
            return None
        threshold = float(threshold) + 0.0  # -0.0 is the threshold 0.0 (the engines hold -0.0 >= 0.0)
        if self.is_edge(threshold):
            return None
        k = int(np.searchsorted(self.edges, threshold))
        if threshold >= self._ends[k]:  # no score lies between it and the next edge: nothing to count
            zeros = np.zeros(3)
            return zeros.astype(np.int64), zeros
        if threshold not in self._between:
            hi = float(self.edges[k]) if k < len(self.edges) else None
            got = self.backend.between(self.cols, self.classes, threshold, hi)
            self._between[threshold] = got
            while len(self._between) > _THRESHOLD_CACHE:
                self._between.pop(next(iter(self._between)))
        return self._between[threshold]

    def counts(self, threshold=None):
        if not self.is_binary_scores:
            return self._weighted if self._weighted is not None else self._counts
        return self._binary_counts(threshold, self.weights is not None)

    def _binary_counts(self, threshold, weighted):
        total = (self._suf_w if weighted else self._suf)[:, 0]
        ge = self._ge(threshold, weighted)
        p, q = self.pos_index, self.neg_index
        out = np.zeros((2, 2), dtype=np.float64 if weighted else np.int64)
        out[p, p], out[p, q] = ge[p], total[p] - ge[p]
        out[q, p], out[q, q] = ge[q], total[q] - ge[q]
        return out

    def unweighted_counts(self, threshold=None):
        if not self.is_binary_scores:
            return self._counts
        return self._binary_counts(threshold, False)

    def _outside_sums(self, threshold):
        if not self.is_binary_scores:
            return self.outside
        if not self._suf[2, 0]:
            return None
        # rows whose true label is outside labels=: the score still predicts one of the two classes
        weighted = self.weights is not None
        total = float((self._suf_w if weighted else self._suf)[2, 0])
        ge = float(self._ge(threshold, weighted)[2])
        k = self.n_classes
        pred_k = np.zeros(k)
        pred_k[self.pos_index], pred_k[self.neg_index] = ge, total - ge
        return np.zeros(k), pred_k, 0.0, total

    def metrics(self, threshold=None):
        return _engine.class_metrics(self.counts(threshold), self._outside_sums(threshold))

    def binary(self, threshold):
        c = self.counts(threshold)
        p, q = self.pos_index, self.neg_index
        return _engine.binary_metrics(c[p, p], c[q, p], c[p, q], c[q, q], weighted=self.weights is not None)

    # rows
    def _cell(self, i, j, threshold):
        if self.is_binary_scores:
            return {"true": self.classes[i], "positive": j == self.pos_index, "threshold": float(threshold) + 0.0}
        return {"true": self.classes[i], "pred": self.classes[j]}

    def _total(self, i, j, threshold):
        return int(self.unweighted_counts(threshold)[i, j])

    def page(self, i, j, offset, size, threshold=None):
        """``(rows in the cell, ids[offset:offset + size])``, ids ascending: one filtered, limited query."""
        if not self.has_samples:
            return 0, np.empty(0, dtype=np.int64)
        total = self._total(i, j, threshold)
        size = max(0, min(int(size), total - int(offset)))
        if size == 0:
            return total, np.empty(0, dtype=np.int64)
        key = (i, j, None if threshold is None else float(threshold), int(offset), size)
        if key not in self._pages:
            self._pages.clear()  # one page is on screen at a time
            self._pages[key] = _engine.read_only(
                self.backend.cell_ids(self.cols, self._cell(i, j, threshold), int(offset), size)
            )
        return total, self._pages[key]

    def row_page(self, i, j, offset, size, threshold=None):
        """:meth:`page`: the rows of a table stay in its engine, its cells list their ids."""
        return self.page(i, j, offset, size, threshold)

    def indices(self, i, j, threshold=None):
        """Every id of the cell, ascending; refused above :data:`MAX_INDICES` rows."""
        if not self.has_samples:
            raise ValueError(self.no_samples)
        total = self._total(i, j, threshold)
        if total > MAX_INDICES:
            raise ValueError(
                f"This cell holds {total:,} rows, more than {MAX_INDICES:,} to bring into the kernel; pass limit= "
                f"(e.g. limit=1000 for the first ids), or filter the table in {self.backend.name}."
            )
        return self.page(i, j, 0, total, threshold)[1]
