// The selection panel: the sentence about the selected cell, its sample indices page by page,
// and previews, and a button that clears the selection. Keys: selection, hasSelection. Sends
// {type: "page", offset} for another page; writes the selected intent (null) to clear.

import { listen, scope } from "../ui/dom.js";
import { pageInfo } from "../core/format.js";
import { watch } from "../core/state.js";
import { summaryTable } from "../select/summary.js";

export function createSelection({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("div", "cmw-selection");

  // Clearing is a visible control (Escape keeps the selection: it leaves the widget).
  const clearButton = () => {
    const b = button("cmw-clear", "Clear selection");
    b.title = "Clear the selection (w.selected = None)";
    return b;
  };

  function update() {
    const sel = state.get("selection");
    el.replaceChildren();
    if (!sel) {
      el.append(h("p", "cmw-hint", "Click a cell (or use the arrow keys and Enter) to see its samples."));
      if (state.get("hasSelection")) el.append(clearButton());
      return;
    }
    const sentence = h("p", "cmw-sentence");
    for (const s of sel.sentence) {
      const text = String(s && s.text != null ? s.text : "");
      sentence.append(s && s.em ? h("em", null, text) : dom.doc.createTextNode(text));
    }
    const head = h("div", "cmw-selection-head");
    head.append(sentence, clearButton());
    el.append(head);
    if (!sel.available) {
      const table = state.get("table");
      const why = typeof sel.unavailable === "string" && sel.unavailable ? sel.unavailable
        : table ? `Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${table.engine}.`
        : "Sample indices are not available for a precomputed matrix (built from counts).";
      el.append(h("p", "cmw-hint", why));
      return;
    }
    const info = pageInfo(sel);
    if (info.total === 0) {
      el.append(h("p", "cmw-hint", "No samples in this cell."));
      return;
    }
    el.append(h("div", "cmw-indices", (sel.indices || []).join(", ")), pager(info));
    const previews = Array.isArray(sel.previews) ? sel.previews : [];
    if (previews.length) el.append(previewList(previews));
    const summary = summaryTable(dom, sel);   // samples= a table: its columns summarised
    if (summary) el.append(summary);
  }

  function pager(info) {
    const nav = h("div", "cmw-pager");
    if (info.hasPrev) {
      const prev = button("cmw-prev", "Previous");
      prev.dataset.offset = String(info.prevOffset);
      nav.append(prev);
    }
    nav.append(h("span", "cmw-range", `showing ${info.first}-${info.last} of ${info.total}`));
    if (info.hasMore) {
      const more = button("cmw-more", "Show more");
      more.dataset.offset = String(info.nextOffset);
      nav.append(more);
    }
    return nav;
  }

  function previewList(previews) {
    const out = h("div", "cmw-previews");
    for (const p of previews) {
      if (!p) continue;
      if (p.kind === "image" && typeof p.src === "string" && p.src.startsWith("data:image/")) {
        const fig = h("figure", "cmw-preview-img");
        const img = h("img");
        img.src = p.src;
        img.alt = `sample ${p.index}`;
        fig.append(img, h("figcaption", null, `#${p.index}`));
        out.append(fig);
      } else if (p.kind === "text") {
        const t = h("div", "cmw-preview-text");
        t.append(h("span", "cmw-idx", `#${p.index}`), h("span", "cmw-snippet", String(p.text ?? "")));
        out.append(t);
      }
    }
    return out;
  }

  // A paging button is replaced by the new page: the focus goes to its successor, but only for
  // the page of the same cell, and only if it has not moved elsewhere meanwhile.
  let refocus = null;
  listen(el, "click", (e) => {
    if (e.target.closest("button.cmw-clear")) {
      state.set("selected", null);
      return;
    }
    const b = e.target.closest("button[data-offset]");
    if (!b) return;
    const sel = state.get("selection");
    refocus = sel && { cls: b.className, i: sel.i, j: sel.j };
    state.send({ type: "page", offset: Number(b.dataset.offset) });
  }, ac.signal);
  watch(state, ["selection", "table", "hasSelection"], () => {
    const want = refocus;
    refocus = null;
    const active = dom.doc.activeElement;
    const hadFocus = active && (el.contains(active) || active === dom.doc.body);
    update();
    const sel = state.get("selection");
    if (!want || !sel || sel.i !== want.i || sel.j !== want.j || !hadFocus) return;
    const next = el.querySelector(`button.${want.cls}`) || el.querySelector("button[data-offset]");
    if (next) next.focus({ preventScroll: true });
  }, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
