// Multiclass scores: abstaining below a top score, and top-k hits, with the coverage and the
// accuracy of the covered samples. The abstained counts are the matrix's last column (js/matrix.js).
// Keys: scores (kind "multiclass"). Writes the abstain intent (a number, or null to stop
// abstaining; throttled while dragging, the last value always goes out) and top_k.

import { listen, scope } from "../ui/dom.js";
import { stepDecimals } from "../core/format.js";
import { watch } from "../core/state.js";
import { createSlider } from "../ui/slider.js";

export const THROTTLE_MS = 60;

const percent = (v) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : "-");

export function createAbstain({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const current = () => state.get("scores");
  const el = h("div", "cmw-abstain");
  el.hidden = true;
  const toggle = h("input", "cmw-abstain-on");
  toggle.type = "checkbox";
  const shown = h("output", "cmw-abstain-value");
  const write = (v) => state.set("abstain", v);
  const knob = createSlider({
    dom, cls: "cmw-abstain-slider", write, throttleMs: THROTTLE_MS, clock, signal: ac.signal,
    onInput: (v) => {
      const s = current();
      shown.textContent = v.toFixed(stepDecimals(s ? s.step : 0.01));
    },
  });
  const slider = knob.el;
  const field = h("label", "cmw-field");
  field.append(toggle, h("span", null, "Abstain when the top score is below"), slider, shown);
  const topK = h("input", "cmw-top-k");
  topK.type = "number";
  topK.min = "1";
  const kField = h("label", "cmw-field");
  kField.append(h("span", null, "Hit when the true class is in the top"), topK);
  const kHint = h("span", "cmw-hint cmw-top-k-hint");
  kHint.setAttribute("role", "status");
  kField.append(kHint);
  const stats = h("div", "cmw-abstain-stats");
  el.append(field, kField, stats);

  let last = null;   // where it last abstained: ticking the box again starts there

  function update() {
    const s = current();
    const on = Boolean(s && s.kind === "multiclass");
    el.hidden = !on;
    if (!on) return;
    knob.range(s.lo, s.hi, s.step);
    const active = s.abstain !== null && s.abstain !== undefined;
    toggle.checked = active;
    slider.disabled = !active;
    if (active) last = s.abstain;
    if (!knob.dragging()) {
      const v = active ? s.abstain : (last ?? (s.lo + s.hi) / 2);
      slider.value = String(v);
      shown.textContent = active ? Number(v).toFixed(stepDecimals(s.step)) : "off";
    }
    topK.max = String(s.k_max);
    if (dom.doc.activeElement !== topK) topK.value = String(s.top_k);
    stats.replaceChildren();
    if (!active) return;
    stats.append(
      h("span", "cmw-stat cmw-coverage", `coverage ${percent(s.coverage)}`),
      h("span", "cmw-stat cmw-covered-accuracy", `accuracy of the covered ${percent(s.covered_accuracy)}`),
    );
  }

  listen(toggle, "change", () => {
    const s = current();
    if (!s) return;
    write(toggle.checked ? parseFloat(slider.value) : null);
  }, ac.signal);
  listen(topK, "change", () => {
    const s = current();
    const k = Number(topK.value);
    const ok = s && Number.isInteger(k) && k >= 1 && k <= s.k_max;
    kHint.textContent = ok || !s ? "" : `top-k must be a whole number from 1 to ${s.k_max}`;
    if (ok) state.set("top_k", k);
    else if (s) topK.value = String(s.top_k);
  }, ac.signal);

  watch(state, ["scores"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
