// Every mode that changes what a cell means says so where the eye is: the axis titles drawn on the
// canvas, a badge above the matrix and the colour bar's caption. On a stub state source and a 2D
// context that records what is drawn.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/dom.js";
import { createManyClasses } from "../../js/many_classes.js";
import { createMatrix } from "../../js/matrix.js";
import { createState } from "../../js/state.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

const CHAR_PX = 7;   // the recording context's text width per character

function recordingContext() {
  const log = { texts: [] };
  const ctx = {
    log,
    fillStyle: "#000", strokeStyle: "#000", font: "12px sans-serif", lineWidth: 1,
    textAlign: "left", textBaseline: "alphabetic", imageSmoothingEnabled: true,
    measureText: (t) => ({ width: CHAR_PX * String(t).length }),
    fillText(text, x, y) { log.texts.push({ text: String(text), x, y }); },
    clear() { log.texts = []; },
  };
  for (const name of ["setTransform", "clearRect", "beginPath", "moveTo", "lineTo", "stroke", "save", "restore",
    "translate", "rotate", "setLineDash", "drawImage", "putImageData", "fillRect", "strokeRect"]) ctx[name] = () => {};
  return ctx;
}

const ROWS = [[5, 1, 0], [2, 6, 1], [0, 3, 7]];
const LABELS = ["ant", "bee", "cat"];

function setup(traits = {}, width = 900) {
  const env = makeDom();
  const ctx2d = recordingContext();
  env.window.HTMLCanvasElement.prototype.getContext = () => ctx2d;
  const source = stubSource({
    _matrix: matrixTrait(ROWS), display_labels: LABELS, normalize: null, cmap: "Blues", selected: null,
    top_k: 1, abstain: null, level: "classes", run: "", ...traits,
  });
  const state = createState(source);
  const ac = new AbortController();
  const many = createManyClasses({ state, dom: domOf(env.document), signal: ac.signal });
  const matrix = createMatrix({ ...many.matrixCtx, room: () => width });
  env.host.append(matrix.el);
  const canvas = matrix.el.querySelector("canvas");
  const badges = () => [...matrix.el.querySelectorAll(".cmw-mode .cmw-badge")].map((b) => b.textContent);
  const drawn = () => ctx2d.log.texts.map((t) => t.text);
  const close = async () => { ac.abort(); await env.close(); };
  return { ...env, source, canvas, matrix, badges, drawn, ctx2d, close };
}

// The drawn x title: its lines, in order, joined again (the canvas wraps a long title).
function drawnXTitle(t) {
  const start = t.drawn().findIndex((s) => s.startsWith("Predicted"));
  assert.ok(start >= 0, `an x title is drawn: ${JSON.stringify(t.drawn())}`);
  const lines = [];
  const first = t.ctx2d.log.texts[start];
  for (let n = start; n < t.ctx2d.log.texts.length; n++) {
    const x = t.ctx2d.log.texts[n];
    if (x.x !== first.x || x.y < first.y) break;
    lines.push(x.text);
  }
  return lines;
}

test("default: plain titles, the bar counts samples, and no badge", async () => {
  const t = setup();
  await settle();
  const d = t.canvas.dataset;
  assert.equal(d.xTitle, "Predicted label");
  assert.equal(d.yTitle, "True label");
  assert.equal(d.barTitle, "count of samples");
  assert.ok(t.drawn().includes("Predicted label") && t.drawn().includes("True label"));
  assert.ok(t.drawn().includes("count of samples"), "the colour bar's caption is drawn");
  assert.deepEqual(t.badges(), []);
  assert.equal(t.matrix.el.querySelector(".cmw-mode").hidden, true);
  await t.close();
});

