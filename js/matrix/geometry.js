// Pure geometry of the matrix canvas: layout in CSS px, hit-testing, the zoom window, ticks and
// the keyboard cursor. No DOM; tested with node --test.

import { clamp } from "../core/util.js";

export const MAX_CELL = 64;       // CSS px: cells never grow beyond this
export const MAX_GRID = 800;      // CSS px: the grid never grows beyond this (K=1000 -> 0.8 px cells)
export const MIN_GRID = 120;      // CSS px: the grid never shrinks below this
export const BITMAP_BELOW = 6;    // cells smaller than this are drawn as one scaled K x K bitmap
export const MIN_CELL = 6;        // CSS px: smaller cells at "show all" offer zoom controls
export const ZOOM_STEP = 2;       // the + / - buttons halve / double the number of rows shown
export const TICK_SPACING = 14;   // minimum CSS px between two drawn tick labels
export const MAX_LABEL_W = 140;   // CSS px: longer tick labels are truncated with an ellipsis
export const PAD = 8;
export const TITLE_BAND = 20;     // room for an axis title
export const TITLE_LINE = 15;     // each further line of a wrapped x-axis title
export const TICK_GAP = 6;        // between the grid and its tick labels
export const BAR_GAP = 16;        // between the grid and the colour bar
export const BAR_W = 14;
export const EXTRA_GAP = 6;       // between the class columns and the abstained column after them
export const EXTRA_MIN_W = 8;     // CSS px: the abstained column is never narrower (tiny cells)
export const TOTAL_GAP = 6;       // between the grid (or the abstained column) and the totals
export const MOVES = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/**
 * Grid geometry in CSS px. The grid shows the window `opts.view` ({r0, c0, v}: rows r0..r0+v-1,
 * columns c0..c0+v-1; all K classes by default), so the cell size depends on v and the width only;
 * label and colour-bar room is reserved around it. Cells of BITMAP_BELOW px or more are whole
 * pixels (crisp edges). `room` is the side the grid may take.
 *
 * `opts.extra` = 1 adds the abstained column right of the grid after a gap of EXTRA_GAP: it starts
 * at `xExtra`, is `xw` wide (the cell size, at least EXTRA_MIN_W) and shows the window's rows.
 * `right` is the right edge of the last column drawn. `opts.xTitleLines`: lines of the x-axis title.
 *
 * `opts.totals` = {w, h} (js/margins/draw_totals.js) adds the totals: a column `w` wide at `xTot`
 * right of the grid (and of the abstained column), a row `h` high at `yTot` under it; the x tick
 * labels go under that row (`below` is how much lower they sit). With `opts.outside` (a zoomed
 * window) a band as wide and as high comes first, at `xOut` and `yOut`: what lies outside the window.
 */
export function computeLayout(k, width, opts = {}) {
  const yLabelWidth = opts.yLabelWidth || 0;
  const xLabelHeight = opts.xLabelHeight || 0;
  const rightWidth = opts.rightWidth || 0;
  const maxCell = opts.maxCell || MAX_CELL;
  const maxGrid = opts.maxGrid || MAX_GRID;
  const x0 = PAD + TITLE_BAND + yLabelWidth + TICK_GAP;
  const y0 = PAD;
  const extra = k > 0 && opts.extra ? 1 : 0;
  const tot = k > 0 && opts.totals ? opts.totals : null;
  const out = Boolean(tot && opts.outside);
  const totW = tot ? TOTAL_GAP + tot.w * (out ? 2 : 1) : 0;
  const room = Math.min(maxGrid, Math.max(MIN_GRID, width - x0 - rightWidth - PAD - extra * EXTRA_GAP - totW));
  const view = opts.view || fullView(k);
  const v = k > 0 ? view.v : 0;
  let cell = v > 0 ? Math.min(maxCell, room / (v + extra)) : 0;
  if (extra && cell < EXTRA_MIN_W) cell = Math.min(maxCell, (room - EXTRA_MIN_W) / v);
  if (cell >= BITMAP_BELOW) cell = Math.floor(cell);
  const grid = cell * v;
  const xExtra = x0 + grid + EXTRA_GAP;
  const xw = extra ? Math.max(cell, EXTRA_MIN_W) : 0;
  const xOut = (extra ? xExtra + xw : x0 + grid) + TOTAL_GAP;
  const yOut = y0 + grid + TOTAL_GAP;
  const xTot = out ? xOut + tot.w : xOut;
  const right = tot ? xTot + tot.w : extra ? xExtra + xw : x0 + grid;
  const below = tot ? TOTAL_GAP + tot.h * (out ? 2 : 1) : 0;
  return {
    k, v, r0: view.r0, c0: view.c0, room, cell, x0, y0, grid, extra, xExtra, xw, right,
    tot, out, xOut, yOut, xTot, yTot: out ? yOut + tot.h : yOut, below,
    width: Math.ceil(right + rightWidth + PAD),
    height: Math.ceil(y0 + grid + below + TICK_GAP + xLabelHeight + TITLE_BAND + PAD
      + (Math.max(1, opts.xTitleLines || 1) - 1) * TITLE_LINE),
  };
}

