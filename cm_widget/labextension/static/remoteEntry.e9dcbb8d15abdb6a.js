(()=>{var hn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
.cmw-cell-interval {
  margin: 2px 0 4px;
  font-size: var(--jp-ui-font-size0, 11px);
  color: var(--jp-ui-font-color2, #616161);
}
`;function wn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function bn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Nt(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function gn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":Nt(t[o],t[o+1],t[o+2])}function xn(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return o}function To(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function Co([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function vn(e,t){let n=To(t);if(!n||Co(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function te(e,t,n){return e<t?t:e>n?n:e}var $o=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function de(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Pe(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=de(e),n=Math.floor(t.byteLength/8);if($o)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Be(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(c,u)=>setTimeout(c,u),clearTimeout:c=>clearTimeout(c)},r=-1/0,s=null,i=null,l=()=>{s=null,r=o.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let u=t-(o.now()-r);u<=0?(s!==null&&o.clearTimeout(s),l()):s===null&&(s=o.setTimeout(l,u))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),l())},a}var Eo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},No=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function je(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=Eo[e&&e.dtype]||Float64Array,r=de(e&&e.counts),s=o.BYTES_PER_ELEMENT,i=Math.min(t*n,Math.floor(r.byteLength/s)),l=Fo(e&&e.totals,t,n);if(i<t*n)return{k:t,cols:n,counts:new o(t*n),totals:l};if(No||s===1)return{k:t,cols:n,counts:new o(r.buffer,0,i),totals:l};let a=new DataView(r.buffer),c={2:"getUint16",4:"getUint32",8:"getFloat64"}[s],u=new o(i);for(let f=0;f<i;f++)u[f]=a[c](s*f,!0);return{k:t,cols:n,counts:u,totals:l}}function Fo(e,t,n){if(!e||typeof e!="object")return null;let o=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Ye(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function be(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*o];return l}let r=Math.floor(n/2);return r-=r%8,be(e,t,r,o)+be(e,t+r*o,n-r,o)}function lt(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return Oo(e,t,o,n,r,i);if(n==="true")for(let l=0;l<t;l++){let a=be(e,l*o,o);for(let c=0;c<o;c++)i[l*o+c]=a===0?0:e[l*o+c]/a}else if(n==="pred"){let l=new Float64Array(o);for(let a=0;a<t;a++)for(let c=0;c<o;c++)l[c]+=e[a*o+c];for(let a=0;a<t;a++)for(let c=0;c<o;c++)i[a*o+c]=l[c]===0?0:e[a*o+c]/l[c]}else if(n==="all"){let l=be(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function Oo(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[l]:o==="all"?r.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return o==="true"||o==="pred"||o==="all"?s:e}function ct(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function Io(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ke(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>o-1?o-1:a,r[l]=Io(a)}return r}function Ft(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Po=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function yn(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?Po.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ut(e){let t=de(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function mt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Nt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var at=e=>Number(e.toPrecision(12));function dt(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>at(c*i)).find(c=>c>=s&&(!r||c<1||Number.isInteger(c)));l===void 0&&(l=at(10*i)),r&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=o*(1+1e-12);c++){let u=at(c*l);a.push([u/o,r?String(u):`${at(u*100)}%`])}return a}function An(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=de(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,c)=>{let u=f=>i.getFloat64(8*(4*c+f),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:o}}var Ot=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},ft=e=>Array.isArray(e)?e:[],qe=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,pt=e=>ft(e).map(Number).filter(Number.isInteger);function Ro(e){let t=Ot(e),n=ft(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(ft(r)[i])?Number(ft(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function zo(e,t){let n=Ot(e);if(typeof n.name!="string")return null;let o=je(n.matrix),r=ut(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:qe(n.fixed),broken:qe(n.broken),changed:qe(n.changed)}}function kn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function Sn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function Do(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var _n=(e,t)=>{let n=Sn(e);return ke(Do(e,t),-n,n)};function Mn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Tn(e,t=0){let n=Math.abs(Sn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Bo(e){let t=Ot(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:pt(t.entered),cameFrom:pt(t.came_from),left:pt(t.left),wentTo:pt(t.went_to),nEntered:qe(t.n_entered),nLeft:qe(t.n_left)}}var Cn={runs:{raw:["_runs"],make:(e,t)=>Ro(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>zo(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Bo(t("_moves"))}},$n=["run","compare"];var En=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],Nn=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ie(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Re(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=te(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Mn(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function It(e,t,n,o=0){let r=Re(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ie(t,o)})`}:{main:r,sub:""}}function Q(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ee(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return te(o-(n?Number(n):0),0,6)}function Fn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function On(e,t){return t?`${e}_r`:e}function Pt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(o,t)&&s(r,n)?[o,r]:null}function In(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var Pn=[[`
`,"⏎"],["\r","␍"]];function Le(e){let t=String(e);for(let[n,o]of Pn)t=t.split(n).join(o);return t}function Rt(e,t){if(t!=null&&e===Le(t))return String(t);let n=String(e);for(let[o,r]of Pn)n=n.split(r).join(o);return n}function Rn(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var jo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ne(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function Ue(e,t){let n=Ne(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(jo)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),l=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[l](o*a,!0);return i}var Uo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function Wo(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Uo[e.dtype];return t?Ue(t,e.data):null}function Vo(e){let t=Ne(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let l=0;for(let a=n-1;a>=0;a--)l=l*256+t[i+a];r[s]=l}return r}function Dn(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Ue(Float64Array,t.weights):null,sampleIndex:t.sample_index?Ue(Uint32Array,t.sample_index):null,ids:Wo(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Ue(Float32Array,t.outside.scores),weights:t.outside.weights?Ue(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Ne(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=Ue(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=Vo(t.cells);return n}var ze=new Float32Array(1),zn=new Int32Array(ze.buffer);function Go(e,t){return ze[0]=e,ze[0]===0?(zn[0]=1,t?ze[0]:-ze[0]):(zn[0]+=ze[0]>0===t?1:-1,ze[0])}function zt(e){let t=Math.fround(e);return t>e?Go(t,!1):t}function We(e,t=-1/0,n=1/0){let o=zt(Number(e));return Math.min(Math.max(o,zt(t)),zt(n))}function ht(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=We(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,u=e.scores[a]>=l?s:i;o[c*n+u]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function Bn(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=We(o);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&r.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function Dt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function jn(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Dt(e,o))}function Ho(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=We(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?be(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:l}}var ge=(e,t)=>t!==0?e/t:0;function Ko(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let g=0;g<t;g++){for(let y=0;y<t;y++){let E=e[g*t+y];r[g]+=E,s[y]+=E,l+=E}o[g]=e[g*t+g],i+=o[g]}if(n){for(let g=0;g<t;g++)r[g]+=n.trueK[g],s[g]+=n.predK[g];i+=n.agree,l+=n.total}let a=0;for(let g=0;g<t;g++)a+=r[g];let c=[],u={precision:0,recall:0,f1:0},f={precision:0,recall:0,f1:0},h=0,A=0;for(let g=0;g<t;g++){let y={precision:ge(o[g],s[g]),recall:ge(o[g],r[g]),f1:ge(2*o[g],r[g]+s[g]),support:r[g]};c.push(y);let E=ge(r[g],a);for(let b of["precision","recall","f1"])u[b]+=y[b]/t,f[b]+=y[b]*E;r[g]>0&&(h+=1,A+=y.recall)}return{rows:c,accuracy:ge(i,l),balancedAccuracy:h?A/h:0,macro:u,weighted:f}}function Bt(e,t,n=null,o=null){let r=Ko(e,t,Ho(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=r.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function Xo(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:ge(e,e+n),fpr:ge(t,t+o),precision:ge(e,e+t),f1:ge(2*e,2*e+t+n),mcc:ge(e*o-t*n,r)}}function jt(e,t,n){let o=e.pos_index,r=1-o,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...Xo(s(o,o),s(r,o),s(o,r),s(r,r))}}function Un(e){return e??"true"}function Wn(e,t,n,o,r,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?Yo(e):String(Math.trunc(e)),u=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,f=l?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${Rn(o*100,1)}% of `,A;return i==="all"?A=[{text:`${h}all samples).`}]:i==="pred"&&l?A=[{text:`${h}the abstained samples).`}]:i==="pred"?A=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:A=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:f},{text:n,em:!0},...A]}function Yo(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var Lo=40,Zo="abstained";function Jo(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function Qo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}var es=e=>e.every(t=>Number.isInteger(t));function Vn(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let v of e.state.buffers)Jo(t,v.path,Ne(v.data));let n=e.k,o=Dn(e),r=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=v=>{for(let S of r.get(v)||[])S()},u=(v,S)=>{t[v]=S,c(v)},f=je(t._matrix),h=o?ht(o,t.threshold):Float64Array.from(Ye(f.counts,n,f.cols).square),A=f.cols===n+1?Array.from({length:n},(v,S)=>f.counts[S*f.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(h.buffer.slice(0))}}function y(v,S){let F=`${v},${S},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=Bn(o,v,S,t.threshold)),s.members}function E(v,S,F,z){let D=0;if(z==="true")for(let R of S){for(let Y=0;Y<n;Y++)D+=h[R*n+Y];A&&(D+=A[R])}else for(let R=0;R<n;R++)if(z==="all"){for(let Y=0;Y<n;Y++)D+=h[R*n+Y];A&&(D+=A[R])}else for(let Y of F)D+=Y===n?A?A[R]:0:h[R*n+Y];return D?v/D:0}function b(v,S,F,z,D,R,Y,P={},B={}){let J=0;for(let le of F)for(let we of z)J+=we===n?A?A[le]:0:h[le*n+we];let oe=!!(o&&o.weights||!es(h)),L=Un(t.normalize),ae;if(B.multilabel){let le=f.totals,we=le?L==="true"?le.rows[v]:L==="pred"?le.cols[S]:le.all:0;ae=we?J/we:0}else ae=E(J,F,z,L);let ye=o?R():[],he=ye.length,Me=Math.max(0,Math.min(Math.trunc(Y)||0,Math.max(he-1,0)));Me-=Me%i;let Ae=ye.slice(Me,Me+i),me=[];for(let le of Ae.slice(0,Lo)){let we=e.previews&&e.previews[String(Dt(o,le))];we&&me.push(we)}return{i:v,j:S,...P,sentence:Wn(J,D[0],D[1],ae,v===S,oe,{basis:L,...B}),count:J,total:he,offset:Me,indices:o?jn(o,Ae):[],page_size:i,previews:me,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function x(v,S,F){let z=t.display_labels||[];return A&&S===n?b(v,S,[v],[S],[String(z[v]??v),Zo],()=>[],F,{},{abstained:!0}):b(v,S,[v],[S],[String(z[v]??v),String(z[S]??S)],()=>y(v,S),F,{},{multilabel:l})}let _=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],d=new Array(_.length?n:0).fill(0);if(_.length){let v=t._groups.codes,S=new DataView(v.buffer,v.byteOffset,v.byteLength);for(let F=0;F<n;F++)d[F]=n<=65536?S.getUint16(2*F,!0):S.getUint32(4*F,!0)}let p=v=>d.flatMap((S,F)=>S===v?[F]:[]);function T(v,S){if(o.kind==="binary"){let z=[];for(let D of p(v))for(let R of p(S))z.push(...y(D,R));return z.sort((D,R)=>D-R)}let F=[];for(let z=0;z<o.n;z++){let D=o.cells[z],R=Math.floor(D/n);d[R]===v&&d[D-R*n]===S&&F.push(z)}return F}function m(v,S,F){return b(v,S,p(v),p(S),[_[v],_[S]],()=>T(v,S),F,{group:!0})}function $(v=0){let S=t.selected,F=t.selected_group;Array.isArray(S)&&S.length===2?u("_selection",x(S[0],S[1],v)):Array.isArray(F)&&F.length===2?u("_selection",m(F[0],F[1],v)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function C(v){let S=e.orders&&e.orders[v];S&&(u("_order",{dtype:S.dtype,classes:Ne(S.classes),groups:S.groups?Ne(S.groups):null}),u("order",v))}function W(v,S,F,z=F){if(!(S===null||Array.isArray(S)&&S.length===2&&S.every((Y,P)=>Number.isInteger(Y)&&Y>=0&&Y<(P===0?F:z))))return;let R=v==="selected"?"selected_group":"selected";S!==null&&t[R]!=null&&(t[R]=null,c(R)),t[v]=S,c(v),$(0)}function K(v){if(!o||o.kind!=="binary"||!a)return;let S=Number(v);if(!Number.isFinite(S))return;let F=We(Math.min(Math.max(S,a.lo),a.hi),a.lo,a.hi);t.threshold=F,h=ht(o,F),u("_matrix",g()),u("_binary",jt(a,h,F)),u("_metrics",Bt(h,n,o,F)),u("_intervals",O(h)),c("threshold"),t.selected!=null&&$(0)}function V(v){let S=String(v),F=S.endsWith("_r")?S.slice(0,-2):S,z=e.luts[S]||e.luts[F];if(!z)return;let D=Ne(z);u("_lut",e.luts[S]?D:Qo(D)),u("cmap",S)}o&&o.kind==="binary"&&a&&(t.threshold=We(t.threshold,a.lo,a.hi),h=ht(o,t.threshold),t._matrix=g(),t._binary=jt(a,h,t.threshold),t._metrics=Bt(h,n,o,t.threshold));let U=t._intervals&&t._intervals.level?t._intervals:null,j=Float64Array.from(h);function O(v){return U?v.length===j.length&&v.every((F,z)=>F===j[z])?U:{stale:!0,level:U.level,z:U.z}:t._intervals}return{get:v=>t[v],on(v,S){return r.has(v)||r.set(v,new Set),r.get(v).add(S),()=>r.get(v).delete(S)},set(v,S){if(v==="threshold")return K(S);if(v==="cmap")return V(S);if(v==="normalize"){u(v,S??null),(t.selected!=null||t.selected_group!=null)&&$(t._selection?.offset||0);return}if(v==="display_labels"){if(!Array.isArray(S)||S.length!==n)return;u(v,S.map(String)),t.selected!=null&&$(t._selection?.offset||0);return}if(v==="selected")return W(v,S,n,A?n+1:n);if(v==="selected_group")return W(v,S,_.length);if(v==="order")return C(S);if(v==="errors_only")return u(v,S===!0);if(v==="level"){(S==="classes"||S==="groups"&&_.length)&&u(v,S);return}},send(v){v&&v.type==="page"&&(t.selected!=null||t.selected_group!=null)&&$(Number(v.offset)||0)}}}var ts="CMW1";async function Gn(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function ns(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function rs(e){return new TextDecoder().decode(await Gn(e))}async function os(e){let t=await Gn(e);if(new TextDecoder().decode(t.subarray(0,4))!==ts)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[l,a]=s.__cmw_bytes__;return ns(o.subarray(l,l+a))}}return s})}async function Hn(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await os(t):JSON.parse(n==="gzip"?await rs(t):t)}var ss=new Set(["button","input","select","textarea","summary","canvas"]);function Kn(e){let t=(r,s,i)=>{let l=e.createElement(r);return s&&(l.className=s),i!=null&&(l.textContent=i),ss.has(r)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function G(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var is=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ut(e,t){let n=de(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(is)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?l=>r.getFloat32(4*l,!0):l=>r.getFloat64(8*l,!0);for(let l=0;l<o;l++)s[l]=i(l);return s}function Xn(e){if(!e||typeof e!="object")return null;let t=Ut(e.x,Float32Array),n=Ut(e.y,Float32Array),o=Ut(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var Wt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Yn(e){if(!e||typeof e!="object")return null;let t=Xn(e.roc),n=Xn(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Wt(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:Wt(e.auc),ap:Wt(e.ap),targets:o,undefinedBecause:s}}function qn(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<r&&(r=a,o=s)}return o}function Ln(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var as={uint16:2,uint32:4};function Vt(e,t){let n=as[t];if(!n)return null;let o=de(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Zn(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Jn=e=>Array.from({length:e},(t,n)=>n);function Qn(e,t,n){let o=e&&e.dtype,r=e?Vt(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Vt(e.groups,o):null;return{classes:Zn(r,t)?r:Jn(t),groups:n?Zn(i,s)?i:Jn(s):null}}function er(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=Vt(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}var Gt=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,Ze=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function tr(e,t){let n=Ze(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let o=de(n.per_class),r=t.length,s=[];if(o.byteLength>=48*r){let a=new DataView(o.buffer,o.byteOffset,o.byteLength),c=(u,f)=>{let h=a.getFloat64(8*(6*u+f),!0);return Number.isFinite(h)?h:null};for(let u=0;u<r;u++)s.push({precision:[c(u,0),c(u,1)],recall:[c(u,2),c(u,3)],f1:[c(u,4),c(u,5)]})}let i={};for(let[a,c]of Object.entries(Ze(n.summary)))i[a]=Array.isArray(c)?Gt(c):Object.fromEntries(Object.entries(Ze(c)).map(([u,f])=>[u,Gt(f)]));let l=n.binary?Object.fromEntries(Object.entries(Ze(n.binary)).map(([a,c])=>[a,Gt(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:Ze(n.methods)}}function ls(e,t){let n=Q(e);return!t||t[0]===null||t[1]===null?n:`${n} (${Q(t[0])}-${Q(t[1])})`}var Ve=e=>`${Number((100*e).toFixed(2))}%`;function wt(e,t,n,o,r,s){if(t.textContent=ls(n,o),!o||o[0]===null||o[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${Ve(r)} interval ${Q(o[0])} to ${Q(o[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=f=>Math.min(Math.max(f,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(o[0])}%`,c.style.width=`${Math.max(l(o[1])-l(o[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,a.append(c,u),t.append(a)}function nr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${Ve(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function rr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let o=n*n,r=e/t,s=1+o/t,i=(r+o/(2*t))/s,l=n*Math.sqrt(r*(1-r)/t+o/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function or(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||r.length===n&&l<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<l;)a--;r.splice(a,0,[l,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let l=Math.floor(i/t),a=o?o[l]:be(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var cs=new Set(["normalize","cmap","threshold","display_labels","selected",...$n,"order","level","errors_only","selected_group","abstain","top_k","thresholds"]),us=10,bt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},sr=e=>Array.isArray(e)?e:[],gt={matrix:{raw:["_matrix"],make:(e,t)=>je(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ye(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Pt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>lt(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ye(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?kn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>ct(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ke(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?_n(e("values"),e("k")):ke(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ut(t("_lut"))||bn()},lutText:{uses:["lut"],make:e=>mt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:yn(t("values_format"),e("normalize"),Ft(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Ft(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?Tn(e("values"),e("countDigits")):dt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>An(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>tr(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>lr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=bt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=bt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:sr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>sr(t("_notes")).map(String)},curves:{raw:["_curves"],make:(e,t)=>Yn(t("_curves"))},scores:{raw:["_scores"],make:(e,t)=>{let n=bt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=bt(t("_table"));if(!n.engine)return null;let o=Pe(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...Cn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Qn(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>er(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Pt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>or(e("counts"),e("k"),us,ms(e))},focus:{make:()=>null}},Je={},ir=e=>{if(!Je[e]){let t=gt[e];Je[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(ir)])]}return Je[e]};for(let e of Object.keys(gt))ir(e);function ms(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>be(o,i*n,n)+r[i])}function ar(e){let t=new Map,n=l=>{if(!gt[l])throw new Error(`unknown state key ${l}`);return gt[l]},o=l=>{let a=n(l),c=Je[l].map(h=>e.get(h)),u=t.get(l);if(u&&u.raws.every((h,A)=>h===c[A]))return u.value;let f=a.make(o,h=>e.get(h));return t.set(l,{raws:c,value:f}),f};return{get:o,on:(l,a)=>{n(l);let c=Je[l].map(u=>e.on(u,a));return()=>c.forEach(u=>u())},set:(l,a)=>{if(!cs.has(l))throw new Error(`${l} is not something the page may write`);e.set(l,a)},send:l=>e.send(l)}}function X(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(l=>e.on(l,s));return o&&o.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var ds="http://www.w3.org/2000/svg",xe=180,Ge=28,Ht=180,xt=44,ps=12,cr=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function lr(e,t){let n=cr(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let o=cr(n.hist),r=Number.isInteger(o.bins)&&o.bins>0?o.bins:0,s=Pe(o.counts);return{kind:n.kind,x:Pe(n.x),y:Pe(n.y),n:Pe(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:r&&s.length===r*t?{bins:r,lo:Number(o.lo),hi:Number(o.hi),counts:s}:null}}function ur(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${Q(e.eceLow)}-${Q(e.eceHigh)}), ${Ve(e.level)} interval`:"";return`ECE ${Q(e.ece)}${t}`}function pe(e,t,n,o){let r=e.createElementNS(ds,t);for(let[s,i]of Object.entries(n))r.setAttribute(s,String(i));return o&&r.setAttribute("class",o),r}function mr({state:e,dom:t,signal:n}){let o=q(n),{h:r,doc:s}=t,i=r("div","cmw-calibration"),l=r("div","cmw-calibration-title"),a=r("div","cmw-calibration-plots");i.append(l,a);let c=[];function u(){let y=e.get("calibration");if(!y||!y.hist)return null;let E=y.kind==="binary"?e.get("threshold"):e.get("abstainAt");return E==null||!Number.isFinite(E)?null:E}function f(){let y=e.get("calibration"),E=u();for(let b of c){if(E===null||!y||!y.hist){b.setAttribute("visibility","hidden");continue}let{lo:x,hi:_}=y.hist,d=(Math.min(Math.max(E,x),_)-x)/(_-x||1)*Ht;b.setAttribute("x1",String(d)),b.setAttribute("x2",String(d)),b.setAttribute("visibility","visible"),b.dataset.at=String(E)}}function h(y){let E=pe(s,"svg",{width:xe+Ge+8,height:xe+Ge+8,role:"img"},"cmw-reliability");E.setAttribute("aria-label",`reliability diagram, ${ur(y)}`);let b=T=>Ge+T*xe,x=T=>4+(1-T)*xe;E.append(pe(s,"rect",{x:Ge,y:4,width:xe,height:xe},"cmw-plot-frame"),pe(s,"line",{x1:b(0),y1:x(0),x2:b(1),y2:x(1)},"cmw-diagonal"));let _=pe(s,"text",{x:Ge+xe/2,y:xe+Ge+2,"text-anchor":"middle"},"cmw-axis-label");_.textContent="mean predicted probability";let d=pe(s,"text",{x:10,y:4+xe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+xe/2})`},"cmw-axis-label");d.textContent="observed frequency",E.append(_,d);let p=Array.from(y.x,(T,m)=>`${b(T)},${x(y.y[m])}`).join(" ");return E.append(pe(s,"polyline",{points:p},"cmw-reliability-line")),y.x.forEach((T,m)=>{let $=pe(s,"circle",{cx:b(T),cy:x(y.y[m]),r:3},"cmw-reliability-point"),C=pe(s,"title",{});C.textContent=`predicted ${Q(T)}, observed ${Q(y.y[m])}, ${Math.round(y.n[m]*100)/100} samples`,$.append(C),E.append($)}),E}function A(y,E){let b=r("div","cmw-histograms"),{bins:x,counts:_}=y.hist,d=E.length,p=Math.min(d,ps),T=0;for(let $=0;$<p*x;$++)T=Math.max(T,_[$]);let m=y.kind==="binary"?`score of ${E[1]??"positive"}`:"top score";b.append(r("div","cmw-histograms-title",`${m} by true class`)),c=[];for(let $=0;$<p;$++){let C=r("div","cmw-histogram-row"),W=r("span","cmw-histogram-name",E[$]);W.title=E[$];let K=pe(s,"svg",{width:Ht,height:xt},"cmw-histogram"),V=Ht/x;for(let j=0;j<x;j++){let O=_[$*x+j];if(!(O>0))continue;let v=T>0?O/T*(xt-2):0;K.append(pe(s,"rect",{x:j*V,y:xt-v,width:Math.max(V-1,1),height:v},"cmw-histogram-bar"))}let U=pe(s,"line",{x1:0,x2:0,y1:0,y2:xt},"cmw-threshold-line");c.push(U),K.append(U),C.append(W,K),b.append(C)}return d>p&&b.append(r("div","cmw-note",`the first ${p} of ${d} classes`)),b}function g(){let y=e.get("calibration");if(i.hidden=!y,c=[],!y)return;if(y.note){l.textContent=y.note,a.replaceChildren();return}let E=y.kind==="binary"?"":" (top label)";l.textContent=`Calibration${E}: ${ur(y)}, ${y.nBins} ${y.strategy} bins`;let b=[h(y)];y.hist&&b.push(A(y,e.get("labels"))),a.replaceChildren(...b),f()}return X(e,["calibration","labels"],g,o.signal),X(e,["threshold","abstainAt"],f,o.signal),g(),{el:i,update:g,destroy:()=>{o.abort(),i.remove()}}}var Kt=e=>`${(100*e).toFixed(1)}%`;function fs(e,t,n,o,r,s){let i=(c,u)=>u===n?t?t[c]:0:e[c*n+u],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===r:c===o))&&(a+=i(c,u));return{count:i(o,r),den:a}}function dr({state:e,dom:t,signal:n}){let o=q(n),r=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(r.hidden=!c,!c){r.textContent="";return}let u=e.get("countParts"),f=e.get("cols")===a+1?u.rest:null,h=e.get("normalize")==null?"true":e.get("normalize"),{count:A,den:g}=fs(u.square,f,a,l[0],l[1],h),y=rr(A,g,i.z),E=h==="all"?"the whole":h==="pred"?"its predicted column":"its true row";r.textContent=y?`Share of ${E}: ${Kt(A/g)}, ${Ve(i.level)} interval ${Kt(y[0])}-${Kt(y[1])} (Wilson).`:`Share of ${E}: no samples, no interval.`,r.dataset.low=y?String(y[0]):"",r.dataset.high=y?String(y[1]):""}return X(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var hs=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ws(e,t){return`From ${e.name} to ${t}: ${hs(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function bs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function pr({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,u,f,h,A,g){let y=r("div",a);if(y.append(r("div","cmw-moves-title",`${c} (${u})`)),!f.length)return y.append(r("span","cmw-hint","none")),y;let E=r("div","cmw-moves-list");return f.forEach((b,x)=>{let _=r("span","cmw-move"),d=h[x];_.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,g[d]??String(d)),t.doc.createTextNode(` in ${A}`)),E.append(_)}),y.append(E),u>f.length&&y.append(r("span","cmw-hint",`showing the first ${f.length} of ${u}`)),y}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),u=r("p","cmw-compare-summary",ws(a,c));u.title=bs(a,c),s.append(u);let f=e.get("moves");if(!f){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),A=r("p","cmw-moves-head");A.append(t.doc.createTextNode("Cell true "),r("em",null,h[f.i]??String(f.i)),t.doc.createTextNode(", predicted "),r("em",null,h[f.j]??String(f.j)),t.doc.createTextNode(`: ${f.nEntered} entered, ${f.nLeft} left since ${a.name}.`)),s.append(A,i("cmw-entered","Entered",f.nEntered,f.entered,f.cameFrom,a.name,h),i("cmw-left","Left",f.nLeft,f.left,f.wentTo,c,h))}return X(e,["compareState","moves","run","labels"],l,o.signal),l(),{el:s,update:l,destroy:()=>{o.abort(),s.remove()}}}function fr({state:e,dom:t,signal:n,extra:o=[]}){let r=q(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=Nn.map(b=>{let x=i("cmw-seg-btn");return x.setAttribute("aria-label",b.label),x.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),x.dataset.value=b.value===null?"":b.value,a.append(x),x}),u=s("label","cmw-field"),f=s("select","cmw-cmap");for(let b of En)f.append(t.option(b));u.append(s("span","cmw-field-name","Colormap"),f);let h=t.option("cmw:compare"),A=s("label","cmw-field"),g=s("input","cmw-reverse");g.type="checkbox",A.append(g,s("span",null,"reverse")),l.append(a,u,A,...o);function y(){let b=e.get("normalize");for(let p of c){let T=(p.dataset.value||null)===b;p.classList.toggle("cmw-active",T),p.setAttribute("aria-pressed",String(T))}let x=e.get("compareState");if(f.disabled=!!x,g.disabled=!!x,x){h.textContent=`${x.cmap} (better / worse)`,h.parentNode||f.append(h),f.value=h.value,f.title=`Compare mode colours each cell by better (blue) or worse (red) since ${x.name}; the colormap returns when compare mode ends.`;return}h.remove(),f.removeAttribute("title");let{base:_,reversed:d}=Fn(e.get("cmap"));[...f.options].some(p=>p.value===_)||f.append(t.option(_)),f.value=_,g.checked=d}let E=()=>e.set("cmap",On(f.value,g.checked));return G(a,"click",b=>{let x=b.target.closest(".cmw-seg-btn");x&&e.set("normalize",x.dataset.value||null)},r.signal),G(f,"change",E,r.signal),G(g,"change",E,r.signal),X(e,["normalize","cmap","compareState"],y,r.signal),y(),{el:l,update:y,destroy:()=>{r.abort(),l.remove()}}}var vt=64,Yt=800,hr=120,yt=6,gs=6,et=2,xs=14,qt=140,ee=8,Se=20,Lt=15,ve=6,Zt=16,De=14,Qe=6,Xt=8,Jt=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function tt(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||vt,l=n.maxGrid||Yt,a=ee+Se+o+ve,c=ee,u=e>0&&n.extra?1:0,f=Math.min(l,Math.max(hr,t-a-s-ee-u*Qe)),h=n.view||Fe(e),A=e>0?h.v:0,g=A>0?Math.min(i,f/(A+u)):0;u&&g<Xt&&(g=Math.min(i,(f-Xt)/A)),g>=yt&&(g=Math.floor(g));let y=g*A,E=a+y+Qe,b=u?Math.max(g,Xt):0,x=u?E+b:a+y;return{k:e,v:A,r0:h.r0,c0:h.c0,room:f,cell:g,x0:a,y0:c,grid:y,extra:u,xExtra:E,xw:b,right:x,width:Math.ceil(x+s+ee),height:Math.ceil(c+y+ve+r+Se+ee+(Math.max(1,n.xTitleLines||1)-1)*Lt)}}function wr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=yt&&(o=Math.floor(o)),Math.max(hr,o*(n+e.extra))}function At(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,l+Math.min(s,Math.floor(o/n.cell))]:null}function Fe(e){return{r0:0,c0:0,v:Math.max(0,e)}}function br(e,t){return e*gs>t}function gr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/vt)))}function fe(e,t,n=1){if(!(t>0))return Fe(0);let o=e||Fe(t),r=te(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=te(Math.round(Number(o.r0)||0),0,t-r),i=te(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function xr(e,t,n,o,r=1){let s=fe(e,o,r);if(!(t>0)||!(o>0))return s;let i=te(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(u,f)=>f-(f-u)*i/s.v;return fe({r0:c(s.r0,l),c0:c(s.c0,a),v:i},o,r)}function vr(e,t,n,o,r=1){let s=fe(e,o,r);return fe({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function kt(e,t,n,o=1){let r=fe(e,n,o);if(!t)return r;let s=(i,l)=>l<i?l:l>=i+r.v?l-r.v+1:i;return fe({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function yr(e,t,n,o,r=1){let s=fe(e,n,r),i=Math.min(s.v,Math.max(o,r));return fe({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function Ar(e,t,n){let o=n.v??n.k,r=(s,i,l)=>l+te((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function kr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**te(-n/200,-1,1)}function Qt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Sr(e,t,n=xs){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function nt(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function en(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=te(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,r)?c:-1}function rt(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function _r(e,t,n,o=1,r=n){if(n<=0||!Jt.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[te(s,0,n-1),te(i,0,r-1)]}var Oe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,_e=(e,t)=>e.y0+(t-e.r0)*e.cell,tn=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,Mr=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Tr({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=r("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function u(){let g=e.get("labels");c=g;let y=r("div","cmw-labels-list");a=g.map((b,x)=>{let _=r("label","cmw-label-row"),d=r("input","cmw-label-input");return d.type="text",d.value=Le(b),d.dataset.index=String(x),_.append(r("span","cmw-label-idx",String(x)),d),y.append(_),d});let E=r("div","cmw-labels-actions");E.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(y,E),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function f(g=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),g&&i.focus({preventScroll:!0})}function h(){let g=c,y=e.get("labels"),E=a.map((b,x)=>b.value!==Le(g[x])?Rt(b.value,g[x]):y[x]);f(!0),E.length===y.length&&E.some((b,x)=>b!==y[x])&&e.set("display_labels",E)}function A(){a&&a.length!==e.get("k")&&f()}return G(i,"click",()=>a?f():u(),o.signal),G(l,"keydown",g=>{g.key==="Enter"&&!g.isComposing&&g.target.tagName==="INPUT"?(g.preventDefault(),h()):g.key==="Escape"&&(g.preventDefault(),f(!0))},o.signal),G(l,"click",g=>{g.target.closest(".cmw-save")?h():g.target.closest(".cmw-cancel")&&f(!0)},o.signal),X(e,["labels","k"],A,o.signal),{el:l,button:i,update:A,open:u,close:f,isOpen:()=>a!==null,destroy:()=>{o.abort(),l.remove(),i.remove()}}}function Cr({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=Le(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(u,f=!1)=>{if(a)return;a=!0,l.abort();let h=Rt(i.value,o);i.remove(),s(u&&h!==o?h:null,f)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),c(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var vs=12;function ys(e,t,n,o=vs){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(l,a)=>a==null||a<l||a>=l+r.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function $r({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),f=ie(c.counts[a],e.get("countDigits"));return u.kind==="percent"?`${f} (${Re(c.values[a],u)})`:f}function l(){let a=e.get("k"),c=e.get("labels"),u=e.get("selected"),f=e.get("abstained"),h=ys(s,a,u&&u[1]<a?u:u&&[u[0],null]),A=o("table"),g=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),y=o("tr");y.append(o("td"));for(let x=h.cols;x<h.cols+h.side;x++){let _=o("th",null,`Predicted ${c[x]}`);_.scope="col",y.append(_)}if(f){let x=o("th",null,"Abstained");x.scope="col",y.append(x)}let E=o("tbody");for(let x=h.rows;x<h.rows+h.side;x++){let _=o("tr"),d=o("th",null,`True ${c[x]}`);d.scope="row",_.append(d);let p=(T,m)=>{let $=o("td",null,m);u&&u[0]===x&&u[1]===T&&($.dataset.selected="true",$.textContent=`${$.textContent}, selected`),_.append($)};for(let T=h.cols;T<h.cols+h.side;T++)p(T,i(x*a+T));f&&p(a,i(x,f)),E.append(_)}let b=o("thead");b.append(y),A.append(g,b,E),r.replaceChildren(A)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:r,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>r.remove()}}function As(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Er(e);if(o!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:Er(i),c=[];for(let u of a)if(r.has(u))for(let f of l[u])c.push({kind:"class",index:f,members:[f]});else c.push({kind:"group",index:u,members:l[u]});return c}function Er(e){return Array.from({length:e},(t,n)=>n)}function ks(e){return e.every(t=>t.kind==="class")}function nn(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let l=0;l<o;l++)r[s*o+l]=e[i+n[l]]}return r}function Ss(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)r[a]=l});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let l=r[i];if(!(l<0))for(let a=0;a<t;a++){let c=r[a];c>=0&&(s[l*o+c]+=e[i*t+a])}}return s}function Nr(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function _s(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=ke(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var Fr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained"]),Ms=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained"];function Or(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,x,_)=>{let d=o.get(b);if(d&&d.deps.length===x.length&&d.deps.every((T,m)=>T===x[m]))return d.value;let p=_();return o.set(b,{deps:x,value:p}),p},i=()=>!!r("compareState"),l=()=>i()?"classes":r("level"),a=()=>s("items",[r("k"),r("order"),r("groups"),l(),t.version],()=>As(r("k"),r("order"),r("groups"),l(),t.expanded)),c=()=>s("perm",[a()],()=>ks(a())?a().map(b=>b.index):null),u=()=>{let b=c();return b!==null&&b.every((x,_)=>x===_)},f={items:a,k:()=>a().length,labels:()=>s("labels",[a(),r("labels"),r("groups")],()=>{let b=r("labels"),x=r("groups");return a().map(_=>_.kind==="class"?b[_.index]:`${x.names[_.index]} (${_.members.length})`)}),counts:()=>s("counts",[a(),r("counts")],()=>{if(u())return r("counts");let b=c();return b?nn(r("counts"),r("k"),b):Ss(r("counts"),r("k"),a())}),values:()=>s("values",[a(),r("values"),r("normalize")],()=>{if(u())return r("values");let b=c();return b?r("values")===r("counts")?h("counts"):nn(r("values"),r("k"),b):lt(h("counts"),a().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),r("abstained")],()=>{let b=r("abstained"),x=c();return!b||x===null?null:u()?b:{counts:Nr(b.counts,x),values:Nr(b.values,x)}}),abstained:()=>s("abstained",[f.abstainedRows(),f.vmax()],()=>{let b=f.abstainedRows();return b?b===r("abstained")&&f.vmax()===r("vmax")?b:{counts:b.counts,values:b.values,colors:ke(b.values,0,f.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),r("values"),r("colors"),r("errorsOnly"),i(),f.abstainedRows()],()=>{let b=a().length;if(r("errorsOnly")&&!i()){let p=f.abstainedRows();return _s(h("values"),b,p&&p.values)}if(u())return{colors:r("colors"),vmax:r("vmax")};let x=c();if(x)return{colors:nn(r("colors"),r("k"),x),vmax:r("vmax")};let _=h("values"),d=ct(_);return{colors:ke(_,0,d),vmax:d}}),colors:()=>f.colorsAndMax().colors,vmax:()=>f.colorsAndMax().vmax,colorbar:()=>s("colorbar",[f.vmax(),r("normalize"),r("colorbar")],()=>f.vmax()===r("vmax")?r("colorbar"):dt(f.vmax(),r("normalize"))),selected:()=>s("selected",[a(),r("selected"),r("selectedGroup"),f.abstainedRows()],()=>{let b=a(),x=r("selected"),_=r("selectedGroup"),d=(m,$)=>b.findIndex(C=>C.kind===m&&C.index===$),p=m=>m===r("k")&&f.abstainedRows()?b.length:d("class",m),T=x?[d("class",x[0]),p(x[1])]:_?[d("group",_[0]),d("group",_[1])]:null;return T&&T[0]>=0&&T[1]>=0?T:null}),focus:()=>s("focus",[a(),t.version],()=>{let b=t.focus;if(b===null)return null;let x=p=>a().findIndex(T=>T.members.includes(p)),_=x(b.row),d=x(b.col);return _>=0&&d>=0?{r:_,c:d,outline:b.outline}:null})};function h(b){return Fr.has(b)?f[b]():e.get(b)}function A(b,x){if(!Fr.has(b))return e.on(b,x);let _=Ms.map(p=>e.on(p,x)),d=()=>x();return n.add(d),()=>{_.forEach(p=>p()),n.delete(d)}}function g(b,x){let _=a();if(b==="selected"){if(x==null){r("selectedGroup")&&e.set("selected_group",null),r("selected")&&e.set("selected",null);return}let d=_[x[0]],p=_[x[1]];if(d&&d.kind==="class"&&x[1]===_.length&&f.abstainedRows()){e.set("selected",[d.index,r("k")]);return}if(!d||!p)return;d.kind==="class"&&p.kind==="class"?e.set("selected",[d.index,p.index]):d.kind==="group"&&p.kind==="group"&&e.set("selected_group",[d.index,p.index]);return}if(b==="display_labels"){let d=r("labels").slice();x.forEach((p,T)=>{_[T]&&_[T].kind==="class"&&(d[_[T].index]=p)}),e.set("display_labels",d);return}e.set(b,x)}function y(){t.version+=1;for(let b of[...n])b()}return{get:h,on:A,set:g,send:b=>e.send(b),local:{expand(b,x){x?t.expanded.add(b):t.expanded.delete(b),y()},expanded:()=>new Set(t.expanded),focus(b,x,_=!1){t.focus=b==null?null:{row:b,col:x,outline:_},y()}}}}var Ir=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Ts=8,Cs=12,$s=20;function Es(e,t,n=Ts){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(o);c===0?r.push(l):c>0&&s.push(l)}),r.concat(s).slice(0,n)}function Ns(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function Fs(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Pr({state:e,display:t,dom:n,signal:o}){let r=q(o),s=(P,B,J)=>G(P,B,J,r.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),u=i("div","cmw-order-bar"),f=i("label","cmw-order-label");f.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[P,B]of Ir)h.append(a(P,B));let A=a("list","Custom (from Python)");A.disabled=!0,h.append(A),f.append(h);let g=i("label","cmw-errors-only-label"),y=i("input","cmw-errors-only");y.type="checkbox",g.append(y,n.doc.createTextNode(" Errors only"));let E=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(a("classes","Classes"),a("groups","Groups")),E.append(b),u.append(f,g,E);let x=i("div","cmw-expand");x.setAttribute("role","group"),x.setAttribute("aria-label","Expand groups");let _=i("div","cmw-search"),d=i("label","cmw-search-label");d.append(i("span","cmw-field-name","Find class "));let p=i("input","cmw-search-input");p.type="search",p.placeholder="Find class",p.setAttribute("role","combobox"),p.setAttribute("aria-autocomplete","list"),p.setAttribute("aria-expanded","false");let T=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;p.setAttribute("aria-controls",T),d.append(p);let m=i("ul","cmw-matches");m.id=T,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,_.append(d,m);let $=i("details","cmw-top"),C=i("summary","cmw-top-title","Largest errors"),W=!1;s(C,"click",()=>{W=!0}),C.id=`${T}-top`;let K=i("ol","cmw-top-list");K.setAttribute("aria-labelledby",C.id),$.append(C,K);let V=i("div","cmw-sr");V.setAttribute("aria-live","polite"),V.setAttribute("role","status"),c.append(u,x,_,$,V);let U=P=>{V.textContent=P};s(h,"change",()=>{e.set("order",h.value),U(`Order: ${h.selectedOptions[0].textContent}.`)}),s(y,"change",()=>{e.set("errors_only",y.checked),U(y.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),U(`Showing ${b.value}.`)}),s(x,"change",P=>{let B=P.target.closest("input[data-group]");B&&(t.local.expand(Number(B.dataset.group),B.checked),U(`${B.checked?"Expanded":"Collapsed"} ${B.parentElement.textContent.trim()}.`))});function j(P){let B=e.get("labels");p.value=B[P],O(),t.local.focus(P,P,!0),U(`Found ${B[P]}: its row and column are outlined.`)}function O(){m.hidden=!0,p.setAttribute("aria-expanded","false"),p.removeAttribute("aria-activedescendant")}function v(){let P=e.get("labels"),B=Es(P,p.value);m.replaceChildren(...B.map((J,oe)=>{let L=i("li","cmw-match",P[J]);return L.id=`${T}-${oe}`,L.setAttribute("role","option"),L.dataset.cls=String(J),L})),m.hidden=B.length===0,p.setAttribute("aria-expanded",String(B.length>0)),p.value.trim()||t.local.focus(null)}function S(P){let B=[...m.children];if(!B.length)return null;let J=B.findIndex(L=>L.getAttribute("aria-selected")==="true"),oe=P===0?Math.max(J,0):(J+P+B.length)%B.length;return B.forEach((L,ae)=>L.setAttribute("aria-selected",String(ae===oe))),p.setAttribute("aria-activedescendant",B[oe].id),B[oe]}s(p,"input",v),s(p,"keydown",P=>{if(P.key==="ArrowDown"||P.key==="ArrowUp")S(P.key==="ArrowDown"?1:-1),P.preventDefault();else if(P.key==="Enter"){let B=S(0);B&&j(Number(B.dataset.cls)),P.preventDefault()}else P.key==="Escape"&&!m.hidden&&(O(),P.preventDefault())}),s(m,"click",P=>{let B=P.target.closest("li[data-cls]");B&&j(Number(B.dataset.cls))}),s(K,"click",P=>{let B=P.target.closest("button[data-i]");if(!B)return;let[J,oe]=[Number(B.dataset.i),Number(B.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[J,oe]),t.local.focus(J,oe,!1)});function F(){let P=e.get("k");c.hidden=P<=2,_.hidden=P<=Cs;let B=e.get("orderChoices");for(let L of h.options)L.value!=="list"&&(L.disabled=B!==null&&!B.includes(L.value),L.title=L.disabled?"Needs a live kernel":"");let J=e.get("orderName");h.value=Ir.some(([L])=>L===J)?J:"list",y.checked=e.get("errorsOnly");let oe=e.get("groups");E.hidden=!oe,b.value=e.get("level"),z(oe),D()}function z(P){let B=t.local.expanded(),J=!!P&&e.get("level")==="groups";if(x.hidden=!J,!J)return;let oe=P.names.map((L,ae)=>{let ye=i("label","cmw-expand-item"),he=i("input");return he.type="checkbox",he.dataset.group=String(ae),he.checked=B.has(ae),ye.append(he,n.doc.createTextNode(` ${L}`)),ye});x.replaceChildren(i("span","cmw-expand-title","Expand: "),...oe)}function D(){let P=e.get("labels"),B=e.get("top");C.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${B.length})`,W||($.open=e.get("k")>$s),K.replaceChildren(...B.map(J=>{let oe=i("li"),L=l("cmw-top-item",Ns(P,J));return L.dataset.i=String(J[0]),L.dataset.j=String(J[1]),oe.append(L),oe})),$.hidden=B.length===0}let R=e.get("selection");function Y(){let P=e.get("selection");P!==R&&U(Fs(P)),R=P}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],F,r.signal),X(e,["selection"],Y,r.signal),F(),{el:c,update:F,destroy:()=>{r.abort(),c.remove()}}}function Rr(e){let t=Or(e.state),n=Pr({...e,display:t}),o=$r({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var ue=12,St="abstained",rn=8,Os=13;function zr(e){return Array.from({length:256},(t,n)=>wn(e,n))}function Dr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(xn(n,o,r*r),r,r),0,0),s}function Br(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,_e(t,r),t.xw,t.cell)}function jr(e,t,n,o,r){if(t.cell<yt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=o[n[i*s+l]],e.fillRect(Oe(t,l),_e(t,i),t.cell,t.cell)}function Ur(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Wr(e,t,n,o){let r=t.k,s=Math.min(Os,Math.floor(t.cell*.3));if(s<rn||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let u=_e(t,c)+t.cell/2;for(let f=t.c0;f<t.c0+t.v;f++){let h=It(n.values[c*r+f],n.counts[c*r+f],n.fmt,n.countDigits);l.push([Oe(t,f)+t.cell/2,u,h,n.colors[c*r+f]])}if(i){let f=It(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,f,i.colors[c]])}}let a=Is(e,l.map(c=>c[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,u,f,h]of l)e.fillStyle=gn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(f.main,c,u-a.px*.5),e.font=a.subFont,e.fillText(f.sub,c,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&f.sub?`${f.main} ${f.sub}`:f.main,c,u))}}function Is(e,t,n,o,r){let s=n-4,i=(a,c)=>{e.font=a;let u=0;for(let f of t)u=Math.max(u,e.measureText(c(f)).width);return u},l=t.length>0&&t[0].sub!=="";for(let a=o;a>=rn;a--){let c=`${a}px ${r.family}`,u=Math.max(rn-1,Math.round(a*.8)),f=`${u}px ${r.family}`;if(!(i(c,A=>A.main)>s))return l?n>=a*2.4+u&&i(f,A=>A.sub)<=s?{mode:"two",px:a,font:c,subFont:f}:i(c,A=>`${A.main} ${A.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function Vr(e,t,n,o,r,s,i,l){let a=_=>e.measureText(_).width;e.font=l(ue),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let _ of nt(t.v,r.step,t.r0)){let d=_e(t,_)+t.cell/2;e.fillText(rt(n[_],o,a),t.x0-ve,d),e.moveTo(t.x0-3,Math.round(d)+.5),e.lineTo(t.x0,Math.round(d)+.5)}let c=t.y0+t.grid+ve,u=nt(t.v,r.step,t.c0).map(_=>[Oe(t,_)+t.cell/2,n[_],r.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,St,r.extraRotated]);for(let[_,d,p]of u){let T=rt(d,o,a);e.moveTo(Math.round(_)+.5,t.y0+t.grid),e.lineTo(Math.round(_)+.5,t.y0+t.grid+3),p?(e.save(),e.translate(_,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(T,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(T,_,c))}e.stroke(),e.font=l(ue,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let f=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+ve+r.height+Se/2+2,A=Math.max(...f.map(a)),g=te(t.x0+t.grid/2,ee+A/2,Math.max(ee+A/2,t.width-ee-A/2));f.forEach((_,d)=>e.fillText(_,g,h+d*Lt));let y=Math.max(t.grid,t.height-2*ee),E=String(s.y),b=a(E)<=y?E:rt(E.split(" (")[0],y,a),x=te(t.y0+t.grid/2,ee+a(b)/2,Math.max(ee,t.height-ee-a(b)/2));e.save(),e.translate(ee+Se/2,x),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Gr(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Zt+De+6+n+Se)}function Ps(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+De)*i)/i-l,c=Math.round(n*i),u=Math.round((n+o)*i)-c,f=A=>Math.min(255,Math.floor((A+.5)/u*256)),h=0;for(let A=1;A<=u;A++)A<u&&f(A)===f(h)||(e.fillStyle=r[f(h)],e.fillRect(l,(c+u-A)/i,a,(A-h)/i),h=A)}function Hr(e,t,n,o,r,s,i=""){if(i){e.font=s(ue-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let c=h=>e.measureText(h).width,u=rt(String(i),Math.max(t.grid,t.height-2*ee),c),f=te(t.y0+t.grid/2,ee+c(u)/2,Math.max(ee,t.height-ee-c(u)/2));e.save(),e.translate(t.width-ee-Se/2,f),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Zt,a=t.grid;Ps(e,l,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(l-.5,t.y0-.5,De+1,a+1),e.font=s(ue-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,u]of n){let f=t.y0+a*(1-te(Number(c)||0,0,1));e.moveTo(l+De,Math.round(f)+.5),e.lineTo(l+De+3,Math.round(f)+.5),e.fillText(String(u),l+De+5,te(f,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Kr(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,_e(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(Oe(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Xr(e,t,n,o,r){let s=([i,l],a,c,u)=>{if(!Mr(t,[i,l]))return;let f=Math.max(tn(t,l),8),h=Math.max(t.cell,8),A=Oe(t,l)+tn(t,l)/2-f/2,g=_e(t,i)+t.cell/2-h/2;e.setLineDash(c),e.lineWidth=u,e.strokeStyle=r.bg,e.strokeRect(A+u,g+u,f-2*u,h-2*u),e.strokeStyle=a,e.strokeRect(A+u/2,g+u/2,f-u,h-u)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}var Yr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Rs={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function zs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Yr[e.normalize]?(c=(e.multilabel?Rs:Yr)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(r+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:r,y:s,bar:c,badges:a}}function qr(e){let t=e("compareState");return zs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Lr(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var Ds=720,Bs=64,js=200,Us={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ws={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Vs=4,Zr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Gs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel"],Hs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Ks=24;function Jr({state:e,dom:t,signal:n,report:o=l=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let l=q(n),a=(w,k,M,N)=>G(w,k,M,l.signal,N),{doc:c,h:u,button:f}=t,h=u("div","cmw-matrix"),A=u("div","cmw-zoom");A.setAttribute("role","group"),A.setAttribute("aria-label","Zoom");let g=f("cmw-zoom-out","−");g.setAttribute("aria-label","Zoom out"),g.title="Zoom out (-)";let y=f("cmw-zoom-in","+");y.setAttribute("aria-label","Zoom in"),y.title="Zoom in (+)";let E=f("cmw-zoom-fit","Fit");E.setAttribute("aria-label","Show all classes"),E.title="Show all classes (0)";let b=u("span","cmw-view-range");b.setAttribute("aria-live","polite"),A.append(g,y,E,b,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),A.hidden=!0;let x=u("div","cmw-mode");x.setAttribute("aria-live","polite"),x.hidden=!0;let _=u("div","cmw-plot"),d=u("canvas","cmw-canvas");d.tabIndex=0,d.setAttribute("role","img");let p=u("div","cmw-tooltip");p.hidden=!0,_.append(d,p);let T=u("div","cmw-sr");T.setAttribute("aria-live","polite"),h.append(x,A,_,T);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},$={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},C=w=>e.get(w),W=w=>{let k=C("lut"),M=C("compareState")?k:vn(k,w);return M===k?{lut:k,lutText:C("lutText")}:(($.themedOf[0]!==k||$.themedOf[1]!==w)&&($.themed={lut:M,lutText:mt(M)},$.themedOf=[k,w]),$.themed)},K=()=>{let w=$.drawn.lut;return $.cssOf!==w&&($.css=zr(w)),$.cssOf=w,$.css},V=()=>{let w=C("colors"),k=$.drawn.lut;return $.bitmap&&$.bitmapOf[0]===w&&$.bitmapOf[1]===k||($.bitmap=Dr(c,$.bitmap,w,k,C("k")),$.bitmapOf=[w,k]),$.bitmap};function U(w,k){let M=w.font,N=$.widths.get(M);if(N&&N.texts===k)return N.w;let I=0;for(let Z of k)I=Math.max(I,w.measureText(Z).width);return $.widths.set(M,{texts:k,w:I}),I}function j(){m.queued||l.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,l.signal.aborted||R()}))}function O(){let w=c.defaultView,k=w&&w.getComputedStyle?w.getComputedStyle(h):null,M=(N,I)=>(k&&k.getPropertyValue(N)||"").trim()||I;return{fg:k&&k.color||"#1f1f1f",muted:M("--cmw-muted","#616161"),accent:M("--cmw-accent","#1976d2"),border:M("--cmw-border","#bdbdbd"),bg:M("--cmw-bg","#ffffff"),family:k&&k.fontFamily||"sans-serif"}}let v=()=>(s?s():h.clientWidth)||Ds;function S(){let w=h.closest(".cmw"),k=c.defaultView;if(!w||!k||!h.isConnected||!w.getClientRects().length)return 1/0;let M=null;for(let H=w.parentElement;H&&H!==c.body&&H!==c.documentElement;H=H.parentElement){let se=k.getComputedStyle(H).overflowY;(se==="auto"||se==="scroll")&&H.clientHeight>=js&&(M=H)}if(!M&&k.top!==k)return 1/0;let N=Math.min(k.innerHeight,M?M.clientHeight:k.innerHeight);if(!(N>0))return 1/0;let I=H=>H.getBoundingClientRect().top,Z=H=>H.getBoundingClientRect().bottom,ne=Bs,re=[...w.children].find(H=>H.contains(h));if(re&&re!==h){let H=[...re.children].filter(se=>se!==h&&se.getClientRects().length&&I(se)>=Z(h)-1);H.length&&(ne+=Math.max(...H.map(Z))-Z(h))}for(let H=re?re.nextElementSibling:null;H&&!H.classList.contains("cmw-selection");H=H.nextElementSibling)H.getClientRects().length&&!H.classList.contains("cmw-sr")&&(ne+=H.getBoundingClientRect().height);return Math.floor(N-(I(d)-I(w))-ne)}function F(w){m.cursor&&(m.cursor[0]>=w||m.cursor[1]>=w)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=w}let z=w=>w+(w>0&&C("abstained")?1:0),D=w=>w[1]>=C("k")?[w[0],m.view?m.view.c0:0]:w;function R(){let w=performance.now(),k=C("k");k!==m.k&&F(k);let M=C("abstained");m.cols=z(k),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=d.getContext("2d");if(!N)return;let I=O();$.drawn=W(I.bg),m.detached=!h.isConnected;let Z=(Ce,$e)=>`${$e?"600 ":""}${Ce}px ${I.family}`,ne=C("labels");m.width=v(),N.font=Z(ue);let re=Math.min(qt,Math.max(40,Math.round(m.width*.2))),H=Math.ceil(Math.min(re,U(N,ne))),se=C("colorbar"),Ke=Gr(N,se),Te=qr(C);Y(Te.badges),m.height=S();let it={yLabelWidth:H,rightWidth:Ke,extra:M?1:0,xTitleLines:1,xLabelHeight:Math.min(qt,U(N,ne))},Xe;for(let Ce=0;Ce<3;Ce++){let $e=tt(k,m.width,{...it,maxGrid:Xe}),Et=wr($e,m.height);if(Et===void 0||Et===Xe)break;Xe=Et}let dn=tt(k,m.width,{yLabelWidth:H,rightWidth:Ke,extra:M?1:0,maxGrid:Xe});m.zoomable=k>0&&br(k,dn.room),m.vMin=gr(k,dn.room);let Tt=m.zoomable?fe(m.view,k,m.vMin):Fe(k);m.view=m.zoomable?Tt:null;let pn={yLabelWidth:H,rightWidth:Ke,view:Tt,extra:M?1:0,maxGrid:Xe},Ct=tt(k,m.width,pn);m.step=Sr(Tt.v,Ct.cell),m.xLabels=oe(N,ne,Ct,re),N.font=Z(ue,!0);let fn=Lr(Te.x,Math.max(Ct.width-2*ee,60),Ce=>N.measureText(Ce).width);N.font=Z(ue);let ce=tt(k,m.width,{...pn,xLabelHeight:m.xLabels.height,xTitleLines:fn.length});m.layout=ce,m.yLabelW=H,B(N,ce);let $t=C("colors");if(k===0)N.fillStyle=I.muted,N.font=Z(ue),N.fillText("No data",ee,ee+ue);else{$t.length>=k*k&&jr(N,ce,$t,K(),V),M&&Br(N,ce,M.colors,K()),Ur(N,ce,I),Wr(N,ce,{values:C("values"),counts:C("counts"),colors:$t,lut:$.drawn.lut,lutText:$.drawn.lutText,fmt:C("fmt"),countDigits:C("countDigits"),abstained:M},I),Vr(N,ce,ne,re,{step:m.step,...m.xLabels},{x:fn,y:Te.y},I,Z),Hr(N,ce,se,K(),I,Z,Te.bar);let Ce=m.cursor&&d.matches(":focus")?m.cursor:null;Xr(N,ce,C("selected"),Ce,I);let $e=C("focus");$e&&$e.outline&&Kr(N,ce,$e.r,$e.c,I)}P(ce),J(ce,k,w,Te)}function Y(w){let k=[...x.children].map(M=>M.textContent);k.length===w.length&&k.every((M,N)=>M===w[N])||(x.replaceChildren(...w.map(M=>u("span","cmw-badge",M))),x.hidden=w.length===0)}function P(w){A.hidden=!m.zoomable,m.zoomable&&(b.textContent=Qt(w,w.k),y.disabled=w.v<=m.vMin,g.disabled=w.v>=w.k,E.disabled=w.v>=w.k)}function B(w,k){let M=c.defaultView&&c.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(k.width*M)),I=Math.max(1,Math.round(k.height*M));(d.width!==N||d.height!==I)&&(d.width=N,d.height=I),d.style.width=`${k.width}px`,d.style.height=`${k.height}px`,w.setTransform(M,0,0,M,0,0),w.clearRect(0,0,k.width,k.height)}function J(w,k,M,N){let I=performance.now();d.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let Z=null;!m.firstDrawn&&k>0&&(m.firstDrawn=!0,Z=I-(m.draws===1?r:M)),o({k,draws:m.draws,lastMs:I-M,firstMs:Z,view:{r0:w.r0,c0:w.c0,v:w.v}}),d.dataset.cellX0=String(w.x0),d.dataset.cellY0=String(w.y0),d.dataset.cellSize=String(w.cell),d.dataset.viewRow0=String(w.r0),d.dataset.viewCol0=String(w.c0),d.dataset.viewSize=String(w.v),d.dataset.cols=String(m.cols),d.dataset.extraX0=w.extra?String(w.xExtra):"",d.dataset.extraWidth=w.extra?String(w.xw):"",d.dataset.xTitle=N.x,d.dataset.yTitle=N.y,d.dataset.barTitle=N.bar,d.setAttribute("aria-label",`Confusion matrix of ${k} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(w.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${Qt(w,k)}; plus and minus zoom, 0 shows all.`:""))}function oe(w,k,M,N){let I=0;if(m.zoomable)I=U(w,k);else for(let se of nt(M.k,m.step))I=Math.max(I,w.measureText(k[se]).width);I=Math.min(N,I);let Z=I>m.step*M.cell-4,ne=M.extra?w.measureText(St).width:0,re=M.extra>0&&(Z||ne>M.xw+Qe-2),H=Math.max(Z?I:ue+2,re?ne:0);return{rotated:Z,extraRotated:re,height:Math.ceil(H)}}function L(w,k){m.editor&&m.editor.finish(!1);let M=m.layout,N=w==="y"?Math.max(m.yLabelW+ve+4,100):120,I=Oe(M,k)+M.cell/2,Z=w==="y"?M.x0-N:te(I-N/2,0,Math.max(0,M.width-N)),ne=w==="y"?_e(M,k)+M.cell/2-11:M.y0+M.grid+ve,re={left:d.offsetLeft+Math.max(0,Z),top:d.offsetTop+ne,width:N},H=C("labels");m.editor=Cr({dom:t,host:_,box:re,name:H[k],index:k,done:(se,Ke)=>{m.editor=null;let Te=C("labels");if(se!==null&&k<Te.length){let it=Te.slice();it[k]=se,e.set("display_labels",it)}Ke&&d.focus({preventScroll:!0})}})}function ae(w,k=!1){let M=d.getBoundingClientRect(),N=m.lastUp;return k&&N&&Math.abs(N.x-w.clientX)<1&&Math.abs(N.y-w.clientY)<1?[N.x-M.left,N.y-M.top]:[w.clientX-M.left,w.clientY-M.top]}function ye(w,k){let M=m.layout;if(!M||M.k===0)return null;let N=ue/2+1;if(w>=ee+Se&&w<M.x0&&k>=M.y0-N&&k<M.y0+M.grid+N){let ne=en(k-M.y0,M.cell,m.step,M.k,N,M.r0,M.v);return ne>=0?{axis:"y",index:ne}:null}let I=M.y0+M.grid,Z=M.x0+M.grid+(M.extra?Qe/2:20);if(k>=I&&k<I+ve+m.xLabels.height&&w>=M.x0-20&&w<Z){let ne=m.xLabels.rotated?N:m.step*M.cell/2,re=en(w-M.x0,M.cell,m.step,M.k,ne,M.c0,M.v);return re>=0?{axis:"x",index:re}:null}return null}function he([w,k]){let M=C("k"),N=C("labels"),I=C("abstained");if(k>=M&&I){let H=[`True: ${N[w]}`,`Predicted: ${St}`,`Count: ${ie(I.counts[w],C("countDigits"))}`],se=C("fmt");return se.kind==="percent"&&H.push(`Shown: ${Re(I.values[w],se)} ${Hs[C("normalize")]||""}`.trim()),H.join(`
`)}let Z=w*M+k,ne=[`True: ${N[w]}`,`Predicted: ${N[k]}`,`Count: ${ie(C("counts")[Z],C("countDigits"))}`],re=C("fmt");if(re.kind==="delta"&&ne.push(`Change: ${Re(C("values")[Z],re)} since the compared run`),re.kind==="percent"){let H=(C("multilabel")?Ws:Us)[C("normalize")]||"";ne.push(`Shown: ${Re(C("values")[Z],re)} ${H}`.trim())}return ne.join(`
`)}function Me(w,k,M){p.textContent=w,p.hidden=!1;let N=d.offsetLeft+k+14;N+p.offsetWidth+4>_.clientWidth&&(N=Math.max(0,d.offsetLeft+k-p.offsetWidth-10));let I=d.offsetTop+M+14;I+p.offsetHeight+4>_.clientHeight&&(I=Math.max(0,d.offsetTop+M-p.offsetHeight-10)),p.style.left=`${N}px`,p.style.top=`${I}px`}let Ae=()=>m.zoomable&&m.view!==null&&m.view.v<C("k");function me(w){let k=C("k"),M=fe(w,k,m.vMin),N=m.view||Fe(k);return M.r0===N.r0&&M.c0===N.c0&&M.v===N.v?!1:(m.view=M,p.hidden=!0,j(),!0)}function le(w,k=null){if(!m.zoomable||!m.layout)return;let M=m.layout;me(xr(M,w,k,M.k,m.vMin))}function we(w){w.target.closest(".cmw-zoom-in")?le(et):w.target.closest(".cmw-zoom-out")?le(1/et):w.target.closest(".cmw-zoom-fit")&&me(Fe(C("k")))}function go(w){if(!(w.ctrlKey||w.metaKey)||!m.zoomable)return;w.preventDefault();let[k,M]=ae(w);le(kr(w.deltaY,w.deltaMode),Ar(k,M,m.layout))}function xo(w){if(m.panned=!1,m.pan=null,w.button!==0||!Ae())return;let[k,M]=ae(w);At(k,M,m.layout)&&(m.pan={id:w.pointerId,x:w.clientX,y:w.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function vo(w){let k=m.pan,M=w.clientX-k.x,N=w.clientY-k.y;if(!k.moved){if(Math.hypot(M,N)<Vs)return;k.moved=!0,p.hidden=!0;try{d.setPointerCapture(k.id)}catch{}}d.style.cursor="grabbing",me(vr(k.view,-N/k.cell,-M/k.cell,C("k"),m.vMin))}function yo(w){m.lastUp={x:w.clientX,y:w.clientY},m.pan&&m.pan.moved&&(m.panned=!0,d.style.cursor="grab"),m.pan=null}function Ao(w){if(m.pan&&m.pan.id===w.pointerId&&(vo(w),m.pan.moved))return;let[k,M]=ae(w),N=At(k,M,m.layout);if(N){Me(he(N),k,M),d.style.cursor=Ae()?"grab":"pointer";return}let I=ye(k,M);if(d.style.cursor=I?"text":"default",I){let Z=I.axis==="y"?"True class":"Predicted class";Me(`${Z} ${I.index}: ${C("labels")[I.index]}
(double-click to rename)`,k,M)}else p.hidden=!0}function ko(w){if(m.panned){m.panned=!1;return}let[k,M]=ae(w,!0),N=At(k,M,m.layout);N?(m.cursor=N,e.set("selected",N),j()):!ye(k,M)&&C("selected")!=null&&e.set("selected",null)}function So(w){let[k,M]=ae(w,!0),N=ye(k,M);N&&(w.preventDefault(),p.hidden=!0,L(N.axis,N.index))}function _o(w){let k=C("k");if(k===0)return;let M=!0;if(Jt.has(w.key)){let N=m.cursor||C("selected")||(Ae()?[m.view.r0,m.view.c0]:null);m.cursor=_r(N,w.key,k,w.shiftKey?10:1,z(k)),Ae()&&me(kt(m.view,D(m.cursor),k,m.vMin)),T.textContent=he(m.cursor).replace(/\n/g,", "),j()}else if(m.zoomable&&!w.ctrlKey&&!w.metaKey&&!w.altKey&&Zr[w.key]){let N=Zr[w.key];if(N==="fit")me(Fe(k));else{let I=m.cursor?D(m.cursor):null;le(N==="in"?et:1/et,I?[I[0]+.5,I[1]+.5]:null),I&&Ae()&&me(kt(m.view,D(m.cursor),k,m.vMin))}}else if(w.key==="Enter"||w.key===" "){let N=m.cursor||C("selected")||[0,0];m.cursor=N,e.set("selected",[N[0],N[1]])}else M=!1;M&&w.preventDefault()}a(d,"pointerdown",xo),a(d,"pointermove",Ao),a(d,"pointerleave",()=>{p.hidden=!0}),a(d,"pointerup",yo),a(d,"pointercancel",()=>{m.pan=null}),a(d,"wheel",go,{passive:!1}),a(A,"click",we),a(d,"click",ko),a(d,"dblclick",So),a(d,"keydown",_o),a(d,"focus",j),a(d,"blur",j);let cn=()=>{let w=S();return w!==m.height&&!(Math.abs(w-m.height)<1)},Ie=c.defaultView;if(Ie&&typeof Ie.ResizeObserver<"u"){let w=new Ie.ResizeObserver(()=>{(m.detached||Math.abs(v()-m.width)>=1||cn())&&j()});for(let M of[h,...i])w.observe(M);let k=h.closest(".cmw");k&&w.observe(k),a(Ie,"resize",()=>{cn()&&j()}),l.signal.addEventListener("abort",()=>w.disconnect(),{once:!0})}if(Ie&&typeof Ie.MutationObserver<"u"&&c.body){let w=null,k=new Ie.MutationObserver(()=>{clearTimeout(w),w=setTimeout(j,100)});k.observe(c.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{k.disconnect(),clearTimeout(w)},{once:!0})}l.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let st=C("selected"),un=C("focus");function mn(){let w=C("selected"),k=C("focus"),M=w&&!(st&&w[0]===st[0]&&w[1]===st[1]);k!==un&&k&&m.zoomable?me(yr(m.view,[k.r,k.c],C("k"),Ks,m.vMin)):M&&Ae()&&me(kt(m.view,D(w),C("k"),m.vMin)),st=w,un=k,R()}return X(e,Gs,mn,l.signal),R(),{el:h,update:mn,destroy:()=>{l.abort(),h.remove()}}}function Qr({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table"),l=r("p","cmw-interval-note");s.append(r("summary",null,"Metrics"),i,l);let a=!0;function c(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let f=e.get("countDigits"),h=e.get("intervals"),A=h&&!h.stale?h:null;l.hidden=!h,l.textContent=h?nr(h):"";let g=(x,_)=>x.append(r("td","cmw-num",_)),y=(x,_,d,p)=>{let T=r("td","cmw-num");A?wt(t,T,_,d,A.level,A.methods[p]):T.textContent=Q(_),x.append(T)};i.replaceChildren();let E=i.createTHead().insertRow();for(let x of["class","precision","recall","F1","support"])E.append(r("th",null,x));let b=i.createTBody();for(let[x,_]of u.perClass.entries()){let d=b.insertRow(),p=r("th",null,_.label);p.title=p.textContent,d.append(p);let T=A&&A.perClass[x];for(let m of["precision","recall","f1"])y(d,_[m],T?T[m]:null,m);g(d,ie(_.support,f))}for(let[x,_]of u.summary.entries()){let d=b.insertRow();d.className=x===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",d.append(r("th",null,String(_.name??"")));let p=A?A.summary[String(_.name)]:null;if("value"in _)g(d,""),g(d,""),y(d,_.value,Array.isArray(p)?p:null,_.name==="accuracy"?"accuracy":"balanced_accuracy"),g(d,"");else{let T=_.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])y(d,_[m],p&&!Array.isArray(p)?p[m]:null,T+m);g(d,ie(_.support,f))}}}return G(s,"toggle",()=>{s.open&&a&&c()},o.signal),X(e,["metrics","countDigits","intervals"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function eo({state:e,dom:t,signal:n}){let o=q(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return X(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function He({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),u=Be(n,r,s);return G(l,"input",()=>{a=!0,o&&o(c()),u(c())},i),G(l,"change",()=>{a=!1,u.cancel(),n(c())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(f,h,A){l.min=String(f),l.max=String(h),l.step=String(A)}}}var Xs=60,to=700,_t="http://www.w3.org/2000/svg",ot={w:240,h:56,pad:6};function no(e,{w:t,h:n,pad:o}=ot){let r=e.length,s=l=>r>1?o+l*(t-2*o)/(r-1):t/2,i=l=>o+(1-Math.min(1,Math.max(0,l)))*(n-2*o);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Ys(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function ro({state:e,dom:t,signal:n,clock:o}){let r=q(n),{doc:s,h:i,button:l,option:a}=t,c=o||{now:()=>Date.now(),setTimeout:(O,v)=>setTimeout(O,v),clearTimeout:O=>clearTimeout(O)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let f=l("cmw-play","▶");f.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),A=()=>e.get("runs").names,g=O=>{let v=A();O>=0&&O<v.length&&v[O]!==e.get("run")&&e.set("run",v[O])},y=He({dom:t,cls:"cmw-run-slider",write:g,throttleMs:Xs,clock:o,signal:r.signal,onInput:O=>{j(),h.textContent=A()[O]??""}}),E=y.el;E.min="0",E.step="1",E.setAttribute("aria-label","Run");let b=l("cmw-run-newer","");b.title="Show the latest run";let x=i("select","cmw-compare-pick");x.setAttribute("aria-label","Compare with");let _=i("label","cmw-field");_.append(i("span",null,"Compare with"),x);let d=i("div","cmw-runs-top");d.append(f,E,h,b,_);let p=s.createElementNS(_t,"svg");p.setAttribute("class","cmw-history"),p.setAttribute("viewBox",`0 0 ${ot.w} ${ot.h}`),p.setAttribute("width",String(ot.w)),p.setAttribute("height",String(ot.h));let T=i("div","cmw-history-legend");T.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(p,T),u.append(d,m),u.hidden=!0;let $=null;function C(){let O=e.get("runs"),v=e.get("run");if(u.hidden=O.names.length<2,u.hidden){j();return}let S=O.names.indexOf(v);E.max=String(O.names.length-1),!y.dragging()&&S>=0&&(E.value=String(S)),y.dragging()||(h.textContent=v);let F=Ys(O.names,v);b.textContent=F,b.hidden=!F,W(O.names,e.get("compare")),K(O,S)}function W(O,v){let S=a("","none");x.replaceChildren(S,...O.map(F=>a(F))),x.value=v!=null&&O.includes(v)?v:""}function K(O,v){let S=[];for(let[z,D]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let R=no(z).filter(Boolean),Y=s.createElementNS(_t,"polyline");Y.setAttribute("class",D),Y.setAttribute("fill","none"),Y.setAttribute("points",R.map(P=>P.map(B=>B.toFixed(1)).join(",")).join(" ")),S.push(Y)}let F=no(O.accuracy);O.names.forEach((z,D)=>{if(!F[D])return;let R=s.createElementNS(_t,"circle");R.setAttribute("class",D===v?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),R.setAttribute("cx",F[D][0].toFixed(1)),R.setAttribute("cy",F[D][1].toFixed(1)),R.setAttribute("r",D===v?"4":"3"),R.setAttribute("data-run",String(D));let Y=s.createElementNS(_t,"title");Y.textContent=`${z}: accuracy ${Q(O.accuracy[D])}, macro F1 ${Q(O.macroF1[D])}`,R.append(Y),S.push(R)}),p.replaceChildren(...S)}function V(){let O=A(),v=O.indexOf(e.get("run"));if(v<0||v>=O.length-1){j();return}g(v+1),$=c.setTimeout(V,to)}function U(){let O=A();O.indexOf(e.get("run"))>=O.length-1&&g(0),f.textContent="❚❚",f.setAttribute("aria-label","Pause"),$=c.setTimeout(V,to)}function j(){$!==null&&c.clearTimeout($),$=null,f.textContent="▶",f.setAttribute("aria-label","Play the runs")}return G(f,"click",()=>$===null?U():j(),r.signal),G(b,"click",()=>{j(),g(A().length-1)},r.signal),G(x,"change",()=>e.set("compare",x.value===""?null:x.value),r.signal),G(p,"click",O=>{let v=O.target&&O.target.closest?O.target.closest("[data-run]"):null;v&&(j(),g(Number(v.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>j(),{once:!0}),X(e,["runs","run","compare"],C,r.signal),C(),{el:u,update:C,destroy:()=>{r.abort(),u.remove()}}}var qs=60,oo=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function so({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),u=d=>e.set("abstain",d),f=He({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:qs,clock:o,signal:r.signal,onInput:d=>{let p=i();c.textContent=d.toFixed(Ee(p?p.step:.01))}}),h=f.el,A=s("label","cmw-field");A.append(a,s("span",null,"Abstain when the top score is below"),h,c);let g=s("input","cmw-top-k");g.type="number",g.min="1";let y=s("label","cmw-field");y.append(s("span",null,"Hit when the true class is in the top"),g);let E=s("span","cmw-hint cmw-top-k-hint");E.setAttribute("role","status"),y.append(E);let b=s("div","cmw-abstain-stats");l.append(A,y,b);let x=null;function _(){let d=i(),p=!!(d&&d.kind==="multiclass");if(l.hidden=!p,!p)return;f.range(d.lo,d.hi,d.step);let T=d.abstain!==null&&d.abstain!==void 0;if(a.checked=T,h.disabled=!T,T&&(x=d.abstain),!f.dragging()){let m=T?d.abstain:x??(d.lo+d.hi)/2;h.value=String(m),c.textContent=T?Number(m).toFixed(Ee(d.step)):"off"}g.max=String(d.k_max),t.doc.activeElement!==g&&(g.value=String(d.top_k)),b.replaceChildren(),T&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${oo(d.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${oo(d.covered_accuracy)}`))}return G(a,"change",()=>{i()&&u(a.checked?parseFloat(h.value):null)},r.signal),G(g,"change",()=>{let d=i(),p=Number(g.value),T=d&&Number.isInteger(p)&&p>=1&&p<=d.k_max;E.textContent=T||!d?"":`top-k must be a whole number from 1 to ${d.k_max}`,T?e.set("top_k",p):d&&(g.value=String(d.top_k))},r.signal),X(e,["scores"],_,r.signal),_(),{el:l,update:_,destroy:()=>{r.abort(),l.remove()}}}function io(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ls=60,on={size:240,pad:34},Zs=[0,.5,1],Js="http://www.w3.org/2000/svg",Qs=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function ao({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s,doc:i}=t,l=(d,p={})=>{let T=i.createElementNS(Js,d);for(let[m,$]of Object.entries(p))T.setAttribute(m,String($));return T},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(c,u);let f=!1,h=null,A={},g=d=>{let p=e.get("binary");!p||!Number.isFinite(d)||e.set("threshold",te(d,p.lo,p.hi))},y=Be(g,Ls,o);r.signal.addEventListener("abort",()=>y.cancel(),{once:!0});function E(d){let{size:p,pad:T}=on;c.replaceChildren();for(let m of Object.keys(A))delete A[m];for(let m of Qs){let $=d[m.kind],C=s("figure",`cmw-curve cmw-curve-${m.kind}`),W=s("figcaption","cmw-curve-title"),K=d[m.area],V=d.undefinedBecause?d.undefinedBecause[m.kind]:null;if(W.textContent=`${m.title}${K===null||V?"":`  ${m.areaName} ${Q(K)}`}`,V){C.append(W,s("p","cmw-curve-undefined",`Undefined: ${V}.`)),c.append(C);continue}let U=l("svg",{width:p,height:p,viewBox:`0 0 ${p} ${p}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});U.classList.add("cmw-curve-svg"),Object.assign(U.dataset,{kind:m.kind,plotSize:String(p),plotPad:String(T)}),U.append(l("rect",{x:T,y:T,width:p-2*T,height:p-2*T,class:"cmw-curve-frame"}),l("polyline",{points:Ln($,p,T),class:"cmw-curve-line"})),m.kind==="roc"&&U.append(l("line",{x1:T,y1:p-T,x2:p-T,y2:T,class:"cmw-curve-chance"}));let j=l("text",{x:p/2,y:p-4,class:"cmw-curve-axis","text-anchor":"middle"});j.textContent=m.x;let O=l("text",{x:9,y:p/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${p/2})`});O.textContent=m.y,U.append(j,O,...b(p,T));let v=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),S=l("text",{x:T,y:T-8,class:"cmw-curve-readout"}),F=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),z=l("title");z.textContent="Drag along the curve to move the threshold",F.append(z),U.append(...v,S,F),C.append(W,U),c.append(C),A[m.kind]={plot:U,marker:F,guides:v,readout:S,curve:$,spec:m},x(U,$)}u.replaceChildren();for(let m of d.targets){let $=t.button("cmw-curve-target",`threshold for ${m.name}`);$.dataset.threshold=String(m.threshold),G($,"click",()=>g(m.threshold),r.signal),u.append($)}}function b(d,p){let T=d-2*p,m=[];for(let $ of Zs){let C=p+$*T,W=p+(1-$)*T,K=String($);m.push(l("line",{x1:C,y1:d-p,x2:C,y2:d-p+4,class:"cmw-curve-tickmark"})),m.push(l("line",{x1:p-4,y1:W,x2:p,y2:W,class:"cmw-curve-tickmark"}));let V=l("text",{x:C,y:d-p+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});V.textContent=K;let U=l("text",{x:p-6,y:W,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});U.textContent=K,m.push(V,U)}return m}function x(d,p){let T=!1,m=C=>{let W=io(d.getBoundingClientRect(),on),K=(C.clientX-W.x0)/W.inner,V=1-(C.clientY-W.y0)/W.inner;return p.t[qn(p,K,V)]};G(d,"pointerdown",C=>{if(T=!0,d.setPointerCapture&&C.pointerId!==void 0)try{d.setPointerCapture(C.pointerId)}catch{}y(m(C))},r.signal),G(d,"pointermove",C=>{T&&y(m(C))},r.signal),G(d,"pointerup",C=>{T&&(T=!1,y.cancel(),g(m(C)))},r.signal),G(d,"pointercancel",()=>{T=!1,y.cancel()},r.signal)}function _(){let d=e.get("binary");if(a.hidden=!d,!d)return;let p=e.get("curves");if(!p){(!f||h!==null)&&(f=!0,h=null,c.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}h!==p&&(E(p),h=p);let{size:T,pad:m}=on,$=T-2*m;for(let{marker:C,guides:W,readout:K,spec:V,plot:U}of Object.values(A)){let[j,O]=V.at(d),v=Number.isFinite(j)&&Number.isFinite(O);for(let R of[C,...W])R.setAttribute("visibility",v?"visible":"hidden");if(K.textContent=v?`${V.x} ${Q(j)}, ${V.y} ${Q(O)}`:"",!v)continue;let S=(m+j*$).toFixed(1),F=(m+(1-O)*$).toFixed(1);C.setAttribute("cx",S),C.setAttribute("cy",F);let[z,D]=W;Object.entries({x1:S,y1:F,x2:S,y2:T-m}).forEach(([R,Y])=>z.setAttribute(R,Y)),Object.entries({x1:S,y1:F,x2:m,y2:F}).forEach(([R,Y])=>D.setAttribute(R,Y)),U.dataset.markerX=String(j),U.dataset.markerY=String(O)}}return X(e,["binary","curves"],_,r.signal),_(),{el:a,update:_,destroy:()=>{r.abort(),a.remove()}}}var ei=60,sn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ti(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function lo({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),f=0,A=He({dom:t,cls:"cmw-label-threshold",write:$=>{let C=u();if(!C||!Array.isArray(C.thresholds)||!Number.isFinite($))return;let W=C.thresholds.slice();W[f]=$,e.set("thresholds",W)},throttleMs:ei,clock:o,signal:r.signal,onInput:$=>{let C=u();c.textContent=$.toFixed(Ee(C?C.step:.01))}}),g=A.el,y=s("label","cmw-field");y.append(s("span",null,"Threshold"),g,c);let E=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),x=s("table","cmw-label-tables");i.append(a,y,E,b,x);let _="label",d=!1;function p(){let $=u(),C=!!($&&$.kind==="multilabel");if(i.hidden=!C,!C)return;let W=e.get("labels"),K=e.get("metrics").perClass,V=e.get("countDigits");f=Math.min(f,W.length-1),(l.options.length!==W.length||[...l.options].some((j,O)=>j.textContent!==W[O]))&&l.replaceChildren(...W.map((j,O)=>t.option(String(O),j))),l.value=String(f);let U=Array.isArray($.thresholds);y.hidden=!U,g.disabled=!!$.fixed,U&&!A.dragging()&&(A.range($.lo,$.hi,$.step),g.value=String($.thresholds[f]),c.textContent=Number($.thresholds[f]).toFixed(Ee($.step))),T($,W,V),m($,W,K,V)}function T($,C,W){let K=$.tables[f]||[0,0,0,0],V=s("table","cmw-readout-table");V.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let j=V.createTBody();[["truly absent",0],["truly present",2]].forEach(([v,S])=>{let F=j.insertRow();F.append(s("th",null,v));for(let z of[S,S+1]){let[D,R]=sn[z],Y=s("td"),P=t.button("cmw-label-cell",`${R} ${ie(K[z],W)}`);P.dataset.cell=D,P.disabled=!!$.fixed,G(P,"click",()=>e.send({type:"label_cell",label:f,cell:D}),r.signal),Y.append(P),F.append(Y)}}),E.replaceChildren(s("div","cmw-label-focus-title",C[f]??""),V);let O=$.focus;if(O&&O.label===f){let v=sn.find(([F])=>F===O.cell)?.[1]??O.cell,S=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${v} of ${C[f]}: ${S} samples`),s("div","cmw-indices",O.indices.join(", ")))}else b.replaceChildren()}function m($,C,W,K){let V=s("tr"),U=(S,F)=>{let z=_===S,D=t.button(`cmw-sort${z?" cmw-sorted":""}`,z?`${F} ${d?"▼":"▲"}`:F);D.dataset.sort=S,G(D,"click",()=>{d=z?!d:S!=="label",_=S,p(),x.querySelector(`[data-sort="${S}"]`).focus()},r.signal);let R=s("th");return R.setAttribute("aria-sort",z?d?"descending":"ascending":"none"),R.append(D),R};V.append(U("label","label"),...sn.map(([,S])=>s("th",null,S)),U("f1","F1"),U("support","support"));let j=s("thead");j.append(V);let O=s("tbody"),v=W.length===C.length?W:C.map(()=>({f1:NaN,support:NaN}));for(let S of ti(v,_,d)){let F=s("tr",S===f?"cmw-focused":null);F.dataset.label=String(S);let z=t.button("cmw-label-name",C[S]);G(z,"click",()=>{f=S,p()},r.signal);let D=s("th");D.append(z),F.append(D,...($.tables[S]||[]).map(R=>s("td",null,ie(R,K))),s("td",null,Q(v[S].f1)),s("td",null,ie(v[S].support,K))),O.append(F)}x.replaceChildren(j,O)}return G(l,"change",()=>{f=Number(l.value)||0,p()},r.signal),X(e,["scores","labels","metrics","countDigits"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}function co(e){let t=[ao(e),so(e),lo(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}function uo({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=r("div","cmw-selection"),l=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let A=r("p","cmw-sentence");for(let b of h.sentence){let x=String(b&&b.text!=null?b.text:"");A.append(b&&b.em?r("em",null,x):t.doc.createTextNode(x))}let g=r("div","cmw-selection-head");if(g.append(A,l()),i.append(g),!h.available){let b=e.get("table"),x=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",x));return}let y=In(h);if(y.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),c(y));let E=Array.isArray(h.previews)?h.previews:[];E.length&&i.append(u(E))}function c(h){let A=r("div","cmw-pager");if(h.hasPrev){let g=s("cmw-prev","Previous");g.dataset.offset=String(h.prevOffset),A.append(g)}if(A.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let g=s("cmw-more","Show more");g.dataset.offset=String(h.nextOffset),A.append(g)}return A}function u(h){let A=r("div","cmw-previews");for(let g of h)if(g){if(g.kind==="image"&&typeof g.src=="string"&&g.src.startsWith("data:image/")){let y=r("figure","cmw-preview-img"),E=r("img");E.src=g.src,E.alt=`sample ${g.index}`,y.append(E,r("figcaption",null,`#${g.index}`)),A.append(y)}else if(g.kind==="text"){let y=r("div","cmw-preview-text");y.append(r("span","cmw-idx",`#${g.index}`),r("span","cmw-snippet",String(g.text??""))),A.append(y)}}return A}let f=null;return G(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let A=h.target.closest("button[data-offset]");if(!A)return;let g=e.get("selection");f=g&&{cls:A.className,i:g.i,j:g.j},e.send({type:"page",offset:Number(A.dataset.offset)})},o.signal),X(e,["selection","table","hasSelection"],()=>{let h=f;f=null;let A=t.doc.activeElement,g=A&&(i.contains(A)||A===t.doc.body);a();let y=e.get("selection");if(!h||!y||y.i!==h.i||y.j!==h.j||!g)return;let E=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");E&&E.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}var mo=e=>Math.round(e).toLocaleString("en-US");function ni(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${mo(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${mo(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function ri(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function po({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),l=r("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=ni(c);let u=ri(e);l.hidden=!u,l.textContent=u||""}return X(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function oi(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var si=60;function fo({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let f=!1,h=null,A=p=>p.step>0?p.step:(p.hi-p.lo)/1e3||.01,g=()=>e.get("table")?.edges||null,y=(p,T)=>g()?String(Number(p.toPrecision(6))):p.toFixed(Ee(A(T)));function E(){let p=e.get("binary");if(i.hidden=!p,!p)return;let T=g();a.min=T?"0":String(p.lo),a.max=String(T?T.length-1:p.hi),a.step=T?"1":String(A(p));let m=e.get("threshold")??Number(p.threshold);!f&&Number.isFinite(m)&&(a.value=String(T?oi(T,m):m),c.textContent=y(m,p)),b(p)}function b(p){let T=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${p.negName}`),s("th",null,`predicted ${p.posName}`));let C=m.createTBody(),W=[[`true ${p.negName}`,["TN",p.tn],["FP",p.fp]],[`true ${p.posName}`,["FN",p.fn],["TP",p.tp]]];for(let[j,...O]of W){let v=C.insertRow();v.append(s("th",null,j));for(let[S,F]of O){let z=s("td");z.append(s("span","cmw-tag",S),t.doc.createTextNode(` ${ie(F,T)}`)),v.append(z)}}let K=s("div","cmw-readout-stats"),V=e.get("intervals"),U=V&&!V.stale&&V.binary?V.binary:null;for(let[j,O,v]of[["TPR","tpr",p.tpr],["FPR","fpr",p.fpr],["precision","precision",p.precision],["F1","f1",p.f1]]){if(!U){K.append(s("span","cmw-stat",`${j} ${Q(v)}`));continue}let S=s("span","cmw-stat-value");wt(t,S,v,U[O],V.level,O==="f1"?"bootstrap":"wilson");let F=s("span","cmw-stat",`${j} `);F.append(S),K.append(F)}u.replaceChildren(m,K)}let x=p=>{Number.isFinite(p)&&(h=p,e.set("threshold",p))},_=Be(x,si,o),d=()=>{let p=g();return p?p[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return G(a,"input",()=>{f=!0;let p=d(),T=e.get("binary");Number.isFinite(p)&&(c.textContent=T?y(p,T):p.toFixed(2)),_(p)},r.signal),G(a,"change",()=>{f=!1,_.cancel();let p=d();(p!==h||e.get("threshold")!==p)&&x(p)},r.signal),r.signal.addEventListener("abort",()=>_.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table","intervals"],E,r.signal),E(),{el:i,update:E,destroy:()=>{r.abort(),i.remove()}}}var ii=300,ai=200,li=16;function ci(e,t,n){let o=e-t-li,r=Math.min(Yt,Math.max(n,1)*vt)+ai;return t>0&&o>=Math.max(ii,Math.min(r,.6*e))?o:e}function ui(e,t){let n=e.dom.h("div","cmw-main"),o=co(e);o.el.classList.add("cmw-side");let s=Jr({...t,room:()=>ci(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function mi(e){let t=Tr(e),n=Rr(e);return[fr({...e,extra:[t.button]}),t,fo(e),po(e),eo(e),n.panel,ui(e,n.matrixCtx),n.table,ro(e),pr(e),uo(e),dr(e),Qr(e),mr(e)]}function ho(e,t,n=performance.now()){let o=Kn(t.ownerDocument||document),r=new AbortController,s=ar(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",G(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let l=({k:c,draws:u,lastMs:f,firstMs:h})=>{i.dataset.k=String(c),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=f.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=mi({state:s,dom:o,signal:r.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var Mt="cm-widget",di="application/vnd.cm-widget.view+json",an="application/vnd.jupyter.widget-view+json",wo=1e4,pi="Saved view, no kernel behind it: run the cell to make it live.",ln=null;async function fi(e){let t=ln&&ln[e];if(!t)throw new Error(`${Mt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function hi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=hn,e.head.appendChild(t)}async function wi(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Hn(n):null}function bo(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function bi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=wi(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),wo))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=bo(this,"rendermime"),r=o&&o.rendermime,s=bo(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&an in n.data&&r&&r.mimeTypes.includes(an))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(an);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:wo),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){hi(o),s.textContent=pi;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:ho(Vn(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function gi(){let{Panel:e}=await fi("@lumino/widgets"),t=bi(e);return{id:`${Mt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[di],defaultRank:-20,createRenderer:n=>new t(n)}}}function xi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Mt]={init:e=>{ln=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Mt} has no module ${e}`);let t=xi()?[await gi()]:[];return()=>({__esModule:!0,default:t})}});})();
