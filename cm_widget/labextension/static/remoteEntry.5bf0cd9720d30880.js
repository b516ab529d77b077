(()=>{var Yn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Mt(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function _t(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function nn(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function qn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":nn(t[r],t[r+1],t[r+2])}function Zn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return r}function z1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function U1([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function Jn(e,t){let n=z1(t);if(!n||U1(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var V1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function be(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ce(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=be(e),n=Math.floor(t.byteLength/8);if(V1)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function et(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(c,u)=>setTimeout(c,u),clearTimeout:c=>clearTimeout(c)},o=-1/0,s=null,i=null,l=()=>{s=null,o=r.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),l()):s===null&&(s=r.setTimeout(l,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),l())},a}var W1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},G1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Fe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=W1[e&&e.dtype]||Float64Array,o=Qn(r,be(e&&e.counts)),s=K1(e&&e.totals,t,n);if(e&&e.at!=null){let i=Qn(Uint32Array,be(e.at)),l=new r(t*n),a=Math.min(i.length,o.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=o[c]);return{k:t,cols:n,counts:l,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function Qn(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(G1&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let l=0;l<r;l++)i[l]=o[s](n*l,!0);return i}function K1(e,t,n){if(!e||typeof e!="object")return null;let r=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function ut(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ye(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*r];return l}let o=Math.floor(n/2);return o-=o%8,ye(e,t,o,r)+ye(e,t+o*r,n-o,r)}function je(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return X1(e,t,r,n,o,i);if(n==="true")for(let l=0;l<t;l++){let a=ye(e,l*r,r);for(let c=0;c<r;c++)i[l*r+c]=a===0?0:e[l*r+c]/a}else if(n==="pred"){let l=new Float64Array(r);for(let a=0;a<t;a++)for(let c=0;c<r;c++)l[c]+=e[a*r+c];for(let a=0;a<t;a++)for(let c=0;c<r;c++)i[a*r+c]=l[c]===0?0:e[a*r+c]/l[c]}else if(n==="all"){let l=ye(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function X1(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[l]:r==="all"?o.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return r==="true"||r==="pred"||r==="all"?s:e}function tt(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function H1(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function $e(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>r-1?r-1:a,o[l]=H1(a)}return o}function rn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var Y1=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Ln(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?Y1.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function nt(e){let t=be(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function Ct(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=nn(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Tt=e=>Number(e.toPrecision(12));function $t(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>Tt(c*i)).find(c=>c>=s&&(!o||c<1||Number.isInteger(c)));l===void 0&&(l=Tt(10*i)),o&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=r*(1+1e-12);c++){let u=Tt(c*l);a.push([u/r,o?String(u):`${Tt(u*100)}%`])}return a}function er(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=be(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,c)=>{let u=d=>i.getFloat64(8*(4*c+d),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var on=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Nt=e=>Array.isArray(e)?e:[],dt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Et=e=>Nt(e).map(Number).filter(Number.isInteger);function q1(e){let t=on(e),n=Nt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Nt(o)[i])?Number(Nt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function Z1(e,t){let n=on(e);if(typeof n.name!="string")return null;let r=Fe(n.matrix),o=nt(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:dt(n.fixed),broken:dt(n.broken),changed:dt(n.changed)}}function tr(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function nr(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function J1(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var rr=(e,t)=>{let n=nr(e);return $e(J1(e,t),-n,n)};function or(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function sr(e,t=0){let n=Math.abs(nr(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function Q1(e){let t=on(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Et(t.entered),cameFrom:Et(t.came_from),left:Et(t.left),wentTo:Et(t.went_to),nEntered:dt(t.n_entered),nLeft:dt(t.n_left)}}var ir={runs:{raw:["_runs"],make:(e,t)=>q1(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>Z1(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>Q1(t("_moves"))}},lr=["run","compare"];var ar=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],cr=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Xe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?or(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function sn(e,t,n,r=0){let o=Xe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ce(t,r)})`}:{main:o,sub:""}}function te(e){return Number.isFinite(e)?e.toFixed(3):"–"}function De(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function ur(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function dr(e,t){return t?`${e}_r`:e}function ln(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(r,t)&&s(o,n)?[r,o]:null}function mr(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var pr=[[`
`,"⏎"],["\r","␍"]];function mt(e){let t=String(e);for(let[n,r]of pr)t=t.split(n).join(r);return t}function an(e,t){if(t!=null&&e===mt(t))return String(t);let n=String(e);for(let[r,o]of pr)n=n.split(o).join(r);return n}function Ft(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var L1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Oe(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function rt(e,t){let n=Oe(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(L1)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),l=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[l](r*a,!0);return i}var es={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ts(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=es[e.dtype];return t?rt(t,e.data):null}function ns(e){let t=Oe(e.data),n=e.bytes,r=Math.floor(t.length/n),o=new Uint32Array(r);for(let s=0,i=0;s<r;s++,i+=n){let l=0;for(let a=n-1;a>=0;a--)l=l*256+t[i+a];o[s]=l}return o}function hr(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?rt(Float64Array,t.weights):null,sampleIndex:t.sample_index?rt(Uint32Array,t.sample_index):null,ids:ts(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:rt(Float32Array,t.outside.scores),weights:t.outside.weights?rt(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=Oe(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=rt(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=ns(t.cells);return n}var He=new Float32Array(1),fr=new Int32Array(He.buffer);function rs(e,t){return He[0]=e,He[0]===0?(fr[0]=1,t?He[0]:-He[0]):(fr[0]+=He[0]>0===t?1:-1,He[0])}function cn(e){let t=Math.fround(e);return t>e?rs(t,!1):t}function Be(e,t=-1/0,n=1/0){let r=cn(Number(e));return Math.min(Math.max(r,cn(t)),cn(n))}function Ot(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Be(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,u=e.scores[a]>=l?s:i;r[c*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function wr(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=Be(r);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&o.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function un(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Be(n);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:1-s,c=e.scores[l]>=i?s:1-s;t[a*o+c]&&r.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function It(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Rt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>It(e,r))}function os(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Be(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?ye(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:l}}var Ee=(e,t)=>t!==0?e/t:0;function ss(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let b=0;b<t;b++){let $=e[w*t+b];o[w]+=$,s[b]+=$,l+=$}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=o[w];let c=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},p=0,v=0;for(let w=0;w<t;w++){let b={precision:Ee(r[w],s[w]),recall:Ee(r[w],o[w]),f1:Ee(2*r[w],o[w]+s[w]),support:o[w]};c.push(b);let $=Ee(o[w],a);for(let x of["precision","recall","f1"])u[x]+=b[x]/t,d[x]+=b[x]*$;o[w]>0&&(p+=1,v+=b.recall)}return{rows:c,accuracy:Ee(i,l),balancedAccuracy:p?v/p:0,macro:u,weighted:d}}function dn(e,t,n=null,r=null){let o=ss(e,t,os(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=o.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function is(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:Ee(e,e+n),fpr:Ee(t,t+r),precision:Ee(e,e+t),f1:Ee(2*e,2*e+t+n),mcc:Ee(e*r-t*n,o)}}function mn(e,t,n){let r=e.pos_index,o=1-r,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...is(s(r,r),s(o,r),s(r,o),s(o,o))}}function gr(e){return e??"true"}function br(e,t,n,r,o,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?pn(e):String(Math.trunc(e)),u=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=l?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${Ft(r*100,1)}% of `,v;return i==="all"?v=[{text:`${p}all samples).`}]:i==="pred"&&l?v=[{text:`${p}the abstained samples).`}]:i==="pred"?v=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:v=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...v]}function pn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var fn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Pt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,xr=(e,t,n)=>Array.isArray(e)&&e.length===2&&Pt(e[0],t)&&Pt(e[1],n);function ot(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Pt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Pt(e.col,n)?{kind:"col",j:e.col}:null}return xr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>xr(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function hn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function yr(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function vr(e,t,n=t){if(e===null)return null;let r=ot(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":yr(r.cells)}function kr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),yr(n)}function Ar(e,t,n,r,o,s,{fixed:i,formatG:l,pairs:a=!1}){let c=s?l(t):String(Math.trunc(t)),[u,d]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${c} is `:`${c} ${t===1?u:d} ${t===1?"is":"are"} `,v={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},v]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},v]:e==="errors"?[{text:`${p}misclassified`},v]:[{text:`${p}in ${r} selected cells`},v]}var as=/[",\r\n]/;function cs(e){let t=String(e);return as.test(t)?`"${t.replace(/"/g,'""')}"`:t}function jt(e,t){return[e,...t].map(n=>n.map(cs).join(",")).join(`
`)+`
`}var Sr=40,wn="abstained";function us(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function ds(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Mr(e){let t=Object.prototype.hasOwnProperty.call(fn,e)?fn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var _r=e=>e.every(t=>Number.isInteger(t));function Tr(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let M of e.state.buffers)us(t,M.path,Oe(M.data));let n=e.k,r=hr(e),o=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let u=M=>{for(let k of o.get(M)||[])k()},d=(M,k)=>{t[M]=k,u(M)},p=Fe(t._matrix),v=r?Ot(r,t.threshold):Float64Array.from(ut(p.counts,n,p.cols).square),w=p.cols===n+1?Array.from({length:n},(M,k)=>p.counts[k*p.cols+n]):null;function b(){return{k:n,dtype:"float64",counts:new Uint8Array(v.buffer.slice(0))}}function $(M,k){let F=`${M},${k},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=wr(r,M,k,t.threshold)),s.members}function x(M,k,F,j){let K=0;if(j==="true")for(let D of k){for(let Z=0;Z<n;Z++)K+=v[D*n+Z];w&&(K+=w[D])}else for(let D=0;D<n;D++)if(j==="all"){for(let Z=0;Z<n;Z++)K+=v[D*n+Z];w&&(K+=w[D])}else for(let Z of F)K+=Z===n?w?w[D]:0:v[D*n+Z];return K?M/K:0}function y(M,k,F,j,K,D,Z,fe={},me={}){let ue=0;for(let ne of F)for(let re of j)ue+=re===n?w?w[ne]:0:v[ne*n+re];let de=!!(r&&r.weights||!_r(v)),ae=gr(t.normalize),_e;if(me.multilabel){let ne=p.totals,re=ne?ae==="true"?ne.rows[M]:ae==="pred"?ne.cols[k]:ne.all:0;_e=re?ue/re:0}else _e=x(ue,F,j,ae);let Je=r?D():[],Ue=Je.length,xe=Math.max(0,Math.min(Math.trunc(Z)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=Je.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,Sr)){let re=e.previews&&e.previews[String(It(r,ne))];re&&We.push(re)}return{i:M,j:k,...fe,sentence:br(ue,K[0],K[1],_e,M===k,de,{basis:ae,...me}),count:ue,total:Ue,offset:xe,indices:r?Rt(r,Ve):[],page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function A(M,k,F){let j=t.display_labels||[];return w&&k===n?y(M,k,[M],[k],[String(j[M]??M),wn],()=>[],F,{},{abstained:!0}):y(M,k,[M],[k],[String(j[M]??M),String(j[k]??k)],()=>$(M,k),F,{},{multilabel:l})}let f=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(f.length?n:0).fill(0);if(f.length){let M=t._groups.codes,k=new DataView(M.buffer,M.byteOffset,M.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?k.getUint16(2*F,!0):k.getUint32(4*F,!0)}let T=M=>h.flatMap((k,F)=>k===M?[F]:[]);function m(M,k){if(r.kind==="binary"){let j=[];for(let K of T(M))for(let D of T(k))j.push(...$(K,D));return j.sort((K,D)=>K-D)}let F=[];for(let j=0;j<r.n;j++){let K=r.cells[j],D=Math.floor(K/n);h[D]===M&&h[K-D*n]===k&&F.push(j)}return F}function E(M,k,F){return y(M,k,T(M),T(k),[f[M],f[k]],()=>m(M,k),F,{group:!0})}function _(M,k){let F=w?n+1:n,j=ot(M,n,F),K=hn(j,n,F),D=0;for(let[ne,re]of K)D+=re===n?w?w[ne]:0:v[ne*n+re];let Z=new Uint8Array(n*n);for(let[ne,re]of K)re<n&&(Z[ne*n+re]=1);let fe=r?un(r,Z,t.threshold):[],me=Rt(r||{},fe),ue=fe.map((ne,re)=>re);r&&r.ids&&ue.sort((ne,re)=>me[ne]<me[re]?-1:me[ne]>me[re]?1:ne-re);let de=0;for(let ne=0;ne<n;ne++){for(let re=0;re<n;re++)de+=v[ne*n+re];w&&(de+=w[ne])}let ae=(t.display_labels||[]).map(String);w&&ae.push(wn);let _e=j.kind==="row"?ae[j.i]:j.kind==="col"?ae[j.j]:null,Je=!!(r&&r.weights||!_r(v)),Ue=fe.length,xe=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=ue.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,Sr)){let re=e.previews&&e.previews[String(It(r,fe[ne]))];re&&We.push(re)}return{i:j.kind==="row"?j.i:-1,j:j.kind==="col"?j.j:-1,kind:j.kind,sentence:Ar(j.kind,D,_e,K.length,de?D/de:0,Je,{fixed:Ft,formatG:pn,pairs:l}),count:D,total:Ue,offset:xe,indices:Ve.map(ne=>me[ne]),page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function I(M=0){let k=t.selected,F=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?d("_selection",_(k,M)):Array.isArray(k)&&k.length===2?d("_selection",A(k[0],k[1],M)):Array.isArray(F)&&F.length===2?d("_selection",E(F[0],F[1],M)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function B(M){let k=e.orders&&e.orders[M];k&&(d("_order",{dtype:k.dtype,classes:Oe(k.classes),groups:k.groups?Oe(k.groups):null}),d("order",M))}function W(M,k,F,j=F){if(M==="selected"&&(k=vr(k,F,j),k===void 0)||!(k===null||M==="selected"||Array.isArray(k)&&k.length===2&&k.every((Z,fe)=>Number.isInteger(Z)&&Z>=0&&Z<(fe===0?F:j))))return;let D=M==="selected"?"selected_group":"selected";k!==null&&t[D]!=null&&(t[D]=null,u(D)),t[M]=k,u(M),I(0)}function G(M){if(!r||r.kind!=="binary"||!a)return;let k=Number(M);if(!Number.isFinite(k))return;let F=Be(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=F,v=Ot(r,F),d("_matrix",b()),d("_binary",mn(a,v,F)),d("_metrics",dn(v,n,r,F)),d("_intervals",ee(v)),u("threshold"),t.selected!=null&&I(0)}function U(M){let k=String(M),F=k.endsWith("_r")?k.slice(0,-2):k,K=(e.luts&&e.luts[k]?Oe(e.luts[k]):null)||Mr(k),D=K||(e.luts&&e.luts[F]?Oe(e.luts[F]):Mr(F));D&&(d("_lut",K||ds(D)),d("cmap",k))}r&&r.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),v=Ot(r,t.threshold),t._matrix=b(),t._binary=mn(a,v,t.threshold),t._metrics=dn(v,n,r,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&I(0);let O=new Set;function P(){let M=Fe(t._matrix),k=je(M.counts,M.k,"true",M.cols,M.totals),F=(t.display_labels||[]).map(String),j=F.slice();M.cols===n+1&&j.push(wn);let K=[];for(let D=0;D<M.k;D++)for(let Z=0;Z<M.cols;Z++)K.push([F[D],j[Z],M.counts[D*M.cols+Z],k[D*M.cols+Z]]);return jt(["true","predicted","count","share"],K)}function z(){let M=["index","true","predicted"],k=!!(r&&r.kind==="binary");if(k&&M.push("score"),!r||t.selected==null)return jt(M,[]);let F=ot(t.selected,n,w?n+1:n),j=new Uint8Array(n*n);for(let[ue,de]of hn(F,n,w?n+1:n))de<n&&(j[ue*n+de]=1);let K=un(r,j,t.threshold),D=Rt(r,K),Z=(t.display_labels||[]).map(String),fe=k?Be(t.threshold):0,me=K.map((ue,de)=>{if(!k)return[D[de],Z[Math.floor(r.cells[ue]/n)],Z[r.cells[ue]%n]];let ae=r.posIndex;return[D[de],Z[r.positive[ue]?ae:1-ae],Z[r.scores[ue]>=fe?ae:1-ae],r.scores[ue]]});return jt(M,me)}let H={cells:["confusion_matrix.csv",P],selection:["selection.csv",z]},Q=t._intervals&&t._intervals.level?t._intervals:null,L=Float64Array.from(v);function ee(M){return Q?M.length===L.length&&M.every((F,j)=>F===L[j])?Q:{stale:!0,level:Q.level,z:Q.z}:t._intervals}return{receive(M){return O.add(M),()=>O.delete(M)},get:M=>t[M],on(M,k){return o.has(M)||o.set(M,new Set),o.get(M).add(k),()=>o.get(M).delete(k)},set(M,k){if(M==="threshold")return G(k);if(M==="cmap")return U(k);if(M==="normalize"){d(M,k??null),(t.selected!=null||t.selected_group!=null)&&I(t._selection?.offset||0);return}if(M==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;d(M,k.map(String)),t.selected!=null&&I(t._selection?.offset||0);return}if(M==="selected")return W(M,k,n,w?n+1:n);if(M==="selected_group")return W(M,k,f.length);if(M==="order")return B(k);if(M==="errors_only")return d(M,k===!0);if(M==="cmap_scale")return k==="log"||k==="linear"?d(M,k):void 0;if(M==="show_totals")return typeof k=="boolean"?d(M,k):void 0;if(M==="level"){(k==="classes"||k==="groups"&&f.length)&&d(M,k);return}},send(M){if(M&&M.type==="download"&&H[M.what]){let[k,F]=H[M.what],j={type:"download",what:M.what,name:k,text:F()};queueMicrotask(()=>{for(let K of[...O])K(j)});return}M&&M.type==="page"&&(t.selected!=null||t.selected_group!=null)&&I(Number(M.offset)||0)}}}var ms="CMW1";async function Cr(e){let t=Uint8Array.from(atob(e.trim()),r=>r.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function ps(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function fs(e){return new TextDecoder().decode(await Cr(e))}async function hs(e){let t=await Cr(e);if(new TextDecoder().decode(t.subarray(0,4))!==ms)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),r=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(o,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[l,a]=s.__cmw_bytes__;return ps(r.subarray(l,l+a))}}return s})}async function $r(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await hs(t):JSON.parse(n==="gzip"?await fs(t):t)}var ws=new Set(["button","input","select","textarea","summary","canvas"]);function Er(e){let t=(o,s,i)=>{let l=e.createElement(o);return s&&(l.className=s),i!=null&&(l.textContent=i),ws.has(o)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function V(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var gs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function bs(e){let t=be(e),n=Math.floor(t.byteLength/4);if(gs)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Nr(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ce(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ce(e.curve.t),i=bs(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function Fr(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),l=(d,p)=>p<n?e[d*n+p]:t[d],a=[],c=0,u=0;for(let d=0;d<n;d++){let p=0;for(let w=0;w<i;w++)p+=l(d,w)*r[d*o+w];let v=0;for(let w=0;w<s;w++)v+=l(d,w);a.push({total:p,mean:v!==0?p/v:0}),c+=p,u+=v}return{total:c,mean:u?c/u:0,perClass:a}}var xs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function gn(e,t){let n=be(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(xs)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?l=>o.getFloat32(4*l,!0):l=>o.getFloat64(8*l,!0);for(let l=0;l<r;l++)s[l]=i(l);return s}function Or(e){if(!e||typeof e!="object")return null;let t=gn(e.x,Float32Array),n=gn(e.y,Float32Array),r=gn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var bn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Ir(e){if(!e||typeof e!="object")return null;let t=Or(e.roc),n=Or(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&bn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:bn(e.auc),ap:bn(e.ap),targets:r,undefinedBecause:s}}function Rr(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<o&&(o=a,r=s)}return r}function Pr(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var ys={uint16:2,uint32:4};function xn(e,t){let n=ys[t];if(!n)return null;let r=be(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function jr(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Dr=e=>Array.from({length:e},(t,n)=>n);function Br(e,t,n){let r=e&&e.dtype,o=e?xn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?xn(e.groups,r):null;return{classes:jr(o,t)?o:Dr(t),groups:n?jr(i,s)?i:Dr(s):null}}function zr(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=xn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var yn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,pt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Ur(e,t){let n=pt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=be(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),c=(u,d)=>{let p=a.getFloat64(8*(6*u+d),!0);return Number.isFinite(p)?p:null};for(let u=0;u<o;u++)s.push({precision:[c(u,0),c(u,1)],recall:[c(u,2),c(u,3)],f1:[c(u,4),c(u,5)]})}let i={};for(let[a,c]of Object.entries(pt(n.summary)))i[a]=Array.isArray(c)?yn(c):Object.fromEntries(Object.entries(pt(c)).map(([u,d])=>[u,yn(d)]));let l=n.binary?Object.fromEntries(Object.entries(pt(n.binary)).map(([a,c])=>[a,yn(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:pt(n.methods)}}function vs(e,t){let n=te(e);return!t||t[0]===null||t[1]===null?n:`${n} (${te(t[0])}-${te(t[1])})`}var st=e=>`${Number((100*e).toFixed(2))}%`;function Dt(e,t,n,r,o,s){if(t.textContent=vs(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${st(o)} interval ${te(r[0])} to ${te(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=d=>Math.min(Math.max(d,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(r[0])}%`,c.style.width=`${Math.max(l(r[1])-l(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,a.append(c,u),t.append(a)}function Vr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${st(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Wr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,l=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Gr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||o.length===n&&l<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<l;)a--;o.splice(a,0,[l,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let l=Math.floor(i/t),a=r?r[l]:ye(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var vn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Kr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(vn),r=null,o=0;if(t.counts!=null){let s=be(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let l=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=l.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Xr(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Hr(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var kn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Yr=e=>Array.isArray(e)?e:[],Bt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ks(e,t){let n=kn(e),r=Yr(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=kn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let l=Fe({...s,k:1,cols:o*t*i}),a=r.map((p,v)=>l.counts.subarray(v*t*i,(v+1)*t*i)),c=p=>r.map((v,w)=>Bt(Yr(n[p])[w])),u=kn(n.most_different),d=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<o?{slice:u.slice,value:Bt(u.value),rest:Bt(u.rest),difference:Bt(u.difference)}:null;return{names:r,k:t,cols:i,counts:a,samples:c("samples"),accuracy:c("accuracy"),balancedAccuracy:c("balanced_accuracy"),macroF1:c("macro_f1"),mostDifferent:d,fixed:n.fixed===!0}}function As(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>je(i,n,t,r)),s=o.reduce((i,l)=>Math.max(i,tt(l)),0);return{values:o,vmax:s,colors:o.map(i=>$e(i,0,s))}}function Ss(e){return typeof e=="string"?e:null}var qr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>ks(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Ss(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>As(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>nt(t("_lut"))||_t()}};var Zr=256;function ft(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function Jr(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(Zr-2)*(Math.log(i/t)/o))/(Zr-1):1)}return r}function ht(e,t,n,r){return n==="log"?$e(Jr(e,r,t),0,1):$e(e,0,t)}function zt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>Jr([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([o(l),r(l)])}return t>e&&s.push([1,r(t)]),s}function Ut(e,t,n=t,r=null){if(r)return{rows:Float64Array.from(r.rows),cols:Float64Array.from(r.cols),all:Number(r.all)};let o=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){o[i]=ye(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:o,cols:s,all:t*n?ye(e,0,t*n):0}}function Qr(e,t,n){let r=(l,a)=>{if(a.length===1)return l[a[0]];let c=0;for(let u of a)c+=l[u];return c},o=Float64Array.from(t,l=>r(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,a)=>{i[a]=r(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:o,cols:i,all:e.all}}var Ms=new Set(["normalize","cmap","threshold","display_labels","selected",...lr,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals"]),_s=10,Vt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Lr=e=>Array.isArray(e)?e:[],Wt={matrix:{raw:["_matrix"],make:(e,t)=>Fe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>ut(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>ln(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>je(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>ut(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?tr(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>tt(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:ht(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?rr(e("values"),e("k")):ht(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>ft(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||nt(t("_lut"))||_t()},lutText:{uses:["lut"],make:e=>Ct(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Ln(t("values_format"),e("normalize"),rn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>rn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?sr(e("values"),e("countDigits")):e("cmapScale")==="log"?zt(e("logLo"),e("vmax"),e("normalize")):$t(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>er(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Ur(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>no(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Vt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>ot(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Vt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Lr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Lr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Kr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Xr(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Ir(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Nr(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Fr(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Vt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Vt(t("_table"));if(!n.engine)return null;let r=Ce(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...ir,...qr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Br(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>zr(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?ln(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Gr(e("counts"),e("k"),_s,Ts(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")!==!1},totals:{uses:["matrix","k","cols"],make:e=>Ut(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},wt={},eo=e=>{if(!wt[e]){let t=Wt[e];wt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(eo)])]}return wt[e]};for(let e of Object.keys(Wt))eo(e);function Ts(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ye(r,i*n,n)+o[i])}function to(e){let t=new Map,n=a=>{if(!Wt[a])throw new Error(`unknown state key ${a}`);return Wt[a]},r=a=>{let c=n(a),u=wt[a].map(v=>e.get(v)),d=t.get(a);if(d&&d.raws.every((v,w)=>v===u[w]))return d.value;let p=c.make(r,v=>e.get(v));return t.set(a,{raws:u,value:p}),p};return{get:r,on:(a,c)=>{n(a);let u=wt[a].map(d=>e.on(d,c));return()=>u.forEach(d=>d())},set:(a,c)=>{if(!Ms.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,c)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function X(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(l=>e.on(l,s));return r&&r.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var Cs="http://www.w3.org/2000/svg",Ne=180,it=28,An=180,Gt=44,$s=12,ro=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function no(e,t){let n=ro(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=ro(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Ce(r.counts);return{kind:n.kind,x:Ce(n.x),y:Ce(n.y),n:Ce(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function oo(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${te(e.eceLow)}-${te(e.eceHigh)}), ${st(e.level)} interval`:"";return`ECE ${te(e.ece)}${t}`}function ke(e,t,n,r){let o=e.createElementNS(Cs,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function so({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),l=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(l,a);let c=[];function u(){let b=e.get("calibration");if(!b||!b.hist)return null;let $=b.kind==="binary"?e.get("threshold"):e.get("abstainAt");return $==null||!Number.isFinite($)?null:$}function d(){let b=e.get("calibration"),$=u();for(let x of c){if($===null||!b||!b.hist){x.setAttribute("visibility","hidden");continue}let{lo:y,hi:A}=b.hist,f=(Math.min(Math.max($,y),A)-y)/(A-y||1)*An;x.setAttribute("x1",String(f)),x.setAttribute("x2",String(f)),x.setAttribute("visibility","visible"),x.dataset.at=String($)}}function p(b){let $=ke(s,"svg",{width:Ne+it+8,height:Ne+it+8,role:"img"},"cmw-reliability");$.setAttribute("aria-label",`reliability diagram, ${oo(b)}`);let x=T=>it+T*Ne,y=T=>4+(1-T)*Ne;$.append(ke(s,"rect",{x:it,y:4,width:Ne,height:Ne},"cmw-plot-frame"),ke(s,"line",{x1:x(0),y1:y(0),x2:x(1),y2:y(1)},"cmw-diagonal"));let A=ke(s,"text",{x:it+Ne/2,y:Ne+it+2,"text-anchor":"middle"},"cmw-axis-label");A.textContent="mean predicted probability";let f=ke(s,"text",{x:10,y:4+Ne/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Ne/2})`},"cmw-axis-label");f.textContent="observed frequency",$.append(A,f);let h=Array.from(b.x,(T,m)=>`${x(T)},${y(b.y[m])}`).join(" ");return $.append(ke(s,"polyline",{points:h},"cmw-reliability-line")),b.x.forEach((T,m)=>{let E=ke(s,"circle",{cx:x(T),cy:y(b.y[m]),r:3},"cmw-reliability-point"),_=ke(s,"title",{});_.textContent=`predicted ${te(T)}, observed ${te(b.y[m])}, ${Math.round(b.n[m]*100)/100} samples`,E.append(_),$.append(E)}),$}function v(b,$){let x=o("div","cmw-histograms"),{bins:y,counts:A}=b.hist,f=$.length,h=Math.min(f,$s),T=0;for(let E=0;E<h*y;E++)T=Math.max(T,A[E]);let m=b.kind==="binary"?`score of ${$[1]??"positive"}`:"top score";x.append(o("div","cmw-histograms-title",`${m} by true class`)),c=[];for(let E=0;E<h;E++){let _=o("div","cmw-histogram-row"),I=o("span","cmw-histogram-name",$[E]);I.title=$[E];let B=ke(s,"svg",{width:An,height:Gt},"cmw-histogram"),W=An/y;for(let U=0;U<y;U++){let O=A[E*y+U];if(!(O>0))continue;let P=T>0?O/T*(Gt-2):0;B.append(ke(s,"rect",{x:U*W,y:Gt-P,width:Math.max(W-1,1),height:P},"cmw-histogram-bar"))}let G=ke(s,"line",{x1:0,x2:0,y1:0,y2:Gt},"cmw-threshold-line");c.push(G),B.append(G),_.append(I,B),x.append(_)}return f>h&&x.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),x}function w(){let b=e.get("calibration");if(i.hidden=!b,c=[],!b)return;if(b.note){l.textContent=b.note,a.replaceChildren();return}let $=b.kind==="binary"?"":" (top label)";l.textContent=`Calibration${$}: ${oo(b)}, ${b.nBins} ${b.strategy} bins`;let x=[p(b)];b.hist&&x.push(v(b,e.get("labels"))),a.replaceChildren(...x),d()}return X(e,["calibration","labels"],w,r.signal),X(e,["threshold","abstainAt"],d,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var Sn=e=>`${(100*e).toFixed(1)}%`;function Es(e,t,n,r,o,s){let i=(c,u)=>u===n?t?t[c]:0:e[c*n+u],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===o:c===r))&&(a+=i(c,u));return{count:i(r,o),den:a}}function io({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(o.hidden=!c,!c){o.textContent="";return}let u=e.get("countParts"),d=e.get("cols")===a+1?u.rest:null,p=e.get("normalize")==null?"true":e.get("normalize"),{count:v,den:w}=Es(u.square,d,a,l[0],l[1],p),b=Wr(v,w,i.z),$=p==="all"?"the whole":p==="pred"?"its predicted column":"its true row";o.textContent=b?`Share of ${$}: ${Sn(v/w)}, ${st(i.level)} interval ${Sn(b[0])}-${Sn(b[1])} (Wilson).`:`Share of ${$}: no samples, no interval.`,o.dataset.low=b?String(b[0]):"",o.dataset.high=b?String(b[1]):""}return X(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var Ns=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Fs(e,t){return`From ${e.name} to ${t}: ${Ns(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Os(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function lo({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,u,d,p,v,w){let b=o("div",a);if(b.append(o("div","cmw-moves-title",`${c} (${u})`)),!d.length)return b.append(o("span","cmw-hint","none")),b;let $=o("div","cmw-moves-list");return d.forEach((x,y)=>{let A=o("span","cmw-move"),f=p[y];A.append(o("span","cmw-idx",`sample ${x}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${v}`)),$.append(A)}),b.append($),u>d.length&&b.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),b}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),u=o("p","cmw-compare-summary",Fs(a,c));u.title=Os(a,c),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),v=o("p","cmw-moves-head");v.append(t.doc.createTextNode("Cell true "),o("em",null,p[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,p[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(v,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,p),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,c,p))}return X(e,["compareState","moves","run","labels"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function ao({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=cr.map(x=>{let y=i("cmw-seg-btn");return y.setAttribute("aria-label",x.label),y.append(s("span","cmw-long",x.label),s("span","cmw-short",x.short)),y.dataset.value=x.value===null?"":x.value,a.append(y),y}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let x of ar)d.append(t.option(x));u.append(s("span","cmw-field-name","Colormap"),d);let p=t.option("cmw:compare"),v=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",v.append(w,s("span",null,"reverse")),l.append(a,u,v,...r);function b(){let x=e.get("normalize");for(let h of c){let T=(h.dataset.value||null)===x;h.classList.toggle("cmw-active",T),h.setAttribute("aria-pressed",String(T))}let y=e.get("compareState");if(d.disabled=!!y,w.disabled=!!y,y){p.textContent=`${y.cmap} (better / worse)`,p.parentNode||d.append(p),d.value=p.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${y.name}; the colormap returns when compare mode ends.`;return}p.remove(),d.removeAttribute("title");let{base:A,reversed:f}=ur(e.get("cmap"));[...d.options].some(h=>h.value===A)||d.append(t.option(A)),d.value=A,w.checked=f}let $=()=>e.set("cmap",dr(d.value,w.checked));return V(a,"click",x=>{let y=x.target.closest(".cmw-seg-btn");y&&e.set("normalize",y.dataset.value||null)},o.signal),V(d,"change",$,o.signal),V(w,"change",$,o.signal),X(e,["normalize","cmap","compareState"],b,o.signal),b(),{el:l,update:b,destroy:()=>{o.abort(),l.remove()}}}var co={width:240,height:130,pad:34},Is="http://www.w3.org/2000/svg";function Ye(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):te(e):"–"}function Rs(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Ye(r.mean)}`).join(", ");return`Expected cost ${Ye(e.mean)} per sample (${Ye(e.total)} in total); per true class: ${n}.`}function Ps(e,t,n,r,o){let{width:s,height:i,pad:l}=o,a=d=>l+(d-t)/(n>t?n-t:1)*(s-2*l),c=d=>i-l+4-(r>0?d/r:0)*(i-l-12),u=new Array(e.n);for(let d=0;d<e.n;d++)u[d]=`${a(e.t[d]).toFixed(1)},${c(e.y[d]).toFixed(1)}`;return{points:u.join(" "),xs:a,ys:c}}function uo({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=Rs(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return X(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function mo({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=(I,B={})=>{let W=s.createElementNS(Is,I);for(let[G,U]of Object.entries(B))W.setAttribute(G,String(U));return W},l=o("figure","cmw-curve cmw-cost");l.hidden=!0;let a=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:c,height:u,pad:d}=co,p=i("svg",{width:c,height:u,viewBox:`0 0 ${c} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let v=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),b=i("circle",{r:5,class:"cmw-cost-least"}),$=i("title");b.append($);let x=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),y=i("text",{x:c/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});y.textContent="threshold";let A=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});A.textContent="cost";let f=i("text",{x:d-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:d,y:8,width:c-2*d,height:u-d-4,class:"cmw-curve-frame"}),v,w,b,x,y,A,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),T=o("p","cmw-cost-readout");l.append(a,p,h,T);let m=null,E=null;V(h,"click",()=>{let I=e.get("costs"),B=e.get("binary");I&&I.least&&B&&e.set("threshold",oe(I.least.threshold,B.lo,B.hi))},r.signal);function _(){let I=e.get("costs"),B=e.get("binary");if(l.hidden=!(I&&I.curve&&I.least&&B),l.hidden)return;if(E!==I||!m||m.lo!==B.lo||m.hi!==B.hi){let O=0;for(let H=0;H<I.curve.n;H++)O=Math.max(O,I.curve.y[H]);let P=Ps(I.curve,B.lo,B.hi,O,co);v.setAttribute("points",P.points),m={...P,lo:B.lo,hi:B.hi},f.textContent=Ye(O);let z=oe(I.least.threshold,B.lo,B.hi);b.setAttribute("cx",m.xs(z).toFixed(1)),b.setAttribute("cy",m.ys(I.least.mean).toFixed(1)),$.textContent=`least cost ${Ye(I.least.mean)} at threshold ${z}`,Object.assign(l.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),E=I}let W=m.xs(oe(B.threshold,B.lo,B.hi)).toFixed(1);for(let[O,P]of Object.entries({x1:W,x2:W,y1:8,y2:u-d+4}))w.setAttribute(O,String(P));let G=e.get("expectedCost"),U=G?G.mean:NaN;x.setAttribute("visibility",Number.isFinite(U)?"visible":"hidden"),Number.isFinite(U)&&(x.setAttribute("cx",W),x.setAttribute("cy",m.ys(U).toFixed(1))),h.disabled=Math.abs(U-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),T.textContent=`Now ${Ye(U)} per sample; least ${Ye(I.least.mean)} at threshold ${te(oe(I.least.threshold,B.lo,B.hi))}.`,l.dataset.mean=String(U)}return X(e,["costs","binary","expectedCost"],_,r.signal),_(),{el:l,update:_,destroy:()=>{r.abort(),l.remove()}}}var Kt=64,_n=800,po=120,Xt=6,js=6,xt=2,Ds=14,Tn=140,le=8,Ie=20,Cn=15,Ae=6,$n=16,qe=14,bt=6,Mn=8,gt=6,En=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Ze(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Kt,l=n.maxGrid||_n,a=le+Ie+r+Ae,c=le,u=e>0&&n.extra?1:0,d=e>0&&n.totals?n.totals:null,p=d?gt+d.w:0,v=Math.min(l,Math.max(po,t-a-s-le-u*bt-p)),w=n.view||ze(e),b=e>0?w.v:0,$=b>0?Math.min(i,v/(b+u)):0;u&&$<Mn&&($=Math.min(i,(v-Mn)/b)),$>=Xt&&($=Math.floor($));let x=$*b,y=a+x+bt,A=u?Math.max($,Mn):0,f=(u?y+A:a+x)+gt,h=d?f+d.w:u?y+A:a+x,T=d?gt+d.h:0;return{k:e,v:b,r0:w.r0,c0:w.c0,room:v,cell:$,x0:a,y0:c,grid:x,extra:u,xExtra:y,xw:A,right:h,tot:d,xTot:f,yTot:c+x+gt,below:T,width:Math.ceil(h+s+le),height:Math.ceil(c+x+T+Ae+o+Ie+le+(Math.max(1,n.xTitleLines||1)-1)*Cn)}}function fo(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Xt&&(r=Math.floor(r)),Math.max(po,r*(n+e.extra))}function Ht(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,l+Math.min(s,Math.floor(r/n.cell))]:null}function ze(e){return{r0:0,c0:0,v:Math.max(0,e)}}function ho(e,t){return e*js>t}function wo(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Kt)))}function Se(e,t,n=1){if(!(t>0))return ze(0);let r=e||ze(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function go(e,t,n,r,o=1){let s=Se(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(u,d)=>d-(d-u)*i/s.v;return Se({r0:c(s.r0,l),c0:c(s.c0,a),v:i},r,o)}function bo(e,t,n,r,o=1){let s=Se(e,r,o);return Se({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Yt(e,t,n,r=1){let o=Se(e,n,r);if(!t)return o;let s=(i,l)=>l<i?l:l>=i+o.v?l-o.v+1:i;return Se({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function xo(e,t,n,r,o=1){let s=Se(e,n,o),i=Math.min(s.v,Math.max(r,o));return Se({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function yo(e,t,n){let r=n.v??n.k,o=(s,i,l)=>l+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function vo(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function Nn(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function ko(e,t,n=Ds){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function yt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Fn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=oe(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,o)?c:-1}function vt(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Ao(e,t,n,r=1,o=n){if(n<=0||!En.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var we=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,pe=(e,t)=>e.y0+(t-e.r0)*e.cell,Me=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,lt=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function So({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=o("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function u(){let w=e.get("labels");c=w;let b=o("div","cmw-labels-list");a=w.map((x,y)=>{let A=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=mt(x),f.dataset.index=String(y),A.append(o("span","cmw-label-idx",String(y)),f),b.append(A),f});let $=o("div","cmw-labels-actions");$.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(b,$),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function p(){let w=c,b=e.get("labels"),$=a.map((x,y)=>x.value!==mt(w[y])?an(x.value,w[y]):b[y]);d(!0),$.length===b.length&&$.some((x,y)=>x!==b[y])&&e.set("display_labels",$)}function v(){a&&a.length!==e.get("k")&&d()}return V(i,"click",()=>a?d():u(),r.signal),V(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),p()):w.key==="Escape"&&(w.preventDefault(),d(!0))},r.signal),V(l,"click",w=>{w.target.closest(".cmw-save")?p():w.target.closest(".cmw-cancel")&&d(!0)},r.signal),X(e,["labels","k"],v,r.signal),{el:l,button:i,update:v,open:u,close:d,isOpen:()=>a!==null,destroy:()=>{r.abort(),l.remove(),i.remove()}}}function Mo({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=mt(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(u,d=!1)=>{if(a)return;a=!0,l.abort();let p=an(i.value,r);i.remove(),s(u&&p!==r?p:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),c(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var Bs=12;function zs(e,t,n,r=Bs){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(l,a)=>a==null||a<l||a>=l+o.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function _o({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=ce(c.counts[a],e.get("countDigits"));return u.kind==="percent"?`${d} (${Xe(c.values[a],u)})`:d}function l(){let a=e.get("k"),c=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),p=zs(s,a,u&&u[1]<a?u:u&&[u[0],null]),v=r("table"),w=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),b=r("tr");b.append(r("td"));for(let y=p.cols;y<p.cols+p.side;y++){let A=r("th",null,`Predicted ${c[y]}`);A.scope="col",b.append(A)}if(d){let y=r("th",null,"Abstained");y.scope="col",b.append(y)}let $=r("tbody");for(let y=p.rows;y<p.rows+p.side;y++){let A=r("tr"),f=r("th",null,`True ${c[y]}`);f.scope="row",A.append(f);let h=(T,m)=>{let E=r("td",null,m);u&&u[0]===y&&u[1]===T&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),A.append(E)};for(let T=p.cols;T<p.cols+p.side;T++)h(T,i(y*a+T));d&&h(a,i(y,d)),$.append(A)}let x=r("thead");x.append(b),v.append(w,x,$),o.replaceChildren(v)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:o,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>o.remove()}}function Us(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function To(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=Us(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[a,c]of e.cells){let u=o[a],d=s(c),p=`${u},${d}`;u<0||d<0||i.has(p)||(i.add(p),l.push([u,d]))}return{rows:[],cols:[],cells:l,errors:!1}}function Co(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&r?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),a=i(e.add[1]);return l>=0&&a>=0?kr(o,[l,a]):void 0}}function Vs(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:$o(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:$o(i),c=[];for(let u of a)if(o.has(u))for(let d of l[u])c.push({kind:"class",index:d,members:[d]});else c.push({kind:"group",index:u,members:l[u]});return c}function $o(e){return Array.from({length:e},(t,n)=>n)}function Ws(e){return e.every(t=>t.kind==="class")}function On(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let l=0;l<r;l++)o[s*r+l]=e[i+n[l]]}return o}function Gs(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)o[a]=l});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let l=o[i];if(!(l<0))for(let a=0;a<t;a++){let c=o[a];c>=0&&(s[l*r+c]+=e[i*t+a])}}return s}function Eo(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Ks(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=$e(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var No=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),Xs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel"];function Fo(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=x=>e.get(x),s=(x,y,A)=>{let f=r.get(x);if(f&&f.deps.length===y.length&&f.deps.every((T,m)=>T===y[m]))return f.value;let h=A();return r.set(x,{deps:y,value:h}),h},i=()=>!!o("compareState"),l=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),l(),t.version],()=>Vs(o("k"),o("order"),o("groups"),l(),t.expanded)),c=()=>s("perm",[a()],()=>Ws(a())?a().map(x=>x.index):null),u=()=>{let x=c();return x!==null&&x.every((y,A)=>y===A)},d={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let x=o("labels"),y=o("groups");return a().map(A=>A.kind==="class"?x[A.index]:`${y.names[A.index]} (${A.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(u())return o("counts");let x=c();return x?On(o("counts"),o("k"),x):Gs(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(u())return o("values");let x=c();return x?o("values")===o("counts")?p("counts"):On(o("values"),o("k"),x):je(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let x=o("abstained"),y=c();return!x||y===null?null:u()?x:{counts:Eo(x.counts,y),values:Eo(x.values,y)}}),abstained:()=>s("abstained",[d.abstainedRows(),d.vmax()],()=>{let x=d.abstainedRows();return x?x===o("abstained")&&d.vmax()===o("vmax")?x:{counts:x.counts,values:x.values,colors:$e(x.values,0,d.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),d.abstainedRows()],()=>{let x=a().length;if(o("errorsOnly")&&!i()){let h=d.abstainedRows();return Ks(p("values"),x,h&&h.values)}if(u())return{colors:o("colors"),vmax:o("vmax")};let y=c();if(y)return{colors:On(o("colors"),o("k"),y),vmax:o("vmax")};let A=p("values"),f=tt(A);return{colors:ht(A,f,o("cmapScale"),ft(A)),vmax:f}}),colors:()=>d.colorsAndMax().colors,vmax:()=>d.colorsAndMax().vmax,colorbar:()=>s("colorbar",[d.vmax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>d.vmax()===o("vmax")?o("colorbar"):o("cmapScale")==="log"&&!o("errorsOnly")?zt(ft(p("values")),d.vmax(),o("normalize")):$t(d.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),d.abstainedRows()],()=>{let x=a(),y=o("selected"),A=o("selectedGroup"),f=(m,E)=>x.findIndex(_=>_.kind===m&&_.index===E),h=m=>m===o("k")&&d.abstainedRows()?x.length:f("class",m),T=y?[f("class",y[0]),h(y[1])]:A?[f("group",A[0]),f("group",A[1])]:null;return T&&T[0]>=0&&T[1]>=0?T:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let x=c();return x===null?null:Hr(o("issues"),o("k"),u()?null:x)}),marks:()=>s("marks",[a(),o("selectionSpec"),d.abstainedRows()],()=>To(o("selectionSpec"),a(),o("k"),!!d.abstainedRows())),totals:()=>s("totals",[a(),o("totals"),o("counts")],()=>{let x=o("totals");if(u())return x;if(c()!==null)return Qr(x,a(),o("k"));if(o("multilabel"))return null;let y=a().length;return Ut(p("counts"),y,y)}),focus:()=>s("focus",[a(),t.version],()=>{let x=t.focus;if(x===null)return null;let y=h=>a().findIndex(T=>T.members.includes(h)),A=y(x.row),f=y(x.col);return A>=0&&f>=0?{r:A,c:f,outline:x.outline}:null})};function p(x){return No.has(x)?d[x]():e.get(x)}function v(x,y){if(!No.has(x))return e.on(x,y);let A=Xs.map(h=>e.on(h,y)),f=()=>y();return n.add(f),()=>{A.forEach(h=>h()),n.delete(f)}}function w(x,y){let A=a();if(x==="selected"){if(y==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(y)){let T=Co(y,A,o("k"),!!d.abstainedRows(),o("selectionSpec"));T!==void 0&&e.set("selected",T);return}let f=A[y[0]],h=A[y[1]];if(f&&f.kind==="class"&&y[1]===A.length&&d.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!h)return;f.kind==="class"&&h.kind==="class"?e.set("selected",[f.index,h.index]):f.kind==="group"&&h.kind==="group"&&e.set("selected_group",[f.index,h.index]);return}if(x==="display_labels"){let f=o("labels").slice();y.forEach((h,T)=>{A[T]&&A[T].kind==="class"&&(f[A[T].index]=h)}),e.set("display_labels",f);return}e.set(x,y)}function b(){t.version+=1;for(let x of[...n])x()}return{get:p,on:v,set:w,send:x=>e.send(x),local:{expand(x,y){y?t.expanded.add(x):t.expanded.delete(x),b()},expanded:()=>new Set(t.expanded),focus(x,y,A=!1){t.focus=x==null?null:{row:x,col:y,outline:A},b()}}}}var Oo=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Hs=8,Ys=12,qs=20;function Zs(e,t,n=Hs){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(r);c===0?o.push(l):c>0&&s.push(l)}),o.concat(s).slice(0,n)}function Js(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Qs(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Io({state:e,display:t,dom:n,signal:r}){let o=Y(r),s=(k,F,j)=>V(k,F,j,o.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[k,F]of Oo)p.append(a(k,F));let v=a("list","Custom (from Python)");v.disabled=!0,p.append(v),d.append(p);let w=i("label","cmw-errors-only-label"),b=i("input","cmw-errors-only");b.type="checkbox",w.append(b,n.doc.createTextNode(" Errors only"));let $=i("label","cmw-level-label","Show "),x=i("select","cmw-level");x.append(a("classes","Classes"),a("groups","Groups")),$.append(x),u.append(d,w,$);let y=i("div","cmw-expand");y.setAttribute("role","group"),y.setAttribute("aria-label","Expand groups");let A=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let T=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",T),f.append(h);let m=i("ul","cmw-matches");m.id=T,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,A.append(f,m);let E=i("details","cmw-top"),_=i("summary","cmw-top-title","Largest errors"),I=!1;s(_,"click",()=>{I=!0}),_.id=`${T}-top`;let B=i("ol","cmw-top-list");B.setAttribute("aria-labelledby",_.id),E.append(_,B);let W=i("div","cmw-sr");W.setAttribute("aria-live","polite"),W.setAttribute("role","status"),c.append(u,y,A,E,W);let G=k=>{W.textContent=k};s(p,"change",()=>{e.set("order",p.value),G(`Order: ${p.selectedOptions[0].textContent}.`)}),s(b,"change",()=>{e.set("errors_only",b.checked),G(b.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(x,"change",()=>{e.set("level",x.value),G(`Showing ${x.value}.`)}),s(y,"change",k=>{let F=k.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),G(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function U(k){let F=e.get("labels");h.value=F[k],O(),t.local.focus(k,k,!0),G(`Found ${F[k]}: its row and column are outlined.`)}function O(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function P(){let k=e.get("labels"),F=Zs(k,h.value);m.replaceChildren(...F.map((j,K)=>{let D=i("li","cmw-match",k[j]);return D.id=`${T}-${K}`,D.setAttribute("role","option"),D.dataset.cls=String(j),D})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function z(k){let F=[...m.children];if(!F.length)return null;let j=F.findIndex(D=>D.getAttribute("aria-selected")==="true"),K=k===0?Math.max(j,0):(j+k+F.length)%F.length;return F.forEach((D,Z)=>D.setAttribute("aria-selected",String(Z===K))),h.setAttribute("aria-activedescendant",F[K].id),F[K]}s(h,"input",P),s(h,"keydown",k=>{if(k.key==="ArrowDown"||k.key==="ArrowUp")z(k.key==="ArrowDown"?1:-1),k.preventDefault();else if(k.key==="Enter"){let F=z(0);F&&U(Number(F.dataset.cls)),k.preventDefault()}else k.key==="Escape"&&!m.hidden&&(O(),k.preventDefault())}),s(m,"click",k=>{let F=k.target.closest("li[data-cls]");F&&U(Number(F.dataset.cls))}),s(B,"click",k=>{let F=k.target.closest("button[data-i]");if(!F)return;let[j,K]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[j,K]),t.local.focus(j,K,!1)});function H(){let k=e.get("k");c.hidden=k<=2,A.hidden=k<=Ys;let F=e.get("orderChoices");for(let D of p.options)D.value!=="list"&&(D.disabled=F!==null&&!F.includes(D.value),D.title=D.disabled?"Needs a live kernel":"");let j=e.get("orderName");p.value=Oo.some(([D])=>D===j)?j:"list",b.checked=e.get("errorsOnly");let K=e.get("groups");$.hidden=!K,x.value=e.get("level"),Q(K),L()}function Q(k){let F=t.local.expanded(),j=!!k&&e.get("level")==="groups";if(y.hidden=!j,!j)return;let K=k.names.map((D,Z)=>{let fe=i("label","cmw-expand-item"),me=i("input");return me.type="checkbox",me.dataset.group=String(Z),me.checked=F.has(Z),fe.append(me,n.doc.createTextNode(` ${D}`)),fe});y.replaceChildren(i("span","cmw-expand-title","Expand: "),...K)}function L(){let k=e.get("labels"),F=e.get("top");_.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,I||(E.open=e.get("k")>qs),B.replaceChildren(...F.map(j=>{let K=i("li"),D=l("cmw-top-item",Js(k,j));return D.dataset.i=String(j[0]),D.dataset.j=String(j[1]),K.append(D),K})),E.hidden=F.length===0}let ee=e.get("selection");function M(){let k=e.get("selection");k!==ee&&G(Qs(k)),ee=k}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],H,o.signal),X(e,["selection"],M,o.signal),H(),{el:c,update:H,destroy:()=>{o.abort(),c.remove()}}}function Ro(e){let t=Fo(e.state),n=Io({...e,display:t}),r=_o({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Po=34;function jo(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let l=0;l<o;l++){let a=n[i*o+l];if(!a||!lt(t,[i,l]))continue;let c=Me(t,l),u=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),d=we(t,l)+c,p=pe(t,i);e.beginPath(),e.moveTo(d-u,p),e.lineTo(d,p),e.lineTo(d,p+u),e.closePath(),e.fillStyle=r.accent,e.fill(),c>=Po&&t.cell>=Po&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),d-u-1,p+1)),s+=1}return s}var ve=12,qt="abstained",In=8,Ls=13;function Do(e){return Array.from({length:256},(t,n)=>Mt(e,n))}function Bo(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Zn(n,r,o*o),o,o),0,0),s}function zo(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,pe(t,o),t.xw,t.cell)}function Uo(e,t,n,r,o){if(t.cell<Xt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=r[n[i*s+l]],e.fillRect(we(t,l),pe(t,i),t.cell,t.cell)}function Vo(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Wo(e,t,n,r){let o=t.k,s=Math.min(Ls,Math.floor(t.cell*.3));if(s<In||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let u=pe(t,c)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let p=sn(n.values[c*o+d],n.counts[c*o+d],n.fmt,n.countDigits);l.push([we(t,d)+t.cell/2,u,p,n.colors[c*o+d]])}if(i){let d=sn(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,d,i.colors[c]])}}let a=ei(e,l.map(c=>c[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,u,d,p]of l)e.fillStyle=qn(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(d.main,c,u-a.px*.5),e.font=a.subFont,e.fillText(d.sub,c,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,c,u))}}function ei(e,t,n,r,o){let s=n-4,i=(a,c)=>{e.font=a;let u=0;for(let d of t)u=Math.max(u,e.measureText(c(d)).width);return u},l=t.length>0&&t[0].sub!=="";for(let a=r;a>=In;a--){let c=`${a}px ${o.family}`,u=Math.max(In-1,Math.round(a*.8)),d=`${u}px ${o.family}`;if(!(i(c,v=>v.main)>s))return l?n>=a*2.4+u&&i(d,v=>v.sub)<=s?{mode:"two",px:a,font:c,subFont:d}:i(c,v=>`${v.main} ${v.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function Go(e,t,n,r,o,s,i,l){let a=A=>e.measureText(A).width;e.font=l(ve),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let A of yt(t.v,o.step,t.r0)){let f=pe(t,A)+t.cell/2;e.fillText(vt(n[A],r,a),t.x0-Ae,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let c=t.y0+t.grid+(t.below||0)+Ae,u=yt(t.v,o.step,t.c0).map(A=>[we(t,A)+t.cell/2,n[A],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,qt,o.extraRotated]);for(let[A,f,h]of u){let T=vt(f,r,a);e.moveTo(Math.round(A)+.5,t.y0+t.grid),e.lineTo(Math.round(A)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(A,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(T,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(T,A,c))}e.stroke(),e.font=l(ve,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+(t.below||0)+Ae+o.height+Ie/2+2,v=Math.max(...d.map(a)),w=oe(t.x0+t.grid/2,le+v/2,Math.max(le+v/2,t.width-le-v/2));d.forEach((A,f)=>e.fillText(A,w,p+f*Cn));let b=Math.max(t.grid,t.height-2*le),$=String(s.y),x=a($)<=b?$:vt($.split(" (")[0],b,a),y=oe(t.y0+t.grid/2,le+a(x)/2,Math.max(le,t.height-le-a(x)/2));e.save(),e.translate(le+Ie/2,y),e.rotate(-Math.PI/2),e.fillText(x,0,0),e.restore()}function Ko(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil($n+qe+6+n+Ie)}function ti(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+qe)*i)/i-l,c=Math.round(n*i),u=Math.round((n+r)*i)-c,d=v=>Math.min(255,Math.floor((v+.5)/u*256)),p=0;for(let v=1;v<=u;v++)v<u&&d(v)===d(p)||(e.fillStyle=o[d(p)],e.fillRect(l,(c+u-v)/i,a,(v-p)/i),p=v)}function Xo(e,t,n,r,o,s,i=""){if(i){e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let c=p=>e.measureText(p).width,u=vt(String(i),Math.max(t.grid,t.height-2*le),c),d=oe(t.y0+t.grid/2,le+c(u)/2,Math.max(le,t.height-le-c(u)/2));e.save(),e.translate(t.width-le-Ie/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+$n,a=t.grid;ti(e,l,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(l-.5,t.y0-.5,qe+1,a+1),e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,u]of n){let d=t.y0+a*(1-oe(Number(c)||0,0,1));e.moveTo(l+qe,Math.round(d)+.5),e.lineTo(l+qe+3,Math.round(d)+.5),e.fillText(String(u),l+qe+5,oe(d,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Ho(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,pe(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(we(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Yo(e,t,n,r,o){let s=([i,l],a,c,u)=>{if(!lt(t,[i,l]))return;let d=Math.max(Me(t,l),8),p=Math.max(t.cell,8),v=we(t,l)+Me(t,l)/2-d/2,w=pe(t,i)+t.cell/2-p/2;e.setLineDash(c),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(v+u,w+u,d-2*u,p-2*u),e.strokeStyle=a,e.strokeRect(v+u/2,w+u/2,d-u,p-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function qo(e,t,n,r){if(!n)return;let o=2,s=(c,u,d,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(c+o,u+o,d-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(c+o/2,u+o/2,d-o,p-o)};e.setLineDash([]);let i=c=>c>=t.r0&&c<t.r0+t.v,l=c=>t.extra&&c>=t.k||c>=t.c0&&c<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let c of n.rows||[])i(c)&&s(t.x0,pe(t,c),a-t.x0,Math.max(t.cell,4));for(let c of n.cols||[])l(c)&&s(we(t,c),t.y0,Math.max(Me(t,c),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let c=t.r0;c<t.r0+t.v;c++)c<t.c0||c>=t.c0+t.v||(e.moveTo(we(t,c),pe(t,c)),e.lineTo(we(t,c)+t.cell,pe(t,c)+t.cell));e.stroke(),e.setLineDash([])}for(let[c,u]of n.cells||[]){if(!lt(t,[c,u]))continue;let d=Math.max(Me(t,u),8),p=Math.max(t.cell,8);s(we(t,u)+Me(t,u)/2-d/2,pe(t,c)+t.cell/2-p/2,d,p)}}var Zo={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},ni={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function ri(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Zo[e.normalize]?(c=(e.multilabel?ni:Zo)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(o+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:o,y:s,bar:c,badges:a}}function Jo(e){let t=e("compareState");return ri({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Qo(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Rn="total",Zt=11,oi=9,si=8,Lo=90,ii="rgba(127, 127, 127, 0.1)";function e1(e,t,n,r,o){e.font=o(Zt);let s=u=>ce(u,n),i=e.measureText(s(t.all)).width;for(let u of t.rows)i=Math.max(i,e.measureText(s(u)).width);let l=0;for(let u of t.cols)l=Math.max(l,e.measureText(s(u)).width);let a=Math.min(Lo,Math.ceil(Math.max(i,e.measureText(Rn).width)+8));if(r<oi)return{w:Math.min(a,40),h:si,rotated:!1,text:!1};let c=l>r-4;return{w:a,h:Math.ceil(c?Math.min(Lo,l+6):Zt+8),rotated:c,text:!0}}function Pn(e,t,n){if(!n||!n.tot)return null;let r=e>=n.xTot&&e<n.xTot+n.tot.w,o=t>=n.yTot&&t<n.yTot+n.tot.h;return r&&o?{kind:"all"}:r&&t>=n.y0&&t<n.y0+n.grid?{kind:"row",i:n.r0+Math.min(n.v-1,Math.floor((t-n.y0)/n.cell))}:o&&e>=n.x0&&e<n.x0+n.grid?{kind:"col",j:n.c0+Math.min(n.v-1,Math.floor((e-n.x0)/n.cell))}:o&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?{kind:"col",j:n.k}:null}function t1(e,t,n,r,o,s){if(!t.tot||!n)return;let{tot:i}=t;e.save(),e.fillStyle=o.band||ii,e.fillRect(t.xTot,t.y0,i.w,t.grid),e.fillRect(t.x0,t.yTot,(t.extra?t.xExtra+t.xw:t.x0+t.grid)-t.x0,i.h),e.fillRect(t.xTot,t.yTot,i.w,i.h),e.strokeStyle=o.border,e.lineWidth=1,e.strokeRect(t.xTot-.5,t.y0-.5,i.w+1,t.grid+1),e.strokeRect(t.x0-.5,t.yTot-.5,t.grid+1,i.h+1),t.extra&&e.strokeRect(t.xExtra-.5,t.yTot-.5,t.xw+1,i.h+1),e.strokeRect(t.xTot-.5,t.yTot-.5,i.w+1,i.h+1),e.fillStyle=o.fg,e.textBaseline="middle",e.textAlign="center";let l=a=>ce(a,r);if(i.text){e.font=s(Zt);for(let c=t.r0;c<t.r0+t.v;c++)e.fillText(l(n.rows[c]),t.xTot+i.w/2,pe(t,c)+t.cell/2);let a=[];for(let c=t.c0;c<t.c0+t.v;c++)a.push(c);t.extra&&a.push(t.k);for(let c of a){let u=we(t,c)+Me(t,c)/2;i.rotated?(e.save(),e.translate(u,t.yTot+i.h/2),e.rotate(-Math.PI/2),e.fillText(l(n.cols[c]),0,0),e.restore()):e.fillText(l(n.cols[c]),u,t.yTot+i.h/2)}}e.font=s(Zt,!0),i.text&&e.fillText(l(n.all),t.xTot+i.w/2,t.yTot+i.h/2),e.restore()}function n1(e,t,n,r,o){t.tot&&(e.save(),e.font=r(12),e.fillStyle=n.muted,e.textAlign="center",e.textBaseline="top",e.fillText(Rn,t.xTot+t.tot.w/2,t.yTot+t.tot.h+o),e.textAlign="right",e.textBaseline="middle",e.fillText(Rn,t.x0-o,t.yTot+t.tot.h/2),e.restore())}var li="abstained";function r1(e,t){let n=t("totals");if(!n)return"";let r=t("countDigits"),o=t("labels"),s=t("multilabel")?"label":"class";return e.kind==="all"?`Total: ${ce(n.all,r)}`:e.kind==="row"?`True ${s}: ${o[e.i]}
Row total: ${ce(n.rows[e.i],r)}
(click to select the row)`:`Predicted: ${e.j>=t("k")?li:o[e.j]}
Column total: ${ce(n.cols[e.j],r)}
(click to select the column)`}var ai=720,ci=64,ui=200,di={true:"of its true row",pred:"of its predicted column",all:"of all samples"},mi={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},pi=4,o1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},s1={r:"row",c:"col",e:"errors"},fi=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],hi={true:"of its true row",pred:"of the abstained column",all:"of all samples"},wi=24;function i1({state:e,dom:t,signal:n,report:r=l=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),a=(g,S,C,N)=>V(g,S,C,l.signal,N),{doc:c,h:u,button:d}=t,p=u("div","cmw-matrix"),v=u("div","cmw-zoom");v.setAttribute("role","group"),v.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let b=d("cmw-zoom-in","+");b.setAttribute("aria-label","Zoom in"),b.title="Zoom in (+)";let $=d("cmw-zoom-fit","Fit");$.setAttribute("aria-label","Show all classes"),$.title="Show all classes (0)";let x=u("span","cmw-view-range");x.setAttribute("aria-live","polite"),v.append(w,b,$,x,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),v.hidden=!0;let y=u("div","cmw-mode");y.setAttribute("aria-live","polite"),y.hidden=!0;let A=u("div","cmw-plot"),f=u("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=u("div","cmw-tooltip");h.hidden=!0,A.append(f,h);let T=u("div","cmw-sr");T.setAttribute("aria-live","polite"),p.append(y,v,A,T);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},_=g=>e.get(g),I=g=>{let S=_("lut"),C=_("compareState")?S:Jn(S,g);return C===S?{lut:S,lutText:_("lutText")}:((E.themedOf[0]!==S||E.themedOf[1]!==g)&&(E.themed={lut:C,lutText:Ct(C)},E.themedOf=[S,g]),E.themed)},B=()=>{let g=E.drawn.lut;return E.cssOf!==g&&(E.css=Do(g)),E.cssOf=g,E.css},W=()=>{let g=_("colors"),S=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===g&&E.bitmapOf[1]===S||(E.bitmap=Bo(c,E.bitmap,g,S,_("k")),E.bitmapOf=[g,S]),E.bitmap};function G(g,S){let C=g.font,N=E.widths.get(C);if(N&&N.texts===S)return N.w;let R=0;for(let q of S)R=Math.max(R,g.measureText(q).width);return E.widths.set(C,{texts:S,w:R}),R}function U(){m.queued||l.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,l.signal.aborted||ee()}))}function O(){let g=c.defaultView,S=g&&g.getComputedStyle?g.getComputedStyle(p):null,C=(N,R)=>(S&&S.getPropertyValue(N)||"").trim()||R;return{fg:S&&S.color||"#1f1f1f",muted:C("--cmw-muted","#616161"),accent:C("--cmw-accent","#1976d2"),border:C("--cmw-border","#bdbdbd"),bg:C("--cmw-bg","#ffffff"),family:S&&S.fontFamily||"sans-serif"}}let P=()=>(s?s():p.clientWidth)||ai;function z(){let g=p.closest(".cmw"),S=c.defaultView;if(!g||!S||!p.isConnected||!g.getClientRects().length)return 1/0;let C=null;for(let J=g.parentElement;J&&J!==c.body&&J!==c.documentElement;J=J.parentElement){let he=S.getComputedStyle(J).overflowY;(he==="auto"||he==="scroll")&&J.clientHeight>=ui&&(C=J)}if(!C&&S.top!==S)return 1/0;let N=Math.min(S.innerHeight,C?C.clientHeight:S.innerHeight);if(!(N>0))return 1/0;let R=J=>J.getBoundingClientRect().top,q=J=>J.getBoundingClientRect().bottom,se=ci,ie=[...g.children].find(J=>J.contains(p));if(ie&&ie!==p){let J=[...ie.children].filter(he=>he!==p&&he.getClientRects().length&&R(he)>=q(p)-1);J.length&&(se+=Math.max(...J.map(q))-q(p))}for(let J=ie?ie.nextElementSibling:null;J&&!J.classList.contains("cmw-selection");J=J.nextElementSibling)J.getClientRects().length&&!J.classList.contains("cmw-sr")&&(se+=J.getBoundingClientRect().height);return Math.floor(N-(R(f)-R(g))-se)}function H(g){m.cursor&&(m.cursor[0]>=g||m.cursor[1]>=g)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=g}let Q=g=>g+(g>0&&_("abstained")?1:0),L=g=>g[1]>=_("k")?[g[0],m.view?m.view.c0:0]:g;function ee(){let g=performance.now(),S=_("k");S!==m.k&&H(S);let C=_("abstained");m.cols=Q(S),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=f.getContext("2d");if(!N)return;let R=O();E.drawn=I(R.bg),m.detached=!p.isConnected;let q=(Te,Pe)=>`${Pe?"600 ":""}${Te}px ${R.family}`,se=_("labels");m.width=P(),N.font=q(ve);let ie=Math.min(Tn,Math.max(40,Math.round(m.width*.2))),J=Math.ceil(Math.min(ie,G(N,se))),he=_("colorbar"),Ke=Ko(N,he),Re=Jo(_);M(Re.badges),m.height=z();let Qe=_("showTotals")?_("totals"):null,Gn=Te=>Qe&&S>0?e1(N,Qe,_("countDigits"),Te,q):null,ct=Gn(Ze(S,m.width,{yLabelWidth:J,rightWidth:Ke,extra:C?1:0}).cell),D1={yLabelWidth:J,rightWidth:Ke,extra:C?1:0,xTitleLines:1,totals:ct,xLabelHeight:Math.min(Tn,G(N,se))},Le;for(let Te=0;Te<3;Te++){let Pe=Ze(S,m.width,{...D1,maxGrid:Le}),tn=fo(Pe,m.height);if(tn===void 0||tn===Le)break;Le=tn}let Kn=Ze(S,m.width,{yLabelWidth:J,rightWidth:Ke,extra:C?1:0,maxGrid:Le,totals:ct});m.zoomable=S>0&&ho(S,Kn.room),m.vMin=wo(S,Kn.room);let St=m.zoomable?Se(m.view,S,m.vMin):ze(S);m.view=m.zoomable?St:null,ct=Gn(Ze(S,m.width,{yLabelWidth:J,rightWidth:Ke,view:St,extra:C?1:0,maxGrid:Le,totals:ct}).cell);let Xn={yLabelWidth:J,rightWidth:Ke,view:St,extra:C?1:0,maxGrid:Le,totals:ct},Lt=Ze(S,m.width,Xn);m.step=ko(St.v,Lt.cell),m.xLabels=K(N,se,Lt,ie),N.font=q(ve,!0);let Hn=Qo(Re.x,Math.max(Lt.width-2*le,60),Te=>N.measureText(Te).width);N.font=q(ve);let ge=Ze(S,m.width,{...Xn,xLabelHeight:m.xLabels.height,xTitleLines:Hn.length});m.layout=ge,m.yLabelW=J,F(N,ge);let en=_("colors");if(S===0)N.fillStyle=R.muted,N.font=q(ve),N.fillText("No data",le,le+ve);else{en.length>=S*S&&Uo(N,ge,en,B(),W),C&&zo(N,ge,C.colors,B()),Vo(N,ge,R),t1(N,ge,Qe,_("countDigits"),R,q),n1(N,ge,R,q,Ae),Wo(N,ge,{values:_("values"),counts:_("counts"),colors:en,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:_("fmt"),countDigits:_("countDigits"),abstained:C},R),Go(N,ge,se,ie,{step:m.step,...m.xLabels},{x:Hn,y:Re.y},R,q),Xo(N,ge,he,B(),R,q,Re.bar),f.dataset.issueMarks=String(jo(N,ge,_("issueMarks"),R));let Te=m.cursor&&f.matches(":focus")?m.cursor:null;qo(N,ge,_("marks"),R),Yo(N,ge,_("selected"),Te,R);let Pe=_("focus");Pe&&Pe.outline&&Ho(N,ge,Pe.r,Pe.c,R)}k(ge),j(ge,S,g,Re)}function M(g){let S=[...y.children].map(C=>C.textContent);S.length===g.length&&S.every((C,N)=>C===g[N])||(y.replaceChildren(...g.map(C=>u("span","cmw-badge",C))),y.hidden=g.length===0)}function k(g){v.hidden=!m.zoomable,m.zoomable&&(x.textContent=Nn(g,g.k),b.disabled=g.v<=m.vMin,w.disabled=g.v>=g.k,$.disabled=g.v>=g.k)}function F(g,S){let C=c.defaultView&&c.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(S.width*C)),R=Math.max(1,Math.round(S.height*C));(f.width!==N||f.height!==R)&&(f.width=N,f.height=R),f.style.width=`${S.width}px`,f.style.height=`${S.height}px`,g.setTransform(C,0,0,C,0,0),g.clearRect(0,0,S.width,S.height)}function j(g,S,C,N){let R=performance.now();f.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let q=null;!m.firstDrawn&&S>0&&(m.firstDrawn=!0,q=R-(m.draws===1?o:C)),r({k:S,draws:m.draws,lastMs:R-C,firstMs:q,view:{r0:g.r0,c0:g.c0,v:g.v}}),f.dataset.cellX0=String(g.x0),f.dataset.cellY0=String(g.y0),f.dataset.cellSize=String(g.cell),f.dataset.viewRow0=String(g.r0),f.dataset.viewCol0=String(g.c0),f.dataset.viewSize=String(g.v),f.dataset.cols=String(m.cols),f.dataset.extraX0=g.extra?String(g.xExtra):"",f.dataset.extraWidth=g.extra?String(g.xw):"",f.dataset.totalsX0=g.tot?String(g.xTot):"",f.dataset.totalsWidth=g.tot?String(g.tot.w):"",f.dataset.totalsY0=g.tot?String(g.yTot):"",f.dataset.totalsHeight=g.tot?String(g.tot.h):"",f.dataset.xTitle=N.x,f.dataset.yTitle=N.y,f.dataset.barTitle=N.bar,f.setAttribute("aria-label",`Confusion matrix of ${S} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${Nn(g,S)}; plus and minus zoom, 0 shows all.`:""))}function K(g,S,C,N){let R=0;if(m.zoomable)R=G(g,S);else for(let he of yt(C.k,m.step))R=Math.max(R,g.measureText(S[he]).width);R=Math.min(N,R);let q=R>m.step*C.cell-4,se=C.extra?g.measureText(qt).width:0,ie=C.extra>0&&(q||se>C.xw+bt-2),J=Math.max(q?R:ve+2,ie?se:0);return{rotated:q,extraRotated:ie,height:Math.ceil(J)}}function D(g,S){m.editor&&m.editor.finish(!1);let C=m.layout,N=g==="y"?Math.max(m.yLabelW+Ae+4,100):120,R=we(C,S)+C.cell/2,q=g==="y"?C.x0-N:oe(R-N/2,0,Math.max(0,C.width-N)),se=g==="y"?pe(C,S)+C.cell/2-11:C.y0+C.grid+(C.below||0)+Ae,ie={left:f.offsetLeft+Math.max(0,q),top:f.offsetTop+se,width:N},J=_("labels");m.editor=Mo({dom:t,host:A,box:ie,name:J[S],index:S,done:(he,Ke)=>{m.editor=null;let Re=_("labels");if(he!==null&&S<Re.length){let Qe=Re.slice();Qe[S]=he,e.set("display_labels",Qe)}Ke&&f.focus({preventScroll:!0})}})}function Z(g,S=!1){let C=f.getBoundingClientRect(),N=m.lastUp;return S&&N&&Math.abs(N.x-g.clientX)<1&&Math.abs(N.y-g.clientY)<1?[N.x-C.left,N.y-C.top]:[g.clientX-C.left,g.clientY-C.top]}function fe(g,S){let C=m.layout;if(!C||C.k===0)return null;let N=ve/2+1;if(g>=le+Ie&&g<C.x0&&S>=C.y0-N&&S<C.y0+C.grid+N){let se=Fn(S-C.y0,C.cell,m.step,C.k,N,C.r0,C.v);return se>=0?{axis:"y",index:se}:null}let R=C.y0+C.grid+(C.below||0),q=C.x0+C.grid+(C.extra?bt/2:20);if(S>=R&&S<R+Ae+m.xLabels.height&&g>=C.x0-20&&g<q){let se=m.xLabels.rotated?N:m.step*C.cell/2,ie=Fn(g-C.x0,C.cell,m.step,C.k,se,C.c0,C.v);return ie>=0?{axis:"x",index:ie}:null}return null}function me([g,S]){let C=_("k"),N=_("labels"),R=_("abstained");if(S>=C&&R){let J=[`True: ${N[g]}`,`Predicted: ${qt}`,`Count: ${ce(R.counts[g],_("countDigits"))}`],he=_("fmt");return he.kind==="percent"&&J.push(`Shown: ${Xe(R.values[g],he)} ${hi[_("normalize")]||""}`.trim()),J.join(`
`)}let q=g*C+S,se=[`True: ${N[g]}`,`Predicted: ${N[S]}`,`Count: ${ce(_("counts")[q],_("countDigits"))}`],ie=_("fmt");if(ie.kind==="delta"&&se.push(`Change: ${Xe(_("values")[q],ie)} since the compared run`),ie.kind==="percent"){let J=(_("multilabel")?mi:di)[_("normalize")]||"";se.push(`Shown: ${Xe(_("values")[q],ie)} ${J}`.trim())}return se.join(`
`)}function ue(g,S,C){h.textContent=g,h.hidden=!1;let N=f.offsetLeft+S+14;N+h.offsetWidth+4>A.clientWidth&&(N=Math.max(0,f.offsetLeft+S-h.offsetWidth-10));let R=f.offsetTop+C+14;R+h.offsetHeight+4>A.clientHeight&&(R=Math.max(0,f.offsetTop+C-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${R}px`}let de=()=>m.zoomable&&m.view!==null&&m.view.v<_("k");function ae(g){let S=_("k"),C=Se(g,S,m.vMin),N=m.view||ze(S);return C.r0===N.r0&&C.c0===N.c0&&C.v===N.v?!1:(m.view=C,h.hidden=!0,U(),!0)}function _e(g,S=null){if(!m.zoomable||!m.layout)return;let C=m.layout;ae(go(C,g,S,C.k,m.vMin))}function Je(g){g.target.closest(".cmw-zoom-in")?_e(xt):g.target.closest(".cmw-zoom-out")?_e(1/xt):g.target.closest(".cmw-zoom-fit")&&ae(ze(_("k")))}function Ue(g){if(!(g.ctrlKey||g.metaKey)||!m.zoomable)return;g.preventDefault();let[S,C]=Z(g);_e(vo(g.deltaY,g.deltaMode),yo(S,C,m.layout))}function xe(g){if(m.panned=!1,m.pan=null,g.button!==0||!de())return;let[S,C]=Z(g);Ht(S,C,m.layout)&&(m.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Ve(g){let S=m.pan,C=g.clientX-S.x,N=g.clientY-S.y;if(!S.moved){if(Math.hypot(C,N)<pi)return;S.moved=!0,h.hidden=!0;try{f.setPointerCapture(S.id)}catch{}}f.style.cursor="grabbing",ae(bo(S.view,-N/S.cell,-C/S.cell,_("k"),m.vMin))}function We(g){m.lastUp={x:g.clientX,y:g.clientY},m.pan&&m.pan.moved&&(m.panned=!0,f.style.cursor="grab"),m.pan=null}function ne(g){if(m.pan&&m.pan.id===g.pointerId&&(Ve(g),m.pan.moved))return;let[S,C]=Z(g),N=Ht(S,C,m.layout);if(N){ue(me(N),S,C),f.style.cursor=de()?"grab":"pointer";return}let R=Pn(S,C,m.layout);if(R){ue(r1(R,_),S,C),f.style.cursor=R.kind==="all"?"default":"pointer";return}let q=fe(S,C);if(f.style.cursor=q?"text":"default",q){let se=q.axis==="y"?"True class":"Predicted class",ie=q.axis==="y"?"row":"column";ue(`${se} ${q.index}: ${_("labels")[q.index]}
(click to select the ${ie}, double-click to rename)`,S,C)}else h.hidden=!0}function re(g){if(m.panned){m.panned=!1;return}let[S,C]=Z(g,!0),N=Ht(S,C,m.layout),R=N?null:Pn(S,C,m.layout),q=N||R?null:fe(S,C);R?R.kind!=="all"&&e.set("selected",R.kind==="row"?{row:R.i}:{col:R.j}):N?(m.cursor=N,e.set("selected",g.shiftKey?{add:N}:N),U()):q?e.set("selected",q.axis==="y"?{row:q.index}:{col:q.index}):_("hasSelection")&&e.set("selected",null)}function P1(g){let[S,C]=Z(g,!0),N=fe(S,C);N&&(g.preventDefault(),h.hidden=!0,D(N.axis,N.index))}function j1(g){let S=_("k");if(S===0)return;let C=!0;if(En.has(g.key)){let N=m.cursor||_("selected")||(de()?[m.view.r0,m.view.c0]:null);m.cursor=Ao(N,g.key,S,g.shiftKey?10:1,Q(S)),de()&&ae(Yt(m.view,L(m.cursor),S,m.vMin)),T.textContent=me(m.cursor).replace(/\n/g,", "),U()}else if(m.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&o1[g.key]){let N=o1[g.key];if(N==="fit")ae(ze(S));else{let R=m.cursor?L(m.cursor):null;_e(N==="in"?xt:1/xt,R?[R[0]+.5,R[1]+.5]:null),R&&de()&&ae(Yt(m.view,L(m.cursor),S,m.vMin))}}else if(g.key==="Enter"||g.key===" "){let N=m.cursor||_("selected")||[0,0];m.cursor=N,e.set("selected",g.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!g.ctrlKey&&!g.metaKey&&!g.altKey&&s1[g.key.toLowerCase()]){let N=s1[g.key.toLowerCase()],R=m.cursor||_("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else C=!1;C&&g.preventDefault()}a(f,"pointerdown",xe),a(f,"pointermove",ne),a(f,"pointerleave",()=>{h.hidden=!0}),a(f,"pointerup",We),a(f,"pointercancel",()=>{m.pan=null}),a(f,"wheel",Ue,{passive:!1}),a(v,"click",Je),a(f,"click",re),a(f,"dblclick",P1),a(f,"keydown",j1),a(f,"focus",U),a(f,"blur",U);let Un=()=>{let g=z();return g!==m.height&&!(Math.abs(g-m.height)<1)},Ge=c.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let g=new Ge.ResizeObserver(()=>{(m.detached||Math.abs(P()-m.width)>=1||Un())&&U()});for(let C of[p,...i])g.observe(C);let S=p.closest(".cmw");S&&g.observe(S),a(Ge,"resize",()=>{Un()&&U()}),l.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&c.body){let g=null,S=new Ge.MutationObserver(()=>{clearTimeout(g),g=setTimeout(U,100)});S.observe(c.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{S.disconnect(),clearTimeout(g)},{once:!0})}l.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let At=_("selected"),Vn=_("focus");function Wn(){let g=_("selected"),S=_("focus"),C=g&&!(At&&g[0]===At[0]&&g[1]===At[1]);S!==Vn&&S&&m.zoomable?ae(xo(m.view,[S.r,S.c],_("k"),wi,m.vMin)):C&&de()&&ae(Yt(m.view,L(g),_("k"),m.vMin)),At=g,Vn=S,ee()}return X(e,fi,Wn,l.signal),ee(),{el:p,update:Wn,destroy:()=>{l.abort(),p.remove()}}}function l1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),l=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,l);let a=!0;function c(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let d=e.get("countDigits"),p=e.get("intervals"),v=p&&!p.stale?p:null;l.hidden=!p,l.textContent=p?Vr(p):"";let w=(y,A)=>y.append(o("td","cmw-num",A)),b=(y,A,f,h)=>{let T=o("td","cmw-num");v?Dt(t,T,A,f,v.level,v.methods[h]):T.textContent=te(A),y.append(T)};i.replaceChildren();let $=i.createTHead().insertRow();for(let y of["class","precision","recall","F1","support"])$.append(o("th",null,y));let x=i.createTBody();for(let[y,A]of u.perClass.entries()){let f=x.insertRow(),h=o("th",null,A.label);h.title=h.textContent,f.append(h);let T=v&&v.perClass[y];for(let m of["precision","recall","f1"])b(f,A[m],T?T[m]:null,m);w(f,ce(A.support,d))}for(let[y,A]of u.summary.entries()){let f=x.insertRow();f.className=y===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(A.name??"")));let h=v?v.summary[String(A.name)]:null;if("value"in A)w(f,""),w(f,""),b(f,A.value,Array.isArray(h)?h:null,A.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let T=A.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])b(f,A[m],h&&!Array.isArray(h)?h[m]:null,T+m);w(f,ce(A.support,d))}}}return V(s,"toggle",()=>{s.open&&a&&c()},r.signal),X(e,["metrics","countDigits","intervals"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function a1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return X(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function c1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s,option:i}=t,l=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),c=o("select","cmw-rank-menu");a.append(c);let u=o("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let v=!1;function w(){let b=e.get("issues"),$=e.get("selection");if(l.hidden=!b||!$||$.available===!1,l.hidden)return;let x=b.ranks.join(",");c.dataset.ranks!==x&&(c.replaceChildren(...b.ranks.map(A=>i(A,vn[A]))),c.dataset.ranks=x),c.value=e.get("rank"),c.disabled=b.kernelOnly,u.textContent=b.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=u.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,u);let y=$.issues&&Array.isArray($.issues.indices)?$.issues:null;y?(d.textContent=`${v?"Hide":"Show"} likely label errors (${y.total})`,d.setAttribute("aria-expanded",String(v)),p.hidden=!v,p.textContent=y.total?`${y.indices.join(", ")}${y.total>y.indices.length?", ...":""}`:"None in this cell.",l.append(d,p)):b.pending?l.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):b.hidden&&l.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return V(c,"change",()=>e.set("rank",c.value),r.signal),V(d,"click",()=>{v=!v,w()},r.signal),X(e,["issues","rank","selection"],w,r.signal),w(),{el:l,update:w,destroy:()=>{r.abort(),l.remove()}}}function at({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),u=et(n,o,s);return V(l,"input",()=>{a=!0,r&&r(c()),u(c())},i),V(l,"change",()=>{a=!1,u.cancel(),n(c())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(d,p,v){l.min=String(d),l.max=String(p),l.step=String(v)}}}var gi=60,u1=700,Jt="http://www.w3.org/2000/svg",kt={w:240,h:56,pad:6};function d1(e,{w:t,h:n,pad:r}=kt){let o=e.length,s=l=>o>1?r+l*(t-2*r)/(o-1):t/2,i=l=>r+(1-Math.min(1,Math.max(0,l)))*(n-2*r);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function bi(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function m1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{doc:s,h:i,button:l,option:a}=t,c=r||{now:()=>Date.now(),setTimeout:(O,P)=>setTimeout(O,P),clearTimeout:O=>clearTimeout(O)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=l("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),v=()=>e.get("runs").names,w=O=>{let P=v();O>=0&&O<P.length&&P[O]!==e.get("run")&&e.set("run",P[O])},b=at({dom:t,cls:"cmw-run-slider",write:w,throttleMs:gi,clock:r,signal:o.signal,onInput:O=>{U(),p.textContent=v()[O]??""}}),$=b.el;$.min="0",$.step="1",$.setAttribute("aria-label","Run");let x=l("cmw-run-newer","");x.title="Show the latest run";let y=i("select","cmw-compare-pick");y.setAttribute("aria-label","Compare with");let A=i("label","cmw-field");A.append(i("span",null,"Compare with"),y);let f=i("div","cmw-runs-top");f.append(d,$,p,x,A);let h=s.createElementNS(Jt,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${kt.w} ${kt.h}`),h.setAttribute("width",String(kt.w)),h.setAttribute("height",String(kt.h));let T=i("div","cmw-history-legend");T.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,T),u.append(f,m),u.hidden=!0;let E=null;function _(){let O=e.get("runs"),P=e.get("run");if(u.hidden=O.names.length<2,u.hidden){U();return}let z=O.names.indexOf(P);$.max=String(O.names.length-1),!b.dragging()&&z>=0&&($.value=String(z)),b.dragging()||(p.textContent=P);let H=bi(O.names,P);x.textContent=H,x.hidden=!H,I(O.names,e.get("compare")),B(O,z)}function I(O,P){let z=a("","none");y.replaceChildren(z,...O.map(H=>a(H))),y.value=P!=null&&O.includes(P)?P:""}function B(O,P){let z=[];for(let[Q,L]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let ee=d1(Q).filter(Boolean),M=s.createElementNS(Jt,"polyline");M.setAttribute("class",L),M.setAttribute("fill","none"),M.setAttribute("points",ee.map(k=>k.map(F=>F.toFixed(1)).join(",")).join(" ")),z.push(M)}let H=d1(O.accuracy);O.names.forEach((Q,L)=>{if(!H[L])return;let ee=s.createElementNS(Jt,"circle");ee.setAttribute("class",L===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),ee.setAttribute("cx",H[L][0].toFixed(1)),ee.setAttribute("cy",H[L][1].toFixed(1)),ee.setAttribute("r",L===P?"4":"3"),ee.setAttribute("data-run",String(L));let M=s.createElementNS(Jt,"title");M.textContent=`${Q}: accuracy ${te(O.accuracy[L])}, macro F1 ${te(O.macroF1[L])}`,ee.append(M),z.push(ee)}),h.replaceChildren(...z)}function W(){let O=v(),P=O.indexOf(e.get("run"));if(P<0||P>=O.length-1){U();return}w(P+1),E=c.setTimeout(W,u1)}function G(){let O=v();O.indexOf(e.get("run"))>=O.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),E=c.setTimeout(W,u1)}function U(){E!==null&&c.clearTimeout(E),E=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return V(d,"click",()=>E===null?G():U(),o.signal),V(x,"click",()=>{U(),w(v().length-1)},o.signal),V(y,"change",()=>e.set("compare",y.value===""?null:y.value),o.signal),V(h,"click",O=>{let P=O.target&&O.target.closest?O.target.closest("[data-run]"):null;P&&(U(),w(Number(P.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>U(),{once:!0}),X(e,["runs","run","compare"],_,o.signal),_(),{el:u,update:_,destroy:()=>{o.abort(),u.remove()}}}var xi=60,p1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function f1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),u=f=>e.set("abstain",f),d=at({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:xi,clock:r,signal:o.signal,onInput:f=>{let h=i();c.textContent=f.toFixed(De(h?h.step:.01))}}),p=d.el,v=s("label","cmw-field");v.append(a,s("span",null,"Abstain when the top score is below"),p,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let b=s("label","cmw-field");b.append(s("span",null,"Hit when the true class is in the top"),w);let $=s("span","cmw-hint cmw-top-k-hint");$.setAttribute("role","status"),b.append($);let x=s("div","cmw-abstain-stats");l.append(v,b,x);let y=null;function A(){let f=i(),h=!!(f&&f.kind==="multiclass");if(l.hidden=!h,!h)return;d.range(f.lo,f.hi,f.step);let T=f.abstain!==null&&f.abstain!==void 0;if(a.checked=T,p.disabled=!T,T&&(y=f.abstain),!d.dragging()){let m=T?f.abstain:y??(f.lo+f.hi)/2;p.value=String(m),c.textContent=T?Number(m).toFixed(De(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),x.replaceChildren(),T&&x.append(s("span","cmw-stat cmw-coverage",`coverage ${p1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${p1(f.covered_accuracy)}`))}return V(a,"change",()=>{i()&&u(a.checked?parseFloat(p.value):null)},o.signal),V(w,"change",()=>{let f=i(),h=Number(w.value),T=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;$.textContent=T||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,T?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),X(e,["scores"],A,o.signal),A(),{el:l,update:A,destroy:()=>{o.abort(),l.remove()}}}function h1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var yi=60,jn={size:240,pad:34},vi=[0,.5,1],ki="http://www.w3.org/2000/svg",Ai=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function w1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s,doc:i}=t,l=(f,h={})=>{let T=i.createElementNS(ki,f);for(let[m,E]of Object.entries(h))T.setAttribute(m,String(E));return T},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(c,u);let d=!1,p=null,v={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",oe(f,h.lo,h.hi))},b=et(w,yi,r);o.signal.addEventListener("abort",()=>b.cancel(),{once:!0});function $(f){let{size:h,pad:T}=jn;c.replaceChildren();for(let m of Object.keys(v))delete v[m];for(let m of Ai){let E=f[m.kind],_=s("figure",`cmw-curve cmw-curve-${m.kind}`),I=s("figcaption","cmw-curve-title"),B=f[m.area],W=f.undefinedBecause?f.undefinedBecause[m.kind]:null;if(I.textContent=`${m.title}${B===null||W?"":`  ${m.areaName} ${te(B)}`}`,W){_.append(I,s("p","cmw-curve-undefined",`Undefined: ${W}.`)),c.append(_);continue}let G=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});G.classList.add("cmw-curve-svg"),Object.assign(G.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(T)}),G.append(l("rect",{x:T,y:T,width:h-2*T,height:h-2*T,class:"cmw-curve-frame"}),l("polyline",{points:Pr(E,h,T),class:"cmw-curve-line"})),m.kind==="roc"&&G.append(l("line",{x1:T,y1:h-T,x2:h-T,y2:T,class:"cmw-curve-chance"}));let U=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});U.textContent=m.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=m.y,G.append(U,O,...x(h,T));let P=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),z=l("text",{x:T,y:T-8,class:"cmw-curve-readout"}),H=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),Q=l("title");Q.textContent="Drag along the curve to move the threshold",H.append(Q),G.append(...P,z,H),_.append(I,G),c.append(_),v[m.kind]={plot:G,marker:H,guides:P,readout:z,curve:E,spec:m},y(G,E)}u.replaceChildren();for(let m of f.targets){let E=t.button("cmw-curve-target",`threshold for ${m.name}`);E.dataset.threshold=String(m.threshold),V(E,"click",()=>w(m.threshold),o.signal),u.append(E)}}function x(f,h){let T=f-2*h,m=[];for(let E of vi){let _=h+E*T,I=h+(1-E)*T,B=String(E);m.push(l("line",{x1:_,y1:f-h,x2:_,y2:f-h+4,class:"cmw-curve-tickmark"})),m.push(l("line",{x1:h-4,y1:I,x2:h,y2:I,class:"cmw-curve-tickmark"}));let W=l("text",{x:_,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});W.textContent=B;let G=l("text",{x:h-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});G.textContent=B,m.push(W,G)}return m}function y(f,h){let T=!1,m=_=>{let I=h1(f.getBoundingClientRect(),jn),B=(_.clientX-I.x0)/I.inner,W=1-(_.clientY-I.y0)/I.inner;return h.t[Rr(h,B,W)]};V(f,"pointerdown",_=>{if(T=!0,f.setPointerCapture&&_.pointerId!==void 0)try{f.setPointerCapture(_.pointerId)}catch{}b(m(_))},o.signal),V(f,"pointermove",_=>{T&&b(m(_))},o.signal),V(f,"pointerup",_=>{T&&(T=!1,b.cancel(),w(m(_)))},o.signal),V(f,"pointercancel",()=>{T=!1,b.cancel()},o.signal)}function A(){let f=e.get("binary");if(a.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!d||p!==null)&&(d=!0,p=null,c.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}p!==h&&($(h),p=h);let{size:T,pad:m}=jn,E=T-2*m;for(let{marker:_,guides:I,readout:B,spec:W,plot:G}of Object.values(v)){let[U,O]=W.at(f),P=Number.isFinite(U)&&Number.isFinite(O);for(let ee of[_,...I])ee.setAttribute("visibility",P?"visible":"hidden");if(B.textContent=P?`${W.x} ${te(U)}, ${W.y} ${te(O)}`:"",!P)continue;let z=(m+U*E).toFixed(1),H=(m+(1-O)*E).toFixed(1);_.setAttribute("cx",z),_.setAttribute("cy",H);let[Q,L]=I;Object.entries({x1:z,y1:H,x2:z,y2:T-m}).forEach(([ee,M])=>Q.setAttribute(ee,M)),Object.entries({x1:z,y1:H,x2:m,y2:H}).forEach(([ee,M])=>L.setAttribute(ee,M)),G.dataset.markerX=String(U),G.dataset.markerY=String(O)}}return X(e,["binary","curves"],A,o.signal),A(),{el:a,update:A,destroy:()=>{o.abort(),a.remove()}}}var Si=60,Dn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Mi(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function g1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,v=at({dom:t,cls:"cmw-label-threshold",write:E=>{let _=u();if(!_||!Array.isArray(_.thresholds)||!Number.isFinite(E))return;let I=_.thresholds.slice();I[d]=E,e.set("thresholds",I)},throttleMs:Si,clock:r,signal:o.signal,onInput:E=>{let _=u();c.textContent=E.toFixed(De(_?_.step:.01))}}),w=v.el,b=s("label","cmw-field");b.append(s("span",null,"Threshold"),w,c);let $=s("div","cmw-label-focus"),x=s("div","cmw-label-listing"),y=s("table","cmw-label-tables");i.append(a,b,$,x,y);let A="label",f=!1;function h(){let E=u(),_=!!(E&&E.kind==="multilabel");if(i.hidden=!_,!_)return;let I=e.get("labels"),B=e.get("metrics").perClass,W=e.get("countDigits");d=Math.min(d,I.length-1),(l.options.length!==I.length||[...l.options].some((U,O)=>U.textContent!==I[O]))&&l.replaceChildren(...I.map((U,O)=>t.option(String(O),U))),l.value=String(d);let G=Array.isArray(E.thresholds);b.hidden=!G,w.disabled=!!E.fixed,G&&!v.dragging()&&(v.range(E.lo,E.hi,E.step),w.value=String(E.thresholds[d]),c.textContent=Number(E.thresholds[d]).toFixed(De(E.step))),T(E,I,W),m(E,I,B,W)}function T(E,_,I){let B=E.tables[d]||[0,0,0,0],W=s("table","cmw-readout-table");W.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let U=W.createTBody();[["truly absent",0],["truly present",2]].forEach(([P,z])=>{let H=U.insertRow();H.append(s("th",null,P));for(let Q of[z,z+1]){let[L,ee]=Dn[Q],M=s("td"),k=t.button("cmw-label-cell",`${ee} ${ce(B[Q],I)}`);k.dataset.cell=L,k.disabled=!!E.fixed,V(k,"click",()=>e.send({type:"label_cell",label:d,cell:L}),o.signal),M.append(k),H.append(M)}}),$.replaceChildren(s("div","cmw-label-focus-title",_[d]??""),W);let O=E.focus;if(O&&O.label===d){let P=Dn.find(([H])=>H===O.cell)?.[1]??O.cell,z=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;x.replaceChildren(s("div","cmw-label-listing-title",`${P} of ${_[d]}: ${z} samples`),s("div","cmw-indices",O.indices.join(", ")))}else x.replaceChildren()}function m(E,_,I,B){let W=s("tr"),G=(z,H)=>{let Q=A===z,L=t.button(`cmw-sort${Q?" cmw-sorted":""}`,Q?`${H} ${f?"▼":"▲"}`:H);L.dataset.sort=z,V(L,"click",()=>{f=Q?!f:z!=="label",A=z,h(),y.querySelector(`[data-sort="${z}"]`).focus()},o.signal);let ee=s("th");return ee.setAttribute("aria-sort",Q?f?"descending":"ascending":"none"),ee.append(L),ee};W.append(G("label","label"),...Dn.map(([,z])=>s("th",null,z)),G("f1","F1"),G("support","support"));let U=s("thead");U.append(W);let O=s("tbody"),P=I.length===_.length?I:_.map(()=>({f1:NaN,support:NaN}));for(let z of Mi(P,A,f)){let H=s("tr",z===d?"cmw-focused":null);H.dataset.label=String(z);let Q=t.button("cmw-label-name",_[z]);V(Q,"click",()=>{d=z,h()},o.signal);let L=s("th");L.append(Q),H.append(L,...(E.tables[z]||[]).map(ee=>s("td",null,ce(ee,B))),s("td",null,te(P[z].f1)),s("td",null,ce(P[z].support,B))),O.append(H)}y.replaceChildren(U,O)}return V(l,"change",()=>{d=Number(l.value)||0,h()},o.signal),X(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function b1(e){let t=[w1(e),f1(e),g1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var x1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),_i=e=>`${(Number(e)*100).toFixed(0)}%`;function y1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${x1(n.mean)} · median ${x1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${_i(r[2])}`).join(" · ")}function v1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let l of n){let a=r("tr");a.append(r("th",null,String(l.column)),r("td",null,y1(l,"cell")),r("td",null,y1(l,"rest"))),o.append(a)}return o}function k1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("div","cmw-selection"),l=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let v=o("p","cmw-sentence");for(let y of p.sentence){let A=String(y&&y.text!=null?y.text:"");v.append(y&&y.em?o("em",null,A):t.doc.createTextNode(A))}let w=o("div","cmw-selection-head");if(w.append(v,l()),i.append(w),!p.available){let y=e.get("table"),A=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:y?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${y.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",A));return}let b=mr(p);if(b.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),c(b));let $=Array.isArray(p.previews)?p.previews:[];$.length&&i.append(u($));let x=v1(t,p);x&&i.append(x)}function c(p){let v=o("div","cmw-pager");if(p.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(p.prevOffset),v.append(w)}if(v.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(p.nextOffset),v.append(w)}return v}function u(p){let v=o("div","cmw-previews");for(let w of p)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let b=o("figure","cmw-preview-img"),$=o("img");$.src=w.src,$.alt=`sample ${w.index}`,b.append($,o("figcaption",null,`#${w.index}`)),v.append(b)}else if(w.kind==="text"){let b=o("div","cmw-preview-text");b.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),v.append(b)}}return v}let d=null;return V(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let v=p.target.closest("button[data-offset]");if(!v)return;let w=e.get("selection");d=w&&{cls:v.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(v.dataset.offset)})},r.signal),X(e,["selection","table","hasSelection"],()=>{let p=d;d=null;let v=t.doc.activeElement,w=v&&(i.contains(v)||v===t.doc.body);a();let b=e.get("selection");if(!p||!b||b.i!==p.i||b.j!==p.j||!w)return;let $=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");$&&$.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function A1({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let c=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(a,c,...r);function u(){let d=e.get("selectionSpec"),p=!!(d&&d.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),l.hidden=!(e.get("k")>0)}return V(a,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),X(e,["selectionSpec","k"],u,o.signal),u(),{el:l,update:u,destroy:()=>{o.abort(),l.remove()}}}function S1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function M1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("details","cmw-download"),l=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let c=s("cmw-download-cells","Matrix (CSV)");c.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",a.append(c,u,d),i.append(l,a);function p(){u.disabled=!e.get("hasSelection")}let v=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let b=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";S1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),b)});return r.signal.addEventListener("abort",v,{once:!0}),V(a,"click",w=>{let b=w.target.closest("button");if(b){if(b===c)e.send({type:"download",what:"cells"});else if(b===u)e.send({type:"download",what:"selection"});else if(b===d){let $=i.closest(".cmw"),x=$&&$.querySelector("canvas.cmw-canvas");x&&x.toBlob(y=>{y&&S1(t.doc,y,"confusion_matrix.png")},"image/png")}}},r.signal),X(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var Ti=96,Ci=3;function _1(e,t){return Math.max(Ci,Math.floor(Ti/Math.max(e,t,1)))}function $i(e,t,n,r){let o=_1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function Ei(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${te(t.value)}, ${te(t.rest)} in the other slices)`}function T1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=o("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let a=o("label","cmw-field");a.append(o("span",null,"Slice"),l);let c=o("div","cmw-slice-odd-note"),u=o("div","cmw-slice-fixed-note"),d=o("div","cmw-slice-grid"),p=o("div","cmw-slices-top");p.append(a,c),i.append(p,u,d),V(l,"change",()=>{let b=l.value===""?null:l.value;b!==e.get("slice")&&e.set("slice",b)},r.signal);function v(){let b=e.get("slices");if(i.hidden=!b,!b){d.replaceChildren();return}let $=e.get("slice");l.replaceChildren(s("","all samples"),...b.names.map(x=>s(x))),l.value=$!=null&&b.names.includes($)?$:"",l.disabled=b.fixed,l.title=b.fixed?"Showing another slice needs a live kernel":"",c.textContent=Ei(b),u.textContent=b.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!b.fixed,w(b,$)}function w(b,$){let{colors:x}=e.get("sliceColors"),y=e.get("sliceLut"),{k:A,cols:f}=b,h=_1(A,f),T=b.names.map((m,E)=>{let _=o("figure","cmw-slice");m===$&&_.classList.add("cmw-slice-shown"),b.mostDifferent&&b.mostDifferent.slice===E&&_.classList.add("cmw-slice-odd"),_.dataset.slice=m;let I=o("canvas","cmw-slice-canvas"),B=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;I.width=Math.round(f*h*B),I.height=Math.round(A*h*B),I.style.width=`${f*h}px`,I.style.height=`${A*h}px`,I.setAttribute("role","img"),I.setAttribute("aria-label",`Matrix of slice ${m}`),I.tabIndex=-1;let W=I.getContext&&I.getContext("2d");if(W){W.scale(B,B);for(let P=0;P<A;P++)for(let z=0;z<f;z++)W.fillStyle=Mt(y,x[E][P*f+z]),W.fillRect(z*h,P*h,h,h)}A*f<=1024&&(_.dataset.colors=Array.from(x[E]).join(",")),V(I,"click",P=>{let z=$i(P.offsetX,P.offsetY,A,f);!z||b.fixed||(e.get("slice")!==m&&e.set("slice",m),e.set("selected",z))},r.signal);let G=o("figcaption","cmw-slice-caption"),U=b.accuracy[E],O=b.samples[E];return G.append(o("span","cmw-slice-name",m),o("span","cmw-slice-stats",`n=${O==null?"–":+O.toFixed(2)} · acc ${te(U)}`)),_.append(I,G),_});d.replaceChildren(...T)}return X(e,["slices","slice","sliceColors","sliceLut"],v,r.signal),v(),{el:i,update:v,destroy:()=>r.abort()}}function C1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",V(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return X(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}function $1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",o.append(s,t.h("span",null,"totals")),o.title="Show each row's and column's total in the margins, and the grand total",V(s,"change",()=>e.set("show_totals",s.checked),r.signal);function i(){s.checked=e.get("showTotals")}return X(e,["showTotals"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var E1=e=>Math.round(e).toLocaleString("en-US");function Ni(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${E1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${E1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Fi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function N1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),l=o("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Ni(c);let u=Fi(e);l.hidden=!u,l.textContent=u||""}return X(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Oi(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Ii=60;function F1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let d=!1,p=null,v=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,b=(h,T)=>w()?String(Number(h.toPrecision(6))):h.toFixed(De(v(T)));function $(){let h=e.get("binary");if(i.hidden=!h,!h)return;let T=w();a.min=T?"0":String(h.lo),a.max=String(T?T.length-1:h.hi),a.step=T?"1":String(v(h));let m=e.get("threshold")??Number(h.threshold);!d&&Number.isFinite(m)&&(a.value=String(T?Oi(T,m):m),c.textContent=b(m,h)),x(h)}function x(h){let T=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let _=m.createTBody(),I=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[U,...O]of I){let P=_.insertRow();P.append(s("th",null,U));for(let[z,H]of O){let Q=s("td");Q.append(s("span","cmw-tag",z),t.doc.createTextNode(` ${ce(H,T)}`)),P.append(Q)}}let B=s("div","cmw-readout-stats"),W=e.get("intervals"),G=W&&!W.stale&&W.binary?W.binary:null;for(let[U,O,P]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!G){B.append(s("span","cmw-stat",`${U} ${te(P)}`));continue}let z=s("span","cmw-stat-value");Dt(t,z,P,G[O],W.level,O==="f1"?"bootstrap":"wilson");let H=s("span","cmw-stat",`${U} `);H.append(z),B.append(H)}u.replaceChildren(m,B)}let y=h=>{Number.isFinite(h)&&(p=h,e.set("threshold",h))},A=et(y,Ii,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return V(a,"input",()=>{d=!0;let h=f(),T=e.get("binary");Number.isFinite(h)&&(c.textContent=T?b(h,T):h.toFixed(2)),A(h)},o.signal),V(a,"change",()=>{d=!1,A.cancel();let h=f();(h!==p||e.get("threshold")!==h)&&y(h)},o.signal),o.signal.addEventListener("abort",()=>A.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table","intervals"],$,o.signal),$(),{el:i,update:$,destroy:()=>{o.abort(),i.remove()}}}var Ri=300,Pi=200,ji=16;function Di(e,t,n){let r=e-t-ji,o=Math.min(_n,Math.max(n,1)*Kt)+Pi;return t>0&&r>=Math.max(Ri,Math.min(o,.6*e))?r:e}function Bi(e,t){let n=e.dom.h("div","cmw-main"),r=b1(e);r.el.classList.add("cmw-side"),r.el.append(mo(e).el);let s=i1({...t,room:()=>Di(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function zi(e){let t=So(e),n=Ro(e);return[ao({...e,extra:[t.button]}),t,F1(e),N1(e),a1(e),n.panel,Bi(e,n.matrixCtx),n.table,m1(e),lo(e),k1(e),c1(e),io(e),A1({...e,extra:[M1(e).el,C1(e).el,$1(e).el]}),T1(e),l1(e),uo(e),so(e)]}function O1(e,t,n=performance.now()){let r=Er(t.ownerDocument||document),o=new AbortController,s=to(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",V(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let l=({k:c,draws:u,lastMs:d,firstMs:p})=>{i.dataset.k=String(c),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=zi({state:s,dom:r,signal:o.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var Qt="cm-widget",Ui="application/vnd.cm-widget.view+json",Bn="application/vnd.jupyter.widget-view+json",I1=1e4,Vi="Saved view, no kernel behind it: run the cell to make it live.",zn=null;async function Wi(e){let t=zn&&zn[e];if(!t)throw new Error(`${Qt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Gi(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Yn,e.head.appendChild(t)}async function Ki(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await $r(n):null}function R1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Xi(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Ki(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),I1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=R1(this,"rendermime"),o=r&&r.rendermime,s=R1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Bn in n.data&&o&&o.mimeTypes.includes(Bn))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(Bn);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:I1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Gi(r),s.textContent=Vi;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:O1(Tr(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Hi(){let{Panel:e}=await Wi("@lumino/widgets"),t=Xi(e);return{id:`${Qt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ui],defaultRank:-20,createRenderer:n=>new t(n)}}}function Yi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Qt]={init:e=>{zn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Qt} has no module ${e}`);let t=Yi()?[await Hi()]:[];return()=>({__esModule:!0,default:t})}});})();
