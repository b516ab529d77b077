// The slice picker with slice names that look like its own "all samples" choice: a slice whose
// value is the empty string is a slice of its own, picked and shown as such (never all samples).
import { test } from "node:test";
import assert from "node:assert/strict";

import { createSlices } from "../../js/slices/slices.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

const matrix = (k, counts) => ({ k, cols: 2, dtype: "uint16", counts: new Uint8Array(new Uint16Array(counts).buffer) });
const SLICES = {
  names: ["", "b"], matrix: matrix(4, [4, 0, 1, 3, 1, 1, 2, 0]), samples: [8, 4], accuracy: [0.875, 0.25],
  balanced_accuracy: [0.875, 0.25], macro_f1: [0.87, 0.25], most_different: null,
};

function setup(slice) {
  const env = makeDom();
  const source = stubSource({ _matrix: matrix(2, [5, 1, 3, 3]), _slices: SLICES, slice });
  const state = createState(source);
  const ac = new AbortController();
  const panel = createSlices({ state, dom: domOf(env.document), signal: ac.signal });
  env.host.append(panel.el);
  return { ...env, source, ac };
}

const label = (picker) => picker.options[picker.selectedIndex].textContent;

test("a slice named by the empty string is picked as that slice, not as all samples", async () => {
  const { source, host, window, ac, close } = setup(null);
  await settle();
  const picker = host.querySelector(".cmw-slice-pick");
  assert.equal(label(picker), "all samples");
  picker.selectedIndex = 1; // the slice ""
  picker.dispatchEvent(new window.Event("change"));
  assert.deepEqual(source.writes, [["slice", ""]]);
  await settle();
  assert.equal(picker.selectedIndex, 1);
  picker.selectedIndex = 0; // all samples again
  picker.dispatchEvent(new window.Event("change"));
  assert.deepEqual(source.writes.at(-1), ["slice", null]);
  ac.abort();
  close();
});

test("the picker of a widget showing the slice named by the empty string says so", async () => {
  const { host, ac, close } = setup("");
  await settle();
  const picker = host.querySelector(".cmw-slice-pick");
  assert.equal(picker.selectedIndex, 1);
  assert.notEqual(label(picker), "all samples");
  assert.ok(host.querySelector('[data-slice=""]').classList.contains("cmw-slice-shown"));
  ac.abort();
  close();
});
