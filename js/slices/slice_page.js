// Slices in a page without a kernel: the file embeds every sample and the slice of each
// (cm_widget/_export/slices.py), and the page recounts what the kernel's slices send
// (cm_widget/_engine/slices.py): every slice's matrix at a threshold, the metrics per slice and
// the slice that differs most, with numpy's order of additions; and a slice's samples as a
// sample set of their own, so the page's counts, metrics and cells read them unchanged.
// Pure functions of plain values; tests/test_slices_file.py holds them equal to the kernel.

import { pairwiseSum } from "../core/derive.js";
import { fromBase64, pageThreshold } from "../core/page_engine.js";

/**
 * The slice of every embedded sample ({bytes: 1 | 2, data: base64}, little-endian), or null.
 * @param {{bytes?: number, data?: string} | null | undefined} raw
 * @param {number} n
 */
export function decodeSliceCodes(raw, n) {
  if (!raw || (raw.bytes !== 1 && raw.bytes !== 2) || typeof raw.data !== "string") return null;
  const bytes = fromBase64(raw.data);
  if (bytes.length !== n * raw.bytes) return null;
  if (raw.bytes === 1) return bytes;
  const out = new Uint16Array(n);
  for (let s = 0; s < n; s++) out[s] = bytes[2 * s] + 256 * bytes[2 * s + 1];
  return out;
}

/**
 * The samples of slice `slice` as a sample set of their own (decodeSamples' shape): their rows
 * keep their positions in the user's arrays (and their ids), as the kernel's slice engine does.
 */
export function sliceSamples(d, codes, slice) {
  const rows = [];
  for (let s = 0; s < d.n; s++) if (codes[s] === slice) rows.push(s);
  const m = rows.length;
  const pick = (a, Type) => {
    const out = new Type(m);
    for (let r = 0; r < m; r++) out[r] = a[rows[r]];
    return out;
  };
  const sampleIndex = new Uint32Array(m);
  for (let r = 0; r < m; r++) sampleIndex[r] = d.sampleIndex ? d.sampleIndex[rows[r]] : rows[r];
  const out = {
    ...d,
    n: m,
    weights: d.weights ? pick(d.weights, Float64Array) : null,
    sampleIndex,
    ids: d.ids ? rows.map((r) => d.ids[r]) : null,
  };
  if (d.kind === "binary") {
    out.positive = pick(d.positive, Uint8Array);
    out.scores = pick(d.scores, Float32Array);
  } else out.cells = pick(d.cells, Uint32Array);
  return out;
}

/**
 * Every slice's k x k counts at threshold t, stacked (S * k * k, Float64Array): each sample added
 * in its order, as np.bincount over (slice, true, predicted) ids adds them.
 */
export function sliceCountsAt(d, codes, nSlices, t) {
  const k = d.k;
  const kk = k * k;
  const out = new Float64Array(nSlices * kk);
  const w = d.weights;
  if (d.kind === "binary") {
    const p = d.posIndex;
    const q = 1 - p;
    const tt = pageThreshold(t);
    for (let s = 0; s < d.n; s++) {
      const cell = (d.positive[s] ? p : q) * k + (d.scores[s] >= tt ? p : q);
      out[codes[s] * kk + cell] += w ? w[s] : 1;
    }
  } else {
    for (let s = 0; s < d.n; s++) out[codes[s] * kk + d.cells[s]] += w ? w[s] : 1;
  }
  return out;
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
  const predicted = new Float64Array(k);
  const recallPresent = new Float64Array(k);
  const f1 = new Float64Array(k);
  for (let s = 0; s < nSlices; s++) {
    const at = s * k * k;
    predicted.fill(0);
    let present = 0;
    for (let i = 0; i < k; i++) {
      tp[i] = counts[at + i * k + i];
      support[i] = pairwiseSum(counts, at + i * k, k);
      for (let j = 0; j < k; j++) predicted[j] += counts[at + i * k + j];
    }
    for (let i = 0; i < k; i++) {
      const recall = div(tp[i], support[i]);
      recallPresent[i] = support[i] > 0 ? recall : 0;
      if (support[i] > 0) present += 1;
      f1[i] = div(2 * tp[i], support[i] + predicted[i]);
    }
    const total = pairwiseSum(support, 0, k);
    out.samples.push(total);
    out.accuracy.push(div(pairwiseSum(tp, 0, k), total));
    out.balanced_accuracy.push(div(pairwiseSum(recallPresent, 0, k), present));
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
  for (let s = 0; s < nSlices; s++) for (let c = 0; c < kk; c++) whole[c] += counts[s * kk + c];
  const rest = new Float64Array(kk);
  const found = [];
  let top = -Infinity;
  for (let s = 0; s < nSlices; s++) {
    for (let c = 0; c < kk; c++) rest[c] = whole[c] - counts[s * kk + c];
    const n = pairwiseSum(counts, s * kk, kk);
    const nRest = pairwiseSum(rest, 0, kk);
    const value = div(pairwiseSum(counts, s * kk, k, k + 1), n);
    const other = div(pairwiseSum(rest, 0, k, k + 1), nRest);
    const gap = n > 0 && nRest > 0 ? Math.abs(value - other) : -1;
    found.push({ gap, value, other, ok: n > 0 && nRest > 0 });
    top = Math.max(top, gap);
  }
  if (!found.some((f) => f.ok)) return null;
  const s = found.findIndex((f) => f.gap >= top - 1e-12);
  const { value, other } = found[s];
  return { slice: s, value, rest: other, difference: value - other };
}

/**
 * The `_slices` trait at threshold t, from the one saved (its names): every slice's counts in
 * float64, their metrics and the slice that differs most.
 */
export function slicesState(saved, d, codes, t) {
  const names = saved.names;
  const nSlices = names.length;
  const k = d.k;
  const counts = sliceCountsAt(d, codes, nSlices, t);
  return {
    ...saved,
    names,
    matrix: { k: nSlices * k, cols: k, dtype: "float64", counts: new Uint8Array(counts.buffer) },
    ...sliceTable(counts, nSlices, k),
    most_different: mostDifferent(counts, nSlices, k),
  };
}
