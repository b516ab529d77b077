// Totals in the margins: the page's arithmetic against naive sums, the room the layout keeps for them,
// which total a point falls on, and the toggle's intent.
import { test } from "node:test";
import assert from "node:assert/strict";

import { classTotals, itemTotals } from "../../js/margins/totals.js";
import { totalAt } from "../../js/margins/draw_totals.js";
import { computeLayout } from "../../js/matrix/geometry.js";
import { createTotalsToggle } from "../../js/margins/toggle.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";
import { createTopPicker, topChoices } from "../../js/margins/top_picker.js";

function naive(counts, k, cols) {
  const rows = Array.from({ length: k }, (_, i) => counts.slice(i * cols, (i + 1) * cols).reduce((a, b) => a + b, 0));
  const c = Array.from({ length: cols }, (_, j) => rows.reduce((s, _r, i) => s + counts[i * cols + j], 0));
  return { rows, cols: c, all: counts.reduce((a, b) => a + b, 0) };
}

test("class totals of whole counts equal naive sums; rows and columns both add up to the grand total", () => {
  let seed = 7;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (const [k, cols] of [[1, 1], [3, 3], [4, 5], [9, 9], [150, 151]]) {
    const counts = Uint32Array.from({ length: k * cols }, () => Math.floor(rand() * 50));
    const t = classTotals(counts, k, cols);
    const want = naive([...counts], k, cols);
    assert.deepEqual([...t.rows], want.rows);
    assert.deepEqual([...t.cols], want.cols);
    assert.equal(t.all, want.all);
    assert.equal(t.rows.reduce((a, b) => a + b, 0), t.all);
    assert.equal(t.cols.reduce((a, b) => a + b, 0), t.all);
  }
  // a multi-label matrix brings its totals (the samples with each label), not sums of its cells
  const given = { rows: [2, 3], cols: [1, 4], all: 5 };
  assert.deepEqual(classTotals(new Uint8Array([2, 1, 1, 3]), 2, 2, given), {
    rows: Float64Array.from([2, 3]), cols: Float64Array.from([1, 4]), all: 5,
  });
});

test("item totals: a permutation moves the totals, a group sums its classes', the abstained column stays last", () => {
  // 3 classes and an abstained column: rows [0, 1, 2 | abstained]
  const counts = [5, 1, 0, 2, /**/ 0, 4, 3, 1, /**/ 2, 0, 6, 0];
  const t = classTotals(counts, 3, 4);
  assert.deepEqual([...t.rows], [8, 8, 8]);
  assert.deepEqual([...t.cols], [7, 5, 9, 3]);
  const perm = itemTotals(t, [2, 0, 1].map((c) => ({ kind: "class", index: c, members: [c] })), 3);
  assert.deepEqual([...perm.rows], [8, 8, 8]);
  assert.deepEqual([...perm.cols], [9, 7, 5, 3]);
  const grouped = itemTotals(t, [{ kind: "group", index: 0, members: [0, 2] }, { kind: "class", index: 1, members: [1] }], 3);
  assert.deepEqual([...grouped.rows], [16, 8]);
  assert.deepEqual([...grouped.cols], [16, 5, 3]);
  assert.equal(grouped.all, 24);
});

test("the layout keeps room for the totals: a column right of the grid, a row under it, the labels lower", () => {
  const plain = computeLayout(5, 600, { yLabelWidth: 40, rightWidth: 60 });
  const withTotals = computeLayout(5, 600, { yLabelWidth: 40, rightWidth: 60, totals: { w: 30, h: 19 } });
  assert.equal(plain.tot, null);
  assert.equal(withTotals.xTot, withTotals.x0 + withTotals.grid + 6);
  assert.equal(withTotals.right, withTotals.xTot + 30);
  assert.equal(withTotals.yTot, withTotals.y0 + withTotals.grid + 6);
  assert.equal(withTotals.below, 25);
  assert.ok(withTotals.width <= Math.max(plain.width, 600));
  assert.equal(withTotals.height - withTotals.grid, plain.height - plain.grid + 25);
  // with the abstained column, the totals come after it
  const extra = computeLayout(5, 600, { extra: 1, totals: { w: 30, h: 19 } });
  assert.equal(extra.xTot, extra.xExtra + extra.xw + 6);
});

