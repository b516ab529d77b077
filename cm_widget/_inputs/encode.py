"""Labels -> integer codes into the class list, fast for small ints, exact for strings and objects."""

from __future__ import annotations

import numpy as np

from .convert import _Categorical, _decode, _kind, to_numpy
from .record import _DENSE_RANGE

# ---------------------------------------------------------------- encoding


def _int_view(a):
    """An integer view of a discrete numeric array (bools and whole floats included)."""
    if a.dtype.kind == "b":
        return a.view(np.uint8)
    if a.dtype.kind == "f" or a.dtype == object or a.dtype == np.uint64:
        return a.astype(np.int64)
    return a


def _int_bounds(*arrays):
    """(lo, hi) bounding the values of integer arrays.

    A bitwise OR of all values is one cheap pass per array: when it is
    non-negative, every value is, and none exceeds it. Only otherwise do we
    pay for exact minima and maxima.
    """
    if all(a.dtype.kind in "iu" for a in arrays):
        acc = 0
        for a in arrays:
            acc |= int(np.bitwise_or.reduce(a, axis=None))
        if 0 <= acc < _DENSE_RANGE:
            return 0, acc
    return min(int(a.min()) for a in arrays), max(int(a.max()) for a in arrays)


def _dense_encode(yt, yp, lo, hi):
    """Encode two integer arrays whose value range is narrow.

    Returns (values, codes_true, codes_pred, counts) where ``values`` are the
    integers present in either array, sorted; counts is the unweighted
    confusion matrix, computed on the way because it also reveals which values
    occur (a value absent from both arrays has an all-zero row and column).
    The codes are compact copies (the caller may reuse its arrays), and the
    cell ids are built from them, which reads less memory than the inputs.
    """
    r = hi - lo + 1
    small = np.uint8 if r <= 256 else np.uint16
    if lo != 0:
        yt = yt - lo
        yp = yp - lo
    ct, cp = yt.astype(small), yp.astype(small)
    # Cell ids in the narrowest type that holds r*r: less memory to write and read.
    id_type = np.uint8 if r * r <= 256 else (np.uint16 if r * r <= 65536 else np.intp)
    ids = np.multiply(ct, r, dtype=id_type)
    ids += cp
    full = np.bincount(ids, minlength=r * r).reshape(r, r)
    del ids
    present = full.any(axis=0) | full.any(axis=1)
    values = np.flatnonzero(present) + lo
    m = len(values)
    if present[:m].all():
        # Labels 0..m-1 (the usual case) are their own codes.
        return values, ct, cp, full[:m, :m]
    lut = (np.cumsum(present) - 1).astype(small)
    return values, lut[ct], lut[cp], full[np.ix_(present, present)]


