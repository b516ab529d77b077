"""Multi-label widgets: one threshold per label, the per-label tables."""

from __future__ import annotations

from typing import Any

import numpy as np
import traitlets

from .. import _engine, _multilabel, _view
from ._base import (
    Feature,
    _Array,
    _array_from_json,
    _array_to_json,
    _validate,
)


class MultilabelFeature(Feature):
    """Multi-label widgets: one threshold per label, the per-label tables."""

    _PAGE_WRITES = frozenset({"thresholds"})

    # Multi-label (ConfusionMatrixWidget.multilabel with y_score=): one threshold per label
    thresholds = _Array(help="Multi-label scores: label j is predicted when score >= thresholds[j].").tag(
        sync=True, to_json=_array_to_json, from_json=_array_from_json
    )

    def _multilabel_engine(self, what):
        if not isinstance(self._engine, _multilabel.MultilabelConfusion):
            raise ValueError(f"{what} is for multi-label widgets: build with ConfusionMatrixWidget.multilabel(...).")
        return self._engine

    @property
    def label_matrices(self) -> np.ndarray:
        """(L, 2, 2) per-label ``[[TN, FP], [FN, TP]]``, as ``sklearn.metrics.multilabel_confusion_matrix``."""
        return _engine.read_only(self._multilabel_engine("label_matrices").label_matrices())

    def label_indices(self, label: Any, cell: str) -> np.ndarray:
        """Ascending samples in one cell of a label's 2x2 table: ``cell`` is "tn", "fp", "fn" or "tp"."""
        engine = self._multilabel_engine("label_indices")
        if cell not in _multilabel.CELLS:
            raise ValueError(f"cell must be one of {_multilabel.CELLS}; got {cell!r}.")
        return engine.label_indices(self._class_index(label, "label"), cell).astype(np.int64)

    @traitlets.default("thresholds")
    def _default_thresholds(self):
        engine = self._first
        if isinstance(engine, _multilabel.MultilabelConfusion) and engine.thresholds is not None:
            return _engine.read_only(engine.thresholds.copy())
        return None

    @_validate("thresholds")
    def _valid_thresholds(self, proposal):
        value = proposal["value"]
        engine = self._first
        scored = isinstance(engine, _multilabel.MultilabelConfusion) and engine.thresholds is not None
        if value is None and not scored:
            return None
        if not scored:
            raise traitlets.TraitError(
                "thresholds apply to multi-label scores: build with ConfusionMatrixWidget.multilabel(Y_true, "
                "y_score=...); a binary widget has one threshold (threshold=)."
            )
        lo, hi = engine.score_range()
        arr = _multilabel.check_thresholds(value, engine.n_classes, lo, hi, error=traitlets.TraitError)
        return _engine.read_only(arr)

    def _multilabel_view(self, focus=None):
        """The page's per-label tables and thresholds (empty unless multi-label), with one label cell."""
        engine = self._engine
        if isinstance(engine, _multilabel.MultilabelConfusion):
            out = {
                "kind": "multilabel",
                "tables": engine.label_matrices().reshape(-1, 4).astype(float).tolist(),
                "thresholds": None if self.thresholds is None else [float(v) for v in self.thresholds],
            }
            if engine.thresholds is not None:
                lo, hi = engine.score_range()
                out.update(lo=lo, hi=hi, step=(hi - lo) / 1000 or 0.001)
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
