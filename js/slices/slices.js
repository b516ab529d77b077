// Slices: a picker of the slice shown (or every sample), and the small multiples: one small
// matrix per slice on one colour scale, with its samples and accuracy, the slice that differs most
// from the others named. A click on a small multiple's cell shows that slice and selects the cell,
// so the selection panel lists that slice's samples there. The classes are drawn in the display order
// of the matrix (an abstained column stays last), so a small multiple reads like the matrix above it.
// Keys: slices, slice, sliceColors, sliceLut, order. Writes the slice and selected intents.

import { listen, scope } from "../ui/dom.js";
import { formatMetric } from "../core/format.js";
import { lutColor } from "../core/colors.js";
import { watch } from "../core/state.js";

export const MULTIPLE_PX = 96;   // CSS px: the side of a small multiple at most
const MIN_CELL = 3;              // CSS px: a small multiple's cell at least

/** The side of a cell of a small multiple of k x cols cells. */
export function cellSide(k, cols) {
  return Math.max(MIN_CELL, Math.floor(MULTIPLE_PX / Math.max(k, cols, 1)));
}

/** The cell (i, j) under (x, y) CSS px of a small multiple, or null outside it. */
export function cellAt(x, y, k, cols) {
  const side = cellSide(k, cols);
  const i = Math.floor(y / side);
  const j = Math.floor(x / side);
  return i >= 0 && i < k && j >= 0 && j < cols ? [i, j] : null;
}

/**
 * The class drawn at each row (and column) of a small multiple: the matrix's display order of the
 * classes; columns past k (the abstained one) keep their place.
 * @param {{classes: ArrayLike<number>} | null | undefined} order
 * @param {number} k
 */
export function drawnClasses(order, k) {
  const classes = order && order.classes && order.classes.length === k ? order.classes : null;
  return Array.from({ length: k }, (_, r) => (classes ? classes[r] : r));
}

/** The sentence naming the slice that differs most, or "". */
export function oddText(slices) {
  const odd = slices && slices.mostDifferent;
  if (!odd || odd.value == null || odd.rest == null) return "";
  return `Differs most: ${slices.names[odd.slice]} (accuracy ${formatMetric(odd.value)}, ` +
    `${formatMetric(odd.rest)} in the other slices)`;
}

export function createSlices({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, option } = dom;
  const el = h("div", "cmw-slices");
  el.setAttribute("role", "group");
  el.setAttribute("aria-label", "Slices");
  el.hidden = true;
  const picker = h("select", "cmw-slice-pick");
  picker.setAttribute("aria-label", "Slice shown");
  const field = h("label", "cmw-field");
  field.append(h("span", null, "Slice"), picker);
  const odd = h("div", "cmw-slice-odd-note");
  const note = h("div", "cmw-slice-fixed-note");
  const grid = h("div", "cmw-slice-grid");
  const top = h("div", "cmw-slices-top");
  top.append(field, odd);
  el.append(top, note, grid);

  // By position: a slice's name may be any text, the empty string included ("all samples" is the first).
  listen(picker, "change", () => {
    const slices = state.get("slices");
    const at = picker.selectedIndex - 1;
    const value = slices && at >= 0 && at < slices.names.length ? slices.names[at] : null;
    if (value !== state.get("slice")) state.set("slice", value);
  }, ac.signal);

  function update() {
    const slices = state.get("slices");
    el.hidden = !slices;
    if (!slices) {
      grid.replaceChildren();
      return;
    }
    const shown = state.get("slice");
    picker.replaceChildren(option("", "all samples"), ...slices.names.map((n) => option(n)));
    picker.selectedIndex = shown != null ? slices.names.indexOf(shown) + 1 : 0;
    picker.disabled = slices.fixed;
    picker.title = slices.fixed ? "Showing another slice needs a live kernel" : "";
    odd.textContent = oddText(slices);
    note.textContent = slices.fixed
      ? "The slices as saved: a live kernel shows another slice and recounts them at another threshold." : "";
    note.hidden = !slices.fixed;
    drawGrid(slices, shown);
  }

  function drawGrid(slices, shown) {
    const { colors } = state.get("sliceColors");
    const lut = state.get("sliceLut");
    const { k, cols } = slices;
    const side = cellSide(k, cols);
    const at = drawnClasses(state.get("order"), k);
    const col = (j) => (j < k ? at[j] : j);
    const tiles = slices.names.map((name, s) => {
      const tile = h("figure", "cmw-slice");
      if (name === shown) tile.classList.add("cmw-slice-shown");
      if (slices.mostDifferent && slices.mostDifferent.slice === s) tile.classList.add("cmw-slice-odd");
      tile.dataset.slice = name;
      const canvas = h("canvas", "cmw-slice-canvas");
      const ratio = (dom.doc.defaultView && dom.doc.defaultView.devicePixelRatio) || 1;
      canvas.width = Math.round(cols * side * ratio);
      canvas.height = Math.round(k * side * ratio);
      canvas.style.width = `${cols * side}px`;
      canvas.style.height = `${k * side}px`;
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", `Matrix of slice ${name}`);
      canvas.tabIndex = -1;
      const ctx = canvas.getContext && canvas.getContext("2d");
      if (ctx) {
        ctx.scale(ratio, ratio);
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < cols; j++) {
            ctx.fillStyle = lutColor(lut, colors[s][at[i] * cols + col(j)]);
            ctx.fillRect(j * side, i * side, side, side);
          }
        }
      }
      // The colour index of each cell, for readers of the page such as tests (small matrices only).
      if (k * cols <= 1024) {
        const drawn = [];
        for (let i = 0; i < k; i++) for (let j = 0; j < cols; j++) drawn.push(colors[s][at[i] * cols + col(j)]);
        tile.dataset.colors = drawn.join(",");
      }
      listen(canvas, "click", (e) => {
        const cell = cellAt(e.offsetX, e.offsetY, k, cols);
        if (!cell || slices.fixed) return;
        if (state.get("slice") !== name) state.set("slice", name);
        state.set("selected", [at[cell[0]], col(cell[1])]);
      }, ac.signal);
      const caption = h("figcaption", "cmw-slice-caption");
      const acc = slices.accuracy[s];
      const n = slices.samples[s];
      caption.append(h("span", "cmw-slice-name", name),
        h("span", "cmw-slice-stats", `n=${n == null ? "–" : +n.toFixed(2)} · acc ${formatMetric(acc)}`));
      tile.append(canvas, caption);
      return tile;
    });
    grid.replaceChildren(...tiles);
  }

  watch(state, ["slices", "slice", "sliceColors", "sliceLut", "order"], update, ac.signal);
  update();
  return { el, update, destroy: () => ac.abort() };
}
