// A raw state source with no kernel: the widget's traits come from data embedded in the page
// (cm_widget/_export.py), and the page answers the user's intents itself with the engine's
// rules (js/page_engine.js). Same four methods as the live model (js/source_model.js), so the
// same components run on it unchanged.

import * as E from "./page_engine.js";
import { CURATED_DELTAS } from "./curated_luts.js";
import { decodeMatrix, normalizeValues, splitColumns } from "./derive.js";
import { fixed } from "./format.js";
import { canonicalSelection, multiSentence, parseSelection, selectionCells } from "../select/selection_spec.js";
import { csvText, pyFloat } from "../select/csv.js";
import { decodeSliceCodes, sliceOrders, sliceSets, slicesState } from "../slices/slice_page.js";

const PREVIEWS_PER_PAGE = 40;
const ABSTAINED = "abstained";   // the last column's name (cm_widget/_multiclass.ABSTAINED)

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

/**
 * RGB table (256 x 3 bytes) of an offered colormap, shipped with the code (js/core/curated_luts.js),
 * or null.
 * @param {string} name
 */
export function curatedLut(name) {
  const deltas = Object.prototype.hasOwnProperty.call(CURATED_DELTAS, name) ? CURATED_DELTAS[name] : null;
  if (!deltas) return null;
  const out = new Uint8Array(768);
  for (let ch = 0; ch < 3; ch++) {
    let v = 0;
    for (let c = 0; c < 256; c++) {
      v += deltas[256 * ch + c];
      out[3 * c + ch] = v;
    }
  }
  return out;
}

const isWhole = (a) => a.every((v) => Number.isInteger(v));

