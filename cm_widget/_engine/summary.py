"""Summaries of a cell's samples against the rest of its true row, per feature column: mean and
median of numbers, the most frequent values of anything else. numpy only."""

from __future__ import annotations

from typing import Any

import numpy as np

#: Values listed per non-numeric column.
TOP = 3


def is_number(values: np.ndarray) -> bool:
    """Whether a column is summarised by mean and median (ints and floats; not bools)."""
    return values.dtype.kind in "iuf"


def numbers(values: np.ndarray) -> dict[str, Any]:
    """``n`` (values that are not NaN), ``mean`` and ``median`` (None when there are none)."""
    v = np.asarray(values, dtype=np.float64)
    v = v[~np.isnan(v)]
    if not len(v):
        return {"n": 0, "mean": None, "median": None}
    return {"n": int(len(v)), "mean": float(v.mean()), "median": float(np.median(v))}


def _missing(values: np.ndarray) -> np.ndarray:
    if values.dtype.kind == "f":
        return np.isnan(values)
    if values.dtype.kind == "O":
        return np.array([v is None or (isinstance(v, float) and v != v) for v in values.tolist()], dtype=bool)
    return np.zeros(len(values), dtype=bool)


def categories(values: np.ndarray, top: int = TOP) -> list[tuple[str, int, float]]:
    """The ``top`` most frequent values (as text) with their count and share of the values present;
    ties in the order of the text."""
    present = [str(v) for v in np.asarray(values)[~_missing(np.asarray(values))].tolist()]
    if not present:
        return []
    names, counts = np.unique(np.asarray(present, dtype=object).astype(str), return_counts=True)
    order = sorted(range(len(names)), key=lambda k: (-int(counts[k]), str(names[k])))[:top]
    return [(str(names[k]), int(counts[k]), float(counts[k] / len(present))) for k in order]


def share_of(values: np.ndarray, wanted: list[str]) -> list[tuple[str, int, float]]:
    """Count and share of each of ``wanted`` among the values present."""
    values = np.asarray(values)
    present = np.asarray([str(v) for v in values[~_missing(values)].tolist()], dtype=object)
    out = []
    for name in wanted:
        n = int(np.count_nonzero(present == name))
        out.append((name, n, float(n / len(present)) if len(present) else 0.0))
    return out


def summarize(columns: dict[str, np.ndarray], inside: np.ndarray, rest: np.ndarray) -> list[dict[str, Any]]:
    """Per column: the samples ``inside`` (row positions) against the ``rest``."""
    out: list[dict[str, Any]] = []
    for name, values in columns.items():
        a, b = values[inside], values[rest]
        if is_number(values):
            out.append({"column": name, "kind": "number", "cell": numbers(a), "rest": numbers(b)})
        else:
            top = categories(a)
            out.append(
                {
                    "column": name,
                    "kind": "category",
                    "cell": [list(t) for t in top],
                    "rest": [list(t) for t in share_of(b, [t[0] for t in top])],
                }
            )
    return out
