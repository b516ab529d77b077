"""Totals in the margins: each true row's total, each predicted column's total and the grand total.

The kernel's totals (``_engine.margins``, drawn by ``to_figure``) equal numpy sums of scikit-learn's
``confusion_matrix``; the page's (js/margins/totals.js through js/core/state.js and js/order/display.js,
run in Node over the kernel-free page's data) equal the kernel's bit for bit, whatever the display order,
group roll-up, threshold, weights or abstained column.
"""

from __future__ import annotations

import warnings

import matplotlib
import numpy as np
import pytest
import traitlets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_script
from sklearn.metrics import confusion_matrix
from test_history import build, make_data

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._engine import margins
from cm_widget._export import page_data, round_down_f32

matplotlib.use("Agg")


def sk_totals(y_true, y_pred, labels, weights=None):
    """(rows, columns, all) of scikit-learn's matrix, by numpy."""
    cm = confusion_matrix(y_true, y_pred, labels=labels, sample_weight=weights)
    return cm.sum(axis=1), cm.sum(axis=0), cm.sum()


@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 300),
    k=st.integers(1, 7),
    weighted=st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_kernel_totals_equal_sums_of_sklearns_matrix(seed, n, k, weighted):
    rng = np.random.default_rng(seed)
    yt, yp = rng.integers(0, k, n), rng.integers(0, k, n)
    weights = rng.random(n) * 3 if weighted else None
    labels = np.union1d(yt, yp)
    w = W(yt, yp, sample_weight=weights)
    rows, cols, total = margins.totals(w.counts)
    want = sk_totals(yt, yp, labels, weights)
    np.testing.assert_allclose(rows, want[0], rtol=1e-12)
    np.testing.assert_allclose(cols, want[1], rtol=1e-12)
    assert total == pytest.approx(float(want[2]), rel=1e-12)
    assert total == pytest.approx(float(n if weights is None else weights.sum()), rel=1e-12)


def test_show_totals_is_off_by_default_and_refuses_other_values():
    w = W([0, 1, 1], [0, 1, 0])
    assert w.show_totals is False
    assert not [t for t in w.to_figure().axes[0].texts if t.get_position()[0] == 2]  # no totals drawn
    w.show_totals = True
    assert w.show_totals is True
    with pytest.raises(traitlets.TraitError, match="show_totals"):
        w.show_totals = "yes"
    with pytest.raises(ValueError, match="show_totals"):
        W([0, 1], [0, 1], show_totals=1)


def _figure_totals(fig, k, cols):
    """Texts the figure drew right of the rows (x = cols) and under the columns (y = k)."""
    ax = fig.axes[0]
    right, under = {}, {}
    for t in ax.texts:
        x, y = t.get_position()
        if x == cols and y < k:
            right[int(y)] = t.get_text()
        elif y == k:
            under[int(x)] = t.get_text()
    return right, under


@pytest.mark.parametrize("order", ["given", "support"])
def test_the_figure_draws_the_totals_in_display_order(order):
    rng = np.random.default_rng(4)
    yt, yp = rng.integers(0, 4, 200), rng.integers(0, 4, 200)
    w = W(yt, yp, order=order, normalize="true", show_totals=True)
    fig = w.to_figure()
    right, under = _figure_totals(fig, 4, 4)
    rows, cols, total = sk_totals(yt, yp, [0, 1, 2, 3])
    order_ = w.class_order
    assert [right[r] for r in range(4)] == [str(v) for v in rows[order_]]
    assert [under[c] for c in range(4)] == [str(v) for v in cols[order_]]
    assert under[4] == str(total) == "200"
    w.show_totals = False
    right, under = _figure_totals(w.to_figure(), 4, 4)
    assert not right and not under


def test_the_figure_totals_count_the_abstained_column_and_weights():
    rng = np.random.default_rng(5)
    n = 300
    yt = rng.integers(0, 3, n)
    p = rng.random((n, 3)) ** 2
    p /= p.sum(axis=1, keepdims=True)
    weights = rng.integers(1, 4, n) / 2
    w = W(yt, y_score=p, abstain=0.5, sample_weight=weights, show_totals=True)
    pred = np.where(p.max(axis=1) < 0.5, 3, p.argmax(axis=1))
    rows, cols, total = sk_totals(yt, pred, [0, 1, 2, 3], weights)
    right, under = _figure_totals(w.to_figure(), 3, 4)
    # as the page writes counts: two decimals for all once any count is not whole
    assert not np.all(w.counts == np.floor(w.counts))
    assert [right[r] for r in range(3)] == [f"{v:.2f}" for v in rows[:3]]
    assert [under[c] for c in range(4)] == [f"{v:.2f}" for v in cols]
    assert under[4] == f"{total:.2f}" == f"{weights.sum():.2f}"


