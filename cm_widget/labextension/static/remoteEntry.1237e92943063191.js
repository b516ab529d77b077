(()=>{var fn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

/* Calibration: the reliability diagram and the score histograms with the threshold's line. */
.cmw-calibration {
  margin-top: 8px;
  font-size: var(--jp-ui-font-size1, 13px);
  color: var(--jp-ui-font-color1, #333);
}
.cmw-calibration-plots {
  display: flex;
  flex-wrap: wrap;
  gap: 16px;
  align-items: flex-start;
}
.cmw-plot-frame {
  fill: none;
  stroke: var(--jp-border-color1, #bdbdbd);
}
.cmw-diagonal {
  stroke: var(--jp-ui-font-color3, #9e9e9e);
  stroke-dasharray: 3 3;
}
.cmw-reliability-line {
  fill: none;
  stroke: var(--jp-brand-color1, #1976d2);
  stroke-width: 1.5;
}
.cmw-reliability-point {
  fill: var(--jp-brand-color1, #1976d2);
}
.cmw-axis-label {
  font-size: 10px;
  fill: var(--jp-ui-font-color2, #616161);
}
.cmw-histogram-row {
  display: flex;
  align-items: center;
  gap: 6px;
}
.cmw-histogram-name {
  width: 80px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  text-align: right;
}
.cmw-histogram {
  background: var(--jp-layout-color2, #eee);
}
.cmw-histogram-bar {
  fill: var(--jp-ui-font-color2, #616161);
}
.cmw-threshold-line {
  stroke: var(--jp-error-color1, #d32f2f);
  stroke-width: 1.5;
}
`;function hn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function wn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Nt(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function bn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Nt(t[r],t[r+1],t[r+2])}function gn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function So(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function _o([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function xn(e,t){let n=So(t);if(!n||_o(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function te(e,t,n){return e<t?t:e>n?n:e}var Mo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function de(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Pe(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=de(e),n=Math.floor(t.byteLength/8);if(Mo)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Be(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,m)=>setTimeout(l,m),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let m=t-(r.now()-o);m<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,m))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var To={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},Co=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function je(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=To[e&&e.dtype]||Float64Array,o=de(e&&e.counts),s=r.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(o.byteLength/s)),c=$o(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new r(t*n),totals:c};if(Co||s===1)return{k:t,cols:n,counts:new r(o.buffer,0,i),totals:c};let a=new DataView(o.buffer),l={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],m=new r(i);for(let f=0;f<i;f++)m[f]=a[l](s*f,!0);return{k:t,cols:n,counts:m,totals:c}}function $o(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function Xe(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function be(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,be(e,t,o,r)+be(e,t+o*r,n-o,r)}function at(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return Eo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=be(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=be(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function Eo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function ct(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function No(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ke(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=No(a)}return o}function Ft(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Fo=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function vn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?Fo.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function lt(e){let t=de(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function ut(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Nt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var it=e=>Number(e.toPrecision(12));function mt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>it(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=it(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let m=it(l*c);a.push([m/r,o?String(m):`${it(m*100)}%`])}return a}function yn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=de(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let m=f=>i.getFloat64(8*(4*l+f),!0);return{label:a,precision:m(0),recall:m(1),f1:m(2),support:m(3)}}),summary:r}}var Ot=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},pt=e=>Array.isArray(e)?e:[],Ye=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,dt=e=>pt(e).map(Number).filter(Number.isInteger);function Oo(e){let t=Ot(e),n=pt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(pt(o)[i])?Number(pt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Io(e,t){let n=Ot(e);if(typeof n.name!="string")return null;let r=je(n.matrix),o=lt(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:Ye(n.fixed),broken:Ye(n.broken),changed:Ye(n.changed)}}function An(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function kn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Po(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var Sn=(e,t)=>{let n=kn(e);return ke(Po(e,t),-n,n)};function _n(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Mn(e,t=0){let n=Math.abs(kn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Ro(e){let t=Ot(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:dt(t.entered),cameFrom:dt(t.came_from),left:dt(t.left),wentTo:dt(t.went_to),nEntered:Ye(t.n_entered),nLeft:Ye(t.n_left)}}var Tn={runs:{raw:["_runs"],make:(e,t)=>Oo(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Io(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Ro(t("_moves"))}},Cn=["run","compare"];var $n=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],En=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ie(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Re(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=te(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?_n(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function It(e,t,n,r=0){let o=Re(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ie(t,r)})`}:{main:o,sub:""}}function Q(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ee(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return te(r-(n?Number(n):0),0,6)}function Nn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function Fn(e,t){return t?`${e}_r`:e}function Pt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function On(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var In=[[`
`,"⏎"],["\r","␍"]];function qe(e){let t=String(e);for(let[n,r]of In)t=t.split(n).join(r);return t}function Rt(e,t){if(t!=null&&e===qe(t))return String(t);let n=String(e);for(let[r,o]of In)n=n.split(o).join(r);return n}function Pn(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var Do=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ne(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Ue(e,t){let n=Ne(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(Do)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var zo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Bo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=zo[e.dtype];return t?Ue(t,e.data):null}function jo(e){let t=Ne(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function Dn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ue(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ue(Uint32Array,t.sample_index):null,ids:Bo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ue(Float32Array,t.outside.scores),weights:t.outside.weights?Ue(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Ne(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Ue(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=jo(t.cells);return n}var De=new Float32Array(1),Rn=new Int32Array(De.buffer);function Uo(e,t){return De[0]=e,De[0]===0?(Rn[0]=1,t?De[0]:-De[0]):(Rn[0]+=De[0]>0===t?1:-1,De[0])}function Dt(e){let t=Math.fround(e);return t>e?Uo(t,!1):t}function Ve(e,t=-1/0,n=1/0){let r=Dt(Number(e));return Math.min(Math.max(r,Dt(t)),Dt(n))}function ft(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Ve(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,m=e.scores[a]>=c?s:i;r[l*n+m]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function zn(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=Ve(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function zt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Bn(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>zt(e,r))}function Vo(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Ve(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?be(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var ge=(e,t)=>t!==0?e/t:0;function Wo(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let g=0;g<t;g++){for(let S=0;S<t;S++){let N=e[g*t+S];o[g]+=N,s[S]+=N,c+=N}r[g]=e[g*t+g],i+=r[g]}if(n){for(let g=0;g<t;g++)o[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,c+=n.total}let a=0;for(let g=0;g<t;g++)a+=o[g];let l=[],m={precision:0,recall:0,f1:0},f={precision:0,recall:0,f1:0},h=0,k=0;for(let g=0;g<t;g++){let S={precision:ge(r[g],s[g]),recall:ge(r[g],o[g]),f1:ge(2*r[g],o[g]+s[g]),support:o[g]};l.push(S);let N=ge(o[g],a);for(let b of["precision","recall","f1"])m[b]+=S[b]/t,f[b]+=S[b]*N;o[g]>0&&(h+=1,k+=S.recall)}return{rows:l,accuracy:ge(i,c),balancedAccuracy:h?k/h:0,macro:m,weighted:f}}function Bt(e,t,n=null,r=null){let o=Wo(e,t,Vo(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Go(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:ge(e,e+n),fpr:ge(t,t+r),precision:ge(e,e+t),f1:ge(2*e,2*e+t+n),mcc:ge(e*r-t*n,o)}}function jt(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Go(s(r,r),s(o,r),s(r,o),s(o,o))}}function jn(e){return e??"true"}function Un(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?Ho(e):String(Math.trunc(e)),m=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,f=c?" but the model ":o||a?" and predicted ":" but predicted ",h=` (${Pn(r*100,1)}% of `,k;return i==="all"?k=[{text:`${h}all samples).`}]:i==="pred"&&c?k=[{text:`${h}the abstained samples).`}]:i==="pred"?k=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:k=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:m},{text:t,em:!0},{text:f},{text:n,em:!0},...k]}function Ho(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Xo=40,Yo="abstained";function qo(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Lo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}var Zo=e=>e.every(t=>Number.isInteger(t));function Vn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let v of e.state.buffers)qo(t,v.path,Ne(v.data));let n=e.k,r=Dn(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=v=>{for(let A of o.get(v)||[])A()},m=(v,A)=>{t[v]=A,l(v)},f=je(t._matrix),h=r?ft(r,t.threshold):Float64Array.from(Xe(f.counts,n,f.cols).square),k=f.cols===n+1?Array.from({length:n},(v,A)=>f.counts[A*f.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function S(v,A){let F=`${v},${A},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=zn(r,v,A,t.threshold)),s.members}function N(v,A,F,D){let z=0;if(D==="true")for(let R of A){for(let X=0;X<n;X++)z+=h[R*n+X];k&&(z+=k[R])}else for(let R=0;R<n;R++)if(D==="all"){for(let X=0;X<n;X++)z+=h[R*n+X];k&&(z+=k[R])}else for(let X of F)z+=X===n?k?k[R]:0:h[R*n+X];return z?v/z:0}function b(v,A,F,D,z,R,X,P={},B={}){let J=0;for(let ce of F)for(let we of D)J+=we===n?k?k[ce]:0:h[ce*n+we];let oe=!!(r&&r.weights||!Zo(h)),L=jn(t.normalize),ae;if(B.multilabel){let ce=f.totals,we=ce?L==="true"?ce.rows[v]:L==="pred"?ce.cols[A]:ce.all:0;ae=we?J/we:0}else ae=N(J,F,D,L);let ye=r?R():[],he=ye.length,Me=Math.max(0,Math.min(Math.trunc(X)||0,Math.max(he-1,0)));Me-=Me%i;let Ae=ye.slice(Me,Me+i),me=[];for(let ce of Ae.slice(0,Xo)){let we=e.previews&&e.previews[String(zt(r,ce))];we&&me.push(we)}return{i:v,j:A,...P,sentence:Un(J,z[0],z[1],ae,v===A,oe,{basis:L,...B}),count:J,total:he,offset:Me,indices:r?Bn(r,Ae):[],page_size:i,previews:me,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function x(v,A,F){let D=t.display_labels||[];return k&&A===n?b(v,A,[v],[A],[String(D[v]??v),Yo],()=>[],F,{},{abstained:!0}):b(v,A,[v],[A],[String(D[v]??v),String(D[A]??A)],()=>S(v,A),F,{},{multilabel:c})}let _=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],d=new Array(_.length?n:0).fill(0);if(_.length){let v=t._groups.codes,A=new DataView(v.buffer,v.byteOffset,v.byteLength);for(let F=0;F<n;F++)d[F]=n<=65536?A.getUint16(2*F,!0):A.getUint32(4*F,!0)}let p=v=>d.flatMap((A,F)=>A===v?[F]:[]);function T(v,A){if(r.kind==="binary"){let D=[];for(let z of p(v))for(let R of p(A))D.push(...S(z,R));return D.sort((z,R)=>z-R)}let F=[];for(let D=0;D<r.n;D++){let z=r.cells[D],R=Math.floor(z/n);d[R]===v&&d[z-R*n]===A&&F.push(D)}return F}function u(v,A,F){return b(v,A,p(v),p(A),[_[v],_[A]],()=>T(v,A),F,{group:!0})}function $(v=0){let A=t.selected,F=t.selected_group;Array.isArray(A)&&A.length===2?m("_selection",x(A[0],A[1],v)):Array.isArray(F)&&F.length===2?m("_selection",u(F[0],F[1],v)):m("_selection",{})}t._order_choices=Object.keys(e.orders||{});function C(v){let A=e.orders&&e.orders[v];A&&(m("_order",{dtype:A.dtype,classes:Ne(A.classes),groups:A.groups?Ne(A.groups):null}),m("order",v))}function V(v,A,F,D=F){if(!(A===null||Array.isArray(A)&&A.length===2&&A.every((X,P)=>Number.isInteger(X)&&X>=0&&X<(P===0?F:D))))return;let R=v==="selected"?"selected_group":"selected";A!==null&&t[R]!=null&&(t[R]=null,l(R)),t[v]=A,l(v),$(0)}function K(v){if(!r||r.kind!=="binary"||!a)return;let A=Number(v);if(!Number.isFinite(A))return;let F=Ve(Math.min(Math.max(A,a.lo),a.hi),a.lo,a.hi);t.threshold=F,h=ft(r,F),m("_matrix",g()),m("_binary",jt(a,h,F)),m("_metrics",Bt(h,n,r,F)),m("_intervals",O(h)),l("threshold"),t.selected!=null&&$(0)}function W(v){let A=String(v),F=A.endsWith("_r")?A.slice(0,-2):A,D=e.luts[A]||e.luts[F];if(!D)return;let z=Ne(D);m("_lut",e.luts[A]?z:Lo(z)),m("cmap",A)}r&&r.kind==="binary"&&a&&(t.threshold=Ve(t.threshold,a.lo,a.hi),h=ft(r,t.threshold),t._matrix=g(),t._binary=jt(a,h,t.threshold),t._metrics=Bt(h,n,r,t.threshold));let U=t._intervals&&t._intervals.level?t._intervals:null,j=Float64Array.from(h);function O(v){return U?v.length===j.length&&v.every((F,D)=>F===j[D])?U:{stale:!0,level:U.level}:t._intervals}return{get:v=>t[v],on(v,A){return o.has(v)||o.set(v,new Set),o.get(v).add(A),()=>o.get(v).delete(A)},set(v,A){if(v==="threshold")return K(A);if(v==="cmap")return W(A);if(v==="normalize"){m(v,A??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(v==="display_labels"){if(!Array.isArray(A)||A.length!==n)return;m(v,A.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(v==="selected")return V(v,A,n,k?n+1:n);if(v==="selected_group")return V(v,A,_.length);if(v==="order")return C(A);if(v==="errors_only")return m(v,A===!0);if(v==="level"){(A==="classes"||A==="groups"&&_.length)&&m(v,A);return}},send(v){v&&v.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(v.offset)||0)}}}var Jo="CMW1";async function Wn(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Qo(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function es(e){return new TextDecoder().decode(await Wn(e))}async function ts(e){let t=await Wn(e);if(new TextDecoder().decode(t.subarray(0,4))!==Jo)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return Qo(r.subarray(c,c+a))}}return s})}async function Gn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await ts(t):JSON.parse(n==="gzip"?await es(t):t)}var ns=new Set(["button","input","select","textarea","summary","canvas"]);function Hn(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),ns.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function G(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var rs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ut(e,t){let n=de(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(rs)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function Kn(e){if(!e||typeof e!="object")return null;let t=Ut(e.x,Float32Array),n=Ut(e.y,Float32Array),r=Ut(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Vt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Xn(e){if(!e||typeof e!="object")return null;let t=Kn(e.roc),n=Kn(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Vt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Vt(e.auc),ap:Vt(e.ap),targets:r,undefinedBecause:s}}function Yn(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function qn(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var os={uint16:2,uint32:4};function Wt(e,t){let n=os[t];if(!n)return null;let r=de(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Ln(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Zn=e=>Array.from({length:e},(t,n)=>n);function Jn(e,t,n){let r=e&&e.dtype,o=e?Wt(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Wt(e.groups,r):null;return{classes:Ln(o,t)?o:Zn(t),groups:n?Ln(i,s)?i:Zn(s):null}}function Qn(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Wt(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var Gt=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,Le=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function er(e,t){let n=Le(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,perClass:[],summary:{},binary:null};let r=de(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),l=(m,f)=>{let h=a.getFloat64(8*(6*m+f),!0);return Number.isFinite(h)?h:null};for(let m=0;m<o;m++)s.push({precision:[l(m,0),l(m,1)],recall:[l(m,2),l(m,3)],f1:[l(m,4),l(m,5)]})}let i={};for(let[a,l]of Object.entries(Le(n.summary)))i[a]=Array.isArray(l)?Gt(l):Object.fromEntries(Object.entries(Le(l)).map(([m,f])=>[m,Gt(f)]));let c=n.binary?Object.fromEntries(Object.entries(Le(n.binary)).map(([a,l])=>[a,Gt(l)])):null;return{stale:!1,level:n.level,perClass:s,summary:i,binary:c,methods:Le(n.methods)}}function ss(e,t){let n=Q(e);return!t||t[0]===null||t[1]===null?n:`${n} (${Q(t[0])}-${Q(t[1])})`}var ht=e=>`${Number((100*e).toFixed(2))}%`;function wt(e,t,n,r,o,s){if(t.textContent=ss(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${ht(o)} interval ${Q(r[0])} to ${Q(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let c=f=>Math.min(Math.max(f,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let l=e.h("span","cmw-whisker-bar");l.style.left=`${c(r[0])}%`,l.style.width=`${Math.max(c(r[1])-c(r[0]),0)}%`;let m=e.h("span","cmw-whisker-tick");m.style.left=`${c(n)}%`,a.append(l,m),t.append(a)}function tr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${ht(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function nr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:be(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var is=new Set(["normalize","cmap","threshold","display_labels","selected",...Cn,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),as=10,bt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},rr=e=>Array.isArray(e)?e:[],gt={matrix:{raw:["_matrix"],make:(e,t)=>je(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Xe(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Pt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>at(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Xe(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?An(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>ct(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ke(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?Sn(e("values"),e("k")):ke(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||lt(t("_lut"))||wn()},lutText:{uses:["lut"],make:e=>ut(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:vn(t("values_format"),e("normalize"),Ft(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Ft(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?Mn(e("values"),e("countDigits")):mt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>yn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>er(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>ir(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=bt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=bt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:rr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>rr(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Xn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=bt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=bt(t("_table"));if(!n.engine)return null;let r=Pe(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...Tn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Jn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Qn(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Pt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>nr(e("counts"),e("k"),as,cs(e))},focus:{make:()=>null}},Ze={},or=e=>{if(!Ze[e]){let t=gt[e];Ze[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(or)])]}return Ze[e]};for(let e of Object.keys(gt))or(e);function cs(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>be(r,i*n,n)+o[i])}function sr(e){let t=new Map,n=c=>{if(!gt[c])throw new Error(`unknown state key ${c}`);return gt[c]},r=c=>{let a=n(c),l=Ze[c].map(h=>e.get(h)),m=t.get(c);if(m&&m.raws.every((h,k)=>h===l[k]))return m.value;let f=a.make(r,h=>e.get(h));return t.set(c,{raws:l,value:f}),f};return{get:r,on:(c,a)=>{n(c);let l=Ze[c].map(m=>e.on(m,a));return()=>l.forEach(m=>m())},set:(c,a)=>{if(!is.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c)}}function Y(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var ls="http://www.w3.org/2000/svg",xe=180,We=28,Ht=180,xt=44,us=12,ar=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function ir(e,t){let n=ar(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=ar(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Pe(r.counts);return{kind:n.kind,x:Pe(n.x),y:Pe(n.y),n:Pe(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function cr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${Q(e.eceLow)}-${Q(e.eceHigh)}), ${ht(e.level)} interval`:"";return`ECE ${Q(e.ece)}${t}`}function pe(e,t,n,r){let o=e.createElementNS(ls,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function lr({state:e,dom:t,signal:n}){let r=q(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),c=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(c,a);let l=[];function m(){let S=e.get("calibration");if(!S||!S.hist)return null;let N=S.kind==="binary"?e.get("threshold"):e.get("abstainAt");return N==null||!Number.isFinite(N)?null:N}function f(){let S=e.get("calibration"),N=m();for(let b of l){if(N===null||!S||!S.hist){b.setAttribute("visibility","hidden");continue}let{lo:x,hi:_}=S.hist,d=(Math.min(Math.max(N,x),_)-x)/(_-x||1)*Ht;b.setAttribute("x1",String(d)),b.setAttribute("x2",String(d)),b.setAttribute("visibility","visible"),b.dataset.at=String(N)}}function h(S){let N=pe(s,"svg",{width:xe+We+8,height:xe+We+8,role:"img"},"cmw-reliability");N.setAttribute("aria-label",`reliability diagram, ${cr(S)}`);let b=T=>We+T*xe,x=T=>4+(1-T)*xe;N.append(pe(s,"rect",{x:We,y:4,width:xe,height:xe},"cmw-plot-frame"),pe(s,"line",{x1:b(0),y1:x(0),x2:b(1),y2:x(1)},"cmw-diagonal"));let _=pe(s,"text",{x:We+xe/2,y:xe+We+2,"text-anchor":"middle"},"cmw-axis-label");_.textContent="mean predicted probability";let d=pe(s,"text",{x:10,y:4+xe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+xe/2})`},"cmw-axis-label");d.textContent="observed frequency",N.append(_,d);let p=Array.from(S.x,(T,u)=>`${b(T)},${x(S.y[u])}`).join(" ");return N.append(pe(s,"polyline",{points:p},"cmw-reliability-line")),S.x.forEach((T,u)=>{let $=pe(s,"circle",{cx:b(T),cy:x(S.y[u]),r:3},"cmw-reliability-point"),C=pe(s,"title",{});C.textContent=`predicted ${Q(T)}, observed ${Q(S.y[u])}, ${Math.round(S.n[u]*100)/100} samples`,$.append(C),N.append($)}),N}function k(S,N){let b=o("div","cmw-histograms"),{bins:x,counts:_}=S.hist,d=N.length,p=Math.min(d,us),T=0;for(let $=0;$<p*x;$++)T=Math.max(T,_[$]);let u=S.kind==="binary"?`score of ${N[1]??"positive"}`:"top score";b.append(o("div","cmw-histograms-title",`${u} by true class`)),l=[];for(let $=0;$<p;$++){let C=o("div","cmw-histogram-row"),V=o("span","cmw-histogram-name",N[$]);V.title=N[$];let K=pe(s,"svg",{width:Ht,height:xt},"cmw-histogram"),W=Ht/x;for(let j=0;j<x;j++){let O=_[$*x+j];if(!(O>0))continue;let v=T>0?O/T*(xt-2):0;K.append(pe(s,"rect",{x:j*W,y:xt-v,width:Math.max(W-1,1),height:v},"cmw-histogram-bar"))}let U=pe(s,"line",{x1:0,x2:0,y1:0,y2:xt},"cmw-threshold-line");l.push(U),K.append(U),C.append(V,K),b.append(C)}return d>p&&b.append(o("div","cmw-note",`the first ${p} of ${d} classes`)),b}function g(){let S=e.get("calibration");if(i.hidden=!S,l=[],!S)return;if(S.note){c.textContent=S.note,a.replaceChildren();return}let N=S.kind==="binary"?"":" (top label)";c.textContent=`Calibration${N}: ${cr(S)}, ${S.nBins} ${S.strategy} bins`;let b=[h(S)];S.hist&&b.push(k(S,e.get("labels"))),a.replaceChildren(...b),f()}return Y(e,["calibration","labels"],g,r.signal),Y(e,["threshold","abstainAt"],f,r.signal),g(),{el:i,update:g,destroy:()=>{r.abort(),i.remove()}}}var ms=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ds(e,t){return`From ${e.name} to ${t}: ${ms(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ps(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function ur({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,m,f,h,k,g){let S=o("div",a);if(S.append(o("div","cmw-moves-title",`${l} (${m})`)),!f.length)return S.append(o("span","cmw-hint","none")),S;let N=o("div","cmw-moves-list");return f.forEach((b,x)=>{let _=o("span","cmw-move"),d=h[x];_.append(o("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),o("em",null,g[d]??String(d)),t.doc.createTextNode(` in ${k}`)),N.append(_)}),S.append(N),m>f.length&&S.append(o("span","cmw-hint",`showing the first ${f.length} of ${m}`)),S}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),m=o("p","cmw-compare-summary",ds(a,l));m.title=ps(a,l),s.append(m);let f=e.get("moves");if(!f){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),k=o("p","cmw-moves-head");k.append(t.doc.createTextNode("Cell true "),o("em",null,h[f.i]??String(f.i)),t.doc.createTextNode(", predicted "),o("em",null,h[f.j]??String(f.j)),t.doc.createTextNode(`: ${f.nEntered} entered, ${f.nLeft} left since ${a.name}.`)),s.append(k,i("cmw-entered","Entered",f.nEntered,f.entered,f.cameFrom,a.name,h),i("cmw-left","Left",f.nLeft,f.left,f.wentTo,l,h))}return Y(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function mr({state:e,dom:t,signal:n,extra:r=[]}){let o=q(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=En.map(b=>{let x=i("cmw-seg-btn");return x.setAttribute("aria-label",b.label),x.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),x.dataset.value=b.value===null?"":b.value,a.append(x),x}),m=s("label","cmw-field"),f=s("select","cmw-cmap");for(let b of $n)f.append(t.option(b));m.append(s("span","cmw-field-name","Colormap"),f);let h=t.option("cmw:compare"),k=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",k.append(g,s("span",null,"reverse")),c.append(a,m,k,...r);function S(){let b=e.get("normalize");for(let p of l){let T=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",T),p.setAttribute("aria-pressed",String(T))}let x=e.get("compareState");if(f.disabled=!!x,g.disabled=!!x,x){h.textContent=`${x.cmap} (better / worse)`,h.parentNode||f.append(h),f.value=h.value,f.title=`Compare mode colours each cell by better (blue) or worse (red) since ${x.name}; the colormap returns when compare mode ends.`;return}h.remove(),f.removeAttribute("title");let{base:_,reversed:d}=Nn(e.get("cmap"));[...f.options].some(p=>p.value===_)||f.append(t.option(_)),f.value=_,g.checked=d}let N=()=>e.set("cmap",Fn(f.value,g.checked));return G(a,"click",b=>{let x=b.target.closest(".cmw-seg-btn");x&&e.set("normalize",x.dataset.value||null)},o.signal),G(f,"change",N,o.signal),G(g,"change",N,o.signal),Y(e,["normalize","cmap","compareState"],S,o.signal),S(),{el:c,update:S,destroy:()=>{o.abort(),c.remove()}}}var vt=64,Xt=800,dr=120,yt=6,fs=6,Qe=2,hs=14,Yt=140,ee=8,Se=20,qt=15,ve=6,Lt=16,ze=14,Je=6,Kt=8,Zt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function et(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||vt,c=n.maxGrid||Xt,a=ee+Se+r+ve,l=ee,m=e>0&&n.extra?1:0,f=Math.min(c,Math.max(dr,t-a-s-ee-m*Je)),h=n.view||Fe(e),k=e>0?h.v:0,g=k>0?Math.min(i,f/(k+m)):0;m&&g<Kt&&(g=Math.min(i,(f-Kt)/k)),g>=yt&&(g=Math.floor(g));let S=g*k,N=a+S+Je,b=m?Math.max(g,Kt):0,x=m?N+b:a+S;return{k:e,v:k,r0:h.r0,c0:h.c0,room:f,cell:g,x0:a,y0:l,grid:S,extra:m,xExtra:N,xw:b,right:x,width:Math.ceil(x+s+ee),height:Math.ceil(l+S+ve+o+Se+ee+(Math.max(1,n.xTitleLines||1)-1)*qt)}}function pr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=yt&&(r=Math.floor(r)),Math.max(dr,r*(n+e.extra))}function At(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Fe(e){return{r0:0,c0:0,v:Math.max(0,e)}}function fr(e,t){return e*fs>t}function hr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/vt)))}function fe(e,t,n=1){if(!(t>0))return Fe(0);let r=e||Fe(t),o=te(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=te(Math.round(Number(r.r0)||0),0,t-o),i=te(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function wr(e,t,n,r,o=1){let s=fe(e,r,o);if(!(t>0)||!(r>0))return s;let i=te(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(m,f)=>f-(f-m)*i/s.v;return fe({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function br(e,t,n,r,o=1){let s=fe(e,r,o);return fe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function kt(e,t,n,r=1){let o=fe(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return fe({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function gr(e,t,n,r,o=1){let s=fe(e,n,o),i=Math.min(s.v,Math.max(r,o));return fe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function xr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+te((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function vr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**te(-n/200,-1,1)}function Jt(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function yr(e,t,n=hs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function tt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Qt(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=te(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function nt(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Ar(e,t,n,r=1,o=n){if(n<=0||!Zt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[te(s,0,n-1),te(i,0,o-1)]}var Oe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,_e=(e,t)=>e.y0+(t-e.r0)*e.cell,en=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,kr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Sr({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function m(){let g=e.get("labels");l=g;let S=o("div","cmw-labels-list");a=g.map((b,x)=>{let _=o("label","cmw-label-row"),d=o("input","cmw-label-input");return d.type="text",d.value=qe(b),d.dataset.index=String(x),_.append(o("span","cmw-label-idx",String(x)),d),S.append(_),d});let N=o("div","cmw-labels-actions");N.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(S,N),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function f(g=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=l,S=e.get("labels"),N=a.map((b,x)=>b.value!==qe(g[x])?Rt(b.value,g[x]):S[x]);f(!0),N.length===S.length&&N.some((b,x)=>b!==S[x])&&e.set("display_labels",N)}function k(){a&&a.length!==e.get("k")&&f()}return G(i,"click",()=>a?f():m(),r.signal),G(c,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),f(!0))},r.signal),G(c,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&f(!0)},r.signal),Y(e,["labels","k"],k,r.signal),{el:c,button:i,update:k,open:m,close:f,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function _r({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=qe(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(m,f=!1)=>{if(a)return;a=!0,c.abort();let h=Rt(i.value,r);i.remove(),s(m&&h!==r?h:null,f)};return i.addEventListener("keydown",m=>{(m.key==="Enter"&&!m.isComposing||m.key==="Escape")&&(m.preventDefault(),l(m.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ws=12;function bs(e,t,n,r=ws){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Mr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let m=e.get("fmt"),f=ie(l.counts[a],e.get("countDigits"));return m.kind==="percent"?`${f} (${Re(l.values[a],m)})`:f}function c(){let a=e.get("k"),l=e.get("labels"),m=e.get("selected"),f=e.get("abstained"),h=bs(s,a,m&&m[1]<a?m:m&&[m[0],null]),k=r("table"),g=r("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),S=r("tr");S.append(r("td"));for(let x=h.cols;x<h.cols+h.side;x++){let _=r("th",null,`Predicted ${l[x]}`);_.scope="col",S.append(_)}if(f){let x=r("th",null,"Abstained");x.scope="col",S.append(x)}let N=r("tbody");for(let x=h.rows;x<h.rows+h.side;x++){let _=r("tr"),d=r("th",null,`True ${l[x]}`);d.scope="row",_.append(d);let p=(T,u)=>{let $=r("td",null,u);m&&m[0]===x&&m[1]===T&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),_.append($)};for(let T=h.cols;T<h.cols+h.side;T++)p(T,i(x*a+T));f&&p(a,i(x,f)),N.append(_)}let b=r("thead");b.append(S),k.append(g,b,N),o.replaceChildren(k)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function gs(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Tr(e);if(r!=="groups"||!n)return Array.from(s,m=>({kind:"class",index:m,members:[m]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let m of s)c[n.codes[m]].push(m);let a=t&&t.groups&&t.groups.length===i?t.groups:Tr(i),l=[];for(let m of a)if(o.has(m))for(let f of c[m])l.push({kind:"class",index:f,members:[f]});else l.push({kind:"group",index:m,members:c[m]});return l}function Tr(e){return Array.from({length:e},(t,n)=>n)}function xs(e){return e.every(t=>t.kind==="class")}function tn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function vs(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function Cr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function ys(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=ke(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var $r=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),As=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function Er(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=b=>e.get(b),s=(b,x,_)=>{let d=r.get(b);if(d&&d.deps.length===x.length&&d.deps.every((T,u)=>T===x[u]))return d.value;let p=_();return r.set(b,{deps:x,value:p}),p},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>gs(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>xs(a())?a().map(b=>b.index):null),m=()=>{let b=l();return b!==null&&b.every((x,_)=>x===_)},f={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let b=o("labels"),x=o("groups");return a().map(_=>_.kind==="class"?b[_.index]:`${x.names[_.index]} (${_.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(m())return o("counts");let b=l();return b?tn(o("counts"),o("k"),b):vs(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(m())return o("values");let b=l();return b?o("values")===o("counts")?h("counts"):tn(o("values"),o("k"),b):at(h("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let b=o("abstained"),x=l();return!b||x===null?null:m()?b:{counts:Cr(b.counts,x),values:Cr(b.values,x)}}),abstained:()=>s("abstained",[f.abstainedRows(),f.vmax()],()=>{let b=f.abstainedRows();return b?b===o("abstained")&&f.vmax()===o("vmax")?b:{counts:b.counts,values:b.values,colors:ke(b.values,0,f.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),f.abstainedRows()],()=>{let b=a().length;if(o("errorsOnly")&&!i()){let p=f.abstainedRows();return ys(h("values"),b,p&&p.values)}if(m())return{colors:o("colors"),vmax:o("vmax")};let x=l();if(x)return{colors:tn(o("colors"),o("k"),x),vmax:o("vmax")};let _=h("values"),d=ct(_);return{colors:ke(_,0,d),vmax:d}}),colors:()=>f.colorsAndMax().colors,vmax:()=>f.colorsAndMax().vmax,colorbar:()=>s("colorbar",[f.vmax(),o("normalize"),o("colorbar")],()=>f.vmax()===o("vmax")?o("colorbar"):mt(f.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),f.abstainedRows()],()=>{let b=a(),x=o("selected"),_=o("selectedGroup"),d=(u,$)=>b.findIndex(C=>C.kind===u&&C.index===$),p=u=>u===o("k")&&f.abstainedRows()?b.length:d("class",u),T=x?[d("class",x[0]),p(x[1])]:_?[d("group",_[0]),d("group",_[1])]:null;return T&&T[0]>=0&&T[1]>=0?T:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let x=p=>a().findIndex(T=>T.members.includes(p)),_=x(b.row),d=x(b.col);return _>=0&&d>=0?{r:_,c:d,outline:b.outline}:null})};function h(b){return $r.has(b)?f[b]():e.get(b)}function k(b,x){if(!$r.has(b))return e.on(b,x);let _=As.map(p=>e.on(p,x)),d=()=>x();return n.add(d),()=>{_.forEach(p=>p()),n.delete(d)}}function g(b,x){let _=a();if(b==="selected"){if(x==null){o("selectedGroup")&&e.set("selected_group",null),o("selected")&&e.set("selected",null);return}let d=_[x[0]],p=_[x[1]];if(d&&d.kind==="class"&&x[1]===_.length&&f.abstainedRows()){e.set("selected",[d.index,o("k")]);return}if(!d||!p)return;d.kind==="class"&&p.kind==="class"?e.set("selected",[d.index,p.index]):d.kind==="group"&&p.kind==="group"&&e.set("selected_group",[d.index,p.index]);return}if(b==="display_labels"){let d=o("labels").slice();x.forEach((p,T)=>{_[T]&&_[T].kind==="class"&&(d[_[T].index]=p)}),e.set("display_labels",d);return}e.set(b,x)}function S(){t.version+=1;for(let b of[...n])b()}return{get:h,on:k,set:g,send:b=>e.send(b),local:{expand(b,x){x?t.expanded.add(b):t.expanded.delete(b),S()},expanded:()=>new Set(t.expanded),focus(b,x,_=!1){t.focus=b==null?null:{row:b,col:x,outline:_},S()}}}}var Nr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ks=8,Ss=12,_s=20;function Ms(e,t,n=ks){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function Ts(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Cs(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Fr({state:e,display:t,dom:n,signal:r}){let o=q(r),s=(P,B,J)=>G(P,B,J,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),m=i("div","cmw-order-bar"),f=i("label","cmw-order-label");f.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[P,B]of Nr)h.append(a(P,B));let k=a("list","Custom (from Python)");k.disabled=!0,h.append(k),f.append(h);let g=i("label","cmw-errors-only-label"),S=i("input","cmw-errors-only");S.type="checkbox",g.append(S,n.doc.createTextNode(" Errors only"));let N=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),N.append(b),m.append(f,g,N);let x=i("div","cmw-expand");x.setAttribute("role","group"),x.setAttribute("aria-label","Expand groups");let _=i("div","cmw-search"),d=i("label","cmw-search-label");d.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let T=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",T),d.append(p);let u=i("ul","cmw-matches");u.id=T,u.setAttribute("role","listbox"),u.setAttribute("aria-label","Matching classes"),u.hidden=!0,_.append(d,u);let $=i("details","cmw-top"),C=i("summary","cmw-top-title","Largest errors"),V=!1;s(C,"click",()=>{V=!0}),C.id=`${T}-top`;let K=i("ol","cmw-top-list");K.setAttribute("aria-labelledby",C.id),$.append(C,K);let W=i("div","cmw-sr");W.setAttribute("aria-live","polite"),W.setAttribute("role","status"),l.append(m,x,_,$,W);let U=P=>{W.textContent=P};s(h,"change",()=>{e.set("order",h.value),U(`Order: ${h.selectedOptions[0].textContent}.`)}),s(S,"change",()=>{e.set("errors_only",S.checked),U(S.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),U(`Showing ${b.value}.`)}),s(x,"change",P=>{let B=P.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),U(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function j(P){let B=e.get("labels");p.value=B[P],O(),t.local.focus(P,P,!0),U(`Found ${B[P]}: its row and column are outlined.`)}function O(){u.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function v(){let P=e.get("labels"),B=Ms(P,p.value);u.replaceChildren(...B.map((J,oe)=>{let L=i("li","cmw-match",P[J]);return L.id=`${T}-${oe}`,L.setAttribute("role","option"),L.dataset.cls=String(J),L})),u.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function A(P){let B=[...u.children];if(!B.length)return null;let J=B.findIndex(L=>L.getAttribute("aria-selected")==="true"),oe=P===0?Math.max(J,0):(J+P+B.length)%B.length;return B.forEach((L,ae)=>L.setAttribute("aria-selected",String(ae===oe))),p.setAttribute("aria-activedescendant",B[oe].id),B[oe]}s(p,"input",v),s(p,"keydown",P=>{if(P.key==="ArrowDown"||P.key==="ArrowUp")A(P.key==="ArrowDown"?1:-1),P.preventDefault();else if(P.key==="Enter"){let B=A(0);B&&j(Number(B.dataset.cls)),P.preventDefault()}else P.key==="Escape"&&!u.hidden&&(O(),P.preventDefault())}),s(u,"click",P=>{let B=P.target.closest("li[data-cls]");B&&j(Number(B.dataset.cls))}),s(K,"click",P=>{let B=P.target.closest("button[data-i]");if(!B)return;let[J,oe]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[J,oe]),t.local.focus(J,oe,!1)});function F(){let P=e.get("k");l.hidden=P<=2,_.hidden=P<=Ss;let B=e.get("orderChoices");for(let L of h.options)L.value!=="list"&&(L.disabled=B!==null&&!B.includes(L.value),L.title=L.disabled?"Needs a live kernel":"");let J=e.get("orderName");h.value=Nr.some(([L])=>L===J)?J:"list",S.checked=e.get("errorsOnly");let oe=e.get("groups");N.hidden=!oe,b.value=e.get("level"),D(oe),z()}function D(P){let B=t.local.expanded(),J=!!P&&e.get("level")==="groups";if(x.hidden=!J,!J)return;let oe=P.names.map((L,ae)=>{let ye=i("label","cmw-expand-item"),he=i("input");return he.type="checkbox",he.dataset.group=String(ae),he.checked=B.has(ae),ye.append(he,n.doc.createTextNode(` ${L}`)),ye});x.replaceChildren(i("span","cmw-expand-title","Expand: "),...oe)}function z(){let P=e.get("labels"),B=e.get("top");C.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,V||($.open=e.get("k")>_s),K.replaceChildren(...B.map(J=>{let oe=i("li"),L=c("cmw-top-item",Ts(P,J));return L.dataset.i=String(J[0]),L.dataset.j=String(J[1]),oe.append(L),oe})),$.hidden=B.length===0}let R=e.get("selection");function X(){let P=e.get("selection");P!==R&&U(Cs(P)),R=P}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],F,o.signal),Y(e,["selection"],X,o.signal),F(),{el:l,update:F,destroy:()=>{o.abort(),l.remove()}}}function Or(e){let t=Er(e.state),n=Fr({...e,display:t}),r=Mr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var ue=12,St="abstained",nn=8,$s=13;function Ir(e){return Array.from({length:256},(t,n)=>hn(e,n))}function Pr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(gn(n,r,o*o),o,o),0,0),s}function Rr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,_e(t,o),t.xw,t.cell)}function Dr(e,t,n,r,o){if(t.cell<yt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(Oe(t,c),_e(t,i),t.cell,t.cell)}function zr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Br(e,t,n,r){let o=t.k,s=Math.min($s,Math.floor(t.cell*.3));if(s<nn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let m=_e(t,l)+t.cell/2;for(let f=t.c0;f<t.c0+t.v;f++){let h=It(n.values[l*o+f],n.counts[l*o+f],n.fmt,n.countDigits);c.push([Oe(t,f)+t.cell/2,m,h,n.colors[l*o+f]])}if(i){let f=It(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,m,f,i.colors[l]])}}let a=Es(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,m,f,h]of c)e.fillStyle=bn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(f.main,l,m-a.px*.5),e.font=a.subFont,e.fillText(f.sub,l,m+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&f.sub?`${f.main} ${f.sub}`:f.main,l,m))}}function Es(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let m=0;for(let f of t)m=Math.max(m,e.measureText(l(f)).width);return m},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=nn;a--){let l=`${a}px ${o.family}`,m=Math.max(nn-1,Math.round(a*.8)),f=`${m}px ${o.family}`;if(!(i(l,k=>k.main)>s))return c?n>=a*2.4+m&&i(f,k=>k.sub)<=s?{mode:"two",px:a,font:l,subFont:f}:i(l,k=>`${k.main} ${k.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function jr(e,t,n,r,o,s,i,c){let a=_=>e.measureText(_).width;e.font=c(ue),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let _ of tt(t.v,o.step,t.r0)){let d=_e(t,_)+t.cell/2;e.fillText(nt(n[_],r,a),t.x0-ve,d),e.moveTo(t.x0-3,Math.round(d)+.5),e.lineTo(t.x0,Math.round(d)+.5)}let l=t.y0+t.grid+ve,m=tt(t.v,o.step,t.c0).map(_=>[Oe(t,_)+t.cell/2,n[_],o.rotated]);t.extra&&m.push([t.xExtra+t.xw/2,St,o.extraRotated]);for(let[_,d,p]of m){let T=nt(d,r,a);e.moveTo(Math.round(_)+.5,t.y0+t.grid),e.lineTo(Math.round(_)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(_,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(T,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(T,_,l))}e.stroke(),e.font=c(ue,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let f=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+ve+o.height+Se/2+2,k=Math.max(...f.map(a)),g=te(t.x0+t.grid/2,ee+k/2,Math.max(ee+k/2,t.width-ee-k/2));f.forEach((_,d)=>e.fillText(_,g,h+d*qt));let S=Math.max(t.grid,t.height-2*ee),N=String(s.y),b=a(N)<=S?N:nt(N.split(" (")[0],S,a),x=te(t.y0+t.grid/2,ee+a(b)/2,Math.max(ee,t.height-ee-a(b)/2));e.save(),e.translate(ee+Se/2,x),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Ur(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Lt+ze+6+n+Se)}function Ns(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+ze)*i)/i-c,l=Math.round(n*i),m=Math.round((n+r)*i)-l,f=k=>Math.min(255,Math.floor((k+.5)/m*256)),h=0;for(let k=1;k<=m;k++)k<m&&f(k)===f(h)||(e.fillStyle=o[f(h)],e.fillRect(c,(l+m-k)/i,a,(k-h)/i),h=k)}function Vr(e,t,n,r,o,s,i=""){if(i){e.font=s(ue-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=h=>e.measureText(h).width,m=nt(String(i),Math.max(t.grid,t.height-2*ee),l),f=te(t.y0+t.grid/2,ee+l(m)/2,Math.max(ee,t.height-ee-l(m)/2));e.save(),e.translate(t.width-ee-Se/2,f),e.rotate(-Math.PI/2),e.fillText(m,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Lt,a=t.grid;Ns(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,ze+1,a+1),e.font=s(ue-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,m]of n){let f=t.y0+a*(1-te(Number(l)||0,0,1));e.moveTo(c+ze,Math.round(f)+.5),e.lineTo(c+ze+3,Math.round(f)+.5),e.fillText(String(m),c+ze+5,te(f,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Wr(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,_e(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(Oe(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Gr(e,t,n,r,o){let s=([i,c],a,l,m)=>{if(!kr(t,[i,c]))return;let f=Math.max(en(t,c),8),h=Math.max(t.cell,8),k=Oe(t,c)+en(t,c)/2-f/2,g=_e(t,i)+t.cell/2-h/2;e.setLineDash(l),e.lineWidth=m,e.strokeStyle=o.bg,e.strokeRect(k+m,g+m,f-2*m,h-2*m),e.strokeStyle=a,e.strokeRect(k+m/2,g+m/2,f-m,h-m)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}var Hr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Fs={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Os(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Hr[e.normalize]?(l=(e.multilabel?Fs:Hr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Kr(e){let t=e("compareState");return Os({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Xr(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Is=720,Ps=64,Rs=200,Ds={true:"of its true row",pred:"of its predicted column",all:"of all samples"},zs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Bs=4,Yr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},js=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],Us={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Vs=24;function qr({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=q(n),a=(w,y,M,E)=>G(w,y,M,c.signal,E),{doc:l,h:m,button:f}=t,h=m("div","cmw-matrix"),k=m("div","cmw-zoom");k.setAttribute("role","group"),k.setAttribute("aria-label","Zoom");let g=f("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let S=f("cmw-zoom-in","+");S.setAttribute("aria-label","Zoom in"),S.title="Zoom in (+)";let N=f("cmw-zoom-fit","Fit");N.setAttribute("aria-label","Show all classes"),N.title="Show all classes (0)";let b=m("span","cmw-view-range");b.setAttribute("aria-live","polite"),k.append(g,S,N,b,m("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),k.hidden=!0;let x=m("div","cmw-mode");x.setAttribute("aria-live","polite"),x.hidden=!0;let _=m("div","cmw-plot"),d=m("canvas","cmw-canvas");d.tabIndex=0,d.setAttribute("role","img");let p=m("div","cmw-tooltip");p.hidden=!0,_.append(d,p);let T=m("div","cmw-sr");T.setAttribute("aria-live","polite"),h.append(x,k,_,T);let u={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},C=w=>e.get(w),V=w=>{let y=C("lut"),M=C("compareState")?y:xn(y,w);return M===y?{lut:y,lutText:C("lutText")}:(($.themedOf[0]!==y||$.themedOf[1]!==w)&&($.themed={lut:M,lutText:ut(M)},$.themedOf=[y,w]),$.themed)},K=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=Ir(w)),$.cssOf=w,$.css},W=()=>{let w=C("colors"),y=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===y||($.bitmap=Pr(l,$.bitmap,w,y,C("k")),$.bitmapOf=[w,y]),$.bitmap};function U(w,y){let M=w.font,E=$.widths.get(M);if(E&&E.texts===y)return E.w;let I=0;for(let Z of y)I=Math.max(I,w.measureText(Z).width);return $.widths.set(M,{texts:y,w:I}),I}function j(){u.queued||c.signal.aborted||(u.queued=!0,queueMicrotask(()=>{u.queued=!1,c.signal.aborted||R()}))}function O(){let w=l.defaultView,y=w&&w.getComputedStyle?w.getComputedStyle(h):null,M=(E,I)=>(y&&y.getPropertyValue(E)||"").trim()||I;return{fg:y&&y.color||"#1f1f1f",muted:M("--cmw-muted","#616161"),accent:M("--cmw-accent","#1976d2"),border:M("--cmw-border","#bdbdbd"),bg:M("--cmw-bg","#ffffff"),family:y&&y.fontFamily||"sans-serif"}}let v=()=>(s?s():h.clientWidth)||Is;function A(){let w=h.closest(".cmw"),y=l.defaultView;if(!w||!y||!h.isConnected||!w.getClientRects().length)return 1/0;let M=null;for(let H=w.parentElement;H&&H!==l.body&&H!==l.documentElement;H=H.parentElement){let se=y.getComputedStyle(H).overflowY;(se==="auto"||se==="scroll")&&H.clientHeight>=Rs&&(M=H)}if(!M&&y.top!==y)return 1/0;let E=Math.min(y.innerHeight,M?M.clientHeight:y.innerHeight);if(!(E>0))return 1/0;let I=H=>H.getBoundingClientRect().top,Z=H=>H.getBoundingClientRect().bottom,ne=Ps,re=[...w.children].find(H=>H.contains(h));if(re&&re!==h){let H=[...re.children].filter(se=>se!==h&&se.getClientRects().length&&I(se)>=Z(h)-1);H.length&&(ne+=Math.max(...H.map(Z))-Z(h))}for(let H=re?re.nextElementSibling:null;H&&!H.classList.contains("cmw-selection");H=H.nextElementSibling)H.getClientRects().length&&!H.classList.contains("cmw-sr")&&(ne+=H.getBoundingClientRect().height);return Math.floor(E-(I(d)-I(w))-ne)}function F(w){u.cursor&&(u.cursor[0]>=w||u.cursor[1]>=w)&&(u.cursor=null),u.view=null,u.editor&&u.editor.finish(!1),u.k=w}let D=w=>w+(w>0&&C("abstained")?1:0),z=w=>w[1]>=C("k")?[w[0],u.view?u.view.c0:0]:w;function R(){let w=performance.now(),y=C("k");y!==u.k&&F(y);let M=C("abstained");u.cols=D(y),u.cursor&&u.cursor[1]>=u.cols&&(u.cursor=null);let E=d.getContext("2d");if(!E)return;let I=O();$.drawn=V(I.bg),u.detached=!h.isConnected;let Z=(Ce,$e)=>`${$e?"600 ":""}${Ce}px ${I.family}`,ne=C("labels");u.width=v(),E.font=Z(ue);let re=Math.min(Yt,Math.max(40,Math.round(u.width*.2))),H=Math.ceil(Math.min(re,U(E,ne))),se=C("colorbar"),He=Ur(E,se),Te=Kr(C);X(Te.badges),u.height=A();let st={yLabelWidth:H,rightWidth:He,extra:M?1:0,xTitleLines:1,xLabelHeight:Math.min(Yt,U(E,ne))},Ke;for(let Ce=0;Ce<3;Ce++){let $e=et(y,u.width,{...st,maxGrid:Ke}),Et=pr($e,u.height);if(Et===void 0||Et===Ke)break;Ke=Et}let mn=et(y,u.width,{yLabelWidth:H,rightWidth:He,extra:M?1:0,maxGrid:Ke});u.zoomable=y>0&&fr(y,mn.room),u.vMin=hr(y,mn.room);let Tt=u.zoomable?fe(u.view,y,u.vMin):Fe(y);u.view=u.zoomable?Tt:null;let dn={yLabelWidth:H,rightWidth:He,view:Tt,extra:M?1:0,maxGrid:Ke},Ct=et(y,u.width,dn);u.step=yr(Tt.v,Ct.cell),u.xLabels=oe(E,ne,Ct,re),E.font=Z(ue,!0);let pn=Xr(Te.x,Math.max(Ct.width-2*ee,60),Ce=>E.measureText(Ce).width);E.font=Z(ue);let le=et(y,u.width,{...dn,xLabelHeight:u.xLabels.height,xTitleLines:pn.length});u.layout=le,u.yLabelW=H,B(E,le);let $t=C("colors");if(y===0)E.fillStyle=I.muted,E.font=Z(ue),E.fillText("No data",ee,ee+ue);else{$t.length>=y*y&&Dr(E,le,$t,K(),W),M&&Rr(E,le,M.colors,K()),zr(E,le,I),Br(E,le,{values:C("values"),counts:C("counts"),colors:$t,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:C("fmt"),countDigits:C("countDigits"),abstained:M},I),jr(E,le,ne,re,{step:u.step,...u.xLabels},{x:pn,y:Te.y},I,Z),Vr(E,le,se,K(),I,Z,Te.bar);let Ce=u.cursor&&d.matches(":focus")?u.cursor:null;Gr(E,le,C("selected"),Ce,I);let $e=C("focus");$e&&$e.outline&&Wr(E,le,$e.r,$e.c,I)}P(le),J(le,y,w,Te)}function X(w){let y=[...x.children].map(M=>M.textContent);y.length===w.length&&y.every((M,E)=>M===w[E])||(x.replaceChildren(...w.map(M=>m("span","cmw-badge",M))),x.hidden=w.length===0)}function P(w){k.hidden=!u.zoomable,u.zoomable&&(b.textContent=Jt(w,w.k),S.disabled=w.v<=u.vMin,g.disabled=w.v>=w.k,N.disabled=w.v>=w.k)}function B(w,y){let M=l.defaultView&&l.defaultView.devicePixelRatio||1,E=Math.max(1,Math.round(y.width*M)),I=Math.max(1,Math.round(y.height*M));(d.width!==E||d.height!==I)&&(d.width=E,d.height=I),d.style.width=`${y.width}px`,d.style.height=`${y.height}px`,w.setTransform(M,0,0,M,0,0),w.clearRect(0,0,y.width,y.height)}function J(w,y,M,E){let I=performance.now();d.dataset.heightRoom=Number.isFinite(u.height)?String(u.height):"",u.draws+=1;let Z=null;!u.firstDrawn&&y>0&&(u.firstDrawn=!0,Z=I-(u.draws===1?o:M)),r({k:y,draws:u.draws,lastMs:I-M,firstMs:Z,view:{r0:w.r0,c0:w.c0,v:w.v}}),d.dataset.cellX0=String(w.x0),d.dataset.cellY0=String(w.y0),d.dataset.cellSize=String(w.cell),d.dataset.viewRow0=String(w.r0),d.dataset.viewCol0=String(w.c0),d.dataset.viewSize=String(w.v),d.dataset.cols=String(u.cols),d.dataset.extraX0=w.extra?String(w.xExtra):"",d.dataset.extraWidth=w.extra?String(w.xw):"",d.dataset.xTitle=E.x,d.dataset.yTitle=E.y,d.dataset.barTitle=E.bar,d.setAttribute("aria-label",`Confusion matrix of ${y} classes. Rows: ${E.y}. Columns: ${E.x}. Colours: ${E.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(u.zoomable?` Showing ${Jt(w,y)}; plus and minus zoom, 0 shows all.`:""))}function oe(w,y,M,E){let I=0;if(u.zoomable)I=U(w,y);else for(let se of tt(M.k,u.step))I=Math.max(I,w.measureText(y[se]).width);I=Math.min(E,I);let Z=I>u.step*M.cell-4,ne=M.extra?w.measureText(St).width:0,re=M.extra>0&&(Z||ne>M.xw+Je-2),H=Math.max(Z?I:ue+2,re?ne:0);return{rotated:Z,extraRotated:re,height:Math.ceil(H)}}function L(w,y){u.editor&&u.editor.finish(!1);let M=u.layout,E=w==="y"?Math.max(u.yLabelW+ve+4,100):120,I=Oe(M,y)+M.cell/2,Z=w==="y"?M.x0-E:te(I-E/2,0,Math.max(0,M.width-E)),ne=w==="y"?_e(M,y)+M.cell/2-11:M.y0+M.grid+ve,re={left:d.offsetLeft+Math.max(0,Z),top:d.offsetTop+ne,width:E},H=C("labels");u.editor=_r({dom:t,host:_,box:re,name:H[y],index:y,done:(se,He)=>{u.editor=null;let Te=C("labels");if(se!==null&&y<Te.length){let st=Te.slice();st[y]=se,e.set("display_labels",st)}He&&d.focus({preventScroll:!0})}})}function ae(w,y=!1){let M=d.getBoundingClientRect(),E=u.lastUp;return y&&E&&Math.abs(E.x-w.clientX)<1&&Math.abs(E.y-w.clientY)<1?[E.x-M.left,E.y-M.top]:[w.clientX-M.left,w.clientY-M.top]}function ye(w,y){let M=u.layout;if(!M||M.k===0)return null;let E=ue/2+1;if(w>=ee+Se&&w<M.x0&&y>=M.y0-E&&y<M.y0+M.grid+E){let ne=Qt(y-M.y0,M.cell,u.step,M.k,E,M.r0,M.v);return ne>=0?{axis:"y",index:ne}:null}let I=M.y0+M.grid,Z=M.x0+M.grid+(M.extra?Je/2:20);if(y>=I&&y<I+ve+u.xLabels.height&&w>=M.x0-20&&w<Z){let ne=u.xLabels.rotated?E:u.step*M.cell/2,re=Qt(w-M.x0,M.cell,u.step,M.k,ne,M.c0,M.v);return re>=0?{axis:"x",index:re}:null}return null}function he([w,y]){let M=C("k"),E=C("labels"),I=C("abstained");if(y>=M&&I){let H=[`True: ${E[w]}`,`Predicted: ${St}`,`Count: ${ie(I.counts[w],C("countDigits"))}`],se=C("fmt");return se.kind==="percent"&&H.push(`Shown: ${Re(I.values[w],se)} ${Us[C("normalize")]||""}`.trim()),H.join(`
`)}let Z=w*M+y,ne=[`True: ${E[w]}`,`Predicted: ${E[y]}`,`Count: ${ie(C("counts")[Z],C("countDigits"))}`],re=C("fmt");if(re.kind==="delta"&&ne.push(`Change: ${Re(C("values")[Z],re)} since the compared run`),re.kind==="percent"){let H=(C("multilabel")?zs:Ds)[C("normalize")]||"";ne.push(`Shown: ${Re(C("values")[Z],re)} ${H}`.trim())}return ne.join(`
`)}function Me(w,y,M){p.textContent=w,p.hidden=!1;let E=d.offsetLeft+y+14;E+p.offsetWidth+4>_.clientWidth&&(E=Math.max(0,d.offsetLeft+y-p.offsetWidth-10));let I=d.offsetTop+M+14;I+p.offsetHeight+4>_.clientHeight&&(I=Math.max(0,d.offsetTop+M-p.offsetHeight-10)),p.style.left=`${E}px`,p.style.top=`${I}px`}let Ae=()=>u.zoomable&&u.view!==null&&u.view.v<C("k");function me(w){let y=C("k"),M=fe(w,y,u.vMin),E=u.view||Fe(y);return M.r0===E.r0&&M.c0===E.c0&&M.v===E.v?!1:(u.view=M,p.hidden=!0,j(),!0)}function ce(w,y=null){if(!u.zoomable||!u.layout)return;let M=u.layout;me(wr(M,w,y,M.k,u.vMin))}function we(w){w.target.closest(".cmw-zoom-in")?ce(Qe):w.target.closest(".cmw-zoom-out")?ce(1/Qe):w.target.closest(".cmw-zoom-fit")&&me(Fe(C("k")))}function ho(w){if(!(w.ctrlKey||w.metaKey)||!u.zoomable)return;w.preventDefault();let[y,M]=ae(w);ce(vr(w.deltaY,w.deltaMode),xr(y,M,u.layout))}function wo(w){if(u.panned=!1,u.pan=null,w.button!==0||!Ae())return;let[y,M]=ae(w);At(y,M,u.layout)&&(u.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:u.layout,cell:u.layout.cell,moved:!1})}function bo(w){let y=u.pan,M=w.clientX-y.x,E=w.clientY-y.y;if(!y.moved){if(Math.hypot(M,E)<Bs)return;y.moved=!0,p.hidden=!0;try{d.setPointerCapture(y.id)}catch{}}d.style.cursor="grabbing",me(br(y.view,-E/y.cell,-M/y.cell,C("k"),u.vMin))}function go(w){u.lastUp={x:w.clientX,y:w.clientY},u.pan&&u.pan.moved&&(u.panned=!0,d.style.cursor="grab"),u.pan=null}function xo(w){if(u.pan&&u.pan.id===w.pointerId&&(bo(w),u.pan.moved))return;let[y,M]=ae(w),E=At(y,M,u.layout);if(E){Me(he(E),y,M),d.style.cursor=Ae()?"grab":"pointer";return}let I=ye(y,M);if(d.style.cursor=I?"text":"default",I){let Z=I.axis==="y"?"True class":"Predicted class";Me(`${Z} ${I.index}: ${C("labels")[I.index]}
(double-click to rename)`,y,M)}else p.hidden=!0}function vo(w){if(u.panned){u.panned=!1;return}let[y,M]=ae(w,!0),E=At(y,M,u.layout);E?(u.cursor=E,e.set("selected",E),j()):!ye(y,M)&&C("selected")!=null&&e.set("selected",null)}function yo(w){let[y,M]=ae(w,!0),E=ye(y,M);E&&(w.preventDefault(),p.hidden=!0,L(E.axis,E.index))}function Ao(w){let y=C("k");if(y===0)return;let M=!0;if(Zt.has(w.key)){let E=u.cursor||C("selected")||(Ae()?[u.view.r0,u.view.c0]:null);u.cursor=Ar(E,w.key,y,w.shiftKey?10:1,D(y)),Ae()&&me(kt(u.view,z(u.cursor),y,u.vMin)),T.textContent=he(u.cursor).replace(/\n/g,", "),j()}else if(u.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Yr[w.key]){let E=Yr[w.key];if(E==="fit")me(Fe(y));else{let I=u.cursor?z(u.cursor):null;ce(E==="in"?Qe:1/Qe,I?[I[0]+.5,I[1]+.5]:null),I&&Ae()&&me(kt(u.view,z(u.cursor),y,u.vMin))}}else if(w.key==="Enter"||w.key===" "){let E=u.cursor||C("selected")||[0,0];u.cursor=E,e.set("selected",[E[0],E[1]])}else M=!1;M&&w.preventDefault()}a(d,"pointerdown",wo),a(d,"pointermove",xo),a(d,"pointerleave",()=>{p.hidden=!0}),a(d,"pointerup",go),a(d,"pointercancel",()=>{u.pan=null}),a(d,"wheel",ho,{passive:!1}),a(k,"click",we),a(d,"click",vo),a(d,"dblclick",yo),a(d,"keydown",Ao),a(d,"focus",j),a(d,"blur",j);let cn=()=>{let w=A();return w!==u.height&&!(Math.abs(w-u.height)<1)},Ie=l.defaultView;if(Ie&&typeof Ie.ResizeObserver<"u"){let w=new Ie.ResizeObserver(()=>{(u.detached||Math.abs(v()-u.width)>=1||cn())&&j()});for(let M of[h,...i])w.observe(M);let y=h.closest(".cmw");y&&w.observe(y),a(Ie,"resize",()=>{cn()&&j()}),c.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ie&&typeof Ie.MutationObserver<"u"&&l.body){let w=null,y=new Ie.MutationObserver(()=>{clearTimeout(w),w=setTimeout(j,100)});y.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{y.disconnect(),clearTimeout(w)},{once:!0})}c.signal.addEventListener("abort",()=>{u.editor&&u.editor.finish(!1)},{once:!0});let ot=C("selected"),ln=C("focus");function un(){let w=C("selected"),y=C("focus"),M=w&&!(ot&&w[0]===ot[0]&&w[1]===ot[1]);y!==ln&&y&&u.zoomable?me(gr(u.view,[y.r,y.c],C("k"),Vs,u.vMin)):M&&Ae()&&me(kt(u.view,z(w),C("k"),u.vMin)),ot=w,ln=y,R()}return Y(e,js,un,c.signal),R(),{el:h,update:un,destroy:()=>{c.abort(),h.remove()}}}function Lr({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),c=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,c);let a=!0;function l(){let m=e.get("metrics");if(s.hidden=m.perClass.length===0,a=!s.open,!s.open)return;let f=e.get("countDigits"),h=e.get("intervals"),k=h&&!h.stale?h:null;c.hidden=!h,c.textContent=h?tr(h):"";let g=(x,_)=>x.append(o("td","cmw-num",_)),S=(x,_,d,p)=>{let T=o("td","cmw-num");k?wt(t,T,_,d,k.level,k.methods[p]):T.textContent=Q(_),x.append(T)};i.replaceChildren();let N=i.createTHead().insertRow();for(let x of["class","precision","recall","F1","support"])N.append(o("th",null,x));let b=i.createTBody();for(let[x,_]of m.perClass.entries()){let d=b.insertRow(),p=o("th",null,_.label);p.title=p.textContent,d.append(p);let T=k&&k.perClass[x];for(let u of["precision","recall","f1"])S(d,_[u],T?T[u]:null,u);g(d,ie(_.support,f))}for(let[x,_]of m.summary.entries()){let d=b.insertRow();d.className=x===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",d.append(o("th",null,String(_.name??"")));let p=k?k.summary[String(_.name)]:null;if("value"in _)g(d,""),g(d,""),S(d,_.value,Array.isArray(p)?p:null,_.name==="accuracy"?"accuracy":"balanced_accuracy"),g(d,"");else{let T=_.name==="macro avg"?"macro_":"weighted_";for(let u of["precision","recall","f1"])S(d,_[u],p&&!Array.isArray(p)?p[u]:null,T+u);g(d,ie(_.support,f))}}}return G(s,"toggle",()=>{s.open&&a&&l()},r.signal),Y(e,["metrics","countDigits","intervals"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function Zr({state:e,dom:t,signal:n}){let r=q(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return Y(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Ge({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),m=Be(n,o,s);return G(c,"input",()=>{a=!0,r&&r(l()),m(l())},i),G(c,"change",()=>{a=!1,m.cancel(),n(l())},i),i.addEventListener("abort",()=>m.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(f,h,k){c.min=String(f),c.max=String(h),c.step=String(k)}}}var Ws=60,Jr=700,_t="http://www.w3.org/2000/svg",rt={w:240,h:56,pad:6};function Qr(e,{w:t,h:n,pad:r}=rt){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Gs(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function eo({state:e,dom:t,signal:n,clock:r}){let o=q(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(O,v)=>setTimeout(O,v),clearTimeout:O=>clearTimeout(O)},m=i("div","cmw-runs");m.setAttribute("role","group"),m.setAttribute("aria-label","Runs");let f=c("cmw-play","▶");f.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),k=()=>e.get("runs").names,g=O=>{let v=k();O>=0&&O<v.length&&v[O]!==e.get("run")&&e.set("run",v[O])},S=Ge({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Ws,clock:r,signal:o.signal,onInput:O=>{j(),h.textContent=k()[O]??""}}),N=S.el;N.min="0",N.step="1",N.setAttribute("aria-label","Run");let b=c("cmw-run-newer","");b.title="Show the latest run";let x=i("select","cmw-compare-pick");x.setAttribute("aria-label","Compare with");let _=i("label","cmw-field");_.append(i("span",null,"Compare with"),x);let d=i("div","cmw-runs-top");d.append(f,N,h,b,_);let p=s.createElementNS(_t,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${rt.w} ${rt.h}`),p.setAttribute("width",String(rt.w)),p.setAttribute("height",String(rt.h));let T=i("div","cmw-history-legend");T.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let u=i("div","cmw-history-box");u.append(p,T),m.append(d,u),m.hidden=!0;let $=null;function C(){let O=e.get("runs"),v=e.get("run");if(m.hidden=O.names.length<2,m.hidden){j();return}let A=O.names.indexOf(v);N.max=String(O.names.length-1),!S.dragging()&&A>=0&&(N.value=String(A)),S.dragging()||(h.textContent=v);let F=Gs(O.names,v);b.textContent=F,b.hidden=!F,V(O.names,e.get("compare")),K(O,A)}function V(O,v){let A=a("","none");x.replaceChildren(A,...O.map(F=>a(F))),x.value=v!=null&&O.includes(v)?v:""}function K(O,v){let A=[];for(let[D,z]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let R=Qr(D).filter(Boolean),X=s.createElementNS(_t,"polyline");X.setAttribute("class",z),X.setAttribute("fill","none"),X.setAttribute("points",R.map(P=>P.map(B=>B.toFixed(1)).join(",")).join(" ")),A.push(X)}let F=Qr(O.accuracy);O.names.forEach((D,z)=>{if(!F[z])return;let R=s.createElementNS(_t,"circle");R.setAttribute("class",z===v?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),R.setAttribute("cx",F[z][0].toFixed(1)),R.setAttribute("cy",F[z][1].toFixed(1)),R.setAttribute("r",z===v?"4":"3"),R.setAttribute("data-run",String(z));let X=s.createElementNS(_t,"title");X.textContent=`${D}: accuracy ${Q(O.accuracy[z])}, macro F1 ${Q(O.macroF1[z])}`,R.append(X),A.push(R)}),p.replaceChildren(...A)}function W(){let O=k(),v=O.indexOf(e.get("run"));if(v<0||v>=O.length-1){j();return}g(v+1),$=l.setTimeout(W,Jr)}function U(){let O=k();O.indexOf(e.get("run"))>=O.length-1&&g(0),f.textContent="❚❚",f.setAttribute("aria-label","Pause"),$=l.setTimeout(W,Jr)}function j(){$!==null&&l.clearTimeout($),$=null,f.textContent="▶",f.setAttribute("aria-label","Play the runs")}return G(f,"click",()=>$===null?U():j(),o.signal),G(b,"click",()=>{j(),g(k().length-1)},o.signal),G(x,"change",()=>e.set("compare",x.value===""?null:x.value),o.signal),G(p,"click",O=>{let v=O.target&&O.target.closest?O.target.closest("[data-run]"):null;v&&(j(),g(Number(v.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>j(),{once:!0}),Y(e,["runs","run","compare"],C,o.signal),C(),{el:m,update:C,destroy:()=>{o.abort(),m.remove()}}}var Hs=60,to=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function no({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),m=d=>e.set("abstain",d),f=Ge({dom:t,cls:"cmw-abstain-slider",write:m,throttleMs:Hs,clock:r,signal:o.signal,onInput:d=>{let p=i();l.textContent=d.toFixed(Ee(p?p.step:.01))}}),h=f.el,k=s("label","cmw-field");k.append(a,s("span",null,"Abstain when the top score is below"),h,l);let g=s("input","cmw-top-k");g.type="number",g.min="1";let S=s("label","cmw-field");S.append(s("span",null,"Hit when the true class is in the top"),g);let N=s("span","cmw-hint cmw-top-k-hint");N.setAttribute("role","status"),S.append(N);let b=s("div","cmw-abstain-stats");c.append(k,S,b);let x=null;function _(){let d=i(),p=!!(d&&d.kind==="multiclass");if(c.hidden=!p,!p)return;f.range(d.lo,d.hi,d.step);let T=d.abstain!==null&&d.abstain!==void 0;if(a.checked=T,h.disabled=!T,T&&(x=d.abstain),!f.dragging()){let u=T?d.abstain:x??(d.lo+d.hi)/2;h.value=String(u),l.textContent=T?Number(u).toFixed(Ee(d.step)):"off"}g.max=String(d.k_max),t.doc.activeElement!==g&&(g.value=String(d.top_k)),b.replaceChildren(),T&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${to(d.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${to(d.covered_accuracy)}`))}return G(a,"change",()=>{i()&&m(a.checked?parseFloat(h.value):null)},o.signal),G(g,"change",()=>{let d=i(),p=Number(g.value),T=d&&Number.isInteger(p)&&p>=1&&p<=d.k_max;N.textContent=T||!d?"":`top-k must be a whole number from 1 to ${d.k_max}`,T?e.set("top_k",p):d&&(g.value=String(d.top_k))},o.signal),Y(e,["scores"],_,o.signal),_(),{el:c,update:_,destroy:()=>{o.abort(),c.remove()}}}function ro(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ks=60,rn={size:240,pad:34},Xs=[0,.5,1],Ys="http://www.w3.org/2000/svg",qs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function oo({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s,doc:i}=t,c=(d,p={})=>{let T=i.createElementNS(Ys,d);for(let[u,$]of Object.entries(p))T.setAttribute(u,String($));return T},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),m=s("div","cmw-curve-targets");a.append(l,m);let f=!1,h=null,k={},g=d=>{let p=e.get("binary");!p||!Number.isFinite(d)||e.set("threshold",te(d,p.lo,p.hi))},S=Be(g,Ks,r);o.signal.addEventListener("abort",()=>S.cancel(),{once:!0});function N(d){let{size:p,pad:T}=rn;l.replaceChildren();for(let u of Object.keys(k))delete k[u];for(let u of qs){let $=d[u.kind],C=s("figure",`cmw-curve cmw-curve-${u.kind}`),V=s("figcaption","cmw-curve-title"),K=d[u.area],W=d.undefinedBecause?d.undefinedBecause[u.kind]:null;if(V.textContent=`${u.title}${K===null||W?"":`  ${u.areaName} ${Q(K)}`}`,W){C.append(V,s("p","cmw-curve-undefined",`Undefined: ${W}.`)),l.append(C);continue}let U=c("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${u.title} curve; press or drag on it to set the threshold`});U.classList.add("cmw-curve-svg"),Object.assign(U.dataset,{kind:u.kind,plotSize:String(p),plotPad:String(T)}),U.append(c("rect",{x:T,y:T,width:p-2*T,height:p-2*T,class:"cmw-curve-frame"}),c("polyline",{points:qn($,p,T),class:"cmw-curve-line"})),u.kind==="roc"&&U.append(c("line",{x1:T,y1:p-T,x2:p-T,y2:T,class:"cmw-curve-chance"}));let j=c("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});j.textContent=u.x;let O=c("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});O.textContent=u.y,U.append(j,O,...b(p,T));let v=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),A=c("text",{x:T,y:T-8,class:"cmw-curve-readout"}),F=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),D=c("title");D.textContent="Drag along the curve to move the threshold",F.append(D),U.append(...v,A,F),C.append(V,U),l.append(C),k[u.kind]={plot:U,marker:F,guides:v,readout:A,curve:$,spec:u},x(U,$)}m.replaceChildren();for(let u of d.targets){let $=t.button("cmw-curve-target",`threshold for ${u.name}`);$.dataset.threshold=String(u.threshold),G($,"click",()=>g(u.threshold),o.signal),m.append($)}}function b(d,p){let T=d-2*p,u=[];for(let $ of Xs){let C=p+$*T,V=p+(1-$)*T,K=String($);u.push(c("line",{x1:C,y1:d-p,x2:C,y2:d-p+4,class:"cmw-curve-tickmark"})),u.push(c("line",{x1:p-4,y1:V,x2:p,y2:V,class:"cmw-curve-tickmark"}));let W=c("text",{x:C,y:d-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});W.textContent=K;let U=c("text",{x:p-6,y:V,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});U.textContent=K,u.push(W,U)}return u}function x(d,p){let T=!1,u=C=>{let V=ro(d.getBoundingClientRect(),rn),K=(C.clientX-V.x0)/V.inner,W=1-(C.clientY-V.y0)/V.inner;return p.t[Yn(p,K,W)]};G(d,"pointerdown",C=>{if(T=!0,d.setPointerCapture&&C.pointerId!==void 0)try{d.setPointerCapture(C.pointerId)}catch{}S(u(C))},o.signal),G(d,"pointermove",C=>{T&&S(u(C))},o.signal),G(d,"pointerup",C=>{T&&(T=!1,S.cancel(),g(u(C)))},o.signal),G(d,"pointercancel",()=>{T=!1,S.cancel()},o.signal)}function _(){let d=e.get("binary");if(a.hidden=!d,!d)return;let p=e.get("curves");if(!p){(!f||h!==null)&&(f=!0,h=null,l.replaceChildren(),m.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(N(p),h=p);let{size:T,pad:u}=rn,$=T-2*u;for(let{marker:C,guides:V,readout:K,spec:W,plot:U}of Object.values(k)){let[j,O]=W.at(d),v=Number.isFinite(j)&&Number.isFinite(O);for(let R of[C,...V])R.setAttribute("visibility",v?"visible":"hidden");if(K.textContent=v?`${W.x} ${Q(j)}, ${W.y} ${Q(O)}`:"",!v)continue;let A=(u+j*$).toFixed(1),F=(u+(1-O)*$).toFixed(1);C.setAttribute("cx",A),C.setAttribute("cy",F);let[D,z]=V;Object.entries({x1:A,y1:F,x2:A,y2:T-u}).forEach(([R,X])=>D.setAttribute(R,X)),Object.entries({x1:A,y1:F,x2:u,y2:F}).forEach(([R,X])=>z.setAttribute(R,X)),U.dataset.markerX=String(j),U.dataset.markerY=String(O)}}return Y(e,["binary","curves"],_,o.signal),_(),{el:a,update:_,destroy:()=>{o.abort(),a.remove()}}}var Ls=60,on=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Zs(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function so({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),m=()=>e.get("scores"),f=0,k=Ge({dom:t,cls:"cmw-label-threshold",write:$=>{let C=m();if(!C||!Array.isArray(C.thresholds)||!Number.isFinite($))return;let V=C.thresholds.slice();V[f]=$,e.set("thresholds",V)},throttleMs:Ls,clock:r,signal:o.signal,onInput:$=>{let C=m();l.textContent=$.toFixed(Ee(C?C.step:.01))}}),g=k.el,S=s("label","cmw-field");S.append(s("span",null,"Threshold"),g,l);let N=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),x=s("table","cmw-label-tables");i.append(a,S,N,b,x);let _="label",d=!1;function p(){let $=m(),C=!!($&&$.kind==="multilabel");if(i.hidden=!C,!C)return;let V=e.get("labels"),K=e.get("metrics").perClass,W=e.get("countDigits");f=Math.min(f,V.length-1),(c.options.length!==V.length||[...c.options].some((j,O)=>j.textContent!==V[O]))&&c.replaceChildren(...V.map((j,O)=>t.option(String(O),j))),c.value=String(f);let U=Array.isArray($.thresholds);S.hidden=!U,g.disabled=!!$.fixed,U&&!k.dragging()&&(k.range($.lo,$.hi,$.step),g.value=String($.thresholds[f]),l.textContent=Number($.thresholds[f]).toFixed(Ee($.step))),T($,V,W),u($,V,K,W)}function T($,C,V){let K=$.tables[f]||[0,0,0,0],W=s("table","cmw-readout-table");W.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let j=W.createTBody();[["truly absent",0],["truly present",2]].forEach(([v,A])=>{let F=j.insertRow();F.append(s("th",null,v));for(let D of[A,A+1]){let[z,R]=on[D],X=s("td"),P=t.button("cmw-label-cell",`${R} ${ie(K[D],V)}`);P.dataset.cell=z,P.disabled=!!$.fixed,G(P,"click",()=>e.send({type:"label_cell",label:f,cell:z}),o.signal),X.append(P),F.append(X)}}),N.replaceChildren(s("div","cmw-label-focus-title",C[f]??""),W);let O=$.focus;if(O&&O.label===f){let v=on.find(([F])=>F===O.cell)?.[1]??O.cell,A=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${v} of ${C[f]}: ${A} samples`),s("div","cmw-indices",O.indices.join(", ")))}else b.replaceChildren()}function u($,C,V,K){let W=s("tr"),U=(A,F)=>{let D=_===A,z=t.button(`cmw-sort${D?" cmw-sorted":""}`,D?`${F} ${d?"▼":"▲"}`:F);z.dataset.sort=A,G(z,"click",()=>{d=D?!d:A!=="label",_=A,p(),x.querySelector(`[data-sort="${A}"]`).focus()},o.signal);let R=s("th");return R.setAttribute("aria-sort",D?d?"descending":"ascending":"none"),R.append(z),R};W.append(U("label","label"),...on.map(([,A])=>s("th",null,A)),U("f1","F1"),U("support","support"));let j=s("thead");j.append(W);let O=s("tbody"),v=V.length===C.length?V:C.map(()=>({f1:NaN,support:NaN}));for(let A of Zs(v,_,d)){let F=s("tr",A===f?"cmw-focused":null);F.dataset.label=String(A);let D=t.button("cmw-label-name",C[A]);G(D,"click",()=>{f=A,p()},o.signal);let z=s("th");z.append(D),F.append(z,...($.tables[A]||[]).map(R=>s("td",null,ie(R,K))),s("td",null,Q(v[A].f1)),s("td",null,ie(v[A].support,K))),O.append(F)}x.replaceChildren(j,O)}return G(c,"change",()=>{f=Number(c.value)||0,p()},o.signal),Y(e,["scores","labels","metrics","countDigits"],p,o.signal),p(),{el:i,update:p,destroy:()=>{o.abort(),i.remove()}}}function io(e){let t=[oo(e),no(e),so(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}function ao({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let k=o("p","cmw-sentence");for(let b of h.sentence){let x=String(b&&b.text!=null?b.text:"");k.append(b&&b.em?o("em",null,x):t.doc.createTextNode(x))}let g=o("div","cmw-selection-head");if(g.append(k,c()),i.append(g),!h.available){let b=e.get("table"),x=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",x));return}let S=On(h);if(S.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(h.indices||[]).join(", ")),l(S));let N=Array.isArray(h.previews)?h.previews:[];N.length&&i.append(m(N))}function l(h){let k=o("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),k.append(g)}if(k.append(o("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),k.append(g)}return k}function m(h){let k=o("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let S=o("figure","cmw-preview-img"),N=o("img");N.src=g.src,N.alt=`sample ${g.index}`,S.append(N,o("figcaption",null,`#${g.index}`)),k.append(S)}else if(g.kind==="text"){let S=o("div","cmw-preview-text");S.append(o("span","cmw-idx",`#${g.index}`),o("span","cmw-snippet",String(g.text??""))),k.append(S)}}return k}let f=null;return G(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let k=h.target.closest("button[data-offset]");if(!k)return;let g=e.get("selection");f=g&&{cls:k.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(k.dataset.offset)})},r.signal),Y(e,["selection","table","hasSelection"],()=>{let h=f;f=null;let k=t.doc.activeElement,g=k&&(i.contains(k)||k===t.doc.body);a();let S=e.get("selection");if(!h||!S||S.i!==h.i||S.j!==h.j||!g)return;let N=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");N&&N.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}var co=e=>Math.round(e).toLocaleString("en-US");function Js(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${co(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${co(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Qs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function lo({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Js(l);let m=Qs(e);c.hidden=!m,c.textContent=m||""}return Y(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function ei(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var ti=60;function uo({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let m=s("div","cmw-readout");i.append(c,m),i.hidden=!0;let f=!1,h=null,k=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,S=(p,T)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Ee(k(T)));function N(){let p=e.get("binary");if(i.hidden=!p,!p)return;let T=g();a.min=T?"0":String(p.lo),a.max=String(T?T.length-1:p.hi),a.step=T?"1":String(k(p));let u=e.get("threshold")??Number(p.threshold);!f&&Number.isFinite(u)&&(a.value=String(T?ei(T,u):u),l.textContent=S(u,p)),b(p)}function b(p){let T=e.get("countDigits"),u=s("table","cmw-readout-table");u.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let C=u.createTBody(),V=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[j,...O]of V){let v=C.insertRow();v.append(s("th",null,j));for(let[A,F]of O){let D=s("td");D.append(s("span","cmw-tag",A),t.doc.createTextNode(` ${ie(F,T)}`)),v.append(D)}}let K=s("div","cmw-readout-stats"),W=e.get("intervals"),U=W&&!W.stale&&W.binary?W.binary:null;for(let[j,O,v]of[["TPR","tpr",p.tpr],["FPR","fpr",p.fpr],["precision","precision",p.precision],["F1","f1",p.f1]]){if(!U){K.append(s("span","cmw-stat",`${j} ${Q(v)}`));continue}let A=s("span","cmw-stat-value");wt(t,A,v,U[O],W.level,O==="f1"?"bootstrap":"wilson");let F=s("span","cmw-stat",`${j} `);F.append(A),K.append(F)}m.replaceChildren(u,K)}let x=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},_=Be(x,ti,r),d=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return G(a,"input",()=>{f=!0;let p=d(),T=e.get("binary");Number.isFinite(p)&&(l.textContent=T?S(p,T):p.toFixed(2)),_(p)},o.signal),G(a,"change",()=>{f=!1,_.cancel();let p=d();(p!==h||e.get("threshold")!==p)&&x(p)},o.signal),o.signal.addEventListener("abort",()=>_.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table","intervals"],N,o.signal),N(),{el:i,update:N,destroy:()=>{o.abort(),i.remove()}}}var ni=300,ri=200,oi=16;function si(e,t,n){let r=e-t-oi,o=Math.min(Xt,Math.max(n,1)*vt)+ri;return t>0&&r>=Math.max(ni,Math.min(o,.6*e))?r:e}function ii(e,t){let n=e.dom.h("div","cmw-main"),r=io(e);r.el.classList.add("cmw-side");let s=qr({...t,room:()=>si(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function ai(e){let t=Sr(e),n=Or(e);return[mr({...e,extra:[t.button]}),t,uo(e),lo(e),Zr(e),n.panel,ii(e,n.matrixCtx),n.table,eo(e),ur(e),ao(e),Lr(e),lr(e)]}function mo(e,t,n=performance.now()){let r=Hn(t.ownerDocument||document),o=new AbortController,s=sr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",G(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let m=t.closest("[tabindex]");m?m.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:m,lastMs:f,firstMs:h})=>{i.dataset.k=String(l),i.dataset.drawCount=String(m),i.dataset.lastDrawMs=f.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=ai({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Mt="cm-widget",ci="application/vnd.cm-widget.view+json",sn="application/vnd.jupyter.widget-view+json",po=1e4,li="Saved view, no kernel behind it: run the cell to make it live.",an=null;async function ui(e){let t=an&&an[e];if(!t)throw new Error(`${Mt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function mi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=fn,e.head.appendChild(t)}async function di(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Gn(n):null}function fo(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function pi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=di(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),po))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=fo(this,"rendermime"),o=r&&r.rendermime,s=fo(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&sn in n.data&&o&&o.mimeTypes.includes(sn))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(sn);if(this._live=a,s){let m=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),m?0:po),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,m=>{console.error(m),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){mi(r),s.textContent=li;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:mo(Vn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function fi(){let{Panel:e}=await ui("@lumino/widgets"),t=pi(e);return{id:`${Mt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[ci],defaultRank:-20,createRenderer:n=>new t(n)}}}function hi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Mt]={init:e=>{an=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Mt} has no module ${e}`);let t=hi()?[await fi()]:[];return()=>({__esModule:!0,default:t})}});})();
