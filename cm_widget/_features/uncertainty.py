"""Intervals of the metrics: Wilson intervals for rates, a seeded stratified bootstrap for the rest."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from .._engine import multilabel as _multilabel
from .._engine import uncertainty as _uncertainty
from ._base import Feature, _validate, _Validated

#: The intervals the page shows: every setting but the level is fixed, so a fresh widget at the
#: same settings shows the same intervals.
SHOWN = {"method": "auto", "n_boot": 1000, "seed": 0}
#: The page's bootstrap draws at most this many cells (replicates x K x columns); a larger matrix
#: shows the Wilson intervals of its rates only (``w.intervals()`` bootstraps any size on request).
SHOWN_BOOT_CELLS = 20_000_000

#: Summary rows of the metrics table, by the name the page shows, and the metrics they hold.
_SUMMARY = (
    ("accuracy", "accuracy"),
    ("balanced accuracy", "balanced_accuracy"),
)
_AVERAGES = (("macro avg", "macro"), ("weighted avg", "weighted"))
_BINARY = (
    ("tpr", "tpr"),
    ("fpr", "fpr"),
    ("precision", "binary_precision"),
    ("f1", "binary_f1"),
    ("mcc", "binary_mcc"),
)


def _pair(lo, hi):
    lo, hi = float(lo), float(hi)
    return [lo if np.isfinite(lo) else None, hi if np.isfinite(hi) else None]


class UncertaintyFeature(Feature):
    """Intervals of the metrics: Wilson intervals for rates, a seeded stratified bootstrap for the rest."""

    if TYPE_CHECKING:  # members of the core feature (public ones are declared in _base.Feature)
        _memo: Callable[..., Any]
        _ready: bool

    show_intervals = _Validated(
        None,
        help="None (off) or the level of the intervals the page shows next to each metric, e.g. 0.95 "
        "(True means 0.95); written by Python, read by the page.",
    ).tag(sync=True)

    _intervals = traitlets.Dict(
        help="Empty unless show_intervals: {'level', 'per_class': K x 6 float64 little-endian bytes (precision, "
        "recall, F1: low, high), 'summary': {'accuracy'|'balanced accuracy': [low, high], 'macro avg'|'weighted "
        "avg': {'precision'|'recall'|'f1': [low, high]}}, 'z': the level's normal quantile, 'binary': {'tpr'|'fpr'|'precision'|'f1'|'mcc': "
        "[low, high]} (binary scores), 'methods': {metric: 'wilson'|'bootstrap'}}; null where undefined."
    ).tag(sync=True)

    @_validate("show_intervals")
    def _valid_show_intervals(self, proposal):
        value = proposal["value"]
        if value is None or value is False:
            return None
        if value is True:
            value = 0.95
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real) or not 0 < float(value) < 1:
            raise traitlets.TraitError(
                f"show_intervals must be None, True (95%) or a level in (0, 1) such as 0.9; got {value!r}."
            )
        self._interval_source()  # refuses the matrices it has no intervals for
        return float(value)

    @traitlets.observe("show_intervals")
    def _on_show_intervals(self, _change):
        if self._ready:
            self._refresh_intervals()

    def _interval_source(self, method="auto"):
        """``(counts, samples, pos_index)`` the intervals are of; refuses matrices without them."""
        engine = self._engine
        if isinstance(engine, _multilabel.MultilabelConfusion):
            raise ValueError(
                "Intervals need one true class per sample; a multi-label matrix counts a sample in several "
                "cells. Take the per-label tables (label_matrices) instead."
            )
        counts = np.asarray(self.counts)
        pos = engine.pos_index if engine.is_binary_scores else None
        if engine.weights is None:
            return counts, None, pos
        if method == "wilson":
            return counts, None, pos
        if engine.remote or not engine.has_samples:
            raise ValueError(
                "A bootstrap of weighted samples redraws the samples, and this table's rows stay in its engine; "
                "pass method='wilson', or build the widget from the collected columns."
            )
        samples = (engine.codes_true, engine.predictions(self.threshold), engine.weights)
        return counts, samples, pos

    def intervals(
        self, level: float = 0.95, *, method: str = "auto", n_boot: int = 1000, seed: int | None = 0
    ) -> list[dict[str, Any]]:
        """Every metric of the matrix shown, with its interval; one row per metric and class (tidy).

        Parameters
        ----------
        level : float, default 0.95
            Coverage of each interval.
        method : {"auto", "wilson", "bootstrap"}, default "auto"
            "auto": Wilson score intervals for rates (precision, recall, accuracy, TPR, FPR,
            specificity, the cells' shares of their row, column and the whole), a percentile
            bootstrap for the rest (F1, MCC, balanced accuracy, averages). "wilson": the rates
            only. "bootstrap": the bootstrap for every metric.
        n_boot : int, default 1000
            Bootstrap replicates.
        seed : int or None, default 0
            Seed of ``numpy.random.default_rng``: the same seed and settings give the same intervals.

        Returns
        -------
        list of dict
            Rows with keys ``metric``, ``class`` (per-class metrics), ``true`` and ``pred`` (cell
            shares), ``value``, ``low``, ``high``, ``method``, ``level``; ``pandas.DataFrame(rows)``
            makes a table of them. Undefined intervals (a rate of zero samples) are NaN.

        Notes
        -----
        The bootstrap is stratified by true class: every replicate keeps each class's samples and
        redraws which of them it holds. Without sample weights the counts are resampled (row ``i``
        is a multinomial of its ``n_i`` samples over its cells), which is exactly the law of the
        sample bootstrap. With sample weights the samples are redrawn and their weights summed, a
        pass over the samples per replicate; Wilson intervals then take the summed weights as
        counts. Samples left out by ``labels=`` are not part of the matrix and not resampled.
        """
        _uncertainty.check_interval_args(level, method, n_boot, seed)
        table = self._memo(
            "intervals", lambda: self._compute_intervals(level, method, n_boot, seed), level, method, n_boot, seed
        )
        classes = self._classes.tolist()
        columns = classes + ["abstained"] if np.asarray(self.counts).shape[1] > len(classes) else classes
        rows = []
        for name, (value, lo, hi, how) in table.items():
            value, lo, hi = (np.asarray(a, dtype=np.float64) for a in (value, lo, hi))
            base = {"metric": name, "method": how, "level": float(level)}
            if value.ndim == 0:
                rows.append({**base, "class": None, "true": None, "pred": None, "value": float(value),
                             "low": float(lo), "high": float(hi)})  # fmt: skip
            elif value.ndim == 1:
                for k, c in enumerate(classes):
                    rows.append({**base, "class": c, "true": None, "pred": None, "value": float(value[k]),
                                 "low": float(lo[k]), "high": float(hi[k])})  # fmt: skip
            else:
                for i, a in enumerate(classes):
                    for j, b in enumerate(columns):
                        rows.append({**base, "class": None, "true": a, "pred": b, "value": float(value[i, j]),
                                     "low": float(lo[i, j]), "high": float(hi[i, j])})  # fmt: skip
        return rows

    def _compute_intervals(self, level, method, n_boot, seed):
        counts, samples, pos = self._interval_source(method)
        return _uncertainty.metric_intervals(
            counts, level=level, method=method, n_boot=n_boot, seed=seed, samples=samples, pos_index=pos
        )

    def _refresh_intervals(self):
        self._intervals = self._intervals_state()

    def _intervals_state(self):
        level = self.show_intervals
        if level is None:
            return {}
        s = dict(SHOWN)
        k, cols = np.asarray(self.counts).shape
        if s["n_boot"] * k * cols > SHOWN_BOOT_CELLS:
            s["method"] = "wilson"
        table = self._memo(
            "intervals",
            lambda: self._compute_intervals(level, s["method"], s["n_boot"], s["seed"]),
            level,
            s["method"],
            s["n_boot"],
            s["seed"],
        )
        none = (None, np.full(k, np.nan), np.full(k, np.nan), None)
        nan = (None, np.nan, np.nan, None)
        get = lambda m: table.get(m, none if m in ("precision", "recall", "f1") else nan)  # noqa: E731
        per_class = np.stack(
            [np.asarray(get(m)[part], dtype=np.float64) for m in ("precision", "recall", "f1") for part in (1, 2)],
            axis=1,
        )
        out = {
            "level": level,
            # The normal quantile of the level: the page derives a selected cell's Wilson interval with it.
            "z": _uncertainty.z_of(level),
            "per_class": np.ascontiguousarray(per_class, dtype="<f8").tobytes(),
            "summary": {shown: _pair(*get(m)[1:3]) for shown, m in _SUMMARY},
            "methods": {m: v[3] for m, v in table.items()},
        }
        for shown, prefix in _AVERAGES:
            out["summary"][shown] = {m: _pair(*get(f"{prefix}_{m}")[1:3]) for m in ("precision", "recall", "f1")}
        if "tpr" in table:
            out["binary"] = {shown: _pair(*get(m)[1:3]) for shown, m in _BINARY}
        return out
