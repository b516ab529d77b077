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


def mask_of(spec: Any, k: int, cols: int) -> np.ndarray:
    """The cells a canonical selection covers, as a (k, cols) boolean mask (no list of pairs: every
    error of 1,000 classes is 999,000 cells)."""
    mask = np.zeros((k, cols), dtype=bool)
    kind = kind_of(spec)
    if kind == "errors":
        mask[:, :k] = ~np.eye(k, dtype=bool)
    elif kind == "row":
        mask[int(spec["row"]), :] = True
    elif kind == "col":
        mask[:, int(spec["col"])] = True
    elif kind is not None:
        for i, j in cells_of(spec, k, cols):
            mask[i, j] = True
    return mask


def pairs_of(mask: np.ndarray) -> list[tuple[int, int]]:
    """The cells of a boolean mask (``mask_of``) as ``(i, j)`` pairs, row by row."""
    rows, cols = np.nonzero(mask)
    return list(zip(rows.tolist(), cols.tolist()))


def fits(spec: Any, k: int, cols: int) -> bool:
    """Whether every cell of the selection is inside a (k, cols) matrix (the abstained column may go)."""
    kind = kind_of(spec)
    if kind == "row":
        return 0 <= spec["row"] < k
    if kind == "col":
        return 0 <= spec["col"] < cols
    return all(0 <= i < k and 0 <= j < cols for i, j in cells_of(spec, k, cols))


def members(engine: Any, cells: np.ndarray, threshold: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """``(labels, rows)`` of the samples in any of ``cells`` (a boolean mask, ``mask_of``), each once.

    ``labels`` are what the engine lists for a cell (positions, or an id column's values), ``rows``
    the matching sample positions (what previews are looked up by). A sample in several cells (a
    multi-label matrix) is listed once. Positions come ascending; ids by value, the samples that
    share an id in their order (as the kernel-free page lists them).
    """
    found = one_pass(engine, cells)
    if found is not None:
        rows = found[0]
    elif engine.ids is None:
        parts = [np.asarray(engine.indices(i, j, threshold=threshold)) for i, j in pairs_of(cells)]
        rows = _sorted_once(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    else:
        parts = []
        for i, j in pairs_of(cells):
            total, _ = engine.row_page(i, j, 0, 0, threshold=threshold)
            parts.append(np.asarray(engine.row_page(i, j, 0, total, threshold=threshold)[1], dtype=np.int64))
        rows = _sorted_once(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    if engine.ids is None:
        return rows, rows
    labels = np.asarray(engine.ids)[rows]
    order = np.argsort(labels, kind="stable")
    return labels[order], rows[order]


#: From this many cells on, the samples of predicted labels are found in one pass over the samples
#: rather than cell by cell (every error of 1,000 classes is 999,000 cells).
ONE_PASS_CELLS = 64


def _labels_engine(engine: Any) -> Any:
    """The engine of predicted labels whose cells ``engine`` lists (by position), or None: through
    scores with no abstain or top-k (their cells are their top scores') and an engine of ids (it
    lists its inner engine's rows); not through scores that abstain or count the top k."""
    from .confusion import Confusion
    from .multiclass import ScoredConfusion

    base = engine
    while type(base) is not Confusion:
        if isinstance(base, ScoredConfusion):
            if base.active:
                return None
            base = base.base
        elif "_inner" in vars(base):  # its own, not what it hands on by __getattr__
            base = vars(base)["_inner"]
        else:
            return None
    return None if base.is_binary_scores or not base.has_samples else base


def one_pass(engine: Any, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """``(rows, true, pred)`` of the samples in any of ``cells`` (a boolean mask), found
    from every sample's cell at once: their ascending positions in the user's arrays and their
    cells. None for few cells, or an engine whose cells are not those of predicted labels (it lists
    them cell by cell)."""
    if int(cells.sum()) < ONE_PASS_CELLS:
        return None
    base = _labels_engine(engine)
    if base is None:
        return None
    k = int(base.n_classes)
    wanted = np.ascontiguousarray(cells[:k, :k]).reshape(-1)  # predicted labels abstain on no sample
    true = base.codes_true.astype(np.int64)
    pred = base.codes_pred.astype(np.int64)
    local = np.flatnonzero(wanted[true * k + pred])
    rows = local if base.sample_index is None else np.asarray(base.sample_index, dtype=np.int64)[local]
    if len(rows) > 1 and not bool(np.all(rows[1:] > rows[:-1])):  # a sample index not in order
        order = np.argsort(rows, kind="stable")
        local, rows = local[order], rows[order]
    return rows, true[local], pred[local]


def _sorted_once(a: np.ndarray) -> np.ndarray:
    """``a`` ascending, each value once. A stable sort merges the cells' ascending runs (numpy's
    ``unique`` hashes, several times slower here)."""
    a = np.sort(a, kind="stable")
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def count_of(counts: np.ndarray, cells: np.ndarray) -> float:
    """The sum of the counts of ``cells`` (a boolean mask): a float64 sum in row-major order, as
    the page adds them, one after the other (as numpy's cumulative sum does)."""
    values = np.asarray(counts, dtype=np.float64)[cells]  # row-major
    return float(np.cumsum(values)[-1]) if values.size else 0.0


def count_of_all(counts: np.ndarray) -> float:
    """``count_of`` every cell of ``counts``."""
    flat = np.asarray(counts, dtype=np.float64).reshape(-1)
    return float(np.cumsum(flat)[-1]) if flat.size else 0.0
