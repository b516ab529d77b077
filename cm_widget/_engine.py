"""The numbers: counts, normalisation, cell and threshold indexes, metrics.

numpy only; nothing here knows about widgets or traitlets. Rows are true
classes, columns predicted classes, as in scikit-learn.
"""

from __future__ import annotations

import numpy as np

NORMALIZE_CHOICES = (None, "true", "pred", "all")


def _index_dtype(n):
    return np.int32 if n < 2**31 else np.int64


def read_only(a):
    """A read-only view of ``a``: callers cannot write into the engine's arrays."""
    a = a.view()
    a.flags.writeable = False
    return a


def confusion_counts(codes_true, codes_pred, n_classes, weights=None):
    """(K, K) counts by a single ``np.bincount`` over cell ids."""
    ids = np.multiply(codes_true, n_classes, dtype=np.intp)
    ids += codes_pred
    out = np.bincount(ids, weights=weights, minlength=n_classes * n_classes)
    return out.reshape(n_classes, n_classes)


def normalize(counts, how):
    """Normalise like ``sklearn.metrics.confusion_matrix``: an all-zero row or column gives 0."""
    if how is None:
        return counts
    cm = counts.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        if how == "true":
            cm = cm / cm.sum(axis=1, keepdims=True)
        elif how == "pred":
            cm = cm / cm.sum(axis=0, keepdims=True)
        elif how == "all":
            cm = cm / cm.sum()
        else:
            raise ValueError(f"normalize must be one of {NORMALIZE_CHOICES}; got {how!r}.")
    return np.nan_to_num(cm, nan=0.0, posinf=0.0, neginf=0.0)


def _safe_divide(num, den):
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def class_metrics(counts, outside=None):
    """Per-class precision, recall, F1, support; accuracy and averages.

    Zero divisions give 0, as scikit-learn's ``zero_division=0``. ``outside`` is
    ``(true_k, pred_k, agree, total)`` for samples whose label lies outside the
    matrix's classes: ``true_k[k]`` of class k were predicted outside them,
    ``pred_k[k]`` predicted k came from outside them, ``agree`` of the rest were
    right, of ``total`` left out. scikit-learn's metrics with ``labels=`` count
    them, so these do: support and predicted totals include them, and accuracy
    is over every sample. Balanced accuracy is the mean recall of the classes
    that occur.
    """
    counts = np.asarray(counts, dtype=np.float64)
    tp = np.diag(counts)
    support = counts.sum(axis=1)
    predicted = counts.sum(axis=0)
    correct, total = tp.sum(), counts.sum()
    if outside is not None:
        true_k, pred_k, agree, left_out = outside
        support = support + true_k
        predicted = predicted + pred_k
        correct, total = correct + agree, total + left_out
    precision = _safe_divide(tp, predicted)
    recall = _safe_divide(tp, support)
    f1 = _safe_divide(2 * tp, support + predicted)
    present = support > 0
    weights = _safe_divide(support, support.sum())
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "support": support,
        "accuracy": float(_safe_divide(correct, total)),
        "balanced_accuracy": float(recall[present].mean()) if present.any() else 0.0,
        "macro": {k: float(v.mean()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))},
        "weighted": {k: float((v * weights).sum()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))},
    }


def binary_metrics(tp, fp, fn, tn, weighted=False):
    """Rates of a 2x2 matrix at one threshold; zero divisions give 0.

    Counts are ints unless ``weighted``, so they compare with the matrix's dtype.
    """
    counts = tuple(float(v) if weighted else int(v) for v in (tp, fp, fn, tn))
    tp, fp, fn, tn = (float(v) for v in (tp, fp, fn, tn))
    precision = float(_safe_divide(tp, tp + fp))
    tpr = float(_safe_divide(tp, tp + fn))
    den = np.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return {
        **dict(zip(("tp", "fp", "fn", "tn"), counts)),
        "tpr": tpr,
        "fpr": float(_safe_divide(fp, fp + tn)),
        "specificity": float(_safe_divide(tn, tn + fp)),
        "precision": precision,
        "f1": float(_safe_divide(2 * tp, 2 * tp + fp + fn)),
        "mcc": float(_safe_divide(tp * tn - fp * fn, den)),
    }


class CellIndex:
    """Sample positions grouped by cell, so a cell's samples are one slice.

    A stable sort of the cell ids keeps each cell's samples in ascending
    order. Ids that fit 16 bits take numpy's radix sort.
    """

    def __init__(self, codes_true, codes_pred, n_classes):
        n_cells = n_classes * n_classes
        id_dtype = np.uint16 if n_cells <= 2**16 else (np.uint32 if n_cells <= 2**32 else np.uint64)
        ids = codes_true.astype(id_dtype)
        ids *= id_dtype(n_classes)
        ids += codes_pred.astype(id_dtype, copy=False)
        self.n_classes = n_classes
        order = np.argsort(ids, kind="stable")
        self.order = order.astype(_index_dtype(len(order)), copy=False)
        self.offsets = np.zeros(n_cells + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=n_cells), out=self.offsets[1:])

    def cell(self, i, j):
        c = i * self.n_classes + j
        return self.order[self.offsets[c]:self.offsets[c + 1]]


