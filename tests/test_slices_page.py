"""The page's small multiples equal Python: every slice normalised as the kernel does, all on one colour scale.

js/slices/slices_keys.js decodes the synced ``_slices`` and derives each slice's values and colour
indices; here the same come from ``cm_widget._engine.normalize`` and ``cm_widget._colors.color_indices``
over ``w.slice_counts`` with the largest value of every slice as the top of the scale.
"""

from __future__ import annotations

import base64

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_pages, run_script
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget as W
from cm_widget import _colors as palette
from cm_widget import _engine
from cm_widget._export import page_data

pytestmark = needs_node

_RUNNER = """
import * as S from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  const out = cases.map(({ slices, k }) => {
    const wire = { ...slices, matrix: { ...slices.matrix, counts: Uint8Array.from(Buffer.from(slices.matrix.counts, "base64")) } };
    const decoded = S.decodeSlices(wire, k);
    const views = {};
    for (const how of [null, "true", "pred", "all"]) {
      const c = S.sliceColors(decoded, how);
      views[String(how)] = { vmax: c.vmax, colors: c.colors.map((a) => Array.from(a)) };
    }
    return { names: decoded.names, views, odd: decoded.mostDifferent };
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def _wire(w):
    s = dict(w._slices)
    s["matrix"] = {**s["matrix"], "counts": base64.b64encode(bytes(s["matrix"]["counts"])).decode()}
    return s


@settings(max_examples=8, deadline=None)
@given(
    seeds=st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=8),
    weighted=st.booleans(),
    abstain=st.booleans(),
)
def test_small_multiples_colours_equal_python(seeds, weighted, abstain):
    cases, widgets = [], []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        n, k = int(rng.integers(5, 80)), int(rng.integers(2, 5))
        yt = rng.integers(0, k, n)
        sw = rng.random(n) * 3 if weighted else None
        groups = rng.integers(0, int(rng.integers(1, 6)), n)
        if abstain and k > 2:
            p = rng.random((n, k))
            w = W(yt, y_score=p / p.sum(axis=1, keepdims=True), sample_weight=sw, slices=groups, abstain=0.4)
        else:
            w = W(yt, rng.integers(0, k, n), sample_weight=sw, slices=groups)
        widgets.append(w)
        cases.append({"slices": _wire(w), "k": len(w.classes)})  # a class drawn may be absent
    out = run_script(_RUNNER % js_module("slices/slices_keys.js"), cases)
    for w, got in zip(widgets, out):
        assert got["names"] == list(w.slices)
        counts = w.slice_counts
        for how in (None, "true", "pred", "all"):
            values = [_engine.normalize(c, how) for c in counts]
            vmax = max(float(v.max()) for v in values)
            view = got["views"]["null" if how is None else how]
            assert view["vmax"] == vmax
            for s, v in enumerate(values):
                np.testing.assert_array_equal(view["colors"][s], palette.color_indices(v, 0, vmax).ravel())
        odd = w.most_different_slice()
        assert (got["odd"] is None) == (odd is None)
        if odd is not None:
            assert got["odd"]["slice"] == list(w.slices).index(odd["slice"])


def test_the_file_opens_on_the_slice_shown_and_holds_every_sample(tmp_path):
    rng = np.random.default_rng(2)
    n = 200
    yt, yp = rng.integers(0, 3, n), rng.integers(0, 3, n)
    site = np.array(["x", "y", "z"])[rng.integers(0, 3, n)]
    w = W(yt, yp, slices=site)
    w.slice = "y"
    data = page_data(w)
    # every sample is embedded with its slice; the page opens on the slice shown
    assert data["n"] == n
    assert data["state"]["values"]["slice"] == "y"
    got = run_pages([{"data": data, "steps": [["get", "_matrix"]]}])[0][0]
    counts = np.frombuffer(bytes(got["counts"]), dtype=np.dtype(got["dtype"]).newbyteorder("<"))
    np.testing.assert_array_equal(counts.reshape(3, 3), confusion_matrix(yt[site == "y"], yp[site == "y"]))
    path = tmp_path / "cm.html"
    w.to_html(path)
    assert path.stat().st_size > 0
