"""The numbers: counts, normalisation, cell and threshold indexes, metrics.

numpy only; nothing here knows about widgets or traitlets. Rows are true
classes, columns predicted classes, as in scikit-learn.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np

NORMALIZE_CHOICES = (None, "true", "pred", "all")


def _index_dtype(n):
    return np.int32 if n < 2**31 else np.int64


def read_only(a):
    """A read-only view of ``a``: callers cannot write into the engine's arrays."""
    a = a.view()
    a.flags.writeable = False
    return a


def count_dtype(weights):
    """The dtype of counts, as scikit-learn's ``confusion_matrix`` has it.

    int64 for samples counted one by one or by whole weights (integers, bools:
    the door keeps those as int64 while their sums are exact in float64), float64
    for sums of float weights.
    """
    return np.float64 if fractional(weights) else np.int64


def fractional(weights):
    """Whether counts are sums of float weights (shown with decimals) rather than whole numbers."""
    if weights is None:
        return False
    dtype = getattr(weights, "dtype", None)
    return dtype is None or dtype.kind == "f"  # a table engine holds its weight column's name: float sums


def confusion_counts(codes_true, codes_pred, n_classes, weights=None):
    """(K, K) counts by a single ``np.bincount`` over cell ids."""
    ids = np.multiply(codes_true, n_classes, dtype=np.intp)
    ids += codes_pred
    out = np.bincount(ids, weights=weights, minlength=n_classes * n_classes)
    return out.reshape(n_classes, n_classes).astype(count_dtype(weights), copy=False)


def normalize(counts, how, totals=None):
    """Normalise like ``sklearn.metrics.confusion_matrix``: an all-zero row or column gives 0.

    ``totals`` = ``(rows, cols, all)`` divides by those instead of the matrix's own sums:
    a multi-label matrix counts a sample in several cells of a row, so its rows are
    divided by the samples with each true label (see ``_multilabel``).
    """
    if how is None:
        return counts
    cm = counts.astype(np.float64)
    rows, cols, total = (cm.sum(axis=1), cm.sum(axis=0), cm.sum()) if totals is None else totals
    with np.errstate(divide="ignore", invalid="ignore"):
        if how == "true":
            cm = cm / np.asarray(rows, dtype=np.float64)[:, None]
        elif how == "pred":
            cm = cm / np.asarray(cols, dtype=np.float64)[None, :]
        elif how == "all":
            cm = cm / float(total)
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
        "weighted": {
            k: float((v * weights).sum()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))
        },
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
        return self.order[self.offsets[c] : self.offsets[c + 1]]


def _ordered_keys(values):
    """uint64 keys in the order of the float64 ``values`` (overwritten): a < b gives key(a) < key(b).

    Non-negative floats already compare as their bit patterns; with negatives
    (or -0.0, which sorts just before +0.0), flipping the sign bit of the
    others and every bit of the negatives makes all of them do so.
    """
    keys = values.view(np.uint64)
    if keys.max() >> np.uint64(63):
        flip = keys >> np.uint64(63)
        flip *= np.uint64(0x7FFF_FFFF_FFFF_FFFF)
        flip |= np.uint64(0x8000_0000_0000_0000)
        keys ^= flip
    return keys


def _ranges(starts, stops):
    """Concatenated ``arange(start, stop)`` for each pair."""
    lengths = stops - starts
    before = np.cumsum(lengths) - lengths
    return np.repeat(starts - before, lengths) + np.arange(lengths.sum())


def _score_order(scores, members):
    """``members`` (ascending positions) reordered by their scores; ties in any order.

    One ``np.sort`` of uint64 keys instead of an ``argsort`` (several times
    slower): the high bits of a key are the score's order-preserving bits,
    the low bits the position. Dropping low score bits can only merge
    neighbours into a run of equal keys, so the result is exact once each
    run whose scores step down is re-sorted by its full float64 scores; such
    runs are rare (scores a few ulps apart).
    """
    if len(members) == 0:
        return np.empty(0, dtype=np.int32)
    shift = np.uint64(max(int(members[-1]).bit_length(), 1))
    low = (np.uint64(1) << shift) - np.uint64(1)
    keys = _ordered_keys(scores[members])
    keys &= ~low
    keys |= members.view(np.uint64)
    keys.sort()
    if shift <= 31:  # int32 positions: narrow first (the cast keeps the low 32 bits), then mask
        order = keys.astype(np.uint32)
        order &= np.uint32(low)
        order = order.view(np.int32)
    else:
        order = np.bitwise_and(keys, low).astype(np.int64)
    keys >>= shift
    same = keys[1:] == keys[:-1]
    del keys
    pairs = np.flatnonzero(same)
    if len(pairs):
        down = pairs[scores[order[pairs + 1]] < scores[order[pairs]]]
        if len(down):
            starts = np.flatnonzero(np.concatenate(([True], ~same)))
            runs = np.unique(np.searchsorted(starts, down, side="right") - 1)
            stops = np.append(starts[1:], len(order))[runs]
            # Runs are in score order already, so one sort over all their slots keeps them apart.
            slots = _ranges(starts[runs], stops)
            picked = order[slots]
            order[slots] = picked[np.argsort(scores[picked], kind="stable")]
    return order


