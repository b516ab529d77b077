"""Intervals of the metrics of a confusion matrix: Wilson intervals for rates and a seeded,
stratified bootstrap (numpy and the standard library only).

The bootstrap is stratified by true class: each replicate keeps every true class's number of
samples and redraws, with replacement, which samples of that class it holds. Without sample
weights a replicate's row ``i`` is then exactly ``Multinomial(n_i, counts[i] / n_i)``, so the
counts are resampled, not the samples (the same distribution as drawing the samples, at the cost
of K multinomials per replicate whatever n is). With sample weights the samples themselves are
redrawn within each true class and their weights summed into the cells (cost n per replicate);
beyond ``EXACT_DRAWS`` samples drawn, the numbers per cell stay exact and each cell's sum of
weights is drawn from its normal approximation.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

#: What ``method`` may be: Wilson for rates and the bootstrap for the rest ("auto"), or one for all.
METHODS = ("auto", "wilson", "bootstrap")

#: Metrics that are a share of counts (Wilson applies): name -> (successes, trials) of a count table.
RATES = frozenset(
    {"precision", "recall", "accuracy", "share_true", "share_pred", "share_all", "tpr", "fpr", "specificity"}
)

#: Samples per chunk of the sample bootstrap (replicates x samples drawn at once).
_CHUNK = 1 << 22

#: Above this many samples drawn (samples x replicates), a weighted bootstrap draws each cell's
#: sum of weights from its normal approximation (the numbers of samples stay exact multinomials).
EXACT_DRAWS = 20_000_000

#: Replicate cells (replicates x K x C) a bootstrap holds at once; bootstrapped cell shares at most.
CELLS_BUDGET = 50_000_000
_CELL_METRICS = frozenset({"share_true", "share_pred", "share_all"})


def z_of(level):
    """The two-sided standard normal quantile of ``level`` (1.96 for 0.95)."""
    return NormalDist().inv_cdf(0.5 + level / 2)


def wilson(successes, trials, level=0.95):
    """Wilson score interval of ``successes`` out of ``trials`` (arrays broadcast), as
    ``statsmodels.stats.proportion.proportion_confint(method="wilson")``; NaN where trials is 0.

    Weighted counts (floats) are used as they are, as if the summed weights were counts.
    """
    x = np.asarray(successes, dtype=np.float64)
    n = np.asarray(trials, dtype=np.float64)
    z = z_of(level)
    z2 = z * z
    with np.errstate(divide="ignore", invalid="ignore"):
        p = x / n
        denom = 1 + z2 / n
        center = (p + z2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
        lo, hi = np.clip(center - half, 0, 1), np.clip(center + half, 0, 1)
    empty = n <= 0
    return np.where(empty, np.nan, lo), np.where(empty, np.nan, hi)


def resample_counts(counts, n_boot, rng):
    """(n_boot, K, C) counts of a bootstrap stratified by true class, from the counts alone.

    Row ``i`` of replicate ``b`` is ``rng.multinomial(n_i, counts[i] / n_i)``, drawn in the order
    ``for b: for i:`` (one vectorised call consumes the generator exactly as that loop does).
    Exact for unweighted samples: the stratified sample bootstrap's counts have this law.
    """
    counts = np.asarray(counts)
    n = counts.sum(axis=1).astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n[:, None] > 0, counts / np.maximum(n, 1)[:, None], 0.0)
    # Rounding must not lift a row's probabilities above 1 (multinomial refuses it).
    p = p / np.maximum(p.sum(axis=1, keepdims=True), 1.0)
    return rng.multinomial(n, p, size=(int(n_boot), counts.shape[0]))


def resample_samples(codes_true, codes_pred, n_rows, n_cols, weights, n_boot, rng):
    """(n_boot, n_rows, n_cols) weighted counts of a bootstrap stratified by true class.

    Each replicate draws, for each true class of ``n_i`` samples, ``n_i`` of them uniformly with
    replacement and sums their ``weights`` into their cells (``None``: weight 1).
    """
    codes_true = np.asarray(codes_true, dtype=np.int64)
    order = np.argsort(codes_true, kind="stable")
    cells = codes_true[order] * n_cols + np.asarray(codes_pred, dtype=np.int64)[order]
    w = None if weights is None else np.asarray(weights, dtype=np.float64)[order]
    sizes = np.bincount(codes_true, minlength=n_rows)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    m = n_rows * n_cols
    out = np.zeros((int(n_boot), m), dtype=np.float64)
    step = max(1, _CHUNK // max(len(cells), 1))
    for b0 in range(0, int(n_boot), step):
        b = min(step, int(n_boot) - b0)
        base = (np.arange(b, dtype=np.int64) * m)[:, None]
        ids, ws = [], []
        for start, size in zip(starts.tolist(), sizes.tolist()):
            if size == 0:
                continue
            pick = rng.integers(0, size, size=(b, size)) + start
            ids.append((cells[pick] + base).ravel())
            if w is not None:
                ws.append(w[pick].ravel())
        if not ids:
            continue
        flat = np.bincount(np.concatenate(ids), weights=None if w is None else np.concatenate(ws), minlength=b * m)
        out[b0 : b0 + b] = flat.reshape(b, m)
    return out.reshape(int(n_boot), n_rows, n_cols)


def resample_weighted(codes_true, codes_pred, n_rows, n_cols, weights, n_boot, rng, exact=None):
    """(n_boot, n_rows, n_cols) weighted counts of a bootstrap stratified by true class.

    ``exact`` (default: samples x replicates <= ``EXACT_DRAWS``) redraws the samples
    (:func:`resample_samples`). Otherwise the numbers of samples per cell are exact multinomials
    of each true row (:func:`resample_counts`) and each cell's sum of weights is drawn from its
    normal approximation: mean ``m * mean(w)`` and variance ``m * var(w)`` over the cell's samples
    (exact when the cell's weights are equal), a cost independent of the number of samples.
    """
    if exact is None:
        exact = weights is None or len(codes_true) * int(n_boot) <= EXACT_DRAWS
    if exact:
        return resample_samples(codes_true, codes_pred, n_rows, n_cols, weights, n_boot, rng)
    cell = np.asarray(codes_true, dtype=np.int64) * n_cols + np.asarray(codes_pred, dtype=np.int64)
    m = n_rows * n_cols
    w = np.asarray(weights, dtype=np.float64)
    size = np.bincount(cell, minlength=m).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(size > 0, np.bincount(cell, weights=w, minlength=m) / size, 0.0)
        var = np.where(size > 0, np.bincount(cell, weights=w * w, minlength=m) / size - mean**2, 0.0)
    sd = np.sqrt(np.maximum(var, 0.0)).reshape(n_rows, n_cols)
    counts = resample_counts(size.reshape(n_rows, n_cols).astype(np.int64), n_boot, rng).astype(np.float64)
    return counts * mean.reshape(n_rows, n_cols) + np.sqrt(counts) * sd * rng.standard_normal(counts.shape)


def _div(num, den):
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def table_metrics(counts, pos_index=None, cells=True):
    """The metrics of a stack of count tables (..., K, C), C = K or K + 1 (an abstained column).

    Returns name -> array of shape (...,) for summaries, (..., K) per class and (..., K, C) per
    cell (``cells=False`` leaves those out). Zero divisions give 0 (scikit-learn's
    ``zero_division=0``). ``pos_index`` adds the binary rates of a 2 x 2 table with that positive class.
    """
    c = np.asarray(counts, dtype=np.float64)
    k = c.shape[-2]
    tp = np.diagonal(c[..., :k], axis1=-2, axis2=-1)
    support = c.sum(axis=-1)
    predicted = c[..., :k].sum(axis=-2)
    total = support.sum(axis=-1)
    recall = _div(tp, support)
    present = support > 0
    n_present = present.sum(axis=-1)
    f1 = _div(2 * tp, support + predicted)
    precision = _div(tp, predicted)
    share = _div(support, total[..., None])
    # Matthews' correlation over the columns shown (scikit-learn's multiclass formula).
    cols = c.sum(axis=-2)
    rows_c = np.zeros_like(cols)
    rows_c[..., :k] = support
    correct = tp.sum(axis=-1)
    cov_tp = correct * total - (rows_c * cols).sum(axis=-1)
    cov_pp = total**2 - (cols * cols).sum(axis=-1)
    cov_tt = total**2 - (rows_c * rows_c).sum(axis=-1)
    out = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": _div(correct, total),
        "balanced_accuracy": _div((recall * present).sum(axis=-1), n_present),
        "macro_precision": precision.mean(axis=-1),
        "macro_recall": recall.mean(axis=-1),
        "macro_f1": f1.mean(axis=-1),
        "weighted_precision": (precision * share).sum(axis=-1),
        "weighted_recall": (recall * share).sum(axis=-1),
        "weighted_f1": (f1 * share).sum(axis=-1),
        "mcc": _div(cov_tp, np.sqrt(cov_tt * cov_pp)),
    }
    if cells:
        out["share_true"] = _div(c, support[..., None])
        out["share_pred"] = _div(c, cols[..., None, :])
        out["share_all"] = _div(c, total[..., None, None])
    if pos_index is not None and k == 2 and c.shape[-1] == 2:
        p, q = pos_index, 1 - pos_index
        tp_, fp, fn, tn = c[..., p, p], c[..., q, p], c[..., p, q], c[..., q, q]
        out["tpr"] = _div(tp_, tp_ + fn)
        out["fpr"] = _div(fp, fp + tn)
        out["specificity"] = _div(tn, tn + fp)
        out["binary_precision"] = _div(tp_, tp_ + fp)
        out["binary_f1"] = _div(2 * tp_, 2 * tp_ + fp + fn)
        out["binary_mcc"] = _div(tp_ * tn - fp * fn, np.sqrt((tp_ + fp) * (tp_ + fn) * (tn + fp) * (tn + fn)))
    return out


def rate_parts(counts, name, pos_index=None):
    """(successes, trials) of a rate metric of one table (K, C), shaped as the metric."""
    c = np.asarray(counts, dtype=np.float64)
    k = c.shape[0]
    tp = np.diag(c[:, :k])
    support, cols = c.sum(axis=1), c.sum(axis=0)
    if name == "precision":
        return tp, cols[:k]
    if name == "recall":
        return tp, support
    if name == "accuracy":
        return tp.sum(), c.sum()
    if name == "share_true":
        return c, np.broadcast_to(support[:, None], c.shape)
    if name == "share_pred":
        return c, np.broadcast_to(cols[None, :], c.shape)
    if name == "share_all":
        return c, np.full(c.shape, c.sum())
    p, q = pos_index, 1 - pos_index
    tp_, fp, fn, tn = c[p, p], c[q, p], c[p, q], c[q, q]
    if name == "tpr":
        return tp_, tp_ + fn
    if name == "fpr":
        return fp, fp + tn
    if name == "specificity":
        return tn, tn + fp
    if name == "binary_precision":
        return tp_, tp_ + fp
    raise KeyError(name)


#: Binary metrics that are rates (Wilson applies) besides those in RATES.
_BINARY_RATES = frozenset({"binary_precision"})


def _replicate_metrics(counts, names, n_boot, seed, samples, pos_index):
    """The metrics ``names`` of ``n_boot`` replicates, drawn in chunks of bounded memory (the
    generator's draws come in the same order as in one call)."""
    rng = np.random.default_rng(seed)
    k, c = counts.shape
    n_boot = int(n_boot)
    step = max(1, CELLS_BUDGET // 8 // (k * c))
    cells = any(n in _CELL_METRICS for n in names)
    exact = None
    if samples is not None:
        codes_true, codes_pred, weights = samples
        exact = weights is None or len(codes_true) * n_boot <= EXACT_DRAWS
    parts = {n: [] for n in names}
    for b0 in range(0, n_boot, step):
        b = min(step, n_boot - b0)
        if samples is None:
            tables = resample_counts(counts, b, rng)
        else:
            tables = resample_weighted(codes_true, codes_pred, k, c, weights, b, rng, exact=exact)
        m = table_metrics(tables, pos_index, cells=cells)
        for n in names:
            parts[n].append(m[n])
    return {n: np.concatenate(parts[n]) for n in names}


def percentile(replicates, level):
    """(low, high) percentile interval of ``replicates`` along the first axis."""
    a = (1 - level) / 2
    lo, hi = np.quantile(np.asarray(replicates, dtype=np.float64), [a, 1 - a], axis=0)
    return lo, hi


def check_interval_args(level, method, n_boot, seed):
    """Refuse settings the intervals cannot use, naming the argument and what to pass."""
    if isinstance(level, bool) or not isinstance(level, (int, float, np.floating)) or not 0 < float(level) < 1:
        raise ValueError(f"level must be a number in (0, 1), e.g. 0.95; got {level!r}.")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}; got {method!r}.")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 10:
        raise ValueError(f"n_boot must be an int >= 10 (bootstrap replicates), e.g. 1000; got {n_boot!r}.")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0):
        raise ValueError(f"seed must be a non-negative int (the same seed gives the same intervals); got {seed!r}.")


def metric_intervals(counts, *, level=0.95, method="auto", n_boot=1000, seed=0, samples=None, pos_index=None):
    """Every metric of the table ``counts`` (K, C) with its interval.

    Parameters
    ----------
    counts : (K, C) counts (C = K, or K + 1 with an abstained column last)
    level : float
    method : "auto" (Wilson for rates, bootstrap otherwise), "wilson" (rates only) or "bootstrap"
    n_boot, seed : bootstrap replicates and the seed of ``numpy.random.default_rng``
    samples : ``(codes_true, codes_pred, weights)`` to resample the samples (weighted data);
        None resamples the counts (exact for unweighted samples).
    pos_index : the positive class of binary scores (adds TPR, FPR, specificity ...)

    Returns
    -------
    dict name -> (value, low, high, how): arrays shaped as the metric ((), (K,) or (K, C)); ``how``
    is "wilson" or "bootstrap".
    """
    check_interval_args(level, method, n_boot, seed)
    counts = np.asarray(counts)
    point = table_metrics(counts, pos_index)
    wilsonable = RATES | _BINARY_RATES
    names = [n for n in point if method != "wilson" or n in wilsonable]
    boot_names = [n for n in names if method == "bootstrap" or n not in wilsonable]
    k, c = counts.shape
    if int(n_boot) * k * c > CELLS_BUDGET:  # the cells' shares of many classes keep their Wilson intervals
        boot_names = [n for n in boot_names if n not in _CELL_METRICS]
    reps = _replicate_metrics(counts, boot_names, n_boot, seed, samples, pos_index) if boot_names else None
    out = {}
    for name in names:
        if name in boot_names:
            lo, hi = percentile(reps[name], level)
            out[name] = (point[name], lo, hi, "bootstrap")
        else:
            lo, hi = wilson(*rate_parts(counts, name, pos_index), level)
            out[name] = (point[name], lo, hi, "wilson")
    return out
