// The Download menu: the matrix as CSV (w.to_frame("cells")), the selection's samples as CSV
// (w.to_frame("samples", selected=True)) and the matrix as a PNG (the canvas as drawn). The CSV
// text comes from the kernel, or from the page itself without one; files are saved by the
// browser from a blob: no network. Keys: hasSelection. Sends {type: "download", what}.

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

/** Save `blob` as a file called `name` through a temporary link. */
export function saveBlob(doc, blob, name) {
  const view = doc.defaultView;
  const url = view.URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}

export function createDownload({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("details", "cmw-download");
  const summary = h("summary", "cmw-download-summary", "Download");
  const menu = h("div", "cmw-download-menu");
  menu.setAttribute("role", "group");
  menu.setAttribute("aria-label", "Download");
  const cells = button("cmw-download-cells", "Matrix (CSV)");
  cells.title = "The counts and shares of every cell, as w.to_frame(\"cells\")";
  const selection = button("cmw-download-selection", "Selection (CSV)");
  selection.title = "The selected samples, as w.to_frame(\"samples\", selected=True)";
  const png = button("cmw-download-png", "Matrix (PNG)");
  png.title = "The matrix as drawn, as a PNG image";
  menu.append(cells, selection, png);
  el.append(summary, menu);

  function update() {
    selection.disabled = !state.get("hasSelection");
  }

  const off = state.receive((msg) => {
    if (!msg || msg.type !== "download" || typeof msg.text !== "string") return;
    const name = typeof msg.name === "string" && /^[\w.-]+$/.test(msg.name) ? msg.name : "cm_widget.csv";
    saveBlob(dom.doc, new dom.doc.defaultView.Blob([msg.text], { type: "text/csv" }), name);
  });
  ac.signal.addEventListener("abort", off, { once: true });

  listen(menu, "click", (e) => {
    const b = e.target.closest("button");
    if (!b) return;
    if (b === cells) state.send({ type: "download", what: "cells" });
    else if (b === selection) state.send({ type: "download", what: "selection" });
    else if (b === png) {
      const root = el.closest(".cmw");
      const canvas = root && root.querySelector("canvas.cmw-canvas");
      if (canvas) canvas.toBlob((blob) => { if (blob) saveBlob(dom.doc, blob, "confusion_matrix.png"); }, "image/png");
    }
  }, ac.signal);
  watch(state, ["hasSelection"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