test("totalAt: a row's total, a column's (the abstained one too), the grand total, or nothing", () => {
  const L = computeLayout(4, 500, { extra: 1, totals: { w: 30, h: 19 } });
  const mid = (a, w) => a + w / 2;
  assert.deepEqual(totalAt(mid(L.xTot, 30), L.y0 + L.cell * 2.5, L), { kind: "row", i: 2 });
  assert.deepEqual(totalAt(L.x0 + L.cell * 1.5, mid(L.yTot, 19), L), { kind: "col", j: 1 });
  assert.deepEqual(totalAt(mid(L.xExtra, L.xw), mid(L.yTot, 19), L), { kind: "col", j: 4 });
  assert.deepEqual(totalAt(mid(L.xTot, 30), mid(L.yTot, 19), L), { kind: "all" });
  assert.equal(totalAt(L.x0 + 1, L.y0 + 1, L), null);   // a cell
  // a zoomed window: rows and columns counted from its first
  const Z = computeLayout(100, 500, { view: { r0: 40, c0: 10, v: 20 }, totals: { w: 30, h: 19 } });
  assert.deepEqual(totalAt(mid(Z.xTot, 30), Z.y0 + Z.cell * 0.5, Z), { kind: "row", i: 40 });
  assert.deepEqual(totalAt(Z.x0 + Z.cell * 19.5, mid(Z.yTot, 19), Z), { kind: "col", j: 29 });
});

test("the toggle writes show_totals and follows the kernel", async () => {
  const env = makeDom();
  const source = stubSource({ show_totals: true });
  const state = createState(source);
  const ac = new AbortController();
  const toggle = createTotalsToggle({ state, dom: domOf(env.document), signal: ac.signal });
  env.host.append(toggle.el);
  const box = env.host.querySelector("input.cmw-show-totals");
  assert.equal(box.checked, true);
  box.click();
  assert.deepEqual(source.writes, [["show_totals", false]]);
  source.push("show_totals", true);
  await settle();
  assert.equal(box.checked, true);
  ac.abort();
  env.close();
});

// ------------------------------------------------------------------ top_classes: "(other)"
import { OTHER, hasOther, itemSums, otherSelection, otherValues, withOther } from "../../js/margins/other.js";
import { itemCounts, createDisplay } from "../../js/order/display.js";

const classItems = (order) => order.map((c) => ({ kind: "class", index: c, members: [c] }));

test("withOther keeps the first N items and gathers the rest, in display order", () => {
  const items = withOther(classItems([3, 0, 2, 1, 4]), 2);
  assert.deepEqual(items.map((it) => it.kind), ["class", "class", "other"]);
  assert.deepEqual(items[2].members, [1, 2, 4]);   // in class order
  assert.ok(hasOther(items));
  assert.equal(withOther(classItems([0, 1]), 2).length, 2);   // nothing to hide
  assert.equal(withOther(classItems([0, 1]), null).length, 2);
  assert.equal(OTHER, "(other)");
});

test("(other) counts sum the hidden classes: every row and column adds up, normalised as the kernel does", () => {
  // 4 classes, an abstained column: counts[i][j] for j < 4, extra[i]
  const k = 4;
  const counts = [5, 1, 0, 2, /**/ 0, 4, 3, 1, /**/ 2, 0, 6, 0, /**/ 1, 1, 1, 7];
  const extra = [1, 0, 2, 3];
  const items = withOther(classItems([2, 0, 1, 3]), 2);   // shown 2, 0; (other) = 1, 3
  const drawn = itemCounts(counts, k, items);
  assert.deepEqual([...drawn], [6, 2, 0, /**/ 0, 5, 3, /**/ 4, 1, 13]);
  const ex = itemSums(extra, items);
  assert.deepEqual([...ex], [2, 1, 3]);
  // rows of the drawn matrix add up to the classes' rows (with their abstained samples)
  assert.equal(drawn[6] + drawn[7] + drawn[8] + ex[2], (0 + 4 + 3 + 1) + (1 + 1 + 1 + 7 + 3));
  const v = otherValues(drawn, 3, ex, "true");
  assert.deepEqual([...v.square.slice(0, 3)], [6 / 10, 2 / 10, 0]);
  assert.equal(v.rest[0], 2 / 10);
  assert.equal(otherValues(drawn, 3, null, null).square, drawn);
});

test("a click on an (other) cell selects every cell of its classes, the abstained column as class K", () => {
  const items = withOther(classItems([2, 0, 1, 3]), 2);
  assert.deepEqual(otherSelection(items, 2, 0, 4, false), [[1, 2], [3, 2]]);
  assert.deepEqual(otherSelection(items, 1, 2, 4, false), [[0, 1], [0, 3]]);
  assert.deepEqual(otherSelection(items, 2, 2, 4, false), [[1, 1], [1, 3], [3, 1], [3, 3]]);
  assert.deepEqual(otherSelection(items, 2, 3, 4, true), [[1, 4], [3, 4]]);
});

