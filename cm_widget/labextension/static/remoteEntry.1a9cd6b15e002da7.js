(()=>{var In=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Rn(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Pn(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Ht(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function jn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":Ht(t[r],t[r+1],t[r+2])}function Bn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function po(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function fo([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function Dn(e,t){let n=po(t);if(!n||fo(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function re(e,t,n){return e<t?t:e>n?n:e}var ho=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Se(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if(ho)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function qe(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,d))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var wo={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},go=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function We(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=wo[e&&e.dtype]||Float64Array,o=zn(r,fe(e&&e.counts)),s=bo(e&&e.totals,t,n);if(e&&e.at!=null){let i=zn(Uint32Array,fe(e.at)),c=new r(t*n),a=Math.min(i.length,o.length);for(let l=0;l<a;l++)i[l]<c.length&&(c[i[l]]=o[l]);return{k:t,cols:n,counts:c,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function zn(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(go&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let c=0;c<r;c++)i[c]=o[s](n*c,!0);return i}function bo(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function st(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function Me(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,Me(e,t,o,r)+Me(e,t+o*r,n-o,r)}function Ze(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return xo(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=Me(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=Me(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function xo(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function xt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function yo(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Te(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=yo(a)}return o}function Yt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var vo=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Un(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?vo.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function yt(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function vt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Ht(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var bt=e=>Number(e.toPrecision(12));function kt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>bt(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=bt(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let d=bt(l*c);a.push([d/r,o?String(d):`${bt(d*100)}%`])}return a}function Vn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=fe(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let d=u=>i.getFloat64(8*(4*l+u),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var Xt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},St=e=>Array.isArray(e)?e:[],it=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,At=e=>St(e).map(Number).filter(Number.isInteger);function ko(e){let t=Xt(e),n=St(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(St(o)[i])?Number(St(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Ao(e,t){let n=Xt(e);if(typeof n.name!="string")return null;let r=We(n.matrix),o=yt(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:it(n.fixed),broken:it(n.broken),changed:it(n.changed)}}function Wn(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function Gn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function So(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var Kn=(e,t)=>{let n=Gn(e);return Te(So(e,t),-n,n)};function Hn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Yn(e,t=0){let n=Math.abs(Gn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Mo(e){let t=Xt(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:At(t.entered),cameFrom:At(t.came_from),left:At(t.left),wentTo:At(t.went_to),nEntered:it(t.n_entered),nLeft:it(t.n_left)}}var Xn={runs:{raw:["_runs"],make:(e,t)=>ko(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Ao(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Mo(t("_moves"))}},qn=["run","compare"];var Zn=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],Jn=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function we(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ge(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=re(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Hn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function qt(e,t,n,r=0){let o=Ge(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${we(t,r)})`}:{main:o,sub:""}}function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Pe(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return re(r-(n?Number(n):0),0,6)}function Qn(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function Ln(e,t){return t?`${e}_r`:e}function Zt(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function e1(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var t1=[[`
`,"⏎"],["\r","␍"]];function at(e){let t=String(e);for(let[n,r]of t1)t=t.split(n).join(r);return t}function Jt(e,t){if(t!=null&&e===at(t))return String(t);let n=String(e);for(let[r,o]of t1)n=n.split(o).join(r);return n}function Mt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var _o=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ee(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Je(e,t){let n=Ee(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(_o)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var Co={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function $o(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=Co[e.dtype];return t?Je(t,e.data):null}function To(e){let t=Ee(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let c=0;for(let a=n-1;a>=0;a--)c=c*256+t[i+a];o[s]=c}return o}function r1(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Je(Float64Array,t.weights):null,sampleIndex:t.sample_index?Je(Uint32Array,t.sample_index):null,ids:$o(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Je(Float32Array,t.outside.scores),weights:t.outside.weights?Je(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Ee(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Je(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=To(t.cells);return n}var Ke=new Float32Array(1),n1=new Int32Array(Ke.buffer);function Eo(e,t){return Ke[0]=e,Ke[0]===0?(n1[0]=1,t?Ke[0]:-Ke[0]):(n1[0]+=Ke[0]>0===t?1:-1,Ke[0])}function Qt(e){let t=Math.fround(e);return t>e?Eo(t,!1):t}function je(e,t=-1/0,n=1/0){let r=Qt(Number(e));return Math.min(Math.max(r,Qt(t)),Qt(n))}function _t(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=je(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;r[l*n+d]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function o1(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=je(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function Lt(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=je(n);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:1-s,l=e.scores[c]>=i?s:1-s;t[a*o+l]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function Ct(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function $t(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Ct(e,r))}function No(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=je(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?Me(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var _e=(e,t)=>t!==0?e/t:0;function Fo(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let w=0;w<t;w++){for(let v=0;v<t;v++){let T=e[w*t+v];o[w]+=T,s[v]+=T,c+=T}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,c+=n.total}let a=0;for(let w=0;w<t;w++)a+=o[w];let l=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,x=0;for(let w=0;w<t;w++){let v={precision:_e(r[w],s[w]),recall:_e(r[w],o[w]),f1:_e(2*r[w],o[w]+s[w]),support:o[w]};l.push(v);let T=_e(o[w],a);for(let y of["precision","recall","f1"])d[y]+=v[y]/t,u[y]+=v[y]*T;o[w]>0&&(p+=1,x+=v.recall)}return{rows:l,accuracy:_e(i,c),balancedAccuracy:p?x/p:0,macro:d,weighted:u}}function en(e,t,n=null,r=null){let o=Fo(e,t,No(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Oo(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:_e(e,e+n),fpr:_e(t,t+r),precision:_e(e,e+t),f1:_e(2*e,2*e+t+n),mcc:_e(e*r-t*n,o)}}function tn(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Oo(s(r,r),s(o,r),s(r,o),s(o,o))}}function s1(e){return e??"true"}function i1(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?nn(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=c?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${Mt(r*100,1)}% of `,x;return i==="all"?x=[{text:`${p}all samples).`}]:i==="pred"&&c?x=[{text:`${p}the abstained samples).`}]:i==="pred"?x=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:x=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...x]}function nn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var rn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Tt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,a1=(e,t,n)=>Array.isArray(e)&&e.length===2&&Tt(e[0],t)&&Tt(e[1],n);function Qe(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Tt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Tt(e.col,n)?{kind:"col",j:e.col}:null}return a1(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>a1(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function on(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function c1(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function l1(e,t,n=t){if(e===null)return null;let r=Qe(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":c1(r.cells)}function u1(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),c1(n)}function d1(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:a=!1}){let l=s?c(t):String(Math.trunc(t)),[d,u]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?d:u} ${t===1?"is":"are"} `,x={text:` (${i(o*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},x]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},x]:e==="errors"?[{text:`${p}misclassified`},x]:[{text:`${p}in ${r} selected cells`},x]}var Ro=/[",\r\n]/;function Po(e){let t=String(e);return Ro.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Et(e,t){return[e,...t].map(n=>n.map(Po).join(",")).join(`
`)+`
`}var m1=40,sn="abstained";function jo(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Bo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function p1(e){let t=Object.prototype.hasOwnProperty.call(rn,e)?rn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var f1=e=>e.every(t=>Number.isInteger(t));function h1(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let M of e.state.buffers)jo(t,M.path,Ee(M.data));let n=e.k,r=r1(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]);let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let d=M=>{for(let k of o.get(M)||[])k()},u=(M,k)=>{t[M]=k,d(M)},p=We(t._matrix),x=r?_t(r,t.threshold):Float64Array.from(st(p.counts,n,p.cols).square),w=p.cols===n+1?Array.from({length:n},(M,k)=>p.counts[k*p.cols+n]):null;function v(){return{k:n,dtype:"float64",counts:new Uint8Array(x.buffer.slice(0))}}function T(M,k){let F=`${M},${k},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=o1(r,M,k,t.threshold)),s.members}function y(M,k,F,P){let V=0;if(P==="true")for(let j of k){for(let X=0;X<n;X++)V+=x[j*n+X];w&&(V+=w[j])}else for(let j=0;j<n;j++)if(P==="all"){for(let X=0;X<n;X++)V+=x[j*n+X];w&&(V+=w[j])}else for(let X of F)V+=X===n?w?w[j]:0:x[j*n+X];return V?M/V:0}function b(M,k,F,P,V,j,X,me={},de={}){let le=0;for(let ee of F)for(let te of P)le+=te===n?w?w[ee]:0:x[ee*n+te];let ue=!!(r&&r.weights||!f1(x)),ae=s1(t.normalize),Ae;if(de.multilabel){let ee=p.totals,te=ee?ae==="true"?ee.rows[M]:ae==="pred"?ee.cols[k]:ee.all:0;Ae=te?le/te:0}else Ae=y(le,F,P,ae);let Xe=r?j():[],De=Xe.length,xe=Math.max(0,Math.min(Math.trunc(X)||0,Math.max(De-1,0)));xe-=xe%i;let ze=Xe.slice(xe,xe+i),Ue=[];for(let ee of ze.slice(0,m1)){let te=e.previews&&e.previews[String(Ct(r,ee))];te&&Ue.push(te)}return{i:M,j:k,...me,sentence:i1(le,V[0],V[1],Ae,M===k,ue,{basis:ae,...de}),count:le,total:De,offset:xe,indices:r?$t(r,ze):[],page_size:i,previews:Ue,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function S(M,k,F){let P=t.display_labels||[];return w&&k===n?b(M,k,[M],[k],[String(P[M]??M),sn],()=>[],F,{},{abstained:!0}):b(M,k,[M],[k],[String(P[M]??M),String(P[k]??k)],()=>T(M,k),F,{},{multilabel:c})}let f=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(f.length?n:0).fill(0);if(f.length){let M=t._groups.codes,k=new DataView(M.buffer,M.byteOffset,M.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?k.getUint16(2*F,!0):k.getUint32(4*F,!0)}let _=M=>h.flatMap((k,F)=>k===M?[F]:[]);function m(M,k){if(r.kind==="binary"){let P=[];for(let V of _(M))for(let j of _(k))P.push(...T(V,j));return P.sort((V,j)=>V-j)}let F=[];for(let P=0;P<r.n;P++){let V=r.cells[P],j=Math.floor(V/n);h[j]===M&&h[V-j*n]===k&&F.push(P)}return F}function N(M,k,F){return b(M,k,_(M),_(k),[f[M],f[k]],()=>m(M,k),F,{group:!0})}function $(M,k){let F=w?n+1:n,P=Qe(M,n,F),V=on(P,n,F),j=0;for(let[ee,te]of V)j+=te===n?w?w[ee]:0:x[ee*n+te];let X=new Uint8Array(n*n);for(let[ee,te]of V)te<n&&(X[ee*n+te]=1);let me=r?Lt(r,X,t.threshold):[],de=$t(r||{},me),le=me.map((ee,te)=>te);r&&r.ids&&le.sort((ee,te)=>de[ee]<de[te]?-1:de[ee]>de[te]?1:ee-te);let ue=0;for(let ee=0;ee<n;ee++){for(let te=0;te<n;te++)ue+=x[ee*n+te];w&&(ue+=w[ee])}let ae=(t.display_labels||[]).map(String);w&&ae.push(sn);let Ae=P.kind==="row"?ae[P.i]:P.kind==="col"?ae[P.j]:null,Xe=!!(r&&r.weights||!f1(x)),De=me.length,xe=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(De-1,0)));xe-=xe%i;let ze=le.slice(xe,xe+i),Ue=[];for(let ee of ze.slice(0,m1)){let te=e.previews&&e.previews[String(Ct(r,me[ee]))];te&&Ue.push(te)}return{i:P.kind==="row"?P.i:-1,j:P.kind==="col"?P.j:-1,kind:P.kind,sentence:d1(P.kind,j,Ae,V.length,ue?j/ue:0,Xe,{fixed:Mt,formatG:nn,pairs:c}),count:j,total:De,offset:xe,indices:ze.map(ee=>de[ee]),page_size:i,previews:Ue,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function I(M=0){let k=t.selected,F=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?u("_selection",$(k,M)):Array.isArray(k)&&k.length===2?u("_selection",S(k[0],k[1],M)):Array.isArray(F)&&F.length===2?u("_selection",N(F[0],F[1],M)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function D(M){let k=e.orders&&e.orders[M];k&&(u("_order",{dtype:k.dtype,classes:Ee(k.classes),groups:k.groups?Ee(k.groups):null}),u("order",M))}function G(M,k,F,P=F){if(M==="selected"&&(k=l1(k,F,P),k===void 0)||!(k===null||M==="selected"||Array.isArray(k)&&k.length===2&&k.every((X,me)=>Number.isInteger(X)&&X>=0&&X<(me===0?F:P))))return;let j=M==="selected"?"selected_group":"selected";k!==null&&t[j]!=null&&(t[j]=null,d(j)),t[M]=k,d(M),I(0)}function K(M){if(!r||r.kind!=="binary"||!a)return;let k=Number(M);if(!Number.isFinite(k))return;let F=je(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=F,x=_t(r,F),u("_matrix",v()),u("_binary",tn(a,x,F)),u("_metrics",en(x,n,r,F)),u("_intervals",L(x)),d("threshold"),t.selected!=null&&I(0)}function z(M){let k=String(M),F=k.endsWith("_r")?k.slice(0,-2):k,V=(e.luts&&e.luts[k]?Ee(e.luts[k]):null)||p1(k),j=V||(e.luts&&e.luts[F]?Ee(e.luts[F]):p1(F));j&&(u("_lut",V||Bo(j)),u("cmap",k))}r&&r.kind==="binary"&&a&&(t.threshold=je(t.threshold,a.lo,a.hi),x=_t(r,t.threshold),t._matrix=v(),t._binary=tn(a,x,t.threshold),t._metrics=en(x,n,r,t.threshold)),l&&l!=="index"&&(t.selected!=null||t.selected_group!=null)&&I(0);let O=new Set;function B(){let M=We(t._matrix),k=Ze(M.counts,M.k,"true",M.cols,M.totals),F=(t.display_labels||[]).map(String),P=F.slice();M.cols===n+1&&P.push(sn);let V=[];for(let j=0;j<M.k;j++)for(let X=0;X<M.cols;X++)V.push([F[j],P[X],M.counts[j*M.cols+X],k[j*M.cols+X]]);return Et(["true","predicted","count","share"],V)}function U(){let M=["index","true","predicted"],k=!!(r&&r.kind==="binary");if(k&&M.push("score"),!r||t.selected==null)return Et(M,[]);let F=Qe(t.selected,n,w?n+1:n),P=new Uint8Array(n*n);for(let[le,ue]of on(F,n,w?n+1:n))ue<n&&(P[le*n+ue]=1);let V=Lt(r,P,t.threshold),j=$t(r,V),X=(t.display_labels||[]).map(String),me=k?je(t.threshold):0,de=V.map((le,ue)=>{if(!k)return[j[ue],X[Math.floor(r.cells[le]/n)],X[r.cells[le]%n]];let ae=r.posIndex;return[j[ue],X[r.positive[le]?ae:1-ae],X[r.scores[le]>=me?ae:1-ae],r.scores[le]]});return Et(M,de)}let H={cells:["confusion_matrix.csv",B],selection:["selection.csv",U]},J=t._intervals&&t._intervals.level?t._intervals:null,Q=Float64Array.from(x);function L(M){return J?M.length===Q.length&&M.every((F,P)=>F===Q[P])?J:{stale:!0,level:J.level,z:J.z}:t._intervals}return{receive(M){return O.add(M),()=>O.delete(M)},get:M=>t[M],on(M,k){return o.has(M)||o.set(M,new Set),o.get(M).add(k),()=>o.get(M).delete(k)},set(M,k){if(M==="threshold")return K(k);if(M==="cmap")return z(k);if(M==="normalize"){u(M,k??null),(t.selected!=null||t.selected_group!=null)&&I(t._selection?.offset||0);return}if(M==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;u(M,k.map(String)),t.selected!=null&&I(t._selection?.offset||0);return}if(M==="selected")return G(M,k,n,w?n+1:n);if(M==="selected_group")return G(M,k,f.length);if(M==="order")return D(k);if(M==="errors_only")return u(M,k===!0);if(M==="level"){(k==="classes"||k==="groups"&&f.length)&&u(M,k);return}},send(M){if(M&&M.type==="download"&&H[M.what]){let[k,F]=H[M.what],P={type:"download",what:M.what,name:k,text:F()};queueMicrotask(()=>{for(let V of[...O])V(P)});return}M&&M.type==="page"&&(t.selected!=null||t.selected_group!=null)&&I(Number(M.offset)||0)}}}var Do="CMW1";async function w1(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function zo(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Uo(e){return new TextDecoder().decode(await w1(e))}async function Vo(e){let t=await w1(e);if(new TextDecoder().decode(t.subarray(0,4))!==Do)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[c,a]=s.__cmw_bytes__;return zo(r.subarray(c,c+a))}}return s})}async function g1(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Vo(t):JSON.parse(n==="gzip"?await Uo(t):t)}var Wo=new Set(["button","input","select","textarea","summary","canvas"]);function b1(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),Wo.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function W(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Go=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ko(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(Go)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function x1(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Se(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Se(e.curve.t),i=Ko(e.curve.y),c=Math.min(s.length,i.length);c>0&&(n={t:s.subarray(0,c),y:i.subarray(0,c),n:c})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function y1(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),c=(u,p)=>p<n?e[u*n+p]:t[u],a=[],l=0,d=0;for(let u=0;u<n;u++){let p=0;for(let w=0;w<i;w++)p+=c(u,w)*r[u*o+w];let x=0;for(let w=0;w<s;w++)x+=c(u,w);a.push({total:p,mean:x!==0?p/x:0}),l+=p,d+=x}return{total:l,mean:d?l/d:0,perClass:a}}var Ho=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function an(e,t){let n=fe(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Ho)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function v1(e){if(!e||typeof e!="object")return null;let t=an(e.x,Float32Array),n=an(e.y,Float32Array),r=an(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var cn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function k1(e){if(!e||typeof e!="object")return null;let t=v1(e.roc),n=v1(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&cn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:cn(e.auc),ap:cn(e.ap),targets:r,undefinedBecause:s}}function A1(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function S1(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Yo={uint16:2,uint32:4};function ln(e,t){let n=Yo[t];if(!n)return null;let r=fe(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function M1(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var _1=e=>Array.from({length:e},(t,n)=>n);function C1(e,t,n){let r=e&&e.dtype,o=e?ln(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?ln(e.groups,r):null;return{classes:M1(o,t)?o:_1(t),groups:n?M1(i,s)?i:_1(s):null}}function $1(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=ln(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var un=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,ct=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function T1(e,t){let n=ct(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=fe(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),l=(d,u)=>{let p=a.getFloat64(8*(6*d+u),!0);return Number.isFinite(p)?p:null};for(let d=0;d<o;d++)s.push({precision:[l(d,0),l(d,1)],recall:[l(d,2),l(d,3)],f1:[l(d,4),l(d,5)]})}let i={};for(let[a,l]of Object.entries(ct(n.summary)))i[a]=Array.isArray(l)?un(l):Object.fromEntries(Object.entries(ct(l)).map(([d,u])=>[d,un(u)]));let c=n.binary?Object.fromEntries(Object.entries(ct(n.binary)).map(([a,l])=>[a,un(l)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:c,methods:ct(n.methods)}}function Xo(e,t){let n=oe(e);return!t||t[0]===null||t[1]===null?n:`${n} (${oe(t[0])}-${oe(t[1])})`}var Le=e=>`${Number((100*e).toFixed(2))}%`;function Nt(e,t,n,r,o,s){if(t.textContent=Xo(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${Le(o)} interval ${oe(r[0])} to ${oe(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let c=u=>Math.min(Math.max(u,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let l=e.h("span","cmw-whisker-bar");l.style.left=`${c(r[0])}%`,l.style.width=`${Math.max(c(r[1])-c(r[0]),0)}%`;let d=e.h("span","cmw-whisker-tick");d.style.left=`${c(n)}%`,a.append(l,d),t.append(a)}function E1(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${Le(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function N1(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,c=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-c,0),1),Math.min(Math.max(i+c,0),1)]}function F1(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:Me(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var dn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function O1(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(dn),r=null,o=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let c=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=c.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function I1(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function R1(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var qo=new Set(["normalize","cmap","threshold","display_labels","selected",...qn,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank"]),Zo=10,Ft=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},P1=e=>Array.isArray(e)?e:[],Ot={matrix:{raw:["_matrix"],make:(e,t)=>We(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>st(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Zt(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ze(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>st(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?Wn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>xt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Te(t,0,e("vmax"))}}},colors:{uses:["values","vmax","compareState","k"],make:e=>e("compareState")?Kn(e("values"),e("k")):Te(e("values"),0,e("vmax"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||yt(t("_lut"))||Pn()},lutText:{uses:["lut"],make:e=>vt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Un(t("values_format"),e("normalize"),Yt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Yt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits"],make:e=>e("compareState")?Yn(e("values"),e("countDigits")):kt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Vn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>T1(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>D1(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Ft(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>Qe(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Ft(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:P1(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>P1(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>O1(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>I1(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>k1(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=x1(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return y1(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Ft(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Ft(t("_table"));if(!n.engine)return null;let r=Se(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...Xn,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>C1(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>$1(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?Zt(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>F1(e("counts"),e("k"),Zo,Jo(e))},focus:{make:()=>null}},lt={},j1=e=>{if(!lt[e]){let t=Ot[e];lt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(j1)])]}return lt[e]};for(let e of Object.keys(Ot))j1(e);function Jo(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>Me(r,i*n,n)+o[i])}function B1(e){let t=new Map,n=a=>{if(!Ot[a])throw new Error(`unknown state key ${a}`);return Ot[a]},r=a=>{let l=n(a),d=lt[a].map(x=>e.get(x)),u=t.get(a);if(u&&u.raws.every((x,w)=>x===d[w]))return u.value;let p=l.make(r,x=>e.get(x));return t.set(a,{raws:d,value:p}),p};return{get:r,on:(a,l)=>{n(a);let d=lt[a].map(u=>e.on(u,l));return()=>d.forEach(u=>u())},set:(a,l)=>{if(!qo.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,l)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function Y(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var Qo="http://www.w3.org/2000/svg",Ce=180,et=28,mn=180,It=44,Lo=12,z1=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function D1(e,t){let n=z1(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=z1(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Se(r.counts);return{kind:n.kind,x:Se(n.x),y:Se(n.y),n:Se(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function U1(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${oe(e.eceLow)}-${oe(e.eceHigh)}), ${Le(e.level)} interval`:"";return`ECE ${oe(e.ece)}${t}`}function ve(e,t,n,r){let o=e.createElementNS(Qo,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function V1({state:e,dom:t,signal:n}){let r=q(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),c=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(c,a);let l=[];function d(){let v=e.get("calibration");if(!v||!v.hist)return null;let T=v.kind==="binary"?e.get("threshold"):e.get("abstainAt");return T==null||!Number.isFinite(T)?null:T}function u(){let v=e.get("calibration"),T=d();for(let y of l){if(T===null||!v||!v.hist){y.setAttribute("visibility","hidden");continue}let{lo:b,hi:S}=v.hist,f=(Math.min(Math.max(T,b),S)-b)/(S-b||1)*mn;y.setAttribute("x1",String(f)),y.setAttribute("x2",String(f)),y.setAttribute("visibility","visible"),y.dataset.at=String(T)}}function p(v){let T=ve(s,"svg",{width:Ce+et+8,height:Ce+et+8,role:"img"},"cmw-reliability");T.setAttribute("aria-label",`reliability diagram, ${U1(v)}`);let y=_=>et+_*Ce,b=_=>4+(1-_)*Ce;T.append(ve(s,"rect",{x:et,y:4,width:Ce,height:Ce},"cmw-plot-frame"),ve(s,"line",{x1:y(0),y1:b(0),x2:y(1),y2:b(1)},"cmw-diagonal"));let S=ve(s,"text",{x:et+Ce/2,y:Ce+et+2,"text-anchor":"middle"},"cmw-axis-label");S.textContent="mean predicted probability";let f=ve(s,"text",{x:10,y:4+Ce/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Ce/2})`},"cmw-axis-label");f.textContent="observed frequency",T.append(S,f);let h=Array.from(v.x,(_,m)=>`${y(_)},${b(v.y[m])}`).join(" ");return T.append(ve(s,"polyline",{points:h},"cmw-reliability-line")),v.x.forEach((_,m)=>{let N=ve(s,"circle",{cx:y(_),cy:b(v.y[m]),r:3},"cmw-reliability-point"),$=ve(s,"title",{});$.textContent=`predicted ${oe(_)}, observed ${oe(v.y[m])}, ${Math.round(v.n[m]*100)/100} samples`,N.append($),T.append(N)}),T}function x(v,T){let y=o("div","cmw-histograms"),{bins:b,counts:S}=v.hist,f=T.length,h=Math.min(f,Lo),_=0;for(let N=0;N<h*b;N++)_=Math.max(_,S[N]);let m=v.kind==="binary"?`score of ${T[1]??"positive"}`:"top score";y.append(o("div","cmw-histograms-title",`${m} by true class`)),l=[];for(let N=0;N<h;N++){let $=o("div","cmw-histogram-row"),I=o("span","cmw-histogram-name",T[N]);I.title=T[N];let D=ve(s,"svg",{width:mn,height:It},"cmw-histogram"),G=mn/b;for(let z=0;z<b;z++){let O=S[N*b+z];if(!(O>0))continue;let B=_>0?O/_*(It-2):0;D.append(ve(s,"rect",{x:z*G,y:It-B,width:Math.max(G-1,1),height:B},"cmw-histogram-bar"))}let K=ve(s,"line",{x1:0,x2:0,y1:0,y2:It},"cmw-threshold-line");l.push(K),D.append(K),$.append(I,D),y.append($)}return f>h&&y.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),y}function w(){let v=e.get("calibration");if(i.hidden=!v,l=[],!v)return;if(v.note){c.textContent=v.note,a.replaceChildren();return}let T=v.kind==="binary"?"":" (top label)";c.textContent=`Calibration${T}: ${U1(v)}, ${v.nBins} ${v.strategy} bins`;let y=[p(v)];v.hist&&y.push(x(v,e.get("labels"))),a.replaceChildren(...y),u()}return Y(e,["calibration","labels"],w,r.signal),Y(e,["threshold","abstainAt"],u,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var pn=e=>`${(100*e).toFixed(1)}%`;function es(e,t,n,r,o,s){let i=(l,d)=>d===n?t?t[l]:0:e[l*n+d],c=t?n+1:n,a=0;for(let l=0;l<n;l++)for(let d=0;d<c;d++)(s==="all"||(s==="pred"?d===o:l===r))&&(a+=i(l,d));return{count:i(r,o),den:a}}function W1({state:e,dom:t,signal:n}){let r=q(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),c=e.get("selected"),a=e.get("k"),l=i&&Number.isFinite(i.z)&&Array.isArray(c)&&c.length===2&&!e.get("multilabel");if(o.hidden=!l,!l){o.textContent="";return}let d=e.get("countParts"),u=e.get("cols")===a+1?d.rest:null,p=e.get("normalize")==null?"true":e.get("normalize"),{count:x,den:w}=es(d.square,u,a,c[0],c[1],p),v=N1(x,w,i.z),T=p==="all"?"the whole":p==="pred"?"its predicted column":"its true row";o.textContent=v?`Share of ${T}: ${pn(x/w)}, ${Le(i.level)} interval ${pn(v[0])}-${pn(v[1])} (Wilson).`:`Share of ${T}: no samples, no interval.`,o.dataset.low=v?String(v[0]):"",o.dataset.high=v?String(v[1]):""}return Y(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var ts=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function ns(e,t){return`From ${e.name} to ${t}: ${ts(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function rs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function G1({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,u,p,x,w){let v=o("div",a);if(v.append(o("div","cmw-moves-title",`${l} (${d})`)),!u.length)return v.append(o("span","cmw-hint","none")),v;let T=o("div","cmw-moves-list");return u.forEach((y,b)=>{let S=o("span","cmw-move"),f=p[b];S.append(o("span","cmw-idx",`sample ${y}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${x}`)),T.append(S)}),v.append(T),d>u.length&&v.append(o("span","cmw-hint",`showing the first ${u.length} of ${d}`)),v}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=o("p","cmw-compare-summary",ns(a,l));d.title=rs(a,l),s.append(d);let u=e.get("moves");if(!u){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),x=o("p","cmw-moves-head");x.append(t.doc.createTextNode("Cell true "),o("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),o("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${a.name}.`)),s.append(x,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,a.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,l,p))}return Y(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function K1({state:e,dom:t,signal:n,extra:r=[]}){let o=q(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=Jn.map(y=>{let b=i("cmw-seg-btn");return b.setAttribute("aria-label",y.label),b.append(s("span","cmw-long",y.label),s("span","cmw-short",y.short)),b.dataset.value=y.value===null?"":y.value,a.append(b),b}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let y of Zn)u.append(t.option(y));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),x=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",x.append(w,s("span",null,"reverse")),c.append(a,d,x,...r);function v(){let y=e.get("normalize");for(let h of l){let _=(h.dataset.value||null)===y;h.classList.toggle("cmw-active",_),h.setAttribute("aria-pressed",String(_))}let b=e.get("compareState");if(u.disabled=!!b,w.disabled=!!b,b){p.textContent=`${b.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${b.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:S,reversed:f}=Qn(e.get("cmap"));[...u.options].some(h=>h.value===S)||u.append(t.option(S)),u.value=S,w.checked=f}let T=()=>e.set("cmap",Ln(u.value,w.checked));return W(a,"click",y=>{let b=y.target.closest(".cmw-seg-btn");b&&e.set("normalize",b.dataset.value||null)},o.signal),W(u,"change",T,o.signal),W(w,"change",T,o.signal),Y(e,["normalize","cmap","compareState"],v,o.signal),v(),{el:c,update:v,destroy:()=>{o.abort(),c.remove()}}}var H1={width:240,height:130,pad:34},os="http://www.w3.org/2000/svg";function He(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):oe(e):"–"}function ss(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${He(r.mean)}`).join(", ");return`Expected cost ${He(e.mean)} per sample (${He(e.total)} in total); per true class: ${n}.`}function is(e,t,n,r,o){let{width:s,height:i,pad:c}=o,a=u=>c+(u-t)/(n>t?n-t:1)*(s-2*c),l=u=>i-c+4-(r>0?u/r:0)*(i-c-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${a(e.t[u]).toFixed(1)},${l(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:a,ys:l}}function Y1({state:e,dom:t,signal:n}){let r=q(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=ss(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return Y(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function X1({state:e,dom:t,signal:n}){let r=q(n),{h:o,doc:s}=t,i=(I,D={})=>{let G=s.createElementNS(os,I);for(let[K,z]of Object.entries(D))G.setAttribute(K,String(z));return G},c=o("figure","cmw-curve cmw-cost");c.hidden=!0;let a=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:l,height:d,pad:u}=H1,p=i("svg",{width:l,height:d,viewBox:`0 0 ${l} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let x=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),v=i("circle",{r:5,class:"cmw-cost-least"}),T=i("title");v.append(T);let y=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),b=i("text",{x:l/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});b.textContent="threshold";let S=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});S.textContent="cost";let f=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:u,y:8,width:l-2*u,height:d-u-4,class:"cmw-curve-frame"}),x,w,v,y,b,S,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),_=o("p","cmw-cost-readout");c.append(a,p,h,_);let m=null,N=null;W(h,"click",()=>{let I=e.get("costs"),D=e.get("binary");I&&I.least&&D&&e.set("threshold",re(I.least.threshold,D.lo,D.hi))},r.signal);function $(){let I=e.get("costs"),D=e.get("binary");if(c.hidden=!(I&&I.curve&&I.least&&D),c.hidden)return;if(N!==I||!m||m.lo!==D.lo||m.hi!==D.hi){let O=0;for(let H=0;H<I.curve.n;H++)O=Math.max(O,I.curve.y[H]);let B=is(I.curve,D.lo,D.hi,O,H1);x.setAttribute("points",B.points),m={...B,lo:D.lo,hi:D.hi},f.textContent=He(O);let U=re(I.least.threshold,D.lo,D.hi);v.setAttribute("cx",m.xs(U).toFixed(1)),v.setAttribute("cy",m.ys(I.least.mean).toFixed(1)),T.textContent=`least cost ${He(I.least.mean)} at threshold ${U}`,Object.assign(c.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),N=I}let G=m.xs(re(D.threshold,D.lo,D.hi)).toFixed(1);for(let[O,B]of Object.entries({x1:G,x2:G,y1:8,y2:d-u+4}))w.setAttribute(O,String(B));let K=e.get("expectedCost"),z=K?K.mean:NaN;y.setAttribute("visibility",Number.isFinite(z)?"visible":"hidden"),Number.isFinite(z)&&(y.setAttribute("cx",G),y.setAttribute("cy",m.ys(z).toFixed(1))),h.disabled=Math.abs(z-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),_.textContent=`Now ${He(z)} per sample; least ${He(I.least.mean)} at threshold ${oe(re(I.least.threshold,D.lo,D.hi))}.`,c.dataset.mean=String(z)}return Y(e,["costs","binary","expectedCost"],$,r.signal),$(),{el:c,update:$,destroy:()=>{r.abort(),c.remove()}}}var Rt=64,hn=800,q1=120,Pt=6,as=6,dt=2,cs=14,wn=140,ie=8,Ne=20,gn=15,$e=6,bn=16,Ye=14,ut=6,fn=8,xn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function mt(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Rt,c=n.maxGrid||hn,a=ie+Ne+r+$e,l=ie,d=e>0&&n.extra?1:0,u=Math.min(c,Math.max(q1,t-a-s-ie-d*ut)),p=n.view||Be(e),x=e>0?p.v:0,w=x>0?Math.min(i,u/(x+d)):0;d&&w<fn&&(w=Math.min(i,(u-fn)/x)),w>=Pt&&(w=Math.floor(w));let v=w*x,T=a+v+ut,y=d?Math.max(w,fn):0,b=d?T+y:a+v;return{k:e,v:x,r0:p.r0,c0:p.c0,room:u,cell:w,x0:a,y0:l,grid:v,extra:d,xExtra:T,xw:y,right:b,width:Math.ceil(b+s+ie),height:Math.ceil(l+v+$e+o+Ne+ie+(Math.max(1,n.xTitleLines||1)-1)*gn)}}function Z1(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Pt&&(r=Math.floor(r)),Math.max(q1,r*(n+e.extra))}function jt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Be(e){return{r0:0,c0:0,v:Math.max(0,e)}}function J1(e,t){return e*as>t}function Q1(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Rt)))}function ke(e,t,n=1){if(!(t>0))return Be(0);let r=e||Be(t),o=re(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=re(Math.round(Number(r.r0)||0),0,t-o),i=re(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function L1(e,t,n,r,o=1){let s=ke(e,r,o);if(!(t>0)||!(r>0))return s;let i=re(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,u)=>u-(u-d)*i/s.v;return ke({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function er(e,t,n,r,o=1){let s=ke(e,r,o);return ke({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Bt(e,t,n,r=1){let o=ke(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return ke({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function tr(e,t,n,r,o=1){let s=ke(e,n,o),i=Math.min(s.v,Math.max(r,o));return ke({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function nr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+re((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function rr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**re(-n/200,-1,1)}function yn(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function or(e,t,n=cs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function pt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function vn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=re(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function ft(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function sr(e,t,n,r=1,o=n){if(n<=0||!xn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[re(s,0,n-1),re(i,0,o-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,he=(e,t)=>e.y0+(t-e.r0)*e.cell,Fe=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,tt=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function ir({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let w=e.get("labels");l=w;let v=o("div","cmw-labels-list");a=w.map((y,b)=>{let S=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=at(y),f.dataset.index=String(b),S.append(o("span","cmw-label-idx",String(b)),f),v.append(S),f});let T=o("div","cmw-labels-actions");T.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(v,T),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function u(w=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function p(){let w=l,v=e.get("labels"),T=a.map((y,b)=>y.value!==at(w[b])?Jt(y.value,w[b]):v[b]);u(!0),T.length===v.length&&T.some((y,b)=>y!==v[b])&&e.set("display_labels",T)}function x(){a&&a.length!==e.get("k")&&u()}return W(i,"click",()=>a?u():d(),r.signal),W(c,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),p()):w.key==="Escape"&&(w.preventDefault(),u(!0))},r.signal),W(c,"click",w=>{w.target.closest(".cmw-save")?p():w.target.closest(".cmw-cancel")&&u(!0)},r.signal),Y(e,["labels","k"],x,r.signal),{el:c,button:i,update:x,open:d,close:u,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function ar({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=at(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,u=!1)=>{if(a)return;a=!0,c.abort();let p=Jt(i.value,r);i.remove(),s(d&&p!==r?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var ls=12;function us(e,t,n,r=ls){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function cr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=we(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${u} (${Ge(l.values[a],d)})`:u}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=us(s,a,d&&d[1]<a?d:d&&[d[0],null]),x=r("table"),w=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),v=r("tr");v.append(r("td"));for(let b=p.cols;b<p.cols+p.side;b++){let S=r("th",null,`Predicted ${l[b]}`);S.scope="col",v.append(S)}if(u){let b=r("th",null,"Abstained");b.scope="col",v.append(b)}let T=r("tbody");for(let b=p.rows;b<p.rows+p.side;b++){let S=r("tr"),f=r("th",null,`True ${l[b]}`);f.scope="row",S.append(f);let h=(_,m)=>{let N=r("td",null,m);d&&d[0]===b&&d[1]===_&&(N.dataset.selected="true",N.textContent=`${N.textContent}, selected`),S.append(N)};for(let _=p.cols;_<p.cols+p.side;_++)h(_,i(b*a+_));u&&h(a,i(b,u)),T.append(S)}let y=r("thead");y.append(v),x.append(w,y,T),o.replaceChildren(x)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function ds(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function lr(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=ds(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[a,l]of e.cells){let d=o[a],u=s(l),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),c.push([d,u]))}return{rows:[],cols:[],cells:c,errors:!1}}function ur(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),a=i(e.add[1]);return c>=0&&a>=0?u1(o,[c,a]):void 0}}function ms(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:dr(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:dr(i),l=[];for(let d of a)if(o.has(d))for(let u of c[d])l.push({kind:"class",index:u,members:[u]});else l.push({kind:"group",index:d,members:c[d]});return l}function dr(e){return Array.from({length:e},(t,n)=>n)}function ps(e){return e.every(t=>t.kind==="class")}function kn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function fs(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function mr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function hs(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=Te(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var pr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),ws=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec"];function fr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=y=>e.get(y),s=(y,b,S)=>{let f=r.get(y);if(f&&f.deps.length===b.length&&f.deps.every((_,m)=>_===b[m]))return f.value;let h=S();return r.set(y,{deps:b,value:h}),h},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>ms(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>ps(a())?a().map(y=>y.index):null),d=()=>{let y=l();return y!==null&&y.every((b,S)=>b===S)},u={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let y=o("labels"),b=o("groups");return a().map(S=>S.kind==="class"?y[S.index]:`${b.names[S.index]} (${S.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(d())return o("counts");let y=l();return y?kn(o("counts"),o("k"),y):fs(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(d())return o("values");let y=l();return y?o("values")===o("counts")?p("counts"):kn(o("values"),o("k"),y):Ze(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let y=o("abstained"),b=l();return!y||b===null?null:d()?y:{counts:mr(y.counts,b),values:mr(y.values,b)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.vmax()],()=>{let y=u.abstainedRows();return y?y===o("abstained")&&u.vmax()===o("vmax")?y:{counts:y.counts,values:y.values,colors:Te(y.values,0,u.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),u.abstainedRows()],()=>{let y=a().length;if(o("errorsOnly")&&!i()){let h=u.abstainedRows();return hs(p("values"),y,h&&h.values)}if(d())return{colors:o("colors"),vmax:o("vmax")};let b=l();if(b)return{colors:kn(o("colors"),o("k"),b),vmax:o("vmax")};let S=p("values"),f=xt(S);return{colors:Te(S,0,f),vmax:f}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.vmax(),o("normalize"),o("colorbar")],()=>u.vmax()===o("vmax")?o("colorbar"):kt(u.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),u.abstainedRows()],()=>{let y=a(),b=o("selected"),S=o("selectedGroup"),f=(m,N)=>y.findIndex($=>$.kind===m&&$.index===N),h=m=>m===o("k")&&u.abstainedRows()?y.length:f("class",m),_=b?[f("class",b[0]),h(b[1])]:S?[f("group",S[0]),f("group",S[1])]:null;return _&&_[0]>=0&&_[1]>=0?_:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let y=l();return y===null?null:R1(o("issues"),o("k"),d()?null:y)}),marks:()=>s("marks",[a(),o("selectionSpec"),u.abstainedRows()],()=>lr(o("selectionSpec"),a(),o("k"),!!u.abstainedRows())),focus:()=>s("focus",[a(),t.version],()=>{let y=t.focus;if(y===null)return null;let b=h=>a().findIndex(_=>_.members.includes(h)),S=b(y.row),f=b(y.col);return S>=0&&f>=0?{r:S,c:f,outline:y.outline}:null})};function p(y){return pr.has(y)?u[y]():e.get(y)}function x(y,b){if(!pr.has(y))return e.on(y,b);let S=ws.map(h=>e.on(h,b)),f=()=>b();return n.add(f),()=>{S.forEach(h=>h()),n.delete(f)}}function w(y,b){let S=a();if(y==="selected"){if(b==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(b)){let _=ur(b,S,o("k"),!!u.abstainedRows(),o("selectionSpec"));_!==void 0&&e.set("selected",_);return}let f=S[b[0]],h=S[b[1]];if(f&&f.kind==="class"&&b[1]===S.length&&u.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!h)return;f.kind==="class"&&h.kind==="class"?e.set("selected",[f.index,h.index]):f.kind==="group"&&h.kind==="group"&&e.set("selected_group",[f.index,h.index]);return}if(y==="display_labels"){let f=o("labels").slice();b.forEach((h,_)=>{S[_]&&S[_].kind==="class"&&(f[S[_].index]=h)}),e.set("display_labels",f);return}e.set(y,b)}function v(){t.version+=1;for(let y of[...n])y()}return{get:p,on:x,set:w,send:y=>e.send(y),local:{expand(y,b){b?t.expanded.add(y):t.expanded.delete(y),v()},expanded:()=>new Set(t.expanded),focus(y,b,S=!1){t.focus=y==null?null:{row:y,col:b,outline:S},v()}}}}var hr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],gs=8,bs=12,xs=20;function ys(e,t,n=gs){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function vs(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function ks(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function wr({state:e,display:t,dom:n,signal:r}){let o=q(r),s=(k,F,P)=>W(k,F,P,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[k,F]of hr)p.append(a(k,F));let x=a("list","Custom (from Python)");x.disabled=!0,p.append(x),u.append(p);let w=i("label","cmw-errors-only-label"),v=i("input","cmw-errors-only");v.type="checkbox",w.append(v,n.doc.createTextNode(" Errors only"));let T=i("label","cmw-level-label","Show "),y=i("select","cmw-level");y.append(a("classes","Classes"),a("groups","Groups")),T.append(y),d.append(u,w,T);let b=i("div","cmw-expand");b.setAttribute("role","group"),b.setAttribute("aria-label","Expand groups");let S=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let _=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",_),f.append(h);let m=i("ul","cmw-matches");m.id=_,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,S.append(f,m);let N=i("details","cmw-top"),$=i("summary","cmw-top-title","Largest errors"),I=!1;s($,"click",()=>{I=!0}),$.id=`${_}-top`;let D=i("ol","cmw-top-list");D.setAttribute("aria-labelledby",$.id),N.append($,D);let G=i("div","cmw-sr");G.setAttribute("aria-live","polite"),G.setAttribute("role","status"),l.append(d,b,S,N,G);let K=k=>{G.textContent=k};s(p,"change",()=>{e.set("order",p.value),K(`Order: ${p.selectedOptions[0].textContent}.`)}),s(v,"change",()=>{e.set("errors_only",v.checked),K(v.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(y,"change",()=>{e.set("level",y.value),K(`Showing ${y.value}.`)}),s(b,"change",k=>{let F=k.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),K(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function z(k){let F=e.get("labels");h.value=F[k],O(),t.local.focus(k,k,!0),K(`Found ${F[k]}: its row and column are outlined.`)}function O(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function B(){let k=e.get("labels"),F=ys(k,h.value);m.replaceChildren(...F.map((P,V)=>{let j=i("li","cmw-match",k[P]);return j.id=`${_}-${V}`,j.setAttribute("role","option"),j.dataset.cls=String(P),j})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function U(k){let F=[...m.children];if(!F.length)return null;let P=F.findIndex(j=>j.getAttribute("aria-selected")==="true"),V=k===0?Math.max(P,0):(P+k+F.length)%F.length;return F.forEach((j,X)=>j.setAttribute("aria-selected",String(X===V))),h.setAttribute("aria-activedescendant",F[V].id),F[V]}s(h,"input",B),s(h,"keydown",k=>{if(k.key==="ArrowDown"||k.key==="ArrowUp")U(k.key==="ArrowDown"?1:-1),k.preventDefault();else if(k.key==="Enter"){let F=U(0);F&&z(Number(F.dataset.cls)),k.preventDefault()}else k.key==="Escape"&&!m.hidden&&(O(),k.preventDefault())}),s(m,"click",k=>{let F=k.target.closest("li[data-cls]");F&&z(Number(F.dataset.cls))}),s(D,"click",k=>{let F=k.target.closest("button[data-i]");if(!F)return;let[P,V]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[P,V]),t.local.focus(P,V,!1)});function H(){let k=e.get("k");l.hidden=k<=2,S.hidden=k<=bs;let F=e.get("orderChoices");for(let j of p.options)j.value!=="list"&&(j.disabled=F!==null&&!F.includes(j.value),j.title=j.disabled?"Needs a live kernel":"");let P=e.get("orderName");p.value=hr.some(([j])=>j===P)?P:"list",v.checked=e.get("errorsOnly");let V=e.get("groups");T.hidden=!V,y.value=e.get("level"),J(V),Q()}function J(k){let F=t.local.expanded(),P=!!k&&e.get("level")==="groups";if(b.hidden=!P,!P)return;let V=k.names.map((j,X)=>{let me=i("label","cmw-expand-item"),de=i("input");return de.type="checkbox",de.dataset.group=String(X),de.checked=F.has(X),me.append(de,n.doc.createTextNode(` ${j}`)),me});b.replaceChildren(i("span","cmw-expand-title","Expand: "),...V)}function Q(){let k=e.get("labels"),F=e.get("top");$.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,I||(N.open=e.get("k")>xs),D.replaceChildren(...F.map(P=>{let V=i("li"),j=c("cmw-top-item",vs(k,P));return j.dataset.i=String(P[0]),j.dataset.j=String(P[1]),V.append(j),V})),N.hidden=F.length===0}let L=e.get("selection");function M(){let k=e.get("selection");k!==L&&K(ks(k)),L=k}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],H,o.signal),Y(e,["selection"],M,o.signal),H(),{el:l,update:H,destroy:()=>{o.abort(),l.remove()}}}function gr(e){let t=fr(e.state),n=wr({...e,display:t}),r=cr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var br=34;function xr(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let c=0;c<o;c++){let a=n[i*o+c];if(!a||!tt(t,[i,c]))continue;let l=Fe(t,c),d=Math.max(3,Math.min(10,Math.min(l,t.cell)*.3)),u=ge(t,c)+l,p=he(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=r.accent,e.fill(),l>=br&&t.cell>=br&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),u-d-1,p+1)),s+=1}return s}var ye=12,Dt="abstained",An=8,As=13;function yr(e){return Array.from({length:256},(t,n)=>Rn(e,n))}function vr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Bn(n,r,o*o),o,o),0,0),s}function kr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,he(t,o),t.xw,t.cell)}function Ar(e,t,n,r,o){if(t.cell<Pt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(ge(t,c),he(t,i),t.cell,t.cell)}function Sr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Mr(e,t,n,r){let o=t.k,s=Math.min(As,Math.floor(t.cell*.3));if(s<An||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=he(t,l)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=qt(n.values[l*o+u],n.counts[l*o+u],n.fmt,n.countDigits);c.push([ge(t,u)+t.cell/2,d,p,n.colors[l*o+u]])}if(i){let u=qt(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,u,i.colors[l]])}}let a=Ss(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,u,p]of c)e.fillStyle=jn(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(u.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(u.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,l,d))}}function Ss(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let u of t)d=Math.max(d,e.measureText(l(u)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=An;a--){let l=`${a}px ${o.family}`,d=Math.max(An-1,Math.round(a*.8)),u=`${d}px ${o.family}`;if(!(i(l,x=>x.main)>s))return c?n>=a*2.4+d&&i(u,x=>x.sub)<=s?{mode:"two",px:a,font:l,subFont:u}:i(l,x=>`${x.main} ${x.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function _r(e,t,n,r,o,s,i,c){let a=S=>e.measureText(S).width;e.font=c(ye),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let S of pt(t.v,o.step,t.r0)){let f=he(t,S)+t.cell/2;e.fillText(ft(n[S],r,a),t.x0-$e,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+$e,d=pt(t.v,o.step,t.c0).map(S=>[ge(t,S)+t.cell/2,n[S],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Dt,o.extraRotated]);for(let[S,f,h]of d){let _=ft(f,r,a);e.moveTo(Math.round(S)+.5,t.y0+t.grid),e.lineTo(Math.round(S)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(S,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(_,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(_,S,l))}e.stroke(),e.font=c(ye,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+$e+o.height+Ne/2+2,x=Math.max(...u.map(a)),w=re(t.x0+t.grid/2,ie+x/2,Math.max(ie+x/2,t.width-ie-x/2));u.forEach((S,f)=>e.fillText(S,w,p+f*gn));let v=Math.max(t.grid,t.height-2*ie),T=String(s.y),y=a(T)<=v?T:ft(T.split(" (")[0],v,a),b=re(t.y0+t.grid/2,ie+a(y)/2,Math.max(ie,t.height-ie-a(y)/2));e.save(),e.translate(ie+Ne/2,b),e.rotate(-Math.PI/2),e.fillText(y,0,0),e.restore()}function Cr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(bn+Ye+6+n+Ne)}function Ms(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Ye)*i)/i-c,l=Math.round(n*i),d=Math.round((n+r)*i)-l,u=x=>Math.min(255,Math.floor((x+.5)/d*256)),p=0;for(let x=1;x<=d;x++)x<d&&u(x)===u(p)||(e.fillStyle=o[u(p)],e.fillRect(c,(l+d-x)/i,a,(x-p)/i),p=x)}function $r(e,t,n,r,o,s,i=""){if(i){e.font=s(ye-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,d=ft(String(i),Math.max(t.grid,t.height-2*ie),l),u=re(t.y0+t.grid/2,ie+l(d)/2,Math.max(ie,t.height-ie-l(d)/2));e.save(),e.translate(t.width-ie-Ne/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+bn,a=t.grid;Ms(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Ye+1,a+1),e.font=s(ye-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let u=t.y0+a*(1-re(Number(l)||0,0,1));e.moveTo(c+Ye,Math.round(u)+.5),e.lineTo(c+Ye+3,Math.round(u)+.5),e.fillText(String(d),c+Ye+5,re(u,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Tr(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,he(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(ge(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Er(e,t,n,r,o){let s=([i,c],a,l,d)=>{if(!tt(t,[i,c]))return;let u=Math.max(Fe(t,c),8),p=Math.max(t.cell,8),x=ge(t,c)+Fe(t,c)/2-u/2,w=he(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(x+d,w+d,u-2*d,p-2*d),e.strokeStyle=a,e.strokeRect(x+d/2,w+d/2,u-d,p-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function Nr(e,t,n,r){if(!n)return;let o=2,s=(l,d,u,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,d+o,u-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,d+o/2,u-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,c=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,he(t,l),a-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])c(l)&&s(ge(t,l),t.y0,Math.max(Fe(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(ge(t,l),he(t,l)),e.lineTo(ge(t,l)+t.cell,he(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,d]of n.cells||[]){if(!tt(t,[l,d]))continue;let u=Math.max(Fe(t,d),8),p=Math.max(t.cell,8);s(ge(t,d)+Fe(t,d)/2-u/2,he(t,l)+t.cell/2-p/2,u,p)}}var Fr={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},_s={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Cs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Fr[e.normalize]?(l=(e.multilabel?_s:Fr)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Or(e){let t=e("compareState");return Cs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Ir(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var $s=720,Ts=64,Es=200,Ns={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Fs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Os=4,Rr={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Pr={r:"row",c:"col",e:"errors"},Is=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],Rs={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Ps=24;function jr({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=q(n),a=(g,A,C,E)=>W(g,A,C,c.signal,E),{doc:l,h:d,button:u}=t,p=d("div","cmw-matrix"),x=d("div","cmw-zoom");x.setAttribute("role","group"),x.setAttribute("aria-label","Zoom");let w=u("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let v=u("cmw-zoom-in","+");v.setAttribute("aria-label","Zoom in"),v.title="Zoom in (+)";let T=u("cmw-zoom-fit","Fit");T.setAttribute("aria-label","Show all classes"),T.title="Show all classes (0)";let y=d("span","cmw-view-range");y.setAttribute("aria-live","polite"),x.append(w,v,T,y,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),x.hidden=!0;let b=d("div","cmw-mode");b.setAttribute("aria-live","polite"),b.hidden=!0;let S=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=d("div","cmw-tooltip");h.hidden=!0,S.append(f,h);let _=d("div","cmw-sr");_.setAttribute("aria-live","polite"),p.append(b,x,S,_);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},N={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},$=g=>e.get(g),I=g=>{let A=$("lut"),C=$("compareState")?A:Dn(A,g);return C===A?{lut:A,lutText:$("lutText")}:((N.themedOf[0]!==A||N.themedOf[1]!==g)&&(N.themed={lut:C,lutText:vt(C)},N.themedOf=[A,g]),N.themed)},D=()=>{let g=N.drawn.lut;return N.cssOf!==g&&(N.css=yr(g)),N.cssOf=g,N.css},G=()=>{let g=$("colors"),A=N.drawn.lut;return N.bitmap&&N.bitmapOf[0]===g&&N.bitmapOf[1]===A||(N.bitmap=vr(l,N.bitmap,g,A,$("k")),N.bitmapOf=[g,A]),N.bitmap};function K(g,A){let C=g.font,E=N.widths.get(C);if(E&&E.texts===A)return E.w;let R=0;for(let ne of A)R=Math.max(R,g.measureText(ne).width);return N.widths.set(C,{texts:A,w:R}),R}function z(){m.queued||c.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,c.signal.aborted||L()}))}function O(){let g=l.defaultView,A=g&&g.getComputedStyle?g.getComputedStyle(p):null,C=(E,R)=>(A&&A.getPropertyValue(E)||"").trim()||R;return{fg:A&&A.color||"#1f1f1f",muted:C("--cmw-muted","#616161"),accent:C("--cmw-accent","#1976d2"),border:C("--cmw-border","#bdbdbd"),bg:C("--cmw-bg","#ffffff"),family:A&&A.fontFamily||"sans-serif"}}let B=()=>(s?s():p.clientWidth)||$s;function U(){let g=p.closest(".cmw"),A=l.defaultView;if(!g||!A||!p.isConnected||!g.getClientRects().length)return 1/0;let C=null;for(let Z=g.parentElement;Z&&Z!==l.body&&Z!==l.documentElement;Z=Z.parentElement){let pe=A.getComputedStyle(Z).overflowY;(pe==="auto"||pe==="scroll")&&Z.clientHeight>=Es&&(C=Z)}if(!C&&A.top!==A)return 1/0;let E=Math.min(A.innerHeight,C?C.clientHeight:A.innerHeight);if(!(E>0))return 1/0;let R=Z=>Z.getBoundingClientRect().top,ne=Z=>Z.getBoundingClientRect().bottom,se=Ts,ce=[...g.children].find(Z=>Z.contains(p));if(ce&&ce!==p){let Z=[...ce.children].filter(pe=>pe!==p&&pe.getClientRects().length&&R(pe)>=ne(p)-1);Z.length&&(se+=Math.max(...Z.map(ne))-ne(p))}for(let Z=ce?ce.nextElementSibling:null;Z&&!Z.classList.contains("cmw-selection");Z=Z.nextElementSibling)Z.getClientRects().length&&!Z.classList.contains("cmw-sr")&&(se+=Z.getBoundingClientRect().height);return Math.floor(E-(R(f)-R(g))-se)}function H(g){m.cursor&&(m.cursor[0]>=g||m.cursor[1]>=g)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=g}let J=g=>g+(g>0&&$("abstained")?1:0),Q=g=>g[1]>=$("k")?[g[0],m.view?m.view.c0:0]:g;function L(){let g=performance.now(),A=$("k");A!==m.k&&H(A);let C=$("abstained");m.cols=J(A),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let E=f.getContext("2d");if(!E)return;let R=O();N.drawn=I(R.bg),m.detached=!p.isConnected;let ne=(Ie,Re)=>`${Re?"600 ":""}${Ie}px ${R.family}`,se=$("labels");m.width=B(),E.font=ne(ye);let ce=Math.min(wn,Math.max(40,Math.round(m.width*.2))),Z=Math.ceil(Math.min(ce,K(E,se))),pe=$("colorbar"),rt=Cr(E,pe),Oe=Or($);M(Oe.badges),m.height=U();let gt={yLabelWidth:Z,rightWidth:rt,extra:C?1:0,xTitleLines:1,xLabelHeight:Math.min(wn,K(E,se))},ot;for(let Ie=0;Ie<3;Ie++){let Re=mt(A,m.width,{...gt,maxGrid:ot}),Kt=Z1(Re,m.height);if(Kt===void 0||Kt===ot)break;ot=Kt}let Nn=mt(A,m.width,{yLabelWidth:Z,rightWidth:rt,extra:C?1:0,maxGrid:ot});m.zoomable=A>0&&J1(A,Nn.room),m.vMin=Q1(A,Nn.room);let Vt=m.zoomable?ke(m.view,A,m.vMin):Be(A);m.view=m.zoomable?Vt:null;let Fn={yLabelWidth:Z,rightWidth:rt,view:Vt,extra:C?1:0,maxGrid:ot},Wt=mt(A,m.width,Fn);m.step=or(Vt.v,Wt.cell),m.xLabels=V(E,se,Wt,ce),E.font=ne(ye,!0);let On=Ir(Oe.x,Math.max(Wt.width-2*ie,60),Ie=>E.measureText(Ie).width);E.font=ne(ye);let be=mt(A,m.width,{...Fn,xLabelHeight:m.xLabels.height,xTitleLines:On.length});m.layout=be,m.yLabelW=Z,F(E,be);let Gt=$("colors");if(A===0)E.fillStyle=R.muted,E.font=ne(ye),E.fillText("No data",ie,ie+ye);else{Gt.length>=A*A&&Ar(E,be,Gt,D(),G),C&&kr(E,be,C.colors,D()),Sr(E,be,R),Mr(E,be,{values:$("values"),counts:$("counts"),colors:Gt,lut:N.drawn.lut,lutText:N.drawn.lutText,fmt:$("fmt"),countDigits:$("countDigits"),abstained:C},R),_r(E,be,se,ce,{step:m.step,...m.xLabels},{x:On,y:Oe.y},R,ne),$r(E,be,pe,D(),R,ne,Oe.bar),f.dataset.issueMarks=String(xr(E,be,$("issueMarks"),R));let Ie=m.cursor&&f.matches(":focus")?m.cursor:null;Nr(E,be,$("marks"),R),Er(E,be,$("selected"),Ie,R);let Re=$("focus");Re&&Re.outline&&Tr(E,be,Re.r,Re.c,R)}k(be),P(be,A,g,Oe)}function M(g){let A=[...b.children].map(C=>C.textContent);A.length===g.length&&A.every((C,E)=>C===g[E])||(b.replaceChildren(...g.map(C=>d("span","cmw-badge",C))),b.hidden=g.length===0)}function k(g){x.hidden=!m.zoomable,m.zoomable&&(y.textContent=yn(g,g.k),v.disabled=g.v<=m.vMin,w.disabled=g.v>=g.k,T.disabled=g.v>=g.k)}function F(g,A){let C=l.defaultView&&l.defaultView.devicePixelRatio||1,E=Math.max(1,Math.round(A.width*C)),R=Math.max(1,Math.round(A.height*C));(f.width!==E||f.height!==R)&&(f.width=E,f.height=R),f.style.width=`${A.width}px`,f.style.height=`${A.height}px`,g.setTransform(C,0,0,C,0,0),g.clearRect(0,0,A.width,A.height)}function P(g,A,C,E){let R=performance.now();f.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let ne=null;!m.firstDrawn&&A>0&&(m.firstDrawn=!0,ne=R-(m.draws===1?o:C)),r({k:A,draws:m.draws,lastMs:R-C,firstMs:ne,view:{r0:g.r0,c0:g.c0,v:g.v}}),f.dataset.cellX0=String(g.x0),f.dataset.cellY0=String(g.y0),f.dataset.cellSize=String(g.cell),f.dataset.viewRow0=String(g.r0),f.dataset.viewCol0=String(g.c0),f.dataset.viewSize=String(g.v),f.dataset.cols=String(m.cols),f.dataset.extraX0=g.extra?String(g.xExtra):"",f.dataset.extraWidth=g.extra?String(g.xw):"",f.dataset.xTitle=E.x,f.dataset.yTitle=E.y,f.dataset.barTitle=E.bar,f.setAttribute("aria-label",`Confusion matrix of ${A} classes. Rows: ${E.y}. Columns: ${E.x}. Colours: ${E.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${yn(g,A)}; plus and minus zoom, 0 shows all.`:""))}function V(g,A,C,E){let R=0;if(m.zoomable)R=K(g,A);else for(let pe of pt(C.k,m.step))R=Math.max(R,g.measureText(A[pe]).width);R=Math.min(E,R);let ne=R>m.step*C.cell-4,se=C.extra?g.measureText(Dt).width:0,ce=C.extra>0&&(ne||se>C.xw+ut-2),Z=Math.max(ne?R:ye+2,ce?se:0);return{rotated:ne,extraRotated:ce,height:Math.ceil(Z)}}function j(g,A){m.editor&&m.editor.finish(!1);let C=m.layout,E=g==="y"?Math.max(m.yLabelW+$e+4,100):120,R=ge(C,A)+C.cell/2,ne=g==="y"?C.x0-E:re(R-E/2,0,Math.max(0,C.width-E)),se=g==="y"?he(C,A)+C.cell/2-11:C.y0+C.grid+$e,ce={left:f.offsetLeft+Math.max(0,ne),top:f.offsetTop+se,width:E},Z=$("labels");m.editor=ar({dom:t,host:S,box:ce,name:Z[A],index:A,done:(pe,rt)=>{m.editor=null;let Oe=$("labels");if(pe!==null&&A<Oe.length){let gt=Oe.slice();gt[A]=pe,e.set("display_labels",gt)}rt&&f.focus({preventScroll:!0})}})}function X(g,A=!1){let C=f.getBoundingClientRect(),E=m.lastUp;return A&&E&&Math.abs(E.x-g.clientX)<1&&Math.abs(E.y-g.clientY)<1?[E.x-C.left,E.y-C.top]:[g.clientX-C.left,g.clientY-C.top]}function me(g,A){let C=m.layout;if(!C||C.k===0)return null;let E=ye/2+1;if(g>=ie+Ne&&g<C.x0&&A>=C.y0-E&&A<C.y0+C.grid+E){let se=vn(A-C.y0,C.cell,m.step,C.k,E,C.r0,C.v);return se>=0?{axis:"y",index:se}:null}let R=C.y0+C.grid,ne=C.x0+C.grid+(C.extra?ut/2:20);if(A>=R&&A<R+$e+m.xLabels.height&&g>=C.x0-20&&g<ne){let se=m.xLabels.rotated?E:m.step*C.cell/2,ce=vn(g-C.x0,C.cell,m.step,C.k,se,C.c0,C.v);return ce>=0?{axis:"x",index:ce}:null}return null}function de([g,A]){let C=$("k"),E=$("labels"),R=$("abstained");if(A>=C&&R){let Z=[`True: ${E[g]}`,`Predicted: ${Dt}`,`Count: ${we(R.counts[g],$("countDigits"))}`],pe=$("fmt");return pe.kind==="percent"&&Z.push(`Shown: ${Ge(R.values[g],pe)} ${Rs[$("normalize")]||""}`.trim()),Z.join(`
`)}let ne=g*C+A,se=[`True: ${E[g]}`,`Predicted: ${E[A]}`,`Count: ${we($("counts")[ne],$("countDigits"))}`],ce=$("fmt");if(ce.kind==="delta"&&se.push(`Change: ${Ge($("values")[ne],ce)} since the compared run`),ce.kind==="percent"){let Z=($("multilabel")?Fs:Ns)[$("normalize")]||"";se.push(`Shown: ${Ge($("values")[ne],ce)} ${Z}`.trim())}return se.join(`
`)}function le(g,A,C){h.textContent=g,h.hidden=!1;let E=f.offsetLeft+A+14;E+h.offsetWidth+4>S.clientWidth&&(E=Math.max(0,f.offsetLeft+A-h.offsetWidth-10));let R=f.offsetTop+C+14;R+h.offsetHeight+4>S.clientHeight&&(R=Math.max(0,f.offsetTop+C-h.offsetHeight-10)),h.style.left=`${E}px`,h.style.top=`${R}px`}let ue=()=>m.zoomable&&m.view!==null&&m.view.v<$("k");function ae(g){let A=$("k"),C=ke(g,A,m.vMin),E=m.view||Be(A);return C.r0===E.r0&&C.c0===E.c0&&C.v===E.v?!1:(m.view=C,h.hidden=!0,z(),!0)}function Ae(g,A=null){if(!m.zoomable||!m.layout)return;let C=m.layout;ae(L1(C,g,A,C.k,m.vMin))}function Xe(g){g.target.closest(".cmw-zoom-in")?Ae(dt):g.target.closest(".cmw-zoom-out")?Ae(1/dt):g.target.closest(".cmw-zoom-fit")&&ae(Be($("k")))}function De(g){if(!(g.ctrlKey||g.metaKey)||!m.zoomable)return;g.preventDefault();let[A,C]=X(g);Ae(rr(g.deltaY,g.deltaMode),nr(A,C,m.layout))}function xe(g){if(m.panned=!1,m.pan=null,g.button!==0||!ue())return;let[A,C]=X(g);jt(A,C,m.layout)&&(m.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function ze(g){let A=m.pan,C=g.clientX-A.x,E=g.clientY-A.y;if(!A.moved){if(Math.hypot(C,E)<Os)return;A.moved=!0,h.hidden=!0;try{f.setPointerCapture(A.id)}catch{}}f.style.cursor="grabbing",ae(er(A.view,-E/A.cell,-C/A.cell,$("k"),m.vMin))}function Ue(g){m.lastUp={x:g.clientX,y:g.clientY},m.pan&&m.pan.moved&&(m.panned=!0,f.style.cursor="grab"),m.pan=null}function ee(g){if(m.pan&&m.pan.id===g.pointerId&&(ze(g),m.pan.moved))return;let[A,C]=X(g),E=jt(A,C,m.layout);if(E){le(de(E),A,C),f.style.cursor=ue()?"grab":"pointer";return}let R=me(A,C);if(f.style.cursor=R?"text":"default",R){let ne=R.axis==="y"?"True class":"Predicted class",se=R.axis==="y"?"row":"column";le(`${ne} ${R.index}: ${$("labels")[R.index]}
(click to select the ${se}, double-click to rename)`,A,C)}else h.hidden=!0}function te(g){if(m.panned){m.panned=!1;return}let[A,C]=X(g,!0),E=jt(A,C,m.layout),R=E?null:me(A,C);E?(m.cursor=E,e.set("selected",g.shiftKey?{add:E}:E),z()):R?e.set("selected",R.axis==="y"?{row:R.index}:{col:R.index}):$("hasSelection")&&e.set("selected",null)}function lo(g){let[A,C]=X(g,!0),E=me(A,C);E&&(g.preventDefault(),h.hidden=!0,j(E.axis,E.index))}function uo(g){let A=$("k");if(A===0)return;let C=!0;if(xn.has(g.key)){let E=m.cursor||$("selected")||(ue()?[m.view.r0,m.view.c0]:null);m.cursor=sr(E,g.key,A,g.shiftKey?10:1,J(A)),ue()&&ae(Bt(m.view,Q(m.cursor),A,m.vMin)),_.textContent=de(m.cursor).replace(/\n/g,", "),z()}else if(m.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&Rr[g.key]){let E=Rr[g.key];if(E==="fit")ae(Be(A));else{let R=m.cursor?Q(m.cursor):null;Ae(E==="in"?dt:1/dt,R?[R[0]+.5,R[1]+.5]:null),R&&ue()&&ae(Bt(m.view,Q(m.cursor),A,m.vMin))}}else if(g.key==="Enter"||g.key===" "){let E=m.cursor||$("selected")||[0,0];m.cursor=E,e.set("selected",g.shiftKey?{add:[E[0],E[1]]}:[E[0],E[1]])}else if(!g.ctrlKey&&!g.metaKey&&!g.altKey&&Pr[g.key.toLowerCase()]){let E=Pr[g.key.toLowerCase()],R=m.cursor||$("selected")||[0,0];e.set("selected",E==="errors"?"errors":E==="row"?{row:R[0]}:{col:R[1]})}else C=!1;C&&g.preventDefault()}a(f,"pointerdown",xe),a(f,"pointermove",ee),a(f,"pointerleave",()=>{h.hidden=!0}),a(f,"pointerup",Ue),a(f,"pointercancel",()=>{m.pan=null}),a(f,"wheel",De,{passive:!1}),a(x,"click",Xe),a(f,"click",te),a(f,"dblclick",lo),a(f,"keydown",uo),a(f,"focus",z),a(f,"blur",z);let $n=()=>{let g=U();return g!==m.height&&!(Math.abs(g-m.height)<1)},Ve=l.defaultView;if(Ve&&typeof Ve.ResizeObserver<"u"){let g=new Ve.ResizeObserver(()=>{(m.detached||Math.abs(B()-m.width)>=1||$n())&&z()});for(let C of[p,...i])g.observe(C);let A=p.closest(".cmw");A&&g.observe(A),a(Ve,"resize",()=>{$n()&&z()}),c.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Ve&&typeof Ve.MutationObserver<"u"&&l.body){let g=null,A=new Ve.MutationObserver(()=>{clearTimeout(g),g=setTimeout(z,100)});A.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{A.disconnect(),clearTimeout(g)},{once:!0})}c.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let wt=$("selected"),Tn=$("focus");function En(){let g=$("selected"),A=$("focus"),C=g&&!(wt&&g[0]===wt[0]&&g[1]===wt[1]);A!==Tn&&A&&m.zoomable?ae(tr(m.view,[A.r,A.c],$("k"),Ps,m.vMin)):C&&ue()&&ae(Bt(m.view,Q(g),$("k"),m.vMin)),wt=g,Tn=A,L()}return Y(e,Is,En,c.signal),L(),{el:p,update:En,destroy:()=>{c.abort(),p.remove()}}}function Br({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),c=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,c);let a=!0;function l(){let d=e.get("metrics");if(s.hidden=d.perClass.length===0,a=!s.open,!s.open)return;let u=e.get("countDigits"),p=e.get("intervals"),x=p&&!p.stale?p:null;c.hidden=!p,c.textContent=p?E1(p):"";let w=(b,S)=>b.append(o("td","cmw-num",S)),v=(b,S,f,h)=>{let _=o("td","cmw-num");x?Nt(t,_,S,f,x.level,x.methods[h]):_.textContent=oe(S),b.append(_)};i.replaceChildren();let T=i.createTHead().insertRow();for(let b of["class","precision","recall","F1","support"])T.append(o("th",null,b));let y=i.createTBody();for(let[b,S]of d.perClass.entries()){let f=y.insertRow(),h=o("th",null,S.label);h.title=h.textContent,f.append(h);let _=x&&x.perClass[b];for(let m of["precision","recall","f1"])v(f,S[m],_?_[m]:null,m);w(f,we(S.support,u))}for(let[b,S]of d.summary.entries()){let f=y.insertRow();f.className=b===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(S.name??"")));let h=x?x.summary[String(S.name)]:null;if("value"in S)w(f,""),w(f,""),v(f,S.value,Array.isArray(h)?h:null,S.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let _=S.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])v(f,S[m],h&&!Array.isArray(h)?h[m]:null,_+m);w(f,we(S.support,u))}}}return W(s,"toggle",()=>{s.open&&a&&l()},r.signal),Y(e,["metrics","countDigits","intervals"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function Dr({state:e,dom:t,signal:n}){let r=q(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return Y(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function zr({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s,option:i}=t,c=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),l=o("select","cmw-rank-menu");a.append(l);let d=o("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let x=!1;function w(){let v=e.get("issues"),T=e.get("selection");if(c.hidden=!v||!T||T.available===!1,c.hidden)return;let y=v.ranks.join(",");l.dataset.ranks!==y&&(l.replaceChildren(...v.ranks.map(S=>i(S,dn[S]))),l.dataset.ranks=y),l.value=e.get("rank"),l.disabled=v.kernelOnly,d.textContent=v.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",l.title=d.textContent||"Order of the cell's samples (w.rank)",c.replaceChildren(a,d);let b=T.issues&&Array.isArray(T.issues.indices)?T.issues:null;b?(u.textContent=`${x?"Hide":"Show"} likely label errors (${b.total})`,u.setAttribute("aria-expanded",String(x)),p.hidden=!x,p.textContent=b.total?`${b.indices.join(", ")}${b.total>b.indices.length?", ...":""}`:"None in this cell.",c.append(u,p)):v.pending?c.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):v.hidden&&c.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return W(l,"change",()=>e.set("rank",l.value),r.signal),W(u,"click",()=>{x=!x,w()},r.signal),Y(e,["issues","rank","selection"],w,r.signal),w(),{el:c,update:w,destroy:()=>{r.abort(),c.remove()}}}function nt({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=qe(n,o,s);return W(c,"input",()=>{a=!0,r&&r(l()),d(l())},i),W(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(u,p,x){c.min=String(u),c.max=String(p),c.step=String(x)}}}var js=60,Ur=700,zt="http://www.w3.org/2000/svg",ht={w:240,h:56,pad:6};function Vr(e,{w:t,h:n,pad:r}=ht){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function Bs(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function Wr({state:e,dom:t,signal:n,clock:r}){let o=q(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(O,B)=>setTimeout(O,B),clearTimeout:O=>clearTimeout(O)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=c("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),x=()=>e.get("runs").names,w=O=>{let B=x();O>=0&&O<B.length&&B[O]!==e.get("run")&&e.set("run",B[O])},v=nt({dom:t,cls:"cmw-run-slider",write:w,throttleMs:js,clock:r,signal:o.signal,onInput:O=>{z(),p.textContent=x()[O]??""}}),T=v.el;T.min="0",T.step="1",T.setAttribute("aria-label","Run");let y=c("cmw-run-newer","");y.title="Show the latest run";let b=i("select","cmw-compare-pick");b.setAttribute("aria-label","Compare with");let S=i("label","cmw-field");S.append(i("span",null,"Compare with"),b);let f=i("div","cmw-runs-top");f.append(u,T,p,y,S);let h=s.createElementNS(zt,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${ht.w} ${ht.h}`),h.setAttribute("width",String(ht.w)),h.setAttribute("height",String(ht.h));let _=i("div","cmw-history-legend");_.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,_),d.append(f,m),d.hidden=!0;let N=null;function $(){let O=e.get("runs"),B=e.get("run");if(d.hidden=O.names.length<2,d.hidden){z();return}let U=O.names.indexOf(B);T.max=String(O.names.length-1),!v.dragging()&&U>=0&&(T.value=String(U)),v.dragging()||(p.textContent=B);let H=Bs(O.names,B);y.textContent=H,y.hidden=!H,I(O.names,e.get("compare")),D(O,U)}function I(O,B){let U=a("","none");b.replaceChildren(U,...O.map(H=>a(H))),b.value=B!=null&&O.includes(B)?B:""}function D(O,B){let U=[];for(let[J,Q]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let L=Vr(J).filter(Boolean),M=s.createElementNS(zt,"polyline");M.setAttribute("class",Q),M.setAttribute("fill","none"),M.setAttribute("points",L.map(k=>k.map(F=>F.toFixed(1)).join(",")).join(" ")),U.push(M)}let H=Vr(O.accuracy);O.names.forEach((J,Q)=>{if(!H[Q])return;let L=s.createElementNS(zt,"circle");L.setAttribute("class",Q===B?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),L.setAttribute("cx",H[Q][0].toFixed(1)),L.setAttribute("cy",H[Q][1].toFixed(1)),L.setAttribute("r",Q===B?"4":"3"),L.setAttribute("data-run",String(Q));let M=s.createElementNS(zt,"title");M.textContent=`${J}: accuracy ${oe(O.accuracy[Q])}, macro F1 ${oe(O.macroF1[Q])}`,L.append(M),U.push(L)}),h.replaceChildren(...U)}function G(){let O=x(),B=O.indexOf(e.get("run"));if(B<0||B>=O.length-1){z();return}w(B+1),N=l.setTimeout(G,Ur)}function K(){let O=x();O.indexOf(e.get("run"))>=O.length-1&&w(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),N=l.setTimeout(G,Ur)}function z(){N!==null&&l.clearTimeout(N),N=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return W(u,"click",()=>N===null?K():z(),o.signal),W(y,"click",()=>{z(),w(x().length-1)},o.signal),W(b,"change",()=>e.set("compare",b.value===""?null:b.value),o.signal),W(h,"click",O=>{let B=O.target&&O.target.closest?O.target.closest("[data-run]"):null;B&&(z(),w(Number(B.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>z(),{once:!0}),Y(e,["runs","run","compare"],$,o.signal),$(),{el:d,update:$,destroy:()=>{o.abort(),d.remove()}}}var Ds=60,Gr=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function Kr({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),u=nt({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:Ds,clock:r,signal:o.signal,onInput:f=>{let h=i();l.textContent=f.toFixed(Pe(h?h.step:.01))}}),p=u.el,x=s("label","cmw-field");x.append(a,s("span",null,"Abstain when the top score is below"),p,l);let w=s("input","cmw-top-k");w.type="number",w.min="1";let v=s("label","cmw-field");v.append(s("span",null,"Hit when the true class is in the top"),w);let T=s("span","cmw-hint cmw-top-k-hint");T.setAttribute("role","status"),v.append(T);let y=s("div","cmw-abstain-stats");c.append(x,v,y);let b=null;function S(){let f=i(),h=!!(f&&f.kind==="multiclass");if(c.hidden=!h,!h)return;u.range(f.lo,f.hi,f.step);let _=f.abstain!==null&&f.abstain!==void 0;if(a.checked=_,p.disabled=!_,_&&(b=f.abstain),!u.dragging()){let m=_?f.abstain:b??(f.lo+f.hi)/2;p.value=String(m),l.textContent=_?Number(m).toFixed(Pe(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),y.replaceChildren(),_&&y.append(s("span","cmw-stat cmw-coverage",`coverage ${Gr(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${Gr(f.covered_accuracy)}`))}return W(a,"change",()=>{i()&&d(a.checked?parseFloat(p.value):null)},o.signal),W(w,"change",()=>{let f=i(),h=Number(w.value),_=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;T.textContent=_||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,_?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),Y(e,["scores"],S,o.signal),S(),{el:c,update:S,destroy:()=>{o.abort(),c.remove()}}}function Hr(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var zs=60,Sn={size:240,pad:34},Us=[0,.5,1],Vs="http://www.w3.org/2000/svg",Ws=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function Yr({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s,doc:i}=t,c=(f,h={})=>{let _=i.createElementNS(Vs,f);for(let[m,N]of Object.entries(h))_.setAttribute(m,String(N));return _},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let u=!1,p=null,x={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",re(f,h.lo,h.hi))},v=qe(w,zs,r);o.signal.addEventListener("abort",()=>v.cancel(),{once:!0});function T(f){let{size:h,pad:_}=Sn;l.replaceChildren();for(let m of Object.keys(x))delete x[m];for(let m of Ws){let N=f[m.kind],$=s("figure",`cmw-curve cmw-curve-${m.kind}`),I=s("figcaption","cmw-curve-title"),D=f[m.area],G=f.undefinedBecause?f.undefinedBecause[m.kind]:null;if(I.textContent=`${m.title}${D===null||G?"":`  ${m.areaName} ${oe(D)}`}`,G){$.append(I,s("p","cmw-curve-undefined",`Undefined: ${G}.`)),l.append($);continue}let K=c("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});K.classList.add("cmw-curve-svg"),Object.assign(K.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(_)}),K.append(c("rect",{x:_,y:_,width:h-2*_,height:h-2*_,class:"cmw-curve-frame"}),c("polyline",{points:S1(N,h,_),class:"cmw-curve-line"})),m.kind==="roc"&&K.append(c("line",{x1:_,y1:h-_,x2:h-_,y2:_,class:"cmw-curve-chance"}));let z=c("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});z.textContent=m.x;let O=c("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=m.y,K.append(z,O,...y(h,_));let B=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),U=c("text",{x:_,y:_-8,class:"cmw-curve-readout"}),H=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),J=c("title");J.textContent="Drag along the curve to move the threshold",H.append(J),K.append(...B,U,H),$.append(I,K),l.append($),x[m.kind]={plot:K,marker:H,guides:B,readout:U,curve:N,spec:m},b(K,N)}d.replaceChildren();for(let m of f.targets){let N=t.button("cmw-curve-target",`threshold for ${m.name}`);N.dataset.threshold=String(m.threshold),W(N,"click",()=>w(m.threshold),o.signal),d.append(N)}}function y(f,h){let _=f-2*h,m=[];for(let N of Us){let $=h+N*_,I=h+(1-N)*_,D=String(N);m.push(c("line",{x1:$,y1:f-h,x2:$,y2:f-h+4,class:"cmw-curve-tickmark"})),m.push(c("line",{x1:h-4,y1:I,x2:h,y2:I,class:"cmw-curve-tickmark"}));let G=c("text",{x:$,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});G.textContent=D;let K=c("text",{x:h-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});K.textContent=D,m.push(G,K)}return m}function b(f,h){let _=!1,m=$=>{let I=Hr(f.getBoundingClientRect(),Sn),D=($.clientX-I.x0)/I.inner,G=1-($.clientY-I.y0)/I.inner;return h.t[A1(h,D,G)]};W(f,"pointerdown",$=>{if(_=!0,f.setPointerCapture&&$.pointerId!==void 0)try{f.setPointerCapture($.pointerId)}catch{}v(m($))},o.signal),W(f,"pointermove",$=>{_&&v(m($))},o.signal),W(f,"pointerup",$=>{_&&(_=!1,v.cancel(),w(m($)))},o.signal),W(f,"pointercancel",()=>{_=!1,v.cancel()},o.signal)}function S(){let f=e.get("binary");if(a.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!u||p!==null)&&(u=!0,p=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==h&&(T(h),p=h);let{size:_,pad:m}=Sn,N=_-2*m;for(let{marker:$,guides:I,readout:D,spec:G,plot:K}of Object.values(x)){let[z,O]=G.at(f),B=Number.isFinite(z)&&Number.isFinite(O);for(let L of[$,...I])L.setAttribute("visibility",B?"visible":"hidden");if(D.textContent=B?`${G.x} ${oe(z)}, ${G.y} ${oe(O)}`:"",!B)continue;let U=(m+z*N).toFixed(1),H=(m+(1-O)*N).toFixed(1);$.setAttribute("cx",U),$.setAttribute("cy",H);let[J,Q]=I;Object.entries({x1:U,y1:H,x2:U,y2:_-m}).forEach(([L,M])=>J.setAttribute(L,M)),Object.entries({x1:U,y1:H,x2:m,y2:H}).forEach(([L,M])=>Q.setAttribute(L,M)),K.dataset.markerX=String(z),K.dataset.markerY=String(O)}}return Y(e,["binary","curves"],S,o.signal),S(),{el:a,update:S,destroy:()=>{o.abort(),a.remove()}}}var Gs=60,Mn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Ks(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function Xr({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,x=nt({dom:t,cls:"cmw-label-threshold",write:N=>{let $=d();if(!$||!Array.isArray($.thresholds)||!Number.isFinite(N))return;let I=$.thresholds.slice();I[u]=N,e.set("thresholds",I)},throttleMs:Gs,clock:r,signal:o.signal,onInput:N=>{let $=d();l.textContent=N.toFixed(Pe($?$.step:.01))}}),w=x.el,v=s("label","cmw-field");v.append(s("span",null,"Threshold"),w,l);let T=s("div","cmw-label-focus"),y=s("div","cmw-label-listing"),b=s("table","cmw-label-tables");i.append(a,v,T,y,b);let S="label",f=!1;function h(){let N=d(),$=!!(N&&N.kind==="multilabel");if(i.hidden=!$,!$)return;let I=e.get("labels"),D=e.get("metrics").perClass,G=e.get("countDigits");u=Math.min(u,I.length-1),(c.options.length!==I.length||[...c.options].some((z,O)=>z.textContent!==I[O]))&&c.replaceChildren(...I.map((z,O)=>t.option(String(O),z))),c.value=String(u);let K=Array.isArray(N.thresholds);v.hidden=!K,w.disabled=!!N.fixed,K&&!x.dragging()&&(x.range(N.lo,N.hi,N.step),w.value=String(N.thresholds[u]),l.textContent=Number(N.thresholds[u]).toFixed(Pe(N.step))),_(N,I,G),m(N,I,D,G)}function _(N,$,I){let D=N.tables[u]||[0,0,0,0],G=s("table","cmw-readout-table");G.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let z=G.createTBody();[["truly absent",0],["truly present",2]].forEach(([B,U])=>{let H=z.insertRow();H.append(s("th",null,B));for(let J of[U,U+1]){let[Q,L]=Mn[J],M=s("td"),k=t.button("cmw-label-cell",`${L} ${we(D[J],I)}`);k.dataset.cell=Q,k.disabled=!!N.fixed,W(k,"click",()=>e.send({type:"label_cell",label:u,cell:Q}),o.signal),M.append(k),H.append(M)}}),T.replaceChildren(s("div","cmw-label-focus-title",$[u]??""),G);let O=N.focus;if(O&&O.label===u){let B=Mn.find(([H])=>H===O.cell)?.[1]??O.cell,U=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;y.replaceChildren(s("div","cmw-label-listing-title",`${B} of ${$[u]}: ${U} samples`),s("div","cmw-indices",O.indices.join(", ")))}else y.replaceChildren()}function m(N,$,I,D){let G=s("tr"),K=(U,H)=>{let J=S===U,Q=t.button(`cmw-sort${J?" cmw-sorted":""}`,J?`${H} ${f?"▼":"▲"}`:H);Q.dataset.sort=U,W(Q,"click",()=>{f=J?!f:U!=="label",S=U,h(),b.querySelector(`[data-sort="${U}"]`).focus()},o.signal);let L=s("th");return L.setAttribute("aria-sort",J?f?"descending":"ascending":"none"),L.append(Q),L};G.append(K("label","label"),...Mn.map(([,U])=>s("th",null,U)),K("f1","F1"),K("support","support"));let z=s("thead");z.append(G);let O=s("tbody"),B=I.length===$.length?I:$.map(()=>({f1:NaN,support:NaN}));for(let U of Ks(B,S,f)){let H=s("tr",U===u?"cmw-focused":null);H.dataset.label=String(U);let J=t.button("cmw-label-name",$[U]);W(J,"click",()=>{u=U,h()},o.signal);let Q=s("th");Q.append(J),H.append(Q,...(N.tables[U]||[]).map(L=>s("td",null,we(L,D))),s("td",null,oe(B[U].f1)),s("td",null,we(B[U].support,D))),O.append(H)}b.replaceChildren(z,O)}return W(c,"change",()=>{u=Number(c.value)||0,h()},o.signal),Y(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function qr(e){let t=[Yr(e),Kr(e),Xr(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var Zr=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Hs=e=>`${(Number(e)*100).toFixed(0)}%`;function Jr(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${Zr(n.mean)} · median ${Zr(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Hs(r[2])}`).join(" · ")}function Qr(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let c of n){let a=r("tr");a.append(r("th",null,String(c.column)),r("td",null,Jr(c,"cell")),r("td",null,Jr(c,"rest"))),o.append(a)}return o}function Lr({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let x=o("p","cmw-sentence");for(let b of p.sentence){let S=String(b&&b.text!=null?b.text:"");x.append(b&&b.em?o("em",null,S):t.doc.createTextNode(S))}let w=o("div","cmw-selection-head");if(w.append(x,c()),i.append(w),!p.available){let b=e.get("table"),S=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:b?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${b.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",S));return}let v=e1(p);if(v.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(v));let T=Array.isArray(p.previews)?p.previews:[];T.length&&i.append(d(T));let y=Qr(t,p);y&&i.append(y)}function l(p){let x=o("div","cmw-pager");if(p.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(p.prevOffset),x.append(w)}if(x.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(p.nextOffset),x.append(w)}return x}function d(p){let x=o("div","cmw-previews");for(let w of p)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let v=o("figure","cmw-preview-img"),T=o("img");T.src=w.src,T.alt=`sample ${w.index}`,v.append(T,o("figcaption",null,`#${w.index}`)),x.append(v)}else if(w.kind==="text"){let v=o("div","cmw-preview-text");v.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),x.append(v)}}return x}let u=null;return W(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let x=p.target.closest("button[data-offset]");if(!x)return;let w=e.get("selection");u=w&&{cls:x.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(x.dataset.offset)})},r.signal),Y(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let x=t.doc.activeElement,w=x&&(i.contains(x)||x===t.doc.body);a();let v=e.get("selection");if(!p||!v||v.i!==p.i||v.j!==p.j||!w)return;let T=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");T&&T.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function eo({state:e,dom:t,signal:n,extra:r=[]}){let o=q(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(a,l,...r);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),c.hidden=!(e.get("k")>0)}return W(a,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},o.signal),Y(e,["selectionSpec","k"],d,o.signal),d(),{el:c,update:d,destroy:()=>{o.abort(),c.remove()}}}function to(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function no({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=o("details","cmw-download"),c=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let l=s("cmw-download-cells","Matrix (CSV)");l.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",a.append(l,d,u),i.append(c,a);function p(){d.disabled=!e.get("hasSelection")}let x=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let v=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";to(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),v)});return r.signal.addEventListener("abort",x,{once:!0}),W(a,"click",w=>{let v=w.target.closest("button");if(v){if(v===l)e.send({type:"download",what:"cells"});else if(v===d)e.send({type:"download",what:"selection"});else if(v===u){let T=i.closest(".cmw"),y=T&&T.querySelector("canvas.cmw-canvas");y&&y.toBlob(b=>{b&&to(t.doc,b,"confusion_matrix.png")},"image/png")}}},r.signal),Y(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var ro=e=>Math.round(e).toLocaleString("en-US");function Ys(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${ro(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${ro(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Xs(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function oo({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=Ys(l);let d=Xs(e);c.hidden=!d,c.textContent=d||""}return Y(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function qs(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Zs=60;function so({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let u=!1,p=null,x=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,v=(h,_)=>w()?String(Number(h.toPrecision(6))):h.toFixed(Pe(x(_)));function T(){let h=e.get("binary");if(i.hidden=!h,!h)return;let _=w();a.min=_?"0":String(h.lo),a.max=String(_?_.length-1:h.hi),a.step=_?"1":String(x(h));let m=e.get("threshold")??Number(h.threshold);!u&&Number.isFinite(m)&&(a.value=String(_?qs(_,m):m),l.textContent=v(m,h)),y(h)}function y(h){let _=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let $=m.createTBody(),I=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[z,...O]of I){let B=$.insertRow();B.append(s("th",null,z));for(let[U,H]of O){let J=s("td");J.append(s("span","cmw-tag",U),t.doc.createTextNode(` ${we(H,_)}`)),B.append(J)}}let D=s("div","cmw-readout-stats"),G=e.get("intervals"),K=G&&!G.stale&&G.binary?G.binary:null;for(let[z,O,B]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!K){D.append(s("span","cmw-stat",`${z} ${oe(B)}`));continue}let U=s("span","cmw-stat-value");Nt(t,U,B,K[O],G.level,O==="f1"?"bootstrap":"wilson");let H=s("span","cmw-stat",`${z} `);H.append(U),D.append(H)}d.replaceChildren(m,D)}let b=h=>{Number.isFinite(h)&&(p=h,e.set("threshold",h))},S=qe(b,Zs,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return W(a,"input",()=>{u=!0;let h=f(),_=e.get("binary");Number.isFinite(h)&&(l.textContent=_?v(h,_):h.toFixed(2)),S(h)},o.signal),W(a,"change",()=>{u=!1,S.cancel();let h=f();(h!==p||e.get("threshold")!==h)&&b(h)},o.signal),o.signal.addEventListener("abort",()=>S.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table","intervals"],T,o.signal),T(),{el:i,update:T,destroy:()=>{o.abort(),i.remove()}}}var Js=300,Qs=200,Ls=16;function ei(e,t,n){let r=e-t-Ls,o=Math.min(hn,Math.max(n,1)*Rt)+Qs;return t>0&&r>=Math.max(Js,Math.min(o,.6*e))?r:e}function ti(e,t){let n=e.dom.h("div","cmw-main"),r=qr(e);r.el.classList.add("cmw-side"),r.el.append(X1(e).el);let s=jr({...t,room:()=>ei(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function ni(e){let t=ir(e),n=gr(e);return[K1({...e,extra:[t.button]}),t,so(e),oo(e),Dr(e),n.panel,ti(e,n.matrixCtx),n.table,Wr(e),G1(e),eo({...e,extra:[no(e).el]}),Lr(e),zr(e),W1(e),Br(e),Y1(e),V1(e)]}function io(e,t,n=performance.now()){let r=b1(t.ownerDocument||document),o=new AbortController,s=B1(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",W(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=ni({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Ut="cm-widget",ri="application/vnd.cm-widget.view+json",_n="application/vnd.jupyter.widget-view+json",ao=1e4,oi="Saved view, no kernel behind it: run the cell to make it live.",Cn=null;async function si(e){let t=Cn&&Cn[e];if(!t)throw new Error(`${Ut}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function ii(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=In,e.head.appendChild(t)}async function ai(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await g1(n):null}function co(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function ci(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=ai(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),ao))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=co(this,"rendermime"),o=r&&r.rendermime,s=co(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&_n in n.data&&o&&o.mimeTypes.includes(_n))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(_n);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:ao),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){ii(r),s.textContent=oi;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:io(h1(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function li(){let{Panel:e}=await si("@lumino/widgets"),t=ci(e);return{id:`${Ut}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[ri],defaultRank:-20,createRenderer:n=>new t(n)}}}function ui(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Ut]={init:e=>{Cn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Ut} has no module ${e}`);let t=ui()?[await li()]:[];return()=>({__esModule:!0,default:t})}});})();
