"""from_dataframe on Dask and Spark at the edges: signed zeros and empty tables.

Counts are compared with scikit-learn and cell ids with a pandas filter on the same data,
both of which follow numpy's ``-0.0 >= 0.0``.
"""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import confusion_matrix
from tables_fixtures import ENGINE_NAMES, to_engine

from cm_widget import ConfusionMatrixWidget as W

pytestmark = pytest.mark.timeout(900)

REMOTE = ["dask", "spark", "duckdb", "ibis", "sqlframe"]


def signed_zeros(n=600, seed=3):
    """Decision scores with many -0.0 and +0.0 of both classes, and ties around them."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    s = np.round(rng.normal(0.3 * y, 1.0, n), 1)
    zero = rng.random(n) < 0.3
    s[zero] = np.where(rng.random(zero.sum()) < 0.5, -0.0, 0.0)
    s[s == 0] = np.where(rng.random((s == 0).sum()) < 0.5, -0.0, 0.0)  # rounding made zeros of both signs too
    frame = pd.DataFrame({"y": y, "s": s, "id": rng.permutation(n).astype(np.int64) * 7 + 5})
    assert np.signbit(frame.s[frame.s == 0]).any() and (~np.signbit(frame.s[frame.s == 0])).any()
    return frame


def sk_counts(frame, t):
    return confusion_matrix(frame.y, (frame.s >= t).astype(int), labels=[0, 1])


def ids(frame, mask):
    return np.sort(frame.id.to_numpy()[np.asarray(mask)])


@pytest.mark.parametrize("kind", REMOTE)
@pytest.mark.parametrize("bins", [2, 4, 64])
def test_negative_zero_scores_count_at_and_above_a_zero_threshold(request, kind, bins):
    frame = signed_zeros()
    table = to_engine(request, kind, frame)
    if kind == "spark":  # the engine holds both zeros (the test is about them)
        from pyspark.sql import functions as F

        got = table.select(F.col("s")).where(F.col("s") == 0).toPandas().s.to_numpy()
        assert np.signbit(got).any() and (~np.signbit(got)).any()
    w = W.from_dataframe(table, "y", y_score="s", id="id", bins=bins)
    assert w.threshold == 0.0  # decision scores: the default threshold is 0
    np.testing.assert_array_equal(w.counts, sk_counts(frame, 0.0))
    edges = w._engine.edges
    assert not np.signbit(edges[edges == 0]).any()
    thresholds = [0.0, -0.0, 0.05, -0.05, *edges.tolist()]
    for t in thresholds:
        w.threshold = t
        np.testing.assert_array_equal(w.counts, sk_counts(frame, t), err_msg=f"{kind} bins={bins} t={t!r}")
    for t in (0.0, -0.0, 0.05, -0.05):
        w.threshold = t
        for true in (0, 1):
            for pred in (0, 1):
                above = frame.s >= t
                mask = (frame.y == true) & (above if pred == 1 else ~above)
                np.testing.assert_array_equal(
                    w.indices(true, pred), ids(frame, mask), err_msg=f"{kind} t={t!r} cell ({true}, {pred})"
                )
        w.selected = (1, 1)
        assert w._selection["total"] == int(((frame.y == 1) & (frame.s >= t)).sum())


@pytest.mark.parametrize("kind", REMOTE)
def test_negative_zero_threshold_given_at_construction(request, kind):
    frame = signed_zeros(seed=11)
    w = W.from_dataframe(to_engine(request, kind, frame), "y", y_score="s", id="id", threshold=-0.0, bins=8)
    np.testing.assert_array_equal(w.counts, sk_counts(frame, 0.0))
    np.testing.assert_array_equal(w.indices(0, 1), ids(frame, (frame.y == 0) & (frame.s >= 0.0)))


def empty_frame():
    return pd.DataFrame(
        {
            "y": np.array([], dtype=np.int64),
            "pred": np.array([], dtype=np.int64),
            "s": np.array([], dtype=np.float64),
            "id": np.array([], dtype=np.int64),
        }
    )


@pytest.mark.parametrize("kind", REMOTE)
@pytest.mark.parametrize(
    "args",
    [
        {"y_score": "s"},
        {"y_score": "s", "labels": [0, 1]},
        {"y_score": "s", "id": "id", "bins": 4},
        {"y_pred": "pred"},
        {"y_pred": "pred", "labels": [0, 1, 2]},
    ],
    ids=["score", "score-labels", "score-id", "pred", "pred-labels"],
)
def test_empty_table_says_so(request, kind, args):
    table = to_engine(request, kind, empty_frame(), partitions=2)
    engine = ENGINE_NAMES[kind]
    with pytest.raises(
        ValueError,
        match=rf"The {engine} table is empty \(no rows in y_true column 'y'\); pass a table with at least one row",
    ):
        W.from_dataframe(table, "y", **args)
    # the in-memory door says the same of an empty column
    with pytest.raises(ValueError, match=r"y_true is empty; pass at least one sample"):
        W.from_dataframe(empty_frame(), "y", **args)
