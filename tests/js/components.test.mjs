// Components on a stub state source in happy-dom: what they show for a given state and which
// intents and messages they send back.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createControls } from "../../js/ui/controls.js";
import { createLabelEditor } from "../../js/ui/label_editor.js";
import { createSelection } from "../../js/matrix/selection.js";
import { createState } from "../../js/core/state.js";
import { createThreshold, THROTTLE_MS } from "../../js/binary/threshold.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

test("selection panel: the sentence as text, the page range, and paging messages", async () => {
  const sel = {
    i: 1, j: 0, total: 250, offset: 100, page_size: 100, available: true,
    indices: Array.from({ length: 100 }, (_, n) => 1000 + n),
    sentence: [{ text: "3 samples are truly " }, { text: "<b>x</b>", em: true }, { text: "." }],
  };
  const t = setup({ _selection: sel, _has_samples: true });
  const panel = createSelection(t.ctx);
  t.host.append(panel.el);
  assert.equal(panel.el.querySelector(".cmw-sentence").textContent, "3 samples are truly <b>x</b>.");
  assert.equal(panel.el.querySelector("em").textContent, "<b>x</b>");
  assert.equal(panel.el.querySelector("b"), null);
  assert.equal(panel.el.querySelector(".cmw-range").textContent, "showing 101-200 of 250");
  assert.equal(panel.el.querySelector(".cmw-indices").textContent.split(", ")[0], "1000");
  panel.el.querySelector(".cmw-more").click();
  panel.el.querySelector(".cmw-prev").click();
  assert.deepEqual(t.source.sent, [{ type: "page", offset: 200 }, { type: "page", offset: 0 }]);

  t.source.push("_selection", {});
  await settle();
  assert.match(panel.el.textContent, /Click a cell/);
  t.source.push("_selection", { ...sel, available: false });
  await settle();
  assert.match(panel.el.textContent, /not available/);
  t.ac.abort();
  assert.equal(t.source.listeners(), 0);
  await t.close();
});

function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map();
  return {
    now: () => now,
    setTimeout: (fn, ms) => { timers.set(next, [now + ms, fn]); return next++; },
    clearTimeout: (id) => timers.delete(id),
    advance(ms) {
      now += ms;
      for (const [id, [at, fn]] of [...timers]) {
        if (at <= now) { timers.delete(id); fn(); }
      }
    },
  };
}

test("threshold: a drag writes at most once per throttle interval, and always the final value", async () => {
  const clock = fakeClock();
  const binary = { lo: 0, hi: 1, step: 0.001, threshold: 0.5, pos_index: 1, tp: 1, fp: 2, fn: 3, tn: 4 };
  const t = setup({ _binary: binary, threshold: 0.5, display_labels: ["no", "yes"], _matrix: matrixTrait([[4, 2], [3, 1]]) });
  const thr = createThreshold({ ...t.ctx, clock });
  t.host.append(thr.el);
  const slider = thr.el.querySelector("input.cmw-threshold");
  assert.equal(thr.el.hidden, false);
  assert.match(thr.el.querySelector(".cmw-readout-table").textContent, /predicted no.*predicted yes/);
  const input = (v) => {
    slider.value = String(v);
    slider.dispatchEvent(new t.window.Event("input", { bubbles: true }));
  };
  input(0.51);                       // the first move goes out at once
  for (const v of [0.52, 0.53, 0.54]) { clock.advance(10); input(v); }
  assert.deepEqual(t.source.writes.map((w) => w[1]), [0.51]);
  clock.advance(THROTTLE_MS);        // then the latest of the interval
  assert.deepEqual(t.source.writes.map((w) => w[1]), [0.51, 0.54]);
  clock.advance(5);
  input(0.6);
  slider.dispatchEvent(new t.window.Event("change", { bubbles: true }));   // release
  assert.deepEqual(t.source.writes.map((w) => w[1]), [0.51, 0.54, 0.6]);
  clock.advance(1000);               // nothing pending is sent after the release
  assert.equal(t.source.writes.length, 3);
  assert.ok(t.source.writes.every(([name]) => name === "threshold"));
  t.ac.abort();
  await t.close();
});