def _factorize(a):
    """Sorted uniques and integer codes of a 1-D label array, without sorting the array."""
    if a.dtype.kind in "US" and len(a):
        keys, exact = _string_keys(a)
        codes, first, ordered = _factorize_keys(keys, exact)
        values = a[first]
        if not exact and not np.array_equal(values[codes], a):
            # A hash collision: rare, but never worth a wrong matrix.
            return np.unique(a, return_inverse=True)
        if ordered:
            # Exact keys order like the strings: the first differing character decides both.
            return values, codes
        order = np.argsort(values, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        return values[order], rank[codes]
    if a.dtype == object:
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas ships with the test extra
            pd = None
        if pd is not None:
            codes, uniques = pd.factorize(a, sort=True)
            return np.asarray(uniques, dtype=object), codes
    return np.unique(a, return_inverse=True)


def _string_keys(a):
    """One uint64 key per fixed-width string, and whether keys are exact.

    Only the character positions that differ between samples matter; when at
    most three differ, their code points (21 bits each) pack losslessly into
    the key, otherwise the key is a hash that the caller verifies.
    """
    a = np.ascontiguousarray(a)
    width = a.dtype.itemsize // (4 if a.dtype.kind == "U" else 1)
    view = a.view(np.uint32 if a.dtype.kind == "U" else np.uint8).reshape(len(a), width)
    cols = [c for c in range(width) if (view[:, c] != view[0, c]).any()]
    if not cols:
        return np.zeros(len(a), dtype=np.int64), True
    if len(cols) <= 3:
        keys = view[:, cols[0]].astype(np.int64)
        for c in cols[1:]:
            keys <<= 21
            keys |= view[:, c]
        return keys, True
    keys = np.zeros(len(a), dtype=np.uint64)
    for c in cols:
        keys *= np.uint64(0x100000001B3)
        keys ^= view[:, c].astype(np.uint64)
    return keys, False


def _factorize_keys(keys, exact):
    """Codes of the keys, one sample position per distinct key, and whether codes follow key order."""
    lo, hi = int(keys.min()), int(keys.max())
    if exact and hi - lo < 1 << 20:
        shifted = keys - lo if lo else keys  # exact keys are int64 of at most 63 bits
        present = np.bincount(shifted, minlength=hi - lo + 1) > 0
        lut = (np.cumsum(present) - 1).astype(np.int32)
        codes = lut[shifted]
        n_unique = int(present.sum())
        return codes, _first_positions(codes, n_unique), True
    try:
        import pandas as pd

        codes, uniq = pd.factorize(keys)
    except ImportError:  # pragma: no cover - pandas ships with the test extra
        uniq, codes = np.unique(keys, return_inverse=True)
    return codes, _first_positions(codes, len(uniq)), False


def _first_positions(codes, n_unique, chunk=1 << 16):
    """Position of the first sample with each code; most codes turn up early."""
    first = np.full(n_unique, -1, dtype=np.intp)
    start = 0
    while start < len(codes):
        block = codes[start : start + chunk]
        seen, where = np.unique(block, return_index=True)
        fresh = first[seen] < 0
        first[seen[fresh]] = where[fresh] + start
        if (first >= 0).all():
            break
        start += chunk
        chunk *= 4
    return first


def _encode_union(yt, yp):
    """Sorted union of the classes of two label arrays, with codes for both."""

    def parts(a):
        if isinstance(a, _Categorical):
            used = np.bincount(a.codes, minlength=len(a.categories)) > 0
            cats = a.categories
            if not used.all():
                remap = np.cumsum(used) - 1
                return cats[used], remap[a.codes]
            return cats, a.codes
        return _factorize(a)

    try:
        ut, ct = parts(yt)
        up, cp = parts(yp)
        classes = np.unique(np.concatenate([ut, up]))
    except TypeError as exc:
        raise TypeError(
            f"Labels could not be sorted ({exc}); y_true and y_pred must hold one kind of label "
            f"(all numbers or all strings). Convert them, e.g. with .astype(str)."
        ) from None
    codes_true = np.searchsorted(classes, ut).astype(np.int32)[ct]
    codes_pred = np.searchsorted(classes, up).astype(np.int32)[cp]
    return classes, codes_true, codes_pred


def _encode_with_labels(a, labels):
    """Codes of ``a`` into ``labels`` (-1 where the value is not a label)."""
    if isinstance(a, _Categorical):
        sub = _encode_with_labels(a.categories, labels)
        return sub[a.codes]
    if a.dtype.kind in "iu" and labels.dtype.kind in "iu" and len(a):
        lo, hi = _int_bounds(a)
        if hi - lo < _DENSE_RANGE:
            # A lookup table over the data's narrow range: one gather, no search.
            lut = np.full(hi - lo + 1, -1, dtype=np.int32)
            inside = (labels >= lo) & (labels <= hi)
            lut[labels[inside] - lo] = np.flatnonzero(inside)
            return lut[a - lo] if lo else lut[a]
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    try:
        pos = np.searchsorted(sorted_labels, a)
    except TypeError:
        raise TypeError(
            f"labels= holds values of another kind ({labels.dtype}) than the data ({a.dtype}); "
            f"pass labels of the same type as y_true."
        ) from None
    pos = np.minimum(pos, len(labels) - 1)
    found = sorted_labels[pos] == a
    return np.where(found, order[pos], -1)


def _as_labels_array(labels, like_kind):
    labels = np.asarray(to_numpy(labels, "labels"))
    if labels.dtype.kind == "S" or (labels.dtype == object and any(isinstance(v, bytes) for v in labels.tolist())):
        labels = _decode(labels, "labels")
    if labels.ndim != 1 or len(labels) == 0:
        raise ValueError(f"labels must be a non-empty 1-D list of class values; got shape {labels.shape}.")
    if len(np.unique(labels)) != len(labels):
        raise ValueError("labels contains duplicates; each class may appear only once.")
    if like_kind == "str" and labels.dtype.kind not in "UO":
        raise TypeError(
            f"labels holds {labels.dtype} values but the data holds strings; pass labels of the same type as y_true."
        )
    if like_kind == "num" and labels.dtype.kind not in "biuf":
        raise TypeError(
            f"labels holds {labels.dtype} values but the data holds numbers; pass labels of the same type as y_true."
        )
    return labels


def _restore_dtype(values, *arrays):
    """Class values back in the user's dtype (bool stays bool, floats stay float)."""
    kinds = [a.dtype.kind for a in arrays if a is not None and not isinstance(a, _Categorical)]
    if kinds and all(k == "b" for k in kinds):
        return values.astype(bool)
    if any(k == "f" for k in kinds):
        return values.astype(np.float64)
    return values


def _encode_labels(yt, yp, labels):
    """Return (classes, codes_true, codes_pred, counts-or-None)."""
    kt, kp = _kind(yt), _kind(yp)
    if {kt, kp} == {"num", "str"}:
        raise TypeError(
            "y_true holds "
            + ("numbers" if kt == "num" else "strings")
            + " but the predictions hold "
            + ("numbers" if kp == "num" else "strings")
            + "; pass both as the same kind of label (e.g. map the integer predictions to class names)."
        )
    if labels is not None:
        labels = _as_labels_array(labels, kt)
        as_ints = _bools_as_ints(labels)
        return (
            labels,
            _encode_with_labels(_bools_as_ints(yt), as_ints),
            _encode_with_labels(_bools_as_ints(yp), as_ints),
            None,
        )
    if kt == "num" and kp == "num" and not isinstance(yt, _Categorical) and not isinstance(yp, _Categorical):
        it, ip = _int_view(yt), _int_view(yp)
        lo, hi = _int_bounds(it, ip)
        if hi - lo < _DENSE_RANGE:
            values, ct, cp, counts = _dense_encode(it, ip, lo, hi)
            return _restore_dtype(values, yt, yp), ct, cp, counts
        classes, ct, cp = _encode_union(it, ip)
        return _restore_dtype(classes, yt, yp), ct, cp, None
    yt_ = yt.values() if isinstance(yt, _Categorical) and kt != kp else yt
    yp_ = yp.values() if isinstance(yp, _Categorical) and kt != kp else yp
    return (*_encode_union(yt_, yp_), None)


def _bools_as_ints(a):
    """Bools compare as 0 and 1 with integer labels."""
    if not isinstance(a, _Categorical) and a.dtype.kind == "b":
        return a.view(np.uint8)
    return a
