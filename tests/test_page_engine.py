"""The kernel-free page computes what the Python engine computes.

The data that ``to_html`` embeds goes through js/page_engine.js in Node (no browser), and
the counts at every threshold, every cell's samples and the metrics must equal the engine's
and scikit-learn's on hypothesis-generated cases.
"""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_script
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import page_data, round_down_f32

pytestmark = needs_node

_RUNNER = """
import * as E from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const jobs = JSON.parse(input);
  const out = jobs.map(({ data, thresholds, lo, hi }) => {
    const d = E.decodeSamples(data);
    const k = data.k;
    const at = (thresholds.length ? thresholds : [null]).map((t) => {
      if (t !== null) t = E.pageThreshold(t, lo, hi);
      const counts = E.countsAt(d, t);
      const cells = [];
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) cells.push(E.cellMembers(d, i, j, t));
      const m = E.metricsState(counts, k, d, t);
      return { t, counts: Array.from(counts), cells,
               per_class: Array.from(m.per_class), summary: m.summary };
    });
    return at;
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def run_node(jobs):
    return run_script(_RUNNER % js_module("core/page_engine.js"), jobs, timeout=120)


def check_against_python(w, page_results, thresholds):
    k = len(w.classes)
    for res, t in zip(page_results, thresholds or [None]):
        if t is not None:
            # The float32 threshold the page used (its step below the lowest score counts as that score).
            w.threshold = max(res["t"], w._binary["lo"])
        np.testing.assert_allclose(np.reshape(res["counts"], (k, k)), w.counts, rtol=1e-12, atol=1e-9)
        for c, members in enumerate(res["cells"]):
            i, j = divmod(c, k)
            np.testing.assert_array_equal(members, w.indices(w.classes[i], w.classes[j]), err_msg=f"cell {i},{j}")
        m = w.metrics
        per = np.reshape(res["per_class"], (k, 4))
        for col, key in enumerate(("precision", "recall", "f1", "support")):
            np.testing.assert_allclose(per[:, col], m[key], rtol=1e-9, atol=1e-12, err_msg=key)
        summary = {s["name"]: s for s in res["summary"]}
        assert summary["accuracy"]["value"] == pytest.approx(m["accuracy"], rel=1e-9, abs=1e-12)
        assert summary["balanced accuracy"]["value"] == pytest.approx(m["balanced_accuracy"], rel=1e-9, abs=1e-12)
        for avg in ("macro", "weighted"):
            for key in ("precision", "recall", "f1"):
                assert summary[f"{avg} avg"][key] == pytest.approx(m[avg][key], rel=1e-9, abs=1e-12)


@st.composite
def label_case(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n = draw(st.integers(1, 80))
    k = draw(st.sampled_from([2, 3, 7, 20]))
    y_true, y_pred = rng.integers(0, k, n), rng.integers(0, k, n)
    weights = rng.uniform(0, 3, n) if draw(st.booleans()) else None
    labels = None
    if draw(st.booleans()) and k > 2:
        labels = list(rng.permutation(k)[: draw(st.integers(2, k))])
        if not np.isin(y_true, labels).any():
            labels = None
    return y_true, y_pred, weights, labels


@st.composite
def binary_case(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n = draw(st.integers(2, 80))
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    kind = draw(st.sampled_from(["prob", "logit", "collide"]))
    if kind == "prob":
        s = np.round(rng.uniform(0, 1, n), 2)
    elif kind == "logit":
        s = rng.normal(0, 3, n)
    else:  # distinct float64 scores that share a float32 value
        base = np.float64(np.float32(0.3))
        s = base + rng.integers(-3, 4, n) * np.spacing(base)
    weights = rng.uniform(0, 2, n) if draw(st.booleans()) else None
    labels = None
    if draw(st.booleans()):
        # A third class that labels= leaves out: scikit-learn's metrics still count its samples.
        y[2:][rng.random(n - 2) < draw(st.sampled_from([0.1, 0.5]))] = 2
        labels = [0, 1]
    return y, s, weights, labels


@settings(max_examples=40, deadline=None)
@given(st.lists(label_case(), min_size=1, max_size=4))
def test_labels_counts_cells_and_metrics_equal_the_engine(cases):
    jobs, widgets = [], []
    for y_true, y_pred, weights, labels in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = ConfusionMatrixWidget(y_true, y_pred, sample_weight=weights, labels=labels)
        widgets.append(w)
        jobs.append({"data": page_data(w), "thresholds": []})
    for w, res, (y_true, y_pred, weights, _labels) in zip(widgets, run_node(jobs), cases):
        check_against_python(w, res, [])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sk = confusion_matrix(y_true, y_pred, labels=list(w.classes), sample_weight=weights)
        np.testing.assert_allclose(np.reshape(res[0]["counts"], sk.shape), sk, rtol=1e-12)


@settings(max_examples=40, deadline=None)
@given(st.lists(binary_case(), min_size=1, max_size=3))
def test_binary_thresholds_equal_the_engine_and_sklearn(cases):
    jobs, widgets, picked = [], [], []
    for y, s, weights, labels in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the samples labels= leaves out
            w = ConfusionMatrixWidget(y, y_score=s, sample_weight=weights, labels=labels)
        lo, hi = w._binary["lo"], w._binary["hi"]
        ts = sorted(set([float(v) for v in s[:6]] + [lo, hi, (lo + hi) / 2, float(np.median(s))]))
        widgets.append(w)
        picked.append(ts)
        jobs.append({"data": page_data(w), "thresholds": ts, "lo": lo, "hi": hi})
    for w, res, ts, (y, s, weights, _labels) in zip(widgets, run_node(jobs), picked, cases):
        check_against_python(w, res, ts)
        for r in res:
            t32 = r["t"]
            assert t32 == float(np.float32(t32))
            pred = (s >= t32).astype(int)
            sk = confusion_matrix(y, pred, labels=[0, 1], sample_weight=weights)
            np.testing.assert_allclose(np.reshape(r["counts"], (2, 2)), sk, rtol=1e-12)
            # The metrics count every sample, those labels= leaves out included (scikit-learn's meaning).
            summary = {m["name"]: m for m in r["summary"]}
            accuracy = accuracy_score(y, pred, sample_weight=weights)
            assert summary["accuracy"]["value"] == pytest.approx(accuracy, rel=1e-9, abs=1e-12)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                oracle = precision_recall_fscore_support(y, pred, labels=[0, 1], sample_weight=weights, zero_division=0)
            per = np.reshape(r["per_class"], (2, 4))
            np.testing.assert_allclose(per, np.stack(oracle, axis=1), rtol=1e-9, atol=1e-12)


@st.composite
def score_thresholds(draw):
    """Scores as models and CSV files give them, and thresholds that are some of those scores."""
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n = draw(st.integers(2, 80))
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    decimals = draw(st.sampled_from([2, 3, 4, None]))
    s = rng.uniform(0, 1, n) if decimals is None else np.round(rng.uniform(0, 1, n), decimals)
    if draw(st.booleans()):
        s = rng.normal(0, 3, n) if decimals is None else np.round(rng.normal(0, 3, n), decimals)
    return y, s, [float(v) for v in s[: draw(st.integers(1, 8))]]


@settings(max_examples=60, deadline=None)
@given(st.lists(score_thresholds(), min_size=1, max_size=3))
def test_a_threshold_at_a_score_counts_that_score_as_the_kernel_does(cases):
    # The curves' points and the target buttons ask for thresholds that are scores; a score
    # equal to the threshold is predicted positive, in the page as in the kernel.
    jobs = []
    for y, s, ts in cases:
        w = ConfusionMatrixWidget(y, y_score=s)
        jobs.append({"data": page_data(w), "thresholds": ts, "lo": w._binary["lo"], "hi": w._binary["hi"]})
    for (y, s, ts), res in zip(cases, run_node(jobs)):
        for t, r in zip(ts, res):
            sk = confusion_matrix(y, (s >= t).astype(int), labels=[0, 1])
            np.testing.assert_array_equal(np.reshape(r["counts"], (2, 2)), sk, err_msg=f"at {t!r} (page {r['t']!r})")


_START = """
import { embeddedSource } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const src = embeddedSource(JSON.parse(input));
  const m = src.get("_matrix");
  const counts = new Float64Array(m.counts.buffer, m.counts.byteOffset, m.k * m.k);
  process.stdout.write(JSON.stringify({ threshold: src.get("threshold"), counts: Array.from(counts) }));
});
"""


def page_start(w):
    """The threshold and counts a page from ``to_html`` opens with."""
    return run_script(_START % js_module("core/source_embedded.js"), page_data(w), timeout=60)


@pytest.mark.parametrize(
    "scores, threshold",
    [
        # A score equal to the kernel's threshold, which float32 cannot hold.
        ([0.1, 0.2, 0.3, 0.407, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], 0.407),
        # A score just below the threshold, inside float32's step under it: rounding down would take it in.
        ([0.1, 0.2, 0.3, 0.407 - 1e-9, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], 0.407),
        ([0.1, 0.2, 0.3, 0.407 + 1e-9, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], 0.407),
        ([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], 0.5),
    ],
)
def test_the_page_opens_with_the_kernels_counts(scores, threshold):
    y = np.array([0, 0, 1, 1, 1, 1, 1, 1, 1, 1])
    s = np.array(scores)
    w = ConfusionMatrixWidget(y, y_score=s)
    w.threshold = threshold
    start = page_start(w)
    expected = confusion_matrix(y, (s >= threshold).astype(int), labels=[0, 1])
    np.testing.assert_array_equal(np.reshape(start["counts"], (2, 2)), expected)
    np.testing.assert_array_equal(w.counts, expected)
    assert start["threshold"] == float(np.float32(start["threshold"]))
    assert abs(start["threshold"] - threshold) <= np.spacing(np.float32(threshold))


def test_float32_round_down_keeps_every_comparison_exact():
    rng = np.random.default_rng(0)
    base = rng.uniform(-5, 5, 2000)
    s = np.concatenate([base, base + np.spacing(base), base - np.spacing(base)])
    d = round_down_f32(s)
    assert d.dtype == np.float32
    thresholds = np.unique(np.concatenate([d, d + np.spacing(d)]).astype(np.float32))[::7]
    for t in thresholds.astype(np.float64):
        np.testing.assert_array_equal(d.astype(np.float64) >= t, s >= t)
