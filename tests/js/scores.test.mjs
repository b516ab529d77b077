// The score views on a stub state source: curves (binary), abstain and top-k, per-label tables.
import { test } from "node:test";
import assert from "node:assert/strict";

import { createAbstain } from "../../js/abstain.js";
import { createCurves, PLOT } from "../../js/curves.js";
import { decodeCurves, nearestPoint } from "../../js/curves_data.js";
import { domOf } from "../../js/dom.js";
import { createMultilabel, labelOrder } from "../../js/multilabel.js";
import { createState, INTENTS } from "../../js/state.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

const f4 = (a) => new DataView(new Float32Array(a).buffer);
const f8 = (a) => new DataView(new Float64Array(a).buffer);

// A small ROC (fpr, tpr) and PR (recall, precision) with each point's threshold.
const CURVES = {
  roc: { x: f4([0, 0, 0.5, 1]), y: f4([0, 0.5, 1, 1]), t: f8([0.9, 0.8, 0.4, 0.1]) },
  pr: { x: f4([1, 1, 0.5, 0]), y: f4([0.5, 0.67, 1, 1]), t: f8([0.1, 0.4, 0.8, 0.9]) },
  auc: 0.875, ap: 0.83, targets: [{ name: "90% recall", threshold: 0.4 }, { name: "bad", threshold: null }],
};
const BINARY = { lo: 0, hi: 1, step: 0.001, threshold: 0.5, pos_index: 1, tp: 2, fp: 1, fn: 0, tn: 1,
  tpr: 1, fpr: 0.5, precision: 0.67 };

test("curve data: decoded from buffers, nearest drawn point", () => {
  const c = decodeCurves(CURVES);
  assert.deepEqual(Array.from(c.roc.t), [0.9, 0.8, 0.4, 0.1]);
  assert.deepEqual(c.targets, [{ name: "90% recall", threshold: 0.4 }]);
  assert.equal(nearestPoint(c.roc, 0.45, 0.9), 2);
  assert.equal(decodeCurves({}), null);
  assert.equal(decodeCurves({ roc: CURVES.roc }), null);
});

test("curves: asked for once, drawn with the threshold marked, a press on a curve writes its threshold", async () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, display_labels: ["no", "yes"], _matrix: matrixTrait([[1, 1], [0, 2]]) });
  const view = createCurves(t.ctx);
  t.host.append(view.el);
  assert.equal(view.el.hidden, false);
  assert.deepEqual(t.source.sent, [{ type: "curves" }]);
  t.source.push("_curves", CURVES);
  await settle();
  const roc = view.el.querySelector('svg[data-kind="roc"]');
  const { size, pad } = PLOT;
  const inner = size - 2 * pad;
  const marker = roc.querySelector(".cmw-curve-marker");
  assert.equal(Number(marker.getAttribute("cx")), pad + 0.5 * inner);
  assert.equal(Number(marker.getAttribute("cy")), pad);
  assert.match(view.el.textContent, /AUC 0\.875/);
  assert.match(view.el.textContent, /AP 0\.83/);
  // Press at the point (fpr 0, tpr 0.5): its threshold 0.8 goes out; the release writes it again.
  const at = (type, x, y) => roc.dispatchEvent(new t.window.MouseEvent(type, {
    clientX: pad + x * inner, clientY: pad + (1 - y) * inner, bubbles: true,
  }));
  at("pointerdown", 0.02, 0.48);
  at("pointerup", 0.02, 0.48);
  assert.deepEqual(t.source.writes, [["threshold", 0.8], ["threshold", 0.8]]);
  view.el.querySelector(".cmw-curve-target").click();
  assert.deepEqual(t.source.writes.at(-1), ["threshold", 0.4]);
  assert.equal(view.el.querySelectorAll(".cmw-curve-target").length, 1);
  t.source.push("_binary", { ...BINARY, tpr: 0.5, fpr: 0 });   // the kernel's answer moves the marker
  await settle();
  assert.equal(Number(marker.getAttribute("cx")), pad);
  assert.equal(t.source.sent.length, 1);
  t.source.push("_curves", {});   // dropped by the kernel (another run shown): asked for again, once
  await settle();
  t.source.push("_binary", { ...BINARY });
  await settle();
  assert.deepEqual(t.source.sent, [{ type: "curves" }, { type: "curves" }]);
  assert.equal(view.el.querySelectorAll("svg").length, 0);
  t.ac.abort();
  assert.equal(t.source.listeners(), 0);
  await t.close();
});

test("curves: one that is undefined (one class only) says why and draws no line to drag", async () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, display_labels: ["no", "yes"], _matrix: matrixTrait([[1, 1], [0, 0]]) });
  const view = createCurves(t.ctx);
  t.host.append(view.el);
  t.source.push("_curves", { ...CURVES, auc: null, undefined: { roc: "no sample of the positive class", pr: null } });
  await settle();
  const roc = view.el.querySelector(".cmw-curve-roc");
  assert.match(roc.textContent, /no sample of the positive class/);
  assert.equal(roc.querySelector("polyline"), null);
  assert.equal(roc.querySelector(".cmw-curve-marker"), null);
  const pr = view.el.querySelector(".cmw-curve-pr");
  assert.notEqual(pr.querySelector("polyline"), null);
  t.ac.abort();
  await t.close();
});