test("top-k: the x title, a badge and the canvas say top-2; off again at top_k = 1", async () => {
  const t = setup({ top_k: 2 }, 420);
  await settle();
  const want = "Predicted label (top-2: right if the true class is among the 2 highest scores)";
  assert.equal(t.canvas.dataset.xTitle, want);
  const lines = drawnXTitle(t);
  assert.equal(lines.join(" "), want, "the whole title is drawn, wrapped");
  const width = Number.parseFloat(t.canvas.style.width);
  for (const line of lines) assert.ok(CHAR_PX * line.length <= width - 16, `"${line}" fits ${width}px`);
  assert.equal(t.badges().length, 1);
  assert.match(t.badges()[0], /^Top-2: .*true class is among its 2 highest scores/);
  assert.equal(t.matrix.el.querySelector(".cmw-mode").hidden, false);
  // The canvas grows by the title's extra lines, so nothing under the grid is cut off.
  const tall = Number.parseFloat(t.canvas.style.height);
  t.source.push("top_k", 1);
  await settle();
  assert.equal(t.canvas.dataset.xTitle, "Predicted label");
  assert.deepEqual(t.badges(), []);
  assert.ok(Number.parseFloat(t.canvas.style.height) < tall);
  await t.close();
});

test("abstain: the x title names the abstained column and the threshold", async () => {
  const rows = [[5, 1, 0, 2], [2, 6, 1, 0], [0, 3, 7, 1]];
  const flat = Uint32Array.from(rows.flat());
  const t = setup({ _matrix: { k: 3, cols: 4, dtype: "uint32", counts: new DataView(flat.buffer) }, abstain: 0.6 });
  await settle();
  assert.match(t.canvas.dataset.xTitle, /^Predicted label \(or abstained: top score below 0\.6\)$/);
  assert.match(t.badges().join(" "), /top score is below 0\.6 counts in the last column, "abstained"/);
  assert.ok(t.drawn().some((s) => s.includes("abstained: top score below 0.6")));
  await t.close();
});

test("compare: the colour bar's caption and a badge name the compared run", async () => {
  const lut = new Uint8Array(768).fill(9);
  const t = setup({
    run: "epoch 3",
    compare: "epoch 1",
    _compare: { name: "epoch 1", matrix: matrixTrait([[3, 2, 1], [2, 5, 2], [1, 2, 6]]), lut, fixed: 4, broken: 1, changed: 7 },
  });
  await settle();
  assert.equal(t.canvas.dataset.barTitle, "change in count since epoch 1");
  assert.ok(t.drawn().includes("change in count since epoch 1"));
  assert.deepEqual(t.badges(), ["Change since epoch 1: each cell shows epoch 3's count minus epoch 1's; blue is better (more on the diagonal, fewer off it), red is worse."]);
  await t.close();
});

test("groups: the axes name groups and a badge says the rows sum classes", async () => {
  const groups = { names: ["insects", "pets"], codes: new DataView(Uint16Array.from([0, 0, 1]).buffer) };
  const t = setup({ _groups: groups, level: "groups", _order: {} });
  await settle();
  assert.equal(t.canvas.dataset.xTitle, "Predicted group");
  assert.equal(t.canvas.dataset.yTitle, "True group");
  assert.ok(t.drawn().includes("Predicted group") && t.drawn().includes("True group"));
  assert.match(t.badges().join(" "), /^Groups: each row and column sums the classes of a group/);
  await t.close();
});

test("multi-label and normalisation: titles, caption and badges follow the matrix's meaning", async () => {
  const trait = { ...matrixTrait(ROWS), totals: { rows: [8, 10, 12], cols: [9, 11, 9], all: 20 } };
  const t = setup({ _matrix: trait, normalize: "true" });
  await settle();
  assert.equal(t.canvas.dataset.yTitle, "True label (a sample counts once per true label; each row sums to 100%)");
  assert.equal(t.canvas.dataset.barTitle, "% of the samples with the true label");
  assert.match(t.badges()[0], /^Multi-label: /);
  assert.equal(t.badges()[1], "Normalised: each cell shows the % of the samples with the true label.");
  t.source.push("_matrix", matrixTrait(ROWS));
  t.source.push("normalize", "pred");
  await settle();
  assert.equal(t.canvas.dataset.xTitle, "Predicted label (each column sums to 100%)");
  assert.equal(t.canvas.dataset.yTitle, "True label");
  assert.equal(t.canvas.dataset.barTitle, "% of its predicted column");
  assert.deepEqual(t.badges(), ["Normalised: each cell shows the % of its predicted column."]);
  assert.ok(t.drawn().includes("% of its predicted column"));
  await t.close();
});
