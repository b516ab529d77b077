// Decoders of the runs' private traits (_runs, _compare, _moves, run, compare), for js/state.js.
// Pure: malformed values decode to "nothing to show", never to an exception.

import { toFloat64 } from "./util.js";

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

/** The compared run: {name, counts (its K x K counts), fixed, broken, changed}, or null. */
export function decodeCompare(raw, n) {
  const c = obj(raw);
  const k = count(n);
  if (typeof c.name !== "string") return null;
  const counts = toFloat64(c.counts);
  if (counts.length !== k * k) return null;
  return { name: c.name, counts, fixed: count(c.fixed), broken: count(c.broken), changed: count(c.changed) };
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
  runs: [["_runs"], decodeRuns],
  run: [["run"], (v) => (v == null ? "" : String(v))],
  compare: [["compare"], (v) => (v == null ? null : String(v))],
  compareState: [["_compare", "_n"], decodeCompare],
  moves: [["_moves"], decodeMoves],
};

export const RUN_INTENTS = ["run", "compare"];
