"""Slices of a table that lives in an engine: one matrix per value of a column, from one grouped count.

The build's grouped count (of labels, or of exact score bins) is keyed on the slice column
too; the whole table's matrix is the sum over the slices, and each slice gets its own
:class:`~cm_widget._tables.remote.TableConfusion` over the rows of that slice (its cells
list that slice's ids). A threshold between the edges of some slices costs one more
grouped count for all of them: the rows at or above it per (true class, slice).
"""

from __future__ import annotations

import numpy as np

from .._engine import slices as _slices
from . import remote as _remote
from . import table_build as _build
from .lazy import _is_missing, _py

#: Thresholds whose per-slice counts are kept, most recent last.
_CACHE = 16


class _Keyed:
    """The backend during the build: its grouped counts are also keyed on the slice column (kept here)."""

    def __init__(self, backend, column):
        self._backend = backend
        self._column = column
        self.got = None
        self.scale = None

    def __getattr__(self, name):
        return getattr(self._backend, name)

    def grouped(self, cols, classes, key=None, limit=None):
        # keyed on the slices too: no cap on the rows (the labels' checks still run on them all)
        rows, values = self._backend.grouped(cols, classes, key=self._column)
        self.got = (rows, values)
        return rows

    def score_bins(self, cols, classes, scale, key=None):
        self.got = self._backend.score_bins(cols, classes, scale, key=self._column)
        self.scale = scale
        return self.got


def build(backend, cols, column, *, labels, pos_label, bins, thresholds):
    """``(record, engine, sliced)``: the whole table's record and engine, and its :class:`SlicedTable`."""
    backend.check_columns(cols)
    check_column(backend, column)
    keyed = _Keyed(backend, column)
    record, whole = _build.build(keyed, cols, labels=labels, pos_label=pos_label, bins=bins, thresholds=thresholds)
    whole.backend = backend
    if record.n_excluded:
        raise ValueError(
            f"slices= needs every sample counted, but labels= leaves {record.n_excluded} samples out. Build the "
            f"widget with labels= listing every class (or without labels=), or drop those samples first."
        )
    if cols.y_score is None:
        rows, values = keyed.got
        amount = rows[:, 3]
        values, inverse = values, np.arange(len(values))
    else:
        values, inverse = keyed.got["group"]  # distinct values, and the one of each row
        amount = np.bincount(inverse, weights=keyed.got["n"], minlength=len(values))
    sliced = SlicedTable(backend, cols, whole, column, values, amount, inverse)
    if cols.y_score is None:
        sliced.label_engines(rows)
    else:
        sliced.score_engines(keyed.got, keyed.scale)
    return record, whole, sliced


def check_column(backend, column):
    """Refuse a slices= that is not a column of the table (after the backend read its columns)."""
    if not isinstance(column, str):
        raise TypeError(
            f"slices= on a table in {backend.name} must be the name of one of its columns; got "
            f"{type(column).__name__}. Values in the kernel cannot be matched to the engine's rows: add them to "
            f"the table as a column."
        )
    names = list(backend.schema())
    if column not in names:
        raise ValueError(
            f"slices={column!r} is not a column of the {backend.name} table; its columns are {names[:30]}."
        )


def _codes(values, amount, column):
    """Slice names (sorted by value), the slice of each grouped row, and each slice's value."""
    missing = np.fromiter((_is_missing(v) for v in values), bool, len(values))
    if missing.any():
        raise ValueError(
            f"slices column {column!r} has {int(np.asarray(amount)[missing].sum())} missing values (null/NaN); "
            f"fill them with a value of their own, e.g. 'unknown'."
        )
    names, codes = _slices.encode_slices(np.asarray(values), len(values))
    codes = codes.astype(np.int64)
    _, first = np.unique(codes, return_index=True)  # the first row of each slice
    return names, codes, [_py(values[r]) for r in first.tolist()]


