"""Score benchmarks: curves of binary scores, threshold moves, abstain moves; medians and ratios.

    python benchmarks/bench_scores.py                    # curves at 10M, abstain at 1M x 10, labels 1M x 20
    python benchmarks/bench_scores.py --binary 1e6       # quicker

Peers are measured in the same run: scikit-learn's ``roc_curve`` /
``precision_recall_curve`` / ``roc_auc_score`` for the curves, and for an
abstain move a naive recount that rescans the (n, K) scores. Nothing here
asserts a time: the numbers are printed for people to read.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

import numpy as np
from sklearn.metrics import (
    confusion_matrix,
    multilabel_confusion_matrix,
    roc_auc_score,
    roc_curve,
)

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine.curves import Curves


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fmt(seconds):
    if seconds >= 1:
        return f"{seconds:8.2f} s "
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.2f} us"


def row(name, ours, peer_name, peer):
    print(f"  {name:<38} ours {fmt(ours)}   {peer_name:<30} {fmt(peer)}   peer/ours {peer / ours:10.1f}x")


def bench_curves(n, repeat):
    rng = np.random.default_rng(0)
    y = (rng.random(n) < 0.3).astype(np.int8)
    scores = np.clip(rng.normal(0.4 + 0.2 * y, 0.2), 0, 1)
    print(f"\nBinary scores, n = {n:,} (continuous: ~n distinct thresholds)")
    positive = y == 1

    peer = median_time(lambda: roc_curve(y, scores, drop_intermediate=False), repeat)
    ours = median_time(lambda: Curves.of(scores, positive).roc(), repeat)
    row("ROC curve, every point, from scratch", ours, "sklearn roc_curve", peer)
    # In the widget the threshold index exists once the slider has moved: the curve reads it.
    index = Curves.of(scores, positive)._index
    ours = median_time(lambda: Curves(index).points, repeat)
    print(f"  {'curve points from the index (merge)':<38} ours {fmt(ours)}")
    ours = median_time(lambda: Curves(index).roc(), repeat)
    row("ROC curve from the engine's index", ours, "sklearn roc_curve", peer)

    ours = median_time(lambda: Curves.of(scores, positive).auc(), repeat)
    peer = median_time(lambda: roc_auc_score(y, scores), repeat)
    row("AUC from scratch", ours, "sklearn roc_auc_score", peer)

    c = Curves.of(scores, positive)
    c.points  # noqa: B018 - built once, as the widget keeps it
    ours = median_time(lambda: c.thinned("roc", 1000), repeat)
    print(f"  {'ROC thinned to <= 4000 points':<38} ours {fmt(ours)}   (drawing: {len(c.thinned('roc')[0])} points)")
    ours = median_time(lambda: c.threshold_for(tpr=0.9), repeat)
    print(f"  {'threshold_for(tpr=0.9), curve built':<38} ours {fmt(ours)}")
    print(f"  {'curve memory (thresholds, tps, fps)':<38} {c.nbytes / n:.1f} bytes/sample")

    w = ConfusionMatrixWidget(y, y_score=scores)
    w.threshold = 0.45  # the index exists from here on
    w._binary_curves().points  # noqa: B018
    ts = iter(np.linspace(0.3, 0.7, 10_000))

    def move():
        t = float(next(ts))
        w.threshold = t
        w._binary_curves().split(t)  # the threshold's point on the curve

    ours = median_time(move, 200)
    peer = median_time(lambda: confusion_matrix(y, scores >= 0.55), max(1, repeat // 2))
    row("threshold move + point on the curve", ours, "sklearn confusion_matrix", peer)


def bench_abstain(n, k, repeat):
    rng = np.random.default_rng(1)
    y = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k)) + 2.0 * np.eye(k)[y]
    proba = np.exp(logits)
    proba /= proba.sum(axis=1, keepdims=True)
    print(f"\nMulticlass scores, n = {n:,}, K = {k}")
    w = ConfusionMatrixWidget(y, y_score=proba)
    t0 = time.perf_counter()
    w.abstain = 0.5
    print(f"  {'first abstain (sorts the top scores)':<38} ours {fmt(time.perf_counter() - t0)}")
    steps = iter(np.concatenate([np.linspace(0.5, 0.6, 300), np.linspace(0.6, 0.3, 300)]))
    engine = w._engine

    def move_engine():
        engine.abstain = float(next(steps))
        engine.counts()

    def naive():
        pred = np.argmax(proba, axis=1)
        pred[proba.max(axis=1) < 0.55] = k
        return np.bincount(y * (k + 1) + pred, minlength=k * (k + 1))

    ours = median_time(move_engine, 300)
    peer = median_time(naive, repeat)
    row("abstain move (counts, drag step)", ours, "naive rescan of the scores", peer)
    values = iter(np.linspace(0.3, 0.6, 1000))
    ours = median_time(lambda: setattr(w, "abstain", float(next(values))), 100)
    row("abstain move (widget, synced state)", ours, "naive rescan of the scores", peer)
    ours = median_time(lambda: setattr(w, "top_k", 3 if w.top_k == 2 else 2), max(3, repeat))
    print(f"  {'top_k change (recount)':<38} ours {fmt(ours)}")


def bench_multilabel(n, labels, repeat):
    rng = np.random.default_rng(2)
    y = rng.random((n, labels)) < 0.2
    scores = np.clip(y * 0.3 + rng.random((n, labels)) * 0.7, 0, 1)
    print(f"\nMulti-label scores, n = {n:,}, L = {labels}")
    w = ConfusionMatrixWidget.multilabel(y, y_score=scores)
    values = iter(np.linspace(0.3, 0.7, 1000))

    def move():
        t = w.thresholds.copy()
        t[3] = float(next(values))
        w.thresholds = t

    def naive():
        pred = scores >= 0.5
        return multilabel_confusion_matrix(y, pred), y.T.astype(np.int64) @ pred

    ours = median_time(move, 50)
    peer = median_time(naive, repeat)
    row("one label's threshold move (widget)", ours, "sklearn tables + Y.T @ Y_pred", peer)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", type=float, default=1e7, help="samples for the curves (default 10M)")
    parser.add_argument("--multiclass", type=float, default=1e6, help="samples for abstain (default 1M)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench_curves(int(args.binary), args.repeat)
    bench_abstain(int(args.multiclass), 10, args.repeat)
    bench_multilabel(int(args.multiclass), 20, args.repeat)


if __name__ == "__main__":
    main()
