// The displayed matrix: the decoded state seen through the display order, the group roll-up
// (with groups expanded in place) and errors-only colours. Counts, the selection and every
// index stay in class space in the state; this layer maps display positions to classes and
// back, so the matrix component draws and clicks in display positions without knowing.
//
// A display item is one row/column of the shown matrix: a class, or a group of classes.
// `createDisplay(state)` offers the state interface (get, on, set, send) with these keys
// replaced by their displayed form: k, labels, counts, values, colors, vmax, colorbar, selected,
// abstained (the abstained column: {counts, values, colors} per displayed row, shown when the
// display is a permutation of the classes; null otherwise); plus `items` and `focus` ({r, c, outline} in display positions: the cell to bring into view,
// with its row and column outlined for a class found by the search; or null). Page-local
// choices (expanded groups, the focus) are made with `local`.

import { displayedIssues } from "../rank/rank_codec.js";
import { colorIndices, colorbarTicks, maxValue, normalizeValues } from "../core/derive.js";
import { displayMarks, displaySelection } from "../select/display_select.js";
import { logTicks, positiveMin, scaledColors } from "../scale/log_scale.js";
import { classTotals, itemTotals } from "../margins/totals.js";
import { OTHER, hasOther, itemSums, otherSelection, otherValues, withOther } from "../margins/other.js";

/**
 * The rows (= columns) shown, in order: [{kind: "class" | "group", index, members}], where
 * members are class positions. `order` = {classes, groups} display orders (class positions,
 * group positions); `groups` = {names, codes} or null; `expanded` = a Set of group positions.
 */
export function displayItems(k, order, groups, level, expanded = new Set()) {
  const classes = order && order.classes && order.classes.length === k ? order.classes : identity(k);
  if (level !== "groups" || !groups) {
    return Array.from(classes, (c) => ({ kind: "class", index: c, members: [c] }));
  }
  const g = groups.names.length;
  // Each group's classes in the display order of the classes.
  const byGroup = Array.from({ length: g }, () => []);
  for (const c of classes) byGroup[groups.codes[c]].push(c);
  const groupOrder = order && order.groups && order.groups.length === g ? order.groups : identity(g);
  const items = [];
  for (const q of groupOrder) {
    if (expanded.has(q)) for (const c of byGroup[q]) items.push({ kind: "class", index: c, members: [c] });
    else items.push({ kind: "group", index: q, members: byGroup[q] });
  }
  return items;
}

function identity(n) {
  return Array.from({ length: n }, (_, i) => i);
}

/** Whether every item is one class (then the display is a permutation of the matrix). */
export function isPermutation(items) {
  return items.every((it) => it.kind === "class");
}

/** a (K x K, row-major) with rows and columns in `perm` order; same array type. */
export function permuteSquare(a, k, perm) {
  const n = perm.length;
  const out = new a.constructor(n * n);
  for (let r = 0; r < n; r++) {
    const src = perm[r] * k;
    for (let c = 0; c < n; c++) out[r * n + c] = a[src + perm[c]];
  }
  return out;
}

/** The counts of each pair of items: sums over their classes (Float64Array, n x n). */
export function itemCounts(counts, k, items) {
  const n = items.length;
  const itemOf = new Int32Array(k).fill(-1);
  items.forEach((it, r) => { for (const c of it.members) itemOf[c] = r; });
  const out = new Float64Array(n * n);
  for (let i = 0; i < k; i++) {
    const r = itemOf[i];
    if (r < 0) continue;
    for (let j = 0; j < k; j++) {
      const c = itemOf[j];
      if (c >= 0) out[r * n + c] += counts[i * k + j];
    }
  }
  return out;
}

/** a[perm[0]], a[perm[1]], ...: the rows of a column in display order; same array type. */
export function permuteRows(a, perm) {
  const out = new a.constructor(perm.length);
  perm.forEach((c, r) => { out[r] = a[c]; });
  return out;
}

