"""(n, K) scores: abstaining below a top score, and top-k hits."""

from __future__ import annotations

import numbers

import numpy as np
import traitlets

from .._engine import multiclass as _multiclass
from ._base import (
    Feature,
    _validate,
)


class AbstainFeature(Feature):
    """(n, K) scores: abstaining below a top score, and top-k hits."""

    _PAGE_WRITES = frozenset({"abstain", "top_k"})

    @traitlets.observe("run")
    def _abstain_belongs_to_the_first_run(self, _change):
        # Abstain and top-k belong to the run given (n, K) scores; another run shows none.
        if self._ready and self.run != self._run_set.names[0] and (self.abstain is not None or self.top_k != 1):
            self.abstain, self.top_k = None, 1

    # Scores beyond one threshold: abstain and top-k for (n, K) scores (curves are methods)
    abstain = traitlets.Any(None, allow_none=True, help="(n, K) scores: top score below it -> 'abstained'.").tag(
        sync=True
    )

    top_k = traitlets.Int(1, help="(n, K) scores: true class among the top k counts as a hit.").tag(sync=True)

    def _setup_abstain(self, record):
        """Wrap the engine for (n, K) scores; the curves of binary scores are built on first use."""
        self._abstain_range = None
        if getattr(record, "class_scores", None) is not None:  # a table record (Dask, Spark) has none
            self._first = _multiclass.ScoredConfusion(self._first, record.class_scores)
        if getattr(record, "multilabel", None) is not None:
            self._first = record.multilabel

    def _abstain_bounds(self):
        if self._abstain_range is None:
            first = self._first  # abstain and top-k belong to the first run's (n, K) scores
            s = first.class_scores
            # a table's scores stay in its engine, which read their range
            lo, hi = (s.min(), s.max()) if s is not None else first.score_bounds()
            self._abstain_range = (0.0, 1.0) if lo >= 0 and hi <= 1 else first.top_range()
        return self._abstain_range

    def _multiclass_scores(self, name):
        if not isinstance(self._engine, _multiclass.ScoredConfusion):
            raise traitlets.TraitError(
                f"{name} applies to multiclass scores: build the widget with y_score= of shape (n, K), K > 2 "
                f"(one probability or score per class)."
            )
        return self._engine

    @_validate("abstain")
    def _valid_abstain(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        self._multiclass_scores("abstain")
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value[()]
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real) or not np.isfinite(value):
            raise traitlets.TraitError(
                f"abstain must be None or a finite number (samples whose top score is below it abstain); "
                f"got {type(value).__name__} {value!r}."
            )
        lo, hi = self._abstain_bounds()
        if not lo <= value <= hi:
            raise traitlets.TraitError(
                f"abstain={value!r} is outside the range of the top scores [{lo:g}, {hi:g}]; pass a value inside it."
            )
        value = float(value)
        prepare = getattr(self._engine, "prepare_abstain", None)
        if prepare is not None:  # a table's engine counts here, so a failure leaves abstain as it was
            prepare(value)
        return value

    @_validate("top_k")
    def _valid_top_k(self, proposal):
        value = proposal["value"]
        if isinstance(value, (bool, np.bool_)):
            raise traitlets.TraitError(f"top_k must be an int >= 1; got {value!r}.")
        if value == 1:
            return 1
        k = self._multiclass_scores("top_k").n_classes
        if not 1 <= value <= k:
            raise traitlets.TraitError(f"top_k must be between 1 and the number of classes ({k}); got {value!r}.")
        return int(value)

    def _abstain_view(self):
        """The page's abstain / top-k controls (empty unless (n, K) scores are shown)."""
        engine = self._engine
        if isinstance(engine, _multiclass.ScoredConfusion):
            counts = self.counts
            k = len(self._classes)
            lo, hi = self._abstain_bounds()
            out = {
                "kind": "multiclass",
                "abstain": self.abstain,
                "lo": lo,
                "hi": hi,
                "step": (hi - lo) / 1000 or 0.001,
                "top_k": self.top_k,
                "k_max": k,
            }
            if self.abstain is not None:
                m = engine.metrics()
                out.update(
                    coverage=m["coverage"],
                    covered_accuracy=m["covered_accuracy"],
                    abstained=[float(v) for v in counts[:, k]],
                )
            return out
        return {}
