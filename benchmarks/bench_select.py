"""Selections of more than one cell and the export tables, against their numpy / pandas peers.

For n samples and K classes (integer labels): selecting a true row, "errors" and a list of
cells (w.selected = ...; the panel's state and selected_indices included, after the first click
built the cell index) against np.flatnonzero of the same mask; w.to_frame("samples") against
building the same pandas DataFrame from the label arrays. Then at many classes (--many-k, 1,000:
"errors" is 999,000 cells, and "(other)" x "(other)" of top_classes=10 some 980,000): the same
selections found in one pass over the samples, as the widget does from 64 cells on, and cell by
cell, as it does below, against the numpy mask. Medians of several runs; nothing is asserted.
Run:  python benchmarks/bench_select.py [--n 10000000] [--k 10] [--many-n 1000000] [--many-k 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import selection as _sel


def median_ms(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--many-n", type=int, default=1_000_000)
    ap.add_argument("--many-k", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    many_classes(a.many_n, a.many_k, a.repeat)
    rng = np.random.default_rng(0)
    yt = rng.integers(0, a.k, a.n)
    yp = np.where(rng.random(a.n) < 0.7, yt, rng.integers(0, a.k, a.n))
    w = ConfusionMatrixWidget(yt, yp)
    w.selected = (0, 0)  # the first click builds the cell index

    def select(value):
        def run():
            w.selected = None
            w._memos.pop("selection members", None)  # a new selection each time, not a cached one
            w.selected = value
            return w.selected_indices

        return run

    cases = [
        ("true row", {"row": 3}, lambda: np.flatnonzero(yt == 3)),
        ("errors", "errors", lambda: np.flatnonzero(yt != yp)),
        (
            "3 cells",
            [(1, 2), (2, 1), (3, 3)],
            lambda: np.flatnonzero(((yt == 1) & (yp == 2)) | ((yt == 2) & (yp == 1)) | ((yt == 3) & (yp == 3))),
        ),
    ]
    print(f"n = {a.n:,}, K = {a.k}, medians of {a.repeat}")
    for name, value, peer in cases:
        assert np.array_equal(select(value)(), peer())
        mine, theirs = median_ms(select(value), a.repeat), median_ms(peer, a.repeat)
        print(f"  select {name:9s}: {mine:8.1f} ms   numpy mask {theirs:8.1f} ms   ratio {mine / theirs:5.2f}")
    import pandas as pd

    names = np.array([str(c) for c in range(a.k)], dtype=object)
    mine = median_ms(lambda: w.to_frame("samples"), max(1, a.repeat // 2))
    theirs = median_ms(
        lambda: pd.DataFrame({"index": np.arange(a.n), "true": names[yt], "predicted": names[yp]}),
        max(1, a.repeat // 2),
    )
    print(f"  to_frame samples: {mine:8.1f} ms   pandas from arrays {theirs:8.1f} ms   ratio {mine / theirs:5.2f}")


def many_classes(n, k, repeat):
    rng = np.random.default_rng(1)
    yt = rng.integers(0, k, n)
    yp = np.where(rng.random(n) < 0.5, yt, rng.integers(0, k, n))
    w = ConfusionMatrixWidget(yt, yp)
    other = ConfusionMatrixWidget(yt, yp, top_classes=10)
    hidden = np.asarray([list(other.classes).index(c) for c in other.hidden_classes])

    def errors():
        w.selected = None
        w._memos.pop("selection members", None)
        w.selected = "errors"
        return w.selected_indices

    cases = [
        ("errors", errors, lambda: np.flatnonzero(yt != yp)),
        (
            "(other) x (other)",
            lambda: other.indices("(other)", "(other)"),
            lambda: np.flatnonzero(np.isin(yt, hidden) & np.isin(yp, hidden)),
        ),
    ]
    print(f"n = {n:,}, K = {k}, medians of {repeat} (cell by cell: 1 run)")
    one_pass = _sel.ONE_PASS_CELLS
    for name, mine, peer in cases:
        assert np.array_equal(mine(), peer())
        fast, theirs = median_ms(mine, repeat), median_ms(peer, repeat)
        _sel.ONE_PASS_CELLS = 2**62  # the cell-by-cell way
        try:
            slow = median_ms(mine, 1)
        finally:
            _sel.ONE_PASS_CELLS = one_pass
        print(
            f"  {name:17s}: one pass {fast:8.1f} ms   cell by cell {slow:9.1f} ms ({slow / fast:5.1f}x)   "
            f"numpy mask {theirs:7.1f} ms   ratio {fast / theirs:5.2f}"
        )


if __name__ == "__main__":
    main()
