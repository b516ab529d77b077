"""History independence of a table counted in an engine (DuckDB): whatever sequence of threshold,
top-k, abstain, slice and selection moves led to a state, the widget equals one built fresh from the
same table with the final settings, and its counts equal those of the in-memory widget built from the
same columns as numpy arrays (the oracle of every engine)."""

from __future__ import annotations

import os
import warnings

import numpy as np
import pandas as pd
import pytest
import traitlets
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cm_widget import ConfusionMatrixWidget as W

duckdb = pytest.importorskip("duckdb")

SCORES = ["p0", "p1", "p2"]
SLICES = np.array(["north", "south", "west"])


def make_frame(kind, seed, n, weighted, sliced, tied):
    """A table of ``n`` rows: labels (three names), binary scores, or three score columns."""
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({"id": np.arange(n, dtype=np.int64) * 7 + 3})
    if kind == "labels":
        names = np.array(["ant", "bee", "cat"])
        df["y"] = names[rng.integers(0, 3, n)]
        df["p"] = np.where(rng.random(n) < 0.5, df["y"], names[rng.integers(0, 3, n)])
    elif kind == "binary":
        df["y"] = rng.integers(0, 2, n)
        s = np.clip(0.35 * df["y"] + rng.random(n) * 0.65, 0, 1)
        df["s"] = np.round(s * 8) / 8 if tied else s  # ties: many rows on one score
    else:
        df["y"] = rng.integers(0, 3, n)
        p = rng.random((n, 3)) ** 2
        p[np.arange(n), df["y"]] += rng.random(n) * 0.5
        p /= p.sum(axis=1, keepdims=True)
        if tied:
            p = np.round(p * 4) / 4  # ties between columns and at abstain thresholds
        for c, name in enumerate(SCORES):
            df[name] = p[:, c]
    if weighted:
        df["w"] = rng.integers(1, 4, n).astype(np.float64)  # whole weights: sums in any order are exact
    if sliced:
        df["g"] = SLICES[rng.integers(0, 3, n)]
    return df


def columns_of(kind):
    if kind == "labels":
        return {"y_pred": "p"}
    return {"y_score": "s" if kind == "binary" else SCORES}


class TableHistory(RuleBasedStateMachine):
    kind = "labels"

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        n=st.integers(12, 120),
        weighted=st.booleans(),
        sliced=st.booleans(),
        tied=st.booleans(),
    )
    def start(self, seed, n, weighted, sliced, tied):
        self.df = make_frame(self.kind, seed, n, weighted, sliced, tied)
        self.con = duckdb.connect()
        self.rel = self.con.from_df(self.df)
        self.extra = {"sample_weight": "w"} if weighted else {}
        if sliced:
            self.extra["slices"] = "g"
        self.w = self._table()
        self.rng = np.random.default_rng(seed + 1)

    def teardown(self):
        if hasattr(self, "con"):
            self.con.close()

    def _table(self, **options):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return W.from_dataframe(self.rel, "y", id="id", **columns_of(self.kind), **self.extra, **options)

    def _settings(self):
        """The final settings, in the order a fresh widget takes them."""
        w = self.w
        out = {}
        if self.kind == "binary":
            out["threshold"] = w.threshold
        if self.kind == "scores":
            out["top_k"], out["abstain"] = w.top_k, w.abstain
        return out

    def _try(self, fn):
        try:
            fn()
        except (traitlets.TraitError, ValueError, TypeError):
            pass

    @precondition(lambda self: self.kind == "binary")
    @rule(pick=st.integers(0, 10**6), between=st.booleans())
    def threshold(self, pick, between):
        s = np.unique(self.df["s"])
        t = float(s[pick % len(s)])
        if between and pick % len(s) + 1 < len(s):
            t = float((t + s[pick % len(s) + 1]) / 2)  # off every edge: a query in the engine
        self.w.threshold = t

    @precondition(lambda self: self.kind == "scores")
    @rule(k=st.integers(1, 3))
    def top_k(self, k):
        self.w.top_k = k

    @precondition(lambda self: self.kind == "scores")
    @rule(a=st.sampled_from([None, 0.25, 0.4, 0.5, 0.6]))
    def abstain(self, a):
        self._try(lambda: setattr(self.w, "abstain", a))

    @precondition(lambda self: "slices" in self.extra)
    @rule(name=st.sampled_from([None, *SLICES.tolist()]))
    def slice(self, name):
        self._try(lambda: setattr(self.w, "slice", name))

    @rule(i=st.integers(0, 2), j=st.integers(0, 2))
    def select(self, i, j):
        k = len(self.w.classes)
        self.w.selected = (i % k, j % k)

    @rule()
    def clear(self):
        self.w.selected = None

    @invariant()
    def equals_a_fresh_table_widget(self):
        if not hasattr(self, "w"):
            return
        fresh = self._table(**self._settings())
        if self.w.slice is not None:
            fresh.slice = self.w.slice
        fresh.selected = self.w.selected
        np.testing.assert_array_equal(self.w.counts, fresh.counts)
        assert self.w._matrix == fresh._matrix
        assert self.w._metrics == fresh._metrics
        assert self.w._selection == fresh._selection
        if "slices" in self.extra:
            np.testing.assert_array_equal(self.w.slice_counts, fresh.slice_counts)

    @invariant()
    def counts_equal_the_in_memory_widget(self):
        if not hasattr(self, "w"):
            return
        d = self.df
        arrays = {"y_pred": d["p"].to_numpy()} if self.kind == "labels" else {}
        if self.kind == "binary":
            arrays["y_score"] = d["s"].to_numpy()
        if self.kind == "scores":
            arrays["y_score"] = d[SCORES].to_numpy()
        if "w" in d:
            arrays["sample_weight"] = d["w"].to_numpy()
        if "g" in d:
            arrays["slices"] = d["g"].to_numpy()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mem = W(d["y"].to_numpy(), **arrays, **self._settings())
        if self.w.slice is not None:
            mem.slice = self.w.slice
        np.testing.assert_array_equal(np.asarray(self.w.counts, float), np.asarray(mem.counts, float))
        if self.w.selected is not None:
            i, j = self.w.selected
            ids = d["id"].to_numpy()[mem.indices(mem.classes[i], mem.classes[j])]
            np.testing.assert_array_equal(np.sort(self.w.indices(self.w.classes[i], self.w.classes[j])), np.sort(ids))


MACHINE = settings(
    # a third of the in-memory machines' sequences (.ci/run: 100 per kind): each step queries DuckDB
    max_examples=max(25, int(os.environ.get("CM_HISTORY_EXAMPLES", "75")) // 3),
    stateful_step_count=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _machine(kind):
    cls = type(f"TableHistory_{kind}", (TableHistory,), {"kind": kind})
    cls.TestCase.settings = MACHINE
    return cls.TestCase


TestTableLabels = _machine("labels")
TestTableBinary = _machine("binary")
TestTableScores = _machine("scores")
