"""Runs: several prediction sets (epochs, models) over the same samples.

numpy only; nothing here knows about widgets. Every run shares the first run's
true labels, classes, weights and sample positions; a run keeps only what its
predictions need: the predicted codes in the narrowest unsigned type, or, for
binary scores, the scores as given: float32 when that holds every one of them
exactly (half the memory), else float64. Cell and threshold indexes live in a
:class:`~cm_widget._confusion.Confusion` per run, built only for the runs being
looked at (at most two are kept).
"""

from __future__ import annotations

import numpy as np

from .. import _inputs
from . import confusion as _confusion
from . import counts as _counts
from . import index as _index

DEFAULT_NAME = "run {}"


def _code_dtype(n_classes):
    return np.uint8 if n_classes <= 256 else (np.uint16 if n_classes <= 65536 else np.int32)


class Run:
    """One prediction set: ``codes_pred`` (labels) or ``scores`` (binary), never both."""

    __slots__ = ("name", "codes_pred", "scores", "summary", "is_probability")

    def __init__(self, name, codes_pred=None, scores=None, is_probability=True):
        self.is_probability = is_probability  # scores in [0, 1]: they do not widen the threshold's range
        self.name = name
        self.codes_pred = codes_pred
        self.scores = scores
        self.summary = None  # (threshold, history row) of the last threshold asked

    @property
    def nbytes(self):
        return sum(a.nbytes for a in (self.codes_pred, self.scores) if a is not None)


def _exact_scores(scores):
    """``scores`` in float32 when the cast changes none of them, else in float64.

    A rounded score may cross the threshold (0.5 - 1e-9 becomes 0.5) or overflow
    (1e39 becomes inf); the counts must be those of the scores as given.
    """
    with np.errstate(over="ignore"):
        narrow = scores.astype(np.float32)
    if np.array_equal(narrow, scores):  # compared in float64: exact
        return narrow
    return scores.astype(np.float64, copy=False)


