"""(n, K) scores of a table in an engine: argmax, top-k and abstain counted where the table lives.

The oracle is numpy on the same scores (argmax, scikit-learn's top-k ranking written out as a loop over
rows, the top score against abstain) with scikit-learn's confusion_matrix, and the in-memory widget built
from the numpy arrays; ties and signed zeros are in the data on purpose.
"""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import traitlets
from sklearn.metrics import confusion_matrix
from tables_fixtures import to_engine

from cm_widget import ConfusionMatrixWidget as W

pytestmark = pytest.mark.timeout(900)

N = 2500
NAMES = ["cat", "dog", "eel", "fox"]
COLS = [f"p_{c}" for c in NAMES]
KINDS = ["duckdb", "dask", "spark", "ibis", "sqlframe", "files"]


def make_table(n=N, seed=3):
    rng = np.random.default_rng(seed)
    truth = rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])
    raw = rng.random((n, 4)) + 0.6 * np.eye(4)[truth] * (rng.random(n) < 0.6)[:, None]
    scores = np.round(raw / raw.sum(axis=1, keepdims=True), 1)  # one decimal: ties everywhere, at the top too
    scores[:40] = [0.3, 0.3, 0.3, 0.1]  # a tie of three at the top: argmax is the first column
    truth[:40] = rng.integers(0, 4, 40)
    scores[40:60] = [-0.0, 0.0, 0.0, -0.0]  # signed zeros are equal: every column ties
    truth[40:60] = rng.integers(0, 4, 20)
    frame = pd.DataFrame({c: scores[:, k] for k, c in enumerate(COLS)})
    frame.insert(0, "label", np.array(NAMES)[truth])
    frame["w"] = np.round(rng.random(n) * 2, 3)
    frame["id"] = rng.permutation(n).astype(np.int64) * 7 + 1
    frame["grp"] = np.array(["north", "south", "west"])[rng.integers(0, 3, n)]
    return frame, scores


TABLE, SCORES = make_table()
TRUE = TABLE.label.to_numpy()


def with_lists(frame):
    out = frame.copy()
    out["probs"] = pd.Series(list(SCORES), dtype=pd.ArrowDtype(pa.list_(pa.float64())))
    return out


@pytest.fixture(scope="module")
def tables(request, tmp_path_factory):
    made = {}

    def get(kind):
        if kind not in made:
            frame = with_lists(TABLE)
            if kind == "files":
                folder = tmp_path_factory.mktemp("scores")
                for k, rows in enumerate(np.array_split(np.arange(N), 2)):
                    frame.iloc[rows].to_parquet(folder / f"part-{k}.parquet", index=False)
                made[kind] = str(folder / "*.parquet")
            elif kind == "spark":
                plain = TABLE.copy()
                plain["probs"] = [list(map(float, r)) for r in SCORES]
                made[kind] = to_engine(request, kind, plain)
            elif kind == "dask":
                made[kind] = to_engine(request, kind, frame)
            else:
                plain = TABLE.copy()
                plain["probs"] = [list(map(float, r)) for r in SCORES]
                made[kind] = to_engine(request, kind, plain)
        return made[kind]

    return get


# ------------------------------------------------------------------ the oracle


def rank_of_truth(scores, truth):
    """scikit-learn's ranking (top_k_accuracy_score): descending scores, ties to the later column; a loop."""
    out = np.empty(len(truth), dtype=int)
    for r, (row, t) in enumerate(zip(scores, truth)):
        order = sorted(range(len(row)), key=lambda c: (-row[c], -c))
        out[r] = order.index(t)
    return out


CODES = np.searchsorted(NAMES, TRUE)
RANK = rank_of_truth(SCORES, CODES)


def expected(top_k=1, abstain=None, weights=None):
    pred = np.argmax(SCORES, axis=1)  # top-1: the first of tied columns
    if top_k > 1:
        pred = np.where(RANK < top_k, CODES, pred)
    cm = confusion_matrix(CODES, pred, labels=range(4), sample_weight=weights)
    if abstain is None:
        return cm
    out = SCORES.max(axis=1) < abstain
    covered = confusion_matrix(
        CODES[~out], pred[~out], labels=range(4), sample_weight=None if weights is None else weights[~out]
    )
    gone = np.bincount(CODES[out], weights=None if weights is None else weights[out], minlength=4)
    return np.column_stack([covered, gone])


def expected_ids(i, j, top_k=1, abstain=None):
    pred = np.argmax(SCORES, axis=1)
    if top_k > 1:
        pred = np.where(RANK < top_k, CODES, pred)
    top = SCORES.max(axis=1)
    if j == 4:
        mask = (CODES == i) & (top < abstain)
    else:
        mask = (CODES == i) & (pred == j) & (True if abstain is None else top >= abstain)
    return np.sort(TABLE.id.to_numpy()[mask])


