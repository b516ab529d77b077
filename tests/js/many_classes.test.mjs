// Many classes in the page: the display order, groups and errors-only colours over a stub state
// source, and what the order panel and the screen-reader table show and write back.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cellTableWindow, createCellTable } from "../../js/order/cell_table.js";
import { colorIndices } from "../../js/core/derive.js";
import { createDisplay, displayItems, errorsOnlyColors, itemCounts, permuteSquare } from "../../js/order/display.js";
import { domOf } from "../../js/ui/dom.js";
import { createManyClasses } from "../../js/order/many_classes.js";
import { decodeGroups, decodeOrder, decodePositions } from "../../js/core/order_codec.js";
import { topConfusions } from "../../js/core/rank.js";
import { confusionLine, createOrderPanel, searchClasses } from "../../js/order/order_panel.js";
import { createState } from "../../js/core/state.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

const u16 = (a) => new DataView(Uint16Array.from(a).buffer);

// Three classes, deliberately not symmetric: a transposed or unpermuted lookup lands elsewhere.
const COUNTS = [
  [5, 1, 0],
  [2, 7, 3],
  [0, 4, 9],
];
const NAMES = ["ant", "bee", "cat"];

function traits(extra = {}) {
  return {
    _matrix: matrixTrait(COUNTS),
    display_labels: NAMES,
    normalize: null,
    selected: null,
    _order: { dtype: "uint16", classes: u16([2, 0, 1]), groups: null },
    order: "errors",
    _groups: {},
    level: "classes",
    errors_only: false,
    selected_group: null,
    ...extra,
  };
}

