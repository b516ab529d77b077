(()=>{var Un=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function kt(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function At(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function Jt(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function Vn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":Jt(t[o],t[o+1],t[o+2])}function Wn(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),l=Math.min(n,e.length);for(let c=0;c<l;c++)i[c]=s[e[c]];return o}function M1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function _1([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function Gn(e,t){let n=M1(t);if(!n||_1(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function oe(e,t,n){return e<t?t:e>n?n:e}var C1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Se(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if(C1)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function Ze(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(a,d)=>setTimeout(a,d),clearTimeout:a=>clearTimeout(a)},r=-1/0,s=null,i=null,l=()=>{s=null,r=o.now();let a=i;i=null,e(...a)},c=(...a)=>{i=a;let d=t-(o.now()-r);d<=0?(s!==null&&o.clearTimeout(s),l()):s===null&&(s=o.setTimeout(l,d))};return c.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},c.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),l())},c}var $1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},T1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Te(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=$1[e&&e.dtype]||Float64Array,r=Kn(o,fe(e&&e.counts)),s=E1(e&&e.totals,t,n);if(e&&e.at!=null){let i=Kn(Uint32Array,fe(e.at)),l=new o(t*n),c=Math.min(i.length,r.length);for(let a=0;a<c;a++)i[a]<l.length&&(l[i[a]]=r[a]);return{k:t,cols:n,counts:l,totals:s}}return r.length<t*n?{k:t,cols:n,counts:new o(t*n),totals:s}:{k:t,cols:n,counts:r.length===t*n?r:r.subarray(0,t*n),totals:s}}function Kn(e,t){let n=e.BYTES_PER_ELEMENT,o=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,o);if(T1&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,o);let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(o);for(let l=0;l<o;l++)i[l]=r[s](n*l,!0);return i}function E1(e,t,n){if(!e||typeof e!="object")return null;let o=(l,c)=>Array.isArray(l)&&l.length===c?Float64Array.from(l,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function lt(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function Me(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let c=0;c<8;c++)s[c]=e[t+c*o];let i=8;for(;i<n-n%8;i+=8)for(let c=0;c<8;c++)s[c]+=e[t+(i+c)*o];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*o];return l}let r=Math.floor(n/2);return r-=r%8,Me(e,t,r,o)+Me(e,t+r*o,n-r,o)}function je(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return N1(e,t,o,n,r,i);if(n==="true")for(let l=0;l<t;l++){let c=Me(e,l*o,o);for(let a=0;a<o;a++)i[l*o+a]=c===0?0:e[l*o+a]/c}else if(n==="pred"){let l=new Float64Array(o);for(let c=0;c<t;c++)for(let a=0;a<o;a++)l[a]+=e[c*o+a];for(let c=0;c<t;c++)for(let a=0;a<o;a++)i[c*o+a]=l[a]===0?0:e[c*o+a]/l[a]}else if(n==="all"){let l=Me(e,0,s);for(let c=0;c<s;c++)i[c]=l===0?0:e[c]/l}else return e;return i}function N1(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let c=o==="true"?r.rows[i]:o==="pred"?r.cols[l]:o==="all"?r.all:1;s[i*n+l]=c===0?0:e[i*n+l]/c}return o==="true"||o==="pred"||o==="all"?s:e}function Je(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function F1(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Ee(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let l=0;l<e.length;l++){let c=(e[l]-t)*i;c=c<0?0:c>o-1?o-1:c,r[l]=F1(c)}return r}function Qt(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var O1=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Hn(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?O1.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function Qe(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function Mt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=Jt(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var St=e=>Number(e.toPrecision(12));function _t(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(a=>St(a*i)).find(a=>a>=s&&(!r||a<1||Number.isInteger(a)));l===void 0&&(l=St(10*i)),r&&(l=Math.max(1,l));let c=[];for(let a=0;a*l<=o*(1+1e-12);a++){let d=St(a*l);c.push([d/o,r?String(d):`${St(d*100)}%`])}return c}function Yn(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(c=>c&&typeof c=="object"):[],r=fe(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((c,a)=>{let d=u=>i.getFloat64(8*(4*a+u),!0);return{label:c,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:o}}var en=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},$t=e=>Array.isArray(e)?e:[],at=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Ct=e=>$t(e).map(Number).filter(Number.isInteger);function I1(e){let t=en(e),n=$t(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite($t(r)[i])?Number($t(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function R1(e,t){let n=en(e);if(typeof n.name!="string")return null;let o=Te(n.matrix),r=Qe(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:at(n.fixed),broken:at(n.broken),changed:at(n.changed)}}function Xn(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function qn(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function P1(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var Ln=(e,t)=>{let n=qn(e);return Ee(P1(e,t),-n,n)};function Zn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Jn(e,t=0){let n=Math.abs(qn(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function j1(e){let t=en(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Ct(t.entered),cameFrom:Ct(t.came_from),left:Ct(t.left),wentTo:Ct(t.went_to),nEntered:at(t.n_entered),nLeft:at(t.n_left)}}var Qn={runs:{raw:["_runs"],make:(e,t)=>I1(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>R1(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>j1(t("_moves"))}},er=["run","compare"];var tr=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],nr=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function we(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ke(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Zn(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function tn(e,t,n,o=0){let r=Ke(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${we(t,o)})`}:{main:r,sub:""}}function ee(e){return Number.isFinite(e)?e.toFixed(3):"–"}function De(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return oe(o-(n?Number(n):0),0,6)}function rr(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function or(e,t){return t?`${e}_r`:e}function nn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(o,t)&&s(r,n)?[o,r]:null}function sr(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var ir=[[`
`,"⏎"],["\r","␍"]];function ut(e){let t=String(e);for(let[n,o]of ir)t=t.split(n).join(o);return t}function rn(e,t){if(t!=null&&e===ut(t))return String(t);let n=String(e);for(let[o,r]of ir)n=n.split(r).join(o);return n}function Tt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let c=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+c}var D1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ne(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function et(e,t){let n=Ne(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(D1)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),l=`get${e.name.replace("Array","")}`;for(let c=0;c<r;c++)i[c]=s[l](o*c,!0);return i}var z1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function B1(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=z1[e.dtype];return t?et(t,e.data):null}function U1(e){let t=Ne(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let l=0;for(let c=n-1;c>=0;c--)l=l*256+t[i+c];r[s]=l}return r}function lr(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?et(Float64Array,t.weights):null,sampleIndex:t.sample_index?et(Uint32Array,t.sample_index):null,ids:B1(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:et(Float32Array,t.outside.scores),weights:t.outside.weights?et(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Ne(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=et(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=U1(t.cells);return n}var He=new Float32Array(1),cr=new Int32Array(He.buffer);function V1(e,t){return He[0]=e,He[0]===0?(cr[0]=1,t?He[0]:-He[0]):(cr[0]+=He[0]>0===t?1:-1,He[0])}function on(e){let t=Math.fround(e);return t>e?V1(t,!1):t}function ze(e,t=-1/0,n=1/0){let o=on(Number(e));return Math.min(Math.max(o,on(t)),on(n))}function Et(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=ze(t);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:i,d=e.scores[c]>=l?s:i;o[a*n+d]+=r?r[c]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function ar(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,c=ze(o);for(let a=0;a<e.n;a++)e.positive[a]===i&&e.scores[a]>=c===l&&r.push(a)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function sn(e,t,n){let o=[],r=e.k;if(e.kind==="binary"){let s=e.posIndex,i=ze(n);for(let l=0;l<e.n;l++){let c=e.positive[l]?s:1-s,a=e.scores[l]>=i?s:1-s;t[c*r+a]&&o.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&o.push(s);return o}function Nt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Ft(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Nt(e,o))}function W1(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=ze(n),i=o.weights;for(let c=0;c<o.scores.length;c++)r[o.scores[c]>=s?e.posIndex:1-e.posIndex]+=i?i[c]:1;let l=i?Me(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:l}}var _e=(e,t)=>t!==0?e/t:0;function G1(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let T=e[w*t+g];r[w]+=T,s[g]+=T,l+=T}o[w]=e[w*t+w],i+=o[w]}if(n){for(let w=0;w<t;w++)r[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let c=0;for(let w=0;w<t;w++)c+=r[w];let a=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,x=0;for(let w=0;w<t;w++){let g={precision:_e(o[w],s[w]),recall:_e(o[w],r[w]),f1:_e(2*o[w],r[w]+s[w]),support:r[w]};a.push(g);let T=_e(r[w],c);for(let b of["precision","recall","f1"])d[b]+=g[b]/t,u[b]+=g[b]*T;r[w]>0&&(p+=1,x+=g.recall)}return{rows:a,accuracy:_e(i,l),balancedAccuracy:p?x/p:0,macro:d,weighted:u}}function cn(e,t,n=null,o=null){let r=G1(e,t,W1(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((l,c)=>s.set([l.precision,l.recall,l.f1,l.support],4*c));let i=r.rows.reduce((l,c)=>l+c.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function K1(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:_e(e,e+n),fpr:_e(t,t+o),precision:_e(e,e+t),f1:_e(2*e,2*e+t+n),mcc:_e(e*o-t*n,r)}}function ln(e,t,n){let o=e.pos_index,r=1-o,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...K1(s(o,o),s(r,o),s(o,r),s(r,r))}}function ur(e){return e??"true"}function dr(e,t,n,o,r,s=!1,{basis:i="true",abstained:l=!1,multilabel:c=!1}={}){let a=s?an(e):String(Math.trunc(e)),d=s?`A weight of ${a} is truly `:`${a} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=l?" but the model ":r||c?" and predicted ":" but predicted ",p=` (${Tt(o*100,1)}% of `,x;return i==="all"?x=[{text:`${p}all samples).`}]:i==="pred"&&l?x=[{text:`${p}the abstained samples).`}]:i==="pred"?x=[{text:p+(c?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:x=[{text:p+(c?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...x]}function an(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var un={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Ot=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,mr=(e,t,n)=>Array.isArray(e)&&e.length===2&&Ot(e[0],t)&&Ot(e[1],n);function tt(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let o=Object.keys(e);return o.length!==1?null:o[0]==="row"&&Ot(e.row,t)?{kind:"row",i:e.row}:o[0]==="col"&&Ot(e.col,n)?{kind:"col",j:e.col}:null}return mr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(o=>mr(o,t,n))?{kind:"cells",cells:e.map(o=>[o[0],o[1]])}:null}function dn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let o=[];for(let r=0;r<t;r++)for(let s=0;s<t;s++)r!==s&&o.push([r,s]);return o}return e.kind==="row"?Array.from({length:n},(o,r)=>[e.i,r]):e.kind==="col"?Array.from({length:t},(o,r)=>[r,e.j]):e.cells}function pr(e){let t=new Set,n=[];for(let[o,r]of e){let s=`${o},${r}`;t.has(s)||(t.add(s),n.push([o,r]))}return n.sort((o,r)=>o[0]-r[0]||o[1]-r[1]),n.length===0?null:n.length===1?n[0]:n}function fr(e,t,n=t){if(e===null)return null;let o=tt(e,t,n);if(o)return o.kind==="row"?{row:o.i}:o.kind==="col"?{col:o.j}:o.kind==="errors"?"errors":pr(o.cells)}function hr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],o=n.findIndex(r=>r[0]===t[0]&&r[1]===t[1]);return o>=0?n.splice(o,1):n.push([t[0],t[1]]),pr(n)}function wr(e,t,n,o,r,s,{fixed:i,formatG:l,pairs:c=!1}){let a=s?l(t):String(Math.trunc(t)),[d,u]=c?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${a} is `:`${a} ${t===1?d:u} ${t===1?"is":"are"} `,x={text:` (${i(r*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},x]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},x]:e==="errors"?[{text:`${p}misclassified`},x]:[{text:`${p}in ${o} selected cells`},x]}var Y1=/[",\r\n]/;function X1(e){let t=String(e);return Y1.test(t)?`"${t.replace(/"/g,'""')}"`:t}function It(e,t){return[e,...t].map(n=>n.map(X1).join(",")).join(`
`)+`
`}var gr=40,mn="abstained";function q1(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function L1(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}function br(e){let t=Object.prototype.hasOwnProperty.call(un,e)?un[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let o=0;o<3;o++){let r=0;for(let s=0;s<256;s++)r+=t[256*o+s],n[3*s+o]=r}return n}var xr=e=>e.every(t=>Number.isInteger(t));function yr(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let S of e.state.buffers)q1(t,S.path,Ne(S.data));let n=e.k,o=lr(e),r=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let c=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,a=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},c&&delete t._issues.counts);let d=S=>{for(let k of r.get(S)||[])k()},u=(S,k)=>{t[S]=k,d(S)},p=Te(t._matrix),x=o?Et(o,t.threshold):Float64Array.from(lt(p.counts,n,p.cols).square),w=p.cols===n+1?Array.from({length:n},(S,k)=>p.counts[k*p.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(x.buffer.slice(0))}}function T(S,k){let F=`${S},${k},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=ar(o,S,k,t.threshold)),s.members}function b(S,k,F,P){let H=0;if(P==="true")for(let D of k){for(let L=0;L<n;L++)H+=x[D*n+L];w&&(H+=w[D])}else for(let D=0;D<n;D++)if(P==="all"){for(let L=0;L<n;L++)H+=x[D*n+L];w&&(H+=w[D])}else for(let L of F)H+=L===n?w?w[D]:0:x[D*n+L];return H?S/H:0}function y(S,k,F,P,H,D,L,me={},de={}){let ae=0;for(let te of F)for(let ne of P)ae+=ne===n?w?w[te]:0:x[te*n+ne];let ue=!!(o&&o.weights||!xr(x)),ce=ur(t.normalize),Ae;if(de.multilabel){let te=p.totals,ne=te?ce==="true"?te.rows[S]:ce==="pred"?te.cols[k]:te.all:0;Ae=ne?ae/ne:0}else Ae=b(ae,F,P,ce);let Le=o?D():[],Ue=Le.length,xe=Math.max(0,Math.min(Math.trunc(L)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=Le.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,gr)){let ne=e.previews&&e.previews[String(Nt(o,te))];ne&&We.push(ne)}return{i:S,j:k,...me,sentence:dr(ae,H[0],H[1],Ae,S===k,ue,{basis:ce,...de}),count:ae,total:Ue,offset:xe,indices:o?Ft(o,Ve):[],page_size:i,previews:We,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function A(S,k,F){let P=t.display_labels||[];return w&&k===n?y(S,k,[S],[k],[String(P[S]??S),mn],()=>[],F,{},{abstained:!0}):y(S,k,[S],[k],[String(P[S]??S),String(P[k]??k)],()=>T(S,k),F,{},{multilabel:l})}let f=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(f.length?n:0).fill(0);if(f.length){let S=t._groups.codes,k=new DataView(S.buffer,S.byteOffset,S.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?k.getUint16(2*F,!0):k.getUint32(4*F,!0)}let _=S=>h.flatMap((k,F)=>k===S?[F]:[]);function m(S,k){if(o.kind==="binary"){let P=[];for(let H of _(S))for(let D of _(k))P.push(...T(H,D));return P.sort((H,D)=>H-D)}let F=[];for(let P=0;P<o.n;P++){let H=o.cells[P],D=Math.floor(H/n);h[D]===S&&h[H-D*n]===k&&F.push(P)}return F}function E(S,k,F){return y(S,k,_(S),_(k),[f[S],f[k]],()=>m(S,k),F,{group:!0})}function C(S,k){let F=w?n+1:n,P=tt(S,n,F),H=dn(P,n,F),D=0;for(let[te,ne]of H)D+=ne===n?w?w[te]:0:x[te*n+ne];let L=new Uint8Array(n*n);for(let[te,ne]of H)ne<n&&(L[te*n+ne]=1);let me=o?sn(o,L,t.threshold):[],de=Ft(o||{},me),ae=me.map((te,ne)=>ne);o&&o.ids&&ae.sort((te,ne)=>de[te]<de[ne]?-1:de[te]>de[ne]?1:te-ne);let ue=0;for(let te=0;te<n;te++){for(let ne=0;ne<n;ne++)ue+=x[te*n+ne];w&&(ue+=w[te])}let ce=(t.display_labels||[]).map(String);w&&ce.push(mn);let Ae=P.kind==="row"?ce[P.i]:P.kind==="col"?ce[P.j]:null,Le=!!(o&&o.weights||!xr(x)),Ue=me.length,xe=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=ae.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,gr)){let ne=e.previews&&e.previews[String(Nt(o,me[te]))];ne&&We.push(ne)}return{i:P.kind==="row"?P.i:-1,j:P.kind==="col"?P.j:-1,kind:P.kind,sentence:wr(P.kind,D,Ae,H.length,ue?D/ue:0,Le,{fixed:Tt,formatG:an,pairs:l}),count:D,total:Ue,offset:xe,indices:Ve.map(te=>de[te]),page_size:i,previews:We,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function I(S=0){let k=t.selected,F=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?u("_selection",C(k,S)):Array.isArray(k)&&k.length===2?u("_selection",A(k[0],k[1],S)):Array.isArray(F)&&F.length===2?u("_selection",E(F[0],F[1],S)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function j(S){let k=e.orders&&e.orders[S];k&&(u("_order",{dtype:k.dtype,classes:Ne(k.classes),groups:k.groups?Ne(k.groups):null}),u("order",S))}function z(S,k,F,P=F){if(S==="selected"&&(k=fr(k,F,P),k===void 0)||!(k===null||S==="selected"||Array.isArray(k)&&k.length===2&&k.every((L,me)=>Number.isInteger(L)&&L>=0&&L<(me===0?F:P))))return;let D=S==="selected"?"selected_group":"selected";k!==null&&t[D]!=null&&(t[D]=null,d(D)),t[S]=k,d(S),I(0)}function K(S){if(!o||o.kind!=="binary"||!c)return;let k=Number(S);if(!Number.isFinite(k))return;let F=ze(Math.min(Math.max(k,c.lo),c.hi),c.lo,c.hi);t.threshold=F,x=Et(o,F),u("_matrix",g()),u("_binary",ln(c,x,F)),u("_metrics",cn(x,n,o,F)),u("_intervals",Q(x)),d("threshold"),t.selected!=null&&I(0)}function B(S){let k=String(S),F=k.endsWith("_r")?k.slice(0,-2):k,H=(e.luts&&e.luts[k]?Ne(e.luts[k]):null)||br(k),D=H||(e.luts&&e.luts[F]?Ne(e.luts[F]):br(F));D&&(u("_lut",H||L1(D)),u("cmap",k))}o&&o.kind==="binary"&&c&&(t.threshold=ze(t.threshold,c.lo,c.hi),x=Et(o,t.threshold),t._matrix=g(),t._binary=ln(c,x,t.threshold),t._metrics=cn(x,n,o,t.threshold)),a&&a!=="index"&&(t.selected!=null||t.selected_group!=null)&&I(0);let O=new Set;function U(){let S=Te(t._matrix),k=je(S.counts,S.k,"true",S.cols,S.totals),F=(t.display_labels||[]).map(String),P=F.slice();S.cols===n+1&&P.push(mn);let H=[];for(let D=0;D<S.k;D++)for(let L=0;L<S.cols;L++)H.push([F[D],P[L],S.counts[D*S.cols+L],k[D*S.cols+L]]);return It(["true","predicted","count","share"],H)}function W(){let S=["index","true","predicted"],k=!!(o&&o.kind==="binary");if(k&&S.push("score"),!o||t.selected==null)return It(S,[]);let F=tt(t.selected,n,w?n+1:n),P=new Uint8Array(n*n);for(let[ae,ue]of dn(F,n,w?n+1:n))ue<n&&(P[ae*n+ue]=1);let H=sn(o,P,t.threshold),D=Ft(o,H),L=(t.display_labels||[]).map(String),me=k?ze(t.threshold):0,de=H.map((ae,ue)=>{if(!k)return[D[ue],L[Math.floor(o.cells[ae]/n)],L[o.cells[ae]%n]];let ce=o.posIndex;return[D[ue],L[o.positive[ae]?ce:1-ce],L[o.scores[ae]>=me?ce:1-ce],o.scores[ae]]});return It(S,de)}let V={cells:["confusion_matrix.csv",U],selection:["selection.csv",W]},X=t._intervals&&t._intervals.level?t._intervals:null,J=Float64Array.from(x);function Q(S){return X?S.length===J.length&&S.every((F,P)=>F===J[P])?X:{stale:!0,level:X.level,z:X.z}:t._intervals}return{receive(S){return O.add(S),()=>O.delete(S)},get:S=>t[S],on(S,k){return r.has(S)||r.set(S,new Set),r.get(S).add(k),()=>r.get(S).delete(k)},set(S,k){if(S==="threshold")return K(k);if(S==="cmap")return B(k);if(S==="normalize"){u(S,k??null),(t.selected!=null||t.selected_group!=null)&&I(t._selection?.offset||0);return}if(S==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;u(S,k.map(String)),t.selected!=null&&I(t._selection?.offset||0);return}if(S==="selected")return z(S,k,n,w?n+1:n);if(S==="selected_group")return z(S,k,f.length);if(S==="order")return j(k);if(S==="errors_only")return u(S,k===!0);if(S==="cmap_scale")return k==="log"||k==="linear"?u(S,k):void 0;if(S==="level"){(k==="classes"||k==="groups"&&f.length)&&u(S,k);return}},send(S){if(S&&S.type==="download"&&V[S.what]){let[k,F]=V[S.what],P={type:"download",what:S.what,name:k,text:F()};queueMicrotask(()=>{for(let H of[...O])H(P)});return}S&&S.type==="page"&&(t.selected!=null||t.selected_group!=null)&&I(Number(S.offset)||0)}}}var Z1="CMW1";async function vr(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function J1(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Q1(e){return new TextDecoder().decode(await vr(e))}async function es(e){let t=await vr(e);if(new TextDecoder().decode(t.subarray(0,4))!==Z1)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[l,c]=s.__cmw_bytes__;return J1(o.subarray(l,l+c))}}return s})}async function kr(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await es(t):JSON.parse(n==="gzip"?await Q1(t):t)}var ts=new Set(["button","input","select","textarea","summary","canvas"]);function Ar(e){let t=(r,s,i)=>{let l=e.createElement(r);return s&&(l.className=s),i!=null&&(l.textContent=i),ts.has(r)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function G(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function q(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var ns=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function rs(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(ns)return new Float32Array(t.buffer,0,n);let o=new DataView(t.buffer);return Float32Array.from({length:n},(r,s)=>o.getFloat32(4*s,!0))}function Sr(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Se(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Se(e.curve.t),i=rs(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let o=e.least,r=o&&Number.isFinite(o.threshold)&&Number.isFinite(o.mean)?{threshold:o.threshold,mean:o.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:r}}function Mr(e,t,n,o,r){let s=t?n+1:n,i=Math.min(r,s),l=(u,p)=>p<n?e[u*n+p]:t[u],c=[],a=0,d=0;for(let u=0;u<n;u++){let p=0;for(let w=0;w<i;w++)p+=l(u,w)*o[u*r+w];let x=0;for(let w=0;w<s;w++)x+=l(u,w);c.push({total:p,mean:x!==0?p/x:0}),a+=p,d+=x}return{total:a,mean:d?a/d:0,perClass:c}}var os=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function pn(e,t){let n=fe(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(os)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?l=>r.getFloat32(4*l,!0):l=>r.getFloat64(8*l,!0);for(let l=0;l<o;l++)s[l]=i(l);return s}function _r(e){if(!e||typeof e!="object")return null;let t=pn(e.x,Float32Array),n=pn(e.y,Float32Array),o=pn(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var fn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Cr(e){if(!e||typeof e!="object")return null;let t=_r(e.roc),n=_r(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&fn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:fn(e.auc),ap:fn(e.ap),targets:o,undefinedBecause:s}}function $r(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,c=i*i+l*l;c<r&&(r=c,o=s)}return o}function Tr(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var ss={uint16:2,uint32:4};function hn(e,t){let n=ss[t];if(!n)return null;let o=fe(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function Er(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Nr=e=>Array.from({length:e},(t,n)=>n);function Fr(e,t,n){let o=e&&e.dtype,r=e?hn(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?hn(e.groups,o):null;return{classes:Er(r,t)?r:Nr(t),groups:n?Er(i,s)?i:Nr(s):null}}function Or(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=hn(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}var wn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,dt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Ir(e,t){let n=dt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let o=fe(n.per_class),r=t.length,s=[];if(o.byteLength>=48*r){let c=new DataView(o.buffer,o.byteOffset,o.byteLength),a=(d,u)=>{let p=c.getFloat64(8*(6*d+u),!0);return Number.isFinite(p)?p:null};for(let d=0;d<r;d++)s.push({precision:[a(d,0),a(d,1)],recall:[a(d,2),a(d,3)],f1:[a(d,4),a(d,5)]})}let i={};for(let[c,a]of Object.entries(dt(n.summary)))i[c]=Array.isArray(a)?wn(a):Object.fromEntries(Object.entries(dt(a)).map(([d,u])=>[d,wn(u)]));let l=n.binary?Object.fromEntries(Object.entries(dt(n.binary)).map(([c,a])=>[c,wn(a)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:dt(n.methods)}}function is(e,t){let n=ee(e);return!t||t[0]===null||t[1]===null?n:`${n} (${ee(t[0])}-${ee(t[1])})`}var nt=e=>`${Number((100*e).toFixed(2))}%`;function Rt(e,t,n,o,r,s){if(t.textContent=is(n,o),!o||o[0]===null||o[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${nt(r)} interval ${ee(o[0])} to ${ee(o[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=u=>Math.min(Math.max(u,0),1)*100,c=e.h("span","cmw-whisker");c.setAttribute("aria-hidden","true");let a=e.h("span","cmw-whisker-bar");a.style.left=`${l(o[0])}%`,a.style.width=`${Math.max(l(o[1])-l(o[0]),0)}%`;let d=e.h("span","cmw-whisker-tick");d.style.left=`${l(n)}%`,c.append(a,d),t.append(c)}function Rr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${nt(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Pr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let o=n*n,r=e/t,s=1+o/t,i=(r+o/(2*t))/s,l=n*Math.sqrt(r*(1-r)/t+o/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function jr(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||r.length===n&&l<=r[n-1][0])continue;let c=r.length;for(;c>0&&r[c-1][0]<l;)c--;r.splice(c,0,[l,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let l=Math.floor(i/t),c=o?o[l]:Me(e,l*t,t);return[l,i-l*t,s,c===0?0:s/c]})}var gn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Dr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(gn),o=null,r=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(r=Math.round(Math.sqrt(i)),r>0&&i===r*r&&s.byteLength===4*i){let l=new DataView(s.buffer);o=new Uint32Array(i);for(let c=0;c<i;c++)o[c]=l.getUint32(4*c,!0)}}return{k:r,cols:r,counts:o,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function zr(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Br(e,t,n){if(!e||!e.counts||e.k!==t)return null;let o=new Uint32Array(t*t);for(let r=0;r<t;r++){let s=n?n[r]:r;for(let i=0;i<t;i++)o[r*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return o}var bn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Ur=e=>Array.isArray(e)?e:[],Pt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function cs(e,t){let n=bn(e),o=Ur(n.names).map(String),r=o.length;if(!r||!(t>0))return null;let s=bn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==r*t||i!==t&&i!==t+1)return null;let l=Te({...s,k:1,cols:r*t*i}),c=o.map((p,x)=>l.counts.subarray(x*t*i,(x+1)*t*i)),a=p=>o.map((x,w)=>Pt(Ur(n[p])[w])),d=bn(n.most_different),u=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<r?{slice:d.slice,value:Pt(d.value),rest:Pt(d.rest),difference:Pt(d.difference)}:null;return{names:o,k:t,cols:i,counts:c,samples:a("samples"),accuracy:a("accuracy"),balancedAccuracy:a("balanced_accuracy"),macroF1:a("macro_f1"),mostDifferent:u,fixed:n.fixed===!0}}function ls(e,t){if(!e)return null;let{k:n,cols:o}=e,r=e.counts.map(i=>je(i,n,t,o)),s=r.reduce((i,l)=>Math.max(i,Je(l)),0);return{values:r,vmax:s,colors:r.map(i=>Ee(i,0,s))}}function as(e){return typeof e=="string"?e:null}var Vr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>cs(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>as(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>ls(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>Qe(t("_lut"))||At()}};var Wr=256;function mt(...e){let t=1/0;for(let n of e)if(n)for(let o=0;o<n.length;o++)n[o]>0&&n[o]<t&&(t=n[o]);return Number.isFinite(t)?t:0}function Gr(e,t,n){let o=new Float64Array(e.length),r=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(o[s]=r>0?(1+(Wr-2)*(Math.log(i/t)/r))/(Wr-1):1)}return o}function Ye(e,t,n,o){return n==="log"?Ee(Gr(e,o,t),0,1):Ee(e,0,t)}function jt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let o=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,r=i=>Gr([i],e,t)[0],s=[[r(e),o(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([r(l),o(l)])}return t>e&&s.push([1,o(t)]),s}var us=new Set(["normalize","cmap","threshold","display_labels","selected",...er,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale"]),ds=10,Dt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Kr=e=>Array.isArray(e)?e:[],zt={matrix:{raw:["_matrix"],make:(e,t)=>Te(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>lt(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>nn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>je(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>lt(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?Xn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Je(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Ye(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?Ln(e("values"),e("k")):Ye(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>mt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||Qe(t("_lut"))||At()},lutText:{uses:["lut"],make:e=>Mt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Hn(t("values_format"),e("normalize"),Qt(e("allValues")))},countDigits:{uses:["matrix"],make:e=>Qt(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?Jn(e("values"),e("countDigits")):e("cmapScale")==="log"?jt(e("logLo"),e("vmax"),e("normalize")):_t(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Yn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Ir(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>Xr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Dt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>tt(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Dt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Kr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Kr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Dr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>zr(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Cr(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Sr(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Mr(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Dt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Dt(t("_table"));if(!n.engine)return null;let o=Se(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...Qn,...Vr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Fr(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Or(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?nn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>jr(e("counts"),e("k"),ds,ms(e))},focus:{make:()=>null}},pt={},Hr=e=>{if(!pt[e]){let t=zt[e];pt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Hr)])]}return pt[e]};for(let e of Object.keys(zt))Hr(e);function ms(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>Me(o,i*n,n)+r[i])}function Yr(e){let t=new Map,n=c=>{if(!zt[c])throw new Error(`unknown state key ${c}`);return zt[c]},o=c=>{let a=n(c),d=pt[c].map(x=>e.get(x)),u=t.get(c);if(u&&u.raws.every((x,w)=>x===d[w]))return u.value;let p=a.make(o,x=>e.get(x));return t.set(c,{raws:d,value:p}),p};return{get:o,on:(c,a)=>{n(c);let d=pt[c].map(u=>e.on(u,a));return()=>d.forEach(u=>u())},set:(c,a)=>{if(!us.has(c))throw new Error(`${c} is not something the page may write`);e.set(c,a)},send:c=>e.send(c),receive:c=>e.receive?e.receive(c):()=>{}}}function Y(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(l=>e.on(l,s));return o&&o.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var ps="http://www.w3.org/2000/svg",Ce=180,rt=28,xn=180,Bt=44,fs=12,qr=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Xr(e,t){let n=qr(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let o=qr(n.hist),r=Number.isInteger(o.bins)&&o.bins>0?o.bins:0,s=Se(o.counts);return{kind:n.kind,x:Se(n.x),y:Se(n.y),n:Se(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:r&&s.length===r*t?{bins:r,lo:Number(o.lo),hi:Number(o.hi),counts:s}:null}}function Lr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${ee(e.eceLow)}-${ee(e.eceHigh)}), ${nt(e.level)} interval`:"";return`ECE ${ee(e.ece)}${t}`}function ve(e,t,n,o){let r=e.createElementNS(ps,t);for(let[s,i]of Object.entries(n))r.setAttribute(s,String(i));return o&&r.setAttribute("class",o),r}function Zr({state:e,dom:t,signal:n}){let o=q(n),{h:r,doc:s}=t,i=r("div","cmw-calibration"),l=r("div","cmw-calibration-title"),c=r("div","cmw-calibration-plots");i.append(l,c);let a=[];function d(){let g=e.get("calibration");if(!g||!g.hist)return null;let T=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return T==null||!Number.isFinite(T)?null:T}function u(){let g=e.get("calibration"),T=d();for(let b of a){if(T===null||!g||!g.hist){b.setAttribute("visibility","hidden");continue}let{lo:y,hi:A}=g.hist,f=(Math.min(Math.max(T,y),A)-y)/(A-y||1)*xn;b.setAttribute("x1",String(f)),b.setAttribute("x2",String(f)),b.setAttribute("visibility","visible"),b.dataset.at=String(T)}}function p(g){let T=ve(s,"svg",{width:Ce+rt+8,height:Ce+rt+8,role:"img"},"cmw-reliability");T.setAttribute("aria-label",`reliability diagram, ${Lr(g)}`);let b=_=>rt+_*Ce,y=_=>4+(1-_)*Ce;T.append(ve(s,"rect",{x:rt,y:4,width:Ce,height:Ce},"cmw-plot-frame"),ve(s,"line",{x1:b(0),y1:y(0),x2:b(1),y2:y(1)},"cmw-diagonal"));let A=ve(s,"text",{x:rt+Ce/2,y:Ce+rt+2,"text-anchor":"middle"},"cmw-axis-label");A.textContent="mean predicted probability";let f=ve(s,"text",{x:10,y:4+Ce/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Ce/2})`},"cmw-axis-label");f.textContent="observed frequency",T.append(A,f);let h=Array.from(g.x,(_,m)=>`${b(_)},${y(g.y[m])}`).join(" ");return T.append(ve(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((_,m)=>{let E=ve(s,"circle",{cx:b(_),cy:y(g.y[m]),r:3},"cmw-reliability-point"),C=ve(s,"title",{});C.textContent=`predicted ${ee(_)}, observed ${ee(g.y[m])}, ${Math.round(g.n[m]*100)/100} samples`,E.append(C),T.append(E)}),T}function x(g,T){let b=r("div","cmw-histograms"),{bins:y,counts:A}=g.hist,f=T.length,h=Math.min(f,fs),_=0;for(let E=0;E<h*y;E++)_=Math.max(_,A[E]);let m=g.kind==="binary"?`score of ${T[1]??"positive"}`:"top score";b.append(r("div","cmw-histograms-title",`${m} by true class`)),a=[];for(let E=0;E<h;E++){let C=r("div","cmw-histogram-row"),I=r("span","cmw-histogram-name",T[E]);I.title=T[E];let j=ve(s,"svg",{width:xn,height:Bt},"cmw-histogram"),z=xn/y;for(let B=0;B<y;B++){let O=A[E*y+B];if(!(O>0))continue;let U=_>0?O/_*(Bt-2):0;j.append(ve(s,"rect",{x:B*z,y:Bt-U,width:Math.max(z-1,1),height:U},"cmw-histogram-bar"))}let K=ve(s,"line",{x1:0,x2:0,y1:0,y2:Bt},"cmw-threshold-line");a.push(K),j.append(K),C.append(I,j),b.append(C)}return f>h&&b.append(r("div","cmw-note",`the first ${h} of ${f} classes`)),b}function w(){let g=e.get("calibration");if(i.hidden=!g,a=[],!g)return;if(g.note){l.textContent=g.note,c.replaceChildren();return}let T=g.kind==="binary"?"":" (top label)";l.textContent=`Calibration${T}: ${Lr(g)}, ${g.nBins} ${g.strategy} bins`;let b=[p(g)];g.hist&&b.push(x(g,e.get("labels"))),c.replaceChildren(...b),u()}return Y(e,["calibration","labels"],w,o.signal),Y(e,["threshold","abstainAt"],u,o.signal),w(),{el:i,update:w,destroy:()=>{o.abort(),i.remove()}}}var yn=e=>`${(100*e).toFixed(1)}%`;function hs(e,t,n,o,r,s){let i=(a,d)=>d===n?t?t[a]:0:e[a*n+d],l=t?n+1:n,c=0;for(let a=0;a<n;a++)for(let d=0;d<l;d++)(s==="all"||(s==="pred"?d===r:a===o))&&(c+=i(a,d));return{count:i(o,r),den:c}}function Jr({state:e,dom:t,signal:n}){let o=q(n),r=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),c=e.get("k"),a=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(r.hidden=!a,!a){r.textContent="";return}let d=e.get("countParts"),u=e.get("cols")===c+1?d.rest:null,p=e.get("normalize")==null?"true":e.get("normalize"),{count:x,den:w}=hs(d.square,u,c,l[0],l[1],p),g=Pr(x,w,i.z),T=p==="all"?"the whole":p==="pred"?"its predicted column":"its true row";r.textContent=g?`Share of ${T}: ${yn(x/w)}, ${nt(i.level)} interval ${yn(g[0])}-${yn(g[1])} (Wilson).`:`Share of ${T}: no samples, no interval.`,r.dataset.low=g?String(g[0]):"",r.dataset.high=g?String(g[1]):""}return Y(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var ws=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function gs(e,t){return`From ${e.name} to ${t}: ${ws(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function bs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function Qr({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(c,a,d,u,p,x,w){let g=r("div",c);if(g.append(r("div","cmw-moves-title",`${a} (${d})`)),!u.length)return g.append(r("span","cmw-hint","none")),g;let T=r("div","cmw-moves-list");return u.forEach((b,y)=>{let A=r("span","cmw-move"),f=p[y];A.append(r("span","cmw-idx",`sample ${b}`),t.doc.createTextNode(": predicted "),r("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${x}`)),T.append(A)}),g.append(T),d>u.length&&g.append(r("span","cmw-hint",`showing the first ${u.length} of ${d}`)),g}function l(){let c=e.get("compareState");if(s.hidden=!c,s.replaceChildren(),!c)return;let a=e.get("run"),d=r("p","cmw-compare-summary",gs(c,a));d.title=bs(c,a),s.append(d);let u=e.get("moves");if(!u){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),x=r("p","cmw-moves-head");x.append(t.doc.createTextNode("Cell true "),r("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),r("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${c.name}.`)),s.append(x,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,c.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,a,p))}return Y(e,["compareState","moves","run","labels"],l,o.signal),l(),{el:s,update:l,destroy:()=>{o.abort(),s.remove()}}}function eo({state:e,dom:t,signal:n,extra:o=[]}){let r=q(n),{h:s,button:i}=t,l=s("div","cmw-controls"),c=s("div","cmw-seg");c.setAttribute("role","group"),c.setAttribute("aria-label","Normalisation");let a=nr.map(b=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",b.label),y.append(s("span","cmw-long",b.label),s("span","cmw-short",b.short)),y.dataset.value=b.value===null?"":b.value,c.append(y),y}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let b of tr)u.append(t.option(b));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),x=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",x.append(w,s("span",null,"reverse")),l.append(c,d,x,...o);function g(){let b=e.get("normalize");for(let h of a){let _=(h.dataset.value||null)===b;h.classList.toggle("cmw-active",_),h.setAttribute("aria-pressed",String(_))}let y=e.get("compareState");if(u.disabled=!!y,w.disabled=!!y,y){p.textContent=`${y.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:A,reversed:f}=rr(e.get("cmap"));[...u.options].some(h=>h.value===A)||u.append(t.option(A)),u.value=A,w.checked=f}let T=()=>e.set("cmap",or(u.value,w.checked));return G(c,"click",b=>{let y=b.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},r.signal),G(u,"change",T,r.signal),G(w,"change",T,r.signal),Y(e,["normalize","cmap","compareState"],g,r.signal),g(),{el:l,update:g,destroy:()=>{r.abort(),l.remove()}}}var to={width:240,height:130,pad:34},xs="http://www.w3.org/2000/svg";function Xe(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):ee(e):"–"}function ys(e,t){let n=e.perClass.map((o,r)=>`${t[r]??r} ${Xe(o.mean)}`).join(", ");return`Expected cost ${Xe(e.mean)} per sample (${Xe(e.total)} in total); per true class: ${n}.`}function vs(e,t,n,o,r){let{width:s,height:i,pad:l}=r,c=u=>l+(u-t)/(n>t?n-t:1)*(s-2*l),a=u=>i-l+4-(o>0?u/o:0)*(i-l-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${c(e.t[u]).toFixed(1)},${a(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:c,ys:a}}function no({state:e,dom:t,signal:n}){let o=q(n),r=t.h("p","cmw-cost-sentence");r.hidden=!0;function s(){let i=e.get("expectedCost");r.hidden=!i,i&&(r.textContent=ys(i,e.get("labels")),r.dataset.mean=String(i.mean),r.dataset.total=String(i.total))}return Y(e,["expectedCost","labels"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function ro({state:e,dom:t,signal:n}){let o=q(n),{h:r,doc:s}=t,i=(I,j={})=>{let z=s.createElementNS(xs,I);for(let[K,B]of Object.entries(j))z.setAttribute(K,String(B));return z},l=r("figure","cmw-curve cmw-cost");l.hidden=!0;let c=r("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:a,height:d,pad:u}=to,p=i("svg",{width:a,height:d,viewBox:`0 0 ${a} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let x=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),T=i("title");g.append(T);let b=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),y=i("text",{x:a/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent="threshold";let A=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});A.textContent="cost";let f=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:u,y:8,width:a-2*u,height:d-u-4,class:"cmw-curve-frame"}),x,w,g,b,y,A,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),_=r("p","cmw-cost-readout");l.append(c,p,h,_);let m=null,E=null;G(h,"click",()=>{let I=e.get("costs"),j=e.get("binary");I&&I.least&&j&&e.set("threshold",oe(I.least.threshold,j.lo,j.hi))},o.signal);function C(){let I=e.get("costs"),j=e.get("binary");if(l.hidden=!(I&&I.curve&&I.least&&j),l.hidden)return;if(E!==I||!m||m.lo!==j.lo||m.hi!==j.hi){let O=0;for(let V=0;V<I.curve.n;V++)O=Math.max(O,I.curve.y[V]);let U=vs(I.curve,j.lo,j.hi,O,to);x.setAttribute("points",U.points),m={...U,lo:j.lo,hi:j.hi},f.textContent=Xe(O);let W=oe(I.least.threshold,j.lo,j.hi);g.setAttribute("cx",m.xs(W).toFixed(1)),g.setAttribute("cy",m.ys(I.least.mean).toFixed(1)),T.textContent=`least cost ${Xe(I.least.mean)} at threshold ${W}`,Object.assign(l.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),E=I}let z=m.xs(oe(j.threshold,j.lo,j.hi)).toFixed(1);for(let[O,U]of Object.entries({x1:z,x2:z,y1:8,y2:d-u+4}))w.setAttribute(O,String(U));let K=e.get("expectedCost"),B=K?K.mean:NaN;b.setAttribute("visibility",Number.isFinite(B)?"visible":"hidden"),Number.isFinite(B)&&(b.setAttribute("cx",z),b.setAttribute("cy",m.ys(B).toFixed(1))),h.disabled=Math.abs(B-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),_.textContent=`Now ${Xe(B)} per sample; least ${Xe(I.least.mean)} at threshold ${ee(oe(I.least.threshold,j.lo,j.hi))}.`,l.dataset.mean=String(B)}return Y(e,["costs","binary","expectedCost"],C,o.signal),C(),{el:l,update:C,destroy:()=>{o.abort(),l.remove()}}}var Ut=64,kn=800,oo=120,Vt=6,ks=6,ht=2,As=14,An=140,ie=8,Fe=20,Sn=15,$e=6,Mn=16,qe=14,ft=6,vn=8,_n=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function wt(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Ut,l=n.maxGrid||kn,c=ie+Fe+o+$e,a=ie,d=e>0&&n.extra?1:0,u=Math.min(l,Math.max(oo,t-c-s-ie-d*ft)),p=n.view||Be(e),x=e>0?p.v:0,w=x>0?Math.min(i,u/(x+d)):0;d&&w<vn&&(w=Math.min(i,(u-vn)/x)),w>=Vt&&(w=Math.floor(w));let g=w*x,T=c+g+ft,b=d?Math.max(w,vn):0,y=d?T+b:c+g;return{k:e,v:x,r0:p.r0,c0:p.c0,room:u,cell:w,x0:c,y0:a,grid:g,extra:d,xExtra:T,xw:b,right:y,width:Math.ceil(y+s+ie),height:Math.ceil(a+g+$e+r+Fe+ie+(Math.max(1,n.xTitleLines||1)-1)*Sn)}}function so(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=Vt&&(o=Math.floor(o)),Math.max(oo,o*(n+e.extra))}function Wt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,c=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[c,n.k]:o>=0&&o<n.grid?[c,l+Math.min(s,Math.floor(o/n.cell))]:null}function Be(e){return{r0:0,c0:0,v:Math.max(0,e)}}function io(e,t){return e*ks>t}function co(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Ut)))}function ke(e,t,n=1){if(!(t>0))return Be(0);let o=e||Be(t),r=oe(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(o.r0)||0),0,t-r),i=oe(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function lo(e,t,n,o,r=1){let s=ke(e,o,r);if(!(t>0)||!(o>0))return s;let i=oe(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[l,c]=n||[s.r0+s.v/2,s.c0+s.v/2],a=(d,u)=>u-(u-d)*i/s.v;return ke({r0:a(s.r0,l),c0:a(s.c0,c),v:i},o,r)}function ao(e,t,n,o,r=1){let s=ke(e,o,r);return ke({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function Gt(e,t,n,o=1){let r=ke(e,n,o);if(!t)return r;let s=(i,l)=>l<i?l:l>=i+r.v?l-r.v+1:i;return ke({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function uo(e,t,n,o,r=1){let s=ke(e,n,r),i=Math.min(s.v,Math.max(o,r));return ke({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function mo(e,t,n){let o=n.v??n.k,r=(s,i,l)=>l+oe((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function po(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function Cn(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function fo(e,t,n=As){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function gt(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function $n(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,c=Math.floor((s+i-1)/n)*n;if(c<l)return-1;let a=oe(Math.round((s+e/t-.5)/n)*n,l,c);return Math.abs((a-s+.5)*t-e)<=Math.max(t/2,r)?a:-1}function bt(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function ho(e,t,n,o=1,r=n){if(n<=0||!_n.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,r-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,he=(e,t)=>e.y0+(t-e.r0)*e.cell,Oe=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ot=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function wo({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=r("div","cmw-labels-panel");l.hidden=!0;let c=null,a=null;function d(){let w=e.get("labels");a=w;let g=r("div","cmw-labels-list");c=w.map((b,y)=>{let A=r("label","cmw-label-row"),f=r("input","cmw-label-input");return f.type="text",f.value=ut(b),f.dataset.index=String(y),A.append(r("span","cmw-label-idx",String(y)),f),g.append(A),f});let T=r("div","cmw-labels-actions");T.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(g,T),l.hidden=!1,i.setAttribute("aria-expanded","true"),c.length&&c[0].focus()}function u(w=!1){c=null,a=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function p(){let w=a,g=e.get("labels"),T=c.map((b,y)=>b.value!==ut(w[y])?rn(b.value,w[y]):g[y]);u(!0),T.length===g.length&&T.some((b,y)=>b!==g[y])&&e.set("display_labels",T)}function x(){c&&c.length!==e.get("k")&&u()}return G(i,"click",()=>c?u():d(),o.signal),G(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),p()):w.key==="Escape"&&(w.preventDefault(),u(!0))},o.signal),G(l,"click",w=>{w.target.closest(".cmw-save")?p():w.target.closest(".cmw-cancel")&&u(!0)},o.signal),Y(e,["labels","k"],x,o.signal),{el:l,button:i,update:x,open:d,close:u,isOpen:()=>c!==null,destroy:()=>{o.abort(),l.remove(),i.remove()}}}function go({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ut(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,c=!1,a=(d,u=!1)=>{if(c)return;c=!0,l.abort();let p=rn(i.value,o);i.remove(),s(d&&p!==o?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),a(d.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>a(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:a}}var Ss=12;function Ms(e,t,n,o=Ss){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(l,c)=>c==null||c<l||c>=l+r.v?l:Math.max(l,Math.min(c-Math.floor(s/2),l+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function bo({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(c,a={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=we(a.counts[c],e.get("countDigits"));return d.kind==="percent"?`${u} (${Ke(a.values[c],d)})`:u}function l(){let c=e.get("k"),a=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=Ms(s,c,d&&d[1]<c?d:d&&[d[0],null]),x=o("table"),w=o("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${c}: rows are the true label, columns the predicted label.`),g=o("tr");g.append(o("td"));for(let y=p.cols;y<p.cols+p.side;y++){let A=o("th",null,`Predicted ${a[y]}`);A.scope="col",g.append(A)}if(u){let y=o("th",null,"Abstained");y.scope="col",g.append(y)}let T=o("tbody");for(let y=p.rows;y<p.rows+p.side;y++){let A=o("tr"),f=o("th",null,`True ${a[y]}`);f.scope="row",A.append(f);let h=(_,m)=>{let E=o("td",null,m);d&&d[0]===y&&d[1]===_&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),A.append(E)};for(let _=p.cols;_<p.cols+p.side;_++)h(_,i(y*c+_));u&&h(c,i(y,u)),T.append(A)}let b=o("thead");b.append(g),x.append(w,b,T),r.replaceChildren(x)}return Y(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:r,update:l,setView(c){s&&c&&s.r0===c.r0&&s.c0===c.c0&&s.v===c.v||(s=c,l())},destroy:()=>r.remove()}}function _s(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((o,r)=>{for(let s of o.members)n[s]=r}),n}function xo(e,t,n,o){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let r=_s(t,n),s=c=>c===n?o?t.length:-1:r[c];if(e.kind==="row")return{rows:r[e.i]>=0?[r[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[c,a]of e.cells){let d=r[c],u=s(a),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),l.push([d,u]))}return{rows:[],cols:[],cells:l,errors:!1}}function yo(e,t,n,o,r){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&o?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),c=i(e.add[1]);return l>=0&&c>=0?hr(r,[l,c]):void 0}}function Cs(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:vo(e);if(o!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let d of s)l[n.codes[d]].push(d);let c=t&&t.groups&&t.groups.length===i?t.groups:vo(i),a=[];for(let d of c)if(r.has(d))for(let u of l[d])a.push({kind:"class",index:u,members:[u]});else a.push({kind:"group",index:d,members:l[d]});return a}function vo(e){return Array.from({length:e},(t,n)=>n)}function $s(e){return e.every(t=>t.kind==="class")}function Tn(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let l=0;l<o;l++)r[s*o+l]=e[i+n[l]]}return r}function Ts(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let c of i.members)r[c]=l});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let l=r[i];if(!(l<0))for(let c=0;c<t;c++){let a=r[c];a>=0&&(s[l*o+a]+=e[i*t+c])}}return s}function ko(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function Es(e,t,n=null,o="linear"){let r=0,s=1/0,i=c=>{c>r&&(r=c),c>0&&c<s&&(s=c)};for(let c=0;c<t;c++)for(let a=0;a<t;a++)c!==a&&i(e[c*t+a]);if(n)for(let c of n)i(c);s=Number.isFinite(s)?s:0;let l=Ye(e,r,o,s);for(let c=0;c<t;c++)l[c*t+c]=0;return{colors:l,vmax:r,lo:s}}var Ao=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),Ns=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo"];function So(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=b=>e.get(b),s=(b,y,A)=>{let f=o.get(b);if(f&&f.deps.length===y.length&&f.deps.every((_,m)=>_===y[m]))return f.value;let h=A();return o.set(b,{deps:y,value:h}),h},i=()=>!!r("compareState"),l=()=>i()?"classes":r("level"),c=()=>s("items",[r("k"),r("order"),r("groups"),l(),t.version],()=>Cs(r("k"),r("order"),r("groups"),l(),t.expanded)),a=()=>s("perm",[c()],()=>$s(c())?c().map(b=>b.index):null),d=()=>{let b=a();return b!==null&&b.every((y,A)=>y===A)},u={items:c,k:()=>c().length,labels:()=>s("labels",[c(),r("labels"),r("groups")],()=>{let b=r("labels"),y=r("groups");return c().map(A=>A.kind==="class"?b[A.index]:`${y.names[A.index]} (${A.members.length})`)}),counts:()=>s("counts",[c(),r("counts")],()=>{if(d())return r("counts");let b=a();return b?Tn(r("counts"),r("k"),b):Ts(r("counts"),r("k"),c())}),values:()=>s("values",[c(),r("values"),r("normalize")],()=>{if(d())return r("values");let b=a();return b?r("values")===r("counts")?p("counts"):Tn(r("values"),r("k"),b):je(p("counts"),c().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),r("abstained")],()=>{let b=r("abstained"),y=a();return!b||y===null?null:d()?b:{counts:ko(b.counts,y),values:ko(b.values,y)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.colorsAndMax()],()=>{let b=u.abstainedRows();if(!b)return null;let y=u.colorsAndMax().lo;return b===r("abstained")&&u.vmax()===r("vmax")&&y==null?b:{counts:b.counts,values:b.values,colors:y!=null?Ye(b.values,u.vmax(),r("cmapScale"),y):Ee(b.values,0,u.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[c(),r("values"),r("colors"),r("errorsOnly"),r("cmapScale"),i(),u.abstainedRows()],()=>{let b=c().length;if(r("errorsOnly")&&!i()){let h=u.abstainedRows();return Es(p("values"),b,h&&h.values,r("cmapScale"))}if(d())return{colors:r("colors"),vmax:r("vmax")};let y=a();if(y)return{colors:Tn(r("colors"),r("k"),y),vmax:r("vmax")};let A=p("values"),f=Je(A);return{colors:Ye(A,f,r("cmapScale"),mt(A)),vmax:f}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.colorsAndMax(),r("normalize"),r("colorbar"),r("cmapScale")],()=>{let b=u.colorsAndMax().lo;return u.vmax()===r("vmax")&&b==null?r("colorbar"):r("cmapScale")==="log"?jt(b??mt(p("values")),u.vmax(),r("normalize")):_t(u.vmax(),r("normalize"))}),selected:()=>s("selected",[c(),r("selected"),r("selectedGroup"),u.abstainedRows()],()=>{let b=c(),y=r("selected"),A=r("selectedGroup"),f=(m,E)=>b.findIndex(C=>C.kind===m&&C.index===E),h=m=>m===r("k")&&u.abstainedRows()?b.length:f("class",m),_=y?[f("class",y[0]),h(y[1])]:A?[f("group",A[0]),f("group",A[1])]:null;return _&&_[0]>=0&&_[1]>=0?_:null}),issueMarks:()=>s("issueMarks",[c(),r("issues")],()=>{let b=a();return b===null?null:Br(r("issues"),r("k"),d()?null:b)}),marks:()=>s("marks",[c(),r("selectionSpec"),u.abstainedRows()],()=>xo(r("selectionSpec"),c(),r("k"),!!u.abstainedRows())),focus:()=>s("focus",[c(),t.version],()=>{let b=t.focus;if(b===null)return null;let y=h=>c().findIndex(_=>_.members.includes(h)),A=y(b.row),f=y(b.col);return A>=0&&f>=0?{r:A,c:f,outline:b.outline}:null})};function p(b){return Ao.has(b)?u[b]():e.get(b)}function x(b,y){if(!Ao.has(b))return e.on(b,y);let A=Ns.map(h=>e.on(h,y)),f=()=>y();return n.add(f),()=>{A.forEach(h=>h()),n.delete(f)}}function w(b,y){let A=c();if(b==="selected"){if(y==null){r("selectedGroup")&&e.set("selected_group",null),(r("selected")||r("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(y)){let _=yo(y,A,r("k"),!!u.abstainedRows(),r("selectionSpec"));_!==void 0&&e.set("selected",_);return}let f=A[y[0]],h=A[y[1]];if(f&&f.kind==="class"&&y[1]===A.length&&u.abstainedRows()){e.set("selected",[f.index,r("k")]);return}if(!f||!h)return;f.kind==="class"&&h.kind==="class"?e.set("selected",[f.index,h.index]):f.kind==="group"&&h.kind==="group"&&e.set("selected_group",[f.index,h.index]);return}if(b==="display_labels"){let f=r("labels").slice();y.forEach((h,_)=>{A[_]&&A[_].kind==="class"&&(f[A[_].index]=h)}),e.set("display_labels",f);return}e.set(b,y)}function g(){t.version+=1;for(let b of[...n])b()}return{get:p,on:x,set:w,send:b=>e.send(b),local:{expand(b,y){y?t.expanded.add(b):t.expanded.delete(b),g()},expanded:()=>new Set(t.expanded),focus(b,y,A=!1){t.focus=b==null?null:{row:b,col:y,outline:A},g()}}}}var Mo=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Fs=8,Os=12,Is=20;function Rs(e,t,n=Fs){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,l)=>{let a=String(i).toLowerCase().indexOf(o);a===0?r.push(l):a>0&&s.push(l)}),r.concat(s).slice(0,n)}function Ps(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function js(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function _o({state:e,display:t,dom:n,signal:o}){let r=q(o),s=(k,F,P)=>G(k,F,P,r.signal),{h:i,button:l,option:c}=n,a=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[k,F]of Mo)p.append(c(k,F));let x=c("list","Custom (from Python)");x.disabled=!0,p.append(x),u.append(p);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let T=i("label","cmw-level-label","Show "),b=i("select","cmw-level");b.append(c("classes","Classes"),c("groups","Groups")),T.append(b),d.append(u,w,T);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let A=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let _=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",_),f.append(h);let m=i("ul","cmw-matches");m.id=_,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,A.append(f,m);let E=i("details","cmw-top"),C=i("summary","cmw-top-title","Largest errors"),I=!1;s(C,"click",()=>{I=!0}),C.id=`${_}-top`;let j=i("ol","cmw-top-list");j.setAttribute("aria-labelledby",C.id),E.append(C,j);let z=i("div","cmw-sr");z.setAttribute("aria-live","polite"),z.setAttribute("role","status"),a.append(d,y,A,E,z);let K=k=>{z.textContent=k};s(p,"change",()=>{e.set("order",p.value),K(`Order: ${p.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),K(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(b,"change",()=>{e.set("level",b.value),K(`Showing ${b.value}.`)}),s(y,"change",k=>{let F=k.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),K(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function B(k){let F=e.get("labels");h.value=F[k],O(),t.local.focus(k,k,!0),K(`Found ${F[k]}: its row and column are outlined.`)}function O(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function U(){let k=e.get("labels"),F=Rs(k,h.value);m.replaceChildren(...F.map((P,H)=>{let D=i("li","cmw-match",k[P]);return D.id=`${_}-${H}`,D.setAttribute("role","option"),D.dataset.cls=String(P),D})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function W(k){let F=[...m.children];if(!F.length)return null;let P=F.findIndex(D=>D.getAttribute("aria-selected")==="true"),H=k===0?Math.max(P,0):(P+k+F.length)%F.length;return F.forEach((D,L)=>D.setAttribute("aria-selected",String(L===H))),h.setAttribute("aria-activedescendant",F[H].id),F[H]}s(h,"input",U),s(h,"keydown",k=>{if(k.key==="ArrowDown"||k.key==="ArrowUp")W(k.key==="ArrowDown"?1:-1),k.preventDefault();else if(k.key==="Enter"){let F=W(0);F&&B(Number(F.dataset.cls)),k.preventDefault()}else k.key==="Escape"&&!m.hidden&&(O(),k.preventDefault())}),s(m,"click",k=>{let F=k.target.closest("li[data-cls]");F&&B(Number(F.dataset.cls))}),s(j,"click",k=>{let F=k.target.closest("button[data-i]");if(!F)return;let[P,H]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[P,H]),t.local.focus(P,H,!1)});function V(){let k=e.get("k");a.hidden=k<=2,A.hidden=k<=Os;let F=e.get("orderChoices");for(let D of p.options)D.value!=="list"&&(D.disabled=F!==null&&!F.includes(D.value),D.title=D.disabled?"Needs a live kernel":"");let P=e.get("orderName");p.value=Mo.some(([D])=>D===P)?P:"list",g.checked=e.get("errorsOnly");let H=e.get("groups");T.hidden=!H,b.value=e.get("level"),X(H),J()}function X(k){let F=t.local.expanded(),P=!!k&&e.get("level")==="groups";if(y.hidden=!P,!P)return;let H=k.names.map((D,L)=>{let me=i("label","cmw-expand-item"),de=i("input");return de.type="checkbox",de.dataset.group=String(L),de.checked=F.has(L),me.append(de,n.doc.createTextNode(` ${D}`)),me});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...H)}function J(){let k=e.get("labels"),F=e.get("top");C.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,I||(E.open=e.get("k")>Is),j.replaceChildren(...F.map(P=>{let H=i("li"),D=l("cmw-top-item",Ps(k,P));return D.dataset.i=String(P[0]),D.dataset.j=String(P[1]),H.append(D),H})),E.hidden=F.length===0}let Q=e.get("selection");function S(){let k=e.get("selection");k!==Q&&K(js(k)),Q=k}return Y(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],V,r.signal),Y(e,["selection"],S,r.signal),V(),{el:a,update:V,destroy:()=>{r.abort(),a.remove()}}}function Co(e){let t=So(e.state),n=_o({...e,display:t}),o=bo({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var $o=34;function To(e,t,n,o){if(!n)return 0;let r=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<r;i++)for(let l=0;l<r;l++){let c=n[i*r+l];if(!c||!ot(t,[i,l]))continue;let a=Oe(t,l),d=Math.max(3,Math.min(10,Math.min(a,t.cell)*.3)),u=ge(t,l)+a,p=he(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=o.accent,e.fill(),a>=$o&&t.cell>=$o&&(e.font=`9px ${o.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=o.accent,e.fillText(String(c),u-d-1,p+1)),s+=1}return s}var ye=12,Kt="abstained",En=8,Ds=13;function Eo(e){return Array.from({length:256},(t,n)=>kt(e,n))}function No(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(Wn(n,o,r*r),r,r),0,0),s}function Fo(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,he(t,r),t.xw,t.cell)}function Oo(e,t,n,o,r){if(t.cell<Vt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=o[n[i*s+l]],e.fillRect(ge(t,l),he(t,i),t.cell,t.cell)}function Io(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Ro(e,t,n,o){let r=t.k,s=Math.min(Ds,Math.floor(t.cell*.3));if(s<En||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let a=t.r0;a<t.r0+t.v;a++){let d=he(t,a)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=tn(n.values[a*r+u],n.counts[a*r+u],n.fmt,n.countDigits);l.push([ge(t,u)+t.cell/2,d,p,n.colors[a*r+u]])}if(i){let u=tn(i.values[a],i.counts[a],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,d,u,i.colors[a]])}}let c=zs(e,l.map(a=>a[2]),t.cell,s,o);if(c){e.textAlign="center",e.textBaseline="middle";for(let[a,d,u,p]of l)e.fillStyle=Vn(n.lutText,n.lut,p),c.mode==="two"?(e.font=c.font,e.fillText(u.main,a,d-c.px*.5),e.font=c.subFont,e.fillText(u.sub,a,d+c.px*.65)):(e.font=c.font,e.fillText(c.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,a,d))}}function zs(e,t,n,o,r){let s=n-4,i=(c,a)=>{e.font=c;let d=0;for(let u of t)d=Math.max(d,e.measureText(a(u)).width);return d},l=t.length>0&&t[0].sub!=="";for(let c=o;c>=En;c--){let a=`${c}px ${r.family}`,d=Math.max(En-1,Math.round(c*.8)),u=`${d}px ${r.family}`;if(!(i(a,x=>x.main)>s))return l?n>=c*2.4+d&&i(u,x=>x.sub)<=s?{mode:"two",px:c,font:a,subFont:u}:i(a,x=>`${x.main} ${x.sub}`)<=s?{mode:"one",px:c,font:a}:{mode:"main",px:c,font:a}:{mode:"main",px:c,font:a}}return null}function Po(e,t,n,o,r,s,i,l){let c=A=>e.measureText(A).width;e.font=l(ye),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let A of gt(t.v,r.step,t.r0)){let f=he(t,A)+t.cell/2;e.fillText(bt(n[A],o,c),t.x0-$e,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let a=t.y0+t.grid+$e,d=gt(t.v,r.step,t.c0).map(A=>[ge(t,A)+t.cell/2,n[A],r.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Kt,r.extraRotated]);for(let[A,f,h]of d){let _=bt(f,o,c);e.moveTo(Math.round(A)+.5,t.y0+t.grid),e.lineTo(Math.round(A)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(A,a),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(_,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(_,A,a))}e.stroke(),e.font=l(ye,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+$e+r.height+Fe/2+2,x=Math.max(...u.map(c)),w=oe(t.x0+t.grid/2,ie+x/2,Math.max(ie+x/2,t.width-ie-x/2));u.forEach((A,f)=>e.fillText(A,w,p+f*Sn));let g=Math.max(t.grid,t.height-2*ie),T=String(s.y),b=c(T)<=g?T:bt(T.split(" (")[0],g,c),y=oe(t.y0+t.grid/2,ie+c(b)/2,Math.max(ie,t.height-ie-c(b)/2));e.save(),e.translate(ie+Fe/2,y),e.rotate(-Math.PI/2),e.fillText(b,0,0),e.restore()}function jo(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Mn+qe+6+n+Fe)}function Bs(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,c=Math.round((t+qe)*i)/i-l,a=Math.round(n*i),d=Math.round((n+o)*i)-a,u=x=>Math.min(255,Math.floor((x+.5)/d*256)),p=0;for(let x=1;x<=d;x++)x<d&&u(x)===u(p)||(e.fillStyle=r[u(p)],e.fillRect(l,(a+d-x)/i,c,(x-p)/i),p=x)}function Do(e,t,n,o,r,s,i=""){if(i){e.font=s(ye-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let a=p=>e.measureText(p).width,d=bt(String(i),Math.max(t.grid,t.height-2*ie),a),u=oe(t.y0+t.grid/2,ie+a(d)/2,Math.max(ie,t.height-ie-a(d)/2));e.save(),e.translate(t.width-ie-Fe/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Mn,c=t.grid;Bs(e,l,t.y0,c,o),e.strokeStyle=r.border,e.strokeRect(l-.5,t.y0-.5,qe+1,c+1),e.font=s(ye-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[a,d]of n){let u=t.y0+c*(1-oe(Number(a)||0,0,1));e.moveTo(l+qe,Math.round(u)+.5),e.lineTo(l+qe+3,Math.round(u)+.5),e.fillText(String(d),l+qe+5,oe(u,t.y0+5,t.y0+c-5))}e.strokeStyle=r.muted,e.stroke()}function zo(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,he(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(ge(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Bo(e,t,n,o,r){let s=([i,l],c,a,d)=>{if(!ot(t,[i,l]))return;let u=Math.max(Oe(t,l),8),p=Math.max(t.cell,8),x=ge(t,l)+Oe(t,l)/2-u/2,w=he(t,i)+t.cell/2-p/2;e.setLineDash(a),e.lineWidth=d,e.strokeStyle=r.bg,e.strokeRect(x+d,w+d,u-2*d,p-2*d),e.strokeStyle=c,e.strokeRect(x+d/2,w+d/2,u-d,p-d)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}function Uo(e,t,n,o){if(!n)return;let r=2,s=(a,d,u,p)=>{e.lineWidth=r,e.strokeStyle=o.bg,e.strokeRect(a+r,d+r,u-2*r,p-2*r),e.strokeStyle=o.accent,e.strokeRect(a+r/2,d+r/2,u-r,p-r)};e.setLineDash([]);let i=a=>a>=t.r0&&a<t.r0+t.v,l=a=>t.extra&&a>=t.k||a>=t.c0&&a<t.c0+t.v,c=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let a of n.rows||[])i(a)&&s(t.x0,he(t,a),c-t.x0,Math.max(t.cell,4));for(let a of n.cols||[])l(a)&&s(ge(t,a),t.y0,Math.max(Oe(t,a),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=o.accent,e.setLineDash([3,3]);for(let a=t.r0;a<t.r0+t.v;a++)a<t.c0||a>=t.c0+t.v||(e.moveTo(ge(t,a),he(t,a)),e.lineTo(ge(t,a)+t.cell,he(t,a)+t.cell));e.stroke(),e.setLineDash([])}for(let[a,d]of n.cells||[]){if(!ot(t,[a,d]))continue;let u=Math.max(Oe(t,d),8),p=Math.max(t.cell,8);s(ge(t,d)+Oe(t,d)/2-u/2,he(t,a)+t.cell/2-p/2,u,p)}}var Vo={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Us={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Vs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],l=[],c=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),c.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),c.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),c.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&c.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let a;return e.compare?(a=`change in count since ${e.compare.name}`,c.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Vo[e.normalize]?(a=(e.multilabel?Us:Vo)[e.normalize],c.push(`Normalised: each cell shows the ${a}.`)):a="count of samples",i.length&&(r+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:r,y:s,bar:a,badges:c}}function Wo(e){let t=e("compareState");return Vs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Go(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var Ws=720,Gs=64,Ks=200,Hs={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Ys={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Xs=4,Ko={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Ho={r:"row",c:"col",e:"errors"},qs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],Ls={true:"of its true row",pred:"of the abstained column",all:"of all samples"},Zs=24;function Yo({state:e,dom:t,signal:n,report:o=l=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let l=q(n),c=(v,M,$,N)=>G(v,M,$,l.signal,N),{doc:a,h:d,button:u}=t,p=d("div","cmw-matrix"),x=d("div","cmw-zoom");x.setAttribute("role","group"),x.setAttribute("aria-label","Zoom");let w=u("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=u("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let T=u("cmw-zoom-fit","Fit");T.setAttribute("aria-label","Show all classes"),T.title="Show all classes (0)";let b=d("span","cmw-view-range");b.setAttribute("aria-live","polite"),x.append(w,g,T,b,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),x.hidden=!0;let y=d("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let A=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=d("div","cmw-tooltip");h.hidden=!0,A.append(f,h);let _=d("div","cmw-sr");_.setAttribute("aria-live","polite"),p.append(y,x,A,_);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},C=v=>e.get(v),I=v=>{let M=C("lut"),$=C("compareState")?M:Gn(M,v);return $===M?{lut:M,lutText:C("lutText")}:((E.themedOf[0]!==M||E.themedOf[1]!==v)&&(E.themed={lut:$,lutText:Mt($)},E.themedOf=[M,v]),E.themed)},j=()=>{let v=E.drawn.lut;return E.cssOf!==v&&(E.css=Eo(v)),E.cssOf=v,E.css},z=()=>{let v=C("colors"),M=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===v&&E.bitmapOf[1]===M||(E.bitmap=No(a,E.bitmap,v,M,C("k")),E.bitmapOf=[v,M]),E.bitmap};function K(v,M){let $=v.font,N=E.widths.get($);if(N&&N.texts===M)return N.w;let R=0;for(let re of M)R=Math.max(R,v.measureText(re).width);return E.widths.set($,{texts:M,w:R}),R}function B(){m.queued||l.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,l.signal.aborted||Q()}))}function O(){let v=a.defaultView,M=v&&v.getComputedStyle?v.getComputedStyle(p):null,$=(N,R)=>(M&&M.getPropertyValue(N)||"").trim()||R;return{fg:M&&M.color||"#1f1f1f",muted:$("--cmw-muted","#616161"),accent:$("--cmw-accent","#1976d2"),border:$("--cmw-border","#bdbdbd"),bg:$("--cmw-bg","#ffffff"),family:M&&M.fontFamily||"sans-serif"}}let U=()=>(s?s():p.clientWidth)||Ws;function W(){let v=p.closest(".cmw"),M=a.defaultView;if(!v||!M||!p.isConnected||!v.getClientRects().length)return 1/0;let $=null;for(let Z=v.parentElement;Z&&Z!==a.body&&Z!==a.documentElement;Z=Z.parentElement){let pe=M.getComputedStyle(Z).overflowY;(pe==="auto"||pe==="scroll")&&Z.clientHeight>=Ks&&($=Z)}if(!$&&M.top!==M)return 1/0;let N=Math.min(M.innerHeight,$?$.clientHeight:M.innerHeight);if(!(N>0))return 1/0;let R=Z=>Z.getBoundingClientRect().top,re=Z=>Z.getBoundingClientRect().bottom,se=Gs,le=[...v.children].find(Z=>Z.contains(p));if(le&&le!==p){let Z=[...le.children].filter(pe=>pe!==p&&pe.getClientRects().length&&R(pe)>=re(p)-1);Z.length&&(se+=Math.max(...Z.map(re))-re(p))}for(let Z=le?le.nextElementSibling:null;Z&&!Z.classList.contains("cmw-selection");Z=Z.nextElementSibling)Z.getClientRects().length&&!Z.classList.contains("cmw-sr")&&(se+=Z.getBoundingClientRect().height);return Math.floor(N-(R(f)-R(v))-se)}function V(v){m.cursor&&(m.cursor[0]>=v||m.cursor[1]>=v)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=v}let X=v=>v+(v>0&&C("abstained")?1:0),J=v=>v[1]>=C("k")?[v[0],m.view?m.view.c0:0]:v;function Q(){let v=performance.now(),M=C("k");M!==m.k&&V(M);let $=C("abstained");m.cols=X(M),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=f.getContext("2d");if(!N)return;let R=O();E.drawn=I(R.bg),m.detached=!p.isConnected;let re=(Re,Pe)=>`${Pe?"600 ":""}${Re}px ${R.family}`,se=C("labels");m.width=U(),N.font=re(ye);let le=Math.min(An,Math.max(40,Math.round(m.width*.2))),Z=Math.ceil(Math.min(le,K(N,se))),pe=C("colorbar"),it=jo(N,pe),Ie=Wo(C);S(Ie.badges),m.height=W();let vt={yLabelWidth:Z,rightWidth:it,extra:$?1:0,xTitleLines:1,xLabelHeight:Math.min(An,K(N,se))},ct;for(let Re=0;Re<3;Re++){let Pe=wt(M,m.width,{...vt,maxGrid:ct}),Zt=so(Pe,m.height);if(Zt===void 0||Zt===ct)break;ct=Zt}let Dn=wt(M,m.width,{yLabelWidth:Z,rightWidth:it,extra:$?1:0,maxGrid:ct});m.zoomable=M>0&&io(M,Dn.room),m.vMin=co(M,Dn.room);let Xt=m.zoomable?ke(m.view,M,m.vMin):Be(M);m.view=m.zoomable?Xt:null;let zn={yLabelWidth:Z,rightWidth:it,view:Xt,extra:$?1:0,maxGrid:ct},qt=wt(M,m.width,zn);m.step=fo(Xt.v,qt.cell),m.xLabels=H(N,se,qt,le),N.font=re(ye,!0);let Bn=Go(Ie.x,Math.max(qt.width-2*ie,60),Re=>N.measureText(Re).width);N.font=re(ye);let be=wt(M,m.width,{...zn,xLabelHeight:m.xLabels.height,xTitleLines:Bn.length});m.layout=be,m.yLabelW=Z,F(N,be);let Lt=C("colors");if(M===0)N.fillStyle=R.muted,N.font=re(ye),N.fillText("No data",ie,ie+ye);else{Lt.length>=M*M&&Oo(N,be,Lt,j(),z),$&&Fo(N,be,$.colors,j()),Io(N,be,R),Ro(N,be,{values:C("values"),counts:C("counts"),colors:Lt,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:C("fmt"),countDigits:C("countDigits"),abstained:$},R),Po(N,be,se,le,{step:m.step,...m.xLabels},{x:Bn,y:Ie.y},R,re),Do(N,be,pe,j(),R,re,Ie.bar),f.dataset.issueMarks=String(To(N,be,C("issueMarks"),R));let Re=m.cursor&&f.matches(":focus")?m.cursor:null;Uo(N,be,C("marks"),R),Bo(N,be,C("selected"),Re,R);let Pe=C("focus");Pe&&Pe.outline&&zo(N,be,Pe.r,Pe.c,R)}k(be),P(be,M,v,Ie)}function S(v){let M=[...y.children].map($=>$.textContent);M.length===v.length&&M.every(($,N)=>$===v[N])||(y.replaceChildren(...v.map($=>d("span","cmw-badge",$))),y.hidden=v.length===0)}function k(v){x.hidden=!m.zoomable,m.zoomable&&(b.textContent=Cn(v,v.k),g.disabled=v.v<=m.vMin,w.disabled=v.v>=v.k,T.disabled=v.v>=v.k)}function F(v,M){let $=a.defaultView&&a.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(M.width*$)),R=Math.max(1,Math.round(M.height*$));(f.width!==N||f.height!==R)&&(f.width=N,f.height=R),f.style.width=`${M.width}px`,f.style.height=`${M.height}px`,v.setTransform($,0,0,$,0,0),v.clearRect(0,0,M.width,M.height)}function P(v,M,$,N){let R=performance.now();f.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let re=null;!m.firstDrawn&&M>0&&(m.firstDrawn=!0,re=R-(m.draws===1?r:$)),o({k:M,draws:m.draws,lastMs:R-$,firstMs:re,view:{r0:v.r0,c0:v.c0,v:v.v}}),f.dataset.cellX0=String(v.x0),f.dataset.cellY0=String(v.y0),f.dataset.cellSize=String(v.cell),f.dataset.viewRow0=String(v.r0),f.dataset.viewCol0=String(v.c0),f.dataset.viewSize=String(v.v),f.dataset.cols=String(m.cols),f.dataset.extraX0=v.extra?String(v.xExtra):"",f.dataset.extraWidth=v.extra?String(v.xw):"",f.dataset.xTitle=N.x,f.dataset.yTitle=N.y,f.dataset.barTitle=N.bar,f.setAttribute("aria-label",`Confusion matrix of ${M} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(v.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${Cn(v,M)}; plus and minus zoom, 0 shows all.`:""))}function H(v,M,$,N){let R=0;if(m.zoomable)R=K(v,M);else for(let pe of gt($.k,m.step))R=Math.max(R,v.measureText(M[pe]).width);R=Math.min(N,R);let re=R>m.step*$.cell-4,se=$.extra?v.measureText(Kt).width:0,le=$.extra>0&&(re||se>$.xw+ft-2),Z=Math.max(re?R:ye+2,le?se:0);return{rotated:re,extraRotated:le,height:Math.ceil(Z)}}function D(v,M){m.editor&&m.editor.finish(!1);let $=m.layout,N=v==="y"?Math.max(m.yLabelW+$e+4,100):120,R=ge($,M)+$.cell/2,re=v==="y"?$.x0-N:oe(R-N/2,0,Math.max(0,$.width-N)),se=v==="y"?he($,M)+$.cell/2-11:$.y0+$.grid+$e,le={left:f.offsetLeft+Math.max(0,re),top:f.offsetTop+se,width:N},Z=C("labels");m.editor=go({dom:t,host:A,box:le,name:Z[M],index:M,done:(pe,it)=>{m.editor=null;let Ie=C("labels");if(pe!==null&&M<Ie.length){let vt=Ie.slice();vt[M]=pe,e.set("display_labels",vt)}it&&f.focus({preventScroll:!0})}})}function L(v,M=!1){let $=f.getBoundingClientRect(),N=m.lastUp;return M&&N&&Math.abs(N.x-v.clientX)<1&&Math.abs(N.y-v.clientY)<1?[N.x-$.left,N.y-$.top]:[v.clientX-$.left,v.clientY-$.top]}function me(v,M){let $=m.layout;if(!$||$.k===0)return null;let N=ye/2+1;if(v>=ie+Fe&&v<$.x0&&M>=$.y0-N&&M<$.y0+$.grid+N){let se=$n(M-$.y0,$.cell,m.step,$.k,N,$.r0,$.v);return se>=0?{axis:"y",index:se}:null}let R=$.y0+$.grid,re=$.x0+$.grid+($.extra?ft/2:20);if(M>=R&&M<R+$e+m.xLabels.height&&v>=$.x0-20&&v<re){let se=m.xLabels.rotated?N:m.step*$.cell/2,le=$n(v-$.x0,$.cell,m.step,$.k,se,$.c0,$.v);return le>=0?{axis:"x",index:le}:null}return null}function de([v,M]){let $=C("k"),N=C("labels"),R=C("abstained");if(M>=$&&R){let Z=[`True: ${N[v]}`,`Predicted: ${Kt}`,`Count: ${we(R.counts[v],C("countDigits"))}`],pe=C("fmt");return pe.kind==="percent"&&Z.push(`Shown: ${Ke(R.values[v],pe)} ${Ls[C("normalize")]||""}`.trim()),Z.join(`
`)}let re=v*$+M,se=[`True: ${N[v]}`,`Predicted: ${N[M]}`,`Count: ${we(C("counts")[re],C("countDigits"))}`],le=C("fmt");if(le.kind==="delta"&&se.push(`Change: ${Ke(C("values")[re],le)} since the compared run`),le.kind==="percent"){let Z=(C("multilabel")?Ys:Hs)[C("normalize")]||"";se.push(`Shown: ${Ke(C("values")[re],le)} ${Z}`.trim())}return se.join(`
`)}function ae(v,M,$){h.textContent=v,h.hidden=!1;let N=f.offsetLeft+M+14;N+h.offsetWidth+4>A.clientWidth&&(N=Math.max(0,f.offsetLeft+M-h.offsetWidth-10));let R=f.offsetTop+$+14;R+h.offsetHeight+4>A.clientHeight&&(R=Math.max(0,f.offsetTop+$-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${R}px`}let ue=()=>m.zoomable&&m.view!==null&&m.view.v<C("k");function ce(v){let M=C("k"),$=ke(v,M,m.vMin),N=m.view||Be(M);return $.r0===N.r0&&$.c0===N.c0&&$.v===N.v?!1:(m.view=$,h.hidden=!0,B(),!0)}function Ae(v,M=null){if(!m.zoomable||!m.layout)return;let $=m.layout;ce(lo($,v,M,$.k,m.vMin))}function Le(v){v.target.closest(".cmw-zoom-in")?Ae(ht):v.target.closest(".cmw-zoom-out")?Ae(1/ht):v.target.closest(".cmw-zoom-fit")&&ce(Be(C("k")))}function Ue(v){if(!(v.ctrlKey||v.metaKey)||!m.zoomable)return;v.preventDefault();let[M,$]=L(v);Ae(po(v.deltaY,v.deltaMode),mo(M,$,m.layout))}function xe(v){if(m.panned=!1,m.pan=null,v.button!==0||!ue())return;let[M,$]=L(v);Wt(M,$,m.layout)&&(m.pan={id:v.pointerId,x:v.clientX,y:v.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Ve(v){let M=m.pan,$=v.clientX-M.x,N=v.clientY-M.y;if(!M.moved){if(Math.hypot($,N)<Xs)return;M.moved=!0,h.hidden=!0;try{f.setPointerCapture(M.id)}catch{}}f.style.cursor="grabbing",ce(ao(M.view,-N/M.cell,-$/M.cell,C("k"),m.vMin))}function We(v){m.lastUp={x:v.clientX,y:v.clientY},m.pan&&m.pan.moved&&(m.panned=!0,f.style.cursor="grab"),m.pan=null}function te(v){if(m.pan&&m.pan.id===v.pointerId&&(Ve(v),m.pan.moved))return;let[M,$]=L(v),N=Wt(M,$,m.layout);if(N){ae(de(N),M,$),f.style.cursor=ue()?"grab":"pointer";return}let R=me(M,$);if(f.style.cursor=R?"text":"default",R){let re=R.axis==="y"?"True class":"Predicted class",se=R.axis==="y"?"row":"column";ae(`${re} ${R.index}: ${C("labels")[R.index]}
(click to select the ${se}, double-click to rename)`,M,$)}else h.hidden=!0}function ne(v){if(m.panned){m.panned=!1;return}let[M,$]=L(v,!0),N=Wt(M,$,m.layout),R=N?null:me(M,$);N?(m.cursor=N,e.set("selected",v.shiftKey?{add:N}:N),B()):R?e.set("selected",R.axis==="y"?{row:R.index}:{col:R.index}):C("hasSelection")&&e.set("selected",null)}function k1(v){let[M,$]=L(v,!0),N=me(M,$);N&&(v.preventDefault(),h.hidden=!0,D(N.axis,N.index))}function A1(v){let M=C("k");if(M===0)return;let $=!0;if(_n.has(v.key)){let N=m.cursor||C("selected")||(ue()?[m.view.r0,m.view.c0]:null);m.cursor=ho(N,v.key,M,v.shiftKey?10:1,X(M)),ue()&&ce(Gt(m.view,J(m.cursor),M,m.vMin)),_.textContent=de(m.cursor).replace(/\n/g,", "),B()}else if(m.zoomable&&!v.ctrlKey&&!v.metaKey&&!v.altKey&&Ko[v.key]){let N=Ko[v.key];if(N==="fit")ce(Be(M));else{let R=m.cursor?J(m.cursor):null;Ae(N==="in"?ht:1/ht,R?[R[0]+.5,R[1]+.5]:null),R&&ue()&&ce(Gt(m.view,J(m.cursor),M,m.vMin))}}else if(v.key==="Enter"||v.key===" "){let N=m.cursor||C("selected")||[0,0];m.cursor=N,e.set("selected",v.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!v.ctrlKey&&!v.metaKey&&!v.altKey&&Ho[v.key.toLowerCase()]){let N=Ho[v.key.toLowerCase()],R=m.cursor||C("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else $=!1;$&&v.preventDefault()}c(f,"pointerdown",xe),c(f,"pointermove",te),c(f,"pointerleave",()=>{h.hidden=!0}),c(f,"pointerup",We),c(f,"pointercancel",()=>{m.pan=null}),c(f,"wheel",Ue,{passive:!1}),c(x,"click",Le),c(f,"click",ne),c(f,"dblclick",k1),c(f,"keydown",A1),c(f,"focus",B),c(f,"blur",B);let Rn=()=>{let v=W();return v!==m.height&&!(Math.abs(v-m.height)<1)},Ge=a.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let v=new Ge.ResizeObserver(()=>{(m.detached||Math.abs(U()-m.width)>=1||Rn())&&B()});for(let $ of[p,...i])v.observe($);let M=p.closest(".cmw");M&&v.observe(M),c(Ge,"resize",()=>{Rn()&&B()}),l.signal.addEventListener("abort",()=>v.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&a.body){let v=null,M=new Ge.MutationObserver(()=>{clearTimeout(v),v=setTimeout(B,100)});M.observe(a.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{M.disconnect(),clearTimeout(v)},{once:!0})}l.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let yt=C("selected"),Pn=C("focus");function jn(){let v=C("selected"),M=C("focus"),$=v&&!(yt&&v[0]===yt[0]&&v[1]===yt[1]);M!==Pn&&M&&m.zoomable?ce(uo(m.view,[M.r,M.c],C("k"),Zs,m.vMin)):$&&ue()&&ce(Gt(m.view,J(v),C("k"),m.vMin)),yt=v,Pn=M,Q()}return Y(e,qs,jn,l.signal),Q(),{el:p,update:jn,destroy:()=>{l.abort(),p.remove()}}}function Xo({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table"),l=r("p","cmw-interval-note");s.append(r("summary",null,"Metrics"),i,l);let c=!0;function a(){let d=e.get("metrics");if(s.hidden=d.perClass.length===0,c=!s.open,!s.open)return;let u=e.get("countDigits"),p=e.get("intervals"),x=p&&!p.stale?p:null;l.hidden=!p,l.textContent=p?Rr(p):"";let w=(y,A)=>y.append(r("td","cmw-num",A)),g=(y,A,f,h)=>{let _=r("td","cmw-num");x?Rt(t,_,A,f,x.level,x.methods[h]):_.textContent=ee(A),y.append(_)};i.replaceChildren();let T=i.createTHead().insertRow();for(let y of["class","precision","recall","F1","support"])T.append(r("th",null,y));let b=i.createTBody();for(let[y,A]of d.perClass.entries()){let f=b.insertRow(),h=r("th",null,A.label);h.title=h.textContent,f.append(h);let _=x&&x.perClass[y];for(let m of["precision","recall","f1"])g(f,A[m],_?_[m]:null,m);w(f,we(A.support,u))}for(let[y,A]of d.summary.entries()){let f=b.insertRow();f.className=y===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(r("th",null,String(A.name??"")));let h=x?x.summary[String(A.name)]:null;if("value"in A)w(f,""),w(f,""),g(f,A.value,Array.isArray(h)?h:null,A.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let _=A.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])g(f,A[m],h&&!Array.isArray(h)?h[m]:null,_+m);w(f,we(A.support,u))}}}return G(s,"toggle",()=>{s.open&&c&&a()},o.signal),Y(e,["metrics","countDigits","intervals"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function qo({state:e,dom:t,signal:n}){let o=q(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return Y(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function Lo({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s,option:i}=t,l=r("div","cmw-rank"),c=r("label","cmw-rank-label","Sort samples by "),a=r("select","cmw-rank-menu");c.append(a);let d=r("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=r("div","cmw-issues");p.hidden=!0;let x=!1;function w(){let g=e.get("issues"),T=e.get("selection");if(l.hidden=!g||!T||T.available===!1,l.hidden)return;let b=g.ranks.join(",");a.dataset.ranks!==b&&(a.replaceChildren(...g.ranks.map(A=>i(A,gn[A]))),a.dataset.ranks=b),a.value=e.get("rank"),a.disabled=g.kernelOnly,d.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",a.title=d.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(c,d);let y=T.issues&&Array.isArray(T.issues.indices)?T.issues:null;y?(u.textContent=`${x?"Hide":"Show"} likely label errors (${y.total})`,u.setAttribute("aria-expanded",String(x)),p.hidden=!x,p.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",l.append(u,p)):g.pending?l.append(r("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&l.append(r("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return G(a,"change",()=>e.set("rank",a.value),o.signal),G(u,"click",()=>{x=!x,w()},o.signal),Y(e,["issues","rank","selection"],w,o.signal),w(),{el:l,update:w,destroy:()=>{o.abort(),l.remove()}}}function st({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let c=!1,a=()=>parseFloat(l.value),d=Ze(n,r,s);return G(l,"input",()=>{c=!0,o&&o(a()),d(a())},i),G(l,"change",()=>{c=!1,d.cancel(),n(a())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:l,value:a,dragging:()=>c,range(u,p,x){l.min=String(u),l.max=String(p),l.step=String(x)}}}var Js=60,Zo=700,Ht="http://www.w3.org/2000/svg",xt={w:240,h:56,pad:6};function Jo(e,{w:t,h:n,pad:o}=xt){let r=e.length,s=l=>r>1?o+l*(t-2*o)/(r-1):t/2,i=l=>o+(1-Math.min(1,Math.max(0,l)))*(n-2*o);return e.map((l,c)=>l==null?null:[s(c),i(l)])}function Qs(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function Qo({state:e,dom:t,signal:n,clock:o}){let r=q(n),{doc:s,h:i,button:l,option:c}=t,a=o||{now:()=>Date.now(),setTimeout:(O,U)=>setTimeout(O,U),clearTimeout:O=>clearTimeout(O)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=l("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),x=()=>e.get("runs").names,w=O=>{let U=x();O>=0&&O<U.length&&U[O]!==e.get("run")&&e.set("run",U[O])},g=st({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Js,clock:o,signal:r.signal,onInput:O=>{B(),p.textContent=x()[O]??""}}),T=g.el;T.min="0",T.step="1",T.setAttribute("aria-label","Run");let b=l("cmw-run-newer","");b.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let A=i("label","cmw-field");A.append(i("span",null,"Compare with"),y);let f=i("div","cmw-runs-top");f.append(u,T,p,b,A);let h=s.createElementNS(Ht,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${xt.w} ${xt.h}`),h.setAttribute("width",String(xt.w)),h.setAttribute("height",String(xt.h));let _=i("div","cmw-history-legend");_.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,_),d.append(f,m),d.hidden=!0;let E=null;function C(){let O=e.get("runs"),U=e.get("run");if(d.hidden=O.names.length<2,d.hidden){B();return}let W=O.names.indexOf(U);T.max=String(O.names.length-1),!g.dragging()&&W>=0&&(T.value=String(W)),g.dragging()||(p.textContent=U);let V=Qs(O.names,U);b.textContent=V,b.hidden=!V,I(O.names,e.get("compare")),j(O,W)}function I(O,U){let W=c("","none");y.replaceChildren(W,...O.map(V=>c(V))),y.value=U!=null&&O.includes(U)?U:""}function j(O,U){let W=[];for(let[X,J]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let Q=Jo(X).filter(Boolean),S=s.createElementNS(Ht,"polyline");S.setAttribute("class",J),S.setAttribute("fill","none"),S.setAttribute("points",Q.map(k=>k.map(F=>F.toFixed(1)).join(",")).join(" ")),W.push(S)}let V=Jo(O.accuracy);O.names.forEach((X,J)=>{if(!V[J])return;let Q=s.createElementNS(Ht,"circle");Q.setAttribute("class",J===U?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),Q.setAttribute("cx",V[J][0].toFixed(1)),Q.setAttribute("cy",V[J][1].toFixed(1)),Q.setAttribute("r",J===U?"4":"3"),Q.setAttribute("data-run",String(J));let S=s.createElementNS(Ht,"title");S.textContent=`${X}: accuracy ${ee(O.accuracy[J])}, macro F1 ${ee(O.macroF1[J])}`,Q.append(S),W.push(Q)}),h.replaceChildren(...W)}function z(){let O=x(),U=O.indexOf(e.get("run"));if(U<0||U>=O.length-1){B();return}w(U+1),E=a.setTimeout(z,Zo)}function K(){let O=x();O.indexOf(e.get("run"))>=O.length-1&&w(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),E=a.setTimeout(z,Zo)}function B(){E!==null&&a.clearTimeout(E),E=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return G(u,"click",()=>E===null?K():B(),r.signal),G(b,"click",()=>{B(),w(x().length-1)},r.signal),G(y,"change",()=>e.set("compare",y.value===""?null:y.value),r.signal),G(h,"click",O=>{let U=O.target&&O.target.closest?O.target.closest("[data-run]"):null;U&&(B(),w(Number(U.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>B(),{once:!0}),Y(e,["runs","run","compare"],C,r.signal),C(),{el:d,update:C,destroy:()=>{r.abort(),d.remove()}}}var ei=60,e1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function t1({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let c=s("input","cmw-abstain-on");c.type="checkbox";let a=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),u=st({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:ei,clock:o,signal:r.signal,onInput:f=>{let h=i();a.textContent=f.toFixed(De(h?h.step:.01))}}),p=u.el,x=s("label","cmw-field");x.append(c,s("span",null,"Abstain when the top score is below"),p,a);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let T=s("span","cmw-hint cmw-top-k-hint");T.setAttribute("role","status"),g.append(T);let b=s("div","cmw-abstain-stats");l.append(x,g,b);let y=null;function A(){let f=i(),h=!!(f&&f.kind==="multiclass");if(l.hidden=!h,!h)return;u.range(f.lo,f.hi,f.step);let _=f.abstain!==null&&f.abstain!==void 0;if(c.checked=_,p.disabled=!_,_&&(y=f.abstain),!u.dragging()){let m=_?f.abstain:y??(f.lo+f.hi)/2;p.value=String(m),a.textContent=_?Number(m).toFixed(De(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),b.replaceChildren(),_&&b.append(s("span","cmw-stat cmw-coverage",`coverage ${e1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${e1(f.covered_accuracy)}`))}return G(c,"change",()=>{i()&&d(c.checked?parseFloat(p.value):null)},r.signal),G(w,"change",()=>{let f=i(),h=Number(w.value),_=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;T.textContent=_||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,_?e.set("top_k",h):f&&(w.value=String(f.top_k))},r.signal),Y(e,["scores"],A,r.signal),A(),{el:l,update:A,destroy:()=>{r.abort(),l.remove()}}}function n1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var ti=60,Nn={size:240,pad:34},ni=[0,.5,1],ri="http://www.w3.org/2000/svg",oi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function r1({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s,doc:i}=t,l=(f,h={})=>{let _=i.createElementNS(ri,f);for(let[m,E]of Object.entries(h))_.setAttribute(m,String(E));return _},c=s("div","cmw-curves");c.hidden=!0;let a=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");c.append(a,d);let u=!1,p=null,x={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",oe(f,h.lo,h.hi))},g=Ze(w,ti,o);r.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function T(f){let{size:h,pad:_}=Nn;a.replaceChildren();for(let m of Object.keys(x))delete x[m];for(let m of oi){let E=f[m.kind],C=s("figure",`cmw-curve cmw-curve-${m.kind}`),I=s("figcaption","cmw-curve-title"),j=f[m.area],z=f.undefinedBecause?f.undefinedBecause[m.kind]:null;if(I.textContent=`${m.title}${j===null||z?"":`  ${m.areaName} ${ee(j)}`}`,z){C.append(I,s("p","cmw-curve-undefined",`Undefined: ${z}.`)),a.append(C);continue}let K=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});K.classList.add("cmw-curve-svg"),Object.assign(K.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(_)}),K.append(l("rect",{x:_,y:_,width:h-2*_,height:h-2*_,class:"cmw-curve-frame"}),l("polyline",{points:Tr(E,h,_),class:"cmw-curve-line"})),m.kind==="roc"&&K.append(l("line",{x1:_,y1:h-_,x2:h-_,y2:_,class:"cmw-curve-chance"}));let B=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});B.textContent=m.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=m.y,K.append(B,O,...b(h,_));let U=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),W=l("text",{x:_,y:_-8,class:"cmw-curve-readout"}),V=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),X=l("title");X.textContent="Drag along the curve to move the threshold",V.append(X),K.append(...U,W,V),C.append(I,K),a.append(C),x[m.kind]={plot:K,marker:V,guides:U,readout:W,curve:E,spec:m},y(K,E)}d.replaceChildren();for(let m of f.targets){let E=t.button("cmw-curve-target",`threshold for ${m.name}`);E.dataset.threshold=String(m.threshold),G(E,"click",()=>w(m.threshold),r.signal),d.append(E)}}function b(f,h){let _=f-2*h,m=[];for(let E of ni){let C=h+E*_,I=h+(1-E)*_,j=String(E);m.push(l("line",{x1:C,y1:f-h,x2:C,y2:f-h+4,class:"cmw-curve-tickmark"})),m.push(l("line",{x1:h-4,y1:I,x2:h,y2:I,class:"cmw-curve-tickmark"}));let z=l("text",{x:C,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});z.textContent=j;let K=l("text",{x:h-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});K.textContent=j,m.push(z,K)}return m}function y(f,h){let _=!1,m=C=>{let I=n1(f.getBoundingClientRect(),Nn),j=(C.clientX-I.x0)/I.inner,z=1-(C.clientY-I.y0)/I.inner;return h.t[$r(h,j,z)]};G(f,"pointerdown",C=>{if(_=!0,f.setPointerCapture&&C.pointerId!==void 0)try{f.setPointerCapture(C.pointerId)}catch{}g(m(C))},r.signal),G(f,"pointermove",C=>{_&&g(m(C))},r.signal),G(f,"pointerup",C=>{_&&(_=!1,g.cancel(),w(m(C)))},r.signal),G(f,"pointercancel",()=>{_=!1,g.cancel()},r.signal)}function A(){let f=e.get("binary");if(c.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!u||p!==null)&&(u=!0,p=null,a.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==h&&(T(h),p=h);let{size:_,pad:m}=Nn,E=_-2*m;for(let{marker:C,guides:I,readout:j,spec:z,plot:K}of Object.values(x)){let[B,O]=z.at(f),U=Number.isFinite(B)&&Number.isFinite(O);for(let Q of[C,...I])Q.setAttribute("visibility",U?"visible":"hidden");if(j.textContent=U?`${z.x} ${ee(B)}, ${z.y} ${ee(O)}`:"",!U)continue;let W=(m+B*E).toFixed(1),V=(m+(1-O)*E).toFixed(1);C.setAttribute("cx",W),C.setAttribute("cy",V);let[X,J]=I;Object.entries({x1:W,y1:V,x2:W,y2:_-m}).forEach(([Q,S])=>X.setAttribute(Q,S)),Object.entries({x1:W,y1:V,x2:m,y2:V}).forEach(([Q,S])=>J.setAttribute(Q,S)),K.dataset.markerX=String(B),K.dataset.markerY=String(O)}}return Y(e,["binary","curves"],A,r.signal),A(),{el:c,update:A,destroy:()=>{r.abort(),c.remove()}}}var si=60,Fn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ii(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function o1({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),c=s("label","cmw-field");c.append(s("span",null,"Label"),l);let a=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,x=st({dom:t,cls:"cmw-label-threshold",write:E=>{let C=d();if(!C||!Array.isArray(C.thresholds)||!Number.isFinite(E))return;let I=C.thresholds.slice();I[u]=E,e.set("thresholds",I)},throttleMs:si,clock:o,signal:r.signal,onInput:E=>{let C=d();a.textContent=E.toFixed(De(C?C.step:.01))}}),w=x.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,a);let T=s("div","cmw-label-focus"),b=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(c,g,T,b,y);let A="label",f=!1;function h(){let E=d(),C=!!(E&&E.kind==="multilabel");if(i.hidden=!C,!C)return;let I=e.get("labels"),j=e.get("metrics").perClass,z=e.get("countDigits");u=Math.min(u,I.length-1),(l.options.length!==I.length||[...l.options].some((B,O)=>B.textContent!==I[O]))&&l.replaceChildren(...I.map((B,O)=>t.option(String(O),B))),l.value=String(u);let K=Array.isArray(E.thresholds);g.hidden=!K,w.disabled=!!E.fixed,K&&!x.dragging()&&(x.range(E.lo,E.hi,E.step),w.value=String(E.thresholds[u]),a.textContent=Number(E.thresholds[u]).toFixed(De(E.step))),_(E,I,z),m(E,I,j,z)}function _(E,C,I){let j=E.tables[u]||[0,0,0,0],z=s("table","cmw-readout-table");z.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let B=z.createTBody();[["truly absent",0],["truly present",2]].forEach(([U,W])=>{let V=B.insertRow();V.append(s("th",null,U));for(let X of[W,W+1]){let[J,Q]=Fn[X],S=s("td"),k=t.button("cmw-label-cell",`${Q} ${we(j[X],I)}`);k.dataset.cell=J,k.disabled=!!E.fixed,G(k,"click",()=>e.send({type:"label_cell",label:u,cell:J}),r.signal),S.append(k),V.append(S)}}),T.replaceChildren(s("div","cmw-label-focus-title",C[u]??""),z);let O=E.focus;if(O&&O.label===u){let U=Fn.find(([V])=>V===O.cell)?.[1]??O.cell,W=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;b.replaceChildren(s("div","cmw-label-listing-title",`${U} of ${C[u]}: ${W} samples`),s("div","cmw-indices",O.indices.join(", ")))}else b.replaceChildren()}function m(E,C,I,j){let z=s("tr"),K=(W,V)=>{let X=A===W,J=t.button(`cmw-sort${X?" cmw-sorted":""}`,X?`${V} ${f?"▼":"▲"}`:V);J.dataset.sort=W,G(J,"click",()=>{f=X?!f:W!=="label",A=W,h(),y.querySelector(`[data-sort="${W}"]`).focus()},r.signal);let Q=s("th");return Q.setAttribute("aria-sort",X?f?"descending":"ascending":"none"),Q.append(J),Q};z.append(K("label","label"),...Fn.map(([,W])=>s("th",null,W)),K("f1","F1"),K("support","support"));let B=s("thead");B.append(z);let O=s("tbody"),U=I.length===C.length?I:C.map(()=>({f1:NaN,support:NaN}));for(let W of ii(U,A,f)){let V=s("tr",W===u?"cmw-focused":null);V.dataset.label=String(W);let X=t.button("cmw-label-name",C[W]);G(X,"click",()=>{u=W,h()},r.signal);let J=s("th");J.append(X),V.append(J,...(E.tables[W]||[]).map(Q=>s("td",null,we(Q,j))),s("td",null,ee(U[W].f1)),s("td",null,we(U[W].support,j))),O.append(V)}y.replaceChildren(B,O)}return G(l,"change",()=>{u=Number(l.value)||0,h()},r.signal),Y(e,["scores","labels","metrics","countDigits"],h,r.signal),h(),{el:i,update:h,destroy:()=>{r.abort(),i.remove()}}}function s1(e){let t=[r1(e),t1(e),o1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}var i1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),ci=e=>`${(Number(e)*100).toFixed(0)}%`;function c1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${i1(n.mean)} · median ${i1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(o=>`${String(o[0])} ${ci(o[2])}`).join(" · ")}function l1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:o}=e,r=o("table","cmw-summary"),s=o("caption",null,"Features of this cell and of the rest of its true row"),i=o("tr");i.append(o("th",null,"feature"),o("th",null,"this cell"),o("th",null,"rest of the row")),r.append(s,i);for(let l of n){let c=o("tr");c.append(o("th",null,String(l.column)),o("td",null,c1(l,"cell")),o("td",null,c1(l,"rest"))),r.append(c)}return r}function a1({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=r("div","cmw-selection"),l=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function c(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let x=r("p","cmw-sentence");for(let y of p.sentence){let A=String(y&&y.text!=null?y.text:"");x.append(y&&y.em?r("em",null,A):t.doc.createTextNode(A))}let w=r("div","cmw-selection-head");if(w.append(x,l()),i.append(w),!p.available){let y=e.get("table"),A=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",A));return}let g=sr(p);if(g.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(p.indices||[]).join(", ")),a(g));let T=Array.isArray(p.previews)?p.previews:[];T.length&&i.append(d(T));let b=l1(t,p);b&&i.append(b)}function a(p){let x=r("div","cmw-pager");if(p.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(p.prevOffset),x.append(w)}if(x.append(r("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(p.nextOffset),x.append(w)}return x}function d(p){let x=r("div","cmw-previews");for(let w of p)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=r("figure","cmw-preview-img"),T=r("img");T.src=w.src,T.alt=`sample ${w.index}`,g.append(T,r("figcaption",null,`#${w.index}`)),x.append(g)}else if(w.kind==="text"){let g=r("div","cmw-preview-text");g.append(r("span","cmw-idx",`#${w.index}`),r("span","cmw-snippet",String(w.text??""))),x.append(g)}}return x}let u=null;return G(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let x=p.target.closest("button[data-offset]");if(!x)return;let w=e.get("selection");u=w&&{cls:x.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(x.dataset.offset)})},o.signal),Y(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let x=t.doc.activeElement,w=x&&(i.contains(x)||x===t.doc.body);c();let g=e.get("selection");if(!p||!g||g.i!==p.i||g.j!==p.j||!w)return;let T=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");T&&T.focus({preventScroll:!0})},o.signal),c(),{el:i,update:c,destroy:()=>{o.abort(),i.remove()}}}function u1({state:e,dom:t,signal:n,extra:o=[]}){let r=q(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let c=i("cmw-all-errors","All errors");c.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let a=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(c,a,...o);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");c.classList.toggle("cmw-active",p),c.setAttribute("aria-pressed",String(p)),l.hidden=!(e.get("k")>0)}return G(c,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},r.signal),Y(e,["selectionSpec","k"],d,r.signal),d(),{el:l,update:d,destroy:()=>{r.abort(),l.remove()}}}function d1(e,t,n){let o=e.defaultView,r=o.URL.createObjectURL(t),s=e.createElement("a");s.href=r,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),o.setTimeout(()=>o.URL.revokeObjectURL(r),1e4)}function m1({state:e,dom:t,signal:n}){let o=q(n),{h:r,button:s}=t,i=r("details","cmw-download"),l=r("summary","cmw-download-summary","Download"),c=r("div","cmw-download-menu");c.setAttribute("role","group"),c.setAttribute("aria-label","Download");let a=s("cmw-download-cells","Matrix (CSV)");a.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",c.append(a,d,u),i.append(l,c);function p(){d.disabled=!e.get("hasSelection")}let x=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";d1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return o.signal.addEventListener("abort",x,{once:!0}),G(c,"click",w=>{let g=w.target.closest("button");if(g){if(g===a)e.send({type:"download",what:"cells"});else if(g===d)e.send({type:"download",what:"selection"});else if(g===u){let T=i.closest(".cmw"),b=T&&T.querySelector("canvas.cmw-canvas");b&&b.toBlob(y=>{y&&d1(t.doc,y,"confusion_matrix.png")},"image/png")}}},o.signal),Y(e,["hasSelection"],p,o.signal),p(),{el:i,update:p,destroy:()=>{o.abort(),i.remove()}}}var li=96,ai=3;function p1(e,t){return Math.max(ai,Math.floor(li/Math.max(e,t,1)))}function ui(e,t,n,o){let r=p1(n,o),s=Math.floor(t/r),i=Math.floor(e/r);return s>=0&&s<n&&i>=0&&i<o?[s,i]:null}function di(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(o,r)=>n?n[r]:r)}function mi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${ee(t.value)}, ${ee(t.rest)} in the other slices)`}function f1({state:e,dom:t,signal:n}){let o=q(n),{h:r,option:s}=t,i=r("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=r("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let c=r("label","cmw-field");c.append(r("span",null,"Slice"),l);let a=r("div","cmw-slice-odd-note"),d=r("div","cmw-slice-fixed-note"),u=r("div","cmw-slice-grid"),p=r("div","cmw-slices-top");p.append(c,a),i.append(p,d,u),G(l,"change",()=>{let g=l.value===""?null:l.value;g!==e.get("slice")&&e.set("slice",g)},o.signal);function x(){let g=e.get("slices");if(i.hidden=!g,!g){u.replaceChildren();return}let T=e.get("slice");l.replaceChildren(s("","all samples"),...g.names.map(b=>s(b))),l.value=T!=null&&g.names.includes(T)?T:"",l.disabled=g.fixed,l.title=g.fixed?"Showing another slice needs a live kernel":"",a.textContent=mi(g),d.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!g.fixed,w(g,T)}function w(g,T){let{colors:b}=e.get("sliceColors"),y=e.get("sliceLut"),{k:A,cols:f}=g,h=p1(A,f),_=di(e.get("order"),A),m=C=>C<A?_[C]:C,E=g.names.map((C,I)=>{let j=r("figure","cmw-slice");C===T&&j.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===I&&j.classList.add("cmw-slice-odd"),j.dataset.slice=C;let z=r("canvas","cmw-slice-canvas"),K=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;z.width=Math.round(f*h*K),z.height=Math.round(A*h*K),z.style.width=`${f*h}px`,z.style.height=`${A*h}px`,z.setAttribute("role","img"),z.setAttribute("aria-label",`Matrix of slice ${C}`),z.tabIndex=-1;let B=z.getContext&&z.getContext("2d");if(B){B.scale(K,K);for(let V=0;V<A;V++)for(let X=0;X<f;X++)B.fillStyle=kt(y,b[I][_[V]*f+m(X)]),B.fillRect(X*h,V*h,h,h)}if(A*f<=1024){let V=[];for(let X=0;X<A;X++)for(let J=0;J<f;J++)V.push(b[I][_[X]*f+m(J)]);j.dataset.colors=V.join(",")}G(z,"click",V=>{let X=ui(V.offsetX,V.offsetY,A,f);!X||g.fixed||(e.get("slice")!==C&&e.set("slice",C),e.set("selected",[_[X[0]],m(X[1])]))},o.signal);let O=r("figcaption","cmw-slice-caption"),U=g.accuracy[I],W=g.samples[I];return O.append(r("span","cmw-slice-name",C),r("span","cmw-slice-stats",`n=${W==null?"–":+W.toFixed(2)} · acc ${ee(U)}`)),j.append(z,O),j});u.replaceChildren(...E)}return Y(e,["slices","slice","sliceColors","sliceLut","order"],x,o.signal),x(),{el:i,update:x,destroy:()=>o.abort()}}function h1({state:e,dom:t,signal:n}){let o=q(n),r=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",r.append(s,t.h("span",null,"log colours")),r.title="Colour the cells on a log scale: empty cells stay the lightest colour",G(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),o.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return Y(e,["cmapScale","compareState"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}var w1=e=>Math.round(e).toLocaleString("en-US");function pi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${w1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${w1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function fi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function g1({state:e,dom:t,signal:n}){let o=q(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),l=r("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function c(){let a=e.get("table");s.hidden=!a,i.textContent=pi(a);let d=fi(e);l.hidden=!d,l.textContent=d||""}return Y(e,["table","threshold","binary","selected","selection"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function hi(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var wi=60;function b1({state:e,dom:t,signal:n,clock:o}){let r=q(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),c=s("input","cmw-threshold");c.type="range";let a=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),c,a);let d=s("div","cmw-readout");i.append(l,d),i.hidden=!0;let u=!1,p=null,x=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,_)=>w()?String(Number(h.toPrecision(6))):h.toFixed(De(x(_)));function T(){let h=e.get("binary");if(i.hidden=!h,!h)return;let _=w();c.min=_?"0":String(h.lo),c.max=String(_?_.length-1:h.hi),c.step=_?"1":String(x(h));let m=e.get("threshold")??Number(h.threshold);!u&&Number.isFinite(m)&&(c.value=String(_?hi(_,m):m),a.textContent=g(m,h)),b(h)}function b(h){let _=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let C=m.createTBody(),I=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[B,...O]of I){let U=C.insertRow();U.append(s("th",null,B));for(let[W,V]of O){let X=s("td");X.append(s("span","cmw-tag",W),t.doc.createTextNode(` ${we(V,_)}`)),U.append(X)}}let j=s("div","cmw-readout-stats"),z=e.get("intervals"),K=z&&!z.stale&&z.binary?z.binary:null;for(let[B,O,U]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!K){j.append(s("span","cmw-stat",`${B} ${ee(U)}`));continue}let W=s("span","cmw-stat-value");Rt(t,W,U,K[O],z.level,O==="f1"?"bootstrap":"wilson");let V=s("span","cmw-stat",`${B} `);V.append(W),j.append(V)}d.replaceChildren(m,j)}let y=h=>{Number.isFinite(h)&&(p=h,e.set("threshold",h))},A=Ze(y,wi,o),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(c.value))]:parseFloat(c.value)};return G(c,"input",()=>{u=!0;let h=f(),_=e.get("binary");Number.isFinite(h)&&(a.textContent=_?g(h,_):h.toFixed(2)),A(h)},r.signal),G(c,"change",()=>{u=!1,A.cancel();let h=f();(h!==p||e.get("threshold")!==h)&&y(h)},r.signal),r.signal.addEventListener("abort",()=>A.cancel(),{once:!0}),Y(e,["binary","threshold","countDigits","table","intervals"],T,r.signal),T(),{el:i,update:T,destroy:()=>{r.abort(),i.remove()}}}var gi=300,bi=200,xi=16;function yi(e,t,n){let o=e-t-xi,r=Math.min(kn,Math.max(n,1)*Ut)+bi;return t>0&&o>=Math.max(gi,Math.min(r,.6*e))?o:e}function vi(e,t){let n=e.dom.h("div","cmw-main"),o=s1(e);o.el.classList.add("cmw-side"),o.el.append(ro(e).el);let s=Yo({...t,room:()=>yi(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function ki(e){let t=wo(e),n=Co(e);return[eo({...e,extra:[t.button]}),t,b1(e),g1(e),qo(e),n.panel,vi(e,n.matrixCtx),n.table,Qo(e),Qr(e),a1(e),Lo(e),Jr(e),u1({...e,extra:[m1(e).el,h1(e).el]}),f1(e),Xo(e),no(e),Zr(e)]}function x1(e,t,n=performance.now()){let o=Ar(t.ownerDocument||document),r=new AbortController,s=Yr(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",G(i,"keydown",a=>{if(a.stopPropagation(),a.key==="Escape"&&!a.defaultPrevented){a.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let l=({k:a,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(a),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},c=ki({state:s,dom:o,signal:r.signal,report:l,startedAt:n});return i.append(...c.map(a=>a.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var Yt="cm-widget",Ai="application/vnd.cm-widget.view+json",On="application/vnd.jupyter.widget-view+json",y1=1e4,Si="Saved view, no kernel behind it: run the cell to make it live.",In=null;async function Mi(e){let t=In&&In[e];if(!t)throw new Error(`${Yt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function _i(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Un,e.head.appendChild(t)}async function Ci(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await kr(n):null}function v1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function $i(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Ci(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),y1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=v1(this,"rendermime"),r=o&&o.rendermime,s=v1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&On in n.data&&r&&r.mimeTypes.includes(On))){this._showSaved();return}clearTimeout(this._timer);let c=r.createRenderer(On);if(this._live=c,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:y1),c.addClass("cmw-lab-pending"),c.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(c);let a=()=>{c.node.firstElementChild?this._goLive():/Error displaying widget/.test(c.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,c.dispose(),this._showSaved())};this._observer=new MutationObserver(a),this._observer.observe(c.node,{childList:!0,characterData:!0,subtree:!0}),c.renderModel(n).then(a,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){_i(o),s.textContent=Si;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:x1(yr(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Ti(){let{Panel:e}=await Mi("@lumino/widgets"),t=$i(e);return{id:`${Yt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ai],defaultRank:-20,createRenderer:n=>new t(n)}}}function Ei(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Yt]={init:e=>{In=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Yt} has no module ${e}`);let t=Ei()?[await Ti()]:[];return()=>({__esModule:!0,default:t})}});})();
