// Costs (cost= in Python): the expected cost of the matrix shown, in total and per true class, and
// for binary scores the expected cost at every threshold, drawn under the ROC with its least point
// marked and a button that moves the threshold there. Keys: costs, expectedCost, binary, labels.

import { listen, scope } from "../ui/dom.js";
import { formatMetric } from "../core/format.js";
import { watch } from "../core/state.js";
import { clamp } from "../core/util.js";

export const COST_PLOT = { width: 240, height: 130, pad: 34 };
const SVG = "http://www.w3.org/2000/svg";

/** A cost as text: a whole number as it is, else three decimals (whole when large). */
export function formatCost(v) {
  if (!Number.isFinite(v)) return "–";
  if (Number.isInteger(v) || Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en-US");
  return formatMetric(v);
}

/** The sentence of the expected cost: "Expected cost 0.123 per sample (123 in total); per true class: a 0.1, b 0.2". */
export function costSentence(e, labels) {
  const per = e.perClass.map((c, i) => `${labels[i] ?? i} ${formatCost(c.mean)}`).join(", ");
  return `Expected cost ${formatCost(e.mean)} per sample (${formatCost(e.total)} in total); per true class: ${per}.`;
}

/** Points of the cost curve in a plot of {width, height, pad}: x over [lo, hi], y over [0, top]. */
export function costPlotPoints(curve, lo, hi, top, plot) {
  const { width, height, pad } = plot;
  const xs = (t) => pad + ((t - lo) / (hi > lo ? hi - lo : 1)) * (width - 2 * pad);
  const ys = (v) => height - pad + 4 - (top > 0 ? v / top : 0) * (height - pad - 12);
  const parts = new Array(curve.n);
  for (let i = 0; i < curve.n; i++) parts[i] = `${xs(curve.t[i]).toFixed(1)},${ys(curve.y[i]).toFixed(1)}`;
  return { points: parts.join(" "), xs, ys };
}

/** The line of the expected cost under the matrix's metrics (any widget given cost=). */
export function createCostSentence({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("p", "cmw-cost-sentence");
  el.hidden = true;
  function update() {
    const e = state.get("expectedCost");
    el.hidden = !e;
    if (!e) return;
    el.textContent = costSentence(e, state.get("labels"));
    el.dataset.mean = String(e.mean);
    el.dataset.total = String(e.total);
  }
  watch(state, ["expectedCost", "labels"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}

/** The cost at every threshold of binary scores, under the ROC. */
export function createCostCurve({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, doc } = dom;
  const svg = (tag, attrs = {}) => {
    const e = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const el = h("figure", "cmw-curve cmw-cost");
  el.hidden = true;
  const caption = h("figcaption", "cmw-curve-title", "Expected cost per sample by threshold");
  const { width, height, pad } = COST_PLOT;
  const plot = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Expected cost per sample at each threshold, its least point marked" });
  plot.classList.add("cmw-cost-svg");
  const line = svg("polyline", { class: "cmw-curve-line cmw-cost-line" });
  const now = svg("line", { class: "cmw-curve-guide cmw-cost-now" });
  const least = svg("circle", { r: 5, class: "cmw-cost-least" });
  const tip = svg("title");
  least.append(tip);
  const dot = svg("circle", { r: 4, class: "cmw-curve-marker cmw-cost-marker" });
  const xl = svg("text", { x: width / 2, y: height - 4, class: "cmw-curve-axis", "text-anchor": "middle" });
  xl.textContent = "threshold";
  const yl = svg("text", { x: 9, y: height / 2, class: "cmw-curve-axis", "text-anchor": "middle",
    transform: `rotate(-90 9 ${height / 2})` });
  yl.textContent = "cost";
  const top = svg("text", { x: pad - 4, y: 14, class: "cmw-curve-tick", "text-anchor": "end" });
  plot.append(svg("rect", { x: pad, y: 8, width: width - 2 * pad, height: height - pad - 4, class: "cmw-curve-frame" }),
    line, now, least, dot, xl, yl, top);
  const snap = dom.button("cmw-cost-snap", "Move the threshold to the least cost");
  const readout = h("p", "cmw-cost-readout");
  el.append(caption, plot, snap, readout);
  let scale = null;
  let drawnFor = null;

  listen(snap, "click", () => {
    const c = state.get("costs");
    const b = state.get("binary");
    if (c && c.least && b) state.set("threshold", clamp(c.least.threshold, b.lo, b.hi));
  }, ac.signal);

  function update() {
    const c = state.get("costs");
    const b = state.get("binary");
    el.hidden = !(c && c.curve && c.least && b);
    if (el.hidden) return;
    if (drawnFor !== c || !scale || scale.lo !== b.lo || scale.hi !== b.hi) {
      let ymax = 0;
      for (let i = 0; i < c.curve.n; i++) ymax = Math.max(ymax, c.curve.y[i]);
      const drawn = costPlotPoints(c.curve, b.lo, b.hi, ymax, COST_PLOT);
      line.setAttribute("points", drawn.points);
      scale = { ...drawn, lo: b.lo, hi: b.hi };
      top.textContent = formatCost(ymax);
      const lt = clamp(c.least.threshold, b.lo, b.hi);
      least.setAttribute("cx", scale.xs(lt).toFixed(1));
      least.setAttribute("cy", scale.ys(c.least.mean).toFixed(1));
      tip.textContent = `least cost ${formatCost(c.least.mean)} at threshold ${lt}`;
      Object.assign(el.dataset, { leastThreshold: String(c.least.threshold), leastMean: String(c.least.mean) });
      drawnFor = c;
    }
    const x = scale.xs(clamp(b.threshold, b.lo, b.hi)).toFixed(1);
    for (const [k, v] of Object.entries({ x1: x, x2: x, y1: 8, y2: height - pad + 4 })) now.setAttribute(k, String(v));
    const e = state.get("expectedCost");
    const mean = e ? e.mean : NaN;
    dot.setAttribute("visibility", Number.isFinite(mean) ? "visible" : "hidden");
    if (Number.isFinite(mean)) {
      dot.setAttribute("cx", x);
      dot.setAttribute("cy", scale.ys(mean).toFixed(1));
    }
    // Already at the least cost (the page may hold the threshold a little below, as a float32).
    snap.disabled = Math.abs(mean - c.least.mean) <= 1e-12 * Math.max(1, Math.abs(c.least.mean));
    readout.textContent = `Now ${formatCost(mean)} per sample; least ${formatCost(c.least.mean)} at threshold `
      + `${formatMetric(clamp(c.least.threshold, b.lo, b.hi))}.`;
    el.dataset.mean = String(mean);
  }

  watch(state, ["costs", "binary", "expectedCost"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
