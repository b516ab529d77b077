"""The door: every argument checked and coerced once into a :class:`.record.Record`."""

from __future__ import annotations

import decimal
import numbers
import warnings

import numpy as np

from .convert import (
    _Categorical,
    _check_finite,
    _check_lengths,
    _decode,
    _first_bad,
    _is_integral,
    _kind,
    _labels_1d,
    to_numpy,
)
from .encode import (
    _as_labels_array,
    _bools_as_ints,
    _encode_labels,
    _encode_with_labels,
    _int_bounds,
    _int_view,
    _restore_dtype,
)
from .record import _DENSE_RANGE, MAX_CLASSES, Outside, Record

# ------------------------------------------------------------------ scores


def _scores_array(y_score):
    s = np.asarray(y_score)
    if s.dtype.kind not in "biuf":
        raise TypeError(f"y_score must hold numbers (probabilities, logits or decision scores); got dtype {s.dtype}.")
    s = s.astype(np.float64)  # a copy: the caller may reuse its buffer
    if s.ndim == 2 and s.shape[1] == 1:
        s = s[:, 0]
    if s.ndim not in (1, 2) or (s.ndim == 2 and s.shape[1] < 2):
        raise ValueError(
            f"y_score must have shape (n,), (n, 1), (n, 2) for binary scores or (n, K) for K classes; got {s.shape}."
        )
    _check_finite(s, "y_score")
    return s


def _is_probability(a):
    return bool(a.min() >= 0.0 and a.max() <= 1.0) if len(a) else True


def _binary_score(scores, pos_index):
    """One score per sample for the positive class, and whether it is a probability.

    (n,) and (n, 1) scores are used as they are. (n, 2) rows that are probabilities
    (in [0, 1], summing to 1) give the positive column; any other (n, 2) output
    (logits, two independent sigmoids) gives the positive column minus the other,
    the log-odds for logits, so that threshold 0 is the argmax.
    """
    if scores.ndim == 1:
        return scores, _is_probability(scores)
    pos, neg = scores[:, pos_index], scores[:, 1 - pos_index]
    if _is_probability(scores) and np.allclose(pos + neg, 1.0, rtol=0.0, atol=1e-4):
        return np.ascontiguousarray(pos), True
    diff = pos - neg
    _check_finite(diff, "y_score (the difference of its two columns)")
    return diff, False


def _score_classes(yt, n_columns, labels):
    """Classes for score columns: labels=, else the sorted classes (0..K-1 for ints)."""
    if labels is not None:
        labels = _as_labels_array(labels, _kind(yt))
        if len(labels) != n_columns:
            raise ValueError(
                f"labels has {len(labels)} entries but y_score has {n_columns} columns; "
                f"pass one label per score column, in column order."
            )
        return labels
    if isinstance(yt, _Categorical):
        present = yt.categories
        if len(present) == n_columns:
            return present
        raise ValueError(
            f"y_true has {len(present)} categories but y_score has {n_columns} columns; pass labels= "
            f"with one class per score column."
        )
    if _kind(yt) == "num":
        iv = _int_view(yt)
        lo, hi = int(iv.min()), int(iv.max())
        if lo >= 0 and hi < n_columns:
            values = np.arange(n_columns)
            return _restore_dtype(values, yt) if yt.dtype.kind != "b" else values.astype(bool)
        raise ValueError(
            f"y_true holds integer labels from {lo} to {hi} but y_score has {n_columns} columns; "
            f"pass labels= with the class of each score column, in column order."
        )
    present = np.unique(yt)
    if len(present) == n_columns:
        return present
    raise ValueError(
        f"y_true has {len(present)} distinct classes but y_score has {n_columns} columns; "
        f"pass labels= with the class of each score column, in column order."
    )


