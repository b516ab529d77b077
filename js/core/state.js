// The decoding layer: the only code that reads the widget's private traits and decodes their
// buffers, and that derives display values from them (js/derive.js). It wraps a raw source
// (js/source_model.js for the live model; js/source_embedded.js for a page without a kernel)
// and offers the components the same small interface over decoded keys:
//
//   get(key)            decoded value, computed once per combination of the raw traits it uses
//   on(key, fn)         call fn when the key may have changed; returns an unsubscribe function
//   set(intent, value)  a user intent: normalize, cmap, threshold, display_labels, selected,
//                       abstain, top_k, thresholds
//   send(msg)           a custom message, e.g. {type: "page", offset}
//   receive(fn)         fn(msg) for each answer to a message (e.g. {type: "download", name, text})
//
// A raw source has the same four methods over trait names.

import { greyLut } from "./colors.js";
import {
  colorbarTicks, decodeMatrix, decodeMetrics, formatRule, isWhole, lightText, maxValue,
  normalizeValues, pairwiseSum, rgbaOf, splitColumns,
} from "./derive.js";
import { decodeCosts, expectedCost } from "./costs_data.js";
import { decodeCurves } from "./curves_data.js";
import { parseSelected } from "./format.js";
import { parseSelection } from "../select/selection_spec.js";
import { decodeGroups, decodeOrder } from "./order_codec.js";
import { decodeIntervals } from "../uncertainty/intervals.js";
import { decodeCalibration } from "../uncertainty/calibration_data.js";
import { topConfusions } from "./rank.js";
import { toFloat64 } from "./util.js";
import { decodeIssues, rankName } from "../rank/rank_codec.js";
import { RUN_INTENTS, RUN_KEYS, deltaColors, deltaTicks, deltaValues } from "./runs_keys.js";
import { SLICE_KEYS } from "../slices/slices_keys.js";
import { logTicks, positiveMin, scaledColors } from "../scale/log_scale.js";
import { classTotals } from "../margins/totals.js";

export const INTENTS = new Set([
  "normalize", "cmap", "threshold", "display_labels", "selected", ...RUN_INTENTS,
  "order", "level", "errors_only", "selected_group", "abstain", "top_k", "thresholds",
  "rank",
  "slice", "cmap_scale",
  "show_totals", "top_classes",
]);

/** How many of the largest errors the page lists. */
export const TOP_LISTED = 10;

const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
/**
 * Whether the kernel sent a value (Python's truth: not null, an empty object or an empty list). A
 * saved view carries the code of the curves, costs, calibration and intervals (a feature chunk,
 * cm_widget/_export/chunks.py) only when it holds such a value, so they are decoded only then.
 */
const sent = (v) => Boolean(v) && (typeof v !== "object" || Object.keys(v).length > 0);

/**
 * Decoded keys: {raw: traits read, uses: decoded keys read, make(get, raw)}. A key is
 * recomputed only when one of the raw traits it depends on (directly or through `uses`) changed.
 */
