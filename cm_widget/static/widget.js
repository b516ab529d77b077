// cm_widget front end: draws the render state Python syncs (see the wire protocol) on a canvas
// and turns clicks, keys, drags and edits into trait writes. It computes no statistics.
//
// Order: constants, pure helpers (exported by name for `node --test`; no DOM at import time),
// then render() in sections: DOM setup, state, draw, event handlers, model wiring.

// =============================================================================== constants

/** Colormaps offered in the dropdown (each can be reversed with the "_r" suffix). */
export const CMAPS = [
  "Blues", "Greens", "Oranges", "Purples", "Reds", "Greys",
  "viridis", "plasma", "inferno", "magma", "cividis",
  "YlGnBu", "YlOrRd", "RdPu", "BuPu",
];

/** The normalisation choices, in button order; value is what the `normalize` trait holds. */
export const NORMALIZE_OPTIONS = [
  { value: null, label: "Counts" },
  { value: "true", label: "By true row" },
  { value: "pred", label: "By predicted column" },
  { value: "all", label: "Over all" },
];

export const MAX_CELL = 64;       // CSS px: cells never grow beyond this
export const MAX_GRID = 800;      // CSS px: the grid never grows beyond this (K=1000 -> 0.8 px cells)
export const MIN_GRID = 120;      // CSS px: the grid never shrinks below this
export const BITMAP_BELOW = 6;    // cells smaller than this are drawn as one scaled K x K bitmap
export const MIN_CELL = 6;        // CSS px: smaller cells at "show all" offer zoom controls
export const ZOOM_STEP = 2;       // the + / - buttons halve / double the number of rows shown
export const THROTTLE_MS = 60;    // at most one threshold write per this many ms during a drag
export const TICK_SPACING = 14;   // minimum CSS px between two drawn tick labels
export const MAX_LABEL_W = 140;   // CSS px: longer tick labels are truncated with an ellipsis
export const PAD = 8;
export const TITLE_BAND = 20;     // room for an axis title
export const TICK_GAP = 6;        // between the grid and its tick labels
export const BAR_GAP = 16;        // between the grid and the colour bar
export const BAR_W = 14;

const FONT_PX = 12;
const FALLBACK_WIDTH = 720;       // used while the element is not in the page yet
const MIN_TEXT_PX = 8;            // cell text smaller than this is not drawn
const MAX_TEXT_PX = 13;
const NORM_OF = { true: "of its true row", pred: "of its predicted column", all: "of all samples" };
const DRAG_PX = 4;                // a press that moves this far pans instead of clicking
const ZOOM_KEYS = { "+": "in", "=": "in", "-": "out", "_": "out", "0": "fit" };
const MOVES = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// ============================================================================ pure helpers

function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Copy the bytes of a synced buffer (DataView, typed array, ArrayBuffer) into a fresh, aligned Uint8Array. */
export function toUint8(raw) {
  if (raw == null) return new Uint8Array(0);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw.slice(0));
  if (ArrayBuffer.isView(raw)) {
    return new Uint8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  }
  if (Array.isArray(raw)) return Uint8Array.from(raw);
  return new Uint8Array(0);
}

/** Little-endian float64 buffer -> Float64Array (the source may sit at an unaligned offset). */
export function toFloat64(raw) {
  if (Array.isArray(raw)) return Float64Array.from(raw, Number);
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / 8);
  if (LITTLE_ENDIAN) return new Float64Array(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) out[p] = dv.getFloat64(8 * p, true);
  return out;
}

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

/** Text colour on lut entry `idx`: from the synced _lut_text table, else computed from the lut. */
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

/** A (weighted) count: an integer, or `digits` decimals when sample weights were given. */
export function formatCount(count, digits = 0) {
  if (!Number.isFinite(count)) return "–";
  return digits > 0 ? count.toFixed(Math.min(digits, 10)) : String(Math.round(count) || 0);
}

/** A displayed value per _fmt: {kind: "int" | "float" | "percent", digits}. */
export function formatValue(value, fmt) {
  if (!Number.isFinite(value)) return "–";
  const kind = fmt && fmt.kind;
  const digits = clamp(Math.trunc(Number(fmt && fmt.digits) || 0), 0, 10);
  if (kind === "percent") return (value * 100).toFixed(digits) + "%";
  if (kind === "float") return value.toFixed(digits);
  return String(Math.round(value) || 0);
}

/** The text of one cell: {main, sub}; sub is the count in brackets when the value is a percentage. */
export function cellText(value, count, fmt, countDigits = 0) {
  const main = formatValue(value, fmt);
  if (fmt && fmt.kind === "percent") return { main, sub: `(${formatCount(count, countDigits)})` };
  return { main, sub: "" };
}

/** A metric in the tables: three decimals. */
export function formatMetric(v) {
  return Number.isFinite(v) ? v.toFixed(3) : "–";
}

/** Number of decimals a slider step needs ("0.25" -> 2, 1e-5 -> 5), at most 6. */
export function stepDecimals(step) {
  if (!(step > 0)) return 2;
  const [mant, exp] = String(step).split("e");
  const frac = (mant.split(".")[1] || "").length;
  return clamp(frac - (exp ? Number(exp) : 0), 0, 6);
}

/** Split a cmap name into its base and whether it is reversed ("_r"). */
export function cmapParts(name) {
  const s = String(name || "Blues");
  return s.endsWith("_r") ? { base: s.slice(0, -2), reversed: true } : { base: s, reversed: false };
}

export function cmapName(base, reversed) {
  return reversed ? `${base}_r` : base;
}

/**
 * Grid geometry in CSS px. The grid shows the window `opts.view` ({r0, c0, v}: rows r0..r0+v-1,
 * columns c0..c0+v-1; all K classes by default), so the cell size depends on v and the width only;
 * label and colour-bar room is reserved around it. Cells of BITMAP_BELOW px or more are whole
 * pixels (crisp edges). `room` is the side the grid may take.
 */
export function computeLayout(k, width, opts = {}) {
  const yLabelWidth = opts.yLabelWidth || 0;
  const xLabelHeight = opts.xLabelHeight || 0;
  const rightWidth = opts.rightWidth || 0;
  const maxCell = opts.maxCell || MAX_CELL;
  const maxGrid = opts.maxGrid || MAX_GRID;
  const x0 = PAD + TITLE_BAND + yLabelWidth + TICK_GAP;
  const y0 = PAD;
  const room = Math.min(maxGrid, Math.max(MIN_GRID, width - x0 - rightWidth - PAD));
  const view = opts.view || fullView(k);
  const v = k > 0 ? view.v : 0;
  let cell = v > 0 ? Math.min(maxCell, room / v) : 0;
  if (cell >= BITMAP_BELOW) cell = Math.floor(cell);
  const grid = cell * v;
  return {
    k, v, r0: view.r0, c0: view.c0, room, cell, x0, y0, grid,
    width: Math.ceil(x0 + grid + rightWidth + PAD),
    height: Math.ceil(y0 + grid + TICK_GAP + xLabelHeight + TITLE_BAND + PAD),
  };
}

