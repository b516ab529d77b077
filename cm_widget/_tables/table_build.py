"""The build of a table's engine: the queries that read its classes and count its cells once.

Labels: one grouped count of (true, predicted) whose labels are the classes. Binary scores: the
score range per true label, then one grouped count keyed on ``floor(score * 2**m)`` (see
:mod:`cm_widget._tables.remote`, whose :class:`~cm_widget._tables.remote.TableConfusion` answers
the widget's questions afterwards).
"""

from __future__ import annotations

import math
import warnings

import numpy as np

from .._inputs import MAX_CLASSES, _describe_labels, _user_stacklevel
from .lazy import _is_missing
from .lazy import codes as _codes_of
from .remote import TableConfusion, TableRecord, _outside_sums


def build(backend, cols, *, labels=None, pos_label=None, bins=65536, thresholds=()):
    """Check the columns, run the aggregations, and return ``(record, engine)``."""
    backend.check_columns(cols)
    if cols.y_score is not None:
        return _build_binary(backend, cols, labels, pos_label, bins, thresholds)
    if pos_label is not None:
        raise TypeError(
            "pos_label only applies to binary scores (y_score=); with y_pred labels every class has its row."
        )
    return _build_labels(backend, cols, labels)


def _sorted_classes(values, what):
    try:
        classes = np.unique(np.asarray(values, dtype=object if any(isinstance(v, str) for v in values) else None))
    except TypeError as exc:
        raise TypeError(
            f"The values of {what} could not be sorted ({exc}); the columns must hold one kind of label "
            f"(all numbers or all strings)."
        ) from None
    if classes.dtype == object and all(isinstance(v, str) for v in classes):
        classes = classes.astype(str)
    return classes


def _labels_array(labels):
    labels = np.asarray(labels)
    if labels.ndim != 1 or len(labels) == 0:
        raise ValueError(f"labels must be a non-empty 1-D list of class values; got shape {labels.shape}.")
    if len(np.unique(labels)) != len(labels):
        raise ValueError("labels contains duplicates; each class may appear only once.")
    return labels


def _distinct(backend, cols, names, found=None):
    """The distinct labels of the columns ``names``, checked; ``found`` = ``(values, missing)`` already read."""
    values, missing = found or backend.distinct([getattr(cols, n) for n in names], MAX_CLASSES)
    for n in names:
        column = getattr(cols, n)
        if missing.get(column):
            raise ValueError(
                f"{n} column {column!r} has missing values (null/NaN); drop or fill them before building the matrix."
            )
    shown = " and ".join(repr(getattr(cols, n)) for n in names)
    continuous = [v for v in values if isinstance(v, (float, np.floating)) and np.isfinite(v) and v != np.floor(v)]
    if continuous:
        hint = " They look like scores: pass the score column as y_score=." if "y_pred" in names else ""
        raise ValueError(f"{shown} hold continuous values (e.g. {float(continuous[0])!r}), not class labels.{hint}")
    if len(values) > MAX_CLASSES:
        raise ValueError(
            f"{shown} hold more than {MAX_CLASSES} distinct values: this looks like a regression target or an "
            f"id column. Pass class labels, or labels= to choose the classes."
        )
    return values


def _empty(backend, cols):
    return ValueError(
        f"The {backend.name} table is empty (no rows in y_true column {cols.y_true!r}); pass a table with at "
        f"least one row (check the filters or the files that made it)."
    )


