(()=>{var an=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function rt(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function ot(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function _t(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function cn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":_t(t[o],t[o+1],t[o+2])}function ln(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function ho(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function wo([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function un(e,t){let n=ho(t);if(!n||wo(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function ee(e,t,n){return e<t?t:e>n?n:e}var go=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function xe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function dn(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=xe(e),n=Math.floor(t.byteLength/8);if(go)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Pe(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var bo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},xo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Me(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=bo[e&&e.dtype]||Float64Array,r=xe(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),c=vo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:c};if(xo||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:c};let a=new DataView(r.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new o(i);for(let m=0;m<i;m++)d[m]=a[l](s*m,!0);return{k:t,cols:n,counts:d,totals:c}}function vo(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Ge(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function he(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,he(e,t,r,o)+he(e,t+r*o,n-r,o)}function Re(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return yo(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=he(e,c*o,o);for(let l=0;l<o;l++)i[c*o+l]=a===0?0:e[c*o+l]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let l=0;l<o;l++)c[l]+=e[a*o+l];for(let a=0;a<t;a++)for(let l=0;l<o;l++)i[a*o+l]=c[l]===0?0:e[a*o+l]/c[l]}else if(n==="all"){let c=he(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function yo(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function De(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Ao(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function me(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=Ao(a)}return r}function Mt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var So=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function mn(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?So.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ze(e){let t=xe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function it(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=_t(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var st=e=>Number(e.toPrecision(12));function at(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>st(l*i)).find(l=>l>=s&&(!r||l<1||Number.isInteger(l)));c===void 0&&(c=st(10*i)),r&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=o*(1+1e-12);l++){let d=st(l*c);a.push([d/o,r?String(d):`${st(d*100)}%`])}return a}function pn(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=xe(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,l)=>{let d=m=>i.getFloat64(8*(4*l+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var Tt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lt=e=>Array.isArray(e)?e:[],Ke=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ct=e=>lt(e).map(Number).filter(Number.isInteger);function ko(e){let t=Tt(e),n=lt(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(lt(r)[i])?Number(lt(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function _o(e,t){let n=Tt(e);if(typeof n.name!="string")return null;let o=Me(n.matrix),r=ze(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ke(n.fixed),broken:Ke(n.broken),changed:Ke(n.changed)}}function fn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function hn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Mo(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var wn=(e,t)=>{let n=hn(e);return me(Mo(e,t),-n,n)};function gn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function bn(e,t=0){let n=Math.abs(hn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function To(e){let t=Tt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ct(t.entered),cameFrom:ct(t.came_from),left:ct(t.left),wentTo:ct(t.went_to),nEntered:Ke(t.n_entered),nLeft:Ke(t.n_left)}}var xn={runs:{raw:["_runs"],make:(e,t)=>ko(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>_o(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>To(t("_moves"))}},vn=["run","compare"];var yn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],An=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Fe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=ee(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?gn(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function Ct(e,t,n,o=0){let r=Fe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ce(t,o)})`}:{main:r,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Te(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return ee(o-(n?Number(n):0),0,6)}function Sn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function kn(e,t){return t?`${e}_r`:e}function Et(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function _n(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var Mn=[[`
`,"⏎"],["\r","␍"]];function Xe(e){let t=String(e);for(let[n,o]of Mn)t=t.split(n).join(o);return t}function $t(e,t){if(t!=null&&e===Xe(t))return String(t);let n=String(e);for(let[o,r]of Mn)n=n.split(r).join(o);return n}function Tn(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ce(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Be(e,t){let n=Ce(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(Co)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var Eo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function $o(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Eo[e.dtype];return t?Be(t,e.data):null}function No(e){let t=Ce(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function En(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Be(Float64Array,t.weights):null,sampleIndex:t.sample_index?Be(Uint32Array,t.sample_index):null,ids:$o(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Be(Float32Array,t.outside.scores),weights:t.outside.weights?Be(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Ce(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Be(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=No(t.cells);return n}var Oe=new Float32Array(1),Cn=new Int32Array(Oe.buffer);function Fo(e,t){return Oe[0]=e,Oe[0]===0?(Cn[0]=1,t?Oe[0]:-Oe[0]):(Cn[0]+=Oe[0]>0===t?1:-1,Oe[0])}function Nt(e){let t=Math.fround(e);return t>e?Fo(t,!1):t}function je(e,t=-1/0,n=1/0){let o=Nt(Number(e));return Math.min(Math.max(o,Nt(t)),Nt(n))}function ut(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=je(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[l*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function $n(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=je(o);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&r.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function Ft(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Nn(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Ft(e,o))}function Oo(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=je(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?he(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var we=(e,t)=>t!==0?e/t:0;function Io(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let y=0;y<t;y++){let F=e[g*t+y];r[g]+=F,s[y]+=F,c+=F}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let l=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},h=0,v=0;for(let g=0;g<t;g++){let y={precision:we(o[g],s[g]),recall:we(o[g],r[g]),f1:we(2*o[g],r[g]+s[g]),support:r[g]};l.push(y);let F=we(r[g],a);for(let b of["precision","recall","f1"])d[b]+=y[b]/t,m[b]+=y[b]*F;r[g]>0&&(h+=1,v+=y.recall)}return{rows:l,accuracy:we(i,c),balancedAccuracy:h?v/h:0,macro:d,weighted:m}}function Ot(e,t,n=null,o=null){let r=Io(e,t,Oo(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function Po(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:we(e,e+n),fpr:we(t,t+o),precision:we(e,e+t),f1:we(2*e,2*e+t+n),mcc:we(e*o-t*n,r)}}function It(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Po(s(o,o),s(r,o),s(o,r),s(r,r))}}function Fn(e){return e??"true"}function On(e,t,n,o,r,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Ro(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=c?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${Tn(o*100,1)}% of `,v;return i==="all"?v=[{text:`${h}all samples).`}]:i==="pred"&&c?v=[{text:`${h}the abstained samples).`}]:i==="pred"?v=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:v=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:m},{text:n,em:!0},...v]}function Ro(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var zo=40,Bo="abstained";function jo(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Uo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var Vo=e=>e.every(t=>Number.isInteger(t));function In(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)jo(t,A.path,Ce(A.data));let n=e.k,o=En(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=A=>{for(let k of r.get(A)||[])k()},d=(A,k)=>{t[A]=k,l(A)},m=Me(t._matrix),h=o?ut(o,t.threshold):Float64Array.from(Ge(m.counts,n,m.cols).square),v=m.cols===n+1?Array.from({length:n},(A,k)=>m.counts[k*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function y(A,k){let T=`${A},${k},${t.threshold}`;return s.key!==T&&(s.key=T,s.members=$n(o,A,k,t.threshold)),s.members}function F(A,k,T,I){let O=0;if(I==="true")for(let R of k){for(let V=0;V<n;V++)O+=h[R*n+V];v&&(O+=v[R])}else for(let R=0;R<n;R++)if(I==="all"){for(let V=0;V<n;V++)O+=h[R*n+V];v&&(O+=v[R])}else for(let V of T)O+=V===n?v?v[R]:0:h[R*n+V];return O?A/O:0}function b(A,k,T,I,O,R,V,K={},X={}){let J=0;for(let le of T)for(let ae of I)J+=ae===n?v?v[le]:0:h[le*n+ae];let z=!!(o&&o.weights||!Vo(h)),B=Fn(t.normalize),Z;if(X.multilabel){let le=m.totals,ae=le?B==="true"?le.rows[A]:B==="pred"?le.cols[k]:le.all:0;Z=ae?J/ae:0}else Z=F(J,T,I,B);let re=o?R():[],L=re.length,ie=Math.max(0,Math.min(Math.trunc(V)||0,Math.max(L-1,0)));ie-=ie%i;let be=re.slice(ie,ie+i),fe=[];for(let le of be.slice(0,zo)){let ae=e.previews&&e.previews[String(Ft(o,le))];ae&&fe.push(ae)}return{i:A,j:k,...K,sentence:On(J,O[0],O[1],Z,A===k,z,{basis:B,...X}),count:J,total:L,offset:ie,indices:o?Nn(o,be):[],page_size:i,previews:fe,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function S(A,k,T){let I=t.display_labels||[];return v&&k===n?b(A,k,[A],[k],[String(I[A]??A),Bo],()=>[],T,{},{abstained:!0}):b(A,k,[A],[k],[String(I[A]??A),String(I[k]??k)],()=>y(A,k),T,{},{multilabel:c})}let C=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(C.length?n:0).fill(0);if(C.length){let A=t._groups.codes,k=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let T=0;T<n;T++)f[T]=n<=65536?k.getUint16(2*T,!0):k.getUint32(4*T,!0)}let p=A=>f.flatMap((k,T)=>k===A?[T]:[]);function N(A,k){if(o.kind==="binary"){let I=[];for(let O of p(A))for(let R of p(k))I.push(...y(O,R));return I.sort((O,R)=>O-R)}let T=[];for(let I=0;I<o.n;I++){let O=o.cells[I],R=Math.floor(O/n);f[R]===A&&f[O-R*n]===k&&T.push(I)}return T}function u(A,k,T){return b(A,k,p(A),p(k),[C[A],C[k]],()=>N(A,k),T,{group:!0})}function E(A=0){let k=t.selected,T=t.selected_group;Array.isArray(k)&&k.length===2?d("_selection",S(k[0],k[1],A)):Array.isArray(T)&&T.length===2?d("_selection",u(T[0],T[1],A)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function M(A){let k=e.orders&&e.orders[A];k&&(d("_order",{dtype:k.dtype,classes:Ce(k.classes),groups:k.groups?Ce(k.groups):null}),d("order",A))}function D(A,k,T,I=T){if(!(k===null||Array.isArray(k)&&k.length===2&&k.every((V,K)=>Number.isInteger(V)&&V>=0&&V<(K===0?T:I))))return;let R=A==="selected"?"selected_group":"selected";k!==null&&t[R]!=null&&(t[R]=null,l(R)),t[A]=k,l(A),E(0)}function G(A){if(!o||o.kind!=="binary"||!a)return;let k=Number(A);if(!Number.isFinite(k))return;let T=je(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=T,h=ut(o,T),d("_matrix",g()),d("_binary",It(a,h,T)),d("_metrics",Ot(h,n,o,T)),l("threshold"),t.selected!=null&&E(0)}function U(A){let k=String(A),T=k.endsWith("_r")?k.slice(0,-2):k,I=e.luts[k]||e.luts[T];if(!I)return;let O=Ce(I);d("_lut",e.luts[k]?O:Uo(O)),d("cmap",k)}return o&&o.kind==="binary"&&a&&(t.threshold=je(t.threshold,a.lo,a.hi),h=ut(o,t.threshold),t._matrix=g(),t._binary=It(a,h,t.threshold),t._metrics=Ot(h,n,o,t.threshold)),{get:A=>t[A],on(A,k){return r.has(A)||r.set(A,new Set),r.get(A).add(k),()=>r.get(A).delete(k)},set(A,k){if(A==="threshold")return G(k);if(A==="cmap")return U(k);if(A==="normalize"){d(A,k??null),(t.selected!=null||t.selected_group!=null)&&E(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;d(A,k.map(String)),t.selected!=null&&E(t._selection?.offset||0);return}if(A==="selected")return D(A,k,n,v?n+1:n);if(A==="selected_group")return D(A,k,C.length);if(A==="order")return M(k);if(A==="errors_only")return d(A,k===!0);if(A==="level"){(k==="classes"||k==="groups"&&C.length)&&d(A,k);return}},send(A){A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&E(Number(A.offset)||0)}}}var Wo="CMW1";async function Pn(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Go(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Ko(e){return new TextDecoder().decode(await Pn(e))}async function Xo(e){let t=await Pn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Wo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Go(o.subarray(c,c+a))}}return s})}async function Rn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Xo(t):JSON.parse(n==="gzip"?await Ko(t):t)}var Yo=new Set(["button","input","select","textarea","summary","canvas"]);function Dn(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),Yo.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function j(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function H(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Ho=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pt(e,t){let n=xe(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Ho)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function zn(e){if(!e||typeof e!="object")return null;let t=Pt(e.x,Float32Array),n=Pt(e.y,Float32Array),o=Pt(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Rt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Bn(e){if(!e||typeof e!="object")return null;let t=zn(e.roc),n=zn(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Rt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Rt(e.auc),ap:Rt(e.ap),targets:o,undefinedBecause:s}}function jn(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function Un(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var qo={uint16:2,uint32:4};function Dt(e,t){let n=qo[t];if(!n)return null;let o=xe(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Vn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Wn=e=>Array.from({length:e},(t,n)=>n);function Gn(e,t,n){let o=e&&e.dtype,r=e?Dt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Dt(e.groups,o):null;return{classes:Vn(r,t)?r:Wn(t),groups:n?Vn(i,s)?i:Wn(s):null}}function Kn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Dt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function Xn(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:he(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var zt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Yn=e=>Array.isArray(e)?e:[],dt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Lo(e,t){let n=zt(e),o=Yn(n.names).map(String),r=o.length;if(!r||!(t>0))return null;let s=zt(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==r*t||i!==t&&i!==t+1)return null;let c=Me({...s,k:1,cols:r*t*i}),a=o.map((h,v)=>c.counts.subarray(v*t*i,(v+1)*t*i)),l=h=>o.map((v,g)=>dt(Yn(n[h])[g])),d=zt(n.most_different),m=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<r?{slice:d.slice,value:dt(d.value),rest:dt(d.rest),difference:dt(d.difference)}:null;return{names:o,k:t,cols:i,counts:a,samples:l("samples"),accuracy:l("accuracy"),balancedAccuracy:l("balanced_accuracy"),macroF1:l("macro_f1"),mostDifferent:m,fixed:n.fixed===!0}}function Zo(e,t){if(!e)return null;let{k:n,cols:o}=e,r=e.counts.map(i=>Re(i,n,t,o)),s=r.reduce((i,c)=>Math.max(i,De(c)),0);return{values:r,vmax:s,colors:r.map(i=>me(i,0,s))}}function Jo(e){return typeof e=="string"?e:null}var Hn={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>Lo(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Jo(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>Zo(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>ze(t("_lut"))||ot()}};var Qo=new Set(["normalize","cmap","threshold","display_labels","selected",...vn,"order","level","errors_only","selected_group","abstain","top_k","thresholds","slice"]),es=10,mt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},qn=e=>Array.isArray(e)?e:[],pt={matrix:{raw:["_matrix"],make:(e,t)=>Me(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ge(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Et(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Re(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ge(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?fn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>De(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:me(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?wn(e("values"),e("k")):me(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ze(t("_lut"))||ot()},lutText:{uses:["lut"],make:e=>it(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:mn(t("values_format"),e("normalize"),Mt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Mt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?bn(e("values"),e("countDigits")):at(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>pn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=mt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=mt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:qn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>qn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Bn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=mt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=mt(t("_table"));if(!n.engine)return null;let o=dn(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...xn,...Hn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Gn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Kn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Et(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Xn(e("counts"),e("k"),es,ts(e))},focus:{make:()=>null}},Ye={},Ln=e=>{if(!Ye[e]){let t=pt[e];Ye[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Ln)])]}return Ye[e]};for(let e of Object.keys(pt))Ln(e);function ts(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>he(o,i*n,n)+r[i])}function Zn(e){let t=new Map,n=c=>{if(!pt[c])throw new Error(`unknown state key ${c}`);return pt[c]},o=c=>{let a=n(c),l=Ye[c].map(h=>e.get(h)),d=t.get(c);if(d&&d.raws.every((h,v)=>h===l[v]))return d.value;let m=a.make(o,h=>e.get(h));return t.set(c,{raws:l,value:m}),m};return{get:o,on:(c,a)=>{n(c);let l=Ye[c].map(d=>e.on(d,a));return()=>l.forEach(d=>d())},set:(c,a)=>{if(!Qo.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function Y(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var ns=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function rs(e,t){return`From ${e.name} to ${t}: ${ns(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function os(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function Jn({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,m,h,v,g){let y=r("div",a);if(y.append(r("div","cmw-moves-title",`${l} (${d})`)),!m.length)return y.append(r("span","cmw-hint","none")),y;let F=r("div","cmw-moves-list");return m.forEach((b,S)=>{let C=r("span","cmw-move"),f=h[S];C.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[f]??String(f)),t.doc.createTextNode(` in ${v}`)),F.append(C)}),y.append(F),d>m.length&&y.append(r("span","cmw-hint",`showing the first ${m.length} of ${d}`)),y}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=r("p","cmw-compare-summary",rs(a,l));d.title=os(a,l),s.append(d);let m=e.get("moves");if(!m){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),v=r("p","cmw-moves-head");v.append(t.doc.createTextNode("Cell true "),r("em",null,h[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),r("em",null,h[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(v,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,h),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,l,h))}return Y(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function Qn({state:e,dom:t,signal:n,extra:o=[]}){let r=H(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=An.map(b=>{let S=i("cmw-seg-btn");return S.setAttribute("aria-label",b.label),S.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),S.dataset.value=b.value===null?"":b.value,a.append(S),S}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let b of yn)m.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),m);let h=t.option("cmw:compare"),v=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",v.append(g,s("span",null,"reverse")),c.append(a,d,v,...o);function y(){let b=e.get("normalize");for(let p of l){let N=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",N),p.setAttribute("aria-pressed",String(N))}let S=e.get("compareState");if(m.disabled=!!S,g.disabled=!!S,S){h.textContent=`${S.cmap} (better / worse)`,h.parentNode||m.append(h),m.value=h.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${S.name}; the colormap returns when compare mode ends.`;return}h.remove(),m.removeAttribute("title");let{base:C,reversed:f}=Sn(e.get("cmap"));[...m.options].some(p=>p.value===C)||m.append(t.option(C)),m.value=C,g.checked=f}let F=()=>e.set("cmap",kn(m.value,g.checked));return j(a,"click",b=>{let S=b.target.closest(".cmw-seg-btn");S&&e.set("normalize",S.dataset.value||null)},r.signal),j(m,"change",F,r.signal),j(g,"change",F,r.signal),Y(e,["normalize","cmap","compareState"],y,r.signal),y(),{el:c,update:y,destroy:()=>{r.abort(),c.remove()}}}var ft=64,jt=800,er=120,ht=6,ss=6,qe=2,is=14,Ut=140,Q=8,ve=20,Vt=15,ge=6,Wt=16,Ie=14,He=6,Bt=8,Gt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Le(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||ft,c=n.maxGrid||jt,a=Q+ve+o+ge,l=Q,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(er,t-a-s-Q-d*He)),h=n.view||Ee(e),v=e>0?h.v:0,g=v>0?Math.min(i,m/(v+d)):0;d&&g<Bt&&(g=Math.min(i,(m-Bt)/v)),g>=ht&&(g=Math.floor(g));let y=g*v,F=a+y+He,b=d?Math.max(g,Bt):0,S=d?F+b:a+y;return{k:e,v,r0:h.r0,c0:h.c0,room:m,cell:g,x0:a,y0:l,grid:y,extra:d,xExtra:F,xw:b,right:S,width:Math.ceil(S+s+Q),height:Math.ceil(l+y+ge+r+ve+Q+(Math.max(1,n.xTitleLines||1)-1)*Vt)}}function tr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=ht&&(o=Math.floor(o)),Math.max(er,o*(n+e.extra))}function wt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function Ee(e){return{r0:0,c0:0,v:Math.max(0,e)}}function nr(e,t){return e*ss>t}function rr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/ft)))}function pe(e,t,n=1){if(!(t>0))return Ee(0);let o=e||Ee(t),r=ee(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=ee(Math.round(Number(o.r0)||0),0,t-r),i=ee(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function or(e,t,n,o,r=1){let s=pe(e,o,r);if(!(t>0)||!(o>0))return s;let i=ee(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,m)=>m-(m-d)*i/s.v;return pe({r0:l(s.r0,c),c0:l(s.c0,a),v:i},o,r)}function sr(e,t,n,o,r=1){let s=pe(e,o,r);return pe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function gt(e,t,n,o=1){let r=pe(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return pe({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function ir(e,t,n,o,r=1){let s=pe(e,n,r),i=Math.min(s.v,Math.max(o,r));return pe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function ar(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+ee((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function cr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ee(-n/200,-1,1)}function Kt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function lr(e,t,n=is){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Ze(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Xt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=ee(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,r)?l:-1}function Je(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function ur(e,t,n,o=1,r=n){if(n<=0||!Gt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ee(s,0,n-1),ee(i,0,r-1)]}var $e=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ye=(e,t)=>e.y0+(t-e.r0)*e.cell,Yt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,dr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function mr({state:e,dom:t,signal:n}){let o=H(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let g=e.get("labels");l=g;let y=r("div","cmw-labels-list");a=g.map((b,S)=>{let C=r("label","cmw-label-row"),f=r("input","cmw-label-input");return f.type="text",f.value=Xe(b),f.dataset.index=String(S),C.append(r("span","cmw-label-idx",String(S)),f),y.append(C),f});let F=r("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(y,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,y=e.get("labels"),F=a.map((b,S)=>b.value!==Xe(g[S])?$t(b.value,g[S]):y[S]);m(!0),F.length===y.length&&F.some((b,S)=>b!==y[S])&&e.set("display_labels",F)}function v(){a&&a.length!==e.get("k")&&m()}return j(i,"click",()=>a?m():d(),o.signal),j(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),m(!0))},o.signal),j(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&m(!0)},o.signal),Y(e,["labels","k"],v,o.signal),{el:c,button:i,update:v,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function pr({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Xe(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,m=!1)=>{if(a)return;a=!0,c.abort();let h=$t(i.value,o);i.remove(),s(d&&h!==o?h:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var as=12;function cs(e,t,n,o=as){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function fr({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ce(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${Fe(l.values[a],d)})`:m}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),h=cs(s,a,d&&d[1]<a?d:d&&[d[0],null]),v=o("table"),g=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),y=o("tr");y.append(o("td"));for(let S=h.cols;S<h.cols+h.side;S++){let C=o("th",null,`Predicted ${l[S]}`);C.scope="col",y.append(C)}if(m){let S=o("th",null,"Abstained");S.scope="col",y.append(S)}let F=o("tbody");for(let S=h.rows;S<h.rows+h.side;S++){let C=o("tr"),f=o("th",null,`True ${l[S]}`);f.scope="row",C.append(f);let p=(N,u)=>{let E=o("td",null,u);d&&d[0]===S&&d[1]===N&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),C.append(E)};for(let N=h.cols;N<h.cols+h.side;N++)p(N,i(S*a+N));m&&p(a,i(S,m)),F.append(C)}let b=o("thead");b.append(y),v.append(g,b,F),r.replaceChildren(v)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function ls(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:hr(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:hr(i),l=[];for(let d of a)if(r.has(d))for(let m of c[d])l.push({kind:"class",index:m,members:[m]});else l.push({kind:"group",index:d,members:c[d]});return l}function hr(e){return Array.from({length:e},(t,n)=>n)}function us(e){return e.every(t=>t.kind==="class")}function Ht(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function ds(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let l=r[a];l>=0&&(s[c*o+l]+=e[i*t+a])}}return s}function wr(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function ms(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=me(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var gr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),ps=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function br(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,S,C)=>{let f=o.get(b);if(f&&f.deps.length===S.length&&f.deps.every((N,u)=>N===S[u]))return f.value;let p=C();return o.set(b,{deps:S,value:p}),p},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>ls(r("k"),r("order"),r("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>us(a())?a().map(b=>b.index):null),d=()=>{let b=l();return b!==null&&b.every((S,C)=>S===C)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),S=r("groups");return a().map(C=>C.kind==="class"?b[C.index]:`${S.names[C.index]} (${C.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=l();return b?Ht(r("counts"),r("k"),b):ds(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=l();return b?r("values")===r("counts")?h("counts"):Ht(r("values"),r("k"),b):Re(h("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),S=l();return!b||S===null?null:d()?b:{counts:wr(b.counts,S),values:wr(b.values,S)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===r("abstained")&&m.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:me(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=m.abstainedRows();return ms(h("values"),b,p&&p.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let S=l();if(S)return{colors:Ht(r("colors"),r("k"),S),vmax:r("vmax")};let C=h("values"),f=De(C);return{colors:me(C,0,f),vmax:f}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),r("normalize"),r("colorbar")],()=>m.vmax()===r("vmax")?r("colorbar"):at(m.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),m.abstainedRows()],()=>{let b=a(),S=r("selected"),C=r("selectedGroup"),f=(u,E)=>b.findIndex(M=>M.kind===u&&M.index===E),p=u=>u===r("k")&&m.abstainedRows()?b.length:f("class",u),N=S?[f("class",S[0]),p(S[1])]:C?[f("group",C[0]),f("group",C[1])]:null;return N&&N[0]>=0&&N[1]>=0?N:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let S=p=>a().findIndex(N=>N.members.includes(p)),C=S(b.row),f=S(b.col);return C>=0&&f>=0?{r:C,c:f,outline:b.outline}:null})};function h(b){return gr.has(b)?m[b]():e.get(b)}function v(b,S){if(!gr.has(b))return e.on(b,S);let C=ps.map(p=>e.on(p,S)),f=()=>S();return n.add(f),()=>{C.forEach(p=>p()),n.delete(f)}}function g(b,S){let C=a();if(b==="selected"){if(S==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let f=C[S[0]],p=C[S[1]];if(f&&f.kind==="class"&&S[1]===C.length&&m.abstainedRows()){e.set("selected",[f.index,r("k")]);return}if(!f||!p)return;f.kind==="class"&&p.kind==="class"?e.set("selected",[f.index,p.index]):f.kind==="group"&&p.kind==="group"&&e.set("selected_group",[f.index,p.index]);return}if(b==="display_labels"){let f=r("labels").slice();S.forEach((p,N)=>{C[N]&&C[N].kind==="class"&&(f[C[N].index]=p)}),e.set("display_labels",f);return}e.set(b,S)}function y(){t.version+=1;for(let b of[...n])b()}return{get:h,on:v,set:g,send:b=>e.send(b),local:{expand(b,S){S?t.expanded.add(b):t.expanded.delete(b),y()},expanded:()=>new Set(t.expanded),focus(b,S,C=!1){t.focus=b==null?null:{row:b,col:S,outline:C},y()}}}}var xr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],fs=8,hs=12,ws=20;function gs(e,t,n=fs){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(o);l===0?r.push(c):l>0&&s.push(c)}),r.concat(s).slice(0,n)}function bs(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function xs(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function vr({state:e,display:t,dom:n,signal:o}){let r=H(o),s=(z,B,Z)=>j(z,B,Z,r.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[z,B]of xr)h.append(a(z,B));let v=a("list","Custom (from Python)");v.disabled=!0,h.append(v),m.append(h);let g=i("label","cmw-errors-only-label"),y=i("input","cmw-errors-only");y.type="checkbox",g.append(y,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),F.append(b),d.append(m,g,F);let S=i("div","cmw-expand");S.setAttribute("role","group"),S.setAttribute("aria-label","Expand groups");let C=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let N=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",N),f.append(p);let u=i("ul","cmw-matches");u.id=N,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,C.append(f,u);let E=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),D=!1;s(M,"click",()=>{D=!0}),M.id=`${N}-top`;let G=i("ol","cmw-top-list");G.setAttribute("aria-labelledby",M.id),E.append(M,G);let U=i("div","cmw-sr");U.setAttribute("aria-live","polite"),U.setAttribute("role","status"),l.append(d,S,C,E,U);let A=z=>{U.textContent=z};s(h,"change",()=>{e.set("order",h.value),A(`Order: ${h.selectedOptions[0].textContent}.`)}),s(y,"change",()=>{e.set("errors_only",y.checked),A(y.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),A(`Showing ${b.value}.`)}),s(S,"change",z=>{let B=z.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),A(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function k(z){let B=e.get("labels");p.value=B[z],T(),t.local.focus(z,z,!0),A(`Found ${B[z]}: its row and column are outlined.`)}function T(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function I(){let z=e.get("labels"),B=gs(z,p.value);u.replaceChildren(...B.map((Z,re)=>{let L=i("li","cmw-match",z[Z]);return L.id=`${N}-${re}`,L.setAttribute("role","option"),L.dataset.cls=String(Z),L})),u.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function O(z){let B=[...u.children];if(!B.length)return null;let Z=B.findIndex(L=>L.getAttribute("aria-selected")==="true"),re=z===0?Math.max(Z,0):(Z+z+B.length)%B.length;return B.forEach((L,ie)=>L.setAttribute("aria-selected",String(ie===re))),p.setAttribute("aria-activedescendant",B[re].id),B[re]}s(p,"input",I),s(p,"keydown",z=>{if(z.key==="ArrowDown"||z.key==="ArrowUp")O(z.key==="ArrowDown"?1:-1),z.preventDefault();else if(z.key==="Enter"){let B=O(0);B&&k(Number(B.dataset.cls)),z.preventDefault()}else z.key==="Escape"&&!u.hidden&&(T(),z.preventDefault())}),s(u,"click",z=>{let B=z.target.closest("li[data-cls]");B&&k(Number(B.dataset.cls))}),s(G,"click",z=>{let B=z.target.closest("button[data-i]");if(!B)return;let[Z,re]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[Z,re]),t.local.focus(Z,re,!1)});function R(){let z=e.get("k");l.hidden=z<=2,C.hidden=z<=hs;let B=e.get("orderChoices");for(let L of h.options)L.value!=="list"&&(L.disabled=B!==null&&!B.includes(L.value),L.title=L.disabled?"Needs a live kernel":"");let Z=e.get("orderName");h.value=xr.some(([L])=>L===Z)?Z:"list",y.checked=e.get("errorsOnly");let re=e.get("groups");F.hidden=!re,b.value=e.get("level"),V(re),K()}function V(z){let B=t.local.expanded(),Z=!!z&&e.get("level")==="groups";if(S.hidden=!Z,!Z)return;let re=z.names.map((L,ie)=>{let be=i("label","cmw-expand-item"),fe=i("input");return fe.type="checkbox",fe.dataset.group=String(ie),fe.checked=B.has(ie),be.append(fe,n.doc.createTextNode(` ${L}`)),be});S.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function K(){let z=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,D||(E.open=e.get("k")>ws),G.replaceChildren(...B.map(Z=>{let re=i("li"),L=c("cmw-top-item",bs(z,Z));return L.dataset.i=String(Z[0]),L.dataset.j=String(Z[1]),re.append(L),re})),E.hidden=B.length===0}let X=e.get("selection");function J(){let z=e.get("selection");z!==X&&A(xs(z)),X=z}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],R,r.signal),Y(e,["selection"],J,r.signal),R(),{el:l,update:R,destroy:()=>{r.abort(),l.remove()}}}function yr(e){let t=br(e.state),n=vr({...e,display:t}),o=fr({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var de=12,bt="abstained",qt=8,vs=13;function Ar(e){return Array.from({length:256},(t,n)=>rt(e,n))}function Sr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(ln(n,o,r*r),r,r),0,0),s}function kr(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,ye(t,r),t.xw,t.cell)}function _r(e,t,n,o,r){if(t.cell<ht){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect($e(t,c),ye(t,i),t.cell,t.cell)}function Mr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Tr(e,t,n,o){let r=t.k,s=Math.min(vs,Math.floor(t.cell*.3));if(s<qt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=ye(t,l)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let h=Ct(n.values[l*r+m],n.counts[l*r+m],n.fmt,n.countDigits);c.push([$e(t,m)+t.cell/2,d,h,n.colors[l*r+m]])}if(i){let m=Ct(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[l]])}}let a=ys(e,c.map(l=>l[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,m,h]of c)e.fillStyle=cn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(m.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,l,d))}}function ys(e,t,n,o,r){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(l(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=qt;a--){let l=`${a}px ${r.family}`,d=Math.max(qt-1,Math.round(a*.8)),m=`${d}px ${r.family}`;if(!(i(l,v=>v.main)>s))return c?n>=a*2.4+d&&i(m,v=>v.sub)<=s?{mode:"two",px:a,font:l,subFont:m}:i(l,v=>`${v.main} ${v.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Cr(e,t,n,o,r,s,i,c){let a=C=>e.measureText(C).width;e.font=c(de),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let C of Ze(t.v,r.step,t.r0)){let f=ye(t,C)+t.cell/2;e.fillText(Je(n[C],o,a),t.x0-ge,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+ge,d=Ze(t.v,r.step,t.c0).map(C=>[$e(t,C)+t.cell/2,n[C],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,bt,r.extraRotated]);for(let[C,f,p]of d){let N=Je(f,o,a);e.moveTo(Math.round(C)+.5,t.y0+t.grid),e.lineTo(Math.round(C)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(C,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(N,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(N,C,l))}e.stroke(),e.font=c(de,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+ge+r.height+ve/2+2,v=Math.max(...m.map(a)),g=ee(t.x0+t.grid/2,Q+v/2,Math.max(Q+v/2,t.width-Q-v/2));m.forEach((C,f)=>e.fillText(C,g,h+f*Vt));let y=Math.max(t.grid,t.height-2*Q),F=String(s.y),b=a(F)<=y?F:Je(F.split(" (")[0],y,a),S=ee(t.y0+t.grid/2,Q+a(b)/2,Math.max(Q,t.height-Q-a(b)/2));e.save(),e.translate(Q+ve/2,S),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Er(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Wt+Ie+6+n+ve)}function As(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Ie)*i)/i-c,l=Math.round(n*i),d=Math.round((n+o)*i)-l,m=v=>Math.min(255,Math.floor((v+.5)/d*256)),h=0;for(let v=1;v<=d;v++)v<d&&m(v)===m(h)||(e.fillStyle=r[m(h)],e.fillRect(c,(l+d-v)/i,a,(v-h)/i),h=v)}function $r(e,t,n,o,r,s,i=""){if(i){e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let l=h=>e.measureText(h).width,d=Je(String(i),Math.max(t.grid,t.height-2*Q),l),m=ee(t.y0+t.grid/2,Q+l(d)/2,Math.max(Q,t.height-Q-l(d)/2));e.save(),e.translate(t.width-Q-ve/2,m),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Wt,a=t.grid;As(e,c,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(c-.5,t.y0-.5,Ie+1,a+1),e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let m=t.y0+a*(1-ee(Number(l)||0,0,1));e.moveTo(c+Ie,Math.round(m)+.5),e.lineTo(c+Ie+3,Math.round(m)+.5),e.fillText(String(d),c+Ie+5,ee(m,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Nr(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ye(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect($e(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Fr(e,t,n,o,r){let s=([i,c],a,l,d)=>{if(!dr(t,[i,c]))return;let m=Math.max(Yt(t,c),8),h=Math.max(t.cell,8),v=$e(t,c)+Yt(t,c)/2-m/2,g=ye(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(v+d,g+d,m-2*d,h-2*d),e.strokeStyle=a,e.strokeRect(v+d/2,g+d/2,m-d,h-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Or={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ss={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function ks(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Or[e.normalize]?(l=(e.multilabel?Ss:Or)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(r+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:r,y:s,bar:l,badges:a}}function Ir(e){let t=e("compareState");return ks({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Pr(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var _s=720,Ms=64,Ts=200,Cs={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Es={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},$s=4,Rr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Ns=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],Fs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Os=24;function Dr({state:e,dom:t,signal:n,report:o=c=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=H(n),a=(w,x,_,$)=>j(w,x,_,c.signal,$),{doc:l,h:d,button:m}=t,h=d("div","cmw-matrix"),v=d("div","cmw-zoom");v.setAttribute("role","group"),v.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let y=m("cmw-zoom-in","+");y.setAttribute("aria-label","Zoom in"),y.title="Zoom in (+)";let F=m("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),v.append(g,y,F,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),v.hidden=!0;let S=d("div","cmw-mode");S.setAttribute("aria-live","polite"),S.hidden=!0;let C=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let p=d("div","cmw-tooltip");p.hidden=!0,C.append(f,p);let N=d("div","cmw-sr");N.setAttribute("aria-live","polite"),h.append(S,v,C,N);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=w=>e.get(w),D=w=>{let x=M("lut"),_=M("compareState")?x:un(x,w);return _===x?{lut:x,lutText:M("lutText")}:((E.themedOf[0]!==x||E.themedOf[1]!==w)&&(E.themed={lut:_,lutText:it(_)},E.themedOf=[x,w]),E.themed)},G=()=>{let w=E.drawn.lut;return E.cssOf!==w&&(E.css=Ar(w)),E.cssOf=w,E.css},U=()=>{let w=M("colors"),x=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===w&&E.bitmapOf[1]===x||(E.bitmap=Sr(l,E.bitmap,w,x,M("k")),E.bitmapOf=[w,x]),E.bitmap};function A(w,x){let _=w.font,$=E.widths.get(_);if($&&$.texts===x)return $.w;let P=0;for(let q of x)P=Math.max(P,w.measureText(q).width);return E.widths.set(_,{texts:x,w:P}),P}function k(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||X()}))}function T(){let w=l.defaultView,x=w&&w.getComputedStyle?w.getComputedStyle(h):null,_=($,P)=>(x&&x.getPropertyValue($)||"").trim()||P;return{fg:x&&x.color||"#1f1f1f",muted:_("--cmw-muted","#616161"),accent:_("--cmw-accent","#1976d2"),border:_("--cmw-border","#bdbdbd"),bg:_("--cmw-bg","#ffffff"),family:x&&x.fontFamily||"sans-serif"}}let I=()=>(s?s():h.clientWidth)||_s;function O(){let w=h.closest(".cmw"),x=l.defaultView;if(!w||!x||!h.isConnected||!w.getClientRects().length)return 1/0;let _=null;for(let W=w.parentElement;W&&W!==l.body&&W!==l.documentElement;W=W.parentElement){let se=x.getComputedStyle(W).overflowY;(se==="auto"||se==="scroll")&&W.clientHeight>=Ts&&(_=W)}if(!_&&x.top!==x)return 1/0;let $=Math.min(x.innerHeight,_?_.clientHeight:x.innerHeight);if(!($>0))return 1/0;let P=W=>W.getBoundingClientRect().top,q=W=>W.getBoundingClientRect().bottom,te=Ms,ne=[...w.children].find(W=>W.contains(h));if(ne&&ne!==h){let W=[...ne.children].filter(se=>se!==h&&se.getClientRects().length&&P(se)>=q(h)-1);W.length&&(te+=Math.max(...W.map(q))-q(h))}for(let W=ne?ne.nextElementSibling:null;W&&!W.classList.contains("cmw-selection");W=W.nextElementSibling)W.getClientRects().length&&!W.classList.contains("cmw-sr")&&(te+=W.getBoundingClientRect().height);return Math.floor($-(P(f)-P(w))-te)}function R(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let V=w=>w+(w>0&&M("abstained")?1:0),K=w=>w[1]>=M("k")?[w[0],u.view?u.view.c0:0]:w;function X(){let w=performance.now(),x=M("k");x!==u.k&&R(x);let _=M("abstained");u.cols=V(x),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let $=f.getContext("2d");if(!$)return;let P=T();E.drawn=D(P.bg),u.detached=!h.isConnected;let q=(ke,_e)=>`${_e?"600 ":""}${ke}px ${P.family}`,te=M("labels");u.width=I(),$.font=q(de);let ne=Math.min(Ut,Math.max(40,Math.round(u.width*.2))),W=Math.ceil(Math.min(ne,A($,te))),se=M("colorbar"),Ve=Er($,se),Se=Ir(M);J(Se.badges),u.height=O();let nt={yLabelWidth:W,rightWidth:Ve,extra:_?1:0,xTitleLines:1,xLabelHeight:Math.min(Ut,A($,te))},We;for(let ke=0;ke<3;ke++){let _e=Le(x,u.width,{...nt,maxGrid:We}),kt=tr(_e,u.height);if(kt===void 0||kt===We)break;We=kt}let rn=Le(x,u.width,{yLabelWidth:W,rightWidth:Ve,extra:_?1:0,maxGrid:We});u.zoomable=x>0&&nr(x,rn.room),u.vMin=rr(x,rn.room);let yt=u.zoomable?pe(u.view,x,u.vMin):Ee(x);u.view=u.zoomable?yt:null;let on={yLabelWidth:W,rightWidth:Ve,view:yt,extra:_?1:0,maxGrid:We},At=Le(x,u.width,on);u.step=lr(yt.v,At.cell),u.xLabels=re($,te,At,ne),$.font=q(de,!0);let sn=Pr(Se.x,Math.max(At.width-2*Q,60),ke=>$.measureText(ke).width);$.font=q(de);let ue=Le(x,u.width,{...on,xLabelHeight:u.xLabels.height,xTitleLines:sn.length});u.layout=ue,u.yLabelW=W,B($,ue);let St=M("colors");if(x===0)$.fillStyle=P.muted,$.font=q(de),$.fillText("No data",Q,Q+de);else{St.length>=x*x&&_r($,ue,St,G(),U),_&&kr($,ue,_.colors,G()),Mr($,ue,P),Tr($,ue,{values:M("values"),counts:M("counts"),colors:St,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:_},P),Cr($,ue,te,ne,{step:u.step,...u.xLabels},{x:sn,y:Se.y},P,q),$r($,ue,se,G(),P,q,Se.bar);let ke=u.cursor&&f.matches(":focus")?u.cursor:null;Fr($,ue,M("selected"),ke,P);let _e=M("focus");_e&&_e.outline&&Nr($,ue,_e.r,_e.c,P)}z(ue),Z(ue,x,w,Se)}function J(w){let x=[...S.children].map(_=>_.textContent);x.length===w.length&&x.every((_,$)=>_===w[$])||(S.replaceChildren(...w.map(_=>d("span","cmw-badge",_))),S.hidden=w.length===0)}function z(w){v.hidden=!u.zoomable,u.zoomable&&(b.textContent=Kt(w,w.k),y.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function B(w,x){let _=l.defaultView&&l.defaultView.devicePixelRatio||1,$=Math.max(1,Math.round(x.width*_)),P=Math.max(1,Math.round(x.height*_));(f.width!==$||f.height!==P)&&(f.width=$,f.height=P),f.style.width=`${x.width}px`,f.style.height=`${x.height}px`,w.setTransform(_,0,0,_,0,0),w.clearRect(0,0,x.width,x.height)}function Z(w,x,_,$){let P=performance.now();f.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let q=null;!u.firstDrawn&&x>0&&(u.firstDrawn=!0,q=P-(u.draws===1?r:_)),o({k:x,draws:u.draws,lastMs:P-_,firstMs:q,view:{r0:w.r0,c0:w.c0,v:w.v}}),f.dataset.cellX0=String(w.x0),f.dataset.cellY0=String(w.y0),f.dataset.cellSize=String(w.cell),f.dataset.viewRow0=String(w.r0),f.dataset.viewCol0=String(w.c0),f.dataset.viewSize=String(w.v),f.dataset.cols=String(u.cols),f.dataset.extraX0=w.extra?String(w.xExtra):"",f.dataset.extraWidth=w.extra?String(w.xw):"",f.dataset.xTitle=$.x,f.dataset.yTitle=$.y,f.dataset.barTitle=$.bar,f.setAttribute("aria-label",`Confusion matrix of ${x} classes. Rows: ${$.y}. Columns: ${$.x}. Colours: ${$.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Kt(w,x)}; plus and minus zoom, 0 shows all.`:""))}function re(w,x,_,$){let P=0;if(u.zoomable)P=A(w,x);else for(let se of Ze(_.k,u.step))P=Math.max(P,w.measureText(x[se]).width);P=Math.min($,P);let q=P>u.step*_.cell-4,te=_.extra?w.measureText(bt).width:0,ne=_.extra>0&&(q||te>_.xw+He-2),W=Math.max(q?P:de+2,ne?te:0);return{rotated:q,extraRotated:ne,height:Math.ceil(W)}}function L(w,x){u.editor&&u.editor.finish(!1);let _=u.layout,$=w==="y"?Math.max(u.yLabelW+ge+4,100):120,P=$e(_,x)+_.cell/2,q=w==="y"?_.x0-$:ee(P-$/2,0,Math.max(0,_.width-$)),te=w==="y"?ye(_,x)+_.cell/2-11:_.y0+_.grid+ge,ne={left:f.offsetLeft+Math.max(0,q),top:f.offsetTop+te,width:$},W=M("labels");u.editor=pr({dom:t,host:C,box:ne,name:W[x],index:x,done:(se,Ve)=>{u.editor=null;let Se=M("labels");if(se!==null&&x<Se.length){let nt=Se.slice();nt[x]=se,e.set("display_labels",nt)}Ve&&f.focus({preventScroll:!0})}})}function ie(w,x=!1){let _=f.getBoundingClientRect(),$=u.lastUp;return x&&$&&Math.abs($.x-w.clientX)<1&&Math.abs($.y-w.clientY)<1?[$.x-_.left,$.y-_.top]:[w.clientX-_.left,w.clientY-_.top]}function be(w,x){let _=u.layout;if(!_||_.k===0)return null;let $=de/2+1;if(w>=Q+ve&&w<_.x0&&x>=_.y0-$&&x<_.y0+_.grid+$){let te=Xt(x-_.y0,_.cell,u.step,_.k,$,_.r0,_.v);return te>=0?{axis:"y",index:te}:null}let P=_.y0+_.grid,q=_.x0+_.grid+(_.extra?He/2:20);if(x>=P&&x<P+ge+u.xLabels.height&&w>=_.x0-20&&w<q){let te=u.xLabels.rotated?$:u.step*_.cell/2,ne=Xt(w-_.x0,_.cell,u.step,_.k,te,_.c0,_.v);return ne>=0?{axis:"x",index:ne}:null}return null}function fe([w,x]){let _=M("k"),$=M("labels"),P=M("abstained");if(x>=_&&P){let W=[`True: ${$[w]}`,`Predicted: ${bt}`,`Count: ${ce(P.counts[w],M("countDigits"))}`],se=M("fmt");return se.kind==="percent"&&W.push(`Shown: ${Fe(P.values[w],se)} ${Fs[M("normalize")]||""}`.trim()),W.join(`
`)}let q=w*_+x,te=[`True: ${$[w]}`,`Predicted: ${$[x]}`,`Count: ${ce(M("counts")[q],M("countDigits"))}`],ne=M("fmt");if(ne.kind==="delta"&&te.push(`Change: ${Fe(M("values")[q],ne)} since the compared run`),ne.kind==="percent"){let W=(M("multilabel")?Es:Cs)[M("normalize")]||"";te.push(`Shown: ${Fe(M("values")[q],ne)} ${W}`.trim())}return te.join(`
`)}function le(w,x,_){p.textContent=w,p.hidden=!1;let $=f.offsetLeft+x+14;$+p.offsetWidth+4>C.clientWidth&&($=Math.max(0,f.offsetLeft+x-p.offsetWidth-10));let P=f.offsetTop+_+14;P+p.offsetHeight+4>C.clientHeight&&(P=Math.max(0,f.offsetTop+_-p.offsetHeight-10)),p.style.left=`${$}px`,p.style.top=`${P}px`}let ae=()=>u.zoomable&&u.view!==null&&u.view.v<M("k");function Ae(w){let x=M("k"),_=pe(w,x,u.vMin),$=u.view||Ee(x);return _.r0===$.r0&&_.c0===$.c0&&_.v===$.v?!1:(u.view=_,p.hidden=!0,k(),!0)}function et(w,x=null){if(!u.zoomable||!u.layout)return;let _=u.layout;Ae(or(_,w,x,_.k,u.vMin))}function oo(w){w.target.closest(".cmw-zoom-in")?et(qe):w.target.closest(".cmw-zoom-out")?et(1/qe):w.target.closest(".cmw-zoom-fit")&&Ae(Ee(M("k")))}function so(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[x,_]=ie(w);et(cr(w.deltaY,w.deltaMode),ar(x,_,u.layout))}function io(w){if(u.panned=!1,u.pan=null,w.button!==0||!ae())return;let[x,_]=ie(w);wt(x,_,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function ao(w){let x=u.pan,_=w.clientX-x.x,$=w.clientY-x.y;if(!x.moved){if(Math.hypot(_,$)<$s)return;x.moved=!0,p.hidden=!0;try{f.setPointerCapture(x.id)}catch{}}f.style.cursor="grabbing",Ae(sr(x.view,-$/x.cell,-_/x.cell,M("k"),u.vMin))}function co(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,f.style.cursor="grab"),u.pan=null}function lo(w){if(u.pan&&u.pan.id===w.pointerId&&(ao(w),u.pan.moved))return;let[x,_]=ie(w),$=wt(x,_,u.layout);if($){le(fe($),x,_),f.style.cursor=ae()?"grab":"pointer";return}let P=be(x,_);if(f.style.cursor=P?"text":"default",P){let q=P.axis==="y"?"True class":"Predicted class";le(`${q} ${P.index}: ${M("labels")[P.index]}
(double-click to rename)`,x,_)}else p.hidden=!0}function uo(w){if(u.panned){u.panned=!1;return}let[x,_]=ie(w,!0),$=wt(x,_,u.layout);$?(u.cursor=$,e.set("selected",$),k()):!be(x,_)&&M("selected")!=null&&e.set("selected",null)}function mo(w){let[x,_]=ie(w,!0),$=be(x,_);$&&(w.preventDefault(),p.hidden=!0,L($.axis,$.index))}function po(w){let x=M("k");if(x===0)return;let _=!0;if(Gt.has(w.key)){let $=u.cursor||M("selected")||(ae()?[u.view.r0,u.view.c0]:null);u.cursor=ur($,w.key,x,w.shiftKey?10:1,V(x)),ae()&&Ae(gt(u.view,K(u.cursor),x,u.vMin)),N.textContent=fe(u.cursor).replace(/\n/g,", "),k()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Rr[w.key]){let $=Rr[w.key];if($==="fit")Ae(Ee(x));else{let P=u.cursor?K(u.cursor):null;et($==="in"?qe:1/qe,P?[P[0]+.5,P[1]+.5]:null),P&&ae()&&Ae(gt(u.view,K(u.cursor),x,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let $=u.cursor||M("selected")||[0,0];u.cursor=$,e.set("selected",[$[0],$[1]])}else _=!1;_&&w.preventDefault()}a(f,"pointerdown",io),a(f,"pointermove",lo),a(f,"pointerleave",()=>{p.hidden=!0}),a(f,"pointerup",co),a(f,"pointercancel",()=>{u.pan=null}),a(f,"wheel",so,{passive:!1}),a(v,"click",oo),a(f,"click",uo),a(f,"dblclick",mo),a(f,"keydown",po),a(f,"focus",k),a(f,"blur",k);let en=()=>{let w=O();return w!==u.height&&!(Math.abs(w-u.height)<1)},Ne=l.defaultView;if(Ne&&typeof Ne.ResizeObserver<"u"){let w=new Ne.ResizeObserver(()=>{(u.detached||Math.abs(I()-u.width)>=1||en())&&k()});for(let _ of[h,...i])w.observe(_);let x=h.closest(".cmw");x&&w.observe(x),a(Ne,"resize",()=>{en()&&k()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ne&&typeof Ne.MutationObserver<"u"&&l.body){let w=null,x=new Ne.MutationObserver(()=>{clearTimeout(w),w=setTimeout(k,100)});x.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{x.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let tt=M("selected"),tn=M("focus");function nn(){let w=M("selected"),x=M("focus"),_=w&&!(tt&&w[0]===tt[0]&&w[1]===tt[1]);x!==tn&&x&&u.zoomable?Ae(ir(u.view,[x.r,x.c],M("k"),Os,u.vMin)):_&&ae()&&Ae(gt(u.view,K(w),M("k"),u.vMin)),tt=w,tn=x,X()}return Y(e,Ns,nn,c.signal),X(),{el:h,update:nn,destroy:()=>{c.abort(),h.remove()}}}function zr({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,y)=>g.append(r("td","cmw-num",y));i.replaceChildren();let h=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])h.append(r("th",null,g));let v=i.createTBody();for(let g of l.perClass){let y=v.insertRow(),F=r("th",null,g.label);F.title=F.textContent,y.append(F);for(let b of["precision","recall","f1"])m(y,oe(g[b]));m(y,ce(g.support,d))}for(let[g,y]of l.summary.entries()){let F=v.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(r("th",null,String(y.name??""))),"value"in y)for(let b of["","",oe(y.value),""])m(F,b);else{for(let b of["precision","recall","f1"])m(F,oe(y[b]));m(F,ce(y.support,d))}}}return j(s,"toggle",()=>{s.open&&c&&a()},o.signal),Y(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Br({state:e,dom:t,signal:n}){let o=H(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return Y(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function Ue({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Pe(n,r,s);return j(c,"input",()=>{a=!0,o&&o(l()),d(l())},i),j(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(m,h,v){c.min=String(m),c.max=String(h),c.step=String(v)}}}var Is=60,jr=700,xt="http://www.w3.org/2000/svg",Qe={w:240,h:56,pad:6};function Ur(e,{w:t,h:n,pad:o}=Qe){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Ps(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Vr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{doc:s,h:i,button:c,option:a}=t,l=o||{now:()=>Date.now(),setTimeout:(T,I)=>setTimeout(T,I),clearTimeout:T=>clearTimeout(T)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),v=()=>e.get("runs").names,g=T=>{let I=v();T>=0&&T<I.length&&I[T]!==e.get("run")&&e.set("run",I[T])},y=Ue({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Is,clock:o,signal:r.signal,onInput:T=>{k(),h.textContent=v()[T]??""}}),F=y.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let S=i("select","cmw-compare-pick");S.setAttribute("aria-label","Compare with");let C=i("label","cmw-field");C.append(i("span",null,"Compare with"),S);let f=i("div","cmw-runs-top");f.append(m,F,h,b,C);let p=s.createElementNS(xt,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${Qe.w} ${Qe.h}`),p.setAttribute("width",String(Qe.w)),p.setAttribute("height",String(Qe.h));let N=i("div","cmw-history-legend");N.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,N),d.append(f,u),d.hidden=!0;let E=null;function M(){let T=e.get("runs"),I=e.get("run");if(d.hidden=T.names.length<2,d.hidden){k();return}let O=T.names.indexOf(I);F.max=String(T.names.length-1),!y.dragging()&&O>=0&&(F.value=String(O)),y.dragging()||(h.textContent=I);let R=Ps(T.names,I);b.textContent=R,b.hidden=!R,D(T.names,e.get("compare")),G(T,O)}function D(T,I){let O=a("","none");S.replaceChildren(O,...T.map(R=>a(R))),S.value=I!=null&&T.includes(I)?I:""}function G(T,I){let O=[];for(let[V,K]of[[T.accuracy,"cmw-line-acc"],[T.macroF1,"cmw-line-f1"]]){let X=Ur(V).filter(Boolean),J=s.createElementNS(xt,"polyline");J.setAttribute("class",K),J.setAttribute("fill","none"),J.setAttribute("points",X.map(z=>z.map(B=>B.toFixed(1)).join(",")).join(" ")),O.push(J)}let R=Ur(T.accuracy);T.names.forEach((V,K)=>{if(!R[K])return;let X=s.createElementNS(xt,"circle");X.setAttribute("class",K===I?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),X.setAttribute("cx",R[K][0].toFixed(1)),X.setAttribute("cy",R[K][1].toFixed(1)),X.setAttribute("r",K===I?"4":"3"),X.setAttribute("data-run",String(K));let J=s.createElementNS(xt,"title");J.textContent=`${V}: accuracy ${oe(T.accuracy[K])}, macro F1 ${oe(T.macroF1[K])}`,X.append(J),O.push(X)}),p.replaceChildren(...O)}function U(){let T=v(),I=T.indexOf(e.get("run"));if(I<0||I>=T.length-1){k();return}g(I+1),E=l.setTimeout(U,jr)}function A(){let T=v();T.indexOf(e.get("run"))>=T.length-1&&g(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),E=l.setTimeout(U,jr)}function k(){E!==null&&l.clearTimeout(E),E=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return j(m,"click",()=>E===null?A():k(),r.signal),j(b,"click",()=>{k(),g(v().length-1)},r.signal),j(S,"change",()=>e.set("compare",S.value===""?null:S.value),r.signal),j(p,"click",T=>{let I=T.target&&T.target.closest?T.target.closest("[data-run]"):null;I&&(k(),g(Number(I.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>k(),{once:!0}),Y(e,["runs","run","compare"],M,r.signal),M(),{el:d,update:M,destroy:()=>{r.abort(),d.remove()}}}var Rs=60,Wr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Gr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),m=Ue({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:Rs,clock:o,signal:r.signal,onInput:f=>{let p=i();l.textContent=f.toFixed(Te(p?p.step:.01))}}),h=m.el,v=s("label","cmw-field");v.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let y=s("label","cmw-field");y.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),y.append(F);let b=s("div","cmw-abstain-stats");c.append(v,y,b);let S=null;function C(){let f=i(),p=!!(f&&f.kind==="multiclass");if(c.hidden=!p,!p)return;m.range(f.lo,f.hi,f.step);let N=f.abstain!==null&&f.abstain!==void 0;if(a.checked=N,h.disabled=!N,N&&(S=f.abstain),!m.dragging()){let u=N?f.abstain:S??(f.lo+f.hi)/2;h.value=String(u),l.textContent=N?Number(u).toFixed(Te(f.step)):"off"}g.max=String(f.k_max),t.doc.activeElement!==g&&(g.value=String(f.top_k)),b.replaceChildren(),N&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Wr(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Wr(f.covered_accuracy)}`))}return j(a,"change",()=>{i()&&d(a.checked?parseFloat(h.value):null)},r.signal),j(g,"change",()=>{let f=i(),p=Number(g.value),N=f&&Number.isInteger(p)&&p>=1&&p<=f.k_max;F.textContent=N||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,N?e.set("top_k",p):f&&(g.value=String(f.top_k))},r.signal),Y(e,["scores"],C,r.signal),C(),{el:c,update:C,destroy:()=>{r.abort(),c.remove()}}}function Kr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ds=60,Lt={size:240,pad:34},zs=[0,.5,1],Bs="http://www.w3.org/2000/svg",js=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Xr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s,doc:i}=t,c=(f,p={})=>{let N=i.createElementNS(Bs,f);for(let[u,E]of Object.entries(p))N.setAttribute(u,String(E));return N},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let m=!1,h=null,v={},g=f=>{let p=e.get("binary");!p||!Number.isFinite(f)||e.set("threshold",ee(f,p.lo,p.hi))},y=Pe(g,Ds,o);r.signal.addEventListener("abort",()=>y.cancel(),{once:!0});function F(f){let{size:p,pad:N}=Lt;l.replaceChildren();for(let u of Object.keys(v))delete v[u];for(let u of js){let E=f[u.kind],M=s("figure",`cmw-curve cmw-curve-${u.kind}`),D=s("figcaption","cmw-curve-title"),G=f[u.area],U=f.undefinedBecause?f.undefinedBecause[u.kind]:null;if(D.textContent=`${u.title}${G===null||U?"":`  ${u.areaName} ${oe(G)}`}`,U){M.append(D,s("p","cmw-curve-undefined",`Undefined: ${U}.`)),l.append(M);continue}let A=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});A.classList.add("cmw-curve-svg"),Object.assign(A.dataset,{kind:u.kind,plotSize:String(p),plotPad:String(N)}),A.append(c("rect",{x:N,y:N,width:p-2*N,height:p-2*N,class:"cmw-curve-frame"}),c("polyline",{points:Un(E,p,N),class:"cmw-curve-line"})),u.kind==="roc"&&A.append(c("line",{x1:N,y1:p-N,x2:p-N,y2:N,class:"cmw-curve-chance"}));let k=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});k.textContent=u.x;let T=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});T.textContent=u.y,A.append(k,T,...b(p,N));let I=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),O=c("text",{x:N,y:N-8,class:"cmw-curve-readout"}),R=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),V=c("title");V.textContent="Drag along the curve to move the threshold",R.append(V),A.append(...I,O,R),M.append(D,A),l.append(M),v[u.kind]={plot:A,marker:R,guides:I,readout:O,curve:E,spec:u},S(A,E)}d.replaceChildren();for(let u of f.targets){let E=t.button("cmw-curve-target",`threshold for ${u.name}`);E.dataset.threshold=String(u.threshold),j(E,"click",()=>g(u.threshold),r.signal),d.append(E)}}function b(f,p){let N=f-2*p,u=[];for(let E of zs){let M=p+E*N,D=p+(1-E)*N,G=String(E);u.push(c("line",{x1:M,y1:f-p,x2:M,y2:f-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:D,x2:p,y2:D,class:"cmw-curve-tickmark"}));let U=c("text",{x:M,y:f-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});U.textContent=G;let A=c("text",{x:p-6,y:D,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});A.textContent=G,u.push(U,A)}return u}function S(f,p){let N=!1,u=M=>{let D=Kr(f.getBoundingClientRect(),Lt),G=(M.clientX-D.x0)/D.inner,U=1-(M.clientY-D.y0)/D.inner;return p.t[jn(p,G,U)]};j(f,"pointerdown",M=>{if(N=!0,f.setPointerCapture&&M.pointerId!==void 0)try{f.setPointerCapture(M.pointerId)}catch{}y(u(M))},r.signal),j(f,"pointermove",M=>{N&&y(u(M))},r.signal),j(f,"pointerup",M=>{N&&(N=!1,y.cancel(),g(u(M)))},r.signal),j(f,"pointercancel",()=>{N=!1,y.cancel()},r.signal)}function C(){let f=e.get("binary");if(a.hidden=!f,!f)return;let p=e.get("curves");if(!p){(!m||h!==null)&&(m=!0,h=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(F(p),h=p);let{size:N,pad:u}=Lt,E=N-2*u;for(let{marker:M,guides:D,readout:G,spec:U,plot:A}of Object.values(v)){let[k,T]=U.at(f),I=Number.isFinite(k)&&Number.isFinite(T);for(let X of[M,...D])X.setAttribute("visibility",I?"visible":"hidden");if(G.textContent=I?`${U.x} ${oe(k)}, ${U.y} ${oe(T)}`:"",!I)continue;let O=(u+k*E).toFixed(1),R=(u+(1-T)*E).toFixed(1);M.setAttribute("cx",O),M.setAttribute("cy",R);let[V,K]=D;Object.entries({x1:O,y1:R,x2:O,y2:N-u}).forEach(([X,J])=>V.setAttribute(X,J)),Object.entries({x1:O,y1:R,x2:u,y2:R}).forEach(([X,J])=>K.setAttribute(X,J)),A.dataset.markerX=String(k),A.dataset.markerY=String(T)}}return Y(e,["binary","curves"],C,r.signal),C(),{el:a,update:C,destroy:()=>{r.abort(),a.remove()}}}var Us=60,Zt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Vs(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function Yr({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),m=0,v=Ue({dom:t,cls:"cmw-label-threshold",write:E=>{let M=d();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite(E))return;let D=M.thresholds.slice();D[m]=E,e.set("thresholds",D)},throttleMs:Us,clock:o,signal:r.signal,onInput:E=>{let M=d();l.textContent=E.toFixed(Te(M?M.step:.01))}}),g=v.el,y=s("label","cmw-field");y.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),S=s("table","cmw-label-tables");i.append(a,y,F,b,S);let C="label",f=!1;function p(){let E=d(),M=!!(E&&E.kind==="multilabel");if(i.hidden=!M,!M)return;let D=e.get("labels"),G=e.get("metrics").perClass,U=e.get("countDigits");m=Math.min(m,D.length-1),(c.options.length!==D.length||[...c.options].some((k,T)=>k.textContent!==D[T]))&&c.replaceChildren(...D.map((k,T)=>t.option(String(T),k))),c.value=String(m);let A=Array.isArray(E.thresholds);y.hidden=!A,g.disabled=!!E.fixed,A&&!v.dragging()&&(v.range(E.lo,E.hi,E.step),g.value=String(E.thresholds[m]),l.textContent=Number(E.thresholds[m]).toFixed(Te(E.step))),N(E,D,U),u(E,D,G,U)}function N(E,M,D){let G=E.tables[m]||[0,0,0,0],U=s("table","cmw-readout-table");U.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let k=U.createTBody();[["truly absent",0],["truly present",2]].forEach(([I,O])=>{let R=k.insertRow();R.append(s("th",null,I));for(let V of[O,O+1]){let[K,X]=Zt[V],J=s("td"),z=t.button("cmw-label-cell",`${X} ${ce(G[V],D)}`);z.dataset.cell=K,z.disabled=!!E.fixed,j(z,"click",()=>e.send({type:"label_cell",label:m,cell:K}),r.signal),J.append(z),R.append(J)}}),F.replaceChildren(s("div","cmw-label-focus-title",M[m]??""),U);let T=E.focus;if(T&&T.label===m){let I=Zt.find(([R])=>R===T.cell)?.[1]??T.cell,O=T.indices.length<T.total?`first ${T.indices.length} of ${T.total}`:`${T.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${I} of ${M[m]}: ${O} samples`),s("div","cmw-indices",T.indices.join(", ")))}else b.replaceChildren()}function u(E,M,D,G){let U=s("tr"),A=(O,R)=>{let V=C===O,K=t.button(`cmw-sort${V?" cmw-sorted":""}`,V?`${R} ${f?"▼":"▲"}`:R);K.dataset.sort=O,j(K,"click",()=>{f=V?!f:O!=="label",C=O,p(),S.querySelector(`[data-sort="${O}"]`).focus()},r.signal);let X=s("th");return X.setAttribute("aria-sort",V?f?"descending":"ascending":"none"),X.append(K),X};U.append(A("label","label"),...Zt.map(([,O])=>s("th",null,O)),A("f1","F1"),A("support","support"));let k=s("thead");k.append(U);let T=s("tbody"),I=D.length===M.length?D:M.map(()=>({f1:NaN,support:NaN}));for(let O of Vs(I,C,f)){let R=s("tr",O===m?"cmw-focused":null);R.dataset.label=String(O);let V=t.button("cmw-label-name",M[O]);j(V,"click",()=>{m=O,p()},r.signal);let K=s("th");K.append(V),R.append(K,...(E.tables[O]||[]).map(X=>s("td",null,ce(X,G))),s("td",null,oe(I[O].f1)),s("td",null,ce(I[O].support,G))),T.append(R)}S.replaceChildren(k,T)}return j(c,"change",()=>{m=Number(c.value)||0,p()},r.signal),Y(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function Hr(e){let t=[Xr(e),Gr(e),Yr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function qr({state:e,dom:t,signal:n}){let o=H(n),{h:r,button:s}=t,i=r("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let v=r("p","cmw-sentence");for(let b of h.sentence){let S=String(b&&b.text!=null?b.text:"");v.append(b&&b.em?r("em",null,S):t.doc.createTextNode(S))}let g=r("div","cmw-selection-head");if(g.append(v,c()),i.append(g),!h.available){let b=e.get("table"),S=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",S));return}let y=_n(h);if(y.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),l(y));let F=Array.isArray(h.previews)?h.previews:[];F.length&&i.append(d(F))}function l(h){let v=r("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),v.append(g)}if(v.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),v.append(g)}return v}function d(h){let v=r("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let y=r("figure","cmw-preview-img"),F=r("img");F.src=g.src,F.alt=`sample ${g.index}`,y.append(F,r("figcaption",null,`#${g.index}`)),v.append(y)}else if(g.kind==="text"){let y=r("div","cmw-preview-text");y.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),v.append(y)}}return v}let m=null;return j(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let v=h.target.closest("button[data-offset]");if(!v)return;let g=e.get("selection");m=g&&{cls:v.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(v.dataset.offset)})},o.signal),Y(e,["selection","table","hasSelection"],()=>{let h=m;m=null;let v=t.doc.activeElement,g=v&&(i.contains(v)||v===t.doc.body);a();let y=e.get("selection");if(!h||!y||y.i!==h.i||y.j!==h.j||!g)return;let F=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var Ws=96,Gs=3;function Lr(e,t){return Math.max(Gs,Math.floor(Ws/Math.max(e,t,1)))}function Ks(e,t,n,o){let r=Lr(n,o),s=Math.floor(t/r),i=Math.floor(e/r);return s>=0&&s<n&&i>=0&&i<o?[s,i]:null}function Xs(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${oe(t.value)}, ${oe(t.rest)} in the other slices)`}function Zr({state:e,dom:t,signal:n}){let o=H(n),{h:r,option:s}=t,i=r("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let c=r("select","cmw-slice-pick");c.setAttribute("aria-label","Slice shown");let a=r("label","cmw-field");a.append(r("span",null,"Slice"),c);let l=r("div","cmw-slice-odd-note"),d=r("div","cmw-slice-fixed-note"),m=r("div","cmw-slice-grid"),h=r("div","cmw-slices-top");h.append(a,l),i.append(h,d,m),j(c,"change",()=>{let y=c.value===""?null:c.value;y!==e.get("slice")&&e.set("slice",y)},o.signal);function v(){let y=e.get("slices");if(i.hidden=!y,!y){m.replaceChildren();return}let F=e.get("slice");c.replaceChildren(s("","all samples"),...y.names.map(b=>s(b))),c.value=F!=null&&y.names.includes(F)?F:"",c.disabled=y.fixed,c.title=y.fixed?"Showing another slice needs a live kernel":"",l.textContent=Xs(y),d.textContent=y.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!y.fixed,g(y,F)}function g(y,F){let{colors:b}=e.get("sliceColors"),S=e.get("sliceLut"),{k:C,cols:f}=y,p=Lr(C,f),N=y.names.map((u,E)=>{let M=r("figure","cmw-slice");u===F&&M.classList.add("cmw-slice-shown"),y.mostDifferent&&y.mostDifferent.slice===E&&M.classList.add("cmw-slice-odd"),M.dataset.slice=u;let D=r("canvas","cmw-slice-canvas"),G=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;D.width=Math.round(f*p*G),D.height=Math.round(C*p*G),D.style.width=`${f*p}px`,D.style.height=`${C*p}px`,D.setAttribute("role","img"),D.setAttribute("aria-label",`Matrix of slice ${u}`),D.tabIndex=-1;let U=D.getContext&&D.getContext("2d");if(U){U.scale(G,G);for(let I=0;I<C;I++)for(let O=0;O<f;O++)U.fillStyle=rt(S,b[E][I*f+O]),U.fillRect(O*p,I*p,p,p)}C*f<=1024&&(M.dataset.colors=Array.from(b[E]).join(",")),j(D,"click",I=>{let O=Ks(I.offsetX,I.offsetY,C,f);!O||y.fixed||(e.get("slice")!==u&&e.set("slice",u),e.set("selected",O))},o.signal);let A=r("figcaption","cmw-slice-caption"),k=y.accuracy[E],T=y.samples[E];return A.append(r("span","cmw-slice-name",u),r("span","cmw-slice-stats",`n=${T==null?"–":+T.toFixed(2)} · acc ${oe(k)}`)),M.append(D,A),M});m.replaceChildren(...N)}return Y(e,["slices","slice","sliceColors","sliceLut"],v,o.signal),v(),{el:i,update:v,destroy:()=>o.abort()}}var Jr=e=>Math.round(e).toLocaleString("en-US");function Ys(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Jr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Jr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Hs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Qr({state:e,dom:t,signal:n}){let o=H(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Ys(l);let d=Hs(e);c.hidden=!d,c.textContent=d||""}return Y(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function qs(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var Ls=60;function eo({state:e,dom:t,signal:n,clock:o}){let r=H(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,h=null,v=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,y=(p,N)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Te(v(N)));function F(){let p=e.get("binary");if(i.hidden=!p,!p)return;let N=g();a.min=N?"0":String(p.lo),a.max=String(N?N.length-1:p.hi),a.step=N?"1":String(v(p));let u=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(u)&&(a.value=String(N?qs(N,u):u),l.textContent=y(u,p)),b(p)}function b(p){let N=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let M=u.createTBody(),D=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[U,...A]of D){let k=M.insertRow();k.append(s("th",null,U));for(let[T,I]of A){let O=s("td");O.append(s("span","cmw-tag",T),t.doc.createTextNode(` ${ce(I,N)}`)),k.append(O)}}let G=s("div","cmw-readout-stats");for(let[U,A]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])G.append(s("span","cmw-stat",`${U} ${oe(A)}`));d.replaceChildren(u,G)}let S=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},C=Pe(S,Ls,o),f=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return j(a,"input",()=>{m=!0;let p=f(),N=e.get("binary");Number.isFinite(p)&&(l.textContent=N?y(p,N):p.toFixed(2)),C(p)},r.signal),j(a,"change",()=>{m=!1,C.cancel();let p=f();(p!==h||e.get("threshold")!==p)&&S(p)},r.signal),r.signal.addEventListener("abort",()=>C.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table"],F,r.signal),F(),{el:i,update:F,destroy:()=>{r.abort(),i.remove()}}}var Zs=300,Js=200,Qs=16;function ei(e,t,n){let o=e-t-Qs,r=Math.min(jt,Math.max(n,1)*ft)+Js;return t>0&&o>=Math.max(Zs,Math.min(r,.6*e))?o:e}function ti(e,t){let n=e.dom.h("div","cmw-main"),o=Hr(e);o.el.classList.add("cmw-side");let s=Dr({...t,room:()=>ei(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function ni(e){let t=mr(e),n=yr(e);return[Qn({...e,extra:[t.button]}),t,eo(e),Qr(e),Br(e),n.panel,ti(e,n.matrixCtx),n.table,Vr(e),Jn(e),Zr(e),qr(e),zr(e)]}function to(e,t,n=performance.now()){let o=Dn(t.ownerDocument||document),r=new AbortController,s=Zn(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",j(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let c=({k:l,draws:d,lastMs:m,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=ni({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var vt="cm-widget",ri="application/vnd.cm-widget.view+json",Jt="application/vnd.jupyter.widget-view+json",no=1e4,oi="Saved view, no kernel behind it: run the cell to make it live.",Qt=null;async function si(e){let t=Qt&&Qt[e];if(!t)throw new Error(`${vt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function ii(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=an,e.head.appendChild(t)}async function ai(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Rn(n):null}function ro(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ci(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=ai(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),no))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=ro(this,"rendermime"),r=o&&o.rendermime,s=ro(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Jt in n.data&&r&&r.mimeTypes.includes(Jt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Jt);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:no),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){ii(o),s.textContent=oi;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:to(In(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function li(){let{Panel:e}=await si("@lumino/widgets"),t=ci(e);return{id:`${vt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[ri],defaultRank:-20,createRenderer:n=>new t(n)}}}function ui(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[vt]={init:e=>{Qt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${vt} has no module ${e}`);let t=ui()?[await li()]:[];return()=>({__esModule:!0,default:t})}});})();