/**
 * The room for the grid (computeLayout's `maxGrid`, CSS px) at which a canvas laid out as `layout`
 * is at most `height` tall, never below MIN_GRID; undefined (no cap) when it fits already or the
 * height is unknown (not finite).
 */
export function gridForHeight(layout, height) {
  if (!Number.isFinite(height) || layout.height <= height) return undefined;
  const v = layout.v || 1;
  let cell = (layout.grid - (layout.height - height)) / v;   // the canvas is as much lower as the grid
  if (cell >= BITMAP_BELOW) cell = Math.floor(cell);
  return Math.max(MIN_GRID, cell * (v + layout.extra));   // the room holds the abstained column too
}

/**
 * The cell [i, j] under a point (CSS px, canvas coordinates), or null outside the grid. The grid
 * shows rows r0.. and columns c0.. of the layout's window (all classes when it has none); a point
 * in the abstained column gives [i, K].
 * @returns {[number, number] | null}
 */
export function hitTest(x, y, layout) {
  if (!layout || !(layout.cell > 0)) return null;
  const gx = x - layout.x0;
  const gy = y - layout.y0;
  if (!(gy >= 0 && gy < layout.grid)) return null;
  const last = (layout.v ?? layout.k) - 1;
  const r0 = layout.r0 || 0;
  const c0 = layout.c0 || 0;
  const row = r0 + Math.min(last, Math.floor(gy / layout.cell));
  if (layout.extra && x >= layout.xExtra && x < layout.xExtra + layout.xw) return [row, layout.k];
  if (!(gx >= 0 && gx < layout.grid)) return null;
  return [row, c0 + Math.min(last, Math.floor(gx / layout.cell))];
}

// ------------------------------------------------------------- pure helpers: the window
// A window {r0, c0, v} shows rows r0..r0+v-1 and columns c0..c0+v-1 of a K x K matrix.

/** The window showing every class. */
export function fullView(k) {
  return { r0: 0, c0: 0, v: Math.max(0, k) };
}

/** Whether K classes in a grid of `room` CSS px would get cells too small to aim at (zoom offered). */
export function canZoom(k, room) {
  return k * MIN_CELL > room;
}

/** The fewest classes a window may show: as many as fill `room` with the largest cells. */
export function minViewSize(k, room) {
  return Math.min(k, Math.max(1, Math.ceil(room / MAX_CELL)));
}

/** A window of whole numbers inside the matrix, showing between vMin and K classes. */
export function clampView(view, k, vMin = 1) {
  if (!(k > 0)) return fullView(0);
  const src = view || fullView(k);
  const v = clamp(Math.round(Number(src.v) || k), Math.min(k, Math.max(1, vMin)), k);
  const r0 = clamp(Math.round(Number(src.r0) || 0), 0, k - v);
  const c0 = clamp(Math.round(Number(src.c0) || 0), 0, k - v);
  return { r0, c0, v };
}

/**
 * Zoom by `factor` (> 1 shows fewer classes) keeping the point `anchor` = [row, col] (in class
 * units, fractions allowed: row 3.5 is the middle of row 3) where it is on the screen.
 */
export function zoomView(view, factor, anchor, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  if (!(factor > 0) || !(k > 0)) return cur;
  const v = clamp(Math.round(cur.v / factor), Math.min(k, Math.max(1, vMin)), k);
  if (v === cur.v) return cur;
  const [ar, ac] = anchor || [cur.r0 + cur.v / 2, cur.c0 + cur.v / 2];
  const keep = (start, a) => a - ((a - start) * v) / cur.v;
  return clampView({ r0: keep(cur.r0, ar), c0: keep(cur.c0, ac), v }, k, vMin);
}

/** Move the window by whole rows and columns, stopping at the edges. */
export function panView(view, dRows, dCols, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  return clampView({ r0: cur.r0 + Math.round(dRows), c0: cur.c0 + Math.round(dCols), v: cur.v }, k, vMin);
}

/** The window moved the least so that cell [i, j] is inside it. */
export function followCursor(view, cell, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  if (!cell) return cur;
  const follow = (start, x) => (x < start ? x : x >= start + cur.v ? x - cur.v + 1 : start);
  return clampView({ r0: follow(cur.r0, cell[0]), c0: follow(cur.c0, cell[1]), v: cur.v }, k, vMin);
}

