// The bundled widget rendered on a stub model in happy-dom: what it writes back to the model.
import { test } from "node:test";
import assert from "node:assert/strict";

import widget from "../../js/widget.js";
import { makeDom, matrixTrait, settle, stubModel, key } from "./dom_env.mjs";

const TWO = { _matrix: matrixTrait([[5, 1], [2, 7]]), display_labels: ["a\nb", "c"], normalize: null, cmap: "Blues", selected: null };

function writesOf(model, name) {
  return model.saved.map((s) => s[name]);
}

test("Edit labels then Save without editing keeps a name with a line break", async () => {
  const { host, close } = makeDom();
  const model = stubModel(TWO);
  const cleanup = widget.render({ model, el: host });
  host.querySelector(".cmw-edit-btn").click();
  const field = host.querySelector('input.cmw-label-input[data-index="0"]');
  assert.ok(field.value.includes("\u23ce"), `the line break is shown: ${JSON.stringify(field.value)}`);
  host.querySelector(".cmw-labels-panel .cmw-save").click();
  await settle();
  assert.deepEqual(model.get("display_labels"), ["a\nb", "c"]);
  for (const labels of writesOf(model, "display_labels")) assert.deepEqual(labels, ["a\nb", "c"]);
  cleanup();
  await close();
});

test("Edit labels: renaming one class keeps the line break of another", async () => {
  const { host, close } = makeDom();
  const model = stubModel(TWO);
  const cleanup = widget.render({ model, el: host });
  host.querySelector(".cmw-edit-btn").click();
  host.querySelector('input.cmw-label-input[data-index="1"]').value = "d";
  host.querySelector(".cmw-labels-panel .cmw-save").click();
  await settle();
  assert.deepEqual(model.get("display_labels"), ["a\nb", "d"]);
  cleanup();
  await close();
});

test("no keydown leaves the widget, from any of its controls", async () => {
  const { window, host, close } = makeDom();
  const model = stubModel({ ...TWO, _binary: { lo: 0, hi: 1, step: 0.001, threshold: 0.5, pos_index: 1 },
    threshold: 0.5 });
  const cleanup = widget.render({ model, el: host });
  const seen = [];
  window.document.addEventListener("keydown", (e) => seen.push(e.key));
  const targets = host.querySelectorAll("button, input, select, canvas, summary");
  assert.ok(targets.length >= 8, `found ${targets.length} controls`);
  for (const t of targets) {
    for (const k of ["b", "m", "ArrowDown", "ArrowUp", "d"]) key(window, t, k);
  }
  assert.deepEqual(seen, []);
  cleanup();
  await close();
});

test("teardown removes the widget and every model listener", async () => {
  const { host, close } = makeDom();
  const model = stubModel(TWO);
  const cleanup = widget.render({ model, el: host });
  assert.ok(model.listeners() > 0);
  cleanup();
  assert.equal(model.listeners(), 0);
  assert.equal(host.querySelector(".cmw"), null);
  await close();
});
