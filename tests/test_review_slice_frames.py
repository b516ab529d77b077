"""The samples frame (and the Download menu's selection.csv) of a widget showing a slice.

Its per-sample columns (``rank``, ``label_issue``) are those of the samples of the slice shown.
Oracle: a widget built over that slice's samples alone (no slices=), whose positions are mapped
back to the user's with numpy.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._features.export import csv_text

SITES = np.array(["north", "south", "east"])


def _data(kind, seed, n=400):
    rng = np.random.default_rng(seed)
    site = SITES[rng.integers(0, 3, n)]
    if kind == "binary":
        score = np.round(rng.random(n), 3)
        return (rng.random(n) < score).astype(int), score, site
    probs = rng.dirichlet([1, 1, 1], n)
    truth = np.array([rng.choice(3, p=row) for row in probs])
    return truth, probs, site


@pytest.mark.parametrize("kind", ["binary", "classes"])
@pytest.mark.parametrize("shown", ["north", "south", "east"])
def test_the_samples_frame_of_a_slice_ranks_and_flags_that_slices_samples(kind, shown):
    truth, score, site = _data(kind, 7)
    w = W(truth, y_score=score, slices=site)
    w.slice = shown
    got = w.to_frame("samples")
    m = site == shown
    alone = W(truth[m], y_score=score[m]).to_frame("samples")
    where = np.flatnonzero(m)
    np.testing.assert_array_equal(got["index"].to_numpy(), where[alone["index"].to_numpy()])
    for column in ("true", "predicted", "score", "rank", "label_issue"):
        np.testing.assert_array_equal(got[column].to_numpy(), alone[column].to_numpy(), err_msg=column)


def test_the_selection_csv_of_a_slice_is_that_of_the_slices_samples():
    truth, score, site = _data("binary", 8)
    w = W(truth, y_score=score, slices=site)
    w.slice, w.threshold, w.selected = "east", 0.5, {"col": 1}
    sent = []
    w.send = sent.append
    w._on_custom_msg(w, {"type": "download", "what": "selection"}, [])
    got = pd.read_csv(io.StringIO(sent[-1]["text"]))
    m = site == "east"
    alone = W(truth[m], y_score=score[m])
    alone.threshold, alone.selected = 0.5, {"col": 1}
    want = pd.read_csv(io.StringIO(csv_text(alone._sample_columns(True))))
    want["index"] = np.flatnonzero(m)[want["index"].to_numpy()]
    pd.testing.assert_frame_equal(got, want)
