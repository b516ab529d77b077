// The "totals" box: row, column and grand totals in the margins on or off (show_totals).
// Keys: showTotals. Writes the show_totals intent.

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

export function createTotalsToggle({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("label", "cmw-field cmw-totals-field");
  const box = dom.h("input", "cmw-show-totals");
  box.type = "checkbox";
  el.append(box, dom.h("span", null, "totals"));
  listen(box, "change", () => state.set("show_totals", box.checked), ac.signal);
  const update = () => { box.checked = state.get("showTotals"); };
  watch(state, ["showTotals"], update, ac.signal);
  update();
  return { el, update, destroy: () => ac.abort() };
}
