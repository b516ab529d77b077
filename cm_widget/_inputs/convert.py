"""Anything the user passes -> a numpy array, checked: lists, pandas, torch, TensorFlow, one-hot, bytes."""

from __future__ import annotations

import numpy as np

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
