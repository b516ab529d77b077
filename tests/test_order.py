"""Class orders, top confusions and group roll-ups against naive numpy.

Every expected value is computed here from the raw matrix with loops or plain
numpy, independently of cm_widget._engine.order.
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from cm_widget._engine import order as _order

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def square_counts(max_k=9, max_value=6):
    return st.integers(1, max_k).flatmap(lambda k: arrays(np.int64, (k, k), elements=st.integers(0, max_value)))


def blocks_matrix(k=30, n_blocks=6, seed=0, noise=0.0, shuffle=True):
    """Counts where the classes of each block are confused only with each other.

    Returns the counts and, per class, its block.
    """
    rng = np.random.default_rng(seed)
    block = np.repeat(np.arange(n_blocks), k // n_blocks)
    perm = rng.permutation(k) if shuffle else np.arange(k)
    block = block[perm]
    same = block[:, None] == block[None, :]
    counts = np.where(same, rng.integers(1, 20, (k, k)), 0)
    if noise:
        counts = counts + rng.poisson(noise, (k, k))
    np.fill_diagonal(counts, rng.integers(200, 400, k))
    return counts.astype(np.int64), block


def contiguous(order, block):
    """True when each block's classes form one run in ``order``."""
    runs = block[order]
    changes = np.count_nonzero(runs[1:] != runs[:-1])
    return changes == len(np.unique(block)) - 1


# ------------------------------------------------------------------ orders


@FAST
@given(square_counts())
def test_every_order_is_a_permutation(counts):
    k = len(counts)
    for how in _order.ORDER_CHOICES:
        order = _order.class_order(counts, how, [f"c{i}" for i in range(k)])
        assert sorted(order.tolist()) == list(range(k)), how


@FAST
@given(square_counts())
def test_support_and_errors_orders_match_naive_ranking(counts):
    k = len(counts)
    support = [sum(int(v) for v in counts[i]) for i in range(k)]
    errors = [sum(int(counts[i, j]) + int(counts[j, i]) for j in range(k) if j != i) for i in range(k)]
    assert _order.class_order(counts, "support").tolist() == sorted(range(k), key=lambda i: (-support[i], i))
    assert _order.class_order(counts, "errors").tolist() == sorted(range(k), key=lambda i: (-errors[i], i))
    assert _order.class_order(counts, "given").tolist() == list(range(k))


def test_name_order_is_case_insensitive_with_numbers_by_value():
    names = ["class10", "Class2", "apple", "class1", "Banana", "class2"]
    order = _order.class_order(np.zeros((6, 6)), "name", names)
    assert [names[i] for i in order] == ["apple", "Banana", "class1", "Class2", "class2", "class10"]


def test_cluster_puts_each_of_six_confusable_blocks_together():
    counts, block = blocks_matrix()
    order = _order.class_order(counts, "cluster")
    assert sorted(order.tolist()) == list(range(30))
    assert contiguous(order, block)
    # The given order is not already grouped: the test could fail.
    assert not contiguous(np.arange(30), block)


@pytest.mark.parametrize("seed", range(5))
def test_cluster_finds_blocks_under_cross_block_noise(seed):
    counts, block = blocks_matrix(seed=seed, noise=0.3)
    assert _order.similarity(counts).min(initial=1, where=~np.eye(30, dtype=bool)) >= 0
    order = _order.class_order(counts, "cluster")
    assert contiguous(order, block)


def test_greedy_flip_keeps_blocks_together(monkeypatch):
    monkeypatch.setattr(_order, "OPTIMAL_LEAF_MAX", 3)
    counts, block = blocks_matrix(k=60, seed=3, noise=0.3)
    order = _order.class_order(counts, "cluster")
    assert sorted(order.tolist()) == list(range(60))
    assert contiguous(order, block)


def test_greedy_flip_puts_the_most_similar_ends_side_by_side():
    # Leaves 0, 1 merge first, then 2 joins the run (0, 1): 2 is most like 0, so
    # it goes next to 0 (unflipped, the join would put 2 beside 1).
    sim = np.array([[0, 0.5, 0.9], [0.5, 0, 0.1], [0.9, 0.1, 0]])
    tree = np.array([[0, 1, 0.5, 2], [3, 2, 0.6, 3]], dtype=float)
    assert _order._greedy_flip(tree, sim).tolist() == [1, 0, 2]


def test_cluster_is_deterministic_and_large_orders_are_permutations():
    counts, block = blocks_matrix(k=300, n_blocks=10, seed=1, noise=0.05)
    first = _order.class_order(counts, "cluster")
    assert np.array_equal(first, _order.class_order(counts.copy(), "cluster"))
    assert contiguous(first, block)


