"""Time of the class orders and of top_confusions at K = 100, 1000, 2000.

The matrix: K classes in blocks of 20 confused with each other, a sprinkle of
confusions across blocks (Poisson 0.05 per cell), classes shuffled. Peers,
measured in the same run on the same matrix:
  - scipy's average linkage + optimal leaf ordering over all K classes at once
    (the textbook "cluster" order; skipped above K=1000, where it takes many seconds),
  - scipy's reverse Cuthill-McKee on the confusion pattern (fast, blind to counts),
  - a full argsort of the off-diagonal cells for top_confusions.

Prints medians (ms) and ratios; asserts nothing. Run:
    python benchmarks/bench_order.py [--repeat 5] [--ks 100,1000,2000]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from cm_widget._engine import order as _order


def matrix(k, seed=0):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(0.05, (k, k))
    for start in range(0, k, 20):
        stop = min(start + 20, k)
        counts[start:stop, start:stop] += rng.poisson(3, (stop - start, stop - start))
    np.fill_diagonal(counts, rng.integers(200, 600, k))
    perm = rng.permutation(k)
    return counts[np.ix_(perm, perm)].astype(np.int64)


def block_of_each_class(k, seed=0):
    """The block of each class of ``matrix(k, seed)``, replaying its random draws."""
    rng = np.random.default_rng(seed)
    rng.poisson(0.05, (k, k))
    for start in range(0, k, 20):
        stop = min(start + 20, k)
        rng.poisson(3, (stop - start, stop - start))
    rng.integers(200, 600, k)
    return rng.permutation(k) // 20


def median_ms(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def full_olo(counts):
    from scipy.cluster.hierarchy import leaves_list, linkage, optimal_leaf_ordering
    from scipy.spatial.distance import squareform

    sim = _order.similarity(counts)
    dist = 1.0 - sim / sim.max()
    np.fill_diagonal(dist, 0.0)
    condensed = squareform(dist, checks=False)
    return leaves_list(optimal_leaf_ordering(linkage(condensed, "average"), condensed))


def rcm(counts):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    return reverse_cuthill_mckee(csr_matrix(_order.similarity(counts) > 0), symmetric_mode=True)


def full_sort_top(counts, n):
    off = counts.astype(np.float64).ravel().copy()
    off[:: len(counts) + 1] = 0
    return np.argsort(-off, kind="stable")[:n]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ks", default="100,1000,2000")
    args = parser.parse_args()
    _order.class_order(matrix(10), "cluster")  # import scipy outside the timings
    print(f"{'K':>5} {'operation':<28} {'median ms':>10} {'peer':<26} {'peer ms':>9} {'ratio':>7}")
    for k in (int(v) for v in args.ks.split(",")):
        counts = matrix(k)
        names = [f"class{i}" for i in range(k)]
        rows = []
        ours = median_ms(lambda: _order.class_order(counts, "cluster", names), args.repeat)
        if k <= 1000:
            peer = median_ms(lambda: full_olo(counts), max(1, args.repeat // 2))
            rows.append(("order='cluster'", ours, "linkage+OLO, all K", peer))
        else:
            rows.append(("order='cluster'", ours, "(linkage+OLO skipped)", float("nan")))
        rows.append(("order='cluster'", ours, "reverse Cuthill-McKee", median_ms(lambda: rcm(counts), args.repeat)))
        for how in ("name", "support", "errors"):
            rows.append(
                (
                    f"order={how!r}",
                    median_ms(lambda: _order.class_order(counts, how, names), args.repeat),
                    "",
                    float("nan"),
                )
            )
        rows.append(
            (
                "top_confusions(10)",
                median_ms(lambda: _order.top_confusions(counts, 10), args.repeat),
                "argsort of all cells",
                median_ms(lambda: full_sort_top(counts, 10), args.repeat),
            )
        )
        for name, ms, peer_name, peer_ms in rows:
            ratio = f"{peer_ms / ms:6.1f}x" if peer_ms == peer_ms else ""
            peer_text = f"{peer_ms:9.1f}" if peer_ms == peer_ms else ""
            print(f"{k:>5} {name:<28} {ms:10.1f} {peer_name:<26} {peer_text:>9} {ratio:>7}")
        blocks = block_of_each_class(k)
        for name, order in (("cluster order", _order.class_order(counts, "cluster")), ("RCM", rcm(counts))):
            runs = blocks[order]
            print(
                f"{k:>5} {name}: {np.count_nonzero(runs[1:] != runs[:-1]) + 1} runs for "
                f"{len(np.unique(blocks))} blocks (1 run per block is perfect)"
            )


if __name__ == "__main__":
    main()