class SlicedTable:
    """Every slice of a table in an engine: its names, an engine per slice, and their counts at a threshold."""

    def __init__(self, backend, cols, whole, column, values, amount, inverse):
        self.backend = backend
        self.cols = cols
        self.whole = whole
        self.column = column
        self.names, codes, self.values = _codes(values, amount, column)
        self._row_slice = codes[inverse]
        self._slice_of = {v: s for s, v in enumerate(self.values)}
        self.engines = []
        self._ge = {}  # threshold -> rows and weights at or above it, (S, 3) each

    def label_engines(self, rows):
        ct, cp = rows[:, 0].astype(np.int64), rows[:, 1].astype(np.int64)
        count, wsum = rows[:, 3].astype(np.int64), rows[:, 4]
        k = self.whole.n_classes
        for s in range(len(self.names)):
            m = self._row_slice == s
            counts = np.zeros((k, k), dtype=np.int64)
            np.add.at(counts, (ct[m], cp[m]), count[m])
            weighted = None
            if self.cols.weight is not None:
                weighted = np.zeros((k, k))
                np.add.at(weighted, (ct[m], cp[m]), wsum[m])
            self.engines.append(
                _remote.TableConfusion(
                    self._slice_backend(s), self.cols, self.whole.classes, counts=counts, weighted=weighted
                )
            )

    def score_engines(self, got, scale):
        whole = self.whole
        lowest = float(whole.edges[0])  # the lowest score (no labels= leaves rows out here)
        for s in range(len(self.names)):
            m = self._row_slice == s
            part = {name: got[name][m] for name in ("code", "key", "n", "w")}
            edges, counts, wsums, ends = _build._edges_and_bins(part, scale, lowest)
            self.engines.append(
                _remote.TableConfusion(
                    self._slice_backend(s),
                    self.cols,
                    whole.classes,
                    pos_index=whole.pos_index,
                    edges=edges,
                    bin_counts=counts,
                    bin_weights=wsums if self.cols.weight is not None else None,
                    bin_ends=ends,
                    score_range=whole.score_range(),
                )
            )

    def _slice_backend(self, s):
        return _SliceBackend(self, s, self.backend.where(self.column, self.values[s]))

    def engine(self, s):
        """The engine of slice ``s`` (its counts, metrics and cells are that slice's)."""
        return self.engines[s]

    def counts(self, threshold=None, abstain=None, top_k=1):
        """(S, K, K) counts of every slice at ``threshold`` (abstain and top-k are for (n, K) scores)."""
        return np.stack([e.counts(threshold) for e in self.engines])

    def between(self, s, threshold, hi):
        """Rows and weights of slice ``s`` per true code with a score in [threshold, hi) (``hi`` an edge of it)."""
        n, w = self._at_or_above(threshold)
        engine = self.engines[s]
        above_n, above_w = np.zeros(3, dtype=np.int64), np.zeros(3)
        if hi is not None:
            k = int(np.searchsorted(engine.edges, hi)) + 1
            above_n = engine._suf[:, k]
            if engine._suf_w is not None:
                above_w = engine._suf_w[:, k]
        return n[s] - above_n, w[s] - above_w

    def _at_or_above(self, threshold):
        if threshold not in self._ge:
            code, groups, n, w = self.backend.at_or_above(self.cols, self.whole.classes, threshold, self.column)
            count, weight = np.zeros((len(self.names), 3), dtype=np.int64), np.zeros((len(self.names), 3))
            for c, g, rows, amount in zip(code, groups, n, w):
                if c >= -1 and not _is_missing(g):
                    s, row = self._slice_of[_py(g)], 2 if c == -1 else int(c)
                    count[s, row] += int(rows)
                    weight[s, row] += float(amount)
            self._ge[threshold] = (count, weight)
            while len(self._ge) > _CACHE:
                self._ge.pop(next(iter(self._ge)))
        return self._ge[threshold]


class _SliceBackend:
    """The backend of one slice: its queries filter on the slice's value; a threshold's count is shared."""

    def __init__(self, sliced, s, backend):
        self._sliced = sliced
        self._s = s
        self._backend = backend

    def __getattr__(self, name):
        return getattr(self._backend, name)

    def between(self, cols, classes, threshold, hi):
        return self._sliced.between(self._s, threshold, hi)