class ThresholdIndex:
    """Binary scores sorted once per true class; a threshold is two ``searchsorted``.

    A sample is predicted positive when ``score >= threshold``. With the scores
    of the actual positives sorted, those below the threshold (false
    negatives) are a prefix and the rest (true positives) the suffix; likewise
    for the actual negatives (true negatives, false positives).

    Counts need only the sorted scores, which ``np.sort`` gives several times
    faster than an ``argsort``; the order of the samples themselves (to list a
    cell's members) is built the first time a cell is asked for, unless weights
    need it at once for their cumulative sums.
    """

    def __init__(self, scores, is_positive, weights=None):
        self._scores = scores
        self._masks = (is_positive, ~is_positive)
        self._sorted, self._members, self._cum = [], [None, None], [None, None]
        for part, mask in enumerate(self._masks):
            if weights is None:
                s = scores[mask]
                s.sort()
            else:
                s = self._order(part)
                self._cum[part] = np.zeros(len(s) + 1)
                np.cumsum(weights[self._members[part]], out=self._cum[part][1:])
            self._sorted.append(s)

    def _order(self, part):
        """Sample positions of one true class in score order; returns their sorted scores."""
        members = np.flatnonzero(self._masks[part]).astype(_index_dtype(len(self._scores)))
        s = self._scores[members]
        order = np.argsort(s)
        self._members[part] = members[order]
        return s[order]

    def _split(self, part, threshold):
        return int(np.searchsorted(self._sorted[part], threshold, side="left"))

    def counts(self, threshold):
        """(tp, fp, fn, tn) at ``threshold``, weighted when weights were given."""
        out = []
        for part in (0, 1):
            k, cum = self._split(part, threshold), self._cum[part]
            if cum is None:
                below, above = k, len(self._sorted[part]) - k
            else:
                below, above = cum[k], cum[-1] - cum[k]
            out.append((above, below))
        (tp, fn), (fp, tn) = out
        return tp, fp, fn, tn

    def _picked(self, threshold, actual_positive, predicted_positive):
        part = 0 if actual_positive else 1
        if self._members[part] is None:
            self._order(part)
        k = self._split(part, threshold)
        members = self._members[part]
        return members[k:] if predicted_positive else members[:k]

    def members(self, threshold, actual_positive, predicted_positive):
        """Ascending sample positions of one of the four cells."""
        return np.sort(self._picked(threshold, actual_positive, predicted_positive))

    def size(self, threshold, actual_positive, predicted_positive):
        part = 0 if actual_positive else 1
        k = self._split(part, threshold)
        return len(self._sorted[part]) - k if predicted_positive else k


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

    def __init__(self, codes_true, codes_pred, n_classes, *, weights=None, scores=None, pos_index=None,
                 sample_index=None, counts=None, outside=None):
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

    @property
    def is_binary_scores(self):
        return self.scores is not None

    @property
    def has_samples(self):
        return self.codes_true is not None

    @property
    def neg_index(self):
        return 1 - self.pos_index

    @property
    def threshold_index(self):
        if self._threshold_index is None:
            is_pos = self.codes_true == self.pos_index
            self._threshold_index = ThresholdIndex(self.scores, is_pos, self.weights)
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
        dtype = np.float64 if self.weights is not None else np.int64
        out = np.zeros((2, 2), dtype=dtype)
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
        return binary_metrics(c[p, p], c[q, p], c[p, q], c[q, q], weighted=self.weights is not None)

    def indices(self, i, j, threshold=None):
        """Ascending positions (in the user's arrays) of the samples in cell (i, j)."""
        if not self.has_samples:
            return np.empty(0, dtype=np.int64)
        if self.is_binary_scores:
            local = self.threshold_index.members(threshold, i == self.pos_index, j == self.pos_index)
        else:
            if self._cell_index is None:
                self._cell_index = CellIndex(self.codes_true, self.codes_pred, self.n_classes)
            local = self._cell_index.cell(i, j)
        if self.sample_index is not None:
            local = self.sample_index[local]
        return read_only(local)

    def page(self, i, j, offset, size, threshold=None):
        """``(total, positions[offset:offset + size])`` of cell (i, j), positions ascending.

        A page must not cost a sort of the whole cell: a multiclass cell is a
        slice of the cell index; a binary cell that is a large share of the
        data is found by scanning the samples in order until the page is full,
        and a small one is sorted (it is small).
        """
        if not self.has_samples:
            return 0, np.empty(0, dtype=np.int64)
        if not self.is_binary_scores:
            cell = self.indices(i, j)
            return len(cell), cell[offset:offset + size]
        actual, predicted = i == self.pos_index, j == self.pos_index
        total = self.threshold_index.size(threshold, actual, predicted)
        n = len(self.scores)
        wanted = min(offset + size, total)
        if total * total <= 4 * n * max(wanted, 1):
            local = self.threshold_index.members(threshold, actual, predicted)[offset:offset + size]
        else:
            local = self._scan(actual, predicted, threshold, wanted)[offset:offset + size]
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
