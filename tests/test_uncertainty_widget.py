"""The widget's intervals: ``w.intervals()`` and what ``show_intervals`` sends to the page, against
statsmodels (Wilson), scikit-learn (the metrics) and a loop bootstrap of the samples."""

import warnings

import numpy as np
import pytest
from sklearn import metrics as skm
from statsmodels.stats.proportion import proportion_confint

from cm_widget import ConfusionMatrixWidget as W


def _data(n=400, k=3, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    pred = np.where(rng.random(n) < 0.7, y, rng.integers(0, k, n))
    return y, pred


def _row(rows, metric, **where):
    hits = [r for r in rows if r["metric"] == metric and all(r[key] == v for key, v in where.items())]
    assert len(hits) == 1, (metric, where, len(hits))
    return hits[0]


def test_rates_are_wilson_intervals_of_scikit_learns_counts():
    y, pred = _data()
    labels = np.array(["b", "c", "a"])
    w = W(labels[y], labels[pred], labels=["c", "a", "b"])
    rows = w.intervals(0.9)
    cm = skm.confusion_matrix(labels[y], labels[pred], labels=["c", "a", "b"])
    for k, c in enumerate(["c", "a", "b"]):
        r = _row(rows, "recall", **{"class": c})
        want = proportion_confint(cm[k, k], cm[k].sum(), alpha=0.1, method="wilson")
        assert (r["method"], r["level"]) == ("wilson", 0.9)
        np.testing.assert_allclose([r["low"], r["high"]], want)
        np.testing.assert_allclose(r["value"], skm.recall_score(labels[y], labels[pred], labels=[c], average=None)[0])
        r = _row(rows, "precision", **{"class": c})
        np.testing.assert_allclose([r["low"], r["high"]], proportion_confint(cm[k, k], cm[:, k].sum(), 0.1, "wilson"))
        for j, d in enumerate(["c", "a", "b"]):
            r = _row(rows, "share_true", true=c, pred=d)
            np.testing.assert_allclose([r["low"], r["high"]], proportion_confint(cm[k, j], cm[k].sum(), 0.1, "wilson"))
    r = _row(rows, "accuracy")
    np.testing.assert_allclose([r["low"], r["high"]], proportion_confint(np.trace(cm), cm.sum(), 0.1, "wilson"))


def test_f1_interval_is_the_seeded_bootstrap_of_the_counts():
    y, pred = _data(seed=1)
    w = W(y, pred)
    r = _row(w.intervals(n_boot=300, seed=4), "macro_f1")
    cm = skm.confusion_matrix(y, pred)
    rng = np.random.default_rng(4)
    reps = []
    for _ in range(300):
        table = np.array([rng.multinomial(row.sum(), row / row.sum()) for row in cm])
        i, j = np.nonzero(table)
        reps.append(skm.f1_score(np.repeat(i, table[i, j]), np.repeat(j, table[i, j]), average="macro"))
    np.testing.assert_allclose([r["low"], r["high"]], np.quantile(reps, [0.025, 0.975]), rtol=1e-12)
    np.testing.assert_allclose(r["value"], skm.f1_score(y, pred, average="macro"))
    assert r["method"] == "bootstrap"


def test_weighted_samples_are_redrawn_and_agree_with_a_loop_bootstrap():
    y, pred = _data(n=200, k=2, seed=2)
    weights = np.random.default_rng(9).uniform(0.1, 3, 200)
    w = W(y, pred, sample_weight=weights)
    r = _row(w.intervals(n_boot=3000, seed=1, method="bootstrap"), "balanced_accuracy")
    np.testing.assert_allclose(r["value"], skm.balanced_accuracy_score(y, pred, sample_weight=weights))
    rng = np.random.default_rng(123)
    reps = []
    for _ in range(1500):
        pick = np.concatenate([rng.choice(np.flatnonzero(y == c), size=(y == c).sum()) for c in (0, 1)])
        reps.append(skm.balanced_accuracy_score(y[pick], pred[pick], sample_weight=weights[pick]))
    lo, hi = np.quantile(reps, [0.025, 0.975])
    assert abs(r["low"] - lo) < 0.1 * (hi - lo) and abs(r["high"] - hi) < 0.1 * (hi - lo)


def test_binary_scores_give_rates_at_the_threshold_and_the_page_gets_them():
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 300)
    s = np.clip(0.35 * y + 0.65 * rng.random(300), 0, 1)
    w = W(y, y_score=s, threshold=0.4, show_intervals=0.9)
    pred = (s >= 0.4).astype(int)
    tn, fp, fn, tp = skm.confusion_matrix(y, pred).ravel()
    b = w._intervals["binary"]
    np.testing.assert_allclose(b["tpr"], proportion_confint(tp, tp + fn, 0.1, "wilson"))
    np.testing.assert_allclose(b["fpr"], proportion_confint(fp, fp + tn, 0.1, "wilson"))
    np.testing.assert_allclose(b["precision"], proportion_confint(tp, tp + fp, 0.1, "wilson"))
    r = _row(w.intervals(0.9), "binary_mcc")
    np.testing.assert_allclose(b["mcc"], [r["low"], r["high"]])
    np.testing.assert_allclose(r["value"], skm.matthews_corrcoef(y, pred))
    # The intervals follow the threshold, and equal a fresh widget's there.
    w.threshold = 0.6
    fresh = W(y, y_score=s, threshold=0.6, show_intervals=0.9)
    assert w._intervals == fresh._intervals
    tn, fp, fn, tp = skm.confusion_matrix(y, (s >= 0.6).astype(int)).ravel()
    np.testing.assert_allclose(w._intervals["binary"]["tpr"], proportion_confint(tp, tp + fn, 0.1, "wilson"))


