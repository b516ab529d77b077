"""The costs on the kernel-free page equal the kernel's: the page's state (js/core/state.js over the
embedded source, run in Node) after any threshold the page sets gives the expected cost, total and per
true class, bit for bit, and the least-cost point it marks is the kernel's ``threshold_for``."""

from __future__ import annotations

import warnings

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_script
from test_history import build, make_data

from cm_widget._export import page_data, round_down_f32

pytestmark = needs_node

_SCRIPT = """
import { embeddedSource } from %s;
import { createState } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(({ data, steps }) => {
    const src = embeddedSource(data);
    const state = createState(src);
    const got = [];
    for (const [what, value] of steps) {
      if (what === "set") src.set("threshold", value);
      else {
        const c = state.get("costs");
        got.push({ cost: state.get("expectedCost"), least: c && c.least });
      }
    }
    return got;
  });
  process.stdout.write(JSON.stringify(out));
});
"""


@st.composite
def cases(draw):
    kind = draw(st.sampled_from(["labels", "binary", "multiclass"]))
    d = make_data(
        kind,
        draw(st.integers(0, 2**32 - 1)),
        draw(st.integers(6, 60)),
        draw(st.booleans()),
        False,
        False,
        draw(st.booleans()),
    )
    # The widget's classes are the labels present (or labels=): the test cuts this pool to them.
    extra = kind == "multiclass" and draw(st.booleans())
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    cost = rng.integers(0, 40, (5, 6)) / 8 + rng.random((5, 6)) * draw(st.sampled_from([0, 1]))
    if kind == "binary" and draw(st.booleans()):
        cost[:2, :2] *= 1 - np.eye(2)  # errors only: threshold_for's costs
    abstain = draw(st.sampled_from([None, 0.4])) if kind == "multiclass" else None
    thresholds = draw(st.lists(st.floats(0, 1), min_size=1, max_size=4)) if kind == "binary" else []
    return d, (cost, extra), abstain, thresholds


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(cases(), min_size=1, max_size=4))
def test_the_pages_costs_equal_the_kernels(batch):
    jobs, expected = [], []
    for d, (pool, extra), abstain, thresholds in batch:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = build(d)
        k = len(w.classes)
        cost = pool[:k, : k + extra].tolist()
        if abstain is not None:
            w.abstain = abstain
        w.cost = cost
        data = page_data(w)
        steps = [["get", None]]
        want = [w.expected_cost]
        for value in thresholds:
            lo, hi = w._binary["lo"], w._binary["hi"]
            t = lo + value * (hi - lo)
            steps += [["set", t], ["get", None]]
            # The page holds float32 thresholds, rounded down; the kernel takes the one the page shows.
            f32 = [float(round_down_f32(np.array([v]))[0]) for v in (t, lo, hi)]
            w.threshold = max(min(max(f32[0], f32[1]), f32[2]), lo)
            want.append(w.expected_cost)
        least = None
        if w.threshold is not None:
            least = w._costs["least"]
            # the marked point is the kernel's threshold of least cost for this cost matrix
            c = np.asarray(cost)
            if c[0, 0] == 0 and c[1, 1] == 0:
                assert least["threshold"] == w.threshold_for(cost_fp=c[0, 1], cost_fn=c[1, 0])
        jobs.append({"data": data, "steps": steps})
        expected.append((want, least))
    script = _SCRIPT % (js_module("core/source_embedded.js"), js_module("core/state.js"))
    for (want, least), got in zip(expected, run_script(script, jobs)):
        assert len(got) == len(want)
        for kernel, page in zip(want, got):
            assert page["cost"]["total"] == kernel["total"]
            assert page["cost"]["mean"] == kernel["mean"]
            for a, b in zip(page["cost"]["perClass"], kernel["per_class"]):
                assert (a["total"], a["mean"]) == (b["total"], b["mean"])
            assert page["least"] == least


def test_a_class_named_but_absent_gets_no_cost_row():
    """Candidate class 7 never occurs: the widget has three classes, so the costs are 3 x 3."""
    d = {
        "kind": "labels",
        "y_true": np.array([0, 20, 20, 0, 0, 0]),
        "y_pred": np.array([0, -5, 20, 20, 20, -5]),
        "labels": None,
        "classes": [-5, 0, 7, 20],
        "groups": None,
        "slices": None,
        "sample_weight": None,
        "rng_seed": 51,
    }
    test_the_pages_costs_equal_the_kernels.hypothesis.inner_test(
        [(d, (np.ones((5, 6)) - np.eye(5, 6), False), None, [])]
    )
