// Drawing the totals in the margins of the matrix canvas: a column right of the grid (one total per
// row) and a row under it (one per column, the abstained column's too), the grand total where they
// meet, each labelled "total"; zoomed in, a band before them labelled "outside" (what lies outside
// the window). Sizes come from `totalsBand` before the layout; cells smaller than a line of text get
// a plain band (the tooltip gives each total). Every function draws what it is given.

import { formatCount } from "../core/format.js";
import { cellW, cellX, cellY } from "../matrix/geometry.js";

export { TOTAL_GAP } from "../matrix/geometry.js";

export const TOTAL = "total";
/** The label of a zoomed window's band: what lies outside the window. */
export const OUTSIDE = "outside";
const TEXT_PX = 11;
const MIN_ROW_PX = 9;             // rows lower than this get no text in the totals column
const BAND = 8;                   // CSS px of a band without text
const MAX_W = 90;
const BAND_FILL = "rgba(127, 127, 127, 0.1)";   // reads on light and dark pages

/**
 * Room the totals take: {w: the column's width, h: the row's height, rotated: column totals turned}.
 * `cell` is the grid's cell size as a first layout gives it; `outside`: a zoomed window, whose band
 * (as wide) is labelled "outside".
 */
export function totalsBand(ctx, totals, digits, cell, font, outside = false) {
  const widest = (values, px) => {
    ctx.font = font(px);
    return Math.max(0, ...Array.from(values, (v) => ctx.measureText(typeof v === "string" ? v : formatCount(v, digits)).width));
  };
  const w = Math.min(MAX_W, Math.ceil(Math.max(widest([...totals.rows, totals.all], TEXT_PX),
    widest([outside ? OUTSIDE : TOTAL], 12)) + 8));
  if (cell < MIN_ROW_PX) return { w: Math.min(w, 40), h: BAND, rotated: false, text: false };
  const colW = widest(totals.cols, TEXT_PX);
  const rotated = colW > cell - 4;
  return { w, h: Math.ceil(rotated ? Math.min(MAX_W, colW + 6) : TEXT_PX + 8), rotated, text: true };
}

// The shown row (or column) of a coordinate along the grid, or -1 outside it.
const along = (p, start, first, L) => (p >= start && p < start + L.grid ? first + Math.min(L.v - 1, Math.floor((p - start) / L.cell)) : -1);

/**
 * Which total is under a point: {kind: "row", i} | {kind: "col", j} | {kind: "all"}, or in the
 * band of a zoomed window {kind: "outRow", i} | {kind: "outCol", j}; null elsewhere.
 */
export function totalAt(x, y, L) {
  if (!L || !L.tot) return null;
  const { w, h } = L.tot;
  const bands = L.out ? [[L.xOut, L.yOut, "out"], [L.xTot, L.yTot, ""]] : [[L.xTot, L.yTot, ""]];
  for (const [bx, by, pre] of bands) {
    const inCol = x >= bx && x < bx + w;
    const inRow = y >= by && y < by + h;
    const name = (s) => (pre ? pre + s[0].toUpperCase() + s.slice(1) : s);
    if (inCol && inRow) return pre ? null : { kind: "all" };
    const i = inCol ? along(y, L.y0, L.r0, L) : -1;
    if (i >= 0) return { kind: name("row"), i };
    const j = inRow ? along(x, L.x0, L.c0, L) : -1;
    if (j >= 0) return { kind: name("col"), j };
    if (inRow && L.extra && x >= L.xExtra && x < L.xExtra + L.xw) return { kind: name("col"), j: L.k };
    if (inCol || inRow) return null;
  }
  return null;
}

// One band: a column at x (a value per shown row) and a row at y (a value per shown column, the
// abstained one last); `at(r)` / `atCol(c)` give the r-th shown row's / c-th shown column's value.
function drawBand(ctx, L, x, y, at, atCol, theme, font, digits, dashed) {
  const { tot } = L;
  ctx.fillStyle = theme.band || BAND_FILL;
  ctx.fillRect(x, L.y0, tot.w, L.grid);
  ctx.fillRect(L.x0, y, x + tot.w - L.x0, tot.h);   // the row runs on under the column
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.setLineDash(dashed ? [3, 2] : []);
  ctx.strokeRect(x - 0.5, L.y0 - 0.5, tot.w + 1, L.grid + 1);
  ctx.strokeRect(L.x0 - 0.5, y - 0.5, L.grid + 1, tot.h + 1);
  if (L.extra) ctx.strokeRect(L.xExtra - 0.5, y - 0.5, L.xw + 1, tot.h + 1);
  ctx.setLineDash([]);
  if (!tot.text) return;
  ctx.fillStyle = dashed ? theme.muted : theme.fg;
  ctx.font = font(TEXT_PX);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (let r = 0; r < L.v; r++) ctx.fillText(formatCount(at(r), digits), x + tot.w / 2, cellY(L, L.r0 + r) + L.cell / 2);
  const cols = Array.from({ length: L.v }, (_, c) => L.c0 + c);
  if (L.extra) cols.push(L.k);
  cols.forEach((j, c) => {
    ctx.save();
    ctx.translate(cellX(L, j) + cellW(L, j) / 2, y + tot.h / 2);
    if (tot.rotated) ctx.rotate(-Math.PI / 2);
    ctx.fillText(formatCount(atCol(c, j), digits), 0, 0);
    ctx.restore();
  });
}

/**
 * The totals of the window's rows and columns (`totals` in display positions) and the grand total;
 * zoomed in (L.out), the band of what lies outside the window first (`outside` from
 * js/margins/outside.js `outsideCounts`: per shown row, per shown column).
 */
export function drawTotals(ctx, L, totals, outside, digits, theme, font) {
  if (!L.tot || !totals) return;
  const { tot } = L;
  ctx.save();
  if (L.out && outside) {
    drawBand(ctx, L, L.xOut, L.yOut, (r) => outside.rows[r], (c) => outside.cols[c], theme, font, digits, true);
  }
  drawBand(ctx, L, L.xTot, L.yTot, (r) => totals.rows[L.r0 + r], (c, j) => totals.cols[j], theme, font, digits, false);
  // The grand total, bold, where the two meet (the band's fill and border already drawn there).
  ctx.strokeRect(L.xTot - 0.5, L.yTot - 0.5, tot.w + 1, tot.h + 1);
  ctx.font = font(TEXT_PX, true);
  if (tot.text) ctx.fillText(formatCount(totals.all, digits), L.xTot + tot.w / 2, L.yTot + tot.h / 2);
  // The labels: under each band's column (with the x tick labels) and left of each band's row.
  ctx.font = font(12);
  ctx.fillStyle = theme.muted;
  for (const [text, x, y] of L.out ? [[OUTSIDE, L.xOut, L.yOut], [TOTAL, L.xTot, L.yTot]] : [[TOTAL, L.xTot, L.yTot]]) {
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.fillText(text, x + tot.w / 2, L.yTot + tot.h + 6);   // the band is at least as wide (totalsBand)
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    ctx.fillText(text, L.x0 - 6, y + tot.h / 2);
  }
  ctx.restore();
}
