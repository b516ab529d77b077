// The metrics table (per class and summary), built only while it is open.
// Keys: metrics, countDigits, intervals (each metric with its interval, when shown).

import { listen, scope } from "../ui/dom.js";
import { formatCount, formatMetric } from "../core/format.js";
import { watch } from "../core/state.js";
import { fillCell, intervalNote } from "../uncertainty/intervals.js";

export function createMetrics({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("details", "cmw-metrics");
  const table = h("table", "cmw-metrics-table");
  const note = h("p", "cmw-interval-note");
  el.append(h("summary", null, "Metrics"), table, note);
  let dirty = true;

  function update() {
    const m = state.get("metrics");
    el.hidden = m.perClass.length === 0;
    // A table of 1000 classes is not worth building unseen.
    dirty = !el.open;
    if (!el.open) return;
    const cd = state.get("countDigits");
    const iv = state.get("intervals");
    const shown = iv && !iv.stale ? iv : null;
    note.hidden = !iv;
    note.textContent = iv ? intervalNote(iv) : "";
    const num = (tr, text) => tr.append(h("td", "cmw-num", text));
    // A metric with its interval (when shown) and the whisker drawn on hover.
    const metric = (tr, value, interval, key) => {
      const td = h("td", "cmw-num");
      if (shown) fillCell(dom, td, value, interval, shown.level, shown.methods[key]);
      else td.textContent = formatMetric(value);
      tr.append(td);
    };
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const name of ["class", "precision", "recall", "F1", "support"]) head.append(h("th", null, name));
    const body = table.createTBody();
    for (const [i, r] of m.perClass.entries()) {
      const tr = body.insertRow();
      const name = h("th", null, r.label);
      name.title = name.textContent;   // the cell may be cut with an ellipsis
      tr.append(name);
      const own = shown && shown.perClass[i];
      for (const key of ["precision", "recall", "f1"]) metric(tr, r[key], own ? own[key] : null, key);
      num(tr, formatCount(r.support, cd));
    }
    for (const [n, r] of m.summary.entries()) {
      const tr = body.insertRow();
      tr.className = n === 0 ? "cmw-summary-row cmw-summary-first" : "cmw-summary-row";
      tr.append(h("th", null, String(r.name ?? "")));
      const own = shown ? shown.summary[String(r.name)] : null;
      if ("value" in r) {
        num(tr, "");
        num(tr, "");
        metric(tr, r.value, Array.isArray(own) ? own : null, r.name === "accuracy" ? "accuracy" : "balanced_accuracy");
        num(tr, "");
      } else {
        const prefix = r.name === "macro avg" ? "macro_" : "weighted_";
        for (const key of ["precision", "recall", "f1"]) metric(tr, r[key], own && !Array.isArray(own) ? own[key] : null, prefix + key);
        num(tr, formatCount(r.support, cd));
      }
    }
  }

  listen(el, "toggle", () => { if (el.open && dirty) update(); }, ac.signal);
  watch(state, ["metrics", "countDigits", "intervals"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
