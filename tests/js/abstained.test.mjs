// The abstained column in the matrix canvas, on a stub state source and a 2D context that
// records what is drawn: K + 1 columns, the "abstained" label, values normalised over the whole
// row, and clicks and keys on the column writing selected = [row, K].
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createManyClasses } from "../../js/order/many_classes.js";
import { createMatrix } from "../../js/matrix/matrix.js";
import { createState } from "../../js/core/state.js";
import { key, makeDom, settle, stubSource } from "./dom_env.mjs";

// 3 classes; the last column counts the samples each true class abstained on.
const ROWS = [[6, 1, 1, 2], [0, 1, 1, 8], [1, 0, 3, 0]];
const LABELS = ["ant", "bee", "cat"];

function matrix3x4(rows = ROWS) {
  const flat = Uint16Array.from(rows.flat());
  return { k: rows.length, cols: rows[0].length, dtype: "uint16", counts: new DataView(flat.buffer) };
}

/** A 2D context that keeps every fillRect, fillText and strokeRect with the style of the moment. */
function recordingContext() {
  const log = { rects: [], texts: [], strokes: [] };
  const ctx = {
    log,
    fillStyle: "#000", strokeStyle: "#000", font: "12px sans-serif", lineWidth: 1,
    textAlign: "left", textBaseline: "alphabetic", imageSmoothingEnabled: true,
    measureText: (t) => ({ width: 7 * String(t).length }),
    fillRect(x, y, w, h) { log.rects.push({ x, y, w, h, style: ctx.fillStyle }); },
    strokeRect(x, y, w, h) { log.strokes.push({ x, y, w, h, style: ctx.strokeStyle }); },
    fillText(text, x, y) { log.texts.push({ text: String(text), x, y }); },
    clear() { log.rects = []; log.texts = []; log.strokes = []; },
  };
  for (const name of ["setTransform", "clearRect", "beginPath", "moveTo", "lineTo", "stroke", "save", "restore",
    "translate", "rotate", "setLineDash", "drawImage", "putImageData"]) ctx[name] = () => {};
  return ctx;
}

// Tiny cells are drawn from a one-pixel-per-cell bitmap (ImageData: not in Node).
globalThis.ImageData ??= class { constructor(data, width, height) { Object.assign(this, { data, width, height }); } };

function setup(traits = {}) {
  const env = makeDom();
  const ctx2d = recordingContext();
  env.window.HTMLCanvasElement.prototype.getContext = () => ctx2d;
  const source = stubSource({
    _matrix: matrix3x4(), display_labels: LABELS, normalize: "true", cmap: "Blues", selected: null, ...traits,
  });
  const state = createState(source);
  const ac = new AbortController();
  const dom = domOf(env.document);
  const many = createManyClasses({ state, dom, signal: ac.signal });
  const matrix = createMatrix(many.matrixCtx);
  env.host.append(matrix.el);
  const canvas = matrix.el.querySelector("canvas");
  const geo = () => {
    const d = canvas.dataset;
    return { x0: +d.cellX0, y0: +d.cellY0, cell: +d.cellSize, cols: +d.cols, ax: +d.extraX0, aw: +d.extraWidth };
  };
  const close = async () => { ac.abort(); await env.close(); };
  return { ...env, source, state, matrix, canvas, ctx2d, geo, close, table: many.table, panel: many.panel };
}

function mouse(t, type, x, y) {
  const Ev = type.startsWith("pointer") && t.window.PointerEvent ? t.window.PointerEvent : t.window.MouseEvent;
  t.canvas.dispatchEvent(new Ev(type, { clientX: x, clientY: y, bubbles: true, button: 0 }));
}

const pct = (v) => `${(100 * v).toFixed(1)}%`;

test("the matrix draws K + 1 columns: the abstained one after a gap, labelled, with its values", async () => {
  const t = setup();
  await settle();
  const g = t.geo();
  assert.equal(g.cols, 4);
  assert.ok(g.cell > 0 && g.aw >= g.cell);
  assert.ok(g.ax > g.x0 + 3 * g.cell, `a gap between the last class column and the abstained one: ${g.ax}`);
  const { rects, texts } = t.ctx2d.log;
  // One cell per row in the abstained column, on the same colour scale as the others.
  for (let i = 0; i < 3; i++) {
    assert.ok(rects.some((r) => r.x === g.ax && r.y === g.y0 + i * g.cell && r.w === g.aw), `row ${i}`);
  }
  const label = texts.find((x) => x.text === "abstained");
  assert.ok(label, "the column is headed 'abstained'");
  assert.ok(label.x >= g.ax && label.x <= g.ax + g.aw && label.y > g.y0 + 3 * g.cell);
  // Values over the whole row, abstained included (bee: 8 of 10 abstained -> 80.0%; ant -> ant 6 of 10).
  const inColumn = (x) => x.x > g.ax && x.x < g.ax + g.aw;
  const rowSum = (r) => r.reduce((a, b) => a + b, 0);
  for (let i = 0; i < 3; i++) {
    const want = pct(ROWS[i][3] / rowSum(ROWS[i]));
    const cy = g.y0 + (i + 0.5) * g.cell;
    assert.ok(texts.some((x) => inColumn(x) && Math.abs(x.y - cy) < g.cell / 2 && x.text.startsWith(want)),
      `row ${i}: ${want} in ${JSON.stringify(texts.filter(inColumn))}`);
  }
  assert.ok(texts.some((x) => x.text.startsWith(pct(6 / 10)) && x.x < g.ax), "a square cell over the whole row");
  // The largest value is an abstained one (bee, 80%): the colour bar's ticks reach it.
  assert.ok(texts.some((x) => x.text === "80%"), JSON.stringify(texts.map((x) => x.text)));
  // The table for screen readers has the column too.
  const heads = [...t.table.el.querySelectorAll("th")].map((th) => th.textContent);
  assert.equal(heads[3], "Abstained");
  const bee = [...t.table.el.querySelectorAll("tbody tr")][1];
  assert.equal(bee.lastElementChild.textContent, "8 (80.0%)");
  await t.close();
});

