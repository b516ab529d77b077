"""A cell's samples ranked by the model's scores, against a numpy ``lexsort`` oracle.

The oracle reads the scores as given: (n, K) rows that are probabilities as they are, other
rows through a softmax; binary probabilities ``s`` as ``p(pos) = s``, ``p(neg) = 1 - s``. A cell's
samples come highest key first (confidence ``p(pred)``, margin ``p(pred) - p(true)``, loss
``-log p(true)``), equal keys by ascending index.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import traitlets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cm_widget import ConfusionMatrixWidget as W

RANKS = ["confidence", "margin", "loss"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _is_prob(rows):
    return rows.min() >= 0 and rows.max() <= 1 and np.allclose(rows.sum(axis=1), 1.0, rtol=0, atol=1e-4)


def oracle_cell(idx, key):
    """``idx`` ordered by descending ``key[idx]``, ties by ascending index."""
    return idx[np.lexsort((idx, -key[idx]))]


def multiclass_keys(p, codes, pred, rank):
    n = len(codes)
    rows = np.arange(n)
    safe_t = np.where(codes >= 0, codes, 0)
    p_true, p_pred = p[rows, safe_t], p[rows, pred]
    return {"confidence": p_pred, "margin": p_pred - p_true, "loss": -p_true}[rank]


def build(y, scores, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # samples left out by labels=
        return W(y, y_score=scores, **kwargs)


@st.composite
def multiclass_case(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    n = draw(st.integers(1, 80))
    k = draw(st.integers(3, 5))
    subset = draw(st.booleans())
    kind = draw(st.sampled_from(["probs", "tied", "logits"]))
    y = rng.integers(0, k + 1 if subset else k, n)
    y[0] = 0  # labels= keeps at least one sample
    p = rng.random((n, k)) ** 3 + 1e-3
    p = p / p.sum(axis=1, keepdims=True)
    if kind == "tied":  # quarters: many equal keys, and the rows are probabilities still
        p = np.zeros((n, k))
        top = rng.integers(0, k, n)
        p[np.arange(n), top] = 0.5
        p[np.arange(n), (top + 1) % k] = 0.25
        p[np.arange(n), (top + 2) % k] = 0.25
    elif kind == "logits":
        p = np.round(rng.normal(size=(n, k)) * 2, 1)
    weights = (rng.integers(1, 4, n) / 2.0) if draw(st.booleans()) else None
    order = draw(st.sampled_from(["given", "support", "errors", "name"]))
    abstain = draw(st.sampled_from([None, 0.3, 0.5])) if kind != "logits" else None
    top_k = draw(st.integers(1, 2))
    return {
        "y": y,
        "p": p,
        "k": k,
        "subset": subset,
        "weights": weights,
        "order": order,
        "abstain": abstain,
        "top_k": top_k,
    }


@SETTINGS
@given(case=multiclass_case(), rank=st.sampled_from(RANKS))
def test_multiclass_cells_ranked_as_lexsort(case, rank):
    y, p, k = case["y"], case["p"], case["k"]
    labels = list(range(k)) if case["subset"] else None
    w = build(
        y,
        p,
        labels=labels,
        sample_weight=case["weights"],
        order=case["order"],
        top_k=case["top_k"],
        abstain=case["abstain"],
    )
    kept = y < k
    probs = p if _is_prob(p[kept]) else _softmax(p)
    codes = np.where(kept, y, -1)
    argmax = p.argmax(axis=1)
    pred = argmax.copy()
    if case["top_k"] > 1:  # the true class among the top two counts as predicted (sklearn's tie rule)
        rank_of_true = (p > p[np.arange(len(y)), np.where(kept, y, 0)][:, None]).sum(axis=1) + (
            (p == p[np.arange(len(y)), np.where(kept, y, 0)][:, None]) & (np.arange(k) > np.where(kept, y, 0)[:, None])
        ).sum(axis=1)
        pred = np.where(kept & (rank_of_true < case["top_k"]), y, pred)
    column = pred.copy()
    if case["abstain"] is not None:
        column = np.where(p.max(axis=1) < case["abstain"], k, pred)
        pred = np.where(column == k, argmax, pred)  # an abstained sample's own class is its top score's
    key = multiclass_keys(probs, codes, pred, rank)
    for i in range(k):
        for j in range(w.counts.shape[1]):
            idx = np.flatnonzero(kept & (codes == i) & (column == j))
            got = w.indices(i, j if j < k else "abstained", rank=rank)
            np.testing.assert_array_equal(got, oracle_cell(idx, key), err_msg=f"cell {i},{j} by {rank}")
            assert got.dtype == np.int64


@st.composite
def binary_case(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    n = draw(st.integers(1, 120))
    grid = draw(st.sampled_from([4, 16, 1024]))
    s = rng.integers(0, grid + 1, n) / grid  # dyadic: 1 - s is exact, and many ties
    subset = draw(st.booleans())
    y = rng.integers(0, 3 if subset else 2, n)
    y[0] = 1
    weights = (rng.integers(1, 4, n) / 2.0) if draw(st.booleans()) else None
    threshold = float(rng.integers(0, grid + 1) / grid)
    return {"y": y, "s": s, "subset": subset, "weights": weights, "threshold": threshold}


@SETTINGS
@given(case=binary_case(), rank=st.sampled_from(RANKS), moves=st.lists(st.floats(0, 1), max_size=3))
def test_binary_cells_ranked_as_lexsort(case, rank, moves):
    y, s = case["y"], case["s"]
    w = build(y, s, labels=[0, 1] if case["subset"] else None, sample_weight=case["weights"])
    kept = y < 2
    for t in moves:  # earlier thresholds leave the cached cells of another split behind
        w.threshold = t
        w.indices(0, 1, rank=rank)
    w.threshold = case["threshold"]
    pred = (s >= case["threshold"]).astype(int)
    p = np.stack([1 - s, s], axis=1)
    key = multiclass_keys(p, np.where(kept, y, 0), pred, rank)
    for i in range(2):
        for j in range(2):
            idx = np.flatnonzero(kept & (y == i) & (pred == j))
            np.testing.assert_array_equal(w.indices(i, j, rank=rank), oracle_cell(idx, key), err_msg=f"{i},{j}")


def test_binary_decision_scores_rank_by_the_score():
    rng = np.random.default_rng(3)
    s = np.round(rng.normal(size=300) * 3, 1)
    y = (rng.random(300) < 0.5).astype(int)
    w = build(y, s)  # threshold 0.0
    pred = (s >= 0).astype(int)
    for rank in RANKS:
        for i in range(2):
            for j in range(2):
                idx = np.flatnonzero((y == i) & (pred == j))
                # p(pos) grows with s, so each rank is s up or down in a cell (ties by index).
                up = {"confidence": j == 0, "margin": j == 0, "loss": i == 1}[rank]
                if rank == "margin" and i == j:
                    want = idx
                else:
                    want = idx[np.lexsort((idx, s[idx] if up else -s[idx]))]
                np.testing.assert_array_equal(w.indices(i, j, rank=rank), want, err_msg=f"{rank} {i},{j}")


def test_pages_and_previews_follow_the_rank():
    rng = np.random.default_rng(0)
    n = 1200
    p = rng.dirichlet(np.ones(3) * 0.5, size=n)
    y = rng.integers(0, 3, n)
    texts = [f"sample {i}" for i in range(n)]
    w = W(y, y_score=p, samples=texts)
    w.selected = (0, 0)
    assert w._selection["indices"] == w.indices(0, 0).tolist()[:100]
    w.rank = "confidence"
    ranked = w.indices(0, 0, rank="confidence")
    assert w._selection["indices"] == ranked[:100].tolist()
    assert [x["text"] for x in w._selection["previews"]] == [texts[i] for i in ranked[:40]]
    w._on_custom_msg(w, {"type": "page", "offset": 100}, [])
    assert w._selection["indices"] == ranked[100:200].tolist()
    w.rank = "loss"  # a new rank starts at the first page
    assert w._selection["offset"] == 0
    assert w._selection["indices"] == w.indices(0, 0, rank="loss")[:100].tolist()
    assert w.selected_indices.tolist() == sorted(w.selected_indices.tolist())  # still ascending


def test_rank_is_validated_and_needs_scores():
    w = W([0, 1, 1, 0], [0, 1, 0, 0])
    with pytest.raises(traitlets.TraitError, match="y_score="):
        w.rank = "margin"
    assert w.rank == "index"
    with pytest.raises(ValueError, match="y_score="):
        w.indices(0, 1, rank="loss")
    with pytest.raises(ValueError, match="rank must be one of"):
        w.indices(0, 1, rank="mistakenness")
    with pytest.raises(ValueError, match="rank must be one of"):
        W([0, 1], y_score=[0.2, 0.7], rank="best")
    s = W([0, 1, 1, 0], y_score=[0.1, 0.9, 0.4, 0.6])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s.set_state({"rank": "junk"})
        s.set_state({"rank": 3})
    assert s.rank == "index"
    s.set_state({"rank": "margin"})
    assert s.rank == "margin"
    assert W([0, 1], y_score=[0.2, 0.7], rank="loss").rank == "loss"


def test_a_run_without_scores_lists_by_index():
    rng = np.random.default_rng(1)
    p = rng.dirichlet(np.ones(3), size=50)
    y = rng.integers(0, 3, 50)
    w = W(y, y_score=p, rank="margin")
    other = w.add_run(y_pred=rng.integers(0, 3, 50))
    w.run = other
    w.selected = (1, 2)
    assert w._selection["indices"] == w.indices(1, 2).tolist()
    with pytest.raises(ValueError, match="has none"):
        w.indices(1, 2, rank="margin")
    np.testing.assert_array_equal(
        w.indices(1, 2, run=w.runs[0], rank="margin"),
        w.indices(1, 2, rank="index", run=w.runs[0])[
            np.lexsort(
                (
                    w.indices(1, 2, run=w.runs[0]),
                    -(p[w.indices(1, 2, run=w.runs[0]), 2] - p[w.indices(1, 2, run=w.runs[0]), 1]),
                )
            )
        ],
    )


def test_limit_keeps_the_first_ranked():
    rng = np.random.default_rng(2)
    p = rng.dirichlet(np.ones(3), size=200)
    y = rng.integers(0, 3, 200)
    w = W(y, y_score=p)
    np.testing.assert_array_equal(w.indices(0, 1, rank="margin", limit=3), w.indices(0, 1, rank="margin")[:3])
    with pytest.raises(TypeError, match="limit"):
        w.indices(0, 1, rank="margin", limit=-1)
