// Slices in a page without a kernel: the file embeds every sample and the slice of each
// (cm_widget/_export/slices.py), and the page recounts what the kernel's slices send
// (cm_widget/_engine/slices.py): every slice's matrix at a threshold, the metrics per slice and
// the slice that differs most, with numpy's order of additions. Each slice's samples form a
// sample set of their own, so the page's counts, metrics and cells read them unchanged.
// Pure functions of plain values; tests/test_slices_file.py holds them equal to the kernel.

import { pairwiseSum } from "../core/derive.js";
import { countsAt, fromBase64 } from "../core/page_engine.js";

/**
 * The slice of every embedded sample ({bytes: 1 | 2, data: base64 of the low bytes, then the
 * high bytes}), or null.
 * @param {{bytes?: number, data?: string} | null | undefined} raw
 * @param {number} n
 */
export function decodeSliceCodes(raw, n) {
  const w = raw && raw.bytes;
  const b = fromBase64(raw && typeof raw.data === "string" ? raw.data : "");
  if ((w !== 1 && w !== 2) || b.length !== n * w) return null;
  return w === 1 ? b : Uint16Array.from({ length: n }, (_, s) => b[s] + 256 * b[n + s]);
}

/**
 * Each slice's samples as a sample set of their own (decodeSamples' shape), in their order: they
 * keep their positions in the user's arrays (and their ids), as the kernel's slice engine lists them.
 */
export function sliceSets(d, codes, nSlices) {
  const rows = Array.from({ length: nSlices }, () => []);
  for (let s = 0; s < d.n; s++) rows[codes[s]].push(s);
  return rows.map((r) => {
    const pick = (a) => {
      if (!a) return a;
      const out = Array.isArray(a) ? new Array(r.length) : new a.constructor(r.length);
      r.forEach((x, at) => { out[at] = a[x]; });
      return out;
    };
    return {
      ...d, n: r.length, weights: pick(d.weights), ids: pick(d.ids), positive: pick(d.positive),
      scores: pick(d.scores), cells: pick(d.cells), sampleIndex: pick(d.sampleIndex) || Uint32Array.from(r),
    };
  });
}

const div = (a, b) => (b !== 0 ? a / b : 0);

/**
 * Per slice (as _engine.slices.slice_table): samples, accuracy, balanced accuracy (the mean recall
 * of the classes present), macro F1. numpy sums a row of cells pairwise, a column by adding rows.
 */
export function sliceTable(counts, nSlices, k) {
  const out = { samples: [], accuracy: [], balanced_accuracy: [], macro_f1: [] };
  const tp = new Float64Array(k);
  const support = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  for (let s = 0; s < nSlices; s++) {
    const at = s * k * k;
    let present = 0;
    for (let i = 0; i < k; i++) {
      tp[i] = counts[at + i * k + i];
      support[i] = pairwiseSum(counts, at + i * k, k);
      recall[i] = div(tp[i], support[i]);
      if (support[i] > 0) present += 1;
    }
    for (let j = 0; j < k; j++) {
      let predicted = 0;
      for (let i = 0; i < k; i++) predicted += counts[at + i * k + j];
      f1[j] = div(2 * tp[j], support[j] + predicted);
    }
    const total = pairwiseSum(support, 0, k);
    out.samples.push(total);
    out.accuracy.push(div(pairwiseSum(tp, 0, k), total));
    out.balanced_accuracy.push(div(pairwiseSum(recall, 0, k), present));  // an absent class's recall is 0
    out.macro_f1.push(pairwiseSum(f1, 0, k) / k);
  }
  return out;
}

/**
 * The slice whose accuracy differs most from that of every other slice together (as
 * _engine.slices.most_different): {slice, value, rest, difference}, or null when no slice and its
 * rest both have samples. Gaps within 1e-12 of the largest go to the first slice.
 */
export function mostDifferent(counts, nSlices, k) {
  const kk = k * k;
  const whole = new Float64Array(kk);
  const rest = new Float64Array(kk);
  for (let s = 0; s < nSlices; s++) for (let c = 0; c < kk; c++) whole[c] += counts[s * kk + c];
  const found = [];
  for (let s = 0; s < nSlices; s++) {
    for (let c = 0; c < kk; c++) rest[c] = whole[c] - counts[s * kk + c];
    const n = pairwiseSum(counts, s * kk, kk);
    const nRest = pairwiseSum(rest, 0, kk);
    const value = div(pairwiseSum(counts, s * kk, k, k + 1), n);
    const other = div(pairwiseSum(rest, 0, k, k + 1), nRest);
    found.push([n > 0 && nRest > 0 ? Math.abs(value - other) : -1, value, other]);
  }
  const top = Math.max(...found.map((f) => f[0]));
  if (top < 0) return null;
  const s = found.findIndex((f) => f[0] >= top - 1e-12);
  const [, value, other] = found[s];
  return { slice: s, value, rest: other, difference: value - other };
}

/**
 * The `_slices` trait at threshold t from the one saved (its names) and each slice's samples:
 * every slice's counts in float64, their metrics and the slice that differs most.
 */
export function slicesState(saved, sets, k, t) {
  const n = sets.length;
  const counts = new Float64Array(n * k * k);
  sets.forEach((d, s) => counts.set(countsAt(d, t), s * k * k));
  return {
    ...saved,
    matrix: { k: n * k, cols: k, dtype: "float64", counts: new Uint8Array(counts.buffer) },
    ...sliceTable(counts, n, k),
    most_different: mostDifferent(counts, n, k),
  };
}

/**
 * The kernel's counted orders (support, errors, cluster) of slice `at` (the slice count for every
 * sample), as `_order` values: {how: {dtype, classes, groups}} from the file's rows of each slice
 * (cm_widget/_export/slices.py). Empty without them (beyond the file's bound, or no slices).
 * @param {{dtype?: string, orders?: Record<string, {classes: string, groups: string | null}>} | null | undefined} raw
 * @param {number} at
 * @param {number} k
 * @param {number} g
 */
export function sliceOrders(raw, at, k, g) {
  const out = {};
  const width = raw && raw.dtype === "uint32" ? 4 : 2;
  const row = (text, n) => {
    const b = fromBase64(text);
    return b.length >= (at + 1) * n * width ? b.slice(at * n * width, (at + 1) * n * width) : null;
  };
  for (const [how, o] of Object.entries((raw && raw.orders) || {})) {
    const classes = row(o.classes, k);
    const groups = o.groups ? row(o.groups, g) : null;
    if (classes && (groups || !o.groups)) out[how] = { dtype: raw.dtype, classes, groups };
  }
  return out;
}
