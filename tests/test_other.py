"""Top-N views: ``top_classes`` shows the first N classes of the display order and one "(other)" row and
column that gather the rest. Oracles: scikit-learn's full matrix summed by numpy over the hidden classes,
and numpy masks over the labels for the samples of an "(other)" cell. The kernel-free page (run in Node)
draws the same matrix and totals, and a click on an "(other)" cell lists the kernel's samples."""

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
from cm_widget._engine import normalize as normalize_counts
from cm_widget._export import page_data

matplotlib.use("Agg")

OTHER = "(other)"


def oracle(yt, yp, classes, order, top, weights=None):
    """(drawn counts, hidden classes) from scikit-learn's full matrix, summed with numpy."""
    cm = confusion_matrix(yt, yp, labels=classes, sample_weight=weights).astype(float)
    shown, hidden = list(order[:top]), list(order[top:])
    m = np.zeros((len(shown) + 1, len(shown) + 1))
    for r, i in enumerate(shown):
        m[r, : len(shown)] = cm[i, shown]
        m[r, -1] = cm[i, hidden].sum()
    m[-1, : len(shown)] = cm[np.ix_(hidden, shown)].sum(axis=0)
    m[-1, -1] = cm[np.ix_(hidden, hidden)].sum()
    return m, [classes[c] for c in hidden]


@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(8, 300),
    k=st.integers(2, 8),
    order=st.sampled_from(["given", "support", "errors", "name"]),
    weighted=st.booleans(),
    data=st.data(),
)
@settings(max_examples=40, deadline=None)
def test_other_gathers_the_hidden_classes_and_every_line_adds_up(seed, n, k, order, weighted, data):
    rng = np.random.default_rng(seed)
    yt, yp = rng.integers(0, k, n), rng.integers(0, k, n)
    yt[:k] = np.arange(k)  # every class present
    weights = rng.integers(1, 5, n) / 2 if weighted else None
    top = data.draw(st.integers(1, k - 1))
    w = W(yt, yp, sample_weight=weights, order=order, top_classes=top)
    classes = list(range(k))
    want, hidden = oracle(yt, yp, classes, w.class_order.tolist(), top, weights)
    np.testing.assert_allclose(w.display_counts, want, rtol=1e-12)
    assert w.hidden_classes == hidden
    full = confusion_matrix(yt, yp, labels=classes, sample_weight=weights)
    # rows and columns add up to the full matrix's totals; the grand total is n (or the weights')
    drawn = np.asarray(w.display_counts)
    assert drawn.sum() == pytest.approx(n if weights is None else weights.sum())
    np.testing.assert_allclose(drawn.sum(axis=1)[:top], full.sum(axis=1)[w.class_order[:top]])
    np.testing.assert_allclose(drawn.sum(axis=0)[:top], full.sum(axis=0)[w.class_order[:top]])
    # the counts, the metrics and the selection stay those of the full matrix
    np.testing.assert_allclose(w.counts, full)
    # the samples of the (other) cells
    last = w.class_order[0]
    hid = np.isin(yt, hidden)
    np.testing.assert_array_equal(w.indices(OTHER, int(last)), np.flatnonzero(hid & (yp == last)))
    np.testing.assert_array_equal(w.indices(int(last), OTHER), np.flatnonzero((yt == last) & np.isin(yp, hidden)))
    np.testing.assert_array_equal(w.indices(OTHER, OTHER), np.flatnonzero(hid & np.isin(yp, hidden)))
    if order in ("support", "errors"):  # the N largest are shown
        key = full.sum(axis=1) if order == "support" else full.sum(axis=1) + full.sum(axis=0) - 2 * np.diag(full)
        assert min(key[w.class_order[:top]]) >= max(key[hidden])


def test_top_classes_refuses_bad_values_naming_the_argument():
    w = W([0, 1, 2, 2], [0, 1, 1, 2])
    for bad in (0, -1, 4, 2.0, "2", True):
        with pytest.raises(traitlets.TraitError, match="top_classes"):
            w.top_classes = bad
    assert w.top_classes is None
    with pytest.raises(ValueError, match="top_classes"):
        W([0, 1], [0, 1], top_classes=3)
    w.top_classes = 3  # every class: nothing gathered
    assert w.hidden_classes == [] and w.display_counts.shape == (3, 3)
    with pytest.raises(ValueError, match="none are hidden"):
        w.indices(OTHER, 0)


def test_top_classes_and_the_groups_level_refuse_each_other():
    groups = {0: "a", 1: "a", 2: "b"}
    w = W([0, 1, 2, 2], [0, 1, 1, 2], groups=groups, level="groups")
    with pytest.raises(traitlets.TraitError, match="level='groups'"):
        w.top_classes = 2
    w.level = "classes"
    w.top_classes = 2
    with pytest.raises(traitlets.TraitError, match="top_classes"):
        w.level = "groups"
    assert w.level == "classes"
    m = W.multilabel(np.eye(3, dtype=int)[[0, 1, 2]], np.eye(3, dtype=int)[[0, 2, 2]])
    with pytest.raises(traitlets.TraitError, match="multi-label"):
        m.top_classes = 1


