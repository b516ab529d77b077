"""Counts, normalisation and metrics of a confusion matrix (numpy only)."""

from __future__ import annotations

import numpy as np

NORMALIZE_CHOICES = (None, "true", "pred", "all")


def _index_dtype(n):
    return np.int32 if n < 2**31 else np.int64


def read_only(a):
    """A read-only view of ``a``: callers cannot write into the engine's arrays."""
    a = a.view()
    a.flags.writeable = False
    return a


def count_dtype(weights):
    """The dtype of counts, as scikit-learn's ``confusion_matrix`` has it.

    int64 for samples counted one by one or by whole weights (integers, bools:
    the door keeps those as int64 while their sums are exact in float64), float64
    for sums of float weights.
    """
    return np.float64 if fractional(weights) else np.int64


def fractional(weights):
    """Whether counts are sums of float weights (shown with decimals) rather than whole numbers."""
    if weights is None:
        return False
    dtype = getattr(weights, "dtype", None)
    return dtype is None or dtype.kind == "f"  # a table engine holds its weight column's name: float sums


def confusion_counts(codes_true, codes_pred, n_classes, weights=None):
    """(K, K) counts by a single ``np.bincount`` over cell ids."""
    ids = np.multiply(codes_true, n_classes, dtype=np.intp)
    ids += codes_pred
    out = np.bincount(ids, weights=weights, minlength=n_classes * n_classes)
    return out.reshape(n_classes, n_classes).astype(count_dtype(weights), copy=False)


def normalize(counts, how, totals=None):
    """Normalise like ``sklearn.metrics.confusion_matrix``: an all-zero row or column gives 0.

    ``totals`` = ``(rows, cols, all)`` divides by those instead of the matrix's own sums:
    a multi-label matrix counts a sample in several cells of a row, so its rows are
    divided by the samples with each true label (see ``_multilabel``).
    """
    if how is None:
        return counts
    cm = counts.astype(np.float64)
    rows, cols, total = (cm.sum(axis=1), cm.sum(axis=0), cm.sum()) if totals is None else totals
    with np.errstate(divide="ignore", invalid="ignore"):
        if how == "true":
            cm = cm / np.asarray(rows, dtype=np.float64)[:, None]
        elif how == "pred":
            cm = cm / np.asarray(cols, dtype=np.float64)[None, :]
        elif how == "all":
            cm = cm / float(total)
        else:
            raise ValueError(f"normalize must be one of {NORMALIZE_CHOICES}; got {how!r}.")
    return np.nan_to_num(cm, nan=0.0, posinf=0.0, neginf=0.0)


def _safe_divide(num, den):
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def class_metrics(counts, outside=None):
    """Per-class precision, recall, F1, support; accuracy and averages.

    Zero divisions give 0, as scikit-learn's ``zero_division=0``. ``outside`` is
    ``(true_k, pred_k, agree, total)`` for samples whose label lies outside the
    matrix's classes: ``true_k[k]`` of class k were predicted outside them,
    ``pred_k[k]`` predicted k came from outside them, ``agree`` of the rest were
    right, of ``total`` left out. scikit-learn's metrics with ``labels=`` count
    them, so these do: support and predicted totals include them, and accuracy
    is over every sample. Balanced accuracy is the mean recall of the classes
    that occur.
    """
    counts = np.asarray(counts, dtype=np.float64)
    tp = np.diag(counts)
    support = counts.sum(axis=1)
    predicted = counts.sum(axis=0)
    correct, total = tp.sum(), counts.sum()
    if outside is not None:
        true_k, pred_k, agree, left_out = outside
        support = support + true_k
        predicted = predicted + pred_k
        correct, total = correct + agree, total + left_out
    precision = _safe_divide(tp, predicted)
    recall = _safe_divide(tp, support)
    f1 = _safe_divide(2 * tp, support + predicted)
    present = support > 0
    weights = _safe_divide(support, support.sum())
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "support": support,
        "accuracy": float(_safe_divide(correct, total)),
        "balanced_accuracy": float(recall[present].mean()) if present.any() else 0.0,
        "macro": {k: float(v.mean()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))},
        "weighted": {
            k: float((v * weights).sum()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))
        },
    }


def binary_metrics(tp, fp, fn, tn, weighted=False):
    """Rates of a 2x2 matrix at one threshold; zero divisions give 0.

    Counts are ints unless ``weighted``, so they compare with the matrix's dtype.
    """
    counts = tuple(float(v) if weighted else int(v) for v in (tp, fp, fn, tn))
    tp, fp, fn, tn = (float(v) for v in (tp, fp, fn, tn))
    precision = float(_safe_divide(tp, tp + fp))
    tpr = float(_safe_divide(tp, tp + fn))
    den = np.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return {
        **dict(zip(("tp", "fp", "fn", "tn"), counts)),
        "tpr": tpr,
        "fpr": float(_safe_divide(fp, fp + tn)),
        "specificity": float(_safe_divide(tn, tn + fp)),
        "precision": precision,
        "f1": float(_safe_divide(2 * tp, 2 * tp + fp + fn)),
        "mcc": float(_safe_divide(tp * tn - fp * fn, den)),
    }