test("curves: hidden without binary scores", async () => {
  const t = setup({ _binary: {}, _matrix: matrixTrait([[1, 0], [0, 1]]) });
  const view = createCurves(t.ctx);
  assert.equal(view.el.hidden, true);
  assert.deepEqual(t.source.sent, []);
  t.ac.abort();
  await t.close();
});

const MULTICLASS = { kind: "multiclass", abstain: 0.5, lo: 0, hi: 1, step: 0.001, top_k: 1, k_max: 3,
  coverage: 0.75, covered_accuracy: 0.6, abstained: [2, 0, 5] };

test("abstain: slider, toggle and top-k write their intents; the abstained counts are the matrix's column", async () => {
  const t = setup({ _scores: MULTICLASS, display_labels: ["a", "b", "c"], _matrix: matrixTrait([[1, 0, 0], [0, 1, 0], [0, 0, 1]]) });
  const view = createAbstain(t.ctx);
  t.host.append(view.el);
  assert.equal(view.el.hidden, false);
  assert.match(view.el.textContent, /coverage 75\.0%/);
  assert.match(view.el.textContent, /accuracy of the covered 60\.0%/);
  // No strip of buttons: the matrix draws the abstained column (tests/js/abstained.test.mjs).
  assert.equal(view.el.querySelectorAll(".cmw-abstained, .cmw-abstained-cell, button").length, 0);
  const slider = view.el.querySelector(".cmw-abstain-slider");
  slider.value = "0.7";
  slider.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["abstain", 0.7]);
  const toggle = view.el.querySelector(".cmw-abstain-on");
  toggle.checked = false;
  toggle.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["abstain", null]);
  const k = view.el.querySelector(".cmw-top-k");
  k.value = "2";
  k.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["top_k", 2]);
  k.value = "9";   // out of range: not written, the field shows the kernel's value again
  k.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["top_k", 2]);
  t.source.push("_scores", { ...MULTICLASS, abstain: null });
  await settle();
  assert.equal(view.el.querySelector(".cmw-abstain-slider").disabled, true);
  assert.equal(view.el.querySelector(".cmw-abstain-stats").textContent, "");
  // Ticked again, it abstains where it last did (0.35 here), not at the slider's middle.
  t.source.push("_scores", { ...MULTICLASS, abstain: 0.35 });
  await settle();
  t.source.push("_scores", { ...MULTICLASS, abstain: null });
  await settle();
  toggle.checked = true;
  toggle.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["abstain", 0.35]);
  // A top-k outside 1..K says why it was not taken.
  k.value = "0";
  k.dispatchEvent(new t.window.Event("change"));
  assert.match(view.el.textContent, /top-k must be a whole number from 1 to 3/);
  t.ac.abort();
  await t.close();
});

function metricsTrait(rows) {
  const a = new Float64Array(rows.flat());
  return { per_class: new DataView(a.buffer), summary: [] };
}

const MULTILABEL = { kind: "multilabel", tables: [[5, 1, 2, 3], [4, 0, 1, 6], [7, 2, 0, 1]],
  thresholds: [0.5, 0.5, 0.5], lo: 0, hi: 1, step: 0.001 };

test("multi-label: tables sortable by F1 and support, a picked label's threshold and cells", async () => {
  const t = setup({
    _scores: MULTILABEL, display_labels: ["cat", "dog", "owl"],
    _matrix: matrixTrait([[3, 1, 0], [0, 6, 1], [0, 0, 1]]),
    _metrics: metricsTrait([[0.75, 0.6, 0.67, 5], [1, 0.86, 0.92, 7], [0.33, 1, 0.5, 1]]),
  });
  const view = createMultilabel(t.ctx);
  t.host.append(view.el);
  const order = () => [...view.el.querySelectorAll(".cmw-label-tables tbody tr")].map((r) => r.dataset.label);
  assert.deepEqual(order(), ["0", "1", "2"]);
  view.el.querySelector('[data-sort="f1"]').click();
  assert.deepEqual(order(), ["1", "0", "2"]);
  view.el.querySelector('[data-sort="support"]').click();
  assert.deepEqual(order(), ["1", "0", "2"]);
  const picker = view.el.querySelector(".cmw-label-picker");
  picker.value = "2";
  picker.dispatchEvent(new t.window.Event("change"));
  assert.match(view.el.querySelector(".cmw-label-focus").textContent, /owl.*TN 7.*FP 2.*FN 0.*TP 1/);
  view.el.querySelector('.cmw-label-cell[data-cell="fp"]').click();
  assert.deepEqual(t.source.sent, [{ type: "label_cell", label: 2, cell: "fp" }]);
  const slider = view.el.querySelector(".cmw-label-threshold");
  slider.value = "0.3";
  slider.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes.at(-1), ["thresholds", [0.5, 0.5, 0.3]]);
  t.source.push("_scores", { ...MULTILABEL, focus: { label: 2, cell: "fp", total: 2, indices: [4, 9] } });
  await settle();
  assert.match(view.el.querySelector(".cmw-label-listing").textContent, /FP of owl: 2 samples.*4, 9/);
  t.ac.abort();
  await t.close();
});

