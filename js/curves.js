// Binary scores: the ROC and precision-recall curves with the current threshold marked.
// Keys: curves, binary. Pressing or dragging on a curve writes the threshold of the nearest drawn
// point (throttled while dragging; the last one always goes out); buttons offer thresholds for
// common targets. The curves are asked for once ({type: "curves"}): at 10M samples they cost a sort.

import { curvePlotGeometry } from "./curves_plot.js";
import { nearestPoint, polylinePoints } from "./curves_data.js";
import { listen, scope } from "./dom.js";
import { formatMetric } from "./format.js";
import { watch } from "./state.js";
import { clamp, throttle } from "./util.js";

export const THROTTLE_MS = 60;
export const PLOT = { size: 240, pad: 34 };   // the pad holds the ticks' values and the readout
const TICKS = [0, 0.5, 1];
const SVG = "http://www.w3.org/2000/svg";

const KINDS = [
  { kind: "roc", title: "ROC", x: "FPR", y: "TPR", area: "auc", areaName: "AUC",
    at: (b) => [b.fpr, b.tpr] },
  { kind: "pr", title: "Precision-recall", x: "recall", y: "precision", area: "ap", areaName: "AP",
    at: (b) => [b.tpr, b.precision] },
];

export function createCurves({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h, doc } = dom;
  const svg = (tag, attrs = {}) => {
    const e = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const el = h("div", "cmw-curves");
  el.hidden = true;
  const plots = h("div", "cmw-curve-plots");
  const targets = h("div", "cmw-curve-targets");
  el.append(plots, targets);
  let asked = false;
  let drawnFor = null;
  const parts = {};

  const write = (t) => {
    const b = state.get("binary");
    if (!b || !Number.isFinite(t)) return;
    state.set("threshold", clamp(t, b.lo, b.hi));
  };
  const writeThrottled = throttle(write, THROTTLE_MS, clock);
  ac.signal.addEventListener("abort", () => writeThrottled.cancel(), { once: true });

  function build(curves) {
    const { size, pad } = PLOT;
    plots.replaceChildren();
    for (const kind of Object.keys(parts)) delete parts[kind];
    for (const spec of KINDS) {
      const c = curves[spec.kind];
      const fig = h("figure", `cmw-curve cmw-curve-${spec.kind}`);
      const caption = h("figcaption", "cmw-curve-title");
      const area = curves[spec.area];
      const why = curves.undefinedBecause ? curves.undefinedBecause[spec.kind] : null;
      caption.textContent = `${spec.title}${area === null || why ? "" : `  ${spec.areaName} ${formatMetric(area)}`}`;
      if (why) {
        // No line to draw or drag: its rates divide by a class that has no samples.
        fig.append(caption, h("p", "cmw-curve-undefined", `Undefined: ${why}.`));
        plots.append(fig);
        continue;
      }
      const plot = svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, role: "img",
        "aria-label": `${spec.title} curve; press or drag on it to set the threshold` });
      plot.classList.add("cmw-curve-svg");
      Object.assign(plot.dataset, { kind: spec.kind, plotSize: String(size), plotPad: String(pad) });
      plot.append(
        svg("rect", { x: pad, y: pad, width: size - 2 * pad, height: size - 2 * pad, class: "cmw-curve-frame" }),
        svg("polyline", { points: polylinePoints(c, size, pad), class: "cmw-curve-line" }),
      );
      if (spec.kind === "roc") {
        plot.append(svg("line", { x1: pad, y1: size - pad, x2: size - pad, y2: pad, class: "cmw-curve-chance" }));
      }
      const xl = svg("text", { x: size / 2, y: size - 4, class: "cmw-curve-axis", "text-anchor": "middle" });
      xl.textContent = spec.x;
      const yl = svg("text", { x: 9, y: size / 2, class: "cmw-curve-axis", "text-anchor": "middle",
        transform: `rotate(-90 9 ${size / 2})` });
      yl.textContent = spec.y;
      plot.append(xl, yl, ...axisTicks(size, pad));
      // The current point: guides to both axes, its values above the plot, and a handle to drag.
      const guides = [0, 1].map(() => svg("line", { class: "cmw-curve-guide" }));
      const readout = svg("text", { x: pad, y: pad - 8, class: "cmw-curve-readout" });
      const marker = svg("circle", { r: 7, class: "cmw-curve-marker cmw-curve-handle" });
      const tip = svg("title");
      tip.textContent = "Drag along the curve to move the threshold";
      marker.append(tip);
      plot.append(...guides, readout, marker);
      fig.append(caption, plot);
      plots.append(fig);
      parts[spec.kind] = { plot, marker, guides, readout, curve: c, spec };
      drag(plot, c);
    }
    targets.replaceChildren();
    for (const g of curves.targets) {
      const b = dom.button("cmw-curve-target", `threshold for ${g.name}`);
      b.dataset.threshold = String(g.threshold);
      listen(b, "click", () => write(g.threshold), ac.signal);
      targets.append(b);
    }
  }

  // Tick marks and values at 0, 0.5 and 1 on both axes.
  function axisTicks(size, pad) {
    const inner = size - 2 * pad;
    const out = [];
    for (const v of TICKS) {
      const x = pad + v * inner;
      const y = pad + (1 - v) * inner;
      const text = String(v);
      out.push(svg("line", { x1: x, y1: size - pad, x2: x, y2: size - pad + 4, class: "cmw-curve-tickmark" }));
      out.push(svg("line", { x1: pad - 4, y1: y, x2: pad, y2: y, class: "cmw-curve-tickmark" }));
      const tx = svg("text", { x, y: size - pad + 14, class: "cmw-curve-tick", "text-anchor": "middle", "data-axis": "x" });
      tx.textContent = text;
      const ty = svg("text", { x: pad - 6, y, class: "cmw-curve-tick", "text-anchor": "end",
        "dominant-baseline": "middle", "data-axis": "y" });
      ty.textContent = text;
      out.push(tx, ty);
    }
    return out;
  }

  function drag(plot, c) {
    let down = false;
    const pick = (e) => {
      const g = curvePlotGeometry(plot.getBoundingClientRect(), PLOT);
      const px = (e.clientX - g.x0) / g.inner;
      const py = 1 - (e.clientY - g.y0) / g.inner;
      return c.t[nearestPoint(c, px, py)];
    };
    listen(plot, "pointerdown", (e) => {
      down = true;
      if (plot.setPointerCapture && e.pointerId !== undefined) {
        try { plot.setPointerCapture(e.pointerId); } catch { /* a synthetic event has no live pointer */ }
      }
      writeThrottled(pick(e));
    }, ac.signal);
    listen(plot, "pointermove", (e) => { if (down) writeThrottled(pick(e)); }, ac.signal);
    const end = (e) => {
      if (!down) return;
      down = false;
      writeThrottled.cancel();
      write(pick(e));
    };
    listen(plot, "pointerup", end, ac.signal);
    listen(plot, "pointercancel", () => { down = false; writeThrottled.cancel(); }, ac.signal);
  }

  function update() {
    const b = state.get("binary");
    el.hidden = !b;
    if (!b) return;
    const curves = state.get("curves");
    if (!curves) {
      // First time, or the kernel dropped them (another run shown): ask, once each time.
      if (!asked || drawnFor !== null) {
        asked = true;
        drawnFor = null;
        plots.replaceChildren();
        targets.replaceChildren();
        state.send({ type: "curves" });
      }
      return;
    }
    if (drawnFor !== curves) {
      build(curves);
      drawnFor = curves;
    }
    const { size, pad } = PLOT;
    const inner = size - 2 * pad;
    for (const { marker, guides, readout, spec, plot } of Object.values(parts)) {
      const [x, y] = spec.at(b);
      const ok = Number.isFinite(x) && Number.isFinite(y);
      for (const e of [marker, ...guides]) e.setAttribute("visibility", ok ? "visible" : "hidden");
      readout.textContent = ok ? `${spec.x} ${formatMetric(x)}, ${spec.y} ${formatMetric(y)}` : "";
      if (!ok) continue;
      const cx = (pad + x * inner).toFixed(1);
      const cy = (pad + (1 - y) * inner).toFixed(1);
      marker.setAttribute("cx", cx);
      marker.setAttribute("cy", cy);
      const [down, left] = guides;
      Object.entries({ x1: cx, y1: cy, x2: cx, y2: size - pad }).forEach(([k, v]) => down.setAttribute(k, v));
      Object.entries({ x1: cx, y1: cy, x2: pad, y2: cy }).forEach(([k, v]) => left.setAttribute(k, v));
      plot.dataset.markerX = String(x);
      plot.dataset.markerY = String(y);
    }
  }

  watch(state, ["binary", "curves"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
