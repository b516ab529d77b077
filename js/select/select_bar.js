// The selection bar: "All errors" selects every misclassified sample (w.selected = "errors"), and
// says how else to select several cells. Keys: selectionSpec, k. Writes the selected intent.
// `extra`: elements placed at the end of the bar (the Download menu).

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

export function createSelectBar({ state, dom, signal, extra = [] }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("div", "cmw-select-bar");
  el.setAttribute("role", "group");
  el.setAttribute("aria-label", "Select");
  const errors = button("cmw-all-errors", "All errors");
  errors.title = "Select every misclassified sample (w.selected = \"errors\"; key E on the matrix)";
  const hint = h("span", "cmw-hint cmw-select-hint",
    "Click a class name for its row or column; shift-click adds a cell.");
  el.append(errors, hint, ...extra);

  function update() {
    const sel = state.get("selectionSpec");
    const on = Boolean(sel && sel.kind === "errors");
    errors.classList.toggle("cmw-active", on);
    errors.setAttribute("aria-pressed", String(on));
    el.hidden = !(state.get("k") > 0);
  }

  listen(errors, "click", () => {
    const sel = state.get("selectionSpec");
    state.set("selected", sel && sel.kind === "errors" ? null : "errors");
  }, ac.signal);
  watch(state, ["selectionSpec", "k"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
