"""Runs benchmarks: adding a run, switching runs, memory per run; medians and ratios.

    python benchmarks/bench_runs.py                  # n = 1M, K = 10
    python benchmarks/bench_runs.py --n 1e5 --runs 100

Peers, measured in the same run: scikit-learn's ``confusion_matrix`` of the same
data (for ``add_run``) and ``np.bincount`` of the cell ids. Nothing here asserts a
time: the numbers are printed for people to read.
"""

from __future__ import annotations

import argparse

import numpy as np
from bench_engine import fmt, median_time, retained_bytes
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget

K = 10


def row(name, ours, peer_name, peer):
    print(f"  {name:<36} ours {fmt(ours)}   {peer_name:<30} {fmt(peer)}   peer/ours {peer / ours:8.1f}x")


def predictions(rng, y, accuracy):
    return np.where(rng.random(len(y)) < accuracy, y, rng.integers(0, K, len(y)))


def bench_add_run(n, repeat):
    rng = np.random.default_rng(0)
    y = rng.integers(0, K, n)
    preds = [predictions(rng, y, 0.5 + 0.01 * r) for r in range(repeat + 1)]
    w = ConfusionMatrixWidget(y, preds[0])
    it = iter(preds[1:])
    ours = median_time(lambda: w.add_run(next(it)), repeat)
    sk = median_time(lambda: confusion_matrix(y, preds[0]), max(3, repeat // 3))
    ids = y * K + preds[0]
    bc = median_time(lambda: np.bincount(y * K + preds[0], minlength=K * K), repeat)
    del ids
    print(f"add_run, labels, n = {n:,}, K = {K}")
    row("add_run(y_pred)", ours, "sklearn confusion_matrix", sk)
    row("add_run(y_pred)", ours, "np.bincount(y*K+p)", bc)

    logits = rng.normal(size=(n, K)).astype(np.float32)
    ours = median_time(lambda: w.add_run(logits), max(3, repeat // 3))
    sk = median_time(lambda: confusion_matrix(y, logits.argmax(1)), 3)
    row("add_run(logits (n, K) float32)", ours, "sklearn cm(y, argmax)", sk)

    yb = y % 2
    probs = rng.random(n)
    b = ConfusionMatrixWidget(yb, y_score=probs)
    more = [rng.random(n) for _ in range(repeat)]
    it = iter(more)
    ours = median_time(lambda: b.add_run(next(it)), repeat)
    sk = median_time(lambda: confusion_matrix(yb, (probs >= 0.5).astype(int)), max(3, repeat // 3))
    row("add_run(binary probabilities)", ours, "sklearn cm(y, p >= 0.5)", sk)
    return w


def bench_switch(w, repeat):
    names = w.runs
    print(f"switching runs (w.run = ...), {len(names)} runs")
    state = {"k": 0}

    def switch():
        state["k"] = (state["k"] + 1) % len(names)
        w.run = names[state["k"]]

    ours = median_time(switch, repeat)
    y = w._run_set.base.codes_true
    p = w._run_set[names[0]].codes_pred
    sk = median_time(lambda: confusion_matrix(y, p), 3)
    row("switch run (counts + metrics)", ours, "sklearn confusion_matrix", sk)
    w.selected = (1, 2)
    ours = median_time(switch, repeat)
    row("switch run with a cell selected", ours, "sklearn confusion_matrix", sk)
    w.compare = names[0]
    ours = median_time(switch, repeat)
    row("switch run in compare mode", ours, "sklearn confusion_matrix", sk)
    w.compare = None
    w.selected = None


def bench_memory(n, n_runs):
    rng = np.random.default_rng(1)
    y = rng.integers(0, K, n)
    first = predictions(rng, y, 0.5)
    w = ConfusionMatrixWidget(y, first)
    preds = [predictions(rng, y, 0.6) for _ in range(n_runs - 1)]
    _, labels, _ = retained_bytes(lambda: [w.add_run(p) for p in preds])
    preds.clear()  # the widget keeps its own narrow copies
    b = ConfusionMatrixWidget(y % 2, y_score=rng.random(n))
    scores = [rng.random(n) for _ in range(n_runs - 1)]
    _, binary, _ = retained_bytes(lambda: [b.add_run(s) for s in scores])
    print(f"memory: {n_runs} runs of n = {n:,} (retained by the widget after add_run, tracemalloc)")
    print(f"  labels, K = {K}: {labels / 1e6:7.1f} MB total, {labels / (n_runs - 1) / n:5.2f} bytes/sample/run")
    print(
        f"  binary scores  : {binary / 1e6:7.1f} MB total ({binary / 2**20:.1f} MiB), "
        f"{binary / (n_runs - 1) / n:5.2f} bytes/sample/run"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=float, default=1e6)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--memory-n", type=float, default=1e5)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    w = bench_add_run(int(args.n), args.repeat)
    bench_switch(w, args.repeat)
    bench_memory(int(args.memory_n), args.runs)


if __name__ == "__main__":
    main()
