// The kernel-free page's slices (js/slices/slice_page.js) on small hand-counted cases: the slice
// codes as the file packs them, each slice's samples keeping their positions, the metrics per slice
// and the slice that differs most with its tie rule. tests/test_file_slices.py compares them with
// the kernel and scikit-learn on random data.
import { test } from "node:test";
import assert from "node:assert/strict";

import { decodeSliceCodes, mostDifferent, sliceSets, sliceTable, slicesState } from "../../js/slices/slice_page.js";

const b64 = (bytes) => Buffer.from(bytes).toString("base64");

test("slice codes: one byte a sample, or the low bytes then the high bytes", () => {
  assert.deepEqual([...decodeSliceCodes({ bytes: 1, data: b64([2, 0, 1]) }, 3)], [2, 0, 1]);
  // 300 = 0x012c and 5: low bytes [0x2c, 5], high bytes [1, 0]
  assert.deepEqual([...decodeSliceCodes({ bytes: 2, data: b64([0x2c, 5, 1, 0]) }, 2)], [300, 5]);
  assert.equal(decodeSliceCodes({ bytes: 1, data: b64([1, 2]) }, 3), null, "a wrong length is refused");
  assert.equal(decodeSliceCodes({ bytes: 3, data: b64([1, 2, 3]) }, 1), null);
  assert.equal(decodeSliceCodes(null, 0), null);
});

test("each slice's samples keep their positions and ids", () => {
  const d = { kind: "labels", k: 2, n: 4, cells: Uint32Array.from([0, 1, 3, 2]), weights: null,
    sampleIndex: null, ids: ["w", "x", "y", "z"], outside: null };
  const [a, b] = sliceSets(d, Uint8Array.from([1, 0, 1, 1]), 2);
  assert.equal(a.n, 1);
  assert.deepEqual([...a.sampleIndex], [1]);
  assert.deepEqual([...b.sampleIndex], [0, 2, 3]);
  assert.deepEqual([...b.cells], [0, 3, 2]);
  assert.deepEqual(b.ids, ["w", "y", "z"]);
});

test("metrics per slice, counted by hand", () => {
  // slice 0: [[3, 1], [0, 0]]: accuracy 3/4, class 1 absent; slice 1: [[0, 2], [2, 2]]
  const counts = Float64Array.from([3, 1, 0, 0, 0, 2, 2, 2]);
  const t = sliceTable(counts, 2, 2);
  assert.deepEqual(t.samples, [4, 6]);
  assert.deepEqual(t.accuracy, [0.75, 2 / 6]);
  assert.deepEqual(t.balanced_accuracy, [0.75, (0 + 0.5) / 2]);
  // F1 = 2 tp / (support + predicted): slice 0: 6/7 and 0; slice 1: 0 and 4/8
  assert.deepEqual(t.macro_f1, [(6 / 7 + 0) / 2, (0 + 0.5) / 2]);
});

test("the slice that differs most: first on equal gaps, none without a rest", () => {
  // Two slices are each other's rest: the same gap, the first is named.
  const two = Float64Array.from([2, 0, 0, 0, 1, 1, 0, 0]);
  assert.deepEqual(mostDifferent(two, 2, 2), { slice: 0, value: 1, rest: 0.5, difference: 0.5 });
  assert.equal(mostDifferent(Float64Array.from([1, 0, 0, 1]), 1, 2), null);
  // An empty slice is not compared.
  const empty = Float64Array.from([0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0]);
  assert.equal(mostDifferent(empty, 3, 2).slice, 1);
});

test("the _slices trait at a threshold recounts every slice from its scores", () => {
  const d = { kind: "binary", k: 2, n: 4, posIndex: 1, positive: Uint8Array.from([1, 0, 1, 0]),
    scores: Float32Array.from([0.9, 0.6, 0.2, 0.1]), weights: null, sampleIndex: null, ids: null, outside: null };
  const sets = sliceSets(d, Uint8Array.from([0, 0, 1, 1]), 2);
  const s = slicesState({ names: ["p", "q"] }, sets, 2, 0.5);
  const counts = new Float64Array(s.matrix.counts.buffer);
  // p: a true positive (0.9) and a false positive (0.6); q: a false negative (0.2), a true negative (0.1)
  assert.deepEqual([...counts], [0, 1, 0, 1, 1, 0, 1, 0]);
  assert.deepEqual(s.names, ["p", "q"]);
  assert.deepEqual(s.accuracy, [0.5, 0.5]);
  assert.equal(s.most_different.slice, 0);
});
