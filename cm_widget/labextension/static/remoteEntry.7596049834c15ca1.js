(()=>{var to=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Ft(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Ot(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function mn(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function no(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":mn(t[r],t[r+1],t[r+2])}function oo(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),l=Math.min(n,e.length);for(let c=0;c<l;c++)i[c]=s[e[c]];return r}function ss(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function is([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function ro(e,t){let n=ss(t);if(!n||is(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function re(e,t,n){return e<t?t:e>n?n:e}var ls=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function we(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Oe(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=we(e),n=Math.floor(t.byteLength/8);if(ls)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function st(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(a,u)=>setTimeout(a,u),clearTimeout:a=>clearTimeout(a)},o=-1/0,s=null,i=null,l=()=>{s=null,o=r.now();let a=i;i=null,e(...a)},c=(...a)=>{i=a;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),l()):s===null&&(s=r.setTimeout(l,u))};return c.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},c.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),l())},c}var cs={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},as=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function De(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=cs[e&&e.dtype]||Float64Array,o=so(r,we(e&&e.counts)),s=us(e&&e.totals,t,n);if(e&&e.at!=null){let i=so(Uint32Array,we(e.at)),l=new r(t*n),c=Math.min(i.length,o.length);for(let a=0;a<c;a++)i[a]<l.length&&(l[i[a]]=o[a]);return{k:t,cols:n,counts:l,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function so(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(as&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let l=0;l<r;l++)i[l]=o[s](n*l,!0);return i}function us(e,t,n){if(!e||typeof e!="object")return null;let r=(l,c)=>Array.isArray(l)&&l.length===c?Float64Array.from(l,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function qe(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function le(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let c=0;c<8;c++)s[c]=e[t+c*r];let i=8;for(;i<n-n%8;i+=8)for(let c=0;c<8;c++)s[c]+=e[t+(i+c)*r];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*r];return l}let o=Math.floor(n/2);return o-=o%8,le(e,t,o,r)+le(e,t+o*r,n-o,r)}function Me(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return ds(e,t,r,n,o,i);if(n==="true")for(let l=0;l<t;l++){let c=le(e,l*r,r);for(let a=0;a<r;a++)i[l*r+a]=c===0?0:e[l*r+a]/c}else if(n==="pred"){let l=new Float64Array(r);for(let c=0;c<t;c++)for(let a=0;a<r;a++)l[a]+=e[c*r+a];for(let c=0;c<t;c++)for(let a=0;a<r;a++)i[c*r+a]=l[a]===0?0:e[c*r+a]/l[a]}else if(n==="all"){let l=le(e,0,s);for(let c=0;c<s;c++)i[c]=l===0?0:e[c]/l}else return e;return i}function ds(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let c=r==="true"?o.rows[i]:r==="pred"?o.cols[l]:r==="all"?o.all:1;s[i*n+l]=c===0?0:e[i*n+l]/c}return r==="true"||r==="pred"||r==="all"?s:e}function Ze(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function ms(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function ze(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let l=0;l<e.length;l++){let c=(e[l]-t)*i;c=c<0?0:c>r-1?r-1:c,o[l]=ms(c)}return o}function pn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var ps=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function io(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?ps.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function it(e){let t=we(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function Rt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=mn(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var It=e=>Number(e.toPrecision(12));function Pt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(a=>It(a*i)).find(a=>a>=s&&(!o||a<1||Number.isInteger(a)));l===void 0&&(l=It(10*i)),o&&(l=Math.max(1,l));let c=[];for(let a=0;a*l<=r*(1+1e-12);a++){let u=It(a*l);c.push([u/r,o?String(u):`${It(u*100)}%`])}return c}function lo(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(c=>c&&typeof c=="object"):[],o=we(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((c,a)=>{let u=d=>i.getFloat64(8*(4*a+d),!0);return{label:c,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var fn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Bt=e=>Array.isArray(e)?e:[],bt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,jt=e=>Bt(e).map(Number).filter(Number.isInteger);function fs(e){let t=fn(e),n=Bt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Bt(o)[i])?Number(Bt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function hs(e,t){let n=fn(e);if(typeof n.name!="string")return null;let r=De(n.matrix),o=it(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:bt(n.fixed),broken:bt(n.broken),changed:bt(n.changed)}}function co(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function ao(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function ws(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var uo=(e,t)=>{let n=ao(e);return ze(ws(e,t),-n,n)};function mo(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function po(e,t=0){let n=Math.abs(ao(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function gs(e){let t=fn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:jt(t.entered),cameFrom:jt(t.came_from),left:jt(t.left),wentTo:jt(t.went_to),nEntered:bt(t.n_entered),nLeft:bt(t.n_left)}}var fo={runs:{raw:["_runs"],make:(e,t)=>fs(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>hs(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>gs(t("_moves"))}},ho=["run","compare"];var wo=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],go=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Je(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=re(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?mo(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function hn(e,t,n,r=0){let o=Je(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ce(t,r)})`}:{main:o,sub:""}}function ne(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ke(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return re(r-(n?Number(n):0),0,6)}function bo(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function xo(e,t){return t?`${e}_r`:e}function wn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(r,t)&&s(o,n)?[r,o]:null}function yo(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var vo=[[`
`,"⏎"],["\r","␍"]];function xt(e){let t=String(e);for(let[n,r]of vo)t=t.split(n).join(r);return t}function gn(e,t){if(t!=null&&e===xt(t))return String(t);let n=String(e);for(let[r,o]of vo)n=n.split(o).join(r);return n}function Dt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let c=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+c}var bs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ve(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function lt(e,t){let n=ve(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(bs)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),l=`get${e.name.replace("Array","")}`;for(let c=0;c<o;c++)i[c]=s[l](r*c,!0);return i}var xs={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ys(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=xs[e.dtype];return t?lt(t,e.data):null}function vs(e,t){let n=e.split,r=ve(e.true),o=ve(e.agree),s=ve(e.offset),i=Math.floor(r.length/n),l=Math.floor(s.length/n),c=new Uint32Array(i);for(let a=0,u=0;a<i;a++){let d=n===1?r[a]:r[a]+256*r[i+a];if(o[a>>3]>>(a&7)&1)c[a]=d*t+d;else{let m=(n===1?s[u]:s[u]+256*s[l+u])+1;u++,c[a]=d*t+(d+m)%t}}return c}function ks(e,t){if(e.split)return vs(e,t);let n=ve(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,l=0;i<o;i++,l+=r){let c=0;for(let a=r-1;a>=0;a--)c=c*256+n[l+a];s[i]=c}return s}function Ao(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?lt(Float64Array,t.weights):null,sampleIndex:t.sample_index?lt(Uint32Array,t.sample_index):null,ids:ys(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:lt(Float32Array,t.outside.scores),weights:t.outside.weights?lt(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=ve(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=lt(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=ks(t.cells,e.k);return n}var Qe=new Float32Array(1),ko=new Int32Array(Qe.buffer);function As(e,t){return Qe[0]=e,Qe[0]===0?(ko[0]=1,t?Qe[0]:-Qe[0]):(ko[0]+=Qe[0]>0===t?1:-1,Qe[0])}function bn(e){let t=Math.fround(e);return t>e?As(t,!1):t}function Re(e,t=-1/0,n=1/0){let r=bn(Number(e));return Math.min(Math.max(r,bn(t)),bn(n))}function ct(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Re(t);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:i,u=e.scores[c]>=l?s:i;r[a*n+u]+=o?o[c]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function So(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,c=Re(r);for(let a=0;a<e.n;a++)e.positive[a]===i&&e.scores[a]>=c===l&&o.push(a)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function xn(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Re(n);for(let l=0;l<e.n;l++){let c=e.positive[l]?s:1-s,a=e.scores[l]>=i?s:1-s;t[c*o+a]&&r.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function zt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Ut(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>zt(e,r))}function Ss(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Re(n),i=r.weights;for(let c=0;c<r.scores.length;c++)o[r.scores[c]>=s?e.posIndex:1-e.posIndex]+=i?i[c]:1;let l=i?le(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:l}}var Ie=(e,t)=>t!==0?e/t:0;function _s(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let S=e[w*t+g];o[w]+=S,s[g]+=S,l+=S}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let c=0;for(let w=0;w<t;w++)c+=o[w];let a=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},m=0,b=0;for(let w=0;w<t;w++){let g={precision:Ie(r[w],s[w]),recall:Ie(r[w],o[w]),f1:Ie(2*r[w],o[w]+s[w]),support:o[w]};a.push(g);let S=Ie(o[w],c);for(let A of["precision","recall","f1"])u[A]+=g[A]/t,d[A]+=g[A]*S;o[w]>0&&(m+=1,b+=g.recall)}return{rows:a,accuracy:Ie(i,l),balancedAccuracy:m?b/m:0,macro:u,weighted:d}}function yt(e,t,n=null,r=null){let o=_s(e,t,Ss(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((l,c)=>s.set([l.precision,l.recall,l.f1,l.support],4*c));let i=o.rows.reduce((l,c)=>l+c.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Ms(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:Ie(e,e+n),fpr:Ie(t,t+r),precision:Ie(e,e+t),f1:Ie(2*e,2*e+t+n),mcc:Ie(e*r-t*n,o)}}function Vt(e,t,n){let r=e.pos_index,o=1-r,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...Ms(s(r,r),s(o,r),s(r,o),s(o,o))}}function _o(e){return e??"true"}function Mo(e,t,n,r,o,s=!1,{basis:i="true",abstained:l=!1,multilabel:c=!1}={}){let a=s?yn(e):String(Math.trunc(e)),u=s?`A weight of ${a} is truly `:`${a} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=l?" but the model ":o||c?" and predicted ":" but predicted ",m=` (${Dt(r*100,1)}% of `,b;return i==="all"?b=[{text:`${m}all samples).`}]:i==="pred"&&l?b=[{text:`${m}the abstained samples).`}]:i==="pred"?b=[{text:m+(c?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:m+(c?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...b]}function yn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var vn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Wt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,To=(e,t,n)=>Array.isArray(e)&&e.length===2&&Wt(e[0],t)&&Wt(e[1],n);function at(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Wt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Wt(e.col,n)?{kind:"col",j:e.col}:null}return To(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>To(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function kn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function Gt(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function Co(e,t,n=t){if(e===null)return null;let r=at(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":Gt(r.cells)}function $o(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),Gt(n)}function Eo(e,t,n,r,o,s,{fixed:i,formatG:l,pairs:c=!1}){let a=s?l(t):String(Math.trunc(t)),[u,d]=c?["label pair","label pairs"]:["sample","samples"],m=s?`A weight of ${a} is `:`${a} ${t===1?u:d} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${m}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${m}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${m}misclassified`},b]:[{text:`${m}in ${r} selected cells`},b]}var Cs=/[",\r\n]/;function $s(e){let t=String(e);return Cs.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Kt(e,t){return[e,...t].map(n=>n.map($s).join(",")).join(`
`)+`
`}function No(e,t){if(!e||e.bytes!==1&&e.bytes!==2||typeof e.data!="string")return null;let n=ve(e.data);if(n.length!==t*e.bytes)return null;if(e.bytes===1)return n;let r=new Uint16Array(t);for(let o=0;o<t;o++)r[o]=n[2*o]+256*n[2*o+1];return r}function An(e,t,n){let r=[];for(let c=0;c<e.n;c++)t[c]===n&&r.push(c);let o=r.length,s=(c,a)=>{let u=new a(o);for(let d=0;d<o;d++)u[d]=c[r[d]];return u},i=new Uint32Array(o);for(let c=0;c<o;c++)i[c]=e.sampleIndex?e.sampleIndex[r[c]]:r[c];let l={...e,n:o,weights:e.weights?s(e.weights,Float64Array):null,sampleIndex:i,ids:e.ids?r.map(c=>e.ids[c]):null};return e.kind==="binary"?(l.positive=s(e.positive,Uint8Array),l.scores=s(e.scores,Float32Array)):l.cells=s(e.cells,Uint32Array),l}function Es(e,t,n,r){let o=e.k,s=o*o,i=new Float64Array(n*s),l=e.weights;if(e.kind==="binary"){let c=e.posIndex,a=1-c,u=Re(r);for(let d=0;d<e.n;d++){let m=(e.positive[d]?c:a)*o+(e.scores[d]>=u?c:a);i[t[d]*s+m]+=l?l[d]:1}}else for(let c=0;c<e.n;c++)i[t[c]*s+e.cells[c]]+=l?l[c]:1;return i}var ut=(e,t)=>t!==0?e/t:0;function Ns(e,t,n){let r={samples:[],accuracy:[],balanced_accuracy:[],macro_f1:[]},o=new Float64Array(n),s=new Float64Array(n),i=new Float64Array(n),l=new Float64Array(n),c=new Float64Array(n);for(let a=0;a<t;a++){let u=a*n*n;i.fill(0);let d=0;for(let b=0;b<n;b++){o[b]=e[u+b*n+b],s[b]=le(e,u+b*n,n);for(let w=0;w<n;w++)i[w]+=e[u+b*n+w]}for(let b=0;b<n;b++){let w=ut(o[b],s[b]);l[b]=s[b]>0?w:0,s[b]>0&&(d+=1),c[b]=ut(2*o[b],s[b]+i[b])}let m=le(s,0,n);r.samples.push(m),r.accuracy.push(ut(le(o,0,n),m)),r.balanced_accuracy.push(ut(le(l,0,n),d)),r.macro_f1.push(le(c,0,n)/n)}return r}function Fs(e,t,n){let r=n*n,o=new Float64Array(r);for(let d=0;d<t;d++)for(let m=0;m<r;m++)o[m]+=e[d*r+m];let s=new Float64Array(r),i=[],l=-1/0;for(let d=0;d<t;d++){for(let A=0;A<r;A++)s[A]=o[A]-e[d*r+A];let m=le(e,d*r,r),b=le(s,0,r),w=ut(le(e,d*r,n,n+1),m),g=ut(le(s,0,n,n+1),b),S=m>0&&b>0?Math.abs(w-g):-1;i.push({gap:S,value:w,other:g,ok:m>0&&b>0}),l=Math.max(l,S)}if(!i.some(d=>d.ok))return null;let c=i.findIndex(d=>d.gap>=l-1e-12),{value:a,other:u}=i[c];return{slice:c,value:a,rest:u,difference:a-u}}function Fo(e,t,n,r){let o=e.names,s=o.length,i=t.k,l=Es(t,n,s,r);return{...e,names:o,matrix:{k:s*i,cols:i,dtype:"float64",counts:new Uint8Array(l.buffer)},...Ns(l,s,i),most_different:Fs(l,s,i)}}var Oo=40,Sn="abstained";function Os(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Io(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Ht(e){let t=Object.prototype.hasOwnProperty.call(vn,e)?vn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var Ro=e=>e.every(t=>Number.isInteger(t));function Po(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let k of e.state.buffers)Os(t,k.path,ve(k.data));if(!t._lut&&typeof t.cmap=="string"){let k=t.cmap,T=Ht(k.endsWith("_r")?k.slice(0,-2):k);T&&(t._lut=Ht(k)||Io(T))}let n=e.k,r=Ao(e),o=t._slices&&Array.isArray(t._slices.names)?t._slices.names.map(String):[],s=r&&o.length?No(e.samples.slices,r.n):null,i=t.slice??null,l=s&&o.includes(i)?An(r,s,o.indexOf(i)):r,c=new Map,a={key:null,members:null},u=e.page_size||100,d=!!(t._scores&&t._scores.kind==="multilabel");t._scores=d?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):l===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),o.length&&!s&&(t._slices={...t._slices,fixed:!0});let m=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,b=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},m&&delete t._issues.counts);let w=k=>{for(let T of c.get(k)||[])T()},g=(k,T)=>{t[k]=T,w(k)};if(e.recount&&l){let k=ct(l,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(k.buffer)},t._metrics=yt(k,n,l,null)}let S=De(t._matrix),A=l?ct(l,t.threshold):Float64Array.from(qe(S.counts,n,S.cols).square),y=S.cols===n+1?Array.from({length:n},(k,T)=>S.counts[T*S.cols+n]):null;function E(){return{k:n,dtype:"float64",counts:new Uint8Array(A.buffer.slice(0))}}function f(k,T){let B=`${k},${T},${t.threshold},${t.slice}`;return a.key!==B&&(a.key=B,a.members=So(l,k,T,t.threshold)),a.members}function h(k,T,B,X){let J=0;if(X==="true")for(let q of T){for(let ee=0;ee<n;ee++)J+=A[q*n+ee];y&&(J+=y[q])}else for(let q=0;q<n;q++)if(X==="all"){for(let ee=0;ee<n;ee++)J+=A[q*n+ee];y&&(J+=y[q])}else for(let ee of B)J+=ee===n?y?y[q]:0:A[q*n+ee];return J?k/J:0}function v(k,T,B,X,J,q,ee,xe={},ge={}){let me=0;for(let N of B)for(let I of X)me+=I===n?y?y[N]:0:A[N*n+I];let ye=!!(l&&l.weights||!Ro(A)),be=_o(t.normalize),Ee;if(ge.multilabel){let N=S.totals,I=N?be==="true"?N.rows[k]:be==="pred"?N.cols[T]:N.all:0;Ee=I?me/I:0}else Ee=h(me,B,X,be);let He=l?q():[],We=He.length,M=Math.max(0,Math.min(Math.trunc(ee)||0,Math.max(We-1,0)));M-=M%u;let C=He.slice(M,M+u),$=[];for(let N of C.slice(0,Oo)){let I=e.previews&&e.previews[String(zt(l,N))];I&&$.push(I)}return{i:k,j:T,...xe,sentence:Mo(me,J[0],J[1],Ee,k===T,ye,{basis:be,...ge}),count:me,total:We,offset:M,indices:l?Ut(l,C):[],page_size:u,previews:$,available:l!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function p(k,T,B){let X=t.display_labels||[];return y&&T===n?v(k,T,[k],[T],[String(X[k]??k),Sn],()=>[],B,{},{abstained:!0}):v(k,T,[k],[T],[String(X[k]??k),String(X[T]??T)],()=>f(k,T),B,{},{multilabel:d})}let _=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],x=new Array(_.length?n:0).fill(0);if(_.length){let k=t._groups.codes,T=new DataView(k.buffer,k.byteOffset,k.byteLength);for(let B=0;B<n;B++)x[B]=n<=65536?T.getUint16(2*B,!0):T.getUint32(4*B,!0)}let F=k=>x.flatMap((T,B)=>T===k?[B]:[]);function R(k,T){if(l.kind==="binary"){let X=[];for(let J of F(k))for(let q of F(T))X.push(...f(J,q));return X.sort((J,q)=>J-q)}let B=[];for(let X=0;X<l.n;X++){let J=l.cells[X],q=Math.floor(J/n);x[q]===k&&x[J-q*n]===T&&B.push(X)}return B}function P(k,T,B){return v(k,T,F(k),F(T),[_[k],_[T]],()=>R(k,T),B,{group:!0})}function W(k,T){let B=y?n+1:n,X=at(k,n,B),J=kn(X,n,B),q=0;for(let[N,I]of J)q+=I===n?y?y[N]:0:A[N*n+I];let ee=new Uint8Array(n*n);for(let[N,I]of J)I<n&&(ee[N*n+I]=1);let xe=l?xn(l,ee,t.threshold):[],ge=Ut(l||{},xe),me=xe.map((N,I)=>I);l&&l.ids&&me.sort((N,I)=>ge[N]<ge[I]?-1:ge[N]>ge[I]?1:N-I);let ye=0;for(let N=0;N<n;N++){for(let I=0;I<n;I++)ye+=A[N*n+I];y&&(ye+=y[N])}let be=(t.display_labels||[]).map(String);y&&be.push(Sn);let Ee=X.kind==="row"?be[X.i]:X.kind==="col"?be[X.j]:null,He=!!(l&&l.weights||!Ro(A)),We=xe.length,M=Math.max(0,Math.min(Math.trunc(T)||0,Math.max(We-1,0)));M-=M%u;let C=me.slice(M,M+u),$=[];for(let N of C.slice(0,Oo)){let I=e.previews&&e.previews[String(zt(l,xe[N]))];I&&$.push(I)}return{i:X.kind==="row"?X.i:-1,j:X.kind==="col"?X.j:-1,kind:X.kind,sentence:Eo(X.kind,q,Ee,J.length,ye?q/ye:0,He,{fixed:Dt,formatG:yn,pairs:d}),count:q,total:We,offset:M,indices:C.map(N=>ge[N]),page_size:u,previews:$,available:l!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function j(k=0){let T=t.selected,B=t.selected_group;T!=null&&!(Array.isArray(T)&&T.length===2&&!Array.isArray(T[0]))?g("_selection",W(T,k)):Array.isArray(T)&&T.length===2?g("_selection",p(T[0],T[1],k)):Array.isArray(B)&&B.length===2?g("_selection",P(B[0],B[1],k)):g("_selection",{})}t._order_choices=Object.keys(e.orders||{});function O(k){let T=e.orders&&e.orders[k];T&&(g("_order",{dtype:T.dtype,classes:ve(T.classes),groups:T.groups?ve(T.groups):null}),g("order",k))}function z(k,T,B,X=B){if(k==="selected"&&(T=Co(T,B,X),T===void 0)||!(T===null||k==="selected"||Array.isArray(T)&&T.length===2&&T.every((ee,xe)=>Number.isInteger(ee)&&ee>=0&&ee<(xe===0?B:X))))return;let q=k==="selected"?"selected_group":"selected";T!==null&&t[q]!=null&&(t[q]=null,w(q)),t[k]=T,w(k),j(0)}function V(k){if(!l||l.kind!=="binary"||!m)return;let T=Number(k);if(!Number.isFinite(T))return;let B=Re(Math.min(Math.max(T,m.lo),m.hi),m.lo,m.hi);t.threshold=B,A=ct(l,B),g("_matrix",E()),g("_binary",Vt(m,A,B)),g("_metrics",yt(A,n,l,B)),g("_intervals",oe(A)),s&&g("_slices",Fo(t._slices,r,s,B)),w("threshold"),t.selected!=null&&j(0)}function U(k){if(!s)return;let T=k==null?null:String(k);T!==null&&!o.includes(T)||(t.slice=T,l=T===null?r:An(r,s,o.indexOf(T)),a.key=null,A=ct(l,t.threshold),g("_matrix",E()),m&&g("_binary",Vt(m,A,t.threshold)),g("_metrics",yt(A,n,l,t.threshold)),g("_intervals",oe(A)),Z(),w("slice"),(t.selected!=null||t.selected_group!=null)&&j(0))}function Z(){let k=t.slice===i,T=[],B=ke._curves;B&&Object.keys(B).length&&(g("_curves",k?B:{}),T.push("the ROC and precision-recall curves"));let X=ke._calibration;X&&X.kind&&(g("_calibration",k?X:{note:"The calibration of this slice needs a live kernel."}),T.push("the calibration"));let J=ke._costs;J&&J.curve&&(g("_costs",k?J:{k:J.k,cols:J.cols,cost:J.cost}),T.push("the cost curve"));let q=ke._issues;if(q&&q.counts){let ge={...q};delete ge.counts,g("_issues",k?q:ge),T.push("the marks of likely label errors")}let ee=t.slice===null?"every sample":`the slice ${t.slice}`,xe=i===null?"every sample":`the slice ${i}`;g("_notes",k||!T.length?Be:[...Be,`Showing ${ee}: ${T.join(", ")} need a live kernel (this file holds those of ${xe}).`])}function L(k){let T=String(k),B=T.endsWith("_r")?T.slice(0,-2):T,J=(e.luts&&e.luts[T]?ve(e.luts[T]):null)||Ht(T),q=J||(e.luts&&e.luts[B]?ve(e.luts[B]):Ht(B));q&&(g("_lut",J||Io(q)),g("cmap",T))}l&&l.kind==="binary"&&m&&(t.threshold=Re(t.threshold,m.lo,m.hi),A=ct(l,t.threshold),t._matrix=E(),t._binary=Vt(m,A,t.threshold),t._metrics=yt(A,n,l,t.threshold)),b&&b!=="index"&&(t.selected!=null||t.selected_group!=null)&&j(0);let te=new Set;function ue(){let k=De(t._matrix),T=Me(k.counts,k.k,"true",k.cols,k.totals),B=(t.display_labels||[]).map(String),X=B.slice();k.cols===n+1&&X.push(Sn);let J=[];for(let q=0;q<k.k;q++)for(let ee=0;ee<k.cols;ee++)J.push([B[q],X[ee],k.counts[q*k.cols+ee],T[q*k.cols+ee]]);return Kt(["true","predicted","count","share"],J)}function G(){let k=["index","true","predicted"],T=!!(l&&l.kind==="binary");if(T&&k.push("score"),!l||t.selected==null)return Kt(k,[]);let B=at(t.selected,n,y?n+1:n),X=new Uint8Array(n*n);for(let[me,ye]of kn(B,n,y?n+1:n))ye<n&&(X[me*n+ye]=1);let J=xn(l,X,t.threshold),q=Ut(l,J),ee=(t.display_labels||[]).map(String),xe=T?Re(t.threshold):0,ge=J.map((me,ye)=>{if(!T)return[q[ye],ee[Math.floor(l.cells[me]/n)],ee[l.cells[me]%n]];let be=l.posIndex;return[q[ye],ee[l.positive[me]?be:1-be],ee[l.scores[me]>=xe?be:1-be],l.scores[me]]});return Kt(k,ge)}let H={cells:["confusion_matrix.csv",ue],selection:["selection.csv",G]},se=t._intervals&&t._intervals.level?t._intervals:null,ae=Float64Array.from(A);function oe(k){return se?t.slice===i&&k.length===ae.length&&k.every((B,X)=>B===ae[X])?se:{stale:!0,level:se.level,z:se.z}:t._intervals}let ke={_curves:t._curves,_calibration:t._calibration,_costs:t._costs,_issues:t._issues},Be=t._notes||[];return{receive(k){return te.add(k),()=>te.delete(k)},get:k=>t[k],on(k,T){return c.has(k)||c.set(k,new Set),c.get(k).add(T),()=>c.get(k).delete(T)},set(k,T){if(k==="threshold")return V(T);if(k==="slice")return U(T);if(k==="cmap")return L(T);if(k==="normalize"){g(k,T??null),(t.selected!=null||t.selected_group!=null)&&j(t._selection?.offset||0);return}if(k==="display_labels"){if(!Array.isArray(T)||T.length!==n)return;g(k,T.map(String)),t.selected!=null&&j(t._selection?.offset||0);return}if(k==="selected")return z(k,T,n,y?n+1:n);if(k==="selected_group")return z(k,T,_.length);if(k==="order")return O(T);if(k==="errors_only")return g(k,T===!0);if(k==="cmap_scale")return T==="log"||T==="linear"?g(k,T):void 0;if(k==="show_totals")return typeof T=="boolean"?g(k,T):void 0;if(k==="top_classes")return T===null||T>=1&&T<=n&&Number.isInteger(T)&&t.level!=="groups"&&!t._matrix.totals?g(k,T):void 0;if(k==="level"){(T==="classes"||T==="groups"&&_.length&&t.top_classes==null)&&g(k,T);return}},send(k){if(k&&k.type==="download"&&H[k.what]){let[T,B]=H[k.what],X={type:"download",what:k.what,name:T,text:B()};queueMicrotask(()=>{for(let J of[...te])J(X)});return}k&&k.type==="page"&&(t.selected!=null||t.selected_group!=null)&&j(Number(k.offset)||0)}}}var Is="CMW1",Rs="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",Ps=new Map([...Rs].map((e,t)=>[e,t]));function js(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let l=o;l<o+5;l++){let c=l<t.length?Ps.get(t[l]):84;if(c===void 0)throw new Error("not base85 text");i=i*85+c}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function jo(e,t=!1){let n=t?js(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function Bs(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Ds(e){return new TextDecoder().decode(await jo(e))}async function zs(e,t="cmw-pack85"){let n=await jo(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==Is)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let l=Object.keys(i);if(l.length===1&&l[0]==="__cmw_bytes__"){let[c,a]=i.__cmw_bytes__;return Bs(o.subarray(c,c+a))}}return i})}async function Bo(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await zs(t,n):JSON.parse(n==="gzip"?await Ds(t):t)}var Us=new Set(["button","input","select","textarea","summary","canvas"]);function Do(e){let t=(o,s,i)=>{let l=e.createElement(o);return s&&(l.className=s),i!=null&&(l.textContent=i),Us.has(o)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function D(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Vs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ws(e){let t=we(e),n=Math.floor(t.byteLength/4);if(Vs)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function zo(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Oe(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Oe(e.curve.t),i=Ws(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function Uo(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),l=(d,m)=>m<n?e[d*n+m]:t[d],c=[],a=0,u=0;for(let d=0;d<n;d++){let m=0;for(let w=0;w<i;w++)m+=l(d,w)*r[d*o+w];let b=0;for(let w=0;w<s;w++)b+=l(d,w);c.push({total:m,mean:b!==0?m/b:0}),a+=m,u+=b}return{total:a,mean:u?a/u:0,perClass:c}}var Gs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function _n(e,t){let n=we(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Gs)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?l=>o.getFloat32(4*l,!0):l=>o.getFloat64(8*l,!0);for(let l=0;l<r;l++)s[l]=i(l);return s}function Vo(e){if(!e||typeof e!="object")return null;let t=_n(e.x,Float32Array),n=_n(e.y,Float32Array),r=_n(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Mn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Wo(e){if(!e||typeof e!="object")return null;let t=Vo(e.roc),n=Vo(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Mn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Mn(e.auc),ap:Mn(e.ap),targets:r,undefinedBecause:s}}function Go(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,c=i*i+l*l;c<o&&(o=c,r=s)}return r}function Ko(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Ks={uint16:2,uint32:4};function Tn(e,t){let n=Ks[t];if(!n)return null;let r=we(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Ho(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Xo=e=>Array.from({length:e},(t,n)=>n);function Yo(e,t,n){let r=e&&e.dtype,o=e?Tn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Tn(e.groups,r):null;return{classes:Ho(o,t)?o:Xo(t),groups:n?Ho(i,s)?i:Xo(s):null}}function qo(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Tn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var Cn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,vt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Zo(e,t){let n=vt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=we(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let c=new DataView(r.buffer,r.byteOffset,r.byteLength),a=(u,d)=>{let m=c.getFloat64(8*(6*u+d),!0);return Number.isFinite(m)?m:null};for(let u=0;u<o;u++)s.push({precision:[a(u,0),a(u,1)],recall:[a(u,2),a(u,3)],f1:[a(u,4),a(u,5)]})}let i={};for(let[c,a]of Object.entries(vt(n.summary)))i[c]=Array.isArray(a)?Cn(a):Object.fromEntries(Object.entries(vt(a)).map(([u,d])=>[u,Cn(d)]));let l=n.binary?Object.fromEntries(Object.entries(vt(n.binary)).map(([c,a])=>[c,Cn(a)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:vt(n.methods)}}function Hs(e,t){let n=ne(e);return!t||t[0]===null||t[1]===null?n:`${n} (${ne(t[0])}-${ne(t[1])})`}var dt=e=>`${Number((100*e).toFixed(2))}%`;function Xt(e,t,n,r,o,s){if(t.textContent=Hs(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${dt(o)} interval ${ne(r[0])} to ${ne(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=d=>Math.min(Math.max(d,0),1)*100,c=e.h("span","cmw-whisker");c.setAttribute("aria-hidden","true");let a=e.h("span","cmw-whisker-bar");a.style.left=`${l(r[0])}%`,a.style.width=`${Math.max(l(r[1])-l(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,c.append(a,u),t.append(c)}function Jo(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${dt(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Qo(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,l=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Lo(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||o.length===n&&l<=o[n-1][0])continue;let c=o.length;for(;c>0&&o[c-1][0]<l;)c--;o.splice(c,0,[l,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let l=Math.floor(i/t),c=r?r[l]:le(e,l*t,t);return[l,i-l*t,s,c===0?0:s/c]})}var $n={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function er(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys($n),r=null,o=0;if(t.counts!=null){let s=we(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let l=new DataView(s.buffer);r=new Uint32Array(i);for(let c=0;c<i;c++)r[c]=l.getUint32(4*c,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function tr(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function nr(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var En=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},or=e=>Array.isArray(e)?e:[],Yt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Xs(e,t){let n=En(e),r=or(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=En(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let l=De({...s,k:1,cols:o*t*i}),c=r.map((m,b)=>l.counts.subarray(b*t*i,(b+1)*t*i)),a=m=>r.map((b,w)=>Yt(or(n[m])[w])),u=En(n.most_different),d=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<o?{slice:u.slice,value:Yt(u.value),rest:Yt(u.rest),difference:Yt(u.difference)}:null;return{names:r,k:t,cols:i,counts:c,samples:a("samples"),accuracy:a("accuracy"),balancedAccuracy:a("balanced_accuracy"),macroF1:a("macro_f1"),mostDifferent:d,fixed:n.fixed===!0}}function Ys(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>Me(i,n,t,r)),s=o.reduce((i,l)=>Math.max(i,Ze(l)),0);return{values:o,vmax:s,colors:o.map(i=>ze(i,0,s))}}function qs(e){return typeof e=="string"?e:null}var rr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>Xs(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>qs(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>Ys(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>it(t("_lut"))||Ot()}};var sr=256;function kt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function ir(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(sr-2)*(Math.log(i/t)/o))/(sr-1):1)}return r}function Le(e,t,n,r){return n==="log"?ze(ir(e,r,t),0,1):ze(e,0,t)}function qt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>ir([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([o(l),r(l)])}return t>e&&s.push([1,r(t)]),s}function Zt(e,t,n=t,r=null){if(r)return{rows:Float64Array.from(r.rows),cols:Float64Array.from(r.cols),all:Number(r.all)};let o=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){o[i]=le(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:o,cols:s,all:t*n?le(e,0,t*n):0}}function lr(e,t,n){let r=(l,c)=>{if(c.length===1)return l[c[0]];let a=0;for(let u of c)a+=l[u];return a},o=Float64Array.from(t,l=>r(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,c)=>{i[c]=r(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:o,cols:i,all:e.all}}var Zs=new Set(["normalize","cmap","threshold","display_labels","selected",...ho,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),Js=10,Jt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},cr=e=>Array.isArray(e)?e:[],Qt={matrix:{raw:["_matrix"],make:(e,t)=>De(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>qe(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>wn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Me(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>qe(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?co(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Ze(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Le(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?uo(e("values"),e("k")):Le(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>kt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||it(t("_lut"))||Ot()},lutText:{uses:["lut"],make:e=>Rt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:io(t("values_format"),e("normalize"),pn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>pn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?po(e("values"),e("countDigits")):e("cmapScale")==="log"?qt(e("logLo"),e("vmax"),e("normalize")):Pt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>lo(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Zo(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>dr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Jt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>at(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Jt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:cr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>cr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>er(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>tr(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Wo(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=zo(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Uo(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Jt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Jt(t("_table"));if(!n.engine)return null;let r=Oe(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...fo,...rr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Yo(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>qo(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?wn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Lo(e("counts"),e("k"),Js,Qs(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Zt(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},At={},ar=e=>{if(!At[e]){let t=Qt[e];At[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(ar)])]}return At[e]};for(let e of Object.keys(Qt))ar(e);function Qs(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>le(r,i*n,n)+o[i])}function ur(e){let t=new Map,n=c=>{if(!Qt[c])throw new Error(`unknown state key ${c}`);return Qt[c]},r=c=>{let a=n(c),u=At[c].map(b=>e.get(b)),d=t.get(c);if(d&&d.raws.every((b,w)=>b===u[w]))return d.value;let m=a.make(r,b=>e.get(b));return t.set(c,{raws:u,value:m}),m};return{get:r,on:(c,a)=>{n(c);let u=At[c].map(d=>e.on(d,a));return()=>u.forEach(d=>d())},set:(c,a)=>{if(!Zs.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c),receive:c=>e.receive?e.receive(c):()=>{}}}function K(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(l=>e.on(l,s));return r&&r.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var Ls="http://www.w3.org/2000/svg",Pe=180,mt=28,Nn=180,Lt=44,ei=12,mr=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function dr(e,t){let n=mr(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=mr(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Oe(r.counts);return{kind:n.kind,x:Oe(n.x),y:Oe(n.y),n:Oe(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function pr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${ne(e.eceLow)}-${ne(e.eceHigh)}), ${dt(e.level)} interval`:"";return`ECE ${ne(e.ece)}${t}`}function Te(e,t,n,r){let o=e.createElementNS(Ls,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function fr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),l=o("div","cmw-calibration-title"),c=o("div","cmw-calibration-plots");i.append(l,c);let a=[];function u(){let g=e.get("calibration");if(!g||!g.hist)return null;let S=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return S==null||!Number.isFinite(S)?null:S}function d(){let g=e.get("calibration"),S=u();for(let A of a){if(S===null||!g||!g.hist){A.setAttribute("visibility","hidden");continue}let{lo:y,hi:E}=g.hist,f=(Math.min(Math.max(S,y),E)-y)/(E-y||1)*Nn;A.setAttribute("x1",String(f)),A.setAttribute("x2",String(f)),A.setAttribute("visibility","visible"),A.dataset.at=String(S)}}function m(g){let S=Te(s,"svg",{width:Pe+mt+8,height:Pe+mt+8,role:"img"},"cmw-reliability");S.setAttribute("aria-label",`reliability diagram, ${pr(g)}`);let A=v=>mt+v*Pe,y=v=>4+(1-v)*Pe;S.append(Te(s,"rect",{x:mt,y:4,width:Pe,height:Pe},"cmw-plot-frame"),Te(s,"line",{x1:A(0),y1:y(0),x2:A(1),y2:y(1)},"cmw-diagonal"));let E=Te(s,"text",{x:mt+Pe/2,y:Pe+mt+2,"text-anchor":"middle"},"cmw-axis-label");E.textContent="mean predicted probability";let f=Te(s,"text",{x:10,y:4+Pe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Pe/2})`},"cmw-axis-label");f.textContent="observed frequency",S.append(E,f);let h=Array.from(g.x,(v,p)=>`${A(v)},${y(g.y[p])}`).join(" ");return S.append(Te(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((v,p)=>{let _=Te(s,"circle",{cx:A(v),cy:y(g.y[p]),r:3},"cmw-reliability-point"),x=Te(s,"title",{});x.textContent=`predicted ${ne(v)}, observed ${ne(g.y[p])}, ${Math.round(g.n[p]*100)/100} samples`,_.append(x),S.append(_)}),S}function b(g,S){let A=o("div","cmw-histograms"),{bins:y,counts:E}=g.hist,f=S.length,h=Math.min(f,ei),v=0;for(let _=0;_<h*y;_++)v=Math.max(v,E[_]);let p=g.kind==="binary"?`score of ${S[1]??"positive"}`:"top score";A.append(o("div","cmw-histograms-title",`${p} by true class`)),a=[];for(let _=0;_<h;_++){let x=o("div","cmw-histogram-row"),F=o("span","cmw-histogram-name",S[_]);F.title=S[_];let R=Te(s,"svg",{width:Nn,height:Lt},"cmw-histogram"),P=Nn/y;for(let j=0;j<y;j++){let O=E[_*y+j];if(!(O>0))continue;let z=v>0?O/v*(Lt-2):0;R.append(Te(s,"rect",{x:j*P,y:Lt-z,width:Math.max(P-1,1),height:z},"cmw-histogram-bar"))}let W=Te(s,"line",{x1:0,x2:0,y1:0,y2:Lt},"cmw-threshold-line");a.push(W),R.append(W),x.append(F,R),A.append(x)}return f>h&&A.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),A}function w(){let g=e.get("calibration");if(i.hidden=!g,a=[],!g)return;if(g.note){l.textContent=g.note,c.replaceChildren();return}let S=g.kind==="binary"?"":" (top label)";l.textContent=`Calibration${S}: ${pr(g)}, ${g.nBins} ${g.strategy} bins`;let A=[m(g)];g.hist&&A.push(b(g,e.get("labels"))),c.replaceChildren(...A),d()}return K(e,["calibration","labels"],w,r.signal),K(e,["threshold","abstainAt"],d,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var Fn=e=>`${(100*e).toFixed(1)}%`;function ti(e,t,n,r,o,s){let i=(a,u)=>u===n?t?t[a]:0:e[a*n+u],l=t?n+1:n,c=0;for(let a=0;a<n;a++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===o:a===r))&&(c+=i(a,u));return{count:i(r,o),den:c}}function hr({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),c=e.get("k"),a=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(o.hidden=!a,!a){o.textContent="";return}let u=e.get("countParts"),d=e.get("cols")===c+1?u.rest:null,m=e.get("normalize")==null?"true":e.get("normalize"),{count:b,den:w}=ti(u.square,d,c,l[0],l[1],m),g=Qo(b,w,i.z),S=m==="all"?"the whole":m==="pred"?"its predicted column":"its true row";o.textContent=g?`Share of ${S}: ${Fn(b/w)}, ${dt(i.level)} interval ${Fn(g[0])}-${Fn(g[1])} (Wilson).`:`Share of ${S}: no samples, no interval.`,o.dataset.low=g?String(g[0]):"",o.dataset.high=g?String(g[1]):""}return K(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var ni=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function oi(e,t){return`From ${e.name} to ${t}: ${ni(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ri(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function wr({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(c,a,u,d,m,b,w){let g=o("div",c);if(g.append(o("div","cmw-moves-title",`${a} (${u})`)),!d.length)return g.append(o("span","cmw-hint","none")),g;let S=o("div","cmw-moves-list");return d.forEach((A,y)=>{let E=o("span","cmw-move"),f=m[y];E.append(o("span","cmw-idx",`sample ${A}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${b}`)),S.append(E)}),g.append(S),u>d.length&&g.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),g}function l(){let c=e.get("compareState");if(s.hidden=!c,s.replaceChildren(),!c)return;let a=e.get("run"),u=o("p","cmw-compare-summary",oi(c,a));u.title=ri(c,a),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let m=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,m[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,m[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${c.name}.`)),s.append(b,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,c.name,m),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,a,m))}return K(e,["compareState","moves","run","labels"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function gr({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),c=s("div","cmw-seg");c.setAttribute("role","group"),c.setAttribute("aria-label","Normalisation");let a=go.map(A=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",A.label),y.append(s("span","cmw-long",A.label),s("span","cmw-short",A.short)),y.dataset.value=A.value===null?"":A.value,c.append(y),y}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let A of wo)d.append(t.option(A));u.append(s("span","cmw-field-name","Colormap"),d);let m=t.option("cmw:compare"),b=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",b.append(w,s("span",null,"reverse")),l.append(c,u,b,...r);function g(){let A=e.get("normalize");for(let h of a){let v=(h.dataset.value||null)===A;h.classList.toggle("cmw-active",v),h.setAttribute("aria-pressed",String(v))}let y=e.get("compareState");if(d.disabled=!!y,w.disabled=!!y,y){m.textContent=`${y.cmap} (better / worse)`,m.parentNode||d.append(m),d.value=m.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}m.remove(),d.removeAttribute("title");let{base:E,reversed:f}=bo(e.get("cmap"));[...d.options].some(h=>h.value===E)||d.append(t.option(E)),d.value=E,w.checked=f}let S=()=>e.set("cmap",xo(d.value,w.checked));return D(c,"click",A=>{let y=A.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),D(d,"change",S,o.signal),D(w,"change",S,o.signal),K(e,["normalize","cmap","compareState"],g,o.signal),g(),{el:l,update:g,destroy:()=>{o.abort(),l.remove()}}}var br={width:240,height:130,pad:34},si="http://www.w3.org/2000/svg";function et(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):ne(e):"–"}function ii(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${et(r.mean)}`).join(", ");return`Expected cost ${et(e.mean)} per sample (${et(e.total)} in total); per true class: ${n}.`}function li(e,t,n,r,o){let{width:s,height:i,pad:l}=o,c=d=>l+(d-t)/(n>t?n-t:1)*(s-2*l),a=d=>i-l+4-(r>0?d/r:0)*(i-l-12),u=new Array(e.n);for(let d=0;d<e.n;d++)u[d]=`${c(e.t[d]).toFixed(1)},${a(e.y[d]).toFixed(1)}`;return{points:u.join(" "),xs:c,ys:a}}function xr({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=ii(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return K(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function yr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=(F,R={})=>{let P=s.createElementNS(si,F);for(let[W,j]of Object.entries(R))P.setAttribute(W,String(j));return P},l=o("figure","cmw-curve cmw-cost");l.hidden=!0;let c=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:a,height:u,pad:d}=br,m=i("svg",{width:a,height:u,viewBox:`0 0 ${a} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});m.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),S=i("title");g.append(S);let A=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),y=i("text",{x:a/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent="threshold";let E=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});E.textContent="cost";let f=i("text",{x:d-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});m.append(i("rect",{x:d,y:8,width:a-2*d,height:u-d-4,class:"cmw-curve-frame"}),b,w,g,A,y,E,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),v=o("p","cmw-cost-readout");l.append(c,m,h,v);let p=null,_=null;D(h,"click",()=>{let F=e.get("costs"),R=e.get("binary");F&&F.least&&R&&e.set("threshold",re(F.least.threshold,R.lo,R.hi))},r.signal);function x(){let F=e.get("costs"),R=e.get("binary");if(l.hidden=!(F&&F.curve&&F.least&&R),l.hidden)return;if(_!==F||!p||p.lo!==R.lo||p.hi!==R.hi){let O=0;for(let U=0;U<F.curve.n;U++)O=Math.max(O,F.curve.y[U]);let z=li(F.curve,R.lo,R.hi,O,br);b.setAttribute("points",z.points),p={...z,lo:R.lo,hi:R.hi},f.textContent=et(O);let V=re(F.least.threshold,R.lo,R.hi);g.setAttribute("cx",p.xs(V).toFixed(1)),g.setAttribute("cy",p.ys(F.least.mean).toFixed(1)),S.textContent=`least cost ${et(F.least.mean)} at threshold ${V}`,Object.assign(l.dataset,{leastThreshold:String(F.least.threshold),leastMean:String(F.least.mean)}),_=F}let P=p.xs(re(R.threshold,R.lo,R.hi)).toFixed(1);for(let[O,z]of Object.entries({x1:P,x2:P,y1:8,y2:u-d+4}))w.setAttribute(O,String(z));let W=e.get("expectedCost"),j=W?W.mean:NaN;A.setAttribute("visibility",Number.isFinite(j)?"visible":"hidden"),Number.isFinite(j)&&(A.setAttribute("cx",P),A.setAttribute("cy",p.ys(j).toFixed(1))),h.disabled=Math.abs(j-F.least.mean)<=1e-12*Math.max(1,Math.abs(F.least.mean)),v.textContent=`Now ${et(j)} per sample; least ${et(F.least.mean)} at threshold ${ne(re(F.least.threshold,R.lo,R.hi))}.`,l.dataset.mean=String(j)}return K(e,["costs","binary","expectedCost"],x,r.signal),x(),{el:l,update:x,destroy:()=>{r.abort(),l.remove()}}}var en=64,In=800,vr=120,tn=6,ci=6,pt=2,ai=14,Rn=140,ie=8,Ue=20,Pn=15,je=6,jn=16,tt=14,_t=6,On=8,St=6,Bn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function nt(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||en,l=n.maxGrid||In,c=ie+Ue+r+je,a=ie,u=e>0&&n.extra?1:0,d=e>0&&n.totals?n.totals:null,m=!!(d&&n.outside),b=d?St+d.w*(m?2:1):0,w=Math.min(l,Math.max(vr,t-c-s-ie-u*_t-b)),g=n.view||Ve(e),S=e>0?g.v:0,A=S>0?Math.min(i,w/(S+u)):0;u&&A<On&&(A=Math.min(i,(w-On)/S)),A>=tn&&(A=Math.floor(A));let y=A*S,E=c+y+_t,f=u?Math.max(A,On):0,h=(u?E+f:c+y)+St,v=a+y+St,p=m?h+d.w:h,_=d?p+d.w:u?E+f:c+y,x=d?St+d.h*(m?2:1):0;return{k:e,v:S,r0:g.r0,c0:g.c0,room:w,cell:A,x0:c,y0:a,grid:y,extra:u,xExtra:E,xw:f,right:_,tot:d,out:m,xOut:h,yOut:v,xTot:p,yTot:m?v+d.h:v,below:x,width:Math.ceil(_+s+ie),height:Math.ceil(a+y+x+je+o+Ue+ie+(Math.max(1,n.xTitleLines||1)-1)*Pn)}}function kr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=tn&&(r=Math.floor(r)),Math.max(vr,r*(n+e.extra))}function nn(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,c=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[c,n.k]:r>=0&&r<n.grid?[c,l+Math.min(s,Math.floor(r/n.cell))]:null}function Ve(e){return{r0:0,c0:0,v:Math.max(0,e)}}function Ar(e,t){return e*ci>t}function Sr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/en)))}function Ce(e,t,n=1){if(!(t>0))return Ve(0);let r=e||Ve(t),o=re(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=re(Math.round(Number(r.r0)||0),0,t-o),i=re(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function _r(e,t,n,r,o=1){let s=Ce(e,r,o);if(!(t>0)||!(r>0))return s;let i=re(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[l,c]=n||[s.r0+s.v/2,s.c0+s.v/2],a=(u,d)=>d-(d-u)*i/s.v;return Ce({r0:a(s.r0,l),c0:a(s.c0,c),v:i},r,o)}function Mr(e,t,n,r,o=1){let s=Ce(e,r,o);return Ce({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Mt(e,t,n,r=1){let o=Ce(e,n,r);if(!t)return o;let s=(i,l)=>l<i?l:l>=i+o.v?l-o.v+1:i;return Ce({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function Tr(e,t,n,r,o=1){let s=Ce(e,n,o),i=Math.min(s.v,Math.max(r,o));return Ce({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function Cr(e,t,n){let r=n.v??n.k,o=(s,i,l)=>l+re((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function $r(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**re(-n/200,-1,1)}function on(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Er(e,t,n=ai){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function Tt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Dn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,c=Math.floor((s+i-1)/n)*n;if(c<l)return-1;let a=re(Math.round((s+e/t-.5)/n)*n,l,c);return Math.abs((a-s+.5)*t-e)<=Math.max(t/2,o)?a:-1}function Ct(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Nr(e,t,n,r=1,o=n){if(n<=0||!Bn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[re(s,0,n-1),re(i,0,o-1)]}var fe=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,pe=(e,t)=>e.y0+(t-e.r0)*e.cell,$e=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ft=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Fr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=o("div","cmw-labels-panel");l.hidden=!0;let c=null,a=null;function u(){let w=e.get("labels");a=w;let g=o("div","cmw-labels-list");c=w.map((A,y)=>{let E=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=xt(A),f.dataset.index=String(y),E.append(o("span","cmw-label-idx",String(y)),f),g.append(E),f});let S=o("div","cmw-labels-actions");S.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(g,S),l.hidden=!1,i.setAttribute("aria-expanded","true"),c.length&&c[0].focus()}function d(w=!1){c=null,a=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function m(){let w=a,g=e.get("labels"),S=c.map((A,y)=>A.value!==xt(w[y])?gn(A.value,w[y]):g[y]);d(!0),S.length===g.length&&S.some((A,y)=>A!==g[y])&&e.set("display_labels",S)}function b(){c&&c.length!==e.get("k")&&d()}return D(i,"click",()=>c?d():u(),r.signal),D(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),m()):w.key==="Escape"&&(w.preventDefault(),d(!0))},r.signal),D(l,"click",w=>{w.target.closest(".cmw-save")?m():w.target.closest(".cmw-cancel")&&d(!0)},r.signal),K(e,["labels","k"],b,r.signal),{el:l,button:i,update:b,open:u,close:d,isOpen:()=>c!==null,destroy:()=>{r.abort(),l.remove(),i.remove()}}}function Or({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=xt(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,c=!1,a=(u,d=!1)=>{if(c)return;c=!0,l.abort();let m=gn(i.value,r);i.remove(),s(u&&m!==r?m:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),a(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>a(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:a}}var ui=12;function di(e,t,n,r=ui){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(l,c)=>c==null||c<l||c>=l+o.v?l:Math.max(l,Math.min(c-Math.floor(s/2),l+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Ir({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(c,a={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=ce(a.counts[c],e.get("countDigits"));return u.kind==="percent"?`${d} (${Je(a.values[c],u)})`:d}function l(){let c=e.get("k"),a=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),m=di(s,c,u&&u[1]<c?u:u&&[u[0],null]),b=r("table"),w=r("caption",null,`Confusion matrix, rows ${m.rows+1}-${m.rows+m.side} and columns ${m.cols+1}-${m.cols+m.side} of ${c}: rows are the true label, columns the predicted label.`),g=r("tr");g.append(r("td"));for(let y=m.cols;y<m.cols+m.side;y++){let E=r("th",null,`Predicted ${a[y]}`);E.scope="col",g.append(E)}if(d){let y=r("th",null,"Abstained");y.scope="col",g.append(y)}let S=r("tbody");for(let y=m.rows;y<m.rows+m.side;y++){let E=r("tr"),f=r("th",null,`True ${a[y]}`);f.scope="row",E.append(f);let h=(v,p)=>{let _=r("td",null,p);u&&u[0]===y&&u[1]===v&&(_.dataset.selected="true",_.textContent=`${_.textContent}, selected`),E.append(_)};for(let v=m.cols;v<m.cols+m.side;v++)h(v,i(y*c+v));d&&h(c,i(y,d)),S.append(E)}let A=r("thead");A.append(g),b.append(w,A,S),o.replaceChildren(b)}return K(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:o,update:l,setView(c){s&&c&&s.r0===c.r0&&s.c0===c.c0&&s.v===c.v||(s=c,l())},destroy:()=>o.remove()}}function mi(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Rr(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=mi(t,n),s=c=>c===n?r?t.length:-1:o[c];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[c,a]of e.cells){let u=o[c],d=s(a),m=`${u},${d}`;u<0||d<0||i.has(m)||(i.add(m),l.push([u,d]))}return{rows:[],cols:[],cells:l,errors:!1}}function Pr(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&r?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),c=i(e.add[1]);return l>=0&&c>=0?$o(o,[l,c]):void 0}}var jr="(other)";function Br(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(r=>r.members).sort((r,o)=>r-o);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var Dr=e=>e.length>0&&e[e.length-1].kind==="other";function zr(e,t){return Float64Array.from(t,n=>{let r=0;for(let o of n.members)r+=e[o];return r})}function Ur(e,t,n,r){if(!n)return{square:Me(e,t,r),rest:null};let o=t+1,s=new Float64Array(t*o);for(let l=0;l<t;l++){for(let c=0;c<t;c++)s[l*o+c]=e[l*t+c];s[l*o+t]=n[l]}let i=qe(Me(s,t,r,o),t,o);return{square:i.square,rest:i.rest}}function Vr(e,t,n,r,o){let s=e[t],i=n===e.length&&o?[r]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let l=[];for(let c of s.members)for(let a of i)l.push([c,a]);return Gt(l)}function pi(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Wr(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let c=t&&t.groups&&t.groups.length===i?t.groups:Wr(i),a=[];for(let u of c)if(o.has(u))for(let d of l[u])a.push({kind:"class",index:d,members:[d]});else a.push({kind:"group",index:u,members:l[u]});return a}function Wr(e){return Array.from({length:e},(t,n)=>n)}function fi(e){return e.every(t=>t.kind==="class")}function zn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let l=0;l<r;l++)o[s*r+l]=e[i+n[l]]}return o}function hi(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let c of i.members)o[c]=l});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let l=o[i];if(!(l<0))for(let c=0;c<t;c++){let a=o[c];a>=0&&(s[l*r+a]+=e[i*t+c])}}return s}function Gr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function wi(e,t,n=null,r="linear"){let o=0,s=1/0,i=c=>{c>o&&(o=c),c>0&&c<s&&(s=c)};for(let c=0;c<t;c++)for(let a=0;a<t;a++)c!==a&&i(e[c*t+a]);if(n)for(let c of n)i(c);s=Number.isFinite(s)?s:0;let l=Le(e,o,r,s);for(let c=0;c<t;c++)l[c*t+c]=0;return{colors:l,vmax:o,lo:s}}var Kr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),gi=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function Hr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=f=>e.get(f),s=(f,h,v)=>{let p=r.get(f);if(p&&p.deps.length===h.length&&p.deps.every((x,F)=>x===h[F]))return p.value;let _=v();return r.set(f,{deps:h,value:_}),_},i=()=>!!o("compareState"),l=()=>i()?"classes":o("level"),c=()=>l()==="classes"&&!i()?o("topClasses"):null,a=()=>s("items",[o("k"),o("order"),o("groups"),l(),t.version,c()],()=>Br(pi(o("k"),o("order"),o("groups"),l(),t.expanded),c())),u=()=>Dr(a()),d=()=>s("otherView",[a(),o("abstained"),o("counts"),o("normalize")],()=>{let f=o("abstained"),h=f?zr(f.counts,a()):null;return{extra:h,...Ur(g("counts"),a().length,h,o("normalize"))}}),m=()=>s("perm",[a()],()=>fi(a())?a().map(f=>f.index):null),b=()=>{let f=m();return f!==null&&f.every((h,v)=>h===v)},w={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let f=o("labels"),h=o("groups");return a().map(v=>v.kind==="class"?f[v.index]:v.kind==="other"?jr:`${h.names[v.index]} (${v.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(b())return o("counts");let f=m();return f?zn(o("counts"),o("k"),f):hi(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(b())return o("values");let f=m();return f?o("values")===o("counts")?g("counts"):zn(o("values"),o("k"),f):u()?d().square:Me(g("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let f=o("abstained"),h=m();return f&&u()?{counts:d().extra,values:d().rest}:!f||h===null?null:b()?f:{counts:Gr(f.counts,h),values:Gr(f.values,h)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.colorsAndMax()],()=>{let f=w.abstainedRows();if(!f)return null;let h=w.colorsAndMax().lo;return f===o("abstained")&&w.vmax()===o("vmax")&&h==null?f:{counts:f.counts,values:f.values,colors:h!=null?Le(f.values,w.vmax(),o("cmapScale"),h):ze(f.values,0,w.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),o("cmapScale"),i(),w.abstainedRows()],()=>{let f=a().length;if(o("errorsOnly")&&!i()){let F=w.abstainedRows();return wi(g("values"),f,F&&F.values,o("cmapScale"))}if(b())return{colors:o("colors"),vmax:o("vmax")};let h=m();if(h)return{colors:zn(o("colors"),o("k"),h),vmax:o("vmax")};let v=g("values"),p=w.abstainedRows(),_=Math.max(Ze(v),p?Ze(p.values):-1/0),x=kt(v,p&&p.values);return{colors:Le(v,_,o("cmapScale"),x),vmax:_,lo:x}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.colorsAndMax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>{let f=w.colorsAndMax().lo;return w.vmax()===o("vmax")&&f==null?o("colorbar"):o("cmapScale")==="log"?qt(f??kt(g("values")),w.vmax(),o("normalize")):Pt(w.vmax(),o("normalize"))}),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),w.abstainedRows()],()=>{let f=a(),h=o("selected"),v=o("selectedGroup"),p=(F,R)=>f.findIndex(P=>P.kind===F&&P.index===R||F==="class"&&P.kind==="other"&&P.members.includes(R)),_=F=>F===o("k")&&w.abstainedRows()?f.length:p("class",F),x=h?[p("class",h[0]),_(h[1])]:v?[p("group",v[0]),p("group",v[1])]:null;return x&&x[0]>=0&&x[1]>=0?x:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let f=m();return f===null?null:nr(o("issues"),o("k"),b()?null:f)}),marks:()=>s("marks",[a(),o("selectionSpec"),w.abstainedRows()],()=>Rr(o("selectionSpec"),a(),o("k"),!!w.abstainedRows())),totals:()=>s("totals",[a(),o("totals"),o("counts")],()=>{let f=o("totals");if(b())return f;if(m()!==null||u())return lr(f,a(),o("k"));if(o("multilabel"))return null;let h=a().length;return Zt(g("counts"),h,h)}),focus:()=>s("focus",[a(),t.version],()=>{let f=t.focus;if(f===null)return null;let h=_=>a().findIndex(x=>x.members.includes(_)),v=h(f.row),p=h(f.col);return v>=0&&p>=0?{r:v,c:p,outline:f.outline}:null})};function g(f){return Kr.has(f)?w[f]():e.get(f)}function S(f,h){if(!Kr.has(f))return e.on(f,h);let v=gi.map(_=>e.on(_,h)),p=()=>h();return n.add(p),()=>{v.forEach(_=>_()),n.delete(p)}}function A(f,h){let v=a();if(f==="selected"){if(h==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(h)){let x=Pr(h,v,o("k"),!!w.abstainedRows(),o("selectionSpec"));x!==void 0&&e.set("selected",x);return}let p=v[h[0]],_=v[h[1]];if(p&&p.kind==="other"||_&&_.kind==="other"){let x=Vr(v,h[0],h[1],o("k"),!!w.abstainedRows());x!==void 0&&e.set("selected",x);return}if(p&&p.kind==="class"&&h[1]===v.length&&w.abstainedRows()){e.set("selected",[p.index,o("k")]);return}if(!p||!_)return;p.kind==="class"&&_.kind==="class"?e.set("selected",[p.index,_.index]):p.kind==="group"&&_.kind==="group"&&e.set("selected_group",[p.index,_.index]);return}if(f==="display_labels"){let p=o("labels").slice();h.forEach((_,x)=>{v[x]&&v[x].kind==="class"&&(p[v[x].index]=_)}),e.set("display_labels",p);return}e.set(f,h)}function y(){t.version+=1;for(let f of[...n])f()}return{get:g,on:S,set:A,send:f=>e.send(f),local:{expand(f,h){h?t.expanded.add(f):t.expanded.delete(f),y()},expanded:()=>new Set(t.expanded),focus(f,h,v=!1){t.focus=f==null?null:{row:f,col:h,outline:v},y()}}}}var Xr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],bi=8,xi=12,yi=20;function vi(e,t,n=bi){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,l)=>{let a=String(i).toLowerCase().indexOf(r);a===0?o.push(l):a>0&&s.push(l)}),o.concat(s).slice(0,n)}function ki(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Ai(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Yr({state:e,display:t,dom:n,signal:r}){let o=Y(r),s=(G,H,se)=>D(G,H,se,o.signal),{h:i,button:l,option:c}=n,a=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let m=i("select","cmw-order-select");m.title="Order of the classes";for(let[G,H]of Xr)m.append(c(G,H));let b=c("list","Custom (from Python)");b.disabled=!0,m.append(b),d.append(m);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let S=i("label","cmw-level-label","Show "),A=i("select","cmw-level");A.append(c("classes","Classes"),c("groups","Groups")),S.append(A),u.append(d,w,S);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let v=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",v),f.append(h);let p=i("ul","cmw-matches");p.id=v,p.setAttribute("role","listbox"),p.setAttribute("aria-label","Matching classes"),p.hidden=!0,E.append(f,p);let _=i("details","cmw-top"),x=i("summary","cmw-top-title","Largest errors"),F=!1;s(x,"click",()=>{F=!0}),x.id=`${v}-top`;let R=i("ol","cmw-top-list");R.setAttribute("aria-labelledby",x.id),_.append(x,R);let P=i("div","cmw-sr");P.setAttribute("aria-live","polite"),P.setAttribute("role","status"),a.append(u,y,E,_,P);let W=G=>{P.textContent=G};s(m,"change",()=>{e.set("order",m.value),W(`Order: ${m.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),W(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(A,"change",()=>{e.set("level",A.value),W(`Showing ${A.value}.`)}),s(y,"change",G=>{let H=G.target.closest("input[data-group]");H&&(t.local.expand(Number(H.dataset.group),H.checked),W(`${H.checked?"Expanded":"Collapsed"} ${H.parentElement.textContent.trim()}.`))});function j(G){let H=e.get("labels");h.value=H[G],O(),t.local.focus(G,G,!0),W(`Found ${H[G]}: its row and column are outlined.`)}function O(){p.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function z(){let G=e.get("labels"),H=vi(G,h.value);p.replaceChildren(...H.map((se,ae)=>{let oe=i("li","cmw-match",G[se]);return oe.id=`${v}-${ae}`,oe.setAttribute("role","option"),oe.dataset.cls=String(se),oe})),p.hidden=H.length===0,h.setAttribute("aria-expanded",String(H.length>0)),h.value.trim()||t.local.focus(null)}function V(G){let H=[...p.children];if(!H.length)return null;let se=H.findIndex(oe=>oe.getAttribute("aria-selected")==="true"),ae=G===0?Math.max(se,0):(se+G+H.length)%H.length;return H.forEach((oe,ke)=>oe.setAttribute("aria-selected",String(ke===ae))),h.setAttribute("aria-activedescendant",H[ae].id),H[ae]}s(h,"input",z),s(h,"keydown",G=>{if(G.key==="ArrowDown"||G.key==="ArrowUp")V(G.key==="ArrowDown"?1:-1),G.preventDefault();else if(G.key==="Enter"){let H=V(0);H&&j(Number(H.dataset.cls)),G.preventDefault()}else G.key==="Escape"&&!p.hidden&&(O(),G.preventDefault())}),s(p,"click",G=>{let H=G.target.closest("li[data-cls]");H&&j(Number(H.dataset.cls))}),s(R,"click",G=>{let H=G.target.closest("button[data-i]");if(!H)return;let[se,ae]=[Number(H.dataset.i),Number(H.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[se,ae]),t.local.focus(se,ae,!1)});function U(){let G=e.get("k");a.hidden=G<=2,E.hidden=G<=xi;let H=e.get("orderChoices");for(let oe of m.options)oe.value!=="list"&&(oe.disabled=H!==null&&!H.includes(oe.value),oe.title=oe.disabled?"Needs a live kernel":"");let se=e.get("orderName");m.value=Xr.some(([oe])=>oe===se)?se:"list",g.checked=e.get("errorsOnly");let ae=e.get("groups");S.hidden=!ae,A.value=e.get("level"),Z(ae),L()}function Z(G){let H=t.local.expanded(),se=!!G&&e.get("level")==="groups";if(y.hidden=!se,!se)return;let ae=G.names.map((oe,ke)=>{let Be=i("label","cmw-expand-item"),k=i("input");return k.type="checkbox",k.dataset.group=String(ke),k.checked=H.has(ke),Be.append(k,n.doc.createTextNode(` ${oe}`)),Be});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...ae)}function L(){let G=e.get("labels"),H=e.get("top");x.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${H.length})`,F||(_.open=e.get("k")>yi),R.replaceChildren(...H.map(se=>{let ae=i("li"),oe=l("cmw-top-item",ki(G,se));return oe.dataset.i=String(se[0]),oe.dataset.j=String(se[1]),ae.append(oe),ae})),_.hidden=H.length===0}let te=e.get("selection");function ue(){let G=e.get("selection");G!==te&&W(Ai(G)),te=G}return K(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],U,o.signal),K(e,["selection"],ue,o.signal),U(),{el:a,update:U,destroy:()=>{o.abort(),a.remove()}}}function qr(e){let t=Hr(e.state),n=Yr({...e,display:t}),r=Ir({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Zr=34;function Jr(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let l=0;l<o;l++){let c=n[i*o+l];if(!c||!ft(t,[i,l]))continue;let a=$e(t,l),u=Math.max(3,Math.min(10,Math.min(a,t.cell)*.3)),d=fe(t,l)+a,m=pe(t,i);e.beginPath(),e.moveTo(d-u,m),e.lineTo(d,m),e.lineTo(d,m+u),e.closePath(),e.fillStyle=r.accent,e.fill(),a>=Zr&&t.cell>=Zr&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(c),d-u-1,m+1)),s+=1}return s}var _e=12,$t="abstained",Un=8,Si=13;function Qr(e){return Array.from({length:256},(t,n)=>Ft(e,n))}function Lr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(oo(n,r,o*o),o,o),0,0),s}function e1(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,pe(t,o),t.xw,t.cell)}function t1(e,t,n,r,o){if(t.cell<tn){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=r[n[i*s+l]],e.fillRect(fe(t,l),pe(t,i),t.cell,t.cell)}function n1(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function o1(e,t,n,r){let o=t.k,s=Math.min(Si,Math.floor(t.cell*.3));if(s<Un||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let a=t.r0;a<t.r0+t.v;a++){let u=pe(t,a)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let m=hn(n.values[a*o+d],n.counts[a*o+d],n.fmt,n.countDigits);l.push([fe(t,d)+t.cell/2,u,m,n.colors[a*o+d]])}if(i){let d=hn(i.values[a],i.counts[a],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,d,i.colors[a]])}}let c=_i(e,l.map(a=>a[2]),t.cell,s,r);if(c){e.textAlign="center",e.textBaseline="middle";for(let[a,u,d,m]of l)e.fillStyle=no(n.lutText,n.lut,m),c.mode==="two"?(e.font=c.font,e.fillText(d.main,a,u-c.px*.5),e.font=c.subFont,e.fillText(d.sub,a,u+c.px*.65)):(e.font=c.font,e.fillText(c.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,a,u))}}function _i(e,t,n,r,o){let s=n-4,i=(c,a)=>{e.font=c;let u=0;for(let d of t)u=Math.max(u,e.measureText(a(d)).width);return u},l=t.length>0&&t[0].sub!=="";for(let c=r;c>=Un;c--){let a=`${c}px ${o.family}`,u=Math.max(Un-1,Math.round(c*.8)),d=`${u}px ${o.family}`;if(!(i(a,b=>b.main)>s))return l?n>=c*2.4+u&&i(d,b=>b.sub)<=s?{mode:"two",px:c,font:a,subFont:d}:i(a,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:c,font:a}:{mode:"main",px:c,font:a}:{mode:"main",px:c,font:a}}return null}function r1(e,t,n,r,o,s,i,l){let c=E=>e.measureText(E).width;e.font=l(_e),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of Tt(t.v,o.step,t.r0)){let f=pe(t,E)+t.cell/2;e.fillText(Ct(n[E],r,c),t.x0-je,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let a=t.y0+t.grid+(t.below||0)+je,u=Tt(t.v,o.step,t.c0).map(E=>[fe(t,E)+t.cell/2,n[E],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,$t,o.extraRotated]);for(let[E,f,h]of u){let v=Ct(f,r,c);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(E,a),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(v,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(v,E,a))}e.stroke(),e.font=l(_e,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],m=t.y0+t.grid+(t.below||0)+je+o.height+Ue/2+2,b=Math.max(...d.map(c)),w=re(t.x0+t.grid/2,ie+b/2,Math.max(ie+b/2,t.width-ie-b/2));d.forEach((E,f)=>e.fillText(E,w,m+f*Pn));let g=Math.max(t.grid,t.height-2*ie),S=String(s.y),A=c(S)<=g?S:Ct(S.split(" (")[0],g,c),y=re(t.y0+t.grid/2,ie+c(A)/2,Math.max(ie,t.height-ie-c(A)/2));e.save(),e.translate(ie+Ue/2,y),e.rotate(-Math.PI/2),e.fillText(A,0,0),e.restore()}function s1(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(jn+tt+6+n+Ue)}function Mi(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,c=Math.round((t+tt)*i)/i-l,a=Math.round(n*i),u=Math.round((n+r)*i)-a,d=b=>Math.min(255,Math.floor((b+.5)/u*256)),m=0;for(let b=1;b<=u;b++)b<u&&d(b)===d(m)||(e.fillStyle=o[d(m)],e.fillRect(l,(a+u-b)/i,c,(b-m)/i),m=b)}function i1(e,t,n,r,o,s,i=""){if(i){e.font=s(_e-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let a=m=>e.measureText(m).width,u=Ct(String(i),Math.max(t.grid,t.height-2*ie),a),d=re(t.y0+t.grid/2,ie+a(u)/2,Math.max(ie,t.height-ie-a(u)/2));e.save(),e.translate(t.width-ie-Ue/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+jn,c=t.grid;Mi(e,l,t.y0,c,r),e.strokeStyle=o.border,e.strokeRect(l-.5,t.y0-.5,tt+1,c+1),e.font=s(_e-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[a,u]of n){let d=t.y0+c*(1-re(Number(a)||0,0,1));e.moveTo(l+tt,Math.round(d)+.5),e.lineTo(l+tt+3,Math.round(d)+.5),e.fillText(String(u),l+tt+5,re(d,t.y0+5,t.y0+c-5))}e.strokeStyle=o.muted,e.stroke()}function l1(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,pe(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(fe(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function c1(e,t,n,r,o){let s=([i,l],c,a,u)=>{if(!ft(t,[i,l]))return;let d=Math.max($e(t,l),8),m=Math.max(t.cell,8),b=fe(t,l)+$e(t,l)/2-d/2,w=pe(t,i)+t.cell/2-m/2;e.setLineDash(a),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(b+u,w+u,d-2*u,m-2*u),e.strokeStyle=c,e.strokeRect(b+u/2,w+u/2,d-u,m-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function a1(e,t,n,r){if(!n)return;let o=2,s=(a,u,d,m)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(a+o,u+o,d-2*o,m-2*o),e.strokeStyle=r.accent,e.strokeRect(a+o/2,u+o/2,d-o,m-o)};e.setLineDash([]);let i=a=>a>=t.r0&&a<t.r0+t.v,l=a=>t.extra&&a>=t.k||a>=t.c0&&a<t.c0+t.v,c=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let a of n.rows||[])i(a)&&s(t.x0,pe(t,a),c-t.x0,Math.max(t.cell,4));for(let a of n.cols||[])l(a)&&s(fe(t,a),t.y0,Math.max($e(t,a),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let a=t.r0;a<t.r0+t.v;a++)a<t.c0||a>=t.c0+t.v||(e.moveTo(fe(t,a),pe(t,a)),e.lineTo(fe(t,a)+t.cell,pe(t,a)+t.cell));e.stroke(),e.setLineDash([])}for(let[a,u]of n.cells||[]){if(!ft(t,[a,u]))continue;let d=Math.max($e(t,u),8),m=Math.max(t.cell,8);s(fe(t,u)+$e(t,u)/2-d/2,pe(t,a)+t.cell/2-m/2,d,m)}}var u1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ti={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Ci(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],l=[],c=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),c.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),c.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),c.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&c.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let a;return e.compare?(a=`change in count since ${e.compare.name}`,c.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&u1[e.normalize]?(a=(e.multilabel?Ti:u1)[e.normalize],c.push(`Normalised: each cell shows the ${a}.`)):a="count of samples",i.length&&(o+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:o,y:s,bar:a,badges:c}}function d1(e){let t=e("compareState");return Ci({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function m1(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Vn="total",w1="outside",Et=11,$i=9,Ei=8,p1=90,Ni="rgba(127, 127, 127, 0.1)";function g1(e,t,n,r,o,s=!1){let i=(u,d)=>(e.font=o(d),Math.max(0,...Array.from(u,m=>e.measureText(typeof m=="string"?m:ce(m,n)).width))),l=Math.min(p1,Math.ceil(Math.max(i([...t.rows,t.all],Et),i([s?w1:Vn],12))+8));if(r<$i)return{w:Math.min(l,40),h:Ei,rotated:!1,text:!1};let c=i(t.cols,Et),a=c>r-4;return{w:l,h:Math.ceil(a?Math.min(p1,c+6):Et+8),rotated:a,text:!0}}var f1=(e,t,n,r)=>e>=t&&e<t+r.grid?n+Math.min(r.v-1,Math.floor((e-t)/r.cell)):-1;function Wn(e,t,n){if(!n||!n.tot)return null;let{w:r,h:o}=n.tot,s=n.out?[[n.xOut,n.yOut,"out"],[n.xTot,n.yTot,""]]:[[n.xTot,n.yTot,""]];for(let[i,l,c]of s){let a=e>=i&&e<i+r,u=t>=l&&t<l+o,d=w=>c?c+w[0].toUpperCase()+w.slice(1):w;if(a&&u)return c?null:{kind:"all"};let m=a?f1(t,n.y0,n.r0,n):-1;if(m>=0)return{kind:d("row"),i:m};let b=u?f1(e,n.x0,n.c0,n):-1;if(b>=0)return{kind:d("col"),j:b};if(u&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:d("col"),j:n.k};if(a||u)return null}return null}function h1(e,t,n,r,o,s,i,l,c,a){let{tot:u}=t;if(e.fillStyle=i.band||Ni,e.fillRect(n,t.y0,u.w,t.grid),e.fillRect(t.x0,r,n+u.w-t.x0,u.h),e.strokeStyle=i.border,e.lineWidth=1,e.setLineDash(a?[3,2]:[]),e.strokeRect(n-.5,t.y0-.5,u.w+1,t.grid+1),e.strokeRect(t.x0-.5,r-.5,t.grid+1,u.h+1),t.extra&&e.strokeRect(t.xExtra-.5,r-.5,t.xw+1,u.h+1),e.setLineDash([]),!u.text)return;e.fillStyle=a?i.muted:i.fg,e.font=l(Et),e.textAlign="center",e.textBaseline="middle";for(let m=0;m<t.v;m++)e.fillText(ce(o(m),c),n+u.w/2,pe(t,t.r0+m)+t.cell/2);let d=Array.from({length:t.v},(m,b)=>t.c0+b);t.extra&&d.push(t.k),d.forEach((m,b)=>{e.save(),e.translate(fe(t,m)+$e(t,m)/2,r+u.h/2),u.rotated&&e.rotate(-Math.PI/2),e.fillText(ce(s(b,m),c),0,0),e.restore()})}function b1(e,t,n,r,o,s,i){if(!t.tot||!n)return;let{tot:l}=t;e.save(),t.out&&r&&h1(e,t,t.xOut,t.yOut,c=>r.rows[c],c=>r.cols[c],s,i,o,!0),h1(e,t,t.xTot,t.yTot,c=>n.rows[t.r0+c],(c,a)=>n.cols[a],s,i,o,!1),e.strokeRect(t.xTot-.5,t.yTot-.5,l.w+1,l.h+1),e.font=i(Et,!0),l.text&&e.fillText(ce(n.all,o),t.xTot+l.w/2,t.yTot+l.h/2),e.font=i(12),e.fillStyle=s.muted;for(let[c,a,u]of t.out?[[w1,t.xOut,t.yOut],[Vn,t.xTot,t.yTot]]:[[Vn,t.xTot,t.yTot]])e.textAlign="center",e.textBaseline="top",e.fillText(c,a+l.w/2,t.yTot+l.h+6),e.textAlign="right",e.textBaseline="middle",e.fillText(c,t.x0-6,u+l.h/2);e.restore()}function x1(e,t,n,r=null){let{r0:o,c0:s,v:i}=n,l=new Float64Array(i);for(let a=o;a<o+i;a++){let u=0;for(let d=0;d<t;d++)(d<s||d>=s+i)&&(u+=e[a*t+d]);l[a-o]=u}let c=new Float64Array(i+(r?1:0));for(let a=0;a<t;a++)if(!(a>=o&&a<o+i)){for(let u=s;u<s+i;u++)c[u-s]+=e[a*t+u];r&&(c[i]+=r[a])}return{rows:l,cols:c}}function y1(e,t,n,r,o){let s=a=>ce(a,o);if(!t)return"";if(e.kind==="all")return`Total: ${s(t.all)}`;let i=e.kind.endsWith("ow"),l=s(i?t.rows[e.i]:t.cols[e.j]);if(!e.kind.startsWith("out"))return`${i?"Row":"Column"} total: ${l}`;if(!n)return"";let c=i?n.rows[e.i-n.view.r0]:n.cols[e.j>=r?n.view.v:e.j-n.view.c0];return`Outside the window: ${s(c)} of ${l}`}var Fi=64,Oi=200;function Gn(e,t,n){let r=e.closest(".cmw"),o=n.defaultView;if(!r||!o||!e.isConnected||!r.getClientRects().length)return 1/0;let s=null;for(let d=r.parentElement;d&&d!==n.body&&d!==n.documentElement;d=d.parentElement){let m=o.getComputedStyle(d).overflowY;(m==="auto"||m==="scroll")&&d.clientHeight>=Oi&&(s=d)}if(!s&&o.top!==o)return 1/0;let i=Math.min(o.innerHeight,s?s.clientHeight:o.innerHeight);if(!(i>0))return 1/0;let l=d=>d.getBoundingClientRect().top,c=d=>d.getBoundingClientRect().bottom,a=Fi,u=[...r.children].find(d=>d.contains(e));if(u&&u!==e){let d=[...u.children].filter(m=>m!==e&&m.getClientRects().length&&l(m)>=c(e)-1);d.length&&(a+=Math.max(...d.map(c))-c(e))}for(let d=u?u.nextElementSibling:null;d&&!d.classList.contains("cmw-selection");d=d.nextElementSibling)d.getClientRects().length&&!d.classList.contains("cmw-sr")&&(a+=d.getBoundingClientRect().height);return Math.floor(i-(l(t)-l(r))-a)}function v1({el:e,sizers:t,doc:n,signal:r,redraw:o,changed:s}){let i=n.defaultView;if(i&&typeof i.ResizeObserver<"u"){let l=new i.ResizeObserver(()=>{s(!0)&&o()});for(let a of[e,...t])l.observe(a);let c=e.closest(".cmw");c&&l.observe(c),D(i,"resize",()=>{s(!1)&&o()},r),r.addEventListener("abort",()=>l.disconnect(),{once:!0})}if(i&&typeof i.MutationObserver<"u"&&n.body){let l=null,c=new i.MutationObserver(()=>{clearTimeout(l),l=setTimeout(o,100)});c.observe(n.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),r.addEventListener("abort",()=>{c.disconnect(),clearTimeout(l)},{once:!0})}}var Ii={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ri={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Pi={true:"of its true row",pred:"of the abstained column",all:"of all samples"};function rn(e,t){let n=e("items"),r=Array.isArray(n)?n[t]:null;return r&&r.kind==="other"?r.members.length:0}function Kn(e,t){let n=rn(e,t);return n?`${e("labels")[t]}, ${n} classes`:e("labels")[t]}function Hn(e,[t,n]){let r=e("k"),o=e("abstained");if(n>=r&&o){let c=[`True: ${Kn(e,t)}`,`Predicted: ${$t}`,`Count: ${ce(o.counts[t],e("countDigits"))}`],a=e("fmt");return a.kind==="percent"&&c.push(`Shown: ${Je(o.values[t],a)} ${Pi[e("normalize")]||""}`.trim()),c.join(`
`)}let s=t*r+n,i=[`True: ${Kn(e,t)}`,`Predicted: ${Kn(e,n)}`,`Count: ${ce(e("counts")[s],e("countDigits"))}`],l=e("fmt");if(l.kind==="delta"&&i.push(`Change: ${Je(e("values")[s],l)} since the compared run`),l.kind==="percent"){let c=(e("multilabel")?Ri:Ii)[e("normalize")]||"";i.push(`Shown: ${Je(e("values")[s],l)} ${c}`.trim())}return i.join(`
`)}var k1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},A1={r:"row",c:"col",e:"errors"};function S1({st:e,get:t,state:n,live:r,zoomed:o,classCell:s,colsOf:i,setView:l,zoomBy:c,scheduleDraw:a,describe:u}){return function(m){let b=t("k");if(b===0)return;let w=!0;if(Bn.has(m.key)){let g=e.cursor||t("selected")||(o()?[e.view.r0,e.view.c0]:null);e.cursor=Nr(g,m.key,b,m.shiftKey?10:1,i(b)),o()&&l(Mt(e.view,s(e.cursor),b,e.vMin)),r.textContent=u(e.cursor).replace(/\n/g,", "),a()}else if(e.zoomable&&!m.ctrlKey&&!m.metaKey&&!m.altKey&&k1[m.key]){let g=k1[m.key];if(g==="fit")l(Ve(b));else{let S=e.cursor?s(e.cursor):null;c(g==="in"?pt:1/pt,S?[S[0]+.5,S[1]+.5]:null),S&&o()&&l(Mt(e.view,s(e.cursor),b,e.vMin))}}else if(m.key==="Enter"||m.key===" "){let g=e.cursor||t("selected")||[0,0];e.cursor=g,n.set("selected",m.shiftKey?{add:[g[0],g[1]]}:[g[0],g[1]])}else if(!m.ctrlKey&&!m.metaKey&&!m.altKey&&A1[m.key.toLowerCase()]){let g=A1[m.key.toLowerCase()],S=e.cursor||t("selected")||[0,0];n.set("selected",g==="errors"?"errors":g==="row"?{row:S[0]}:{col:S[1]})}else w=!1;w&&m.preventDefault()}}function _1(e,t,n,r,o){e.dataset.cellX0=String(t.x0),e.dataset.cellY0=String(t.y0),e.dataset.cellSize=String(t.cell),e.dataset.viewRow0=String(t.r0),e.dataset.viewCol0=String(t.c0),e.dataset.viewSize=String(t.v),e.dataset.cols=String(r.cols),e.dataset.extraX0=t.extra?String(t.xExtra):"",e.dataset.extraWidth=t.extra?String(t.xw):"";let s=t.tot?[t.xTot,t.tot.w,t.yTot,t.tot.h]:["","","",""];["totalsX0","totalsWidth","totalsY0","totalsHeight"].forEach((i,l)=>{e.dataset[i]=String(s[l])}),e.dataset.xTitle=o.x,e.dataset.yTitle=o.y,e.dataset.barTitle=o.bar,e.setAttribute("aria-label",`Confusion matrix of ${n} classes. Rows: ${o.y}. Columns: ${o.x}. Colours: ${o.bar}`+(t.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(r.zoomable?` Showing ${on(t,n)}; plus and minus zoom, 0 shows all.`:""))}var ji=720,Bi=4,Di=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],zi=24;function M1({state:e,dom:t,signal:n,report:r=l=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),c=(M,C,$,N)=>D(M,C,$,l.signal,N),{doc:a,h:u,button:d}=t,m=u("div","cmw-matrix"),b=u("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=d("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let S=d("cmw-zoom-fit","Fit");S.setAttribute("aria-label","Show all classes"),S.title="Show all classes (0)";let A=u("span","cmw-view-range");A.setAttribute("aria-live","polite"),b.append(w,g,S,A,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let y=u("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let E=u("div","cmw-plot"),f=u("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=u("div","cmw-tooltip");h.hidden=!0,E.append(f,h);let v=u("div","cmw-sr");v.setAttribute("aria-live","polite"),m.append(y,b,E,v);let p={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},_={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},x=M=>e.get(M),F=M=>{let C=x("lut"),$=x("compareState")?C:ro(C,M);return $===C?{lut:C,lutText:x("lutText")}:((_.themedOf[0]!==C||_.themedOf[1]!==M)&&(_.themed={lut:$,lutText:Rt($)},_.themedOf=[C,M]),_.themed)},R=()=>{let M=_.drawn.lut;return _.cssOf!==M&&(_.css=Qr(M)),_.cssOf=M,_.css},P=()=>{let M=x("colors"),C=_.drawn.lut;return _.bitmap&&_.bitmapOf[0]===M&&_.bitmapOf[1]===C||(_.bitmap=Lr(a,_.bitmap,M,C,x("k")),_.bitmapOf=[M,C]),_.bitmap};function W(M,C){let $=M.font,N=_.widths.get($);if(N&&N.texts===C)return N.w;let I=0;for(let Q of C)I=Math.max(I,M.measureText(Q).width);return _.widths.set($,{texts:C,w:I}),I}function j(){p.queued||l.signal.aborted||(p.queued=!0,queueMicrotask(()=>{p.queued=!1,l.signal.aborted||L()}))}function O(){let M=a.defaultView,C=M&&M.getComputedStyle?M.getComputedStyle(m):null,$=(N,I)=>(C&&C.getPropertyValue(N)||"").trim()||I;return{fg:C&&C.color||"#1f1f1f",muted:$("--cmw-muted","#616161"),accent:$("--cmw-accent","#1976d2"),border:$("--cmw-border","#bdbdbd"),bg:$("--cmw-bg","#ffffff"),family:C&&C.fontFamily||"sans-serif"}}let z=()=>(s?s():m.clientWidth)||ji;function V(M){p.cursor&&(p.cursor[0]>=M||p.cursor[1]>=M)&&(p.cursor=null),p.view=null,p.editor&&p.editor.finish(!1),p.k=M}let U=M=>M+(M>0&&x("abstained")?1:0),Z=M=>M[1]>=x("k")?[M[0],p.view?p.view.c0:0]:M;function L(){let M=performance.now(),C=x("k");C!==p.k&&V(C);let $=x("abstained");p.cols=U(C),p.cursor&&p.cursor[1]>=p.cols&&(p.cursor=null);let N=f.getContext("2d");if(!N)return;let I=O();_.drawn=F(I.bg),p.detached=!m.isConnected;let Q=(Ne,Fe)=>`${Fe?"600 ":""}${Ne}px ${I.family}`,he=x("labels");p.width=z(),N.font=Q(_e);let Ae=Math.min(Rn,Math.max(40,Math.round(p.width*.2))),Se=Math.ceil(Math.min(Ae,W(N,he))),Xe=x("colorbar"),Ye=s1(N,Xe),Ge=d1(x);te(Ge.badges),p.height=Gn(m,f,a);let ot=x("showTotals")?x("totals"):null,Jn=(Ne,Fe=!1)=>ot&&C>0?g1(N,ot,x("countDigits"),Ne,Q,Fe):null,wt=Jn(nt(C,p.width,{yLabelWidth:Se,rightWidth:Ye,extra:$?1:0}).cell),os={yLabelWidth:Se,rightWidth:Ye,extra:$?1:0,xTitleLines:1,totals:wt,xLabelHeight:Math.min(Rn,W(N,he))},rt;for(let Ne=0;Ne<3;Ne++){let Fe=nt(C,p.width,{...os,maxGrid:rt}),dn=kr(Fe,p.height);if(dn===void 0||dn===rt)break;rt=dn}let Qn=nt(C,p.width,{yLabelWidth:Se,rightWidth:Ye,extra:$?1:0,maxGrid:rt,totals:wt});p.zoomable=C>0&&Ar(C,Qn.room),p.vMin=Sr(C,Qn.room);let gt=p.zoomable?Ce(p.view,C,p.vMin):Ve(C);p.view=p.zoomable?gt:null;let cn=p.zoomable&&gt.v<C;wt=Jn(nt(C,p.width,{yLabelWidth:Se,rightWidth:Ye,view:gt,extra:$?1:0,maxGrid:rt,totals:wt,outside:cn}).cell,cn);let Ln={yLabelWidth:Se,rightWidth:Ye,view:gt,extra:$?1:0,maxGrid:rt,totals:wt,outside:cn},an=nt(C,p.width,Ln);p.step=Er(gt.v,an.cell),p.xLabels=se(N,he,an,Ae),N.font=Q(_e,!0);let eo=m1(Ge.x,Math.max(an.width-2*ie,60),Ne=>N.measureText(Ne).width);N.font=Q(_e);let de=nt(C,p.width,{...Ln,xLabelHeight:p.xLabels.height,xTitleLines:eo.length});p.layout=de,p.yLabelW=Se,G(N,de);let un=x("colors");if(C===0)N.fillStyle=I.muted,N.font=Q(_e),N.fillText("No data",ie,ie+_e);else{un.length>=C*C&&t1(N,de,un,R(),P),$&&e1(N,de,$.colors,R()),n1(N,de,I),p.outside=de.out?{view:{r0:de.r0,c0:de.c0,v:de.v},...x1(x("counts"),C,de,$?$.counts:null)}:null,b1(N,de,ot,p.outside,x("countDigits"),I,Q),o1(N,de,{values:x("values"),counts:x("counts"),colors:un,lut:_.drawn.lut,lutText:_.drawn.lutText,fmt:x("fmt"),countDigits:x("countDigits"),abstained:$},I),r1(N,de,he,Ae,{step:p.step,...p.xLabels},{x:eo,y:Ge.y},I,Q),i1(N,de,Xe,R(),I,Q,Ge.bar),f.dataset.issueMarks=String(Jr(N,de,x("issueMarks"),I));let Ne=p.cursor&&f.matches(":focus")?p.cursor:null;a1(N,de,x("marks"),I),c1(N,de,x("selected"),Ne,I);let Fe=x("focus");Fe&&Fe.outline&&l1(N,de,Fe.r,Fe.c,I)}ue(de),H(de,C,M,Ge)}function te(M){let C=[...y.children].map($=>$.textContent);C.length===M.length&&C.every(($,N)=>$===M[N])||(y.replaceChildren(...M.map($=>u("span","cmw-badge",$))),y.hidden=M.length===0)}function ue(M){b.hidden=!p.zoomable,p.zoomable&&(A.textContent=on(M,M.k),g.disabled=M.v<=p.vMin,w.disabled=M.v>=M.k,S.disabled=M.v>=M.k)}function G(M,C){let $=a.defaultView&&a.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(C.width*$)),I=Math.max(1,Math.round(C.height*$));(f.width!==N||f.height!==I)&&(f.width=N,f.height=I),f.style.width=`${C.width}px`,f.style.height=`${C.height}px`,M.setTransform($,0,0,$,0,0),M.clearRect(0,0,C.width,C.height)}function H(M,C,$,N){let I=performance.now();f.dataset.heightRoom=Number.isFinite(p.height)?String(p.height):"",p.draws+=1;let Q=null;!p.firstDrawn&&C>0&&(p.firstDrawn=!0,Q=I-(p.draws===1?o:$)),r({k:C,draws:p.draws,lastMs:I-$,firstMs:Q,view:{r0:M.r0,c0:M.c0,v:M.v}}),_1(f,M,C,p,N)}function se(M,C,$,N){let I=0;if(p.zoomable)I=W(M,C);else for(let Xe of Tt($.k,p.step))I=Math.max(I,M.measureText(C[Xe]).width);I=Math.min(N,I);let Q=I>p.step*$.cell-4,he=$.extra?M.measureText($t).width:0,Ae=$.extra>0&&(Q||he>$.xw+_t-2),Se=Math.max(Q?I:_e+2,Ae?he:0);return{rotated:Q,extraRotated:Ae,height:Math.ceil(Se)}}function ae(M,C){p.editor&&p.editor.finish(!1);let $=p.layout,N=M==="y"?Math.max(p.yLabelW+je+4,100):120,I=fe($,C)+$.cell/2,Q=M==="y"?$.x0-N:re(I-N/2,0,Math.max(0,$.width-N)),he=M==="y"?pe($,C)+$.cell/2-11:$.y0+$.grid+($.below||0)+je,Ae={left:f.offsetLeft+Math.max(0,Q),top:f.offsetTop+he,width:N},Se=x("labels");p.editor=Or({dom:t,host:E,box:Ae,name:Se[C],index:C,done:(Xe,Ye)=>{p.editor=null;let Ge=x("labels");if(Xe!==null&&C<Ge.length){let ot=Ge.slice();ot[C]=Xe,e.set("display_labels",ot)}Ye&&f.focus({preventScroll:!0})}})}function oe(M,C=!1){let $=f.getBoundingClientRect(),N=p.lastUp;return C&&N&&Math.abs(N.x-M.clientX)<1&&Math.abs(N.y-M.clientY)<1?[N.x-$.left,N.y-$.top]:[M.clientX-$.left,M.clientY-$.top]}function ke(M,C){let $=p.layout;if(!$||$.k===0)return null;let N=_e/2+1;if(M>=ie+Ue&&M<$.x0&&C>=$.y0-N&&C<$.y0+$.grid+N){let he=Dn(C-$.y0,$.cell,p.step,$.k,N,$.r0,$.v);return he>=0?{axis:"y",index:he}:null}let I=$.y0+$.grid+($.below||0),Q=$.x0+$.grid+($.extra?_t/2:20);if(C>=I&&C<I+je+p.xLabels.height&&M>=$.x0-20&&M<Q){let he=p.xLabels.rotated?N:p.step*$.cell/2,Ae=Dn(M-$.x0,$.cell,p.step,$.k,he,$.c0,$.v);return Ae>=0?{axis:"x",index:Ae}:null}return null}function Be(M,C,$){h.textContent=M,h.hidden=!1;let N=f.offsetLeft+C+14;N+h.offsetWidth+4>E.clientWidth&&(N=Math.max(0,f.offsetLeft+C-h.offsetWidth-10));let I=f.offsetTop+$+14;I+h.offsetHeight+4>E.clientHeight&&(I=Math.max(0,f.offsetTop+$-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${I}px`}let k=()=>p.zoomable&&p.view!==null&&p.view.v<x("k");function T(M){let C=x("k"),$=Ce(M,C,p.vMin),N=p.view||Ve(C);return $.r0===N.r0&&$.c0===N.c0&&$.v===N.v?!1:(p.view=$,h.hidden=!0,j(),!0)}function B(M,C=null){if(!p.zoomable||!p.layout)return;let $=p.layout;T(_r($,M,C,$.k,p.vMin))}function X(M){M.target.closest(".cmw-zoom-in")?B(pt):M.target.closest(".cmw-zoom-out")?B(1/pt):M.target.closest(".cmw-zoom-fit")&&T(Ve(x("k")))}function J(M){if(!(M.ctrlKey||M.metaKey)||!p.zoomable)return;M.preventDefault();let[C,$]=oe(M);B($r(M.deltaY,M.deltaMode),Cr(C,$,p.layout))}function q(M){if(p.panned=!1,p.pan=null,M.button!==0||!k())return;let[C,$]=oe(M);nn(C,$,p.layout)&&(p.pan={id:M.pointerId,x:M.clientX,y:M.clientY,view:p.layout,cell:p.layout.cell,moved:!1})}function ee(M){let C=p.pan,$=M.clientX-C.x,N=M.clientY-C.y;if(!C.moved){if(Math.hypot($,N)<Bi)return;C.moved=!0,h.hidden=!0;try{f.setPointerCapture(C.id)}catch{}}f.style.cursor="grabbing",T(Mr(C.view,-N/C.cell,-$/C.cell,x("k"),p.vMin))}function xe(M){p.lastUp={x:M.clientX,y:M.clientY},p.pan&&p.pan.moved&&(p.panned=!0,f.style.cursor="grab"),p.pan=null}function ge(M){if(p.pan&&p.pan.id===M.pointerId&&(ee(M),p.pan.moved))return;let[C,$]=oe(M),N=nn(C,$,p.layout);if(N){Be(Hn(x,N),C,$),f.style.cursor=k()?"grab":"pointer";return}let I=Wn(C,$,p.layout);if(I){Be(y1(I,x("totals"),p.outside,x("k"),x("countDigits")),C,$),f.style.cursor=I.kind==="row"||I.kind==="col"?"pointer":"default";return}let Q=ke(C,$);if(f.style.cursor=Q?"text":"default",Q){let he=Q.axis==="y"?"True class":"Predicted class",Ae=Q.axis==="y"?"row":"column",Se=rn(x,Q.index);Be(Se?`${x("labels")[Q.index]}: the ${Se} classes after the first ${Q.index} of the order`:`${he} ${Q.index}: ${x("labels")[Q.index]}
(click to select the ${Ae}, double-click to rename)`,C,$)}else h.hidden=!0}function me(M){if(p.panned){p.panned=!1;return}let[C,$]=oe(M,!0),N=nn(C,$,p.layout),I=N?null:Wn(C,$,p.layout)||{},Q=N?null:I.kind==="row"?{axis:"y",index:I.i}:I.kind==="col"?{axis:"x",index:I.j}:I.kind?null:ke(C,$);N?(p.cursor=N,e.set("selected",M.shiftKey?{add:N}:N),j()):Q?e.set("selected",Q.axis==="y"?{row:Q.index}:{col:Q.index}):x("hasSelection")&&e.set("selected",null)}function ye(M){let[C,$]=oe(M,!0),N=ke(C,$);N&&!rn(x,N.index)&&(M.preventDefault(),h.hidden=!0,ae(N.axis,N.index))}c(f,"pointerdown",q),c(f,"pointermove",ge),c(f,"pointerleave",()=>{h.hidden=!0}),c(f,"pointerup",xe),c(f,"pointercancel",()=>{p.pan=null}),c(f,"wheel",J,{passive:!1}),c(b,"click",X),c(f,"click",me),c(f,"dblclick",ye);let be=S1({st:p,get:x,state:e,live:v,zoomed:k,classCell:Z,colsOf:U,setView:T,zoomBy:B,scheduleDraw:j,describe:M=>Hn(x,M)});c(f,"keydown",be),c(f,"focus",j),c(f,"blur",j),v1({el:m,sizers:i,doc:a,signal:l.signal,redraw:j,changed:M=>M&&(p.detached||Math.abs(z()-p.width)>=1)||!(Math.abs(Gn(m,f,a)-p.height)<1)}),l.signal.addEventListener("abort",()=>{p.editor&&p.editor.finish(!1)},{once:!0});let Ee=x("selected"),He=x("focus");function We(){let M=x("selected"),C=x("focus"),$=M&&!(Ee&&M[0]===Ee[0]&&M[1]===Ee[1]);C!==He&&C&&p.zoomable?T(Tr(p.view,[C.r,C.c],x("k"),zi,p.vMin)):$&&k()&&T(Mt(p.view,Z(M),x("k"),p.vMin)),Ee=M,He=C,L()}return K(e,Di,We,l.signal),L(),{el:m,update:We,destroy:()=>{l.abort(),m.remove()}}}function T1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),l=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,l);let c=!0;function a(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,c=!s.open,!s.open)return;let d=e.get("countDigits"),m=e.get("intervals"),b=m&&!m.stale?m:null;l.hidden=!m,l.textContent=m?Jo(m):"";let w=(y,E)=>y.append(o("td","cmw-num",E)),g=(y,E,f,h)=>{let v=o("td","cmw-num");b?Xt(t,v,E,f,b.level,b.methods[h]):v.textContent=ne(E),y.append(v)};i.replaceChildren();let S=i.createTHead().insertRow();for(let y of["class","precision","recall","F1","support"])S.append(o("th",null,y));let A=i.createTBody();for(let[y,E]of u.perClass.entries()){let f=A.insertRow(),h=o("th",null,E.label);h.title=h.textContent,f.append(h);let v=b&&b.perClass[y];for(let p of["precision","recall","f1"])g(f,E[p],v?v[p]:null,p);w(f,ce(E.support,d))}for(let[y,E]of u.summary.entries()){let f=A.insertRow();f.className=y===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(E.name??"")));let h=b?b.summary[String(E.name)]:null;if("value"in E)w(f,""),w(f,""),g(f,E.value,Array.isArray(h)?h:null,E.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let v=E.name==="macro avg"?"macro_":"weighted_";for(let p of["precision","recall","f1"])g(f,E[p],h&&!Array.isArray(h)?h[p]:null,v+p);w(f,ce(E.support,d))}}}return D(s,"toggle",()=>{s.open&&c&&a()},r.signal),K(e,["metrics","countDigits","intervals"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function C1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return K(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function $1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s,option:i}=t,l=o("div","cmw-rank"),c=o("label","cmw-rank-label","Sort samples by "),a=o("select","cmw-rank-menu");c.append(a);let u=o("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let m=o("div","cmw-issues");m.hidden=!0;let b=!1;function w(){let g=e.get("issues"),S=e.get("selection");if(l.hidden=!g||!S||S.available===!1,l.hidden)return;let A=g.ranks.join(",");a.dataset.ranks!==A&&(a.replaceChildren(...g.ranks.map(E=>i(E,$n[E]))),a.dataset.ranks=A),a.value=e.get("rank"),a.disabled=g.kernelOnly,u.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",a.title=u.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(c,u);let y=S.issues&&Array.isArray(S.issues.indices)?S.issues:null;y?(d.textContent=`${b?"Hide":"Show"} likely label errors (${y.total})`,d.setAttribute("aria-expanded",String(b)),m.hidden=!b,m.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",l.append(d,m)):g.pending?l.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&l.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return D(a,"change",()=>e.set("rank",a.value),r.signal),D(d,"click",()=>{b=!b,w()},r.signal),K(e,["issues","rank","selection"],w,r.signal),w(),{el:l,update:w,destroy:()=>{r.abort(),l.remove()}}}function ht({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let c=!1,a=()=>parseFloat(l.value),u=st(n,o,s);return D(l,"input",()=>{c=!0,r&&r(a()),u(a())},i),D(l,"change",()=>{c=!1,u.cancel(),n(a())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:a,dragging:()=>c,range(d,m,b){l.min=String(d),l.max=String(m),l.step=String(b)}}}var Ui=60,E1=700,sn="http://www.w3.org/2000/svg",Nt={w:240,h:56,pad:6};function N1(e,{w:t,h:n,pad:r}=Nt){let o=e.length,s=l=>o>1?r+l*(t-2*r)/(o-1):t/2,i=l=>r+(1-Math.min(1,Math.max(0,l)))*(n-2*r);return e.map((l,c)=>l==null?null:[s(c),i(l)])}function Vi(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function F1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{doc:s,h:i,button:l,option:c}=t,a=r||{now:()=>Date.now(),setTimeout:(O,z)=>setTimeout(O,z),clearTimeout:O=>clearTimeout(O)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=l("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let m=i("output","cmw-run-name"),b=()=>e.get("runs").names,w=O=>{let z=b();O>=0&&O<z.length&&z[O]!==e.get("run")&&e.set("run",z[O])},g=ht({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Ui,clock:r,signal:o.signal,onInput:O=>{j(),m.textContent=b()[O]??""}}),S=g.el;S.min="0",S.step="1",S.setAttribute("aria-label","Run");let A=l("cmw-run-newer","");A.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),y);let f=i("div","cmw-runs-top");f.append(d,S,m,A,E);let h=s.createElementNS(sn,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${Nt.w} ${Nt.h}`),h.setAttribute("width",String(Nt.w)),h.setAttribute("height",String(Nt.h));let v=i("div","cmw-history-legend");v.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let p=i("div","cmw-history-box");p.append(h,v),u.append(f,p),u.hidden=!0;let _=null;function x(){let O=e.get("runs"),z=e.get("run");if(u.hidden=O.names.length<2,u.hidden){j();return}let V=O.names.indexOf(z);S.max=String(O.names.length-1),!g.dragging()&&V>=0&&(S.value=String(V)),g.dragging()||(m.textContent=z);let U=Vi(O.names,z);A.textContent=U,A.hidden=!U,F(O.names,e.get("compare")),R(O,V)}function F(O,z){let V=c("","none");y.replaceChildren(V,...O.map(U=>c(U))),y.value=z!=null&&O.includes(z)?z:""}function R(O,z){let V=[];for(let[Z,L]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let te=N1(Z).filter(Boolean),ue=s.createElementNS(sn,"polyline");ue.setAttribute("class",L),ue.setAttribute("fill","none"),ue.setAttribute("points",te.map(G=>G.map(H=>H.toFixed(1)).join(",")).join(" ")),V.push(ue)}let U=N1(O.accuracy);O.names.forEach((Z,L)=>{if(!U[L])return;let te=s.createElementNS(sn,"circle");te.setAttribute("class",L===z?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),te.setAttribute("cx",U[L][0].toFixed(1)),te.setAttribute("cy",U[L][1].toFixed(1)),te.setAttribute("r",L===z?"4":"3"),te.setAttribute("data-run",String(L));let ue=s.createElementNS(sn,"title");ue.textContent=`${Z}: accuracy ${ne(O.accuracy[L])}, macro F1 ${ne(O.macroF1[L])}`,te.append(ue),V.push(te)}),h.replaceChildren(...V)}function P(){let O=b(),z=O.indexOf(e.get("run"));if(z<0||z>=O.length-1){j();return}w(z+1),_=a.setTimeout(P,E1)}function W(){let O=b();O.indexOf(e.get("run"))>=O.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),_=a.setTimeout(P,E1)}function j(){_!==null&&a.clearTimeout(_),_=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return D(d,"click",()=>_===null?W():j(),o.signal),D(A,"click",()=>{j(),w(b().length-1)},o.signal),D(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),D(h,"click",O=>{let z=O.target&&O.target.closest?O.target.closest("[data-run]"):null;z&&(j(),w(Number(z.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>j(),{once:!0}),K(e,["runs","run","compare"],x,o.signal),x(),{el:u,update:x,destroy:()=>{o.abort(),u.remove()}}}var Wi=60,O1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function I1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let a=s("output","cmw-abstain-value"),u=f=>e.set("abstain",f),d=ht({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Wi,clock:r,signal:o.signal,onInput:f=>{let h=i();a.textContent=f.toFixed(Ke(h?h.step:.01))}}),m=d.el,b=s("label","cmw-field");b.append(c,s("span",null,"Abstain when the top score is below"),m,a);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let S=s("span","cmw-hint cmw-top-k-hint");S.setAttribute("role","status"),g.append(S);let A=s("div","cmw-abstain-stats");l.append(b,g,A);let y=null;function E(){let f=i(),h=!!(f&&f.kind==="multiclass");if(l.hidden=!h,!h)return;d.range(f.lo,f.hi,f.step);let v=f.abstain!==null&&f.abstain!==void 0;if(c.checked=v,m.disabled=!v,v&&(y=f.abstain),!d.dragging()){let p=v?f.abstain:y??(f.lo+f.hi)/2;m.value=String(p),a.textContent=v?Number(p).toFixed(Ke(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),A.replaceChildren(),v&&A.append(s("span","cmw-stat cmw-coverage",`coverage ${O1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${O1(f.covered_accuracy)}`))}return D(c,"change",()=>{i()&&u(c.checked?parseFloat(m.value):null)},o.signal),D(w,"change",()=>{let f=i(),h=Number(w.value),v=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;S.textContent=v||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,v?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),K(e,["scores"],E,o.signal),E(),{el:l,update:E,destroy:()=>{o.abort(),l.remove()}}}function R1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Gi=60,Xn={size:240,pad:34},Ki=[0,.5,1],Hi="http://www.w3.org/2000/svg",Xi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function P1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s,doc:i}=t,l=(f,h={})=>{let v=i.createElementNS(Hi,f);for(let[p,_]of Object.entries(h))v.setAttribute(p,String(_));return v},c=s("div","cmw-curves");c.hidden=!0;let a=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");c.append(a,u);let d=!1,m=null,b={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",re(f,h.lo,h.hi))},g=st(w,Gi,r);o.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function S(f){let{size:h,pad:v}=Xn;a.replaceChildren();for(let p of Object.keys(b))delete b[p];for(let p of Xi){let _=f[p.kind],x=s("figure",`cmw-curve cmw-curve-${p.kind}`),F=s("figcaption","cmw-curve-title"),R=f[p.area],P=f.undefinedBecause?f.undefinedBecause[p.kind]:null;if(F.textContent=`${p.title}${R===null||P?"":`  ${p.areaName} ${ne(R)}`}`,P){x.append(F,s("p","cmw-curve-undefined",`Undefined: ${P}.`)),a.append(x);continue}let W=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${p.title} curve; press or drag on it to set the threshold`});W.classList.add("cmw-curve-svg"),Object.assign(W.dataset,{kind:p.kind,plotSize:String(h),plotPad:String(v)}),W.append(l("rect",{x:v,y:v,width:h-2*v,height:h-2*v,class:"cmw-curve-frame"}),l("polyline",{points:Ko(_,h,v),class:"cmw-curve-line"})),p.kind==="roc"&&W.append(l("line",{x1:v,y1:h-v,x2:h-v,y2:v,class:"cmw-curve-chance"}));let j=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});j.textContent=p.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=p.y,W.append(j,O,...A(h,v));let z=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),V=l("text",{x:v,y:v-8,class:"cmw-curve-readout"}),U=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),Z=l("title");Z.textContent="Drag along the curve to move the threshold",U.append(Z),W.append(...z,V,U),x.append(F,W),a.append(x),b[p.kind]={plot:W,marker:U,guides:z,readout:V,curve:_,spec:p},y(W,_)}u.replaceChildren();for(let p of f.targets){let _=t.button("cmw-curve-target",`threshold for ${p.name}`);_.dataset.threshold=String(p.threshold),D(_,"click",()=>w(p.threshold),o.signal),u.append(_)}}function A(f,h){let v=f-2*h,p=[];for(let _ of Ki){let x=h+_*v,F=h+(1-_)*v,R=String(_);p.push(l("line",{x1:x,y1:f-h,x2:x,y2:f-h+4,class:"cmw-curve-tickmark"})),p.push(l("line",{x1:h-4,y1:F,x2:h,y2:F,class:"cmw-curve-tickmark"}));let P=l("text",{x,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});P.textContent=R;let W=l("text",{x:h-6,y:F,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});W.textContent=R,p.push(P,W)}return p}function y(f,h){let v=!1,p=x=>{let F=R1(f.getBoundingClientRect(),Xn),R=(x.clientX-F.x0)/F.inner,P=1-(x.clientY-F.y0)/F.inner;return h.t[Go(h,R,P)]};D(f,"pointerdown",x=>{if(v=!0,f.setPointerCapture&&x.pointerId!==void 0)try{f.setPointerCapture(x.pointerId)}catch{}g(p(x))},o.signal),D(f,"pointermove",x=>{v&&g(p(x))},o.signal),D(f,"pointerup",x=>{v&&(v=!1,g.cancel(),w(p(x)))},o.signal),D(f,"pointercancel",()=>{v=!1,g.cancel()},o.signal)}function E(){let f=e.get("binary");if(c.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!d||m!==null)&&(d=!0,m=null,a.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}m!==h&&(S(h),m=h);let{size:v,pad:p}=Xn,_=v-2*p;for(let{marker:x,guides:F,readout:R,spec:P,plot:W}of Object.values(b)){let[j,O]=P.at(f),z=Number.isFinite(j)&&Number.isFinite(O);for(let te of[x,...F])te.setAttribute("visibility",z?"visible":"hidden");if(R.textContent=z?`${P.x} ${ne(j)}, ${P.y} ${ne(O)}`:"",!z)continue;let V=(p+j*_).toFixed(1),U=(p+(1-O)*_).toFixed(1);x.setAttribute("cx",V),x.setAttribute("cy",U);let[Z,L]=F;Object.entries({x1:V,y1:U,x2:V,y2:v-p}).forEach(([te,ue])=>Z.setAttribute(te,ue)),Object.entries({x1:V,y1:U,x2:p,y2:U}).forEach(([te,ue])=>L.setAttribute(te,ue)),W.dataset.markerX=String(j),W.dataset.markerY=String(O)}}return K(e,["binary","curves"],E,o.signal),E(),{el:c,update:E,destroy:()=>{o.abort(),c.remove()}}}var Yi=60,Yn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function qi(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function j1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),c=s("label","cmw-field");c.append(s("span",null,"Label"),l);let a=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,b=ht({dom:t,cls:"cmw-label-threshold",write:_=>{let x=u();if(!x||!Array.isArray(x.thresholds)||!Number.isFinite(_))return;let F=x.thresholds.slice();F[d]=_,e.set("thresholds",F)},throttleMs:Yi,clock:r,signal:o.signal,onInput:_=>{let x=u();a.textContent=_.toFixed(Ke(x?x.step:.01))}}),w=b.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,a);let S=s("div","cmw-label-focus"),A=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(c,g,S,A,y);let E="label",f=!1;function h(){let _=u(),x=!!(_&&_.kind==="multilabel");if(i.hidden=!x,!x)return;let F=e.get("labels"),R=e.get("metrics").perClass,P=e.get("countDigits");d=Math.min(d,F.length-1),(l.options.length!==F.length||[...l.options].some((j,O)=>j.textContent!==F[O]))&&l.replaceChildren(...F.map((j,O)=>t.option(String(O),j))),l.value=String(d);let W=Array.isArray(_.thresholds);g.hidden=!W,w.disabled=!!_.fixed,W&&!b.dragging()&&(b.range(_.lo,_.hi,_.step),w.value=String(_.thresholds[d]),a.textContent=Number(_.thresholds[d]).toFixed(Ke(_.step))),v(_,F,P),p(_,F,R,P)}function v(_,x,F){let R=_.tables[d]||[0,0,0,0],P=s("table","cmw-readout-table");P.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let j=P.createTBody();[["truly absent",0],["truly present",2]].forEach(([z,V])=>{let U=j.insertRow();U.append(s("th",null,z));for(let Z of[V,V+1]){let[L,te]=Yn[Z],ue=s("td"),G=t.button("cmw-label-cell",`${te} ${ce(R[Z],F)}`);G.dataset.cell=L,G.disabled=!!_.fixed,D(G,"click",()=>e.send({type:"label_cell",label:d,cell:L}),o.signal),ue.append(G),U.append(ue)}}),S.replaceChildren(s("div","cmw-label-focus-title",x[d]??""),P);let O=_.focus;if(O&&O.label===d){let z=Yn.find(([U])=>U===O.cell)?.[1]??O.cell,V=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;A.replaceChildren(s("div","cmw-label-listing-title",`${z} of ${x[d]}: ${V} samples`),s("div","cmw-indices",O.indices.join(", ")))}else A.replaceChildren()}function p(_,x,F,R){let P=s("tr"),W=(V,U)=>{let Z=E===V,L=t.button(`cmw-sort${Z?" cmw-sorted":""}`,Z?`${U} ${f?"▼":"▲"}`:U);L.dataset.sort=V,D(L,"click",()=>{f=Z?!f:V!=="label",E=V,h(),y.querySelector(`[data-sort="${V}"]`).focus()},o.signal);let te=s("th");return te.setAttribute("aria-sort",Z?f?"descending":"ascending":"none"),te.append(L),te};P.append(W("label","label"),...Yn.map(([,V])=>s("th",null,V)),W("f1","F1"),W("support","support"));let j=s("thead");j.append(P);let O=s("tbody"),z=F.length===x.length?F:x.map(()=>({f1:NaN,support:NaN}));for(let V of qi(z,E,f)){let U=s("tr",V===d?"cmw-focused":null);U.dataset.label=String(V);let Z=t.button("cmw-label-name",x[V]);D(Z,"click",()=>{d=V,h()},o.signal);let L=s("th");L.append(Z),U.append(L,...(_.tables[V]||[]).map(te=>s("td",null,ce(te,R))),s("td",null,ne(z[V].f1)),s("td",null,ce(z[V].support,R))),O.append(U)}y.replaceChildren(j,O)}return D(l,"change",()=>{d=Number(l.value)||0,h()},o.signal),K(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function B1(e){let t=[P1(e),I1(e),j1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var D1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Zi=e=>`${(Number(e)*100).toFixed(0)}%`;function z1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${D1(n.mean)} · median ${D1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Zi(r[2])}`).join(" · ")}function U1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let l of n){let c=r("tr");c.append(r("th",null,String(l.column)),r("td",null,z1(l,"cell")),r("td",null,z1(l,"rest"))),o.append(c)}return o}function V1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("div","cmw-selection"),l=()=>{let m=s("cmw-clear","Clear selection");return m.title="Clear the selection (w.selected = None)",m};function c(){let m=e.get("selection");if(i.replaceChildren(),!m){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let b=o("p","cmw-sentence");for(let y of m.sentence){let E=String(y&&y.text!=null?y.text:"");b.append(y&&y.em?o("em",null,E):t.doc.createTextNode(E))}let w=o("div","cmw-selection-head");if(w.append(b,l()),i.append(w),!m.available){let y=e.get("table"),E=typeof m.unavailable=="string"&&m.unavailable?m.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",E));return}let g=yo(m);if(g.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(m.indices||[]).join(", ")),a(g));let S=Array.isArray(m.previews)?m.previews:[];S.length&&i.append(u(S));let A=U1(t,m);A&&i.append(A)}function a(m){let b=o("div","cmw-pager");if(m.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(m.prevOffset),b.append(w)}if(b.append(o("span","cmw-range",`showing ${m.first}-${m.last} of ${m.total}`)),m.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(m.nextOffset),b.append(w)}return b}function u(m){let b=o("div","cmw-previews");for(let w of m)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=o("figure","cmw-preview-img"),S=o("img");S.src=w.src,S.alt=`sample ${w.index}`,g.append(S,o("figcaption",null,`#${w.index}`)),b.append(g)}else if(w.kind==="text"){let g=o("div","cmw-preview-text");g.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),b.append(g)}}return b}let d=null;return D(i,"click",m=>{if(m.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=m.target.closest("button[data-offset]");if(!b)return;let w=e.get("selection");d=w&&{cls:b.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),K(e,["selection","table","hasSelection"],()=>{let m=d;d=null;let b=t.doc.activeElement,w=b&&(i.contains(b)||b===t.doc.body);c();let g=e.get("selection");if(!m||!g||g.i!==m.i||g.j!==m.j||!w)return;let S=i.querySelector(`button.${m.cls}`)||i.querySelector("button[data-offset]");S&&S.focus({preventScroll:!0})},r.signal),c(),{el:i,update:c,destroy:()=>{r.abort(),i.remove()}}}function W1({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let c=i("cmw-all-errors","All errors");c.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let a=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(c,a,...r);function u(){let d=e.get("selectionSpec"),m=!!(d&&d.kind==="errors");c.classList.toggle("cmw-active",m),c.setAttribute("aria-pressed",String(m)),l.hidden=!(e.get("k")>0)}return D(c,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),K(e,["selectionSpec","k"],u,o.signal),u(),{el:l,update:u,destroy:()=>{o.abort(),l.remove()}}}function G1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function K1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("details","cmw-download"),l=o("summary","cmw-download-summary","Download"),c=o("div","cmw-download-menu");c.setAttribute("role","group"),c.setAttribute("aria-label","Download");let a=s("cmw-download-cells","Matrix (CSV)");a.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",c.append(a,u,d),i.append(l,c);function m(){u.disabled=!e.get("hasSelection")}let b=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";G1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return r.signal.addEventListener("abort",b,{once:!0}),D(c,"click",w=>{let g=w.target.closest("button");if(g){if(g===a)e.send({type:"download",what:"cells"});else if(g===u)e.send({type:"download",what:"selection"});else if(g===d){let S=i.closest(".cmw"),A=S&&S.querySelector("canvas.cmw-canvas");A&&A.toBlob(y=>{y&&G1(t.doc,y,"confusion_matrix.png")},"image/png")}}},r.signal),K(e,["hasSelection"],m,r.signal),m(),{el:i,update:m,destroy:()=>{r.abort(),i.remove()}}}var Ji=96,Qi=3;function H1(e,t){return Math.max(Qi,Math.floor(Ji/Math.max(e,t,1)))}function Li(e,t,n,r){let o=H1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function el(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(r,o)=>n?n[o]:o)}function tl(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${ne(t.value)}, ${ne(t.rest)} in the other slices)`}function X1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=o("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let c=o("label","cmw-field");c.append(o("span",null,"Slice"),l);let a=o("div","cmw-slice-odd-note"),u=o("div","cmw-slice-fixed-note"),d=o("div","cmw-slice-grid"),m=o("div","cmw-slices-top");m.append(c,a),i.append(m,u,d),D(l,"change",()=>{let g=l.value===""?null:l.value;g!==e.get("slice")&&e.set("slice",g)},r.signal);function b(){let g=e.get("slices");if(i.hidden=!g,!g){d.replaceChildren();return}let S=e.get("slice");l.replaceChildren(s("","all samples"),...g.names.map(A=>s(A))),l.value=S!=null&&g.names.includes(S)?S:"",l.disabled=g.fixed,l.title=g.fixed?"Showing another slice needs a live kernel":"",a.textContent=tl(g),u.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!g.fixed,w(g,S)}function w(g,S){let{colors:A}=e.get("sliceColors"),y=e.get("sliceLut"),{k:E,cols:f}=g,h=H1(E,f),v=el(e.get("order"),E),p=x=>x<E?v[x]:x,_=g.names.map((x,F)=>{let R=o("figure","cmw-slice");x===S&&R.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===F&&R.classList.add("cmw-slice-odd"),R.dataset.slice=x;let P=o("canvas","cmw-slice-canvas"),W=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;P.width=Math.round(f*h*W),P.height=Math.round(E*h*W),P.style.width=`${f*h}px`,P.style.height=`${E*h}px`,P.setAttribute("role","img"),P.setAttribute("aria-label",`Matrix of slice ${x}`),P.tabIndex=-1;let j=P.getContext&&P.getContext("2d");if(j){j.scale(W,W);for(let U=0;U<E;U++)for(let Z=0;Z<f;Z++)j.fillStyle=Ft(y,A[F][v[U]*f+p(Z)]),j.fillRect(Z*h,U*h,h,h)}if(E*f<=1024){let U=[];for(let Z=0;Z<E;Z++)for(let L=0;L<f;L++)U.push(A[F][v[Z]*f+p(L)]);R.dataset.colors=U.join(",")}D(P,"click",U=>{let Z=Li(U.offsetX,U.offsetY,E,f);!Z||g.fixed||(e.get("slice")!==x&&e.set("slice",x),e.set("selected",[v[Z[0]],p(Z[1])]))},r.signal);let O=o("figcaption","cmw-slice-caption"),z=g.accuracy[F],V=g.samples[F];return O.append(o("span","cmw-slice-name",x),o("span","cmw-slice-stats",`n=${V==null?"–":+V.toFixed(2)} · acc ${ne(z)}`)),R.append(P,O),R});d.replaceChildren(..._)}return K(e,["slices","slice","sliceColors","sliceLut","order"],b,r.signal),b(),{el:i,update:b,destroy:()=>r.abort()}}function Y1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",D(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return K(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}function q1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",o.append(s,t.h("span",null,"totals")),D(s,"change",()=>e.set("show_totals",s.checked),r.signal);let i=()=>{s.checked=e.get("showTotals")};return K(e,["showTotals"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var nl=[3,5,10,20,50,100],ol=5;function rl(e,t){let n=nl.filter(r=>r<e);return Number.isInteger(t)&&t<e&&!n.includes(t)&&n.push(t),n.sort((r,o)=>r-o)}function Z1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-top-classes-field"),s=t.h("select","cmw-top-classes");s.title="Show the first classes of the order, and the others gathered in (other)",o.append(t.h("span",null,"show "),s);let i="";D(s,"change",()=>{e.set("top_classes",s.value==="all"?null:Number(s.value))},r.signal);function l(){let c=e.get("k"),a=e.get("topClasses"),u=rl(c,a),d=`${c}:${u.join(",")}`;d!==i&&(s.replaceChildren(t.option("all","all classes"),...u.map(m=>t.option(String(m),`top ${m}`))),i=d),s.value=a!==null&&a<c?String(a):"all",o.hidden=!(c>ol)||!!e.get("multilabel"),s.disabled=e.get("level")==="groups"||!!e.get("compareState")}return K(e,["k","topClasses","level","compareState","multilabel"],l,r.signal),l(),{el:o,update:l,destroy:()=>r.abort()}}var J1=e=>Math.round(e).toLocaleString("en-US");function sl(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${J1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${J1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function il(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function Q1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),l=o("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function c(){let a=e.get("table");s.hidden=!a,i.textContent=sl(a);let u=il(e);l.hidden=!u,l.textContent=u||""}return K(e,["table","threshold","binary","selected","selection"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function ll(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var cl=60;function L1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),c=s("input","cmw-threshold");c.type="range";let a=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),c,a);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let d=!1,m=null,b=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,v)=>w()?String(Number(h.toPrecision(6))):h.toFixed(Ke(b(v)));function S(){let h=e.get("binary");if(i.hidden=!h,!h)return;let v=w();c.min=v?"0":String(h.lo),c.max=String(v?v.length-1:h.hi),c.step=v?"1":String(b(h));let p=e.get("threshold")??Number(h.threshold);!d&&Number.isFinite(p)&&(c.value=String(v?ll(v,p):p),a.textContent=g(p,h)),A(h)}function A(h){let v=e.get("countDigits"),p=s("table","cmw-readout-table");p.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let x=p.createTBody(),F=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[j,...O]of F){let z=x.insertRow();z.append(s("th",null,j));for(let[V,U]of O){let Z=s("td");Z.append(s("span","cmw-tag",V),t.doc.createTextNode(` ${ce(U,v)}`)),z.append(Z)}}let R=s("div","cmw-readout-stats"),P=e.get("intervals"),W=P&&!P.stale&&P.binary?P.binary:null;for(let[j,O,z]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!W){R.append(s("span","cmw-stat",`${j} ${ne(z)}`));continue}let V=s("span","cmw-stat-value");Xt(t,V,z,W[O],P.level,O==="f1"?"bootstrap":"wilson");let U=s("span","cmw-stat",`${j} `);U.append(V),R.append(U)}u.replaceChildren(p,R)}let y=h=>{Number.isFinite(h)&&(m=h,e.set("threshold",h))},E=st(y,cl,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(c.value))]:parseFloat(c.value)};return D(c,"input",()=>{d=!0;let h=f(),v=e.get("binary");Number.isFinite(h)&&(a.textContent=v?g(h,v):h.toFixed(2)),E(h)},o.signal),D(c,"change",()=>{d=!1,E.cancel();let h=f();(h!==m||e.get("threshold")!==h)&&y(h)},o.signal),o.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),K(e,["binary","threshold","countDigits","table","intervals"],S,o.signal),S(),{el:i,update:S,destroy:()=>{o.abort(),i.remove()}}}var al=300,ul=200,dl=16;function ml(e,t,n){let r=e-t-dl,o=Math.min(In,Math.max(n,1)*en)+ul;return t>0&&r>=Math.max(al,Math.min(o,.6*e))?r:e}function pl(e,t){let n=e.dom.h("div","cmw-main"),r=B1(e);r.el.classList.add("cmw-side"),r.el.append(yr(e).el);let s=M1({...t,room:()=>ml(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function fl(e){let t=Fr(e),n=qr(e);return[gr({...e,extra:[t.button]}),t,L1(e),Q1(e),C1(e),n.panel,pl(e,n.matrixCtx),n.table,F1(e),wr(e),V1(e),$1(e),hr(e),W1({...e,extra:[K1(e).el,Y1(e).el,q1(e).el,Z1(e).el]}),X1(e),T1(e),xr(e),fr(e)]}function es(e,t,n=performance.now()){let r=Do(t.ownerDocument||document),o=new AbortController,s=ur(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",D(i,"keydown",a=>{if(a.stopPropagation(),a.key==="Escape"&&!a.defaultPrevented){a.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let l=({k:a,draws:u,lastMs:d,firstMs:m})=>{i.dataset.k=String(a),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),m!==null&&(i.dataset.firstDrawMs=m.toFixed(1))},c=fl({state:s,dom:r,signal:o.signal,report:l,startedAt:n});return i.append(...c.map(a=>a.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var ln="cm-widget",hl="application/vnd.cm-widget.view+json",qn="application/vnd.jupyter.widget-view+json",ts=1e4,wl="Saved view, no kernel behind it: run the cell to make it live.",Zn=null;async function gl(e){let t=Zn&&Zn[e];if(!t)throw new Error(`${ln}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function bl(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=to,e.head.appendChild(t)}async function xl(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Bo(n):null}function ns(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function yl(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=xl(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),ts))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=ns(this,"rendermime"),o=r&&r.rendermime,s=ns(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&qn in n.data&&o&&o.mimeTypes.includes(qn))){this._showSaved();return}clearTimeout(this._timer);let c=o.createRenderer(qn);if(this._live=c,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:ts),c.addClass("cmw-lab-pending"),c.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(c);let a=()=>{c.node.firstElementChild?this._goLive():/Error displaying widget/.test(c.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,c.dispose(),this._showSaved())};this._observer=new MutationObserver(a),this._observer.observe(c.node,{childList:!0,characterData:!0,subtree:!0}),c.renderModel(n).then(a,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){bl(r),s.textContent=wl;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:es(Po(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function vl(){let{Panel:e}=await gl("@lumino/widgets"),t=yl(e);return{id:`${ln}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[hl],defaultRank:-20,createRenderer:n=>new t(n)}}}function kl(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[ln]={init:e=>{Zn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${ln} has no module ${e}`);let t=kl()?[await vl()]:[];return()=>({__esModule:!0,default:t})}});})();
