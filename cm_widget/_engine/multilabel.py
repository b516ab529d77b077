"""Multi-label outputs: the L x L label matrix and one 2x2 table per label.

numpy only. ``Y_true`` and ``Y_pred`` are (n, L) 0/1 indicators (or ``Y_pred``
comes from (n, L) scores and one threshold per label: positive when
``score >= threshold``). The label matrix is ``C = Y_true.T @ Y_pred``: row i
counts the samples where label i is truly present, column j those where label j
is predicted, so the diagonal holds each label's hits. Rows do not sum to a
label's support (a sample may have several labels, or none): normalised, a row
is divided by the samples with its label, a column by those predicted with its
label (``totals``), and the per-label tables, equal to
``sklearn.metrics.multilabel_confusion_matrix``, carry the rates.
"""

from __future__ import annotations

import numbers

import numpy as np

from .counts import _safe_divide

#: The cells of a label's 2x2 table, as named for ``label_indices``.
CELLS = ("tn", "fp", "fn", "tp")

_CHUNK = 1 << 18


def indicator(a, name, n=None):
    """(n, L) bool array from a 0/1 (or bool) indicator matrix; clear errors otherwise."""
    a = np.asarray(a)
    if a.ndim != 2:
        raise ValueError(
            f"{name} must be a 2-D (n_samples, n_labels) indicator matrix of 0/1; got shape {a.shape}. "
            f"For one label per sample use ConfusionMatrixWidget(y_true, y_pred)."
        )
    if n is not None and a.shape[0] != n:
        raise ValueError(f"{name} has {a.shape[0]} rows but Y_true has {n}; pass one row per sample.")
    if a.shape[0] == 0 or a.shape[1] == 0:
        raise ValueError(f"{name} is empty (shape {a.shape}); pass at least one sample and one label.")
    if a.dtype.kind == "b":
        return np.ascontiguousarray(a)
    if a.dtype.kind not in "iuf":
        raise TypeError(f"{name} must hold 0/1 or booleans; got dtype {a.dtype}.")
    bad = (a != 0) & (a != 1)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        hint = " They look like scores: pass them as y_score= (with threshold=)." if a.dtype.kind == "f" else ""
        raise ValueError(f"{name} must hold only 0 and 1; found {a[row, col]!r} at row {row}, label {col}.{hint}")
    return a == 1


def scores_matrix(a, n, n_labels):
    a = np.asarray(a)
    if a.dtype.kind not in "biuf":
        raise TypeError(f"y_score must hold numbers (one score per sample and label); got dtype {a.dtype}.")
    if a.shape != (n, n_labels):
        raise ValueError(f"y_score must have the shape of Y_true {(n, n_labels)}; got {a.shape}.")
    a = a.astype(np.float64)
    if not np.isfinite(a).all():
        row, col = np.argwhere(~np.isfinite(a))[0]
        raise ValueError(
            f"y_score has {int((~np.isfinite(a)).sum())} NaN or infinite values (first at row {row}, label {col}); "
            f"fix or drop those samples."
        )
    return a


