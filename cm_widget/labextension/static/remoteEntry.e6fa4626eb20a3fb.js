(()=>{var Wt=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

.cmw-curve-marker {
  fill: var(--cmw-accent);
  stroke: var(--jp-layout-color1, white);
  stroke-width: 2;
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
`;function Gt(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Xt(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function dt(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function Yt(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":dt(t[o],t[o+1],t[o+2])}function Kt(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return o}function Q(e,t,n){return e<t?t:e>n?n:e}var Vr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function we(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function qt(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=we(e),n=Math.floor(t.byteLength/8);if(Vr)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function me(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(u,d)=>setTimeout(u,d),clearTimeout:u=>clearTimeout(u)},r=-1/0,s=null,i=null,c=()=>{s=null,r=o.now();let u=i;i=null,e(...u)},a=(...u)=>{i=u;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),c()):s===null&&(s=o.setTimeout(c,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),c())},a}var Wr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Gr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=Wr[e&&e.dtype]||Float64Array,r=we(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),c=Xr(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:c};if(Gr||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:c};let a=new DataView(r.buffer),u={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],d=new o(i);for(let m=0;m<i;m++)d[m]=a[u](s*m,!0);return{k:t,cols:n,counts:d,totals:c}}function Xr(e,t,n){if(!e||typeof e!="object")return null;let o=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Re(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function pe(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*o];return c}let r=Math.floor(n/2);return r-=r%8,pe(e,t,r,o)+pe(e,t+r*o,n-r,o)}function Ye(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return Yr(e,t,o,n,r,i);if(n==="true")for(let c=0;c<t;c++){let a=pe(e,c*o,o);for(let u=0;u<o;u++)i[c*o+u]=a===0?0:e[c*o+u]/a}else if(n==="pred"){let c=new Float64Array(o);for(let a=0;a<t;a++)for(let u=0;u<o;u++)c[u]+=e[a*o+u];for(let a=0;a<t;a++)for(let u=0;u<o;u++)i[a*o+u]=c[u]===0?0:e[a*o+u]/c[u]}else if(n==="all"){let c=pe(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function Yr(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[c]:o==="all"?r.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return o==="true"||o==="pred"||o==="all"?s:e}function Ke(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Kr(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ge(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>o-1?o-1:a,r[c]=Kr(a)}return r}function mt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var qr=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Ht(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?qr.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function qe(e){let t=we(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function Zt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=dt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Xe=e=>Number(e.toPrecision(12));function He(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(u=>Xe(u*i)).find(u=>u>=s&&(!r||u<1||Number.isInteger(u)));c===void 0&&(c=Xe(10*i)),r&&(c=Math.max(1,c));let a=[];for(let u=0;u*c<=o*(1+1e-12);u++){let d=Xe(u*c);a.push([d/o,r?String(d):`${Xe(d*100)}%`])}return a}function Jt(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=we(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,u)=>{let d=m=>i.getFloat64(8*(4*u+m),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var Hr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Ie(e,t){let n=ye(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(Hr)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),c=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[c](o*a,!0);return i}var Zr={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Jr(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Zr[e.dtype];return t?Ie(t,e.data):null}function Lr(e){let t=ye(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];r[s]=c}return r}function Qt(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ie(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ie(Uint32Array,t.sample_index):null,ids:Jr(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ie(Float32Array,t.outside.scores),weights:t.outside.weights?Ie(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=ye(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Ie(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Lr(t.cells);return n}var Te=new Float32Array(1),Lt=new Int32Array(Te.buffer);function Qr(e,t){return Te[0]=e,Te[0]===0?(Lt[0]=1,t?Te[0]:-Te[0]):(Lt[0]+=Te[0]>0===t?1:-1,Te[0])}function pt(e){let t=Math.fround(e);return t>e?Qr(t,!1):t}function Oe(e,t=-1/0,n=1/0){let o=pt(Number(e));return Math.min(Math.max(o,pt(t)),pt(n))}function Ze(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Oe(t);for(let a=0;a<e.n;a++){let u=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;o[u*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function en(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Oe(o);for(let u=0;u<e.n;u++)e.positive[u]===i&&e.scores[u]>=a===c&&r.push(u)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function ft(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function tn(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>ft(e,o))}function eo(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Oe(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?pe(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:c}}var fe=(e,t)=>t!==0?e/t:0;function to(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let v=0;v<t;v++){let N=e[g*t+v];r[g]+=N,s[v]+=N,c+=N}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let u=[],d={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},f=0,k=0;for(let g=0;g<t;g++){let v={precision:fe(o[g],s[g]),recall:fe(o[g],r[g]),f1:fe(2*o[g],r[g]+s[g]),support:r[g]};u.push(v);let N=fe(r[g],a);for(let b of["precision","recall","f1"])d[b]+=v[b]/t,m[b]+=v[b]*N;r[g]>0&&(f+=1,k+=v.recall)}return{rows:u,accuracy:fe(i,c),balancedAccuracy:f?k/f:0,macro:d,weighted:m}}function ht(e,t,n=null,o=null){let r=to(e,t,eo(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=r.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function no(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:fe(e,e+n),fpr:fe(t,t+o),precision:fe(e,e+t),f1:fe(2*e,2*e+t+n),mcc:fe(e*o-t*n,r)}}function wt(e,t,n){let o=e.pos_index,r=1-o,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...no(s(o,o),s(r,o),s(o,r),s(r,r))}}function nn(e,t,n,o,r,s=!1){let i=s?ro(e):String(Math.trunc(e));return[{text:s?`A weight of ${i} is truly `:`${i} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `},{text:t,em:!0},{text:r?" and predicted ":" but predicted "},{text:n,em:!0},{text:` (${(o*100).toFixed(1)}% of true `},{text:t,em:!0},{text:")."}]}function ro(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var so=40,rn="abstained";function io(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function ao(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var co=e=>e.every(t=>Number.isInteger(t));function on(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let x of e.state.buffers)io(t,x.path,ye(x.data));let n=e.k,o=Qt(e),r=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,u=x=>{for(let M of r.get(x)||[])M()},d=(x,M)=>{t[x]=M,u(x)},m=Pe(t._matrix),f=o?Ze(o,t.threshold):Float64Array.from(Re(m.counts,n,m.cols).square),k=m.cols===n+1?Array.from({length:n},(x,M)=>m.counts[M*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(f.buffer.slice(0))}}function v(x,M){let O=`${x},${M},${t.threshold}`;return s.key!==O&&(s.key=O,s.members=en(o,x,M,t.threshold)),s.members}function N(x,M,O,D,$,F,j,K={}){let Z=0,H=0;for(let J of O){for(let re=0;re<n;re++)H+=f[J*n+re];k&&(H+=k[J]);for(let re of D)Z+=re===n?k?k[J]:0:f[J*n+re]}let P=!!(o&&o.weights||!co(f)),I=H?Z/H:0,W=o?F():[],q=W.length,G=Math.max(0,Math.min(Math.trunc(j)||0,Math.max(q-1,0)));G-=G%i;let ue=W.slice(G,G+i),se=[];for(let J of ue.slice(0,so)){let re=e.previews&&e.previews[String(ft(o,J))];re&&se.push(re)}return{i:x,j:M,...K,sentence:nn(Z,$[0],$[1],I,x===M,P),count:Z,total:q,offset:G,indices:o?tn(o,ue):[],page_size:i,previews:se,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function b(x,M,O){let D=t.display_labels||[];if(k&&M===n){let F=N(x,M,[x],[M],[String(D[x]??x),rn],()=>[],O);return F.sentence.splice(2,2,{text:" but the model "},{text:rn,em:!0}),F}let $=N(x,M,[x],[M],[String(D[x]??x),String(D[M]??M)],()=>v(x,M),O);if(c){let F=m.totals?m.totals.rows[x]:0,j=F?$.count/F:0;$.sentence[2].text=" and predicted ",$.sentence[4].text=` (${(j*100).toFixed(1)}% of the samples with `}return $}let _=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],w=new Array(_.length?n:0).fill(0);if(_.length){let x=t._groups.codes,M=new DataView(x.buffer,x.byteOffset,x.byteLength);for(let O=0;O<n;O++)w[O]=n<=65536?M.getUint16(2*O,!0):M.getUint32(4*O,!0)}let S=x=>w.flatMap((M,O)=>M===x?[O]:[]);function p(x,M){if(o.kind==="binary"){let D=[];for(let $ of S(x))for(let F of S(M))D.push(...v($,F));return D.sort(($,F)=>$-F)}let O=[];for(let D=0;D<o.n;D++){let $=o.cells[D],F=Math.floor($/n);w[F]===x&&w[$-F*n]===M&&O.push(D)}return O}function l(x,M,O){return N(x,M,S(x),S(M),[_[x],_[M]],()=>p(x,M),O,{group:!0})}function C(x=0){let M=t.selected,O=t.selected_group;Array.isArray(M)&&M.length===2?d("_selection",b(M[0],M[1],x)):Array.isArray(O)&&O.length===2?d("_selection",l(O[0],O[1],x)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function y(x){let M=e.orders&&e.orders[x];M&&(d("_order",{dtype:M.dtype,classes:ye(M.classes),groups:M.groups?ye(M.groups):null}),d("order",x))}function B(x,M,O,D=O){if(!(M===null||Array.isArray(M)&&M.length===2&&M.every((j,K)=>Number.isInteger(j)&&j>=0&&j<(K===0?O:D))))return;let F=x==="selected"?"selected_group":"selected";M!==null&&t[F]!=null&&(t[F]=null,u(F)),t[x]=M,u(x),C(0)}function U(x){if(!o||o.kind!=="binary"||!a)return;let M=Number(x);if(!Number.isFinite(M))return;let O=Oe(Math.min(Math.max(M,a.lo),a.hi),a.lo,a.hi);t.threshold=O,f=Ze(o,O),d("_matrix",g()),d("_binary",wt(a,f,O)),d("_metrics",ht(f,n,o,O)),u("threshold"),t.selected!=null&&C(0)}function V(x){let M=String(x),O=M.endsWith("_r")?M.slice(0,-2):M,D=e.luts[M]||e.luts[O];if(!D)return;let $=ye(D);d("_lut",e.luts[M]?$:ao($)),d("cmap",M)}return o&&o.kind==="binary"&&a&&(t.threshold=Oe(t.threshold,a.lo,a.hi),f=Ze(o,t.threshold),t._matrix=g(),t._binary=wt(a,f,t.threshold),t._metrics=ht(f,n,o,t.threshold)),{get:x=>t[x],on(x,M){return r.has(x)||r.set(x,new Set),r.get(x).add(M),()=>r.get(x).delete(M)},set(x,M){if(x==="threshold")return U(M);if(x==="cmap")return V(M);if(x==="normalize")return d(x,M??null);if(x==="display_labels"){if(!Array.isArray(M)||M.length!==n)return;d(x,M.map(String)),t.selected!=null&&C(t._selection?.offset||0);return}if(x==="selected")return B(x,M,n,k?n+1:n);if(x==="selected_group")return B(x,M,_.length);if(x==="order")return y(M);if(x==="errors_only")return d(x,M===!0);if(x==="level"){(M==="classes"||M==="groups"&&_.length)&&d(x,M);return}},send(x){x&&x.type==="page"&&(t.selected!=null||t.selected_group!=null)&&C(Number(x.offset)||0)}}}async function lo(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return await new Response(n).text()}async function sn(e){let t=e.textContent;return JSON.parse(e.dataset.encoding==="gzip"?await lo(t):t)}var uo=new Set(["button","input","select","textarea","summary","canvas"]);function an(e){let t=(r,s,i)=>{let c=e.createElement(r);return s&&(c.className=s),i!=null&&(c.textContent=i),uo.has(r)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function z(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var mo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function gt(e,t){let n=we(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(mo)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?c=>r.getFloat32(4*c,!0):c=>r.getFloat64(8*c,!0);for(let c=0;c<o;c++)s[c]=i(c);return s}function cn(e){if(!e||typeof e!="object")return null;let t=gt(e.x,Float32Array),n=gt(e.y,Float32Array),o=gt(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var bt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ln(e){if(!e||typeof e!="object")return null;let t=cn(e.roc),n=cn(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&bt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:bt(e.auc),ap:bt(e.ap),targets:o,undefinedBecause:s}}function un(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<r&&(r=a,o=s)}return o}function dn(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var xt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Le=e=>Array.isArray(e)?e:[],De=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Je=e=>Le(e).map(Number).filter(Number.isInteger);function po(e){let t=xt(e),n=Le(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(Le(r)[i])?Number(Le(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function fo(e,t){let n=xt(e);if(typeof n.name!="string")return null;let o=Pe(n.matrix),r=qe(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,fixed:De(n.fixed),broken:De(n.broken),changed:De(n.changed)}}function mn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function pn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}var fn=e=>{let t=pn(e);return ge(e,-t,t)};function Qe(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function hn(e,t=0){let n=pn(e);return[[0,Qe(-n,t)],[.5,"0"],[1,Qe(n,t)]]}function ho(e){let t=xt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Je(t.entered),cameFrom:Je(t.came_from),left:Je(t.left),wentTo:Je(t.went_to),nEntered:De(t.n_entered),nLeft:De(t.n_left)}}var wn={runs:{raw:["_runs"],make:(e,t)=>po(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>fo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>ho(t("_moves"))}},gn=["run","compare"];var bn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],xn=[{value:null,label:"Counts"},{value:"true",label:"By true row"},{value:"pred",label:"By predicted column"},{value:"all",label:"Over all"}];function ne(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ee(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=Q(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Qe(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function vt(e,t,n,o=0){let r=Ee(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ne(t,o)})`}:{main:r,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ae(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return Q(o-(n?Number(n):0),0,6)}function vn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function yn(e,t){return t?`${e}_r`:e}function yt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(o,t)&&s(r,n)?[o,r]:null}function An(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var Sn=[[`
`,"⏎"],["\r","␍"]];function ze(e){let t=String(e);for(let[n,o]of Sn)t=t.split(n).join(o);return t}function At(e,t){if(t!=null&&e===ze(t))return String(t);let n=String(e);for(let[o,r]of Sn)n=n.split(r).join(o);return n}var wo={uint16:2,uint32:4};function St(e,t){let n=wo[t];if(!n)return null;let o=we(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function kn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var _n=e=>Array.from({length:e},(t,n)=>n);function Mn(e,t,n){let o=e&&e.dtype,r=e?St(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?St(e.groups,o):null;return{classes:kn(r,t)?r:_n(t),groups:n?kn(i,s)?i:_n(s):null}}function Tn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=St(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}function En(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||r.length===n&&c<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<c;)a--;r.splice(a,0,[c,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let c=Math.floor(i/t),a=o?o[c]:pe(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var go=new Set(["normalize","cmap","threshold","display_labels","selected",...gn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),bo=10,et=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Cn=e=>Array.isArray(e)?e:[],tt={matrix:{raw:["_matrix"],make:(e,t)=>Pe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Re(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>yt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ye(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Re(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?mn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Ke(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ge(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState"],make:e=>e("compareState")?fn(e("values")):ge(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||qe(t("_lut"))||Xt()},lutText:{uses:["lut"],make:e=>Zt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Ht(t("values_format"),e("normalize"),mt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>mt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?hn(e("values"),e("countDigits")):He(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Jt(t("_metrics"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=et(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},selection:{raw:["_selection"],make:(e,t)=>{let n=et(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Cn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Cn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>ln(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=et(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=et(t("_table"));if(!n.engine)return null;let o=qt(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...wn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Mn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Tn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?yt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>En(e("counts"),e("k"),bo,xo(e))},focus:{make:()=>null}},Be={},Nn=e=>{if(!Be[e]){let t=tt[e];Be[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Nn)])]}return Be[e]};for(let e of Object.keys(tt))Nn(e);function xo(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>pe(o,i*n,n)+r[i])}function $n(e){let t=new Map,n=c=>{if(!tt[c])throw new Error(`unknown state key ${c}`);return tt[c]},o=c=>{let a=n(c),u=Be[c].map(f=>e.get(f)),d=t.get(c);if(d&&d.raws.every((f,k)=>f===u[k]))return d.value;let m=a.make(o,f=>e.get(f));return t.set(c,{raws:u,value:m}),m};return{get:o,on:(c,a)=>{n(c);let u=Be[c].map(d=>e.on(d,a));return()=>u.forEach(d=>d())},set:(c,a)=>{if(!go.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function X(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(c=>e.on(c,s));return o&&o.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var vo=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function yo(e,t){return`From ${e.name} to ${t}: ${e.fixed} fixed, ${e.broken} broken, ${vo(e.changed,"sample")} changed their prediction.`}function Fn({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,u,d,m,f,k,g){let v=r("div",a);if(v.append(r("div","cmw-moves-title",`${u} (${d})`)),!m.length)return v.append(r("span","cmw-hint","none")),v;let N=r("div","cmw-moves-list");return m.forEach((b,_)=>{let w=r("span","cmw-move"),S=f[_];w.append(r("span","cmw-idx",`#${b}`),t.doc.createTextNode(` ${k} `),r("em",null,g[S]??String(S))),N.append(w)}),v.append(N),d>m.length&&v.append(r("span","cmw-hint",`showing the first ${m.length} of ${d}`)),v}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let u=e.get("run");s.append(r("p","cmw-compare-summary",yo(a,u)));let d=e.get("moves");if(!d){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let m=e.get("labels"),f=r("p","cmw-moves-head");f.append(t.doc.createTextNode("Cell true "),r("em",null,m[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),r("em",null,m[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(f,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,"from",m),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,"to",m))}return X(e,["compareState","moves","run","labels"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function Pn({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let u=xn.map(N=>{let b=i("cmw-seg-btn",N.label);return b.dataset.value=N.value===null?"":N.value,a.append(b),b}),d=s("label","cmw-field"),m=s("select","cmw-cmap");for(let N of bn)m.append(t.option(N));d.append(s("span",null,"Colormap"),m);let f=s("label","cmw-field"),k=s("input","cmw-reverse");k.type="checkbox",f.append(k,s("span",null,"reverse")),c.append(a,d,f,...o);function g(){let N=e.get("normalize");for(let w of u){let S=(w.dataset.value||null)===N;w.classList.toggle("cmw-active",S),w.setAttribute("aria-pressed",String(S))}let{base:b,reversed:_}=vn(e.get("cmap"));[...m.options].some(w=>w.value===b)||m.append(t.option(b)),m.value=b,k.checked=_}let v=()=>e.set("cmap",yn(m.value,k.checked));return z(a,"click",N=>{let b=N.target.closest(".cmw-seg-btn");b&&e.set("normalize",b.dataset.value||null)},r.signal),z(m,"change",v,r.signal),z(k,"change",v,r.signal),X(e,["normalize","cmap"],g,r.signal),g(),{el:c,update:g,destroy:()=>{r.abort(),c.remove()}}}var nt=64,_t=800,Ao=120,Mt=6,So=6,je=2,ko=14,In=140,ce=8,Ce=20,he=6,Tt=16,Ne=14,Ue=6,kt=8,Et=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function rt(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||nt,c=n.maxGrid||_t,a=ce+Ce+o+he,u=ce,d=e>0&&n.extra?1:0,m=Math.min(c,Math.max(Ao,t-a-s-ce-d*Ue)),f=n.view||Se(e),k=e>0?f.v:0,g=k>0?Math.min(i,m/(k+d)):0;d&&g<kt&&(g=Math.min(i,(m-kt)/k)),g>=Mt&&(g=Math.floor(g));let v=g*k,N=a+v+Ue,b=d?Math.max(g,kt):0,_=d?N+b:a+v;return{k:e,v:k,r0:f.r0,c0:f.c0,room:m,cell:g,x0:a,y0:u,grid:v,extra:d,xExtra:N,xw:b,right:_,width:Math.ceil(_+s+ce),height:Math.ceil(u+v+he+r+Ce+ce)}}function ot(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,c+Math.min(s,Math.floor(o/n.cell))]:null}function Se(e){return{r0:0,c0:0,v:Math.max(0,e)}}function On(e,t){return e*So>t}function Rn(e,t){return Math.min(e,Math.max(1,Math.ceil(t/nt)))}function le(e,t,n=1){if(!(t>0))return Se(0);let o=e||Se(t),r=Q(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=Q(Math.round(Number(o.r0)||0),0,t-r),i=Q(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function Dn(e,t,n,o,r=1){let s=le(e,o,r);if(!(t>0)||!(o>0))return s;let i=Q(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],u=(d,m)=>m-(m-d)*i/s.v;return le({r0:u(s.r0,c),c0:u(s.c0,a),v:i},o,r)}function zn(e,t,n,o,r=1){let s=le(e,o,r);return le({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function st(e,t,n,o=1){let r=le(e,n,o);if(!t)return r;let s=(i,c)=>c<i?c:c>=i+r.v?c-r.v+1:i;return le({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function Bn(e,t,n,o,r=1){let s=le(e,n,r),i=Math.min(s.v,Math.max(o,r));return le({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function Un(e,t,n){let o=n.v??n.k,r=(s,i,c)=>c+Q((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function jn(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**Q(-n/200,-1,1)}function Ct(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Vn(e,t,n=ko){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function Ve(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Nt(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let u=Q(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((u-s+.5)*t-e)<=Math.max(t/2,r)?u:-1}function $t(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function Wn(e,t,n,o=1,r=n){if(n<=0||!Et.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[Q(s,0,n-1),Q(i,0,r-1)]}var ke=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,be=(e,t)=>e.y0+(t-e.r0)*e.cell,Ft=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,Gn=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Xn({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=r("div","cmw-labels-panel");c.hidden=!0;let a=null,u=null;function d(){let g=e.get("labels");u=g;let v=r("div","cmw-labels-list");a=g.map((b,_)=>{let w=r("label","cmw-label-row"),S=r("input","cmw-label-input");return S.type="text",S.value=ze(b),S.dataset.index=String(_),w.append(r("span","cmw-label-idx",String(_)),S),v.append(w),S});let N=r("div","cmw-labels-actions");N.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(v,N),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(g=!1){a=null,u=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function f(){let g=u,v=e.get("labels"),N=a.map((b,_)=>b.value!==ze(g[_])?At(b.value,g[_]):v[_]);m(!0),N.length===v.length&&N.some((b,_)=>b!==v[_])&&e.set("display_labels",N)}function k(){a&&a.length!==e.get("k")&&m()}return z(i,"click",()=>a?m():d(),o.signal),z(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),f()):g.key==="Escape"&&(g.preventDefault(),m(!0))},o.signal),z(c,"click",g=>{g.target.closest(".cmw-save")?f():g.target.closest(".cmw-cancel")&&m(!0)},o.signal),X(e,["labels","k"],k,o.signal),{el:c,button:i,update:k,open:d,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),c.remove(),i.remove()}}}function Yn({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ze(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,u=(d,m=!1)=>{if(a)return;a=!0,c.abort();let f=At(i.value,o);i.remove(),s(d&&f!==o?f:null,m)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),u(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>u(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:u}}var _o=12;function Mo(e,t,n,o=_o){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(c,a)=>a==null||a<c||a>=c+r.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function Kn({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,u={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),m=ne(u.counts[a],e.get("countDigits"));return d.kind==="percent"?`${m} (${Ee(u.values[a],d)})`:m}function c(){let a=e.get("k"),u=e.get("labels"),d=e.get("selected"),m=e.get("abstained"),f=Mo(s,a,d&&d[1]<a?d:d&&[d[0],null]),k=o("table"),g=o("caption",null,`Confusion matrix, rows ${f.rows+1}-${f.rows+f.side} and columns ${f.cols+1}-${f.cols+f.side} of ${a}: rows are the true label, columns the predicted label.`),v=o("tr");v.append(o("td"));for(let _=f.cols;_<f.cols+f.side;_++){let w=o("th",null,`Predicted ${u[_]}`);w.scope="col",v.append(w)}if(m){let _=o("th",null,"Abstained");_.scope="col",v.append(_)}let N=o("tbody");for(let _=f.rows;_<f.rows+f.side;_++){let w=o("tr"),S=o("th",null,`True ${u[_]}`);S.scope="row",w.append(S);let p=(l,C)=>{let y=o("td",null,C);d&&d[0]===_&&d[1]===l&&(y.dataset.selected="true",y.textContent=`${y.textContent}, selected`),w.append(y)};for(let l=f.cols;l<f.cols+f.side;l++)p(l,i(_*a+l));m&&p(a,i(_,m)),N.append(w)}let b=o("thead");b.append(v),k.append(g,b,N),r.replaceChildren(k)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:r,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>r.remove()}}function To(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:qn(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:qn(i),u=[];for(let d of a)if(r.has(d))for(let m of c[d])u.push({kind:"class",index:m,members:[m]});else u.push({kind:"group",index:d,members:c[d]});return u}function qn(e){return Array.from({length:e},(t,n)=>n)}function Eo(e){return e.every(t=>t.kind==="class")}function Pt(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let c=0;c<o;c++)r[s*o+c]=e[i+n[c]]}return r}function Co(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)r[a]=c});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let c=r[i];if(!(c<0))for(let a=0;a<t;a++){let u=r[a];u>=0&&(s[c*o+u]+=e[i*t+a])}}return s}function Hn(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function No(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=ge(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var Zn=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),$o=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function Jn(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,_,w)=>{let S=o.get(b);if(S&&S.deps.length===_.length&&S.deps.every((l,C)=>l===_[C]))return S.value;let p=w();return o.set(b,{deps:_,value:p}),p},i=()=>!!r("compareState"),c=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),c(),t.version],()=>To(r("k"),r("order"),r("groups"),c(),t.expanded)),u=()=>s("perm",[a()],()=>Eo(a())?a().map(b=>b.index):null),d=()=>{let b=u();return b!==null&&b.every((_,w)=>_===w)},m={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),_=r("groups");return a().map(w=>w.kind==="class"?b[w.index]:`${_.names[w.index]} (${w.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(d())return r("counts");let b=u();return b?Pt(r("counts"),r("k"),b):Co(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=u();return b?r("values")===r("counts")?f("counts"):Pt(r("values"),r("k"),b):Ye(f("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),_=u();return!b||_===null?null:d()?b:{counts:Hn(b.counts,_),values:Hn(b.values,_)}}),abstained:()=>s("abstained",[m.abstainedRows(),m.vmax()],()=>{let b=m.abstainedRows();return b?b===r("abstained")&&m.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:ge(b.values,0,m.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),m.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=m.abstainedRows();return No(f("values"),b,p&&p.values)}if(d())return{colors:r("colors"),vmax:r("vmax")};let _=u();if(_)return{colors:Pt(r("colors"),r("k"),_),vmax:r("vmax")};let w=f("values"),S=Ke(w);return{colors:ge(w,0,S),vmax:S}}),colors:()=>m.colorsAndMax().colors,vmax:()=>m.colorsAndMax().vmax,colorbar:()=>s("colorbar",[m.vmax(),r("normalize"),r("colorbar")],()=>m.vmax()===r("vmax")?r("colorbar"):He(m.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),m.abstainedRows()],()=>{let b=a(),_=r("selected"),w=r("selectedGroup"),S=(C,y)=>b.findIndex(B=>B.kind===C&&B.index===y),p=C=>C===r("k")&&m.abstainedRows()?b.length:S("class",C),l=_?[S("class",_[0]),p(_[1])]:w?[S("group",w[0]),S("group",w[1])]:null;return l&&l[0]>=0&&l[1]>=0?l:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let _=p=>a().findIndex(l=>l.members.includes(p)),w=_(b.row),S=_(b.col);return w>=0&&S>=0?{r:w,c:S,outline:b.outline}:null})};function f(b){return Zn.has(b)?m[b]():e.get(b)}function k(b,_){if(!Zn.has(b))return e.on(b,_);let w=$o.map(p=>e.on(p,_)),S=()=>_();return n.add(S),()=>{w.forEach(p=>p()),n.delete(S)}}function g(b,_){let w=a();if(b==="selected"){if(_==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let S=w[_[0]],p=w[_[1]];if(S&&S.kind==="class"&&_[1]===w.length&&m.abstainedRows()){e.set("selected",[S.index,r("k")]);return}if(!S||!p)return;S.kind==="class"&&p.kind==="class"?e.set("selected",[S.index,p.index]):S.kind==="group"&&p.kind==="group"&&e.set("selected_group",[S.index,p.index]);return}if(b==="display_labels"){let S=r("labels").slice();_.forEach((p,l)=>{w[l]&&w[l].kind==="class"&&(S[w[l].index]=p)}),e.set("display_labels",S);return}e.set(b,_)}function v(){t.version+=1;for(let b of[...n])b()}return{get:f,on:k,set:g,send:b=>e.send(b),local:{expand(b,_){_?t.expanded.add(b):t.expanded.delete(b),v()},expanded:()=>new Set(t.expanded),focus(b,_,w=!1){t.focus=b==null?null:{row:b,col:_,outline:w},v()}}}}var Ln=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Fo=8,Po=12;function Io(e,t,n=Fo){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,c)=>{let u=String(i).toLowerCase().indexOf(o);u===0?r.push(c):u>0&&s.push(c)}),r.concat(s).slice(0,n)}function Oo(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function Ro(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Qn({state:e,display:t,dom:n,signal:o}){let r=Y(o),s=(P,I,W)=>z(P,I,W,r.signal),{h:i,button:c,option:a}=n,u=i("div","cmw-order"),d=i("div","cmw-order-bar"),m=i("label","cmw-order-label","Order "),f=i("select","cmw-order-select");for(let[P,I]of Ln)f.append(a(P,I));let k=a("list","Custom (from Python)");k.disabled=!0,f.append(k),m.append(f);let g=i("label","cmw-errors-only-label"),v=i("input","cmw-errors-only");v.type="checkbox",g.append(v,n.doc.createTextNode(" Errors only"));let N=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),N.append(b),d.append(m,g,N);let _=i("div","cmw-expand");_.setAttribute("role","group"),_.setAttribute("aria-label","Expand groups");let w=i("div","cmw-search"),S=i("label","cmw-search-label","Find class "),p=i("input","cmw-search-input");p.type="search",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let l=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",l),S.append(p);let C=i("ul","cmw-matches");C.id=l,C.setAttribute("role","listbox"),C.setAttribute("aria-label","Matching classes"),C.hidden=!0,w.append(S,C);let y=i("div","cmw-top"),B=i("p","cmw-top-title","Largest errors");B.id=`${l}-top`;let U=i("ol","cmw-top-list");U.setAttribute("aria-labelledby",B.id),y.append(B,U);let V=i("div","cmw-sr");V.setAttribute("aria-live","polite"),V.setAttribute("role","status"),u.append(d,_,w,y,V);let x=P=>{V.textContent=P};s(f,"change",()=>{e.set("order",f.value),x(`Order: ${f.selectedOptions[0].textContent}.`)}),s(v,"change",()=>{e.set("errors_only",v.checked),x(v.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),x(`Showing ${b.value}.`)}),s(_,"change",P=>{let I=P.target.closest("input[data-group]");I&&(t.local.expand(Number(I.dataset.group),I.checked),x(`${I.checked?"Expanded":"Collapsed"} ${I.parentElement.textContent.trim()}.`))});function M(P){let I=e.get("labels");p.value=I[P],O(),t.local.focus(P,P,!0),x(`Found ${I[P]}: its row and column are outlined.`)}function O(){C.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function D(){let P=e.get("labels"),I=Io(P,p.value);C.replaceChildren(...I.map((W,q)=>{let G=i("li","cmw-match",P[W]);return G.id=`${l}-${q}`,G.setAttribute("role","option"),G.dataset.cls=String(W),G})),C.hidden=I.length===0,p.setAttribute("aria-expanded",String(I.length>0)),p.value.trim()||t.local.focus(null)}function $(P){let I=[...C.children];if(!I.length)return null;let W=I.findIndex(G=>G.getAttribute("aria-selected")==="true"),q=P===0?Math.max(W,0):(W+P+I.length)%I.length;return I.forEach((G,ue)=>G.setAttribute("aria-selected",String(ue===q))),p.setAttribute("aria-activedescendant",I[q].id),I[q]}s(p,"input",D),s(p,"keydown",P=>{if(P.key==="ArrowDown"||P.key==="ArrowUp")$(P.key==="ArrowDown"?1:-1),P.preventDefault();else if(P.key==="Enter"){let I=$(0);I&&M(Number(I.dataset.cls)),P.preventDefault()}else P.key==="Escape"&&O()}),s(C,"click",P=>{let I=P.target.closest("li[data-cls]");I&&M(Number(I.dataset.cls))}),s(U,"click",P=>{let I=P.target.closest("button[data-i]");if(!I)return;let[W,q]=[Number(I.dataset.i),Number(I.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[W,q]),t.local.focus(W,q,!1)});function F(){let P=e.get("k");u.hidden=P<=2,w.hidden=P<=Po;let I=e.get("orderChoices");for(let G of f.options)G.value!=="list"&&(G.disabled=I!==null&&!I.includes(G.value),G.title=G.disabled?"Needs a live kernel":"");let W=e.get("orderName");f.value=Ln.some(([G])=>G===W)?W:"list",v.checked=e.get("errorsOnly");let q=e.get("groups");N.hidden=!q,b.value=e.get("level"),j(q),K()}function j(P){let I=t.local.expanded(),W=!!P&&e.get("level")==="groups";if(_.hidden=!W,!W)return;let q=P.names.map((G,ue)=>{let se=i("label","cmw-expand-item"),J=i("input");return J.type="checkbox",J.dataset.group=String(ue),J.checked=I.has(ue),se.append(J,n.doc.createTextNode(` ${G}`)),se});_.replaceChildren(i("span","cmw-expand-title","Expand: "),...q)}function K(){B.textContent=e.get("multilabel")?"Most frequent label pairs":"Largest errors";let P=e.get("labels"),I=e.get("top");U.replaceChildren(...I.map(W=>{let q=i("li"),G=c("cmw-top-item",Oo(P,W));return G.dataset.i=String(W[0]),G.dataset.j=String(W[1]),q.append(G),q})),y.hidden=I.length===0}let Z=e.get("selection");function H(){let P=e.get("selection");P!==Z&&x(Ro(P)),Z=P}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],F,r.signal),X(e,["selection"],H,r.signal),F(),{el:u,update:F,destroy:()=>{r.abort(),u.remove()}}}function er(e){let t=Jn(e.state),n=Qn({...e,display:t}),o=Kn({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var xe=12,it="abstained",It=8,Do=13;function tr(e){return Array.from({length:256},(t,n)=>Gt(e,n))}function nr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(Kt(n,o,r*r),r,r),0,0),s}function rr(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,be(t,r),t.xw,t.cell)}function or(e,t,n,o,r){if(t.cell<Mt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=o[n[i*s+c]],e.fillRect(ke(t,c),be(t,i),t.cell,t.cell)}function sr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function ir(e,t,n,o){let r=t.k,s=Math.min(Do,Math.floor(t.cell*.3));if(s<It||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let u=t.r0;u<t.r0+t.v;u++){let d=be(t,u)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let f=vt(n.values[u*r+m],n.counts[u*r+m],n.fmt,n.countDigits);c.push([ke(t,m)+t.cell/2,d,f,n.colors[u*r+m]])}if(i){let m=vt(i.values[u],i.counts[u],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,m,i.colors[u]])}}let a=zo(e,c.map(u=>u[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[u,d,m,f]of c)e.fillStyle=Yt(n.lutText,n.lut,f),a.mode==="two"?(e.font=a.font,e.fillText(m.main,u,d-a.px*.5),e.font=a.subFont,e.fillText(m.sub,u,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,u,d))}}function zo(e,t,n,o,r){let s=n-4,i=(a,u)=>{e.font=a;let d=0;for(let m of t)d=Math.max(d,e.measureText(u(m)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=o;a>=It;a--){let u=`${a}px ${r.family}`,d=Math.max(It-1,Math.round(a*.8)),m=`${d}px ${r.family}`;if(!(i(u,k=>k.main)>s))return c?n>=a*2.4+d&&i(m,k=>k.sub)<=s?{mode:"two",px:a,font:u,subFont:m}:i(u,k=>`${k.main} ${k.sub}`)<=s?{mode:"one",px:a,font:u}:{mode:"main",px:a,font:u}:{mode:"main",px:a,font:u}}return null}function ar(e,t,n,o,r,s,i,c){let a=f=>e.measureText(f).width;e.font=c(xe),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let f of Ve(t.v,r.step,t.r0)){let k=be(t,f)+t.cell/2;e.fillText($t(n[f],o,a),t.x0-he,k),e.moveTo(t.x0-3,Math.round(k)+.5),e.lineTo(t.x0,Math.round(k)+.5)}let u=t.y0+t.grid+he,d=Ve(t.v,r.step,t.c0).map(f=>[ke(t,f)+t.cell/2,n[f],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,it,r.extraRotated]);for(let[f,k,g]of d){let v=$t(k,o,a);e.moveTo(Math.round(f)+.5,t.y0+t.grid),e.lineTo(Math.round(f)+.5,t.y0+t.grid+3),g?(e.save(),e.translate(f,u),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(v,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(v,f,u))}e.stroke(),e.font=c(xe,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=t.y0+t.grid+he+r.height+Ce/2+2;e.fillText(String(s.x),t.x0+t.grid/2,m),e.save(),e.translate(ce+Ce/2,t.y0+t.grid/2),e.rotate(-Math.PI/2),e.fillText(String(s.y),0,0),e.restore()}function cr(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Tt+Ne+6+n)}function lr(e,t,n,o,r,s){let i=(t.right??t.x0+t.grid)+Tt,c=t.grid,a=c/256;for(let u=0;u<256;u++)e.fillStyle=o[u],e.fillRect(i,t.y0+c-(u+1)*a,Ne,a+.5);e.strokeStyle=r.border,e.strokeRect(i-.5,t.y0-.5,Ne+1,c+1),e.font=s(xe-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[u,d]of n){let m=t.y0+c*(1-Q(Number(u)||0,0,1));e.moveTo(i+Ne,Math.round(m)+.5),e.lineTo(i+Ne+3,Math.round(m)+.5),e.fillText(String(d),i+Ne+5,Q(m,t.y0+5,t.y0+c-5))}e.strokeStyle=r.muted,e.stroke()}function ur(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,be(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(ke(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function dr(e,t,n,o,r){let s=([i,c],a,u,d)=>{if(!Gn(t,[i,c]))return;let m=Math.max(Ft(t,c),8),f=Math.max(t.cell,8),k=ke(t,c)+Ft(t,c)/2-m/2,g=be(t,i)+t.cell/2-f/2;e.setLineDash(u),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(k+d,g+d,m-2*d,f-2*d),e.strokeStyle=a,e.strokeRect(k+d/2,g+d/2,m-d,f-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Bo=720,Uo={true:"of its true row",pred:"of its predicted column",all:"of all samples"},jo={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Vo=4,mr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Wo=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained"],Go={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Xo=24,Yo={x:"Predicted label",y:"True label"};function pr({state:e,dom:t,signal:n,report:o=()=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let c=Y(n),a=(h,A,T,E)=>z(h,A,T,c.signal,E),{doc:u,h:d,button:m}=t,f=d("div","cmw-matrix"),k=d("div","cmw-zoom");k.setAttribute("role","group"),k.setAttribute("aria-label","Zoom");let g=m("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let v=m("cmw-zoom-in","+");v.setAttribute("aria-label","Zoom in"),v.title="Zoom in (+)";let N=m("cmw-zoom-fit","Fit");N.setAttribute("aria-label","Show all classes"),N.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),k.append(g,v,N,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),k.hidden=!0;let _=d("div","cmw-plot"),w=d("canvas","cmw-canvas");w.tabIndex=0,w.setAttribute("role","img");let S=d("div","cmw-tooltip");S.hidden=!0,_.append(w,S);let p=d("div","cmw-sr");p.setAttribute("aria-live","polite"),f.append(k,_,p);let l={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},C={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null]},y=h=>e.get(h),B=()=>{let h=y("lut");return C.cssOf!==h&&(C.css=tr(h)),C.cssOf=h,C.css},U=()=>{let h=y("colors"),A=y("lut");return C.bitmap&&C.bitmapOf[0]===h&&C.bitmapOf[1]===A||(C.bitmap=nr(u,C.bitmap,h,A,y("k")),C.bitmapOf=[h,A]),C.bitmap};function V(h,A){let T=h.font,E=C.widths.get(T);if(E&&E.texts===A)return E.w;let R=0;for(let L of A)R=Math.max(R,h.measureText(L).width);return C.widths.set(T,{texts:A,w:R}),R}function x(){l.queued||c.signal.aborted||(l.queued=!0,queueMicrotask(()=>{l.queued=!1,c.signal.aborted||j()}))}function M(){let h=u.defaultView,A=h&&h.getComputedStyle?h.getComputedStyle(f):null,T=(E,R)=>(A&&A.getPropertyValue(E)||"").trim()||R;return{fg:A&&A.color||"#1f1f1f",muted:T("--cmw-muted","#616161"),accent:T("--cmw-accent","#1976d2"),border:T("--cmw-border","#bdbdbd"),bg:T("--cmw-bg","#ffffff"),family:A&&A.fontFamily||"sans-serif"}}let O=()=>(s?s():f.clientWidth)||Bo;function D(h){l.cursor&&(l.cursor[0]>=h||l.cursor[1]>=h)&&(l.cursor=null),l.view=null,l.editor&&l.editor.finish(!1),l.k=h}let $=h=>h+(h>0&&y("abstained")?1:0),F=h=>h[1]>=y("k")?[h[0],l.view?l.view.c0:0]:h;function j(){let h=performance.now(),A=y("k");A!==l.k&&D(A);let T=y("abstained");l.cols=$(A),l.cursor&&l.cursor[1]>=l.cols&&(l.cursor=null);let E=w.getContext("2d");if(!E)return;let R=M();l.detached=!f.isConnected;let L=(ut,Fe)=>`${Fe?"600 ":""}${ut}px ${R.family}`,ee=y("labels");l.width=O(),E.font=L(xe);let te=Math.min(In,Math.max(40,Math.round(l.width*.2))),ie=Math.ceil(Math.min(te,V(E,ee))),de=y("colorbar"),_e=cr(E,de),Me=rt(A,l.width,{yLabelWidth:ie,rightWidth:_e,extra:T?1:0});l.zoomable=A>0&&On(A,Me.room),l.vMin=Rn(A,Me.room);let ve=l.zoomable?le(l.view,A,l.vMin):Se(A);l.view=l.zoomable?ve:null;let jt={yLabelWidth:ie,rightWidth:_e,view:ve,extra:T?1:0},Vt=rt(A,l.width,jt);l.step=Vn(ve.v,Vt.cell),l.xLabels=P(E,ee,Vt,te);let ae=rt(A,l.width,{...jt,xLabelHeight:l.xLabels.height});l.layout=ae,l.yLabelW=ie,Z(E,ae);let lt=y("colors");if(A===0)E.fillStyle=R.muted,E.font=L(xe),E.fillText("No data",ce,ce+xe);else{lt.length>=A*A&&or(E,ae,lt,B(),U),T&&rr(E,ae,T.colors,B()),sr(E,ae,R),ir(E,ae,{values:y("values"),counts:y("counts"),colors:lt,lut:y("lut"),lutText:y("lutText"),fmt:y("fmt"),countDigits:y("countDigits"),abstained:T},R),ar(E,ae,ee,te,{step:l.step,...l.xLabels},Yo,R,L),lr(E,ae,de,B(),R,L);let ut=l.cursor&&w.matches(":focus")?l.cursor:null;dr(E,ae,y("selected"),ut,R);let Fe=y("focus");Fe&&Fe.outline&&ur(E,ae,Fe.r,Fe.c,R)}K(ae),H(ae,A,h)}function K(h){k.hidden=!l.zoomable,l.zoomable&&(b.textContent=Ct(h,h.k),v.disabled=h.v<=l.vMin,g.disabled=h.v>=h.k,N.disabled=h.v>=h.k)}function Z(h,A){let T=u.defaultView&&u.defaultView.devicePixelRatio||1,E=Math.max(1,Math.round(A.width*T)),R=Math.max(1,Math.round(A.height*T));(w.width!==E||w.height!==R)&&(w.width=E,w.height=R),w.style.width=`${A.width}px`,w.style.height=`${A.height}px`,h.setTransform(T,0,0,T,0,0),h.clearRect(0,0,A.width,A.height)}function H(h,A,T){let E=performance.now();l.draws+=1;let R=null;!l.firstDrawn&&A>0&&(l.firstDrawn=!0,R=E-(l.draws===1?r:T)),o({k:A,draws:l.draws,lastMs:E-T,firstMs:R,view:{r0:h.r0,c0:h.c0,v:h.v}}),w.dataset.cellX0=String(h.x0),w.dataset.cellY0=String(h.y0),w.dataset.cellSize=String(h.cell),w.dataset.viewRow0=String(h.r0),w.dataset.viewCol0=String(h.c0),w.dataset.viewSize=String(h.v),w.dataset.cols=String(l.cols),w.dataset.extraX0=h.extra?String(h.xExtra):"",w.dataset.extraWidth=h.extra?String(h.xw):"",w.setAttribute("aria-label",`Confusion matrix of ${A} classes: rows are the true label, columns the predicted label`+(h.extra?", the last column the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape clears."+(l.zoomable?` Showing ${Ct(h,A)}; plus and minus zoom, 0 shows all.`:""))}function P(h,A,T,E){let R=0;if(l.zoomable)R=V(h,A);else for(let de of Ve(T.k,l.step))R=Math.max(R,h.measureText(A[de]).width);R=Math.min(E,R);let L=R>l.step*T.cell-4,ee=T.extra?h.measureText(it).width:0,te=T.extra>0&&(L||ee>T.xw+Ue-2),ie=Math.max(L?R:xe+2,te?ee:0);return{rotated:L,extraRotated:te,height:Math.ceil(ie)}}function I(h,A){l.editor&&l.editor.finish(!1);let T=l.layout,E=h==="y"?Math.max(l.yLabelW+he+4,100):120,R=ke(T,A)+T.cell/2,L=h==="y"?T.x0-E:Q(R-E/2,0,Math.max(0,T.width-E)),ee=h==="y"?be(T,A)+T.cell/2-11:T.y0+T.grid+he,te={left:w.offsetLeft+Math.max(0,L),top:w.offsetTop+ee,width:E},ie=y("labels");l.editor=Yn({dom:t,host:_,box:te,name:ie[A],index:A,done:(de,_e)=>{l.editor=null;let Me=y("labels");if(de!==null&&A<Me.length){let ve=Me.slice();ve[A]=de,e.set("display_labels",ve)}_e&&w.focus({preventScroll:!0})}})}function W(h,A=!1){let T=w.getBoundingClientRect(),E=l.lastUp;return A&&E&&Math.abs(E.x-h.clientX)<1&&Math.abs(E.y-h.clientY)<1?[E.x-T.left,E.y-T.top]:[h.clientX-T.left,h.clientY-T.top]}function q(h,A){let T=l.layout;if(!T||T.k===0)return null;let E=xe/2+1;if(h>=ce+Ce&&h<T.x0&&A>=T.y0-E&&A<T.y0+T.grid+E){let ee=Nt(A-T.y0,T.cell,l.step,T.k,E,T.r0,T.v);return ee>=0?{axis:"y",index:ee}:null}let R=T.y0+T.grid,L=T.x0+T.grid+(T.extra?Ue/2:20);if(A>=R&&A<R+he+l.xLabels.height&&h>=T.x0-20&&h<L){let ee=l.xLabels.rotated?E:l.step*T.cell/2,te=Nt(h-T.x0,T.cell,l.step,T.k,ee,T.c0,T.v);return te>=0?{axis:"x",index:te}:null}return null}function G([h,A]){let T=y("k"),E=y("labels"),R=y("abstained");if(A>=T&&R){let ie=R.counts[h],de=y("countDigits"),_e=y("fmt"),Me=_e.kind==="percent"?` (${Ee(R.values[h],_e)} ${Go[y("normalize")]||""})`.replace(" )",")"):"",ve=de===0&&ie===1?"sample":"samples";return`true ${E[h]}: ${it}, ${ne(ie,de)} ${ve}${Me}`}let L=h*T+A,ee=[`True: ${E[h]}`,`Predicted: ${E[A]}`,`Count: ${ne(y("counts")[L],y("countDigits"))}`],te=y("fmt");if(te.kind==="delta"&&ee.push(`Change: ${Ee(y("values")[L],te)} since the compared run`),te.kind==="percent"){let ie=(y("multilabel")?jo:Uo)[y("normalize")]||"";ee.push(`Shown: ${Ee(y("values")[L],te)} ${ie}`.trim())}return ee.join(`
`)}function ue(h,A,T){S.textContent=h,S.hidden=!1;let E=w.offsetLeft+A+14;E+S.offsetWidth+4>_.clientWidth&&(E=Math.max(0,w.offsetLeft+A-S.offsetWidth-10));let R=w.offsetTop+T+14;R+S.offsetHeight+4>_.clientHeight&&(R=Math.max(0,w.offsetTop+T-S.offsetHeight-10)),S.style.left=`${E}px`,S.style.top=`${R}px`}let se=()=>l.zoomable&&l.view!==null&&l.view.v<y("k");function J(h){let A=y("k"),T=le(h,A,l.vMin),E=l.view||Se(A);return T.r0===E.r0&&T.c0===E.c0&&T.v===E.v?!1:(l.view=T,S.hidden=!0,x(),!0)}function re(h,A=null){if(!l.zoomable||!l.layout)return;let T=l.layout;J(Dn(T,h,A,T.k,l.vMin))}function Fr(h){h.target.closest(".cmw-zoom-in")?re(je):h.target.closest(".cmw-zoom-out")?re(1/je):h.target.closest(".cmw-zoom-fit")&&J(Se(y("k")))}function Pr(h){if(!(h.ctrlKey||h.metaKey)||!l.zoomable)return;h.preventDefault();let[A,T]=W(h);re(jn(h.deltaY,h.deltaMode),Un(A,T,l.layout))}function Ir(h){if(l.panned=!1,l.pan=null,h.button!==0||!se())return;let[A,T]=W(h);ot(A,T,l.layout)&&(l.pan={id:h.pointerId,x:h.clientX,y:h.clientY,view:l.layout,cell:l.layout.cell,moved:!1})}function Or(h){let A=l.pan,T=h.clientX-A.x,E=h.clientY-A.y;if(!A.moved){if(Math.hypot(T,E)<Vo)return;A.moved=!0,S.hidden=!0;try{w.setPointerCapture(A.id)}catch{}}w.style.cursor="grabbing",J(zn(A.view,-E/A.cell,-T/A.cell,y("k"),l.vMin))}function Rr(h){l.lastUp={x:h.clientX,y:h.clientY},l.pan&&l.pan.moved&&(l.panned=!0,w.style.cursor="grab"),l.pan=null}function Dr(h){if(l.pan&&l.pan.id===h.pointerId&&(Or(h),l.pan.moved))return;let[A,T]=W(h),E=ot(A,T,l.layout);if(E){ue(G(E),A,T),w.style.cursor=se()?"grab":"pointer";return}let R=q(A,T);if(w.style.cursor=R?"text":"default",R){let L=R.axis==="y"?"True class":"Predicted class";ue(`${L} ${R.index}: ${y("labels")[R.index]}
(double-click to rename)`,A,T)}else S.hidden=!0}function zr(h){if(l.panned){l.panned=!1;return}let[A,T]=W(h,!0),E=ot(A,T,l.layout);E?(l.cursor=E,e.set("selected",E),x()):!q(A,T)&&y("selected")!=null&&e.set("selected",null)}function Br(h){let[A,T]=W(h,!0),E=q(A,T);E&&(h.preventDefault(),S.hidden=!0,I(E.axis,E.index))}function Ur(h){let A=y("k");if(A===0)return;let T=!0;if(Et.has(h.key)){let E=l.cursor||y("selected")||(se()?[l.view.r0,l.view.c0]:null);l.cursor=Wn(E,h.key,A,h.shiftKey?10:1,$(A)),se()&&J(st(l.view,F(l.cursor),A,l.vMin)),p.textContent=G(l.cursor).replace(/\n/g,", "),x()}else if(l.zoomable&&!h.ctrlKey&&!h.metaKey&&!h.altKey&&mr[h.key]){let E=mr[h.key];if(E==="fit")J(Se(A));else{let R=l.cursor?F(l.cursor):null;re(E==="in"?je:1/je,R?[R[0]+.5,R[1]+.5]:null),R&&se()&&J(st(l.view,F(l.cursor),A,l.vMin))}}else if(h.key==="Enter"||h.key===" "){let E=l.cursor||y("selected")||[0,0];l.cursor=E,e.set("selected",[E[0],E[1]])}else h.key==="Escape"?e.set("selected",null):T=!1;T&&h.preventDefault()}a(w,"pointerdown",Ir),a(w,"pointermove",Dr),a(w,"pointerleave",()=>{S.hidden=!0}),a(w,"pointerup",Rr),a(w,"pointercancel",()=>{l.pan=null}),a(w,"wheel",Pr,{passive:!1}),a(k,"click",Fr),a(w,"click",zr),a(w,"dblclick",Br),a(w,"keydown",Ur),a(w,"focus",x),a(w,"blur",x);let $e=u.defaultView;if($e&&typeof $e.ResizeObserver<"u"){let h=new $e.ResizeObserver(()=>{(l.detached||Math.abs(O()-l.width)>=1)&&x()});for(let A of[f,...i])h.observe(A);c.signal.addEventListener("abort",()=>h.disconnect(),{once:!0})}if($e&&typeof $e.MutationObserver<"u"&&u.body){let h=null,A=new $e.MutationObserver(()=>{clearTimeout(h),h=setTimeout(x,100)});A.observe(u.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{A.disconnect(),clearTimeout(h)},{once:!0})}c.signal.addEventListener("abort",()=>{l.editor&&l.editor.finish(!1)},{once:!0});let Ge=y("selected"),Bt=y("focus");function Ut(){let h=y("selected"),A=y("focus"),T=h&&!(Ge&&h[0]===Ge[0]&&h[1]===Ge[1]);A!==Bt&&A&&l.zoomable?J(Bn(l.view,[A.r,A.c],y("k"),Xo,l.vMin)):T&&se()&&J(st(l.view,F(h),y("k"),l.vMin)),Ge=h,Bt=A,j()}return X(e,Wo,Ut,c.signal),j(),{el:f,update:Ut,destroy:()=>{c.abort(),f.remove()}}}function fr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table");s.append(r("summary",null,"Metrics"),i);let c=!0;function a(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=(g,v)=>g.append(r("td","cmw-num",v));i.replaceChildren();let f=i.createTHead().insertRow();for(let g of["class","precision","recall","F1","support"])f.append(r("th",null,g));let k=i.createTBody();for(let g of u.perClass){let v=k.insertRow(),N=r("th",null,g.label);N.title=N.textContent,v.append(N);for(let b of["precision","recall","f1"])m(v,oe(g[b]));m(v,ne(g.support,d))}for(let[g,v]of u.summary.entries()){let N=k.insertRow();if(N.className=g===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",N.append(r("th",null,String(v.name??""))),"value"in v)for(let b of["","",oe(v.value),""])m(N,b);else{for(let b of["precision","recall","f1"])m(N,oe(v[b]));m(N,ne(v.support,d))}}}return z(s,"toggle",()=>{s.open&&c&&a()},o.signal),X(e,["metrics","countDigits"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function hr({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return X(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var Ko=60,wr=700,at="http://www.w3.org/2000/svg",We={w:240,h:56,pad:6};function gr(e,{w:t,h:n,pad:o}=We){let r=e.length,s=c=>r>1?o+c*(t-2*o)/(r-1):t/2,i=c=>o+(1-Math.min(1,Math.max(0,c)))*(n-2*o);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function qo(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function br({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{doc:s,h:i,button:c,option:a}=t,u=o||{now:()=>Date.now(),setTimeout:($,F)=>setTimeout($,F),clearTimeout:$=>clearTimeout($)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let m=c("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let f=i("input","cmw-run-slider");f.type="range",f.min="0",f.step="1",f.setAttribute("aria-label","Run");let k=i("output","cmw-run-name"),g=c("cmw-run-newer","");g.title="Show the latest run";let v=i("select","cmw-compare-pick");v.setAttribute("aria-label","Compare with");let N=i("label","cmw-field");N.append(i("span",null,"Compare with"),v);let b=i("div","cmw-runs-top");b.append(m,f,k,g,N);let _=s.createElementNS(at,"svg");_.setAttribute("class","cmw-history"),_.setAttribute("viewBox",`0 0 ${We.w} ${We.h}`),_.setAttribute("width",String(We.w)),_.setAttribute("height",String(We.h));let w=i("div","cmw-history-legend");w.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let S=i("div","cmw-history-box");S.append(_,w),d.append(b,S),d.hidden=!0;let p=!1,l=null,C=()=>e.get("runs").names,y=$=>{let F=C();$>=0&&$<F.length&&F[$]!==e.get("run")&&e.set("run",F[$])},B=me(y,Ko,o);function U(){let $=e.get("runs"),F=e.get("run");if(d.hidden=$.names.length<2,d.hidden){D();return}let j=$.names.indexOf(F);f.max=String($.names.length-1),!p&&j>=0&&(f.value=String(j)),p||(k.textContent=F);let K=qo($.names,F);g.textContent=K,g.hidden=!K,V($.names,e.get("compare")),x($,j)}function V($,F){let j=a("","none");v.replaceChildren(j,...$.map(K=>a(K))),v.value=F!=null&&$.includes(F)?F:""}function x($,F){let j=[];for(let[Z,H]of[[$.accuracy,"cmw-line-acc"],[$.macroF1,"cmw-line-f1"]]){let P=gr(Z).filter(Boolean),I=s.createElementNS(at,"polyline");I.setAttribute("class",H),I.setAttribute("fill","none"),I.setAttribute("points",P.map(W=>W.map(q=>q.toFixed(1)).join(",")).join(" ")),j.push(I)}let K=gr($.accuracy);$.names.forEach((Z,H)=>{if(!K[H])return;let P=s.createElementNS(at,"circle");P.setAttribute("class",H===F?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),P.setAttribute("cx",K[H][0].toFixed(1)),P.setAttribute("cy",K[H][1].toFixed(1)),P.setAttribute("r",H===F?"4":"3"),P.setAttribute("data-run",String(H));let I=s.createElementNS(at,"title");I.textContent=`${Z}: accuracy ${oe($.accuracy[H])}, macro F1 ${oe($.macroF1[H])}`,P.append(I),j.push(P)}),_.replaceChildren(...j)}function M(){let $=C(),F=$.indexOf(e.get("run"));if(F<0||F>=$.length-1){D();return}y(F+1),l=u.setTimeout(M,wr)}function O(){let $=C();$.indexOf(e.get("run"))>=$.length-1&&y(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),l=u.setTimeout(M,wr)}function D(){l!==null&&u.clearTimeout(l),l=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return z(m,"click",()=>l===null?O():D(),r.signal),z(f,"input",()=>{p=!0,D();let $=Number(f.value);k.textContent=C()[$]??"",B($)},r.signal),z(f,"change",()=>{p=!1,B.cancel(),y(Number(f.value))},r.signal),z(g,"click",()=>{D(),y(C().length-1)},r.signal),z(v,"change",()=>e.set("compare",v.value===""?null:v.value),r.signal),z(_,"click",$=>{let F=$.target&&$.target.closest?$.target.closest("[data-run]"):null;F&&(D(),y(Number(F.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>{B.cancel(),D()},{once:!0}),X(e,["runs","run","compare"],U,r.signal),U(),{el:d,update:U,destroy:()=>{r.abort(),d.remove()}}}var Ho=60,xr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function vr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-abstain");i.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let a=s("input","cmw-abstain-slider");a.type="range";let u=s("output","cmw-abstain-value"),d=s("label","cmw-field");d.append(c,s("span",null,"Abstain when the top score is below"),a,u);let m=s("input","cmw-top-k");m.type="number",m.min="1";let f=s("label","cmw-field");f.append(s("span",null,"Hit when the true class is in the top"),m);let k=s("span","cmw-hint cmw-top-k-hint");k.setAttribute("role","status"),f.append(k);let g=s("div","cmw-abstain-stats");i.append(d,f,g);let v=!1,N=null,b=()=>e.get("scores"),_=p=>e.set("abstain",p),w=me(_,Ho,o);r.signal.addEventListener("abort",()=>w.cancel(),{once:!0});function S(){let p=b(),l=!!(p&&p.kind==="multiclass");if(i.hidden=!l,!l)return;a.min=String(p.lo),a.max=String(p.hi),a.step=String(p.step);let C=p.abstain!==null&&p.abstain!==void 0;if(c.checked=C,a.disabled=!C,C&&(N=p.abstain),!v){let y=C?p.abstain:N??(p.lo+p.hi)/2;a.value=String(y),u.textContent=C?Number(y).toFixed(Ae(p.step)):"off"}m.max=String(p.k_max),t.doc.activeElement!==m&&(m.value=String(p.top_k)),g.replaceChildren(),C&&g.append(s("span","cmw-stat cmw-coverage",`coverage ${xr(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${xr(p.covered_accuracy)}`))}return z(c,"change",()=>{b()&&_(c.checked?parseFloat(a.value):null)},r.signal),z(a,"input",()=>{v=!0;let p=b();u.textContent=parseFloat(a.value).toFixed(Ae(p?p.step:.01)),w(parseFloat(a.value))},r.signal),z(a,"change",()=>{v=!1,w.cancel(),_(parseFloat(a.value))},r.signal),z(m,"change",()=>{let p=b(),l=Number(m.value),C=p&&Number.isInteger(l)&&l>=1&&l<=p.k_max;k.textContent=C||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,C?e.set("top_k",l):p&&(m.value=String(p.top_k))},r.signal),X(e,["scores"],S,r.signal),S(),{el:i,update:S,destroy:()=>{r.abort(),i.remove()}}}function yr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Zo=60,Ot={size:220,pad:24},Jo="http://www.w3.org/2000/svg",Lo=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Ar({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s,doc:i}=t,c=(w,S={})=>{let p=i.createElementNS(Jo,w);for(let[l,C]of Object.entries(S))p.setAttribute(l,String(C));return p},a=s("div","cmw-curves");a.hidden=!0;let u=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(u,d);let m=!1,f=null,k={},g=w=>{let S=e.get("binary");!S||!Number.isFinite(w)||e.set("threshold",Q(w,S.lo,S.hi))},v=me(g,Zo,o);r.signal.addEventListener("abort",()=>v.cancel(),{once:!0});function N(w){let{size:S,pad:p}=Ot;u.replaceChildren();for(let l of Object.keys(k))delete k[l];for(let l of Lo){let C=w[l.kind],y=s("figure",`cmw-curve cmw-curve-${l.kind}`),B=s("figcaption","cmw-curve-title"),U=w[l.area],V=w.undefinedBecause?w.undefinedBecause[l.kind]:null;if(B.textContent=`${l.title}${U===null||V?"":`  ${l.areaName} ${oe(U)}`}`,V){y.append(B,s("p","cmw-curve-undefined",`Undefined: ${V}.`)),u.append(y);continue}let x=c("svg",{width:S,height:S,viewBox:`0 0 ${S} ${S}`,role:"img","aria-label":`${l.title} curve; press or drag on it to set the threshold`});x.classList.add("cmw-curve-svg"),Object.assign(x.dataset,{kind:l.kind,plotSize:String(S),plotPad:String(p)}),x.append(c("rect",{x:p,y:p,width:S-2*p,height:S-2*p,class:"cmw-curve-frame"}),c("polyline",{points:dn(C,S,p),class:"cmw-curve-line"})),l.kind==="roc"&&x.append(c("line",{x1:p,y1:S-p,x2:S-p,y2:p,class:"cmw-curve-chance"}));let M=c("text",{x:S/2,y:S-6,class:"cmw-curve-axis","text-anchor":"middle"});M.textContent=l.x;let O=c("text",{x:10,y:S/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 10 ${S/2})`});O.textContent=l.y;let D=c("circle",{r:5,class:"cmw-curve-marker"});x.append(M,O,D),y.append(B,x),u.append(y),k[l.kind]={plot:x,marker:D,curve:C,spec:l},b(x,C)}d.replaceChildren();for(let l of w.targets){let C=t.button("cmw-curve-target",`threshold for ${l.name}`);C.dataset.threshold=String(l.threshold),z(C,"click",()=>g(l.threshold),r.signal),d.append(C)}}function b(w,S){let p=!1,l=y=>{let B=yr(w.getBoundingClientRect(),Ot),U=(y.clientX-B.x0)/B.inner,V=1-(y.clientY-B.y0)/B.inner;return S.t[un(S,U,V)]};z(w,"pointerdown",y=>{if(p=!0,w.setPointerCapture&&y.pointerId!==void 0)try{w.setPointerCapture(y.pointerId)}catch{}v(l(y))},r.signal),z(w,"pointermove",y=>{p&&v(l(y))},r.signal),z(w,"pointerup",y=>{p&&(p=!1,v.cancel(),g(l(y)))},r.signal),z(w,"pointercancel",()=>{p=!1,v.cancel()},r.signal)}function _(){let w=e.get("binary");if(a.hidden=!w,!w)return;let S=e.get("curves");if(!S){(!m||f!==null)&&(m=!0,f=null,u.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}f!==S&&(N(S),f=S);let{size:p,pad:l}=Ot,C=p-2*l;for(let{marker:y,spec:B,plot:U}of Object.values(k)){let[V,x]=B.at(w),M=Number.isFinite(V)&&Number.isFinite(x);y.setAttribute("visibility",M?"visible":"hidden"),M&&(y.setAttribute("cx",(l+V*C).toFixed(1)),y.setAttribute("cy",(l+(1-x)*C).toFixed(1)),U.dataset.markerX=String(V),U.dataset.markerY=String(x))}}return X(e,["binary","curves"],_,r.signal),_(),{el:a,update:_,destroy:()=>{r.abort(),a.remove()}}}var Qo=60,Rt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function es(e,t){let n=e.map((o,r)=>r);return(t==="f1"||t==="support")&&n.sort((o,r)=>e[r][t]-e[o][t]||o-r),n}function Sr({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let u=s("input","cmw-label-threshold");u.type="range";let d=s("output","cmw-label-threshold-value"),m=s("label","cmw-field");m.append(s("span",null,"Threshold"),u,d);let f=s("div","cmw-label-focus"),k=s("div","cmw-label-listing"),g=s("table","cmw-label-tables");i.append(a,m,f,k,g);let v=0,N="label",b=!1,_=()=>e.get("scores"),w=y=>{let B=_();if(!B||!Array.isArray(B.thresholds)||!Number.isFinite(y))return;let U=B.thresholds.slice();U[v]=y,e.set("thresholds",U)},S=me(w,Qo,o);r.signal.addEventListener("abort",()=>S.cancel(),{once:!0});function p(){let y=_(),B=!!(y&&y.kind==="multilabel");if(i.hidden=!B,!B)return;let U=e.get("labels"),V=e.get("metrics").perClass,x=e.get("countDigits");v=Math.min(v,U.length-1),(c.options.length!==U.length||[...c.options].some((O,D)=>O.textContent!==U[D]))&&c.replaceChildren(...U.map((O,D)=>t.option(String(D),O))),c.value=String(v);let M=Array.isArray(y.thresholds);m.hidden=!M,u.disabled=!!y.fixed,M&&!b&&(u.min=String(y.lo),u.max=String(y.hi),u.step=String(y.step),u.value=String(y.thresholds[v]),d.textContent=Number(y.thresholds[v]).toFixed(Ae(y.step))),l(y,U,x),C(y,U,V,x)}function l(y,B,U){let V=y.tables[v]||[0,0,0,0],x=s("table","cmw-readout-table");x.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let O=x.createTBody();[["truly absent",0],["truly present",2]].forEach(([$,F])=>{let j=O.insertRow();j.append(s("th",null,$));for(let K of[F,F+1]){let[Z,H]=Rt[K],P=s("td"),I=t.button("cmw-label-cell",`${H} ${ne(V[K],U)}`);I.dataset.cell=Z,I.disabled=!!y.fixed,z(I,"click",()=>e.send({type:"label_cell",label:v,cell:Z}),r.signal),P.append(I),j.append(P)}}),f.replaceChildren(s("div","cmw-label-focus-title",B[v]??""),x);let D=y.focus;if(D&&D.label===v){let $=Rt.find(([j])=>j===D.cell)?.[1]??D.cell,F=D.indices.length<D.total?`first ${D.indices.length} of ${D.total}`:`${D.total}`;k.replaceChildren(s("div","cmw-label-listing-title",`${$} of ${B[v]}: ${F} samples`),s("div","cmw-indices",D.indices.join(", ")))}else k.replaceChildren()}function C(y,B,U,V){let x=s("tr"),M=(F,j)=>{let K=t.button(`cmw-sort${N===F?" cmw-sorted":""}`,j);K.dataset.sort=F,z(K,"click",()=>{N=F,p()},r.signal);let Z=s("th");return Z.append(K),Z};x.append(M("label","label"),...Rt.map(([,F])=>s("th",null,F)),M("f1","F1"),M("support","support"));let O=s("thead");O.append(x);let D=s("tbody"),$=U.length===B.length?U:B.map(()=>({f1:NaN,support:NaN}));for(let F of es($,N)){let j=s("tr",F===v?"cmw-focused":null);j.dataset.label=String(F);let K=t.button("cmw-label-name",B[F]);z(K,"click",()=>{v=F,p()},r.signal);let Z=s("th");Z.append(K),j.append(Z,...(y.tables[F]||[]).map(H=>s("td",null,ne(H,V))),s("td",null,oe($[F].f1)),s("td",null,ne($[F].support,V))),D.append(j)}g.replaceChildren(O,D)}return z(c,"change",()=>{v=Number(c.value)||0,p()},r.signal),z(u,"input",()=>{b=!0;let y=_();d.textContent=parseFloat(u.value).toFixed(Ae(y?y.step:.01)),S(parseFloat(u.value))},r.signal),z(u,"change",()=>{b=!1,S.cancel(),w(parseFloat(u.value))},r.signal),X(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function kr(e){let t=[Ar(e),vr(e),Sr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function _r({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("div","cmw-selection");function c(){let m=e.get("selection");if(i.replaceChildren(),!m){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples."));return}let f=r("p","cmw-sentence");for(let v of m.sentence){let N=String(v&&v.text!=null?v.text:"");f.append(v&&v.em?r("em",null,N):t.doc.createTextNode(N))}if(i.append(f),!m.available){let v=e.get("table"),N=typeof m.unavailable=="string"&&m.unavailable?m.unavailable:v?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${v.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",N));return}let k=An(m);if(k.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(m.indices||[]).join(", ")),a(k));let g=Array.isArray(m.previews)?m.previews:[];g.length&&i.append(u(g))}function a(m){let f=r("div","cmw-pager");if(m.hasPrev){let k=s("cmw-prev","Previous");k.dataset.offset=String(m.prevOffset),f.append(k)}if(f.append(r("span","cmw-range",`showing ${m.first}-${m.last} of ${m.total}`)),m.hasMore){let k=s("cmw-more","Show more");k.dataset.offset=String(m.nextOffset),f.append(k)}return f}function u(m){let f=r("div","cmw-previews");for(let k of m)if(k){if(k.kind==="image"&&typeof k.src=="string"&&k.src.startsWith("data:image/")){let g=r("figure","cmw-preview-img"),v=r("img");v.src=k.src,v.alt=`sample ${k.index}`,g.append(v,r("figcaption",null,`#${k.index}`)),f.append(g)}else if(k.kind==="text"){let g=r("div","cmw-preview-text");g.append(r("span","cmw-idx",`#${k.index}`),r("span","cmw-snippet",String(k.text??""))),f.append(g)}}return f}let d=null;return z(i,"click",m=>{let f=m.target.closest("button[data-offset]");if(!f)return;let k=e.get("selection");d=k&&{cls:f.className,i:k.i,j:k.j},e.send({type:"page",offset:Number(f.dataset.offset)})},o.signal),X(e,["selection","table"],()=>{let m=d;d=null;let f=t.doc.activeElement,k=f&&(i.contains(f)||f===t.doc.body);c();let g=e.get("selection");if(!m||!g||g.i!==m.i||g.j!==m.j||!k)return;let v=i.querySelector(`button.${m.cls}`)||i.querySelector("button[data-offset]");v&&v.focus({preventScroll:!0})},o.signal),c(),{el:i,update:c,destroy:()=>{o.abort(),i.remove()}}}var Mr=e=>Math.round(e).toLocaleString("en-US");function ts(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Mr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Mr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function ns(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Tr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),c=r("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let u=e.get("table");s.hidden=!u,i.textContent=ts(u);let d=ns(e);c.hidden=!d,c.textContent=d||""}return X(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function rs(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var os=60;function Er({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let u=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,u);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let m=!1,f=null,k=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,v=(p,l)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Ae(k(l)));function N(){let p=e.get("binary");if(i.hidden=!p,!p)return;let l=g();a.min=l?"0":String(p.lo),a.max=String(l?l.length-1:p.hi),a.step=l?"1":String(k(p));let C=e.get("threshold")??Number(p.threshold);!m&&Number.isFinite(C)&&(a.value=String(l?rs(l,C):C),u.textContent=v(C,p)),b(p)}function b(p){let l=e.get("countDigits"),C=s("table","cmw-readout-table");C.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let B=C.createTBody(),U=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[x,...M]of U){let O=B.insertRow();O.append(s("th",null,x));for(let[D,$]of M){let F=s("td");F.append(s("span","cmw-tag",D),t.doc.createTextNode(` ${ne($,l)}`)),O.append(F)}}let V=s("div","cmw-readout-stats");for(let[x,M]of[["TPR",p.tpr],["FPR",p.fpr],["precision",p.precision],["F1",p.f1]])V.append(s("span","cmw-stat",`${x} ${oe(M)}`));d.replaceChildren(C,V)}let _=p=>{Number.isFinite(p)&&(f=p,e.set("threshold",p))},w=me(_,os,o),S=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return z(a,"input",()=>{m=!0;let p=S(),l=e.get("binary");Number.isFinite(p)&&(u.textContent=l?v(p,l):p.toFixed(2)),w(p)},r.signal),z(a,"change",()=>{m=!1,w.cancel();let p=S();(p!==f||e.get("threshold")!==p)&&_(p)},r.signal),r.signal.addEventListener("abort",()=>w.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table"],N,r.signal),N(),{el:i,update:N,destroy:()=>{r.abort(),i.remove()}}}var ss=300,is=200,as=16;function cs(e,t,n){let o=e-t-as,r=Math.min(_t,Math.max(n,1)*nt)+is;return t>0&&o>=Math.max(ss,Math.min(r,.6*e))?o:e}function ls(e,t){let n=e.dom.h("div","cmw-main"),o=kr(e);o.el.classList.add("cmw-side");let s=pr({...t,room:()=>cs(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function us(e){let t=Xn(e),n=er(e);return[Pn({...e,extra:[t.button]}),t,Er(e),Tr(e),hr(e),n.panel,ls(e,n.matrixCtx),n.table,br(e),Fn(e),_r(e),fr(e)]}function Cr(e,t,n=performance.now()){let o=an(t.ownerDocument||document),r=new AbortController,s=$n(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",z(i,"keydown",u=>u.stopPropagation(),r.signal);let c=({k:u,draws:d,lastMs:m,firstMs:f})=>{i.dataset.k=String(u),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=m.toFixed(1),f!==null&&(i.dataset.firstDrawMs=f.toFixed(1))},a=us({state:s,dom:o,signal:r.signal,report:c,startedAt:n});return i.append(...a.map(u=>u.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var ct="cm-widget",ds="application/vnd.cm-widget.view+json",Dt="application/vnd.jupyter.widget-view+json",Nr=1e4,ms="Saved view, no kernel behind it: run the cell to make it live.",zt=null;async function ps(e){let t=zt&&zt[e];if(!t)throw new Error(`${ct}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function fs(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Wt,e.head.appendChild(t)}async function hs(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await sn(n):null}function $r(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ws(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=hs(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),Nr))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=$r(this,"rendermime"),r=o&&o.rendermime,s=$r(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Dt in n.data&&r&&r.mimeTypes.includes(Dt))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Dt);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:Nr),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let u=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(u),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(u,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){fs(o),s.textContent=ms;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:Cr(on(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function gs(){let{Panel:e}=await ps("@lumino/widgets"),t=ws(e);return{id:`${ct}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[ds],defaultRank:-20,createRenderer:n=>new t(n)}}}function bs(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[ct]={init:e=>{zt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${ct} has no module ${e}`);let t=bs()?[await gs()]:[];return()=>({__esModule:!0,default:t})}});})();
