"""The binary threshold index against naive numpy: counts, cell indices, caching, memory.

The oracle is the definition itself: a sample is predicted positive when its
float64 score is >= the threshold; a cell's indices are ``np.flatnonzero`` of
its mask. Scores include exact ties, neighbours one float64 ulp apart and
values that round to the same float32, so no shortcut through a coarser key
can pass by luck.
"""

from __future__ import annotations

import gc
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import Confusion

ORACLE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELLS = [(1, 1), (0, 1), (1, 0), (0, 0)]  # (actual positive, predicted positive)


# --- inputs ---------------------------------------------------------------------------------


def _near(x, how):
    """A value that equals ``x`` in float32 (or nearly), or sits a few float64 ulps away."""
    if how == "ulp":
        return float(np.nextafter(x, np.inf))
    if how == "ulps":
        return float(np.nextafter(np.nextafter(np.nextafter(x, -np.inf), -np.inf), -np.inf))
    if how == "f32":  # differs from x only below float32 precision
        return float(x * (1.0 + 2.0**-40)) if x else 2.0**-1074
    return x


@st.composite
def scored_samples(draw):
    base = draw(
        st.lists(
            st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
            | st.sampled_from([0.0, -0.0, 0.5, 0.1, 1.0 / 3.0, 1e-300, -2.5]),
            min_size=1,
            max_size=8,
        )
    )
    hows = st.lists(st.sampled_from(["", "ulp", "ulps", "f32"]), min_size=1, max_size=4)
    pool = [_near(x, how) for x in base for how in draw(hows)]
    n = draw(st.integers(1, 120))
    picks = draw(st.lists(st.integers(0, len(pool) - 1), min_size=n, max_size=n))
    scores = np.array([pool[p] for p in picks], dtype=np.float64)
    codes = np.array(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)), dtype=np.uint8)
    pos_index = draw(st.integers(0, 1))
    weights = None
    if draw(st.booleans()):
        weights = np.array(draw(st.lists(st.floats(0.0, 5.0), min_size=n, max_size=n)), dtype=np.float64)
    positions = None
    if draw(st.booleans()):  # some samples were left out at the door: positions map back
        gaps = np.array(draw(st.lists(st.integers(1, 4), min_size=n, max_size=n)))
        positions = np.cumsum(gaps) - 1
    return scores, codes, pos_index, weights, positions


def thresholds_of(scores):
    """Every distinct score, the midpoints, float64 neighbours, and beyond both ends."""
    values = np.unique(scores)
    mids = (values[:-1] + values[1:]) / 2.0
    ends = [values[0] - 1.0, values[-1] + 1.0]
    nexts = [np.nextafter(v, np.inf) for v in values] + [np.nextafter(v, -np.inf) for v in values]
    return [float(t) for t in np.concatenate([values, mids, ends, nexts])]


# --- the naive oracle -----------------------------------------------------------------------


def naive_cells(scores, codes, pos_index, t, positions):
    predicted = scores >= t
    actual = codes == pos_index
    out = {}
    for a, p in CELLS:
        local = np.flatnonzero((actual == bool(a)) & (predicted == bool(p)))
        out[a, p] = positions[local] if positions is not None else local
    return out


def naive_counts(scores, codes, pos_index, t, weights):
    predicted = scores >= t
    actual = codes == pos_index
    w = np.ones(len(scores)) if weights is None else weights
    return {(a, p): float(w[(actual == bool(a)) & (predicted == bool(p))].sum()) for a, p in CELLS}


def cell_of(pos_index, a, p):
    """(row, column) of the cell (actual positive?, predicted positive?)."""
    return (pos_index if a else 1 - pos_index), (pos_index if p else 1 - pos_index)


def assert_counts(got, expected, pos_index, weighted):
    for (a, p), value in expected.items():
        if weighted:
            assert got[cell_of(pos_index, a, p)] == pytest.approx(value, rel=1e-9, abs=1e-9), (a, p)
        else:
            assert got[cell_of(pos_index, a, p)] == value, (a, p)


