// A raw state source with no kernel: the widget's traits come from data embedded in the page
// (cm_widget/_export.py), and the page answers the user's intents itself with the engine's
// rules (js/page_engine.js). Same four methods as the live model (js/source_model.js), so the
// same components run on it unchanged.

import * as E from "./page_engine.js";

const PREVIEWS_PER_PAGE = 40;

function setPath(obj, path, value) {
  let o = obj;
  for (let p = 0; p < path.length - 1; p++) o = o[path[p]];
  o[path[path.length - 1]] = value;
}

function reversedLut(lut) {
  const out = new Uint8Array(lut.length);
  const n = lut.length / 3;
  for (let c = 0; c < n; c++) out.set(lut.subarray(3 * (n - 1 - c), 3 * (n - c)), 3 * c);
  return out;
}

const isWhole = (a) => a.every((v) => Number.isInteger(v));

/** The raw source over `data` (the JSON document _export.page_data writes). */
export function embeddedSource(data) {
  const values = JSON.parse(JSON.stringify(data.state.values));
  for (const b of data.state.buffers) setPath(values, b.path, E.fromBase64(b.data));
  const k = data.k;
  const d = E.decodeSamples(data);
  const listeners = new Map();
  const memo = { key: null, members: null };
  const pageSize = data.page_size || 100;
  if (data.omitted) {
    // Counts only: the threshold and the cells' contents need the samples, which are not here.
    values._notes = [...(values._notes || []), data.omitted];
    values._binary = {};
  } else if (d === null) {
    values._notes = [...(values._notes || []), "This matrix was built from counts: its cells have no samples to list."];
  }
  const baseBinary = values._binary && Number.isFinite(values._binary.lo) ? { ...values._binary } : null;

  const emit = (name) => {
    for (const fn of listeners.get(name) || []) fn();
  };
  const put = (name, value) => {
    values[name] = value;
    emit(name);
  };

  let counts = d ? E.countsAt(d, values.threshold) : E.typedFloat64(data.counts);

  function matrixTrait() {
    return { k, dtype: "float64", counts: new Uint8Array(counts.buffer.slice(0)) };
  }

  function members(i, j) {
    const key = `${i},${j},${values.threshold}`;
    if (memo.key !== key) {
      memo.key = key;
      memo.members = E.cellMembers(d, i, j, values.threshold);
    }
    return memo.members;
  }

  function selectionState(i, j, offset) {
    const names = values.display_labels || [];
    const count = counts[i * k + j];
    let row = 0;
    for (let q = 0; q < k; q++) row += counts[i * k + q];
    const weighted = Boolean((d && d.weights) || !isWhole(counts));
    const share = row ? count / row : 0;
    const list = d ? members(i, j) : [];
    const total = list.length;
    let at = Math.max(0, Math.min(Math.trunc(offset) || 0, Math.max(total - 1, 0)));
    at -= at % pageSize;
    const page = list.slice(at, at + pageSize);
    const previews = [];
    for (const s of page.slice(0, PREVIEWS_PER_PAGE)) {
      const p = data.previews && data.previews[String(s)];
      if (p) previews.push(p);
    }
    return {
      i,
      j,
      sentence: E.sentence(count, String(names[i] ?? i), String(names[j] ?? j), share, i === j, weighted),
      count,
      total,
      offset: at,
      indices: page,
      page_size: pageSize,
      previews,
      available: d !== null,
      unavailable: data.omitted ? "The samples of a cell need a live kernel: this file keeps the counts only." : null,
    };
  }

  function refreshSelection(offset = 0) {
    const sel = values.selected;
    if (Array.isArray(sel) && sel.length === 2) put("_selection", selectionState(sel[0], sel[1], offset));
    else put("_selection", {});
  }

  function setThreshold(value) {
    if (!d || d.kind !== "binary" || !baseBinary) return;
    const v = Number(value);
    if (!Number.isFinite(v)) return;
    const t = E.pageThreshold(Math.min(Math.max(v, baseBinary.lo), baseBinary.hi), baseBinary.lo, baseBinary.hi);
    values.threshold = t;
    counts = E.countsAt(d, t);
    put("_matrix", matrixTrait());
    put("_binary", E.binaryState(baseBinary, counts, t));
    put("_metrics", E.metricsState(counts, k, d));
    emit("threshold");
    if (values.selected != null) refreshSelection(0);
  }

  function setCmap(name) {
    const text = String(name);
    const base = text.endsWith("_r") ? text.slice(0, -2) : text;
    const table = data.luts[text] || data.luts[base];
    if (!table) return;
    const lut = E.fromBase64(table);
    put("_lut", data.luts[text] ? lut : reversedLut(lut));
    put("cmap", text);
  }

  if (d && d.kind === "binary" && baseBinary) {
    // The page works at float32 thresholds (exact, see _export.py): start at the nearest one.
    values.threshold = E.pageThreshold(values.threshold, baseBinary.lo, baseBinary.hi);
    counts = E.countsAt(d, values.threshold);
    values._matrix = matrixTrait();
    values._binary = E.binaryState(baseBinary, counts, values.threshold);
    values._metrics = E.metricsState(counts, k, d);
  }

  return {
    get: (name) => values[name],
    on(name, fn) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(fn);
      return () => listeners.get(name).delete(fn);
    },
    set(name, value) {
      if (name === "threshold") return setThreshold(value);
      if (name === "cmap") return setCmap(value);
      if (name === "normalize") return put(name, value ?? null);
      if (name === "display_labels") {
        if (!Array.isArray(value) || value.length !== k) return undefined;
        put(name, value.map(String));
        if (values.selected != null) refreshSelection(values._selection?.offset || 0);
        return undefined;
      }
      if (name === "selected") {
        const ok = value === null || (Array.isArray(value) && value.length === 2 &&
          value.every((v) => Number.isInteger(v) && v >= 0 && v < k));
        if (!ok) return undefined;
        values.selected = value;
        emit("selected");
        return refreshSelection(0);
      }
      return undefined;
    },
    send(msg) {
      if (msg && msg.type === "page" && values.selected != null) refreshSelection(Number(msg.offset) || 0);
    },
  };
}
