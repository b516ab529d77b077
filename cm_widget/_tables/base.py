"""What every table engine shares: its error, and the reading of grouped rows into arrays.

numpy only; the engines (:mod:`.dask`, :mod:`.spark`) and the table engine (:mod:`.remote`)
import from here, never from each other.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

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


@runtime_checkable
class Backend(Protocol):
    """What a table engine asks of the library the table lives in (:mod:`.dask`, :mod:`.spark`).

    Each method is one query of the table; results are small (K x K counts, bins, one page of ids).
    A failed query raises :class:`EngineError` with the library's own message.
    """

    name: str

    def check_columns(self, cols: Any) -> None:
        """Refuse a column the table does not have, naming it."""

    def distinct(self, columns: list[str], limit: int) -> tuple[Any, Any]:
        """Distinct values of the label columns (at most ``limit``) and the missing ones."""

    def grouped(self, cols: Any, classes: Any) -> Any:
        """Counts (and weights) per (true, predicted) class codes."""

    def outside_values(self, cols: Any, classes: Any, limit: int) -> Any:
        """Labels found outside ``classes`` (what labels= leaves out)."""

    def score_stats(self, cols: Any, classes: Any) -> Any:
        """Per true class: how many scores, their range, how many missing."""

    def quantiles(self, cols: Any, classes: Any, probs: Any, sizes: Any) -> Any:
        """Score quantiles per true class (the bin edges)."""

    def bin_counts(self, cols: Any, classes: Any, edges: Any) -> Any:
        """Counts of scores between consecutive edges, per true class."""

    def between(self, cols: Any, classes: Any, threshold: float, hi: float) -> Any:
        """Counts of scores in [threshold, hi) per true class (a threshold between edges)."""

    def cell_ids(self, cols: Any, cell: Any, offset: int, size: int) -> Any:
        """One page of the id column's values in a cell, ascending."""
