// A selection of several cells seen through the display order (js/order/display.js): its
// outlines in display positions, and the page's intents (a header, a shift-click, the errors)
// turned back into class space, where `selected` always stays.

import { toggleCell } from "./selection_spec.js";

/** For each class, the display item (row/column) that shows it, or -1. */
function itemsOfClasses(items, k) {
  const out = new Int32Array(k).fill(-1);
  items.forEach((it, r) => { for (const c of it.members) out[c] = r; });
  return out;
}

/**
 * The outlines of a parsed selection (js/select/selection_spec.js) in display positions:
 * {rows, cols, cells, errors}, or null for nothing or one cell (drawn as the selected cell).
 * `abstained`: the abstained column is shown, after the items.
 */
export function displayMarks(sel, items, k, abstained) {
  if (!sel || sel.kind === "cell") return null;
  if (sel.kind === "errors") return { rows: [], cols: [], cells: [], errors: true };
  const at = itemsOfClasses(items, k);
  const col = (j) => (j === k ? (abstained ? items.length : -1) : at[j]);
  if (sel.kind === "row") return { rows: at[sel.i] >= 0 ? [at[sel.i]] : [], cols: [], cells: [], errors: false };
  if (sel.kind === "col") return { rows: [], cols: col(sel.j) >= 0 ? [col(sel.j)] : [], cells: [], errors: false };
  const seen = new Set();
  const cells = [];
  for (const [i, j] of sel.cells) {
    const r = at[i];
    const c = col(j);
    const key = `${r},${c}`;
    if (r < 0 || c < 0 || seen.has(key)) continue;
    seen.add(key);
    cells.push([r, c]);
  }
  return { rows: [], cols: [], cells, errors: false };
}

/**
 * The `selected` value (class space) of an intent made in display positions: {row: r}, {col: c},
 * "errors", or {add: [r, c]} (a shift-click: the cell joins the selection, or leaves it).
 * undefined when the intent points at a group (a roll-up is not a class) or at nothing.
 */
export function displaySelection(value, items, k, abstained, sel) {
  if (value === "errors") return "errors";
  if (!value || typeof value !== "object") return undefined;
  const cls = (r) => (items[r] && items[r].kind === "class" ? items[r].index : -1);
  const column = (c) => (c === items.length && abstained ? k : cls(c));
  if (Number.isInteger(value.row)) {
    const i = cls(value.row);
    return i >= 0 ? { row: i } : undefined;
  }
  if (Number.isInteger(value.col)) {
    const j = column(value.col);
    return j >= 0 ? { col: j } : undefined;
  }
  if (Array.isArray(value.add) && value.add.length === 2) {
    const i = cls(value.add[0]);
    const j = column(value.add[1]);
    return i >= 0 && j >= 0 ? toggleCell(sel, [i, j]) : undefined;
  }
  return undefined;
}
