"""Confusion: everything numeric about one classifier output, computed on demand."""

from __future__ import annotations

import numpy as np

from .counts import binary_metrics, class_metrics, confusion_counts, count_dtype, fractional, read_only
from .index import CellIndex, ThresholdIndex


class Confusion:
    """Everything numeric about one classifier's output, computed on demand.

    Parameters
    ----------
    codes_true, codes_pred : int arrays in [0, K)
        ``codes_pred`` may be None when ``scores`` decide the prediction.
    n_classes : int
    weights : float array or None
    scores, pos_index : binary scores of the positive class ``pos_index``
    sample_index : positions of these samples in the user's arrays, or None
    counts : precomputed unweighted counts, or None
    """

    def __init__(
        self,
        codes_true,
        codes_pred,
        n_classes,
        *,
        weights=None,
        scores=None,
        pos_index=None,
        sample_index=None,
        counts=None,
        outside=None,
    ):
        self.outside = outside
        self.codes_true = codes_true
        self.codes_pred = codes_pred
        self.n_classes = n_classes
        self.weights = weights
        self.scores = scores
        self.pos_index = pos_index
        self.sample_index = sample_index
        self._fixed_counts = counts if weights is None else None
        self._cell_index = None
        self._threshold_index = None
        self._first_counts = None

    @classmethod
    def from_record(cls, record):
        """The engine of a validated record (see ``cm_widget._inputs.Record``)."""
        return cls(
            record.codes_true,
            record.codes_pred,
            len(record.classes),
            weights=record.weights,
            scores=record.scores,
            pos_index=record.pos_index,
            sample_index=record.sample_index,
            counts=record.counts,
            outside=record.outside,
        )

    #: What, besides the threshold, the counts of this engine depend on (None: nothing).
    view_key = None

    @property
    def is_binary_scores(self):
        return self.scores is not None

    @property
    def has_samples(self):
        return self.codes_true is not None

    def predictions(self, threshold=None):
        """Predicted class of every kept sample (at ``threshold`` for binary scores)."""
        if not self.is_binary_scores:
            return self.codes_pred
        out = np.full(len(self.scores), self.neg_index, dtype=np.uint8)
        out[self.scores >= np.float64(threshold)] = self.pos_index
        return out

    def drop_indexes(self):
        """Forget the cell and threshold indexes (they are rebuilt when asked for)."""
        self._cell_index = self._threshold_index = None

    @property
    def neg_index(self):
        return 1 - self.pos_index

    @property
    def threshold_index(self):
        if self._threshold_index is None:
            self._threshold_index = ThresholdIndex(
                self.scores, self.codes_true, self.pos_index, self.weights, self.sample_index
            )
        return self._threshold_index

    def counts(self, threshold=None):
        """(K, K) counts; at ``threshold`` for binary scores."""
        if self.is_binary_scores:
            return self._binary_counts(threshold)
        if self._fixed_counts is None:
            self._fixed_counts = confusion_counts(self.codes_true, self.codes_pred, self.n_classes, self.weights)
        return self._fixed_counts

    def _binary_counts(self, threshold):
        if self._threshold_index is None:
            # Before the threshold ever moves, one vectorised pass is cheaper
            # than sorting; the sorted index is built when it pays.
            if self._first_counts is not None and self._first_counts[0] == threshold:
                return self._first_counts[1]
            if self._first_counts is None:
                pred = np.where(self.scores >= threshold, self.pos_index, self.neg_index)
                out = confusion_counts(self.codes_true, pred, 2, self.weights)
                self._first_counts = (threshold, out)
                return out
        tp, fp, fn, tn = self.threshold_index.counts(threshold)
        out = np.zeros((2, 2), dtype=count_dtype(self.weights))
        p, q = self.pos_index, self.neg_index
        out[p, p], out[q, p], out[p, q], out[q, q] = tp, fp, fn, tn
        return out

    def metrics(self, threshold=None):
        """:func:`class_metrics` at ``threshold``, counting the samples left out by ``labels=``."""
        return class_metrics(self.counts(threshold), self._outside_sums(threshold))

    def _outside_sums(self, threshold):
        out = self.outside
        if out is None:
            return None
        k, w = self.n_classes, out.weights
        if out.codes_pred is None:  # binary scores decide the left-out samples' prediction
            pred = np.where(out.scores >= threshold, self.pos_index, self.neg_index)
        else:
            pred = out.codes_pred
        to_out = (out.codes_true >= 0) & (pred < 0)
        true_k = np.bincount(out.codes_true[to_out], weights=None if w is None else w[to_out], minlength=k)
        from_out = (out.codes_true < 0) & (pred >= 0)
        pred_k = np.bincount(pred[from_out], weights=None if w is None else w[from_out], minlength=k)
        agree = float(out.agree.sum() if w is None else w[out.agree].sum())
        total = float(len(pred) if w is None else w.sum())
        return true_k[:k], pred_k[:k], agree, total

    def binary(self, threshold):
        """Binary rates at ``threshold`` (scores only)."""
        c = self._binary_counts(threshold)
        p, q = self.pos_index, self.neg_index
        return binary_metrics(c[p, p], c[q, p], c[p, q], c[q, q], weighted=fractional(self.weights))

    def indices(self, i, j, threshold=None):
        """Ascending positions (in the user's arrays) of the samples in cell (i, j)."""
        if not self.has_samples:
            return np.empty(0, dtype=np.int64)
        if self.is_binary_scores:
            return self.threshold_index.members(threshold, i == self.pos_index, j == self.pos_index)
        if self._cell_index is None:
            self._cell_index = CellIndex(self.codes_true, self.codes_pred, self.n_classes)
        local = self._cell_index.cell(i, j)
        if self.sample_index is not None:
            local = self.sample_index[local]
        return read_only(local)

    def row_page(self, i, j, offset, size, threshold=None):
        """:meth:`page` as sample positions (an engine that lists ids gives their rows here)."""
        return self.page(i, j, offset, size, threshold)

    def page(self, i, j, offset, size, threshold=None):
        """``(total, positions[offset:offset + size])`` of cell (i, j), positions ascending.

        A page must not cost a sort of the whole cell: a multiclass cell is a
        slice of the cell index; so is a binary cell already listed at this
        threshold; a binary cell that is a large share of the data is found by
        scanning the samples in order until the page is full, and a small one
        (or a page deep in a cell) is listed, which caches it.
        """
        if not self.has_samples:
            return 0, np.empty(0, dtype=np.int64)
        if not self.is_binary_scores:
            cell = self.indices(i, j)
            return len(cell), cell[offset : offset + size]
        index = self.threshold_index
        actual, predicted = i == self.pos_index, j == self.pos_index
        total = index.size(threshold, actual, predicted)
        wanted = min(offset + size, total)
        cell = index.cached(threshold, actual, predicted)
        if cell is None and total * total <= 4 * len(self.scores) * max(wanted, 1):
            cell = index.members(threshold, actual, predicted)
        if cell is not None:
            return total, cell[offset : offset + size]
        local = self._scan(actual, predicted, threshold, wanted)[offset : offset + size]
        if self.sample_index is not None:
            local = self.sample_index[local]
        return total, local

    def _scan(self, actual, predicted, threshold, wanted):
        """The first ``wanted`` positions of a binary cell, scanning in chunks."""
        code = self.pos_index if actual else self.neg_index
        found, start, chunk = [], 0, 4096
        count = 0
        while count < wanted and start < len(self.scores):
            stop = start + chunk
            hit = (self.codes_true[start:stop] == code) & ((self.scores[start:stop] >= threshold) == predicted)
            idx = np.flatnonzero(hit) + start
            found.append(idx)
            count += len(idx)
            start, chunk = stop, chunk * 2
        return np.concatenate(found) if found else np.empty(0, dtype=np.int64)

    def score_range(self):
        return float(self.scores.min()), float(self.scores.max())