class Runs:
    """The runs of one matrix, in order, with a small cache of their engines.

    Parameters
    ----------
    first : Confusion
        The first run's engine; its true labels, weights and sample positions are shared.
    name : str
        The first run's name.
    """

    def __init__(self, first, name):
        self.base = first
        self.n_classes = first.n_classes
        self._runs = {}
        self._engines = {}
        self.pinned = ()
        self._add(Run(name, codes_pred=first.codes_pred, scores=first.scores))
        self._engines[name] = first

    # --------------------------------------------------------------- runs

    @property
    def names(self):
        return tuple(self._runs)

    def __len__(self):
        return len(self._runs)

    def __contains__(self, name):
        return name in self._runs

    def __getitem__(self, name):
        return self._runs[name]

    @property
    def is_binary_scores(self):
        return self.base.is_binary_scores

    def next_name(self):
        k = len(self._runs) + 1
        while DEFAULT_NAME.format(k) in self._runs:
            k += 1
        return DEFAULT_NAME.format(k)

    def add(self, name, codes_pred=None, scores=None, is_probability=True):
        """Append a run (validated by :func:`encode_run`); returns it."""
        if name in self._runs:
            raise ValueError(f"name={name!r} is already a run; pass another name (the runs are {list(self._runs)}).")
        if codes_pred is not None:
            codes_pred = codes_pred.astype(_code_dtype(self.n_classes), copy=False)
        if scores is not None:
            scores = _exact_scores(scores)
        return self._add(Run(name, codes_pred=codes_pred, scores=scores, is_probability=is_probability))

    def _add(self, run):
        self._runs[run.name] = run
        return run

    @property
    def nbytes(self):
        """Bytes the runs' own predictions hold (the shared true labels not counted)."""
        return sum(r.nbytes for r in self._runs.values())

    # ------------------------------------------------------------ engines

    def engine(self, name):
        """The engine of run ``name``.

        The first run's engine is the one the widget was built with (it may abstain or
        count top-k hits) and is never rebuilt. Engines of the other pinned runs (those
        shown) are kept with their indexes; any other is built for the call and dropped.
        """
        if name == self.names[0]:
            self._evict(keep=name)
            return self.base
        found = self._engines.get(name)
        if found is None:
            run = self._runs[name]
            b = self.base
            found = _confusion.Confusion(
                # The engine's threshold index sorts float64 scores; only the (at most two) shown runs widen.
                b.codes_true,
                run.codes_pred,
                self.n_classes,
                weights=b.weights,
                scores=None if run.scores is None else run.scores.astype(np.float64, copy=False),
                pos_index=b.pos_index,
                sample_index=b.sample_index,
            )
            if name in self.pinned:
                self._engines[name] = found
        self._evict(keep=name)
        return found

    def pin(self, *names):
        """Keep the engines of these runs (the one shown and the one compared with)."""
        self.pinned = tuple(n for n in names if n is not None)
        self._evict()

    def _evict(self, keep=None):
        for other in [k for k in self._engines if k not in self.pinned and k != keep]:
            if other == self.names[0]:
                # The first run's engine holds the shared arrays and stays: only its indexes go.
                self.base.drop_indexes()
            else:
                del self._engines[other]

    # ------------------------------------------------------------ numbers

    def _label_counts(self, run):
        b = self.base
        return _counts.confusion_counts(b.codes_true, run.codes_pred, self.n_classes, b.weights)

    def predictions(self, name, threshold=None):
        """Predicted codes of run ``name`` for the kept samples (at ``threshold`` for binary scores).

        The first run's come from its engine, so abstained samples are coded K there.
        """
        if name == self.names[0]:
            return self.base.predictions(threshold)
        run = self._runs[name]
        if run.scores is None:
            return run.codes_pred
        b = self.base
        pos = run.scores >= np.float64(threshold)  # compared in float64, as the engine does
        out = np.full(len(pos), b.neg_index, dtype=np.uint8)
        out[pos] = b.pos_index
        return out

    def counts(self, name, threshold=None):
        cached = self.base if name == self.names[0] else self._engines.get(name)
        if cached is not None:
            return cached.counts(threshold)
        run = self._runs[name]
        if run.scores is None:
            return self._label_counts(run)
        b = self.base
        if b.weights is not None:
            return _counts.confusion_counts(b.codes_true, self.predictions(name, threshold), 2, b.weights)
        # Unweighted binary counts are three popcounts: no per-sample prediction array.
        said = run.scores >= np.float64(threshold)
        truth = b.codes_true == b.pos_index
        tp = int(np.count_nonzero(said & truth))
        fp, fn = int(np.count_nonzero(said)) - tp, int(np.count_nonzero(truth)) - tp
        out = np.zeros((2, 2), dtype=np.int64)
        p, q = b.pos_index, b.neg_index
        out[p, p], out[q, p], out[p, q], out[q, q] = tp, fp, fn, len(said) - tp - fp - fn
        return out

    def diff(self, a, b, threshold=None):
        """How run ``b`` differs from run ``a``: counts ``b - a`` and the index arrays of the samples that moved.

        An abstained sample is not right; the counts of a run that abstains have the abstained
        column last, and the other run's counts get an empty one to match.
        """
        pa, pb = self.predictions(a, threshold), self.predictions(b, threshold)
        truth = self.base.codes_true
        right_a, right_b = pa == truth, pb == truth
        ca, cb = self.counts(a, threshold), self.counts(b, threshold)
        cols = max(ca.shape[1], cb.shape[1])
        ca, cb = _pad_columns(ca, cols), _pad_columns(cb, cols)
        return {
            "counts": cb - ca,
            "fixed": self._positions(~right_a & right_b),
            "broken": self._positions(right_a & ~right_b),
            "changed": self._positions(pa != pb),
        }

    def _positions(self, mask):
        local = np.flatnonzero(mask)
        if self.base.sample_index is not None:
            local = self.base.sample_index[local]
        return _counts.read_only(local.astype(np.int64, copy=False))

    def moves(self, a, b, i, j, threshold=None):
        """Samples of cell (i, j) that entered it from run ``a`` to run ``b``, and those that left it.

        Returns ``(entered, came_from, left, went_to)``: ascending sample
        positions and, for each, the predicted column in the other run (the
        true row never changes between runs; K is "abstained").
        """
        in_b = self._local(b, i, j, threshold)
        in_a = self._local(a, i, j, threshold)
        pa = self._predict_at(a, in_b, threshold)
        pb = self._predict_at(b, in_a, threshold)
        entered, left = pa != j, pb != j
        return (self._to_user(in_b[entered]), pa[entered], self._to_user(in_a[left]), pb[left])

    def _local(self, name, i, j, threshold):
        eng = self.engine(name)
        if (eng.view_key is not None and name == self.names[0]) or (
            eng.is_binary_scores and self.base.sample_index is not None
        ):
            # Abstain and top-k relabel samples, and the threshold index lists the user's positions
            # (not these kept samples'): read the cell off the predictions.
            return np.flatnonzero((self.base.codes_true == i) & (self.predictions(name, threshold) == j))
        if eng.is_binary_scores:
            return eng.threshold_index.members(threshold, i == eng.pos_index, j == eng.pos_index)
        if eng._cell_index is None:
            eng._cell_index = _index.CellIndex(eng.codes_true, eng.codes_pred, eng.n_classes)
        return eng._cell_index.cell(i, j)

    def _predict_at(self, name, local, threshold):
        run = self._runs[name]
        if name == self.names[0] and self.base.view_key is not None:
            return np.asarray(self.predictions(name, threshold)[local], dtype=np.int64)
        if run.scores is None:
            return run.codes_pred[local].astype(np.int64)
        b = self.base
        return np.where(run.scores[local] >= np.float64(threshold), b.pos_index, b.neg_index).astype(np.int64)

    def _to_user(self, local):
        if self.base.sample_index is not None:
            local = self.base.sample_index[local]
        return _counts.read_only(np.asarray(local, dtype=np.int64))

    def history(self, threshold=None):
        """Per run, in order: accuracy and macro F1 (and binary rates at ``threshold``).

        Each run's row is kept for the settings it was computed at (the threshold of binary
        scores; the first run's abstain and top-k), so a new run costs one row, not one per
        run; moving the threshold recomputes the binary rows.
        """
        out = []
        for name, run in self._runs.items():
            key = (threshold if self.is_binary_scores else None, self.base.view_key if name == self.names[0] else None)
            if run.summary is None or run.summary[0] != key:
                run.summary = (key, self._history_row(name, threshold))
            out.append(run.summary[1])
        return out

    def _history_row(self, name, threshold):
        counts = self.counts(name, threshold)
        if name == self.names[0]:  # samples left out by labels=, abstained ones: as the engine counts them
            m = self.base.metrics(threshold)
        else:
            m = _counts.class_metrics(counts, None)
        row = {"run": name, "accuracy": m["accuracy"], "macro_f1": m["macro"]["f1"]}
        if self.is_binary_scores:
            b = self.base
            p, q = b.pos_index, b.neg_index
            row["binary"] = {
                "threshold": threshold,
                **_counts.binary_metrics(
                    counts[p, p], counts[q, p], counts[p, q], counts[q, q], weighted=_counts.fractional(b.weights)
                ),
            }
        return row


