"""Calibration (cm_widget._engine.calibration and w.calibration()) against scikit-learn's
calibration_curve, np.histogram and a loop bootstrap of the expected calibration error."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE
from sklearn.calibration import calibration_curve

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import calibration as C


@ORACLE
@given(
    n=st.integers(5, 400),
    n_bins=st.integers(1, 15),
    strategy=st.sampled_from(["uniform", "quantile"]),
    seed=st.integers(0, 2**32 - 1),
    tied=st.booleans(),
)
def test_reliability_equals_scikit_learn(n, n_bins, strategy, seed, tied):
    rng = np.random.default_rng(seed)
    p = rng.random(n)
    if tied:
        p = np.round(p * 4) / 4
    y = (rng.random(n) < p).astype(int)
    y[:2] = [0, 1]
    want_true, want_pred = calibration_curve(y, p, n_bins=n_bins, strategy=strategy)
    got_true, got_pred, total, _ = C.reliability(y == 1, p, n_bins, strategy)
    np.testing.assert_allclose(got_true, want_true, rtol=1e-12)
    np.testing.assert_allclose(got_pred, want_pred, rtol=1e-12)
    assert total.sum() == n


def _naive_ece(y, p, edges):
    """ECE by a loop over the bins."""
    total, out = len(y), 0.0
    ids = np.searchsorted(edges[1:-1], p)
    for b in range(len(edges) - 1):
        members = ids == b
        if members.any():
            out += members.sum() / total * abs(y[members].mean() - p[members].mean())
    return out


def test_ece_and_its_interval_agree_with_a_loop_bootstrap():
    rng = np.random.default_rng(1)
    n = 300
    p = rng.random(n)
    y = (rng.random(n) < p**1.3).astype(int)  # slightly overconfident
    out = C.calibration(y, p, pos_index=1, n_bins=8, n_boot=2000, seed=3)
    assert out["ece"] == pytest.approx(_naive_ece(y, p, np.linspace(0, 1, 9)), rel=1e-12)
    loop = np.random.default_rng(99)
    reps = []
    for _ in range(1000):
        pick = np.concatenate([loop.choice(np.flatnonzero(y == c), size=(y == c).sum()) for c in (0, 1)])
        reps.append(_naive_ece(y[pick], p[pick], np.linspace(0, 1, 9)))
    lo, hi = np.quantile(reps, [0.025, 0.975])
    spread = hi - lo
    assert abs(out["ece_low"] - lo) < 0.1 * spread and abs(out["ece_high"] - hi) < 0.1 * spread
    # Weights of 1 are no weights.
    same = C.calibration(y, p, pos_index=1, n_bins=8, n_boot=200, seed=3, weights=np.ones(n))
    again = C.calibration(y, p, pos_index=1, n_bins=8, n_boot=200, seed=3)
    assert same["ece"] == pytest.approx(again["ece"]) and same["ece_low"] == pytest.approx(again["ece_low"])


def test_histograms_equal_numpy():
    rng = np.random.default_rng(2)
    v = rng.random(500)
    v[:3] = [0.0, 1.0, 0.5]
    y = rng.integers(0, 3, 500)
    w = rng.uniform(0, 2, 500)
    got = C.histograms(v, y, 3, 20, weights=w)
    for c in range(3):
        want, _ = np.histogram(v[y == c], bins=20, range=(0, 1), weights=w[y == c])
        np.testing.assert_allclose(got[c], want)


def test_widget_calibration_of_binary_and_multiclass_scores():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 2, 400)
    s = np.clip(0.4 * y + 0.6 * rng.random(400), 0, 1)
    w = W(y, y_score=s)
    for strategy in ("uniform", "quantile"):
        out = w.calibration(n_bins=7, strategy=strategy, n_boot=100)
        want_true, want_pred = calibration_curve(y, s, n_bins=7, strategy=strategy)
        np.testing.assert_allclose(out["prob_true"], want_true)
        np.testing.assert_allclose(out["prob_pred"], want_pred)
        assert 0 <= out["ece_low"] <= out["ece_high"] <= 1
    labels = np.array(["x", "y", "z"])
    k = rng.integers(0, 3, 300)
    p = rng.dirichlet(np.ones(3), 300)
    w = W(labels[k], y_score=p)
    out = w.calibration(n_bins=5, n_boot=100)
    for c, name in enumerate(labels):
        want_true, want_pred = calibration_curve(k == c, p[:, c], n_bins=5)
        np.testing.assert_allclose(out["per_class"][name]["prob_true"], want_true)
        np.testing.assert_allclose(out["per_class"][name]["prob_pred"], want_pred)
    top = p.argmax(1)
    want_true, want_pred = calibration_curve(top == k, p.max(1), n_bins=5)
    np.testing.assert_allclose(out["prob_true"], want_true)
    np.testing.assert_allclose(out["prob_pred"], want_pred)


def test_calibration_needs_probabilities_and_says_so():
    y = np.array([0, 1, 0, 1])
    with pytest.raises(ValueError, match="y_score"):
        W(y, y).calibration()
    with pytest.raises(ValueError, match="probabilities"):
        W(y, y_score=np.array([-2.0, 1.0, 0.5, 3.0])).calibration()
    w = W(y, y_score=np.array([0.1, 0.8, 0.3, 0.6]))
    with pytest.raises(ValueError, match="n_bins"):
        w.calibration(n_bins=0)
    with pytest.raises(ValueError, match="strategy"):
        w.calibration(strategy="kmeans")


def test_the_page_state_of_calibration_decodes_to_scikit_learns_curve_and_numpys_histograms():
    rng = np.random.default_rng(6)
    y = rng.integers(0, 2, 500)
    s = np.clip(0.3 * y + 0.7 * rng.random(500), 0, 1)
    weights = rng.uniform(0.5, 2, 500)
    w = W(y, y_score=s, show_calibration=True)
    state = w._calibration
    want_true, want_pred = calibration_curve(y, s, n_bins=10)
    np.testing.assert_allclose(np.frombuffer(state["x"], "<f8"), want_pred)
    np.testing.assert_allclose(np.frombuffer(state["y"], "<f8"), want_true)
    counts = np.frombuffer(state["hist"]["counts"], "<f8").reshape(2, state["hist"]["bins"])
    for c in (0, 1):
        np.testing.assert_array_equal(counts[c], np.histogram(s[y == c], bins=20, range=(0, 1))[0])
    assert state["ece_low"] <= state["ece_high"] and state["kind"] == "binary"
    # The threshold does not change calibration; a fresh widget shows the same.
    w.threshold = 0.7
    assert w._calibration == W(y, y_score=s, threshold=0.7, show_calibration=True)._calibration
    w.show_calibration = False
    assert w._calibration == {}
    ww = W(y, y_score=s, sample_weight=weights, show_calibration=True)
    counts = np.frombuffer(ww._calibration["hist"]["counts"], "<f8").reshape(2, 20)
    np.testing.assert_allclose(counts[1], np.histogram(s[y == 1], bins=20, range=(0, 1), weights=weights[y == 1])[0])


def test_show_calibration_refuses_outputs_without_probabilities():
    y = np.array([0, 1, 0, 1])
    with pytest.raises(ValueError, match="probabilities"):
        W(y, y, show_calibration=True)
    w = W(y, y)
    with pytest.raises(Exception, match="probabilities"):
        w.show_calibration = True
    assert w.show_calibration is False


@pytest.mark.parametrize("multiclass, weighted", [(False, False), (True, False), (False, True), (True, True)])
def test_the_grouped_ece_bootstrap_of_many_samples_agrees_in_law_with_redrawing_them(multiclass, weighted):
    rng = np.random.default_rng(11)
    n = 3000
    if multiclass:
        k = rng.integers(0, 3, n)
        p = rng.dirichlet(np.ones(3) * 2, n)
        hit, prob, strata = p.argmax(1) == k, p.max(1), k
    else:
        prob = rng.random(n)
        strata = (rng.random(n) < prob**1.5).astype(int)
        hit = strata == 1
    edges = np.linspace(0, 1, 11)
    w = rng.uniform(0.2, 3, n) if weighted else None
    exact = C.ece_replicates(hit, prob, strata, edges, 3000, np.random.default_rng(1), w, exact=True)
    grouped = C.ece_replicates(hit, prob, strata, edges, 3000, np.random.default_rng(2), w, exact=False)
    q_exact = np.quantile(exact, [0.025, 0.5, 0.975])
    spread = q_exact[2] - q_exact[0]
    np.testing.assert_allclose(np.quantile(grouped, [0.025, 0.5, 0.975]), q_exact, atol=0.08 * spread)
