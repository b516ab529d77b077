"""Costs and rates: threshold_for(cost_fp=, cost_fn=), threshold_for(rate=), cost= and expected_cost.

Oracles: brute force over every threshold (a mask per distinct score), scikit-learn's
TunedThresholdClassifierCV with a make_scorer cost over the same fixed scores, and
sklearn.metrics.confusion_matrix times the cost matrix for the expected cost.
"""

import numpy as np
import pytest
import traitlets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import confusion_matrix, make_scorer
from sklearn.model_selection import TunedThresholdClassifierCV

from cm_widget import ConfusionMatrixWidget

COSTS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def scored(draw, whole_weights=True):
    """Scores with many ties, labels, weights (zeros included) or none."""
    n = draw(st.integers(2, 50))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    kind = draw(st.sampled_from(["ties", "ulps", "continuous"]))
    if kind == "ties":
        scores = rng.integers(0, 6, n) / 5.0
    elif kind == "ulps":
        scores = 0.5 + rng.integers(-3, 4, n) * np.spacing(0.5)
    else:
        scores = rng.random(n)
    y = (rng.random(n) < draw(st.floats(0.05, 0.95))).astype(int)
    y[0], y[1] = 0, 1  # both classes present
    w = None
    if draw(st.booleans()):
        w = rng.integers(0, 4, n).astype(float) if whole_weights else rng.random(n) * 3
        w[rng.random(n) < 0.15] = 0.0
        w[0] = w[1] = 1.0
    return scores, y, w


def brute_candidates(scores, w):
    """+inf (nothing positive) and every distinct score of nonzero weight, descending."""
    kept = scores if w is None else scores[w != 0]
    return np.concatenate(([np.inf], np.unique(kept)[::-1]))


def brute_costs(scores, y, w, cost_fp, cost_fn):
    w = np.ones(len(y)) if w is None else w
    out = []
    for t in brute_candidates(scores, w):
        flagged = scores >= t
        fp = w[flagged & (y == 0)].sum()
        fn = w[~flagged & (y == 1)].sum()
        out.append(cost_fp * fp + cost_fn * fn)
    return brute_candidates(scores, w), np.array(out)


def as_threshold(t, scores):
    """A brute-force candidate as the threshold threshold_for returns (+inf: just above every score)."""
    return float(np.nextafter(scores.max(), np.inf)) if np.isinf(t) else float(t)


@given(scored(), st.integers(0, 20), st.integers(0, 20))
@COSTS
def test_least_cost_equals_brute_force_whole_weights(data, cost_fp, cost_fn):
    scores, y, w = data
    w_ = ConfusionMatrixWidget(y, y_score=scores, sample_weight=w)
    got = w_.threshold_for(cost_fp=cost_fp, cost_fn=cost_fn)
    cands, costs = brute_costs(scores, y, w, cost_fp, cost_fn)
    # Whole weights and costs: sums are exact, so ties are exact; the rule takes the highest threshold.
    best = cands[np.flatnonzero(costs == costs.min())].max()
    assert got == as_threshold(best, scores)


@given(scored(whole_weights=False), st.floats(0, 50), st.floats(0, 50))
@COSTS
def test_least_cost_value_equals_brute_force_float_weights(data, cost_fp, cost_fn):
    scores, y, w = data
    w_ = ConfusionMatrixWidget(y, y_score=scores, sample_weight=w)
    got = w_.threshold_for(cost_fp=cost_fp, cost_fn=cost_fn)
    _, costs = brute_costs(scores, y, w, cost_fp, cost_fn)
    weights = np.ones(len(y)) if w is None else w
    at = scores >= got
    cost_there = cost_fp * weights[at & (y == 0)].sum() + cost_fn * weights[~at & (y == 1)].sum()
    np.testing.assert_allclose(cost_there, costs.min(), rtol=1e-9, atol=1e-9)
    # and the widget at that threshold shows that cost
    if got <= 1.0:
        w_.threshold = got
        tn, fp, fn, tp = np.asarray(w_.counts, dtype=float).ravel()
        np.testing.assert_allclose(cost_fp * fp + cost_fn * fn, costs.min(), rtol=1e-9, atol=1e-9)


