"""The page's view of the scores beyond one threshold (abstain / top-k, per-label tables)."""

from __future__ import annotations

import traitlets

from .._engine import multilabel as _multilabel
from ._base import Feature


class ScoresFeature(Feature):
    """The page's view of the scores beyond one threshold (abstain / top-k, per-label tables)."""

    _scores = traitlets.Dict(
        help="(n, K) scores: {'kind': 'multiclass', abstain slider range, coverage, covered accuracy, "
        "'abstained' per true class, top_k}; multi-label: {'kind': 'multilabel', per-label 'tables' "
        "[tn, fp, fn, tp], thresholds and range, 'focus': one label cell's first page of samples}."
    ).tag(sync=True)

    _MESSAGES = {"label_cell": "_on_label_cell_msg"}

    def _on_label_cell_msg(self, content):
        label, cell = content.get("label"), content.get("cell")
        n = len(self._classes)
        if self.thresholds is None and not self._multilabel_view():
            raise ValueError("a label cell is for multi-label widgets")
        if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label < n:
            raise ValueError(f"label must be an int in [0, {n}), got {label!r}")
        if cell not in _multilabel.CELLS:
            raise ValueError(f"cell must be one of {_multilabel.CELLS}, got {cell!r}")
        self._focus = (label, cell)
        self._refresh_scores()

    def _refresh_scores(self):
        # One view at most applies: (n, K) scores, or multi-label.
        self._scores = self._abstain_view() or self._multilabel_view(getattr(self, "_focus", None))
