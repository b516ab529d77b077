"""Ranked clicks: the first click on a ranked cell (the ranking is built) and the later ones.

    python benchmarks/bench_rank.py                 # n = 10M, K = 10, and binary at 10M
    python benchmarks/bench_rank.py --n 1e6         # quicker

The peer, measured in the same run, is the naive ranking of one cell: its samples found with a
mask, then ``np.lexsort`` of (index, -key). A "click" is what the panel asks for: the selection
moves to the cell and its first page is listed in the rank's order. Nothing here asserts a time:
the medians and ratios are printed for people to read.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

import numpy as np

from cm_widget import ConfusionMatrixWidget


def timed(fn):
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median_time(fn, repeat):
    return statistics.median(timed(fn) for _ in range(repeat))


def naive_cell(codes, pred, key, i, j):
    idx = np.flatnonzero((codes == i) & (pred == j))
    return idx[np.lexsort((idx, -key[idx]))]


def multiclass(n, k, repeat, rng):
    y = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k)).astype(np.float64)
    logits[np.arange(n), y] += 2.0
    scores = np.exp(logits - logits.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    del logits
    w = ConfusionMatrixWidget(y, y_score=scores)
    pred = scores.argmax(axis=1)
    cells = [(i, j) for i in range(k) for j in range(k)]
    print(f"(n, K) scores: n = {n:,}, K = {k}")
    for rank in ("margin", "confidence", "loss"):
        w.selected = None
        w.rank = rank
        first = timed(lambda: setattr(w, "selected", (0, 1)))
        later = []
        for c in range(repeat):
            i, j = cells[(7 * c + 3) % len(cells)]
            w.selected = None
            later.append(timed(lambda i=i, j=j: setattr(w, "selected", (i, j))))
        key = {"confidence": None, "margin": None, "loss": None}
        p_pred = scores[np.arange(n), pred]
        p_true = scores[np.arange(n), y]
        key = {"confidence": p_pred, "margin": p_pred - p_true, "loss": -p_true}[rank]
        diag = median_time(lambda key=key: naive_cell(y, pred, key, 1, 1), max(1, repeat // 5))
        later_med = statistics.median(later)
        print(
            f"  rank={rank:<10} first ranked click {first * 1e3:8.1f} ms   later clicks median {later_med * 1e3:6.2f} ms"
            f"   naive lexsort of one diagonal cell {diag * 1e3:8.1f} ms ({diag / later_med:,.0f}x)"
        )
        # the panel's page equals the naive ranking of the same cell
        np.testing.assert_array_equal(w._selection["indices"], naive_cell(y, pred, key, *w.selected)[:100])


def binary(n, repeat, rng):
    y = rng.integers(0, 2, n)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=s)
    print(f"binary scores: n = {n:,}")
    for rank in ("margin", "confidence", "loss"):
        w.selected = None
        w.rank = rank
        first = timed(lambda: setattr(w, "selected", (1, 1)))
        later = []
        for c in range(repeat):
            w.selected = None
            later.append(timed(lambda c=c: setattr(w, "selected", ((c // 2) % 2, c % 2))))
        moved = []
        for c in range(max(1, repeat // 2)):
            w.threshold = 0.5 + 0.001 * (c + 1)
            w.selected = None
            moved.append(timed(lambda: setattr(w, "selected", (0, 1))))
        w.threshold = 0.5
        print(
            f"  rank={rank:<10} first ranked click {first * 1e3:8.1f} ms   later clicks median "
            f"{statistics.median(later) * 1e3:6.2f} ms   a click after a threshold move {statistics.median(moved) * 1e3:6.1f} ms"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=float, default=1e7)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    n = int(args.n)
    multiclass(n, args.k, args.repeat, rng)
    gc.collect()
    binary(n, args.repeat, rng)


if __name__ == "__main__":
    main()