@given(scored(), st.floats(0, 1))
@COSTS
def test_rate_equals_brute_force(data, rate):
    scores, y, w = data
    got = ConfusionMatrixWidget(y, y_score=scores, sample_weight=w).threshold_for(rate=rate)
    weights = np.ones(len(y)) if w is None else w
    total = weights.sum()
    ok = [t for t in brute_candidates(scores, w) if weights[scores >= t].sum() / total <= rate]
    assert got == as_threshold(min(ok), scores)  # the lowest threshold that stays within the rate


def test_rate_flags_the_top_five_percent():
    rng = np.random.default_rng(3)
    scores = rng.permutation(np.arange(1000) / 1000)
    y = rng.integers(0, 2, 1000)
    t = ConfusionMatrixWidget(y, y_score=scores).threshold_for(rate=0.05)
    assert (scores >= t).sum() == 50 and t == 0.95


def test_rate_never_goes_above_with_ties():
    scores = np.array([0.9, 0.9, 0.9, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1])
    y = np.array([1, 0, 1, 0, 1, 0, 0, 1, 0, 0])
    w = ConfusionMatrixWidget(y, y_score=scores)
    assert w.threshold_for(rate=0.4) == 0.9  # 30% flagged; 50% at 0.5 would pass the rate
    assert w.threshold_for(rate=0.5) == 0.5
    assert w.threshold_for(rate=0.2) > 0.9 and (scores >= w.threshold_for(rate=0.2)).sum() == 0
    assert w.threshold_for(rate=1.0) == 0.1


class FixedScores(ClassifierMixin, BaseEstimator):
    """A fitted classifier whose positive-class probability is the one column of X."""

    def fit(self, X, y):
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X):
        p = np.asarray(X, dtype=float)[:, 0]
        return np.column_stack((1 - p, p))

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)


def neg_cost(cost_fp, cost_fn):
    def score(y_true, y_pred, sample_weight=None):
        tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1], sample_weight=sample_weight).ravel()
        return -(cost_fp * fp + cost_fn * fn)

    return make_scorer(score)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("cost_fp", "cost_fn"), [(1, 1), (1, 10), (5, 1)])
def test_least_cost_equals_tuned_threshold_classifier(seed, cost_fp, cost_fn):
    rng = np.random.default_rng(seed)
    n = 300
    y = rng.integers(0, 2, n)
    scores = np.clip(0.25 * y + rng.random(n) * 0.75, 0, 1).round(2)  # ties
    X = scores[:, None]
    grid = np.unique(scores)  # every distinct score: the same candidates below "everything positive"
    tuned = TunedThresholdClassifierCV(
        FixedScores().fit(X, y),
        scoring=neg_cost(cost_fp, cost_fn),
        thresholds=grid,
        cv="prefit",
        refit=False,
        store_cv_results=True,
        response_method="predict_proba",
    ).fit(X, y)
    w = ConfusionMatrixWidget(y, y_score=scores)
    t = w.threshold_for(cost_fp=cost_fp, cost_fn=cost_fn)
    best_sk = -tuned.best_score_
    w.threshold = min(t, 1.0)
    tn, fp, fn, tp = w.counts.ravel()
    ours = cost_fp * fp + cost_fn * fn
    # Ours also looks at "nothing positive", which scikit-learn's grid of scores does not hold.
    assert ours <= best_sk
    if t <= scores.max():
        assert ours == best_sk
        winners = tuned.cv_results_["thresholds"][tuned.cv_results_["scores"] == tuned.best_score_]
        assert t == winners.max()  # among equal costs, the highest threshold


