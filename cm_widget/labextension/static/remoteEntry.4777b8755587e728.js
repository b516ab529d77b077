(()=>{var r1=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function o1(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function s1(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function At(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function i1(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":At(t[o],t[o+1],t[o+2])}function a1(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function dr(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function mr([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function c1(e,t){let n=dr(t);if(!n||mr(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function ee(e,t,n){return e<t?t:e>n?n:e}var pr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function l1(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if(pr)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Pe(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var fr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},hr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Re(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=fr[e&&e.dtype]||Float64Array,r=u1(o,fe(e&&e.counts)),s=wr(e&&e.totals,t,n);if(e&&e.at!=null){let i=u1(Uint32Array,fe(e.at)),c=new o(t*n),a=Math.min(i.length,r.length);for(let l=0;l<a;l++)i[l]<c.length&&(c[i[l]]=r[l]);return{k:t,cols:n,counts:c,totals:s}}return r.length<t*n?{k:t,cols:n,counts:new o(t*n),totals:s}:{k:t,cols:n,counts:r.length===t*n?r:r.subarray(0,t*n),totals:s}}function u1(e,t){let n=e.BYTES_PER_ELEMENT,o=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,o);if(hr&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,o);let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(o);for(let c=0;c<o;c++)i[c]=r[s](n*c,!0);return i}function wr(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function je(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function he(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,he(e,t,r,o)+he(e,t+r*o,n-r,o)}function tt(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return gr(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=he(e,c*o,o);for(let l=0;l<o;l++)i[c*o+l]=a===0?0:e[c*o+l]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let l=0;l<o;l++)c[l]+=e[a*o+l];for(let a=0;a<t;a++)for(let l=0;l<o;l++)i[a*o+l]=c[l]===0?0:e[a*o+l]/c[l]}else if(n==="all"){let c=he(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function gr(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function nt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function br(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function xe(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=br(a)}return r}function St(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var xr=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function d1(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?xr.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function rt(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function ot(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=At(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var et=e=>Number(e.toPrecision(12));function st(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>et(l*i)).find(l=>l>=s&&(!r||l<1||Number.isInteger(l)));c===void 0&&(c=et(10*i)),r&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=o*(1+1e-12);l++){let d=et(l*c);a.push([d/o,r?String(d):`${et(d*100)}%`])}return a}function m1(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=fe(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,l)=>{let d=m=>i.getFloat64(8*(4*l+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var kt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},at=e=>Array.isArray(e)?e:[],Ve=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,it=e=>at(e).map(Number).filter(Number.isInteger);function vr(e){let t=kt(e),n=at(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(at(r)[i])?Number(at(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function yr(e,t){let n=kt(e);if(typeof n.name!="string")return null;let o=Re(n.matrix),r=rt(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ve(n.fixed),broken:Ve(n.broken),changed:Ve(n.changed)}}function p1(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function f1(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Ar(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var h1=(e,t)=>{let n=f1(e);return xe(Ar(e,t),-n,n)};function w1(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function g1(e,t=0){let n=Math.abs(f1(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Sr(e){let t=kt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:it(t.entered),cameFrom:it(t.came_from),left:it(t.left),wentTo:it(t.went_to),nEntered:Ve(t.n_entered),nLeft:Ve(t.n_left)}}var b1={runs:{raw:["_runs"],make:(e,t)=>vr(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>yr(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Sr(t("_moves"))}},x1=["run","compare"];var v1=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],y1=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ae(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function $e(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=ee(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?w1(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function _t(e,t,n,o=0){let r=$e(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ae(t,o)})`}:{main:r,sub:""}}function ce(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Te(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return ee(o-(n?Number(n):0),0,6)}function A1(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function S1(e,t){return t?`${e}_r`:e}function Mt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function k1(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var _1=[[`
`,"⏎"],["\r","␍"]];function We(e){let t=String(e);for(let[n,o]of _1)t=t.split(n).join(o);return t}function Tt(e,t){if(t!=null&&e===We(t))return String(t);let n=String(e);for(let[o,r]of _1)n=n.split(r).join(o);return n}function M1(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var kr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ve(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Ie(e,t){let n=ve(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(kr)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var _r={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Mr(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=_r[e.dtype];return t?Ie(t,e.data):null}function Tr(e){let t=ve(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function E1(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ie(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ie(Uint32Array,t.sample_index):null,ids:Mr(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ie(Float32Array,t.outside.scores),weights:t.outside.weights?Ie(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=ve(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Ie(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Tr(t.cells);return n}var Fe=new Float32Array(1),T1=new Int32Array(Fe.buffer);function Er(e,t){return Fe[0]=e,Fe[0]===0?(T1[0]=1,t?Fe[0]:-Fe[0]):(T1[0]+=Fe[0]>0===t?1:-1,Fe[0])}function Et(e){let t=Math.fround(e);return t>e?Er(t,!1):t}function De(e,t=-1/0,n=1/0){let o=Et(Number(e));return Math.min(Math.max(o,Et(t)),Et(n))}function ct(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=De(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[l*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function C1(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=De(o);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&r.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function Ct(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function N1(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Ct(e,o))}function Cr(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=De(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?he(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var we=(e,t)=>t!==0?e/t:0;function Nr(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let T=0;T<t;T++){let F=e[g*t+T];r[g]+=F,s[T]+=F,c+=F}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let l=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},h=0,v=0;for(let g=0;g<t;g++){let T={precision:we(o[g],s[g]),recall:we(o[g],r[g]),f1:we(2*o[g],r[g]+s[g]),support:r[g]};l.push(T);let F=we(r[g],a);for(let b of["precision","recall","f1"])d[b]+=T[b]/t,m[b]+=T[b]*F;r[g]>0&&(h+=1,v+=T.recall)}return{rows:l,accuracy:we(i,c),balancedAccuracy:h?v/h:0,macro:d,weighted:m}}function Nt(e,t,n=null,o=null){let r=Nr(e,t,Cr(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function $r(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:we(e,e+n),fpr:we(t,t+o),precision:we(e,e+t),f1:we(2*e,2*e+t+n),mcc:we(e*o-t*n,r)}}function $t(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...$r(s(o,o),s(r,o),s(o,r),s(r,r))}}function $1(e){return e??"true"}function F1(e,t,n,o,r,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Fr(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=c?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${M1(o*100,1)}% of `,v;return i==="all"?v=[{text:`${h}all samples).`}]:i==="pred"&&c?v=[{text:`${h}the abstained samples).`}]:i==="pred"?v=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:v=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:m},{text:n,em:!0},...v]}function Fr(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Ft={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Pr=40,Rr="abstained";function Ir(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Dr(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}function O1(e){let t=Object.prototype.hasOwnProperty.call(Ft,e)?Ft[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let o=0;o<3;o++){let r=0;for(let s=0;s<256;s++)r+=t[256*o+s],n[3*s+o]=r}return n}var Br=e=>e.every(t=>Number.isInteger(t));function P1(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let y of e.state.buffers)Ir(t,y.path,ve(y.data));let n=e.k,o=E1(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=y=>{for(let S of r.get(y)||[])S()},d=(y,S)=>{t[y]=S,l(y)},m=Re(t._matrix),h=o?ct(o,t.threshold):Float64Array.from(je(m.counts,n,m.cols).square),v=m.cols===n+1?Array.from({length:n},(y,S)=>m.counts[S*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function T(y,S){let _=`${y},${S},${t.threshold}`;return s.key!==_&&(s.key=_,s.members=C1(o,y,S,t.threshold)),s.members}function F(y,S,_,P){let O=0;if(P==="true")for(let R of S){for(let j=0;j<n;j++)O+=h[R*n+j];v&&(O+=v[R])}else for(let R=0;R<n;R++)if(P==="all"){for(let j=0;j<n;j++)O+=h[R*n+j];v&&(O+=v[R])}else for(let j of _)O+=j===n?v?v[R]:0:h[R*n+j];return O?y/O:0}function b(y,S,_,P,O,R,j,G={},K={}){let J=0;for(let le of _)for(let ie of P)J+=ie===n?v?v[le]:0:h[le*n+ie];let D=!!(o&&o.weights||!Br(h)),B=$1(t.normalize),L;if(K.multilabel){let le=m.totals,ie=le?B==="true"?le.rows[y]:B==="pred"?le.cols[S]:le.all:0;L=ie?J/ie:0}else L=F(J,_,P,B);let re=o?R():[],Z=re.length,se=Math.max(0,Math.min(Math.trunc(j)||0,Math.max(Z-1,0)));se-=se%i;let be=re.slice(se,se+i),pe=[];for(let le of be.slice(0,Pr)){let ie=e.previews&&e.previews[String(Ct(o,le))];ie&&pe.push(ie)}return{i:y,j:S,...G,sentence:F1(J,O[0],O[1],L,y===S,D,{basis:B,...K}),count:J,total:Z,offset:se,indices:o?N1(o,be):[],page_size:i,previews:pe,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function A(y,S,_){let P=t.display_labels||[];return v&&S===n?b(y,S,[y],[S],[String(P[y]??y),Rr],()=>[],_,{},{abstained:!0}):b(y,S,[y],[S],[String(P[y]??y),String(P[S]??S)],()=>T(y,S),_,{},{multilabel:c})}let E=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(E.length?n:0).fill(0);if(E.length){let y=t._groups.codes,S=new DataView(y.buffer,y.byteOffset,y.byteLength);for(let _=0;_<n;_++)f[_]=n<=65536?S.getUint16(2*_,!0):S.getUint32(4*_,!0)}let p=y=>f.flatMap((S,_)=>S===y?[_]:[]);function N(y,S){if(o.kind==="binary"){let P=[];for(let O of p(y))for(let R of p(S))P.push(...T(O,R));return P.sort((O,R)=>O-R)}let _=[];for(let P=0;P<o.n;P++){let O=o.cells[P],R=Math.floor(O/n);f[R]===y&&f[O-R*n]===S&&_.push(P)}return _}function u(y,S,_){return b(y,S,p(y),p(S),[E[y],E[S]],()=>N(y,S),_,{group:!0})}function $(y=0){let S=t.selected,_=t.selected_group;Array.isArray(S)&&S.length===2?d("_selection",A(S[0],S[1],y)):Array.isArray(_)&&_.length===2?d("_selection",u(_[0],_[1],y)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function M(y){let S=e.orders&&e.orders[y];S&&(d("_order",{dtype:S.dtype,classes:ve(S.classes),groups:S.groups?ve(S.groups):null}),d("order",y))}function U(y,S,_,P=_){if(!(S===null||Array.isArray(S)&&S.length===2&&S.every((j,G)=>Number.isInteger(j)&&j>=0&&j<(G===0?_:P))))return;let R=y==="selected"?"selected_group":"selected";S!==null&&t[R]!=null&&(t[R]=null,l(R)),t[y]=S,l(y),$(0)}function Y(y){if(!o||o.kind!=="binary"||!a)return;let S=Number(y);if(!Number.isFinite(S))return;let _=De(Math.min(Math.max(S,a.lo),a.hi),a.lo,a.hi);t.threshold=_,h=ct(o,_),d("_matrix",g()),d("_binary",$t(a,h,_)),d("_metrics",Nt(h,n,o,_)),l("threshold"),t.selected!=null&&$(0)}function W(y){let S=String(y),_=S.endsWith("_r")?S.slice(0,-2):S,O=(e.luts&&e.luts[S]?ve(e.luts[S]):null)||O1(S),R=O||(e.luts&&e.luts[_]?ve(e.luts[_]):O1(_));R&&(d("_lut",O||Dr(R)),d("cmap",S))}return o&&o.kind==="binary"&&a&&(t.threshold=De(t.threshold,a.lo,a.hi),h=ct(o,t.threshold),t._matrix=g(),t._binary=$t(a,h,t.threshold),t._metrics=Nt(h,n,o,t.threshold)),{get:y=>t[y],on(y,S){return r.has(y)||r.set(y,new Set),r.get(y).add(S),()=>r.get(y).delete(S)},set(y,S){if(y==="threshold")return Y(S);if(y==="cmap")return W(S);if(y==="normalize"){d(y,S??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(y==="display_labels"){if(!Array.isArray(S)||S.length!==n)return;d(y,S.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(y==="selected")return U(y,S,n,v?n+1:n);if(y==="selected_group")return U(y,S,E.length);if(y==="order")return M(S);if(y==="errors_only")return d(y,S===!0);if(y==="level"){(S==="classes"||S==="groups"&&E.length)&&d(y,S);return}},send(y){y&&y.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(y.offset)||0)}}}var zr="CMW1";async function R1(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Ur(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function jr(e){return new TextDecoder().decode(await R1(e))}async function Vr(e){let t=await R1(e);if(new TextDecoder().decode(t.subarray(0,4))!==zr)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Ur(o.subarray(c,c+a))}}return s})}async function I1(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Vr(t):JSON.parse(n==="gzip"?await jr(t):t)}var Wr=new Set(["button","input","select","textarea","summary","canvas"]);function D1(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),Wr.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function z(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Gr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ot(e,t){let n=fe(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Gr)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function B1(e){if(!e||typeof e!="object")return null;let t=Ot(e.x,Float32Array),n=Ot(e.y,Float32Array),o=Ot(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Pt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function z1(e){if(!e||typeof e!="object")return null;let t=B1(e.roc),n=B1(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Pt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Pt(e.auc),ap:Pt(e.ap),targets:o,undefinedBecause:s}}function U1(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function j1(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var Kr={uint16:2,uint32:4};function Rt(e,t){let n=Kr[t];if(!n)return null;let o=fe(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function V1(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var W1=e=>Array.from({length:e},(t,n)=>n);function G1(e,t,n){let o=e&&e.dtype,r=e?Rt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Rt(e.groups,o):null;return{classes:V1(r,t)?r:W1(t),groups:n?V1(i,s)?i:W1(s):null}}function K1(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Rt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function Y1(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:he(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var Yr=new Set(["normalize","cmap","threshold","display_labels","selected",...x1,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),Hr=10,lt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},H1=e=>Array.isArray(e)?e:[],ut={matrix:{raw:["_matrix"],make:(e,t)=>Re(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>je(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Mt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>tt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>je(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?p1(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>nt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:xe(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?h1(e("values"),e("k")):xe(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||rt(t("_lut"))||s1()},lutText:{uses:["lut"],make:e=>ot(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:d1(t("values_format"),e("normalize"),St(e("allValues")))},countDigits:{uses:["matrix"],make:e=>St(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?g1(e("values"),e("countDigits")):st(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>m1(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=lt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=lt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:H1(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>H1(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>z1(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=lt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=lt(t("_table"));if(!n.engine)return null;let o=l1(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...b1,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>G1(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>K1(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Mt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Y1(e("counts"),e("k"),Hr,Xr(e))},focus:{make:()=>null}},Ge={},X1=e=>{if(!Ge[e]){let t=ut[e];Ge[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(X1)])]}return Ge[e]};for(let e of Object.keys(ut))X1(e);function Xr(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>he(o,i*n,n)+r[i])}function q1(e){let t=new Map,n=c=>{if(!ut[c])throw new Error(`unknown state key ${c}`);return ut[c]},o=c=>{let a=n(c),l=Ge[c].map(h=>e.get(h)),d=t.get(c);if(d&&d.raws.every((h,v)=>h===l[v]))return d.value;let m=a.make(o,h=>e.get(h));return t.set(c,{raws:l,value:m}),m};return{get:o,on:(c,a)=>{n(c);let l=Ge[c].map(d=>e.on(d,a));return()=>l.forEach(d=>d())},set:(c,a)=>{if(!Yr.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function H(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var qr=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Zr(e,t){return`From ${e.name} to ${t}: ${qr(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Lr(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function Z1({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,m,h,v,g){let T=r("div",a);if(T.append(r("div","cmw-moves-title",`${l} (${d})`)),!m.length)return T.append(r("span","cmw-hint","none")),T;let F=r("div","cmw-moves-list");return m.forEach((b,A)=>{let E=r("span","cmw-move"),f=h[A];E.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[f]??String(f)),t.doc.createTextNode(` in ${v}`)),F.append(E)}),T.append(F),d>m.length&&T.append(r("span","cmw-hint",`showing the first ${m.length} of ${d}`)),T}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=r("p","cmw-compare-summary",Zr(a,l));d.title=Lr(a,l),s.append(d);let m=e.get("moves");if(!m){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),v=r("p","cmw-moves-head");v.append(t.doc.createTextNode("Cell true "),r("em",null,h[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),r("em",null,h[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(v,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,h),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,l,h))}return H(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function L1({state:e,dom:t,signal:n,extra:o=[]}){let r=q(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=y1.map(b=>{let A=i("cmw-seg-btn");return A.setAttribute("aria-label",b.label),A.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),A.dataset.value=b.value===null?"":b.value,a.append(A),A}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let b of v1)m.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),m);let h=t.option("cmw:compare"),v=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",v.append(g,s("span",null,"reverse")),c.append(a,d,v,...o);function T(){let b=e.get("normalize");for(let p of l){let N=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",N),p.setAttribute("aria-pressed",String(N))}let A=e.get("compareState");if(m.disabled=!!A,g.disabled=!!A,A){h.textContent=`${A.cmap} (better / worse)`,h.parentNode||m.append(h),m.value=h.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${A.name}; the colormap returns when compare mode ends.`;return}h.remove(),m.removeAttribute("title");let{base:E,reversed:f}=A1(e.get("cmap"));[...m.options].some(p=>p.value===E)||m.append(t.option(E)),m.value=E,g.checked=f}let F=()=>e.set("cmap",S1(m.value,g.checked));return z(a,"click",b=>{let A=b.target.closest(".cmw-seg-btn");A&&e.set("normalize",A.dataset.value||null)},r.signal),z(m,"change",F,r.signal),z(g,"change",F,r.signal),H(e,["normalize","cmap","compareState"],T,r.signal),T(),{el:c,update:T,destroy:()=>{r.abort(),c.remove()}}}var dt=64,Dt=800,J1=120,mt=6,Jr=6,Ye=2,Qr=14,Bt=140,Q=8,ye=20,zt=15,ge=6,Ut=16,Oe=14,Ke=6,It=8,jt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function He(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||dt,c=n.maxGrid||Dt,a=Q+ye+o+ge,l=Q,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(J1,t-a-s-Q-d*Ke)),h=n.view||Ee(e),v=e>0?h.v:0,g=v>0?Math.min(i,m/(v+d)):0;d&&g<It&&(g=Math.min(i,(m-It)/v)),g>=mt&&(g=Math.floor(g));let T=g*v,F=a+T+Ke,b=d?Math.max(g,It):0,A=d?F+b:a+T;return{k:e,v,r0:h.r0,c0:h.c0,room:m,cell:g,x0:a,y0:l,grid:T,extra:d,xExtra:F,xw:b,right:A,width:Math.ceil(A+s+Q),height:Math.ceil(l+T+ge+r+ye+Q+(Math.max(1,n.xTitleLines||1)-1)*zt)}}function Q1(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=mt&&(o=Math.floor(o)),Math.max(J1,o*(n+e.extra))}function pt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function Ee(e){return{r0:0,c0:0,v:Math.max(0,e)}}function en(e,t){return e*Jr>t}function tn(e,t){return Math.min(e,Math.max(1,Math.ceil(t/dt)))}function me(e,t,n=1){if(!(t>0))return Ee(0);let o=e||Ee(t),r=ee(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=ee(Math.round(Number(o.r0)||0),0,t-r),i=ee(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function nn(e,t,n,o,r=1){let s=me(e,o,r);if(!(t>0)||!(o>0))return s;let i=ee(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,m)=>m-(m-d)*i/s.v;return me({r0:l(s.r0,c),c0:l(s.c0,a),v:i},o,r)}function rn(e,t,n,o,r=1){let s=me(e,o,r);return me({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function ft(e,t,n,o=1){let r=me(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return me({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function on(e,t,n,o,r=1){let s=me(e,n,r),i=Math.min(s.v,Math.max(o,r));return me({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function sn(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+ee((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function an(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ee(-n/200,-1,1)}function Vt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function cn(e,t,n=Qr){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Xe(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Wt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=ee(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,r)?l:-1}function qe(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function ln(e,t,n,o=1,r=n){if(n<=0||!jt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ee(s,0,n-1),ee(i,0,r-1)]}var Ce=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,Ae=(e,t)=>e.y0+(t-e.r0)*e.cell,Gt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,un=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function dn({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let g=e.get("labels");l=g;let T=r("div","cmw-labels-list");a=g.map((b,A)=>{let E=r("label","cmw-label-row"),f=r("input","cmw-label-input");return f.type="text",f.value=We(b),f.dataset.index=String(A),E.append(r("span","cmw-label-idx",String(A)),f),T.append(E),f});let F=r("div","cmw-labels-actions");F.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(T,F),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,T=e.get("labels"),F=a.map((b,A)=>b.value!==We(g[A])?Tt(b.value,g[A]):T[A]);m(!0),F.length===T.length&&F.some((b,A)=>b!==T[A])&&e.set("display_labels",F)}function v(){a&&a.length!==e.get("k")&&m()}return z(i,"click",()=>a?m():d(),o.signal),z(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),m(!0))},o.signal),z(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&m(!0)},o.signal),H(e,["labels","k"],v,o.signal),{el:c,button:i,update:v,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function mn({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=We(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,m=!1)=>{if(a)return;a=!0,c.abort();let h=Tt(i.value,o);i.remove(),s(d&&h!==o?h:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var eo=12;function to(e,t,n,o=eo){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function pn({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ae(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${$e(l.values[a],d)})`:m}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),h=to(s,a,d&&d[1]<a?d:d&&[d[0],null]),v=o("table"),g=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),T=o("tr");T.append(o("td"));for(let A=h.cols;A<h.cols+h.side;A++){let E=o("th",null,`Predicted ${l[A]}`);E.scope="col",T.append(E)}if(m){let A=o("th",null,"Abstained");A.scope="col",T.append(A)}let F=o("tbody");for(let A=h.rows;A<h.rows+h.side;A++){let E=o("tr"),f=o("th",null,`True ${l[A]}`);f.scope="row",E.append(f);let p=(N,u)=>{let $=o("td",null,u);d&&d[0]===A&&d[1]===N&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),E.append($)};for(let N=h.cols;N<h.cols+h.side;N++)p(N,i(A*a+N));m&&p(a,i(A,m)),F.append(E)}let b=o("thead");b.append(T),v.append(g,b,F),r.replaceChildren(v)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function no(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:fn(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:fn(i),l=[];for(let d of a)if(r.has(d))for(let m of c[d])l.push({kind:"class",index:m,members:[m]});else l.push({kind:"group",index:d,members:c[d]});return l}function fn(e){return Array.from({length:e},(t,n)=>n)}function ro(e){return e.every(t=>t.kind==="class")}function Kt(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function oo(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let l=r[a];l>=0&&(s[c*o+l]+=e[i*t+a])}}return s}function hn(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function so(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=xe(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var wn=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),io=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function gn(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,A,E)=>{let f=o.get(b);if(f&&f.deps.length===A.length&&f.deps.every((N,u)=>N===A[u]))return f.value;let p=E();return o.set(b,{deps:A,value:p}),p},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>no(r("k"),r("order"),r("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>ro(a())?a().map(b=>b.index):null),d=()=>{let b=l();return b!==null&&b.every((A,E)=>A===E)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),A=r("groups");return a().map(E=>E.kind==="class"?b[E.index]:`${A.names[E.index]} (${E.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=l();return b?Kt(r("counts"),r("k"),b):oo(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=l();return b?r("values")===r("counts")?h("counts"):Kt(r("values"),r("k"),b):tt(h("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),A=l();return!b||A===null?null:d()?b:{counts:hn(b.counts,A),values:hn(b.values,A)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===r("abstained")&&m.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:xe(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=m.abstainedRows();return so(h("values"),b,p&&p.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let A=l();if(A)return{colors:Kt(r("colors"),r("k"),A),vmax:r("vmax")};let E=h("values"),f=nt(E);return{colors:xe(E,0,f),vmax:f}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),r("normalize"),r("colorbar")],()=>m.vmax()===r("vmax")?r("colorbar"):st(m.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),m.abstainedRows()],()=>{let b=a(),A=r("selected"),E=r("selectedGroup"),f=(u,$)=>b.findIndex(M=>M.kind===u&&M.index===$),p=u=>u===r("k")&&m.abstainedRows()?b.length:f("class",u),N=A?[f("class",A[0]),p(A[1])]:E?[f("group",E[0]),f("group",E[1])]:null;return N&&N[0]>=0&&N[1]>=0?N:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let A=p=>a().findIndex(N=>N.members.includes(p)),E=A(b.row),f=A(b.col);return E>=0&&f>=0?{r:E,c:f,outline:b.outline}:null})};function h(b){return wn.has(b)?m[b]():e.get(b)}function v(b,A){if(!wn.has(b))return e.on(b,A);let E=io.map(p=>e.on(p,A)),f=()=>A();return n.add(f),()=>{E.forEach(p=>p()),n.delete(f)}}function g(b,A){let E=a();if(b==="selected"){if(A==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let f=E[A[0]],p=E[A[1]];if(f&&f.kind==="class"&&A[1]===E.length&&m.abstainedRows()){e.set("selected",[f.index,r("k")]);return}if(!f||!p)return;f.kind==="class"&&p.kind==="class"?e.set("selected",[f.index,p.index]):f.kind==="group"&&p.kind==="group"&&e.set("selected_group",[f.index,p.index]);return}if(b==="display_labels"){let f=r("labels").slice();A.forEach((p,N)=>{E[N]&&E[N].kind==="class"&&(f[E[N].index]=p)}),e.set("display_labels",f);return}e.set(b,A)}function T(){t.version+=1;for(let b of[...n])b()}return{get:h,on:v,set:g,send:b=>e.send(b),local:{expand(b,A){A?t.expanded.add(b):t.expanded.delete(b),T()},expanded:()=>new Set(t.expanded),focus(b,A,E=!1){t.focus=b==null?null:{row:b,col:A,outline:E},T()}}}}var bn=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ao=8,co=12,lo=20;function uo(e,t,n=ao){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(o);l===0?r.push(c):l>0&&s.push(c)}),r.concat(s).slice(0,n)}function mo(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function po(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function xn({state:e,display:t,dom:n,signal:o}){let r=q(o),s=(D,B,L)=>z(D,B,L,r.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[D,B]of bn)h.append(a(D,B));let v=a("list","Custom (from Python)");v.disabled=!0,h.append(v),m.append(h);let g=i("label","cmw-errors-only-label"),T=i("input","cmw-errors-only");T.type="checkbox",g.append(T,n.doc.createTextNode(" Errors only"));let F=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),F.append(b),d.append(m,g,F);let A=i("div","cmw-expand");A.setAttribute("role","group"),A.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let N=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",N),f.append(p);let u=i("ul","cmw-matches");u.id=N,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,E.append(f,u);let $=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),U=!1;s(M,"click",()=>{U=!0}),M.id=`${N}-top`;let Y=i("ol","cmw-top-list");Y.setAttribute("aria-labelledby",M.id),$.append(M,Y);let W=i("div","cmw-sr");W.setAttribute("aria-live","polite"),W.setAttribute("role","status"),l.append(d,A,E,$,W);let y=D=>{W.textContent=D};s(h,"change",()=>{e.set("order",h.value),y(`Order: ${h.selectedOptions[0].textContent}.`)}),s(T,"change",()=>{e.set("errors_only",T.checked),y(T.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),y(`Showing ${b.value}.`)}),s(A,"change",D=>{let B=D.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),y(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function S(D){let B=e.get("labels");p.value=B[D],_(),t.local.focus(D,D,!0),y(`Found ${B[D]}: its row and column are outlined.`)}function _(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function P(){let D=e.get("labels"),B=uo(D,p.value);u.replaceChildren(...B.map((L,re)=>{let Z=i("li","cmw-match",D[L]);return Z.id=`${N}-${re}`,Z.setAttribute("role","option"),Z.dataset.cls=String(L),Z})),u.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function O(D){let B=[...u.children];if(!B.length)return null;let L=B.findIndex(Z=>Z.getAttribute("aria-selected")==="true"),re=D===0?Math.max(L,0):(L+D+B.length)%B.length;return B.forEach((Z,se)=>Z.setAttribute("aria-selected",String(se===re))),p.setAttribute("aria-activedescendant",B[re].id),B[re]}s(p,"input",P),s(p,"keydown",D=>{if(D.key==="ArrowDown"||D.key==="ArrowUp")O(D.key==="ArrowDown"?1:-1),D.preventDefault();else if(D.key==="Enter"){let B=O(0);B&&S(Number(B.dataset.cls)),D.preventDefault()}else D.key==="Escape"&&!u.hidden&&(_(),D.preventDefault())}),s(u,"click",D=>{let B=D.target.closest("li[data-cls]");B&&S(Number(B.dataset.cls))}),s(Y,"click",D=>{let B=D.target.closest("button[data-i]");if(!B)return;let[L,re]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[L,re]),t.local.focus(L,re,!1)});function R(){let D=e.get("k");l.hidden=D<=2,E.hidden=D<=co;let B=e.get("orderChoices");for(let Z of h.options)Z.value!=="list"&&(Z.disabled=B!==null&&!B.includes(Z.value),Z.title=Z.disabled?"Needs a live kernel":"");let L=e.get("orderName");h.value=bn.some(([Z])=>Z===L)?L:"list",T.checked=e.get("errorsOnly");let re=e.get("groups");F.hidden=!re,b.value=e.get("level"),j(re),G()}function j(D){let B=t.local.expanded(),L=!!D&&e.get("level")==="groups";if(A.hidden=!L,!L)return;let re=D.names.map((Z,se)=>{let be=i("label","cmw-expand-item"),pe=i("input");return pe.type="checkbox",pe.dataset.group=String(se),pe.checked=B.has(se),be.append(pe,n.doc.createTextNode(` ${Z}`)),be});A.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function G(){let D=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,U||($.open=e.get("k")>lo),Y.replaceChildren(...B.map(L=>{let re=i("li"),Z=c("cmw-top-item",mo(D,L));return Z.dataset.i=String(L[0]),Z.dataset.j=String(L[1]),re.append(Z),re})),$.hidden=B.length===0}let K=e.get("selection");function J(){let D=e.get("selection");D!==K&&y(po(D)),K=D}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],R,r.signal),H(e,["selection"],J,r.signal),R(),{el:l,update:R,destroy:()=>{r.abort(),l.remove()}}}function vn(e){let t=gn(e.state),n=xn({...e,display:t}),o=pn({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var de=12,ht="abstained",Yt=8,fo=13;function yn(e){return Array.from({length:256},(t,n)=>o1(e,n))}function An(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(a1(n,o,r*r),r,r),0,0),s}function Sn(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,Ae(t,r),t.xw,t.cell)}function kn(e,t,n,o,r){if(t.cell<mt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect(Ce(t,c),Ae(t,i),t.cell,t.cell)}function _n(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Mn(e,t,n,o){let r=t.k,s=Math.min(fo,Math.floor(t.cell*.3));if(s<Yt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=Ae(t,l)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let h=_t(n.values[l*r+m],n.counts[l*r+m],n.fmt,n.countDigits);c.push([Ce(t,m)+t.cell/2,d,h,n.colors[l*r+m]])}if(i){let m=_t(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[l]])}}let a=ho(e,c.map(l=>l[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,m,h]of c)e.fillStyle=i1(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(m.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,l,d))}}function ho(e,t,n,o,r){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(l(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=Yt;a--){let l=`${a}px ${r.family}`,d=Math.max(Yt-1,Math.round(a*.8)),m=`${d}px ${r.family}`;if(!(i(l,v=>v.main)>s))return c?n>=a*2.4+d&&i(m,v=>v.sub)<=s?{mode:"two",px:a,font:l,subFont:m}:i(l,v=>`${v.main} ${v.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Tn(e,t,n,o,r,s,i,c){let a=E=>e.measureText(E).width;e.font=c(de),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of Xe(t.v,r.step,t.r0)){let f=Ae(t,E)+t.cell/2;e.fillText(qe(n[E],o,a),t.x0-ge,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+ge,d=Xe(t.v,r.step,t.c0).map(E=>[Ce(t,E)+t.cell/2,n[E],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,ht,r.extraRotated]);for(let[E,f,p]of d){let N=qe(f,o,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(E,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(N,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(N,E,l))}e.stroke(),e.font=c(de,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+ge+r.height+ye/2+2,v=Math.max(...m.map(a)),g=ee(t.x0+t.grid/2,Q+v/2,Math.max(Q+v/2,t.width-Q-v/2));m.forEach((E,f)=>e.fillText(E,g,h+f*zt));let T=Math.max(t.grid,t.height-2*Q),F=String(s.y),b=a(F)<=T?F:qe(F.split(" (")[0],T,a),A=ee(t.y0+t.grid/2,Q+a(b)/2,Math.max(Q,t.height-Q-a(b)/2));e.save(),e.translate(Q+ye/2,A),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function En(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Ut+Oe+6+n+ye)}function wo(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Oe)*i)/i-c,l=Math.round(n*i),d=Math.round((n+o)*i)-l,m=v=>Math.min(255,Math.floor((v+.5)/d*256)),h=0;for(let v=1;v<=d;v++)v<d&&m(v)===m(h)||(e.fillStyle=r[m(h)],e.fillRect(c,(l+d-v)/i,a,(v-h)/i),h=v)}function Cn(e,t,n,o,r,s,i=""){if(i){e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let l=h=>e.measureText(h).width,d=qe(String(i),Math.max(t.grid,t.height-2*Q),l),m=ee(t.y0+t.grid/2,Q+l(d)/2,Math.max(Q,t.height-Q-l(d)/2));e.save(),e.translate(t.width-Q-ye/2,m),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Ut,a=t.grid;wo(e,c,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(c-.5,t.y0-.5,Oe+1,a+1),e.font=s(de-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let m=t.y0+a*(1-ee(Number(l)||0,0,1));e.moveTo(c+Oe,Math.round(m)+.5),e.lineTo(c+Oe+3,Math.round(m)+.5),e.fillText(String(d),c+Oe+5,ee(m,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Nn(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,Ae(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(Ce(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function $n(e,t,n,o,r){let s=([i,c],a,l,d)=>{if(!un(t,[i,c]))return;let m=Math.max(Gt(t,c),8),h=Math.max(t.cell,8),v=Ce(t,c)+Gt(t,c)/2-m/2,g=Ae(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(v+d,g+d,m-2*d,h-2*d),e.strokeStyle=a,e.strokeRect(v+d/2,g+d/2,m-d,h-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Fn={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},go={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function bo(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Fn[e.normalize]?(l=(e.multilabel?go:Fn)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(r+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:r,y:s,bar:l,badges:a}}function On(e){let t=e("compareState");return bo({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Pn(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var xo=720,vo=64,yo=200,Ao={true:"of its true row",pred:"of its predicted column",all:"of all samples"},So={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},ko=4,Rn={"+":"in","=":"in","-":"out",_:"out",0:"fit"},_o=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],Mo={true:"of its true row",pred:"of the abstained column",all:"of all samples"},To=24;function In({state:e,dom:t,signal:n,report:o=c=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=q(n),a=(w,x,k,C)=>z(w,x,k,c.signal,C),{doc:l,h:d,button:m}=t,h=d("div","cmw-matrix"),v=d("div","cmw-zoom");v.setAttribute("role","group"),v.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let T=m("cmw-zoom-in","+");T.setAttribute("aria-label","Zoom in"),T.title="Zoom in (+)";let F=m("cmw-zoom-fit","Fit");F.setAttribute("aria-label","Show all classes"),F.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),v.append(g,T,F,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),v.hidden=!0;let A=d("div","cmw-mode");A.setAttribute("aria-live","polite"),A.hidden=!0;let E=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let p=d("div","cmw-tooltip");p.hidden=!0,E.append(f,p);let N=d("div","cmw-sr");N.setAttribute("aria-live","polite"),h.append(A,v,E,N);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=w=>e.get(w),U=w=>{let x=M("lut"),k=M("compareState")?x:c1(x,w);return k===x?{lut:x,lutText:M("lutText")}:(($.themedOf[0]!==x||$.themedOf[1]!==w)&&($.themed={lut:k,lutText:ot(k)},$.themedOf=[x,w]),$.themed)},Y=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=yn(w)),$.cssOf=w,$.css},W=()=>{let w=M("colors"),x=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===x||($.bitmap=An(l,$.bitmap,w,x,M("k")),$.bitmapOf=[w,x]),$.bitmap};function y(w,x){let k=w.font,C=$.widths.get(k);if(C&&C.texts===x)return C.w;let I=0;for(let X of x)I=Math.max(I,w.measureText(X).width);return $.widths.set(k,{texts:x,w:I}),I}function S(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||K()}))}function _(){let w=l.defaultView,x=w&&w.getComputedStyle?w.getComputedStyle(h):null,k=(C,I)=>(x&&x.getPropertyValue(C)||"").trim()||I;return{fg:x&&x.color||"#1f1f1f",muted:k("--cmw-muted","#616161"),accent:k("--cmw-accent","#1976d2"),border:k("--cmw-border","#bdbdbd"),bg:k("--cmw-bg","#ffffff"),family:x&&x.fontFamily||"sans-serif"}}let P=()=>(s?s():h.clientWidth)||xo;function O(){let w=h.closest(".cmw"),x=l.defaultView;if(!w||!x||!h.isConnected||!w.getClientRects().length)return 1/0;let k=null;for(let V=w.parentElement;V&&V!==l.body&&V!==l.documentElement;V=V.parentElement){let oe=x.getComputedStyle(V).overflowY;(oe==="auto"||oe==="scroll")&&V.clientHeight>=yo&&(k=V)}if(!k&&x.top!==x)return 1/0;let C=Math.min(x.innerHeight,k?k.clientHeight:x.innerHeight);if(!(C>0))return 1/0;let I=V=>V.getBoundingClientRect().top,X=V=>V.getBoundingClientRect().bottom,te=vo,ne=[...w.children].find(V=>V.contains(h));if(ne&&ne!==h){let V=[...ne.children].filter(oe=>oe!==h&&oe.getClientRects().length&&I(oe)>=X(h)-1);V.length&&(te+=Math.max(...V.map(X))-X(h))}for(let V=ne?ne.nextElementSibling:null;V&&!V.classList.contains("cmw-selection");V=V.nextElementSibling)V.getClientRects().length&&!V.classList.contains("cmw-sr")&&(te+=V.getBoundingClientRect().height);return Math.floor(C-(I(f)-I(w))-te)}function R(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let j=w=>w+(w>0&&M("abstained")?1:0),G=w=>w[1]>=M("k")?[w[0],u.view?u.view.c0:0]:w;function K(){let w=performance.now(),x=M("k");x!==u.k&&R(x);let k=M("abstained");u.cols=j(x),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let C=f.getContext("2d");if(!C)return;let I=_();$.drawn=U(I.bg),u.detached=!h.isConnected;let X=(_e,Me)=>`${Me?"600 ":""}${_e}px ${I.family}`,te=M("labels");u.width=P(),C.font=X(de);let ne=Math.min(Bt,Math.max(40,Math.round(u.width*.2))),V=Math.ceil(Math.min(ne,y(C,te))),oe=M("colorbar"),ze=En(C,oe),ke=On(M);J(ke.badges),u.height=O();let Qe={yLabelWidth:V,rightWidth:ze,extra:k?1:0,xTitleLines:1,xLabelHeight:Math.min(Bt,y(C,te))},Ue;for(let _e=0;_e<3;_e++){let Me=He(x,u.width,{...Qe,maxGrid:Ue}),yt=Q1(Me,u.height);if(yt===void 0||yt===Ue)break;Ue=yt}let e1=He(x,u.width,{yLabelWidth:V,rightWidth:ze,extra:k?1:0,maxGrid:Ue});u.zoomable=x>0&&en(x,e1.room),u.vMin=tn(x,e1.room);let bt=u.zoomable?me(u.view,x,u.vMin):Ee(x);u.view=u.zoomable?bt:null;let t1={yLabelWidth:V,rightWidth:ze,view:bt,extra:k?1:0,maxGrid:Ue},xt=He(x,u.width,t1);u.step=cn(bt.v,xt.cell),u.xLabels=re(C,te,xt,ne),C.font=X(de,!0);let n1=Pn(ke.x,Math.max(xt.width-2*Q,60),_e=>C.measureText(_e).width);C.font=X(de);let ue=He(x,u.width,{...t1,xLabelHeight:u.xLabels.height,xTitleLines:n1.length});u.layout=ue,u.yLabelW=V,B(C,ue);let vt=M("colors");if(x===0)C.fillStyle=I.muted,C.font=X(de),C.fillText("No data",Q,Q+de);else{vt.length>=x*x&&kn(C,ue,vt,Y(),W),k&&Sn(C,ue,k.colors,Y()),_n(C,ue,I),Mn(C,ue,{values:M("values"),counts:M("counts"),colors:vt,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:k},I),Tn(C,ue,te,ne,{step:u.step,...u.xLabels},{x:n1,y:ke.y},I,X),Cn(C,ue,oe,Y(),I,X,ke.bar);let _e=u.cursor&&f.matches(":focus")?u.cursor:null;$n(C,ue,M("selected"),_e,I);let Me=M("focus");Me&&Me.outline&&Nn(C,ue,Me.r,Me.c,I)}D(ue),L(ue,x,w,ke)}function J(w){let x=[...A.children].map(k=>k.textContent);x.length===w.length&&x.every((k,C)=>k===w[C])||(A.replaceChildren(...w.map(k=>d("span","cmw-badge",k))),A.hidden=w.length===0)}function D(w){v.hidden=!u.zoomable,u.zoomable&&(b.textContent=Vt(w,w.k),T.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,F.disabled=w.v>=w.k)}function B(w,x){let k=l.defaultView&&l.defaultView.devicePixelRatio||1,C=Math.max(1,Math.round(x.width*k)),I=Math.max(1,Math.round(x.height*k));(f.width!==C||f.height!==I)&&(f.width=C,f.height=I),f.style.width=`${x.width}px`,f.style.height=`${x.height}px`,w.setTransform(k,0,0,k,0,0),w.clearRect(0,0,x.width,x.height)}function L(w,x,k,C){let I=performance.now();f.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let X=null;!u.firstDrawn&&x>0&&(u.firstDrawn=!0,X=I-(u.draws===1?r:k)),o({k:x,draws:u.draws,lastMs:I-k,firstMs:X,view:{r0:w.r0,c0:w.c0,v:w.v}}),f.dataset.cellX0=String(w.x0),f.dataset.cellY0=String(w.y0),f.dataset.cellSize=String(w.cell),f.dataset.viewRow0=String(w.r0),f.dataset.viewCol0=String(w.c0),f.dataset.viewSize=String(w.v),f.dataset.cols=String(u.cols),f.dataset.extraX0=w.extra?String(w.xExtra):"",f.dataset.extraWidth=w.extra?String(w.xw):"",f.dataset.xTitle=C.x,f.dataset.yTitle=C.y,f.dataset.barTitle=C.bar,f.setAttribute("aria-label",`Confusion matrix of ${x} classes. Rows: ${C.y}. Columns: ${C.x}. Colours: ${C.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Vt(w,x)}; plus and minus zoom, 0 shows all.`:""))}function re(w,x,k,C){let I=0;if(u.zoomable)I=y(w,x);else for(let oe of Xe(k.k,u.step))I=Math.max(I,w.measureText(x[oe]).width);I=Math.min(C,I);let X=I>u.step*k.cell-4,te=k.extra?w.measureText(ht).width:0,ne=k.extra>0&&(X||te>k.xw+Ke-2),V=Math.max(X?I:de+2,ne?te:0);return{rotated:X,extraRotated:ne,height:Math.ceil(V)}}function Z(w,x){u.editor&&u.editor.finish(!1);let k=u.layout,C=w==="y"?Math.max(u.yLabelW+ge+4,100):120,I=Ce(k,x)+k.cell/2,X=w==="y"?k.x0-C:ee(I-C/2,0,Math.max(0,k.width-C)),te=w==="y"?Ae(k,x)+k.cell/2-11:k.y0+k.grid+ge,ne={left:f.offsetLeft+Math.max(0,X),top:f.offsetTop+te,width:C},V=M("labels");u.editor=mn({dom:t,host:E,box:ne,name:V[x],index:x,done:(oe,ze)=>{u.editor=null;let ke=M("labels");if(oe!==null&&x<ke.length){let Qe=ke.slice();Qe[x]=oe,e.set("display_labels",Qe)}ze&&f.focus({preventScroll:!0})}})}function se(w,x=!1){let k=f.getBoundingClientRect(),C=u.lastUp;return x&&C&&Math.abs(C.x-w.clientX)<1&&Math.abs(C.y-w.clientY)<1?[C.x-k.left,C.y-k.top]:[w.clientX-k.left,w.clientY-k.top]}function be(w,x){let k=u.layout;if(!k||k.k===0)return null;let C=de/2+1;if(w>=Q+ye&&w<k.x0&&x>=k.y0-C&&x<k.y0+k.grid+C){let te=Wt(x-k.y0,k.cell,u.step,k.k,C,k.r0,k.v);return te>=0?{axis:"y",index:te}:null}let I=k.y0+k.grid,X=k.x0+k.grid+(k.extra?Ke/2:20);if(x>=I&&x<I+ge+u.xLabels.height&&w>=k.x0-20&&w<X){let te=u.xLabels.rotated?C:u.step*k.cell/2,ne=Wt(w-k.x0,k.cell,u.step,k.k,te,k.c0,k.v);return ne>=0?{axis:"x",index:ne}:null}return null}function pe([w,x]){let k=M("k"),C=M("labels"),I=M("abstained");if(x>=k&&I){let V=[`True: ${C[w]}`,`Predicted: ${ht}`,`Count: ${ae(I.counts[w],M("countDigits"))}`],oe=M("fmt");return oe.kind==="percent"&&V.push(`Shown: ${$e(I.values[w],oe)} ${Mo[M("normalize")]||""}`.trim()),V.join(`
`)}let X=w*k+x,te=[`True: ${C[w]}`,`Predicted: ${C[x]}`,`Count: ${ae(M("counts")[X],M("countDigits"))}`],ne=M("fmt");if(ne.kind==="delta"&&te.push(`Change: ${$e(M("values")[X],ne)} since the compared run`),ne.kind==="percent"){let V=(M("multilabel")?So:Ao)[M("normalize")]||"";te.push(`Shown: ${$e(M("values")[X],ne)} ${V}`.trim())}return te.join(`
`)}function le(w,x,k){p.textContent=w,p.hidden=!1;let C=f.offsetLeft+x+14;C+p.offsetWidth+4>E.clientWidth&&(C=Math.max(0,f.offsetLeft+x-p.offsetWidth-10));let I=f.offsetTop+k+14;I+p.offsetHeight+4>E.clientHeight&&(I=Math.max(0,f.offsetTop+k-p.offsetHeight-10)),p.style.left=`${C}px`,p.style.top=`${I}px`}let ie=()=>u.zoomable&&u.view!==null&&u.view.v<M("k");function Se(w){let x=M("k"),k=me(w,x,u.vMin),C=u.view||Ee(x);return k.r0===C.r0&&k.c0===C.c0&&k.v===C.v?!1:(u.view=k,p.hidden=!0,S(),!0)}function Le(w,x=null){if(!u.zoomable||!u.layout)return;let k=u.layout;Se(nn(k,w,x,k.k,u.vMin))}function tr(w){w.target.closest(".cmw-zoom-in")?Le(Ye):w.target.closest(".cmw-zoom-out")?Le(1/Ye):w.target.closest(".cmw-zoom-fit")&&Se(Ee(M("k")))}function nr(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[x,k]=se(w);Le(an(w.deltaY,w.deltaMode),sn(x,k,u.layout))}function rr(w){if(u.panned=!1,u.pan=null,w.button!==0||!ie())return;let[x,k]=se(w);pt(x,k,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function or(w){let x=u.pan,k=w.clientX-x.x,C=w.clientY-x.y;if(!x.moved){if(Math.hypot(k,C)<ko)return;x.moved=!0,p.hidden=!0;try{f.setPointerCapture(x.id)}catch{}}f.style.cursor="grabbing",Se(rn(x.view,-C/x.cell,-k/x.cell,M("k"),u.vMin))}function sr(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,f.style.cursor="grab"),u.pan=null}function ir(w){if(u.pan&&u.pan.id===w.pointerId&&(or(w),u.pan.moved))return;let[x,k]=se(w),C=pt(x,k,u.layout);if(C){le(pe(C),x,k),f.style.cursor=ie()?"grab":"pointer";return}let I=be(x,k);if(f.style.cursor=I?"text":"default",I){let X=I.axis==="y"?"True class":"Predicted class";le(`${X} ${I.index}: ${M("labels")[I.index]}
(double-click to rename)`,x,k)}else p.hidden=!0}function ar(w){if(u.panned){u.panned=!1;return}let[x,k]=se(w,!0),C=pt(x,k,u.layout);C?(u.cursor=C,e.set("selected",C),S()):!be(x,k)&&M("selected")!=null&&e.set("selected",null)}function cr(w){let[x,k]=se(w,!0),C=be(x,k);C&&(w.preventDefault(),p.hidden=!0,Z(C.axis,C.index))}function lr(w){let x=M("k");if(x===0)return;let k=!0;if(jt.has(w.key)){let C=u.cursor||M("selected")||(ie()?[u.view.r0,u.view.c0]:null);u.cursor=ln(C,w.key,x,w.shiftKey?10:1,j(x)),ie()&&Se(ft(u.view,G(u.cursor),x,u.vMin)),N.textContent=pe(u.cursor).replace(/\n/g,", "),S()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Rn[w.key]){let C=Rn[w.key];if(C==="fit")Se(Ee(x));else{let I=u.cursor?G(u.cursor):null;Le(C==="in"?Ye:1/Ye,I?[I[0]+.5,I[1]+.5]:null),I&&ie()&&Se(ft(u.view,G(u.cursor),x,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let C=u.cursor||M("selected")||[0,0];u.cursor=C,e.set("selected",[C[0],C[1]])}else k=!1;k&&w.preventDefault()}a(f,"pointerdown",rr),a(f,"pointermove",ir),a(f,"pointerleave",()=>{p.hidden=!0}),a(f,"pointerup",sr),a(f,"pointercancel",()=>{u.pan=null}),a(f,"wheel",nr,{passive:!1}),a(v,"click",tr),a(f,"click",ar),a(f,"dblclick",cr),a(f,"keydown",lr),a(f,"focus",S),a(f,"blur",S);let Lt=()=>{let w=O();return w!==u.height&&!(Math.abs(w-u.height)<1)},Ne=l.defaultView;if(Ne&&typeof Ne.ResizeObserver<"u"){let w=new Ne.ResizeObserver(()=>{(u.detached||Math.abs(P()-u.width)>=1||Lt())&&S()});for(let k of[h,...i])w.observe(k);let x=h.closest(".cmw");x&&w.observe(x),a(Ne,"resize",()=>{Lt()&&S()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ne&&typeof Ne.MutationObserver<"u"&&l.body){let w=null,x=new Ne.MutationObserver(()=>{clearTimeout(w),w=setTimeout(S,100)});x.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{x.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let Je=M("selected"),Jt=M("focus");function Qt(){let w=M("selected"),x=M("focus"),k=w&&!(Je&&w[0]===Je[0]&&w[1]===Je[1]);x!==Jt&&x&&u.zoomable?Se(on(u.view,[x.r,x.c],M("k"),To,u.vMin)):k&&ie()&&Se(ft(u.view,G(w),M("k"),u.vMin)),Je=w,Jt=x,K()}return H(e,_o,Qt,c.signal),K(),{el:h,update:Qt,destroy:()=>{c.abort(),h.remove()}}}function Dn({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let l=e.get("metrics");if(s.hidden=l.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,T)=>g.append(r("td","cmw-num",T));i.replaceChildren();let h=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])h.append(r("th",null,g));let v=i.createTBody();for(let g of l.perClass){let T=v.insertRow(),F=r("th",null,g.label);F.title=F.textContent,T.append(F);for(let b of["precision","recall","f1"])m(T,ce(g[b]));m(T,ae(g.support,d))}for(let[g,T]of l.summary.entries()){let F=v.insertRow();if(F.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",F.append(r("th",null,String(T.name??""))),"value"in T)for(let b of["","",ce(T.value),""])m(F,b);else{for(let b of["precision","recall","f1"])m(F,ce(T[b]));m(F,ae(T.support,d))}}}return z(s,"toggle",()=>{s.open&&c&&a()},o.signal),H(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Bn({state:e,dom:t,signal:n}){let o=q(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return H(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function Be({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Pe(n,r,s);return z(c,"input",()=>{a=!0,o&&o(l()),d(l())},i),z(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(m,h,v){c.min=String(m),c.max=String(h),c.step=String(v)}}}var Eo=60,zn=700,wt="http://www.w3.org/2000/svg",Ze={w:240,h:56,pad:6};function Un(e,{w:t,h:n,pad:o}=Ze){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Co(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function jn({state:e,dom:t,signal:n,clock:o}){let r=q(n),{doc:s,h:i,button:c,option:a}=t,l=o||{now:()=>Date.now(),setTimeout:(_,P)=>setTimeout(_,P),clearTimeout:_=>clearTimeout(_)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),v=()=>e.get("runs").names,g=_=>{let P=v();_>=0&&_<P.length&&P[_]!==e.get("run")&&e.set("run",P[_])},T=Be({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Eo,clock:o,signal:r.signal,onInput:_=>{S(),h.textContent=v()[_]??""}}),F=T.el;F.min="0",F.step="1",F.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let A=i("select","cmw-compare-pick");A.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),A);let f=i("div","cmw-runs-top");f.append(m,F,h,b,E);let p=s.createElementNS(wt,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${Ze.w} ${Ze.h}`),p.setAttribute("width",String(Ze.w)),p.setAttribute("height",String(Ze.h));let N=i("div","cmw-history-legend");N.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,N),d.append(f,u),d.hidden=!0;let $=null;function M(){let _=e.get("runs"),P=e.get("run");if(d.hidden=_.names.length<2,d.hidden){S();return}let O=_.names.indexOf(P);F.max=String(_.names.length-1),!T.dragging()&&O>=0&&(F.value=String(O)),T.dragging()||(h.textContent=P);let R=Co(_.names,P);b.textContent=R,b.hidden=!R,U(_.names,e.get("compare")),Y(_,O)}function U(_,P){let O=a("","none");A.replaceChildren(O,..._.map(R=>a(R))),A.value=P!=null&&_.includes(P)?P:""}function Y(_,P){let O=[];for(let[j,G]of[[_.accuracy,"cmw-line-acc"],[_.macroF1,"cmw-line-f1"]]){let K=Un(j).filter(Boolean),J=s.createElementNS(wt,"polyline");J.setAttribute("class",G),J.setAttribute("fill","none"),J.setAttribute("points",K.map(D=>D.map(B=>B.toFixed(1)).join(",")).join(" ")),O.push(J)}let R=Un(_.accuracy);_.names.forEach((j,G)=>{if(!R[G])return;let K=s.createElementNS(wt,"circle");K.setAttribute("class",G===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),K.setAttribute("cx",R[G][0].toFixed(1)),K.setAttribute("cy",R[G][1].toFixed(1)),K.setAttribute("r",G===P?"4":"3"),K.setAttribute("data-run",String(G));let J=s.createElementNS(wt,"title");J.textContent=`${j}: accuracy ${ce(_.accuracy[G])}, macro F1 ${ce(_.macroF1[G])}`,K.append(J),O.push(K)}),p.replaceChildren(...O)}function W(){let _=v(),P=_.indexOf(e.get("run"));if(P<0||P>=_.length-1){S();return}g(P+1),$=l.setTimeout(W,zn)}function y(){let _=v();_.indexOf(e.get("run"))>=_.length-1&&g(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),$=l.setTimeout(W,zn)}function S(){$!==null&&l.clearTimeout($),$=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return z(m,"click",()=>$===null?y():S(),r.signal),z(b,"click",()=>{S(),g(v().length-1)},r.signal),z(A,"change",()=>e.set("compare",A.value===""?null:A.value),r.signal),z(p,"click",_=>{let P=_.target&&_.target.closest?_.target.closest("[data-run]"):null;P&&(S(),g(Number(P.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>S(),{once:!0}),H(e,["runs","run","compare"],M,r.signal),M(),{el:d,update:M,destroy:()=>{r.abort(),d.remove()}}}var No=60,Vn=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Wn({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),m=Be({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:No,clock:o,signal:r.signal,onInput:f=>{let p=i();l.textContent=f.toFixed(Te(p?p.step:.01))}}),h=m.el,v=s("label","cmw-field");v.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let T=s("label","cmw-field");T.append(s("span",null,"Hit when the true class is in the top"),g);let F=s("span","cmw-hint cmw-top-k-hint");F.setAttribute("role","status"),T.append(F);let b=s("div","cmw-abstain-stats");c.append(v,T,b);let A=null;function E(){let f=i(),p=!!(f&&f.kind==="multiclass");if(c.hidden=!p,!p)return;m.range(f.lo,f.hi,f.step);let N=f.abstain!==null&&f.abstain!==void 0;if(a.checked=N,h.disabled=!N,N&&(A=f.abstain),!m.dragging()){let u=N?f.abstain:A??(f.lo+f.hi)/2;h.value=String(u),l.textContent=N?Number(u).toFixed(Te(f.step)):"off"}g.max=String(f.k_max),t.doc.activeElement!==g&&(g.value=String(f.top_k)),b.replaceChildren(),N&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Vn(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Vn(f.covered_accuracy)}`))}return z(a,"change",()=>{i()&&d(a.checked?parseFloat(h.value):null)},r.signal),z(g,"change",()=>{let f=i(),p=Number(g.value),N=f&&Number.isInteger(p)&&p>=1&&p<=f.k_max;F.textContent=N||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,N?e.set("top_k",p):f&&(g.value=String(f.top_k))},r.signal),H(e,["scores"],E,r.signal),E(),{el:c,update:E,destroy:()=>{r.abort(),c.remove()}}}function Gn(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var $o=60,Ht={size:240,pad:34},Fo=[0,.5,1],Oo="http://www.w3.org/2000/svg",Po=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Kn({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s,doc:i}=t,c=(f,p={})=>{let N=i.createElementNS(Oo,f);for(let[u,$]of Object.entries(p))N.setAttribute(u,String($));return N},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let m=!1,h=null,v={},g=f=>{let p=e.get("binary");!p||!Number.isFinite(f)||e.set("threshold",ee(f,p.lo,p.hi))},T=Pe(g,$o,o);r.signal.addEventListener("abort",()=>T.cancel(),{once:!0});function F(f){let{size:p,pad:N}=Ht;l.replaceChildren();for(let u of Object.keys(v))delete v[u];for(let u of Po){let $=f[u.kind],M=s("figure",`cmw-curve cmw-curve-${u.kind}`),U=s("figcaption","cmw-curve-title"),Y=f[u.area],W=f.undefinedBecause?f.undefinedBecause[u.kind]:null;if(U.textContent=`${u.title}${Y===null||W?"":`  ${u.areaName} ${ce(Y)}`}`,W){M.append(U,s("p","cmw-curve-undefined",`Undefined: ${W}.`)),l.append(M);continue}let y=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});y.classList.add("cmw-curve-svg"),Object.assign(y.dataset,{kind:u.kind,plotSize:String(p),plotPad:String(N)}),y.append(c("rect",{x:N,y:N,width:p-2*N,height:p-2*N,class:"cmw-curve-frame"}),c("polyline",{points:j1($,p,N),class:"cmw-curve-line"})),u.kind==="roc"&&y.append(c("line",{x1:N,y1:p-N,x2:p-N,y2:N,class:"cmw-curve-chance"}));let S=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});S.textContent=u.x;let _=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});_.textContent=u.y,y.append(S,_,...b(p,N));let P=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),O=c("text",{x:N,y:N-8,class:"cmw-curve-readout"}),R=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),j=c("title");j.textContent="Drag along the curve to move the threshold",R.append(j),y.append(...P,O,R),M.append(U,y),l.append(M),v[u.kind]={plot:y,marker:R,guides:P,readout:O,curve:$,spec:u},A(y,$)}d.replaceChildren();for(let u of f.targets){let $=t.button("cmw-curve-target",`threshold for ${u.name}`);$.dataset.threshold=String(u.threshold),z($,"click",()=>g(u.threshold),r.signal),d.append($)}}function b(f,p){let N=f-2*p,u=[];for(let $ of Fo){let M=p+$*N,U=p+(1-$)*N,Y=String($);u.push(c("line",{x1:M,y1:f-p,x2:M,y2:f-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:U,x2:p,y2:U,class:"cmw-curve-tickmark"}));let W=c("text",{x:M,y:f-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});W.textContent=Y;let y=c("text",{x:p-6,y:U,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});y.textContent=Y,u.push(W,y)}return u}function A(f,p){let N=!1,u=M=>{let U=Gn(f.getBoundingClientRect(),Ht),Y=(M.clientX-U.x0)/U.inner,W=1-(M.clientY-U.y0)/U.inner;return p.t[U1(p,Y,W)]};z(f,"pointerdown",M=>{if(N=!0,f.setPointerCapture&&M.pointerId!==void 0)try{f.setPointerCapture(M.pointerId)}catch{}T(u(M))},r.signal),z(f,"pointermove",M=>{N&&T(u(M))},r.signal),z(f,"pointerup",M=>{N&&(N=!1,T.cancel(),g(u(M)))},r.signal),z(f,"pointercancel",()=>{N=!1,T.cancel()},r.signal)}function E(){let f=e.get("binary");if(a.hidden=!f,!f)return;let p=e.get("curves");if(!p){(!m||h!==null)&&(m=!0,h=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(F(p),h=p);let{size:N,pad:u}=Ht,$=N-2*u;for(let{marker:M,guides:U,readout:Y,spec:W,plot:y}of Object.values(v)){let[S,_]=W.at(f),P=Number.isFinite(S)&&Number.isFinite(_);for(let K of[M,...U])K.setAttribute("visibility",P?"visible":"hidden");if(Y.textContent=P?`${W.x} ${ce(S)}, ${W.y} ${ce(_)}`:"",!P)continue;let O=(u+S*$).toFixed(1),R=(u+(1-_)*$).toFixed(1);M.setAttribute("cx",O),M.setAttribute("cy",R);let[j,G]=U;Object.entries({x1:O,y1:R,x2:O,y2:N-u}).forEach(([K,J])=>j.setAttribute(K,J)),Object.entries({x1:O,y1:R,x2:u,y2:R}).forEach(([K,J])=>G.setAttribute(K,J)),y.dataset.markerX=String(S),y.dataset.markerY=String(_)}}return H(e,["binary","curves"],E,r.signal),E(),{el:a,update:E,destroy:()=>{r.abort(),a.remove()}}}var Ro=60,Xt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Io(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function Yn({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),m=0,v=Be({dom:t,cls:"cmw-label-threshold",write:$=>{let M=d();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite($))return;let U=M.thresholds.slice();U[m]=$,e.set("thresholds",U)},throttleMs:Ro,clock:o,signal:r.signal,onInput:$=>{let M=d();l.textContent=$.toFixed(Te(M?M.step:.01))}}),g=v.el,T=s("label","cmw-field");T.append(s("span",null,"Threshold"),g,l);let F=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),A=s("table","cmw-label-tables");i.append(a,T,F,b,A);let E="label",f=!1;function p(){let $=d(),M=!!($&&$.kind==="multilabel");if(i.hidden=!M,!M)return;let U=e.get("labels"),Y=e.get("metrics").perClass,W=e.get("countDigits");m=Math.min(m,U.length-1),(c.options.length!==U.length||[...c.options].some((S,_)=>S.textContent!==U[_]))&&c.replaceChildren(...U.map((S,_)=>t.option(String(_),S))),c.value=String(m);let y=Array.isArray($.thresholds);T.hidden=!y,g.disabled=!!$.fixed,y&&!v.dragging()&&(v.range($.lo,$.hi,$.step),g.value=String($.thresholds[m]),l.textContent=Number($.thresholds[m]).toFixed(Te($.step))),N($,U,W),u($,U,Y,W)}function N($,M,U){let Y=$.tables[m]||[0,0,0,0],W=s("table","cmw-readout-table");W.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let S=W.createTBody();[["truly absent",0],["truly present",2]].forEach(([P,O])=>{let R=S.insertRow();R.append(s("th",null,P));for(let j of[O,O+1]){let[G,K]=Xt[j],J=s("td"),D=t.button("cmw-label-cell",`${K} ${ae(Y[j],U)}`);D.dataset.cell=G,D.disabled=!!$.fixed,z(D,"click",()=>e.send({type:"label_cell",label:m,cell:G}),r.signal),J.append(D),R.append(J)}}),F.replaceChildren(s("div","cmw-label-focus-title",M[m]??""),W);let _=$.focus;if(_&&_.label===m){let P=Xt.find(([R])=>R===_.cell)?.[1]??_.cell,O=_.indices.length<_.total?`first ${_.indices.length} of ${_.total}`:`${_.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${P} of ${M[m]}: ${O} samples`),s("div","cmw-indices",_.indices.join(", ")))}else b.replaceChildren()}function u($,M,U,Y){let W=s("tr"),y=(O,R)=>{let j=E===O,G=t.button(`cmw-sort${j?" cmw-sorted":""}`,j?`${R} ${f?"▼":"▲"}`:R);G.dataset.sort=O,z(G,"click",()=>{f=j?!f:O!=="label",E=O,p(),A.querySelector(`[data-sort="${O}"]`).focus()},r.signal);let K=s("th");return K.setAttribute("aria-sort",j?f?"descending":"ascending":"none"),K.append(G),K};W.append(y("label","label"),...Xt.map(([,O])=>s("th",null,O)),y("f1","F1"),y("support","support"));let S=s("thead");S.append(W);let _=s("tbody"),P=U.length===M.length?U:M.map(()=>({f1:NaN,support:NaN}));for(let O of Io(P,E,f)){let R=s("tr",O===m?"cmw-focused":null);R.dataset.label=String(O);let j=t.button("cmw-label-name",M[O]);z(j,"click",()=>{m=O,p()},r.signal);let G=s("th");G.append(j),R.append(G,...($.tables[O]||[]).map(K=>s("td",null,ae(K,Y))),s("td",null,ce(P[O].f1)),s("td",null,ae(P[O].support,Y))),_.append(R)}A.replaceChildren(S,_)}return z(c,"change",()=>{m=Number(c.value)||0,p()},r.signal),H(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function Hn(e){let t=[Kn(e),Wn(e),Yn(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function Xn({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=r("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let v=r("p","cmw-sentence");for(let b of h.sentence){let A=String(b&&b.text!=null?b.text:"");v.append(b&&b.em?r("em",null,A):t.doc.createTextNode(A))}let g=r("div","cmw-selection-head");if(g.append(v,c()),i.append(g),!h.available){let b=e.get("table"),A=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",A));return}let T=k1(h);if(T.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),l(T));let F=Array.isArray(h.previews)?h.previews:[];F.length&&i.append(d(F))}function l(h){let v=r("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),v.append(g)}if(v.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),v.append(g)}return v}function d(h){let v=r("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let T=r("figure","cmw-preview-img"),F=r("img");F.src=g.src,F.alt=`sample ${g.index}`,T.append(F,r("figcaption",null,`#${g.index}`)),v.append(T)}else if(g.kind==="text"){let T=r("div","cmw-preview-text");T.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),v.append(T)}}return v}let m=null;return z(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let v=h.target.closest("button[data-offset]");if(!v)return;let g=e.get("selection");m=g&&{cls:v.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(v.dataset.offset)})},o.signal),H(e,["selection","table","hasSelection"],()=>{let h=m;m=null;let v=t.doc.activeElement,g=v&&(i.contains(v)||v===t.doc.body);a();let T=e.get("selection");if(!h||!T||T.i!==h.i||T.j!==h.j||!g)return;let F=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");F&&F.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var qn=e=>Math.round(e).toLocaleString("en-US");function Do(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${qn(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${qn(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Bo(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Zn({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Do(l);let d=Bo(e);c.hidden=!d,c.textContent=d||""}return H(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function zo(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var Uo=60;function Ln({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,h=null,v=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,T=(p,N)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Te(v(N)));function F(){let p=e.get("binary");if(i.hidden=!p,!p)return;let N=g();a.min=N?"0":String(p.lo),a.max=String(N?N.length-1:p.hi),a.step=N?"1":String(v(p));let u=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(u)&&(a.value=String(N?zo(N,u):u),l.textContent=T(u,p)),b(p)}function b(p){let N=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let M=u.createTBody(),U=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[W,...y]of U){let S=M.insertRow();S.append(s("th",null,W));for(let[_,P]of y){let O=s("td");O.append(s("span","cmw-tag",_),t.doc.createTextNode(` ${ae(P,N)}`)),S.append(O)}}let Y=s("div","cmw-readout-stats");for(let[W,y]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])Y.append(s("span","cmw-stat",`${W} ${ce(y)}`));d.replaceChildren(u,Y)}let A=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},E=Pe(A,Uo,o),f=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return z(a,"input",()=>{m=!0;let p=f(),N=e.get("binary");Number.isFinite(p)&&(l.textContent=N?T(p,N):p.toFixed(2)),E(p)},r.signal),z(a,"change",()=>{m=!1,E.cancel();let p=f();(p!==h||e.get("threshold")!==p)&&A(p)},r.signal),r.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table"],F,r.signal),F(),{el:i,update:F,destroy:()=>{r.abort(),i.remove()}}}var jo=300,Vo=200,Wo=16;function Go(e,t,n){let o=e-t-Wo,r=Math.min(Dt,Math.max(n,1)*dt)+Vo;return t>0&&o>=Math.max(jo,Math.min(r,.6*e))?o:e}function Ko(e,t){let n=e.dom.h("div","cmw-main"),o=Hn(e);o.el.classList.add("cmw-side");let s=In({...t,room:()=>Go(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function Yo(e){let t=dn(e),n=vn(e);return[L1({...e,extra:[t.button]}),t,Ln(e),Zn(e),Bn(e),n.panel,Ko(e,n.matrixCtx),n.table,jn(e),Z1(e),Xn(e),Dn(e)]}function Jn(e,t,n=performance.now()){let o=D1(t.ownerDocument||document),r=new AbortController,s=q1(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",z(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let c=({k:l,draws:d,lastMs:m,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=Yo({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var gt="cm-widget",Ho="application/vnd.cm-widget.view+json",qt="application/vnd.jupyter.widget-view+json",Qn=1e4,Xo="Saved view, no kernel behind it: run the cell to make it live.",Zt=null;async function qo(e){let t=Zt&&Zt[e];if(!t)throw new Error(`${gt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function Zo(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=r1,e.head.appendChild(t)}async function Lo(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await I1(n):null}function er(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Jo(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Lo(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),Qn))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=er(this,"rendermime"),r=o&&o.rendermime,s=er(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&qt in n.data&&r&&r.mimeTypes.includes(qt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(qt);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:Qn),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Zo(o),s.textContent=Xo;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:Jn(P1(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Qo(){let{Panel:e}=await qo("@lumino/widgets"),t=Jo(e);return{id:`${gt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ho],defaultRank:-20,createRenderer:n=>new t(n)}}}function es(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[gt]={init:e=>{Zt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${gt} has no module ${e}`);let t=es()?[await Qo()]:[];return()=>({__esModule:!0,default:t})}});})();
