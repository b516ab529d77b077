(()=>{var y1=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

/* Costs (cost=): the cost curve under the ROC, its least point, and the expected cost line. */
.cmw-cost-line {
  fill: none;
}

.cmw-cost-least {
  fill: var(--cmw-bg);
  stroke: var(--cmw-accent);
  stroke-width: 2.5;
}

.cmw-cost-marker {
  cursor: default;
}

.cmw-cost-readout,
.cmw-cost-sentence {
  margin: 4px 0;
  font-size: 12px;
  font-variant-numeric: tabular-nums;
}
`;function v1(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function k1(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Pt(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function A1(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Pt(t[r],t[r+1],t[r+2])}function S1(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),a=Math.min(n,e.length);for(let c=0;c<a;c++)i[c]=s[e[c]];return r}function Hr(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function qr([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function M1(e,t){let n=Hr(t);if(!n||qr(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function ne(e,t,n){return e<t?t:e>n?n:e}var Zr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ge(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Je(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ge(e),n=Math.floor(t.byteLength/8);if(Zr)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function We(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,a=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},c=(...l)=>{i=l;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),a()):s===null&&(s=r.setTimeout(a,d))};return c.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},c.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),a())},c}var Jr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Qr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function De(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=Jr[e&&e.dtype]||Float64Array,o=_1(r,ge(e&&e.counts)),s=Lr(e&&e.totals,t,n);if(e&&e.at!=null){let i=_1(Uint32Array,ge(e.at)),a=new r(t*n),c=Math.min(i.length,o.length);for(let l=0;l<c;l++)i[l]<a.length&&(a[i[l]]=o[l]);return{k:t,cols:n,counts:a,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function _1(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(Qr&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let a=0;a<r;a++)i[a]=o[s](n*a,!0);return i}function Lr(e,t,n){if(!e||typeof e!="object")return null;let r=(a,c)=>Array.isArray(a)&&a.length===c?Float64Array.from(a,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function Qe(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ve(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let c=0;c<8;c++)s[c]=e[t+c*r];let i=8;for(;i<n-n%8;i+=8)for(let c=0;c<8;c++)s[c]+=e[t+(i+c)*r];let a=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)a+=e[t+i*r];return a}let o=Math.floor(n/2);return o-=o%8,ve(e,t,o,r)+ve(e,t+o*r,n-o,r)}function Ge(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return eo(e,t,r,n,o,i);if(n==="true")for(let a=0;a<t;a++){let c=ve(e,a*r,r);for(let l=0;l<r;l++)i[a*r+l]=c===0?0:e[a*r+l]/c}else if(n==="pred"){let a=new Float64Array(r);for(let c=0;c<t;c++)for(let l=0;l<r;l++)a[l]+=e[c*r+l];for(let c=0;c<t;c++)for(let l=0;l<r;l++)i[c*r+l]=a[l]===0?0:e[c*r+l]/a[l]}else if(n==="all"){let a=ve(e,0,s);for(let c=0;c<s;c++)i[c]=a===0?0:e[c]/a}else return e;return i}function eo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let a=0;a<n;a++){let c=r==="true"?o.rows[i]:r==="pred"?o.cols[a]:r==="all"?o.all:1;s[i*n+a]=c===0?0:e[i*n+a]/c}return r==="true"||r==="pred"||r==="all"?s:e}function dt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function to(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Se(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let a=0;a<e.length;a++){let c=(e[a]-t)*i;c=c<0?0:c>r-1?r-1:c,o[a]=to(c)}return o}function Bt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var no=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function T1(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?no.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function mt(e){let t=ge(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function pt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Pt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var ut=e=>Number(e.toPrecision(12));function ft(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),a=[1,2,2.5,5,10].map(l=>ut(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));a===void 0&&(a=ut(10*i)),o&&(a=Math.max(1,a));let c=[];for(let l=0;l*a<=r*(1+1e-12);l++){let d=ut(l*a);c.push([d/r,o?String(d):`${ut(d*100)}%`])}return c}function C1(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(c=>c&&typeof c=="object"):[],o=ge(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((c,l)=>{let d=u=>i.getFloat64(8*(4*l+u),!0);return{label:c,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var Dt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},wt=e=>Array.isArray(e)?e:[],Le=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ht=e=>wt(e).map(Number).filter(Number.isInteger);function ro(e){let t=Dt(e),n=wt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(wt(o)[i])?Number(wt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function oo(e,t){let n=Dt(e);if(typeof n.name!="string")return null;let r=De(n.matrix),o=mt(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Le(n.fixed),broken:Le(n.broken),changed:Le(n.changed)}}function E1(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function $1(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function so(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var N1=(e,t)=>{let n=$1(e);return Se(so(e,t),-n,n)};function F1(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function O1(e,t=0){let n=Math.abs($1(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function io(e){let t=Dt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ht(t.entered),cameFrom:ht(t.came_from),left:ht(t.left),wentTo:ht(t.went_to),nEntered:Le(t.n_entered),nLeft:Le(t.n_left)}}var R1={runs:{raw:["_runs"],make:(e,t)=>ro(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>oo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>io(t("_moves"))}},I1=["run","compare"];var P1=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],B1=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function pe(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function ze(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=ne(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?F1(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function zt(e,t,n,r=0){let o=ze(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${pe(t,r)})`}:{main:o,sub:""}}function le(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Fe(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return ne(r-(n?Number(n):0),0,6)}function D1(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function z1(e,t){return t?`${e}_r`:e}function jt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,a)=>Number.isInteger(i)&&i>=0&&i<a;return s(r,t)&&s(o,n)?[r,o]:null}function j1(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var U1=[[`
`,"⏎"],["\r","␍"]];function et(e){let t=String(e);for(let[n,r]of U1)t=t.split(n).join(r);return t}function Ut(e,t){if(t!=null&&e===et(t))return String(t);let n=String(e);for(let[r,o]of U1)n=n.split(o).join(r);return n}function gt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let c=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+c}var co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Me(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Ke(e,t){let n=Me(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(co)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),a=`get${e.name.replace("Array","")}`;for(let c=0;c<o;c++)i[c]=s[a](r*c,!0);return i}var ao={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function lo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=ao[e.dtype];return t?Ke(t,e.data):null}function uo(e){let t=Me(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let a=0;for(let c=n-1;c>=0;c--)a=a*256+t[i+c];o[s]=a}return o}function W1(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ke(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ke(Uint32Array,t.sample_index):null,ids:lo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ke(Float32Array,t.outside.scores),weights:t.outside.weights?Ke(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Me(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Ke(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=uo(t.cells);return n}var je=new Float32Array(1),V1=new Int32Array(je.buffer);function mo(e,t){return je[0]=e,je[0]===0?(V1[0]=1,t?je[0]:-je[0]):(V1[0]+=je[0]>0===t?1:-1,je[0])}function Vt(e){let t=Math.fround(e);return t>e?mo(t,!1):t}function Oe(e,t=-1/0,n=1/0){let r=Vt(Number(e));return Math.min(Math.max(r,Vt(t)),Vt(n))}function bt(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,a=Oe(t);for(let c=0;c<e.n;c++){let l=e.positive[c]?s:i,d=e.scores[c]>=a?s:i;r[l*n+d]+=o?o[c]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function G1(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,a=n===s,c=Oe(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=c===a&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function Wt(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Oe(n);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:1-s,l=e.scores[a]>=i?s:1-s;t[c*o+l]&&r.push(a)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function xt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function yt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>xt(e,r))}function po(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Oe(n),i=r.weights;for(let c=0;c<r.scores.length;c++)o[r.scores[c]>=s?e.posIndex:1-e.posIndex]+=i?i[c]:1;let a=i?ve(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:a}}var ke=(e,t)=>t!==0?e/t:0;function fo(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,a=0;for(let f=0;f<t;f++){for(let S=0;S<t;S++){let $=e[f*t+S];o[f]+=$,s[S]+=$,a+=$}r[f]=e[f*t+f],i+=r[f]}if(n){for(let f=0;f<t;f++)o[f]+=n.trueK[f],s[f]+=n.predK[f];i+=n.agree,a+=n.total}let c=0;for(let f=0;f<t;f++)c+=o[f];let l=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,b=0;for(let f=0;f<t;f++){let S={precision:ke(r[f],s[f]),recall:ke(r[f],o[f]),f1:ke(2*r[f],o[f]+s[f]),support:o[f]};l.push(S);let $=ke(o[f],c);for(let x of["precision","recall","f1"])d[x]+=S[x]/t,u[x]+=S[x]*$;o[f]>0&&(p+=1,b+=S.recall)}return{rows:l,accuracy:ke(i,a),balancedAccuracy:p?b/p:0,macro:d,weighted:u}}function Gt(e,t,n=null,r=null){let o=fo(e,t,po(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((a,c)=>s.set([a.precision,a.recall,a.f1,a.support],4*c));let i=o.rows.reduce((a,c)=>a+c.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function ho(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:ke(e,e+n),fpr:ke(t,t+r),precision:ke(e,e+t),f1:ke(2*e,2*e+t+n),mcc:ke(e*r-t*n,o)}}function Kt(e,t,n){let r=e.pos_index,o=1-r,s=(i,a)=>t[i*2+a];return{...e,threshold:n,...ho(s(r,r),s(o,r),s(r,o),s(o,o))}}function K1(e){return e??"true"}function Y1(e,t,n,r,o,s=!1,{basis:i="true",abstained:a=!1,multilabel:c=!1}={}){let l=s?Yt(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=a?" but the model ":o||c?" and predicted ":" but predicted ",p=` (${gt(r*100,1)}% of `,b;return i==="all"?b=[{text:`${p}all samples).`}]:i==="pred"&&a?b=[{text:`${p}the abstained samples).`}]:i==="pred"?b=[{text:p+(c?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:p+(c?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...b]}function Yt(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Xt={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var vt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,X1=(e,t,n)=>Array.isArray(e)&&e.length===2&&vt(e[0],t)&&vt(e[1],n);function Ye(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&vt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&vt(e.col,n)?{kind:"col",j:e.col}:null}return X1(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>X1(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function Ht(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function H1(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function q1(e,t,n=t){if(e===null)return null;let r=Ye(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":H1(r.cells)}function Z1(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),H1(n)}function J1(e,t,n,r,o,s,{fixed:i,formatG:a,pairs:c=!1}){let l=s?a(t):String(Math.trunc(t)),[d,u]=c?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?d:u} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${p}misclassified`},b]:[{text:`${p}in ${r} selected cells`},b]}var go=/[",\r\n]/;function bo(e){let t=String(e);return go.test(t)?`"${t.replace(/"/g,'""')}"`:t}function kt(e,t){return[e,...t].map(n=>n.map(bo).join(",")).join(`
`)+`
`}var Q1=40,qt="abstained";function xo(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function yo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function L1(e){let t=Object.prototype.hasOwnProperty.call(Xt,e)?Xt[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var en=e=>e.every(t=>Number.isInteger(t));function tn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let v of e.state.buffers)xo(t,v.path,Me(v.data));let n=e.k,r=W1(e),o=new Map,s={key:null,members:null},i=e.page_size||100,a=!!(t._scores&&t._scores.kind==="multilabel");t._scores=a?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let c=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},c&&delete t._issues.counts);let d=v=>{for(let A of o.get(v)||[])A()},u=(v,A)=>{t[v]=A,d(v)},p=De(t._matrix),b=r?bt(r,t.threshold):Float64Array.from(Qe(p.counts,n,p.cols).square),f=p.cols===n+1?Array.from({length:n},(v,A)=>p.counts[A*p.cols+n]):null;function S(){return{k:n,dtype:"float64",counts:new Uint8Array(b.buffer.slice(0))}}function $(v,A){let R=`${v},${A},${t.threshold}`;return s.key!==R&&(s.key=R,s.members=G1(r,v,A,t.threshold)),s.members}function x(v,A,R,D){let O=0;if(D==="true")for(let F of A){for(let j=0;j<n;j++)O+=b[F*n+j];f&&(O+=f[F])}else for(let F=0;F<n;F++)if(D==="all"){for(let j=0;j<n;j++)O+=b[F*n+j];f&&(O+=f[F])}else for(let j of R)O+=j===n?f?f[F]:0:b[F*n+j];return O?v/O:0}function y(v,A,R,D,O,F,j,L={},J={}){let re=0;for(let Q of R)for(let ee of D)re+=ee===n?f?f[Q]:0:b[Q*n+ee];let ae=!!(r&&r.weights||!en(b)),ce=K1(t.normalize),Ce;if(J.multilabel){let Q=p.totals,ee=Q?ce==="true"?Q.rows[v]:ce==="pred"?Q.cols[A]:Q.all:0;Ce=ee?re/ee:0}else Ce=x(re,R,D,ce);let xe=r?F():[],he=xe.length,de=Math.max(0,Math.min(Math.trunc(j)||0,Math.max(he-1,0)));de-=de%i;let Ie=xe.slice(de,de+i),Pe=[];for(let Q of Ie.slice(0,Q1)){let ee=e.previews&&e.previews[String(xt(r,Q))];ee&&Pe.push(ee)}return{i:v,j:A,...L,sentence:Y1(re,O[0],O[1],Ce,v===A,ae,{basis:ce,...J}),count:re,total:he,offset:de,indices:r?yt(r,Ie):[],page_size:i,previews:Pe,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function C(v,A,R){let D=t.display_labels||[];return f&&A===n?y(v,A,[v],[A],[String(D[v]??v),qt],()=>[],R,{},{abstained:!0}):y(v,A,[v],[A],[String(D[v]??v),String(D[A]??A)],()=>$(v,A),R,{},{multilabel:a})}let h=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],w=new Array(h.length?n:0).fill(0);if(h.length){let v=t._groups.codes,A=new DataView(v.buffer,v.byteOffset,v.byteLength);for(let R=0;R<n;R++)w[R]=n<=65536?A.getUint16(2*R,!0):A.getUint32(4*R,!0)}let E=v=>w.flatMap((A,R)=>A===v?[R]:[]);function m(v,A){if(r.kind==="binary"){let D=[];for(let O of E(v))for(let F of E(A))D.push(...$(O,F));return D.sort((O,F)=>O-F)}let R=[];for(let D=0;D<r.n;D++){let O=r.cells[D],F=Math.floor(O/n);w[F]===v&&w[O-F*n]===A&&R.push(D)}return R}function N(v,A,R){return y(v,A,E(v),E(A),[h[v],h[A]],()=>m(v,A),R,{group:!0})}function _(v,A){let R=f?n+1:n,D=Ye(v,n,R),O=Ht(D,n,R),F=0;for(let[Q,ee]of O)F+=ee===n?f?f[Q]:0:b[Q*n+ee];let j=new Uint8Array(n*n);for(let[Q,ee]of O)ee<n&&(j[Q*n+ee]=1);let L=r?Wt(r,j,t.threshold):[],J=yt(r||{},L),re=L.map((Q,ee)=>ee);r&&r.ids&&re.sort((Q,ee)=>J[Q]<J[ee]?-1:J[Q]>J[ee]?1:Q-ee);let ae=0;for(let Q=0;Q<n;Q++){for(let ee=0;ee<n;ee++)ae+=b[Q*n+ee];f&&(ae+=f[Q])}let ce=(t.display_labels||[]).map(String);f&&ce.push(qt);let Ce=D.kind==="row"?ce[D.i]:D.kind==="col"?ce[D.j]:null,xe=!!(r&&r.weights||!en(b)),he=L.length,de=Math.max(0,Math.min(Math.trunc(A)||0,Math.max(he-1,0)));de-=de%i;let Ie=re.slice(de,de+i),Pe=[];for(let Q of Ie.slice(0,Q1)){let ee=e.previews&&e.previews[String(xt(r,L[Q]))];ee&&Pe.push(ee)}return{i:D.kind==="row"?D.i:-1,j:D.kind==="col"?D.j:-1,kind:D.kind,sentence:J1(D.kind,F,Ce,O.length,ae?F/ae:0,xe,{fixed:gt,formatG:Yt,pairs:a}),count:F,total:he,offset:de,indices:Ie.map(Q=>J[Q]),page_size:i,previews:Pe,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function P(v=0){let A=t.selected,R=t.selected_group;A!=null&&!(Array.isArray(A)&&A.length===2&&!Array.isArray(A[0]))?u("_selection",_(A,v)):Array.isArray(A)&&A.length===2?u("_selection",C(A[0],A[1],v)):Array.isArray(R)&&R.length===2?u("_selection",N(R[0],R[1],v)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function z(v){let A=e.orders&&e.orders[v];A&&(u("_order",{dtype:A.dtype,classes:Me(A.classes),groups:A.groups?Me(A.groups):null}),u("order",v))}function Y(v,A,R,D=R){if(v==="selected"&&(A=q1(A,R,D),A===void 0)||!(A===null||v==="selected"||Array.isArray(A)&&A.length===2&&A.every((j,L)=>Number.isInteger(j)&&j>=0&&j<(L===0?R:D))))return;let F=v==="selected"?"selected_group":"selected";A!==null&&t[F]!=null&&(t[F]=null,d(F)),t[v]=A,d(v),P(0)}function K(v){if(!r||r.kind!=="binary"||!c)return;let A=Number(v);if(!Number.isFinite(A))return;let R=Oe(Math.min(Math.max(A,c.lo),c.hi),c.lo,c.hi);t.threshold=R,b=bt(r,R),u("_matrix",S()),u("_binary",Kt(c,b,R)),u("_metrics",Gt(b,n,r,R)),d("threshold"),t.selected!=null&&P(0)}function G(v){let A=String(v),R=A.endsWith("_r")?A.slice(0,-2):A,O=(e.luts&&e.luts[A]?Me(e.luts[A]):null)||L1(A),F=O||(e.luts&&e.luts[R]?Me(e.luts[R]):L1(R));F&&(u("_lut",O||yo(F)),u("cmap",A))}r&&r.kind==="binary"&&c&&(t.threshold=Oe(t.threshold,c.lo,c.hi),b=bt(r,t.threshold),t._matrix=S(),t._binary=Kt(c,b,t.threshold),t._metrics=Gt(b,n,r,t.threshold)),l&&l!=="index"&&(t.selected!=null||t.selected_group!=null)&&P(0);let I=new Set;function U(){let v=De(t._matrix),A=Ge(v.counts,v.k,"true",v.cols,v.totals),R=(t.display_labels||[]).map(String),D=R.slice();v.cols===n+1&&D.push(qt);let O=[];for(let F=0;F<v.k;F++)for(let j=0;j<v.cols;j++)O.push([R[F],D[j],v.counts[F*v.cols+j],A[F*v.cols+j]]);return kt(["true","predicted","count","share"],O)}function V(){let v=["index","true","predicted"],A=!!(r&&r.kind==="binary");if(A&&v.push("score"),!r||t.selected==null)return kt(v,[]);let R=Ye(t.selected,n,f?n+1:n),D=new Uint8Array(n*n);for(let[re,ae]of Ht(R,n,f?n+1:n))ae<n&&(D[re*n+ae]=1);let O=Wt(r,D,t.threshold),F=yt(r,O),j=(t.display_labels||[]).map(String),L=A?Oe(t.threshold):0,J=O.map((re,ae)=>{if(!A)return[F[ae],j[Math.floor(r.cells[re]/n)],j[r.cells[re]%n]];let ce=r.posIndex;return[F[ae],j[r.positive[re]?ce:1-ce],j[r.scores[re]>=L?ce:1-ce],r.scores[re]]});return kt(v,J)}let X={cells:["confusion_matrix.csv",U],selection:["selection.csv",V]};return{receive(v){return I.add(v),()=>I.delete(v)},get:v=>t[v],on(v,A){return o.has(v)||o.set(v,new Set),o.get(v).add(A),()=>o.get(v).delete(A)},set(v,A){if(v==="threshold")return K(A);if(v==="cmap")return G(A);if(v==="normalize"){u(v,A??null),(t.selected!=null||t.selected_group!=null)&&P(t._selection?.offset||0);return}if(v==="display_labels"){if(!Array.isArray(A)||A.length!==n)return;u(v,A.map(String)),t.selected!=null&&P(t._selection?.offset||0);return}if(v==="selected")return Y(v,A,n,f?n+1:n);if(v==="selected_group")return Y(v,A,h.length);if(v==="order")return z(A);if(v==="errors_only")return u(v,A===!0);if(v==="level"){(A==="classes"||A==="groups"&&h.length)&&u(v,A);return}},send(v){if(v&&v.type==="download"&&X[v.what]){let[A,R]=X[v.what],D={type:"download",what:v.what,name:A,text:R()};queueMicrotask(()=>{for(let O of[...I])O(D)});return}v&&v.type==="page"&&(t.selected!=null||t.selected_group!=null)&&P(Number(v.offset)||0)}}}var vo="CMW1";async function nn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function ko(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Ao(e){return new TextDecoder().decode(await nn(e))}async function So(e){let t=await nn(e);if(new TextDecoder().decode(t.subarray(0,4))!==vo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[a,c]=s.__cmw_bytes__;return ko(r.subarray(a,a+c))}}return s})}async function rn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await So(t):JSON.parse(n==="gzip"?await Ao(t):t)}var Mo=new Set(["button","input","select","textarea","summary","canvas"]);function on(e){let t=(o,s,i)=>{let a=e.createElement(o);return s&&(a.className=s),i!=null&&(a.textContent=i),Mo.has(o)&&(a.dataset.lmSuppressShortcuts="true"),a};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function W(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Z(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var _o=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function To(e){let t=ge(e),n=Math.floor(t.byteLength/4);if(_o)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function sn(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Je(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Je(e.curve.t),i=To(e.curve.y),a=Math.min(s.length,i.length);a>0&&(n={t:s.subarray(0,a),y:i.subarray(0,a),n:a})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function cn(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),a=(u,p)=>p<n?e[u*n+p]:t[u],c=[],l=0,d=0;for(let u=0;u<n;u++){let p=0;for(let f=0;f<i;f++)p+=a(u,f)*r[u*o+f];let b=0;for(let f=0;f<s;f++)b+=a(u,f);c.push({total:p,mean:b!==0?p/b:0}),l+=p,d+=b}return{total:l,mean:d?l/d:0,perClass:c}}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Zt(e,t){let n=ge(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Co)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?a=>o.getFloat32(4*a,!0):a=>o.getFloat64(8*a,!0);for(let a=0;a<r;a++)s[a]=i(a);return s}function an(e){if(!e||typeof e!="object")return null;let t=Zt(e.x,Float32Array),n=Zt(e.y,Float32Array),r=Zt(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Jt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ln(e){if(!e||typeof e!="object")return null;let t=an(e.roc),n=an(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Jt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Jt(e.auc),ap:Jt(e.ap),targets:r,undefinedBecause:s}}function un(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,a=e.y[s]-n,c=i*i+a*a;c<o&&(o=c,r=s)}return r}function dn(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Eo={uint16:2,uint32:4};function Qt(e,t){let n=Eo[t];if(!n)return null;let r=ge(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function mn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var pn=e=>Array.from({length:e},(t,n)=>n);function fn(e,t,n){let r=e&&e.dtype,o=e?Qt(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Qt(e.groups,r):null;return{classes:mn(o,t)?o:pn(t),groups:n?mn(i,s)?i:pn(s):null}}function hn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Qt(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}function wn(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let a=e[s*t+i];if(s===i||!(a>0)||o.length===n&&a<=o[n-1][0])continue;let c=o.length;for(;c>0&&o[c-1][0]<a;)c--;o.splice(c,0,[a,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let a=Math.floor(i/t),c=r?r[a]:ve(e,a*t,t);return[a,i-a*t,s,c===0?0:s/c]})}var Lt={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function gn(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Lt),r=null,o=0;if(t.counts!=null){let s=ge(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let a=new DataView(s.buffer);r=new Uint32Array(i);for(let c=0;c<i;c++)r[c]=a.getUint32(4*c,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function bn(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function xn(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var $o=new Set(["normalize","cmap","threshold","display_labels","selected",...I1,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank"]),No=10,At=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},yn=e=>Array.isArray(e)?e:[],St={matrix:{raw:["_matrix"],make:(e,t)=>De(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Qe(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>jt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ge(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Qe(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?E1(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>dt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Se(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?N1(e("values"),e("k")):Se(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||mt(t("_lut"))||k1()},lutText:{uses:["lut"],make:e=>pt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:T1(t("values_format"),e("normalize"),Bt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Bt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?O1(e("values"),e("countDigits")):ft(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>C1(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=At(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ye(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=At(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:yn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>yn(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>gn(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>bn(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>ln(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=sn(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return cn(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=At(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=At(t("_table"));if(!n.engine)return null;let r=Je(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...R1,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>fn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>hn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?jt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>wn(e("counts"),e("k"),No,Fo(e))},focus:{make:()=>null}},tt={},vn=e=>{if(!tt[e]){let t=St[e];tt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(vn)])]}return tt[e]};for(let e of Object.keys(St))vn(e);function Fo(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ve(r,i*n,n)+o[i])}function kn(e){let t=new Map,n=c=>{if(!St[c])throw new Error(`unknown state key ${c}`);return St[c]},r=c=>{let l=n(c),d=tt[c].map(b=>e.get(b)),u=t.get(c);if(u&&u.raws.every((b,f)=>b===d[f]))return u.value;let p=l.make(r,b=>e.get(b));return t.set(c,{raws:d,value:p}),p};return{get:r,on:(c,l)=>{n(c);let d=tt[c].map(u=>e.on(u,l));return()=>d.forEach(u=>u())},set:(c,l)=>{if(!$o.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,l)},send:c=>e.send(c),receive:c=>e.receive?e.receive(c):()=>{}}}function H(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(a=>e.on(a,s));return r&&r.addEventListener("abort",()=>i.forEach(a=>a()),{once:!0}),s}var Oo=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Ro(e,t){return`From ${e.name} to ${t}: ${Oo(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Io(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function An({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(c,l,d,u,p,b,f){let S=o("div",c);if(S.append(o("div","cmw-moves-title",`${l} (${d})`)),!u.length)return S.append(o("span","cmw-hint","none")),S;let $=o("div","cmw-moves-list");return u.forEach((x,y)=>{let C=o("span","cmw-move"),h=p[y];C.append(o("span","cmw-idx",`sample ${x}`),t.doc.createTextNode(": predicted "),o("em",null,f[h]??String(h)),t.doc.createTextNode(` in ${b}`)),$.append(C)}),S.append($),d>u.length&&S.append(o("span","cmw-hint",`showing the first ${u.length} of ${d}`)),S}function a(){let c=e.get("compareState");if(s.hidden=!c,s.replaceChildren(),!c)return;let l=e.get("run"),d=o("p","cmw-compare-summary",Ro(c,l));d.title=Io(c,l),s.append(d);let u=e.get("moves");if(!u){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),o("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${c.name}.`)),s.append(b,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,c.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,l,p))}return H(e,["compareState","moves","run","labels"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Sn({state:e,dom:t,signal:n,extra:r=[]}){let o=Z(n),{h:s,button:i}=t,a=s("div","cmw-controls"),c=s("div","cmw-seg");c.setAttribute("role","group"),c.setAttribute("aria-label","Normalisation");let l=B1.map(x=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",x.label),y.append(s("span","cmw-long",x.label),s("span","cmw-short",x.short)),y.dataset.value=x.value===null?"":x.value,c.append(y),y}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let x of P1)u.append(t.option(x));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),b=s("label","cmw-field"),f=s("input","cmw-reverse");f.type="checkbox",b.append(f,s("span",null,"reverse")),a.append(c,d,b,...r);function S(){let x=e.get("normalize");for(let w of l){let E=(w.dataset.value||null)===x;w.classList.toggle("cmw-active",E),w.setAttribute("aria-pressed",String(E))}let y=e.get("compareState");if(u.disabled=!!y,f.disabled=!!y,y){p.textContent=`${y.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:C,reversed:h}=D1(e.get("cmap"));[...u.options].some(w=>w.value===C)||u.append(t.option(C)),u.value=C,f.checked=h}let $=()=>e.set("cmap",z1(u.value,f.checked));return W(c,"click",x=>{let y=x.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),W(u,"change",$,o.signal),W(f,"change",$,o.signal),H(e,["normalize","cmap","compareState"],S,o.signal),S(),{el:a,update:S,destroy:()=>{o.abort(),a.remove()}}}var Mn={width:240,height:130,pad:34},Po="http://www.w3.org/2000/svg";function Ue(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):le(e):"–"}function Bo(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Ue(r.mean)}`).join(", ");return`Expected cost ${Ue(e.mean)} per sample (${Ue(e.total)} in total); per true class: ${n}.`}function Do(e,t,n,r,o){let{width:s,height:i,pad:a}=o,c=u=>a+(u-t)/(n>t?n-t:1)*(s-2*a),l=u=>i-a+4-(r>0?u/r:0)*(i-a-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${c(e.t[u]).toFixed(1)},${l(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:c,ys:l}}function _n({state:e,dom:t,signal:n}){let r=Z(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=Bo(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return H(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Tn({state:e,dom:t,signal:n}){let r=Z(n),{h:o,doc:s}=t,i=(P,z={})=>{let Y=s.createElementNS(Po,P);for(let[K,G]of Object.entries(z))Y.setAttribute(K,String(G));return Y},a=o("figure","cmw-curve cmw-cost");a.hidden=!0;let c=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:l,height:d,pad:u}=Mn,p=i("svg",{width:l,height:d,viewBox:`0 0 ${l} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),f=i("line",{class:"cmw-curve-guide cmw-cost-now"}),S=i("circle",{r:5,class:"cmw-cost-least"}),$=i("title");S.append($);let x=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),y=i("text",{x:l/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent="threshold";let C=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});C.textContent="cost";let h=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:u,y:8,width:l-2*u,height:d-u-4,class:"cmw-curve-frame"}),b,f,S,x,y,C,h);let w=t.button("cmw-cost-snap","Move the threshold to the least cost"),E=o("p","cmw-cost-readout");a.append(c,p,w,E);let m=null,N=null;W(w,"click",()=>{let P=e.get("costs"),z=e.get("binary");P&&P.least&&z&&e.set("threshold",ne(P.least.threshold,z.lo,z.hi))},r.signal);function _(){let P=e.get("costs"),z=e.get("binary");if(a.hidden=!(P&&P.curve&&P.least&&z),a.hidden)return;if(N!==P||!m||m.lo!==z.lo||m.hi!==z.hi){let I=0;for(let X=0;X<P.curve.n;X++)I=Math.max(I,P.curve.y[X]);let U=Do(P.curve,z.lo,z.hi,I,Mn);b.setAttribute("points",U.points),m={...U,lo:z.lo,hi:z.hi},h.textContent=Ue(I);let V=ne(P.least.threshold,z.lo,z.hi);S.setAttribute("cx",m.xs(V).toFixed(1)),S.setAttribute("cy",m.ys(P.least.mean).toFixed(1)),$.textContent=`least cost ${Ue(P.least.mean)} at threshold ${V}`,Object.assign(a.dataset,{leastThreshold:String(P.least.threshold),leastMean:String(P.least.mean)}),N=P}let Y=m.xs(ne(z.threshold,z.lo,z.hi)).toFixed(1);for(let[I,U]of Object.entries({x1:Y,x2:Y,y1:8,y2:d-u+4}))f.setAttribute(I,String(U));let K=e.get("expectedCost"),G=K?K.mean:NaN;x.setAttribute("visibility",Number.isFinite(G)?"visible":"hidden"),Number.isFinite(G)&&(x.setAttribute("cx",Y),x.setAttribute("cy",m.ys(G).toFixed(1))),w.disabled=Math.abs(G-P.least.mean)<=1e-12*Math.max(1,Math.abs(P.least.mean)),E.textContent=`Now ${Ue(G)} per sample; least ${Ue(P.least.mean)} at threshold ${le(ne(P.least.threshold,z.lo,z.hi))}.`,a.dataset.mean=String(G)}return H(e,["costs","binary","expectedCost"],_,r.signal),_(),{el:a,update:_,destroy:()=>{r.abort(),a.remove()}}}var Mt=64,t1=800,Cn=120,_t=6,zo=6,rt=2,jo=14,n1=140,se=8,_e=20,r1=15,Ae=6,o1=16,Ve=14,nt=6,e1=8,s1=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function ot(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Mt,a=n.maxGrid||t1,c=se+_e+r+Ae,l=se,d=e>0&&n.extra?1:0,u=Math.min(a,Math.max(Cn,t-c-s-se-d*nt)),p=n.view||Re(e),b=e>0?p.v:0,f=b>0?Math.min(i,u/(b+d)):0;d&&f<e1&&(f=Math.min(i,(u-e1)/b)),f>=_t&&(f=Math.floor(f));let S=f*b,$=c+S+nt,x=d?Math.max(f,e1):0,y=d?$+x:c+S;return{k:e,v:b,r0:p.r0,c0:p.c0,room:u,cell:f,x0:c,y0:l,grid:S,extra:d,xExtra:$,xw:x,right:y,width:Math.ceil(y+s+se),height:Math.ceil(l+S+Ae+o+_e+se+(Math.max(1,n.xTitleLines||1)-1)*r1)}}function En(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=_t&&(r=Math.floor(r)),Math.max(Cn,r*(n+e.extra))}function Tt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,a=n.c0||0,c=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[c,n.k]:r>=0&&r<n.grid?[c,a+Math.min(s,Math.floor(r/n.cell))]:null}function Re(e){return{r0:0,c0:0,v:Math.max(0,e)}}function $n(e,t){return e*zo>t}function Nn(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Mt)))}function ye(e,t,n=1){if(!(t>0))return Re(0);let r=e||Re(t),o=ne(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=ne(Math.round(Number(r.r0)||0),0,t-o),i=ne(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function Fn(e,t,n,r,o=1){let s=ye(e,r,o);if(!(t>0)||!(r>0))return s;let i=ne(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[a,c]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,u)=>u-(u-d)*i/s.v;return ye({r0:l(s.r0,a),c0:l(s.c0,c),v:i},r,o)}function On(e,t,n,r,o=1){let s=ye(e,r,o);return ye({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Ct(e,t,n,r=1){let o=ye(e,n,r);if(!t)return o;let s=(i,a)=>a<i?a:a>=i+o.v?a-o.v+1:i;return ye({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function Rn(e,t,n,r,o=1){let s=ye(e,n,o),i=Math.min(s.v,Math.max(r,o));return ye({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function In(e,t,n){let r=n.v??n.k,o=(s,i,a)=>a+ne((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function Pn(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ne(-n/200,-1,1)}function i1(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Bn(e,t,n=jo){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function st(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function c1(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let a=Math.ceil(s/n)*n,c=Math.floor((s+i-1)/n)*n;if(c<a)return-1;let l=ne(Math.round((s+e/t-.5)/n)*n,a,c);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function it(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Dn(e,t,n,r=1,o=n){if(n<=0||!s1.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ne(s,0,n-1),ne(i,0,o-1)]}var fe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,me=(e,t)=>e.y0+(t-e.r0)*e.cell,Te=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,Xe=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function zn({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let a=o("div","cmw-labels-panel");a.hidden=!0;let c=null,l=null;function d(){let f=e.get("labels");l=f;let S=o("div","cmw-labels-list");c=f.map((x,y)=>{let C=o("label","cmw-label-row"),h=o("input","cmw-label-input");return h.type="text",h.value=et(x),h.dataset.index=String(y),C.append(o("span","cmw-label-idx",String(y)),h),S.append(C),h});let $=o("div","cmw-labels-actions");$.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),a.replaceChildren(S,$),a.hidden=!1,i.setAttribute("aria-expanded","true"),c.length&&c[0].focus()}function u(f=!1){c=null,l=null,a.hidden=!0,a.replaceChildren(),i.setAttribute("aria-expanded","false"),f&&i.focus({preventScroll:!0})}function p(){let f=l,S=e.get("labels"),$=c.map((x,y)=>x.value!==et(f[y])?Ut(x.value,f[y]):S[y]);u(!0),$.length===S.length&&$.some((x,y)=>x!==S[y])&&e.set("display_labels",$)}function b(){c&&c.length!==e.get("k")&&u()}return W(i,"click",()=>c?u():d(),r.signal),W(a,"keydown",f=>{f.key==="Enter"&&!f.isComposing&&f.target.tagName==="INPUT"?(f.preventDefault(),p()):f.key==="Escape"&&(f.preventDefault(),u(!0))},r.signal),W(a,"click",f=>{f.target.closest(".cmw-save")?p():f.target.closest(".cmw-cancel")&&u(!0)},r.signal),H(e,["labels","k"],b,r.signal),{el:a,button:i,update:b,open:d,close:u,isOpen:()=>c!==null,destroy:()=>{r.abort(),a.remove(),i.remove()}}}function jn({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=et(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let a=new AbortController,c=!1,l=(d,u=!1)=>{if(c)return;c=!0,a.abort();let p=Ut(i.value,r);i.remove(),s(d&&p!==r?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:a.signal}),i.addEventListener("blur",()=>l(!0),{signal:a.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var Uo=12;function Vo(e,t,n,r=Uo){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(a,c)=>c==null||c<a||c>=a+o.v?a:Math.max(a,Math.min(c-Math.floor(s/2),a+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Un({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(c,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=pe(l.counts[c],e.get("countDigits"));return d.kind==="percent"?`${u} (${ze(l.values[c],d)})`:u}function a(){let c=e.get("k"),l=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=Vo(s,c,d&&d[1]<c?d:d&&[d[0],null]),b=r("table"),f=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${c}: rows are the true label, columns the predicted label.`),S=r("tr");S.append(r("td"));for(let y=p.cols;y<p.cols+p.side;y++){let C=r("th",null,`Predicted ${l[y]}`);C.scope="col",S.append(C)}if(u){let y=r("th",null,"Abstained");y.scope="col",S.append(y)}let $=r("tbody");for(let y=p.rows;y<p.rows+p.side;y++){let C=r("tr"),h=r("th",null,`True ${l[y]}`);h.scope="row",C.append(h);let w=(E,m)=>{let N=r("td",null,m);d&&d[0]===y&&d[1]===E&&(N.dataset.selected="true",N.textContent=`${N.textContent}, selected`),C.append(N)};for(let E=p.cols;E<p.cols+p.side;E++)w(E,i(y*c+E));u&&w(c,i(y,u)),$.append(C)}let x=r("thead");x.append(S),b.append(f,x,$),o.replaceChildren(b)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],a,n),a(),{el:o,update:a,setView(c){s&&c&&s.r0===c.r0&&s.c0===c.c0&&s.v===c.v||(s=c,a())},destroy:()=>o.remove()}}function Wo(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Vn(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=Wo(t,n),s=c=>c===n?r?t.length:-1:o[c];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,a=[];for(let[c,l]of e.cells){let d=o[c],u=s(l),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),a.push([d,u]))}return{rows:[],cols:[],cells:a,errors:!1}}function Wn(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=a=>t[a]&&t[a].kind==="class"?t[a].index:-1,i=a=>a===t.length&&r?n:s(a);if(Number.isInteger(e.row)){let a=s(e.row);return a>=0?{row:a}:void 0}if(Number.isInteger(e.col)){let a=i(e.col);return a>=0?{col:a}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let a=s(e.add[0]),c=i(e.add[1]);return a>=0&&c>=0?Z1(o,[a,c]):void 0}}function Go(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Gn(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,a=Array.from({length:i},()=>[]);for(let d of s)a[n.codes[d]].push(d);let c=t&&t.groups&&t.groups.length===i?t.groups:Gn(i),l=[];for(let d of c)if(o.has(d))for(let u of a[d])l.push({kind:"class",index:u,members:[u]});else l.push({kind:"group",index:d,members:a[d]});return l}function Gn(e){return Array.from({length:e},(t,n)=>n)}function Ko(e){return e.every(t=>t.kind==="class")}function a1(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let a=0;a<r;a++)o[s*r+a]=e[i+n[a]]}return o}function Yo(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,a)=>{for(let c of i.members)o[c]=a});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let a=o[i];if(!(a<0))for(let c=0;c<t;c++){let l=o[c];l>=0&&(s[a*r+l]+=e[i*t+c])}}return s}function Kn(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Xo(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=Se(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var Yn=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),Ho=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec"];function Xn(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=x=>e.get(x),s=(x,y,C)=>{let h=r.get(x);if(h&&h.deps.length===y.length&&h.deps.every((E,m)=>E===y[m]))return h.value;let w=C();return r.set(x,{deps:y,value:w}),w},i=()=>!!o("compareState"),a=()=>i()?"classes":o("level"),c=()=>s("items",[o("k"),o("order"),o("groups"),a(),t.version],()=>Go(o("k"),o("order"),o("groups"),a(),t.expanded)),l=()=>s("perm",[c()],()=>Ko(c())?c().map(x=>x.index):null),d=()=>{let x=l();return x!==null&&x.every((y,C)=>y===C)},u={items:c,k:()=>c().length,labels:()=>s("labels",[c(),o("labels"),o("groups")],()=>{let x=o("labels"),y=o("groups");return c().map(C=>C.kind==="class"?x[C.index]:`${y.names[C.index]} (${C.members.length})`)}),counts:()=>s("counts",[c(),o("counts")],()=>{if(d())return o("counts");let x=l();return x?a1(o("counts"),o("k"),x):Yo(o("counts"),o("k"),c())}),values:()=>s("values",[c(),o("values"),o("normalize")],()=>{if(d())return o("values");let x=l();return x?o("values")===o("counts")?p("counts"):a1(o("values"),o("k"),x):Ge(p("counts"),c().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),o("abstained")],()=>{let x=o("abstained"),y=l();return!x||y===null?null:d()?x:{counts:Kn(x.counts,y),values:Kn(x.values,y)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.vmax()],()=>{let x=u.abstainedRows();return x?x===o("abstained")&&u.vmax()===o("vmax")?x:{counts:x.counts,values:x.values,colors:Se(x.values,0,u.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[c(),o("values"),o("colors"),o("errorsOnly"),i(),u.abstainedRows()],()=>{let x=c().length;if(o("errorsOnly")&&!i()){let w=u.abstainedRows();return Xo(p("values"),x,w&&w.values)}if(d())return{colors:o("colors"),vmax:o("vmax")};let y=l();if(y)return{colors:a1(o("colors"),o("k"),y),vmax:o("vmax")};let C=p("values"),h=dt(C);return{colors:Se(C,0,h),vmax:h}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.vmax(),o("normalize"),o("colorbar")],()=>u.vmax()===o("vmax")?o("colorbar"):ft(u.vmax(),o("normalize"))),selected:()=>s("selected",[c(),o("selected"),o("selectedGroup"),u.abstainedRows()],()=>{let x=c(),y=o("selected"),C=o("selectedGroup"),h=(m,N)=>x.findIndex(_=>_.kind===m&&_.index===N),w=m=>m===o("k")&&u.abstainedRows()?x.length:h("class",m),E=y?[h("class",y[0]),w(y[1])]:C?[h("group",C[0]),h("group",C[1])]:null;return E&&E[0]>=0&&E[1]>=0?E:null}),issueMarks:()=>s("issueMarks",[c(),o("issues")],()=>{let x=l();return x===null?null:xn(o("issues"),o("k"),d()?null:x)}),marks:()=>s("marks",[c(),o("selectionSpec"),u.abstainedRows()],()=>Vn(o("selectionSpec"),c(),o("k"),!!u.abstainedRows())),focus:()=>s("focus",[c(),t.version],()=>{let x=t.focus;if(x===null)return null;let y=w=>c().findIndex(E=>E.members.includes(w)),C=y(x.row),h=y(x.col);return C>=0&&h>=0?{r:C,c:h,outline:x.outline}:null})};function p(x){return Yn.has(x)?u[x]():e.get(x)}function b(x,y){if(!Yn.has(x))return e.on(x,y);let C=Ho.map(w=>e.on(w,y)),h=()=>y();return n.add(h),()=>{C.forEach(w=>w()),n.delete(h)}}function f(x,y){let C=c();if(x==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(y)){let E=Wn(y,C,o("k"),!!u.abstainedRows(),o("selectionSpec"));E!==void 0&&e.set("selected",E);return}let h=C[y[0]],w=C[y[1]];if(h&&h.kind==="class"&&y[1]===C.length&&u.abstainedRows()){e.set("selected",[h.index,o("k")]);return}if(!h||!w)return;h.kind==="class"&&w.kind==="class"?e.set("selected",[h.index,w.index]):h.kind==="group"&&w.kind==="group"&&e.set("selected_group",[h.index,w.index]);return}if(x==="display_labels"){let h=o("labels").slice();y.forEach((w,E)=>{C[E]&&C[E].kind==="class"&&(h[C[E].index]=w)}),e.set("display_labels",h);return}e.set(x,y)}function S(){t.version+=1;for(let x of[...n])x()}return{get:p,on:b,set:f,send:x=>e.send(x),local:{expand(x,y){y?t.expanded.add(x):t.expanded.delete(x),S()},expanded:()=>new Set(t.expanded),focus(x,y,C=!1){t.focus=x==null?null:{row:x,col:y,outline:C},S()}}}}var Hn=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],qo=8,Zo=12,Jo=20;function Qo(e,t,n=qo){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,a)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(a):l>0&&s.push(a)}),o.concat(s).slice(0,n)}function Lo(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function es(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function qn({state:e,display:t,dom:n,signal:r}){let o=Z(r),s=(O,F,j)=>W(O,F,j,o.signal),{h:i,button:a,option:c}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[O,F]of Hn)p.append(c(O,F));let b=c("list","Custom (from Python)");b.disabled=!0,p.append(b),u.append(p);let f=i("label","cmw-errors-only-label"),S=i("input","cmw-errors-only");S.type="checkbox",f.append(S,n.doc.createTextNode(" Errors only"));let $=i("label","cmw-level-label","Show "),x=i("select","cmw-level");x.append(c("classes","Classes"),c("groups","Groups")),$.append(x),d.append(u,f,$);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let C=i("div","cmw-search"),h=i("label","cmw-search-label");h.append(i("span","cmw-field-name","Find class "));let w=i("input","cmw-search-input");w.type="search",w.placeholder="Find class",w.setAttribute("role","combobox"),w.setAttribute("aria-autocomplete","list"),w.setAttribute("aria-expanded","false");let E=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;w.setAttribute("aria-controls",E),h.append(w);let m=i("ul","cmw-matches");m.id=E,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,C.append(h,m);let N=i("details","cmw-top"),_=i("summary","cmw-top-title","Largest errors"),P=!1;s(_,"click",()=>{P=!0}),_.id=`${E}-top`;let z=i("ol","cmw-top-list");z.setAttribute("aria-labelledby",_.id),N.append(_,z);let Y=i("div","cmw-sr");Y.setAttribute("aria-live","polite"),Y.setAttribute("role","status"),l.append(d,y,C,N,Y);let K=O=>{Y.textContent=O};s(p,"change",()=>{e.set("order",p.value),K(`Order: ${p.selectedOptions[0].textContent}.`)}),s(S,"change",()=>{e.set("errors_only",S.checked),K(S.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(x,"change",()=>{e.set("level",x.value),K(`Showing ${x.value}.`)}),s(y,"change",O=>{let F=O.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),K(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function G(O){let F=e.get("labels");w.value=F[O],I(),t.local.focus(O,O,!0),K(`Found ${F[O]}: its row and column are outlined.`)}function I(){m.hidden=!0,w.setAttribute("aria-expanded","false"),w.removeAttribute("aria-activedescendant")}function U(){let O=e.get("labels"),F=Qo(O,w.value);m.replaceChildren(...F.map((j,L)=>{let J=i("li","cmw-match",O[j]);return J.id=`${E}-${L}`,J.setAttribute("role","option"),J.dataset.cls=String(j),J})),m.hidden=F.length===0,w.setAttribute("aria-expanded",String(F.length>0)),w.value.trim()||t.local.focus(null)}function V(O){let F=[...m.children];if(!F.length)return null;let j=F.findIndex(J=>J.getAttribute("aria-selected")==="true"),L=O===0?Math.max(j,0):(j+O+F.length)%F.length;return F.forEach((J,re)=>J.setAttribute("aria-selected",String(re===L))),w.setAttribute("aria-activedescendant",F[L].id),F[L]}s(w,"input",U),s(w,"keydown",O=>{if(O.key==="ArrowDown"||O.key==="ArrowUp")V(O.key==="ArrowDown"?1:-1),O.preventDefault();else if(O.key==="Enter"){let F=V(0);F&&G(Number(F.dataset.cls)),O.preventDefault()}else O.key==="Escape"&&!m.hidden&&(I(),O.preventDefault())}),s(m,"click",O=>{let F=O.target.closest("li[data-cls]");F&&G(Number(F.dataset.cls))}),s(z,"click",O=>{let F=O.target.closest("button[data-i]");if(!F)return;let[j,L]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[j,L]),t.local.focus(j,L,!1)});function X(){let O=e.get("k");l.hidden=O<=2,C.hidden=O<=Zo;let F=e.get("orderChoices");for(let J of p.options)J.value!=="list"&&(J.disabled=F!==null&&!F.includes(J.value),J.title=J.disabled?"Needs a live kernel":"");let j=e.get("orderName");p.value=Hn.some(([J])=>J===j)?j:"list",S.checked=e.get("errorsOnly");let L=e.get("groups");$.hidden=!L,x.value=e.get("level"),v(L),A()}function v(O){let F=t.local.expanded(),j=!!O&&e.get("level")==="groups";if(y.hidden=!j,!j)return;let L=O.names.map((J,re)=>{let ae=i("label","cmw-expand-item"),ce=i("input");return ce.type="checkbox",ce.dataset.group=String(re),ce.checked=F.has(re),ae.append(ce,n.doc.createTextNode(` ${J}`)),ae});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...L)}function A(){let O=e.get("labels"),F=e.get("top");_.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,P||(N.open=e.get("k")>Jo),z.replaceChildren(...F.map(j=>{let L=i("li"),J=a("cmw-top-item",Lo(O,j));return J.dataset.i=String(j[0]),J.dataset.j=String(j[1]),L.append(J),L})),N.hidden=F.length===0}let R=e.get("selection");function D(){let O=e.get("selection");O!==R&&K(es(O)),R=O}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],X,o.signal),H(e,["selection"],D,o.signal),X(),{el:l,update:X,destroy:()=>{o.abort(),l.remove()}}}function Zn(e){let t=Xn(e.state),n=qn({...e,display:t}),r=Un({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Jn=34;function Qn(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let a=0;a<o;a++){let c=n[i*o+a];if(!c||!Xe(t,[i,a]))continue;let l=Te(t,a),d=Math.max(3,Math.min(10,Math.min(l,t.cell)*.3)),u=fe(t,a)+l,p=me(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=r.accent,e.fill(),l>=Jn&&t.cell>=Jn&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(c),u-d-1,p+1)),s+=1}return s}var be=12,Et="abstained",l1=8,ts=13;function Ln(e){return Array.from({length:256},(t,n)=>v1(e,n))}function er(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(S1(n,r,o*o),o,o),0,0),s}function tr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,me(t,o),t.xw,t.cell)}function nr(e,t,n,r,o){if(t.cell<_t){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let a=t.c0;a<t.c0+t.v;a++)e.fillStyle=r[n[i*s+a]],e.fillRect(fe(t,a),me(t,i),t.cell,t.cell)}function rr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function or(e,t,n,r){let o=t.k,s=Math.min(ts,Math.floor(t.cell*.3));if(s<l1||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,a=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=me(t,l)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=zt(n.values[l*o+u],n.counts[l*o+u],n.fmt,n.countDigits);a.push([fe(t,u)+t.cell/2,d,p,n.colors[l*o+u]])}if(i){let u=zt(i.values[l],i.counts[l],n.fmt,n.countDigits);a.push([t.xExtra+t.xw/2,d,u,i.colors[l]])}}let c=ns(e,a.map(l=>l[2]),t.cell,s,r);if(c){e.textAlign="center",e.textBaseline="middle";for(let[l,d,u,p]of a)e.fillStyle=A1(n.lutText,n.lut,p),c.mode==="two"?(e.font=c.font,e.fillText(u.main,l,d-c.px*.5),e.font=c.subFont,e.fillText(u.sub,l,d+c.px*.65)):(e.font=c.font,e.fillText(c.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,l,d))}}function ns(e,t,n,r,o){let s=n-4,i=(c,l)=>{e.font=c;let d=0;for(let u of t)d=Math.max(d,e.measureText(l(u)).width);return d},a=t.length>0&&t[0].sub!=="";for(let c=r;c>=l1;c--){let l=`${c}px ${o.family}`,d=Math.max(l1-1,Math.round(c*.8)),u=`${d}px ${o.family}`;if(!(i(l,b=>b.main)>s))return a?n>=c*2.4+d&&i(u,b=>b.sub)<=s?{mode:"two",px:c,font:l,subFont:u}:i(l,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:c,font:l}:{mode:"main",px:c,font:l}:{mode:"main",px:c,font:l}}return null}function sr(e,t,n,r,o,s,i,a){let c=C=>e.measureText(C).width;e.font=a(be),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let C of st(t.v,o.step,t.r0)){let h=me(t,C)+t.cell/2;e.fillText(it(n[C],r,c),t.x0-Ae,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let l=t.y0+t.grid+Ae,d=st(t.v,o.step,t.c0).map(C=>[fe(t,C)+t.cell/2,n[C],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Et,o.extraRotated]);for(let[C,h,w]of d){let E=it(h,r,c);e.moveTo(Math.round(C)+.5,t.y0+t.grid),e.lineTo(Math.round(C)+.5,t.y0+t.grid+3),w?(e.save(),e.translate(C,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(E,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(E,C,l))}e.stroke(),e.font=a(be,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+Ae+o.height+_e/2+2,b=Math.max(...u.map(c)),f=ne(t.x0+t.grid/2,se+b/2,Math.max(se+b/2,t.width-se-b/2));u.forEach((C,h)=>e.fillText(C,f,p+h*r1));let S=Math.max(t.grid,t.height-2*se),$=String(s.y),x=c($)<=S?$:it($.split(" (")[0],S,c),y=ne(t.y0+t.grid/2,se+c(x)/2,Math.max(se,t.height-se-c(x)/2));e.save(),e.translate(se+_e/2,y),e.rotate(-Math.PI/2),e.fillText(x,0,0),e.restore()}function ir(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(o1+Ve+6+n+_e)}function rs(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,a=Math.round(t*i)/i,c=Math.round((t+Ve)*i)/i-a,l=Math.round(n*i),d=Math.round((n+r)*i)-l,u=b=>Math.min(255,Math.floor((b+.5)/d*256)),p=0;for(let b=1;b<=d;b++)b<d&&u(b)===u(p)||(e.fillStyle=o[u(p)],e.fillRect(a,(l+d-b)/i,c,(b-p)/i),p=b)}function cr(e,t,n,r,o,s,i=""){if(i){e.font=s(be-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,d=it(String(i),Math.max(t.grid,t.height-2*se),l),u=ne(t.y0+t.grid/2,se+l(d)/2,Math.max(se,t.height-se-l(d)/2));e.save(),e.translate(t.width-se-_e/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let a=(t.right??t.x0+t.grid)+o1,c=t.grid;rs(e,a,t.y0,c,r),e.strokeStyle=o.border,e.strokeRect(a-.5,t.y0-.5,Ve+1,c+1),e.font=s(be-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let u=t.y0+c*(1-ne(Number(l)||0,0,1));e.moveTo(a+Ve,Math.round(u)+.5),e.lineTo(a+Ve+3,Math.round(u)+.5),e.fillText(String(d),a+Ve+5,ne(u,t.y0+5,t.y0+c-5))}e.strokeStyle=o.muted,e.stroke()}function ar(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,me(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(fe(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function lr(e,t,n,r,o){let s=([i,a],c,l,d)=>{if(!Xe(t,[i,a]))return;let u=Math.max(Te(t,a),8),p=Math.max(t.cell,8),b=fe(t,a)+Te(t,a)/2-u/2,f=me(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(b+d,f+d,u-2*d,p-2*d),e.strokeStyle=c,e.strokeRect(b+d/2,f+d/2,u-d,p-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function ur(e,t,n,r){if(!n)return;let o=2,s=(l,d,u,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,d+o,u-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,d+o/2,u-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,a=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,c=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,me(t,l),c-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])a(l)&&s(fe(t,l),t.y0,Math.max(Te(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(fe(t,l),me(t,l)),e.lineTo(fe(t,l)+t.cell,me(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,d]of n.cells||[]){if(!Xe(t,[l,d]))continue;let u=Math.max(Te(t,d),8),p=Math.max(t.cell,8);s(fe(t,d)+Te(t,d)/2-u/2,me(t,l)+t.cell/2-p/2,u,p)}}var dr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},os={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function ss(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],a=[],c=[];e.multilabel&&(a.push("a sample counts once per true label"),i.push("once per predicted label"),c.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),c.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),c.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&c.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&a.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,c.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&dr[e.normalize]?(l=(e.multilabel?os:dr)[e.normalize],c.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),a.length&&(s+=` (${a.join("; ")})`),{x:o,y:s,bar:l,badges:c}}function mr(e){let t=e("compareState");return ss({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function pr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var is=720,cs=64,as=200,ls={true:"of its true row",pred:"of its predicted column",all:"of all samples"},us={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},ds=4,fr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},hr={r:"row",c:"col",e:"errors"},ms=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],ps={true:"of its true row",pred:"of the abstained column",all:"of all samples"},fs=24;function wr({state:e,dom:t,signal:n,report:r=a=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let a=Z(n),c=(g,k,M,T)=>W(g,k,M,a.signal,T),{doc:l,h:d,button:u}=t,p=d("div","cmw-matrix"),b=d("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let f=u("cmw-zoom-out","−");f.setAttribute("aria-label","Zoom out"),f.title="Zoom out (-)";let S=u("cmw-zoom-in","+");S.setAttribute("aria-label","Zoom in"),S.title="Zoom in (+)";let $=u("cmw-zoom-fit","Fit");$.setAttribute("aria-label","Show all classes"),$.title="Show all classes (0)";let x=d("span","cmw-view-range");x.setAttribute("aria-live","polite"),b.append(f,S,$,x,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let y=d("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let C=d("div","cmw-plot"),h=d("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let w=d("div","cmw-tooltip");w.hidden=!0,C.append(h,w);let E=d("div","cmw-sr");E.setAttribute("aria-live","polite"),p.append(y,b,C,E);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},N={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},_=g=>e.get(g),P=g=>{let k=_("lut"),M=_("compareState")?k:M1(k,g);return M===k?{lut:k,lutText:_("lutText")}:((N.themedOf[0]!==k||N.themedOf[1]!==g)&&(N.themed={lut:M,lutText:pt(M)},N.themedOf=[k,g]),N.themed)},z=()=>{let g=N.drawn.lut;return N.cssOf!==g&&(N.css=Ln(g)),N.cssOf=g,N.css},Y=()=>{let g=_("colors"),k=N.drawn.lut;return N.bitmap&&N.bitmapOf[0]===g&&N.bitmapOf[1]===k||(N.bitmap=er(l,N.bitmap,g,k,_("k")),N.bitmapOf=[g,k]),N.bitmap};function K(g,k){let M=g.font,T=N.widths.get(M);if(T&&T.texts===k)return T.w;let B=0;for(let te of k)B=Math.max(B,g.measureText(te).width);return N.widths.set(M,{texts:k,w:B}),B}function G(){m.queued||a.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,a.signal.aborted||R()}))}function I(){let g=l.defaultView,k=g&&g.getComputedStyle?g.getComputedStyle(p):null,M=(T,B)=>(k&&k.getPropertyValue(T)||"").trim()||B;return{fg:k&&k.color||"#1f1f1f",muted:M("--cmw-muted","#616161"),accent:M("--cmw-accent","#1976d2"),border:M("--cmw-border","#bdbdbd"),bg:M("--cmw-bg","#ffffff"),family:k&&k.fontFamily||"sans-serif"}}let U=()=>(s?s():p.clientWidth)||is;function V(){let g=p.closest(".cmw"),k=l.defaultView;if(!g||!k||!p.isConnected||!g.getClientRects().length)return 1/0;let M=null;for(let q=g.parentElement;q&&q!==l.body&&q!==l.documentElement;q=q.parentElement){let ue=k.getComputedStyle(q).overflowY;(ue==="auto"||ue==="scroll")&&q.clientHeight>=as&&(M=q)}if(!M&&k.top!==k)return 1/0;let T=Math.min(k.innerHeight,M?M.clientHeight:k.innerHeight);if(!(T>0))return 1/0;let B=q=>q.getBoundingClientRect().top,te=q=>q.getBoundingClientRect().bottom,oe=cs,ie=[...g.children].find(q=>q.contains(p));if(ie&&ie!==p){let q=[...ie.children].filter(ue=>ue!==p&&ue.getClientRects().length&&B(ue)>=te(p)-1);q.length&&(oe+=Math.max(...q.map(te))-te(p))}for(let q=ie?ie.nextElementSibling:null;q&&!q.classList.contains("cmw-selection");q=q.nextElementSibling)q.getClientRects().length&&!q.classList.contains("cmw-sr")&&(oe+=q.getBoundingClientRect().height);return Math.floor(T-(B(h)-B(g))-oe)}function X(g){m.cursor&&(m.cursor[0]>=g||m.cursor[1]>=g)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=g}let v=g=>g+(g>0&&_("abstained")?1:0),A=g=>g[1]>=_("k")?[g[0],m.view?m.view.c0:0]:g;function R(){let g=performance.now(),k=_("k");k!==m.k&&X(k);let M=_("abstained");m.cols=v(k),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let T=h.getContext("2d");if(!T)return;let B=I();N.drawn=P(B.bg),m.detached=!p.isConnected;let te=($e,Ne)=>`${Ne?"600 ":""}${$e}px ${B.family}`,oe=_("labels");m.width=U(),T.font=te(be);let ie=Math.min(n1,Math.max(40,Math.round(m.width*.2))),q=Math.ceil(Math.min(ie,K(T,oe))),ue=_("colorbar"),qe=ir(T,ue),Ee=mr(_);D(Ee.badges),m.height=V();let lt={yLabelWidth:q,rightWidth:qe,extra:M?1:0,xTitleLines:1,xLabelHeight:Math.min(n1,K(T,oe))},Ze;for(let $e=0;$e<3;$e++){let Ne=ot(k,m.width,{...lt,maxGrid:Ze}),It=En(Ne,m.height);if(It===void 0||It===Ze)break;Ze=It}let g1=ot(k,m.width,{yLabelWidth:q,rightWidth:qe,extra:M?1:0,maxGrid:Ze});m.zoomable=k>0&&$n(k,g1.room),m.vMin=Nn(k,g1.room);let Ft=m.zoomable?ye(m.view,k,m.vMin):Re(k);m.view=m.zoomable?Ft:null;let b1={yLabelWidth:q,rightWidth:qe,view:Ft,extra:M?1:0,maxGrid:Ze},Ot=ot(k,m.width,b1);m.step=Bn(Ft.v,Ot.cell),m.xLabels=L(T,oe,Ot,ie),T.font=te(be,!0);let x1=pr(Ee.x,Math.max(Ot.width-2*se,60),$e=>T.measureText($e).width);T.font=te(be);let we=ot(k,m.width,{...b1,xLabelHeight:m.xLabels.height,xTitleLines:x1.length});m.layout=we,m.yLabelW=q,F(T,we);let Rt=_("colors");if(k===0)T.fillStyle=B.muted,T.font=te(be),T.fillText("No data",se,se+be);else{Rt.length>=k*k&&nr(T,we,Rt,z(),Y),M&&tr(T,we,M.colors,z()),rr(T,we,B),or(T,we,{values:_("values"),counts:_("counts"),colors:Rt,lut:N.drawn.lut,lutText:N.drawn.lutText,fmt:_("fmt"),countDigits:_("countDigits"),abstained:M},B),sr(T,we,oe,ie,{step:m.step,...m.xLabels},{x:x1,y:Ee.y},B,te),cr(T,we,ue,z(),B,te,Ee.bar),h.dataset.issueMarks=String(Qn(T,we,_("issueMarks"),B));let $e=m.cursor&&h.matches(":focus")?m.cursor:null;ur(T,we,_("marks"),B),lr(T,we,_("selected"),$e,B);let Ne=_("focus");Ne&&Ne.outline&&ar(T,we,Ne.r,Ne.c,B)}O(we),j(we,k,g,Ee)}function D(g){let k=[...y.children].map(M=>M.textContent);k.length===g.length&&k.every((M,T)=>M===g[T])||(y.replaceChildren(...g.map(M=>d("span","cmw-badge",M))),y.hidden=g.length===0)}function O(g){b.hidden=!m.zoomable,m.zoomable&&(x.textContent=i1(g,g.k),S.disabled=g.v<=m.vMin,f.disabled=g.v>=g.k,$.disabled=g.v>=g.k)}function F(g,k){let M=l.defaultView&&l.defaultView.devicePixelRatio||1,T=Math.max(1,Math.round(k.width*M)),B=Math.max(1,Math.round(k.height*M));(h.width!==T||h.height!==B)&&(h.width=T,h.height=B),h.style.width=`${k.width}px`,h.style.height=`${k.height}px`,g.setTransform(M,0,0,M,0,0),g.clearRect(0,0,k.width,k.height)}function j(g,k,M,T){let B=performance.now();h.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let te=null;!m.firstDrawn&&k>0&&(m.firstDrawn=!0,te=B-(m.draws===1?o:M)),r({k,draws:m.draws,lastMs:B-M,firstMs:te,view:{r0:g.r0,c0:g.c0,v:g.v}}),h.dataset.cellX0=String(g.x0),h.dataset.cellY0=String(g.y0),h.dataset.cellSize=String(g.cell),h.dataset.viewRow0=String(g.r0),h.dataset.viewCol0=String(g.c0),h.dataset.viewSize=String(g.v),h.dataset.cols=String(m.cols),h.dataset.extraX0=g.extra?String(g.xExtra):"",h.dataset.extraWidth=g.extra?String(g.xw):"",h.dataset.xTitle=T.x,h.dataset.yTitle=T.y,h.dataset.barTitle=T.bar,h.setAttribute("aria-label",`Confusion matrix of ${k} classes. Rows: ${T.y}. Columns: ${T.x}. Colours: ${T.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${i1(g,k)}; plus and minus zoom, 0 shows all.`:""))}function L(g,k,M,T){let B=0;if(m.zoomable)B=K(g,k);else for(let ue of st(M.k,m.step))B=Math.max(B,g.measureText(k[ue]).width);B=Math.min(T,B);let te=B>m.step*M.cell-4,oe=M.extra?g.measureText(Et).width:0,ie=M.extra>0&&(te||oe>M.xw+nt-2),q=Math.max(te?B:be+2,ie?oe:0);return{rotated:te,extraRotated:ie,height:Math.ceil(q)}}function J(g,k){m.editor&&m.editor.finish(!1);let M=m.layout,T=g==="y"?Math.max(m.yLabelW+Ae+4,100):120,B=fe(M,k)+M.cell/2,te=g==="y"?M.x0-T:ne(B-T/2,0,Math.max(0,M.width-T)),oe=g==="y"?me(M,k)+M.cell/2-11:M.y0+M.grid+Ae,ie={left:h.offsetLeft+Math.max(0,te),top:h.offsetTop+oe,width:T},q=_("labels");m.editor=jn({dom:t,host:C,box:ie,name:q[k],index:k,done:(ue,qe)=>{m.editor=null;let Ee=_("labels");if(ue!==null&&k<Ee.length){let lt=Ee.slice();lt[k]=ue,e.set("display_labels",lt)}qe&&h.focus({preventScroll:!0})}})}function re(g,k=!1){let M=h.getBoundingClientRect(),T=m.lastUp;return k&&T&&Math.abs(T.x-g.clientX)<1&&Math.abs(T.y-g.clientY)<1?[T.x-M.left,T.y-M.top]:[g.clientX-M.left,g.clientY-M.top]}function ae(g,k){let M=m.layout;if(!M||M.k===0)return null;let T=be/2+1;if(g>=se+_e&&g<M.x0&&k>=M.y0-T&&k<M.y0+M.grid+T){let oe=c1(k-M.y0,M.cell,m.step,M.k,T,M.r0,M.v);return oe>=0?{axis:"y",index:oe}:null}let B=M.y0+M.grid,te=M.x0+M.grid+(M.extra?nt/2:20);if(k>=B&&k<B+Ae+m.xLabels.height&&g>=M.x0-20&&g<te){let oe=m.xLabels.rotated?T:m.step*M.cell/2,ie=c1(g-M.x0,M.cell,m.step,M.k,oe,M.c0,M.v);return ie>=0?{axis:"x",index:ie}:null}return null}function ce([g,k]){let M=_("k"),T=_("labels"),B=_("abstained");if(k>=M&&B){let q=[`True: ${T[g]}`,`Predicted: ${Et}`,`Count: ${pe(B.counts[g],_("countDigits"))}`],ue=_("fmt");return ue.kind==="percent"&&q.push(`Shown: ${ze(B.values[g],ue)} ${ps[_("normalize")]||""}`.trim()),q.join(`
`)}let te=g*M+k,oe=[`True: ${T[g]}`,`Predicted: ${T[k]}`,`Count: ${pe(_("counts")[te],_("countDigits"))}`],ie=_("fmt");if(ie.kind==="delta"&&oe.push(`Change: ${ze(_("values")[te],ie)} since the compared run`),ie.kind==="percent"){let q=(_("multilabel")?us:ls)[_("normalize")]||"";oe.push(`Shown: ${ze(_("values")[te],ie)} ${q}`.trim())}return oe.join(`
`)}function Ce(g,k,M){w.textContent=g,w.hidden=!1;let T=h.offsetLeft+k+14;T+w.offsetWidth+4>C.clientWidth&&(T=Math.max(0,h.offsetLeft+k-w.offsetWidth-10));let B=h.offsetTop+M+14;B+w.offsetHeight+4>C.clientHeight&&(B=Math.max(0,h.offsetTop+M-w.offsetHeight-10)),w.style.left=`${T}px`,w.style.top=`${B}px`}let xe=()=>m.zoomable&&m.view!==null&&m.view.v<_("k");function he(g){let k=_("k"),M=ye(g,k,m.vMin),T=m.view||Re(k);return M.r0===T.r0&&M.c0===T.c0&&M.v===T.v?!1:(m.view=M,w.hidden=!0,G(),!0)}function de(g,k=null){if(!m.zoomable||!m.layout)return;let M=m.layout;he(Fn(M,g,k,M.k,m.vMin))}function Ie(g){g.target.closest(".cmw-zoom-in")?de(rt):g.target.closest(".cmw-zoom-out")?de(1/rt):g.target.closest(".cmw-zoom-fit")&&he(Re(_("k")))}function Pe(g){if(!(g.ctrlKey||g.metaKey)||!m.zoomable)return;g.preventDefault();let[k,M]=re(g);de(Pn(g.deltaY,g.deltaMode),In(k,M,m.layout))}function Q(g){if(m.panned=!1,m.pan=null,g.button!==0||!xe())return;let[k,M]=re(g);Tt(k,M,m.layout)&&(m.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function ee(g){let k=m.pan,M=g.clientX-k.x,T=g.clientY-k.y;if(!k.moved){if(Math.hypot(M,T)<ds)return;k.moved=!0,w.hidden=!0;try{h.setPointerCapture(k.id)}catch{}}h.style.cursor="grabbing",he(On(k.view,-T/k.cell,-M/k.cell,_("k"),m.vMin))}function Vr(g){m.lastUp={x:g.clientX,y:g.clientY},m.pan&&m.pan.moved&&(m.panned=!0,h.style.cursor="grab"),m.pan=null}function Wr(g){if(m.pan&&m.pan.id===g.pointerId&&(ee(g),m.pan.moved))return;let[k,M]=re(g),T=Tt(k,M,m.layout);if(T){Ce(ce(T),k,M),h.style.cursor=xe()?"grab":"pointer";return}let B=ae(k,M);if(h.style.cursor=B?"text":"default",B){let te=B.axis==="y"?"True class":"Predicted class",oe=B.axis==="y"?"row":"column";Ce(`${te} ${B.index}: ${_("labels")[B.index]}
(click to select the ${oe}, double-click to rename)`,k,M)}else w.hidden=!0}function Gr(g){if(m.panned){m.panned=!1;return}let[k,M]=re(g,!0),T=Tt(k,M,m.layout),B=T?null:ae(k,M);T?(m.cursor=T,e.set("selected",g.shiftKey?{add:T}:T),G()):B?e.set("selected",B.axis==="y"?{row:B.index}:{col:B.index}):_("hasSelection")&&e.set("selected",null)}function Kr(g){let[k,M]=re(g,!0),T=ae(k,M);T&&(g.preventDefault(),w.hidden=!0,J(T.axis,T.index))}function Yr(g){let k=_("k");if(k===0)return;let M=!0;if(s1.has(g.key)){let T=m.cursor||_("selected")||(xe()?[m.view.r0,m.view.c0]:null);m.cursor=Dn(T,g.key,k,g.shiftKey?10:1,v(k)),xe()&&he(Ct(m.view,A(m.cursor),k,m.vMin)),E.textContent=ce(m.cursor).replace(/\n/g,", "),G()}else if(m.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&fr[g.key]){let T=fr[g.key];if(T==="fit")he(Re(k));else{let B=m.cursor?A(m.cursor):null;de(T==="in"?rt:1/rt,B?[B[0]+.5,B[1]+.5]:null),B&&xe()&&he(Ct(m.view,A(m.cursor),k,m.vMin))}}else if(g.key==="Enter"||g.key===" "){let T=m.cursor||_("selected")||[0,0];m.cursor=T,e.set("selected",g.shiftKey?{add:[T[0],T[1]]}:[T[0],T[1]])}else if(!g.ctrlKey&&!g.metaKey&&!g.altKey&&hr[g.key.toLowerCase()]){let T=hr[g.key.toLowerCase()],B=m.cursor||_("selected")||[0,0];e.set("selected",T==="errors"?"errors":T==="row"?{row:B[0]}:{col:B[1]})}else M=!1;M&&g.preventDefault()}c(h,"pointerdown",Q),c(h,"pointermove",Wr),c(h,"pointerleave",()=>{w.hidden=!0}),c(h,"pointerup",Vr),c(h,"pointercancel",()=>{m.pan=null}),c(h,"wheel",Pe,{passive:!1}),c(b,"click",Ie),c(h,"click",Gr),c(h,"dblclick",Kr),c(h,"keydown",Yr),c(h,"focus",G),c(h,"blur",G);let f1=()=>{let g=V();return g!==m.height&&!(Math.abs(g-m.height)<1)},Be=l.defaultView;if(Be&&typeof Be.ResizeObserver<"u"){let g=new Be.ResizeObserver(()=>{(m.detached||Math.abs(U()-m.width)>=1||f1())&&G()});for(let M of[p,...i])g.observe(M);let k=p.closest(".cmw");k&&g.observe(k),c(Be,"resize",()=>{f1()&&G()}),a.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Be&&typeof Be.MutationObserver<"u"&&l.body){let g=null,k=new Be.MutationObserver(()=>{clearTimeout(g),g=setTimeout(G,100)});k.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),a.signal.addEventListener("abort",()=>{k.disconnect(),clearTimeout(g)},{once:!0})}a.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let at=_("selected"),h1=_("focus");function w1(){let g=_("selected"),k=_("focus"),M=g&&!(at&&g[0]===at[0]&&g[1]===at[1]);k!==h1&&k&&m.zoomable?he(Rn(m.view,[k.r,k.c],_("k"),fs,m.vMin)):M&&xe()&&he(Ct(m.view,A(g),_("k"),m.vMin)),at=g,h1=k,R()}return H(e,ms,w1,a.signal),R(),{el:p,update:w1,destroy:()=>{a.abort(),p.remove()}}}function gr({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table");s.append(o("summary",null,"Metrics"),i);let a=!0;function c(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,a=!s.open,!s.open)return;let d=e.get("countDigits"),u=(f,S)=>f.append(o("td","cmw-num",S));i.replaceChildren();let p=i.createTHead().insertRow();for(let f of["class","precision","recall","F1","support"])p.append(o("th",null,f));let b=i.createTBody();for(let f of l.perClass){let S=b.insertRow(),$=o("th",null,f.label);$.title=$.textContent,S.append($);for(let x of["precision","recall","f1"])u(S,le(f[x]));u(S,pe(f.support,d))}for(let[f,S]of l.summary.entries()){let $=b.insertRow();if($.className=f===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",$.append(o("th",null,String(S.name??""))),"value"in S)for(let x of["","",le(S.value),""])u($,x);else{for(let x of["precision","recall","f1"])u($,le(S[x]));u($,pe(S.support,d))}}}return W(s,"toggle",()=>{s.open&&a&&c()},r.signal),H(e,["metrics","countDigits"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function br({state:e,dom:t,signal:n}){let r=Z(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let a=t.h("div","cmw-note",i);return a.setAttribute("role","note"),a}))}return H(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function xr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s,option:i}=t,a=o("div","cmw-rank"),c=o("label","cmw-rank-label","Sort samples by "),l=o("select","cmw-rank-menu");c.append(l);let d=o("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let b=!1;function f(){let S=e.get("issues"),$=e.get("selection");if(a.hidden=!S||!$||$.available===!1,a.hidden)return;let x=S.ranks.join(",");l.dataset.ranks!==x&&(l.replaceChildren(...S.ranks.map(C=>i(C,Lt[C]))),l.dataset.ranks=x),l.value=e.get("rank"),l.disabled=S.kernelOnly,d.textContent=S.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",l.title=d.textContent||"Order of the cell's samples (w.rank)",a.replaceChildren(c,d);let y=$.issues&&Array.isArray($.issues.indices)?$.issues:null;y?(u.textContent=`${b?"Hide":"Show"} likely label errors (${y.total})`,u.setAttribute("aria-expanded",String(b)),p.hidden=!b,p.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",a.append(u,p)):S.pending?a.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):S.hidden&&a.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return W(l,"change",()=>e.set("rank",l.value),r.signal),W(u,"click",()=>{b=!b,f()},r.signal),H(e,["issues","rank","selection"],f,r.signal),f(),{el:a,update:f,destroy:()=>{r.abort(),a.remove()}}}function He({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let a=e.h("input",t);a.type="range";let c=!1,l=()=>parseFloat(a.value),d=We(n,o,s);return W(a,"input",()=>{c=!0,r&&r(l()),d(l())},i),W(a,"change",()=>{c=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:a,value:l,dragging:()=>c,range(u,p,b){a.min=String(u),a.max=String(p),a.step=String(b)}}}var hs=60,yr=700,$t="http://www.w3.org/2000/svg",ct={w:240,h:56,pad:6};function vr(e,{w:t,h:n,pad:r}=ct){let o=e.length,s=a=>o>1?r+a*(t-2*r)/(o-1):t/2,i=a=>r+(1-Math.min(1,Math.max(0,a)))*(n-2*r);return e.map((a,c)=>a==null?null:[s(c),i(a)])}function ws(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function kr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{doc:s,h:i,button:a,option:c}=t,l=r||{now:()=>Date.now(),setTimeout:(I,U)=>setTimeout(I,U),clearTimeout:I=>clearTimeout(I)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=a("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),b=()=>e.get("runs").names,f=I=>{let U=b();I>=0&&I<U.length&&U[I]!==e.get("run")&&e.set("run",U[I])},S=He({dom:t,cls:"cmw-run-slider",write:f,throttleMs:hs,clock:r,signal:o.signal,onInput:I=>{G(),p.textContent=b()[I]??""}}),$=S.el;$.min="0",$.step="1",$.setAttribute("aria-label","Run");let x=a("cmw-run-newer","");x.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let C=i("label","cmw-field");C.append(i("span",null,"Compare with"),y);let h=i("div","cmw-runs-top");h.append(u,$,p,x,C);let w=s.createElementNS($t,"svg");w.setAttribute("class","cmw-history"),w.setAttribute("viewBox",`0 0 ${ct.w} ${ct.h}`),w.setAttribute("width",String(ct.w)),w.setAttribute("height",String(ct.h));let E=i("div","cmw-history-legend");E.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(w,E),d.append(h,m),d.hidden=!0;let N=null;function _(){let I=e.get("runs"),U=e.get("run");if(d.hidden=I.names.length<2,d.hidden){G();return}let V=I.names.indexOf(U);$.max=String(I.names.length-1),!S.dragging()&&V>=0&&($.value=String(V)),S.dragging()||(p.textContent=U);let X=ws(I.names,U);x.textContent=X,x.hidden=!X,P(I.names,e.get("compare")),z(I,V)}function P(I,U){let V=c("","none");y.replaceChildren(V,...I.map(X=>c(X))),y.value=U!=null&&I.includes(U)?U:""}function z(I,U){let V=[];for(let[v,A]of[[I.accuracy,"cmw-line-acc"],[I.macroF1,"cmw-line-f1"]]){let R=vr(v).filter(Boolean),D=s.createElementNS($t,"polyline");D.setAttribute("class",A),D.setAttribute("fill","none"),D.setAttribute("points",R.map(O=>O.map(F=>F.toFixed(1)).join(",")).join(" ")),V.push(D)}let X=vr(I.accuracy);I.names.forEach((v,A)=>{if(!X[A])return;let R=s.createElementNS($t,"circle");R.setAttribute("class",A===U?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),R.setAttribute("cx",X[A][0].toFixed(1)),R.setAttribute("cy",X[A][1].toFixed(1)),R.setAttribute("r",A===U?"4":"3"),R.setAttribute("data-run",String(A));let D=s.createElementNS($t,"title");D.textContent=`${v}: accuracy ${le(I.accuracy[A])}, macro F1 ${le(I.macroF1[A])}`,R.append(D),V.push(R)}),w.replaceChildren(...V)}function Y(){let I=b(),U=I.indexOf(e.get("run"));if(U<0||U>=I.length-1){G();return}f(U+1),N=l.setTimeout(Y,yr)}function K(){let I=b();I.indexOf(e.get("run"))>=I.length-1&&f(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),N=l.setTimeout(Y,yr)}function G(){N!==null&&l.clearTimeout(N),N=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return W(u,"click",()=>N===null?K():G(),o.signal),W(x,"click",()=>{G(),f(b().length-1)},o.signal),W(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),W(w,"click",I=>{let U=I.target&&I.target.closest?I.target.closest("[data-run]"):null;U&&(G(),f(Number(U.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>G(),{once:!0}),H(e,["runs","run","compare"],_,o.signal),_(),{el:d,update:_,destroy:()=>{o.abort(),d.remove()}}}var gs=60,Ar=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Sr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=()=>e.get("scores"),a=s("div","cmw-abstain");a.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let l=s("output","cmw-abstain-value"),d=h=>e.set("abstain",h),u=He({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:gs,clock:r,signal:o.signal,onInput:h=>{let w=i();l.textContent=h.toFixed(Fe(w?w.step:.01))}}),p=u.el,b=s("label","cmw-field");b.append(c,s("span",null,"Abstain when the top score is below"),p,l);let f=s("input","cmw-top-k");f.type="number",f.min="1";let S=s("label","cmw-field");S.append(s("span",null,"Hit when the true class is in the top"),f);let $=s("span","cmw-hint cmw-top-k-hint");$.setAttribute("role","status"),S.append($);let x=s("div","cmw-abstain-stats");a.append(b,S,x);let y=null;function C(){let h=i(),w=!!(h&&h.kind==="multiclass");if(a.hidden=!w,!w)return;u.range(h.lo,h.hi,h.step);let E=h.abstain!==null&&h.abstain!==void 0;if(c.checked=E,p.disabled=!E,E&&(y=h.abstain),!u.dragging()){let m=E?h.abstain:y??(h.lo+h.hi)/2;p.value=String(m),l.textContent=E?Number(m).toFixed(Fe(h.step)):"off"}f.max=String(h.k_max),t.doc.activeElement!==f&&(f.value=String(h.top_k)),x.replaceChildren(),E&&x.append(s("span","cmw-stat cmw-coverage",`coverage ${Ar(h.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Ar(h.covered_accuracy)}`))}return W(c,"change",()=>{i()&&d(c.checked?parseFloat(p.value):null)},o.signal),W(f,"change",()=>{let h=i(),w=Number(f.value),E=h&&Number.isInteger(w)&&w>=1&&w<=h.k_max;$.textContent=E||!h?"":`top-k must be a whole number from 1 to ${h.k_max}`,E?e.set("top_k",w):h&&(f.value=String(h.top_k))},o.signal),H(e,["scores"],C,o.signal),C(),{el:a,update:C,destroy:()=>{o.abort(),a.remove()}}}function Mr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var bs=60,u1={size:240,pad:34},xs=[0,.5,1],ys="http://www.w3.org/2000/svg",vs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function _r({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s,doc:i}=t,a=(h,w={})=>{let E=i.createElementNS(ys,h);for(let[m,N]of Object.entries(w))E.setAttribute(m,String(N));return E},c=s("div","cmw-curves");c.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");c.append(l,d);let u=!1,p=null,b={},f=h=>{let w=e.get("binary");!w||!Number.isFinite(h)||e.set("threshold",ne(h,w.lo,w.hi))},S=We(f,bs,r);o.signal.addEventListener("abort",()=>S.cancel(),{once:!0});function $(h){let{size:w,pad:E}=u1;l.replaceChildren();for(let m of Object.keys(b))delete b[m];for(let m of vs){let N=h[m.kind],_=s("figure",`cmw-curve cmw-curve-${m.kind}`),P=s("figcaption","cmw-curve-title"),z=h[m.area],Y=h.undefinedBecause?h.undefinedBecause[m.kind]:null;if(P.textContent=`${m.title}${z===null||Y?"":`  ${m.areaName} ${le(z)}`}`,Y){_.append(P,s("p","cmw-curve-undefined",`Undefined: ${Y}.`)),l.append(_);continue}let K=a("svg",{width:w,height:w,viewBox:`0 0 ${w} ${w}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});K.classList.add("cmw-curve-svg"),Object.assign(K.dataset,{kind:m.kind,plotSize:String(w),plotPad:String(E)}),K.append(a("rect",{x:E,y:E,width:w-2*E,height:w-2*E,class:"cmw-curve-frame"}),a("polyline",{points:dn(N,w,E),class:"cmw-curve-line"})),m.kind==="roc"&&K.append(a("line",{x1:E,y1:w-E,x2:w-E,y2:E,class:"cmw-curve-chance"}));let G=a("text",{x:w/2,y:w-4,class:"cmw-curve-axis","text-anchor":"middle"});G.textContent=m.x;let I=a("text",{x:9,y:w/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${w/2})`});I.textContent=m.y,K.append(G,I,...x(w,E));let U=[0,1].map(()=>a("line",{class:"cmw-curve-guide"})),V=a("text",{x:E,y:E-8,class:"cmw-curve-readout"}),X=a("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),v=a("title");v.textContent="Drag along the curve to move the threshold",X.append(v),K.append(...U,V,X),_.append(P,K),l.append(_),b[m.kind]={plot:K,marker:X,guides:U,readout:V,curve:N,spec:m},y(K,N)}d.replaceChildren();for(let m of h.targets){let N=t.button("cmw-curve-target",`threshold for ${m.name}`);N.dataset.threshold=String(m.threshold),W(N,"click",()=>f(m.threshold),o.signal),d.append(N)}}function x(h,w){let E=h-2*w,m=[];for(let N of xs){let _=w+N*E,P=w+(1-N)*E,z=String(N);m.push(a("line",{x1:_,y1:h-w,x2:_,y2:h-w+4,class:"cmw-curve-tickmark"})),m.push(a("line",{x1:w-4,y1:P,x2:w,y2:P,class:"cmw-curve-tickmark"}));let Y=a("text",{x:_,y:h-w+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});Y.textContent=z;let K=a("text",{x:w-6,y:P,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});K.textContent=z,m.push(Y,K)}return m}function y(h,w){let E=!1,m=_=>{let P=Mr(h.getBoundingClientRect(),u1),z=(_.clientX-P.x0)/P.inner,Y=1-(_.clientY-P.y0)/P.inner;return w.t[un(w,z,Y)]};W(h,"pointerdown",_=>{if(E=!0,h.setPointerCapture&&_.pointerId!==void 0)try{h.setPointerCapture(_.pointerId)}catch{}S(m(_))},o.signal),W(h,"pointermove",_=>{E&&S(m(_))},o.signal),W(h,"pointerup",_=>{E&&(E=!1,S.cancel(),f(m(_)))},o.signal),W(h,"pointercancel",()=>{E=!1,S.cancel()},o.signal)}function C(){let h=e.get("binary");if(c.hidden=!h,!h)return;let w=e.get("curves");if(!w){(!u||p!==null)&&(u=!0,p=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==w&&($(w),p=w);let{size:E,pad:m}=u1,N=E-2*m;for(let{marker:_,guides:P,readout:z,spec:Y,plot:K}of Object.values(b)){let[G,I]=Y.at(h),U=Number.isFinite(G)&&Number.isFinite(I);for(let R of[_,...P])R.setAttribute("visibility",U?"visible":"hidden");if(z.textContent=U?`${Y.x} ${le(G)}, ${Y.y} ${le(I)}`:"",!U)continue;let V=(m+G*N).toFixed(1),X=(m+(1-I)*N).toFixed(1);_.setAttribute("cx",V),_.setAttribute("cy",X);let[v,A]=P;Object.entries({x1:V,y1:X,x2:V,y2:E-m}).forEach(([R,D])=>v.setAttribute(R,D)),Object.entries({x1:V,y1:X,x2:m,y2:X}).forEach(([R,D])=>A.setAttribute(R,D)),K.dataset.markerX=String(G),K.dataset.markerY=String(I)}}return H(e,["binary","curves"],C,o.signal),C(),{el:c,update:C,destroy:()=>{o.abort(),c.remove()}}}var ks=60,d1=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function As(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function Tr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let a=s("select","cmw-label-picker"),c=s("label","cmw-field");c.append(s("span",null,"Label"),a);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,b=He({dom:t,cls:"cmw-label-threshold",write:N=>{let _=d();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite(N))return;let P=_.thresholds.slice();P[u]=N,e.set("thresholds",P)},throttleMs:ks,clock:r,signal:o.signal,onInput:N=>{let _=d();l.textContent=N.toFixed(Fe(_?_.step:.01))}}),f=b.el,S=s("label","cmw-field");S.append(s("span",null,"Threshold"),f,l);let $=s("div","cmw-label-focus"),x=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(c,S,$,x,y);let C="label",h=!1;function w(){let N=d(),_=!!(N&&N.kind==="multilabel");if(i.hidden=!_,!_)return;let P=e.get("labels"),z=e.get("metrics").perClass,Y=e.get("countDigits");u=Math.min(u,P.length-1),(a.options.length!==P.length||[...a.options].some((G,I)=>G.textContent!==P[I]))&&a.replaceChildren(...P.map((G,I)=>t.option(String(I),G))),a.value=String(u);let K=Array.isArray(N.thresholds);S.hidden=!K,f.disabled=!!N.fixed,K&&!b.dragging()&&(b.range(N.lo,N.hi,N.step),f.value=String(N.thresholds[u]),l.textContent=Number(N.thresholds[u]).toFixed(Fe(N.step))),E(N,P,Y),m(N,P,z,Y)}function E(N,_,P){let z=N.tables[u]||[0,0,0,0],Y=s("table","cmw-readout-table");Y.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let G=Y.createTBody();[["truly absent",0],["truly present",2]].forEach(([U,V])=>{let X=G.insertRow();X.append(s("th",null,U));for(let v of[V,V+1]){let[A,R]=d1[v],D=s("td"),O=t.button("cmw-label-cell",`${R} ${pe(z[v],P)}`);O.dataset.cell=A,O.disabled=!!N.fixed,W(O,"click",()=>e.send({type:"label_cell",label:u,cell:A}),o.signal),D.append(O),X.append(D)}}),$.replaceChildren(s("div","cmw-label-focus-title",_[u]??""),Y);let I=N.focus;if(I&&I.label===u){let U=d1.find(([X])=>X===I.cell)?.[1]??I.cell,V=I.indices.length<I.total?`first ${I.indices.length} of ${I.total}`:`${I.total}`;x.replaceChildren(s("div","cmw-label-listing-title",`${U} of ${_[u]}: ${V} samples`),s("div","cmw-indices",I.indices.join(", ")))}else x.replaceChildren()}function m(N,_,P,z){let Y=s("tr"),K=(V,X)=>{let v=C===V,A=t.button(`cmw-sort${v?" cmw-sorted":""}`,v?`${X} ${h?"▼":"▲"}`:X);A.dataset.sort=V,W(A,"click",()=>{h=v?!h:V!=="label",C=V,w(),y.querySelector(`[data-sort="${V}"]`).focus()},o.signal);let R=s("th");return R.setAttribute("aria-sort",v?h?"descending":"ascending":"none"),R.append(A),R};Y.append(K("label","label"),...d1.map(([,V])=>s("th",null,V)),K("f1","F1"),K("support","support"));let G=s("thead");G.append(Y);let I=s("tbody"),U=P.length===_.length?P:_.map(()=>({f1:NaN,support:NaN}));for(let V of As(U,C,h)){let X=s("tr",V===u?"cmw-focused":null);X.dataset.label=String(V);let v=t.button("cmw-label-name",_[V]);W(v,"click",()=>{u=V,w()},o.signal);let A=s("th");A.append(v),X.append(A,...(N.tables[V]||[]).map(R=>s("td",null,pe(R,z))),s("td",null,le(U[V].f1)),s("td",null,pe(U[V].support,z))),I.append(X)}y.replaceChildren(G,I)}return W(a,"change",()=>{u=Number(a.value)||0,w()},o.signal),H(e,["scores","labels","metrics","countDigits"],w,o.signal),w(),{el:i,update:w,destroy:()=>{o.abort(),i.remove()}}}function Cr(e){let t=[_r(e),Sr(e),Tr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var Er=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Ss=e=>`${(Number(e)*100).toFixed(0)}%`;function $r(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${Er(n.mean)} · median ${Er(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Ss(r[2])}`).join(" · ")}function Nr(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let a of n){let c=r("tr");c.append(r("th",null,String(a.column)),r("td",null,$r(a,"cell")),r("td",null,$r(a,"rest"))),o.append(c)}return o}function Fr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=o("div","cmw-selection"),a=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function c(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(a());return}let b=o("p","cmw-sentence");for(let y of p.sentence){let C=String(y&&y.text!=null?y.text:"");b.append(y&&y.em?o("em",null,C):t.doc.createTextNode(C))}let f=o("div","cmw-selection-head");if(f.append(b,a()),i.append(f),!p.available){let y=e.get("table"),C=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",C));return}let S=j1(p);if(S.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(S));let $=Array.isArray(p.previews)?p.previews:[];$.length&&i.append(d($));let x=Nr(t,p);x&&i.append(x)}function l(p){let b=o("div","cmw-pager");if(p.hasPrev){let f=s("cmw-prev","Previous");f.dataset.offset=String(p.prevOffset),b.append(f)}if(b.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let f=s("cmw-more","Show more");f.dataset.offset=String(p.nextOffset),b.append(f)}return b}function d(p){let b=o("div","cmw-previews");for(let f of p)if(f){if(f.kind==="image"&&typeof f.src=="string"&&f.src.startsWith("data:image/")){let S=o("figure","cmw-preview-img"),$=o("img");$.src=f.src,$.alt=`sample ${f.index}`,S.append($,o("figcaption",null,`#${f.index}`)),b.append(S)}else if(f.kind==="text"){let S=o("div","cmw-preview-text");S.append(o("span","cmw-idx",`#${f.index}`),o("span","cmw-snippet",String(f.text??""))),b.append(S)}}return b}let u=null;return W(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=p.target.closest("button[data-offset]");if(!b)return;let f=e.get("selection");u=f&&{cls:b.className,i:f.i,j:f.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),H(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let b=t.doc.activeElement,f=b&&(i.contains(b)||b===t.doc.body);c();let S=e.get("selection");if(!p||!S||S.i!==p.i||S.j!==p.j||!f)return;let $=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");$&&$.focus({preventScroll:!0})},r.signal),c(),{el:i,update:c,destroy:()=>{r.abort(),i.remove()}}}function Or({state:e,dom:t,signal:n,extra:r=[]}){let o=Z(n),{h:s,button:i}=t,a=s("div","cmw-select-bar");a.setAttribute("role","group"),a.setAttribute("aria-label","Select");let c=i("cmw-all-errors","All errors");c.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");a.append(c,l,...r);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");c.classList.toggle("cmw-active",p),c.setAttribute("aria-pressed",String(p)),a.hidden=!(e.get("k")>0)}return W(c,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},o.signal),H(e,["selectionSpec","k"],d,o.signal),d(),{el:a,update:d,destroy:()=>{o.abort(),a.remove()}}}function Rr(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function Ir({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=o("details","cmw-download"),a=o("summary","cmw-download-summary","Download"),c=o("div","cmw-download-menu");c.setAttribute("role","group"),c.setAttribute("aria-label","Download");let l=s("cmw-download-cells","Matrix (CSV)");l.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",c.append(l,d,u),i.append(a,c);function p(){d.disabled=!e.get("hasSelection")}let b=e.receive(f=>{if(!f||f.type!=="download"||typeof f.text!="string")return;let S=typeof f.name=="string"&&/^[\w.-]+$/.test(f.name)?f.name:"cm_widget.csv";Rr(t.doc,new t.doc.defaultView.Blob([f.text],{type:"text/csv"}),S)});return r.signal.addEventListener("abort",b,{once:!0}),W(c,"click",f=>{let S=f.target.closest("button");if(S){if(S===l)e.send({type:"download",what:"cells"});else if(S===d)e.send({type:"download",what:"selection"});else if(S===u){let $=i.closest(".cmw"),x=$&&$.querySelector("canvas.cmw-canvas");x&&x.toBlob(y=>{y&&Rr(t.doc,y,"confusion_matrix.png")},"image/png")}}},r.signal),H(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var Pr=e=>Math.round(e).toLocaleString("en-US");function Ms(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Pr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Pr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function _s(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function Br({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),a=o("span","cmw-busy");a.setAttribute("role","status"),a.setAttribute("aria-live","polite"),s.append(i,a);function c(){let l=e.get("table");s.hidden=!l,i.textContent=Ms(l);let d=_s(e);a.hidden=!d,a.textContent=d||""}return H(e,["table","threshold","binary","selected","selection"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function Ts(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Cs=60;function Dr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-binary"),a=s("label","cmw-field cmw-threshold-field"),c=s("input","cmw-threshold");c.type="range";let l=s("output","cmw-threshold-value");a.append(s("span",null,"Threshold"),c,l);let d=s("div","cmw-readout");i.append(a,d),i.hidden=!0;let u=!1,p=null,b=w=>w.step>0?w.step:(w.hi-w.lo)/1e3||.01,f=()=>e.get("table")?.edges||null,S=(w,E)=>f()?String(Number(w.toPrecision(6))):w.toFixed(Fe(b(E)));function $(){let w=e.get("binary");if(i.hidden=!w,!w)return;let E=f();c.min=E?"0":String(w.lo),c.max=String(E?E.length-1:w.hi),c.step=E?"1":String(b(w));let m=e.get("threshold")??Number(w.threshold);!u&&Number.isFinite(m)&&(c.value=String(E?Ts(E,m):m),l.textContent=S(m,w)),x(w)}function x(w){let E=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${w.negName}`),s("th",null,`predicted ${w.posName}`));let _=m.createTBody(),P=[[`true ${w.negName}`,["TN",w.tn],["FP",w.fp]],[`true ${w.posName}`,["FN",w.fn],["TP",w.tp]]];for(let[Y,...K]of P){let G=_.insertRow();G.append(s("th",null,Y));for(let[I,U]of K){let V=s("td");V.append(s("span","cmw-tag",I),t.doc.createTextNode(` ${pe(U,E)}`)),G.append(V)}}let z=s("div","cmw-readout-stats");for(let[Y,K]of[["TPR",w.tpr],["FPR",w.fpr],["precision",w.precision],["F1",w.f1]])z.append(s("span","cmw-stat",`${Y} ${le(K)}`));d.replaceChildren(m,z)}let y=w=>{Number.isFinite(w)&&(p=w,e.set("threshold",w))},C=We(y,Cs,r),h=()=>{let w=f();return w?w[Math.trunc(parseFloat(c.value))]:parseFloat(c.value)};return W(c,"input",()=>{u=!0;let w=h(),E=e.get("binary");Number.isFinite(w)&&(l.textContent=E?S(w,E):w.toFixed(2)),C(w)},o.signal),W(c,"change",()=>{u=!1,C.cancel();let w=h();(w!==p||e.get("threshold")!==w)&&y(w)},o.signal),o.signal.addEventListener("abort",()=>C.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table"],$,o.signal),$(),{el:i,update:$,destroy:()=>{o.abort(),i.remove()}}}var Es=300,$s=200,Ns=16;function Fs(e,t,n){let r=e-t-Ns,o=Math.min(t1,Math.max(n,1)*Mt)+$s;return t>0&&r>=Math.max(Es,Math.min(o,.6*e))?r:e}function Os(e,t){let n=e.dom.h("div","cmw-main"),r=Cr(e);r.el.classList.add("cmw-side"),r.el.append(Tn(e).el);let s=wr({...t,room:()=>Fs(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function Rs(e){let t=zn(e),n=Zn(e);return[Sn({...e,extra:[t.button]}),t,Dr(e),Br(e),br(e),n.panel,Os(e,n.matrixCtx),n.table,kr(e),An(e),Or({...e,extra:[Ir(e).el]}),Fr(e),xr(e),gr(e),_n(e)]}function zr(e,t,n=performance.now()){let r=on(t.ownerDocument||document),o=new AbortController,s=kn(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",W(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let a=({k:l,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},c=Rs({state:s,dom:r,signal:o.signal,report:a,startedAt:n});return i.append(...c.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Nt="cm-widget",Is="application/vnd.cm-widget.view+json",m1="application/vnd.jupyter.widget-view+json",jr=1e4,Ps="Saved view, no kernel behind it: run the cell to make it live.",p1=null;async function Bs(e){let t=p1&&p1[e];if(!t)throw new Error(`${Nt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Ds(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=y1,e.head.appendChild(t)}async function zs(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await rn(n):null}function Ur(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function js(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=zs(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),jr))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=Ur(this,"rendermime"),o=r&&r.rendermime,s=Ur(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&m1 in n.data&&o&&o.mimeTypes.includes(m1))){this._showSaved();return}clearTimeout(this._timer);let c=o.createRenderer(m1);if(this._live=c,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:jr),c.addClass("cmw-lab-pending"),c.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(c);let l=()=>{c.node.firstElementChild?this._goLive():/Error displaying widget/.test(c.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,c.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(c.node,{childList:!0,characterData:!0,subtree:!0}),c.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Ds(r),s.textContent=Ps;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:zr(tn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Us(){let{Panel:e}=await Bs("@lumino/widgets"),t=js(e);return{id:`${Nt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Is],defaultRank:-20,createRenderer:n=>new t(n)}}}function Vs(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Nt]={init:e=>{p1=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Nt} has no module ${e}`);let t=Vs()?[await Us()]:[];return()=>({__esModule:!0,default:t})}});})();
