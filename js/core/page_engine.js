// The engine's rules for a page without a kernel: counts at a threshold, the samples of a cell,
// metrics and the selection sentence, computed from the data that cm_widget/_export.py embeds.
// Pure functions of plain values; tests/test_page_engine.py runs them against the Python engine.

import { pairwiseSum } from "./derive.js";
import { fixed } from "./format.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** base64 text -> Uint8Array (atob exists in browsers and in Node >= 16). */
export function fromBase64(text) {
  const bin = atob(text || "");
  const out = new Uint8Array(bin.length);
  for (let p = 0; p < bin.length; p++) out[p] = bin.charCodeAt(p);
  return out;
}

function typed(Type, text) {
  const bytes = fromBase64(text);
  const size = Type.BYTES_PER_ELEMENT;
  const n = Math.floor(bytes.byteLength / size);
  if (LITTLE_ENDIAN) return new Type(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  const out = new Type(n);
  const get = `get${Type.name.replace("Array", "")}`;   // getUint8 ... getFloat64
  for (let p = 0; p < n; p++) out[p] = dv[get](size * p, true);
  return out;
}

const ID_TYPES = { uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, int32: Int32Array, float64: Float64Array };

/** The id column's values of the kept samples (see _export._ids): a typed array, or a list. */
function decodeIds(ids) {
  if (!ids) return null;
  if (Array.isArray(ids.values)) return ids.values;
  const Type = ID_TYPES[ids.dtype];
  return Type ? typed(Type, ids.data) : null;
}

/**
 * Each sample's true class and prediction as a saved notebook packs them (cm_widget/_export/pack.py
 * split_cells): byte planes of the true class, a bit a sample for an agreeing prediction, and
 * (pred - true) mod k - 1 of the others.
 */
function splitCells(cells, k) {
  const w = cells.split;
  const t = fromBase64(cells.true);
  const g = fromBase64(cells.agree);
  const o = fromBase64(cells.offset);
  const n = Math.floor(t.length / w);
  const m = Math.floor(o.length / w);
  const out = new Uint32Array(n);
  for (let s = 0, q = 0; s < n; s++) {
    const a = w === 1 ? t[s] : t[s] + 256 * t[n + s];
    if ((g[s >> 3] >> (s & 7)) & 1) {
      out[s] = a * k + a;
    } else {
      const b = (w === 1 ? o[q] : o[q] + 256 * o[m + q]) + 1;
      q++;
      out[s] = a * k + ((a + b) % k);
    }
  }
  return out;
}

/** Each sample's cell id (true * k + pred) from its packed 1-4 byte form. */
export function decodeCells(cells, k) {
  if (cells.split) return splitCells(cells, k);
  const bytes = fromBase64(cells.data);
  const w = cells.bytes;
  const n = Math.floor(bytes.length / w);
  const out = new Uint32Array(n);
  for (let s = 0, p = 0; s < n; s++, p += w) {
    let v = 0;
    for (let b = w - 1; b >= 0; b--) v = v * 256 + bytes[p + b];
    out[s] = v;
  }
  return out;
}

/** Samples of the embedded data, decoded once; `null` when the file carries counts only. */
export function decodeSamples(data) {
  const s = data.samples;
  if (!s) return null;
  const out = {
    kind: s.kind,
    k: data.k,
    n: data.n,
    weights: s.weights ? typed(Float64Array, s.weights) : null,
    sampleIndex: s.sample_index ? typed(Uint32Array, s.sample_index) : null,
    ids: decodeIds(s.ids),
    outside: s.outside || null,
  };
  if (s.outside && s.outside.scores) {
    out.outside = {
      scores: typed(Float32Array, s.outside.scores),
      weights: s.outside.weights ? typed(Float64Array, s.outside.weights) : null,
    };
  }
  if (s.kind === "binary") {
    const bits = fromBase64(s.truth);
    const positive = new Uint8Array(data.n);
    for (let p = 0; p < data.n; p++) positive[p] = (bits[p >> 3] >> (p & 7)) & 1;
    out.positive = positive;
    out.scores = typed(Float32Array, s.scores);
    out.posIndex = s.pos_index;
  } else {
    out.cells = decodeCells(s.cells, data.k);
  }
  return out;
}

const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

/** The next float32 after float32 `x`, towards +inf (up) or -inf. */
export function nextFloat32(x, up) {
  F32[0] = x;
  if (F32[0] === 0) {
    I32[0] = 1;
    return up ? F32[0] : -F32[0];
  }
  I32[0] += (F32[0] > 0) === up ? 1 : -1;
  return F32[0];
}

/** The largest float32 not above `x` (as the scores are stored, see _export.py). */
export function floorFloat32(x) {
  const t = Math.fround(x);
  return t > x ? nextFloat32(t, false) : t;
}

/**
 * The threshold the page uses for a requested value: the largest float32 not above it, within
 * [lo, hi] rounded the same way. Counts at a float32 threshold are exact (see _export.py), and a
 * requested value that is a score (a curve's point, a target button) keeps that score and its
 * ties positive, as the kernel does, unless another score lies within float32's step below it.
 */
export function pageThreshold(value, lo = -Infinity, hi = Infinity) {
  const t = floorFloat32(Number(value));
  return Math.min(Math.max(t, floorFloat32(lo)), floorFloat32(hi));
}

/** (k x k) counts, Float64Array row-major: of the labels, or of the binary scores at threshold t. */
export function countsAt(d, t) {
  const k = d.k;
  const out = new Float64Array(k * k);
  const w = d.weights;
  if (d.kind === "binary") {
    const p = d.posIndex;
    const q = 1 - p;
    const tt = pageThreshold(t);
    for (let s = 0; s < d.n; s++) {
      const row = d.positive[s] ? p : q;
      const col = d.scores[s] >= tt ? p : q;
      out[row * k + col] += w ? w[s] : 1;
    }
    return out;
  }
  for (let s = 0; s < d.n; s++) out[d.cells[s]] += w ? w[s] : 1;
  return out;
}

/** Ascending rows (positions among the samples kept in the embedded data) of cell (i, j) at threshold t. */
export function cellRows(d, i, j, t) {
  const found = [];
  if (d.kind === "binary") {
    const p = d.posIndex;
    const wantPos = i === p ? 1 : 0;
    const predPos = j === p;
    const tt = pageThreshold(t);
    for (let s = 0; s < d.n; s++) {
      if (d.positive[s] === wantPos && (d.scores[s] >= tt) === predPos) found.push(s);
    }
  } else {
    const c = i * d.k + j;
    for (let s = 0; s < d.n; s++) if (d.cells[s] === c) found.push(s);
  }
  return found;
}

/**
 * Ascending rows of the embedded data whose cell (true * k + pred) is marked in `wanted` (a k x k
 * Uint8Array) at threshold t: the samples of several cells in one pass.
 */
export function selectionRows(d, wanted, t) {
  const found = [];
  const k = d.k;
  if (d.kind === "binary") {
    const p = d.posIndex;
    const tt = pageThreshold(t);
    for (let s = 0; s < d.n; s++) {
      const row = d.positive[s] ? p : 1 - p;
      const col = d.scores[s] >= tt ? p : 1 - p;
      if (wanted[row * k + col]) found.push(s);
    }
  } else {
    for (let s = 0; s < d.n; s++) if (wanted[d.cells[s]]) found.push(s);
  }
  return found;
}

/** The position in the user's arrays of a row of the embedded data (rows left out by labels= are not there). */
export function rowPosition(d, row) {
  return d.sampleIndex ? d.sampleIndex[row] : row;
}

/** What the kernel lists for these rows: their ids (from_dataframe(..., id=)), else their positions in the user's arrays. */
export function rowLabels(d, rows) {
  const ids = d.ids;
  return ids ? rows.map((r) => ids[r]) : rows.map((r) => rowPosition(d, r));
}

/** Ascending sample indices of cell (i, j) at threshold t, as the kernel's `indices` gives them. */
export function cellMembers(d, i, j, t) {
  return rowLabels(d, cellRows(d, i, j, t));
}

/**
 * Sums of the samples left out by labels= at threshold t (see _engine.class_metrics), or null.
 * Of binary scores, every left-out sample has a true class outside the two: it adds to the
 * predicted total of the column its score gives it at t, and to the samples counted.
 */
function outsideSums(d, k, t) {
  const o = d && d.outside;
  if (!o) return null;
  if (!o.scores) {
    return { trueK: Float64Array.from(o.true, Number), predK: Float64Array.from(o.pred, Number), agree: o.agree, total: o.total };
  }
  const predK = new Float64Array(k);
  const tt = pageThreshold(t);
  const w = o.weights;
  for (let s = 0; s < o.scores.length; s++) predK[o.scores[s] >= tt ? d.posIndex : 1 - d.posIndex] += w ? w[s] : 1;
  const total = w ? pairwiseSum(w, 0, w.length) : o.scores.length;
  return { trueK: new Float64Array(k), predK, agree: 0, total };
}

const div = (a, b) => (b !== 0 ? a / b : 0);

/** Per-class precision, recall, F1, support; accuracy, balanced accuracy, macro and weighted averages. */
export function classMetrics(counts, k, outside = null) {
  const tp = new Float64Array(k);
  const support = new Float64Array(k);
  const predicted = new Float64Array(k);
  let correct = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = counts[i * k + j];
      support[i] += v;
      predicted[j] += v;
      total += v;
    }
    tp[i] = counts[i * k + i];
    correct += tp[i];
  }
  if (outside) {
    for (let i = 0; i < k; i++) {
      support[i] += outside.trueK[i];
      predicted[i] += outside.predK[i];
    }
    correct += outside.agree;
    total += outside.total;
  }
  let supportSum = 0;
  for (let i = 0; i < k; i++) supportSum += support[i];
  const rows = [];
  const macro = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  let present = 0;
  let recallPresent = 0;
  for (let i = 0; i < k; i++) {
    const r = {
      precision: div(tp[i], predicted[i]),
      recall: div(tp[i], support[i]),
      f1: div(2 * tp[i], support[i] + predicted[i]),
      support: support[i],
    };
    rows.push(r);
    const share = div(support[i], supportSum);
    for (const key of ["precision", "recall", "f1"]) {
      macro[key] += r[key] / k;
      weighted[key] += r[key] * share;
    }
    if (support[i] > 0) {
      present += 1;
      recallPresent += r.recall;
    }
  }
  return {
    rows,
    accuracy: div(correct, total),
    balancedAccuracy: present ? recallPresent / present : 0,
    macro,
    weighted,
  };
}