test("the display gathers (other) from top_classes and turns its clicks into class cells", () => {
  const k = 3;
  const source = stubSource({
    _matrix: { k, cols: k, dtype: "uint8", counts: new Uint8Array([4, 1, 0, 2, 5, 1, 0, 3, 6]) },
    display_labels: ["a", "b", "c"], top_classes: 1, normalize: null, show_totals: true,
  });
  const display = createDisplay(createState(source));
  assert.deepEqual(display.get("labels"), ["a", OTHER]);
  assert.deepEqual([...display.get("counts")], [4, 1, 2, 15]);
  const t = display.get("totals");
  assert.deepEqual([[...t.rows], [...t.cols], t.all], [[5, 17], [6, 16], 22]);
  display.set("selected", [1, 0]);
  assert.deepEqual(source.writes.at(-1), ["selected", [[1, 0], [2, 0]]]);
  source.push("top_classes", null);
  assert.deepEqual(display.get("labels"), ["a", "b", "c"]);
});

// ------------------------------------------------------------------ a zoomed window: "outside"
import { outsideCounts } from "../../js/margins/outside.js";

test("outside the window: each shown row's count in the hidden columns, each shown column's in the hidden rows", () => {
  let seed = 3;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const n = 9;
  const counts = Float64Array.from({ length: n * n }, () => Math.floor(rand() * 20));
  const extra = Float64Array.from({ length: n }, () => Math.floor(rand() * 5));
  const view = { r0: 2, c0: 4, v: 3 };
  const out = outsideCounts(counts, n, view, extra);
  const t = classTotals(Float64Array.from({ length: n * (n + 1) }, (_, p) => {
    const i = Math.floor(p / (n + 1));
    const j = p % (n + 1);
    return j < n ? counts[i * n + j] : extra[i];
  }), n, n + 1);
  for (let r = 0; r < view.v; r++) {
    const i = view.r0 + r;
    let inView = extra[i];   // the abstained column is always shown
    for (let j = view.c0; j < view.c0 + view.v; j++) inView += counts[i * n + j];
    assert.equal(inView + out.rows[r], t.rows[i]);   // shown + outside = the row's total
  }
  for (let c = 0; c < view.v; c++) {
    const j = view.c0 + c;
    let inView = 0;
    for (let i = view.r0; i < view.r0 + view.v; i++) inView += counts[i * n + j];
    assert.equal(inView + out.cols[c], t.cols[j]);
  }
  let abstainedInView = 0;
  for (let i = view.r0; i < view.r0 + view.v; i++) abstainedInView += extra[i];
  assert.equal(abstainedInView + out.cols[view.v], t.cols[n]);
});

test("a zoomed layout puts the outside band between the grid and the totals, as wide and as high", () => {
  const L = computeLayout(100, 700, { view: { r0: 10, c0: 20, v: 12 }, totals: { w: 50, h: 19 }, outside: true });
  assert.ok(L.out);
  assert.equal(L.xOut, L.x0 + L.grid + 6);
  assert.equal(L.xTot, L.xOut + 50);
  assert.equal(L.yTot, L.yOut + 19);
  assert.equal(L.below, 6 + 38);
  assert.deepEqual(totalAt(L.xOut + 25, L.y0 + L.cell * 0.5, L), { kind: "outRow", i: 10 });
  assert.deepEqual(totalAt(L.x0 + L.cell * 11.5, L.yOut + 9, L), { kind: "outCol", j: 31 });
  assert.deepEqual(totalAt(L.xTot + 25, L.yTot + 9, L), { kind: "all" });
  assert.equal(computeLayout(100, 700, { totals: { w: 50, h: 19 } }).out, false);
});

// ------------------------------------------------------------------ the top-N picker

test("the top-N picker offers N below K, writes top_classes, and all classes again", async () => {
  assert.deepEqual(topChoices(12, null), [3, 5, 10]);
  assert.deepEqual(topChoices(12, 7), [3, 5, 7, 10]);
  const env = makeDom();
  const source = stubSource({
    _matrix: { k: 12, cols: 12, dtype: "uint8", counts: new Uint8Array(144) }, top_classes: null, level: "classes",
  });
  const state = createState(source);
  const ac = new AbortController();
  const picker = createTopPicker({ state, dom: domOf(env.document), signal: ac.signal });
  env.host.append(picker.el);
  const select = env.host.querySelector("select.cmw-top-classes");
  assert.equal(picker.el.hidden, false);
  assert.deepEqual([...select.options].map((o) => o.value), ["all", "3", "5", "10"]);
  select.value = "5";
  select.dispatchEvent(new env.window.Event("change"));
  assert.deepEqual(source.writes.at(-1), ["top_classes", 5]);
  await settle();
  assert.equal(select.value, "5");
  select.value = "all";
  select.dispatchEvent(new env.window.Event("change"));
  assert.deepEqual(source.writes.at(-1), ["top_classes", null]);
  ac.abort();
  env.close();
});
