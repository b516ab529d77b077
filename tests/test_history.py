"""History independence: whatever sequence of operations led to a state, the widget equals one built fresh.

A hypothesis state machine drives one widget through random user and page operations (threshold,
abstain, top-k, label thresholds, runs, compare, order, groups, level, errors only, normalisation,
selections, messages from the page, hostile values). After every step:

- every public output and every piece of state sent to the page equals that of a widget built
  fresh from the same data with the widget's final settings, applied in one fixed order;
- counts, cells, group cells, diffs and curves equal a naive numpy computation (and scikit-learn's
  curves) at those settings;
- every setting holds a value its validator accepts (a refusal keeps the old value).

Reading an output (a group cell, the class order, a curve) is itself an operation: caches filled
by reads are the usual way a view goes stale.
"""

from __future__ import annotations

import math
import os
import warnings

import numpy as np
import pytest
import traitlets
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sklearn.metrics import precision_recall_curve, roc_curve

from cm_widget import ConfusionMatrixWidget as W
from cm_widget import widget as widget_module

#: Sequences per machine: CM_HISTORY_EXAMPLES raises it (.ci/run runs 300); locally a quick run.
EXAMPLES = int(os.environ.get("CM_HISTORY_EXAMPLES", "60"))
MACHINE = settings(
    max_examples=EXAMPLES,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    phases=list(Phase) if os.environ.get("CM_HISTORY_SHRINK", "1") == "1" else [Phase.generate],
)

#: Synced traits that are not the matrix's state (the front end's code, layout, model bookkeeping).
NOT_STATE = {"_esm", "_css", "layout", "_anywidget_id", "tabbable", "tooltip", "_dom_classes"}

#: Every operation the machine ran, for the figure the CI log prints.
STEPS = {"sequences": 0, "steps": 0}


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


# ---------------------------------------------------------------- comparison


def _snapshot(w):
    """Every public output and the page's state, as plain comparable values."""
    out = {
        "settings": settings_of(w),
        "counts": w.counts,
        "matrix": w.matrix,
        "metrics": w.metrics,
        "class_order": w.class_order,
        "group_order": w.group_order,
        "group_counts": w.group_counts,
        "top_confusions": w.top_confusions(6),
        "selected_indices": w.selected_indices,
        "state": {k: v for k, v in w.get_state().items() if k not in NOT_STATE and not k.startswith("_model")},
    }
    if not k_is_multilabel(w):
        out["history"] = w.history
        names = list(w.runs)
        out["diff"] = {(a, b): w.diff(a, b) for a in names for b in names if a != b}
    out["cells"] = {key: w.indices(*key) for key in cell_keys(w)}
    out["ranked_cells"] = {(key, r): _or_error(w.indices, *key, rank=r) for key in cell_keys(w) for r in RANKS}
    out["label_issues"] = {m: _or_error(w.label_issues, m) for m in ISSUE_METHODS}
    if w.groups is not None:
        out["group_cells"] = {(a, b): w.group_indices(a, b) for a in w.groups for b in w.groups}
    if w.threshold is not None:
        out["roc"] = w.curve("roc")
        out["pr"] = w.curve("pr")
    if k_is_multilabel(w):
        out["label_matrices"] = w.label_matrices
    else:
        out["expected_cost"] = w.expected_cost
        out["intervals"] = w.intervals(0.9, n_boot=30, seed=1)
    if not k_is_multilabel(w):  # top_classes: the matrix drawn, the hidden classes and the (other) cells
        out["display_counts"] = w.display_counts
        out["hidden_classes"] = w.hidden_classes
        out["other_cells"] = {key: w.indices(*key) for key in other_keys(w)}
    if w.slices:
        out["slice_counts"] = w.slice_counts
        out["slice_metrics"] = w.slice_metrics().to_dict()
        out["most_different"] = w.most_different_slice()
    return out


RANKS = ("confidence", "margin", "loss")
ISSUE_METHODS = ("confident_learning", "self_confidence", "normalized_margin")


