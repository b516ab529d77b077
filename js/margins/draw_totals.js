// Drawing the totals in the margins of the matrix canvas: a column right of the grid (one total per
// row) and a row under it (one per column, the abstained column's too), the grand total where they
// meet, each labelled "total". Sizes come from `totalsBand` before the layout; cells smaller than a
// line of text get a plain band (the tooltip gives each total). Every function draws what it is given.

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
  ctx.font = font(TEXT_PX);
  const text = (v) => formatCount(v, digits);
  let rowW = ctx.measureText(text(totals.all)).width;
  for (const v of totals.rows) rowW = Math.max(rowW, ctx.measureText(text(v)).width);
  let colW = 0;
  for (const v of totals.cols) colW = Math.max(colW, ctx.measureText(text(v)).width);
  ctx.font = font(12);
  const label = ctx.measureText(outside ? OUTSIDE : TOTAL).width;
  const w = Math.min(MAX_W, Math.ceil(Math.max(rowW, label) + 8));
  if (cell < MIN_ROW_PX) return { w: Math.min(w, 40), h: BAND, rotated: false, text: false };
  const rotated = colW > cell - 4;
  return { w, h: Math.ceil(rotated ? Math.min(MAX_W, colW + 6) : TEXT_PX + 8), rotated, text: true };
}

/**
 * Which total is under a point: {kind: "row", i} | {kind: "col", j} | {kind: "all"}, or in the
 * band of a zoomed window {kind: "outRow", i} | {kind: "outCol", j}; null elsewhere.
 */
export function totalAt(x, y, L) {
  if (!L || !L.tot) return null;
  if (L.out) {
    const inOutCol = x >= L.xOut && x < L.xOut + L.tot.w;
    const inOutRow = y >= L.yOut && y < L.yOut + L.tot.h;
    if (inOutCol && y >= L.y0 && y < L.y0 + L.grid) {
      return { kind: "outRow", i: L.r0 + Math.min(L.v - 1, Math.floor((y - L.y0) / L.cell)) };
    }
    if (inOutRow && x >= L.x0 && x < L.x0 + L.grid) {
      return { kind: "outCol", j: L.c0 + Math.min(L.v - 1, Math.floor((x - L.x0) / L.cell)) };
    }
    if (inOutRow && L.extra && x >= L.xExtra && x < L.xExtra + L.xw) return { kind: "outCol", j: L.k };
    if (inOutCol || inOutRow) return null;
  }
  const inCol = x >= L.xTot && x < L.xTot + L.tot.w;
  const inRow = y >= L.yTot && y < L.yTot + L.tot.h;
  if (inCol && inRow) return { kind: "all" };
  if (inCol && y >= L.y0 && y < L.y0 + L.grid) {
    return { kind: "row", i: L.r0 + Math.min(L.v - 1, Math.floor((y - L.y0) / L.cell)) };
  }
  if (inRow && x >= L.x0 && x < L.x0 + L.grid) {
    return { kind: "col", j: L.c0 + Math.min(L.v - 1, Math.floor((x - L.x0) / L.cell)) };
  }
  if (inRow && L.extra && x >= L.xExtra && x < L.xExtra + L.xw) return { kind: "col", j: L.k };
  return null;
}