/**
 * Errors only: the colour scale spans the off-diagonal values (and the `extra` ones, the
 * abstained column) and the diagonal takes the scale's first colour, as an empty cell does.
 * On the log scale the errors spread from their smallest positive value (`lo`) to the largest.
 * Returns {colors, vmax, lo}.
 */
export function errorsOnlyColors(values, n, extra = null, scale = "linear") {
  let vmax = 0;
  let lo = Infinity;
  const see = (v) => {
    if (v > vmax) vmax = v;
    if (v > 0 && v < lo) lo = v;
  };
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (r !== c) see(values[r * n + c]);
  if (extra) for (const v of extra) see(v);
  lo = Number.isFinite(lo) ? lo : 0;
  const colors = scaledColors(values, vmax, scale, lo);
  for (let r = 0; r < n; r++) colors[r * n + r] = 0;
  return { colors, vmax, lo };
}

const OWN = new Set(["k", "labels", "counts", "values", "colors", "vmax", "colorbar", "selected", "focus", "items",
  "abstained", "issueMarks", "marks", "totals"]);
// The decoded keys the displayed ones are made of: a change of any may change them.
const BASE = ["k", "labels", "counts", "values", "colors", "vmax", "colorbar", "normalize", "selected", "order",
  "groups", "level", "errorsOnly", "selectedGroup", "compareState", "abstained", "issues", "selectionSpec",
  "cmapScale", "logLo", "totals", "multilabel", "topClasses"];