def _build_labels(backend, cols, labels):
    if labels is None:
        # One query: the cells' labels are the classes. At most K^2 <= MAX_CLASSES^2 pairs exist
        # unless a column holds more than MAX_CLASSES values, which a result cut there shows.
        chosen = []

        def choose(true_values, pred_values):
            missing = {
                cols.y_true: any(_is_missing(v) for v in true_values),
                cols.y_pred: any(_is_missing(v) for v in pred_values),
            }
            values = {v for v in (*true_values, *pred_values) if not _is_missing(v)}
            found = (list(values), missing)
            chosen.append(_sorted_classes(_distinct(backend, cols, ("y_true", "y_pred"), found), "y_true and y_pred"))
            return chosen[0]

        rows = backend.grouped(cols, choose, limit=MAX_CLASSES**2 + 1)  # ct, cp, agree, count, wsum
        classes = chosen[0]
    else:
        classes = _labels_array(labels)
        rows = backend.grouped(cols, classes)
    k = len(classes)
    ct, cp, agree, count, wsum = (rows[:, c] for c in range(5))
    ct, cp = ct.astype(np.int64), cp.astype(np.int64)
    for code, name in ((ct, "y_true"), (cp, "y_pred")):
        if (code == -2).any():
            raise ValueError(
                f"{name} column {getattr(cols, name)!r} has {int(count[code == -2].sum())} missing values (null/NaN); "
                f"drop or fill them before building the matrix."
            )
    inside = (ct >= 0) & (cp >= 0)
    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (ct[inside], cp[inside]), count[inside].astype(np.int64))
    n = int(count.sum())
    if n == 0:
        raise _empty(backend, cols)
    weighted = None
    if cols.weight is not None:
        weighted = np.zeros((k, k))
        np.add.at(weighted, (ct[inside], cp[inside]), wsum[inside])
    record = TableRecord(classes=classes, n_samples=n)
    outside = None
    if not inside.all():
        if not (ct >= 0).any():
            raise ValueError(
                f"None of the labels= {classes.tolist()[:10]} occurs in y_true column {cols.y_true!r}; "
                f"pass classes that occur in it."
            )
        outside = _outside_sums(ct, cp, agree, count if cols.weight is None else wsum, k)
        record.n_excluded = int(count[~inside].sum())
        record.excluded = backend.outside_values(cols, classes, 20)
        warnings.warn(
            f"{record.n_excluded} of {n} samples have a label that is not in labels= "
            f"({_describe_labels(record.excluded)}); they are left out of the matrix. "
            f"Add those classes to labels= to count them.",
            UserWarning,
            stacklevel=_user_stacklevel(),
        )
    engine = TableConfusion(backend, cols, classes, counts=counts, weighted=weighted, outside=outside)
    return record, engine


def _binary_classes(backend, cols, labels, found=None):
    if labels is not None:
        classes = _labels_array(labels)
        if len(classes) != 2:
            raise ValueError(
                f"labels has {len(classes)} entries but y_score is one score column (binary); pass exactly two labels."
            )
        return classes
    classes = _sorted_classes(_distinct(backend, cols, ("y_true",), found), "y_true")
    if len(classes) == 0:  # no label at all, and none missing (that is an error of its own): no rows
        raise _empty(backend, cols)
    if len(classes) == 2:
        return classes
    if len(classes) == 1 and classes.dtype.kind in "biuf" and classes[0] in (0, 1):
        return np.array([False, True]) if classes.dtype.kind == "b" else np.array([0, 1], dtype=classes.dtype)
    if len(classes) > 2:
        raise ValueError(
            f"y_score is one score column (binary) but y_true column {cols.y_true!r} has {len(classes)} classes; "
            f"pass a predicted-label column as y_pred=, or labels= with the two classes to keep."
        )
    raise ValueError(
        f"y_true column {cols.y_true!r} holds a single class ({classes[0]!r}) and y_score is binary; pass labels= "
        f"with the two classes (negative first)."
    )


def _pos_index(classes, pos_label):
    if pos_label is None:
        return int(np.argsort(classes, kind="stable")[-1])
    hits = [k for k, c in enumerate(classes.tolist()) if c == pos_label]
    if len(hits) != 1:
        raise ValueError(f"pos_label={pos_label!r} is not one of the classes {classes.tolist()}; pass one of them.")
    return hits[0]


def _bits(bins):
    """Bins per unit of score: ``bins`` rounded down to a power of two, as its exponent."""
    return max(1, int(bins).bit_length() - 1)


def _scale(bits, lo, hi):
    """The power of two ``m`` that puts the scores in [lo, hi] into about ``2**bits`` bins of ``floor(score * 2**m)``."""
    top = max(abs(lo), abs(hi))
    if top == 0.0:
        return bits
    frac, exp = math.frexp(top)  # top = frac * 2**exp, frac in [0.5, 1)
    if frac == 0.5:
        exp -= 1  # top is a power of two: |score| <= 2**exp
    return bits - exp - (1 if lo < 0 else 0)


