(()=>{var oo=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Ft(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Ot(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function pn(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function ro(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":pn(t[r],t[r+1],t[r+2])}function so(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let l=0;l<c;l++)i[l]=s[e[l]];return r}function cs(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function as([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function io(e,t){let n=cs(t);if(!n||as(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function ie(e,t,n){return e<t?t:e>n?n:e}var us=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function xe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ie(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=xe(e),n=Math.floor(t.byteLength/8);if(us)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function ct(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(a,u)=>setTimeout(a,u),clearTimeout:a=>clearTimeout(a)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let a=i;i=null,e(...a)},l=(...a)=>{i=a;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,u))};return l.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},l.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},l}var ds={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},ms=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function De(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=ds[e&&e.dtype]||Float64Array,o=lo(r,xe(e&&e.counts)),s=ps(e&&e.totals,t,n);if(e&&e.at!=null){let i=lo(Uint32Array,xe(e.at)),c=new r(t*n),l=Math.min(i.length,o.length);for(let a=0;a<l;a++)i[a]<c.length&&(c[i[a]]=o[a]);return{k:t,cols:n,counts:c,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function lo(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(ms&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let c=0;c<r;c++)i[c]=o[s](n*c,!0);return i}function ps(e,t,n){if(!e||typeof e!="object")return null;let r=(c,l)=>Array.isArray(c)&&c.length===l?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function qe(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ue(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let l=0;l<8;l++)s[l]=e[t+l*r];let i=8;for(;i<n-n%8;i+=8)for(let l=0;l<8;l++)s[l]+=e[t+(i+l)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,ue(e,t,o,r)+ue(e,t+o*r,n-o,r)}function Ce(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return fs(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let l=ue(e,c*r,r);for(let a=0;a<r;a++)i[c*r+a]=l===0?0:e[c*r+a]/l}else if(n==="pred"){let c=new Float64Array(r);for(let l=0;l<t;l++)for(let a=0;a<r;a++)c[a]+=e[l*r+a];for(let l=0;l<t;l++)for(let a=0;a<r;a++)i[l*r+a]=c[a]===0?0:e[l*r+a]/c[a]}else if(n==="all"){let c=ue(e,0,s);for(let l=0;l<s;l++)i[l]=c===0?0:e[l]/c}else return e;return i}function fs(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let l=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=l===0?0:e[i*n+c]/l}return r==="true"||r==="pred"||r==="all"?s:e}function Ze(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function hs(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Je(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let l=(e[c]-t)*i;l=l<0?0:l>r-1?r-1:l,o[c]=hs(l)}return o}function fn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var ws=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function co(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?ws.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function at(e){let t=xe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function Rt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=pn(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var It=e=>Number(e.toPrecision(12));function Pt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(a=>It(a*i)).find(a=>a>=s&&(!o||a<1||Number.isInteger(a)));c===void 0&&(c=It(10*i)),o&&(c=Math.max(1,c));let l=[];for(let a=0;a*c<=r*(1+1e-12);a++){let u=It(a*c);l.push([u/r,o?String(u):`${It(u*100)}%`])}return l}function ao(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(l=>l&&typeof l=="object"):[],o=xe(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((l,a)=>{let u=d=>i.getFloat64(8*(4*a+d),!0);return{label:l,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var hn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Bt=e=>Array.isArray(e)?e:[],xt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,jt=e=>Bt(e).map(Number).filter(Number.isInteger);function gs(e){let t=hn(e),n=Bt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Bt(o)[i])?Number(Bt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function bs(e,t){let n=hn(e);if(typeof n.name!="string")return null;let r=De(n.matrix),o=at(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:xt(n.fixed),broken:xt(n.broken),changed:xt(n.changed)}}function uo(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function mo(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function xs(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var po=(e,t)=>{let n=mo(e);return Je(xs(e,t),-n,n)};function fo(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function ho(e,t=0){let n=Math.abs(mo(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function ys(e){let t=hn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:jt(t.entered),cameFrom:jt(t.came_from),left:jt(t.left),wentTo:jt(t.went_to),nEntered:xt(t.n_entered),nLeft:xt(t.n_left)}}var wo={runs:{raw:["_runs"],make:(e,t)=>gs(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>bs(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>ys(t("_moves"))}},go=["run","compare"];var bo=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],xo=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function de(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Qe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=ie(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?fo(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function wn(e,t,n,r=0){let o=Qe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${de(t,r)})`}:{main:o,sub:""}}var Le=e=>`${Number((100*e).toFixed(2))}%`;function oe(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Ge(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return ie(r-(n?Number(n):0),0,6)}function yo(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function vo(e,t){return t?`${e}_r`:e}function gn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function ko(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var Ao=[[`
`,"⏎"],["\r","␍"]];function yt(e){let t=String(e);for(let[n,r]of Ao)t=t.split(n).join(r);return t}function bn(e,t){if(t!=null&&e===yt(t))return String(t);let n=String(e);for(let[r,o]of Ao)n=n.split(o).join(r);return n}function Dt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let l=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+l}var vs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function ut(e,t){let n=ye(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(vs)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let l=0;l<o;l++)i[l]=s[c](r*l,!0);return i}var ks={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function As(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=ks[e.dtype];return t?ut(t,e.data):null}function Ss(e,t){let n=e.split,r=ye(e.true),o=ye(e.agree),s=ye(e.offset),i=Math.floor(r.length/n),c=Math.floor(s.length/n),l=new Uint32Array(i);for(let a=0,u=0;a<i;a++){let d=n===1?r[a]:r[a]+256*r[i+a];if(o[a>>3]>>(a&7)&1)l[a]=d*t+d;else{let m=(n===1?s[u]:s[u]+256*s[c+u])+1;u++,l[a]=d*t+(d+m)%t}}return l}function _s(e,t){if(e.split)return Ss(e,t);let n=ye(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,c=0;i<o;i++,c+=r){let l=0;for(let a=r-1;a>=0;a--)l=l*256+n[c+a];s[i]=l}return s}function _o(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?ut(Float64Array,t.weights):null,sampleIndex:t.sample_index?ut(Uint32Array,t.sample_index):null,ids:As(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:ut(Float32Array,t.outside.scores),weights:t.outside.weights?ut(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=ye(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=ut(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=_s(t.cells,e.k);return n}var et=new Float32Array(1),So=new Int32Array(et.buffer);function Ms(e,t){return et[0]=e,et[0]===0?(So[0]=1,t?et[0]:-et[0]):(So[0]+=et[0]>0===t?1:-1,et[0])}function xn(e){let t=Math.fround(e);return t>e?Ms(t,!1):t}function Ke(e,t=-1/0,n=1/0){let r=xn(Number(e));return Math.min(Math.max(r,xn(t)),xn(n))}function tt(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=Ke(t);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:i,u=e.scores[l]>=c?s:i;r[a*n+u]+=o?o[l]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function Mo(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,l=Ke(r);for(let a=0;a<e.n;a++)e.positive[a]===i&&e.scores[a]>=l===c&&o.push(a)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function yn(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Ke(n);for(let c=0;c<e.n;c++){let l=e.positive[c]?s:1-s,a=e.scores[c]>=i?s:1-s;t[l*o+a]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function zt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Ut(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>zt(e,r))}function Ts(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Ke(n),i=r.weights;for(let l=0;l<r.scores.length;l++)o[r.scores[l]>=s?e.posIndex:1-e.posIndex]+=i?i[l]:1;let c=i?ue(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var Re=(e,t)=>t!==0?e/t:0;function Cs(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let x=e[w*t+g];o[w]+=x,s[g]+=x,c+=x}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,c+=n.total}let l=0;for(let w=0;w<t;w++)l+=o[w];let a=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},m=0,b=0;for(let w=0;w<t;w++){let g={precision:Re(r[w],s[w]),recall:Re(r[w],o[w]),f1:Re(2*r[w],o[w]+s[w]),support:o[w]};a.push(g);let x=Re(o[w],l);for(let $ of["precision","recall","f1"])u[$]+=g[$]/t,d[$]+=g[$]*x;o[w]>0&&(m+=1,b+=g.recall)}return{rows:a,accuracy:Re(i,c),balancedAccuracy:m?b/m:0,macro:u,weighted:d}}function Vt(e,t,n=null,r=null){let o=Cs(e,t,Ts(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,l)=>s.set([c.precision,c.recall,c.f1,c.support],4*l));let i=o.rows.reduce((c,l)=>c+l.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function $s(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:Re(e,e+n),fpr:Re(t,t+r),precision:Re(e,e+t),f1:Re(2*e,2*e+t+n),mcc:Re(e*r-t*n,o)}}function vn(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...$s(s(r,r),s(o,r),s(r,o),s(o,o))}}function To(e){return e??"true"}function Co(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:l=!1}={}){let a=s?kn(e):String(Math.trunc(e)),u=s?`A weight of ${a} is truly `:`${a} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=c?" but the model ":o||l?" and predicted ":" but predicted ",m=` (${Dt(r*100,1)}% of `,b;return i==="all"?b=[{text:`${m}all samples).`}]:i==="pred"&&c?b=[{text:`${m}the abstained samples).`}]:i==="pred"?b=[{text:m+(l?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:m+(l?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...b]}function kn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var An={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Wt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,$o=(e,t,n)=>Array.isArray(e)&&e.length===2&&Wt(e[0],t)&&Wt(e[1],n);function dt(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Wt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Wt(e.col,n)?{kind:"col",j:e.col}:null}return $o(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>$o(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function Sn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function Gt(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function Eo(e,t,n=t){if(e===null)return null;let r=dt(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":Gt(r.cells)}function No(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),Gt(n)}function Fo(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:l=!1}){let a=s?c(t):String(Math.trunc(t)),[u,d]=l?["label pair","label pairs"]:["sample","samples"],m=s?`A weight of ${a} is `:`${a} ${t===1?u:d} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${m}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${m}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${m}misclassified`},b]:[{text:`${m}in ${r} selected cells`},b]}var Ns=/[",\r\n]/;function Fs(e){let t=String(e);return Ns.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Kt(e,t){return[e,...t].map(n=>n.map(Fs).join(",")).join(`
`)+`
`}function vt(e){if(Number.isNaN(e))return"nan";if(!Number.isFinite(e))return e>0?"inf":"-inf";if(e===0)return Object.is(e,-0)?"-0.0":"0.0";let t=e<0?"-":"",[n,r]=String(Math.abs(e)).split("e"),o=n.indexOf("."),s=o<0?n:n.slice(0,o),i=s+(o<0?"":n.slice(o+1)),c=i.length-i.replace(/^0+/,"").length,l=i.slice(c).replace(/0+$/,""),a=s.length-1-c+Number(r||0);if(a<-4||a>=16){let u=l.length>1?`${l[0]}.${l.slice(1)}`:l;return`${t}${u}e${a<0?"-":"+"}${String(Math.abs(a)).padStart(2,"0")}`}return a<0?`${t}0.${"0".repeat(-a-1)}${l}`:`${t}${l.slice(0,a+1).padEnd(a+1,"0")}.${l.slice(a+1)||"0"}`}function Oo(e,t){let n=e&&e.bytes,r=ye(e&&typeof e.data=="string"?e.data:"");return n!==1&&n!==2||r.length!==t*n?null:n===1?r:Uint16Array.from({length:t},(o,s)=>r[s]+256*r[t+s])}function Io(e,t,n){let r=Array.from({length:n},()=>[]);for(let o=0;o<e.n;o++)r[t[o]].push(o);return r.map(o=>{let s=i=>{if(!i)return i;let c=Array.isArray(i)?new Array(o.length):new i.constructor(o.length);return o.forEach((l,a)=>{c[a]=i[l]}),c};return{...e,n:o.length,weights:s(e.weights),ids:s(e.ids),positive:s(e.positive),scores:s(e.scores),cells:s(e.cells),sampleIndex:s(e.sampleIndex)||Uint32Array.from(o)}})}var mt=(e,t)=>t!==0?e/t:0;function Os(e,t,n){let r={samples:[],accuracy:[],balanced_accuracy:[],macro_f1:[]},o=new Float64Array(n),s=new Float64Array(n),i=new Float64Array(n),c=new Float64Array(n);for(let l=0;l<t;l++){let a=l*n*n,u=0;for(let m=0;m<n;m++)o[m]=e[a+m*n+m],s[m]=ue(e,a+m*n,n),i[m]=mt(o[m],s[m]),s[m]>0&&(u+=1);for(let m=0;m<n;m++){let b=0;for(let w=0;w<n;w++)b+=e[a+w*n+m];c[m]=mt(2*o[m],s[m]+b)}let d=ue(s,0,n);r.samples.push(d),r.accuracy.push(mt(ue(o,0,n),d)),r.balanced_accuracy.push(mt(ue(i,0,n),u)),r.macro_f1.push(ue(c,0,n)/n)}return r}function Is(e,t,n){let r=n*n,o=new Float64Array(r),s=new Float64Array(r);for(let d=0;d<t;d++)for(let m=0;m<r;m++)o[m]+=e[d*r+m];let i=[];for(let d=0;d<t;d++){for(let x=0;x<r;x++)s[x]=o[x]-e[d*r+x];let m=ue(e,d*r,r),b=ue(s,0,r),w=mt(ue(e,d*r,n,n+1),m),g=mt(ue(s,0,n,n+1),b);i.push([m>0&&b>0?Math.abs(w-g):-1,w,g])}let c=Math.max(...i.map(d=>d[0]));if(c<0)return null;let l=i.findIndex(d=>d[0]>=c-1e-12),[,a,u]=i[l];return{slice:l,value:a,rest:u,difference:a-u}}function Ro(e,t,n,r){let o=t.length,s=new Float64Array(o*n*n);return t.forEach((i,c)=>s.set(tt(i,r),c*n*n)),{...e,matrix:{k:o*n,cols:n,dtype:"float64",counts:new Uint8Array(s.buffer)},...Os(s,o,n),most_different:Is(s,o,n)}}function Po(e,t,n,r){let o={},s=e&&e.dtype==="uint32"?4:2,i=(c,l)=>{let a=ye(c);return a.length>=(t+1)*l*s?a.slice(t*l*s,(t+1)*l*s):null};for(let[c,l]of Object.entries(e&&e.orders||{})){let a=i(l.classes,n),u=l.groups?i(l.groups,r):null;a&&(u||!l.groups)&&(o[c]={dtype:e.dtype,classes:a,groups:u})}return o}var jo=40,_n="abstained";function Rs(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Bo(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Ht(e){let t=Object.prototype.hasOwnProperty.call(An,e)?An[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var Do=e=>e.every(t=>Number.isInteger(t));function zo(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)Rs(t,A.path,ye(A.data));if(!t._lut&&typeof t.cmap=="string"){let A=t.cmap,M=Ht(A.endsWith("_r")?A.slice(0,-2):A);M&&(t._lut=Ht(A)||Bo(M))}let n=e.k,r=_o(e),o=t._slices&&Array.isArray(t._slices.names)?t._slices.names.map(String):[],s=r&&o.length?Oo(e.samples.slices,r.n):null,i=s?Io(r,s,o.length):null,c=t.slice??null,l=i&&i[o.indexOf(c)]||r,a=new Map,u={key:null,members:null},d=e.page_size||100,m=!!(t._scores&&t._scores.kind==="multilabel");t._scores=m?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):l===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),o.length&&!s&&(t._slices={...t._slices,fixed:!0});let b=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,w=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},b&&delete t._issues.counts);let g=A=>{for(let M of a.get(A)||[])M()},x=(A,M)=>{t[A]=M,g(A)};if(e.recount&&l){let A=tt(l,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(A.buffer)},t._metrics=Vt(A,n,l,null)}let $=De(t._matrix),v=l?tt(l,t.threshold):Float64Array.from(qe($.counts,n,$.cols).square),_=$.cols===n+1?Array.from({length:n},(A,M)=>$.counts[M*$.cols+n]):null;function f(){return{k:n,dtype:"float64",counts:new Uint8Array(v.buffer.slice(0))}}function h(A,M){let U=`${A},${M},${t.threshold},${t.slice}`;return u.key!==U&&(u.key=U,u.members=Mo(l,A,M,t.threshold)),u.members}function k(A,M,U,X){let Q=0;if(X==="true")for(let q of M){for(let te=0;te<n;te++)Q+=v[q*n+te];_&&(Q+=_[q])}else for(let q=0;q<n;q++)if(X==="all"){for(let te=0;te<n;te++)Q+=v[q*n+te];_&&(Q+=_[q])}else for(let te of U)Q+=te===n?_?_[q]:0:v[q*n+te];return Q?A/Q:0}function p(A,M,U,X,Q,q,te,me={},Ae={}){let be=0;for(let Z of U)for(let ee of X)be+=ee===n?_?_[Z]:0:v[Z*n+ee];let Te=!!(l&&l.weights||!Do(v)),ce=To(t.normalize),S;if(Ae.multilabel){let Z=$.totals,ee=Z?ce==="true"?Z.rows[A]:ce==="pred"?Z.cols[M]:Z.all:0;S=ee?be/ee:0}else S=k(be,U,X,ce);let C=l?q():[],E=C.length,N=Math.max(0,Math.min(Math.trunc(te)||0,Math.max(E-1,0)));N-=N%d;let D=C.slice(N,N+d),L=[];for(let Z of D.slice(0,jo)){let ee=e.previews&&e.previews[String(zt(l,Z))];ee&&L.push(ee)}return{i:A,j:M,...me,sentence:Co(be,Q[0],Q[1],S,A===M,Te,{basis:ce,...Ae}),count:be,total:E,offset:N,indices:l?Ut(l,D):[],page_size:d,previews:L,available:l!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function T(A,M,U){let X=t.display_labels||[];return _&&M===n?p(A,M,[A],[M],[String(X[A]??A),_n],()=>[],U,{},{abstained:!0}):p(A,M,[A],[M],[String(X[A]??A),String(X[M]??M)],()=>h(A,M),U,{},{multilabel:m})}let y=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],O=new Array(y.length?n:0).fill(0);if(y.length){let A=t._groups.codes,M=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let U=0;U<n;U++)O[U]=n<=65536?M.getUint16(2*U,!0):M.getUint32(4*U,!0)}let I=A=>O.flatMap((M,U)=>M===A?[U]:[]);function R(A,M){if(l.kind==="binary"){let X=[];for(let Q of I(A))for(let q of I(M))X.push(...h(Q,q));return X.sort((Q,q)=>Q-q)}let U=[];for(let X=0;X<l.n;X++){let Q=l.cells[X],q=Math.floor(Q/n);O[q]===A&&O[Q-q*n]===M&&U.push(X)}return U}function W(A,M,U){return p(A,M,I(A),I(M),[y[A],y[M]],()=>R(A,M),U,{group:!0})}function B(A,M){let U=_?n+1:n,X=dt(A,n,U),Q=Sn(X,n,U),q=0;for(let[Z,ee]of Q)q+=ee===n?_?_[Z]:0:v[Z*n+ee];let te=new Uint8Array(n*n);for(let[Z,ee]of Q)ee<n&&(te[Z*n+ee]=1);let me=l?yn(l,te,t.threshold):[],Ae=Ut(l||{},me),be=me.map((Z,ee)=>ee);l&&l.ids&&be.sort((Z,ee)=>Ae[Z]<Ae[ee]?-1:Ae[Z]>Ae[ee]?1:Z-ee);let Te=0;for(let Z=0;Z<n;Z++){for(let ee=0;ee<n;ee++)Te+=v[Z*n+ee];_&&(Te+=_[Z])}let ce=(t.display_labels||[]).map(String);_&&ce.push(_n);let S=X.kind==="row"?ce[X.i]:X.kind==="col"?ce[X.j]:null,C=!!(l&&l.weights||!Do(v)),E=me.length,N=Math.max(0,Math.min(Math.trunc(M)||0,Math.max(E-1,0)));N-=N%d;let D=be.slice(N,N+d),L=[];for(let Z of D.slice(0,jo)){let ee=e.previews&&e.previews[String(zt(l,me[Z]))];ee&&L.push(ee)}return{i:X.kind==="row"?X.i:-1,j:X.kind==="col"?X.j:-1,kind:X.kind,sentence:Fo(X.kind,q,S,Q.length,Te?q/Te:0,C,{fixed:Dt,formatG:kn,pairs:m}),count:q,total:E,offset:N,indices:D.map(Z=>Ae[Z]),page_size:d,previews:L,available:l!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function F(A=0){let M=t.selected,U=t.selected_group;M!=null&&!(Array.isArray(M)&&M.length===2&&!Array.isArray(M[0]))?x("_selection",B(M,A)):Array.isArray(M)&&M.length===2?x("_selection",T(M[0],M[1],A)):Array.isArray(U)&&U.length===2?x("_selection",W(U[0],U[1],A)):x("_selection",{})}t._order_choices=Object.keys(e.orders||{});let P={};function V(A){let M=e.orders&&e.orders[A];M&&(x("_order",P[A]||{dtype:M.dtype,classes:ye(M.classes),groups:M.groups?ye(M.groups):null}),x("order",A))}function z(A,M,U,X=U){if(A==="selected"&&(M=Eo(M,U,X),M===void 0)||!(M===null||A==="selected"||Array.isArray(M)&&M.length===2&&M.every((te,me)=>Number.isInteger(te)&&te>=0&&te<(me===0?U:X))))return;let q=A==="selected"?"selected_group":"selected";M!==null&&t[q]!=null&&(t[q]=null,g(q)),t[A]=M,g(A),F(0)}function J(){let A=t.threshold;v=tt(l,A),x("_matrix",f()),b&&x("_binary",vn(b,v,A)),x("_metrics",Vt(v,n,l,A)),x("_intervals",_e(v))}function ne(A){if(!l||l.kind!=="binary"||!b)return;let M=Number(A);if(!Number.isFinite(M))return;let U=Ke(Math.min(Math.max(M,b.lo),b.hi),b.lo,b.hi);t.threshold=U,J(),i&&x("_slices",Ro(t._slices,i,n,U)),g("threshold"),t.selected!=null&&F(0)}function se(A){let M=A==null?null:String(A);!i||M!==null&&!o.includes(M)||(t.slice=M,l=M===null?r:i[o.indexOf(M)],P=Po(e.slice_orders,M===null?o.length:o.indexOf(M),n,y.length),P[t.order]&&x("_order",P[t.order]),J(),pe(),g("slice"),(t.selected!=null||t.selected_group!=null)&&F(0))}function pe(){let A=t.slice===c,M=[],U=Me._curves;U&&Object.keys(U).length&&(x("_curves",A?U:{}),M.push("ROC/PR curves"));let X=Me._calibration;X&&X.kind&&(x("_calibration",A?X:{note:"This slice's calibration needs a live kernel."}),M.push("calibration"));let Q=Me._costs;Q&&Q.curve&&(x("_costs",A?Q:{k:Q.k,cols:Q.cols,cost:Q.cost}),M.push("cost curve"));let q=Me._issues;if(q&&q.counts){let me={...q};delete me.counts,x("_issues",A?q:me),M.push("label-error marks")}let te=me=>me===null?"all samples":`slice ${me}`;x("_notes",A||!M.length?He:[...He,`The ${M.join(", ")} of ${te(t.slice)} need a live kernel (this file holds those of ${te(c)}).`])}function G(A){let M=String(A),U=M.endsWith("_r")?M.slice(0,-2):M,Q=(e.luts&&e.luts[M]?ye(e.luts[M]):null)||Ht(M),q=Q||(e.luts&&e.luts[U]?ye(e.luts[U]):Ht(U));q&&(x("_lut",Q||Bo(q)),x("cmap",M))}l&&l.kind==="binary"&&b&&(t.threshold=Ke(t.threshold,b.lo,b.hi),v=tt(l,t.threshold),t._matrix=f(),t._binary=vn(b,v,t.threshold),t._metrics=Vt(v,n,l,t.threshold)),w&&w!=="index"&&(t.selected!=null||t.selected_group!=null)&&F(0);let H=new Set;function le(){let A=De(t._matrix),M=Ce(A.counts,A.k,"true",A.cols,A.totals),U=(t.display_labels||[]).map(String),X=U.slice();A.cols===n+1&&X.push(_n);let Q=[];for(let q=0;q<A.k;q++)for(let te=0;te<A.cols;te++){let me=A.counts[q*A.cols+te];Q.push([U[q],X[te],e.float_counts?vt(me):me,vt(M[q*A.cols+te])])}return Kt(["true","predicted","count","share"],Q)}function fe(){let A=["index","true","predicted"],M=!!(l&&l.kind==="binary");if(M&&A.push("score"),!l||t.selected==null)return Kt(A,[]);let U=dt(t.selected,n,_?n+1:n),X=new Uint8Array(n*n);for(let[ce,S]of Sn(U,n,_?n+1:n))S<n&&(X[ce*n+S]=1);let Q=yn(l,X,t.threshold),q=Ut(l,Q),te=(t.display_labels||[]).map(String),me=M?Ke(t.threshold):0,Ae=!!(e.samples&&e.samples.ids&&e.samples.ids.float),be=ce=>typeof ce=="boolean"?ce?"True":"False":Ae?vt(ce):ce,Te=Q.map((ce,S)=>{if(!M)return[be(q[S]),te[Math.floor(l.cells[ce]/n)],te[l.cells[ce]%n]];let C=l.posIndex;return[be(q[S]),te[l.positive[ce]?C:1-C],te[l.scores[ce]>=me?C:1-C],vt(l.scores[ce])]});return Kt(A,Te)}let re={cells:["confusion_matrix.csv",le],selection:["selection.csv",fe]},ve=t._intervals&&t._intervals.level?t._intervals:null,Be=Float64Array.from(v);function _e(A){return ve?t.slice===c&&A.length===Be.length&&A.every((U,X)=>U===Be[X])?ve:{stale:!0,level:ve.level,z:ve.z}:t._intervals}let Me={_curves:t._curves,_calibration:t._calibration,_costs:t._costs,_issues:t._issues},He=t._notes||[];return{receive(A){return H.add(A),()=>H.delete(A)},get:A=>t[A],on(A,M){return a.has(A)||a.set(A,new Set),a.get(A).add(M),()=>a.get(A).delete(M)},set(A,M){if(A==="threshold")return ne(M);if(A==="slice")return se(M);if(A==="cmap")return G(M);if(A==="normalize"){x(A,M??null),(t.selected!=null||t.selected_group!=null)&&F(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(M)||M.length!==n)return;x(A,M.map(String)),t.selected!=null&&F(t._selection?.offset||0);return}if(A==="selected")return z(A,M,n,_?n+1:n);if(A==="selected_group")return z(A,M,y.length);if(A==="order")return V(M);if(A==="errors_only")return x(A,M===!0);if(A==="cmap_scale")return M==="log"||M==="linear"?x(A,M):void 0;if(A==="show_totals")return typeof M=="boolean"?x(A,M):void 0;if(A==="top_classes")return M===null||M>=1&&M<=n&&Number.isInteger(M)&&t.level!=="groups"&&!t._matrix.totals?x(A,M):void 0;if(A==="level"){(M==="classes"||M==="groups"&&y.length&&t.top_classes==null)&&x(A,M);return}},send(A){if(A&&A.type==="download"&&re[A.what]){let[M,U]=re[A.what],X={type:"download",what:A.what,name:M,text:U()};queueMicrotask(()=>{for(let Q of[...H])Q(X)});return}A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&F(Number(A.offset)||0)}}}var Ps="CMW1",js="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",Bs=new Map([...js].map((e,t)=>[e,t]));function Ds(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let c=o;c<o+5;c++){let l=c<t.length?Bs.get(t[c]):84;if(l===void 0)throw new Error("not base85 text");i=i*85+l}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function Uo(e,t=!1){let n=t?Ds(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function zs(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Us(e){return new TextDecoder().decode(await Uo(e))}async function Vs(e,t="cmw-pack85"){let n=await Uo(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==Ps)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let c=Object.keys(i);if(c.length===1&&c[0]==="__cmw_bytes__"){let[l,a]=i.__cmw_bytes__;return zs(o.subarray(l,l+a))}}return i})}async function Vo(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await Vs(t,n):JSON.parse(n==="gzip"?await Us(t):t)}var Ws=new Set(["button","input","select","textarea","summary","canvas"]);function Wo(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),Ws.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function j(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Gs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ks(e){let t=xe(e),n=Math.floor(t.byteLength/4);if(Gs)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Go(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ie(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ie(e.curve.t),i=Ks(e.curve.y),c=Math.min(s.length,i.length);c>0&&(n={t:s.subarray(0,c),y:i.subarray(0,c),n:c})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function Ko(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),c=(d,m)=>m<n?e[d*n+m]:t[d],l=[],a=0,u=0;for(let d=0;d<n;d++){let m=0;for(let w=0;w<i;w++)m+=c(d,w)*r[d*o+w];let b=0;for(let w=0;w<s;w++)b+=c(d,w);l.push({total:m,mean:b!==0?m/b:0}),a+=m,u+=b}return{total:a,mean:u?a/u:0,perClass:l}}var Hs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Mn(e,t){let n=xe(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Hs)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function Ho(e){if(!e||typeof e!="object")return null;let t=Mn(e.x,Float32Array),n=Mn(e.y,Float32Array),r=Mn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var Tn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Xo(e){if(!e||typeof e!="object")return null;let t=Ho(e.roc),n=Ho(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&Tn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:Tn(e.auc),ap:Tn(e.ap),targets:r,undefinedBecause:s}}function Yo(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,l=i*i+c*c;l<o&&(o=l,r=s)}return r}function qo(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Xs={uint16:2,uint32:4};function Cn(e,t){let n=Xs[t];if(!n)return null;let r=xe(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Zo(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Jo=e=>Array.from({length:e},(t,n)=>n);function Qo(e,t,n){let r=e&&e.dtype,o=e?Cn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?Cn(e.groups,r):null;return{classes:Zo(o,t)?o:Jo(t),groups:n?Zo(i,s)?i:Jo(s):null}}function Lo(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=Cn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var $n=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,kt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function er(e,t){let n=kt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=xe(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let l=new DataView(r.buffer,r.byteOffset,r.byteLength),a=(u,d)=>{let m=l.getFloat64(8*(6*u+d),!0);return Number.isFinite(m)?m:null};for(let u=0;u<o;u++)s.push({precision:[a(u,0),a(u,1)],recall:[a(u,2),a(u,3)],f1:[a(u,4),a(u,5)]})}let i={};for(let[l,a]of Object.entries(kt(n.summary)))i[l]=Array.isArray(a)?$n(a):Object.fromEntries(Object.entries(kt(a)).map(([u,d])=>[u,$n(d)]));let c=n.binary?Object.fromEntries(Object.entries(kt(n.binary)).map(([l,a])=>[l,$n(a)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:c,methods:kt(n.methods)}}function Ys(e,t){let n=oe(e);return!t||t[0]===null||t[1]===null?n:`${n} (${oe(t[0])}-${oe(t[1])})`}function Xt(e,t,n,r,o,s){if(t.textContent=Ys(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${Le(o)} interval ${oe(r[0])} to ${oe(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let c=d=>Math.min(Math.max(d,0),1)*100,l=e.h("span","cmw-whisker");l.setAttribute("aria-hidden","true");let a=e.h("span","cmw-whisker-bar");a.style.left=`${c(r[0])}%`,a.style.width=`${Math.max(c(r[1])-c(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${c(n)}%`,l.append(a,u),t.append(l)}function tr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${Le(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function nr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,c=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-c,0),1),Math.min(Math.max(i+c,0),1)]}var or=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function En(e,t){let n=or(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=or(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Ie(r.counts);return{kind:n.kind,x:Ie(n.x),y:Ie(n.y),n:Ie(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function rr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let l=o.length;for(;l>0&&o[l-1][0]<c;)l--;o.splice(l,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),l=r?r[c]:ue(e,c*t,t);return[c,i-c*t,s,l===0?0:s/l]})}var Nn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function sr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Nn),r=null,o=0;if(t.counts!=null){let s=xe(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let c=new DataView(s.buffer);r=new Uint32Array(i);for(let l=0;l<i;l++)r[l]=c.getUint32(4*l,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function ir(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function lr(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var cr=256;function nt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function ar(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(cr-2)*(Math.log(i/t)/o))/(cr-1):1)}return r}function ze(e,t,n,r){return n==="log"?Je(ar(e,r,t),0,1):Je(e,0,t)}function Yt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>ar([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let c=10**i;c>e*(1+1e-9)&&s.push([o(c),r(c)])}return t>e&&s.push([1,r(t)]),s}var Fn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},ur=e=>Array.isArray(e)?e:[],qt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function qs(e,t){let n=Fn(e),r=ur(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=Fn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let c=De({...s,k:1,cols:o*t*i}),l=r.map((m,b)=>c.counts.subarray(b*t*i,(b+1)*t*i)),a=m=>r.map((b,w)=>qt(ur(n[m])[w])),u=Fn(n.most_different),d=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<o?{slice:u.slice,value:qt(u.value),rest:qt(u.rest),difference:qt(u.difference)}:null;return{names:r,k:t,cols:i,counts:l,samples:a("samples"),accuracy:a("accuracy"),balancedAccuracy:a("balanced_accuracy"),macroF1:a("macro_f1"),mostDifferent:d,fixed:n.fixed===!0}}function Zs(e,t,n="linear"){if(!e)return null;let{k:r,cols:o}=e,s=e.counts.map(l=>Ce(l,r,t,o)),i=s.reduce((l,a)=>Math.max(l,Ze(a)),0),c=n==="log"?nt(...s):0;return{values:s,vmax:i,colors:s.map(l=>ze(l,i,n,c))}}function Js(e){return typeof e=="string"?e:null}var dr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>qs(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Js(t("slice"))},sliceColors:{uses:["slices","normalize","cmapScale"],make:e=>Zs(e("slices"),e("normalize"),e("cmapScale"))},sliceLut:{raw:["_lut"],make:(e,t)=>at(t("_lut"))||Ot()}};function Zt(e,t,n=t,r=null){if(r)return{rows:Float64Array.from(r.rows),cols:Float64Array.from(r.cols),all:Number(r.all)};let o=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){o[i]=ue(e,i*n,n);for(let c=0;c<n;c++)s[c]+=e[i*n+c]}return{rows:o,cols:s,all:t*n?ue(e,0,t*n):0}}function mr(e,t,n){let r=(c,l)=>{if(l.length===1)return c[l[0]];let a=0;for(let u of l)a+=c[u];return a},o=Float64Array.from(t,c=>r(e.rows,c.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((c,l)=>{i[l]=r(e.cols,c.members)});for(let c=0;c<s;c++)i[t.length+c]=e.cols[n+c];return{rows:o,cols:i,all:e.all}}var Qs=new Set(["normalize","cmap","threshold","display_labels","selected",...go,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),Ls=10,Jt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},pr=e=>Array.isArray(e)?e:[],Qt=e=>!!e&&(typeof e!="object"||Object.keys(e).length>0),Lt={matrix:{raw:["_matrix"],make:(e,t)=>De(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>qe(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>gn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ce(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>qe(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?uo(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Ze(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ze(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?po(e("values"),e("k")):ze(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>nt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||at(t("_lut"))||Ot()},lutText:{uses:["lut"],make:e=>Rt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:co(t("values_format"),e("normalize"),fn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>fn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?ho(e("values"),e("countDigits")):e("cmapScale")==="log"?Yt(e("logLo"),e("vmax"),e("normalize")):Pt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>ao(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Qt(t("_intervals"))?er(t("_intervals"),e("labels")):null},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>Qt(t("_calibration"))?En(t("_calibration"),e("k")):null},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Jt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>dt(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Jt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:pr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>pr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>sr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>ir(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Qt(t("_curves"))?Xo(t("_curves")):null},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Qt(t("_costs"))?Go(t("_costs")):null;return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Ko(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Jt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Jt(t("_table"));if(!n.engine)return null;let r=Ie(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...wo,...dr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Qo(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Lo(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?gn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>rr(e("counts"),e("k"),Ls,ei(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Zt(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},At={},fr=e=>{if(!At[e]){let t=Lt[e];At[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(fr)])]}return At[e]};for(let e of Object.keys(Lt))fr(e);function ei(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ue(r,i*n,n)+o[i])}function hr(e){let t=new Map,n=l=>{if(!Lt[l])throw new Error(`unknown state key ${l}`);return Lt[l]},r=l=>{let a=n(l),u=At[l].map(b=>e.get(b)),d=t.get(l);if(d&&d.raws.every((b,w)=>b===u[w]))return d.value;let m=a.make(r,b=>e.get(b));return t.set(l,{raws:u,value:m}),m};return{get:r,on:(l,a)=>{n(l);let u=At[l].map(d=>e.on(d,a));return()=>u.forEach(d=>d())},set:(l,a)=>{if(!Qs.has(l))throw new Error(`${l} is not something the page may write`);e.set(l,a)},send:l=>e.send(l),receive:l=>e.receive?e.receive(l):()=>{}}}function K(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var ti="http://www.w3.org/2000/svg",Pe=180,pt=28,On=180,en=44,ni=12;function wr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${oe(e.eceLow)}-${oe(e.eceHigh)}), ${Le(e.level)} interval`:"";return`ECE ${oe(e.ece)}${t}`}function $e(e,t,n,r){let o=e.createElementNS(ti,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function gr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),c=o("div","cmw-calibration-title"),l=o("div","cmw-calibration-plots");i.append(c,l);let a=[];function u(){let g=e.get("calibration");if(!g||!g.hist)return null;let x=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return x==null||!Number.isFinite(x)?null:x}function d(){let g=e.get("calibration"),x=u();for(let $ of a){if(x===null||!g||!g.hist){$.setAttribute("visibility","hidden");continue}let{lo:v,hi:_}=g.hist,f=(Math.min(Math.max(x,v),_)-v)/(_-v||1)*On;$.setAttribute("x1",String(f)),$.setAttribute("x2",String(f)),$.setAttribute("visibility","visible"),$.dataset.at=String(x)}}function m(g){let x=$e(s,"svg",{width:Pe+pt+8,height:Pe+pt+8,role:"img"},"cmw-reliability");x.setAttribute("aria-label",`reliability diagram, ${wr(g)}`);let $=k=>pt+k*Pe,v=k=>4+(1-k)*Pe;x.append($e(s,"rect",{x:pt,y:4,width:Pe,height:Pe},"cmw-plot-frame"),$e(s,"line",{x1:$(0),y1:v(0),x2:$(1),y2:v(1)},"cmw-diagonal"));let _=$e(s,"text",{x:pt+Pe/2,y:Pe+pt+2,"text-anchor":"middle"},"cmw-axis-label");_.textContent="mean predicted probability";let f=$e(s,"text",{x:10,y:4+Pe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Pe/2})`},"cmw-axis-label");f.textContent="observed frequency",x.append(_,f);let h=Array.from(g.x,(k,p)=>`${$(k)},${v(g.y[p])}`).join(" ");return x.append($e(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((k,p)=>{let T=$e(s,"circle",{cx:$(k),cy:v(g.y[p]),r:3},"cmw-reliability-point"),y=$e(s,"title",{});y.textContent=`predicted ${oe(k)}, observed ${oe(g.y[p])}, ${Math.round(g.n[p]*100)/100} samples`,T.append(y),x.append(T)}),x}function b(g,x){let $=o("div","cmw-histograms"),{bins:v,counts:_}=g.hist,f=x.length,h=Math.min(f,ni),k=0;for(let T=0;T<h*v;T++)k=Math.max(k,_[T]);let p=g.kind==="binary"?`score of ${x[1]??"positive"}`:"top score";$.append(o("div","cmw-histograms-title",`${p} by true class`)),a=[];for(let T=0;T<h;T++){let y=o("div","cmw-histogram-row"),O=o("span","cmw-histogram-name",x[T]);O.title=x[T];let I=$e(s,"svg",{width:On,height:en},"cmw-histogram"),R=On/v;for(let B=0;B<v;B++){let F=_[T*v+B];if(!(F>0))continue;let P=k>0?F/k*(en-2):0;I.append($e(s,"rect",{x:B*R,y:en-P,width:Math.max(R-1,1),height:P},"cmw-histogram-bar"))}let W=$e(s,"line",{x1:0,x2:0,y1:0,y2:en},"cmw-threshold-line");a.push(W),I.append(W),y.append(O,I),$.append(y)}return f>h&&$.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),$}function w(){let g=e.get("calibration");if(i.hidden=!g,a=[],!g)return;if(g.note){c.textContent=g.note,l.replaceChildren();return}let x=g.kind==="binary"?"":" (top label)";c.textContent=`Calibration${x}: ${wr(g)}, ${g.nBins} ${g.strategy} bins`;let $=[m(g)];g.hist&&$.push(b(g,e.get("labels"))),l.replaceChildren(...$),d()}return K(e,["calibration","labels"],w,r.signal),K(e,["threshold","abstainAt"],d,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var In=e=>`${(100*e).toFixed(1)}%`;function oi(e,t,n,r,o,s){let i=(a,u)=>u===n?t?t[a]:0:e[a*n+u],c=t?n+1:n,l=0;for(let a=0;a<n;a++)for(let u=0;u<c;u++)(s==="all"||(s==="pred"?u===o:a===r))&&(l+=i(a,u));return{count:i(r,o),den:l}}function br({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),c=e.get("selected"),l=e.get("k"),a=i&&Number.isFinite(i.z)&&Array.isArray(c)&&c.length===2&&!e.get("multilabel");if(o.hidden=!a,!a){o.textContent="";return}let u=e.get("countParts"),d=e.get("cols")===l+1?u.rest:null,m=e.get("normalize")==null?"true":e.get("normalize"),{count:b,den:w}=oi(u.square,d,l,c[0],c[1],m),g=nr(b,w,i.z),x=m==="all"?"the whole":m==="pred"?"its predicted column":"its true row";o.textContent=g?`Share of ${x}: ${In(b/w)}, ${Le(i.level)} interval ${In(g[0])}-${In(g[1])} (Wilson).`:`Share of ${x}: no samples, no interval.`,o.dataset.low=g?String(g[0]):"",o.dataset.high=g?String(g[1]):""}return K(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var ri=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function si(e,t){return`From ${e.name} to ${t}: ${ri(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ii(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function xr({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(l,a,u,d,m,b,w){let g=o("div",l);if(g.append(o("div","cmw-moves-title",`${a} (${u})`)),!d.length)return g.append(o("span","cmw-hint","none")),g;let x=o("div","cmw-moves-list");return d.forEach(($,v)=>{let _=o("span","cmw-move"),f=m[v];_.append(o("span","cmw-idx",`sample ${$}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${b}`)),x.append(_)}),g.append(x),u>d.length&&g.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),g}function c(){let l=e.get("compareState");if(s.hidden=!l,s.replaceChildren(),!l)return;let a=e.get("run"),u=o("p","cmw-compare-summary",si(l,a));u.title=ii(l,a),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let m=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,m[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,m[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${l.name}.`)),s.append(b,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,l.name,m),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,a,m))}return K(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function yr({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,c=s("div","cmw-controls"),l=s("div","cmw-seg");l.setAttribute("role","group"),l.setAttribute("aria-label","Normalisation");let a=xo.map($=>{let v=i("cmw-seg-btn");return v.setAttribute("aria-label",$.label),v.append(s("span","cmw-long",$.label),s("span","cmw-short",$.short)),v.dataset.value=$.value===null?"":$.value,l.append(v),v}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let $ of bo)d.append(t.option($));u.append(s("span","cmw-field-name","Colormap"),d);let m=t.option("cmw:compare"),b=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",b.append(w,s("span",null,"reverse")),c.append(l,u,b,...r);function g(){let $=e.get("normalize");for(let h of a){let k=(h.dataset.value||null)===$;h.classList.toggle("cmw-active",k),h.setAttribute("aria-pressed",String(k))}let v=e.get("compareState");if(d.disabled=!!v,w.disabled=!!v,v){m.textContent=`${v.cmap} (better / worse)`,m.parentNode||d.append(m),d.value=m.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${v.name}; the colormap returns when compare mode ends.`;return}m.remove(),d.removeAttribute("title");let{base:_,reversed:f}=yo(e.get("cmap"));[...d.options].some(h=>h.value===_)||d.append(t.option(_)),d.value=_,w.checked=f}let x=()=>e.set("cmap",vo(d.value,w.checked));return j(l,"click",$=>{let v=$.target.closest(".cmw-seg-btn");v&&e.set("normalize",v.dataset.value||null)},o.signal),j(d,"change",x,o.signal),j(w,"change",x,o.signal),K(e,["normalize","cmap","compareState"],g,o.signal),g(),{el:c,update:g,destroy:()=>{o.abort(),c.remove()}}}var vr={width:240,height:130,pad:34},li="http://www.w3.org/2000/svg";function ot(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):oe(e):"–"}function ci(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${ot(r.mean)}`).join(", ");return`Expected cost ${ot(e.mean)} per sample (${ot(e.total)} in total); per true class: ${n}.`}function ai(e,t,n,r,o){let{width:s,height:i,pad:c}=o,l=d=>c+(d-t)/(n>t?n-t:1)*(s-2*c),a=d=>i-c+4-(r>0?d/r:0)*(i-c-12),u=new Array(e.n);for(let d=0;d<e.n;d++)u[d]=`${l(e.t[d]).toFixed(1)},${a(e.y[d]).toFixed(1)}`;return{points:u.join(" "),xs:l,ys:a}}function kr({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=ci(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return K(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Ar({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=(O,I={})=>{let R=s.createElementNS(li,O);for(let[W,B]of Object.entries(I))R.setAttribute(W,String(B));return R},c=o("figure","cmw-curve cmw-cost");c.hidden=!0;let l=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:a,height:u,pad:d}=vr,m=i("svg",{width:a,height:u,viewBox:`0 0 ${a} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});m.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),x=i("title");g.append(x);let $=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),v=i("text",{x:a/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});v.textContent="threshold";let _=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});_.textContent="cost";let f=i("text",{x:d-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});m.append(i("rect",{x:d,y:8,width:a-2*d,height:u-d-4,class:"cmw-curve-frame"}),b,w,g,$,v,_,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),k=o("p","cmw-cost-readout");c.append(l,m,h,k);let p=null,T=null;j(h,"click",()=>{let O=e.get("costs"),I=e.get("binary");O&&O.least&&I&&e.set("threshold",ie(O.least.threshold,I.lo,I.hi))},r.signal);function y(){let O=e.get("costs"),I=e.get("binary");if(c.hidden=!(O&&O.curve&&O.least&&I),c.hidden)return;if(T!==O||!p||p.lo!==I.lo||p.hi!==I.hi){let F=0;for(let z=0;z<O.curve.n;z++)F=Math.max(F,O.curve.y[z]);let P=ai(O.curve,I.lo,I.hi,F,vr);b.setAttribute("points",P.points),p={...P,lo:I.lo,hi:I.hi},f.textContent=ot(F);let V=ie(O.least.threshold,I.lo,I.hi);g.setAttribute("cx",p.xs(V).toFixed(1)),g.setAttribute("cy",p.ys(O.least.mean).toFixed(1)),x.textContent=`least cost ${ot(O.least.mean)} at threshold ${V}`,Object.assign(c.dataset,{leastThreshold:String(O.least.threshold),leastMean:String(O.least.mean)}),T=O}let R=p.xs(ie(I.threshold,I.lo,I.hi)).toFixed(1);for(let[F,P]of Object.entries({x1:R,x2:R,y1:8,y2:u-d+4}))w.setAttribute(F,String(P));let W=e.get("expectedCost"),B=W?W.mean:NaN;$.setAttribute("visibility",Number.isFinite(B)?"visible":"hidden"),Number.isFinite(B)&&($.setAttribute("cx",R),$.setAttribute("cy",p.ys(B).toFixed(1))),h.disabled=Math.abs(B-O.least.mean)<=1e-12*Math.max(1,Math.abs(O.least.mean)),k.textContent=`Now ${ot(B)} per sample; least ${ot(O.least.mean)} at threshold ${oe(ie(O.least.threshold,I.lo,I.hi))}.`,c.dataset.mean=String(B)}return K(e,["costs","binary","expectedCost"],y,r.signal),y(),{el:c,update:y,destroy:()=>{r.abort(),c.remove()}}}var tn=64,Pn=800,Sr=120,nn=6,ui=6,ft=2,di=14,jn=140,ae=8,Ue=20,Bn=15,je=6,Dn=16,rt=14,_t=6,Rn=8,St=6,zn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function st(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||tn,c=n.maxGrid||Pn,l=ae+Ue+r+je,a=ae,u=e>0&&n.extra?1:0,d=e>0&&n.totals?n.totals:null,m=!!(d&&n.outside),b=d?St+d.w*(m?2:1):0,w=Math.min(c,Math.max(Sr,t-l-s-ae-u*_t-b)),g=n.view||Ve(e),x=e>0?g.v:0,$=x>0?Math.min(i,w/(x+u)):0;u&&$<Rn&&($=Math.min(i,(w-Rn)/x)),$>=nn&&($=Math.floor($));let v=$*x,_=l+v+_t,f=u?Math.max($,Rn):0,h=(u?_+f:l+v)+St,k=a+v+St,p=m?h+d.w:h,T=d?p+d.w:u?_+f:l+v,y=d?St+d.h*(m?2:1):0;return{k:e,v:x,r0:g.r0,c0:g.c0,room:w,cell:$,x0:l,y0:a,grid:v,extra:u,xExtra:_,xw:f,right:T,tot:d,out:m,xOut:h,yOut:k,xTot:p,yTot:m?k+d.h:k,below:y,width:Math.ceil(T+s+ae),height:Math.ceil(a+v+y+je+o+Ue+ae+(Math.max(1,n.xTitleLines||1)-1)*Bn)}}function _r(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=nn&&(r=Math.floor(r)),Math.max(Sr,r*(n+e.extra))}function on(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,l=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[l,n.k]:r>=0&&r<n.grid?[l,c+Math.min(s,Math.floor(r/n.cell))]:null}function Ve(e){return{r0:0,c0:0,v:Math.max(0,e)}}function Mr(e,t){return e*ui>t}function Tr(e,t){return Math.min(e,Math.max(1,Math.ceil(t/tn)))}function Ee(e,t,n=1){if(!(t>0))return Ve(0);let r=e||Ve(t),o=ie(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=ie(Math.round(Number(r.r0)||0),0,t-o),i=ie(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function Cr(e,t,n,r,o=1){let s=Ee(e,r,o);if(!(t>0)||!(r>0))return s;let i=ie(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,l]=n||[s.r0+s.v/2,s.c0+s.v/2],a=(u,d)=>d-(d-u)*i/s.v;return Ee({r0:a(s.r0,c),c0:a(s.c0,l),v:i},r,o)}function $r(e,t,n,r,o=1){let s=Ee(e,r,o);return Ee({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Mt(e,t,n,r=1){let o=Ee(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return Ee({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function Er(e,t,n,r,o=1){let s=Ee(e,n,o),i=Math.min(s.v,Math.max(r,o));return Ee({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function Nr(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+ie((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function Fr(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**ie(-n/200,-1,1)}function rn(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Or(e,t,n=di){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function Tt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Un(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,l=Math.floor((s+i-1)/n)*n;if(l<c)return-1;let a=ie(Math.round((s+e/t-.5)/n)*n,c,l);return Math.abs((a-s+.5)*t-e)<=Math.max(t/2,o)?a:-1}function Ct(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Ir(e,t,n,r=1,o=n){if(n<=0||!zn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[ie(s,0,n-1),ie(i,0,o-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,we=(e,t)=>e.y0+(t-e.r0)*e.cell,Ne=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ht=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function Rr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let l=null,a=null;function u(){let w=e.get("labels");a=w;let g=o("div","cmw-labels-list");l=w.map(($,v)=>{let _=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=yt($),f.dataset.index=String(v),_.append(o("span","cmw-label-idx",String(v)),f),g.append(_),f});let x=o("div","cmw-labels-actions");x.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(g,x),c.hidden=!1,i.setAttribute("aria-expanded","true"),l.length&&l[0].focus()}function d(w=!1){l=null,a=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function m(){let w=a,g=e.get("labels"),x=l.map(($,v)=>$.value!==yt(w[v])?bn($.value,w[v]):g[v]);d(!0),x.length===g.length&&x.some(($,v)=>$!==g[v])&&e.set("display_labels",x)}function b(){l&&l.length!==e.get("k")&&d()}return j(i,"click",()=>l?d():u(),r.signal),j(c,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),m()):w.key==="Escape"&&(w.preventDefault(),d(!0))},r.signal),j(c,"click",w=>{w.target.closest(".cmw-save")?m():w.target.closest(".cmw-cancel")&&d(!0)},r.signal),K(e,["labels","k"],b,r.signal),{el:c,button:i,update:b,open:u,close:d,isOpen:()=>l!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function Pr({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=yt(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,l=!1,a=(u,d=!1)=>{if(l)return;l=!0,c.abort();let m=bn(i.value,r);i.remove(),s(u&&m!==r?m:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),a(u.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>a(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:a}}var mi=12;function pi(e,t,n,r=mi){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,l)=>l==null||l<c||l>=c+o.v?c:Math.max(c,Math.min(l-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function jr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(l,a={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=de(a.counts[l],e.get("countDigits"));return u.kind==="percent"?`${d} (${Qe(a.values[l],u)})`:d}function c(){let l=e.get("k"),a=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),m=pi(s,l,u&&u[1]<l?u:u&&[u[0],null]),b=r("table"),w=r("caption",null,`Confusion matrix, rows ${m.rows+1}-${m.rows+m.side} and columns ${m.cols+1}-${m.cols+m.side} of ${l}: rows are the true label, columns the predicted label.`),g=r("tr");g.append(r("td"));for(let v=m.cols;v<m.cols+m.side;v++){let _=r("th",null,`Predicted ${a[v]}`);_.scope="col",g.append(_)}if(d){let v=r("th",null,"Abstained");v.scope="col",g.append(v)}let x=r("tbody");for(let v=m.rows;v<m.rows+m.side;v++){let _=r("tr"),f=r("th",null,`True ${a[v]}`);f.scope="row",_.append(f);let h=(k,p)=>{let T=r("td",null,p);u&&u[0]===v&&u[1]===k&&(T.dataset.selected="true",T.textContent=`${T.textContent}, selected`),_.append(T)};for(let k=m.cols;k<m.cols+m.side;k++)h(k,i(v*l+k));d&&h(l,i(v,d)),x.append(_)}let $=r("thead");$.append(g),b.append(w,$,x),o.replaceChildren(b)}return K(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(l){s&&l&&s.r0===l.r0&&s.c0===l.c0&&s.v===l.v||(s=l,c())},destroy:()=>o.remove()}}function fi(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function Br(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=fi(t,n),s=l=>l===n?r?t.length:-1:o[l];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[l,a]of e.cells){let u=o[l],d=s(a),m=`${u},${d}`;u<0||d<0||i.has(m)||(i.add(m),c.push([u,d]))}return{rows:[],cols:[],cells:c,errors:!1}}function Dr(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),l=i(e.add[1]);return c>=0&&l>=0?No(o,[c,l]):void 0}}var zr="(other)";function Ur(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(r=>r.members).sort((r,o)=>r-o);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var Vr=e=>e.length>0&&e[e.length-1].kind==="other";function Wr(e,t){return Float64Array.from(t,n=>{let r=0;for(let o of n.members)r+=e[o];return r})}function Gr(e,t,n,r){if(!n)return{square:Ce(e,t,r),rest:null};let o=t+1,s=new Float64Array(t*o);for(let c=0;c<t;c++){for(let l=0;l<t;l++)s[c*o+l]=e[c*t+l];s[c*o+t]=n[c]}let i=qe(Ce(s,t,r,o),t,o);return{square:i.square,rest:i.rest}}function Kr(e,t,n,r,o){let s=e[t],i=n===e.length&&o?[r]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let c=[];for(let l of s.members)for(let a of i)c.push([l,a]);return Gt(c)}function hi(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Hr(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let u of s)c[n.codes[u]].push(u);let l=t&&t.groups&&t.groups.length===i?t.groups:Hr(i),a=[];for(let u of l)if(o.has(u))for(let d of c[u])a.push({kind:"class",index:d,members:[d]});else a.push({kind:"group",index:u,members:c[u]});return a}function Hr(e){return Array.from({length:e},(t,n)=>n)}function wi(e){return e.every(t=>t.kind==="class")}function Vn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function gi(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let l of i.members)o[l]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let l=0;l<t;l++){let a=o[l];a>=0&&(s[c*r+a]+=e[i*t+l])}}return s}function Xr(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function bi(e,t,n=null,r="linear"){let o=0,s=1/0,i=l=>{l>o&&(o=l),l>0&&l<s&&(s=l)};for(let l=0;l<t;l++)for(let a=0;a<t;a++)l!==a&&i(e[l*t+a]);if(n)for(let l of n)i(l);s=Number.isFinite(s)?s:0;let c=ze(e,o,r,s);for(let l=0;l<t;l++)c[l*t+l]=0;return{colors:c,vmax:o,lo:s}}var Yr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),xi=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function qr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=f=>e.get(f),s=(f,h,k)=>{let p=r.get(f);if(p&&p.deps.length===h.length&&p.deps.every((y,O)=>y===h[O]))return p.value;let T=k();return r.set(f,{deps:h,value:T}),T},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),l=()=>c()==="classes"&&!i()?o("topClasses"):null,a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version,l()],()=>Ur(hi(o("k"),o("order"),o("groups"),c(),t.expanded),l())),u=()=>Vr(a()),d=()=>s("otherView",[a(),o("abstained"),o("counts"),o("normalize")],()=>{let f=o("abstained"),h=f?Wr(f.counts,a()):null;return{extra:h,...Gr(g("counts"),a().length,h,o("normalize"))}}),m=()=>s("perm",[a()],()=>wi(a())?a().map(f=>f.index):null),b=()=>{let f=m();return f!==null&&f.every((h,k)=>h===k)},w={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let f=o("labels"),h=o("groups");return a().map(k=>k.kind==="class"?f[k.index]:k.kind==="other"?zr:`${h.names[k.index]} (${k.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(b())return o("counts");let f=m();return f?Vn(o("counts"),o("k"),f):gi(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(b())return o("values");let f=m();return f?o("values")===o("counts")?g("counts"):Vn(o("values"),o("k"),f):u()?d().square:Ce(g("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let f=o("abstained"),h=m();return f&&u()?{counts:d().extra,values:d().rest}:!f||h===null?null:b()?f:{counts:Xr(f.counts,h),values:Xr(f.values,h)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.colorsAndMax()],()=>{let f=w.abstainedRows();if(!f)return null;let h=w.colorsAndMax().lo;return f===o("abstained")&&w.vmax()===o("vmax")&&h==null?f:{counts:f.counts,values:f.values,colors:h!=null?ze(f.values,w.vmax(),o("cmapScale"),h):Je(f.values,0,w.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),o("cmapScale"),i(),w.abstainedRows()],()=>{let f=a().length;if(o("errorsOnly")&&!i()){let O=w.abstainedRows();return bi(g("values"),f,O&&O.values,o("cmapScale"))}if(b())return{colors:o("colors"),vmax:o("vmax")};let h=m();if(h)return{colors:Vn(o("colors"),o("k"),h),vmax:o("vmax")};let k=g("values"),p=w.abstainedRows(),T=Math.max(Ze(k),p?Ze(p.values):-1/0),y=nt(k,p&&p.values);return{colors:ze(k,T,o("cmapScale"),y),vmax:T,lo:y}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.colorsAndMax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>{let f=w.colorsAndMax().lo;return w.vmax()===o("vmax")&&f==null?o("colorbar"):o("cmapScale")==="log"?Yt(f??nt(g("values")),w.vmax(),o("normalize")):Pt(w.vmax(),o("normalize"))}),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),w.abstainedRows()],()=>{let f=a(),h=o("selected"),k=o("selectedGroup"),p=(O,I)=>f.findIndex(R=>R.kind===O&&R.index===I||O==="class"&&R.kind==="other"&&R.members.includes(I)),T=O=>O===o("k")&&w.abstainedRows()?f.length:p("class",O),y=h?[p("class",h[0]),T(h[1])]:k?[p("group",k[0]),p("group",k[1])]:null;return y&&y[0]>=0&&y[1]>=0?y:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let f=m();return f===null?null:lr(o("issues"),o("k"),b()?null:f)}),marks:()=>s("marks",[a(),o("selectionSpec"),w.abstainedRows()],()=>Br(o("selectionSpec"),a(),o("k"),!!w.abstainedRows())),totals:()=>s("totals",[a(),o("totals"),o("counts")],()=>{let f=o("totals");if(b())return f;if(m()!==null||u())return mr(f,a(),o("k"));if(o("multilabel"))return null;let h=a().length;return Zt(g("counts"),h,h)}),focus:()=>s("focus",[a(),t.version],()=>{let f=t.focus;if(f===null)return null;let h=T=>a().findIndex(y=>y.members.includes(T)),k=h(f.row),p=h(f.col);return k>=0&&p>=0?{r:k,c:p,outline:f.outline}:null})};function g(f){return Yr.has(f)?w[f]():e.get(f)}function x(f,h){if(!Yr.has(f))return e.on(f,h);let k=xi.map(T=>e.on(T,h)),p=()=>h();return n.add(p),()=>{k.forEach(T=>T()),n.delete(p)}}function $(f,h){let k=a();if(f==="selected"){if(h==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(h)){let y=Dr(h,k,o("k"),!!w.abstainedRows(),o("selectionSpec"));y!==void 0&&e.set("selected",y);return}let p=k[h[0]],T=k[h[1]];if(p&&p.kind==="other"||T&&T.kind==="other"){let y=Kr(k,h[0],h[1],o("k"),!!w.abstainedRows());y!==void 0&&e.set("selected",y);return}if(p&&p.kind==="class"&&h[1]===k.length&&w.abstainedRows()){e.set("selected",[p.index,o("k")]);return}if(!p||!T)return;p.kind==="class"&&T.kind==="class"?e.set("selected",[p.index,T.index]):p.kind==="group"&&T.kind==="group"&&e.set("selected_group",[p.index,T.index]);return}if(f==="display_labels"){let p=o("labels").slice();h.forEach((T,y)=>{k[y]&&k[y].kind==="class"&&(p[k[y].index]=T)}),e.set("display_labels",p);return}e.set(f,h)}function v(){t.version+=1;for(let f of[...n])f()}return{get:g,on:x,set:$,send:f=>e.send(f),local:{expand(f,h){h?t.expanded.add(f):t.expanded.delete(f),v()},expanded:()=>new Set(t.expanded),focus(f,h,k=!1){t.focus=f==null?null:{row:f,col:h,outline:k},v()}}}}var Zr=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],yi=8,vi=12,ki=20;function Ai(e,t,n=yi){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let a=String(i).toLowerCase().indexOf(r);a===0?o.push(c):a>0&&s.push(c)}),o.concat(s).slice(0,n)}function Si(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function _i(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Jr({state:e,display:t,dom:n,signal:r}){let o=Y(r),s=(G,H,le)=>j(G,H,le,o.signal),{h:i,button:c,option:l}=n,a=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let m=i("select","cmw-order-select");m.title="Order of the classes";for(let[G,H]of Zr)m.append(l(G,H));let b=l("list","Custom (from Python)");b.disabled=!0,m.append(b),d.append(m);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let x=i("label","cmw-level-label","Show "),$=i("select","cmw-level");$.append(l("classes","Classes"),l("groups","Groups")),x.append($),u.append(d,w,x);let v=i("div","cmw-expand");v.setAttribute("role","group"),v.setAttribute("aria-label","Expand groups");let _=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let k=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",k),f.append(h);let p=i("ul","cmw-matches");p.id=k,p.setAttribute("role","listbox"),p.setAttribute("aria-label","Matching classes"),p.hidden=!0,_.append(f,p);let T=i("details","cmw-top"),y=i("summary","cmw-top-title","Largest errors"),O=!1;s(y,"click",()=>{O=!0}),y.id=`${k}-top`;let I=i("ol","cmw-top-list");I.setAttribute("aria-labelledby",y.id),T.append(y,I);let R=i("div","cmw-sr");R.setAttribute("aria-live","polite"),R.setAttribute("role","status"),a.append(u,v,_,T,R);let W=G=>{R.textContent=G};s(m,"change",()=>{e.set("order",m.value),W(`Order: ${m.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),W(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s($,"change",()=>{e.set("level",$.value),W(`Showing ${$.value}.`)}),s(v,"change",G=>{let H=G.target.closest("input[data-group]");H&&(t.local.expand(Number(H.dataset.group),H.checked),W(`${H.checked?"Expanded":"Collapsed"} ${H.parentElement.textContent.trim()}.`))});function B(G){let H=e.get("labels");h.value=H[G],F(),t.local.focus(G,G,!0),W(`Found ${H[G]}: its row and column are outlined.`)}function F(){p.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function P(){let G=e.get("labels"),H=Ai(G,h.value);p.replaceChildren(...H.map((le,fe)=>{let re=i("li","cmw-match",G[le]);return re.id=`${k}-${fe}`,re.setAttribute("role","option"),re.dataset.cls=String(le),re})),p.hidden=H.length===0,h.setAttribute("aria-expanded",String(H.length>0)),h.value.trim()||t.local.focus(null)}function V(G){let H=[...p.children];if(!H.length)return null;let le=H.findIndex(re=>re.getAttribute("aria-selected")==="true"),fe=G===0?Math.max(le,0):(le+G+H.length)%H.length;return H.forEach((re,ve)=>re.setAttribute("aria-selected",String(ve===fe))),h.setAttribute("aria-activedescendant",H[fe].id),H[fe]}s(h,"input",P),s(h,"keydown",G=>{if(G.key==="ArrowDown"||G.key==="ArrowUp")V(G.key==="ArrowDown"?1:-1),G.preventDefault();else if(G.key==="Enter"){let H=V(0);H&&B(Number(H.dataset.cls)),G.preventDefault()}else G.key==="Escape"&&!p.hidden&&(F(),G.preventDefault())}),s(p,"click",G=>{let H=G.target.closest("li[data-cls]");H&&B(Number(H.dataset.cls))}),s(I,"click",G=>{let H=G.target.closest("button[data-i]");if(!H)return;let[le,fe]=[Number(H.dataset.i),Number(H.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[le,fe]),t.local.focus(le,fe,!1)});function z(){let G=e.get("k");a.hidden=G<=2,_.hidden=G<=vi;let H=e.get("orderChoices");for(let re of m.options)re.value!=="list"&&(re.disabled=H!==null&&!H.includes(re.value),re.title=re.disabled?"Needs a live kernel":"");let le=e.get("orderName");m.value=Zr.some(([re])=>re===le)?le:"list",g.checked=e.get("errorsOnly");let fe=e.get("groups");x.hidden=!fe,$.value=e.get("level"),J(fe),ne()}function J(G){let H=t.local.expanded(),le=!!G&&e.get("level")==="groups";if(v.hidden=!le,!le)return;let fe=G.names.map((re,ve)=>{let Be=i("label","cmw-expand-item"),_e=i("input");return _e.type="checkbox",_e.dataset.group=String(ve),_e.checked=H.has(ve),Be.append(_e,n.doc.createTextNode(` ${re}`)),Be});v.replaceChildren(i("span","cmw-expand-title","Expand: "),...fe)}function ne(){let G=e.get("labels"),H=e.get("top");y.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${H.length})`,O||(T.open=e.get("k")>ki),I.replaceChildren(...H.map(le=>{let fe=i("li"),re=c("cmw-top-item",Si(G,le));return re.dataset.i=String(le[0]),re.dataset.j=String(le[1]),fe.append(re),fe})),T.hidden=H.length===0}let se=e.get("selection");function pe(){let G=e.get("selection");G!==se&&W(_i(G)),se=G}return K(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],z,o.signal),K(e,["selection"],pe,o.signal),z(),{el:a,update:z,destroy:()=>{o.abort(),a.remove()}}}function Qr(e){let t=qr(e.state),n=Jr({...e,display:t}),r=jr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Lr=34;function e1(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let c=0;c<o;c++){let l=n[i*o+c];if(!l||!ht(t,[i,c]))continue;let a=Ne(t,c),u=Math.max(3,Math.min(10,Math.min(a,t.cell)*.3)),d=ge(t,c)+a,m=we(t,i);e.beginPath(),e.moveTo(d-u,m),e.lineTo(d,m),e.lineTo(d,m+u),e.closePath(),e.fillStyle=r.accent,e.fill(),a>=Lr&&t.cell>=Lr&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(l),d-u-1,m+1)),s+=1}return s}var Se=12,$t="abstained",Wn=8,Mi=13;function t1(e){return Array.from({length:256},(t,n)=>Ft(e,n))}function n1(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(so(n,r,o*o),o,o),0,0),s}function o1(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,we(t,o),t.xw,t.cell)}function r1(e,t,n,r,o){if(t.cell<nn){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(ge(t,c),we(t,i),t.cell,t.cell)}function s1(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function i1(e,t,n,r){let o=t.k,s=Math.min(Mi,Math.floor(t.cell*.3));if(s<Wn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let a=t.r0;a<t.r0+t.v;a++){let u=we(t,a)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let m=wn(n.values[a*o+d],n.counts[a*o+d],n.fmt,n.countDigits);c.push([ge(t,d)+t.cell/2,u,m,n.colors[a*o+d]])}if(i){let d=wn(i.values[a],i.counts[a],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,u,d,i.colors[a]])}}let l=Ti(e,c.map(a=>a[2]),t.cell,s,r);if(l){e.textAlign="center",e.textBaseline="middle";for(let[a,u,d,m]of c)e.fillStyle=ro(n.lutText,n.lut,m),l.mode==="two"?(e.font=l.font,e.fillText(d.main,a,u-l.px*.5),e.font=l.subFont,e.fillText(d.sub,a,u+l.px*.65)):(e.font=l.font,e.fillText(l.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,a,u))}}function Ti(e,t,n,r,o){let s=n-4,i=(l,a)=>{e.font=l;let u=0;for(let d of t)u=Math.max(u,e.measureText(a(d)).width);return u},c=t.length>0&&t[0].sub!=="";for(let l=r;l>=Wn;l--){let a=`${l}px ${o.family}`,u=Math.max(Wn-1,Math.round(l*.8)),d=`${u}px ${o.family}`;if(!(i(a,b=>b.main)>s))return c?n>=l*2.4+u&&i(d,b=>b.sub)<=s?{mode:"two",px:l,font:a,subFont:d}:i(a,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:l,font:a}:{mode:"main",px:l,font:a}:{mode:"main",px:l,font:a}}return null}function l1(e,t,n,r,o,s,i,c){let l=_=>e.measureText(_).width;e.font=c(Se),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let _ of Tt(t.v,o.step,t.r0)){let f=we(t,_)+t.cell/2;e.fillText(Ct(n[_],r,l),t.x0-je,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let a=t.y0+t.grid+(t.below||0)+je,u=Tt(t.v,o.step,t.c0).map(_=>[ge(t,_)+t.cell/2,n[_],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,$t,o.extraRotated]);for(let[_,f,h]of u){let k=Ct(f,r,l);e.moveTo(Math.round(_)+.5,t.y0+t.grid),e.lineTo(Math.round(_)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(_,a),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(k,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(k,_,a))}e.stroke(),e.font=c(Se,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],m=t.y0+t.grid+(t.below||0)+je+o.height+Ue/2+2,b=Math.max(...d.map(l)),w=ie(t.x0+t.grid/2,ae+b/2,Math.max(ae+b/2,t.width-ae-b/2));d.forEach((_,f)=>e.fillText(_,w,m+f*Bn));let g=Math.max(t.grid,t.height-2*ae),x=String(s.y),$=l(x)<=g?x:Ct(x.split(" (")[0],g,l),v=ie(t.y0+t.grid/2,ae+l($)/2,Math.max(ae,t.height-ae-l($)/2));e.save(),e.translate(ae+Ue/2,v),e.rotate(-Math.PI/2),e.fillText($,0,0),e.restore()}function c1(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Dn+rt+6+n+Ue)}function Ci(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,l=Math.round((t+rt)*i)/i-c,a=Math.round(n*i),u=Math.round((n+r)*i)-a,d=b=>Math.min(255,Math.floor((b+.5)/u*256)),m=0;for(let b=1;b<=u;b++)b<u&&d(b)===d(m)||(e.fillStyle=o[d(m)],e.fillRect(c,(a+u-b)/i,l,(b-m)/i),m=b)}function a1(e,t,n,r,o,s,i=""){if(i){e.font=s(Se-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let a=m=>e.measureText(m).width,u=Ct(String(i),Math.max(t.grid,t.height-2*ae),a),d=ie(t.y0+t.grid/2,ae+a(u)/2,Math.max(ae,t.height-ae-a(u)/2));e.save(),e.translate(t.width-ae-Ue/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+Dn,l=t.grid;Ci(e,c,t.y0,l,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,rt+1,l+1),e.font=s(Se-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[a,u]of n){let d=t.y0+l*(1-ie(Number(a)||0,0,1));e.moveTo(c+rt,Math.round(d)+.5),e.lineTo(c+rt+3,Math.round(d)+.5),e.fillText(String(u),c+rt+5,ie(d,t.y0+5,t.y0+l-5))}e.strokeStyle=o.muted,e.stroke()}function u1(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,we(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(ge(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function d1(e,t,n,r,o){let s=([i,c],l,a,u)=>{if(!ht(t,[i,c]))return;let d=Math.max(Ne(t,c),8),m=Math.max(t.cell,8),b=ge(t,c)+Ne(t,c)/2-d/2,w=we(t,i)+t.cell/2-m/2;e.setLineDash(a),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(b+u,w+u,d-2*u,m-2*u),e.strokeStyle=l,e.strokeRect(b+u/2,w+u/2,d-u,m-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function m1(e,t,n,r){if(!n)return;let o=2,s=(a,u,d,m)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(a+o,u+o,d-2*o,m-2*o),e.strokeStyle=r.accent,e.strokeRect(a+o/2,u+o/2,d-o,m-o)};e.setLineDash([]);let i=a=>a>=t.r0&&a<t.r0+t.v,c=a=>t.extra&&a>=t.k||a>=t.c0&&a<t.c0+t.v,l=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let a of n.rows||[])i(a)&&s(t.x0,we(t,a),l-t.x0,Math.max(t.cell,4));for(let a of n.cols||[])c(a)&&s(ge(t,a),t.y0,Math.max(Ne(t,a),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let a=t.r0;a<t.r0+t.v;a++)a<t.c0||a>=t.c0+t.v||(e.moveTo(ge(t,a),we(t,a)),e.lineTo(ge(t,a)+t.cell,we(t,a)+t.cell));e.stroke(),e.setLineDash([])}for(let[a,u]of n.cells||[]){if(!ht(t,[a,u]))continue;let d=Math.max(Ne(t,u),8),m=Math.max(t.cell,8);s(ge(t,u)+Ne(t,u)/2-d/2,we(t,a)+t.cell/2-m/2,d,m)}}var p1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},$i={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Ei(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],l=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),l.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),l.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),l.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&l.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let a;return e.compare?(a=`change in count since ${e.compare.name}`,l.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&p1[e.normalize]?(a=(e.multilabel?$i:p1)[e.normalize],l.push(`Normalised: each cell shows the ${a}.`)):a="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:a,badges:l}}function f1(e){let t=e("compareState");return Ei({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function h1(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Gn="total",x1="outside",Et=11,Ni=9,Fi=8,w1=90,Oi="rgba(127, 127, 127, 0.1)";function y1(e,t,n,r,o,s=!1){let i=(u,d)=>(e.font=o(d),Math.max(0,...Array.from(u,m=>e.measureText(typeof m=="string"?m:de(m,n)).width))),c=Math.min(w1,Math.ceil(Math.max(i([...t.rows,t.all],Et),i([s?x1:Gn],12))+8));if(r<Ni)return{w:Math.min(c,40),h:Fi,rotated:!1,text:!1};let l=i(t.cols,Et),a=l>r-4;return{w:c,h:Math.ceil(a?Math.min(w1,l+6):Et+8),rotated:a,text:!0}}var g1=(e,t,n,r)=>e>=t&&e<t+r.grid?n+Math.min(r.v-1,Math.floor((e-t)/r.cell)):-1;function Kn(e,t,n){if(!n||!n.tot)return null;let{w:r,h:o}=n.tot,s=n.out?[[n.xOut,n.yOut,"out"],[n.xTot,n.yTot,""]]:[[n.xTot,n.yTot,""]];for(let[i,c,l]of s){let a=e>=i&&e<i+r,u=t>=c&&t<c+o,d=w=>l?l+w[0].toUpperCase()+w.slice(1):w;if(a&&u)return l?null:{kind:"all"};let m=a?g1(t,n.y0,n.r0,n):-1;if(m>=0)return{kind:d("row"),i:m};let b=u?g1(e,n.x0,n.c0,n):-1;if(b>=0)return{kind:d("col"),j:b};if(u&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:d("col"),j:n.k};if(a||u)return null}return null}function b1(e,t,n,r,o,s,i,c,l,a){let{tot:u}=t;if(e.fillStyle=i.band||Oi,e.fillRect(n,t.y0,u.w,t.grid),e.fillRect(t.x0,r,n+u.w-t.x0,u.h),e.strokeStyle=i.border,e.lineWidth=1,e.setLineDash(a?[3,2]:[]),e.strokeRect(n-.5,t.y0-.5,u.w+1,t.grid+1),e.strokeRect(t.x0-.5,r-.5,t.grid+1,u.h+1),t.extra&&e.strokeRect(t.xExtra-.5,r-.5,t.xw+1,u.h+1),e.setLineDash([]),!u.text)return;e.fillStyle=a?i.muted:i.fg,e.font=c(Et),e.textAlign="center",e.textBaseline="middle";for(let m=0;m<t.v;m++)e.fillText(de(o(m),l),n+u.w/2,we(t,t.r0+m)+t.cell/2);let d=Array.from({length:t.v},(m,b)=>t.c0+b);t.extra&&d.push(t.k),d.forEach((m,b)=>{e.save(),e.translate(ge(t,m)+Ne(t,m)/2,r+u.h/2),u.rotated&&e.rotate(-Math.PI/2),e.fillText(de(s(b,m),l),0,0),e.restore()})}function v1(e,t,n,r,o,s,i){if(!t.tot||!n)return;let{tot:c}=t;e.save(),t.out&&r&&b1(e,t,t.xOut,t.yOut,l=>r.rows[l],l=>r.cols[l],s,i,o,!0),b1(e,t,t.xTot,t.yTot,l=>n.rows[t.r0+l],(l,a)=>n.cols[a],s,i,o,!1),e.strokeRect(t.xTot-.5,t.yTot-.5,c.w+1,c.h+1),e.font=i(Et,!0),c.text&&e.fillText(de(n.all,o),t.xTot+c.w/2,t.yTot+c.h/2),e.font=i(12),e.fillStyle=s.muted;for(let[l,a,u]of t.out?[[x1,t.xOut,t.yOut],[Gn,t.xTot,t.yTot]]:[[Gn,t.xTot,t.yTot]])e.textAlign="center",e.textBaseline="top",e.fillText(l,a+c.w/2,t.yTot+c.h+6),e.textAlign="right",e.textBaseline="middle",e.fillText(l,t.x0-6,u+c.h/2);e.restore()}function k1(e,t,n,r=null){let{r0:o,c0:s,v:i}=n,c=new Float64Array(i);for(let a=o;a<o+i;a++){let u=0;for(let d=0;d<t;d++)(d<s||d>=s+i)&&(u+=e[a*t+d]);c[a-o]=u}let l=new Float64Array(i+(r?1:0));for(let a=0;a<t;a++)if(!(a>=o&&a<o+i)){for(let u=s;u<s+i;u++)l[u-s]+=e[a*t+u];r&&(l[i]+=r[a])}return{rows:c,cols:l}}function A1(e,t,n,r,o){let s=a=>de(a,o);if(!t)return"";if(e.kind==="all")return`Total: ${s(t.all)}`;let i=e.kind.endsWith("ow"),c=s(i?t.rows[e.i]:t.cols[e.j]);if(!e.kind.startsWith("out"))return`${i?"Row":"Column"} total: ${c}`;if(!n)return"";let l=i?n.rows[e.i-n.view.r0]:n.cols[e.j>=r?n.view.v:e.j-n.view.c0];return`Outside the window: ${s(l)} of ${c}`}var Ii=64,Ri=200;function Hn(e,t,n){let r=e.closest(".cmw"),o=n.defaultView;if(!r||!o||!e.isConnected||!r.getClientRects().length)return 1/0;let s=null;for(let d=r.parentElement;d&&d!==n.body&&d!==n.documentElement;d=d.parentElement){let m=o.getComputedStyle(d).overflowY;(m==="auto"||m==="scroll")&&d.clientHeight>=Ri&&(s=d)}if(!s&&o.top!==o)return 1/0;let i=Math.min(o.innerHeight,s?s.clientHeight:o.innerHeight);if(!(i>0))return 1/0;let c=d=>d.getBoundingClientRect().top,l=d=>d.getBoundingClientRect().bottom,a=Ii,u=[...r.children].find(d=>d.contains(e));if(u&&u!==e){let d=[...u.children].filter(m=>m!==e&&m.getClientRects().length&&c(m)>=l(e)-1);d.length&&(a+=Math.max(...d.map(l))-l(e))}for(let d=u?u.nextElementSibling:null;d&&!d.classList.contains("cmw-selection");d=d.nextElementSibling)d.getClientRects().length&&!d.classList.contains("cmw-sr")&&(a+=d.getBoundingClientRect().height);return Math.floor(i-(c(t)-c(r))-a)}function S1({el:e,sizers:t,doc:n,signal:r,redraw:o,changed:s}){let i=n.defaultView;if(i&&typeof i.ResizeObserver<"u"){let c=new i.ResizeObserver(()=>{s(!0)&&o()});for(let a of[e,...t])c.observe(a);let l=e.closest(".cmw");l&&c.observe(l),j(i,"resize",()=>{s(!1)&&o()},r),r.addEventListener("abort",()=>c.disconnect(),{once:!0})}if(i&&typeof i.MutationObserver<"u"&&n.body){let c=null,l=new i.MutationObserver(()=>{clearTimeout(c),c=setTimeout(o,100)});l.observe(n.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),r.addEventListener("abort",()=>{l.disconnect(),clearTimeout(c)},{once:!0})}}var Pi={true:"of its true row",pred:"of its predicted column",all:"of all samples"},ji={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Bi={true:"of its true row",pred:"of the abstained column",all:"of all samples"};function sn(e,t){let n=e("items"),r=Array.isArray(n)?n[t]:null;return r&&r.kind==="other"?r.members.length:0}function Xn(e,t){let n=sn(e,t);return n?`${e("labels")[t]}, ${n} classes`:e("labels")[t]}function Yn(e,[t,n]){let r=e("k"),o=e("abstained");if(n>=r&&o){let l=[`True: ${Xn(e,t)}`,`Predicted: ${$t}`,`Count: ${de(o.counts[t],e("countDigits"))}`],a=e("fmt");return a.kind==="percent"&&l.push(`Shown: ${Qe(o.values[t],a)} ${Bi[e("normalize")]||""}`.trim()),l.join(`
`)}let s=t*r+n,i=[`True: ${Xn(e,t)}`,`Predicted: ${Xn(e,n)}`,`Count: ${de(e("counts")[s],e("countDigits"))}`],c=e("fmt");if(c.kind==="delta"&&i.push(`Change: ${Qe(e("values")[s],c)} since the compared run`),c.kind==="percent"){let l=(e("multilabel")?ji:Pi)[e("normalize")]||"";i.push(`Shown: ${Qe(e("values")[s],c)} ${l}`.trim())}return i.join(`
`)}var _1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},M1={r:"row",c:"col",e:"errors"};function T1({st:e,get:t,state:n,live:r,zoomed:o,classCell:s,colsOf:i,setView:c,zoomBy:l,scheduleDraw:a,describe:u}){return function(m){let b=t("k");if(b===0)return;let w=!0;if(zn.has(m.key)){let g=e.cursor||t("selected")||(o()?[e.view.r0,e.view.c0]:null);e.cursor=Ir(g,m.key,b,m.shiftKey?10:1,i(b)),o()&&c(Mt(e.view,s(e.cursor),b,e.vMin)),r.textContent=u(e.cursor).replace(/\n/g,", "),a()}else if(e.zoomable&&!m.ctrlKey&&!m.metaKey&&!m.altKey&&_1[m.key]){let g=_1[m.key];if(g==="fit")c(Ve(b));else{let x=e.cursor?s(e.cursor):null;l(g==="in"?ft:1/ft,x?[x[0]+.5,x[1]+.5]:null),x&&o()&&c(Mt(e.view,s(e.cursor),b,e.vMin))}}else if(m.key==="Enter"||m.key===" "){let g=e.cursor||t("selected")||[0,0];e.cursor=g,n.set("selected",m.shiftKey?{add:[g[0],g[1]]}:[g[0],g[1]])}else if(!m.ctrlKey&&!m.metaKey&&!m.altKey&&M1[m.key.toLowerCase()]){let g=M1[m.key.toLowerCase()],x=e.cursor||t("selected")||[0,0];n.set("selected",g==="errors"?"errors":g==="row"?{row:x[0]}:{col:x[1]})}else w=!1;w&&m.preventDefault()}}function C1(e,t,n,r,o){e.dataset.cellX0=String(t.x0),e.dataset.cellY0=String(t.y0),e.dataset.cellSize=String(t.cell),e.dataset.viewRow0=String(t.r0),e.dataset.viewCol0=String(t.c0),e.dataset.viewSize=String(t.v),e.dataset.cols=String(r.cols),e.dataset.extraX0=t.extra?String(t.xExtra):"",e.dataset.extraWidth=t.extra?String(t.xw):"";let s=t.tot?[t.xTot,t.tot.w,t.yTot,t.tot.h]:["","","",""];["totalsX0","totalsWidth","totalsY0","totalsHeight"].forEach((i,c)=>{e.dataset[i]=String(s[c])}),e.dataset.xTitle=o.x,e.dataset.yTitle=o.y,e.dataset.barTitle=o.bar,e.setAttribute("aria-label",`Confusion matrix of ${n} classes. Rows: ${o.y}. Columns: ${o.x}. Colours: ${o.bar}`+(t.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(r.zoomable?` Showing ${rn(t,n)}; plus and minus zoom, 0 shows all.`:""))}var Di=720,zi=4,Ui=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],Vi=24;function $1({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=Y(n),l=(S,C,E,N)=>j(S,C,E,c.signal,N),{doc:a,h:u,button:d}=t,m=u("div","cmw-matrix"),b=u("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=d("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let x=d("cmw-zoom-fit","Fit");x.setAttribute("aria-label","Show all classes"),x.title="Show all classes (0)";let $=u("span","cmw-view-range");$.setAttribute("aria-live","polite"),b.append(w,g,x,$,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let v=u("div","cmw-mode");v.setAttribute("aria-live","polite"),v.hidden=!0;let _=u("div","cmw-plot"),f=u("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=u("div","cmw-tooltip");h.hidden=!0,_.append(f,h);let k=u("div","cmw-sr");k.setAttribute("aria-live","polite"),m.append(v,b,_,k);let p={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},T={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},y=S=>e.get(S),O=S=>{let C=y("lut"),E=y("compareState")?C:io(C,S);return E===C?{lut:C,lutText:y("lutText")}:((T.themedOf[0]!==C||T.themedOf[1]!==S)&&(T.themed={lut:E,lutText:Rt(E)},T.themedOf=[C,S]),T.themed)},I=()=>{let S=T.drawn.lut;return T.cssOf!==S&&(T.css=t1(S)),T.cssOf=S,T.css},R=()=>{let S=y("colors"),C=T.drawn.lut;return T.bitmap&&T.bitmapOf[0]===S&&T.bitmapOf[1]===C||(T.bitmap=n1(a,T.bitmap,S,C,y("k")),T.bitmapOf=[S,C]),T.bitmap};function W(S,C){let E=S.font,N=T.widths.get(E);if(N&&N.texts===C)return N.w;let D=0;for(let L of C)D=Math.max(D,S.measureText(L).width);return T.widths.set(E,{texts:C,w:D}),D}function B(){p.queued||c.signal.aborted||(p.queued=!0,queueMicrotask(()=>{p.queued=!1,c.signal.aborted||ne()}))}function F(){let S=a.defaultView,C=S&&S.getComputedStyle?S.getComputedStyle(m):null,E=(N,D)=>(C&&C.getPropertyValue(N)||"").trim()||D;return{fg:C&&C.color||"#1f1f1f",muted:E("--cmw-muted","#616161"),accent:E("--cmw-accent","#1976d2"),border:E("--cmw-border","#bdbdbd"),bg:E("--cmw-bg","#ffffff"),family:C&&C.fontFamily||"sans-serif"}}let P=()=>(s?s():m.clientWidth)||Di;function V(S){p.cursor&&(p.cursor[0]>=S||p.cursor[1]>=S)&&(p.cursor=null),p.view=null,p.editor&&p.editor.finish(!1),p.k=S}let z=S=>S+(S>0&&y("abstained")?1:0),J=S=>S[1]>=y("k")?[S[0],p.view?p.view.c0:0]:S;function ne(){let S=performance.now(),C=y("k");C!==p.k&&V(C);let E=y("abstained");p.cols=z(C),p.cursor&&p.cursor[1]>=p.cols&&(p.cursor=null);let N=f.getContext("2d");if(!N)return;let D=F();T.drawn=O(D.bg),p.detached=!m.isConnected;let L=(Fe,Oe)=>`${Oe?"600 ":""}${Fe}px ${D.family}`,Z=y("labels");p.width=P(),N.font=L(Se);let ee=Math.min(jn,Math.max(40,Math.round(p.width*.2))),ke=Math.ceil(Math.min(ee,W(N,Z))),Xe=y("colorbar"),Ye=c1(N,Xe),We=f1(y);se(We.badges),p.height=Hn(m,f,a);let it=y("showTotals")?y("totals"):null,Ln=(Fe,Oe=!1)=>it&&C>0?y1(N,it,y("countDigits"),Fe,L,Oe):null,gt=Ln(st(C,p.width,{yLabelWidth:ke,rightWidth:Ye,extra:E?1:0}).cell),is={yLabelWidth:ke,rightWidth:Ye,extra:E?1:0,xTitleLines:1,totals:gt,xLabelHeight:Math.min(jn,W(N,Z))},lt;for(let Fe=0;Fe<3;Fe++){let Oe=st(C,p.width,{...is,maxGrid:lt}),mn=_r(Oe,p.height);if(mn===void 0||mn===lt)break;lt=mn}let eo=st(C,p.width,{yLabelWidth:ke,rightWidth:Ye,extra:E?1:0,maxGrid:lt,totals:gt});p.zoomable=C>0&&Mr(C,eo.room),p.vMin=Tr(C,eo.room);let bt=p.zoomable?Ee(p.view,C,p.vMin):Ve(C);p.view=p.zoomable?bt:null;let an=p.zoomable&&bt.v<C;gt=Ln(st(C,p.width,{yLabelWidth:ke,rightWidth:Ye,view:bt,extra:E?1:0,maxGrid:lt,totals:gt,outside:an}).cell,an);let to={yLabelWidth:ke,rightWidth:Ye,view:bt,extra:E?1:0,maxGrid:lt,totals:gt,outside:an},un=st(C,p.width,to);p.step=Or(bt.v,un.cell),p.xLabels=le(N,Z,un,ee),N.font=L(Se,!0);let no=h1(We.x,Math.max(un.width-2*ae,60),Fe=>N.measureText(Fe).width);N.font=L(Se);let he=st(C,p.width,{...to,xLabelHeight:p.xLabels.height,xTitleLines:no.length});p.layout=he,p.yLabelW=ke,G(N,he);let dn=y("colors");if(C===0)N.fillStyle=D.muted,N.font=L(Se),N.fillText("No data",ae,ae+Se);else{dn.length>=C*C&&r1(N,he,dn,I(),R),E&&o1(N,he,E.colors,I()),s1(N,he,D),p.outside=he.out?{view:{r0:he.r0,c0:he.c0,v:he.v},...k1(y("counts"),C,he,E?E.counts:null)}:null,v1(N,he,it,p.outside,y("countDigits"),D,L),i1(N,he,{values:y("values"),counts:y("counts"),colors:dn,lut:T.drawn.lut,lutText:T.drawn.lutText,fmt:y("fmt"),countDigits:y("countDigits"),abstained:E},D),l1(N,he,Z,ee,{step:p.step,...p.xLabels},{x:no,y:We.y},D,L),a1(N,he,Xe,I(),D,L,We.bar),f.dataset.issueMarks=String(e1(N,he,y("issueMarks"),D));let Fe=p.cursor&&f.matches(":focus")?p.cursor:null;m1(N,he,y("marks"),D),d1(N,he,y("selected"),Fe,D);let Oe=y("focus");Oe&&Oe.outline&&u1(N,he,Oe.r,Oe.c,D)}pe(he),H(he,C,S,We)}function se(S){let C=[...v.children].map(E=>E.textContent);C.length===S.length&&C.every((E,N)=>E===S[N])||(v.replaceChildren(...S.map(E=>u("span","cmw-badge",E))),v.hidden=S.length===0)}function pe(S){b.hidden=!p.zoomable,p.zoomable&&($.textContent=rn(S,S.k),g.disabled=S.v<=p.vMin,w.disabled=S.v>=S.k,x.disabled=S.v>=S.k)}function G(S,C){let E=a.defaultView&&a.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(C.width*E)),D=Math.max(1,Math.round(C.height*E));(f.width!==N||f.height!==D)&&(f.width=N,f.height=D),f.style.width=`${C.width}px`,f.style.height=`${C.height}px`,S.setTransform(E,0,0,E,0,0),S.clearRect(0,0,C.width,C.height)}function H(S,C,E,N){let D=performance.now();f.dataset.heightRoom=Number.isFinite(p.height)?String(p.height):"",p.draws+=1;let L=null;!p.firstDrawn&&C>0&&(p.firstDrawn=!0,L=D-(p.draws===1?o:E)),r({k:C,draws:p.draws,lastMs:D-E,firstMs:L,view:{r0:S.r0,c0:S.c0,v:S.v}}),C1(f,S,C,p,N)}function le(S,C,E,N){let D=0;if(p.zoomable)D=W(S,C);else for(let Xe of Tt(E.k,p.step))D=Math.max(D,S.measureText(C[Xe]).width);D=Math.min(N,D);let L=D>p.step*E.cell-4,Z=E.extra?S.measureText($t).width:0,ee=E.extra>0&&(L||Z>E.xw+_t-2),ke=Math.max(L?D:Se+2,ee?Z:0);return{rotated:L,extraRotated:ee,height:Math.ceil(ke)}}function fe(S,C){p.editor&&p.editor.finish(!1);let E=p.layout,N=S==="y"?Math.max(p.yLabelW+je+4,100):120,D=ge(E,C)+E.cell/2,L=S==="y"?E.x0-N:ie(D-N/2,0,Math.max(0,E.width-N)),Z=S==="y"?we(E,C)+E.cell/2-11:E.y0+E.grid+(E.below||0)+je,ee={left:f.offsetLeft+Math.max(0,L),top:f.offsetTop+Z,width:N},ke=y("labels");p.editor=Pr({dom:t,host:_,box:ee,name:ke[C],index:C,done:(Xe,Ye)=>{p.editor=null;let We=y("labels");if(Xe!==null&&C<We.length){let it=We.slice();it[C]=Xe,e.set("display_labels",it)}Ye&&f.focus({preventScroll:!0})}})}function re(S,C=!1){let E=f.getBoundingClientRect(),N=p.lastUp;return C&&N&&Math.abs(N.x-S.clientX)<1&&Math.abs(N.y-S.clientY)<1?[N.x-E.left,N.y-E.top]:[S.clientX-E.left,S.clientY-E.top]}function ve(S,C){let E=p.layout;if(!E||E.k===0)return null;let N=Se/2+1;if(S>=ae+Ue&&S<E.x0&&C>=E.y0-N&&C<E.y0+E.grid+N){let Z=Un(C-E.y0,E.cell,p.step,E.k,N,E.r0,E.v);return Z>=0?{axis:"y",index:Z}:null}let D=E.y0+E.grid+(E.below||0),L=E.x0+E.grid+(E.extra?_t/2:20);if(C>=D&&C<D+je+p.xLabels.height&&S>=E.x0-20&&S<L){let Z=p.xLabels.rotated?N:p.step*E.cell/2,ee=Un(S-E.x0,E.cell,p.step,E.k,Z,E.c0,E.v);return ee>=0?{axis:"x",index:ee}:null}return null}function Be(S,C,E){h.textContent=S,h.hidden=!1;let N=f.offsetLeft+C+14;N+h.offsetWidth+4>_.clientWidth&&(N=Math.max(0,f.offsetLeft+C-h.offsetWidth-10));let D=f.offsetTop+E+14;D+h.offsetHeight+4>_.clientHeight&&(D=Math.max(0,f.offsetTop+E-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${D}px`}let _e=()=>p.zoomable&&p.view!==null&&p.view.v<y("k");function Me(S){let C=y("k"),E=Ee(S,C,p.vMin),N=p.view||Ve(C);return E.r0===N.r0&&E.c0===N.c0&&E.v===N.v?!1:(p.view=E,h.hidden=!0,B(),!0)}function He(S,C=null){if(!p.zoomable||!p.layout)return;let E=p.layout;Me(Cr(E,S,C,E.k,p.vMin))}function A(S){S.target.closest(".cmw-zoom-in")?He(ft):S.target.closest(".cmw-zoom-out")?He(1/ft):S.target.closest(".cmw-zoom-fit")&&Me(Ve(y("k")))}function M(S){if(!(S.ctrlKey||S.metaKey)||!p.zoomable)return;S.preventDefault();let[C,E]=re(S);He(Fr(S.deltaY,S.deltaMode),Nr(C,E,p.layout))}function U(S){if(p.panned=!1,p.pan=null,S.button!==0||!_e())return;let[C,E]=re(S);on(C,E,p.layout)&&(p.pan={id:S.pointerId,x:S.clientX,y:S.clientY,view:p.layout,cell:p.layout.cell,moved:!1})}function X(S){let C=p.pan,E=S.clientX-C.x,N=S.clientY-C.y;if(!C.moved){if(Math.hypot(E,N)<zi)return;C.moved=!0,h.hidden=!0;try{f.setPointerCapture(C.id)}catch{}}f.style.cursor="grabbing",Me($r(C.view,-N/C.cell,-E/C.cell,y("k"),p.vMin))}function Q(S){p.lastUp={x:S.clientX,y:S.clientY},p.pan&&p.pan.moved&&(p.panned=!0,f.style.cursor="grab"),p.pan=null}function q(S){if(p.pan&&p.pan.id===S.pointerId&&(X(S),p.pan.moved))return;let[C,E]=re(S),N=on(C,E,p.layout);if(N){Be(Yn(y,N),C,E),f.style.cursor=_e()?"grab":"pointer";return}let D=Kn(C,E,p.layout);if(D){Be(A1(D,y("totals"),p.outside,y("k"),y("countDigits")),C,E),f.style.cursor=D.kind==="row"||D.kind==="col"?"pointer":"default";return}let L=ve(C,E);if(f.style.cursor=L?"text":"default",L){let Z=L.axis==="y"?"True class":"Predicted class",ee=L.axis==="y"?"row":"column",ke=sn(y,L.index);Be(ke?`${y("labels")[L.index]}: the ${ke} classes after the first ${L.index} of the order`:`${Z} ${L.index}: ${y("labels")[L.index]}
(click to select the ${ee}, double-click to rename)`,C,E)}else h.hidden=!0}function te(S){if(p.panned){p.panned=!1;return}let[C,E]=re(S,!0),N=on(C,E,p.layout),D=N?null:Kn(C,E,p.layout)||{},L=N?null:D.kind==="row"?{axis:"y",index:D.i}:D.kind==="col"?{axis:"x",index:D.j}:D.kind?null:ve(C,E);N?(p.cursor=N,e.set("selected",S.shiftKey?{add:N}:N),B()):L?e.set("selected",L.axis==="y"?{row:L.index}:{col:L.index}):y("hasSelection")&&e.set("selected",null)}function me(S){let[C,E]=re(S,!0),N=ve(C,E);N&&!sn(y,N.index)&&(S.preventDefault(),h.hidden=!0,fe(N.axis,N.index))}l(f,"pointerdown",U),l(f,"pointermove",q),l(f,"pointerleave",()=>{h.hidden=!0}),l(f,"pointerup",Q),l(f,"pointercancel",()=>{p.pan=null}),l(f,"wheel",M,{passive:!1}),l(b,"click",A),l(f,"click",te),l(f,"dblclick",me);let Ae=T1({st:p,get:y,state:e,live:k,zoomed:_e,classCell:J,colsOf:z,setView:Me,zoomBy:He,scheduleDraw:B,describe:S=>Yn(y,S)});l(f,"keydown",Ae),l(f,"focus",B),l(f,"blur",B),S1({el:m,sizers:i,doc:a,signal:c.signal,redraw:B,changed:S=>S&&(p.detached||Math.abs(P()-p.width)>=1)||!(Math.abs(Hn(m,f,a)-p.height)<1)}),c.signal.addEventListener("abort",()=>{p.editor&&p.editor.finish(!1)},{once:!0});let be=y("selected"),Te=y("focus");function ce(){let S=y("selected"),C=y("focus"),E=S&&!(be&&S[0]===be[0]&&S[1]===be[1]);C!==Te&&C&&p.zoomable?Me(Er(p.view,[C.r,C.c],y("k"),Vi,p.vMin)):E&&_e()&&Me(Mt(p.view,J(S),y("k"),p.vMin)),be=S,Te=C,ne()}return K(e,Ui,ce,c.signal),ne(),{el:m,update:ce,destroy:()=>{c.abort(),m.remove()}}}function E1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),c=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,c);let l=!0;function a(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,l=!s.open,!s.open)return;let d=e.get("countDigits"),m=e.get("intervals"),b=m&&!m.stale?m:null;c.hidden=!m,c.textContent=m?tr(m):"";let w=(v,_)=>v.append(o("td","cmw-num",_)),g=(v,_,f,h)=>{let k=o("td","cmw-num");b?Xt(t,k,_,f,b.level,b.methods[h]):k.textContent=oe(_),v.append(k)};i.replaceChildren();let x=i.createTHead().insertRow();for(let v of["class","precision","recall","F1","support"])x.append(o("th",null,v));let $=i.createTBody();for(let[v,_]of u.perClass.entries()){let f=$.insertRow(),h=o("th",null,_.label);h.title=h.textContent,f.append(h);let k=b&&b.perClass[v];for(let p of["precision","recall","f1"])g(f,_[p],k?k[p]:null,p);w(f,de(_.support,d))}for(let[v,_]of u.summary.entries()){let f=$.insertRow();f.className=v===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(_.name??"")));let h=b?b.summary[String(_.name)]:null;if("value"in _)w(f,""),w(f,""),g(f,_.value,Array.isArray(h)?h:null,_.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let k=_.name==="macro avg"?"macro_":"weighted_";for(let p of["precision","recall","f1"])g(f,_[p],h&&!Array.isArray(h)?h[p]:null,k+p);w(f,de(_.support,d))}}}return j(s,"toggle",()=>{s.open&&l&&a()},r.signal),K(e,["metrics","countDigits","intervals"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function N1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return K(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function F1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s,option:i}=t,c=o("div","cmw-rank"),l=o("label","cmw-rank-label","Sort samples by "),a=o("select","cmw-rank-menu");l.append(a);let u=o("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let m=o("div","cmw-issues");m.hidden=!0;let b=!1;function w(){let g=e.get("issues"),x=e.get("selection");if(c.hidden=!g||!x||x.available===!1,c.hidden)return;let $=g.ranks.join(",");a.dataset.ranks!==$&&(a.replaceChildren(...g.ranks.map(_=>i(_,Nn[_]))),a.dataset.ranks=$),a.value=e.get("rank"),a.disabled=g.kernelOnly,u.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",a.title=u.textContent||"Order of the cell's samples (w.rank)",c.replaceChildren(l,u);let v=x.issues&&Array.isArray(x.issues.indices)?x.issues:null;v?(d.textContent=`${b?"Hide":"Show"} likely label errors (${v.total})`,d.setAttribute("aria-expanded",String(b)),m.hidden=!b,m.textContent=v.total?`${v.indices.join(", ")}${v.total>v.indices.length?", ...":""}`:"None in this cell.",c.append(d,m)):g.pending?c.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&c.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return j(a,"change",()=>e.set("rank",a.value),r.signal),j(d,"click",()=>{b=!b,w()},r.signal),K(e,["issues","rank","selection"],w,r.signal),w(),{el:c,update:w,destroy:()=>{r.abort(),c.remove()}}}function wt({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let l=!1,a=()=>parseFloat(c.value),u=ct(n,o,s);return j(c,"input",()=>{l=!0,r&&r(a()),u(a())},i),j(c,"change",()=>{l=!1,u.cancel(),n(a())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:c,value:a,dragging:()=>l,range(d,m,b){c.min=String(d),c.max=String(m),c.step=String(b)}}}var Wi=60,O1=700,ln="http://www.w3.org/2000/svg",Nt={w:240,h:56,pad:6};function I1(e,{w:t,h:n,pad:r}=Nt){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,l)=>c==null?null:[s(l),i(c)])}function Gi(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function R1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{doc:s,h:i,button:c,option:l}=t,a=r||{now:()=>Date.now(),setTimeout:(F,P)=>setTimeout(F,P),clearTimeout:F=>clearTimeout(F)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=c("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let m=i("output","cmw-run-name"),b=()=>e.get("runs").names,w=F=>{let P=b();F>=0&&F<P.length&&P[F]!==e.get("run")&&e.set("run",P[F])},g=wt({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Wi,clock:r,signal:o.signal,onInput:F=>{B(),m.textContent=b()[F]??""}}),x=g.el;x.min="0",x.step="1",x.setAttribute("aria-label","Run");let $=c("cmw-run-newer","");$.title="Show the latest run";let v=i("select","cmw-compare-pick");v.setAttribute("aria-label","Compare with");let _=i("label","cmw-field");_.append(i("span",null,"Compare with"),v);let f=i("div","cmw-runs-top");f.append(d,x,m,$,_);let h=s.createElementNS(ln,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${Nt.w} ${Nt.h}`),h.setAttribute("width",String(Nt.w)),h.setAttribute("height",String(Nt.h));let k=i("div","cmw-history-legend");k.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let p=i("div","cmw-history-box");p.append(h,k),u.append(f,p),u.hidden=!0;let T=null;function y(){let F=e.get("runs"),P=e.get("run");if(u.hidden=F.names.length<2,u.hidden){B();return}let V=F.names.indexOf(P);x.max=String(F.names.length-1),!g.dragging()&&V>=0&&(x.value=String(V)),g.dragging()||(m.textContent=P);let z=Gi(F.names,P);$.textContent=z,$.hidden=!z,O(F.names,e.get("compare")),I(F,V)}function O(F,P){let V=l("","none");v.replaceChildren(V,...F.map(z=>l(z))),v.value=P!=null&&F.includes(P)?P:""}function I(F,P){let V=[];for(let[J,ne]of[[F.accuracy,"cmw-line-acc"],[F.macroF1,"cmw-line-f1"]]){let se=I1(J).filter(Boolean),pe=s.createElementNS(ln,"polyline");pe.setAttribute("class",ne),pe.setAttribute("fill","none"),pe.setAttribute("points",se.map(G=>G.map(H=>H.toFixed(1)).join(",")).join(" ")),V.push(pe)}let z=I1(F.accuracy);F.names.forEach((J,ne)=>{if(!z[ne])return;let se=s.createElementNS(ln,"circle");se.setAttribute("class",ne===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),se.setAttribute("cx",z[ne][0].toFixed(1)),se.setAttribute("cy",z[ne][1].toFixed(1)),se.setAttribute("r",ne===P?"4":"3"),se.setAttribute("data-run",String(ne));let pe=s.createElementNS(ln,"title");pe.textContent=`${J}: accuracy ${oe(F.accuracy[ne])}, macro F1 ${oe(F.macroF1[ne])}`,se.append(pe),V.push(se)}),h.replaceChildren(...V)}function R(){let F=b(),P=F.indexOf(e.get("run"));if(P<0||P>=F.length-1){B();return}w(P+1),T=a.setTimeout(R,O1)}function W(){let F=b();F.indexOf(e.get("run"))>=F.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),T=a.setTimeout(R,O1)}function B(){T!==null&&a.clearTimeout(T),T=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return j(d,"click",()=>T===null?W():B(),o.signal),j($,"click",()=>{B(),w(b().length-1)},o.signal),j(v,"change",()=>e.set("compare",v.value===""?null:v.value),o.signal),j(h,"click",F=>{let P=F.target&&F.target.closest?F.target.closest("[data-run]"):null;P&&(B(),w(Number(P.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>B(),{once:!0}),K(e,["runs","run","compare"],y,o.signal),y(),{el:u,update:y,destroy:()=>{o.abort(),u.remove()}}}var Ki=60,P1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function j1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let l=s("input","cmw-abstain-on");l.type="checkbox";let a=s("output","cmw-abstain-value"),u=f=>e.set("abstain",f),d=wt({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Ki,clock:r,signal:o.signal,onInput:f=>{let h=i();a.textContent=f.toFixed(Ge(h?h.step:.01))}}),m=d.el,b=s("label","cmw-field");b.append(l,s("span",null,"Abstain when the top score is below"),m,a);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let x=s("span","cmw-hint cmw-top-k-hint");x.setAttribute("role","status"),g.append(x);let $=s("div","cmw-abstain-stats");c.append(b,g,$);let v=null;function _(){let f=i(),h=!!(f&&f.kind==="multiclass");if(c.hidden=!h,!h)return;d.range(f.lo,f.hi,f.step);let k=f.abstain!==null&&f.abstain!==void 0;if(l.checked=k,m.disabled=!k,k&&(v=f.abstain),!d.dragging()){let p=k?f.abstain:v??(f.lo+f.hi)/2;m.value=String(p),a.textContent=k?Number(p).toFixed(Ge(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),$.replaceChildren(),k&&$.append(s("span","cmw-stat cmw-coverage",`coverage ${P1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${P1(f.covered_accuracy)}`))}return j(l,"change",()=>{i()&&u(l.checked?parseFloat(m.value):null)},o.signal),j(w,"change",()=>{let f=i(),h=Number(w.value),k=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;x.textContent=k||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,k?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),K(e,["scores"],_,o.signal),_(),{el:c,update:_,destroy:()=>{o.abort(),c.remove()}}}function B1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Hi=60,qn={size:240,pad:34},Xi=[0,.5,1],Yi="http://www.w3.org/2000/svg",qi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function D1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s,doc:i}=t,c=(f,h={})=>{let k=i.createElementNS(Yi,f);for(let[p,T]of Object.entries(h))k.setAttribute(p,String(T));return k},l=s("div","cmw-curves");l.hidden=!0;let a=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");l.append(a,u);let d=!1,m=null,b={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",ie(f,h.lo,h.hi))},g=ct(w,Hi,r);o.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function x(f){let{size:h,pad:k}=qn;a.replaceChildren();for(let p of Object.keys(b))delete b[p];for(let p of qi){let T=f[p.kind],y=s("figure",`cmw-curve cmw-curve-${p.kind}`),O=s("figcaption","cmw-curve-title"),I=f[p.area],R=f.undefinedBecause?f.undefinedBecause[p.kind]:null;if(O.textContent=`${p.title}${I===null||R?"":`  ${p.areaName} ${oe(I)}`}`,R){y.append(O,s("p","cmw-curve-undefined",`Undefined: ${R}.`)),a.append(y);continue}let W=c("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${p.title} curve; press or drag on it to set the threshold`});W.classList.add("cmw-curve-svg"),Object.assign(W.dataset,{kind:p.kind,plotSize:String(h),plotPad:String(k)}),W.append(c("rect",{x:k,y:k,width:h-2*k,height:h-2*k,class:"cmw-curve-frame"}),c("polyline",{points:qo(T,h,k),class:"cmw-curve-line"})),p.kind==="roc"&&W.append(c("line",{x1:k,y1:h-k,x2:h-k,y2:k,class:"cmw-curve-chance"}));let B=c("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});B.textContent=p.x;let F=c("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});F.textContent=p.y,W.append(B,F,...$(h,k));let P=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),V=c("text",{x:k,y:k-8,class:"cmw-curve-readout"}),z=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),J=c("title");J.textContent="Drag along the curve to move the threshold",z.append(J),W.append(...P,V,z),y.append(O,W),a.append(y),b[p.kind]={plot:W,marker:z,guides:P,readout:V,curve:T,spec:p},v(W,T)}u.replaceChildren();for(let p of f.targets){let T=t.button("cmw-curve-target",`threshold for ${p.name}`);T.dataset.threshold=String(p.threshold),j(T,"click",()=>w(p.threshold),o.signal),u.append(T)}}function $(f,h){let k=f-2*h,p=[];for(let T of Xi){let y=h+T*k,O=h+(1-T)*k,I=String(T);p.push(c("line",{x1:y,y1:f-h,x2:y,y2:f-h+4,class:"cmw-curve-tickmark"})),p.push(c("line",{x1:h-4,y1:O,x2:h,y2:O,class:"cmw-curve-tickmark"}));let R=c("text",{x:y,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});R.textContent=I;let W=c("text",{x:h-6,y:O,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});W.textContent=I,p.push(R,W)}return p}function v(f,h){let k=!1,p=y=>{let O=B1(f.getBoundingClientRect(),qn),I=(y.clientX-O.x0)/O.inner,R=1-(y.clientY-O.y0)/O.inner;return h.t[Yo(h,I,R)]};j(f,"pointerdown",y=>{if(k=!0,f.setPointerCapture&&y.pointerId!==void 0)try{f.setPointerCapture(y.pointerId)}catch{}g(p(y))},o.signal),j(f,"pointermove",y=>{k&&g(p(y))},o.signal),j(f,"pointerup",y=>{k&&(k=!1,g.cancel(),w(p(y)))},o.signal),j(f,"pointercancel",()=>{k=!1,g.cancel()},o.signal)}function _(){let f=e.get("binary");if(l.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!d||m!==null)&&(d=!0,m=null,a.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}m!==h&&(x(h),m=h);let{size:k,pad:p}=qn,T=k-2*p;for(let{marker:y,guides:O,readout:I,spec:R,plot:W}of Object.values(b)){let[B,F]=R.at(f),P=Number.isFinite(B)&&Number.isFinite(F);for(let se of[y,...O])se.setAttribute("visibility",P?"visible":"hidden");if(I.textContent=P?`${R.x} ${oe(B)}, ${R.y} ${oe(F)}`:"",!P)continue;let V=(p+B*T).toFixed(1),z=(p+(1-F)*T).toFixed(1);y.setAttribute("cx",V),y.setAttribute("cy",z);let[J,ne]=O;Object.entries({x1:V,y1:z,x2:V,y2:k-p}).forEach(([se,pe])=>J.setAttribute(se,pe)),Object.entries({x1:V,y1:z,x2:p,y2:z}).forEach(([se,pe])=>ne.setAttribute(se,pe)),W.dataset.markerX=String(B),W.dataset.markerY=String(F)}}return K(e,["binary","curves"],_,o.signal),_(),{el:l,update:_,destroy:()=>{o.abort(),l.remove()}}}var Zi=60,Zn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Ji(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function z1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),l=s("label","cmw-field");l.append(s("span",null,"Label"),c);let a=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,b=wt({dom:t,cls:"cmw-label-threshold",write:T=>{let y=u();if(!y||!Array.isArray(y.thresholds)||!Number.isFinite(T))return;let O=y.thresholds.slice();O[d]=T,e.set("thresholds",O)},throttleMs:Zi,clock:r,signal:o.signal,onInput:T=>{let y=u();a.textContent=T.toFixed(Ge(y?y.step:.01))}}),w=b.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,a);let x=s("div","cmw-label-focus"),$=s("div","cmw-label-listing"),v=s("table","cmw-label-tables");i.append(l,g,x,$,v);let _="label",f=!1;function h(){let T=u(),y=!!(T&&T.kind==="multilabel");if(i.hidden=!y,!y)return;let O=e.get("labels"),I=e.get("metrics").perClass,R=e.get("countDigits");d=Math.min(d,O.length-1),(c.options.length!==O.length||[...c.options].some((B,F)=>B.textContent!==O[F]))&&c.replaceChildren(...O.map((B,F)=>t.option(String(F),B))),c.value=String(d);let W=Array.isArray(T.thresholds);g.hidden=!W,w.disabled=!!T.fixed,W&&!b.dragging()&&(b.range(T.lo,T.hi,T.step),w.value=String(T.thresholds[d]),a.textContent=Number(T.thresholds[d]).toFixed(Ge(T.step))),k(T,O,R),p(T,O,I,R)}function k(T,y,O){let I=T.tables[d]||[0,0,0,0],R=s("table","cmw-readout-table");R.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let B=R.createTBody();[["truly absent",0],["truly present",2]].forEach(([P,V])=>{let z=B.insertRow();z.append(s("th",null,P));for(let J of[V,V+1]){let[ne,se]=Zn[J],pe=s("td"),G=t.button("cmw-label-cell",`${se} ${de(I[J],O)}`);G.dataset.cell=ne,G.disabled=!!T.fixed,j(G,"click",()=>e.send({type:"label_cell",label:d,cell:ne}),o.signal),pe.append(G),z.append(pe)}}),x.replaceChildren(s("div","cmw-label-focus-title",y[d]??""),R);let F=T.focus;if(F&&F.label===d){let P=Zn.find(([z])=>z===F.cell)?.[1]??F.cell,V=F.indices.length<F.total?`first ${F.indices.length} of ${F.total}`:`${F.total}`;$.replaceChildren(s("div","cmw-label-listing-title",`${P} of ${y[d]}: ${V} samples`),s("div","cmw-indices",F.indices.join(", ")))}else $.replaceChildren()}function p(T,y,O,I){let R=s("tr"),W=(V,z)=>{let J=_===V,ne=t.button(`cmw-sort${J?" cmw-sorted":""}`,J?`${z} ${f?"▼":"▲"}`:z);ne.dataset.sort=V,j(ne,"click",()=>{f=J?!f:V!=="label",_=V,h(),v.querySelector(`[data-sort="${V}"]`).focus()},o.signal);let se=s("th");return se.setAttribute("aria-sort",J?f?"descending":"ascending":"none"),se.append(ne),se};R.append(W("label","label"),...Zn.map(([,V])=>s("th",null,V)),W("f1","F1"),W("support","support"));let B=s("thead");B.append(R);let F=s("tbody"),P=O.length===y.length?O:y.map(()=>({f1:NaN,support:NaN}));for(let V of Ji(P,_,f)){let z=s("tr",V===d?"cmw-focused":null);z.dataset.label=String(V);let J=t.button("cmw-label-name",y[V]);j(J,"click",()=>{d=V,h()},o.signal);let ne=s("th");ne.append(J),z.append(ne,...(T.tables[V]||[]).map(se=>s("td",null,de(se,I))),s("td",null,oe(P[V].f1)),s("td",null,de(P[V].support,I))),F.append(z)}v.replaceChildren(B,F)}return j(c,"change",()=>{d=Number(c.value)||0,h()},o.signal),K(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function U1(e){let t=[D1(e),j1(e),z1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var V1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Qi=e=>`${(Number(e)*100).toFixed(0)}%`;function W1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${V1(n.mean)} · median ${V1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Qi(r[2])}`).join(" · ")}function G1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let c of n){let l=r("tr");l.append(r("th",null,String(c.column)),r("td",null,W1(c,"cell")),r("td",null,W1(c,"rest"))),o.append(l)}return o}function K1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let m=s("cmw-clear","Clear selection");return m.title="Clear the selection (w.selected = None)",m};function l(){let m=e.get("selection");if(i.replaceChildren(),!m){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let b=o("p","cmw-sentence");for(let v of m.sentence){let _=String(v&&v.text!=null?v.text:"");b.append(v&&v.em?o("em",null,_):t.doc.createTextNode(_))}let w=o("div","cmw-selection-head");if(w.append(b,c()),i.append(w),!m.available){let v=e.get("table"),_=typeof m.unavailable=="string"&&m.unavailable?m.unavailable:v?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${v.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",_));return}let g=ko(m);if(g.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(m.indices||[]).join(", ")),a(g));let x=Array.isArray(m.previews)?m.previews:[];x.length&&i.append(u(x));let $=G1(t,m);$&&i.append($)}function a(m){let b=o("div","cmw-pager");if(m.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(m.prevOffset),b.append(w)}if(b.append(o("span","cmw-range",`showing ${m.first}-${m.last} of ${m.total}`)),m.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(m.nextOffset),b.append(w)}return b}function u(m){let b=o("div","cmw-previews");for(let w of m)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=o("figure","cmw-preview-img"),x=o("img");x.src=w.src,x.alt=`sample ${w.index}`,g.append(x,o("figcaption",null,`#${w.index}`)),b.append(g)}else if(w.kind==="text"){let g=o("div","cmw-preview-text");g.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),b.append(g)}}return b}let d=null;return j(i,"click",m=>{if(m.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=m.target.closest("button[data-offset]");if(!b)return;let w=e.get("selection");d=w&&{cls:b.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),K(e,["selection","table","hasSelection"],()=>{let m=d;d=null;let b=t.doc.activeElement,w=b&&(i.contains(b)||b===t.doc.body);l();let g=e.get("selection");if(!m||!g||g.i!==m.i||g.j!==m.j||!w)return;let x=i.querySelector(`button.${m.cls}`)||i.querySelector("button[data-offset]");x&&x.focus({preventScroll:!0})},r.signal),l(),{el:i,update:l,destroy:()=>{r.abort(),i.remove()}}}function H1({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let l=i("cmw-all-errors","All errors");l.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let a=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(l,a,...r);function u(){let d=e.get("selectionSpec"),m=!!(d&&d.kind==="errors");l.classList.toggle("cmw-active",m),l.setAttribute("aria-pressed",String(m)),c.hidden=!(e.get("k")>0)}return j(l,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),K(e,["selectionSpec","k"],u,o.signal),u(),{el:c,update:u,destroy:()=>{o.abort(),c.remove()}}}function X1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function Y1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("details","cmw-download"),c=o("summary","cmw-download-summary","Download"),l=o("div","cmw-download-menu");l.setAttribute("role","group"),l.setAttribute("aria-label","Download");let a=s("cmw-download-cells","Matrix (CSV)");a.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",l.append(a,u,d),i.append(c,l);function m(){u.disabled=!e.get("hasSelection")}let b=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";X1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return r.signal.addEventListener("abort",b,{once:!0}),j(l,"click",w=>{let g=w.target.closest("button");if(g){if(g===a)e.send({type:"download",what:"cells"});else if(g===u)e.send({type:"download",what:"selection"});else if(g===d){let x=i.closest(".cmw"),$=x&&x.querySelector("canvas.cmw-canvas");$&&$.toBlob(v=>{v&&X1(t.doc,v,"confusion_matrix.png")},"image/png")}}},r.signal),K(e,["hasSelection"],m,r.signal),m(),{el:i,update:m,destroy:()=>{r.abort(),i.remove()}}}var Li=96,el=3;function q1(e,t){return Math.max(el,Math.floor(Li/Math.max(e,t,1)))}function tl(e,t,n,r){let o=q1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function nl(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(r,o)=>n?n[o]:o)}function ol(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${oe(t.value)}, ${oe(t.rest)} in the other slices)`}function Z1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let c=o("select","cmw-slice-pick");c.setAttribute("aria-label","Slice shown");let l=o("label","cmw-field");l.append(o("span",null,"Slice"),c);let a=o("div","cmw-slice-odd-note"),u=o("div","cmw-slice-fixed-note"),d=o("div","cmw-slice-grid"),m=o("div","cmw-slices-top");m.append(l,a),i.append(m,u,d),j(c,"change",()=>{let g=e.get("slices"),x=c.selectedIndex-1,$=g&&x>=0&&x<g.names.length?g.names[x]:null;$!==e.get("slice")&&e.set("slice",$)},r.signal);function b(){let g=e.get("slices");if(i.hidden=!g,!g){d.replaceChildren();return}let x=e.get("slice");c.replaceChildren(s("","all samples"),...g.names.map($=>s($))),c.selectedIndex=x!=null?g.names.indexOf(x)+1:0,c.disabled=g.fixed,c.title=g.fixed?"Showing another slice needs a live kernel":"",a.textContent=ol(g),u.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!g.fixed,w(g,x)}function w(g,x){let{colors:$}=e.get("sliceColors"),v=e.get("sliceLut"),{k:_,cols:f}=g,h=q1(_,f),k=nl(e.get("order"),_),p=y=>y<_?k[y]:y,T=g.names.map((y,O)=>{let I=o("figure","cmw-slice");y===x&&I.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===O&&I.classList.add("cmw-slice-odd"),I.dataset.slice=y;let R=o("canvas","cmw-slice-canvas"),W=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;R.width=Math.round(f*h*W),R.height=Math.round(_*h*W),R.style.width=`${f*h}px`,R.style.height=`${_*h}px`,R.setAttribute("role","img"),R.setAttribute("aria-label",`Matrix of slice ${y}`),R.tabIndex=-1;let B=R.getContext&&R.getContext("2d");if(B){B.scale(W,W);for(let z=0;z<_;z++)for(let J=0;J<f;J++)B.fillStyle=Ft(v,$[O][k[z]*f+p(J)]),B.fillRect(J*h,z*h,h,h)}if(_*f<=1024){let z=[];for(let J=0;J<_;J++)for(let ne=0;ne<f;ne++)z.push($[O][k[J]*f+p(ne)]);I.dataset.colors=z.join(",")}j(R,"click",z=>{let J=tl(z.offsetX,z.offsetY,_,f);!J||g.fixed||(e.get("slice")!==y&&e.set("slice",y),e.set("selected",[k[J[0]],p(J[1])]))},r.signal);let F=o("figcaption","cmw-slice-caption"),P=g.accuracy[O],V=g.samples[O];return F.append(o("span","cmw-slice-name",y),o("span","cmw-slice-stats",`n=${V==null?"–":+V.toFixed(2)} · acc ${oe(P)}`)),I.append(R,F),I});d.replaceChildren(...T)}return K(e,["slices","slice","sliceColors","sliceLut","order"],b,r.signal),b(),{el:i,update:b,destroy:()=>r.abort()}}function J1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",j(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return K(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}function Q1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",o.append(s,t.h("span",null,"totals")),j(s,"change",()=>e.set("show_totals",s.checked),r.signal);let i=()=>{s.checked=e.get("showTotals")};return K(e,["showTotals"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var rl=[3,5,10,20,50,100],sl=5;function il(e,t){let n=rl.filter(r=>r<e);return Number.isInteger(t)&&t<e&&!n.includes(t)&&n.push(t),n.sort((r,o)=>r-o)}function L1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-top-classes-field"),s=t.h("select","cmw-top-classes");s.title="Show the first classes of the order, and the others gathered in (other)",o.append(t.h("span",null,"show "),s);let i="";j(s,"change",()=>{e.set("top_classes",s.value==="all"?null:Number(s.value))},r.signal);function c(){let l=e.get("k"),a=e.get("topClasses"),u=il(l,a),d=`${l}:${u.join(",")}`;d!==i&&(s.replaceChildren(t.option("all","all classes"),...u.map(m=>t.option(String(m),`top ${m}`))),i=d),s.value=a!==null&&a<l?String(a):"all",o.hidden=!(l>sl)||!!e.get("multilabel"),s.disabled=e.get("level")==="groups"||!!e.get("compareState")}return K(e,["k","topClasses","level","compareState","multilabel"],c,r.signal),c(),{el:o,update:c,destroy:()=>r.abort()}}var es=e=>Math.round(e).toLocaleString("en-US");function ll(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${es(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${es(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function cl(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function ts({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function l(){let a=e.get("table");s.hidden=!a,i.textContent=ll(a);let u=cl(e);c.hidden=!u,c.textContent=u||""}return K(e,["table","threshold","binary","selected","selection"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function al(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var ul=60;function ns({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),l=s("input","cmw-threshold");l.type="range";let a=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),l,a);let u=s("div","cmw-readout");i.append(c,u),i.hidden=!0;let d=!1,m=null,b=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,k)=>w()?String(Number(h.toPrecision(6))):h.toFixed(Ge(b(k)));function x(){let h=e.get("binary");if(i.hidden=!h,!h)return;let k=w();l.min=k?"0":String(h.lo),l.max=String(k?k.length-1:h.hi),l.step=k?"1":String(b(h));let p=e.get("threshold")??Number(h.threshold);!d&&Number.isFinite(p)&&(l.value=String(k?al(k,p):p),a.textContent=g(p,h)),$(h)}function $(h){let k=e.get("countDigits"),p=s("table","cmw-readout-table");p.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let y=p.createTBody(),O=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[B,...F]of O){let P=y.insertRow();P.append(s("th",null,B));for(let[V,z]of F){let J=s("td");J.append(s("span","cmw-tag",V),t.doc.createTextNode(` ${de(z,k)}`)),P.append(J)}}let I=s("div","cmw-readout-stats"),R=e.get("intervals"),W=R&&!R.stale&&R.binary?R.binary:null;for(let[B,F,P]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!W){I.append(s("span","cmw-stat",`${B} ${oe(P)}`));continue}let V=s("span","cmw-stat-value");Xt(t,V,P,W[F],R.level,F==="f1"?"bootstrap":"wilson");let z=s("span","cmw-stat",`${B} `);z.append(V),I.append(z)}u.replaceChildren(p,I)}let v=h=>{Number.isFinite(h)&&(m=h,e.set("threshold",h))},_=ct(v,ul,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(l.value))]:parseFloat(l.value)};return j(l,"input",()=>{d=!0;let h=f(),k=e.get("binary");Number.isFinite(h)&&(a.textContent=k?g(h,k):h.toFixed(2)),_(h)},o.signal),j(l,"change",()=>{d=!1,_.cancel();let h=f();(h!==m||e.get("threshold")!==h)&&v(h)},o.signal),o.signal.addEventListener("abort",()=>_.cancel(),{once:!0}),K(e,["binary","threshold","countDigits","table","intervals"],x,o.signal),x(),{el:i,update:x,destroy:()=>{o.abort(),i.remove()}}}var dl=300,ml=200,pl=16;function fl(e,t,n){let r=e-t-pl,o=Math.min(Pn,Math.max(n,1)*tn)+ml;return t>0&&r>=Math.max(dl,Math.min(o,.6*e))?r:e}function hl(e,t){let n=e.dom.h("div","cmw-main"),r=U1(e);r.el.classList.add("cmw-side"),r.el.append(Ar(e).el);let s=$1({...t,room:()=>fl(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function wl(e){let t=Rr(e),n=Qr(e);return[yr({...e,extra:[t.button]}),t,ns(e),ts(e),N1(e),n.panel,hl(e,n.matrixCtx),n.table,R1(e),xr(e),K1(e),F1(e),br(e),H1({...e,extra:[Y1(e).el,J1(e).el,Q1(e).el,L1(e).el]}),Z1(e),E1(e),kr(e),gr(e)]}function os(e,t,n=performance.now()){let r=Wo(t.ownerDocument||document),o=new AbortController,s=hr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",j(i,"keydown",a=>{if(a.stopPropagation(),a.key==="Escape"&&!a.defaultPrevented){a.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:a,draws:u,lastMs:d,firstMs:m})=>{i.dataset.k=String(a),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),m!==null&&(i.dataset.firstDrawMs=m.toFixed(1))},l=wl({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...l.map(a=>a.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var cn="cm-widget",gl="application/vnd.cm-widget.view+json",Jn="application/vnd.jupyter.widget-view+json",rs=1e4,bl="Saved view, no kernel behind it: run the cell to make it live.",Qn=null;async function xl(e){let t=Qn&&Qn[e];if(!t)throw new Error(`${cn}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function yl(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=oo,e.head.appendChild(t)}async function vl(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-view-data, script.cmw-data");return n?await Vo(n):null}function ss(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function kl(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=vl(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),rs))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=ss(this,"rendermime"),o=r&&r.rendermime,s=ss(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Jn in n.data&&o&&o.mimeTypes.includes(Jn))){this._showSaved();return}clearTimeout(this._timer);let l=o.createRenderer(Jn);if(this._live=l,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:rs),l.addClass("cmw-lab-pending"),l.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(l);let a=()=>{l.node.firstElementChild?this._goLive():/Error displaying widget/.test(l.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,l.dispose(),this._showSaved())};this._observer=new MutationObserver(a),this._observer.observe(l.node,{childList:!0,characterData:!0,subtree:!0}),l.renderModel(n).then(a,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){yl(r),s.textContent=bl;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:os(zo(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Al(){let{Panel:e}=await xl("@lumino/widgets"),t=kl(e);return{id:`${cn}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[gl],defaultRank:-20,createRenderer:n=>new t(n)}}}function Sl(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[cn]={init:e=>{Qn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${cn} has no module ${e}`);let t=Sl()?[await Al()]:[];return()=>({__esModule:!0,default:t})}});})();
