"""The door: whatever the user passes becomes one validated :class:`Record`.

Lists, numpy arrays, pandas objects, PyTorch and TensorFlow tensors, one-hot
``y_true``, strings, bools and ints are accepted here and nowhere else; the
engine downstream only ever sees integer codes, a class list, optional binary
scores and optional weights.
"""

from __future__ import annotations

import decimal
import numbers
import warnings
from dataclasses import dataclass, field

import numpy as np

#: More distinct values than this (without ``labels=``) is taken for a regression
#: target or an id column, not for classes.
MAX_CLASSES = 2000

# An integer label range up to this wide is encoded with a lookup table and a
# joint bincount; wider ranges take the sorting path.
_DENSE_RANGE = 2048


@dataclass
class Outside:
    """Samples with a true or predicted label outside ``labels=``.

    Codes are -1 where the label is outside. ``codes_pred`` is None when binary
    ``scores`` decide the prediction; ``agree`` marks samples whose true and
    predicted labels are the same left-out class.
    """

    codes_true: np.ndarray
    codes_pred: np.ndarray | None
    agree: np.ndarray
    scores: np.ndarray | None = None
    weights: np.ndarray | None = None
    top_scores: np.ndarray | None = None  # (n, K) scores: each left-out sample's highest score


@dataclass
class Record:
    """One validated view of the user's input.

    Attributes
    ----------
    classes : ndarray (K,)
        Class values in matrix order (the user's own values: ints, strings, bools).
    codes_true, codes_pred : ndarray (m,) of ints in ``[0, K)``
        ``codes_pred`` is None when binary scores decide the prediction; both
        are None for a precomputed matrix (then ``counts`` holds it).
    scores : ndarray (m,) float64 or None
        Binary only: the positive class's score.
    pos_index : int or None
        Index into ``classes`` of the positive class (binary scores).
    is_probability : bool
        All binary scores lie in [0, 1].
    class_scores : ndarray (m, K) float64 or None
        Multiclass scores, one column per class (``codes_pred`` is their argmax).
    weights : ndarray (m,) float64 or None
    sample_index : ndarray (m,) or None
        Original positions of the kept samples, when some were excluded because
        a label lies outside ``labels=``; None means sample ``k`` is row ``k``.
    n_samples : int
        Number of samples the user passed (kept and excluded).
    excluded : dict
        Label value -> number of samples it removed (labels outside ``labels=``).
    counts : ndarray (K, K) int64 or None
        Unweighted counts, when the door already had to compute them.
    outside : Outside or None
        The samples left out by ``labels=``, kept in brief: scikit-learn's metrics
        with ``labels=`` still count them (a true 0 predicted as a left-out class is
        a miss of class 0).
    """

    classes: np.ndarray
    codes_true: np.ndarray | None
    codes_pred: np.ndarray | None
    scores: np.ndarray | None = None
    pos_index: int | None = None
    is_probability: bool = False
    weights: np.ndarray | None = None
    sample_index: np.ndarray | None = None
    n_samples: int = 0
    excluded: dict = field(default_factory=dict)
    counts: np.ndarray | None = None
    outside: Outside | None = None
    class_scores: np.ndarray | None = None

    @property
    def n_excluded(self) -> int:
        return 0 if self.codes_true is None else self.n_samples - len(self.codes_true)

    @property
    def is_binary_scores(self) -> bool:
        return self.scores is not None


# ---------------------------------------------------------------- conversion


def to_numpy(x, name):
    """Return ``x`` as a numpy array (at least 1-D) without importing any framework.

    Lists, numpy, pandas, PyTorch and TensorFlow tensors, and scipy sparse matrices
    (made dense) are read.
    """
    if x is None:
        return None
    arr = _as_array(x, name)
    if arr.ndim == 0:
        raise TypeError(
            f"{name} must be a sequence of labels or scores, got a 0-d array ({arr!r}); "
            f"pass a list or array with one entry per sample."
        )
    return arr


