"""Slices: one matrix per value of a column (an age group, a country, a device).

numpy only; nothing here knows about widgets. The slice of every sample is coded once
(:func:`encode_slices`); the matrices of every slice are then one ``np.bincount`` over
``(slice, true, predicted)`` ids (:func:`slice_counts`), the metrics of every slice are read
off those counts (:func:`slice_table`), and a slice shown on its own gets an engine over its
samples only (:func:`restrict`), whose cells list the samples' positions in the user's arrays.
"""

from __future__ import annotations

import numpy as np

from .confusion import Confusion
from .counts import _safe_divide, count_dtype

#: More distinct values than this is a continuous column, not a slicing.
MAX_SLICES = 1000

#: What :func:`most_different` can compare: accuracy, or the recall of one class.
MEASURES = ("accuracy", "recall")


def encode_slices(values, n_samples):
    """The slice of every sample as a code into the sorted distinct values.

    Parameters
    ----------
    values : array (n_samples,)
        One slice value per sample (numbers, strings, bools).
    n_samples : int
        How many samples the matrix was built from.

    Returns
    -------
    names : list of str
        The distinct values as text, in sorted order (the slices' names).
    codes : ndarray (n_samples,) of uint16
        The position in ``names`` of each sample's value.
    """
    arr = np.asarray(values)
    if arr.ndim != 1:
        raise ValueError(
            f"slices must be one value per sample (a 1-D array or a column); got an array of shape {arr.shape}."
        )
    if len(arr) != n_samples:
        raise ValueError(
            f"slices has {len(arr)} values but there are {n_samples} samples; pass one slice value per sample, "
            f"in the same order as y_true."
        )
    if arr.dtype.kind == "O":
        missing = np.fromiter((v is None or (isinstance(v, float) and v != v) for v in arr), bool, len(arr))
        if missing.any():
            raise ValueError(
                f"slices has {int(missing.sum())} missing values (None or NaN; first at sample "
                f"{int(np.flatnonzero(missing)[0])}); fill them with a value of their own, e.g. 'unknown'."
            )
        kinds = {type(v) for v in arr.tolist()}
        if len(kinds) > 1 and str in kinds:
            raise TypeError(
                f"slices mixes strings with {sorted(k.__name__ for k in kinds if k is not str)}; pass one kind of "
                f"value (convert them all with str)."
            )
    elif arr.dtype.kind == "f" and not np.isfinite(arr).all():
        bad = ~np.isfinite(arr)
        raise ValueError(
            f"slices has {int(bad.sum())} NaN or infinite values (first at sample {int(np.flatnonzero(bad)[0])}); "
            f"fill them with a value of their own."
        )
    elif arr.dtype.kind not in "biufUS":
        raise TypeError(f"slices must hold numbers, strings or bools; got dtype {arr.dtype}.")
    if n_samples == 0:
        return [], np.empty(0, dtype=np.uint16)
    distinct, codes = _factorize(arr)
    if len(distinct) > MAX_SLICES:
        raise ValueError(
            f"slices has {len(distinct)} distinct values; at most {MAX_SLICES} slices are shown. A continuous "
            f"column needs binning first (e.g. pandas.cut)."
        )
    names = [str(v) for v in distinct.tolist()]
    if len(set(names)) != len(names):
        raise ValueError(f"slices has distinct values with the same text ({names[:10]}); make their names unique.")
    return names, codes.reshape(-1).astype(np.uint16)


def _factorize(arr):
    """Sorted distinct values and the code of each; whole numbers in a narrow range by a lookup table
    (no sort of the samples), anything else by the door's factorisation of labels."""
    if arr.dtype.kind in "biu":
        ints = arr.view(np.uint8) if arr.dtype.kind == "b" else arr
        lo, hi = int(ints.min()), int(ints.max())
        if hi - lo < 1 << 20:
            shifted = ints - lo if lo else ints
            present = np.bincount(shifted, minlength=hi - lo + 1) > 0
            lut = (np.cumsum(present) - 1).astype(np.int32)
            distinct = (np.flatnonzero(present) + lo).astype(ints.dtype)
            return (distinct.astype(bool) if arr.dtype.kind == "b" else distinct), lut[shifted]
    from .._inputs.encode import _factorize as factorize_labels

    return factorize_labels(arr)


