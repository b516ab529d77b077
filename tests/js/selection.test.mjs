// Selections of several cells in the page: the canonical forms the kernel keeps, shift-click
// toggling, the display order's mapping of headers and cells back to class space, and the bar.
import { test } from "node:test";
import assert from "node:assert/strict";

import { canonicalSelection, parseSelection, selectionCells, toggleCell } from "../../js/select/selection_spec.js";
import { displayMarks, displaySelection } from "../../js/select/display_select.js";
import { createDisplay } from "../../js/order/display.js";
import { createSelectBar } from "../../js/select/select_bar.js";
import { createState } from "../../js/core/state.js";
import { domOf } from "../../js/ui/dom.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

const u16 = (a) => new DataView(Uint16Array.from(a).buffer);

test("forms: cells, rows, columns, errors; anything else is refused", () => {
  assert.deepEqual(parseSelection({ row: 2 }, 3), { kind: "row", i: 2 });
  assert.deepEqual(parseSelection({ col: 3 }, 3, 4), { kind: "col", j: 3 });
  assert.equal(parseSelection({ col: 3 }, 3), null);
  assert.deepEqual(parseSelection("errors", 3), { kind: "errors" });
  assert.deepEqual(parseSelection([1, 2], 3), { kind: "cell", cells: [[1, 2]] });
  assert.deepEqual(parseSelection([[1, 2], [0, 0]], 3).kind, "cells");
  for (const bad of ["junk", { row: 1, col: 1 }, { row: -1 }, [[1, 2], [5, 0]], [1, 2, 3], 4, true]) {
    assert.equal(parseSelection(bad, 3), null, JSON.stringify(bad));
    assert.equal(canonicalSelection(bad, 3), undefined);
  }
  // The kernel's canonical form: sorted, each cell once, one cell as a pair.
  assert.deepEqual(canonicalSelection([[2, 1], [0, 1], [2, 1]], 3), [[0, 1], [2, 1]]);
  assert.deepEqual(canonicalSelection([[2, 1]], 3), [2, 1]);
  assert.equal(canonicalSelection(null, 3), null);
});

test("cells of a selection, row by row; errors leave the diagonal and the abstained column", () => {
  assert.deepEqual(selectionCells(parseSelection("errors", 3, 4), 3, 4), [[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]]);
  assert.deepEqual(selectionCells(parseSelection({ row: 1 }, 3, 4), 3, 4), [[1, 0], [1, 1], [1, 2], [1, 3]]);
  assert.deepEqual(selectionCells(parseSelection({ col: 0 }, 3), 3), [[0, 0], [1, 0], [2, 0]]);
});

test("shift-click adds a cell, takes it out again, and replaces a row", () => {
  const one = parseSelection([0, 1], 3);
  const two = toggleCell(one, [2, 2]);
  assert.deepEqual(two, [[0, 1], [2, 2]]);
  assert.deepEqual(toggleCell(parseSelection(two, 3), [0, 1]), [2, 2]);
  assert.equal(toggleCell(parseSelection([2, 2], 3), [2, 2]), null);
  assert.deepEqual(toggleCell(parseSelection({ row: 0 }, 3), [1, 1]), [1, 1]);
  assert.deepEqual(toggleCell(null, [1, 0]), [1, 0]);
});

const COUNTS = [[5, 1, 0], [2, 7, 3], [0, 4, 9]];

function setup(extra = {}) {
  const env = makeDom();
  const source = stubSource({
    _matrix: matrixTrait(COUNTS), display_labels: ["ant", "bee", "cat"], normalize: null, selected: null,
    _order: { dtype: "uint16", classes: u16([2, 0, 1]), groups: null }, order: "errors", _groups: {},
    level: "classes", errors_only: false, selected_group: null, ...extra,
  });
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

test("display: a header, a shift-click and the errors go to class space", () => {
  const t = setup();
  const d = createDisplay(t.state);
  // Display order cat, ant, bee: display row 0 is class 2, display column 2 is class 1.
  d.set("selected", { row: 0 });
  assert.deepEqual(t.source.writes.at(-1), ["selected", { row: 2 }]);
  assert.deepEqual(d.get("marks"), { rows: [0], cols: [], cells: [], errors: false });
  d.set("selected", { col: 2 });
  assert.deepEqual(t.source.writes.at(-1), ["selected", { col: 1 }]);
  assert.deepEqual(d.get("marks").cols, [2]);
  d.set("selected", [0, 2]);
  d.set("selected", { add: [1, 1] });
  assert.deepEqual(t.source.writes.at(-1), ["selected", [[0, 0], [2, 1]]]);
  assert.deepEqual(d.get("marks").cells, [[1, 1], [0, 2]]);
  d.set("selected", "errors");
  assert.deepEqual(t.source.writes.at(-1), ["selected", "errors"]);
  assert.equal(d.get("marks").errors, true);
  d.set("selected", null);
  assert.deepEqual(t.source.writes.at(-1), ["selected", null]);
  t.close();
});

test("display: a group's header selects nothing (a roll-up is not a class)", () => {
  const items = [{ kind: "group", index: 1, members: [2] }, { kind: "class", index: 0, members: [0] }];
  assert.equal(displaySelection({ row: 0 }, items, 3, false, null), undefined);
  assert.deepEqual(displaySelection({ row: 1 }, items, 3, false, null), { row: 0 });
  assert.deepEqual(displayMarks(parseSelection({ row: 2 }, 3), items, 3, false).rows, [0]);
});

test("bar: All errors selects the errors, and a second press clears them", async () => {
  const t = setup();
  const bar = createSelectBar(t.ctx);
  const b = bar.el.querySelector(".cmw-all-errors");
  b.click();
  assert.deepEqual(t.source.writes.at(-1), ["selected", "errors"]);
  await settle();
  assert.equal(b.getAttribute("aria-pressed"), "true");
  b.click();
  assert.deepEqual(t.source.writes.at(-1), ["selected", null]);
  bar.destroy();
  t.close();
});

test("summary: the panel's table says the cell and the rest of its row, as text", async () => {
  const { summaryText, summaryTable } = await import("../../js/select/summary.js");
  const age = { column: "age", kind: "number", cell: { n: 3, mean: 41.25, median: 40, }, rest: { n: 0, mean: null, median: null } };
  assert.equal(summaryText(age, "cell"), "mean 41.25 \u00b7 median 40 (n=3)");
  assert.equal(summaryText(age, "rest"), "no values");
  const site = { column: "<b>site</b>", kind: "category", cell: [["north", 2, 0.5], ["<i>x</i>", 1, 0.25]], rest: [] };
  assert.equal(summaryText(site, "cell"), "north 50% \u00b7 <i>x</i> 25%");
  const env = makeDom();
  const table = summaryTable(domOf(env.document), { summary: [age, site] });
  assert.equal(table.querySelectorAll("tr").length, 3);
  assert.equal(table.querySelector("b"), null);   // text, never HTML
  assert.ok(table.textContent.includes("<b>site</b>"));
  assert.equal(summaryTable(domOf(env.document), { summary: [] }), null);
  env.close();
});
