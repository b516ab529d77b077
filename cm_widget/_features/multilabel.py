"""Multi-label widgets: one threshold per label, the per-label tables."""

from __future__ import annotations

from typing import Any

import numpy as np
import traitlets

from .. import _engine, _inputs, _view
from .._engine import multilabel as _multilabel
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


def multilabel_record(Y_true, Y_pred, y_score, labels, threshold, sample_weight):
    """The record of a multi-label widget (its engine attached): see ``ConfusionMatrixWidget.multilabel``."""
    columns = getattr(Y_true, "columns", None)
    yt = _multilabel.indicator(_inputs.to_numpy(Y_true, "Y_true"), "Y_true")
    n, n_labels = yt.shape
    w = _inputs.to_numpy(sample_weight, "sample_weight")
    if w is not None and len(w) != n:
        raise ValueError(f"sample_weight has {len(w)} weights but Y_true has {n} rows; pass one per sample.")
    weights = _inputs._weights(w)
    if labels is None:
        labels = list(columns) if columns is not None else list(range(n_labels))
    labels = list(_inputs.to_numpy(labels, "labels").tolist())
    if len(labels) != n_labels or len(set(map(str, labels))) != n_labels:
        raise ValueError(f"labels must be {n_labels} distinct names, one per column of Y_true; got {labels!r}.")
    if y_score is None:
        yp = _multilabel.indicator(_inputs.to_numpy(Y_pred, "Y_pred"), "Y_pred", n)
        if yp.shape[1] != n_labels:
            raise ValueError(f"Y_pred has {yp.shape[1]} labels but Y_true has {n_labels}; pass the same columns.")
        engine = _multilabel.MultilabelConfusion(yt, yp, weights=weights)
    else:
        scores = _multilabel.scores_matrix(_inputs.to_numpy(y_score, "y_score"), n, n_labels)
        lo, hi = (0.0, 1.0) if scores.min() >= 0 and scores.max() <= 1 else (scores.min(), scores.max())
        start = _multilabel.check_thresholds(threshold, n_labels, lo, hi)
        engine = _multilabel.MultilabelConfusion(yt, scores=scores, weights=weights, thresholds=start)
    record = _inputs.Record(classes=np.asarray(labels), codes_true=None, codes_pred=None, n_samples=n)
    record.multilabel = engine
    return record
