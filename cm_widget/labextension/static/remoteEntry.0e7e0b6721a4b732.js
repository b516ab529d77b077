(()=>{var on=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function sn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function an(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function kt(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function cn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":kt(t[o],t[o+1],t[o+2])}function ln(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function ho(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function wo([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function un(e,t){let n=ho(t);if(!n||wo(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function L(e,t,n){return e<t?t:e>n?n:e}var go=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function me(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ve(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=me(e),n=Math.floor(t.byteLength/8);if(go)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Ie(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var bo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},xo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Re(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=bo[e&&e.dtype]||Float64Array,r=me(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),c=vo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:c};if(xo||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:c};let a=new DataView(r.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new o(i);for(let m=0;m<i;m++)d[m]=a[l](s*m,!0);return{k:t,cols:n,counts:d,totals:c}}function vo(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function We(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function he(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,he(e,t,r,o)+he(e,t+r*o,n-r,o)}function rt(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return yo(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=he(e,c*o,o);for(let l=0;l<o;l++)i[c*o+l]=a===0?0:e[c*o+l]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let l=0;l<o;l++)c[l]+=e[a*o+l];for(let a=0;a<t;a++)for(let l=0;l<o;l++)i[a*o+l]=c[l]===0?0:e[a*o+l]/c[l]}else if(n==="all"){let c=he(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function yo(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function ot(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Ao(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function xe(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=Ao(a)}return r}function Mt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var So=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function dn(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?So.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function st(e){let t=me(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function it(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=kt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var nt=e=>Number(e.toPrecision(12));function at(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>nt(l*i)).find(l=>l>=s&&(!r||l<1||Number.isInteger(l)));c===void 0&&(c=nt(10*i)),r&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=o*(1+1e-12);l++){let d=nt(l*c);a.push([d/o,r?String(d):`${nt(d*100)}%`])}return a}function mn(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=me(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,l)=>{let d=m=>i.getFloat64(8*(4*l+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var _t=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lt=e=>Array.isArray(e)?e:[],Ge=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ct=e=>lt(e).map(Number).filter(Number.isInteger);function ko(e){let t=_t(e),n=lt(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(lt(r)[i])?Number(lt(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function Mo(e,t){let n=_t(e);if(typeof n.name!="string")return null;let o=Re(n.matrix),r=st(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ge(n.fixed),broken:Ge(n.broken),changed:Ge(n.changed)}}function pn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function fn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function _o(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var hn=(e,t)=>{let n=fn(e);return xe(_o(e,t),-n,n)};function wn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function gn(e,t=0){let n=Math.abs(fn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function To(e){let t=_t(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ct(t.entered),cameFrom:ct(t.came_from),left:ct(t.left),wentTo:ct(t.went_to),nEntered:Ge(t.n_entered),nLeft:Ge(t.n_left)}}var bn={runs:{raw:["_runs"],make:(e,t)=>ko(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Mo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>To(t("_moves"))}},xn=["run","compare"];var vn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],yn=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function $e(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=L(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?wn(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function Tt(e,t,n,o=0){let r=$e(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ce(t,o)})`}:{main:r,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function _e(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return L(o-(n?Number(n):0),0,6)}function An(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function Sn(e,t){return t?`${e}_r`:e}function Ct(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function kn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var Mn=[[`
`,"⏎"],["\r","␍"]];function Ke(e){let t=String(e);for(let[n,o]of Mn)t=t.split(n).join(o);return t}function Et(e,t){if(t!=null&&e===Ke(t))return String(t);let n=String(e);for(let[o,r]of Mn)n=n.split(r).join(o);return n}function _n(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Te(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function De(e,t){let n=Te(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(Co)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var Eo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function No(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Eo[e.dtype];return t?De(t,e.data):null}function $o(e){let t=Te(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function Cn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?De(Float64Array,t.weights):null,sampleIndex:t.sample_index?De(Uint32Array,t.sample_index):null,ids:No(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:De(Float32Array,t.outside.scores),weights:t.outside.weights?De(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Te(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=De(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=$o(t.cells);return n}var Fe=new Float32Array(1),Tn=new Int32Array(Fe.buffer);function Fo(e,t){return Fe[0]=e,Fe[0]===0?(Tn[0]=1,t?Fe[0]:-Fe[0]):(Tn[0]+=Fe[0]>0===t?1:-1,Fe[0])}function Nt(e){let t=Math.fround(e);return t>e?Fo(t,!1):t}function Be(e,t=-1/0,n=1/0){let o=Nt(Number(e));return Math.min(Math.max(o,Nt(t)),Nt(n))}function ut(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Be(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[l*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function En(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Be(o);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&r.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function $t(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Nn(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>$t(e,o))}function Oo(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Be(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?he(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var we=(e,t)=>t!==0?e/t:0;function Po(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let T=0;T<t;T++){let F=e[g*t+T];r[g]+=F,s[T]+=F,c+=F}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let l=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},f=0,v=0;for(let g=0;g<t;g++){let T={precision:we(o[g],s[g]),recall:we(o[g],r[g]),f1:we(2*o[g],r[g]+s[g]),support:r[g]};l.push(T);let F=we(r[g],a);for(let b of["precision","recall","f1"])d[b]+=T[b]/t,m[b]+=T[b]*F;r[g]>0&&(f+=1,v+=T.recall)}return{rows:l,accuracy:we(i,c),balancedAccuracy:f?v/f:0,macro:d,weighted:m}}function Ft(e,t,n=null,o=null){let r=Po(e,t,Oo(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function Io(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:we(e,e+n),fpr:we(t,t+o),precision:we(e,e+t),f1:we(2*e,2*e+t+n),mcc:we(e*o-t*n,r)}}function Ot(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Io(s(o,o),s(r,o),s(o,r),s(r,r))}}function $n(e){return e??"true"}function Fn(e,t,n,o,r,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Ro(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=c?" but the model ":r||a?" and predicted ":" but predicted ",f=` (${_n(o*100,1)}% of `,v;return i==="all"?v=[{text:`${f}all samples).`}]:i==="pred"&&c?v=[{text:`${f}the abstained samples).`}]:i==="pred"?v=[{text:f+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:v=[{text:f+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:m},{text:n,em:!0},...v]}function Ro(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Bo=40,zo="abstained";function jo(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Uo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var Vo=e=>e.every(t=>Number.isInteger(t));function On(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)jo(t,A.path,Te(A.data));let n=e.k,o=Cn(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=A=>{for(let y of r.get(A)||[])y()},d=(A,y)=>{t[A]=y,l(A)},m=Re(t._matrix),f=o?ut(o,t.threshold):Float64Array.from(We(m.counts,n,m.cols).square),v=m.cols===n+1?Array.from({length:n},(A,y)=>m.counts[y*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(f.buffer.slice(0))}}function T(A,y){let M=`${A},${y},${t.threshold}`;return s.key!==M&&(s.key=M,s.members=En(o,A,y,t.threshold)),s.members}function F(A,y,M,O){let P=0;if(O==="true")for(let R of y){for(let W=0;W<n;W++)P+=f[R*n+W];v&&(P+=v[R])}else for(let R=0;R<n;R++)if(O==="all"){for(let W=0;W<n;W++)P+=f[R*n+W];v&&(P+=v[R])}else for(let W of M)P+=W===n?v?v[R]:0:f[R*n+W];return P?A/P:0}function b(A,y,M,O,P,R,W,H={},X={}){let Q=0;for(let le of M)for(let ae of O)Q+=ae===n?v?v[le]:0:f[le*n+ae];let B=!!(o&&o.weights||!Vo(f)),j=$n(t.normalize),J;if(X.multilabel){let le=m.totals,ae=le?j==="true"?le.rows[A]:j==="pred"?le.cols[y]:le.all:0;J=ae?Q/ae:0}else J=F(Q,M,O,j);let re=o?R():[],Z=re.length,ie=Math.max(0,Math.min(Math.trunc(W)||0,Math.max(Z-1,0)));ie-=ie%i;let be=re.slice(ie,ie+i),fe=[];for(let le of be.slice(0,Bo)){let ae=e.previews&&e.previews[String($t(o,le))];ae&&fe.push(ae)}return{i:A,j:y,...H,sentence:Fn(Q,P[0],P[1],J,A===y,B,{basis:j,...X}),count:Q,total:Z,offset:ie,indices:o?Nn(o,be):[],page_size:i,previews:fe,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function S(A,y,M){let O=t.display_labels||[];return v&&y===n?b(A,y,[A],[y],[String(O[A]??A),zo],()=>[],M,{},{abstained:!0}):b(A,y,[A],[y],[String(O[A]??A),String(O[y]??y)],()=>T(A,y),M,{},{multilabel:c})}let C=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(C.length?n:0).fill(0);if(C.length){let A=t._groups.codes,y=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let M=0;M<n;M++)h[M]=n<=65536?y.getUint16(2*M,!0):y.getUint32(4*M,!0)}let p=A=>h.flatMap((y,M)=>y===A?[M]:[]);function E(A,y){if(o.kind==="binary"){let O=[];for(let P of p(A))for(let R of p(y))O.push(...T(P,R));return O.sort((P,R)=>P-R)}let M=[];for(let O=0;O<o.n;O++){let P=o.cells[O],R=Math.floor(P/n);h[R]===A&&h[P-R*n]===y&&M.push(O)}return M}function u(A,y,M){return b(A,y,p(A),p(y),[C[A],C[y]],()=>E(A,y),M,{group:!0})}function $(A=0){let y=t.selected,M=t.selected_group;Array.isArray(y)&&y.length===2?d("_selection",S(y[0],y[1],A)):Array.isArray(M)&&M.length===2?d("_selection",u(M[0],M[1],A)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function _(A){let y=e.orders&&e.orders[A];y&&(d("_order",{dtype:y.dtype,classes:Te(y.classes),groups:y.groups?Te(y.groups):null}),d("order",A))}function I(A,y,M,O=M){if(!(y===null||Array.isArray(y)&&y.length===2&&y.every((W,H)=>Number.isInteger(W)&&W>=0&&W<(H===0?M:O))))return;let R=A==="selected"?"selected_group":"selected";y!==null&&t[R]!=null&&(t[R]=null,l(R)),t[A]=y,l(A),$(0)}function z(A){if(!o||o.kind!=="binary"||!a)return;let y=Number(A);if(!Number.isFinite(y))return;let M=Be(Math.min(Math.max(y,a.lo),a.hi),a.lo,a.hi);t.threshold=M,f=ut(o,M),d("_matrix",g()),d("_binary",Ot(a,f,M)),d("_metrics",Ft(f,n,o,M)),l("threshold"),t.selected!=null&&$(0)}function U(A){let y=String(A),M=y.endsWith("_r")?y.slice(0,-2):y,O=e.luts[y]||e.luts[M];if(!O)return;let P=Te(O);d("_lut",e.luts[y]?P:Uo(P)),d("cmap",y)}return o&&o.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),f=ut(o,t.threshold),t._matrix=g(),t._binary=Ot(a,f,t.threshold),t._metrics=Ft(f,n,o,t.threshold)),{get:A=>t[A],on(A,y){return r.has(A)||r.set(A,new Set),r.get(A).add(y),()=>r.get(A).delete(y)},set(A,y){if(A==="threshold")return z(y);if(A==="cmap")return U(y);if(A==="normalize"){d(A,y??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(y)||y.length!==n)return;d(A,y.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(A==="selected")return I(A,y,n,v?n+1:n);if(A==="selected_group")return I(A,y,C.length);if(A==="order")return _(y);if(A==="errors_only")return d(A,y===!0);if(A==="level"){(y==="classes"||y==="groups"&&C.length)&&d(A,y);return}},send(A){A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(A.offset)||0)}}}var Wo="CMW1";async function Pn(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Go(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Ko(e){return new TextDecoder().decode(await Pn(e))}async function Ho(e){let t=await Pn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Wo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Go(o.subarray(c,c+a))}}return s})}async function In(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Ho(t):JSON.parse(n==="gzip"?await Ko(t):t)}var Xo=new Set(["button","input","select","textarea","summary","canvas"]);function Rn(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),Xo.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function V(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Yo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function qo(e){let t=me(e),n=Math.floor(t.byteLength/4);if(Yo)return new Float32Array(t.buffer,0,n);let o=new DataView(t.buffer);return Float32Array.from({length:n},(r,s)=>o.getFloat32(4*s,!0))}function Dn(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ve(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ve(e.curve.t),i=qo(e.curve.y),c=Math.min(s.length,i.length);c>0&&(n={t:s.subarray(0,c),y:i.subarray(0,c),n:c})}let o=e.least,r=o&&Number.isFinite(o.threshold)&&Number.isFinite(o.mean)?{threshold:o.threshold,mean:o.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:r}}function Bn(e,t,n,o,r){let s=t?n+1:n,i=Math.min(r,s),c=(m,f)=>f<n?e[m*n+f]:t[m],a=[],l=0,d=0;for(let m=0;m<n;m++){let f=0;for(let g=0;g<i;g++)f+=c(m,g)*o[m*r+g];let v=0;for(let g=0;g<s;g++)v+=c(m,g);a.push({total:f,mean:v!==0?f/v:0}),l+=f,d+=v}return{total:l,mean:d?l/d:0,perClass:a}}var Lo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pt(e,t){let n=me(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Lo)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function zn(e){if(!e||typeof e!="object")return null;let t=Pt(e.x,Float32Array),n=Pt(e.y,Float32Array),o=Pt(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var It=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function jn(e){if(!e||typeof e!="object")return null;let t=zn(e.roc),n=zn(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&It(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:It(e.auc),ap:It(e.ap),targets:o,undefinedBecause:s}}function Un(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function Vn(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var Zo={uint16:2,uint32:4};function Rt(e,t){let n=Zo[t];if(!n)return null;let o=me(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Wn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Gn=e=>Array.from({length:e},(t,n)=>n);function Kn(e,t,n){let o=e&&e.dtype,r=e?Rt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Rt(e.groups,o):null;return{classes:Wn(r,t)?r:Gn(t),groups:n?Wn(i,s)?i:Gn(s):null}}function Hn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Rt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function Xn(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:he(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var Jo=new Set(["normalize","cmap","threshold","display_labels","selected",...xn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),Qo=10,dt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Yn=e=>Array.isArray(e)?e:[],mt={matrix:{raw:["_matrix"],make:(e,t)=>Re(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>We(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Ct(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>rt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>We(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?pn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>ot(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:xe(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?hn(e("values"),e("k")):xe(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||st(t("_lut"))||an()},lutText:{uses:["lut"],make:e=>it(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:dn(t("values_format"),e("normalize"),Mt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Mt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?gn(e("values"),e("countDigits")):at(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>mn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=dt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=dt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Yn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Yn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>jn(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Dn(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Bn(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=dt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=dt(t("_table"));if(!n.engine)return null;let o=Ve(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...bn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Kn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Hn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Ct(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Xn(e("counts"),e("k"),Qo,es(e))},focus:{make:()=>null}},He={},qn=e=>{if(!He[e]){let t=mt[e];He[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(qn)])]}return He[e]};for(let e of Object.keys(mt))qn(e);function es(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>he(o,i*n,n)+r[i])}function Ln(e){let t=new Map,n=c=>{if(!mt[c])throw new Error(`unknown state key ${c}`);return mt[c]},o=c=>{let a=n(c),l=He[c].map(f=>e.get(f)),d=t.get(c);if(d&&d.raws.every((f,v)=>f===l[v]))return d.value;let m=a.make(o,f=>e.get(f));return t.set(c,{raws:l,value:m}),m};return{get:o,on:(c,a)=>{n(c);let l=He[c].map(d=>e.on(d,a));return()=>l.forEach(d=>d())},set:(c,a)=>{if(!Jo.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function K(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var ts=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ns(e,t){return`From ${e.name} to ${t}: ${ts(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function rs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function Zn({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,m,f,v,g){let T=r("div",a);if(T.append(r("div","cmw-moves-title",`${l} (${d})`)),!m.length)return T.append(r("span","cmw-hint","none")),T;let F=r("div","cmw-moves-list");return m.forEach((b,S)=>{let C=r("span","cmw-move"),h=f[S];C.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[h]??String(h)),t.doc.createTextNode(` in ${v}`)),F.append(C)}),T.append(F),d>m.length&&T.append(r("span","cmw-hint",`showing the first ${m.length} of ${d}`)),T}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=r("p","cmw-compare-summary",ns(a,l));d.title=rs(a,l),s.append(d);let m=e.get("moves");if(!m){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let f=e.get("labels"),v=r("p","cmw-moves-head");v.append(t.doc.createTextNode("Cell true "),r("em",null,f[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),r("em",null,f[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(v,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,f),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,l,f))}return K(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function Jn({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=yn.map(b=>{let S=i("cmw-seg-btn");return S.setAttribute("aria-label",b.label),S.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),S.dataset.value=b.value===null?"":b.value,a.append(S),S}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let b of vn)m.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),m);let f=t.option("cmw:compare"),v=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",v.append(g,s("span",null,"reverse")),c.append(a,d,v,...o);function T(){let b=e.get("normalize");for(let p of l){let E=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",E),p.setAttribute("aria-pressed",String(E))}let S=e.get("compareState");if(m.disabled=!!S,g.disabled=!!S,S){f.textContent=`${S.cmap} (better / worse)`,f.parentNode||m.append(f),m.value=f.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${S.name}; the colormap returns when compare mode ends.`;return}f.remove(),m.removeAttribute("title");let{base:C,reversed:h}=An(e.get("cmap"));[...m.options].some(p=>p.value===C)||m.append(t.option(C)),m.value=C,g.checked=h}let F=()=>e.set("cmap",Sn(m.value,g.checked));return V(a,"click",b=>{let S=b.target.closest(".cmw-seg-btn");S&&e.set("normalize",S.dataset.value||null)},r.signal),V(m,"change",F,r.signal),V(g,"change",F,r.signal),K(e,["normalize","cmap","compareState"],T,r.signal),T(),{el:c,update:T,destroy:()=>{r.abort(),c.remove()}}}var Qn={width:240,height:130,pad:34},os="http://www.w3.org/2000/svg";function Oe(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):oe(e):"–"}function ss(e,t){let n=e.perClass.map((o,r)=>`${t[r]??r} ${Oe(o.mean)}`).join(", ");return`Expected cost ${Oe(e.mean)} per sample (${Oe(e.total)} in total); per true class: ${n}.`}function is(e,t,n,o,r){let{width:s,height:i,pad:c}=r,a=m=>c+(m-t)/(n>t?n-t:1)*(s-2*c),l=m=>i-c+4-(o>0?m/o:0)*(i-c-12),d=new Array(e.n);for(let m=0;m<e.n;m++)d[m]=`${a(e.t[m]).toFixed(1)},${l(e.y[m]).toFixed(1)}`;return{points:d.join(" "),xs:a,ys:l}}function er({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("p","cmw-cost-sentence");r.hidden=!0;function s(){let i=e.get("expectedCost");r.hidden=!i,i&&(r.textContent=ss(i,e.get("labels")),r.dataset.mean=String(i.mean),r.dataset.total=String(i.total))}return K(e,["expectedCost","labels"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function tr({state:e,dom:t,signal:n}){let o=Y(n),{h:r,doc:s}=t,i=(I,z={})=>{let U=s.createElementNS(os,I);for(let[A,y]of Object.entries(z))U.setAttribute(A,String(y));return U},c=r("figure","cmw-curve cmw-cost");c.hidden=!0;let a=r("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:l,height:d,pad:m}=Qn,f=i("svg",{width:l,height:d,viewBox:`0 0 ${l} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});f.classList.add("cmw-cost-svg");let v=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),g=i("line",{class:"cmw-curve-guide cmw-cost-now"}),T=i("circle",{r:5,class:"cmw-cost-least"}),F=i("title");T.append(F);let b=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),S=i("text",{x:l/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});S.textContent="threshold";let C=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});C.textContent="cost";let h=i("text",{x:m-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});f.append(i("rect",{x:m,y:8,width:l-2*m,height:d-m-4,class:"cmw-curve-frame"}),v,g,T,b,S,C,h);let p=t.button("cmw-cost-snap","Move the threshold to the least cost"),E=r("p","cmw-cost-readout");c.append(a,f,p,E);let u=null,$=null;V(p,"click",()=>{let I=e.get("costs"),z=e.get("binary");I&&I.least&&z&&e.set("threshold",L(I.least.threshold,z.lo,z.hi))},o.signal);function _(){let I=e.get("costs"),z=e.get("binary");if(c.hidden=!(I&&I.curve&&I.least&&z),c.hidden)return;if($!==I||!u||u.lo!==z.lo||u.hi!==z.hi){let M=0;for(let R=0;R<I.curve.n;R++)M=Math.max(M,I.curve.y[R]);let O=is(I.curve,z.lo,z.hi,M,Qn);v.setAttribute("points",O.points),u={...O,lo:z.lo,hi:z.hi},h.textContent=Oe(M);let P=L(I.least.threshold,z.lo,z.hi);T.setAttribute("cx",u.xs(P).toFixed(1)),T.setAttribute("cy",u.ys(I.least.mean).toFixed(1)),F.textContent=`least cost ${Oe(I.least.mean)} at threshold ${P}`,Object.assign(c.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),$=I}let U=u.xs(L(z.threshold,z.lo,z.hi)).toFixed(1);for(let[M,O]of Object.entries({x1:U,x2:U,y1:8,y2:d-m+4}))g.setAttribute(M,String(O));let A=e.get("expectedCost"),y=A?A.mean:NaN;b.setAttribute("visibility",Number.isFinite(y)?"visible":"hidden"),Number.isFinite(y)&&(b.setAttribute("cx",U),b.setAttribute("cy",u.ys(y).toFixed(1))),p.disabled=Math.abs(y-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),E.textContent=`Now ${Oe(y)} per sample; least ${Oe(I.least.mean)} at threshold ${oe(L(I.least.threshold,z.lo,z.hi))}.`,c.dataset.mean=String(y)}return K(e,["costs","binary","expectedCost"],_,o.signal),_(),{el:c,update:_,destroy:()=>{o.abort(),c.remove()}}}var pt=64,Bt=800,nr=120,ft=6,as=6,Ye=2,cs=14,zt=140,ee=8,ve=20,jt=15,ge=6,Ut=16,Pe=14,Xe=6,Dt=8,Vt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function qe(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||pt,c=n.maxGrid||Bt,a=ee+ve+o+ge,l=ee,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(nr,t-a-s-ee-d*Xe)),f=n.view||Ce(e),v=e>0?f.v:0,g=v>0?Math.min(i,m/(v+d)):0;d&&g<Dt&&(g=Math.min(i,(m-Dt)/v)),g>=ft&&(g=Math.floor(g));let T=g*v,F=a+T+Xe,b=d?Math.max(g,Dt):0,S=d?F+b:a+T;return{k:e,v,r0:f.r0,c0:f.c0,room:m,cell:g,x0:a,y0:l,grid:T,extra:d,xExtra:F,xw:b,right:S,width:Math.ceil(S+s+ee),height:Math.ceil(l+T+ge+r+ve+ee+(Math.max(1,n.xTitleLines||1)-1)*jt)}}function rr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=ft&&(o=Math.floor(o)),Math.max(nr,o*(n+e.extra))}function ht(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function Ce(e){return{r0:0,c0:0,v:Math.max(0,e)}}function or(e,t){return e*as>t}function sr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/pt)))}function pe(e,t,n=1){if(!(t>0))return Ce(0);let o=e||Ce(t),r=L(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=L(Math.round(Number(o.r0)||0),0,t-r),i=L(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function ir(e,t,n,o,r=1){let s=pe(e,o,r);if(!(t>0)||!(o>0))return s;let i=L(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,m)=>m-(m-d)*i/s.v;return pe({r0:l(s.r0,c),c0:l(s.c0,a),v:i},o,r)}function ar(e,t,n,o,r=1){let s=pe(e,o,r);return pe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function wt(e,t,n,o=1){let r=pe(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return pe({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function cr(e,t,n,o,r=1){let s=pe(e,n,r),i=Math.min(s.v,Math.max(o,r));return pe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function lr(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+L((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function ur(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**L(-n/200,-1,1)}function Wt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function dr(e,t,n=cs){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Le(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Gt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=L(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,r)?l:-1}function Ze(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function mr(e,t,n,o=1,r=n){if(n<=0||!Vt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[L(s,0,n-1),L(i,0,r-1)]}var Ee=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ye=(e,t)=>e.y0+(t-e.r0)*e.cell,Kt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,pr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function fr({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let g=e.get("labels");l=g;let T=r("div","cmw-labels-list");a=g.map((b,S)=>{let C=r("label","cmw-label-row"),h=r("input","cmw-label-input");return h.type="text",h.value=Ke(b),h.dataset.index=String(S),C.append(r("span","cmw-label-idx",String(S)),h),T.append(C),h});let F=r("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(T,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function f(){let g=l,T=e.get("labels"),F=a.map((b,S)=>b.value!==Ke(g[S])?Et(b.value,g[S]):T[S]);m(!0),F.length===T.length&&F.some((b,S)=>b!==T[S])&&e.set("display_labels",F)}function v(){a&&a.length!==e.get("k")&&m()}return V(i,"click",()=>a?m():d(),o.signal),V(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),f()):g.key==="Escape"&&(g.preventDefault(),m(!0))},o.signal),V(c,"click",g=>{g.target.closest(".cmw-save")?f():g.target.closest(".cmw-cancel")&&m(!0)},o.signal),K(e,["labels","k"],v,o.signal),{el:c,button:i,update:v,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function hr({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ke(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,m=!1)=>{if(a)return;a=!0,c.abort();let f=Et(i.value,o);i.remove(),s(d&&f!==o?f:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ls=12;function us(e,t,n,o=ls){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function wr({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ce(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${$e(l.values[a],d)})`:m}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),f=us(s,a,d&&d[1]<a?d:d&&[d[0],null]),v=o("table"),g=o("caption",null,`Confusion matrix, rows ${f.rows+1}-${f.rows+f.side} and columns ${f.cols+1}-${f.cols+f.side} of ${a}: rows are the true label, columns the predicted label.`),T=o("tr");T.append(o("td"));for(let S=f.cols;S<f.cols+f.side;S++){let C=o("th",null,`Predicted ${l[S]}`);C.scope="col",T.append(C)}if(m){let S=o("th",null,"Abstained");S.scope="col",T.append(S)}let F=o("tbody");for(let S=f.rows;S<f.rows+f.side;S++){let C=o("tr"),h=o("th",null,`True ${l[S]}`);h.scope="row",C.append(h);let p=(E,u)=>{let $=o("td",null,u);d&&d[0]===S&&d[1]===E&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),C.append($)};for(let E=f.cols;E<f.cols+f.side;E++)p(E,i(S*a+E));m&&p(a,i(S,m)),F.append(C)}let b=o("thead");b.append(T),v.append(g,b,F),r.replaceChildren(v)}return K(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function ds(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:gr(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:gr(i),l=[];for(let d of a)if(r.has(d))for(let m of c[d])l.push({kind:"class",index:m,members:[m]});else l.push({kind:"group",index:d,members:c[d]});return l}function gr(e){return Array.from({length:e},(t,n)=>n)}function ms(e){return e.every(t=>t.kind==="class")}function Ht(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function ps(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let l=r[a];l>=0&&(s[c*o+l]+=e[i*t+a])}}return s}function br(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function fs(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=xe(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var xr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),hs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function vr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,S,C)=>{let h=o.get(b);if(h&&h.deps.length===S.length&&h.deps.every((E,u)=>E===S[u]))return h.value;let p=C();return o.set(b,{deps:S,value:p}),p},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>ds(r("k"),r("order"),r("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>ms(a())?a().map(b=>b.index):null),d=()=>{let b=l();return b!==null&&b.every((S,C)=>S===C)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),S=r("groups");return a().map(C=>C.kind==="class"?b[C.index]:`${S.names[C.index]} (${C.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=l();return b?Ht(r("counts"),r("k"),b):ps(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=l();return b?r("values")===r("counts")?f("counts"):Ht(r("values"),r("k"),b):rt(f("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),S=l();return!b||S===null?null:d()?b:{counts:br(b.counts,S),values:br(b.values,S)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===r("abstained")&&m.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:xe(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=m.abstainedRows();return fs(f("values"),b,p&&p.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let S=l();if(S)return{colors:Ht(r("colors"),r("k"),S),vmax:r("vmax")};let C=f("values"),h=ot(C);return{colors:xe(C,0,h),vmax:h}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),r("normalize"),r("colorbar")],()=>m.vmax()===r("vmax")?r("colorbar"):at(m.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),m.abstainedRows()],()=>{let b=a(),S=r("selected"),C=r("selectedGroup"),h=(u,$)=>b.findIndex(_=>_.kind===u&&_.index===$),p=u=>u===r("k")&&m.abstainedRows()?b.length:h("class",u),E=S?[h("class",S[0]),p(S[1])]:C?[h("group",C[0]),h("group",C[1])]:null;return E&&E[0]>=0&&E[1]>=0?E:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let S=p=>a().findIndex(E=>E.members.includes(p)),C=S(b.row),h=S(b.col);return C>=0&&h>=0?{r:C,c:h,outline:b.outline}:null})};function f(b){return xr.has(b)?m[b]():e.get(b)}function v(b,S){if(!xr.has(b))return e.on(b,S);let C=hs.map(p=>e.on(p,S)),h=()=>S();return n.add(h),()=>{C.forEach(p=>p()),n.delete(h)}}function g(b,S){let C=a();if(b==="selected"){if(S==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let h=C[S[0]],p=C[S[1]];if(h&&h.kind==="class"&&S[1]===C.length&&m.abstainedRows()){e.set("selected",[h.index,r("k")]);return}if(!h||!p)return;h.kind==="class"&&p.kind==="class"?e.set("selected",[h.index,p.index]):h.kind==="group"&&p.kind==="group"&&e.set("selected_group",[h.index,p.index]);return}if(b==="display_labels"){let h=r("labels").slice();S.forEach((p,E)=>{C[E]&&C[E].kind==="class"&&(h[C[E].index]=p)}),e.set("display_labels",h);return}e.set(b,S)}function T(){t.version+=1;for(let b of[...n])b()}return{get:f,on:v,set:g,send:b=>e.send(b),local:{expand(b,S){S?t.expanded.add(b):t.expanded.delete(b),T()},expanded:()=>new Set(t.expanded),focus(b,S,C=!1){t.focus=b==null?null:{row:b,col:S,outline:C},T()}}}}var yr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ws=8,gs=12,bs=20;function xs(e,t,n=ws){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(o);l===0?r.push(c):l>0&&s.push(c)}),r.concat(s).slice(0,n)}function vs(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function ys(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Ar({state:e,display:t,dom:n,signal:o}){let r=Y(o),s=(B,j,J)=>V(B,j,J,r.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let f=i("select","cmw-order-select");f.title="Order of the classes";for(let[B,j]of yr)f.append(a(B,j));let v=a("list","Custom (from Python)");v.disabled=!0,f.append(v),m.append(f);let g=i("label","cmw-errors-only-label"),T=i("input","cmw-errors-only");T.type="checkbox",g.append(T,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),F.append(b),d.append(m,g,F);let S=i("div","cmw-expand");S.setAttribute("role","group"),S.setAttribute("aria-label","Expand groups");let C=i("div","cmw-search"),h=i("label","cmw-search-label");h.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let E=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",E),h.append(p);let u=i("ul","cmw-matches");u.id=E,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,C.append(h,u);let $=i("details","cmw-top"),_=i("summary","cmw-top-title","Largest errors"),I=!1;s(_,"click",()=>{I=!0}),_.id=`${E}-top`;let z=i("ol","cmw-top-list");z.setAttribute("aria-labelledby",_.id),$.append(_,z);let U=i("div","cmw-sr");U.setAttribute("aria-live","polite"),U.setAttribute("role","status"),l.append(d,S,C,$,U);let A=B=>{U.textContent=B};s(f,"change",()=>{e.set("order",f.value),A(`Order: ${f.selectedOptions[0].textContent}.`)}),s(T,"change",()=>{e.set("errors_only",T.checked),A(T.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),A(`Showing ${b.value}.`)}),s(S,"change",B=>{let j=B.target.closest("input[data-group]");j&&(t.local.expand(Number(j.dataset.group),j.checked),A(`${j.checked?"Expanded":"Collapsed"} ${j.parentElement.textContent.trim()}.`))});function y(B){let j=e.get("labels");p.value=j[B],M(),t.local.focus(B,B,!0),A(`Found ${j[B]}: its row and column are outlined.`)}function M(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function O(){let B=e.get("labels"),j=xs(B,p.value);u.replaceChildren(...j.map((J,re)=>{let Z=i("li","cmw-match",B[J]);return Z.id=`${E}-${re}`,Z.setAttribute("role","option"),Z.dataset.cls=String(J),Z})),u.hidden=j.length===0,p.setAttribute("aria-expanded",String(j.length>0)),p.value.trim()||t.local.focus(null)}function P(B){let j=[...u.children];if(!j.length)return null;let J=j.findIndex(Z=>Z.getAttribute("aria-selected")==="true"),re=B===0?Math.max(J,0):(J+B+j.length)%j.length;return j.forEach((Z,ie)=>Z.setAttribute("aria-selected",String(ie===re))),p.setAttribute("aria-activedescendant",j[re].id),j[re]}s(p,"input",O),s(p,"keydown",B=>{if(B.key==="ArrowDown"||B.key==="ArrowUp")P(B.key==="ArrowDown"?1:-1),B.preventDefault();else if(B.key==="Enter"){let j=P(0);j&&y(Number(j.dataset.cls)),B.preventDefault()}else B.key==="Escape"&&!u.hidden&&(M(),B.preventDefault())}),s(u,"click",B=>{let j=B.target.closest("li[data-cls]");j&&y(Number(j.dataset.cls))}),s(z,"click",B=>{let j=B.target.closest("button[data-i]");if(!j)return;let[J,re]=[Number(j.dataset.i),Number(j.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[J,re]),t.local.focus(J,re,!1)});function R(){let B=e.get("k");l.hidden=B<=2,C.hidden=B<=gs;let j=e.get("orderChoices");for(let Z of f.options)Z.value!=="list"&&(Z.disabled=j!==null&&!j.includes(Z.value),Z.title=Z.disabled?"Needs a live kernel":"");let J=e.get("orderName");f.value=yr.some(([Z])=>Z===J)?J:"list",T.checked=e.get("errorsOnly");let re=e.get("groups");F.hidden=!re,b.value=e.get("level"),W(re),H()}function W(B){let j=t.local.expanded(),J=!!B&&e.get("level")==="groups";if(S.hidden=!J,!J)return;let re=B.names.map((Z,ie)=>{let be=i("label","cmw-expand-item"),fe=i("input");return fe.type="checkbox",fe.dataset.group=String(ie),fe.checked=j.has(ie),be.append(fe,n.doc.createTextNode(` ${Z}`)),be});S.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function H(){let B=e.get("labels"),j=e.get("top");_.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${j.length})`,I||($.open=e.get("k")>bs),z.replaceChildren(...j.map(J=>{let re=i("li"),Z=c("cmw-top-item",vs(B,J));return Z.dataset.i=String(J[0]),Z.dataset.j=String(J[1]),re.append(Z),re})),$.hidden=j.length===0}let X=e.get("selection");function Q(){let B=e.get("selection");B!==X&&A(ys(B)),X=B}return K(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],R,r.signal),K(e,["selection"],Q,r.signal),R(),{el:l,update:R,destroy:()=>{r.abort(),l.remove()}}}function Sr(e){let t=vr(e.state),n=Ar({...e,display:t}),o=wr({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var de=12,gt="abstained",Xt=8,As=13;function kr(e){return Array.from({length:256},(t,n)=>sn(e,n))}function Mr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(ln(n,o,r*r),r,r),0,0),s}function _r(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,ye(t,r),t.xw,t.cell)}function Tr(e,t,n,o,r){if(t.cell<ft){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect(Ee(t,c),ye(t,i),t.cell,t.cell)}function Cr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Er(e,t,n,o){let r=t.k,s=Math.min(As,Math.floor(t.cell*.3));if(s<Xt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=ye(t,l)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let f=Tt(n.values[l*r+m],n.counts[l*r+m],n.fmt,n.countDigits);c.push([Ee(t,m)+t.cell/2,d,f,n.colors[l*r+m]])}if(i){let m=Tt(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[l]])}}let a=Ss(e,c.map(l=>l[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,m,f]of c)e.fillStyle=cn(n.lutText,n.lut,f),a.mode==="two"?(e.font=a.font,e.fillText(m.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,l,d))}}function Ss(e,t,n,o,r){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(l(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=Xt;a--){let l=`${a}px ${r.family}`,d=Math.max(Xt-1,Math.round(a*.8)),m=`${d}px ${r.family}`;if(!(i(l,v=>v.main)>s))return c?n>=a*2.4+d&&i(m,v=>v.sub)<=s?{mode:"two",px:a,font:l,subFont:m}:i(l,v=>`${v.main} ${v.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Nr(e,t,n,o,r,s,i,c){let a=C=>e.measureText(C).width;e.font=c(de),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let C of Le(t.v,r.step,t.r0)){let h=ye(t,C)+t.cell/2;e.fillText(Ze(n[C],o,a),t.x0-ge,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let l=t.y0+t.grid+ge,d=Le(t.v,r.step,t.c0).map(C=>[Ee(t,C)+t.cell/2,n[C],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,gt,r.extraRotated]);for(let[C,h,p]of d){let E=Ze(h,o,a);e.moveTo(Math.round(C)+.5,t.y0+t.grid),e.lineTo(Math.round(C)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(C,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(E,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(E,C,l))}e.stroke(),e.font=c(de,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],f=t.y0+t.grid+ge+r.height+ve/2+2,v=Math.max(...m.map(a)),g=L(t.x0+t.grid/2,ee+v/2,Math.max(ee+v/2,t.width-ee-v/2));m.forEach((C,h)=>e.fillText(C,g,f+h*jt));let T=Math.max(t.grid,t.height-2*ee),F=String(s.y),b=a(F)<=T?F:Ze(F.split(" (")[0],T,a),S=L(t.y0+t.grid/2,ee+a(b)/2,Math.max(ee,t.height-ee-a(b)/2));e.save(),e.translate(ee+ve/2,S),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function $r(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Ut+Pe+6+n+ve)}function ks(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Pe)*i)/i-c,l=Math.round(n*i),d=Math.round((n+o)*i)-l,m=v=>Math.min(255,Math.floor((v+.5)/d*256)),f=0;for(let v=1;v<=d;v++)v<d&&m(v)===m(f)||(e.fillStyle=r[m(f)],e.fillRect(c,(l+d-v)/i,a,(v-f)/i),f=v)}function Fr(e,t,n,o,r,s,i=""){if(i){e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let l=f=>e.measureText(f).width,d=Ze(String(i),Math.max(t.grid,t.height-2*ee),l),m=L(t.y0+t.grid/2,ee+l(d)/2,Math.max(ee,t.height-ee-l(d)/2));e.save(),e.translate(t.width-ee-ve/2,m),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Ut,a=t.grid;ks(e,c,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(c-.5,t.y0-.5,Pe+1,a+1),e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let m=t.y0+a*(1-L(Number(l)||0,0,1));e.moveTo(c+Pe,Math.round(m)+.5),e.lineTo(c+Pe+3,Math.round(m)+.5),e.fillText(String(d),c+Pe+5,L(m,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Or(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ye(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(Ee(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Pr(e,t,n,o,r){let s=([i,c],a,l,d)=>{if(!pr(t,[i,c]))return;let m=Math.max(Kt(t,c),8),f=Math.max(t.cell,8),v=Ee(t,c)+Kt(t,c)/2-m/2,g=ye(t,i)+t.cell/2-f/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(v+d,g+d,m-2*d,f-2*d),e.strokeStyle=a,e.strokeRect(v+d/2,g+d/2,m-d,f-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Ir={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ms={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function _s(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Ir[e.normalize]?(l=(e.multilabel?Ms:Ir)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(r+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:r,y:s,bar:l,badges:a}}function Rr(e){let t=e("compareState");return _s({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Dr(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var Ts=720,Cs=64,Es=200,Ns={true:"of its true row",pred:"of its predicted column",all:"of all samples"},$s={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Fs=4,Br={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Os=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],Ps={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Is=24;function zr({state:e,dom:t,signal:n,report:o=c=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=Y(n),a=(w,x,k,N)=>V(w,x,k,c.signal,N),{doc:l,h:d,button:m}=t,f=d("div","cmw-matrix"),v=d("div","cmw-zoom");v.setAttribute("role","group"),v.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let T=m("cmw-zoom-in","+");T.setAttribute("aria-label","Zoom in"),T.title="Zoom in (+)";let F=m("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),v.append(g,T,F,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),v.hidden=!0;let S=d("div","cmw-mode");S.setAttribute("aria-live","polite"),S.hidden=!0;let C=d("div","cmw-plot"),h=d("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let p=d("div","cmw-tooltip");p.hidden=!0,C.append(h,p);let E=d("div","cmw-sr");E.setAttribute("aria-live","polite"),f.append(S,v,C,E);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},_=w=>e.get(w),I=w=>{let x=_("lut"),k=_("compareState")?x:un(x,w);return k===x?{lut:x,lutText:_("lutText")}:(($.themedOf[0]!==x||$.themedOf[1]!==w)&&($.themed={lut:k,lutText:it(k)},$.themedOf=[x,w]),$.themed)},z=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=kr(w)),$.cssOf=w,$.css},U=()=>{let w=_("colors"),x=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===x||($.bitmap=Mr(l,$.bitmap,w,x,_("k")),$.bitmapOf=[w,x]),$.bitmap};function A(w,x){let k=w.font,N=$.widths.get(k);if(N&&N.texts===x)return N.w;let D=0;for(let q of x)D=Math.max(D,w.measureText(q).width);return $.widths.set(k,{texts:x,w:D}),D}function y(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||X()}))}function M(){let w=l.defaultView,x=w&&w.getComputedStyle?w.getComputedStyle(f):null,k=(N,D)=>(x&&x.getPropertyValue(N)||"").trim()||D;return{fg:x&&x.color||"#1f1f1f",muted:k("--cmw-muted","#616161"),accent:k("--cmw-accent","#1976d2"),border:k("--cmw-border","#bdbdbd"),bg:k("--cmw-bg","#ffffff"),family:x&&x.fontFamily||"sans-serif"}}let O=()=>(s?s():f.clientWidth)||Ts;function P(){let w=f.closest(".cmw"),x=l.defaultView;if(!w||!x||!f.isConnected||!w.getClientRects().length)return 1/0;let k=null;for(let G=w.parentElement;G&&G!==l.body&&G!==l.documentElement;G=G.parentElement){let se=x.getComputedStyle(G).overflowY;(se==="auto"||se==="scroll")&&G.clientHeight>=Es&&(k=G)}if(!k&&x.top!==x)return 1/0;let N=Math.min(x.innerHeight,k?k.clientHeight:x.innerHeight);if(!(N>0))return 1/0;let D=G=>G.getBoundingClientRect().top,q=G=>G.getBoundingClientRect().bottom,te=Cs,ne=[...w.children].find(G=>G.contains(f));if(ne&&ne!==f){let G=[...ne.children].filter(se=>se!==f&&se.getClientRects().length&&D(se)>=q(f)-1);G.length&&(te+=Math.max(...G.map(q))-q(f))}for(let G=ne?ne.nextElementSibling:null;G&&!G.classList.contains("cmw-selection");G=G.nextElementSibling)G.getClientRects().length&&!G.classList.contains("cmw-sr")&&(te+=G.getBoundingClientRect().height);return Math.floor(N-(D(h)-D(w))-te)}function R(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let W=w=>w+(w>0&&_("abstained")?1:0),H=w=>w[1]>=_("k")?[w[0],u.view?u.view.c0:0]:w;function X(){let w=performance.now(),x=_("k");x!==u.k&&R(x);let k=_("abstained");u.cols=W(x),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let N=h.getContext("2d");if(!N)return;let D=M();$.drawn=I(D.bg),u.detached=!f.isConnected;let q=(ke,Me)=>`${Me?"600 ":""}${ke}px ${D.family}`,te=_("labels");u.width=O(),N.font=q(de);let ne=Math.min(zt,Math.max(40,Math.round(u.width*.2))),G=Math.ceil(Math.min(ne,A(N,te))),se=_("colorbar"),je=$r(N,se),Se=Rr(_);Q(Se.badges),u.height=P();let tt={yLabelWidth:G,rightWidth:je,extra:k?1:0,xTitleLines:1,xLabelHeight:Math.min(zt,A(N,te))},Ue;for(let ke=0;ke<3;ke++){let Me=qe(x,u.width,{...tt,maxGrid:Ue}),St=rr(Me,u.height);if(St===void 0||St===Ue)break;Ue=St}let tn=qe(x,u.width,{yLabelWidth:G,rightWidth:je,extra:k?1:0,maxGrid:Ue});u.zoomable=x>0&&or(x,tn.room),u.vMin=sr(x,tn.room);let vt=u.zoomable?pe(u.view,x,u.vMin):Ce(x);u.view=u.zoomable?vt:null;let nn={yLabelWidth:G,rightWidth:je,view:vt,extra:k?1:0,maxGrid:Ue},yt=qe(x,u.width,nn);u.step=dr(vt.v,yt.cell),u.xLabels=re(N,te,yt,ne),N.font=q(de,!0);let rn=Dr(Se.x,Math.max(yt.width-2*ee,60),ke=>N.measureText(ke).width);N.font=q(de);let ue=qe(x,u.width,{...nn,xLabelHeight:u.xLabels.height,xTitleLines:rn.length});u.layout=ue,u.yLabelW=G,j(N,ue);let At=_("colors");if(x===0)N.fillStyle=D.muted,N.font=q(de),N.fillText("No data",ee,ee+de);else{At.length>=x*x&&Tr(N,ue,At,z(),U),k&&_r(N,ue,k.colors,z()),Cr(N,ue,D),Er(N,ue,{values:_("values"),counts:_("counts"),colors:At,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:_("fmt"),countDigits:_("countDigits"),abstained:k},D),Nr(N,ue,te,ne,{step:u.step,...u.xLabels},{x:rn,y:Se.y},D,q),Fr(N,ue,se,z(),D,q,Se.bar);let ke=u.cursor&&h.matches(":focus")?u.cursor:null;Pr(N,ue,_("selected"),ke,D);let Me=_("focus");Me&&Me.outline&&Or(N,ue,Me.r,Me.c,D)}B(ue),J(ue,x,w,Se)}function Q(w){let x=[...S.children].map(k=>k.textContent);x.length===w.length&&x.every((k,N)=>k===w[N])||(S.replaceChildren(...w.map(k=>d("span","cmw-badge",k))),S.hidden=w.length===0)}function B(w){v.hidden=!u.zoomable,u.zoomable&&(b.textContent=Wt(w,w.k),T.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function j(w,x){let k=l.defaultView&&l.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(x.width*k)),D=Math.max(1,Math.round(x.height*k));(h.width!==N||h.height!==D)&&(h.width=N,h.height=D),h.style.width=`${x.width}px`,h.style.height=`${x.height}px`,w.setTransform(k,0,0,k,0,0),w.clearRect(0,0,x.width,x.height)}function J(w,x,k,N){let D=performance.now();h.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let q=null;!u.firstDrawn&&x>0&&(u.firstDrawn=!0,q=D-(u.draws===1?r:k)),o({k:x,draws:u.draws,lastMs:D-k,firstMs:q,view:{r0:w.r0,c0:w.c0,v:w.v}}),h.dataset.cellX0=String(w.x0),h.dataset.cellY0=String(w.y0),h.dataset.cellSize=String(w.cell),h.dataset.viewRow0=String(w.r0),h.dataset.viewCol0=String(w.c0),h.dataset.viewSize=String(w.v),h.dataset.cols=String(u.cols),h.dataset.extraX0=w.extra?String(w.xExtra):"",h.dataset.extraWidth=w.extra?String(w.xw):"",h.dataset.xTitle=N.x,h.dataset.yTitle=N.y,h.dataset.barTitle=N.bar,h.setAttribute("aria-label",`Confusion matrix of ${x} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Wt(w,x)}; plus and minus zoom, 0 shows all.`:""))}function re(w,x,k,N){let D=0;if(u.zoomable)D=A(w,x);else for(let se of Le(k.k,u.step))D=Math.max(D,w.measureText(x[se]).width);D=Math.min(N,D);let q=D>u.step*k.cell-4,te=k.extra?w.measureText(gt).width:0,ne=k.extra>0&&(q||te>k.xw+Xe-2),G=Math.max(q?D:de+2,ne?te:0);return{rotated:q,extraRotated:ne,height:Math.ceil(G)}}function Z(w,x){u.editor&&u.editor.finish(!1);let k=u.layout,N=w==="y"?Math.max(u.yLabelW+ge+4,100):120,D=Ee(k,x)+k.cell/2,q=w==="y"?k.x0-N:L(D-N/2,0,Math.max(0,k.width-N)),te=w==="y"?ye(k,x)+k.cell/2-11:k.y0+k.grid+ge,ne={left:h.offsetLeft+Math.max(0,q),top:h.offsetTop+te,width:N},G=_("labels");u.editor=hr({dom:t,host:C,box:ne,name:G[x],index:x,done:(se,je)=>{u.editor=null;let Se=_("labels");if(se!==null&&x<Se.length){let tt=Se.slice();tt[x]=se,e.set("display_labels",tt)}je&&h.focus({preventScroll:!0})}})}function ie(w,x=!1){let k=h.getBoundingClientRect(),N=u.lastUp;return x&&N&&Math.abs(N.x-w.clientX)<1&&Math.abs(N.y-w.clientY)<1?[N.x-k.left,N.y-k.top]:[w.clientX-k.left,w.clientY-k.top]}function be(w,x){let k=u.layout;if(!k||k.k===0)return null;let N=de/2+1;if(w>=ee+ve&&w<k.x0&&x>=k.y0-N&&x<k.y0+k.grid+N){let te=Gt(x-k.y0,k.cell,u.step,k.k,N,k.r0,k.v);return te>=0?{axis:"y",index:te}:null}let D=k.y0+k.grid,q=k.x0+k.grid+(k.extra?Xe/2:20);if(x>=D&&x<D+ge+u.xLabels.height&&w>=k.x0-20&&w<q){let te=u.xLabels.rotated?N:u.step*k.cell/2,ne=Gt(w-k.x0,k.cell,u.step,k.k,te,k.c0,k.v);return ne>=0?{axis:"x",index:ne}:null}return null}function fe([w,x]){let k=_("k"),N=_("labels"),D=_("abstained");if(x>=k&&D){let G=[`True: ${N[w]}`,`Predicted: ${gt}`,`Count: ${ce(D.counts[w],_("countDigits"))}`],se=_("fmt");return se.kind==="percent"&&G.push(`Shown: ${$e(D.values[w],se)} ${Ps[_("normalize")]||""}`.trim()),G.join(`
`)}let q=w*k+x,te=[`True: ${N[w]}`,`Predicted: ${N[x]}`,`Count: ${ce(_("counts")[q],_("countDigits"))}`],ne=_("fmt");if(ne.kind==="delta"&&te.push(`Change: ${$e(_("values")[q],ne)} since the compared run`),ne.kind==="percent"){let G=(_("multilabel")?$s:Ns)[_("normalize")]||"";te.push(`Shown: ${$e(_("values")[q],ne)} ${G}`.trim())}return te.join(`
`)}function le(w,x,k){p.textContent=w,p.hidden=!1;let N=h.offsetLeft+x+14;N+p.offsetWidth+4>C.clientWidth&&(N=Math.max(0,h.offsetLeft+x-p.offsetWidth-10));let D=h.offsetTop+k+14;D+p.offsetHeight+4>C.clientHeight&&(D=Math.max(0,h.offsetTop+k-p.offsetHeight-10)),p.style.left=`${N}px`,p.style.top=`${D}px`}let ae=()=>u.zoomable&&u.view!==null&&u.view.v<_("k");function Ae(w){let x=_("k"),k=pe(w,x,u.vMin),N=u.view||Ce(x);return k.r0===N.r0&&k.c0===N.c0&&k.v===N.v?!1:(u.view=k,p.hidden=!0,y(),!0)}function Qe(w,x=null){if(!u.zoomable||!u.layout)return;let k=u.layout;Ae(ir(k,w,x,k.k,u.vMin))}function oo(w){w.target.closest(".cmw-zoom-in")?Qe(Ye):w.target.closest(".cmw-zoom-out")?Qe(1/Ye):w.target.closest(".cmw-zoom-fit")&&Ae(Ce(_("k")))}function so(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[x,k]=ie(w);Qe(ur(w.deltaY,w.deltaMode),lr(x,k,u.layout))}function io(w){if(u.panned=!1,u.pan=null,w.button!==0||!ae())return;let[x,k]=ie(w);ht(x,k,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function ao(w){let x=u.pan,k=w.clientX-x.x,N=w.clientY-x.y;if(!x.moved){if(Math.hypot(k,N)<Fs)return;x.moved=!0,p.hidden=!0;try{h.setPointerCapture(x.id)}catch{}}h.style.cursor="grabbing",Ae(ar(x.view,-N/x.cell,-k/x.cell,_("k"),u.vMin))}function co(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,h.style.cursor="grab"),u.pan=null}function lo(w){if(u.pan&&u.pan.id===w.pointerId&&(ao(w),u.pan.moved))return;let[x,k]=ie(w),N=ht(x,k,u.layout);if(N){le(fe(N),x,k),h.style.cursor=ae()?"grab":"pointer";return}let D=be(x,k);if(h.style.cursor=D?"text":"default",D){let q=D.axis==="y"?"True class":"Predicted class";le(`${q} ${D.index}: ${_("labels")[D.index]}
(double-click to rename)`,x,k)}else p.hidden=!0}function uo(w){if(u.panned){u.panned=!1;return}let[x,k]=ie(w,!0),N=ht(x,k,u.layout);N?(u.cursor=N,e.set("selected",N),y()):!be(x,k)&&_("selected")!=null&&e.set("selected",null)}function mo(w){let[x,k]=ie(w,!0),N=be(x,k);N&&(w.preventDefault(),p.hidden=!0,Z(N.axis,N.index))}function po(w){let x=_("k");if(x===0)return;let k=!0;if(Vt.has(w.key)){let N=u.cursor||_("selected")||(ae()?[u.view.r0,u.view.c0]:null);u.cursor=mr(N,w.key,x,w.shiftKey?10:1,W(x)),ae()&&Ae(wt(u.view,H(u.cursor),x,u.vMin)),E.textContent=fe(u.cursor).replace(/\n/g,", "),y()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Br[w.key]){let N=Br[w.key];if(N==="fit")Ae(Ce(x));else{let D=u.cursor?H(u.cursor):null;Qe(N==="in"?Ye:1/Ye,D?[D[0]+.5,D[1]+.5]:null),D&&ae()&&Ae(wt(u.view,H(u.cursor),x,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let N=u.cursor||_("selected")||[0,0];u.cursor=N,e.set("selected",[N[0],N[1]])}else k=!1;k&&w.preventDefault()}a(h,"pointerdown",io),a(h,"pointermove",lo),a(h,"pointerleave",()=>{p.hidden=!0}),a(h,"pointerup",co),a(h,"pointercancel",()=>{u.pan=null}),a(h,"wheel",so,{passive:!1}),a(v,"click",oo),a(h,"click",uo),a(h,"dblclick",mo),a(h,"keydown",po),a(h,"focus",y),a(h,"blur",y);let Jt=()=>{let w=P();return w!==u.height&&!(Math.abs(w-u.height)<1)},Ne=l.defaultView;if(Ne&&typeof Ne.ResizeObserver<"u"){let w=new Ne.ResizeObserver(()=>{(u.detached||Math.abs(O()-u.width)>=1||Jt())&&y()});for(let k of[f,...i])w.observe(k);let x=f.closest(".cmw");x&&w.observe(x),a(Ne,"resize",()=>{Jt()&&y()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ne&&typeof Ne.MutationObserver<"u"&&l.body){let w=null,x=new Ne.MutationObserver(()=>{clearTimeout(w),w=setTimeout(y,100)});x.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{x.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let et=_("selected"),Qt=_("focus");function en(){let w=_("selected"),x=_("focus"),k=w&&!(et&&w[0]===et[0]&&w[1]===et[1]);x!==Qt&&x&&u.zoomable?Ae(cr(u.view,[x.r,x.c],_("k"),Is,u.vMin)):k&&ae()&&Ae(wt(u.view,H(w),_("k"),u.vMin)),et=w,Qt=x,X()}return K(e,Os,en,c.signal),X(),{el:f,update:en,destroy:()=>{c.abort(),f.remove()}}}function jr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,T)=>g.append(r("td","cmw-num",T));i.replaceChildren();let f=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])f.append(r("th",null,g));let v=i.createTBody();for(let g of l.perClass){let T=v.insertRow(),F=r("th",null,g.label);F.title=F.textContent,T.append(F);for(let b of["precision","recall","f1"])m(T,oe(g[b]));m(T,ce(g.support,d))}for(let[g,T]of l.summary.entries()){let F=v.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(r("th",null,String(T.name??""))),"value"in T)for(let b of["","",oe(T.value),""])m(F,b);else{for(let b of["precision","recall","f1"])m(F,oe(T[b]));m(F,ce(T.support,d))}}}return V(s,"toggle",()=>{s.open&&c&&a()},o.signal),K(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Ur({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return K(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function ze({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Ie(n,r,s);return V(c,"input",()=>{a=!0,o&&o(l()),d(l())},i),V(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(m,f,v){c.min=String(m),c.max=String(f),c.step=String(v)}}}var Rs=60,Vr=700,bt="http://www.w3.org/2000/svg",Je={w:240,h:56,pad:6};function Wr(e,{w:t,h:n,pad:o}=Je){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Ds(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Gr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{doc:s,h:i,button:c,option:a}=t,l=o||{now:()=>Date.now(),setTimeout:(M,O)=>setTimeout(M,O),clearTimeout:M=>clearTimeout(M)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let f=i("output","cmw-run-name"),v=()=>e.get("runs").names,g=M=>{let O=v();M>=0&&M<O.length&&O[M]!==e.get("run")&&e.set("run",O[M])},T=ze({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Rs,clock:o,signal:r.signal,onInput:M=>{y(),f.textContent=v()[M]??""}}),F=T.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let S=i("select","cmw-compare-pick");S.setAttribute("aria-label","Compare with");let C=i("label","cmw-field");C.append(i("span",null,"Compare with"),S);let h=i("div","cmw-runs-top");h.append(m,F,f,b,C);let p=s.createElementNS(bt,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${Je.w} ${Je.h}`),p.setAttribute("width",String(Je.w)),p.setAttribute("height",String(Je.h));let E=i("div","cmw-history-legend");E.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,E),d.append(h,u),d.hidden=!0;let $=null;function _(){let M=e.get("runs"),O=e.get("run");if(d.hidden=M.names.length<2,d.hidden){y();return}let P=M.names.indexOf(O);F.max=String(M.names.length-1),!T.dragging()&&P>=0&&(F.value=String(P)),T.dragging()||(f.textContent=O);let R=Ds(M.names,O);b.textContent=R,b.hidden=!R,I(M.names,e.get("compare")),z(M,P)}function I(M,O){let P=a("","none");S.replaceChildren(P,...M.map(R=>a(R))),S.value=O!=null&&M.includes(O)?O:""}function z(M,O){let P=[];for(let[W,H]of[[M.accuracy,"cmw-line-acc"],[M.macroF1,"cmw-line-f1"]]){let X=Wr(W).filter(Boolean),Q=s.createElementNS(bt,"polyline");Q.setAttribute("class",H),Q.setAttribute("fill","none"),Q.setAttribute("points",X.map(B=>B.map(j=>j.toFixed(1)).join(",")).join(" ")),P.push(Q)}let R=Wr(M.accuracy);M.names.forEach((W,H)=>{if(!R[H])return;let X=s.createElementNS(bt,"circle");X.setAttribute("class",H===O?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),X.setAttribute("cx",R[H][0].toFixed(1)),X.setAttribute("cy",R[H][1].toFixed(1)),X.setAttribute("r",H===O?"4":"3"),X.setAttribute("data-run",String(H));let Q=s.createElementNS(bt,"title");Q.textContent=`${W}: accuracy ${oe(M.accuracy[H])}, macro F1 ${oe(M.macroF1[H])}`,X.append(Q),P.push(X)}),p.replaceChildren(...P)}function U(){let M=v(),O=M.indexOf(e.get("run"));if(O<0||O>=M.length-1){y();return}g(O+1),$=l.setTimeout(U,Vr)}function A(){let M=v();M.indexOf(e.get("run"))>=M.length-1&&g(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),$=l.setTimeout(U,Vr)}function y(){$!==null&&l.clearTimeout($),$=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return V(m,"click",()=>$===null?A():y(),r.signal),V(b,"click",()=>{y(),g(v().length-1)},r.signal),V(S,"change",()=>e.set("compare",S.value===""?null:S.value),r.signal),V(p,"click",M=>{let O=M.target&&M.target.closest?M.target.closest("[data-run]"):null;O&&(y(),g(Number(O.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>y(),{once:!0}),K(e,["runs","run","compare"],_,r.signal),_(),{el:d,update:_,destroy:()=>{r.abort(),d.remove()}}}var Bs=60,Kr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Hr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=h=>e.set("abstain",h),m=ze({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:Bs,clock:o,signal:r.signal,onInput:h=>{let p=i();l.textContent=h.toFixed(_e(p?p.step:.01))}}),f=m.el,v=s("label","cmw-field");v.append(a,s("span",null,"Abstain when the top score is below"),f,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let T=s("label","cmw-field");T.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),T.append(F);let b=s("div","cmw-abstain-stats");c.append(v,T,b);let S=null;function C(){let h=i(),p=!!(h&&h.kind==="multiclass");if(c.hidden=!p,!p)return;m.range(h.lo,h.hi,h.step);let E=h.abstain!==null&&h.abstain!==void 0;if(a.checked=E,f.disabled=!E,E&&(S=h.abstain),!m.dragging()){let u=E?h.abstain:S??(h.lo+h.hi)/2;f.value=String(u),l.textContent=E?Number(u).toFixed(_e(h.step)):"off"}g.max=String(h.k_max),t.doc.activeElement!==g&&(g.value=String(h.top_k)),b.replaceChildren(),E&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Kr(h.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Kr(h.covered_accuracy)}`))}return V(a,"change",()=>{i()&&d(a.checked?parseFloat(f.value):null)},r.signal),V(g,"change",()=>{let h=i(),p=Number(g.value),E=h&&Number.isInteger(p)&&p>=1&&p<=h.k_max;F.textContent=E||!h?"":`top-k must be a whole number from 1 to ${h.k_max}`,E?e.set("top_k",p):h&&(g.value=String(h.top_k))},r.signal),K(e,["scores"],C,r.signal),C(),{el:c,update:C,destroy:()=>{r.abort(),c.remove()}}}function Xr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var zs=60,Yt={size:240,pad:34},js=[0,.5,1],Us="http://www.w3.org/2000/svg",Vs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Yr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s,doc:i}=t,c=(h,p={})=>{let E=i.createElementNS(Us,h);for(let[u,$]of Object.entries(p))E.setAttribute(u,String($));return E},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let m=!1,f=null,v={},g=h=>{let p=e.get("binary");!p||!Number.isFinite(h)||e.set("threshold",L(h,p.lo,p.hi))},T=Ie(g,zs,o);r.signal.addEventListener("abort",()=>T.cancel(),{once:!0});function F(h){let{size:p,pad:E}=Yt;l.replaceChildren();for(let u of Object.keys(v))delete v[u];for(let u of Vs){let $=h[u.kind],_=s("figure",`cmw-curve cmw-curve-${u.kind}`),I=s("figcaption","cmw-curve-title"),z=h[u.area],U=h.undefinedBecause?h.undefinedBecause[u.kind]:null;if(I.textContent=`${u.title}${z===null||U?"":`  ${u.areaName} ${oe(z)}`}`,U){_.append(I,s("p","cmw-curve-undefined",`Undefined: ${U}.`)),l.append(_);continue}let A=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});A.classList.add("cmw-curve-svg"),Object.assign(A.dataset,{kind:u.kind,plotSize:String(p),plotPad:String(E)}),A.append(c("rect",{x:E,y:E,width:p-2*E,height:p-2*E,class:"cmw-curve-frame"}),c("polyline",{points:Vn($,p,E),class:"cmw-curve-line"})),u.kind==="roc"&&A.append(c("line",{x1:E,y1:p-E,x2:p-E,y2:E,class:"cmw-curve-chance"}));let y=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent=u.x;let M=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});M.textContent=u.y,A.append(y,M,...b(p,E));let O=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),P=c("text",{x:E,y:E-8,class:"cmw-curve-readout"}),R=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),W=c("title");W.textContent="Drag along the curve to move the threshold",R.append(W),A.append(...O,P,R),_.append(I,A),l.append(_),v[u.kind]={plot:A,marker:R,guides:O,readout:P,curve:$,spec:u},S(A,$)}d.replaceChildren();for(let u of h.targets){let $=t.button("cmw-curve-target",`threshold for ${u.name}`);$.dataset.threshold=String(u.threshold),V($,"click",()=>g(u.threshold),r.signal),d.append($)}}function b(h,p){let E=h-2*p,u=[];for(let $ of js){let _=p+$*E,I=p+(1-$)*E,z=String($);u.push(c("line",{x1:_,y1:h-p,x2:_,y2:h-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:I,x2:p,y2:I,class:"cmw-curve-tickmark"}));let U=c("text",{x:_,y:h-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});U.textContent=z;let A=c("text",{x:p-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});A.textContent=z,u.push(U,A)}return u}function S(h,p){let E=!1,u=_=>{let I=Xr(h.getBoundingClientRect(),Yt),z=(_.clientX-I.x0)/I.inner,U=1-(_.clientY-I.y0)/I.inner;return p.t[Un(p,z,U)]};V(h,"pointerdown",_=>{if(E=!0,h.setPointerCapture&&_.pointerId!==void 0)try{h.setPointerCapture(_.pointerId)}catch{}T(u(_))},r.signal),V(h,"pointermove",_=>{E&&T(u(_))},r.signal),V(h,"pointerup",_=>{E&&(E=!1,T.cancel(),g(u(_)))},r.signal),V(h,"pointercancel",()=>{E=!1,T.cancel()},r.signal)}function C(){let h=e.get("binary");if(a.hidden=!h,!h)return;let p=e.get("curves");if(!p){(!m||f!==null)&&(m=!0,f=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}f!==p&&(F(p),f=p);let{size:E,pad:u}=Yt,$=E-2*u;for(let{marker:_,guides:I,readout:z,spec:U,plot:A}of Object.values(v)){let[y,M]=U.at(h),O=Number.isFinite(y)&&Number.isFinite(M);for(let X of[_,...I])X.setAttribute("visibility",O?"visible":"hidden");if(z.textContent=O?`${U.x} ${oe(y)}, ${U.y} ${oe(M)}`:"",!O)continue;let P=(u+y*$).toFixed(1),R=(u+(1-M)*$).toFixed(1);_.setAttribute("cx",P),_.setAttribute("cy",R);let[W,H]=I;Object.entries({x1:P,y1:R,x2:P,y2:E-u}).forEach(([X,Q])=>W.setAttribute(X,Q)),Object.entries({x1:P,y1:R,x2:u,y2:R}).forEach(([X,Q])=>H.setAttribute(X,Q)),A.dataset.markerX=String(y),A.dataset.markerY=String(M)}}return K(e,["binary","curves"],C,r.signal),C(),{el:a,update:C,destroy:()=>{r.abort(),a.remove()}}}var Ws=60,qt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Gs(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function qr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),m=0,v=ze({dom:t,cls:"cmw-label-threshold",write:$=>{let _=d();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite($))return;let I=_.thresholds.slice();I[m]=$,e.set("thresholds",I)},throttleMs:Ws,clock:o,signal:r.signal,onInput:$=>{let _=d();l.textContent=$.toFixed(_e(_?_.step:.01))}}),g=v.el,T=s("label","cmw-field");T.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),S=s("table","cmw-label-tables");i.append(a,T,F,b,S);let C="label",h=!1;function p(){let $=d(),_=!!($&&$.kind==="multilabel");if(i.hidden=!_,!_)return;let I=e.get("labels"),z=e.get("metrics").perClass,U=e.get("countDigits");m=Math.min(m,I.length-1),(c.options.length!==I.length||[...c.options].some((y,M)=>y.textContent!==I[M]))&&c.replaceChildren(...I.map((y,M)=>t.option(String(M),y))),c.value=String(m);let A=Array.isArray($.thresholds);T.hidden=!A,g.disabled=!!$.fixed,A&&!v.dragging()&&(v.range($.lo,$.hi,$.step),g.value=String($.thresholds[m]),l.textContent=Number($.thresholds[m]).toFixed(_e($.step))),E($,I,U),u($,I,z,U)}function E($,_,I){let z=$.tables[m]||[0,0,0,0],U=s("table","cmw-readout-table");U.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let y=U.createTBody();[["truly absent",0],["truly present",2]].forEach(([O,P])=>{let R=y.insertRow();R.append(s("th",null,O));for(let W of[P,P+1]){let[H,X]=qt[W],Q=s("td"),B=t.button("cmw-label-cell",`${X} ${ce(z[W],I)}`);B.dataset.cell=H,B.disabled=!!$.fixed,V(B,"click",()=>e.send({type:"label_cell",label:m,cell:H}),r.signal),Q.append(B),R.append(Q)}}),F.replaceChildren(s("div","cmw-label-focus-title",_[m]??""),U);let M=$.focus;if(M&&M.label===m){let O=qt.find(([R])=>R===M.cell)?.[1]??M.cell,P=M.indices.length<M.total?`first ${M.indices.length} of ${M.total}`:`${M.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${O} of ${_[m]}: ${P} samples`),s("div","cmw-indices",M.indices.join(", ")))}else b.replaceChildren()}function u($,_,I,z){let U=s("tr"),A=(P,R)=>{let W=C===P,H=t.button(`cmw-sort${W?" cmw-sorted":""}`,W?`${R} ${h?"▼":"▲"}`:R);H.dataset.sort=P,V(H,"click",()=>{h=W?!h:P!=="label",C=P,p(),S.querySelector(`[data-sort="${P}"]`).focus()},r.signal);let X=s("th");return X.setAttribute("aria-sort",W?h?"descending":"ascending":"none"),X.append(H),X};U.append(A("label","label"),...qt.map(([,P])=>s("th",null,P)),A("f1","F1"),A("support","support"));let y=s("thead");y.append(U);let M=s("tbody"),O=I.length===_.length?I:_.map(()=>({f1:NaN,support:NaN}));for(let P of Gs(O,C,h)){let R=s("tr",P===m?"cmw-focused":null);R.dataset.label=String(P);let W=t.button("cmw-label-name",_[P]);V(W,"click",()=>{m=P,p()},r.signal);let H=s("th");H.append(W),R.append(H,...($.tables[P]||[]).map(X=>s("td",null,ce(X,z))),s("td",null,oe(O[P].f1)),s("td",null,ce(O[P].support,z))),M.append(R)}S.replaceChildren(y,M)}return V(c,"change",()=>{m=Number(c.value)||0,p()},r.signal),K(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function Lr(e){let t=[Yr(e),Hr(e),qr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function Zr({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("div","cmw-selection"),c=()=>{let f=s("cmw-clear","Clear selection");return f.title="Clear the selection (w.selected = None)",f};function a(){let f=e.get("selection");if(i.replaceChildren(),!f){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let v=r("p","cmw-sentence");for(let b of f.sentence){let S=String(b&&b.text!=null?b.text:"");v.append(b&&b.em?r("em",null,S):t.doc.createTextNode(S))}let g=r("div","cmw-selection-head");if(g.append(v,c()),i.append(g),!f.available){let b=e.get("table"),S=typeof f.unavailable=="string"&&f.unavailable?f.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",S));return}let T=kn(f);if(T.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(f.indices||[]).join(", ")),l(T));let F=Array.isArray(f.previews)?f.previews:[];F.length&&i.append(d(F))}function l(f){let v=r("div","cmw-pager");if(f.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(f.prevOffset),v.append(g)}if(v.append(r("span","cmw-range",`showing ${f.first}-${f.last} of ${f.total}`)),f.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(f.nextOffset),v.append(g)}return v}function d(f){let v=r("div","cmw-previews");for(let g of f)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let T=r("figure","cmw-preview-img"),F=r("img");F.src=g.src,F.alt=`sample ${g.index}`,T.append(F,r("figcaption",null,`#${g.index}`)),v.append(T)}else if(g.kind==="text"){let T=r("div","cmw-preview-text");T.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),v.append(T)}}return v}let m=null;return V(i,"click",f=>{if(f.target.closest("button.cmw-clear")){e.set("selected",null);return}let v=f.target.closest("button[data-offset]");if(!v)return;let g=e.get("selection");m=g&&{cls:v.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(v.dataset.offset)})},o.signal),K(e,["selection","table","hasSelection"],()=>{let f=m;m=null;let v=t.doc.activeElement,g=v&&(i.contains(v)||v===t.doc.body);a();let T=e.get("selection");if(!f||!T||T.i!==f.i||T.j!==f.j||!g)return;let F=i.querySelector(`button.${f.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var Jr=e=>Math.round(e).toLocaleString("en-US");function Ks(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Jr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Jr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Hs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Qr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Ks(l);let d=Hs(e);c.hidden=!d,c.textContent=d||""}return K(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Xs(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var Ys=60;function eo({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,f=null,v=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,T=(p,E)=>g()?String(Number(p.toPrecision(6))):p.toFixed(_e(v(E)));function F(){let p=e.get("binary");if(i.hidden=!p,!p)return;let E=g();a.min=E?"0":String(p.lo),a.max=String(E?E.length-1:p.hi),a.step=E?"1":String(v(p));let u=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(u)&&(a.value=String(E?Xs(E,u):u),l.textContent=T(u,p)),b(p)}function b(p){let E=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let _=u.createTBody(),I=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[U,...A]of I){let y=_.insertRow();y.append(s("th",null,U));for(let[M,O]of A){let P=s("td");P.append(s("span","cmw-tag",M),t.doc.createTextNode(` ${ce(O,E)}`)),y.append(P)}}let z=s("div","cmw-readout-stats");for(let[U,A]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])z.append(s("span","cmw-stat",`${U} ${oe(A)}`));d.replaceChildren(u,z)}let S=p=>{Number.isFinite(p)&&(f=p,e.set("threshold",p))},C=Ie(S,Ys,o),h=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return V(a,"input",()=>{m=!0;let p=h(),E=e.get("binary");Number.isFinite(p)&&(l.textContent=E?T(p,E):p.toFixed(2)),C(p)},r.signal),V(a,"change",()=>{m=!1,C.cancel();let p=h();(p!==f||e.get("threshold")!==p)&&S(p)},r.signal),r.signal.addEventListener("abort",()=>C.cancel(),{once:!0}),K(e,["binary","threshold","countDigits","table"],F,r.signal),F(),{el:i,update:F,destroy:()=>{r.abort(),i.remove()}}}var qs=300,Ls=200,Zs=16;function Js(e,t,n){let o=e-t-Zs,r=Math.min(Bt,Math.max(n,1)*pt)+Ls;return t>0&&o>=Math.max(qs,Math.min(r,.6*e))?o:e}function Qs(e,t){let n=e.dom.h("div","cmw-main"),o=Lr(e);o.el.classList.add("cmw-side"),o.el.append(tr(e).el);let s=zr({...t,room:()=>Js(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function ei(e){let t=fr(e),n=Sr(e);return[Jn({...e,extra:[t.button]}),t,eo(e),Qr(e),Ur(e),n.panel,Qs(e,n.matrixCtx),n.table,Gr(e),Zn(e),Zr(e),jr(e),er(e)]}function to(e,t,n=performance.now()){let o=Rn(t.ownerDocument||document),r=new AbortController,s=Ln(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",V(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let c=({k:l,draws:d,lastMs:m,firstMs:f})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),f!==null&&(i.dataset.firstDrawMs=f.toFixed(1))},a=ei({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var xt="cm-widget",ti="application/vnd.cm-widget.view+json",Lt="application/vnd.jupyter.widget-view+json",no=1e4,ni="Saved view, no kernel behind it: run the cell to make it live.",Zt=null;async function ri(e){let t=Zt&&Zt[e];if(!t)throw new Error(`${xt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function oi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=on,e.head.appendChild(t)}async function si(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await In(n):null}function ro(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ii(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=si(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),no))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=ro(this,"rendermime"),r=o&&o.rendermime,s=ro(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Lt in n.data&&r&&r.mimeTypes.includes(Lt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Lt);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:no),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){oi(o),s.textContent=ni;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:to(On(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function ai(){let{Panel:e}=await ri("@lumino/widgets"),t=ii(e);return{id:`${xt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[ti],defaultRank:-20,createRenderer:n=>new t(n)}}}function ci(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[xt]={init:e=>{Zt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${xt} has no module ${e}`);let t=ci()?[await ai()]:[];return()=>({__esModule:!0,default:t})}});})();
