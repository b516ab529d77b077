// Multi-label: one 2x2 table per label beside the label matrix, sortable by label, F1 or support
// (a second click reverses), a threshold per label, and a label picker that focuses one label's
// table and lists its samples.
// Keys: scores (kind "multilabel"), labels, metrics, countDigits. Writes the thresholds intent
// (the whole array, one entry changed; throttled while dragging) and sends
// {type: "label_cell", label, cell} for a click in the focused table; neither when the scores
// are `fixed` (a page without a kernel shows them as saved).

import { listen, scope } from "../ui/dom.js";
import { formatCount, formatMetric, stepDecimals } from "../core/format.js";
import { watch } from "../core/state.js";
import { createSlider } from "../ui/slider.js";

export const THROTTLE_MS = 60;
const CELLS = [["tn", "TN"], ["fp", "FP"], ["fn", "FN"], ["tp", "TP"]];

/**
 * Label order for the table: by "label" (the given order), "f1" or "support", descending when
 * `descending` (by default for F1 and support); equal values keep the given order.
 */
export function labelOrder(perClass, by, descending = by !== "label") {
  const order = perClass.map((_, i) => i);
  const sign = descending ? -1 : 1;
  if (by === "f1" || by === "support") order.sort((a, b) => sign * (perClass[a][by] - perClass[b][by]) || a - b);
  else if (descending) order.reverse();
  return order;
}

export function createMultilabel({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-multilabel");
  el.hidden = true;
  const picker = h("select", "cmw-label-picker");
  const pickField = h("label", "cmw-field");
  pickField.append(h("span", null, "Label"), picker);
  const shown = h("output", "cmw-label-threshold-value");
  const current = () => state.get("scores");
  let focus = 0;
  const writeThreshold = (v) => {
    const s = current();
    if (!s || !Array.isArray(s.thresholds) || !Number.isFinite(v)) return;
    const next = s.thresholds.slice();
    next[focus] = v;
    state.set("thresholds", next);
  };
  const knob = createSlider({
    dom, cls: "cmw-label-threshold", write: writeThreshold, throttleMs: THROTTLE_MS, clock, signal: ac.signal,
    onInput: (v) => {
      const s = current();
      shown.textContent = v.toFixed(stepDecimals(s ? s.step : 0.01));
    },
  });
  const slider = knob.el;
  const tField = h("label", "cmw-field");
  tField.append(h("span", null, "Threshold"), slider, shown);
  const focusTable = h("div", "cmw-label-focus");
  const listing = h("div", "cmw-label-listing");
  const table = h("table", "cmw-label-tables");
  el.append(pickField, tField, focusTable, listing, table);

  let sortBy = "label";
  let descending = false;

  function update() {
    const s = current();
    const on = Boolean(s && s.kind === "multilabel");
    el.hidden = !on;
    if (!on) return;
    const labels = state.get("labels");
    const perClass = state.get("metrics").perClass;
    const cd = state.get("countDigits");
    focus = Math.min(focus, labels.length - 1);
    if (picker.options.length !== labels.length || [...picker.options].some((o, i) => o.textContent !== labels[i])) {
      picker.replaceChildren(...labels.map((name, i) => dom.option(String(i), name)));
    }
    picker.value = String(focus);
    const scored = Array.isArray(s.thresholds);
    tField.hidden = !scored;
    slider.disabled = Boolean(s.fixed);
    if (scored && !knob.dragging()) {
      knob.range(s.lo, s.hi, s.step);
      slider.value = String(s.thresholds[focus]);
      shown.textContent = Number(s.thresholds[focus]).toFixed(stepDecimals(s.step));
    }
    drawFocus(s, labels, cd);
    drawTables(s, labels, perClass, cd);
  }

  function drawFocus(s, labels, cd) {
    const row = s.tables[focus] || [0, 0, 0, 0];
    const t = h("table", "cmw-readout-table");
    const head = t.createTHead().insertRow();
    head.append(h("th"), h("th", null, "not predicted"), h("th", null, "predicted"));
    const body = t.createTBody();
    /** @type {[string, number][]} */ ([["truly absent", 0], ["truly present", 2]]).forEach(([name, at]) => {
      const tr = body.insertRow();
      tr.append(h("th", null, name));
      for (const c of [at, at + 1]) {
        const [cell, tag] = CELLS[c];
        const td = h("td");
        const b = dom.button("cmw-label-cell", `${tag} ${formatCount(row[c], cd)}`);
        b.dataset.cell = cell;
        b.disabled = Boolean(s.fixed);
        listen(b, "click", () => state.send({ type: "label_cell", label: focus, cell }), ac.signal);
        td.append(b);
        tr.append(td);
      }
    });
    focusTable.replaceChildren(h("div", "cmw-label-focus-title", labels[focus] ?? ""), t);
    const f = s.focus;
    if (f && f.label === focus) {
      const tag = CELLS.find(([c]) => c === f.cell)?.[1] ?? f.cell;
      const shownCount = f.indices.length < f.total ? `first ${f.indices.length} of ${f.total}` : `${f.total}`;
      listing.replaceChildren(
        h("div", "cmw-label-listing-title", `${tag} of ${labels[focus]}: ${shownCount} samples`),
        h("div", "cmw-indices", f.indices.join(", ")),
      );
    } else {
      listing.replaceChildren();
    }
  }

  function drawTables(s, labels, perClass, cd) {
    const head = h("tr");
    // A click sorts by the column (F1 and support largest first); a second click reverses it.
    const sortButton = (key, text) => {
      const on = sortBy === key;
      const b = dom.button(`cmw-sort${on ? " cmw-sorted" : ""}`, on ? `${text} ${descending ? "\u25BC" : "\u25B2"}` : text);
      b.dataset.sort = key;
      listen(b, "click", () => {
        descending = on ? !descending : key !== "label";
        sortBy = key;
        update();
        table.querySelector(`[data-sort="${key}"]`).focus();  // the table is redrawn: keep the key's place
      }, ac.signal);
      const th = h("th");
      th.setAttribute("aria-sort", on ? (descending ? "descending" : "ascending") : "none");
      th.append(b);
      return th;
    };
    head.append(sortButton("label", "label"), ...CELLS.map(([, tag]) => h("th", null, tag)),
      sortButton("f1", "F1"), sortButton("support", "support"));
    const thead = h("thead");
    thead.append(head);
    const body = h("tbody");
    const rows = perClass.length === labels.length ? perClass : labels.map(() => ({ f1: NaN, support: NaN }));
    for (const i of labelOrder(rows, sortBy, descending)) {
      const tr = h("tr", i === focus ? "cmw-focused" : null);
      tr.dataset.label = String(i);
      const name = dom.button("cmw-label-name", labels[i]);
      listen(name, "click", () => { focus = i; update(); }, ac.signal);
      const first = h("th");
      first.append(name);
      tr.append(first, ...(s.tables[i] || []).map((v) => h("td", null, formatCount(v, cd))),
        h("td", null, formatMetric(rows[i].f1)), h("td", null, formatCount(rows[i].support, cd)));
      body.append(tr);
    }
    table.replaceChildren(thead, body);
  }

  listen(picker, "change", () => { focus = Number(picker.value) || 0; update(); }, ac.signal);

  watch(state, ["scores", "labels", "metrics", "countDigits"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
