"""Totals in the margins of a matrix: each true row's, each predicted column's, and the grand total.

numpy only. The page adds the same way (js/margins/totals.js): a row by numpy's pairwise sum along
it, a column by adding the rows in order, the grand total by the pairwise sum of every cell in
row-major order; so the page's totals equal these bit for bit, weighted counts included.
"""

from __future__ import annotations

import numpy as np


def totals(counts, given=None):
    """``(rows, columns, all)`` of a (K, cols) matrix as float64 arrays and a float.

    ``given`` (a multi-label matrix's ``(rows, cols, all)``: the samples with each label, those
    predicted with it and all samples) is returned as it is: there a sample counts in several cells.
    """
    if given is not None:
        rows, cols, total = given
        return np.asarray(rows, dtype=np.float64), np.asarray(cols, dtype=np.float64), float(total)
    c = np.ascontiguousarray(counts, dtype=np.float64)
    return c.sum(axis=1), c.sum(axis=0), float(c.sum())


def count_text(value, whole):
    """A total as the page writes it: whole counts as integers, others with two decimals."""
    return str(int(round(value))) if whole else f"{value:.2f}"
