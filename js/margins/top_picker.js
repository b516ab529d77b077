// The top-N picker: every class, or the first N of the display order with "(other)" for the rest
// (top_classes). Offered from a few classes on, at the classes level, not in compare mode.
// Keys: k, topClasses, level, compareState, multilabel. Writes the top_classes intent.

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

const CHOICES = [3, 5, 10, 20, 50, 100];
const FROM = 5;   // offered for more classes than this

/** The N offered for k classes: those below k, and the current one wherever it is. */
export function topChoices(k, current) {
  const out = CHOICES.filter((n) => n < k);
  if (Number.isInteger(current) && current < k && !out.includes(current)) out.push(current);
  return out.sort((a, b) => a - b);
}

export function createTopPicker({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("label", "cmw-field cmw-top-classes-field");
  const select = dom.h("select", "cmw-top-classes");
  select.title = "Show the first classes of the order, and the others gathered in (other)";
  el.append(dom.h("span", null, "show "), select);
  let shown = "";
  listen(select, "change", () => {
    state.set("top_classes", select.value === "all" ? null : Number(select.value));
  }, ac.signal);
  function update() {
    const k = state.get("k");
    const current = state.get("topClasses");
    const choices = topChoices(k, current);
    const key = `${k}:${choices.join(",")}`;
    if (key !== shown) {
      select.replaceChildren(dom.option("all", "all classes"), ...choices.map((n) => dom.option(String(n), `top ${n}`)));
      shown = key;
    }
    select.value = current !== null && current < k ? String(current) : "all";
    el.hidden = !(k > FROM) || Boolean(state.get("multilabel"));
    select.disabled = state.get("level") === "groups" || Boolean(state.get("compareState"));
  }
  watch(state, ["k", "topClasses", "level", "compareState", "multilabel"], update, ac.signal);
  update();
  return { el, update, destroy: () => ac.abort() };
}
