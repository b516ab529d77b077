"""What every table engine shares: its error, and the reading of grouped rows into arrays.

numpy only; the engines (:mod:`.dask`, :mod:`.spark`) and the table engine (:mod:`.remote`)
import from here, never from each other.
"""

from __future__ import annotations

import numpy as np


class EngineError(RuntimeError):
    """A query failed in Dask or Spark; the message carries the engine's own."""


def _row(code):
    return 2 if code == -1 else int(code)


def stats_of(rows):
    """``(code, count, min, max, bad)`` rows -> the dict :func:`.remote._build_binary` reads."""
    count = np.zeros(3, dtype=np.int64)
    lo, hi = np.full(3, np.inf), np.full(3, -np.inf)
    true_missing = score_missing = 0
    for code, n, a, b, bad in rows:
        if code == -2:
            true_missing += int(n)
            continue
        k = _row(code)
        count[k] += int(n)
        score_missing += int(bad or 0)
        if a is not None:
            lo[k], hi[k] = min(lo[k], a), max(hi[k], b)
    return {
        "count": count,
        "min": lo.min(),
        "max": hi.max(),
        "kept_min": lo[:2].min(),
        "kept_max": hi[:2].max(),
        "true_missing": true_missing,
        "score_missing": score_missing,
    }


def per_code(rows):
    counts, weights = np.zeros(3, dtype=np.int64), np.zeros(3)
    for code, n, w in rows:
        if code >= -1:
            counts[_row(code)] += int(n)
            weights[_row(code)] += float(w)
    return counts, weights


def bins_of(ct, b, n, w, n_bins):
    """Grouped ``(code, bin, count, weight)`` columns -> (3, n_bins) counts and weights."""
    ct, b = np.asarray(ct, dtype=np.int64), np.asarray(b, dtype=np.int64)
    keep = ct >= -1
    rows = np.where(ct[keep] == -1, 2, ct[keep])
    counts = np.zeros((3, n_bins), dtype=np.int64)
    weights = np.zeros((3, n_bins))
    np.add.at(counts, (rows, b[keep]), np.asarray(n, dtype=np.int64)[keep])
    np.add.at(weights, (rows, b[keep]), np.nan_to_num(np.asarray(w, dtype=np.float64)[keep]))
    return counts, weights
