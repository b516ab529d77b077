"""The record the door hands on: integer codes, classes, scores, weights, and what labels= left out."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

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