@given(st.integers(2, 6), st.integers(0, 2**32 - 1), st.booleans())
@settings(max_examples=40, deadline=None)
def test_expected_cost_equals_confusion_matrix_times_cost(k, seed, weighted):
    rng = np.random.default_rng(seed)
    n = 80
    y_true, y_pred = rng.integers(0, k, n), rng.integers(0, k, n)
    y_true[:k] = np.arange(k)
    y_pred[:k] = np.arange(k)
    w = rng.random(n) * 2 if weighted else None
    cost = rng.integers(0, 9, (k, k)).astype(float)
    got = ConfusionMatrixWidget(y_true, y_pred, sample_weight=w, cost=cost).expected_cost
    cm = confusion_matrix(y_true, y_pred, sample_weight=w)
    np.testing.assert_allclose(got["total"], (cm * cost).sum())
    np.testing.assert_allclose(got["mean"], (cm * cost).sum() / cm.sum())
    per_sample = cost[y_true, y_pred] * (1.0 if w is None else w)
    for i, entry in enumerate(got["per_class"]):
        assert entry["label"] == i
        np.testing.assert_allclose(entry["total"], per_sample[y_true == i].sum())
        np.testing.assert_allclose(entry["mean"], per_sample[y_true == i].sum() / cm[i].sum())


def test_expected_cost_follows_the_threshold_and_the_cost():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 200)
    s = rng.random(200)
    w = ConfusionMatrixWidget(y, y_score=s, cost=[[0, 1], [10, 0]])
    for t in (0.2, 0.5, 0.8):
        w.threshold = t
        pred = (s >= t).astype(int)
        naive = np.array([[0, 1], [10, 0]])[y, pred]
        assert w.expected_cost["total"] == naive.sum()
    w.cost = [[0, 2], [3, 0]]
    assert w.expected_cost["total"] == np.array([[0, 2], [3, 0]])[y, (s >= 0.8).astype(int)].sum()
    w.cost = None
    assert w.expected_cost is None and w._costs == {}


def test_page_least_cost_is_threshold_for():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 500)
    s = np.clip(0.3 * y + 0.7 * rng.random(500), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=s, cost=[[0, 1], [7, 0]])
    least = w._costs["least"]
    assert least["threshold"] == w.threshold_for(cost_fp=1, cost_fn=7)
    _, costs = brute_costs(s, y, None, 1, 7)
    assert least["mean"] == pytest.approx(costs.min() / 500)
    curve_t = np.frombuffer(w._costs["curve"]["t"], "<f8")
    curve_y = np.frombuffer(w._costs["curve"]["y"], "<f4")
    assert np.all(np.diff(curve_t) >= 0) and curve_y.min() == np.float32(least["mean"])


def test_abstained_column_costs_what_the_last_column_says():
    rng = np.random.default_rng(2)
    p = rng.dirichlet(np.ones(3), 300)
    y = rng.integers(0, 3, 300)
    cost = np.ones((3, 4)) - np.eye(3, 4)
    cost[:, 3] = 0.5
    w = ConfusionMatrixWidget(y, y_score=p, abstain=0.5, cost=cost)
    pred = np.where(p.max(1) < 0.5, 3, p.argmax(1))
    assert w.expected_cost["total"] == pytest.approx(cost[y, pred].sum())