def test_the_figure_draws_other_and_its_totals():
    rng = np.random.default_rng(3)
    yt, yp = rng.integers(0, 5, 300), rng.integers(0, 5, 300)
    w = W(yt, yp, order="support", top_classes=2, show_totals=True)
    ax = w.to_figure().axes[0]
    names = [str(c) for c in w.class_order[:2]]
    assert [t.get_text() for t in ax.get_yticklabels()] == [*names, OTHER, "total"]
    want, _ = oracle(yt, yp, list(range(5)), w.class_order.tolist(), 2)
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert texts[(2, 2)] == str(int(want[2, 2]))
    assert texts[(2, 3)] == str(int(want[2].sum())) and texts[(3, 3)] == "300"


# ----------------------------------------------------------------- the page

_SCRIPT = """
import { embeddedSource } from %s;
import { createState } from %s;
import { createDisplay } from %s;
const arr = (a) => (a ? Array.from(a) : null);
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(({ data, click }) => {
    const src = embeddedSource(data);
    const display = createDisplay(createState(src));
    const t = display.get("totals");
    const a = display.get("abstained");
    const got = {
      labels: display.get("labels"), counts: arr(display.get("counts")), values: arr(display.get("values")),
      abstained: a ? arr(a.counts) : null, abstainedValues: a ? arr(a.values) : null,
      totals: { rows: arr(t.rows), cols: arr(t.cols), all: t.all },
    };
    // A click on a displayed cell, then every page of its samples.
    display.set("selected", click);
    const s = src.get("_selection");
    const indices = [...(s.indices || [])];
    for (let at = s.page_size; at < s.total; at += s.page_size) {
      src.send({ type: "page", offset: at });
      indices.push(...src.get("_selection").indices);
    }
    got.selected = src.get("selected");
    got.available = s.available !== false;
    got.indices = indices;
    return got;
  });
  process.stdout.write(JSON.stringify(out));
});
"""


@st.composite
def cases(draw):
    kind = draw(st.sampled_from(["labels", "labels", "multiclass"]))
    d = make_data(
        kind,
        draw(st.integers(0, 2**32 - 1)),
        draw(st.integers(8, 80)),
        draw(st.booleans()),
        draw(st.booleans()),
        False,
        draw(st.booleans()),
    )
    order = draw(st.sampled_from(["given", "name", "support", "errors"]))
    abstain = draw(st.sampled_from([None, 0.4])) if kind == "multiclass" else None
    normalize = draw(st.sampled_from([None, "true", "pred", "all"]))
    return d, order, abstain, normalize, draw(st.integers(1, 3)), draw(st.integers(0, 3)), draw(st.integers(0, 4))


@needs_node
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(cases(), min_size=1, max_size=4))
def test_the_page_draws_other_as_the_kernel_and_its_click_lists_the_kernels_samples(batch):
    jobs, expected = [], []
    for d, order, abstain, normalize, top, r, c in batch:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = build(d)
        k = len(w.classes)
        top = min(top, k - 1)
        w.order, w.abstain, w.normalize = order, abstain, normalize
        w.top_classes = top
        drawn = np.asarray(w.display_counts, dtype=float)
        n = top + 1
        r, c = min(r, n - 1), min(c, drawn.shape[1] - 1)
        shown = w.class_order[:top].tolist()
        name = lambda p, cols=False: (  # noqa: E731
            OTHER if p == top else "abstained" if p > top else w.classes[shown[p]].item()
        )
        want = {
            "labels": [w.display_labels[x] for x in shown] + [OTHER],
            "counts": drawn[:, :n].ravel().tolist(),
            "abstained": drawn[:, n].tolist() if drawn.shape[1] > n else None,
            "totals": (drawn.sum(axis=1).tolist(), drawn.sum(axis=0).tolist(), float(drawn.sum())),
            "indices": w.indices(name(r), name(c)).tolist(),
            # normalised as the kernel normalises its matrix (a true row counts its abstained samples)
            "values": normalize_counts(drawn, normalize),
        }
        jobs.append({"data": page_data(w), "click": [r, c]})
        expected.append(want)
    script = _SCRIPT % (js_module("core/source_embedded.js"), js_module("core/state.js"), js_module("order/display.js"))
    for want, got in zip(expected, run_script(script, jobs)):
        assert got["labels"] == want["labels"]
        assert got["counts"] == want["counts"]  # added in the same order: bit for bit
        if want["abstained"] is None:
            assert got["abstained"] is None
        else:
            assert got["abstained"] == want["abstained"]
        values = want["values"]
        assert got["values"] == pytest.approx(values[:, : len(got["labels"])].ravel().tolist(), rel=1e-12)
        if want["abstained"] is not None:
            assert got["abstainedValues"] == pytest.approx(values[:, -1].tolist(), rel=1e-12)
        assert got["totals"]["rows"] == pytest.approx(want["totals"][0], rel=1e-12)
        assert got["totals"]["cols"] == pytest.approx(want["totals"][1], rel=1e-12)
        assert got["totals"]["all"] == pytest.approx(want["totals"][2], rel=1e-12)
        if got["available"]:  # (n, K) scores' files keep the counts only
            assert got["indices"] == want["indices"], got["selected"]
