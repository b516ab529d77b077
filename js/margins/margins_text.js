// The tooltip of a total in the margins: its count (of the row's or column's total, outside a
// zoomed window), and what clicking it does. Pure; no DOM.

import { formatCount } from "../core/format.js";

/**
 * `total` = {kind: "row", i} | {kind: "col", j} | {kind: "all"} | {kind: "outRow", i} |
 * {kind: "outCol", j} (display positions, column K is the abstained one); `t` the displayed
 * totals, `out` a zoomed window's {view, rows, cols} outside it, `k` the columns of classes.
 */
export function describeTotal(total, t, out, k, digits) {
  const n = (v) => formatCount(v, digits);
  if (!t) return "";
  if (total.kind === "all") return `Total: ${n(t.all)}`;
  const row = total.kind.endsWith("ow");
  const whole = n(row ? t.rows[total.i] : t.cols[total.j]);
  if (!total.kind.startsWith("out")) return `${row ? "Row" : "Column"} total: ${whole}`;
  if (!out) return "";
  const at = row ? out.rows[total.i - out.view.r0] : out.cols[total.j >= k ? out.view.v : total.j - out.view.c0];
  return `Outside the window: ${n(at)} of ${whole}`;
}
