// What the page derives from the counts and the colour table, with the engine's rules
// (cm_widget/_engine.normalize, cm_widget/_colors.color_indices / light_text, and the value
// format of cm_widget/_view.format_rule). tests/test_page_rules.py checks them against Python:
// indices exactly, values to 1e-12. Pure functions; no DOM.

import { contrastColor } from "./colors.js";
import { toUint8 } from "./util.js";

const TYPES = { uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, float64: Float64Array };
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The synced _matrix {k, cols, dtype, counts: bytes} -> {k, cols, counts: a typed array of K*cols}.
 * cols is K (square), or K + 1 with the abstained column last; K when absent or smaller.
 * @param {import("./wire.js").WireMatrix | null | undefined} raw
 */
export function decodeMatrix(raw) {
  const k = Math.max(0, Math.trunc(Number(raw && raw.k) || 0));
  const cols = Math.max(k, Math.trunc(Number(raw && raw.cols) || 0));
  const Type = TYPES[raw && raw.dtype] || Float64Array;
  const values = readValues(Type, toUint8(raw && raw.counts));
  const totals = decodeTotals(raw && raw.totals, k, cols);
  if (raw && raw.at != null) {
    // a mostly empty matrix: its non-zero cells' row-major positions (uint32) and their values
    const at = readValues(Uint32Array, toUint8(raw.at));
    const counts = new Type(k * cols);
    const m = Math.min(at.length, values.length);
    for (let p = 0; p < m; p++) if (at[p] < counts.length) counts[at[p]] = values[p];
    return { k, cols, counts, totals };
  }
  if (values.length < k * cols) return { k, cols, counts: new Type(k * cols), totals };
  return { k, cols, counts: values.length === k * cols ? values : values.subarray(0, k * cols), totals };
}

/**
 * Little-endian `bytes` as a typed array of `Type` (whole elements only).
 * @param {any} Type
 * @param {Uint8Array} bytes
 */
function readValues(Type, bytes) {
  const size = Type.BYTES_PER_ELEMENT;
  const n = Math.floor(bytes.byteLength / size);
  if (size === 1) return new Type(bytes.buffer, bytes.byteOffset, n);
  if (LITTLE_ENDIAN && bytes.byteOffset % size === 0) return new Type(bytes.buffer, bytes.byteOffset, n);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const get = { 2: "getUint16", 4: "getUint32", 8: "getFloat64" }[size];
  const out = new Type(n);
  for (let p = 0; p < n; p++) out[p] = dv[get](size * p, true);
  return out;
}

/**
 * What a multi-label matrix is normalised by ({rows, cols, all}: the samples with each true label,
 * with each predicted label, and all of them), or null: other matrices divide by their own sums.
 */
function decodeTotals(raw, k, cols) {
  if (!raw || typeof raw !== "object") return null;
  const nums = (a, n) => (Array.isArray(a) && a.length === n ? Float64Array.from(a, Number) : null);
  const rows = nums(raw.rows, k);
  const colTotals = nums(raw.cols, cols);
  const all = Number(raw.all);
  return rows && colTotals && Number.isFinite(all) ? { rows, cols: colTotals, all } : null;
}

/**
 * The first `k` columns of a k x cols row-major array (the array itself when cols === k), and
 * the columns after them as a k x (cols - k) array of the same type.
 */
export function splitColumns(a, k, cols) {
  if (cols === k) return { square: a, rest: new a.constructor(0) };
  const square = new a.constructor(k * k);
  const rest = new a.constructor(k * (cols - k));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) square[i * k + j] = a[i * cols + j];
    for (let j = k; j < cols; j++) rest[i * (cols - k) + j - k] = a[i * cols + j];
  }
  return { square, rest };
}

/**
 * Sum of a[start], a[start + stride], ... (n terms) in numpy's pairwise order, so that a float
 * sum here is bit for bit numpy's sum over a contiguous axis.
 */
export function pairwiseSum(a, start, n, stride = 1) {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i * stride];
    return res;
  }
  if (n <= 128) {
    const r = new Array(8);
    for (let j = 0; j < 8; j++) r[j] = a[start + j * stride];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] += a[start + (i + j) * stride];
    }
    let res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += a[start + i * stride];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2, stride) + pairwiseSum(a, start + n2 * stride, n - n2, stride);
}

/**
 * The displayed values of a k x cols matrix (cols = k by default): the counts, or normalised over
 * true rows ("true"), columns ("pred", each column by its own sum) or everything ("all"); an
 * all-zero row, column or total gives 0 (scikit-learn). Rows and the total include every column.
 */
export function normalizeValues(counts, k, how, cols = k, totals = null) {
  if (how == null) return counts;
  const n = k * cols;
  const out = new Float64Array(n);
  if (totals) return divideBy(counts, k, cols, how, totals, out);
  if (how === "true") {
    for (let i = 0; i < k; i++) {
      const s = pairwiseSum(counts, i * cols, cols);
      for (let j = 0; j < cols; j++) out[i * cols + j] = s === 0 ? 0 : counts[i * cols + j] / s;
    }
  } else if (how === "pred") {
    // numpy sums a column by adding the rows in order.
    const s = new Float64Array(cols);
    for (let i = 0; i < k; i++) for (let j = 0; j < cols; j++) s[j] += counts[i * cols + j];
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < cols; j++) out[i * cols + j] = s[j] === 0 ? 0 : counts[i * cols + j] / s[j];
    }
  } else if (how === "all") {
    const s = pairwiseSum(counts, 0, n);
    for (let p = 0; p < n; p++) out[p] = s === 0 ? 0 : counts[p] / s;
  } else {
    return counts;
  }
  return out;
}