# --- oracle tests ---------------------------------------------------------------------------


@ORACLE
@given(scored_samples(), st.randoms(use_true_random=False))
def test_counts_and_cells_at_every_threshold(sample, random):
    scores, codes, pos_index, weights, positions = sample
    c = Confusion(codes, None, 2, weights=weights, scores=scores, pos_index=pos_index, sample_index=positions)
    c.threshold_index  # counts below come from the index, not the first vectorised pass
    thresholds = thresholds_of(scores)
    random.shuffle(thresholds)  # caches must follow the threshold in both directions and by jumps
    weighted = weights is not None
    for t in thresholds:  # counts only: no class has its sample order yet (unless weighted)
        assert_counts(c.counts(t), naive_counts(scores, codes, pos_index, t, weights), pos_index, weighted)
    for t in thresholds:  # listing cells builds each class's order when first needed
        assert_counts(c.counts(t), naive_counts(scores, codes, pos_index, t, weights), pos_index, weighted)
        cells = naive_cells(scores, codes, pos_index, t, positions)
        for a, p in random.sample(CELLS, len(CELLS)):
            i, j = cell_of(pos_index, a, p)
            got = c.indices(i, j, t)
            np.testing.assert_array_equal(got, cells[a, p], err_msg=f"cell {(a, p)} at t={t!r}")
            assert got.dtype.kind == "i" and not got.flags.writeable
            total, page = c.page(i, j, 1, 3, t)
            assert total == len(cells[a, p])
            np.testing.assert_array_equal(page, cells[a, p][1:4])


@ORACLE
@given(scored_samples(), st.data())
def test_page_before_any_indices_call(sample, data):
    """A page is right whether or not the cell was listed before at that threshold."""
    scores, codes, pos_index, weights, positions = sample
    c = Confusion(codes, None, 2, weights=weights, scores=scores, pos_index=pos_index, sample_index=positions)
    t = data.draw(st.sampled_from(thresholds_of(scores)))
    a, p = data.draw(st.sampled_from(CELLS))
    offset, size = data.draw(st.integers(0, len(scores))), data.draw(st.integers(0, 50))
    expected = naive_cells(scores, codes, pos_index, t, positions)[a, p]
    total, page = c.page(*cell_of(pos_index, a, p), offset, size, t)
    assert total == len(expected)
    np.testing.assert_array_equal(page, expected[offset : offset + size])


def test_many_scores_one_float64_ulp_apart():
    """100k scores within a few thousand ulps of 0.5, in shuffled order, many tied exactly."""
    rng = np.random.default_rng(3)
    n = 100_000
    steps = rng.integers(0, 2000, n)
    scores = np.array([0.5], dtype=np.float64).view(np.uint64) + steps.astype(np.uint64)
    scores = scores.view(np.float64)
    scores[:1000] = np.float32(0.5) + 2.0**-45 * rng.integers(0, 3, 1000)  # float32 equals 0.5
    codes = rng.integers(0, 2, n).astype(np.uint8)
    weights = rng.uniform(0.0, 2.0, n)
    for w in (None, weights):
        c = Confusion(codes, None, 2, weights=w, scores=scores, pos_index=1)
        c.threshold_index
        picks = rng.choice(thresholds_of(scores), 60, replace=False)
        for t in picks[:6]:  # listing builds the sample order, which then answers the counts
            cells = naive_cells(scores, codes, 1, float(t), None)
            for a, p in CELLS:
                np.testing.assert_array_equal(c.indices(*cell_of(1, a, p), float(t)), cells[a, p])
        for t in picks:
            expected = naive_counts(scores, codes, 1, t, w)
            got = c.counts(float(t))
            for (a, p), value in expected.items():
                assert got[cell_of(1, a, p)] == pytest.approx(value, rel=1e-12), t


