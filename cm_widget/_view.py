"""The render state the page receives, as plain values: counts once, colour table, metrics,
binary rates, the selected cell. Functions of numpy arrays and plain Python values only.

The page derives the rest from these with the same rules (js/derive.js): normalised values,
colour indices, text colours, the value format and the colour-bar ticks. ``format_rule`` is
kept here as the reference those rules are tested against (tests/test_page_rules.py).
"""

from __future__ import annotations

import re

import numpy as np

#: Sample indices listed per page of a selected cell, and previews among them.
PAGE_SIZE = 100
PREVIEWS_PER_PAGE = 40

#: The values_format specs the widget accepts: optional grouping, optional precision, one kind.
FORMAT_RE = re.compile(r"^[,_]?(?:\.(\d+))?([dfeg%])$")

_UINTS = (("uint8", np.uint8), ("uint16", np.uint16), ("uint32", np.uint32))


def is_whole(a):
    """Whether every entry of ``a`` is a whole number."""
    a = np.asarray(a)
    return a.dtype.kind in "biu" or bool(np.all(np.floor(a) == a))


def matrix_state(counts, weighted=False, totals=None):
    """``{"k", "cols", "dtype", "counts"}``: the (K, cols) counts as little-endian row-major bytes.

    A large matrix that is mostly zeros (``SPARSE_CELLS``) sends its non-zero cells only: ``at``
    holds their row-major positions (uint32) and ``counts`` their values, in that order.

    ``cols`` is K, or K + 1 when an abstained column comes last. Whole counts go in the narrowest
    unsigned type that holds them; weighted or fractional counts, or counts above the uint32
    range, as float64. ``totals`` (``(rows, cols, all)``, see ``_engine.normalize``) go along as
    ``{"rows", "cols", "all"}`` when given.
    """
    out = _matrix_bytes(counts, weighted)
    if totals is not None:
        rows, cols, total = totals
        out["totals"] = {"rows": [float(v) for v in rows], "cols": [float(v) for v in cols], "all": float(total)}
    return out


#: Matrices of at least this many cells travel as their non-zero cells when that halves their bytes.
SPARSE_CELLS = 4096


def _matrix_bytes(counts, weighted):
    counts = np.asarray(counts)
    k = int(counts.shape[0]) if counts.ndim == 2 else 0
    cols = int(counts.shape[1]) if counts.ndim == 2 else 0
    top = counts.max() if counts.size else 0
    name, kind = "float64", np.dtype("<f8")
    if not weighted and is_whole(counts) and (not counts.size or counts.min() >= 0):
        for uint_name, uint in _UINTS:
            if top <= np.iinfo(uint).max:
                name, kind = uint_name, np.dtype(uint).newbyteorder("<")
                break
    flat = np.ascontiguousarray(counts, dtype=kind).ravel()
    if flat.size >= SPARSE_CELLS:
        at = np.flatnonzero(flat)
        if at.size * (4 + kind.itemsize) * 2 <= flat.size * kind.itemsize:
            # the page writes these values at these row-major positions into zeros
            return {"k": k, "cols": cols, "dtype": name, "counts": flat[at].tobytes(), "at": at.astype("<u4").tobytes()}
    return {"k": k, "cols": cols, "dtype": name, "counts": flat.tobytes()}


def lut_bytes(lut):
    """The 256 x RGB bytes of a lookup table (``_colors.lookup_table``); alpha is not drawn."""
    return np.ascontiguousarray(np.asarray(lut, dtype=np.uint8)[:, :3]).tobytes()


def format_rule(values, values_format, normalize):
    """How cell values read: ``{"kind": "int" | "float" | "percent", "digits"}``."""
    spec = values_format
    if spec and spec.endswith("d") and not is_whole(values):
        spec = None  # "d" cannot print fractions: use the default for this view
    if spec:
        digits, kind = FORMAT_RE.match(spec).groups()
        kind = {"d": "int", "%": "percent"}.get(kind, "float")
        return {"kind": kind, "digits": int(digits) if digits is not None else (0 if kind == "int" else 2)}
    if normalize is not None:
        return {"kind": "percent", "digits": 1}
    return {"kind": "int", "digits": 0} if is_whole(values) else {"kind": "float", "digits": 2}


def metrics_state(m):
    """Metrics of ``_engine``'s ``metrics()`` for the page: per class as K x 4 float64 bytes
    (precision, recall, F1, support), then the summary rows. Class names are the page's."""
    per_class = np.stack(
        [np.asarray(m[key], dtype=np.float64) for key in ("precision", "recall", "f1", "support")], axis=1
    )
    support = float(np.asarray(m["support"], dtype=np.float64).sum())
    return {
        "per_class": np.ascontiguousarray(per_class, dtype="<f8").tobytes(),
        "summary": [
            {"name": "accuracy", "value": float(m["accuracy"])},
            {"name": "balanced accuracy", "value": float(m["balanced_accuracy"])},
            {"name": "macro avg", **m["macro"], "support": support},
            {"name": "weighted avg", **m["weighted"], "support": support},
        ],
    }


