"""Bootstrap benchmarks: intervals of the metrics of a K = 10 matrix; medians, replicates per second, ratios.

    python benchmarks/bench_uncertainty.py                # n = 1M, 1,000 replicates
    python benchmarks/bench_uncertainty.py --n 1e5        # quicker

Without sample weights the bootstrap resamples the counts (K multinomials per replicate); the peer
measured in the same run is the sample bootstrap it stands for (each replicate redraws the samples
of every true class and counts them with ``np.bincount``), timed on fewer replicates and scaled.
With sample weights the samples are redrawn (the weighted row). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

import numpy as np

from cm_widget._engine import calibration as C
from cm_widget._engine import uncertainty as U


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fmt(seconds):
    return f"{seconds:8.3f} s " if seconds >= 1 else f"{seconds * 1e3:8.2f} ms"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=float, default=1e6)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--boot", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    n, k, boot = int(args.n), args.k, args.boot
    rng = np.random.default_rng(0)
    y = rng.integers(0, k, n)
    pred = np.where(rng.random(n) < 0.8, y, rng.integers(0, k, n))
    counts = np.bincount(y * k + pred, minlength=k * k).reshape(k, k)
    print(f"n = {n:,}, K = {k}, {boot:,} replicates, median of {args.repeat}")

    def by_counts():
        U.metric_intervals(counts, n_boot=boot, seed=1)

    def draws_only():
        U.resample_counts(counts, boot, np.random.default_rng(1))

    peer_boot = max(2, boot // 100)

    def by_samples():
        U.resample_samples(y, pred, k, k, None, peer_boot, np.random.default_rng(1))

    weights = rng.uniform(0.5, 2.0, n)

    def weighted():
        U.resample_samples(y, pred, k, k, weights, peer_boot, np.random.default_rng(1))

    def weighted_grouped():
        U.metric_intervals(counts, n_boot=boot, seed=1, samples=(y, pred, weights))

    t_all = median_time(by_counts, args.repeat)
    t_draw = median_time(draws_only, args.repeat)
    t_peer = median_time(by_samples, max(1, args.repeat // 2)) * boot / peer_boot
    t_w = median_time(weighted, max(1, args.repeat // 2)) * boot / peer_boot
    print(f"  counts bootstrap, every metric + Wilson  {fmt(t_all)}   {boot / t_all:12,.0f} replicates/s")
    print(f"  counts bootstrap, the draws alone        {fmt(t_draw)}   {boot / t_draw:12,.0f} replicates/s")
    print(
        f"  sample bootstrap (peer, scaled from {peer_boot}) {fmt(t_peer)}   {boot / t_peer:12,.0f} replicates/s"
        f"   peer/ours {t_peer / t_all:8.0f}x"
    )
    t_wg = median_time(weighted_grouped, args.repeat)
    print(f"  weighted sample bootstrap (scaled)       {fmt(t_w)}   {boot / t_w:12,.0f} replicates/s")
    print(
        f"  weighted, grouped (every metric)         {fmt(t_wg)}   {boot / t_wg:12,.0f} replicates/s"
        f"   ratio {t_w / t_wg:8.0f}x"
    )

    # Calibration of binary probabilities: the curve, and the ECE's bootstrap (redraws the samples).
    yb = (rng.random(n) < 0.3).astype(np.int64)
    prob = np.clip(0.5 * yb + 0.5 * rng.random(n), 0, 1)

    def curve():
        C.reliability(yb == 1, prob, 10, "uniform")

    edges = np.linspace(0, 1, 11)

    def ece_exact():
        C.ece_replicates(yb == 1, prob, yb, edges, peer_boot, np.random.default_rng(1), exact=True)

    def ece_grouped():
        C.ece_replicates(yb == 1, prob, yb, edges, boot, np.random.default_rng(1), exact=False)

    wb = rng.uniform(0.5, 2.0, n)

    def ece_weighted():
        C.ece_replicates(yb == 1, prob, yb, edges, boot, np.random.default_rng(1), wb, exact=False)

    t_curve = median_time(curve, args.repeat)
    t_exact = median_time(ece_exact, max(1, args.repeat // 2)) * boot / peer_boot
    t_grouped = median_time(ece_grouped, args.repeat)
    print(f"  reliability curve, 10 bins               {fmt(t_curve)}")
    print(f"  ECE bootstrap, grouped counts            {fmt(t_grouped)}   {boot / t_grouped:12,.0f} replicates/s")
    print(
        f"  ECE bootstrap, samples redrawn (scaled)  {fmt(t_exact)}   {boot / t_exact:12,.0f} replicates/s"
        f"   ratio {t_exact / t_grouped:8.0f}x"
    )
    t_ew = median_time(ece_weighted, args.repeat)
    print(f"  ECE bootstrap, weighted, grouped         {fmt(t_ew)}   {boot / t_ew:12,.0f} replicates/s")


if __name__ == "__main__":
    main()
