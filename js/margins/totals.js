// Totals in the margins (show_totals): each true row's total, each predicted column's total and the
// grand total, with the rule of cm_widget/_engine/margins.py: a row by numpy's pairwise sum along
// it, a column by adding the rows in order, the grand total by the pairwise sum of every cell
// (row-major). A multi-label matrix brings its own totals (the samples with each label). Pure; no DOM.

import { pairwiseSum } from "../core/derive.js";

/**
 * {rows (k), cols (cols), all} of a k x cols row-major matrix in class space, or the `given`
 * totals ({rows, cols, all}) of a multi-label matrix.
 */
export function classTotals(counts, k, cols = k, given = null) {
  if (given) return { rows: Float64Array.from(given.rows), cols: Float64Array.from(given.cols), all: Number(given.all) };
  const rows = new Float64Array(k);
  const colSums = new Float64Array(cols);
  for (let i = 0; i < k; i++) {
    rows[i] = pairwiseSum(counts, i * cols, cols);
    for (let j = 0; j < cols; j++) colSums[j] += counts[i * cols + j];
  }
  return { rows, cols: colSums, all: k * cols ? pairwiseSum(counts, 0, k * cols) : 0 };
}

/**
 * The totals of the displayed rows (= columns): each item's is the sum of its classes' (an item is
 * a class, a group of classes, or the classes gathered in "(other)"). `extra` columns after the
 * classes' (the abstained column) keep theirs, last.
 */
export function itemTotals(totals, items, k) {
  const sum = (a, members) => {
    if (members.length === 1) return a[members[0]];
    let s = 0;
    for (const c of members) s += a[c];
    return s;
  };
  const rows = Float64Array.from(items, (it) => sum(totals.rows, it.members));
  const extra = totals.cols.length - k;
  const cols = new Float64Array(items.length + Math.max(0, extra));
  items.forEach((it, r) => { cols[r] = sum(totals.cols, it.members); });
  for (let e = 0; e < extra; e++) cols[items.length + e] = totals.cols[k + e];
  return { rows, cols, all: totals.all };
}
