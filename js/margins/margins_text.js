// The tooltip of a total in the margins: which row or column it is of, and its count. Pure; no DOM.

import { formatCount } from "../core/format.js";

const ABSTAINED = "abstained";

/**
 * `total` = {kind: "row", i} | {kind: "col", j} | {kind: "all"} (display positions, column K is
 * the abstained one); `get` reads the displayed state (labels, k, totals, countDigits).
 */
export function describeTotal(total, get) {
  const t = get("totals");
  if (!t) return "";
  const digits = get("countDigits");
  const labels = get("labels");
  const what = get("multilabel") ? "label" : "class";
  if (total.kind === "all") return `Total: ${formatCount(t.all, digits)}`;
  if (total.kind === "row") {
    return `True ${what}: ${labels[total.i]}\nRow total: ${formatCount(t.rows[total.i], digits)}\n(click to select the row)`;
  }
  const name = total.j >= get("k") ? ABSTAINED : labels[total.j];
  return `Predicted: ${name}\nColumn total: ${formatCount(t.cols[total.j], digits)}\n(click to select the column)`;
}