def _binary_classes(yt, labels):
    if labels is not None:
        labels = _as_labels_array(labels, _kind(yt))
        if len(labels) != 2:
            raise ValueError(
                f"labels has {len(labels)} entries but y_score holds one score per sample (binary); "
                f"pass exactly two labels, or (n, K) scores for K classes."
            )
        return labels
    if isinstance(yt, _Categorical):
        present = yt.categories
    elif yt.dtype.kind in "biu":
        iv = _int_view(yt)
        lo, hi = _int_bounds(iv)
        if hi - lo < _DENSE_RANGE:
            seen = np.bincount(iv - lo if lo else iv, minlength=hi - lo + 1) > 0
            present = (np.flatnonzero(seen) + lo).astype(yt.dtype)
        else:
            present = np.unique(yt)
    else:
        present = np.unique(yt)
    if len(present) == 2:
        return present
    if len(present) == 1 and _kind(yt) == "num" and present[0] in (0, 1):
        return _restore_dtype(np.array([0, 1]), yt) if yt.dtype.kind != "b" else np.array([False, True])
    if len(present) > 2:
        raise ValueError(
            f"y_score holds one score per sample (binary) but y_true has {len(present)} classes; "
            f"pass (n, K) scores with one column per class, or predicted labels as y_pred."
        )
    raise ValueError(
        f"y_true holds a single class ({present[0]!r}) and y_score is binary; pass labels= with the two classes "
        f"(negative first) so cm_widget knows the other one."
    )


# ------------------------------------------------------------------- entry


def build_record(y_true, y_pred=None, *, y_score=None, labels=None, pos_label=None, sample_weight=None):
    """Validate everything the user passed and return a :class:`Record`."""
    if y_pred is None and y_score is None:
        raise TypeError("Pass the predictions: y_pred= (predicted labels) or y_score= (probabilities or scores).")
    if y_pred is not None and y_score is not None:
        raise TypeError("Pass either y_pred= (labels) or y_score= (scores), not both.")
    yt = to_numpy(y_true, "y_true")
    yp = to_numpy(y_pred, "y_pred")
    ys = to_numpy(y_score, "y_score")
    w = to_numpy(sample_weight, "sample_weight")
    _check_lengths(y_true=yt, y_pred=yp, y_score=ys, sample_weight=w)
    n = len(yt)
    if n == 0:
        raise ValueError("y_true is empty; pass at least one sample.")
    yt = _labels_1d(yt, "y_true")
    weights = _weights(w)

    if ys is not None:
        if _kind(yt) == "obj":
            raise TypeError(
                f"y_true holds values of mixed or unsupported types ({yt.dtype}); pass ints, strings or bools."
            )
        scores = _scores_array(ys)
        if scores.ndim == 2 and scores.shape[1] > 2:
            if pos_label is not None:
                raise TypeError(
                    f"pos_label applies to binary scores, but y_score has {scores.shape[1]} columns (one per class): "
                    f"every class has its own row. Drop pos_label=, or pass one score per sample for two classes."
                )
            classes = _score_classes(yt, scores.shape[1], labels)
            codes_pred = np.argmax(scores, axis=1)
            rec = _finish(classes, yt, codes_pred, n, weights)
            rec.class_scores = scores if rec.sample_index is None else scores[rec.sample_index]
            if rec.outside is not None:  # their top scores decide whether they abstain
                left = np.ones(n, dtype=bool)
                left[rec.sample_index] = False
                rec.outside.top_scores = scores[left].max(axis=1)
            return rec
        classes = _binary_classes(yt, labels)
        pos_index = _pos_index(classes, pos_label)
        scores, is_probability = _binary_score(scores, pos_index)
        rec = _finish(classes, yt, None, n, weights, scores=scores)
        rec.pos_index = pos_index
        rec.is_probability = is_probability
        return rec

    if pos_label is not None:
        raise TypeError(
            "pos_label only applies to binary scores (y_score=); with y_pred labels every class has its row."
        )
    yp = _labels_1d(yp, "y_pred")
    classes, ct, cp, counts = _encode_labels(yt, yp, labels)
    if labels is None and len(classes) > MAX_CLASSES:
        raise ValueError(
            f"y_true and y_pred hold {len(classes)} distinct values, more than {MAX_CLASSES} classes: this looks "
            f"like a regression target or an id column. Pass class labels, or labels= to choose the classes."
        )
    return _record(classes, ct, cp, n, weights, counts, yt, yp, may_exclude=labels is not None)


def _pos_index(classes, pos_label):
    if pos_label is None:
        # The last of the sorted classes, whatever order labels= shows them in.
        return int(np.argsort(classes, kind="stable")[-1])
    if isinstance(pos_label, bytes) and _kind(classes) == "str":
        pos_label = _decode(np.array([pos_label], dtype=object), "pos_label")[0]
    hits = np.flatnonzero(classes == pos_label)
    if len(hits) != 1:
        raise ValueError(f"pos_label={pos_label!r} is not one of the classes {classes.tolist()}; pass one of them.")
    return int(hits[0])