def slice_counts(codes_true, codes_pred, slice_codes, n_slices, n_classes, n_cols=None, weights=None):
    """The (S, K, C) counts of every slice by one ``np.bincount`` over (slice, true, predicted) ids.

    ``codes_pred`` may hold ``K`` (abstained) when ``n_cols`` is ``K + 1``; codes outside
    ``[0, n_cols)`` are not counted.
    """
    cols = n_classes if n_cols is None else n_cols
    size = n_slices * n_classes * cols
    dtype = np.intp  # what np.bincount reads without a conversion pass
    ids = np.multiply(slice_codes, n_classes * cols, dtype=dtype)
    ids += np.multiply(codes_true, cols, dtype=dtype)
    ids += codes_pred.astype(dtype, copy=False)
    out = np.bincount(ids, weights=weights, minlength=size)
    return out.reshape(n_slices, n_classes, cols).astype(count_dtype(weights), copy=False)


def slice_table(counts):
    """Per slice: samples, accuracy, balanced accuracy, macro F1 and each class's recall.

    ``counts`` is (S, K, C) with C = K, or K + 1 when the last column holds samples that
    abstained (they count as wrong). Zero divisions give 0, as scikit-learn's ``zero_division=0``;
    the balanced accuracy is the mean recall of the classes present in the slice.

    Returns a dict of arrays, one entry per slice.
    """
    c = np.asarray(counts, dtype=np.float64)
    k = c.shape[1]
    tp = np.diagonal(c[:, :, :k], axis1=1, axis2=2)
    support = c.sum(axis=2)
    predicted = c[:, :, :k].sum(axis=1)
    total = support.sum(axis=1)
    recall = _safe_divide(tp, support)
    f1 = _safe_divide(2 * tp, support + predicted)
    present = support > 0
    n_present = present.sum(axis=1)
    balanced = _safe_divide((recall * present).sum(axis=1), n_present)
    return {
        "samples": total,
        "accuracy": _safe_divide(tp.sum(axis=1), total),
        "balanced_accuracy": balanced,
        "macro_f1": f1.mean(axis=1),
        "recall": recall,
        "support": support,
    }


def most_different(counts, measure="accuracy", class_index=None):
    """The slice whose ``measure`` differs most from that of all the other slices together.

    Parameters
    ----------
    counts : (S, K, C) counts of every slice
    measure : {"accuracy", "recall"}
    class_index : int, optional
        The class whose recall is compared (``measure="recall"``).

    Returns
    -------
    dict or None
        ``{"slice": s, "value": in the slice, "rest": in the other slices, "difference": value - rest}``;
        None when no slice and its complement both have samples to compare (of the class, for recall).
        Ties (gaps within 1e-12) go to the first slice.
    """
    c = np.asarray(counts, dtype=np.float64)
    k = c.shape[1]
    rest = c.sum(axis=0, keepdims=True) - c
    if measure == "accuracy":
        hit = np.trace(c[:, :, :k], axis1=1, axis2=2)
        hit_rest = np.trace(rest[:, :, :k], axis1=1, axis2=2)
        n, n_rest = c.sum(axis=(1, 2)), rest.sum(axis=(1, 2))
    else:
        hit, hit_rest = c[:, class_index, class_index], rest[:, class_index, class_index]
        n, n_rest = c[:, class_index, :].sum(axis=1), rest[:, class_index, :].sum(axis=1)
    ok = (n > 0) & (n_rest > 0)
    if not ok.any():
        return None
    value, other = _safe_divide(hit, n), _safe_divide(hit_rest, n_rest)
    gap = np.where(ok, np.abs(value - other), -1.0)
    # Two slices are each other's rest: equal gaps must not be told apart by rounding.
    s = int(np.flatnonzero(gap >= gap.max() - 1e-12)[0])
    return {"slice": s, "value": float(value[s]), "rest": float(other[s]), "difference": float(value[s] - other[s])}


def restrict(engine, local):
    """An engine over the samples at ``local`` (positions among ``engine``'s samples, ascending).

    Its cells list the samples' positions in the user's arrays. ``engine`` is a
    :class:`Confusion`, or an engine wrapping one as ``base`` with (n, K) ``class_scores``
    (abstain and top-k), which is rebuilt over the same samples.
    """
    scored = getattr(engine, "class_scores", None) is not None and hasattr(engine, "base")
    base = engine.base if scored else engine
    positions = local if base.sample_index is None else base.sample_index[local]
    sub = Confusion(
        base.codes_true[local],
        None if base.codes_pred is None else base.codes_pred[local],
        base.n_classes,
        weights=None if base.weights is None else base.weights[local],
        scores=None if base.scores is None else base.scores[local],
        pos_index=base.pos_index,
        sample_index=positions.astype(np.int64, copy=False),
    )
    if scored:
        out = type(engine)(sub, engine.class_scores[local])
        out.abstain, out.top_k = engine.abstain, engine.top_k
        return out
    return sub
