// Calibration of probabilities (cm_widget/_features/calibration.py computes it; the page draws it):
// the reliability diagram, the expected calibration error with its interval, and the score
// histograms per true class with a line at the threshold (binary) or the abstain level (K classes),
// which follows the slider. Keys: calibration, labels, threshold, abstainAt.

import { scope } from "../ui/dom.js";
import { formatMetric, levelText } from "../core/format.js";
import { watch } from "../core/state.js";

const SVG = "http://www.w3.org/2000/svg";
const SIZE = 180;          // CSS px: the reliability diagram's plot
const PAD = 28;            // CSS px around it for the axes' labels
const HIST_W = 180;
const HIST_H = 44;
const MAX_HISTOGRAMS = 12; // classes drawn at most (the first ones, in class order)

export { decodeCalibration } from "./calibration_data.js";

/** "ECE 0.031 (0.024-0.040), 95% interval" */
export function eceText(c) {
  const iv = Number.isFinite(c.eceLow) && Number.isFinite(c.eceHigh)
    ? ` (${formatMetric(c.eceLow)}-${formatMetric(c.eceHigh)}), ${levelText(c.level)} interval` : "";
  return `ECE ${formatMetric(c.ece)}${iv}`;
}

function svgEl(doc, tag, attrs, cls) {
  const e = doc.createElementNS(SVG, tag);
  for (const [a, v] of Object.entries(attrs)) e.setAttribute(a, String(v));
  if (cls) e.setAttribute("class", cls);
  return e;
}

export function createCalibration({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, doc } = dom;
  const el = h("div", "cmw-calibration");
  const title = h("div", "cmw-calibration-title");
  const plots = h("div", "cmw-calibration-plots");
  el.append(title, plots);
  let lines = [];   // the threshold lines of the histograms, moved with the slider

  function lineAt() {
    const c = state.get("calibration");
    if (!c || !c.hist) return null;
    const t = c.kind === "binary" ? state.get("threshold") : state.get("abstainAt");
    return t == null || !Number.isFinite(t) ? null : t;
  }

  function moveLines() {
    const c = state.get("calibration");
    const t = lineAt();
    for (const line of lines) {
      if (t === null || !c || !c.hist) {
        line.setAttribute("visibility", "hidden");
        continue;
      }
      const { lo, hi } = c.hist;
      const x = (Math.min(Math.max(t, lo), hi) - lo) / (hi - lo || 1) * HIST_W;
      line.setAttribute("x1", String(x));
      line.setAttribute("x2", String(x));
      line.setAttribute("visibility", "visible");
      line.dataset.at = String(t);
    }
  }

  function reliability(c) {
    const box = svgEl(doc, "svg", { width: SIZE + PAD + 8, height: SIZE + PAD + 8, role: "img" }, "cmw-reliability");
    box.setAttribute("aria-label", `reliability diagram, ${eceText(c)}`);
    const X = (v) => PAD + v * SIZE;
    const Y = (v) => 4 + (1 - v) * SIZE;
    box.append(
      svgEl(doc, "rect", { x: PAD, y: 4, width: SIZE, height: SIZE }, "cmw-plot-frame"),
      svgEl(doc, "line", { x1: X(0), y1: Y(0), x2: X(1), y2: Y(1) }, "cmw-diagonal"),
    );
    const xl = svgEl(doc, "text", { x: PAD + SIZE / 2, y: SIZE + PAD + 2, "text-anchor": "middle" }, "cmw-axis-label");
    xl.textContent = "mean predicted probability";
    const yl = svgEl(doc, "text", { x: 10, y: 4 + SIZE / 2, "text-anchor": "middle",
      transform: `rotate(-90 10 ${4 + SIZE / 2})` }, "cmw-axis-label");
    yl.textContent = "observed frequency";
    box.append(xl, yl);
    const points = Array.from(c.x, (x, i) => `${X(x)},${Y(c.y[i])}`).join(" ");
    box.append(svgEl(doc, "polyline", { points }, "cmw-reliability-line"));
    c.x.forEach((x, i) => {
      const dot = svgEl(doc, "circle", { cx: X(x), cy: Y(c.y[i]), r: 3 }, "cmw-reliability-point");
      const tip = svgEl(doc, "title", {});
      tip.textContent = `predicted ${formatMetric(x)}, observed ${formatMetric(c.y[i])}, ${Math.round(c.n[i] * 100) / 100} samples`;
      dot.append(tip);
      box.append(dot);
    });
    return box;
  }

  function histograms(c, labels) {
    const wrap = h("div", "cmw-histograms");
    const { bins, counts } = c.hist;
    const k = labels.length;
    const shown = Math.min(k, MAX_HISTOGRAMS);
    let top = 0;
    for (let p = 0; p < shown * bins; p++) top = Math.max(top, counts[p]);
    const what = c.kind === "binary" ? `score of ${labels[1] ?? "positive"}` : "top score";
    wrap.append(h("div", "cmw-histograms-title", `${what} by true class`));
    lines = [];
    for (let i = 0; i < shown; i++) {
      const row = h("div", "cmw-histogram-row");
      const name = h("span", "cmw-histogram-name", labels[i]);
      name.title = labels[i];
      const box = svgEl(doc, "svg", { width: HIST_W, height: HIST_H }, "cmw-histogram");
      const w = HIST_W / bins;
      for (let b = 0; b < bins; b++) {
        const v = counts[i * bins + b];
        if (!(v > 0)) continue;
        const bh = top > 0 ? (v / top) * (HIST_H - 2) : 0;
        box.append(svgEl(doc, "rect", { x: b * w, y: HIST_H - bh, width: Math.max(w - 1, 1), height: bh },
          "cmw-histogram-bar"));
      }
      const line = svgEl(doc, "line", { x1: 0, x2: 0, y1: 0, y2: HIST_H }, "cmw-threshold-line");
      lines.push(line);
      box.append(line);
      row.append(name, box);
      wrap.append(row);
    }
    if (k > shown) wrap.append(h("div", "cmw-note", `the first ${shown} of ${k} classes`));
    return wrap;
  }

  function update() {
    const c = state.get("calibration");
    el.hidden = !c;
    lines = [];
    if (!c) return;
    if (c.note) {
      title.textContent = c.note;
      plots.replaceChildren();
      return;
    }
    const kind = c.kind === "binary" ? "" : " (top label)";
    title.textContent = `Calibration${kind}: ${eceText(c)}, ${c.nBins} ${c.strategy} bins`;
    const parts = [reliability(c)];
    if (c.hist) parts.push(histograms(c, state.get("labels")));
    plots.replaceChildren(...parts);
    moveLines();
  }

  watch(state, ["calibration", "labels"], update, ac.signal);
  watch(state, ["threshold", "abstainAt"], moveLines, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
