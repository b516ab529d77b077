// The matrix canvas: layout, drawing, zoom and pan, the keyboard cursor, the tooltip and
// hit-testing; double-clicking a tick label opens the inline label editor.
// Keys: k, labels, counts, values, colors, lut, lutText, fmt, countDigits, colorbar, selected,
// normalize, abstained (the abstained column, drawn after the classes' columns as column K).
// Writes the selected and display_labels intents.

import { drawIssueMarks } from "../rank/marks.js";
import { listen, scope } from "../ui/dom.js";
import {
  EXTRA_GAP, PAD, TICK_GAP, TITLE_BAND, MAX_LABEL_W, ZOOM_STEP,
  canZoom, cellX, cellY, clampView, computeLayout, focusView, followCursor, fullView, gridForHeight, hitTest, minViewSize,
  panView, tickAt, tickIndices, tickStep, viewAnchor, viewText, wheelFactor, zoomView,
} from "./geometry.js";
import { openInlineEditor } from "../ui/label_editor.js";
import {
  ABSTAINED, FONT_PX, cellBitmap, colorbarWidth, drawAbstainedCells, drawAxes, drawCellTexts, drawCells,
  drawColorbar, drawGridBorder, drawMarks, drawOutline, lutCss,
} from "./matrix_draw.js";
import { watch } from "../core/state.js";
import { drawSelectionMarks } from "../select/marks.js";
import { captionsOf, wrapText } from "./mode_caption.js";
import { clamp } from "../core/util.js";
import { themedLut } from "../core/colors.js";
import { lightText } from "../core/derive.js";
import { drawTotals, totalAt, totalsBand } from "../margins/draw_totals.js";
import { outsideCounts } from "../margins/outside.js";
import { describeTotal } from "../margins/margins_text.js";
import { availableHeight, watchRoom } from "./room.js";
import { describeCell, gathered } from "./cell_text.js";
import { matrixKeys } from "./keys.js";
import { exposeLayout } from "./expose.js";

const FALLBACK_WIDTH = 720;       // used while the element is not in the page yet
const DRAG_PX = 4;                // a press that moves this far pans instead of clicking

const KEYS = ["k", "labels", "counts", "values", "colors", "lut", "lutText", "fmt", "countDigits", "colorbar",
  "selected", "normalize", "focus", "abstained", "topK", "abstainAt", "compareState", "run", "level", "multilabel",
  "issueMarks", "marks", "hasSelection", "totals", "showTotals"];
const FOCUS_SIDE = 24;            // classes shown around a cell brought into view (when zoomable)

/**
 * `report({k, draws, lastMs, firstMs})` is told after every draw (the widget exposes it to tests).
 * `room()` gives the width to draw into (default: the element's own); a change in the size of
 * any of `sizers` redraws.
 */