/** The totals of the window's rows and columns (`totals` in display positions), and the grand total. */
export function drawTotals(ctx, L, totals, digits, theme, font) {
  if (!L.tot || !totals) return;
  const { tot } = L;
  ctx.save();
  ctx.fillStyle = theme.band || BAND_FILL;
  ctx.fillRect(L.xTot, L.y0, tot.w, L.grid);
  ctx.fillRect(L.x0, L.yTot, (L.extra ? L.xExtra + L.xw : L.x0 + L.grid) - L.x0, tot.h);
  ctx.fillRect(L.xTot, L.yTot, tot.w, tot.h);
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(L.xTot - 0.5, L.y0 - 0.5, tot.w + 1, L.grid + 1);
  ctx.strokeRect(L.x0 - 0.5, L.yTot - 0.5, L.grid + 1, tot.h + 1);
  if (L.extra) ctx.strokeRect(L.xExtra - 0.5, L.yTot - 0.5, L.xw + 1, tot.h + 1);
  ctx.strokeRect(L.xTot - 0.5, L.yTot - 0.5, tot.w + 1, tot.h + 1);
  ctx.fillStyle = theme.fg;
  ctx.textBaseline = "middle";
  ctx.textAlign = "center";
  const text = (v) => formatCount(v, digits);
  if (tot.text) {
    ctx.font = font(TEXT_PX);
    for (let i = L.r0; i < L.r0 + L.v; i++) ctx.fillText(text(totals.rows[i]), L.xTot + tot.w / 2, cellY(L, i) + L.cell / 2);
    const cols = [];
    for (let j = L.c0; j < L.c0 + L.v; j++) cols.push(j);
    if (L.extra) cols.push(L.k);
    for (const j of cols) {
      const cx = cellX(L, j) + cellW(L, j) / 2;
      if (tot.rotated) {
        ctx.save();
        ctx.translate(cx, L.yTot + tot.h / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(text(totals.cols[j]), 0, 0);
        ctx.restore();
      } else {
        ctx.fillText(text(totals.cols[j]), cx, L.yTot + tot.h / 2);
      }
    }
  }
  ctx.font = font(TEXT_PX, true);
  if (tot.text) ctx.fillText(text(totals.all), L.xTot + tot.w / 2, L.yTot + tot.h / 2);
  ctx.restore();
}

/** The "total" labels: under the totals column (with the x tick labels) and left of the totals row. */
export function drawTotalLabels(ctx, L, theme, font, tickGap) {
  if (!L.tot) return;
  ctx.save();
  ctx.font = font(12);
  ctx.fillStyle = theme.muted;
  const labels = [[TOTAL, L.xTot, L.yTot]];
  if (L.out) labels.push([OUTSIDE, L.xOut, L.yOut]);
  const under = L.yTot + L.tot.h + tickGap;
  for (const [text, x, y] of labels) {
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.fillText(text, x + L.tot.w / 2, under);   // the band is at least as wide (totalsBand)
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    ctx.fillText(text, L.x0 - tickGap, y + L.tot.h / 2);
  }
  ctx.restore();
}

/**
 * A zoomed window's band (L.out): for each row shown, its count in the columns outside the window;
 * for each column shown, its count in the rows outside (js/margins/outside.js `outsideCounts`).
 */
export function drawOutside(ctx, L, outside, digits, theme, font) {
  if (!L.out || !outside) return;
  const { tot } = L;
  ctx.save();
  ctx.fillStyle = theme.band || BAND_FILL;
  ctx.fillRect(L.xOut, L.y0, tot.w, L.grid);
  ctx.fillRect(L.x0, L.yOut, (L.extra ? L.xExtra + L.xw : L.x0 + L.grid) - L.x0, tot.h);
  ctx.strokeStyle = theme.border;
  ctx.setLineDash([3, 2]);
  ctx.strokeRect(L.xOut - 0.5, L.y0 - 0.5, tot.w + 1, L.grid + 1);
  ctx.strokeRect(L.x0 - 0.5, L.yOut - 0.5, L.grid + 1, tot.h + 1);
  ctx.setLineDash([]);
  if (tot.text) {
    ctx.fillStyle = theme.muted;
    ctx.font = font(TEXT_PX);
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const text = (v) => formatCount(v, digits);
    for (let r = 0; r < L.v; r++) ctx.fillText(text(outside.rows[r]), L.xOut + tot.w / 2, cellY(L, L.r0 + r) + L.cell / 2);
    const cols = Array.from({ length: L.v }, (_, c) => L.c0 + c);
    if (L.extra) cols.push(L.k);
    cols.forEach((j, c) => {
      const cx = cellX(L, j) + cellW(L, j) / 2;
      if (tot.rotated) {
        ctx.save();
        ctx.translate(cx, L.yOut + tot.h / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(text(outside.cols[c]), 0, 0);
        ctx.restore();
      } else {
        ctx.fillText(text(outside.cols[c]), cx, L.yOut + tot.h / 2);
      }
    });
  }
  ctx.restore();
}