def _build_binary(backend, cols, labels, pos_label, bins, thresholds):
    # Two queries: per true label its rows and score range (which also names the classes), then
    # one grouped count keyed on floor(score * 2**m), with m fitted to that range: exact bins.
    found, rows = backend.score_stats(cols, MAX_CLASSES)
    classes = _binary_classes(backend, cols, labels, found)
    pos = _pos_index(classes, pos_label)
    stats = _label_stats(rows, classes)
    _check_binary(backend, cols, classes, stats)
    lo, hi = stats["min"], stats["max"]
    is_probability = lo >= 0.0 and hi <= 1.0
    scale = _scale(_bits(bins), lo, hi)
    edges, counts, wsums, ends = _edges_and_bins(backend.score_bins(cols, classes, scale), scale, lo)
    n = int(stats["count"].sum())
    record = TableRecord(classes=classes, n_samples=n, is_probability=is_probability, pos_index=pos)
    n_out = int(counts[2].sum())
    if n_out:
        record.n_excluded = n_out
        record.excluded = backend.outside_values(cols, classes, 20)
        warnings.warn(
            f"{n_out} of {n} samples have a label that is not in labels= ({_describe_labels(record.excluded)}); "
            f"they are left out of the matrix. Add those classes to labels= to count them.",
            UserWarning,
            stacklevel=_user_stacklevel(),
        )
    engine = TableConfusion(
        backend,
        cols,
        classes,
        pos_index=pos,
        edges=edges,
        bin_counts=counts,
        bin_weights=wsums if cols.weight is not None else None,
        bin_ends=ends,
        score_range=(float(stats["kept_min"]), float(stats["kept_max"])),
    )
    return record, engine


# Results of the backends, arranged by true code: rows 0 and 1 for the classes, 2 for labels outside them.
def _label_stats(rows, classes):
    """Per true code: rows, score range and missing scores, from the rows of ``score_stats``."""
    code = _codes_of(rows["value"], classes)
    count = np.zeros(3, dtype=np.int64)
    keep = code >= -1
    np.add.at(count, np.where(code[keep] == -1, 2, code[keep]), rows["n"][keep])
    kept = code >= 0

    def extreme(fn, mask, which):
        values = rows[which][mask]
        values = values[np.isfinite(values)]
        return float(fn(values)) + 0.0 if len(values) else np.nan

    return {
        "count": count,
        "true_missing": int(rows["n"][code == -2].sum()),
        "score_missing": int(rows["bad"][keep].sum()),
        "min": extreme(np.min, keep, "lo"),
        "max": extreme(np.max, keep, "hi"),
        "kept_min": extreme(np.min, kept, "lo"),
        "kept_max": extreme(np.max, kept, "hi"),
    }


def _check_binary(backend, cols, classes, stats):
    if stats["true_missing"]:
        raise ValueError(
            f"y_true column {cols.y_true!r} has {stats['true_missing']} missing values (null/NaN); "
            f"drop or fill them before building the matrix."
        )
    if stats["score_missing"]:
        raise ValueError(
            f"y_score column {cols.y_score!r} has {stats['score_missing']} missing or non-finite values "
            f"(null, NaN or inf); drop or fill them before building the matrix."
        )
    if int(stats["count"].sum()) == 0:
        raise _empty(backend, cols)
    if stats["count"][:2].sum() == 0:
        raise ValueError(
            f"None of the labels= {classes.tolist()} occurs in y_true column {cols.y_true!r}; pass classes that occur in it."
        )


def _edges_and_bins(got, scale, lowest):
    """Edges (the lower bound of every bin that holds a score) and the counts between them.

    Column 0 of the counts is below the first edge, column k + 1 is [e_k, e_k+1), as
    :class:`TableConfusion` reads them. An edge is ``key * 2**-scale``, exactly; the first is
    the lowest score ``lowest`` itself (no score lies between its bin's bound and it). Also
    returns where the scores of each column end (its bin's upper bound).
    """
    code, key = got["code"], got["key"]
    keep = code >= -1
    rows, key = np.where(code[keep] == -1, 2, code[keep]), key[keep]
    keys, at = np.unique(key, return_inverse=True)
    edges = np.ldexp(keys.astype(np.float64), -scale)
    if len(edges):
        edges[0] = max(edges[0], lowest)
    counts = np.zeros((3, len(keys) + 1), dtype=np.int64)
    weights = np.zeros((3, len(keys) + 1))
    np.add.at(counts, (rows, at + 1), got["n"][keep])
    np.add.at(weights, (rows, at + 1), got["w"][keep])
    # where each column's scores end: a threshold at or above that, up to the next edge, counts no row there
    ends = np.concatenate([[-np.inf], np.ldexp((keys + 1).astype(np.float64), -scale)])
    return edges + 0.0, counts, weights, ends