test("threshold: a release on the value just written still writes when the kernel holds another", async () => {
  const binary = { lo: 0, hi: 1, step: 0.01, threshold: 0.5, pos_index: 1 };
  const t = setup({ _binary: binary, threshold: 0.5, _matrix: matrixTrait([[1, 0], [0, 1]]) });
  const thr = createThreshold(t.ctx);
  const slider = thr.el.querySelector("input.cmw-threshold");
  slider.value = "0.7";
  slider.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes, [["threshold", 0.7]]);
  t.source.push("threshold", 0.5);   // e.g. the kernel set it back
  await settle();
  assert.equal(slider.value, "0.5");
  t.ac.abort();
  await t.close();
});

test("controls: buttons and the dropdown write normalize and cmap intents", async () => {
  const t = setup({ normalize: null, cmap: "viridis_r" });
  const bar = createControls(t.ctx);
  t.host.append(bar.el);
  const select = bar.el.querySelector("select.cmw-cmap");
  const reverse = bar.el.querySelector("input.cmw-reverse");
  assert.equal(select.value, "viridis");
  assert.equal(reverse.checked, true);
  bar.el.querySelector('.cmw-seg-btn[data-value="pred"]').click();
  select.value = "Greens";
  select.dispatchEvent(new t.window.Event("change"));
  reverse.checked = false;
  reverse.dispatchEvent(new t.window.Event("change"));
  bar.el.querySelector('.cmw-seg-btn[data-value=""]').click();
  assert.deepEqual(t.source.writes, [["normalize", "pred"], ["cmap", "Greens_r"], ["cmap", "Greens"],
    ["normalize", null]]);
  await settle();
  assert.equal(bar.el.querySelector('.cmw-seg-btn[data-value=""]').getAttribute("aria-pressed"), "true");
  t.source.push("cmap", "my_own_map");   // a colormap outside the list still shows
  await settle();
  assert.equal(select.value, "my_own_map");
  t.ac.abort();
  await t.close();
});

test("label editor: names round-trip, line breaks included, and an edit is written", async () => {
  const names = ["a\nb", "tab\there", "\u23ce literal", "x\r\ny"];
  const t = setup({ _matrix: matrixTrait([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], "uint8"), display_labels: names });
  const editor = createLabelEditor(t.ctx);
  t.host.append(editor.button, editor.el);
  editor.button.click();
  const fields = [...editor.el.querySelectorAll("input.cmw-label-input")];
  assert.equal(fields.length, 4);
  assert.ok(fields.every((f) => !/[\r\n]/.test(f.value)));
  editor.el.querySelector(".cmw-save").click();
  assert.deepEqual(t.source.writes, []);       // nothing edited: nothing written
  editor.button.click();
  const again = [...editor.el.querySelectorAll("input.cmw-label-input")];
  again[1].value = "c\u23ced";
  editor.el.querySelector(".cmw-save").click();
  assert.deepEqual(t.source.writes, [["display_labels", ["a\nb", "c\nd", "\u23ce literal", "x\r\ny"]]]);
  t.ac.abort();
  await t.close();
});

test("state: _matrix decodes from an unaligned view; labels fall back to indices", () => {
  const buf = new ArrayBuffer(3 + 32);
  [2.5, 7, 0, 1].forEach((v, p) => new DataView(buf).setFloat64(3 + 8 * p, v, true));
  const source = stubSource({
    _matrix: { k: 2, dtype: "float64", counts: new DataView(buf, 3, 32) }, display_labels: ["x"], selected: [1, 5],
  });
  const state = createState(source);
  assert.deepEqual([...state.get("counts")], [2.5, 7, 0, 1]);
  assert.equal(state.get("counts"), state.get("counts"));   // decoded once per value
  assert.equal(state.get("countDigits"), 2);                 // weighted counts show decimals
  assert.deepEqual(state.get("labels"), ["x", "1"]);
  assert.equal(state.get("selected"), null);                 // out of range
  assert.equal(state.get("lut").length, 1024);                // grey until a table arrives
  assert.throws(() => state.set("_matrix", 1), /not something the page may write/);
});

test("state: a normalise toggle re-derives values and colours from the same counts", () => {
  const source = stubSource({ _matrix: matrixTrait([[3, 1], [0, 0]], "uint8"), normalize: null });
  const state = createState(source);
  assert.deepEqual([...state.get("values")], [3, 1, 0, 0]);
  assert.deepEqual([...state.get("colors")], [255, 85, 0, 0]);
  assert.deepEqual(state.get("fmt"), { kind: "int", digits: 0 });
  const counts = state.get("counts");
  source.push("normalize", "true");
  assert.equal(state.get("counts"), counts);                 // not decoded again
  assert.deepEqual([...state.get("values")], [0.75, 0.25, 0, 0]);
  assert.deepEqual([...state.get("colors")], [255, 85, 0, 0]);
  assert.deepEqual(state.get("fmt"), { kind: "percent", digits: 1 });
  assert.deepEqual(state.get("colorbar").map((t) => t[1]), ["0%", "20%", "40%", "60%"]);
});

