// Notes above the matrix (e.g. samples left out by labels=). Keys: notes.

import { scope } from "./dom.js";
import { watch } from "../core/state.js";

export function createNotes({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("div", "cmw-notes");
  function update() {
    el.replaceChildren(...state.get("notes").map((text) => {
      const n = dom.h("div", "cmw-note", text);
      n.setAttribute("role", "note");
      return n;
    }));
  }
  watch(state, ["notes"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