def _finish(classes, yt, codes_pred, n, weights, *, scores=None):
    """Encode y_true into fixed classes (score columns) and build the record."""
    ct = _encode_with_labels(_bools_as_ints(yt), _bools_as_ints(classes))
    return _record(classes, ct, codes_pred, n, weights, None, yt, None, scores=scores)


def _record(classes, ct, cp, n, weights, counts, yt, yp, scores=None, may_exclude=True):
    excluded = {}
    sample_index = None
    if may_exclude:
        outside = ct < 0
        if cp is not None:
            outside |= cp < 0
    if may_exclude and (ct < 0).all():
        raise ValueError(
            f"None of the labels= {np.asarray(classes).tolist()[:10]} occurs in y_true; "
            f"pass classes that occur in y_true (labels= chooses and orders them)."
        )
    outside_record = None
    if may_exclude and outside.any():
        excluded = _excluded_labels(ct, cp, yt, yp)
        outside_record = _outside(outside, ct, cp, yt, yp, weights, scores)
        keep = np.flatnonzero(~outside)
        sample_index = keep
        ct = ct[keep]
        cp = cp[keep] if cp is not None else None
        weights = weights[keep] if weights is not None else None
        scores = scores[keep] if scores is not None else None
        counts = None
        warnings.warn(
            f"{int(outside.sum())} of {n} samples have a label that is not in labels= "
            f"({_describe_labels(excluded)}); they are left out of the matrix. "
            f"Add those classes to labels= to count them.",
            UserWarning,
            stacklevel=_user_stacklevel(),
        )
    # Our own compact copies: the caller may reuse its arrays, and codes < K fit small ints.
    code_dtype = np.uint8 if len(classes) <= 256 else (np.uint16 if len(classes) <= 65536 else np.int32)
    ct = ct.astype(code_dtype, copy=False)  # every path above made ct and cp afresh
    cp = cp.astype(code_dtype, copy=False) if cp is not None else None
    return Record(
        classes=np.asarray(classes),
        codes_true=ct,
        codes_pred=cp,
        scores=scores,
        weights=weights,
        sample_index=sample_index,
        n_samples=n,
        excluded=excluded,
        counts=counts,
        outside=outside_record,
    )


def _outside(mask, ct, cp, yt, yp, weights, scores):
    """The left-out samples, in brief (see :class:`Outside`)."""
    ct_out = ct[mask].astype(np.int32)
    cp_out = cp[mask].astype(np.int32) if cp is not None else None
    agree = np.zeros(len(ct_out), dtype=bool)
    if cp_out is not None:
        both = np.flatnonzero((ct_out < 0) & (cp_out < 0))
        if len(both):
            rows = np.flatnonzero(mask)[both]
            vt = yt.values()[rows] if isinstance(yt, _Categorical) else yt[rows]
            vp = yp.values()[rows] if isinstance(yp, _Categorical) else yp[rows]
            agree[both] = np.asarray(vt == vp, dtype=bool)
    return Outside(
        codes_true=ct_out,
        codes_pred=cp_out,
        agree=agree,
        scores=scores[mask] if scores is not None else None,
        weights=weights[mask] if weights is not None else None,
    )


def _user_stacklevel():
    """The stacklevel of the first frame outside this package, so a warning names the user's line."""
    import os
    import sys

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # cm_widget/, not cm_widget/_inputs/
    frame, level = sys._getframe(1), 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package):
        frame, level = frame.f_back, level + 1
    return level


def _excluded_labels(ct, cp, yt, yp):
    found = {}
    for codes, raw in ((ct, yt), (cp, yp)):
        if codes is None or raw is None:
            continue
        bad = codes < 0
        if not bad.any():
            continue
        values = raw.values()[bad] if isinstance(raw, _Categorical) else raw[bad]
        uniq, cnt = np.unique(values, return_counts=True)
        for u, c in zip(uniq.tolist(), cnt.tolist()):
            found[u] = found.get(u, 0) + int(c)
    return found


def _describe_labels(excluded):
    items = sorted(excluded.items(), key=lambda kv: -kv[1])
    shown = ", ".join(f"{k!r} x{v}" for k, v in items[:5])
    return shown + (f", and {len(items) - 5} more" if len(items) > 5 else "")