def _as_array(x, name):
    if isinstance(x, np.ndarray):
        return x
    if isinstance(x, (set, frozenset, dict)) or type(x).__name__ in ("dict_keys", "dict_values", "dict_items"):
        raise TypeError(
            f"{name} is a {type(x).__name__}, which has no sample order; pass a list or array with one entry "
            f"per sample, in the same order as the other arguments."
        )
    if hasattr(x, "__next__") or (hasattr(x, "__iter__") and not hasattr(x, "__len__") and not hasattr(x, "shape")):
        x = list(x)  # a generator or iterator: read it once, in order
    module = type(x).__module__ or ""
    if module.startswith("torch") and hasattr(x, "detach"):
        t = x.detach()
        if getattr(t, "is_sparse", False):
            t = t.to_dense()
        if str(t.dtype) in ("torch.bfloat16", "torch.float16"):
            t = t.float()
        return t.cpu().numpy()
    if module.startswith(("tensorflow", "keras")) and hasattr(x, "numpy"):
        return np.asarray(x.numpy())
    if module.startswith("pandas"):
        return _pandas_to_numpy(x, name)
    if module.startswith("scipy.sparse") and hasattr(x, "toarray"):
        # e.g. MultiLabelBinarizer(sparse_output=True): dense here, in its own dtype (0/1, labels or scores)
        return np.asarray(x.toarray())
    if isinstance(x, (str, bytes)) or np.isscalar(x):
        raise TypeError(
            f"{name} must be a sequence of labels or scores, got a single {type(x).__name__} ({x!r}); "
            f"pass a list or array with one entry per sample."
        )
    try:
        if isinstance(x, (list, tuple)) and len(x) and isinstance(x[0], str):
            arr = np.array(x, dtype=object)
        else:
            arr = np.asarray(x)
            if isinstance(x, (list, tuple)) and arr.dtype.kind in "US":
                # numpy would silently turn [0, "a"] into strings; keep the types to check them
                arr = np.array(x, dtype=object)
    except (ValueError, TypeError) as exc:
        raise TypeError(
            f"{name} could not be read as an array ({exc}); pass a list, numpy array, pandas Series or tensor."
        ) from None
    if (
        arr.dtype == object
        and arr.ndim == 1
        and len(arr)
        and hasattr(arr[0], "__len__")
        and not isinstance(arr[0], (str, bytes))
    ):
        raise ValueError(
            f"{name} holds sequences of different lengths (ragged); pass one label per sample, "
            f"or a rectangular (n, K) array."
        )
    return arr


def _pandas_to_numpy(x, name):
    if hasattr(x, "categories") and hasattr(x, "codes"):  # Categorical, CategoricalIndex
        codes = np.asarray(x.codes)
        if (codes < 0).any():
            bad = codes < 0
            raise ValueError(
                f"{name} has {int(bad.sum())} missing values (first at position {_first_bad(bad)}); "
                f"drop or fill them before building the matrix."
            )
        return _Categorical(np.asarray(x.categories), codes.copy())
    if hasattr(x, "columns"):  # DataFrame
        if x.shape[1] == 1:
            x = x.iloc[:, 0]
        else:
            return x.to_numpy()
    dtype = getattr(x, "dtype", None)
    if getattr(dtype, "name", "") == "category":
        if x.isna().any():
            first = int(np.flatnonzero(x.isna().to_numpy())[0])
            raise ValueError(
                f"{name} has {int(x.isna().sum())} missing values (first at position {first}); "
                f"drop or fill them before building the matrix."
            )
        return _Categorical(np.asarray(x.cat.categories), x.cat.codes.to_numpy())
    arr = x.to_numpy()
    if arr.dtype == object and len(arr) and x.isna().any():
        first = int(np.flatnonzero(x.isna().to_numpy())[0])
        raise ValueError(
            f"{name} has {int(x.isna().sum())} missing values (first at position {first}); "
            f"drop or fill them before building the matrix."
        )
    return arr


class _Categorical:
    """A pandas Categorical unpacked: already-encoded labels, encoded for free."""

    def __init__(self, categories, codes):
        self.categories = categories
        self.codes = codes
        self.shape = codes.shape
        self.ndim = 1
        self.dtype = categories.dtype

    def __len__(self):
        return len(self.codes)

    def values(self):
        return self.categories[self.codes]


# ------------------------------------------------------------------ checks


def _length(a):
    return len(a) if a is not None else None


