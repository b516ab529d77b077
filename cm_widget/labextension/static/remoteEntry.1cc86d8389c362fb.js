(()=>{var s1=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function i1(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function a1(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function St(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function l1(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":St(t[o],t[o+1],t[o+2])}function c1(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return o}function br(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function xr([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function u1(e,t){let n=br(t);if(!n||xr(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function Q(e,t,n){return e<t?t:e>n?n:e}var vr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function me(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function d1(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=me(e),n=Math.floor(t.byteLength/8);if(vr)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Oe(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(c,m)=>setTimeout(c,m),clearTimeout:c=>clearTimeout(c)},r=-1/0,s=null,i=null,l=()=>{s=null,r=o.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let m=t-(o.now()-r);m<=0?(s!==null&&o.clearTimeout(s),l()):s===null&&(s=o.setTimeout(l,m))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),l())},a}var yr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Ar=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Re(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=yr[e&&e.dtype]||Float64Array,r=m1(o,me(e&&e.counts)),s=kr(e&&e.totals,t,n);if(e&&e.at!=null){let i=m1(Uint32Array,me(e.at)),l=new o(t*n),a=Math.min(i.length,r.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=r[c]);return{k:t,cols:n,counts:l,totals:s}}return r.length<t*n?{k:t,cols:n,counts:new o(t*n),totals:s}:{k:t,cols:n,counts:r.length===t*n?r:r.subarray(0,t*n),totals:s}}function m1(e,t){let n=e.BYTES_PER_ELEMENT,o=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,o);if(Ar&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,o);let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(o);for(let l=0;l<o;l++)i[l]=r[s](n*l,!0);return i}function kr(e,t,n){if(!e||typeof e!="object")return null;let o=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function je(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function ge(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*o];return l}let r=Math.floor(n/2);return r-=r%8,ge(e,t,r,o)+ge(e,t+r*o,n-r,o)}function nt(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return Sr(e,t,o,n,r,i);if(n==="true")for(let l=0;l<t;l++){let a=ge(e,l*o,o);for(let c=0;c<o;c++)i[l*o+c]=a===0?0:e[l*o+c]/a}else if(n==="pred"){let l=new Float64Array(o);for(let a=0;a<t;a++)for(let c=0;c<o;c++)l[c]+=e[a*o+c];for(let a=0;a<t;a++)for(let c=0;c<o;c++)i[a*o+c]=l[c]===0?0:e[a*o+c]/l[c]}else if(n==="all"){let l=ge(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function Sr(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[l]:o==="all"?r.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return o==="true"||o==="pred"||o==="all"?s:e}function rt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function _r(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ye(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>o-1?o-1:a,r[l]=_r(a)}return r}function _t(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Mr=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function p1(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?Mr.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ot(e){let t=me(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function st(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=St(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var tt=e=>Number(e.toPrecision(12));function it(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>tt(c*i)).find(c=>c>=s&&(!r||c<1||Number.isInteger(c)));l===void 0&&(l=tt(10*i)),r&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=o*(1+1e-12);c++){let m=tt(c*l);a.push([m/o,r?String(m):`${tt(m*100)}%`])}return a}function f1(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=me(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,c)=>{let m=d=>i.getFloat64(8*(4*c+d),!0);return{label:a,precision:m(0),recall:m(1),f1:m(2),support:m(3)}}),summary:o}}var Mt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lt=e=>Array.isArray(e)?e:[],Ve=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,at=e=>lt(e).map(Number).filter(Number.isInteger);function Tr(e){let t=Mt(e),n=lt(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(lt(r)[i])?Number(lt(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function Er(e,t){let n=Mt(e);if(typeof n.name!="string")return null;let o=Re(n.matrix),r=ot(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ve(n.fixed),broken:Ve(n.broken),changed:Ve(n.changed)}}function h1(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function w1(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Cr(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var g1=(e,t)=>{let n=w1(e);return ye(Cr(e,t),-n,n)};function b1(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function x1(e,t=0){let n=Math.abs(w1(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Nr(e){let t=Mt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:at(t.entered),cameFrom:at(t.came_from),left:at(t.left),wentTo:at(t.went_to),nEntered:Ve(t.n_entered),nLeft:Ve(t.n_left)}}var v1={runs:{raw:["_runs"],make:(e,t)=>Tr(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Er(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Nr(t("_moves"))}},y1=["run","compare"];var A1=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],k1=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ae(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ne(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=Q(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?b1(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function Tt(e,t,n,o=0){let r=Ne(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ae(t,o)})`}:{main:r,sub:""}}function le(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Te(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return Q(o-(n?Number(n):0),0,6)}function S1(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function _1(e,t){return t?`${e}_r`:e}function Et(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(o,t)&&s(r,n)?[o,r]:null}function M1(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var T1=[[`
`,"⏎"],["\r","␍"]];function We(e){let t=String(e);for(let[n,o]of T1)t=t.split(n).join(o);return t}function Ct(e,t){if(t!=null&&e===We(t))return String(t);let n=String(e);for(let[o,r]of T1)n=n.split(r).join(o);return n}function E1(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var $r=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ae(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Ie(e,t){let n=Ae(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if($r)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),l=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[l](o*a,!0);return i}var Fr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Or(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Fr[e.dtype];return t?Ie(t,e.data):null}function Rr(e){let t=Ae(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let l=0;for(let a=n-1;a>=0;a--)l=l*256+t[i+a];r[s]=l}return r}function N1(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ie(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ie(Uint32Array,t.sample_index):null,ids:Or(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ie(Float32Array,t.outside.scores),weights:t.outside.weights?Ie(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Ae(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Ie(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Rr(t.cells);return n}var $e=new Float32Array(1),C1=new Int32Array($e.buffer);function Ir(e,t){return $e[0]=e,$e[0]===0?(C1[0]=1,t?$e[0]:-$e[0]):(C1[0]+=$e[0]>0===t?1:-1,$e[0])}function Nt(e){let t=Math.fround(e);return t>e?Ir(t,!1):t}function Pe(e,t=-1/0,n=1/0){let o=Nt(Number(e));return Math.min(Math.max(o,Nt(t)),Nt(n))}function ct(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Pe(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,m=e.scores[a]>=l?s:i;o[c*n+m]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function $1(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=Pe(o);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&r.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function $t(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function F1(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>$t(e,o))}function Pr(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Pe(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?ge(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:l}}var be=(e,t)=>t!==0?e/t:0;function Dr(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let M=0;M<t;M++){let $=e[w*t+M];r[w]+=$,s[M]+=$,l+=$}o[w]=e[w*t+w],i+=o[w]}if(n){for(let w=0;w<t;w++)r[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=r[w];let c=[],m={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},h=0,y=0;for(let w=0;w<t;w++){let M={precision:be(o[w],s[w]),recall:be(o[w],r[w]),f1:be(2*o[w],r[w]+s[w]),support:r[w]};c.push(M);let $=be(r[w],a);for(let x of["precision","recall","f1"])m[x]+=M[x]/t,d[x]+=M[x]*$;r[w]>0&&(h+=1,y+=M.recall)}return{rows:c,accuracy:be(i,l),balancedAccuracy:h?y/h:0,macro:m,weighted:d}}function Ft(e,t,n=null,o=null){let r=Dr(e,t,Pr(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=r.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function Br(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:be(e,e+n),fpr:be(t,t+o),precision:be(e,e+t),f1:be(2*e,2*e+t+n),mcc:be(e*o-t*n,r)}}function Ot(e,t,n){let o=e.pos_index,r=1-o,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...Br(s(o,o),s(r,o),s(o,r),s(r,r))}}function O1(e){return e??"true"}function R1(e,t,n,o,r,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?zr(e):String(Math.trunc(e)),m=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=l?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${E1(o*100,1)}% of `,y;return i==="all"?y=[{text:`${h}all samples).`}]:i==="pred"&&l?y=[{text:`${h}the abstained samples).`}]:i==="pred"?y=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:y=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:m},{text:t,em:!0},{text:d},{text:n,em:!0},...y]}function zr(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Rt={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var jr=40,Vr="abstained";function Wr(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Gr(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}function I1(e){let t=Object.prototype.hasOwnProperty.call(Rt,e)?Rt[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let o=0;o<3;o++){let r=0;for(let s=0;s<256;s++)r+=t[256*o+s],n[3*s+o]=r}return n}var Kr=e=>e.every(t=>Number.isInteger(t));function P1(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let k of e.state.buffers)Wr(t,k.path,Ae(k.data));let n=e.k,o=N1(e),r=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let m=k=>{for(let b of r.get(k)||[])b()},d=(k,b)=>{t[k]=b,m(k)},h=Re(t._matrix),y=o?ct(o,t.threshold):Float64Array.from(je(h.counts,n,h.cols).square),w=h.cols===n+1?Array.from({length:n},(k,b)=>h.counts[b*h.cols+n]):null;function M(){return{k:n,dtype:"float64",counts:new Uint8Array(y.buffer.slice(0))}}function $(k,b){let F=`${k},${b},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=$1(o,k,b,t.threshold)),s.members}function x(k,b,F,O){let P=0;if(O==="true")for(let D of b){for(let z=0;z<n;z++)P+=y[D*n+z];w&&(P+=w[D])}else for(let D=0;D<n;D++)if(O==="all"){for(let z=0;z<n;z++)P+=y[D*n+z];w&&(P+=w[D])}else for(let z of F)P+=z===n?w?w[D]:0:y[D*n+z];return P?k/P:0}function A(k,b,F,O,P,D,z,K={},re={}){let I=0;for(let ie of F)for(let oe of O)I+=oe===n?w?w[ie]:0:y[ie*n+oe];let B=!!(o&&o.weights||!Kr(y)),Z=O1(t.normalize),ee;if(re.multilabel){let ie=h.totals,oe=ie?Z==="true"?ie.rows[k]:Z==="pred"?ie.cols[b]:ie.all:0;ee=oe?I/oe:0}else ee=x(I,F,O,Z);let L=o?D():[],ce=L.length,de=Math.max(0,Math.min(Math.trunc(z)||0,Math.max(ce-1,0)));de-=de%i;let we=L.slice(de,de+i),Be=[];for(let ie of we.slice(0,jr)){let oe=e.previews&&e.previews[String($t(o,ie))];oe&&Be.push(oe)}return{i:k,j:b,...K,sentence:R1(I,P[0],P[1],ee,k===b,B,{basis:Z,...re}),count:I,total:ce,offset:de,indices:o?F1(o,we):[],page_size:i,previews:Be,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function C(k,b,F){let O=t.display_labels||[];return w&&b===n?A(k,b,[k],[b],[String(O[k]??k),Vr],()=>[],F,{},{abstained:!0}):A(k,b,[k],[b],[String(O[k]??k),String(O[b]??b)],()=>$(k,b),F,{},{multilabel:l})}let p=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(p.length?n:0).fill(0);if(p.length){let k=t._groups.codes,b=new DataView(k.buffer,k.byteOffset,k.byteLength);for(let F=0;F<n;F++)f[F]=n<=65536?b.getUint16(2*F,!0):b.getUint32(4*F,!0)}let E=k=>f.flatMap((b,F)=>b===k?[F]:[]);function u(k,b){if(o.kind==="binary"){let O=[];for(let P of E(k))for(let D of E(b))O.push(...$(P,D));return O.sort((P,D)=>P-D)}let F=[];for(let O=0;O<o.n;O++){let P=o.cells[O],D=Math.floor(P/n);f[D]===k&&f[P-D*n]===b&&F.push(O)}return F}function N(k,b,F){return A(k,b,E(k),E(b),[p[k],p[b]],()=>u(k,b),F,{group:!0})}function _(k=0){let b=t.selected,F=t.selected_group;Array.isArray(b)&&b.length===2?d("_selection",C(b[0],b[1],k)):Array.isArray(F)&&F.length===2?d("_selection",N(F[0],F[1],k)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function V(k){let b=e.orders&&e.orders[k];b&&(d("_order",{dtype:b.dtype,classes:Ae(b.classes),groups:b.groups?Ae(b.groups):null}),d("order",k))}function Y(k,b,F,O=F){if(!(b===null||Array.isArray(b)&&b.length===2&&b.every((z,K)=>Number.isInteger(z)&&z>=0&&z<(K===0?F:O))))return;let D=k==="selected"?"selected_group":"selected";b!==null&&t[D]!=null&&(t[D]=null,m(D)),t[k]=b,m(k),_(0)}function G(k){if(!o||o.kind!=="binary"||!a)return;let b=Number(k);if(!Number.isFinite(b))return;let F=Pe(Math.min(Math.max(b,a.lo),a.hi),a.lo,a.hi);t.threshold=F,y=ct(o,F),d("_matrix",M()),d("_binary",Ot(a,y,F)),d("_metrics",Ft(y,n,o,F)),m("threshold"),t.selected!=null&&_(0)}function j(k){let b=String(k),F=b.endsWith("_r")?b.slice(0,-2):b,P=(e.luts&&e.luts[b]?Ae(e.luts[b]):null)||I1(b),D=P||(e.luts&&e.luts[F]?Ae(e.luts[F]):I1(F));D&&(d("_lut",P||Gr(D)),d("cmap",b))}return o&&o.kind==="binary"&&a&&(t.threshold=Pe(t.threshold,a.lo,a.hi),y=ct(o,t.threshold),t._matrix=M(),t._binary=Ot(a,y,t.threshold),t._metrics=Ft(y,n,o,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&_(0),{get:k=>t[k],on(k,b){return r.has(k)||r.set(k,new Set),r.get(k).add(b),()=>r.get(k).delete(b)},set(k,b){if(k==="threshold")return G(b);if(k==="cmap")return j(b);if(k==="normalize"){d(k,b??null),(t.selected!=null||t.selected_group!=null)&&_(t._selection?.offset||0);return}if(k==="display_labels"){if(!Array.isArray(b)||b.length!==n)return;d(k,b.map(String)),t.selected!=null&&_(t._selection?.offset||0);return}if(k==="selected")return Y(k,b,n,w?n+1:n);if(k==="selected_group")return Y(k,b,p.length);if(k==="order")return V(b);if(k==="errors_only")return d(k,b===!0);if(k==="level"){(b==="classes"||b==="groups"&&p.length)&&d(k,b);return}},send(k){k&&k.type==="page"&&(t.selected!=null||t.selected_group!=null)&&_(Number(k.offset)||0)}}}var Yr="CMW1";async function D1(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Hr(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Xr(e){return new TextDecoder().decode(await D1(e))}async function qr(e){let t=await D1(e);if(new TextDecoder().decode(t.subarray(0,4))!==Yr)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[l,a]=s.__cmw_bytes__;return Hr(o.subarray(l,l+a))}}return s})}async function B1(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await qr(t):JSON.parse(n==="gzip"?await Xr(t):t)}var Zr=new Set(["button","input","select","textarea","summary","canvas"]);function z1(e){let t=(r,s,i)=>{let l=e.createElement(r);return s&&(l.className=s),i!=null&&(l.textContent=i),Zr.has(r)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function U(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function X(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Lr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function It(e,t){let n=me(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Lr)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?l=>r.getFloat32(4*l,!0):l=>r.getFloat64(8*l,!0);for(let l=0;l<o;l++)s[l]=i(l);return s}function U1(e){if(!e||typeof e!="object")return null;let t=It(e.x,Float32Array),n=It(e.y,Float32Array),o=It(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Pt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function j1(e){if(!e||typeof e!="object")return null;let t=U1(e.roc),n=U1(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Pt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Pt(e.auc),ap:Pt(e.ap),targets:o,undefinedBecause:s}}function V1(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<r&&(r=a,o=s)}return o}function W1(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var Jr={uint16:2,uint32:4};function Dt(e,t){let n=Jr[t];if(!n)return null;let o=me(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function G1(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var K1=e=>Array.from({length:e},(t,n)=>n);function Y1(e,t,n){let o=e&&e.dtype,r=e?Dt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Dt(e.groups,o):null;return{classes:G1(r,t)?r:K1(t),groups:n?G1(i,s)?i:K1(s):null}}function H1(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Dt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function X1(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||r.length===n&&l<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<l;)a--;r.splice(a,0,[l,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let l=Math.floor(i/t),a=o?o[l]:ge(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var Bt={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function q1(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Bt),o=null,r=0;if(t.counts!=null){let s=me(t.counts),i=Math.floor(s.byteLength/4);if(r=Math.round(Math.sqrt(i)),r>0&&i===r*r&&s.byteLength===4*i){let l=new DataView(s.buffer);o=new Uint32Array(i);for(let a=0;a<i;a++)o[a]=l.getUint32(4*a,!0)}}return{k:r,cols:r,counts:o,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Z1(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function L1(e,t,n){if(!e||!e.counts||e.k!==t)return null;let o=new Uint32Array(t*t);for(let r=0;r<t;r++){let s=n?n[r]:r;for(let i=0;i<t;i++)o[r*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return o}var Qr=new Set(["normalize","cmap","threshold","display_labels","selected",...y1,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank"]),eo=10,ut=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},J1=e=>Array.isArray(e)?e:[],dt={matrix:{raw:["_matrix"],make:(e,t)=>Re(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>je(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Et(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>nt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>je(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?h1(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>rt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ye(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?g1(e("values"),e("k")):ye(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ot(t("_lut"))||a1()},lutText:{uses:["lut"],make:e=>st(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:p1(t("values_format"),e("normalize"),_t(e("allValues")))},countDigits:{uses:["matrix"],make:e=>_t(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?x1(e("values"),e("countDigits")):it(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>f1(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=ut(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=ut(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:J1(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>J1(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>q1(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Z1(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>j1(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=ut(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=ut(t("_table"));if(!n.engine)return null;let o=d1(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...v1,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Y1(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>H1(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Et(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>X1(e("counts"),e("k"),eo,to(e))},focus:{make:()=>null}},Ge={},Q1=e=>{if(!Ge[e]){let t=dt[e];Ge[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Q1)])]}return Ge[e]};for(let e of Object.keys(dt))Q1(e);function to(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ge(o,i*n,n)+r[i])}function en(e){let t=new Map,n=l=>{if(!dt[l])throw new Error(`unknown state key ${l}`);return dt[l]},o=l=>{let a=n(l),c=Ge[l].map(h=>e.get(h)),m=t.get(l);if(m&&m.raws.every((h,y)=>h===c[y]))return m.value;let d=a.make(o,h=>e.get(h));return t.set(l,{raws:c,value:d}),d};return{get:o,on:(l,a)=>{n(l);let c=Ge[l].map(m=>e.on(m,a));return()=>c.forEach(m=>m())},set:(l,a)=>{if(!Qr.has(l))throw new Error(`${l} is not something the page may write`);e.set(l,a)},send:l=>e.send(l)}}function H(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(l=>e.on(l,s));return o&&o.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var no=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ro(e,t){return`From ${e.name} to ${t}: ${no(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function oo(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function tn({state:e,dom:t,signal:n}){let o=X(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,m,d,h,y,w){let M=r("div",a);if(M.append(r("div","cmw-moves-title",`${c} (${m})`)),!d.length)return M.append(r("span","cmw-hint","none")),M;let $=r("div","cmw-moves-list");return d.forEach((x,A)=>{let C=r("span","cmw-move"),p=h[A];C.append(r("span","cmw-idx",`sample ${x}`),t.doc.createTextNode(": predicted "),r("em",null,w[p]??String(p)),t.doc.createTextNode(` in ${y}`)),$.append(C)}),M.append($),m>d.length&&M.append(r("span","cmw-hint",`showing the first ${d.length} of ${m}`)),M}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),m=r("p","cmw-compare-summary",ro(a,c));m.title=oo(a,c),s.append(m);let d=e.get("moves");if(!d){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),y=r("p","cmw-moves-head");y.append(t.doc.createTextNode("Cell true "),r("em",null,h[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),r("em",null,h[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(y,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,h),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,c,h))}return H(e,["compareState","moves","run","labels"],l,o.signal),l(),{el:s,update:l,destroy:()=>{o.abort(),s.remove()}}}function nn({state:e,dom:t,signal:n,extra:o=[]}){let r=X(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=k1.map(x=>{let A=i("cmw-seg-btn");return A.setAttribute("aria-label",x.label),A.append(s("span","cmw-long",x.label),s("span","cmw-short",x.short)),A.dataset.value=x.value===null?"":x.value,a.append(A),A}),m=s("label","cmw-field"),d=s("select","cmw-cmap");for(let x of A1)d.append(t.option(x));m.append(s("span","cmw-field-name","Colormap"),d);let h=t.option("cmw:compare"),y=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",y.append(w,s("span",null,"reverse")),l.append(a,m,y,...o);function M(){let x=e.get("normalize");for(let f of c){let E=(f.dataset.value||null)===x;f.classList.toggle("cmw-active",E),f.setAttribute("aria-pressed",String(E))}let A=e.get("compareState");if(d.disabled=!!A,w.disabled=!!A,A){h.textContent=`${A.cmap} (better / worse)`,h.parentNode||d.append(h),d.value=h.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${A.name}; the colormap returns when compare mode ends.`;return}h.remove(),d.removeAttribute("title");let{base:C,reversed:p}=S1(e.get("cmap"));[...d.options].some(f=>f.value===C)||d.append(t.option(C)),d.value=C,w.checked=p}let $=()=>e.set("cmap",_1(d.value,w.checked));return U(a,"click",x=>{let A=x.target.closest(".cmw-seg-btn");A&&e.set("normalize",A.dataset.value||null)},r.signal),U(d,"change",$,r.signal),U(w,"change",$,r.signal),H(e,["normalize","cmap","compareState"],M,r.signal),M(),{el:l,update:M,destroy:()=>{r.abort(),l.remove()}}}var mt=64,Ut=800,rn=120,pt=6,so=6,Ye=2,io=14,jt=140,J=8,ke=20,Vt=15,xe=6,Wt=16,Fe=14,Ke=6,zt=8,Gt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function He(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||mt,l=n.maxGrid||Ut,a=J+ke+o+xe,c=J,m=e>0&&n.extra?1:0,d=Math.min(l,Math.max(rn,t-a-s-J-m*Ke)),h=n.view||Ee(e),y=e>0?h.v:0,w=y>0?Math.min(i,d/(y+m)):0;m&&w<zt&&(w=Math.min(i,(d-zt)/y)),w>=pt&&(w=Math.floor(w));let M=w*y,$=a+M+Ke,x=m?Math.max(w,zt):0,A=m?$+x:a+M;return{k:e,v:y,r0:h.r0,c0:h.c0,room:d,cell:w,x0:a,y0:c,grid:M,extra:m,xExtra:$,xw:x,right:A,width:Math.ceil(A+s+J),height:Math.ceil(c+M+xe+r+ke+J+(Math.max(1,n.xTitleLines||1)-1)*Vt)}}function on(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=pt&&(o=Math.floor(o)),Math.max(rn,o*(n+e.extra))}function ft(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,l+Math.min(s,Math.floor(o/n.cell))]:null}function Ee(e){return{r0:0,c0:0,v:Math.max(0,e)}}function sn(e,t){return e*so>t}function an(e,t){return Math.min(e,Math.max(1,Math.ceil(t/mt)))}function fe(e,t,n=1){if(!(t>0))return Ee(0);let o=e||Ee(t),r=Q(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=Q(Math.round(Number(o.r0)||0),0,t-r),i=Q(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function ln(e,t,n,o,r=1){let s=fe(e,o,r);if(!(t>0)||!(o>0))return s;let i=Q(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(m,d)=>d-(d-m)*i/s.v;return fe({r0:c(s.r0,l),c0:c(s.c0,a),v:i},o,r)}function cn(e,t,n,o,r=1){let s=fe(e,o,r);return fe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function ht(e,t,n,o=1){let r=fe(e,n,o);if(!t)return r;let s=(i,l)=>l<i?l:l>=i+r.v?l-r.v+1:i;return fe({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function un(e,t,n,o,r=1){let s=fe(e,n,r),i=Math.min(s.v,Math.max(o,r));return fe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function dn(e,t,n){let o=n.v??n.k,r=(s,i,l)=>l+Q((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function mn(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**Q(-n/200,-1,1)}function Kt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function pn(e,t,n=io){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Xe(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Yt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=Q(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,r)?c:-1}function qe(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function fn(e,t,n,o=1,r=n){if(n<=0||!Gt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[Q(s,0,n-1),Q(i,0,r-1)]}var ve=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,he=(e,t)=>e.y0+(t-e.r0)*e.cell,Ze=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,wt=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function hn({state:e,dom:t,signal:n}){let o=X(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=r("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function m(){let w=e.get("labels");c=w;let M=r("div","cmw-labels-list");a=w.map((x,A)=>{let C=r("label","cmw-label-row"),p=r("input","cmw-label-input");return p.type="text",p.value=We(x),p.dataset.index=String(A),C.append(r("span","cmw-label-idx",String(A)),p),M.append(C),p});let $=r("div","cmw-labels-actions");$.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(M,$),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function h(){let w=c,M=e.get("labels"),$=a.map((x,A)=>x.value!==We(w[A])?Ct(x.value,w[A]):M[A]);d(!0),$.length===M.length&&$.some((x,A)=>x!==M[A])&&e.set("display_labels",$)}function y(){a&&a.length!==e.get("k")&&d()}return U(i,"click",()=>a?d():m(),o.signal),U(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),h()):w.key==="Escape"&&(w.preventDefault(),d(!0))},o.signal),U(l,"click",w=>{w.target.closest(".cmw-save")?h():w.target.closest(".cmw-cancel")&&d(!0)},o.signal),H(e,["labels","k"],y,o.signal),{el:l,button:i,update:y,open:m,close:d,isOpen:()=>a!==null,destroy:()=>{o.abort(),l.remove(),i.remove()}}}function wn({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=We(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(m,d=!1)=>{if(a)return;a=!0,l.abort();let h=Ct(i.value,o);i.remove(),s(m&&h!==o?h:null,d)};return i.addEventListener("keydown",m=>{(m.key==="Enter"&&!m.isComposing||m.key==="Escape")&&(m.preventDefault(),c(m.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var ao=12;function lo(e,t,n,o=ao){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(l,a)=>a==null||a<l||a>=l+r.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function gn({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let m=e.get("fmt"),d=ae(c.counts[a],e.get("countDigits"));return m.kind==="percent"?`${d} (${Ne(c.values[a],m)})`:d}function l(){let a=e.get("k"),c=e.get("labels"),m=e.get("selected"),d=e.get("abstained"),h=lo(s,a,m&&m[1]<a?m:m&&[m[0],null]),y=o("table"),w=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),M=o("tr");M.append(o("td"));for(let A=h.cols;A<h.cols+h.side;A++){let C=o("th",null,`Predicted ${c[A]}`);C.scope="col",M.append(C)}if(d){let A=o("th",null,"Abstained");A.scope="col",M.append(A)}let $=o("tbody");for(let A=h.rows;A<h.rows+h.side;A++){let C=o("tr"),p=o("th",null,`True ${c[A]}`);p.scope="row",C.append(p);let f=(E,u)=>{let N=o("td",null,u);m&&m[0]===A&&m[1]===E&&(N.dataset.selected="true",N.textContent=`${N.textContent}, selected`),C.append(N)};for(let E=h.cols;E<h.cols+h.side;E++)f(E,i(A*a+E));d&&f(a,i(A,d)),$.append(C)}let x=o("thead");x.append(M),y.append(w,x,$),r.replaceChildren(y)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:r,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>r.remove()}}function co(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:bn(e);if(o!=="groups"||!n)return Array.from(s,m=>({kind:"class",index:m,members:[m]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let m of s)l[n.codes[m]].push(m);let a=t&&t.groups&&t.groups.length===i?t.groups:bn(i),c=[];for(let m of a)if(r.has(m))for(let d of l[m])c.push({kind:"class",index:d,members:[d]});else c.push({kind:"group",index:m,members:l[m]});return c}function bn(e){return Array.from({length:e},(t,n)=>n)}function uo(e){return e.every(t=>t.kind==="class")}function Ht(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let l=0;l<o;l++)r[s*o+l]=e[i+n[l]]}return r}function mo(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)r[a]=l});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let l=r[i];if(!(l<0))for(let a=0;a<t;a++){let c=r[a];c>=0&&(s[l*o+c]+=e[i*t+a])}}return s}function xn(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function po(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=ye(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var vn=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks"]),fo=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues"];function yn(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=x=>e.get(x),s=(x,A,C)=>{let p=o.get(x);if(p&&p.deps.length===A.length&&p.deps.every((E,u)=>E===A[u]))return p.value;let f=C();return o.set(x,{deps:A,value:f}),f},i=()=>!!r("compareState"),l=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),l(),t.version],()=>co(r("k"),r("order"),r("groups"),l(),t.expanded)),c=()=>s("perm",[a()],()=>uo(a())?a().map(x=>x.index):null),m=()=>{let x=c();return x!==null&&x.every((A,C)=>A===C)},d={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let x=r("labels"),A=r("groups");return a().map(C=>C.kind==="class"?x[C.index]:`${A.names[C.index]} (${C.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(m())return r("counts");let x=c();return x?Ht(r("counts"),r("k"),x):mo(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(m())return r("values");let x=c();return x?r("values")===r("counts")?h("counts"):Ht(r("values"),r("k"),x):nt(h("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let x=r("abstained"),A=c();return!x||A===null?null:m()?x:{counts:xn(x.counts,A),values:xn(x.values,A)}}),abstained:()=>s("abstained",[d.abstainedRows(),d.vmax()],()=>{let x=d.abstainedRows();return x?x===r("abstained")&&d.vmax()===r("vmax")?x:{counts:x.counts,values:x.values,colors:ye(x.values,0,d.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),d.abstainedRows()],()=>{let x=a().length;if(r("errorsOnly")&&!i()){let f=d.abstainedRows();return po(h("values"),x,f&&f.values)}if(m())return{colors:r("colors"),vmax:r("vmax")};let A=c();if(A)return{colors:Ht(r("colors"),r("k"),A),vmax:r("vmax")};let C=h("values"),p=rt(C);return{colors:ye(C,0,p),vmax:p}}),colors:()=>d.colorsAndMax().colors,vmax:()=>d.colorsAndMax().vmax,colorbar:()=>s("colorbar",[d.vmax(),r("normalize"),r("colorbar")],()=>d.vmax()===r("vmax")?r("colorbar"):it(d.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),d.abstainedRows()],()=>{let x=a(),A=r("selected"),C=r("selectedGroup"),p=(u,N)=>x.findIndex(_=>_.kind===u&&_.index===N),f=u=>u===r("k")&&d.abstainedRows()?x.length:p("class",u),E=A?[p("class",A[0]),f(A[1])]:C?[p("group",C[0]),p("group",C[1])]:null;return E&&E[0]>=0&&E[1]>=0?E:null}),issueMarks:()=>s("issueMarks",[a(),r("issues")],()=>{let x=c();return x===null?null:L1(r("issues"),r("k"),m()?null:x)}),focus:()=>s("focus",[a(),t.version],()=>{let x=t.focus;if(x===null)return null;let A=f=>a().findIndex(E=>E.members.includes(f)),C=A(x.row),p=A(x.col);return C>=0&&p>=0?{r:C,c:p,outline:x.outline}:null})};function h(x){return vn.has(x)?d[x]():e.get(x)}function y(x,A){if(!vn.has(x))return e.on(x,A);let C=fo.map(f=>e.on(f,A)),p=()=>A();return n.add(p),()=>{C.forEach(f=>f()),n.delete(p)}}function w(x,A){let C=a();if(x==="selected"){if(A==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let p=C[A[0]],f=C[A[1]];if(p&&p.kind==="class"&&A[1]===C.length&&d.abstainedRows()){e.set("selected",[p.index,r("k")]);return}if(!p||!f)return;p.kind==="class"&&f.kind==="class"?e.set("selected",[p.index,f.index]):p.kind==="group"&&f.kind==="group"&&e.set("selected_group",[p.index,f.index]);return}if(x==="display_labels"){let p=r("labels").slice();A.forEach((f,E)=>{C[E]&&C[E].kind==="class"&&(p[C[E].index]=f)}),e.set("display_labels",p);return}e.set(x,A)}function M(){t.version+=1;for(let x of[...n])x()}return{get:h,on:y,set:w,send:x=>e.send(x),local:{expand(x,A){A?t.expanded.add(x):t.expanded.delete(x),M()},expanded:()=>new Set(t.expanded),focus(x,A,C=!1){t.focus=x==null?null:{row:x,col:A,outline:C},M()}}}}var An=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ho=8,wo=12,go=20;function bo(e,t,n=ho){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(o);c===0?r.push(l):c>0&&s.push(l)}),r.concat(s).slice(0,n)}function xo(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function vo(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function kn({state:e,display:t,dom:n,signal:o}){let r=X(o),s=(I,B,Z)=>U(I,B,Z,r.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),m=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[I,B]of An)h.append(a(I,B));let y=a("list","Custom (from Python)");y.disabled=!0,h.append(y),d.append(h);let w=i("label","cmw-errors-only-label"),M=i("input","cmw-errors-only");M.type="checkbox",w.append(M,n.doc.createTextNode(" Errors only"));let $=i("label","cmw-level-label","Show "),x=i("select","cmw-level");x.append(a("classes","Classes"),a("groups","Groups")),$.append(x),m.append(d,w,$);let A=i("div","cmw-expand");A.setAttribute("role","group"),A.setAttribute("aria-label","Expand groups");let C=i("div","cmw-search"),p=i("label","cmw-search-label");p.append(i("span","cmw-field-name","Find class "));let f=i("input","cmw-search-input");f.type="search",f.placeholder="Find class",f.setAttribute("role","combobox"),f.setAttribute("aria-autocomplete","list"),f.setAttribute("aria-expanded","false");let E=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;f.setAttribute("aria-controls",E),p.append(f);let u=i("ul","cmw-matches");u.id=E,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,C.append(p,u);let N=i("details","cmw-top"),_=i("summary","cmw-top-title","Largest errors"),V=!1;s(_,"click",()=>{V=!0}),_.id=`${E}-top`;let Y=i("ol","cmw-top-list");Y.setAttribute("aria-labelledby",_.id),N.append(_,Y);let G=i("div","cmw-sr");G.setAttribute("aria-live","polite"),G.setAttribute("role","status"),c.append(m,A,C,N,G);let j=I=>{G.textContent=I};s(h,"change",()=>{e.set("order",h.value),j(`Order: ${h.selectedOptions[0].textContent}.`)}),s(M,"change",()=>{e.set("errors_only",M.checked),j(M.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(x,"change",()=>{e.set("level",x.value),j(`Showing ${x.value}.`)}),s(A,"change",I=>{let B=I.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),j(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function k(I){let B=e.get("labels");f.value=B[I],b(),t.local.focus(I,I,!0),j(`Found ${B[I]}: its row and column are outlined.`)}function b(){u.hidden=!0,f.setAttribute("aria-expanded","false"),f.removeAttribute("aria-activedescendant")}function F(){let I=e.get("labels"),B=bo(I,f.value);u.replaceChildren(...B.map((Z,ee)=>{let L=i("li","cmw-match",I[Z]);return L.id=`${E}-${ee}`,L.setAttribute("role","option"),L.dataset.cls=String(Z),L})),u.hidden=B.length===0,f.setAttribute("aria-expanded",String(B.length>0)),f.value.trim()||t.local.focus(null)}function O(I){let B=[...u.children];if(!B.length)return null;let Z=B.findIndex(L=>L.getAttribute("aria-selected")==="true"),ee=I===0?Math.max(Z,0):(Z+I+B.length)%B.length;return B.forEach((L,ce)=>L.setAttribute("aria-selected",String(ce===ee))),f.setAttribute("aria-activedescendant",B[ee].id),B[ee]}s(f,"input",F),s(f,"keydown",I=>{if(I.key==="ArrowDown"||I.key==="ArrowUp")O(I.key==="ArrowDown"?1:-1),I.preventDefault();else if(I.key==="Enter"){let B=O(0);B&&k(Number(B.dataset.cls)),I.preventDefault()}else I.key==="Escape"&&!u.hidden&&(b(),I.preventDefault())}),s(u,"click",I=>{let B=I.target.closest("li[data-cls]");B&&k(Number(B.dataset.cls))}),s(Y,"click",I=>{let B=I.target.closest("button[data-i]");if(!B)return;let[Z,ee]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[Z,ee]),t.local.focus(Z,ee,!1)});function P(){let I=e.get("k");c.hidden=I<=2,C.hidden=I<=wo;let B=e.get("orderChoices");for(let L of h.options)L.value!=="list"&&(L.disabled=B!==null&&!B.includes(L.value),L.title=L.disabled?"Needs a live kernel":"");let Z=e.get("orderName");h.value=An.some(([L])=>L===Z)?Z:"list",M.checked=e.get("errorsOnly");let ee=e.get("groups");$.hidden=!ee,x.value=e.get("level"),D(ee),z()}function D(I){let B=t.local.expanded(),Z=!!I&&e.get("level")==="groups";if(A.hidden=!Z,!Z)return;let ee=I.names.map((L,ce)=>{let de=i("label","cmw-expand-item"),we=i("input");return we.type="checkbox",we.dataset.group=String(ce),we.checked=B.has(ce),de.append(we,n.doc.createTextNode(` ${L}`)),de});A.replaceChildren(i("span","cmw-expand-title","Expand: "),...ee)}function z(){let I=e.get("labels"),B=e.get("top");_.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,V||(N.open=e.get("k")>go),Y.replaceChildren(...B.map(Z=>{let ee=i("li"),L=l("cmw-top-item",xo(I,Z));return L.dataset.i=String(Z[0]),L.dataset.j=String(Z[1]),ee.append(L),ee})),N.hidden=B.length===0}let K=e.get("selection");function re(){let I=e.get("selection");I!==K&&j(vo(I)),K=I}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],P,r.signal),H(e,["selection"],re,r.signal),P(),{el:c,update:P,destroy:()=>{r.abort(),c.remove()}}}function Sn(e){let t=yn(e.state),n=kn({...e,display:t}),o=gn({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var _n=34;function Mn(e,t,n,o){if(!n)return 0;let r=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<r;i++)for(let l=0;l<r;l++){let a=n[i*r+l];if(!a||!wt(t,[i,l]))continue;let c=Ze(t,l),m=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),d=ve(t,l)+c,h=he(t,i);e.beginPath(),e.moveTo(d-m,h),e.lineTo(d,h),e.lineTo(d,h+m),e.closePath(),e.fillStyle=o.accent,e.fill(),c>=_n&&t.cell>=_n&&(e.font=`9px ${o.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=o.accent,e.fillText(String(a),d-m-1,h+1)),s+=1}return s}var pe=12,gt="abstained",Xt=8,yo=13;function Tn(e){return Array.from({length:256},(t,n)=>i1(e,n))}function En(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(c1(n,o,r*r),r,r),0,0),s}function Cn(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,he(t,r),t.xw,t.cell)}function Nn(e,t,n,o,r){if(t.cell<pt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=o[n[i*s+l]],e.fillRect(ve(t,l),he(t,i),t.cell,t.cell)}function $n(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Fn(e,t,n,o){let r=t.k,s=Math.min(yo,Math.floor(t.cell*.3));if(s<Xt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let m=he(t,c)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let h=Tt(n.values[c*r+d],n.counts[c*r+d],n.fmt,n.countDigits);l.push([ve(t,d)+t.cell/2,m,h,n.colors[c*r+d]])}if(i){let d=Tt(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,m,d,i.colors[c]])}}let a=Ao(e,l.map(c=>c[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,m,d,h]of l)e.fillStyle=l1(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(d.main,c,m-a.px*.5),e.font=a.subFont,e.fillText(d.sub,c,m+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,c,m))}}function Ao(e,t,n,o,r){let s=n-4,i=(a,c)=>{e.font=a;let m=0;for(let d of t)m=Math.max(m,e.measureText(c(d)).width);return m},l=t.length>0&&t[0].sub!=="";for(let a=o;a>=Xt;a--){let c=`${a}px ${r.family}`,m=Math.max(Xt-1,Math.round(a*.8)),d=`${m}px ${r.family}`;if(!(i(c,y=>y.main)>s))return l?n>=a*2.4+m&&i(d,y=>y.sub)<=s?{mode:"two",px:a,font:c,subFont:d}:i(c,y=>`${y.main} ${y.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function On(e,t,n,o,r,s,i,l){let a=C=>e.measureText(C).width;e.font=l(pe),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let C of Xe(t.v,r.step,t.r0)){let p=he(t,C)+t.cell/2;e.fillText(qe(n[C],o,a),t.x0-xe,p),e.moveTo(t.x0-3,Math.round(p)+.5),e.lineTo(t.x0,Math.round(p)+.5)}let c=t.y0+t.grid+xe,m=Xe(t.v,r.step,t.c0).map(C=>[ve(t,C)+t.cell/2,n[C],r.rotated]);t.extra&&m.push([t.xExtra+t.xw/2,gt,r.extraRotated]);for(let[C,p,f]of m){let E=qe(p,o,a);e.moveTo(Math.round(C)+.5,t.y0+t.grid),e.lineTo(Math.round(C)+.5,t.y0+t.grid+3),f?(e.save(),e.translate(C,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(E,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(E,C,c))}e.stroke(),e.font=l(pe,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+xe+r.height+ke/2+2,y=Math.max(...d.map(a)),w=Q(t.x0+t.grid/2,J+y/2,Math.max(J+y/2,t.width-J-y/2));d.forEach((C,p)=>e.fillText(C,w,h+p*Vt));let M=Math.max(t.grid,t.height-2*J),$=String(s.y),x=a($)<=M?$:qe($.split(" (")[0],M,a),A=Q(t.y0+t.grid/2,J+a(x)/2,Math.max(J,t.height-J-a(x)/2));e.save(),e.translate(J+ke/2,A),e.rotate(-Math.PI/2),e.fillText(x,0,0),e.restore()}function Rn(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Wt+Fe+6+n+ke)}function ko(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+Fe)*i)/i-l,c=Math.round(n*i),m=Math.round((n+o)*i)-c,d=y=>Math.min(255,Math.floor((y+.5)/m*256)),h=0;for(let y=1;y<=m;y++)y<m&&d(y)===d(h)||(e.fillStyle=r[d(h)],e.fillRect(l,(c+m-y)/i,a,(y-h)/i),h=y)}function In(e,t,n,o,r,s,i=""){if(i){e.font=s(pe-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let c=h=>e.measureText(h).width,m=qe(String(i),Math.max(t.grid,t.height-2*J),c),d=Q(t.y0+t.grid/2,J+c(m)/2,Math.max(J,t.height-J-c(m)/2));e.save(),e.translate(t.width-J-ke/2,d),e.rotate(-Math.PI/2),e.fillText(m,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Wt,a=t.grid;ko(e,l,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(l-.5,t.y0-.5,Fe+1,a+1),e.font=s(pe-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,m]of n){let d=t.y0+a*(1-Q(Number(c)||0,0,1));e.moveTo(l+Fe,Math.round(d)+.5),e.lineTo(l+Fe+3,Math.round(d)+.5),e.fillText(String(m),l+Fe+5,Q(d,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Pn(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,he(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(ve(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Dn(e,t,n,o,r){let s=([i,l],a,c,m)=>{if(!wt(t,[i,l]))return;let d=Math.max(Ze(t,l),8),h=Math.max(t.cell,8),y=ve(t,l)+Ze(t,l)/2-d/2,w=he(t,i)+t.cell/2-h/2;e.setLineDash(c),e.lineWidth=m,e.strokeStyle=r.bg,e.strokeRect(y+m,w+m,d-2*m,h-2*m),e.strokeStyle=a,e.strokeRect(y+m/2,w+m/2,d-m,h-m)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Bn={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},So={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function _o(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Bn[e.normalize]?(c=(e.multilabel?So:Bn)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(r+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:r,y:s,bar:c,badges:a}}function zn(e){let t=e("compareState");return _o({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Un(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var Mo=720,To=64,Eo=200,Co={true:"of its true row",pred:"of its predicted column",all:"of all samples"},No={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},$o=4,jn={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Fo=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks"],Oo={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Ro=24;function Vn({state:e,dom:t,signal:n,report:o=l=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let l=X(n),a=(g,v,S,T)=>U(g,v,S,l.signal,T),{doc:c,h:m,button:d}=t,h=m("div","cmw-matrix"),y=m("div","cmw-zoom");y.setAttribute("role","group"),y.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let M=d("cmw-zoom-in","+");M.setAttribute("aria-label","Zoom in"),M.title="Zoom in (+)";let $=d("cmw-zoom-fit","Fit");$.setAttribute("aria-label","Show all classes"),$.title="Show all classes (0)";let x=m("span","cmw-view-range");x.setAttribute("aria-live","polite"),y.append(w,M,$,x,m("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),y.hidden=!0;let A=m("div","cmw-mode");A.setAttribute("aria-live","polite"),A.hidden=!0;let C=m("div","cmw-plot"),p=m("canvas","cmw-canvas");p.tabIndex=0,p.setAttribute("role","img");let f=m("div","cmw-tooltip");f.hidden=!0,C.append(p,f);let E=m("div","cmw-sr");E.setAttribute("aria-live","polite"),h.append(A,y,C,E);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},N={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},_=g=>e.get(g),V=g=>{let v=_("lut"),S=_("compareState")?v:u1(v,g);return S===v?{lut:v,lutText:_("lutText")}:((N.themedOf[0]!==v||N.themedOf[1]!==g)&&(N.themed={lut:S,lutText:st(S)},N.themedOf=[v,g]),N.themed)},Y=()=>{let g=N.drawn.lut;return N.cssOf!==g&&(N.css=Tn(g)),N.cssOf=g,N.css},G=()=>{let g=_("colors"),v=N.drawn.lut;return N.bitmap&&N.bitmapOf[0]===g&&N.bitmapOf[1]===v||(N.bitmap=En(c,N.bitmap,g,v,_("k")),N.bitmapOf=[g,v]),N.bitmap};function j(g,v){let S=g.font,T=N.widths.get(S);if(T&&T.texts===v)return T.w;let R=0;for(let q of v)R=Math.max(R,g.measureText(q).width);return N.widths.set(S,{texts:v,w:R}),R}function k(){u.queued||l.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,l.signal.aborted||K()}))}function b(){let g=c.defaultView,v=g&&g.getComputedStyle?g.getComputedStyle(h):null,S=(T,R)=>(v&&v.getPropertyValue(T)||"").trim()||R;return{fg:v&&v.color||"#1f1f1f",muted:S("--cmw-muted","#616161"),accent:S("--cmw-accent","#1976d2"),border:S("--cmw-border","#bdbdbd"),bg:S("--cmw-bg","#ffffff"),family:v&&v.fontFamily||"sans-serif"}}let F=()=>(s?s():h.clientWidth)||Mo;function O(){let g=h.closest(".cmw"),v=c.defaultView;if(!g||!v||!h.isConnected||!g.getClientRects().length)return 1/0;let S=null;for(let W=g.parentElement;W&&W!==c.body&&W!==c.documentElement;W=W.parentElement){let se=v.getComputedStyle(W).overflowY;(se==="auto"||se==="scroll")&&W.clientHeight>=Eo&&(S=W)}if(!S&&v.top!==v)return 1/0;let T=Math.min(v.innerHeight,S?S.clientHeight:v.innerHeight);if(!(T>0))return 1/0;let R=W=>W.getBoundingClientRect().top,q=W=>W.getBoundingClientRect().bottom,te=To,ne=[...g.children].find(W=>W.contains(h));if(ne&&ne!==h){let W=[...ne.children].filter(se=>se!==h&&se.getClientRects().length&&R(se)>=q(h)-1);W.length&&(te+=Math.max(...W.map(q))-q(h))}for(let W=ne?ne.nextElementSibling:null;W&&!W.classList.contains("cmw-selection");W=W.nextElementSibling)W.getClientRects().length&&!W.classList.contains("cmw-sr")&&(te+=W.getBoundingClientRect().height);return Math.floor(T-(R(p)-R(g))-te)}function P(g){u.cursor&&(u.cursor[0]>=g||u.cursor[1]>=g)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=g}let D=g=>g+(g>0&&_("abstained")?1:0),z=g=>g[1]>=_("k")?[g[0],u.view?u.view.c0:0]:g;function K(){let g=performance.now(),v=_("k");v!==u.k&&P(v);let S=_("abstained");u.cols=D(v),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let T=p.getContext("2d");if(!T)return;let R=b();N.drawn=V(R.bg),u.detached=!h.isConnected;let q=(_e,Me)=>`${Me?"600 ":""}${_e}px ${R.family}`,te=_("labels");u.width=F(),T.font=q(pe);let ne=Math.min(jt,Math.max(40,Math.round(u.width*.2))),W=Math.ceil(Math.min(ne,j(T,te))),se=_("colorbar"),ze=Rn(T,se),Se=zn(_);re(Se.badges),u.height=O();let et={yLabelWidth:W,rightWidth:ze,extra:S?1:0,xTitleLines:1,xLabelHeight:Math.min(jt,j(T,te))},Ue;for(let _e=0;_e<3;_e++){let Me=He(v,u.width,{...et,maxGrid:Ue}),kt=on(Me,u.height);if(kt===void 0||kt===Ue)break;Ue=kt}let n1=He(v,u.width,{yLabelWidth:W,rightWidth:ze,extra:S?1:0,maxGrid:Ue});u.zoomable=v>0&&sn(v,n1.room),u.vMin=an(v,n1.room);let vt=u.zoomable?fe(u.view,v,u.vMin):Ee(v);u.view=u.zoomable?vt:null;let r1={yLabelWidth:W,rightWidth:ze,view:vt,extra:S?1:0,maxGrid:Ue},yt=He(v,u.width,r1);u.step=pn(vt.v,yt.cell),u.xLabels=ee(T,te,yt,ne),T.font=q(pe,!0);let o1=Un(Se.x,Math.max(yt.width-2*J,60),_e=>T.measureText(_e).width);T.font=q(pe);let ue=He(v,u.width,{...r1,xLabelHeight:u.xLabels.height,xTitleLines:o1.length});u.layout=ue,u.yLabelW=W,B(T,ue);let At=_("colors");if(v===0)T.fillStyle=R.muted,T.font=q(pe),T.fillText("No data",J,J+pe);else{At.length>=v*v&&Nn(T,ue,At,Y(),G),S&&Cn(T,ue,S.colors,Y()),$n(T,ue,R),Fn(T,ue,{values:_("values"),counts:_("counts"),colors:At,lut:N.drawn.lut,lutText:N.drawn.lutText,fmt:_("fmt"),countDigits:_("countDigits"),abstained:S},R),On(T,ue,te,ne,{step:u.step,...u.xLabels},{x:o1,y:Se.y},R,q),In(T,ue,se,Y(),R,q,Se.bar),p.dataset.issueMarks=String(Mn(T,ue,_("issueMarks"),R));let _e=u.cursor&&p.matches(":focus")?u.cursor:null;Dn(T,ue,_("selected"),_e,R);let Me=_("focus");Me&&Me.outline&&Pn(T,ue,Me.r,Me.c,R)}I(ue),Z(ue,v,g,Se)}function re(g){let v=[...A.children].map(S=>S.textContent);v.length===g.length&&v.every((S,T)=>S===g[T])||(A.replaceChildren(...g.map(S=>m("span","cmw-badge",S))),A.hidden=g.length===0)}function I(g){y.hidden=!u.zoomable,u.zoomable&&(x.textContent=Kt(g,g.k),M.disabled=g.v<=u.vMin,w.disabled=g.v>=g.k,$.disabled=g.v>=g.k)}function B(g,v){let S=c.defaultView&&c.defaultView.devicePixelRatio||1,T=Math.max(1,Math.round(v.width*S)),R=Math.max(1,Math.round(v.height*S));(p.width!==T||p.height!==R)&&(p.width=T,p.height=R),p.style.width=`${v.width}px`,p.style.height=`${v.height}px`,g.setTransform(S,0,0,S,0,0),g.clearRect(0,0,v.width,v.height)}function Z(g,v,S,T){let R=performance.now();p.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let q=null;!u.firstDrawn&&v>0&&(u.firstDrawn=!0,q=R-(u.draws===1?r:S)),o({k:v,draws:u.draws,lastMs:R-S,firstMs:q,view:{r0:g.r0,c0:g.c0,v:g.v}}),p.dataset.cellX0=String(g.x0),p.dataset.cellY0=String(g.y0),p.dataset.cellSize=String(g.cell),p.dataset.viewRow0=String(g.r0),p.dataset.viewCol0=String(g.c0),p.dataset.viewSize=String(g.v),p.dataset.cols=String(u.cols),p.dataset.extraX0=g.extra?String(g.xExtra):"",p.dataset.extraWidth=g.extra?String(g.xw):"",p.dataset.xTitle=T.x,p.dataset.yTitle=T.y,p.dataset.barTitle=T.bar,p.setAttribute("aria-label",`Confusion matrix of ${v} classes. Rows: ${T.y}. Columns: ${T.x}. Colours: ${T.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Kt(g,v)}; plus and minus zoom, 0 shows all.`:""))}function ee(g,v,S,T){let R=0;if(u.zoomable)R=j(g,v);else for(let se of Xe(S.k,u.step))R=Math.max(R,g.measureText(v[se]).width);R=Math.min(T,R);let q=R>u.step*S.cell-4,te=S.extra?g.measureText(gt).width:0,ne=S.extra>0&&(q||te>S.xw+Ke-2),W=Math.max(q?R:pe+2,ne?te:0);return{rotated:q,extraRotated:ne,height:Math.ceil(W)}}function L(g,v){u.editor&&u.editor.finish(!1);let S=u.layout,T=g==="y"?Math.max(u.yLabelW+xe+4,100):120,R=ve(S,v)+S.cell/2,q=g==="y"?S.x0-T:Q(R-T/2,0,Math.max(0,S.width-T)),te=g==="y"?he(S,v)+S.cell/2-11:S.y0+S.grid+xe,ne={left:p.offsetLeft+Math.max(0,q),top:p.offsetTop+te,width:T},W=_("labels");u.editor=wn({dom:t,host:C,box:ne,name:W[v],index:v,done:(se,ze)=>{u.editor=null;let Se=_("labels");if(se!==null&&v<Se.length){let et=Se.slice();et[v]=se,e.set("display_labels",et)}ze&&p.focus({preventScroll:!0})}})}function ce(g,v=!1){let S=p.getBoundingClientRect(),T=u.lastUp;return v&&T&&Math.abs(T.x-g.clientX)<1&&Math.abs(T.y-g.clientY)<1?[T.x-S.left,T.y-S.top]:[g.clientX-S.left,g.clientY-S.top]}function de(g,v){let S=u.layout;if(!S||S.k===0)return null;let T=pe/2+1;if(g>=J+ke&&g<S.x0&&v>=S.y0-T&&v<S.y0+S.grid+T){let te=Yt(v-S.y0,S.cell,u.step,S.k,T,S.r0,S.v);return te>=0?{axis:"y",index:te}:null}let R=S.y0+S.grid,q=S.x0+S.grid+(S.extra?Ke/2:20);if(v>=R&&v<R+xe+u.xLabels.height&&g>=S.x0-20&&g<q){let te=u.xLabels.rotated?T:u.step*S.cell/2,ne=Yt(g-S.x0,S.cell,u.step,S.k,te,S.c0,S.v);return ne>=0?{axis:"x",index:ne}:null}return null}function we([g,v]){let S=_("k"),T=_("labels"),R=_("abstained");if(v>=S&&R){let W=[`True: ${T[g]}`,`Predicted: ${gt}`,`Count: ${ae(R.counts[g],_("countDigits"))}`],se=_("fmt");return se.kind==="percent"&&W.push(`Shown: ${Ne(R.values[g],se)} ${Oo[_("normalize")]||""}`.trim()),W.join(`
`)}let q=g*S+v,te=[`True: ${T[g]}`,`Predicted: ${T[v]}`,`Count: ${ae(_("counts")[q],_("countDigits"))}`],ne=_("fmt");if(ne.kind==="delta"&&te.push(`Change: ${Ne(_("values")[q],ne)} since the compared run`),ne.kind==="percent"){let W=(_("multilabel")?No:Co)[_("normalize")]||"";te.push(`Shown: ${Ne(_("values")[q],ne)} ${W}`.trim())}return te.join(`
`)}function Be(g,v,S){f.textContent=g,f.hidden=!1;let T=p.offsetLeft+v+14;T+f.offsetWidth+4>C.clientWidth&&(T=Math.max(0,p.offsetLeft+v-f.offsetWidth-10));let R=p.offsetTop+S+14;R+f.offsetHeight+4>C.clientHeight&&(R=Math.max(0,p.offsetTop+S-f.offsetHeight-10)),f.style.left=`${T}px`,f.style.top=`${R}px`}let ie=()=>u.zoomable&&u.view!==null&&u.view.v<_("k");function oe(g){let v=_("k"),S=fe(g,v,u.vMin),T=u.view||Ee(v);return S.r0===T.r0&&S.c0===T.c0&&S.v===T.v?!1:(u.view=S,f.hidden=!0,k(),!0)}function Je(g,v=null){if(!u.zoomable||!u.layout)return;let S=u.layout;oe(ln(S,g,v,S.k,u.vMin))}function lr(g){g.target.closest(".cmw-zoom-in")?Je(Ye):g.target.closest(".cmw-zoom-out")?Je(1/Ye):g.target.closest(".cmw-zoom-fit")&&oe(Ee(_("k")))}function cr(g){if(!(g.ctrlKey||g.metaKey)||!u.zoomable)return;g.preventDefault();let[v,S]=ce(g);Je(mn(g.deltaY,g.deltaMode),dn(v,S,u.layout))}function ur(g){if(u.panned=!1,u.pan=null,g.button!==0||!ie())return;let[v,S]=ce(g);ft(v,S,u.layout)&&(u.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function dr(g){let v=u.pan,S=g.clientX-v.x,T=g.clientY-v.y;if(!v.moved){if(Math.hypot(S,T)<$o)return;v.moved=!0,f.hidden=!0;try{p.setPointerCapture(v.id)}catch{}}p.style.cursor="grabbing",oe(cn(v.view,-T/v.cell,-S/v.cell,_("k"),u.vMin))}function mr(g){u.lastUp={x:g.clientX,y:g.clientY},u.pan&&u.pan.moved&&(u.panned=!0,p.style.cursor="grab"),u.pan=null}function pr(g){if(u.pan&&u.pan.id===g.pointerId&&(dr(g),u.pan.moved))return;let[v,S]=ce(g),T=ft(v,S,u.layout);if(T){Be(we(T),v,S),p.style.cursor=ie()?"grab":"pointer";return}let R=de(v,S);if(p.style.cursor=R?"text":"default",R){let q=R.axis==="y"?"True class":"Predicted class";Be(`${q} ${R.index}: ${_("labels")[R.index]}
(double-click to rename)`,v,S)}else f.hidden=!0}function fr(g){if(u.panned){u.panned=!1;return}let[v,S]=ce(g,!0),T=ft(v,S,u.layout);T?(u.cursor=T,e.set("selected",T),k()):!de(v,S)&&_("selected")!=null&&e.set("selected",null)}function hr(g){let[v,S]=ce(g,!0),T=de(v,S);T&&(g.preventDefault(),f.hidden=!0,L(T.axis,T.index))}function wr(g){let v=_("k");if(v===0)return;let S=!0;if(Gt.has(g.key)){let T=u.cursor||_("selected")||(ie()?[u.view.r0,u.view.c0]:null);u.cursor=fn(T,g.key,v,g.shiftKey?10:1,D(v)),ie()&&oe(ht(u.view,z(u.cursor),v,u.vMin)),E.textContent=we(u.cursor).replace(/\n/g,", "),k()}else if(u.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&jn[g.key]){let T=jn[g.key];if(T==="fit")oe(Ee(v));else{let R=u.cursor?z(u.cursor):null;Je(T==="in"?Ye:1/Ye,R?[R[0]+.5,R[1]+.5]:null),R&&ie()&&oe(ht(u.view,z(u.cursor),v,u.vMin))}}else if(g.key==="Enter"||g.key===" "){let T=u.cursor||_("selected")||[0,0];u.cursor=T,e.set("selected",[T[0],T[1]])}else S=!1;S&&g.preventDefault()}a(p,"pointerdown",ur),a(p,"pointermove",pr),a(p,"pointerleave",()=>{f.hidden=!0}),a(p,"pointerup",mr),a(p,"pointercancel",()=>{u.pan=null}),a(p,"wheel",cr,{passive:!1}),a(y,"click",lr),a(p,"click",fr),a(p,"dblclick",hr),a(p,"keydown",wr),a(p,"focus",k),a(p,"blur",k);let Qt=()=>{let g=O();return g!==u.height&&!(Math.abs(g-u.height)<1)},Ce=c.defaultView;if(Ce&&typeof Ce.ResizeObserver<"u"){let g=new Ce.ResizeObserver(()=>{(u.detached||Math.abs(F()-u.width)>=1||Qt())&&k()});for(let S of[h,...i])g.observe(S);let v=h.closest(".cmw");v&&g.observe(v),a(Ce,"resize",()=>{Qt()&&k()}),l.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Ce&&typeof Ce.MutationObserver<"u"&&c.body){let g=null,v=new Ce.MutationObserver(()=>{clearTimeout(g),g=setTimeout(k,100)});v.observe(c.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{v.disconnect(),clearTimeout(g)},{once:!0})}l.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let Qe=_("selected"),e1=_("focus");function t1(){let g=_("selected"),v=_("focus"),S=g&&!(Qe&&g[0]===Qe[0]&&g[1]===Qe[1]);v!==e1&&v&&u.zoomable?oe(un(u.view,[v.r,v.c],_("k"),Ro,u.vMin)):S&&ie()&&oe(ht(u.view,z(g),_("k"),u.vMin)),Qe=g,e1=v,K()}return H(e,Fo,t1,l.signal),K(),{el:h,update:t1,destroy:()=>{l.abort(),h.remove()}}}function Wn({state:e,dom:t,signal:n}){let o=X(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let l=!0;function a(){let c=e.get("metrics");if(s.hidden=c.perClass.length===0,l=!s.open,!s.open)return;let m=e.get("countDigits"),d=(w,M)=>w.append(r("td","cmw-num",M));i.replaceChildren();let h=i.createTHead().insertRow();for(let w of["class","precision","recall","F1","support"])h.append(r("th",null,w));let y=i.createTBody();for(let w of c.perClass){let M=y.insertRow(),$=r("th",null,w.label);$.title=$.textContent,M.append($);for(let x of["precision","recall","f1"])d(M,le(w[x]));d(M,ae(w.support,m))}for(let[w,M]of c.summary.entries()){let $=y.insertRow();if($.className=w===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",$.append(r("th",null,String(M.name??""))),"value"in M)for(let x of["","",le(M.value),""])d($,x);else{for(let x of["precision","recall","f1"])d($,le(M[x]));d($,ae(M.support,m))}}}return U(s,"toggle",()=>{s.open&&l&&a()},o.signal),H(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Gn({state:e,dom:t,signal:n}){let o=X(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return H(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function Kn({state:e,dom:t,signal:n}){let o=X(n),{h:r,button:s,option:i}=t,l=r("div","cmw-rank"),a=r("label","cmw-rank-label","Sort samples by "),c=r("select","cmw-rank-menu");a.append(c);let m=r("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let h=r("div","cmw-issues");h.hidden=!0;let y=!1;function w(){let M=e.get("issues"),$=e.get("selection");if(l.hidden=!M||!$||$.available===!1,l.hidden)return;let x=M.ranks.join(",");c.dataset.ranks!==x&&(c.replaceChildren(...M.ranks.map(C=>i(C,Bt[C]))),c.dataset.ranks=x),c.value=e.get("rank"),c.disabled=M.kernelOnly,m.textContent=M.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=m.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,m);let A=$.issues&&Array.isArray($.issues.indices)?$.issues:null;A?(d.textContent=`${y?"Hide":"Show"} likely label errors (${A.total})`,d.setAttribute("aria-expanded",String(y)),h.hidden=!y,h.textContent=A.total?`${A.indices.join(", ")}${A.total>A.indices.length?", ...":""}`:"None in this cell.",l.append(d,h)):M.pending?l.append(r("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):M.hidden&&l.append(r("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return U(c,"change",()=>e.set("rank",c.value),o.signal),U(d,"click",()=>{y=!y,w()},o.signal),H(e,["issues","rank","selection"],w,o.signal),w(),{el:l,update:w,destroy:()=>{o.abort(),l.remove()}}}function De({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),m=Oe(n,r,s);return U(l,"input",()=>{a=!0,o&&o(c()),m(c())},i),U(l,"change",()=>{a=!1,m.cancel(),n(c())},i),i.addEventListener("abort",()=>m.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(d,h,y){l.min=String(d),l.max=String(h),l.step=String(y)}}}var Io=60,Yn=700,bt="http://www.w3.org/2000/svg",Le={w:240,h:56,pad:6};function Hn(e,{w:t,h:n,pad:o}=Le){let r=e.length,s=l=>r>1?o+l*(t-2*o)/(r-1):t/2,i=l=>o+(1-Math.min(1,Math.max(0,l)))*(n-2*o);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Po(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Xn({state:e,dom:t,signal:n,clock:o}){let r=X(n),{doc:s,h:i,button:l,option:a}=t,c=o||{now:()=>Date.now(),setTimeout:(b,F)=>setTimeout(b,F),clearTimeout:b=>clearTimeout(b)},m=i("div","cmw-runs");m.setAttribute("role","group"),m.setAttribute("aria-label","Runs");let d=l("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),y=()=>e.get("runs").names,w=b=>{let F=y();b>=0&&b<F.length&&F[b]!==e.get("run")&&e.set("run",F[b])},M=De({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Io,clock:o,signal:r.signal,onInput:b=>{k(),h.textContent=y()[b]??""}}),$=M.el;$.min="0",$.step="1",$.setAttribute("aria-label","Run");let x=l("cmw-run-newer","");x.title="Show the latest run";let A=i("select","cmw-compare-pick");A.setAttribute("aria-label","Compare with");let C=i("label","cmw-field");C.append(i("span",null,"Compare with"),A);let p=i("div","cmw-runs-top");p.append(d,$,h,x,C);let f=s.createElementNS(bt,"svg");f.setAttribute("class","cmw-history"),f.setAttribute("viewBox",`0 0 ${Le.w} ${Le.h}`),f.setAttribute("width",String(Le.w)),f.setAttribute("height",String(Le.h));let E=i("div","cmw-history-legend");E.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(f,E),m.append(p,u),m.hidden=!0;let N=null;function _(){let b=e.get("runs"),F=e.get("run");if(m.hidden=b.names.length<2,m.hidden){k();return}let O=b.names.indexOf(F);$.max=String(b.names.length-1),!M.dragging()&&O>=0&&($.value=String(O)),M.dragging()||(h.textContent=F);let P=Po(b.names,F);x.textContent=P,x.hidden=!P,V(b.names,e.get("compare")),Y(b,O)}function V(b,F){let O=a("","none");A.replaceChildren(O,...b.map(P=>a(P))),A.value=F!=null&&b.includes(F)?F:""}function Y(b,F){let O=[];for(let[D,z]of[[b.accuracy,"cmw-line-acc"],[b.macroF1,"cmw-line-f1"]]){let K=Hn(D).filter(Boolean),re=s.createElementNS(bt,"polyline");re.setAttribute("class",z),re.setAttribute("fill","none"),re.setAttribute("points",K.map(I=>I.map(B=>B.toFixed(1)).join(",")).join(" ")),O.push(re)}let P=Hn(b.accuracy);b.names.forEach((D,z)=>{if(!P[z])return;let K=s.createElementNS(bt,"circle");K.setAttribute("class",z===F?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),K.setAttribute("cx",P[z][0].toFixed(1)),K.setAttribute("cy",P[z][1].toFixed(1)),K.setAttribute("r",z===F?"4":"3"),K.setAttribute("data-run",String(z));let re=s.createElementNS(bt,"title");re.textContent=`${D}: accuracy ${le(b.accuracy[z])}, macro F1 ${le(b.macroF1[z])}`,K.append(re),O.push(K)}),f.replaceChildren(...O)}function G(){let b=y(),F=b.indexOf(e.get("run"));if(F<0||F>=b.length-1){k();return}w(F+1),N=c.setTimeout(G,Yn)}function j(){let b=y();b.indexOf(e.get("run"))>=b.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),N=c.setTimeout(G,Yn)}function k(){N!==null&&c.clearTimeout(N),N=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return U(d,"click",()=>N===null?j():k(),r.signal),U(x,"click",()=>{k(),w(y().length-1)},r.signal),U(A,"change",()=>e.set("compare",A.value===""?null:A.value),r.signal),U(f,"click",b=>{let F=b.target&&b.target.closest?b.target.closest("[data-run]"):null;F&&(k(),w(Number(F.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>k(),{once:!0}),H(e,["runs","run","compare"],_,r.signal),_(),{el:m,update:_,destroy:()=>{r.abort(),m.remove()}}}var Do=60,qn=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Zn({state:e,dom:t,signal:n,clock:o}){let r=X(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),m=p=>e.set("abstain",p),d=De({dom:t,cls:"cmw-abstain-slider",write:m,throttleMs:Do,clock:o,signal:r.signal,onInput:p=>{let f=i();c.textContent=p.toFixed(Te(f?f.step:.01))}}),h=d.el,y=s("label","cmw-field");y.append(a,s("span",null,"Abstain when the top score is below"),h,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let M=s("label","cmw-field");M.append(s("span",null,"Hit when the true class is in the top"),w);let $=s("span","cmw-hint cmw-top-k-hint");$.setAttribute("role","status"),M.append($);let x=s("div","cmw-abstain-stats");l.append(y,M,x);let A=null;function C(){let p=i(),f=!!(p&&p.kind==="multiclass");if(l.hidden=!f,!f)return;d.range(p.lo,p.hi,p.step);let E=p.abstain!==null&&p.abstain!==void 0;if(a.checked=E,h.disabled=!E,E&&(A=p.abstain),!d.dragging()){let u=E?p.abstain:A??(p.lo+p.hi)/2;h.value=String(u),c.textContent=E?Number(u).toFixed(Te(p.step)):"off"}w.max=String(p.k_max),t.doc.activeElement!==w&&(w.value=String(p.top_k)),x.replaceChildren(),E&&x.append(s("span","cmw-stat cmw-coverage",`coverage ${qn(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${qn(p.covered_accuracy)}`))}return U(a,"change",()=>{i()&&m(a.checked?parseFloat(h.value):null)},r.signal),U(w,"change",()=>{let p=i(),f=Number(w.value),E=p&&Number.isInteger(f)&&f>=1&&f<=p.k_max;$.textContent=E||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,E?e.set("top_k",f):p&&(w.value=String(p.top_k))},r.signal),H(e,["scores"],C,r.signal),C(),{el:l,update:C,destroy:()=>{r.abort(),l.remove()}}}function Ln(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Bo=60,qt={size:240,pad:34},zo=[0,.5,1],Uo="http://www.w3.org/2000/svg",jo=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Jn({state:e,dom:t,signal:n,clock:o}){let r=X(n),{h:s,doc:i}=t,l=(p,f={})=>{let E=i.createElementNS(Uo,p);for(let[u,N]of Object.entries(f))E.setAttribute(u,String(N));return E},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),m=s("div","cmw-curve-targets");a.append(c,m);let d=!1,h=null,y={},w=p=>{let f=e.get("binary");!f||!Number.isFinite(p)||e.set("threshold",Q(p,f.lo,f.hi))},M=Oe(w,Bo,o);r.signal.addEventListener("abort",()=>M.cancel(),{once:!0});function $(p){let{size:f,pad:E}=qt;c.replaceChildren();for(let u of Object.keys(y))delete y[u];for(let u of jo){let N=p[u.kind],_=s("figure",`cmw-curve cmw-curve-${u.kind}`),V=s("figcaption","cmw-curve-title"),Y=p[u.area],G=p.undefinedBecause?p.undefinedBecause[u.kind]:null;if(V.textContent=`${u.title}${Y===null||G?"":`  ${u.areaName} ${le(Y)}`}`,G){_.append(V,s("p","cmw-curve-undefined",`Undefined: ${G}.`)),c.append(_);continue}let j=l("svg",{width:f,height:f,viewBox:`0 0 ${f} ${f}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});j.classList.add("cmw-curve-svg"),Object.assign(j.dataset,{kind:u.kind,plotSize:String(f),plotPad:String(E)}),j.append(l("rect",{x:E,y:E,width:f-2*E,height:f-2*E,class:"cmw-curve-frame"}),l("polyline",{points:W1(N,f,E),class:"cmw-curve-line"})),u.kind==="roc"&&j.append(l("line",{x1:E,y1:f-E,x2:f-E,y2:E,class:"cmw-curve-chance"}));let k=l("text",{x:f/2,y:f-4,class:"cmw-curve-axis","text-anchor":"middle"});k.textContent=u.x;let b=l("text",{x:9,y:f/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${f/2})`});b.textContent=u.y,j.append(k,b,...x(f,E));let F=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),O=l("text",{x:E,y:E-8,class:"cmw-curve-readout"}),P=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),D=l("title");D.textContent="Drag along the curve to move the threshold",P.append(D),j.append(...F,O,P),_.append(V,j),c.append(_),y[u.kind]={plot:j,marker:P,guides:F,readout:O,curve:N,spec:u},A(j,N)}m.replaceChildren();for(let u of p.targets){let N=t.button("cmw-curve-target",`threshold for ${u.name}`);N.dataset.threshold=String(u.threshold),U(N,"click",()=>w(u.threshold),r.signal),m.append(N)}}function x(p,f){let E=p-2*f,u=[];for(let N of zo){let _=f+N*E,V=f+(1-N)*E,Y=String(N);u.push(l("line",{x1:_,y1:p-f,x2:_,y2:p-f+4,class:"cmw-curve-tickmark"})),u.push(l("line",{x1:f-4,y1:V,x2:f,y2:V,class:"cmw-curve-tickmark"}));let G=l("text",{x:_,y:p-f+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});G.textContent=Y;let j=l("text",{x:f-6,y:V,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});j.textContent=Y,u.push(G,j)}return u}function A(p,f){let E=!1,u=_=>{let V=Ln(p.getBoundingClientRect(),qt),Y=(_.clientX-V.x0)/V.inner,G=1-(_.clientY-V.y0)/V.inner;return f.t[V1(f,Y,G)]};U(p,"pointerdown",_=>{if(E=!0,p.setPointerCapture&&_.pointerId!==void 0)try{p.setPointerCapture(_.pointerId)}catch{}M(u(_))},r.signal),U(p,"pointermove",_=>{E&&M(u(_))},r.signal),U(p,"pointerup",_=>{E&&(E=!1,M.cancel(),w(u(_)))},r.signal),U(p,"pointercancel",()=>{E=!1,M.cancel()},r.signal)}function C(){let p=e.get("binary");if(a.hidden=!p,!p)return;let f=e.get("curves");if(!f){(!d||h!==null)&&(d=!0,h=null,c.replaceChildren(),m.replaceChildren(),e.send({type:"curves"}));return}h!==f&&($(f),h=f);let{size:E,pad:u}=qt,N=E-2*u;for(let{marker:_,guides:V,readout:Y,spec:G,plot:j}of Object.values(y)){let[k,b]=G.at(p),F=Number.isFinite(k)&&Number.isFinite(b);for(let K of[_,...V])K.setAttribute("visibility",F?"visible":"hidden");if(Y.textContent=F?`${G.x} ${le(k)}, ${G.y} ${le(b)}`:"",!F)continue;let O=(u+k*N).toFixed(1),P=(u+(1-b)*N).toFixed(1);_.setAttribute("cx",O),_.setAttribute("cy",P);let[D,z]=V;Object.entries({x1:O,y1:P,x2:O,y2:E-u}).forEach(([K,re])=>D.setAttribute(K,re)),Object.entries({x1:O,y1:P,x2:u,y2:P}).forEach(([K,re])=>z.setAttribute(K,re)),j.dataset.markerX=String(k),j.dataset.markerY=String(b)}}return H(e,["binary","curves"],C,r.signal),C(),{el:a,update:C,destroy:()=>{r.abort(),a.remove()}}}var Vo=60,Zt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Wo(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function Qn({state:e,dom:t,signal:n,clock:o}){let r=X(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),m=()=>e.get("scores"),d=0,y=De({dom:t,cls:"cmw-label-threshold",write:N=>{let _=m();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite(N))return;let V=_.thresholds.slice();V[d]=N,e.set("thresholds",V)},throttleMs:Vo,clock:o,signal:r.signal,onInput:N=>{let _=m();c.textContent=N.toFixed(Te(_?_.step:.01))}}),w=y.el,M=s("label","cmw-field");M.append(s("span",null,"Threshold"),w,c);let $=s("div","cmw-label-focus"),x=s("div","cmw-label-listing"),A=s("table","cmw-label-tables");i.append(a,M,$,x,A);let C="label",p=!1;function f(){let N=m(),_=!!(N&&N.kind==="multilabel");if(i.hidden=!_,!_)return;let V=e.get("labels"),Y=e.get("metrics").perClass,G=e.get("countDigits");d=Math.min(d,V.length-1),(l.options.length!==V.length||[...l.options].some((k,b)=>k.textContent!==V[b]))&&l.replaceChildren(...V.map((k,b)=>t.option(String(b),k))),l.value=String(d);let j=Array.isArray(N.thresholds);M.hidden=!j,w.disabled=!!N.fixed,j&&!y.dragging()&&(y.range(N.lo,N.hi,N.step),w.value=String(N.thresholds[d]),c.textContent=Number(N.thresholds[d]).toFixed(Te(N.step))),E(N,V,G),u(N,V,Y,G)}function E(N,_,V){let Y=N.tables[d]||[0,0,0,0],G=s("table","cmw-readout-table");G.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let k=G.createTBody();[["truly absent",0],["truly present",2]].forEach(([F,O])=>{let P=k.insertRow();P.append(s("th",null,F));for(let D of[O,O+1]){let[z,K]=Zt[D],re=s("td"),I=t.button("cmw-label-cell",`${K} ${ae(Y[D],V)}`);I.dataset.cell=z,I.disabled=!!N.fixed,U(I,"click",()=>e.send({type:"label_cell",label:d,cell:z}),r.signal),re.append(I),P.append(re)}}),$.replaceChildren(s("div","cmw-label-focus-title",_[d]??""),G);let b=N.focus;if(b&&b.label===d){let F=Zt.find(([P])=>P===b.cell)?.[1]??b.cell,O=b.indices.length<b.total?`first ${b.indices.length} of ${b.total}`:`${b.total}`;x.replaceChildren(s("div","cmw-label-listing-title",`${F} of ${_[d]}: ${O} samples`),s("div","cmw-indices",b.indices.join(", ")))}else x.replaceChildren()}function u(N,_,V,Y){let G=s("tr"),j=(O,P)=>{let D=C===O,z=t.button(`cmw-sort${D?" cmw-sorted":""}`,D?`${P} ${p?"▼":"▲"}`:P);z.dataset.sort=O,U(z,"click",()=>{p=D?!p:O!=="label",C=O,f(),A.querySelector(`[data-sort="${O}"]`).focus()},r.signal);let K=s("th");return K.setAttribute("aria-sort",D?p?"descending":"ascending":"none"),K.append(z),K};G.append(j("label","label"),...Zt.map(([,O])=>s("th",null,O)),j("f1","F1"),j("support","support"));let k=s("thead");k.append(G);let b=s("tbody"),F=V.length===_.length?V:_.map(()=>({f1:NaN,support:NaN}));for(let O of Wo(F,C,p)){let P=s("tr",O===d?"cmw-focused":null);P.dataset.label=String(O);let D=t.button("cmw-label-name",_[O]);U(D,"click",()=>{d=O,f()},r.signal);let z=s("th");z.append(D),P.append(z,...(N.tables[O]||[]).map(K=>s("td",null,ae(K,Y))),s("td",null,le(F[O].f1)),s("td",null,ae(F[O].support,Y))),b.append(P)}A.replaceChildren(k,b)}return U(l,"change",()=>{d=Number(l.value)||0,f()},r.signal),H(e,["scores","labels","metrics","countDigits"],f,r.signal),f(),{el:i,update:f,destroy:()=>{r.abort(),i.remove()}}}function er(e){let t=[Jn(e),Zn(e),Qn(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function tr({state:e,dom:t,signal:n}){let o=X(n),{h:r,button:s}=t,i=r("div","cmw-selection"),l=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let y=r("p","cmw-sentence");for(let x of h.sentence){let A=String(x&&x.text!=null?x.text:"");y.append(x&&x.em?r("em",null,A):t.doc.createTextNode(A))}let w=r("div","cmw-selection-head");if(w.append(y,l()),i.append(w),!h.available){let x=e.get("table"),A=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:x?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${x.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",A));return}let M=M1(h);if(M.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),c(M));let $=Array.isArray(h.previews)?h.previews:[];$.length&&i.append(m($))}function c(h){let y=r("div","cmw-pager");if(h.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(h.prevOffset),y.append(w)}if(y.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(h.nextOffset),y.append(w)}return y}function m(h){let y=r("div","cmw-previews");for(let w of h)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let M=r("figure","cmw-preview-img"),$=r("img");$.src=w.src,$.alt=`sample ${w.index}`,M.append($,r("figcaption",null,`#${w.index}`)),y.append(M)}else if(w.kind==="text"){let M=r("div","cmw-preview-text");M.append(r("span","cmw-idx",`#${w.index}`),r("span","cmw-snippet",String(w.text??""))),y.append(M)}}return y}let d=null;return U(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let y=h.target.closest("button[data-offset]");if(!y)return;let w=e.get("selection");d=w&&{cls:y.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(y.dataset.offset)})},o.signal),H(e,["selection","table","hasSelection"],()=>{let h=d;d=null;let y=t.doc.activeElement,w=y&&(i.contains(y)||y===t.doc.body);a();let M=e.get("selection");if(!h||!M||M.i!==h.i||M.j!==h.j||!w)return;let $=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");$&&$.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var nr=e=>Math.round(e).toLocaleString("en-US");function Go(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${nr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${nr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Ko(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function rr({state:e,dom:t,signal:n}){let o=X(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),l=r("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Go(c);let m=Ko(e);l.hidden=!m,l.textContent=m||""}return H(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Yo(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var Ho=60;function or({state:e,dom:t,signal:n,clock:o}){let r=X(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let m=s("div","cmw-readout");i.append(l,m),i.hidden=!0;let d=!1,h=null,y=f=>f.step>0?f.step:(f.hi-f.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,M=(f,E)=>w()?String(Number(f.toPrecision(6))):f.toFixed(Te(y(E)));function $(){let f=e.get("binary");if(i.hidden=!f,!f)return;let E=w();a.min=E?"0":String(f.lo),a.max=String(E?E.length-1:f.hi),a.step=E?"1":String(y(f));let u=e.get("threshold")??Number(f.threshold);!d&&Number.isFinite(u)&&(a.value=String(E?Yo(E,u):u),c.textContent=M(u,f)),x(f)}function x(f){let E=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${f.negName}`),s("th",null,`predicted ${f.posName}`));let _=u.createTBody(),V=[[`true ${f.negName}`,["TN",f.tn],["FP",f.fp]],[`true ${f.posName}`,["FN",f.fn],["TP",f.tp]]];for(let[G,...j]of V){let k=_.insertRow();k.append(s("th",null,G));for(let[b,F]of j){let O=s("td");O.append(s("span","cmw-tag",b),t.doc.createTextNode(` ${ae(F,E)}`)),k.append(O)}}let Y=s("div","cmw-readout-stats");for(let[G,j]of[["TPR",f.tpr],["FPR",f.fpr],["precision",f.precision],["F1",f.f1]])Y.append(s("span","cmw-stat",`${G} ${le(j)}`));m.replaceChildren(u,Y)}let A=f=>{Number.isFinite(f)&&(h=f,e.set("threshold",f))},C=Oe(A,Ho,o),p=()=>{let f=w();return f?f[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return U(a,"input",()=>{d=!0;let f=p(),E=e.get("binary");Number.isFinite(f)&&(c.textContent=E?M(f,E):f.toFixed(2)),C(f)},r.signal),U(a,"change",()=>{d=!1,C.cancel();let f=p();(f!==h||e.get("threshold")!==f)&&A(f)},r.signal),r.signal.addEventListener("abort",()=>C.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table"],$,r.signal),$(),{el:i,update:$,destroy:()=>{r.abort(),i.remove()}}}var Xo=300,qo=200,Zo=16;function Lo(e,t,n){let o=e-t-Zo,r=Math.min(Ut,Math.max(n,1)*mt)+qo;return t>0&&o>=Math.max(Xo,Math.min(r,.6*e))?o:e}function Jo(e,t){let n=e.dom.h("div","cmw-main"),o=er(e);o.el.classList.add("cmw-side");let s=Vn({...t,room:()=>Lo(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function Qo(e){let t=hn(e),n=Sn(e);return[nn({...e,extra:[t.button]}),t,or(e),rr(e),Gn(e),n.panel,Jo(e,n.matrixCtx),n.table,Xn(e),tn(e),tr(e),Kn(e),Wn(e)]}function sr(e,t,n=performance.now()){let o=z1(t.ownerDocument||document),r=new AbortController,s=en(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",U(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let m=t.closest("[tabindex]");m?m.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let l=({k:c,draws:m,lastMs:d,firstMs:h})=>{i.dataset.k=String(c),i.dataset.drawCount=String(m),i.dataset.lastDrawMs=d.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=Qo({state:s,dom:o,signal:r.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var xt="cm-widget",es="application/vnd.cm-widget.view+json",Lt="application/vnd.jupyter.widget-view+json",ir=1e4,ts="Saved view, no kernel behind it: run the cell to make it live.",Jt=null;async function ns(e){let t=Jt&&Jt[e];if(!t)throw new Error(`${xt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function rs(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=s1,e.head.appendChild(t)}async function os(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await B1(n):null}function ar(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ss(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=os(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),ir))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=ar(this,"rendermime"),r=o&&o.rendermime,s=ar(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Lt in n.data&&r&&r.mimeTypes.includes(Lt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Lt);if(this._live=a,s){let m=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),m?0:ir),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,m=>{console.error(m),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){rs(o),s.textContent=ts;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:sr(P1(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function is(){let{Panel:e}=await ns("@lumino/widgets"),t=ss(e);return{id:`${xt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[es],defaultRank:-20,createRenderer:n=>new t(n)}}}function as(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[xt]={init:e=>{Jt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${xt} has no module ${e}`);let t=as()?[await is()]:[];return()=>({__esModule:!0,default:t})}});})();