def _or_error(fn, *args, **kwargs):
    """What ``fn`` returns, or the kind of error it refuses with (a run without scores)."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        return f"ValueError: {str(exc)[:40]}"


def k_is_multilabel(w):
    return w.thresholds is not None or type(w._record).__name__ == "Record" and w._record.codes_true is None


def cell_keys(w):
    classes = w.classes.tolist()
    columns = list(classes) + (["abstained"] if w.counts.shape[1] > len(classes) else [])
    return [(a, b) for a in classes for b in columns]


def other_keys(w):
    """The cells of the "(other)" row and column, when top_classes hides classes."""
    if not w.hidden_classes:
        return []
    classes = w.classes.tolist()
    columns = [*classes, *(["abstained"] if w.counts.shape[1] > len(classes) else []), "(other)"]
    return [("(other)", b) for b in columns] + [(a, "(other)") for a in classes]


def settings_of(w):
    """The widget's settings, in the order a fresh widget gets them."""
    return {
        "run": w.run,
        "compare": w.compare,
        "slice": w.slice,
        "threshold": w.threshold,
        "thresholds": None if w.thresholds is None else tuple(float(v) for v in w.thresholds),
        "abstain": w.abstain,
        "top_k": w.top_k,
        "order": w.order,
        "level": w.level,
        "top_classes": w.top_classes,
        "errors_only": w.errors_only,
        "normalize": w.normalize,
        "cmap": w.cmap,
        "display_labels": list(w.display_labels),
        "selected": w.selected,
        "selected_group": w.selected_group,
        "rank": w.rank,
        "cost": None if getattr(w, "cost", None) is None else w.cost.tolist(),
        "show_intervals": w.show_intervals,
        "show_calibration": w.show_calibration,
        "show_totals": w.show_totals,
        "cmap_scale": w.cmap_scale,
    }


def assert_same(a, b, path="out"):
    if isinstance(a, dict):
        assert isinstance(b, dict), f"{path}: {a!r} != {b!r}"
        assert set(a) == set(b), f"{path}: keys {sorted(map(str, a))} != {sorted(map(str, b))}"
        for k in a:
            assert_same(a[k], b[k], f"{path}[{k!r}]")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), f"{path}: {a!r} != {b!r}"
        for k, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{path}[{k}]")
    elif isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray), f"{path}: {type(b)}"
        assert a.dtype == b.dtype and a.shape == b.shape, f"{path}: {a.dtype}{a.shape} != {b.dtype}{b.shape}"
        np.testing.assert_array_equal(a, b, err_msg=path)
    elif isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        assert math.isnan(b), f"{path}: nan != {b!r}"
    else:
        assert type(a) is type(b) or {type(a), type(b)} <= {int, float, np.float64, np.int64}, (
            f"{path}: {type(a).__name__} {a!r} != {type(b).__name__} {b!r}"
        )
        assert a == b, f"{path}: {a!r} != {b!r}"


# --------------------------------------------------------------------- data


def make_data(kind, seed, n, weighted, subset, grouped, tied, sliced=False):
    rng = np.random.default_rng(seed)
    d = {"kind": kind, "rng_seed": seed}
    w = None
    if weighted:
        w = rng.integers(0, 4, n).astype(float) / 2 + (rng.random(n) < 0.5) * 0.25
        w[0] = 1.0
    d["sample_weight"] = w

    def quantise(a):
        return np.round(a * 4) / 4 if tied else a

    if kind == "labels":
        values = np.array([-5, 0, 7, 20])
        d["y_true"] = values[rng.integers(0, 4, n)]
        d["y_pred"] = values[rng.integers(0, 4, n)]
        d["labels"] = [20, -5, 7] if subset else None
        present = np.union1d(d["y_true"], d["y_pred"]).tolist()  # a short draw may miss a value
        d["classes"] = d["labels"] if subset else present
    elif kind == "binary":
        d["y_true"] = rng.integers(0, 3 if subset else 2, n)
        d["y_true"][rng.random(n) < 0.8] %= 2  # a third class, rare, left out by labels=
        d["y_score"] = quantise(rng.random(n))
        d["labels"] = [0, 1] if subset else None
        d["classes"] = [0, 1]
    elif kind == "multiclass":
        k = 4
        d["y_true"] = rng.integers(0, k + 1 if subset else k, n)
        d["y_true"][rng.random(n) < 0.8] %= k
        p = rng.random((n, k)) ** 3
        p = quantise(p / p.sum(axis=1, keepdims=True))
        d["y_score"] = p
        d["labels"] = list(range(k)) if subset else None
        d["classes"] = list(range(k))
    else:
        labels = 4
        d["Y_true"] = (rng.random((n, labels)) < 0.4).astype(int)
        d["y_score"] = quantise(rng.random((n, labels)))
        d["classes"] = list(range(labels))
    d["groups"] = {c: f"g{k % 2}" for k, c in enumerate(d["classes"])} if grouped and len(d["classes"]) > 2 else None
    if grouped and kind == "binary":
        d["groups"] = {0: "negative", 1: "positive"}
    # slices= needs every sample counted (no labels= subset) and one label per sample
    sliceable = sliced and not subset and kind != "multilabel"
    d["slices"] = np.array(["a", "b", "c"])[rng.integers(0, 3, n)] if sliceable else None
    return d


