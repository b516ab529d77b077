"""Multiclass scores (n, K): abstaining below a top score, and top-k hits.

numpy only. The matrix of (n, K) scores is the argmax one; two options change it:

- ``abstain``: a sample whose top score is below it goes to an extra last
  column, "abstained", so the counts are (K, K + 1). The top scores are sorted
  once; a move of ``abstain`` then counts only the samples that crossed it.
- ``top_k``: a sample whose true class is among its k highest scores counts on
  the diagonal; the others stay at their top-1 prediction. "Among the k
  highest" follows ``sklearn.metrics.top_k_accuracy_score``: scores in
  descending order, ties broken towards the later column. The top-1
  prediction stays numpy's argmax (the first of tied columns), so with tied
  scores a sample can be on the diagonal here and a miss for scikit-learn.
"""

from __future__ import annotations

import numpy as np

from .counts import _index_dtype, class_metrics, confusion_counts, count_dtype, read_only
from .index import CellIndex

ABSTAINED = "abstained"

_CHUNK = 1 << 20


def true_rank(scores, codes_true):
    """How many classes come before the true one in each sample's ranking (0 = top).

    The ranking is scikit-learn's: descending scores, and among equal scores the
    later column first. Computed in chunks of rows so memory stays O(chunk * K).
    """
    n, k = scores.shape
    out = np.empty(n, dtype=np.uint8 if k <= 256 else (np.uint16 if k <= 65536 else np.int32))
    columns = np.arange(k)
    for start in range(0, n, _CHUNK):
        s = scores[start : start + _CHUNK]
        t = codes_true[start : start + _CHUNK].astype(np.intp)
        own = s[np.arange(len(s)), t][:, None]
        before = (s > own) | ((s == own) & (columns > t[:, None]))
        out[start : start + _CHUNK] = before.sum(axis=1)
    return out


