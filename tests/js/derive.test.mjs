// What the page derives from the synced counts. Expected values are worked out by hand in the
// comments; tests/test_page_rules.py checks the same functions against Python on random input.
import { test } from "node:test";
import assert from "node:assert/strict";

import {
  colorIndices, colorbarTicks, decodeMatrix, decodeMetrics, formatRule, isWhole, lightText, maxValue,
  normalizeValues, pairwiseSum, rgbaOf, rint,
} from "../../js/core/derive.js";

test("decodeMatrix reads each wire type, and gives zeros when the bytes are short", () => {
  const u16 = new Uint16Array([1, 300, 65535, 0]);
  const m = decodeMatrix({ k: 2, dtype: "uint16", counts: new DataView(u16.buffer) });
  assert.equal(m.k, 2);
  assert.ok(m.counts instanceof Uint16Array);
  assert.deepEqual([...m.counts], [1, 300, 65535, 0]);
  const f = decodeMatrix({ k: 1, dtype: "float64", counts: new Float64Array([2.5]) });
  assert.deepEqual([...f.counts], [2.5]);
  assert.deepEqual([...decodeMatrix({ k: 2, dtype: "uint32", counts: new Uint8Array(3) }).counts], [0, 0, 0, 0]);
  assert.equal(decodeMatrix(undefined).k, 0);
});

test("normalisation over rows, columns and all; empty rows and columns give 0", () => {
  // [[3, 1, 0], [0, 0, 0], [1, 0, 0]]: row 1 and column 2 are empty.
  const c = new Uint8Array([3, 1, 0, 0, 0, 0, 1, 0, 0]);
  assert.equal(normalizeValues(c, 3, null), c);
  assert.deepEqual([...normalizeValues(c, 3, "true")], [0.75, 0.25, 0, 0, 0, 0, 1, 0, 0]);
  // column sums 4, 1, 0
  assert.deepEqual([...normalizeValues(c, 3, "pred")], [0.75, 1, 0, 0, 0, 0, 0.25, 0, 0]);
  assert.deepEqual([...normalizeValues(c, 3, "all")], [0.6, 0.2, 0, 0, 0, 0, 0.2, 0, 0]);
  assert.deepEqual([...normalizeValues(new Uint8Array(4), 2, "all")], [0, 0, 0, 0]);
});

test("a K x (K + 1) matrix (the abstained column last) normalises like a naive loop in every mode", () => {
  const k = 4;
  const cols = k + 1;
  // Rows with and without abstained samples, an empty row and an empty column.
  const rows = [[5, 1, 0, 2, 3], [0, 0, 0, 0, 0], [1, 7, 0, 0, 4], [2, 0, 0, 9, 0]];
  const bytes = new Uint16Array(rows.flat());
  const m = decodeMatrix({ k, cols, dtype: "uint16", counts: new DataView(bytes.buffer) });
  assert.equal(m.k, k);
  assert.equal(m.cols, cols);
  assert.deepEqual([...m.counts], rows.flat());
  const total = rows.flat().reduce((a, b) => a + b, 0);
  const rowSum = (i) => rows[i].reduce((a, b) => a + b, 0);
  const colSum = (j) => rows.reduce((a, r) => a + r[j], 0);
  const naive = {
    true: (i, j) => (rowSum(i) ? rows[i][j] / rowSum(i) : 0),
    pred: (i, j) => (colSum(j) ? rows[i][j] / colSum(j) : 0),
    all: (i, j) => rows[i][j] / total,
  };
  for (const how of ["true", "pred", "all"]) {
    const got = normalizeValues(m.counts, k, how, cols);
    assert.equal(got.length, k * cols, how);
    const want = rows.flatMap((r, i) => r.map((_, j) => naive[how](i, j)));
    assert.deepEqual([...got], want, how);
  }
  assert.deepEqual([...normalizeValues(m.counts, k, null, cols)], rows.flat());
  // Without a column count the matrix is square, as before.
  assert.equal(decodeMatrix({ k: 2, dtype: "uint16", counts: new DataView(new Uint16Array(4).buffer) }).cols, 2);
});

test("pairwiseSum adds eight running sums for 8..128 terms, and halves beyond", () => {
  const a = Float64Array.from({ length: 300 }, (_, i) => i + 1);
  assert.equal(pairwiseSum(a, 0, 300), 300 * 301 / 2);
  assert.equal(pairwiseSum(a, 0, 5), 15);
  assert.equal(pairwiseSum(a, 2, 3, 10), 3 + 13 + 23);
  // 1e16 + 1 + 1 ... in order loses the ones; eight running sums keep seven of them apart.
  const b = new Float64Array(9).fill(1);
  b[0] = 1e16;
  assert.equal(pairwiseSum(b, 0, 9), ((1e16 + 1) + (1 + 1)) + ((1 + 1) + (1 + 1)) + 1);
});