def build(d):
    kind = d["kind"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the warning about samples left out by labels=
        if kind == "multilabel":
            return W.multilabel(d["Y_true"], y_score=d["y_score"], sample_weight=d["sample_weight"], groups=d["groups"])
        kwargs = {"labels": d["labels"], "sample_weight": d["sample_weight"], "groups": d["groups"]}
        if d["slices"] is not None:
            kwargs["slices"] = d["slices"]
        if kind == "labels":
            return W(d["y_true"], d["y_pred"], **kwargs)
        return W(d["y_true"], y_score=d["y_score"], **kwargs)


def apply_settings(w, s, page):
    """Give ``w`` the settings ``s`` in one fixed order, then the page's requests ``page``."""
    w.run = s["run"]
    w.compare = s["compare"]
    w.slice = s["slice"]
    if s["threshold"] is not None:
        w.threshold = s["threshold"]
    if s["thresholds"] is not None:
        w.thresholds = list(s["thresholds"])
    w.abstain = s["abstain"]
    w.top_k = s["top_k"]
    w.order = list(s["order"]) if isinstance(s["order"], tuple) else s["order"]
    w.level = s["level"]
    w.top_classes = s["top_classes"]
    w.errors_only = s["errors_only"]
    w.normalize = s["normalize"]
    w.rank = s["rank"]
    w.cmap = s["cmap"]
    if s["cost"] is not None:
        w.cost = s["cost"]
    w.display_labels = s["display_labels"]
    w.selected = s["selected"]
    w.selected_group = s["selected_group"]
    w.show_intervals = s["show_intervals"]
    w.show_calibration = s["show_calibration"]
    w.show_totals = s["show_totals"]
    w.cmap_scale = s["cmap_scale"]
    for message in page:
        w._on_custom_msg(w, message, [])


# ------------------------------------------------------------------ oracle


def oracle_predictions(d, w, run):
    """Predicted class positions of every sample of run ``run`` at the widget's settings (K: abstained)."""
    classes = d["classes"]
    k = len(classes)
    spec = d["runs"][run]
    if "y_pred" in spec:
        return np.array([classes.index(v) if v in classes else -1 for v in spec["y_pred"].tolist()])
    s = spec["y_score"]
    if s.ndim == 1:
        return (s >= w.threshold).astype(int)
    pred = s.argmax(axis=1)
    if run != w.runs[0]:
        return pred
    codes = oracle_true(d)
    abstain, top_k = (w.abstain, w.top_k) if w.run == w.runs[0] else (None, 1)
    if top_k > 1:
        rank = np.argsort(-s[:, ::-1], axis=1, kind="stable")
        top = (s.shape[1] - 1 - rank)[:, :top_k]
        hit = (codes >= 0) & (top == codes[:, None]).any(axis=1)
        pred = np.where(hit, codes, pred)
    if abstain is not None:
        pred = np.where(s.max(axis=1) < abstain, k, pred)
    return pred


def oracle_true(d):
    classes = d["classes"]
    return np.array([classes.index(v) if v in classes else -1 for v in d["y_true"].tolist()])


def check_oracle(d, w):
    if d["kind"] == "multilabel":
        yt = d["Y_true"]
        yp = (d["y_score"] >= np.asarray(w.thresholds)).astype(int)
        ww = np.ones(len(yt)) if d["sample_weight"] is None else d["sample_weight"]
        np.testing.assert_allclose(w.counts, (yt * ww[:, None]).T @ yp, atol=1e-9)
        for i in range(yt.shape[1]):
            for j in range(yt.shape[1]):
                np.testing.assert_array_equal(w.indices(i, j), np.flatnonzero((yt[:, i] == 1) & (yp[:, j] == 1)))
        if w.groups is not None:
            for a in w.groups:
                for b in w.groups:
                    rows = [c for c in d["classes"] if d["groups"][c] == a]
                    cols = [c for c in d["classes"] if d["groups"][c] == b]
                    hit = yt[:, rows].any(axis=1) & yp[:, cols].any(axis=1)
                    np.testing.assert_array_equal(w.group_indices(a, b), np.flatnonzero(hit), err_msg=f"group {a}, {b}")
                    got = w.group_counts[w.groups.index(a), w.groups.index(b)]
                    assert got == pytest.approx(ww[hit].sum(), abs=1e-9), f"group count {a}, {b}"
        labels = yt.shape[1]
        check_selection_oracle(w, lambda i, j: (yt[:, i] == 1) & (yp[:, j] == 1), labels, labels)
        return
    codes = oracle_true(d)
    k = len(d["classes"])
    pred = oracle_predictions(d, w, w.run)
    kept = codes >= 0
    cols = w.counts.shape[1]
    ww = np.ones(len(codes)) if d["sample_weight"] is None else d["sample_weight"]
    if d["slices"] is not None:
        for s, name in enumerate(w.slices):  # every slice's matrix, whichever is shown
            want = np.zeros((k, cols))
            m = kept & (pred >= 0) & (d["slices"] == name)
            np.add.at(want, (codes[m], pred[m]), ww[m])
            np.testing.assert_allclose(w.slice_counts[s], want, atol=1e-9, err_msg=f"slice {name}")
        if w.slice is not None:  # the slice shown: every output is of its samples only
            kept = kept & (d["slices"] == w.slice)
    want = np.zeros((k, cols))
    ok = kept & (pred >= 0)
    np.add.at(want, (codes[ok], pred[ok]), ww[ok])
    full = want.copy()  # the naive matrix
    np.testing.assert_allclose(w.counts, want, atol=1e-9, err_msg="counts")
    assert cols == k + (w.abstain is not None and w.run == w.runs[0] and d["kind"] == "multiclass")
    for i in range(k):
        for j in range(cols):
            np.testing.assert_array_equal(
                w.indices(d["classes"][i], d["classes"][j] if j < k else "abstained"),
                np.flatnonzero(kept & (codes == i) & (pred == j)),
                err_msg=f"cell {i}, {j}",
            )
    check_ranked_cells(d, w, codes, pred, kept)
    if w.groups is not None:
        members = {g: [d["classes"].index(c) for c in d["classes"] if d["groups"][c] == g] for g in w.groups}
        for a in w.groups:
            for b in w.groups:
                want = np.flatnonzero(kept & np.isin(codes, members[a]) & np.isin(pred, members[b]))
                np.testing.assert_array_equal(w.group_indices(a, b), want, err_msg=f"group cell {a}, {b}")
    check_selection_oracle(w, lambda i, j: ok & (codes == i) & (pred == j), k, cols)
    check_other_oracle(w, codes, pred, ok, full)
    for a in w.runs:
        for b in w.runs:
            if a == b:
                continue
            pa, pb = oracle_predictions(d, w, a), oracle_predictions(d, w, b)
            got = w.diff(a, b)
            right_a, right_b = kept & (pa == codes), kept & (pb == codes)
            np.testing.assert_array_equal(got["fixed"], np.flatnonzero(~right_a & right_b), err_msg=f"fixed {a}->{b}")
            np.testing.assert_array_equal(got["broken"], np.flatnonzero(right_a & ~right_b), err_msg=f"broken {a}->{b}")
            np.testing.assert_array_equal(
                got["changed"], np.flatnonzero(kept & (pa != pb)), err_msg=f"changed {a}->{b}"
            )
    if w.threshold is not None and d["runs"][w.run].get("y_score") is not None:
        s = d["runs"][w.run]["y_score"]
        truth = codes[kept] == 1
        sw = None if d["sample_weight"] is None else d["sample_weight"][kept]
        if truth.any() and not truth.all() and (sw is None or sw[truth].sum() > 0 and sw[~truth].sum() > 0):
            fpr, tpr, _ = _quiet(roc_curve, truth, s[kept], sample_weight=sw, drop_intermediate=False)
            got = w.curve("roc")
            np.testing.assert_allclose(got[0], fpr, atol=1e-12)
            np.testing.assert_allclose(got[1], tpr, atol=1e-12)
            p, r, _ = _quiet(precision_recall_curve, truth, s[kept], sample_weight=sw)
            got = w.curve("pr")
            np.testing.assert_allclose(got[0], p, atol=1e-12)
            np.testing.assert_allclose(got[1], r, atol=1e-12)


def check_other_oracle(w, codes, pred, ok, full):
    """top_classes: the matrix drawn sums the full matrix over the hidden classes (numpy), its rows and
    columns add up to the full matrix's, and an (other) cell lists the samples of its classes."""
    k = len(w.classes)
    order = w.class_order
    top = w.top_classes if w.top_classes is not None and w.top_classes < k else k
    shown, hidden = order[:top], order[top:]
    extra = list(range(k, full.shape[1]))
    groups = [[c] for c in shown] + ([list(hidden)] if len(hidden) else [])
    want = np.array([[full[np.ix_(a, b)].sum() for b in groups + [[e] for e in extra]] for a in groups])
    np.testing.assert_allclose(w.display_counts, want.reshape(len(groups), -1), atol=1e-9, err_msg="display counts")
    np.testing.assert_allclose(w.display_counts.sum(), full.sum(), atol=1e-9)
    if len(hidden):
        hid = np.isin(codes, hidden)
        np.testing.assert_array_equal(
            w.indices("(other)", "(other)"), np.flatnonzero(ok & hid & np.isin(pred, hidden)), err_msg="(other) cell"
        )
        c = int(shown[0])
        np.testing.assert_array_equal(
            w.indices("(other)", w.classes[c].item()), np.flatnonzero(ok & hid & (pred == c)), err_msg="(other) row"
        )


def check_ranked_cells(d, w, codes, pred, kept):
    """Each cell ranked by each rank equals a ``lexsort`` of the run's probabilities (ties by index)."""
    spec = d["runs"][w.run]
    if "y_score" not in spec:
        return
    s = spec["y_score"]
    k = len(d["classes"])
    if s.ndim == 1:
        p = np.stack([1 - s, s], axis=1)  # quarters and random floats: 1 - s is exact
    else:
        rows = s[kept]
        is_prob = rows.min() >= 0 and rows.max() <= 1 and np.allclose(rows.sum(axis=1), 1, rtol=0, atol=1e-4)
        e = np.exp(s - s.max(axis=1, keepdims=True))
        p = s if is_prob else e / e.sum(axis=1, keepdims=True)
    own = np.where(pred >= k, s.argmax(axis=1) if s.ndim == 2 else 0, pred)  # abstained: its top class
    rows = np.arange(len(codes))
    p_true, p_pred = p[rows, np.maximum(codes, 0)], p[rows, own]
    keys = {"confidence": p_pred, "margin": p_pred - p_true, "loss": -p_true}
    for i in range(k):
        for j in range(w.counts.shape[1]):
            idx = np.flatnonzero(kept & (codes == i) & (pred == j))
            for r, key in keys.items():
                np.testing.assert_array_equal(
                    w.indices(d["classes"][i], d["classes"][j] if j < k else "abstained", rank=r),
                    idx[np.lexsort((idx, -key[idx]))],
                    err_msg=f"cell {i}, {j} by {r}",
                )


def check_selection_oracle(w, cell_mask, k, cols):
    """``selected_indices`` equals the union of the masks of the cells the selection covers."""
    spec = w.selected
    if spec is None:
        return
    if isinstance(spec, str):
        cells = [(i, j) for i in range(k) for j in range(k) if i != j]
    elif isinstance(spec, dict):
        cells = [(spec["row"], j) for j in range(cols)] if "row" in spec else [(i, spec["col"]) for i in range(k)]
    elif isinstance(spec[0], (tuple, list)):
        cells = list(spec)
    else:
        cells = [spec]
    hit = np.zeros_like(cell_mask(0, 0))
    for i, j in cells:
        hit |= cell_mask(i, j)
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero(hit), err_msg=f"selection {spec!r}")


