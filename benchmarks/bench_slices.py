"""Slices benchmarks: every slice's matrix, a threshold move that recounts every slice, showing one slice.

    python benchmarks/bench_slices.py                    # n = 10M, K = 10, 50 slices
    python benchmarks/bench_slices.py --n 1e6 --slices 200

Peers, measured in the same run on the same data: pandas ``groupby`` with scikit-learn's
``confusion_matrix`` per group (what one writes by hand), and a numpy loop of one masked
``np.bincount`` per slice. Nothing here asserts a time: medians and ratios are printed to be read.
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
from bench_engine import fmt, median_time
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import slices as _slices

K = 10


def row(name, ours, peer_name, peer):
    print(f"  {name:<44} ours {fmt(ours)}   {peer_name:<32} {fmt(peer)}   peer/ours {peer / ours:8.1f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=float, default=1e7)
    parser.add_argument("--slices", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    n, s, repeat = int(args.n), args.slices, args.repeat
    rng = np.random.default_rng(0)
    y = rng.integers(0, K, n).astype(np.int64)
    p = np.where(rng.random(n) < 0.7, y, rng.integers(0, K, n))
    group = rng.integers(0, s, n)
    print(f"slices: n = {n:,}, K = {K}, {s} slice values")

    names, codes = _slices.encode_slices(group, n)
    t_encode = median_time(lambda: _slices.encode_slices(group, n), repeat)
    w = ConfusionMatrixWidget(y, p, slices=group)
    ours = median_time(lambda: _slices.slice_counts(w._first.codes_true, w._first.codes_pred, codes, s, K), repeat)
    frame = pd.DataFrame({"t": y, "p": p, "g": group})

    def by_pandas():
        return {g: confusion_matrix(d["t"], d["p"], labels=range(K)) for g, d in frame.groupby("g")}

    peer = median_time(by_pandas, 1)
    mine, theirs = _slices.slice_counts(y, p, codes, s, K), by_pandas()
    assert all(np.array_equal(mine[i], theirs[g]) for i, g in enumerate(sorted(theirs)))  # the same counts

    def by_masks():
        return [np.bincount(y[group == g] * K + p[group == g], minlength=K * K) for g in range(s)]

    loop = median_time(by_masks, max(1, repeat // 2))
    row("every slice's matrix (one bincount)", ours, "pandas groupby + sklearn cm", peer)
    row("every slice's matrix (one bincount)", ours, "numpy loop of masked bincounts", loop)
    plain = median_time(lambda: np.bincount(y * K + p, minlength=K * K), repeat)
    row("every slice's matrix (one bincount)", ours, "np.bincount of one matrix", plain)
    print(f"  {'code the slice values':<44} ours {fmt(t_encode)}")

    built = median_time(lambda: ConfusionMatrixWidget(y, p, slices=group), max(1, repeat // 2))
    bare = median_time(lambda: ConfusionMatrixWidget(y, p), max(1, repeat // 2))
    row("widget with slices=", built, "widget without slices", bare)

    order = iter(names * 2)  # another slice each time: its engine is built anew
    pick = median_time(lambda: setattr(w, "slice", next(order)), repeat)
    print(f"  {'show another slice (engine of its samples)':<44} ours {fmt(pick)}")
    w.slice = names[0]
    first = median_time(lambda: w.indices(3, 4), 1)
    w.indices(3, 4)
    again = median_time(lambda: w.indices(3, 4), repeat)
    print(f"  {'a click in that slice (first, then again)':<44} ours {fmt(first)} then {fmt(again)}")
    w.slice = None

    yb = y % 2
    score = rng.random(n)
    b = ConfusionMatrixWidget(yb, y_score=score, slices=group)
    ts = iter(np.linspace(0.2, 0.8, repeat * 2))
    move = median_time(lambda: setattr(b, "threshold", float(next(ts))), repeat)

    def by_pandas_at(t):
        f = pd.DataFrame({"t": yb, "p": (score >= t).astype(np.int64), "g": group})
        return {g: confusion_matrix(d["t"], d["p"], labels=[0, 1]) for g, d in f.groupby("g")}

    peer_move = median_time(lambda: by_pandas_at(0.5), 1)
    row("threshold move, every slice recounted", move, "pandas groupby + sklearn cm", peer_move)


if __name__ == "__main__":
    main()
