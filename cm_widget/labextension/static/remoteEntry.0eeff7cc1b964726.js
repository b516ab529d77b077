(()=>{var b1=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
.cmw {
  --cmw-fg: var(--jp-ui-font-color1, #1f1f1f);
  --cmw-muted: var(--jp-ui-font-color2, #616161);
  --cmw-bg: var(--jp-layout-color1, #ffffff);
  --cmw-bg2: var(--jp-layout-color2, #eeeeee);
  --cmw-border: var(--jp-border-color2, #bdbdbd);
  --cmw-accent: var(--jp-brand-color1, #1976d2);
  --cmw-warn-bg: var(--jp-warn-color3, #fff3cd);
  --cmw-warn-fg: var(--jp-warn-color0, #6d4c00);
  color: var(--cmw-fg);
  background: var(--cmw-bg);
  /* The narrow layout below follows the width of the output, not of the window. */
  container: cmw / inline-size;
  font-family: var(--jp-ui-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--jp-ui-font-size1, 13px);
  line-height: 1.4;
  display: block;
  box-sizing: border-box;
  min-width: 0;
  max-width: 100%;
}

.cmw *,
.cmw *::before,
.cmw *::after {
  box-sizing: border-box;
}

.cmw [hidden] {
  display: none !important;
}

.cmw button,
.cmw select,
.cmw input {
  font: inherit;
  color: var(--cmw-fg);
}

.cmw button,
.cmw select,
.cmw input[type="text"] {
  background: var(--cmw-bg);
  border: 1px solid var(--cmw-border);
  border-radius: 3px;
  padding: 2px 8px;
}

.cmw button {
  cursor: pointer;
}

.cmw button:hover {
  background: var(--cmw-bg2);
}

.cmw :focus-visible {
  outline: 2px solid var(--cmw-accent);
  outline-offset: 1px;
}

/* Controls bar */
.cmw-controls {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  margin-bottom: 6px;
}

.cmw-field {
  display: inline-flex;
  align-items: center;
  gap: 6px;
}

.cmw-seg {
  display: inline-flex;
}

.cmw .cmw-seg-btn {
  border-radius: 0;
  margin-left: -1px;
}

.cmw .cmw-seg-btn:first-child {
  border-radius: 3px 0 0 3px;
  margin-left: 0;
}

.cmw .cmw-seg-btn:last-child {
  border-radius: 0 3px 3px 0;
}

.cmw .cmw-seg-btn.cmw-active {
  background: var(--cmw-accent);
  border-color: var(--cmw-accent);
  color: var(--jp-ui-inverse-font-color1, #ffffff);
  position: relative;
}

/* Label editing */
.cmw-labels-panel {
  border: 1px solid var(--cmw-border);
  border-radius: 3px;
  padding: 8px;
  margin-bottom: 6px;
}

.cmw-labels-list {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
  gap: 4px 12px;
  max-height: 260px;
  overflow: auto;
}

.cmw-label-row {
  display: flex;
  align-items: center;
  gap: 6px;
}

.cmw-label-idx {
  color: var(--cmw-muted);
  min-width: 2.5em;
  text-align: right;
  font-variant-numeric: tabular-nums;
}

.cmw-label-input {
  flex: 1;
  min-width: 0;
}

.cmw-labels-actions {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-top: 8px;
}

.cmw .cmw-inline-edit {
  position: absolute;
  z-index: 3;
  height: 22px;
  padding: 1px 4px;
}

/* Threshold */
.cmw-binary {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 20px;
  margin-bottom: 6px;
}

.cmw-threshold {
  width: 220px;
  accent-color: var(--cmw-accent);
}

.cmw-threshold-value {
  min-width: 4em;
  font-variant-numeric: tabular-nums;
}

.cmw-readout {
  display: flex;
  align-items: center;
  gap: 12px;
  flex-wrap: wrap;
}

.cmw-readout-table {
  border-collapse: collapse;
  font-variant-numeric: tabular-nums;
}

.cmw-readout-table th,
.cmw-readout-table td {
  border: 1px solid var(--cmw-border);
  padding: 1px 8px;
  text-align: right;
  font-weight: normal;
}

.cmw-readout-table thead th {
  color: var(--cmw-muted);
}

.cmw-tag {
  color: var(--cmw-muted);
  font-size: 0.85em;
}

.cmw-readout-stats {
  display: flex;
  gap: 12px;
  font-variant-numeric: tabular-nums;
}

/* Notes */
.cmw-note {
  background: var(--cmw-warn-bg);
  color: var(--cmw-warn-fg);
  border-radius: 3px;
  padding: 3px 8px;
  margin-bottom: 4px;
  white-space: pre-wrap;
}

.cmw-note::before {
  content: "\\26A0\\FE0E  ";
}

/* Zoom controls for many classes */
/* What a cell means in the current mode (top-k, abstaining, compare, groups, ...). */
.cmw-mode {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin-bottom: 4px;
}

.cmw-badge {
  border-left: 3px solid var(--cmw-accent);
  padding: 1px 6px;
  background: var(--cmw-bg2);
  color: var(--cmw-fg);
}

.cmw-zoom {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  margin-bottom: 4px;
}

.cmw .cmw-zoom button {
  min-width: 2em;
  padding: 1px 8px;
}

.cmw .cmw-zoom button:disabled {
  opacity: 0.45;
  cursor: default;
}

.cmw-view-range {
  font-variant-numeric: tabular-nums;
}

/* The matrix */
.cmw-plot {
  position: relative;
  overflow-x: auto;
  overflow-y: hidden;
}

.cmw-canvas {
  display: block;
}

/* The plot scrolls sideways and clips what sticks out of it: the ring is drawn inside the
   canvas (whose edges are padding), so all four sides show. */
.cmw .cmw-canvas:focus-visible {
  outline-offset: -2px;
}

.cmw-tooltip {
  position: absolute;
  z-index: 2;
  pointer-events: none;
  white-space: pre-line;
  background: var(--jp-layout-color0, #ffffff);
  color: var(--cmw-fg);
  border: 1px solid var(--cmw-border);
  border-radius: 3px;
  padding: 4px 8px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
  max-width: 320px;
  overflow-wrap: anywhere;
}

.cmw-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

/* Selection */
.cmw-selection {
  margin-top: 6px;
}

.cmw-selection p {
  margin: 4px 0;
}

.cmw-sentence em {
  font-style: normal;
  font-weight: 600;
  color: var(--cmw-accent);
}

.cmw-hint {
  color: var(--cmw-muted);
}

.cmw-selection-head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 4px 12px;
}

.cmw-selection-head .cmw-sentence {
  margin: 0;
}

.cmw-indices {
  font-family: var(--jp-code-font-family, ui-monospace, monospace);
  font-size: 0.92em;
  max-height: 7.5em;
  overflow: auto;
  overflow-wrap: anywhere;
}

.cmw-pager {
  display: flex;
  align-items: center;
  gap: 10px;
  margin: 4px 0;
}

.cmw-range {
  color: var(--cmw-muted);
}

.cmw-previews {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  max-height: 320px;
  overflow: auto;
}

.cmw-preview-img {
  margin: 0;
  text-align: center;
}

.cmw-preview-img img {
  display: block;
  max-width: 96px;
  max-height: 96px;
  image-rendering: pixelated;
  border: 1px solid var(--cmw-border);
}

.cmw-preview-img figcaption,
.cmw-idx {
  color: var(--cmw-muted);
  font-size: 0.85em;
  font-variant-numeric: tabular-nums;
}

.cmw-preview-text {
  flex: 1 1 100%;
  display: flex;
  gap: 8px;
}

.cmw-snippet {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}

/* Metrics */
.cmw-metrics {
  margin-top: 8px;
}

.cmw-metrics summary {
  cursor: pointer;
}

.cmw-metrics-table {
  border-collapse: collapse;
  margin-top: 4px;
  font-variant-numeric: tabular-nums;
}

.cmw-metrics-table th,
.cmw-metrics-table td {
  padding: 1px 10px;
  text-align: right;
  border-bottom: 1px solid var(--cmw-border);
}

.cmw-metrics-table th:first-child {
  text-align: left;
}

.cmw-metrics-table tbody th {
  font-weight: normal;
  max-width: 240px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.cmw-summary-row th,
.cmw-summary-row td {
  font-weight: 600;
}

.cmw-summary-first th,
.cmw-summary-first td {
  border-top: 2px solid var(--cmw-border);
}

/* Many classes: order, search, largest errors */
.cmw-order {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 6px 16px;
  margin-bottom: 6px;
}

.cmw-order-bar,
.cmw-expand {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
}

.cmw-search {
  position: relative;
}

.cmw .cmw-search-input {
  background: var(--cmw-bg);
  border: 1px solid var(--cmw-border);
  border-radius: 3px;
  padding: 2px 8px;
  width: 14em;
}

.cmw-matches {
  position: absolute;
  z-index: 2;
  left: 0;
  margin: 2px 0 0;
  padding: 2px 0;
  min-width: 14em;
  max-height: 16em;
  overflow-y: auto;
  list-style: none;
  background: var(--cmw-bg);
  border: 1px solid var(--cmw-border);
  border-radius: 3px;
}

.cmw-match {
  padding: 2px 8px;
  cursor: pointer;
}

.cmw-match[aria-selected="true"],
.cmw-match:hover {
  background: var(--cmw-bg2);
}

/* Folded, the list's title sits in the order bar's row; open, the list takes a row of its own. */
.cmw-top[open] {
  flex-basis: 100%;
}

.cmw-top-title {
  margin: 0 0 2px;
  color: var(--cmw-muted);
  cursor: pointer;
}

.cmw-top-list {
  margin: 0;
  padding-left: 2em;
  columns: 2 22em;
}

.cmw .cmw-top-item {
  border: none;
  padding: 0 4px;
  text-align: left;
  background: transparent;
}

.cmw .cmw-top-item:hover {
  background: var(--cmw-bg2);
}

/* A table counted in Dask or Spark: its summary, and a spinner while the engine works. */
.cmw-table {
  color: var(--cmw-muted);
  font-size: 0.92em;
  margin: 2px 0 6px;
}

.cmw-busy {
  margin-left: 8px;
  color: var(--jp-ui-font-color1, inherit);
}

.cmw-busy::before {
  content: "";
  display: inline-block;
  width: 0.8em;
  height: 0.8em;
  margin-right: 5px;
  vertical-align: -0.1em;
  border: 2px solid currentColor;
  border-right-color: transparent;
  border-radius: 50%;
  animation: cmw-spin 0.8s linear infinite;
}

@keyframes cmw-spin {
  to { transform: rotate(360deg); }
}

@media (prefers-reduced-motion: reduce) {
  .cmw-busy::before { animation: none; }
}

/* Runs: the scrubber, the history line and compare mode's panel. */
.cmw-runs {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 20px;
  margin: 6px 0;
}

.cmw-runs-top {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 10px;
}

.cmw-run-slider {
  width: 220px;
  accent-color: var(--cmw-accent);
}

.cmw-run-name {
  min-width: 6em;
  font-weight: 600;
}

.cmw-run-newer {
  color: var(--cmw-warn-fg);
  background: var(--cmw-warn-bg);
}

.cmw-history-box {
  display: flex;
  align-items: center;
  gap: 8px;
}

.cmw-history polyline {
  stroke-width: 1.5;
}

.cmw-line-acc,
.cmw-run-dot {
  stroke: var(--cmw-accent);
}

.cmw-line-f1 {
  stroke: var(--cmw-muted);
  stroke-dasharray: 3 2;
}

.cmw-run-dot {
  fill: var(--cmw-bg);
  cursor: pointer;
}

.cmw-run-dot-current {
  fill: var(--cmw-accent);
}

.cmw-history-legend {
  display: flex;
  flex-direction: column;
  font-size: 0.9em;
  color: var(--cmw-muted);
}

.cmw-legend-acc::before,
.cmw-legend-f1::before {
  content: "";
  display: inline-block;
  width: 14px;
  margin-right: 4px;
  vertical-align: middle;
  border-top: 2px solid var(--cmw-accent);
}

.cmw-legend-f1::before {
  border-top: 2px dashed var(--cmw-muted);
}

.cmw-compare p {
  margin: 4px 0;
}

.cmw-entered,
.cmw-left {
  margin: 4px 0;
}

.cmw-moves-title {
  font-weight: 600;
}

.cmw-moves-list {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 12px;
  max-height: 8em;
  overflow: auto;
}

/* The matrix and, beside it, the score views (curves, abstain and top-k, per-label tables).
   The matrix is as wide as its drawing (js/widget.js sizes the drawing to the room left);
   the views wrap under it when the row is too narrow for both. */
.cmw-main {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  column-gap: 16px;
}

.cmw-main > .cmw-matrix {
  flex: 0 1 auto;
  min-width: 0;
  max-width: 100%;
}

.cmw-main > .cmw-side {
  flex: 0 1 auto;
  min-width: 0;
  max-width: 100%;
}

/* Rows of buttons and lists of samples wrap to the width of the rest instead of widening the column. */
.cmw-side .cmw-curve-targets,
.cmw-side .cmw-label-listing {
  contain: inline-size;
}

/* The abstain slider, the top-k field and the figures stack, one under the other. */
.cmw-side .cmw-abstain {
  flex-direction: column;
  align-items: flex-start;
}

/* Nothing to show (labels only): no empty column. */
.cmw-side:not(:has(> :not([hidden]))) {
  display: none;
}

/* Score views: curves, abstain and top-k, per-label tables */
.cmw-scores {
  margin: 6px 0;
}

.cmw-curve-plots {
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
}

.cmw-curve {
  margin: 0;
}

.cmw-curve-title {
  font-variant-numeric: tabular-nums;
  margin-bottom: 2px;
}

.cmw-curve-svg {
  cursor: crosshair;
  touch-action: none;
}

/* A drag along a curve moves the threshold; it selects no text on the way. */
.cmw-curve-plots {
  -webkit-user-select: none;
  user-select: none;
}

.cmw-curve-frame {
  fill: none;
  stroke: var(--cmw-border);
}

.cmw-curve-line {
  fill: none;
  stroke: var(--cmw-accent);
  stroke-width: 1.5;
}

.cmw-curve-chance {
  stroke: var(--cmw-muted);
  stroke-dasharray: 3 3;
}

.cmw-curve-axis {
  fill: var(--cmw-muted);
  font-size: 11px;
}

.cmw-curve-tick {
  fill: var(--cmw-muted);
  font-size: 10px;
  font-variant-numeric: tabular-nums;
}

.cmw-curve-tickmark {
  stroke: var(--cmw-muted);
}

.cmw-curve-readout {
  fill: var(--cmw-fg);
  font-size: 11px;
  font-variant-numeric: tabular-nums;
}

.cmw-curve-guide {
  stroke: var(--cmw-accent);
  stroke-dasharray: 2 3;
  opacity: 0.7;
}

/* The current point is a handle: a ring around a dot, grabbed to move the threshold. */
.cmw-curve-marker {
  fill: var(--cmw-accent);
  stroke: var(--cmw-bg);
  stroke-width: 2.5;
  filter: drop-shadow(0 0 1.5px var(--cmw-fg));
  cursor: grab;
}

.cmw-curve-svg:active .cmw-curve-marker {
  cursor: grabbing;
}

.cmw-curve-targets,
.cmw-abstain,
.cmw-abstain-stats {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  margin: 4px 0;
}

.cmw-abstain-slider,
.cmw-label-threshold {
  width: 200px;
  accent-color: var(--cmw-accent);
}

.cmw-top-k {
  width: 4em;
}

.cmw-label-tables {
  border-collapse: collapse;
  font-variant-numeric: tabular-nums;
  margin-top: 6px;
}

.cmw-label-tables th,
.cmw-label-tables td {
  border: 1px solid var(--cmw-border);
  padding: 1px 8px;
  text-align: right;
  font-weight: normal;
}

.cmw-label-tables tr.cmw-focused {
  outline: 2px solid var(--cmw-accent);
}

.cmw-sorted {
  font-weight: bold;
}

.cmw-curve-undefined {
  width: 220px;
  color: var(--cmw-muted);
  margin: 8px 0;
}

/* The line above a saved view shown where the widget has no kernel (JupyterLab, Notebook 7). */
.cmw-saved-note {
  margin: 0 0 4px;
  font-size: var(--jp-ui-font-size1, 13px);
  color: var(--jp-ui-font-color2, #616161);
}

/* A narrow output (a laptop window with the file browser open): the controls keep two rows
   (normalisation, colormap and labels; order, errors only and the largest errors), the binary
   readout keeps its rates (the matrix under it shows the four counts) and the curves, smaller,
   stand side by side under the matrix, so that the sentence after a click is in view. */
.cmw-short {
  display: none;
}

@container cmw (max-width: 600px) {
  .cmw .cmw-long {
    display: none;
  }

  .cmw .cmw-short {
    display: inline;
  }

  .cmw .cmw-field-name {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .cmw-controls,
  .cmw-order,
  .cmw-order-bar {
    column-gap: 8px;
  }

  .cmw .cmw-seg-btn {
    padding-left: 6px;
    padding-right: 6px;
  }

  .cmw .cmw-cmap {
    width: 6em;
  }

  .cmw .cmw-order-select {
    width: 7em;
  }

  .cmw .cmw-search-input {
    width: 7em;
  }

  .cmw-threshold {
    width: 150px;
  }

  .cmw-readout-table {
    display: none;
  }

  .cmw-curve {
    max-width: 180px;
  }

  .cmw-main > .cmw-side {
    flex-basis: 100%;
  }

  .cmw-curve svg {
    width: 130px;
    height: 130px;
  }

  .cmw-scores {
    margin: 2px 0;
  }

  .cmw .cmw-curve-targets button {
    padding-top: 0;
    padding-bottom: 0;
    font-size: 0.9em;
  }

  .cmw-binary {
    row-gap: 0;
    margin-bottom: 2px;
  }

  .cmw-curve-targets {
    row-gap: 2px;
  }
}

/* The selection bar: All errors, how to select rows, columns and cells, the Download menu. */
.cmw-select-bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin: 6px 0 2px;
}

.cmw-select-bar[hidden] {
  display: none;
}

.cmw-download {
  position: relative;
}

.cmw-download-summary {
  cursor: pointer;
}

.cmw-download-menu {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 8px;
  margin-top: 4px;
}

/* The feature summary of a selected cell (samples= a table). */
.cmw-summary {
  border-collapse: collapse;
  margin-top: 6px;
}

.cmw-summary caption {
  text-align: left;
  color: var(--cmw-muted);
}

.cmw-summary th,
.cmw-summary td {
  padding: 2px 10px 2px 0;
  text-align: left;
}
`;function x1(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function y1(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Rt(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function v1(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Rt(t[r],t[r+1],t[r+2])}function k1(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function Vr(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function Wr([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function A1(e,t){let n=Vr(t);if(!n||Wr(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function se(e,t,n){return e<t?t:e>n?n:e}var Gr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ge(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function S1(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ge(e),n=Math.floor(t.byteLength/8);if(Gr)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Ve(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,d))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var Kr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Yr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function De(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=Kr[e&&e.dtype]||Float64Array,o=_1(r,ge(e&&e.counts)),s=Xr(e&&e.totals,t,n);if(e&&e.at!=null){let i=_1(Uint32Array,ge(e.at)),c=new r(t*n),a=Math.min(i.length,o.length);for(let l=0;l<a;l++)i[l]<c.length&&(c[i[l]]=o[l]);return{k:t,cols:n,counts:c,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function _1(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(Yr&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let c=0;c<r;c++)i[c]=o[s](n*c,!0);return i}function Xr(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function Ze(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ve(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,ve(e,t,o,r)+ve(e,t+o*r,n-o,r)}function We(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return Hr(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=ve(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=ve(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function Hr(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function lt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function qr(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Se(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=qr(a)}return o}function It(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Zr=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function M1(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?Zr.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ut(e){let t=ge(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function dt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Rt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var ct=e=>Number(e.toPrecision(12));function mt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>ct(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=ct(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let d=ct(l*c);a.push([d/r,o?String(d):`${ct(d*100)}%`])}return a}function T1(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=ge(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let d=u=>i.getFloat64(8*(4*l+u),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var Pt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},ft=e=>Array.isArray(e)?e:[],Je=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,pt=e=>ft(e).map(Number).filter(Number.isInteger);function Jr(e){let t=Pt(e),n=ft(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(ft(o)[i])?Number(ft(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Qr(e,t){let n=Pt(e);if(typeof n.name!="string")return null;let r=De(n.matrix),o=ut(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Je(n.fixed),broken:Je(n.broken),changed:Je(n.changed)}}function E1(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function C1(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Lr(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var $1=(e,t)=>{let n=C1(e);return Se(Lr(e,t),-n,n)};function N1(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function F1(e,t=0){let n=Math.abs(C1(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function eo(e){let t=Pt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:pt(t.entered),cameFrom:pt(t.came_from),left:pt(t.left),wentTo:pt(t.went_to),nEntered:Je(t.n_entered),nLeft:Je(t.n_left)}}var O1={runs:{raw:["_runs"],make:(e,t)=>Jr(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Qr(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>eo(t("_moves"))}},R1=["run","compare"];var I1=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],P1=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function me(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function ze(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=se(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?N1(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function Bt(e,t,n,r=0){let o=ze(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${me(t,r)})`}:{main:o,sub:""}}function pe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Fe(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return se(r-(n?Number(n):0),0,6)}function B1(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function D1(e,t){return t?`${e}_r`:e}function Dt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function z1(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var j1=[[`
`,"⏎"],["\r","␍"]];function Qe(e){let t=String(e);for(let[n,r]of j1)t=t.split(n).join(r);return t}function zt(e,t){if(t!=null&&e===Qe(t))return String(t);let n=String(e);for(let[r,o]of j1)n=n.split(o).join(r);return n}function ht(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var to=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function _e(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Ge(e,t){let n=_e(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(to)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var no={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ro(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=no[e.dtype];return t?Ge(t,e.data):null}function oo(e){let t=_e(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function V1(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ge(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ge(Uint32Array,t.sample_index):null,ids:ro(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ge(Float32Array,t.outside.scores),weights:t.outside.weights?Ge(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=_e(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Ge(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=oo(t.cells);return n}var je=new Float32Array(1),U1=new Int32Array(je.buffer);function so(e,t){return je[0]=e,je[0]===0?(U1[0]=1,t?je[0]:-je[0]):(U1[0]+=je[0]>0===t?1:-1,je[0])}function jt(e){let t=Math.fround(e);return t>e?so(t,!1):t}function Oe(e,t=-1/0,n=1/0){let r=jt(Number(e));return Math.min(Math.max(r,jt(t)),jt(n))}function wt(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Oe(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;r[l*n+d]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function W1(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Oe(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function Ut(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Oe(n);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:1-s,l=e.scores[c]>=i?s:1-s;t[a*o+l]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function gt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function bt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>gt(e,r))}function io(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Oe(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?ve(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var ke=(e,t)=>t!==0?e/t:0;function ao(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let f=0;f<t;f++){for(let _=0;_<t;_++){let $=e[f*t+_];o[f]+=$,s[_]+=$,c+=$}r[f]=e[f*t+f],i+=r[f]}if(n){for(let f=0;f<t;f++)o[f]+=n.trueK[f],s[f]+=n.predK[f];i+=n.agree,c+=n.total}let a=0;for(let f=0;f<t;f++)a+=o[f];let l=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,b=0;for(let f=0;f<t;f++){let _={precision:ke(r[f],s[f]),recall:ke(r[f],o[f]),f1:ke(2*r[f],o[f]+s[f]),support:o[f]};l.push(_);let $=ke(o[f],a);for(let x of["precision","recall","f1"])d[x]+=_[x]/t,u[x]+=_[x]*$;o[f]>0&&(p+=1,b+=_.recall)}return{rows:l,accuracy:ke(i,c),balancedAccuracy:p?b/p:0,macro:d,weighted:u}}function Vt(e,t,n=null,r=null){let o=ao(e,t,io(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function co(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:ke(e,e+n),fpr:ke(t,t+r),precision:ke(e,e+t),f1:ke(2*e,2*e+t+n),mcc:ke(e*r-t*n,o)}}function Wt(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...co(s(r,r),s(o,r),s(r,o),s(o,o))}}function G1(e){return e??"true"}function K1(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Gt(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=c?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${ht(r*100,1)}% of `,b;return i==="all"?b=[{text:`${p}all samples).`}]:i==="pred"&&c?b=[{text:`${p}the abstained samples).`}]:i==="pred"?b=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...b]}function Gt(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Kt={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var xt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,Y1=(e,t,n)=>Array.isArray(e)&&e.length===2&&xt(e[0],t)&&xt(e[1],n);function Ke(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&xt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&xt(e.col,n)?{kind:"col",j:e.col}:null}return Y1(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>Y1(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function Yt(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function X1(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function H1(e,t,n=t){if(e===null)return null;let r=Ke(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":X1(r.cells)}function q1(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),X1(n)}function Z1(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:a=!1}){let l=s?c(t):String(Math.trunc(t)),[d,u]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?d:u} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${p}misclassified`},b]:[{text:`${p}in ${r} selected cells`},b]}var uo=/[",\r\n]/;function mo(e){let t=String(e);return uo.test(t)?`"${t.replace(/"/g,'""')}"`:t}function yt(e,t){return[e,...t].map(n=>n.map(mo).join(",")).join(`
`)+`
`}var J1=40,Xt="abstained";function po(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function fo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Q1(e){let t=Object.prototype.hasOwnProperty.call(Kt,e)?Kt[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var L1=e=>e.every(t=>Number.isInteger(t));function en(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let v of e.state.buffers)po(t,v.path,_e(v.data));let n=e.k,r=V1(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let d=v=>{for(let A of o.get(v)||[])A()},u=(v,A)=>{t[v]=A,d(v)},p=De(t._matrix),b=r?wt(r,t.threshold):Float64Array.from(Ze(p.counts,n,p.cols).square),f=p.cols===n+1?Array.from({length:n},(v,A)=>p.counts[A*p.cols+n]):null;function _(){return{k:n,dtype:"float64",counts:new Uint8Array(b.buffer.slice(0))}}function $(v,A){let R=`${v},${A},${t.threshold}`;return s.key!==R&&(s.key=R,s.members=W1(r,v,A,t.threshold)),s.members}function x(v,A,R,B){let O=0;if(B==="true")for(let F of A){for(let D=0;D<n;D++)O+=b[F*n+D];f&&(O+=f[F])}else for(let F=0;F<n;F++)if(B==="all"){for(let D=0;D<n;D++)O+=b[F*n+D];f&&(O+=f[F])}else for(let D of R)O+=D===n?f?f[F]:0:b[F*n+D];return O?v/O:0}function y(v,A,R,B,O,F,D,L={},q={}){let ne=0;for(let Q of R)for(let ee of B)ne+=ee===n?f?f[Q]:0:b[Q*n+ee];let ce=!!(r&&r.weights||!L1(b)),ae=G1(t.normalize),Ee;if(q.multilabel){let Q=p.totals,ee=Q?ae==="true"?Q.rows[v]:ae==="pred"?Q.cols[A]:Q.all:0;Ee=ee?ne/ee:0}else Ee=x(ne,R,B,ae);let xe=r?F():[],he=xe.length,ue=Math.max(0,Math.min(Math.trunc(D)||0,Math.max(he-1,0)));ue-=ue%i;let Ie=xe.slice(ue,ue+i),Pe=[];for(let Q of Ie.slice(0,J1)){let ee=e.previews&&e.previews[String(gt(r,Q))];ee&&Pe.push(ee)}return{i:v,j:A,...L,sentence:K1(ne,O[0],O[1],Ee,v===A,ce,{basis:ae,...q}),count:ne,total:he,offset:ue,indices:r?bt(r,Ie):[],page_size:i,previews:Pe,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function E(v,A,R){let B=t.display_labels||[];return f&&A===n?y(v,A,[v],[A],[String(B[v]??v),Xt],()=>[],R,{},{abstained:!0}):y(v,A,[v],[A],[String(B[v]??v),String(B[A]??A)],()=>$(v,A),R,{},{multilabel:c})}let h=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],w=new Array(h.length?n:0).fill(0);if(h.length){let v=t._groups.codes,A=new DataView(v.buffer,v.byteOffset,v.byteLength);for(let R=0;R<n;R++)w[R]=n<=65536?A.getUint16(2*R,!0):A.getUint32(4*R,!0)}let C=v=>w.flatMap((A,R)=>A===v?[R]:[]);function m(v,A){if(r.kind==="binary"){let B=[];for(let O of C(v))for(let F of C(A))B.push(...$(O,F));return B.sort((O,F)=>O-F)}let R=[];for(let B=0;B<r.n;B++){let O=r.cells[B],F=Math.floor(O/n);w[F]===v&&w[O-F*n]===A&&R.push(B)}return R}function N(v,A,R){return y(v,A,C(v),C(A),[h[v],h[A]],()=>m(v,A),R,{group:!0})}function M(v,A){let R=f?n+1:n,B=Ke(v,n,R),O=Yt(B,n,R),F=0;for(let[Q,ee]of O)F+=ee===n?f?f[Q]:0:b[Q*n+ee];let D=new Uint8Array(n*n);for(let[Q,ee]of O)ee<n&&(D[Q*n+ee]=1);let L=r?Ut(r,D,t.threshold):[],q=bt(r||{},L),ne=L.map((Q,ee)=>ee);r&&r.ids&&ne.sort((Q,ee)=>q[Q]<q[ee]?-1:q[Q]>q[ee]?1:Q-ee);let ce=0;for(let Q=0;Q<n;Q++){for(let ee=0;ee<n;ee++)ce+=b[Q*n+ee];f&&(ce+=f[Q])}let ae=(t.display_labels||[]).map(String);f&&ae.push(Xt);let Ee=B.kind==="row"?ae[B.i]:B.kind==="col"?ae[B.j]:null,xe=!!(r&&r.weights||!L1(b)),he=L.length,ue=Math.max(0,Math.min(Math.trunc(A)||0,Math.max(he-1,0)));ue-=ue%i;let Ie=ne.slice(ue,ue+i),Pe=[];for(let Q of Ie.slice(0,J1)){let ee=e.previews&&e.previews[String(gt(r,L[Q]))];ee&&Pe.push(ee)}return{i:B.kind==="row"?B.i:-1,j:B.kind==="col"?B.j:-1,kind:B.kind,sentence:Z1(B.kind,F,Ee,O.length,ce?F/ce:0,xe,{fixed:ht,formatG:Gt,pairs:c}),count:F,total:he,offset:ue,indices:Ie.map(Q=>q[Q]),page_size:i,previews:Pe,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function V(v=0){let A=t.selected,R=t.selected_group;A!=null&&!(Array.isArray(A)&&A.length===2&&!Array.isArray(A[0]))?u("_selection",M(A,v)):Array.isArray(A)&&A.length===2?u("_selection",E(A[0],A[1],v)):Array.isArray(R)&&R.length===2?u("_selection",N(R[0],R[1],v)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function J(v){let A=e.orders&&e.orders[v];A&&(u("_order",{dtype:A.dtype,classes:_e(A.classes),groups:A.groups?_e(A.groups):null}),u("order",v))}function K(v,A,R,B=R){if(v==="selected"&&(A=H1(A,R,B),A===void 0)||!(A===null||v==="selected"||Array.isArray(A)&&A.length===2&&A.every((D,L)=>Number.isInteger(D)&&D>=0&&D<(L===0?R:B))))return;let F=v==="selected"?"selected_group":"selected";A!==null&&t[F]!=null&&(t[F]=null,d(F)),t[v]=A,d(v),V(0)}function W(v){if(!r||r.kind!=="binary"||!a)return;let A=Number(v);if(!Number.isFinite(A))return;let R=Oe(Math.min(Math.max(A,a.lo),a.hi),a.lo,a.hi);t.threshold=R,b=wt(r,R),u("_matrix",_()),u("_binary",Wt(a,b,R)),u("_metrics",Vt(b,n,r,R)),d("threshold"),t.selected!=null&&V(0)}function G(v){let A=String(v),R=A.endsWith("_r")?A.slice(0,-2):A,O=(e.luts&&e.luts[A]?_e(e.luts[A]):null)||Q1(A),F=O||(e.luts&&e.luts[R]?_e(e.luts[R]):Q1(R));F&&(u("_lut",O||fo(F)),u("cmap",A))}r&&r.kind==="binary"&&a&&(t.threshold=Oe(t.threshold,a.lo,a.hi),b=wt(r,t.threshold),t._matrix=_(),t._binary=Wt(a,b,t.threshold),t._metrics=Vt(b,n,r,t.threshold)),l&&l!=="index"&&(t.selected!=null||t.selected_group!=null)&&V(0);let I=new Set;function U(){let v=De(t._matrix),A=We(v.counts,v.k,"true",v.cols,v.totals),R=(t.display_labels||[]).map(String),B=R.slice();v.cols===n+1&&B.push(Xt);let O=[];for(let F=0;F<v.k;F++)for(let D=0;D<v.cols;D++)O.push([R[F],B[D],v.counts[F*v.cols+D],A[F*v.cols+D]]);return yt(["true","predicted","count","share"],O)}function j(){let v=["index","true","predicted"],A=!!(r&&r.kind==="binary");if(A&&v.push("score"),!r||t.selected==null)return yt(v,[]);let R=Ke(t.selected,n,f?n+1:n),B=new Uint8Array(n*n);for(let[ne,ce]of Yt(R,n,f?n+1:n))ce<n&&(B[ne*n+ce]=1);let O=Ut(r,B,t.threshold),F=bt(r,O),D=(t.display_labels||[]).map(String),L=A?Oe(t.threshold):0,q=O.map((ne,ce)=>{if(!A)return[F[ce],D[Math.floor(r.cells[ne]/n)],D[r.cells[ne]%n]];let ae=r.posIndex;return[F[ce],D[r.positive[ne]?ae:1-ae],D[r.scores[ne]>=L?ae:1-ae],r.scores[ne]]});return yt(v,q)}let X={cells:["confusion_matrix.csv",U],selection:["selection.csv",j]};return{receive(v){return I.add(v),()=>I.delete(v)},get:v=>t[v],on(v,A){return o.has(v)||o.set(v,new Set),o.get(v).add(A),()=>o.get(v).delete(A)},set(v,A){if(v==="threshold")return W(A);if(v==="cmap")return G(A);if(v==="normalize"){u(v,A??null),(t.selected!=null||t.selected_group!=null)&&V(t._selection?.offset||0);return}if(v==="display_labels"){if(!Array.isArray(A)||A.length!==n)return;u(v,A.map(String)),t.selected!=null&&V(t._selection?.offset||0);return}if(v==="selected")return K(v,A,n,f?n+1:n);if(v==="selected_group")return K(v,A,h.length);if(v==="order")return J(A);if(v==="errors_only")return u(v,A===!0);if(v==="level"){(A==="classes"||A==="groups"&&h.length)&&u(v,A);return}},send(v){if(v&&v.type==="download"&&X[v.what]){let[A,R]=X[v.what],B={type:"download",what:v.what,name:A,text:R()};queueMicrotask(()=>{for(let O of[...I])O(B)});return}v&&v.type==="page"&&(t.selected!=null||t.selected_group!=null)&&V(Number(v.offset)||0)}}}var ho="CMW1";async function tn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function wo(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function go(e){return new TextDecoder().decode(await tn(e))}async function bo(e){let t=await tn(e);if(new TextDecoder().decode(t.subarray(0,4))!==ho)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return wo(r.subarray(c,c+a))}}return s})}async function nn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await bo(t):JSON.parse(n==="gzip"?await go(t):t)}var xo=new Set(["button","input","select","textarea","summary","canvas"]);function rn(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),xo.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function z(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Z(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var yo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ht(e,t){let n=ge(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(yo)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function on(e){if(!e||typeof e!="object")return null;let t=Ht(e.x,Float32Array),n=Ht(e.y,Float32Array),r=Ht(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var qt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function sn(e){if(!e||typeof e!="object")return null;let t=on(e.roc),n=on(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&qt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:qt(e.auc),ap:qt(e.ap),targets:r,undefinedBecause:s}}function an(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function cn(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var vo={uint16:2,uint32:4};function Zt(e,t){let n=vo[t];if(!n)return null;let r=ge(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function ln(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var un=e=>Array.from({length:e},(t,n)=>n);function dn(e,t,n){let r=e&&e.dtype,o=e?Zt(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Zt(e.groups,r):null;return{classes:ln(o,t)?o:un(t),groups:n?ln(i,s)?i:un(s):null}}function mn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Zt(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}function pn(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:ve(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var Jt={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function fn(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Jt),r=null,o=0;if(t.counts!=null){let s=ge(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let c=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=c.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function hn(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function wn(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var ko=new Set(["normalize","cmap","threshold","display_labels","selected",...R1,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank"]),Ao=10,vt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},gn=e=>Array.isArray(e)?e:[],kt={matrix:{raw:["_matrix"],make:(e,t)=>De(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ze(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Dt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>We(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ze(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?E1(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>lt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Se(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?$1(e("values"),e("k")):Se(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ut(t("_lut"))||y1()},lutText:{uses:["lut"],make:e=>dt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:M1(t("values_format"),e("normalize"),It(e("allValues")))},countDigits:{uses:["matrix"],make:e=>It(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?F1(e("values"),e("countDigits")):mt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>T1(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=vt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ke(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=vt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:gn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>gn(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>fn(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>hn(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>sn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=vt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=vt(t("_table"));if(!n.engine)return null;let r=S1(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...O1,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>dn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>mn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Dt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>pn(e("counts"),e("k"),Ao,So(e))},focus:{make:()=>null}},Le={},bn=e=>{if(!Le[e]){let t=kt[e];Le[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(bn)])]}return Le[e]};for(let e of Object.keys(kt))bn(e);function So(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ve(r,i*n,n)+o[i])}function xn(e){let t=new Map,n=a=>{if(!kt[a])throw new Error(`unknown state key ${a}`);return kt[a]},r=a=>{let l=n(a),d=Le[a].map(b=>e.get(b)),u=t.get(a);if(u&&u.raws.every((b,f)=>b===d[f]))return u.value;let p=l.make(r,b=>e.get(b));return t.set(a,{raws:d,value:p}),p};return{get:r,on:(a,l)=>{n(a);let d=Le[a].map(u=>e.on(u,l));return()=>d.forEach(u=>u())},set:(a,l)=>{if(!ko.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,l)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function H(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var _o=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Mo(e,t){return`From ${e.name} to ${t}: ${_o(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function To(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function yn({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,u,p,b,f){let _=o("div",a);if(_.append(o("div","cmw-moves-title",`${l} (${d})`)),!u.length)return _.append(o("span","cmw-hint","none")),_;let $=o("div","cmw-moves-list");return u.forEach((x,y)=>{let E=o("span","cmw-move"),h=p[y];E.append(o("span","cmw-idx",`sample ${x}`),t.doc.createTextNode(": predicted "),o("em",null,f[h]??String(h)),t.doc.createTextNode(` in ${b}`)),$.append(E)}),_.append($),d>u.length&&_.append(o("span","cmw-hint",`showing the first ${u.length} of ${d}`)),_}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=o("p","cmw-compare-summary",Mo(a,l));d.title=To(a,l),s.append(d);let u=e.get("moves");if(!u){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),o("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${a.name}.`)),s.append(b,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,a.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,l,p))}return H(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function vn({state:e,dom:t,signal:n,extra:r=[]}){let o=Z(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=P1.map(x=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",x.label),y.append(s("span","cmw-long",x.label),s("span","cmw-short",x.short)),y.dataset.value=x.value===null?"":x.value,a.append(y),y}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let x of I1)u.append(t.option(x));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),b=s("label","cmw-field"),f=s("input","cmw-reverse");f.type="checkbox",b.append(f,s("span",null,"reverse")),c.append(a,d,b,...r);function _(){let x=e.get("normalize");for(let w of l){let C=(w.dataset.value||null)===x;w.classList.toggle("cmw-active",C),w.setAttribute("aria-pressed",String(C))}let y=e.get("compareState");if(u.disabled=!!y,f.disabled=!!y,y){p.textContent=`${y.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:E,reversed:h}=B1(e.get("cmap"));[...u.options].some(w=>w.value===E)||u.append(t.option(E)),u.value=E,f.checked=h}let $=()=>e.set("cmap",D1(u.value,f.checked));return z(a,"click",x=>{let y=x.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),z(u,"change",$,o.signal),z(f,"change",$,o.signal),H(e,["normalize","cmap","compareState"],_,o.signal),_(),{el:c,update:_,destroy:()=>{o.abort(),c.remove()}}}var At=64,Lt=800,kn=120,St=6,Eo=6,tt=2,Co=14,e1=140,oe=8,Me=20,t1=15,Ae=6,n1=16,Ue=14,et=6,Qt=8,r1=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function nt(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||At,c=n.maxGrid||Lt,a=oe+Me+r+Ae,l=oe,d=e>0&&n.extra?1:0,u=Math.min(c,Math.max(kn,t-a-s-oe-d*et)),p=n.view||Re(e),b=e>0?p.v:0,f=b>0?Math.min(i,u/(b+d)):0;d&&f<Qt&&(f=Math.min(i,(u-Qt)/b)),f>=St&&(f=Math.floor(f));let _=f*b,$=a+_+et,x=d?Math.max(f,Qt):0,y=d?$+x:a+_;return{k:e,v:b,r0:p.r0,c0:p.c0,room:u,cell:f,x0:a,y0:l,grid:_,extra:d,xExtra:$,xw:x,right:y,width:Math.ceil(y+s+oe),height:Math.ceil(l+_+Ae+o+Me+oe+(Math.max(1,n.xTitleLines||1)-1)*t1)}}function An(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=St&&(r=Math.floor(r)),Math.max(kn,r*(n+e.extra))}function _t(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Re(e){return{r0:0,c0:0,v:Math.max(0,e)}}function Sn(e,t){return e*Eo>t}function _n(e,t){return Math.min(e,Math.max(1,Math.ceil(t/At)))}function ye(e,t,n=1){if(!(t>0))return Re(0);let r=e||Re(t),o=se(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=se(Math.round(Number(r.r0)||0),0,t-o),i=se(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function Mn(e,t,n,r,o=1){let s=ye(e,r,o);if(!(t>0)||!(r>0))return s;let i=se(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,u)=>u-(u-d)*i/s.v;return ye({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function Tn(e,t,n,r,o=1){let s=ye(e,r,o);return ye({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Mt(e,t,n,r=1){let o=ye(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return ye({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function En(e,t,n,r,o=1){let s=ye(e,n,o),i=Math.min(s.v,Math.max(r,o));return ye({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function Cn(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+se((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function $n(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**se(-n/200,-1,1)}function o1(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Nn(e,t,n=Co){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function rt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function s1(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=se(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function ot(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Fn(e,t,n,r=1,o=n){if(n<=0||!r1.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[se(s,0,n-1),se(i,0,o-1)]}var fe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,de=(e,t)=>e.y0+(t-e.r0)*e.cell,Te=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,Ye=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function On({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let f=e.get("labels");l=f;let _=o("div","cmw-labels-list");a=f.map((x,y)=>{let E=o("label","cmw-label-row"),h=o("input","cmw-label-input");return h.type="text",h.value=Qe(x),h.dataset.index=String(y),E.append(o("span","cmw-label-idx",String(y)),h),_.append(E),h});let $=o("div","cmw-labels-actions");$.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(_,$),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function u(f=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),f&&i.focus({preventScroll:!0})}function p(){let f=l,_=e.get("labels"),$=a.map((x,y)=>x.value!==Qe(f[y])?zt(x.value,f[y]):_[y]);u(!0),$.length===_.length&&$.some((x,y)=>x!==_[y])&&e.set("display_labels",$)}function b(){a&&a.length!==e.get("k")&&u()}return z(i,"click",()=>a?u():d(),r.signal),z(c,"keydown",f=>{f.key==="Enter"&&!f.isComposing&&f.target.tagName==="INPUT"?(f.preventDefault(),p()):f.key==="Escape"&&(f.preventDefault(),u(!0))},r.signal),z(c,"click",f=>{f.target.closest(".cmw-save")?p():f.target.closest(".cmw-cancel")&&u(!0)},r.signal),H(e,["labels","k"],b,r.signal),{el:c,button:i,update:b,open:d,close:u,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function Rn({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Qe(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,u=!1)=>{if(a)return;a=!0,c.abort();let p=zt(i.value,r);i.remove(),s(d&&p!==r?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var $o=12;function No(e,t,n,r=$o){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function In({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=me(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${u} (${ze(l.values[a],d)})`:u}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=No(s,a,d&&d[1]<a?d:d&&[d[0],null]),b=r("table"),f=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),_=r("tr");_.append(r("td"));for(let y=p.cols;y<p.cols+p.side;y++){let E=r("th",null,`Predicted ${l[y]}`);E.scope="col",_.append(E)}if(u){let y=r("th",null,"Abstained");y.scope="col",_.append(y)}let $=r("tbody");for(let y=p.rows;y<p.rows+p.side;y++){let E=r("tr"),h=r("th",null,`True ${l[y]}`);h.scope="row",E.append(h);let w=(C,m)=>{let N=r("td",null,m);d&&d[0]===y&&d[1]===C&&(N.dataset.selected="true",N.textContent=`${N.textContent}, selected`),E.append(N)};for(let C=p.cols;C<p.cols+p.side;C++)w(C,i(y*a+C));u&&w(a,i(y,u)),$.append(E)}let x=r("thead");x.append(_),b.append(f,x,$),o.replaceChildren(b)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function Fo(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Pn(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=Fo(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[a,l]of e.cells){let d=o[a],u=s(l),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),c.push([d,u]))}return{rows:[],cols:[],cells:c,errors:!1}}function Bn(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),a=i(e.add[1]);return c>=0&&a>=0?q1(o,[c,a]):void 0}}function Oo(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Dn(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:Dn(i),l=[];for(let d of a)if(o.has(d))for(let u of c[d])l.push({kind:"class",index:u,members:[u]});else l.push({kind:"group",index:d,members:c[d]});return l}function Dn(e){return Array.from({length:e},(t,n)=>n)}function Ro(e){return e.every(t=>t.kind==="class")}function i1(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function Io(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function zn(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Po(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=Se(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var jn=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),Bo=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec"];function Un(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=x=>e.get(x),s=(x,y,E)=>{let h=r.get(x);if(h&&h.deps.length===y.length&&h.deps.every((C,m)=>C===y[m]))return h.value;let w=E();return r.set(x,{deps:y,value:w}),w},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>Oo(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>Ro(a())?a().map(x=>x.index):null),d=()=>{let x=l();return x!==null&&x.every((y,E)=>y===E)},u={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let x=o("labels"),y=o("groups");return a().map(E=>E.kind==="class"?x[E.index]:`${y.names[E.index]} (${E.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(d())return o("counts");let x=l();return x?i1(o("counts"),o("k"),x):Io(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(d())return o("values");let x=l();return x?o("values")===o("counts")?p("counts"):i1(o("values"),o("k"),x):We(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let x=o("abstained"),y=l();return!x||y===null?null:d()?x:{counts:zn(x.counts,y),values:zn(x.values,y)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.vmax()],()=>{let x=u.abstainedRows();return x?x===o("abstained")&&u.vmax()===o("vmax")?x:{counts:x.counts,values:x.values,colors:Se(x.values,0,u.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),u.abstainedRows()],()=>{let x=a().length;if(o("errorsOnly")&&!i()){let w=u.abstainedRows();return Po(p("values"),x,w&&w.values)}if(d())return{colors:o("colors"),vmax:o("vmax")};let y=l();if(y)return{colors:i1(o("colors"),o("k"),y),vmax:o("vmax")};let E=p("values"),h=lt(E);return{colors:Se(E,0,h),vmax:h}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.vmax(),o("normalize"),o("colorbar")],()=>u.vmax()===o("vmax")?o("colorbar"):mt(u.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),u.abstainedRows()],()=>{let x=a(),y=o("selected"),E=o("selectedGroup"),h=(m,N)=>x.findIndex(M=>M.kind===m&&M.index===N),w=m=>m===o("k")&&u.abstainedRows()?x.length:h("class",m),C=y?[h("class",y[0]),w(y[1])]:E?[h("group",E[0]),h("group",E[1])]:null;return C&&C[0]>=0&&C[1]>=0?C:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let x=l();return x===null?null:wn(o("issues"),o("k"),d()?null:x)}),marks:()=>s("marks",[a(),o("selectionSpec"),u.abstainedRows()],()=>Pn(o("selectionSpec"),a(),o("k"),!!u.abstainedRows())),focus:()=>s("focus",[a(),t.version],()=>{let x=t.focus;if(x===null)return null;let y=w=>a().findIndex(C=>C.members.includes(w)),E=y(x.row),h=y(x.col);return E>=0&&h>=0?{r:E,c:h,outline:x.outline}:null})};function p(x){return jn.has(x)?u[x]():e.get(x)}function b(x,y){if(!jn.has(x))return e.on(x,y);let E=Bo.map(w=>e.on(w,y)),h=()=>y();return n.add(h),()=>{E.forEach(w=>w()),n.delete(h)}}function f(x,y){let E=a();if(x==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(y)){let C=Bn(y,E,o("k"),!!u.abstainedRows(),o("selectionSpec"));C!==void 0&&e.set("selected",C);return}let h=E[y[0]],w=E[y[1]];if(h&&h.kind==="class"&&y[1]===E.length&&u.abstainedRows()){e.set("selected",[h.index,o("k")]);return}if(!h||!w)return;h.kind==="class"&&w.kind==="class"?e.set("selected",[h.index,w.index]):h.kind==="group"&&w.kind==="group"&&e.set("selected_group",[h.index,w.index]);return}if(x==="display_labels"){let h=o("labels").slice();y.forEach((w,C)=>{E[C]&&E[C].kind==="class"&&(h[E[C].index]=w)}),e.set("display_labels",h);return}e.set(x,y)}function _(){t.version+=1;for(let x of[...n])x()}return{get:p,on:b,set:f,send:x=>e.send(x),local:{expand(x,y){y?t.expanded.add(x):t.expanded.delete(x),_()},expanded:()=>new Set(t.expanded),focus(x,y,E=!1){t.focus=x==null?null:{row:x,col:y,outline:E},_()}}}}var Vn=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Do=8,zo=12,jo=20;function Uo(e,t,n=Do){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function Vo(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Wo(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Wn({state:e,display:t,dom:n,signal:r}){let o=Z(r),s=(O,F,D)=>z(O,F,D,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[O,F]of Vn)p.append(a(O,F));let b=a("list","Custom (from Python)");b.disabled=!0,p.append(b),u.append(p);let f=i("label","cmw-errors-only-label"),_=i("input","cmw-errors-only");_.type="checkbox",f.append(_,n.doc.createTextNode(" Errors only"));let $=i("label","cmw-level-label","Show "),x=i("select","cmw-level");x.append(a("classes","Classes"),a("groups","Groups")),$.append(x),d.append(u,f,$);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),h=i("label","cmw-search-label");h.append(i("span","cmw-field-name","Find class "));let w=i("input","cmw-search-input");w.type="search",w.placeholder="Find class",w.setAttribute("role","combobox"),w.setAttribute("aria-autocomplete","list"),w.setAttribute("aria-expanded","false");let C=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;w.setAttribute("aria-controls",C),h.append(w);let m=i("ul","cmw-matches");m.id=C,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,E.append(h,m);let N=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),V=!1;s(M,"click",()=>{V=!0}),M.id=`${C}-top`;let J=i("ol","cmw-top-list");J.setAttribute("aria-labelledby",M.id),N.append(M,J);let K=i("div","cmw-sr");K.setAttribute("aria-live","polite"),K.setAttribute("role","status"),l.append(d,y,E,N,K);let W=O=>{K.textContent=O};s(p,"change",()=>{e.set("order",p.value),W(`Order: ${p.selectedOptions[0].textContent}.`)}),s(_,"change",()=>{e.set("errors_only",_.checked),W(_.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(x,"change",()=>{e.set("level",x.value),W(`Showing ${x.value}.`)}),s(y,"change",O=>{let F=O.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),W(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function G(O){let F=e.get("labels");w.value=F[O],I(),t.local.focus(O,O,!0),W(`Found ${F[O]}: its row and column are outlined.`)}function I(){m.hidden=!0,w.setAttribute("aria-expanded","false"),w.removeAttribute("aria-activedescendant")}function U(){let O=e.get("labels"),F=Uo(O,w.value);m.replaceChildren(...F.map((D,L)=>{let q=i("li","cmw-match",O[D]);return q.id=`${C}-${L}`,q.setAttribute("role","option"),q.dataset.cls=String(D),q})),m.hidden=F.length===0,w.setAttribute("aria-expanded",String(F.length>0)),w.value.trim()||t.local.focus(null)}function j(O){let F=[...m.children];if(!F.length)return null;let D=F.findIndex(q=>q.getAttribute("aria-selected")==="true"),L=O===0?Math.max(D,0):(D+O+F.length)%F.length;return F.forEach((q,ne)=>q.setAttribute("aria-selected",String(ne===L))),w.setAttribute("aria-activedescendant",F[L].id),F[L]}s(w,"input",U),s(w,"keydown",O=>{if(O.key==="ArrowDown"||O.key==="ArrowUp")j(O.key==="ArrowDown"?1:-1),O.preventDefault();else if(O.key==="Enter"){let F=j(0);F&&G(Number(F.dataset.cls)),O.preventDefault()}else O.key==="Escape"&&!m.hidden&&(I(),O.preventDefault())}),s(m,"click",O=>{let F=O.target.closest("li[data-cls]");F&&G(Number(F.dataset.cls))}),s(J,"click",O=>{let F=O.target.closest("button[data-i]");if(!F)return;let[D,L]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[D,L]),t.local.focus(D,L,!1)});function X(){let O=e.get("k");l.hidden=O<=2,E.hidden=O<=zo;let F=e.get("orderChoices");for(let q of p.options)q.value!=="list"&&(q.disabled=F!==null&&!F.includes(q.value),q.title=q.disabled?"Needs a live kernel":"");let D=e.get("orderName");p.value=Vn.some(([q])=>q===D)?D:"list",_.checked=e.get("errorsOnly");let L=e.get("groups");$.hidden=!L,x.value=e.get("level"),v(L),A()}function v(O){let F=t.local.expanded(),D=!!O&&e.get("level")==="groups";if(y.hidden=!D,!D)return;let L=O.names.map((q,ne)=>{let ce=i("label","cmw-expand-item"),ae=i("input");return ae.type="checkbox",ae.dataset.group=String(ne),ae.checked=F.has(ne),ce.append(ae,n.doc.createTextNode(` ${q}`)),ce});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...L)}function A(){let O=e.get("labels"),F=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,V||(N.open=e.get("k")>jo),J.replaceChildren(...F.map(D=>{let L=i("li"),q=c("cmw-top-item",Vo(O,D));return q.dataset.i=String(D[0]),q.dataset.j=String(D[1]),L.append(q),L})),N.hidden=F.length===0}let R=e.get("selection");function B(){let O=e.get("selection");O!==R&&W(Wo(O)),R=O}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],X,o.signal),H(e,["selection"],B,o.signal),X(),{el:l,update:X,destroy:()=>{o.abort(),l.remove()}}}function Gn(e){let t=Un(e.state),n=Wn({...e,display:t}),r=In({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Kn=34;function Yn(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let c=0;c<o;c++){let a=n[i*o+c];if(!a||!Ye(t,[i,c]))continue;let l=Te(t,c),d=Math.max(3,Math.min(10,Math.min(l,t.cell)*.3)),u=fe(t,c)+l,p=de(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=r.accent,e.fill(),l>=Kn&&t.cell>=Kn&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),u-d-1,p+1)),s+=1}return s}var be=12,Tt="abstained",a1=8,Go=13;function Xn(e){return Array.from({length:256},(t,n)=>x1(e,n))}function Hn(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(k1(n,r,o*o),o,o),0,0),s}function qn(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,de(t,o),t.xw,t.cell)}function Zn(e,t,n,r,o){if(t.cell<St){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(fe(t,c),de(t,i),t.cell,t.cell)}function Jn(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Qn(e,t,n,r){let o=t.k,s=Math.min(Go,Math.floor(t.cell*.3));if(s<a1||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=de(t,l)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=Bt(n.values[l*o+u],n.counts[l*o+u],n.fmt,n.countDigits);c.push([fe(t,u)+t.cell/2,d,p,n.colors[l*o+u]])}if(i){let u=Bt(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,u,i.colors[l]])}}let a=Ko(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,u,p]of c)e.fillStyle=v1(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(u.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(u.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,l,d))}}function Ko(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let u of t)d=Math.max(d,e.measureText(l(u)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=a1;a--){let l=`${a}px ${o.family}`,d=Math.max(a1-1,Math.round(a*.8)),u=`${d}px ${o.family}`;if(!(i(l,b=>b.main)>s))return c?n>=a*2.4+d&&i(u,b=>b.sub)<=s?{mode:"two",px:a,font:l,subFont:u}:i(l,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Ln(e,t,n,r,o,s,i,c){let a=E=>e.measureText(E).width;e.font=c(be),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of rt(t.v,o.step,t.r0)){let h=de(t,E)+t.cell/2;e.fillText(ot(n[E],r,a),t.x0-Ae,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let l=t.y0+t.grid+Ae,d=rt(t.v,o.step,t.c0).map(E=>[fe(t,E)+t.cell/2,n[E],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Tt,o.extraRotated]);for(let[E,h,w]of d){let C=ot(h,r,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),w?(e.save(),e.translate(E,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(C,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(C,E,l))}e.stroke(),e.font=c(be,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+Ae+o.height+Me/2+2,b=Math.max(...u.map(a)),f=se(t.x0+t.grid/2,oe+b/2,Math.max(oe+b/2,t.width-oe-b/2));u.forEach((E,h)=>e.fillText(E,f,p+h*t1));let _=Math.max(t.grid,t.height-2*oe),$=String(s.y),x=a($)<=_?$:ot($.split(" (")[0],_,a),y=se(t.y0+t.grid/2,oe+a(x)/2,Math.max(oe,t.height-oe-a(x)/2));e.save(),e.translate(oe+Me/2,y),e.rotate(-Math.PI/2),e.fillText(x,0,0),e.restore()}function er(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(n1+Ue+6+n+Me)}function Yo(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Ue)*i)/i-c,l=Math.round(n*i),d=Math.round((n+r)*i)-l,u=b=>Math.min(255,Math.floor((b+.5)/d*256)),p=0;for(let b=1;b<=d;b++)b<d&&u(b)===u(p)||(e.fillStyle=o[u(p)],e.fillRect(c,(l+d-b)/i,a,(b-p)/i),p=b)}function tr(e,t,n,r,o,s,i=""){if(i){e.font=s(be-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,d=ot(String(i),Math.max(t.grid,t.height-2*oe),l),u=se(t.y0+t.grid/2,oe+l(d)/2,Math.max(oe,t.height-oe-l(d)/2));e.save(),e.translate(t.width-oe-Me/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+n1,a=t.grid;Yo(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Ue+1,a+1),e.font=s(be-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let u=t.y0+a*(1-se(Number(l)||0,0,1));e.moveTo(c+Ue,Math.round(u)+.5),e.lineTo(c+Ue+3,Math.round(u)+.5),e.fillText(String(d),c+Ue+5,se(u,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function nr(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,de(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(fe(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function rr(e,t,n,r,o){let s=([i,c],a,l,d)=>{if(!Ye(t,[i,c]))return;let u=Math.max(Te(t,c),8),p=Math.max(t.cell,8),b=fe(t,c)+Te(t,c)/2-u/2,f=de(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(b+d,f+d,u-2*d,p-2*d),e.strokeStyle=a,e.strokeRect(b+d/2,f+d/2,u-d,p-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function or(e,t,n,r){if(!n)return;let o=2,s=(l,d,u,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,d+o,u-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,d+o/2,u-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,c=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,de(t,l),a-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])c(l)&&s(fe(t,l),t.y0,Math.max(Te(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(fe(t,l),de(t,l)),e.lineTo(fe(t,l)+t.cell,de(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,d]of n.cells||[]){if(!Ye(t,[l,d]))continue;let u=Math.max(Te(t,d),8),p=Math.max(t.cell,8);s(fe(t,d)+Te(t,d)/2-u/2,de(t,l)+t.cell/2-p/2,u,p)}}var sr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Xo={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Ho(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&sr[e.normalize]?(l=(e.multilabel?Xo:sr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function ir(e){let t=e("compareState");return Ho({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function ar(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var qo=720,Zo=64,Jo=200,Qo={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Lo={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},es=4,cr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},lr={r:"row",c:"col",e:"errors"},ts=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],ns={true:"of its true row",pred:"of the abstained column",all:"of all samples"},rs=24;function ur({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=Z(n),a=(g,k,S,T)=>z(g,k,S,c.signal,T),{doc:l,h:d,button:u}=t,p=d("div","cmw-matrix"),b=d("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let f=u("cmw-zoom-out","−");f.setAttribute("aria-label","Zoom out"),f.title="Zoom out (-)";let _=u("cmw-zoom-in","+");_.setAttribute("aria-label","Zoom in"),_.title="Zoom in (+)";let $=u("cmw-zoom-fit","Fit");$.setAttribute("aria-label","Show all classes"),$.title="Show all classes (0)";let x=d("span","cmw-view-range");x.setAttribute("aria-live","polite"),b.append(f,_,$,x,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let y=d("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let E=d("div","cmw-plot"),h=d("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let w=d("div","cmw-tooltip");w.hidden=!0,E.append(h,w);let C=d("div","cmw-sr");C.setAttribute("aria-live","polite"),p.append(y,b,E,C);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},N={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=g=>e.get(g),V=g=>{let k=M("lut"),S=M("compareState")?k:A1(k,g);return S===k?{lut:k,lutText:M("lutText")}:((N.themedOf[0]!==k||N.themedOf[1]!==g)&&(N.themed={lut:S,lutText:dt(S)},N.themedOf=[k,g]),N.themed)},J=()=>{let g=N.drawn.lut;return N.cssOf!==g&&(N.css=Xn(g)),N.cssOf=g,N.css},K=()=>{let g=M("colors"),k=N.drawn.lut;return N.bitmap&&N.bitmapOf[0]===g&&N.bitmapOf[1]===k||(N.bitmap=Hn(l,N.bitmap,g,k,M("k")),N.bitmapOf=[g,k]),N.bitmap};function W(g,k){let S=g.font,T=N.widths.get(S);if(T&&T.texts===k)return T.w;let P=0;for(let te of k)P=Math.max(P,g.measureText(te).width);return N.widths.set(S,{texts:k,w:P}),P}function G(){m.queued||c.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,c.signal.aborted||R()}))}function I(){let g=l.defaultView,k=g&&g.getComputedStyle?g.getComputedStyle(p):null,S=(T,P)=>(k&&k.getPropertyValue(T)||"").trim()||P;return{fg:k&&k.color||"#1f1f1f",muted:S("--cmw-muted","#616161"),accent:S("--cmw-accent","#1976d2"),border:S("--cmw-border","#bdbdbd"),bg:S("--cmw-bg","#ffffff"),family:k&&k.fontFamily||"sans-serif"}}let U=()=>(s?s():p.clientWidth)||qo;function j(){let g=p.closest(".cmw"),k=l.defaultView;if(!g||!k||!p.isConnected||!g.getClientRects().length)return 1/0;let S=null;for(let Y=g.parentElement;Y&&Y!==l.body&&Y!==l.documentElement;Y=Y.parentElement){let le=k.getComputedStyle(Y).overflowY;(le==="auto"||le==="scroll")&&Y.clientHeight>=Jo&&(S=Y)}if(!S&&k.top!==k)return 1/0;let T=Math.min(k.innerHeight,S?S.clientHeight:k.innerHeight);if(!(T>0))return 1/0;let P=Y=>Y.getBoundingClientRect().top,te=Y=>Y.getBoundingClientRect().bottom,re=Zo,ie=[...g.children].find(Y=>Y.contains(p));if(ie&&ie!==p){let Y=[...ie.children].filter(le=>le!==p&&le.getClientRects().length&&P(le)>=te(p)-1);Y.length&&(re+=Math.max(...Y.map(te))-te(p))}for(let Y=ie?ie.nextElementSibling:null;Y&&!Y.classList.contains("cmw-selection");Y=Y.nextElementSibling)Y.getClientRects().length&&!Y.classList.contains("cmw-sr")&&(re+=Y.getBoundingClientRect().height);return Math.floor(T-(P(h)-P(g))-re)}function X(g){m.cursor&&(m.cursor[0]>=g||m.cursor[1]>=g)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=g}let v=g=>g+(g>0&&M("abstained")?1:0),A=g=>g[1]>=M("k")?[g[0],m.view?m.view.c0:0]:g;function R(){let g=performance.now(),k=M("k");k!==m.k&&X(k);let S=M("abstained");m.cols=v(k),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let T=h.getContext("2d");if(!T)return;let P=I();N.drawn=V(P.bg),m.detached=!p.isConnected;let te=($e,Ne)=>`${Ne?"600 ":""}${$e}px ${P.family}`,re=M("labels");m.width=U(),T.font=te(be);let ie=Math.min(e1,Math.max(40,Math.round(m.width*.2))),Y=Math.ceil(Math.min(ie,W(T,re))),le=M("colorbar"),He=er(T,le),Ce=ir(M);B(Ce.badges),m.height=j();let at={yLabelWidth:Y,rightWidth:He,extra:S?1:0,xTitleLines:1,xLabelHeight:Math.min(e1,W(T,re))},qe;for(let $e=0;$e<3;$e++){let Ne=nt(k,m.width,{...at,maxGrid:qe}),Ot=An(Ne,m.height);if(Ot===void 0||Ot===qe)break;qe=Ot}let h1=nt(k,m.width,{yLabelWidth:Y,rightWidth:He,extra:S?1:0,maxGrid:qe});m.zoomable=k>0&&Sn(k,h1.room),m.vMin=_n(k,h1.room);let $t=m.zoomable?ye(m.view,k,m.vMin):Re(k);m.view=m.zoomable?$t:null;let w1={yLabelWidth:Y,rightWidth:He,view:$t,extra:S?1:0,maxGrid:qe},Nt=nt(k,m.width,w1);m.step=Nn($t.v,Nt.cell),m.xLabels=L(T,re,Nt,ie),T.font=te(be,!0);let g1=ar(Ce.x,Math.max(Nt.width-2*oe,60),$e=>T.measureText($e).width);T.font=te(be);let we=nt(k,m.width,{...w1,xLabelHeight:m.xLabels.height,xTitleLines:g1.length});m.layout=we,m.yLabelW=Y,F(T,we);let Ft=M("colors");if(k===0)T.fillStyle=P.muted,T.font=te(be),T.fillText("No data",oe,oe+be);else{Ft.length>=k*k&&Zn(T,we,Ft,J(),K),S&&qn(T,we,S.colors,J()),Jn(T,we,P),Qn(T,we,{values:M("values"),counts:M("counts"),colors:Ft,lut:N.drawn.lut,lutText:N.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:S},P),Ln(T,we,re,ie,{step:m.step,...m.xLabels},{x:g1,y:Ce.y},P,te),tr(T,we,le,J(),P,te,Ce.bar),h.dataset.issueMarks=String(Yn(T,we,M("issueMarks"),P));let $e=m.cursor&&h.matches(":focus")?m.cursor:null;or(T,we,M("marks"),P),rr(T,we,M("selected"),$e,P);let Ne=M("focus");Ne&&Ne.outline&&nr(T,we,Ne.r,Ne.c,P)}O(we),D(we,k,g,Ce)}function B(g){let k=[...y.children].map(S=>S.textContent);k.length===g.length&&k.every((S,T)=>S===g[T])||(y.replaceChildren(...g.map(S=>d("span","cmw-badge",S))),y.hidden=g.length===0)}function O(g){b.hidden=!m.zoomable,m.zoomable&&(x.textContent=o1(g,g.k),_.disabled=g.v<=m.vMin,f.disabled=g.v>=g.k,$.disabled=g.v>=g.k)}function F(g,k){let S=l.defaultView&&l.defaultView.devicePixelRatio||1,T=Math.max(1,Math.round(k.width*S)),P=Math.max(1,Math.round(k.height*S));(h.width!==T||h.height!==P)&&(h.width=T,h.height=P),h.style.width=`${k.width}px`,h.style.height=`${k.height}px`,g.setTransform(S,0,0,S,0,0),g.clearRect(0,0,k.width,k.height)}function D(g,k,S,T){let P=performance.now();h.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let te=null;!m.firstDrawn&&k>0&&(m.firstDrawn=!0,te=P-(m.draws===1?o:S)),r({k,draws:m.draws,lastMs:P-S,firstMs:te,view:{r0:g.r0,c0:g.c0,v:g.v}}),h.dataset.cellX0=String(g.x0),h.dataset.cellY0=String(g.y0),h.dataset.cellSize=String(g.cell),h.dataset.viewRow0=String(g.r0),h.dataset.viewCol0=String(g.c0),h.dataset.viewSize=String(g.v),h.dataset.cols=String(m.cols),h.dataset.extraX0=g.extra?String(g.xExtra):"",h.dataset.extraWidth=g.extra?String(g.xw):"",h.dataset.xTitle=T.x,h.dataset.yTitle=T.y,h.dataset.barTitle=T.bar,h.setAttribute("aria-label",`Confusion matrix of ${k} classes. Rows: ${T.y}. Columns: ${T.x}. Colours: ${T.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${o1(g,k)}; plus and minus zoom, 0 shows all.`:""))}function L(g,k,S,T){let P=0;if(m.zoomable)P=W(g,k);else for(let le of rt(S.k,m.step))P=Math.max(P,g.measureText(k[le]).width);P=Math.min(T,P);let te=P>m.step*S.cell-4,re=S.extra?g.measureText(Tt).width:0,ie=S.extra>0&&(te||re>S.xw+et-2),Y=Math.max(te?P:be+2,ie?re:0);return{rotated:te,extraRotated:ie,height:Math.ceil(Y)}}function q(g,k){m.editor&&m.editor.finish(!1);let S=m.layout,T=g==="y"?Math.max(m.yLabelW+Ae+4,100):120,P=fe(S,k)+S.cell/2,te=g==="y"?S.x0-T:se(P-T/2,0,Math.max(0,S.width-T)),re=g==="y"?de(S,k)+S.cell/2-11:S.y0+S.grid+Ae,ie={left:h.offsetLeft+Math.max(0,te),top:h.offsetTop+re,width:T},Y=M("labels");m.editor=Rn({dom:t,host:E,box:ie,name:Y[k],index:k,done:(le,He)=>{m.editor=null;let Ce=M("labels");if(le!==null&&k<Ce.length){let at=Ce.slice();at[k]=le,e.set("display_labels",at)}He&&h.focus({preventScroll:!0})}})}function ne(g,k=!1){let S=h.getBoundingClientRect(),T=m.lastUp;return k&&T&&Math.abs(T.x-g.clientX)<1&&Math.abs(T.y-g.clientY)<1?[T.x-S.left,T.y-S.top]:[g.clientX-S.left,g.clientY-S.top]}function ce(g,k){let S=m.layout;if(!S||S.k===0)return null;let T=be/2+1;if(g>=oe+Me&&g<S.x0&&k>=S.y0-T&&k<S.y0+S.grid+T){let re=s1(k-S.y0,S.cell,m.step,S.k,T,S.r0,S.v);return re>=0?{axis:"y",index:re}:null}let P=S.y0+S.grid,te=S.x0+S.grid+(S.extra?et/2:20);if(k>=P&&k<P+Ae+m.xLabels.height&&g>=S.x0-20&&g<te){let re=m.xLabels.rotated?T:m.step*S.cell/2,ie=s1(g-S.x0,S.cell,m.step,S.k,re,S.c0,S.v);return ie>=0?{axis:"x",index:ie}:null}return null}function ae([g,k]){let S=M("k"),T=M("labels"),P=M("abstained");if(k>=S&&P){let Y=[`True: ${T[g]}`,`Predicted: ${Tt}`,`Count: ${me(P.counts[g],M("countDigits"))}`],le=M("fmt");return le.kind==="percent"&&Y.push(`Shown: ${ze(P.values[g],le)} ${ns[M("normalize")]||""}`.trim()),Y.join(`
`)}let te=g*S+k,re=[`True: ${T[g]}`,`Predicted: ${T[k]}`,`Count: ${me(M("counts")[te],M("countDigits"))}`],ie=M("fmt");if(ie.kind==="delta"&&re.push(`Change: ${ze(M("values")[te],ie)} since the compared run`),ie.kind==="percent"){let Y=(M("multilabel")?Lo:Qo)[M("normalize")]||"";re.push(`Shown: ${ze(M("values")[te],ie)} ${Y}`.trim())}return re.join(`
`)}function Ee(g,k,S){w.textContent=g,w.hidden=!1;let T=h.offsetLeft+k+14;T+w.offsetWidth+4>E.clientWidth&&(T=Math.max(0,h.offsetLeft+k-w.offsetWidth-10));let P=h.offsetTop+S+14;P+w.offsetHeight+4>E.clientHeight&&(P=Math.max(0,h.offsetTop+S-w.offsetHeight-10)),w.style.left=`${T}px`,w.style.top=`${P}px`}let xe=()=>m.zoomable&&m.view!==null&&m.view.v<M("k");function he(g){let k=M("k"),S=ye(g,k,m.vMin),T=m.view||Re(k);return S.r0===T.r0&&S.c0===T.c0&&S.v===T.v?!1:(m.view=S,w.hidden=!0,G(),!0)}function ue(g,k=null){if(!m.zoomable||!m.layout)return;let S=m.layout;he(Mn(S,g,k,S.k,m.vMin))}function Ie(g){g.target.closest(".cmw-zoom-in")?ue(tt):g.target.closest(".cmw-zoom-out")?ue(1/tt):g.target.closest(".cmw-zoom-fit")&&he(Re(M("k")))}function Pe(g){if(!(g.ctrlKey||g.metaKey)||!m.zoomable)return;g.preventDefault();let[k,S]=ne(g);ue($n(g.deltaY,g.deltaMode),Cn(k,S,m.layout))}function Q(g){if(m.panned=!1,m.pan=null,g.button!==0||!xe())return;let[k,S]=ne(g);_t(k,S,m.layout)&&(m.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function ee(g){let k=m.pan,S=g.clientX-k.x,T=g.clientY-k.y;if(!k.moved){if(Math.hypot(S,T)<es)return;k.moved=!0,w.hidden=!0;try{h.setPointerCapture(k.id)}catch{}}h.style.cursor="grabbing",he(Tn(k.view,-T/k.cell,-S/k.cell,M("k"),m.vMin))}function Pr(g){m.lastUp={x:g.clientX,y:g.clientY},m.pan&&m.pan.moved&&(m.panned=!0,h.style.cursor="grab"),m.pan=null}function Br(g){if(m.pan&&m.pan.id===g.pointerId&&(ee(g),m.pan.moved))return;let[k,S]=ne(g),T=_t(k,S,m.layout);if(T){Ee(ae(T),k,S),h.style.cursor=xe()?"grab":"pointer";return}let P=ce(k,S);if(h.style.cursor=P?"text":"default",P){let te=P.axis==="y"?"True class":"Predicted class",re=P.axis==="y"?"row":"column";Ee(`${te} ${P.index}: ${M("labels")[P.index]}
(click to select the ${re}, double-click to rename)`,k,S)}else w.hidden=!0}function Dr(g){if(m.panned){m.panned=!1;return}let[k,S]=ne(g,!0),T=_t(k,S,m.layout),P=T?null:ce(k,S);T?(m.cursor=T,e.set("selected",g.shiftKey?{add:T}:T),G()):P?e.set("selected",P.axis==="y"?{row:P.index}:{col:P.index}):M("hasSelection")&&e.set("selected",null)}function zr(g){let[k,S]=ne(g,!0),T=ce(k,S);T&&(g.preventDefault(),w.hidden=!0,q(T.axis,T.index))}function jr(g){let k=M("k");if(k===0)return;let S=!0;if(r1.has(g.key)){let T=m.cursor||M("selected")||(xe()?[m.view.r0,m.view.c0]:null);m.cursor=Fn(T,g.key,k,g.shiftKey?10:1,v(k)),xe()&&he(Mt(m.view,A(m.cursor),k,m.vMin)),C.textContent=ae(m.cursor).replace(/\n/g,", "),G()}else if(m.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&cr[g.key]){let T=cr[g.key];if(T==="fit")he(Re(k));else{let P=m.cursor?A(m.cursor):null;ue(T==="in"?tt:1/tt,P?[P[0]+.5,P[1]+.5]:null),P&&xe()&&he(Mt(m.view,A(m.cursor),k,m.vMin))}}else if(g.key==="Enter"||g.key===" "){let T=m.cursor||M("selected")||[0,0];m.cursor=T,e.set("selected",g.shiftKey?{add:[T[0],T[1]]}:[T[0],T[1]])}else if(!g.ctrlKey&&!g.metaKey&&!g.altKey&&lr[g.key.toLowerCase()]){let T=lr[g.key.toLowerCase()],P=m.cursor||M("selected")||[0,0];e.set("selected",T==="errors"?"errors":T==="row"?{row:P[0]}:{col:P[1]})}else S=!1;S&&g.preventDefault()}a(h,"pointerdown",Q),a(h,"pointermove",Br),a(h,"pointerleave",()=>{w.hidden=!0}),a(h,"pointerup",Pr),a(h,"pointercancel",()=>{m.pan=null}),a(h,"wheel",Pe,{passive:!1}),a(b,"click",Ie),a(h,"click",Dr),a(h,"dblclick",zr),a(h,"keydown",jr),a(h,"focus",G),a(h,"blur",G);let m1=()=>{let g=j();return g!==m.height&&!(Math.abs(g-m.height)<1)},Be=l.defaultView;if(Be&&typeof Be.ResizeObserver<"u"){let g=new Be.ResizeObserver(()=>{(m.detached||Math.abs(U()-m.width)>=1||m1())&&G()});for(let S of[p,...i])g.observe(S);let k=p.closest(".cmw");k&&g.observe(k),a(Be,"resize",()=>{m1()&&G()}),c.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Be&&typeof Be.MutationObserver<"u"&&l.body){let g=null,k=new Be.MutationObserver(()=>{clearTimeout(g),g=setTimeout(G,100)});k.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{k.disconnect(),clearTimeout(g)},{once:!0})}c.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let it=M("selected"),p1=M("focus");function f1(){let g=M("selected"),k=M("focus"),S=g&&!(it&&g[0]===it[0]&&g[1]===it[1]);k!==p1&&k&&m.zoomable?he(En(m.view,[k.r,k.c],M("k"),rs,m.vMin)):S&&xe()&&he(Mt(m.view,A(g),M("k"),m.vMin)),it=g,p1=k,R()}return H(e,ts,f1,c.signal),R(),{el:p,update:f1,destroy:()=>{c.abort(),p.remove()}}}function dr({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table");s.append(o("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),u=(f,_)=>f.append(o("td","cmw-num",_));i.replaceChildren();let p=i.createTHead().insertRow();for(let f of["class","precision","recall","F1","support"])p.append(o("th",null,f));let b=i.createTBody();for(let f of l.perClass){let _=b.insertRow(),$=o("th",null,f.label);$.title=$.textContent,_.append($);for(let x of["precision","recall","f1"])u(_,pe(f[x]));u(_,me(f.support,d))}for(let[f,_]of l.summary.entries()){let $=b.insertRow();if($.className=f===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",$.append(o("th",null,String(_.name??""))),"value"in _)for(let x of["","",pe(_.value),""])u($,x);else{for(let x of["precision","recall","f1"])u($,pe(_[x]));u($,me(_.support,d))}}}return z(s,"toggle",()=>{s.open&&c&&a()},r.signal),H(e,["metrics","countDigits"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function mr({state:e,dom:t,signal:n}){let r=Z(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return H(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function pr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s,option:i}=t,c=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),l=o("select","cmw-rank-menu");a.append(l);let d=o("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let b=!1;function f(){let _=e.get("issues"),$=e.get("selection");if(c.hidden=!_||!$||$.available===!1,c.hidden)return;let x=_.ranks.join(",");l.dataset.ranks!==x&&(l.replaceChildren(..._.ranks.map(E=>i(E,Jt[E]))),l.dataset.ranks=x),l.value=e.get("rank"),l.disabled=_.kernelOnly,d.textContent=_.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",l.title=d.textContent||"Order of the cell's samples (w.rank)",c.replaceChildren(a,d);let y=$.issues&&Array.isArray($.issues.indices)?$.issues:null;y?(u.textContent=`${b?"Hide":"Show"} likely label errors (${y.total})`,u.setAttribute("aria-expanded",String(b)),p.hidden=!b,p.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",c.append(u,p)):_.pending?c.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):_.hidden&&c.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return z(l,"change",()=>e.set("rank",l.value),r.signal),z(u,"click",()=>{b=!b,f()},r.signal),H(e,["issues","rank","selection"],f,r.signal),f(),{el:c,update:f,destroy:()=>{r.abort(),c.remove()}}}function Xe({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Ve(n,o,s);return z(c,"input",()=>{a=!0,r&&r(l()),d(l())},i),z(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(u,p,b){c.min=String(u),c.max=String(p),c.step=String(b)}}}var os=60,fr=700,Et="http://www.w3.org/2000/svg",st={w:240,h:56,pad:6};function hr(e,{w:t,h:n,pad:r}=st){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function ss(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function wr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(I,U)=>setTimeout(I,U),clearTimeout:I=>clearTimeout(I)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=c("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),b=()=>e.get("runs").names,f=I=>{let U=b();I>=0&&I<U.length&&U[I]!==e.get("run")&&e.set("run",U[I])},_=Xe({dom:t,cls:"cmw-run-slider",write:f,throttleMs:os,clock:r,signal:o.signal,onInput:I=>{G(),p.textContent=b()[I]??""}}),$=_.el;$.min="0",$.step="1",$.setAttribute("aria-label","Run");let x=c("cmw-run-newer","");x.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),y);let h=i("div","cmw-runs-top");h.append(u,$,p,x,E);let w=s.createElementNS(Et,"svg");w.setAttribute("class","cmw-history"),w.setAttribute("viewBox",`0 0 ${st.w} ${st.h}`),w.setAttribute("width",String(st.w)),w.setAttribute("height",String(st.h));let C=i("div","cmw-history-legend");C.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(w,C),d.append(h,m),d.hidden=!0;let N=null;function M(){let I=e.get("runs"),U=e.get("run");if(d.hidden=I.names.length<2,d.hidden){G();return}let j=I.names.indexOf(U);$.max=String(I.names.length-1),!_.dragging()&&j>=0&&($.value=String(j)),_.dragging()||(p.textContent=U);let X=ss(I.names,U);x.textContent=X,x.hidden=!X,V(I.names,e.get("compare")),J(I,j)}function V(I,U){let j=a("","none");y.replaceChildren(j,...I.map(X=>a(X))),y.value=U!=null&&I.includes(U)?U:""}function J(I,U){let j=[];for(let[v,A]of[[I.accuracy,"cmw-line-acc"],[I.macroF1,"cmw-line-f1"]]){let R=hr(v).filter(Boolean),B=s.createElementNS(Et,"polyline");B.setAttribute("class",A),B.setAttribute("fill","none"),B.setAttribute("points",R.map(O=>O.map(F=>F.toFixed(1)).join(",")).join(" ")),j.push(B)}let X=hr(I.accuracy);I.names.forEach((v,A)=>{if(!X[A])return;let R=s.createElementNS(Et,"circle");R.setAttribute("class",A===U?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),R.setAttribute("cx",X[A][0].toFixed(1)),R.setAttribute("cy",X[A][1].toFixed(1)),R.setAttribute("r",A===U?"4":"3"),R.setAttribute("data-run",String(A));let B=s.createElementNS(Et,"title");B.textContent=`${v}: accuracy ${pe(I.accuracy[A])}, macro F1 ${pe(I.macroF1[A])}`,R.append(B),j.push(R)}),w.replaceChildren(...j)}function K(){let I=b(),U=I.indexOf(e.get("run"));if(U<0||U>=I.length-1){G();return}f(U+1),N=l.setTimeout(K,fr)}function W(){let I=b();I.indexOf(e.get("run"))>=I.length-1&&f(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),N=l.setTimeout(K,fr)}function G(){N!==null&&l.clearTimeout(N),N=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return z(u,"click",()=>N===null?W():G(),o.signal),z(x,"click",()=>{G(),f(b().length-1)},o.signal),z(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),z(w,"click",I=>{let U=I.target&&I.target.closest?I.target.closest("[data-run]"):null;U&&(G(),f(Number(U.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>G(),{once:!0}),H(e,["runs","run","compare"],M,o.signal),M(),{el:d,update:M,destroy:()=>{o.abort(),d.remove()}}}var is=60,gr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function br({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=h=>e.set("abstain",h),u=Xe({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:is,clock:r,signal:o.signal,onInput:h=>{let w=i();l.textContent=h.toFixed(Fe(w?w.step:.01))}}),p=u.el,b=s("label","cmw-field");b.append(a,s("span",null,"Abstain when the top score is below"),p,l);let f=s("input","cmw-top-k");f.type="number",f.min="1";let _=s("label","cmw-field");_.append(s("span",null,"Hit when the true class is in the top"),f);let $=s("span","cmw-hint cmw-top-k-hint");$.setAttribute("role","status"),_.append($);let x=s("div","cmw-abstain-stats");c.append(b,_,x);let y=null;function E(){let h=i(),w=!!(h&&h.kind==="multiclass");if(c.hidden=!w,!w)return;u.range(h.lo,h.hi,h.step);let C=h.abstain!==null&&h.abstain!==void 0;if(a.checked=C,p.disabled=!C,C&&(y=h.abstain),!u.dragging()){let m=C?h.abstain:y??(h.lo+h.hi)/2;p.value=String(m),l.textContent=C?Number(m).toFixed(Fe(h.step)):"off"}f.max=String(h.k_max),t.doc.activeElement!==f&&(f.value=String(h.top_k)),x.replaceChildren(),C&&x.append(s("span","cmw-stat cmw-coverage",`coverage ${gr(h.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${gr(h.covered_accuracy)}`))}return z(a,"change",()=>{i()&&d(a.checked?parseFloat(p.value):null)},o.signal),z(f,"change",()=>{let h=i(),w=Number(f.value),C=h&&Number.isInteger(w)&&w>=1&&w<=h.k_max;$.textContent=C||!h?"":`top-k must be a whole number from 1 to ${h.k_max}`,C?e.set("top_k",w):h&&(f.value=String(h.top_k))},o.signal),H(e,["scores"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}function xr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var as=60,c1={size:240,pad:34},cs=[0,.5,1],ls="http://www.w3.org/2000/svg",us=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function yr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s,doc:i}=t,c=(h,w={})=>{let C=i.createElementNS(ls,h);for(let[m,N]of Object.entries(w))C.setAttribute(m,String(N));return C},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let u=!1,p=null,b={},f=h=>{let w=e.get("binary");!w||!Number.isFinite(h)||e.set("threshold",se(h,w.lo,w.hi))},_=Ve(f,as,r);o.signal.addEventListener("abort",()=>_.cancel(),{once:!0});function $(h){let{size:w,pad:C}=c1;l.replaceChildren();for(let m of Object.keys(b))delete b[m];for(let m of us){let N=h[m.kind],M=s("figure",`cmw-curve cmw-curve-${m.kind}`),V=s("figcaption","cmw-curve-title"),J=h[m.area],K=h.undefinedBecause?h.undefinedBecause[m.kind]:null;if(V.textContent=`${m.title}${J===null||K?"":`  ${m.areaName} ${pe(J)}`}`,K){M.append(V,s("p","cmw-curve-undefined",`Undefined: ${K}.`)),l.append(M);continue}let W=c("svg",{width:w,height:w,viewBox:`0 0 ${w} ${w}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});W.classList.add("cmw-curve-svg"),Object.assign(W.dataset,{kind:m.kind,plotSize:String(w),plotPad:String(C)}),W.append(c("rect",{x:C,y:C,width:w-2*C,height:w-2*C,class:"cmw-curve-frame"}),c("polyline",{points:cn(N,w,C),class:"cmw-curve-line"})),m.kind==="roc"&&W.append(c("line",{x1:C,y1:w-C,x2:w-C,y2:C,class:"cmw-curve-chance"}));let G=c("text",{x:w/2,y:w-4,class:"cmw-curve-axis","text-anchor":"middle"});G.textContent=m.x;let I=c("text",{x:9,y:w/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${w/2})`});I.textContent=m.y,W.append(G,I,...x(w,C));let U=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),j=c("text",{x:C,y:C-8,class:"cmw-curve-readout"}),X=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),v=c("title");v.textContent="Drag along the curve to move the threshold",X.append(v),W.append(...U,j,X),M.append(V,W),l.append(M),b[m.kind]={plot:W,marker:X,guides:U,readout:j,curve:N,spec:m},y(W,N)}d.replaceChildren();for(let m of h.targets){let N=t.button("cmw-curve-target",`threshold for ${m.name}`);N.dataset.threshold=String(m.threshold),z(N,"click",()=>f(m.threshold),o.signal),d.append(N)}}function x(h,w){let C=h-2*w,m=[];for(let N of cs){let M=w+N*C,V=w+(1-N)*C,J=String(N);m.push(c("line",{x1:M,y1:h-w,x2:M,y2:h-w+4,class:"cmw-curve-tickmark"})),m.push(c("line",{x1:w-4,y1:V,x2:w,y2:V,class:"cmw-curve-tickmark"}));let K=c("text",{x:M,y:h-w+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});K.textContent=J;let W=c("text",{x:w-6,y:V,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});W.textContent=J,m.push(K,W)}return m}function y(h,w){let C=!1,m=M=>{let V=xr(h.getBoundingClientRect(),c1),J=(M.clientX-V.x0)/V.inner,K=1-(M.clientY-V.y0)/V.inner;return w.t[an(w,J,K)]};z(h,"pointerdown",M=>{if(C=!0,h.setPointerCapture&&M.pointerId!==void 0)try{h.setPointerCapture(M.pointerId)}catch{}_(m(M))},o.signal),z(h,"pointermove",M=>{C&&_(m(M))},o.signal),z(h,"pointerup",M=>{C&&(C=!1,_.cancel(),f(m(M)))},o.signal),z(h,"pointercancel",()=>{C=!1,_.cancel()},o.signal)}function E(){let h=e.get("binary");if(a.hidden=!h,!h)return;let w=e.get("curves");if(!w){(!u||p!==null)&&(u=!0,p=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==w&&($(w),p=w);let{size:C,pad:m}=c1,N=C-2*m;for(let{marker:M,guides:V,readout:J,spec:K,plot:W}of Object.values(b)){let[G,I]=K.at(h),U=Number.isFinite(G)&&Number.isFinite(I);for(let R of[M,...V])R.setAttribute("visibility",U?"visible":"hidden");if(J.textContent=U?`${K.x} ${pe(G)}, ${K.y} ${pe(I)}`:"",!U)continue;let j=(m+G*N).toFixed(1),X=(m+(1-I)*N).toFixed(1);M.setAttribute("cx",j),M.setAttribute("cy",X);let[v,A]=V;Object.entries({x1:j,y1:X,x2:j,y2:C-m}).forEach(([R,B])=>v.setAttribute(R,B)),Object.entries({x1:j,y1:X,x2:m,y2:X}).forEach(([R,B])=>A.setAttribute(R,B)),W.dataset.markerX=String(G),W.dataset.markerY=String(I)}}return H(e,["binary","curves"],E,o.signal),E(),{el:a,update:E,destroy:()=>{o.abort(),a.remove()}}}var ds=60,l1=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ms(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function vr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,b=Xe({dom:t,cls:"cmw-label-threshold",write:N=>{let M=d();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite(N))return;let V=M.thresholds.slice();V[u]=N,e.set("thresholds",V)},throttleMs:ds,clock:r,signal:o.signal,onInput:N=>{let M=d();l.textContent=N.toFixed(Fe(M?M.step:.01))}}),f=b.el,_=s("label","cmw-field");_.append(s("span",null,"Threshold"),f,l);let $=s("div","cmw-label-focus"),x=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(a,_,$,x,y);let E="label",h=!1;function w(){let N=d(),M=!!(N&&N.kind==="multilabel");if(i.hidden=!M,!M)return;let V=e.get("labels"),J=e.get("metrics").perClass,K=e.get("countDigits");u=Math.min(u,V.length-1),(c.options.length!==V.length||[...c.options].some((G,I)=>G.textContent!==V[I]))&&c.replaceChildren(...V.map((G,I)=>t.option(String(I),G))),c.value=String(u);let W=Array.isArray(N.thresholds);_.hidden=!W,f.disabled=!!N.fixed,W&&!b.dragging()&&(b.range(N.lo,N.hi,N.step),f.value=String(N.thresholds[u]),l.textContent=Number(N.thresholds[u]).toFixed(Fe(N.step))),C(N,V,K),m(N,V,J,K)}function C(N,M,V){let J=N.tables[u]||[0,0,0,0],K=s("table","cmw-readout-table");K.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let G=K.createTBody();[["truly absent",0],["truly present",2]].forEach(([U,j])=>{let X=G.insertRow();X.append(s("th",null,U));for(let v of[j,j+1]){let[A,R]=l1[v],B=s("td"),O=t.button("cmw-label-cell",`${R} ${me(J[v],V)}`);O.dataset.cell=A,O.disabled=!!N.fixed,z(O,"click",()=>e.send({type:"label_cell",label:u,cell:A}),o.signal),B.append(O),X.append(B)}}),$.replaceChildren(s("div","cmw-label-focus-title",M[u]??""),K);let I=N.focus;if(I&&I.label===u){let U=l1.find(([X])=>X===I.cell)?.[1]??I.cell,j=I.indices.length<I.total?`first ${I.indices.length} of ${I.total}`:`${I.total}`;x.replaceChildren(s("div","cmw-label-listing-title",`${U} of ${M[u]}: ${j} samples`),s("div","cmw-indices",I.indices.join(", ")))}else x.replaceChildren()}function m(N,M,V,J){let K=s("tr"),W=(j,X)=>{let v=E===j,A=t.button(`cmw-sort${v?" cmw-sorted":""}`,v?`${X} ${h?"▼":"▲"}`:X);A.dataset.sort=j,z(A,"click",()=>{h=v?!h:j!=="label",E=j,w(),y.querySelector(`[data-sort="${j}"]`).focus()},o.signal);let R=s("th");return R.setAttribute("aria-sort",v?h?"descending":"ascending":"none"),R.append(A),R};K.append(W("label","label"),...l1.map(([,j])=>s("th",null,j)),W("f1","F1"),W("support","support"));let G=s("thead");G.append(K);let I=s("tbody"),U=V.length===M.length?V:M.map(()=>({f1:NaN,support:NaN}));for(let j of ms(U,E,h)){let X=s("tr",j===u?"cmw-focused":null);X.dataset.label=String(j);let v=t.button("cmw-label-name",M[j]);z(v,"click",()=>{u=j,w()},o.signal);let A=s("th");A.append(v),X.append(A,...(N.tables[j]||[]).map(R=>s("td",null,me(R,J))),s("td",null,pe(U[j].f1)),s("td",null,me(U[j].support,J))),I.append(X)}y.replaceChildren(G,I)}return z(c,"change",()=>{u=Number(c.value)||0,w()},o.signal),H(e,["scores","labels","metrics","countDigits"],w,o.signal),w(),{el:i,update:w,destroy:()=>{o.abort(),i.remove()}}}function kr(e){let t=[yr(e),br(e),vr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var Ar=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),ps=e=>`${(Number(e)*100).toFixed(0)}%`;function Sr(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${Ar(n.mean)} · median ${Ar(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${ps(r[2])}`).join(" · ")}function _r(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let c of n){let a=r("tr");a.append(r("th",null,String(c.column)),r("td",null,Sr(c,"cell")),r("td",null,Sr(c,"rest"))),o.append(a)}return o}function Mr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let b=o("p","cmw-sentence");for(let y of p.sentence){let E=String(y&&y.text!=null?y.text:"");b.append(y&&y.em?o("em",null,E):t.doc.createTextNode(E))}let f=o("div","cmw-selection-head");if(f.append(b,c()),i.append(f),!p.available){let y=e.get("table"),E=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",E));return}let _=z1(p);if(_.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(_));let $=Array.isArray(p.previews)?p.previews:[];$.length&&i.append(d($));let x=_r(t,p);x&&i.append(x)}function l(p){let b=o("div","cmw-pager");if(p.hasPrev){let f=s("cmw-prev","Previous");f.dataset.offset=String(p.prevOffset),b.append(f)}if(b.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let f=s("cmw-more","Show more");f.dataset.offset=String(p.nextOffset),b.append(f)}return b}function d(p){let b=o("div","cmw-previews");for(let f of p)if(f){if(f.kind==="image"&&typeof f.src=="string"&&f.src.startsWith("data:image/")){let _=o("figure","cmw-preview-img"),$=o("img");$.src=f.src,$.alt=`sample ${f.index}`,_.append($,o("figcaption",null,`#${f.index}`)),b.append(_)}else if(f.kind==="text"){let _=o("div","cmw-preview-text");_.append(o("span","cmw-idx",`#${f.index}`),o("span","cmw-snippet",String(f.text??""))),b.append(_)}}return b}let u=null;return z(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=p.target.closest("button[data-offset]");if(!b)return;let f=e.get("selection");u=f&&{cls:b.className,i:f.i,j:f.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),H(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let b=t.doc.activeElement,f=b&&(i.contains(b)||b===t.doc.body);a();let _=e.get("selection");if(!p||!_||_.i!==p.i||_.j!==p.j||!f)return;let $=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");$&&$.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function Tr({state:e,dom:t,signal:n,extra:r=[]}){let o=Z(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(a,l,...r);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),c.hidden=!(e.get("k")>0)}return z(a,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},o.signal),H(e,["selectionSpec","k"],d,o.signal),d(),{el:c,update:d,destroy:()=>{o.abort(),c.remove()}}}function Er(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function Cr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=o("details","cmw-download"),c=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let l=s("cmw-download-cells","Matrix (CSV)");l.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",a.append(l,d,u),i.append(c,a);function p(){d.disabled=!e.get("hasSelection")}let b=e.receive(f=>{if(!f||f.type!=="download"||typeof f.text!="string")return;let _=typeof f.name=="string"&&/^[\w.-]+$/.test(f.name)?f.name:"cm_widget.csv";Er(t.doc,new t.doc.defaultView.Blob([f.text],{type:"text/csv"}),_)});return r.signal.addEventListener("abort",b,{once:!0}),z(a,"click",f=>{let _=f.target.closest("button");if(_){if(_===l)e.send({type:"download",what:"cells"});else if(_===d)e.send({type:"download",what:"selection"});else if(_===u){let $=i.closest(".cmw"),x=$&&$.querySelector("canvas.cmw-canvas");x&&x.toBlob(y=>{y&&Er(t.doc,y,"confusion_matrix.png")},"image/png")}}},r.signal),H(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var $r=e=>Math.round(e).toLocaleString("en-US");function fs(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${$r(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${$r(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function hs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function Nr({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=fs(l);let d=hs(e);c.hidden=!d,c.textContent=d||""}return H(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function ws(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var gs=60;function Fr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let u=!1,p=null,b=w=>w.step>0?w.step:(w.hi-w.lo)/1e3||.01,f=()=>e.get("table")?.edges||null,_=(w,C)=>f()?String(Number(w.toPrecision(6))):w.toFixed(Fe(b(C)));function $(){let w=e.get("binary");if(i.hidden=!w,!w)return;let C=f();a.min=C?"0":String(w.lo),a.max=String(C?C.length-1:w.hi),a.step=C?"1":String(b(w));let m=e.get("threshold")??Number(w.threshold);!u&&Number.isFinite(m)&&(a.value=String(C?ws(C,m):m),l.textContent=_(m,w)),x(w)}function x(w){let C=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${w.negName}`),s("th",null,`predicted ${w.posName}`));let M=m.createTBody(),V=[[`true ${w.negName}`,["TN",w.tn],["FP",w.fp]],[`true ${w.posName}`,["FN",w.fn],["TP",w.tp]]];for(let[K,...W]of V){let G=M.insertRow();G.append(s("th",null,K));for(let[I,U]of W){let j=s("td");j.append(s("span","cmw-tag",I),t.doc.createTextNode(` ${me(U,C)}`)),G.append(j)}}let J=s("div","cmw-readout-stats");for(let[K,W]of[["TPR",w.tpr],["FPR",w.fpr],["precision",w.precision],["F1",w.f1]])J.append(s("span","cmw-stat",`${K} ${pe(W)}`));d.replaceChildren(m,J)}let y=w=>{Number.isFinite(w)&&(p=w,e.set("threshold",w))},E=Ve(y,gs,r),h=()=>{let w=f();return w?w[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return z(a,"input",()=>{u=!0;let w=h(),C=e.get("binary");Number.isFinite(w)&&(l.textContent=C?_(w,C):w.toFixed(2)),E(w)},o.signal),z(a,"change",()=>{u=!1,E.cancel();let w=h();(w!==p||e.get("threshold")!==w)&&y(w)},o.signal),o.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table"],$,o.signal),$(),{el:i,update:$,destroy:()=>{o.abort(),i.remove()}}}var bs=300,xs=200,ys=16;function vs(e,t,n){let r=e-t-ys,o=Math.min(Lt,Math.max(n,1)*At)+xs;return t>0&&r>=Math.max(bs,Math.min(o,.6*e))?r:e}function ks(e,t){let n=e.dom.h("div","cmw-main"),r=kr(e);r.el.classList.add("cmw-side");let s=ur({...t,room:()=>vs(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function As(e){let t=On(e),n=Gn(e);return[vn({...e,extra:[t.button]}),t,Fr(e),Nr(e),mr(e),n.panel,ks(e,n.matrixCtx),n.table,wr(e),yn(e),Tr({...e,extra:[Cr(e).el]}),Mr(e),pr(e),dr(e)]}function Or(e,t,n=performance.now()){let r=rn(t.ownerDocument||document),o=new AbortController,s=xn(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",z(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=As({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Ct="cm-widget",Ss="application/vnd.cm-widget.view+json",u1="application/vnd.jupyter.widget-view+json",Rr=1e4,_s="Saved view, no kernel behind it: run the cell to make it live.",d1=null;async function Ms(e){let t=d1&&d1[e];if(!t)throw new Error(`${Ct}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Ts(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=b1,e.head.appendChild(t)}async function Es(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await nn(n):null}function Ir(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Cs(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Es(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),Rr))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=Ir(this,"rendermime"),o=r&&r.rendermime,s=Ir(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&u1 in n.data&&o&&o.mimeTypes.includes(u1))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(u1);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:Rr),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Ts(r),s.textContent=_s;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:Or(en(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function $s(){let{Panel:e}=await Ms("@lumino/widgets"),t=Cs(e);return{id:`${Ct}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ss],defaultRank:-20,createRenderer:n=>new t(n)}}}function Ns(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Ct]={init:e=>{d1=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Ct} has no module ${e}`);let t=Ns()?[await $s()]:[];return()=>({__esModule:!0,default:t})}});})();