class ThresholdIndex:
    """Binary scores ordered once per true class; a threshold is a ``searchsorted``.

    A sample is predicted positive when ``score >= threshold``. With the
    samples of the actual positives in score order, those below the threshold
    (false negatives) are a prefix and the rest (true positives) the suffix;
    likewise for the actual negatives (true negatives, false positives).

    Counts need only each class's sorted scores (``np.sort``, 8 bytes per
    sample). The sample order of a class is built the first time one of its
    cells is listed (at once with weights, for their sums); it then replaces
    the sorted scores: every ``block``-th score in that order (a fence)
    narrows a threshold to one block, read through the order in float64, so
    counts stay exact. Per sample that is the order (int32, 4 bytes) and the
    listed cells' ascending positions (int64, 8 bytes over all four cells).

    A listed cell is cached with its split. Asked again at the same split it is
    the same array; after a small threshold move the samples that crossed are
    sorted (few) and merged in or taken out; otherwise it is listed again,
    from its mask when large (the cost of ``np.flatnonzero``, no sort).
    """

    block = 64

    def __init__(self, scores, codes, pos_code, weights=None, positions=None):
        self._scores = scores
        self._codes, self._pos_code = codes, pos_code
        self._weights = weights
        self._positions = positions
        self._n = len(scores)
        self._sorted, self._order = [None, None], [None, None]
        self._fences, self._block_sums = [None, None], [None, None]
        is_positive = codes == pos_code
        for part, mask in enumerate((is_positive, ~is_positive)):
            if weights is None:
                self._sorted[part] = scores[mask]
                self._sorted[part].sort()
            else:
                self._build_order(part, mask)
        self._cells = {}

    def _part_mask(self, part):
        return self._codes == self._pos_code if part == 0 else self._codes != self._pos_code

    def _build_order(self, part, mask):
        order = _score_order(self._scores, np.flatnonzero(mask))
        self._order[part] = order
        self._fences[part] = self._scores[order[:: self.block]]
        if self._weights is not None:
            sums = np.zeros(len(self._fences[part]) + 1)
            if len(order):
                np.cumsum(np.add.reduceat(self._weights[order], np.arange(0, len(order), self.block)), out=sums[1:])
            self._block_sums[part] = sums
        self._sorted[part] = None  # the order and its fences answer for it now

    def _ordered(self, part):
        if self._order[part] is None:
            self._build_order(part, self._part_mask(part))
        return self._order[part]

    def ascending(self, part):
        """``(scores, weights)`` of ``part`` (0: the actual positives, 1: the rest) in ascending score order.

        Read off the index (its sorted scores, or a gather through its order): never a
        sort. Ties keep ascending sample order when the order is built (always with
        weights); ``weights`` is None when unweighted.
        """
        order = self._order[part]
        if order is None:
            return self._sorted[part], None
        return self._scores[order], None if self._weights is None else self._weights[order]

    @property
    def nbytes(self):
        """Bytes of the arrays this index holds (scores, codes, weights and positions are the caller's)."""
        held = [*self._sorted, *self._order, *self._fences, *self._block_sums]
        held += [cell for _, cell in self._cells.values()]
        return sum(a.nbytes for a in held if a is not None)

    def _size(self, part):
        return len(self._sorted[part] if self._order[part] is None else self._order[part])

    def _split(self, part, threshold):
        """How many samples of ``part`` score below ``threshold``."""
        # Methods, not np.searchsorted: a drag calls this twice per move, and the wrapper costs more than the search.
        if self._order[part] is None:
            return int(self._sorted[part].searchsorted(threshold, side="left"))
        f = int(self._fences[part].searchsorted(threshold, side="left"))
        if f == 0:
            return 0
        lo = (f - 1) * self.block
        block = self._scores[self._order[part][lo : lo + self.block]]
        return lo + int(block.searchsorted(threshold, side="left"))

    def _weights_around(self, part, k):
        """Total weight below and above the split ``k``, each from whole blocks plus one part-block.

        Summing each side on its own keeps an empty side exactly 0.
        """
        sums, order = self._block_sums[part], self._order[part]
        down, up = k // self.block, -(-k // self.block)
        below = sums[down] + self._weights[order[down * self.block : k]].sum()
        above = sums[-1] - sums[up] + self._weights[order[k : up * self.block]].sum()
        return below, above

    def counts(self, threshold):
        """(tp, fp, fn, tn) at ``threshold``, weighted when weights were given."""
        out = []
        for part in (0, 1):
            k = self._split(part, threshold)
            if self._weights is None:
                below, above = k, self._size(part) - k
            else:
                below, above = self._weights_around(part, k)
            out.append((above, below))
        (tp, fn), (fp, tn) = out
        return tp, fp, fn, tn

    def _place(self, local):
        """Sample positions (int64) of record positions."""
        if self._positions is not None:
            return self._positions[local]
        return local.astype(np.int64, copy=False)

    def _picked(self, part, k, predicted_positive):
        order = self._ordered(part)
        return order[k:] if predicted_positive else order[:k]

    def members(self, threshold, actual_positive, predicted_positive):
        """Ascending sample positions (read-only int64) of one of the four cells."""
        part = 0 if actual_positive else 1
        self._ordered(part)  # a listed class keeps its order, not its sorted scores
        k = self._split(part, threshold)
        key = (part, bool(predicted_positive))
        cached = self._cells.get(key)
        if cached is None or cached[0] != k:
            cell = self._moved(part, k, key[1], cached) if cached is not None else None
            if cell is None:
                cell = self._listed(part, k, key[1], threshold)
            cell.flags.writeable = False
            self._cells[key] = (k, cell)
        return read_only(self._cells[key][1])

    def _listed(self, part, k, predicted_positive, threshold):
        """Ascending positions of a cell: its members sorted when few, else its mask read in order."""
        picked = self._picked(part, k, predicted_positive)
        if len(picked) * 16 <= self._n:
            return self._place(np.sort(picked))
        # The same float64 comparison as the split, so this is exactly order[k:] (or [:k]).
        mask = self._part_mask(part)
        mask &= (self._scores >= threshold) if predicted_positive else (self._scores < threshold)
        return self._place(np.flatnonzero(mask))

    def _moved(self, part, k, predicted_positive, cached):
        """The cached cell patched from its split to ``k``, or None when too much moved."""
        k0, cell = cached
        lo, hi = min(k0, k), max(k0, k)
        if (hi - lo) * 16 > self._n:
            return None
        crossed = self._place(np.sort(self._order[part][lo:hi]))
        # The positive cell is the suffix from the split: it grows when the split moves down.
        if (k < k0) == predicted_positive:
            return np.insert(cell, np.searchsorted(cell, crossed), crossed)
        return np.delete(cell, np.searchsorted(cell, crossed))

    def cached(self, threshold, actual_positive, predicted_positive):
        """The cell if it is already listed at this threshold's split, else None."""
        part = 0 if actual_positive else 1
        found = self._cells.get((part, bool(predicted_positive)))
        if found is None or found[0] != self._split(part, threshold):
            return None
        return read_only(found[1])

    def size(self, threshold, actual_positive, predicted_positive):
        part = 0 if actual_positive else 1
        k = self._split(part, threshold)
        return self._size(part) - k if predicted_positive else k


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