def _weights(w):
    """Validated weights: int64 when they are integers or bools, else float64.

    Integer weights give integer counts, as in scikit-learn's ``confusion_matrix``
    (while the sums of them stay exact in float64, where numpy's bincount adds them).
    An object array is taken when every entry is a real number (floats, then, as
    scikit-learn does).
    """
    if w is None:
        return None
    w = np.asarray(w)
    if w.ndim != 1:
        raise ValueError(f"sample_weight must be 1-D (one weight per sample); got shape {w.shape}.")
    if w.dtype == object:
        w = _object_weights(w)
    if w.dtype.kind not in "biuf":
        raise TypeError(f"sample_weight must hold numbers; got dtype {w.dtype}.")
    whole = w.dtype.kind in "biu"
    floats = w.astype(np.float64)
    _check_finite(floats, "sample_weight")
    if (floats < 0).any():
        bad = floats < 0
        raise ValueError(
            f"sample_weight has {int(bad.sum())} negative weights (first at sample {_first_bad(bad)}); "
            f"weights must be >= 0."
        )
    _check_finite_total(floats, "sample_weight")
    if len(floats) and not floats.any():
        raise ValueError(
            f"sample_weight sums to zero (all {len(floats)} weights are 0), so there is nothing to count "
            f"(scikit-learn refuses it too); give at least one sample a positive weight, or drop sample_weight."
        )
    if whole and float(floats.sum()) < 2.0**53:
        return w.astype(np.int64)
    return floats


def _object_weights(a):
    """An object array of weights as float64, when every entry is a real number."""
    real = (numbers.Real, np.bool_, decimal.Decimal)
    bad_types = [t for t in {type(v) for v in a} if not issubclass(t, real)]
    if bad_types:
        i = next(i for i, v in enumerate(a) if type(v) in bad_types)
        found = "None (a missing weight)" if a[i] is None else f"{type(a[i]).__name__} {a[i]!r}"
        raise TypeError(
            f"sample_weight must hold real numbers; found {found} at sample {i}"
            f"{f' and {len(bad_types) - 1} other type(s)' if len(bad_types) > 1 else ''}. "
            f"Pass numbers, e.g. convert the column with pandas.to_numeric."
        )
    return a.astype(np.float64)


def _check_finite_total(a, name):
    """Every count is a partial sum of ``a``, so a finite total keeps them all finite."""
    with np.errstate(over="ignore"):
        total = float(np.sum(a, dtype=np.float64))
    if not np.isfinite(total):
        raise ValueError(
            f"{name} sums to {total} (float overflow), so the matrix's counts would not be finite; "
            f"rescale it, e.g. divide by its largest value (normalised views and metrics stay the same)."
        )


def counts_record(matrix):
    """A :class:`Record` of a precomputed (K, K) matrix (``from_counts``): counts, no samples."""
    m = _counts_matrix(matrix)
    return Record(classes=np.arange(m.shape[0]), codes_true=None, codes_pred=None, counts=m)


def _counts_matrix(matrix):
    m = to_numpy(matrix, "matrix")
    m = np.asarray(m)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise ValueError(f"matrix must be square (K, K), rows true and columns predicted; got shape {m.shape}.")
    if m.shape[0] == 0:
        raise ValueError("matrix is empty; pass a (K, K) matrix with K >= 1.")
    if m.dtype.kind not in "biuf":
        raise TypeError(f"matrix must hold numbers; got dtype {m.dtype}.")
    if m.dtype.kind == "u" and m.dtype.itemsize == 8 and m.max() > np.iinfo(np.int64).max:
        i, j = np.argwhere(m > np.iinfo(np.int64).max)[0]
        raise ValueError(
            f"matrix holds a count above 2**63 - 1 (row {i}, column {j}: {m[i, j]}), more than int64 holds; "
            f"pass the counts as floats, or rescale them."
        )
    _check_finite(m.astype(np.float64), "matrix")
    if (m < 0).any():
        i, j = np.argwhere(m < 0)[0]
        raise ValueError(f"matrix has negative counts (first at row {i}, column {j}: {m[i, j]}); counts must be >= 0.")
    _check_finite_total(m, "matrix")
    # Whole counts stay integers only while every sum of them is exact in int64 and float64;
    # larger ones are kept as floats rather than wrapped.
    if (m.dtype.kind in "bui" or _is_integral(m)) and float(m.sum(dtype=np.float64)) < 2.0**53:
        return m.astype(np.int64)
    return m.astype(np.float64)
