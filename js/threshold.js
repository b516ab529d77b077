// The threshold control of binary scores: a slider and the TN/FP/FN/TP readout.
// Keys: binary, threshold, countDigits. Writes the threshold intent, throttled while dragging;
// the value where the drag ends is always written.

import { listen, scope } from "./dom.js";
import { formatCount, formatMetric, stepDecimals } from "./format.js";
import { watch } from "./state.js";
import { throttle } from "./util.js";

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

  function update() {
    const b = state.get("binary");
    el.hidden = !b;
    if (!b) return;
    const step = stepOf(b);
    slider.min = String(b.lo);
    slider.max = String(b.hi);
    slider.step = String(step);
    const t = state.get("threshold") ?? Number(b.threshold);
    if (!dragging && Number.isFinite(t)) {
      slider.value = String(t);
      shown.textContent = t.toFixed(stepDecimals(step));
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
    for (const [name, v] of [["TPR", b.tpr], ["FPR", b.fpr], ["precision", b.precision], ["F1", b.f1]]) {
      stats.append(h("span", "cmw-stat", `${name} ${formatMetric(v)}`));
    }
    readout.replaceChildren(table, stats);
  }

  const write = (v) => {
    if (!Number.isFinite(v)) return;
    lastWritten = v;
    state.set("threshold", v);
  };
  const writeThrottled = throttle(write, THROTTLE_MS, clock);
  const value = () => parseFloat(slider.value);

  listen(slider, "input", () => {
    dragging = true;
    const v = value();
    const b = state.get("binary");
    shown.textContent = v.toFixed(stepDecimals(b ? stepOf(b) : 0.01));
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

  watch(state, ["binary", "threshold", "countDigits"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