# ----------------------------------------------------------------- the page

_SCRIPT = """
import { embeddedSource } from %s;
import { createState } from %s;
import { createDisplay } from %s;
const arr = (a) => (a ? Array.from(a) : null);
const plain = (t) => (t ? { rows: arr(t.rows), cols: arr(t.cols), all: t.all } : null);
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(({ data, steps }) => {
    const src = embeddedSource(data);
    const state = createState(src);
    const display = createDisplay(state);
    const got = [];
    for (const [what, name, value] of steps) {
      if (what === "set") src.set(name, value);
      else got.push({ classes: plain(state.get("totals")), shown: plain(display.get("totals")),
                      show: state.get("showTotals") });
    }
    return got;
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def _kernel_totals(w):
    """(rows, columns, all) in class space: what normalisation divides by for a multi-label matrix,
    numpy sums of the counts (the abstained column included) for the others."""
    given = w._totals()
    if given is not None:
        return [float(v) for v in given[0]], [float(v) for v in given[1]], float(given[2])
    c = np.asarray(w.counts)
    return c.sum(axis=1).tolist(), c.sum(axis=0).tolist(), float(c.sum())


def _shown_totals(w):
    """The totals as the page shows them: display order, or summed over each group's classes."""
    rows, cols, total = _kernel_totals(w)
    k = len(w.classes)
    if w.level == "groups":  # the roll-up drawn (no abstained column); none for multi-label
        if w._totals() is not None:
            return None
        g = w.group_counts[np.ix_(w.group_order, w.group_order)]
        return g.sum(axis=1).tolist(), g.sum(axis=0).tolist(), float(g.sum())
    order = w.class_order.tolist()
    extra = cols[k:]  # the abstained column stays last
    return [rows[c] for c in order], [cols[c] for c in order] + extra, total


@st.composite
def cases(draw):
    kind = draw(st.sampled_from(["labels", "binary", "multiclass", "multilabel"]))
    d = make_data(
        kind,
        draw(st.integers(0, 2**32 - 1)),
        draw(st.integers(6, 60)),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
    )
    order = draw(st.sampled_from(["given", "name", "support", "errors"]))
    level = draw(st.sampled_from(["classes", "groups"]))
    abstain = draw(st.sampled_from([None, 0.4])) if kind == "multiclass" else None
    thresholds = draw(st.lists(st.floats(0, 1), max_size=3)) if kind == "binary" else []
    return d, order, level, abstain, thresholds


@needs_node
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(cases(), min_size=1, max_size=4))
def test_the_pages_totals_equal_the_kernels(batch):
    jobs, expected = [], []
    for d, order, level, abstain, thresholds in batch:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = build(d)
        w.order = order
        w.show_totals = True
        if level == "groups" and w.groups is not None:
            w.level = level
        if abstain is not None:
            w.abstain = abstain
        data = page_data(w)
        steps = [["get", None, None]]
        want = [(_kernel_totals(w), _shown_totals(w))]
        for value in thresholds:
            lo, hi = w._binary["lo"], w._binary["hi"]
            t = lo + value * (hi - lo)
            steps += [["set", "threshold", t], ["get", None, None]]
            # The page holds float32 thresholds, rounded down; the kernel takes the one the page shows.
            f32 = [float(round_down_f32(np.array([v]))[0]) for v in (t, lo, hi)]
            w.threshold = max(min(max(f32[0], f32[1]), f32[2]), lo)
            want.append((_kernel_totals(w), _shown_totals(w)))
        jobs.append({"data": data, "steps": steps})
        expected.append(want)
    script = _SCRIPT % (js_module("core/source_embedded.js"), js_module("core/state.js"), js_module("order/display.js"))
    for want, got in zip(expected, run_script(script, jobs)):
        for (kernel, shown), page in zip(want, got):
            assert page["show"] is True
            assert (page["classes"]["rows"], page["classes"]["cols"], page["classes"]["all"]) == kernel
            if shown is None:
                assert page["shown"] is None
            else:
                assert page["shown"]["rows"] == pytest.approx(shown[0], rel=1e-12)
                assert page["shown"]["cols"] == pytest.approx(shown[1], rel=1e-12)
                assert page["shown"]["all"] == pytest.approx(shown[2], rel=1e-12)
