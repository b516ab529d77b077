"""Calibration of probabilities: reliability curves, expected calibration error with a bootstrap
interval, and score histograms per true class (numpy only)."""

from __future__ import annotations

import numpy as np

from .uncertainty import _CHUNK, check_interval_args, percentile, resample_counts

STRATEGIES = ("uniform", "quantile")

#: Above this many samples drawn (samples x replicates), an unweighted ECE bootstrap draws each
#: bin's sum of probabilities from its normal approximation (the counts stay exact multinomials).
EXACT_DRAWS = 20_000_000


def bin_edges(prob, n_bins, strategy):
    """Bin edges as ``sklearn.calibration.calibration_curve`` has them."""
    if strategy == "uniform":
        return np.linspace(0.0, 1.0, n_bins + 1)
    if strategy == "quantile":
        return np.percentile(prob, np.linspace(0, 1, n_bins + 1) * 100)
    raise ValueError(f"strategy must be 'uniform' or 'quantile'; got {strategy!r}.")


def bin_ids(prob, edges):
    """The bin of each probability (the inner edges searched from the left, as scikit-learn does)."""
    return np.searchsorted(edges[1:-1], prob)


def reliability(hit, prob, n_bins=10, strategy="uniform", weights=None):
    """Mean observed frequency and mean probability of each non-empty bin.

    Parameters
    ----------
    hit : bool (n,)
        Whether the event happened (the sample is of the class).
    prob : float (n,) in [0, 1]
        Its predicted probability.
    weights : (n,) or None
        Sample weights (weighted means; scikit-learn's function takes none).

    Returns
    -------
    prob_true, prob_pred, total : per non-empty bin (``total``: samples or summed weights)
    edges : (n_bins + 1,) bin edges
    """
    edges = bin_edges(prob, n_bins, strategy)
    ids = bin_ids(prob, edges)
    w = None if weights is None else np.asarray(weights, dtype=np.float64)
    total = np.bincount(ids, weights=w, minlength=n_bins)
    sums = np.bincount(ids, weights=prob if w is None else prob * w, minlength=n_bins)
    trues = np.bincount(ids, weights=hit.astype(np.float64) if w is None else hit * w, minlength=n_bins)
    keep = total != 0
    return trues[keep] / total[keep], sums[keep] / total[keep], total[keep], edges


def ece(prob_true, prob_pred, total):
    """Expected calibration error: the bins' gaps |frequency - probability|, weighted by their share."""
    total = np.asarray(total, dtype=np.float64)
    whole = total.sum()
    return float((total * np.abs(np.asarray(prob_true) - np.asarray(prob_pred))).sum() / whole) if whole else 0.0