def _check_lengths(**arrays):
    present = {k: _length(v) for k, v in arrays.items() if v is not None}
    if len(set(present.values())) > 1:
        described = ", ".join(f"{k} has {n}" for k, n in present.items())
        raise ValueError(f"Inconsistent numbers of samples: {described}; pass one entry per sample in each.")


def _first_bad(mask):
    return int(np.flatnonzero(mask)[0])


def _check_finite(a, name):
    if a.dtype.kind not in "fc":
        return
    finite = np.isfinite(a)
    if not finite.all():
        bad = ~finite
        if bad.ndim > 1:
            bad = bad.any(axis=tuple(range(1, bad.ndim)))
        inf, real = np.isinf(a), np.real(a)
        kinds = ", ".join(
            kind
            for kind, found in (("NaN", np.isnan(a)), ("+inf", inf & (real > 0)), ("-inf", inf & (real < 0)))
            if found.any()
        )
        raise ValueError(
            f"{name} contains {int(bad.sum())} non-finite values ({kinds}; first at sample {_first_bad(bad)}); "
            f"remove those samples or fix the model output before building the matrix."
        )


def _is_integral(a):
    """True when a float array holds only whole numbers."""
    return bool(np.all(np.floor(a) == a))


def _looks_one_hot(a):
    return a.ndim == 2 and a.shape[1] >= 2 and bool(np.isin(a, (0, 1)).all())


def _from_one_hot(a, name):
    sums = a.sum(axis=1)
    if not np.all(sums == 1):
        bad = sums != 1
        raise ValueError(
            f"{name} is 2-D with 0/1 entries but {int(bad.sum())} rows do not hold exactly one 1 "
            f"(first at sample {_first_bad(bad)}): that is multilabel data, which a confusion matrix "
            f"of single labels cannot show. Pass one label per sample (e.g. argmax of a one-hot row)."
        )
    return np.argmax(a, axis=1)


def _labels_1d(a, name):
    """Validate a label array: 1-D, finite, discrete. One-hot rows become ints."""
    if isinstance(a, _Categorical):
        return a
    if a.ndim == 2 and a.shape[1] == 1:
        a = a[:, 0]
    if a.ndim == 2:
        if a.dtype.kind in "fc" and not _looks_one_hot(a):
            if name == "y_pred":
                raise ValueError(
                    f"y_pred is a {a.shape} array of scores, which look like probabilities or logits; "
                    f"pass them as y_score= (the matrix then uses their argmax, or a threshold when binary)."
                )
            raise ValueError(
                f"{name} is a {a.shape} array with values other than 0 and 1; pass one label per sample, "
                f"or one-hot rows. If these are model outputs, pass them as y_score=."
            )
        if _looks_one_hot(a):
            return _from_one_hot(a, name)
        raise ValueError(f"{name} must be 1-D (one label per sample) or one-hot (n, K); got shape {a.shape}.")
    if a.ndim != 1:
        raise ValueError(f"{name} must be 1-D (one label per sample); got shape {a.shape}.")
    if a.dtype.kind == "S":
        a = _decode(a, name)
    if a.dtype == object:
        a = _object_labels(a, name)
    if a.dtype.kind == "u" and a.dtype.itemsize == 8 and len(a) and a.max() > np.iinfo(np.int64).max:
        raise ValueError(f"{name} holds integers above 2**63 - 1; map the classes to smaller integers or strings.")
    if a.dtype.kind in "fc":
        _check_finite(a, name)
        if a.dtype.kind == "c":
            raise TypeError(f"{name} holds complex numbers; pass class labels.")
        if not _is_integral(a):
            bad = np.floor(a) != a
            i = _first_bad(bad)
            if name == "y_pred":
                raise ValueError(
                    f"y_pred holds continuous values (e.g. {a[i].item()!r} at sample {i}), which look like "
                    f"probabilities or scores, not predicted labels. Pass them as y_score= "
                    f"(binary: shape (n,), (n, 1) or (n, 2); multiclass: (n, K)), and cm_widget applies "
                    f"a threshold or argmax; or pass predicted labels as y_pred."
                )
            raise ValueError(
                f"{name} holds continuous values (e.g. {a[i].item()!r} at sample {i}); it looks like a regression "
                f"target. A confusion matrix needs class labels: pass discrete labels (ints, strings or bools)."
            )
        if len(a) and np.abs(a).max() >= 2.0**53:
            raise ValueError(
                f"{name} holds whole numbers as large as {np.abs(a).max():g}, beyond what floats store exactly; "
                f"pass the class labels as integers or strings."
            )
    return a


