(()=>{var wn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

/* The selection bar (under the selection panel): All errors, how to select rows, columns and cells, Download. */
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
`;function gn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function bn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Ot(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function xn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Ot(t[r],t[r+1],t[r+2])}function yn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function Oo(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function Ro([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function vn(e,t){let n=Oo(t);if(!n||Ro(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function se(e,t,n){return e<t?t:e>n?n:e}var Io=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ke(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function An(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ke(e),n=Math.floor(t.byteLength/8);if(Io)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Ue(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,u)=>setTimeout(l,u),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var Po={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Do=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=Po[e&&e.dtype]||Float64Array,o=ke(e&&e.counts),s=r.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(o.byteLength/s)),c=Bo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new r(t*n),totals:c};if(Do||s===1)return{k:t,cols:n,counts:new r(o.buffer,0,i),totals:c};let a=new DataView(o.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],u=new r(i);for(let d=0;d<i;d++)u[d]=a[l](s*d,!0);return{k:t,cols:n,counts:u,totals:c}}function Bo(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function He(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ye(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,ye(e,t,o,r)+ye(e,t+o*r,n-o,r)}function Ve(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return zo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=ye(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=ye(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function zo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function at(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function jo(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Se(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=jo(a)}return o}function Rt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Uo=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function kn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?Uo.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ct(e){let t=ke(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function lt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Ot(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var it=e=>Number(e.toPrecision(12));function ut(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>it(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=it(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let u=it(l*c);a.push([u/r,o?String(u):`${it(u*100)}%`])}return a}function Sn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=ke(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let u=d=>i.getFloat64(8*(4*l+d),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var It=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},mt=e=>Array.isArray(e)?e:[],qe=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,dt=e=>mt(e).map(Number).filter(Number.isInteger);function Vo(e){let t=It(e),n=mt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(mt(o)[i])?Number(mt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Wo(e,t){let n=It(e);if(typeof n.name!="string")return null;let r=Pe(n.matrix),o=ct(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:qe(n.fixed),broken:qe(n.broken),changed:qe(n.changed)}}function _n(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function Mn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Go(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var Tn=(e,t)=>{let n=Mn(e);return Se(Go(e,t),-n,n)};function En(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Cn(e,t=0){let n=Math.abs(Mn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Ko(e){let t=It(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:dt(t.entered),cameFrom:dt(t.came_from),left:dt(t.left),wentTo:dt(t.went_to),nEntered:qe(t.n_entered),nLeft:qe(t.n_left)}}var $n={runs:{raw:["_runs"],make:(e,t)=>Vo(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Wo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Ko(t("_moves"))}},Nn=["run","compare"];var Fn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],On=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ue(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function De(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=se(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?En(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function Pt(e,t,n,r=0){let o=De(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ue(t,r)})`}:{main:o,sub:""}}function de(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ce(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return se(r-(n?Number(n):0),0,6)}function Rn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function In(e,t){return t?`${e}_r`:e}function Dt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function Pn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var Dn=[[`
`,"⏎"],["\r","␍"]];function Ze(e){let t=String(e);for(let[n,r]of Dn)t=t.split(n).join(r);return t}function Bt(e,t){if(t!=null&&e===Ze(t))return String(t);let n=String(e);for(let[r,o]of Dn)n=n.split(o).join(r);return n}function pt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var Xo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function $e(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function We(e,t){let n=$e(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(Xo)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var Yo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Ho(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Yo[e.dtype];return t?We(t,e.data):null}function qo(e){let t=$e(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function zn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?We(Float64Array,t.weights):null,sampleIndex:t.sample_index?We(Uint32Array,t.sample_index):null,ids:Ho(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:We(Float32Array,t.outside.scores),weights:t.outside.weights?We(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=$e(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=We(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=qo(t.cells);return n}var Be=new Float32Array(1),Bn=new Int32Array(Be.buffer);function Zo(e,t){return Be[0]=e,Be[0]===0?(Bn[0]=1,t?Be[0]:-Be[0]):(Bn[0]+=Be[0]>0===t?1:-1,Be[0])}function zt(e){let t=Math.fround(e);return t>e?Zo(t,!1):t}function Ne(e,t=-1/0,n=1/0){let r=zt(Number(e));return Math.min(Math.max(r,zt(t)),zt(n))}function ft(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Ne(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,u=e.scores[a]>=c?s:i;r[l*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function jn(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Ne(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function jt(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Ne(n);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:1-s,l=e.scores[c]>=i?s:1-s;t[a*o+l]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function ht(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function wt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>ht(e,r))}function Jo(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Ne(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?ye(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var ve=(e,t)=>t!==0?e/t:0;function Qo(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let M=0;M<t;M++){let F=e[g*t+M];o[g]+=F,s[M]+=F,c+=F}r[g]=e[g*t+g],i+=r[g]}if(n){for(let g=0;g<t;g++)o[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=o[g];let l=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},p=0,x=0;for(let g=0;g<t;g++){let M={precision:ve(r[g],s[g]),recall:ve(r[g],o[g]),f1:ve(2*r[g],o[g]+s[g]),support:o[g]};l.push(M);let F=ve(o[g],a);for(let y of["precision","recall","f1"])u[y]+=M[y]/t,d[y]+=M[y]*F;o[g]>0&&(p+=1,x+=M.recall)}return{rows:l,accuracy:ve(i,c),balancedAccuracy:p?x/p:0,macro:u,weighted:d}}function Ut(e,t,n=null,r=null){let o=Qo(e,t,Jo(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Lo(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:ve(e,e+n),fpr:ve(t,t+r),precision:ve(e,e+t),f1:ve(2*e,2*e+t+n),mcc:ve(e*r-t*n,o)}}function Vt(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Lo(s(r,r),s(o,r),s(r,o),s(o,o))}}function Un(e){return e??"true"}function Vn(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Wt(e):String(Math.trunc(e)),u=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=c?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${pt(r*100,1)}% of `,x;return i==="all"?x=[{text:`${p}all samples).`}]:i==="pred"&&c?x=[{text:`${p}the abstained samples).`}]:i==="pred"?x=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:x=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...x]}function Wt(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var gt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,Wn=(e,t,n)=>Array.isArray(e)&&e.length===2&&gt(e[0],t)&&gt(e[1],n);function Ge(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&gt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&gt(e.col,n)?{kind:"col",j:e.col}:null}return Wn(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>Wn(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function Gt(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function Gn(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function Kn(e,t,n=t){if(e===null)return null;let r=Ge(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":Gn(r.cells)}function Xn(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),Gn(n)}function Yn(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:a=!1}){let l=s?c(t):String(Math.trunc(t)),[u,d]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?u:d} ${t===1?"is":"are"} `,x={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},x]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},x]:e==="errors"?[{text:`${p}misclassified`},x]:[{text:`${p}in ${r} selected cells`},x]}var ts=/[",\r\n]/;function ns(e){let t=String(e);return ts.test(t)?`"${t.replace(/"/g,'""')}"`:t}function bt(e,t){return[e,...t].map(n=>n.map(ns).join(",")).join(`
`)+`
`}var Hn=40,Kt="abstained";function rs(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function os(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}var qn=e=>e.every(t=>Number.isInteger(t));function Zn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let b of e.state.buffers)rs(t,b.path,$e(b.data));let n=e.k,r=zn(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=b=>{for(let k of o.get(b)||[])k()},u=(b,k)=>{t[b]=k,l(b)},d=Pe(t._matrix),p=r?ft(r,t.threshold):Float64Array.from(He(d.counts,n,d.cols).square),x=d.cols===n+1?Array.from({length:n},(b,k)=>d.counts[k*d.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(p.buffer.slice(0))}}function M(b,k){let O=`${b},${k},${t.threshold}`;return s.key!==O&&(s.key=O,s.members=jn(r,b,k,t.threshold)),s.members}function F(b,k,O,I){let B=0;if(I==="true")for(let $ of k){for(let R=0;R<n;R++)B+=p[$*n+R];x&&(B+=x[$])}else for(let $=0;$<n;$++)if(I==="all"){for(let R=0;R<n;R++)B+=p[$*n+R];x&&(B+=x[$])}else for(let R of O)B+=R===n?x?x[$]:0:p[$*n+R];return B?b/B:0}function y(b,k,O,I,B,$,R,Z={},L={}){let K=0;for(let Q of O)for(let ee of I)K+=ee===n?x?x[Q]:0:p[Q*n+ee];let oe=!!(r&&r.weights||!qn(p)),ae=Un(t.normalize),pe;if(L.multilabel){let Q=d.totals,ee=Q?ae==="true"?Q.rows[b]:ae==="pred"?Q.cols[k]:Q.all:0;pe=ee?K/ee:0}else pe=F(K,O,I,ae);let Oe=r?$():[],we=Oe.length,ce=Math.max(0,Math.min(Math.trunc(R)||0,Math.max(we-1,0)));ce-=ce%i;let xe=Oe.slice(ce,ce+i),Re=[];for(let Q of xe.slice(0,Hn)){let ee=e.previews&&e.previews[String(ht(r,Q))];ee&&Re.push(ee)}return{i:b,j:k,...Z,sentence:Vn(K,B[0],B[1],pe,b===k,oe,{basis:ae,...L}),count:K,total:we,offset:ce,indices:r?wt(r,xe):[],page_size:i,previews:Re,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function A(b,k,O){let I=t.display_labels||[];return x&&k===n?y(b,k,[b],[k],[String(I[b]??b),Kt],()=>[],O,{},{abstained:!0}):y(b,k,[b],[k],[String(I[b]??b),String(I[k]??k)],()=>M(b,k),O,{},{multilabel:c})}let E=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(E.length?n:0).fill(0);if(E.length){let b=t._groups.codes,k=new DataView(b.buffer,b.byteOffset,b.byteLength);for(let O=0;O<n;O++)h[O]=n<=65536?k.getUint16(2*O,!0):k.getUint32(4*O,!0)}let f=b=>h.flatMap((k,O)=>k===b?[O]:[]);function C(b,k){if(r.kind==="binary"){let I=[];for(let B of f(b))for(let $ of f(k))I.push(...M(B,$));return I.sort((B,$)=>B-$)}let O=[];for(let I=0;I<r.n;I++){let B=r.cells[I],$=Math.floor(B/n);h[$]===b&&h[B-$*n]===k&&O.push(I)}return O}function m(b,k,O){return y(b,k,f(b),f(k),[E[b],E[k]],()=>C(b,k),O,{group:!0})}function N(b,k){let O=x?n+1:n,I=Ge(b,n,O),B=Gt(I,n,O),$=0;for(let[Q,ee]of B)$+=ee===n?x?x[Q]:0:p[Q*n+ee];let R=new Uint8Array(n*n);for(let[Q,ee]of B)ee<n&&(R[Q*n+ee]=1);let Z=r?jt(r,R,t.threshold):[],L=wt(r||{},Z),K=Z.map((Q,ee)=>ee);r&&r.ids&&K.sort((Q,ee)=>L[Q]<L[ee]?-1:L[Q]>L[ee]?1:Q-ee);let oe=0;for(let Q=0;Q<n;Q++){for(let ee=0;ee<n;ee++)oe+=p[Q*n+ee];x&&(oe+=x[Q])}let ae=(t.display_labels||[]).map(String);x&&ae.push(Kt);let pe=I.kind==="row"?ae[I.i]:I.kind==="col"?ae[I.j]:null,Oe=!!(r&&r.weights||!qn(p)),we=Z.length,ce=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(we-1,0)));ce-=ce%i;let xe=K.slice(ce,ce+i),Re=[];for(let Q of xe.slice(0,Hn)){let ee=e.previews&&e.previews[String(ht(r,Z[Q]))];ee&&Re.push(ee)}return{i:I.kind==="row"?I.i:-1,j:I.kind==="col"?I.j:-1,kind:I.kind,sentence:Yn(I.kind,$,pe,B.length,oe?$/oe:0,Oe,{fixed:pt,formatG:Wt,pairs:c}),count:$,total:we,offset:ce,indices:xe.map(Q=>L[Q]),page_size:i,previews:Re,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function _(b=0){let k=t.selected,O=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?u("_selection",N(k,b)):Array.isArray(k)&&k.length===2?u("_selection",A(k[0],k[1],b)):Array.isArray(O)&&O.length===2?u("_selection",m(O[0],O[1],b)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function G(b){let k=e.orders&&e.orders[b];k&&(u("_order",{dtype:k.dtype,classes:$e(k.classes),groups:k.groups?$e(k.groups):null}),u("order",b))}function q(b,k,O,I=O){if(b==="selected"&&(k=Kn(k,O,I),k===void 0)||!(k===null||b==="selected"||Array.isArray(k)&&k.length===2&&k.every((R,Z)=>Number.isInteger(R)&&R>=0&&R<(Z===0?O:I))))return;let $=b==="selected"?"selected_group":"selected";k!==null&&t[$]!=null&&(t[$]=null,l($)),t[b]=k,l(b),_(0)}function Y(b){if(!r||r.kind!=="binary"||!a)return;let k=Number(b);if(!Number.isFinite(k))return;let O=Ne(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=O,p=ft(r,O),u("_matrix",g()),u("_binary",Vt(a,p,O)),u("_metrics",Ut(p,n,r,O)),l("threshold"),t.selected!=null&&_(0)}function W(b){let k=String(b),O=k.endsWith("_r")?k.slice(0,-2):k,I=e.luts[k]||e.luts[O];if(!I)return;let B=$e(I);u("_lut",e.luts[k]?B:os(B)),u("cmap",k)}r&&r.kind==="binary"&&a&&(t.threshold=Ne(t.threshold,a.lo,a.hi),p=ft(r,t.threshold),t._matrix=g(),t._binary=Vt(a,p,t.threshold),t._metrics=Ut(p,n,r,t.threshold));let V=new Set;function P(){let b=Pe(t._matrix),k=Ve(b.counts,b.k,"true",b.cols,b.totals),O=(t.display_labels||[]).map(String),I=O.slice();b.cols===n+1&&I.push(Kt);let B=[];for(let $=0;$<b.k;$++)for(let R=0;R<b.cols;R++)B.push([O[$],I[R],b.counts[$*b.cols+R],k[$*b.cols+R]]);return bt(["true","predicted","count","share"],B)}function j(){let b=["index","true","predicted"],k=!!(r&&r.kind==="binary");if(k&&b.push("score"),!r||t.selected==null)return bt(b,[]);let O=Ge(t.selected,n,x?n+1:n),I=new Uint8Array(n*n);for(let[K,oe]of Gt(O,n,x?n+1:n))oe<n&&(I[K*n+oe]=1);let B=jt(r,I,t.threshold),$=wt(r,B),R=(t.display_labels||[]).map(String),Z=k?Ne(t.threshold):0,L=B.map((K,oe)=>{if(!k)return[$[oe],R[Math.floor(r.cells[K]/n)],R[r.cells[K]%n]];let ae=r.posIndex;return[$[oe],R[r.positive[K]?ae:1-ae],R[r.scores[K]>=Z?ae:1-ae],r.scores[K]]});return bt(b,L)}let z={cells:["confusion_matrix.csv",P],selection:["selection.csv",j]};return{receive(b){return V.add(b),()=>V.delete(b)},get:b=>t[b],on(b,k){return o.has(b)||o.set(b,new Set),o.get(b).add(k),()=>o.get(b).delete(k)},set(b,k){if(b==="threshold")return Y(k);if(b==="cmap")return W(k);if(b==="normalize"){u(b,k??null),(t.selected!=null||t.selected_group!=null)&&_(t._selection?.offset||0);return}if(b==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;u(b,k.map(String)),t.selected!=null&&_(t._selection?.offset||0);return}if(b==="selected")return q(b,k,n,x?n+1:n);if(b==="selected_group")return q(b,k,E.length);if(b==="order")return G(k);if(b==="errors_only")return u(b,k===!0);if(b==="level"){(k==="classes"||k==="groups"&&E.length)&&u(b,k);return}},send(b){if(b&&b.type==="download"&&z[b.what]){let[k,O]=z[b.what],I={type:"download",what:b.what,name:k,text:O()};queueMicrotask(()=>{for(let B of[...V])B(I)});return}b&&b.type==="page"&&(t.selected!=null||t.selected_group!=null)&&_(Number(b.offset)||0)}}}var ss="CMW1";async function Jn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function is(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function as(e){return new TextDecoder().decode(await Jn(e))}async function cs(e){let t=await Jn(e);if(new TextDecoder().decode(t.subarray(0,4))!==ss)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return is(r.subarray(c,c+a))}}return s})}async function Qn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await cs(t):JSON.parse(n==="gzip"?await as(t):t)}var ls=new Set(["button","input","select","textarea","summary","canvas"]);function Ln(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),ls.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function U(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function J(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var us=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Xt(e,t){let n=ke(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(us)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function er(e){if(!e||typeof e!="object")return null;let t=Xt(e.x,Float32Array),n=Xt(e.y,Float32Array),r=Xt(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Yt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function tr(e){if(!e||typeof e!="object")return null;let t=er(e.roc),n=er(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Yt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Yt(e.auc),ap:Yt(e.ap),targets:r,undefinedBecause:s}}function nr(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function rr(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var ds={uint16:2,uint32:4};function Ht(e,t){let n=ds[t];if(!n)return null;let r=ke(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function or(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var sr=e=>Array.from({length:e},(t,n)=>n);function ir(e,t,n){let r=e&&e.dtype,o=e?Ht(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Ht(e.groups,r):null;return{classes:or(o,t)?o:sr(t),groups:n?or(i,s)?i:sr(s):null}}function ar(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Ht(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}function cr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:ye(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var ms=new Set(["normalize","cmap","threshold","display_labels","selected",...Nn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),ps=10,xt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lr=e=>Array.isArray(e)?e:[],yt={matrix:{raw:["_matrix"],make:(e,t)=>Pe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>He(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Dt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ve(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>He(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?_n(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>at(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Se(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?Tn(e("values"),e("k")):Se(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ct(t("_lut"))||bn()},lutText:{uses:["lut"],make:e=>lt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:kn(t("values_format"),e("normalize"),Rt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Rt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?Cn(e("values"),e("countDigits")):ut(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Sn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=xt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ge(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=xt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:lr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>lr(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>tr(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=xt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=xt(t("_table"));if(!n.engine)return null;let r=An(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...$n,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>ir(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>ar(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Dt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>cr(e("counts"),e("k"),ps,fs(e))},focus:{make:()=>null}},Je={},ur=e=>{if(!Je[e]){let t=yt[e];Je[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(ur)])]}return Je[e]};for(let e of Object.keys(yt))ur(e);function fs(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ye(r,i*n,n)+o[i])}function dr(e){let t=new Map,n=a=>{if(!yt[a])throw new Error(`unknown state key ${a}`);return yt[a]},r=a=>{let l=n(a),u=Je[a].map(x=>e.get(x)),d=t.get(a);if(d&&d.raws.every((x,g)=>x===u[g]))return d.value;let p=l.make(r,x=>e.get(x));return t.set(a,{raws:u,value:p}),p};return{get:r,on:(a,l)=>{n(a);let u=Je[a].map(d=>e.on(d,l));return()=>u.forEach(d=>d())},set:(a,l)=>{if(!ms.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,l)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function H(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var hs=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ws(e,t){return`From ${e.name} to ${t}: ${hs(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function gs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function mr({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,u,d,p,x,g){let M=o("div",a);if(M.append(o("div","cmw-moves-title",`${l} (${u})`)),!d.length)return M.append(o("span","cmw-hint","none")),M;let F=o("div","cmw-moves-list");return d.forEach((y,A)=>{let E=o("span","cmw-move"),h=p[A];E.append(o("span","cmw-idx",`sample ${y}`),t.doc.createTextNode(": predicted "),o("em",null,g[h]??String(h)),t.doc.createTextNode(` in ${x}`)),F.append(E)}),M.append(F),u>d.length&&M.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),M}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),u=o("p","cmw-compare-summary",ws(a,l));u.title=gs(a,l),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),x=o("p","cmw-moves-head");x.append(t.doc.createTextNode("Cell true "),o("em",null,p[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,p[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(x,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,p),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,l,p))}return H(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function pr({state:e,dom:t,signal:n,extra:r=[]}){let o=J(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=On.map(y=>{let A=i("cmw-seg-btn");return A.setAttribute("aria-label",y.label),A.append(s("span","cmw-long",y.label),s("span","cmw-short",y.short)),A.dataset.value=y.value===null?"":y.value,a.append(A),A}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let y of Fn)d.append(t.option(y));u.append(s("span","cmw-field-name","Colormap"),d);let p=t.option("cmw:compare"),x=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",x.append(g,s("span",null,"reverse")),c.append(a,u,x,...r);function M(){let y=e.get("normalize");for(let f of l){let C=(f.dataset.value||null)===y;f.classList.toggle("cmw-active",C),f.setAttribute("aria-pressed",String(C))}let A=e.get("compareState");if(d.disabled=!!A,g.disabled=!!A,A){p.textContent=`${A.cmap} (better / worse)`,p.parentNode||d.append(p),d.value=p.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${A.name}; the colormap returns when compare mode ends.`;return}p.remove(),d.removeAttribute("title");let{base:E,reversed:h}=Rn(e.get("cmap"));[...d.options].some(f=>f.value===E)||d.append(t.option(E)),d.value=E,g.checked=h}let F=()=>e.set("cmap",In(d.value,g.checked));return U(a,"click",y=>{let A=y.target.closest(".cmw-seg-btn");A&&e.set("normalize",A.dataset.value||null)},o.signal),U(d,"change",F,o.signal),U(g,"change",F,o.signal),H(e,["normalize","cmap","compareState"],M,o.signal),M(),{el:c,update:M,destroy:()=>{o.abort(),c.remove()}}}var vt=64,Zt=800,fr=120,At=6,bs=6,Le=2,xs=14,Jt=140,re=8,_e=20,Qt=15,Ae=6,Lt=16,ze=14,Qe=6,qt=8,en=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function et(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||vt,c=n.maxGrid||Zt,a=re+_e+r+Ae,l=re,u=e>0&&n.extra?1:0,d=Math.min(c,Math.max(fr,t-a-s-re-u*Qe)),p=n.view||Fe(e),x=e>0?p.v:0,g=x>0?Math.min(i,d/(x+u)):0;u&&g<qt&&(g=Math.min(i,(d-qt)/x)),g>=At&&(g=Math.floor(g));let M=g*x,F=a+M+Qe,y=u?Math.max(g,qt):0,A=u?F+y:a+M;return{k:e,v:x,r0:p.r0,c0:p.c0,room:d,cell:g,x0:a,y0:l,grid:M,extra:u,xExtra:F,xw:y,right:A,width:Math.ceil(A+s+re),height:Math.ceil(l+M+Ae+o+_e+re+(Math.max(1,n.xTitleLines||1)-1)*Qt)}}function hr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=At&&(r=Math.floor(r)),Math.max(fr,r*(n+e.extra))}function kt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Fe(e){return{r0:0,c0:0,v:Math.max(0,e)}}function wr(e,t){return e*bs>t}function gr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/vt)))}function be(e,t,n=1){if(!(t>0))return Fe(0);let r=e||Fe(t),o=se(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=se(Math.round(Number(r.r0)||0),0,t-o),i=se(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function br(e,t,n,r,o=1){let s=be(e,r,o);if(!(t>0)||!(r>0))return s;let i=se(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(u,d)=>d-(d-u)*i/s.v;return be({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function xr(e,t,n,r,o=1){let s=be(e,r,o);return be({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function St(e,t,n,r=1){let o=be(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return be({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function yr(e,t,n,r,o=1){let s=be(e,n,o),i=Math.min(s.v,Math.max(r,o));return be({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function vr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+se((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function Ar(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**se(-n/200,-1,1)}function tn(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function kr(e,t,n=xs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function tt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function nn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=se(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function nt(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Sr(e,t,n,r=1,o=n){if(n<=0||!en.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[se(s,0,n-1),se(i,0,o-1)]}var he=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,me=(e,t)=>e.y0+(t-e.r0)*e.cell,je=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,_t=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function _r({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function u(){let g=e.get("labels");l=g;let M=o("div","cmw-labels-list");a=g.map((y,A)=>{let E=o("label","cmw-label-row"),h=o("input","cmw-label-input");return h.type="text",h.value=Ze(y),h.dataset.index=String(A),E.append(o("span","cmw-label-idx",String(A)),h),M.append(E),h});let F=o("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(M,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function p(){let g=l,M=e.get("labels"),F=a.map((y,A)=>y.value!==Ze(g[A])?Bt(y.value,g[A]):M[A]);d(!0),F.length===M.length&&F.some((y,A)=>y!==M[A])&&e.set("display_labels",F)}function x(){a&&a.length!==e.get("k")&&d()}return U(i,"click",()=>a?d():u(),r.signal),U(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),p()):g.key==="Escape"&&(g.preventDefault(),d(!0))},r.signal),U(c,"click",g=>{g.target.closest(".cmw-save")?p():g.target.closest(".cmw-cancel")&&d(!0)},r.signal),H(e,["labels","k"],x,r.signal),{el:c,button:i,update:x,open:u,close:d,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function Mr({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ze(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(u,d=!1)=>{if(a)return;a=!0,c.abort();let p=Bt(i.value,r);i.remove(),s(u&&p!==r?p:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),l(u.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ys=12;function vs(e,t,n,r=ys){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Tr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=ue(l.counts[a],e.get("countDigits"));return u.kind==="percent"?`${d} (${De(l.values[a],u)})`:d}function c(){let a=e.get("k"),l=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),p=vs(s,a,u&&u[1]<a?u:u&&[u[0],null]),x=r("table"),g=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),M=r("tr");M.append(r("td"));for(let A=p.cols;A<p.cols+p.side;A++){let E=r("th",null,`Predicted ${l[A]}`);E.scope="col",M.append(E)}if(d){let A=r("th",null,"Abstained");A.scope="col",M.append(A)}let F=r("tbody");for(let A=p.rows;A<p.rows+p.side;A++){let E=r("tr"),h=r("th",null,`True ${l[A]}`);h.scope="row",E.append(h);let f=(C,m)=>{let N=r("td",null,m);u&&u[0]===A&&u[1]===C&&(N.dataset.selected="true",N.textContent=`${N.textContent}, selected`),E.append(N)};for(let C=p.cols;C<p.cols+p.side;C++)f(C,i(A*a+C));d&&f(a,i(A,d)),F.append(E)}let y=r("thead");y.append(M),x.append(g,y,F),o.replaceChildren(x)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function As(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Er(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=As(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[a,l]of e.cells){let u=o[a],d=s(l),p=`${u},${d}`;u<0||d<0||i.has(p)||(i.add(p),c.push([u,d]))}return{rows:[],cols:[],cells:c,errors:!1}}function Cr(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),a=i(e.add[1]);return c>=0&&a>=0?Xn(o,[c,a]):void 0}}function ks(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:$r(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let u of s)c[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:$r(i),l=[];for(let u of a)if(o.has(u))for(let d of c[u])l.push({kind:"class",index:d,members:[d]});else l.push({kind:"group",index:u,members:c[u]});return l}function $r(e){return Array.from({length:e},(t,n)=>n)}function Ss(e){return e.every(t=>t.kind==="class")}function rn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function _s(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function Nr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Ms(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=Se(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var Fr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","marks"]),Ts=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","selectionSpec"];function Or(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=y=>e.get(y),s=(y,A,E)=>{let h=r.get(y);if(h&&h.deps.length===A.length&&h.deps.every((C,m)=>C===A[m]))return h.value;let f=E();return r.set(y,{deps:A,value:f}),f},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>ks(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>Ss(a())?a().map(y=>y.index):null),u=()=>{let y=l();return y!==null&&y.every((A,E)=>A===E)},d={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let y=o("labels"),A=o("groups");return a().map(E=>E.kind==="class"?y[E.index]:`${A.names[E.index]} (${E.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(u())return o("counts");let y=l();return y?rn(o("counts"),o("k"),y):_s(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(u())return o("values");let y=l();return y?o("values")===o("counts")?p("counts"):rn(o("values"),o("k"),y):Ve(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let y=o("abstained"),A=l();return!y||A===null?null:u()?y:{counts:Nr(y.counts,A),values:Nr(y.values,A)}}),abstained:()=>s("abstained",[d.abstainedRows(),d.vmax()],()=>{let y=d.abstainedRows();return y?y===o("abstained")&&d.vmax()===o("vmax")?y:{counts:y.counts,values:y.values,colors:Se(y.values,0,d.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),d.abstainedRows()],()=>{let y=a().length;if(o("errorsOnly")&&!i()){let f=d.abstainedRows();return Ms(p("values"),y,f&&f.values)}if(u())return{colors:o("colors"),vmax:o("vmax")};let A=l();if(A)return{colors:rn(o("colors"),o("k"),A),vmax:o("vmax")};let E=p("values"),h=at(E);return{colors:Se(E,0,h),vmax:h}}),colors:()=>d.colorsAndMax().colors,vmax:()=>d.colorsAndMax().vmax,colorbar:()=>s("colorbar",[d.vmax(),o("normalize"),o("colorbar")],()=>d.vmax()===o("vmax")?o("colorbar"):ut(d.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),d.abstainedRows()],()=>{let y=a(),A=o("selected"),E=o("selectedGroup"),h=(m,N)=>y.findIndex(_=>_.kind===m&&_.index===N),f=m=>m===o("k")&&d.abstainedRows()?y.length:h("class",m),C=A?[h("class",A[0]),f(A[1])]:E?[h("group",E[0]),h("group",E[1])]:null;return C&&C[0]>=0&&C[1]>=0?C:null}),marks:()=>s("marks",[a(),o("selectionSpec"),d.abstainedRows()],()=>Er(o("selectionSpec"),a(),o("k"),!!d.abstainedRows())),focus:()=>s("focus",[a(),t.version],()=>{let y=t.focus;if(y===null)return null;let A=f=>a().findIndex(C=>C.members.includes(f)),E=A(y.row),h=A(y.col);return E>=0&&h>=0?{r:E,c:h,outline:y.outline}:null})};function p(y){return Fr.has(y)?d[y]():e.get(y)}function x(y,A){if(!Fr.has(y))return e.on(y,A);let E=Ts.map(f=>e.on(f,A)),h=()=>A();return n.add(h),()=>{E.forEach(f=>f()),n.delete(h)}}function g(y,A){let E=a();if(y==="selected"){if(A==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(A)){let C=Cr(A,E,o("k"),!!d.abstainedRows(),o("selectionSpec"));C!==void 0&&e.set("selected",C);return}let h=E[A[0]],f=E[A[1]];if(h&&h.kind==="class"&&A[1]===E.length&&d.abstainedRows()){e.set("selected",[h.index,o("k")]);return}if(!h||!f)return;h.kind==="class"&&f.kind==="class"?e.set("selected",[h.index,f.index]):h.kind==="group"&&f.kind==="group"&&e.set("selected_group",[h.index,f.index]);return}if(y==="display_labels"){let h=o("labels").slice();A.forEach((f,C)=>{E[C]&&E[C].kind==="class"&&(h[E[C].index]=f)}),e.set("display_labels",h);return}e.set(y,A)}function M(){t.version+=1;for(let y of[...n])y()}return{get:p,on:x,set:g,send:y=>e.send(y),local:{expand(y,A){A?t.expanded.add(y):t.expanded.delete(y),M()},expanded:()=>new Set(t.expanded),focus(y,A,E=!1){t.focus=y==null?null:{row:y,col:A,outline:E},M()}}}}var Rr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Es=8,Cs=12,$s=20;function Ns(e,t,n=Es){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function Fs(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Os(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Ir({state:e,display:t,dom:n,signal:r}){let o=J(r),s=($,R,Z)=>U($,R,Z,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[$,R]of Rr)p.append(a($,R));let x=a("list","Custom (from Python)");x.disabled=!0,p.append(x),d.append(p);let g=i("label","cmw-errors-only-label"),M=i("input","cmw-errors-only");M.type="checkbox",g.append(M,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),y=i("select","cmw-level");y.append(a("classes","Classes"),a("groups","Groups")),F.append(y),u.append(d,g,F);let A=i("div","cmw-expand");A.setAttribute("role","group"),A.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),h=i("label","cmw-search-label");h.append(i("span","cmw-field-name","Find class "));let f=i("input","cmw-search-input");f.type="search",f.placeholder="Find class",f.setAttribute("role","combobox"),f.setAttribute("aria-autocomplete","list"),f.setAttribute("aria-expanded","false");let C=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;f.setAttribute("aria-controls",C),h.append(f);let m=i("ul","cmw-matches");m.id=C,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,E.append(h,m);let N=i("details","cmw-top"),_=i("summary","cmw-top-title","Largest errors"),G=!1;s(_,"click",()=>{G=!0}),_.id=`${C}-top`;let q=i("ol","cmw-top-list");q.setAttribute("aria-labelledby",_.id),N.append(_,q);let Y=i("div","cmw-sr");Y.setAttribute("aria-live","polite"),Y.setAttribute("role","status"),l.append(u,A,E,N,Y);let W=$=>{Y.textContent=$};s(p,"change",()=>{e.set("order",p.value),W(`Order: ${p.selectedOptions[0].textContent}.`)}),s(M,"change",()=>{e.set("errors_only",M.checked),W(M.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(y,"change",()=>{e.set("level",y.value),W(`Showing ${y.value}.`)}),s(A,"change",$=>{let R=$.target.closest("input[data-group]");R&&(t.local.expand(Number(R.dataset.group),R.checked),W(`${R.checked?"Expanded":"Collapsed"} ${R.parentElement.textContent.trim()}.`))});function V($){let R=e.get("labels");f.value=R[$],P(),t.local.focus($,$,!0),W(`Found ${R[$]}: its row and column are outlined.`)}function P(){m.hidden=!0,f.setAttribute("aria-expanded","false"),f.removeAttribute("aria-activedescendant")}function j(){let $=e.get("labels"),R=Ns($,f.value);m.replaceChildren(...R.map((Z,L)=>{let K=i("li","cmw-match",$[Z]);return K.id=`${C}-${L}`,K.setAttribute("role","option"),K.dataset.cls=String(Z),K})),m.hidden=R.length===0,f.setAttribute("aria-expanded",String(R.length>0)),f.value.trim()||t.local.focus(null)}function z($){let R=[...m.children];if(!R.length)return null;let Z=R.findIndex(K=>K.getAttribute("aria-selected")==="true"),L=$===0?Math.max(Z,0):(Z+$+R.length)%R.length;return R.forEach((K,oe)=>K.setAttribute("aria-selected",String(oe===L))),f.setAttribute("aria-activedescendant",R[L].id),R[L]}s(f,"input",j),s(f,"keydown",$=>{if($.key==="ArrowDown"||$.key==="ArrowUp")z($.key==="ArrowDown"?1:-1),$.preventDefault();else if($.key==="Enter"){let R=z(0);R&&V(Number(R.dataset.cls)),$.preventDefault()}else $.key==="Escape"&&!m.hidden&&(P(),$.preventDefault())}),s(m,"click",$=>{let R=$.target.closest("li[data-cls]");R&&V(Number(R.dataset.cls))}),s(q,"click",$=>{let R=$.target.closest("button[data-i]");if(!R)return;let[Z,L]=[Number(R.dataset.i),Number(R.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[Z,L]),t.local.focus(Z,L,!1)});function b(){let $=e.get("k");l.hidden=$<=2,E.hidden=$<=Cs;let R=e.get("orderChoices");for(let K of p.options)K.value!=="list"&&(K.disabled=R!==null&&!R.includes(K.value),K.title=K.disabled?"Needs a live kernel":"");let Z=e.get("orderName");p.value=Rr.some(([K])=>K===Z)?Z:"list",M.checked=e.get("errorsOnly");let L=e.get("groups");F.hidden=!L,y.value=e.get("level"),k(L),O()}function k($){let R=t.local.expanded(),Z=!!$&&e.get("level")==="groups";if(A.hidden=!Z,!Z)return;let L=$.names.map((K,oe)=>{let ae=i("label","cmw-expand-item"),pe=i("input");return pe.type="checkbox",pe.dataset.group=String(oe),pe.checked=R.has(oe),ae.append(pe,n.doc.createTextNode(` ${K}`)),ae});A.replaceChildren(i("span","cmw-expand-title","Expand: "),...L)}function O(){let $=e.get("labels"),R=e.get("top");_.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${R.length})`,G||(N.open=e.get("k")>$s),q.replaceChildren(...R.map(Z=>{let L=i("li"),K=c("cmw-top-item",Fs($,Z));return K.dataset.i=String(Z[0]),K.dataset.j=String(Z[1]),L.append(K),L})),N.hidden=R.length===0}let I=e.get("selection");function B(){let $=e.get("selection");$!==I&&W(Os($)),I=$}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],b,o.signal),H(e,["selection"],B,o.signal),b(),{el:l,update:b,destroy:()=>{o.abort(),l.remove()}}}function Pr(e){let t=Or(e.state),n=Ir({...e,display:t}),r=Tr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var ge=12,Mt="abstained",on=8,Rs=13;function Dr(e){return Array.from({length:256},(t,n)=>gn(e,n))}function Br(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(yn(n,r,o*o),o,o),0,0),s}function zr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,me(t,o),t.xw,t.cell)}function jr(e,t,n,r,o){if(t.cell<At){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(he(t,c),me(t,i),t.cell,t.cell)}function Ur(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Vr(e,t,n,r){let o=t.k,s=Math.min(Rs,Math.floor(t.cell*.3));if(s<on||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let u=me(t,l)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let p=Pt(n.values[l*o+d],n.counts[l*o+d],n.fmt,n.countDigits);c.push([he(t,d)+t.cell/2,u,p,n.colors[l*o+d]])}if(i){let d=Pt(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,u,d,i.colors[l]])}}let a=Is(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,u,d,p]of c)e.fillStyle=xn(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(d.main,l,u-a.px*.5),e.font=a.subFont,e.fillText(d.sub,l,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,l,u))}}function Is(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let u=0;for(let d of t)u=Math.max(u,e.measureText(l(d)).width);return u},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=on;a--){let l=`${a}px ${o.family}`,u=Math.max(on-1,Math.round(a*.8)),d=`${u}px ${o.family}`;if(!(i(l,x=>x.main)>s))return c?n>=a*2.4+u&&i(d,x=>x.sub)<=s?{mode:"two",px:a,font:l,subFont:d}:i(l,x=>`${x.main} ${x.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Wr(e,t,n,r,o,s,i,c){let a=E=>e.measureText(E).width;e.font=c(ge),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of tt(t.v,o.step,t.r0)){let h=me(t,E)+t.cell/2;e.fillText(nt(n[E],r,a),t.x0-Ae,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let l=t.y0+t.grid+Ae,u=tt(t.v,o.step,t.c0).map(E=>[he(t,E)+t.cell/2,n[E],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,Mt,o.extraRotated]);for(let[E,h,f]of u){let C=nt(h,r,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),f?(e.save(),e.translate(E,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(C,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(C,E,l))}e.stroke(),e.font=c(ge,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+Ae+o.height+_e/2+2,x=Math.max(...d.map(a)),g=se(t.x0+t.grid/2,re+x/2,Math.max(re+x/2,t.width-re-x/2));d.forEach((E,h)=>e.fillText(E,g,p+h*Qt));let M=Math.max(t.grid,t.height-2*re),F=String(s.y),y=a(F)<=M?F:nt(F.split(" (")[0],M,a),A=se(t.y0+t.grid/2,re+a(y)/2,Math.max(re,t.height-re-a(y)/2));e.save(),e.translate(re+_e/2,A),e.rotate(-Math.PI/2),e.fillText(y,0,0),e.restore()}function Gr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Lt+ze+6+n+_e)}function Ps(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+ze)*i)/i-c,l=Math.round(n*i),u=Math.round((n+r)*i)-l,d=x=>Math.min(255,Math.floor((x+.5)/u*256)),p=0;for(let x=1;x<=u;x++)x<u&&d(x)===d(p)||(e.fillStyle=o[d(p)],e.fillRect(c,(l+u-x)/i,a,(x-p)/i),p=x)}function Kr(e,t,n,r,o,s,i=""){if(i){e.font=s(ge-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,u=nt(String(i),Math.max(t.grid,t.height-2*re),l),d=se(t.y0+t.grid/2,re+l(u)/2,Math.max(re,t.height-re-l(u)/2));e.save(),e.translate(t.width-re-_e/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Lt,a=t.grid;Ps(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,ze+1,a+1),e.font=s(ge-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,u]of n){let d=t.y0+a*(1-se(Number(l)||0,0,1));e.moveTo(c+ze,Math.round(d)+.5),e.lineTo(c+ze+3,Math.round(d)+.5),e.fillText(String(u),c+ze+5,se(d,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Xr(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,me(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(he(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Yr(e,t,n,r,o){let s=([i,c],a,l,u)=>{if(!_t(t,[i,c]))return;let d=Math.max(je(t,c),8),p=Math.max(t.cell,8),x=he(t,c)+je(t,c)/2-d/2,g=me(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(x+u,g+u,d-2*u,p-2*u),e.strokeStyle=a,e.strokeRect(x+u/2,g+u/2,d-u,p-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function Hr(e,t,n,r){if(!n)return;let o=2,s=(l,u,d,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,u+o,d-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,u+o/2,d-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,c=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,me(t,l),a-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])c(l)&&s(he(t,l),t.y0,Math.max(je(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(he(t,l),me(t,l)),e.lineTo(he(t,l)+t.cell,me(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,u]of n.cells||[]){if(!_t(t,[l,u]))continue;let d=Math.max(je(t,u),8),p=Math.max(t.cell,8);s(he(t,u)+je(t,u)/2-d/2,me(t,l)+t.cell/2-p/2,d,p)}}var qr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ds={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Bs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&qr[e.normalize]?(l=(e.multilabel?Ds:qr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Zr(e){let t=e("compareState");return Bs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Jr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var zs=720,js=64,Us=200,Vs={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ws={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Gs=4,Qr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Lr={r:"row",c:"col",e:"errors"},Ks=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","marks","hasSelection"],Xs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Ys=24;function eo({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=J(n),a=(w,v,S,T)=>U(w,v,S,c.signal,T),{doc:l,h:u,button:d}=t,p=u("div","cmw-matrix"),x=u("div","cmw-zoom");x.setAttribute("role","group"),x.setAttribute("aria-label","Zoom");let g=d("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let M=d("cmw-zoom-in","+");M.setAttribute("aria-label","Zoom in"),M.title="Zoom in (+)";let F=d("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let y=u("span","cmw-view-range");y.setAttribute("aria-live","polite"),x.append(g,M,F,y,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),x.hidden=!0;let A=u("div","cmw-mode");A.setAttribute("aria-live","polite"),A.hidden=!0;let E=u("div","cmw-plot"),h=u("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let f=u("div","cmw-tooltip");f.hidden=!0,E.append(h,f);let C=u("div","cmw-sr");C.setAttribute("aria-live","polite"),p.append(A,x,E,C);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},N={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},_=w=>e.get(w),G=w=>{let v=_("lut"),S=_("compareState")?v:vn(v,w);return S===v?{lut:v,lutText:_("lutText")}:((N.themedOf[0]!==v||N.themedOf[1]!==w)&&(N.themed={lut:S,lutText:lt(S)},N.themedOf=[v,w]),N.themed)},q=()=>{let w=N.drawn.lut;return N.cssOf!==w&&(N.css=Dr(w)),N.cssOf=w,N.css},Y=()=>{let w=_("colors"),v=N.drawn.lut;return N.bitmap&&N.bitmapOf[0]===w&&N.bitmapOf[1]===v||(N.bitmap=Br(l,N.bitmap,w,v,_("k")),N.bitmapOf=[w,v]),N.bitmap};function W(w,v){let S=w.font,T=N.widths.get(S);if(T&&T.texts===v)return T.w;let D=0;for(let te of v)D=Math.max(D,w.measureText(te).width);return N.widths.set(S,{texts:v,w:D}),D}function V(){m.queued||c.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,c.signal.aborted||I()}))}function P(){let w=l.defaultView,v=w&&w.getComputedStyle?w.getComputedStyle(p):null,S=(T,D)=>(v&&v.getPropertyValue(T)||"").trim()||D;return{fg:v&&v.color||"#1f1f1f",muted:S("--cmw-muted","#616161"),accent:S("--cmw-accent","#1976d2"),border:S("--cmw-border","#bdbdbd"),bg:S("--cmw-bg","#ffffff"),family:v&&v.fontFamily||"sans-serif"}}let j=()=>(s?s():p.clientWidth)||zs;function z(){let w=p.closest(".cmw"),v=l.defaultView;if(!w||!v||!p.isConnected||!w.getClientRects().length)return 1/0;let S=null;for(let X=w.parentElement;X&&X!==l.body&&X!==l.documentElement;X=X.parentElement){let le=v.getComputedStyle(X).overflowY;(le==="auto"||le==="scroll")&&X.clientHeight>=Us&&(S=X)}if(!S&&v.top!==v)return 1/0;let T=Math.min(v.innerHeight,S?S.clientHeight:v.innerHeight);if(!(T>0))return 1/0;let D=X=>X.getBoundingClientRect().top,te=X=>X.getBoundingClientRect().bottom,ne=js,ie=[...w.children].find(X=>X.contains(p));if(ie&&ie!==p){let X=[...ie.children].filter(le=>le!==p&&le.getClientRects().length&&D(le)>=te(p)-1);X.length&&(ne+=Math.max(...X.map(te))-te(p))}for(let X=ie?ie.nextElementSibling:null;X&&!X.classList.contains("cmw-selection");X=X.nextElementSibling)X.getClientRects().length&&!X.classList.contains("cmw-sr")&&(ne+=X.getBoundingClientRect().height);return Math.floor(T-(D(h)-D(w))-ne)}function b(w){m.cursor&&(m.cursor[0]>=w||m.cursor[1]>=w)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=w}let k=w=>w+(w>0&&_("abstained")?1:0),O=w=>w[1]>=_("k")?[w[0],m.view?m.view.c0:0]:w;function I(){let w=performance.now(),v=_("k");v!==m.k&&b(v);let S=_("abstained");m.cols=k(v),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let T=h.getContext("2d");if(!T)return;let D=P();N.drawn=G(D.bg),m.detached=!p.isConnected;let te=(Te,Ee)=>`${Ee?"600 ":""}${Te}px ${D.family}`,ne=_("labels");m.width=j(),T.font=te(ge);let ie=Math.min(Jt,Math.max(40,Math.round(m.width*.2))),X=Math.ceil(Math.min(ie,W(T,ne))),le=_("colorbar"),Xe=Gr(T,le),Me=Zr(_);B(Me.badges),m.height=z();let st={yLabelWidth:X,rightWidth:Xe,extra:S?1:0,xTitleLines:1,xLabelHeight:Math.min(Jt,W(T,ne))},Ye;for(let Te=0;Te<3;Te++){let Ee=et(v,m.width,{...st,maxGrid:Ye}),Ft=hr(Ee,m.height);if(Ft===void 0||Ft===Ye)break;Ye=Ft}let pn=et(v,m.width,{yLabelWidth:X,rightWidth:Xe,extra:S?1:0,maxGrid:Ye});m.zoomable=v>0&&wr(v,pn.room),m.vMin=gr(v,pn.room);let Ct=m.zoomable?be(m.view,v,m.vMin):Fe(v);m.view=m.zoomable?Ct:null;let fn={yLabelWidth:X,rightWidth:Xe,view:Ct,extra:S?1:0,maxGrid:Ye},$t=et(v,m.width,fn);m.step=kr(Ct.v,$t.cell),m.xLabels=L(T,ne,$t,ie),T.font=te(ge,!0);let hn=Jr(Me.x,Math.max($t.width-2*re,60),Te=>T.measureText(Te).width);T.font=te(ge);let fe=et(v,m.width,{...fn,xLabelHeight:m.xLabels.height,xTitleLines:hn.length});m.layout=fe,m.yLabelW=X,R(T,fe);let Nt=_("colors");if(v===0)T.fillStyle=D.muted,T.font=te(ge),T.fillText("No data",re,re+ge);else{Nt.length>=v*v&&jr(T,fe,Nt,q(),Y),S&&zr(T,fe,S.colors,q()),Ur(T,fe,D),Vr(T,fe,{values:_("values"),counts:_("counts"),colors:Nt,lut:N.drawn.lut,lutText:N.drawn.lutText,fmt:_("fmt"),countDigits:_("countDigits"),abstained:S},D),Wr(T,fe,ne,ie,{step:m.step,...m.xLabels},{x:hn,y:Me.y},D,te),Kr(T,fe,le,q(),D,te,Me.bar);let Te=m.cursor&&h.matches(":focus")?m.cursor:null;Hr(T,fe,_("marks"),D),Yr(T,fe,_("selected"),Te,D);let Ee=_("focus");Ee&&Ee.outline&&Xr(T,fe,Ee.r,Ee.c,D)}$(fe),Z(fe,v,w,Me)}function B(w){let v=[...A.children].map(S=>S.textContent);v.length===w.length&&v.every((S,T)=>S===w[T])||(A.replaceChildren(...w.map(S=>u("span","cmw-badge",S))),A.hidden=w.length===0)}function $(w){x.hidden=!m.zoomable,m.zoomable&&(y.textContent=tn(w,w.k),M.disabled=w.v<=m.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function R(w,v){let S=l.defaultView&&l.defaultView.devicePixelRatio||1,T=Math.max(1,Math.round(v.width*S)),D=Math.max(1,Math.round(v.height*S));(h.width!==T||h.height!==D)&&(h.width=T,h.height=D),h.style.width=`${v.width}px`,h.style.height=`${v.height}px`,w.setTransform(S,0,0,S,0,0),w.clearRect(0,0,v.width,v.height)}function Z(w,v,S,T){let D=performance.now();h.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let te=null;!m.firstDrawn&&v>0&&(m.firstDrawn=!0,te=D-(m.draws===1?o:S)),r({k:v,draws:m.draws,lastMs:D-S,firstMs:te,view:{r0:w.r0,c0:w.c0,v:w.v}}),h.dataset.cellX0=String(w.x0),h.dataset.cellY0=String(w.y0),h.dataset.cellSize=String(w.cell),h.dataset.viewRow0=String(w.r0),h.dataset.viewCol0=String(w.c0),h.dataset.viewSize=String(w.v),h.dataset.cols=String(m.cols),h.dataset.extraX0=w.extra?String(w.xExtra):"",h.dataset.extraWidth=w.extra?String(w.xw):"",h.dataset.xTitle=T.x,h.dataset.yTitle=T.y,h.dataset.barTitle=T.bar,h.setAttribute("aria-label",`Confusion matrix of ${v} classes. Rows: ${T.y}. Columns: ${T.x}. Colours: ${T.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${tn(w,v)}; plus and minus zoom, 0 shows all.`:""))}function L(w,v,S,T){let D=0;if(m.zoomable)D=W(w,v);else for(let le of tt(S.k,m.step))D=Math.max(D,w.measureText(v[le]).width);D=Math.min(T,D);let te=D>m.step*S.cell-4,ne=S.extra?w.measureText(Mt).width:0,ie=S.extra>0&&(te||ne>S.xw+Qe-2),X=Math.max(te?D:ge+2,ie?ne:0);return{rotated:te,extraRotated:ie,height:Math.ceil(X)}}function K(w,v){m.editor&&m.editor.finish(!1);let S=m.layout,T=w==="y"?Math.max(m.yLabelW+Ae+4,100):120,D=he(S,v)+S.cell/2,te=w==="y"?S.x0-T:se(D-T/2,0,Math.max(0,S.width-T)),ne=w==="y"?me(S,v)+S.cell/2-11:S.y0+S.grid+Ae,ie={left:h.offsetLeft+Math.max(0,te),top:h.offsetTop+ne,width:T},X=_("labels");m.editor=Mr({dom:t,host:E,box:ie,name:X[v],index:v,done:(le,Xe)=>{m.editor=null;let Me=_("labels");if(le!==null&&v<Me.length){let st=Me.slice();st[v]=le,e.set("display_labels",st)}Xe&&h.focus({preventScroll:!0})}})}function oe(w,v=!1){let S=h.getBoundingClientRect(),T=m.lastUp;return v&&T&&Math.abs(T.x-w.clientX)<1&&Math.abs(T.y-w.clientY)<1?[T.x-S.left,T.y-S.top]:[w.clientX-S.left,w.clientY-S.top]}function ae(w,v){let S=m.layout;if(!S||S.k===0)return null;let T=ge/2+1;if(w>=re+_e&&w<S.x0&&v>=S.y0-T&&v<S.y0+S.grid+T){let ne=nn(v-S.y0,S.cell,m.step,S.k,T,S.r0,S.v);return ne>=0?{axis:"y",index:ne}:null}let D=S.y0+S.grid,te=S.x0+S.grid+(S.extra?Qe/2:20);if(v>=D&&v<D+Ae+m.xLabels.height&&w>=S.x0-20&&w<te){let ne=m.xLabels.rotated?T:m.step*S.cell/2,ie=nn(w-S.x0,S.cell,m.step,S.k,ne,S.c0,S.v);return ie>=0?{axis:"x",index:ie}:null}return null}function pe([w,v]){let S=_("k"),T=_("labels"),D=_("abstained");if(v>=S&&D){let X=[`True: ${T[w]}`,`Predicted: ${Mt}`,`Count: ${ue(D.counts[w],_("countDigits"))}`],le=_("fmt");return le.kind==="percent"&&X.push(`Shown: ${De(D.values[w],le)} ${Xs[_("normalize")]||""}`.trim()),X.join(`
`)}let te=w*S+v,ne=[`True: ${T[w]}`,`Predicted: ${T[v]}`,`Count: ${ue(_("counts")[te],_("countDigits"))}`],ie=_("fmt");if(ie.kind==="delta"&&ne.push(`Change: ${De(_("values")[te],ie)} since the compared run`),ie.kind==="percent"){let X=(_("multilabel")?Ws:Vs)[_("normalize")]||"";ne.push(`Shown: ${De(_("values")[te],ie)} ${X}`.trim())}return ne.join(`
`)}function Oe(w,v,S){f.textContent=w,f.hidden=!1;let T=h.offsetLeft+v+14;T+f.offsetWidth+4>E.clientWidth&&(T=Math.max(0,h.offsetLeft+v-f.offsetWidth-10));let D=h.offsetTop+S+14;D+f.offsetHeight+4>E.clientHeight&&(D=Math.max(0,h.offsetTop+S-f.offsetHeight-10)),f.style.left=`${T}px`,f.style.top=`${D}px`}let we=()=>m.zoomable&&m.view!==null&&m.view.v<_("k");function ce(w){let v=_("k"),S=be(w,v,m.vMin),T=m.view||Fe(v);return S.r0===T.r0&&S.c0===T.c0&&S.v===T.v?!1:(m.view=S,f.hidden=!0,V(),!0)}function xe(w,v=null){if(!m.zoomable||!m.layout)return;let S=m.layout;ce(br(S,w,v,S.k,m.vMin))}function Re(w){w.target.closest(".cmw-zoom-in")?xe(Le):w.target.closest(".cmw-zoom-out")?xe(1/Le):w.target.closest(".cmw-zoom-fit")&&ce(Fe(_("k")))}function Q(w){if(!(w.ctrlKey||w.metaKey)||!m.zoomable)return;w.preventDefault();let[v,S]=oe(w);xe(Ar(w.deltaY,w.deltaMode),vr(v,S,m.layout))}function ee(w){if(m.panned=!1,m.pan=null,w.button!==0||!we())return;let[v,S]=oe(w);kt(v,S,m.layout)&&(m.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Mo(w){let v=m.pan,S=w.clientX-v.x,T=w.clientY-v.y;if(!v.moved){if(Math.hypot(S,T)<Gs)return;v.moved=!0,f.hidden=!0;try{h.setPointerCapture(v.id)}catch{}}h.style.cursor="grabbing",ce(xr(v.view,-T/v.cell,-S/v.cell,_("k"),m.vMin))}function To(w){m.lastUp={x:w.clientX,y:w.clientY},m.pan&&m.pan.moved&&(m.panned=!0,h.style.cursor="grab"),m.pan=null}function Eo(w){if(m.pan&&m.pan.id===w.pointerId&&(Mo(w),m.pan.moved))return;let[v,S]=oe(w),T=kt(v,S,m.layout);if(T){Oe(pe(T),v,S),h.style.cursor=we()?"grab":"pointer";return}let D=ae(v,S);if(h.style.cursor=D?"text":"default",D){let te=D.axis==="y"?"True class":"Predicted class",ne=D.axis==="y"?"row":"column";Oe(`${te} ${D.index}: ${_("labels")[D.index]}
(click to select the ${ne}, double-click to rename)`,v,S)}else f.hidden=!0}function Co(w){if(m.panned){m.panned=!1;return}let[v,S]=oe(w,!0),T=kt(v,S,m.layout),D=T?null:ae(v,S);T?(m.cursor=T,e.set("selected",w.shiftKey?{add:T}:T),V()):D?e.set("selected",D.axis==="y"?{row:D.index}:{col:D.index}):_("hasSelection")&&e.set("selected",null)}function $o(w){let[v,S]=oe(w,!0),T=ae(v,S);T&&(w.preventDefault(),f.hidden=!0,K(T.axis,T.index))}function No(w){let v=_("k");if(v===0)return;let S=!0;if(en.has(w.key)){let T=m.cursor||_("selected")||(we()?[m.view.r0,m.view.c0]:null);m.cursor=Sr(T,w.key,v,w.shiftKey?10:1,k(v)),we()&&ce(St(m.view,O(m.cursor),v,m.vMin)),C.textContent=pe(m.cursor).replace(/\n/g,", "),V()}else if(m.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Qr[w.key]){let T=Qr[w.key];if(T==="fit")ce(Fe(v));else{let D=m.cursor?O(m.cursor):null;xe(T==="in"?Le:1/Le,D?[D[0]+.5,D[1]+.5]:null),D&&we()&&ce(St(m.view,O(m.cursor),v,m.vMin))}}else if(w.key==="Enter"||w.key===" "){let T=m.cursor||_("selected")||[0,0];m.cursor=T,e.set("selected",w.shiftKey?{add:[T[0],T[1]]}:[T[0],T[1]])}else if(!w.ctrlKey&&!w.metaKey&&!w.altKey&&Lr[w.key.toLowerCase()]){let T=Lr[w.key.toLowerCase()],D=m.cursor||_("selected")||[0,0];e.set("selected",T==="errors"?"errors":T==="row"?{row:D[0]}:{col:D[1]})}else S=!1;S&&w.preventDefault()}a(h,"pointerdown",ee),a(h,"pointermove",Eo),a(h,"pointerleave",()=>{f.hidden=!0}),a(h,"pointerup",To),a(h,"pointercancel",()=>{m.pan=null}),a(h,"wheel",Q,{passive:!1}),a(x,"click",Re),a(h,"click",Co),a(h,"dblclick",$o),a(h,"keydown",No),a(h,"focus",V),a(h,"blur",V);let un=()=>{let w=z();return w!==m.height&&!(Math.abs(w-m.height)<1)},Ie=l.defaultView;if(Ie&&typeof Ie.ResizeObserver<"u"){let w=new Ie.ResizeObserver(()=>{(m.detached||Math.abs(j()-m.width)>=1||un())&&V()});for(let S of[p,...i])w.observe(S);let v=p.closest(".cmw");v&&w.observe(v),a(Ie,"resize",()=>{un()&&V()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ie&&typeof Ie.MutationObserver<"u"&&l.body){let w=null,v=new Ie.MutationObserver(()=>{clearTimeout(w),w=setTimeout(V,100)});v.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{v.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let ot=_("selected"),dn=_("focus");function mn(){let w=_("selected"),v=_("focus"),S=w&&!(ot&&w[0]===ot[0]&&w[1]===ot[1]);v!==dn&&v&&m.zoomable?ce(yr(m.view,[v.r,v.c],_("k"),Ys,m.vMin)):S&&we()&&ce(St(m.view,O(w),_("k"),m.vMin)),ot=w,dn=v,I()}return H(e,Ks,mn,c.signal),I(),{el:p,update:mn,destroy:()=>{c.abort(),p.remove()}}}function to({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table");s.append(o("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let u=e.get("countDigits"),d=(g,M)=>g.append(o("td","cmw-num",M));i.replaceChildren();let p=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])p.append(o("th",null,g));let x=i.createTBody();for(let g of l.perClass){let M=x.insertRow(),F=o("th",null,g.label);F.title=F.textContent,M.append(F);for(let y of["precision","recall","f1"])d(M,de(g[y]));d(M,ue(g.support,u))}for(let[g,M]of l.summary.entries()){let F=x.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(o("th",null,String(M.name??""))),"value"in M)for(let y of["","",de(M.value),""])d(F,y);else{for(let y of["precision","recall","f1"])d(F,de(M[y]));d(F,ue(M.support,u))}}}return U(s,"toggle",()=>{s.open&&c&&a()},r.signal),H(e,["metrics","countDigits"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function no({state:e,dom:t,signal:n}){let r=J(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return H(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Ke({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),u=Ue(n,o,s);return U(c,"input",()=>{a=!0,r&&r(l()),u(l())},i),U(c,"change",()=>{a=!1,u.cancel(),n(l())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(d,p,x){c.min=String(d),c.max=String(p),c.step=String(x)}}}var Hs=60,ro=700,Tt="http://www.w3.org/2000/svg",rt={w:240,h:56,pad:6};function oo(e,{w:t,h:n,pad:r}=rt){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function qs(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function so({state:e,dom:t,signal:n,clock:r}){let o=J(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(P,j)=>setTimeout(P,j),clearTimeout:P=>clearTimeout(P)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=c("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),x=()=>e.get("runs").names,g=P=>{let j=x();P>=0&&P<j.length&&j[P]!==e.get("run")&&e.set("run",j[P])},M=Ke({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Hs,clock:r,signal:o.signal,onInput:P=>{V(),p.textContent=x()[P]??""}}),F=M.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let y=c("cmw-run-newer","");y.title="Show the latest run";let A=i("select","cmw-compare-pick");A.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),A);let h=i("div","cmw-runs-top");h.append(d,F,p,y,E);let f=s.createElementNS(Tt,"svg");f.setAttribute("class","cmw-history"),f.setAttribute("viewBox",`0 0 ${rt.w} ${rt.h}`),f.setAttribute("width",String(rt.w)),f.setAttribute("height",String(rt.h));let C=i("div","cmw-history-legend");C.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(f,C),u.append(h,m),u.hidden=!0;let N=null;function _(){let P=e.get("runs"),j=e.get("run");if(u.hidden=P.names.length<2,u.hidden){V();return}let z=P.names.indexOf(j);F.max=String(P.names.length-1),!M.dragging()&&z>=0&&(F.value=String(z)),M.dragging()||(p.textContent=j);let b=qs(P.names,j);y.textContent=b,y.hidden=!b,G(P.names,e.get("compare")),q(P,z)}function G(P,j){let z=a("","none");A.replaceChildren(z,...P.map(b=>a(b))),A.value=j!=null&&P.includes(j)?j:""}function q(P,j){let z=[];for(let[k,O]of[[P.accuracy,"cmw-line-acc"],[P.macroF1,"cmw-line-f1"]]){let I=oo(k).filter(Boolean),B=s.createElementNS(Tt,"polyline");B.setAttribute("class",O),B.setAttribute("fill","none"),B.setAttribute("points",I.map($=>$.map(R=>R.toFixed(1)).join(",")).join(" ")),z.push(B)}let b=oo(P.accuracy);P.names.forEach((k,O)=>{if(!b[O])return;let I=s.createElementNS(Tt,"circle");I.setAttribute("class",O===j?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),I.setAttribute("cx",b[O][0].toFixed(1)),I.setAttribute("cy",b[O][1].toFixed(1)),I.setAttribute("r",O===j?"4":"3"),I.setAttribute("data-run",String(O));let B=s.createElementNS(Tt,"title");B.textContent=`${k}: accuracy ${de(P.accuracy[O])}, macro F1 ${de(P.macroF1[O])}`,I.append(B),z.push(I)}),f.replaceChildren(...z)}function Y(){let P=x(),j=P.indexOf(e.get("run"));if(j<0||j>=P.length-1){V();return}g(j+1),N=l.setTimeout(Y,ro)}function W(){let P=x();P.indexOf(e.get("run"))>=P.length-1&&g(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),N=l.setTimeout(Y,ro)}function V(){N!==null&&l.clearTimeout(N),N=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return U(d,"click",()=>N===null?W():V(),o.signal),U(y,"click",()=>{V(),g(x().length-1)},o.signal),U(A,"change",()=>e.set("compare",A.value===""?null:A.value),o.signal),U(f,"click",P=>{let j=P.target&&P.target.closest?P.target.closest("[data-run]"):null;j&&(V(),g(Number(j.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>V(),{once:!0}),H(e,["runs","run","compare"],_,o.signal),_(),{el:u,update:_,destroy:()=>{o.abort(),u.remove()}}}var Zs=60,io=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function ao({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),u=h=>e.set("abstain",h),d=Ke({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Zs,clock:r,signal:o.signal,onInput:h=>{let f=i();l.textContent=h.toFixed(Ce(f?f.step:.01))}}),p=d.el,x=s("label","cmw-field");x.append(a,s("span",null,"Abstain when the top score is below"),p,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let M=s("label","cmw-field");M.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),M.append(F);let y=s("div","cmw-abstain-stats");c.append(x,M,y);let A=null;function E(){let h=i(),f=!!(h&&h.kind==="multiclass");if(c.hidden=!f,!f)return;d.range(h.lo,h.hi,h.step);let C=h.abstain!==null&&h.abstain!==void 0;if(a.checked=C,p.disabled=!C,C&&(A=h.abstain),!d.dragging()){let m=C?h.abstain:A??(h.lo+h.hi)/2;p.value=String(m),l.textContent=C?Number(m).toFixed(Ce(h.step)):"off"}g.max=String(h.k_max),t.doc.activeElement!==g&&(g.value=String(h.top_k)),y.replaceChildren(),C&&y.append(s("span","cmw-stat cmw-coverage",`coverage ${io(h.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${io(h.covered_accuracy)}`))}return U(a,"change",()=>{i()&&u(a.checked?parseFloat(p.value):null)},o.signal),U(g,"change",()=>{let h=i(),f=Number(g.value),C=h&&Number.isInteger(f)&&f>=1&&f<=h.k_max;F.textContent=C||!h?"":`top-k must be a whole number from 1 to ${h.k_max}`,C?e.set("top_k",f):h&&(g.value=String(h.top_k))},o.signal),H(e,["scores"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}function co(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Js=60,sn={size:240,pad:34},Qs=[0,.5,1],Ls="http://www.w3.org/2000/svg",ei=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function lo({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s,doc:i}=t,c=(h,f={})=>{let C=i.createElementNS(Ls,h);for(let[m,N]of Object.entries(f))C.setAttribute(m,String(N));return C},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(l,u);let d=!1,p=null,x={},g=h=>{let f=e.get("binary");!f||!Number.isFinite(h)||e.set("threshold",se(h,f.lo,f.hi))},M=Ue(g,Js,r);o.signal.addEventListener("abort",()=>M.cancel(),{once:!0});function F(h){let{size:f,pad:C}=sn;l.replaceChildren();for(let m of Object.keys(x))delete x[m];for(let m of ei){let N=h[m.kind],_=s("figure",`cmw-curve cmw-curve-${m.kind}`),G=s("figcaption","cmw-curve-title"),q=h[m.area],Y=h.undefinedBecause?h.undefinedBecause[m.kind]:null;if(G.textContent=`${m.title}${q===null||Y?"":`  ${m.areaName} ${de(q)}`}`,Y){_.append(G,s("p","cmw-curve-undefined",`Undefined: ${Y}.`)),l.append(_);continue}let W=c("svg",{width:f,height:f,viewBox:`0 0 ${f} ${f}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});W.classList.add("cmw-curve-svg"),Object.assign(W.dataset,{kind:m.kind,plotSize:String(f),plotPad:String(C)}),W.append(c("rect",{x:C,y:C,width:f-2*C,height:f-2*C,class:"cmw-curve-frame"}),c("polyline",{points:rr(N,f,C),class:"cmw-curve-line"})),m.kind==="roc"&&W.append(c("line",{x1:C,y1:f-C,x2:f-C,y2:C,class:"cmw-curve-chance"}));let V=c("text",{x:f/2,y:f-4,class:"cmw-curve-axis","text-anchor":"middle"});V.textContent=m.x;let P=c("text",{x:9,y:f/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${f/2})`});P.textContent=m.y,W.append(V,P,...y(f,C));let j=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),z=c("text",{x:C,y:C-8,class:"cmw-curve-readout"}),b=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),k=c("title");k.textContent="Drag along the curve to move the threshold",b.append(k),W.append(...j,z,b),_.append(G,W),l.append(_),x[m.kind]={plot:W,marker:b,guides:j,readout:z,curve:N,spec:m},A(W,N)}u.replaceChildren();for(let m of h.targets){let N=t.button("cmw-curve-target",`threshold for ${m.name}`);N.dataset.threshold=String(m.threshold),U(N,"click",()=>g(m.threshold),o.signal),u.append(N)}}function y(h,f){let C=h-2*f,m=[];for(let N of Qs){let _=f+N*C,G=f+(1-N)*C,q=String(N);m.push(c("line",{x1:_,y1:h-f,x2:_,y2:h-f+4,class:"cmw-curve-tickmark"})),m.push(c("line",{x1:f-4,y1:G,x2:f,y2:G,class:"cmw-curve-tickmark"}));let Y=c("text",{x:_,y:h-f+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});Y.textContent=q;let W=c("text",{x:f-6,y:G,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});W.textContent=q,m.push(Y,W)}return m}function A(h,f){let C=!1,m=_=>{let G=co(h.getBoundingClientRect(),sn),q=(_.clientX-G.x0)/G.inner,Y=1-(_.clientY-G.y0)/G.inner;return f.t[nr(f,q,Y)]};U(h,"pointerdown",_=>{if(C=!0,h.setPointerCapture&&_.pointerId!==void 0)try{h.setPointerCapture(_.pointerId)}catch{}M(m(_))},o.signal),U(h,"pointermove",_=>{C&&M(m(_))},o.signal),U(h,"pointerup",_=>{C&&(C=!1,M.cancel(),g(m(_)))},o.signal),U(h,"pointercancel",()=>{C=!1,M.cancel()},o.signal)}function E(){let h=e.get("binary");if(a.hidden=!h,!h)return;let f=e.get("curves");if(!f){(!d||p!==null)&&(d=!0,p=null,l.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}p!==f&&(F(f),p=f);let{size:C,pad:m}=sn,N=C-2*m;for(let{marker:_,guides:G,readout:q,spec:Y,plot:W}of Object.values(x)){let[V,P]=Y.at(h),j=Number.isFinite(V)&&Number.isFinite(P);for(let I of[_,...G])I.setAttribute("visibility",j?"visible":"hidden");if(q.textContent=j?`${Y.x} ${de(V)}, ${Y.y} ${de(P)}`:"",!j)continue;let z=(m+V*N).toFixed(1),b=(m+(1-P)*N).toFixed(1);_.setAttribute("cx",z),_.setAttribute("cy",b);let[k,O]=G;Object.entries({x1:z,y1:b,x2:z,y2:C-m}).forEach(([I,B])=>k.setAttribute(I,B)),Object.entries({x1:z,y1:b,x2:m,y2:b}).forEach(([I,B])=>O.setAttribute(I,B)),W.dataset.markerX=String(V),W.dataset.markerY=String(P)}}return H(e,["binary","curves"],E,o.signal),E(),{el:a,update:E,destroy:()=>{o.abort(),a.remove()}}}var ti=60,an=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ni(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function uo({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,x=Ke({dom:t,cls:"cmw-label-threshold",write:N=>{let _=u();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite(N))return;let G=_.thresholds.slice();G[d]=N,e.set("thresholds",G)},throttleMs:ti,clock:r,signal:o.signal,onInput:N=>{let _=u();l.textContent=N.toFixed(Ce(_?_.step:.01))}}),g=x.el,M=s("label","cmw-field");M.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),y=s("div","cmw-label-listing"),A=s("table","cmw-label-tables");i.append(a,M,F,y,A);let E="label",h=!1;function f(){let N=u(),_=!!(N&&N.kind==="multilabel");if(i.hidden=!_,!_)return;let G=e.get("labels"),q=e.get("metrics").perClass,Y=e.get("countDigits");d=Math.min(d,G.length-1),(c.options.length!==G.length||[...c.options].some((V,P)=>V.textContent!==G[P]))&&c.replaceChildren(...G.map((V,P)=>t.option(String(P),V))),c.value=String(d);let W=Array.isArray(N.thresholds);M.hidden=!W,g.disabled=!!N.fixed,W&&!x.dragging()&&(x.range(N.lo,N.hi,N.step),g.value=String(N.thresholds[d]),l.textContent=Number(N.thresholds[d]).toFixed(Ce(N.step))),C(N,G,Y),m(N,G,q,Y)}function C(N,_,G){let q=N.tables[d]||[0,0,0,0],Y=s("table","cmw-readout-table");Y.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let V=Y.createTBody();[["truly absent",0],["truly present",2]].forEach(([j,z])=>{let b=V.insertRow();b.append(s("th",null,j));for(let k of[z,z+1]){let[O,I]=an[k],B=s("td"),$=t.button("cmw-label-cell",`${I} ${ue(q[k],G)}`);$.dataset.cell=O,$.disabled=!!N.fixed,U($,"click",()=>e.send({type:"label_cell",label:d,cell:O}),o.signal),B.append($),b.append(B)}}),F.replaceChildren(s("div","cmw-label-focus-title",_[d]??""),Y);let P=N.focus;if(P&&P.label===d){let j=an.find(([b])=>b===P.cell)?.[1]??P.cell,z=P.indices.length<P.total?`first ${P.indices.length} of ${P.total}`:`${P.total}`;y.replaceChildren(s("div","cmw-label-listing-title",`${j} of ${_[d]}: ${z} samples`),s("div","cmw-indices",P.indices.join(", ")))}else y.replaceChildren()}function m(N,_,G,q){let Y=s("tr"),W=(z,b)=>{let k=E===z,O=t.button(`cmw-sort${k?" cmw-sorted":""}`,k?`${b} ${h?"▼":"▲"}`:b);O.dataset.sort=z,U(O,"click",()=>{h=k?!h:z!=="label",E=z,f(),A.querySelector(`[data-sort="${z}"]`).focus()},o.signal);let I=s("th");return I.setAttribute("aria-sort",k?h?"descending":"ascending":"none"),I.append(O),I};Y.append(W("label","label"),...an.map(([,z])=>s("th",null,z)),W("f1","F1"),W("support","support"));let V=s("thead");V.append(Y);let P=s("tbody"),j=G.length===_.length?G:_.map(()=>({f1:NaN,support:NaN}));for(let z of ni(j,E,h)){let b=s("tr",z===d?"cmw-focused":null);b.dataset.label=String(z);let k=t.button("cmw-label-name",_[z]);U(k,"click",()=>{d=z,f()},o.signal);let O=s("th");O.append(k),b.append(O,...(N.tables[z]||[]).map(I=>s("td",null,ue(I,q))),s("td",null,de(j[z].f1)),s("td",null,ue(j[z].support,q))),P.append(b)}A.replaceChildren(V,P)}return U(c,"change",()=>{d=Number(c.value)||0,f()},o.signal),H(e,["scores","labels","metrics","countDigits"],f,o.signal),f(),{el:i,update:f,destroy:()=>{o.abort(),i.remove()}}}function mo(e){let t=[lo(e),ao(e),uo(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var po=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),ri=e=>`${(Number(e)*100).toFixed(0)}%`;function fo(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${po(n.mean)} · median ${po(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${ri(r[2])}`).join(" · ")}function ho(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let c of n){let a=r("tr");a.append(r("th",null,String(c.column)),r("td",null,fo(c,"cell")),r("td",null,fo(c,"rest"))),o.append(a)}return o}function wo({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let x=o("p","cmw-sentence");for(let A of p.sentence){let E=String(A&&A.text!=null?A.text:"");x.append(A&&A.em?o("em",null,E):t.doc.createTextNode(E))}let g=o("div","cmw-selection-head");if(g.append(x,c()),i.append(g),!p.available){let A=e.get("table"),E=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:A?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${A.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",E));return}let M=Pn(p);if(M.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(M));let F=Array.isArray(p.previews)?p.previews:[];F.length&&i.append(u(F));let y=ho(t,p);y&&i.append(y)}function l(p){let x=o("div","cmw-pager");if(p.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(p.prevOffset),x.append(g)}if(x.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(p.nextOffset),x.append(g)}return x}function u(p){let x=o("div","cmw-previews");for(let g of p)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let M=o("figure","cmw-preview-img"),F=o("img");F.src=g.src,F.alt=`sample ${g.index}`,M.append(F,o("figcaption",null,`#${g.index}`)),x.append(M)}else if(g.kind==="text"){let M=o("div","cmw-preview-text");M.append(o("span","cmw-idx",`#${g.index}`),o("span","cmw-snippet",String(g.text??""))),x.append(M)}}return x}let d=null;return U(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let x=p.target.closest("button[data-offset]");if(!x)return;let g=e.get("selection");d=g&&{cls:x.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(x.dataset.offset)})},r.signal),H(e,["selection","table","hasSelection"],()=>{let p=d;d=null;let x=t.doc.activeElement,g=x&&(i.contains(x)||x===t.doc.body);a();let M=e.get("selection");if(!p||!M||M.i!==p.i||M.j!==p.j||!g)return;let F=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function go({state:e,dom:t,signal:n,extra:r=[]}){let o=J(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(a,l,...r);function u(){let d=e.get("selectionSpec"),p=!!(d&&d.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),c.hidden=!(e.get("k")>0)}return U(a,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),H(e,["selectionSpec","k"],u,o.signal),u(),{el:c,update:u,destroy:()=>{o.abort(),c.remove()}}}function bo(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function xo({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=o("details","cmw-download"),c=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let l=s("cmw-download-cells","Matrix (CSV)");l.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",a.append(l,u,d),i.append(c,a);function p(){u.disabled=!e.get("hasSelection")}let x=e.receive(g=>{if(!g||g.type!=="download"||typeof g.text!="string")return;let M=typeof g.name=="string"&&/^[\w.-]+$/.test(g.name)?g.name:"cm_widget.csv";bo(t.doc,new t.doc.defaultView.Blob([g.text],{type:"text/csv"}),M)});return r.signal.addEventListener("abort",x,{once:!0}),U(a,"click",g=>{let M=g.target.closest("button");if(M){if(M===l)e.send({type:"download",what:"cells"});else if(M===u)e.send({type:"download",what:"selection"});else if(M===d){let F=i.closest(".cmw"),y=F&&F.querySelector("canvas.cmw-canvas");y&&y.toBlob(A=>{A&&bo(t.doc,A,"confusion_matrix.png")},"image/png")}}},r.signal),H(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var yo=e=>Math.round(e).toLocaleString("en-US");function oi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${yo(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${yo(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function si(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function vo({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=oi(l);let u=si(e);c.hidden=!u,c.textContent=u||""}return H(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function ii(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var ai=60;function Ao({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let u=s("div","cmw-readout");i.append(c,u),i.hidden=!0;let d=!1,p=null,x=f=>f.step>0?f.step:(f.hi-f.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,M=(f,C)=>g()?String(Number(f.toPrecision(6))):f.toFixed(Ce(x(C)));function F(){let f=e.get("binary");if(i.hidden=!f,!f)return;let C=g();a.min=C?"0":String(f.lo),a.max=String(C?C.length-1:f.hi),a.step=C?"1":String(x(f));let m=e.get("threshold")??Number(f.threshold);!d&&Number.isFinite(m)&&(a.value=String(C?ii(C,m):m),l.textContent=M(m,f)),y(f)}function y(f){let C=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${f.negName}`),s("th",null,`predicted ${f.posName}`));let _=m.createTBody(),G=[[`true ${f.negName}`,["TN",f.tn],["FP",f.fp]],[`true ${f.posName}`,["FN",f.fn],["TP",f.tp]]];for(let[Y,...W]of G){let V=_.insertRow();V.append(s("th",null,Y));for(let[P,j]of W){let z=s("td");z.append(s("span","cmw-tag",P),t.doc.createTextNode(` ${ue(j,C)}`)),V.append(z)}}let q=s("div","cmw-readout-stats");for(let[Y,W]of[["TPR",f.tpr],["FPR",f.fpr],["precision",f.precision],["F1",f.f1]])q.append(s("span","cmw-stat",`${Y} ${de(W)}`));u.replaceChildren(m,q)}let A=f=>{Number.isFinite(f)&&(p=f,e.set("threshold",f))},E=Ue(A,ai,r),h=()=>{let f=g();return f?f[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return U(a,"input",()=>{d=!0;let f=h(),C=e.get("binary");Number.isFinite(f)&&(l.textContent=C?M(f,C):f.toFixed(2)),E(f)},o.signal),U(a,"change",()=>{d=!1,E.cancel();let f=h();(f!==p||e.get("threshold")!==f)&&A(f)},o.signal),o.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table"],F,o.signal),F(),{el:i,update:F,destroy:()=>{o.abort(),i.remove()}}}var ci=300,li=200,ui=16;function di(e,t,n){let r=e-t-ui,o=Math.min(Zt,Math.max(n,1)*vt)+li;return t>0&&r>=Math.max(ci,Math.min(o,.6*e))?r:e}function mi(e,t){let n=e.dom.h("div","cmw-main"),r=mo(e);r.el.classList.add("cmw-side");let s=eo({...t,room:()=>di(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function pi(e){let t=_r(e),n=Pr(e);return[pr({...e,extra:[t.button]}),t,Ao(e),vo(e),no(e),n.panel,mi(e,n.matrixCtx),n.table,so(e),mr(e),wo(e),go({...e,extra:[xo(e).el]}),to(e)]}function ko(e,t,n=performance.now()){let r=Ln(t.ownerDocument||document),o=new AbortController,s=dr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",U(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:u,lastMs:d,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=pi({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Et="cm-widget",fi="application/vnd.cm-widget.view+json",cn="application/vnd.jupyter.widget-view+json",So=1e4,hi="Saved view, no kernel behind it: run the cell to make it live.",ln=null;async function wi(e){let t=ln&&ln[e];if(!t)throw new Error(`${Et}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function gi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=wn,e.head.appendChild(t)}async function bi(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Qn(n):null}function _o(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function xi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=bi(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),So))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=_o(this,"rendermime"),o=r&&r.rendermime,s=_o(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&cn in n.data&&o&&o.mimeTypes.includes(cn))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(cn);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:So),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){gi(r),s.textContent=hi;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:ko(Zn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function yi(){let{Panel:e}=await wi("@lumino/widgets"),t=xi(e);return{id:`${Et}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[fi],defaultRank:-20,createRenderer:n=>new t(n)}}}function vi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Et]={init:e=>{ln=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Et} has no module ${e}`);let t=vi()?[await yi()]:[];return()=>({__esModule:!0,default:t})}});})();
