// The log colour scale (cmap_scale = "log"), with the rule of cm_widget/_engine/scale.py: a value of
// 0 takes the colormap's first entry, the smallest positive value `lo` entry 1, the largest `hi`
// entry 255, and v in between rint(1 + 254 * ln(v / lo) / ln(hi / lo)). Pure; no DOM.

import { colorIndices } from "../core/derive.js";

const SIZE = 256;

/** The smallest value above 0 over the arrays, or 0. */
export function positiveMin(...arrays) {
  let lo = Infinity;
  for (const a of arrays) {
    if (!a) continue;
    for (let p = 0; p < a.length; p++) if (a[p] > 0 && a[p] < lo) lo = a[p];
  }
  return Number.isFinite(lo) ? lo : 0;
}

/** Each value's place on the log scale from lo to hi, in [0, 1] (0: not positive). */
export function logScaled(values, lo, hi) {
  const out = new Float64Array(values.length);
  const span = hi > lo ? Math.log(hi / lo) : 0;
  for (let p = 0; p < values.length; p++) {
    const v = values[p];
    if (v > 0) out[p] = span > 0 ? (1 + (SIZE - 2) * (Math.log(v / lo) / span)) / (SIZE - 1) : 1;
  }
  return out;
}

/** Colour entries of the values on the linear scale (0 to vmax) or the log scale (lo to vmax). */
export function scaledColors(values, vmax, scale, lo) {
  return scale === "log" ? colorIndices(logScaled(values, lo, vmax), 0, 1) : colorIndices(values, 0, vmax);
}

/**
 * Colour-bar ticks [fraction of the bar, text] of the log scale: lo, the powers of ten between, and hi.
 * Counts are written whole where they are, shares as percentages.
 */
export function logTicks(lo, hi, normalize) {
  if (!(lo > 0) || !(hi >= lo)) return [[0, "0"]];
  const text = (t) => (normalize == null ? String(Number(t.toPrecision(3))) : `${Number((t * 100).toPrecision(3))}%`);
  const place = (t) => logScaled([t], lo, hi)[0];
  const out = [[place(lo), text(lo)]];
  for (let e = Math.ceil(Math.log10(lo) + 1e-9); 10 ** e < hi * (1 - 1e-9); e++) {
    const t = 10 ** e;
    if (t > lo * (1 + 1e-9)) out.push([place(t), text(t)]);
  }
  if (hi > lo) out.push([1, text(hi)]);
  return out;
}