def binary_state(rates, *, threshold, lo, hi, is_probability, pos_index):
    """The threshold slider's range and the rates at ``threshold`` (``_engine.binary`` output)."""
    return {
        "threshold": threshold,
        "lo": lo,
        "hi": hi,
        "step": (hi - lo) / 1000 if hi > lo else 0.001,
        "is_probability": bool(is_probability),
        "pos_index": int(pos_index),
        **{key: v for key, v in rates.items() if key != "specificity"},
    }


def selection_state(
    engine, samples, cell, names, *, threshold, offset, weighted, normalize=None, abstained=False, multilabel=False
):
    """The selected cell ``(i, j)``: its sentence, its page of sample indices from ``offset``
    (rounded down to a page start, clamped to the last page) and the previews of that page.

    The sentence gives the share ``normalize`` divides by (``share_basis``); ``abstained`` says
    the column is the abstained one, ``multilabel`` that a sample counts in several cells of a row.
    """
    i, j = cell
    counts = engine.counts(threshold)
    count = counts[i, j]
    totals = engine.totals() if multilabel else None
    basis = share_basis(normalize)
    share = share_of(counts, i, j, basis, totals)
    total, _ = engine.page(i, j, 0, 0, threshold=threshold)
    offset = max(0, min(int(offset), max(total - 1, 0)))
    offset -= offset % PAGE_SIZE
    _, page = engine.page(i, j, offset, PAGE_SIZE, threshold=threshold)
    previews = []
    if samples is not None:  # looked up by row position (a cell of an id column lists ids)
        _, rows = engine.row_page(i, j, offset, PREVIEWS_PER_PAGE, threshold=threshold)
        previews = [samples.preview(s) for s in rows]
    words = sentence(
        count,
        names[i],
        names[j],
        share,
        i == j,
        weighted=weighted,
        basis=basis,
        abstained=abstained,
        multilabel=multilabel,
    )
    return {
        "i": i,
        "j": j,
        "sentence": words,
        "count": float(count),
        "total": int(total),
        "offset": int(offset),
        "indices": page.tolist(),  # ints, or the values of an id column
        "page_size": PAGE_SIZE,
        "previews": previews,
        "available": bool(engine.has_samples),
    }


def share_basis(normalize):
    """What a cell's share in the sentence is of: ``"true"`` (its row, also when not normalised),
    ``"pred"`` (its column) or ``"all"``, as the view is normalised."""
    return "true" if normalize is None else normalize


def share_of(counts, i, j, basis, totals=None):
    """Cell ``(i, j)`` of ``counts`` as a share of its row, its column or the whole (``basis``);
    ``totals`` = ``(rows, cols, all)`` replaces the matrix's own sums (``_engine.normalize``). 0 when empty."""
    counts = np.asarray(counts, dtype=np.float64)
    if totals is not None:
        rows, cols, whole = totals
        den = {"true": rows[i], "pred": cols[j], "all": whole}[basis]
    else:
        den = {"true": counts[i].sum(), "pred": counts[:, j].sum(), "all": counts.sum()}[basis]
    return float(counts[i, j] / den) if den else 0.0


def sentence(
    count, true_name, pred_name, share, diagonal, weighted=False, *, basis="true", abstained=False, multilabel=False
):
    """The cell in plain words, as parts ``{"text", "em"}`` (names emphasised).

    ``basis`` (``share_basis``) says what ``share`` is of; ``abstained``: the model made no
    prediction (the column is the abstained one); ``multilabel``: another label is not a mistake
    in itself, and a row's share is of the samples with its label.
    """
    amount = f"{count:g}" if weighted else f"{int(count)}"
    noun = "sample weight" if weighted else ("sample" if count == 1 else "samples")
    verb = "is" if (count == 1 and not weighted) else "are"
    lead = f"{amount} {noun} {verb} truly " if not weighted else f"A weight of {amount} is truly "
    said = " but the model " if abstained else (" and predicted " if diagonal or multilabel else " but predicted ")
    part = f" ({share * 100:.1f}% of "
    if basis == "all":
        tail = [{"text": part + "all samples)."}]
    elif basis == "pred" and abstained:
        tail = [{"text": part + "the abstained samples)."}]
    else:
        whom, name = ("predicted ", pred_name) if basis == "pred" else ("true ", true_name)
        if multilabel:
            whom = "the samples predicted " if basis == "pred" else "the samples with "
        tail = [{"text": part + whom}, {"text": name, "em": True}, {"text": ")."}]
    return [{"text": lead}, {"text": true_name, "em": True}, {"text": said}, {"text": pred_name, "em": True}, *tail]