@runtime_checkable
class Engine(Protocol):
    """What every engine answers: :class:`Confusion`, ``ScoredConfusion`` (abstain, top-k),
    ``MultilabelConfusion``, the table engines (``TableConfusion``, ``IdConfusion``).

    Cells are addressed by class position ``(i, j)``; ``threshold`` is the binary threshold, ignored
    by engines without binary scores. Returned arrays are read-only or copies.
    """

    n_classes: int
    weights: np.ndarray | None

    @property
    def view_key(self) -> Any:
        """The settings besides the threshold that the counts depend on (None: none)."""

    @property
    def has_samples(self) -> bool:
        """Whether cells list samples (a matrix from counts has none)."""

    @property
    def is_binary_scores(self) -> bool:
        """Whether a threshold decides the predictions."""

    def counts(self, threshold: float | None = None) -> np.ndarray:
        """(K, K) counts, (K, K + 1) with an abstained column."""

    def metrics(self, threshold: float | None = None) -> dict[str, Any]:
        """Per-class and summary metrics (:func:`class_metrics`)."""

    def indices(self, i: int, j: int, threshold: float | None = None) -> np.ndarray:
        """The cell's samples, ascending (or its ids)."""

    def page(self, i: int, j: int, offset: int, size: int, threshold: float | None = None) -> tuple[int, np.ndarray]:
        """(cell size, ``size`` of its samples from ``offset``)."""

    def row_page(
        self, i: int, j: int, offset: int, size: int, threshold: float | None = None
    ) -> tuple[int, np.ndarray]:
        """:meth:`page` as sample positions (what previews are looked up by)."""

    def drop_indexes(self) -> None:
        """Forget the indexes built for clicks and thresholds."""
