"""Engine benchmarks: medians and ratios against the peers, measured in the same run.

    python benchmarks/bench_engine.py                 # n = 1M and 10M
    python benchmarks/bench_engine.py --sizes 1e6     # quicker
    python benchmarks/bench_engine.py --binary-only   # threshold index, binary cells, memory

Targets (see the design notes): counts from ints <= 1.5x np.bincount; from strings
>= 20x faster than scikit-learn; threshold move <= 0.2 ms; click <= 0.05 ms once the
index exists; first click (index build, K=10) <= 0.3 s; indexes <= 16 bytes/sample.
Nothing here asserts a time: the numbers are printed for people to read.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import tracemalloc

import numpy as np
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import CellIndex, Confusion, ThresholdIndex
from cm_widget._inputs import build_record

K = 10


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def per_call(fn, calls, repeat=5):
    """Median over ``repeat`` loops of the mean time of one of ``calls`` back-to-back calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - t0) / calls)
    return statistics.median(times)


def fmt(seconds):
    if seconds >= 1:
        return f"{seconds:8.2f} s "
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.2f} us"


def row(name, ours, peer_name, peer):
    ratio = peer / ours
    print(f"  {name:<34} ours {fmt(ours)}   {peer_name:<28} {fmt(peer)}   peer/ours {ratio:10.1f}x")


def retained_bytes(build):
    """Peak and retained bytes allocated while ``build()`` runs (numpy reports to tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    obj = build()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return obj, current - base, peak - base


def counts_of(y_true, y_pred):
    """The door and the engine, as the widget runs them, without the widget's fixed cost."""
    rec = build_record(y_true, y_pred)
    return Confusion(rec.codes_true, rec.codes_pred, len(rec.classes), counts=rec.counts).counts()


def bench(n, rng, slow_repeat):
    print(f"\nn = {n:,}  (K = {K})")
    y_true = rng.integers(0, K, n)
    y_pred = np.where(rng.random(n) < 0.7, y_true, rng.integers(0, K, n))
    fast = 5

    peer = median_time(lambda: np.bincount(y_true * K + y_pred, minlength=K * K), fast)
    ours = median_time(lambda: counts_of(y_true, y_pred), fast)
    whole = median_time(lambda: ConfusionMatrixWidget(y_true, y_pred), fast)
    skl = median_time(lambda: confusion_matrix(y_true, y_pred), slow_repeat)
    row("counts, int labels", ours, "np.bincount(t*K+p)", peer)
    print(
        f"  {'':<34} ours/bincount = {ours / peer:.2f}x (target <= 1.5x); sklearn {fmt(skl)} = {skl / ours:.0f}x ours"
    )
    print(f"  {'':<34} whole widget construction (counts + colours + metrics + state): {fmt(whole)}")

    names = np.array([f"class_{k}" for k in range(K)])
    s_true, s_pred = names[y_true], names[y_pred]
    skl = median_time(lambda: confusion_matrix(s_true, s_pred), slow_repeat)
    ours = median_time(lambda: counts_of(s_true, s_pred), 3)
    row("counts, str labels (numpy U)", ours, "sklearn confusion_matrix", skl)
    o_true, o_pred = s_true.astype(object), s_pred.astype(object)
    skl = median_time(lambda: confusion_matrix(o_true, o_pred), slow_repeat)
    ours = median_time(lambda: counts_of(o_true, o_pred), 3)
    row("counts, str labels (object)", ours, "sklearn confusion_matrix", skl)
    s_true = s_pred = o_true = o_pred = None  # free the string copies before the next step

    codes_t, codes_p = y_true.astype(np.int64), y_pred.astype(np.int64)
    ids = codes_t * K + codes_p
    peer = median_time(lambda: np.argsort(ids, kind="stable"), 3)
    ours = median_time(lambda: CellIndex(codes_t, codes_p, K), 3)
    row("first click (cell index build)", ours, "stable argsort int64 ids", peer)
    index, kept, peak = retained_bytes(lambda: CellIndex(codes_t, codes_p, K))
    print(f"  {'':<34} cell index keeps {kept / n:.1f} B/sample (peak {peak / n:.1f} B/sample while building)")

    cells = rng.integers(0, K, size=(2000, 2))
    t0 = time.perf_counter()
    for i, j in cells:
        index.cell(i, j)
    ours = (time.perf_counter() - t0) / len(cells)
    peer = median_time(lambda: np.flatnonzero((y_true == 3) & (y_pred == 4)), fast)
    row("click -> indices of a cell", ours, "np.flatnonzero(mask)", peer)
    w = ConfusionMatrixWidget(y_true, y_pred)
    w.selected = (3, 4)
    t0 = time.perf_counter()
    for i, j in cells[:200]:
        w.selected = (int(i), int(j))
    per_click = (time.perf_counter() - t0) / 200
    print(f"  {'':<34} whole widget click (trait + page of 100 + sync state): {fmt(per_click)}")
    index = w = ids = None  # free them before the binary benchmarks


