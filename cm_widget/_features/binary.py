"""Binary scores: the threshold and the rates at it."""

from __future__ import annotations

import numbers

import numpy as np
import traitlets

from .. import _view
from ._base import (
    Feature,
    _Threshold,
    _validate,
)


class BinaryFeature(Feature):
    """Binary scores: the threshold and the rates at it."""

    threshold = _Threshold(
        help="Binary scores: a sample is positive when score >= threshold; written by Python and the page."
    ).tag(sync=True)

    _binary = traitlets.Dict(
        help="Binary scores: the slider's lo/hi/step, pos_index and TP/FP/FN/TN with their rates at the "
        "threshold; empty otherwise."
    ).tag(sync=True)

    @_validate("threshold")
    def _valid_threshold(self, proposal):
        value = proposal["value"]
        if value is None:
            if self._engine.is_binary_scores:
                raise traitlets.TraitError("threshold cannot be None for binary scores; pass a number.")
            return None
        if not self._engine.is_binary_scores:
            raise traitlets.TraitError("threshold applies only to binary scores (y_score= with shape (n,) or (n, 2)).")
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value[()]
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
            raise traitlets.TraitError(
                f"threshold must be a real number (a sample is positive when score >= threshold); "
                f"got {type(value).__name__} {value!r}."
            )
        value = float(value)
        if not np.isfinite(value):
            raise traitlets.TraitError(f"threshold must be a finite number; got {value!r}.")
        if not (self._score_lo <= value <= self._score_hi):
            raise traitlets.TraitError(
                f"threshold={value!r} is outside the score range [{self._score_lo:g}, {self._score_hi:g}]; "
                f"pass a value inside it."
            )
        prepare = getattr(self._engine, "prepare", None)
        if prepare is not None:  # a table engine queries here, so a failure leaves the threshold as it was
            prepare(value)
        return float(value)

    def _binary_state(self):
        if not self._engine.is_binary_scores or self.threshold is None:
            return {}
        return _view.binary_state(
            self._engine.binary(self.threshold),
            threshold=self.threshold,
            lo=self._score_lo,
            hi=self._score_hi,
            is_probability=self._record.is_probability,
            pos_index=self._engine.pos_index,
        )

    _PAGE_WRITES = frozenset({"threshold"})
    _bounds = None  # (number of runs, (lo, hi)) of the threshold's range

    def _refresh_binary(self):
        self._binary = self._binary_state()

    @property
    def _score_lo(self):
        return self._score_bounds()[0]

    @property
    def _score_hi(self):
        return self._score_bounds()[1]

    def _score_bounds(self):
        """The threshold's range: [0, 1] for probabilities, else every run's scores and 0."""
        runs = self._run_set
        if self._bounds is not None and self._bounds[0] == len(runs):
            return self._bounds[1]
        first = self._first
        if not first.is_binary_scores:
            bounds = (None, None)
        else:
            lo, hi = first.score_range()
            lo, hi = (0.0, 1.0) if self._record.is_probability else (min(lo, 0.0), max(hi, 0.0))
            for name in runs.names[1:]:
                run = runs[name]
                if run.scores is not None and not run.is_probability:  # logits after probabilities
                    lo, hi = min(lo, float(run.scores.min()), 0.0), max(hi, float(run.scores.max()), 0.0)
            bounds = (lo, hi)
        self._bounds = (len(runs), bounds)
        return bounds
