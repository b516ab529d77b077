// Top-N views (top_classes): the first N rows (= columns) of the display order, and one "(other)"
// item gathering the classes after them, with the rule of cm_widget/_engine/other.py. Each drawn
// cell is the sum of its classes' cells, so every row and column adds up to the full matrix's
// totals. Pure; no DOM.

import { normalizeValues, splitColumns } from "../core/derive.js";
import { cellsValue } from "../select/selection_spec.js";

/** The name of the row and column that gather the hidden classes. */
export const OTHER = "(other)";

/** `items` (classes in display order) cut to the first `top`, the rest gathered in one "other" item. */
export function withOther(items, top) {
  if (!Number.isInteger(top) || top < 1 || top >= items.length) return items;
  // in class order: the kernel adds them so (cm_widget/_engine/other.py)
  const rest = items.slice(top).flatMap((it) => it.members).sort((a, b) => a - b);
  return [...items.slice(0, top), { kind: "other", index: -1, members: rest }];
}

/** Whether the items gather hidden classes in "(other)". */
export const hasOther = (items) => items.length > 0 && items[items.length - 1].kind === "other";

/** Per item, the sum of a per-class array over its classes (Float64Array). */
export function itemSums(a, items) {
  return Float64Array.from(items, (it) => {
    let s = 0;
    for (const c of it.members) s += a[c];
    return s;
  });
}

/**
 * The displayed values of the n x n item counts with the abstained column's item counts `extra`
 * (or null) after them: normalised over the whole n x (n + 1) matrix, as the kernel normalises its
 * matrix (a true row counts its abstained samples). {square, rest (or null)}.
 */
export function otherValues(counts, n, extra, normalize) {
  if (!extra) return { square: normalizeValues(counts, n, normalize), rest: null };
  const cols = n + 1;
  const full = new Float64Array(n * cols);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) full[r * cols + c] = counts[r * n + c];
    full[r * cols + n] = extra[r];
  }
  const parts = splitColumns(normalizeValues(full, n, normalize, cols), n, cols);
  return { square: parts.square, rest: parts.rest };
}

/**
 * The `selected` value (class space) of a click on display cell [r, c] when a row or column is
 * "(other)": every cell of its classes (the abstained column is class k). undefined otherwise.
 */
export function otherSelection(items, r, c, k, abstained) {
  const a = items[r];
  const colClasses = c === items.length && abstained ? [k] : items[c] ? items[c].members : null;
  if (!a || !colClasses || a.kind === "group" || (items[c] && items[c].kind === "group")) return undefined;
  const cells = [];
  for (const i of a.members) for (const j of colClasses) cells.push([i, j]);
  return cellsValue(cells);
}
