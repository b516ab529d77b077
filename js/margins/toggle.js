// The totals toggle: row, column and grand totals in the margins on or off (show_totals).
// Keys: showTotals, multilabel. Writes the show_totals intent.

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

export function createTotalsToggle({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("label", "cmw-field cmw-totals-field");
  const box = dom.h("input", "cmw-show-totals");
  box.type = "checkbox";
  el.append(box, dom.h("span", null, "totals"));
  el.title = "Show each row's and column's total in the margins, and the grand total";
  listen(box, "change", () => state.set("show_totals", box.checked), ac.signal);
  function update() {
    box.checked = state.get("showTotals");
  }
  watch(state, ["showTotals"], update, ac.signal);
  update();
  return { el, update, destroy: () => ac.abort() };
}
