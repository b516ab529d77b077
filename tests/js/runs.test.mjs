// Runs bar and compare panel on a stub state source: what they show and which intents they write.
import { test } from "node:test";
import assert from "node:assert/strict";

import { createCompare, summaryText } from "../../js/compare.js";
import { domOf } from "../../js/dom.js";
import { createRuns, linePoints, newerText, PLAY_MS, THROTTLE_MS } from "../../js/runs.js";
import { cellText } from "../../js/format.js";
import { decodeCompare, decodeMoves, decodeRuns, deltaTicks, signed } from "../../js/runs_keys.js";
import { createState } from "../../js/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map();
  return {
    now: () => now,
    setTimeout: (fn, ms) => { timers.set(next, [now + ms, fn]); return next++; },
    clearTimeout: (id) => timers.delete(id),
    pending: () => timers.size,
    advance(ms) {
      now += ms;
      for (const [id, [at, fn]] of [...timers]) {
        if (at <= now) { timers.delete(id); fn(); }
      }
    },
  };
}

const MATRIX2 = (counts) => ({ k: 2, dtype: "float64", counts: new Uint8Array(new Float64Array(counts).buffer) });

const RUNS = { names: ["epoch 0", "epoch 1", "epoch 2", "epoch 3"], accuracy: [0.1, 0.6, 0.8, 0.9],
  macro_f1: [0.05, 0.55, 0.79, 0.88] };

test("decoders: malformed runs, compare and moves decode to nothing to show", () => {
  assert.deepEqual(decodeRuns(undefined), { names: [], accuracy: [], macroF1: [] });
  assert.deepEqual(decodeRuns({ names: ["a", 2], accuracy: [0.5, "x"] }),
    { names: ["a", "2"], accuracy: [0.5, null], macroF1: [null, null] });
  const lut = new Uint8Array(768).fill(7);
  const matrix = (k, counts) => ({ k, dtype: "uint16", counts: new Uint8Array(new Uint16Array(counts).buffer) });
  assert.equal(decodeCompare({ name: "a", matrix: matrix(3, new Array(9).fill(1)), lut }, 2), null);   // not K x K
  assert.equal(decodeCompare({ matrix: matrix(2, [1, 2, 3, 4]), lut }, 2), null);
  assert.equal(decodeCompare({ name: "a", matrix: matrix(2, [1, 2, 3, 4]), lut: new Uint8Array(10) }, 2), null);
  const c = decodeCompare({ name: "a", matrix: matrix(2, [1, 2, 3, 4]), lut, fixed: 2, broken: -1 }, 2);
  assert.deepEqual([...c.counts], [1, 2, 3, 4]);
  assert.deepEqual([c.fixed, c.broken, c.changed], [2, 0, 0]);
  assert.equal(c.lut.length, 1024);
  assert.equal(decodeMoves({ i: "1", j: 0 }), null);
  assert.deepEqual(decodeMoves({ i: 1, j: 0, entered: [4, "x", 7], n_entered: 2 }).entered, [4, 7]);
});

test("pure helpers: line points span the box, newer runs are counted from the one shown", () => {
  const pts = linePoints([0, null, 1], { w: 100, h: 50, pad: 5 });
  assert.deepEqual(pts, [[5, 45], null, [95, 5]]);
  assert.deepEqual(linePoints([0.5], { w: 100, h: 50, pad: 5 }), [[50, 25]]);
  assert.equal(newerText(RUNS.names, "epoch 1"), "2 newer runs");
  assert.equal(newerText(RUNS.names, "epoch 2"), "1 newer run");
  assert.equal(newerText(RUNS.names, "epoch 3"), "");
});