def _pad_columns(counts, cols):
    if counts.shape[1] == cols:
        return counts
    out = np.zeros((counts.shape[0], cols), dtype=np.result_type(counts, np.int64))
    out[:, : counts.shape[1]] = counts
    return out


# ------------------------------------------------------------------- input


def encode_run(record, y_pred=None, y_score=None):
    """Validate one more prediction set for ``record``'s samples.

    Returns ``(codes_pred, None)`` for labels (or multiclass scores, by argmax)
    and ``(None, scores)`` for binary scores, plus whether the matrix's scores
    stay probabilities with this run: ``(codes_pred, scores, is_probability)``.
    When not, the threshold's range must open to this run's scores.

    Whether scores are probabilities is read off the values, so a run may
    change the answer: an untrained logits model's outputs can all lie in
    [0, 1] at first and not later. Such a run is taken as it comes; the
    threshold stays where it is and each run is counted at it.
    """
    if record.codes_true is None:
        raise ValueError("This matrix was built from counts: it has no samples to add a run for.")
    if record.n_excluded:
        raise ValueError(
            f"add_run needs every sample counted, but this widget left {record.n_excluded} samples out "
            f"(their labels are not in labels=). Build it with labels= listing every class, or without labels=."
        )
    if y_pred is not None and y_score is not None:
        raise TypeError("Pass either y_pred (labels, or scores as they come) or y_score=, not both.")
    if y_pred is None and y_score is None:
        raise TypeError("Pass the run's predictions: y_pred (labels, or the model's raw output) or y_score=.")
    given = "y_pred" if y_score is None else "y_score"
    raw = _inputs.to_numpy(y_pred if y_score is None else y_score, given)
    n = record.n_samples
    if len(raw) != n:
        raise ValueError(
            f"{given} has {len(raw)} entries but the runs share the first run's {n} samples; "
            f"pass one prediction per sample, in the same order."
        )
    k = len(record.classes)
    if y_score is None and not _looks_like_scores(raw, record):
        return _encode_labels(raw, record), None, False
    return _encode_scores(raw, record, given, k)