/** The `_metrics` trait as Python sends it (at threshold t): per_class (k x 4 float64) and the summary lines. */
export function metricsState(counts, k, d = null, t = null) {
  const m = classMetrics(counts, k, outsideSums(d, k, t));
  const perClass = new Float64Array(4 * k);
  m.rows.forEach((r, i) => perClass.set([r.precision, r.recall, r.f1, r.support], 4 * i));
  const support = m.rows.reduce((a, r) => a + r.support, 0);
  return {
    per_class: perClass,
    summary: [
      { name: "accuracy", value: m.accuracy },
      { name: "balanced accuracy", value: m.balancedAccuracy },
      { name: "macro avg", ...m.macro, support },
      { name: "weighted avg", ...m.weighted, support },
    ],
  };
}

/** Rates of the 2x2 matrix of binary scores (as _engine.binary_metrics). */
export function binaryMetrics(tp, fp, fn, tn) {
  const den = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return {
    tp,
    fp,
    fn,
    tn,
    tpr: div(tp, tp + fn),
    fpr: div(fp, fp + tn),
    precision: div(tp, tp + fp),
    f1: div(2 * tp, 2 * tp + fp + fn),
    mcc: div(tp * tn - fp * fn, den),
  };
}

/** The `_binary` trait at threshold t, from the one Python sent (range, step, positive class). */
export function binaryState(base, counts, t) {
  const p = base.pos_index;
  const q = 1 - p;
  const at = (i, j) => counts[i * 2 + j];
  return { ...base, threshold: t, ...binaryMetrics(at(p, p), at(q, p), at(p, q), at(q, q)) };
}

