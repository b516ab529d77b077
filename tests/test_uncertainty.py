"""Intervals of the metrics (cm_widget._engine.uncertainty) against statsmodels, scikit-learn and
naive loops: Wilson equals statsmodels; the counts bootstrap equals a loop of multinomials drawn
from the same generator; both bootstraps agree in law with a loop that redraws the samples."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE, quiet
from sklearn import metrics as skm
from statsmodels.stats.proportion import proportion_confint

from cm_widget._engine import uncertainty as U


@ORACLE
@given(
    trials=st.integers(1, 5000),
    share=st.floats(0, 1),
    level=st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99]),
)
def test_wilson_equals_statsmodels(trials, share, level):
    x = int(round(share * trials))
    lo, hi = U.wilson(x, trials, level)
    want = proportion_confint(x, trials, alpha=1 - level, method="wilson")
    np.testing.assert_allclose([lo, hi], want, rtol=1e-12, atol=1e-14)


def test_wilson_of_arrays_and_weighted_counts_equals_statsmodels():
    rng = np.random.default_rng(3)
    trials = rng.uniform(0.5, 300, 50)
    x = trials * rng.uniform(0, 1, 50)
    lo, hi = U.wilson(x, trials, 0.9)
    want_lo, want_hi = proportion_confint(x, trials, alpha=0.1, method="wilson")
    np.testing.assert_allclose(lo, want_lo, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(hi, want_hi, rtol=1e-12, atol=1e-14)


def test_wilson_of_no_trials_is_nan():
    lo, hi = U.wilson(np.array([0, 3]), np.array([0, 5]))
    assert np.isnan(lo[0]) and np.isnan(hi[0]) and np.isfinite(lo[1])


@pytest.mark.parametrize("cols", [3, 4])  # square, and with an abstained column
def test_counts_bootstrap_equals_a_loop_of_multinomials_from_the_same_draws(cols):
    counts = np.array([[50, 3, 0, 2], [7, 0, 40, 1], [0, 0, 0, 0]])[:, :cols]
    got = U.resample_counts(counts, 200, np.random.default_rng(11))
    rng = np.random.default_rng(11)
    want = np.empty((200, 3, cols), dtype=np.int64)
    for b in range(200):
        for i in range(3):
            n_i = int(counts[i].sum())
            p = counts[i] / n_i if n_i else np.zeros(cols)
            want[b, i] = rng.multinomial(n_i, p)
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(got.sum(axis=2), np.broadcast_to(counts.sum(axis=1), (200, 3)))


def _naive_sample_bootstrap(y, pred, k, cols, weights, n_boot, rng):
    """Redraw the samples of each true class with replacement, one replicate at a time."""
    out = np.zeros((n_boot, k, cols))
    w = np.ones(len(y)) if weights is None else weights
    for b in range(n_boot):
        for c in range(k):
            members = np.flatnonzero(y == c)
            if len(members) == 0:
                continue
            pick = rng.choice(members, size=len(members), replace=True)
            for s in pick:
                out[b, c, pred[s]] += w[s]
    return out


def _labels(n, k, rng, accuracy=0.7):
    y = rng.integers(0, k, n)
    pred = np.where(rng.random(n) < accuracy, y, rng.integers(0, k, n))
    return y, pred


@pytest.mark.parametrize("weighted", [False, True])
def test_both_bootstraps_agree_in_law_with_a_naive_sample_loop(weighted):
    rng = np.random.default_rng(5)
    k, n = 3, 300
    y, pred = _labels(n, k, rng)
    weights = rng.uniform(0.2, 3, n) if weighted else None
    counts = np.zeros((k, k))
    np.add.at(counts, (y, pred), 1 if weights is None else weights)
    naive = U.table_metrics(_naive_sample_bootstrap(y, pred, k, k, weights, 2000, np.random.default_rng(1)))
    fast = U.table_metrics(U.resample_samples(y, pred, k, k, weights, 4000, np.random.default_rng(2)))
    if not weighted:
        by_counts = U.table_metrics(U.resample_counts(counts.astype(np.int64), 4000, np.random.default_rng(3)))
    for name in ("macro_f1", "balanced_accuracy", "mcc", "accuracy"):
        q_naive = np.quantile(naive[name], [0.025, 0.5, 0.975])
        spread = q_naive[2] - q_naive[0]
        np.testing.assert_allclose(np.quantile(fast[name], [0.025, 0.5, 0.975]), q_naive, atol=0.08 * spread)
        if not weighted:
            np.testing.assert_allclose(np.quantile(by_counts[name], [0.025, 0.5, 0.975]), q_naive, atol=0.08 * spread)
    # Stratified: every replicate keeps each true class's samples (and, unweighted, its count).
    reps = U.resample_samples(y, pred, k, k, None, 50, np.random.default_rng(4))
    np.testing.assert_array_equal(reps.sum(axis=2), np.broadcast_to(np.bincount(y, minlength=k), (50, k)))


@ORACLE
@given(n=st.integers(5, 300), k=st.integers(2, 6), seed=st.integers(0, 2**32 - 1), abstained=st.booleans())
def test_table_metrics_equal_scikit_learn(n, k, seed, abstained):
    rng = np.random.default_rng(seed)
    y, pred = _labels(n, k, rng, accuracy=0.5)
    if abstained:
        pred = np.where(rng.random(n) < 0.2, k, pred)  # a column "abstained" no sample truly has
    cols = k + abstained
    labels = list(range(cols))
    cm = skm.confusion_matrix(y, pred, labels=labels)[:k]
    m = U.table_metrics(cm)
    classes = list(range(k))
    for name, fn in (("precision", skm.precision_score), ("recall", skm.recall_score), ("f1", skm.f1_score)):
        np.testing.assert_allclose(m[name], quiet(fn, y, pred, labels=classes, average=None, zero_division=0))
        np.testing.assert_allclose(
            m[f"macro_{name}"], quiet(fn, y, pred, labels=classes, average="macro", zero_division=0)
        )
        np.testing.assert_allclose(
            m[f"weighted_{name}"], quiet(fn, y, pred, labels=classes, average="weighted", zero_division=0)
        )
    np.testing.assert_allclose(m["accuracy"], skm.accuracy_score(y, pred))
    np.testing.assert_allclose(m["balanced_accuracy"], quiet(skm.balanced_accuracy_score, y, pred))
    np.testing.assert_allclose(m["mcc"], quiet(skm.matthews_corrcoef, y, pred), atol=1e-12)
    full = skm.confusion_matrix(y, pred, labels=labels)
    with np.errstate(all="ignore"):
        for name, how in (("share_true", "true"), ("share_pred", "pred"), ("share_all", "all")):
            want = np.nan_to_num(
                full / {"true": full.sum(1, keepdims=True), "pred": full.sum(0), "all": full.sum()}[how]
            )
            np.testing.assert_allclose(m[name], want[:k])


def test_binary_rates_equal_scikit_learn():
    rng = np.random.default_rng(8)
    y, pred = _labels(500, 2, rng)
    cm = skm.confusion_matrix(y, pred)
    for pos in (0, 1):
        m = U.table_metrics(cm, pos_index=pos)
        yt, yp = y == pos, pred == pos
        tn, fp, fn, tp = skm.confusion_matrix(yt, yp).ravel()
        np.testing.assert_allclose(m["tpr"], skm.recall_score(yt, yp))
        np.testing.assert_allclose(m["fpr"], fp / (fp + tn))
        np.testing.assert_allclose(m["specificity"], tn / (tn + fp))
        np.testing.assert_allclose(m["binary_precision"], skm.precision_score(yt, yp))
        np.testing.assert_allclose(m["binary_f1"], skm.f1_score(yt, yp))
        np.testing.assert_allclose(m["binary_mcc"], skm.matthews_corrcoef(yt, yp))


def test_metric_intervals_are_wilson_for_rates_and_percentiles_of_the_seeded_bootstrap_otherwise():
    counts = np.array([[80, 15, 5], [10, 60, 30], [2, 8, 90]])
    out = U.metric_intervals(counts, level=0.9, n_boot=500, seed=7)
    value, lo, hi, how = out["recall"]
    assert how == "wilson"
    want = proportion_confint(np.diag(counts), counts.sum(1), alpha=0.1, method="wilson")
    np.testing.assert_allclose(lo, want[0])
    np.testing.assert_allclose(hi, want[1])
    cell = proportion_confint(counts, counts.sum(0)[None, :], alpha=0.1, method="wilson")
    np.testing.assert_allclose(out["share_pred"][1], cell[0])
    # F1: the 5% and 95% quantiles of F1 over 500 multinomial replicates drawn by a loop.
    rng = np.random.default_rng(7)
    reps = []
    for _ in range(500):
        table = np.array([rng.multinomial(r.sum(), r / r.sum()) for r in counts])
        reps.append(skm.f1_score(*_expand(table), average="macro"))
    value, lo, hi, how = out["macro_f1"]
    assert how == "bootstrap"
    np.testing.assert_allclose([lo, hi], np.quantile(reps, [0.05, 0.95]), rtol=1e-12)
    np.testing.assert_allclose(value, skm.f1_score(*_expand(counts), average="macro"))
    # The same seed, the same intervals; another seed, other bootstrap intervals.
    again = U.metric_intervals(counts, level=0.9, n_boot=500, seed=7)
    assert again["macro_f1"][1] == lo and again["macro_f1"][2] == hi
    other = U.metric_intervals(counts, level=0.9, n_boot=500, seed=8)
    assert (other["macro_f1"][1], other["macro_f1"][2]) != (lo, hi)
    everything = U.metric_intervals(counts, method="bootstrap", n_boot=200, seed=1)
    assert {v[3] for v in everything.values()} == {"bootstrap"}
    rates = U.metric_intervals(counts, method="wilson")
    assert "f1" not in rates and {v[3] for v in rates.values()} == {"wilson"}


def _expand(table):
    """Labels with these counts (true, predicted)."""
    i, j = np.nonzero(table)
    reps = table[i, j]
    return np.repeat(i, reps), np.repeat(j, reps)


def test_intervals_cover_the_truth_about_as_often_as_promised():
    # A 3-class classifier of known confusion probabilities: over many test sets, the 90%
    # intervals hold the true recall (Wilson) and the true macro F1 (bootstrap) about 90% of times.
    truth = np.array([[0.8, 0.15, 0.05], [0.1, 0.6, 0.3], [0.05, 0.05, 0.9]])
    sizes = np.array([150, 100, 200])
    expected = truth * sizes[:, None]
    true_f1 = U.table_metrics(expected)["macro_f1"]  # F1 of the expected counts (large-sample value)
    rng = np.random.default_rng(0)
    hits_recall = hits_f1 = 0
    trials = 400
    for t in range(trials):
        counts = np.array([rng.multinomial(n, p) for n, p in zip(sizes, truth)])
        out = U.metric_intervals(counts, level=0.9, n_boot=400, seed=t)
        _, lo, hi, _ = out["recall"]
        hits_recall += bool(lo[1] <= 0.6 <= hi[1])
        _, lo, hi, _ = out["macro_f1"]
        hits_f1 += bool(lo <= true_f1 <= hi)
    assert 0.85 <= hits_recall / trials <= 0.95
    assert 0.83 <= hits_f1 / trials <= 0.96


@pytest.mark.parametrize(
    "kwargs, word",
    [
        ({"level": 95}, "level"),
        ({"level": True}, "level"),
        ({"method": "percentile"}, "method"),
        ({"n_boot": 5}, "n_boot"),
        ({"n_boot": 100.0}, "n_boot"),
        ({"seed": -1}, "seed"),
    ],
)
def test_bad_interval_settings_are_named(kwargs, word):
    with pytest.raises(ValueError, match=word):
        U.metric_intervals(np.eye(2, dtype=int) * 5, **kwargs)


def test_the_grouped_weighted_bootstrap_of_many_samples_agrees_in_law_with_redrawing_them():
    rng = np.random.default_rng(12)
    k, n = 3, 3000
    y, pred = _labels(n, k, rng)
    weights = rng.uniform(0.2, 3, n)
    exact = U.table_metrics(U.resample_weighted(y, pred, k, k, weights, 3000, np.random.default_rng(1), exact=True))
    grouped = U.table_metrics(U.resample_weighted(y, pred, k, k, weights, 3000, np.random.default_rng(2), exact=False))
    for name in ("macro_f1", "balanced_accuracy", "mcc", "accuracy"):
        q = np.quantile(exact[name], [0.025, 0.5, 0.975])
        np.testing.assert_allclose(np.quantile(grouped[name], [0.025, 0.5, 0.975]), q, atol=0.08 * (q[2] - q[0]))
    # Equal weights in a cell: the sums are exact (the count times the weight).
    ones = U.resample_weighted(y, pred, k, k, np.full(n, 2.0), 50, np.random.default_rng(3), exact=False)
    np.testing.assert_allclose(ones, 2 * U.resample_counts(np.bincount(y * k + pred, minlength=9).reshape(3, 3), 50,
                                                           np.random.default_rng(3)))  # fmt: skip
