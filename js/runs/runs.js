// The runs bar: a scrubber over the runs (with play/pause and the run's name), a note when newer
// runs arrived while the scrubber was moved back, a picker of the run to compare with, and a
// small accuracy / macro-F1 line whose points pick a run.
// Keys: runs, run, compare. Writes the run (throttled while dragging) and compare intents.

import { listen, scope } from "../ui/dom.js";
import { formatMetric } from "../core/format.js";
import { watch } from "../core/state.js";
import { createSlider } from "../ui/slider.js";

export const THROTTLE_MS = 60;   // at most one run write per this many ms during a drag
export const PLAY_MS = 700;      // one run per this many ms while playing

const SVG = "http://www.w3.org/2000/svg";
const LINE = { w: 240, h: 56, pad: 6 };

/** Points of a line over the runs: x by run position, y by value in [0, 1]; null values are skipped. */
export function linePoints(values, { w, h, pad } = LINE) {
  const n = values.length;
  const x = (k) => (n > 1 ? pad + (k * (w - 2 * pad)) / (n - 1) : w / 2);
  const y = (v) => pad + (1 - Math.min(1, Math.max(0, v))) * (h - 2 * pad);
  return values.map((v, k) => (v == null ? null : [x(k), y(v)]));
}

/** "n newer runs" when the run shown is not the last one, else "". */
export function newerText(names, run) {
  const at = names.indexOf(run);
  const newer = at < 0 ? 0 : names.length - 1 - at;
  return newer > 0 ? `${newer} newer run${newer === 1 ? "" : "s"}` : "";
}

/** `clock` ({now, setTimeout, clearTimeout}) can be replaced in tests. */
export function createRuns({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { doc, h, button, option } = dom;
  const timers = clock || {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (id) => clearTimeout(id),
  };
  const el = h("div", "cmw-runs");
  el.setAttribute("role", "group");
  el.setAttribute("aria-label", "Runs");
  const play = button("cmw-play", "\u25B6");
  play.setAttribute("aria-label", "Play the runs");
  const name = h("output", "cmw-run-name");
  const names = () => state.get("runs").names;
  const writeRun = (k) => {
    const all = names();
    if (k >= 0 && k < all.length && all[k] !== state.get("run")) state.set("run", all[k]);
  };
  const knob = createSlider({
    dom, cls: "cmw-run-slider", write: writeRun, throttleMs: THROTTLE_MS, clock, signal: ac.signal,
    onInput: (k) => {
      stop();
      name.textContent = names()[k] ?? "";
    },
  });
  const slider = knob.el;
  slider.min = "0";
  slider.step = "1";
  slider.setAttribute("aria-label", "Run");
  const newer = button("cmw-run-newer", "");
  newer.title = "Show the latest run";
  const picker = h("select", "cmw-compare-pick");
  picker.setAttribute("aria-label", "Compare with");
  const compareField = h("label", "cmw-field");
  compareField.append(h("span", null, "Compare with"), picker);
  const top = h("div", "cmw-runs-top");
  top.append(play, slider, name, newer, compareField);
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("class", "cmw-history");
  svg.setAttribute("viewBox", `0 0 ${LINE.w} ${LINE.h}`);
  svg.setAttribute("width", String(LINE.w));
  svg.setAttribute("height", String(LINE.h));
  const legend = h("div", "cmw-history-legend");
  legend.append(h("span", "cmw-legend-acc", "accuracy"), h("span", "cmw-legend-f1", "macro F1"));
  const chart = h("div", "cmw-history-box");
  chart.append(svg, legend);
  el.append(top, chart);
  el.hidden = true;

  let playing = null;   // timer id while playing

  function update() {
    const runs = state.get("runs");
    const run = state.get("run");
    el.hidden = runs.names.length < 2;
    if (el.hidden) {
      stop();
      return;
    }
    const at = runs.names.indexOf(run);
    slider.max = String(runs.names.length - 1);
    if (!knob.dragging() && at >= 0) slider.value = String(at);
    if (!knob.dragging()) name.textContent = run;
    const note = newerText(runs.names, run);
    newer.textContent = note;
    newer.hidden = !note;
    drawPicker(runs.names, state.get("compare"));
    drawLine(runs, at);
  }

  function drawPicker(all, compare) {
    const none = option("", "none");
    picker.replaceChildren(none, ...all.map((n) => option(n)));
    picker.value = compare != null && all.includes(compare) ? compare : "";
  }

  function drawLine(runs, at) {
    const parts = [];
    for (const [values, cls] of [[runs.accuracy, "cmw-line-acc"], [runs.macroF1, "cmw-line-f1"]]) {
      const pts = linePoints(values).filter(Boolean);
      const line = doc.createElementNS(SVG, "polyline");
      line.setAttribute("class", cls);
      line.setAttribute("fill", "none");
      line.setAttribute("points", pts.map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" "));
      parts.push(line);
    }
    const acc = linePoints(runs.accuracy);
    runs.names.forEach((n, k) => {
      if (!acc[k]) return;
      const dot = doc.createElementNS(SVG, "circle");
      dot.setAttribute("class", k === at ? "cmw-run-dot cmw-run-dot-current" : "cmw-run-dot");
      dot.setAttribute("cx", acc[k][0].toFixed(1));
      dot.setAttribute("cy", acc[k][1].toFixed(1));
      dot.setAttribute("r", k === at ? "4" : "3");
      dot.setAttribute("data-run", String(k));
      const title = doc.createElementNS(SVG, "title");
      title.textContent = `${n}: accuracy ${formatMetric(runs.accuracy[k])}, macro F1 ${formatMetric(runs.macroF1[k])}`;
      dot.append(title);
      parts.push(dot);
    });
    svg.replaceChildren(...parts);
  }

  function step() {
    const all = names();
    const at = all.indexOf(state.get("run"));
    if (at < 0 || at >= all.length - 1) {
      stop();
      return;
    }
    writeRun(at + 1);
    playing = timers.setTimeout(step, PLAY_MS);
  }

  function start() {
    const all = names();
    if (all.indexOf(state.get("run")) >= all.length - 1) writeRun(0);   // replay from the first run
    play.textContent = "\u275A\u275A";
    play.setAttribute("aria-label", "Pause");
    playing = timers.setTimeout(step, PLAY_MS);
  }

  function stop() {
    if (playing !== null) timers.clearTimeout(playing);
    playing = null;
    play.textContent = "\u25B6";
    play.setAttribute("aria-label", "Play the runs");
  }

  listen(play, "click", () => (playing === null ? start() : stop()), ac.signal);
  listen(newer, "click", () => {
    stop();
    writeRun(names().length - 1);
  }, ac.signal);
  listen(picker, "change", () => state.set("compare", picker.value === "" ? null : picker.value), ac.signal);
  listen(svg, "click", (e) => {
    const dot = e.target && e.target.closest ? e.target.closest("[data-run]") : null;
    if (!dot) return;
    stop();
    writeRun(Number(dot.getAttribute("data-run")));
  }, ac.signal);
  ac.signal.addEventListener("abort", () => stop(), { once: true });

  watch(state, ["runs", "run", "compare"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
