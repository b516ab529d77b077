// How much room the matrix has on screen: the height measured from the page around the widget, and
// the observers that redraw it when that room (or the page's theme) changes.

import { listen } from "../ui/dom.js";

const SENTENCE_ROOM = 64;         // CSS px kept under the matrix for the selection's sentence
const MIN_AREA_H = 200;           // a scrolling box lower than this is not the notebook's area

/**
 * The height the canvas may take so that, with the widget's top at the top of the notebook's
 * scrolling area (or of the window), the canvas and what must be read with it under it (score
 * views wrapped under the matrix, the runs scrubber, the selection sentence) fit on screen.
 * Infinity when the page cannot tell (not in a laid-out page).
 * @param {HTMLElement} el the matrix's element
 * @param {HTMLElement} canvas its canvas
 * @param {Document} doc
 */
export function availableHeight(el, canvas, doc) {
  const root = el.closest(".cmw");
  const win = doc.defaultView;
  if (!root || !win || !el.isConnected || !root.getClientRects().length) return Infinity;
  // The outermost scrolling box (JupyterLab's output areas scroll too, but grow with their
  // content); none: the window, unless the page is a frame that grows with it (VS Code).
  let area = null;
  for (let a = root.parentElement; a && a !== doc.body && a !== doc.documentElement; a = a.parentElement) {
    const oy = win.getComputedStyle(a).overflowY;
    if ((oy === "auto" || oy === "scroll") && a.clientHeight >= MIN_AREA_H) area = a;
  }
  if (!area && win.top !== win) return Infinity;
  const areaH = Math.min(win.innerHeight, area ? area.clientHeight : win.innerHeight);
  if (!(areaH > 0)) return Infinity;
  const top = (x) => x.getBoundingClientRect().top;
  const bottom = (x) => x.getBoundingClientRect().bottom;
  let below = SENTENCE_ROOM;
  const row = [...root.children].find((c) => c.contains(el));
  if (row && row !== el) {
    // Views wrapped under the matrix (not those beside it: they do not follow its height).
    const under = [...row.children].filter((c) => c !== el && c.getClientRects().length && top(c) >= bottom(el) - 1);
    if (under.length) below += Math.max(...under.map(bottom)) - bottom(el);
  }
  for (let c = row ? row.nextElementSibling : null; c && !c.classList.contains("cmw-selection"); c = c.nextElementSibling) {
    if (c.getClientRects().length && !c.classList.contains("cmw-sr")) below += c.getBoundingClientRect().height;
  }
  return Math.floor(areaH - (top(canvas) - top(root)) - below);
}

/**
 * Redraws the matrix when its room may have changed: a size of the element, of `sizers` or of the
 * widget, the window's height, a theme switch in JupyterLab (marked on <body>). `changed(resized)`
 * says whether a redraw is needed (`resized`: an element's size changed, not only the window's).
 * @param {{el: HTMLElement, sizers: HTMLElement[], doc: Document, signal: AbortSignal,
 *   redraw: () => void, changed: (resized: boolean) => boolean}} o
 */
export function watchRoom({ el, sizers, doc, signal, redraw, changed }) {
  const view = doc.defaultView;
  if (view && typeof view.ResizeObserver !== "undefined") {
    const resizer = new view.ResizeObserver(() => { if (changed(true)) redraw(); });
    for (const target of [el, ...sizers]) resizer.observe(target);
    // What sits above or under the matrix, and the window's height, set the height it may take.
    const root = el.closest(".cmw");
    if (root) resizer.observe(root);
    listen(view, "resize", () => { if (changed(false)) redraw(); }, signal);
    signal.addEventListener("abort", () => resizer.disconnect(), { once: true });
  }
  if (view && typeof view.MutationObserver !== "undefined" && doc.body) {
    let timer = null;
    const themeWatch = new view.MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(redraw, 100);   // let the new stylesheet apply first
    });
    themeWatch.observe(doc.body, { attributes: true, attributeFilter: ["data-jp-theme-name", "data-jp-theme-light"] });
    signal.addEventListener("abort", () => { themeWatch.disconnect(); clearTimeout(timer); }, { once: true });
  }
}
