(()=>{var qt=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

.cmw-top {
  flex-basis: 100%;
}

.cmw-top-title {
  margin: 0 0 2px;
  color: var(--cmw-muted);
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
`;function Ht(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Zt(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function wt(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function Jt(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":wt(t[o],t[o+1],t[o+2])}function Lt(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function Q(e,t,n){return e<t?t:e>n?n:e}var Lr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ge(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Qt(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=ge(e),n=Math.floor(t.byteLength/8);if(Lr)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function pe(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(u,d)=>setTimeout(u,d),clearTimeout:u=>clearTimeout(u)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let u=i;i=null,e(...u)},a=(...u)=>{i=u;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var Qr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},eo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Oe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=Qr[e&&e.dtype]||Float64Array,r=ge(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),c=to(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:c};if(eo||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:c};let a=new DataView(r.buffer),u={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new o(i);for(let p=0;p<i;p++)d[p]=a[u](s*p,!0);return{k:t,cols:n,counts:d,totals:c}}function to(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function ze(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function fe(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,fe(e,t,r,o)+fe(e,t+r*o,n-r,o)}function Ze(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return no(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=fe(e,c*o,o);for(let u=0;u<o;u++)i[c*o+u]=a===0?0:e[c*o+u]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let u=0;u<o;u++)c[u]+=e[a*o+u];for(let a=0;a<t;a++)for(let u=0;u<o;u++)i[a*o+u]=c[u]===0?0:e[a*o+u]/c[u]}else if(n==="all"){let c=fe(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function no(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function Je(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function ro(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function be(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=ro(a)}return r}function gt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var oo=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function en(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?oo.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function Le(e){let t=ge(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function tn(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=wt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var He=e=>Number(e.toPrecision(12));function Qe(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(u=>He(u*i)).find(u=>u>=s&&(!r||u<1||Number.isInteger(u)));c===void 0&&(c=He(10*i)),r&&(c=Math.max(1,c));let a=[];for(let u=0;u*c<=o*(1+1e-12);u++){let d=He(u*c);a.push([d/o,r?String(d):`${He(d*100)}%`])}return a}function nn(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=ge(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,u)=>{let d=p=>i.getFloat64(8*(4*u+p),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var bt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},tt=e=>Array.isArray(e)?e:[],Be=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,et=e=>tt(e).map(Number).filter(Number.isInteger);function so(e){let t=bt(e),n=tt(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(tt(r)[i])?Number(tt(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function io(e,t){let n=bt(e);if(typeof n.name!="string")return null;let o=Oe(n.matrix),r=Le(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,fixed:Be(n.fixed),broken:Be(n.broken),changed:Be(n.changed)}}function rn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function on(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function ao(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var sn=(e,t)=>{let n=on(e);return be(ao(e,t),-n,n)};function an(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function cn(e,t=0){let n=Math.abs(on(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function co(e){let t=bt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:et(t.entered),cameFrom:et(t.came_from),left:et(t.left),wentTo:et(t.went_to),nEntered:Be(t.n_entered),nLeft:Be(t.n_left)}}var ln={runs:{raw:["_runs"],make:(e,t)=>so(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>io(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>co(t("_moves"))}},un=["run","compare"];var dn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],mn=[{value:null,label:"Counts"},{value:"true",label:"By true row"},{value:"pred",label:"By predicted column"},{value:"all",label:"Over all"}];function re(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ce(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=Q(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?an(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function xt(e,t,n,o=0){let r=Ce(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${re(t,o)})`}:{main:r,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Se(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return Q(o-(n?Number(n):0),0,6)}function pn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function fn(e,t){return t?`${e}_r`:e}function vt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function hn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var wn=[[`
`,"⏎"],["\r","␍"]];function Ue(e){let t=String(e);for(let[n,o]of wn)t=t.split(n).join(o);return t}function yt(e,t){if(t!=null&&e===Ue(t))return String(t);let n=String(e);for(let[o,r]of wn)n=n.split(r).join(o);return n}function nt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0&&Number(a.replace(".",""))!==0?"-":"")+a}var lo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ke(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Ie(e,t){let n=ke(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(lo)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var uo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function mo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=uo[e.dtype];return t?Ie(t,e.data):null}function po(e){let t=ke(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function bn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ie(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ie(Uint32Array,t.sample_index):null,ids:mo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ie(Float32Array,t.outside.scores),weights:t.outside.weights?Ie(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=ke(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Ie(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=po(t.cells);return n}var Ne=new Float32Array(1),gn=new Int32Array(Ne.buffer);function fo(e,t){return Ne[0]=e,Ne[0]===0?(gn[0]=1,t?Ne[0]:-Ne[0]):(gn[0]+=Ne[0]>0===t?1:-1,Ne[0])}function At(e){let t=Math.fround(e);return t>e?fo(t,!1):t}function Re(e,t=-1/0,n=1/0){let o=At(Number(e));return Math.min(Math.max(o,At(t)),At(n))}function rt(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Re(t);for(let a=0;a<e.n;a++){let u=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[u*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function xn(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Re(o);for(let u=0;u<e.n;u++)e.positive[u]===i&&e.scores[u]>=a===c&&r.push(u)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function St(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function vn(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>St(e,o))}function ho(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Re(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?fe(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var he=(e,t)=>t!==0?e/t:0;function wo(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let y=0;y<t;y++){let N=e[g*t+y];r[g]+=N,s[y]+=N,c+=N}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let u=[],d={precision:0,recall:0,f1:0},p={precision:0,recall:0,f1:0},f=0,M=0;for(let g=0;g<t;g++){let y={precision:he(o[g],s[g]),recall:he(o[g],r[g]),f1:he(2*o[g],r[g]+s[g]),support:r[g]};u.push(y);let N=he(r[g],a);for(let b of["precision","recall","f1"])d[b]+=y[b]/t,p[b]+=y[b]*N;r[g]>0&&(f+=1,M+=y.recall)}return{rows:u,accuracy:he(i,c),balancedAccuracy:f?M/f:0,macro:d,weighted:p}}function kt(e,t,n=null,o=null){let r=wo(e,t,ho(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function go(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:he(e,e+n),fpr:he(t,t+o),precision:he(e,e+t),f1:he(2*e,2*e+t+n),mcc:he(e*o-t*n,r)}}function _t(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...go(s(o,o),s(r,o),s(o,r),s(r,r))}}function yn(e,t,n,o,r,s=!1){let i=s?bo(e):String(Math.trunc(e));return[{text:s?`A weight of ${i} is truly `:`${i} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `},{text:t,em:!0},{text:r?" and predicted ":" but predicted "},{text:n,em:!0},{text:` (${nt(o*100,1)}% of true `},{text:t,em:!0},{text:")."}]}function bo(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var vo=40,An="abstained";function yo(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Ao(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var So=e=>e.every(t=>Number.isInteger(t));function Sn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let v of e.state.buffers)yo(t,v.path,ke(v.data));let n=e.k,o=bn(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,u=v=>{for(let x of r.get(v)||[])x()},d=(v,x)=>{t[v]=x,u(v)},p=Oe(t._matrix),f=o?rt(o,t.threshold):Float64Array.from(ze(p.counts,n,p.cols).square),M=p.cols===n+1?Array.from({length:n},(v,x)=>p.counts[x*p.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(f.buffer.slice(0))}}function y(v,x){let I=`${v},${x},${t.threshold}`;return s.key!==I&&(s.key=I,s.members=xn(o,v,x,t.threshold)),s.members}function N(v,x,I,R,F,P,j,V={}){let Z=0,X=0;for(let se of I){for(let te=0;te<n;te++)X+=f[se*n+te];M&&(X+=M[se]);for(let te of R)Z+=te===n?M?M[se]:0:f[se*n+te]}let O=!!(o&&o.weights||!So(f)),D=X?Z/X:0,q=o?P():[],L=q.length,W=Math.max(0,Math.min(Math.trunc(j)||0,Math.max(L-1,0)));W-=W%i;let le=q.slice(W,W+i),ye=[];for(let se of le.slice(0,vo)){let te=e.previews&&e.previews[String(St(o,se))];te&&ye.push(te)}return{i:v,j:x,...V,sentence:yn(Z,F[0],F[1],D,v===x,O),count:Z,total:L,offset:W,indices:o?vn(o,le):[],page_size:i,previews:ye,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function b(v,x,I){let R=t.display_labels||[];if(M&&x===n){let P=N(v,x,[v],[x],[String(R[v]??v),An],()=>[],I);return P.sentence.splice(2,2,{text:" but the model "},{text:An,em:!0}),P}let F=N(v,x,[v],[x],[String(R[v]??v),String(R[x]??x)],()=>y(v,x),I);if(c){let P=p.totals?p.totals.rows[v]:0,j=P?F.count/P:0;F.sentence[2].text=" and predicted ",F.sentence[4].text=` (${nt(j*100,1)}% of the samples with `}return F}let S=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],T=new Array(S.length?n:0).fill(0);if(S.length){let v=t._groups.codes,x=new DataView(v.buffer,v.byteOffset,v.byteLength);for(let I=0;I<n;I++)T[I]=n<=65536?x.getUint16(2*I,!0):x.getUint32(4*I,!0)}let h=v=>T.flatMap((x,I)=>x===v?[I]:[]);function m(v,x){if(o.kind==="binary"){let R=[];for(let F of h(v))for(let P of h(x))R.push(...y(F,P));return R.sort((F,P)=>F-P)}let I=[];for(let R=0;R<o.n;R++){let F=o.cells[R],P=Math.floor(F/n);T[P]===v&&T[F-P*n]===x&&I.push(R)}return I}function E(v,x,I){return N(v,x,h(v),h(x),[S[v],S[x]],()=>m(v,x),I,{group:!0})}function l(v=0){let x=t.selected,I=t.selected_group;Array.isArray(x)&&x.length===2?d("_selection",b(x[0],x[1],v)):Array.isArray(I)&&I.length===2?d("_selection",E(I[0],I[1],v)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function $(v){let x=e.orders&&e.orders[v];x&&(d("_order",{dtype:x.dtype,classes:ke(x.classes),groups:x.groups?ke(x.groups):null}),d("order",v))}function _(v,x,I,R=I){if(!(x===null||Array.isArray(x)&&x.length===2&&x.every((j,V)=>Number.isInteger(j)&&j>=0&&j<(V===0?I:R))))return;let P=v==="selected"?"selected_group":"selected";x!==null&&t[P]!=null&&(t[P]=null,u(P)),t[v]=x,u(v),l(0)}function B(v){if(!o||o.kind!=="binary"||!a)return;let x=Number(v);if(!Number.isFinite(x))return;let I=Re(Math.min(Math.max(x,a.lo),a.hi),a.lo,a.hi);t.threshold=I,f=rt(o,I),d("_matrix",g()),d("_binary",_t(a,f,I)),d("_metrics",kt(f,n,o,I)),u("threshold"),t.selected!=null&&l(0)}function K(v){let x=String(v),I=x.endsWith("_r")?x.slice(0,-2):x,R=e.luts[x]||e.luts[I];if(!R)return;let F=ke(R);d("_lut",e.luts[x]?F:Ao(F)),d("cmap",x)}return o&&o.kind==="binary"&&a&&(t.threshold=Re(t.threshold,a.lo,a.hi),f=rt(o,t.threshold),t._matrix=g(),t._binary=_t(a,f,t.threshold),t._metrics=kt(f,n,o,t.threshold)),{get:v=>t[v],on(v,x){return r.has(v)||r.set(v,new Set),r.get(v).add(x),()=>r.get(v).delete(x)},set(v,x){if(v==="threshold")return B(x);if(v==="cmap")return K(x);if(v==="normalize")return d(v,x??null);if(v==="display_labels"){if(!Array.isArray(x)||x.length!==n)return;d(v,x.map(String)),t.selected!=null&&l(t._selection?.offset||0);return}if(v==="selected")return _(v,x,n,M?n+1:n);if(v==="selected_group")return _(v,x,S.length);if(v==="order")return $(x);if(v==="errors_only")return d(v,x===!0);if(v==="level"){(x==="classes"||x==="groups"&&S.length)&&d(v,x);return}},send(v){v&&v.type==="page"&&(t.selected!=null||t.selected_group!=null)&&l(Number(v.offset)||0)}}}var ko="CMW1";async function kn(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function _o(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Mo(e){return new TextDecoder().decode(await kn(e))}async function To(e){let t=await kn(e);if(new TextDecoder().decode(t.subarray(0,4))!==ko)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return _o(o.subarray(c,c+a))}}return s})}async function _n(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await To(t):JSON.parse(n==="gzip"?await Mo(t):t)}var Eo=new Set(["button","input","select","textarea","summary","canvas"]);function Mn(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),Eo.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function U(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Mt(e,t){let n=ge(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Co)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function Tn(e){if(!e||typeof e!="object")return null;let t=Mt(e.x,Float32Array),n=Mt(e.y,Float32Array),o=Mt(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Tt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function En(e){if(!e||typeof e!="object")return null;let t=Tn(e.roc),n=Tn(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Tt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Tt(e.auc),ap:Tt(e.ap),targets:o,undefinedBecause:s}}function Cn(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function Nn(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var No={uint16:2,uint32:4};function Et(e,t){let n=No[t];if(!n)return null;let o=ge(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function $n(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Fn=e=>Array.from({length:e},(t,n)=>n);function Pn(e,t,n){let o=e&&e.dtype,r=e?Et(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Et(e.groups,o):null;return{classes:$n(r,t)?r:Fn(t),groups:n?$n(i,s)?i:Fn(s):null}}function On(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Et(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function In(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:fe(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var $o=new Set(["normalize","cmap","threshold","display_labels","selected",...un,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),Fo=10,ot=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Rn=e=>Array.isArray(e)?e:[],st={matrix:{raw:["_matrix"],make:(e,t)=>Oe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>ze(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>vt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ze(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>ze(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?rn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Je(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:be(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?sn(e("values"),e("k")):be(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||Le(t("_lut"))||Zt()},lutText:{uses:["lut"],make:e=>tn(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:en(t("values_format"),e("normalize"),gt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>gt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?cn(e("values"),e("countDigits")):Qe(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>nn(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=ot(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=ot(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Rn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Rn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>En(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=ot(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=ot(t("_table"));if(!n.engine)return null;let o=Qt(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...ln,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Pn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>On(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?vt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>In(e("counts"),e("k"),Fo,Po(e))},focus:{make:()=>null}},je={},Dn=e=>{if(!je[e]){let t=st[e];je[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Dn)])]}return je[e]};for(let e of Object.keys(st))Dn(e);function Po(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>fe(o,i*n,n)+r[i])}function zn(e){let t=new Map,n=c=>{if(!st[c])throw new Error(`unknown state key ${c}`);return st[c]},o=c=>{let a=n(c),u=je[c].map(f=>e.get(f)),d=t.get(c);if(d&&d.raws.every((f,M)=>f===u[M]))return d.value;let p=a.make(o,f=>e.get(f));return t.set(c,{raws:u,value:p}),p};return{get:o,on:(c,a)=>{n(c);let u=je[c].map(d=>e.on(d,a));return()=>u.forEach(d=>d())},set:(c,a)=>{if(!$o.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function G(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var Oo=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Io(e,t){return`From ${e.name} to ${t}: ${e.fixed} fixed, ${e.broken} broken, ${Oo(e.changed,"sample")} changed their prediction.`}function Bn({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,u,d,p,f,M,g){let y=r("div",a);if(y.append(r("div","cmw-moves-title",`${u} (${d})`)),!p.length)return y.append(r("span","cmw-hint","none")),y;let N=r("div","cmw-moves-list");return p.forEach((b,S)=>{let T=r("span","cmw-move"),h=f[S];T.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[h]??String(h)),t.doc.createTextNode(` in ${M}`)),N.append(T)}),y.append(N),d>p.length&&y.append(r("span","cmw-hint",`showing the first ${p.length} of ${d}`)),y}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let u=e.get("run");s.append(r("p","cmw-compare-summary",Io(a,u)));let d=e.get("moves");if(!d){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),f=r("p","cmw-moves-head");f.append(t.doc.createTextNode("Cell true "),r("em",null,p[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),r("em",null,p[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(f,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,p),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,u,p))}return G(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function Un({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let u=mn.map(N=>{let b=i("cmw-seg-btn",N.label);return b.dataset.value=N.value===null?"":N.value,a.append(b),b}),d=s("label","cmw-field"),p=s("select","cmw-cmap");for(let N of dn)p.append(t.option(N));d.append(s("span",null,"Colormap"),p);let f=s("label","cmw-field"),M=s("input","cmw-reverse");M.type="checkbox",f.append(M,s("span",null,"reverse")),c.append(a,d,f,...o);function g(){let N=e.get("normalize");for(let T of u){let h=(T.dataset.value||null)===N;T.classList.toggle("cmw-active",h),T.setAttribute("aria-pressed",String(h))}let{base:b,reversed:S}=pn(e.get("cmap"));[...p.options].some(T=>T.value===b)||p.append(t.option(b)),p.value=b,M.checked=S}let y=()=>e.set("cmap",fn(p.value,M.checked));return U(a,"click",N=>{let b=N.target.closest(".cmw-seg-btn");b&&e.set("normalize",b.dataset.value||null)},r.signal),U(p,"change",y,r.signal),U(M,"change",y,r.signal),G(e,["normalize","cmap"],g,r.signal),g(),{el:c,update:g,destroy:()=>{r.abort(),c.remove()}}}var it=64,Nt=800,Ro=120,$t=6,Do=6,Ve=2,zo=14,jn=140,J=8,xe=20,Ft=15,we=6,Pt=16,$e=14,We=6,Ct=8,Ot=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function at(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||it,c=n.maxGrid||Nt,a=J+xe+o+we,u=J,d=e>0&&n.extra?1:0,p=Math.min(c,Math.max(Ro,t-a-s-J-d*We)),f=n.view||_e(e),M=e>0?f.v:0,g=M>0?Math.min(i,p/(M+d)):0;d&&g<Ct&&(g=Math.min(i,(p-Ct)/M)),g>=$t&&(g=Math.floor(g));let y=g*M,N=a+y+We,b=d?Math.max(g,Ct):0,S=d?N+b:a+y;return{k:e,v:M,r0:f.r0,c0:f.c0,room:p,cell:g,x0:a,y0:u,grid:y,extra:d,xExtra:N,xw:b,right:S,width:Math.ceil(S+s+J),height:Math.ceil(u+y+we+r+xe+J+(Math.max(1,n.xTitleLines||1)-1)*Ft)}}function ct(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function _e(e){return{r0:0,c0:0,v:Math.max(0,e)}}function Wn(e,t){return e*Do>t}function Vn(e,t){return Math.min(e,Math.max(1,Math.ceil(t/it)))}function ue(e,t,n=1){if(!(t>0))return _e(0);let o=e||_e(t),r=Q(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=Q(Math.round(Number(o.r0)||0),0,t-r),i=Q(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function Gn(e,t,n,o,r=1){let s=ue(e,o,r);if(!(t>0)||!(o>0))return s;let i=Q(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],u=(d,p)=>p-(p-d)*i/s.v;return ue({r0:u(s.r0,c),c0:u(s.c0,a),v:i},o,r)}function Kn(e,t,n,o,r=1){let s=ue(e,o,r);return ue({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function lt(e,t,n,o=1){let r=ue(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return ue({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function Xn(e,t,n,o,r=1){let s=ue(e,n,r),i=Math.min(s.v,Math.max(o,r));return ue({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function Yn(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+Q((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function qn(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**Q(-n/200,-1,1)}function It(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Hn(e,t,n=zo){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Ge(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Rt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let u=Q(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((u-s+.5)*t-e)<=Math.max(t/2,r)?u:-1}function Ke(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function Zn(e,t,n,o=1,r=n){if(n<=0||!Ot.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[Q(s,0,n-1),Q(i,0,r-1)]}var Me=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ve=(e,t)=>e.y0+(t-e.r0)*e.cell,Dt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,Jn=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Ln({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,u=null;function d(){let g=e.get("labels");u=g;let y=r("div","cmw-labels-list");a=g.map((b,S)=>{let T=r("label","cmw-label-row"),h=r("input","cmw-label-input");return h.type="text",h.value=Ue(b),h.dataset.index=String(S),T.append(r("span","cmw-label-idx",String(S)),h),y.append(T),h});let N=r("div","cmw-labels-actions");N.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(y,N),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function p(g=!1){a=null,u=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function f(){let g=u,y=e.get("labels"),N=a.map((b,S)=>b.value!==Ue(g[S])?yt(b.value,g[S]):y[S]);p(!0),N.length===y.length&&N.some((b,S)=>b!==y[S])&&e.set("display_labels",N)}function M(){a&&a.length!==e.get("k")&&p()}return U(i,"click",()=>a?p():d(),o.signal),U(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),f()):g.key==="Escape"&&(g.preventDefault(),p(!0))},o.signal),U(c,"click",g=>{g.target.closest(".cmw-save")?f():g.target.closest(".cmw-cancel")&&p(!0)},o.signal),G(e,["labels","k"],M,o.signal),{el:c,button:i,update:M,open:d,close:p,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function Qn({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ue(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,u=(d,p=!1)=>{if(a)return;a=!0,c.abort();let f=yt(i.value,o);i.remove(),s(d&&f!==o?f:null,p)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),u(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>u(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:u}}var Bo=12;function Uo(e,t,n,o=Bo){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function er({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,u={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),p=re(u.counts[a],e.get("countDigits"));return d.kind==="percent"?`${p} (${Ce(u.values[a],d)})`:p}function c(){let a=e.get("k"),u=e.get("labels"),d=e.get("selected"),p=e.get("abstained"),f=Uo(s,a,d&&d[1]<a?d:d&&[d[0],null]),M=o("table"),g=o("caption",null,`Confusion matrix, rows ${f.rows+1}-${f.rows+f.side} and columns ${f.cols+1}-${f.cols+f.side} of ${a}: rows are the true label, columns the predicted label.`),y=o("tr");y.append(o("td"));for(let S=f.cols;S<f.cols+f.side;S++){let T=o("th",null,`Predicted ${u[S]}`);T.scope="col",y.append(T)}if(p){let S=o("th",null,"Abstained");S.scope="col",y.append(S)}let N=o("tbody");for(let S=f.rows;S<f.rows+f.side;S++){let T=o("tr"),h=o("th",null,`True ${u[S]}`);h.scope="row",T.append(h);let m=(E,l)=>{let $=o("td",null,l);d&&d[0]===S&&d[1]===E&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),T.append($)};for(let E=f.cols;E<f.cols+f.side;E++)m(E,i(S*a+E));p&&m(a,i(S,p)),N.append(T)}let b=o("thead");b.append(y),M.append(g,b,N),r.replaceChildren(M)}return G(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function jo(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:tr(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:tr(i),u=[];for(let d of a)if(r.has(d))for(let p of c[d])u.push({kind:"class",index:p,members:[p]});else u.push({kind:"group",index:d,members:c[d]});return u}function tr(e){return Array.from({length:e},(t,n)=>n)}function Wo(e){return e.every(t=>t.kind==="class")}function zt(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function Vo(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let u=r[a];u>=0&&(s[c*o+u]+=e[i*t+a])}}return s}function nr(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function Go(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=be(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var rr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),Ko=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function or(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,S,T)=>{let h=o.get(b);if(h&&h.deps.length===S.length&&h.deps.every((E,l)=>E===S[l]))return h.value;let m=T();return o.set(b,{deps:S,value:m}),m},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>jo(r("k"),r("order"),r("groups"),c(),t.expanded)),u=()=>s("perm",[a()],()=>Wo(a())?a().map(b=>b.index):null),d=()=>{let b=u();return b!==null&&b.every((S,T)=>S===T)},p={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),S=r("groups");return a().map(T=>T.kind==="class"?b[T.index]:`${S.names[T.index]} (${T.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=u();return b?zt(r("counts"),r("k"),b):Vo(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=u();return b?r("values")===r("counts")?f("counts"):zt(r("values"),r("k"),b):Ze(f("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),S=u();return!b||S===null?null:d()?b:{counts:nr(b.counts,S),values:nr(b.values,S)}}),abstained:()=>s("abstained",[p.abstainedRows(),p.vmax()],()=>{let b=p.abstainedRows();return b?b===r("abstained")&&p.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:be(b.values,0,p.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),p.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let m=p.abstainedRows();return Go(f("values"),b,m&&m.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let S=u();if(S)return{colors:zt(r("colors"),r("k"),S),vmax:r("vmax")};let T=f("values"),h=Je(T);return{colors:be(T,0,h),vmax:h}}),colors:()=>p.colorsAndMax().colors,vmax:()=>p.colorsAndMax().vmax,colorbar:()=>s("colorbar",[p.vmax(),r("normalize"),r("colorbar")],()=>p.vmax()===r("vmax")?r("colorbar"):Qe(p.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),p.abstainedRows()],()=>{let b=a(),S=r("selected"),T=r("selectedGroup"),h=(l,$)=>b.findIndex(_=>_.kind===l&&_.index===$),m=l=>l===r("k")&&p.abstainedRows()?b.length:h("class",l),E=S?[h("class",S[0]),m(S[1])]:T?[h("group",T[0]),h("group",T[1])]:null;return E&&E[0]>=0&&E[1]>=0?E:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let S=m=>a().findIndex(E=>E.members.includes(m)),T=S(b.row),h=S(b.col);return T>=0&&h>=0?{r:T,c:h,outline:b.outline}:null})};function f(b){return rr.has(b)?p[b]():e.get(b)}function M(b,S){if(!rr.has(b))return e.on(b,S);let T=Ko.map(m=>e.on(m,S)),h=()=>S();return n.add(h),()=>{T.forEach(m=>m()),n.delete(h)}}function g(b,S){let T=a();if(b==="selected"){if(S==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let h=T[S[0]],m=T[S[1]];if(h&&h.kind==="class"&&S[1]===T.length&&p.abstainedRows()){e.set("selected",[h.index,r("k")]);return}if(!h||!m)return;h.kind==="class"&&m.kind==="class"?e.set("selected",[h.index,m.index]):h.kind==="group"&&m.kind==="group"&&e.set("selected_group",[h.index,m.index]);return}if(b==="display_labels"){let h=r("labels").slice();S.forEach((m,E)=>{T[E]&&T[E].kind==="class"&&(h[T[E].index]=m)}),e.set("display_labels",h);return}e.set(b,S)}function y(){t.version+=1;for(let b of[...n])b()}return{get:f,on:M,set:g,send:b=>e.send(b),local:{expand(b,S){S?t.expanded.add(b):t.expanded.delete(b),y()},expanded:()=>new Set(t.expanded),focus(b,S,T=!1){t.focus=b==null?null:{row:b,col:S,outline:T},y()}}}}var sr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Xo=8,Yo=12;function qo(e,t,n=Xo){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let u=String(i).toLowerCase().indexOf(o);u===0?r.push(c):u>0&&s.push(c)}),r.concat(s).slice(0,n)}function Ho(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function Zo(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function ir({state:e,display:t,dom:n,signal:o}){let r=Y(o),s=(O,D,q)=>U(O,D,q,r.signal),{h:i,button:c,option:a}=n,u=i("div","cmw-order"),d=i("div","cmw-order-bar"),p=i("label","cmw-order-label","Order "),f=i("select","cmw-order-select");for(let[O,D]of sr)f.append(a(O,D));let M=a("list","Custom (from Python)");M.disabled=!0,f.append(M),p.append(f);let g=i("label","cmw-errors-only-label"),y=i("input","cmw-errors-only");y.type="checkbox",g.append(y,n.doc.createTextNode(" Errors only"));let N=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),N.append(b),d.append(p,g,N);let S=i("div","cmw-expand");S.setAttribute("role","group"),S.setAttribute("aria-label","Expand groups");let T=i("div","cmw-search"),h=i("label","cmw-search-label","Find class "),m=i("input","cmw-search-input");m.type="search",m.setAttribute("role","combobox"),m.setAttribute("aria-autocomplete","list"),m.setAttribute("aria-expanded","false");let E=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;m.setAttribute("aria-controls",E),h.append(m);let l=i("ul","cmw-matches");l.id=E,l.setAttribute("role","listbox"),l.setAttribute("aria-label","Matching classes"),l.hidden=!0,T.append(h,l);let $=i("div","cmw-top"),_=i("p","cmw-top-title","Largest errors");_.id=`${E}-top`;let B=i("ol","cmw-top-list");B.setAttribute("aria-labelledby",_.id),$.append(_,B);let K=i("div","cmw-sr");K.setAttribute("aria-live","polite"),K.setAttribute("role","status"),u.append(d,S,T,$,K);let v=O=>{K.textContent=O};s(f,"change",()=>{e.set("order",f.value),v(`Order: ${f.selectedOptions[0].textContent}.`)}),s(y,"change",()=>{e.set("errors_only",y.checked),v(y.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),v(`Showing ${b.value}.`)}),s(S,"change",O=>{let D=O.target.closest("input[data-group]");D&&(t.local.expand(Number(D.dataset.group),D.checked),v(`${D.checked?"Expanded":"Collapsed"} ${D.parentElement.textContent.trim()}.`))});function x(O){let D=e.get("labels");m.value=D[O],I(),t.local.focus(O,O,!0),v(`Found ${D[O]}: its row and column are outlined.`)}function I(){l.hidden=!0,m.setAttribute("aria-expanded","false"),m.removeAttribute("aria-activedescendant")}function R(){let O=e.get("labels"),D=qo(O,m.value);l.replaceChildren(...D.map((q,L)=>{let W=i("li","cmw-match",O[q]);return W.id=`${E}-${L}`,W.setAttribute("role","option"),W.dataset.cls=String(q),W})),l.hidden=D.length===0,m.setAttribute("aria-expanded",String(D.length>0)),m.value.trim()||t.local.focus(null)}function F(O){let D=[...l.children];if(!D.length)return null;let q=D.findIndex(W=>W.getAttribute("aria-selected")==="true"),L=O===0?Math.max(q,0):(q+O+D.length)%D.length;return D.forEach((W,le)=>W.setAttribute("aria-selected",String(le===L))),m.setAttribute("aria-activedescendant",D[L].id),D[L]}s(m,"input",R),s(m,"keydown",O=>{if(O.key==="ArrowDown"||O.key==="ArrowUp")F(O.key==="ArrowDown"?1:-1),O.preventDefault();else if(O.key==="Enter"){let D=F(0);D&&x(Number(D.dataset.cls)),O.preventDefault()}else O.key==="Escape"&&!l.hidden&&(I(),O.preventDefault())}),s(l,"click",O=>{let D=O.target.closest("li[data-cls]");D&&x(Number(D.dataset.cls))}),s(B,"click",O=>{let D=O.target.closest("button[data-i]");if(!D)return;let[q,L]=[Number(D.dataset.i),Number(D.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[q,L]),t.local.focus(q,L,!1)});function P(){let O=e.get("k");u.hidden=O<=2,T.hidden=O<=Yo;let D=e.get("orderChoices");for(let W of f.options)W.value!=="list"&&(W.disabled=D!==null&&!D.includes(W.value),W.title=W.disabled?"Needs a live kernel":"");let q=e.get("orderName");f.value=sr.some(([W])=>W===q)?q:"list",y.checked=e.get("errorsOnly");let L=e.get("groups");N.hidden=!L,b.value=e.get("level"),j(L),V()}function j(O){let D=t.local.expanded(),q=!!O&&e.get("level")==="groups";if(S.hidden=!q,!q)return;let L=O.names.map((W,le)=>{let ye=i("label","cmw-expand-item"),se=i("input");return se.type="checkbox",se.dataset.group=String(le),se.checked=D.has(le),ye.append(se,n.doc.createTextNode(` ${W}`)),ye});S.replaceChildren(i("span","cmw-expand-title","Expand: "),...L)}function V(){_.textContent=e.get("multilabel")?"Most frequent label pairs":"Largest errors";let O=e.get("labels"),D=e.get("top");B.replaceChildren(...D.map(q=>{let L=i("li"),W=c("cmw-top-item",Ho(O,q));return W.dataset.i=String(q[0]),W.dataset.j=String(q[1]),L.append(W),L})),$.hidden=D.length===0}let Z=e.get("selection");function X(){let O=e.get("selection");O!==Z&&v(Zo(O)),Z=O}return G(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],P,r.signal),G(e,["selection"],X,r.signal),P(),{el:u,update:P,destroy:()=>{r.abort(),u.remove()}}}function ar(e){let t=or(e.state),n=ir({...e,display:t}),o=er({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var ce=12,ut="abstained",Bt=8,Jo=13;function cr(e){return Array.from({length:256},(t,n)=>Ht(e,n))}function lr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(Lt(n,o,r*r),r,r),0,0),s}function ur(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,ve(t,r),t.xw,t.cell)}function dr(e,t,n,o,r){if(t.cell<$t){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect(Me(t,c),ve(t,i),t.cell,t.cell)}function mr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function pr(e,t,n,o){let r=t.k,s=Math.min(Jo,Math.floor(t.cell*.3));if(s<Bt||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let u=t.r0;u<t.r0+t.v;u++){let d=ve(t,u)+t.cell/2;for(let p=t.c0;p<t.c0+t.v;p++){let f=xt(n.values[u*r+p],n.counts[u*r+p],n.fmt,n.countDigits);c.push([Me(t,p)+t.cell/2,d,f,n.colors[u*r+p]])}if(i){let p=xt(i.values[u],i.counts[u],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,p,i.colors[u]])}}let a=Lo(e,c.map(u=>u[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[u,d,p,f]of c)e.fillStyle=Jt(n.lutText,n.lut,f),a.mode==="two"?(e.font=a.font,e.fillText(p.main,u,d-a.px*.5),e.font=a.subFont,e.fillText(p.sub,u,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&p.sub?`${p.main} ${p.sub}`:p.main,u,d))}}function Lo(e,t,n,o,r){let s=n-4,i=(a,u)=>{e.font=a;let d=0;for(let p of t)d=Math.max(d,e.measureText(u(p)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=Bt;a--){let u=`${a}px ${r.family}`,d=Math.max(Bt-1,Math.round(a*.8)),p=`${d}px ${r.family}`;if(!(i(u,M=>M.main)>s))return c?n>=a*2.4+d&&i(p,M=>M.sub)<=s?{mode:"two",px:a,font:u,subFont:p}:i(u,M=>`${M.main} ${M.sub}`)<=s?{mode:"one",px:a,font:u}:{mode:"main",px:a,font:u}:{mode:"main",px:a,font:u}}return null}function fr(e,t,n,o,r,s,i,c){let a=T=>e.measureText(T).width;e.font=c(ce),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let T of Ge(t.v,r.step,t.r0)){let h=ve(t,T)+t.cell/2;e.fillText(Ke(n[T],o,a),t.x0-we,h),e.moveTo(t.x0-3,Math.round(h)+.5),e.lineTo(t.x0,Math.round(h)+.5)}let u=t.y0+t.grid+we,d=Ge(t.v,r.step,t.c0).map(T=>[Me(t,T)+t.cell/2,n[T],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,ut,r.extraRotated]);for(let[T,h,m]of d){let E=Ke(h,o,a);e.moveTo(Math.round(T)+.5,t.y0+t.grid),e.lineTo(Math.round(T)+.5,t.y0+t.grid+3),m?(e.save(),e.translate(T,u),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(E,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(E,T,u))}e.stroke(),e.font=c(ce,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let p=Array.isArray(s.x)?s.x:[String(s.x)],f=t.y0+t.grid+we+r.height+xe/2+2,M=Math.max(...p.map(a)),g=Q(t.x0+t.grid/2,J+M/2,Math.max(J+M/2,t.width-J-M/2));p.forEach((T,h)=>e.fillText(T,g,f+h*Ft));let y=Math.max(t.grid,t.height-2*J),N=String(s.y),b=a(N)<=y?N:Ke(N.split(" (")[0],y,a),S=Q(t.y0+t.grid/2,J+a(b)/2,Math.max(J,t.height-J-a(b)/2));e.save(),e.translate(J+xe/2,S),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function hr(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Pt+$e+6+n+xe)}function wr(e,t,n,o,r,s,i=""){if(i){e.font=s(ce-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let d=M=>e.measureText(M).width,p=Ke(String(i),Math.max(t.grid,t.height-2*J),d),f=Q(t.y0+t.grid/2,J+d(p)/2,Math.max(J,t.height-J-d(p)/2));e.save(),e.translate(t.width-J-xe/2,f),e.rotate(-Math.PI/2),e.fillText(p,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Pt,a=t.grid,u=a/256;for(let d=0;d<256;d++)e.fillStyle=o[d],e.fillRect(c,t.y0+a-(d+1)*u,$e,u+.5);e.strokeStyle=r.border,e.strokeRect(c-.5,t.y0-.5,$e+1,a+1),e.font=s(ce-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[d,p]of n){let f=t.y0+a*(1-Q(Number(d)||0,0,1));e.moveTo(c+$e,Math.round(f)+.5),e.lineTo(c+$e+3,Math.round(f)+.5),e.fillText(String(p),c+$e+5,Q(f,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function gr(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ve(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(Me(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function br(e,t,n,o,r){let s=([i,c],a,u,d)=>{if(!Jn(t,[i,c]))return;let p=Math.max(Dt(t,c),8),f=Math.max(t.cell,8),M=Me(t,c)+Dt(t,c)/2-p/2,g=ve(t,i)+t.cell/2-f/2;e.setLineDash(u),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(M+d,g+d,p-2*d,f-2*d),e.strokeStyle=a,e.strokeRect(M+d/2,g+d/2,p-d,f-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var xr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Qo={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function es(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let u;return e.compare?(u=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&xr[e.normalize]?(u=(e.multilabel?Qo:xr)[e.normalize],a.push(`Normalised: each cell shows the ${u}.`)):u="count of samples",i.length&&(r+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:r,y:s,bar:u,badges:a}}function vr(e){let t=e("compareState");return es({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function yr(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var ts=720,ns={true:"of its true row",pred:"of its predicted column",all:"of all samples"},rs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},os=4,Ar={"+":"in","=":"in","-":"out",_:"out",0:"fit"},ss=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],is={true:"of its true row",pred:"of the abstained column",all:"of all samples"},as=24;function Sr({state:e,dom:t,signal:n,report:o=()=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=Y(n),a=(w,A,k,C)=>U(w,A,k,c.signal,C),{doc:u,h:d,button:p}=t,f=d("div","cmw-matrix"),M=d("div","cmw-zoom");M.setAttribute("role","group"),M.setAttribute("aria-label","Zoom");let g=p("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let y=p("cmw-zoom-in","+");y.setAttribute("aria-label","Zoom in"),y.title="Zoom in (+)";let N=p("cmw-zoom-fit","Fit");N.setAttribute("aria-label","Show all classes"),N.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),M.append(g,y,N,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),M.hidden=!0;let S=d("div","cmw-mode");S.setAttribute("aria-live","polite"),S.hidden=!0;let T=d("div","cmw-plot"),h=d("canvas","cmw-canvas");h.tabIndex=0,h.setAttribute("role","img");let m=d("div","cmw-tooltip");m.hidden=!0,T.append(h,m);let E=d("div","cmw-sr");E.setAttribute("aria-live","polite"),f.append(S,M,T,E);let l={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null]},_=w=>e.get(w),B=()=>{let w=_("lut");return $.cssOf!==w&&($.css=cr(w)),$.cssOf=w,$.css},K=()=>{let w=_("colors"),A=_("lut");return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===A||($.bitmap=lr(u,$.bitmap,w,A,_("k")),$.bitmapOf=[w,A]),$.bitmap};function v(w,A){let k=w.font,C=$.widths.get(k);if(C&&C.texts===A)return C.w;let z=0;for(let H of A)z=Math.max(z,w.measureText(H).width);return $.widths.set(k,{texts:A,w:z}),z}function x(){l.queued||c.signal.aborted||(l.queued=!0,queueMicrotask(()=>{l.queued=!1,c.signal.aborted||V()}))}function I(){let w=u.defaultView,A=w&&w.getComputedStyle?w.getComputedStyle(f):null,k=(C,z)=>(A&&A.getPropertyValue(C)||"").trim()||z;return{fg:A&&A.color||"#1f1f1f",muted:k("--cmw-muted","#616161"),accent:k("--cmw-accent","#1976d2"),border:k("--cmw-border","#bdbdbd"),bg:k("--cmw-bg","#ffffff"),family:A&&A.fontFamily||"sans-serif"}}let R=()=>(s?s():f.clientWidth)||ts;function F(w){l.cursor&&(l.cursor[0]>=w||l.cursor[1]>=w)&&(l.cursor=null),l.view=null,l.editor&&l.editor.finish(!1),l.k=w}let P=w=>w+(w>0&&_("abstained")?1:0),j=w=>w[1]>=_("k")?[w[0],l.view?l.view.c0:0]:w;function V(){let w=performance.now(),A=_("k");A!==l.k&&F(A);let k=_("abstained");l.cols=P(A),l.cursor&&l.cursor[1]>=l.cols&&(l.cursor=null);let C=h.getContext("2d");if(!C)return;let z=I();l.detached=!f.isConnected;let H=(De,Pe)=>`${Pe?"600 ":""}${De}px ${z.family}`,ee=_("labels");l.width=R(),C.font=H(ce);let ne=Math.min(jn,Math.max(40,Math.round(l.width*.2))),ie=Math.ceil(Math.min(ne,v(C,ee))),de=_("colorbar"),Te=hr(C,de),me=vr(_);Z(me.badges);let Ee=at(A,l.width,{yLabelWidth:ie,rightWidth:Te,extra:k?1:0});l.zoomable=A>0&&Wn(A,Ee.room),l.vMin=Vn(A,Ee.room);let pt=l.zoomable?ue(l.view,A,l.vMin):_e(A);l.view=l.zoomable?pt:null;let Xt={yLabelWidth:ie,rightWidth:Te,view:pt,extra:k?1:0},ft=at(A,l.width,Xt);l.step=Hn(pt.v,ft.cell),l.xLabels=q(C,ee,ft,ne),C.font=H(ce,!0);let Yt=yr(me.x,Math.max(ft.width-2*J,60),De=>C.measureText(De).width);C.font=H(ce);let ae=at(A,l.width,{...Xt,xLabelHeight:l.xLabels.height,xTitleLines:Yt.length});l.layout=ae,l.yLabelW=ie,O(C,ae);let ht=_("colors");if(A===0)C.fillStyle=z.muted,C.font=H(ce),C.fillText("No data",J,J+ce);else{ht.length>=A*A&&dr(C,ae,ht,B(),K),k&&ur(C,ae,k.colors,B()),mr(C,ae,z),pr(C,ae,{values:_("values"),counts:_("counts"),colors:ht,lut:_("lut"),lutText:_("lutText"),fmt:_("fmt"),countDigits:_("countDigits"),abstained:k},z),fr(C,ae,ee,ne,{step:l.step,...l.xLabels},{x:Yt,y:me.y},z,H),wr(C,ae,de,B(),z,H,me.bar);let De=l.cursor&&h.matches(":focus")?l.cursor:null;br(C,ae,_("selected"),De,z);let Pe=_("focus");Pe&&Pe.outline&&gr(C,ae,Pe.r,Pe.c,z)}X(ae),D(ae,A,w,me)}function Z(w){let A=[...S.children].map(k=>k.textContent);A.length===w.length&&A.every((k,C)=>k===w[C])||(S.replaceChildren(...w.map(k=>d("span","cmw-badge",k))),S.hidden=w.length===0)}function X(w){M.hidden=!l.zoomable,l.zoomable&&(b.textContent=It(w,w.k),y.disabled=w.v<=l.vMin,g.disabled=w.v>=w.k,N.disabled=w.v>=w.k)}function O(w,A){let k=u.defaultView&&u.defaultView.devicePixelRatio||1,C=Math.max(1,Math.round(A.width*k)),z=Math.max(1,Math.round(A.height*k));(h.width!==C||h.height!==z)&&(h.width=C,h.height=z),h.style.width=`${A.width}px`,h.style.height=`${A.height}px`,w.setTransform(k,0,0,k,0,0),w.clearRect(0,0,A.width,A.height)}function D(w,A,k,C){let z=performance.now();l.draws+=1;let H=null;!l.firstDrawn&&A>0&&(l.firstDrawn=!0,H=z-(l.draws===1?r:k)),o({k:A,draws:l.draws,lastMs:z-k,firstMs:H,view:{r0:w.r0,c0:w.c0,v:w.v}}),h.dataset.cellX0=String(w.x0),h.dataset.cellY0=String(w.y0),h.dataset.cellSize=String(w.cell),h.dataset.viewRow0=String(w.r0),h.dataset.viewCol0=String(w.c0),h.dataset.viewSize=String(w.v),h.dataset.cols=String(l.cols),h.dataset.extraX0=w.extra?String(w.xExtra):"",h.dataset.extraWidth=w.extra?String(w.xw):"",h.dataset.xTitle=C.x,h.dataset.yTitle=C.y,h.dataset.barTitle=C.bar,h.setAttribute("aria-label",`Confusion matrix of ${A} classes. Rows: ${C.y}. Columns: ${C.x}. Colours: ${C.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(l.zoomable?` Showing ${It(w,A)}; plus and minus zoom, 0 shows all.`:""))}function q(w,A,k,C){let z=0;if(l.zoomable)z=v(w,A);else for(let de of Ge(k.k,l.step))z=Math.max(z,w.measureText(A[de]).width);z=Math.min(C,z);let H=z>l.step*k.cell-4,ee=k.extra?w.measureText(ut).width:0,ne=k.extra>0&&(H||ee>k.xw+We-2),ie=Math.max(H?z:ce+2,ne?ee:0);return{rotated:H,extraRotated:ne,height:Math.ceil(ie)}}function L(w,A){l.editor&&l.editor.finish(!1);let k=l.layout,C=w==="y"?Math.max(l.yLabelW+we+4,100):120,z=Me(k,A)+k.cell/2,H=w==="y"?k.x0-C:Q(z-C/2,0,Math.max(0,k.width-C)),ee=w==="y"?ve(k,A)+k.cell/2-11:k.y0+k.grid+we,ne={left:h.offsetLeft+Math.max(0,H),top:h.offsetTop+ee,width:C},ie=_("labels");l.editor=Qn({dom:t,host:T,box:ne,name:ie[A],index:A,done:(de,Te)=>{l.editor=null;let me=_("labels");if(de!==null&&A<me.length){let Ee=me.slice();Ee[A]=de,e.set("display_labels",Ee)}Te&&h.focus({preventScroll:!0})}})}function W(w,A=!1){let k=h.getBoundingClientRect(),C=l.lastUp;return A&&C&&Math.abs(C.x-w.clientX)<1&&Math.abs(C.y-w.clientY)<1?[C.x-k.left,C.y-k.top]:[w.clientX-k.left,w.clientY-k.top]}function le(w,A){let k=l.layout;if(!k||k.k===0)return null;let C=ce/2+1;if(w>=J+xe&&w<k.x0&&A>=k.y0-C&&A<k.y0+k.grid+C){let ee=Rt(A-k.y0,k.cell,l.step,k.k,C,k.r0,k.v);return ee>=0?{axis:"y",index:ee}:null}let z=k.y0+k.grid,H=k.x0+k.grid+(k.extra?We/2:20);if(A>=z&&A<z+we+l.xLabels.height&&w>=k.x0-20&&w<H){let ee=l.xLabels.rotated?C:l.step*k.cell/2,ne=Rt(w-k.x0,k.cell,l.step,k.k,ee,k.c0,k.v);return ne>=0?{axis:"x",index:ne}:null}return null}function ye([w,A]){let k=_("k"),C=_("labels"),z=_("abstained");if(A>=k&&z){let ie=z.counts[w],de=_("countDigits"),Te=_("fmt"),me=Te.kind==="percent"?` (${Ce(z.values[w],Te)} ${is[_("normalize")]||""})`.replace(" )",")"):"",Ee=de===0&&ie===1?"sample":"samples";return`true ${C[w]}: ${ut}, ${re(ie,de)} ${Ee}${me}`}let H=w*k+A,ee=[`True: ${C[w]}`,`Predicted: ${C[A]}`,`Count: ${re(_("counts")[H],_("countDigits"))}`],ne=_("fmt");if(ne.kind==="delta"&&ee.push(`Change: ${Ce(_("values")[H],ne)} since the compared run`),ne.kind==="percent"){let ie=(_("multilabel")?rs:ns)[_("normalize")]||"";ee.push(`Shown: ${Ce(_("values")[H],ne)} ${ie}`.trim())}return ee.join(`
`)}function se(w,A,k){m.textContent=w,m.hidden=!1;let C=h.offsetLeft+A+14;C+m.offsetWidth+4>T.clientWidth&&(C=Math.max(0,h.offsetLeft+A-m.offsetWidth-10));let z=h.offsetTop+k+14;z+m.offsetHeight+4>T.clientHeight&&(z=Math.max(0,h.offsetTop+k-m.offsetHeight-10)),m.style.left=`${C}px`,m.style.top=`${z}px`}let te=()=>l.zoomable&&l.view!==null&&l.view.v<_("k");function Ae(w){let A=_("k"),k=ue(w,A,l.vMin),C=l.view||_e(A);return k.r0===C.r0&&k.c0===C.c0&&k.v===C.v?!1:(l.view=k,m.hidden=!0,x(),!0)}function Ye(w,A=null){if(!l.zoomable||!l.layout)return;let k=l.layout;Ae(Gn(k,w,A,k.k,l.vMin))}function Wr(w){w.target.closest(".cmw-zoom-in")?Ye(Ve):w.target.closest(".cmw-zoom-out")?Ye(1/Ve):w.target.closest(".cmw-zoom-fit")&&Ae(_e(_("k")))}function Vr(w){if(!(w.ctrlKey||w.metaKey)||!l.zoomable)return;w.preventDefault();let[A,k]=W(w);Ye(qn(w.deltaY,w.deltaMode),Yn(A,k,l.layout))}function Gr(w){if(l.panned=!1,l.pan=null,w.button!==0||!te())return;let[A,k]=W(w);ct(A,k,l.layout)&&(l.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:l.layout,cell:l.layout.cell,moved:!1})}function Kr(w){let A=l.pan,k=w.clientX-A.x,C=w.clientY-A.y;if(!A.moved){if(Math.hypot(k,C)<os)return;A.moved=!0,m.hidden=!0;try{h.setPointerCapture(A.id)}catch{}}h.style.cursor="grabbing",Ae(Kn(A.view,-C/A.cell,-k/A.cell,_("k"),l.vMin))}function Xr(w){l.lastUp={x:w.clientX,y:w.clientY},l.pan&&l.pan.moved&&(l.panned=!0,h.style.cursor="grab"),l.pan=null}function Yr(w){if(l.pan&&l.pan.id===w.pointerId&&(Kr(w),l.pan.moved))return;let[A,k]=W(w),C=ct(A,k,l.layout);if(C){se(ye(C),A,k),h.style.cursor=te()?"grab":"pointer";return}let z=le(A,k);if(h.style.cursor=z?"text":"default",z){let H=z.axis==="y"?"True class":"Predicted class";se(`${H} ${z.index}: ${_("labels")[z.index]}
(double-click to rename)`,A,k)}else m.hidden=!0}function qr(w){if(l.panned){l.panned=!1;return}let[A,k]=W(w,!0),C=ct(A,k,l.layout);C?(l.cursor=C,e.set("selected",C),x()):!le(A,k)&&_("selected")!=null&&e.set("selected",null)}function Hr(w){let[A,k]=W(w,!0),C=le(A,k);C&&(w.preventDefault(),m.hidden=!0,L(C.axis,C.index))}function Zr(w){let A=_("k");if(A===0)return;let k=!0;if(Ot.has(w.key)){let C=l.cursor||_("selected")||(te()?[l.view.r0,l.view.c0]:null);l.cursor=Zn(C,w.key,A,w.shiftKey?10:1,P(A)),te()&&Ae(lt(l.view,j(l.cursor),A,l.vMin)),E.textContent=ye(l.cursor).replace(/\n/g,", "),x()}else if(l.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Ar[w.key]){let C=Ar[w.key];if(C==="fit")Ae(_e(A));else{let z=l.cursor?j(l.cursor):null;Ye(C==="in"?Ve:1/Ve,z?[z[0]+.5,z[1]+.5]:null),z&&te()&&Ae(lt(l.view,j(l.cursor),A,l.vMin))}}else if(w.key==="Enter"||w.key===" "){let C=l.cursor||_("selected")||[0,0];l.cursor=C,e.set("selected",[C[0],C[1]])}else k=!1;k&&w.preventDefault()}a(h,"pointerdown",Gr),a(h,"pointermove",Yr),a(h,"pointerleave",()=>{m.hidden=!0}),a(h,"pointerup",Xr),a(h,"pointercancel",()=>{l.pan=null}),a(h,"wheel",Vr,{passive:!1}),a(M,"click",Wr),a(h,"click",qr),a(h,"dblclick",Hr),a(h,"keydown",Zr),a(h,"focus",x),a(h,"blur",x);let Fe=u.defaultView;if(Fe&&typeof Fe.ResizeObserver<"u"){let w=new Fe.ResizeObserver(()=>{(l.detached||Math.abs(R()-l.width)>=1)&&x()});for(let A of[f,...i])w.observe(A);c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Fe&&typeof Fe.MutationObserver<"u"&&u.body){let w=null,A=new Fe.MutationObserver(()=>{clearTimeout(w),w=setTimeout(x,100)});A.observe(u.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{A.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{l.editor&&l.editor.finish(!1)},{once:!0});let qe=_("selected"),Gt=_("focus");function Kt(){let w=_("selected"),A=_("focus"),k=w&&!(qe&&w[0]===qe[0]&&w[1]===qe[1]);A!==Gt&&A&&l.zoomable?Ae(Xn(l.view,[A.r,A.c],_("k"),as,l.vMin)):k&&te()&&Ae(lt(l.view,j(w),_("k"),l.vMin)),qe=w,Gt=A,V()}return G(e,ss,Kt,c.signal),V(),{el:f,update:Kt,destroy:()=>{c.abort(),f.remove()}}}function kr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),p=(g,y)=>g.append(r("td","cmw-num",y));i.replaceChildren();let f=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])f.append(r("th",null,g));let M=i.createTBody();for(let g of u.perClass){let y=M.insertRow(),N=r("th",null,g.label);N.title=N.textContent,y.append(N);for(let b of["precision","recall","f1"])p(y,oe(g[b]));p(y,re(g.support,d))}for(let[g,y]of u.summary.entries()){let N=M.insertRow();if(N.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",N.append(r("th",null,String(y.name??""))),"value"in y)for(let b of["","",oe(y.value),""])p(N,b);else{for(let b of["precision","recall","f1"])p(N,oe(y[b]));p(N,re(y.support,d))}}}return U(s,"toggle",()=>{s.open&&c&&a()},o.signal),G(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function _r({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return G(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var cs=60,Mr=700,dt="http://www.w3.org/2000/svg",Xe={w:240,h:56,pad:6};function Tr(e,{w:t,h:n,pad:o}=Xe){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function ls(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Er({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{doc:s,h:i,button:c,option:a}=t,u=o||{now:()=>Date.now(),setTimeout:(F,P)=>setTimeout(F,P),clearTimeout:F=>clearTimeout(F)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let p=c("cmw-play","▶");p.setAttribute("aria-label","Play the runs");let f=i("input","cmw-run-slider");f.type="range",f.min="0",f.step="1",f.setAttribute("aria-label","Run");let M=i("output","cmw-run-name"),g=c("cmw-run-newer","");g.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let N=i("label","cmw-field");N.append(i("span",null,"Compare with"),y);let b=i("div","cmw-runs-top");b.append(p,f,M,g,N);let S=s.createElementNS(dt,"svg");S.setAttribute("class","cmw-history"),S.setAttribute("viewBox",`0 0 ${Xe.w} ${Xe.h}`),S.setAttribute("width",String(Xe.w)),S.setAttribute("height",String(Xe.h));let T=i("div","cmw-history-legend");T.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let h=i("div","cmw-history-box");h.append(S,T),d.append(b,h),d.hidden=!0;let m=!1,E=null,l=()=>e.get("runs").names,$=F=>{let P=l();F>=0&&F<P.length&&P[F]!==e.get("run")&&e.set("run",P[F])},_=pe($,cs,o);function B(){let F=e.get("runs"),P=e.get("run");if(d.hidden=F.names.length<2,d.hidden){R();return}let j=F.names.indexOf(P);f.max=String(F.names.length-1),!m&&j>=0&&(f.value=String(j)),m||(M.textContent=P);let V=ls(F.names,P);g.textContent=V,g.hidden=!V,K(F.names,e.get("compare")),v(F,j)}function K(F,P){let j=a("","none");y.replaceChildren(j,...F.map(V=>a(V))),y.value=P!=null&&F.includes(P)?P:""}function v(F,P){let j=[];for(let[Z,X]of[[F.accuracy,"cmw-line-acc"],[F.macroF1,"cmw-line-f1"]]){let O=Tr(Z).filter(Boolean),D=s.createElementNS(dt,"polyline");D.setAttribute("class",X),D.setAttribute("fill","none"),D.setAttribute("points",O.map(q=>q.map(L=>L.toFixed(1)).join(",")).join(" ")),j.push(D)}let V=Tr(F.accuracy);F.names.forEach((Z,X)=>{if(!V[X])return;let O=s.createElementNS(dt,"circle");O.setAttribute("class",X===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),O.setAttribute("cx",V[X][0].toFixed(1)),O.setAttribute("cy",V[X][1].toFixed(1)),O.setAttribute("r",X===P?"4":"3"),O.setAttribute("data-run",String(X));let D=s.createElementNS(dt,"title");D.textContent=`${Z}: accuracy ${oe(F.accuracy[X])}, macro F1 ${oe(F.macroF1[X])}`,O.append(D),j.push(O)}),S.replaceChildren(...j)}function x(){let F=l(),P=F.indexOf(e.get("run"));if(P<0||P>=F.length-1){R();return}$(P+1),E=u.setTimeout(x,Mr)}function I(){let F=l();F.indexOf(e.get("run"))>=F.length-1&&$(0),p.textContent="❚❚",p.setAttribute("aria-label","Pause"),E=u.setTimeout(x,Mr)}function R(){E!==null&&u.clearTimeout(E),E=null,p.textContent="▶",p.setAttribute("aria-label","Play the runs")}return U(p,"click",()=>E===null?I():R(),r.signal),U(f,"input",()=>{m=!0,R();let F=Number(f.value);M.textContent=l()[F]??"",_(F)},r.signal),U(f,"change",()=>{m=!1,_.cancel(),$(Number(f.value))},r.signal),U(g,"click",()=>{R(),$(l().length-1)},r.signal),U(y,"change",()=>e.set("compare",y.value===""?null:y.value),r.signal),U(S,"click",F=>{let P=F.target&&F.target.closest?F.target.closest("[data-run]"):null;P&&(R(),$(Number(P.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>{_.cancel(),R()},{once:!0}),G(e,["runs","run","compare"],B,r.signal),B(),{el:d,update:B,destroy:()=>{r.abort(),d.remove()}}}var us=60,Cr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Nr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-abstain");i.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let a=s("input","cmw-abstain-slider");a.type="range";let u=s("output","cmw-abstain-value"),d=s("label","cmw-field");d.append(c,s("span",null,"Abstain when the top score is below"),a,u);let p=s("input","cmw-top-k");p.type="number",p.min="1";let f=s("label","cmw-field");f.append(s("span",null,"Hit when the true class is in the top"),p);let M=s("span","cmw-hint cmw-top-k-hint");M.setAttribute("role","status"),f.append(M);let g=s("div","cmw-abstain-stats");i.append(d,f,g);let y=!1,N=null,b=()=>e.get("scores"),S=m=>e.set("abstain",m),T=pe(S,us,o);r.signal.addEventListener("abort",()=>T.cancel(),{once:!0});function h(){let m=b(),E=!!(m&&m.kind==="multiclass");if(i.hidden=!E,!E)return;a.min=String(m.lo),a.max=String(m.hi),a.step=String(m.step);let l=m.abstain!==null&&m.abstain!==void 0;if(c.checked=l,a.disabled=!l,l&&(N=m.abstain),!y){let $=l?m.abstain:N??(m.lo+m.hi)/2;a.value=String($),u.textContent=l?Number($).toFixed(Se(m.step)):"off"}p.max=String(m.k_max),t.doc.activeElement!==p&&(p.value=String(m.top_k)),g.replaceChildren(),l&&g.append(s("span","cmw-stat cmw-coverage",`coverage ${Cr(m.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Cr(m.covered_accuracy)}`))}return U(c,"change",()=>{b()&&S(c.checked?parseFloat(a.value):null)},r.signal),U(a,"input",()=>{y=!0;let m=b();u.textContent=parseFloat(a.value).toFixed(Se(m?m.step:.01)),T(parseFloat(a.value))},r.signal),U(a,"change",()=>{y=!1,T.cancel(),S(parseFloat(a.value))},r.signal),U(p,"change",()=>{let m=b(),E=Number(p.value),l=m&&Number.isInteger(E)&&E>=1&&E<=m.k_max;M.textContent=l||!m?"":`top-k must be a whole number from 1 to ${m.k_max}`,l?e.set("top_k",E):m&&(p.value=String(m.top_k))},r.signal),G(e,["scores"],h,r.signal),h(),{el:i,update:h,destroy:()=>{r.abort(),i.remove()}}}function $r(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var ds=60,Ut={size:240,pad:34},ms=[0,.5,1],ps="http://www.w3.org/2000/svg",fs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Fr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s,doc:i}=t,c=(h,m={})=>{let E=i.createElementNS(ps,h);for(let[l,$]of Object.entries(m))E.setAttribute(l,String($));return E},a=s("div","cmw-curves");a.hidden=!0;let u=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(u,d);let p=!1,f=null,M={},g=h=>{let m=e.get("binary");!m||!Number.isFinite(h)||e.set("threshold",Q(h,m.lo,m.hi))},y=pe(g,ds,o);r.signal.addEventListener("abort",()=>y.cancel(),{once:!0});function N(h){let{size:m,pad:E}=Ut;u.replaceChildren();for(let l of Object.keys(M))delete M[l];for(let l of fs){let $=h[l.kind],_=s("figure",`cmw-curve cmw-curve-${l.kind}`),B=s("figcaption","cmw-curve-title"),K=h[l.area],v=h.undefinedBecause?h.undefinedBecause[l.kind]:null;if(B.textContent=`${l.title}${K===null||v?"":`  ${l.areaName} ${oe(K)}`}`,v){_.append(B,s("p","cmw-curve-undefined",`Undefined: ${v}.`)),u.append(_);continue}let x=c("svg",{width:m,height:m,viewBox:`0 0 ${m} ${m}`,role:"img","aria-label":`${l.title} curve; press or drag on it to set the threshold`});x.classList.add("cmw-curve-svg"),Object.assign(x.dataset,{kind:l.kind,plotSize:String(m),plotPad:String(E)}),x.append(c("rect",{x:E,y:E,width:m-2*E,height:m-2*E,class:"cmw-curve-frame"}),c("polyline",{points:Nn($,m,E),class:"cmw-curve-line"})),l.kind==="roc"&&x.append(c("line",{x1:E,y1:m-E,x2:m-E,y2:E,class:"cmw-curve-chance"}));let I=c("text",{x:m/2,y:m-4,class:"cmw-curve-axis","text-anchor":"middle"});I.textContent=l.x;let R=c("text",{x:9,y:m/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${m/2})`});R.textContent=l.y,x.append(I,R,...b(m,E));let F=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),P=c("text",{x:E,y:E-8,class:"cmw-curve-readout"}),j=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),V=c("title");V.textContent="Drag along the curve to move the threshold",j.append(V),x.append(...F,P,j),_.append(B,x),u.append(_),M[l.kind]={plot:x,marker:j,guides:F,readout:P,curve:$,spec:l},S(x,$)}d.replaceChildren();for(let l of h.targets){let $=t.button("cmw-curve-target",`threshold for ${l.name}`);$.dataset.threshold=String(l.threshold),U($,"click",()=>g(l.threshold),r.signal),d.append($)}}function b(h,m){let E=h-2*m,l=[];for(let $ of ms){let _=m+$*E,B=m+(1-$)*E,K=String($);l.push(c("line",{x1:_,y1:h-m,x2:_,y2:h-m+4,class:"cmw-curve-tickmark"})),l.push(c("line",{x1:m-4,y1:B,x2:m,y2:B,class:"cmw-curve-tickmark"}));let v=c("text",{x:_,y:h-m+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});v.textContent=K;let x=c("text",{x:m-6,y:B,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});x.textContent=K,l.push(v,x)}return l}function S(h,m){let E=!1,l=_=>{let B=$r(h.getBoundingClientRect(),Ut),K=(_.clientX-B.x0)/B.inner,v=1-(_.clientY-B.y0)/B.inner;return m.t[Cn(m,K,v)]};U(h,"pointerdown",_=>{if(E=!0,h.setPointerCapture&&_.pointerId!==void 0)try{h.setPointerCapture(_.pointerId)}catch{}y(l(_))},r.signal),U(h,"pointermove",_=>{E&&y(l(_))},r.signal),U(h,"pointerup",_=>{E&&(E=!1,y.cancel(),g(l(_)))},r.signal),U(h,"pointercancel",()=>{E=!1,y.cancel()},r.signal)}function T(){let h=e.get("binary");if(a.hidden=!h,!h)return;let m=e.get("curves");if(!m){(!p||f!==null)&&(p=!0,f=null,u.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}f!==m&&(N(m),f=m);let{size:E,pad:l}=Ut,$=E-2*l;for(let{marker:_,guides:B,readout:K,spec:v,plot:x}of Object.values(M)){let[I,R]=v.at(h),F=Number.isFinite(I)&&Number.isFinite(R);for(let X of[_,...B])X.setAttribute("visibility",F?"visible":"hidden");if(K.textContent=F?`${v.x} ${oe(I)}, ${v.y} ${oe(R)}`:"",!F)continue;let P=(l+I*$).toFixed(1),j=(l+(1-R)*$).toFixed(1);_.setAttribute("cx",P),_.setAttribute("cy",j);let[V,Z]=B;Object.entries({x1:P,y1:j,x2:P,y2:E-l}).forEach(([X,O])=>V.setAttribute(X,O)),Object.entries({x1:P,y1:j,x2:l,y2:j}).forEach(([X,O])=>Z.setAttribute(X,O)),x.dataset.markerX=String(I),x.dataset.markerY=String(R)}}return G(e,["binary","curves"],T,r.signal),T(),{el:a,update:T,destroy:()=>{r.abort(),a.remove()}}}var hs=60,jt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ws(e,t){let n=e.map((o,r)=>r);return(t==="f1"||t==="support")&&n.sort((o,r)=>e[r][t]-e[o][t]||o-r),n}function Pr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let u=s("input","cmw-label-threshold");u.type="range";let d=s("output","cmw-label-threshold-value"),p=s("label","cmw-field");p.append(s("span",null,"Threshold"),u,d);let f=s("div","cmw-label-focus"),M=s("div","cmw-label-listing"),g=s("table","cmw-label-tables");i.append(a,p,f,M,g);let y=0,N="label",b=!1,S=()=>e.get("scores"),T=$=>{let _=S();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite($))return;let B=_.thresholds.slice();B[y]=$,e.set("thresholds",B)},h=pe(T,hs,o);r.signal.addEventListener("abort",()=>h.cancel(),{once:!0});function m(){let $=S(),_=!!($&&$.kind==="multilabel");if(i.hidden=!_,!_)return;let B=e.get("labels"),K=e.get("metrics").perClass,v=e.get("countDigits");y=Math.min(y,B.length-1),(c.options.length!==B.length||[...c.options].some((I,R)=>I.textContent!==B[R]))&&c.replaceChildren(...B.map((I,R)=>t.option(String(R),I))),c.value=String(y);let x=Array.isArray($.thresholds);p.hidden=!x,u.disabled=!!$.fixed,x&&!b&&(u.min=String($.lo),u.max=String($.hi),u.step=String($.step),u.value=String($.thresholds[y]),d.textContent=Number($.thresholds[y]).toFixed(Se($.step))),E($,B,v),l($,B,K,v)}function E($,_,B){let K=$.tables[y]||[0,0,0,0],v=s("table","cmw-readout-table");v.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let I=v.createTBody();[["truly absent",0],["truly present",2]].forEach(([F,P])=>{let j=I.insertRow();j.append(s("th",null,F));for(let V of[P,P+1]){let[Z,X]=jt[V],O=s("td"),D=t.button("cmw-label-cell",`${X} ${re(K[V],B)}`);D.dataset.cell=Z,D.disabled=!!$.fixed,U(D,"click",()=>e.send({type:"label_cell",label:y,cell:Z}),r.signal),O.append(D),j.append(O)}}),f.replaceChildren(s("div","cmw-label-focus-title",_[y]??""),v);let R=$.focus;if(R&&R.label===y){let F=jt.find(([j])=>j===R.cell)?.[1]??R.cell,P=R.indices.length<R.total?`first ${R.indices.length} of ${R.total}`:`${R.total}`;M.replaceChildren(s("div","cmw-label-listing-title",`${F} of ${_[y]}: ${P} samples`),s("div","cmw-indices",R.indices.join(", ")))}else M.replaceChildren()}function l($,_,B,K){let v=s("tr"),x=(P,j)=>{let V=t.button(`cmw-sort${N===P?" cmw-sorted":""}`,j);V.dataset.sort=P,U(V,"click",()=>{N=P,m()},r.signal);let Z=s("th");return Z.append(V),Z};v.append(x("label","label"),...jt.map(([,P])=>s("th",null,P)),x("f1","F1"),x("support","support"));let I=s("thead");I.append(v);let R=s("tbody"),F=B.length===_.length?B:_.map(()=>({f1:NaN,support:NaN}));for(let P of ws(F,N)){let j=s("tr",P===y?"cmw-focused":null);j.dataset.label=String(P);let V=t.button("cmw-label-name",_[P]);U(V,"click",()=>{y=P,m()},r.signal);let Z=s("th");Z.append(V),j.append(Z,...($.tables[P]||[]).map(X=>s("td",null,re(X,K))),s("td",null,oe(F[P].f1)),s("td",null,re(F[P].support,K))),R.append(j)}g.replaceChildren(I,R)}return U(c,"change",()=>{y=Number(c.value)||0,m()},r.signal),U(u,"input",()=>{b=!0;let $=S();d.textContent=parseFloat(u.value).toFixed(Se($?$.step:.01)),h(parseFloat(u.value))},r.signal),U(u,"change",()=>{b=!1,h.cancel(),T(parseFloat(u.value))},r.signal),G(e,["scores","labels","metrics","countDigits"],m,r.signal),m(),{el:i,update:m,destroy:()=>{r.abort(),i.remove()}}}function Or(e){let t=[Fr(e),Nr(e),Pr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function Ir({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("div","cmw-selection"),c=()=>{let f=s("cmw-clear","Clear selection");return f.title="Clear the selection (w.selected = None)",f};function a(){let f=e.get("selection");if(i.replaceChildren(),!f){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let M=r("p","cmw-sentence");for(let b of f.sentence){let S=String(b&&b.text!=null?b.text:"");M.append(b&&b.em?r("em",null,S):t.doc.createTextNode(S))}let g=r("div","cmw-selection-head");if(g.append(M,c()),i.append(g),!f.available){let b=e.get("table"),S=typeof f.unavailable=="string"&&f.unavailable?f.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",S));return}let y=hn(f);if(y.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(f.indices||[]).join(", ")),u(y));let N=Array.isArray(f.previews)?f.previews:[];N.length&&i.append(d(N))}function u(f){let M=r("div","cmw-pager");if(f.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(f.prevOffset),M.append(g)}if(M.append(r("span","cmw-range",`showing ${f.first}-${f.last} of ${f.total}`)),f.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(f.nextOffset),M.append(g)}return M}function d(f){let M=r("div","cmw-previews");for(let g of f)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let y=r("figure","cmw-preview-img"),N=r("img");N.src=g.src,N.alt=`sample ${g.index}`,y.append(N,r("figcaption",null,`#${g.index}`)),M.append(y)}else if(g.kind==="text"){let y=r("div","cmw-preview-text");y.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),M.append(y)}}return M}let p=null;return U(i,"click",f=>{if(f.target.closest("button.cmw-clear")){e.set("selected",null);return}let M=f.target.closest("button[data-offset]");if(!M)return;let g=e.get("selection");p=g&&{cls:M.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(M.dataset.offset)})},o.signal),G(e,["selection","table","hasSelection"],()=>{let f=p;p=null;let M=t.doc.activeElement,g=M&&(i.contains(M)||M===t.doc.body);a();let y=e.get("selection");if(!f||!y||y.i!==f.i||y.j!==f.j||!g)return;let N=i.querySelector(`button.${f.cls}`)||i.querySelector("button[data-offset]");N&&N.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var Rr=e=>Math.round(e).toLocaleString("en-US");function gs(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Rr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Rr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function bs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Dr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let u=e.get("table");s.hidden=!u,i.textContent=gs(u);let d=bs(e);c.hidden=!d,c.textContent=d||""}return G(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function xs(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var vs=60;function zr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let u=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,u);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let p=!1,f=null,M=m=>m.step>0?m.step:(m.hi-m.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,y=(m,E)=>g()?String(Number(m.toPrecision(6))):m.toFixed(Se(M(E)));function N(){let m=e.get("binary");if(i.hidden=!m,!m)return;let E=g();a.min=E?"0":String(m.lo),a.max=String(E?E.length-1:m.hi),a.step=E?"1":String(M(m));let l=e.get("threshold")??Number(m.threshold);!p&&Number.isFinite(l)&&(a.value=String(E?xs(E,l):l),u.textContent=y(l,m)),b(m)}function b(m){let E=e.get("countDigits"),l=s("table","cmw-readout-table");l.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${m.negName}`),s("th",null,`predicted ${m.posName}`));let _=l.createTBody(),B=[[`true ${m.negName}`,["TN",m.tn],["FP",m.fp]],[`true ${m.posName}`,["FN",m.fn],["TP",m.tp]]];for(let[v,...x]of B){let I=_.insertRow();I.append(s("th",null,v));for(let[R,F]of x){let P=s("td");P.append(s("span","cmw-tag",R),t.doc.createTextNode(` ${re(F,E)}`)),I.append(P)}}let K=s("div","cmw-readout-stats");for(let[v,x]of[["TPR",m.tpr],["FPR",m.fpr],["precision",m.precision],["F1",m.f1]])K.append(s("span","cmw-stat",`${v} ${oe(x)}`));d.replaceChildren(l,K)}let S=m=>{Number.isFinite(m)&&(f=m,e.set("threshold",m))},T=pe(S,vs,o),h=()=>{let m=g();return m?m[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return U(a,"input",()=>{p=!0;let m=h(),E=e.get("binary");Number.isFinite(m)&&(u.textContent=E?y(m,E):m.toFixed(2)),T(m)},r.signal),U(a,"change",()=>{p=!1,T.cancel();let m=h();(m!==f||e.get("threshold")!==m)&&S(m)},r.signal),r.signal.addEventListener("abort",()=>T.cancel(),{once:!0}),G(e,["binary","threshold","countDigits","table"],N,r.signal),N(),{el:i,update:N,destroy:()=>{r.abort(),i.remove()}}}var ys=300,As=200,Ss=16;function ks(e,t,n){let o=e-t-Ss,r=Math.min(Nt,Math.max(n,1)*it)+As;return t>0&&o>=Math.max(ys,Math.min(r,.6*e))?o:e}function _s(e,t){let n=e.dom.h("div","cmw-main"),o=Or(e);o.el.classList.add("cmw-side");let s=Sr({...t,room:()=>ks(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function Ms(e){let t=Ln(e),n=ar(e);return[Un({...e,extra:[t.button]}),t,zr(e),Dr(e),_r(e),n.panel,_s(e,n.matrixCtx),n.table,Er(e),Bn(e),Ir(e),kr(e)]}function Br(e,t,n=performance.now()){let o=Mn(t.ownerDocument||document),r=new AbortController,s=zn(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",U(i,"keydown",u=>{if(u.stopPropagation(),u.key==="Escape"&&!u.defaultPrevented){u.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let c=({k:u,draws:d,lastMs:p,firstMs:f})=>{i.dataset.k=String(u),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=p.toFixed(1),f!==null&&(i.dataset.firstDrawMs=f.toFixed(1))},a=Ms({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(u=>u.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var mt="cm-widget",Ts="application/vnd.cm-widget.view+json",Wt="application/vnd.jupyter.widget-view+json",Ur=1e4,Es="Saved view, no kernel behind it: run the cell to make it live.",Vt=null;async function Cs(e){let t=Vt&&Vt[e];if(!t)throw new Error(`${mt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function Ns(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=qt,e.head.appendChild(t)}async function $s(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await _n(n):null}function jr(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Fs(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=$s(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),Ur))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=jr(this,"rendermime"),r=o&&o.rendermime,s=jr(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Wt in n.data&&r&&r.mimeTypes.includes(Wt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Wt);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:Ur),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let u=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(u),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(u,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Ns(o),s.textContent=Es;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:Br(Sn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Ps(){let{Panel:e}=await Cs("@lumino/widgets"),t=Fs(e);return{id:`${mt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ts],defaultRank:-20,createRenderer:n=>new t(n)}}}function Os(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[mt]={init:e=>{Vt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${mt} has no module ${e}`);let t=Os()?[await Ps()]:[];return()=>({__esModule:!0,default:t})}});})();
