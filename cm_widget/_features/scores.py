"""The page's view of the scores beyond one threshold (abstain / top-k, per-label tables)."""

from __future__ import annotations

import traitlets

from .. import _multiclass, _multilabel, _view


class ScoresFeature(traitlets.HasTraits):
    """The page's view of the scores beyond one threshold (abstain / top-k, per-label tables)."""

    _scores = traitlets.Dict(
        help="(n, K) scores: {'kind': 'multiclass', abstain slider range, coverage, covered accuracy, "
        "'abstained' per true class, top_k}; multi-label: {'kind': 'multilabel', per-label 'tables' "
        "[tn, fp, fn, tp], thresholds and range, 'focus': one label cell's first page of samples}."
    ).tag(sync=True)

    def _on_scores_msg(self, content):
        if content["type"] == "curves":
            # A table counted in Dask or Spark has no scores here: no curves (the page shows none).
            if self._engine.is_binary_scores and not self._curves and not getattr(self._engine, "remote", False):
                self._curves = self._curves_state()
                self._curves_key = (self.run, len(self._run_set))
            return
        label, cell = content.get("label"), content.get("cell")
        engine = self._multilabel_engine("a label cell")
        if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label < engine.n_classes:
            raise ValueError(f"label must be an int in [0, {engine.n_classes}), got {label!r}")
        if cell not in _multilabel.CELLS:
            raise ValueError(f"cell must be one of {_multilabel.CELLS}, got {cell!r}")
        self._focus = (label, cell)
        self._scores = self._scores_state()

    def _scores_state(self):
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
        if isinstance(engine, _multilabel.MultilabelConfusion):
            out = {
                "kind": "multilabel",
                "tables": engine.label_matrices().reshape(-1, 4).astype(float).tolist(),
                "thresholds": None if self.thresholds is None else [float(v) for v in self.thresholds],
            }
            if engine.thresholds is not None:
                lo, hi = engine.score_range()
                out.update(lo=lo, hi=hi, step=(hi - lo) / 1000 or 0.001)
            focus = getattr(self, "_focus", None)
            if focus is not None:
                cell = engine.label_indices(*focus)
                out["focus"] = {
                    "label": focus[0],
                    "cell": focus[1],
                    "total": len(cell),
                    "indices": [int(v) for v in cell[: _view.PAGE_SIZE]],
                }
            return out
        return {}

    def _sync_scores(self):
        if self._curves and self._curves_key != (self.run, len(self._run_set)):
            self._curves = {}  # another run's scores, or a wider range: the page asks again
        self._scores = self._scores_state()
