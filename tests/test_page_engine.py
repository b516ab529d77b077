"""The kernel-free page computes what the Python engine computes.

The data that ``to_html`` embeds goes through js/page_engine.js in Node (no browser), and
the counts at every threshold, every cell's samples and the metrics must equal the engine's
and scikit-learn's on hypothesis-generated cases.
"""

import json
import pathlib
import shutil
import subprocess
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import page_data, round_down_f32

ROOT = pathlib.Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="needs Node.js")

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
      const m = E.metricsState(counts, k, d);
      return { t, counts: Array.from(counts), cells,
               per_class: Array.from(m.per_class), summary: m.summary };
    });
    return at;
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def run_node(jobs):
    script = _RUNNER % json.dumps((ROOT / "js" / "page_engine.js").as_uri())
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def check_against_python(w, page_results, thresholds):
    k = len(w.classes)
    for res, t in zip(page_results, thresholds or [None]):
        if t is not None:
            w.threshold = res["t"]  # the float32 threshold the page used
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
    return y, s, weights


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
    for y, s, weights in cases:
        w = ConfusionMatrixWidget(y, y_score=s, sample_weight=weights)
        lo, hi = w._binary["lo"], w._binary["hi"]
        ts = sorted(set([float(v) for v in s[:6]] + [lo, hi, (lo + hi) / 2, float(np.median(s))]))
        widgets.append(w)
        picked.append(ts)
        jobs.append({"data": page_data(w), "thresholds": ts, "lo": lo, "hi": hi})
    for w, res, ts, (y, s, weights) in zip(widgets, run_node(jobs), picked, cases):
        check_against_python(w, res, ts)
        for r in res:
            t32 = r["t"]
            assert t32 == float(np.float32(t32))
            sk = confusion_matrix(y, (s >= t32).astype(int), labels=[0, 1], sample_weight=weights)
            np.testing.assert_allclose(np.reshape(r["counts"], (2, 2)), sk, rtol=1e-12)


def test_float32_round_down_keeps_every_comparison_exact():
    rng = np.random.default_rng(0)
    base = rng.uniform(-5, 5, 2000)
    s = np.concatenate([base, base + np.spacing(base), base - np.spacing(base)])
    d = round_down_f32(s)
    assert d.dtype == np.float32
    thresholds = np.unique(np.concatenate([d, d + np.spacing(d)]).astype(np.float32))[::7]
    for t in thresholds.astype(np.float64):
        np.testing.assert_array_equal(d.astype(np.float64) >= t, s >= t)