test("multi-label scores saved in a file: shown, with no threshold to move and no cell to list", async () => {
  const t = setup({
    _scores: { ...MULTILABEL, fixed: true }, display_labels: ["cat", "dog", "owl"],
    _matrix: matrixTrait([[3, 1, 0], [0, 6, 1], [0, 0, 1]]),
    _metrics: metricsTrait([[0.75, 0.6, 0.67, 5], [1, 0.86, 0.92, 7], [0.33, 1, 0.5, 1]]),
  });
  const view = createMultilabel(t.ctx);
  t.host.append(view.el);
  assert.match(view.el.querySelector(".cmw-label-focus").textContent, /cat.*TN 5.*FP 1.*FN 2.*TP 3/);
  const slider = view.el.querySelector(".cmw-label-threshold");
  assert.equal(slider.disabled, true);
  assert.equal(slider.value, "0.5");
  const cells = [...view.el.querySelectorAll(".cmw-label-cell")];
  assert.equal(cells.length, 4);
  assert.ok(cells.every((b) => b.disabled));
  t.ac.abort();
  await t.close();
});

test("multi-label helpers and intents", () => {
  const rows = [{ f1: 0.5, support: 3 }, { f1: 0.9, support: 1 }, { f1: 0.5, support: 9 }];
  assert.deepEqual(labelOrder(rows, "label"), [0, 1, 2]);
  assert.deepEqual(labelOrder(rows, "f1"), [1, 0, 2]);
  assert.deepEqual(labelOrder(rows, "support"), [2, 0, 1]);
  for (const intent of ["abstain", "top_k", "thresholds"]) assert.ok(INTENTS.has(intent));
});

test("curves: ticks and values at 0, 0.5 and 1 on both axes, the current point's values, a visible handle", async () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, display_labels: ["no", "yes"], _matrix: matrixTrait([[1, 1], [0, 2]]) });
  const view = createCurves(t.ctx);
  t.host.append(view.el);
  t.source.push("_curves", CURVES);
  await settle();
  const { size, pad } = PLOT;
  const inner = size - 2 * pad;
  for (const [kind, xName, yName, x, y] of [["roc", "FPR", "TPR", 0.5, 1], ["pr", "recall", "precision", 1, 0.67]]) {
    const plot = view.el.querySelector(`svg[data-kind="${kind}"]`);
    const ticks = (axis) => [...plot.querySelectorAll(`text.cmw-curve-tick[data-axis="${axis}"]`)]
      .map((e) => [e.textContent, Number(e.getAttribute(axis === "x" ? "x" : "y"))]);
    // Each value stands where that value lies on its axis (y grows downwards in the svg).
    assert.deepEqual(ticks("x"), [["0", pad], ["0.5", pad + 0.5 * inner], ["1", pad + inner]]);
    assert.deepEqual(ticks("y").map(([s]) => s), ["0", "0.5", "1"]);
    for (const [s, at] of ticks("y")) assert.ok(Math.abs(at - (pad + (1 - Number(s)) * inner)) <= 4, `${s} at ${at}`);
    assert.equal(plot.querySelectorAll("line.cmw-curve-tickmark").length, 6);
    // The current point's values, in words and numbers.
    const readout = plot.querySelector("text.cmw-curve-readout");
    assert.equal(readout.textContent, `${xName} ${x.toFixed(3)}, ${yName} ${y.toFixed(3)}`);
    // A handle that looks like one: a ring around the point, a grab cursor and a title that says to drag it.
    const handle = plot.querySelector(".cmw-curve-marker");
    assert.ok(Number(handle.getAttribute("r")) >= 6);
    assert.ok(handle.classList.contains("cmw-curve-handle"));
    assert.match(handle.querySelector("title").textContent, /drag/i);
    // Guides from the point to both axes.
    const guides = [...plot.querySelectorAll("line.cmw-curve-guide")];
    assert.equal(guides.length, 2);
    assert.equal(Number(guides[0].getAttribute("x1")), pad + x * inner);
  }
  t.source.push("_binary", { ...BINARY, tpr: 0.5, fpr: 0.25 });
  await settle();
  assert.equal(view.el.querySelector('svg[data-kind="roc"] text.cmw-curve-readout').textContent, "FPR 0.250, TPR 0.500");
  t.ac.abort();
  await t.close();
});