test("state: metrics take their names from the labels; binary names from pos_index", () => {
  const per = new Float64Array([0.5, 1, 0.6, 2, 0.25, 0.5, 0.3, 4]);
  const source = stubSource({
    _matrix: matrixTrait([[1, 1], [3, 1]]), display_labels: ["neg", "pos"],
    _metrics: { per_class: new DataView(per.buffer), summary: [{ name: "accuracy", value: 0.3 }] },
    _binary: { lo: 0, hi: 1, pos_index: 0 },
  });
  const state = createState(source);
  const m = state.get("metrics");
  assert.deepEqual(m.perClass[1], { label: "pos", precision: 0.25, recall: 0.5, f1: 0.3, support: 4 });
  assert.equal(m.summary[0].value, 0.3);
  assert.equal(state.get("binary").posName, "neg");
  assert.equal(state.get("binary").negName, "pos");
  source.push("display_labels", ["no", "yes"]);
  assert.equal(state.get("metrics").perClass[0].label, "no");
});

test("label editor: a name changed from Python while the panel is open is kept unless edited", async () => {
  const t = setup({ _matrix: matrixTrait([[1, 0], [0, 1]], "uint8"), display_labels: ["a", "b"] });
  const editor = createLabelEditor(t.ctx);
  t.host.append(editor.button, editor.el);
  editor.button.click();
  t.source.push("display_labels", ["a", "c"]);   // renamed elsewhere
  await settle();
  editor.el.querySelector('input.cmw-label-input[data-index="0"]').value = "x";
  editor.el.querySelector(".cmw-save").click();
  assert.deepEqual(t.source.writes, [["display_labels", ["x", "c"]]]);
  t.ac.abort();
  await t.close();
});

test("selection panel: paging keeps the focus in the panel for the same cell only", async () => {
  const sel = { i: 0, j: 0, total: 250, offset: 0, page_size: 100, indices: [1, 2], sentence: [] };
  const t = setup({ _selection: sel });
  const panel = createSelection(t.ctx);
  t.host.append(panel.el);
  panel.el.querySelector(".cmw-more").focus();
  panel.el.querySelector(".cmw-more").click();
  t.source.push("_selection", { ...sel, offset: 100 });
  await settle();
  assert.equal(t.document.activeElement.className, "cmw-more");
  panel.el.querySelector(".cmw-more").click();
  t.source.push("_selection", { ...sel, i: 1, offset: 0 });   // another cell was chosen meanwhile
  await settle();
  assert.ok(panel.el.querySelector(".cmw-more"));
  assert.notEqual(t.document.activeElement.className, "cmw-more");
  t.ac.abort();
  await t.close();
});

test("controls in compare mode: the colormap menu names the diverging map and is disabled, then returns", async () => {
  const lut = new Uint8Array(768).fill(9);
  const compare = { name: "epoch 1", matrix: matrixTrait([[3, 2], [1, 5]]), lut, cmap: "RdBu", fixed: 4, broken: 1,
    changed: 7 };
  const t = setup({ normalize: null, cmap: "Blues", _matrix: matrixTrait([[4, 1], [0, 6]]), _compare: {} });
  const bar = createControls(t.ctx);
  t.host.append(bar.el);
  const select = bar.el.querySelector("select.cmw-cmap");
  const reverse = bar.el.querySelector("input.cmw-reverse");
  const shown = () => select.options[select.selectedIndex].textContent;
  assert.equal(shown(), "Blues");
  assert.equal(select.disabled, false);
  t.source.push("_compare", compare);
  await settle();
  assert.doesNotMatch(shown(), /Blues/);
  assert.match(shown(), /^RdBu/);
  assert.equal(select.disabled, true);
  assert.equal(reverse.disabled, true);
  assert.match(select.title, /better.*worse/);
  t.source.push("_compare", {});
  await settle();
  assert.equal(shown(), "Blues");
  assert.equal(select.disabled, false);
  assert.equal(reverse.disabled, false);
  assert.ok(![...select.options].some((o) => /RdBu/.test(o.textContent)), "the diverging map leaves the menu");
  assert.deepEqual(t.source.writes, []);
  t.ac.abort();
  await t.close();
});
