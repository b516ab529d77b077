// How numbers, names and pages read in the widget: pure functions, no DOM.

import { signed } from "./runs_keys.js";
import { clamp } from "./util.js";

// cm_widget front end: draws the render state Python syncs (see the wire protocol) on a canvas
// and turns clicks, keys, drags and edits into trait writes. It computes no statistics.
//
// Order: constants, pure helpers (exported by name for `node --test`; no DOM at import time),
// then render() in sections: DOM setup, state, draw, event handlers, model wiring.

// =============================================================================== constants

/** Colormaps offered in the dropdown (each can be reversed with the "_r" suffix). */
export const CMAPS = [
  "Blues", "Greens", "Oranges", "Purples", "Reds", "Greys",
  "viridis", "plasma", "inferno", "magma", "cividis",
  "YlGnBu", "YlOrRd", "RdPu", "BuPu",
];

/** The normalisation choices, in button order; value is what the `normalize` trait holds. */
export const NORMALIZE_OPTIONS = [
  { value: null, label: "Counts", short: "Counts" },
  { value: "true", label: "By true row", short: "Row" },
  { value: "pred", label: "By predicted column", short: "Column" },
  { value: "all", label: "Over all", short: "All" },
];

/** A (weighted) count: an integer, or `digits` decimals when sample weights were given. */
export function formatCount(count, digits = 0) {
  if (!Number.isFinite(count)) return "–";
  return digits > 0 ? count.toFixed(Math.min(digits, 10)) : String(Math.round(count) || 0);
}

/**
 * A displayed value per a format rule (js/derive.js formatRule): {kind: "int" | "float" | "percent", digits},
 * or "delta" for compare mode's signed change of a count.
 */
export function formatValue(value, fmt) {
  if (!Number.isFinite(value)) return "–";
  const kind = fmt && fmt.kind;
  const digits = clamp(Math.trunc(Number(fmt && fmt.digits) || 0), 0, 10);
  if (kind === "delta") return signed(value, digits);
  if (kind === "percent") return (value * 100).toFixed(digits) + "%";
  if (kind === "float") return value.toFixed(digits);
  return String(Math.round(value) || 0);
}

/** The text of one cell: {main, sub}; sub is the count in brackets when the value is a percentage or a change. */
export function cellText(value, count, fmt, countDigits = 0) {
  const main = formatValue(value, fmt);
  if (fmt && (fmt.kind === "percent" || fmt.kind === "delta")) return { main, sub: `(${formatCount(count, countDigits)})` };
  return { main, sub: "" };
}

/** An interval's confidence level as a percentage: 0.95 -> "95%". */
export const levelText = (level) => `${Number((100 * level).toFixed(2))}%`;

/** A metric in the tables: three decimals. */
export function formatMetric(v) {
  return Number.isFinite(v) ? v.toFixed(3) : "–";
}

/** Number of decimals a slider step needs ("0.25" -> 2, 1e-5 -> 5), at most 6. */
export function stepDecimals(step) {
  if (!(step > 0)) return 2;
  const [mant, exp] = String(step).split("e");
  const frac = (mant.split(".")[1] || "").length;
  return clamp(frac - (exp ? Number(exp) : 0), 0, 6);
}

/** Split a cmap name into its base and whether it is reversed ("_r"). */
export function cmapParts(name) {
  const s = String(name || "Blues");
  return s.endsWith("_r") ? { base: s.slice(0, -2), reversed: true } : { base: s, reversed: false };
}

export function cmapName(base, reversed) {
  return reversed ? `${base}_r` : base;
}

/** A valid [i, j] inside a K x cols matrix (K x K by default), or null. */
export function parseSelected(value, k, cols = k) {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [i, j] = value;
  const ok = (x, n) => Number.isInteger(x) && x >= 0 && x < n;
  return ok(i, k) && ok(j, cols) ? [i, j] : null;
}

/** Paging facts for a _selection: the 1-based range shown, and where the next/previous pages start. */
export function pageInfo(sel) {
  const offset = Math.max(0, Math.trunc(Number(sel && sel.offset) || 0));
  const n = sel && Array.isArray(sel.indices) ? sel.indices.length : 0;
  const total = Math.max(0, Math.trunc(Number(sel && sel.total) || 0));
  const size = sel && sel.page_size > 0 ? Math.trunc(sel.page_size) : Math.max(n, 1);
  return {
    first: n ? offset + 1 : 0,
    last: offset + n,
    total,
    hasMore: offset + n < total,
    hasPrev: offset > 0,
    nextOffset: offset + size,
    prevOffset: Math.max(0, offset - size),
  };
}

// Text inputs drop line breaks, so an editor shows them as visible marks and maps them back.
const MARKS = [["\n", "\u23ce"], ["\r", "\u240d"]];

/** A class name as an editor shows it: "a\nb" -> "a⏎b". */
export function editableName(name) {
  let s = String(name);
  for (const [raw, mark] of MARKS) s = s.split(raw).join(mark);
  return s;
}

/** The name an editor's text stands for; an unedited text gives back `original` exactly. */
export function nameFromEditor(text, original) {
  if (original != null && text === editableName(original)) return String(original);
  let s = String(text);
  for (const [raw, mark] of MARKS) s = s.split(mark).join(raw);
  return s;
}

/**
 * `x` with `digits` decimals as Python's format(x, f".{digits}f") writes it: the exact value of
 * the double, rounded half to even on an exact tie (toFixed rounds such a tie up: 56.25 -> "56.3",
 * Python "56.2"). The page's sentences and the kernel's must read the same.
 */
export function fixed(x, digits) {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x.toFixed(digits);
  if (Object.is(x, -0)) return `-${(0).toFixed(digits)}`; // Python keeps the sign of a negative zero
  // A double below 1e21 has at most 1074 binary places; 100 decimals (toFixed's most) hold every
  // tie of the sizes shown here exactly, and a non-tie never reads "5" then only zeros there.
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf(".");
  const tail = exact.slice(point + 1 + digits);
  const rounded = x.toFixed(digits);
  if (!/^50*$/.test(tail)) return rounded;
  const kept = exact.slice(0, point + 1 + digits).replace(".", "");
  const even = Number(kept[kept.length - 1]) % 2 === 0;
  if (!even) return rounded; // half up from an odd digit is half to even
  const down = exact.slice(0, digits ? point + 1 + digits : point);
  return (x < 0 ? "-" : "") + down; // Python keeps the sign when a negative tie rounds to zero
}