test("runs bar: hidden for one run; the scrubber, the newer-runs note and the history line", async () => {
  const t = setup({ _runs: { names: ["run 1"], accuracy: [1], macro_f1: [1] }, run: "run 1", compare: null });
  const bar = createRuns(t.ctx);
  t.host.append(bar.el);
  assert.equal(bar.el.hidden, true);
  t.source.push("_runs", RUNS);
  t.source.push("run", "epoch 1");
  await settle();
  assert.equal(bar.el.hidden, false);
  const slider = bar.el.querySelector("input.cmw-run-slider");
  assert.equal(slider.max, "3");
  assert.equal(slider.value, "1");
  assert.equal(bar.el.querySelector(".cmw-run-name").textContent, "epoch 1");
  const newer = bar.el.querySelector(".cmw-run-newer");
  assert.equal(newer.hidden, false);
  assert.equal(newer.textContent, "2 newer runs");
  const dots = bar.el.querySelectorAll("circle[data-run]");
  assert.equal(dots.length, 4);
  assert.equal(bar.el.querySelector(".cmw-run-dot-current").getAttribute("data-run"), "1");
  assert.match(dots[2].textContent, /epoch 2: accuracy 0\.800, macro F1 0\.790/);
  assert.equal(bar.el.querySelectorAll("polyline").length, 2);
  dots[3].dispatchEvent(new t.window.MouseEvent("click", { bubbles: true }));   // a point picks its run
  newer.click();
  assert.deepEqual(t.source.writes, [["run", "epoch 3"]]);   // already the latest: written once
  await settle();
  assert.equal(newer.hidden, true);
  t.ac.abort();
  assert.equal(t.source.listeners(), 0);
  await t.close();
});

test("runs bar: a drag writes at most once per interval and always the run where it ends", async () => {
  const clock = fakeClock();
  const t = setup({ _runs: RUNS, run: "epoch 3", compare: null });
  const bar = createRuns({ ...t.ctx, clock });
  const slider = bar.el.querySelector("input.cmw-run-slider");
  const input = (v) => {
    slider.value = String(v);
    slider.dispatchEvent(new t.window.Event("input", { bubbles: true }));
  };
  input(2);
  clock.advance(10);
  input(1);
  clock.advance(10);
  input(0);
  assert.deepEqual(t.source.writes, [["run", "epoch 2"]]);
  assert.equal(bar.el.querySelector(".cmw-run-name").textContent, "epoch 0");   // the name follows the drag
  clock.advance(THROTTLE_MS);
  assert.deepEqual(t.source.writes, [["run", "epoch 2"], ["run", "epoch 0"]]);
  input(1);
  slider.dispatchEvent(new t.window.Event("change", { bubbles: true }));
  clock.advance(1000);
  assert.deepEqual(t.source.writes.map((w) => w[1]), ["epoch 2", "epoch 0", "epoch 1"]);
  t.ac.abort();
  await t.close();
});

test("runs bar: play steps through the runs from the first when at the end, and pause stops", async () => {
  const clock = fakeClock();
  const t = setup({ _runs: RUNS, run: "epoch 3", compare: null });
  const bar = createRuns({ ...t.ctx, clock });
  const play = bar.el.querySelector(".cmw-play");
  play.click();
  assert.deepEqual(t.source.writes, [["run", "epoch 0"]]);
  clock.advance(PLAY_MS);
  clock.advance(PLAY_MS);
  assert.deepEqual(t.source.writes.map((w) => w[1]), ["epoch 0", "epoch 1", "epoch 2"]);
  play.click();   // pause
  clock.advance(5 * PLAY_MS);
  assert.equal(t.source.writes.length, 3);
  play.click();
  clock.advance(PLAY_MS);
  clock.advance(PLAY_MS);   // at the last run: stops by itself
  assert.deepEqual(t.source.writes.map((w) => w[1]), ["epoch 0", "epoch 1", "epoch 2", "epoch 3"]);
  assert.equal(clock.pending(), 0);
  assert.equal(play.getAttribute("aria-label"), "Play the runs");
  t.ac.abort();
  await t.close();
});

test("runs bar: the compare picker lists the runs and writes compare", async () => {
  const t = setup({ _runs: RUNS, run: "epoch 3", compare: null });
  const bar = createRuns(t.ctx);
  const picker = bar.el.querySelector("select.cmw-compare-pick");
  assert.deepEqual([...picker.options].map((o) => o.value), ["", ...RUNS.names]);
  assert.equal(picker.value, "");
  picker.value = "epoch 1";
  picker.dispatchEvent(new t.window.Event("change"));
  await settle();
  assert.equal(picker.value, "epoch 1");
  picker.value = "";
  picker.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes, [["compare", "epoch 1"], ["compare", null]]);
  t.ac.abort();
  await t.close();
});