test("hovering the abstained cell names it; a click and Enter select [row, K]", async () => {
  const t = setup();
  await settle();
  const g = t.geo();
  const at = (i) => [g.ax + g.aw / 2, g.y0 + (i + 0.5) * g.cell];
  mouse(t, "pointermove", ...at(1));
  const tip = t.matrix.el.querySelector(".cmw-tooltip");
  assert.equal(tip.hidden, false);
  // The same lines as any other cell's tooltip.
  assert.equal(tip.textContent, "True: bee\nPredicted: abstained\nCount: 8\nShown: 80.0% of its true row");
  mouse(t, "pointermove", g.x0 + 1.5 * g.cell, g.y0 + 1.5 * g.cell);
  const other = tip.textContent.split("\n").map((line) => line.split(": ")[0]);
  t.source.push("normalize", "all");
  await settle();
  mouse(t, "pointermove", ...at(1));
  assert.deepEqual(tip.textContent.split("\n").map((line) => line.split(": ")[0]), other);
  const all = ROWS.flat().reduce((a, b) => a + b, 0);
  assert.equal(tip.textContent, `True: bee\nPredicted: abstained\nCount: 8\nShown: ${pct(8 / all)} of all samples`);
  t.source.push("normalize", "true");
  await settle();
  mouse(t, "click", ...at(2));
  assert.deepEqual(t.source.writes.at(-1), ["selected", [2, 3]]);
  await settle();
  // The selection outline is drawn on the abstained cell.
  t.ctx2d.clear();
  t.source.push("selected", [1, 3]);
  await settle();
  const box = t.ctx2d.log.strokes.filter((s) => s.x > g.ax - 2 && s.x < g.ax + 4 && s.y > g.y0 + g.cell - 2
    && s.y < g.y0 + g.cell + 4);
  assert.ok(box.length > 0, `an outline around the abstained cell of bee: ${JSON.stringify(t.ctx2d.log.strokes)}`);
  // The keyboard: from the last class column, ArrowRight enters the abstained column.
  t.canvas.focus();
  t.source.push("selected", null);
  await settle();
  for (const k of ["PageUp", "Home", "ArrowRight", "ArrowRight"]) key(t.window, t.canvas, k);
  key(t.window, t.canvas, "Enter");
  assert.deepEqual(t.source.writes.at(-1), ["selected", [0, 2]]);
  key(t.window, t.canvas, "ArrowRight");
  key(t.window, t.canvas, "Enter");
  assert.deepEqual(t.source.writes.at(-1), ["selected", [0, 3]]);
  for (const k of ["ArrowDown", "ArrowRight"]) key(t.window, t.canvas, k);
  key(t.window, t.canvas, " ");
  assert.deepEqual(t.source.writes.at(-1), ["selected", [1, 3]]);
  await t.close();
});

test("in display order the abstained column follows its rows; without abstaining it is gone", async () => {
  const u16 = (a) => new DataView(Uint16Array.from(a).buffer);
  const t = setup({ _order: { dtype: "uint16", classes: u16([2, 0, 1]), groups: null }, normalize: null });
  await settle();
  const g = t.geo();
  mouse(t, "click", g.ax + g.aw / 2, g.y0 + 0.5 * g.cell);   // display row 0 is cat
  assert.deepEqual(t.source.writes.at(-1), ["selected", [2, 3]]);
  mouse(t, "pointermove", g.ax + g.aw / 2, g.y0 + 1.5 * g.cell);
  assert.equal(t.matrix.el.querySelector(".cmw-tooltip").textContent, "True: ant\nPredicted: abstained\nCount: 2");
  t.source.push("_matrix", matrix3x4(ROWS.map((r) => r.slice(0, 3))));
  await settle();
  assert.equal(t.geo().cols, 3);
  assert.equal(t.canvas.dataset.extraX0, "");
  t.ctx2d.clear();
  t.source.push("normalize", "true");
  await settle();
  assert.ok(!t.ctx2d.log.texts.some((x) => x.text === "abstained"));
  await t.close();
});

