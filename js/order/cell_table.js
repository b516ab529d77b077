// The matrix as text for screen readers: a visually hidden table of the cells in view (row and
// column headers included), at most MAX_SIDE x MAX_SIDE around the selection, the keyboard
// cursor or the window's corner, and the abstained column when there is one. Keys (displayed
// state): k, labels, counts, values, fmt, countDigits, selected, abstained. `setView({r0, c0, v})` tells it the matrix's visible window.

import { formatCount, formatValue } from "../core/format.js";
import { watch } from "../core/state.js";

export const MAX_SIDE = 12;

/** The rows and columns the table lists: a window of at most `max` of the view around `focus`. */
export function cellTableWindow(view, k, focus, max = MAX_SIDE) {
  const v = view ? view : { r0: 0, c0: 0, v: k };
  const side = Math.min(v.v, max, k);
  const start = (lo, at) => {
    if (at == null || at < lo || at >= lo + v.v) return lo;
    return Math.max(lo, Math.min(at - Math.floor(side / 2), lo + v.v - side));
  };
  return {
    rows: start(v.r0, focus && focus[0]),
    cols: start(v.c0, focus && focus[1]),
    side,
  };
}

export function createCellTable({ state, dom, signal }) {
  const { h } = dom;
  const el = h("div", "cmw-sr cmw-cell-table");
  let view = null;

  function cellText(p, of = { counts: state.get("counts"), values: state.get("values") }) {
    const fmt = state.get("fmt");
    const count = formatCount(of.counts[p], state.get("countDigits"));
    return fmt.kind === "percent" ? `${count} (${formatValue(of.values[p], fmt)})` : count;
  }

  function update() {
    const k = state.get("k");
    const labels = state.get("labels");
    const sel = state.get("selected");
    const abstained = state.get("abstained");
    const w = cellTableWindow(view, k, sel && sel[1] < k ? sel : sel && [sel[0], null]);
    const table = h("table");
    const caption = h("caption", null,
      `Confusion matrix, rows ${w.rows + 1}-${w.rows + w.side} and columns ${w.cols + 1}-${w.cols + w.side} ` +
      `of ${k}: rows are the true label, columns the predicted label.`);
    const head = h("tr");
    head.append(h("td"));
    for (let c = w.cols; c < w.cols + w.side; c++) {
      const th = h("th", null, `Predicted ${labels[c]}`);
      th.scope = "col";
      head.append(th);
    }
    if (abstained) {
      const th = h("th", null, "Abstained");
      th.scope = "col";
      head.append(th);
    }
    const body = h("tbody");
    for (let r = w.rows; r < w.rows + w.side; r++) {
      const tr = h("tr");
      const th = h("th", null, `True ${labels[r]}`);
      th.scope = "row";
      tr.append(th);
      const cell = (c, text) => {
        const td = h("td", null, text);
        if (sel && sel[0] === r && sel[1] === c) {
          td.dataset.selected = "true";
          td.textContent = `${td.textContent}, selected`;
        }
        tr.append(td);
      };
      for (let c = w.cols; c < w.cols + w.side; c++) cell(c, cellText(r * k + c));
      if (abstained) cell(k, cellText(r, abstained));
      body.append(tr);
    }
    const thead = h("thead");
    thead.append(head);
    table.append(caption, thead, body);
    el.replaceChildren(table);
  }

  watch(state, ["k", "labels", "counts", "values", "fmt", "countDigits", "selected", "abstained"], update, signal);
  update();
  return {
    el,
    update,
    setView(next) {
      if (view && next && view.r0 === next.r0 && view.c0 === next.c0 && view.v === next.v) return;
      view = next;
      update();
    },
    destroy: () => el.remove(),
  };
}
