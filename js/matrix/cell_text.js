// The words of a cell of the matrix: the tooltip's lines and what a screen reader says when the
// keyboard cursor moves. Reads the displayed state only.

import { formatCount, formatValue } from "../core/format.js";
import { ABSTAINED } from "./matrix_draw.js";

const NORM_OF = { true: "of its true row", pred: "of its predicted column", all: "of all samples" };
const NORM_OF_LABELS = {
  true: "of the samples with its true label", pred: "of the samples predicted with its label", all: "of all samples",
};
const ABSTAINED_OF = { true: "of its true row", pred: "of the abstained column", all: "of all samples" };

/**
 * How many classes display row (= column) r gathers when it is "(other)" (top_classes), else 0.
 * @param {(key: string) => any} get the displayed state
 * @param {number} r
 */
export function gathered(get, r) {
  const items = get("items");
  const it = Array.isArray(items) ? items[r] : null;
  return it && it.kind === "other" ? it.members.length : 0;
}

/** The name of display row (= column) r, with the number of classes "(other)" gathers. */
function nameOf(get, r) {
  const n = gathered(get, r);
  return n ? `${get("labels")[r]}, ${n} classes` : get("labels")[r];
}

/**
 * Lines describing cell (i, j) (j = k: the abstained column), joined by newlines.
 * @param {(key: string) => any} get the displayed state
 * @param {number[]} cell
 */
export function describeCell(get, [i, j]) {
  const k = get("k");
  const extra = get("abstained");
  if (j >= k && extra) {
    // The same lines as any other cell: the model made no prediction, "abstained" stands in for it.
    const lines = [`True: ${nameOf(get, i)}`, `Predicted: ${ABSTAINED}`,
      `Count: ${formatCount(extra.counts[i], get("countDigits"))}`];
    const f = get("fmt");
    if (f.kind === "percent") lines.push(`Shown: ${formatValue(extra.values[i], f)} ${ABSTAINED_OF[get("normalize")] || ""}`.trim());
    return lines.join("\n");
  }
  const p = i * k + j;
  const lines = [`True: ${nameOf(get, i)}`, `Predicted: ${nameOf(get, j)}`,
    `Count: ${formatCount(get("counts")[p], get("countDigits"))}`];
  const f = get("fmt");
  if (f.kind === "delta") lines.push(`Change: ${formatValue(get("values")[p], f)} since the compared run`);
  if (f.kind === "percent") {
    const of = (get("multilabel") ? NORM_OF_LABELS : NORM_OF)[get("normalize")] || "";
    lines.push(`Shown: ${formatValue(get("values")[p], f)} ${of}`.trim());
  }
  return lines.join("\n");
}
