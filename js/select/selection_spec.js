// Selections of more than one cell, as cm_widget/_engine/selection.py holds them: a cell [i, j],
// a true row {row: i}, a predicted column {col: j}, "errors" (every off-diagonal cell of the
// classes) or a list of two or more cells, sorted, each once. Class positions throughout.
// Pure functions of plain values; tests/js/selection_spec.test.mjs and the page-vs-kernel check.

const ok = (x, n) => Number.isInteger(x) && x >= 0 && x < n;
const isPair = (v, k, cols) => Array.isArray(v) && v.length === 2 && ok(v[0], k) && ok(v[1], cols);

/**
 * A `selected` value parsed: {kind: "cell" | "cells", cells}, {kind: "row", i}, {kind: "col", j},
 * {kind: "errors"}, or null (nothing, or a value that is not a selection of a k x cols matrix).
 */
export function parseSelection(value, k, cols = k) {
  if (value === "errors") return { kind: "errors" };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length !== 1) return null;
    if (keys[0] === "row" && ok(value.row, k)) return { kind: "row", i: value.row };
    if (keys[0] === "col" && ok(value.col, cols)) return { kind: "col", j: value.col };
    return null;
  }
  if (isPair(value, k, cols)) return { kind: "cell", cells: [[value[0], value[1]]] };
  if (Array.isArray(value) && value.length >= 1 && value.every((c) => isPair(c, k, cols))) {
    return { kind: "cells", cells: value.map((c) => [c[0], c[1]]) };
  }
  return null;
}

/** The cells a parsed selection covers, row by row (the order the kernel adds their counts in). */
export function selectionCells(sel, k, cols = k) {
  if (!sel) return [];
  if (sel.kind === "errors") {
    const out = [];
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) out.push([i, j]);
    return out;
  }
  if (sel.kind === "row") return Array.from({ length: cols }, (_, j) => [sel.i, j]);
  if (sel.kind === "col") return Array.from({ length: k }, (_, i) => [i, sel.j]);
  return sel.cells;
}

/** Cells as the `selected` value: sorted, each once; one cell as [i, j]; none as null. */
export function cellsValue(cells) {
  const seen = new Set();
  const out = [];
  for (const [i, j] of cells) {
    const key = `${i},${j}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push([i, j]);
    }
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : out;
}

/** The canonical `selected` value of anything the page may be asked to select, or undefined when it is not one. */
export function canonicalSelection(value, k, cols = k) {
  if (value === null) return null;
  const sel = parseSelection(value, k, cols);
  if (!sel) return undefined;
  if (sel.kind === "row") return { row: sel.i };
  if (sel.kind === "col") return { col: sel.j };
  if (sel.kind === "errors") return "errors";
  return cellsValue(sel.cells);
}

/**
 * The `selected` value after a shift-click on `cell`: a cell or a list of cells gains it (or
 * loses it, when it is there); a row, a column or the errors give way to the cell alone.
 */
export function toggleCell(sel, cell) {
  const cells = sel && (sel.kind === "cell" || sel.kind === "cells") ? sel.cells.slice() : [];
  const at = cells.findIndex((c) => c[0] === cell[0] && c[1] === cell[1]);
  if (at >= 0) cells.splice(at, 1);
  else cells.push([cell[0], cell[1]]);
  return cellsValue(cells);
}

/**
 * The sentence of a selection of several cells, as parts {text, em} (cm_widget/_features/selection.py
 * multi_sentence words it the same). `share` is of all samples; `pairs`: a multi-label count, of label pairs.
 */
export function multiSentence(kind, count, name, nCells, share, weighted, { fixed, formatG, pairs = false }) {
  const amount = weighted ? formatG(count) : String(Math.trunc(count));
  const [one, many] = pairs ? ["label pair", "label pairs"] : ["sample", "samples"];
  const lead = weighted
    ? `A weight of ${amount} is `
    : `${amount} ${count === 1 ? one : many} ${count === 1 ? "is" : "are"} `;
  const tail = { text: ` (${fixed(share * 100, 1)}% of all ${many}).` };
  if (kind === "row") return [{ text: `${lead}truly ` }, { text: name, em: true }, tail];
  if (kind === "col") return [{ text: `${lead}predicted ` }, { text: name, em: true }, tail];
  if (kind === "errors") return [{ text: `${lead}misclassified` }, tail];
  return [{ text: `${lead}in ${nCells} selected cells` }, tail];
}