// Each cell over its row's, its column's or the whole total, as given (a multi-label matrix).
function divideBy(counts, k, cols, how, totals, out) {
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < cols; j++) {
      const s = how === "true" ? totals.rows[i] : how === "pred" ? totals.cols[j] : how === "all" ? totals.all : 1;
      out[i * cols + j] = s === 0 ? 0 : counts[i * cols + j] / s;
    }
  }
  return how === "true" || how === "pred" || how === "all" ? out : counts;
}

export function maxValue(values) {
  let m = -Infinity;
  for (let p = 0; p < values.length; p++) if (values[p] > m) m = values[p];
  return values.length ? m : 0;
}

/** Round to the nearest integer, halves to even (numpy's rint), for x >= 0. */
export function rint(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Index into a 256-entry table of each value: rint((v - vmin) * (255 / (vmax - vmin))), clipped. */
export function colorIndices(values, vmin, vmax, size = 256) {
  const out = new Uint8Array(values.length);
  const span = vmax - vmin;
  if (!(span > 0)) return out;
  const f = (size - 1) / span;
  for (let p = 0; p < values.length; p++) {
    let s = (values[p] - vmin) * f;
    s = s < 0 ? 0 : s > size - 1 ? size - 1 : s;
    out[p] = rint(s);
  }
  return out;
}

/** Whether every value is a whole number. */
export function isWhole(values) {
  if (!(values instanceof Float64Array || values instanceof Float32Array || Array.isArray(values))) return true;
  for (let p = 0; p < values.length; p++) if (Math.floor(values[p]) !== values[p]) return false;
  return true;
}

const FORMAT_RE = /^[,_]?(?:\.(\d+))?([dfeg%])$/;

/** How cell values read: {kind: "int" | "float" | "percent", digits}. */
export function formatRule(valuesFormat, normalize, whole) {
  let spec = valuesFormat || null;
  if (spec && spec.endsWith("d") && !whole) spec = null;   // "d" cannot print fractions
  const m = spec ? FORMAT_RE.exec(spec) : null;
  if (m) {
    const kind = m[2] === "d" ? "int" : m[2] === "%" ? "percent" : "float";
    return { kind, digits: m[1] !== undefined ? Number(m[1]) : kind === "int" ? 0 : 2 };
  }
  if (normalize != null) return { kind: "percent", digits: 1 };
  return whole ? { kind: "int", digits: 0 } : { kind: "float", digits: 2 };
}

/** 256 x RGB bytes -> 256 x RGBA (opaque), or null when the table is not complete. */
export function rgbaOf(rgb) {
  const src = toUint8(rgb);
  if (src.length >= 1024) return src.subarray(0, 1024);
  if (src.length < 768) return null;
  const out = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) {
    out[4 * c] = src[3 * c];
    out[4 * c + 1] = src[3 * c + 1];
    out[4 * c + 2] = src[3 * c + 2];
    out[4 * c + 3] = 255;
  }
  return out;
}

/** 1 where white text reads better than black on each entry of an RGBA table (WCAG contrast). */
export function lightText(lut) {
  const out = new Uint8Array(256);
  for (let c = 0; c < 256; c++) out[c] = contrastColor(lut[4 * c], lut[4 * c + 1], lut[4 * c + 2]) === "#ffffff" ? 1 : 0;
  return out;
}

const tidy = (x) => Number(x.toPrecision(12));

/**
 * Colour-bar ticks [fraction of the bar, text] from 0 to vmax: about five nice steps (1, 2, 2.5,
 * 5 times a power of ten); whole numbers only for counts, percentages when normalised.
 */
export function colorbarTicks(vmax, normalize, nbins = 5) {
  const top = vmax > 0 && Number.isFinite(vmax) ? vmax : 1;
  const counts = normalize == null;
  const raw = top / nbins;
  const scale = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((s) => tidy(s * scale)).find((s) => s >= raw && (!counts || s < 1 || Number.isInteger(s)));
  if (step === undefined) step = tidy(10 * scale);
  if (counts) step = Math.max(1, step);
  const out = [];
  for (let n = 0; n * step <= top * (1 + 1e-12); n++) {
    const t = tidy(n * step);
    out.push([t / top, counts ? String(t) : `${tidy(t * 100)}%`]);
  }
  return out;
}

/**
 * The synced _metrics -> {perClass: [{label, precision, recall, f1, support}], summary}.
 * @param {import("./wire.js").WireMetrics | null | undefined} raw
 * @param {string[]} labels
 */
export function decodeMetrics(raw, labels) {
  const m = raw && typeof raw === "object" ? raw : {};
  const summary = Array.isArray(m.summary) ? m.summary.filter((r) => r && typeof r === "object") : [];
  const bytes = toUint8(m.per_class);
  const k = labels.length;
  if (bytes.byteLength < 32 * k) return { perClass: [], summary };
  const dv = new DataView(bytes.buffer);
  const perClass = labels.map((label, i) => {
    const at = (c) => dv.getFloat64(8 * (4 * i + c), true);
    return { label, precision: at(0), recall: at(1), f1: at(2), support: at(3) };
  });
  return { perClass, summary };
}
