"""Sequences once found to give silent wrong numbers, each against a fresh widget and numpy.

The state machine of test_history.py finds such sequences at random; these pin down the known ones.
"""

import warnings

import numpy as np
import pytest
import traitlets

from cm_widget import ConfusionMatrixWidget as W


def probabilities(rng, n, k):
    p = rng.random((n, k)) ** 3
    return p / p.sum(axis=1, keepdims=True)


@pytest.fixture
def scored():
    rng = np.random.default_rng(7)
    y = rng.integers(0, 6, 1000)
    return y, probabilities(rng, 1000, 6)


def naive_groups(y, pred, groups, a, b):
    ga = np.array([groups.get(int(v), None) == a for v in y])
    gb = np.array([groups.get(int(v), None) == b for v in pred])
    return np.flatnonzero(ga & gb)


@pytest.mark.parametrize("move", [{"abstain": 0.6}, {"top_k": 2}])
def test_a_group_cell_read_before_abstain_or_top_k_follows_them(scored, move):
    y, p = scored
    groups = {c: f"g{c % 2}" for c in range(6)}
    w = W(y, y_score=p, groups=groups, order="errors")
    w.group_indices("g0", "g1")  # read first: a cache keyed on part of the settings kept this
    _ = w.class_order
    for name, value in move.items():
        setattr(w, name, value)
    fresh = W(y, y_score=p, groups=groups, order="errors", **move)
    for a, b in (("g0", "g1"), ("g0", "g0"), ("g1", "g0"), ("g1", "g1")):  # the cell read first, first
        np.testing.assert_array_equal(w.group_indices(a, b), fresh.group_indices(a, b))
    np.testing.assert_array_equal(w.group_counts, fresh.group_counts)
    np.testing.assert_array_equal(w.class_order, fresh.class_order)
    pred = p.argmax(axis=1)
    if "abstain" in move:
        pred = np.where(p.max(axis=1) < move["abstain"], -1, pred)
        np.testing.assert_array_equal(w.group_indices("g0", "g1"), naive_groups(y, pred, groups, "g0", "g1"))


def test_showing_the_first_run_again_shows_no_abstained_column(scored):
    y, p = scored
    w = W(y, y_score=p)
    w.abstain = 0.5
    w.add_run(y)  # shown at once: abstain belongs to the first run and is reset
    w.run = "run 1"
    assert w.abstain is None
    assert w.counts.shape == (6, 6)
    np.testing.assert_array_equal(w.counts, W(y, y_score=p).counts)


def test_compare_mode_counts_abstained_samples_as_not_right(scored):
    y, p = scored
    w = W(y, y_score=p, abstain=0.5)
    w.add_run(y)  # a perfect second run
    w.run = "run 1"
    w.abstain = 0.5
    w.compare = "run 2"
    abstained = p.max(axis=1) < 0.5
    pred = np.where(abstained, -1, p.argmax(axis=1))
    d = w.diff("run 1", "run 2")
    np.testing.assert_array_equal(d["fixed"], np.flatnonzero(pred != y))
    np.testing.assert_array_equal(d["changed"], np.flatnonzero(pred != y))
    assert d["counts"].shape == (6, 7)
    assert d["counts"][:, 6].sum() == -abstained.sum()
    # A cell's moves, run 2 -> run 1: the samples of true 0 that left (0, 0) went to their column in
    # run 1, the abstained ones to the abstained column (6).
    w.selected = (0, 0)
    left = np.flatnonzero((y == 0) & (pred != 0))
    assert w._moves["left"] == left[:100].tolist()
    assert w._moves["went_to"] == [6 if abstained[s] else int(pred[s]) for s in left[:100]]
    assert w._moves["entered"] == []


def test_multilabel_group_cells_count_each_sample_once():
    rng = np.random.default_rng(3)
    Y = (rng.random((500, 4)) < 0.5).astype(int)
    S = rng.random((500, 4))
    groups = {0: "a", 1: "a", 2: "b", 3: "b"}
    w = W.multilabel(Y, y_score=S, groups=groups)
    P = S >= 0.5
    for a, ca in (("a", [0, 1]), ("b", [2, 3])):
        for b, cb in (("a", [0, 1]), ("b", [2, 3])):
            want = np.flatnonzero(Y[:, ca].any(axis=1) & P[:, cb].any(axis=1))
            got = w.group_indices(a, b)
            np.testing.assert_array_equal(got, want)
            assert w.group_counts[w.groups.index(a), w.groups.index(b)] == len(want)


