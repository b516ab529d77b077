// The decoding layer: the only code that reads the widget's private traits and decodes their
// buffers. It wraps a raw source (js/source_model.js for the live model; embedded data for a
// page without a kernel) and offers the components the same small interface over decoded keys:
//
//   get(key)            decoded value, computed once per raw value (memoised on identity)
//   on(key, fn)         call fn when the key may have changed; returns an unsubscribe function
//   set(intent, value)  a user intent: normalize, cmap, threshold, display_labels, selected
//   send(msg)           a custom message, e.g. {type: "page", offset}
//
// A raw source has the same four methods over trait names.

import { greyLut, contrastColor } from "./colors.js";
import { parseSelected } from "./format.js";
import { RUN_INTENTS, RUN_KEYS } from "./runs_keys.js";
import { toFloat64, toUint8 } from "./util.js";

export const INTENTS = new Set(["normalize", "cmap", "threshold", "display_labels", "selected", ...RUN_INTENTS]);

const int = (v) => Math.max(0, Math.trunc(Number(v) || 0));
const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);

function labelList(raw, k) {
  return Array.from({ length: k }, (_, i) => (raw && raw[i] != null ? String(raw[i]) : String(i)));
}

function decodeLut(raw) {
  const lut = toUint8(raw);
  return lut.length >= 1024 ? lut : greyLut();
}

/** 1 where white text reads better than black on each of the 256 entries of an RGBA table. */
export function lightTextOf(lut) {
  const out = new Uint8Array(256);
  for (let c = 0; c < 256; c++) out[c] = contrastColor(lut[4 * c], lut[4 * c + 1], lut[4 * c + 2]) === "#ffffff" ? 1 : 0;
  return out;
}

/**
 * Decoded keys: [raw traits they are made of, decode(...rawValues)]. `d` gives other decoded
 * keys (decode functions may build on each other; their raw traits are listed too).
 */
const KEYS = {
  k: [["_n"], (n) => int(n)],
  labels: [["display_labels", "_n"], (raw, n) => labelList(raw, int(n))],
  normalize: [["normalize"], (v) => v ?? null],
  cmap: [["cmap"], (v) => String(v || "Blues")],
  threshold: [["threshold"], (v) => (v == null ? null : Number(v))],
  selected: [["selected", "_n"], (v, n) => parseSelected(v, int(n))],
  counts: [["_counts"], toFloat64],
  values: [["_values"], toFloat64],
  colors: [["_colors"], toUint8],
  lut: [["_lut"], decodeLut],
  lutText: [["_lut_text", "_lut"], (raw, lut) => {
    const t = toUint8(raw);
    return t.length >= 256 ? t : lightTextOf(decodeLut(lut));
  }],
  fmt: [["_fmt"], (v) => (v && v.kind ? v : { kind: "int", digits: 0 })],
  countDigits: [["_count_digits"], int],
  colorbar: [["_colorbar"], (v) => list(obj(v).ticks).filter((t) => Array.isArray(t) && t.length >= 2)],
  titles: [["_titles"], (v) => ({ x: "Predicted label", y: "True label", ...obj(v) })],
  binary: [["_binary", "display_labels", "_n"], (raw, names, n) => {
    const b = obj(raw);
    if (!(Number.isFinite(b.lo) && Number.isFinite(b.hi))) return null;
    const labels = labelList(names, int(n));
    const p = Number.isInteger(b.pos_index) ? b.pos_index : 1;
    return {
      ...b,
      posName: String(b.pos_label ?? labels[p] ?? "positive"),
      negName: String(b.neg_label ?? labels[1 - p] ?? "negative"),
    };
  }],
  selection: [["_selection", "_has_samples"], (raw, has) => {
    const s = obj(raw);
    if (!Number.isInteger(s.i) || !Number.isInteger(s.j)) return null;
    return { ...s, available: s.available !== false && has !== false, sentence: list(s.sentence) };
  }],
  metrics: [["_metrics"], (raw) => {
    const m = obj(raw);
    const perClass = list(m.per_class).map((r) => ({ ...obj(r), label: String(obj(r).label ?? "") }));
    return { perClass, summary: list(m.summary).map(obj) };
  }],
  notes: [["_notes"], (v) => list(v).map(String)],
  ...RUN_KEYS,
};

/** The decoded state over a raw source. */
export function createState(source) {
  const memo = new Map();
  const get = (key) => {
    const spec = KEYS[key];
    if (!spec) throw new Error(`unknown state key ${key}`);
    const raws = spec[0].map((name) => source.get(name));
    const hit = memo.get(key);
    if (hit && hit.raws.every((r, i) => r === raws[i])) return hit.value;
    const value = spec[1](...raws);
    memo.set(key, { raws, value });
    return value;
  };
  const on = (key, fn) => {
    const spec = KEYS[key];
    if (!spec) throw new Error(`unknown state key ${key}`);
    const offs = spec[0].map((name) => source.on(name, fn));
    return () => offs.forEach((off) => off());
  };
  const set = (intent, value) => {
    if (!INTENTS.has(intent)) throw new Error(`${intent} is not something the page may write`);
    source.set(intent, value);
  };
  const send = (msg) => source.send(msg);
  return { get, on, set, send };
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
