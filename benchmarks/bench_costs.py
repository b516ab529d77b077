"""Cost benchmarks: the threshold of least expected cost, and the one that flags a share; medians and ratios.

    python benchmarks/bench_costs.py              # n = 10M
    python benchmarks/bench_costs.py --n 1e6      # quicker

Peers measured in the same run: scikit-learn's ``roc_curve`` (every threshold, exact) followed by
the cost at each point, and ``TunedThresholdClassifierCV`` with a ``make_scorer`` cost over its
default grid of 100 thresholds (at a smaller n: it recounts the matrix at each threshold). Nothing
here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import confusion_matrix, make_scorer, roc_curve
from sklearn.model_selection import TunedThresholdClassifierCV

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import costs
from cm_widget._engine.curves import Curves

COST_FP, COST_FN = 1.0, 20.0


def median_time(fn, repeat, setup=None):
    """Median seconds of ``fn()`` (or ``fn(setup())``, the setup untimed)."""
    times = []
    for _ in range(repeat):
        arg = setup() if setup is not None else None
        gc.collect()
        t0 = time.perf_counter()
        fn() if setup is None else fn(arg)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fmt(seconds):
    if seconds >= 1:
        return f"{seconds:8.2f} s "
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.2f} us"


def row(name, ours, peer_name, peer):
    print(f"  {name:<44} ours {fmt(ours)}   {peer_name:<34} {fmt(peer)}   peer/ours {peer / ours:8.1f}x")


def sklearn_least_cost(y, scores, w=None):
    fpr, tpr, thr = roc_curve(y, scores, sample_weight=w, drop_intermediate=False)
    pos = y.sum() if w is None else w[y == 1].sum()
    neg = len(y) - y.sum() if w is None else w[y == 0].sum()
    cost = COST_FP * fpr * neg + COST_FN * (1 - tpr) * pos
    return thr[int(np.argmin(cost))]


class FixedScores(ClassifierMixin, BaseEstimator):
    def fit(self, X, y):
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X):
        p = X[:, 0]
        return np.column_stack((1 - p, p))


def neg_cost(y_true, y_pred, sample_weight=None):
    _, fp, fn, _ = confusion_matrix(y_true, y_pred, labels=[0, 1], sample_weight=sample_weight).ravel()
    return -(COST_FP * fp + COST_FN * fn)


def bench(n, repeat, weighted):
    rng = np.random.default_rng(0)
    y = (rng.random(n) < 0.1).astype(np.int8)
    scores = np.clip(rng.normal(0.35 + 0.25 * y, 0.2), 0, 1)
    w = rng.random(n) * 2 if weighted else None
    print(f"\nn = {n:,}{', weighted' if weighted else ''} (continuous scores: ~n distinct thresholds)")

    def cold():  # the index (one sort per class), the curve (one merge, one cumsum) and the search
        return costs.least_cost(*Curves.of(scores, y == 1, w).points, cost_fp=COST_FP, cost_fn=COST_FN)

    ours_cold = median_time(cold, repeat)
    peer = median_time(lambda: sklearn_least_cost(y, scores, w), repeat)
    row("least cost, from the scores", ours_cold, "roc_curve + cost per point", peer)
    got, want = cold()[0], sklearn_least_cost(y, scores, w)
    print(f"    same threshold as the peer: {got == want} ({got!r})")

    def fresh():  # a widget as built: its threshold index exists (the counts need it), not its curve
        return ConfusionMatrixWidget(y, y_score=scores, sample_weight=w)

    first = median_time(lambda wd: wd.threshold_for(cost_fp=COST_FP, cost_fn=COST_FN), repeat, setup=fresh)
    row("least cost, a widget's first call", first, "roc_curve + cost per point", peer)
    widget = fresh()
    widget.threshold_for(cost_fp=COST_FP, cost_fn=COST_FN)  # the curve exists from here on
    warm = median_time(lambda: widget.threshold_for(cost_fp=COST_FP, cost_fn=COST_FN), repeat)
    row("least cost, widget's curve already built", warm, "roc_curve + cost per point", peer)
    rate = median_time(lambda: widget.threshold_for(rate=0.05), repeat)
    row("rate=0.05, widget's curve already built", rate, "roc_curve + cost per point", peer)


def bench_tuned(n, repeat):
    rng = np.random.default_rng(1)
    y = (rng.random(n) < 0.1).astype(np.int8)
    scores = np.clip(rng.normal(0.35 + 0.25 * y, 0.2), 0, 1)
    X = scores[:, None]
    est = FixedScores().fit(X, y)

    def tuned():
        TunedThresholdClassifierCV(
            est, scoring=make_scorer(neg_cost), cv="prefit", refit=False, response_method="predict_proba"
        ).fit(X, y)

    peer = median_time(tuned, max(1, repeat // 2))
    ours = median_time(
        lambda: costs.least_cost(*Curves.of(scores, y == 1).points, cost_fp=COST_FP, cost_fn=COST_FN), repeat
    )
    print(f"\nn = {n:,}: scikit-learn's TunedThresholdClassifierCV (100 thresholds) vs every distinct score")
    row("least cost over every score", ours, "TunedThresholdClassifierCV", peer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=float, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tuned-n", type=float, default=1_000_000)
    args = parser.parse_args()
    n = int(args.n)
    bench(n, args.repeat, weighted=False)
    bench(n, args.repeat, weighted=True)
    bench_tuned(int(args.tuned_n), args.repeat)


if __name__ == "__main__":
    main()
