"""ROC and precision-recall curves of binary scores, their areas and target thresholds."""

from __future__ import annotations

import numpy as np
import traitlets

from .. import _engine
from .._engine import curves as _curves
from ._base import (
    CURVE_POINTS,
    Feature,
    _f4_bytes,
)


class CurvesFeature(Feature):
    """ROC and precision-recall curves of binary scores, their areas and target thresholds."""

    _MESSAGES = {"curves": "_on_curves_msg"}
    _curves_key = None  # the data shown (_shown_key) the curves sent to the page are of

    def _on_curves_msg(self, _content):
        self._send_curves()

    def _send_curves(self):
        """Send the shown run's curves, once: kept while that run stays the one shown (the page or a
        saved view asks for them). A table counted in Dask or Spark has no scores here: no curves."""
        if self._engine.is_binary_scores and not self._curves and not self._engine.remote:
            self._curves = self._curves_state()
            self._curves_key = self._shown_key()

    def _refresh_curves(self):
        if self._curves and self._curves_key != self._shown_key():
            self._curves = {}  # another run's scores, or a wider range: the page asks again

    _curves = traitlets.Dict(
        help="Binary scores, sent when the page asks ({type: 'curves'}): {'roc'|'pr': {'x', 'y': <f4 bytes, "
        "'t': <f8 bytes of each drawn point's threshold}, 'auc', 'ap', 'targets': [{'name', 'threshold'}]}."
    ).tag(sync=True)

    def _binary_curves(self):
        if not self._engine.is_binary_scores:
            raise ValueError(
                "Curves need binary scores: build the widget with y_score= of shape (n,), (n, 1) or (n, 2) "
                "(the positive class's probability or decision score)."
            )
        e = self._engine
        if e.remote:
            raise ValueError(
                "Curves need every score in memory; this table is counted in Dask or Spark. Collect the label "
                "and score columns (e.g. .compute() / .toPandas()) and build the widget from them."
            )
        # Keyed on the run (not the threshold): the curves are the whole of one run's scores.
        return self._memo_run("curves", lambda: _curves.Curves(e.threshold_index))

    def curve(self, kind: str = "roc") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The ROC or precision-recall curve of the binary scores, every point (read-only arrays).

        ``"roc"`` gives ``(fpr, tpr, thresholds)`` as ``sklearn.metrics.roc_curve(y, score,
        sample_weight=..., drop_intermediate=False)``: thresholds are the distinct scores
        descending after a first +inf. ``"pr"`` gives ``(precision, recall, thresholds)`` as
        ``sklearn.metrics.precision_recall_curve``: thresholds ascending. A sample is positive
        when ``score >= threshold``, as in the matrix; samples of zero weight are left out.
        """
        if kind not in _curves.KINDS:
            raise ValueError(f"kind must be 'roc' or 'pr'; got {kind!r}.")
        c = self._binary_curves()
        return tuple(_engine.read_only(a) for a in (c.roc() if kind == "roc" else c.pr()))

    @property
    def auc(self) -> float:
        """Area under the ROC curve (``sklearn.metrics.roc_auc_score``); NaN when one class is absent."""
        return self._binary_curves().auc()

    @property
    def average_precision(self) -> float:
        """Average precision (``sklearn.metrics.average_precision_score``) of the binary scores."""
        return self._binary_curves().average_precision()

    def threshold_for(
        self, *, tpr: float | None = None, fpr: float | None = None, precision: float | None = None
    ) -> float:
        """The threshold that meets one target rate, to assign to ``threshold``.

        Candidates are the distinct scores (the curve's thresholds), so the rates at
        the returned threshold are exactly the curve's at that point. Give one of:

        - ``tpr`` (recall): the highest threshold whose TPR is >= ``tpr``, i.e. the
          fewest false positives that reach it;
        - ``fpr``: the lowest threshold whose FPR is <= ``fpr``, i.e. the most true
          positives within the limit;
        - ``precision``: the lowest threshold whose precision is >= ``precision``,
          i.e. the most recall at that precision (precision is not monotone).

        Raises ValueError when no threshold meets the target (saying what is reachable).

        Examples
        --------
        >>> w.threshold = w.threshold_for(tpr=0.9)  # doctest: +SKIP
        """
        return self._binary_curves().threshold_for(tpr=tpr, fpr=fpr, precision=precision)

    def _curves_state(self):
        c = self._binary_curves()
        out = {"auc": c.auc(), "ap": c.average_precision(), "targets": []}
        for kind in _curves.KINDS:
            x, y, t = c.thinned(kind, CURVE_POINTS)
            # +inf (nothing predicted positive) is drawn; choosing it sets the top of the range.
            t = np.minimum(t, self._score_hi)
            out[kind] = {"x": _f4_bytes(x), "y": _f4_bytes(y), "t": np.ascontiguousarray(t, "<f8").tobytes()}
        for name, target in (
            ("90% recall", {"tpr": 0.9}),
            ("95% recall", {"tpr": 0.95}),
            ("FPR 10%", {"fpr": 0.1}),
            ("90% precision", {"precision": 0.9}),
        ):
            try:
                out["targets"].append({"name": name, "threshold": c.threshold_for(**target)})
            except ValueError:
                pass  # not reachable with these scores: not offered
        for k, v in out.items():
            if isinstance(v, float) and not np.isfinite(v):
                out[k] = None
        out["undefined"] = c.undefined()
        return out
