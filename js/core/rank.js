// The largest errors of a matrix, ranked in the page from its counts with the engine's rule
// (cm_widget/_order.top_confusions; tests/test_order_page.py checks them against it). Pure.

import { pairwiseSum } from "./derive.js";

/**
 * The `n` largest off-diagonal cells as [[i, j, count, share of row i]], largest first, equal
 * counts in row-major order; empty cells are not errors and never listed. Shares divide by
 * `rowTotals` when given (rows with abstained samples, or a multi-label matrix's supports).
 */
export function topConfusions(counts, k, n, rowTotals = null) {
  const top = [];   // [count, cell], kept sorted: largest first, then by cell
  if (!(n > 0)) return [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = counts[i * k + j];
      // Cells come in row-major order, so an equal count never beats one already kept.
      if (i === j || !(v > 0) || (top.length === n && v <= top[n - 1][0])) continue;
      let at = top.length;
      while (at > 0 && top[at - 1][0] < v) at--;
      top.splice(at, 0, [v, i * k + j]);
      if (top.length > n) top.pop();
    }
  }
  return top.map(([v, cell]) => {
    const i = Math.floor(cell / k);
    const row = rowTotals ? rowTotals[i] : pairwiseSum(counts, i * k, k);
    return [i, cell - i * k, v, row === 0 ? 0 : v / row];
  });
}
