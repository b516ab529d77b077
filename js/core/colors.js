// Colour tables: 256 x RGBA lookup tables, readable text on their entries, cell bitmaps.

/** CSS colour of entry `idx` of a 256 x RGBA lookup table. */
export function lutColor(lut, idx) {
  const o = idx * 4;
  if (!lut || lut.length < o + 4) return "rgba(128,128,128,1)";
  return `rgba(${lut[o]},${lut[o + 1]},${lut[o + 2]},${+(lut[o + 3] / 255).toFixed(3)})`;
}

/** A grey ramp, used when no lookup table has arrived. */
export function greyLut() {
  const lut = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) lut.set([255 - c, 255 - c, 255 - c, 255], 4 * c);
  return lut;
}

/** Black or white, whichever contrasts more with an sRGB colour (WCAG relative luminance). */
export function contrastColor(r, g, b) {
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return 1.05 / (lum + 0.05) > (lum + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

/** Text colour on lut entry `idx`: from a 0/1 light-text table (js/derive.js lightText), else computed from the lut. */
export function textColor(lutText, lut, idx) {
  if (lutText && lutText.length >= 256) return lutText[idx] ? "#ffffff" : "#000000";
  const o = idx * 4;
  if (!lut || lut.length < o + 3) return "#000000";
  return contrastColor(lut[o], lut[o + 1], lut[o + 2]);
}

/** RGBA pixels of a K x K image, one pixel per cell, from colour indices and a lookup table. */
export function buildRgba(colors, lut, count) {
  const out = new Uint8ClampedArray(count * 4);
  const table = new Uint8Array(1024);
  table.set(lut.subarray(0, Math.min(1024, lut.length)));
  // Copying 4 bytes at a time through same-endian views keeps the RGBA byte order.
  const t32 = new Uint32Array(table.buffer);
  const o32 = new Uint32Array(out.buffer);
  const n = Math.min(count, colors.length);
  for (let p = 0; p < n; p++) o32[p] = t32[colors[p]];
  return out;
}

/** [r, g, b] of a CSS colour written "#rgb", "#rrggbb", "rgb(...)" or "rgba(...)"; null otherwise. */
export function cssRgb(text) {
  const s = String(text || "").trim().toLowerCase();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((d) => d + d).join("") : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
  return m ? [1, 2, 3].map((i) => Math.round(Number(m[i]))) : null;
}

/** @param {number[]} rgb */
function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two sRGB colours, from 1 to 21. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The lookup table as drawn on a page of background `bg` (a CSS colour). On a dark page entry c
 * is the colormap's entry laid over the background with opacity c / 255, so that empty cells are
 * the page and the top of the scale is the colormap's own colour; on a light page (or an unknown
 * background) the table is returned as it is.
 */
export function themedLut(lut, bg) {
  const b = cssRgb(bg);
  if (!b || luminance(b) >= 0.2) return lut;
  const out = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) {
    for (let i = 0; i < 3; i++) out[4 * c + i] = Math.round(b[i] + ((lut[4 * c + i] - b[i]) * c) / 255);
    out[4 * c + 3] = 255;
  }
  return out;
}
