"""Likely label errors and overlapping classes, against cleanlab (a test-only oracle).

Where the two definitions part (cleanlab counts with ``p >= t - 1e-6``; with several classes
above their thresholds it takes the overall argmax, where the paper takes the highest of those
classes; it keeps a sample whose given label is within 1e-6 of the top), the samples concerned
are computed here from the probabilities and are the only ones allowed to differ.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import ranking

cleanlab_filter = pytest.importorskip("cleanlab.filter")
cleanlab_dataset = pytest.importorskip("cleanlab.dataset")
cleanlab_rank = pytest.importorskip("cleanlab.rank")


def ambiguous(p, labels):
    """Samples where cleanlab's reading of confident learning may differ from the paper's."""
    k = p.shape[1]
    counts = np.bincount(labels, minlength=k)
    t = np.array([p[labels == j, j].mean() if counts[j] else np.inf for j in range(k)])
    near = (np.abs(p - t) <= 2e-6).any(axis=1)
    above = p >= t
    argmax_not_above = (above.sum(axis=1) > 1) & ~above[np.arange(len(p)), p.argmax(axis=1)]
    own = p[np.arange(len(p)), labels]
    close_to_top = (p.max(axis=1) - own <= 2e-6) & (own < p.max(axis=1))
    return near | argmax_not_above | close_to_top


def cleanlab_issues(labels, p, filter_by):
    rank_by = "self_confidence" if filter_by == "confident_learning" else filter_by.replace("low_", "")
    return cleanlab_filter.find_label_issues(labels, p, filter_by=filter_by, return_indices_ranked_by=rank_by)


@st.composite
def noisy(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    k = draw(st.integers(2, 6))
    n = draw(st.integers(5 * k, 300))
    labels = np.concatenate([np.arange(k), rng.integers(0, k, n - k)])  # every class labelled
    logits = rng.normal(size=(n, k)) * draw(st.sampled_from([0.5, 2.0, 4.0]))
    logits[np.arange(n), labels] += draw(st.sampled_from([0.0, 1.0, 3.0]))
    p = np.exp(logits)
    return labels, p / p.sum(axis=1, keepdims=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=noisy())
def test_confident_learning_set_equals_cleanlab(case):
    labels, p = case
    skip = ambiguous(p, labels)
    got = ranking.label_issues(p, labels, "confident_learning")
    want = cleanlab_issues(labels, p, "confident_learning")
    np.testing.assert_array_equal(got[~skip[got]], want[~skip[want]])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=noisy(), method=st.sampled_from(["self_confidence", "normalized_margin"]))
def test_ranked_methods_equal_cleanlab(case, method):
    labels, p = case
    if ambiguous(p, labels).any():  # the number of issues itself may differ
        return
    got = ranking.label_issues(p, labels, method)
    want = cleanlab_issues(labels, p, "low_" + method)
    np.testing.assert_array_equal(got, want)


def test_scores_equal_cleanlab_quality_scores():
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(5), size=400)
    labels = rng.integers(0, 5, 400)
    np.testing.assert_allclose(
        ranking.self_confidence(p, labels), cleanlab_rank.get_self_confidence_for_each_label(labels, p)
    )
    np.testing.assert_allclose(
        ranking.normalized_margin(p, labels), cleanlab_rank.get_normalized_margin_for_each_label(labels, p)
    )


def test_overlapping_classes_equal_cleanlab():
    rng = np.random.default_rng(4)
    k, n = 5, 2000
    labels = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k))
    logits[np.arange(n), labels] += 2.0
    logits[labels == 1, 2] += 2.5  # 1 and 2 look alike
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    want = cleanlab_dataset.find_overlapping_classes(labels=labels, pred_probs=p)
    want = dict(zip(zip(want["Class Index A"], want["Class Index B"]), want["Joint Probability"]))
    got = ranking.overlapping_classes(p, labels)
    shares = {(a, b): s for a, b, s in got}
    # cleanlab rounds the calibrated joint to whole counts (keeping row totals): each of the
    # pair's two entries moves by less than one sample.
    for pair in set(want) | set(shares):
        assert shares.get(pair, 0.0) == pytest.approx(want.get(pair, 0.0), abs=2 / n), pair
    assert got[0][:2] == (1, 2)
    assert [s for *_, s in got] == sorted((s for *_, s in got), reverse=True)
    assert all(a < b and s > 0 for a, b, s in got)


def _flipped_digits(rate=0.05, seed=0):
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    flip = rng.choice(len(y), int(rate * len(y)), replace=False)
    noisy = y.copy()
    noisy[flip] = (y[flip] + rng.integers(1, 10, len(flip))) % 10
    model = LogisticRegression(max_iter=2000)
    p = cross_val_predict(model, X / 16.0, noisy, cv=5, method="predict_proba")
    return noisy, p, flip


@pytest.fixture(scope="module")
def digits():
    return _flipped_digits()


def test_digits_flipped_labels_come_first(digits):
    noisy, p, flip = digits
    w = W(noisy, y_score=p)
    flipped = set(flip.tolist())
    for method in ("confident_learning", "self_confidence", "normalized_margin"):
        found = w.label_issues(method)
        top = found[: len(flip)]
        precision = np.mean([i in flipped for i in top])
        assert precision >= 0.8, (method, precision)
        want = cleanlab_issues(noisy, p, "confident_learning" if method == "confident_learning" else "low_" + method)
        skip = ambiguous(p, noisy)
        np.testing.assert_array_equal(found[~skip[found]], want[~skip[want]], err_msg=method)
    # Ranked by margin, the flipped samples lead the cells off the diagonal.
    pred = p.argmax(axis=1)
    first = [w.indices(i, j, rank="margin")[:1] for i in range(10) for j in range(10) if i != j]
    first = np.concatenate(first)
    assert np.mean(np.isin(first, flip)) >= 0.6
    del pred


def test_widget_maps_positions_with_labels_subset():
    rng = np.random.default_rng(5)
    n, k = 600, 4
    y = rng.integers(0, k + 1, n)  # class 4 is left out by labels=
    logits = rng.normal(size=(n, k))
    logits[np.arange(n), np.minimum(y, k - 1)] += 2
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    with pytest.warns(UserWarning):
        w = W(y, y_score=p, labels=[0, 1, 2, 3])
    kept = np.flatnonzero(y < k)
    want = kept[ranking.label_issues(p[kept], y[kept], "confident_learning")]
    np.testing.assert_array_equal(w.label_issues(), want)


def test_marks_count_each_cells_likely_errors():
    rng = np.random.default_rng(6)
    n, k = 500, 3
    y = rng.integers(0, k, n)
    p = rng.dirichlet(np.ones(k), size=n)
    w = W(y, y_score=p, order="support")
    found = w.label_issues()
    pred = p.argmax(axis=1)
    want = np.zeros((k, k), dtype=np.int64)
    np.add.at(want, (y[found], pred[found]), 1)
    got = np.frombuffer(w._issues["counts"], dtype="<u4").reshape(k, k)
    np.testing.assert_array_equal(got, want)
    # Binary: the marks follow the threshold (the cell a flagged sample is in).
    s = rng.random(300)
    yb = (rng.random(300) < s).astype(int)
    yb[:20] = 1 - yb[:20]
    wb = W(yb, y_score=s, threshold=0.3)
    found = wb.label_issues()
    want = np.zeros((2, 2), dtype=np.int64)
    np.add.at(want, (yb[found], (s[found] >= 0.3).astype(int)), 1)
    np.testing.assert_array_equal(np.frombuffer(wb._issues["counts"], dtype="<u4").reshape(2, 2), want)


def test_label_issues_need_scores_and_a_method():
    w = W([0, 1, 1, 0], [0, 1, 0, 0])
    with pytest.raises(ValueError, match="y_score="):
        w.label_issues()
    with pytest.raises(ValueError, match="y_score="):
        w.overlapping_classes()
    s = W([0, 1, 1, 0], y_score=[0.1, 0.9, 0.4, 0.6])
    with pytest.raises(ValueError, match="method must be one of"):
        s.label_issues("cleanlab")
    assert w._issues == {}


def test_per_sample_ranks_and_flags_join_the_cells():
    rng = np.random.default_rng(7)
    n, k = 300, 4
    y = rng.integers(0, k, n)
    p = rng.dirichlet(np.ones(k), size=n)
    w = W(y, y_score=p, rank="loss")
    positions, rank, issue = w._rank_and_issue_per_sample()
    pred = p.argmax(axis=1)
    for i in range(k):
        for j in range(k):
            cell = w.indices(i, j, rank="loss")
            np.testing.assert_array_equal(rank[cell], np.arange(len(cell)))
    np.testing.assert_array_equal(np.flatnonzero(issue), np.sort(w.label_issues()))
    np.testing.assert_array_equal(positions, np.arange(n))
    del pred


def test_marks_wait_for_abstain_and_top_k_to_be_off():
    rng = np.random.default_rng(8)
    y = rng.integers(0, 3, 200)
    p = rng.dirichlet(np.ones(3), size=200)
    w = W(y, y_score=p, abstain=0.5)
    assert w._issues == {"hidden": True}
    w.selected = (0, 1)
    assert "issues" not in w._selection
    found = w.label_issues()
    np.testing.assert_array_equal(found, ranking.label_issues(p, y))
    w.abstain = None
    want = np.zeros((3, 3), dtype=np.int64)
    np.add.at(want, (y[found], p.argmax(axis=1)[found]), 1)
    np.testing.assert_array_equal(np.frombuffer(w._issues["counts"], dtype="<u4").reshape(3, 3), want)
    assert w._selection["issues"]["total"] == want[0, 1]
