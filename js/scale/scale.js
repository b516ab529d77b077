// The colour scale toggle: "log colours" on or off (cmap_scale "log" / "linear").
// Keys: cmapScale, compareState (compare mode colours the change of each cell, on its own scale).

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

export function createScale({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("label", "cmw-field cmw-scale");
  const box = dom.h("input", "cmw-log-scale");
  box.type = "checkbox";
  el.append(box, dom.h("span", null, "log colours"));
  el.title = "Colour the cells on a log scale: empty cells stay the lightest colour";
  listen(box, "change", () => state.set("cmap_scale", box.checked ? "log" : "linear"), ac.signal);
  function update() {
    box.checked = state.get("cmapScale") === "log";
    box.disabled = Boolean(state.get("compareState"));
  }
  watch(state, ["cmapScale", "compareState"], update, ac.signal);
  update();
  return { el, update, destroy: () => ac.abort() };
}
