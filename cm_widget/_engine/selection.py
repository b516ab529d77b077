"""Selections of more than one cell: a true row, a predicted column, every error, a list of cells.

A selection is held in one canonical form (class positions, whatever order is displayed):

- ``(i, j)``: one cell;
- ``{"row": i}``: every sample whose true class is ``i`` (the abstained column included);
- ``{"col": j}``: every sample predicted ``j``;
- ``"errors"``: every off-diagonal cell of the classes (abstaining is not an error);
- ``((i, j), (i2, j2), ...)``: two or more cells, sorted, each once.

Functions of plain values and an engine's answers only.
"""

from __future__ import annotations

from typing import Any

import numpy as np

ERRORS = "errors"


def is_cell(spec: Any) -> bool:
    """Whether ``spec`` is the one-cell form ``(i, j)`` of two ints."""
    return (
        isinstance(spec, (tuple, list))
        and len(spec) == 2
        and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in spec)
    )


def kind_of(spec: Any) -> str | None:
    """``None``, ``"cell"``, ``"row"``, ``"col"``, ``"errors"`` or ``"cells"`` of a canonical selection."""
    if spec is None:
        return None
    if is_cell(spec):
        return "cell"
    if isinstance(spec, str):
        return "errors"
    if isinstance(spec, dict):
        return "row" if "row" in spec else "col"
    return "cells"


def cells_of(spec: Any, k: int, cols: int) -> list[tuple[int, int]]:
    """The cells ``(i, j)`` a canonical selection covers, row by row, in a (k, cols) matrix."""
    kind = kind_of(spec)
    if kind is None:
        return []
    if kind == "cell":
        return [(int(spec[0]), int(spec[1]))]
    if kind == "errors":
        return [(i, j) for i in range(k) for j in range(k) if i != j]
    if kind == "row":
        return [(int(spec["row"]), j) for j in range(cols)]
    if kind == "col":
        return [(i, int(spec["col"])) for i in range(k)]
    return [(int(i), int(j)) for i, j in spec]


def fits(spec: Any, k: int, cols: int) -> bool:
    """Whether every cell of the selection is inside a (k, cols) matrix (the abstained column may go)."""
    kind = kind_of(spec)
    if kind == "row":
        return 0 <= spec["row"] < k
    if kind == "col":
        return 0 <= spec["col"] < cols
    return all(0 <= i < k and 0 <= j < cols for i, j in cells_of(spec, k, cols))


def members(engine: Any, cells: list[tuple[int, int]], threshold: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """``(labels, rows)`` of the samples in any of ``cells``: ascending, each once.

    ``labels`` are what the engine lists for a cell (positions, or an id column's values), ``rows``
    the matching sample positions (what previews are looked up by). A sample in several cells (a
    multi-label matrix) is listed once.
    """
    if engine.ids is None:
        parts = [np.asarray(engine.indices(i, j, threshold=threshold)) for i, j in cells]
        labels = _sorted_once(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
        return labels, labels
    rows = []
    for i, j in cells:
        total, _ = engine.row_page(i, j, 0, 0, threshold=threshold)
        rows.append(np.asarray(engine.row_page(i, j, 0, total, threshold=threshold)[1]))
    every = np.concatenate(rows) if rows else np.empty(0, dtype=np.int64)
    labels, first = np.unique(np.asarray(engine.ids)[every], return_index=True)
    return labels, every[first]


def _sorted_once(a: np.ndarray) -> np.ndarray:
    """``a`` ascending, each value once. A stable sort merges the cells' ascending runs (numpy's
    ``unique`` hashes, several times slower here)."""
    a = np.sort(a, kind="stable")
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def count_of(counts: np.ndarray, cells: list[tuple[int, int]]) -> float:
    """The sum of the cells' counts (a float64 sum in row-major order, as the page adds them)."""
    total = 0.0
    for i, j in cells:
        total += float(counts[i, j])
    return total
