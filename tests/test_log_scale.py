"""The log colour scale: the kernel's rule against a plain numpy log mapping, the page's colours
(js/core/state.js through js/scale/log_scale.js, run in Node) against the kernel's rule, and the option."""

from __future__ import annotations

import base64

import numpy as np
import pytest
import traitlets
from hypothesis import given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_script
from saved import cell_colours

from cm_widget import ConfusionMatrixWidget as W
from cm_widget import _engine
from cm_widget._engine import scale as S


def _numpy_log_entries(values):
    """Entry 0 for empty cells; the positive ones spread over entries 1..255 by log10, from the smallest to the largest."""
    v = np.asarray(values, dtype=float)
    out = np.zeros(v.shape, dtype=int)
    pos = v > 0
    if not pos.any():
        return out
    lo, hi = v[pos].min(), v[pos].max()
    if hi == lo:
        out[pos] = 255
        return out
    # ratios, not differences of logs: two values an ulp apart still span the scale
    out[pos] = np.rint(1 + 254 * np.log10(v[pos] / lo) / np.log10(hi / lo)).astype(int)
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.just(0.0), st.floats(1e-6, 1e9)), min_size=1, max_size=60),
)
def test_log_entries_equal_a_numpy_log10_mapping(values):
    v = np.array(values)
    got = S.log_color_indices(v, S.positive_min(v), v.max())
    want = _numpy_log_entries(v)
    # log10 and ln round differently: a value on a rounding edge may land one entry over
    assert np.abs(got.astype(int) - want).max() <= 1
    assert (got == 0).tolist() == (v <= 0).tolist()  # empty cells, and only they, take the first entry
    if (v > 0).any():
        assert got[v == v.max()].min() == 255
        assert got[v == S.positive_min(v)].max() == (1 if v.max() > S.positive_min(v) else 255)


_RUNNER = """
import { createState } from %s;
import { createDisplay } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  const out = cases.map((c) => {
    const traits = { _matrix: { ...c.matrix, counts: Uint8Array.from(Buffer.from(c.matrix.counts, "base64")) },
      normalize: c.normalize, cmap_scale: "log", errors_only: Boolean(c.errors_only), _order: {} };
    const base = createState({ get: (n) => traits[n], on: () => () => {} });
    // errors only is drawn by the display layer (js/order/display.js)
    const state = c.errors_only ? createDisplay(base) : base;
    const a = state.get("abstained");
    return { colors: Array.from(state.get("colors")), abstained: a ? Array.from(a.colors) : [],
      ticks: state.get("colorbar") };
  });
  process.stdout.write(JSON.stringify(out));
});
"""


@needs_node
@settings(max_examples=10, deadline=None)
@given(seeds=st.lists(st.integers(0, 2**32 - 1), min_size=5, max_size=12))
def test_the_page_colours_the_log_scale_as_the_kernel(seeds):
    cases, want = [], []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        k = int(rng.integers(1, 8))
        cols = k + int(rng.random() < 0.3)
        counts = (10 ** rng.uniform(0, 6, (k, cols))).astype(np.int64) * (rng.random((k, cols)) < 0.7)
        if rng.random() < 0.3:
            counts = counts * 0.37  # weighted
        how = [None, "true", "pred", "all"][int(rng.integers(0, 4))]
        from cm_widget import _view

        m = _view.matrix_state(counts, weighted=counts.dtype.kind == "f")
        m["counts"] = base64.b64encode(m["counts"]).decode()
        cases.append({"matrix": m, "normalize": how})
        values = _engine.normalize(counts, how)
        entries = S.log_color_indices(values, S.positive_min(values), float(values.max()) if values.size else 0.0)
        want.append(entries)
    out = run_script(_RUNNER % (js_module("core/state.js"), js_module("order/display.js")), cases)
    edges = 0
    for entries, got in zip(want, out):
        k = entries.shape[0]
        page = np.concatenate([np.array(got["colors"]).reshape(k, k), np.array(got["abstained"]).reshape(k, -1)], 1)
        diff = np.abs(page.astype(int) - entries.astype(int))
        assert diff.max() <= 1
        edges += int((diff > 0).sum())
        fractions = [t[0] for t in got["ticks"]]
        assert fractions == sorted(fractions) and all(0 <= f <= 1 for f in fractions)
    assert edges <= 2, "the page's log and numpy's agree but on rare rounding edges"


def test_cmap_scale_option_and_page_writes():
    w = W([0, 1, 1, 0], [0, 1, 0, 0], cmap_scale="log")
    assert w.cmap_scale == "log"
    w.set_state({"cmap_scale": "loud"})  # refused, logged: the old value stays
    assert w.cmap_scale == "log"
    w.set_state({"cmap_scale": "linear"})
    assert w.cmap_scale == "linear"
    with pytest.raises(traitlets.TraitError, match="cmap_scale must be 'linear' or 'log'"):
        w.cmap_scale = "sqrt"
    with pytest.raises(ValueError, match="cmap_scale must be"):
        W([0, 1], [0, 1], cmap_scale=3)
    assert W.from_counts(np.array([[5, 0], [1, 1000]]), cmap_scale="log").cmap_scale == "log"


def _counts_spanning_decades():
    rng = np.random.default_rng(3)
    y_true = np.repeat(np.arange(4), [5000, 500, 50, 5])
    y_pred = np.where(rng.random(y_true.size) < 0.9, y_true, rng.integers(0, 4, y_true.size))
    return y_true, y_pred


