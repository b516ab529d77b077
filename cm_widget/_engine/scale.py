"""Colour scales: where each value falls in the colormap's 256 entries.

numpy only. The linear scale is ``cm_widget._colors.color_indices`` from 0 to the largest value.
The log scale (``cmap_scale="log"``) keeps empty cells apart from the smallest count: a value of
0 (or below) takes entry 0, the smallest positive value ``lo`` entry 1, the largest ``hi`` entry 255,
and a value ``v`` in between entry ``rint(1 + 254 * ln(v / lo) / ln(hi / lo))``. The page computes
the same (js/scale/log_scale.js); its logarithm may differ from numpy's in the last bit, so the two
can differ by one entry where a value falls on a rounding edge.
"""

from __future__ import annotations

import numpy as np

SCALES = ("linear", "log")
LUT_SIZE = 256


def positive_min(*arrays):
    """The smallest value above 0 over ``arrays``, or 0.0 when there is none."""
    found = [float(a[a > 0].min()) for a in map(np.asarray, arrays) if (a > 0).any()]
    return min(found) if found else 0.0


def log_scaled(values, lo, hi):
    """Each value's place on the log scale from ``lo`` to ``hi``, in [0, 1] (0: not positive)."""
    v = np.asarray(values, dtype=np.float64)
    out = np.zeros(v.shape)
    pos = v > 0
    if not pos.any():
        return out
    if hi > lo:
        out[pos] = (1 + (LUT_SIZE - 2) * (np.log(v[pos] / lo) / np.log(hi / lo))) / (LUT_SIZE - 1)
    else:
        out[pos] = 1.0
    return out


def log_color_indices(values, lo, hi):
    """uint8 entries of the log scale (see the module's doc)."""
    scaled = log_scaled(values, lo, hi) * (LUT_SIZE - 1)
    np.clip(scaled, 0, LUT_SIZE - 1, out=scaled)
    return np.rint(scaled).astype(np.uint8)
