(()=>{var Vn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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

/* The selection bar (under the selection panel): All errors, how to select rows, columns and cells, Download. */
.cmw-select-bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin: 6px 0 2px;
}

.cmw-select-bar[hidden] {
  display: none;
}

.cmw-download {
  position: relative;
}

.cmw-download-summary {
  cursor: pointer;
}

.cmw-download-menu {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 8px;
  margin-top: 4px;
}

/* The feature summary of a selected cell (samples= a table). */
.cmw-summary {
  border-collapse: collapse;
  margin-top: 6px;
}

.cmw-summary caption {
  text-align: left;
  color: var(--cmw-muted);
}

.cmw-summary th,
.cmw-summary td {
  padding: 2px 10px 2px 0;
  text-align: left;
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

/* Slices: the picker, and one small matrix per slice on one colour scale */
.cmw-slices {
  margin: 6px 0;
}

.cmw-slices-top {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 20px;
}

.cmw-slice-grid {
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  margin-top: 6px;
}

.cmw-slice {
  margin: 0;
  padding: 3px;
  border: 2px solid transparent;
  border-radius: 3px;
}

.cmw-slice-shown {
  border-color: var(--jp-brand-color1, #1976d2);
}

.cmw-slice-odd .cmw-slice-name {
  font-weight: bold;
}

.cmw-slice-canvas {
  display: block;
  cursor: pointer;
}

.cmw-slice-caption {
  display: flex;
  flex-direction: column;
  font-size: 0.85em;
  color: var(--jp-ui-font-color1, #333);
}

.cmw-slice-stats,
.cmw-slice-fixed-note {
  color: var(--jp-ui-font-color2, #666);
}
`;function At(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function St(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function en(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function Wn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":en(t[r],t[r+1],t[r+2])}function Gn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),l=Math.min(n,e.length);for(let c=0;c<l;c++)i[c]=s[e[c]];return r}function _1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function C1([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function Kn(e,t){let n=_1(t);if(!n||C1(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var $1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Me(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if($1)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Ze(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(a,d)=>setTimeout(a,d),clearTimeout:a=>clearTimeout(a)},o=-1/0,s=null,i=null,l=()=>{s=null,o=r.now();let a=i;i=null,e(...a)},c=(...a)=>{i=a;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),l()):s===null&&(s=r.setTimeout(l,d))};return c.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},c.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),l())},c}var T1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},E1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ee(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=T1[e&&e.dtype]||Float64Array,o=Hn(r,fe(e&&e.counts)),s=N1(e&&e.totals,t,n);if(e&&e.at!=null){let i=Hn(Uint32Array,fe(e.at)),l=new r(t*n),c=Math.min(i.length,o.length);for(let a=0;a<c;a++)i[a]<l.length&&(l[i[a]]=o[a]);return{k:t,cols:n,counts:l,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function Hn(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(E1&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let l=0;l<r;l++)i[l]=o[s](n*l,!0);return i}function N1(e,t,n){if(!e||typeof e!="object")return null;let r=(l,c)=>Array.isArray(l)&&l.length===c?Float64Array.from(l,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function lt(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function _e(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let c=0;c<8;c++)s[c]=e[t+c*r];let i=8;for(;i<n-n%8;i+=8)for(let c=0;c<8;c++)s[c]+=e[t+(i+c)*r];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*r];return l}let o=Math.floor(n/2);return o-=o%8,_e(e,t,o,r)+_e(e,t+o*r,n-o,r)}function je(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return F1(e,t,r,n,o,i);if(n==="true")for(let l=0;l<t;l++){let c=_e(e,l*r,r);for(let a=0;a<r;a++)i[l*r+a]=c===0?0:e[l*r+a]/c}else if(n==="pred"){let l=new Float64Array(r);for(let c=0;c<t;c++)for(let a=0;a<r;a++)l[a]+=e[c*r+a];for(let c=0;c<t;c++)for(let a=0;a<r;a++)i[c*r+a]=l[a]===0?0:e[c*r+a]/l[a]}else if(n==="all"){let l=_e(e,0,s);for(let c=0;c<s;c++)i[c]=l===0?0:e[c]/l}else return e;return i}function F1(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let c=r==="true"?o.rows[i]:r==="pred"?o.cols[l]:r==="all"?o.all:1;s[i*n+l]=c===0?0:e[i*n+l]/c}return r==="true"||r==="pred"||r==="all"?s:e}function Je(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function O1(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Ne(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let l=0;l<e.length;l++){let c=(e[l]-t)*i;c=c<0?0:c>r-1?r-1:c,o[l]=O1(c)}return o}function tn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var I1=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Yn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?I1.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function Qe(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function _t(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=en(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Mt=e=>Number(e.toPrecision(12));function Ct(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(a=>Mt(a*i)).find(a=>a>=s&&(!o||a<1||Number.isInteger(a)));l===void 0&&(l=Mt(10*i)),o&&(l=Math.max(1,l));let c=[];for(let a=0;a*l<=r*(1+1e-12);a++){let d=Mt(a*l);c.push([d/r,o?String(d):`${Mt(d*100)}%`])}return c}function Xn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(c=>c&&typeof c=="object"):[],o=fe(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((c,a)=>{let d=u=>i.getFloat64(8*(4*a+u),!0);return{label:c,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var nn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Tt=e=>Array.isArray(e)?e:[],at=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,$t=e=>Tt(e).map(Number).filter(Number.isInteger);function R1(e){let t=nn(e),n=Tt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Tt(o)[i])?Number(Tt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function P1(e,t){let n=nn(e);if(typeof n.name!="string")return null;let r=Ee(n.matrix),o=Qe(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:at(n.fixed),broken:at(n.broken),changed:at(n.changed)}}function qn(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function Ln(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function j1(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var Zn=(e,t)=>{let n=Ln(e);return Ne(j1(e,t),-n,n)};function Jn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Qn(e,t=0){let n=Math.abs(Ln(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function D1(e){let t=nn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:$t(t.entered),cameFrom:$t(t.came_from),left:$t(t.left),wentTo:$t(t.went_to),nEntered:at(t.n_entered),nLeft:at(t.n_left)}}var er={runs:{raw:["_runs"],make:(e,t)=>R1(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>P1(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>D1(t("_moves"))}},tr=["run","compare"];var nr=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],rr=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function we(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ke(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Jn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function rn(e,t,n,r=0){let o=Ke(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${we(t,r)})`}:{main:o,sub:""}}function ee(e){return Number.isFinite(e)?e.toFixed(3):"–"}function De(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function or(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function sr(e,t){return t?`${e}_r`:e}function on(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(r,t)&&s(o,n)?[r,o]:null}function ir(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var cr=[[`
`,"⏎"],["\r","␍"]];function ut(e){let t=String(e);for(let[n,r]of cr)t=t.split(n).join(r);return t}function sn(e,t){if(t!=null&&e===ut(t))return String(t);let n=String(e);for(let[r,o]of cr)n=n.split(o).join(r);return n}function Et(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let c=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+c}var z1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function et(e,t){let n=ye(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(z1)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),l=`get${e.name.replace("Array","")}`;for(let c=0;c<o;c++)i[c]=s[l](r*c,!0);return i}var B1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function U1(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=B1[e.dtype];return t?et(t,e.data):null}function V1(e,t){let n=e.split,r=ye(e.true),o=ye(e.agree),s=ye(e.offset),i=Math.floor(r.length/n),l=Math.floor(s.length/n),c=new Uint32Array(i);for(let a=0,d=0;a<i;a++){let u=n===1?r[a]:r[a]+256*r[i+a];if(o[a>>3]>>(a&7)&1)c[a]=u*t+u;else{let p=(n===1?s[d]:s[d]+256*s[l+d])+1;d++,c[a]=u*t+(u+p)%t}}return c}function W1(e,t){if(e.split)return V1(e,t);let n=ye(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,l=0;i<o;i++,l+=r){let c=0;for(let a=r-1;a>=0;a--)c=c*256+n[l+a];s[i]=c}return s}function ar(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?et(Float64Array,t.weights):null,sampleIndex:t.sample_index?et(Uint32Array,t.sample_index):null,ids:U1(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:et(Float32Array,t.outside.scores),weights:t.outside.weights?et(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=ye(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=et(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=W1(t.cells,e.k);return n}var He=new Float32Array(1),lr=new Int32Array(He.buffer);function G1(e,t){return He[0]=e,He[0]===0?(lr[0]=1,t?He[0]:-He[0]):(lr[0]+=He[0]>0===t?1:-1,He[0])}function cn(e){let t=Math.fround(e);return t>e?G1(t,!1):t}function ze(e,t=-1/0,n=1/0){let r=cn(Number(e));return Math.min(Math.max(r,cn(t)),cn(n))}function dt(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=ze(t);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:i,d=e.scores[c]>=l?s:i;r[a*n+d]+=o?o[c]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function ur(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,c=ze(r);for(let a=0;a<e.n;a++)e.positive[a]===i&&e.scores[a]>=c===l&&o.push(a)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function ln(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=ze(n);for(let l=0;l<e.n;l++){let c=e.positive[l]?s:1-s,a=e.scores[l]>=i?s:1-s;t[c*o+a]&&r.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function Nt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Ft(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Nt(e,r))}function K1(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=ze(n),i=r.weights;for(let c=0;c<r.scores.length;c++)o[r.scores[c]>=s?e.posIndex:1-e.posIndex]+=i?i[c]:1;let l=i?_e(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:l}}var Ce=(e,t)=>t!==0?e/t:0;function H1(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let T=e[w*t+g];o[w]+=T,s[g]+=T,l+=T}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let c=0;for(let w=0;w<t;w++)c+=o[w];let a=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,x=0;for(let w=0;w<t;w++){let g={precision:Ce(r[w],s[w]),recall:Ce(r[w],o[w]),f1:Ce(2*r[w],o[w]+s[w]),support:o[w]};a.push(g);let T=Ce(o[w],c);for(let b of["precision","recall","f1"])d[b]+=g[b]/t,u[b]+=g[b]*T;o[w]>0&&(p+=1,x+=g.recall)}return{rows:a,accuracy:Ce(i,l),balancedAccuracy:p?x/p:0,macro:d,weighted:u}}function Ot(e,t,n=null,r=null){let o=H1(e,t,K1(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((l,c)=>s.set([l.precision,l.recall,l.f1,l.support],4*c));let i=o.rows.reduce((l,c)=>l+c.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Y1(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:Ce(e,e+n),fpr:Ce(t,t+r),precision:Ce(e,e+t),f1:Ce(2*e,2*e+t+n),mcc:Ce(e*r-t*n,o)}}function an(e,t,n){let r=e.pos_index,o=1-r,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...Y1(s(r,r),s(o,r),s(r,o),s(o,o))}}function dr(e){return e??"true"}function mr(e,t,n,r,o,s=!1,{basis:i="true",abstained:l=!1,multilabel:c=!1}={}){let a=s?un(e):String(Math.trunc(e)),d=s?`A weight of ${a} is truly `:`${a} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=l?" but the model ":o||c?" and predicted ":" but predicted ",p=` (${Et(r*100,1)}% of `,x;return i==="all"?x=[{text:`${p}all samples).`}]:i==="pred"&&l?x=[{text:`${p}the abstained samples).`}]:i==="pred"?x=[{text:p+(c?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:x=[{text:p+(c?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...x]}function un(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var dn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var It=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,pr=(e,t,n)=>Array.isArray(e)&&e.length===2&&It(e[0],t)&&It(e[1],n);function tt(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&It(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&It(e.col,n)?{kind:"col",j:e.col}:null}return pr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>pr(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function mn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function fr(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function hr(e,t,n=t){if(e===null)return null;let r=tt(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":fr(r.cells)}function wr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),fr(n)}function gr(e,t,n,r,o,s,{fixed:i,formatG:l,pairs:c=!1}){let a=s?l(t):String(Math.trunc(t)),[d,u]=c?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${a} is `:`${a} ${t===1?d:u} ${t===1?"is":"are"} `,x={text:` (${i(o*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},x]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},x]:e==="errors"?[{text:`${p}misclassified`},x]:[{text:`${p}in ${r} selected cells`},x]}var q1=/[",\r\n]/;function L1(e){let t=String(e);return q1.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Rt(e,t){return[e,...t].map(n=>n.map(L1).join(",")).join(`
`)+`
`}var br=40,pn="abstained";function Z1(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function xr(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Pt(e){let t=Object.prototype.hasOwnProperty.call(dn,e)?dn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var yr=e=>e.every(t=>Number.isInteger(t));function vr(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let S of e.state.buffers)Z1(t,S.path,ye(S.data));if(!t._lut&&typeof t.cmap=="string"){let S=t.cmap,k=Pt(S.endsWith("_r")?S.slice(0,-2):S);k&&(t._lut=Pt(S)||xr(k))}let n=e.k,r=ar(e),o=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let c=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,a=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},c&&delete t._issues.counts);let d=S=>{for(let k of o.get(S)||[])k()},u=(S,k)=>{t[S]=k,d(S)};if(e.recount&&r){let S=dt(r,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(S.buffer)},t._metrics=Ot(S,n,r,null)}let p=Ee(t._matrix),x=r?dt(r,t.threshold):Float64Array.from(lt(p.counts,n,p.cols).square),w=p.cols===n+1?Array.from({length:n},(S,k)=>p.counts[k*p.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(x.buffer.slice(0))}}function T(S,k){let F=`${S},${k},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=ur(r,S,k,t.threshold)),s.members}function b(S,k,F,P){let H=0;if(P==="true")for(let D of k){for(let L=0;L<n;L++)H+=x[D*n+L];w&&(H+=w[D])}else for(let D=0;D<n;D++)if(P==="all"){for(let L=0;L<n;L++)H+=x[D*n+L];w&&(H+=w[D])}else for(let L of F)H+=L===n?w?w[D]:0:x[D*n+L];return H?S/H:0}function y(S,k,F,P,H,D,L,me={},de={}){let ae=0;for(let te of F)for(let ne of P)ae+=ne===n?w?w[te]:0:x[te*n+ne];let ue=!!(r&&r.weights||!yr(x)),ce=dr(t.normalize),Se;if(de.multilabel){let te=p.totals,ne=te?ce==="true"?te.rows[S]:ce==="pred"?te.cols[k]:te.all:0;Se=ne?ae/ne:0}else Se=b(ae,F,P,ce);let Le=r?D():[],Ue=Le.length,xe=Math.max(0,Math.min(Math.trunc(L)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=Le.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,br)){let ne=e.previews&&e.previews[String(Nt(r,te))];ne&&We.push(ne)}return{i:S,j:k,...me,sentence:mr(ae,H[0],H[1],Se,S===k,ue,{basis:ce,...de}),count:ae,total:Ue,offset:xe,indices:r?Ft(r,Ve):[],page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function A(S,k,F){let P=t.display_labels||[];return w&&k===n?y(S,k,[S],[k],[String(P[S]??S),pn],()=>[],F,{},{abstained:!0}):y(S,k,[S],[k],[String(P[S]??S),String(P[k]??k)],()=>T(S,k),F,{},{multilabel:l})}let f=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(f.length?n:0).fill(0);if(f.length){let S=t._groups.codes,k=new DataView(S.buffer,S.byteOffset,S.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?k.getUint16(2*F,!0):k.getUint32(4*F,!0)}let _=S=>h.flatMap((k,F)=>k===S?[F]:[]);function m(S,k){if(r.kind==="binary"){let P=[];for(let H of _(S))for(let D of _(k))P.push(...T(H,D));return P.sort((H,D)=>H-D)}let F=[];for(let P=0;P<r.n;P++){let H=r.cells[P],D=Math.floor(H/n);h[D]===S&&h[H-D*n]===k&&F.push(P)}return F}function E(S,k,F){return y(S,k,_(S),_(k),[f[S],f[k]],()=>m(S,k),F,{group:!0})}function C(S,k){let F=w?n+1:n,P=tt(S,n,F),H=mn(P,n,F),D=0;for(let[te,ne]of H)D+=ne===n?w?w[te]:0:x[te*n+ne];let L=new Uint8Array(n*n);for(let[te,ne]of H)ne<n&&(L[te*n+ne]=1);let me=r?ln(r,L,t.threshold):[],de=Ft(r||{},me),ae=me.map((te,ne)=>ne);r&&r.ids&&ae.sort((te,ne)=>de[te]<de[ne]?-1:de[te]>de[ne]?1:te-ne);let ue=0;for(let te=0;te<n;te++){for(let ne=0;ne<n;ne++)ue+=x[te*n+ne];w&&(ue+=w[te])}let ce=(t.display_labels||[]).map(String);w&&ce.push(pn);let Se=P.kind==="row"?ce[P.i]:P.kind==="col"?ce[P.j]:null,Le=!!(r&&r.weights||!yr(x)),Ue=me.length,xe=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=ae.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,br)){let ne=e.previews&&e.previews[String(Nt(r,me[te]))];ne&&We.push(ne)}return{i:P.kind==="row"?P.i:-1,j:P.kind==="col"?P.j:-1,kind:P.kind,sentence:gr(P.kind,D,Se,H.length,ue?D/ue:0,Le,{fixed:Et,formatG:un,pairs:l}),count:D,total:Ue,offset:xe,indices:Ve.map(te=>de[te]),page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function I(S=0){let k=t.selected,F=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?u("_selection",C(k,S)):Array.isArray(k)&&k.length===2?u("_selection",A(k[0],k[1],S)):Array.isArray(F)&&F.length===2?u("_selection",E(F[0],F[1],S)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function j(S){let k=e.orders&&e.orders[S];k&&(u("_order",{dtype:k.dtype,classes:ye(k.classes),groups:k.groups?ye(k.groups):null}),u("order",S))}function z(S,k,F,P=F){if(S==="selected"&&(k=hr(k,F,P),k===void 0)||!(k===null||S==="selected"||Array.isArray(k)&&k.length===2&&k.every((L,me)=>Number.isInteger(L)&&L>=0&&L<(me===0?F:P))))return;let D=S==="selected"?"selected_group":"selected";k!==null&&t[D]!=null&&(t[D]=null,d(D)),t[S]=k,d(S),I(0)}function K(S){if(!r||r.kind!=="binary"||!c)return;let k=Number(S);if(!Number.isFinite(k))return;let F=ze(Math.min(Math.max(k,c.lo),c.hi),c.lo,c.hi);t.threshold=F,x=dt(r,F),u("_matrix",g()),u("_binary",an(c,x,F)),u("_metrics",Ot(x,n,r,F)),u("_intervals",Q(x)),d("threshold"),t.selected!=null&&I(0)}function B(S){let k=String(S),F=k.endsWith("_r")?k.slice(0,-2):k,H=(e.luts&&e.luts[k]?ye(e.luts[k]):null)||Pt(k),D=H||(e.luts&&e.luts[F]?ye(e.luts[F]):Pt(F));D&&(u("_lut",H||xr(D)),u("cmap",k))}r&&r.kind==="binary"&&c&&(t.threshold=ze(t.threshold,c.lo,c.hi),x=dt(r,t.threshold),t._matrix=g(),t._binary=an(c,x,t.threshold),t._metrics=Ot(x,n,r,t.threshold)),a&&a!=="index"&&(t.selected!=null||t.selected_group!=null)&&I(0);let O=new Set;function U(){let S=Ee(t._matrix),k=je(S.counts,S.k,"true",S.cols,S.totals),F=(t.display_labels||[]).map(String),P=F.slice();S.cols===n+1&&P.push(pn);let H=[];for(let D=0;D<S.k;D++)for(let L=0;L<S.cols;L++)H.push([F[D],P[L],S.counts[D*S.cols+L],k[D*S.cols+L]]);return Rt(["true","predicted","count","share"],H)}function W(){let S=["index","true","predicted"],k=!!(r&&r.kind==="binary");if(k&&S.push("score"),!r||t.selected==null)return Rt(S,[]);let F=tt(t.selected,n,w?n+1:n),P=new Uint8Array(n*n);for(let[ae,ue]of mn(F,n,w?n+1:n))ue<n&&(P[ae*n+ue]=1);let H=ln(r,P,t.threshold),D=Ft(r,H),L=(t.display_labels||[]).map(String),me=k?ze(t.threshold):0,de=H.map((ae,ue)=>{if(!k)return[D[ue],L[Math.floor(r.cells[ae]/n)],L[r.cells[ae]%n]];let ce=r.posIndex;return[D[ue],L[r.positive[ae]?ce:1-ce],L[r.scores[ae]>=me?ce:1-ce],r.scores[ae]]});return Rt(S,de)}let V={cells:["confusion_matrix.csv",U],selection:["selection.csv",W]},X=t._intervals&&t._intervals.level?t._intervals:null,J=Float64Array.from(x);function Q(S){return X?S.length===J.length&&S.every((F,P)=>F===J[P])?X:{stale:!0,level:X.level,z:X.z}:t._intervals}return{receive(S){return O.add(S),()=>O.delete(S)},get:S=>t[S],on(S,k){return o.has(S)||o.set(S,new Set),o.get(S).add(k),()=>o.get(S).delete(k)},set(S,k){if(S==="threshold")return K(k);if(S==="cmap")return B(k);if(S==="normalize"){u(S,k??null),(t.selected!=null||t.selected_group!=null)&&I(t._selection?.offset||0);return}if(S==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;u(S,k.map(String)),t.selected!=null&&I(t._selection?.offset||0);return}if(S==="selected")return z(S,k,n,w?n+1:n);if(S==="selected_group")return z(S,k,f.length);if(S==="order")return j(k);if(S==="errors_only")return u(S,k===!0);if(S==="cmap_scale")return k==="log"||k==="linear"?u(S,k):void 0;if(S==="level"){(k==="classes"||k==="groups"&&f.length)&&u(S,k);return}},send(S){if(S&&S.type==="download"&&V[S.what]){let[k,F]=V[S.what],P={type:"download",what:S.what,name:k,text:F()};queueMicrotask(()=>{for(let H of[...O])H(P)});return}S&&S.type==="page"&&(t.selected!=null||t.selected_group!=null)&&I(Number(S.offset)||0)}}}var J1="CMW1",Q1="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",es=new Map([...Q1].map((e,t)=>[e,t]));function ts(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let l=o;l<o+5;l++){let c=l<t.length?es.get(t[l]):84;if(c===void 0)throw new Error("not base85 text");i=i*85+c}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function kr(e,t=!1){let n=t?ts(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function ns(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function rs(e){return new TextDecoder().decode(await kr(e))}async function os(e,t="cmw-pack85"){let n=await kr(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==J1)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let l=Object.keys(i);if(l.length===1&&l[0]==="__cmw_bytes__"){let[c,a]=i.__cmw_bytes__;return ns(o.subarray(c,c+a))}}return i})}async function Ar(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await os(t,n):JSON.parse(n==="gzip"?await rs(t):t)}var ss=new Set(["button","input","select","textarea","summary","canvas"]);function Sr(e){let t=(o,s,i)=>{let l=e.createElement(o);return s&&(l.className=s),i!=null&&(l.textContent=i),ss.has(o)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function G(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var is=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function cs(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(is)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Mr(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Me(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Me(e.curve.t),i=cs(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function _r(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),l=(u,p)=>p<n?e[u*n+p]:t[u],c=[],a=0,d=0;for(let u=0;u<n;u++){let p=0;for(let w=0;w<i;w++)p+=l(u,w)*r[u*o+w];let x=0;for(let w=0;w<s;w++)x+=l(u,w);c.push({total:p,mean:x!==0?p/x:0}),a+=p,d+=x}return{total:a,mean:d?a/d:0,perClass:c}}var ls=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fn(e,t){let n=fe(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(ls)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?l=>o.getFloat32(4*l,!0):l=>o.getFloat64(8*l,!0);for(let l=0;l<r;l++)s[l]=i(l);return s}function Cr(e){if(!e||typeof e!="object")return null;let t=fn(e.x,Float32Array),n=fn(e.y,Float32Array),r=fn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var hn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function $r(e){if(!e||typeof e!="object")return null;let t=Cr(e.roc),n=Cr(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&hn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:hn(e.auc),ap:hn(e.ap),targets:r,undefinedBecause:s}}function Tr(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,c=i*i+l*l;c<o&&(o=c,r=s)}return r}function Er(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var as={uint16:2,uint32:4};function wn(e,t){let n=as[t];if(!n)return null;let r=fe(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Nr(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Fr=e=>Array.from({length:e},(t,n)=>n);function Or(e,t,n){let r=e&&e.dtype,o=e?wn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?wn(e.groups,r):null;return{classes:Nr(o,t)?o:Fr(t),groups:n?Nr(i,s)?i:Fr(s):null}}function Ir(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=wn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var gn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,mt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Rr(e,t){let n=mt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=fe(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let c=new DataView(r.buffer,r.byteOffset,r.byteLength),a=(d,u)=>{let p=c.getFloat64(8*(6*d+u),!0);return Number.isFinite(p)?p:null};for(let d=0;d<o;d++)s.push({precision:[a(d,0),a(d,1)],recall:[a(d,2),a(d,3)],f1:[a(d,4),a(d,5)]})}let i={};for(let[c,a]of Object.entries(mt(n.summary)))i[c]=Array.isArray(a)?gn(a):Object.fromEntries(Object.entries(mt(a)).map(([d,u])=>[d,gn(u)]));let l=n.binary?Object.fromEntries(Object.entries(mt(n.binary)).map(([c,a])=>[c,gn(a)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:mt(n.methods)}}function us(e,t){let n=ee(e);return!t||t[0]===null||t[1]===null?n:`${n} (${ee(t[0])}-${ee(t[1])})`}var nt=e=>`${Number((100*e).toFixed(2))}%`;function jt(e,t,n,r,o,s){if(t.textContent=us(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${nt(o)} interval ${ee(r[0])} to ${ee(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=u=>Math.min(Math.max(u,0),1)*100,c=e.h("span","cmw-whisker");c.setAttribute("aria-hidden","true");let a=e.h("span","cmw-whisker-bar");a.style.left=`${l(r[0])}%`,a.style.width=`${Math.max(l(r[1])-l(r[0]),0)}%`;let d=e.h("span","cmw-whisker-tick");d.style.left=`${l(n)}%`,c.append(a,d),t.append(c)}function Pr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${nt(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function jr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,l=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Dr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||o.length===n&&l<=o[n-1][0])continue;let c=o.length;for(;c>0&&o[c-1][0]<l;)c--;o.splice(c,0,[l,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let l=Math.floor(i/t),c=r?r[l]:_e(e,l*t,t);return[l,i-l*t,s,c===0?0:s/c]})}var bn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function zr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(bn),r=null,o=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let l=new DataView(s.buffer);r=new Uint32Array(i);for(let c=0;c<i;c++)r[c]=l.getUint32(4*c,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Br(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Ur(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var xn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Vr=e=>Array.isArray(e)?e:[],Dt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ds(e,t){let n=xn(e),r=Vr(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=xn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let l=Ee({...s,k:1,cols:o*t*i}),c=r.map((p,x)=>l.counts.subarray(x*t*i,(x+1)*t*i)),a=p=>r.map((x,w)=>Dt(Vr(n[p])[w])),d=xn(n.most_different),u=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<o?{slice:d.slice,value:Dt(d.value),rest:Dt(d.rest),difference:Dt(d.difference)}:null;return{names:r,k:t,cols:i,counts:c,samples:a("samples"),accuracy:a("accuracy"),balancedAccuracy:a("balanced_accuracy"),macroF1:a("macro_f1"),mostDifferent:u,fixed:n.fixed===!0}}function ms(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>je(i,n,t,r)),s=o.reduce((i,l)=>Math.max(i,Je(l)),0);return{values:o,vmax:s,colors:o.map(i=>Ne(i,0,s))}}function ps(e){return typeof e=="string"?e:null}var Wr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>ds(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>ps(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>ms(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>Qe(t("_lut"))||St()}};var Gr=256;function pt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function Kr(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(Gr-2)*(Math.log(i/t)/o))/(Gr-1):1)}return r}function Ye(e,t,n,r){return n==="log"?Ne(Kr(e,r,t),0,1):Ne(e,0,t)}function zt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>Kr([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([o(l),r(l)])}return t>e&&s.push([1,r(t)]),s}var fs=new Set(["normalize","cmap","threshold","display_labels","selected",...tr,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale"]),hs=10,Bt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Hr=e=>Array.isArray(e)?e:[],Ut={matrix:{raw:["_matrix"],make:(e,t)=>Ee(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>lt(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>on(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>je(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>lt(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?qn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Je(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Ye(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?Zn(e("values"),e("k")):Ye(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>pt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||Qe(t("_lut"))||St()},lutText:{uses:["lut"],make:e=>_t(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Yn(t("values_format"),e("normalize"),tn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>tn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?Qn(e("values"),e("countDigits")):e("cmapScale")==="log"?zt(e("logLo"),e("vmax"),e("normalize")):Ct(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Xn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Rr(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>qr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Bt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>tt(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Bt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Hr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Hr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>zr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Br(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>$r(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Mr(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return _r(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Bt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Bt(t("_table"));if(!n.engine)return null;let r=Me(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...er,...Wr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Or(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Ir(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?on(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Dr(e("counts"),e("k"),hs,ws(e))},focus:{make:()=>null}},ft={},Yr=e=>{if(!ft[e]){let t=Ut[e];ft[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Yr)])]}return ft[e]};for(let e of Object.keys(Ut))Yr(e);function ws(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>_e(r,i*n,n)+o[i])}function Xr(e){let t=new Map,n=c=>{if(!Ut[c])throw new Error(`unknown state key ${c}`);return Ut[c]},r=c=>{let a=n(c),d=ft[c].map(x=>e.get(x)),u=t.get(c);if(u&&u.raws.every((x,w)=>x===d[w]))return u.value;let p=a.make(r,x=>e.get(x));return t.set(c,{raws:d,value:p}),p};return{get:r,on:(c,a)=>{n(c);let d=ft[c].map(u=>e.on(u,a));return()=>d.forEach(u=>u())},set:(c,a)=>{if(!fs.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c),receive:c=>e.receive?e.receive(c):()=>{}}}function Y(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(l=>e.on(l,s));return r&&r.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var gs="http://www.w3.org/2000/svg",$e=180,rt=28,yn=180,Vt=44,bs=12,Lr=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function qr(e,t){let n=Lr(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=Lr(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Me(r.counts);return{kind:n.kind,x:Me(n.x),y:Me(n.y),n:Me(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function Zr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${ee(e.eceLow)}-${ee(e.eceHigh)}), ${nt(e.level)} interval`:"";return`ECE ${ee(e.ece)}${t}`}function ke(e,t,n,r){let o=e.createElementNS(gs,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function Jr({state:e,dom:t,signal:n}){let r=q(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),l=o("div","cmw-calibration-title"),c=o("div","cmw-calibration-plots");i.append(l,c);let a=[];function d(){let g=e.get("calibration");if(!g||!g.hist)return null;let T=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return T==null||!Number.isFinite(T)?null:T}function u(){let g=e.get("calibration"),T=d();for(let b of a){if(T===null||!g||!g.hist){b.setAttribute("visibility","hidden");continue}let{lo:y,hi:A}=g.hist,f=(Math.min(Math.max(T,y),A)-y)/(A-y||1)*yn;b.setAttribute("x1",String(f)),b.setAttribute("x2",String(f)),b.setAttribute("visibility","visible"),b.dataset.at=String(T)}}function p(g){let T=ke(s,"svg",{width:$e+rt+8,height:$e+rt+8,role:"img"},"cmw-reliability");T.setAttribute("aria-label",`reliability diagram, ${Zr(g)}`);let b=_=>rt+_*$e,y=_=>4+(1-_)*$e;T.append(ke(s,"rect",{x:rt,y:4,width:$e,height:$e},"cmw-plot-frame"),ke(s,"line",{x1:b(0),y1:y(0),x2:b(1),y2:y(1)},"cmw-diagonal"));let A=ke(s,"text",{x:rt+$e/2,y:$e+rt+2,"text-anchor":"middle"},"cmw-axis-label");A.textContent="mean predicted probability";let f=ke(s,"text",{x:10,y:4+$e/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+$e/2})`},"cmw-axis-label");f.textContent="observed frequency",T.append(A,f);let h=Array.from(g.x,(_,m)=>`${b(_)},${y(g.y[m])}`).join(" ");return T.append(ke(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((_,m)=>{let E=ke(s,"circle",{cx:b(_),cy:y(g.y[m]),r:3},"cmw-reliability-point"),C=ke(s,"title",{});C.textContent=`predicted ${ee(_)}, observed ${ee(g.y[m])}, ${Math.round(g.n[m]*100)/100} samples`,E.append(C),T.append(E)}),T}function x(g,T){let b=o("div","cmw-histograms"),{bins:y,counts:A}=g.hist,f=T.length,h=Math.min(f,bs),_=0;for(let E=0;E<h*y;E++)_=Math.max(_,A[E]);let m=g.kind==="binary"?`score of ${T[1]??"positive"}`:"top score";b.append(o("div","cmw-histograms-title",`${m} by true class`)),a=[];for(let E=0;E<h;E++){let C=o("div","cmw-histogram-row"),I=o("span","cmw-histogram-name",T[E]);I.title=T[E];let j=ke(s,"svg",{width:yn,height:Vt},"cmw-histogram"),z=yn/y;for(let B=0;B<y;B++){let O=A[E*y+B];if(!(O>0))continue;let U=_>0?O/_*(Vt-2):0;j.append(ke(s,"rect",{x:B*z,y:Vt-U,width:Math.max(z-1,1),height:U},"cmw-histogram-bar"))}let K=ke(s,"line",{x1:0,x2:0,y1:0,y2:Vt},"cmw-threshold-line");a.push(K),j.append(K),C.append(I,j),b.append(C)}return f>h&&b.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),b}function w(){let g=e.get("calibration");if(i.hidden=!g,a=[],!g)return;if(g.note){l.textContent=g.note,c.replaceChildren();return}let T=g.kind==="binary"?"":" (top label)";l.textContent=`Calibration${T}: ${Zr(g)}, ${g.nBins} ${g.strategy} bins`;let b=[p(g)];g.hist&&b.push(x(g,e.get("labels"))),c.replaceChildren(...b),u()}return Y(e,["calibration","labels"],w,r.signal),Y(e,["threshold","abstainAt"],u,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var vn=e=>`${(100*e).toFixed(1)}%`;function xs(e,t,n,r,o,s){let i=(a,d)=>d===n?t?t[a]:0:e[a*n+d],l=t?n+1:n,c=0;for(let a=0;a<n;a++)for(let d=0;d<l;d++)(s==="all"||(s==="pred"?d===o:a===r))&&(c+=i(a,d));return{count:i(r,o),den:c}}function Qr({state:e,dom:t,signal:n}){let r=q(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),c=e.get("k"),a=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(o.hidden=!a,!a){o.textContent="";return}let d=e.get("countParts"),u=e.get("cols")===c+1?d.rest:null,p=e.get("normalize")==null?"true":e.get("normalize"),{count:x,den:w}=xs(d.square,u,c,l[0],l[1],p),g=jr(x,w,i.z),T=p==="all"?"the whole":p==="pred"?"its predicted column":"its true row";o.textContent=g?`Share of ${T}: ${vn(x/w)}, ${nt(i.level)} interval ${vn(g[0])}-${vn(g[1])} (Wilson).`:`Share of ${T}: no samples, no interval.`,o.dataset.low=g?String(g[0]):"",o.dataset.high=g?String(g[1]):""}return Y(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var ys=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function vs(e,t){return`From ${e.name} to ${t}: ${ys(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ks(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function eo({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(c,a,d,u,p,x,w){let g=o("div",c);if(g.append(o("div","cmw-moves-title",`${a} (${d})`)),!u.length)return g.append(o("span","cmw-hint","none")),g;let T=o("div","cmw-moves-list");return u.forEach((b,y)=>{let A=o("span","cmw-move"),f=p[y];A.append(o("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${x}`)),T.append(A)}),g.append(T),d>u.length&&g.append(o("span","cmw-hint",`showing the first ${u.length} of ${d}`)),g}function l(){let c=e.get("compareState");if(s.hidden=!c,s.replaceChildren(),!c)return;let a=e.get("run"),d=o("p","cmw-compare-summary",vs(c,a));d.title=ks(c,a),s.append(d);let u=e.get("moves");if(!u){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),x=o("p","cmw-moves-head");x.append(t.doc.createTextNode("Cell true "),o("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),o("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${c.name}.`)),s.append(x,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,c.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,a,p))}return Y(e,["compareState","moves","run","labels"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function to({state:e,dom:t,signal:n,extra:r=[]}){let o=q(n),{h:s,button:i}=t,l=s("div","cmw-controls"),c=s("div","cmw-seg");c.setAttribute("role","group"),c.setAttribute("aria-label","Normalisation");let a=rr.map(b=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",b.label),y.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),y.dataset.value=b.value===null?"":b.value,c.append(y),y}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let b of nr)u.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),x=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",x.append(w,s("span",null,"reverse")),l.append(c,d,x,...r);function g(){let b=e.get("normalize");for(let h of a){let _=(h.dataset.value||null)===b;h.classList.toggle("cmw-active",_),h.setAttribute("aria-pressed",String(_))}let y=e.get("compareState");if(u.disabled=!!y,w.disabled=!!y,y){p.textContent=`${y.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:A,reversed:f}=or(e.get("cmap"));[...u.options].some(h=>h.value===A)||u.append(t.option(A)),u.value=A,w.checked=f}let T=()=>e.set("cmap",sr(u.value,w.checked));return G(c,"click",b=>{let y=b.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),G(u,"change",T,o.signal),G(w,"change",T,o.signal),Y(e,["normalize","cmap","compareState"],g,o.signal),g(),{el:l,update:g,destroy:()=>{o.abort(),l.remove()}}}var no={width:240,height:130,pad:34},As="http://www.w3.org/2000/svg";function Xe(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):ee(e):"–"}function Ss(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Xe(r.mean)}`).join(", ");return`Expected cost ${Xe(e.mean)} per sample (${Xe(e.total)} in total); per true class: ${n}.`}function Ms(e,t,n,r,o){let{width:s,height:i,pad:l}=o,c=u=>l+(u-t)/(n>t?n-t:1)*(s-2*l),a=u=>i-l+4-(r>0?u/r:0)*(i-l-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${c(e.t[u]).toFixed(1)},${a(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:c,ys:a}}function ro({state:e,dom:t,signal:n}){let r=q(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=Ss(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return Y(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function oo({state:e,dom:t,signal:n}){let r=q(n),{h:o,doc:s}=t,i=(I,j={})=>{let z=s.createElementNS(As,I);for(let[K,B]of Object.entries(j))z.setAttribute(K,String(B));return z},l=o("figure","cmw-curve cmw-cost");l.hidden=!0;let c=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:a,height:d,pad:u}=no,p=i("svg",{width:a,height:d,viewBox:`0 0 ${a} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let x=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),T=i("title");g.append(T);let b=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),y=i("text",{x:a/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent="threshold";let A=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});A.textContent="cost";let f=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:u,y:8,width:a-2*u,height:d-u-4,class:"cmw-curve-frame"}),x,w,g,b,y,A,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),_=o("p","cmw-cost-readout");l.append(c,p,h,_);let m=null,E=null;G(h,"click",()=>{let I=e.get("costs"),j=e.get("binary");I&&I.least&&j&&e.set("threshold",oe(I.least.threshold,j.lo,j.hi))},r.signal);function C(){let I=e.get("costs"),j=e.get("binary");if(l.hidden=!(I&&I.curve&&I.least&&j),l.hidden)return;if(E!==I||!m||m.lo!==j.lo||m.hi!==j.hi){let O=0;for(let V=0;V<I.curve.n;V++)O=Math.max(O,I.curve.y[V]);let U=Ms(I.curve,j.lo,j.hi,O,no);x.setAttribute("points",U.points),m={...U,lo:j.lo,hi:j.hi},f.textContent=Xe(O);let W=oe(I.least.threshold,j.lo,j.hi);g.setAttribute("cx",m.xs(W).toFixed(1)),g.setAttribute("cy",m.ys(I.least.mean).toFixed(1)),T.textContent=`least cost ${Xe(I.least.mean)} at threshold ${W}`,Object.assign(l.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),E=I}let z=m.xs(oe(j.threshold,j.lo,j.hi)).toFixed(1);for(let[O,U]of Object.entries({x1:z,x2:z,y1:8,y2:d-u+4}))w.setAttribute(O,String(U));let K=e.get("expectedCost"),B=K?K.mean:NaN;b.setAttribute("visibility",Number.isFinite(B)?"visible":"hidden"),Number.isFinite(B)&&(b.setAttribute("cx",z),b.setAttribute("cy",m.ys(B).toFixed(1))),h.disabled=Math.abs(B-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),_.textContent=`Now ${Xe(B)} per sample; least ${Xe(I.least.mean)} at threshold ${ee(oe(I.least.threshold,j.lo,j.hi))}.`,l.dataset.mean=String(B)}return Y(e,["costs","binary","expectedCost"],C,r.signal),C(),{el:l,update:C,destroy:()=>{r.abort(),l.remove()}}}var Wt=64,An=800,so=120,Gt=6,_s=6,wt=2,Cs=14,Sn=140,ie=8,Fe=20,Mn=15,Te=6,_n=16,qe=14,ht=6,kn=8,Cn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function gt(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Wt,l=n.maxGrid||An,c=ie+Fe+r+Te,a=ie,d=e>0&&n.extra?1:0,u=Math.min(l,Math.max(so,t-c-s-ie-d*ht)),p=n.view||Be(e),x=e>0?p.v:0,w=x>0?Math.min(i,u/(x+d)):0;d&&w<kn&&(w=Math.min(i,(u-kn)/x)),w>=Gt&&(w=Math.floor(w));let g=w*x,T=c+g+ht,b=d?Math.max(w,kn):0,y=d?T+b:c+g;return{k:e,v:x,r0:p.r0,c0:p.c0,room:u,cell:w,x0:c,y0:a,grid:g,extra:d,xExtra:T,xw:b,right:y,width:Math.ceil(y+s+ie),height:Math.ceil(a+g+Te+o+Fe+ie+(Math.max(1,n.xTitleLines||1)-1)*Mn)}}function io(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Gt&&(r=Math.floor(r)),Math.max(so,r*(n+e.extra))}function Kt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,c=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[c,n.k]:r>=0&&r<n.grid?[c,l+Math.min(s,Math.floor(r/n.cell))]:null}function Be(e){return{r0:0,c0:0,v:Math.max(0,e)}}function co(e,t){return e*_s>t}function lo(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Wt)))}function Ae(e,t,n=1){if(!(t>0))return Be(0);let r=e||Be(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function ao(e,t,n,r,o=1){let s=Ae(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[l,c]=n||[s.r0+s.v/2,s.c0+s.v/2],a=(d,u)=>u-(u-d)*i/s.v;return Ae({r0:a(s.r0,l),c0:a(s.c0,c),v:i},r,o)}function uo(e,t,n,r,o=1){let s=Ae(e,r,o);return Ae({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Ht(e,t,n,r=1){let o=Ae(e,n,r);if(!t)return o;let s=(i,l)=>l<i?l:l>=i+o.v?l-o.v+1:i;return Ae({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function mo(e,t,n,r,o=1){let s=Ae(e,n,o),i=Math.min(s.v,Math.max(r,o));return Ae({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function po(e,t,n){let r=n.v??n.k,o=(s,i,l)=>l+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function fo(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function $n(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function ho(e,t,n=Cs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function bt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Tn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,c=Math.floor((s+i-1)/n)*n;if(c<l)return-1;let a=oe(Math.round((s+e/t-.5)/n)*n,l,c);return Math.abs((a-s+.5)*t-e)<=Math.max(t/2,o)?a:-1}function xt(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function wo(e,t,n,r=1,o=n){if(n<=0||!Cn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,he=(e,t)=>e.y0+(t-e.r0)*e.cell,Oe=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ot=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function go({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=o("div","cmw-labels-panel");l.hidden=!0;let c=null,a=null;function d(){let w=e.get("labels");a=w;let g=o("div","cmw-labels-list");c=w.map((b,y)=>{let A=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=ut(b),f.dataset.index=String(y),A.append(o("span","cmw-label-idx",String(y)),f),g.append(A),f});let T=o("div","cmw-labels-actions");T.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(g,T),l.hidden=!1,i.setAttribute("aria-expanded","true"),c.length&&c[0].focus()}function u(w=!1){c=null,a=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function p(){let w=a,g=e.get("labels"),T=c.map((b,y)=>b.value!==ut(w[y])?sn(b.value,w[y]):g[y]);u(!0),T.length===g.length&&T.some((b,y)=>b!==g[y])&&e.set("display_labels",T)}function x(){c&&c.length!==e.get("k")&&u()}return G(i,"click",()=>c?u():d(),r.signal),G(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),p()):w.key==="Escape"&&(w.preventDefault(),u(!0))},r.signal),G(l,"click",w=>{w.target.closest(".cmw-save")?p():w.target.closest(".cmw-cancel")&&u(!0)},r.signal),Y(e,["labels","k"],x,r.signal),{el:l,button:i,update:x,open:d,close:u,isOpen:()=>c!==null,destroy:()=>{r.abort(),l.remove(),i.remove()}}}function bo({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ut(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,c=!1,a=(d,u=!1)=>{if(c)return;c=!0,l.abort();let p=sn(i.value,r);i.remove(),s(d&&p!==r?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),a(d.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>a(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:a}}var $s=12;function Ts(e,t,n,r=$s){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(l,c)=>c==null||c<l||c>=l+o.v?l:Math.max(l,Math.min(c-Math.floor(s/2),l+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function xo({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(c,a={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=we(a.counts[c],e.get("countDigits"));return d.kind==="percent"?`${u} (${Ke(a.values[c],d)})`:u}function l(){let c=e.get("k"),a=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=Ts(s,c,d&&d[1]<c?d:d&&[d[0],null]),x=r("table"),w=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${c}: rows are the true label, columns the predicted label.`),g=r("tr");g.append(r("td"));for(let y=p.cols;y<p.cols+p.side;y++){let A=r("th",null,`Predicted ${a[y]}`);A.scope="col",g.append(A)}if(u){let y=r("th",null,"Abstained");y.scope="col",g.append(y)}let T=r("tbody");for(let y=p.rows;y<p.rows+p.side;y++){let A=r("tr"),f=r("th",null,`True ${a[y]}`);f.scope="row",A.append(f);let h=(_,m)=>{let E=r("td",null,m);d&&d[0]===y&&d[1]===_&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),A.append(E)};for(let _=p.cols;_<p.cols+p.side;_++)h(_,i(y*c+_));u&&h(c,i(y,u)),T.append(A)}let b=r("thead");b.append(g),x.append(w,b,T),o.replaceChildren(x)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:o,update:l,setView(c){s&&c&&s.r0===c.r0&&s.c0===c.c0&&s.v===c.v||(s=c,l())},destroy:()=>o.remove()}}function Es(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function yo(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=Es(t,n),s=c=>c===n?r?t.length:-1:o[c];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[c,a]of e.cells){let d=o[c],u=s(a),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),l.push([d,u]))}return{rows:[],cols:[],cells:l,errors:!1}}function vo(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&r?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),c=i(e.add[1]);return l>=0&&c>=0?wr(o,[l,c]):void 0}}function Ns(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:ko(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let d of s)l[n.codes[d]].push(d);let c=t&&t.groups&&t.groups.length===i?t.groups:ko(i),a=[];for(let d of c)if(o.has(d))for(let u of l[d])a.push({kind:"class",index:u,members:[u]});else a.push({kind:"group",index:d,members:l[d]});return a}function ko(e){return Array.from({length:e},(t,n)=>n)}function Fs(e){return e.every(t=>t.kind==="class")}function En(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let l=0;l<r;l++)o[s*r+l]=e[i+n[l]]}return o}function Os(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let c of i.members)o[c]=l});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let l=o[i];if(!(l<0))for(let c=0;c<t;c++){let a=o[c];a>=0&&(s[l*r+a]+=e[i*t+c])}}return s}function Ao(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Is(e,t,n=null,r="linear"){let o=0,s=1/0,i=c=>{c>o&&(o=c),c>0&&c<s&&(s=c)};for(let c=0;c<t;c++)for(let a=0;a<t;a++)c!==a&&i(e[c*t+a]);if(n)for(let c of n)i(c);s=Number.isFinite(s)?s:0;let l=Ye(e,o,r,s);for(let c=0;c<t;c++)l[c*t+c]=0;return{colors:l,vmax:o,lo:s}}var So=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),Rs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo"];function Mo(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=b=>e.get(b),s=(b,y,A)=>{let f=r.get(b);if(f&&f.deps.length===y.length&&f.deps.every((_,m)=>_===y[m]))return f.value;let h=A();return r.set(b,{deps:y,value:h}),h},i=()=>!!o("compareState"),l=()=>i()?"classes":o("level"),c=()=>s("items",[o("k"),o("order"),o("groups"),l(),t.version],()=>Ns(o("k"),o("order"),o("groups"),l(),t.expanded)),a=()=>s("perm",[c()],()=>Fs(c())?c().map(b=>b.index):null),d=()=>{let b=a();return b!==null&&b.every((y,A)=>y===A)},u={items:c,k:()=>c().length,labels:()=>s("labels",[c(),o("labels"),o("groups")],()=>{let b=o("labels"),y=o("groups");return c().map(A=>A.kind==="class"?b[A.index]:`${y.names[A.index]} (${A.members.length})`)}),counts:()=>s("counts",[c(),o("counts")],()=>{if(d())return o("counts");let b=a();return b?En(o("counts"),o("k"),b):Os(o("counts"),o("k"),c())}),values:()=>s("values",[c(),o("values"),o("normalize")],()=>{if(d())return o("values");let b=a();return b?o("values")===o("counts")?p("counts"):En(o("values"),o("k"),b):je(p("counts"),c().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),o("abstained")],()=>{let b=o("abstained"),y=a();return!b||y===null?null:d()?b:{counts:Ao(b.counts,y),values:Ao(b.values,y)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.colorsAndMax()],()=>{let b=u.abstainedRows();if(!b)return null;let y=u.colorsAndMax().lo;return b===o("abstained")&&u.vmax()===o("vmax")&&y==null?b:{counts:b.counts,values:b.values,colors:y!=null?Ye(b.values,u.vmax(),o("cmapScale"),y):Ne(b.values,0,u.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[c(),o("values"),o("colors"),o("errorsOnly"),o("cmapScale"),i(),u.abstainedRows()],()=>{let b=c().length;if(o("errorsOnly")&&!i()){let h=u.abstainedRows();return Is(p("values"),b,h&&h.values,o("cmapScale"))}if(d())return{colors:o("colors"),vmax:o("vmax")};let y=a();if(y)return{colors:En(o("colors"),o("k"),y),vmax:o("vmax")};let A=p("values"),f=Je(A);return{colors:Ye(A,f,o("cmapScale"),pt(A)),vmax:f}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.colorsAndMax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>{let b=u.colorsAndMax().lo;return u.vmax()===o("vmax")&&b==null?o("colorbar"):o("cmapScale")==="log"?zt(b??pt(p("values")),u.vmax(),o("normalize")):Ct(u.vmax(),o("normalize"))}),selected:()=>s("selected",[c(),o("selected"),o("selectedGroup"),u.abstainedRows()],()=>{let b=c(),y=o("selected"),A=o("selectedGroup"),f=(m,E)=>b.findIndex(C=>C.kind===m&&C.index===E),h=m=>m===o("k")&&u.abstainedRows()?b.length:f("class",m),_=y?[f("class",y[0]),h(y[1])]:A?[f("group",A[0]),f("group",A[1])]:null;return _&&_[0]>=0&&_[1]>=0?_:null}),issueMarks:()=>s("issueMarks",[c(),o("issues")],()=>{let b=a();return b===null?null:Ur(o("issues"),o("k"),d()?null:b)}),marks:()=>s("marks",[c(),o("selectionSpec"),u.abstainedRows()],()=>yo(o("selectionSpec"),c(),o("k"),!!u.abstainedRows())),focus:()=>s("focus",[c(),t.version],()=>{let b=t.focus;if(b===null)return null;let y=h=>c().findIndex(_=>_.members.includes(h)),A=y(b.row),f=y(b.col);return A>=0&&f>=0?{r:A,c:f,outline:b.outline}:null})};function p(b){return So.has(b)?u[b]():e.get(b)}function x(b,y){if(!So.has(b))return e.on(b,y);let A=Rs.map(h=>e.on(h,y)),f=()=>y();return n.add(f),()=>{A.forEach(h=>h()),n.delete(f)}}function w(b,y){let A=c();if(b==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(y)){let _=vo(y,A,o("k"),!!u.abstainedRows(),o("selectionSpec"));_!==void 0&&e.set("selected",_);return}let f=A[y[0]],h=A[y[1]];if(f&&f.kind==="class"&&y[1]===A.length&&u.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!h)return;f.kind==="class"&&h.kind==="class"?e.set("selected",[f.index,h.index]):f.kind==="group"&&h.kind==="group"&&e.set("selected_group",[f.index,h.index]);return}if(b==="display_labels"){let f=o("labels").slice();y.forEach((h,_)=>{A[_]&&A[_].kind==="class"&&(f[A[_].index]=h)}),e.set("display_labels",f);return}e.set(b,y)}function g(){t.version+=1;for(let b of[...n])b()}return{get:p,on:x,set:w,send:b=>e.send(b),local:{expand(b,y){y?t.expanded.add(b):t.expanded.delete(b),g()},expanded:()=>new Set(t.expanded),focus(b,y,A=!1){t.focus=b==null?null:{row:b,col:y,outline:A},g()}}}}var _o=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Ps=8,js=12,Ds=20;function zs(e,t,n=Ps){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,l)=>{let a=String(i).toLowerCase().indexOf(r);a===0?o.push(l):a>0&&s.push(l)}),o.concat(s).slice(0,n)}function Bs(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Us(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Co({state:e,display:t,dom:n,signal:r}){let o=q(r),s=(k,F,P)=>G(k,F,P,o.signal),{h:i,button:l,option:c}=n,a=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[k,F]of _o)p.append(c(k,F));let x=c("list","Custom (from Python)");x.disabled=!0,p.append(x),u.append(p);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let T=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(c("classes","Classes"),c("groups","Groups")),T.append(b),d.append(u,w,T);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let A=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let _=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",_),f.append(h);let m=i("ul","cmw-matches");m.id=_,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,A.append(f,m);let E=i("details","cmw-top"),C=i("summary","cmw-top-title","Largest errors"),I=!1;s(C,"click",()=>{I=!0}),C.id=`${_}-top`;let j=i("ol","cmw-top-list");j.setAttribute("aria-labelledby",C.id),E.append(C,j);let z=i("div","cmw-sr");z.setAttribute("aria-live","polite"),z.setAttribute("role","status"),a.append(d,y,A,E,z);let K=k=>{z.textContent=k};s(p,"change",()=>{e.set("order",p.value),K(`Order: ${p.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),K(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),K(`Showing ${b.value}.`)}),s(y,"change",k=>{let F=k.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),K(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function B(k){let F=e.get("labels");h.value=F[k],O(),t.local.focus(k,k,!0),K(`Found ${F[k]}: its row and column are outlined.`)}function O(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function U(){let k=e.get("labels"),F=zs(k,h.value);m.replaceChildren(...F.map((P,H)=>{let D=i("li","cmw-match",k[P]);return D.id=`${_}-${H}`,D.setAttribute("role","option"),D.dataset.cls=String(P),D})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function W(k){let F=[...m.children];if(!F.length)return null;let P=F.findIndex(D=>D.getAttribute("aria-selected")==="true"),H=k===0?Math.max(P,0):(P+k+F.length)%F.length;return F.forEach((D,L)=>D.setAttribute("aria-selected",String(L===H))),h.setAttribute("aria-activedescendant",F[H].id),F[H]}s(h,"input",U),s(h,"keydown",k=>{if(k.key==="ArrowDown"||k.key==="ArrowUp")W(k.key==="ArrowDown"?1:-1),k.preventDefault();else if(k.key==="Enter"){let F=W(0);F&&B(Number(F.dataset.cls)),k.preventDefault()}else k.key==="Escape"&&!m.hidden&&(O(),k.preventDefault())}),s(m,"click",k=>{let F=k.target.closest("li[data-cls]");F&&B(Number(F.dataset.cls))}),s(j,"click",k=>{let F=k.target.closest("button[data-i]");if(!F)return;let[P,H]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[P,H]),t.local.focus(P,H,!1)});function V(){let k=e.get("k");a.hidden=k<=2,A.hidden=k<=js;let F=e.get("orderChoices");for(let D of p.options)D.value!=="list"&&(D.disabled=F!==null&&!F.includes(D.value),D.title=D.disabled?"Needs a live kernel":"");let P=e.get("orderName");p.value=_o.some(([D])=>D===P)?P:"list",g.checked=e.get("errorsOnly");let H=e.get("groups");T.hidden=!H,b.value=e.get("level"),X(H),J()}function X(k){let F=t.local.expanded(),P=!!k&&e.get("level")==="groups";if(y.hidden=!P,!P)return;let H=k.names.map((D,L)=>{let me=i("label","cmw-expand-item"),de=i("input");return de.type="checkbox",de.dataset.group=String(L),de.checked=F.has(L),me.append(de,n.doc.createTextNode(` ${D}`)),me});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...H)}function J(){let k=e.get("labels"),F=e.get("top");C.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,I||(E.open=e.get("k")>Ds),j.replaceChildren(...F.map(P=>{let H=i("li"),D=l("cmw-top-item",Bs(k,P));return D.dataset.i=String(P[0]),D.dataset.j=String(P[1]),H.append(D),H})),E.hidden=F.length===0}let Q=e.get("selection");function S(){let k=e.get("selection");k!==Q&&K(Us(k)),Q=k}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],V,o.signal),Y(e,["selection"],S,o.signal),V(),{el:a,update:V,destroy:()=>{o.abort(),a.remove()}}}function $o(e){let t=Mo(e.state),n=Co({...e,display:t}),r=xo({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var To=34;function Eo(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let l=0;l<o;l++){let c=n[i*o+l];if(!c||!ot(t,[i,l]))continue;let a=Oe(t,l),d=Math.max(3,Math.min(10,Math.min(a,t.cell)*.3)),u=ge(t,l)+a,p=he(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=r.accent,e.fill(),a>=To&&t.cell>=To&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(c),u-d-1,p+1)),s+=1}return s}var ve=12,Yt="abstained",Nn=8,Vs=13;function No(e){return Array.from({length:256},(t,n)=>At(e,n))}function Fo(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Gn(n,r,o*o),o,o),0,0),s}function Oo(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,he(t,o),t.xw,t.cell)}function Io(e,t,n,r,o){if(t.cell<Gt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=r[n[i*s+l]],e.fillRect(ge(t,l),he(t,i),t.cell,t.cell)}function Ro(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Po(e,t,n,r){let o=t.k,s=Math.min(Vs,Math.floor(t.cell*.3));if(s<Nn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let a=t.r0;a<t.r0+t.v;a++){let d=he(t,a)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=rn(n.values[a*o+u],n.counts[a*o+u],n.fmt,n.countDigits);l.push([ge(t,u)+t.cell/2,d,p,n.colors[a*o+u]])}if(i){let u=rn(i.values[a],i.counts[a],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,d,u,i.colors[a]])}}let c=Ws(e,l.map(a=>a[2]),t.cell,s,r);if(c){e.textAlign="center",e.textBaseline="middle";for(let[a,d,u,p]of l)e.fillStyle=Wn(n.lutText,n.lut,p),c.mode==="two"?(e.font=c.font,e.fillText(u.main,a,d-c.px*.5),e.font=c.subFont,e.fillText(u.sub,a,d+c.px*.65)):(e.font=c.font,e.fillText(c.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,a,d))}}function Ws(e,t,n,r,o){let s=n-4,i=(c,a)=>{e.font=c;let d=0;for(let u of t)d=Math.max(d,e.measureText(a(u)).width);return d},l=t.length>0&&t[0].sub!=="";for(let c=r;c>=Nn;c--){let a=`${c}px ${o.family}`,d=Math.max(Nn-1,Math.round(c*.8)),u=`${d}px ${o.family}`;if(!(i(a,x=>x.main)>s))return l?n>=c*2.4+d&&i(u,x=>x.sub)<=s?{mode:"two",px:c,font:a,subFont:u}:i(a,x=>`${x.main} ${x.sub}`)<=s?{mode:"one",px:c,font:a}:{mode:"main",px:c,font:a}:{mode:"main",px:c,font:a}}return null}function jo(e,t,n,r,o,s,i,l){let c=A=>e.measureText(A).width;e.font=l(ve),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let A of bt(t.v,o.step,t.r0)){let f=he(t,A)+t.cell/2;e.fillText(xt(n[A],r,c),t.x0-Te,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let a=t.y0+t.grid+Te,d=bt(t.v,o.step,t.c0).map(A=>[ge(t,A)+t.cell/2,n[A],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Yt,o.extraRotated]);for(let[A,f,h]of d){let _=xt(f,r,c);e.moveTo(Math.round(A)+.5,t.y0+t.grid),e.lineTo(Math.round(A)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(A,a),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(_,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(_,A,a))}e.stroke(),e.font=l(ve,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+Te+o.height+Fe/2+2,x=Math.max(...u.map(c)),w=oe(t.x0+t.grid/2,ie+x/2,Math.max(ie+x/2,t.width-ie-x/2));u.forEach((A,f)=>e.fillText(A,w,p+f*Mn));let g=Math.max(t.grid,t.height-2*ie),T=String(s.y),b=c(T)<=g?T:xt(T.split(" (")[0],g,c),y=oe(t.y0+t.grid/2,ie+c(b)/2,Math.max(ie,t.height-ie-c(b)/2));e.save(),e.translate(ie+Fe/2,y),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function Do(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(_n+qe+6+n+Fe)}function Gs(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,c=Math.round((t+qe)*i)/i-l,a=Math.round(n*i),d=Math.round((n+r)*i)-a,u=x=>Math.min(255,Math.floor((x+.5)/d*256)),p=0;for(let x=1;x<=d;x++)x<d&&u(x)===u(p)||(e.fillStyle=o[u(p)],e.fillRect(l,(a+d-x)/i,c,(x-p)/i),p=x)}function zo(e,t,n,r,o,s,i=""){if(i){e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let a=p=>e.measureText(p).width,d=xt(String(i),Math.max(t.grid,t.height-2*ie),a),u=oe(t.y0+t.grid/2,ie+a(d)/2,Math.max(ie,t.height-ie-a(d)/2));e.save(),e.translate(t.width-ie-Fe/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+_n,c=t.grid;Gs(e,l,t.y0,c,r),e.strokeStyle=o.border,e.strokeRect(l-.5,t.y0-.5,qe+1,c+1),e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[a,d]of n){let u=t.y0+c*(1-oe(Number(a)||0,0,1));e.moveTo(l+qe,Math.round(u)+.5),e.lineTo(l+qe+3,Math.round(u)+.5),e.fillText(String(d),l+qe+5,oe(u,t.y0+5,t.y0+c-5))}e.strokeStyle=o.muted,e.stroke()}function Bo(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,he(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(ge(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Uo(e,t,n,r,o){let s=([i,l],c,a,d)=>{if(!ot(t,[i,l]))return;let u=Math.max(Oe(t,l),8),p=Math.max(t.cell,8),x=ge(t,l)+Oe(t,l)/2-u/2,w=he(t,i)+t.cell/2-p/2;e.setLineDash(a),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(x+d,w+d,u-2*d,p-2*d),e.strokeStyle=c,e.strokeRect(x+d/2,w+d/2,u-d,p-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function Vo(e,t,n,r){if(!n)return;let o=2,s=(a,d,u,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(a+o,d+o,u-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(a+o/2,d+o/2,u-o,p-o)};e.setLineDash([]);let i=a=>a>=t.r0&&a<t.r0+t.v,l=a=>t.extra&&a>=t.k||a>=t.c0&&a<t.c0+t.v,c=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let a of n.rows||[])i(a)&&s(t.x0,he(t,a),c-t.x0,Math.max(t.cell,4));for(let a of n.cols||[])l(a)&&s(ge(t,a),t.y0,Math.max(Oe(t,a),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let a=t.r0;a<t.r0+t.v;a++)a<t.c0||a>=t.c0+t.v||(e.moveTo(ge(t,a),he(t,a)),e.lineTo(ge(t,a)+t.cell,he(t,a)+t.cell));e.stroke(),e.setLineDash([])}for(let[a,d]of n.cells||[]){if(!ot(t,[a,d]))continue;let u=Math.max(Oe(t,d),8),p=Math.max(t.cell,8);s(ge(t,d)+Oe(t,d)/2-u/2,he(t,a)+t.cell/2-p/2,u,p)}}var Wo={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ks={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Hs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],l=[],c=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),c.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),c.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),c.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&c.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let a;return e.compare?(a=`change in count since ${e.compare.name}`,c.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Wo[e.normalize]?(a=(e.multilabel?Ks:Wo)[e.normalize],c.push(`Normalised: each cell shows the ${a}.`)):a="count of samples",i.length&&(o+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:o,y:s,bar:a,badges:c}}function Go(e){let t=e("compareState");return Hs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Ko(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Ys=720,Xs=64,qs=200,Ls={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Zs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Js=4,Ho={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Yo={r:"row",c:"col",e:"errors"},Qs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],ei={true:"of its true row",pred:"of the abstained column",all:"of all samples"},ti=24;function Xo({state:e,dom:t,signal:n,report:r=l=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let l=q(n),c=(v,M,$,N)=>G(v,M,$,l.signal,N),{doc:a,h:d,button:u}=t,p=d("div","cmw-matrix"),x=d("div","cmw-zoom");x.setAttribute("role","group"),x.setAttribute("aria-label","Zoom");let w=u("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=u("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let T=u("cmw-zoom-fit","Fit");T.setAttribute("aria-label","Show all classes"),T.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),x.append(w,g,T,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),x.hidden=!0;let y=d("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let A=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=d("div","cmw-tooltip");h.hidden=!0,A.append(f,h);let _=d("div","cmw-sr");_.setAttribute("aria-live","polite"),p.append(y,x,A,_);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},C=v=>e.get(v),I=v=>{let M=C("lut"),$=C("compareState")?M:Kn(M,v);return $===M?{lut:M,lutText:C("lutText")}:((E.themedOf[0]!==M||E.themedOf[1]!==v)&&(E.themed={lut:$,lutText:_t($)},E.themedOf=[M,v]),E.themed)},j=()=>{let v=E.drawn.lut;return E.cssOf!==v&&(E.css=No(v)),E.cssOf=v,E.css},z=()=>{let v=C("colors"),M=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===v&&E.bitmapOf[1]===M||(E.bitmap=Fo(a,E.bitmap,v,M,C("k")),E.bitmapOf=[v,M]),E.bitmap};function K(v,M){let $=v.font,N=E.widths.get($);if(N&&N.texts===M)return N.w;let R=0;for(let re of M)R=Math.max(R,v.measureText(re).width);return E.widths.set($,{texts:M,w:R}),R}function B(){m.queued||l.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,l.signal.aborted||Q()}))}function O(){let v=a.defaultView,M=v&&v.getComputedStyle?v.getComputedStyle(p):null,$=(N,R)=>(M&&M.getPropertyValue(N)||"").trim()||R;return{fg:M&&M.color||"#1f1f1f",muted:$("--cmw-muted","#616161"),accent:$("--cmw-accent","#1976d2"),border:$("--cmw-border","#bdbdbd"),bg:$("--cmw-bg","#ffffff"),family:M&&M.fontFamily||"sans-serif"}}let U=()=>(s?s():p.clientWidth)||Ys;function W(){let v=p.closest(".cmw"),M=a.defaultView;if(!v||!M||!p.isConnected||!v.getClientRects().length)return 1/0;let $=null;for(let Z=v.parentElement;Z&&Z!==a.body&&Z!==a.documentElement;Z=Z.parentElement){let pe=M.getComputedStyle(Z).overflowY;(pe==="auto"||pe==="scroll")&&Z.clientHeight>=qs&&($=Z)}if(!$&&M.top!==M)return 1/0;let N=Math.min(M.innerHeight,$?$.clientHeight:M.innerHeight);if(!(N>0))return 1/0;let R=Z=>Z.getBoundingClientRect().top,re=Z=>Z.getBoundingClientRect().bottom,se=Xs,le=[...v.children].find(Z=>Z.contains(p));if(le&&le!==p){let Z=[...le.children].filter(pe=>pe!==p&&pe.getClientRects().length&&R(pe)>=re(p)-1);Z.length&&(se+=Math.max(...Z.map(re))-re(p))}for(let Z=le?le.nextElementSibling:null;Z&&!Z.classList.contains("cmw-selection");Z=Z.nextElementSibling)Z.getClientRects().length&&!Z.classList.contains("cmw-sr")&&(se+=Z.getBoundingClientRect().height);return Math.floor(N-(R(f)-R(v))-se)}function V(v){m.cursor&&(m.cursor[0]>=v||m.cursor[1]>=v)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=v}let X=v=>v+(v>0&&C("abstained")?1:0),J=v=>v[1]>=C("k")?[v[0],m.view?m.view.c0:0]:v;function Q(){let v=performance.now(),M=C("k");M!==m.k&&V(M);let $=C("abstained");m.cols=X(M),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=f.getContext("2d");if(!N)return;let R=O();E.drawn=I(R.bg),m.detached=!p.isConnected;let re=(Re,Pe)=>`${Pe?"600 ":""}${Re}px ${R.family}`,se=C("labels");m.width=U(),N.font=re(ve);let le=Math.min(Sn,Math.max(40,Math.round(m.width*.2))),Z=Math.ceil(Math.min(le,K(N,se))),pe=C("colorbar"),it=Do(N,pe),Ie=Go(C);S(Ie.badges),m.height=W();let kt={yLabelWidth:Z,rightWidth:it,extra:$?1:0,xTitleLines:1,xLabelHeight:Math.min(Sn,K(N,se))},ct;for(let Re=0;Re<3;Re++){let Pe=gt(M,m.width,{...kt,maxGrid:ct}),Qt=io(Pe,m.height);if(Qt===void 0||Qt===ct)break;ct=Qt}let zn=gt(M,m.width,{yLabelWidth:Z,rightWidth:it,extra:$?1:0,maxGrid:ct});m.zoomable=M>0&&co(M,zn.room),m.vMin=lo(M,zn.room);let Lt=m.zoomable?Ae(m.view,M,m.vMin):Be(M);m.view=m.zoomable?Lt:null;let Bn={yLabelWidth:Z,rightWidth:it,view:Lt,extra:$?1:0,maxGrid:ct},Zt=gt(M,m.width,Bn);m.step=ho(Lt.v,Zt.cell),m.xLabels=H(N,se,Zt,le),N.font=re(ve,!0);let Un=Ko(Ie.x,Math.max(Zt.width-2*ie,60),Re=>N.measureText(Re).width);N.font=re(ve);let be=gt(M,m.width,{...Bn,xLabelHeight:m.xLabels.height,xTitleLines:Un.length});m.layout=be,m.yLabelW=Z,F(N,be);let Jt=C("colors");if(M===0)N.fillStyle=R.muted,N.font=re(ve),N.fillText("No data",ie,ie+ve);else{Jt.length>=M*M&&Io(N,be,Jt,j(),z),$&&Oo(N,be,$.colors,j()),Ro(N,be,R),Po(N,be,{values:C("values"),counts:C("counts"),colors:Jt,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:C("fmt"),countDigits:C("countDigits"),abstained:$},R),jo(N,be,se,le,{step:m.step,...m.xLabels},{x:Un,y:Ie.y},R,re),zo(N,be,pe,j(),R,re,Ie.bar),f.dataset.issueMarks=String(Eo(N,be,C("issueMarks"),R));let Re=m.cursor&&f.matches(":focus")?m.cursor:null;Vo(N,be,C("marks"),R),Uo(N,be,C("selected"),Re,R);let Pe=C("focus");Pe&&Pe.outline&&Bo(N,be,Pe.r,Pe.c,R)}k(be),P(be,M,v,Ie)}function S(v){let M=[...y.children].map($=>$.textContent);M.length===v.length&&M.every(($,N)=>$===v[N])||(y.replaceChildren(...v.map($=>d("span","cmw-badge",$))),y.hidden=v.length===0)}function k(v){x.hidden=!m.zoomable,m.zoomable&&(b.textContent=$n(v,v.k),g.disabled=v.v<=m.vMin,w.disabled=v.v>=v.k,T.disabled=v.v>=v.k)}function F(v,M){let $=a.defaultView&&a.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(M.width*$)),R=Math.max(1,Math.round(M.height*$));(f.width!==N||f.height!==R)&&(f.width=N,f.height=R),f.style.width=`${M.width}px`,f.style.height=`${M.height}px`,v.setTransform($,0,0,$,0,0),v.clearRect(0,0,M.width,M.height)}function P(v,M,$,N){let R=performance.now();f.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let re=null;!m.firstDrawn&&M>0&&(m.firstDrawn=!0,re=R-(m.draws===1?o:$)),r({k:M,draws:m.draws,lastMs:R-$,firstMs:re,view:{r0:v.r0,c0:v.c0,v:v.v}}),f.dataset.cellX0=String(v.x0),f.dataset.cellY0=String(v.y0),f.dataset.cellSize=String(v.cell),f.dataset.viewRow0=String(v.r0),f.dataset.viewCol0=String(v.c0),f.dataset.viewSize=String(v.v),f.dataset.cols=String(m.cols),f.dataset.extraX0=v.extra?String(v.xExtra):"",f.dataset.extraWidth=v.extra?String(v.xw):"",f.dataset.xTitle=N.x,f.dataset.yTitle=N.y,f.dataset.barTitle=N.bar,f.setAttribute("aria-label",`Confusion matrix of ${M} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(v.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${$n(v,M)}; plus and minus zoom, 0 shows all.`:""))}function H(v,M,$,N){let R=0;if(m.zoomable)R=K(v,M);else for(let pe of bt($.k,m.step))R=Math.max(R,v.measureText(M[pe]).width);R=Math.min(N,R);let re=R>m.step*$.cell-4,se=$.extra?v.measureText(Yt).width:0,le=$.extra>0&&(re||se>$.xw+ht-2),Z=Math.max(re?R:ve+2,le?se:0);return{rotated:re,extraRotated:le,height:Math.ceil(Z)}}function D(v,M){m.editor&&m.editor.finish(!1);let $=m.layout,N=v==="y"?Math.max(m.yLabelW+Te+4,100):120,R=ge($,M)+$.cell/2,re=v==="y"?$.x0-N:oe(R-N/2,0,Math.max(0,$.width-N)),se=v==="y"?he($,M)+$.cell/2-11:$.y0+$.grid+Te,le={left:f.offsetLeft+Math.max(0,re),top:f.offsetTop+se,width:N},Z=C("labels");m.editor=bo({dom:t,host:A,box:le,name:Z[M],index:M,done:(pe,it)=>{m.editor=null;let Ie=C("labels");if(pe!==null&&M<Ie.length){let kt=Ie.slice();kt[M]=pe,e.set("display_labels",kt)}it&&f.focus({preventScroll:!0})}})}function L(v,M=!1){let $=f.getBoundingClientRect(),N=m.lastUp;return M&&N&&Math.abs(N.x-v.clientX)<1&&Math.abs(N.y-v.clientY)<1?[N.x-$.left,N.y-$.top]:[v.clientX-$.left,v.clientY-$.top]}function me(v,M){let $=m.layout;if(!$||$.k===0)return null;let N=ve/2+1;if(v>=ie+Fe&&v<$.x0&&M>=$.y0-N&&M<$.y0+$.grid+N){let se=Tn(M-$.y0,$.cell,m.step,$.k,N,$.r0,$.v);return se>=0?{axis:"y",index:se}:null}let R=$.y0+$.grid,re=$.x0+$.grid+($.extra?ht/2:20);if(M>=R&&M<R+Te+m.xLabels.height&&v>=$.x0-20&&v<re){let se=m.xLabels.rotated?N:m.step*$.cell/2,le=Tn(v-$.x0,$.cell,m.step,$.k,se,$.c0,$.v);return le>=0?{axis:"x",index:le}:null}return null}function de([v,M]){let $=C("k"),N=C("labels"),R=C("abstained");if(M>=$&&R){let Z=[`True: ${N[v]}`,`Predicted: ${Yt}`,`Count: ${we(R.counts[v],C("countDigits"))}`],pe=C("fmt");return pe.kind==="percent"&&Z.push(`Shown: ${Ke(R.values[v],pe)} ${ei[C("normalize")]||""}`.trim()),Z.join(`
`)}let re=v*$+M,se=[`True: ${N[v]}`,`Predicted: ${N[M]}`,`Count: ${we(C("counts")[re],C("countDigits"))}`],le=C("fmt");if(le.kind==="delta"&&se.push(`Change: ${Ke(C("values")[re],le)} since the compared run`),le.kind==="percent"){let Z=(C("multilabel")?Zs:Ls)[C("normalize")]||"";se.push(`Shown: ${Ke(C("values")[re],le)} ${Z}`.trim())}return se.join(`
`)}function ae(v,M,$){h.textContent=v,h.hidden=!1;let N=f.offsetLeft+M+14;N+h.offsetWidth+4>A.clientWidth&&(N=Math.max(0,f.offsetLeft+M-h.offsetWidth-10));let R=f.offsetTop+$+14;R+h.offsetHeight+4>A.clientHeight&&(R=Math.max(0,f.offsetTop+$-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${R}px`}let ue=()=>m.zoomable&&m.view!==null&&m.view.v<C("k");function ce(v){let M=C("k"),$=Ae(v,M,m.vMin),N=m.view||Be(M);return $.r0===N.r0&&$.c0===N.c0&&$.v===N.v?!1:(m.view=$,h.hidden=!0,B(),!0)}function Se(v,M=null){if(!m.zoomable||!m.layout)return;let $=m.layout;ce(ao($,v,M,$.k,m.vMin))}function Le(v){v.target.closest(".cmw-zoom-in")?Se(wt):v.target.closest(".cmw-zoom-out")?Se(1/wt):v.target.closest(".cmw-zoom-fit")&&ce(Be(C("k")))}function Ue(v){if(!(v.ctrlKey||v.metaKey)||!m.zoomable)return;v.preventDefault();let[M,$]=L(v);Se(fo(v.deltaY,v.deltaMode),po(M,$,m.layout))}function xe(v){if(m.panned=!1,m.pan=null,v.button!==0||!ue())return;let[M,$]=L(v);Kt(M,$,m.layout)&&(m.pan={id:v.pointerId,x:v.clientX,y:v.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Ve(v){let M=m.pan,$=v.clientX-M.x,N=v.clientY-M.y;if(!M.moved){if(Math.hypot($,N)<Js)return;M.moved=!0,h.hidden=!0;try{f.setPointerCapture(M.id)}catch{}}f.style.cursor="grabbing",ce(uo(M.view,-N/M.cell,-$/M.cell,C("k"),m.vMin))}function We(v){m.lastUp={x:v.clientX,y:v.clientY},m.pan&&m.pan.moved&&(m.panned=!0,f.style.cursor="grab"),m.pan=null}function te(v){if(m.pan&&m.pan.id===v.pointerId&&(Ve(v),m.pan.moved))return;let[M,$]=L(v),N=Kt(M,$,m.layout);if(N){ae(de(N),M,$),f.style.cursor=ue()?"grab":"pointer";return}let R=me(M,$);if(f.style.cursor=R?"text":"default",R){let re=R.axis==="y"?"True class":"Predicted class",se=R.axis==="y"?"row":"column";ae(`${re} ${R.index}: ${C("labels")[R.index]}
(click to select the ${se}, double-click to rename)`,M,$)}else h.hidden=!0}function ne(v){if(m.panned){m.panned=!1;return}let[M,$]=L(v,!0),N=Kt(M,$,m.layout),R=N?null:me(M,$);N?(m.cursor=N,e.set("selected",v.shiftKey?{add:N}:N),B()):R?e.set("selected",R.axis==="y"?{row:R.index}:{col:R.index}):C("hasSelection")&&e.set("selected",null)}function A1(v){let[M,$]=L(v,!0),N=me(M,$);N&&(v.preventDefault(),h.hidden=!0,D(N.axis,N.index))}function S1(v){let M=C("k");if(M===0)return;let $=!0;if(Cn.has(v.key)){let N=m.cursor||C("selected")||(ue()?[m.view.r0,m.view.c0]:null);m.cursor=wo(N,v.key,M,v.shiftKey?10:1,X(M)),ue()&&ce(Ht(m.view,J(m.cursor),M,m.vMin)),_.textContent=de(m.cursor).replace(/\n/g,", "),B()}else if(m.zoomable&&!v.ctrlKey&&!v.metaKey&&!v.altKey&&Ho[v.key]){let N=Ho[v.key];if(N==="fit")ce(Be(M));else{let R=m.cursor?J(m.cursor):null;Se(N==="in"?wt:1/wt,R?[R[0]+.5,R[1]+.5]:null),R&&ue()&&ce(Ht(m.view,J(m.cursor),M,m.vMin))}}else if(v.key==="Enter"||v.key===" "){let N=m.cursor||C("selected")||[0,0];m.cursor=N,e.set("selected",v.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!v.ctrlKey&&!v.metaKey&&!v.altKey&&Yo[v.key.toLowerCase()]){let N=Yo[v.key.toLowerCase()],R=m.cursor||C("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else $=!1;$&&v.preventDefault()}c(f,"pointerdown",xe),c(f,"pointermove",te),c(f,"pointerleave",()=>{h.hidden=!0}),c(f,"pointerup",We),c(f,"pointercancel",()=>{m.pan=null}),c(f,"wheel",Ue,{passive:!1}),c(x,"click",Le),c(f,"click",ne),c(f,"dblclick",A1),c(f,"keydown",S1),c(f,"focus",B),c(f,"blur",B);let Pn=()=>{let v=W();return v!==m.height&&!(Math.abs(v-m.height)<1)},Ge=a.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let v=new Ge.ResizeObserver(()=>{(m.detached||Math.abs(U()-m.width)>=1||Pn())&&B()});for(let $ of[p,...i])v.observe($);let M=p.closest(".cmw");M&&v.observe(M),c(Ge,"resize",()=>{Pn()&&B()}),l.signal.addEventListener("abort",()=>v.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&a.body){let v=null,M=new Ge.MutationObserver(()=>{clearTimeout(v),v=setTimeout(B,100)});M.observe(a.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{M.disconnect(),clearTimeout(v)},{once:!0})}l.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let vt=C("selected"),jn=C("focus");function Dn(){let v=C("selected"),M=C("focus"),$=v&&!(vt&&v[0]===vt[0]&&v[1]===vt[1]);M!==jn&&M&&m.zoomable?ce(mo(m.view,[M.r,M.c],C("k"),ti,m.vMin)):$&&ue()&&ce(Ht(m.view,J(v),C("k"),m.vMin)),vt=v,jn=M,Q()}return Y(e,Qs,Dn,l.signal),Q(),{el:p,update:Dn,destroy:()=>{l.abort(),p.remove()}}}function qo({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),l=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,l);let c=!0;function a(){let d=e.get("metrics");if(s.hidden=d.perClass.length===0,c=!s.open,!s.open)return;let u=e.get("countDigits"),p=e.get("intervals"),x=p&&!p.stale?p:null;l.hidden=!p,l.textContent=p?Pr(p):"";let w=(y,A)=>y.append(o("td","cmw-num",A)),g=(y,A,f,h)=>{let _=o("td","cmw-num");x?jt(t,_,A,f,x.level,x.methods[h]):_.textContent=ee(A),y.append(_)};i.replaceChildren();let T=i.createTHead().insertRow();for(let y of["class","precision","recall","F1","support"])T.append(o("th",null,y));let b=i.createTBody();for(let[y,A]of d.perClass.entries()){let f=b.insertRow(),h=o("th",null,A.label);h.title=h.textContent,f.append(h);let _=x&&x.perClass[y];for(let m of["precision","recall","f1"])g(f,A[m],_?_[m]:null,m);w(f,we(A.support,u))}for(let[y,A]of d.summary.entries()){let f=b.insertRow();f.className=y===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(A.name??"")));let h=x?x.summary[String(A.name)]:null;if("value"in A)w(f,""),w(f,""),g(f,A.value,Array.isArray(h)?h:null,A.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let _=A.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])g(f,A[m],h&&!Array.isArray(h)?h[m]:null,_+m);w(f,we(A.support,u))}}}return G(s,"toggle",()=>{s.open&&c&&a()},r.signal),Y(e,["metrics","countDigits","intervals"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Lo({state:e,dom:t,signal:n}){let r=q(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return Y(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Zo({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s,option:i}=t,l=o("div","cmw-rank"),c=o("label","cmw-rank-label","Sort samples by "),a=o("select","cmw-rank-menu");c.append(a);let d=o("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let x=!1;function w(){let g=e.get("issues"),T=e.get("selection");if(l.hidden=!g||!T||T.available===!1,l.hidden)return;let b=g.ranks.join(",");a.dataset.ranks!==b&&(a.replaceChildren(...g.ranks.map(A=>i(A,bn[A]))),a.dataset.ranks=b),a.value=e.get("rank"),a.disabled=g.kernelOnly,d.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",a.title=d.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(c,d);let y=T.issues&&Array.isArray(T.issues.indices)?T.issues:null;y?(u.textContent=`${x?"Hide":"Show"} likely label errors (${y.total})`,u.setAttribute("aria-expanded",String(x)),p.hidden=!x,p.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",l.append(u,p)):g.pending?l.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&l.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return G(a,"change",()=>e.set("rank",a.value),r.signal),G(u,"click",()=>{x=!x,w()},r.signal),Y(e,["issues","rank","selection"],w,r.signal),w(),{el:l,update:w,destroy:()=>{r.abort(),l.remove()}}}function st({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let c=!1,a=()=>parseFloat(l.value),d=Ze(n,o,s);return G(l,"input",()=>{c=!0,r&&r(a()),d(a())},i),G(l,"change",()=>{c=!1,d.cancel(),n(a())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:l,value:a,dragging:()=>c,range(u,p,x){l.min=String(u),l.max=String(p),l.step=String(x)}}}var ni=60,Jo=700,Xt="http://www.w3.org/2000/svg",yt={w:240,h:56,pad:6};function Qo(e,{w:t,h:n,pad:r}=yt){let o=e.length,s=l=>o>1?r+l*(t-2*r)/(o-1):t/2,i=l=>r+(1-Math.min(1,Math.max(0,l)))*(n-2*r);return e.map((l,c)=>l==null?null:[s(c),i(l)])}function ri(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function e1({state:e,dom:t,signal:n,clock:r}){let o=q(n),{doc:s,h:i,button:l,option:c}=t,a=r||{now:()=>Date.now(),setTimeout:(O,U)=>setTimeout(O,U),clearTimeout:O=>clearTimeout(O)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=l("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),x=()=>e.get("runs").names,w=O=>{let U=x();O>=0&&O<U.length&&U[O]!==e.get("run")&&e.set("run",U[O])},g=st({dom:t,cls:"cmw-run-slider",write:w,throttleMs:ni,clock:r,signal:o.signal,onInput:O=>{B(),p.textContent=x()[O]??""}}),T=g.el;T.min="0",T.step="1",T.setAttribute("aria-label","Run");let b=l("cmw-run-newer","");b.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let A=i("label","cmw-field");A.append(i("span",null,"Compare with"),y);let f=i("div","cmw-runs-top");f.append(u,T,p,b,A);let h=s.createElementNS(Xt,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${yt.w} ${yt.h}`),h.setAttribute("width",String(yt.w)),h.setAttribute("height",String(yt.h));let _=i("div","cmw-history-legend");_.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,_),d.append(f,m),d.hidden=!0;let E=null;function C(){let O=e.get("runs"),U=e.get("run");if(d.hidden=O.names.length<2,d.hidden){B();return}let W=O.names.indexOf(U);T.max=String(O.names.length-1),!g.dragging()&&W>=0&&(T.value=String(W)),g.dragging()||(p.textContent=U);let V=ri(O.names,U);b.textContent=V,b.hidden=!V,I(O.names,e.get("compare")),j(O,W)}function I(O,U){let W=c("","none");y.replaceChildren(W,...O.map(V=>c(V))),y.value=U!=null&&O.includes(U)?U:""}function j(O,U){let W=[];for(let[X,J]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let Q=Qo(X).filter(Boolean),S=s.createElementNS(Xt,"polyline");S.setAttribute("class",J),S.setAttribute("fill","none"),S.setAttribute("points",Q.map(k=>k.map(F=>F.toFixed(1)).join(",")).join(" ")),W.push(S)}let V=Qo(O.accuracy);O.names.forEach((X,J)=>{if(!V[J])return;let Q=s.createElementNS(Xt,"circle");Q.setAttribute("class",J===U?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),Q.setAttribute("cx",V[J][0].toFixed(1)),Q.setAttribute("cy",V[J][1].toFixed(1)),Q.setAttribute("r",J===U?"4":"3"),Q.setAttribute("data-run",String(J));let S=s.createElementNS(Xt,"title");S.textContent=`${X}: accuracy ${ee(O.accuracy[J])}, macro F1 ${ee(O.macroF1[J])}`,Q.append(S),W.push(Q)}),h.replaceChildren(...W)}function z(){let O=x(),U=O.indexOf(e.get("run"));if(U<0||U>=O.length-1){B();return}w(U+1),E=a.setTimeout(z,Jo)}function K(){let O=x();O.indexOf(e.get("run"))>=O.length-1&&w(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),E=a.setTimeout(z,Jo)}function B(){E!==null&&a.clearTimeout(E),E=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return G(u,"click",()=>E===null?K():B(),o.signal),G(b,"click",()=>{B(),w(x().length-1)},o.signal),G(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),G(h,"click",O=>{let U=O.target&&O.target.closest?O.target.closest("[data-run]"):null;U&&(B(),w(Number(U.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>B(),{once:!0}),Y(e,["runs","run","compare"],C,o.signal),C(),{el:d,update:C,destroy:()=>{o.abort(),d.remove()}}}var oi=60,t1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function n1({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let a=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),u=st({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:oi,clock:r,signal:o.signal,onInput:f=>{let h=i();a.textContent=f.toFixed(De(h?h.step:.01))}}),p=u.el,x=s("label","cmw-field");x.append(c,s("span",null,"Abstain when the top score is below"),p,a);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let T=s("span","cmw-hint cmw-top-k-hint");T.setAttribute("role","status"),g.append(T);let b=s("div","cmw-abstain-stats");l.append(x,g,b);let y=null;function A(){let f=i(),h=!!(f&&f.kind==="multiclass");if(l.hidden=!h,!h)return;u.range(f.lo,f.hi,f.step);let _=f.abstain!==null&&f.abstain!==void 0;if(c.checked=_,p.disabled=!_,_&&(y=f.abstain),!u.dragging()){let m=_?f.abstain:y??(f.lo+f.hi)/2;p.value=String(m),a.textContent=_?Number(m).toFixed(De(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),b.replaceChildren(),_&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${t1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${t1(f.covered_accuracy)}`))}return G(c,"change",()=>{i()&&d(c.checked?parseFloat(p.value):null)},o.signal),G(w,"change",()=>{let f=i(),h=Number(w.value),_=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;T.textContent=_||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,_?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),Y(e,["scores"],A,o.signal),A(),{el:l,update:A,destroy:()=>{o.abort(),l.remove()}}}function r1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var si=60,Fn={size:240,pad:34},ii=[0,.5,1],ci="http://www.w3.org/2000/svg",li=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function o1({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s,doc:i}=t,l=(f,h={})=>{let _=i.createElementNS(ci,f);for(let[m,E]of Object.entries(h))_.setAttribute(m,String(E));return _},c=s("div","cmw-curves");c.hidden=!0;let a=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");c.append(a,d);let u=!1,p=null,x={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",oe(f,h.lo,h.hi))},g=Ze(w,si,r);o.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function T(f){let{size:h,pad:_}=Fn;a.replaceChildren();for(let m of Object.keys(x))delete x[m];for(let m of li){let E=f[m.kind],C=s("figure",`cmw-curve cmw-curve-${m.kind}`),I=s("figcaption","cmw-curve-title"),j=f[m.area],z=f.undefinedBecause?f.undefinedBecause[m.kind]:null;if(I.textContent=`${m.title}${j===null||z?"":`  ${m.areaName} ${ee(j)}`}`,z){C.append(I,s("p","cmw-curve-undefined",`Undefined: ${z}.`)),a.append(C);continue}let K=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});K.classList.add("cmw-curve-svg"),Object.assign(K.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(_)}),K.append(l("rect",{x:_,y:_,width:h-2*_,height:h-2*_,class:"cmw-curve-frame"}),l("polyline",{points:Er(E,h,_),class:"cmw-curve-line"})),m.kind==="roc"&&K.append(l("line",{x1:_,y1:h-_,x2:h-_,y2:_,class:"cmw-curve-chance"}));let B=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});B.textContent=m.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=m.y,K.append(B,O,...b(h,_));let U=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),W=l("text",{x:_,y:_-8,class:"cmw-curve-readout"}),V=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),X=l("title");X.textContent="Drag along the curve to move the threshold",V.append(X),K.append(...U,W,V),C.append(I,K),a.append(C),x[m.kind]={plot:K,marker:V,guides:U,readout:W,curve:E,spec:m},y(K,E)}d.replaceChildren();for(let m of f.targets){let E=t.button("cmw-curve-target",`threshold for ${m.name}`);E.dataset.threshold=String(m.threshold),G(E,"click",()=>w(m.threshold),o.signal),d.append(E)}}function b(f,h){let _=f-2*h,m=[];for(let E of ii){let C=h+E*_,I=h+(1-E)*_,j=String(E);m.push(l("line",{x1:C,y1:f-h,x2:C,y2:f-h+4,class:"cmw-curve-tickmark"})),m.push(l("line",{x1:h-4,y1:I,x2:h,y2:I,class:"cmw-curve-tickmark"}));let z=l("text",{x:C,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});z.textContent=j;let K=l("text",{x:h-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});K.textContent=j,m.push(z,K)}return m}function y(f,h){let _=!1,m=C=>{let I=r1(f.getBoundingClientRect(),Fn),j=(C.clientX-I.x0)/I.inner,z=1-(C.clientY-I.y0)/I.inner;return h.t[Tr(h,j,z)]};G(f,"pointerdown",C=>{if(_=!0,f.setPointerCapture&&C.pointerId!==void 0)try{f.setPointerCapture(C.pointerId)}catch{}g(m(C))},o.signal),G(f,"pointermove",C=>{_&&g(m(C))},o.signal),G(f,"pointerup",C=>{_&&(_=!1,g.cancel(),w(m(C)))},o.signal),G(f,"pointercancel",()=>{_=!1,g.cancel()},o.signal)}function A(){let f=e.get("binary");if(c.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!u||p!==null)&&(u=!0,p=null,a.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==h&&(T(h),p=h);let{size:_,pad:m}=Fn,E=_-2*m;for(let{marker:C,guides:I,readout:j,spec:z,plot:K}of Object.values(x)){let[B,O]=z.at(f),U=Number.isFinite(B)&&Number.isFinite(O);for(let Q of[C,...I])Q.setAttribute("visibility",U?"visible":"hidden");if(j.textContent=U?`${z.x} ${ee(B)}, ${z.y} ${ee(O)}`:"",!U)continue;let W=(m+B*E).toFixed(1),V=(m+(1-O)*E).toFixed(1);C.setAttribute("cx",W),C.setAttribute("cy",V);let[X,J]=I;Object.entries({x1:W,y1:V,x2:W,y2:_-m}).forEach(([Q,S])=>X.setAttribute(Q,S)),Object.entries({x1:W,y1:V,x2:m,y2:V}).forEach(([Q,S])=>J.setAttribute(Q,S)),K.dataset.markerX=String(B),K.dataset.markerY=String(O)}}return Y(e,["binary","curves"],A,o.signal),A(),{el:c,update:A,destroy:()=>{o.abort(),c.remove()}}}var ai=60,On=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ui(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function s1({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),c=s("label","cmw-field");c.append(s("span",null,"Label"),l);let a=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,x=st({dom:t,cls:"cmw-label-threshold",write:E=>{let C=d();if(!C||!Array.isArray(C.thresholds)||!Number.isFinite(E))return;let I=C.thresholds.slice();I[u]=E,e.set("thresholds",I)},throttleMs:ai,clock:r,signal:o.signal,onInput:E=>{let C=d();a.textContent=E.toFixed(De(C?C.step:.01))}}),w=x.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,a);let T=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(c,g,T,b,y);let A="label",f=!1;function h(){let E=d(),C=!!(E&&E.kind==="multilabel");if(i.hidden=!C,!C)return;let I=e.get("labels"),j=e.get("metrics").perClass,z=e.get("countDigits");u=Math.min(u,I.length-1),(l.options.length!==I.length||[...l.options].some((B,O)=>B.textContent!==I[O]))&&l.replaceChildren(...I.map((B,O)=>t.option(String(O),B))),l.value=String(u);let K=Array.isArray(E.thresholds);g.hidden=!K,w.disabled=!!E.fixed,K&&!x.dragging()&&(x.range(E.lo,E.hi,E.step),w.value=String(E.thresholds[u]),a.textContent=Number(E.thresholds[u]).toFixed(De(E.step))),_(E,I,z),m(E,I,j,z)}function _(E,C,I){let j=E.tables[u]||[0,0,0,0],z=s("table","cmw-readout-table");z.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let B=z.createTBody();[["truly absent",0],["truly present",2]].forEach(([U,W])=>{let V=B.insertRow();V.append(s("th",null,U));for(let X of[W,W+1]){let[J,Q]=On[X],S=s("td"),k=t.button("cmw-label-cell",`${Q} ${we(j[X],I)}`);k.dataset.cell=J,k.disabled=!!E.fixed,G(k,"click",()=>e.send({type:"label_cell",label:u,cell:J}),o.signal),S.append(k),V.append(S)}}),T.replaceChildren(s("div","cmw-label-focus-title",C[u]??""),z);let O=E.focus;if(O&&O.label===u){let U=On.find(([V])=>V===O.cell)?.[1]??O.cell,W=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${U} of ${C[u]}: ${W} samples`),s("div","cmw-indices",O.indices.join(", ")))}else b.replaceChildren()}function m(E,C,I,j){let z=s("tr"),K=(W,V)=>{let X=A===W,J=t.button(`cmw-sort${X?" cmw-sorted":""}`,X?`${V} ${f?"▼":"▲"}`:V);J.dataset.sort=W,G(J,"click",()=>{f=X?!f:W!=="label",A=W,h(),y.querySelector(`[data-sort="${W}"]`).focus()},o.signal);let Q=s("th");return Q.setAttribute("aria-sort",X?f?"descending":"ascending":"none"),Q.append(J),Q};z.append(K("label","label"),...On.map(([,W])=>s("th",null,W)),K("f1","F1"),K("support","support"));let B=s("thead");B.append(z);let O=s("tbody"),U=I.length===C.length?I:C.map(()=>({f1:NaN,support:NaN}));for(let W of ui(U,A,f)){let V=s("tr",W===u?"cmw-focused":null);V.dataset.label=String(W);let X=t.button("cmw-label-name",C[W]);G(X,"click",()=>{u=W,h()},o.signal);let J=s("th");J.append(X),V.append(J,...(E.tables[W]||[]).map(Q=>s("td",null,we(Q,j))),s("td",null,ee(U[W].f1)),s("td",null,we(U[W].support,j))),O.append(V)}y.replaceChildren(B,O)}return G(l,"change",()=>{u=Number(l.value)||0,h()},o.signal),Y(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function i1(e){let t=[o1(e),n1(e),s1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var c1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),di=e=>`${(Number(e)*100).toFixed(0)}%`;function l1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${c1(n.mean)} · median ${c1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${di(r[2])}`).join(" · ")}function a1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let l of n){let c=r("tr");c.append(r("th",null,String(l.column)),r("td",null,l1(l,"cell")),r("td",null,l1(l,"rest"))),o.append(c)}return o}function u1({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=o("div","cmw-selection"),l=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function c(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let x=o("p","cmw-sentence");for(let y of p.sentence){let A=String(y&&y.text!=null?y.text:"");x.append(y&&y.em?o("em",null,A):t.doc.createTextNode(A))}let w=o("div","cmw-selection-head");if(w.append(x,l()),i.append(w),!p.available){let y=e.get("table"),A=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",A));return}let g=ir(p);if(g.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),a(g));let T=Array.isArray(p.previews)?p.previews:[];T.length&&i.append(d(T));let b=a1(t,p);b&&i.append(b)}function a(p){let x=o("div","cmw-pager");if(p.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(p.prevOffset),x.append(w)}if(x.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(p.nextOffset),x.append(w)}return x}function d(p){let x=o("div","cmw-previews");for(let w of p)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=o("figure","cmw-preview-img"),T=o("img");T.src=w.src,T.alt=`sample ${w.index}`,g.append(T,o("figcaption",null,`#${w.index}`)),x.append(g)}else if(w.kind==="text"){let g=o("div","cmw-preview-text");g.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),x.append(g)}}return x}let u=null;return G(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let x=p.target.closest("button[data-offset]");if(!x)return;let w=e.get("selection");u=w&&{cls:x.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(x.dataset.offset)})},r.signal),Y(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let x=t.doc.activeElement,w=x&&(i.contains(x)||x===t.doc.body);c();let g=e.get("selection");if(!p||!g||g.i!==p.i||g.j!==p.j||!w)return;let T=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");T&&T.focus({preventScroll:!0})},r.signal),c(),{el:i,update:c,destroy:()=>{r.abort(),i.remove()}}}function d1({state:e,dom:t,signal:n,extra:r=[]}){let o=q(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let c=i("cmw-all-errors","All errors");c.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let a=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(c,a,...r);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");c.classList.toggle("cmw-active",p),c.setAttribute("aria-pressed",String(p)),l.hidden=!(e.get("k")>0)}return G(c,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},o.signal),Y(e,["selectionSpec","k"],d,o.signal),d(),{el:l,update:d,destroy:()=>{o.abort(),l.remove()}}}function m1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function p1({state:e,dom:t,signal:n}){let r=q(n),{h:o,button:s}=t,i=o("details","cmw-download"),l=o("summary","cmw-download-summary","Download"),c=o("div","cmw-download-menu");c.setAttribute("role","group"),c.setAttribute("aria-label","Download");let a=s("cmw-download-cells","Matrix (CSV)");a.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",c.append(a,d,u),i.append(l,c);function p(){d.disabled=!e.get("hasSelection")}let x=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";m1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return r.signal.addEventListener("abort",x,{once:!0}),G(c,"click",w=>{let g=w.target.closest("button");if(g){if(g===a)e.send({type:"download",what:"cells"});else if(g===d)e.send({type:"download",what:"selection"});else if(g===u){let T=i.closest(".cmw"),b=T&&T.querySelector("canvas.cmw-canvas");b&&b.toBlob(y=>{y&&m1(t.doc,y,"confusion_matrix.png")},"image/png")}}},r.signal),Y(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var mi=96,pi=3;function f1(e,t){return Math.max(pi,Math.floor(mi/Math.max(e,t,1)))}function fi(e,t,n,r){let o=f1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function hi(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(r,o)=>n?n[o]:o)}function wi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${ee(t.value)}, ${ee(t.rest)} in the other slices)`}function h1({state:e,dom:t,signal:n}){let r=q(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=o("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let c=o("label","cmw-field");c.append(o("span",null,"Slice"),l);let a=o("div","cmw-slice-odd-note"),d=o("div","cmw-slice-fixed-note"),u=o("div","cmw-slice-grid"),p=o("div","cmw-slices-top");p.append(c,a),i.append(p,d,u),G(l,"change",()=>{let g=l.value===""?null:l.value;g!==e.get("slice")&&e.set("slice",g)},r.signal);function x(){let g=e.get("slices");if(i.hidden=!g,!g){u.replaceChildren();return}let T=e.get("slice");l.replaceChildren(s("","all samples"),...g.names.map(b=>s(b))),l.value=T!=null&&g.names.includes(T)?T:"",l.disabled=g.fixed,l.title=g.fixed?"Showing another slice needs a live kernel":"",a.textContent=wi(g),d.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!g.fixed,w(g,T)}function w(g,T){let{colors:b}=e.get("sliceColors"),y=e.get("sliceLut"),{k:A,cols:f}=g,h=f1(A,f),_=hi(e.get("order"),A),m=C=>C<A?_[C]:C,E=g.names.map((C,I)=>{let j=o("figure","cmw-slice");C===T&&j.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===I&&j.classList.add("cmw-slice-odd"),j.dataset.slice=C;let z=o("canvas","cmw-slice-canvas"),K=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;z.width=Math.round(f*h*K),z.height=Math.round(A*h*K),z.style.width=`${f*h}px`,z.style.height=`${A*h}px`,z.setAttribute("role","img"),z.setAttribute("aria-label",`Matrix of slice ${C}`),z.tabIndex=-1;let B=z.getContext&&z.getContext("2d");if(B){B.scale(K,K);for(let V=0;V<A;V++)for(let X=0;X<f;X++)B.fillStyle=At(y,b[I][_[V]*f+m(X)]),B.fillRect(X*h,V*h,h,h)}if(A*f<=1024){let V=[];for(let X=0;X<A;X++)for(let J=0;J<f;J++)V.push(b[I][_[X]*f+m(J)]);j.dataset.colors=V.join(",")}G(z,"click",V=>{let X=fi(V.offsetX,V.offsetY,A,f);!X||g.fixed||(e.get("slice")!==C&&e.set("slice",C),e.set("selected",[_[X[0]],m(X[1])]))},r.signal);let O=o("figcaption","cmw-slice-caption"),U=g.accuracy[I],W=g.samples[I];return O.append(o("span","cmw-slice-name",C),o("span","cmw-slice-stats",`n=${W==null?"–":+W.toFixed(2)} · acc ${ee(U)}`)),j.append(z,O),j});u.replaceChildren(...E)}return Y(e,["slices","slice","sliceColors","sliceLut","order"],x,r.signal),x(),{el:i,update:x,destroy:()=>r.abort()}}function w1({state:e,dom:t,signal:n}){let r=q(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",G(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return Y(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var g1=e=>Math.round(e).toLocaleString("en-US");function gi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${g1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${g1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function bi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function b1({state:e,dom:t,signal:n}){let r=q(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),l=o("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function c(){let a=e.get("table");s.hidden=!a,i.textContent=gi(a);let d=bi(e);l.hidden=!d,l.textContent=d||""}return Y(e,["table","threshold","binary","selected","selection"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function xi(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var yi=60;function x1({state:e,dom:t,signal:n,clock:r}){let o=q(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),c=s("input","cmw-threshold");c.type="range";let a=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),c,a);let d=s("div","cmw-readout");i.append(l,d),i.hidden=!0;let u=!1,p=null,x=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,_)=>w()?String(Number(h.toPrecision(6))):h.toFixed(De(x(_)));function T(){let h=e.get("binary");if(i.hidden=!h,!h)return;let _=w();c.min=_?"0":String(h.lo),c.max=String(_?_.length-1:h.hi),c.step=_?"1":String(x(h));let m=e.get("threshold")??Number(h.threshold);!u&&Number.isFinite(m)&&(c.value=String(_?xi(_,m):m),a.textContent=g(m,h)),b(h)}function b(h){let _=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let C=m.createTBody(),I=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[B,...O]of I){let U=C.insertRow();U.append(s("th",null,B));for(let[W,V]of O){let X=s("td");X.append(s("span","cmw-tag",W),t.doc.createTextNode(` ${we(V,_)}`)),U.append(X)}}let j=s("div","cmw-readout-stats"),z=e.get("intervals"),K=z&&!z.stale&&z.binary?z.binary:null;for(let[B,O,U]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!K){j.append(s("span","cmw-stat",`${B} ${ee(U)}`));continue}let W=s("span","cmw-stat-value");jt(t,W,U,K[O],z.level,O==="f1"?"bootstrap":"wilson");let V=s("span","cmw-stat",`${B} `);V.append(W),j.append(V)}d.replaceChildren(m,j)}let y=h=>{Number.isFinite(h)&&(p=h,e.set("threshold",h))},A=Ze(y,yi,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(c.value))]:parseFloat(c.value)};return G(c,"input",()=>{u=!0;let h=f(),_=e.get("binary");Number.isFinite(h)&&(a.textContent=_?g(h,_):h.toFixed(2)),A(h)},o.signal),G(c,"change",()=>{u=!1,A.cancel();let h=f();(h!==p||e.get("threshold")!==h)&&y(h)},o.signal),o.signal.addEventListener("abort",()=>A.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table","intervals"],T,o.signal),T(),{el:i,update:T,destroy:()=>{o.abort(),i.remove()}}}var vi=300,ki=200,Ai=16;function Si(e,t,n){let r=e-t-Ai,o=Math.min(An,Math.max(n,1)*Wt)+ki;return t>0&&r>=Math.max(vi,Math.min(o,.6*e))?r:e}function Mi(e,t){let n=e.dom.h("div","cmw-main"),r=i1(e);r.el.classList.add("cmw-side"),r.el.append(oo(e).el);let s=Xo({...t,room:()=>Si(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function _i(e){let t=go(e),n=$o(e);return[to({...e,extra:[t.button]}),t,x1(e),b1(e),Lo(e),n.panel,Mi(e,n.matrixCtx),n.table,e1(e),eo(e),u1(e),Zo(e),Qr(e),d1({...e,extra:[p1(e).el,w1(e).el]}),h1(e),qo(e),ro(e),Jr(e)]}function y1(e,t,n=performance.now()){let r=Sr(t.ownerDocument||document),o=new AbortController,s=Xr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",G(i,"keydown",a=>{if(a.stopPropagation(),a.key==="Escape"&&!a.defaultPrevented){a.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let l=({k:a,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(a),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},c=_i({state:s,dom:r,signal:o.signal,report:l,startedAt:n});return i.append(...c.map(a=>a.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var qt="cm-widget",Ci="application/vnd.cm-widget.view+json",In="application/vnd.jupyter.widget-view+json",v1=1e4,$i="Saved view, no kernel behind it: run the cell to make it live.",Rn=null;async function Ti(e){let t=Rn&&Rn[e];if(!t)throw new Error(`${qt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Ei(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Vn,e.head.appendChild(t)}async function Ni(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Ar(n):null}function k1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Fi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Ni(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),v1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=k1(this,"rendermime"),o=r&&r.rendermime,s=k1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&In in n.data&&o&&o.mimeTypes.includes(In))){this._showSaved();return}clearTimeout(this._timer);let c=o.createRenderer(In);if(this._live=c,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:v1),c.addClass("cmw-lab-pending"),c.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(c);let a=()=>{c.node.firstElementChild?this._goLive():/Error displaying widget/.test(c.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,c.dispose(),this._showSaved())};this._observer=new MutationObserver(a),this._observer.observe(c.node,{childList:!0,characterData:!0,subtree:!0}),c.renderModel(n).then(a,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Ei(r),s.textContent=$i;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:y1(vr(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Oi(){let{Panel:e}=await Ti("@lumino/widgets"),t=Fi(e);return{id:`${qt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ci],defaultRank:-20,createRenderer:n=>new t(n)}}}function Ii(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[qt]={init:e=>{Rn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${qt} has no module ${e}`);let t=Ii()?[await Oi()]:[];return()=>({__esModule:!0,default:t})}});})();
