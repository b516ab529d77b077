(()=>{var un=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

/* Slices: the picker, and one small matrix per slice on one colour scale */
.cmw-slices {
  margin: 6px 0;
}

.cmw-slices-top {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 20px;
}

.cmw-slice-grid {
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  margin-top: 6px;
}

.cmw-slice {
  margin: 0;
  padding: 3px;
  border: 2px solid transparent;
  border-radius: 3px;
}

.cmw-slice-shown {
  border-color: var(--jp-brand-color1, #1976d2);
}

.cmw-slice-odd .cmw-slice-name {
  font-weight: bold;
}

.cmw-slice-canvas {
  display: block;
  cursor: pointer;
}

.cmw-slice-caption {
  display: flex;
  flex-direction: column;
  font-size: 0.85em;
  color: var(--jp-ui-font-color1, #333);
}

.cmw-slice-stats,
.cmw-slice-fixed-note {
  color: var(--jp-ui-font-color2, #666);
}
`;function st(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function it(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Ct(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function dn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":Ct(t[o],t[o+1],t[o+2])}function mn(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function yo(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function Ao([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function pn(e,t){let n=yo(t);if(!n||Ao(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function ee(e,t,n){return e<t?t:e>n?n:e}var So=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function xe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function fn(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=xe(e),n=Math.floor(t.byteLength/8);if(So)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Pe(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var ko={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},_o=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Me(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=ko[e&&e.dtype]||Float64Array,r=xe(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),c=Mo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:c};if(_o||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:c};let a=new DataView(r.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new o(i);for(let m=0;m<i;m++)d[m]=a[l](s*m,!0);return{k:t,cols:n,counts:d,totals:c}}function Mo(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Ge(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function fe(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,fe(e,t,r,o)+fe(e,t+r*o,n-r,o)}function Re(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return To(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=fe(e,c*o,o);for(let l=0;l<o;l++)i[c*o+l]=a===0?0:e[c*o+l]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let l=0;l<o;l++)c[l]+=e[a*o+l];for(let a=0;a<t;a++)for(let l=0;l<o;l++)i[a*o+l]=c[l]===0?0:e[a*o+l]/c[l]}else if(n==="all"){let c=fe(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function To(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function De(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Co(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function he(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=Co(a)}return r}function Et(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Eo=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function hn(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?Eo.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ze(e){let t=xe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function ct(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Ct(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var at=e=>Number(e.toPrecision(12));function lt(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>at(l*i)).find(l=>l>=s&&(!r||l<1||Number.isInteger(l)));c===void 0&&(c=at(10*i)),r&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=o*(1+1e-12);l++){let d=at(l*c);a.push([d/o,r?String(d):`${at(d*100)}%`])}return a}function wn(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=xe(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,l)=>{let d=m=>i.getFloat64(8*(4*l+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var Nt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},dt=e=>Array.isArray(e)?e:[],Ke=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ut=e=>dt(e).map(Number).filter(Number.isInteger);function No(e){let t=Nt(e),n=dt(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(dt(r)[i])?Number(dt(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function $o(e,t){let n=Nt(e);if(typeof n.name!="string")return null;let o=Me(n.matrix),r=ze(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ke(n.fixed),broken:Ke(n.broken),changed:Ke(n.changed)}}function gn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function bn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Fo(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var xn=(e,t)=>{let n=bn(e);return he(Fo(e,t),-n,n)};function vn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function yn(e,t=0){let n=Math.abs(bn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Oo(e){let t=Nt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ut(t.entered),cameFrom:ut(t.came_from),left:ut(t.left),wentTo:ut(t.went_to),nEntered:Ke(t.n_entered),nLeft:Ke(t.n_left)}}var An={runs:{raw:["_runs"],make:(e,t)=>No(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>$o(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Oo(t("_moves"))}},Sn=["run","compare"];var kn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],_n=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Fe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=ee(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?vn(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function $t(e,t,n,o=0){let r=Fe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ce(t,o)})`}:{main:r,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Te(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return ee(o-(n?Number(n):0),0,6)}function Mn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function Tn(e,t){return t?`${e}_r`:e}function Ft(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function Cn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var En=[[`
`,"⏎"],["\r","␍"]];function Xe(e){let t=String(e);for(let[n,o]of En)t=t.split(n).join(o);return t}function Ot(e,t){if(t!=null&&e===Xe(t))return String(t);let n=String(e);for(let[o,r]of En)n=n.split(r).join(o);return n}function Nn(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var Io=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ce(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Be(e,t){let n=Ce(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(Io)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var Po={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Ro(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Po[e.dtype];return t?Be(t,e.data):null}function Do(e){let t=Ce(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function Fn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Be(Float64Array,t.weights):null,sampleIndex:t.sample_index?Be(Uint32Array,t.sample_index):null,ids:Ro(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Be(Float32Array,t.outside.scores),weights:t.outside.weights?Be(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Ce(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Be(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Do(t.cells);return n}var Oe=new Float32Array(1),$n=new Int32Array(Oe.buffer);function zo(e,t){return Oe[0]=e,Oe[0]===0?($n[0]=1,t?Oe[0]:-Oe[0]):($n[0]+=Oe[0]>0===t?1:-1,Oe[0])}function It(e){let t=Math.fround(e);return t>e?zo(t,!1):t}function je(e,t=-1/0,n=1/0){let o=It(Number(e));return Math.min(Math.max(o,It(t)),It(n))}function mt(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=je(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[l*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function On(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=je(o);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&r.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function Pt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function In(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Pt(e,o))}function Bo(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=je(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?fe(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var we=(e,t)=>t!==0?e/t:0;function jo(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let A=0;A<t;A++){let F=e[g*t+A];r[g]+=F,s[A]+=F,c+=F}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let l=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},h=0,v=0;for(let g=0;g<t;g++){let A={precision:we(o[g],s[g]),recall:we(o[g],r[g]),f1:we(2*o[g],r[g]+s[g]),support:r[g]};l.push(A);let F=we(r[g],a);for(let b of["precision","recall","f1"])d[b]+=A[b]/t,m[b]+=A[b]*F;r[g]>0&&(h+=1,v+=A.recall)}return{rows:l,accuracy:we(i,c),balancedAccuracy:h?v/h:0,macro:d,weighted:m}}function Rt(e,t,n=null,o=null){let r=jo(e,t,Bo(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function Uo(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:we(e,e+n),fpr:we(t,t+o),precision:we(e,e+t),f1:we(2*e,2*e+t+n),mcc:we(e*o-t*n,r)}}function Dt(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Uo(s(o,o),s(r,o),s(o,r),s(r,r))}}function Pn(e){return e??"true"}function Rn(e,t,n,o,r,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Vo(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=c?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${Nn(o*100,1)}% of `,v;return i==="all"?v=[{text:`${h}all samples).`}]:i==="pred"&&c?v=[{text:`${h}the abstained samples).`}]:i==="pred"?v=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:v=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:m},{text:n,em:!0},...v]}function Vo(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Go=40,Ko="abstained";function Xo(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Yo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var Ho=e=>e.every(t=>Number.isInteger(t));function Dn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let y of e.state.buffers)Xo(t,y.path,Ce(y.data));let n=e.k,o=Fn(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=y=>{for(let S of r.get(y)||[])S()},d=(y,S)=>{t[y]=S,l(y)},m=Me(t._matrix),h=o?mt(o,t.threshold):Float64Array.from(Ge(m.counts,n,m.cols).square),v=m.cols===n+1?Array.from({length:n},(y,S)=>m.counts[S*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function A(y,S){let T=`${y},${S},${t.threshold}`;return s.key!==T&&(s.key=T,s.members=On(o,y,S,t.threshold)),s.members}function F(y,S,T,I){let O=0;if(I==="true")for(let R of S){for(let V=0;V<n;V++)O+=h[R*n+V];v&&(O+=v[R])}else for(let R=0;R<n;R++)if(I==="all"){for(let V=0;V<n;V++)O+=h[R*n+V];v&&(O+=v[R])}else for(let V of T)O+=V===n?v?v[R]:0:h[R*n+V];return O?y/O:0}function b(y,S,T,I,O,R,V,X={},Y={}){let J=0;for(let le of T)for(let ae of I)J+=ae===n?v?v[le]:0:h[le*n+ae];let z=!!(o&&o.weights||!Ho(h)),B=Pn(t.normalize),Z;if(Y.multilabel){let le=m.totals,ae=le?B==="true"?le.rows[y]:B==="pred"?le.cols[S]:le.all:0;Z=ae?J/ae:0}else Z=F(J,T,I,B);let re=o?R():[],q=re.length,ie=Math.max(0,Math.min(Math.trunc(V)||0,Math.max(q-1,0)));ie-=ie%i;let be=re.slice(ie,ie+i),pe=[];for(let le of be.slice(0,Go)){let ae=e.previews&&e.previews[String(Pt(o,le))];ae&&pe.push(ae)}return{i:y,j:S,...X,sentence:Rn(J,O[0],O[1],Z,y===S,z,{basis:B,...Y}),count:J,total:q,offset:ie,indices:o?In(o,be):[],page_size:i,previews:pe,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function k(y,S,T){let I=t.display_labels||[];return v&&S===n?b(y,S,[y],[S],[String(I[y]??y),Ko],()=>[],T,{},{abstained:!0}):b(y,S,[y],[S],[String(I[y]??y),String(I[S]??S)],()=>A(y,S),T,{},{multilabel:c})}let C=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(C.length?n:0).fill(0);if(C.length){let y=t._groups.codes,S=new DataView(y.buffer,y.byteOffset,y.byteLength);for(let T=0;T<n;T++)f[T]=n<=65536?S.getUint16(2*T,!0):S.getUint32(4*T,!0)}let p=y=>f.flatMap((S,T)=>S===y?[T]:[]);function $(y,S){if(o.kind==="binary"){let I=[];for(let O of p(y))for(let R of p(S))I.push(...A(O,R));return I.sort((O,R)=>O-R)}let T=[];for(let I=0;I<o.n;I++){let O=o.cells[I],R=Math.floor(O/n);f[R]===y&&f[O-R*n]===S&&T.push(I)}return T}function u(y,S,T){return b(y,S,p(y),p(S),[C[y],C[S]],()=>$(y,S),T,{group:!0})}function E(y=0){let S=t.selected,T=t.selected_group;Array.isArray(S)&&S.length===2?d("_selection",k(S[0],S[1],y)):Array.isArray(T)&&T.length===2?d("_selection",u(T[0],T[1],y)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function M(y){let S=e.orders&&e.orders[y];S&&(d("_order",{dtype:S.dtype,classes:Ce(S.classes),groups:S.groups?Ce(S.groups):null}),d("order",y))}function D(y,S,T,I=T){if(!(S===null||Array.isArray(S)&&S.length===2&&S.every((V,X)=>Number.isInteger(V)&&V>=0&&V<(X===0?T:I))))return;let R=y==="selected"?"selected_group":"selected";S!==null&&t[R]!=null&&(t[R]=null,l(R)),t[y]=S,l(y),E(0)}function G(y){if(!o||o.kind!=="binary"||!a)return;let S=Number(y);if(!Number.isFinite(S))return;let T=je(Math.min(Math.max(S,a.lo),a.hi),a.lo,a.hi);t.threshold=T,h=mt(o,T),d("_matrix",g()),d("_binary",Dt(a,h,T)),d("_metrics",Rt(h,n,o,T)),l("threshold"),t.selected!=null&&E(0)}function U(y){let S=String(y),T=S.endsWith("_r")?S.slice(0,-2):S,I=e.luts[S]||e.luts[T];if(!I)return;let O=Ce(I);d("_lut",e.luts[S]?O:Yo(O)),d("cmap",S)}return o&&o.kind==="binary"&&a&&(t.threshold=je(t.threshold,a.lo,a.hi),h=mt(o,t.threshold),t._matrix=g(),t._binary=Dt(a,h,t.threshold),t._metrics=Rt(h,n,o,t.threshold)),{get:y=>t[y],on(y,S){return r.has(y)||r.set(y,new Set),r.get(y).add(S),()=>r.get(y).delete(S)},set(y,S){if(y==="threshold")return G(S);if(y==="cmap")return U(S);if(y==="normalize"){d(y,S??null),(t.selected!=null||t.selected_group!=null)&&E(t._selection?.offset||0);return}if(y==="display_labels"){if(!Array.isArray(S)||S.length!==n)return;d(y,S.map(String)),t.selected!=null&&E(t._selection?.offset||0);return}if(y==="selected")return D(y,S,n,v?n+1:n);if(y==="selected_group")return D(y,S,C.length);if(y==="order")return M(S);if(y==="errors_only")return d(y,S===!0);if(y==="cmap_scale")return S==="log"||S==="linear"?d(y,S):void 0;if(y==="level"){(S==="classes"||S==="groups"&&C.length)&&d(y,S);return}},send(y){y&&y.type==="page"&&(t.selected!=null||t.selected_group!=null)&&E(Number(y.offset)||0)}}}var Lo="CMW1";async function zn(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function qo(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Zo(e){return new TextDecoder().decode(await zn(e))}async function Jo(e){let t=await zn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Lo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return qo(o.subarray(c,c+a))}}return s})}async function Bn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Jo(t):JSON.parse(n==="gzip"?await Zo(t):t)}var Qo=new Set(["button","input","select","textarea","summary","canvas"]);function jn(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),Qo.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function j(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function H(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var es=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function zt(e,t){let n=xe(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(es)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function Un(e){if(!e||typeof e!="object")return null;let t=zt(e.x,Float32Array),n=zt(e.y,Float32Array),o=zt(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Bt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Vn(e){if(!e||typeof e!="object")return null;let t=Un(e.roc),n=Un(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Bt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Bt(e.auc),ap:Bt(e.ap),targets:o,undefinedBecause:s}}function Wn(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function Gn(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var ts={uint16:2,uint32:4};function jt(e,t){let n=ts[t];if(!n)return null;let o=xe(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Kn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Xn=e=>Array.from({length:e},(t,n)=>n);function Yn(e,t,n){let o=e&&e.dtype,r=e?jt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?jt(e.groups,o):null;return{classes:Kn(r,t)?r:Xn(t),groups:n?Kn(i,s)?i:Xn(s):null}}function Hn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=jt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function Ln(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:fe(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var Ut=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},qn=e=>Array.isArray(e)?e:[],pt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ns(e,t){let n=Ut(e),o=qn(n.names).map(String),r=o.length;if(!r||!(t>0))return null;let s=Ut(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==r*t||i!==t&&i!==t+1)return null;let c=Me({...s,k:1,cols:r*t*i}),a=o.map((h,v)=>c.counts.subarray(v*t*i,(v+1)*t*i)),l=h=>o.map((v,g)=>pt(qn(n[h])[g])),d=Ut(n.most_different),m=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<r?{slice:d.slice,value:pt(d.value),rest:pt(d.rest),difference:pt(d.difference)}:null;return{names:o,k:t,cols:i,counts:a,samples:l("samples"),accuracy:l("accuracy"),balancedAccuracy:l("balanced_accuracy"),macroF1:l("macro_f1"),mostDifferent:m,fixed:n.fixed===!0}}function rs(e,t){if(!e)return null;let{k:n,cols:o}=e,r=e.counts.map(i=>Re(i,n,t,o)),s=r.reduce((i,c)=>Math.max(i,De(c)),0);return{values:r,vmax:s,colors:r.map(i=>he(i,0,s))}}function os(e){return typeof e=="string"?e:null}var Zn={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>ns(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>os(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>rs(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>ze(t("_lut"))||it()}};var Jn=256;function Ye(...e){let t=1/0;for(let n of e)if(n)for(let o=0;o<n.length;o++)n[o]>0&&n[o]<t&&(t=n[o]);return Number.isFinite(t)?t:0}function Qn(e,t,n){let o=new Float64Array(e.length),r=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(o[s]=r>0?(1+(Jn-2)*(Math.log(i/t)/r))/(Jn-1):1)}return o}function He(e,t,n,o){return n==="log"?he(Qn(e,o,t),0,1):he(e,0,t)}function ft(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let o=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,r=i=>Qn([i],e,t)[0],s=[[r(e),o(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let c=10**i;c>e*(1+1e-9)&&s.push([r(c),o(c)])}return t>e&&s.push([1,o(t)]),s}var ss=new Set(["normalize","cmap","threshold","display_labels","selected",...Sn,"order","level","errors_only","selected_group","abstain","top_k","thresholds","slice","cmap_scale"]),is=10,ht=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},er=e=>Array.isArray(e)?e:[],wt={matrix:{raw:["_matrix"],make:(e,t)=>Me(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ge(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ft(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Re(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ge(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?gn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>De(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:He(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?xn(e("values"),e("k")):He(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>Ye(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ze(t("_lut"))||it()},lutText:{uses:["lut"],make:e=>ct(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:hn(t("values_format"),e("normalize"),Et(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Et(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?yn(e("values"),e("countDigits")):e("cmapScale")==="log"?ft(e("logLo"),e("vmax"),e("normalize")):lt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>wn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=ht(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=ht(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:er(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>er(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Vn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=ht(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=ht(t("_table"));if(!n.engine)return null;let o=fn(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...An,...Zn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Yn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Hn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Ft(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Ln(e("counts"),e("k"),is,as(e))},focus:{make:()=>null}},Le={},tr=e=>{if(!Le[e]){let t=wt[e];Le[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(tr)])]}return Le[e]};for(let e of Object.keys(wt))tr(e);function as(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>fe(o,i*n,n)+r[i])}function nr(e){let t=new Map,n=c=>{if(!wt[c])throw new Error(`unknown state key ${c}`);return wt[c]},o=c=>{let a=n(c),l=Le[c].map(h=>e.get(h)),d=t.get(c);if(d&&d.raws.every((h,v)=>h===l[v]))return d.value;let m=a.make(o,h=>e.get(h));return t.set(c,{raws:l,value:m}),m};return{get:o,on:(c,a)=>{n(c);let l=Le[c].map(d=>e.on(d,a));return()=>l.forEach(d=>d())},set:(c,a)=>{if(!ss.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function K(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var cs=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ls(e,t){return`From ${e.name} to ${t}: ${cs(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function us(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function rr({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,m,h,v,g){let A=r("div",a);if(A.append(r("div","cmw-moves-title",`${l} (${d})`)),!m.length)return A.append(r("span","cmw-hint","none")),A;let F=r("div","cmw-moves-list");return m.forEach((b,k)=>{let C=r("span","cmw-move"),f=h[k];C.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[f]??String(f)),t.doc.createTextNode(` in ${v}`)),F.append(C)}),A.append(F),d>m.length&&A.append(r("span","cmw-hint",`showing the first ${m.length} of ${d}`)),A}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=r("p","cmw-compare-summary",ls(a,l));d.title=us(a,l),s.append(d);let m=e.get("moves");if(!m){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),v=r("p","cmw-moves-head");v.append(t.doc.createTextNode("Cell true "),r("em",null,h[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),r("em",null,h[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(v,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,h),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,l,h))}return K(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function or({state:e,dom:t,signal:n,extra:o=[]}){let r=H(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=_n.map(b=>{let k=i("cmw-seg-btn");return k.setAttribute("aria-label",b.label),k.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),k.dataset.value=b.value===null?"":b.value,a.append(k),k}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let b of kn)m.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),m);let h=t.option("cmw:compare"),v=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",v.append(g,s("span",null,"reverse")),c.append(a,d,v,...o);function A(){let b=e.get("normalize");for(let p of l){let $=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",$),p.setAttribute("aria-pressed",String($))}let k=e.get("compareState");if(m.disabled=!!k,g.disabled=!!k,k){h.textContent=`${k.cmap} (better / worse)`,h.parentNode||m.append(h),m.value=h.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${k.name}; the colormap returns when compare mode ends.`;return}h.remove(),m.removeAttribute("title");let{base:C,reversed:f}=Mn(e.get("cmap"));[...m.options].some(p=>p.value===C)||m.append(t.option(C)),m.value=C,g.checked=f}let F=()=>e.set("cmap",Tn(m.value,g.checked));return j(a,"click",b=>{let k=b.target.closest(".cmw-seg-btn");k&&e.set("normalize",k.dataset.value||null)},r.signal),j(m,"change",F,r.signal),j(g,"change",F,r.signal),K(e,["normalize","cmap","compareState"],A,r.signal),A(),{el:c,update:A,destroy:()=>{r.abort(),c.remove()}}}var gt=64,Wt=800,sr=120,bt=6,ds=6,Ze=2,ms=14,Gt=140,Q=8,ve=20,Kt=15,ge=6,Xt=16,Ie=14,qe=6,Vt=8,Yt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Je(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||gt,c=n.maxGrid||Wt,a=Q+ve+o+ge,l=Q,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(sr,t-a-s-Q-d*qe)),h=n.view||Ee(e),v=e>0?h.v:0,g=v>0?Math.min(i,m/(v+d)):0;d&&g<Vt&&(g=Math.min(i,(m-Vt)/v)),g>=bt&&(g=Math.floor(g));let A=g*v,F=a+A+qe,b=d?Math.max(g,Vt):0,k=d?F+b:a+A;return{k:e,v,r0:h.r0,c0:h.c0,room:m,cell:g,x0:a,y0:l,grid:A,extra:d,xExtra:F,xw:b,right:k,width:Math.ceil(k+s+Q),height:Math.ceil(l+A+ge+r+ve+Q+(Math.max(1,n.xTitleLines||1)-1)*Kt)}}function ir(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=bt&&(o=Math.floor(o)),Math.max(sr,o*(n+e.extra))}function xt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function Ee(e){return{r0:0,c0:0,v:Math.max(0,e)}}function ar(e,t){return e*ds>t}function cr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/gt)))}function me(e,t,n=1){if(!(t>0))return Ee(0);let o=e||Ee(t),r=ee(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=ee(Math.round(Number(o.r0)||0),0,t-r),i=ee(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function lr(e,t,n,o,r=1){let s=me(e,o,r);if(!(t>0)||!(o>0))return s;let i=ee(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,m)=>m-(m-d)*i/s.v;return me({r0:l(s.r0,c),c0:l(s.c0,a),v:i},o,r)}function ur(e,t,n,o,r=1){let s=me(e,o,r);return me({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function vt(e,t,n,o=1){let r=me(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return me({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function dr(e,t,n,o,r=1){let s=me(e,n,r),i=Math.min(s.v,Math.max(o,r));return me({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function mr(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+ee((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function pr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ee(-n/200,-1,1)}function Ht(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function fr(e,t,n=ms){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Qe(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Lt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=ee(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,r)?l:-1}function et(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function hr(e,t,n,o=1,r=n){if(n<=0||!Yt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ee(s,0,n-1),ee(i,0,r-1)]}var Ne=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ye=(e,t)=>e.y0+(t-e.r0)*e.cell,qt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,wr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function gr({state:e,dom:t,signal:n}){let o=H(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let g=e.get("labels");l=g;let A=r("div","cmw-labels-list");a=g.map((b,k)=>{let C=r("label","cmw-label-row"),f=r("input","cmw-label-input");return f.type="text",f.value=Xe(b),f.dataset.index=String(k),C.append(r("span","cmw-label-idx",String(k)),f),A.append(C),f});let F=r("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(A,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,A=e.get("labels"),F=a.map((b,k)=>b.value!==Xe(g[k])?Ot(b.value,g[k]):A[k]);m(!0),F.length===A.length&&F.some((b,k)=>b!==A[k])&&e.set("display_labels",F)}function v(){a&&a.length!==e.get("k")&&m()}return j(i,"click",()=>a?m():d(),o.signal),j(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),m(!0))},o.signal),j(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&m(!0)},o.signal),K(e,["labels","k"],v,o.signal),{el:c,button:i,update:v,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function br({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Xe(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,m=!1)=>{if(a)return;a=!0,c.abort();let h=Ot(i.value,o);i.remove(),s(d&&h!==o?h:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ps=12;function fs(e,t,n,o=ps){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function xr({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ce(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${Fe(l.values[a],d)})`:m}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),h=fs(s,a,d&&d[1]<a?d:d&&[d[0],null]),v=o("table"),g=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),A=o("tr");A.append(o("td"));for(let k=h.cols;k<h.cols+h.side;k++){let C=o("th",null,`Predicted ${l[k]}`);C.scope="col",A.append(C)}if(m){let k=o("th",null,"Abstained");k.scope="col",A.append(k)}let F=o("tbody");for(let k=h.rows;k<h.rows+h.side;k++){let C=o("tr"),f=o("th",null,`True ${l[k]}`);f.scope="row",C.append(f);let p=($,u)=>{let E=o("td",null,u);d&&d[0]===k&&d[1]===$&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),C.append(E)};for(let $=h.cols;$<h.cols+h.side;$++)p($,i(k*a+$));m&&p(a,i(k,m)),F.append(C)}let b=o("thead");b.append(A),v.append(g,b,F),r.replaceChildren(v)}return K(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function hs(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:vr(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:vr(i),l=[];for(let d of a)if(r.has(d))for(let m of c[d])l.push({kind:"class",index:m,members:[m]});else l.push({kind:"group",index:d,members:c[d]});return l}function vr(e){return Array.from({length:e},(t,n)=>n)}function ws(e){return e.every(t=>t.kind==="class")}function Zt(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function gs(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let l=r[a];l>=0&&(s[c*o+l]+=e[i*t+a])}}return s}function yr(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function bs(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=he(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var Ar=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),xs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","cmapScale","logLo"];function Sr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,k,C)=>{let f=o.get(b);if(f&&f.deps.length===k.length&&f.deps.every(($,u)=>$===k[u]))return f.value;let p=C();return o.set(b,{deps:k,value:p}),p},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>hs(r("k"),r("order"),r("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>ws(a())?a().map(b=>b.index):null),d=()=>{let b=l();return b!==null&&b.every((k,C)=>k===C)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),k=r("groups");return a().map(C=>C.kind==="class"?b[C.index]:`${k.names[C.index]} (${C.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=l();return b?Zt(r("counts"),r("k"),b):gs(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=l();return b?r("values")===r("counts")?h("counts"):Zt(r("values"),r("k"),b):Re(h("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),k=l();return!b||k===null?null:d()?b:{counts:yr(b.counts,k),values:yr(b.values,k)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===r("abstained")&&m.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:he(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=m.abstainedRows();return bs(h("values"),b,p&&p.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let k=l();if(k)return{colors:Zt(r("colors"),r("k"),k),vmax:r("vmax")};let C=h("values"),f=De(C);return{colors:He(C,f,r("cmapScale"),Ye(C)),vmax:f}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),r("normalize"),r("colorbar"),r("cmapScale")],()=>m.vmax()===r("vmax")?r("colorbar"):r("cmapScale")==="log"&&!r("errorsOnly")?ft(Ye(h("values")),m.vmax(),r("normalize")):lt(m.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),m.abstainedRows()],()=>{let b=a(),k=r("selected"),C=r("selectedGroup"),f=(u,E)=>b.findIndex(M=>M.kind===u&&M.index===E),p=u=>u===r("k")&&m.abstainedRows()?b.length:f("class",u),$=k?[f("class",k[0]),p(k[1])]:C?[f("group",C[0]),f("group",C[1])]:null;return $&&$[0]>=0&&$[1]>=0?$:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let k=p=>a().findIndex($=>$.members.includes(p)),C=k(b.row),f=k(b.col);return C>=0&&f>=0?{r:C,c:f,outline:b.outline}:null})};function h(b){return Ar.has(b)?m[b]():e.get(b)}function v(b,k){if(!Ar.has(b))return e.on(b,k);let C=xs.map(p=>e.on(p,k)),f=()=>k();return n.add(f),()=>{C.forEach(p=>p()),n.delete(f)}}function g(b,k){let C=a();if(b==="selected"){if(k==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let f=C[k[0]],p=C[k[1]];if(f&&f.kind==="class"&&k[1]===C.length&&m.abstainedRows()){e.set("selected",[f.index,r("k")]);return}if(!f||!p)return;f.kind==="class"&&p.kind==="class"?e.set("selected",[f.index,p.index]):f.kind==="group"&&p.kind==="group"&&e.set("selected_group",[f.index,p.index]);return}if(b==="display_labels"){let f=r("labels").slice();k.forEach((p,$)=>{C[$]&&C[$].kind==="class"&&(f[C[$].index]=p)}),e.set("display_labels",f);return}e.set(b,k)}function A(){t.version+=1;for(let b of[...n])b()}return{get:h,on:v,set:g,send:b=>e.send(b),local:{expand(b,k){k?t.expanded.add(b):t.expanded.delete(b),A()},expanded:()=>new Set(t.expanded),focus(b,k,C=!1){t.focus=b==null?null:{row:b,col:k,outline:C},A()}}}}var kr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],vs=8,ys=12,As=20;function Ss(e,t,n=vs){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(o);l===0?r.push(c):l>0&&s.push(c)}),r.concat(s).slice(0,n)}function ks(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function _s(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function _r({state:e,display:t,dom:n,signal:o}){let r=H(o),s=(z,B,Z)=>j(z,B,Z,r.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[z,B]of kr)h.append(a(z,B));let v=a("list","Custom (from Python)");v.disabled=!0,h.append(v),m.append(h);let g=i("label","cmw-errors-only-label"),A=i("input","cmw-errors-only");A.type="checkbox",g.append(A,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),F.append(b),d.append(m,g,F);let k=i("div","cmw-expand");k.setAttribute("role","group"),k.setAttribute("aria-label","Expand groups");let C=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let $=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",$),f.append(p);let u=i("ul","cmw-matches");u.id=$,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,C.append(f,u);let E=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),D=!1;s(M,"click",()=>{D=!0}),M.id=`${$}-top`;let G=i("ol","cmw-top-list");G.setAttribute("aria-labelledby",M.id),E.append(M,G);let U=i("div","cmw-sr");U.setAttribute("aria-live","polite"),U.setAttribute("role","status"),l.append(d,k,C,E,U);let y=z=>{U.textContent=z};s(h,"change",()=>{e.set("order",h.value),y(`Order: ${h.selectedOptions[0].textContent}.`)}),s(A,"change",()=>{e.set("errors_only",A.checked),y(A.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),y(`Showing ${b.value}.`)}),s(k,"change",z=>{let B=z.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),y(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function S(z){let B=e.get("labels");p.value=B[z],T(),t.local.focus(z,z,!0),y(`Found ${B[z]}: its row and column are outlined.`)}function T(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function I(){let z=e.get("labels"),B=Ss(z,p.value);u.replaceChildren(...B.map((Z,re)=>{let q=i("li","cmw-match",z[Z]);return q.id=`${$}-${re}`,q.setAttribute("role","option"),q.dataset.cls=String(Z),q})),u.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function O(z){let B=[...u.children];if(!B.length)return null;let Z=B.findIndex(q=>q.getAttribute("aria-selected")==="true"),re=z===0?Math.max(Z,0):(Z+z+B.length)%B.length;return B.forEach((q,ie)=>q.setAttribute("aria-selected",String(ie===re))),p.setAttribute("aria-activedescendant",B[re].id),B[re]}s(p,"input",I),s(p,"keydown",z=>{if(z.key==="ArrowDown"||z.key==="ArrowUp")O(z.key==="ArrowDown"?1:-1),z.preventDefault();else if(z.key==="Enter"){let B=O(0);B&&S(Number(B.dataset.cls)),z.preventDefault()}else z.key==="Escape"&&!u.hidden&&(T(),z.preventDefault())}),s(u,"click",z=>{let B=z.target.closest("li[data-cls]");B&&S(Number(B.dataset.cls))}),s(G,"click",z=>{let B=z.target.closest("button[data-i]");if(!B)return;let[Z,re]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[Z,re]),t.local.focus(Z,re,!1)});function R(){let z=e.get("k");l.hidden=z<=2,C.hidden=z<=ys;let B=e.get("orderChoices");for(let q of h.options)q.value!=="list"&&(q.disabled=B!==null&&!B.includes(q.value),q.title=q.disabled?"Needs a live kernel":"");let Z=e.get("orderName");h.value=kr.some(([q])=>q===Z)?Z:"list",A.checked=e.get("errorsOnly");let re=e.get("groups");F.hidden=!re,b.value=e.get("level"),V(re),X()}function V(z){let B=t.local.expanded(),Z=!!z&&e.get("level")==="groups";if(k.hidden=!Z,!Z)return;let re=z.names.map((q,ie)=>{let be=i("label","cmw-expand-item"),pe=i("input");return pe.type="checkbox",pe.dataset.group=String(ie),pe.checked=B.has(ie),be.append(pe,n.doc.createTextNode(` ${q}`)),be});k.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function X(){let z=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,D||(E.open=e.get("k")>As),G.replaceChildren(...B.map(Z=>{let re=i("li"),q=c("cmw-top-item",ks(z,Z));return q.dataset.i=String(Z[0]),q.dataset.j=String(Z[1]),re.append(q),re})),E.hidden=B.length===0}let Y=e.get("selection");function J(){let z=e.get("selection");z!==Y&&y(_s(z)),Y=z}return K(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],R,r.signal),K(e,["selection"],J,r.signal),R(),{el:l,update:R,destroy:()=>{r.abort(),l.remove()}}}function Mr(e){let t=Sr(e.state),n=_r({...e,display:t}),o=xr({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var de=12,yt="abstained",Jt=8,Ms=13;function Tr(e){return Array.from({length:256},(t,n)=>st(e,n))}function Cr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(mn(n,o,r*r),r,r),0,0),s}function Er(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,ye(t,r),t.xw,t.cell)}function Nr(e,t,n,o,r){if(t.cell<bt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect(Ne(t,c),ye(t,i),t.cell,t.cell)}function $r(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Fr(e,t,n,o){let r=t.k,s=Math.min(Ms,Math.floor(t.cell*.3));if(s<Jt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=ye(t,l)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let h=$t(n.values[l*r+m],n.counts[l*r+m],n.fmt,n.countDigits);c.push([Ne(t,m)+t.cell/2,d,h,n.colors[l*r+m]])}if(i){let m=$t(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[l]])}}let a=Ts(e,c.map(l=>l[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,m,h]of c)e.fillStyle=dn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(m.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,l,d))}}function Ts(e,t,n,o,r){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(l(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=Jt;a--){let l=`${a}px ${r.family}`,d=Math.max(Jt-1,Math.round(a*.8)),m=`${d}px ${r.family}`;if(!(i(l,v=>v.main)>s))return c?n>=a*2.4+d&&i(m,v=>v.sub)<=s?{mode:"two",px:a,font:l,subFont:m}:i(l,v=>`${v.main} ${v.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Or(e,t,n,o,r,s,i,c){let a=C=>e.measureText(C).width;e.font=c(de),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let C of Qe(t.v,r.step,t.r0)){let f=ye(t,C)+t.cell/2;e.fillText(et(n[C],o,a),t.x0-ge,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+ge,d=Qe(t.v,r.step,t.c0).map(C=>[Ne(t,C)+t.cell/2,n[C],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,yt,r.extraRotated]);for(let[C,f,p]of d){let $=et(f,o,a);e.moveTo(Math.round(C)+.5,t.y0+t.grid),e.lineTo(Math.round(C)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(C,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText($,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText($,C,l))}e.stroke(),e.font=c(de,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+ge+r.height+ve/2+2,v=Math.max(...m.map(a)),g=ee(t.x0+t.grid/2,Q+v/2,Math.max(Q+v/2,t.width-Q-v/2));m.forEach((C,f)=>e.fillText(C,g,h+f*Kt));let A=Math.max(t.grid,t.height-2*Q),F=String(s.y),b=a(F)<=A?F:et(F.split(" (")[0],A,a),k=ee(t.y0+t.grid/2,Q+a(b)/2,Math.max(Q,t.height-Q-a(b)/2));e.save(),e.translate(Q+ve/2,k),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Ir(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Xt+Ie+6+n+ve)}function Cs(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Ie)*i)/i-c,l=Math.round(n*i),d=Math.round((n+o)*i)-l,m=v=>Math.min(255,Math.floor((v+.5)/d*256)),h=0;for(let v=1;v<=d;v++)v<d&&m(v)===m(h)||(e.fillStyle=r[m(h)],e.fillRect(c,(l+d-v)/i,a,(v-h)/i),h=v)}function Pr(e,t,n,o,r,s,i=""){if(i){e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let l=h=>e.measureText(h).width,d=et(String(i),Math.max(t.grid,t.height-2*Q),l),m=ee(t.y0+t.grid/2,Q+l(d)/2,Math.max(Q,t.height-Q-l(d)/2));e.save(),e.translate(t.width-Q-ve/2,m),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Xt,a=t.grid;Cs(e,c,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(c-.5,t.y0-.5,Ie+1,a+1),e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let m=t.y0+a*(1-ee(Number(l)||0,0,1));e.moveTo(c+Ie,Math.round(m)+.5),e.lineTo(c+Ie+3,Math.round(m)+.5),e.fillText(String(d),c+Ie+5,ee(m,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Rr(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ye(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(Ne(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Dr(e,t,n,o,r){let s=([i,c],a,l,d)=>{if(!wr(t,[i,c]))return;let m=Math.max(qt(t,c),8),h=Math.max(t.cell,8),v=Ne(t,c)+qt(t,c)/2-m/2,g=ye(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(v+d,g+d,m-2*d,h-2*d),e.strokeStyle=a,e.strokeRect(v+d/2,g+d/2,m-d,h-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var zr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Es={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Ns(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&zr[e.normalize]?(l=(e.multilabel?Es:zr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(r+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:r,y:s,bar:l,badges:a}}function Br(e){let t=e("compareState");return Ns({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function jr(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var $s=720,Fs=64,Os=200,Is={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ps={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Rs=4,Ur={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Ds=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],zs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Bs=24;function Vr({state:e,dom:t,signal:n,report:o=c=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=H(n),a=(w,x,_,N)=>j(w,x,_,c.signal,N),{doc:l,h:d,button:m}=t,h=d("div","cmw-matrix"),v=d("div","cmw-zoom");v.setAttribute("role","group"),v.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let A=m("cmw-zoom-in","+");A.setAttribute("aria-label","Zoom in"),A.title="Zoom in (+)";let F=m("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),v.append(g,A,F,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),v.hidden=!0;let k=d("div","cmw-mode");k.setAttribute("aria-live","polite"),k.hidden=!0;let C=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let p=d("div","cmw-tooltip");p.hidden=!0,C.append(f,p);let $=d("div","cmw-sr");$.setAttribute("aria-live","polite"),h.append(k,v,C,$);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=w=>e.get(w),D=w=>{let x=M("lut"),_=M("compareState")?x:pn(x,w);return _===x?{lut:x,lutText:M("lutText")}:((E.themedOf[0]!==x||E.themedOf[1]!==w)&&(E.themed={lut:_,lutText:ct(_)},E.themedOf=[x,w]),E.themed)},G=()=>{let w=E.drawn.lut;return E.cssOf!==w&&(E.css=Tr(w)),E.cssOf=w,E.css},U=()=>{let w=M("colors"),x=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===w&&E.bitmapOf[1]===x||(E.bitmap=Cr(l,E.bitmap,w,x,M("k")),E.bitmapOf=[w,x]),E.bitmap};function y(w,x){let _=w.font,N=E.widths.get(_);if(N&&N.texts===x)return N.w;let P=0;for(let L of x)P=Math.max(P,w.measureText(L).width);return E.widths.set(_,{texts:x,w:P}),P}function S(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||Y()}))}function T(){let w=l.defaultView,x=w&&w.getComputedStyle?w.getComputedStyle(h):null,_=(N,P)=>(x&&x.getPropertyValue(N)||"").trim()||P;return{fg:x&&x.color||"#1f1f1f",muted:_("--cmw-muted","#616161"),accent:_("--cmw-accent","#1976d2"),border:_("--cmw-border","#bdbdbd"),bg:_("--cmw-bg","#ffffff"),family:x&&x.fontFamily||"sans-serif"}}let I=()=>(s?s():h.clientWidth)||$s;function O(){let w=h.closest(".cmw"),x=l.defaultView;if(!w||!x||!h.isConnected||!w.getClientRects().length)return 1/0;let _=null;for(let W=w.parentElement;W&&W!==l.body&&W!==l.documentElement;W=W.parentElement){let se=x.getComputedStyle(W).overflowY;(se==="auto"||se==="scroll")&&W.clientHeight>=Os&&(_=W)}if(!_&&x.top!==x)return 1/0;let N=Math.min(x.innerHeight,_?_.clientHeight:x.innerHeight);if(!(N>0))return 1/0;let P=W=>W.getBoundingClientRect().top,L=W=>W.getBoundingClientRect().bottom,te=Fs,ne=[...w.children].find(W=>W.contains(h));if(ne&&ne!==h){let W=[...ne.children].filter(se=>se!==h&&se.getClientRects().length&&P(se)>=L(h)-1);W.length&&(te+=Math.max(...W.map(L))-L(h))}for(let W=ne?ne.nextElementSibling:null;W&&!W.classList.contains("cmw-selection");W=W.nextElementSibling)W.getClientRects().length&&!W.classList.contains("cmw-sr")&&(te+=W.getBoundingClientRect().height);return Math.floor(N-(P(f)-P(w))-te)}function R(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let V=w=>w+(w>0&&M("abstained")?1:0),X=w=>w[1]>=M("k")?[w[0],u.view?u.view.c0:0]:w;function Y(){let w=performance.now(),x=M("k");x!==u.k&&R(x);let _=M("abstained");u.cols=V(x),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let N=f.getContext("2d");if(!N)return;let P=T();E.drawn=D(P.bg),u.detached=!h.isConnected;let L=(ke,_e)=>`${_e?"600 ":""}${ke}px ${P.family}`,te=M("labels");u.width=I(),N.font=L(de);let ne=Math.min(Gt,Math.max(40,Math.round(u.width*.2))),W=Math.ceil(Math.min(ne,y(N,te))),se=M("colorbar"),Ve=Ir(N,se),Se=Br(M);J(Se.badges),u.height=O();let ot={yLabelWidth:W,rightWidth:Ve,extra:_?1:0,xTitleLines:1,xLabelHeight:Math.min(Gt,y(N,te))},We;for(let ke=0;ke<3;ke++){let _e=Je(x,u.width,{...ot,maxGrid:We}),Tt=ir(_e,u.height);if(Tt===void 0||Tt===We)break;We=Tt}let an=Je(x,u.width,{yLabelWidth:W,rightWidth:Ve,extra:_?1:0,maxGrid:We});u.zoomable=x>0&&ar(x,an.room),u.vMin=cr(x,an.room);let kt=u.zoomable?me(u.view,x,u.vMin):Ee(x);u.view=u.zoomable?kt:null;let cn={yLabelWidth:W,rightWidth:Ve,view:kt,extra:_?1:0,maxGrid:We},_t=Je(x,u.width,cn);u.step=fr(kt.v,_t.cell),u.xLabels=re(N,te,_t,ne),N.font=L(de,!0);let ln=jr(Se.x,Math.max(_t.width-2*Q,60),ke=>N.measureText(ke).width);N.font=L(de);let ue=Je(x,u.width,{...cn,xLabelHeight:u.xLabels.height,xTitleLines:ln.length});u.layout=ue,u.yLabelW=W,B(N,ue);let Mt=M("colors");if(x===0)N.fillStyle=P.muted,N.font=L(de),N.fillText("No data",Q,Q+de);else{Mt.length>=x*x&&Nr(N,ue,Mt,G(),U),_&&Er(N,ue,_.colors,G()),$r(N,ue,P),Fr(N,ue,{values:M("values"),counts:M("counts"),colors:Mt,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:_},P),Or(N,ue,te,ne,{step:u.step,...u.xLabels},{x:ln,y:Se.y},P,L),Pr(N,ue,se,G(),P,L,Se.bar);let ke=u.cursor&&f.matches(":focus")?u.cursor:null;Dr(N,ue,M("selected"),ke,P);let _e=M("focus");_e&&_e.outline&&Rr(N,ue,_e.r,_e.c,P)}z(ue),Z(ue,x,w,Se)}function J(w){let x=[...k.children].map(_=>_.textContent);x.length===w.length&&x.every((_,N)=>_===w[N])||(k.replaceChildren(...w.map(_=>d("span","cmw-badge",_))),k.hidden=w.length===0)}function z(w){v.hidden=!u.zoomable,u.zoomable&&(b.textContent=Ht(w,w.k),A.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function B(w,x){let _=l.defaultView&&l.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(x.width*_)),P=Math.max(1,Math.round(x.height*_));(f.width!==N||f.height!==P)&&(f.width=N,f.height=P),f.style.width=`${x.width}px`,f.style.height=`${x.height}px`,w.setTransform(_,0,0,_,0,0),w.clearRect(0,0,x.width,x.height)}function Z(w,x,_,N){let P=performance.now();f.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let L=null;!u.firstDrawn&&x>0&&(u.firstDrawn=!0,L=P-(u.draws===1?r:_)),o({k:x,draws:u.draws,lastMs:P-_,firstMs:L,view:{r0:w.r0,c0:w.c0,v:w.v}}),f.dataset.cellX0=String(w.x0),f.dataset.cellY0=String(w.y0),f.dataset.cellSize=String(w.cell),f.dataset.viewRow0=String(w.r0),f.dataset.viewCol0=String(w.c0),f.dataset.viewSize=String(w.v),f.dataset.cols=String(u.cols),f.dataset.extraX0=w.extra?String(w.xExtra):"",f.dataset.extraWidth=w.extra?String(w.xw):"",f.dataset.xTitle=N.x,f.dataset.yTitle=N.y,f.dataset.barTitle=N.bar,f.setAttribute("aria-label",`Confusion matrix of ${x} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Ht(w,x)}; plus and minus zoom, 0 shows all.`:""))}function re(w,x,_,N){let P=0;if(u.zoomable)P=y(w,x);else for(let se of Qe(_.k,u.step))P=Math.max(P,w.measureText(x[se]).width);P=Math.min(N,P);let L=P>u.step*_.cell-4,te=_.extra?w.measureText(yt).width:0,ne=_.extra>0&&(L||te>_.xw+qe-2),W=Math.max(L?P:de+2,ne?te:0);return{rotated:L,extraRotated:ne,height:Math.ceil(W)}}function q(w,x){u.editor&&u.editor.finish(!1);let _=u.layout,N=w==="y"?Math.max(u.yLabelW+ge+4,100):120,P=Ne(_,x)+_.cell/2,L=w==="y"?_.x0-N:ee(P-N/2,0,Math.max(0,_.width-N)),te=w==="y"?ye(_,x)+_.cell/2-11:_.y0+_.grid+ge,ne={left:f.offsetLeft+Math.max(0,L),top:f.offsetTop+te,width:N},W=M("labels");u.editor=br({dom:t,host:C,box:ne,name:W[x],index:x,done:(se,Ve)=>{u.editor=null;let Se=M("labels");if(se!==null&&x<Se.length){let ot=Se.slice();ot[x]=se,e.set("display_labels",ot)}Ve&&f.focus({preventScroll:!0})}})}function ie(w,x=!1){let _=f.getBoundingClientRect(),N=u.lastUp;return x&&N&&Math.abs(N.x-w.clientX)<1&&Math.abs(N.y-w.clientY)<1?[N.x-_.left,N.y-_.top]:[w.clientX-_.left,w.clientY-_.top]}function be(w,x){let _=u.layout;if(!_||_.k===0)return null;let N=de/2+1;if(w>=Q+ve&&w<_.x0&&x>=_.y0-N&&x<_.y0+_.grid+N){let te=Lt(x-_.y0,_.cell,u.step,_.k,N,_.r0,_.v);return te>=0?{axis:"y",index:te}:null}let P=_.y0+_.grid,L=_.x0+_.grid+(_.extra?qe/2:20);if(x>=P&&x<P+ge+u.xLabels.height&&w>=_.x0-20&&w<L){let te=u.xLabels.rotated?N:u.step*_.cell/2,ne=Lt(w-_.x0,_.cell,u.step,_.k,te,_.c0,_.v);return ne>=0?{axis:"x",index:ne}:null}return null}function pe([w,x]){let _=M("k"),N=M("labels"),P=M("abstained");if(x>=_&&P){let W=[`True: ${N[w]}`,`Predicted: ${yt}`,`Count: ${ce(P.counts[w],M("countDigits"))}`],se=M("fmt");return se.kind==="percent"&&W.push(`Shown: ${Fe(P.values[w],se)} ${zs[M("normalize")]||""}`.trim()),W.join(`
`)}let L=w*_+x,te=[`True: ${N[w]}`,`Predicted: ${N[x]}`,`Count: ${ce(M("counts")[L],M("countDigits"))}`],ne=M("fmt");if(ne.kind==="delta"&&te.push(`Change: ${Fe(M("values")[L],ne)} since the compared run`),ne.kind==="percent"){let W=(M("multilabel")?Ps:Is)[M("normalize")]||"";te.push(`Shown: ${Fe(M("values")[L],ne)} ${W}`.trim())}return te.join(`
`)}function le(w,x,_){p.textContent=w,p.hidden=!1;let N=f.offsetLeft+x+14;N+p.offsetWidth+4>C.clientWidth&&(N=Math.max(0,f.offsetLeft+x-p.offsetWidth-10));let P=f.offsetTop+_+14;P+p.offsetHeight+4>C.clientHeight&&(P=Math.max(0,f.offsetTop+_-p.offsetHeight-10)),p.style.left=`${N}px`,p.style.top=`${P}px`}let ae=()=>u.zoomable&&u.view!==null&&u.view.v<M("k");function Ae(w){let x=M("k"),_=me(w,x,u.vMin),N=u.view||Ee(x);return _.r0===N.r0&&_.c0===N.c0&&_.v===N.v?!1:(u.view=_,p.hidden=!0,S(),!0)}function nt(w,x=null){if(!u.zoomable||!u.layout)return;let _=u.layout;Ae(lr(_,w,x,_.k,u.vMin))}function uo(w){w.target.closest(".cmw-zoom-in")?nt(Ze):w.target.closest(".cmw-zoom-out")?nt(1/Ze):w.target.closest(".cmw-zoom-fit")&&Ae(Ee(M("k")))}function mo(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[x,_]=ie(w);nt(pr(w.deltaY,w.deltaMode),mr(x,_,u.layout))}function po(w){if(u.panned=!1,u.pan=null,w.button!==0||!ae())return;let[x,_]=ie(w);xt(x,_,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function fo(w){let x=u.pan,_=w.clientX-x.x,N=w.clientY-x.y;if(!x.moved){if(Math.hypot(_,N)<Rs)return;x.moved=!0,p.hidden=!0;try{f.setPointerCapture(x.id)}catch{}}f.style.cursor="grabbing",Ae(ur(x.view,-N/x.cell,-_/x.cell,M("k"),u.vMin))}function ho(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,f.style.cursor="grab"),u.pan=null}function wo(w){if(u.pan&&u.pan.id===w.pointerId&&(fo(w),u.pan.moved))return;let[x,_]=ie(w),N=xt(x,_,u.layout);if(N){le(pe(N),x,_),f.style.cursor=ae()?"grab":"pointer";return}let P=be(x,_);if(f.style.cursor=P?"text":"default",P){let L=P.axis==="y"?"True class":"Predicted class";le(`${L} ${P.index}: ${M("labels")[P.index]}
(double-click to rename)`,x,_)}else p.hidden=!0}function go(w){if(u.panned){u.panned=!1;return}let[x,_]=ie(w,!0),N=xt(x,_,u.layout);N?(u.cursor=N,e.set("selected",N),S()):!be(x,_)&&M("selected")!=null&&e.set("selected",null)}function bo(w){let[x,_]=ie(w,!0),N=be(x,_);N&&(w.preventDefault(),p.hidden=!0,q(N.axis,N.index))}function xo(w){let x=M("k");if(x===0)return;let _=!0;if(Yt.has(w.key)){let N=u.cursor||M("selected")||(ae()?[u.view.r0,u.view.c0]:null);u.cursor=hr(N,w.key,x,w.shiftKey?10:1,V(x)),ae()&&Ae(vt(u.view,X(u.cursor),x,u.vMin)),$.textContent=pe(u.cursor).replace(/\n/g,", "),S()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Ur[w.key]){let N=Ur[w.key];if(N==="fit")Ae(Ee(x));else{let P=u.cursor?X(u.cursor):null;nt(N==="in"?Ze:1/Ze,P?[P[0]+.5,P[1]+.5]:null),P&&ae()&&Ae(vt(u.view,X(u.cursor),x,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let N=u.cursor||M("selected")||[0,0];u.cursor=N,e.set("selected",[N[0],N[1]])}else _=!1;_&&w.preventDefault()}a(f,"pointerdown",po),a(f,"pointermove",wo),a(f,"pointerleave",()=>{p.hidden=!0}),a(f,"pointerup",ho),a(f,"pointercancel",()=>{u.pan=null}),a(f,"wheel",mo,{passive:!1}),a(v,"click",uo),a(f,"click",go),a(f,"dblclick",bo),a(f,"keydown",xo),a(f,"focus",S),a(f,"blur",S);let rn=()=>{let w=O();return w!==u.height&&!(Math.abs(w-u.height)<1)},$e=l.defaultView;if($e&&typeof $e.ResizeObserver<"u"){let w=new $e.ResizeObserver(()=>{(u.detached||Math.abs(I()-u.width)>=1||rn())&&S()});for(let _ of[h,...i])w.observe(_);let x=h.closest(".cmw");x&&w.observe(x),a($e,"resize",()=>{rn()&&S()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if($e&&typeof $e.MutationObserver<"u"&&l.body){let w=null,x=new $e.MutationObserver(()=>{clearTimeout(w),w=setTimeout(S,100)});x.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{x.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let rt=M("selected"),on=M("focus");function sn(){let w=M("selected"),x=M("focus"),_=w&&!(rt&&w[0]===rt[0]&&w[1]===rt[1]);x!==on&&x&&u.zoomable?Ae(dr(u.view,[x.r,x.c],M("k"),Bs,u.vMin)):_&&ae()&&Ae(vt(u.view,X(w),M("k"),u.vMin)),rt=w,on=x,Y()}return K(e,Ds,sn,c.signal),Y(),{el:h,update:sn,destroy:()=>{c.abort(),h.remove()}}}function Wr({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,A)=>g.append(r("td","cmw-num",A));i.replaceChildren();let h=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])h.append(r("th",null,g));let v=i.createTBody();for(let g of l.perClass){let A=v.insertRow(),F=r("th",null,g.label);F.title=F.textContent,A.append(F);for(let b of["precision","recall","f1"])m(A,oe(g[b]));m(A,ce(g.support,d))}for(let[g,A]of l.summary.entries()){let F=v.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(r("th",null,String(A.name??""))),"value"in A)for(let b of["","",oe(A.value),""])m(F,b);else{for(let b of["precision","recall","f1"])m(F,oe(A[b]));m(F,ce(A.support,d))}}}return j(s,"toggle",()=>{s.open&&c&&a()},o.signal),K(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Gr({state:e,dom:t,signal:n}){let o=H(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return K(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function Ue({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Pe(n,r,s);return j(c,"input",()=>{a=!0,o&&o(l()),d(l())},i),j(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(m,h,v){c.min=String(m),c.max=String(h),c.step=String(v)}}}var js=60,Kr=700,At="http://www.w3.org/2000/svg",tt={w:240,h:56,pad:6};function Xr(e,{w:t,h:n,pad:o}=tt){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Us(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Yr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{doc:s,h:i,button:c,option:a}=t,l=o||{now:()=>Date.now(),setTimeout:(T,I)=>setTimeout(T,I),clearTimeout:T=>clearTimeout(T)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),v=()=>e.get("runs").names,g=T=>{let I=v();T>=0&&T<I.length&&I[T]!==e.get("run")&&e.set("run",I[T])},A=Ue({dom:t,cls:"cmw-run-slider",write:g,throttleMs:js,clock:o,signal:r.signal,onInput:T=>{S(),h.textContent=v()[T]??""}}),F=A.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let k=i("select","cmw-compare-pick");k.setAttribute("aria-label","Compare with");let C=i("label","cmw-field");C.append(i("span",null,"Compare with"),k);let f=i("div","cmw-runs-top");f.append(m,F,h,b,C);let p=s.createElementNS(At,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${tt.w} ${tt.h}`),p.setAttribute("width",String(tt.w)),p.setAttribute("height",String(tt.h));let $=i("div","cmw-history-legend");$.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,$),d.append(f,u),d.hidden=!0;let E=null;function M(){let T=e.get("runs"),I=e.get("run");if(d.hidden=T.names.length<2,d.hidden){S();return}let O=T.names.indexOf(I);F.max=String(T.names.length-1),!A.dragging()&&O>=0&&(F.value=String(O)),A.dragging()||(h.textContent=I);let R=Us(T.names,I);b.textContent=R,b.hidden=!R,D(T.names,e.get("compare")),G(T,O)}function D(T,I){let O=a("","none");k.replaceChildren(O,...T.map(R=>a(R))),k.value=I!=null&&T.includes(I)?I:""}function G(T,I){let O=[];for(let[V,X]of[[T.accuracy,"cmw-line-acc"],[T.macroF1,"cmw-line-f1"]]){let Y=Xr(V).filter(Boolean),J=s.createElementNS(At,"polyline");J.setAttribute("class",X),J.setAttribute("fill","none"),J.setAttribute("points",Y.map(z=>z.map(B=>B.toFixed(1)).join(",")).join(" ")),O.push(J)}let R=Xr(T.accuracy);T.names.forEach((V,X)=>{if(!R[X])return;let Y=s.createElementNS(At,"circle");Y.setAttribute("class",X===I?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),Y.setAttribute("cx",R[X][0].toFixed(1)),Y.setAttribute("cy",R[X][1].toFixed(1)),Y.setAttribute("r",X===I?"4":"3"),Y.setAttribute("data-run",String(X));let J=s.createElementNS(At,"title");J.textContent=`${V}: accuracy ${oe(T.accuracy[X])}, macro F1 ${oe(T.macroF1[X])}`,Y.append(J),O.push(Y)}),p.replaceChildren(...O)}function U(){let T=v(),I=T.indexOf(e.get("run"));if(I<0||I>=T.length-1){S();return}g(I+1),E=l.setTimeout(U,Kr)}function y(){let T=v();T.indexOf(e.get("run"))>=T.length-1&&g(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),E=l.setTimeout(U,Kr)}function S(){E!==null&&l.clearTimeout(E),E=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return j(m,"click",()=>E===null?y():S(),r.signal),j(b,"click",()=>{S(),g(v().length-1)},r.signal),j(k,"change",()=>e.set("compare",k.value===""?null:k.value),r.signal),j(p,"click",T=>{let I=T.target&&T.target.closest?T.target.closest("[data-run]"):null;I&&(S(),g(Number(I.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>S(),{once:!0}),K(e,["runs","run","compare"],M,r.signal),M(),{el:d,update:M,destroy:()=>{r.abort(),d.remove()}}}var Vs=60,Hr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Lr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),m=Ue({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:Vs,clock:o,signal:r.signal,onInput:f=>{let p=i();l.textContent=f.toFixed(Te(p?p.step:.01))}}),h=m.el,v=s("label","cmw-field");v.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let A=s("label","cmw-field");A.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),A.append(F);let b=s("div","cmw-abstain-stats");c.append(v,A,b);let k=null;function C(){let f=i(),p=!!(f&&f.kind==="multiclass");if(c.hidden=!p,!p)return;m.range(f.lo,f.hi,f.step);let $=f.abstain!==null&&f.abstain!==void 0;if(a.checked=$,h.disabled=!$,$&&(k=f.abstain),!m.dragging()){let u=$?f.abstain:k??(f.lo+f.hi)/2;h.value=String(u),l.textContent=$?Number(u).toFixed(Te(f.step)):"off"}g.max=String(f.k_max),t.doc.activeElement!==g&&(g.value=String(f.top_k)),b.replaceChildren(),$&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Hr(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Hr(f.covered_accuracy)}`))}return j(a,"change",()=>{i()&&d(a.checked?parseFloat(h.value):null)},r.signal),j(g,"change",()=>{let f=i(),p=Number(g.value),$=f&&Number.isInteger(p)&&p>=1&&p<=f.k_max;F.textContent=$||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,$?e.set("top_k",p):f&&(g.value=String(f.top_k))},r.signal),K(e,["scores"],C,r.signal),C(),{el:c,update:C,destroy:()=>{r.abort(),c.remove()}}}function qr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ws=60,Qt={size:240,pad:34},Gs=[0,.5,1],Ks="http://www.w3.org/2000/svg",Xs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Zr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s,doc:i}=t,c=(f,p={})=>{let $=i.createElementNS(Ks,f);for(let[u,E]of Object.entries(p))$.setAttribute(u,String(E));return $},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let m=!1,h=null,v={},g=f=>{let p=e.get("binary");!p||!Number.isFinite(f)||e.set("threshold",ee(f,p.lo,p.hi))},A=Pe(g,Ws,o);r.signal.addEventListener("abort",()=>A.cancel(),{once:!0});function F(f){let{size:p,pad:$}=Qt;l.replaceChildren();for(let u of Object.keys(v))delete v[u];for(let u of Xs){let E=f[u.kind],M=s("figure",`cmw-curve cmw-curve-${u.kind}`),D=s("figcaption","cmw-curve-title"),G=f[u.area],U=f.undefinedBecause?f.undefinedBecause[u.kind]:null;if(D.textContent=`${u.title}${G===null||U?"":`  ${u.areaName} ${oe(G)}`}`,U){M.append(D,s("p","cmw-curve-undefined",`Undefined: ${U}.`)),l.append(M);continue}let y=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});y.classList.add("cmw-curve-svg"),Object.assign(y.dataset,{kind:u.kind,plotSize:String(p),plotPad:String($)}),y.append(c("rect",{x:$,y:$,width:p-2*$,height:p-2*$,class:"cmw-curve-frame"}),c("polyline",{points:Gn(E,p,$),class:"cmw-curve-line"})),u.kind==="roc"&&y.append(c("line",{x1:$,y1:p-$,x2:p-$,y2:$,class:"cmw-curve-chance"}));let S=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});S.textContent=u.x;let T=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});T.textContent=u.y,y.append(S,T,...b(p,$));let I=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),O=c("text",{x:$,y:$-8,class:"cmw-curve-readout"}),R=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),V=c("title");V.textContent="Drag along the curve to move the threshold",R.append(V),y.append(...I,O,R),M.append(D,y),l.append(M),v[u.kind]={plot:y,marker:R,guides:I,readout:O,curve:E,spec:u},k(y,E)}d.replaceChildren();for(let u of f.targets){let E=t.button("cmw-curve-target",`threshold for ${u.name}`);E.dataset.threshold=String(u.threshold),j(E,"click",()=>g(u.threshold),r.signal),d.append(E)}}function b(f,p){let $=f-2*p,u=[];for(let E of Gs){let M=p+E*$,D=p+(1-E)*$,G=String(E);u.push(c("line",{x1:M,y1:f-p,x2:M,y2:f-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:D,x2:p,y2:D,class:"cmw-curve-tickmark"}));let U=c("text",{x:M,y:f-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});U.textContent=G;let y=c("text",{x:p-6,y:D,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});y.textContent=G,u.push(U,y)}return u}function k(f,p){let $=!1,u=M=>{let D=qr(f.getBoundingClientRect(),Qt),G=(M.clientX-D.x0)/D.inner,U=1-(M.clientY-D.y0)/D.inner;return p.t[Wn(p,G,U)]};j(f,"pointerdown",M=>{if($=!0,f.setPointerCapture&&M.pointerId!==void 0)try{f.setPointerCapture(M.pointerId)}catch{}A(u(M))},r.signal),j(f,"pointermove",M=>{$&&A(u(M))},r.signal),j(f,"pointerup",M=>{$&&($=!1,A.cancel(),g(u(M)))},r.signal),j(f,"pointercancel",()=>{$=!1,A.cancel()},r.signal)}function C(){let f=e.get("binary");if(a.hidden=!f,!f)return;let p=e.get("curves");if(!p){(!m||h!==null)&&(m=!0,h=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(F(p),h=p);let{size:$,pad:u}=Qt,E=$-2*u;for(let{marker:M,guides:D,readout:G,spec:U,plot:y}of Object.values(v)){let[S,T]=U.at(f),I=Number.isFinite(S)&&Number.isFinite(T);for(let Y of[M,...D])Y.setAttribute("visibility",I?"visible":"hidden");if(G.textContent=I?`${U.x} ${oe(S)}, ${U.y} ${oe(T)}`:"",!I)continue;let O=(u+S*E).toFixed(1),R=(u+(1-T)*E).toFixed(1);M.setAttribute("cx",O),M.setAttribute("cy",R);let[V,X]=D;Object.entries({x1:O,y1:R,x2:O,y2:$-u}).forEach(([Y,J])=>V.setAttribute(Y,J)),Object.entries({x1:O,y1:R,x2:u,y2:R}).forEach(([Y,J])=>X.setAttribute(Y,J)),y.dataset.markerX=String(S),y.dataset.markerY=String(T)}}return K(e,["binary","curves"],C,r.signal),C(),{el:a,update:C,destroy:()=>{r.abort(),a.remove()}}}var Ys=60,en=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Hs(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function Jr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),m=0,v=Ue({dom:t,cls:"cmw-label-threshold",write:E=>{let M=d();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite(E))return;let D=M.thresholds.slice();D[m]=E,e.set("thresholds",D)},throttleMs:Ys,clock:o,signal:r.signal,onInput:E=>{let M=d();l.textContent=E.toFixed(Te(M?M.step:.01))}}),g=v.el,A=s("label","cmw-field");A.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),k=s("table","cmw-label-tables");i.append(a,A,F,b,k);let C="label",f=!1;function p(){let E=d(),M=!!(E&&E.kind==="multilabel");if(i.hidden=!M,!M)return;let D=e.get("labels"),G=e.get("metrics").perClass,U=e.get("countDigits");m=Math.min(m,D.length-1),(c.options.length!==D.length||[...c.options].some((S,T)=>S.textContent!==D[T]))&&c.replaceChildren(...D.map((S,T)=>t.option(String(T),S))),c.value=String(m);let y=Array.isArray(E.thresholds);A.hidden=!y,g.disabled=!!E.fixed,y&&!v.dragging()&&(v.range(E.lo,E.hi,E.step),g.value=String(E.thresholds[m]),l.textContent=Number(E.thresholds[m]).toFixed(Te(E.step))),$(E,D,U),u(E,D,G,U)}function $(E,M,D){let G=E.tables[m]||[0,0,0,0],U=s("table","cmw-readout-table");U.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let S=U.createTBody();[["truly absent",0],["truly present",2]].forEach(([I,O])=>{let R=S.insertRow();R.append(s("th",null,I));for(let V of[O,O+1]){let[X,Y]=en[V],J=s("td"),z=t.button("cmw-label-cell",`${Y} ${ce(G[V],D)}`);z.dataset.cell=X,z.disabled=!!E.fixed,j(z,"click",()=>e.send({type:"label_cell",label:m,cell:X}),r.signal),J.append(z),R.append(J)}}),F.replaceChildren(s("div","cmw-label-focus-title",M[m]??""),U);let T=E.focus;if(T&&T.label===m){let I=en.find(([R])=>R===T.cell)?.[1]??T.cell,O=T.indices.length<T.total?`first ${T.indices.length} of ${T.total}`:`${T.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${I} of ${M[m]}: ${O} samples`),s("div","cmw-indices",T.indices.join(", ")))}else b.replaceChildren()}function u(E,M,D,G){let U=s("tr"),y=(O,R)=>{let V=C===O,X=t.button(`cmw-sort${V?" cmw-sorted":""}`,V?`${R} ${f?"▼":"▲"}`:R);X.dataset.sort=O,j(X,"click",()=>{f=V?!f:O!=="label",C=O,p(),k.querySelector(`[data-sort="${O}"]`).focus()},r.signal);let Y=s("th");return Y.setAttribute("aria-sort",V?f?"descending":"ascending":"none"),Y.append(X),Y};U.append(y("label","label"),...en.map(([,O])=>s("th",null,O)),y("f1","F1"),y("support","support"));let S=s("thead");S.append(U);let T=s("tbody"),I=D.length===M.length?D:M.map(()=>({f1:NaN,support:NaN}));for(let O of Hs(I,C,f)){let R=s("tr",O===m?"cmw-focused":null);R.dataset.label=String(O);let V=t.button("cmw-label-name",M[O]);j(V,"click",()=>{m=O,p()},r.signal);let X=s("th");X.append(V),R.append(X,...(E.tables[O]||[]).map(Y=>s("td",null,ce(Y,G))),s("td",null,oe(I[O].f1)),s("td",null,ce(I[O].support,G))),T.append(R)}k.replaceChildren(S,T)}return j(c,"change",()=>{m=Number(c.value)||0,p()},r.signal),K(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function Qr(e){let t=[Zr(e),Lr(e),Jr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function eo({state:e,dom:t,signal:n}){let o=H(n),{h:r,button:s}=t,i=r("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let v=r("p","cmw-sentence");for(let b of h.sentence){let k=String(b&&b.text!=null?b.text:"");v.append(b&&b.em?r("em",null,k):t.doc.createTextNode(k))}let g=r("div","cmw-selection-head");if(g.append(v,c()),i.append(g),!h.available){let b=e.get("table"),k=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",k));return}let A=Cn(h);if(A.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),l(A));let F=Array.isArray(h.previews)?h.previews:[];F.length&&i.append(d(F))}function l(h){let v=r("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),v.append(g)}if(v.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),v.append(g)}return v}function d(h){let v=r("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let A=r("figure","cmw-preview-img"),F=r("img");F.src=g.src,F.alt=`sample ${g.index}`,A.append(F,r("figcaption",null,`#${g.index}`)),v.append(A)}else if(g.kind==="text"){let A=r("div","cmw-preview-text");A.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),v.append(A)}}return v}let m=null;return j(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let v=h.target.closest("button[data-offset]");if(!v)return;let g=e.get("selection");m=g&&{cls:v.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(v.dataset.offset)})},o.signal),K(e,["selection","table","hasSelection"],()=>{let h=m;m=null;let v=t.doc.activeElement,g=v&&(i.contains(v)||v===t.doc.body);a();let A=e.get("selection");if(!h||!A||A.i!==h.i||A.j!==h.j||!g)return;let F=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var Ls=96,qs=3;function to(e,t){return Math.max(qs,Math.floor(Ls/Math.max(e,t,1)))}function Zs(e,t,n,o){let r=to(n,o),s=Math.floor(t/r),i=Math.floor(e/r);return s>=0&&s<n&&i>=0&&i<o?[s,i]:null}function Js(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${oe(t.value)}, ${oe(t.rest)} in the other slices)`}function no({state:e,dom:t,signal:n}){let o=H(n),{h:r,option:s}=t,i=r("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let c=r("select","cmw-slice-pick");c.setAttribute("aria-label","Slice shown");let a=r("label","cmw-field");a.append(r("span",null,"Slice"),c);let l=r("div","cmw-slice-odd-note"),d=r("div","cmw-slice-fixed-note"),m=r("div","cmw-slice-grid"),h=r("div","cmw-slices-top");h.append(a,l),i.append(h,d,m),j(c,"change",()=>{let A=c.value===""?null:c.value;A!==e.get("slice")&&e.set("slice",A)},o.signal);function v(){let A=e.get("slices");if(i.hidden=!A,!A){m.replaceChildren();return}let F=e.get("slice");c.replaceChildren(s("","all samples"),...A.names.map(b=>s(b))),c.value=F!=null&&A.names.includes(F)?F:"",c.disabled=A.fixed,c.title=A.fixed?"Showing another slice needs a live kernel":"",l.textContent=Js(A),d.textContent=A.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!A.fixed,g(A,F)}function g(A,F){let{colors:b}=e.get("sliceColors"),k=e.get("sliceLut"),{k:C,cols:f}=A,p=to(C,f),$=A.names.map((u,E)=>{let M=r("figure","cmw-slice");u===F&&M.classList.add("cmw-slice-shown"),A.mostDifferent&&A.mostDifferent.slice===E&&M.classList.add("cmw-slice-odd"),M.dataset.slice=u;let D=r("canvas","cmw-slice-canvas"),G=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;D.width=Math.round(f*p*G),D.height=Math.round(C*p*G),D.style.width=`${f*p}px`,D.style.height=`${C*p}px`,D.setAttribute("role","img"),D.setAttribute("aria-label",`Matrix of slice ${u}`),D.tabIndex=-1;let U=D.getContext&&D.getContext("2d");if(U){U.scale(G,G);for(let I=0;I<C;I++)for(let O=0;O<f;O++)U.fillStyle=st(k,b[E][I*f+O]),U.fillRect(O*p,I*p,p,p)}C*f<=1024&&(M.dataset.colors=Array.from(b[E]).join(",")),j(D,"click",I=>{let O=Zs(I.offsetX,I.offsetY,C,f);!O||A.fixed||(e.get("slice")!==u&&e.set("slice",u),e.set("selected",O))},o.signal);let y=r("figcaption","cmw-slice-caption"),S=A.accuracy[E],T=A.samples[E];return y.append(r("span","cmw-slice-name",u),r("span","cmw-slice-stats",`n=${T==null?"–":+T.toFixed(2)} · acc ${oe(S)}`)),M.append(D,y),M});m.replaceChildren(...$)}return K(e,["slices","slice","sliceColors","sliceLut"],v,o.signal),v(),{el:i,update:v,destroy:()=>o.abort()}}function ro({state:e,dom:t,signal:n}){let o=H(n),r=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",r.append(s,t.h("span",null,"log colours")),r.title="Colour the cells on a log scale: empty cells stay the lightest colour",j(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),o.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return K(e,["cmapScale","compareState"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}var oo=e=>Math.round(e).toLocaleString("en-US");function Qs(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${oo(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${oo(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function ei(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function so({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Qs(l);let d=ei(e);c.hidden=!d,c.textContent=d||""}return K(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function ti(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var ni=60;function io({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,h=null,v=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,A=(p,$)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Te(v($)));function F(){let p=e.get("binary");if(i.hidden=!p,!p)return;let $=g();a.min=$?"0":String(p.lo),a.max=String($?$.length-1:p.hi),a.step=$?"1":String(v(p));let u=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(u)&&(a.value=String($?ti($,u):u),l.textContent=A(u,p)),b(p)}function b(p){let $=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let M=u.createTBody(),D=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[U,...y]of D){let S=M.insertRow();S.append(s("th",null,U));for(let[T,I]of y){let O=s("td");O.append(s("span","cmw-tag",T),t.doc.createTextNode(` ${ce(I,$)}`)),S.append(O)}}let G=s("div","cmw-readout-stats");for(let[U,y]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])G.append(s("span","cmw-stat",`${U} ${oe(y)}`));d.replaceChildren(u,G)}let k=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},C=Pe(k,ni,o),f=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return j(a,"input",()=>{m=!0;let p=f(),$=e.get("binary");Number.isFinite(p)&&(l.textContent=$?A(p,$):p.toFixed(2)),C(p)},r.signal),j(a,"change",()=>{m=!1,C.cancel();let p=f();(p!==h||e.get("threshold")!==p)&&k(p)},r.signal),r.signal.addEventListener("abort",()=>C.cancel(),{once:!0}),K(e,["binary","threshold","countDigits","table"],F,r.signal),F(),{el:i,update:F,destroy:()=>{r.abort(),i.remove()}}}var ri=300,oi=200,si=16;function ii(e,t,n){let o=e-t-si,r=Math.min(Wt,Math.max(n,1)*gt)+oi;return t>0&&o>=Math.max(ri,Math.min(r,.6*e))?o:e}function ai(e,t){let n=e.dom.h("div","cmw-main"),o=Qr(e);o.el.classList.add("cmw-side");let s=Vr({...t,room:()=>ii(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function ci(e){let t=gr(e),n=Mr(e);return[or({...e,extra:[t.button,ro(e).el]}),t,io(e),so(e),Gr(e),n.panel,ai(e,n.matrixCtx),n.table,Yr(e),rr(e),no(e),eo(e),Wr(e)]}function ao(e,t,n=performance.now()){let o=jn(t.ownerDocument||document),r=new AbortController,s=nr(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",j(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let c=({k:l,draws:d,lastMs:m,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=ci({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var St="cm-widget",li="application/vnd.cm-widget.view+json",tn="application/vnd.jupyter.widget-view+json",co=1e4,ui="Saved view, no kernel behind it: run the cell to make it live.",nn=null;async function di(e){let t=nn&&nn[e];if(!t)throw new Error(`${St}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function mi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=un,e.head.appendChild(t)}async function pi(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Bn(n):null}function lo(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function fi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=pi(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),co))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=lo(this,"rendermime"),r=o&&o.rendermime,s=lo(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&tn in n.data&&r&&r.mimeTypes.includes(tn))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(tn);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:co),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){mi(o),s.textContent=ui;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:ao(Dn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function hi(){let{Panel:e}=await di("@lumino/widgets"),t=fi(e);return{id:`${St}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[li],defaultRank:-20,createRenderer:n=>new t(n)}}}function wi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[St]={init:e=>{nn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${St} has no module ${e}`);let t=wi()?[await hi()]:[];return()=>({__esModule:!0,default:t})}});})();
