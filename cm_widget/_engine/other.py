"""Top-N views: the first N classes of the display order, and one "(other)" row and column that
gather every other class, so that each row and column still adds up to the full matrix's totals.

numpy only. Positions are class positions ("class space"); the order is the display order.
"""

from __future__ import annotations

import numpy as np

#: The name of the row and column that gather the hidden classes.
OTHER = "(other)"


def split(order, top):
    """``(shown, hidden)`` class positions: the first ``top`` of ``order`` and the rest, in order."""
    order = np.asarray(order, dtype=np.intp)
    if top is None:
        return order, order[:0]
    return order[:top], order[top:]


def display_counts(counts, order, top):
    """The counts drawn: rows and columns in ``order``, the hidden ones summed into a last "(other)"
    row and column (none when nothing is hidden); an abstained column (``counts`` (K, K + 1)) stays last.

    Each displayed cell is the sum of its classes' cells, added row by row in display order, as the
    page adds them (js/order/display.js ``itemCounts``).
    """
    counts = np.asarray(counts)
    k = counts.shape[0]
    shown, hidden = split(order, top)
    extra = list(range(k, counts.shape[1]))
    dtype = np.float64 if counts.dtype.kind == "f" else np.int64
    if not len(hidden):
        return counts[np.ix_(shown, np.concatenate((shown, extra)).astype(np.intp))].astype(dtype)
    n = len(shown) + 1
    rest = np.sort(hidden)  # the page adds the gathered classes in class order
    c = counts.astype(dtype, copy=False)
    out = np.zeros((n, n + len(extra)), dtype=dtype)
    cols = np.concatenate((shown, extra)).astype(np.intp)
    out[:-1, : n - 1] = c[np.ix_(shown, shown)]
    out[:-1, n:] = c[np.ix_(shown, extra)]
    # sums added one after the other in class order (cumsum is sequential), as the page adds them
    out[:-1, n - 1] = np.cumsum(c[np.ix_(shown, rest)], axis=1)[:, -1]
    below = np.cumsum(c[np.ix_(rest, cols)], axis=0)[-1]
    out[-1, : n - 1], out[-1, n:] = below[: n - 1], below[n - 1 :]
    out[-1, n - 1] = np.cumsum(c[np.ix_(rest, rest)].ravel())[-1]
    return out
