// A table counted in Dask or Spark: where the counts come from, which thresholds are exact, and a
// spinner with the engine's stage while it answers a threshold or a click (until the kernel's
// answer arrives). Keys: table, threshold, binary, selected, selection.

import { scope } from "./dom.js";
import { watch } from "../core/state.js";

const count = (n) => Math.round(n).toLocaleString("en-US");

/** The sentence about the table, or "" when the counts are not from Dask or Spark. */
export function tableSummary(table) {
  if (!table) return "";
  const parts = [`Counted in ${table.engine} over ${count(table.rows)} rows; only aggregates reach the kernel.`];
  if (table.exact) {
    parts.push(`Exact at ${count(table.exact)} thresholds (the slider's steps); any other value set from Python `
      + `runs one count in ${table.engine}, exact too.`);
  }
  if (!table.ids) parts.push("Pass id= to list a cell's rows.");
  return parts.join(" ");
}

/** What the engine is working on, or null: a threshold or a selection the kernel has not answered yet. */
export function pendingWork(state) {
  const table = state.get("table");
  if (!table) return null;
  const t = state.get("threshold");
  const b = state.get("binary");
  if (b && t != null && Number(b.threshold) !== t) {
    return `${table.engine}: counting at threshold ${Number(t.toPrecision(6))}…`;
  }
  const sel = state.get("selected");
  const shown = state.get("selection");
  if (table.ids && sel && !(shown && shown.i === sel[0] && shown.j === sel[1])) {
    return `${table.engine}: listing the rows of the cell…`;
  }
  return null;
}

export function createTable({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-table");
  const summary = h("span", "cmw-table-summary");
  const busy = h("span", "cmw-busy");
  busy.setAttribute("role", "status");
  busy.setAttribute("aria-live", "polite");
  el.append(summary, busy);

  function update() {
    const table = state.get("table");
    el.hidden = !table;
    summary.textContent = tableSummary(table);
    const work = pendingWork(state);
    busy.hidden = !work;
    busy.textContent = work || "";
  }
  watch(state, ["table", "threshold", "binary", "selected", "selection"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