def test_scores_of_wide_range_and_both_signs():
    rng = np.random.default_rng(5)
    n = 50_000
    scores = rng.standard_normal(n) * 10.0 ** rng.integers(-300, 300, n)
    scores[::7] = 0.0
    scores[::11] = -0.0
    codes = rng.integers(0, 2, n).astype(np.uint8)
    c = Confusion(codes, None, 2, scores=scores, pos_index=0)
    c.threshold_index
    for t in list(rng.choice(scores, 40)) + [0.0, -0.0, 1e-310, -1e-310, 1e300, -1e300]:
        cells = naive_cells(scores, codes, 0, float(t), None)
        got = c.counts(float(t))
        for (a, p), expected in cells.items():
            assert got[cell_of(0, a, p)] == len(expected), t
    for a, p in CELLS:
        np.testing.assert_array_equal(c.indices(*cell_of(0, a, p), 0.0), naive_cells(scores, codes, 0, 0.0, None)[a, p])


# --- caching: what a user does twice must not sort again ---------------------------------------


class SortSpy:
    """Records every numpy sort of more than ``limit`` elements."""

    def __init__(self, monkeypatch, limit):
        self.big = []
        for name in ("sort", "argsort", "lexsort", "partition", "argpartition"):
            original = getattr(np, name)

            def spy(a, *args, _original=original, _name=name, **kwargs):
                if np.size(a) > limit:
                    self.big.append((_name, int(np.size(a))))
                return _original(a, *args, **kwargs)

            monkeypatch.setattr(np, name, spy)


def binary_data(n, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0.0, 1.0)
    return y, s


def binary_confusion(n, seed):
    """Labels, scores (clipped: many exact ties at 0 and 1) and their Confusion, class 1 positive."""
    y, s = binary_data(n, seed)
    return y, s, Confusion(y.astype(np.uint8), None, 2, scores=s, pos_index=1)


def assert_cells_at(c, y, s, t):
    """The four cells of ``c`` at ``t`` against np.flatnonzero of their masks (class 1 positive)."""
    for cell in CELLS:
        mask = ((y == 1) == bool(cell[0])) & ((s >= t) == bool(cell[1]))
        np.testing.assert_array_equal(c.indices(*cell, t), np.flatnonzero(mask), err_msg=f"{cell} at {t}")


