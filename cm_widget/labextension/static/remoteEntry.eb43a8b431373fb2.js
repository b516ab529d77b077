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

/* Intervals of the metrics: "0.910 (0.880-0.930)" and, on hover, a whisker on a 0-1 scale. */
.cmw-has-interval {
  position: relative;
}
.cmw-whisker {
  display: none;
  position: absolute;
  left: 4px;
  right: 4px;
  bottom: 1px;
  height: 5px;
  pointer-events: none;
  background: var(--jp-layout-color2, #eee);
}
.cmw-has-interval:hover .cmw-whisker {
  display: block;
}
.cmw-whisker-bar {
  position: absolute;
  top: 2px;
  height: 1px;
  min-width: 1px;
  background: var(--jp-ui-font-color1, #333);
}
.cmw-whisker-tick {
  position: absolute;
  top: 0;
  width: 1px;
  height: 5px;
  background: var(--jp-brand-color1, #1976d2);
}
.cmw-stat-value {
  display: inline-block;
}
.cmw-interval-note {
  margin: 4px 0 0;
  font-size: var(--jp-ui-font-size0, 11px);
  color: var(--jp-ui-font-color2, #616161);
}
`;function cn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function ln(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function _t(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function un(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":_t(t[r],t[r+1],t[r+2])}function dn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function ho(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function wo([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function mn(e,t){let n=ho(t);if(!n||wo(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function ee(e,t,n){return e<t?t:e>n?n:e}var go=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function me(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function pn(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=me(e),n=Math.floor(t.byteLength/8);if(go)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Re(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,u)=>setTimeout(l,u),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var bo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},xo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function De(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=bo[e&&e.dtype]||Float64Array,o=me(e&&e.counts),s=r.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(o.byteLength/s)),c=vo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new r(t*n),totals:c};if(xo||s===1)return{k:t,cols:n,counts:new r(o.buffer,0,i),totals:c};let a=new DataView(o.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],u=new r(i);for(let f=0;f<i;f++)u[f]=a[l](s*f,!0);return{k:t,cols:n,counts:u,totals:c}}function vo(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function We(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function we(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,we(e,t,o,r)+we(e,t+o*r,n-o,r)}function rt(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return yo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=we(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=we(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function yo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function ot(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Ao(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ye(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=Ao(a)}return o}function Mt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var ko=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function fn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?ko.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function st(e){let t=me(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function it(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=_t(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var nt=e=>Number(e.toPrecision(12));function at(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>nt(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=nt(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let u=nt(l*c);a.push([u/r,o?String(u):`${nt(u*100)}%`])}return a}function hn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=me(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let u=f=>i.getFloat64(8*(4*l+f),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var Tt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},lt=e=>Array.isArray(e)?e:[],Ge=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,ct=e=>lt(e).map(Number).filter(Number.isInteger);function So(e){let t=Tt(e),n=lt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(lt(o)[i])?Number(lt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function _o(e,t){let n=Tt(e);if(typeof n.name!="string")return null;let r=De(n.matrix),o=st(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ge(n.fixed),broken:Ge(n.broken),changed:Ge(n.changed)}}function wn(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function gn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Mo(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var bn=(e,t)=>{let n=gn(e);return ye(Mo(e,t),-n,n)};function xn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function vn(e,t=0){let n=Math.abs(gn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function To(e){let t=Tt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:ct(t.entered),cameFrom:ct(t.came_from),left:ct(t.left),wentTo:ct(t.went_to),nEntered:Ge(t.n_entered),nLeft:Ge(t.n_left)}}var yn={runs:{raw:["_runs"],make:(e,t)=>So(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>_o(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>To(t("_moves"))}},An=["run","compare"];var kn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],Sn=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ie(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Oe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=ee(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?xn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function Ct(e,t,n,r=0){let o=Oe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ie(t,r)})`}:{main:o,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ce(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return ee(r-(n?Number(n):0),0,6)}function _n(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function Mn(e,t){return t?`${e}_r`:e}function Et(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function Tn(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var Cn=[[`
`,"⏎"],["\r","␍"]];function Ke(e){let t=String(e);for(let[n,r]of Cn)t=t.split(n).join(r);return t}function $t(e,t){if(t!=null&&e===Ke(t))return String(t);let n=String(e);for(let[r,o]of Cn)n=n.split(o).join(r);return n}function En(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ee(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function ze(e,t){let n=Ee(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(Co)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var Eo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function $o(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Eo[e.dtype];return t?ze(t,e.data):null}function No(e){let t=Ee(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function Nn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?ze(Float64Array,t.weights):null,sampleIndex:t.sample_index?ze(Uint32Array,t.sample_index):null,ids:$o(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:ze(Float32Array,t.outside.scores),weights:t.outside.weights?ze(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Ee(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=ze(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=No(t.cells);return n}var Ie=new Float32Array(1),$n=new Int32Array(Ie.buffer);function Fo(e,t){return Ie[0]=e,Ie[0]===0?($n[0]=1,t?Ie[0]:-Ie[0]):($n[0]+=Ie[0]>0===t?1:-1,Ie[0])}function Nt(e){let t=Math.fround(e);return t>e?Fo(t,!1):t}function Be(e,t=-1/0,n=1/0){let r=Nt(Number(e));return Math.min(Math.max(r,Nt(t)),Nt(n))}function ut(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Be(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,u=e.scores[a]>=c?s:i;r[l*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function Fn(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Be(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function Ft(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function On(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Ft(e,r))}function Oo(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Be(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?we(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var ge=(e,t)=>t!==0?e/t:0;function Io(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let E=0;E<t;E++){let O=e[g*t+E];o[g]+=O,s[E]+=O,c+=O}r[g]=e[g*t+g],i+=r[g]}if(n){for(let g=0;g<t;g++)o[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=o[g];let l=[],u={precision:0,recall:0,f1:0},f={precision:0,recall:0,f1:0},h=0,k=0;for(let g=0;g<t;g++){let E={precision:ge(r[g],s[g]),recall:ge(r[g],o[g]),f1:ge(2*r[g],o[g]+s[g]),support:o[g]};l.push(E);let O=ge(o[g],a);for(let b of["precision","recall","f1"])u[b]+=E[b]/t,f[b]+=E[b]*O;o[g]>0&&(h+=1,k+=E.recall)}return{rows:l,accuracy:ge(i,c),balancedAccuracy:h?k/h:0,macro:u,weighted:f}}function Ot(e,t,n=null,r=null){let o=Io(e,t,Oo(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Po(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:ge(e,e+n),fpr:ge(t,t+r),precision:ge(e,e+t),f1:ge(2*e,2*e+t+n),mcc:ge(e*r-t*n,o)}}function It(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Po(s(r,r),s(o,r),s(r,o),s(o,o))}}function In(e){return e??"true"}function Pn(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Ro(e):String(Math.trunc(e)),u=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,f=c?" but the model ":o||a?" and predicted ":" but predicted ",h=` (${En(r*100,1)}% of `,k;return i==="all"?k=[{text:`${h}all samples).`}]:i==="pred"&&c?k=[{text:`${h}the abstained samples).`}]:i==="pred"?k=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:k=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:f},{text:n,em:!0},...k]}function Ro(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var zo=40,Bo="abstained";function jo(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Uo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}var Vo=e=>e.every(t=>Number.isInteger(t));function Rn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let x of e.state.buffers)jo(t,x.path,Ee(x.data));let n=e.k,r=Nn(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=x=>{for(let A of o.get(x)||[])A()},u=(x,A)=>{t[x]=A,l(x)},f=De(t._matrix),h=r?ut(r,t.threshold):Float64Array.from(We(f.counts,n,f.cols).square),k=f.cols===n+1?Array.from({length:n},(x,A)=>f.counts[A*f.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function E(x,A){let N=`${x},${A},${t.threshold}`;return s.key!==N&&(s.key=N,s.members=Fn(r,x,A,t.threshold)),s.members}function O(x,A,N,D){let z=0;if(D==="true")for(let R of A){for(let H=0;H<n;H++)z+=h[R*n+H];k&&(z+=k[R])}else for(let R=0;R<n;R++)if(D==="all"){for(let H=0;H<n;H++)z+=h[R*n+H];k&&(z+=k[R])}else for(let H of N)z+=H===n?k?k[R]:0:h[R*n+H];return z?x/z:0}function b(x,A,N,D,z,R,H,P={},B={}){let L=0;for(let ce of N)for(let he of D)L+=he===n?k?k[ce]:0:h[ce*n+he];let re=!!(r&&r.weights||!Vo(h)),q=In(t.normalize),ae;if(B.multilabel){let ce=f.totals,he=ce?q==="true"?ce.rows[x]:q==="pred"?ce.cols[A]:ce.all:0;ae=he?L/he:0}else ae=O(L,N,D,q);let xe=r?R():[],fe=xe.length,Se=Math.max(0,Math.min(Math.trunc(H)||0,Math.max(fe-1,0)));Se-=Se%i;let ve=xe.slice(Se,Se+i),de=[];for(let ce of ve.slice(0,zo)){let he=e.previews&&e.previews[String(Ft(r,ce))];he&&de.push(he)}return{i:x,j:A,...P,sentence:Pn(L,z[0],z[1],ae,x===A,re,{basis:q,...B}),count:L,total:fe,offset:Se,indices:r?On(r,ve):[],page_size:i,previews:de,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function y(x,A,N){let D=t.display_labels||[];return k&&A===n?b(x,A,[x],[A],[String(D[x]??x),Bo],()=>[],N,{},{abstained:!0}):b(x,A,[x],[A],[String(D[x]??x),String(D[A]??A)],()=>E(x,A),N,{},{multilabel:c})}let _=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],m=new Array(_.length?n:0).fill(0);if(_.length){let x=t._groups.codes,A=new DataView(x.buffer,x.byteOffset,x.byteLength);for(let N=0;N<n;N++)m[N]=n<=65536?A.getUint16(2*N,!0):A.getUint32(4*N,!0)}let p=x=>m.flatMap((A,N)=>A===x?[N]:[]);function T(x,A){if(r.kind==="binary"){let D=[];for(let z of p(x))for(let R of p(A))D.push(...E(z,R));return D.sort((z,R)=>z-R)}let N=[];for(let D=0;D<r.n;D++){let z=r.cells[D],R=Math.floor(z/n);m[R]===x&&m[z-R*n]===A&&N.push(D)}return N}function d(x,A,N){return b(x,A,p(x),p(A),[_[x],_[A]],()=>T(x,A),N,{group:!0})}function $(x=0){let A=t.selected,N=t.selected_group;Array.isArray(A)&&A.length===2?u("_selection",y(A[0],A[1],x)):Array.isArray(N)&&N.length===2?u("_selection",d(N[0],N[1],x)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function M(x){let A=e.orders&&e.orders[x];A&&(u("_order",{dtype:A.dtype,classes:Ee(A.classes),groups:A.groups?Ee(A.groups):null}),u("order",x))}function W(x,A,N,D=N){if(!(A===null||Array.isArray(A)&&A.length===2&&A.every((H,P)=>Number.isInteger(H)&&H>=0&&H<(P===0?N:D))))return;let R=x==="selected"?"selected_group":"selected";A!==null&&t[R]!=null&&(t[R]=null,l(R)),t[x]=A,l(x),$(0)}function X(x){if(!r||r.kind!=="binary"||!a)return;let A=Number(x);if(!Number.isFinite(A))return;let N=Be(Math.min(Math.max(A,a.lo),a.hi),a.lo,a.hi);t.threshold=N,h=ut(r,N),u("_matrix",g()),u("_binary",It(a,h,N)),u("_metrics",Ot(h,n,r,N)),u("_intervals",F(h)),l("threshold"),t.selected!=null&&$(0)}function G(x){let A=String(x),N=A.endsWith("_r")?A.slice(0,-2):A,D=e.luts[A]||e.luts[N];if(!D)return;let z=Ee(D);u("_lut",e.luts[A]?z:Uo(z)),u("cmap",A)}r&&r.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),h=ut(r,t.threshold),t._matrix=g(),t._binary=It(a,h,t.threshold),t._metrics=Ot(h,n,r,t.threshold));let U=t._intervals&&t._intervals.level?t._intervals:null,j=Float64Array.from(h);function F(x){return U?x.length===j.length&&x.every((N,D)=>N===j[D])?U:{stale:!0,level:U.level}:t._intervals}return{get:x=>t[x],on(x,A){return o.has(x)||o.set(x,new Set),o.get(x).add(A),()=>o.get(x).delete(A)},set(x,A){if(x==="threshold")return X(A);if(x==="cmap")return G(A);if(x==="normalize"){u(x,A??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(x==="display_labels"){if(!Array.isArray(A)||A.length!==n)return;u(x,A.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(x==="selected")return W(x,A,n,k?n+1:n);if(x==="selected_group")return W(x,A,_.length);if(x==="order")return M(A);if(x==="errors_only")return u(x,A===!0);if(x==="level"){(A==="classes"||A==="groups"&&_.length)&&u(x,A);return}},send(x){x&&x.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(x.offset)||0)}}}var Wo="CMW1";async function Dn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Go(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Ko(e){return new TextDecoder().decode(await Dn(e))}async function Ho(e){let t=await Dn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Wo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Go(r.subarray(c,c+a))}}return s})}async function zn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Ho(t):JSON.parse(n==="gzip"?await Ko(t):t)}var Xo=new Set(["button","input","select","textarea","summary","canvas"]);function Bn(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),Xo.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function V(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function J(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Yo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Pt(e,t){let n=me(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Yo)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function jn(e){if(!e||typeof e!="object")return null;let t=Pt(e.x,Float32Array),n=Pt(e.y,Float32Array),r=Pt(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Rt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Un(e){if(!e||typeof e!="object")return null;let t=jn(e.roc),n=jn(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Rt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Rt(e.auc),ap:Rt(e.ap),targets:r,undefinedBecause:s}}function Vn(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function Wn(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var qo={uint16:2,uint32:4};function Dt(e,t){let n=qo[t];if(!n)return null;let r=me(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Gn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Kn=e=>Array.from({length:e},(t,n)=>n);function Hn(e,t,n){let r=e&&e.dtype,o=e?Dt(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Dt(e.groups,r):null;return{classes:Gn(o,t)?o:Kn(t),groups:n?Gn(i,s)?i:Kn(s):null}}function Xn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Dt(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var zt=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,He=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Yn(e,t){let n=He(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,perClass:[],summary:{},binary:null};let r=me(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),l=(u,f)=>{let h=a.getFloat64(8*(6*u+f),!0);return Number.isFinite(h)?h:null};for(let u=0;u<o;u++)s.push({precision:[l(u,0),l(u,1)],recall:[l(u,2),l(u,3)],f1:[l(u,4),l(u,5)]})}let i={};for(let[a,l]of Object.entries(He(n.summary)))i[a]=Array.isArray(l)?zt(l):Object.fromEntries(Object.entries(He(l)).map(([u,f])=>[u,zt(f)]));let c=n.binary?Object.fromEntries(Object.entries(He(n.binary)).map(([a,l])=>[a,zt(l)])):null;return{stale:!1,level:n.level,perClass:s,summary:i,binary:c,methods:He(n.methods)}}function Zo(e,t){let n=oe(e);return!t||t[0]===null||t[1]===null?n:`${n} (${oe(t[0])}-${oe(t[1])})`}var qn=e=>`${Number((100*e).toFixed(2))}%`;function dt(e,t,n,r,o,s){if(t.textContent=Zo(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${qn(o)} interval ${oe(r[0])} to ${oe(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let c=f=>Math.min(Math.max(f,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let l=e.h("span","cmw-whisker-bar");l.style.left=`${c(r[0])}%`,l.style.width=`${Math.max(c(r[1])-c(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${c(n)}%`,a.append(l,u),t.append(a)}function Zn(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${qn(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")&&n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"),`${n.join("; ")}. Hover a value for its whisker.`}function Ln(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:we(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var Lo=new Set(["normalize","cmap","threshold","display_labels","selected",...An,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),Jo=10,mt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Jn=e=>Array.isArray(e)?e:[],pt={matrix:{raw:["_matrix"],make:(e,t)=>De(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>We(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Et(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>rt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>We(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?wn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>ot(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ye(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?bn(e("values"),e("k")):ye(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||st(t("_lut"))||ln()},lutText:{uses:["lut"],make:e=>it(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:fn(t("values_format"),e("normalize"),Mt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Mt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?vn(e("values"),e("countDigits")):at(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>hn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Yn(t("_intervals"),e("labels"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=mt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=mt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Jn(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Jn(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Un(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=mt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=mt(t("_table"));if(!n.engine)return null;let r=pn(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...yn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Hn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Xn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Et(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Ln(e("counts"),e("k"),Jo,Qo(e))},focus:{make:()=>null}},Xe={},Qn=e=>{if(!Xe[e]){let t=pt[e];Xe[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Qn)])]}return Xe[e]};for(let e of Object.keys(pt))Qn(e);function Qo(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>we(r,i*n,n)+o[i])}function er(e){let t=new Map,n=c=>{if(!pt[c])throw new Error(`unknown state key ${c}`);return pt[c]},r=c=>{let a=n(c),l=Xe[c].map(h=>e.get(h)),u=t.get(c);if(u&&u.raws.every((h,k)=>h===l[k]))return u.value;let f=a.make(r,h=>e.get(h));return t.set(c,{raws:l,value:f}),f};return{get:r,on:(c,a)=>{n(c);let l=Xe[c].map(u=>e.on(u,a));return()=>l.forEach(u=>u())},set:(c,a)=>{if(!Lo.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function Y(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var es=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ts(e,t){return`From ${e.name} to ${t}: ${es(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ns(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function tr({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,u,f,h,k,g){let E=o("div",a);if(E.append(o("div","cmw-moves-title",`${l} (${u})`)),!f.length)return E.append(o("span","cmw-hint","none")),E;let O=o("div","cmw-moves-list");return f.forEach((b,y)=>{let _=o("span","cmw-move"),m=h[y];_.append(o("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),o("em",null,g[m]??String(m)),t.doc.createTextNode(` in ${k}`)),O.append(_)}),E.append(O),u>f.length&&E.append(o("span","cmw-hint",`showing the first ${f.length} of ${u}`)),E}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),u=o("p","cmw-compare-summary",ts(a,l));u.title=ns(a,l),s.append(u);let f=e.get("moves");if(!f){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),k=o("p","cmw-moves-head");k.append(t.doc.createTextNode("Cell true "),o("em",null,h[f.i]??String(f.i)),t.doc.createTextNode(", predicted "),o("em",null,h[f.j]??String(f.j)),t.doc.createTextNode(`: ${f.nEntered} entered, ${f.nLeft} left since ${a.name}.`)),s.append(k,i("cmw-entered","Entered",f.nEntered,f.entered,f.cameFrom,a.name,h),i("cmw-left","Left",f.nLeft,f.left,f.wentTo,l,h))}return Y(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function nr({state:e,dom:t,signal:n,extra:r=[]}){let o=J(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=Sn.map(b=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",b.label),y.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),y.dataset.value=b.value===null?"":b.value,a.append(y),y}),u=s("label","cmw-field"),f=s("select","cmw-cmap");for(let b of kn)f.append(t.option(b));u.append(s("span","cmw-field-name","Colormap"),f);let h=t.option("cmw:compare"),k=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",k.append(g,s("span",null,"reverse")),c.append(a,u,k,...r);function E(){let b=e.get("normalize");for(let p of l){let T=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",T),p.setAttribute("aria-pressed",String(T))}let y=e.get("compareState");if(f.disabled=!!y,g.disabled=!!y,y){h.textContent=`${y.cmap} (better / worse)`,h.parentNode||f.append(h),f.value=h.value,f.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}h.remove(),f.removeAttribute("title");let{base:_,reversed:m}=_n(e.get("cmap"));[...f.options].some(p=>p.value===_)||f.append(t.option(_)),f.value=_,g.checked=m}let O=()=>e.set("cmap",Mn(f.value,g.checked));return V(a,"click",b=>{let y=b.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),V(f,"change",O,o.signal),V(g,"change",O,o.signal),Y(e,["normalize","cmap","compareState"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}var ft=64,jt=800,rr=120,ht=6,rs=6,qe=2,os=14,Ut=140,Q=8,Ae=20,Vt=15,be=6,Wt=16,Pe=14,Ye=6,Bt=8,Gt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Ze(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||ft,c=n.maxGrid||jt,a=Q+Ae+r+be,l=Q,u=e>0&&n.extra?1:0,f=Math.min(c,Math.max(rr,t-a-s-Q-u*Ye)),h=n.view||$e(e),k=e>0?h.v:0,g=k>0?Math.min(i,f/(k+u)):0;u&&g<Bt&&(g=Math.min(i,(f-Bt)/k)),g>=ht&&(g=Math.floor(g));let E=g*k,O=a+E+Ye,b=u?Math.max(g,Bt):0,y=u?O+b:a+E;return{k:e,v:k,r0:h.r0,c0:h.c0,room:f,cell:g,x0:a,y0:l,grid:E,extra:u,xExtra:O,xw:b,right:y,width:Math.ceil(y+s+Q),height:Math.ceil(l+E+be+o+Ae+Q+(Math.max(1,n.xTitleLines||1)-1)*Vt)}}function or(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=ht&&(r=Math.floor(r)),Math.max(rr,r*(n+e.extra))}function wt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function $e(e){return{r0:0,c0:0,v:Math.max(0,e)}}function sr(e,t){return e*rs>t}function ir(e,t){return Math.min(e,Math.max(1,Math.ceil(t/ft)))}function pe(e,t,n=1){if(!(t>0))return $e(0);let r=e||$e(t),o=ee(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=ee(Math.round(Number(r.r0)||0),0,t-o),i=ee(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function ar(e,t,n,r,o=1){let s=pe(e,r,o);if(!(t>0)||!(r>0))return s;let i=ee(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(u,f)=>f-(f-u)*i/s.v;return pe({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function cr(e,t,n,r,o=1){let s=pe(e,r,o);return pe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function gt(e,t,n,r=1){let o=pe(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return pe({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function lr(e,t,n,r,o=1){let s=pe(e,n,o),i=Math.min(s.v,Math.max(r,o));return pe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function ur(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+ee((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function dr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ee(-n/200,-1,1)}function Kt(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function mr(e,t,n=os){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function Le(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Ht(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=ee(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function Je(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function pr(e,t,n,r=1,o=n){if(n<=0||!Gt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ee(s,0,n-1),ee(i,0,o-1)]}var Ne=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ke=(e,t)=>e.y0+(t-e.r0)*e.cell,Xt=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,fr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function hr({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function u(){let g=e.get("labels");l=g;let E=o("div","cmw-labels-list");a=g.map((b,y)=>{let _=o("label","cmw-label-row"),m=o("input","cmw-label-input");return m.type="text",m.value=Ke(b),m.dataset.index=String(y),_.append(o("span","cmw-label-idx",String(y)),m),E.append(_),m});let O=o("div","cmw-labels-actions");O.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(E,O),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function f(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,E=e.get("labels"),O=a.map((b,y)=>b.value!==Ke(g[y])?$t(b.value,g[y]):E[y]);f(!0),O.length===E.length&&O.some((b,y)=>b!==E[y])&&e.set("display_labels",O)}function k(){a&&a.length!==e.get("k")&&f()}return V(i,"click",()=>a?f():u(),r.signal),V(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),f(!0))},r.signal),V(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&f(!0)},r.signal),Y(e,["labels","k"],k,r.signal),{el:c,button:i,update:k,open:u,close:f,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function wr({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Ke(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(u,f=!1)=>{if(a)return;a=!0,c.abort();let h=$t(i.value,r);i.remove(),s(u&&h!==r?h:null,f)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),l(u.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ss=12;function is(e,t,n,r=ss){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function gr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),f=ie(l.counts[a],e.get("countDigits"));return u.kind==="percent"?`${f} (${Oe(l.values[a],u)})`:f}function c(){let a=e.get("k"),l=e.get("labels"),u=e.get("selected"),f=e.get("abstained"),h=is(s,a,u&&u[1]<a?u:u&&[u[0],null]),k=r("table"),g=r("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),E=r("tr");E.append(r("td"));for(let y=h.cols;y<h.cols+h.side;y++){let _=r("th",null,`Predicted ${l[y]}`);_.scope="col",E.append(_)}if(f){let y=r("th",null,"Abstained");y.scope="col",E.append(y)}let O=r("tbody");for(let y=h.rows;y<h.rows+h.side;y++){let _=r("tr"),m=r("th",null,`True ${l[y]}`);m.scope="row",_.append(m);let p=(T,d)=>{let $=r("td",null,d);u&&u[0]===y&&u[1]===T&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),_.append($)};for(let T=h.cols;T<h.cols+h.side;T++)p(T,i(y*a+T));f&&p(a,i(y,f)),O.append(_)}let b=r("thead");b.append(E),k.append(g,b,O),o.replaceChildren(k)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function as(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:br(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let u of s)c[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:br(i),l=[];for(let u of a)if(o.has(u))for(let f of c[u])l.push({kind:"class",index:f,members:[f]});else l.push({kind:"group",index:u,members:c[u]});return l}function br(e){return Array.from({length:e},(t,n)=>n)}function cs(e){return e.every(t=>t.kind==="class")}function Yt(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function ls(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function xr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function us(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=ye(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var vr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),ds=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function yr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=b=>e.get(b),s=(b,y,_)=>{let m=r.get(b);if(m&&m.deps.length===y.length&&m.deps.every((T,d)=>T===y[d]))return m.value;let p=_();return r.set(b,{deps:y,value:p}),p},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>as(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>cs(a())?a().map(b=>b.index):null),u=()=>{let b=l();return b!==null&&b.every((y,_)=>y===_)},f={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let b=o("labels"),y=o("groups");return a().map(_=>_.kind==="class"?b[_.index]:`${y.names[_.index]} (${_.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(u())return o("counts");let b=l();return b?Yt(o("counts"),o("k"),b):ls(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(u())return o("values");let b=l();return b?o("values")===o("counts")?h("counts"):Yt(o("values"),o("k"),b):rt(h("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let b=o("abstained"),y=l();return!b||y===null?null:u()?b:{counts:xr(b.counts,y),values:xr(b.values,y)}}),abstained:()=>s("abstained",[f.abstainedRows(),f.vmax()],()=>{let b=f.abstainedRows();return b?b===o("abstained")&&f.vmax()===o("vmax")?b:{counts:b.counts,values:b.values,colors:ye(b.values,0,f.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),f.abstainedRows()],()=>{let b=a().length;if(o("errorsOnly")&&!i()){let p=f.abstainedRows();return us(h("values"),b,p&&p.values)}if(u())return{colors:o("colors"),vmax:o("vmax")};let y=l();if(y)return{colors:Yt(o("colors"),o("k"),y),vmax:o("vmax")};let _=h("values"),m=ot(_);return{colors:ye(_,0,m),vmax:m}}),colors:()=>f.colorsAndMax().colors,vmax:()=>f.colorsAndMax().vmax,colorbar:()=>s("colorbar",[f.vmax(),o("normalize"),o("colorbar")],()=>f.vmax()===o("vmax")?o("colorbar"):at(f.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),f.abstainedRows()],()=>{let b=a(),y=o("selected"),_=o("selectedGroup"),m=(d,$)=>b.findIndex(M=>M.kind===d&&M.index===$),p=d=>d===o("k")&&f.abstainedRows()?b.length:m("class",d),T=y?[m("class",y[0]),p(y[1])]:_?[m("group",_[0]),m("group",_[1])]:null;return T&&T[0]>=0&&T[1]>=0?T:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let y=p=>a().findIndex(T=>T.members.includes(p)),_=y(b.row),m=y(b.col);return _>=0&&m>=0?{r:_,c:m,outline:b.outline}:null})};function h(b){return vr.has(b)?f[b]():e.get(b)}function k(b,y){if(!vr.has(b))return e.on(b,y);let _=ds.map(p=>e.on(p,y)),m=()=>y();return n.add(m),()=>{_.forEach(p=>p()),n.delete(m)}}function g(b,y){let _=a();if(b==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),o("selected")&&e.set("selected",null);return}let m=_[y[0]],p=_[y[1]];if(m&&m.kind==="class"&&y[1]===_.length&&f.abstainedRows()){e.set("selected",[m.index,o("k")]);return}if(!m||!p)return;m.kind==="class"&&p.kind==="class"?e.set("selected",[m.index,p.index]):m.kind==="group"&&p.kind==="group"&&e.set("selected_group",[m.index,p.index]);return}if(b==="display_labels"){let m=o("labels").slice();y.forEach((p,T)=>{_[T]&&_[T].kind==="class"&&(m[_[T].index]=p)}),e.set("display_labels",m);return}e.set(b,y)}function E(){t.version+=1;for(let b of[...n])b()}return{get:h,on:k,set:g,send:b=>e.send(b),local:{expand(b,y){y?t.expanded.add(b):t.expanded.delete(b),E()},expanded:()=>new Set(t.expanded),focus(b,y,_=!1){t.focus=b==null?null:{row:b,col:y,outline:_},E()}}}}var Ar=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ms=8,ps=12,fs=20;function hs(e,t,n=ms){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function ws(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function gs(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function kr({state:e,display:t,dom:n,signal:r}){let o=J(r),s=(P,B,L)=>V(P,B,L,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),u=i("div","cmw-order-bar"),f=i("label","cmw-order-label");f.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[P,B]of Ar)h.append(a(P,B));let k=a("list","Custom (from Python)");k.disabled=!0,h.append(k),f.append(h);let g=i("label","cmw-errors-only-label"),E=i("input","cmw-errors-only");E.type="checkbox",g.append(E,n.doc.createTextNode(" Errors only"));let O=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),O.append(b),u.append(f,g,O);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let _=i("div","cmw-search"),m=i("label","cmw-search-label");m.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let T=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",T),m.append(p);let d=i("ul","cmw-matches");d.id=T,d.setAttribute("role","listbox"),d.setAttribute("aria-label","Matching classes"),d.hidden=!0,_.append(m,d);let $=i("details","cmw-top"),M=i("summary","cmw-top-title","Largest errors"),W=!1;s(M,"click",()=>{W=!0}),M.id=`${T}-top`;let X=i("ol","cmw-top-list");X.setAttribute("aria-labelledby",M.id),$.append(M,X);let G=i("div","cmw-sr");G.setAttribute("aria-live","polite"),G.setAttribute("role","status"),l.append(u,y,_,$,G);let U=P=>{G.textContent=P};s(h,"change",()=>{e.set("order",h.value),U(`Order: ${h.selectedOptions[0].textContent}.`)}),s(E,"change",()=>{e.set("errors_only",E.checked),U(E.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),U(`Showing ${b.value}.`)}),s(y,"change",P=>{let B=P.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),U(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function j(P){let B=e.get("labels");p.value=B[P],F(),t.local.focus(P,P,!0),U(`Found ${B[P]}: its row and column are outlined.`)}function F(){d.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function x(){let P=e.get("labels"),B=hs(P,p.value);d.replaceChildren(...B.map((L,re)=>{let q=i("li","cmw-match",P[L]);return q.id=`${T}-${re}`,q.setAttribute("role","option"),q.dataset.cls=String(L),q})),d.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function A(P){let B=[...d.children];if(!B.length)return null;let L=B.findIndex(q=>q.getAttribute("aria-selected")==="true"),re=P===0?Math.max(L,0):(L+P+B.length)%B.length;return B.forEach((q,ae)=>q.setAttribute("aria-selected",String(ae===re))),p.setAttribute("aria-activedescendant",B[re].id),B[re]}s(p,"input",x),s(p,"keydown",P=>{if(P.key==="ArrowDown"||P.key==="ArrowUp")A(P.key==="ArrowDown"?1:-1),P.preventDefault();else if(P.key==="Enter"){let B=A(0);B&&j(Number(B.dataset.cls)),P.preventDefault()}else P.key==="Escape"&&!d.hidden&&(F(),P.preventDefault())}),s(d,"click",P=>{let B=P.target.closest("li[data-cls]");B&&j(Number(B.dataset.cls))}),s(X,"click",P=>{let B=P.target.closest("button[data-i]");if(!B)return;let[L,re]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[L,re]),t.local.focus(L,re,!1)});function N(){let P=e.get("k");l.hidden=P<=2,_.hidden=P<=ps;let B=e.get("orderChoices");for(let q of h.options)q.value!=="list"&&(q.disabled=B!==null&&!B.includes(q.value),q.title=q.disabled?"Needs a live kernel":"");let L=e.get("orderName");h.value=Ar.some(([q])=>q===L)?L:"list",E.checked=e.get("errorsOnly");let re=e.get("groups");O.hidden=!re,b.value=e.get("level"),D(re),z()}function D(P){let B=t.local.expanded(),L=!!P&&e.get("level")==="groups";if(y.hidden=!L,!L)return;let re=P.names.map((q,ae)=>{let xe=i("label","cmw-expand-item"),fe=i("input");return fe.type="checkbox",fe.dataset.group=String(ae),fe.checked=B.has(ae),xe.append(fe,n.doc.createTextNode(` ${q}`)),xe});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...re)}function z(){let P=e.get("labels"),B=e.get("top");M.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,W||($.open=e.get("k")>fs),X.replaceChildren(...B.map(L=>{let re=i("li"),q=c("cmw-top-item",ws(P,L));return q.dataset.i=String(L[0]),q.dataset.j=String(L[1]),re.append(q),re})),$.hidden=B.length===0}let R=e.get("selection");function H(){let P=e.get("selection");P!==R&&U(gs(P)),R=P}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],N,o.signal),Y(e,["selection"],H,o.signal),N(),{el:l,update:N,destroy:()=>{o.abort(),l.remove()}}}function Sr(e){let t=yr(e.state),n=kr({...e,display:t}),r=gr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var ue=12,bt="abstained",qt=8,bs=13;function _r(e){return Array.from({length:256},(t,n)=>cn(e,n))}function Mr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(dn(n,r,o*o),o,o),0,0),s}function Tr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,ke(t,o),t.xw,t.cell)}function Cr(e,t,n,r,o){if(t.cell<ht){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(Ne(t,c),ke(t,i),t.cell,t.cell)}function Er(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function $r(e,t,n,r){let o=t.k,s=Math.min(bs,Math.floor(t.cell*.3));if(s<qt||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let u=ke(t,l)+t.cell/2;for(let f=t.c0;f<t.c0+t.v;f++){let h=Ct(n.values[l*o+f],n.counts[l*o+f],n.fmt,n.countDigits);c.push([Ne(t,f)+t.cell/2,u,h,n.colors[l*o+f]])}if(i){let f=Ct(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,u,f,i.colors[l]])}}let a=xs(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,u,f,h]of c)e.fillStyle=un(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(f.main,l,u-a.px*.5),e.font=a.subFont,e.fillText(f.sub,l,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&f.sub?`${f.main} ${f.sub}`:f.main,l,u))}}function xs(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let u=0;for(let f of t)u=Math.max(u,e.measureText(l(f)).width);return u},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=qt;a--){let l=`${a}px ${o.family}`,u=Math.max(qt-1,Math.round(a*.8)),f=`${u}px ${o.family}`;if(!(i(l,k=>k.main)>s))return c?n>=a*2.4+u&&i(f,k=>k.sub)<=s?{mode:"two",px:a,font:l,subFont:f}:i(l,k=>`${k.main} ${k.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function Nr(e,t,n,r,o,s,i,c){let a=_=>e.measureText(_).width;e.font=c(ue),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let _ of Le(t.v,o.step,t.r0)){let m=ke(t,_)+t.cell/2;e.fillText(Je(n[_],r,a),t.x0-be,m),e.moveTo(t.x0-3,Math.round(m)+.5),e.lineTo(t.x0,Math.round(m)+.5)}let l=t.y0+t.grid+be,u=Le(t.v,o.step,t.c0).map(_=>[Ne(t,_)+t.cell/2,n[_],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,bt,o.extraRotated]);for(let[_,m,p]of u){let T=Je(m,r,a);e.moveTo(Math.round(_)+.5,t.y0+t.grid),e.lineTo(Math.round(_)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(_,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(T,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(T,_,l))}e.stroke(),e.font=c(ue,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let f=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+be+o.height+Ae/2+2,k=Math.max(...f.map(a)),g=ee(t.x0+t.grid/2,Q+k/2,Math.max(Q+k/2,t.width-Q-k/2));f.forEach((_,m)=>e.fillText(_,g,h+m*Vt));let E=Math.max(t.grid,t.height-2*Q),O=String(s.y),b=a(O)<=E?O:Je(O.split(" (")[0],E,a),y=ee(t.y0+t.grid/2,Q+a(b)/2,Math.max(Q,t.height-Q-a(b)/2));e.save(),e.translate(Q+Ae/2,y),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Fr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Wt+Pe+6+n+Ae)}function vs(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Pe)*i)/i-c,l=Math.round(n*i),u=Math.round((n+r)*i)-l,f=k=>Math.min(255,Math.floor((k+.5)/u*256)),h=0;for(let k=1;k<=u;k++)k<u&&f(k)===f(h)||(e.fillStyle=o[f(h)],e.fillRect(c,(l+u-k)/i,a,(k-h)/i),h=k)}function Or(e,t,n,r,o,s,i=""){if(i){e.font=s(ue-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=h=>e.measureText(h).width,u=Je(String(i),Math.max(t.grid,t.height-2*Q),l),f=ee(t.y0+t.grid/2,Q+l(u)/2,Math.max(Q,t.height-Q-l(u)/2));e.save(),e.translate(t.width-Q-Ae/2,f),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Wt,a=t.grid;vs(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Pe+1,a+1),e.font=s(ue-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,u]of n){let f=t.y0+a*(1-ee(Number(l)||0,0,1));e.moveTo(c+Pe,Math.round(f)+.5),e.lineTo(c+Pe+3,Math.round(f)+.5),e.fillText(String(u),c+Pe+5,ee(f,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Ir(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ke(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(Ne(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Pr(e,t,n,r,o){let s=([i,c],a,l,u)=>{if(!fr(t,[i,c]))return;let f=Math.max(Xt(t,c),8),h=Math.max(t.cell,8),k=Ne(t,c)+Xt(t,c)/2-f/2,g=ke(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(k+u,g+u,f-2*u,h-2*u),e.strokeStyle=a,e.strokeRect(k+u/2,g+u/2,f-u,h-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}var Rr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},ys={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function As(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Rr[e.normalize]?(l=(e.multilabel?ys:Rr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Dr(e){let t=e("compareState");return As({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function zr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var ks=720,Ss=64,_s=200,Ms={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ts={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Cs=4,Br={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Es=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],$s={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Ns=24;function jr({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=J(n),a=(w,v,S,C)=>V(w,v,S,c.signal,C),{doc:l,h:u,button:f}=t,h=u("div","cmw-matrix"),k=u("div","cmw-zoom");k.setAttribute("role","group"),k.setAttribute("aria-label","Zoom");let g=f("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let E=f("cmw-zoom-in","+");E.setAttribute("aria-label","Zoom in"),E.title="Zoom in (+)";let O=f("cmw-zoom-fit","Fit");O.setAttribute("aria-label","Show all classes"),O.title="Show all classes (0)";let b=u("span","cmw-view-range");b.setAttribute("aria-live","polite"),k.append(g,E,O,b,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),k.hidden=!0;let y=u("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let _=u("div","cmw-plot"),m=u("canvas","cmw-canvas");m.tabIndex=0,m.setAttribute("role","img");let p=u("div","cmw-tooltip");p.hidden=!0,_.append(m,p);let T=u("div","cmw-sr");T.setAttribute("aria-live","polite"),h.append(y,k,_,T);let d={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},M=w=>e.get(w),W=w=>{let v=M("lut"),S=M("compareState")?v:mn(v,w);return S===v?{lut:v,lutText:M("lutText")}:(($.themedOf[0]!==v||$.themedOf[1]!==w)&&($.themed={lut:S,lutText:it(S)},$.themedOf=[v,w]),$.themed)},X=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=_r(w)),$.cssOf=w,$.css},G=()=>{let w=M("colors"),v=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===v||($.bitmap=Mr(l,$.bitmap,w,v,M("k")),$.bitmapOf=[w,v]),$.bitmap};function U(w,v){let S=w.font,C=$.widths.get(S);if(C&&C.texts===v)return C.w;let I=0;for(let Z of v)I=Math.max(I,w.measureText(Z).width);return $.widths.set(S,{texts:v,w:I}),I}function j(){d.queued||c.signal.aborted||(d.queued=!0,queueMicrotask(()=>{d.queued=!1,c.signal.aborted||R()}))}function F(){let w=l.defaultView,v=w&&w.getComputedStyle?w.getComputedStyle(h):null,S=(C,I)=>(v&&v.getPropertyValue(C)||"").trim()||I;return{fg:v&&v.color||"#1f1f1f",muted:S("--cmw-muted","#616161"),accent:S("--cmw-accent","#1976d2"),border:S("--cmw-border","#bdbdbd"),bg:S("--cmw-bg","#ffffff"),family:v&&v.fontFamily||"sans-serif"}}let x=()=>(s?s():h.clientWidth)||ks;function A(){let w=h.closest(".cmw"),v=l.defaultView;if(!w||!v||!h.isConnected||!w.getClientRects().length)return 1/0;let S=null;for(let K=w.parentElement;K&&K!==l.body&&K!==l.documentElement;K=K.parentElement){let se=v.getComputedStyle(K).overflowY;(se==="auto"||se==="scroll")&&K.clientHeight>=_s&&(S=K)}if(!S&&v.top!==v)return 1/0;let C=Math.min(v.innerHeight,S?S.clientHeight:v.innerHeight);if(!(C>0))return 1/0;let I=K=>K.getBoundingClientRect().top,Z=K=>K.getBoundingClientRect().bottom,te=Ss,ne=[...w.children].find(K=>K.contains(h));if(ne&&ne!==h){let K=[...ne.children].filter(se=>se!==h&&se.getClientRects().length&&I(se)>=Z(h)-1);K.length&&(te+=Math.max(...K.map(Z))-Z(h))}for(let K=ne?ne.nextElementSibling:null;K&&!K.classList.contains("cmw-selection");K=K.nextElementSibling)K.getClientRects().length&&!K.classList.contains("cmw-sr")&&(te+=K.getBoundingClientRect().height);return Math.floor(C-(I(m)-I(w))-te)}function N(w){d.cursor&&(d.cursor[0]>=w||d.cursor[1]>=w)&&(d.cursor=null),d.view=null,d.editor&&d.editor.finish(!1),d.k=w}let D=w=>w+(w>0&&M("abstained")?1:0),z=w=>w[1]>=M("k")?[w[0],d.view?d.view.c0:0]:w;function R(){let w=performance.now(),v=M("k");v!==d.k&&N(v);let S=M("abstained");d.cols=D(v),d.cursor&&d.cursor[1]>=d.cols&&(d.cursor=null);let C=m.getContext("2d");if(!C)return;let I=F();$.drawn=W(I.bg),d.detached=!h.isConnected;let Z=(Me,Te)=>`${Te?"600 ":""}${Me}px ${I.family}`,te=M("labels");d.width=x(),C.font=Z(ue);let ne=Math.min(Ut,Math.max(40,Math.round(d.width*.2))),K=Math.ceil(Math.min(ne,U(C,te))),se=M("colorbar"),Ue=Fr(C,se),_e=Dr(M);H(_e.badges),d.height=A();let tt={yLabelWidth:K,rightWidth:Ue,extra:S?1:0,xTitleLines:1,xLabelHeight:Math.min(Ut,U(C,te))},Ve;for(let Me=0;Me<3;Me++){let Te=Ze(v,d.width,{...tt,maxGrid:Ve}),St=or(Te,d.height);if(St===void 0||St===Ve)break;Ve=St}let rn=Ze(v,d.width,{yLabelWidth:K,rightWidth:Ue,extra:S?1:0,maxGrid:Ve});d.zoomable=v>0&&sr(v,rn.room),d.vMin=ir(v,rn.room);let yt=d.zoomable?pe(d.view,v,d.vMin):$e(v);d.view=d.zoomable?yt:null;let on={yLabelWidth:K,rightWidth:Ue,view:yt,extra:S?1:0,maxGrid:Ve},At=Ze(v,d.width,on);d.step=mr(yt.v,At.cell),d.xLabels=re(C,te,At,ne),C.font=Z(ue,!0);let sn=zr(_e.x,Math.max(At.width-2*Q,60),Me=>C.measureText(Me).width);C.font=Z(ue);let le=Ze(v,d.width,{...on,xLabelHeight:d.xLabels.height,xTitleLines:sn.length});d.layout=le,d.yLabelW=K,B(C,le);let kt=M("colors");if(v===0)C.fillStyle=I.muted,C.font=Z(ue),C.fillText("No data",Q,Q+ue);else{kt.length>=v*v&&Cr(C,le,kt,X(),G),S&&Tr(C,le,S.colors,X()),Er(C,le,I),$r(C,le,{values:M("values"),counts:M("counts"),colors:kt,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:M("fmt"),countDigits:M("countDigits"),abstained:S},I),Nr(C,le,te,ne,{step:d.step,...d.xLabels},{x:sn,y:_e.y},I,Z),Or(C,le,se,X(),I,Z,_e.bar);let Me=d.cursor&&m.matches(":focus")?d.cursor:null;Pr(C,le,M("selected"),Me,I);let Te=M("focus");Te&&Te.outline&&Ir(C,le,Te.r,Te.c,I)}P(le),L(le,v,w,_e)}function H(w){let v=[...y.children].map(S=>S.textContent);v.length===w.length&&v.every((S,C)=>S===w[C])||(y.replaceChildren(...w.map(S=>u("span","cmw-badge",S))),y.hidden=w.length===0)}function P(w){k.hidden=!d.zoomable,d.zoomable&&(b.textContent=Kt(w,w.k),E.disabled=w.v<=d.vMin,g.disabled=w.v>=w.k,O.disabled=w.v>=w.k)}function B(w,v){let S=l.defaultView&&l.defaultView.devicePixelRatio||1,C=Math.max(1,Math.round(v.width*S)),I=Math.max(1,Math.round(v.height*S));(m.width!==C||m.height!==I)&&(m.width=C,m.height=I),m.style.width=`${v.width}px`,m.style.height=`${v.height}px`,w.setTransform(S,0,0,S,0,0),w.clearRect(0,0,v.width,v.height)}function L(w,v,S,C){let I=performance.now();m.dataset.heightRoom=Number.isFinite(d.height)?String(d.height):"",d.draws+=1;let Z=null;!d.firstDrawn&&v>0&&(d.firstDrawn=!0,Z=I-(d.draws===1?o:S)),r({k:v,draws:d.draws,lastMs:I-S,firstMs:Z,view:{r0:w.r0,c0:w.c0,v:w.v}}),m.dataset.cellX0=String(w.x0),m.dataset.cellY0=String(w.y0),m.dataset.cellSize=String(w.cell),m.dataset.viewRow0=String(w.r0),m.dataset.viewCol0=String(w.c0),m.dataset.viewSize=String(w.v),m.dataset.cols=String(d.cols),m.dataset.extraX0=w.extra?String(w.xExtra):"",m.dataset.extraWidth=w.extra?String(w.xw):"",m.dataset.xTitle=C.x,m.dataset.yTitle=C.y,m.dataset.barTitle=C.bar,m.setAttribute("aria-label",`Confusion matrix of ${v} classes. Rows: ${C.y}. Columns: ${C.x}. Colours: ${C.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(d.zoomable?` Showing ${Kt(w,v)}; plus and minus zoom, 0 shows all.`:""))}function re(w,v,S,C){let I=0;if(d.zoomable)I=U(w,v);else for(let se of Le(S.k,d.step))I=Math.max(I,w.measureText(v[se]).width);I=Math.min(C,I);let Z=I>d.step*S.cell-4,te=S.extra?w.measureText(bt).width:0,ne=S.extra>0&&(Z||te>S.xw+Ye-2),K=Math.max(Z?I:ue+2,ne?te:0);return{rotated:Z,extraRotated:ne,height:Math.ceil(K)}}function q(w,v){d.editor&&d.editor.finish(!1);let S=d.layout,C=w==="y"?Math.max(d.yLabelW+be+4,100):120,I=Ne(S,v)+S.cell/2,Z=w==="y"?S.x0-C:ee(I-C/2,0,Math.max(0,S.width-C)),te=w==="y"?ke(S,v)+S.cell/2-11:S.y0+S.grid+be,ne={left:m.offsetLeft+Math.max(0,Z),top:m.offsetTop+te,width:C},K=M("labels");d.editor=wr({dom:t,host:_,box:ne,name:K[v],index:v,done:(se,Ue)=>{d.editor=null;let _e=M("labels");if(se!==null&&v<_e.length){let tt=_e.slice();tt[v]=se,e.set("display_labels",tt)}Ue&&m.focus({preventScroll:!0})}})}function ae(w,v=!1){let S=m.getBoundingClientRect(),C=d.lastUp;return v&&C&&Math.abs(C.x-w.clientX)<1&&Math.abs(C.y-w.clientY)<1?[C.x-S.left,C.y-S.top]:[w.clientX-S.left,w.clientY-S.top]}function xe(w,v){let S=d.layout;if(!S||S.k===0)return null;let C=ue/2+1;if(w>=Q+Ae&&w<S.x0&&v>=S.y0-C&&v<S.y0+S.grid+C){let te=Ht(v-S.y0,S.cell,d.step,S.k,C,S.r0,S.v);return te>=0?{axis:"y",index:te}:null}let I=S.y0+S.grid,Z=S.x0+S.grid+(S.extra?Ye/2:20);if(v>=I&&v<I+be+d.xLabels.height&&w>=S.x0-20&&w<Z){let te=d.xLabels.rotated?C:d.step*S.cell/2,ne=Ht(w-S.x0,S.cell,d.step,S.k,te,S.c0,S.v);return ne>=0?{axis:"x",index:ne}:null}return null}function fe([w,v]){let S=M("k"),C=M("labels"),I=M("abstained");if(v>=S&&I){let K=[`True: ${C[w]}`,`Predicted: ${bt}`,`Count: ${ie(I.counts[w],M("countDigits"))}`],se=M("fmt");return se.kind==="percent"&&K.push(`Shown: ${Oe(I.values[w],se)} ${$s[M("normalize")]||""}`.trim()),K.join(`
`)}let Z=w*S+v,te=[`True: ${C[w]}`,`Predicted: ${C[v]}`,`Count: ${ie(M("counts")[Z],M("countDigits"))}`],ne=M("fmt");if(ne.kind==="delta"&&te.push(`Change: ${Oe(M("values")[Z],ne)} since the compared run`),ne.kind==="percent"){let K=(M("multilabel")?Ts:Ms)[M("normalize")]||"";te.push(`Shown: ${Oe(M("values")[Z],ne)} ${K}`.trim())}return te.join(`
`)}function Se(w,v,S){p.textContent=w,p.hidden=!1;let C=m.offsetLeft+v+14;C+p.offsetWidth+4>_.clientWidth&&(C=Math.max(0,m.offsetLeft+v-p.offsetWidth-10));let I=m.offsetTop+S+14;I+p.offsetHeight+4>_.clientHeight&&(I=Math.max(0,m.offsetTop+S-p.offsetHeight-10)),p.style.left=`${C}px`,p.style.top=`${I}px`}let ve=()=>d.zoomable&&d.view!==null&&d.view.v<M("k");function de(w){let v=M("k"),S=pe(w,v,d.vMin),C=d.view||$e(v);return S.r0===C.r0&&S.c0===C.c0&&S.v===C.v?!1:(d.view=S,p.hidden=!0,j(),!0)}function ce(w,v=null){if(!d.zoomable||!d.layout)return;let S=d.layout;de(ar(S,w,v,S.k,d.vMin))}function he(w){w.target.closest(".cmw-zoom-in")?ce(qe):w.target.closest(".cmw-zoom-out")?ce(1/qe):w.target.closest(".cmw-zoom-fit")&&de($e(M("k")))}function so(w){if(!(w.ctrlKey||w.metaKey)||!d.zoomable)return;w.preventDefault();let[v,S]=ae(w);ce(dr(w.deltaY,w.deltaMode),ur(v,S,d.layout))}function io(w){if(d.panned=!1,d.pan=null,w.button!==0||!ve())return;let[v,S]=ae(w);wt(v,S,d.layout)&&(d.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:d.layout,cell:d.layout.cell,moved:!1})}function ao(w){let v=d.pan,S=w.clientX-v.x,C=w.clientY-v.y;if(!v.moved){if(Math.hypot(S,C)<Cs)return;v.moved=!0,p.hidden=!0;try{m.setPointerCapture(v.id)}catch{}}m.style.cursor="grabbing",de(cr(v.view,-C/v.cell,-S/v.cell,M("k"),d.vMin))}function co(w){d.lastUp={x:w.clientX,y:w.clientY},d.pan&&d.pan.moved&&(d.panned=!0,m.style.cursor="grab"),d.pan=null}function lo(w){if(d.pan&&d.pan.id===w.pointerId&&(ao(w),d.pan.moved))return;let[v,S]=ae(w),C=wt(v,S,d.layout);if(C){Se(fe(C),v,S),m.style.cursor=ve()?"grab":"pointer";return}let I=xe(v,S);if(m.style.cursor=I?"text":"default",I){let Z=I.axis==="y"?"True class":"Predicted class";Se(`${Z} ${I.index}: ${M("labels")[I.index]}
(double-click to rename)`,v,S)}else p.hidden=!0}function uo(w){if(d.panned){d.panned=!1;return}let[v,S]=ae(w,!0),C=wt(v,S,d.layout);C?(d.cursor=C,e.set("selected",C),j()):!xe(v,S)&&M("selected")!=null&&e.set("selected",null)}function mo(w){let[v,S]=ae(w,!0),C=xe(v,S);C&&(w.preventDefault(),p.hidden=!0,q(C.axis,C.index))}function po(w){let v=M("k");if(v===0)return;let S=!0;if(Gt.has(w.key)){let C=d.cursor||M("selected")||(ve()?[d.view.r0,d.view.c0]:null);d.cursor=pr(C,w.key,v,w.shiftKey?10:1,D(v)),ve()&&de(gt(d.view,z(d.cursor),v,d.vMin)),T.textContent=fe(d.cursor).replace(/\n/g,", "),j()}else if(d.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Br[w.key]){let C=Br[w.key];if(C==="fit")de($e(v));else{let I=d.cursor?z(d.cursor):null;ce(C==="in"?qe:1/qe,I?[I[0]+.5,I[1]+.5]:null),I&&ve()&&de(gt(d.view,z(d.cursor),v,d.vMin))}}else if(w.key==="Enter"||w.key===" "){let C=d.cursor||M("selected")||[0,0];d.cursor=C,e.set("selected",[C[0],C[1]])}else S=!1;S&&w.preventDefault()}a(m,"pointerdown",io),a(m,"pointermove",lo),a(m,"pointerleave",()=>{p.hidden=!0}),a(m,"pointerup",co),a(m,"pointercancel",()=>{d.pan=null}),a(m,"wheel",so,{passive:!1}),a(k,"click",he),a(m,"click",uo),a(m,"dblclick",mo),a(m,"keydown",po),a(m,"focus",j),a(m,"blur",j);let en=()=>{let w=A();return w!==d.height&&!(Math.abs(w-d.height)<1)},Fe=l.defaultView;if(Fe&&typeof Fe.ResizeObserver<"u"){let w=new Fe.ResizeObserver(()=>{(d.detached||Math.abs(x()-d.width)>=1||en())&&j()});for(let S of[h,...i])w.observe(S);let v=h.closest(".cmw");v&&w.observe(v),a(Fe,"resize",()=>{en()&&j()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Fe&&typeof Fe.MutationObserver<"u"&&l.body){let w=null,v=new Fe.MutationObserver(()=>{clearTimeout(w),w=setTimeout(j,100)});v.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{v.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{d.editor&&d.editor.finish(!1)},{once:!0});let et=M("selected"),tn=M("focus");function nn(){let w=M("selected"),v=M("focus"),S=w&&!(et&&w[0]===et[0]&&w[1]===et[1]);v!==tn&&v&&d.zoomable?de(lr(d.view,[v.r,v.c],M("k"),Ns,d.vMin)):S&&ve()&&de(gt(d.view,z(w),M("k"),d.vMin)),et=w,tn=v,R()}return Y(e,Es,nn,c.signal),R(),{el:h,update:nn,destroy:()=>{c.abort(),h.remove()}}}function Ur({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),c=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,c);let a=!0;function l(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let f=e.get("countDigits"),h=e.get("intervals"),k=h&&!h.stale?h:null;c.hidden=!h,c.textContent=h?Zn(h):"";let g=(y,_)=>y.append(o("td","cmw-num",_)),E=(y,_,m,p)=>{let T=o("td","cmw-num");k?dt(t,T,_,m,k.level,k.methods[p]):T.textContent=oe(_),y.append(T)};i.replaceChildren();let O=i.createTHead().insertRow();for(let y of["class","precision","recall","F1","support"])O.append(o("th",null,y));let b=i.createTBody();for(let[y,_]of u.perClass.entries()){let m=b.insertRow(),p=o("th",null,_.label);p.title=p.textContent,m.append(p);let T=k&&k.perClass[y];for(let d of["precision","recall","f1"])E(m,_[d],T?T[d]:null,d);g(m,ie(_.support,f))}for(let[y,_]of u.summary.entries()){let m=b.insertRow();m.className=y===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",m.append(o("th",null,String(_.name??"")));let p=k?k.summary[String(_.name)]:null;if("value"in _)g(m,""),g(m,""),E(m,_.value,Array.isArray(p)?p:null,_.name==="accuracy"?"accuracy":"balanced_accuracy"),g(m,"");else{let T=_.name==="macro avg"?"macro_":"weighted_";for(let d of["precision","recall","f1"])E(m,_[d],p&&!Array.isArray(p)?p[d]:null,T+d);g(m,ie(_.support,f))}}}return V(s,"toggle",()=>{s.open&&a&&l()},r.signal),Y(e,["metrics","countDigits","intervals"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function Vr({state:e,dom:t,signal:n}){let r=J(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return Y(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function je({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),u=Re(n,o,s);return V(c,"input",()=>{a=!0,r&&r(l()),u(l())},i),V(c,"change",()=>{a=!1,u.cancel(),n(l())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(f,h,k){c.min=String(f),c.max=String(h),c.step=String(k)}}}var Fs=60,Wr=700,xt="http://www.w3.org/2000/svg",Qe={w:240,h:56,pad:6};function Gr(e,{w:t,h:n,pad:r}=Qe){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Os(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function Kr({state:e,dom:t,signal:n,clock:r}){let o=J(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(F,x)=>setTimeout(F,x),clearTimeout:F=>clearTimeout(F)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let f=c("cmw-play","▶");f.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),k=()=>e.get("runs").names,g=F=>{let x=k();F>=0&&F<x.length&&x[F]!==e.get("run")&&e.set("run",x[F])},E=je({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Fs,clock:r,signal:o.signal,onInput:F=>{j(),h.textContent=k()[F]??""}}),O=E.el;O.min="0",O.step="1",O.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let _=i("label","cmw-field");_.append(i("span",null,"Compare with"),y);let m=i("div","cmw-runs-top");m.append(f,O,h,b,_);let p=s.createElementNS(xt,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${Qe.w} ${Qe.h}`),p.setAttribute("width",String(Qe.w)),p.setAttribute("height",String(Qe.h));let T=i("div","cmw-history-legend");T.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let d=i("div","cmw-history-box");d.append(p,T),u.append(m,d),u.hidden=!0;let $=null;function M(){let F=e.get("runs"),x=e.get("run");if(u.hidden=F.names.length<2,u.hidden){j();return}let A=F.names.indexOf(x);O.max=String(F.names.length-1),!E.dragging()&&A>=0&&(O.value=String(A)),E.dragging()||(h.textContent=x);let N=Os(F.names,x);b.textContent=N,b.hidden=!N,W(F.names,e.get("compare")),X(F,A)}function W(F,x){let A=a("","none");y.replaceChildren(A,...F.map(N=>a(N))),y.value=x!=null&&F.includes(x)?x:""}function X(F,x){let A=[];for(let[D,z]of[[F.accuracy,"cmw-line-acc"],[F.macroF1,"cmw-line-f1"]]){let R=Gr(D).filter(Boolean),H=s.createElementNS(xt,"polyline");H.setAttribute("class",z),H.setAttribute("fill","none"),H.setAttribute("points",R.map(P=>P.map(B=>B.toFixed(1)).join(",")).join(" ")),A.push(H)}let N=Gr(F.accuracy);F.names.forEach((D,z)=>{if(!N[z])return;let R=s.createElementNS(xt,"circle");R.setAttribute("class",z===x?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),R.setAttribute("cx",N[z][0].toFixed(1)),R.setAttribute("cy",N[z][1].toFixed(1)),R.setAttribute("r",z===x?"4":"3"),R.setAttribute("data-run",String(z));let H=s.createElementNS(xt,"title");H.textContent=`${D}: accuracy ${oe(F.accuracy[z])}, macro F1 ${oe(F.macroF1[z])}`,R.append(H),A.push(R)}),p.replaceChildren(...A)}function G(){let F=k(),x=F.indexOf(e.get("run"));if(x<0||x>=F.length-1){j();return}g(x+1),$=l.setTimeout(G,Wr)}function U(){let F=k();F.indexOf(e.get("run"))>=F.length-1&&g(0),f.textContent="❚❚",f.setAttribute("aria-label","Pause"),$=l.setTimeout(G,Wr)}function j(){$!==null&&l.clearTimeout($),$=null,f.textContent="▶",f.setAttribute("aria-label","Play the runs")}return V(f,"click",()=>$===null?U():j(),o.signal),V(b,"click",()=>{j(),g(k().length-1)},o.signal),V(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),V(p,"click",F=>{let x=F.target&&F.target.closest?F.target.closest("[data-run]"):null;x&&(j(),g(Number(x.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>j(),{once:!0}),Y(e,["runs","run","compare"],M,o.signal),M(),{el:u,update:M,destroy:()=>{o.abort(),u.remove()}}}var Is=60,Hr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Xr({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),u=m=>e.set("abstain",m),f=je({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Is,clock:r,signal:o.signal,onInput:m=>{let p=i();l.textContent=m.toFixed(Ce(p?p.step:.01))}}),h=f.el,k=s("label","cmw-field");k.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let E=s("label","cmw-field");E.append(s("span",null,"Hit when the true class is in the top"),g);let O=s("span","cmw-hint cmw-top-k-hint");O.setAttribute("role","status"),E.append(O);let b=s("div","cmw-abstain-stats");c.append(k,E,b);let y=null;function _(){let m=i(),p=!!(m&&m.kind==="multiclass");if(c.hidden=!p,!p)return;f.range(m.lo,m.hi,m.step);let T=m.abstain!==null&&m.abstain!==void 0;if(a.checked=T,h.disabled=!T,T&&(y=m.abstain),!f.dragging()){let d=T?m.abstain:y??(m.lo+m.hi)/2;h.value=String(d),l.textContent=T?Number(d).toFixed(Ce(m.step)):"off"}g.max=String(m.k_max),t.doc.activeElement!==g&&(g.value=String(m.top_k)),b.replaceChildren(),T&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${Hr(m.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Hr(m.covered_accuracy)}`))}return V(a,"change",()=>{i()&&u(a.checked?parseFloat(h.value):null)},o.signal),V(g,"change",()=>{let m=i(),p=Number(g.value),T=m&&Number.isInteger(p)&&p>=1&&p<=m.k_max;O.textContent=T||!m?"":`top-k must be a whole number from 1 to ${m.k_max}`,T?e.set("top_k",p):m&&(g.value=String(m.top_k))},o.signal),Y(e,["scores"],_,o.signal),_(),{el:c,update:_,destroy:()=>{o.abort(),c.remove()}}}function Yr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ps=60,Zt={size:240,pad:34},Rs=[0,.5,1],Ds="http://www.w3.org/2000/svg",zs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function qr({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s,doc:i}=t,c=(m,p={})=>{let T=i.createElementNS(Ds,m);for(let[d,$]of Object.entries(p))T.setAttribute(d,String($));return T},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(l,u);let f=!1,h=null,k={},g=m=>{let p=e.get("binary");!p||!Number.isFinite(m)||e.set("threshold",ee(m,p.lo,p.hi))},E=Re(g,Ps,r);o.signal.addEventListener("abort",()=>E.cancel(),{once:!0});function O(m){let{size:p,pad:T}=Zt;l.replaceChildren();for(let d of Object.keys(k))delete k[d];for(let d of zs){let $=m[d.kind],M=s("figure",`cmw-curve cmw-curve-${d.kind}`),W=s("figcaption","cmw-curve-title"),X=m[d.area],G=m.undefinedBecause?m.undefinedBecause[d.kind]:null;if(W.textContent=`${d.title}${X===null||G?"":`  ${d.areaName} ${oe(X)}`}`,G){M.append(W,s("p","cmw-curve-undefined",`Undefined: ${G}.`)),l.append(M);continue}let U=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${d.title} curve; press or drag on it to set the threshold`});U.classList.add("cmw-curve-svg"),Object.assign(U.dataset,{kind:d.kind,plotSize:String(p),plotPad:String(T)}),U.append(c("rect",{x:T,y:T,width:p-2*T,height:p-2*T,class:"cmw-curve-frame"}),c("polyline",{points:Wn($,p,T),class:"cmw-curve-line"})),d.kind==="roc"&&U.append(c("line",{x1:T,y1:p-T,x2:p-T,y2:T,class:"cmw-curve-chance"}));let j=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});j.textContent=d.x;let F=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});F.textContent=d.y,U.append(j,F,...b(p,T));let x=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),A=c("text",{x:T,y:T-8,class:"cmw-curve-readout"}),N=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),D=c("title");D.textContent="Drag along the curve to move the threshold",N.append(D),U.append(...x,A,N),M.append(W,U),l.append(M),k[d.kind]={plot:U,marker:N,guides:x,readout:A,curve:$,spec:d},y(U,$)}u.replaceChildren();for(let d of m.targets){let $=t.button("cmw-curve-target",`threshold for ${d.name}`);$.dataset.threshold=String(d.threshold),V($,"click",()=>g(d.threshold),o.signal),u.append($)}}function b(m,p){let T=m-2*p,d=[];for(let $ of Rs){let M=p+$*T,W=p+(1-$)*T,X=String($);d.push(c("line",{x1:M,y1:m-p,x2:M,y2:m-p+4,class:"cmw-curve-tickmark"})),d.push(c("line",{x1:p-4,y1:W,x2:p,y2:W,class:"cmw-curve-tickmark"}));let G=c("text",{x:M,y:m-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});G.textContent=X;let U=c("text",{x:p-6,y:W,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});U.textContent=X,d.push(G,U)}return d}function y(m,p){let T=!1,d=M=>{let W=Yr(m.getBoundingClientRect(),Zt),X=(M.clientX-W.x0)/W.inner,G=1-(M.clientY-W.y0)/W.inner;return p.t[Vn(p,X,G)]};V(m,"pointerdown",M=>{if(T=!0,m.setPointerCapture&&M.pointerId!==void 0)try{m.setPointerCapture(M.pointerId)}catch{}E(d(M))},o.signal),V(m,"pointermove",M=>{T&&E(d(M))},o.signal),V(m,"pointerup",M=>{T&&(T=!1,E.cancel(),g(d(M)))},o.signal),V(m,"pointercancel",()=>{T=!1,E.cancel()},o.signal)}function _(){let m=e.get("binary");if(a.hidden=!m,!m)return;let p=e.get("curves");if(!p){(!f||h!==null)&&(f=!0,h=null,l.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(O(p),h=p);let{size:T,pad:d}=Zt,$=T-2*d;for(let{marker:M,guides:W,readout:X,spec:G,plot:U}of Object.values(k)){let[j,F]=G.at(m),x=Number.isFinite(j)&&Number.isFinite(F);for(let R of[M,...W])R.setAttribute("visibility",x?"visible":"hidden");if(X.textContent=x?`${G.x} ${oe(j)}, ${G.y} ${oe(F)}`:"",!x)continue;let A=(d+j*$).toFixed(1),N=(d+(1-F)*$).toFixed(1);M.setAttribute("cx",A),M.setAttribute("cy",N);let[D,z]=W;Object.entries({x1:A,y1:N,x2:A,y2:T-d}).forEach(([R,H])=>D.setAttribute(R,H)),Object.entries({x1:A,y1:N,x2:d,y2:N}).forEach(([R,H])=>z.setAttribute(R,H)),U.dataset.markerX=String(j),U.dataset.markerY=String(F)}}return Y(e,["binary","curves"],_,o.signal),_(),{el:a,update:_,destroy:()=>{o.abort(),a.remove()}}}var Bs=60,Lt=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function js(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function Zr({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),f=0,k=je({dom:t,cls:"cmw-label-threshold",write:$=>{let M=u();if(!M||!Array.isArray(M.thresholds)||!Number.isFinite($))return;let W=M.thresholds.slice();W[f]=$,e.set("thresholds",W)},throttleMs:Bs,clock:r,signal:o.signal,onInput:$=>{let M=u();l.textContent=$.toFixed(Ce(M?M.step:.01))}}),g=k.el,E=s("label","cmw-field");E.append(s("span",null,"Threshold"),g,l);let O=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(a,E,O,b,y);let _="label",m=!1;function p(){let $=u(),M=!!($&&$.kind==="multilabel");if(i.hidden=!M,!M)return;let W=e.get("labels"),X=e.get("metrics").perClass,G=e.get("countDigits");f=Math.min(f,W.length-1),(c.options.length!==W.length||[...c.options].some((j,F)=>j.textContent!==W[F]))&&c.replaceChildren(...W.map((j,F)=>t.option(String(F),j))),c.value=String(f);let U=Array.isArray($.thresholds);E.hidden=!U,g.disabled=!!$.fixed,U&&!k.dragging()&&(k.range($.lo,$.hi,$.step),g.value=String($.thresholds[f]),l.textContent=Number($.thresholds[f]).toFixed(Ce($.step))),T($,W,G),d($,W,X,G)}function T($,M,W){let X=$.tables[f]||[0,0,0,0],G=s("table","cmw-readout-table");G.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let j=G.createTBody();[["truly absent",0],["truly present",2]].forEach(([x,A])=>{let N=j.insertRow();N.append(s("th",null,x));for(let D of[A,A+1]){let[z,R]=Lt[D],H=s("td"),P=t.button("cmw-label-cell",`${R} ${ie(X[D],W)}`);P.dataset.cell=z,P.disabled=!!$.fixed,V(P,"click",()=>e.send({type:"label_cell",label:f,cell:z}),o.signal),H.append(P),N.append(H)}}),O.replaceChildren(s("div","cmw-label-focus-title",M[f]??""),G);let F=$.focus;if(F&&F.label===f){let x=Lt.find(([N])=>N===F.cell)?.[1]??F.cell,A=F.indices.length<F.total?`first ${F.indices.length} of ${F.total}`:`${F.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${x} of ${M[f]}: ${A} samples`),s("div","cmw-indices",F.indices.join(", ")))}else b.replaceChildren()}function d($,M,W,X){let G=s("tr"),U=(A,N)=>{let D=_===A,z=t.button(`cmw-sort${D?" cmw-sorted":""}`,D?`${N} ${m?"▼":"▲"}`:N);z.dataset.sort=A,V(z,"click",()=>{m=D?!m:A!=="label",_=A,p(),y.querySelector(`[data-sort="${A}"]`).focus()},o.signal);let R=s("th");return R.setAttribute("aria-sort",D?m?"descending":"ascending":"none"),R.append(z),R};G.append(U("label","label"),...Lt.map(([,A])=>s("th",null,A)),U("f1","F1"),U("support","support"));let j=s("thead");j.append(G);let F=s("tbody"),x=W.length===M.length?W:M.map(()=>({f1:NaN,support:NaN}));for(let A of js(x,_,m)){let N=s("tr",A===f?"cmw-focused":null);N.dataset.label=String(A);let D=t.button("cmw-label-name",M[A]);V(D,"click",()=>{f=A,p()},o.signal);let z=s("th");z.append(D),N.append(z,...($.tables[A]||[]).map(R=>s("td",null,ie(R,X))),s("td",null,oe(x[A].f1)),s("td",null,ie(x[A].support,X))),F.append(N)}y.replaceChildren(j,F)}return V(c,"change",()=>{f=Number(c.value)||0,p()},o.signal),Y(e,["scores","labels","metrics","countDigits"],p,o.signal),p(),{el:i,update:p,destroy:()=>{o.abort(),i.remove()}}}function Lr(e){let t=[qr(e),Xr(e),Zr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}function Jr({state:e,dom:t,signal:n}){let r=J(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let k=o("p","cmw-sentence");for(let b of h.sentence){let y=String(b&&b.text!=null?b.text:"");k.append(b&&b.em?o("em",null,y):t.doc.createTextNode(y))}let g=o("div","cmw-selection-head");if(g.append(k,c()),i.append(g),!h.available){let b=e.get("table"),y=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",y));return}let E=Tn(h);if(E.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(h.indices||[]).join(", ")),l(E));let O=Array.isArray(h.previews)?h.previews:[];O.length&&i.append(u(O))}function l(h){let k=o("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),k.append(g)}if(k.append(o("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),k.append(g)}return k}function u(h){let k=o("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let E=o("figure","cmw-preview-img"),O=o("img");O.src=g.src,O.alt=`sample ${g.index}`,E.append(O,o("figcaption",null,`#${g.index}`)),k.append(E)}else if(g.kind==="text"){let E=o("div","cmw-preview-text");E.append(o("span","cmw-idx",`#${g.index}`),o("span","cmw-snippet",String(g.text??""))),k.append(E)}}return k}let f=null;return V(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let k=h.target.closest("button[data-offset]");if(!k)return;let g=e.get("selection");f=g&&{cls:k.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(k.dataset.offset)})},r.signal),Y(e,["selection","table","hasSelection"],()=>{let h=f;f=null;let k=t.doc.activeElement,g=k&&(i.contains(k)||k===t.doc.body);a();let E=e.get("selection");if(!h||!E||E.i!==h.i||E.j!==h.j||!g)return;let O=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");O&&O.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}var Qr=e=>Math.round(e).toLocaleString("en-US");function Us(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${Qr(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${Qr(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Vs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function eo({state:e,dom:t,signal:n}){let r=J(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Us(l);let u=Vs(e);c.hidden=!u,c.textContent=u||""}return Y(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Ws(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Gs=60;function to({state:e,dom:t,signal:n,clock:r}){let o=J(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let u=s("div","cmw-readout");i.append(c,u),i.hidden=!0;let f=!1,h=null,k=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,E=(p,T)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Ce(k(T)));function O(){let p=e.get("binary");if(i.hidden=!p,!p)return;let T=g();a.min=T?"0":String(p.lo),a.max=String(T?T.length-1:p.hi),a.step=T?"1":String(k(p));let d=e.get("threshold")??Number(p.threshold);!f&&Number.isFinite(d)&&(a.value=String(T?Ws(T,d):d),l.textContent=E(d,p)),b(p)}function b(p){let T=e.get("countDigits"),d=s("table","cmw-readout-table");d.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let M=d.createTBody(),W=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[j,...F]of W){let x=M.insertRow();x.append(s("th",null,j));for(let[A,N]of F){let D=s("td");D.append(s("span","cmw-tag",A),t.doc.createTextNode(` ${ie(N,T)}`)),x.append(D)}}let X=s("div","cmw-readout-stats"),G=e.get("intervals"),U=G&&!G.stale&&G.binary?G.binary:null;for(let[j,F,x]of[["TPR","tpr",p.tpr],["FPR","fpr",p.fpr],["precision","precision",p.precision],["F1","f1",p.f1]]){if(!U){X.append(s("span","cmw-stat",`${j} ${oe(x)}`));continue}let A=s("span","cmw-stat-value");dt(t,A,x,U[F],G.level,F==="f1"?"bootstrap":"wilson");let N=s("span","cmw-stat",`${j} `);N.append(A),X.append(N)}u.replaceChildren(d,X)}let y=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},_=Re(y,Gs,r),m=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return V(a,"input",()=>{f=!0;let p=m(),T=e.get("binary");Number.isFinite(p)&&(l.textContent=T?E(p,T):p.toFixed(2)),_(p)},o.signal),V(a,"change",()=>{f=!1,_.cancel();let p=m();(p!==h||e.get("threshold")!==p)&&y(p)},o.signal),o.signal.addEventListener("abort",()=>_.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table","intervals"],O,o.signal),O(),{el:i,update:O,destroy:()=>{o.abort(),i.remove()}}}var Ks=300,Hs=200,Xs=16;function Ys(e,t,n){let r=e-t-Xs,o=Math.min(jt,Math.max(n,1)*ft)+Hs;return t>0&&r>=Math.max(Ks,Math.min(o,.6*e))?r:e}function qs(e,t){let n=e.dom.h("div","cmw-main"),r=Lr(e);r.el.classList.add("cmw-side");let s=jr({...t,room:()=>Ys(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function Zs(e){let t=hr(e),n=Sr(e);return[nr({...e,extra:[t.button]}),t,to(e),eo(e),Vr(e),n.panel,qs(e,n.matrixCtx),n.table,Kr(e),tr(e),Jr(e),Ur(e)]}function no(e,t,n=performance.now()){let r=Bn(t.ownerDocument||document),o=new AbortController,s=er(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",V(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:u,lastMs:f,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=f.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=Zs({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var vt="cm-widget",Ls="application/vnd.cm-widget.view+json",Jt="application/vnd.jupyter.widget-view+json",ro=1e4,Js="Saved view, no kernel behind it: run the cell to make it live.",Qt=null;async function Qs(e){let t=Qt&&Qt[e];if(!t)throw new Error(`${vt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function ei(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=an,e.head.appendChild(t)}async function ti(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await zn(n):null}function oo(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ni(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=ti(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),ro))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=oo(this,"rendermime"),o=r&&r.rendermime,s=oo(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Jt in n.data&&o&&o.mimeTypes.includes(Jt))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(Jt);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:ro),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){ei(r),s.textContent=Js;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:no(Rn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function ri(){let{Panel:e}=await Qs("@lumino/widgets"),t=ni(e);return{id:`${vt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ls],defaultRank:-20,createRenderer:n=>new t(n)}}}function oi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[vt]={init:e=>{Qt=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${vt} has no module ${e}`);let t=oi()?[await ri()]:[];return()=>({__esModule:!0,default:t})}});})();
