"""ROC and precision-recall curves of binary scores, their areas, and thresholds for a target rate.

numpy only. A sample is predicted positive when ``score >= threshold``, as in the
matrix. The curve's points are the distinct scores, from the highest down, with
the (weighted) true and false positives at each: scikit-learn's
``confusion_matrix_at_thresholds``. Samples of zero weight are left out of the
curve, as scikit-learn does, so their scores are not thresholds of it.

The curves are read off the engine's threshold index (``_engine.ThresholdIndex``),
which holds each class's scores in ascending order: the curve merges the two
runs (one linear pass) and never sorts the scores again.
"""

from __future__ import annotations

import numbers

import numpy as np

from .index import ThresholdIndex

#: The curves a widget draws.
KINDS = ("roc", "pr")


def _read_only(a):
    a.flags.writeable = False
    return a


def curve_points(pos, neg, pos_weights=None, neg_weights=None):
    """``(thresholds, tps, fps)``: distinct scores descending and the positives at or above each.

    ``pos`` and ``neg`` are the scores of the actual positives and of the rest,
    each ascending, with their weights in the same order (or None): the engine's
    threshold index holds them so. The two runs are merged by numpy's stable
    sort, which for floats is a timsort: it finds the two ascending runs and
    merges them in one linear pass. ``tps`` and ``fps`` are integers (int32
    below 2**31 samples) unweighted, float64 sums weighted; the rates computed
    from them are float64 like scikit-learn's.
    """
    pos, neg = np.asarray(pos, dtype=np.float64), np.asarray(neg, dtype=np.float64)
    if pos_weights is not None:
        pos, pos_weights = _nonzero(pos, pos_weights)
        neg, neg_weights = _nonzero(neg, neg_weights)
    n, n_pos = len(pos) + len(neg), len(pos)
    if n == 0:
        empty = np.empty(0)
        return empty, empty.copy(), empty.copy()
    merged = np.concatenate((pos, neg))
    order = np.argsort(merged, kind="stable")  # a merge of two runs; ties: positives first
    ascending = merged[order]
    del merged
    positive = order < n_pos
    # A point of the curve per run of equal scores: its first sample (ascending) and all above it.
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(ascending[1:], ascending[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    del first
    thresholds = ascending[starts[::-1]]
    del ascending
    if pos_weights is None:
        below = np.cumsum(positive, dtype=np.int64)[starts]
        below -= positive[starts]  # positives strictly below each run
        # Whole counts: 32-bit when they fit, so the kept curve costs 16 bytes per point.
        count = np.int32 if n < 2**31 else np.int64
        tps = (n_pos - below[::-1]).astype(count)
        fps = ((n - starts[::-1]) - tps).astype(count)
        return thresholds, tps, fps
    # Weighted sums run from the highest score down, as scikit-learn's do, so that an empty top
    # of the curve is exactly 0 rather than a difference of two large sums. Ties within a class
    # are in ascending sample order in the index, so they add up in scikit-learn's order too.
    w = np.concatenate((pos_weights, neg_weights))[order[::-1]]
    positive = positive[::-1]
    ends = n - 1 - starts[::-1]  # the last sample (descending) of each run
    tps = np.cumsum(np.where(positive, w, 0.0))[ends]
    fps = np.cumsum(np.where(positive, 0.0, w))[ends]
    return thresholds, tps, fps


def _nonzero(scores, weights):
    keep = weights != 0
    return (scores, weights) if keep.all() else (scores[keep], weights[keep])


class Curves:
    """The ROC and precision-recall curves of one set of binary scores, built on first use.

    Parameters
    ----------
    index : ``_engine.ThresholdIndex``
        The engine's index of the scores; read once, when the curve is first
        needed, and not kept after (the engine may drop it to save memory).
    """

    def __init__(self, index):
        self._index = index
        self._points = None

    @classmethod
    def of(cls, scores, is_positive, weights=None):
        """The curves of ``scores`` (float64, positive when ``score >= threshold``) on their own index."""
        scores = np.asarray(scores, dtype=np.float64)
        codes = np.asarray(is_positive, dtype=bool).view(np.int8)
        return cls(ThresholdIndex(scores, codes, 1, weights))

    @property
    def points(self):
        """``(thresholds, tps, fps)`` of :func:`curve_points`, computed once."""
        if self._points is None:
            index = self._index
            (pos, pos_w), (neg, neg_w) = index.ascending(0), index.ascending(1)
            self._points = tuple(_read_only(a) for a in curve_points(pos, neg, pos_w, neg_w))
            self._index = None
        return self._points

    @property
    def nbytes(self):
        return 0 if self._points is None else sum(a.nbytes for a in self._points)

    def undefined(self):
        """``{"roc": why or None, "pr": why or None}``: a curve is undefined without the samples it divides by.

        ROC needs both classes (its rates divide by each); precision-recall needs the
        positive class (recall divides by it). scikit-learn warns and returns NaN there.
        """
        _, tps, fps = self.points
        pos = len(tps) > 0 and tps[-1] > 0
        neg = len(fps) > 0 and fps[-1] > 0
        missing = None if pos else "no sample of the positive class"
        return {"roc": missing or (None if neg else "no sample of the negative class"), "pr": missing}

    def roc(self):
        """``(fpr, tpr, thresholds)`` as ``sklearn.metrics.roc_curve(..., drop_intermediate=False)``.

        The first point is (0, 0) at threshold +inf. A rate is NaN throughout when
        its class has no samples (scikit-learn warns there; this does not).
        """
        thresholds, tps, fps = self.points
        tps, fps = np.concatenate(([0.0], tps)), np.concatenate(([0.0], fps))
        fpr = fps / fps[-1] if fps[-1] > 0 else np.full(len(fps), np.nan)
        tpr = tps / tps[-1] if tps[-1] > 0 else np.full(len(tps), np.nan)
        return fpr, tpr, np.concatenate(([np.inf], thresholds))

    def pr(self):
        """``(precision, recall, thresholds)`` as ``sklearn.metrics.precision_recall_curve``.

        Thresholds ascend; precision and recall have one more entry, the point
        (recall 0, precision 1) past the highest threshold. With no positive
        samples recall is 1 at every threshold, as scikit-learn sets it.
        """
        thresholds, tps, fps = self.points
        predicted = tps + fps
        precision = np.zeros(len(tps))
        np.divide(tps, predicted, out=precision, where=predicted != 0)
        recall = tps / tps[-1] if len(tps) and tps[-1] != 0 else np.ones(len(tps))
        return (
            np.concatenate((precision[::-1], [1.0])),
            np.concatenate((recall[::-1], [0.0])),
            thresholds[::-1].copy(),
        )

    def auc(self):
        """Area under the ROC curve (``roc_auc_score``); NaN when a class has no samples."""
        _, tps, fps = self.points
        if len(tps) == 0 or tps[-1] <= 0 or fps[-1] <= 0:
            return float("nan")
        fpr, tpr, _ = self.roc()
        # The points scikit-learn's roc_auc_score keeps (corners), so the sums agree to the last bits.
        if len(fpr) > 3:
            keep = np.concatenate(([True], (np.diff(fps, 2) != 0) | (np.diff(tps, 2) != 0), [True]))
            keep = np.concatenate(([True], keep))
            fpr, tpr = fpr[keep], tpr[keep]
        return float(np.trapezoid(tpr, fpr))

    def average_precision(self):
        """``average_precision_score``: the sum over thresholds of precision times the gain in recall."""
        if len(self.points[0]) == 0:
            return float("nan")
        precision, recall, _ = self.pr()
        return float(max(0.0, -np.sum(np.diff(recall) * precision[:-1])))

    def split(self, threshold):
        """How many curve points (distinct scores) lie at or above ``threshold``."""
        thresholds = self.points[0]
        # thresholds descend: count those >= threshold.
        return int(len(thresholds) - np.searchsorted(thresholds[::-1], threshold, side="left"))

    def threshold_for(self, tpr=None, fpr=None, precision=None):
        """The score to use as threshold to meet one target rate; see the widget's ``threshold_for``."""
        given = {k: v for k, v in (("tpr", tpr), ("fpr", fpr), ("precision", precision)) if v is not None}
        if len(given) != 1:
            raise TypeError(
                f"threshold_for takes exactly one target: tpr=, fpr= or precision= (a rate in [0, 1]); "
                f"got {sorted(given) or 'none'}."
            )
        ((name, target),) = given.items()
        if isinstance(target, (bool, np.bool_)) or not isinstance(target, numbers.Real) or not 0 <= target <= 1:
            raise ValueError(f"{name} must be a rate between 0 and 1, e.g. {name}=0.9; got {target!r}.")
        target = float(target)
        thresholds, tps, fps = self.points
        if len(thresholds) == 0:
            raise ValueError("Every sample has zero weight: there is no curve to pick a threshold from.")
        if name == "tpr":
            if tps[-1] <= 0:
                raise ValueError("tpr is undefined: no sample is of the positive class.")
            hits = np.flatnonzero(tps / tps[-1] >= target)
            return float(thresholds[hits[0]])  # tpr rises as the threshold falls: the highest one that reaches it
        if name == "fpr":
            if fps[-1] <= 0:
                raise ValueError("fpr is undefined: no sample is of the negative class.")
            rate = fps / fps[-1]
            hits = np.flatnonzero(rate <= target)
            if len(hits) == 0:
                raise ValueError(
                    f"No threshold keeps fpr <= {target:g}: even at the highest score ({thresholds[0]:g}) "
                    f"fpr is {rate[0]:g}. Ask for fpr >= {rate[0]:g}."
                )
            return float(thresholds[hits[-1]])  # the lowest threshold within the limit
        prec = tps / (tps + fps)  # tps + fps > 0 at every point: each holds a sample of nonzero weight
        hits = np.flatnonzero(prec >= target)
        if len(hits) == 0:
            raise ValueError(
                f"No threshold reaches precision >= {target:g}; the highest precision is {prec.max():g} "
                f"(at threshold {thresholds[int(np.argmax(prec))]:g})."
            )
        return float(thresholds[hits[-1]])  # the lowest such threshold: the most recall at that precision

    def thinned(self, kind, max_points=1000):
        """A few points of one curve for drawing: ``(x, y, thresholds)``, endpoints and extremes kept.

        The numbers (areas, rates, thresholds) always use every point; a drawing
        needs about one point per pixel. Points are grouped into ``max_points``
        buckets along the curve and each keeps its first, last, lowest and highest.
        """
        if kind == "roc":
            x, y, t = self.roc()
            if np.isnan(x[0]) or np.isnan(y[0]):  # a class without samples: its rate is undefined
                x, y = np.nan_to_num(x), np.nan_to_num(y)
            key = (x + y) / 2
        elif kind == "pr":
            y, x, t = self.pr()
            t = np.concatenate((t, [np.inf]))  # the closing point (recall 0, precision 1) is past every score
            key = 1 - x  # recall falls along the arrays
        else:
            raise ValueError(f"kind must be one of {KINDS}; got {kind!r}.")
        if len(x) <= max_points:
            return x, y, t
        buckets = np.minimum((key * max_points).astype(np.int64), max_points - 1)
        starts = np.flatnonzero(np.concatenate(([True], buckets[1:] != buckets[:-1])))
        stops = np.append(starts[1:], len(x))
        keep = np.zeros(len(x), dtype=bool)
        keep[starts] = keep[stops - 1] = True
        # At most max_points buckets, each a slice: a loop of slices costs O(n) in numpy.
        for a, b in zip(starts.tolist(), stops.tolist()):
            part = y[a:b]
            keep[a + int(part.argmin())] = keep[a + int(part.argmax())] = True
        return x[keep], y[keep], t[keep]
