"""Tables of the matrix for export: its cells, its samples, its per-class metrics, as columns of
plain numpy arrays (the widget turns them into a pandas DataFrame). No widget code."""

from __future__ import annotations

from typing import Any

import numpy as np

from .counts import normalize
from .selection import one_pass, pairs_of


def cell_columns(counts: np.ndarray, rows: list[str], cols: list[str], totals: Any = None) -> dict[str, Any]:
    """One row per cell, row-major: true, predicted (names), count, share (of its true row; 0 for an
    empty row, as ``normalize="true"``)."""
    k, c = counts.shape
    shares = normalize(np.asarray(counts, dtype=np.float64), "true", totals)
    return {
        "true": np.repeat(np.asarray(rows, dtype=object), c),
        "predicted": np.tile(np.asarray(cols, dtype=object), k),
        "count": np.asarray(counts).reshape(-1).copy(),
        "share": np.asarray(shares, dtype=np.float64).reshape(-1).copy(),
    }


def sample_cells(engine: Any, cells: np.ndarray, threshold: Any = None) -> dict[str, np.ndarray]:
    """Every sample of ``cells`` (a boolean mask), one row per (sample, cell), ordered by sample
    then cell.

    Returns ``labels`` (what the engine lists: positions or ids), ``rows`` (positions in the user's
    arrays), ``true`` and ``pred`` (class positions; ``pred`` = K for the abstained column).
    """
    found = one_pass(engine, cells)
    if found is not None:  # one cell a sample: already in sample order
        rows, true, pred = found
        return {
            "labels": rows if engine.ids is None else np.asarray(engine.ids)[rows],
            "rows": rows,
            "true": true,
            "pred": pred,
        }
    parts_labels, parts_rows, parts_true, parts_pred = [], [], [], []
    for i, j in pairs_of(cells):
        total, _ = engine.row_page(i, j, 0, 0, threshold=threshold)
        if not total:
            continue
        rows = np.asarray(engine.row_page(i, j, 0, total, threshold=threshold)[1], dtype=np.int64)
        labels = rows if engine.ids is None else engine.ids[rows]
        parts_rows.append(rows)
        parts_labels.append(np.asarray(labels))
        parts_true.append(np.full(len(rows), i, dtype=np.int64))
        parts_pred.append(np.full(len(rows), j, dtype=np.int64))
    if not parts_rows:
        empty = np.empty(0, dtype=np.int64)
        return {"labels": empty, "rows": empty, "true": empty, "pred": empty}
    rows = np.concatenate(parts_rows)
    order = np.argsort(rows, kind="stable")  # by sample; a sample's cells stay in row-major order
    return {
        "labels": np.concatenate(parts_labels)[order],
        "rows": rows[order],
        "true": np.concatenate(parts_true)[order],
        "pred": np.concatenate(parts_pred)[order],
    }


def sample_scores(engine: Any, rows: np.ndarray, pred: np.ndarray) -> np.ndarray | None:
    """The score of each sample as the matrix uses it, or None without scores.

    Binary scores: the score compared with the threshold. (n, K) scores: the score of the column
    the sample is counted in (its top score when it is abstained on).
    """
    base = getattr(engine, "base", engine)  # ScoredConfusion wraps the engine of its labels
    inner = getattr(base, "_inner", base)  # an engine of ids wraps the engine of positions
    index = getattr(inner, "sample_index", None)
    local = rows if index is None else np.searchsorted(index, rows)
    class_scores = getattr(engine, "class_scores", None)
    if class_scores is not None:
        k = class_scores.shape[1]
        picked = class_scores[local, np.minimum(pred, k - 1)]
        return np.where(pred >= k, class_scores[local].max(axis=1), picked).astype(np.float64)
    scores = getattr(inner, "scores", None)
    if scores is None or not getattr(engine, "is_binary_scores", False):
        return None
    return np.asarray(scores, dtype=np.float64)[local]