@pytest.mark.parametrize(
    "kind, name, value",
    [
        ("binary", "threshold", 10**400),
        ("binary", "threshold", True),
        ("scores", "abstain", 2**70),
        ("scores", "abstain", 10**400),
        ("scores", "top_k", True),
        ("multilabel", "thresholds", 10**400),
        ("multilabel", "thresholds", [10**400] * 3),
        ("multilabel", "thresholds", None),
        ("labels", "order", None),
    ],
)
def test_a_refused_page_value_keeps_the_old_one(kind, name, value):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 50)
    w = {
        "binary": lambda: W(y % 2, y_score=rng.random(50)),
        "scores": lambda: W(y, y_score=probabilities(rng, 50, 3), abstain=0.4),
        "multilabel": lambda: W.multilabel((rng.random((50, 3)) < 0.5).astype(int), y_score=rng.random((50, 3))),
        "labels": lambda: W(y, rng.integers(0, 3, 50), order="support"),
    }[kind]()
    before = getattr(w, name)
    counts = w.counts.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w.set_state({name: value})
    after = getattr(w, name)
    assert type(after) is type(before)
    np.testing.assert_array_equal(np.asarray(after), np.asarray(before))
    np.testing.assert_array_equal(w.counts, counts)
    w.to_html()  # the file still builds


@pytest.mark.parametrize(
    "kind, name, value",
    [("labels", "order", None), ("multilabel", "thresholds", None), ("binary", "threshold", float("inf"))],
)
def test_a_refused_python_value_raises_and_keeps_the_old_one(kind, name, value):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 3, 40)
    w = {
        "binary": lambda: W(y % 2, y_score=rng.random(40)),
        "multilabel": lambda: W.multilabel((rng.random((40, 3)) < 0.5).astype(int), y_score=rng.random((40, 3))),
        "labels": lambda: W(y, rng.integers(0, 3, 40)),
    }[kind]()
    before = getattr(w, name)
    with pytest.raises(traitlets.TraitError):
        setattr(w, name, value)
    np.testing.assert_array_equal(np.asarray(getattr(w, name)), np.asarray(before))
    _ = w.class_order
    w.to_html()


def test_a_page_of_a_cell_is_the_one_asked_for_whatever_came_between():
    rng = np.random.default_rng(5)
    y, s = rng.integers(0, 2, 2000), rng.random(2000)
    w = W(y, y_score=s)
    w.selected = (1, 1)
    w._on_custom_msg(w, {"type": "page", "offset": 300}, [])
    w.threshold = 0.99  # the cell shrinks below 300 samples: the first page is shown
    w.threshold = 0.5  # and grows again: the page asked for is shown again
    fresh = W(y, y_score=s)
    fresh.selected = (1, 1)
    fresh._on_custom_msg(fresh, {"type": "page", "offset": 300}, [])
    assert w._selection == fresh._selection
    assert w._selection["offset"] == 300


def test_a_huge_bad_message_logs_a_bounded_summary(caplog):
    w = W([0, 1, 1, 0], [0, 1, 0, 0])
    big = "x" * 1_000_000
    with caplog.at_level("WARNING"):
        for _ in range(3):
            w._on_custom_msg(w, {"type": "page", "offset": big}, [])
            w._on_custom_msg(w, {"type": big}, [])
            w.set_state({"normalize": big, big: 1, "selected": [big, 10**400]})
    logged = sum(len(r.getMessage()) for r in caplog.records)
    assert caplog.records, "the bad messages were logged"
    assert logged < 20 * 1000, f"{logged} characters logged for 1 MB messages"
    assert w.normalize is None and w.selected is None  # and nothing was taken


def test_compare_moves_of_binary_scores_with_samples_left_out():
    rng = np.random.default_rng(11)
    y = rng.integers(0, 3, 60)  # class 2 is left out by labels=
    s1 = rng.random(60)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W(y, y_score=s1, labels=[0, 1])
    w.compare = "run 1"  # the run with itself: nothing moves
    for cell in ((1, 0), (1, 1), (0, 0)):
        w.selected = cell
        assert (w._moves["entered"], w._moves["left"]) == ([], [])
    assert w._compare["changed"] == 0