test("zoomed in at many classes, the abstained column stays right of the window for its rows", async () => {
  const k = 300;
  const rows = Array.from({ length: k }, (_, i) => Array.from({ length: k + 1 }, (_, j) => (j === k ? i : j === i ? 5 : 0)));
  const t = setup({ _matrix: matrix3x4(rows), display_labels: rows.map((_, i) => `c${i}`), normalize: null });
  await settle();
  assert.equal(t.geo().cols, k + 1);
  t.canvas.focus();
  for (let n = 0; n < 3; n++) {
    key(t.window, t.canvas, "+");
    await settle();
  }
  const d = t.canvas.dataset;
  const [r0, c0, v] = [+d.viewRow0, +d.viewCol0, +d.viewSize];
  assert.ok(v < k && r0 > 0 && c0 > 0, `zoomed in: ${r0}, ${c0}, ${v}`);
  const g = t.geo();
  assert.ok(g.ax > g.x0 + v * g.cell && g.cell >= 6, JSON.stringify({ ...g, v }));
  // One abstained cell per row of the window, none for the rows outside it.
  const column = t.ctx2d.log.rects.filter((r) => r.x === g.ax && r.w === g.aw);
  assert.deepEqual(column.map((r) => r.y), Array.from({ length: v }, (_, n) => g.y0 + n * g.cell));
  mouse(t, "click", g.ax + g.aw / 2, g.y0 + 2.5 * g.cell);
  assert.deepEqual(t.source.writes.at(-1), ["selected", [r0 + 2, k]]);
  mouse(t, "pointermove", g.ax + g.aw / 2, g.y0 + 2.5 * g.cell);
  assert.equal(t.matrix.el.querySelector(".cmw-tooltip").textContent,
    `True: c${r0 + 2}\nPredicted: abstained\nCount: ${r0 + 2}`);
  // The keyboard enters the column from the last class and the window does not move sideways.
  await settle();
  key(t.window, t.canvas, "End");
  key(t.window, t.canvas, "Enter");
  await settle();
  assert.deepEqual(t.source.writes.at(-1), ["selected", [r0 + 2, k]]);
  assert.equal(+t.canvas.dataset.viewCol0, c0);
  key(t.window, t.canvas, "ArrowLeft");
  key(t.window, t.canvas, "Enter");
  await settle();
  assert.deepEqual(t.source.writes.at(-1), ["selected", [r0 + 2, k - 1]]);
  assert.equal(+t.canvas.dataset.viewCol0, k - v);   // the window pans to show the last class
  key(t.window, t.canvas, "ArrowRight");
  key(t.window, t.canvas, " ");
  assert.deepEqual(t.source.writes.at(-1), ["selected", [r0 + 2, k]]);
  await t.close();
});

// A multi-label matrix (Y_true.T @ Y_pred) counts a sample once per predicted label: its shares
// divide by the samples with the true label, which the kernel sends along as totals.
test("multi-label: cells read as shares of the samples with the label, and the pairs are not called errors", async () => {
  const rows = [[5, 2, 0], [1, 4, 3], [0, 2, 6]];
  const trait = { ...matrix3x4(rows), totals: { rows: [8, 10, 7], cols: [6, 9, 8], all: 20 } };
  const t = setup({ _matrix: trait });
  await settle();
  const g = t.geo();
  mouse(t, "pointermove", g.x0 + 1.5 * g.cell, g.y0 + 0.5 * g.cell);
  const tip = t.matrix.el.querySelector(".cmw-tooltip");
  assert.match(tip.textContent, /Shown: 25\.0% of the samples with its true label/);   // 2 of the 8 with "ant"
  t.source.push("normalize", "pred");
  await settle();
  mouse(t, "pointermove", g.x0 + 1.5 * g.cell, g.y0 + 1.5 * g.cell);
  assert.match(tip.textContent, /Shown: 44\.4% of the samples predicted with its label/);   // 4 of 9
  assert.match(t.panel.el.querySelector(".cmw-top-title").textContent, /^Most frequent label pairs \(\d+\)$/);
  await t.close();
});

test("a plain matrix keeps its wording", async () => {
  const t = setup({ _matrix: matrix3x4([[5, 2, 0], [1, 4, 3], [0, 2, 6]]) });
  await settle();
  const g = t.geo();
  mouse(t, "pointermove", g.x0 + 1.5 * g.cell, g.y0 + 0.5 * g.cell);
  assert.match(t.matrix.el.querySelector(".cmw-tooltip").textContent, /Shown: 28\.6% of its true row/);
  assert.match(t.panel.el.querySelector(".cmw-top-title").textContent, /^Largest errors \(\d+\)$/);
  await t.close();
});