/**
 * The cell [i, j] under a point (CSS px, canvas coordinates), or null outside the grid. The grid
 * shows rows r0.. and columns c0.. of the layout's window (all classes when it has none).
 */
export function hitTest(x, y, layout) {
  if (!layout || !(layout.cell > 0)) return null;
  const gx = x - layout.x0;
  const gy = y - layout.y0;
  if (!(gx >= 0 && gy >= 0 && gx < layout.grid && gy < layout.grid)) return null;
  const last = (layout.v ?? layout.k) - 1;
  const r0 = layout.r0 || 0;
  const c0 = layout.c0 || 0;
  return [r0 + Math.min(last, Math.floor(gy / layout.cell)), c0 + Math.min(last, Math.floor(gx / layout.cell))];
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
 * A function that calls fn at most once per `wait` ms: at once when allowed, otherwise once at
 * the end of the wait with the latest arguments. `.cancel()` drops a pending call, `.flush()`
 * makes it now. `clock` ({now, setTimeout, clearTimeout}) can be replaced in tests.
 */
export function throttle(fn, wait, clock) {
  const c = clock || {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (id) => clearTimeout(id),
  };
  let last = -Infinity;
  let timer = null;
  let pending = null;
  const fire = () => {
    timer = null;
    last = c.now();
    const args = pending;
    pending = null;
    fn(...args);
  };
  const throttled = (...args) => {
    pending = args;
    const remaining = wait - (c.now() - last);
    if (remaining <= 0) {
      if (timer !== null) c.clearTimeout(timer);
      fire();
    } else if (timer === null) {
      timer = c.setTimeout(fire, remaining);
    }
  };
  throttled.cancel = () => {
    if (timer !== null) c.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  throttled.flush = () => {
    if (pending === null) return;
    if (timer !== null) c.clearTimeout(timer);
    fire();
  };
  return throttled;
}

/** The cursor after a key press (arrows, Home/End along the row, PageUp/PageDown by 10 rows). */
export function nextCursor(cursor, key, k, jump = 1) {
  if (k <= 0 || !MOVES.has(key)) return cursor;
  if (!cursor) return [0, 0];
  let [i, j] = cursor;
  if (key === "ArrowUp") i -= jump;
  else if (key === "ArrowDown") i += jump;
  else if (key === "ArrowLeft") j -= jump;
  else if (key === "ArrowRight") j += jump;
  else if (key === "Home") j = 0;
  else if (key === "End") j = k - 1;
  else if (key === "PageUp") i -= 10;
  else if (key === "PageDown") i += 10;
  return [clamp(i, 0, k - 1), clamp(j, 0, k - 1)];
}

/** A valid [i, j] inside a K x K matrix, or null. */
export function parseSelected(value, k) {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [i, j] = value;
  const ok = (x) => Number.isInteger(x) && x >= 0 && x < k;
  return ok(i) && ok(j) ? [i, j] : null;
}

/** Paging facts for a _selection: the 1-based range shown, and where the next/previous pages start. */
export function pageInfo(sel) {
  const offset = Math.max(0, Math.trunc(Number(sel && sel.offset) || 0));
  const n = sel && Array.isArray(sel.indices) ? sel.indices.length : 0;
  const total = Math.max(0, Math.trunc(Number(sel && sel.total) || 0));
  const size = sel && sel.page_size > 0 ? Math.trunc(sel.page_size) : Math.max(n, 1);
  return {
    first: n ? offset + 1 : 0,
    last: offset + n,
    total,
    hasMore: offset + n < total,
    hasPrev: offset > 0,
    nextOffset: offset + size,
    prevOffset: Math.max(0, offset - size),
  };
}

// ================================================================================== render

function render({ model, el }) {
  const tStart = performance.now();
  const doc = el.ownerDocument || document;
  const ac = new AbortController();
  const listen = (target, type, fn) => target.addEventListener(type, fn, { signal: ac.signal });
  const h = (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const button = (cls, text) => {
    const b = h("button", cls, text);
    b.type = "button";
    return b;
  };

  // ------------------------------------------------------------------------- DOM setup
  const root = h("div", "cmw");
  const controls = h("div", "cmw-controls");
  const seg = h("div", "cmw-seg");
  seg.setAttribute("role", "group");
  seg.setAttribute("aria-label", "Normalisation");
  const normButtons = NORMALIZE_OPTIONS.map((o) => {
    const b = button("cmw-seg-btn", o.label);
    b.dataset.value = o.value === null ? "" : o.value;
    seg.append(b);
    return b;
  });
  const cmapField = h("label", "cmw-field");
  const cmapSelect = h("select", "cmw-cmap");
  for (const name of CMAPS) cmapSelect.append(new Option(name, name));
  cmapField.append(h("span", null, "Colormap"), cmapSelect);
  const revField = h("label", "cmw-field");
  const revBox = h("input", "cmw-reverse");
  revBox.type = "checkbox";
  revField.append(revBox, h("span", null, "reverse"));
  const editBtn = button("cmw-edit-btn", "Edit labels");
  editBtn.setAttribute("aria-expanded", "false");
  controls.append(seg, cmapField, revField, editBtn);

  const labelsPanel = h("div", "cmw-labels-panel");
  labelsPanel.hidden = true;

  const binary = h("div", "cmw-binary");
  const thrField = h("label", "cmw-field cmw-threshold-field");
  const slider = h("input", "cmw-threshold");
  slider.type = "range";
  const thrValue = h("output", "cmw-threshold-value");
  thrField.append(h("span", null, "Threshold"), slider, thrValue);
  const readout = h("div", "cmw-readout");
  binary.append(thrField, readout);
  binary.hidden = true;

  const notes = h("div", "cmw-notes");
  // Zoom controls: shown only when "show all" would make the cells too small to aim at.
  const zoomBar = h("div", "cmw-zoom");
  zoomBar.setAttribute("role", "group");
  zoomBar.setAttribute("aria-label", "Zoom");
  const zoomOut = button("cmw-zoom-out", "\u2212");
  zoomOut.setAttribute("aria-label", "Zoom out");
  zoomOut.title = "Zoom out (-)";
  const zoomIn = button("cmw-zoom-in", "+");
  zoomIn.setAttribute("aria-label", "Zoom in");
  zoomIn.title = "Zoom in (+)";
  const zoomFit = button("cmw-zoom-fit", "Fit");
  zoomFit.setAttribute("aria-label", "Show all classes");
  zoomFit.title = "Show all classes (0)";
  const viewRange = h("span", "cmw-view-range");
  viewRange.setAttribute("aria-live", "polite");
  const zoomHint = h("span", "cmw-hint", "Ctrl/\u2318 + wheel zooms, drag pans");
  zoomBar.append(zoomOut, zoomIn, zoomFit, viewRange, zoomHint);
  zoomBar.hidden = true;
  const plot = h("div", "cmw-plot");
  const canvas = h("canvas", "cmw-canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  canvas.dataset.lmSuppressShortcuts = "true"; // keep JupyterLab from taking our arrow keys
  const tooltip = h("div", "cmw-tooltip");
  tooltip.hidden = true;
  plot.append(canvas, tooltip);
  const live = h("div", "cmw-sr");
  live.setAttribute("aria-live", "polite");
  const selPanel = h("div", "cmw-selection");
  const metrics = h("details", "cmw-metrics");
  const metricsTable = h("table", "cmw-metrics-table");
  metrics.append(h("summary", null, "Metrics"), metricsTable);

  root.append(controls, labelsPanel, binary, notes, zoomBar, plot, live, selPanel, metrics);
  el.appendChild(root);

  // ----------------------------------------------------------------------------- state
  const st = {
    closed: false,
    queued: false,
    draws: 0,
    firstDrawn: false,
    width: 0,
    layout: null,
    step: 1,
    yLabelW: 0,
    xLabels: { rotated: false, height: 0 },
    cursor: null,
    view: null,             // the window asked for ({r0, c0, v}); null shows every class
    zoomable: false,        // the last draw offered zoom controls
    vMin: 1,                // the fewest classes the window may show at the current width
    pan: null,              // a press on the grid that may become a drag: {id, x, y, view, moved}
    panned: false,          // the last press was a drag, so its click selects nothing
    detached: false,        // the last draw happened outside the page
    dragging: false,        // the threshold slider is being dragged: ignore echoes of our writes
    lastThreshold: null,
    lastUp: null,           // where the last pointerup happened (fractional CSS px)
    editor: null,           // inline label editor {finish}
    panelInputs: null,      // inputs of the open "Edit labels" panel
    metricsDirty: true,
  };
  const memo = new Map();
  const bitmap = { colors: null, lut: null, canvas: null };

  // Decode a synced trait once per value it holds (a new value arrives as a new object).
  const decoded = (name, fn, key = name) => {
    const raw = model.get(name);
    const hit = memo.get(key);
    if (hit && hit.raw === raw) return hit.val;
    const val = fn(raw);
    memo.set(key, { raw, val });
    return val;
  };
  const nClasses = () => Math.max(0, Math.trunc(Number(model.get("_n")) || 0));
  const lutBytes = () => decoded("_lut", (raw) => {
    const lut = toUint8(raw);
    return lut.length >= 1024 ? lut : greyLut();
  });
  const lutCss = () => decoded("_lut", () => Array.from({ length: 256 }, (_, c) => lutColor(lutBytes(), c)), "lutCss");
  const colors = () => decoded("_colors", toUint8);
  const counts = () => decoded("_counts", toFloat64);
  const values = () => decoded("_values", toFloat64);
  const lutText = () => decoded("_lut_text", toUint8);
  const countDigits = () => Math.max(0, Math.trunc(Number(model.get("_count_digits")) || 0));
  const fmt = () => model.get("_fmt") || { kind: "int", digits: 0 };
  const labelList = () => {
    const k = nClasses();
    const raw = model.get("display_labels");
    const key = `labels:${k}`;
    const hit = memo.get(key);
    if (hit && hit.raw === raw) return hit.val;
    const val = Array.from({ length: k }, (_, i) => (raw && raw[i] != null ? String(raw[i]) : String(i)));
    memo.set(key, { raw, val });
    return val;
  };
  const selected = () => parseSelected(model.get("selected"), nClasses());
  const write = (name, value) => {
    model.set(name, value);
    model.save_changes();
  };

  // ------------------------------------------------------------------------------ draw
  function scheduleDraw() {
    if (st.queued || st.closed) return;
    st.queued = true;
    queueMicrotask(() => {
      st.queued = false;
      if (!st.closed) draw();
    });
  }

  function readTheme() {
    const cs = getComputedStyle(root);
    const v = (name, fallback) => (cs.getPropertyValue(name) || "").trim() || fallback;
    return {
      fg: cs.color || "#1f1f1f",
      muted: v("--cmw-muted", "#616161"),
      accent: v("--cmw-accent", "#1976d2"),
      border: v("--cmw-border", "#bdbdbd"),
      bg: v("--cmw-bg", "#ffffff"),
      family: cs.fontFamily || "sans-serif",
    };
  }

  function availableWidth() {
    return root.clientWidth || el.clientWidth || FALLBACK_WIDTH;
  }

  function draw() {
    const t0 = performance.now();
    const k = nClasses();
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const theme = readTheme();
    st.detached = !root.isConnected;   // theme and width are guesses until the element is in the page
    const font = (px, bold) => `${bold ? "600 " : ""}${px}px ${theme.family}`;
    const labels = labelList();
    st.width = availableWidth();
    ctx.font = font(FONT_PX);
    const labelMax = Math.min(MAX_LABEL_W, Math.max(40, Math.round(st.width * 0.2)));
    st.yLabelW = Math.ceil(Math.min(labelMax, maxTextWidth(ctx, labels)));
    const bar = colorbarPlan(ctx);
    const full = computeLayout(k, st.width, { yLabelWidth: st.yLabelW, rightWidth: bar.width });
    st.zoomable = k > 0 && canZoom(k, full.room);
    st.vMin = minViewSize(k, full.room);
    const view = st.zoomable ? clampView(st.view, k, st.vMin) : fullView(k);
    st.view = st.zoomable ? view : null;
    const base = { yLabelWidth: st.yLabelW, rightWidth: bar.width, view };
    const pre = computeLayout(k, st.width, base);
    st.step = tickStep(view.v, pre.cell);
    st.xLabels = xLabelPlan(ctx, labels, pre, labelMax);
    const L = computeLayout(k, st.width, { ...base, xLabelHeight: st.xLabels.height });
    st.layout = L;
    sizeCanvas(ctx, L);
    if (k === 0) {
      ctx.fillStyle = theme.muted;
      ctx.font = font(FONT_PX);
      ctx.fillText("No data", PAD, PAD + FONT_PX);
    } else {
      drawCells(ctx, L);
      drawGridBorder(ctx, L, theme);
      drawCellTexts(ctx, L, theme);
      drawAxes(ctx, L, labels, labelMax, theme, font);
      drawColorbar(ctx, L, bar, theme, font);
      drawMarks(ctx, L, theme);
    }
    drawZoomBar(L);
    exposeHooks(L, k, t0);
  }

  function drawZoomBar(L) {
    zoomBar.hidden = !st.zoomable;
    if (!st.zoomable) return;
    viewRange.textContent = viewText(L, L.k);
    zoomIn.disabled = L.v <= st.vMin;
    zoomOut.disabled = L.v >= L.k;
    zoomFit.disabled = L.v >= L.k;
  }

  function sizeCanvas(ctx, L) {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(L.width * dpr));
    const hgt = Math.max(1, Math.round(L.height * dpr));
    if (canvas.width !== w || canvas.height !== hgt) {
      canvas.width = w;
      canvas.height = hgt;
    }
    canvas.style.width = `${L.width}px`;
    canvas.style.height = `${L.height}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, L.width, L.height);
  }

  function exposeHooks(L, k, t0) {
    const now = performance.now();
    st.draws += 1;
    root.dataset.k = String(k);
    root.dataset.drawCount = String(st.draws);
    root.dataset.lastDrawMs = (now - t0).toFixed(1);
    if (!st.firstDrawn && k > 0) {
      // From render() when the data was there from the start, else the duration of this draw.
      st.firstDrawn = true;
      root.dataset.firstDrawMs = (now - (st.draws === 1 ? tStart : t0)).toFixed(1);
    }
    canvas.dataset.cellX0 = String(L.x0);
    canvas.dataset.cellY0 = String(L.y0);
    canvas.dataset.cellSize = String(L.cell);
    canvas.dataset.viewRow0 = String(L.r0);
    canvas.dataset.viewCol0 = String(L.c0);
    canvas.dataset.viewSize = String(L.v);
    canvas.setAttribute("aria-label", `Confusion matrix of ${k} classes: rows are the true label, ` +
      "columns the predicted label. Arrow keys move, Enter selects a cell, Escape clears." +
      (st.zoomable ? ` Showing ${viewText(L, k)}; plus and minus zoom, 0 shows all.` : ""));
  }

  function maxTextWidth(ctx, texts) {
    const key = `width:${ctx.font}`;
    const hit = memo.get(key);
    if (hit && hit.raw === texts) return hit.val;
    let w = 0;
    for (const t of texts) w = Math.max(w, ctx.measureText(t).width);
    memo.set(key, { raw: texts, val: w });
    return w;
  }

  function colorbarPlan(ctx) {
    const cb = model.get("_colorbar") || {};
    const ticks = Array.isArray(cb.ticks) ? cb.ticks.filter((t) => Array.isArray(t) && t.length >= 2) : [];
    let labelW = 0;
    for (const [, text] of ticks) labelW = Math.max(labelW, ctx.measureText(String(text)).width);
    return { ticks, width: Math.ceil(BAR_GAP + BAR_W + 6 + labelW) };
  }

  function xLabelPlan(ctx, labels, L, labelMax) {
    let w = 0;
    if (st.zoomable) {
      // Every label may come into view: measure them all so panning keeps the height.
      w = maxTextWidth(ctx, labels);
    } else {
      for (const i of tickIndices(L.k, st.step)) w = Math.max(w, ctx.measureText(labels[i]).width);
    }
    w = Math.min(labelMax, w);
    const rotated = w > st.step * L.cell - 4;
    return { rotated, height: Math.ceil(rotated ? w : FONT_PX + 2) };
  }

  // Position of the cell [i, j] of the window: its top-left corner in CSS px.
  const cellX = (L, j) => L.x0 + (j - L.c0) * L.cell;
  const cellY = (L, i) => L.y0 + (i - L.r0) * L.cell;
  const inView = (L, [i, j]) => i >= L.r0 && i < L.r0 + L.v && j >= L.c0 && j < L.c0 + L.v;

  function drawCells(ctx, L) {
    const k = L.k;
    const col = colors();
    if (col.length < k * k) return;
    if (L.cell < BITMAP_BELOW) {
      // The window's part of the one-pixel-per-cell bitmap, scaled up without smoothing.
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(cellBitmap(k), L.c0, L.r0, L.v, L.v, L.x0, L.y0, L.grid, L.grid);
      ctx.imageSmoothingEnabled = true;
      return;
    }
    const css = lutCss();
    for (let i = L.r0; i < L.r0 + L.v; i++) {
      for (let j = L.c0; j < L.c0 + L.v; j++) {
        ctx.fillStyle = css[col[i * k + j]];
        ctx.fillRect(cellX(L, j), cellY(L, i), L.cell, L.cell);
      }
    }
  }

  // One pixel per cell, kept until the colours or the colour table change.
  function cellBitmap(k) {
    const col = colors();
    const lut = lutBytes();
    if (bitmap.colors === col && bitmap.lut === lut && bitmap.canvas) return bitmap.canvas;
    const off = bitmap.canvas || doc.createElement("canvas");
    off.width = k;
    off.height = k;
    off.getContext("2d").putImageData(new ImageData(buildRgba(col, lut, k * k), k, k), 0, 0);
    Object.assign(bitmap, { colors: col, lut, canvas: off });
    return off;
  }

  function drawGridBorder(ctx, L, theme) {
    ctx.strokeStyle = theme.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(L.x0 - 0.5, L.y0 - 0.5, L.grid + 1, L.grid + 1);
  }

  // Cell texts share one font size: the largest (<= MAX_TEXT_PX) at which every text fits.
  function drawCellTexts(ctx, L, theme) {
    const k = L.k;
    const px = Math.min(MAX_TEXT_PX, Math.floor(L.cell * 0.3));
    if (px < MIN_TEXT_PX) return;
    const val = values();
    const cnt = counts();
    if (val.length < k * k || cnt.length < k * k) return;
    const f = fmt();
    const cd = countDigits();
    // Texts of the window only, row by row: texts[(i - r0) * v + (j - c0)].
    const texts = [];
    for (let i = L.r0; i < L.r0 + L.v; i++) {
      for (let j = L.c0; j < L.c0 + L.v; j++) texts.push(cellText(val[i * k + j], cnt[i * k + j], f, cd));
    }
    const plan = cellTextPlan(ctx, texts, L.cell, px, theme);
    if (!plan) return;
    const col = colors();
    const lut = lutBytes();
    const lt = lutText();
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (let i = L.r0; i < L.r0 + L.v; i++) {
      for (let j = L.c0; j < L.c0 + L.v; j++) {
        const t = texts[(i - L.r0) * L.v + (j - L.c0)];
        const cx = cellX(L, j) + L.cell / 2;
        const cy = cellY(L, i) + L.cell / 2;
        ctx.fillStyle = textColor(lt, lut, col[i * k + j]);
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

  function drawAxes(ctx, L, labels, labelMax, theme, font) {
    const rowTicks = tickIndices(L.v, st.step, L.r0);
    const colTicks = tickIndices(L.v, st.step, L.c0);
    const measure = (s) => ctx.measureText(s).width;
    ctx.font = font(FONT_PX);
    ctx.fillStyle = theme.fg;
    ctx.strokeStyle = theme.muted;
    ctx.lineWidth = 1;
    ctx.beginPath();
    // Row labels (true class), right-aligned left of the grid.
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const i of rowTicks) {
      const y = cellY(L, i) + L.cell / 2;
      ctx.fillText(truncateText(labels[i], labelMax, measure), L.x0 - TICK_GAP, y);
      ctx.moveTo(L.x0 - 3, Math.round(y) + 0.5);
      ctx.lineTo(L.x0, Math.round(y) + 0.5);
    }
    // Column labels (predicted class), below the grid; vertical when they would overlap.
    const top = L.y0 + L.grid + TICK_GAP;
    for (const j of colTicks) {
      const x = cellX(L, j) + L.cell / 2;
      const text = truncateText(labels[j], labelMax, measure);
      ctx.moveTo(Math.round(x) + 0.5, L.y0 + L.grid);
      ctx.lineTo(Math.round(x) + 0.5, L.y0 + L.grid + 3);
      if (st.xLabels.rotated) {
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
    drawTitles(ctx, L, theme, font);
  }

  function drawTitles(ctx, L, theme, font) {
    const titles = model.get("_titles") || {};
    ctx.font = font(FONT_PX, true);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const xTitleY = L.y0 + L.grid + TICK_GAP + st.xLabels.height + TITLE_BAND / 2 + 2;
    ctx.fillText(String(titles.x ?? "Predicted label"), L.x0 + L.grid / 2, xTitleY);
    ctx.save();
    ctx.translate(PAD + TITLE_BAND / 2, L.y0 + L.grid / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(String(titles.y ?? "True label"), 0, 0);
    ctx.restore();
  }

  function drawColorbar(ctx, L, bar, theme, font) {
    const x = L.x0 + L.grid + BAR_GAP;
    const hgt = L.grid;
    const css = lutCss();
    const band = hgt / 256;
    for (let c = 0; c < 256; c++) {
      ctx.fillStyle = css[c];
      ctx.fillRect(x, L.y0 + hgt - (c + 1) * band, BAR_W, band + 0.5);   // vmin at the bottom
    }
    ctx.strokeStyle = theme.border;
    ctx.strokeRect(x - 0.5, L.y0 - 0.5, BAR_W + 1, hgt + 1);
    ctx.font = font(FONT_PX - 1);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.beginPath();
    for (const [frac, text] of bar.ticks) {
      const y = L.y0 + hgt * (1 - clamp(Number(frac) || 0, 0, 1));
      ctx.moveTo(x + BAR_W, Math.round(y) + 0.5);
      ctx.lineTo(x + BAR_W + 3, Math.round(y) + 0.5);
      ctx.fillText(String(text), x + BAR_W + 5, clamp(y, L.y0 + 5, L.y0 + hgt - 5));
    }
    ctx.strokeStyle = theme.muted;
    ctx.stroke();
  }

  // Outlines of the selected cell (solid) and the keyboard cursor (dashed); tiny cells get a box.
  function drawMarks(ctx, L, theme) {
    const box = ([i, j], color, dash, width) => {
      if (!inView(L, [i, j])) return;
      const size = Math.max(L.cell, 8);
      const x = cellX(L, j) + L.cell / 2 - size / 2;
      const y = cellY(L, i) + L.cell / 2 - size / 2;
      ctx.setLineDash(dash);
      ctx.lineWidth = width;
      ctx.strokeStyle = theme.bg;
      ctx.strokeRect(x + width, y + width, size - 2 * width, size - 2 * width);
      ctx.strokeStyle = color;
      ctx.strokeRect(x + width / 2, y + width / 2, size - width, size - width);
    };
    const sel = selected();
    if (sel) box(sel, theme.accent, [], 2);
    if (st.cursor && canvas.matches(":focus")) box(st.cursor, theme.fg, [3, 2], 1.5);
    ctx.setLineDash([]);
  }

  // ------------------------------------------------------------ draw: DOM panels
  function syncControls() {
    const norm = model.get("normalize") ?? null;
    for (const b of normButtons) {
      const on = (b.dataset.value || null) === norm;
      b.classList.toggle("cmw-active", on);
      b.setAttribute("aria-pressed", String(on));
    }
    const { base, reversed } = cmapParts(model.get("cmap"));
    if (![...cmapSelect.options].some((o) => o.value === base)) cmapSelect.append(new Option(base, base));
    cmapSelect.value = base;
    revBox.checked = reversed;
  }

  function drawNotes() {
    const list = model.get("_notes");
    notes.replaceChildren(...(Array.isArray(list) ? list : []).map((t) => {
      const n = h("div", "cmw-note", String(t));
      n.setAttribute("role", "note");
      return n;
    }));
  }

  function drawBinary() {
    const b = model.get("_binary") || {};
    const active = Number.isFinite(b.lo) && Number.isFinite(b.hi);
    binary.hidden = !active;
    if (!active) return;
    const step = b.step > 0 ? b.step : (b.hi - b.lo) / 1000 || 0.01;
    slider.min = String(b.lo);
    slider.max = String(b.hi);
    slider.step = String(step);
    const t = Number(model.get("threshold") ?? b.threshold);
    if (!st.dragging && Number.isFinite(t)) {
      slider.value = String(t);
      thrValue.textContent = t.toFixed(stepDecimals(step));
    }
    drawReadout(b);
  }

  function drawReadout(b) {
    const cd = countDigits();
    const table = h("table", "cmw-readout-table");
    const neg = String(b.neg_label ?? "negative");
    const pos = String(b.pos_label ?? "positive");
    const head = table.createTHead().insertRow();
    head.append(h("th"), h("th", null, `predicted ${neg}`), h("th", null, `predicted ${pos}`));
    const body = table.createTBody();
    const rows = [[`true ${neg}`, ["TN", b.tn], ["FP", b.fp]], [`true ${pos}`, ["FN", b.fn], ["TP", b.tp]]];
    for (const [name, ...cells] of rows) {
      const tr = body.insertRow();
      tr.append(h("th", null, name));
      for (const [tag, v] of cells) {
        const td = h("td");
        td.append(h("span", "cmw-tag", tag), doc.createTextNode(` ${formatCount(v, cd)}`));
        tr.append(td);
      }
    }
    const stats = h("div", "cmw-readout-stats");
    for (const [name, v] of [["TPR", b.tpr], ["FPR", b.fpr], ["precision", b.precision], ["F1", b.f1]]) {
      stats.append(h("span", "cmw-stat", `${name} ${formatMetric(v)}`));
    }
    readout.replaceChildren(table, stats);
  }

  function drawSelection() {
    const sel = model.get("_selection") || {};
    selPanel.replaceChildren();
    if (!Number.isInteger(sel.i) || !Number.isInteger(sel.j)) {
      selPanel.append(h("p", "cmw-hint", "Click a cell (or use the arrow keys and Enter) to see its samples."));
      return;
    }
    const sentence = h("p", "cmw-sentence");
    for (const s of Array.isArray(sel.sentence) ? sel.sentence : []) {
      const text = String(s && s.text != null ? s.text : "");
      sentence.append(s && s.em ? h("em", null, text) : doc.createTextNode(text));
    }
    selPanel.append(sentence);
    if (sel.available === false || model.get("_has_samples") === false) {
      selPanel.append(h("p", "cmw-hint",
        "Sample indices are not available for a precomputed matrix (built from counts)."));
      return;
    }
    const info = pageInfo(sel);
    if (info.total === 0) {
      selPanel.append(h("p", "cmw-hint", "No samples in this cell."));
      return;
    }
    selPanel.append(h("div", "cmw-indices", (sel.indices || []).join(", ")), pageNav(info));
    const previews = Array.isArray(sel.previews) ? sel.previews : [];
    if (previews.length) selPanel.append(previewList(previews));
  }

  function pageNav(info) {
    const nav = h("div", "cmw-pager");
    if (info.hasPrev) {
      const prev = button("cmw-prev", "Previous");
      prev.dataset.offset = String(info.prevOffset);
      nav.append(prev);
    }
    nav.append(h("span", "cmw-range", `showing ${info.first}-${info.last} of ${info.total}`));
    if (info.hasMore) {
      const more = button("cmw-more", "Show more");
      more.dataset.offset = String(info.nextOffset);
      nav.append(more);
    }
    return nav;
  }

  function previewList(previews) {
    const list = h("div", "cmw-previews");
    for (const p of previews) {
      if (!p) continue;
      if (p.kind === "image" && typeof p.src === "string" && p.src.startsWith("data:image/")) {
        const fig = h("figure", "cmw-preview-img");
        const img = h("img");
        img.src = p.src;
        img.alt = `sample ${p.index}`;
        fig.append(img, h("figcaption", null, `#${p.index}`));
        list.append(fig);
      } else if (p.kind === "text") {
        const t = h("div", "cmw-preview-text");
        t.append(h("span", "cmw-idx", `#${p.index}`), h("span", "cmw-snippet", String(p.text ?? "")));
        list.append(t);
      }
    }
    return list;
  }

  function drawMetrics() {
    const m = model.get("_metrics") || {};
    const perClass = Array.isArray(m.per_class) ? m.per_class : [];
    metrics.hidden = perClass.length === 0;
    // Built when open: a table of 1000 classes is not worth building unseen.
    st.metricsDirty = !metrics.open;
    if (!metrics.open) return;
    const cd = countDigits();
    const num = (tr, text) => tr.append(h("td", "cmw-num", text));
    metricsTable.replaceChildren();
    const head = metricsTable.createTHead().insertRow();
    for (const name of ["class", "precision", "recall", "F1", "support"]) head.append(h("th", null, name));
    const body = metricsTable.createTBody();
    for (const r of perClass) {
      const tr = body.insertRow();
      const name = h("th", null, String(r.label ?? ""));
      name.title = name.textContent;   // the cell may be cut with an ellipsis
      tr.append(name);
      for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
      num(tr, formatCount(r.support, cd));
    }
    for (const [n, r] of (Array.isArray(m.summary) ? m.summary : []).entries()) {
      const tr = body.insertRow();
      tr.className = n === 0 ? "cmw-summary-row cmw-summary-first" : "cmw-summary-row";
      tr.append(h("th", null, String(r.name ?? "")));
      if ("value" in r) {
        num(tr, "");
        num(tr, "");
        num(tr, formatMetric(r.value));
        num(tr, "");
      } else {
        for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
        num(tr, formatCount(r.support, cd));
      }
    }
  }

  // ------------------------------------------------ event handlers: label editing
  function openLabelsPanel() {
    const labels = labelList();
    const list = h("div", "cmw-labels-list");
    st.panelInputs = labels.map((text, i) => {
      const row = h("label", "cmw-label-row");
      const input = h("input", "cmw-label-input");
      input.type = "text";
      input.value = text;
      input.dataset.index = String(i);
      row.append(h("span", "cmw-label-idx", String(i)), input);
      list.append(row);
      return input;
    });
    const actions = h("div", "cmw-labels-actions");
    const save = button("cmw-save", "Save");
    const cancel = button("cmw-cancel", "Cancel");
    actions.append(save, cancel, h("span", "cmw-hint", "Enter saves, Escape cancels."));
    labelsPanel.replaceChildren(list, actions);
    labelsPanel.hidden = false;
    editBtn.setAttribute("aria-expanded", "true");
    if (st.panelInputs.length) st.panelInputs[0].focus();
  }

  function closeLabelsPanel() {
    st.panelInputs = null;
    labelsPanel.hidden = true;
    labelsPanel.replaceChildren();
    editBtn.setAttribute("aria-expanded", "false");
  }

  function saveLabelsPanel() {
    const next = st.panelInputs.map((input) => input.value);
    const old = labelList();
    closeLabelsPanel();
    if (next.length === old.length && next.some((t, i) => t !== old[i])) write("display_labels", next);
  }

  // An <input> over a tick label; Enter (or leaving it) commits, Escape cancels.
  function openInlineEditor(axis, idx) {
    if (st.editor) st.editor.finish(false);
    const L = st.layout;
    const old = labelList()[idx];
    const input = h("input", "cmw-inline-edit");
    input.type = "text";
    input.value = old;
    input.setAttribute("aria-label", `Name of class ${idx}`);
    input.dataset.lmSuppressShortcuts = "true";
    const w = axis === "y" ? Math.max(st.yLabelW + TICK_GAP + 4, 100) : 120;
    const cx = cellX(L, idx) + L.cell / 2;
    const left = axis === "y" ? L.x0 - w : clamp(cx - w / 2, 0, Math.max(0, L.width - w));
    const top = axis === "y" ? cellY(L, idx) + L.cell / 2 - 11 : L.y0 + L.grid + TICK_GAP;
    Object.assign(input.style, {
      left: `${canvas.offsetLeft + Math.max(0, left)}px`,
      top: `${canvas.offsetTop + top}px`,
      width: `${w}px`,
    });
    let done = false;
    const finish = (commit) => {
      if (done) return;
      done = true;
      st.editor = null;
      const text = input.value;
      input.remove();
      const labels = labelList();
      if (commit && text !== old && idx < labels.length) {
        const next = labels.slice();
        next[idx] = text;
        write("display_labels", next);
      }
    };
    listen(input, "keydown", (e) => {
      e.stopPropagation();
      if ((e.key === "Enter" && !e.isComposing) || e.key === "Escape") {
        e.preventDefault();
        finish(e.key === "Enter");
        canvas.focus({ preventScroll: true });
      }
    });
    listen(input, "blur", () => finish(true));
    st.editor = { finish };
    plot.append(input);
    input.focus();
    input.select();
  }

  // ---------------------------------------------------------------- event handlers
  // Click events carry whole-pixel coordinates; the pointerup just before keeps the fraction,
  // which matters when cells are smaller than a pixel.
  function pointerPos(e, afterUp = false) {
    const r = canvas.getBoundingClientRect();
    const up = st.lastUp;
    const precise = afterUp && up && Math.abs(up.x - e.clientX) < 1 && Math.abs(up.y - e.clientY) < 1;
    return precise ? [up.x - r.left, up.y - r.top] : [e.clientX - r.left, e.clientY - r.top];
  }

  // Which tick label (if any) is under a point: {axis: "x" | "y", index}.
  function labelAt(x, y) {
    const L = st.layout;
    if (!L || L.k === 0) return null;
    const half = FONT_PX / 2 + 1;
    if (x >= PAD + TITLE_BAND && x < L.x0 && y >= L.y0 - half && y < L.y0 + L.grid + half) {
      const i = tickAt(y - L.y0, L.cell, st.step, L.k, half, L.r0, L.v);
      return i >= 0 ? { axis: "y", index: i } : null;
    }
    const bottom = L.y0 + L.grid;
    if (y >= bottom && y < bottom + TICK_GAP + st.xLabels.height && x >= L.x0 - 20 && x < L.x0 + L.grid + 20) {
      const reach = st.xLabels.rotated ? half : (st.step * L.cell) / 2;
      const j = tickAt(x - L.x0, L.cell, st.step, L.k, reach, L.c0, L.v);
      return j >= 0 ? { axis: "x", index: j } : null;
    }
    return null;
  }

  function describeCell([i, j]) {
    const k = nClasses();
    const labels = labelList();
    const p = i * k + j;
    const lines = [`True: ${labels[i]}`, `Predicted: ${labels[j]}`, `Count: ${formatCount(counts()[p], countDigits())}`];
    const f = fmt();
    if (f.kind === "percent") {
      const of = NORM_OF[model.get("normalize")] || "";
      lines.push(`Shown: ${formatValue(values()[p], f)} ${of}`.trim());
    }
    return lines.join("\n");
  }

  function showTooltip(text, x, y) {
    tooltip.textContent = text;
    tooltip.hidden = false;
    // Below right of the pointer, flipped when it would leave the plot (which clips it).
    let left = canvas.offsetLeft + x + 14;
    if (left + tooltip.offsetWidth + 4 > plot.clientWidth) {
      left = Math.max(0, canvas.offsetLeft + x - tooltip.offsetWidth - 10);
    }
    let top = canvas.offsetTop + y + 14;
    if (top + tooltip.offsetHeight + 4 > plot.clientHeight) {
      top = Math.max(0, canvas.offsetTop + y - tooltip.offsetHeight - 10);
    }
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  // ------------------------------------------------- event handlers: zoom and pan
  const zoomed = () => st.zoomable && st.view !== null && st.view.v < nClasses();

  function setView(view) {
    const k = nClasses();
    const next = clampView(view, k, st.vMin);
    const cur = st.view || fullView(k);
    if (next.r0 === cur.r0 && next.c0 === cur.c0 && next.v === cur.v) return false;
    st.view = next;
    tooltip.hidden = true;
    scheduleDraw();
    return true;
  }

  // Zoom keeping `anchor` ([row, col] in class units) in place; the middle of the window by default.
  function zoomBy(factor, anchor = null) {
    if (!st.zoomable || !st.layout) return;
    const L = st.layout;
    setView(zoomView(L, factor, anchor, L.k, st.vMin));
  }

  function onZoomBarClick(e) {
    if (e.target.closest(".cmw-zoom-in")) zoomBy(ZOOM_STEP);
    else if (e.target.closest(".cmw-zoom-out")) zoomBy(1 / ZOOM_STEP);
    else if (e.target.closest(".cmw-zoom-fit")) setView(fullView(nClasses()));
  }

  // Ctrl (or Cmd) + wheel zooms around the pointer; a plain wheel scrolls the page as usual.
  function onWheel(e) {
    if (!(e.ctrlKey || e.metaKey) || !st.zoomable) return;
    e.preventDefault();   // the browser would zoom the whole page
    const [x, y] = pointerPos(e);
    zoomBy(wheelFactor(e.deltaY, e.deltaMode), viewAnchor(x, y, st.layout));
  }

  // A press on the zoomed grid may become a drag that pans; a press that does not move is a click.
  function onPointerDown(e) {
    st.panned = false;
    st.pan = null;
    if (e.button !== 0 || !zoomed()) return;
    const [x, y] = pointerPos(e);
    if (!hitTest(x, y, st.layout)) return;
    st.pan = { id: e.pointerId, x: e.clientX, y: e.clientY, view: st.layout, cell: st.layout.cell, moved: false };
  }

  function dragPan(e) {
    const p = st.pan;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (!p.moved) {
      if (Math.hypot(dx, dy) < DRAG_PX) return;
      p.moved = true;
      tooltip.hidden = true;
      try { canvas.setPointerCapture(p.id); } catch { /* the pointer is gone already */ }
    }
    canvas.style.cursor = "grabbing";
    // Measured from where the drag began, so rounding never accumulates.
    setView(panView(p.view, -dy / p.cell, -dx / p.cell, nClasses(), st.vMin));
  }

  function onPointerUp(e) {
    st.lastUp = { x: e.clientX, y: e.clientY };
    if (st.pan && st.pan.moved) {
      st.panned = true;
      canvas.style.cursor = "grab";
    }
    st.pan = null;
  }

  function onPointerMove(e) {
    if (st.pan && st.pan.id === e.pointerId) {
      dragPan(e);
      if (st.pan.moved) return;
    }
    const [x, y] = pointerPos(e);
    const cell = hitTest(x, y, st.layout);
    if (cell) {
      showTooltip(describeCell(cell), x, y);
      canvas.style.cursor = zoomed() ? "grab" : "pointer";
      return;
    }
    const lab = labelAt(x, y);
    canvas.style.cursor = lab ? "text" : "default";
    if (lab) {
      const what = lab.axis === "y" ? "True class" : "Predicted class";
      showTooltip(`${what} ${lab.index}: ${labelList()[lab.index]}\n(double-click to rename)`, x, y);
    } else {
      tooltip.hidden = true;
    }
  }

  function onClick(e) {
    if (st.panned) {
      st.panned = false;   // the end of a drag, not a click
      return;
    }
    const [x, y] = pointerPos(e, true);
    const cell = hitTest(x, y, st.layout);
    if (cell) {
      st.cursor = cell;
      write("selected", cell);
      scheduleDraw();
    } else if (!labelAt(x, y) && model.get("selected") != null) {
      write("selected", null);
    }
  }

  function onDblClick(e) {
    const [x, y] = pointerPos(e, true);
    const lab = labelAt(x, y);
    if (lab) {
      e.preventDefault();
      tooltip.hidden = true;
      openInlineEditor(lab.axis, lab.index);
    }
  }

  function onKeyDown(e) {
    const k = nClasses();
    if (k === 0) return;
    let handled = true;
    if (MOVES.has(e.key)) {
      // Zoomed in with no cursor yet, the first key starts from the window's first cell.
      const from = st.cursor || selected() || (zoomed() ? [st.view.r0, st.view.c0] : null);
      st.cursor = nextCursor(from, e.key, k, e.shiftKey ? 10 : 1);
      if (zoomed()) setView(followCursor(st.view, st.cursor, k, st.vMin));
      live.textContent = describeCell(st.cursor).replace(/\n/g, ", ");
      scheduleDraw();
    } else if (st.zoomable && !e.ctrlKey && !e.metaKey && !e.altKey && ZOOM_KEYS[e.key]) {
      const what = ZOOM_KEYS[e.key];
      if (what === "fit") setView(fullView(k));
      else {
        // Around the keyboard cursor when there is one, so it stays where the eye is.
        const c = st.cursor;
        zoomBy(what === "in" ? ZOOM_STEP : 1 / ZOOM_STEP, c ? [c[0] + 0.5, c[1] + 0.5] : null);
        if (c && zoomed()) setView(followCursor(st.view, c, k, st.vMin));
      }
    } else if (e.key === "Enter" || e.key === " ") {
      const c = st.cursor || selected() || [0, 0];
      st.cursor = c;
      write("selected", [c[0], c[1]]);
    } else if (e.key === "Escape") {
      write("selected", null);
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  function onNormClick(e) {
    const b = e.target.closest(".cmw-seg-btn");
    if (b) write("normalize", b.dataset.value || null);
  }

  function onCmapChange() {
    write("cmap", cmapName(cmapSelect.value, revBox.checked));
  }

  function onLabelsPanelKey(e) {
    e.stopPropagation();
    if (e.key === "Enter" && !e.isComposing && e.target.tagName === "INPUT") {
      e.preventDefault();
      saveLabelsPanel();
    } else if (e.key === "Escape") {
      e.preventDefault();
      closeLabelsPanel();
    }
  }

  function onLabelsPanelClick(e) {
    if (e.target.closest(".cmw-save")) saveLabelsPanel();
    else if (e.target.closest(".cmw-cancel")) closeLabelsPanel();
  }

  const writeThreshold = (v) => {
    if (!Number.isFinite(v)) return;
    st.lastThreshold = v;
    write("threshold", v);
  };
  const writeThresholdThrottled = throttle(writeThreshold, THROTTLE_MS);

  function sliderValue() {
    return parseFloat(slider.value);
  }

  function onSliderInput() {
    st.dragging = true;
    const v = sliderValue();
    const b = model.get("_binary") || {};
    thrValue.textContent = v.toFixed(stepDecimals(b.step));
    writeThresholdThrottled(v);
  }

  function onSliderChange() {
    st.dragging = false;
    writeThresholdThrottled.cancel();
    // The final value always goes out, unless it is exactly what was just written and kept.
    const v = sliderValue();
    if (v !== st.lastThreshold || model.get("threshold") !== v) writeThreshold(v);
  }

  function onSelectionClick(e) {
    const b = e.target.closest("button[data-offset]");
    if (b) model.send({ type: "page", offset: Number(b.dataset.offset) });
  }

  listen(canvas, "pointerdown", onPointerDown);
  listen(canvas, "pointermove", onPointerMove);
  listen(canvas, "pointerleave", () => { tooltip.hidden = true; });
  listen(canvas, "pointerup", onPointerUp);
  listen(canvas, "pointercancel", () => { st.pan = null; });
  canvas.addEventListener("wheel", onWheel, { signal: ac.signal, passive: false });
  listen(zoomBar, "click", onZoomBarClick);
  listen(canvas, "click", onClick);
  listen(canvas, "dblclick", onDblClick);
  listen(canvas, "keydown", onKeyDown);
  listen(canvas, "focus", scheduleDraw);
  listen(canvas, "blur", scheduleDraw);
  listen(seg, "click", onNormClick);
  listen(cmapSelect, "change", onCmapChange);
  listen(revBox, "change", onCmapChange);
  listen(editBtn, "click", () => (st.panelInputs ? closeLabelsPanel() : openLabelsPanel()));
  listen(labelsPanel, "keydown", onLabelsPanelKey);
  listen(labelsPanel, "click", onLabelsPanelClick);
  listen(slider, "input", onSliderInput);
  listen(slider, "change", onSliderChange);
  listen(selPanel, "click", onSelectionClick);
  listen(metrics, "toggle", () => { if (metrics.open && st.metricsDirty) drawMetrics(); });

  let resizer = null;
  if (typeof ResizeObserver !== "undefined") {
    resizer = new ResizeObserver(() => {
      if (st.detached || Math.abs(availableWidth() - st.width) >= 1) scheduleDraw();
    });
    resizer.observe(root);
  }
  // JupyterLab marks a theme switch on <body>; the canvas reads its colours when drawing.
  let themeTimer = null;
  let themeWatch = null;
  if (typeof MutationObserver !== "undefined" && doc.body) {
    themeWatch = new MutationObserver(() => {
      clearTimeout(themeTimer);
      themeTimer = setTimeout(scheduleDraw, 100);   // let the new stylesheet apply first
    });
    themeWatch.observe(doc.body, { attributes: true, attributeFilter: ["data-jp-theme-name", "data-jp-theme-light"] });
  }

  // ------------------------------------------------------------------ model wiring
  function onShapeChange() {
    const k = nClasses();
    if (st.cursor && (st.cursor[0] >= k || st.cursor[1] >= k)) st.cursor = null;
    st.view = null;
    if (st.editor) st.editor.finish(false);
    if (st.panelInputs && st.panelInputs.length !== k) closeLabelsPanel();
    scheduleDraw();
  }

  // A cell selected from Python outside the zoomed window: pan so that it shows.
  function onSelectedChange() {
    const sel = selected();
    if (sel && zoomed()) setView(followCursor(st.view, sel, nClasses(), st.vMin));
    scheduleDraw();
  }

  function onLabelsChange() {
    // An open panel keeps what the user typed unless the number of classes changed.
    if (st.panelInputs && st.panelInputs.length !== nClasses()) closeLabelsPanel();
    scheduleDraw();
  }

  const wiring = {
    normalize: syncControls,
    cmap: syncControls,
    _n: onShapeChange,
    display_labels: onLabelsChange,
    _counts: scheduleDraw,
    _values: scheduleDraw,
    _colors: scheduleDraw,
    _lut: scheduleDraw,
    _lut_text: scheduleDraw,
    _colorbar: scheduleDraw,
    _fmt: scheduleDraw,
    _titles: scheduleDraw,
    selected: onSelectedChange,
    _count_digits: () => { scheduleDraw(); drawBinary(); drawMetrics(); },
    threshold: drawBinary,
    _binary: drawBinary,
    _selection: drawSelection,
    _has_samples: drawSelection,
    _metrics: drawMetrics,
    _notes: drawNotes,
  };
  const wired = Object.entries(wiring).map(([name, fn]) => [`change:${name}`, fn]);
  for (const [event, fn] of wired) model.on(event, fn);

  // Seed everything from the model: the same model may be rendered more than once.
  syncControls();
  drawNotes();
  drawBinary();
  drawSelection();
  drawMetrics();
  draw();

  return () => {
    st.closed = true;
    if (st.editor) st.editor.finish(false);
    ac.abort();
    if (resizer) resizer.disconnect();
    if (themeWatch) themeWatch.disconnect();
    clearTimeout(themeTimer);
    writeThresholdThrottled.cancel();
    for (const [event, fn] of wired) model.off(event, fn);
    root.remove();
  };
}

export default { render };