test("colour indices round half to even and clip", () => {
  assert.equal(rint(0.5), 0);
  assert.equal(rint(1.5), 2);
  assert.equal(rint(2.5), 2);
  assert.equal(rint(2.5000001), 3);
  assert.equal(rint(254.5), 254);
  // 255 / 2 = 127.5 per unit: 1 -> 127.5 -> 128 (even), 2 -> 255
  assert.deepEqual([...colorIndices([0, 1, 2], 0, 2)], [0, 128, 255]);
  // 255 / 10 = 25.5: 1 -> 25.5 -> 26, 3 -> 76.5 -> 76
  assert.deepEqual([...colorIndices([1, 3, 10, 11], 0, 10)], [26, 76, 255, 255]);
  assert.deepEqual([...colorIndices([0, 0], 0, 0)], [0, 0]);
  assert.equal(maxValue(new Uint8Array([3, 9, 2])), 9);
  assert.equal(maxValue(new Float64Array(0)), 0);
});

test("whole-number detection and the value format", () => {
  assert.equal(isWhole(new Uint32Array([1, 2])), true);
  assert.equal(isWhole(new Float64Array([1, 2.5])), false);
  assert.equal(isWhole(new Float64Array([1, 2])), true);
  assert.deepEqual(formatRule(null, null, true), { kind: "int", digits: 0 });
  assert.deepEqual(formatRule(null, null, false), { kind: "float", digits: 2 });
  assert.deepEqual(formatRule(null, "true", false), { kind: "percent", digits: 1 });
  assert.deepEqual(formatRule(".3f", "true", false), { kind: "float", digits: 3 });
  assert.deepEqual(formatRule("%", null, true), { kind: "percent", digits: 2 });
  assert.deepEqual(formatRule(",.0%", null, true), { kind: "percent", digits: 0 });
  assert.deepEqual(formatRule("d", null, true), { kind: "int", digits: 0 });
  // "d" cannot print fractions: the default of the view instead
  assert.deepEqual(formatRule("d", "pred", false), { kind: "percent", digits: 1 });
  assert.deepEqual(formatRule("d", null, false), { kind: "float", digits: 2 });
  assert.deepEqual(formatRule(".2g", null, true), { kind: "float", digits: 2 });
});

test("colour-bar ticks: nice steps, whole counts, percentages when normalised", () => {
  const texts = (ticks) => ticks.map((t) => t[1]);
  assert.deepEqual(texts(colorbarTicks(3, null)), ["0", "1", "2", "3"]);       // step 0.6 -> 1
  assert.deepEqual(texts(colorbarTicks(137, null)), ["0", "50", "100"]);       // 27.4 -> 50
  assert.deepEqual(texts(colorbarTicks(1000, null)), ["0", "200", "400", "600", "800", "1000"]);
  assert.deepEqual(texts(colorbarTicks(0, null)), ["0", "1"]);                 // empty: 0..1
  assert.deepEqual(texts(colorbarTicks(0.83, "true")), ["0%", "20%", "40%", "60%", "80%"]);
  assert.deepEqual(texts(colorbarTicks(0.06, "all")), ["0%", "2%", "4%", "6%"]);        // 0.012 -> 0.02
  assert.deepEqual(texts(colorbarTicks(0.12, "all")), ["0%", "2.5%", "5%", "7.5%", "10%"]);
  const t = colorbarTicks(137, null);
  assert.deepEqual(t.map((x) => x[0]), [0, 50 / 137, 100 / 137]);
});

test("RGB tables become opaque RGBA; text is white on dark entries", () => {
  const rgb = new Uint8Array(768);
  for (let c = 0; c < 256; c++) rgb.set([c, c, c], 3 * c);   // black to white
  const rgba = rgbaOf(rgb);
  assert.equal(rgba.length, 1024);
  assert.deepEqual([...rgba.subarray(4 * 200, 4 * 201)], [200, 200, 200, 255]);
  assert.equal(rgbaOf(new Uint8Array(10)), null);
  const light = lightText(rgba);
  assert.equal(light[0], 1);
  assert.equal(light[255], 0);
  // one switch from white to black text along a grey ramp
  assert.equal([...light].filter((v, i) => i > 0 && v !== light[i - 1]).length, 1);
});

test("metrics decode per class under the page's names", () => {
  const per = new Float64Array([1, 0.5, 2 / 3, 2, 0, 0, 0, 0]);
  const m = decodeMetrics({ per_class: per, summary: [{ name: "accuracy", value: 0.5 }, null] }, ["a", "b"]);
  assert.deepEqual(m.perClass[0], { label: "a", precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
  assert.equal(m.perClass[1].label, "b");
  assert.deepEqual(m.summary, [{ name: "accuracy", value: 0.5 }]);
  assert.deepEqual(decodeMetrics({ per_class: new Float64Array(4) }, ["a", "b"]).perClass, []);
});

test("decodeMatrix reads a sparse matrix (positions and values) into the dense counts", () => {
  const at = new Uint32Array([1, 5, 8]);
  const values = new Uint16Array([7, 300, 2]);
  const m = decodeMatrix({ k: 3, cols: 3, dtype: "uint16", counts: new DataView(values.buffer), at: new DataView(at.buffer) });
  assert.deepEqual([...m.counts], [0, 7, 0, 0, 0, 300, 0, 0, 2]);
  // positions outside the matrix are not written
  const bad = decodeMatrix({ k: 2, cols: 2, dtype: "uint8", counts: new Uint8Array([4, 9]), at: new Uint32Array([3, 99]) });
  assert.deepEqual([...bad.counts], [0, 0, 0, 4]);
});
