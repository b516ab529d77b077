"""Sizes and build times of the one-file export (``w.to_html()``), labels and binary scores.

    .venv/bin/python benchmarks/bench_html.py [--sizes 1000,100000,1000000,10000000]

Prints the file size, the bytes per sample above the base file, and the median time to
write it. Above ``max_samples`` (2,000,000) the file keeps the counts only.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from cm_widget import ConfusionMatrixWidget


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000,1000000,10000000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    base = len(ConfusionMatrixWidget([0, 1], [0, 1]).to_html().encode())
    print(f"base file (2 samples, 2 classes): {base / 1024:.1f} KiB")
    print(f"{'kind':<8}{'n':>12}{'file':>12}{'B/sample':>10}{'to_html':>12}")
    for n in (int(s) for s in args.sizes.split(",")):
        y = rng.integers(0, 10, n)
        cases = {
            "labels": ConfusionMatrixWidget(y, np.where(rng.random(n) < 0.8, y, rng.integers(0, 10, n))),
            "binary": ConfusionMatrixWidget(y % 2, y_score=rng.random(n)),
        }
        for kind, w in cases.items():
            size = len(w.to_html(previews=False).encode())
            took = median_time(lambda w=w: w.to_html(previews=False), args.repeat)
            per = (size - base) / n
            print(f"{kind:<8}{n:>12,}{size / 1e6:>10.2f}MB{per:>10.2f}{took * 1e3:>10.0f}ms")


if __name__ == "__main__":
    main()