class MultilabelConfusion:
    """The numbers of a multi-label classifier; the engine a multi-label widget delegates to.

    Parameters
    ----------
    y_true : bool (n, L)
    y_pred : bool (n, L) or None
        None when ``scores`` and ``thresholds`` decide the predictions.
    scores : float64 (n, L) or None
    weights : float64 (n,) or None
    thresholds : float64 (L,) or None
    """

    is_binary_scores = False
    has_samples = True
    outside = None
    sample_index = None
    scores = None
    codes_pred = None  # no single-label predictions: a widget's runs read this
    _range = None
    kernel_only = (
        "A live kernel lists the samples behind a multi-label cell and moves the thresholds; this page shows the "
        "counts, and the cell that was selected when it was saved, as it was then."
    )

    def __init__(self, y_true, y_pred=None, *, scores=None, weights=None, thresholds=None):
        # Column-major: a threshold move reads and writes one label's column.
        self.y_true = np.asfortranarray(y_true)
        self.label_scores = None if scores is None else np.asfortranarray(scores)
        # float64 sums, as scikit-learn's multilabel_confusion_matrix (whatever the weights' dtype)
        self.weights = None if weights is None else np.asarray(weights, dtype=np.float64)
        self.n_classes = y_true.shape[1]
        self._total = float(self.weights.sum()) if weights is not None else y_true.shape[0]
        if scores is None:
            self.y_pred = np.asfortranarray(y_pred)
            self.thresholds = None
        else:
            self.thresholds = np.asarray(thresholds, dtype=np.float64).copy()
            self.y_pred = np.asfortranarray(self.label_scores >= self.thresholds)
        self._matrix = self._product(self.y_pred)
        self._tables = np.array([self._label_table(lab) for lab in range(self.n_classes)])
        # Wrong labels per sample, for the subset accuracy (all labels right) without a pass over (n, L).
        self._wrong = np.count_nonzero(self.y_true != self.y_pred, axis=1).astype(np.int32)

    def _product(self, pred):
        """``Y_true.T @ diag(w) @ pred`` in float64 chunks (exact for whole counts below 2**53)."""
        n, lab = self.y_true.shape
        out = np.zeros((lab, pred.shape[1]))
        for start in range(0, n, _CHUNK):
            t = self.y_true[start : start + _CHUNK].astype(np.float64)
            p = pred[start : start + _CHUNK].astype(np.float64)
            if self.weights is not None:
                p *= self.weights[start : start + _CHUNK, None]
            out += t.T @ p
        return out if self.weights is not None else out.astype(np.int64)

    def _label_table(self, label):
        """``[tn, fp, fn, tp]`` of one label, each summed on its own (no rounding dust when weighted)."""
        t, p = self.y_true[:, label], self.y_pred[:, label]
        masks = (~(t | p), ~t & p, t & ~p, t & p)
        if self.weights is None:
            return [int(np.count_nonzero(m)) for m in masks]
        return [float(self.weights[m].sum()) for m in masks]

    def set_threshold(self, label, value):
        """Move one label's threshold; only that label's column and table are recounted."""
        if self.thresholds[label] == value:
            return
        self.thresholds[label] = value
        column = self.label_scores[:, label] >= value
        old = self.y_pred[:, label]
        on, off = np.flatnonzero(column & ~old), np.flatnonzero(old & ~column)
        truth = self.y_true[:, label]
        # A flipped prediction is now right where it agrees with the truth, wrong where it does not.
        self._wrong[on] += np.where(truth[on], -1, 1).astype(np.int32)
        self._wrong[off] += np.where(truth[off], 1, -1).astype(np.int32)
        if self.weights is None:
            # Only the samples whose prediction of this label flipped change its column.
            self._matrix[:, label] += np.count_nonzero(self.y_true[on], axis=0)
            self._matrix[:, label] -= np.count_nonzero(self.y_true[off], axis=0)
        else:
            self._matrix[:, label] = self.weights[column] @ self.y_true[column]
        self.y_pred[:, label] = column
        self._tables[label] = self._label_table(label)

    def set_thresholds(self, values):
        for label, value in enumerate(values):
            self.set_threshold(label, float(value))

    # -------------------------------------------------------------- numbers

    @property
    def view_key(self):
        """The settings the counts depend on: the label thresholds."""
        return None if self.thresholds is None else self.thresholds.tobytes()

    def _any(self, y, members):
        return y[:, members].any(axis=1)

    def _weigh(self, mask):
        return int(np.count_nonzero(mask)) if self.weights is None else float(self.weights[mask].sum())

    def group_cell(self, rows, cols):
        """Ascending samples with a true label among ``rows`` and a predicted one among ``cols``."""
        return np.flatnonzero(self._any(self.y_true, rows) & self._any(self.y_pred, cols))

    def group_counts(self, members):
        """(G, G) samples (weighted) per group cell: each sample once, whatever its number of labels."""
        truth = [self._any(self.y_true, m) for m in members]
        said = [self._any(self.y_pred, m) for m in members]
        dtype = np.int64 if self.weights is None else np.float64
        return np.array([[self._weigh(t & p) for p in said] for t in truth], dtype=dtype).reshape(len(members), -1)

    def group_support(self, members):
        """Samples (weighted) with a true label among ``members``."""
        return self._weigh(self._any(self.y_true, members))

    def counts(self, threshold=None):
        """The (L, L) label matrix ``Y_true.T @ Y_pred`` (weighted)."""
        return self._matrix

    def totals(self):
        """``(rows, cols, all)`` the label matrix is normalised by: the samples (or weight) with each
        label truly present, with each label predicted, and all samples."""
        tables = self._tables.astype(np.float64)
        return tables[:, 2] + tables[:, 3], tables[:, 1] + tables[:, 3], float(self._total)

    def label_matrices(self):
        """(L, 2, 2) per-label ``[[tn, fp], [fn, tp]]``, as ``multilabel_confusion_matrix``."""
        return self._tables.reshape(-1, 2, 2).copy()

    def metrics(self, threshold=None):
        """Per-label precision, recall, F1, support; subset accuracy; macro and weighted averages.

        The per-label numbers and averages are scikit-learn's for multi-label
        indicators (``zero_division=0``); ``accuracy`` is the share of samples whose
        whole label set is right (``accuracy_score``); ``hamming_loss`` the share of
        wrong (sample, label) pairs; ``balanced_accuracy`` the mean recall of the
        labels that occur.
        """
        tables = self.label_matrices().astype(np.float64)
        _tn, fp, fn, tp = (tables[:, a, b] for a, b in ((0, 0), (0, 1), (1, 0), (1, 1)))
        support = tp + fn
        precision = _safe_divide(tp, tp + fp)
        recall = _safe_divide(tp, support)
        f1 = _safe_divide(2 * tp, 2 * tp + fp + fn)
        exact = self._wrong == 0
        right = float(exact.sum() if self.weights is None else self.weights[exact].sum())
        share = _safe_divide(support, support.sum())
        present = support > 0
        labels = self.n_classes
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": support,
            "accuracy": float(_safe_divide(right, self._total)),
            "hamming_loss": float(_safe_divide((fp + fn).sum(), self._total * labels)),
            "balanced_accuracy": float(recall[present].mean()) if present.any() else 0.0,
            "macro": {k: float(v.mean()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))},
            "weighted": {
                k: float((v * share).sum()) for k, v in (("precision", precision), ("recall", recall), ("f1", f1))
            },
        }

    def _outside_sums(self, threshold=None):
        return None  # every column is a label: no sample is left out

    # ------------------------------------------------------------ samples

    def indices(self, i, j, threshold=None):
        """Ascending samples where label ``i`` is truly present and label ``j`` predicted."""
        out = np.flatnonzero(self.y_true[:, i] & self.y_pred[:, j])
        out.flags.writeable = False
        return out

    def page(self, i, j, offset, size, threshold=None):
        cell = self.indices(i, j)
        return len(cell), cell[offset : offset + size]

    def drop_indexes(self):
        """Nothing to drop: the label matrix is kept up to date as thresholds move."""

    def row_page(self, i, j, offset, size, threshold=None):
        return self.page(i, j, offset, size, threshold)

    def label_indices(self, label, cell):
        """Ascending samples in one cell ("tn", "fp", "fn" or "tp") of a label's 2x2 table."""
        actual = cell in ("fn", "tp")
        predicted = cell in ("fp", "tp")
        t, p = self.y_true[:, label], self.y_pred[:, label]
        out = np.flatnonzero((t if actual else ~t) & (p if predicted else ~p))
        out.flags.writeable = False
        return out

    def score_range(self):
        """Where thresholds may lie: [0, 1] for probabilities, else the scores' range (computed once)."""
        if self._range is None:
            lo, hi = float(self.label_scores.min()), float(self.label_scores.max())
            self._range = (0.0, 1.0) if lo >= 0 and hi <= 1 else (lo, hi)
        return self._range


def check_thresholds(value, n_labels, lo, hi, error=ValueError):
    """One finite threshold per label within [lo, hi] (a scalar is used for every label)."""
    if isinstance(value, (bool, np.bool_)):
        raise error(f"thresholds must be numbers (one per label); got {value!r}.")
    if isinstance(value, numbers.Real):
        value = np.full(n_labels, float(value))
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise error(f"thresholds must be a number or {n_labels} numbers (one per label); got {value!r}.") from None
    if arr.shape != (n_labels,):
        raise error(f"thresholds must hold {n_labels} numbers, one per label; got shape {arr.shape}.")
    if not np.isfinite(arr).all():
        raise error(f"thresholds must be finite; got {arr.tolist()}.")
    out = (arr < lo) | (arr > hi)
    if out.any():
        k = int(np.argmax(out))
        raise error(
            f"threshold {arr[k]!r} of label {k} is outside the score range [{lo:g}, {hi:g}]; pass values inside it."
        )
    return arr
