"""Summaries of the selected cell when ``samples=`` is a table (pandas, polars, pyarrow): per
column, the cell's mean and median (numbers) or most frequent values (anything else) next to
the rest of its true row."""

from __future__ import annotations

from typing import Any

import numpy as np

from .._engine import selection as _sel
from .._engine import summary as _summary
from ._base import Feature


def is_table(obj: Any) -> bool:
    """Whether ``obj`` is a pandas or polars DataFrame or a pyarrow Table."""
    module = type(obj).__module__
    name = type(obj).__name__
    return (
        (module.startswith("pandas") and name == "DataFrame")
        or (module.startswith("polars") and name == "DataFrame")
        or (module.startswith("pyarrow") and name == "Table")
    )


def table_columns(table: Any, n: int) -> dict[str, np.ndarray]:
    """The table's columns as numpy arrays (one value per sample), checked to have ``n`` rows."""
    module = type(table).__module__
    if module.startswith("pandas"):
        names, get = [str(c) for c in table.columns], lambda k: table.iloc[:, k].to_numpy()
    elif module.startswith("polars"):
        names, get = list(table.columns), lambda k: table.to_series(k).to_numpy()
    else:
        names, get = list(table.column_names), lambda k: table.column(k).to_numpy()
    rows = len(table) if not module.startswith("pyarrow") else table.num_rows
    if rows != n:
        raise ValueError(f"samples has {rows} rows but y_true has {n}; pass a table of one row per sample.")
    if len(set(names)) != len(names):
        raise ValueError(f"samples has repeated column names {names}; name each column once.")
    return {name: np.asarray(get(k)) for k, name in enumerate(names)}


class SummaryFeature(Feature):
    """``summarize``: the selected cell's feature values against the rest of its true row."""

    _feature_columns: dict[str, np.ndarray] | None = None

    def summarize(self) -> list[dict[str, Any]]:
        """Per column of the ``samples=`` table: the selected cell against the rest of its true row.

        Each entry is ``{"column", "kind", "cell", "rest"}``. Numbers (``kind="number"``):
        ``{"n", "mean", "median"}`` of the values that are not NaN (None when none are).
        Anything else (``kind="category"``): the cell's three most frequent values as
        ``[value, count, share]`` (ties by value), and the same values' count and share in the
        rest of the row. Sample weights are not applied.

        Returns
        -------
        list of dict
            Empty when no single cell is selected (a row, a column, the errors or a list of cells
            have no "rest of the row" to set them against).
        """
        if self._feature_columns is None:
            raise ValueError(
                "summarize needs samples= as a table (a pandas or polars DataFrame, or a pyarrow Table) "
                "of one row per sample."
            )
        if self.selected is None or not _sel.is_cell(self.selected):
            return []
        i, j = self.selected
        return self._memo("summary", lambda: self._compute_summary(i, j), i, j)

    def _compute_summary(self, i, j):
        engine, t = self._engine, self.threshold

        def rows(a, b):
            total, _ = engine.row_page(a, b, 0, 0, threshold=t)
            return np.asarray(engine.row_page(a, b, 0, total, threshold=t)[1], dtype=np.int64)

        inside = rows(i, j)
        parts = [rows(i, b) for b in range(len(self._column_names())) if b != j]
        rest = np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
        return _summary.summarize(self._feature_columns, inside, rest)
