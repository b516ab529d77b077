// The selected cell's share (of its true row, its predicted column or the whole, as the view is
// normalised) with its Wilson interval, derived here from the counts with the kernel's rule
// (js/uncertainty/intervals.js `wilson`, tested against Python bit for bit), so a page without a
// kernel shows it at any threshold. Keys: intervals, selected, counts, countParts, normalize, cols, k.

import { scope } from "../ui/dom.js";
import { watch } from "../core/state.js";
import { levelText } from "../core/format.js";
import { wilson } from "./intervals.js";

const pct = (v) => `${(100 * v).toFixed(1)}%`;

/** The share of cell (i, j) and its parts: {count, den} as cm_widget/_view.share_of divides. */
export function cellShare(square, rest, k, i, j, basis) {
  const at = (a, b) => (b === k ? (rest ? rest[a] : 0) : square[a * k + b]);
  const cols = rest ? k + 1 : k;
  let den = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < cols; b++) {
      if (basis === "all" || (basis === "pred" ? b === j : a === i)) den += at(a, b);
    }
  }
  return { count: at(i, j), den };
}

export function createCellInterval({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("div", "cmw-cell-interval");

  function update() {
    const iv = state.get("intervals");
    const sel = state.get("selected");
    const k = state.get("k");
    const ok = iv && Number.isFinite(iv.z) && Array.isArray(sel) && sel.length === 2 && !state.get("multilabel");
    el.hidden = !ok;
    if (!ok) {
      el.textContent = "";
      return;
    }
    const parts = state.get("countParts");
    const rest = state.get("cols") === k + 1 ? parts.rest : null;
    const basis = state.get("normalize") == null ? "true" : state.get("normalize");
    const { count, den } = cellShare(parts.square, rest, k, sel[0], sel[1], basis);
    const w = wilson(count, den, iv.z);
    const of = basis === "all" ? "the whole" : basis === "pred" ? "its predicted column" : "its true row";
    el.textContent = w
      ? `Share of ${of}: ${pct(count / den)}, ${levelText(iv.level)} interval ${pct(w[0])}-${pct(w[1])} (Wilson).`
      : `Share of ${of}: no samples, no interval.`;
    el.dataset.low = w ? String(w[0]) : "";
    el.dataset.high = w ? String(w[1]) : "";
  }

  watch(state, ["intervals", "selected", "countParts", "normalize", "cols", "k", "multilabel"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
