// Pure helpers of the costs: decoding `_costs` and the expected cost of the counts shown. The rule
// is cm_widget/_engine/costs.py expected_cost, with the same sums in the same order (bit for bit,
// tests/test_costs_page.py), so the kernel-free page shows what the kernel says at any threshold.

import { toFloat64, toUint8 } from "./util.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function float32(raw) {
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / 4);
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  return Float32Array.from({ length: n }, (_, p) => dv.getFloat32(4 * p, true));
}

/**
 * `_costs` -> {k, cols, cost: Float64Array (k x cols), curve: {t, y, n} | null, least: {threshold, mean} | null},
 * or null without a cost.
 * @param {import("./wire.js").WireCosts | null | undefined} raw
 */
export function decodeCosts(raw) {
  if (!raw || typeof raw !== "object" || !Number.isInteger(raw.k) || !Number.isInteger(raw.cols)) return null;
  const cost = toFloat64(raw.cost);
  if (cost.length !== raw.k * raw.cols) return null;
  let curve = null;
  if (raw.curve && typeof raw.curve === "object") {
    const t = toFloat64(raw.curve.t);
    const y = float32(raw.curve.y);
    const n = Math.min(t.length, y.length);
    if (n > 0) curve = { t: t.subarray(0, n), y: y.subarray(0, n), n };
  }
  const l = raw.least;
  const least = l && Number.isFinite(l.threshold) && Number.isFinite(l.mean)
    ? { threshold: l.threshold, mean: l.mean } : null;
  return { k: raw.k, cols: raw.cols, cost, curve, least };
}

/**
 * The expected cost of the counts: {total, mean, perClass: [{total, mean}]}. `square` is the K x K
 * counts, `rest` the abstained column (or null); a cost column past the counts' is unused, and a
 * counts column past the cost's costs nothing.
 */
export function expectedCost(square, rest, k, cost, costCols) {
  const countCols = rest ? k + 1 : k;
  const cols = Math.min(costCols, countCols);
  const at = (i, j) => (j < k ? square[i * k + j] : rest[i]);
  const perClass = [];
  let total = 0;
  let n = 0;
  for (let i = 0; i < k; i++) {
    let row = 0;
    for (let j = 0; j < cols; j++) row += at(i, j) * cost[i * costCols + j];
    let support = 0;
    for (let j = 0; j < countCols; j++) support += at(i, j);
    perClass.push({ total: row, mean: support !== 0 ? row / support : 0 });
    total += row;
    n += support;
  }
  return { total, mean: n ? total / n : 0, perClass };
}
