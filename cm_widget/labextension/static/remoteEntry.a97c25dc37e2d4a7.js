(()=>{var ln=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function un(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function dn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Et(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function mn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Et(t[r],t[r+1],t[r+2])}function pn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function To(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function Eo([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function fn(e,t){let n=To(t);if(!n||Eo(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function hn(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ye(e),n=Math.floor(t.byteLength/8);if(Co)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Pe(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,u)=>setTimeout(l,u),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var $o={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},No=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Be(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=$o[e&&e.dtype]||Float64Array,o=ye(e&&e.counts),s=r.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(o.byteLength/s)),c=Fo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new r(t*n),totals:c};if(No||s===1)return{k:t,cols:n,counts:new r(o.buffer,0,i),totals:c};let a=new DataView(o.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],u=new r(i);for(let d=0;d<i;d++)u[d]=a[l](s*d,!0);return{k:t,cols:n,counts:u,totals:c}}function Fo(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function Ve(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ge(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,ge(e,t,o,r)+ge(e,t+o*r,n-o,r)}function rt(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return Oo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=ge(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=ge(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function Oo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function ot(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Io(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ve(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=Io(a)}return o}function Ct(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Ro=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function wn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?Ro.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function st(e){let t=ye(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function it(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Et(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var nt=e=>Number(e.toPrecision(12));function at(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>nt(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=nt(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let u=nt(l*c);a.push([u/r,o?String(u):`${nt(u*100)}%`])}return a}function gn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=ye(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let u=d=>i.getFloat64(8*(4*l+d),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var $t=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lt=e=>Array.isArray(e)?e:[],We=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ct=e=>lt(e).map(Number).filter(Number.isInteger);function Po(e){let t=$t(e),n=lt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(lt(o)[i])?Number(lt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Bo(e,t){let n=$t(e);if(typeof n.name!="string")return null;let r=Be(n.matrix),o=st(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:We(n.fixed),broken:We(n.broken),changed:We(n.changed)}}function bn(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function xn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Do(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var yn=(e,t)=>{let n=xn(e);return ve(Do(e,t),-n,n)};function vn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function An(e,t=0){let n=Math.abs(xn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function zo(e){let t=$t(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ct(t.entered),cameFrom:ct(t.came_from),left:ct(t.left),wentTo:ct(t.went_to),nEntered:We(t.n_entered),nLeft:We(t.n_left)}}var kn={runs:{raw:["_runs"],make:(e,t)=>Po(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Bo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>zo(t("_moves"))}},Sn=["run","compare"];var Mn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],_n=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function le(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ne(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?vn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function Nt(e,t,n,r=0){let o=Ne(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${le(t,r)})`}:{main:o,sub:""}}function ue(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Te(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function Tn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function En(e,t){return t?`${e}_r`:e}function Ft(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function Cn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var $n=[[`
`,"⏎"],["\r","␍"]];function Ge(e){let t=String(e);for(let[n,r]of $n)t=t.split(n).join(r);return t}function Ot(e,t){if(t!=null&&e===Ge(t))return String(t);let n=String(e);for(let[r,o]of $n)n=n.split(o).join(r);return n}function ut(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var jo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ee(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function De(e,t){let n=Ee(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(jo)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var Uo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Vo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Uo[e.dtype];return t?De(t,e.data):null}function Wo(e){let t=Ee(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function Fn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?De(Float64Array,t.weights):null,sampleIndex:t.sample_index?De(Uint32Array,t.sample_index):null,ids:Vo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:De(Float32Array,t.outside.scores),weights:t.outside.weights?De(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Ee(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=De(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Wo(t.cells);return n}var Fe=new Float32Array(1),Nn=new Int32Array(Fe.buffer);function Go(e,t){return Fe[0]=e,Fe[0]===0?(Nn[0]=1,t?Fe[0]:-Fe[0]):(Nn[0]+=Fe[0]>0===t?1:-1,Fe[0])}function It(e){let t=Math.fround(e);return t>e?Go(t,!1):t}function Oe(e,t=-1/0,n=1/0){let r=It(Number(e));return Math.min(Math.max(r,It(t)),It(n))}function dt(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Oe(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,u=e.scores[a]>=c?s:i;r[l*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function On(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Oe(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function In(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Oe(n);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:1-s,l=e.scores[c]>=i?s:1-s;t[a*o+l]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function mt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Rt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>mt(e,r))}function Ko(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Oe(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?ge(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var be=(e,t)=>t!==0?e/t:0;function Xo(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let b=0;b<t;b++){for(let T=0;T<t;T++){let O=e[b*t+T];o[b]+=O,s[T]+=O,c+=O}r[b]=e[b*t+b],i+=r[b]}if(n){for(let b=0;b<t;b++)o[b]+=n.trueK[b],s[b]+=n.predK[b];i+=n.agree,c+=n.total}let a=0;for(let b=0;b<t;b++)a+=o[b];let l=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},p=0,y=0;for(let b=0;b<t;b++){let T={precision:be(r[b],s[b]),recall:be(r[b],o[b]),f1:be(2*r[b],o[b]+s[b]),support:o[b]};l.push(T);let O=be(o[b],a);for(let x of["precision","recall","f1"])u[x]+=T[x]/t,d[x]+=T[x]*O;o[b]>0&&(p+=1,y+=T.recall)}return{rows:l,accuracy:be(i,c),balancedAccuracy:p?y/p:0,macro:u,weighted:d}}function Pt(e,t,n=null,r=null){let o=Xo(e,t,Ko(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Yo(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:be(e,e+n),fpr:be(t,t+r),precision:be(e,e+t),f1:be(2*e,2*e+t+n),mcc:be(e*r-t*n,o)}}function Bt(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Yo(s(r,r),s(o,r),s(r,o),s(o,o))}}function Rn(e){return e??"true"}function Pn(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Dt(e):String(Math.trunc(e)),u=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=c?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${ut(r*100,1)}% of `,y;return i==="all"?y=[{text:`${p}all samples).`}]:i==="pred"&&c?y=[{text:`${p}the abstained samples).`}]:i==="pred"?y=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:y=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...y]}function Dt(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var pt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,Bn=(e,t,n)=>Array.isArray(e)&&e.length===2&&pt(e[0],t)&&pt(e[1],n);function Ke(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&pt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&pt(e.col,n)?{kind:"col",j:e.col}:null}return Bn(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>Bn(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function Dn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function zn(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function jn(e,t,n=t){if(e===null)return null;let r=Ke(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":zn(r.cells)}function Un(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),zn(n)}function Vn(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:a=!1}){let l=s?c(t):String(Math.trunc(t)),[u,d]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?u:d} ${t===1?"is":"are"} `,y={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},y]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},y]:e==="errors"?[{text:`${p}misclassified`},y]:[{text:`${p}in ${r} selected cells`},y]}var Wn=40,Gn="abstained";function qo(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Zo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}var Kn=e=>e.every(t=>Number.isInteger(t));function Xn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)qo(t,A.path,Ee(A.data));let n=e.k,r=Fn(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=A=>{for(let g of o.get(A)||[])g()},u=(A,g)=>{t[A]=g,l(A)},d=Be(t._matrix),p=r?dt(r,t.threshold):Float64Array.from(Ve(d.counts,n,d.cols).square),y=d.cols===n+1?Array.from({length:n},(A,g)=>d.counts[g*d.cols+n]):null;function b(){return{k:n,dtype:"float64",counts:new Uint8Array(p.buffer.slice(0))}}function T(A,g){let N=`${A},${g},${t.threshold}`;return s.key!==N&&(s.key=N,s.members=On(r,A,g,t.threshold)),s.members}function O(A,g,N,F){let R=0;if(F==="true")for(let D of g){for(let z=0;z<n;z++)R+=p[D*n+z];y&&(R+=y[D])}else for(let D=0;D<n;D++)if(F==="all"){for(let z=0;z<n;z++)R+=p[D*n+z];y&&(R+=y[D])}else for(let z of N)R+=z===n?y?y[D]:0:p[D*n+z];return R?A/R:0}function x(A,g,N,F,R,D,z,W={},ee={}){let P=0;for(let Y of N)for(let X of F)P+=X===n?y?y[Y]:0:p[Y*n+X];let B=!!(r&&r.weights||!Kn(p)),Z=Rn(t.normalize),te;if(ee.multilabel){let Y=d.totals,X=Y?Z==="true"?Y.rows[A]:Z==="pred"?Y.cols[g]:Y.all:0;te=X?P/X:0}else te=O(P,N,F,Z);let Q=r?D():[],ce=Q.length,ie=Math.max(0,Math.min(Math.trunc(z)||0,Math.max(ce-1,0)));ie-=ie%i;let me=Q.slice(ie,ie+i),ke=[];for(let Y of me.slice(0,Wn)){let X=e.previews&&e.previews[String(mt(r,Y))];X&&ke.push(X)}return{i:A,j:g,...W,sentence:Pn(P,R[0],R[1],te,A===g,B,{basis:Z,...ee}),count:P,total:ce,offset:ie,indices:r?Rt(r,me):[],page_size:i,previews:ke,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function k(A,g,N){let F=t.display_labels||[];return y&&g===n?x(A,g,[A],[g],[String(F[A]??A),Gn],()=>[],N,{},{abstained:!0}):x(A,g,[A],[g],[String(F[A]??A),String(F[g]??g)],()=>T(A,g),N,{},{multilabel:c})}let E=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(E.length?n:0).fill(0);if(E.length){let A=t._groups.codes,g=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let N=0;N<n;N++)h[N]=n<=65536?g.getUint16(2*N,!0):g.getUint32(4*N,!0)}let f=A=>h.flatMap((g,N)=>g===A?[N]:[]);function C(A,g){if(r.kind==="binary"){let F=[];for(let R of f(A))for(let D of f(g))F.push(...T(R,D));return F.sort((R,D)=>R-D)}let N=[];for(let F=0;F<r.n;F++){let R=r.cells[F],D=Math.floor(R/n);h[D]===A&&h[R-D*n]===g&&N.push(F)}return N}function m(A,g,N){return x(A,g,f(A),f(g),[E[A],E[g]],()=>C(A,g),N,{group:!0})}function $(A,g){let N=y?n+1:n,F=Ke(A,n,N),R=Dn(F,n,N),D=0;for(let[Y,X]of R)D+=X===n?y?y[Y]:0:p[Y*n+X];let z=new Uint8Array(n*n);for(let[Y,X]of R)X<n&&(z[Y*n+X]=1);let W=r?In(r,z,t.threshold):[],ee=Rt(r||{},W),P=W.map((Y,X)=>X);r&&r.ids&&P.sort((Y,X)=>ee[Y]<ee[X]?-1:ee[Y]>ee[X]?1:Y-X);let B=0;for(let Y=0;Y<n;Y++){for(let X=0;X<n;X++)B+=p[Y*n+X];y&&(B+=y[Y])}let Z=(t.display_labels||[]).map(String);y&&Z.push(Gn);let te=F.kind==="row"?Z[F.i]:F.kind==="col"?Z[F.j]:null,Q=!!(r&&r.weights||!Kn(p)),ce=W.length,ie=Math.max(0,Math.min(Math.trunc(g)||0,Math.max(ce-1,0)));ie-=ie%i;let me=P.slice(ie,ie+i),ke=[];for(let Y of me.slice(0,Wn)){let X=e.previews&&e.previews[String(mt(r,W[Y]))];X&&ke.push(X)}return{i:F.kind==="row"?F.i:-1,j:F.kind==="col"?F.j:-1,kind:F.kind,sentence:Vn(F.kind,D,te,R.length,B?D/B:0,Q,{fixed:ut,formatG:Dt,pairs:c}),count:D,total:ce,offset:ie,indices:me.map(Y=>ee[Y]),page_size:i,previews:ke,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function M(A=0){let g=t.selected,N=t.selected_group;g!=null&&!(Array.isArray(g)&&g.length===2&&!Array.isArray(g[0]))?u("_selection",$(g,A)):Array.isArray(g)&&g.length===2?u("_selection",k(g[0],g[1],A)):Array.isArray(N)&&N.length===2?u("_selection",m(N[0],N[1],A)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function V(A){let g=e.orders&&e.orders[A];g&&(u("_order",{dtype:g.dtype,classes:Ee(g.classes),groups:g.groups?Ee(g.groups):null}),u("order",A))}function H(A,g,N,F=N){if(A==="selected"&&(g=jn(g,N,F),g===void 0)||!(g===null||A==="selected"||Array.isArray(g)&&g.length===2&&g.every((z,W)=>Number.isInteger(z)&&z>=0&&z<(W===0?N:F))))return;let D=A==="selected"?"selected_group":"selected";g!==null&&t[D]!=null&&(t[D]=null,l(D)),t[A]=g,l(A),M(0)}function K(A){if(!r||r.kind!=="binary"||!a)return;let g=Number(A);if(!Number.isFinite(g))return;let N=Oe(Math.min(Math.max(g,a.lo),a.hi),a.lo,a.hi);t.threshold=N,p=dt(r,N),u("_matrix",b()),u("_binary",Bt(a,p,N)),u("_metrics",Pt(p,n,r,N)),l("threshold"),t.selected!=null&&M(0)}function U(A){let g=String(A),N=g.endsWith("_r")?g.slice(0,-2):g,F=e.luts[g]||e.luts[N];if(!F)return;let R=Ee(F);u("_lut",e.luts[g]?R:Zo(R)),u("cmap",g)}return r&&r.kind==="binary"&&a&&(t.threshold=Oe(t.threshold,a.lo,a.hi),p=dt(r,t.threshold),t._matrix=b(),t._binary=Bt(a,p,t.threshold),t._metrics=Pt(p,n,r,t.threshold)),{get:A=>t[A],on(A,g){return o.has(A)||o.set(A,new Set),o.get(A).add(g),()=>o.get(A).delete(g)},set(A,g){if(A==="threshold")return K(g);if(A==="cmap")return U(g);if(A==="normalize"){u(A,g??null),(t.selected!=null||t.selected_group!=null)&&M(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(g)||g.length!==n)return;u(A,g.map(String)),t.selected!=null&&M(t._selection?.offset||0);return}if(A==="selected")return H(A,g,n,y?n+1:n);if(A==="selected_group")return H(A,g,E.length);if(A==="order")return V(g);if(A==="errors_only")return u(A,g===!0);if(A==="level"){(g==="classes"||g==="groups"&&E.length)&&u(A,g);return}},send(A){A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&M(Number(A.offset)||0)}}}var Jo="CMW1";async function Yn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Qo(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Lo(e){return new TextDecoder().decode(await Yn(e))}async function es(e){let t=await Yn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Jo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Qo(r.subarray(c,c+a))}}return s})}async function Hn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await es(t):JSON.parse(n==="gzip"?await Lo(t):t)}var ts=new Set(["button","input","select","textarea","summary","canvas"]);function qn(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),ts.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function j(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function J(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var ns=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function zt(e,t){let n=ye(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(ns)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function Zn(e){if(!e||typeof e!="object")return null;let t=zt(e.x,Float32Array),n=zt(e.y,Float32Array),r=zt(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var jt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Jn(e){if(!e||typeof e!="object")return null;let t=Zn(e.roc),n=Zn(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&jt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:jt(e.auc),ap:jt(e.ap),targets:r,undefinedBecause:s}}function Qn(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function Ln(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var rs={uint16:2,uint32:4};function Ut(e,t){let n=rs[t];if(!n)return null;let r=ye(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function er(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var tr=e=>Array.from({length:e},(t,n)=>n);function nr(e,t,n){let r=e&&e.dtype,o=e?Ut(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Ut(e.groups,r):null;return{classes:er(o,t)?o:tr(t),groups:n?er(i,s)?i:tr(s):null}}function rr(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Ut(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}function or(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:ge(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var os=new Set(["normalize","cmap","threshold","display_labels","selected",...Sn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),ss=10,ft=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},sr=e=>Array.isArray(e)?e:[],ht={matrix:{raw:["_matrix"],make:(e,t)=>Be(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ve(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ft(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>rt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ve(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?bn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>ot(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ve(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?yn(e("values"),e("k")):ve(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||st(t("_lut"))||dn()},lutText:{uses:["lut"],make:e=>it(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:wn(t("values_format"),e("normalize"),Ct(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Ct(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?An(e("values"),e("countDigits")):at(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>gn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=ft(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ke(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=ft(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:sr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>sr(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Jn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=ft(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=ft(t("_table"));if(!n.engine)return null;let r=hn(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...kn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>nr(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>rr(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Ft(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>or(e("counts"),e("k"),ss,is(e))},focus:{make:()=>null}},Xe={},ir=e=>{if(!Xe[e]){let t=ht[e];Xe[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(ir)])]}return Xe[e]};for(let e of Object.keys(ht))ir(e);function is(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ge(r,i*n,n)+o[i])}function ar(e){let t=new Map,n=c=>{if(!ht[c])throw new Error(`unknown state key ${c}`);return ht[c]},r=c=>{let a=n(c),l=Xe[c].map(p=>e.get(p)),u=t.get(c);if(u&&u.raws.every((p,y)=>p===l[y]))return u.value;let d=a.make(r,p=>e.get(p));return t.set(c,{raws:l,value:d}),d};return{get:r,on:(c,a)=>{n(c);let l=Xe[c].map(u=>e.on(u,a));return()=>l.forEach(u=>u())},set:(c,a)=>{if(!os.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function q(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var as=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function cs(e,t){return`From ${e.name} to ${t}: ${as(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ls(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function cr({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,u,d,p,y,b){let T=o("div",a);if(T.append(o("div","cmw-moves-title",`${l} (${u})`)),!d.length)return T.append(o("span","cmw-hint","none")),T;let O=o("div","cmw-moves-list");return d.forEach((x,k)=>{let E=o("span","cmw-move"),h=p[k];E.append(o("span","cmw-idx",`sample ${x}`),t.doc.createTextNode(": predicted "),o("em",null,b[h]??String(h)),t.doc.createTextNode(` in ${y}`)),O.append(E)}),T.append(O),u>d.length&&T.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),T}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),u=o("p","cmw-compare-summary",cs(a,l));u.title=ls(a,l),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),y=o("p","cmw-moves-head");y.append(t.doc.createTextNode("Cell true "),o("em",null,p[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,p[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(y,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,p),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,l,p))}return q(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function lr({state:e,dom:t,signal:n,extra:r=[]}){let o=J(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=_n.map(x=>{let k=i("cmw-seg-btn");return k.setAttribute("aria-label",x.label),k.append(s("span","cmw-long",x.label),s("span","cmw-short",x.short)),k.dataset.value=x.value===null?"":x.value,a.append(k),k}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let x of Mn)d.append(t.option(x));u.append(s("span","cmw-field-name","Colormap"),d);let p=t.option("cmw:compare"),y=s("label","cmw-field"),b=s("input","cmw-reverse");b.type="checkbox",y.append(b,s("span",null,"reverse")),c.append(a,u,y,...r);function T(){let x=e.get("normalize");for(let f of l){let C=(f.dataset.value||null)===x;f.classList.toggle("cmw-active",C),f.setAttribute("aria-pressed",String(C))}let k=e.get("compareState");if(d.disabled=!!k,b.disabled=!!k,k){p.textContent=`${k.cmap} (better / worse)`,p.parentNode||d.append(p),d.value=p.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${k.name}; the colormap returns when compare mode ends.`;return}p.remove(),d.removeAttribute("title");let{base:E,reversed:h}=Tn(e.get("cmap"));[...d.options].some(f=>f.value===E)||d.append(t.option(E)),d.value=E,b.checked=h}let O=()=>e.set("cmap",En(d.value,b.checked));return j(a,"click",x=>{let k=x.target.closest(".cmw-seg-btn");k&&e.set("normalize",k.dataset.value||null)},o.signal),j(d,"change",O,o.signal),j(b,"change",O,o.signal),q(e,["normalize","cmap","compareState"],T,o.signal),T(),{el:c,update:T,destroy:()=>{o.abort(),c.remove()}}}var wt=64,Wt=800,ur=120,gt=6,us=6,He=2,ds=14,Gt=140,re=8,Ae=20,Kt=15,xe=6,Xt=16,Ie=14,Ye=6,Vt=8,Yt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function qe(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||wt,c=n.maxGrid||Wt,a=re+Ae+r+xe,l=re,u=e>0&&n.extra?1:0,d=Math.min(c,Math.max(ur,t-a-s-re-u*Ye)),p=n.view||Ce(e),y=e>0?p.v:0,b=y>0?Math.min(i,d/(y+u)):0;u&&b<Vt&&(b=Math.min(i,(d-Vt)/y)),b>=gt&&(b=Math.floor(b));let T=b*y,O=a+T+Ye,x=u?Math.max(b,Vt):0,k=u?O+x:a+T;return{k:e,v:y,r0:p.r0,c0:p.c0,room:d,cell:b,x0:a,y0:l,grid:T,extra:u,xExtra:O,xw:x,right:k,width:Math.ceil(k+s+re),height:Math.ceil(l+T+xe+o+Ae+re+(Math.max(1,n.xTitleLines||1)-1)*Kt)}}function dr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=gt&&(r=Math.floor(r)),Math.max(ur,r*(n+e.extra))}function bt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Ce(e){return{r0:0,c0:0,v:Math.max(0,e)}}function mr(e,t){return e*us>t}function pr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/wt)))}function we(e,t,n=1){if(!(t>0))return Ce(0);let r=e||Ce(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function fr(e,t,n,r,o=1){let s=we(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(u,d)=>d-(d-u)*i/s.v;return we({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function hr(e,t,n,r,o=1){let s=we(e,r,o);return we({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function xt(e,t,n,r=1){let o=we(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return we({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function wr(e,t,n,r,o=1){let s=we(e,n,o),i=Math.min(s.v,Math.max(r,o));return we({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function gr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function br(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function Ht(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function xr(e,t,n=ds){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function Ze(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function qt(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=oe(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function Je(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function yr(e,t,n,r=1,o=n){if(n<=0||!Yt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var fe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,de=(e,t)=>e.y0+(t-e.r0)*e.cell,Re=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,yt=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function vr({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function u(){let b=e.get("labels");l=b;let T=o("div","cmw-labels-list");a=b.map((x,k)=>{let E=o("label","cmw-label-row"),h=o("input","cmw-label-input");return h.type="text",h.value=Ge(x),h.dataset.index=String(k),E.append(o("span","cmw-label-idx",String(k)),h),T.append(E),h});let O=o("div","cmw-labels-actions");O.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(T,O),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(b=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),b&&i.focus({preventScroll:!0})}function p(){let b=l,T=e.get("labels"),O=a.map((x,k)=>x.value!==Ge(b[k])?Ot(x.value,b[k]):T[k]);d(!0),O.length===T.length&&O.some((x,k)=>x!==T[k])&&e.set("display_labels",O)}function y(){a&&a.length!==e.get("k")&&d()}return j(i,"click",()=>a?d():u(),r.signal),j(c,"keydown",b=>{b.key==="Enter"&&!b.isComposing&&b.target.tagName==="INPUT"?(b.preventDefault(),p()):b.key==="Escape"&&(b.preventDefault(),d(!0))},r.signal),j(c,"click",b=>{b.target.closest(".cmw-save")?p():b.target.closest(".cmw-cancel")&&d(!0)},r.signal),q(e,["labels","k"],y,r.signal),{el:c,button:i,update:y,open:u,close:d,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function Ar({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ge(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(u,d=!1)=>{if(a)return;a=!0,c.abort();let p=Ot(i.value,r);i.remove(),s(u&&p!==r?p:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),l(u.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ms=12;function ps(e,t,n,r=ms){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function kr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=le(l.counts[a],e.get("countDigits"));return u.kind==="percent"?`${d} (${Ne(l.values[a],u)})`:d}function c(){let a=e.get("k"),l=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),p=ps(s,a,u&&u[1]<a?u:u&&[u[0],null]),y=r("table"),b=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),T=r("tr");T.append(r("td"));for(let k=p.cols;k<p.cols+p.side;k++){let E=r("th",null,`Predicted ${l[k]}`);E.scope="col",T.append(E)}if(d){let k=r("th",null,"Abstained");k.scope="col",T.append(k)}let O=r("tbody");for(let k=p.rows;k<p.rows+p.side;k++){let E=r("tr"),h=r("th",null,`True ${l[k]}`);h.scope="row",E.append(h);let f=(C,m)=>{let $=r("td",null,m);u&&u[0]===k&&u[1]===C&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),E.append($)};for(let C=p.cols;C<p.cols+p.side;C++)f(C,i(k*a+C));d&&f(a,i(k,d)),O.append(E)}let x=r("thead");x.append(T),y.append(b,x,O),o.replaceChildren(y)}return q(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function fs(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Sr(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=fs(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[a,l]of e.cells){let u=o[a],d=s(l),p=`${u},${d}`;u<0||d<0||i.has(p)||(i.add(p),c.push([u,d]))}return{rows:[],cols:[],cells:c,errors:!1}}function Mr(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),a=i(e.add[1]);return c>=0&&a>=0?Un(o,[c,a]):void 0}}function hs(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:_r(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let u of s)c[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:_r(i),l=[];for(let u of a)if(o.has(u))for(let d of c[u])l.push({kind:"class",index:d,members:[d]});else l.push({kind:"group",index:u,members:c[u]});return l}function _r(e){return Array.from({length:e},(t,n)=>n)}function ws(e){return e.every(t=>t.kind==="class")}function Zt(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function gs(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function Tr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function bs(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=ve(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var Er=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","marks"]),xs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","selectionSpec"];function Cr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=x=>e.get(x),s=(x,k,E)=>{let h=r.get(x);if(h&&h.deps.length===k.length&&h.deps.every((C,m)=>C===k[m]))return h.value;let f=E();return r.set(x,{deps:k,value:f}),f},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>hs(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>ws(a())?a().map(x=>x.index):null),u=()=>{let x=l();return x!==null&&x.every((k,E)=>k===E)},d={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let x=o("labels"),k=o("groups");return a().map(E=>E.kind==="class"?x[E.index]:`${k.names[E.index]} (${E.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(u())return o("counts");let x=l();return x?Zt(o("counts"),o("k"),x):gs(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(u())return o("values");let x=l();return x?o("values")===o("counts")?p("counts"):Zt(o("values"),o("k"),x):rt(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let x=o("abstained"),k=l();return!x||k===null?null:u()?x:{counts:Tr(x.counts,k),values:Tr(x.values,k)}}),abstained:()=>s("abstained",[d.abstainedRows(),d.vmax()],()=>{let x=d.abstainedRows();return x?x===o("abstained")&&d.vmax()===o("vmax")?x:{counts:x.counts,values:x.values,colors:ve(x.values,0,d.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),d.abstainedRows()],()=>{let x=a().length;if(o("errorsOnly")&&!i()){let f=d.abstainedRows();return bs(p("values"),x,f&&f.values)}if(u())return{colors:o("colors"),vmax:o("vmax")};let k=l();if(k)return{colors:Zt(o("colors"),o("k"),k),vmax:o("vmax")};let E=p("values"),h=ot(E);return{colors:ve(E,0,h),vmax:h}}),colors:()=>d.colorsAndMax().colors,vmax:()=>d.colorsAndMax().vmax,colorbar:()=>s("colorbar",[d.vmax(),o("normalize"),o("colorbar")],()=>d.vmax()===o("vmax")?o("colorbar"):at(d.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),d.abstainedRows()],()=>{let x=a(),k=o("selected"),E=o("selectedGroup"),h=(m,$)=>x.findIndex(M=>M.kind===m&&M.index===$),f=m=>m===o("k")&&d.abstainedRows()?x.length:h("class",m),C=k?[h("class",k[0]),f(k[1])]:E?[h("group",E[0]),h("group",E[1])]:null;return C&&C[0]>=0&&C[1]>=0?C:null}),marks:()=>s("marks",[a(),o("selectionSpec"),d.abstainedRows()],()=>Sr(o("selectionSpec"),a(),o("k"),!!d.abstainedRows())),focus:()=>s("focus",[a(),t.version],()=>{let x=t.focus;if(x===null)return null;let k=f=>a().findIndex(C=>C.members.includes(f)),E=k(x.row),h=k(x.col);return E>=0&&h>=0?{r:E,c:h,outline:x.outline}:null})};function p(x){return Er.has(x)?d[x]():e.get(x)}function y(x,k){if(!Er.has(x))return e.on(x,k);let E=xs.map(f=>e.on(f,k)),h=()=>k();return n.add(h),()=>{E.forEach(f=>f()),n.delete(h)}}function b(x,k){let E=a();if(x==="selected"){if(k==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(k)){let C=Mr(k,E,o("k"),!!d.abstainedRows(),o("selectionSpec"));C!==void 0&&e.set("selected",C);return}let h=E[k[0]],f=E[k[1]];if(h&&h.kind==="class"&&k[1]===E.length&&d.abstainedRows()){e.set("selected",[h.index,o("k")]);return}if(!h||!f)return;h.kind==="class"&&f.kind==="class"?e.set("selected",[h.index,f.index]):h.kind==="group"&&f.kind==="group"&&e.set("selected_group",[h.index,f.index]);return}if(x==="display_labels"){let h=o("labels").slice();k.forEach((f,C)=>{E[C]&&E[C].kind==="class"&&(h[E[C].index]=f)}),e.set("display_labels",h);return}e.set(x,k)}function T(){t.version+=1;for(let x of[...n])x()}return{get:p,on:y,set:b,send:x=>e.send(x),local:{expand(x,k){k?t.expanded.add(x):t.expanded.delete(x),T()},expanded:()=>new Set(t.expanded),focus(x,k,E=!1){t.focus=x==null?null:{row:x,col:k,outline:E},T()}}}}var $r=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ys=8,vs=12,As=20;function ks(e,t,n=ys){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function Ss(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Ms(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Nr({state:e,display:t,dom:n,signal:r}){let o=J(r),s=(P,B,Z)=>j(P,B,Z,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[P,B]of $r)p.append(a(P,B));let y=a("list","Custom (from Python)");y.disabled=!0,p.append(y),d.append(p);let b=i("label","cmw-errors-only-label"),T=i("input","cmw-errors-only");T.type="checkbox",b.append(T,n.doc.createTextNode(" Errors only"));let O=i("label","cmw-level-label","Show "),x=i("select","cmw-level");x.append(a("classes","Classes"),a("groups","Groups")),O.append(x),u.append(d,b,O);let k=i("div","cmw-expand");k.setAttribute("role","group"),k.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),h=i("label","cmw-search-label");h.append(i("span","cmw-field-name","Find class "));let f=i("input","cmw-search-input");f.type="search",f.placeholder="Find class",f.setAttribute("role","combobox"),f.setAttribute("aria-autocomplete","list"),f.setAttribute("aria-expanded","false");let C=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;f.setAttribute("aria-controls",C),h.append(f);let m=i("ul","cmw-matches");m.id=C,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,E.append(h,m);let $=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),V=!1;s(M,"click",()=>{V=!0}),M.id=`${C}-top`;let H=i("ol","cmw-top-list");H.setAttribute("aria-labelledby",M.id),$.append(M,H);let K=i("div","cmw-sr");K.setAttribute("aria-live","polite"),K.setAttribute("role","status"),l.append(u,k,E,$,K);let U=P=>{K.textContent=P};s(p,"change",()=>{e.set("order",p.value),U(`Order: ${p.selectedOptions[0].textContent}.`)}),s(T,"change",()=>{e.set("errors_only",T.checked),U(T.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(x,"change",()=>{e.set("level",x.value),U(`Showing ${x.value}.`)}),s(k,"change",P=>{let B=P.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),U(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function A(P){let B=e.get("labels");f.value=B[P],g(),t.local.focus(P,P,!0),U(`Found ${B[P]}: its row and column are outlined.`)}function g(){m.hidden=!0,f.setAttribute("aria-expanded","false"),f.removeAttribute("aria-activedescendant")}function N(){let P=e.get("labels"),B=ks(P,f.value);m.replaceChildren(...B.map((Z,te)=>{let Q=i("li","cmw-match",P[Z]);return Q.id=`${C}-${te}`,Q.setAttribute("role","option"),Q.dataset.cls=String(Z),Q})),m.hidden=B.length===0,f.setAttribute("aria-expanded",String(B.length>0)),f.value.trim()||t.local.focus(null)}function F(P){let B=[...m.children];if(!B.length)return null;let Z=B.findIndex(Q=>Q.getAttribute("aria-selected")==="true"),te=P===0?Math.max(Z,0):(Z+P+B.length)%B.length;return B.forEach((Q,ce)=>Q.setAttribute("aria-selected",String(ce===te))),f.setAttribute("aria-activedescendant",B[te].id),B[te]}s(f,"input",N),s(f,"keydown",P=>{if(P.key==="ArrowDown"||P.key==="ArrowUp")F(P.key==="ArrowDown"?1:-1),P.preventDefault();else if(P.key==="Enter"){let B=F(0);B&&A(Number(B.dataset.cls)),P.preventDefault()}else P.key==="Escape"&&!m.hidden&&(g(),P.preventDefault())}),s(m,"click",P=>{let B=P.target.closest("li[data-cls]");B&&A(Number(B.dataset.cls))}),s(H,"click",P=>{let B=P.target.closest("button[data-i]");if(!B)return;let[Z,te]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[Z,te]),t.local.focus(Z,te,!1)});function R(){let P=e.get("k");l.hidden=P<=2,E.hidden=P<=vs;let B=e.get("orderChoices");for(let Q of p.options)Q.value!=="list"&&(Q.disabled=B!==null&&!B.includes(Q.value),Q.title=Q.disabled?"Needs a live kernel":"");let Z=e.get("orderName");p.value=$r.some(([Q])=>Q===Z)?Z:"list",T.checked=e.get("errorsOnly");let te=e.get("groups");O.hidden=!te,x.value=e.get("level"),D(te),z()}function D(P){let B=t.local.expanded(),Z=!!P&&e.get("level")==="groups";if(k.hidden=!Z,!Z)return;let te=P.names.map((Q,ce)=>{let ie=i("label","cmw-expand-item"),me=i("input");return me.type="checkbox",me.dataset.group=String(ce),me.checked=B.has(ce),ie.append(me,n.doc.createTextNode(` ${Q}`)),ie});k.replaceChildren(i("span","cmw-expand-title","Expand: "),...te)}function z(){let P=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,V||($.open=e.get("k")>As),H.replaceChildren(...B.map(Z=>{let te=i("li"),Q=c("cmw-top-item",Ss(P,Z));return Q.dataset.i=String(Z[0]),Q.dataset.j=String(Z[1]),te.append(Q),te})),$.hidden=B.length===0}let W=e.get("selection");function ee(){let P=e.get("selection");P!==W&&U(Ms(P)),W=P}return q(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],R,o.signal),q(e,["selection"],ee,o.signal),R(),{el:l,update:R,destroy:()=>{o.abort(),l.remove()}}}function Fr(e){let t=Cr(e.state),n=Nr({...e,display:t}),r=kr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var he=12,vt="abstained",Jt=8,_s=13;function Or(e){return Array.from({length:256},(t,n)=>un(e,n))}function Ir(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(pn(n,r,o*o),o,o),0,0),s}function Rr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,de(t,o),t.xw,t.cell)}function Pr(e,t,n,r,o){if(t.cell<gt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(fe(t,c),de(t,i),t.cell,t.cell)}function Br(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Dr(e,t,n,r){let o=t.k,s=Math.min(_s,Math.floor(t.cell*.3));if(s<Jt||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let u=de(t,l)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let p=Nt(n.values[l*o+d],n.counts[l*o+d],n.fmt,n.countDigits);c.push([fe(t,d)+t.cell/2,u,p,n.colors[l*o+d]])}if(i){let d=Nt(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,u,d,i.colors[l]])}}let a=Ts(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,u,d,p]of c)e.fillStyle=mn(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(d.main,l,u-a.px*.5),e.font=a.subFont,e.fillText(d.sub,l,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,l,u))}}function Ts(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let u=0;for(let d of t)u=Math.max(u,e.measureText(l(d)).width);return u},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=Jt;a--){let l=`${a}px ${o.family}`,u=Math.max(Jt-1,Math.round(a*.8)),d=`${u}px ${o.family}`;if(!(i(l,y=>y.main)>s))return c?n>=a*2.4+u&&i(d,y=>y.sub)<=s?{mode:"two",px:a,font:l,subFont:d}:i(l,y=>`${y.main} ${y.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function zr(e,t,n,r,o,s,i,c){let a=E=>e.measureText(E).width;e.font=c(he),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of Ze(t.v,o.step,t.r0)){let h=de(t,E)+t.cell/2;e.fillText(Je(n[E],r,a),t.x0-xe,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let l=t.y0+t.grid+xe,u=Ze(t.v,o.step,t.c0).map(E=>[fe(t,E)+t.cell/2,n[E],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,vt,o.extraRotated]);for(let[E,h,f]of u){let C=Je(h,r,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),f?(e.save(),e.translate(E,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(C,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(C,E,l))}e.stroke(),e.font=c(he,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+xe+o.height+Ae/2+2,y=Math.max(...d.map(a)),b=oe(t.x0+t.grid/2,re+y/2,Math.max(re+y/2,t.width-re-y/2));d.forEach((E,h)=>e.fillText(E,b,p+h*Kt));let T=Math.max(t.grid,t.height-2*re),O=String(s.y),x=a(O)<=T?O:Je(O.split(" (")[0],T,a),k=oe(t.y0+t.grid/2,re+a(x)/2,Math.max(re,t.height-re-a(x)/2));e.save(),e.translate(re+Ae/2,k),e.rotate(-Math.PI/2),e.fillText(x,0,0),e.restore()}function jr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Xt+Ie+6+n+Ae)}function Es(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Ie)*i)/i-c,l=Math.round(n*i),u=Math.round((n+r)*i)-l,d=y=>Math.min(255,Math.floor((y+.5)/u*256)),p=0;for(let y=1;y<=u;y++)y<u&&d(y)===d(p)||(e.fillStyle=o[d(p)],e.fillRect(c,(l+u-y)/i,a,(y-p)/i),p=y)}function Ur(e,t,n,r,o,s,i=""){if(i){e.font=s(he-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,u=Je(String(i),Math.max(t.grid,t.height-2*re),l),d=oe(t.y0+t.grid/2,re+l(u)/2,Math.max(re,t.height-re-l(u)/2));e.save(),e.translate(t.width-re-Ae/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Xt,a=t.grid;Es(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Ie+1,a+1),e.font=s(he-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,u]of n){let d=t.y0+a*(1-oe(Number(l)||0,0,1));e.moveTo(c+Ie,Math.round(d)+.5),e.lineTo(c+Ie+3,Math.round(d)+.5),e.fillText(String(u),c+Ie+5,oe(d,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Vr(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,de(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(fe(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Wr(e,t,n,r,o){let s=([i,c],a,l,u)=>{if(!yt(t,[i,c]))return;let d=Math.max(Re(t,c),8),p=Math.max(t.cell,8),y=fe(t,c)+Re(t,c)/2-d/2,b=de(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(y+u,b+u,d-2*u,p-2*u),e.strokeStyle=a,e.strokeRect(y+u/2,b+u/2,d-u,p-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function Gr(e,t,n,r){if(!n)return;let o=2,s=(l,u,d,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,u+o,d-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,u+o/2,d-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,c=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,de(t,l),a-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])c(l)&&s(fe(t,l),t.y0,Math.max(Re(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(fe(t,l),de(t,l)),e.lineTo(fe(t,l)+t.cell,de(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,u]of n.cells||[]){if(!yt(t,[l,u]))continue;let d=Math.max(Re(t,u),8),p=Math.max(t.cell,8);s(fe(t,u)+Re(t,u)/2-d/2,de(t,l)+t.cell/2-p/2,d,p)}}var Kr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Cs={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function $s(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Kr[e.normalize]?(l=(e.multilabel?Cs:Kr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Xr(e){let t=e("compareState");return $s({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Yr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Ns=720,Fs=64,Os=200,Is={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Rs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Ps=4,Hr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},qr={r:"row",c:"col",e:"errors"},Bs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","marks","hasSelection"],Ds={true:"of its true row",pred:"of the abstained column",all:"of all samples"},zs=24;function Zr({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=J(n),a=(w,v,S,_)=>j(w,v,S,c.signal,_),{doc:l,h:u,button:d}=t,p=u("div","cmw-matrix"),y=u("div","cmw-zoom");y.setAttribute("role","group"),y.setAttribute("aria-label","Zoom");let b=d("cmw-zoom-out","−");b.setAttribute("aria-label","Zoom out"),b.title="Zoom out (-)";let T=d("cmw-zoom-in","+");T.setAttribute("aria-label","Zoom in"),T.title="Zoom in (+)";let O=d("cmw-zoom-fit","Fit");O.setAttribute("aria-label","Show all classes"),O.title="Show all classes (0)";let x=u("span","cmw-view-range");x.setAttribute("aria-live","polite"),y.append(b,T,O,x,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),y.hidden=!0;let k=u("div","cmw-mode");k.setAttribute("aria-live","polite"),k.hidden=!0;let E=u("div","cmw-plot"),h=u("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let f=u("div","cmw-tooltip");f.hidden=!0,E.append(h,f);let C=u("div","cmw-sr");C.setAttribute("aria-live","polite"),p.append(k,y,E,C);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=w=>e.get(w),V=w=>{let v=M("lut"),S=M("compareState")?v:fn(v,w);return S===v?{lut:v,lutText:M("lutText")}:(($.themedOf[0]!==v||$.themedOf[1]!==w)&&($.themed={lut:S,lutText:it(S)},$.themedOf=[v,w]),$.themed)},H=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=Or(w)),$.cssOf=w,$.css},K=()=>{let w=M("colors"),v=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===v||($.bitmap=Ir(l,$.bitmap,w,v,M("k")),$.bitmapOf=[w,v]),$.bitmap};function U(w,v){let S=w.font,_=$.widths.get(S);if(_&&_.texts===v)return _.w;let I=0;for(let L of v)I=Math.max(I,w.measureText(L).width);return $.widths.set(S,{texts:v,w:I}),I}function A(){m.queued||c.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,c.signal.aborted||W()}))}function g(){let w=l.defaultView,v=w&&w.getComputedStyle?w.getComputedStyle(p):null,S=(_,I)=>(v&&v.getPropertyValue(_)||"").trim()||I;return{fg:v&&v.color||"#1f1f1f",muted:S("--cmw-muted","#616161"),accent:S("--cmw-accent","#1976d2"),border:S("--cmw-border","#bdbdbd"),bg:S("--cmw-bg","#ffffff"),family:v&&v.fontFamily||"sans-serif"}}let N=()=>(s?s():p.clientWidth)||Ns;function F(){let w=p.closest(".cmw"),v=l.defaultView;if(!w||!v||!p.isConnected||!w.getClientRects().length)return 1/0;let S=null;for(let G=w.parentElement;G&&G!==l.body&&G!==l.documentElement;G=G.parentElement){let ae=v.getComputedStyle(G).overflowY;(ae==="auto"||ae==="scroll")&&G.clientHeight>=Os&&(S=G)}if(!S&&v.top!==v)return 1/0;let _=Math.min(v.innerHeight,S?S.clientHeight:v.innerHeight);if(!(_>0))return 1/0;let I=G=>G.getBoundingClientRect().top,L=G=>G.getBoundingClientRect().bottom,ne=Fs,se=[...w.children].find(G=>G.contains(p));if(se&&se!==p){let G=[...se.children].filter(ae=>ae!==p&&ae.getClientRects().length&&I(ae)>=L(p)-1);G.length&&(ne+=Math.max(...G.map(L))-L(p))}for(let G=se?se.nextElementSibling:null;G&&!G.classList.contains("cmw-selection");G=G.nextElementSibling)G.getClientRects().length&&!G.classList.contains("cmw-sr")&&(ne+=G.getBoundingClientRect().height);return Math.floor(_-(I(h)-I(w))-ne)}function R(w){m.cursor&&(m.cursor[0]>=w||m.cursor[1]>=w)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=w}let D=w=>w+(w>0&&M("abstained")?1:0),z=w=>w[1]>=M("k")?[w[0],m.view?m.view.c0:0]:w;function W(){let w=performance.now(),v=M("k");v!==m.k&&R(v);let S=M("abstained");m.cols=D(v),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let _=h.getContext("2d");if(!_)return;let I=g();$.drawn=V(I.bg),m.detached=!p.isConnected;let L=(Me,_e)=>`${_e?"600 ":""}${Me}px ${I.family}`,ne=M("labels");m.width=N(),_.font=L(he);let se=Math.min(Gt,Math.max(40,Math.round(m.width*.2))),G=Math.ceil(Math.min(se,U(_,ne))),ae=M("colorbar"),je=jr(_,ae),Se=Xr(M);ee(Se.badges),m.height=F();let tt={yLabelWidth:G,rightWidth:je,extra:S?1:0,xTitleLines:1,xLabelHeight:Math.min(Gt,U(_,ne))},Ue;for(let Me=0;Me<3;Me++){let _e=qe(v,m.width,{...tt,maxGrid:Ue}),Tt=dr(_e,m.height);if(Tt===void 0||Tt===Ue)break;Ue=Tt}let sn=qe(v,m.width,{yLabelWidth:G,rightWidth:je,extra:S?1:0,maxGrid:Ue});m.zoomable=v>0&&mr(v,sn.room),m.vMin=pr(v,sn.room);let St=m.zoomable?we(m.view,v,m.vMin):Ce(v);m.view=m.zoomable?St:null;let an={yLabelWidth:G,rightWidth:je,view:St,extra:S?1:0,maxGrid:Ue},Mt=qe(v,m.width,an);m.step=xr(St.v,Mt.cell),m.xLabels=te(_,ne,Mt,se),_.font=L(he,!0);let cn=Yr(Se.x,Math.max(Mt.width-2*re,60),Me=>_.measureText(Me).width);_.font=L(he);let pe=qe(v,m.width,{...an,xLabelHeight:m.xLabels.height,xTitleLines:cn.length});m.layout=pe,m.yLabelW=G,B(_,pe);let _t=M("colors");if(v===0)_.fillStyle=I.muted,_.font=L(he),_.fillText("No data",re,re+he);else{_t.length>=v*v&&Pr(_,pe,_t,H(),K),S&&Rr(_,pe,S.colors,H()),Br(_,pe,I),Dr(_,pe,{values:M("values"),counts:M("counts"),colors:_t,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:S},I),zr(_,pe,ne,se,{step:m.step,...m.xLabels},{x:cn,y:Se.y},I,L),Ur(_,pe,ae,H(),I,L,Se.bar);let Me=m.cursor&&h.matches(":focus")?m.cursor:null;Gr(_,pe,M("marks"),I),Wr(_,pe,M("selected"),Me,I);let _e=M("focus");_e&&_e.outline&&Vr(_,pe,_e.r,_e.c,I)}P(pe),Z(pe,v,w,Se)}function ee(w){let v=[...k.children].map(S=>S.textContent);v.length===w.length&&v.every((S,_)=>S===w[_])||(k.replaceChildren(...w.map(S=>u("span","cmw-badge",S))),k.hidden=w.length===0)}function P(w){y.hidden=!m.zoomable,m.zoomable&&(x.textContent=Ht(w,w.k),T.disabled=w.v<=m.vMin,b.disabled=w.v>=w.k,O.disabled=w.v>=w.k)}function B(w,v){let S=l.defaultView&&l.defaultView.devicePixelRatio||1,_=Math.max(1,Math.round(v.width*S)),I=Math.max(1,Math.round(v.height*S));(h.width!==_||h.height!==I)&&(h.width=_,h.height=I),h.style.width=`${v.width}px`,h.style.height=`${v.height}px`,w.setTransform(S,0,0,S,0,0),w.clearRect(0,0,v.width,v.height)}function Z(w,v,S,_){let I=performance.now();h.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let L=null;!m.firstDrawn&&v>0&&(m.firstDrawn=!0,L=I-(m.draws===1?o:S)),r({k:v,draws:m.draws,lastMs:I-S,firstMs:L,view:{r0:w.r0,c0:w.c0,v:w.v}}),h.dataset.cellX0=String(w.x0),h.dataset.cellY0=String(w.y0),h.dataset.cellSize=String(w.cell),h.dataset.viewRow0=String(w.r0),h.dataset.viewCol0=String(w.c0),h.dataset.viewSize=String(w.v),h.dataset.cols=String(m.cols),h.dataset.extraX0=w.extra?String(w.xExtra):"",h.dataset.extraWidth=w.extra?String(w.xw):"",h.dataset.xTitle=_.x,h.dataset.yTitle=_.y,h.dataset.barTitle=_.bar,h.setAttribute("aria-label",`Confusion matrix of ${v} classes. Rows: ${_.y}. Columns: ${_.x}. Colours: ${_.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${Ht(w,v)}; plus and minus zoom, 0 shows all.`:""))}function te(w,v,S,_){let I=0;if(m.zoomable)I=U(w,v);else for(let ae of Ze(S.k,m.step))I=Math.max(I,w.measureText(v[ae]).width);I=Math.min(_,I);let L=I>m.step*S.cell-4,ne=S.extra?w.measureText(vt).width:0,se=S.extra>0&&(L||ne>S.xw+Ye-2),G=Math.max(L?I:he+2,se?ne:0);return{rotated:L,extraRotated:se,height:Math.ceil(G)}}function Q(w,v){m.editor&&m.editor.finish(!1);let S=m.layout,_=w==="y"?Math.max(m.yLabelW+xe+4,100):120,I=fe(S,v)+S.cell/2,L=w==="y"?S.x0-_:oe(I-_/2,0,Math.max(0,S.width-_)),ne=w==="y"?de(S,v)+S.cell/2-11:S.y0+S.grid+xe,se={left:h.offsetLeft+Math.max(0,L),top:h.offsetTop+ne,width:_},G=M("labels");m.editor=Ar({dom:t,host:E,box:se,name:G[v],index:v,done:(ae,je)=>{m.editor=null;let Se=M("labels");if(ae!==null&&v<Se.length){let tt=Se.slice();tt[v]=ae,e.set("display_labels",tt)}je&&h.focus({preventScroll:!0})}})}function ce(w,v=!1){let S=h.getBoundingClientRect(),_=m.lastUp;return v&&_&&Math.abs(_.x-w.clientX)<1&&Math.abs(_.y-w.clientY)<1?[_.x-S.left,_.y-S.top]:[w.clientX-S.left,w.clientY-S.top]}function ie(w,v){let S=m.layout;if(!S||S.k===0)return null;let _=he/2+1;if(w>=re+Ae&&w<S.x0&&v>=S.y0-_&&v<S.y0+S.grid+_){let ne=qt(v-S.y0,S.cell,m.step,S.k,_,S.r0,S.v);return ne>=0?{axis:"y",index:ne}:null}let I=S.y0+S.grid,L=S.x0+S.grid+(S.extra?Ye/2:20);if(v>=I&&v<I+xe+m.xLabels.height&&w>=S.x0-20&&w<L){let ne=m.xLabels.rotated?_:m.step*S.cell/2,se=qt(w-S.x0,S.cell,m.step,S.k,ne,S.c0,S.v);return se>=0?{axis:"x",index:se}:null}return null}function me([w,v]){let S=M("k"),_=M("labels"),I=M("abstained");if(v>=S&&I){let G=[`True: ${_[w]}`,`Predicted: ${vt}`,`Count: ${le(I.counts[w],M("countDigits"))}`],ae=M("fmt");return ae.kind==="percent"&&G.push(`Shown: ${Ne(I.values[w],ae)} ${Ds[M("normalize")]||""}`.trim()),G.join(`
`)}let L=w*S+v,ne=[`True: ${_[w]}`,`Predicted: ${_[v]}`,`Count: ${le(M("counts")[L],M("countDigits"))}`],se=M("fmt");if(se.kind==="delta"&&ne.push(`Change: ${Ne(M("values")[L],se)} since the compared run`),se.kind==="percent"){let G=(M("multilabel")?Rs:Is)[M("normalize")]||"";ne.push(`Shown: ${Ne(M("values")[L],se)} ${G}`.trim())}return ne.join(`
`)}function ke(w,v,S){f.textContent=w,f.hidden=!1;let _=h.offsetLeft+v+14;_+f.offsetWidth+4>E.clientWidth&&(_=Math.max(0,h.offsetLeft+v-f.offsetWidth-10));let I=h.offsetTop+S+14;I+f.offsetHeight+4>E.clientHeight&&(I=Math.max(0,h.offsetTop+S-f.offsetHeight-10)),f.style.left=`${_}px`,f.style.top=`${I}px`}let Y=()=>m.zoomable&&m.view!==null&&m.view.v<M("k");function X(w){let v=M("k"),S=we(w,v,m.vMin),_=m.view||Ce(v);return S.r0===_.r0&&S.c0===_.c0&&S.v===_.v?!1:(m.view=S,f.hidden=!0,A(),!0)}function Le(w,v=null){if(!m.zoomable||!m.layout)return;let S=m.layout;X(fr(S,w,v,S.k,m.vMin))}function go(w){w.target.closest(".cmw-zoom-in")?Le(He):w.target.closest(".cmw-zoom-out")?Le(1/He):w.target.closest(".cmw-zoom-fit")&&X(Ce(M("k")))}function bo(w){if(!(w.ctrlKey||w.metaKey)||!m.zoomable)return;w.preventDefault();let[v,S]=ce(w);Le(br(w.deltaY,w.deltaMode),gr(v,S,m.layout))}function xo(w){if(m.panned=!1,m.pan=null,w.button!==0||!Y())return;let[v,S]=ce(w);bt(v,S,m.layout)&&(m.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function yo(w){let v=m.pan,S=w.clientX-v.x,_=w.clientY-v.y;if(!v.moved){if(Math.hypot(S,_)<Ps)return;v.moved=!0,f.hidden=!0;try{h.setPointerCapture(v.id)}catch{}}h.style.cursor="grabbing",X(hr(v.view,-_/v.cell,-S/v.cell,M("k"),m.vMin))}function vo(w){m.lastUp={x:w.clientX,y:w.clientY},m.pan&&m.pan.moved&&(m.panned=!0,h.style.cursor="grab"),m.pan=null}function Ao(w){if(m.pan&&m.pan.id===w.pointerId&&(yo(w),m.pan.moved))return;let[v,S]=ce(w),_=bt(v,S,m.layout);if(_){ke(me(_),v,S),h.style.cursor=Y()?"grab":"pointer";return}let I=ie(v,S);if(h.style.cursor=I?"text":"default",I){let L=I.axis==="y"?"True class":"Predicted class",ne=I.axis==="y"?"row":"column";ke(`${L} ${I.index}: ${M("labels")[I.index]}
(click to select the ${ne}, double-click to rename)`,v,S)}else f.hidden=!0}function ko(w){if(m.panned){m.panned=!1;return}let[v,S]=ce(w,!0),_=bt(v,S,m.layout),I=_?null:ie(v,S);_?(m.cursor=_,e.set("selected",w.shiftKey?{add:_}:_),A()):I?e.set("selected",I.axis==="y"?{row:I.index}:{col:I.index}):M("hasSelection")&&e.set("selected",null)}function So(w){let[v,S]=ce(w,!0),_=ie(v,S);_&&(w.preventDefault(),f.hidden=!0,Q(_.axis,_.index))}function Mo(w){let v=M("k");if(v===0)return;let S=!0;if(Yt.has(w.key)){let _=m.cursor||M("selected")||(Y()?[m.view.r0,m.view.c0]:null);m.cursor=yr(_,w.key,v,w.shiftKey?10:1,D(v)),Y()&&X(xt(m.view,z(m.cursor),v,m.vMin)),C.textContent=me(m.cursor).replace(/\n/g,", "),A()}else if(m.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Hr[w.key]){let _=Hr[w.key];if(_==="fit")X(Ce(v));else{let I=m.cursor?z(m.cursor):null;Le(_==="in"?He:1/He,I?[I[0]+.5,I[1]+.5]:null),I&&Y()&&X(xt(m.view,z(m.cursor),v,m.vMin))}}else if(w.key==="Enter"||w.key===" "){let _=m.cursor||M("selected")||[0,0];m.cursor=_,e.set("selected",w.shiftKey?{add:[_[0],_[1]]}:[_[0],_[1]])}else if(!w.ctrlKey&&!w.metaKey&&!w.altKey&&qr[w.key.toLowerCase()]){let _=qr[w.key.toLowerCase()],I=m.cursor||M("selected")||[0,0];e.set("selected",_==="errors"?"errors":_==="row"?{row:I[0]}:{col:I[1]})}else S=!1;S&&w.preventDefault()}a(h,"pointerdown",xo),a(h,"pointermove",Ao),a(h,"pointerleave",()=>{f.hidden=!0}),a(h,"pointerup",vo),a(h,"pointercancel",()=>{m.pan=null}),a(h,"wheel",bo,{passive:!1}),a(y,"click",go),a(h,"click",ko),a(h,"dblclick",So),a(h,"keydown",Mo),a(h,"focus",A),a(h,"blur",A);let nn=()=>{let w=F();return w!==m.height&&!(Math.abs(w-m.height)<1)},$e=l.defaultView;if($e&&typeof $e.ResizeObserver<"u"){let w=new $e.ResizeObserver(()=>{(m.detached||Math.abs(N()-m.width)>=1||nn())&&A()});for(let S of[p,...i])w.observe(S);let v=p.closest(".cmw");v&&w.observe(v),a($e,"resize",()=>{nn()&&A()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if($e&&typeof $e.MutationObserver<"u"&&l.body){let w=null,v=new $e.MutationObserver(()=>{clearTimeout(w),w=setTimeout(A,100)});v.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{v.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let et=M("selected"),rn=M("focus");function on(){let w=M("selected"),v=M("focus"),S=w&&!(et&&w[0]===et[0]&&w[1]===et[1]);v!==rn&&v&&m.zoomable?X(wr(m.view,[v.r,v.c],M("k"),zs,m.vMin)):S&&Y()&&X(xt(m.view,z(w),M("k"),m.vMin)),et=w,rn=v,W()}return q(e,Bs,on,c.signal),W(),{el:p,update:on,destroy:()=>{c.abort(),p.remove()}}}function Jr({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table");s.append(o("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let u=e.get("countDigits"),d=(b,T)=>b.append(o("td","cmw-num",T));i.replaceChildren();let p=i.createTHead().insertRow();for(let b of["class","precision","recall","F1","support"])p.append(o("th",null,b));let y=i.createTBody();for(let b of l.perClass){let T=y.insertRow(),O=o("th",null,b.label);O.title=O.textContent,T.append(O);for(let x of["precision","recall","f1"])d(T,ue(b[x]));d(T,le(b.support,u))}for(let[b,T]of l.summary.entries()){let O=y.insertRow();if(O.className=b===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",O.append(o("th",null,String(T.name??""))),"value"in T)for(let x of["","",ue(T.value),""])d(O,x);else{for(let x of["precision","recall","f1"])d(O,ue(T[x]));d(O,le(T.support,u))}}}return j(s,"toggle",()=>{s.open&&c&&a()},r.signal),q(e,["metrics","countDigits"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Qr({state:e,dom:t,signal:n}){let r=J(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return q(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function ze({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),u=Pe(n,o,s);return j(c,"input",()=>{a=!0,r&&r(l()),u(l())},i),j(c,"change",()=>{a=!1,u.cancel(),n(l())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(d,p,y){c.min=String(d),c.max=String(p),c.step=String(y)}}}var js=60,Lr=700,At="http://www.w3.org/2000/svg",Qe={w:240,h:56,pad:6};function eo(e,{w:t,h:n,pad:r}=Qe){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Us(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function to({state:e,dom:t,signal:n,clock:r}){let o=J(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(g,N)=>setTimeout(g,N),clearTimeout:g=>clearTimeout(g)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=c("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),y=()=>e.get("runs").names,b=g=>{let N=y();g>=0&&g<N.length&&N[g]!==e.get("run")&&e.set("run",N[g])},T=ze({dom:t,cls:"cmw-run-slider",write:b,throttleMs:js,clock:r,signal:o.signal,onInput:g=>{A(),p.textContent=y()[g]??""}}),O=T.el;O.min="0",O.step="1",O.setAttribute("aria-label","Run");let x=c("cmw-run-newer","");x.title="Show the latest run";let k=i("select","cmw-compare-pick");k.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),k);let h=i("div","cmw-runs-top");h.append(d,O,p,x,E);let f=s.createElementNS(At,"svg");f.setAttribute("class","cmw-history"),f.setAttribute("viewBox",`0 0 ${Qe.w} ${Qe.h}`),f.setAttribute("width",String(Qe.w)),f.setAttribute("height",String(Qe.h));let C=i("div","cmw-history-legend");C.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(f,C),u.append(h,m),u.hidden=!0;let $=null;function M(){let g=e.get("runs"),N=e.get("run");if(u.hidden=g.names.length<2,u.hidden){A();return}let F=g.names.indexOf(N);O.max=String(g.names.length-1),!T.dragging()&&F>=0&&(O.value=String(F)),T.dragging()||(p.textContent=N);let R=Us(g.names,N);x.textContent=R,x.hidden=!R,V(g.names,e.get("compare")),H(g,F)}function V(g,N){let F=a("","none");k.replaceChildren(F,...g.map(R=>a(R))),k.value=N!=null&&g.includes(N)?N:""}function H(g,N){let F=[];for(let[D,z]of[[g.accuracy,"cmw-line-acc"],[g.macroF1,"cmw-line-f1"]]){let W=eo(D).filter(Boolean),ee=s.createElementNS(At,"polyline");ee.setAttribute("class",z),ee.setAttribute("fill","none"),ee.setAttribute("points",W.map(P=>P.map(B=>B.toFixed(1)).join(",")).join(" ")),F.push(ee)}let R=eo(g.accuracy);g.names.forEach((D,z)=>{if(!R[z])return;let W=s.createElementNS(At,"circle");W.setAttribute("class",z===N?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),W.setAttribute("cx",R[z][0].toFixed(1)),W.setAttribute("cy",R[z][1].toFixed(1)),W.setAttribute("r",z===N?"4":"3"),W.setAttribute("data-run",String(z));let ee=s.createElementNS(At,"title");ee.textContent=`${D}: accuracy ${ue(g.accuracy[z])}, macro F1 ${ue(g.macroF1[z])}`,W.append(ee),F.push(W)}),f.replaceChildren(...F)}function K(){let g=y(),N=g.indexOf(e.get("run"));if(N<0||N>=g.length-1){A();return}b(N+1),$=l.setTimeout(K,Lr)}function U(){let g=y();g.indexOf(e.get("run"))>=g.length-1&&b(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),$=l.setTimeout(K,Lr)}function A(){$!==null&&l.clearTimeout($),$=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return j(d,"click",()=>$===null?U():A(),o.signal),j(x,"click",()=>{A(),b(y().length-1)},o.signal),j(k,"change",()=>e.set("compare",k.value===""?null:k.value),o.signal),j(f,"click",g=>{let N=g.target&&g.target.closest?g.target.closest("[data-run]"):null;N&&(A(),b(Number(N.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>A(),{once:!0}),q(e,["runs","run","compare"],M,o.signal),M(),{el:u,update:M,destroy:()=>{o.abort(),u.remove()}}}var Vs=60,no=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function ro({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),u=h=>e.set("abstain",h),d=ze({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Vs,clock:r,signal:o.signal,onInput:h=>{let f=i();l.textContent=h.toFixed(Te(f?f.step:.01))}}),p=d.el,y=s("label","cmw-field");y.append(a,s("span",null,"Abstain when the top score is below"),p,l);let b=s("input","cmw-top-k");b.type="number",b.min="1";let T=s("label","cmw-field");T.append(s("span",null,"Hit when the true class is in the top"),b);let O=s("span","cmw-hint cmw-top-k-hint");O.setAttribute("role","status"),T.append(O);let x=s("div","cmw-abstain-stats");c.append(y,T,x);let k=null;function E(){let h=i(),f=!!(h&&h.kind==="multiclass");if(c.hidden=!f,!f)return;d.range(h.lo,h.hi,h.step);let C=h.abstain!==null&&h.abstain!==void 0;if(a.checked=C,p.disabled=!C,C&&(k=h.abstain),!d.dragging()){let m=C?h.abstain:k??(h.lo+h.hi)/2;p.value=String(m),l.textContent=C?Number(m).toFixed(Te(h.step)):"off"}b.max=String(h.k_max),t.doc.activeElement!==b&&(b.value=String(h.top_k)),x.replaceChildren(),C&&x.append(s("span","cmw-stat cmw-coverage",`coverage ${no(h.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${no(h.covered_accuracy)}`))}return j(a,"change",()=>{i()&&u(a.checked?parseFloat(p.value):null)},o.signal),j(b,"change",()=>{let h=i(),f=Number(b.value),C=h&&Number.isInteger(f)&&f>=1&&f<=h.k_max;O.textContent=C||!h?"":`top-k must be a whole number from 1 to ${h.k_max}`,C?e.set("top_k",f):h&&(b.value=String(h.top_k))},o.signal),q(e,["scores"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}function oo(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ws=60,Qt={size:240,pad:34},Gs=[0,.5,1],Ks="http://www.w3.org/2000/svg",Xs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function so({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s,doc:i}=t,c=(h,f={})=>{let C=i.createElementNS(Ks,h);for(let[m,$]of Object.entries(f))C.setAttribute(m,String($));return C},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(l,u);let d=!1,p=null,y={},b=h=>{let f=e.get("binary");!f||!Number.isFinite(h)||e.set("threshold",oe(h,f.lo,f.hi))},T=Pe(b,Ws,r);o.signal.addEventListener("abort",()=>T.cancel(),{once:!0});function O(h){let{size:f,pad:C}=Qt;l.replaceChildren();for(let m of Object.keys(y))delete y[m];for(let m of Xs){let $=h[m.kind],M=s("figure",`cmw-curve cmw-curve-${m.kind}`),V=s("figcaption","cmw-curve-title"),H=h[m.area],K=h.undefinedBecause?h.undefinedBecause[m.kind]:null;if(V.textContent=`${m.title}${H===null||K?"":`  ${m.areaName} ${ue(H)}`}`,K){M.append(V,s("p","cmw-curve-undefined",`Undefined: ${K}.`)),l.append(M);continue}let U=c("svg",{width:f,height:f,viewBox:`0 0 ${f} ${f}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});U.classList.add("cmw-curve-svg"),Object.assign(U.dataset,{kind:m.kind,plotSize:String(f),plotPad:String(C)}),U.append(c("rect",{x:C,y:C,width:f-2*C,height:f-2*C,class:"cmw-curve-frame"}),c("polyline",{points:Ln($,f,C),class:"cmw-curve-line"})),m.kind==="roc"&&U.append(c("line",{x1:C,y1:f-C,x2:f-C,y2:C,class:"cmw-curve-chance"}));let A=c("text",{x:f/2,y:f-4,class:"cmw-curve-axis","text-anchor":"middle"});A.textContent=m.x;let g=c("text",{x:9,y:f/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${f/2})`});g.textContent=m.y,U.append(A,g,...x(f,C));let N=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),F=c("text",{x:C,y:C-8,class:"cmw-curve-readout"}),R=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),D=c("title");D.textContent="Drag along the curve to move the threshold",R.append(D),U.append(...N,F,R),M.append(V,U),l.append(M),y[m.kind]={plot:U,marker:R,guides:N,readout:F,curve:$,spec:m},k(U,$)}u.replaceChildren();for(let m of h.targets){let $=t.button("cmw-curve-target",`threshold for ${m.name}`);$.dataset.threshold=String(m.threshold),j($,"click",()=>b(m.threshold),o.signal),u.append($)}}function x(h,f){let C=h-2*f,m=[];for(let $ of Gs){let M=f+$*C,V=f+(1-$)*C,H=String($);m.push(c("line",{x1:M,y1:h-f,x2:M,y2:h-f+4,class:"cmw-curve-tickmark"})),m.push(c("line",{x1:f-4,y1:V,x2:f,y2:V,class:"cmw-curve-tickmark"}));let K=c("text",{x:M,y:h-f+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});K.textContent=H;let U=c("text",{x:f-6,y:V,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});U.textContent=H,m.push(K,U)}return m}function k(h,f){let C=!1,m=M=>{let V=oo(h.getBoundingClientRect(),Qt),H=(M.clientX-V.x0)/V.inner,K=1-(M.clientY-V.y0)/V.inner;return f.t[Qn(f,H,K)]};j(h,"pointerdown",M=>{if(C=!0,h.setPointerCapture&&M.pointerId!==void 0)try{h.setPointerCapture(M.pointerId)}catch{}T(m(M))},o.signal),j(h,"pointermove",M=>{C&&T(m(M))},o.signal),j(h,"pointerup",M=>{C&&(C=!1,T.cancel(),b(m(M)))},o.signal),j(h,"pointercancel",()=>{C=!1,T.cancel()},o.signal)}function E(){let h=e.get("binary");if(a.hidden=!h,!h)return;let f=e.get("curves");if(!f){(!d||p!==null)&&(d=!0,p=null,l.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}p!==f&&(O(f),p=f);let{size:C,pad:m}=Qt,$=C-2*m;for(let{marker:M,guides:V,readout:H,spec:K,plot:U}of Object.values(y)){let[A,g]=K.at(h),N=Number.isFinite(A)&&Number.isFinite(g);for(let W of[M,...V])W.setAttribute("visibility",N?"visible":"hidden");if(H.textContent=N?`${K.x} ${ue(A)}, ${K.y} ${ue(g)}`:"",!N)continue;let F=(m+A*$).toFixed(1),R=(m+(1-g)*$).toFixed(1);M.setAttribute("cx",F),M.setAttribute("cy",R);let[D,z]=V;Object.entries({x1:F,y1:R,x2:F,y2:C-m}).forEach(([W,ee])=>D.setAttribute(W,ee)),Object.entries({x1:F,y1:R,x2:m,y2:R}).forEach(([W,ee])=>z.setAttribute(W,ee)),U.dataset.markerX=String(A),U.dataset.markerY=String(g)}}return q(e,["binary","curves"],E,o.signal),E(),{el:a,update:E,destroy:()=>{o.abort(),a.remove()}}}var Ys=60,Lt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Hs(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function io({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,y=ze({dom:t,cls:"cmw-label-threshold",write:$=>{let M=u();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite($))return;let V=M.thresholds.slice();V[d]=$,e.set("thresholds",V)},throttleMs:Ys,clock:r,signal:o.signal,onInput:$=>{let M=u();l.textContent=$.toFixed(Te(M?M.step:.01))}}),b=y.el,T=s("label","cmw-field");T.append(s("span",null,"Threshold"),b,l);let O=s("div","cmw-label-focus"),x=s("div","cmw-label-listing"),k=s("table","cmw-label-tables");i.append(a,T,O,x,k);let E="label",h=!1;function f(){let $=u(),M=!!($&&$.kind==="multilabel");if(i.hidden=!M,!M)return;let V=e.get("labels"),H=e.get("metrics").perClass,K=e.get("countDigits");d=Math.min(d,V.length-1),(c.options.length!==V.length||[...c.options].some((A,g)=>A.textContent!==V[g]))&&c.replaceChildren(...V.map((A,g)=>t.option(String(g),A))),c.value=String(d);let U=Array.isArray($.thresholds);T.hidden=!U,b.disabled=!!$.fixed,U&&!y.dragging()&&(y.range($.lo,$.hi,$.step),b.value=String($.thresholds[d]),l.textContent=Number($.thresholds[d]).toFixed(Te($.step))),C($,V,K),m($,V,H,K)}function C($,M,V){let H=$.tables[d]||[0,0,0,0],K=s("table","cmw-readout-table");K.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let A=K.createTBody();[["truly absent",0],["truly present",2]].forEach(([N,F])=>{let R=A.insertRow();R.append(s("th",null,N));for(let D of[F,F+1]){let[z,W]=Lt[D],ee=s("td"),P=t.button("cmw-label-cell",`${W} ${le(H[D],V)}`);P.dataset.cell=z,P.disabled=!!$.fixed,j(P,"click",()=>e.send({type:"label_cell",label:d,cell:z}),o.signal),ee.append(P),R.append(ee)}}),O.replaceChildren(s("div","cmw-label-focus-title",M[d]??""),K);let g=$.focus;if(g&&g.label===d){let N=Lt.find(([R])=>R===g.cell)?.[1]??g.cell,F=g.indices.length<g.total?`first ${g.indices.length} of ${g.total}`:`${g.total}`;x.replaceChildren(s("div","cmw-label-listing-title",`${N} of ${M[d]}: ${F} samples`),s("div","cmw-indices",g.indices.join(", ")))}else x.replaceChildren()}function m($,M,V,H){let K=s("tr"),U=(F,R)=>{let D=E===F,z=t.button(`cmw-sort${D?" cmw-sorted":""}`,D?`${R} ${h?"▼":"▲"}`:R);z.dataset.sort=F,j(z,"click",()=>{h=D?!h:F!=="label",E=F,f(),k.querySelector(`[data-sort="${F}"]`).focus()},o.signal);let W=s("th");return W.setAttribute("aria-sort",D?h?"descending":"ascending":"none"),W.append(z),W};K.append(U("label","label"),...Lt.map(([,F])=>s("th",null,F)),U("f1","F1"),U("support","support"));let A=s("thead");A.append(K);let g=s("tbody"),N=V.length===M.length?V:M.map(()=>({f1:NaN,support:NaN}));for(let F of Hs(N,E,h)){let R=s("tr",F===d?"cmw-focused":null);R.dataset.label=String(F);let D=t.button("cmw-label-name",M[F]);j(D,"click",()=>{d=F,f()},o.signal);let z=s("th");z.append(D),R.append(z,...($.tables[F]||[]).map(W=>s("td",null,le(W,H))),s("td",null,ue(N[F].f1)),s("td",null,le(N[F].support,H))),g.append(R)}k.replaceChildren(A,g)}return j(c,"change",()=>{d=Number(c.value)||0,f()},o.signal),q(e,["scores","labels","metrics","countDigits"],f,o.signal),f(),{el:i,update:f,destroy:()=>{o.abort(),i.remove()}}}function ao(e){let t=[so(e),ro(e),io(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}function co({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let y=o("p","cmw-sentence");for(let x of p.sentence){let k=String(x&&x.text!=null?x.text:"");y.append(x&&x.em?o("em",null,k):t.doc.createTextNode(k))}let b=o("div","cmw-selection-head");if(b.append(y,c()),i.append(b),!p.available){let x=e.get("table"),k=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:x?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${x.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",k));return}let T=Cn(p);if(T.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(T));let O=Array.isArray(p.previews)?p.previews:[];O.length&&i.append(u(O))}function l(p){let y=o("div","cmw-pager");if(p.hasPrev){let b=s("cmw-prev","Previous");b.dataset.offset=String(p.prevOffset),y.append(b)}if(y.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let b=s("cmw-more","Show more");b.dataset.offset=String(p.nextOffset),y.append(b)}return y}function u(p){let y=o("div","cmw-previews");for(let b of p)if(b){if(b.kind==="image"&&typeof b.src=="string"&&b.src.startsWith("data:image/")){let T=o("figure","cmw-preview-img"),O=o("img");O.src=b.src,O.alt=`sample ${b.index}`,T.append(O,o("figcaption",null,`#${b.index}`)),y.append(T)}else if(b.kind==="text"){let T=o("div","cmw-preview-text");T.append(o("span","cmw-idx",`#${b.index}`),o("span","cmw-snippet",String(b.text??""))),y.append(T)}}return y}let d=null;return j(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let y=p.target.closest("button[data-offset]");if(!y)return;let b=e.get("selection");d=b&&{cls:y.className,i:b.i,j:b.j},e.send({type:"page",offset:Number(y.dataset.offset)})},r.signal),q(e,["selection","table","hasSelection"],()=>{let p=d;d=null;let y=t.doc.activeElement,b=y&&(i.contains(y)||y===t.doc.body);a();let T=e.get("selection");if(!p||!T||T.i!==p.i||T.j!==p.j||!b)return;let O=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");O&&O.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function lo({state:e,dom:t,signal:n,extra:r=[]}){let o=J(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(a,l,...r);function u(){let d=e.get("selectionSpec"),p=!!(d&&d.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),c.hidden=!(e.get("k")>0)}return j(a,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),q(e,["selectionSpec","k"],u,o.signal),u(),{el:c,update:u,destroy:()=>{o.abort(),c.remove()}}}var uo=e=>Math.round(e).toLocaleString("en-US");function qs(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${uo(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${uo(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Zs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function mo({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=qs(l);let u=Zs(e);c.hidden=!u,c.textContent=u||""}return q(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Js(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Qs=60;function po({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let u=s("div","cmw-readout");i.append(c,u),i.hidden=!0;let d=!1,p=null,y=f=>f.step>0?f.step:(f.hi-f.lo)/1e3||.01,b=()=>e.get("table")?.edges||null,T=(f,C)=>b()?String(Number(f.toPrecision(6))):f.toFixed(Te(y(C)));function O(){let f=e.get("binary");if(i.hidden=!f,!f)return;let C=b();a.min=C?"0":String(f.lo),a.max=String(C?C.length-1:f.hi),a.step=C?"1":String(y(f));let m=e.get("threshold")??Number(f.threshold);!d&&Number.isFinite(m)&&(a.value=String(C?Js(C,m):m),l.textContent=T(m,f)),x(f)}function x(f){let C=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${f.negName}`),s("th",null,`predicted ${f.posName}`));let M=m.createTBody(),V=[[`true ${f.negName}`,["TN",f.tn],["FP",f.fp]],[`true ${f.posName}`,["FN",f.fn],["TP",f.tp]]];for(let[K,...U]of V){let A=M.insertRow();A.append(s("th",null,K));for(let[g,N]of U){let F=s("td");F.append(s("span","cmw-tag",g),t.doc.createTextNode(` ${le(N,C)}`)),A.append(F)}}let H=s("div","cmw-readout-stats");for(let[K,U]of[["TPR",f.tpr],["FPR",f.fpr],["precision",f.precision],["F1",f.f1]])H.append(s("span","cmw-stat",`${K} ${ue(U)}`));u.replaceChildren(m,H)}let k=f=>{Number.isFinite(f)&&(p=f,e.set("threshold",f))},E=Pe(k,Qs,r),h=()=>{let f=b();return f?f[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return j(a,"input",()=>{d=!0;let f=h(),C=e.get("binary");Number.isFinite(f)&&(l.textContent=C?T(f,C):f.toFixed(2)),E(f)},o.signal),j(a,"change",()=>{d=!1,E.cancel();let f=h();(f!==p||e.get("threshold")!==f)&&k(f)},o.signal),o.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),q(e,["binary","threshold","countDigits","table"],O,o.signal),O(),{el:i,update:O,destroy:()=>{o.abort(),i.remove()}}}var Ls=300,ei=200,ti=16;function ni(e,t,n){let r=e-t-ti,o=Math.min(Wt,Math.max(n,1)*wt)+ei;return t>0&&r>=Math.max(Ls,Math.min(o,.6*e))?r:e}function ri(e,t){let n=e.dom.h("div","cmw-main"),r=ao(e);r.el.classList.add("cmw-side");let s=Zr({...t,room:()=>ni(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function oi(e){let t=vr(e),n=Fr(e);return[lr({...e,extra:[t.button]}),t,po(e),mo(e),Qr(e),n.panel,ri(e,n.matrixCtx),n.table,to(e),cr(e),lo(e),co(e),Jr(e)]}function fo(e,t,n=performance.now()){let r=qn(t.ownerDocument||document),o=new AbortController,s=ar(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",j(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:u,lastMs:d,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=oi({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var kt="cm-widget",si="application/vnd.cm-widget.view+json",en="application/vnd.jupyter.widget-view+json",ho=1e4,ii="Saved view, no kernel behind it: run the cell to make it live.",tn=null;async function ai(e){let t=tn&&tn[e];if(!t)throw new Error(`${kt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function ci(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=ln,e.head.appendChild(t)}async function li(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Hn(n):null}function wo(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ui(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=li(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),ho))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=wo(this,"rendermime"),o=r&&r.rendermime,s=wo(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&en in n.data&&o&&o.mimeTypes.includes(en))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(en);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:ho),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){ci(r),s.textContent=ii;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:fo(Xn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function di(){let{Panel:e}=await ai("@lumino/widgets"),t=ui(e);return{id:`${kt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[si],defaultRank:-20,createRenderer:n=>new t(n)}}}function mi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[kt]={init:e=>{tn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${kt} has no module ${e}`);let t=mi()?[await di()]:[];return()=>({__esModule:!0,default:t})}});})();
