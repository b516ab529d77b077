// Compare mode's panel: a summary line (fixed, broken and changed samples from the compared run
// to the run shown) and, for the selected cell, the samples that entered it and those that left
// it, each with the column it came from or went to. Keys: compareState, moves, run, labels.

import { scope } from "./dom.js";
import { watch } from "./state.js";

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 fixed, 3 broken, 20 changed their prediction" from the compared run to the run shown. */
export function summaryText(cmp, run) {
  return `From ${cmp.name} to ${run}: ${cmp.fixed} fixed, ${cmp.broken} broken, `
    + `${plural(cmp.changed, "sample")} changed their prediction.`;
}

export function createCompare({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-compare");
  el.setAttribute("aria-live", "polite");
  el.hidden = true;

  // Each sample in words: "sample 12: predicted dog in epoch 1" (where it came from, or went to).
  function moveList(cls, title, total, indices, others, run, labels) {
    const box = h("div", cls);
    box.append(h("div", "cmw-moves-title", `${title} (${total})`));
    if (!indices.length) {
      box.append(h("span", "cmw-hint", "none"));
      return box;
    }
    const items = h("div", "cmw-moves-list");
    indices.forEach((idx, k) => {
      const item = h("span", "cmw-move");
      const other = others[k];
      item.append(h("span", "cmw-idx", `sample ${idx}`), dom.doc.createTextNode(": predicted "),
        h("em", null, labels[other] ?? String(other)), dom.doc.createTextNode(` in ${run}`));
      items.append(item);
    });
    box.append(items);
    if (total > indices.length) box.append(h("span", "cmw-hint", `showing the first ${indices.length} of ${total}`));
    return box;
  }

  function update() {
    const cmp = state.get("compareState");
    el.hidden = !cmp;
    el.replaceChildren();
    if (!cmp) return;
    const run = state.get("run");
    el.append(h("p", "cmw-compare-summary", summaryText(cmp, run)));
    const moves = state.get("moves");
    if (!moves) {
      el.append(h("p", "cmw-hint", "Click a cell to see the samples that entered it and those that left it."));
      return;
    }
    const labels = state.get("labels");
    const head = h("p", "cmw-moves-head");
    head.append(dom.doc.createTextNode("Cell true "), h("em", null, labels[moves.i] ?? String(moves.i)),
      dom.doc.createTextNode(", predicted "), h("em", null, labels[moves.j] ?? String(moves.j)),
      dom.doc.createTextNode(`: ${moves.nEntered} entered, ${moves.nLeft} left since ${cmp.name}.`));
    el.append(head,
      moveList("cmw-entered", "Entered", moves.nEntered, moves.entered, moves.cameFrom, cmp.name, labels),
      moveList("cmw-left", "Left", moves.nLeft, moves.left, moves.wentTo, run, labels));
  }

  watch(state, ["compareState", "moves", "run", "labels"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