/** What a cell's share in the sentence is of, as the view is normalised (cm_widget/_view.share_basis). */
export function shareBasis(normalize) {
  return normalize == null ? "true" : normalize;
}

/**
 * The plain-words sentence of a cell, as parts {text, em} (as cm_widget's Python side builds it,
 * _view.sentence). `basis` says what `share` is of; `abstained`: the column is the abstained one;
 * `multilabel`: another label is not a mistake, and a row's share is of the samples with its label.
 */
export function sentence(count, trueName, predName, share, diagonal, weighted = false,
  { basis = "true", abstained = false, multilabel = false } = {}) {
  const amount = weighted ? formatG(count) : String(Math.trunc(count));
  const lead = weighted
    ? `A weight of ${amount} is truly `
    : `${amount} ${count === 1 ? "sample" : "samples"} ${count === 1 ? "is" : "are"} truly `;
  const middle = abstained ? " but the model " : (diagonal || multilabel ? " and predicted " : " but predicted ");
  const part = ` (${fixed(share * 100, 1)}% of `;
  let tail;
  if (basis === "all") tail = [{ text: `${part}all samples).` }];
  else if (basis === "pred" && abstained) tail = [{ text: `${part}the abstained samples).` }];
  else if (basis === "pred") {
    tail = [{ text: part + (multilabel ? "the samples predicted " : "predicted ") }, { text: predName, em: true },
      { text: ")." }];
  } else {
    tail = [{ text: part + (multilabel ? "the samples with " : "true ") }, { text: trueName, em: true },
      { text: ")." }];
  }
  return [{ text: lead }, { text: trueName, em: true }, { text: middle }, { text: predName, em: true }, ...tail];
}

/** Python's "{:g}": 6 significant digits, no trailing zeros. */
export function formatG(x) {
  if (x === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split("e");
    const mant = m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
    const n = Number(e);
    return `${mant}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  const s = x.toFixed(Math.max(0, 5 - exp));
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
