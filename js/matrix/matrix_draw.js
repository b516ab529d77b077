// Painting the matrix on a 2D canvas context: cells, their texts, axes, titles, colour bar and
// the selection / cursor marks. Every function draws what it is given; none reads state.

import { buildRgba, lutColor, textColor } from "../core/colors.js";
import { cellText } from "../core/format.js";
import {
  BAR_GAP, BAR_W, BITMAP_BELOW, PAD, TICK_GAP, TITLE_BAND, TITLE_LINE,
  cellW, cellX, cellY, inView, tickIndices, truncateText,
} from "./geometry.js";
import { clamp } from "../core/util.js";

export const FONT_PX = 12;
/** The x tick label of the abstained column. */
export const ABSTAINED = "abstained";
const MIN_TEXT_PX = 8;            // cell text smaller than this is not drawn
const MAX_TEXT_PX = 13;

/** CSS colours of the 256 entries of a lookup table. */
export function lutCss(lut) {
  return Array.from({ length: 256 }, (_, c) => lutColor(lut, c));
}

/** One pixel per cell on `canvas` (made with `doc` when absent). */
export function cellBitmap(doc, canvas, colors, lut, k) {
  const off = canvas || doc.createElement("canvas");
  off.width = k;
  off.height = k;
  off.getContext("2d").putImageData(new ImageData(buildRgba(colors, lut, k * k), k, k), 0, 0);
  return off;
}

/** The abstained column's cells (`colors` per row, indices into `css`) for the window's rows. */
export function drawAbstainedCells(ctx, L, colors, css) {
  if (!L.extra || !colors) return;
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    ctx.fillStyle = css[colors[i]];
    ctx.fillRect(L.xExtra, cellY(L, i), L.xw, L.cell);
  }
}

/** Cells of the window: one rectangle each, or the bitmap scaled up without smoothing. */
export function drawCells(ctx, L, colors, css, bitmap) {
  if (L.cell < BITMAP_BELOW) {
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(bitmap(), L.c0, L.r0, L.v, L.v, L.x0, L.y0, L.grid, L.grid);
    ctx.imageSmoothingEnabled = true;
    return;
  }
  const k = L.k;
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    for (let j = L.c0; j < L.c0 + L.v; j++) {
      ctx.fillStyle = css[colors[i * k + j]];
      ctx.fillRect(cellX(L, j), cellY(L, i), L.cell, L.cell);
    }
  }
}

export function drawGridBorder(ctx, L, theme) {
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(L.x0 - 0.5, L.y0 - 0.5, L.grid + 1, L.grid + 1);
  if (L.extra) ctx.strokeRect(L.xExtra - 0.5, L.y0 - 0.5, L.xw + 1, L.grid + 1);
}

/**
 * Cell texts share one font size: the largest (<= MAX_TEXT_PX) at which every text fits.
 * `d` = {values, counts, colors, lut, lutText, fmt, countDigits, abstained}; `abstained` is the
 * abstained column ({values, counts, colors} per row) drawn when the layout has it.
 */
export function drawCellTexts(ctx, L, d, theme) {
  const k = L.k;
  const px = Math.min(MAX_TEXT_PX, Math.floor(L.cell * 0.3));
  if (px < MIN_TEXT_PX) return;
  if (d.values.length < k * k || d.counts.length < k * k) return;
  const extra = L.extra && d.abstained ? d.abstained : null;
  // Texts of the window only: [x, y, text, colour index] of each cell, the abstained column last.
  const cells = [];
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    const cy = cellY(L, i) + L.cell / 2;
    for (let j = L.c0; j < L.c0 + L.v; j++) {
      const t = cellText(d.values[i * k + j], d.counts[i * k + j], d.fmt, d.countDigits);
      cells.push([cellX(L, j) + L.cell / 2, cy, t, d.colors[i * k + j]]);
    }
    if (extra) {
      const t = cellText(extra.values[i], extra.counts[i], d.fmt, d.countDigits);
      cells.push([L.xExtra + L.xw / 2, cy, t, extra.colors[i]]);
    }
  }
  const plan = cellTextPlan(ctx, cells.map((c) => c[2]), L.cell, px, theme);
  if (!plan) return;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const [cx, cy, t, color] of cells) {
    ctx.fillStyle = textColor(d.lutText, d.lut, color);
    if (plan.mode === "two") {
      ctx.font = plan.font;
      ctx.fillText(t.main, cx, cy - plan.px * 0.5);
      ctx.font = plan.subFont;
      ctx.fillText(t.sub, cx, cy + plan.px * 0.65);
    } else {
      ctx.font = plan.font;
      ctx.fillText(plan.mode === "one" && t.sub ? `${t.main} ${t.sub}` : t.main, cx, cy);
    }
  }
}