def _looks_like_scores(raw, record):
    """A positional prediction is taken as scores when it is a 2-D float array, or 1-D
    non-integer (or non-finite) floats for a matrix of binary scores (``add_run(model(x))``
    just works, and an inf among whole numbers gets the scores' error, not the labels')."""
    if isinstance(raw, _inputs._Categorical) or raw.dtype.kind not in "f":
        return False
    if raw.ndim == 2 and not (raw.shape[1] >= 2 and bool(np.isin(raw, (0, 1)).all())):
        return True
    if not (record.is_binary_scores and raw.ndim == 1):
        return False
    return not _inputs._is_integral(raw) or not bool(np.isfinite(raw).all())


def _encode_labels(raw, record):
    if record.is_binary_scores:
        raise TypeError(
            "The first run holds binary scores, so every run does: pass this run's scores "
            "(probabilities or logits, shape (n,), (n, 1) or (n, 2)) so the threshold applies to it too."
        )
    yp = _inputs._labels_1d(raw, "y_pred")
    classes = record.classes
    kind, class_kind = _inputs._kind(yp), _inputs._kind(classes)
    if {kind, class_kind} == {"num", "str"}:
        raise TypeError(
            f"y_pred holds {'numbers' if kind == 'num' else 'strings'} but the classes are "
            f"{'numbers' if class_kind == 'num' else 'strings'}; pass the same kind of label as the first run."
        )
    codes = _inputs._encode_with_labels(_inputs._bools_as_ints(yp), _inputs._bools_as_ints(classes))
    bad = codes < 0
    if bad.any():
        values = yp.values()[bad] if isinstance(yp, _inputs._Categorical) else yp[bad]
        unknown = np.unique(values).tolist()
        raise ValueError(
            f"y_pred predicts {len(unknown)} label(s) that are not classes of this matrix "
            f"({unknown[:5]}{', ...' if len(unknown) > 5 else ''}; first at sample {int(np.flatnonzero(bad)[0])}). "
            f"The classes are {classes.tolist()[:20]}: build the widget with labels= listing every class."
        )
    return codes


def _encode_scores(raw, record, given, k):
    if not record.is_binary_scores:
        # Only the argmax is kept: read the scores in their own dtype, no float64 copy.
        scores = np.asarray(raw)
        if scores.ndim != 2 or scores.shape[1] != k:
            raise ValueError(
                f"{given} has shape {scores.shape} but the matrix has {k} classes; pass (n, {k}) scores "
                f"(one column per class, in class order) or predicted labels."
            )
        if scores.dtype.kind not in "biuf":
            raise TypeError(f"{given} must hold numbers (probabilities or logits); got dtype {scores.dtype}.")
        _inputs._check_finite(scores, given)
        return np.argmax(scores, axis=1), None, False
    scores = _inputs._scores_array(raw)
    if scores.ndim == 2 and scores.shape[1] != 2:
        raise ValueError(
            f"{given} has shape {scores.shape} but the first run holds binary scores; pass shape (n,), (n, 1) or (n, 2)."
        )
    score, is_probability = _inputs._binary_score(scores, record.pos_index)
    # The range of a matrix of decision scores spans every run so far: each new run may widen it.
    return None, score, is_probability and record.is_probability