def test_cluster_without_confusions_keeps_the_given_order():
    counts = np.diag([5, 3, 8, 1])
    assert _order.class_order(counts, "cluster").tolist() == [0, 1, 2, 3]


def test_cluster_puts_confused_sets_first_by_mass_then_the_rest_in_given_order():
    counts = np.diag([9, 9, 9, 9, 9, 9]).astype(np.int64)
    counts[4, 1] = 3  # 1 and 4 confused (shares 3/12 and 0)
    counts[2, 5] = 9  # 2 and 5 confused more (share 9/18)
    order = _order.class_order(counts, "cluster").tolist()
    assert set(order[:2]) == {2, 5}
    assert set(order[2:4]) == {1, 4}
    assert order[4:] == [0, 3]


def test_similarity_is_symmetrised_row_share():
    counts = np.array([[8, 2, 0], [1, 0, 3], [0, 0, 0]])
    expected = np.zeros((3, 3))
    for i in range(3):
        for j in range(3):
            if i != j:
                a = counts[i, j] / counts[i].sum() if counts[i].sum() else 0
                b = counts[j, i] / counts[j].sum() if counts[j].sum() else 0
                expected[i, j] = a + b
    assert np.allclose(_order.similarity(counts), expected)


def test_check_order_accepts_a_permutation_and_names_what_is_wrong():
    resolve = {"a": 0, "b": 1, "c": 2}.__getitem__
    assert _order.check_order(["c", "a", "b"], 3, resolve).tolist() == [2, 0, 1]
    assert _order.check_order("errors", 3, resolve) == "errors"
    with pytest.raises(ValueError, match="order must be one of 'given'"):
        _order.check_order("alphabetical", 3, resolve)
    with pytest.raises(ValueError, match=r"lists \['a'\] more than once"):
        _order.check_order(["a", "b", "a"], 3, resolve)
    with pytest.raises(ValueError, match=r"lists 2 classes but the matrix has 3.*missing positions: \[2\]"):
        _order.check_order(["a", "b"], 3, resolve)
    with pytest.raises(TypeError, match="order must be"):
        _order.check_order(3, 3, resolve)


# --------------------------------------------------------- top confusions


def naive_top(counts, n):
    k = len(counts)
    cells = [(i, j) for i in range(k) for j in range(k) if i != j and counts[i, j] > 0]
    cells.sort(key=lambda c: (-counts[c], c[0], c[1]))
    out = []
    for i, j in cells[:n]:
        row = counts[i].sum()
        out.append((i, j, counts[i, j], counts[i, j] / row if row else 0.0))
    return out


@FAST
@given(square_counts(max_k=12, max_value=3), st.integers(0, 30))
def test_top_confusions_equal_a_naive_ranking_with_ties(counts, n):
    got = _order.top_confusions(counts, n)
    want = naive_top(counts, n)
    assert [(i, j, c) for i, j, c, _ in got] == [(i, j, int(c)) for i, j, c, _ in want]
    assert np.allclose([s for *_, s in got], [s for *_, s in want])
    assert all(type(c) is int for _, _, c, _ in got)


@FAST
@given(arrays(np.float64, (5, 5), elements=st.floats(0, 10, allow_nan=False)), st.integers(1, 25))
def test_top_confusions_of_weighted_counts(counts, n):
    got = _order.top_confusions(counts, n)
    want = naive_top(counts, n)
    assert [(i, j) for i, j, *_ in got] == [(i, j) for i, j, *_ in want]
    assert np.allclose([c for _, _, c, _ in got], [c for _, _, c, _ in want])


def test_top_confusions_never_lists_the_diagonal_or_empty_cells():
    counts = np.array([[50, 0, 1], [0, 40, 0], [2, 0, 30]])
    assert _order.top_confusions(counts, 10) == [(2, 0, 2, 2 / 32), (0, 2, 1, 1 / 51)]


# ------------------------------------------------------------------ groups


@FAST
@given(square_counts(max_k=10), st.data())
def test_rollup_equals_loop_sums(counts, data):
    k = len(counts)
    codes = data.draw(st.lists(st.integers(0, 3), min_size=k, max_size=k))
    groups = _order.make_groups(dict(enumerate(codes)), list(range(k)), [str(i) for i in range(k)])
    g = len(groups)
    want = np.zeros((g, g), dtype=np.int64)
    for i in range(k):
        for j in range(k):
            want[groups.names.index(str(codes[i])), groups.names.index(str(codes[j]))] += counts[i, j]
    got = groups.rollup(counts)
    assert got.dtype == counts.dtype
    assert np.array_equal(got, want)
    assert groups.names == list(dict.fromkeys(str(c) for c in codes))


