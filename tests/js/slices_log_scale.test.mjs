// The small multiples follow the big matrix's colour scale: with cmap_scale="log" every slice is
// drawn on one log scale, from the smallest positive value of any slice to the largest.
import { test } from "node:test";
import assert from "node:assert/strict";

import { createSlices } from "../../js/slices/slices.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

const matrix = (k, counts) => ({ k, cols: 2, dtype: "uint16", counts: new Uint8Array(new Uint16Array(counts).buffer) });
// "a" = [[4, 0], [1, 3]], "b" = [[1, 1], [2, 0]]
const SLICES = {
  names: ["a", "b"], matrix: matrix(4, [4, 0, 1, 3, 1, 1, 2, 0]), samples: [8, 4], accuracy: [0.875, 0.25],
  balanced_accuracy: [0.875, 0.25], macro_f1: [0.87, 0.25], most_different: null,
};

// A value's colour on the log scale from lo to hi, written out here: 0 for no value, else
// 1 + 254 * log(v / lo) / log(hi / lo), rounded.
const logIndex = (v, lo, hi) => (v > 0 ? Math.round(1 + (254 * Math.log(v / lo)) / Math.log(hi / lo)) : 0);

async function tiles(extra) {
  const env = makeDom();
  const source = stubSource({ _matrix: matrix(2, [5, 1, 3, 3]), _slices: SLICES, slice: null, ...extra });
  const ac = new AbortController();
  const panel = createSlices({ state: createState(source), dom: domOf(env.document), signal: ac.signal });
  env.host.append(panel.el);
  await settle();
  const out = [...env.host.querySelectorAll(".cmw-slice")].map((t) => t.dataset.colors.split(",").map(Number));
  ac.abort();
  env.close();
  return out;
}

test("log colours: the small multiples are on one log scale over every slice", async () => {
  const want = [[4, 0, 1, 3], [1, 1, 2, 0]].map((vs) => vs.map((v) => logIndex(v, 1, 4)));
  assert.deepEqual(await tiles({ cmap_scale: "log" }), want);
});

test("log colours of shares: the scale runs from the smallest positive share of any slice", async () => {
  const rows = [[4 / 4, 0, 1 / 4, 3 / 4], [1 / 2, 1 / 2, 1, 0]];
  const want = rows.map((vs) => vs.map((v) => logIndex(v, 1 / 4, 1)));
  assert.deepEqual(await tiles({ cmap_scale: "log", normalize: "true" }), want);
});

test("linear colours stay linear", async () => {
  assert.deepEqual(await tiles({ cmap_scale: "linear" }), [[255, 0, 64, 191], [64, 64, 128, 0]]);
});
