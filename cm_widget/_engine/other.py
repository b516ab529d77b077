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
    item_of = np.empty(k, dtype=np.intp)
    item_of[shown] = np.arange(len(shown))
    item_of[hidden] = len(shown)
    n = len(shown) + (1 if len(hidden) else 0)
    extra = counts.shape[1] - k
    out = np.zeros((n, n + extra), dtype=np.float64 if counts.dtype.kind == "f" else np.int64)
    cols = np.concatenate((item_of, np.arange(n, n + extra)))
    for i in range(k):  # in class order, as the page adds them
        np.add.at(out[item_of[i]], cols, counts[i])
    return out
