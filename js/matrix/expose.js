// What the matrix's canvas tells readers of the page (tests, assistive technology) about the last
// draw: its layout in data- attributes and a description in its aria-label.

import { viewText } from "./geometry.js";

/**
 * Writes the layout `L` of the last draw of `k` classes on `canvas`: the grid's origin and cell
 * size, the window shown, the abstained column and the totals, the axis titles (`captions`) and
 * the keys that work; `st` is the matrix's view state (columns, whether it zooms).
 * @param {HTMLCanvasElement} canvas
 * @param {any} L
 * @param {number} k
 * @param {{cols: number, zoomable: boolean}} st
 * @param {{x: string, y: string, bar: string}} captions
 */
export function exposeLayout(canvas, L, k, st, captions) {
  canvas.dataset.cellX0 = String(L.x0);
  canvas.dataset.cellY0 = String(L.y0);
  canvas.dataset.cellSize = String(L.cell);
  canvas.dataset.viewRow0 = String(L.r0);
  canvas.dataset.viewCol0 = String(L.c0);
  canvas.dataset.viewSize = String(L.v);
  // The abstained column: columns in all (K + 1 with it), its left edge and width ("" without).
  canvas.dataset.cols = String(st.cols);
  canvas.dataset.extraX0 = L.extra ? String(L.xExtra) : "";
  canvas.dataset.extraWidth = L.extra ? String(L.xw) : "";
  // The totals: the column's left edge and width, the row's top and height ("" without them).
  const t = L.tot ? [L.xTot, L.tot.w, L.yTot, L.tot.h] : ["", "", "", ""];
  ["totalsX0", "totalsWidth", "totalsY0", "totalsHeight"].forEach((name, p) => { canvas.dataset[name] = String(t[p]); });
  // The titles as drawn in full (the canvas may wrap or shorten them).
  canvas.dataset.xTitle = captions.x;
  canvas.dataset.yTitle = captions.y;
  canvas.dataset.barTitle = captions.bar;
  canvas.setAttribute("aria-label", `Confusion matrix of ${k} classes. Rows: ${captions.y}. ` +
    `Columns: ${captions.x}. Colours: ${captions.bar}` +
    (L.extra ? ". The last column counts the samples the model abstained on" : "") +
    ". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, " +
    "C its predicted column, E every error; Escape goes back to the notebook and keeps the selection." +
    (st.zoomable ? ` Showing ${viewText(L, k)}; plus and minus zoom, 0 shows all.` : ""));
}
