"""What every table engine shares: its error, the backend protocol, and the reading of grouped rows.

numpy only; the backend (:mod:`.lazy`) and the table engine (:mod:`.remote`) import from here.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np


class EngineError(RuntimeError):
    """A query failed in the engine (DuckDB, Dask, Spark ...); the message carries the engine's own."""


def _row(code):
    return 2 if code == -1 else int(code)


def per_code(rows):
    counts, weights = np.zeros(3, dtype=np.int64), np.zeros(3)
    for code, n, w in rows:
        if code >= -1:
            counts[_row(code)] += int(n)
            weights[_row(code)] += float(w)
    return counts, weights


@runtime_checkable
class Backend(Protocol):
    """What a table engine asks of the library the table lives in (:class:`.lazy.LazyBackend`).

    Each method is one query of the table; results are small (K x K counts, bins, one page of ids).
    A failed query raises :class:`EngineError` with the library's own message.
    """

    name: str

    def check_columns(self, cols: Any) -> None:
        """Refuse a column the table does not have, naming it."""

    def schema(self) -> dict:
        """The table's columns and their types, as :meth:`check_columns` read them."""
        return {}

    def distinct(self, columns: list[str], limit: int) -> tuple[Any, Any]:
        """Distinct values of the label columns (at most ``limit``) and the missing ones."""

    def grouped(self, cols: Any, classes: Any, key: Any = None, limit: Any = None) -> Any:
        """Counts (and weights) per (true, predicted) class codes, and per value of the column ``key``."""

    def outside_values(self, cols: Any, classes: Any, limit: int) -> Any:
        """Labels found outside ``classes`` (what labels= leaves out)."""

    def score_stats(self, cols: Any, limit: int) -> Any:
        """Per true label: how many scores, their range, how many missing (and so the distinct labels)."""

    def score_bins(self, cols: Any, classes: Any, scale: int, key: Any = None) -> Any:
        """Counts per true class and exact score bin ``floor(score * 2**scale)`` (and value of ``key``)."""

    def at_or_above(self, cols: Any, classes: Any, threshold: float, key: str) -> Any:
        """Counts of scores >= threshold per true class and value of the column ``key``."""

    def where(self, column: str, value: Any) -> Backend:
        """The same backend over the rows whose ``column`` equals ``value``."""

    def between(self, cols: Any, classes: Any, threshold: float, hi: float) -> Any:
        """Counts of scores in [threshold, hi) per true class (a threshold between edges)."""

    def cell_ids(self, cols: Any, cell: Any, offset: int, size: int) -> Any:
        """One page of the id column's values in a cell, ascending."""
