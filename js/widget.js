// cm_widget front end: wires the components to a state source. The UI lives in the component
// modules; the live model is read through js/source_model.js and decoded by js/state.js.

import { createCalibration } from "./uncertainty/calibration.js";
import { createCellInterval } from "./uncertainty/cell_interval.js";
import { createCompare } from "./runs/compare.js";
import { createControls } from "./ui/controls.js";
import { createCostCurve, createCostSentence } from "./costs/costs.js";
import { domOf, listen } from "./ui/dom.js";
import { MAX_CELL, MAX_GRID } from "./matrix/geometry.js";
import { createLabelEditor } from "./ui/label_editor.js";
import { createManyClasses } from "./order/many_classes.js";
import { createMatrix } from "./matrix/matrix.js";
import { createMetrics } from "./matrix/metrics.js";
import { createNotes } from "./ui/notes.js";
import { createRank } from "./rank/rank.js";
import { createRuns } from "./runs/runs.js";
import { createScores } from "./scores/scores.js";
import { createSelection } from "./matrix/selection.js";
import { createSelectBar } from "./select/select_bar.js";
import { createDownload } from "./select/download.js";
import { createSlices } from "./slices/slices.js";
import { createScale } from "./scale/scale.js";
import { createTotalsToggle } from "./margins/toggle.js";
import { createTopPicker } from "./margins/top_picker.js";
import { modelSource } from "./core/source_model.js";
import { createState } from "./core/state.js";
import { createTable } from "./ui/table.js";
import { createThreshold } from "./binary/threshold.js";

const MIN_BESIDE = 300;     // CSS px: the least room the matrix keeps beside the score views
const LABEL_ROOM = 200;    // CSS px: about what tick labels, titles and the colour bar take
const SIDE_GAP = 16;       // CSS px between the matrix and the score views (.cmw-main in widget.css)

/**
 * Whether the score views stand beside the matrix: when the room left to the matrix is what it
 * would draw at (its cells at full size, or 60% of the row) and at least MIN_BESIDE.
 * Returns the width the matrix draws into.
 */
export function matrixRoom(total, side, k) {
  const beside = total - side - SIDE_GAP;
  const want = Math.min(MAX_GRID, Math.max(k, 1) * MAX_CELL) + LABEL_ROOM;
  return side > 0 && beside >= Math.max(MIN_BESIDE, Math.min(want, 0.6 * total)) ? beside : total;
}

/**
 * The matrix and the score views (curves, abstain, per-label tables) side by side. The matrix is
 * as wide as its drawing; the views wrap under it when the row is too narrow for both.
 */
function besideMatrix(ctx, matrixCtx) {
  const row = ctx.dom.h("div", "cmw-main");
  const scores = createScores(ctx);
  scores.el.classList.add("cmw-side");
  scores.el.append(createCostCurve(ctx).el);   // under the curves: the ROC's column
  const room = () => matrixRoom(row.clientWidth, scores.el.offsetWidth, matrixCtx.state.get("k") || 0);
  const matrix = createMatrix({ ...matrixCtx, room, sizers: [row, scores.el] });
  row.append(matrix.el, scores.el);
  return { el: row, matrix, scores };
}

// The components in page order, each built on the same decoded state.
function components(ctx) {
  const labels = createLabelEditor(ctx);
  const many = createManyClasses(ctx);   // the matrix is drawn in display order
  return [
    createControls({ ...ctx, extra: [labels.button] }),
    labels,
    createThreshold(ctx),
    createTable(ctx),
    createNotes(ctx),
    many.panel,
    besideMatrix(ctx, many.matrixCtx),
    many.table,
    createRuns(ctx), createCompare(ctx),
    createSelection(ctx),
    createRank(ctx),
    createCellInterval(ctx),
    // Under the panel: the sentence keeps its place right under the matrix.
    createSelectBar({ ...ctx, extra: [createDownload(ctx).el, createScale(ctx).el, createTotalsToggle(ctx).el,
      createTopPicker(ctx).el] }),
    createSlices(ctx),
    createMetrics(ctx),
    createCostSentence(ctx),
    createCalibration(ctx),
  ];
}

/**
 * Build the widget into `el` from a raw state source (the live model, or embedded data).
 * Returns a function that tears everything down.
 */
export function mount(source, el, startedAt = performance.now()) {
  const dom = domOf(el.ownerDocument || document);
  const ac = new AbortController();
  const state = createState(source);
  const root = dom.h("div", "cmw");
  // Keys pressed in the widget stay in it: JupyterLab reads its shortcuts from keydown bubbling
  // to the document, so they stop here (after every control of the widget had them).
  root.dataset.lmSuppressShortcuts = "true";
  listen(root, "keydown", (e) => {
    e.stopPropagation();
    // Escape leaves the widget as it leaves a cell's editor: the focus goes to the notebook
    // around it (the nearest focusable ancestor: the cell, in command mode); the selection stays.
    if (e.key === "Escape" && !e.defaultPrevented) {
      e.preventDefault();
      const around = el.closest("[tabindex]");
      if (around) around.focus({ preventScroll: true });
      else if (root.contains(dom.doc.activeElement)) dom.doc.activeElement.blur();
    }
  }, ac.signal);
  const report = ({ k, draws, lastMs, firstMs }) => {
    root.dataset.k = String(k);
    root.dataset.drawCount = String(draws);
    root.dataset.lastDrawMs = lastMs.toFixed(1);
    if (firstMs !== null) root.dataset.firstDrawMs = firstMs.toFixed(1);
  };
  const parts = components({ state, dom, signal: ac.signal, report, startedAt });
  root.append(...parts.map((p) => p.el));
  el.appendChild(root);
  return () => {
    ac.abort();
    root.remove();
  };
}

function render({ model, el }) {
  return mount(modelSource(model), el);
}

// anywidget's module shape: a default object with the view's render (a named render is deprecated).
export default { render };
