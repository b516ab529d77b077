// The threshold control of binary scores: a slider and the TN/FP/FN/TP readout.
// Keys: binary, threshold, countDigits, table. Writes the threshold intent, throttled while dragging;
// the value where the drag ends is always written. For a Dask or Spark table the slider moves over
// its score edges (by index), where the kernel answers without a query.

import { listen, scope } from "../ui/dom.js";
import { formatCount, formatMetric, stepDecimals } from "../core/format.js";
import { watch } from "../core/state.js";
import { throttle } from "../core/util.js";
import { fillCell } from "../uncertainty/intervals.js";

/** Index of the largest edge <= t (0 when t is below them all). */
export function edgeIndex(edges, t) {
  let lo = 0;
  let hi = edges.length - 1;
  if (!(t >= edges[0])) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= t) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export const THROTTLE_MS = 60;    // at most one threshold write per this many ms during a drag

/** `clock` ({now, setTimeout, clearTimeout}) can be replaced in tests. */
export function createThreshold({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-binary");
  const field = h("label", "cmw-field cmw-threshold-field");
  const slider = h("input", "cmw-threshold");
  slider.type = "range";
  const shown = h("output", "cmw-threshold-value");
  field.append(h("span", null, "Threshold"), slider, shown);
  const readout = h("div", "cmw-readout");
  el.append(field, readout);
  el.hidden = true;

  let dragging = false;       // while dragging, echoes of our own writes must not move the slider
  let lastWritten = null;
  const stepOf = (b) => (b.step > 0 ? b.step : (b.hi - b.lo) / 1000 || 0.01);

  const edgesOf = () => state.get("table")?.edges || null;
  const shownText = (v, b) => (edgesOf() ? String(Number(v.toPrecision(6))) : v.toFixed(stepDecimals(stepOf(b))));

  function update() {
    const b = state.get("binary");
    el.hidden = !b;
    if (!b) return;
    const edges = edgesOf();
    slider.min = edges ? "0" : String(b.lo);
    slider.max = edges ? String(edges.length - 1) : String(b.hi);
    slider.step = edges ? "1" : String(stepOf(b));
    const t = state.get("threshold") ?? Number(b.threshold);
    if (!dragging && Number.isFinite(t)) {
      slider.value = String(edges ? edgeIndex(edges, t) : t);
      shown.textContent = shownText(t, b);
    }
    drawReadout(b);
  }

  function drawReadout(b) {
    const cd = state.get("countDigits");
    const table = h("table", "cmw-readout-table");
    const head = table.createTHead().insertRow();
    head.append(h("th"), h("th", null, `predicted ${b.negName}`), h("th", null, `predicted ${b.posName}`));
    const body = table.createTBody();
    const rows = [[`true ${b.negName}`, ["TN", b.tn], ["FP", b.fp]], [`true ${b.posName}`, ["FN", b.fn], ["TP", b.tp]]];
    for (const [name, ...cells] of rows) {
      const tr = body.insertRow();
      tr.append(h("th", null, name));
      for (const [tag, v] of cells) {
        const td = h("td");
        td.append(h("span", "cmw-tag", tag), dom.doc.createTextNode(` ${formatCount(v, cd)}`));
        tr.append(td);
      }
    }
    const stats = h("div", "cmw-readout-stats");
    // With intervals shown (and not stale in a page without a kernel), each rate carries its own.
    const iv = state.get("intervals");
    const own = iv && !iv.stale && iv.binary ? iv.binary : null;
    for (const [name, key, v] of [["TPR", "tpr", b.tpr], ["FPR", "fpr", b.fpr], ["precision", "precision", b.precision],
      ["F1", "f1", b.f1]]) {
      if (!own) {
        stats.append(h("span", "cmw-stat", `${name} ${formatMetric(v)}`));
        continue;
      }
      const value = h("span", "cmw-stat-value");
      fillCell(dom, value, v, own[key], iv.level, key === "f1" ? "bootstrap" : "wilson");
      const stat = h("span", "cmw-stat", `${name} `);
      stat.append(value);
      stats.append(stat);
    }
    readout.replaceChildren(table, stats);
  }

  const write = (v) => {
    if (!Number.isFinite(v)) return;
    lastWritten = v;
    state.set("threshold", v);
  };
  const writeThrottled = throttle(write, THROTTLE_MS, clock);
  const value = () => {
    const edges = edgesOf();
    return edges ? edges[Math.trunc(parseFloat(slider.value))] : parseFloat(slider.value);
  };

  listen(slider, "input", () => {
    dragging = true;
    const v = value();
    const b = state.get("binary");
    if (Number.isFinite(v)) shown.textContent = b ? shownText(v, b) : v.toFixed(2);
    writeThrottled(v);
  }, ac.signal);
  listen(slider, "change", () => {
    dragging = false;
    writeThrottled.cancel();
    // The final value always goes out, unless it is exactly what was just written and kept.
    const v = value();
    if (v !== lastWritten || state.get("threshold") !== v) write(v);
  }, ac.signal);
  ac.signal.addEventListener("abort", () => writeThrottled.cancel(), { once: true });

  watch(state, ["binary", "threshold", "countDigits", "table", "intervals"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
