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

from dataclasses import dataclass, field

import numpy as np

from .. import _engine
from .._engine.protocol import EngineDefaults
from .base import EngineError  # noqa: F401 - EngineError is this module's too

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


# ------------------------------------------------------------------ sums of the results


def _outside_sums(ct, cp, agree, amount, k):
    """``(true_k, pred_k, agree, total)`` of the rows left out by labels=, as :func:`_engine.class_metrics` takes."""
    to_out = (ct >= 0) & (cp < 0)
    from_out = (ct < 0) & (cp >= 0)
    true_k = np.bincount(ct[to_out], weights=amount[to_out], minlength=k)[:k]
    pred_k = np.bincount(cp[from_out], weights=amount[from_out], minlength=k)[:k]
    left = (ct < 0) | (cp < 0)
    both = (ct < 0) & (cp < 0) & (agree > 0)
    return true_k, pred_k, float(amount[both].sum()), float(amount[left].sum())


def _suffix(a):
    """``out[k] = a[k:].sum()`` along the last axis, with a trailing 0."""
    out = np.zeros(a.shape[:-1] + (a.shape[-1] + 1,), dtype=a.dtype)
    out[..., :-1] = np.cumsum(a[..., ::-1], axis=-1)[..., ::-1]
    return out


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