def test_repeated_indices_are_cached_not_sorted_again(monkeypatch):
    n = 200_000
    y, s, c = binary_confusion(n, seed=0)
    first = {cell: c.indices(*cell, 0.5) for cell in CELLS}
    spy = SortSpy(monkeypatch, limit=n // 16)
    for cell in CELLS:
        again = c.indices(*cell, 0.5)
        assert np.shares_memory(again, first[cell]), "a repeated call must hand back the cached cell"
        assert not again.flags.writeable
    # a small drag: a few samples change cells; the cells are patched, not rebuilt by a sort
    values = np.unique(s)
    assert_cells_at(c, y, s, float(values[np.searchsorted(values, 0.5) + 40]))
    assert_cells_at(c, y, s, 0.2)  # a far jump is also listed without sorting the cell
    assert spy.big == []


def test_first_listing_of_a_large_cell_does_not_sort_it(monkeypatch):
    n = 200_000
    y, s, c = binary_confusion(n, seed=1)
    c.threshold_index
    spy = SortSpy(monkeypatch, limit=n // 16)
    assert_cells_at(c, y, s, 0.45)
    assert spy.big == []


def test_widget_indices_repeated_are_the_same_read_only_array(monkeypatch):
    n = 100_000
    y, s = binary_data(n, seed=2)
    w = ConfusionMatrixWidget(y, y_score=s)
    first = w.indices(1, 0)
    spy = SortSpy(monkeypatch, limit=n // 16)
    second = w.indices(1, 0)
    assert np.shares_memory(first, second)
    assert second.dtype == np.int64 and not second.flags.writeable
    with pytest.raises(ValueError):
        second[0] = 1
    w.selected = (1, 0)
    assert np.shares_memory(w.selected_indices, first)
    np.testing.assert_array_equal(second, np.flatnonzero((y == 1) & (s < 0.5)))
    assert spy.big == []


def test_page_of_a_listed_cell_is_a_slice_at_any_offset(monkeypatch):
    n = 200_000
    y, s, c = binary_confusion(n, seed=4)
    cell = c.indices(0, 0, 0.5)
    spy = SortSpy(monkeypatch, limit=n // 16)
    monkeypatch.setattr(Confusion, "_scan", lambda *a, **k: pytest.fail("a listed cell is not scanned"))
    for offset in (0, 100, len(cell) // 2, len(cell) - 5):
        total, page = c.page(0, 0, offset, 100, 0.5)
        assert total == len(cell)
        assert np.shares_memory(page, cell)
        np.testing.assert_array_equal(page, cell[offset : offset + 100])
    assert spy.big == []


def test_page_of_a_large_unlisted_cell_sorts_nothing(monkeypatch):
    n = 200_000
    y, s, c = binary_confusion(n, seed=6)
    c.threshold_index
    spy = SortSpy(monkeypatch, limit=n // 16)
    for t in (0.3, 0.5, 0.7):  # a drag with a selected cell: the first page at each threshold
        total, page = c.page(0, 1, 0, 100, t)
        expected = np.flatnonzero((y == 0) & (s >= t))
        assert total == len(expected)
        np.testing.assert_array_equal(page, expected[:100])
    assert spy.big == []


# --- memory -------------------------------------------------------------------------------------


def held_arrays(obj, inputs, seen=None):
    """The memory owners of every ndarray reachable from ``obj`` that is not one of the inputs."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        while isinstance(obj.base, np.ndarray):
            obj = obj.base
        if any(x is not None and np.shares_memory(obj, x) for x in inputs):
            return []
        return [obj]
    if isinstance(obj, dict):
        items = list(obj.values())
    elif isinstance(obj, (list, tuple)):
        items = list(obj)
    elif hasattr(obj, "__dict__"):
        items = list(vars(obj).values())
    else:
        return []
    return [a for item in items for a in held_arrays(item, inputs, seen)]


def test_counts_alone_keep_only_the_sorted_scores():
    """Until a cell is listed, the index is each class's sorted float64 scores and nothing else."""
    n = 400_000
    y, s, c = binary_confusion(n, seed=9)
    index = c.threshold_index
    for t in (0.2, 0.5, 0.8):
        c.counts(t)
    held = {id(a): a for a in held_arrays(index, [c.codes_true, s])}.values()
    assert sum(a.nbytes for a in held) == 8 * n


@pytest.mark.parametrize("weighted", [False, True])
def test_index_memory_per_sample(weighted):
    """The threshold index and all four listed cells hold <= 16 bytes per sample.

    Counted: every array the index keeps, beyond the record it was built from
    (codes, float64 scores, weights, positions), which the widget holds anyway.
    """
    n = 400_000
    y, s = binary_data(n, seed=7)
    codes = y.astype(np.uint8)
    weights = np.random.default_rng(8).uniform(0.5, 1.5, n) if weighted else None
    c = Confusion(codes, None, 2, weights=weights, scores=s, pos_index=1)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = c.threshold_index
        c.counts(0.4)
        for cell in CELLS:
            c.indices(*cell, 0.4)
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    held = {id(a): a for a in held_arrays(index, [codes, s, weights])}.values()
    per_sample = sum(a.nbytes for a in held) / n
    assert per_sample <= 16, f"the index holds {per_sample:.2f} B/sample: {[(a.dtype, a.shape) for a in held]}"
    assert retained / n <= 16, f"building the index kept {retained / n:.2f} B/sample"