/** The state seen through the display (see the head of this file). */
export function createDisplay(state) {
  const local = { expanded: new Set(), focus: null, version: 0 };
  const listeners = new Set();
  const memo = new Map();
  const base = (key) => state.get(key);

  // Memoised on the identity of what it is made of.
  const cached = (key, deps, make) => {
    const hit = memo.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.value;
    const value = make();
    memo.set(key, { deps, value });
    return value;
  };

  // Compare mode colours each cell by its change since another run: it shows classes, in
  // display order, and the colours as they come.
  const comparing = () => Boolean(base("compareState"));
  const level = () => (comparing() ? "classes" : base("level"));
  // top_classes (classes level, not in compare mode): the first classes, the rest in "(other)".
  const top = () => (level() === "classes" && !comparing() ? base("topClasses") : null);
  const items = () => cached("items", [base("k"), base("order"), base("groups"), level(), local.version, top()],
    () => withOther(displayItems(base("k"), base("order"), base("groups"), level(), local.expanded), top()));
  const other = () => hasOther(items());
  // With "(other)": the abstained column's counts per item, and the values of the whole drawn matrix.
  const otherView = () => cached("otherView", [items(), base("abstained"), base("counts"), base("normalize")], () => {
    const a = base("abstained");
    const extra = a ? itemSums(a.counts, items()) : null;
    return { extra, ...otherValues(get("counts"), items().length, extra, base("normalize")) };
  });
  const perm = () => cached("perm", [items()], () => (isPermutation(items()) ? items().map((it) => it.index) : null));
  const plain = () => {
    const p = perm();
    return p !== null && p.every((c, i) => c === i);
  };

  const make = {
    items,
    k: () => items().length,
    labels: () => cached("labels", [items(), base("labels"), base("groups")], () => {
      const names = base("labels");
      const groups = base("groups");
      return items().map((it) => (it.kind === "class" ? names[it.index] : it.kind === "other" ? OTHER
        : `${groups.names[it.index]} (${it.members.length})`));
    }),
    counts: () => cached("counts", [items(), base("counts")], () => {
      if (plain()) return base("counts");
      const p = perm();
      return p ? permuteSquare(base("counts"), base("k"), p) : itemCounts(base("counts"), base("k"), items());
    }),
    values: () => cached("values", [items(), base("values"), base("normalize")], () => {
      if (plain()) return base("values");
      const p = perm();
      // A permutation of the class-space values keeps them bit for bit the kernel's; counts
      // shown as they are need no second copy.
      if (p) return base("values") === base("counts") ? get("counts") : permuteSquare(base("values"), base("k"), p);
      if (other()) return otherView().square;
      return normalizeValues(get("counts"), items().length, base("normalize"));
    }),
    // The abstained column's counts and values in display order (no colours yet), or null.
    abstainedRows: () => cached("abstainedRows", [items(), base("abstained")], () => {
      const a = base("abstained");
      const p = perm();
      if (a && other()) return { counts: otherView().extra, values: otherView().rest };
      if (!a || p === null) return null;   // groups shown: the column belongs to classes
      if (plain()) return a;
      return { counts: permuteRows(a.counts, p), values: permuteRows(a.values, p) };
    }),
    abstained: () => cached("abstained", [make.abstainedRows(), make.colorsAndMax()], () => {
      const a = make.abstainedRows();
      if (!a) return null;
      const lo = make.colorsAndMax().lo;   // errors only, groups, (other): the scale of what is drawn
      if (a === base("abstained") && make.vmax() === base("vmax") && lo == null) return a;
      return { counts: a.counts, values: a.values,
        colors: lo != null ? scaledColors(a.values, make.vmax(), base("cmapScale"), lo) : colorIndices(a.values, 0, make.vmax()) };
    }),
    colorsAndMax: () => cached("colorsAndMax", [items(), base("values"), base("colors"), base("errorsOnly"), base("cmapScale"), comparing(),
      make.abstainedRows()], () => {
      const n = items().length;
      if (base("errorsOnly") && !comparing()) {
        const a = make.abstainedRows();
        return errorsOnlyColors(get("values"), n, a && a.values, base("cmapScale"));
      }
      if (plain()) return { colors: base("colors"), vmax: base("vmax") };
      const p = perm();
      if (p) return { colors: permuteSquare(base("colors"), base("k"), p), vmax: base("vmax") };
      const values = get("values");
      const a = make.abstainedRows();
      const vmax = Math.max(maxValue(values), a ? maxValue(a.values) : -Infinity);
      const lo = positiveMin(values, a && a.values);
      return { colors: scaledColors(values, vmax, base("cmapScale"), lo), vmax, lo };
    }),
    colors: () => make.colorsAndMax().colors,
    vmax: () => make.colorsAndMax().vmax,
    colorbar: () => cached("colorbar", [make.colorsAndMax(), base("normalize"), base("colorbar"), base("cmapScale")], () => {
      const lo = make.colorsAndMax().lo;   // errors only: the scale of the errors
      if (make.vmax() === base("vmax") && lo == null) return base("colorbar");
      return base("cmapScale") === "log"
        ? logTicks(lo != null ? lo : positiveMin(get("values")), make.vmax(), base("normalize"))
        : colorbarTicks(make.vmax(), base("normalize"));
    }),
    selected: () => cached("selected", [items(), base("selected"), base("selectedGroup"), make.abstainedRows()], () => {
      const it = items();
      const sel = base("selected");
      const sg = base("selectedGroup");
      // A class hidden in "(other)" is shown by it.
      const find = (kind, index) => it.findIndex((x) => (x.kind === kind && x.index === index)
        || (kind === "class" && x.kind === "other" && x.members.includes(index)));
      // The abstained column is the one after the displayed classes.
      const col = (j) => (j === base("k") && make.abstainedRows() ? it.length : find("class", j));
      const pair = sel ? [find("class", sel[0]), col(sel[1])] : sg ? [find("group", sg[0]), find("group", sg[1])] : null;
      return pair && pair[0] >= 0 && pair[1] >= 0 ? pair : null;
    }),
    // Likely label errors per displayed cell (classes only; none on a groups level).
    issueMarks: () => cached("issueMarks", [items(), base("issues")], () => {
      const p = perm();
      return p === null ? null : displayedIssues(base("issues"), base("k"), plain() ? null : p);
    }),
    // A selection of several cells ({rows, cols, cells, errors} in display positions, or null).
    marks: () => cached("marks", [items(), base("selectionSpec"), make.abstainedRows()], () => (
      displayMarks(base("selectionSpec"), items(), base("k"), Boolean(make.abstainedRows())))),
    // Totals in the margins, in display positions: the classes' reordered (the abstained column's
    // last); with groups, the sums of the roll-up drawn (it has no abstained column), and none for a
    // multi-label matrix (a sample counts once per group cell, so they would not add up).
    totals: () => cached("totals", [items(), base("totals"), base("counts")], () => {
      const t = base("totals");
      if (plain()) return t;
      if (perm() !== null || other()) return itemTotals(t, items(), base("k"));
      if (base("multilabel")) return null;
      const n = items().length;
      return classTotals(get("counts"), n, n);
    }),
    focus: () => cached("focus", [items(), local.version], () => {
      const f = local.focus;
      if (f === null) return null;
      const at = (cls) => items().findIndex((x) => x.members.includes(cls));
      const r = at(f.row);
      const c = at(f.col);
      return r >= 0 && c >= 0 ? { r, c, outline: f.outline } : null;
    }),
  };

  function get(key) {
    return OWN.has(key) ? make[key]() : state.get(key);
  }

  function on(key, fn) {
    if (!OWN.has(key)) return state.on(key, fn);
    const offs = BASE.map((b) => state.on(b, fn));
    const local = () => fn();   // one entry per subscription, even for the same fn
    listeners.add(local);
    return () => { offs.forEach((off) => off()); listeners.delete(local); };
  }

  function set(intent, value) {
    const it = items();
    if (intent === "selected") {
      if (value == null) {
        if (base("selectedGroup")) state.set("selected_group", null);
        if (base("selected") || base("selectionSpec")) state.set("selected", null);
        return;
      }
      if (!Array.isArray(value)) {
        // A row, a column, the errors, or a cell added (js/select/display_select.js).
        const want = displaySelection(value, it, base("k"), Boolean(make.abstainedRows()), base("selectionSpec"));
        if (want !== undefined) state.set("selected", want);
        return;
      }
      const a = it[value[0]];
      const b = it[value[1]];
      if ((a && a.kind === "other") || (b && b.kind === "other")) {
        // An "(other)" cell: every cell of the classes it gathers.
        const want = otherSelection(it, value[0], value[1], base("k"), Boolean(make.abstainedRows()));
        if (want !== undefined) state.set("selected", want);
        return;
      }
      if (a && a.kind === "class" && value[1] === it.length && make.abstainedRows()) {
        state.set("selected", [a.index, base("k")]);   // the abstained column
        return;
      }
      if (!a || !b) return;
      if (a.kind === "class" && b.kind === "class") state.set("selected", [a.index, b.index]);
      else if (a.kind === "group" && b.kind === "group") state.set("selected_group", [a.index, b.index]);
      return;
    }
    if (intent === "display_labels") {
      // A name edited at a display position goes back to its class; group names stay.
      const names = base("labels").slice();
      value.forEach((name, r) => { if (it[r] && it[r].kind === "class") names[it[r].index] = name; });
      state.set("display_labels", names);
      return;
    }
    state.set(intent, value);
  }

  function changed() {
    local.version += 1;
    for (const fn of [...listeners]) fn();
  }
  /** Page-local choices: groups expanded in place; the cell brought into view (class space). */
  const localApi = {
    expand(group, open) {
      if (open) local.expanded.add(group);
      else local.expanded.delete(group);
      changed();
    },
    expanded: () => new Set(local.expanded),
    /** Bring cell (row, col) into view; `outline` marks its row and column. null forgets it. */
    focus(row, col, outline = false) {
      local.focus = row == null ? null : { row, col, outline };
      changed();
    },
  };

  return { get, on, set, send: (msg) => state.send(msg), local: localApi };
}