export function createMatrix({
  state, dom, signal, report = (/** @type {object} */ _facts) => {}, startedAt = performance.now(), room = null, sizers = [],
}) {
  const ac = scope(signal);
  const on = (target, type, fn, opts) => listen(target, type, fn, ac.signal, opts);
  const { doc, h, button } = dom;

  // ------------------------------------------------------------------------- DOM
  const el = h("div", "cmw-matrix");
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
  zoomBar.append(zoomOut, zoomIn, zoomFit, viewRange, h("span", "cmw-hint", "Ctrl/\u2318 + wheel zooms, drag pans"));
  zoomBar.hidden = true;
  // What a cell means when a mode changes it (top-k, abstaining, compare, groups, ...): one badge each.
  const modeBar = h("div", "cmw-mode");
  modeBar.setAttribute("aria-live", "polite");
  modeBar.hidden = true;
  const plot = h("div", "cmw-plot");
  const canvas = h("canvas", "cmw-canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  const tooltip = h("div", "cmw-tooltip");
  tooltip.hidden = true;
  plot.append(canvas, tooltip);
  const live = h("div", "cmw-sr");
  live.setAttribute("aria-live", "polite");
  el.append(modeBar, zoomBar, plot, live);

  // ----------------------------------------------------------------------- state
  const st = {
    queued: false,
    draws: 0,
    firstDrawn: false,
    width: 0,
    k: -1,
    layout: null,
    step: 1,
    yLabelW: 0,
    xLabels: { rotated: false, extraRotated: false, height: 0 },
    cols: 0,                // columns drawn: K, or K + 1 with the abstained column
    cursor: null,
    view: null,             // the window asked for ({r0, c0, v}); null shows every class
    zoomable: false,        // the last draw offered zoom controls
    vMin: 1,                // the fewest classes the window may show at the current width
    pan: null,              // a press on the grid that may become a drag: {id, x, y, view, cell, moved}
    panned: false,          // the last press was a drag, so its click selects nothing
    detached: false,        // the last draw happened outside the page
    lastUp: null,           // where the last pointerup happened (fractional CSS px)
    editor: null,           // inline label editor {finish}
  };
  const memo = {
    css: null, cssOf: null, widths: new Map(), bitmap: null, bitmapOf: [null, null],
    themed: null, themedOf: [null, null], drawn: null,
  };
  const get = (key) => state.get(key);

  // The colour table as drawn on the page's background `bg` (themedLut: on a dark page the low
  // end fades into it), with its text colours; the difference view's table is drawn as it is.
  const drawnLut = (bg) => {
    const lut = get("lut");
    const drawn = get("compareState") ? lut : themedLut(lut, bg);
    if (drawn === lut) return { lut, lutText: get("lutText") };
    if (memo.themedOf[0] !== lut || memo.themedOf[1] !== bg) {
      memo.themed = { lut: drawn, lutText: lightText(drawn) };
      memo.themedOf = [lut, bg];
    }
    return memo.themed;
  };
  const css = () => {
    const lut = memo.drawn.lut;
    if (memo.cssOf !== lut) memo.css = lutCss(lut);
    memo.cssOf = lut;
    return memo.css;
  };
  // One pixel per cell, kept until the colours or the colour table change.
  const bitmap = () => {
    const colors = get("colors");
    const lut = memo.drawn.lut;
    if (memo.bitmap && memo.bitmapOf[0] === colors && memo.bitmapOf[1] === lut) return memo.bitmap;
    memo.bitmap = cellBitmap(doc, memo.bitmap, colors, lut, get("k"));
    memo.bitmapOf = [colors, lut];
    return memo.bitmap;
  };

  function maxTextWidth(ctx, texts) {
    const key = ctx.font;
    const hit = memo.widths.get(key);
    if (hit && hit.texts === texts) return hit.w;
    let w = 0;
    for (const t of texts) w = Math.max(w, ctx.measureText(t).width);
    memo.widths.set(key, { texts, w });
    return w;
  }

  // ------------------------------------------------------------------------ draw
  function scheduleDraw() {
    if (st.queued || ac.signal.aborted) return;
    st.queued = true;
    queueMicrotask(() => {
      st.queued = false;
      if (!ac.signal.aborted) draw();
    });
  }

  function readTheme() {
    const view = doc.defaultView;
    const cs = view && view.getComputedStyle ? view.getComputedStyle(el) : null;
    const v = (name, fallback) => ((cs && cs.getPropertyValue(name)) || "").trim() || fallback;
    return {
      fg: (cs && cs.color) || "#1f1f1f",
      muted: v("--cmw-muted", "#616161"),
      accent: v("--cmw-accent", "#1976d2"),
      border: v("--cmw-border", "#bdbdbd"),
      bg: v("--cmw-bg", "#ffffff"),
      family: (cs && cs.fontFamily) || "sans-serif",
    };
  }

  const availableWidth = () => (room ? room() : el.clientWidth) || FALLBACK_WIDTH;

  // A new number of classes: the cursor, the window and an open editor belong to the old one.
  function onShape(k) {
    if (st.cursor && (st.cursor[0] >= k || st.cursor[1] >= k)) st.cursor = null;
    st.view = null;
    if (st.editor) st.editor.finish(false);
    st.k = k;
  }

  // Columns of the matrix drawn: the classes, and the abstained column when there is one.
  const colsOf = (k) => k + (k > 0 && get("abstained") ? 1 : 0);
  // The class column the window follows for a cell: the abstained column is always in view.
  const classCell = (c) => (c[1] >= get("k") ? [c[0], st.view ? st.view.c0 : 0] : c);

  function draw() {
    const t0 = performance.now();
    const k = get("k");
    if (k !== st.k) onShape(k);
    const extra = get("abstained");
    st.cols = colsOf(k);
    if (st.cursor && st.cursor[1] >= st.cols) st.cursor = null;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const theme = readTheme();
    memo.drawn = drawnLut(theme.bg);
    st.detached = !el.isConnected;   // theme and width are guesses until the element is in the page
    const font = (px, bold) => `${bold ? "600 " : ""}${px}px ${theme.family}`;
    const labels = get("labels");
    st.width = availableWidth();
    ctx.font = font(FONT_PX);
    const labelMax = Math.min(MAX_LABEL_W, Math.max(40, Math.round(st.width * 0.2)));
    const yLabelWidth = Math.ceil(Math.min(labelMax, maxTextWidth(ctx, labels)));
    const barTicks = get("colorbar");
    const rightWidth = colorbarWidth(ctx, barTicks);
    const captions = captionsOf(get);
    showBadges(captions.badges);
    // Cells shrink so that the canvas fits the height on screen (availableHeight): the grid is
    // capped by a first layout at the width alone.
    st.height = availableHeight(el, canvas, doc);
    // Totals in the margins: their room is measured at the cell size the width alone gives.
    const totals = get("showTotals") ? get("totals") : null;
    const band = (cell, outside = false) => (totals && k > 0
      ? totalsBand(ctx, totals, get("countDigits"), cell, font, outside) : null);
    let totBand = band(computeLayout(k, st.width, { yLabelWidth, rightWidth, extra: extra ? 1 : 0 }).cell);
    const probeOpts = { yLabelWidth, rightWidth, extra: extra ? 1 : 0, xTitleLines: 1, totals: totBand,
      xLabelHeight: Math.min(MAX_LABEL_W, maxTextWidth(ctx, labels)) };
    let maxGrid;
    for (let pass = 0; pass < 3; pass++) {   // the room and the grid differ by the abstained column
      const probe = computeLayout(k, st.width, { ...probeOpts, maxGrid });
      const next = gridForHeight(probe, st.height);
      if (next === undefined || next === maxGrid) break;
      maxGrid = next;
    }
    const full = computeLayout(k, st.width, { yLabelWidth, rightWidth, extra: extra ? 1 : 0, maxGrid, totals: totBand });
    st.zoomable = k > 0 && canZoom(k, full.room);
    st.vMin = minViewSize(k, full.room);
    const view = st.zoomable ? clampView(st.view, k, st.vMin) : fullView(k);
    st.view = st.zoomable ? view : null;
    // Zoomed in, a band before the totals says how much of each row and column lies outside the window.
    const outside = st.zoomable && view.v < k;
    totBand = band(computeLayout(k, st.width, { yLabelWidth, rightWidth, view, extra: extra ? 1 : 0, maxGrid,
      totals: totBand, outside }).cell, outside);
    const base = { yLabelWidth, rightWidth, view, extra: extra ? 1 : 0, maxGrid, totals: totBand, outside };
    const pre = computeLayout(k, st.width, base);
    st.step = tickStep(view.v, pre.cell);
    st.xLabels = xLabelPlan(ctx, labels, pre, labelMax);
    ctx.font = font(FONT_PX, true);
    const xTitle = wrapText(captions.x, Math.max(pre.width - 2 * PAD, 60), (t) => ctx.measureText(t).width);
    ctx.font = font(FONT_PX);
    const L = computeLayout(k, st.width, { ...base, xLabelHeight: st.xLabels.height, xTitleLines: xTitle.length });
    st.layout = L;
    st.yLabelW = yLabelWidth;   // the inline editor over a row label is as wide
    sizeCanvas(ctx, L);
    const colors = get("colors");
    if (k === 0) {
      ctx.fillStyle = theme.muted;
      ctx.font = font(FONT_PX);
      ctx.fillText("No data", PAD, PAD + FONT_PX);
    } else {
      if (colors.length >= k * k) drawCells(ctx, L, colors, css(), bitmap);
      if (extra) drawAbstainedCells(ctx, L, extra.colors, css());
      drawGridBorder(ctx, L, theme);
      st.outside = L.out ? { view: { r0: L.r0, c0: L.c0, v: L.v },
        ...outsideCounts(get("counts"), k, L, extra ? extra.counts : null) } : null;
      drawTotals(ctx, L, totals, st.outside, get("countDigits"), theme, font);
      drawCellTexts(ctx, L, {
        values: get("values"), counts: get("counts"), colors, lut: memo.drawn.lut, lutText: memo.drawn.lutText,
        fmt: get("fmt"), countDigits: get("countDigits"), abstained: extra,
      }, theme);
      drawAxes(ctx, L, labels, labelMax, { step: st.step, ...st.xLabels }, { x: xTitle, y: captions.y }, theme, font);
      drawColorbar(ctx, L, barTicks, css(), theme, font, captions.bar);
      canvas.dataset.issueMarks = String(drawIssueMarks(ctx, L, get("issueMarks"), theme));
      const cursor = st.cursor && canvas.matches(":focus") ? st.cursor : null;
      drawSelectionMarks(ctx, L, get("marks"), theme);
      drawMarks(ctx, L, get("selected"), cursor, theme);
      const focus = get("focus");
      if (focus && focus.outline) drawOutline(ctx, L, focus.r, focus.c, theme);
    }
    drawZoomBar(L);
    exposeGeometry(L, k, t0, captions);
  }

  function showBadges(badges) {
    const now = [...modeBar.children].map((b) => b.textContent);
    if (now.length === badges.length && now.every((t, n) => t === badges[n])) return;
    modeBar.replaceChildren(...badges.map((text) => h("span", "cmw-badge", text)));
    modeBar.hidden = badges.length === 0;
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
    const dpr = (doc.defaultView && doc.defaultView.devicePixelRatio) || 1;
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

  // Data attributes the browser tests read (see tests/browser/cm_page.py).
  function exposeGeometry(L, k, t0, captions) {
    const now = performance.now();
    canvas.dataset.heightRoom = Number.isFinite(st.height) ? String(st.height) : "";
    st.draws += 1;
    let firstMs = null;
    if (!st.firstDrawn && k > 0) {
      // From the widget's start when the data was there from the start, else this draw's duration.
      st.firstDrawn = true;
      firstMs = now - (st.draws === 1 ? startedAt : t0);
    }
    report({ k, draws: st.draws, lastMs: now - t0, firstMs, view: { r0: L.r0, c0: L.c0, v: L.v } });
    exposeLayout(canvas, L, k, st, captions);
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
    // The abstained column's label: turned on its own when it is wider than its column and gap.
    const aw = L.extra ? ctx.measureText(ABSTAINED).width : 0;
    const extraRotated = L.extra > 0 && (rotated || aw > L.xw + EXTRA_GAP - 2);
    const height = Math.max(rotated ? w : FONT_PX + 2, extraRotated ? aw : 0);
    return { rotated, extraRotated, height: Math.ceil(height) };
  }

  // ---------------------------------------------------------------- inline editor
  function openEditor(axis, idx) {
    if (st.editor) st.editor.finish(false);
    const L = st.layout;
    const w = axis === "y" ? Math.max(st.yLabelW + TICK_GAP + 4, 100) : 120;
    const cx = cellX(L, idx) + L.cell / 2;
    const left = axis === "y" ? L.x0 - w : clamp(cx - w / 2, 0, Math.max(0, L.width - w));
    const top = axis === "y" ? cellY(L, idx) + L.cell / 2 - 11 : L.y0 + L.grid + (L.below || 0) + TICK_GAP;
    const box = { left: canvas.offsetLeft + Math.max(0, left), top: canvas.offsetTop + top, width: w };
    const labels = get("labels");
    st.editor = openInlineEditor({
      dom, host: plot, box, name: labels[idx], index: idx,
      done: (name, byKey) => {
        st.editor = null;
        const now = get("labels");
        if (name !== null && idx < now.length) {
          const next = now.slice();
          next[idx] = name;
          state.set("display_labels", next);
        }
        if (byKey) canvas.focus({ preventScroll: true });
      },
    });
  }

  // -------------------------------------------------------------- event handlers
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
    const bottom = L.y0 + L.grid + (L.below || 0);
    const xEnd = L.x0 + L.grid + (L.extra ? EXTRA_GAP / 2 : 20);   // not the abstained column's label
    if (y >= bottom && y < bottom + TICK_GAP + st.xLabels.height && x >= L.x0 - 20 && x < xEnd) {
      const reach = st.xLabels.rotated ? half : (st.step * L.cell) / 2;
      const j = tickAt(x - L.x0, L.cell, st.step, L.k, reach, L.c0, L.v);
      return j >= 0 ? { axis: "x", index: j } : null;
    }
    return null;
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

  // ---------------------------------------------------- event handlers: zoom and pan
  const zoomed = () => st.zoomable && st.view !== null && st.view.v < get("k");

  function setView(view) {
    const k = get("k");
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
    else if (e.target.closest(".cmw-zoom-fit")) setView(fullView(get("k")));
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
    setView(panView(p.view, -dy / p.cell, -dx / p.cell, get("k"), st.vMin));
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
      showTooltip(describeCell(get, cell), x, y);
      canvas.style.cursor = zoomed() ? "grab" : "pointer";
      return;
    }
    const total = totalAt(x, y, st.layout);
    if (total) {
      showTooltip(describeTotal(total, get("totals"), st.outside, get("k"), get("countDigits")), x, y);
      canvas.style.cursor = total.kind === "row" || total.kind === "col" ? "pointer" : "default";
      return;
    }
    const lab = labelAt(x, y);
    canvas.style.cursor = lab ? "text" : "default";
    if (lab) {
      const what = lab.axis === "y" ? "True class" : "Predicted class";
      const line = lab.axis === "y" ? "row" : "column";
      const n = gathered(get, lab.index);
      showTooltip(n ? `${get("labels")[lab.index]}: the ${n} classes after the first ${lab.index} of the order`
        : `${what} ${lab.index}: ${get("labels")[lab.index]}\n(click to select the ${line}, double-click to rename)`, x, y);
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
    // A row's total selects the row, as its name does; a column's the column.
    const total = /** @type {any} */ (cell ? null : totalAt(x, y, st.layout) || {});
    const lab = cell ? null : total.kind === "row" ? { axis: "y", index: total.i }
      : total.kind === "col" ? { axis: "x", index: total.j } : total.kind ? null : labelAt(x, y);
    if (cell) {
      st.cursor = cell;
      // Shift-click adds the cell to the selection (or takes it out).
      state.set("selected", e.shiftKey ? { add: cell } : cell);
      scheduleDraw();
    } else if (lab) {
      state.set("selected", lab.axis === "y" ? { row: lab.index } : { col: lab.index });
    } else if (get("hasSelection")) {
      state.set("selected", null);
    }
  }

  function onDblClick(e) {
    const [x, y] = pointerPos(e, true);
    const lab = labelAt(x, y);
    if (lab && !gathered(get, lab.index)) {   // "(other)" is no class to rename
      e.preventDefault();
      tooltip.hidden = true;
      openEditor(lab.axis, lab.index);
    }
  }


  on(canvas, "pointerdown", onPointerDown);
  on(canvas, "pointermove", onPointerMove);
  on(canvas, "pointerleave", () => { tooltip.hidden = true; });
  on(canvas, "pointerup", onPointerUp);
  on(canvas, "pointercancel", () => { st.pan = null; });
  on(canvas, "wheel", onWheel, { passive: false });
  on(zoomBar, "click", onZoomBarClick);
  on(canvas, "click", onClick);
  on(canvas, "dblclick", onDblClick);
  const onKeyDown = matrixKeys({
    st, get, state, live, zoomed, classCell, colsOf, setView, zoomBy, scheduleDraw,
    describe: (cell) => describeCell(get, cell),
  });
  on(canvas, "keydown", onKeyDown);
  on(canvas, "focus", scheduleDraw);
  on(canvas, "blur", scheduleDraw);

  watchRoom({
    el, sizers, doc, signal: ac.signal, redraw: scheduleDraw,
    // a redraw when the width or the height the canvas may take changed, or the element came back
    changed: (resized) => (resized && (st.detached || Math.abs(availableWidth() - st.width) >= 1)) ||
      !(Math.abs(availableHeight(el, canvas, doc) - st.height) < 1),
  });
  ac.signal.addEventListener("abort", () => { if (st.editor) st.editor.finish(false); }, { once: true });

  // A cell selected from Python outside the zoomed window: pan so that it shows.
  // A cell brought into view (the search, the list of errors): zoom in around it.
  let lastSelected = get("selected");
  let lastFocus = get("focus");
  function update() {
    const sel = get("selected");
    const focus = get("focus");
    const moved = sel && !(lastSelected && sel[0] === lastSelected[0] && sel[1] === lastSelected[1]);
    if (focus !== lastFocus && focus && st.zoomable) {
      setView(focusView(st.view, [focus.r, focus.c], get("k"), FOCUS_SIDE, st.vMin));
    } else if (moved && zoomed()) {
      setView(followCursor(st.view, classCell(sel), get("k"), st.vMin));
    }
    lastSelected = sel;
    lastFocus = focus;
    draw();
  }
  watch(state, KEYS, update, ac.signal);
  draw();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
