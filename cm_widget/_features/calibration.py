"""Calibration of probabilities: reliability diagram, expected calibration error, score histograms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from .._engine import calibration as _calibration
from ._base import Feature, _validate

#: What the page shows: every setting fixed, so a fresh widget shows the same.
SHOWN = {"n_bins": 10, "strategy": "uniform", "level": 0.95, "n_boot": 1000, "seed": 0}
#: Bins of the score histograms the page draws.
HIST_BINS = 20


def _f8(a):
    return np.ascontiguousarray(a, dtype="<f8").tobytes()


class CalibrationFeature(Feature):
    """Calibration of probabilities: reliability diagram, expected calibration error, score histograms."""

    if TYPE_CHECKING:  # members of the core feature
        _memo_run: Callable[..., Any]
        _ready: bool

    show_calibration = traitlets.Bool(
        False,
        help="Show the reliability diagram, the expected calibration error and the score histograms of "
        "probabilities; written by Python, read by the page.",
    ).tag(sync=True)

    _calibration = traitlets.Dict(
        help="Empty unless show_calibration: {'kind': 'binary'|'multiclass', 'x', 'y', 'n': float64 bytes (the "
        "reliability curve: mean probability, observed frequency, samples per non-empty bin), 'ece', 'ece_low', "
        "'ece_high', 'level', 'n_bins', 'strategy', 'hist': {'bins', 'lo', 'hi', 'counts': K x bins float64 "
        "bytes of the score (binary: the positive class's; multiclass: the top one) per true class}}; "
        "{'note': why} when the run shown has no probabilities."
    ).tag(sync=True)

    @_validate("show_calibration")
    def _valid_show_calibration(self, proposal):
        value = proposal["value"]
        if value:
            # Taken when some run has probabilities, whichever is shown (a run without them shows
            # why): the same answer in any order of settings.
            runs = self._runs_now
            errors = []
            for name in runs.names:
                try:
                    self._calibration_input(runs.engine(name))
                    break
                except ValueError as exc:
                    errors.append(exc)
            else:
                raise errors[0]
        return bool(value)

    @traitlets.observe("show_calibration")
    def _on_show_calibration(self, _change):
        if self._ready:
            self._refresh_calibration()

    def _calibration_input(self, engine=None):
        """(codes_true, scores, pos_index, weights) of the run shown (or ``engine``); refuses outputs
        without probabilities."""
        engine = self._engine if engine is None else engine
        scores = getattr(engine, "class_scores", None)
        if scores is None and engine.is_binary_scores and not engine.remote:
            scores = engine.scores
        if scores is None:
            raise ValueError(
                "Calibration needs probabilities: build the widget with y_score= (binary (n,) or (n, K) "
                "predict_proba output) in memory."
            )
        if scores.min() < 0 or scores.max() > 1:
            raise ValueError(
                f"Calibration needs probabilities in [0, 1]; these scores span [{scores.min():g}, {scores.max():g}] "
                f"(logits or decision scores). Pass predict_proba output, or a sigmoid/softmax of the scores."
            )
        pos = engine.pos_index if scores.ndim == 1 else None
        return engine.codes_true, scores, pos, engine.weights

    def calibration(
        self,
        n_bins: int = 10,
        strategy: str = "uniform",
        *,
        level: float = 0.95,
        n_boot: int = 1000,
        seed: int | None = 0,
    ) -> dict[str, Any]:
        """Reliability curve and expected calibration error (ECE) of the probabilities, with its interval.

        Parameters
        ----------
        n_bins : int, default 10
        strategy : {"uniform", "quantile"}, default "uniform"
            Bins of equal width on [0, 1], or of equal numbers of samples (as
            ``sklearn.calibration.calibration_curve``).
        level, n_boot, seed
            The ECE's interval: a percentile bootstrap stratified by true class (the bin edges held
            at the data's), seeded.

        Returns
        -------
        dict
            ``prob_true``, ``prob_pred`` (equal to ``calibration_curve(y == positive, score, ...)`` for
            binary scores; for (n, K) scores the top-label curve: the highest probability against
            whether its class is the true one), ``total`` (samples per non-empty bin), ``edges``,
            ``ece``, ``ece_low``, ``ece_high``, ``level``, and for (n, K) scores ``per_class``:
            class -> ``{"prob_true", "prob_pred", "total"}`` (one-vs-rest curves). With sample
            weights the means and the ECE are weighted.
        """
        _calibration.check_calibration_args(n_bins, strategy)
        out = self._memo_run(
            ("calibration", n_bins, strategy, level, n_boot, seed),
            lambda: self._compute_calibration(n_bins, strategy, level, n_boot, seed),
        )
        result = dict(out)
        if out["per_class"] is not None:
            result["per_class"] = {
                c: dict(zip(("prob_true", "prob_pred", "total"), v))
                for c, v in zip(self._classes.tolist(), out["per_class"])
            }
        else:
            result.pop("per_class")
        return result

    def _compute_calibration(self, n_bins, strategy, level, n_boot, seed):
        codes_true, scores, pos, weights = self._calibration_input()
        return _calibration.calibration(
            codes_true,
            scores,
            pos_index=pos,
            weights=weights,
            n_bins=n_bins,
            strategy=strategy,
            level=level,
            n_boot=n_boot,
            seed=seed,
        )

    def _refresh_calibration(self):
        if not self.show_calibration:
            self._calibration = {}
            return
        try:
            self._calibration = self._calibration_state()
        except ValueError as exc:  # the run shown has no probabilities (another run had them)
            self._calibration = {"note": str(exc)}

    def _calibration_state(self):
        s = SHOWN
        out = self.calibration(s["n_bins"], s["strategy"], level=s["level"], n_boot=s["n_boot"], seed=s["seed"])
        codes_true, scores, _pos, weights = self._calibration_input()
        kind = "binary" if scores.ndim == 1 else "multiclass"
        values = scores if kind == "binary" else scores.max(axis=1)
        counts = self._memo_run(
            "calibration_hist",
            lambda: _calibration.histograms(values, codes_true, len(self._classes), HIST_BINS, weights),
        )
        return {
            "kind": kind,
            "x": _f8(out["prob_pred"]),
            "y": _f8(out["prob_true"]),
            "n": _f8(out["total"]),
            "ece": out["ece"],
            "ece_low": out["ece_low"],
            "ece_high": out["ece_high"],
            "level": out["level"],
            "n_bins": s["n_bins"],
            "strategy": s["strategy"],
            "hist": {"bins": HIST_BINS, "lo": 0.0, "hi": 1.0, "counts": _f8(counts)},
        }
