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