function setup(extra) {
  const env = makeDom();
  const source = stubSource(traits(extra));
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

const GROUPS = { names: ["ab", "c"], codes: u16([0, 0, 1]) };

test("codec: positions decode little-endian; malformed orders fall back to the given one", () => {
  assert.deepEqual(decodePositions(u16([3, 256]), "uint16"), [3, 256]);
  assert.deepEqual(decodePositions(new DataView(Uint32Array.from([70000]).buffer), "uint32"), [70000]);
  assert.equal(decodePositions(new Uint8Array(3), "uint16"), null);
  assert.deepEqual(decodeOrder({ dtype: "uint16", classes: u16([1, 1, 0]) }, 3, null).classes, [0, 1, 2]);
  assert.deepEqual(decodeOrder(undefined, 2, null), { classes: [0, 1], groups: null });
  const groups = decodeGroups(GROUPS, 3);
  assert.deepEqual(groups.members, [[0, 1], [2]]);
  assert.equal(decodeGroups({ names: ["x"], codes: u16([0, 1, 0]) }, 3), null);
});

test("rank: the largest errors, ties in row-major order, no diagonal and no empty cell", () => {
  const flat = Uint32Array.from(COUNTS.flat());
  assert.deepEqual(topConfusions(flat, 3, 2), [[2, 1, 4, 4 / 13], [1, 2, 3, 3 / 12]]);
  assert.deepEqual(topConfusions(flat, 3, 10).length, 4);
  const ties = Float64Array.from([0, 2, 2, 2, 0, 0, 2, 0, 9]);
  assert.deepEqual(topConfusions(ties, 3, 3).map(([i, j]) => [i, j]), [[0, 1], [0, 2], [1, 0]]);
  assert.deepEqual(topConfusions(ties, 3, 0), []);
});

test("pure helpers: items, permutation and roll-up sums", () => {
  const flat = Uint32Array.from(COUNTS.flat());
  assert.deepEqual([...permuteSquare(flat, 3, [2, 0, 1])], [9, 0, 4, 0, 5, 1, 3, 2, 7]);
  const groups = decodeGroups(GROUPS, 3);
  const items = displayItems(3, { classes: [2, 0, 1], groups: [1, 0] }, groups, "groups");
  assert.deepEqual(items.map((it) => [it.kind, it.index, it.members]), [["group", 1, [2]], ["group", 0, [0, 1]]]);
  assert.deepEqual([...itemCounts(flat, 3, items)], [9, 4, 3, 15]);
  const open = displayItems(3, { classes: [2, 0, 1], groups: [1, 0] }, groups, "groups", new Set([0]));
  assert.deepEqual(open.map((it) => [it.kind, it.index]), [["group", 1], ["class", 0], ["class", 1]]);
  assert.deepEqual([...itemCounts(flat, 3, open)], [9, 0, 4, 0, 5, 1, 3, 2, 7]);
});

test("display: the matrix in display order, and a click selects the class-space pair", () => {
  const t = setup();
  const d = createDisplay(t.state);
  assert.deepEqual(d.get("labels"), ["cat", "ant", "bee"]);
  assert.deepEqual([...d.get("counts")], [9, 0, 4, 0, 5, 1, 3, 2, 7]);
  // Display row 0 is cat (class 2), column 2 is bee (class 1): the cell (cat, bee) = 4.
  d.set("selected", [0, 2]);
  assert.deepEqual(t.source.writes, [["selected", [2, 1]]]);
  assert.deepEqual(d.get("selected"), [0, 2]);
  // A rename at a display position goes to its class.
  d.set("display_labels", ["CAT", "ant", "bee"]);
  assert.deepEqual(t.source.writes.at(-1), ["display_labels", ["ant", "bee", "CAT"]]);
  // The colours are the class-space colours moved with their cells.
  const base = t.state.get("colors");
  assert.deepEqual([...d.get("colors")], [2, 0, 1].flatMap((i) => [2, 0, 1].map((j) => base[i * 3 + j])));
  t.close();
});

test("display: a normalised view keeps the kernel's values, permuted", () => {
  const t = setup({ normalize: "true" });
  const d = createDisplay(t.state);
  const v = t.state.get("values");
  assert.deepEqual([...d.get("values")], [2, 0, 1].flatMap((i) => [2, 0, 1].map((j) => v[i * 3 + j])));
  t.close();
});

test("display: errors only spans the errors and greys out nothing but the diagonal", () => {
  const t = setup({ errors_only: true, _order: {} });
  const d = createDisplay(t.state);
  assert.equal(d.get("vmax"), 4);
  const want = colorIndices(Float64Array.from(COUNTS.flat()), 0, 4);
  want[0] = want[4] = want[8] = 0;
  assert.deepEqual([...d.get("colors")], [...want]);
  assert.equal(d.get("colorbar").at(-1)[1], "4");
  const { colors, vmax } = errorsOnlyColors(Float64Array.from([1, 2, 3, 4]), 2);
  assert.deepEqual([vmax, [...colors]], [3, [0, 170, 255, 0]]);
  t.close();
});

test("display: the group level sums groups, selects group cells, and expands in place", async () => {
  const t = setup({ _groups: GROUPS, level: "groups", _order: { dtype: "uint16", classes: u16([0, 1, 2]), groups: u16([1, 0]) } });
  const d = createDisplay(t.state);
  assert.deepEqual(d.get("labels"), ["c (1)", "ab (2)"]);
  assert.deepEqual([...d.get("counts")], [9, 4, 3, 15]);
  d.set("selected", [1, 0]);
  assert.deepEqual(t.source.writes.at(-1), ["selected_group", [0, 1]]);
  assert.deepEqual(d.get("selected"), [1, 0]);
  let calls = 0;
  const off = d.on("counts", () => { calls += 1; });
  d.local.expand(0, true);
  assert.equal(calls, 1);
  assert.deepEqual(d.get("labels"), ["c (1)", "ant", "bee"]);
  assert.deepEqual([...d.get("counts")], [9, 0, 4, 0, 5, 1, 3, 2, 7]);
  // A mixed cell (a group and a class) selects nothing; two classes select in class space.
  const before = t.source.writes.length;
  d.set("selected", [0, 1]);
  assert.equal(t.source.writes.length, before);
  d.set("selected", [2, 1]);
  assert.deepEqual(t.source.writes.at(-1), ["selected", [1, 0]]);
  d.set("selected", null);
  assert.deepEqual(t.source.writes.at(-1), ["selected", null]);
  off();
  t.close();
});

test("order panel: menu, errors only and level write intents, and each is announced", async () => {
  const t = setup({ _groups: GROUPS });
  const display = createDisplay(t.state);
  const panel = createOrderPanel({ ...t.ctx, display });
  t.host.append(panel.el);
  const select = panel.el.querySelector(".cmw-order-select");
  assert.equal(select.value, "errors");
  select.value = "cluster";
  select.dispatchEvent(new t.window.Event("change", { bubbles: true }));
  assert.deepEqual(t.source.writes.at(-1), ["order", "cluster"]);
  assert.match(panel.el.querySelector("[aria-live]").textContent, /Order: Confused together/);
  const box = panel.el.querySelector(".cmw-errors-only");
  box.checked = true;
  box.dispatchEvent(new t.window.Event("change", { bubbles: true }));
  assert.deepEqual(t.source.writes.at(-1), ["errors_only", true]);
  assert.match(panel.el.querySelector("[aria-live]").textContent, /Errors only/);
  const level = panel.el.querySelector(".cmw-level");
  assert.equal(level.closest("label").hidden, false);
  level.value = "groups";
  level.dispatchEvent(new t.window.Event("change", { bubbles: true }));
  assert.deepEqual(t.source.writes.at(-1), ["level", "groups"]);
  await settle();
  const expand = panel.el.querySelectorAll(".cmw-expand input");
  assert.equal(expand.length, 2);
  // A page without a kernel offers the orders it carries.
  t.source.push("_order_choices", ["given", "name"]);
  await settle();
  assert.deepEqual([...select.options].filter((o) => !o.disabled).map((o) => o.value), ["given", "name"]);
  // A list order from Python shows as "custom".
  t.source.push("order", "list");
  await settle();
  assert.equal(select.value, "list");
  t.ac.abort();
  assert.equal(t.source.listeners(), 0);
  t.close();
});

test("order panel: the largest errors read 'true -> predicted: count (share)' and select their cell", async () => {
  const t = setup();
  const display = createDisplay(t.state);
  const panel = createOrderPanel({ ...t.ctx, display });
  t.host.append(panel.el);
  const items = [...panel.el.querySelectorAll(".cmw-top-item")];
  assert.deepEqual(items.map((b) => b.textContent), ["cat \u2192 bee: 4 (30.8%)", "bee \u2192 cat: 3 (25.0%)",
    "bee \u2192 ant: 2 (16.7%)", "ant \u2192 bee: 1 (16.7%)"]);
  items[0].click();
  assert.deepEqual(t.source.writes.at(-1), ["selected", [2, 1]]);
  assert.deepEqual(display.get("focus"), { r: 0, c: 2, outline: false });
  assert.equal(confusionLine(["a", "b"], [0, 1, 2.5, 0.5]), "a \u2192 b: 2.50 (50.0%)");
  // Names are text, never HTML.
  t.source.push("display_labels", ["<b>x</b>", "bee", "cat"]);
  await settle();
  assert.equal(panel.el.querySelector("b"), null);
  t.close();
});

test("order panel: the search lists matches, and choosing one outlines its row and column", async () => {
  assert.deepEqual(searchClasses(["Beetle", "bee", "ant", "abee"], "BEE"), [0, 1, 3]);
  assert.deepEqual(searchClasses(["a"], "  "), []);
  const t = setup();
  const display = createDisplay(t.state);
  const panel = createOrderPanel({ ...t.ctx, display });
  t.host.append(panel.el);
  const input = panel.el.querySelector(".cmw-search-input");
  input.value = "e";
  input.dispatchEvent(new t.window.Event("input", { bubbles: true }));
  const options = [...panel.el.querySelectorAll("[role=option]")];
  assert.deepEqual(options.map((o) => o.textContent), ["bee"]);
  assert.equal(input.getAttribute("aria-expanded"), "true");
  input.dispatchEvent(new t.window.KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
  assert.equal(input.getAttribute("aria-activedescendant"), options[0].id);
  input.dispatchEvent(new t.window.KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  // bee is class 1, shown at display position 2.
  assert.deepEqual(display.get("focus"), { r: 2, c: 2, outline: true });
  assert.match(panel.el.querySelector("[aria-live]").textContent, /Found bee/);
  assert.equal(panel.el.querySelector(".cmw-matches").hidden, true);
  t.close();
});

test("cell table: headers name the classes in display order and the selected cell says so", async () => {
  const t = setup({ selected: [2, 1] });
  const display = createDisplay(t.state);
  const table = createCellTable({ ...t.ctx, state: display });
  t.host.append(table.el);
  const rows = [...table.el.querySelectorAll("tr")].map((r) => [...r.children].map((c) => c.textContent));
  assert.deepEqual(rows[0], ["", "Predicted cat", "Predicted ant", "Predicted bee"]);
  assert.deepEqual(rows[1], ["True cat", "9", "0", "4, selected"]);
  assert.equal(table.el.querySelectorAll("th[scope=row]").length, 3);
  assert.equal(table.el.querySelector("[data-selected=true]").textContent, "4, selected");
  // The matrix reports a window: the table lists it (capped), and says which part it shows.
  table.setView({ r0: 1, c0: 2, v: 1 });
  assert.match(table.el.querySelector("caption").textContent, /rows 2-2 and columns 3-3 of 3/);
  assert.deepEqual(cellTableWindow({ r0: 0, c0: 0, v: 100 }, 100, [50, 60], 12), { rows: 44, cols: 54, side: 12 });
  assert.deepEqual(cellTableWindow(null, 5, null, 12), { rows: 0, cols: 0, side: 5 });
  t.close();
});

test("wiring: the matrix context is the display, and a draw report moves the table's window", () => {
  const t = setup();
  const reports = [];
  const many = createManyClasses({ ...t.ctx, report: (r) => reports.push(r) });
  assert.deepEqual(many.matrixCtx.state.get("labels"), ["cat", "ant", "bee"]);
  many.matrixCtx.report({ k: 3, draws: 1, lastMs: 1, firstMs: 1, view: { r0: 0, c0: 1, v: 2 } });
  assert.equal(reports.length, 1);
  assert.match(many.table.el.querySelector("caption").textContent, /rows 1-2 and columns 2-3/);
  t.close();
});

test("focus: a window of at most `side` classes centred on the cell, inside the matrix", async () => {
  const { focusView } = await import("../../js/matrix/geometry.js");
  assert.deepEqual(focusView({ r0: 0, c0: 0, v: 300 }, [150, 40], 300, 24, 10), { r0: 138, c0: 28, v: 24 });
  assert.deepEqual(focusView({ r0: 0, c0: 0, v: 300 }, [299, 0], 300, 24, 10), { r0: 276, c0: 0, v: 24 });
  // Never wider than the window shown, never narrower than the smallest window.
  assert.deepEqual(focusView({ r0: 5, c0: 5, v: 12 }, [10, 10], 300, 24, 10), { r0: 4, c0: 4, v: 12 });
  assert.deepEqual(focusView(null, [10, 10], 300, 4, 10), { r0: 5, c0: 5, v: 10 });
});

test("order panel: hidden for two classes; the search only past a dozen", async () => {
  const t = setup({ _matrix: matrixTrait([[3, 1], [2, 4]]), display_labels: ["no", "yes"], _order: {} });
  const panel = createOrderPanel({ ...t.ctx, display: createDisplay(t.state) });
  assert.equal(panel.el.hidden, true);
  const rows = Array.from({ length: 13 }, (_, i) => Array.from({ length: 13 }, (_, j) => (i === j ? 5 : 0)));
  t.source.push("display_labels", rows.map((_, i) => `c${i}`));
  t.source.push("_matrix", matrixTrait(rows));
  await settle();
  assert.equal(panel.el.hidden, false);
  assert.equal(panel.el.querySelector(".cmw-search").hidden, false);
  t.source.push("_matrix", matrixTrait(COUNTS));
  await settle();
  assert.equal(panel.el.querySelector(".cmw-search").hidden, true);
  t.close();
});

test("display: one subscription ended leaves the others told of page-local changes", () => {
  const t = setup();
  const d = createDisplay(t.state);
  let calls = 0;
  const fn = () => { calls += 1; };
  const offA = d.on("counts", fn);
  d.on("labels", fn);
  offA();
  d.local.focus(0, 0, true);
  assert.equal(calls, 1);
  t.close();
});

test("order panel: the largest errors fold away at a few classes and stay open at many; a reader's choice stays", async () => {
  const t = setup();
  const display = createDisplay(t.state);
  const panel = createOrderPanel({ ...t.ctx, display });
  t.host.append(panel.el);
  const top = panel.el.querySelector(".cmw-top");
  assert.equal(top.tagName, "DETAILS");
  assert.equal(top.open, false);   // 3 classes: the matrix shows its errors at a glance
  assert.equal(top.querySelector("summary").textContent, "Largest errors (4)");
  top.querySelector("summary").click();
  assert.equal(top.open, true);
  t.source.push("display_labels", ["ant", "bee", "cow"]);
  await settle();
  assert.equal(top.open, true);   // the reader opened it: an update keeps it open
  const k = 30;
  const many = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 9 : (i + j) % 3)));
  const u = setup({ _matrix: matrixTrait(many), display_labels: many.map((_, i) => `c${i}`), _order: {},
    order: "given" });
  const big = createOrderPanel({ ...u.ctx, display: createDisplay(u.state) });
  u.host.append(big.el);
  assert.equal(big.el.querySelector(".cmw-top").open, true);
  t.ac.abort();
  u.ac.abort();
  t.close();
  u.close();
});