def _cell_pixels(fig, ax, k):
    """The RGB colour at the centre of each cell of a drawn figure."""
    fig.canvas.draw()
    img = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    h = img.shape[0]
    out = np.zeros((k, k, 3), dtype=int)
    for i in range(k):
        for j in range(k):
            x, y = ax.transData.transform((j, i))
            out[i, j] = img[int(round(h - y)), int(round(x))]
    return out


@pytest.mark.parametrize("scale", ["log", "linear"])
def test_the_figure_colours_cells_by_the_widgets_scale(scale):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix

    y_true, y_pred = _counts_spanning_decades()
    w = W(y_true, y_pred, cmap_scale=scale)
    fig = w.to_figure(include_values=False)  # the cell colour, not its text
    ax = fig.axes[0]
    counts = confusion_matrix(y_true, y_pred)
    if scale == "log":
        want_entries = _numpy_log_entries(counts)
    else:
        want_entries = np.rint(counts / counts.max() * 255).astype(int)
    lut = np.round(plt.get_cmap("Blues")(np.linspace(0, 1, 256)) * 255).astype(int)[:, :3]
    got = _cell_pixels(fig, ax, 4)
    # each cell's colour is the entry of its value, within one entry's colour step
    for i in range(4):
        for j in range(4):
            near = lut[max(want_entries[i, j] - 1, 0) : want_entries[i, j] + 2]
            assert np.abs(near - got[i, j]).max(axis=1).min() <= 1, (i, j, got[i, j], lut[want_entries[i, j]])
    plt.close(fig)


def test_the_static_table_colours_cells_by_the_log_scale():

    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix

    y_true, y_pred = _counts_spanning_decades()
    from cm_widget._export.figure import html_table

    table = html_table(W(y_true, y_pred, cmap_scale="log")._static_view())
    # in the colormap's 16 steps (matplotlib's resampled(16)): the first for empty cells only, as
    # the log scale's first entry is; positive values over the other 15, by their entry
    entries = _numpy_log_entries(confusion_matrix(y_true, y_pred)).ravel()
    steps = np.where(entries > 0, 1 + (entries - 1) * 15 // 255, 0)
    want = np.round(plt.get_cmap("Blues").resampled(16)(steps / 15) * 255).astype(int)[:, :3]
    got = cell_colours(table)
    assert got == [tuple(x) for x in want]
    first = tuple(np.round(np.asarray(plt.get_cmap("Blues")(0.0))[:3] * 255).astype(int))
    assert [g == first for g in got] == (confusion_matrix(y_true, y_pred).ravel() == 0).tolist()


def _errors_only_log_entries(values):
    """The log scale over the errors: the diagonal takes entry 0, the off-diagonal (and abstained) values
    spread from their smallest positive one to their largest (numpy, log10)."""
    v = np.array(values, dtype=float)
    k = v.shape[0]
    v[np.arange(k), np.arange(k)] = 0.0
    return _numpy_log_entries(v)


@needs_node
@settings(max_examples=10, deadline=None)
@given(seeds=st.lists(st.integers(0, 2**32 - 1), min_size=5, max_size=12))
def test_errors_only_takes_the_log_scale_over_the_errors_on_the_page(seeds):
    from cm_widget import _view

    cases, want = [], []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        k = int(rng.integers(2, 8))
        cols = k + int(rng.random() < 0.3)
        counts = (10 ** rng.uniform(0, 6, (k, cols))).astype(np.int64) * (rng.random((k, cols)) < 0.7)
        how = [None, "true", "pred", "all"][int(rng.integers(0, 4))]
        m = _view.matrix_state(counts, weighted=False)
        m["counts"] = base64.b64encode(m["counts"]).decode()
        cases.append({"matrix": m, "normalize": how, "errors_only": True})
        want.append(_errors_only_log_entries(_engine.normalize(counts, how)))
    out = run_script(_RUNNER % (js_module("core/state.js"), js_module("order/display.js")), cases)
    for entries, got in zip(want, out):
        k = entries.shape[0]
        page = np.concatenate([np.array(got["colors"]).reshape(k, k), np.array(got["abstained"]).reshape(k, -1)], 1)
        assert np.abs(page.astype(int) - entries.astype(int)).max() <= 1
        assert (page == 0).tolist() == (entries == 0).tolist()
        fractions = [t[0] for t in got["ticks"]]
        assert fractions == sorted(fractions) and all(0 <= f <= 1 for f in fractions)


def test_the_figure_takes_the_log_scale_over_the_errors():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix

    y_true, y_pred = _counts_spanning_decades()
    fig = W(y_true, y_pred, cmap_scale="log", errors_only=True).to_figure(include_values=False)
    want = _errors_only_log_entries(confusion_matrix(y_true, y_pred))
    lut = np.round(plt.get_cmap("Blues")(np.linspace(0, 1, 256)) * 255).astype(int)[:, :3]
    got = _cell_pixels(fig, fig.axes[0], 4)
    for i in range(4):
        for j in range(4):
            near = lut[max(want[i, j] - 1, 0) : want[i, j] + 2]
            assert np.abs(near - got[i, j]).max(axis=1).min() <= 1, (i, j)
    plt.close(fig)
