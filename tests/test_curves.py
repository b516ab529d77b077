"""ROC / precision-recall curves, their areas and threshold_for, against scikit-learn.

Scores are drawn from a few values (many ties), from floats a few ulps apart,
and from continuous values; weights include zeros (scikit-learn drops those
samples from the curve).
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sk_oracle import quiet
from sklearn.metrics import (
    average_precision_score,
    confusion_matrix,
    precision_recall_curve,
    roc_auc_score,
    roc_curve,
)

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import curves as _curves

CURVES = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def binary_scores(draw, weighted=None, min_size=1):
    n = draw(st.integers(min_size, 60))
    kind = draw(st.sampled_from(["ties", "ulps", "continuous"]))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    if kind == "ties":
        scores = rng.integers(0, 5, n) / 4.0
    elif kind == "ulps":
        scores = 0.5 + rng.integers(-3, 4, n) * np.spacing(0.5)
    else:
        scores = rng.normal(size=n)
    y = rng.random(n) < draw(st.floats(0.0, 1.0))
    if weighted is None:
        weighted = draw(st.booleans())
    w = None
    if weighted:
        w = rng.random(n) * 3
        w[rng.random(n) < 0.2] = 0.0
        w[rng.random(n) < 0.2] = 1.0
    return scores, y, w


def both_classes(y, w):
    kept = y if w is None else y[w != 0]
    return kept.any() and not kept.all()


@given(binary_scores())
@CURVES
def test_roc_equals_sklearn(data):
    scores, y, w = data
    assume(w is None or (w != 0).any())
    fpr, tpr, thr = _curves.Curves.of(scores, y, w).roc()
    sk_fpr, sk_tpr, sk_thr = quiet(roc_curve, y, scores, sample_weight=w, drop_intermediate=False)
    np.testing.assert_array_equal(thr, sk_thr)
    exact = np.testing.assert_array_equal if w is None else np.testing.assert_allclose
    exact(fpr, sk_fpr)
    exact(tpr, sk_tpr)


@given(binary_scores())
@CURVES
def test_pr_equals_sklearn(data):
    scores, y, w = data
    assume(w is None or (w != 0).any())
    precision, recall, thr = _curves.Curves.of(scores, y, w).pr()
    sk_p, sk_r, sk_t = quiet(precision_recall_curve, y, scores, sample_weight=w)
    np.testing.assert_array_equal(thr, sk_t)
    exact = np.testing.assert_array_equal if w is None else np.testing.assert_allclose
    exact(precision, sk_p)
    exact(recall, sk_r)


@given(binary_scores())
@CURVES
def test_areas_equal_sklearn(data):
    scores, y, w = data
    assume(both_classes(y, w))
    c = _curves.Curves.of(scores, y, w)
    assert c.auc() == pytest.approx(quiet(roc_auc_score, y, scores, sample_weight=w), rel=1e-12, abs=1e-12)
    assert c.average_precision() == pytest.approx(
        quiet(average_precision_score, y, scores, sample_weight=w), rel=1e-12, abs=1e-12
    )


def test_areas_of_one_class():
    scores = np.array([0.1, 0.4, 0.8])
    c = _curves.Curves.of(scores, np.zeros(3, dtype=bool))
    assert np.isnan(c.auc()) and np.isnan(quiet(roc_auc_score, [0, 0, 0], scores))
    assert c.average_precision() == quiet(average_precision_score, [0, 0, 0], scores)
    assert np.isnan(c.roc()[1]).all()


def naive_rates(scores, y, w, t):
    w = np.ones(len(y)) if w is None else w
    pred = scores >= t
    tp, fp = w[pred & y].sum(), w[pred & ~y].sum()
    return (
        tp / w[y].sum() if w[y].sum() else np.nan,
        fp / w[~y].sum() if w[~y].sum() else np.nan,
        (tp / (tp + fp) if tp + fp else 0.0),
    )


@given(binary_scores(), st.sampled_from([0.0, 0.1, 0.5, 0.9, 1.0]))
@CURVES
def test_threshold_for_tpr_is_the_highest_reaching_it(data, target):
    scores, y, w = data
    assume(both_classes(y, w))
    c = _curves.Curves.of(scores, y, w)
    t = c.threshold_for(tpr=target)
    candidates = np.unique(scores if w is None else scores[w != 0])
    assert t in candidates
    assert naive_rates(scores, y, w, t)[0] >= target - 1e-12
    higher = candidates[candidates > t]
    assert all(naive_rates(scores, y, w, h)[0] < target - 1e-12 for h in higher)


@given(binary_scores(), st.sampled_from([0.0, 0.05, 0.2, 0.5, 1.0]))
@CURVES
def test_threshold_for_fpr_is_the_lowest_within_it(data, target):
    scores, y, w = data
    assume(both_classes(y, w))
    c = _curves.Curves.of(scores, y, w)
    candidates = np.unique(scores if w is None else scores[w != 0])
    ok = [t for t in candidates if naive_rates(scores, y, w, t)[1] <= target + 1e-12]
    if not ok:
        with pytest.raises(ValueError, match="fpr"):
            c.threshold_for(fpr=target)
        return
    assert c.threshold_for(fpr=target) == min(ok)


@given(binary_scores(), st.sampled_from([0.0, 0.3, 0.6, 0.9, 1.0]))
@CURVES
def test_threshold_for_precision_is_the_lowest_reaching_it(data, target):
    scores, y, w = data
    assume(both_classes(y, w))
    c = _curves.Curves.of(scores, y, w)
    candidates = np.unique(scores if w is None else scores[w != 0])
    ok = [t for t in candidates if naive_rates(scores, y, w, t)[2] >= target - 1e-12]
    if not ok:
        with pytest.raises(ValueError, match="precision"):
            c.threshold_for(precision=target)
        return
    assert c.threshold_for(precision=target) == min(ok)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({}, "exactly one"),
        ({"tpr": 0.5, "fpr": 0.1}, "exactly one"),
        ({"tpr": 1.5}, "between 0 and 1"),
        ({"precision": True}, "between 0 and 1"),
        ({"fpr": "0.1"}, "between 0 and 1"),
    ],
)
def test_threshold_for_rejects_bad_targets(kwargs, match):
    c = _curves.Curves.of(np.array([0.2, 0.7]), np.array([False, True]))
    with pytest.raises((TypeError, ValueError), match=match):
        c.threshold_for(**kwargs)


def test_split_counts_points_at_or_above():
    c = _curves.Curves.of(np.array([0.2, 0.7, 0.7, 0.9]), np.array([False, True, False, True]))
    assert [c.split(t) for t in (1.0, 0.9, 0.8, 0.7, 0.5, 0.2, 0.0)] == [0, 1, 1, 2, 2, 3, 3]


@pytest.mark.parametrize("weighted", [False, True])
def test_the_curves_read_the_engines_index_and_only_merge_it(monkeypatch, weighted):
    rng = np.random.default_rng(1)
    n = 5000
    y = rng.random(n) < 0.4
    scores = np.round(rng.random(n), 3)  # ties too
    w = rng.random(n) * 2 if weighted else None
    if weighted:
        w[::7] = 0.0
    widget = ConfusionMatrixWidget(y, y_score=scores, sample_weight=w)
    widget.threshold = 0.3  # the first move builds the engine's threshold index
    index = widget._engine.threshold_index

    def no_sort(*args, **kwargs):
        raise AssertionError("the curve sorted the scores again")

    real_argsort, merges = np.argsort, []

    def merge_only(a, *args, **kwargs):
        # A stable sort of at most two ascending runs is a merge (timsort: one linear pass).
        descents = int(np.count_nonzero(a[1:] < a[:-1]))
        if kwargs.get("kind") != "stable" or descents > 1:
            raise AssertionError(f"the curve sorted {descents + 1} runs (kind={kwargs.get('kind')})")
        merges.append(len(a))
        return real_argsort(a, *args, **kwargs)

    for name in ("sort", "lexsort", "unique", "sort_complex", "partition", "argpartition"):
        monkeypatch.setattr(np, name, no_sort)
    monkeypatch.setattr(np, "argsort", merge_only)
    fpr, tpr, thr = widget.curve("roc")
    precision, recall, _ = widget.curve("pr")
    auc, ap = widget.auc, widget.average_precision
    monkeypatch.undo()
    assert merges == [int((w != 0).sum()) if weighted else n]  # one merge, for both curves
    assert widget._engine.threshold_index is index
    sk_fpr, sk_tpr, sk_thr = roc_curve(y, scores, sample_weight=w, drop_intermediate=False)
    np.testing.assert_array_equal(thr, sk_thr)
    np.testing.assert_allclose(fpr, sk_fpr, rtol=1e-12, atol=0)
    np.testing.assert_allclose(tpr, sk_tpr, rtol=1e-12, atol=0)
    sk_p, sk_r, _ = precision_recall_curve(y, scores, sample_weight=w)
    np.testing.assert_allclose(precision, sk_p, rtol=1e-12)
    np.testing.assert_allclose(recall, sk_r, rtol=1e-12)
    assert auc == pytest.approx(roc_auc_score(y, scores, sample_weight=w), rel=1e-12)
    assert ap == pytest.approx(average_precision_score(y, scores, sample_weight=w), rel=1e-12)


def test_a_curve_asked_first_builds_the_index_the_threshold_then_uses():
    rng = np.random.default_rng(3)
    y = rng.random(2000) < 0.5
    scores = rng.random(2000)
    widget = ConfusionMatrixWidget(y, y_score=scores)
    assert widget._engine._threshold_index is None
    widget.auc  # noqa: B018
    index = widget._engine._threshold_index
    assert index is not None
    widget.threshold = 0.7
    assert widget._engine._threshold_index is index
    np.testing.assert_array_equal(widget.counts, confusion_matrix(y, scores >= 0.7))


def test_the_curve_does_not_keep_the_index_alive():
    rng = np.random.default_rng(4)
    y = rng.random(1000) < 0.5
    c = _curves.Curves.of(rng.random(1000), y)
    c.points  # noqa: B018
    assert c._index is None


@pytest.mark.parametrize("kind", ["roc", "pr"])
def test_thinned_keeps_the_ends_and_the_shape(kind):
    rng = np.random.default_rng(2)
    n = 200_000
    y = rng.random(n) < 0.3
    scores = rng.normal(size=n) + y
    c = _curves.Curves.of(scores, y)
    x, yy, _t = c.thinned(kind, max_points=300)
    full = c.roc() if kind == "roc" else c.pr()
    fx, fy = (full[0], full[1]) if kind == "roc" else (full[1], full[0])
    assert len(x) <= 4 * 300 < len(fx)
    assert (x[0], yy[0]) == (fx[0], fy[0]) and (x[-1], yy[-1]) == (fx[-1], fy[-1])
    assert yy.min() == fy.min() and yy.max() == fy.max()
    # Every kept point is a point of the full curve, in curve order.
    picked = np.flatnonzero(np.isin(fx, x) & np.isin(fy, yy))
    assert len(picked) >= len(x)
    if kind == "roc":
        assert np.all(np.diff(x) >= 0) and np.all(np.diff(yy) >= 0)
    if kind == "roc":  # monotone: the drawn line stays close to the full one everywhere
        assert np.abs(np.interp(fx, x, yy) - fy).max() < 0.01
        return
    # PR wiggles: in every 1/300 of recall, the lowest and highest precision of the full curve are kept.
    full_bucket = np.minimum(((1 - fx) * 300).astype(int), 299)
    kept_bucket = np.minimum(((1 - x) * 300).astype(int), 299)
    for b in np.unique(full_bucket):
        inside, kept = fy[full_bucket == b], yy[kept_bucket == b]
        assert inside.min() == kept.min() and inside.max() == kept.max()


def test_thinned_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="kind"):
        _curves.Curves.of(np.array([0.1, 0.2]), np.array([True, False])).thinned("det")
