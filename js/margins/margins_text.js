// The tooltip of a total in the margins: which row or column it is of, and its count. Pure; no DOM.

import { formatCount } from "../core/format.js";

const ABSTAINED = "abstained";

/**
 * `total` = {kind: "row", i} | {kind: "col", j} | {kind: "all"} | {kind: "outRow", i} |
 * {kind: "outCol", j} (display positions, column K is the abstained one); `get` reads the displayed
 * state (labels, k, totals, countDigits); `out` is a zoomed window's {view, rows, cols} outside it.
 */
export function describeTotal(total, get, out = null) {
  const t = get("totals");
  if (!t) return "";
  const digits = get("countDigits");
  const labels = get("labels");
  const what = get("multilabel") ? "label" : "class";
  if (total.kind === "all") return `Total: ${formatCount(t.all, digits)}`;
  if (total.kind === "outRow" && out) {
    const r = total.i - out.view.r0;
    return `True ${what}: ${labels[total.i]}\nOutside the window: ${formatCount(out.rows[r], digits)} ` +
      `of the row's ${formatCount(t.rows[total.i], digits)}\n(in the columns not shown)`;
  }
  if (total.kind === "outCol" && out) {
    const c = total.j >= get("k") ? out.view.v : total.j - out.view.c0;
    const name = total.j >= get("k") ? ABSTAINED : labels[total.j];
    return `Predicted: ${name}\nOutside the window: ${formatCount(out.cols[c], digits)} ` +
      `of the column's ${formatCount(t.cols[total.j], digits)}\n(in the rows not shown)`;
  }
  if (total.kind === "row") {
    return `True ${what}: ${labels[total.i]}\nRow total: ${formatCount(t.rows[total.i], digits)}\n(click to select the row)`;
  }
  const name = total.j >= get("k") ? ABSTAINED : labels[total.j];
  return `Predicted: ${name}\nColumn total: ${formatCount(t.cols[total.j], digits)}\n(click to select the column)`;
}