const KEYS = {
  matrix: { raw: ["_matrix"], make: (get, raw) => decodeMatrix(raw("_matrix")) },
  k: { uses: ["matrix"], make: (get) => get("matrix").k },
  // Columns of the matrix: K, or K + 1 with the abstained column last.
  cols: { uses: ["matrix"], make: (get) => get("matrix").cols },
  // A multi-label matrix: normalised by the samples with each label (the totals it came with).
  multilabel: { uses: ["matrix"], make: (get) => get("matrix").totals !== null },
  countParts: { uses: ["matrix"], make: (get) => splitColumns(get("matrix").counts, get("k"), get("cols")) },
  // The K x K counts of the classes; the abstained column is in `abstained`.
  counts: { uses: ["countParts"], make: (get) => get("countParts").square },
  labels: {
    raw: ["display_labels"], uses: ["k"],
    make: (get, raw) => {
      const names = raw("display_labels");
      return Array.from({ length: get("k") }, (_, i) => (names && names[i] != null ? String(names[i]) : String(i)));
    },
  },
  normalize: { raw: ["normalize"], make: (get, raw) => raw("normalize") ?? null },
  // Multiclass scores: a hit is the true class among the top_k highest; abstain below a top score.
  topK: { raw: ["top_k"], make: (get, raw) => (Number.isInteger(raw("top_k")) && raw("top_k") > 1 ? raw("top_k") : 1) },
  abstainAt: {
    raw: ["abstain"], make: (get, raw) => (raw("abstain") == null || !Number.isFinite(Number(raw("abstain")))
      ? null : Number(raw("abstain"))),
  },
  cmap: { raw: ["cmap"], make: (get, raw) => String(raw("cmap") || "Blues") },
  threshold: { raw: ["threshold"], make: (get, raw) => (raw("threshold") == null ? null : Number(raw("threshold"))) },
  selected: {
    raw: ["selected"], uses: ["k", "cols"], make: (get, raw) => parseSelected(raw("selected"), get("k"), get("cols")),
  },
  // The values of the whole matrix, abstained column included: rows and the total count it.
  allValues: {
    uses: ["matrix", "normalize"],
    make: (get) => normalizeValues(get("matrix").counts, get("k"), get("normalize"), get("cols"), get("matrix").totals),
  },
  valueParts: { uses: ["allValues"], make: (get) => splitColumns(get("allValues"), get("k"), get("cols")) },
  // Compare mode (compareState) shows the change of each count since the compared run instead.
  values: {
    uses: ["counts", "valueParts", "compareState"],
    make: (get) => {
      const cmp = get("compareState");
      return cmp ? deltaValues(get("counts"), cmp.counts) : get("valueParts").square;
    },
  },
  // The colour scale spans every value shown, the abstained ones included.
  vmax: {
    uses: ["values", "allValues", "compareState"],
    make: (get) => maxValue(get("compareState") ? get("values") : get("allValues")),
  },
  // The abstained column (K + 1 columns, not in compare mode): {counts, values, colors} per
  // true class, or null.
  abstained: {
    uses: ["countParts", "valueParts", "vmax", "compareState", "cmapScale", "logLo"],
    make: (get) => {
      if (get("cols") !== get("k") + 1 || get("compareState")) return null;
      const values = get("valueParts").rest;
      return { counts: get("countParts").rest, values,
        colors: scaledColors(values, get("vmax"), get("cmapScale"), get("logLo")) };
    },
  },
  colors: {
    uses: ["values", "vmax", "compareState", "k", "cmapScale", "logLo"],
    make: (get) => (get("compareState") ? deltaColors(get("values"), get("k"))
      : scaledColors(get("values"), get("vmax"), get("cmapScale"), get("logLo"))),
  },
  // The colour scale: "linear" from 0, or "log" from the smallest positive value shown (lo).
  cmapScale: { raw: ["cmap_scale"], make: (get, raw) => (raw("cmap_scale") === "log" ? "log" : "linear") },
  logLo: { uses: ["allValues"], make: (get) => positiveMin(get("allValues")) },
  lut: {
    raw: ["_lut"], uses: ["compareState"],
    make: (get, raw) => (get("compareState") || {}).lut || rgbaOf(raw("_lut")) || greyLut(),
  },
  lutText: { uses: ["lut"], make: (get) => lightText(get("lut")) },
  fmt: {
    raw: ["values_format"], uses: ["allValues", "normalize", "compareState", "countDigits"],
    make: (get, raw) => (get("compareState") ? { kind: "delta", digits: get("countDigits") }
      : formatRule(raw("values_format"), get("normalize"), isWhole(get("allValues")))),
  },
  countDigits: { uses: ["matrix"], make: (get) => (isWhole(get("matrix").counts) ? 0 : 2) },
  colorbar: {
    uses: ["vmax", "normalize", "compareState", "values", "countDigits", "cmapScale", "logLo"],
    make: (get) => (get("compareState") ? deltaTicks(get("values"), get("countDigits"))
      : get("cmapScale") === "log" ? logTicks(get("logLo"), get("vmax"), get("normalize"))
        : colorbarTicks(get("vmax"), get("normalize"))),
  },
  metrics: { raw: ["_metrics"], uses: ["labels"], make: (get, raw) => decodeMetrics(raw("_metrics"), get("labels")) },
  // Each metric's interval, computed by the kernel (js/uncertainty/intervals.js), or null.
  intervals: { raw: ["_intervals"], uses: ["labels"], make: (get, raw) => (sent(raw("_intervals")) ? decodeIntervals(raw("_intervals"), get("labels")) : null) },
  // Reliability diagram, ECE and score histograms of probabilities (js/uncertainty/calibration.js), or null.
  calibration: { raw: ["_calibration"], uses: ["k"], make: (get, raw) => (sent(raw("_calibration")) ? decodeCalibration(raw("_calibration"), get("k")) : null) },
  binary: {
    raw: ["_binary"], uses: ["labels"],
    make: (get, raw) => {
      const b = obj(raw("_binary"));
      if (!(Number.isFinite(b.lo) && Number.isFinite(b.hi))) return null;
      const labels = get("labels");
      const p = b.pos_index === 0 ? 0 : 1;
      return { ...b, posName: labels[p] ?? "positive", negName: labels[1 - p] ?? "negative" };
    },
  },
  // What is selected, parsed (js/select/selection_spec.js): a cell, a row, a column, the errors, cells.
  selectionSpec: {
    raw: ["selected"], uses: ["k", "cols"], make: (get, raw) => parseSelection(raw("selected"), get("k"), get("cols")),
  },
  // Anything selected (a cell, a row, a column, the errors, a list of cells): it can be cleared.
  hasSelection: { raw: ["selected"], make: (get, raw) => raw("selected") != null },
  selection: {
    raw: ["_selection"],
    make: (get, raw) => {
      const s = obj(raw("_selection"));
      if (!Number.isInteger(s.i) || !Number.isInteger(s.j)) return null;
      return { ...s, available: s.available !== false, sentence: list(s.sentence) };
    },
  },
  notes: { raw: ["_notes"], make: (get, raw) => list(raw("_notes")).map(String) },
  // Ranking a cell's samples, and likely label errors per cell (null without scores).
  issues: { raw: ["_issues"], make: (get, raw) => decodeIssues(raw("_issues")) },
  rank: { raw: ["rank"], uses: ["issues"], make: (get, raw) => rankName(raw("rank"), get("issues")) },
  // Score views: curves of binary scores; abstain / top-k or per-label tables ({kind} or null).
  curves: { raw: ["_curves"], make: (get, raw) => (sent(raw("_curves")) ? decodeCurves(raw("_curves")) : null) },
  // cost=: the cost per cell, the cost curve of binary scores; the expected cost of the counts shown.
  costs: { raw: ["_costs"], uses: ["k"], make: (get, raw) => {
    const c = sent(raw("_costs")) ? decodeCosts(raw("_costs")) : null;
    return c && c.k === get("k") ? c : null;
  } },
  expectedCost: {
    uses: ["costs", "counts", "countParts", "k", "cols"],
    make: (get) => {
      const c = get("costs");
      if (!c) return null;
      const rest = get("cols") === get("k") + 1 ? get("countParts").rest : null;
      return expectedCost(get("counts"), rest, get("k"), c.cost, c.cols);
    },
  },
  scores: {
    raw: ["_scores"],
    make: (get, raw) => {
      const s = obj(raw("_scores"));
      if (s.kind === "multiclass" && Number.isFinite(s.lo) && Number.isFinite(s.hi)) return s;
      if (s.kind === "multilabel" && Array.isArray(s.tables)) return s;
      return null;
    },
  },
  // A table counted in Dask or Spark: its engine, rows, whether cells list ids, and the score edges.
  table: {
    raw: ["_table"],
    make: (get, raw) => {
      const t = obj(raw("_table"));
      if (!t.engine) return null;
      const edges = toFloat64(t.edges);
      return {
        engine: String(t.engine), rows: Number(t.rows) || 0, ids: t.ids === true, exact: Number(t.exact) || 0,
        edges: edges.length ? edges : null,
      };
    },
  },
  ...RUN_KEYS,
  ...SLICE_KEYS,
  // Many classes: the display order and the groups (js/order_codec.js), the largest errors.
  order: { raw: ["_order"], uses: ["k", "groups"], make: (get, raw) => decodeOrder(raw("_order"), get("k"), get("groups")) },
  orderName: { raw: ["order"], make: (get, raw) => (typeof raw("order") === "string" ? raw("order") : "given") },
  // The orders a page without a kernel carries (null: all of them, the kernel computes any).
  orderChoices: { raw: ["_order_choices"], make: (get, raw) => (Array.isArray(raw("_order_choices")) ? raw("_order_choices") : null) },
  groups: { raw: ["_groups"], uses: ["k"], make: (get, raw) => decodeGroups(raw("_groups"), get("k")) },
  level: { raw: ["level"], uses: ["groups"], make: (get, raw) => (raw("level") === "groups" && get("groups") ? "groups" : "classes") },
  errorsOnly: { raw: ["errors_only"], make: (get, raw) => raw("errors_only") === true },
  selectedGroup: {
    raw: ["selected_group"], uses: ["groups"],
    make: (get, raw) => (get("groups") ? parseSelected(raw("selected_group"), get("groups").names.length) : null),
  },
  // Shares of a true row count its abstained samples too, as the normalised matrix does.
  top: {
    uses: ["counts", "k", "countParts", "cols", "matrix"],
    make: (get) => topConfusions(get("counts"), get("k"), TOP_LISTED, rowTotals(get)),
  },
  // A cell to bring into view: none here; js/display.js sets one from the page.
  focus: { make: () => null },
  // Totals in the margins (js/margins/): whether they are shown; {rows, cols, all} in class space.
  showTotals: { raw: ["show_totals"], make: (get, raw) => raw("show_totals") === true },
  // top_classes: the first N classes of the display order shown, the others in "(other)" (null: all).
  topClasses: {
    raw: ["top_classes"], uses: ["k"],
    make: (get, raw) => (Number.isInteger(raw("top_classes")) && raw("top_classes") >= 1 ? raw("top_classes") : null),
  },
  totals: {
    uses: ["matrix", "k", "cols"],
    make: (get) => classTotals(get("matrix").counts, get("k"), get("cols"), get("matrix").totals),
  },
};