test("compare panel: the summary, and the samples that entered and left the cell with their columns", async () => {
  const cmp = { name: "epoch 1", matrix: MATRIX2([0, 0, 0, 0]), lut: new Uint8Array(768), fixed: 5, broken: 1,
    changed: 7 };
  const t = setup({ _matrix: MATRIX2([1, 2, 3, 4]), display_labels: ["<i>cat</i>", "dog"], run: "epoch 3",
    _compare: {}, _moves: {} });
  const panel = createCompare(t.ctx);
  t.host.append(panel.el);
  assert.equal(panel.el.hidden, true);
  t.source.push("_compare", cmp);
  await settle();
  assert.equal(panel.el.hidden, false);
  assert.equal(panel.el.querySelector(".cmw-compare-summary").textContent,
    "From epoch 1 to epoch 3: 5 fixed, 1 broken, 7 samples changed their prediction.");
  assert.match(panel.el.textContent, /Click a cell/);
  t.source.push("_moves", { i: 0, j: 0, entered: [3, 9], came_from: [1, 1], left: [4], went_to: [1],
    n_entered: 120, n_left: 1 });
  await settle();
  const entered = panel.el.querySelector(".cmw-entered");
  assert.equal(entered.querySelector(".cmw-moves-title").textContent, "Entered (120)");
  assert.deepEqual([...entered.querySelectorAll(".cmw-move")].map((m) => m.textContent), [
    "sample 3: predicted dog in epoch 1", "sample 9: predicted dog in epoch 1"]);
  assert.match(entered.textContent, /showing the first 2 of 120/);
  assert.deepEqual([...panel.el.querySelectorAll(".cmw-left .cmw-move")].map((m) => m.textContent), [
    "sample 4: predicted dog in epoch 3"]);
  assert.equal(panel.el.querySelector("i"), null);   // class names stay text
  assert.match(panel.el.querySelector(".cmw-moves-head").textContent, /true <i>cat<\/i>, predicted <i>cat<\/i>/);
  assert.equal(summaryText({ name: "a", fixed: 0, broken: 0, changed: 1 }, "b"),
    "From a to b: 0 fixed, 0 broken, 1 sample changed their prediction.");
  t.source.push("_compare", {});
  await settle();
  assert.equal(panel.el.hidden, true);
  t.ac.abort();
  await t.close();
});

test("compare mode: the cells show the change of each count, coloured around no change, with the count beside it", async () => {
  const lut = new Uint8Array(768);
  for (let c = 0; c < 256; c++) lut[3 * c] = c;   // red channel = colour index, to read the table back
  const t = setup({ _matrix: MATRIX2([5, 1, 0, 4]), _lut: new Uint8Array(768).fill(200), normalize: "true",
    _compare: {} });
  assert.equal(t.state.get("fmt").kind, "percent");
  assert.equal(t.state.get("lut")[0], 200);
  t.source.push("_compare", { name: "a", matrix: MATRIX2([2, 3, 0, 4]), lut, fixed: 3, broken: 0, changed: 3 });
  assert.deepEqual([...t.state.get("values")], [3, -2, 0, 0]);   // counts - compared counts, normalize aside
  // Coloured by better (the top of the scale) or worse (the bottom): more samples on the diagonal
  // and fewer off it are both better. rint((g + 3) * 255 / 6), halves to even, where g is the
  // change on the diagonal and minus the change off it.
  assert.deepEqual([...t.state.get("colors")], [255, 212, 128, 128]);
  assert.deepEqual([...t.state.get("counts")], [5, 1, 0, 4]);   // the counts themselves stay the run's
  assert.equal(t.state.get("lut")[4 * 255], 255);
  assert.deepEqual(t.state.get("fmt"), { kind: "delta", digits: 0 });
  assert.deepEqual(t.state.get("colorbar"), [[0, "3 worse"], [0.5, "no change"], [1, "3 better"]]);
  assert.deepEqual(cellText(-2, 1, t.state.get("fmt")), { main: "\u22122", sub: "(1)" });
  assert.deepEqual([signed(0), signed(1.5, 1), signed(-0.001, 2)], ["0", "+1.5", "0.00"]);
  assert.deepEqual(deltaTicks(new Float64Array(4)), [[0, "1 worse"], [0.5, "no change"], [1, "1 better"]]);
  t.source.push("_compare", {});
  assert.equal(t.state.get("fmt").kind, "percent");
  assert.equal(t.state.get("values")[0], 5 / 6);
  t.ac.abort();
  await t.close();
});