function cellTextPlan(ctx, texts, cell, startPx, theme) {
  const room = cell - 4;
  const widest = (font, pick) => {
    ctx.font = font;
    let w = 0;
    for (const t of texts) w = Math.max(w, ctx.measureText(pick(t)).width);
    return w;
  };
  const percent = texts.length > 0 && texts[0].sub !== "";
  for (let px = startPx; px >= MIN_TEXT_PX; px--) {
    const font = `${px}px ${theme.family}`;
    const subPx = Math.max(MIN_TEXT_PX - 1, Math.round(px * 0.8));
    const subFont = `${subPx}px ${theme.family}`;
    const mainW = widest(font, (t) => t.main);
    if (mainW > room) continue;
    if (!percent) return { mode: "main", px, font };
    if (cell >= px * 2.4 + subPx && widest(subFont, (t) => t.sub) <= room) {
      return { mode: "two", px, font, subFont };
    }
    if (widest(font, (t) => `${t.main} ${t.sub}`) <= room) return { mode: "one", px, font };
    return { mode: "main", px, font };
  }
  return null;
}

/**
 * Tick labels of both axes; `ticks` = {step, rotated, height, extraRotated} of the x labels (the
 * abstained column's label is turned on its own when it is wider than its column); then the titles.
 */
export function drawAxes(ctx, L, labels, labelMax, ticks, titles, theme, font) {
  const measure = (s) => ctx.measureText(s).width;
  ctx.font = font(FONT_PX);
  ctx.fillStyle = theme.fg;
  ctx.strokeStyle = theme.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // Row labels (true class), right-aligned left of the grid.
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const i of tickIndices(L.v, ticks.step, L.r0)) {
    const y = cellY(L, i) + L.cell / 2;
    ctx.fillText(truncateText(labels[i], labelMax, measure), L.x0 - TICK_GAP, y);
    ctx.moveTo(L.x0 - 3, Math.round(y) + 0.5);
    ctx.lineTo(L.x0, Math.round(y) + 0.5);
  }
  // Column labels (predicted class), below the grid; vertical when they would overlap.
  const top = L.y0 + L.grid + (L.below || 0) + TICK_GAP;
  const columns = tickIndices(L.v, ticks.step, L.c0).map((j) => [cellX(L, j) + L.cell / 2, labels[j], ticks.rotated]);
  if (L.extra) columns.push([L.xExtra + L.xw / 2, ABSTAINED, ticks.extraRotated]);
  for (const [x, label, rotated] of columns) {
    const text = truncateText(label, labelMax, measure);
    ctx.moveTo(Math.round(x) + 0.5, L.y0 + L.grid);
    ctx.lineTo(Math.round(x) + 0.5, L.y0 + L.grid + 3);
    if (rotated) {
      ctx.save();
      ctx.translate(x, top);
      ctx.rotate(-Math.PI / 2);
      ctx.textAlign = "right";
      ctx.textBaseline = "middle";
      ctx.fillText(text, 0, 0);
      ctx.restore();
    } else {
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.fillText(text, x, top);
    }
  }
  ctx.stroke();
  ctx.font = font(FONT_PX, true);
  ctx.fillStyle = theme.fg;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  // The x title: its lines (wrapped to the canvas) under the grid, kept inside the canvas.
  const xLines = Array.isArray(titles.x) ? titles.x : [String(titles.x)];
  const xTitleY = L.y0 + L.grid + (L.below || 0) + TICK_GAP + ticks.height + TITLE_BAND / 2 + 2;
  const widest = Math.max(...xLines.map(measure));
  const cx = clamp(L.x0 + L.grid / 2, PAD + widest / 2, Math.max(PAD + widest / 2, L.width - PAD - widest / 2));
  xLines.forEach((line, n) => ctx.fillText(line, cx, xTitleY + n * TITLE_LINE));
  // The y title, turned, along the grid and the x labels under it.
  const yRoom = Math.max(L.grid, L.height - 2 * PAD);
  // Too long for the side: the title without its note (the badge above the matrix has it).
  const yFull = String(titles.y);
  const yText = measure(yFull) <= yRoom ? yFull : truncateText(yFull.split(" (")[0], yRoom, measure);
  const cy = clamp(L.y0 + L.grid / 2, PAD + measure(yText) / 2, Math.max(PAD, L.height - PAD - measure(yText) / 2));
  ctx.save();
  ctx.translate(PAD + TITLE_BAND / 2, cy);
  ctx.rotate(-Math.PI / 2);
  ctx.fillText(yText, 0, 0);
  ctx.restore();
}