def in_memory(**options):
    return W(TRUE, y_score=SCORES, **options)


SETTINGS = [(1, None), (2, None), (3, None), (1, 0.4), (2, 0.4), (3, 0.35), (1, 0.3)]


# Spark (slow) runs the list form, its array<double> column, only
@pytest.mark.parametrize(
    ("kind", "form"), [(k, f) for k in KINDS for f in ("columns", "list") if (k, f) != ("spark", "columns")]
)
def test_top_k_and_abstain_like_numpy(tables, kind, form):
    y_score = COLS if form == "columns" else "probs"
    w = W.from_dataframe(tables(kind), "label", y_score=y_score, id="id")
    assert w.classes.tolist() == NAMES
    np.testing.assert_array_equal(w.counts, expected())
    for top_k, abstain in SETTINGS:
        w.top_k, w.abstain = top_k, abstain
        np.testing.assert_array_equal(w.counts, expected(top_k, abstain), err_msg=f"{kind} {top_k} {abstain}")
        mem = in_memory(top_k=top_k, abstain=abstain)
        np.testing.assert_array_equal(w.counts, mem.counts)
        for key in ("accuracy", "balanced_accuracy", "coverage", "covered_accuracy"):
            if key in mem.metrics:
                assert w.metrics[key] == pytest.approx(mem.metrics[key]), key
        np.testing.assert_allclose(w.metrics["f1"], mem.metrics["f1"])
    # a click lists the ids of the cell at the settings shown, the abstained column too
    w.top_k, w.abstain = 2, 0.4
    for i, j in [(0, 0), (1, 2), (3, 4)]:
        np.testing.assert_array_equal(
            w.indices(NAMES[i], NAMES[j] if j < 4 else "abstained"), expected_ids(i, j, 2, 0.4)
        )
    w.selected = (1, 2)
    ids = expected_ids(1, 2, 2, 0.4)
    assert w._selection["total"] == len(ids) and w._selection["indices"] == ids[: len(w._selection["indices"])].tolist()
    # the page's controls are those of the in-memory widget
    assert w._scores == in_memory(top_k=2, abstain=0.4)._scores


@pytest.mark.parametrize("kind", ["duckdb", "sqlframe", "ibis"])
def test_ties_follow_the_in_memory_rules(tables, kind):
    w = W.from_dataframe(tables(kind), "label", y_score=COLS, id="id")
    ties = np.arange(40)  # [0.3, 0.3, 0.3, 0.1]: argmax cat; a true eel is first in the ranking
    pred = np.argmax(SCORES, axis=1)
    assert (pred[ties] == 0).all() and (RANK[ties][CODES[ties] == 2] == 0).all()
    assert (RANK[ties][CODES[ties] == 0] == 2).all()  # a true cat is behind dog and eel
    zeros = np.arange(40, 60)
    assert (pred[zeros] == 0).all()
    for top_k in (1, 2, 3, 4):
        w.top_k = top_k
        np.testing.assert_array_equal(w.counts, in_memory(top_k=top_k).counts)
        ids = TABLE.id.to_numpy()[ties]
        # a tied row misses at top-1 unless its true class is the first column (cat), and is a hit once its
        # rank (ties to the later column: eel 0, dog 1, cat 2, fox 3) is below top_k; a miss stays at cat
        for code, rank in [(0, 2), (1, 1), (2, 0), (3, 3)]:
            tied = np.sort(ids[CODES[ties] == code])
            hit = code == 0 or (top_k > 1 and rank < top_k)
            cell = w.indices(NAMES[code], NAMES[code] if hit else "cat")
            assert np.isin(tied, cell).all(), (top_k, code)


@pytest.mark.parametrize("kind", ["duckdb", "dask", "sqlframe"])
def test_weighted(tables, kind):
    weights = TABLE.w.to_numpy()
    w = W.from_dataframe(tables(kind), "label", y_score="probs", sample_weight="w")
    for top_k, abstain in SETTINGS:
        w.top_k, w.abstain = top_k, abstain
        np.testing.assert_allclose(w.counts, expected(top_k, abstain, weights), rtol=1e-12)
        mem = W(TRUE, y_score=SCORES, sample_weight=weights, top_k=top_k, abstain=abstain)
        np.testing.assert_allclose(w.counts, mem.counts, rtol=1e-12)


