"""Costs: a cost per cell (``cost=``), the expected cost of the matrix shown, and for binary scores
the cost at every threshold with its minimum (the page draws it under the ROC)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from .._engine import costs as _costs
from .._engine import multiclass as _multiclass
from .._engine import multilabel as _multilabel
from ._base import (
    CURVE_POINTS,
    Feature,
    _f4_bytes,
    _validate,
    _Validated,
)


class CostsFeature(Feature):
    """A cost per cell of the matrix: the expected cost shown, and the least-cost threshold of binary scores."""

    cost = _Validated(
        help="None, or a (K, K) matrix of costs (rows true classes, columns predicted, in the matrix's class "
        "order; K + 1 columns to charge the abstained column): the cost of one sample in each cell. Written "
        "by Python; the page shows the expected cost, and for binary scores the cost at every threshold."
    )

    _costs = traitlets.Dict(
        help="Empty without cost=. {'k', 'cols', 'cost': <K x cols float64 bytes>, 'curve': (binary scores) "
        "{'t': <f8 bytes of thresholds, ascending>, 'y': <f4 bytes of the expected cost per sample>}, 'least': "
        "{'threshold', 'mean'} (binary scores: the threshold of least expected cost and that cost)}."
    ).tag(sync=True)

    _costs_key = None  # (the data shown, cost bytes, shape) the sent _costs are of

    if TYPE_CHECKING:  # members of the curves, for the type checker (the core's: see _base.Feature)
        _score_hi: float
        _binary_curves: Callable[[], Any]

    @_validate("cost")
    def _valid_cost(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            raise traitlets.TraitError(
                "cost= applies to a matrix of classes; a multi-label matrix counts a sample in several cells."
            )
        k = len(self._classes)
        # (n, K) scores may abstain: a last column then charges the abstained samples.
        cols = k + 1 if isinstance(self._first, _multiclass.ScoredConfusion) else k
        try:
            return _costs.check_cost(value, k, cols)
        except (TypeError, ValueError) as exc:
            raise traitlets.TraitError(str(exc)) from None

    @traitlets.observe("cost")
    def _on_cost(self, _change):
        if self._ready:
            self._refresh_costs()

    @property
    def expected_cost(self) -> dict[str, Any] | None:
        """The cost of the matrix shown under ``cost``, or None without ``cost``.

        ``{"total": sum(counts * cost), "mean": total per (weighted) sample, "per_class":
        [{"label", "total", "mean"}, ...]}``, one entry per true class in class order (``mean`` is
        0 for a class without samples). With an abstained column and a (K, K) cost, abstaining
        costs nothing.
        """
        if self.cost is None:
            return None
        out = _costs.expected_cost(self.counts, self.cost)
        for entry, label in zip(out["per_class"], self._classes.tolist()):
            entry["label"] = label
        return out

    def _refresh_costs(self):
        if self.cost is None:
            self._costs, self._costs_key = {}, None
            return
        # the data shown (run, runs, slice: every feature adds to _shown_key) and the cost
        key = (self._shown_key(), self.cost.tobytes(), self.cost.shape)
        if key == self._costs_key:
            return
        cost = self.cost
        out = {
            "k": int(cost.shape[0]),
            "cols": int(cost.shape[1]),
            "cost": np.ascontiguousarray(cost, "<f8").tobytes(),
        }
        engine = self._engine
        if engine.is_binary_scores and not engine.remote:
            out.update(self._cost_curve_state(cost, engine.pos_index))
        self._costs, self._costs_key = out, key

    def _binary_cost_terms(self, cost, pos):
        """(cost_tn, cost_fp, cost_fn, cost_tp) of a 2 x 2 cost in class order, the positive class at ``pos``."""
        neg = 1 - pos
        return float(cost[neg, neg]), float(cost[neg, pos]), float(cost[pos, neg]), float(cost[pos, pos])

    def _cost_curve_state(self, cost, pos):
        thresholds, tps, fps = self._binary_curves().points
        if len(thresholds) == 0:
            return {}
        terms = self._binary_cost_terms(cost, pos)
        t, total, weight = _costs.binary_costs(thresholds, tps, fps, *terms)
        mean = total / weight
        best = _costs.least_cost(thresholds, tps, fps, *terms)[2]
        least = self._usable_threshold(float(t[best]))
        # Drawn over the slider's range, ascending: +inf (nothing positive) at the top of the range.
        x = np.minimum(t[::-1], self._score_hi)
        y = mean[::-1]
        keep = _costs.thinned(x, y, CURVE_POINTS, keep=(len(t) - 1 - best,))
        return {
            "curve": {"t": np.ascontiguousarray(x[keep], "<f8").tobytes(), "y": _f4_bytes(y[keep])},
            "least": {"threshold": least, "mean": float(mean[best])},
        }

    def _usable_threshold(self, t):
        """A candidate as a threshold to assign: +inf (nothing positive) becomes the float just above the
        highest score, which flags nothing."""
        if np.isfinite(t):
            return t
        return float(np.nextafter(self._engine.score_range()[1], np.inf))

    def threshold_for(
        self,
        *,
        tpr: float | None = None,
        fpr: float | None = None,
        precision: float | None = None,
        cost_fp: float | None = None,
        cost_fn: float | None = None,
        rate: float | None = None,
    ) -> float:
        """The threshold that meets one target, to assign to ``threshold`` (binary scores).

        Give one of:

        - ``tpr``, ``fpr`` or ``precision``: a target rate (see below);
        - ``cost_fp`` and ``cost_fn`` together: the threshold of least expected cost, where a false
          positive costs ``cost_fp`` and a false negative ``cost_fn`` (non-negative numbers; only their
          ratio matters). The search is exact over every distinct score and the two ends (nothing
          positive, everything positive), with ``sample_weight`` counted. Thresholds of equal least
          cost go to the highest, i.e. the fewest samples flagged positive;
        - ``rate``: flag the top share, e.g. ``rate=0.05`` for the top 5%: the lowest threshold whose
          flagged (weighted) share of the samples, ``score >= threshold``, is at most ``rate``. Tied scores
          are flagged together, so the share is the largest reachable that does not exceed ``rate``.

        For the rates: ``tpr`` (recall) gives the highest threshold whose TPR is >= ``tpr``, i.e. the
        fewest false positives that reach it; ``fpr`` the lowest threshold whose FPR is <= ``fpr``;
        ``precision`` the lowest threshold whose precision is >= ``precision`` (precision is not monotone).

        Candidates are the distinct scores of nonzero weight, so the matrix at the returned threshold is
        exactly the one the target was met with. When flagging nothing is the answer (least cost, or a
        rate below the share of the highest score), the result is the float just above the highest
        score (for probabilities that reach 1.0 that lies outside the threshold's range [0, 1], which
        then has no setting that flags nothing). Raises ValueError when no threshold meets a rate target (saying what is reachable).

        Examples
        --------
        >>> w.threshold = w.threshold_for(cost_fp=1, cost_fn=20)  # doctest: +SKIP
        >>> w.threshold = w.threshold_for(rate=0.05)  # doctest: +SKIP
        """
        given = {
            k
            for k, v in (
                ("tpr", tpr),
                ("fpr", fpr),
                ("precision", precision),
                ("cost_fp", cost_fp),
                ("cost_fn", cost_fn),
                ("rate", rate),
            )
            if v is not None
        }
        targets = {"cost" if k in ("cost_fp", "cost_fn") else k for k in given}
        if len(targets) != 1:
            raise TypeError(
                f"threshold_for takes exactly one target: tpr=, fpr=, precision= (a rate in [0, 1]), "
                f"cost_fp= with cost_fn= (costs of the errors), or rate= (the share to flag); "
                f"got {sorted(given) or 'none'}."
            )
        if "cost" not in targets and "rate" not in targets:
            # The rate targets are the curves' (the next feature in the widget's bases).
            return super().threshold_for(tpr=tpr, fpr=fpr, precision=precision)  # type: ignore[misc]
        thresholds, tps, fps = self._binary_curves().points
        if len(thresholds) == 0:
            raise ValueError("Every sample has zero weight: there is no threshold to choose from.")
        if rate is not None:
            t = _costs.rate_threshold(thresholds, tps, fps, _costs.check_rate(rate))[0]
        else:
            fp_cost, fn_cost = _costs.check_binary_costs(cost_fp, cost_fn)
            t = _costs.least_cost(thresholds, tps, fps, cost_fp=fp_cost, cost_fn=fn_cost)[0]
        return self._usable_threshold(t)
