// The matrix's keys: arrows move the keyboard cursor (Shift: 10 cells), +/-/0 zoom, Enter or Space
// select the cursor's cell (Shift: add it), R / C / E its row, its column or every error.

import { MOVES, ZOOM_STEP, followCursor, fullView, nextCursor } from "./geometry.js";

const ZOOM_KEYS = { "+": "in", "=": "in", "-": "out", "_": "out", "0": "fit" };
const LINE_KEYS = { r: "row", c: "col", e: "errors" };

/**
 * The keydown handler of the matrix's canvas, over the matrix's own view state `st` and actions.
 * @param {object} m the matrix: its view state `st`, the displayed state `get`, the widget state and its actions
 */
export function matrixKeys({ st, get, state, live, zoomed, classCell, colsOf, setView, zoomBy, scheduleDraw, describe }) {
  return function onKeyDown(e) {
    const k = get("k");
    if (k === 0) return;
    let handled = true;
    if (MOVES.has(e.key)) {
      // Zoomed in with no cursor yet, the first key starts from the window's first cell.
      const from = st.cursor || get("selected") || (zoomed() ? [st.view.r0, st.view.c0] : null);
      st.cursor = nextCursor(from, e.key, k, e.shiftKey ? 10 : 1, colsOf(k));
      if (zoomed()) setView(followCursor(st.view, classCell(st.cursor), k, st.vMin));
      live.textContent = describe(st.cursor).replace(/\n/g, ", ");
      scheduleDraw();
    } else if (st.zoomable && !e.ctrlKey && !e.metaKey && !e.altKey && ZOOM_KEYS[e.key]) {
      const what = ZOOM_KEYS[e.key];
      if (what === "fit") setView(fullView(k));
      else {
        // Around the keyboard cursor when there is one, so it stays where the eye is.
        const c = st.cursor ? classCell(st.cursor) : null;
        zoomBy(what === "in" ? ZOOM_STEP : 1 / ZOOM_STEP, c ? [c[0] + 0.5, c[1] + 0.5] : null);
        if (c && zoomed()) setView(followCursor(st.view, classCell(st.cursor), k, st.vMin));
      }
    } else if (e.key === "Enter" || e.key === " ") {
      const c = st.cursor || get("selected") || [0, 0];
      st.cursor = c;
      state.set("selected", e.shiftKey ? { add: [c[0], c[1]] } : [c[0], c[1]]);
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey && LINE_KEYS[e.key.toLowerCase()]) {
      // R: the cursor's true row; C: its predicted column; E: every error.
      const what = LINE_KEYS[e.key.toLowerCase()];
      const c = st.cursor || get("selected") || [0, 0];
      state.set("selected", what === "errors" ? "errors" : what === "row" ? { row: c[0] } : { col: c[1] });
    } else {
      handled = false;
    }
    if (handled) e.preventDefault();
  };
}
