// The metrics table (per class and summary), built only while it is open.
// Keys: metrics, countDigits.

import { listen, scope } from "../ui/dom.js";
import { formatCount, formatMetric } from "../core/format.js";
import { watch } from "../core/state.js";

export function createMetrics({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("details", "cmw-metrics");
  const table = h("table", "cmw-metrics-table");
  el.append(h("summary", null, "Metrics"), table);
  let dirty = true;

  function update() {
    const m = state.get("metrics");
    el.hidden = m.perClass.length === 0;
    // A table of 1000 classes is not worth building unseen.
    dirty = !el.open;
    if (!el.open) return;
    const cd = state.get("countDigits");
    const num = (tr, text) => tr.append(h("td", "cmw-num", text));
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const name of ["class", "precision", "recall", "F1", "support"]) head.append(h("th", null, name));
    const body = table.createTBody();
    for (const r of m.perClass) {
      const tr = body.insertRow();
      const name = h("th", null, r.label);
      name.title = name.textContent;   // the cell may be cut with an ellipsis
      tr.append(name);
      for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
      num(tr, formatCount(r.support, cd));
    }
    for (const [n, r] of m.summary.entries()) {
      const tr = body.insertRow();
      tr.className = n === 0 ? "cmw-summary-row cmw-summary-first" : "cmw-summary-row";
      tr.append(h("th", null, String(r.name ?? "")));
      if ("value" in r) {
        for (const text of ["", "", formatMetric(r.value), ""]) num(tr, text);
      } else {
        for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
        num(tr, formatCount(r.support, cd));
      }
    }
  }

  listen(el, "toggle", () => { if (el.open && dirty) update(); }, ac.signal);
  watch(state, ["metrics", "countDigits"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