def bench_binary(n, rng, slow_repeat):
    print(f"\nn = {n:,}  binary scores")
    fast = 5
    y_bin = rng.integers(0, 2, n)
    scores = np.clip(rng.normal(0.35 + 0.3 * y_bin, 0.2), 0, 1)
    w = ConfusionMatrixWidget(y_bin, y_score=scores)
    codes = y_bin.astype(np.uint8)
    build = median_time(lambda: ThresholdIndex(scores, codes, 1), 3)
    peer = median_time(lambda: np.sort(scores), 3)
    row("threshold index build (for counts)", build, "np.sort(scores) float64", peer)
    w.threshold = 0.4  # builds the threshold index
    thresholds = rng.random(500)
    engine = w._engine
    t0 = time.perf_counter()
    for t in thresholds:
        engine.counts(float(t))
    ours = (time.perf_counter() - t0) / len(thresholds)
    skl = median_time(lambda: confusion_matrix(y_bin, scores >= 0.37), slow_repeat)
    row("threshold move (counts)", ours, "sklearn recompute", skl)
    naive = median_time(lambda: np.bincount(y_bin * 2 + (scores >= 0.37), minlength=4), fast)
    print(f"  {'':<34} naive numpy recompute {fmt(naive)} = {naive / ours:.0f}x ours")
    t0 = time.perf_counter()
    for t in thresholds[:50]:
        w.threshold = float(t)
    per_move = (time.perf_counter() - t0) / 50
    print(f"  {'':<34} whole widget move (trait + metrics + sync state): {fmt(per_move)}")
    del w, engine
    bench_binary_indices(y_bin, scores, fast)
    bench_binary_memory(y_bin, scores, rng)


def bench_binary_indices(y_bin, scores, fast):
    """A cell's indices: first call, the same call again, after a small drag and after a jump."""
    codes = y_bin.astype(np.uint8)
    peer = median_time(lambda: np.flatnonzero((y_bin == 1) & (scores >= 0.5)), fast)

    def fresh():
        c = Confusion(codes, None, 2, scores=scores, pos_index=1)
        _ = c.threshold_index  # built by the first threshold move, before any click
        return c

    firsts, seconds, fours = [], [], []
    for _ in range(3):
        c = fresh()
        gc.collect()
        t0 = time.perf_counter()
        c.indices(1, 1, 0.5)  # the first listing in the class builds its sample order
        t1 = time.perf_counter()
        c.indices(1, 0, 0.5)
        firsts.append(t1 - t0)
        seconds.append(time.perf_counter() - t1)
        c = fresh()
        gc.collect()
        t0 = time.perf_counter()
        for cell in ((1, 1), (0, 1), (1, 0), (0, 0)):
            c.indices(*cell, 0.5)
        fours.append(time.perf_counter() - t0)
    positives = scores[y_bin == 1]
    arg = median_time(lambda: np.argsort(positives), 1)
    row("binary indices, first in a class", statistics.median(firsts), "np.argsort(class scores)", arg)
    row("binary indices, first call (FN)", statistics.median(seconds), "np.flatnonzero(mask)", peer)
    print(
        f"  {'':<34} all four cells, first calls: {fmt(statistics.median(fours))} "
        f"(4 masks: {fmt(4 * peer)}; 2 argsorts: {fmt(2 * arg)})"
    )
    again = per_call(lambda: c.indices(1, 1, 0.5), 200)
    row("binary indices, repeated call", again, "np.flatnonzero(mask)", peer)
    index = c.threshold_index
    k = len(index._order[0]) - len(c.indices(1, 1, 0.5))
    resort = median_time(lambda: np.sort(index._order[0][k:]), 3)
    print(f"  {'':<34} re-sorting the cell each call (what a cache saves): {fmt(resort)} = {resort / again:.0f}x")
    values = np.unique(scores[(scores > 0.5) & (scores < 0.51)])
    near = [0.5, float(values[100])]  # about 100 samples cross between these two thresholds
    drag = per_call(lambda: [c.indices(1, 1, t) for t in near], 10) / 2
    row("binary indices, small drag", drag, "np.flatnonzero(mask)", peer)
    jump = median_time(lambda: [c.indices(1, 1, t) for t in (0.3, 0.6)], 3) / 2
    row("binary indices, far jump", jump, "np.flatnonzero(mask)", peer)
    w = ConfusionMatrixWidget(y_bin, y_score=scores)
    w.threshold = 0.5
    w.indices(1, 1)
    whole = per_call(lambda: w.indices(1, 1), 200)
    print(f"  {'':<34} whole widget w.indices(1, 1) repeated: {fmt(whole)}")


def bench_binary_memory(y_bin, scores, rng):
    """Bytes per sample the index holds with its order built and all four cells listed."""
    n = len(scores)
    codes = y_bin.astype(np.uint8)
    weights = rng.uniform(0.5, 1.5, n)
    for name, sample_weight in (("unweighted", None), ("weighted", weights)):
        c = Confusion(codes, None, 2, weights=sample_weight, scores=scores, pos_index=1)

        def build(c=c):
            for cell in ((1, 1), (0, 1), (1, 0), (0, 0)):
                c.indices(*cell, 0.5)
            return c.threshold_index

        if sample_weight is None:
            _, kept, _ = retained_bytes(lambda c=c: c.threshold_index)
            print(f"  binary index memory, counts only  holds {kept / n:5.2f} B/sample (tracemalloc)")
        index, kept, peak = retained_bytes(build)
        print(
            f"  binary index memory, {name:<11}  holds {index.nbytes / n:5.2f} B/sample (target <= 16), "
            f"tracemalloc kept {kept / n:5.2f}, peak {peak / n:5.2f} while building"
        )
    print(
        f"  {'':<34} not counted: the record the index reads (codes 1 + float64 scores 8"
        f" [+ weights 8] B/sample), which the widget keeps anyway"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e6, 1e7])
    parser.add_argument("--slow-repeat", type=int, default=1, help="repeats of the slow scikit-learn peers")
    parser.add_argument("--binary-only", action="store_true", help="only the binary-score benchmarks")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    print(f"numpy {np.__version__}; medians of repeated runs; ratios are peer time / our time")
    for n in args.sizes:
        if not args.binary_only:
            bench(int(n), rng, args.slow_repeat)
        bench_binary(int(n), rng, args.slow_repeat)


if __name__ == "__main__":
    main()