def ece_replicates(hit, prob, strata, edges, n_boot, rng, weights=None, exact=None):
    """ECE of bootstrap replicates that redraw the samples within each stratum (the true class), the
    bin edges held at the data's; (n_boot,) float64.

    ``exact`` (default: samples x replicates <= ``EXACT_DRAWS``) redraws the samples. Otherwise,
    within each stratum, the numbers of samples per (bin, hit) are exact multinomials and each such
    group's sums (of probabilities; with weights, of weights and of weighted probabilities, jointly)
    are drawn from their normal approximation (the mean and covariance of the sum of that many
    draws from the group), a cost independent of n.
    """
    if exact is None:
        exact = len(prob) * int(n_boot) <= EXACT_DRAWS
    if not exact:
        return _ece_replicates_grouped(hit, prob, strata, edges, n_boot, rng, weights)
    n_bins = len(edges) - 1
    ids = bin_ids(prob, edges)
    strata = np.asarray(strata, dtype=np.int64)
    order = np.argsort(strata, kind="stable")
    ids, prob_s, hit_s = ids[order], np.asarray(prob, np.float64)[order], hit[order].astype(np.float64)
    w = np.ones(len(ids)) if weights is None else np.asarray(weights, dtype=np.float64)[order]
    sizes = np.bincount(strata)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    out = np.empty(int(n_boot))
    step = max(1, _CHUNK // max(len(ids), 1))
    for b0 in range(0, int(n_boot), step):
        b = min(step, int(n_boot) - b0)
        base = (np.arange(b, dtype=np.int64) * n_bins)[:, None]
        picks = [rng.integers(0, size, size=(b, size)) + start for start, size in zip(starts, sizes) if size]
        pick = np.concatenate(picks, axis=1)
        cell = (ids[pick] + base).ravel()
        ws = w[pick].ravel()
        m = b * n_bins
        total = np.bincount(cell, weights=ws, minlength=m).reshape(b, n_bins)
        sums = np.bincount(cell, weights=(prob_s[pick].ravel() * ws), minlength=m).reshape(b, n_bins)
        trues = np.bincount(cell, weights=(hit_s[pick].ravel() * ws), minlength=m).reshape(b, n_bins)
        whole = total.sum(axis=1)
        gap = np.abs(trues - sums)  # total * |trues/total - sums/total|
        out[b0 : b0 + b] = np.divide(gap.sum(axis=1), whole, out=np.zeros(b), where=whole != 0)
    return out


def _ece_replicates_grouped(hit, prob, strata, edges, n_boot, rng, weights=None):
    n_bins = len(edges) - 1
    strata = np.asarray(strata, dtype=np.int64)
    n_strata = int(strata.max()) + 1 if len(strata) else 0
    group = bin_ids(prob, edges) * 2 + hit.astype(np.int64)  # (bin, hit) within a stratum
    cell = strata * (2 * n_bins) + group
    m = n_strata * 2 * n_bins
    shape = (n_strata, 2 * n_bins)
    prob = np.asarray(prob, dtype=np.float64)
    w = np.ones(len(prob)) if weights is None else np.asarray(weights, dtype=np.float64)
    a, b = w, w * prob  # each draw adds its weight to the bin's total and w * p to its sum
    size = np.bincount(cell, minlength=m).astype(np.float64)

    def moment(v):
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(size > 0, np.bincount(cell, weights=v, minlength=m) / size, 0.0).reshape(shape)

    ma, mb = moment(a), moment(b)
    vaa = np.maximum(moment(a * a) - ma**2, 0.0)
    vbb = np.maximum(moment(b * b) - mb**2, 0.0)
    vab = moment(a * b) - ma * mb
    counts = resample_counts(size.reshape(shape).astype(np.int64), n_boot, rng).astype(np.float64)
    # Two correlated normals per group (the 2 x 2 Cholesky factor of the draws' covariance).
    la = np.sqrt(vaa)
    lb = np.divide(vab, la, out=np.zeros(shape), where=la > 0)
    lc = np.sqrt(np.maximum(vbb - lb**2, 0.0))
    z1, z2 = rng.standard_normal(counts.shape), rng.standard_normal(counts.shape)
    root = np.sqrt(counts)
    tot = counts * ma + root * la * z1
    sums = counts * mb + root * (lb * z1 + lc * z2)
    tot = tot.reshape(int(n_boot), n_strata, n_bins, 2).sum(axis=1)
    sums = sums.reshape(int(n_boot), n_strata, n_bins, 2).sum(axis=(1, 3))
    total, trues = tot.sum(axis=2), tot[..., 1]
    whole = total.sum(axis=1)
    gap = np.abs(trues - sums).sum(axis=1)
    return np.divide(gap, whole, out=np.zeros(int(n_boot)), where=whole != 0)


def check_calibration_args(n_bins, strategy):
    if isinstance(n_bins, bool) or not isinstance(n_bins, (int, np.integer)) or n_bins < 1:
        raise ValueError(f"n_bins must be a positive int (bins of the reliability diagram), e.g. 10; got {n_bins!r}.")
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be 'uniform' or 'quantile'; got {strategy!r}.")


def calibration(
    codes_true,
    scores,
    *,
    pos_index=None,
    weights=None,
    n_bins=10,
    strategy="uniform",
    level=0.95,
    n_boot=1000,
    seed=0,
):
    """Reliability curves and the expected calibration error with its interval.

    ``scores`` (n,) are the positive class's probabilities (``pos_index``: its code); (n, K) are
    each class's. Binary: the curve of the positive class, ECE over it. (n, K): one curve per class
    (one-vs-rest) and the top-label curve (the highest probability against "the top class is the
    true one"), whose ECE is reported. The interval is a percentile bootstrap stratified by true
    class, with the bin edges held at the data's.
    """
    check_calibration_args(n_bins, strategy)
    check_interval_args(level, "auto", n_boot, seed)
    codes_true = np.asarray(codes_true)
    scores = np.asarray(scores, dtype=np.float64)
    if scores.ndim == 1:
        hit, prob = codes_true == pos_index, scores
        per_class = None
    else:
        top = np.argmax(scores, axis=1)
        hit, prob = top == codes_true, scores[np.arange(len(scores)), top]
        per_class = [
            reliability(codes_true == k, scores[:, k], n_bins, strategy, weights)[:3] for k in range(scores.shape[1])
        ]
    prob_true, prob_pred, total, edges = reliability(hit, prob, n_bins, strategy, weights)
    reps = ece_replicates(hit, prob, codes_true, edges, n_boot, np.random.default_rng(seed), weights)
    lo, hi = percentile(reps, level)
    return {
        "prob_true": prob_true,
        "prob_pred": prob_pred,
        "total": total,
        "edges": edges,
        "ece": ece(prob_true, prob_pred, total),
        "ece_low": float(lo),
        "ece_high": float(hi),
        "level": float(level),
        "per_class": per_class,
    }


def histograms(values, codes_true, n_classes, n_bins=20, weights=None, lo=0.0, hi=1.0):
    """(K, n_bins) counts (or summed weights) of ``values`` per true class on ``n_bins`` equal bins of
    [lo, hi] (the last bin closed, as ``np.histogram``)."""
    values = np.asarray(values, dtype=np.float64)
    width = (hi - lo) / n_bins if hi > lo else 1.0
    ids = np.clip(np.floor((values - lo) / width).astype(np.int64), 0, n_bins - 1)
    cell = np.asarray(codes_true, dtype=np.int64) * n_bins + ids
    return np.bincount(cell, weights=weights, minlength=n_classes * n_bins).reshape(n_classes, n_bins)
