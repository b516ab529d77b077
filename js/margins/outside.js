// Zoomed in, the margins also say how much of each row and column shown lies outside the window:
// right of the grid, each shown row's count in the columns not shown; under it, each shown column's
// count in the rows not shown (the abstained column, always shown, too). With the cells in view they
// add up to the row's and the column's totals. Pure; no DOM.

/**
 * {rows (v), cols (v, or v + 1 with the abstained column)} of the n x n displayed `counts` for the
 * window {r0, c0, v}; `extra` is the abstained column's counts per displayed row, or null.
 */
export function outsideCounts(counts, n, view, extra = null) {
  const { r0, c0, v } = view;
  const rows = new Float64Array(v);
  for (let i = r0; i < r0 + v; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) if (j < c0 || j >= c0 + v) s += counts[i * n + j];
    rows[i - r0] = s;
  }
  const cols = new Float64Array(v + (extra ? 1 : 0));
  for (let i = 0; i < n; i++) {
    if (i >= r0 && i < r0 + v) continue;
    for (let j = c0; j < c0 + v; j++) cols[j - c0] += counts[i * n + j];
    if (extra) cols[v] += extra[i];
  }
  return { rows, cols };
}
