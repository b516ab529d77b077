// Decoders of the runs' private traits (_runs, _compare, _moves, run, compare) for js/state.js,
// and what compare mode shows in the cells: the change of each count since the compared run, on
// a colour scale symmetric around no change, from worse to better. Pure: malformed values decode to "nothing to show",
// never to an exception.

import { colorIndices, decodeMatrix, rgbaOf } from "./derive.js";

const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
const count = (v) => (Number.isFinite(Number(v)) ? Math.max(0, Math.trunc(Number(v))) : 0);
const ints = (v) => list(v).map(Number).filter(Number.isInteger);

/** {names, accuracy, macroF1}: the scrubber's runs and the history line (numbers or null). */
export function decodeRuns(raw) {
  const r = obj(raw);
  const names = list(r.names).map(String);
  const num = (a) => names.map((_, k) => (Number.isFinite(list(a)[k]) ? Number(list(a)[k]) : null));
  return { names, accuracy: num(r.accuracy), macroF1: num(r.macro_f1) };
}

/** The compared run: {name, counts (its K x K counts), lut (RGBA), fixed, broken, changed}, or null. */
export function decodeCompare(raw, k) {
  const c = obj(raw);
  if (typeof c.name !== "string") return null;
  const m = decodeMatrix(c.matrix);
  const lut = rgbaOf(c.lut);
  if (m.k !== k || !lut) return null;
  return { name: c.name, counts: m.counts, lut, fixed: count(c.fixed), broken: count(c.broken), changed: count(c.changed) };
}

/** The change of each count: counts - other. */
export function deltaValues(counts, other) {
  const out = new Float64Array(counts.length);
  for (let p = 0; p < counts.length; p++) out[p] = counts[p] - (other[p] || 0);
  return out;
}

/** The largest change either way (at least 1, so that no change sits mid-scale). */
export function deltaSpan(delta) {
  let m = 0;
  for (let p = 0; p < delta.length; p++) m = Math.max(m, Math.abs(delta[p]));
  return Math.max(m, 1);
}

/**
 * How much better each cell of a k x k change got: the change on the diagonal (more samples
 * right), minus the change off it (fewer samples wrong).
 */
export function deltaGain(delta, k) {
  const out = Float64Array.from(delta, (v) => -v);
  for (let i = 0; i < k; i++) out[i * k + i] = delta[i * k + i];
  return out;
}

/**
 * Colour indices of the changes on a scale from "worse" (0) to "better" (255) by `span`: no change
 * is the middle, on and off the diagonal alike.
 */
export const deltaColors = (delta, k) => {
  const m = deltaSpan(delta);
  return colorIndices(deltaGain(delta, k), -m, m);
};

/** A change as text: "+3", "-2" (a true minus sign), "0". */
export function signed(v, digits = 0) {
  const text = Math.abs(v).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${v > 0 ? "+" : "\u2212"}${text}`;
}

/** Colour-bar ticks of the change: worse by the span, no change, better by the span. */
export function deltaTicks(delta, digits = 0) {
  const m = Math.abs(deltaSpan(delta)).toFixed(digits);
  return [[0, `${m} worse`], [0.5, "no change"], [1, `${m} better`]];
}

/** Samples that entered and left the selected cell in compare mode, or null. */
export function decodeMoves(raw) {
  const m = obj(raw);
  if (!Number.isInteger(m.i) || !Number.isInteger(m.j)) return null;
  return {
    i: m.i,
    j: m.j,
    entered: ints(m.entered),
    cameFrom: ints(m.came_from),
    left: ints(m.left),
    wentTo: ints(m.went_to),
    nEntered: count(m.n_entered),
    nLeft: count(m.n_left),
  };
}

export const RUN_KEYS = {
  runs: { raw: ["_runs"], make: (get, raw) => decodeRuns(raw("_runs")) },
  run: { raw: ["run"], make: (get, raw) => (raw("run") == null ? "" : String(raw("run"))) },
  compare: { raw: ["compare"], make: (get, raw) => (raw("compare") == null ? null : String(raw("compare"))) },
  compareState: { raw: ["_compare"], uses: ["k"], make: (get, raw) => decodeCompare(raw("_compare"), get("k")) },
  moves: { raw: ["_moves"], make: (get, raw) => decodeMoves(raw("_moves")) },
};

export const RUN_INTENTS = ["run", "compare"];
