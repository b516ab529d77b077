// Marks of likely label errors on the matrix: a small corner triangle in each cell holding any,
// with their number beside it when the cell has room. Draws what it is given; reads no state.

import { cellW, cellX, cellY, inView } from "../matrix/geometry.js";

const ROOM_FOR_NUMBER = 34;   // CSS px: a cell at least this big writes its count of likely errors

/** Corner marks over the displayed grid: `marks` is n x n (display order), or null. */
export function drawIssueMarks(ctx, L, marks, theme) {
  if (!marks) return 0;
  const n = Math.round(Math.sqrt(marks.length));
  let drawn = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const count = marks[r * n + c];
      if (!count || !inView(L, [r, c])) continue;
      const w = cellW(L, c);
      const size = Math.max(3, Math.min(10, Math.min(w, L.cell) * 0.3));
      const x = cellX(L, c) + w;
      const y = cellY(L, r);
      ctx.beginPath();
      ctx.moveTo(x - size, y);
      ctx.lineTo(x, y);
      ctx.lineTo(x, y + size);
      ctx.closePath();
      ctx.fillStyle = theme.accent;
      ctx.fill();
      if (w >= ROOM_FOR_NUMBER && L.cell >= ROOM_FOR_NUMBER) {
        ctx.font = `9px ${theme.family}`;
        ctx.textAlign = "right";
        ctx.textBaseline = "top";
        ctx.fillStyle = theme.accent;
        ctx.fillText(String(count), x - size - 1, y + 1);
      }
      drawn += 1;
    }
  }
  return drawn;
}
