// Outlines of a selection of several cells on the matrix canvas, in display positions: a true
// row or a predicted column as one band, every error as the grid with its diagonal struck
// through, a list of cells as one box each (only those in the window).

import { cellW, cellX, cellY, inView } from "../matrix/geometry.js";

/**
 * `marks` = {rows: [r], cols: [c], cells: [[r, c]], errors: bool} in display positions (from
 * js/order/display.js), or null.
 */
export function drawSelectionMarks(ctx, L, marks, theme) {
  if (!marks) return;
  const width = 2;
  const stroke = (x, y, w, h) => {
    ctx.lineWidth = width;
    ctx.strokeStyle = theme.bg;
    ctx.strokeRect(x + width, y + width, w - 2 * width, h - 2 * width);
    ctx.strokeStyle = theme.accent;
    ctx.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
  };
  ctx.setLineDash([]);
  const rowsShown = (r) => r >= L.r0 && r < L.r0 + L.v;
  const colsShown = (c) => (L.extra && c >= L.k) || (c >= L.c0 && c < L.c0 + L.v);
  const right = L.extra ? L.xExtra + L.xw : L.x0 + L.grid;
  for (const r of marks.rows || []) {
    if (rowsShown(r)) stroke(L.x0, cellY(L, r), right - L.x0, Math.max(L.cell, 4));
  }
  for (const c of marks.cols || []) {
    if (colsShown(c)) stroke(cellX(L, c), L.y0, Math.max(cellW(L, c), 4), L.grid);
  }
  if (marks.errors) {
    stroke(L.x0, L.y0, L.grid, L.grid);
    // The diagonal is not selected: a line through it.
    ctx.beginPath();
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.accent;
    ctx.setLineDash([3, 3]);
    for (let r = L.r0; r < L.r0 + L.v; r++) {
      if (r < L.c0 || r >= L.c0 + L.v) continue;
      ctx.moveTo(cellX(L, r), cellY(L, r));
      ctx.lineTo(cellX(L, r) + L.cell, cellY(L, r) + L.cell);
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const [r, c] of marks.cells || []) {
    if (!inView(L, [r, c])) continue;
    const w = Math.max(cellW(L, c), 8);
    const h = Math.max(L.cell, 8);
    stroke(cellX(L, c) + cellW(L, c) / 2 - w / 2, cellY(L, r) + L.cell / 2 - h / 2, w, h);
  }
}
