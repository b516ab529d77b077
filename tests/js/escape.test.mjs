// Escape leaves the widget (the focus goes back to the notebook cell around it) and keeps the
// selection; "Clear selection" is the visible way to clear it. The bundled widget on a stub model.
import { test } from "node:test";
import assert from "node:assert/strict";

import widget from "../../cm_widget/static/widget.js";
import { key, makeDom, matrixTrait, settle, stubModel } from "./dom_env.mjs";

const SELECTION = {
  i: 1, j: 0, total: 2, offset: 0, page_size: 100, available: true, indices: [3, 8],
  sentence: [{ text: "2 samples are truly " }, { text: "c", em: true }, { text: "." }],
};

function setup(traits = {}) {
  const env = makeDom();
  // A notebook cell: a focusable element around the output that holds the widget.
  const cell = env.document.createElement("div");
  cell.tabIndex = -1;
  cell.className = "jp-Cell";
  const output = env.document.createElement("div");
  cell.append(output);
  env.host.append(cell);
  const model = stubModel({
    _matrix: matrixTrait([[5, 1], [2, 7]]), display_labels: ["a", "c"], normalize: null, cmap: "Blues",
    selected: [1, 0], _selection: SELECTION, ...traits,
  });
  const cleanup = widget.render({ model, el: output });
  return { ...env, cell, model, cleanup };
}

test("Escape on the matrix keeps the selection and gives the focus back to the cell around", async () => {
  const t = setup();
  const canvas = t.host.querySelector("canvas.cmw-canvas");
  canvas.focus();
  assert.equal(t.document.activeElement, canvas);
  const seen = [];
  t.document.addEventListener("keydown", (e) => seen.push(e.key));
  const e = key(t.window, canvas, "Escape");
  await settle();
  assert.deepEqual(t.model.get("selected"), [1, 0]);
  assert.deepEqual(t.model.saved.map((s) => s.selected).filter((s) => s === null), [], "no write clears it");
  assert.equal(t.document.activeElement, t.cell, "the focus is on the notebook cell");
  assert.ok(e.defaultPrevented);
  assert.deepEqual(seen, [], "the key itself still stays in the widget");
  // From another control of the widget too.
  const reverse = t.host.querySelector("input.cmw-reverse");
  reverse.focus();
  key(t.window, reverse, "Escape");
  assert.equal(t.document.activeElement, t.cell);
  assert.deepEqual(t.model.get("selected"), [1, 0]);
  t.cleanup();
  await t.close();
});

test("Clear selection: shown with a selection, writes selected = None, gone without one", async () => {
  const t = setup();
  const clear = t.host.querySelector(".cmw-selection button.cmw-clear");
  assert.ok(clear, "a Clear selection button");
  assert.equal(clear.textContent, "Clear selection");
  assert.equal(clear.hidden, false);
  clear.click();
  await settle();
  assert.equal(t.model.get("selected"), null);
  assert.equal(t.model.saved.at(-1).selected, null);
  t.model.push("_selection", {});
  await settle();
  assert.equal(t.host.querySelector(".cmw-selection button.cmw-clear"), null);
  assert.match(t.host.querySelector(".cmw-selection").textContent, /Click a cell/);
  // A selection with no cell sentence (a whole row, say) can still be cleared.
  t.model.push("selected", "errors");
  await settle();
  assert.ok(t.host.querySelector(".cmw-selection button.cmw-clear"));
  t.cleanup();
  await t.close();
});