def test_page_state_decodes_to_the_intervals_of_the_api():
    y, pred = _data(seed=5)
    w = W(y, pred, show_intervals=True)
    state = w._intervals
    assert state["level"] == 0.95
    per_class = np.frombuffer(state["per_class"], dtype="<f8").reshape(3, 6)
    rows = w.intervals()
    for k in range(3):
        for c, metric in enumerate(("precision", "recall", "f1")):
            r = _row(rows, metric, **{"class": k})
            np.testing.assert_array_equal(per_class[k, 2 * c : 2 * c + 2], [r["low"], r["high"]])
    r = _row(rows, "weighted_f1")
    assert state["summary"]["weighted avg"]["f1"] == [r["low"], r["high"]]
    assert state["methods"]["f1"] == "bootstrap" and state["methods"]["recall"] == "wilson"
    w.show_intervals = None
    assert w._intervals == {}
    w.show_intervals = 0.8
    assert w._intervals["level"] == 0.8


def test_from_counts_and_abstain_have_intervals():
    cm = np.array([[30, 5], [4, 61]])
    w = W.from_counts(cm, show_intervals=True)
    want = proportion_confint(61, 65, 0.05, "wilson")
    r = _row(w.intervals(), "recall", **{"class": 1})
    np.testing.assert_allclose([r["low"], r["high"]], want)
    np.testing.assert_allclose(np.frombuffer(w._intervals["per_class"], "<f8").reshape(2, 6)[1, 2:4], want)
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(3), 200)
    y = rng.integers(0, 3, 200)
    w = W(y, y_score=p, abstain=0.5, show_intervals=True)
    counts = w.counts
    assert counts.shape == (3, 4)
    r = _row(w.intervals(), "share_true", true=0, pred="abstained")
    np.testing.assert_allclose([r["low"], r["high"]], proportion_confint(counts[0, 3], counts[0].sum(), 0.05, "wilson"))


@pytest.mark.parametrize("value", ["yes", 1.5, 0, [0.9], float("nan")])
def test_bad_show_intervals_is_named(value):
    y, pred = _data()
    with pytest.raises(ValueError, match="show_intervals"):
        W(y, pred, show_intervals=value)
    w = W(y, pred)
    with pytest.raises(Exception, match="show_intervals"):
        w.show_intervals = value
    assert w.show_intervals is None


def test_multilabel_has_no_intervals_and_says_why():
    rng = np.random.default_rng(0)
    w = W.multilabel(rng.integers(0, 2, (50, 3)), rng.integers(0, 2, (50, 3)))
    with pytest.raises(ValueError, match="multi-label"):
        w.intervals()


def test_intervals_arguments_are_checked():
    y, pred = _data()
    w = W(y, pred)
    with pytest.raises(ValueError, match="level"):
        w.intervals(1.5)
    with pytest.raises(ValueError, match="method"):
        w.intervals(method="bca")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(w.intervals(method="wilson")) > 0


def test_many_classes_show_wilson_intervals_of_their_rates_only():
    rng = np.random.default_rng(7)
    k = 160
    y = rng.integers(0, k, 20000)
    pred = np.where(rng.random(20000) < 0.8, y, rng.integers(0, k, 20000))
    w = W(y, pred, show_intervals=True)
    state = w._intervals
    assert set(state["methods"].values()) == {"wilson"}
    per_class = np.frombuffer(state["per_class"], "<f8").reshape(k, 6)
    cm = skm.confusion_matrix(y, pred)
    np.testing.assert_allclose(per_class[:, 2:4].T, proportion_confint(np.diag(cm), cm.sum(1), 0.05, "wilson"))
    assert np.isnan(per_class[:, 4:]).all()  # F1: no interval in the page
    assert state["summary"]["macro avg"]["f1"] == [None, None]
