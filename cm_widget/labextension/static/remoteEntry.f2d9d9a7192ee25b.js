(()=>{var eo=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Ct(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function $t(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function an(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function to(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":an(t[o],t[o+1],t[o+2])}function no(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return o}function ts(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function ns([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function oo(e,t){let n=ts(t);if(!n||ns(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function oe(e,t,n){return e<t?t:e>n?n:e}var os=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ce(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if(os)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function nt(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(c,d)=>setTimeout(c,d),clearTimeout:c=>clearTimeout(c)},r=-1/0,s=null,i=null,l=()=>{s=null,r=o.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),l()):s===null&&(s=o.setTimeout(l,d))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),l())},a}var rs={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},ss=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Fe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=rs[e&&e.dtype]||Float64Array,r=ro(o,fe(e&&e.counts)),s=is(e&&e.totals,t,n);if(e&&e.at!=null){let i=ro(Uint32Array,fe(e.at)),l=new o(t*n),a=Math.min(i.length,r.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=r[c]);return{k:t,cols:n,counts:l,totals:s}}return r.length<t*n?{k:t,cols:n,counts:new o(t*n),totals:s}:{k:t,cols:n,counts:r.length===t*n?r:r.subarray(0,t*n),totals:s}}function ro(e,t){let n=e.BYTES_PER_ELEMENT,o=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,o);if(ss&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,o);let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(o);for(let l=0;l<o;l++)i[l]=r[s](n*l,!0);return i}function is(e,t,n){if(!e||typeof e!="object")return null;let o=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Ke(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function xe(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*o];return l}let r=Math.floor(n/2);return r-=r%8,xe(e,t,r,o)+xe(e,t+r*o,n-r,o)}function ke(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return ls(e,t,o,n,r,i);if(n==="true")for(let l=0;l<t;l++){let a=xe(e,l*o,o);for(let c=0;c<o;c++)i[l*o+c]=a===0?0:e[l*o+c]/a}else if(n==="pred"){let l=new Float64Array(o);for(let a=0;a<t;a++)for(let c=0;c<o;c++)l[c]+=e[a*o+c];for(let a=0;a<t;a++)for(let c=0;c<o;c++)i[a*o+c]=l[c]===0?0:e[a*o+c]/l[c]}else if(n==="all"){let l=xe(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function ls(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[l]:o==="all"?r.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return o==="true"||o==="pred"||o==="all"?s:e}function He(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function as(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Oe(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>o-1?o-1:a,r[l]=as(a)}return r}function cn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var cs=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function so(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?cs.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ot(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function Nt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=an(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Et=e=>Number(e.toPrecision(12));function Ft(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>Et(c*i)).find(c=>c>=s&&(!r||c<1||Number.isInteger(c)));l===void 0&&(l=Et(10*i)),r&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=o*(1+1e-12);c++){let d=Et(c*l);a.push([d/o,r?String(d):`${Et(d*100)}%`])}return a}function io(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=fe(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,c)=>{let d=u=>i.getFloat64(8*(4*c+u),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var un=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},It=e=>Array.isArray(e)?e:[],pt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Ot=e=>It(e).map(Number).filter(Number.isInteger);function us(e){let t=un(e),n=It(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(It(r)[i])?Number(It(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function ds(e,t){let n=un(e);if(typeof n.name!="string")return null;let o=Fe(n.matrix),r=ot(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:pt(n.fixed),broken:pt(n.broken),changed:pt(n.changed)}}function lo(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function ao(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function ms(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var co=(e,t)=>{let n=ao(e);return Oe(ms(e,t),-n,n)};function uo(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function mo(e,t=0){let n=Math.abs(ao(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function ps(e){let t=un(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Ot(t.entered),cameFrom:Ot(t.came_from),left:Ot(t.left),wentTo:Ot(t.went_to),nEntered:pt(t.n_entered),nLeft:pt(t.n_left)}}var po={runs:{raw:["_runs"],make:(e,t)=>us(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>ds(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>ps(t("_moves"))}},fo=["run","compare"];var ho=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],wo=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ie(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Xe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?uo(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function dn(e,t,n,o=0){let r=Xe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${ie(t,o)})`}:{main:r,sub:""}}function L(e){return Number.isFinite(e)?e.toFixed(3):"–"}function je(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return oe(o-(n?Number(n):0),0,6)}function go(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function bo(e,t){return t?`${e}_r`:e}function mn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(o,t)&&s(r,n)?[o,r]:null}function xo(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var yo=[[`
`,"⏎"],["\r","␍"]];function ft(e){let t=String(e);for(let[n,o]of yo)t=t.split(n).join(o);return t}function pn(e,t){if(t!=null&&e===ft(t))return String(t);let n=String(e);for(let[o,r]of yo)n=n.split(r).join(o);return n}function Rt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var fs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function rt(e,t){let n=ye(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(fs)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),l=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[l](o*a,!0);return i}var hs={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ws(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=hs[e.dtype];return t?rt(t,e.data):null}function gs(e,t){let n=e.split,o=ye(e.true),r=ye(e.agree),s=ye(e.offset),i=Math.floor(o.length/n),l=Math.floor(s.length/n),a=new Uint32Array(i);for(let c=0,d=0;c<i;c++){let u=n===1?o[c]:o[c]+256*o[i+c];if(r[c>>3]>>(c&7)&1)a[c]=u*t+u;else{let m=(n===1?s[d]:s[d]+256*s[l+d])+1;d++,a[c]=u*t+(u+m)%t}}return a}function bs(e,t){if(e.split)return gs(e,t);let n=ye(e.data),o=e.bytes,r=Math.floor(n.length/o),s=new Uint32Array(r);for(let i=0,l=0;i<r;i++,l+=o){let a=0;for(let c=o-1;c>=0;c--)a=a*256+n[l+c];s[i]=a}return s}function ko(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?rt(Float64Array,t.weights):null,sampleIndex:t.sample_index?rt(Uint32Array,t.sample_index):null,ids:ws(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:rt(Float32Array,t.outside.scores),weights:t.outside.weights?rt(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=ye(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=rt(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=bs(t.cells,e.k);return n}var Ye=new Float32Array(1),vo=new Int32Array(Ye.buffer);function xs(e,t){return Ye[0]=e,Ye[0]===0?(vo[0]=1,t?Ye[0]:-Ye[0]):(vo[0]+=Ye[0]>0===t?1:-1,Ye[0])}function fn(e){let t=Math.fround(e);return t>e?xs(t,!1):t}function Be(e,t=-1/0,n=1/0){let o=fn(Number(e));return Math.min(Math.max(o,fn(t)),fn(n))}function ht(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Be(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,d=e.scores[a]>=l?s:i;o[c*n+d]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function Ao(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=Be(o);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&r.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function hn(e,t,n){let o=[],r=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Be(n);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:1-s,c=e.scores[l]>=i?s:1-s;t[a*r+c]&&o.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&o.push(s);return o}function Pt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function jt(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Pt(e,o))}function ys(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Be(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?xe(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:l}}var $e=(e,t)=>t!==0?e/t:0;function vs(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let M=e[w*t+g];r[w]+=M,s[g]+=M,l+=M}o[w]=e[w*t+w],i+=o[w]}if(n){for(let w=0;w<t;w++)r[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=r[w];let c=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},m=0,b=0;for(let w=0;w<t;w++){let g={precision:$e(o[w],s[w]),recall:$e(o[w],r[w]),f1:$e(2*o[w],r[w]+s[w]),support:r[w]};c.push(g);let M=$e(r[w],a);for(let E of["precision","recall","f1"])d[E]+=g[E]/t,u[E]+=g[E]*M;r[w]>0&&(m+=1,b+=g.recall)}return{rows:c,accuracy:$e(i,l),balancedAccuracy:m?b/m:0,macro:d,weighted:u}}function Bt(e,t,n=null,o=null){let r=vs(e,t,ys(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=r.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function ks(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:$e(e,e+n),fpr:$e(t,t+o),precision:$e(e,e+t),f1:$e(2*e,2*e+t+n),mcc:$e(e*o-t*n,r)}}function wn(e,t,n){let o=e.pos_index,r=1-o,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...ks(s(o,o),s(r,o),s(o,r),s(r,r))}}function So(e){return e??"true"}function Mo(e,t,n,o,r,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?gn(e):String(Math.trunc(e)),d=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=l?" but the model ":r||a?" and predicted ":" but predicted ",m=` (${Rt(o*100,1)}% of `,b;return i==="all"?b=[{text:`${m}all samples).`}]:i==="pred"&&l?b=[{text:`${m}the abstained samples).`}]:i==="pred"?b=[{text:m+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:m+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...b]}function gn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var bn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Dt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,_o=(e,t,n)=>Array.isArray(e)&&e.length===2&&Dt(e[0],t)&&Dt(e[1],n);function st(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let o=Object.keys(e);return o.length!==1?null:o[0]==="row"&&Dt(e.row,t)?{kind:"row",i:e.row}:o[0]==="col"&&Dt(e.col,n)?{kind:"col",j:e.col}:null}return _o(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(o=>_o(o,t,n))?{kind:"cells",cells:e.map(o=>[o[0],o[1]])}:null}function xn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let o=[];for(let r=0;r<t;r++)for(let s=0;s<t;s++)r!==s&&o.push([r,s]);return o}return e.kind==="row"?Array.from({length:n},(o,r)=>[e.i,r]):e.kind==="col"?Array.from({length:t},(o,r)=>[r,e.j]):e.cells}function zt(e){let t=new Set,n=[];for(let[o,r]of e){let s=`${o},${r}`;t.has(s)||(t.add(s),n.push([o,r]))}return n.sort((o,r)=>o[0]-r[0]||o[1]-r[1]),n.length===0?null:n.length===1?n[0]:n}function To(e,t,n=t){if(e===null)return null;let o=st(e,t,n);if(o)return o.kind==="row"?{row:o.i}:o.kind==="col"?{col:o.j}:o.kind==="errors"?"errors":zt(o.cells)}function Co(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],o=n.findIndex(r=>r[0]===t[0]&&r[1]===t[1]);return o>=0?n.splice(o,1):n.push([t[0],t[1]]),zt(n)}function $o(e,t,n,o,r,s,{fixed:i,formatG:l,pairs:a=!1}){let c=s?l(t):String(Math.trunc(t)),[d,u]=a?["label pair","label pairs"]:["sample","samples"],m=s?`A weight of ${c} is `:`${c} ${t===1?d:u} ${t===1?"is":"are"} `,b={text:` (${i(r*100,1)}% of all ${u}).`};return e==="row"?[{text:`${m}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${m}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${m}misclassified`},b]:[{text:`${m}in ${o} selected cells`},b]}var Ss=/[",\r\n]/;function Ms(e){let t=String(e);return Ss.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Ut(e,t){return[e,...t].map(n=>n.map(Ms).join(",")).join(`
`)+`
`}var Eo=40,yn="abstained";function _s(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function No(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}function Vt(e){let t=Object.prototype.hasOwnProperty.call(bn,e)?bn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let o=0;o<3;o++){let r=0;for(let s=0;s<256;s++)r+=t[256*o+s],n[3*s+o]=r}return n}var Fo=e=>e.every(t=>Number.isInteger(t));function Oo(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let k of e.state.buffers)_s(t,k.path,ye(k.data));if(!t._lut&&typeof t.cmap=="string"){let k=t.cmap,x=Vt(k.endsWith("_r")?k.slice(0,-2):k);x&&(t._lut=Vt(k)||No(x))}let n=e.k,o=ko(e),r=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let d=k=>{for(let x of r.get(k)||[])x()},u=(k,x)=>{t[k]=x,d(k)};if(e.recount&&o){let k=ht(o,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(k.buffer)},t._metrics=Bt(k,n,o,null)}let m=Fe(t._matrix),b=o?ht(o,t.threshold):Float64Array.from(Ke(m.counts,n,m.cols).square),w=m.cols===n+1?Array.from({length:n},(k,x)=>m.counts[x*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(b.buffer.slice(0))}}function M(k,x){let N=`${k},${x},${t.threshold}`;return s.key!==N&&(s.key=N,s.members=Ao(o,k,x,t.threshold)),s.members}function E(k,x,N,B){let X=0;if(B==="true")for(let j of x){for(let Z=0;Z<n;Z++)X+=b[j*n+Z];w&&(X+=w[j])}else for(let j=0;j<n;j++)if(B==="all"){for(let Z=0;Z<n;Z++)X+=b[j*n+Z];w&&(X+=w[j])}else for(let Z of N)X+=Z===n?w?w[j]:0:b[j*n+Z];return X?k/X:0}function A(k,x,N,B,X,j,Z,ue={},le={}){let se=0;for(let te of N)for(let ne of B)se+=ne===n?w?w[te]:0:b[te*n+ne];let de=!!(o&&o.weights||!Fo(b)),he=So(t.normalize),De;if(le.multilabel){let te=m.totals,ne=te?he==="true"?te.rows[k]:he==="pred"?te.cols[x]:te.all:0;De=ne?se/ne:0}else De=E(se,N,B,he);let Le=o?j():[],ze=Le.length,we=Math.max(0,Math.min(Math.trunc(Z)||0,Math.max(ze-1,0)));we-=we%i;let Ue=Le.slice(we,we+i),Ve=[];for(let te of Ue.slice(0,Eo)){let ne=e.previews&&e.previews[String(Pt(o,te))];ne&&Ve.push(ne)}return{i:k,j:x,...ue,sentence:Mo(se,X[0],X[1],De,k===x,de,{basis:he,...le}),count:se,total:ze,offset:we,indices:o?jt(o,Ue):[],page_size:i,previews:Ve,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function $(k,x,N){let B=t.display_labels||[];return w&&x===n?A(k,x,[k],[x],[String(B[k]??k),yn],()=>[],N,{},{abstained:!0}):A(k,x,[k],[x],[String(B[k]??k),String(B[x]??x)],()=>M(k,x),N,{},{multilabel:l})}let p=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(p.length?n:0).fill(0);if(p.length){let k=t._groups.codes,x=new DataView(k.buffer,k.byteOffset,k.byteLength);for(let N=0;N<n;N++)h[N]=n<=65536?x.getUint16(2*N,!0):x.getUint32(4*N,!0)}let y=k=>h.flatMap((x,N)=>x===k?[N]:[]);function f(k,x){if(o.kind==="binary"){let B=[];for(let X of y(k))for(let j of y(x))B.push(...M(X,j));return B.sort((X,j)=>X-j)}let N=[];for(let B=0;B<o.n;B++){let X=o.cells[B],j=Math.floor(X/n);h[j]===k&&h[X-j*n]===x&&N.push(B)}return N}function S(k,x,N){return A(k,x,y(k),y(x),[p[k],p[x]],()=>f(k,x),N,{group:!0})}function v(k,x){let N=w?n+1:n,B=st(k,n,N),X=xn(B,n,N),j=0;for(let[te,ne]of X)j+=ne===n?w?w[te]:0:b[te*n+ne];let Z=new Uint8Array(n*n);for(let[te,ne]of X)ne<n&&(Z[te*n+ne]=1);let ue=o?hn(o,Z,t.threshold):[],le=jt(o||{},ue),se=ue.map((te,ne)=>ne);o&&o.ids&&se.sort((te,ne)=>le[te]<le[ne]?-1:le[te]>le[ne]?1:te-ne);let de=0;for(let te=0;te<n;te++){for(let ne=0;ne<n;ne++)de+=b[te*n+ne];w&&(de+=w[te])}let he=(t.display_labels||[]).map(String);w&&he.push(yn);let De=B.kind==="row"?he[B.i]:B.kind==="col"?he[B.j]:null,Le=!!(o&&o.weights||!Fo(b)),ze=ue.length,we=Math.max(0,Math.min(Math.trunc(x)||0,Math.max(ze-1,0)));we-=we%i;let Ue=se.slice(we,we+i),Ve=[];for(let te of Ue.slice(0,Eo)){let ne=e.previews&&e.previews[String(Pt(o,ue[te]))];ne&&Ve.push(ne)}return{i:B.kind==="row"?B.i:-1,j:B.kind==="col"?B.j:-1,kind:B.kind,sentence:$o(B.kind,j,De,X.length,de?j/de:0,Le,{fixed:Rt,formatG:gn,pairs:l}),count:j,total:ze,offset:we,indices:Ue.map(te=>le[te]),page_size:i,previews:Ve,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function F(k=0){let x=t.selected,N=t.selected_group;x!=null&&!(Array.isArray(x)&&x.length===2&&!Array.isArray(x[0]))?u("_selection",v(x,k)):Array.isArray(x)&&x.length===2?u("_selection",$(x[0],x[1],k)):Array.isArray(N)&&N.length===2?u("_selection",S(N[0],N[1],k)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function R(k){let x=e.orders&&e.orders[k];x&&(u("_order",{dtype:x.dtype,classes:ye(x.classes),groups:x.groups?ye(x.groups):null}),u("order",k))}function P(k,x,N,B=N){if(k==="selected"&&(x=To(x,N,B),x===void 0)||!(x===null||k==="selected"||Array.isArray(x)&&x.length===2&&x.every((Z,ue)=>Number.isInteger(Z)&&Z>=0&&Z<(ue===0?N:B))))return;let j=k==="selected"?"selected_group":"selected";x!==null&&t[j]!=null&&(t[j]=null,d(j)),t[k]=x,d(k),F(0)}function G(k){if(!o||o.kind!=="binary"||!a)return;let x=Number(k);if(!Number.isFinite(x))return;let N=Be(Math.min(Math.max(x,a.lo),a.hi),a.lo,a.hi);t.threshold=N,b=ht(o,N),u("_matrix",g()),u("_binary",wn(a,b,N)),u("_metrics",Bt(b,n,o,N)),u("_intervals",ee(b)),d("threshold"),t.selected!=null&&F(0)}function U(k){let x=String(k),N=x.endsWith("_r")?x.slice(0,-2):x,X=(e.luts&&e.luts[x]?ye(e.luts[x]):null)||Vt(x),j=X||(e.luts&&e.luts[N]?ye(e.luts[N]):Vt(N));j&&(u("_lut",X||No(j)),u("cmap",x))}o&&o.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),b=ht(o,t.threshold),t._matrix=g(),t._binary=wn(a,b,t.threshold),t._metrics=Bt(b,n,o,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&F(0);let O=new Set;function z(){let k=Fe(t._matrix),x=ke(k.counts,k.k,"true",k.cols,k.totals),N=(t.display_labels||[]).map(String),B=N.slice();k.cols===n+1&&B.push(yn);let X=[];for(let j=0;j<k.k;j++)for(let Z=0;Z<k.cols;Z++)X.push([N[j],B[Z],k.counts[j*k.cols+Z],x[j*k.cols+Z]]);return Ut(["true","predicted","count","share"],X)}function W(){let k=["index","true","predicted"],x=!!(o&&o.kind==="binary");if(x&&k.push("score"),!o||t.selected==null)return Ut(k,[]);let N=st(t.selected,n,w?n+1:n),B=new Uint8Array(n*n);for(let[se,de]of xn(N,n,w?n+1:n))de<n&&(B[se*n+de]=1);let X=hn(o,B,t.threshold),j=jt(o,X),Z=(t.display_labels||[]).map(String),ue=x?Be(t.threshold):0,le=X.map((se,de)=>{if(!x)return[j[de],Z[Math.floor(o.cells[se]/n)],Z[o.cells[se]%n]];let he=o.posIndex;return[j[de],Z[o.positive[se]?he:1-he],Z[o.scores[se]>=ue?he:1-he],o.scores[se]]});return Ut(k,le)}let V={cells:["confusion_matrix.csv",z],selection:["selection.csv",W]},q=t._intervals&&t._intervals.level?t._intervals:null,Q=Float64Array.from(b);function ee(k){return q?k.length===Q.length&&k.every((N,B)=>N===Q[B])?q:{stale:!0,level:q.level,z:q.z}:t._intervals}return{receive(k){return O.add(k),()=>O.delete(k)},get:k=>t[k],on(k,x){return r.has(k)||r.set(k,new Set),r.get(k).add(x),()=>r.get(k).delete(x)},set(k,x){if(k==="threshold")return G(x);if(k==="cmap")return U(x);if(k==="normalize"){u(k,x??null),(t.selected!=null||t.selected_group!=null)&&F(t._selection?.offset||0);return}if(k==="display_labels"){if(!Array.isArray(x)||x.length!==n)return;u(k,x.map(String)),t.selected!=null&&F(t._selection?.offset||0);return}if(k==="selected")return P(k,x,n,w?n+1:n);if(k==="selected_group")return P(k,x,p.length);if(k==="order")return R(x);if(k==="errors_only")return u(k,x===!0);if(k==="cmap_scale")return x==="log"||x==="linear"?u(k,x):void 0;if(k==="show_totals")return typeof x=="boolean"?u(k,x):void 0;if(k==="top_classes")return x===null||x>=1&&x<=n&&Number.isInteger(x)&&t.level!=="groups"&&!t._matrix.totals?u(k,x):void 0;if(k==="level"){(x==="classes"||x==="groups"&&p.length&&t.top_classes==null)&&u(k,x);return}},send(k){if(k&&k.type==="download"&&V[k.what]){let[x,N]=V[k.what],B={type:"download",what:k.what,name:x,text:N()};queueMicrotask(()=>{for(let X of[...O])X(B)});return}k&&k.type==="page"&&(t.selected!=null||t.selected_group!=null)&&F(Number(k.offset)||0)}}}var Ts="CMW1",Cs="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",$s=new Map([...Cs].map((e,t)=>[e,t]));function Es(e){let t=e.trim(),n=(5-t.length%5)%5,o=new Uint8Array((t.length+n)/5*4);for(let r=0,s=0;r<t.length;r+=5,s+=4){let i=0;for(let l=r;l<r+5;l++){let a=l<t.length?$s.get(t[l]):84;if(a===void 0)throw new Error("not base85 text");i=i*85+a}o[s]=i>>>24,o[s+1]=i>>>16&255,o[s+2]=i>>>8&255,o[s+3]=i&255}return o.subarray(0,o.length-n)}async function Io(e,t=!1){let n=t?Es(e):Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),o=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(o).arrayBuffer())}function Ns(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Fs(e){return new TextDecoder().decode(await Io(e))}async function Os(e,t="cmw-pack85"){let n=await Io(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==Ts)throw new Error("not a packed cm_widget document");let o=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),r=n.subarray(8+o);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+o)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let l=Object.keys(i);if(l.length===1&&l[0]==="__cmw_bytes__"){let[a,c]=i.__cmw_bytes__;return Ns(r.subarray(a,a+c))}}return i})}async function Ro(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await Os(t,n):JSON.parse(n==="gzip"?await Fs(t):t)}var Is=new Set(["button","input","select","textarea","summary","canvas"]);function Po(e){let t=(r,s,i)=>{let l=e.createElement(r);return s&&(l.className=s),i!=null&&(l.textContent=i),Is.has(r)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function D(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Rs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ps(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(Rs)return new Float32Array(t.buffer,0,n);let o=new DataView(t.buffer);return Float32Array.from({length:n},(r,s)=>o.getFloat32(4*s,!0))}function jo(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ce(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ce(e.curve.t),i=Ps(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let o=e.least,r=o&&Number.isFinite(o.threshold)&&Number.isFinite(o.mean)?{threshold:o.threshold,mean:o.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:r}}function Bo(e,t,n,o,r){let s=t?n+1:n,i=Math.min(r,s),l=(u,m)=>m<n?e[u*n+m]:t[u],a=[],c=0,d=0;for(let u=0;u<n;u++){let m=0;for(let w=0;w<i;w++)m+=l(u,w)*o[u*r+w];let b=0;for(let w=0;w<s;w++)b+=l(u,w);a.push({total:m,mean:b!==0?m/b:0}),c+=m,d+=b}return{total:c,mean:d?c/d:0,perClass:a}}var js=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function vn(e,t){let n=fe(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(js)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?l=>r.getFloat32(4*l,!0):l=>r.getFloat64(8*l,!0);for(let l=0;l<o;l++)s[l]=i(l);return s}function Do(e){if(!e||typeof e!="object")return null;let t=vn(e.x,Float32Array),n=vn(e.y,Float32Array),o=vn(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var kn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function zo(e){if(!e||typeof e!="object")return null;let t=Do(e.roc),n=Do(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&kn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:kn(e.auc),ap:kn(e.ap),targets:o,undefinedBecause:s}}function Uo(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<r&&(r=a,o=s)}return o}function Vo(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var Bs={uint16:2,uint32:4};function An(e,t){let n=Bs[t];if(!n)return null;let o=fe(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Wo(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Go=e=>Array.from({length:e},(t,n)=>n);function Ko(e,t,n){let o=e&&e.dtype,r=e?An(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?An(e.groups,o):null;return{classes:Wo(r,t)?r:Go(t),groups:n?Wo(i,s)?i:Go(s):null}}function Ho(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=An(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}var Sn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,wt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Xo(e,t){let n=wt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let o=fe(n.per_class),r=t.length,s=[];if(o.byteLength>=48*r){let a=new DataView(o.buffer,o.byteOffset,o.byteLength),c=(d,u)=>{let m=a.getFloat64(8*(6*d+u),!0);return Number.isFinite(m)?m:null};for(let d=0;d<r;d++)s.push({precision:[c(d,0),c(d,1)],recall:[c(d,2),c(d,3)],f1:[c(d,4),c(d,5)]})}let i={};for(let[a,c]of Object.entries(wt(n.summary)))i[a]=Array.isArray(c)?Sn(c):Object.fromEntries(Object.entries(wt(c)).map(([d,u])=>[d,Sn(u)]));let l=n.binary?Object.fromEntries(Object.entries(wt(n.binary)).map(([a,c])=>[a,Sn(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:wt(n.methods)}}function Ds(e,t){let n=L(e);return!t||t[0]===null||t[1]===null?n:`${n} (${L(t[0])}-${L(t[1])})`}var it=e=>`${Number((100*e).toFixed(2))}%`;function Wt(e,t,n,o,r,s){if(t.textContent=Ds(n,o),!o||o[0]===null||o[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${it(r)} interval ${L(o[0])} to ${L(o[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=u=>Math.min(Math.max(u,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(o[0])}%`,c.style.width=`${Math.max(l(o[1])-l(o[0]),0)}%`;let d=e.h("span","cmw-whisker-tick");d.style.left=`${l(n)}%`,a.append(c,d),t.append(a)}function Yo(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${it(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function qo(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let o=n*n,r=e/t,s=1+o/t,i=(r+o/(2*t))/s,l=n*Math.sqrt(r*(1-r)/t+o/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}var Zo=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Mn(e,t){let n=Zo(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let o=Zo(n.hist),r=Number.isInteger(o.bins)&&o.bins>0?o.bins:0,s=Ce(o.counts);return{kind:n.kind,x:Ce(n.x),y:Ce(n.y),n:Ce(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:r&&s.length===r*t?{bins:r,lo:Number(o.lo),hi:Number(o.hi),counts:s}:null}}function Jo(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||r.length===n&&l<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<l;)a--;r.splice(a,0,[l,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let l=Math.floor(i/t),a=o?o[l]:xe(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var _n={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Qo(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(_n),o=null,r=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(r=Math.round(Math.sqrt(i)),r>0&&i===r*r&&s.byteLength===4*i){let l=new DataView(s.buffer);o=new Uint32Array(i);for(let a=0;a<i;a++)o[a]=l.getUint32(4*a,!0)}}return{k:r,cols:r,counts:o,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Lo(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function er(e,t,n){if(!e||!e.counts||e.k!==t)return null;let o=new Uint32Array(t*t);for(let r=0;r<t;r++){let s=n?n[r]:r;for(let i=0;i<t;i++)o[r*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return o}var Tn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},tr=e=>Array.isArray(e)?e:[],Gt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function zs(e,t){let n=Tn(e),o=tr(n.names).map(String),r=o.length;if(!r||!(t>0))return null;let s=Tn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==r*t||i!==t&&i!==t+1)return null;let l=Fe({...s,k:1,cols:r*t*i}),a=o.map((m,b)=>l.counts.subarray(b*t*i,(b+1)*t*i)),c=m=>o.map((b,w)=>Gt(tr(n[m])[w])),d=Tn(n.most_different),u=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<r?{slice:d.slice,value:Gt(d.value),rest:Gt(d.rest),difference:Gt(d.difference)}:null;return{names:o,k:t,cols:i,counts:a,samples:c("samples"),accuracy:c("accuracy"),balancedAccuracy:c("balanced_accuracy"),macroF1:c("macro_f1"),mostDifferent:u,fixed:n.fixed===!0}}function Us(e,t){if(!e)return null;let{k:n,cols:o}=e,r=e.counts.map(i=>ke(i,n,t,o)),s=r.reduce((i,l)=>Math.max(i,He(l)),0);return{values:r,vmax:s,colors:r.map(i=>Oe(i,0,s))}}function Vs(e){return typeof e=="string"?e:null}var nr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>zs(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Vs(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>Us(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>ot(t("_lut"))||$t()}};var or=256;function gt(...e){let t=1/0;for(let n of e)if(n)for(let o=0;o<n.length;o++)n[o]>0&&n[o]<t&&(t=n[o]);return Number.isFinite(t)?t:0}function rr(e,t,n){let o=new Float64Array(e.length),r=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(o[s]=r>0?(1+(or-2)*(Math.log(i/t)/r))/(or-1):1)}return o}function qe(e,t,n,o){return n==="log"?Oe(rr(e,o,t),0,1):Oe(e,0,t)}function Kt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let o=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,r=i=>rr([i],e,t)[0],s=[[r(e),o(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([r(l),o(l)])}return t>e&&s.push([1,o(t)]),s}function Ht(e,t,n=t,o=null){if(o)return{rows:Float64Array.from(o.rows),cols:Float64Array.from(o.cols),all:Number(o.all)};let r=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){r[i]=xe(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:r,cols:s,all:t*n?xe(e,0,t*n):0}}function sr(e,t,n){let o=(l,a)=>{if(a.length===1)return l[a[0]];let c=0;for(let d of a)c+=l[d];return c},r=Float64Array.from(t,l=>o(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,a)=>{i[a]=o(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:r,cols:i,all:e.all}}var Ws=new Set(["normalize","cmap","threshold","display_labels","selected",...fo,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),Gs=10,Xt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},ir=e=>Array.isArray(e)?e:[],Yt={matrix:{raw:["_matrix"],make:(e,t)=>Fe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ke(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>mn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>ke(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ke(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?lo(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>He(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:qe(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?co(e("values"),e("k")):qe(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>gt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ot(t("_lut"))||$t()},lutText:{uses:["lut"],make:e=>Nt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:so(t("values_format"),e("normalize"),cn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>cn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?mo(e("values"),e("countDigits")):e("cmapScale")==="log"?Kt(e("logLo"),e("vmax"),e("normalize")):Ft(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>io(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Xo(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>Mn(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Xt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>st(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Xt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:ir(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>ir(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Qo(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Lo(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>zo(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=jo(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Bo(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Xt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Xt(t("_table"));if(!n.engine)return null;let o=Ce(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...po,...nr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Ko(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Ho(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?mn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Jo(e("counts"),e("k"),Gs,Ks(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Ht(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},bt={},lr=e=>{if(!bt[e]){let t=Yt[e];bt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(lr)])]}return bt[e]};for(let e of Object.keys(Yt))lr(e);function Ks(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>xe(o,i*n,n)+r[i])}function ar(e){let t=new Map,n=a=>{if(!Yt[a])throw new Error(`unknown state key ${a}`);return Yt[a]},o=a=>{let c=n(a),d=bt[a].map(b=>e.get(b)),u=t.get(a);if(u&&u.raws.every((b,w)=>b===d[w]))return u.value;let m=c.make(o,b=>e.get(b));return t.set(a,{raws:d,value:m}),m};return{get:o,on:(a,c)=>{n(a);let d=bt[a].map(u=>e.on(u,c));return()=>d.forEach(u=>u())},set:(a,c)=>{if(!Ws.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,c)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function H(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(l=>e.on(l,s));return o&&o.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var Hs="http://www.w3.org/2000/svg",Ee=180,lt=28,Cn=180,qt=44,Xs=12;function cr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${L(e.eceLow)}-${L(e.eceHigh)}), ${it(e.level)} interval`:"";return`ECE ${L(e.ece)}${t}`}function Ae(e,t,n,o){let r=e.createElementNS(Hs,t);for(let[s,i]of Object.entries(n))r.setAttribute(s,String(i));return o&&r.setAttribute("class",o),r}function ur({state:e,dom:t,signal:n}){let o=Y(n),{h:r,doc:s}=t,i=r("div","cmw-calibration"),l=r("div","cmw-calibration-title"),a=r("div","cmw-calibration-plots");i.append(l,a);let c=[];function d(){let g=e.get("calibration");if(!g||!g.hist)return null;let M=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return M==null||!Number.isFinite(M)?null:M}function u(){let g=e.get("calibration"),M=d();for(let E of c){if(M===null||!g||!g.hist){E.setAttribute("visibility","hidden");continue}let{lo:A,hi:$}=g.hist,p=(Math.min(Math.max(M,A),$)-A)/($-A||1)*Cn;E.setAttribute("x1",String(p)),E.setAttribute("x2",String(p)),E.setAttribute("visibility","visible"),E.dataset.at=String(M)}}function m(g){let M=Ae(s,"svg",{width:Ee+lt+8,height:Ee+lt+8,role:"img"},"cmw-reliability");M.setAttribute("aria-label",`reliability diagram, ${cr(g)}`);let E=y=>lt+y*Ee,A=y=>4+(1-y)*Ee;M.append(Ae(s,"rect",{x:lt,y:4,width:Ee,height:Ee},"cmw-plot-frame"),Ae(s,"line",{x1:E(0),y1:A(0),x2:E(1),y2:A(1)},"cmw-diagonal"));let $=Ae(s,"text",{x:lt+Ee/2,y:Ee+lt+2,"text-anchor":"middle"},"cmw-axis-label");$.textContent="mean predicted probability";let p=Ae(s,"text",{x:10,y:4+Ee/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Ee/2})`},"cmw-axis-label");p.textContent="observed frequency",M.append($,p);let h=Array.from(g.x,(y,f)=>`${E(y)},${A(g.y[f])}`).join(" ");return M.append(Ae(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((y,f)=>{let S=Ae(s,"circle",{cx:E(y),cy:A(g.y[f]),r:3},"cmw-reliability-point"),v=Ae(s,"title",{});v.textContent=`predicted ${L(y)}, observed ${L(g.y[f])}, ${Math.round(g.n[f]*100)/100} samples`,S.append(v),M.append(S)}),M}function b(g,M){let E=r("div","cmw-histograms"),{bins:A,counts:$}=g.hist,p=M.length,h=Math.min(p,Xs),y=0;for(let S=0;S<h*A;S++)y=Math.max(y,$[S]);let f=g.kind==="binary"?`score of ${M[1]??"positive"}`:"top score";E.append(r("div","cmw-histograms-title",`${f} by true class`)),c=[];for(let S=0;S<h;S++){let v=r("div","cmw-histogram-row"),F=r("span","cmw-histogram-name",M[S]);F.title=M[S];let R=Ae(s,"svg",{width:Cn,height:qt},"cmw-histogram"),P=Cn/A;for(let U=0;U<A;U++){let O=$[S*A+U];if(!(O>0))continue;let z=y>0?O/y*(qt-2):0;R.append(Ae(s,"rect",{x:U*P,y:qt-z,width:Math.max(P-1,1),height:z},"cmw-histogram-bar"))}let G=Ae(s,"line",{x1:0,x2:0,y1:0,y2:qt},"cmw-threshold-line");c.push(G),R.append(G),v.append(F,R),E.append(v)}return p>h&&E.append(r("div","cmw-note",`the first ${h} of ${p} classes`)),E}function w(){let g=e.get("calibration");if(i.hidden=!g,c=[],!g)return;if(g.note){l.textContent=g.note,a.replaceChildren();return}let M=g.kind==="binary"?"":" (top label)";l.textContent=`Calibration${M}: ${cr(g)}, ${g.nBins} ${g.strategy} bins`;let E=[m(g)];g.hist&&E.push(b(g,e.get("labels"))),a.replaceChildren(...E),u()}return H(e,["calibration","labels"],w,o.signal),H(e,["threshold","abstainAt"],u,o.signal),w(),{el:i,update:w,destroy:()=>{o.abort(),i.remove()}}}var $n=e=>`${(100*e).toFixed(1)}%`;function Ys(e,t,n,o,r,s){let i=(c,d)=>d===n?t?t[c]:0:e[c*n+d],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let d=0;d<l;d++)(s==="all"||(s==="pred"?d===r:c===o))&&(a+=i(c,d));return{count:i(o,r),den:a}}function dr({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(r.hidden=!c,!c){r.textContent="";return}let d=e.get("countParts"),u=e.get("cols")===a+1?d.rest:null,m=e.get("normalize")==null?"true":e.get("normalize"),{count:b,den:w}=Ys(d.square,u,a,l[0],l[1],m),g=qo(b,w,i.z),M=m==="all"?"the whole":m==="pred"?"its predicted column":"its true row";r.textContent=g?`Share of ${M}: ${$n(b/w)}, ${it(i.level)} interval ${$n(g[0])}-${$n(g[1])} (Wilson).`:`Share of ${M}: no samples, no interval.`,r.dataset.low=g?String(g[0]):"",r.dataset.high=g?String(g[1]):""}return H(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var qs=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Zs(e,t){return`From ${e.name} to ${t}: ${qs(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Js(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function mr({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,d,u,m,b,w){let g=r("div",a);if(g.append(r("div","cmw-moves-title",`${c} (${d})`)),!u.length)return g.append(r("span","cmw-hint","none")),g;let M=r("div","cmw-moves-list");return u.forEach((E,A)=>{let $=r("span","cmw-move"),p=m[A];$.append(r("span","cmw-idx",`sample ${E}`),t.doc.createTextNode(": predicted "),r("em",null,w[p]??String(p)),t.doc.createTextNode(` in ${b}`)),M.append($)}),g.append(M),d>u.length&&g.append(r("span","cmw-hint",`showing the first ${u.length} of ${d}`)),g}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),d=r("p","cmw-compare-summary",Zs(a,c));d.title=Js(a,c),s.append(d);let u=e.get("moves");if(!u){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let m=e.get("labels"),b=r("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),r("em",null,m[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),r("em",null,m[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${a.name}.`)),s.append(b,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,a.name,m),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,c,m))}return H(e,["compareState","moves","run","labels"],l,o.signal),l(),{el:s,update:l,destroy:()=>{o.abort(),s.remove()}}}function pr({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=wo.map(E=>{let A=i("cmw-seg-btn");return A.setAttribute("aria-label",E.label),A.append(s("span","cmw-long",E.label),s("span","cmw-short",E.short)),A.dataset.value=E.value===null?"":E.value,a.append(A),A}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let E of ho)u.append(t.option(E));d.append(s("span","cmw-field-name","Colormap"),u);let m=t.option("cmw:compare"),b=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",b.append(w,s("span",null,"reverse")),l.append(a,d,b,...o);function g(){let E=e.get("normalize");for(let h of c){let y=(h.dataset.value||null)===E;h.classList.toggle("cmw-active",y),h.setAttribute("aria-pressed",String(y))}let A=e.get("compareState");if(u.disabled=!!A,w.disabled=!!A,A){m.textContent=`${A.cmap} (better / worse)`,m.parentNode||u.append(m),u.value=m.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${A.name}; the colormap returns when compare mode ends.`;return}m.remove(),u.removeAttribute("title");let{base:$,reversed:p}=go(e.get("cmap"));[...u.options].some(h=>h.value===$)||u.append(t.option($)),u.value=$,w.checked=p}let M=()=>e.set("cmap",bo(u.value,w.checked));return D(a,"click",E=>{let A=E.target.closest(".cmw-seg-btn");A&&e.set("normalize",A.dataset.value||null)},r.signal),D(u,"change",M,r.signal),D(w,"change",M,r.signal),H(e,["normalize","cmap","compareState"],g,r.signal),g(),{el:l,update:g,destroy:()=>{r.abort(),l.remove()}}}var fr={width:240,height:130,pad:34},Qs="http://www.w3.org/2000/svg";function Ze(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):L(e):"–"}function Ls(e,t){let n=e.perClass.map((o,r)=>`${t[r]??r} ${Ze(o.mean)}`).join(", ");return`Expected cost ${Ze(e.mean)} per sample (${Ze(e.total)} in total); per true class: ${n}.`}function ei(e,t,n,o,r){let{width:s,height:i,pad:l}=r,a=u=>l+(u-t)/(n>t?n-t:1)*(s-2*l),c=u=>i-l+4-(o>0?u/o:0)*(i-l-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${a(e.t[u]).toFixed(1)},${c(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:a,ys:c}}function hr({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("p","cmw-cost-sentence");r.hidden=!0;function s(){let i=e.get("expectedCost");r.hidden=!i,i&&(r.textContent=Ls(i,e.get("labels")),r.dataset.mean=String(i.mean),r.dataset.total=String(i.total))}return H(e,["expectedCost","labels"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function wr({state:e,dom:t,signal:n}){let o=Y(n),{h:r,doc:s}=t,i=(F,R={})=>{let P=s.createElementNS(Qs,F);for(let[G,U]of Object.entries(R))P.setAttribute(G,String(U));return P},l=r("figure","cmw-curve cmw-cost");l.hidden=!0;let a=r("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:c,height:d,pad:u}=fr,m=i("svg",{width:c,height:d,viewBox:`0 0 ${c} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});m.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),M=i("title");g.append(M);let E=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),A=i("text",{x:c/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});A.textContent="threshold";let $=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});$.textContent="cost";let p=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});m.append(i("rect",{x:u,y:8,width:c-2*u,height:d-u-4,class:"cmw-curve-frame"}),b,w,g,E,A,$,p);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),y=r("p","cmw-cost-readout");l.append(a,m,h,y);let f=null,S=null;D(h,"click",()=>{let F=e.get("costs"),R=e.get("binary");F&&F.least&&R&&e.set("threshold",oe(F.least.threshold,R.lo,R.hi))},o.signal);function v(){let F=e.get("costs"),R=e.get("binary");if(l.hidden=!(F&&F.curve&&F.least&&R),l.hidden)return;if(S!==F||!f||f.lo!==R.lo||f.hi!==R.hi){let O=0;for(let V=0;V<F.curve.n;V++)O=Math.max(O,F.curve.y[V]);let z=ei(F.curve,R.lo,R.hi,O,fr);b.setAttribute("points",z.points),f={...z,lo:R.lo,hi:R.hi},p.textContent=Ze(O);let W=oe(F.least.threshold,R.lo,R.hi);g.setAttribute("cx",f.xs(W).toFixed(1)),g.setAttribute("cy",f.ys(F.least.mean).toFixed(1)),M.textContent=`least cost ${Ze(F.least.mean)} at threshold ${W}`,Object.assign(l.dataset,{leastThreshold:String(F.least.threshold),leastMean:String(F.least.mean)}),S=F}let P=f.xs(oe(R.threshold,R.lo,R.hi)).toFixed(1);for(let[O,z]of Object.entries({x1:P,x2:P,y1:8,y2:d-u+4}))w.setAttribute(O,String(z));let G=e.get("expectedCost"),U=G?G.mean:NaN;E.setAttribute("visibility",Number.isFinite(U)?"visible":"hidden"),Number.isFinite(U)&&(E.setAttribute("cx",P),E.setAttribute("cy",f.ys(U).toFixed(1))),h.disabled=Math.abs(U-F.least.mean)<=1e-12*Math.max(1,Math.abs(F.least.mean)),y.textContent=`Now ${Ze(U)} per sample; least ${Ze(F.least.mean)} at threshold ${L(oe(F.least.threshold,R.lo,R.hi))}.`,l.dataset.mean=String(U)}return H(e,["costs","binary","expectedCost"],v,o.signal),v(),{el:l,update:v,destroy:()=>{o.abort(),l.remove()}}}var Zt=64,Nn=800,gr=120,Jt=6,ti=6,at=2,ni=14,Fn=140,re=8,Ie=20,On=15,Ne=6,In=16,Je=14,yt=6,En=8,xt=6,Rn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Qe(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Zt,l=n.maxGrid||Nn,a=re+Ie+o+Ne,c=re,d=e>0&&n.extra?1:0,u=e>0&&n.totals?n.totals:null,m=!!(u&&n.outside),b=u?xt+u.w*(m?2:1):0,w=Math.min(l,Math.max(gr,t-a-s-re-d*yt-b)),g=n.view||Re(e),M=e>0?g.v:0,E=M>0?Math.min(i,w/(M+d)):0;d&&E<En&&(E=Math.min(i,(w-En)/M)),E>=Jt&&(E=Math.floor(E));let A=E*M,$=a+A+yt,p=d?Math.max(E,En):0,h=(d?$+p:a+A)+xt,y=c+A+xt,f=m?h+u.w:h,S=u?f+u.w:d?$+p:a+A,v=u?xt+u.h*(m?2:1):0;return{k:e,v:M,r0:g.r0,c0:g.c0,room:w,cell:E,x0:a,y0:c,grid:A,extra:d,xExtra:$,xw:p,right:S,tot:u,out:m,xOut:h,yOut:y,xTot:f,yTot:m?y+u.h:y,below:v,width:Math.ceil(S+s+re),height:Math.ceil(c+A+v+Ne+r+Ie+re+(Math.max(1,n.xTitleLines||1)-1)*On)}}function br(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=Jt&&(o=Math.floor(o)),Math.max(gr,o*(n+e.extra))}function Qt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,l+Math.min(s,Math.floor(o/n.cell))]:null}function Re(e){return{r0:0,c0:0,v:Math.max(0,e)}}function xr(e,t){return e*ti>t}function yr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Zt)))}function Se(e,t,n=1){if(!(t>0))return Re(0);let o=e||Re(t),r=oe(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(o.r0)||0),0,t-r),i=oe(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function vr(e,t,n,o,r=1){let s=Se(e,o,r);if(!(t>0)||!(o>0))return s;let i=oe(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(d,u)=>u-(u-d)*i/s.v;return Se({r0:c(s.r0,l),c0:c(s.c0,a),v:i},o,r)}function kr(e,t,n,o,r=1){let s=Se(e,o,r);return Se({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function vt(e,t,n,o=1){let r=Se(e,n,o);if(!t)return r;let s=(i,l)=>l<i?l:l>=i+r.v?l-r.v+1:i;return Se({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function Ar(e,t,n,o,r=1){let s=Se(e,n,r),i=Math.min(s.v,Math.max(o,r));return Se({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function Sr(e,t,n){let o=n.v??n.k,r=(s,i,l)=>l+oe((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function Mr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function Lt(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function _r(e,t,n=ni){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function kt(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function Pn(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=oe(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,r)?c:-1}function At(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function Tr(e,t,n,o=1,r=n){if(n<=0||!Rn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,r-1)]}var me=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ce=(e,t)=>e.y0+(t-e.r0)*e.cell,Me=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ct=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Cr({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=r("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function d(){let w=e.get("labels");c=w;let g=r("div","cmw-labels-list");a=w.map((E,A)=>{let $=r("label","cmw-label-row"),p=r("input","cmw-label-input");return p.type="text",p.value=ft(E),p.dataset.index=String(A),$.append(r("span","cmw-label-idx",String(A)),p),g.append($),p});let M=r("div","cmw-labels-actions");M.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(g,M),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function u(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function m(){let w=c,g=e.get("labels"),M=a.map((E,A)=>E.value!==ft(w[A])?pn(E.value,w[A]):g[A]);u(!0),M.length===g.length&&M.some((E,A)=>E!==g[A])&&e.set("display_labels",M)}function b(){a&&a.length!==e.get("k")&&u()}return D(i,"click",()=>a?u():d(),o.signal),D(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),m()):w.key==="Escape"&&(w.preventDefault(),u(!0))},o.signal),D(l,"click",w=>{w.target.closest(".cmw-save")?m():w.target.closest(".cmw-cancel")&&u(!0)},o.signal),H(e,["labels","k"],b,o.signal),{el:l,button:i,update:b,open:d,close:u,isOpen:()=>a!==null,destroy:()=>{o.abort(),l.remove(),i.remove()}}}function $r({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ft(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(d,u=!1)=>{if(a)return;a=!0,l.abort();let m=pn(i.value,o);i.remove(),s(d&&m!==o?m:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),c(d.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var oi=12;function ri(e,t,n,o=oi){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(l,a)=>a==null||a<l||a>=l+r.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function Er({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=ie(c.counts[a],e.get("countDigits"));return d.kind==="percent"?`${u} (${Xe(c.values[a],d)})`:u}function l(){let a=e.get("k"),c=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),m=ri(s,a,d&&d[1]<a?d:d&&[d[0],null]),b=o("table"),w=o("caption",null,`Confusion matrix, rows ${m.rows+1}-${m.rows+m.side} and columns ${m.cols+1}-${m.cols+m.side} of ${a}: rows are the true label, columns the predicted label.`),g=o("tr");g.append(o("td"));for(let A=m.cols;A<m.cols+m.side;A++){let $=o("th",null,`Predicted ${c[A]}`);$.scope="col",g.append($)}if(u){let A=o("th",null,"Abstained");A.scope="col",g.append(A)}let M=o("tbody");for(let A=m.rows;A<m.rows+m.side;A++){let $=o("tr"),p=o("th",null,`True ${c[A]}`);p.scope="row",$.append(p);let h=(y,f)=>{let S=o("td",null,f);d&&d[0]===A&&d[1]===y&&(S.dataset.selected="true",S.textContent=`${S.textContent}, selected`),$.append(S)};for(let y=m.cols;y<m.cols+m.side;y++)h(y,i(A*a+y));u&&h(a,i(A,u)),M.append($)}let E=o("thead");E.append(g),b.append(w,E,M),r.replaceChildren(b)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:r,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>r.remove()}}function si(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((o,r)=>{for(let s of o.members)n[s]=r}),n}function Nr(e,t,n,o){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let r=si(t,n),s=a=>a===n?o?t.length:-1:r[a];if(e.kind==="row")return{rows:r[e.i]>=0?[r[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[a,c]of e.cells){let d=r[a],u=s(c),m=`${d},${u}`;d<0||u<0||i.has(m)||(i.add(m),l.push([d,u]))}return{rows:[],cols:[],cells:l,errors:!1}}function Fr(e,t,n,o,r){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&o?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),a=i(e.add[1]);return l>=0&&a>=0?Co(r,[l,a]):void 0}}var Or="(other)";function Ir(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(o=>o.members).sort((o,r)=>o-r);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var Rr=e=>e.length>0&&e[e.length-1].kind==="other";function Pr(e,t){return Float64Array.from(t,n=>{let o=0;for(let r of n.members)o+=e[r];return o})}function jr(e,t,n,o){if(!n)return{square:ke(e,t,o),rest:null};let r=t+1,s=new Float64Array(t*r);for(let l=0;l<t;l++){for(let a=0;a<t;a++)s[l*r+a]=e[l*t+a];s[l*r+t]=n[l]}let i=Ke(ke(s,t,o,r),t,r);return{square:i.square,rest:i.rest}}function Br(e,t,n,o,r){let s=e[t],i=n===e.length&&r?[o]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let l=[];for(let a of s.members)for(let c of i)l.push([a,c]);return zt(l)}function ii(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Dr(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let d of s)l[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:Dr(i),c=[];for(let d of a)if(r.has(d))for(let u of l[d])c.push({kind:"class",index:u,members:[u]});else c.push({kind:"group",index:d,members:l[d]});return c}function Dr(e){return Array.from({length:e},(t,n)=>n)}function li(e){return e.every(t=>t.kind==="class")}function jn(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let l=0;l<o;l++)r[s*o+l]=e[i+n[l]]}return r}function ai(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)r[a]=l});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let l=r[i];if(!(l<0))for(let a=0;a<t;a++){let c=r[a];c>=0&&(s[l*o+c]+=e[i*t+a])}}return s}function zr(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function ci(e,t,n=null,o="linear"){let r=0,s=1/0,i=a=>{a>r&&(r=a),a>0&&a<s&&(s=a)};for(let a=0;a<t;a++)for(let c=0;c<t;c++)a!==c&&i(e[a*t+c]);if(n)for(let a of n)i(a);s=Number.isFinite(s)?s:0;let l=qe(e,r,o,s);for(let a=0;a<t;a++)l[a*t+a]=0;return{colors:l,vmax:r,lo:s}}var Ur=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),ui=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function Vr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=p=>e.get(p),s=(p,h,y)=>{let f=o.get(p);if(f&&f.deps.length===h.length&&f.deps.every((v,F)=>v===h[F]))return f.value;let S=y();return o.set(p,{deps:h,value:S}),S},i=()=>!!r("compareState"),l=()=>i()?"classes":r("level"),a=()=>l()==="classes"&&!i()?r("topClasses"):null,c=()=>s("items",[r("k"),r("order"),r("groups"),l(),t.version,a()],()=>Ir(ii(r("k"),r("order"),r("groups"),l(),t.expanded),a())),d=()=>Rr(c()),u=()=>s("otherView",[c(),r("abstained"),r("counts"),r("normalize")],()=>{let p=r("abstained"),h=p?Pr(p.counts,c()):null;return{extra:h,...jr(g("counts"),c().length,h,r("normalize"))}}),m=()=>s("perm",[c()],()=>li(c())?c().map(p=>p.index):null),b=()=>{let p=m();return p!==null&&p.every((h,y)=>h===y)},w={items:c,k:()=>c().length,labels:()=>s("labels",[c(),r("labels"),r("groups")],()=>{let p=r("labels"),h=r("groups");return c().map(y=>y.kind==="class"?p[y.index]:y.kind==="other"?Or:`${h.names[y.index]} (${y.members.length})`)}),counts:()=>s("counts",[c(),r("counts")],()=>{if(b())return r("counts");let p=m();return p?jn(r("counts"),r("k"),p):ai(r("counts"),r("k"),c())}),values:()=>s("values",[c(),r("values"),r("normalize")],()=>{if(b())return r("values");let p=m();return p?r("values")===r("counts")?g("counts"):jn(r("values"),r("k"),p):d()?u().square:ke(g("counts"),c().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),r("abstained")],()=>{let p=r("abstained"),h=m();return p&&d()?{counts:u().extra,values:u().rest}:!p||h===null?null:b()?p:{counts:zr(p.counts,h),values:zr(p.values,h)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.colorsAndMax()],()=>{let p=w.abstainedRows();if(!p)return null;let h=w.colorsAndMax().lo;return p===r("abstained")&&w.vmax()===r("vmax")&&h==null?p:{counts:p.counts,values:p.values,colors:h!=null?qe(p.values,w.vmax(),r("cmapScale"),h):Oe(p.values,0,w.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[c(),r("values"),r("colors"),r("errorsOnly"),r("cmapScale"),i(),w.abstainedRows()],()=>{let p=c().length;if(r("errorsOnly")&&!i()){let F=w.abstainedRows();return ci(g("values"),p,F&&F.values,r("cmapScale"))}if(b())return{colors:r("colors"),vmax:r("vmax")};let h=m();if(h)return{colors:jn(r("colors"),r("k"),h),vmax:r("vmax")};let y=g("values"),f=w.abstainedRows(),S=Math.max(He(y),f?He(f.values):-1/0),v=gt(y,f&&f.values);return{colors:qe(y,S,r("cmapScale"),v),vmax:S,lo:v}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.colorsAndMax(),r("normalize"),r("colorbar"),r("cmapScale")],()=>{let p=w.colorsAndMax().lo;return w.vmax()===r("vmax")&&p==null?r("colorbar"):r("cmapScale")==="log"?Kt(p??gt(g("values")),w.vmax(),r("normalize")):Ft(w.vmax(),r("normalize"))}),selected:()=>s("selected",[c(),r("selected"),r("selectedGroup"),w.abstainedRows()],()=>{let p=c(),h=r("selected"),y=r("selectedGroup"),f=(F,R)=>p.findIndex(P=>P.kind===F&&P.index===R||F==="class"&&P.kind==="other"&&P.members.includes(R)),S=F=>F===r("k")&&w.abstainedRows()?p.length:f("class",F),v=h?[f("class",h[0]),S(h[1])]:y?[f("group",y[0]),f("group",y[1])]:null;return v&&v[0]>=0&&v[1]>=0?v:null}),issueMarks:()=>s("issueMarks",[c(),r("issues")],()=>{let p=m();return p===null?null:er(r("issues"),r("k"),b()?null:p)}),marks:()=>s("marks",[c(),r("selectionSpec"),w.abstainedRows()],()=>Nr(r("selectionSpec"),c(),r("k"),!!w.abstainedRows())),totals:()=>s("totals",[c(),r("totals"),r("counts")],()=>{let p=r("totals");if(b())return p;if(m()!==null||d())return sr(p,c(),r("k"));if(r("multilabel"))return null;let h=c().length;return Ht(g("counts"),h,h)}),focus:()=>s("focus",[c(),t.version],()=>{let p=t.focus;if(p===null)return null;let h=S=>c().findIndex(v=>v.members.includes(S)),y=h(p.row),f=h(p.col);return y>=0&&f>=0?{r:y,c:f,outline:p.outline}:null})};function g(p){return Ur.has(p)?w[p]():e.get(p)}function M(p,h){if(!Ur.has(p))return e.on(p,h);let y=ui.map(S=>e.on(S,h)),f=()=>h();return n.add(f),()=>{y.forEach(S=>S()),n.delete(f)}}function E(p,h){let y=c();if(p==="selected"){if(h==null){r("selectedGroup")&&e.set("selected_group",null),(r("selected")||r("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(h)){let v=Fr(h,y,r("k"),!!w.abstainedRows(),r("selectionSpec"));v!==void 0&&e.set("selected",v);return}let f=y[h[0]],S=y[h[1]];if(f&&f.kind==="other"||S&&S.kind==="other"){let v=Br(y,h[0],h[1],r("k"),!!w.abstainedRows());v!==void 0&&e.set("selected",v);return}if(f&&f.kind==="class"&&h[1]===y.length&&w.abstainedRows()){e.set("selected",[f.index,r("k")]);return}if(!f||!S)return;f.kind==="class"&&S.kind==="class"?e.set("selected",[f.index,S.index]):f.kind==="group"&&S.kind==="group"&&e.set("selected_group",[f.index,S.index]);return}if(p==="display_labels"){let f=r("labels").slice();h.forEach((S,v)=>{y[v]&&y[v].kind==="class"&&(f[y[v].index]=S)}),e.set("display_labels",f);return}e.set(p,h)}function A(){t.version+=1;for(let p of[...n])p()}return{get:g,on:M,set:E,send:p=>e.send(p),local:{expand(p,h){h?t.expanded.add(p):t.expanded.delete(p),A()},expanded:()=>new Set(t.expanded),focus(p,h,y=!1){t.focus=p==null?null:{row:p,col:h,outline:y},A()}}}}var Wr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],di=8,mi=12,pi=20;function fi(e,t,n=di){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(o);c===0?r.push(l):c>0&&s.push(l)}),r.concat(s).slice(0,n)}function hi(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function wi(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Gr({state:e,display:t,dom:n,signal:o}){let r=Y(o),s=(x,N,B)=>D(x,N,B,r.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let m=i("select","cmw-order-select");m.title="Order of the classes";for(let[x,N]of Wr)m.append(a(x,N));let b=a("list","Custom (from Python)");b.disabled=!0,m.append(b),u.append(m);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let M=i("label","cmw-level-label","Show "),E=i("select","cmw-level");E.append(a("classes","Classes"),a("groups","Groups")),M.append(E),d.append(u,w,M);let A=i("div","cmw-expand");A.setAttribute("role","group"),A.setAttribute("aria-label","Expand groups");let $=i("div","cmw-search"),p=i("label","cmw-search-label");p.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let y=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",y),p.append(h);let f=i("ul","cmw-matches");f.id=y,f.setAttribute("role","listbox"),f.setAttribute("aria-label","Matching classes"),f.hidden=!0,$.append(p,f);let S=i("details","cmw-top"),v=i("summary","cmw-top-title","Largest errors"),F=!1;s(v,"click",()=>{F=!0}),v.id=`${y}-top`;let R=i("ol","cmw-top-list");R.setAttribute("aria-labelledby",v.id),S.append(v,R);let P=i("div","cmw-sr");P.setAttribute("aria-live","polite"),P.setAttribute("role","status"),c.append(d,A,$,S,P);let G=x=>{P.textContent=x};s(m,"change",()=>{e.set("order",m.value),G(`Order: ${m.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),G(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(E,"change",()=>{e.set("level",E.value),G(`Showing ${E.value}.`)}),s(A,"change",x=>{let N=x.target.closest("input[data-group]");N&&(t.local.expand(Number(N.dataset.group),N.checked),G(`${N.checked?"Expanded":"Collapsed"} ${N.parentElement.textContent.trim()}.`))});function U(x){let N=e.get("labels");h.value=N[x],O(),t.local.focus(x,x,!0),G(`Found ${N[x]}: its row and column are outlined.`)}function O(){f.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function z(){let x=e.get("labels"),N=fi(x,h.value);f.replaceChildren(...N.map((B,X)=>{let j=i("li","cmw-match",x[B]);return j.id=`${y}-${X}`,j.setAttribute("role","option"),j.dataset.cls=String(B),j})),f.hidden=N.length===0,h.setAttribute("aria-expanded",String(N.length>0)),h.value.trim()||t.local.focus(null)}function W(x){let N=[...f.children];if(!N.length)return null;let B=N.findIndex(j=>j.getAttribute("aria-selected")==="true"),X=x===0?Math.max(B,0):(B+x+N.length)%N.length;return N.forEach((j,Z)=>j.setAttribute("aria-selected",String(Z===X))),h.setAttribute("aria-activedescendant",N[X].id),N[X]}s(h,"input",z),s(h,"keydown",x=>{if(x.key==="ArrowDown"||x.key==="ArrowUp")W(x.key==="ArrowDown"?1:-1),x.preventDefault();else if(x.key==="Enter"){let N=W(0);N&&U(Number(N.dataset.cls)),x.preventDefault()}else x.key==="Escape"&&!f.hidden&&(O(),x.preventDefault())}),s(f,"click",x=>{let N=x.target.closest("li[data-cls]");N&&U(Number(N.dataset.cls))}),s(R,"click",x=>{let N=x.target.closest("button[data-i]");if(!N)return;let[B,X]=[Number(N.dataset.i),Number(N.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[B,X]),t.local.focus(B,X,!1)});function V(){let x=e.get("k");c.hidden=x<=2,$.hidden=x<=mi;let N=e.get("orderChoices");for(let j of m.options)j.value!=="list"&&(j.disabled=N!==null&&!N.includes(j.value),j.title=j.disabled?"Needs a live kernel":"");let B=e.get("orderName");m.value=Wr.some(([j])=>j===B)?B:"list",g.checked=e.get("errorsOnly");let X=e.get("groups");M.hidden=!X,E.value=e.get("level"),q(X),Q()}function q(x){let N=t.local.expanded(),B=!!x&&e.get("level")==="groups";if(A.hidden=!B,!B)return;let X=x.names.map((j,Z)=>{let ue=i("label","cmw-expand-item"),le=i("input");return le.type="checkbox",le.dataset.group=String(Z),le.checked=N.has(Z),ue.append(le,n.doc.createTextNode(` ${j}`)),ue});A.replaceChildren(i("span","cmw-expand-title","Expand: "),...X)}function Q(){let x=e.get("labels"),N=e.get("top");v.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${N.length})`,F||(S.open=e.get("k")>pi),R.replaceChildren(...N.map(B=>{let X=i("li"),j=l("cmw-top-item",hi(x,B));return j.dataset.i=String(B[0]),j.dataset.j=String(B[1]),X.append(j),X})),S.hidden=N.length===0}let ee=e.get("selection");function k(){let x=e.get("selection");x!==ee&&G(wi(x)),ee=x}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],V,r.signal),H(e,["selection"],k,r.signal),V(),{el:c,update:V,destroy:()=>{r.abort(),c.remove()}}}function Kr(e){let t=Vr(e.state),n=Gr({...e,display:t}),o=Er({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var Hr=34;function Xr(e,t,n,o){if(!n)return 0;let r=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<r;i++)for(let l=0;l<r;l++){let a=n[i*r+l];if(!a||!ct(t,[i,l]))continue;let c=Me(t,l),d=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),u=me(t,l)+c,m=ce(t,i);e.beginPath(),e.moveTo(u-d,m),e.lineTo(u,m),e.lineTo(u,m+d),e.closePath(),e.fillStyle=o.accent,e.fill(),c>=Hr&&t.cell>=Hr&&(e.font=`9px ${o.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=o.accent,e.fillText(String(a),u-d-1,m+1)),s+=1}return s}var ve=12,St="abstained",Bn=8,gi=13;function Yr(e){return Array.from({length:256},(t,n)=>Ct(e,n))}function qr(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(no(n,o,r*r),r,r),0,0),s}function Zr(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,ce(t,r),t.xw,t.cell)}function Jr(e,t,n,o,r){if(t.cell<Jt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=o[n[i*s+l]],e.fillRect(me(t,l),ce(t,i),t.cell,t.cell)}function Qr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Lr(e,t,n,o){let r=t.k,s=Math.min(gi,Math.floor(t.cell*.3));if(s<Bn||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let d=ce(t,c)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let m=dn(n.values[c*r+u],n.counts[c*r+u],n.fmt,n.countDigits);l.push([me(t,u)+t.cell/2,d,m,n.colors[c*r+u]])}if(i){let u=dn(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,d,u,i.colors[c]])}}let a=bi(e,l.map(c=>c[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,d,u,m]of l)e.fillStyle=to(n.lutText,n.lut,m),a.mode==="two"?(e.font=a.font,e.fillText(u.main,c,d-a.px*.5),e.font=a.subFont,e.fillText(u.sub,c,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,c,d))}}function bi(e,t,n,o,r){let s=n-4,i=(a,c)=>{e.font=a;let d=0;for(let u of t)d=Math.max(d,e.measureText(c(u)).width);return d},l=t.length>0&&t[0].sub!=="";for(let a=o;a>=Bn;a--){let c=`${a}px ${r.family}`,d=Math.max(Bn-1,Math.round(a*.8)),u=`${d}px ${r.family}`;if(!(i(c,b=>b.main)>s))return l?n>=a*2.4+d&&i(u,b=>b.sub)<=s?{mode:"two",px:a,font:c,subFont:u}:i(c,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function e1(e,t,n,o,r,s,i,l){let a=$=>e.measureText($).width;e.font=l(ve),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let $ of kt(t.v,r.step,t.r0)){let p=ce(t,$)+t.cell/2;e.fillText(At(n[$],o,a),t.x0-Ne,p),e.moveTo(t.x0-3,Math.round(p)+.5),e.lineTo(t.x0,Math.round(p)+.5)}let c=t.y0+t.grid+(t.below||0)+Ne,d=kt(t.v,r.step,t.c0).map($=>[me(t,$)+t.cell/2,n[$],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,St,r.extraRotated]);for(let[$,p,h]of d){let y=At(p,o,a);e.moveTo(Math.round($)+.5,t.y0+t.grid),e.lineTo(Math.round($)+.5,t.y0+t.grid+3),h?(e.save(),e.translate($,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(y,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(y,$,c))}e.stroke(),e.font=l(ve,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],m=t.y0+t.grid+(t.below||0)+Ne+r.height+Ie/2+2,b=Math.max(...u.map(a)),w=oe(t.x0+t.grid/2,re+b/2,Math.max(re+b/2,t.width-re-b/2));u.forEach(($,p)=>e.fillText($,w,m+p*On));let g=Math.max(t.grid,t.height-2*re),M=String(s.y),E=a(M)<=g?M:At(M.split(" (")[0],g,a),A=oe(t.y0+t.grid/2,re+a(E)/2,Math.max(re,t.height-re-a(E)/2));e.save(),e.translate(re+Ie/2,A),e.rotate(-Math.PI/2),e.fillText(E,0,0),e.restore()}function t1(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(In+Je+6+n+Ie)}function xi(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+Je)*i)/i-l,c=Math.round(n*i),d=Math.round((n+o)*i)-c,u=b=>Math.min(255,Math.floor((b+.5)/d*256)),m=0;for(let b=1;b<=d;b++)b<d&&u(b)===u(m)||(e.fillStyle=r[u(m)],e.fillRect(l,(c+d-b)/i,a,(b-m)/i),m=b)}function n1(e,t,n,o,r,s,i=""){if(i){e.font=s(ve-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let c=m=>e.measureText(m).width,d=At(String(i),Math.max(t.grid,t.height-2*re),c),u=oe(t.y0+t.grid/2,re+c(d)/2,Math.max(re,t.height-re-c(d)/2));e.save(),e.translate(t.width-re-Ie/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+In,a=t.grid;xi(e,l,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(l-.5,t.y0-.5,Je+1,a+1),e.font=s(ve-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,d]of n){let u=t.y0+a*(1-oe(Number(c)||0,0,1));e.moveTo(l+Je,Math.round(u)+.5),e.lineTo(l+Je+3,Math.round(u)+.5),e.fillText(String(d),l+Je+5,oe(u,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function o1(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ce(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(me(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function r1(e,t,n,o,r){let s=([i,l],a,c,d)=>{if(!ct(t,[i,l]))return;let u=Math.max(Me(t,l),8),m=Math.max(t.cell,8),b=me(t,l)+Me(t,l)/2-u/2,w=ce(t,i)+t.cell/2-m/2;e.setLineDash(c),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(b+d,w+d,u-2*d,m-2*d),e.strokeStyle=a,e.strokeRect(b+d/2,w+d/2,u-d,m-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}function s1(e,t,n,o){if(!n)return;let r=2,s=(c,d,u,m)=>{e.lineWidth=r,e.strokeStyle=o.bg,e.strokeRect(c+r,d+r,u-2*r,m-2*r),e.strokeStyle=o.accent,e.strokeRect(c+r/2,d+r/2,u-r,m-r)};e.setLineDash([]);let i=c=>c>=t.r0&&c<t.r0+t.v,l=c=>t.extra&&c>=t.k||c>=t.c0&&c<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let c of n.rows||[])i(c)&&s(t.x0,ce(t,c),a-t.x0,Math.max(t.cell,4));for(let c of n.cols||[])l(c)&&s(me(t,c),t.y0,Math.max(Me(t,c),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=o.accent,e.setLineDash([3,3]);for(let c=t.r0;c<t.r0+t.v;c++)c<t.c0||c>=t.c0+t.v||(e.moveTo(me(t,c),ce(t,c)),e.lineTo(me(t,c)+t.cell,ce(t,c)+t.cell));e.stroke(),e.setLineDash([])}for(let[c,d]of n.cells||[]){if(!ct(t,[c,d]))continue;let u=Math.max(Me(t,d),8),m=Math.max(t.cell,8);s(me(t,d)+Me(t,d)/2-u/2,ce(t,c)+t.cell/2-m/2,u,m)}}var i1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},yi={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function vi(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&i1[e.normalize]?(c=(e.multilabel?yi:i1)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(r+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:r,y:s,bar:c,badges:a}}function l1(e){let t=e("compareState");return vi({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function a1(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var Dn="total",m1="outside",Mt=11,ki=9,Ai=8,c1=90,Si="rgba(127, 127, 127, 0.1)";function p1(e,t,n,o,r,s=!1){let i=(d,u)=>(e.font=r(u),Math.max(0,...Array.from(d,m=>e.measureText(typeof m=="string"?m:ie(m,n)).width))),l=Math.min(c1,Math.ceil(Math.max(i([...t.rows,t.all],Mt),i([s?m1:Dn],12))+8));if(o<ki)return{w:Math.min(l,40),h:Ai,rotated:!1,text:!1};let a=i(t.cols,Mt),c=a>o-4;return{w:l,h:Math.ceil(c?Math.min(c1,a+6):Mt+8),rotated:c,text:!0}}var u1=(e,t,n,o)=>e>=t&&e<t+o.grid?n+Math.min(o.v-1,Math.floor((e-t)/o.cell)):-1;function zn(e,t,n){if(!n||!n.tot)return null;let{w:o,h:r}=n.tot,s=n.out?[[n.xOut,n.yOut,"out"],[n.xTot,n.yTot,""]]:[[n.xTot,n.yTot,""]];for(let[i,l,a]of s){let c=e>=i&&e<i+o,d=t>=l&&t<l+r,u=w=>a?a+w[0].toUpperCase()+w.slice(1):w;if(c&&d)return a?null:{kind:"all"};let m=c?u1(t,n.y0,n.r0,n):-1;if(m>=0)return{kind:u("row"),i:m};let b=d?u1(e,n.x0,n.c0,n):-1;if(b>=0)return{kind:u("col"),j:b};if(d&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:u("col"),j:n.k};if(c||d)return null}return null}function d1(e,t,n,o,r,s,i,l,a,c){let{tot:d}=t;if(e.fillStyle=i.band||Si,e.fillRect(n,t.y0,d.w,t.grid),e.fillRect(t.x0,o,n+d.w-t.x0,d.h),e.strokeStyle=i.border,e.lineWidth=1,e.setLineDash(c?[3,2]:[]),e.strokeRect(n-.5,t.y0-.5,d.w+1,t.grid+1),e.strokeRect(t.x0-.5,o-.5,t.grid+1,d.h+1),t.extra&&e.strokeRect(t.xExtra-.5,o-.5,t.xw+1,d.h+1),e.setLineDash([]),!d.text)return;e.fillStyle=c?i.muted:i.fg,e.font=l(Mt),e.textAlign="center",e.textBaseline="middle";for(let m=0;m<t.v;m++)e.fillText(ie(r(m),a),n+d.w/2,ce(t,t.r0+m)+t.cell/2);let u=Array.from({length:t.v},(m,b)=>t.c0+b);t.extra&&u.push(t.k),u.forEach((m,b)=>{e.save(),e.translate(me(t,m)+Me(t,m)/2,o+d.h/2),d.rotated&&e.rotate(-Math.PI/2),e.fillText(ie(s(b,m),a),0,0),e.restore()})}function f1(e,t,n,o,r,s,i){if(!t.tot||!n)return;let{tot:l}=t;e.save(),t.out&&o&&d1(e,t,t.xOut,t.yOut,a=>o.rows[a],a=>o.cols[a],s,i,r,!0),d1(e,t,t.xTot,t.yTot,a=>n.rows[t.r0+a],(a,c)=>n.cols[c],s,i,r,!1),e.strokeRect(t.xTot-.5,t.yTot-.5,l.w+1,l.h+1),e.font=i(Mt,!0),l.text&&e.fillText(ie(n.all,r),t.xTot+l.w/2,t.yTot+l.h/2),e.font=i(12),e.fillStyle=s.muted;for(let[a,c,d]of t.out?[[m1,t.xOut,t.yOut],[Dn,t.xTot,t.yTot]]:[[Dn,t.xTot,t.yTot]])e.textAlign="center",e.textBaseline="top",e.fillText(a,c+l.w/2,t.yTot+l.h+6),e.textAlign="right",e.textBaseline="middle",e.fillText(a,t.x0-6,d+l.h/2);e.restore()}function h1(e,t,n,o=null){let{r0:r,c0:s,v:i}=n,l=new Float64Array(i);for(let c=r;c<r+i;c++){let d=0;for(let u=0;u<t;u++)(u<s||u>=s+i)&&(d+=e[c*t+u]);l[c-r]=d}let a=new Float64Array(i+(o?1:0));for(let c=0;c<t;c++)if(!(c>=r&&c<r+i)){for(let d=s;d<s+i;d++)a[d-s]+=e[c*t+d];o&&(a[i]+=o[c])}return{rows:l,cols:a}}function w1(e,t,n,o,r){let s=c=>ie(c,r);if(!t)return"";if(e.kind==="all")return`Total: ${s(t.all)}`;let i=e.kind.endsWith("ow"),l=s(i?t.rows[e.i]:t.cols[e.j]);if(!e.kind.startsWith("out"))return`${i?"Row":"Column"} total: ${l}`;if(!n)return"";let a=i?n.rows[e.i-n.view.r0]:n.cols[e.j>=o?n.view.v:e.j-n.view.c0];return`Outside the window: ${s(a)} of ${l}`}var Mi=64,_i=200;function Un(e,t,n){let o=e.closest(".cmw"),r=n.defaultView;if(!o||!r||!e.isConnected||!o.getClientRects().length)return 1/0;let s=null;for(let u=o.parentElement;u&&u!==n.body&&u!==n.documentElement;u=u.parentElement){let m=r.getComputedStyle(u).overflowY;(m==="auto"||m==="scroll")&&u.clientHeight>=_i&&(s=u)}if(!s&&r.top!==r)return 1/0;let i=Math.min(r.innerHeight,s?s.clientHeight:r.innerHeight);if(!(i>0))return 1/0;let l=u=>u.getBoundingClientRect().top,a=u=>u.getBoundingClientRect().bottom,c=Mi,d=[...o.children].find(u=>u.contains(e));if(d&&d!==e){let u=[...d.children].filter(m=>m!==e&&m.getClientRects().length&&l(m)>=a(e)-1);u.length&&(c+=Math.max(...u.map(a))-a(e))}for(let u=d?d.nextElementSibling:null;u&&!u.classList.contains("cmw-selection");u=u.nextElementSibling)u.getClientRects().length&&!u.classList.contains("cmw-sr")&&(c+=u.getBoundingClientRect().height);return Math.floor(i-(l(t)-l(o))-c)}function g1({el:e,sizers:t,doc:n,signal:o,redraw:r,changed:s}){let i=n.defaultView;if(i&&typeof i.ResizeObserver<"u"){let l=new i.ResizeObserver(()=>{s(!0)&&r()});for(let c of[e,...t])l.observe(c);let a=e.closest(".cmw");a&&l.observe(a),D(i,"resize",()=>{s(!1)&&r()},o),o.addEventListener("abort",()=>l.disconnect(),{once:!0})}if(i&&typeof i.MutationObserver<"u"&&n.body){let l=null,a=new i.MutationObserver(()=>{clearTimeout(l),l=setTimeout(r,100)});a.observe(n.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),o.addEventListener("abort",()=>{a.disconnect(),clearTimeout(l)},{once:!0})}}var Ti={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ci={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},$i={true:"of its true row",pred:"of the abstained column",all:"of all samples"};function en(e,t){let n=e("items"),o=Array.isArray(n)?n[t]:null;return o&&o.kind==="other"?o.members.length:0}function Vn(e,t){let n=en(e,t);return n?`${e("labels")[t]}, ${n} classes`:e("labels")[t]}function Wn(e,[t,n]){let o=e("k"),r=e("abstained");if(n>=o&&r){let a=[`True: ${Vn(e,t)}`,`Predicted: ${St}`,`Count: ${ie(r.counts[t],e("countDigits"))}`],c=e("fmt");return c.kind==="percent"&&a.push(`Shown: ${Xe(r.values[t],c)} ${$i[e("normalize")]||""}`.trim()),a.join(`
`)}let s=t*o+n,i=[`True: ${Vn(e,t)}`,`Predicted: ${Vn(e,n)}`,`Count: ${ie(e("counts")[s],e("countDigits"))}`],l=e("fmt");if(l.kind==="delta"&&i.push(`Change: ${Xe(e("values")[s],l)} since the compared run`),l.kind==="percent"){let a=(e("multilabel")?Ci:Ti)[e("normalize")]||"";i.push(`Shown: ${Xe(e("values")[s],l)} ${a}`.trim())}return i.join(`
`)}var b1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},x1={r:"row",c:"col",e:"errors"};function y1({st:e,get:t,state:n,live:o,zoomed:r,classCell:s,colsOf:i,setView:l,zoomBy:a,scheduleDraw:c,describe:d}){return function(m){let b=t("k");if(b===0)return;let w=!0;if(Rn.has(m.key)){let g=e.cursor||t("selected")||(r()?[e.view.r0,e.view.c0]:null);e.cursor=Tr(g,m.key,b,m.shiftKey?10:1,i(b)),r()&&l(vt(e.view,s(e.cursor),b,e.vMin)),o.textContent=d(e.cursor).replace(/\n/g,", "),c()}else if(e.zoomable&&!m.ctrlKey&&!m.metaKey&&!m.altKey&&b1[m.key]){let g=b1[m.key];if(g==="fit")l(Re(b));else{let M=e.cursor?s(e.cursor):null;a(g==="in"?at:1/at,M?[M[0]+.5,M[1]+.5]:null),M&&r()&&l(vt(e.view,s(e.cursor),b,e.vMin))}}else if(m.key==="Enter"||m.key===" "){let g=e.cursor||t("selected")||[0,0];e.cursor=g,n.set("selected",m.shiftKey?{add:[g[0],g[1]]}:[g[0],g[1]])}else if(!m.ctrlKey&&!m.metaKey&&!m.altKey&&x1[m.key.toLowerCase()]){let g=x1[m.key.toLowerCase()],M=e.cursor||t("selected")||[0,0];n.set("selected",g==="errors"?"errors":g==="row"?{row:M[0]}:{col:M[1]})}else w=!1;w&&m.preventDefault()}}function v1(e,t,n,o,r){e.dataset.cellX0=String(t.x0),e.dataset.cellY0=String(t.y0),e.dataset.cellSize=String(t.cell),e.dataset.viewRow0=String(t.r0),e.dataset.viewCol0=String(t.c0),e.dataset.viewSize=String(t.v),e.dataset.cols=String(o.cols),e.dataset.extraX0=t.extra?String(t.xExtra):"",e.dataset.extraWidth=t.extra?String(t.xw):"";let s=t.tot?[t.xTot,t.tot.w,t.yTot,t.tot.h]:["","","",""];["totalsX0","totalsWidth","totalsY0","totalsHeight"].forEach((i,l)=>{e.dataset[i]=String(s[l])}),e.dataset.xTitle=r.x,e.dataset.yTitle=r.y,e.dataset.barTitle=r.bar,e.setAttribute("aria-label",`Confusion matrix of ${n} classes. Rows: ${r.y}. Columns: ${r.x}. Colours: ${r.bar}`+(t.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(o.zoomable?` Showing ${Lt(t,n)}; plus and minus zoom, 0 shows all.`:""))}var Ei=720,Ni=4,Fi=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],Oi=24;function k1({state:e,dom:t,signal:n,report:o=l=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),a=(_,T,C,I)=>D(_,T,C,l.signal,I),{doc:c,h:d,button:u}=t,m=d("div","cmw-matrix"),b=d("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let w=u("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=u("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let M=u("cmw-zoom-fit","Fit");M.setAttribute("aria-label","Show all classes"),M.title="Show all classes (0)";let E=d("span","cmw-view-range");E.setAttribute("aria-live","polite"),b.append(w,g,M,E,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let A=d("div","cmw-mode");A.setAttribute("aria-live","polite"),A.hidden=!0;let $=d("div","cmw-plot"),p=d("canvas","cmw-canvas");p.tabIndex=0,p.setAttribute("role","img");let h=d("div","cmw-tooltip");h.hidden=!0,$.append(p,h);let y=d("div","cmw-sr");y.setAttribute("aria-live","polite"),m.append(A,b,$,y);let f={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},S={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},v=_=>e.get(_),F=_=>{let T=v("lut"),C=v("compareState")?T:oo(T,_);return C===T?{lut:T,lutText:v("lutText")}:((S.themedOf[0]!==T||S.themedOf[1]!==_)&&(S.themed={lut:C,lutText:Nt(C)},S.themedOf=[T,_]),S.themed)},R=()=>{let _=S.drawn.lut;return S.cssOf!==_&&(S.css=Yr(_)),S.cssOf=_,S.css},P=()=>{let _=v("colors"),T=S.drawn.lut;return S.bitmap&&S.bitmapOf[0]===_&&S.bitmapOf[1]===T||(S.bitmap=qr(c,S.bitmap,_,T,v("k")),S.bitmapOf=[_,T]),S.bitmap};function G(_,T){let C=_.font,I=S.widths.get(C);if(I&&I.texts===T)return I.w;let K=0;for(let J of T)K=Math.max(K,_.measureText(J).width);return S.widths.set(C,{texts:T,w:K}),K}function U(){f.queued||l.signal.aborted||(f.queued=!0,queueMicrotask(()=>{f.queued=!1,l.signal.aborted||Q()}))}function O(){let _=c.defaultView,T=_&&_.getComputedStyle?_.getComputedStyle(m):null,C=(I,K)=>(T&&T.getPropertyValue(I)||"").trim()||K;return{fg:T&&T.color||"#1f1f1f",muted:C("--cmw-muted","#616161"),accent:C("--cmw-accent","#1976d2"),border:C("--cmw-border","#bdbdbd"),bg:C("--cmw-bg","#ffffff"),family:T&&T.fontFamily||"sans-serif"}}let z=()=>(s?s():m.clientWidth)||Ei;function W(_){f.cursor&&(f.cursor[0]>=_||f.cursor[1]>=_)&&(f.cursor=null),f.view=null,f.editor&&f.editor.finish(!1),f.k=_}let V=_=>_+(_>0&&v("abstained")?1:0),q=_=>_[1]>=v("k")?[_[0],f.view?f.view.c0:0]:_;function Q(){let _=performance.now(),T=v("k");T!==f.k&&W(T);let C=v("abstained");f.cols=V(T),f.cursor&&f.cursor[1]>=f.cols&&(f.cursor=null);let I=p.getContext("2d");if(!I)return;let K=O();S.drawn=F(K.bg),f.detached=!m.isConnected;let J=(_e,Te)=>`${Te?"600 ":""}${_e}px ${K.family}`,pe=v("labels");f.width=z(),I.font=J(ve);let ge=Math.min(Fn,Math.max(40,Math.round(f.width*.2))),be=Math.ceil(Math.min(ge,G(I,pe))),We=v("colorbar"),Ge=t1(I,We),Pe=l1(v);ee(Pe.badges),f.height=Un(m,p,c);let et=v("showTotals")?v("totals"):null,Zn=(_e,Te=!1)=>et&&T>0?p1(I,et,v("countDigits"),_e,J,Te):null,dt=Zn(Qe(T,f.width,{yLabelWidth:be,rightWidth:Ge,extra:C?1:0}).cell),L1={yLabelWidth:be,rightWidth:Ge,extra:C?1:0,xTitleLines:1,totals:dt,xLabelHeight:Math.min(Fn,G(I,pe))},tt;for(let _e=0;_e<3;_e++){let Te=Qe(T,f.width,{...L1,maxGrid:tt}),ln=br(Te,f.height);if(ln===void 0||ln===tt)break;tt=ln}let Jn=Qe(T,f.width,{yLabelWidth:be,rightWidth:Ge,extra:C?1:0,maxGrid:tt,totals:dt});f.zoomable=T>0&&xr(T,Jn.room),f.vMin=yr(T,Jn.room);let mt=f.zoomable?Se(f.view,T,f.vMin):Re(T);f.view=f.zoomable?mt:null;let on=f.zoomable&&mt.v<T;dt=Zn(Qe(T,f.width,{yLabelWidth:be,rightWidth:Ge,view:mt,extra:C?1:0,maxGrid:tt,totals:dt,outside:on}).cell,on);let Qn={yLabelWidth:be,rightWidth:Ge,view:mt,extra:C?1:0,maxGrid:tt,totals:dt,outside:on},rn=Qe(T,f.width,Qn);f.step=_r(mt.v,rn.cell),f.xLabels=B(I,pe,rn,ge),I.font=J(ve,!0);let Ln=a1(Pe.x,Math.max(rn.width-2*re,60),_e=>I.measureText(_e).width);I.font=J(ve);let ae=Qe(T,f.width,{...Qn,xLabelHeight:f.xLabels.height,xTitleLines:Ln.length});f.layout=ae,f.yLabelW=be,x(I,ae);let sn=v("colors");if(T===0)I.fillStyle=K.muted,I.font=J(ve),I.fillText("No data",re,re+ve);else{sn.length>=T*T&&Jr(I,ae,sn,R(),P),C&&Zr(I,ae,C.colors,R()),Qr(I,ae,K),f.outside=ae.out?{view:{r0:ae.r0,c0:ae.c0,v:ae.v},...h1(v("counts"),T,ae,C?C.counts:null)}:null,f1(I,ae,et,f.outside,v("countDigits"),K,J),Lr(I,ae,{values:v("values"),counts:v("counts"),colors:sn,lut:S.drawn.lut,lutText:S.drawn.lutText,fmt:v("fmt"),countDigits:v("countDigits"),abstained:C},K),e1(I,ae,pe,ge,{step:f.step,...f.xLabels},{x:Ln,y:Pe.y},K,J),n1(I,ae,We,R(),K,J,Pe.bar),p.dataset.issueMarks=String(Xr(I,ae,v("issueMarks"),K));let _e=f.cursor&&p.matches(":focus")?f.cursor:null;s1(I,ae,v("marks"),K),r1(I,ae,v("selected"),_e,K);let Te=v("focus");Te&&Te.outline&&o1(I,ae,Te.r,Te.c,K)}k(ae),N(ae,T,_,Pe)}function ee(_){let T=[...A.children].map(C=>C.textContent);T.length===_.length&&T.every((C,I)=>C===_[I])||(A.replaceChildren(..._.map(C=>d("span","cmw-badge",C))),A.hidden=_.length===0)}function k(_){b.hidden=!f.zoomable,f.zoomable&&(E.textContent=Lt(_,_.k),g.disabled=_.v<=f.vMin,w.disabled=_.v>=_.k,M.disabled=_.v>=_.k)}function x(_,T){let C=c.defaultView&&c.defaultView.devicePixelRatio||1,I=Math.max(1,Math.round(T.width*C)),K=Math.max(1,Math.round(T.height*C));(p.width!==I||p.height!==K)&&(p.width=I,p.height=K),p.style.width=`${T.width}px`,p.style.height=`${T.height}px`,_.setTransform(C,0,0,C,0,0),_.clearRect(0,0,T.width,T.height)}function N(_,T,C,I){let K=performance.now();p.dataset.heightRoom=Number.isFinite(f.height)?String(f.height):"",f.draws+=1;let J=null;!f.firstDrawn&&T>0&&(f.firstDrawn=!0,J=K-(f.draws===1?r:C)),o({k:T,draws:f.draws,lastMs:K-C,firstMs:J,view:{r0:_.r0,c0:_.c0,v:_.v}}),v1(p,_,T,f,I)}function B(_,T,C,I){let K=0;if(f.zoomable)K=G(_,T);else for(let We of kt(C.k,f.step))K=Math.max(K,_.measureText(T[We]).width);K=Math.min(I,K);let J=K>f.step*C.cell-4,pe=C.extra?_.measureText(St).width:0,ge=C.extra>0&&(J||pe>C.xw+yt-2),be=Math.max(J?K:ve+2,ge?pe:0);return{rotated:J,extraRotated:ge,height:Math.ceil(be)}}function X(_,T){f.editor&&f.editor.finish(!1);let C=f.layout,I=_==="y"?Math.max(f.yLabelW+Ne+4,100):120,K=me(C,T)+C.cell/2,J=_==="y"?C.x0-I:oe(K-I/2,0,Math.max(0,C.width-I)),pe=_==="y"?ce(C,T)+C.cell/2-11:C.y0+C.grid+(C.below||0)+Ne,ge={left:p.offsetLeft+Math.max(0,J),top:p.offsetTop+pe,width:I},be=v("labels");f.editor=$r({dom:t,host:$,box:ge,name:be[T],index:T,done:(We,Ge)=>{f.editor=null;let Pe=v("labels");if(We!==null&&T<Pe.length){let et=Pe.slice();et[T]=We,e.set("display_labels",et)}Ge&&p.focus({preventScroll:!0})}})}function j(_,T=!1){let C=p.getBoundingClientRect(),I=f.lastUp;return T&&I&&Math.abs(I.x-_.clientX)<1&&Math.abs(I.y-_.clientY)<1?[I.x-C.left,I.y-C.top]:[_.clientX-C.left,_.clientY-C.top]}function Z(_,T){let C=f.layout;if(!C||C.k===0)return null;let I=ve/2+1;if(_>=re+Ie&&_<C.x0&&T>=C.y0-I&&T<C.y0+C.grid+I){let pe=Pn(T-C.y0,C.cell,f.step,C.k,I,C.r0,C.v);return pe>=0?{axis:"y",index:pe}:null}let K=C.y0+C.grid+(C.below||0),J=C.x0+C.grid+(C.extra?yt/2:20);if(T>=K&&T<K+Ne+f.xLabels.height&&_>=C.x0-20&&_<J){let pe=f.xLabels.rotated?I:f.step*C.cell/2,ge=Pn(_-C.x0,C.cell,f.step,C.k,pe,C.c0,C.v);return ge>=0?{axis:"x",index:ge}:null}return null}function ue(_,T,C){h.textContent=_,h.hidden=!1;let I=p.offsetLeft+T+14;I+h.offsetWidth+4>$.clientWidth&&(I=Math.max(0,p.offsetLeft+T-h.offsetWidth-10));let K=p.offsetTop+C+14;K+h.offsetHeight+4>$.clientHeight&&(K=Math.max(0,p.offsetTop+C-h.offsetHeight-10)),h.style.left=`${I}px`,h.style.top=`${K}px`}let le=()=>f.zoomable&&f.view!==null&&f.view.v<v("k");function se(_){let T=v("k"),C=Se(_,T,f.vMin),I=f.view||Re(T);return C.r0===I.r0&&C.c0===I.c0&&C.v===I.v?!1:(f.view=C,h.hidden=!0,U(),!0)}function de(_,T=null){if(!f.zoomable||!f.layout)return;let C=f.layout;se(vr(C,_,T,C.k,f.vMin))}function he(_){_.target.closest(".cmw-zoom-in")?de(at):_.target.closest(".cmw-zoom-out")?de(1/at):_.target.closest(".cmw-zoom-fit")&&se(Re(v("k")))}function De(_){if(!(_.ctrlKey||_.metaKey)||!f.zoomable)return;_.preventDefault();let[T,C]=j(_);de(Mr(_.deltaY,_.deltaMode),Sr(T,C,f.layout))}function Le(_){if(f.panned=!1,f.pan=null,_.button!==0||!le())return;let[T,C]=j(_);Qt(T,C,f.layout)&&(f.pan={id:_.pointerId,x:_.clientX,y:_.clientY,view:f.layout,cell:f.layout.cell,moved:!1})}function ze(_){let T=f.pan,C=_.clientX-T.x,I=_.clientY-T.y;if(!T.moved){if(Math.hypot(C,I)<Ni)return;T.moved=!0,h.hidden=!0;try{p.setPointerCapture(T.id)}catch{}}p.style.cursor="grabbing",se(kr(T.view,-I/T.cell,-C/T.cell,v("k"),f.vMin))}function we(_){f.lastUp={x:_.clientX,y:_.clientY},f.pan&&f.pan.moved&&(f.panned=!0,p.style.cursor="grab"),f.pan=null}function Ue(_){if(f.pan&&f.pan.id===_.pointerId&&(ze(_),f.pan.moved))return;let[T,C]=j(_),I=Qt(T,C,f.layout);if(I){ue(Wn(v,I),T,C),p.style.cursor=le()?"grab":"pointer";return}let K=zn(T,C,f.layout);if(K){ue(w1(K,v("totals"),f.outside,v("k"),v("countDigits")),T,C),p.style.cursor=K.kind==="row"||K.kind==="col"?"pointer":"default";return}let J=Z(T,C);if(p.style.cursor=J?"text":"default",J){let pe=J.axis==="y"?"True class":"Predicted class",ge=J.axis==="y"?"row":"column",be=en(v,J.index);ue(be?`${v("labels")[J.index]}: the ${be} classes after the first ${J.index} of the order`:`${pe} ${J.index}: ${v("labels")[J.index]}
(click to select the ${ge}, double-click to rename)`,T,C)}else h.hidden=!0}function Ve(_){if(f.panned){f.panned=!1;return}let[T,C]=j(_,!0),I=Qt(T,C,f.layout),K=I?null:zn(T,C,f.layout)||{},J=I?null:K.kind==="row"?{axis:"y",index:K.i}:K.kind==="col"?{axis:"x",index:K.j}:K.kind?null:Z(T,C);I?(f.cursor=I,e.set("selected",_.shiftKey?{add:I}:I),U()):J?e.set("selected",J.axis==="y"?{row:J.index}:{col:J.index}):v("hasSelection")&&e.set("selected",null)}function te(_){let[T,C]=j(_,!0),I=Z(T,C);I&&!en(v,I.index)&&(_.preventDefault(),h.hidden=!0,X(I.axis,I.index))}a(p,"pointerdown",Le),a(p,"pointermove",Ue),a(p,"pointerleave",()=>{h.hidden=!0}),a(p,"pointerup",we),a(p,"pointercancel",()=>{f.pan=null}),a(p,"wheel",De,{passive:!1}),a(b,"click",he),a(p,"click",Ve),a(p,"dblclick",te);let ne=y1({st:f,get:v,state:e,live:y,zoomed:le,classCell:q,colsOf:V,setView:se,zoomBy:de,scheduleDraw:U,describe:_=>Wn(v,_)});a(p,"keydown",ne),a(p,"focus",U),a(p,"blur",U),g1({el:m,sizers:i,doc:c,signal:l.signal,redraw:U,changed:_=>_&&(f.detached||Math.abs(z()-f.width)>=1)||!(Math.abs(Un(m,p,c)-f.height)<1)}),l.signal.addEventListener("abort",()=>{f.editor&&f.editor.finish(!1)},{once:!0});let Tt=v("selected"),Yn=v("focus");function qn(){let _=v("selected"),T=v("focus"),C=_&&!(Tt&&_[0]===Tt[0]&&_[1]===Tt[1]);T!==Yn&&T&&f.zoomable?se(Ar(f.view,[T.r,T.c],v("k"),Oi,f.vMin)):C&&le()&&se(vt(f.view,q(_),v("k"),f.vMin)),Tt=_,Yn=T,Q()}return H(e,Fi,qn,l.signal),Q(),{el:m,update:qn,destroy:()=>{l.abort(),m.remove()}}}function A1({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table"),l=r("p","cmw-interval-note");s.append(r("summary",null,"Metrics"),i,l);let a=!0;function c(){let d=e.get("metrics");if(s.hidden=d.perClass.length===0,a=!s.open,!s.open)return;let u=e.get("countDigits"),m=e.get("intervals"),b=m&&!m.stale?m:null;l.hidden=!m,l.textContent=m?Yo(m):"";let w=(A,$)=>A.append(r("td","cmw-num",$)),g=(A,$,p,h)=>{let y=r("td","cmw-num");b?Wt(t,y,$,p,b.level,b.methods[h]):y.textContent=L($),A.append(y)};i.replaceChildren();let M=i.createTHead().insertRow();for(let A of["class","precision","recall","F1","support"])M.append(r("th",null,A));let E=i.createTBody();for(let[A,$]of d.perClass.entries()){let p=E.insertRow(),h=r("th",null,$.label);h.title=h.textContent,p.append(h);let y=b&&b.perClass[A];for(let f of["precision","recall","f1"])g(p,$[f],y?y[f]:null,f);w(p,ie($.support,u))}for(let[A,$]of d.summary.entries()){let p=E.insertRow();p.className=A===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",p.append(r("th",null,String($.name??"")));let h=b?b.summary[String($.name)]:null;if("value"in $)w(p,""),w(p,""),g(p,$.value,Array.isArray(h)?h:null,$.name==="accuracy"?"accuracy":"balanced_accuracy"),w(p,"");else{let y=$.name==="macro avg"?"macro_":"weighted_";for(let f of["precision","recall","f1"])g(p,$[f],h&&!Array.isArray(h)?h[f]:null,y+f);w(p,ie($.support,u))}}}return D(s,"toggle",()=>{s.open&&a&&c()},o.signal),H(e,["metrics","countDigits","intervals"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function S1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return H(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function M1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s,option:i}=t,l=r("div","cmw-rank"),a=r("label","cmw-rank-label","Sort samples by "),c=r("select","cmw-rank-menu");a.append(c);let d=r("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let m=r("div","cmw-issues");m.hidden=!0;let b=!1;function w(){let g=e.get("issues"),M=e.get("selection");if(l.hidden=!g||!M||M.available===!1,l.hidden)return;let E=g.ranks.join(",");c.dataset.ranks!==E&&(c.replaceChildren(...g.ranks.map($=>i($,_n[$]))),c.dataset.ranks=E),c.value=e.get("rank"),c.disabled=g.kernelOnly,d.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=d.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,d);let A=M.issues&&Array.isArray(M.issues.indices)?M.issues:null;A?(u.textContent=`${b?"Hide":"Show"} likely label errors (${A.total})`,u.setAttribute("aria-expanded",String(b)),m.hidden=!b,m.textContent=A.total?`${A.indices.join(", ")}${A.total>A.indices.length?", ...":""}`:"None in this cell.",l.append(u,m)):g.pending?l.append(r("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&l.append(r("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return D(c,"change",()=>e.set("rank",c.value),o.signal),D(u,"click",()=>{b=!b,w()},o.signal),H(e,["issues","rank","selection"],w,o.signal),w(),{el:l,update:w,destroy:()=>{o.abort(),l.remove()}}}function ut({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),d=nt(n,r,s);return D(l,"input",()=>{a=!0,o&&o(c()),d(c())},i),D(l,"change",()=>{a=!1,d.cancel(),n(c())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(u,m,b){l.min=String(u),l.max=String(m),l.step=String(b)}}}var Ii=60,_1=700,tn="http://www.w3.org/2000/svg",_t={w:240,h:56,pad:6};function T1(e,{w:t,h:n,pad:o}=_t){let r=e.length,s=l=>r>1?o+l*(t-2*o)/(r-1):t/2,i=l=>o+(1-Math.min(1,Math.max(0,l)))*(n-2*o);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Ri(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function C1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{doc:s,h:i,button:l,option:a}=t,c=o||{now:()=>Date.now(),setTimeout:(O,z)=>setTimeout(O,z),clearTimeout:O=>clearTimeout(O)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=l("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let m=i("output","cmw-run-name"),b=()=>e.get("runs").names,w=O=>{let z=b();O>=0&&O<z.length&&z[O]!==e.get("run")&&e.set("run",z[O])},g=ut({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Ii,clock:o,signal:r.signal,onInput:O=>{U(),m.textContent=b()[O]??""}}),M=g.el;M.min="0",M.step="1",M.setAttribute("aria-label","Run");let E=l("cmw-run-newer","");E.title="Show the latest run";let A=i("select","cmw-compare-pick");A.setAttribute("aria-label","Compare with");let $=i("label","cmw-field");$.append(i("span",null,"Compare with"),A);let p=i("div","cmw-runs-top");p.append(u,M,m,E,$);let h=s.createElementNS(tn,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${_t.w} ${_t.h}`),h.setAttribute("width",String(_t.w)),h.setAttribute("height",String(_t.h));let y=i("div","cmw-history-legend");y.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let f=i("div","cmw-history-box");f.append(h,y),d.append(p,f),d.hidden=!0;let S=null;function v(){let O=e.get("runs"),z=e.get("run");if(d.hidden=O.names.length<2,d.hidden){U();return}let W=O.names.indexOf(z);M.max=String(O.names.length-1),!g.dragging()&&W>=0&&(M.value=String(W)),g.dragging()||(m.textContent=z);let V=Ri(O.names,z);E.textContent=V,E.hidden=!V,F(O.names,e.get("compare")),R(O,W)}function F(O,z){let W=a("","none");A.replaceChildren(W,...O.map(V=>a(V))),A.value=z!=null&&O.includes(z)?z:""}function R(O,z){let W=[];for(let[q,Q]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let ee=T1(q).filter(Boolean),k=s.createElementNS(tn,"polyline");k.setAttribute("class",Q),k.setAttribute("fill","none"),k.setAttribute("points",ee.map(x=>x.map(N=>N.toFixed(1)).join(",")).join(" ")),W.push(k)}let V=T1(O.accuracy);O.names.forEach((q,Q)=>{if(!V[Q])return;let ee=s.createElementNS(tn,"circle");ee.setAttribute("class",Q===z?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),ee.setAttribute("cx",V[Q][0].toFixed(1)),ee.setAttribute("cy",V[Q][1].toFixed(1)),ee.setAttribute("r",Q===z?"4":"3"),ee.setAttribute("data-run",String(Q));let k=s.createElementNS(tn,"title");k.textContent=`${q}: accuracy ${L(O.accuracy[Q])}, macro F1 ${L(O.macroF1[Q])}`,ee.append(k),W.push(ee)}),h.replaceChildren(...W)}function P(){let O=b(),z=O.indexOf(e.get("run"));if(z<0||z>=O.length-1){U();return}w(z+1),S=c.setTimeout(P,_1)}function G(){let O=b();O.indexOf(e.get("run"))>=O.length-1&&w(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),S=c.setTimeout(P,_1)}function U(){S!==null&&c.clearTimeout(S),S=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return D(u,"click",()=>S===null?G():U(),r.signal),D(E,"click",()=>{U(),w(b().length-1)},r.signal),D(A,"change",()=>e.set("compare",A.value===""?null:A.value),r.signal),D(h,"click",O=>{let z=O.target&&O.target.closest?O.target.closest("[data-run]"):null;z&&(U(),w(Number(z.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>U(),{once:!0}),H(e,["runs","run","compare"],v,r.signal),v(),{el:d,update:v,destroy:()=>{r.abort(),d.remove()}}}var Pi=60,$1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function E1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),d=p=>e.set("abstain",p),u=ut({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:Pi,clock:o,signal:r.signal,onInput:p=>{let h=i();c.textContent=p.toFixed(je(h?h.step:.01))}}),m=u.el,b=s("label","cmw-field");b.append(a,s("span",null,"Abstain when the top score is below"),m,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let M=s("span","cmw-hint cmw-top-k-hint");M.setAttribute("role","status"),g.append(M);let E=s("div","cmw-abstain-stats");l.append(b,g,E);let A=null;function $(){let p=i(),h=!!(p&&p.kind==="multiclass");if(l.hidden=!h,!h)return;u.range(p.lo,p.hi,p.step);let y=p.abstain!==null&&p.abstain!==void 0;if(a.checked=y,m.disabled=!y,y&&(A=p.abstain),!u.dragging()){let f=y?p.abstain:A??(p.lo+p.hi)/2;m.value=String(f),c.textContent=y?Number(f).toFixed(je(p.step)):"off"}w.max=String(p.k_max),t.doc.activeElement!==w&&(w.value=String(p.top_k)),E.replaceChildren(),y&&E.append(s("span","cmw-stat cmw-coverage",`coverage ${$1(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${$1(p.covered_accuracy)}`))}return D(a,"change",()=>{i()&&d(a.checked?parseFloat(m.value):null)},r.signal),D(w,"change",()=>{let p=i(),h=Number(w.value),y=p&&Number.isInteger(h)&&h>=1&&h<=p.k_max;M.textContent=y||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,y?e.set("top_k",h):p&&(w.value=String(p.top_k))},r.signal),H(e,["scores"],$,r.signal),$(),{el:l,update:$,destroy:()=>{r.abort(),l.remove()}}}function N1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var ji=60,Gn={size:240,pad:34},Bi=[0,.5,1],Di="http://www.w3.org/2000/svg",zi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function F1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s,doc:i}=t,l=(p,h={})=>{let y=i.createElementNS(Di,p);for(let[f,S]of Object.entries(h))y.setAttribute(f,String(S));return y},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(c,d);let u=!1,m=null,b={},w=p=>{let h=e.get("binary");!h||!Number.isFinite(p)||e.set("threshold",oe(p,h.lo,h.hi))},g=nt(w,ji,o);r.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function M(p){let{size:h,pad:y}=Gn;c.replaceChildren();for(let f of Object.keys(b))delete b[f];for(let f of zi){let S=p[f.kind],v=s("figure",`cmw-curve cmw-curve-${f.kind}`),F=s("figcaption","cmw-curve-title"),R=p[f.area],P=p.undefinedBecause?p.undefinedBecause[f.kind]:null;if(F.textContent=`${f.title}${R===null||P?"":`  ${f.areaName} ${L(R)}`}`,P){v.append(F,s("p","cmw-curve-undefined",`Undefined: ${P}.`)),c.append(v);continue}let G=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${f.title} curve; press or drag on it to set the threshold`});G.classList.add("cmw-curve-svg"),Object.assign(G.dataset,{kind:f.kind,plotSize:String(h),plotPad:String(y)}),G.append(l("rect",{x:y,y,width:h-2*y,height:h-2*y,class:"cmw-curve-frame"}),l("polyline",{points:Vo(S,h,y),class:"cmw-curve-line"})),f.kind==="roc"&&G.append(l("line",{x1:y,y1:h-y,x2:h-y,y2:y,class:"cmw-curve-chance"}));let U=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});U.textContent=f.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=f.y,G.append(U,O,...E(h,y));let z=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),W=l("text",{x:y,y:y-8,class:"cmw-curve-readout"}),V=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),q=l("title");q.textContent="Drag along the curve to move the threshold",V.append(q),G.append(...z,W,V),v.append(F,G),c.append(v),b[f.kind]={plot:G,marker:V,guides:z,readout:W,curve:S,spec:f},A(G,S)}d.replaceChildren();for(let f of p.targets){let S=t.button("cmw-curve-target",`threshold for ${f.name}`);S.dataset.threshold=String(f.threshold),D(S,"click",()=>w(f.threshold),r.signal),d.append(S)}}function E(p,h){let y=p-2*h,f=[];for(let S of Bi){let v=h+S*y,F=h+(1-S)*y,R=String(S);f.push(l("line",{x1:v,y1:p-h,x2:v,y2:p-h+4,class:"cmw-curve-tickmark"})),f.push(l("line",{x1:h-4,y1:F,x2:h,y2:F,class:"cmw-curve-tickmark"}));let P=l("text",{x:v,y:p-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});P.textContent=R;let G=l("text",{x:h-6,y:F,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});G.textContent=R,f.push(P,G)}return f}function A(p,h){let y=!1,f=v=>{let F=N1(p.getBoundingClientRect(),Gn),R=(v.clientX-F.x0)/F.inner,P=1-(v.clientY-F.y0)/F.inner;return h.t[Uo(h,R,P)]};D(p,"pointerdown",v=>{if(y=!0,p.setPointerCapture&&v.pointerId!==void 0)try{p.setPointerCapture(v.pointerId)}catch{}g(f(v))},r.signal),D(p,"pointermove",v=>{y&&g(f(v))},r.signal),D(p,"pointerup",v=>{y&&(y=!1,g.cancel(),w(f(v)))},r.signal),D(p,"pointercancel",()=>{y=!1,g.cancel()},r.signal)}function $(){let p=e.get("binary");if(a.hidden=!p,!p)return;let h=e.get("curves");if(!h){(!u||m!==null)&&(u=!0,m=null,c.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}m!==h&&(M(h),m=h);let{size:y,pad:f}=Gn,S=y-2*f;for(let{marker:v,guides:F,readout:R,spec:P,plot:G}of Object.values(b)){let[U,O]=P.at(p),z=Number.isFinite(U)&&Number.isFinite(O);for(let ee of[v,...F])ee.setAttribute("visibility",z?"visible":"hidden");if(R.textContent=z?`${P.x} ${L(U)}, ${P.y} ${L(O)}`:"",!z)continue;let W=(f+U*S).toFixed(1),V=(f+(1-O)*S).toFixed(1);v.setAttribute("cx",W),v.setAttribute("cy",V);let[q,Q]=F;Object.entries({x1:W,y1:V,x2:W,y2:y-f}).forEach(([ee,k])=>q.setAttribute(ee,k)),Object.entries({x1:W,y1:V,x2:f,y2:V}).forEach(([ee,k])=>Q.setAttribute(ee,k)),G.dataset.markerX=String(U),G.dataset.markerY=String(O)}}return H(e,["binary","curves"],$,r.signal),$(),{el:a,update:$,destroy:()=>{r.abort(),a.remove()}}}var Ui=60,Kn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Vi(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function O1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,b=ut({dom:t,cls:"cmw-label-threshold",write:S=>{let v=d();if(!v||!Array.isArray(v.thresholds)||!Number.isFinite(S))return;let F=v.thresholds.slice();F[u]=S,e.set("thresholds",F)},throttleMs:Ui,clock:o,signal:r.signal,onInput:S=>{let v=d();c.textContent=S.toFixed(je(v?v.step:.01))}}),w=b.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,c);let M=s("div","cmw-label-focus"),E=s("div","cmw-label-listing"),A=s("table","cmw-label-tables");i.append(a,g,M,E,A);let $="label",p=!1;function h(){let S=d(),v=!!(S&&S.kind==="multilabel");if(i.hidden=!v,!v)return;let F=e.get("labels"),R=e.get("metrics").perClass,P=e.get("countDigits");u=Math.min(u,F.length-1),(l.options.length!==F.length||[...l.options].some((U,O)=>U.textContent!==F[O]))&&l.replaceChildren(...F.map((U,O)=>t.option(String(O),U))),l.value=String(u);let G=Array.isArray(S.thresholds);g.hidden=!G,w.disabled=!!S.fixed,G&&!b.dragging()&&(b.range(S.lo,S.hi,S.step),w.value=String(S.thresholds[u]),c.textContent=Number(S.thresholds[u]).toFixed(je(S.step))),y(S,F,P),f(S,F,R,P)}function y(S,v,F){let R=S.tables[u]||[0,0,0,0],P=s("table","cmw-readout-table");P.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let U=P.createTBody();[["truly absent",0],["truly present",2]].forEach(([z,W])=>{let V=U.insertRow();V.append(s("th",null,z));for(let q of[W,W+1]){let[Q,ee]=Kn[q],k=s("td"),x=t.button("cmw-label-cell",`${ee} ${ie(R[q],F)}`);x.dataset.cell=Q,x.disabled=!!S.fixed,D(x,"click",()=>e.send({type:"label_cell",label:u,cell:Q}),r.signal),k.append(x),V.append(k)}}),M.replaceChildren(s("div","cmw-label-focus-title",v[u]??""),P);let O=S.focus;if(O&&O.label===u){let z=Kn.find(([V])=>V===O.cell)?.[1]??O.cell,W=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;E.replaceChildren(s("div","cmw-label-listing-title",`${z} of ${v[u]}: ${W} samples`),s("div","cmw-indices",O.indices.join(", ")))}else E.replaceChildren()}function f(S,v,F,R){let P=s("tr"),G=(W,V)=>{let q=$===W,Q=t.button(`cmw-sort${q?" cmw-sorted":""}`,q?`${V} ${p?"▼":"▲"}`:V);Q.dataset.sort=W,D(Q,"click",()=>{p=q?!p:W!=="label",$=W,h(),A.querySelector(`[data-sort="${W}"]`).focus()},r.signal);let ee=s("th");return ee.setAttribute("aria-sort",q?p?"descending":"ascending":"none"),ee.append(Q),ee};P.append(G("label","label"),...Kn.map(([,W])=>s("th",null,W)),G("f1","F1"),G("support","support"));let U=s("thead");U.append(P);let O=s("tbody"),z=F.length===v.length?F:v.map(()=>({f1:NaN,support:NaN}));for(let W of Vi(z,$,p)){let V=s("tr",W===u?"cmw-focused":null);V.dataset.label=String(W);let q=t.button("cmw-label-name",v[W]);D(q,"click",()=>{u=W,h()},r.signal);let Q=s("th");Q.append(q),V.append(Q,...(S.tables[W]||[]).map(ee=>s("td",null,ie(ee,R))),s("td",null,L(z[W].f1)),s("td",null,ie(z[W].support,R))),O.append(V)}A.replaceChildren(U,O)}return D(l,"change",()=>{u=Number(l.value)||0,h()},r.signal),H(e,["scores","labels","metrics","countDigits"],h,r.signal),h(),{el:i,update:h,destroy:()=>{r.abort(),i.remove()}}}function I1(e){let t=[F1(e),E1(e),O1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}var R1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Wi=e=>`${(Number(e)*100).toFixed(0)}%`;function P1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${R1(n.mean)} · median ${R1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(o=>`${String(o[0])} ${Wi(o[2])}`).join(" · ")}function j1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:o}=e,r=o("table","cmw-summary"),s=o("caption",null,"Features of this cell and of the rest of its true row"),i=o("tr");i.append(o("th",null,"feature"),o("th",null,"this cell"),o("th",null,"rest of the row")),r.append(s,i);for(let l of n){let a=o("tr");a.append(o("th",null,String(l.column)),o("td",null,P1(l,"cell")),o("td",null,P1(l,"rest"))),r.append(a)}return r}function B1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("div","cmw-selection"),l=()=>{let m=s("cmw-clear","Clear selection");return m.title="Clear the selection (w.selected = None)",m};function a(){let m=e.get("selection");if(i.replaceChildren(),!m){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let b=r("p","cmw-sentence");for(let A of m.sentence){let $=String(A&&A.text!=null?A.text:"");b.append(A&&A.em?r("em",null,$):t.doc.createTextNode($))}let w=r("div","cmw-selection-head");if(w.append(b,l()),i.append(w),!m.available){let A=e.get("table"),$=typeof m.unavailable=="string"&&m.unavailable?m.unavailable:A?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${A.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",$));return}let g=xo(m);if(g.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(m.indices||[]).join(", ")),c(g));let M=Array.isArray(m.previews)?m.previews:[];M.length&&i.append(d(M));let E=j1(t,m);E&&i.append(E)}function c(m){let b=r("div","cmw-pager");if(m.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(m.prevOffset),b.append(w)}if(b.append(r("span","cmw-range",`showing ${m.first}-${m.last} of ${m.total}`)),m.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(m.nextOffset),b.append(w)}return b}function d(m){let b=r("div","cmw-previews");for(let w of m)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=r("figure","cmw-preview-img"),M=r("img");M.src=w.src,M.alt=`sample ${w.index}`,g.append(M,r("figcaption",null,`#${w.index}`)),b.append(g)}else if(w.kind==="text"){let g=r("div","cmw-preview-text");g.append(r("span","cmw-idx",`#${w.index}`),r("span","cmw-snippet",String(w.text??""))),b.append(g)}}return b}let u=null;return D(i,"click",m=>{if(m.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=m.target.closest("button[data-offset]");if(!b)return;let w=e.get("selection");u=w&&{cls:b.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(b.dataset.offset)})},o.signal),H(e,["selection","table","hasSelection"],()=>{let m=u;u=null;let b=t.doc.activeElement,w=b&&(i.contains(b)||b===t.doc.body);a();let g=e.get("selection");if(!m||!g||g.i!==m.i||g.j!==m.j||!w)return;let M=i.querySelector(`button.${m.cls}`)||i.querySelector("button[data-offset]");M&&M.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}function D1({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let c=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(a,c,...o);function d(){let u=e.get("selectionSpec"),m=!!(u&&u.kind==="errors");a.classList.toggle("cmw-active",m),a.setAttribute("aria-pressed",String(m)),l.hidden=!(e.get("k")>0)}return D(a,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},r.signal),H(e,["selectionSpec","k"],d,r.signal),d(),{el:l,update:d,destroy:()=>{r.abort(),l.remove()}}}function z1(e,t,n){let o=e.defaultView,r=o.URL.createObjectURL(t),s=e.createElement("a");s.href=r,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),o.setTimeout(()=>o.URL.revokeObjectURL(r),1e4)}function U1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("details","cmw-download"),l=r("summary","cmw-download-summary","Download"),a=r("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let c=s("cmw-download-cells","Matrix (CSV)");c.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",a.append(c,d,u),i.append(l,a);function m(){d.disabled=!e.get("hasSelection")}let b=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";z1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return o.signal.addEventListener("abort",b,{once:!0}),D(a,"click",w=>{let g=w.target.closest("button");if(g){if(g===c)e.send({type:"download",what:"cells"});else if(g===d)e.send({type:"download",what:"selection"});else if(g===u){let M=i.closest(".cmw"),E=M&&M.querySelector("canvas.cmw-canvas");E&&E.toBlob(A=>{A&&z1(t.doc,A,"confusion_matrix.png")},"image/png")}}},o.signal),H(e,["hasSelection"],m,o.signal),m(),{el:i,update:m,destroy:()=>{o.abort(),i.remove()}}}var Gi=96,Ki=3;function V1(e,t){return Math.max(Ki,Math.floor(Gi/Math.max(e,t,1)))}function Hi(e,t,n,o){let r=V1(n,o),s=Math.floor(t/r),i=Math.floor(e/r);return s>=0&&s<n&&i>=0&&i<o?[s,i]:null}function Xi(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(o,r)=>n?n[r]:r)}function Yi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${L(t.value)}, ${L(t.rest)} in the other slices)`}function W1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,option:s}=t,i=r("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=r("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let a=r("label","cmw-field");a.append(r("span",null,"Slice"),l);let c=r("div","cmw-slice-odd-note"),d=r("div","cmw-slice-fixed-note"),u=r("div","cmw-slice-grid"),m=r("div","cmw-slices-top");m.append(a,c),i.append(m,d,u),D(l,"change",()=>{let g=l.value===""?null:l.value;g!==e.get("slice")&&e.set("slice",g)},o.signal);function b(){let g=e.get("slices");if(i.hidden=!g,!g){u.replaceChildren();return}let M=e.get("slice");l.replaceChildren(s("","all samples"),...g.names.map(E=>s(E))),l.value=M!=null&&g.names.includes(M)?M:"",l.disabled=g.fixed,l.title=g.fixed?"Showing another slice needs a live kernel":"",c.textContent=Yi(g),d.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!g.fixed,w(g,M)}function w(g,M){let{colors:E}=e.get("sliceColors"),A=e.get("sliceLut"),{k:$,cols:p}=g,h=V1($,p),y=Xi(e.get("order"),$),f=v=>v<$?y[v]:v,S=g.names.map((v,F)=>{let R=r("figure","cmw-slice");v===M&&R.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===F&&R.classList.add("cmw-slice-odd"),R.dataset.slice=v;let P=r("canvas","cmw-slice-canvas"),G=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;P.width=Math.round(p*h*G),P.height=Math.round($*h*G),P.style.width=`${p*h}px`,P.style.height=`${$*h}px`,P.setAttribute("role","img"),P.setAttribute("aria-label",`Matrix of slice ${v}`),P.tabIndex=-1;let U=P.getContext&&P.getContext("2d");if(U){U.scale(G,G);for(let V=0;V<$;V++)for(let q=0;q<p;q++)U.fillStyle=Ct(A,E[F][y[V]*p+f(q)]),U.fillRect(q*h,V*h,h,h)}if($*p<=1024){let V=[];for(let q=0;q<$;q++)for(let Q=0;Q<p;Q++)V.push(E[F][y[q]*p+f(Q)]);R.dataset.colors=V.join(",")}D(P,"click",V=>{let q=Hi(V.offsetX,V.offsetY,$,p);!q||g.fixed||(e.get("slice")!==v&&e.set("slice",v),e.set("selected",[y[q[0]],f(q[1])]))},o.signal);let O=r("figcaption","cmw-slice-caption"),z=g.accuracy[F],W=g.samples[F];return O.append(r("span","cmw-slice-name",v),r("span","cmw-slice-stats",`n=${W==null?"–":+W.toFixed(2)} · acc ${L(z)}`)),R.append(P,O),R});u.replaceChildren(...S)}return H(e,["slices","slice","sliceColors","sliceLut","order"],b,o.signal),b(),{el:i,update:b,destroy:()=>o.abort()}}function G1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",r.append(s,t.h("span",null,"log colours")),r.title="Colour the cells on a log scale: empty cells stay the lightest colour",D(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),o.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return H(e,["cmapScale","compareState"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}function K1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",r.append(s,t.h("span",null,"totals")),D(s,"change",()=>e.set("show_totals",s.checked),o.signal);let i=()=>{s.checked=e.get("showTotals")};return H(e,["showTotals"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}var qi=[3,5,10,20,50,100],Zi=5;function Ji(e,t){let n=qi.filter(o=>o<e);return Number.isInteger(t)&&t<e&&!n.includes(t)&&n.push(t),n.sort((o,r)=>o-r)}function H1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("label","cmw-field cmw-top-classes-field"),s=t.h("select","cmw-top-classes");s.title="Show the first classes of the order, and the others gathered in (other)",r.append(t.h("span",null,"show "),s);let i="";D(s,"change",()=>{e.set("top_classes",s.value==="all"?null:Number(s.value))},o.signal);function l(){let a=e.get("k"),c=e.get("topClasses"),d=Ji(a,c),u=`${a}:${d.join(",")}`;u!==i&&(s.replaceChildren(t.option("all","all classes"),...d.map(m=>t.option(String(m),`top ${m}`))),i=u),s.value=c!==null&&c<a?String(c):"all",r.hidden=!(a>Zi)||!!e.get("multilabel"),s.disabled=e.get("level")==="groups"||!!e.get("compareState")}return H(e,["k","topClasses","level","compareState","multilabel"],l,o.signal),l(),{el:r,update:l,destroy:()=>o.abort()}}var X1=e=>Math.round(e).toLocaleString("en-US");function Qi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${X1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${X1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Li(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function Y1({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),l=r("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Qi(c);let d=Li(e);l.hidden=!d,l.textContent=d||""}return H(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function el(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var tl=60;function q1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let d=s("div","cmw-readout");i.append(l,d),i.hidden=!0;let u=!1,m=null,b=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,y)=>w()?String(Number(h.toPrecision(6))):h.toFixed(je(b(y)));function M(){let h=e.get("binary");if(i.hidden=!h,!h)return;let y=w();a.min=y?"0":String(h.lo),a.max=String(y?y.length-1:h.hi),a.step=y?"1":String(b(h));let f=e.get("threshold")??Number(h.threshold);!u&&Number.isFinite(f)&&(a.value=String(y?el(y,f):f),c.textContent=g(f,h)),E(h)}function E(h){let y=e.get("countDigits"),f=s("table","cmw-readout-table");f.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let v=f.createTBody(),F=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[U,...O]of F){let z=v.insertRow();z.append(s("th",null,U));for(let[W,V]of O){let q=s("td");q.append(s("span","cmw-tag",W),t.doc.createTextNode(` ${ie(V,y)}`)),z.append(q)}}let R=s("div","cmw-readout-stats"),P=e.get("intervals"),G=P&&!P.stale&&P.binary?P.binary:null;for(let[U,O,z]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!G){R.append(s("span","cmw-stat",`${U} ${L(z)}`));continue}let W=s("span","cmw-stat-value");Wt(t,W,z,G[O],P.level,O==="f1"?"bootstrap":"wilson");let V=s("span","cmw-stat",`${U} `);V.append(W),R.append(V)}d.replaceChildren(f,R)}let A=h=>{Number.isFinite(h)&&(m=h,e.set("threshold",h))},$=nt(A,tl,o),p=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return D(a,"input",()=>{u=!0;let h=p(),y=e.get("binary");Number.isFinite(h)&&(c.textContent=y?g(h,y):h.toFixed(2)),$(h)},r.signal),D(a,"change",()=>{u=!1,$.cancel();let h=p();(h!==m||e.get("threshold")!==h)&&A(h)},r.signal),r.signal.addEventListener("abort",()=>$.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table","intervals"],M,r.signal),M(),{el:i,update:M,destroy:()=>{r.abort(),i.remove()}}}var nl=300,ol=200,rl=16;function sl(e,t,n){let o=e-t-rl,r=Math.min(Nn,Math.max(n,1)*Zt)+ol;return t>0&&o>=Math.max(nl,Math.min(r,.6*e))?o:e}function il(e,t){let n=e.dom.h("div","cmw-main"),o=I1(e);o.el.classList.add("cmw-side"),o.el.append(wr(e).el);let s=k1({...t,room:()=>sl(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function ll(e){let t=Cr(e),n=Kr(e);return[pr({...e,extra:[t.button]}),t,q1(e),Y1(e),S1(e),n.panel,il(e,n.matrixCtx),n.table,C1(e),mr(e),B1(e),M1(e),dr(e),D1({...e,extra:[U1(e).el,G1(e).el,K1(e).el,H1(e).el]}),W1(e),A1(e),hr(e),ur(e)]}function Z1(e,t,n=performance.now()){let o=Po(t.ownerDocument||document),r=new AbortController,s=ar(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",D(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let l=({k:c,draws:d,lastMs:u,firstMs:m})=>{i.dataset.k=String(c),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),m!==null&&(i.dataset.firstDrawMs=m.toFixed(1))},a=ll({state:s,dom:o,signal:r.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var nn="cm-widget",al="application/vnd.cm-widget.view+json",Hn="application/vnd.jupyter.widget-view+json",J1=1e4,cl="Saved view, no kernel behind it: run the cell to make it live.",Xn=null;async function ul(e){let t=Xn&&Xn[e];if(!t)throw new Error(`${nn}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function dl(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=eo,e.head.appendChild(t)}async function ml(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Ro(n):null}function Q1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function pl(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=ml(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),J1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=Q1(this,"rendermime"),r=o&&o.rendermime,s=Q1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Hn in n.data&&r&&r.mimeTypes.includes(Hn))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(Hn);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:J1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){dl(o),s.textContent=cl;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:Z1(Oo(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function fl(){let{Panel:e}=await ul("@lumino/widgets"),t=pl(e);return{id:`${nn}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[al],defaultRank:-20,createRenderer:n=>new t(n)}}}function hl(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[nn]={init:e=>{Xn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${nn} has no module ${e}`);let t=hl()?[await fl()]:[];return()=>({__esModule:!0,default:t})}});})();
