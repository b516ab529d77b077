// The slices panel on a stub state source: the picker, the small multiples on one colour scale,
// the slice that differs most, clicks on a small multiple, and the kernel-free page's fixed slices.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cellAt, cellSide, createSlices, oddText } from "../../js/slices/slices.js";
import { decodeSlices, sliceColors } from "../../js/slices/slices_keys.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

const K = 2;
const matrix = (k, counts, cols = K) => ({ k, cols, dtype: "uint16", counts: new Uint8Array(new Uint16Array(counts).buffer) });
// Two slices of a 2 x 2 matrix: "a" = [[4, 0], [1, 3]], "b" = [[1, 1], [2, 0]].
const SLICES = {
  names: ["a", "b"], matrix: matrix(4, [4, 0, 1, 3, 1, 1, 2, 0]), samples: [8, 4], accuracy: [0.875, 0.25],
  balanced_accuracy: [0.875, 0.25], macro_f1: [0.87, 0.25],
  most_different: { slice: 1, value: 0.25, rest: 0.875, difference: -0.625 },
};

function setup(extra = {}) {
  const env = makeDom();
  const source = stubSource({ _matrix: matrix(K, [5, 1, 3, 3]), _slices: SLICES, slice: null, ...extra });
  const state = createState(source);
  const ac = new AbortController();
  const panel = createSlices({ state, dom: domOf(env.document), signal: ac.signal });
  env.host.append(panel.el);
  return { ...env, source, state, ac, panel };
}

test("decoders: malformed slices decode to no slices", () => {
  assert.equal(decodeSlices(undefined, 2), null);
  assert.equal(decodeSlices({ names: [] }, 2), null);
  assert.equal(decodeSlices({ names: ["a", "b"], matrix: matrix(3, new Array(6).fill(1)) }, 2), null);   // not S * K rows
  const s = decodeSlices({ ...SLICES, accuracy: ["x", 0.5], most_different: { slice: 7 } }, 2);
  assert.deepEqual(s.accuracy, [null, 0.5]);
  assert.equal(s.mostDifferent, null);
  assert.deepEqual([...s.counts[1]], [1, 1, 2, 0]);
});

test("one colour scale over every slice: the largest value of any slice is the top colour", () => {
  const s = decodeSlices(SLICES, 2);
  const counts = sliceColors(s, null);
  assert.equal(counts.vmax, 4);
  assert.deepEqual([...counts.colors[0]], [255, 0, 64, 191]);   // rint(v * 255 / 4)
  assert.deepEqual([...counts.colors[1]], [64, 64, 128, 0]);
  const rows = sliceColors(s, "true");
  assert.equal(rows.vmax, 1);
  assert.deepEqual([...rows.colors[1]], [128, 128, 255, 0]);
});

test("the picker lists the slices and writes the slice shown", async () => {
  const { source, host, ac, close } = setup();
  await settle();
  const picker = host.querySelector(".cmw-slice-pick");
  assert.deepEqual([...picker.options].map((o) => o.value), ["", "a", "b"]);
  assert.equal(picker.value, "");
  picker.value = "b";
  picker.dispatchEvent(new host.ownerDocument.defaultView.Event("change"));
  assert.deepEqual(source.writes, [["slice", "b"]]);
  await settle();
  assert.ok(host.querySelector('[data-slice="b"]').classList.contains("cmw-slice-shown"));
  picker.value = "";
  picker.dispatchEvent(new host.ownerDocument.defaultView.Event("change"));
  assert.deepEqual(source.writes.at(-1), ["slice", null]);
  ac.abort();
  close();
});

test("small multiples: one per slice, the odd one named, a click shows the slice and selects the cell", async () => {
  const { source, host, window, ac, close } = setup();
  await settle();
  const tiles = host.querySelectorAll(".cmw-slice");
  assert.equal(tiles.length, 2);
  assert.equal(tiles[0].dataset.colors, "255,0,64,191");
  assert.ok(tiles[1].classList.contains("cmw-slice-odd"));
  assert.match(host.querySelector(".cmw-slice-odd-note").textContent, /Differs most: b \(accuracy 0\.250, 0\.875/);
  const side = cellSide(2, 2);
  const canvas = tiles[1].querySelector("canvas");
  canvas.dispatchEvent(new window.MouseEvent("click", { clientX: 0, clientY: 0 }));
  // happy-dom gives no offsets: a click at (0, 0) is cell (0, 0)
  assert.deepEqual(source.writes, [["slice", "b"], ["selected", [0, 0]]]);
  assert.deepEqual(cellAt(side * 1.5, side * 0.5, 2, 2), [0, 1]);
  assert.equal(cellAt(side * 2.5, 0, 2, 2), null);
  ac.abort();
  close();
});

test("slices as saved in a page without a kernel: the picker is off and says why", async () => {
  const { source, host, window, ac, close } = setup({ _slices: { ...SLICES, fixed: true } });
  await settle();
  const picker = host.querySelector(".cmw-slice-pick");
  assert.equal(picker.disabled, true);
  assert.match(host.querySelector(".cmw-slice-fixed-note").textContent, /live kernel/);
  host.querySelector("canvas").dispatchEvent(new window.MouseEvent("click"));
  assert.deepEqual(source.writes, []);
  ac.abort();
  close();
});

test("no slices: the panel is hidden", async () => {
  const { host, ac, close } = setup({ _slices: {} });
  await settle();
  assert.equal(host.querySelector(".cmw-slices").hidden, true);
  assert.equal(oddText(null), "");
  ac.abort();
  close();
});

test("small multiples follow the display order of the matrix; a click selects the class drawn there", async () => {
  // classes shown in the order [1, 0]: slice "a" = [[4, 0], [1, 3]] is drawn [[3, 1], [0, 4]]
  const u16 = (a) => new DataView(Uint16Array.from(a).buffer);
  const { source, host, window, ac, close } = setup({ _order: { dtype: "uint16", classes: u16([1, 0]), groups: null } });
  await settle();
  const tiles = host.querySelectorAll(".cmw-slice");
  assert.equal(tiles[0].dataset.colors, "191,64,0,255");
  tiles[0].querySelector("canvas").dispatchEvent(new window.MouseEvent("click", { clientX: 0, clientY: 0 }));
  // the top-left cell drawn is (true 1, predicted 1)
  assert.deepEqual(source.writes, [["slice", "a"], ["selected", [1, 1]]]);
  ac.abort();
  close();
});