@FAST
@given(square_counts(max_k=10), st.data())
def test_grouped_order_keeps_groups_together_and_follows_the_class_order(counts, data):
    k = len(counts)
    codes = np.array(data.draw(st.lists(st.integers(0, 3), min_size=k, max_size=k)))
    how = data.draw(st.sampled_from(_order.ORDER_CHOICES))
    names = [f"c{i}" for i in range(k)]
    groups = _order.make_groups(lambda c: f"g{codes[c]}", range(k), names)
    group_order, order = groups.order(counts, how, names)
    assert sorted(order.tolist()) == list(range(k))
    seen = [groups.names[groups.codes[c]] for c in order]
    assert [name for idx, name in enumerate(seen) if idx == 0 or seen[idx - 1] != name] == [
        groups.names[g] for g in group_order
    ]
    if how != "cluster":
        flat = _order.class_order(counts, how, names).tolist()
        for members in groups.members:
            inside = [c for c in order if c in set(members.tolist())]
            assert inside == [c for c in flat if c in set(members.tolist())]
        rolled = groups.rollup(counts)
        assert group_order.tolist() == _order.class_order(rolled, how, groups.names).tolist()


def test_grouped_order_with_a_list_ranks_groups_by_their_first_class():
    counts = np.eye(4, dtype=np.int64)
    groups = _order.make_groups({0: "x", 1: "y", 2: "x", 3: "y"}, range(4), list("abcd"))
    group_order, order = groups.order(counts, np.array([3, 0, 2, 1]), list("abcd"))
    assert [groups.names[g] for g in group_order] == ["y", "x"]
    assert order.tolist() == [3, 1, 0, 2]


def test_groups_by_display_name_and_clear_errors():
    groups = _order.make_groups({"cat": "animal", "dog": "animal", 2: "thing"}, [0, 1, 2], ["cat", "dog", "car"])
    assert groups.codes.tolist() == [0, 0, 1]
    with pytest.raises(ValueError, match=r"no group for 1 class\(es\), e.g. \[2\]"):
        _order.make_groups({0: "a", 1: "b"}, [0, 1, 2], ["0", "1", "2"])
    with pytest.raises(TypeError, match="groups must be a mapping"):
        _order.make_groups(["a", "b"], [0, 1], ["0", "1"])
    with pytest.raises(ValueError, match=r"groups\(1\) raised KeyError"):
        _order.make_groups({0: "a"}.__getitem__, [0, 1], ["0", "1"])


@pytest.mark.parametrize("dtype", [np.uint8, np.uint32, np.int64, np.float32])
def test_top_confusions_in_any_count_dtype(dtype):
    counts = np.array([[9, 3, 200], [7, 9, 0], [3, 250, 1]], dtype=dtype)
    got = [(i, j, c) for i, j, c, _ in _order.top_confusions(counts, 3)]
    assert got == [(2, 1, 250), (0, 2, 200), (1, 0, 7)]


def test_top_confusions_keep_the_tiniest_weights():
    counts = np.array([[1.0, 5e-324], [0.0, 1.0]])
    assert _order.top_confusions(counts, 1) == [(0, 1, 5e-324, 5e-324)]


def test_name_order_puts_negative_numbers_below_zero():
    names = ["0", "5", "20", "-5", "-10"]
    order = _order.class_order(np.zeros((5, 5)), "name", names)
    assert [names[i] for i in order] == ["-10", "-5", "0", "5", "20"]


def test_name_order_of_numbers_and_words_mixed():
    names = ["class10", "2.5", "-3", "cat", "+1", "1e3", "class2", "Dog", "-0.5", "x-1", "x-10", "10"]
    order = _order.class_order(np.zeros((12, 12)), "name", names)
    # Whole names that are numbers first, by value; then the rest A-Z with digit runs by value
    # (a "-" inside a name is a separator, not a sign).
    assert [names[i] for i in order] == [
        "-3", "-0.5", "+1", "2.5", "10", "1e3", "cat", "class2", "class10", "Dog", "x-1", "x-10",
    ]  # fmt: skip


@FAST
@given(st.lists(st.integers(-(10**12), 10**12) | st.floats(-1e30, 1e30, allow_nan=False), min_size=1, max_size=12))
def test_name_order_of_numbers_is_sorted_by_value(values):
    names = [str(v) for v in values]
    order = _order.class_order(np.zeros((len(names), len(names))), "name", names)
    assert [values[i] for i in order] == sorted(values)  # ties (5 and 5.0) keep the given order, as sorted() does
