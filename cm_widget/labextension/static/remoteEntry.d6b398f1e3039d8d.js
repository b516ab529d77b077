(()=>{var en=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function tn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function nn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function vt(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function rn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":vt(t[r],t[r+1],t[r+2])}function on(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function ee(e,t,n){return e<t?t:e>n?n:e}var io=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ge(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function sn(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ge(e),n=Math.floor(t.byteLength/8);if(io)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Oe(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,d))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var ao={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=ao[e&&e.dtype]||Float64Array,o=ge(e&&e.counts),s=r.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(o.byteLength/s)),c=lo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new r(t*n),totals:c};if(co||s===1)return{k:t,cols:n,counts:new r(o.buffer,0,i),totals:c};let a=new DataView(o.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new r(i);for(let m=0;m<i;m++)d[m]=a[l](s*m,!0);return{k:t,cols:n,counts:d,totals:c}}function lo(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function je(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function fe(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,fe(e,t,o,r)+fe(e,t+o*r,n-o,r)}function et(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return uo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=fe(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=fe(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function uo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function tt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function mo(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function be(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=mo(a)}return o}function yt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var po=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function an(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?po.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function nt(e){let t=ge(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function cn(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=vt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Qe=e=>Number(e.toPrecision(12));function rt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>Qe(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=Qe(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let d=Qe(l*c);a.push([d/r,o?String(d):`${Qe(d*100)}%`])}return a}function ln(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=ge(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let d=m=>i.getFloat64(8*(4*l+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var At=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},st=e=>Array.isArray(e)?e:[],Ue=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ot=e=>st(e).map(Number).filter(Number.isInteger);function fo(e){let t=At(e),n=st(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(st(o)[i])?Number(st(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function ho(e,t){let n=At(e);if(typeof n.name!="string")return null;let r=Pe(n.matrix),o=nt(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ue(n.fixed),broken:Ue(n.broken),changed:Ue(n.changed)}}function un(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function dn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function wo(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var mn=(e,t)=>{let n=dn(e);return be(wo(e,t),-n,n)};function pn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function fn(e,t=0){let n=Math.abs(dn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function go(e){let t=At(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ot(t.entered),cameFrom:ot(t.came_from),left:ot(t.left),wentTo:ot(t.went_to),nEntered:Ue(t.n_entered),nLeft:Ue(t.n_left)}}var hn={runs:{raw:["_runs"],make:(e,t)=>fo(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>ho(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>go(t("_moves"))}},wn=["run","compare"];var gn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],bn=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ae(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ne(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=ee(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?pn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function St(e,t,n,r=0){let o=Ne(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ae(t,r)})`}:{main:o,sub:""}}function ce(e){return Number.isFinite(e)?e.toFixed(3):"–"}function _e(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return ee(r-(n?Number(n):0),0,6)}function xn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function vn(e,t){return t?`${e}_r`:e}function kt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function yn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var An=[[`
`,"⏎"],["\r","␍"]];function Ve(e){let t=String(e);for(let[n,r]of An)t=t.split(n).join(r);return t}function _t(e,t){if(t!=null&&e===Ve(t))return String(t);let n=String(e);for(let[r,o]of An)n=n.split(o).join(r);return n}function Sn(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var bo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Me(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Ie(e,t){let n=Me(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(bo)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var xo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function vo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=xo[e.dtype];return t?Ie(t,e.data):null}function yo(e){let t=Me(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function _n(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ie(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ie(Uint32Array,t.sample_index):null,ids:vo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ie(Float32Array,t.outside.scores),weights:t.outside.weights?Ie(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Me(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Ie(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=yo(t.cells);return n}var $e=new Float32Array(1),kn=new Int32Array($e.buffer);function Ao(e,t){return $e[0]=e,$e[0]===0?(kn[0]=1,t?$e[0]:-$e[0]):(kn[0]+=$e[0]>0===t?1:-1,$e[0])}function Mt(e){let t=Math.fround(e);return t>e?Ao(t,!1):t}function Re(e,t=-1/0,n=1/0){let r=Mt(Number(e));return Math.min(Math.max(r,Mt(t)),Mt(n))}function it(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Re(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;r[l*n+d]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function Mn(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Re(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function Tt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Tn(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Tt(e,r))}function So(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Re(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?fe(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var he=(e,t)=>t!==0?e/t:0;function ko(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let T=0;T<t;T++){let F=e[g*t+T];o[g]+=F,s[T]+=F,c+=F}r[g]=e[g*t+g],i+=r[g]}if(n){for(let g=0;g<t;g++)o[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=o[g];let l=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},h=0,S=0;for(let g=0;g<t;g++){let T={precision:he(r[g],s[g]),recall:he(r[g],o[g]),f1:he(2*r[g],o[g]+s[g]),support:o[g]};l.push(T);let F=he(o[g],a);for(let b of["precision","recall","f1"])d[b]+=T[b]/t,m[b]+=T[b]*F;o[g]>0&&(h+=1,S+=T.recall)}return{rows:l,accuracy:he(i,c),balancedAccuracy:h?S/h:0,macro:d,weighted:m}}function Et(e,t,n=null,r=null){let o=ko(e,t,So(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function _o(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:he(e,e+n),fpr:he(t,t+r),precision:he(e,e+t),f1:he(2*e,2*e+t+n),mcc:he(e*r-t*n,o)}}function Ct(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,..._o(s(r,r),s(o,r),s(r,o),s(o,o))}}function En(e){return e??"true"}function Cn(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Mo(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=c?" but the model ":o||a?" and predicted ":" but predicted ",h=` (${Sn(r*100,1)}% of `,S;return i==="all"?S=[{text:`${h}all samples).`}]:i==="pred"&&c?S=[{text:`${h}the abstained samples).`}]:i==="pred"?S=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:S=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:m},{text:n,em:!0},...S]}function Mo(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Eo=40,Co="abstained";function No(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function $o(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}var Fo=e=>e.every(t=>Number.isInteger(t));function Nn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let x of e.state.buffers)No(t,x.path,Me(x.data));let n=e.k,r=_n(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=x=>{for(let k of o.get(x)||[])k()},d=(x,k)=>{t[x]=k,l(x)},m=Pe(t._matrix),h=r?it(r,t.threshold):Float64Array.from(je(m.counts,n,m.cols).square),S=m.cols===n+1?Array.from({length:n},(x,k)=>m.counts[k*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function T(x,k){let _=`${x},${k},${t.threshold}`;return s.key!==_&&(s.key=_,s.members=Mn(r,x,k,t.threshold)),s.members}function F(x,k,_,O){let P=0;if(O==="true")for(let I of k){for(let j=0;j<n;j++)P+=h[I*n+j];S&&(P+=S[I])}else for(let I=0;I<n;I++)if(O==="all"){for(let j=0;j<n;j++)P+=h[I*n+j];S&&(P+=S[I])}else for(let j of _)P+=j===n?S?S[I]:0:h[I*n+j];return P?x/P:0}function b(x,k,_,O,P,I,j,G={},K={}){let L=0;for(let ie of _)for(let oe of O)L+=oe===n?S?S[ie]:0:h[ie*n+oe];let D=!!(r&&r.weights||!Fo(h)),B=En(t.normalize),J;if(K.multilabel){let ie=m.totals,oe=ie?B==="true"?ie.rows[x]:B==="pred"?ie.cols[k]:ie.all:0;J=oe?L/oe:0}else J=F(L,_,O,B);let re=r?I():[],H=re.length,le=Math.max(0,Math.min(Math.trunc(j)||0,Math.max(H-1,0)));le-=le%i;let ye=re.slice(le,le+i),pe=[];for(let ie of ye.slice(0,Eo)){let oe=e.previews&&e.previews[String(Tt(r,ie))];oe&&pe.push(oe)}return{i:x,j:k,...G,sentence:Cn(L,P[0],P[1],J,x===k,D,{basis:B,...K}),count:L,total:H,offset:le,indices:r?Tn(r,ye):[],page_size:i,previews:pe,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function y(x,k,_){let O=t.display_labels||[];return S&&k===n?b(x,k,[x],[k],[String(O[x]??x),Co],()=>[],_,{},{abstained:!0}):b(x,k,[x],[k],[String(O[x]??x),String(O[k]??k)],()=>T(x,k),_,{},{multilabel:c})}let E=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(E.length?n:0).fill(0);if(E.length){let x=t._groups.codes,k=new DataView(x.buffer,x.byteOffset,x.byteLength);for(let _=0;_<n;_++)f[_]=n<=65536?k.getUint16(2*_,!0):k.getUint32(4*_,!0)}let p=x=>f.flatMap((k,_)=>k===x?[_]:[]);function N(x,k){if(r.kind==="binary"){let O=[];for(let P of p(x))for(let I of p(k))O.push(...T(P,I));return O.sort((P,I)=>P-I)}let _=[];for(let O=0;O<r.n;O++){let P=r.cells[O],I=Math.floor(P/n);f[I]===x&&f[P-I*n]===k&&_.push(O)}return _}function u(x,k,_){return b(x,k,p(x),p(k),[E[x],E[k]],()=>N(x,k),_,{group:!0})}function $(x=0){let k=t.selected,_=t.selected_group;Array.isArray(k)&&k.length===2?d("_selection",y(k[0],k[1],x)):Array.isArray(_)&&_.length===2?d("_selection",u(_[0],_[1],x)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function M(x){let k=e.orders&&e.orders[x];k&&(d("_order",{dtype:k.dtype,classes:Me(k.classes),groups:k.groups?Me(k.groups):null}),d("order",x))}function z(x,k,_,O=_){if(!(k===null||Array.isArray(k)&&k.length===2&&k.every((j,G)=>Number.isInteger(j)&&j>=0&&j<(G===0?_:O))))return;let I=x==="selected"?"selected_group":"selected";k!==null&&t[I]!=null&&(t[I]=null,l(I)),t[x]=k,l(x),$(0)}function Y(x){if(!r||r.kind!=="binary"||!a)return;let k=Number(x);if(!Number.isFinite(k))return;let _=Re(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=_,h=it(r,_),d("_matrix",g()),d("_binary",Ct(a,h,_)),d("_metrics",Et(h,n,r,_)),l("threshold"),t.selected!=null&&$(0)}function V(x){let k=String(x),_=k.endsWith("_r")?k.slice(0,-2):k,O=e.luts[k]||e.luts[_];if(!O)return;let P=Me(O);d("_lut",e.luts[k]?P:$o(P)),d("cmap",k)}return r&&r.kind==="binary"&&a&&(t.threshold=Re(t.threshold,a.lo,a.hi),h=it(r,t.threshold),t._matrix=g(),t._binary=Ct(a,h,t.threshold),t._metrics=Et(h,n,r,t.threshold)),{get:x=>t[x],on(x,k){return o.has(x)||o.set(x,new Set),o.get(x).add(k),()=>o.get(x).delete(k)},set(x,k){if(x==="threshold")return Y(k);if(x==="cmap")return V(k);if(x==="normalize"){d(x,k??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(x==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;d(x,k.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(x==="selected")return z(x,k,n,S?n+1:n);if(x==="selected_group")return z(x,k,E.length);if(x==="order")return M(k);if(x==="errors_only")return d(x,k===!0);if(x==="level"){(k==="classes"||k==="groups"&&E.length)&&d(x,k);return}},send(x){x&&x.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(x.offset)||0)}}}var Oo="CMW1";async function $n(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Po(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Io(e){return new TextDecoder().decode(await $n(e))}async function Ro(e){let t=await $n(e);if(new TextDecoder().decode(t.subarray(0,4))!==Oo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Po(r.subarray(c,c+a))}}return s})}async function Fn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Ro(t):JSON.parse(n==="gzip"?await Io(t):t)}var Do=new Set(["button","input","select","textarea","summary","canvas"]);function On(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),Do.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function U(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Z(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Bo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Nt(e,t){let n=ge(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Bo)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function Pn(e){if(!e||typeof e!="object")return null;let t=Nt(e.x,Float32Array),n=Nt(e.y,Float32Array),r=Nt(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var $t=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function In(e){if(!e||typeof e!="object")return null;let t=Pn(e.roc),n=Pn(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&$t(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:$t(e.auc),ap:$t(e.ap),targets:r,undefinedBecause:s}}function Rn(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function Dn(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var zo={uint16:2,uint32:4};function Ft(e,t){let n=zo[t];if(!n)return null;let r=ge(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Bn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var zn=e=>Array.from({length:e},(t,n)=>n);function jn(e,t,n){let r=e&&e.dtype,o=e?Ft(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Ft(e.groups,r):null;return{classes:Bn(o,t)?o:zn(t),groups:n?Bn(i,s)?i:zn(s):null}}function Un(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Ft(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}function Vn(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:fe(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var jo=new Set(["normalize","cmap","threshold","display_labels","selected",...wn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),Uo=10,at=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Wn=e=>Array.isArray(e)?e:[],ct={matrix:{raw:["_matrix"],make:(e,t)=>Pe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>je(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>kt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>et(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>je(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?un(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>tt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:be(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?mn(e("values"),e("k")):be(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||nt(t("_lut"))||nn()},lutText:{uses:["lut"],make:e=>cn(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:an(t("values_format"),e("normalize"),yt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>yt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?fn(e("values"),e("countDigits")):rt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>ln(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=at(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=at(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Wn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Wn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>In(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=at(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=at(t("_table"));if(!n.engine)return null;let r=sn(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...hn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>jn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Un(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?kt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Vn(e("counts"),e("k"),Uo,Vo(e))},focus:{make:()=>null}},We={},Gn=e=>{if(!We[e]){let t=ct[e];We[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Gn)])]}return We[e]};for(let e of Object.keys(ct))Gn(e);function Vo(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>fe(r,i*n,n)+o[i])}function Kn(e){let t=new Map,n=c=>{if(!ct[c])throw new Error(`unknown state key ${c}`);return ct[c]},r=c=>{let a=n(c),l=We[c].map(h=>e.get(h)),d=t.get(c);if(d&&d.raws.every((h,S)=>h===l[S]))return d.value;let m=a.make(r,h=>e.get(h));return t.set(c,{raws:l,value:m}),m};return{get:r,on:(c,a)=>{n(c);let l=We[c].map(d=>e.on(d,a));return()=>l.forEach(d=>d())},set:(c,a)=>{if(!jo.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function X(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var Wo=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Go(e,t){return`From ${e.name} to ${t}: ${Wo(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Ko(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function Hn({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,m,h,S,g){let T=o("div",a);if(T.append(o("div","cmw-moves-title",`${l} (${d})`)),!m.length)return T.append(o("span","cmw-hint","none")),T;let F=o("div","cmw-moves-list");return m.forEach((b,y)=>{let E=o("span","cmw-move"),f=h[y];E.append(o("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),o("em",null,g[f]??String(f)),t.doc.createTextNode(` in ${S}`)),F.append(E)}),T.append(F),d>m.length&&T.append(o("span","cmw-hint",`showing the first ${m.length} of ${d}`)),T}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=o("p","cmw-compare-summary",Go(a,l));d.title=Ko(a,l),s.append(d);let m=e.get("moves");if(!m){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),S=o("p","cmw-moves-head");S.append(t.doc.createTextNode("Cell true "),o("em",null,h[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),o("em",null,h[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(S,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,h),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,l,h))}return X(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function Xn({state:e,dom:t,signal:n,extra:r=[]}){let o=Z(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=bn.map(b=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",b.label),y.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),y.dataset.value=b.value===null?"":b.value,a.append(y),y}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let b of gn)m.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),m);let h=t.option("cmw:compare"),S=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",S.append(g,s("span",null,"reverse")),c.append(a,d,S,...r);function T(){let b=e.get("normalize");for(let p of l){let N=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",N),p.setAttribute("aria-pressed",String(N))}let y=e.get("compareState");if(m.disabled=!!y,g.disabled=!!y,y){h.textContent=`${y.cmap} (better / worse)`,h.parentNode||m.append(h),m.value=h.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}h.remove(),m.removeAttribute("title");let{base:E,reversed:f}=xn(e.get("cmap"));[...m.options].some(p=>p.value===E)||m.append(t.option(E)),m.value=E,g.checked=f}let F=()=>e.set("cmap",vn(m.value,g.checked));return U(a,"click",b=>{let y=b.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),U(m,"change",F,o.signal),U(g,"change",F,o.signal),X(e,["normalize","cmap","compareState"],T,o.signal),T(),{el:c,update:T,destroy:()=>{o.abort(),c.remove()}}}var lt=64,Pt=800,Yn=120,ut=6,Ho=6,Ke=2,Xo=14,It=140,Q=8,xe=20,Rt=15,we=6,Dt=16,Fe=14,Ge=6,Ot=8,Bt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function He(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||lt,c=n.maxGrid||Pt,a=Q+xe+r+we,l=Q,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(Yn,t-a-s-Q-d*Ge)),h=n.view||Te(e),S=e>0?h.v:0,g=S>0?Math.min(i,m/(S+d)):0;d&&g<Ot&&(g=Math.min(i,(m-Ot)/S)),g>=ut&&(g=Math.floor(g));let T=g*S,F=a+T+Ge,b=d?Math.max(g,Ot):0,y=d?F+b:a+T;return{k:e,v:S,r0:h.r0,c0:h.c0,room:m,cell:g,x0:a,y0:l,grid:T,extra:d,xExtra:F,xw:b,right:y,width:Math.ceil(y+s+Q),height:Math.ceil(l+T+we+o+xe+Q+(Math.max(1,n.xTitleLines||1)-1)*Rt)}}function qn(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=ut&&(r=Math.floor(r)),Math.max(Yn,r*(n+e.extra))}function dt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Te(e){return{r0:0,c0:0,v:Math.max(0,e)}}function Zn(e,t){return e*Ho>t}function Jn(e,t){return Math.min(e,Math.max(1,Math.ceil(t/lt)))}function me(e,t,n=1){if(!(t>0))return Te(0);let r=e||Te(t),o=ee(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=ee(Math.round(Number(r.r0)||0),0,t-o),i=ee(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function Ln(e,t,n,r,o=1){let s=me(e,r,o);if(!(t>0)||!(r>0))return s;let i=ee(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,m)=>m-(m-d)*i/s.v;return me({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function Qn(e,t,n,r,o=1){let s=me(e,r,o);return me({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function mt(e,t,n,r=1){let o=me(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return me({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function er(e,t,n,r,o=1){let s=me(e,n,o),i=Math.min(s.v,Math.max(r,o));return me({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function tr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+ee((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function nr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ee(-n/200,-1,1)}function zt(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function rr(e,t,n=Xo){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function Xe(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function jt(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=ee(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function Ye(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function or(e,t,n,r=1,o=n){if(n<=0||!Bt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ee(s,0,n-1),ee(i,0,o-1)]}var Ee=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ve=(e,t)=>e.y0+(t-e.r0)*e.cell,Ut=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,sr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function ir({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let g=e.get("labels");l=g;let T=o("div","cmw-labels-list");a=g.map((b,y)=>{let E=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=Ve(b),f.dataset.index=String(y),E.append(o("span","cmw-label-idx",String(y)),f),T.append(E),f});let F=o("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(T,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,T=e.get("labels"),F=a.map((b,y)=>b.value!==Ve(g[y])?_t(b.value,g[y]):T[y]);m(!0),F.length===T.length&&F.some((b,y)=>b!==T[y])&&e.set("display_labels",F)}function S(){a&&a.length!==e.get("k")&&m()}return U(i,"click",()=>a?m():d(),r.signal),U(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),m(!0))},r.signal),U(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&m(!0)},r.signal),X(e,["labels","k"],S,r.signal),{el:c,button:i,update:S,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function ar({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ve(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,m=!1)=>{if(a)return;a=!0,c.abort();let h=_t(i.value,r);i.remove(),s(d&&h!==r?h:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var Yo=12;function qo(e,t,n,r=Yo){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function cr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ae(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${Ne(l.values[a],d)})`:m}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),h=qo(s,a,d&&d[1]<a?d:d&&[d[0],null]),S=r("table"),g=r("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),T=r("tr");T.append(r("td"));for(let y=h.cols;y<h.cols+h.side;y++){let E=r("th",null,`Predicted ${l[y]}`);E.scope="col",T.append(E)}if(m){let y=r("th",null,"Abstained");y.scope="col",T.append(y)}let F=r("tbody");for(let y=h.rows;y<h.rows+h.side;y++){let E=r("tr"),f=r("th",null,`True ${l[y]}`);f.scope="row",E.append(f);let p=(N,u)=>{let $=r("td",null,u);d&&d[0]===y&&d[1]===N&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),E.append($)};for(let N=h.cols;N<h.cols+h.side;N++)p(N,i(y*a+N));m&&p(a,i(y,m)),F.append(E)}let b=r("thead");b.append(T),S.append(g,b,F),o.replaceChildren(S)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function Zo(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:lr(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:lr(i),l=[];for(let d of a)if(o.has(d))for(let m of c[d])l.push({kind:"class",index:m,members:[m]});else l.push({kind:"group",index:d,members:c[d]});return l}function lr(e){return Array.from({length:e},(t,n)=>n)}function Jo(e){return e.every(t=>t.kind==="class")}function Vt(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function Lo(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function ur(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Qo(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=be(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var dr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),es=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function mr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=b=>e.get(b),s=(b,y,E)=>{let f=r.get(b);if(f&&f.deps.length===y.length&&f.deps.every((N,u)=>N===y[u]))return f.value;let p=E();return r.set(b,{deps:y,value:p}),p},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>Zo(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>Jo(a())?a().map(b=>b.index):null),d=()=>{let b=l();return b!==null&&b.every((y,E)=>y===E)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let b=o("labels"),y=o("groups");return a().map(E=>E.kind==="class"?b[E.index]:`${y.names[E.index]} (${E.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(d())return o("counts");let b=l();return b?Vt(o("counts"),o("k"),b):Lo(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(d())return o("values");let b=l();return b?o("values")===o("counts")?h("counts"):Vt(o("values"),o("k"),b):et(h("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let b=o("abstained"),y=l();return!b||y===null?null:d()?b:{counts:ur(b.counts,y),values:ur(b.values,y)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===o("abstained")&&m.vmax()===o("vmax")?b:{counts:b.counts,values:b.values,colors:be(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(o("errorsOnly")&&!i()){let p=m.abstainedRows();return Qo(h("values"),b,p&&p.values)}if(d())return{colors:o("colors"),vmax:o("vmax")};let y=l();if(y)return{colors:Vt(o("colors"),o("k"),y),vmax:o("vmax")};let E=h("values"),f=tt(E);return{colors:be(E,0,f),vmax:f}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),o("normalize"),o("colorbar")],()=>m.vmax()===o("vmax")?o("colorbar"):rt(m.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),m.abstainedRows()],()=>{let b=a(),y=o("selected"),E=o("selectedGroup"),f=(u,$)=>b.findIndex(M=>M.kind===u&&M.index===$),p=u=>u===o("k")&&m.abstainedRows()?b.length:f("class",u),N=y?[f("class",y[0]),p(y[1])]:E?[f("group",E[0]),f("group",E[1])]:null;return N&&N[0]>=0&&N[1]>=0?N:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let y=p=>a().findIndex(N=>N.members.includes(p)),E=y(b.row),f=y(b.col);return E>=0&&f>=0?{r:E,c:f,outline:b.outline}:null})};function h(b){return dr.has(b)?m[b]():e.get(b)}function S(b,y){if(!dr.has(b))return e.on(b,y);let E=es.map(p=>e.on(p,y)),f=()=>y();return n.add(f),()=>{E.forEach(p=>p()),n.delete(f)}}function g(b,y){let E=a();if(b==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),o("selected")&&e.set("selected",null);return}let f=E[y[0]],p=E[y[1]];if(f&&f.kind==="class"&&y[1]===E.length&&m.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!p)return;f.kind==="class"&&p.kind==="class"?e.set("selected",[f.index,p.index]):f.kind==="group"&&p.kind==="group"&&e.set("selected_group",[f.index,p.index]);return}if(b==="display_labels"){let f=o("labels").slice();y.forEach((p,N)=>{E[N]&&E[N].kind==="class"&&(f[E[N].index]=p)}),e.set("display_labels",f);return}e.set(b,y)}function T(){t.version+=1;for(let b of[...n])b()}return{get:h,on:S,set:g,send:b=>e.send(b),local:{expand(b,y){y?t.expanded.add(b):t.expanded.delete(b),T()},expanded:()=>new Set(t.expanded),focus(b,y,E=!1){t.focus=b==null?null:{row:b,col:y,outline:E},T()}}}}var pr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ts=8,ns=12,rs=20;function os(e,t,n=ts){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function ss(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function is(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function fr({state:e,display:t,dom:n,signal:r}){let o=Z(r),s=(D,B,J)=>U(D,B,J,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[D,B]of pr)h.append(a(D,B));let S=a("list","Custom (from Python)");S.disabled=!0,h.append(S),m.append(h);let g=i("label","cmw-errors-only-label"),T=i("input","cmw-errors-only");T.type="checkbox",g.append(T,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),F.append(b),d.append(m,g,F);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let N=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",N),f.append(p);let u=i("ul","cmw-matches");u.id=N,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,E.append(f,u);let $=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),z=!1;s(M,"click",()=>{z=!0}),M.id=`${N}-top`;let Y=i("ol","cmw-top-list");Y.setAttribute("aria-labelledby",M.id),$.append(M,Y);let V=i("div","cmw-sr");V.setAttribute("aria-live","polite"),V.setAttribute("role","status"),l.append(d,y,E,$,V);let x=D=>{V.textContent=D};s(h,"change",()=>{e.set("order",h.value),x(`Order: ${h.selectedOptions[0].textContent}.`)}),s(T,"change",()=>{e.set("errors_only",T.checked),x(T.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),x(`Showing ${b.value}.`)}),s(y,"change",D=>{let B=D.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),x(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function k(D){let B=e.get("labels");p.value=B[D],_(),t.local.focus(D,D,!0),x(`Found ${B[D]}: its row and column are outlined.`)}function _(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function O(){let D=e.get("labels"),B=os(D,p.value);u.replaceChildren(...B.map((J,re)=>{let H=i("li","cmw-match",D[J]);return H.id=`${N}-${re}`,H.setAttribute("role","option"),H.dataset.cls=String(J),H})),u.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function P(D){let B=[...u.children];if(!B.length)return null;let J=B.findIndex(H=>H.getAttribute("aria-selected")==="true"),re=D===0?Math.max(J,0):(J+D+B.length)%B.length;return B.forEach((H,le)=>H.setAttribute("aria-selected",String(le===re))),p.setAttribute("aria-activedescendant",B[re].id),B[re]}s(p,"input",O),s(p,"keydown",D=>{if(D.key==="ArrowDown"||D.key==="ArrowUp")P(D.key==="ArrowDown"?1:-1),D.preventDefault();else if(D.key==="Enter"){let B=P(0);B&&k(Number(B.dataset.cls)),D.preventDefault()}else D.key==="Escape"&&!u.hidden&&(_(),D.preventDefault())}),s(u,"click",D=>{let B=D.target.closest("li[data-cls]");B&&k(Number(B.dataset.cls))}),s(Y,"click",D=>{let B=D.target.closest("button[data-i]");if(!B)return;let[J,re]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[J,re]),t.local.focus(J,re,!1)});function I(){let D=e.get("k");l.hidden=D<=2,E.hidden=D<=ns;let B=e.get("orderChoices");for(let H of h.options)H.value!=="list"&&(H.disabled=B!==null&&!B.includes(H.value),H.title=H.disabled?"Needs a live kernel":"");let J=e.get("orderName");h.value=pr.some(([H])=>H===J)?J:"list",T.checked=e.get("errorsOnly");let re=e.get("groups");F.hidden=!re,b.value=e.get("level"),j(re),G()}function j(D){let B=t.local.expanded(),J=!!D&&e.get("level")==="groups";if(y.hidden=!J,!J)return;let re=D.names.map((H,le)=>{let ye=i("label","cmw-expand-item"),pe=i("input");return pe.type="checkbox",pe.dataset.group=String(le),pe.checked=B.has(le),ye.append(pe,n.doc.createTextNode(` ${H}`)),ye});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function G(){let D=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,z||($.open=e.get("k")>rs),Y.replaceChildren(...B.map(J=>{let re=i("li"),H=c("cmw-top-item",ss(D,J));return H.dataset.i=String(J[0]),H.dataset.j=String(J[1]),re.append(H),re})),$.hidden=B.length===0}let K=e.get("selection");function L(){let D=e.get("selection");D!==K&&x(is(D)),K=D}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],I,o.signal),X(e,["selection"],L,o.signal),I(),{el:l,update:I,destroy:()=>{o.abort(),l.remove()}}}function hr(e){let t=mr(e.state),n=fr({...e,display:t}),r=cr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var de=12,pt="abstained",Wt=8,as=13;function wr(e){return Array.from({length:256},(t,n)=>tn(e,n))}function gr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(on(n,r,o*o),o,o),0,0),s}function br(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,ve(t,o),t.xw,t.cell)}function xr(e,t,n,r,o){if(t.cell<ut){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(Ee(t,c),ve(t,i),t.cell,t.cell)}function vr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function yr(e,t,n,r){let o=t.k,s=Math.min(as,Math.floor(t.cell*.3));if(s<Wt||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=ve(t,l)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let h=St(n.values[l*o+m],n.counts[l*o+m],n.fmt,n.countDigits);c.push([Ee(t,m)+t.cell/2,d,h,n.colors[l*o+m]])}if(i){let m=St(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[l]])}}let a=cs(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,m,h]of c)e.fillStyle=rn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(m.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,l,d))}}function cs(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(l(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=Wt;a--){let l=`${a}px ${o.family}`,d=Math.max(Wt-1,Math.round(a*.8)),m=`${d}px ${o.family}`;if(!(i(l,S=>S.main)>s))return c?n>=a*2.4+d&&i(m,S=>S.sub)<=s?{mode:"two",px:a,font:l,subFont:m}:i(l,S=>`${S.main} ${S.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Ar(e,t,n,r,o,s,i,c){let a=E=>e.measureText(E).width;e.font=c(de),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of Xe(t.v,o.step,t.r0)){let f=ve(t,E)+t.cell/2;e.fillText(Ye(n[E],r,a),t.x0-we,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+we,d=Xe(t.v,o.step,t.c0).map(E=>[Ee(t,E)+t.cell/2,n[E],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,pt,o.extraRotated]);for(let[E,f,p]of d){let N=Ye(f,r,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(E,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(N,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(N,E,l))}e.stroke(),e.font=c(de,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+we+o.height+xe/2+2,S=Math.max(...m.map(a)),g=ee(t.x0+t.grid/2,Q+S/2,Math.max(Q+S/2,t.width-Q-S/2));m.forEach((E,f)=>e.fillText(E,g,h+f*Rt));let T=Math.max(t.grid,t.height-2*Q),F=String(s.y),b=a(F)<=T?F:Ye(F.split(" (")[0],T,a),y=ee(t.y0+t.grid/2,Q+a(b)/2,Math.max(Q,t.height-Q-a(b)/2));e.save(),e.translate(Q+xe/2,y),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Sr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Dt+Fe+6+n+xe)}function kr(e,t,n,r,o,s,i=""){if(i){e.font=s(de-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let d=S=>e.measureText(S).width,m=Ye(String(i),Math.max(t.grid,t.height-2*Q),d),h=ee(t.y0+t.grid/2,Q+d(m)/2,Math.max(Q,t.height-Q-d(m)/2));e.save(),e.translate(t.width-Q-xe/2,h),e.rotate(-Math.PI/2),e.fillText(m,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Dt,a=t.grid,l=a/256;for(let d=0;d<256;d++)e.fillStyle=r[d],e.fillRect(c,t.y0+a-(d+1)*l,Fe,l+.5);e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Fe+1,a+1),e.font=s(de-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[d,m]of n){let h=t.y0+a*(1-ee(Number(d)||0,0,1));e.moveTo(c+Fe,Math.round(h)+.5),e.lineTo(c+Fe+3,Math.round(h)+.5),e.fillText(String(m),c+Fe+5,ee(h,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function _r(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ve(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(Ee(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Mr(e,t,n,r,o){let s=([i,c],a,l,d)=>{if(!sr(t,[i,c]))return;let m=Math.max(Ut(t,c),8),h=Math.max(t.cell,8),S=Ee(t,c)+Ut(t,c)/2-m/2,g=ve(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(S+d,g+d,m-2*d,h-2*d),e.strokeStyle=a,e.strokeRect(S+d/2,g+d/2,m-d,h-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}var Tr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},ls={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function us(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Tr[e.normalize]?(l=(e.multilabel?ls:Tr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Er(e){let t=e("compareState");return us({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Cr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var ds=720,ms=64,ps=200,fs={true:"of its true row",pred:"of its predicted column",all:"of all samples"},hs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},ws=4,Nr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},gs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],bs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},xs=24;function $r({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=Z(n),a=(w,v,A,C)=>U(w,v,A,c.signal,C),{doc:l,h:d,button:m}=t,h=d("div","cmw-matrix"),S=d("div","cmw-zoom");S.setAttribute("role","group"),S.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let T=m("cmw-zoom-in","+");T.setAttribute("aria-label","Zoom in"),T.title="Zoom in (+)";let F=m("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),S.append(g,T,F,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),S.hidden=!0;let y=d("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let E=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let p=d("div","cmw-tooltip");p.hidden=!0,E.append(f,p);let N=d("div","cmw-sr");N.setAttribute("aria-live","polite"),h.append(y,S,E,N);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null]},M=w=>e.get(w),z=()=>{let w=M("lut");return $.cssOf!==w&&($.css=wr(w)),$.cssOf=w,$.css},Y=()=>{let w=M("colors"),v=M("lut");return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===v||($.bitmap=gr(l,$.bitmap,w,v,M("k")),$.bitmapOf=[w,v]),$.bitmap};function V(w,v){let A=w.font,C=$.widths.get(A);if(C&&C.texts===v)return C.w;let R=0;for(let q of v)R=Math.max(R,w.measureText(q).width);return $.widths.set(A,{texts:v,w:R}),R}function x(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||G()}))}function k(){let w=l.defaultView,v=w&&w.getComputedStyle?w.getComputedStyle(h):null,A=(C,R)=>(v&&v.getPropertyValue(C)||"").trim()||R;return{fg:v&&v.color||"#1f1f1f",muted:A("--cmw-muted","#616161"),accent:A("--cmw-accent","#1976d2"),border:A("--cmw-border","#bdbdbd"),bg:A("--cmw-bg","#ffffff"),family:v&&v.fontFamily||"sans-serif"}}let _=()=>(s?s():h.clientWidth)||ds;function O(){let w=h.closest(".cmw"),v=l.defaultView;if(!w||!v||!h.isConnected||!w.getClientRects().length)return 1/0;let A=null;for(let W=w.parentElement;W&&W!==l.body&&W!==l.documentElement;W=W.parentElement){let se=v.getComputedStyle(W).overflowY;(se==="auto"||se==="scroll")&&W.clientHeight>=ps&&(A=W)}if(!A&&v.top!==v)return 1/0;let C=Math.min(v.innerHeight,A?A.clientHeight:v.innerHeight);if(!(C>0))return 1/0;let R=W=>W.getBoundingClientRect().top,q=W=>W.getBoundingClientRect().bottom,te=ms,ne=[...w.children].find(W=>W.contains(h));if(ne&&ne!==h){let W=[...ne.children].filter(se=>se!==h&&se.getClientRects().length&&R(se)>=q(h)-1);W.length&&(te+=Math.max(...W.map(q))-q(h))}for(let W=ne?ne.nextElementSibling:null;W&&!W.classList.contains("cmw-selection");W=W.nextElementSibling)W.getClientRects().length&&!W.classList.contains("cmw-sr")&&(te+=W.getBoundingClientRect().height);return Math.floor(C-(R(f)-R(w))-te)}function P(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let I=w=>w+(w>0&&M("abstained")?1:0),j=w=>w[1]>=M("k")?[w[0],u.view?u.view.c0:0]:w;function G(){let w=performance.now(),v=M("k");v!==u.k&&P(v);let A=M("abstained");u.cols=I(v),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let C=f.getContext("2d");if(!C)return;let R=k();u.detached=!h.isConnected;let q=(Se,ke)=>`${ke?"600 ":""}${Se}px ${R.family}`,te=M("labels");u.width=_(),C.font=q(de);let ne=Math.min(It,Math.max(40,Math.round(u.width*.2))),W=Math.ceil(Math.min(ne,V(C,te))),se=M("colorbar"),Be=Sr(C,se),Ae=Er(M);K(Ae.badges),u.height=O();let Le={yLabelWidth:W,rightWidth:Be,extra:A?1:0,xTitleLines:1,xLabelHeight:Math.min(It,V(C,te))},ze;for(let Se=0;Se<3;Se++){let ke=He(v,u.width,{...Le,maxGrid:ze}),xt=qn(ke,u.height);if(xt===void 0||xt===ze)break;ze=xt}let Jt=He(v,u.width,{yLabelWidth:W,rightWidth:Be,extra:A?1:0,maxGrid:ze});u.zoomable=v>0&&Zn(v,Jt.room),u.vMin=Jn(v,Jt.room);let wt=u.zoomable?me(u.view,v,u.vMin):Te(v);u.view=u.zoomable?wt:null;let Lt={yLabelWidth:W,rightWidth:Be,view:wt,extra:A?1:0,maxGrid:ze},gt=He(v,u.width,Lt);u.step=rr(wt.v,gt.cell),u.xLabels=J(C,te,gt,ne),C.font=q(de,!0);let Qt=Cr(Ae.x,Math.max(gt.width-2*Q,60),Se=>C.measureText(Se).width);C.font=q(de);let ue=He(v,u.width,{...Lt,xLabelHeight:u.xLabels.height,xTitleLines:Qt.length});u.layout=ue,u.yLabelW=W,D(C,ue);let bt=M("colors");if(v===0)C.fillStyle=R.muted,C.font=q(de),C.fillText("No data",Q,Q+de);else{bt.length>=v*v&&xr(C,ue,bt,z(),Y),A&&br(C,ue,A.colors,z()),vr(C,ue,R),yr(C,ue,{values:M("values"),counts:M("counts"),colors:bt,lut:M("lut"),lutText:M("lutText"),fmt:M("fmt"),countDigits:M("countDigits"),abstained:A},R),Ar(C,ue,te,ne,{step:u.step,...u.xLabels},{x:Qt,y:Ae.y},R,q),kr(C,ue,se,z(),R,q,Ae.bar);let Se=u.cursor&&f.matches(":focus")?u.cursor:null;Mr(C,ue,M("selected"),Se,R);let ke=M("focus");ke&&ke.outline&&_r(C,ue,ke.r,ke.c,R)}L(ue),B(ue,v,w,Ae)}function K(w){let v=[...y.children].map(A=>A.textContent);v.length===w.length&&v.every((A,C)=>A===w[C])||(y.replaceChildren(...w.map(A=>d("span","cmw-badge",A))),y.hidden=w.length===0)}function L(w){S.hidden=!u.zoomable,u.zoomable&&(b.textContent=zt(w,w.k),T.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function D(w,v){let A=l.defaultView&&l.defaultView.devicePixelRatio||1,C=Math.max(1,Math.round(v.width*A)),R=Math.max(1,Math.round(v.height*A));(f.width!==C||f.height!==R)&&(f.width=C,f.height=R),f.style.width=`${v.width}px`,f.style.height=`${v.height}px`,w.setTransform(A,0,0,A,0,0),w.clearRect(0,0,v.width,v.height)}function B(w,v,A,C){let R=performance.now();f.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let q=null;!u.firstDrawn&&v>0&&(u.firstDrawn=!0,q=R-(u.draws===1?o:A)),r({k:v,draws:u.draws,lastMs:R-A,firstMs:q,view:{r0:w.r0,c0:w.c0,v:w.v}}),f.dataset.cellX0=String(w.x0),f.dataset.cellY0=String(w.y0),f.dataset.cellSize=String(w.cell),f.dataset.viewRow0=String(w.r0),f.dataset.viewCol0=String(w.c0),f.dataset.viewSize=String(w.v),f.dataset.cols=String(u.cols),f.dataset.extraX0=w.extra?String(w.xExtra):"",f.dataset.extraWidth=w.extra?String(w.xw):"",f.dataset.xTitle=C.x,f.dataset.yTitle=C.y,f.dataset.barTitle=C.bar,f.setAttribute("aria-label",`Confusion matrix of ${v} classes. Rows: ${C.y}. Columns: ${C.x}. Colours: ${C.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${zt(w,v)}; plus and minus zoom, 0 shows all.`:""))}function J(w,v,A,C){let R=0;if(u.zoomable)R=V(w,v);else for(let se of Xe(A.k,u.step))R=Math.max(R,w.measureText(v[se]).width);R=Math.min(C,R);let q=R>u.step*A.cell-4,te=A.extra?w.measureText(pt).width:0,ne=A.extra>0&&(q||te>A.xw+Ge-2),W=Math.max(q?R:de+2,ne?te:0);return{rotated:q,extraRotated:ne,height:Math.ceil(W)}}function re(w,v){u.editor&&u.editor.finish(!1);let A=u.layout,C=w==="y"?Math.max(u.yLabelW+we+4,100):120,R=Ee(A,v)+A.cell/2,q=w==="y"?A.x0-C:ee(R-C/2,0,Math.max(0,A.width-C)),te=w==="y"?ve(A,v)+A.cell/2-11:A.y0+A.grid+we,ne={left:f.offsetLeft+Math.max(0,q),top:f.offsetTop+te,width:C},W=M("labels");u.editor=ar({dom:t,host:E,box:ne,name:W[v],index:v,done:(se,Be)=>{u.editor=null;let Ae=M("labels");if(se!==null&&v<Ae.length){let Le=Ae.slice();Le[v]=se,e.set("display_labels",Le)}Be&&f.focus({preventScroll:!0})}})}function H(w,v=!1){let A=f.getBoundingClientRect(),C=u.lastUp;return v&&C&&Math.abs(C.x-w.clientX)<1&&Math.abs(C.y-w.clientY)<1?[C.x-A.left,C.y-A.top]:[w.clientX-A.left,w.clientY-A.top]}function le(w,v){let A=u.layout;if(!A||A.k===0)return null;let C=de/2+1;if(w>=Q+xe&&w<A.x0&&v>=A.y0-C&&v<A.y0+A.grid+C){let te=jt(v-A.y0,A.cell,u.step,A.k,C,A.r0,A.v);return te>=0?{axis:"y",index:te}:null}let R=A.y0+A.grid,q=A.x0+A.grid+(A.extra?Ge/2:20);if(v>=R&&v<R+we+u.xLabels.height&&w>=A.x0-20&&w<q){let te=u.xLabels.rotated?C:u.step*A.cell/2,ne=jt(w-A.x0,A.cell,u.step,A.k,te,A.c0,A.v);return ne>=0?{axis:"x",index:ne}:null}return null}function ye([w,v]){let A=M("k"),C=M("labels"),R=M("abstained");if(v>=A&&R){let W=[`True: ${C[w]}`,`Predicted: ${pt}`,`Count: ${ae(R.counts[w],M("countDigits"))}`],se=M("fmt");return se.kind==="percent"&&W.push(`Shown: ${Ne(R.values[w],se)} ${bs[M("normalize")]||""}`.trim()),W.join(`
`)}let q=w*A+v,te=[`True: ${C[w]}`,`Predicted: ${C[v]}`,`Count: ${ae(M("counts")[q],M("countDigits"))}`],ne=M("fmt");if(ne.kind==="delta"&&te.push(`Change: ${Ne(M("values")[q],ne)} since the compared run`),ne.kind==="percent"){let W=(M("multilabel")?hs:fs)[M("normalize")]||"";te.push(`Shown: ${Ne(M("values")[q],ne)} ${W}`.trim())}return te.join(`
`)}function pe(w,v,A){p.textContent=w,p.hidden=!1;let C=f.offsetLeft+v+14;C+p.offsetWidth+4>E.clientWidth&&(C=Math.max(0,f.offsetLeft+v-p.offsetWidth-10));let R=f.offsetTop+A+14;R+p.offsetHeight+4>E.clientHeight&&(R=Math.max(0,f.offsetTop+A-p.offsetHeight-10)),p.style.left=`${C}px`,p.style.top=`${R}px`}let ie=()=>u.zoomable&&u.view!==null&&u.view.v<M("k");function oe(w){let v=M("k"),A=me(w,v,u.vMin),C=u.view||Te(v);return A.r0===C.r0&&A.c0===C.c0&&A.v===C.v?!1:(u.view=A,p.hidden=!0,x(),!0)}function Ze(w,v=null){if(!u.zoomable||!u.layout)return;let A=u.layout;oe(Ln(A,w,v,A.k,u.vMin))}function Zr(w){w.target.closest(".cmw-zoom-in")?Ze(Ke):w.target.closest(".cmw-zoom-out")?Ze(1/Ke):w.target.closest(".cmw-zoom-fit")&&oe(Te(M("k")))}function Jr(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[v,A]=H(w);Ze(nr(w.deltaY,w.deltaMode),tr(v,A,u.layout))}function Lr(w){if(u.panned=!1,u.pan=null,w.button!==0||!ie())return;let[v,A]=H(w);dt(v,A,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function Qr(w){let v=u.pan,A=w.clientX-v.x,C=w.clientY-v.y;if(!v.moved){if(Math.hypot(A,C)<ws)return;v.moved=!0,p.hidden=!0;try{f.setPointerCapture(v.id)}catch{}}f.style.cursor="grabbing",oe(Qn(v.view,-C/v.cell,-A/v.cell,M("k"),u.vMin))}function eo(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,f.style.cursor="grab"),u.pan=null}function to(w){if(u.pan&&u.pan.id===w.pointerId&&(Qr(w),u.pan.moved))return;let[v,A]=H(w),C=dt(v,A,u.layout);if(C){pe(ye(C),v,A),f.style.cursor=ie()?"grab":"pointer";return}let R=le(v,A);if(f.style.cursor=R?"text":"default",R){let q=R.axis==="y"?"True class":"Predicted class";pe(`${q} ${R.index}: ${M("labels")[R.index]}
(double-click to rename)`,v,A)}else p.hidden=!0}function no(w){if(u.panned){u.panned=!1;return}let[v,A]=H(w,!0),C=dt(v,A,u.layout);C?(u.cursor=C,e.set("selected",C),x()):!le(v,A)&&M("selected")!=null&&e.set("selected",null)}function ro(w){let[v,A]=H(w,!0),C=le(v,A);C&&(w.preventDefault(),p.hidden=!0,re(C.axis,C.index))}function oo(w){let v=M("k");if(v===0)return;let A=!0;if(Bt.has(w.key)){let C=u.cursor||M("selected")||(ie()?[u.view.r0,u.view.c0]:null);u.cursor=or(C,w.key,v,w.shiftKey?10:1,I(v)),ie()&&oe(mt(u.view,j(u.cursor),v,u.vMin)),N.textContent=ye(u.cursor).replace(/\n/g,", "),x()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Nr[w.key]){let C=Nr[w.key];if(C==="fit")oe(Te(v));else{let R=u.cursor?j(u.cursor):null;Ze(C==="in"?Ke:1/Ke,R?[R[0]+.5,R[1]+.5]:null),R&&ie()&&oe(mt(u.view,j(u.cursor),v,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let C=u.cursor||M("selected")||[0,0];u.cursor=C,e.set("selected",[C[0],C[1]])}else A=!1;A&&w.preventDefault()}a(f,"pointerdown",Lr),a(f,"pointermove",to),a(f,"pointerleave",()=>{p.hidden=!0}),a(f,"pointerup",eo),a(f,"pointercancel",()=>{u.pan=null}),a(f,"wheel",Jr,{passive:!1}),a(S,"click",Zr),a(f,"click",no),a(f,"dblclick",ro),a(f,"keydown",oo),a(f,"focus",x),a(f,"blur",x);let Yt=()=>{let w=O();return w!==u.height&&!(Math.abs(w-u.height)<1)},Ce=l.defaultView;if(Ce&&typeof Ce.ResizeObserver<"u"){let w=new Ce.ResizeObserver(()=>{(u.detached||Math.abs(_()-u.width)>=1||Yt())&&x()});for(let A of[h,...i])w.observe(A);let v=h.closest(".cmw");v&&w.observe(v),a(Ce,"resize",()=>{Yt()&&x()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ce&&typeof Ce.MutationObserver<"u"&&l.body){let w=null,v=new Ce.MutationObserver(()=>{clearTimeout(w),w=setTimeout(x,100)});v.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{v.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let Je=M("selected"),qt=M("focus");function Zt(){let w=M("selected"),v=M("focus"),A=w&&!(Je&&w[0]===Je[0]&&w[1]===Je[1]);v!==qt&&v&&u.zoomable?oe(er(u.view,[v.r,v.c],M("k"),xs,u.vMin)):A&&ie()&&oe(mt(u.view,j(w),M("k"),u.vMin)),Je=w,qt=v,G()}return X(e,gs,Zt,c.signal),G(),{el:h,update:Zt,destroy:()=>{c.abort(),h.remove()}}}function Fr({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table");s.append(o("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,T)=>g.append(o("td","cmw-num",T));i.replaceChildren();let h=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])h.append(o("th",null,g));let S=i.createTBody();for(let g of l.perClass){let T=S.insertRow(),F=o("th",null,g.label);F.title=F.textContent,T.append(F);for(let b of["precision","recall","f1"])m(T,ce(g[b]));m(T,ae(g.support,d))}for(let[g,T]of l.summary.entries()){let F=S.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(o("th",null,String(T.name??""))),"value"in T)for(let b of["","",ce(T.value),""])m(F,b);else{for(let b of["precision","recall","f1"])m(F,ce(T[b]));m(F,ae(T.support,d))}}}return U(s,"toggle",()=>{s.open&&c&&a()},r.signal),X(e,["metrics","countDigits"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Or({state:e,dom:t,signal:n}){let r=Z(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return X(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function De({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Oe(n,o,s);return U(c,"input",()=>{a=!0,r&&r(l()),d(l())},i),U(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(m,h,S){c.min=String(m),c.max=String(h),c.step=String(S)}}}var vs=60,Pr=700,ft="http://www.w3.org/2000/svg",qe={w:240,h:56,pad:6};function Ir(e,{w:t,h:n,pad:r}=qe){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function ys(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function Rr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(_,O)=>setTimeout(_,O),clearTimeout:_=>clearTimeout(_)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),S=()=>e.get("runs").names,g=_=>{let O=S();_>=0&&_<O.length&&O[_]!==e.get("run")&&e.set("run",O[_])},T=De({dom:t,cls:"cmw-run-slider",write:g,throttleMs:vs,clock:r,signal:o.signal,onInput:_=>{k(),h.textContent=S()[_]??""}}),F=T.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),y);let f=i("div","cmw-runs-top");f.append(m,F,h,b,E);let p=s.createElementNS(ft,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${qe.w} ${qe.h}`),p.setAttribute("width",String(qe.w)),p.setAttribute("height",String(qe.h));let N=i("div","cmw-history-legend");N.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,N),d.append(f,u),d.hidden=!0;let $=null;function M(){let _=e.get("runs"),O=e.get("run");if(d.hidden=_.names.length<2,d.hidden){k();return}let P=_.names.indexOf(O);F.max=String(_.names.length-1),!T.dragging()&&P>=0&&(F.value=String(P)),T.dragging()||(h.textContent=O);let I=ys(_.names,O);b.textContent=I,b.hidden=!I,z(_.names,e.get("compare")),Y(_,P)}function z(_,O){let P=a("","none");y.replaceChildren(P,..._.map(I=>a(I))),y.value=O!=null&&_.includes(O)?O:""}function Y(_,O){let P=[];for(let[j,G]of[[_.accuracy,"cmw-line-acc"],[_.macroF1,"cmw-line-f1"]]){let K=Ir(j).filter(Boolean),L=s.createElementNS(ft,"polyline");L.setAttribute("class",G),L.setAttribute("fill","none"),L.setAttribute("points",K.map(D=>D.map(B=>B.toFixed(1)).join(",")).join(" ")),P.push(L)}let I=Ir(_.accuracy);_.names.forEach((j,G)=>{if(!I[G])return;let K=s.createElementNS(ft,"circle");K.setAttribute("class",G===O?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),K.setAttribute("cx",I[G][0].toFixed(1)),K.setAttribute("cy",I[G][1].toFixed(1)),K.setAttribute("r",G===O?"4":"3"),K.setAttribute("data-run",String(G));let L=s.createElementNS(ft,"title");L.textContent=`${j}: accuracy ${ce(_.accuracy[G])}, macro F1 ${ce(_.macroF1[G])}`,K.append(L),P.push(K)}),p.replaceChildren(...P)}function V(){let _=S(),O=_.indexOf(e.get("run"));if(O<0||O>=_.length-1){k();return}g(O+1),$=l.setTimeout(V,Pr)}function x(){let _=S();_.indexOf(e.get("run"))>=_.length-1&&g(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),$=l.setTimeout(V,Pr)}function k(){$!==null&&l.clearTimeout($),$=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return U(m,"click",()=>$===null?x():k(),o.signal),U(b,"click",()=>{k(),g(S().length-1)},o.signal),U(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),U(p,"click",_=>{let O=_.target&&_.target.closest?_.target.closest("[data-run]"):null;O&&(k(),g(Number(O.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>k(),{once:!0}),X(e,["runs","run","compare"],M,o.signal),M(),{el:d,update:M,destroy:()=>{o.abort(),d.remove()}}}var As=60,Dr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Br({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),m=De({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:As,clock:r,signal:o.signal,onInput:f=>{let p=i();l.textContent=f.toFixed(_e(p?p.step:.01))}}),h=m.el,S=s("label","cmw-field");S.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let T=s("label","cmw-field");T.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),T.append(F);let b=s("div","cmw-abstain-stats");c.append(S,T,b);let y=null;function E(){let f=i(),p=!!(f&&f.kind==="multiclass");if(c.hidden=!p,!p)return;m.range(f.lo,f.hi,f.step);let N=f.abstain!==null&&f.abstain!==void 0;if(a.checked=N,h.disabled=!N,N&&(y=f.abstain),!m.dragging()){let u=N?f.abstain:y??(f.lo+f.hi)/2;h.value=String(u),l.textContent=N?Number(u).toFixed(_e(f.step)):"off"}g.max=String(f.k_max),t.doc.activeElement!==g&&(g.value=String(f.top_k)),b.replaceChildren(),N&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Dr(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Dr(f.covered_accuracy)}`))}return U(a,"change",()=>{i()&&d(a.checked?parseFloat(h.value):null)},o.signal),U(g,"change",()=>{let f=i(),p=Number(g.value),N=f&&Number.isInteger(p)&&p>=1&&p<=f.k_max;F.textContent=N||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,N?e.set("top_k",p):f&&(g.value=String(f.top_k))},o.signal),X(e,["scores"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}function zr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ss=60,Gt={size:240,pad:34},ks=[0,.5,1],_s="http://www.w3.org/2000/svg",Ms=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function jr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s,doc:i}=t,c=(f,p={})=>{let N=i.createElementNS(_s,f);for(let[u,$]of Object.entries(p))N.setAttribute(u,String($));return N},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let m=!1,h=null,S={},g=f=>{let p=e.get("binary");!p||!Number.isFinite(f)||e.set("threshold",ee(f,p.lo,p.hi))},T=Oe(g,Ss,r);o.signal.addEventListener("abort",()=>T.cancel(),{once:!0});function F(f){let{size:p,pad:N}=Gt;l.replaceChildren();for(let u of Object.keys(S))delete S[u];for(let u of Ms){let $=f[u.kind],M=s("figure",`cmw-curve cmw-curve-${u.kind}`),z=s("figcaption","cmw-curve-title"),Y=f[u.area],V=f.undefinedBecause?f.undefinedBecause[u.kind]:null;if(z.textContent=`${u.title}${Y===null||V?"":`  ${u.areaName} ${ce(Y)}`}`,V){M.append(z,s("p","cmw-curve-undefined",`Undefined: ${V}.`)),l.append(M);continue}let x=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});x.classList.add("cmw-curve-svg"),Object.assign(x.dataset,{kind:u.kind,plotSize:String(p),plotPad:String(N)}),x.append(c("rect",{x:N,y:N,width:p-2*N,height:p-2*N,class:"cmw-curve-frame"}),c("polyline",{points:Dn($,p,N),class:"cmw-curve-line"})),u.kind==="roc"&&x.append(c("line",{x1:N,y1:p-N,x2:p-N,y2:N,class:"cmw-curve-chance"}));let k=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});k.textContent=u.x;let _=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});_.textContent=u.y,x.append(k,_,...b(p,N));let O=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),P=c("text",{x:N,y:N-8,class:"cmw-curve-readout"}),I=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),j=c("title");j.textContent="Drag along the curve to move the threshold",I.append(j),x.append(...O,P,I),M.append(z,x),l.append(M),S[u.kind]={plot:x,marker:I,guides:O,readout:P,curve:$,spec:u},y(x,$)}d.replaceChildren();for(let u of f.targets){let $=t.button("cmw-curve-target",`threshold for ${u.name}`);$.dataset.threshold=String(u.threshold),U($,"click",()=>g(u.threshold),o.signal),d.append($)}}function b(f,p){let N=f-2*p,u=[];for(let $ of ks){let M=p+$*N,z=p+(1-$)*N,Y=String($);u.push(c("line",{x1:M,y1:f-p,x2:M,y2:f-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:z,x2:p,y2:z,class:"cmw-curve-tickmark"}));let V=c("text",{x:M,y:f-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});V.textContent=Y;let x=c("text",{x:p-6,y:z,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});x.textContent=Y,u.push(V,x)}return u}function y(f,p){let N=!1,u=M=>{let z=zr(f.getBoundingClientRect(),Gt),Y=(M.clientX-z.x0)/z.inner,V=1-(M.clientY-z.y0)/z.inner;return p.t[Rn(p,Y,V)]};U(f,"pointerdown",M=>{if(N=!0,f.setPointerCapture&&M.pointerId!==void 0)try{f.setPointerCapture(M.pointerId)}catch{}T(u(M))},o.signal),U(f,"pointermove",M=>{N&&T(u(M))},o.signal),U(f,"pointerup",M=>{N&&(N=!1,T.cancel(),g(u(M)))},o.signal),U(f,"pointercancel",()=>{N=!1,T.cancel()},o.signal)}function E(){let f=e.get("binary");if(a.hidden=!f,!f)return;let p=e.get("curves");if(!p){(!m||h!==null)&&(m=!0,h=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(F(p),h=p);let{size:N,pad:u}=Gt,$=N-2*u;for(let{marker:M,guides:z,readout:Y,spec:V,plot:x}of Object.values(S)){let[k,_]=V.at(f),O=Number.isFinite(k)&&Number.isFinite(_);for(let K of[M,...z])K.setAttribute("visibility",O?"visible":"hidden");if(Y.textContent=O?`${V.x} ${ce(k)}, ${V.y} ${ce(_)}`:"",!O)continue;let P=(u+k*$).toFixed(1),I=(u+(1-_)*$).toFixed(1);M.setAttribute("cx",P),M.setAttribute("cy",I);let[j,G]=z;Object.entries({x1:P,y1:I,x2:P,y2:N-u}).forEach(([K,L])=>j.setAttribute(K,L)),Object.entries({x1:P,y1:I,x2:u,y2:I}).forEach(([K,L])=>G.setAttribute(K,L)),x.dataset.markerX=String(k),x.dataset.markerY=String(_)}}return X(e,["binary","curves"],E,o.signal),E(),{el:a,update:E,destroy:()=>{o.abort(),a.remove()}}}var Ts=60,Kt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Es(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function Ur({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),m=0,S=De({dom:t,cls:"cmw-label-threshold",write:$=>{let M=d();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite($))return;let z=M.thresholds.slice();z[m]=$,e.set("thresholds",z)},throttleMs:Ts,clock:r,signal:o.signal,onInput:$=>{let M=d();l.textContent=$.toFixed(_e(M?M.step:.01))}}),g=S.el,T=s("label","cmw-field");T.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(a,T,F,b,y);let E="label",f=!1;function p(){let $=d(),M=!!($&&$.kind==="multilabel");if(i.hidden=!M,!M)return;let z=e.get("labels"),Y=e.get("metrics").perClass,V=e.get("countDigits");m=Math.min(m,z.length-1),(c.options.length!==z.length||[...c.options].some((k,_)=>k.textContent!==z[_]))&&c.replaceChildren(...z.map((k,_)=>t.option(String(_),k))),c.value=String(m);let x=Array.isArray($.thresholds);T.hidden=!x,g.disabled=!!$.fixed,x&&!S.dragging()&&(S.range($.lo,$.hi,$.step),g.value=String($.thresholds[m]),l.textContent=Number($.thresholds[m]).toFixed(_e($.step))),N($,z,V),u($,z,Y,V)}function N($,M,z){let Y=$.tables[m]||[0,0,0,0],V=s("table","cmw-readout-table");V.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let k=V.createTBody();[["truly absent",0],["truly present",2]].forEach(([O,P])=>{let I=k.insertRow();I.append(s("th",null,O));for(let j of[P,P+1]){let[G,K]=Kt[j],L=s("td"),D=t.button("cmw-label-cell",`${K} ${ae(Y[j],z)}`);D.dataset.cell=G,D.disabled=!!$.fixed,U(D,"click",()=>e.send({type:"label_cell",label:m,cell:G}),o.signal),L.append(D),I.append(L)}}),F.replaceChildren(s("div","cmw-label-focus-title",M[m]??""),V);let _=$.focus;if(_&&_.label===m){let O=Kt.find(([I])=>I===_.cell)?.[1]??_.cell,P=_.indices.length<_.total?`first ${_.indices.length} of ${_.total}`:`${_.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${O} of ${M[m]}: ${P} samples`),s("div","cmw-indices",_.indices.join(", ")))}else b.replaceChildren()}function u($,M,z,Y){let V=s("tr"),x=(P,I)=>{let j=E===P,G=t.button(`cmw-sort${j?" cmw-sorted":""}`,j?`${I} ${f?"▼":"▲"}`:I);G.dataset.sort=P,U(G,"click",()=>{f=j?!f:P!=="label",E=P,p(),y.querySelector(`[data-sort="${P}"]`).focus()},o.signal);let K=s("th");return K.setAttribute("aria-sort",j?f?"descending":"ascending":"none"),K.append(G),K};V.append(x("label","label"),...Kt.map(([,P])=>s("th",null,P)),x("f1","F1"),x("support","support"));let k=s("thead");k.append(V);let _=s("tbody"),O=z.length===M.length?z:M.map(()=>({f1:NaN,support:NaN}));for(let P of Es(O,E,f)){let I=s("tr",P===m?"cmw-focused":null);I.dataset.label=String(P);let j=t.button("cmw-label-name",M[P]);U(j,"click",()=>{m=P,p()},o.signal);let G=s("th");G.append(j),I.append(G,...($.tables[P]||[]).map(K=>s("td",null,ae(K,Y))),s("td",null,ce(O[P].f1)),s("td",null,ae(O[P].support,Y))),_.append(I)}y.replaceChildren(k,_)}return U(c,"change",()=>{m=Number(c.value)||0,p()},o.signal),X(e,["scores","labels","metrics","countDigits"],p,o.signal),p(),{el:i,update:p,destroy:()=>{o.abort(),i.remove()}}}function Vr(e){let t=[jr(e),Br(e),Ur(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}function Wr({state:e,dom:t,signal:n}){let r=Z(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let S=o("p","cmw-sentence");for(let b of h.sentence){let y=String(b&&b.text!=null?b.text:"");S.append(b&&b.em?o("em",null,y):t.doc.createTextNode(y))}let g=o("div","cmw-selection-head");if(g.append(S,c()),i.append(g),!h.available){let b=e.get("table"),y=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",y));return}let T=yn(h);if(T.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(h.indices||[]).join(", ")),l(T));let F=Array.isArray(h.previews)?h.previews:[];F.length&&i.append(d(F))}function l(h){let S=o("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),S.append(g)}if(S.append(o("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),S.append(g)}return S}function d(h){let S=o("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let T=o("figure","cmw-preview-img"),F=o("img");F.src=g.src,F.alt=`sample ${g.index}`,T.append(F,o("figcaption",null,`#${g.index}`)),S.append(T)}else if(g.kind==="text"){let T=o("div","cmw-preview-text");T.append(o("span","cmw-idx",`#${g.index}`),o("span","cmw-snippet",String(g.text??""))),S.append(T)}}return S}let m=null;return U(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let S=h.target.closest("button[data-offset]");if(!S)return;let g=e.get("selection");m=g&&{cls:S.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(S.dataset.offset)})},r.signal),X(e,["selection","table","hasSelection"],()=>{let h=m;m=null;let S=t.doc.activeElement,g=S&&(i.contains(S)||S===t.doc.body);a();let T=e.get("selection");if(!h||!T||T.i!==h.i||T.j!==h.j||!g)return;let F=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}var Gr=e=>Math.round(e).toLocaleString("en-US");function Cs(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Gr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Gr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Ns(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function Kr({state:e,dom:t,signal:n}){let r=Z(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Cs(l);let d=Ns(e);c.hidden=!d,c.textContent=d||""}return X(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function $s(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Fs=60;function Hr({state:e,dom:t,signal:n,clock:r}){let o=Z(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,h=null,S=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,T=(p,N)=>g()?String(Number(p.toPrecision(6))):p.toFixed(_e(S(N)));function F(){let p=e.get("binary");if(i.hidden=!p,!p)return;let N=g();a.min=N?"0":String(p.lo),a.max=String(N?N.length-1:p.hi),a.step=N?"1":String(S(p));let u=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(u)&&(a.value=String(N?$s(N,u):u),l.textContent=T(u,p)),b(p)}function b(p){let N=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let M=u.createTBody(),z=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[V,...x]of z){let k=M.insertRow();k.append(s("th",null,V));for(let[_,O]of x){let P=s("td");P.append(s("span","cmw-tag",_),t.doc.createTextNode(` ${ae(O,N)}`)),k.append(P)}}let Y=s("div","cmw-readout-stats");for(let[V,x]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])Y.append(s("span","cmw-stat",`${V} ${ce(x)}`));d.replaceChildren(u,Y)}let y=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},E=Oe(y,Fs,r),f=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return U(a,"input",()=>{m=!0;let p=f(),N=e.get("binary");Number.isFinite(p)&&(l.textContent=N?T(p,N):p.toFixed(2)),E(p)},o.signal),U(a,"change",()=>{m=!1,E.cancel();let p=f();(p!==h||e.get("threshold")!==p)&&y(p)},o.signal),o.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table"],F,o.signal),F(),{el:i,update:F,destroy:()=>{o.abort(),i.remove()}}}var Os=300,Ps=200,Is=16;function Rs(e,t,n){let r=e-t-Is,o=Math.min(Pt,Math.max(n,1)*lt)+Ps;return t>0&&r>=Math.max(Os,Math.min(o,.6*e))?r:e}function Ds(e,t){let n=e.dom.h("div","cmw-main"),r=Vr(e);r.el.classList.add("cmw-side");let s=$r({...t,room:()=>Rs(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function Bs(e){let t=ir(e),n=hr(e);return[Xn({...e,extra:[t.button]}),t,Hr(e),Kr(e),Or(e),n.panel,Ds(e,n.matrixCtx),n.table,Rr(e),Hn(e),Wr(e),Fr(e)]}function Xr(e,t,n=performance.now()){let r=On(t.ownerDocument||document),o=new AbortController,s=Kn(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",U(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:d,lastMs:m,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=Bs({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var ht="cm-widget",zs="application/vnd.cm-widget.view+json",Ht="application/vnd.jupyter.widget-view+json",Yr=1e4,js="Saved view, no kernel behind it: run the cell to make it live.",Xt=null;async function Us(e){let t=Xt&&Xt[e];if(!t)throw new Error(`${ht}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Vs(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=en,e.head.appendChild(t)}async function Ws(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Fn(n):null}function qr(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Gs(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Ws(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),Yr))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=qr(this,"rendermime"),o=r&&r.rendermime,s=qr(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Ht in n.data&&o&&o.mimeTypes.includes(Ht))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(Ht);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:Yr),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Vs(r),s.textContent=js;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:Xr(Nn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Ks(){let{Panel:e}=await Us("@lumino/widgets"),t=Gs(e);return{id:`${ht}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[zs],defaultRank:-20,createRenderer:n=>new t(n)}}}function Hs(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[ht]={init:e=>{Xt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${ht} has no module ${e}`);let t=Hs()?[await Ks()]:[];return()=>({__esModule:!0,default:t})}});})();