def _missing_mask(a):
    try:
        import pandas as pd

        return np.asarray(pd.isna(a))
    except ImportError:  # pragma: no cover - pandas ships with the test extra
        return np.fromiter((v is None or (isinstance(v, float) and v != v) for v in a), bool, len(a))


def _value_kinds(a):
    """The kinds of value in an object array: a subset of {'str', 'num', 'bytes', 'other'}."""
    try:
        from pandas.api.types import infer_dtype

        known = {
            "string": {"str"},
            "integer": {"num"},
            "floating": {"num"},
            "mixed-integer-float": {"num"},
            "boolean": {"num"},
            "decimal": {"num"},
            "bytes": {"bytes"},
            "empty": set(),
        }
        inferred = infer_dtype(a, skipna=False)
        if inferred in known:
            return known[inferred]
    except ImportError:  # pragma: no cover - pandas ships with the test extra
        pass
    kinds = set()
    for t in {type(v) for v in a}:
        if issubclass(t, str):
            kinds.add("str")
        elif issubclass(t, (bool, int, float, np.number, np.bool_)):
            kinds.add("num")
        elif issubclass(t, bytes):
            kinds.add("bytes")
        else:
            kinds.add("other")
    return kinds


def _object_labels(a, name):
    """Object arrays are checked whole: no missing values, one kind of label."""
    kinds = _value_kinds(a)
    if kinds == {"str"} or not kinds:
        return a  # all strings: nothing is missing
    missing = _missing_mask(a)
    if missing.any():
        raise ValueError(
            f"{name} has {int(missing.sum())} missing values (None or NaN; first at sample {_first_bad(missing)}); "
            f"drop those samples or fill them with a class before building the matrix."
        )
    if kinds == {"num"}:
        return np.asarray(a.tolist())
    if kinds <= {"bytes", "str"}:
        return _decode(a, name)
    if {"str", "num"} <= kinds:
        first_str = next(i for i, v in enumerate(a) if isinstance(v, str))
        first_num = next(i for i, v in enumerate(a) if not isinstance(v, str))
        raise TypeError(
            f"{name} mixes strings and numbers (e.g. {a[first_str]!r} at sample {first_str} and "
            f"{a[first_num]!r} at sample {first_num}); pass one kind of label, e.g. convert with .astype(str)."
        )
    raise TypeError(
        f"{name} holds values of unsupported types ({sorted({type(v).__name__ for v in a[:1000]})}); "
        f"pass ints, strings or bools."
    )


def _kind(a):
    """'num' for numbers and bools, 'str' for text, 'obj' for anything else."""
    if isinstance(a, _Categorical):
        a = a.categories
    k = a.dtype.kind
    if k in "biuf":
        return "num"
    if k in "US":
        return "str"
    if k == "O" and len(a) and isinstance(a[0], str):
        return "str"  # label arrays were checked whole by _object_labels: all strings
    return "obj"


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


def _decode(a, name):
    """Bytes (an "S" array, or bytes among the strings of an object array) as their UTF-8 text.

    scikit-learn refuses bytes labels; here bytes are read as text wherever a label
    goes (``y_true``, ``y_pred``, ``labels``, ``pos_label``), so ``b"cat"`` and ``"cat"``
    are one class.
    """
    try:
        if a.dtype.kind == "S":
            return np.char.decode(a, "utf-8")
        return np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in a], dtype=object)
    except UnicodeDecodeError:
        i, v = next((i, v) for i, v in enumerate(a.tolist()) if isinstance(v, bytes) and not _is_utf8(v))
        where = f", at sample {i}" if name.startswith("y_") else (f", entry {i}" if len(a) > 1 else "")
        raise ValueError(
            f"{name} holds bytes that are not UTF-8 text ({v!r}{where}); bytes labels are read as UTF-8 text. "
            f"Decode them with their own encoding (e.g. v.decode('latin-1')) and pass strings."
        ) from None


def _is_utf8(b):
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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

    package = os.path.dirname(os.path.abspath(__file__))
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