@pytest.mark.parametrize(
    ("cost", "error", "words"),
    [
        ([[0, 1], [1, 0], [1, 1]], ValueError, "shape (2, 2)"),
        ([[0, np.nan], [1, 0]], ValueError, "row 0, column 1"),
        ([[0, np.inf], [1, 0]], ValueError, "finite"),
        ("cheap", ValueError, "cost"),
        ([[0, "a"], [1, 0]], TypeError, "cost must be"),
    ],
)
def test_bad_cost_names_the_argument(cost, error, words):
    y = np.array([0, 1, 1, 0])
    with pytest.raises((error, ValueError), match="cost") as info:
        ConfusionMatrixWidget(y, y, cost=cost)
    assert words in str(info.value)
    w = ConfusionMatrixWidget(y, y)
    with pytest.raises(traitlets.TraitError, match="cost"):
        w.cost = cost
    assert w.cost is None


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"cost_fp": 1}, "cost_fn is missing"),
        ({"cost_fp": -1, "cost_fn": 1}, ">= 0"),
        ({"cost_fp": 1, "cost_fn": np.inf}, "finite"),
        ({"cost_fp": "1", "cost_fn": 1}, "real number"),
        ({"rate": 1.5}, "between 0 and 1"),
        ({"rate": 0.1, "tpr": 0.5}, "exactly one target"),
        ({"rate": 0.1, "cost_fp": 1, "cost_fn": 2}, "exactly one target"),
        ({}, "exactly one target"),
    ],
)
def test_bad_targets_say_what_to_pass(kwargs, words):
    y = np.array([0, 1, 1, 0])
    w = ConfusionMatrixWidget(y, y_score=np.array([0.1, 0.7, 0.4, 0.3]))
    with pytest.raises((TypeError, ValueError)) as info:
        w.threshold_for(**kwargs)
    assert words in str(info.value)


def test_rate_targets_still_work():
    y = np.array([0, 1, 1, 0, 1])
    s = np.array([0.1, 0.7, 0.4, 0.3, 0.9])
    w = ConfusionMatrixWidget(y, y_score=s)
    assert w.threshold_for(tpr=1.0) == 0.4 and w.threshold_for(fpr=0.0) == 0.4


def test_cost_curve_needs_scores_in_memory_only_for_binary():
    y = np.array([0, 1, 2, 0])
    w = ConfusionMatrixWidget(y, np.array([0, 2, 2, 0]), cost=1 - np.eye(3))
    assert "curve" not in w._costs and w.expected_cost["total"] == 1.0
    counted = ConfusionMatrixWidget.from_counts([[3, 1], [2, 4]], cost=[[0, 1], [5, 0]])
    assert counted.expected_cost["total"] == 11.0


def test_multilabel_refuses_cost():
    Y = np.array([[1, 0], [0, 1], [1, 1]])
    with pytest.raises(TypeError, match="cost"):
        ConfusionMatrixWidget.multilabel(Y, Y, cost=np.zeros((2, 2)))


@given(scored(whole_weights=False), st.floats(0, 9), st.floats(0, 9), st.floats(0, 9), st.floats(0, 9))
@COSTS
def test_least_cost_is_the_first_minimum_of_the_drawn_costs(data, c_tn, c_fp, c_fn, c_tp):
    scores, y, w = data
    from cm_widget._engine import costs
    from cm_widget._engine.curves import Curves

    points = Curves.of(scores, y == 1, w).points
    t, total, _ = costs.binary_costs(*points, c_tn, c_fp, c_fn, c_tp)
    threshold, value, position = costs.least_cost(*points, c_tn, c_fp, c_fn, c_tp)
    assert position == int(np.argmin(total)) and value == total.min() and threshold == t[position]


def test_the_drawn_cost_curve_is_thinned_but_keeps_its_least_point_and_ends():
    rng = np.random.default_rng(4)
    n = 20_000
    y = rng.integers(0, 2, n)
    s = np.clip(0.2 * y + 0.8 * rng.random(n), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=s, cost=[[0, 1], [3, 0]])
    t = np.frombuffer(w._costs["curve"]["t"], "<f8")
    drawn = np.frombuffer(w._costs["curve"]["y"], "<f4")
    assert len(t) <= 4 * 1000 + 1 and np.all(np.diff(t) >= 0)
    # every point drawn is a real (threshold, cost) pair: brute force at that threshold
    for k in rng.choice(len(t), 20, replace=False).tolist() + [0, len(t) - 1]:
        flagged = s >= t[k]
        naive = (((flagged) & (y == 0)).sum() + 3 * ((~flagged) & (y == 1)).sum()) / n
        if t[k] < 1.0:  # the top of the range stands for "nothing positive"
            assert drawn[k] == np.float32(naive)
    least = w._costs["least"]
    assert drawn.min() == np.float32(least["mean"])
    assert least["threshold"] in set(t.tolist())