/** The raw source over `data` (the JSON document _export.page_data writes). */
export function embeddedSource(data) {
  const values = JSON.parse(JSON.stringify(data.state.values));
  for (const b of data.state.buffers) setPath(values, b.path, E.fromBase64(b.data));
  if (!values._lut && typeof values.cmap === "string") {
    // an offered colormap's table comes with this code, not with the data (_export.page_data)
    const name = values.cmap;
    const forward = curatedLut(name.endsWith("_r") ? name.slice(0, -2) : name);
    if (forward) values._lut = curatedLut(name) || reversedLut(forward);
  }
  const k = data.k;
  // Every sample; with the slice of each embedded (cm_widget/_export/slices.py) the page shows any
  // slice itself, and `d` holds the samples of the slice shown.
  const every = E.decodeSamples(data);
  const sliceNames = values._slices && Array.isArray(values._slices.names) ? values._slices.names.map(String) : [];
  const sliceCodes = every && sliceNames.length ? decodeSliceCodes(data.samples.slices, every.n) : null;
  const sets = sliceCodes ? sliceSets(every, sliceCodes, sliceNames.length) : null;
  const savedSlice = values.slice ?? null;
  let d = sets && sets[sliceNames.indexOf(savedSlice)] || every;
  const listeners = new Map();
  const memo = { key: null, members: null };
  const pageSize = data.page_size || 100;
  // Multi-label: a sample counts in several cells of a row, so a cell's share is of the samples with its true label.
  const multilabel = Boolean(values._scores && values._scores.kind === "multilabel");
  // Abstain, top-k and per-label thresholds are recounted by a kernel only. The per-label tables
  // and thresholds stay as saved, fixed: no threshold to move, no label cell to list here.
  values._scores = multilabel ? { ...values._scores, fixed: true } : {};
  if (data.omitted) {
    // Counts only: the threshold and the cells' contents need the samples, which are not here.
    values._notes = [...(values._notes || []), data.omitted];
    values._binary = {};
  } else if (d === null) {
    values._notes = [...(values._notes || []), "This matrix was built from counts: its cells have no samples to list."];
  }
  // Without the slice of every sample (more samples than max_samples), every slice's matrix is as
  // saved: another slice or another threshold needs a kernel (the panel says so).
  if (sliceNames.length && !sliceCodes) values._slices = { ...values._slices, fixed: true };
  const baseBinary = values._binary && Number.isFinite(values._binary.lo) ? { ...values._binary } : null;
  // Ranking needs the scores at full precision, which only the kernel holds (binary scores come
  // rounded to float32, (n, K) scores not at all): this page lists a cell by index. Its marks of
  // likely label errors hold at the saved threshold only.
  const savedRank = values.rank;
  values.rank = "index";
  if (values._issues && Object.keys(values._issues).length) {
    values._issues = { ...values._issues, kernel_only: true };
    if (baseBinary) delete values._issues.counts;
  }

  const emit = (name) => {
    for (const fn of listeners.get(name) || []) fn();
  };
  const put = (name, value) => {
    values[name] = value;
    emit(name);
  };

  // The counts as saved (the synced _matrix, in the narrowest type that holds them): the only
  // counts of a file without samples. Abstained samples per true class (the kernel's last
  // column) count in a row's share.
  // A plain view of labels leaves its counts and metrics to the page (cm_widget/_export/recount.py).
  if (data.recount && d) {
    const own = E.countsAt(d, values.threshold);
    values._matrix = { k, cols: k, dtype: "float64", counts: new Uint8Array(own.buffer) };
    values._metrics = E.metricsState(own, k, d, null);
  }
  const full = decodeMatrix(values._matrix);
  let counts = d ? E.countsAt(d, values.threshold) : Float64Array.from(splitColumns(full.counts, k, full.cols).square);
  const rowExtra = full.cols === k + 1 ? Array.from({ length: k }, (_, i) => full.counts[i * full.cols + k]) : null;

  function matrixTrait() {
    return { k, dtype: "float64", counts: new Uint8Array(counts.buffer.slice(0)) };
  }

  // The rows of the embedded data in cell (i, j), ascending (js/page_engine.js cellRows).
  function members(i, j) {
    const key = `${i},${j},${values.threshold},${values.slice}`;
    if (memo.key !== key) {
      memo.key = key;
      memo.members = E.cellRows(d, i, j, values.threshold);
    }
    return memo.members;
  }

  // The share of the sentence (cm_widget/_view.share_of): of the cell's rows, of its columns or of
  // the whole, as the view is normalised. Abstained samples (the kernel's last column) count.
  function shareOf(count, rows, cols, basis) {
    let den = 0;
    if (basis === "true") {
      for (const a of rows) {
        for (let q = 0; q < k; q++) den += counts[a * k + q];
        if (rowExtra) den += rowExtra[a];
      }
    } else {
      for (let a = 0; a < k; a++) {
        if (basis === "all") {
          for (let q = 0; q < k; q++) den += counts[a * k + q];
          if (rowExtra) den += rowExtra[a];
        } else for (const b of cols) den += b === k ? (rowExtra ? rowExtra[a] : 0) : counts[a * k + b];
      }
    }
    return den ? count / den : 0;
  }

  // A cell of the matrix, or of the group roll-up: `rows` and `cols` are its true and predicted
  // classes, `list()` its rows of the embedded data in the order the kernel lists their samples.
  // `words`: { abstained, multilabel } as _view.sentence takes them.
  function cellState(i, j, rows, cols, names, list, offset, extra = {}, words = {}) {
    let count = 0;
    for (const a of rows) {
      for (const b of cols) count += b === k ? (rowExtra ? rowExtra[a] : 0) : counts[a * k + b];
    }
    const weighted = Boolean((d && d.weights) || !isWhole(counts));
    const basis = E.shareBasis(values.normalize);
    let share;
    if (words.multilabel) {
      // A sample counts in several cells of a row: shares are of the label's samples (the saved totals).
      const t = full.totals;
      const den = !t ? 0 : basis === "true" ? t.rows[i] : basis === "pred" ? t.cols[j] : t.all;
      share = den ? count / den : 0;
    } else share = shareOf(count, rows, cols, basis);
    const all = d ? list() : [];
    const total = all.length;
    let at = Math.max(0, Math.min(Math.trunc(offset) || 0, Math.max(total - 1, 0)));
    at -= at % pageSize;
    const page = all.slice(at, at + pageSize);
    const previews = [];
    for (const r of page.slice(0, PREVIEWS_PER_PAGE)) {
      const p = data.previews && data.previews[String(E.rowPosition(d, r))];
      if (p) previews.push(p);
    }
    return {
      i,
      j,
      ...extra,
      sentence: E.sentence(count, names[0], names[1], share, i === j, weighted, { basis, ...words }),
      count,
      total,
      offset: at,
      indices: d ? E.rowLabels(d, page) : [],
      page_size: pageSize,
      previews,
      available: d !== null,
      unavailable: data.omitted ? "The samples of a cell need a live kernel: this file keeps the counts only." : null,
    };
  }

  function selectionState(i, j, offset) {
    const names = values.display_labels || [];
    if (rowExtra && j === k) {
      // The abstained column: no prediction was made (the kernel words it so too).
      return cellState(i, j, [i], [j], [String(names[i] ?? i), ABSTAINED], () => [], offset, {}, { abstained: true });
    }
    return cellState(i, j, [i], [j], [String(names[i] ?? i), String(names[j] ?? j)], () => members(i, j), offset,
      {}, { multilabel });
  }

  // Groups (many classes): the group of each class, and the samples of a roll-up cell.
  const groupNames = values._groups && Array.isArray(values._groups.names) ? values._groups.names.map(String) : [];
  const groupOf = new Array(groupNames.length ? k : 0).fill(0);
  if (groupNames.length) {
    const bytes = values._groups.codes;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let c = 0; c < k; c++) groupOf[c] = k <= 65536 ? dv.getUint16(2 * c, true) : dv.getUint32(4 * c, true);
  }
  const classesOf = (g) => groupOf.flatMap((x, c) => (x === g ? [c] : []));

  // The rows of a roll-up cell, ascending: their samples in ascending order, as group_indices lists them.
  function groupMembers(g, h) {
    if (d.kind === "binary") {
      const out = [];
      for (const a of classesOf(g)) for (const b of classesOf(h)) out.push(...members(a, b));
      return out.sort((x, y) => x - y);
    }
    const out = [];
    for (let s = 0; s < d.n; s++) {
      const c = d.cells[s];
      const a = Math.floor(c / k);
      if (groupOf[a] === g && groupOf[c - a * k] === h) out.push(s);
    }
    return out;
  }

  function groupSelectionState(g, h, offset) {
    return cellState(g, h, classesOf(g), classesOf(h), [groupNames[g], groupNames[h]], () => groupMembers(g, h),
      offset, { group: true });
  }

  // A row, a column, the errors or a list of cells (cm_widget/_features/selection.py): the rows of
  // the embedded data in any of its cells, in one pass, listed as the kernel lists them.
  function multiState(spec, offset) {
    const cols = rowExtra ? k + 1 : k;
    const sel = parseSelection(spec, k, cols);
    const cells = selectionCells(sel, k, cols);
    let count = 0;
    for (const [a, b] of cells) count += b === k ? (rowExtra ? rowExtra[a] : 0) : counts[a * k + b];
    const wanted = new Uint8Array(k * k);
    for (const [a, b] of cells) if (b < k) wanted[a * k + b] = 1;
    const rows = d ? E.selectionRows(d, wanted, values.threshold) : [];
    const labels = E.rowLabels(d || {}, rows);
    const order = rows.map((_, at) => at);
    if (d && d.ids) order.sort((x, y) => (labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : x - y));
    // Added row by row, as the kernel adds them (a multi-label count is of label pairs).
    let whole = 0;
    for (let a = 0; a < k; a++) {
      for (let q = 0; q < k; q++) whole += counts[a * k + q];
      if (rowExtra) whole += rowExtra[a];
    }
    const names = (values.display_labels || []).map(String);
    if (rowExtra) names.push(ABSTAINED);
    const name = sel.kind === "row" ? names[sel.i] : sel.kind === "col" ? names[sel.j] : null;
    const weighted = Boolean((d && d.weights) || !isWhole(counts));
    const total = rows.length;
    let at = Math.max(0, Math.min(Math.trunc(offset) || 0, Math.max(total - 1, 0)));
    at -= at % pageSize;
    const page = order.slice(at, at + pageSize);
    const previews = [];
    for (const p of page.slice(0, PREVIEWS_PER_PAGE)) {
      const preview = data.previews && data.previews[String(E.rowPosition(d, rows[p]))];
      if (preview) previews.push(preview);
    }
    return {
      i: sel.kind === "row" ? sel.i : -1,
      j: sel.kind === "col" ? sel.j : -1,
      kind: sel.kind,
      sentence: multiSentence(sel.kind, count, name, cells.length, whole ? count / whole : 0, weighted,
        { fixed, formatG: E.formatG, pairs: multilabel }),
      count,
      total,
      offset: at,
      indices: page.map((p) => labels[p]),
      page_size: pageSize,
      previews,
      available: d !== null,
      unavailable: data.omitted ? "The samples of a cell need a live kernel: this file keeps the counts only." : null,
    };
  }

  function refreshSelection(offset = 0) {
    const sel = values.selected;
    const sg = values.selected_group;
    if (sel != null && !(Array.isArray(sel) && sel.length === 2 && !Array.isArray(sel[0]))) {
      put("_selection", multiState(sel, offset));
    } else if (Array.isArray(sel) && sel.length === 2) put("_selection", selectionState(sel[0], sel[1], offset));
    else if (Array.isArray(sg) && sg.length === 2) put("_selection", groupSelectionState(sg[0], sg[1], offset));
    else put("_selection", {});
  }

  // Many classes: the named orders came embedded (at the file's counts); the menu offers those.
  values._order_choices = Object.keys(data.orders || {});
  // With slices, the orders that depend on the counts are the shown slice's (as the kernel's).
  let shownOrders = {};
  function setOrder(name) {
    const o = data.orders && data.orders[name];
    if (!o) return;
    put("_order", shownOrders[name] ||
      { dtype: o.dtype, classes: E.fromBase64(o.classes), groups: o.groups ? E.fromBase64(o.groups) : null });
    put("order", name);
  }

  function select(name, value, rows, cols = rows) {
    if (name === "selected") {
      // Any form the kernel takes, in the kernel's canonical form (js/select/selection_spec.js).
      value = canonicalSelection(value, rows, cols);
      if (value === undefined) return;
    }
    const ok = value === null || name === "selected" || (Array.isArray(value) && value.length === 2 &&
      value.every((v, at) => Number.isInteger(v) && v >= 0 && v < (at === 0 ? rows : cols)));
    if (!ok) return;
    // A class cell and a group cell are never selected at once.
    const other = name === "selected" ? "selected_group" : "selected";
    if (value !== null && values[other] != null) {
      values[other] = null;
      emit(other);
    }
    values[name] = value;
    emit(name);
    refreshSelection(0);
  }

  // The matrix, its rates and metrics of the samples shown at the threshold.
  function recount() {
    const t = values.threshold;
    counts = E.countsAt(d, t);
    put("_matrix", matrixTrait());
    if (baseBinary) put("_binary", E.binaryState(baseBinary, counts, t));
    put("_metrics", E.metricsState(counts, k, d, t));
    put("_intervals", intervalsAt(counts));
  }

  function setThreshold(value) {
    if (!d || d.kind !== "binary" || !baseBinary) return;
    const v = Number(value);
    if (!Number.isFinite(v)) return;
    const t = E.pageThreshold(Math.min(Math.max(v, baseBinary.lo), baseBinary.hi), baseBinary.lo, baseBinary.hi);
    values.threshold = t;
    recount();
    // every slice moves with the threshold
    if (sets) put("_slices", slicesState(values._slices, sets, k, t));
    emit("threshold");
    if (values.selected != null) refreshSelection(0);
  }

  // Another slice (or every sample, null): its samples recounted and listed as the kernel does.
  function setSlice(value) {
    const name = value == null ? null : String(value);
    if (!sets || (name !== null && !sliceNames.includes(name))) return;
    values.slice = name;
    d = name === null ? every : sets[sliceNames.indexOf(name)];
    shownOrders = sliceOrders(data.slice_orders, name === null ? sliceNames.length : sliceNames.indexOf(name),
      k, groupNames.length);
    if (shownOrders[values.order]) put("_order", shownOrders[values.order]);
    recount();
    kernelViews();
    emit("slice");
    if (values.selected != null || values.selected_group != null) refreshSelection(0);
  }

  // What the kernel sends of the slice shown and this page cannot compute (curves, calibration, the
  // cost curve, likely label errors): the saved slice's as saved; for another slice a note says
  // they need a live kernel.
  function kernelViews() {
    const here = values.slice === savedSlice;
    const needs = [];
    const curves = savedViews._curves;
    if (curves && Object.keys(curves).length) {
      put("_curves", here ? curves : {});
      needs.push("ROC/PR curves");
    }
    const cal = savedViews._calibration;
    if (cal && cal.kind) {
      put("_calibration", here ? cal : { note: "This slice's calibration needs a live kernel." });
      needs.push("calibration");
    }
    const costs = savedViews._costs;
    if (costs && costs.curve) {
      put("_costs", here ? costs : { k: costs.k, cols: costs.cols, cost: costs.cost });
      needs.push("cost curve");
    }
    const issues = savedViews._issues;
    if (issues && issues.counts) {
      const rest = { ...issues };
      delete rest.counts;
      put("_issues", here ? issues : rest);
      needs.push("label-error marks");
    }
    const of = (v) => (v === null ? "all samples" : `slice ${v}`);
    put("_notes", here || !needs.length ? savedNotes : [...savedNotes,
      `The ${needs.join(", ")} of ${of(values.slice)} need a live kernel (this file holds those of ${of(savedSlice)}).`]);
  }

  function setCmap(name) {
    const text = String(name);
    const base = text.endsWith("_r") ? text.slice(0, -2) : text;
    // the data's own table of the colormap asked for, else the shipped one (reversed for "_r")
    const own = data.luts && data.luts[text] ? E.fromBase64(data.luts[text]) : null;
    const lut = own || curatedLut(text);
    const forward = lut || (data.luts && data.luts[base] ? E.fromBase64(data.luts[base]) : curatedLut(base));
    if (!forward) return;
    put("_lut", lut || reversedLut(forward));
    put("cmap", text);
  }

  if (d && d.kind === "binary" && baseBinary) {
    // The page works at float32 thresholds (exact, see _export.py): start at the nearest one.
    values.threshold = E.pageThreshold(values.threshold, baseBinary.lo, baseBinary.hi);
    counts = E.countsAt(d, values.threshold);
    values._matrix = matrixTrait();
    values._binary = E.binaryState(baseBinary, counts, values.threshold);
    values._metrics = E.metricsState(counts, k, d, values.threshold);
  }

  if (savedRank && savedRank !== "index" && (values.selected != null || values.selected_group != null)) {
    refreshSelection(0);  // the saved page of the cell was ranked by the kernel
  }
  // The Download menu's CSV files, as the kernel writes them (cm_widget/_features/export.py): its
  // float columns as Python writes floats, its counts too where the kernel's are floats.
  const receivers = new Set();
  function cellsCsv() {
    const m = decodeMatrix(values._matrix);
    const shares = normalizeValues(m.counts, m.k, "true", m.cols, m.totals);
    const names = (values.display_labels || []).map(String);
    const cols = names.slice();
    if (m.cols === k + 1) cols.push(ABSTAINED);
    const rows = [];
    for (let i = 0; i < m.k; i++) {
      for (let j = 0; j < m.cols; j++) {
        const count = m.counts[i * m.cols + j];
        rows.push([names[i], cols[j], data.float_counts ? pyFloat(count) : count, pyFloat(shares[i * m.cols + j])]);
      }
    }
    return csvText(["true", "predicted", "count", "share"], rows);
  }
  function selectionCsv() {
    const head = ["index", "true", "predicted"];
    const binary = Boolean(d && d.kind === "binary");
    if (binary) head.push("score");
    if (!d || values.selected == null) return csvText(head, []);
    const sel = parseSelection(values.selected, k, rowExtra ? k + 1 : k);
    const wanted = new Uint8Array(k * k);
    for (const [a, b] of selectionCells(sel, k, rowExtra ? k + 1 : k)) if (b < k) wanted[a * k + b] = 1;
    const rows = E.selectionRows(d, wanted, values.threshold);
    const labels = E.rowLabels(d, rows);
    const names = (values.display_labels || []).map(String);
    const tt = binary ? E.pageThreshold(values.threshold) : 0;
    // an id as the kernel writes it: a float column's ids as Python writes floats, True and False
    const floatIds = Boolean(data.samples && data.samples.ids && data.samples.ids.float);
    const id = (v) => (typeof v === "boolean" ? (v ? "True" : "False") : floatIds ? pyFloat(v) : v);
    const out = rows.map((r, at) => {
      if (!binary) return [id(labels[at]), names[Math.floor(d.cells[r] / k)], names[d.cells[r] % k]];
      const p = d.posIndex;
      return [id(labels[at]), names[d.positive[r] ? p : 1 - p], names[d.scores[r] >= tt ? p : 1 - p], pyFloat(d.scores[r])];
    });
    return csvText(head, out);
  }
  const files = { cells: ["confusion_matrix.csv", cellsCsv], selection: ["selection.csv", selectionCsv] };
  // The intervals came computed by the kernel at the saved counts; the page does not bootstrap, so at
  // other counts it says they need the kernel (and shows them again where the counts are the saved ones).
  const savedIntervals = values._intervals && values._intervals.level ? values._intervals : null;
  const savedCounts = Float64Array.from(counts);
  function intervalsAt(now) {
    if (!savedIntervals) return values._intervals;
    const same = values.slice === savedSlice && now.length === savedCounts.length &&
      now.every((v, p) => v === savedCounts[p]);
    return same ? savedIntervals : { stale: true, level: savedIntervals.level, z: savedIntervals.z };
  }

  const savedViews = { _curves: values._curves, _calibration: values._calibration, _costs: values._costs,
    _issues: values._issues };
  const savedNotes = values._notes || [];

  return {
    receive(fn) {
      receivers.add(fn);
      return () => receivers.delete(fn);
    },
    get: (name) => values[name],
    on(name, fn) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(fn);
      return () => listeners.get(name).delete(fn);
    },
    set(name, value) {
      if (name === "threshold") return setThreshold(value);
      if (name === "slice") return setSlice(value);
      if (name === "cmap") return setCmap(value);
      if (name === "normalize") {
        put(name, value ?? null);
        // The sentence gives the share the view is normalised by.
        if (values.selected != null || values.selected_group != null) refreshSelection(values._selection?.offset || 0);
        return undefined;
      }
      if (name === "display_labels") {
        if (!Array.isArray(value) || value.length !== k) return undefined;
        put(name, value.map(String));
        if (values.selected != null) refreshSelection(values._selection?.offset || 0);
        return undefined;
      }
      if (name === "selected") return select(name, value, k, rowExtra ? k + 1 : k);
      if (name === "selected_group") return select(name, value, groupNames.length);
      if (name === "order") return setOrder(value);
      if (name === "errors_only") return put(name, value === true);
      if (name === "cmap_scale") return value === "log" || value === "linear" ? put(name, value) : undefined;
      if (name === "show_totals") return typeof value === "boolean" ? put(name, value) : undefined;
      // top_classes: none at the groups level or for a multi-label matrix (it has totals)
      if (name === "top_classes") {
        return value === null || (value >= 1 && value <= k && Number.isInteger(value) && values.level !== "groups"
          && !values._matrix.totals) ? put(name, value) : undefined;
      }
      if (name === "level") {
        if (value === "classes" || (value === "groups" && groupNames.length && values.top_classes == null)) put(name, value);
        return undefined;
      }
      return undefined;
    },
    send(msg) {
      if (msg && msg.type === "download" && files[msg.what]) {
        const [name, make] = files[msg.what];
        const answer = { type: "download", what: msg.what, name, text: make() };
        queueMicrotask(() => { for (const fn of [...receivers]) fn(answer); });
        return;
      }
      if (msg && msg.type === "page" && (values.selected != null || values.selected_group != null)) {
        refreshSelection(Number(msg.offset) || 0);
      }
    },
  };
}
