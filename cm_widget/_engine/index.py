"""The indexes that make a click a slice: cells by sorted ids, binary thresholds by sorted scores."""

from __future__ import annotations

import numpy as np

from .counts import _index_dtype, read_only


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

    def by_score(self, threshold, actual_positive, predicted_positive):
        """Record positions of one of the four cells in ascending score order, equal scores by position."""
        part = 0 if actual_positive else 1
        k = self._split(part, threshold)
        return self._picked(part, k, predicted_positive)

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
