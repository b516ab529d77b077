"""Totals and "(other)" at many classes: what a top-N view and its totals cost the kernel.

At K = 1000 classes (weighted counts, an abstained column), ``top_classes=20`` over the "support"
order: the widget's drawn matrix (``display_counts``, sums in the page's order) against numpy's
plain gathering of the same sums (two matrix products with 0/1 indicators), and the totals
(``_engine.margins.totals``) against ``ndarray.sum`` of the full matrix. Then the samples of an
(other) cell (``indices("(other)", c)``) at n = 1M against a numpy mask over the labels.
Prints medians and ratios; asserts no time.

    python benchmarks/bench_margins.py [--k 1000] [--n 1_000_000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import margins
from cm_widget._engine.other import display_counts


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=1000)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    k, top = a.k, a.top
    counts = rng.integers(0, 50, (k, k + 1)) * rng.random((k, k + 1))
    order = np.argsort(-counts.sum(axis=1), kind="stable")
    shown, hidden = order[:top], order[top:]
    rows = np.zeros((top + 1, k))
    rows[np.arange(top), shown] = 1
    rows[top, hidden] = 1
    cols = np.zeros((k + 1, top + 2))
    cols[shown, np.arange(top)] = 1
    cols[hidden, top] = 1
    cols[k, top + 1] = 1
    ours = timed(lambda: display_counts(counts, order, top), a.repeat)
    peer = timed(lambda: rows @ counts @ cols, a.repeat)
    tot = timed(lambda: margins.totals(counts), a.repeat)
    plain = timed(lambda: (counts.sum(axis=1), counts.sum(axis=0), counts.sum()), a.repeat)
    print(f"K = {k}, top_classes = {top}, weighted, an abstained column:")
    print(
        f"  display_counts          {ours * 1e3:8.2f} ms   numpy indicator products {peer * 1e3:8.2f} ms"
        f"   ratio {ours / peer:5.2f}"
    )
    print(
        f"  margins.totals          {tot * 1e3:8.2f} ms   ndarray.sum x 3          {plain * 1e3:8.2f} ms"
        f"   ratio {tot / plain:5.2f}"
    )

    n, kk = a.n, 100
    yt = rng.integers(0, kk, n)
    yp = np.where(rng.random(n) < 0.6, yt, rng.integers(0, kk, n))
    w = W(yt, yp, order="support", top_classes=top)
    c = int(w.class_order[0])
    hid = np.asarray(w.hidden_classes)
    w.indices(c, c)  # the cell index is built once, on the first click
    ours = timed(lambda: w.indices("(other)", c), a.repeat)
    peer = timed(lambda: np.flatnonzero(np.isin(yt, hid) & (yp == c)), a.repeat)
    print(f"n = {n:,}, K = {kk}: the samples of an (other) cell ({len(hid)} cells)")
    print(
        f"  indices('(other)', c)   {ours * 1e3:8.2f} ms   numpy mask               {peer * 1e3:8.2f} ms"
        f"   ratio {ours / peer:5.2f}"
    )


if __name__ == "__main__":
    main()
