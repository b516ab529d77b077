// The ranking controls of the selection panel: the "Sort samples by" menu (writes the rank
// intent) and "Show likely label errors" (the selected cell's samples whose given label the
// model doubts, listed by the kernel). Keys: issues, rank, selection.
// A page without a kernel lists by index: the menu says ranking needs the kernel.

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";
import { RANK_NAMES } from "./rank_codec.js";

export function createRank({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button, option } = dom;
  const el = h("div", "cmw-rank");
  const label = h("label", "cmw-rank-label", "Sort samples by ");
  const menu = h("select", "cmw-rank-menu");
  label.append(menu);
  const note = h("span", "cmw-hint cmw-rank-note");
  const toggle = button("cmw-issues-toggle", "Show likely label errors");
  toggle.setAttribute("aria-expanded", "false");
  const list = h("div", "cmw-issues");
  list.hidden = true;
  let open = false;

  function update() {
    const issues = state.get("issues");
    const sel = state.get("selection");
    el.hidden = !issues || !sel || sel.available === false;
    if (el.hidden) return;
    const wanted = issues.ranks.join(",");
    if (menu.dataset.ranks !== wanted) {
      menu.replaceChildren(...issues.ranks.map((r) => option(r, RANK_NAMES[r])));
      menu.dataset.ranks = wanted;
    }
    menu.value = state.get("rank");
    menu.disabled = issues.kernelOnly;
    note.textContent = issues.kernelOnly ? "Sorting by the model's scores needs a live kernel: this page lists by index." : "";
    menu.title = note.textContent || "Order of the cell's samples (w.rank)";
    el.replaceChildren(label, note);
    const found = sel.issues && Array.isArray(sel.issues.indices) ? sel.issues : null;
    if (found) {
      toggle.textContent = `${open ? "Hide" : "Show"} likely label errors (${found.total})`;
      toggle.setAttribute("aria-expanded", String(open));
      list.hidden = !open;
      list.textContent = found.total
        ? `${found.indices.join(", ")}${found.total > found.indices.length ? ", ..." : ""}`
        : "None in this cell.";
      el.append(toggle, list);
    } else if (issues.pending) {
      el.append(h("span", "cmw-hint", "Likely label errors: run w.label_issues() to find them."));
    } else if (issues.hidden) {
      el.append(h("span", "cmw-hint", "Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."));
    }
  }

  listen(menu, "change", () => state.set("rank", menu.value), ac.signal);
  listen(toggle, "click", () => {
    open = !open;
    update();
  }, ac.signal);
  watch(state, ["issues", "rank", "selection"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