@pytest.mark.parametrize("kind", ["duckdb", "dask"])
def test_fresh_widget_equals_the_moved_one(tables, kind):
    moved = W.from_dataframe(tables(kind), "label", y_score=COLS)
    for top_k, abstain in [(3, 0.2), (1, 0.5), (2, None), (2, 0.35)]:
        moved.abstain, moved.top_k = abstain, top_k
    fresh = W.from_dataframe(tables(kind), "label", y_score=COLS, top_k=2, abstain=0.35)
    np.testing.assert_array_equal(moved.counts, fresh.counts)
    assert moved._matrix == fresh._matrix and moved._scores == fresh._scores and moved._metrics == fresh._metrics


def test_labels_name_the_columns(tables):
    order = ["fox", "eel", "dog", "cat"]  # the score columns named in another order
    w = W.from_dataframe(tables("duckdb"), "label", y_score=COLS[::-1], labels=order, top_k=2)
    mem = W(TRUE, y_score=SCORES[:, ::-1], labels=order, top_k=2)
    np.testing.assert_array_equal(w.counts, mem.counts)
    assert w.classes.tolist() == order


def test_in_memory_tables_take_the_same_columns():
    listed = with_lists(TABLE)
    for y_score in (COLS, "probs"):
        w = W.from_dataframe(listed, "label", y_score=y_score, top_k=2, abstain=0.4)
        np.testing.assert_array_equal(w.counts, expected(2, 0.4))


@pytest.mark.parametrize("kind", ["duckdb", "dask"])
def test_bad_scores_named(request, kind):
    bad = TABLE.head(300).copy()
    bad.loc[7, "p_dog"] = np.nan
    table = to_engine(request, kind, bad)
    with pytest.raises(ValueError, match=r"1 missing or non-finite scores"):
        W.from_dataframe(table, "label", y_score=COLS)
    with pytest.raises(ValueError, match="two score columns.*y_score='p_dog'"):
        W.from_dataframe(table, "label", y_score=COLS[:2])
    with pytest.raises(ValueError, match="'p_owl' is not a column"):
        W.from_dataframe(table, "label", y_score=[*COLS[:3], "p_owl"])
    with pytest.raises(ValueError, match="holds 4 classes .* 3 scores per row; pass labels="):
        W.from_dataframe(table, "label", y_score=COLS[:3])
    good = to_engine(request, kind, TABLE.head(300))
    w = W.from_dataframe(
        good, "label", y_score=[c for c in COLS if c != "p_dog"] + ["p_dog"], labels=["cat", "eel", "fox", "dog"]
    )
    with pytest.raises(traitlets.TraitError, match="abstain=5.0 is outside"):
        w.abstain = 5.0


def test_dask_object_lists_say_what_to_do(request):
    plain = TABLE.head(100).copy()
    plain["probs"] = list(SCORES[:100])
    table = to_engine(request, "dask", plain)
    with pytest.raises(TypeError, match="Arrow list.*or pass one column per class"):
        W.from_dataframe(table, "label", y_score="probs")


@pytest.mark.parametrize("kind", ["duckdb", "dask", "sqlframe"])
def test_slices_of_scores(tables, kind):
    w = W.from_dataframe(tables(kind), "label", y_score=COLS, slices="grp", id="id")
    assert w.slices == ("north", "south", "west")
    grp = TABLE.grp.to_numpy()
    for top_k, abstain in [(1, None), (2, None), (2, 0.4), (1, 0.3)]:
        w.top_k, w.abstain = top_k, abstain
        full = expected(top_k, abstain)
        np.testing.assert_array_equal(w.counts, full)
        for s, name in enumerate(w.slices):
            inside = grp == name
            mem = W(TRUE[inside], y_score=SCORES[inside], labels=NAMES, top_k=top_k, abstain=abstain)
            np.testing.assert_array_equal(w.slice_counts[s], mem.counts, err_msg=f"{name} {top_k} {abstain}")
    np.testing.assert_array_equal(w.slice_counts.sum(axis=0), expected(1, 0.3))
    w.slice = "west"
    w.top_k, w.abstain = 2, 0.4
    inside = grp == "west"
    mem = W(TRUE[inside], y_score=SCORES[inside], labels=NAMES, top_k=2, abstain=0.4)
    np.testing.assert_array_equal(w.counts, mem.counts)
    ids = TABLE.id.to_numpy()
    for i, j in [(0, 0), (2, 4)]:
        got = w.indices(NAMES[i], NAMES[j] if j < 4 else "abstained")
        np.testing.assert_array_equal(
            got, np.sort(ids[inside][mem.indices(NAMES[i], NAMES[j] if j < 4 else "abstained")])
        )
    assert w.most_different_slice() == mem_slices(2, 0.4).most_different_slice()


def mem_slices(top_k, abstain):
    return W(TRUE, y_score=SCORES, slices=TABLE.grp.to_numpy(), top_k=top_k, abstain=abstain)