/** A window of at most `side` classes (and no fewer than vMin) centred on cell [i, j]. */
export function focusView(view, cell, k, side, vMin = 1) {
  const cur = clampView(view, k, vMin);
  const v = Math.min(cur.v, Math.max(side, vMin));
  return clampView({ r0: cell[0] - Math.floor(v / 2), c0: cell[1] - Math.floor(v / 2), v }, k, vMin);
}

/** Where a canvas point falls in class units [row, col] (fractions kept), held inside the window. */
export function viewAnchor(x, y, layout) {
  const v = layout.v ?? layout.k;
  const at = (p, origin, start) => start + clamp((p - origin) / layout.cell, 0, v);
  return [at(y, layout.y0, layout.r0 || 0), at(x, layout.x0, layout.c0 || 0)];
}

/**
 * Zoom factor of one wheel event: a 100 px notch up zooms in by sqrt(2), down zooms out as much;
 * lines count 16 px, pages 400 px; one event changes the zoom by at most 2x.
 */
export function wheelFactor(deltaY, deltaMode = 0) {
  const px = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1);
  if (!Number.isFinite(px) || px === 0) return 1;
  return 2 ** clamp(-px / 200, -1, 1);
}

/** What the window shows, in class indices: "rows 120-179, columns 40-99 of 1000". */
export function viewText(view, k) {
  const last = (s) => s + view.v - 1;
  return `rows ${view.r0}-${last(view.r0)}, columns ${view.c0}-${last(view.c0)} of ${k}`;
}

/** Label every `step`-th class, step in 1, 2, 5, 10, 20, 50, ..., so labels are >= minSpacing apart. */
export function tickStep(k, cell, minSpacing = TICK_SPACING) {
  if (!(cell > 0) || k <= 1) return 1;
  for (let m = 1; ; m *= 10) {
    for (const s of [1, 2, 5]) {
      if (s * m * cell >= minSpacing || s * m >= k) return s * m;
    }
  }
}

/** The classes start..start+count-1 that are multiples of `step` (the labelled ones). */
export function tickIndices(count, step, start = 0) {
  const out = [];
  for (let i = Math.ceil(start / step) * step; i < start + count; i += step) out.push(i);
  return out;
}

/**
 * The drawn tick nearest to `pos` (px from the grid origin along an axis) if within reach, else -1.
 * The axis shows `count` classes from `start` (all k from 0 by default).
 */
export function tickAt(pos, cell, step, k, halfExtent, start = 0, count = k) {
  if (!(cell > 0) || k <= 0 || count <= 0) return -1;
  const firstTick = Math.ceil(start / step) * step;
  const lastTick = Math.floor((start + count - 1) / step) * step;
  if (lastTick < firstTick) return -1;
  const t = clamp(Math.round((start + pos / cell - 0.5) / step) * step, firstTick, lastTick);
  return Math.abs((t - start + 0.5) * cell - pos) <= Math.max(cell / 2, halfExtent) ? t : -1;
}

/** Shorten text with an ellipsis so that measure(text) <= maxWidth. */
export function truncateText(text, maxWidth, measure) {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join("") + "…") <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("") + "…";
}

/**
 * The cursor after a key press (arrows, Home/End along the row, PageUp/PageDown by 10 rows) in a
 * K x cols matrix (cols = K + 1 with the abstained column last).
 */
export function nextCursor(cursor, key, k, jump = 1, cols = k) {
  if (k <= 0 || !MOVES.has(key)) return cursor;
  if (!cursor) return [0, 0];
  let [i, j] = cursor;
  if (key === "ArrowUp") i -= jump;
  else if (key === "ArrowDown") i += jump;
  else if (key === "ArrowLeft") j -= jump;
  else if (key === "ArrowRight") j += jump;
  else if (key === "Home") j = 0;
  else if (key === "End") j = cols - 1;
  else if (key === "PageUp") i -= 10;
  else if (key === "PageDown") i += 10;
  return [clamp(i, 0, k - 1), clamp(j, 0, cols - 1)];
}

/** Top-left corner of column j / row i of the window, in CSS px; column K is the abstained one. */
export const cellX = (L, j) => (L.extra && j >= L.k ? L.xExtra : L.x0 + (j - L.c0) * L.cell);
export const cellY = (L, i) => L.y0 + (i - L.r0) * L.cell;
/** Width of column j. */
export const cellW = (L, j) => (L.extra && j >= L.k ? L.xw : L.cell);

/** Whether cell [i, j] is inside the layout's window (the abstained column shows every row of it). */
export const inView = (L, [i, j]) => i >= L.r0 && i < L.r0 + L.v
  && ((j >= L.c0 && j < L.c0 + L.v) || (Boolean(L.extra) && j === L.k));
