"""Costs of errors and queue rates: the threshold of least expected cost, the threshold that flags a share,
and the expected cost of a matrix under a cost matrix.

numpy only. The binary functions read the curve points of ``_engine.curves.curve_points``
(``thresholds`` descending, the positives ``tps`` and negatives ``fps`` at or above each, weighted
when the scores are), which come from the engine's threshold index in one merge and one cumulative
sum: no other sort. The candidate thresholds are every distinct score (of nonzero weight) plus the
end where nothing is positive, so the least cost found is exact over every threshold: between two
distinct scores the matrix does not change.
"""

from __future__ import annotations

import numbers

import numpy as np

#: The end of the candidates where nothing is predicted positive (above every score).
NOTHING = np.inf


def _real(value, name, example, *, low=None):
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, e.g. {name}={example}; got {type(value).__name__} {value!r}.")
    value = float(value)
    if not np.isfinite(value) or (low is not None and value < low):
        where = "a finite number" if low is None else f"a finite number >= {low:g}"
        raise ValueError(f"{name} must be {where}, e.g. {name}={example}; got {value!r}.")
    return value


def check_binary_costs(cost_fp, cost_fn):
    """``(cost_fp, cost_fn)`` as floats: finite and non-negative, both given."""
    if cost_fp is None or cost_fn is None:
        missing = "cost_fp" if cost_fp is None else "cost_fn"
        raise TypeError(
            f"threshold_for needs both cost_fp= (the cost of a false positive) and cost_fn= (of a false negative); "
            f"{missing} is missing. E.g. threshold_for(cost_fp=1, cost_fn=10)."
        )
    return _real(cost_fp, "cost_fp", 1, low=0.0), _real(cost_fn, "cost_fn", 10, low=0.0)


def check_rate(rate):
    """``rate`` as a float in [0, 1]."""
    rate = _real(rate, "rate", 0.05)
    if not 0 <= rate <= 1:
        raise ValueError(f"rate must be a share between 0 and 1 (0.05 flags the top 5%); got {rate!r}.")
    return rate


def candidates(thresholds, tps, fps):
    """``(thresholds, tp, fp)`` of every candidate: the end where nothing is positive, then each distinct score.

    ``thresholds`` start with :data:`NOTHING` (+inf) and descend; ``tp`` and ``fp`` are the
    (weighted) positives and negatives predicted positive there, float64.
    """
    t = np.concatenate(([NOTHING], np.asarray(thresholds, dtype=np.float64)))
    tp = np.concatenate(([0.0], np.asarray(tps, dtype=np.float64)))
    fp = np.concatenate(([0.0], np.asarray(fps, dtype=np.float64)))
    return t, tp, fp


def _totals(tp, fp, pos, neg, cost_tn, cost_fp, cost_fn, cost_tp):
    """``cost_fp * FP + cost_fn * FN (+ cost_tp * TP + cost_tn * TN)`` elementwise, float64, in this order."""
    total = np.multiply(fp, cost_fp, dtype=np.float64)
    fn = np.subtract(pos, tp, dtype=np.float64)
    fn *= cost_fn
    total += fn
    del fn
    if cost_tp:
        total += np.multiply(tp, cost_tp, dtype=np.float64)
    if cost_tn:
        tn = np.subtract(neg, fp, dtype=np.float64)
        tn *= cost_tn
        total += tn
    return total


def binary_costs(thresholds, tps, fps, cost_tn=0.0, cost_fp=1.0, cost_fn=1.0, cost_tp=0.0):
    """``(thresholds, total_cost, total_weight)`` at every candidate of :func:`candidates`.

    The total cost is ``cost_tn * TN + cost_fp * FP + cost_fn * FN + cost_tp * TP`` with the
    (weighted) counts at that threshold; divide by ``total_weight`` for the expected cost per sample.
    """
    t, tp, fp = candidates(thresholds, tps, fps)
    pos, neg = tp[-1], fp[-1]
    return t, _totals(tp, fp, pos, neg, cost_tn, cost_fp, cost_fn, cost_tp), pos + neg


def least_cost(thresholds, tps, fps, cost_tn=0.0, cost_fp=1.0, cost_fn=1.0, cost_tp=0.0):
    """``(threshold, total_cost, position)`` of the least total cost over every candidate.

    Ties (equal float64 totals) go to the highest threshold: the fewest samples flagged
    positive. ``threshold`` is :data:`NOTHING` (+inf) when flagging nothing costs least;
    ``position`` is the candidate's index in :func:`candidates` (0: nothing positive).
    The totals are those of :func:`binary_costs`, bit for bit, without copying the points.
    """
    if len(thresholds) == 0:
        raise ValueError("no candidate thresholds: every sample has zero weight")
    pos, neg = float(tps[-1]), float(fps[-1])
    nothing = float(_totals(np.zeros(1), np.zeros(1), pos, neg, cost_tn, cost_fp, cost_fn, cost_tp)[0])
    total = _totals(tps, fps, pos, neg, cost_tn, cost_fp, cost_fn, cost_tp)
    best = int(np.argmin(total))  # the first of equal minima: the points descend, so the highest threshold
    if nothing <= total[best]:
        return NOTHING, nothing, 0
    return float(thresholds[best]), float(total[best]), best + 1