class ScoredConfusion:
    """A :class:`cm_widget._engine.Confusion` of argmax predictions, with abstain and top-k.

    Everything not about these two options is the wrapped engine's. ``abstain``
    (None or a number) and ``top_k`` (an int >= 1) are set by the owner; the
    ``threshold`` argument of the engine's methods is accepted and ignored.

    Parameters
    ----------
    base : Confusion
        Its ``codes_pred`` are the argmax of ``scores`` (first column on ties).
    scores : float64 array (n, K)
        One row per sample of ``base``, one column per class.
    """

    def __init__(self, base, scores):
        self.base = base
        self.class_scores = scores
        self.abstain = None
        self.top_k = 1
        self._rank = None
        self._pred = {}  # top_k -> predicted codes
        self._full = {}  # top_k -> (K, K) counts without abstaining
        self._cells = {}  # top_k -> CellIndex
        self._order = None  # samples by ascending top score
        self._top_sorted = None
        self._sorted_ids = {}  # top_k -> cell ids in _order
        self._moving = {}  # top_k -> (split, abstained cell counts) for unweighted moves

    def __getattr__(self, name):
        # Only reached for names this class does not define: the wrapped engine's.
        return getattr(self.__dict__["base"], name)

    # ------------------------------------------------------------ pieces

    @property
    def n_classes(self):
        return self.base.n_classes

    @property
    def active(self):
        return self.abstain is not None or self.top_k > 1

    @property
    def view_key(self):
        """The settings the counts depend on: (abstain, top_k)."""
        return (self.abstain, self.top_k)

    def predictions(self, threshold=None):
        """Predicted class of every sample at ``abstain`` and ``top_k``; K stands for "abstained"."""
        pred = self.predicted(self.top_k)
        if self.abstain is None:
            return pred
        out = pred.astype(np.int64)
        out[self.top_scores() < self.abstain] = self.n_classes
        return out

    @property
    def kernel_only(self):
        """Why a page without a kernel cannot list this view's cells, or None when it can."""
        if not self.active:
            return None
        return (
            f"Saved with abstain={self.abstain!r} and top_k={self.top_k}: samples whose top score is below abstain "
            f"abstained, and a true class among the top {self.top_k} scores counts as right. A live kernel lists "
            f"the cells and moves abstain and top-k; this page shows the counts, and the cell that was selected "
            f"when it was saved, as it was then."
        )

    def predicted(self, top_k=None):
        """Predicted codes at ``top_k``: the true class when it is among the top k, else the argmax."""
        top_k = self.top_k if top_k is None else top_k
        if top_k == 1:
            return self.base.codes_pred
        if top_k not in self._pred:
            if self._rank is None:
                self._rank = true_rank(self.class_scores, self.base.codes_true)
            pred = self.base.codes_pred.copy()
            hit = self._rank < top_k
            pred[hit] = self.base.codes_true[hit]
            self._pred = {top_k: pred}  # one top-k at a time: a new k replaces the old one
            self._full = {k: v for k, v in self._full.items() if k == 1}
            self._cells = {k: v for k, v in self._cells.items() if k == 1}
            self._sorted_ids = {k: v for k, v in self._sorted_ids.items() if k == 1}
            self._moving = {k: v for k, v in self._moving.items() if k == 1}
        return self._pred[top_k]

    def top_scores(self, local=None):
        """Each sample's highest score (of the given record positions, or all)."""
        pred = self.base.codes_pred
        if local is None:
            return self.class_scores[np.arange(len(pred)), pred]
        return self.class_scores[local, pred[local]]

    def _sorted_top(self):
        if self._order is None:
            top = self.top_scores()
            order = np.argsort(top, kind="stable")
            self._top_sorted = top[order]
            self._order = order.astype(_index_dtype(len(order)), copy=False)
        return self._order, self._top_sorted

    def split(self, abstain):
        """How many samples abstain at ``abstain`` (top score below it)."""
        _, top_sorted = self._sorted_top()
        return int(top_sorted.searchsorted(abstain, side="left"))

    def _full_counts(self, top_k):
        if top_k not in self._full:
            self._full[top_k] = confusion_counts(
                self.base.codes_true, self.predicted(top_k), self.n_classes, self.base.weights
            )
        return self._full[top_k]

    def _ids_in_order(self, top_k):
        if top_k not in self._sorted_ids:
            order, _ = self._sorted_top()
            k = self.n_classes
            dtype = np.uint16 if k * k <= 2**16 else np.uint32 if k * k <= 2**32 else np.uint64
            ids = self.base.codes_true[order].astype(dtype)
            ids *= dtype(k)
            ids += self.predicted(top_k)[order].astype(dtype, copy=False)
            self._sorted_ids[top_k] = ids
        return self._sorted_ids[top_k]

    def _abstained_cells(self, top_k, split):
        """(K, K) counts of the abstained samples by (true, top-k prediction)."""
        k = self.n_classes
        ids = self._ids_in_order(top_k)
        weights = self.base.weights
        if weights is not None:
            w = weights[self._order[:split]]
            cells = np.bincount(ids[:split], weights=w, minlength=k * k)
            return cells.reshape(k, k).astype(count_dtype(weights), copy=False)
        last = self._moving.get(top_k)
        if last is None or abs(last[0] - split) > split:
            cells = np.bincount(ids[:split], minlength=k * k)
        else:
            # Only the samples between the old and the new split changed side.
            lo, hi = sorted((last[0], split))
            delta = np.bincount(ids[lo:hi], minlength=k * k)
            cells = last[1] + delta if split > last[0] else last[1] - delta
        self._moving[top_k] = (split, cells)
        return cells.reshape(k, k)

    # ------------------------------------------------------ the engine's API

    def counts(self, threshold=None):
        """(K, K) counts, or (K, K + 1) with the abstained column last when ``abstain`` is set."""
        if not self.active:
            return self.base.counts(threshold)
        full = self._full_counts(self.top_k)
        if self.abstain is None:
            return full
        split = self.split(self.abstain)
        abstained = self._abstained_cells(self.top_k, split)
        if self.base.weights is not None:
            k = self.n_classes
            rest = self._ids_in_order(self.top_k)[split:]
            covered = np.bincount(rest, weights=self.base.weights[self._order[split:]], minlength=k * k)
            covered = covered.reshape(k, k).astype(count_dtype(self.base.weights), copy=False)
        else:
            covered = full - abstained
        return np.concatenate((covered, abstained.sum(axis=1, keepdims=True)), axis=1)

    def metrics(self, threshold=None):
        """Class metrics; abstained samples count in each class's support and in accuracy's total.

        With ``abstain`` set, ``coverage`` is the share of samples (weights) not
        abstained and ``covered_accuracy`` the accuracy among those.
        """
        if not self.active:
            return self.base.metrics(threshold)
        counts = self.counts()
        k = self.n_classes
        square = counts[:, :k]
        outside = self._outside_sums(threshold)
        if self.abstain is not None:
            abstained = counts[:, k].astype(np.float64)
            if outside is None:
                outside = (abstained, np.zeros(k), 0.0, float(abstained.sum()))
            else:
                true_k, pred_k, agree, total = outside
                outside = (true_k + abstained, pred_k, agree, total + float(abstained.sum()))
        out = class_metrics(square, outside)
        if self.abstain is not None:
            covered, total = float(square.sum()), float(counts.sum())
            out["coverage"] = covered / total if total else 0.0
            out["covered_accuracy"] = float(np.trace(square)) / covered if covered else 0.0
        return out

    def _outside_sums(self, threshold):
        """The engine's sums of the samples left out by ``labels=``, less those that abstain.

        Their true class is outside the matrix, so top-k cannot make them hits; an abstained
        one is predicted no class, so it leaves the predicted totals.
        """
        out = self.base.outside
        if out is None or self.abstain is None or out.top_scores is None:
            return self.base._outside_sums(threshold)
        k, w = self.n_classes, out.weights
        predicted = (out.codes_pred >= 0) & (out.top_scores >= self.abstain)
        pred_k = np.bincount(out.codes_pred[predicted], weights=None if w is None else w[predicted], minlength=k)
        true_k = np.zeros(k)  # every score column is a class: only true labels can lie outside
        total = float(len(out.codes_pred) if w is None else w.sum())
        return true_k, pred_k[:k], 0.0, total

    def _cell_index(self):
        top_k = self.top_k
        if top_k not in self._cells:
            self._cells[top_k] = CellIndex(self.base.codes_true, self.predicted(top_k), self.n_classes)
        return self._cells[top_k]

    def _local(self, i, j):
        """Ascending record positions of cell (i, j); column K is the abstained one."""
        k = self.n_classes
        cells = self._cell_index()
        if self.abstain is None:
            return cells.cell(i, j)
        if j < k:
            cell = cells.cell(i, j)
            return cell[self.top_scores(cell) >= self.abstain]
        row = np.concatenate([cells.cell(i, c) for c in range(k)])
        picked = row[self.top_scores(row) < self.abstain]
        picked.sort()
        return picked

    def _rows(self, i, j):
        """Sample positions of cell (i, j) at abstain and top-k, ascending."""
        local = self._local(i, j)
        if self.base.sample_index is not None:
            local = self.base.sample_index[local]
        return local

    def indices(self, i, j, threshold=None):
        """What the cell lists: sample positions, or the ids of an engine of ids."""
        if not self.active:
            return self.base.indices(i, j, threshold)
        rows = self._rows(i, j)
        ids = self.base.ids
        return read_only(rows if ids is None else np.asarray(ids)[rows])

    def page(self, i, j, offset, size, threshold=None):
        if not self.active:
            return self.base.page(i, j, offset, size, threshold)
        cell = self.indices(i, j)
        return len(cell), cell[offset : offset + size]

    def row_page(self, i, j, offset, size, threshold=None):
        """:meth:`page` as sample positions (an engine of ids lists ids in ``page``)."""
        if not self.active:
            return self.base.row_page(i, j, offset, size, threshold)
        rows = self._rows(i, j)
        return len(rows), rows[offset : offset + size]

    def top_range(self):
        """Lowest and highest top score (without sorting them)."""
        if self._top_sorted is not None:
            return float(self._top_sorted[0]), float(self._top_sorted[-1])
        top = self.top_scores()
        return float(top.min()), float(top.max())