def check_settings_valid(w):
    """Every setting holds a value of its kind: what a refused write must leave behind."""
    assert w.threshold is None or (type(w.threshold) is float and math.isfinite(w.threshold)), w.threshold
    assert w.abstain is None or (type(w.abstain) is float and 0.0 <= w.abstain <= 1.0), w.abstain
    assert type(w.top_k) is int and 1 <= w.top_k <= len(w.classes), w.top_k
    if w.thresholds is not None:
        t = np.asarray(w.thresholds)
        assert t.dtype == np.float64 and t.shape == (len(w.classes),) and np.isfinite(t).all(), w.thresholds
    assert isinstance(w.order, str) or (isinstance(w.order, tuple) and len(w.order) == len(w.classes)), w.order
    assert w.run in w.runs
    assert w.compare is None or w.compare in w.runs
    assert w.rank in ("index", "confidence", "margin", "loss"), w.rank


# ----------------------------------------------------------------- machine

HOSTILE = st.sampled_from(
    [
        None,
        "junk",
        True,
        10**400,
        2**70,
        -(2**70),
        float("nan"),
        float("inf"),
        [],
        [0],
        [0, 1, 2],
        {"a": 1},
        -0.0,
        1e-300,
    ]
)


class History(RuleBasedStateMachine):
    kind = "labels"

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        n=st.integers(6, 40),
        weighted=st.booleans(),
        subset=st.booleans(),
        grouped=st.booleans(),
        tied=st.booleans(),
        sliced=st.booleans(),
    )
    def start(self, seed, n, weighted, subset, grouped, tied, sliced):
        STEPS["sequences"] += 1
        self.d = make_data(self.kind, seed, n, weighted, subset, grouped, tied, sliced)
        self.rng = np.random.default_rng(seed + 1)
        self.w = build(self.d)
        self.d["classes"] = self.w.classes.tolist()
        first = {"y_pred": self.d["y_pred"]} if self.kind == "labels" else {"y_score": self.d["y_score"]}
        self.d["runs"] = {self.w.runs[0]: first}
        self.added = []  # add_run calls, in order
        self.page = []  # the page's requests that shape state: curves, label cells, pages of a cell
        self.last = None

    def _try(self, fn):
        """Run an operation that may be refused; a refusal keeps every setting as it was."""
        before = settings_of(self.w)
        try:
            fn()
        except (traitlets.TraitError, ValueError, TypeError):
            assert_same(settings_of(self.w), before, "settings after a refusal")

    # --------------------------------------------------------- operations

    @precondition(lambda self: self.kind == "binary")
    @rule(pick=st.integers(0, 10**6), between=st.booleans())
    def move_threshold(self, pick, between):
        s = self.d["runs"][self.w.run].get("y_score")
        values = np.unique(self.d["y_score"] if s is None else s)
        t = float(values[pick % len(values)])
        if between:
            t = float(np.nextafter(t, -np.inf)) if t > 0 else 0.0
        self._try(lambda: setattr(self.w, "threshold", t))

    @precondition(lambda self: self.kind == "multiclass")
    @rule(value=st.one_of(st.none(), st.sampled_from([0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 1.0])))
    def set_abstain(self, value):
        self._try(lambda: setattr(self.w, "abstain", value))

    @precondition(lambda self: self.kind == "multiclass")
    @rule(value=st.integers(1, 4))
    def set_top_k(self, value):
        self._try(lambda: setattr(self.w, "top_k", value))

    @precondition(lambda self: self.kind == "multilabel")
    @rule(label=st.integers(0, 3), value=st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]))
    def set_label_threshold(self, label, value):
        t = np.array(self.w.thresholds)
        t[label] = value
        self._try(lambda: setattr(self.w, "thresholds", t.tolist()))

    @precondition(lambda self: self.kind != "multilabel" and len(self.added) < 3)
    @rule(scores=st.booleans(), seed=st.integers(0, 2**32 - 1))
    def add_run(self, scores, seed):
        rng = np.random.default_rng(seed)
        n = len(self.d["y_true"])
        classes = self.d["classes"]
        if self.kind == "binary":  # every run of binary scores has scores
            spec = {"y_score": np.round(rng.random(n) * 4) / 4}
        elif self.kind == "multiclass" and scores:
            p = rng.random((n, len(classes)))
            spec = {"y_score": p / p.sum(axis=1, keepdims=True)}
        else:
            spec = {"y_pred": np.asarray(classes)[rng.integers(0, len(classes), n)]}
        if self.w.n_excluded:
            with pytest.raises(ValueError, match="add_run needs every sample counted"):
                self.w.add_run(**spec)
            return
        name = self.w.add_run(**spec)
        self.added.append(spec)
        if "y_score" in spec and spec["y_score"].ndim == 2:  # (n, K) scores of a later run: its argmax
            spec = {"y_pred": np.asarray(classes)[spec["y_score"].argmax(axis=1)]}
        self.d["runs"][name] = spec

    @precondition(lambda self: self.kind != "multilabel")
    @rule(pick=st.integers(0, 3))
    def show_run(self, pick):
        self._try(lambda: setattr(self.w, "run", self.w.runs[pick % len(self.w.runs)]))

    @precondition(lambda self: self.kind != "multilabel")
    @rule(pick=st.integers(-1, 3))
    def compare_with(self, pick):
        value = None if pick < 0 else self.w.runs[pick % len(self.w.runs)]
        self._try(lambda: setattr(self.w, "compare", value))

    @rule(
        order=st.one_of(
            st.sampled_from(["given", "name", "support", "errors", "cluster"]),
            st.permutations(range(4)),
            st.sampled_from([None, "sideways", 3]),
        )
    )
    def set_order(self, order):
        if isinstance(order, list):
            order = [self.w.classes[i] for i in order if i < len(self.w.classes)]
        self._try(lambda: setattr(self.w, "order", order))

    @rule(pick=st.sampled_from([None, "a", "b", "c", "d", 3]))
    def set_slice(self, pick):
        """The slice picker (a slice absent from the data, or any slice of a widget without slices, is refused)."""
        self._try(lambda: setattr(self.w, "slice", pick))

    @rule(level=st.sampled_from(["classes", "groups"]))
    def set_level(self, level):
        self._try(lambda: setattr(self.w, "level", level))

    @rule(value=st.sampled_from([None, None, 1, 2, 3, 4, 0, 9, -1, 2.5, "2", True]))
    def set_top_classes(self, value):
        """Show the first classes and "(other)" (refused: bad values, the groups level, multi-label)."""
        self._try(lambda: setattr(self.w, "top_classes", value))

    @rule(value=st.booleans())
    def set_errors_only(self, value):
        self.w.errors_only = value

    @rule(value=st.sampled_from([None, "true", "pred", "all"]))
    def set_normalize(self, value):
        self.w.normalize = value

    @rule(value=st.sampled_from(["index", "confidence", "margin", "loss"]))
    def set_rank(self, value):
        self._try(lambda: setattr(self.w, "rank", value))

    @rule(i=st.integers(0, 4), j=st.integers(0, 5), clear=st.booleans())
    def select(self, i, j, clear):
        self._try(lambda: setattr(self.w, "selected", None if clear else (i, j)))

    @rule(axis=st.sampled_from(["row", "col"]), at=st.integers(0, 4))
    def select_line(self, axis, at):
        self._try(lambda: setattr(self.w, "selected", {axis: at}))

    @rule()
    def select_errors(self):
        self._try(lambda: setattr(self.w, "selected", "errors"))

    @rule(cells=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5)), min_size=1, max_size=4))
    def select_cells(self, cells):
        self._try(lambda: setattr(self.w, "selected", cells))

    @rule(g=st.integers(0, 2), h=st.integers(0, 2), clear=st.booleans())
    def select_group(self, g, h, clear):
        self._try(lambda: setattr(self.w, "selected_group", None if clear else (g, h)))

    @rule(name=st.sampled_from(sorted(widget_module.PAGE_WRITABLE)), value=HOSTILE)
    def page_writes(self, name, value):
        """A message from the page: anything it sends is validated, a refusal keeps the old value."""
        before = settings_of(self.w)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.w.set_state({name: value})
        after = settings_of(self.w)
        changed = {k for k in before if not _equal(before[k], after[k])}
        assert changed <= {name, "selected", "selected_group"}, changed

    @rule(value=st.sampled_from([None, False, True, 0.8, 0.95]))
    def show_intervals(self, value):
        self._try(lambda: setattr(self.w, "show_intervals", value))

    @rule(value=st.booleans())
    def show_calibration(self, value):
        self._try(lambda: setattr(self.w, "show_calibration", value))

    @rule(offset=st.integers(0, 250))
    def page_of_cell(self, offset):
        message = {"type": "page", "offset": offset}
        self.w._on_custom_msg(self.w, message, [])
        if self.w.selected is not None or self.w.selected_group is not None:
            self.page = [m for m in self.page if m.get("type") != "page"] + [message]

    @rule()
    def page_asks_curves(self):
        message = {"type": "curves"}
        self.w._on_custom_msg(self.w, message, [])
        self.page = [m for m in self.page if m.get("type") != "curves"] + [message]

    @precondition(lambda self: self.kind == "multilabel")
    @rule(label=st.integers(0, 3), cell=st.sampled_from(["tn", "fp", "fn", "tp"]))
    def page_label_cell(self, label, cell):
        message = {"type": "label_cell", "label": label, "cell": cell}
        self.w._on_custom_msg(self.w, message, [])
        self.page = [m for m in self.page if m.get("type") != "label_cell"] + [message]

    @precondition(lambda self: self.kind != "multilabel")
    @rule(
        seed=st.integers(0, 2**32 - 1),
        shape=st.sampled_from(["square", "square", "abstained", "wrong", "none"]),
    )
    def set_cost(self, seed, shape):
        k = len(self.w.classes)
        cols = {"square": k, "abstained": k + 1, "wrong": k + 2}.get(shape)
        value = None if cols is None else np.random.default_rng(seed).integers(0, 6, (k, cols)).tolist()
        self._try(lambda: setattr(self.w, "cost", value))

    @precondition(lambda self: self.kind == "binary")
    @rule(cost_fp=st.integers(0, 5), cost_fn=st.integers(0, 5), rate=st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]))
    def read_cost_thresholds(self, cost_fp, cost_fn, rate):
        """The least-cost and top-share thresholds of the run shown, against brute force over its scores."""
        w, d = self.w, self.d
        keep = np.isin(d["y_true"], [0, 1])
        if w.slice is not None:  # the slice shown: its samples only
            keep &= d["slices"] == w.slice
        scores = d["runs"][w.run]["y_score"][keep]
        y = d["y_true"][keep]
        weights = np.ones(len(y)) if d["sample_weight"] is None else d["sample_weight"][keep]
        if not (weights != 0).any():
            return
        above = float(np.nextafter(scores.max(), np.inf))
        cands = np.concatenate(([np.inf], np.unique(scores[weights != 0])[::-1]))
        costs = [
            cost_fp * weights[(scores >= t) & (y == 0)].sum() + cost_fn * weights[(scores < t) & (y == 1)].sum()
            for t in cands
        ]
        best = cands[np.flatnonzero(np.array(costs) == min(costs)).min()]  # the highest of equal costs
        assert w.threshold_for(cost_fp=cost_fp, cost_fn=cost_fn) == (above if np.isinf(best) else best)
        share = [weights[scores >= t].sum() / weights.sum() for t in cands]
        lowest = min(t for t, v in zip(cands, share) if v <= rate)
        assert w.threshold_for(rate=rate) == (above if np.isinf(lowest) else lowest)

    @rule()
    def read_everything(self):
        """Reads fill caches: a later change must not leave them stale."""
        self.last = _snapshot(self.w)

    # --------------------------------------------------------- invariants

    @invariant()
    def equals_a_fresh_widget(self):
        STEPS["steps"] += 1
        w = self.w
        if any(m["type"] == "curves" for m in self.page) and not w._curves:
            w._on_custom_msg(w, {"type": "curves"}, [])  # the page asks again when its curves went
        check_settings_valid(w)
        fresh = build(self.d)
        for spec in self.added:
            fresh.add_run(**spec)
        # A page request only shapes the state when what it asked for is still on show.
        page = [m for m in self.page if m["type"] != "page" or w.selected is not None or w.selected_group is not None]
        apply_settings(fresh, settings_of(w), page)
        assert_same(_snapshot(w), _snapshot(fresh))

    @invariant()
    def equals_the_oracle(self):
        check_oracle(self.d, self.w)

    @invariant()
    def expected_cost_is_counts_times_cost(self):
        w = self.w
        if k_is_multilabel(w) or w.cost is None:
            return
        counts = np.asarray(w.counts, dtype=float)
        cols = min(counts.shape[1], w.cost.shape[1])
        np.testing.assert_allclose(w.expected_cost["total"], (counts[:, :cols] * w.cost[:, :cols]).sum())


def _equal(a, b):
    try:
        assert_same(a, b)
    except AssertionError:
        return False
    return True


def _machine(kind):
    cls = type(f"History_{kind}", (History,), {"kind": kind})
    cls.TestCase.settings = MACHINE
    return cls.TestCase


TestLabels = _machine("labels")
TestBinary = _machine("binary")
TestMulticlass = _machine("multiclass")
TestMultilabel = _machine("multilabel")


@pytest.fixture(scope="module", autouse=True)
def _report_steps():
    yield
    print(f"\nhistory machines: {STEPS['sequences']} operation sequences, {STEPS['steps']} steps checked")