def rate_threshold(thresholds, tps, fps, rate):
    """``(threshold, share, position)``: the lowest candidate whose flagged share is at most ``rate``.

    The flagged share at a threshold is the (weighted) share of samples with ``score >= threshold``.
    It rises by steps as the threshold falls (a step per distinct score), so it is taken as the
    largest share that does not exceed ``rate`` (closest to it from below). ``threshold`` is
    :data:`NOTHING` (+inf) when even the highest score alone flags more than ``rate``.
    """
    if len(thresholds) == 0:
        raise ValueError("no candidate thresholds: every sample has zero weight")
    flagged = np.add(tps, fps, dtype=np.float64)
    total = flagged[-1]
    # The share ascends along the points; division of the sums is correctly rounded, so a share
    # that equals the rate as written (5 of 100 and 0.05) compares equal.
    flagged /= total
    k = int(np.searchsorted(flagged, rate, side="right"))
    if k == 0:
        return NOTHING, 0.0, 0
    return float(thresholds[k - 1]), float(flagged[k - 1]), k


def thinned(x, y, max_points=1000, keep=()):
    """Positions of a few points of the polyline (x, y) for drawing: per bucket of ``x``, the first,
    last, lowest and highest, plus the positions in ``keep``. ``x`` is monotone."""
    n = len(x)
    if n <= max_points:
        return np.arange(n)
    lo, hi = float(np.min(x)), float(np.max(x))
    span = hi - lo if hi > lo else 1.0
    buckets = np.minimum(((x - lo) / span * max_points).astype(np.int64), max_points - 1)
    starts = np.flatnonzero(np.concatenate(([True], buckets[1:] != buckets[:-1])))
    stops = np.append(starts[1:], n)
    picked = np.zeros(n, dtype=bool)
    picked[starts] = picked[stops - 1] = True
    for a, b in zip(starts.tolist(), stops.tolist()):
        part = y[a:b]
        picked[a + int(part.argmin())] = picked[a + int(part.argmax())] = True
    picked[list(keep)] = True
    return np.flatnonzero(picked)


def check_cost(cost, n_classes, n_cols=None, argname="cost"):
    """``cost`` as a read-only float64 (K, K) array (or (K, K + 1) when ``n_cols`` is K + 1).

    Rows are true classes, columns predicted ones, in the matrix's class order; entries are the
    cost of one sample landing in that cell (negative: a gain). Raises naming ``argname``.
    """
    n_cols = n_classes if n_cols is None else n_cols
    shapes = f"({n_classes}, {n_classes})" + (f" or ({n_classes}, {n_cols})" if n_cols != n_classes else "")
    try:
        arr = np.array(cost, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(
            f"{argname} must be a {shapes} matrix of numbers (rows true classes, columns predicted); "
            f"got {type(cost).__name__}."
        ) from None
    if arr.ndim != 2 or arr.shape[0] != n_classes or arr.shape[1] not in (n_classes, n_cols):
        raise ValueError(
            f"{argname} must have shape {shapes}: one row per true class and one column per predicted class, in "
            f"the matrix's class order; got shape {arr.shape}."
        )
    bad = ~np.isfinite(arr)
    if bad.any():
        i, j = (int(v) for v in np.argwhere(bad)[0])
        raise ValueError(
            f"{argname} must hold finite numbers; {int(bad.sum())} entries are not (the first at row {i}, "
            f"column {j}: {arr[i, j]!r})."
        )
    arr.flags.writeable = False
    return arr


def expected_cost(counts, cost):
    """The cost of a matrix: ``{"total", "mean", "per_class": [{"total", "mean"}, ...]}``.

    ``total`` is ``sum(counts * cost)``; ``mean`` divides it by the (weighted) number of samples
    counted; per true class (row) the same over that row, ``mean`` 0 for a row without samples.
    A cost with fewer columns than ``counts`` (K columns while an abstained column is shown)
    charges nothing for the extra columns; columns of ``cost`` beyond those of ``counts`` are unused.
    """
    counts = np.asarray(counts, dtype=np.float64)
    cost = np.asarray(cost, dtype=np.float64)
    cols = min(cost.shape[1], counts.shape[1])
    # Sums in plain order (cumsum), not numpy's pairwise sum: the page adds the same way, bit for bit.
    rows = np.cumsum(counts[:, :cols] * cost[:, :cols], axis=1)[:, -1]
    support = np.cumsum(counts, axis=1)[:, -1]
    per_mean = np.zeros(len(rows))
    np.divide(rows, support, out=per_mean, where=support != 0)
    total, n = float(np.cumsum(rows)[-1]), float(np.cumsum(support)[-1])
    return {
        "total": total,
        "mean": total / n if n else 0.0,
        "per_class": [{"total": float(r), "mean": float(m)} for r, m in zip(rows, per_mean)],
    }
