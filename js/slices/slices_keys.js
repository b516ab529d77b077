// Decoders of the slices' private traits (_slices, slice) for js/core/state.js, and the small
// multiples' values and colours: every slice normalised as the main matrix is, all of them on one
// colour scale (the largest value over every slice; linear or log as the main matrix's). Pure:
// malformed values decode to "no slices", never to an exception.

import { decodeMatrix, maxValue, normalizeValues, rgbaOf } from "../core/derive.js";
import { greyLut } from "../core/colors.js";
import { positiveMin, scaledColors } from "../scale/log_scale.js";

const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
const num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * `_slices` -> {names, k, cols, counts: one typed array of k * cols per slice, samples, accuracy,
 * balancedAccuracy, macroF1, mostDifferent: {slice, value, rest, difference} | null, fixed} or null.
 * @param {import("../core/wire.js").WireSlices | null | undefined} raw
 * @param {number} k the number of classes of the main matrix
 */
export function decodeSlices(raw, k) {
  const r = obj(raw);
  const names = list(r.names).map(String);
  const s = names.length;
  if (!s || !(k > 0)) return null;
  const wire = obj(r.matrix);
  const cols = Math.trunc(Number(wire.cols) || 0);
  if (Math.trunc(Number(wire.k)) !== s * k || (cols !== k && cols !== k + 1)) return null;
  // The S * K rows are read as one row: the matrix decoder takes no more columns than rows.
  const m = decodeMatrix({ ...wire, k: 1, cols: s * k * cols });
  const counts = names.map((_, at) => m.counts.subarray(at * k * cols, (at + 1) * k * cols));
  const per = (key) => names.map((_, at) => num(list(r[key])[at]));
  const md = obj(r.most_different);
  const odd = Number.isInteger(md.slice) && md.slice >= 0 && md.slice < s
    ? { slice: md.slice, value: num(md.value), rest: num(md.rest), difference: num(md.difference) } : null;
  return {
    names, k, cols, counts,
    samples: per("samples"), accuracy: per("accuracy"), balancedAccuracy: per("balanced_accuracy"),
    macroF1: per("macro_f1"), mostDifferent: odd, fixed: r.fixed === true,
  };
}

/**
 * Each slice's displayed values (normalised like the main matrix) and colour indices on one scale:
 * {values: [Float64Array | counts], colors: [Uint8Array], vmax}.
 */
export function sliceColors(slices, normalize, scale = "linear") {
  if (!slices) return null;
  const { k, cols } = slices;
  const values = slices.counts.map((c) => normalizeValues(c, k, normalize, cols));
  const vmax = values.reduce((m, v) => Math.max(m, maxValue(v)), 0);
  // the big matrix's scale: log colours run from the smallest positive value of any slice
  const lo = scale === "log" ? positiveMin(...values) : 0;
  return { values, vmax, colors: values.map((v) => scaledColors(v, vmax, scale, lo)) };
}

/** The slice shown: its name, or null for every sample. */
export function decodeSlice(raw) {
  return typeof raw === "string" ? raw : null;
}

export const SLICE_KEYS = {
  slices: { raw: ["_slices"], uses: ["k"], make: (get, raw) => decodeSlices(raw("_slices"), get("k")) },
  slice: { raw: ["slice"], make: (get, raw) => decodeSlice(raw("slice")) },
  sliceColors: {
    uses: ["slices", "normalize", "cmapScale"],
    make: (get) => sliceColors(get("slices"), get("normalize"), get("cmapScale")),
  },
  // The colormap's table itself: compare mode's diverging table is for the main matrix only.
  sliceLut: { raw: ["_lut"], make: (get, raw) => rgbaOf(raw("_lut")) || greyLut() },
};
