"""Large, mostly empty matrices travel as their non-zero cells (the live widget, saved widget state
and saved views): positions and values, read back by the page into the same counts."""

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._view import matrix_state


def dense(m):
    """The (k, cols) counts of a synced ``_matrix``: dense bytes, or ``at`` positions with values."""
    kind = np.dtype(m["dtype"]).newbyteorder("<")
    values = np.frombuffer(m["counts"], dtype=kind)
    if "at" not in m:
        return values.reshape(m["k"], m["cols"])
    out = np.zeros(m["k"] * m["cols"], dtype=kind)
    out[np.frombuffer(m["at"], dtype="<u4")] = values
    return out.reshape(m["k"], m["cols"])


@pytest.mark.parametrize("agree", [0.0, 0.95])
def test_a_k2000_matrix_is_sent_as_its_non_zero_cells(agree):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2000, 200_000)
    p = np.where(rng.random(200_000) < agree, y, rng.integers(0, 2000, 200_000))
    w = ConfusionMatrixWidget(y, p)
    m = w._matrix
    np.testing.assert_array_equal(dense(m), confusion_matrix(y, p, labels=range(2000)))
    nonzero = np.count_nonzero(confusion_matrix(y, p, labels=range(2000)))
    assert len(m["at"]) == 4 * nonzero  # only the cells that hold samples
    assert len(m["counts"]) + len(m["at"]) < 2000 * 2000 * np.dtype(m["dtype"]).itemsize / 2


def test_small_or_full_matrices_stay_dense():
    rng = np.random.default_rng(2)
    full = rng.integers(1, 9, (100, 100))
    assert "at" not in matrix_state(full)
    assert "at" not in matrix_state(np.eye(5, dtype=int))
    np.testing.assert_array_equal(dense(matrix_state(full)), full)


def test_weighted_sparse_counts_keep_their_values():
    counts = np.zeros((300, 300))
    counts[np.arange(300), (np.arange(300) * 7) % 300] = np.linspace(0.25, 9.5, 300)
    m = matrix_state(counts, weighted=True)
    assert m["dtype"] == "float64" and "at" in m
    np.testing.assert_array_equal(dense(m), counts)