/** Width the colour bar, its tick labels and its caption (turned, at the right edge) take right of the grid. */
export function colorbarWidth(ctx, ticks) {
  let labelW = 0;
  for (const [, text] of ticks) labelW = Math.max(labelW, ctx.measureText(String(text)).width);
  return Math.ceil(BAR_GAP + BAR_W + 6 + labelW + TITLE_BAND);
}

/**
 * The bar's bands on whole device pixels: each device row shows the one entry its centre falls on.
 * Bands with fractional edges are blended by the canvas with their neighbours and with the page
 * behind the (transparent) canvas, which shows as bands of colours the colormap does not have.
 */
function drawColorbarBands(ctx, x, y0, hgt, css) {
  const t = ctx.getTransform ? ctx.getTransform() : null;
  const s = (t && Math.abs(t.d)) || 1;
  const left = Math.round(x * s) / s;
  const width = Math.round((x + BAR_W) * s) / s - left;
  const top = Math.round(y0 * s);
  const rows = Math.round((y0 + hgt) * s) - top;
  const entry = (r) => Math.min(255, Math.floor(((r + 0.5) / rows) * 256));   // r = 0 is the bottom row
  let start = 0;
  for (let r = 1; r <= rows; r++) {
    if (r < rows && entry(r) === entry(start)) continue;
    ctx.fillStyle = css[entry(start)];
    ctx.fillRect(left, (top + rows - r) / s, width, (r - start) / s);
    start = r;
  }
}

/**
 * The colour bar, vmin at the bottom; ticks are [fraction of the bar, text]; `caption` (what a
 * colour stands for) is written along the bar at the canvas's right edge.
 */
export function drawColorbar(ctx, L, ticks, css, theme, font, caption = "") {
  if (caption) {
    ctx.font = font(FONT_PX - 1);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const measure = (s) => ctx.measureText(s).width;
    const text = truncateText(String(caption), Math.max(L.grid, L.height - 2 * PAD), measure);
    const cy = clamp(L.y0 + L.grid / 2, PAD + measure(text) / 2, Math.max(PAD, L.height - PAD - measure(text) / 2));
    ctx.save();
    ctx.translate(L.width - PAD - TITLE_BAND / 2, cy);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(text, 0, 0);
    ctx.restore();
  }
  const x = (L.right ?? L.x0 + L.grid) + BAR_GAP;
  const hgt = L.grid;
  drawColorbarBands(ctx, x, L.y0, hgt, css);
  ctx.strokeStyle = theme.border;
  ctx.strokeRect(x - 0.5, L.y0 - 0.5, BAR_W + 1, hgt + 1);
  ctx.font = font(FONT_PX - 1);
  ctx.fillStyle = theme.fg;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.beginPath();
  for (const [frac, text] of ticks) {
    const y = L.y0 + hgt * (1 - clamp(Number(frac) || 0, 0, 1));
    ctx.moveTo(x + BAR_W, Math.round(y) + 0.5);
    ctx.lineTo(x + BAR_W + 3, Math.round(y) + 0.5);
    ctx.fillText(String(text), x + BAR_W + 5, clamp(y, L.y0 + 5, L.y0 + hgt - 5));
  }
  ctx.strokeStyle = theme.muted;
  ctx.stroke();
}

/** Outlines of the selected cell (solid) and the keyboard cursor (dashed); tiny cells get a box. */
/** Outline row r and column c of the window (a class found by the search). */
export function drawOutline(ctx, L, r, c, theme) {
  ctx.lineWidth = 2;
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = theme.fg;
  if (r >= L.r0 && r < L.r0 + L.v) ctx.strokeRect(L.x0 + 1, cellY(L, r) + 1, L.grid - 2, Math.max(L.cell - 2, 1));
  if (c >= L.c0 && c < L.c0 + L.v) ctx.strokeRect(cellX(L, c) + 1, L.y0 + 1, Math.max(L.cell - 2, 1), L.grid - 2);
  ctx.setLineDash([]);
}

export function drawMarks(ctx, L, selected, cursor, theme) {
  const box = ([i, j], color, dash, width) => {
    if (!inView(L, [i, j])) return;
    const w = Math.max(cellW(L, j), 8);
    const h = Math.max(L.cell, 8);
    const x = cellX(L, j) + cellW(L, j) / 2 - w / 2;
    const y = cellY(L, i) + L.cell / 2 - h / 2;
    ctx.setLineDash(dash);
    ctx.lineWidth = width;
    ctx.strokeStyle = theme.bg;
    ctx.strokeRect(x + width, y + width, w - 2 * width, h - 2 * width);
    ctx.strokeStyle = color;
    ctx.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
  };
  if (selected) box(selected, theme.accent, [], 2);
  if (cursor) box(cursor, theme.fg, [3, 2], 1.5);
  ctx.setLineDash([]);
}