// Every raw trait a key depends on, directly or through the keys it uses.
const RAW = {};
const rawOf = (key) => {
  if (!RAW[key]) {
    const spec = KEYS[key];
    RAW[key] = [...new Set([...(spec.raw || []), ...(spec.uses || []).flatMap(rawOf)])];
  }
  return RAW[key];
};
for (const key of Object.keys(KEYS)) rawOf(key);

/** The decoded state over a raw source. */
// What a true row's share divides by: the given totals (multi-label), the row with its abstained
// samples, or (null) the row of the square.
function rowTotals(get) {
  const { totals } = get("matrix");
  if (totals) return totals.rows;
  const k = get("k");
  if (get("cols") !== k + 1) return null;
  const counts = get("counts");
  const extra = get("countParts").rest;
  return Float64Array.from({ length: k }, (_, i) => pairwiseSum(counts, i * k, k) + extra[i]);
}

export function createState(source) {
  const memo = new Map();
  const spec = (key) => {
    if (!KEYS[key]) throw new Error(`unknown state key ${key}`);
    return KEYS[key];
  };
  const get = (key) => {
    const s = spec(key);
    const raws = RAW[key].map((name) => source.get(name));
    const hit = memo.get(key);
    if (hit && hit.raws.every((r, i) => r === raws[i])) return hit.value;
    const value = s.make(get, (name) => source.get(name));
    memo.set(key, { raws, value });
    return value;
  };
  const on = (key, fn) => {
    spec(key);
    const offs = RAW[key].map((name) => source.on(name, fn));
    return () => offs.forEach((off) => off());
  };
  const set = (intent, value) => {
    if (!INTENTS.has(intent)) throw new Error(`${intent} is not something the page may write`);
    source.set(intent, value);
  };
  const send = (msg) => source.send(msg);
  // An answer to a message (the kernel's, or the page's own without a kernel): fn(msg).
  const receive = (fn) => (source.receive ? source.receive(fn) : () => {});
  return { get, on, set, send, receive };
}

/**
 * Call fn once (in a microtask) after any of `keys` changed, however many changed together.
 * Ends with `signal`. Returns a function that schedules fn by hand.
 */
export function watch(state, keys, fn, signal) {
  let queued = false;
  const schedule = () => {
    if (queued || (signal && signal.aborted)) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!(signal && signal.aborted)) fn();
    });
  };
  const offs = keys.map((key) => state.on(key, schedule));
  if (signal) signal.addEventListener("abort", () => offs.forEach((off) => off()), { once: true });
  return schedule;
}
