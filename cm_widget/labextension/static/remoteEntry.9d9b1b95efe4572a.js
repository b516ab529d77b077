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
`;function At(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function St(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function en(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function Wn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":en(t[r],t[r+1],t[r+2])}function Gn(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),c=Math.min(n,e.length);for(let a=0;a<c;a++)i[a]=s[e[a]];return r}function _1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function C1([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function Kn(e,t){let n=_1(t);if(!n||C1(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var $1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Me(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if($1)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function Le(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(l,d)=>setTimeout(l,d),clearTimeout:l=>clearTimeout(l)},o=-1/0,s=null,i=null,c=()=>{s=null,o=r.now();let l=i;i=null,e(...l)},a=(...l)=>{i=l;let d=t-(r.now()-o);d<=0?(s!==null&&r.clearTimeout(s),c()):s===null&&(s=r.setTimeout(c,d))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),c())},a}var T1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},E1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ne(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=T1[e&&e.dtype]||Float64Array,o=Hn(r,fe(e&&e.counts)),s=N1(e&&e.totals,t,n);if(e&&e.at!=null){let i=Hn(Uint32Array,fe(e.at)),c=new r(t*n),a=Math.min(i.length,o.length);for(let l=0;l<a;l++)i[l]<c.length&&(c[i[l]]=o[l]);return{k:t,cols:n,counts:c,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function Hn(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(E1&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let c=0;c<r;c++)i[c]=o[s](n*c,!0);return i}function N1(e,t,n){if(!e||typeof e!="object")return null;let r=(c,a)=>Array.isArray(c)&&c.length===a?Float64Array.from(c,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function ct(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function _e(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let c=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)c+=e[t+i*r];return c}let o=Math.floor(n/2);return o-=o%8,_e(e,t,o,r)+_e(e,t+o*r,n-o,r)}function je(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return F1(e,t,r,n,o,i);if(n==="true")for(let c=0;c<t;c++){let a=_e(e,c*r,r);for(let l=0;l<r;l++)i[c*r+l]=a===0?0:e[c*r+l]/a}else if(n==="pred"){let c=new Float64Array(r);for(let a=0;a<t;a++)for(let l=0;l<r;l++)c[l]+=e[a*r+l];for(let a=0;a<t;a++)for(let l=0;l<r;l++)i[a*r+l]=c[l]===0?0:e[a*r+l]/c[l]}else if(n==="all"){let c=_e(e,0,s);for(let a=0;a<s;a++)i[a]=c===0?0:e[a]/c}else return e;return i}function F1(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let c=0;c<n;c++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[c]:r==="all"?o.all:1;s[i*n+c]=a===0?0:e[i*n+c]/a}return r==="true"||r==="pred"||r==="all"?s:e}function Ze(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function O1(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Ce(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let c=0;c<e.length;c++){let a=(e[c]-t)*i;a=a<0?0:a>r-1?r-1:a,o[c]=O1(a)}return o}function tn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var I1=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function Yn(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?I1.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function Je(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function _t(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=en(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Mt=e=>Number(e.toPrecision(12));function Ct(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),c=[1,2,2.5,5,10].map(l=>Mt(l*i)).find(l=>l>=s&&(!o||l<1||Number.isInteger(l)));c===void 0&&(c=Mt(10*i)),o&&(c=Math.max(1,c));let a=[];for(let l=0;l*c<=r*(1+1e-12);l++){let d=Mt(l*c);a.push([d/r,o?String(d):`${Mt(d*100)}%`])}return a}function Xn(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=fe(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,l)=>{let d=u=>i.getFloat64(8*(4*l+u),!0);return{label:a,precision:d(0),recall:d(1),f1:d(2),support:d(3)}}),summary:r}}var nn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Tt=e=>Array.isArray(e)?e:[],at=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,$t=e=>Tt(e).map(Number).filter(Number.isInteger);function R1(e){let t=nn(e),n=Tt(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Tt(o)[i])?Number(Tt(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function P1(e,t){let n=nn(e);if(typeof n.name!="string")return null;let r=Ne(n.matrix),o=Je(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:at(n.fixed),broken:at(n.broken),changed:at(n.changed)}}function qn(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function Ln(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function j1(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var Zn=(e,t)=>{let n=Ln(e);return Ce(j1(e,t),-n,n)};function Jn(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function Qn(e,t=0){let n=Math.abs(Ln(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function D1(e){let t=nn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:$t(t.entered),cameFrom:$t(t.came_from),left:$t(t.left),wentTo:$t(t.went_to),nEntered:at(t.n_entered),nLeft:at(t.n_left)}}var er={runs:{raw:["_runs"],make:(e,t)=>R1(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>P1(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>D1(t("_moves"))}},tr=["run","compare"];var nr=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],rr=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function we(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ke(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?Jn(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function rn(e,t,n,r=0){let o=Ke(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${we(t,r)})`}:{main:o,sub:""}}function ee(e){return Number.isFinite(e)?e.toFixed(3):"–"}function De(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function or(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function sr(e,t){return t?`${e}_r`:e}function on(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,c)=>Number.isInteger(i)&&i>=0&&i<c;return s(r,t)&&s(o,n)?[r,o]:null}function ir(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var cr=[[`
`,"⏎"],["\r","␍"]];function lt(e){let t=String(e);for(let[n,r]of cr)t=t.split(n).join(r);return t}function sn(e,t){if(t!=null&&e===lt(t))return String(t);let n=String(e);for(let[r,o]of cr)n=n.split(o).join(r);return n}function Et(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var z1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function Qe(e,t){let n=ye(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(z1)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),c=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[c](r*a,!0);return i}var B1={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function U1(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=B1[e.dtype];return t?Qe(t,e.data):null}function V1(e,t){let n=e.split,r=ye(e.true),o=ye(e.agree),s=ye(e.offset),i=Math.floor(r.length/n),c=Math.floor(s.length/n),a=new Uint32Array(i);for(let l=0,d=0;l<i;l++){let u=n===1?r[l]:r[l]+256*r[i+l];if(o[l>>3]>>(l&7)&1)a[l]=u*t+u;else{let p=(n===1?s[d]:s[d]+256*s[c+d])+1;d++,a[l]=u*t+(u+p)%t}}return a}function W1(e,t){if(e.split)return V1(e,t);let n=ye(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,c=0;i<o;i++,c+=r){let a=0;for(let l=r-1;l>=0;l--)a=a*256+n[c+l];s[i]=a}return s}function lr(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?Qe(Float64Array,t.weights):null,sampleIndex:t.sample_index?Qe(Uint32Array,t.sample_index):null,ids:U1(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:Qe(Float32Array,t.outside.scores),weights:t.outside.weights?Qe(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=ye(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=Qe(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=W1(t.cells,e.k);return n}var He=new Float32Array(1),ar=new Int32Array(He.buffer);function G1(e,t){return He[0]=e,He[0]===0?(ar[0]=1,t?He[0]:-He[0]):(ar[0]+=He[0]>0===t?1:-1,He[0])}function cn(e){let t=Math.fround(e);return t>e?G1(t,!1):t}function ze(e,t=-1/0,n=1/0){let r=cn(Number(e));return Math.min(Math.max(r,cn(t)),cn(n))}function ut(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,c=ze(t);for(let a=0;a<e.n;a++){let l=e.positive[a]?s:i,d=e.scores[a]>=c?s:i;r[l*n+d]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function ur(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,c=n===s,a=ze(r);for(let l=0;l<e.n;l++)e.positive[l]===i&&e.scores[l]>=a===c&&o.push(l)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function an(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=ze(n);for(let c=0;c<e.n;c++){let a=e.positive[c]?s:1-s,l=e.scores[c]>=i?s:1-s;t[a*o+l]&&r.push(c)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function Nt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Ft(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Nt(e,r))}function K1(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=ze(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let c=i?_e(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:c}}var $e=(e,t)=>t!==0?e/t:0;function H1(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,c=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let T=e[w*t+g];o[w]+=T,s[g]+=T,c+=T}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,c+=n.total}let a=0;for(let w=0;w<t;w++)a+=o[w];let l=[],d={precision:0,recall:0,f1:0},u={precision:0,recall:0,f1:0},p=0,b=0;for(let w=0;w<t;w++){let g={precision:$e(r[w],s[w]),recall:$e(r[w],o[w]),f1:$e(2*r[w],o[w]+s[w]),support:o[w]};l.push(g);let T=$e(o[w],a);for(let y of["precision","recall","f1"])d[y]+=g[y]/t,u[y]+=g[y]*T;o[w]>0&&(p+=1,b+=g.recall)}return{rows:l,accuracy:$e(i,c),balancedAccuracy:p?b/p:0,macro:d,weighted:u}}function Ot(e,t,n=null,r=null){let o=H1(e,t,K1(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((c,a)=>s.set([c.precision,c.recall,c.f1,c.support],4*a));let i=o.rows.reduce((c,a)=>c+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function Y1(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:$e(e,e+n),fpr:$e(t,t+r),precision:$e(e,e+t),f1:$e(2*e,2*e+t+n),mcc:$e(e*r-t*n,o)}}function ln(e,t,n){let r=e.pos_index,o=1-r,s=(i,c)=>t[i*2+c];return{...e,threshold:n,...Y1(s(r,r),s(o,r),s(r,o),s(o,o))}}function dr(e){return e??"true"}function mr(e,t,n,r,o,s=!1,{basis:i="true",abstained:c=!1,multilabel:a=!1}={}){let l=s?un(e):String(Math.trunc(e)),d=s?`A weight of ${l} is truly `:`${l} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,u=c?" but the model ":o||a?" and predicted ":" but predicted ",p=` (${Et(r*100,1)}% of `,b;return i==="all"?b=[{text:`${p}all samples).`}]:i==="pred"&&c?b=[{text:`${p}the abstained samples).`}]:i==="pred"?b=[{text:p+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:p+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:d},{text:t,em:!0},{text:u},{text:n,em:!0},...b]}function un(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var dn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var It=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,pr=(e,t,n)=>Array.isArray(e)&&e.length===2&&It(e[0],t)&&It(e[1],n);function et(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&It(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&It(e.col,n)?{kind:"col",j:e.col}:null}return pr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>pr(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function mn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function fr(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function hr(e,t,n=t){if(e===null)return null;let r=et(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":fr(r.cells)}function wr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),fr(n)}function gr(e,t,n,r,o,s,{fixed:i,formatG:c,pairs:a=!1}){let l=s?c(t):String(Math.trunc(t)),[d,u]=a?["label pair","label pairs"]:["sample","samples"],p=s?`A weight of ${l} is `:`${l} ${t===1?d:u} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${u}).`};return e==="row"?[{text:`${p}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${p}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${p}misclassified`},b]:[{text:`${p}in ${r} selected cells`},b]}var q1=/[",\r\n]/;function L1(e){let t=String(e);return q1.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Rt(e,t){return[e,...t].map(n=>n.map(L1).join(",")).join(`
`)+`
`}var br=40,pn="abstained";function Z1(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function xr(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Pt(e){let t=Object.prototype.hasOwnProperty.call(dn,e)?dn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var yr=e=>e.every(t=>Number.isInteger(t));function vr(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)Z1(t,A.path,ye(A.data));if(!t._lut&&typeof t.cmap=="string"){let A=t.cmap,k=Pt(A.endsWith("_r")?A.slice(0,-2):A);k&&(t._lut=Pt(A)||xr(k))}let n=e.k,r=lr(e),o=new Map,s={key:null,members:null},i=e.page_size||100,c=!!(t._scores&&t._scores.kind==="multilabel");t._scores=c?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,l=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let d=A=>{for(let k of o.get(A)||[])k()},u=(A,k)=>{t[A]=k,d(A)};if(e.recount&&r){let A=ut(r,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(A.buffer)},t._metrics=Ot(A,n,r,null)}let p=Ne(t._matrix),b=r?ut(r,t.threshold):Float64Array.from(ct(p.counts,n,p.cols).square),w=p.cols===n+1?Array.from({length:n},(A,k)=>p.counts[k*p.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(b.buffer.slice(0))}}function T(A,k){let F=`${A},${k},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=ur(r,A,k,t.threshold)),s.members}function y(A,k,F,j){let K=0;if(j==="true")for(let D of k){for(let q=0;q<n;q++)K+=b[D*n+q];w&&(K+=w[D])}else for(let D=0;D<n;D++)if(j==="all"){for(let q=0;q<n;q++)K+=b[D*n+q];w&&(K+=w[D])}else for(let q of F)K+=q===n?w?w[D]:0:b[D*n+q];return K?A/K:0}function v(A,k,F,j,K,D,q,me={},de={}){let le=0;for(let te of F)for(let ne of j)le+=ne===n?w?w[te]:0:b[te*n+ne];let ue=!!(r&&r.weights||!yr(b)),ce=dr(t.normalize),Se;if(de.multilabel){let te=p.totals,ne=te?ce==="true"?te.rows[A]:ce==="pred"?te.cols[k]:te.all:0;Se=ne?le/ne:0}else Se=y(le,F,j,ce);let qe=r?D():[],Ue=qe.length,xe=Math.max(0,Math.min(Math.trunc(q)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=qe.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,br)){let ne=e.previews&&e.previews[String(Nt(r,te))];ne&&We.push(ne)}return{i:A,j:k,...me,sentence:mr(le,K[0],K[1],Se,A===k,ue,{basis:ce,...de}),count:le,total:Ue,offset:xe,indices:r?Ft(r,Ve):[],page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function S(A,k,F){let j=t.display_labels||[];return w&&k===n?v(A,k,[A],[k],[String(j[A]??A),pn],()=>[],F,{},{abstained:!0}):v(A,k,[A],[k],[String(j[A]??A),String(j[k]??k)],()=>T(A,k),F,{},{multilabel:c})}let f=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(f.length?n:0).fill(0);if(f.length){let A=t._groups.codes,k=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?k.getUint16(2*F,!0):k.getUint32(4*F,!0)}let _=A=>h.flatMap((k,F)=>k===A?[F]:[]);function m(A,k){if(r.kind==="binary"){let j=[];for(let K of _(A))for(let D of _(k))j.push(...T(K,D));return j.sort((K,D)=>K-D)}let F=[];for(let j=0;j<r.n;j++){let K=r.cells[j],D=Math.floor(K/n);h[D]===A&&h[K-D*n]===k&&F.push(j)}return F}function E(A,k,F){return v(A,k,_(A),_(k),[f[A],f[k]],()=>m(A,k),F,{group:!0})}function C(A,k){let F=w?n+1:n,j=et(A,n,F),K=mn(j,n,F),D=0;for(let[te,ne]of K)D+=ne===n?w?w[te]:0:b[te*n+ne];let q=new Uint8Array(n*n);for(let[te,ne]of K)ne<n&&(q[te*n+ne]=1);let me=r?an(r,q,t.threshold):[],de=Ft(r||{},me),le=me.map((te,ne)=>ne);r&&r.ids&&le.sort((te,ne)=>de[te]<de[ne]?-1:de[te]>de[ne]?1:te-ne);let ue=0;for(let te=0;te<n;te++){for(let ne=0;ne<n;ne++)ue+=b[te*n+ne];w&&(ue+=w[te])}let ce=(t.display_labels||[]).map(String);w&&ce.push(pn);let Se=j.kind==="row"?ce[j.i]:j.kind==="col"?ce[j.j]:null,qe=!!(r&&r.weights||!yr(b)),Ue=me.length,xe=Math.max(0,Math.min(Math.trunc(k)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=le.slice(xe,xe+i),We=[];for(let te of Ve.slice(0,br)){let ne=e.previews&&e.previews[String(Nt(r,me[te]))];ne&&We.push(ne)}return{i:j.kind==="row"?j.i:-1,j:j.kind==="col"?j.j:-1,kind:j.kind,sentence:gr(j.kind,D,Se,K.length,ue?D/ue:0,qe,{fixed:Et,formatG:un,pairs:c}),count:D,total:Ue,offset:xe,indices:Ve.map(te=>de[te]),page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function I(A=0){let k=t.selected,F=t.selected_group;k!=null&&!(Array.isArray(k)&&k.length===2&&!Array.isArray(k[0]))?u("_selection",C(k,A)):Array.isArray(k)&&k.length===2?u("_selection",S(k[0],k[1],A)):Array.isArray(F)&&F.length===2?u("_selection",E(F[0],F[1],A)):u("_selection",{})}t._order_choices=Object.keys(e.orders||{});function z(A){let k=e.orders&&e.orders[A];k&&(u("_order",{dtype:k.dtype,classes:ye(k.classes),groups:k.groups?ye(k.groups):null}),u("order",A))}function W(A,k,F,j=F){if(A==="selected"&&(k=hr(k,F,j),k===void 0)||!(k===null||A==="selected"||Array.isArray(k)&&k.length===2&&k.every((q,me)=>Number.isInteger(q)&&q>=0&&q<(me===0?F:j))))return;let D=A==="selected"?"selected_group":"selected";k!==null&&t[D]!=null&&(t[D]=null,d(D)),t[A]=k,d(A),I(0)}function G(A){if(!r||r.kind!=="binary"||!a)return;let k=Number(A);if(!Number.isFinite(k))return;let F=ze(Math.min(Math.max(k,a.lo),a.hi),a.lo,a.hi);t.threshold=F,b=ut(r,F),u("_matrix",g()),u("_binary",ln(a,b,F)),u("_metrics",Ot(b,n,r,F)),u("_intervals",Q(b)),d("threshold"),t.selected!=null&&I(0)}function U(A){let k=String(A),F=k.endsWith("_r")?k.slice(0,-2):k,K=(e.luts&&e.luts[k]?ye(e.luts[k]):null)||Pt(k),D=K||(e.luts&&e.luts[F]?ye(e.luts[F]):Pt(F));D&&(u("_lut",K||xr(D)),u("cmap",k))}r&&r.kind==="binary"&&a&&(t.threshold=ze(t.threshold,a.lo,a.hi),b=ut(r,t.threshold),t._matrix=g(),t._binary=ln(a,b,t.threshold),t._metrics=Ot(b,n,r,t.threshold)),l&&l!=="index"&&(t.selected!=null||t.selected_group!=null)&&I(0);let O=new Set;function P(){let A=Ne(t._matrix),k=je(A.counts,A.k,"true",A.cols,A.totals),F=(t.display_labels||[]).map(String),j=F.slice();A.cols===n+1&&j.push(pn);let K=[];for(let D=0;D<A.k;D++)for(let q=0;q<A.cols;q++)K.push([F[D],j[q],A.counts[D*A.cols+q],k[D*A.cols+q]]);return Rt(["true","predicted","count","share"],K)}function B(){let A=["index","true","predicted"],k=!!(r&&r.kind==="binary");if(k&&A.push("score"),!r||t.selected==null)return Rt(A,[]);let F=et(t.selected,n,w?n+1:n),j=new Uint8Array(n*n);for(let[le,ue]of mn(F,n,w?n+1:n))ue<n&&(j[le*n+ue]=1);let K=an(r,j,t.threshold),D=Ft(r,K),q=(t.display_labels||[]).map(String),me=k?ze(t.threshold):0,de=K.map((le,ue)=>{if(!k)return[D[ue],q[Math.floor(r.cells[le]/n)],q[r.cells[le]%n]];let ce=r.posIndex;return[D[ue],q[r.positive[le]?ce:1-ce],q[r.scores[le]>=me?ce:1-ce],r.scores[le]]});return Rt(A,de)}let Y={cells:["confusion_matrix.csv",P],selection:["selection.csv",B]},Z=t._intervals&&t._intervals.level?t._intervals:null,J=Float64Array.from(b);function Q(A){return Z?A.length===J.length&&A.every((F,j)=>F===J[j])?Z:{stale:!0,level:Z.level,z:Z.z}:t._intervals}return{receive(A){return O.add(A),()=>O.delete(A)},get:A=>t[A],on(A,k){return o.has(A)||o.set(A,new Set),o.get(A).add(k),()=>o.get(A).delete(k)},set(A,k){if(A==="threshold")return G(k);if(A==="cmap")return U(k);if(A==="normalize"){u(A,k??null),(t.selected!=null||t.selected_group!=null)&&I(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(k)||k.length!==n)return;u(A,k.map(String)),t.selected!=null&&I(t._selection?.offset||0);return}if(A==="selected")return W(A,k,n,w?n+1:n);if(A==="selected_group")return W(A,k,f.length);if(A==="order")return z(k);if(A==="errors_only")return u(A,k===!0);if(A==="cmap_scale")return k==="log"||k==="linear"?u(A,k):void 0;if(A==="level"){(k==="classes"||k==="groups"&&f.length)&&u(A,k);return}},send(A){if(A&&A.type==="download"&&Y[A.what]){let[k,F]=Y[A.what],j={type:"download",what:A.what,name:k,text:F()};queueMicrotask(()=>{for(let K of[...O])K(j)});return}A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&I(Number(A.offset)||0)}}}var J1="CMW1",Q1="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",es=new Map([...Q1].map((e,t)=>[e,t]));function ts(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let c=o;c<o+5;c++){let a=c<t.length?es.get(t[c]):84;if(a===void 0)throw new Error("not base85 text");i=i*85+a}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function kr(e,t=!1){let n=t?ts(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function ns(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function rs(e){return new TextDecoder().decode(await kr(e))}async function os(e,t="cmw-pack85"){let n=await kr(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==J1)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let c=Object.keys(i);if(c.length===1&&c[0]==="__cmw_bytes__"){let[a,l]=i.__cmw_bytes__;return ns(o.subarray(a,a+l))}}return i})}async function Ar(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await os(t,n):JSON.parse(n==="gzip"?await rs(t):t)}var ss=new Set(["button","input","select","textarea","summary","canvas"]);function Sr(e){let t=(o,s,i)=>{let c=e.createElement(o);return s&&(c.className=s),i!=null&&(c.textContent=i),ss.has(o)&&(c.dataset.lmSuppressShortcuts="true"),c};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function V(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function X(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var is=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function cs(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(is)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Mr(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Me(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Me(e.curve.t),i=cs(e.curve.y),c=Math.min(s.length,i.length);c>0&&(n={t:s.subarray(0,c),y:i.subarray(0,c),n:c})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function _r(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),c=(u,p)=>p<n?e[u*n+p]:t[u],a=[],l=0,d=0;for(let u=0;u<n;u++){let p=0;for(let w=0;w<i;w++)p+=c(u,w)*r[u*o+w];let b=0;for(let w=0;w<s;w++)b+=c(u,w);a.push({total:p,mean:b!==0?p/b:0}),l+=p,d+=b}return{total:l,mean:d?l/d:0,perClass:a}}var as=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fn(e,t){let n=fe(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(as)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?c=>o.getFloat32(4*c,!0):c=>o.getFloat64(8*c,!0);for(let c=0;c<r;c++)s[c]=i(c);return s}function Cr(e){if(!e||typeof e!="object")return null;let t=fn(e.x,Float32Array),n=fn(e.y,Float32Array),r=fn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var hn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function $r(e){if(!e||typeof e!="object")return null;let t=Cr(e.roc),n=Cr(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&hn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:hn(e.auc),ap:hn(e.ap),targets:r,undefinedBecause:s}}function Tr(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,c=e.y[s]-n,a=i*i+c*c;a<o&&(o=a,r=s)}return r}function Er(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var ls={uint16:2,uint32:4};function wn(e,t){let n=ls[t];if(!n)return null;let r=fe(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Nr(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Fr=e=>Array.from({length:e},(t,n)=>n);function Or(e,t,n){let r=e&&e.dtype,o=e?wn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?wn(e.groups,r):null;return{classes:Nr(o,t)?o:Fr(t),groups:n?Nr(i,s)?i:Fr(s):null}}function Ir(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=wn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var gn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,dt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Rr(e,t){let n=dt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=fe(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),l=(d,u)=>{let p=a.getFloat64(8*(6*d+u),!0);return Number.isFinite(p)?p:null};for(let d=0;d<o;d++)s.push({precision:[l(d,0),l(d,1)],recall:[l(d,2),l(d,3)],f1:[l(d,4),l(d,5)]})}let i={};for(let[a,l]of Object.entries(dt(n.summary)))i[a]=Array.isArray(l)?gn(l):Object.fromEntries(Object.entries(dt(l)).map(([d,u])=>[d,gn(u)]));let c=n.binary?Object.fromEntries(Object.entries(dt(n.binary)).map(([a,l])=>[a,gn(l)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:c,methods:dt(n.methods)}}function us(e,t){let n=ee(e);return!t||t[0]===null||t[1]===null?n:`${n} (${ee(t[0])}-${ee(t[1])})`}var tt=e=>`${Number((100*e).toFixed(2))}%`;function jt(e,t,n,r,o,s){if(t.textContent=us(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${tt(o)} interval ${ee(r[0])} to ${ee(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let c=u=>Math.min(Math.max(u,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let l=e.h("span","cmw-whisker-bar");l.style.left=`${c(r[0])}%`,l.style.width=`${Math.max(c(r[1])-c(r[0]),0)}%`;let d=e.h("span","cmw-whisker-tick");d.style.left=`${c(n)}%`,a.append(l,d),t.append(a)}function Pr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${tt(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function jr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,c=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-c,0),1),Math.min(Math.max(i+c,0),1)]}function Dr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let c=e[s*t+i];if(s===i||!(c>0)||o.length===n&&c<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<c;)a--;o.splice(a,0,[c,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let c=Math.floor(i/t),a=r?r[c]:_e(e,c*t,t);return[c,i-c*t,s,a===0?0:s/a]})}var bn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function zr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(bn),r=null,o=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let c=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=c.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Br(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Ur(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var xn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Vr=e=>Array.isArray(e)?e:[],Dt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function ds(e,t){let n=xn(e),r=Vr(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=xn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let c=Ne({...s,k:1,cols:o*t*i}),a=r.map((p,b)=>c.counts.subarray(b*t*i,(b+1)*t*i)),l=p=>r.map((b,w)=>Dt(Vr(n[p])[w])),d=xn(n.most_different),u=Number.isInteger(d.slice)&&d.slice>=0&&d.slice<o?{slice:d.slice,value:Dt(d.value),rest:Dt(d.rest),difference:Dt(d.difference)}:null;return{names:r,k:t,cols:i,counts:a,samples:l("samples"),accuracy:l("accuracy"),balancedAccuracy:l("balanced_accuracy"),macroF1:l("macro_f1"),mostDifferent:u,fixed:n.fixed===!0}}function ms(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>je(i,n,t,r)),s=o.reduce((i,c)=>Math.max(i,Ze(c)),0);return{values:o,vmax:s,colors:o.map(i=>Ce(i,0,s))}}function ps(e){return typeof e=="string"?e:null}var Wr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>ds(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>ps(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>ms(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>Je(t("_lut"))||St()}};var Gr=256;function mt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function Kr(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(Gr-2)*(Math.log(i/t)/o))/(Gr-1):1)}return r}function pt(e,t,n,r){return n==="log"?Ce(Kr(e,r,t),0,1):Ce(e,0,t)}function zt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>Kr([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let c=10**i;c>e*(1+1e-9)&&s.push([o(c),r(c)])}return t>e&&s.push([1,r(t)]),s}var fs=new Set(["normalize","cmap","threshold","display_labels","selected",...tr,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale"]),hs=10,Bt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Hr=e=>Array.isArray(e)?e:[],Ut={matrix:{raw:["_matrix"],make:(e,t)=>Ne(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>ct(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>on(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>je(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>ct(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?qn(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Ze(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:pt(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?Zn(e("values"),e("k")):pt(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>mt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||Je(t("_lut"))||St()},lutText:{uses:["lut"],make:e=>_t(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:Yn(t("values_format"),e("normalize"),tn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>tn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?Qn(e("values"),e("countDigits")):e("cmapScale")==="log"?zt(e("logLo"),e("vmax"),e("normalize")):Ct(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>Xn(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Rr(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>qr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Bt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>et(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Bt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Hr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Hr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>zr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Br(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>$r(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Mr(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return _r(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Bt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Bt(t("_table"));if(!n.engine)return null;let r=Me(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...er,...Wr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Or(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Ir(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?on(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Dr(e("counts"),e("k"),hs,ws(e))},focus:{make:()=>null}},ft={},Yr=e=>{if(!ft[e]){let t=Ut[e];ft[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(Yr)])]}return ft[e]};for(let e of Object.keys(Ut))Yr(e);function ws(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>_e(r,i*n,n)+o[i])}function Xr(e){let t=new Map,n=a=>{if(!Ut[a])throw new Error(`unknown state key ${a}`);return Ut[a]},r=a=>{let l=n(a),d=ft[a].map(b=>e.get(b)),u=t.get(a);if(u&&u.raws.every((b,w)=>b===d[w]))return u.value;let p=l.make(r,b=>e.get(b));return t.set(a,{raws:d,value:p}),p};return{get:r,on:(a,l)=>{n(a);let d=ft[a].map(u=>e.on(u,l));return()=>d.forEach(u=>u())},set:(a,l)=>{if(!fs.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,l)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function H(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(c=>e.on(c,s));return r&&r.addEventListener("abort",()=>i.forEach(c=>c()),{once:!0}),s}var gs="http://www.w3.org/2000/svg",Te=180,nt=28,yn=180,Vt=44,bs=12,Lr=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function qr(e,t){let n=Lr(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=Lr(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Me(r.counts);return{kind:n.kind,x:Me(n.x),y:Me(n.y),n:Me(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function Zr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${ee(e.eceLow)}-${ee(e.eceHigh)}), ${tt(e.level)} interval`:"";return`ECE ${ee(e.ece)}${t}`}function ke(e,t,n,r){let o=e.createElementNS(gs,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function Jr({state:e,dom:t,signal:n}){let r=X(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),c=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(c,a);let l=[];function d(){let g=e.get("calibration");if(!g||!g.hist)return null;let T=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return T==null||!Number.isFinite(T)?null:T}function u(){let g=e.get("calibration"),T=d();for(let y of l){if(T===null||!g||!g.hist){y.setAttribute("visibility","hidden");continue}let{lo:v,hi:S}=g.hist,f=(Math.min(Math.max(T,v),S)-v)/(S-v||1)*yn;y.setAttribute("x1",String(f)),y.setAttribute("x2",String(f)),y.setAttribute("visibility","visible"),y.dataset.at=String(T)}}function p(g){let T=ke(s,"svg",{width:Te+nt+8,height:Te+nt+8,role:"img"},"cmw-reliability");T.setAttribute("aria-label",`reliability diagram, ${Zr(g)}`);let y=_=>nt+_*Te,v=_=>4+(1-_)*Te;T.append(ke(s,"rect",{x:nt,y:4,width:Te,height:Te},"cmw-plot-frame"),ke(s,"line",{x1:y(0),y1:v(0),x2:y(1),y2:v(1)},"cmw-diagonal"));let S=ke(s,"text",{x:nt+Te/2,y:Te+nt+2,"text-anchor":"middle"},"cmw-axis-label");S.textContent="mean predicted probability";let f=ke(s,"text",{x:10,y:4+Te/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Te/2})`},"cmw-axis-label");f.textContent="observed frequency",T.append(S,f);let h=Array.from(g.x,(_,m)=>`${y(_)},${v(g.y[m])}`).join(" ");return T.append(ke(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((_,m)=>{let E=ke(s,"circle",{cx:y(_),cy:v(g.y[m]),r:3},"cmw-reliability-point"),C=ke(s,"title",{});C.textContent=`predicted ${ee(_)}, observed ${ee(g.y[m])}, ${Math.round(g.n[m]*100)/100} samples`,E.append(C),T.append(E)}),T}function b(g,T){let y=o("div","cmw-histograms"),{bins:v,counts:S}=g.hist,f=T.length,h=Math.min(f,bs),_=0;for(let E=0;E<h*v;E++)_=Math.max(_,S[E]);let m=g.kind==="binary"?`score of ${T[1]??"positive"}`:"top score";y.append(o("div","cmw-histograms-title",`${m} by true class`)),l=[];for(let E=0;E<h;E++){let C=o("div","cmw-histogram-row"),I=o("span","cmw-histogram-name",T[E]);I.title=T[E];let z=ke(s,"svg",{width:yn,height:Vt},"cmw-histogram"),W=yn/v;for(let U=0;U<v;U++){let O=S[E*v+U];if(!(O>0))continue;let P=_>0?O/_*(Vt-2):0;z.append(ke(s,"rect",{x:U*W,y:Vt-P,width:Math.max(W-1,1),height:P},"cmw-histogram-bar"))}let G=ke(s,"line",{x1:0,x2:0,y1:0,y2:Vt},"cmw-threshold-line");l.push(G),z.append(G),C.append(I,z),y.append(C)}return f>h&&y.append(o("div","cmw-note",`the first ${h} of ${f} classes`)),y}function w(){let g=e.get("calibration");if(i.hidden=!g,l=[],!g)return;if(g.note){c.textContent=g.note,a.replaceChildren();return}let T=g.kind==="binary"?"":" (top label)";c.textContent=`Calibration${T}: ${Zr(g)}, ${g.nBins} ${g.strategy} bins`;let y=[p(g)];g.hist&&y.push(b(g,e.get("labels"))),a.replaceChildren(...y),u()}return H(e,["calibration","labels"],w,r.signal),H(e,["threshold","abstainAt"],u,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var vn=e=>`${(100*e).toFixed(1)}%`;function xs(e,t,n,r,o,s){let i=(l,d)=>d===n?t?t[l]:0:e[l*n+d],c=t?n+1:n,a=0;for(let l=0;l<n;l++)for(let d=0;d<c;d++)(s==="all"||(s==="pred"?d===o:l===r))&&(a+=i(l,d));return{count:i(r,o),den:a}}function Qr({state:e,dom:t,signal:n}){let r=X(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),c=e.get("selected"),a=e.get("k"),l=i&&Number.isFinite(i.z)&&Array.isArray(c)&&c.length===2&&!e.get("multilabel");if(o.hidden=!l,!l){o.textContent="";return}let d=e.get("countParts"),u=e.get("cols")===a+1?d.rest:null,p=e.get("normalize")==null?"true":e.get("normalize"),{count:b,den:w}=xs(d.square,u,a,c[0],c[1],p),g=jr(b,w,i.z),T=p==="all"?"the whole":p==="pred"?"its predicted column":"its true row";o.textContent=g?`Share of ${T}: ${vn(b/w)}, ${tt(i.level)} interval ${vn(g[0])}-${vn(g[1])} (Wilson).`:`Share of ${T}: no samples, no interval.`,o.dataset.low=g?String(g[0]):"",o.dataset.high=g?String(g[1]):""}return H(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var ys=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function vs(e,t){return`From ${e.name} to ${t}: ${ys(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function ks(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function eo({state:e,dom:t,signal:n}){let r=X(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,l,d,u,p,b,w){let g=o("div",a);if(g.append(o("div","cmw-moves-title",`${l} (${d})`)),!u.length)return g.append(o("span","cmw-hint","none")),g;let T=o("div","cmw-moves-list");return u.forEach((y,v)=>{let S=o("span","cmw-move"),f=p[v];S.append(o("span","cmw-idx",`sample ${y}`),t.doc.createTextNode(": predicted "),o("em",null,w[f]??String(f)),t.doc.createTextNode(` in ${b}`)),T.append(S)}),g.append(T),d>u.length&&g.append(o("span","cmw-hint",`showing the first ${u.length} of ${d}`)),g}function c(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let l=e.get("run"),d=o("p","cmw-compare-summary",vs(a,l));d.title=ks(a,l),s.append(d);let u=e.get("moves");if(!u){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let p=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,p[u.i]??String(u.i)),t.doc.createTextNode(", predicted "),o("em",null,p[u.j]??String(u.j)),t.doc.createTextNode(`: ${u.nEntered} entered, ${u.nLeft} left since ${a.name}.`)),s.append(b,i("cmw-entered","Entered",u.nEntered,u.entered,u.cameFrom,a.name,p),i("cmw-left","Left",u.nLeft,u.left,u.wentTo,l,p))}return H(e,["compareState","moves","run","labels"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function to({state:e,dom:t,signal:n,extra:r=[]}){let o=X(n),{h:s,button:i}=t,c=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let l=rr.map(y=>{let v=i("cmw-seg-btn");return v.setAttribute("aria-label",y.label),v.append(s("span","cmw-long",y.label),s("span","cmw-short",y.short)),v.dataset.value=y.value===null?"":y.value,a.append(v),v}),d=s("label","cmw-field"),u=s("select","cmw-cmap");for(let y of nr)u.append(t.option(y));d.append(s("span","cmw-field-name","Colormap"),u);let p=t.option("cmw:compare"),b=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",b.append(w,s("span",null,"reverse")),c.append(a,d,b,...r);function g(){let y=e.get("normalize");for(let h of l){let _=(h.dataset.value||null)===y;h.classList.toggle("cmw-active",_),h.setAttribute("aria-pressed",String(_))}let v=e.get("compareState");if(u.disabled=!!v,w.disabled=!!v,v){p.textContent=`${v.cmap} (better / worse)`,p.parentNode||u.append(p),u.value=p.value,u.title=`Compare mode colours each cell by better (blue) or worse (red) since ${v.name}; the colormap returns when compare mode ends.`;return}p.remove(),u.removeAttribute("title");let{base:S,reversed:f}=or(e.get("cmap"));[...u.options].some(h=>h.value===S)||u.append(t.option(S)),u.value=S,w.checked=f}let T=()=>e.set("cmap",sr(u.value,w.checked));return V(a,"click",y=>{let v=y.target.closest(".cmw-seg-btn");v&&e.set("normalize",v.dataset.value||null)},o.signal),V(u,"change",T,o.signal),V(w,"change",T,o.signal),H(e,["normalize","cmap","compareState"],g,o.signal),g(),{el:c,update:g,destroy:()=>{o.abort(),c.remove()}}}var no={width:240,height:130,pad:34},As="http://www.w3.org/2000/svg";function Ye(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):ee(e):"–"}function Ss(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Ye(r.mean)}`).join(", ");return`Expected cost ${Ye(e.mean)} per sample (${Ye(e.total)} in total); per true class: ${n}.`}function Ms(e,t,n,r,o){let{width:s,height:i,pad:c}=o,a=u=>c+(u-t)/(n>t?n-t:1)*(s-2*c),l=u=>i-c+4-(r>0?u/r:0)*(i-c-12),d=new Array(e.n);for(let u=0;u<e.n;u++)d[u]=`${a(e.t[u]).toFixed(1)},${l(e.y[u]).toFixed(1)}`;return{points:d.join(" "),xs:a,ys:l}}function ro({state:e,dom:t,signal:n}){let r=X(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=Ss(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return H(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function oo({state:e,dom:t,signal:n}){let r=X(n),{h:o,doc:s}=t,i=(I,z={})=>{let W=s.createElementNS(As,I);for(let[G,U]of Object.entries(z))W.setAttribute(G,String(U));return W},c=o("figure","cmw-curve cmw-cost");c.hidden=!0;let a=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:l,height:d,pad:u}=no,p=i("svg",{width:l,height:d,viewBox:`0 0 ${l} ${d}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});p.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),T=i("title");g.append(T);let y=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),v=i("text",{x:l/2,y:d-4,class:"cmw-curve-axis","text-anchor":"middle"});v.textContent="threshold";let S=i("text",{x:9,y:d/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${d/2})`});S.textContent="cost";let f=i("text",{x:u-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});p.append(i("rect",{x:u,y:8,width:l-2*u,height:d-u-4,class:"cmw-curve-frame"}),b,w,g,y,v,S,f);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),_=o("p","cmw-cost-readout");c.append(a,p,h,_);let m=null,E=null;V(h,"click",()=>{let I=e.get("costs"),z=e.get("binary");I&&I.least&&z&&e.set("threshold",oe(I.least.threshold,z.lo,z.hi))},r.signal);function C(){let I=e.get("costs"),z=e.get("binary");if(c.hidden=!(I&&I.curve&&I.least&&z),c.hidden)return;if(E!==I||!m||m.lo!==z.lo||m.hi!==z.hi){let O=0;for(let Y=0;Y<I.curve.n;Y++)O=Math.max(O,I.curve.y[Y]);let P=Ms(I.curve,z.lo,z.hi,O,no);b.setAttribute("points",P.points),m={...P,lo:z.lo,hi:z.hi},f.textContent=Ye(O);let B=oe(I.least.threshold,z.lo,z.hi);g.setAttribute("cx",m.xs(B).toFixed(1)),g.setAttribute("cy",m.ys(I.least.mean).toFixed(1)),T.textContent=`least cost ${Ye(I.least.mean)} at threshold ${B}`,Object.assign(c.dataset,{leastThreshold:String(I.least.threshold),leastMean:String(I.least.mean)}),E=I}let W=m.xs(oe(z.threshold,z.lo,z.hi)).toFixed(1);for(let[O,P]of Object.entries({x1:W,x2:W,y1:8,y2:d-u+4}))w.setAttribute(O,String(P));let G=e.get("expectedCost"),U=G?G.mean:NaN;y.setAttribute("visibility",Number.isFinite(U)?"visible":"hidden"),Number.isFinite(U)&&(y.setAttribute("cx",W),y.setAttribute("cy",m.ys(U).toFixed(1))),h.disabled=Math.abs(U-I.least.mean)<=1e-12*Math.max(1,Math.abs(I.least.mean)),_.textContent=`Now ${Ye(U)} per sample; least ${Ye(I.least.mean)} at threshold ${ee(oe(I.least.threshold,z.lo,z.hi))}.`,c.dataset.mean=String(U)}return H(e,["costs","binary","expectedCost"],C,r.signal),C(),{el:c,update:C,destroy:()=>{r.abort(),c.remove()}}}var Wt=64,An=800,so=120,Gt=6,_s=6,wt=2,Cs=14,Sn=140,ie=8,Fe=20,Mn=15,Ee=6,_n=16,Xe=14,ht=6,kn=8,Cn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function gt(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Wt,c=n.maxGrid||An,a=ie+Fe+r+Ee,l=ie,d=e>0&&n.extra?1:0,u=Math.min(c,Math.max(so,t-a-s-ie-d*ht)),p=n.view||Be(e),b=e>0?p.v:0,w=b>0?Math.min(i,u/(b+d)):0;d&&w<kn&&(w=Math.min(i,(u-kn)/b)),w>=Gt&&(w=Math.floor(w));let g=w*b,T=a+g+ht,y=d?Math.max(w,kn):0,v=d?T+y:a+g;return{k:e,v:b,r0:p.r0,c0:p.c0,room:u,cell:w,x0:a,y0:l,grid:g,extra:d,xExtra:T,xw:y,right:v,width:Math.ceil(v+s+ie),height:Math.ceil(l+g+Ee+o+Fe+ie+(Math.max(1,n.xTitleLines||1)-1)*Mn)}}function io(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Gt&&(r=Math.floor(r)),Math.max(so,r*(n+e.extra))}function Kt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,c=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,c+Math.min(s,Math.floor(r/n.cell))]:null}function Be(e){return{r0:0,c0:0,v:Math.max(0,e)}}function co(e,t){return e*_s>t}function ao(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Wt)))}function Ae(e,t,n=1){if(!(t>0))return Be(0);let r=e||Be(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function lo(e,t,n,r,o=1){let s=Ae(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[c,a]=n||[s.r0+s.v/2,s.c0+s.v/2],l=(d,u)=>u-(u-d)*i/s.v;return Ae({r0:l(s.r0,c),c0:l(s.c0,a),v:i},r,o)}function uo(e,t,n,r,o=1){let s=Ae(e,r,o);return Ae({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Ht(e,t,n,r=1){let o=Ae(e,n,r);if(!t)return o;let s=(i,c)=>c<i?c:c>=i+o.v?c-o.v+1:i;return Ae({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function mo(e,t,n,r,o=1){let s=Ae(e,n,o),i=Math.min(s.v,Math.max(r,o));return Ae({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function po(e,t,n){let r=n.v??n.k,o=(s,i,c)=>c+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function fo(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function $n(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function ho(e,t,n=Cs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function bt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Tn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let c=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<c)return-1;let l=oe(Math.round((s+e/t-.5)/n)*n,c,a);return Math.abs((l-s+.5)*t-e)<=Math.max(t/2,o)?l:-1}function xt(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function wo(e,t,n,r=1,o=n){if(n<=0||!Cn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,he=(e,t)=>e.y0+(t-e.r0)*e.cell,Oe=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,rt=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function go({state:e,dom:t,signal:n}){let r=X(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let c=o("div","cmw-labels-panel");c.hidden=!0;let a=null,l=null;function d(){let w=e.get("labels");l=w;let g=o("div","cmw-labels-list");a=w.map((y,v)=>{let S=o("label","cmw-label-row"),f=o("input","cmw-label-input");return f.type="text",f.value=lt(y),f.dataset.index=String(v),S.append(o("span","cmw-label-idx",String(v)),f),g.append(S),f});let T=o("div","cmw-labels-actions");T.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),c.replaceChildren(g,T),c.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function u(w=!1){a=null,l=null,c.hidden=!0,c.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function p(){let w=l,g=e.get("labels"),T=a.map((y,v)=>y.value!==lt(w[v])?sn(y.value,w[v]):g[v]);u(!0),T.length===g.length&&T.some((y,v)=>y!==g[v])&&e.set("display_labels",T)}function b(){a&&a.length!==e.get("k")&&u()}return V(i,"click",()=>a?u():d(),r.signal),V(c,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),p()):w.key==="Escape"&&(w.preventDefault(),u(!0))},r.signal),V(c,"click",w=>{w.target.closest(".cmw-save")?p():w.target.closest(".cmw-cancel")&&u(!0)},r.signal),H(e,["labels","k"],b,r.signal),{el:c,button:i,update:b,open:d,close:u,isOpen:()=>a!==null,destroy:()=>{r.abort(),c.remove(),i.remove()}}}function bo({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=lt(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let c=new AbortController,a=!1,l=(d,u=!1)=>{if(a)return;a=!0,c.abort();let p=sn(i.value,r);i.remove(),s(d&&p!==r?p:null,u)};return i.addEventListener("keydown",d=>{(d.key==="Enter"&&!d.isComposing||d.key==="Escape")&&(d.preventDefault(),l(d.key==="Enter",!0))},{signal:c.signal}),i.addEventListener("blur",()=>l(!0),{signal:c.signal}),t.append(i),i.focus(),i.select(),{finish:l}}var $s=12;function Ts(e,t,n,r=$s){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(c,a)=>a==null||a<c||a>=c+o.v?c:Math.max(c,Math.min(a-Math.floor(s/2),c+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function xo({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,l={counts:e.get("counts"),values:e.get("values")}){let d=e.get("fmt"),u=we(l.counts[a],e.get("countDigits"));return d.kind==="percent"?`${u} (${Ke(l.values[a],d)})`:u}function c(){let a=e.get("k"),l=e.get("labels"),d=e.get("selected"),u=e.get("abstained"),p=Ts(s,a,d&&d[1]<a?d:d&&[d[0],null]),b=r("table"),w=r("caption",null,`Confusion matrix, rows ${p.rows+1}-${p.rows+p.side} and columns ${p.cols+1}-${p.cols+p.side} of ${a}: rows are the true label, columns the predicted label.`),g=r("tr");g.append(r("td"));for(let v=p.cols;v<p.cols+p.side;v++){let S=r("th",null,`Predicted ${l[v]}`);S.scope="col",g.append(S)}if(u){let v=r("th",null,"Abstained");v.scope="col",g.append(v)}let T=r("tbody");for(let v=p.rows;v<p.rows+p.side;v++){let S=r("tr"),f=r("th",null,`True ${l[v]}`);f.scope="row",S.append(f);let h=(_,m)=>{let E=r("td",null,m);d&&d[0]===v&&d[1]===_&&(E.dataset.selected="true",E.textContent=`${E.textContent}, selected`),S.append(E)};for(let _=p.cols;_<p.cols+p.side;_++)h(_,i(v*a+_));u&&h(a,i(v,u)),T.append(S)}let y=r("thead");y.append(g),b.append(w,y,T),o.replaceChildren(b)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],c,n),c(),{el:o,update:c,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,c())},destroy:()=>o.remove()}}function Es(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function yo(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=Es(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,c=[];for(let[a,l]of e.cells){let d=o[a],u=s(l),p=`${d},${u}`;d<0||u<0||i.has(p)||(i.add(p),c.push([d,u]))}return{rows:[],cols:[],cells:c,errors:!1}}function vo(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=c=>t[c]&&t[c].kind==="class"?t[c].index:-1,i=c=>c===t.length&&r?n:s(c);if(Number.isInteger(e.row)){let c=s(e.row);return c>=0?{row:c}:void 0}if(Number.isInteger(e.col)){let c=i(e.col);return c>=0?{col:c}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let c=s(e.add[0]),a=i(e.add[1]);return c>=0&&a>=0?wr(o,[c,a]):void 0}}function Ns(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:ko(e);if(r!=="groups"||!n)return Array.from(s,d=>({kind:"class",index:d,members:[d]}));let i=n.names.length,c=Array.from({length:i},()=>[]);for(let d of s)c[n.codes[d]].push(d);let a=t&&t.groups&&t.groups.length===i?t.groups:ko(i),l=[];for(let d of a)if(o.has(d))for(let u of c[d])l.push({kind:"class",index:u,members:[u]});else l.push({kind:"group",index:d,members:c[d]});return l}function ko(e){return Array.from({length:e},(t,n)=>n)}function Fs(e){return e.every(t=>t.kind==="class")}function En(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let c=0;c<r;c++)o[s*r+c]=e[i+n[c]]}return o}function Os(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,c)=>{for(let a of i.members)o[a]=c});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let c=o[i];if(!(c<0))for(let a=0;a<t;a++){let l=o[a];l>=0&&(s[c*r+l]+=e[i*t+a])}}return s}function Ao(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function Is(e,t,n=null){let r=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>r&&(r=e[s*t+i]);if(n)for(let s of n)s>r&&(r=s);let o=Ce(e,0,r);for(let s=0;s<t;s++)o[s*t+s]=0;return{colors:o,vmax:r}}var So=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks"]),Rs=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo"];function Mo(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=y=>e.get(y),s=(y,v,S)=>{let f=r.get(y);if(f&&f.deps.length===v.length&&f.deps.every((_,m)=>_===v[m]))return f.value;let h=S();return r.set(y,{deps:v,value:h}),h},i=()=>!!o("compareState"),c=()=>i()?"classes":o("level"),a=()=>s("items",[o("k"),o("order"),o("groups"),c(),t.version],()=>Ns(o("k"),o("order"),o("groups"),c(),t.expanded)),l=()=>s("perm",[a()],()=>Fs(a())?a().map(y=>y.index):null),d=()=>{let y=l();return y!==null&&y.every((v,S)=>v===S)},u={items:a,k:()=>a().length,labels:()=>s("labels",[a(),o("labels"),o("groups")],()=>{let y=o("labels"),v=o("groups");return a().map(S=>S.kind==="class"?y[S.index]:`${v.names[S.index]} (${S.members.length})`)}),counts:()=>s("counts",[a(),o("counts")],()=>{if(d())return o("counts");let y=l();return y?En(o("counts"),o("k"),y):Os(o("counts"),o("k"),a())}),values:()=>s("values",[a(),o("values"),o("normalize")],()=>{if(d())return o("values");let y=l();return y?o("values")===o("counts")?p("counts"):En(o("values"),o("k"),y):je(p("counts"),a().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[a(),o("abstained")],()=>{let y=o("abstained"),v=l();return!y||v===null?null:d()?y:{counts:Ao(y.counts,v),values:Ao(y.values,v)}}),abstained:()=>s("abstained",[u.abstainedRows(),u.vmax()],()=>{let y=u.abstainedRows();return y?y===o("abstained")&&u.vmax()===o("vmax")?y:{counts:y.counts,values:y.values,colors:Ce(y.values,0,u.vmax())}:null}),colorsAndMax:()=>s("colorsAndMax",[a(),o("values"),o("colors"),o("errorsOnly"),i(),u.abstainedRows()],()=>{let y=a().length;if(o("errorsOnly")&&!i()){let h=u.abstainedRows();return Is(p("values"),y,h&&h.values)}if(d())return{colors:o("colors"),vmax:o("vmax")};let v=l();if(v)return{colors:En(o("colors"),o("k"),v),vmax:o("vmax")};let S=p("values"),f=Ze(S);return{colors:pt(S,f,o("cmapScale"),mt(S)),vmax:f}}),colors:()=>u.colorsAndMax().colors,vmax:()=>u.colorsAndMax().vmax,colorbar:()=>s("colorbar",[u.vmax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>u.vmax()===o("vmax")?o("colorbar"):o("cmapScale")==="log"&&!o("errorsOnly")?zt(mt(p("values")),u.vmax(),o("normalize")):Ct(u.vmax(),o("normalize"))),selected:()=>s("selected",[a(),o("selected"),o("selectedGroup"),u.abstainedRows()],()=>{let y=a(),v=o("selected"),S=o("selectedGroup"),f=(m,E)=>y.findIndex(C=>C.kind===m&&C.index===E),h=m=>m===o("k")&&u.abstainedRows()?y.length:f("class",m),_=v?[f("class",v[0]),h(v[1])]:S?[f("group",S[0]),f("group",S[1])]:null;return _&&_[0]>=0&&_[1]>=0?_:null}),issueMarks:()=>s("issueMarks",[a(),o("issues")],()=>{let y=l();return y===null?null:Ur(o("issues"),o("k"),d()?null:y)}),marks:()=>s("marks",[a(),o("selectionSpec"),u.abstainedRows()],()=>yo(o("selectionSpec"),a(),o("k"),!!u.abstainedRows())),focus:()=>s("focus",[a(),t.version],()=>{let y=t.focus;if(y===null)return null;let v=h=>a().findIndex(_=>_.members.includes(h)),S=v(y.row),f=v(y.col);return S>=0&&f>=0?{r:S,c:f,outline:y.outline}:null})};function p(y){return So.has(y)?u[y]():e.get(y)}function b(y,v){if(!So.has(y))return e.on(y,v);let S=Rs.map(h=>e.on(h,v)),f=()=>v();return n.add(f),()=>{S.forEach(h=>h()),n.delete(f)}}function w(y,v){let S=a();if(y==="selected"){if(v==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(v)){let _=vo(v,S,o("k"),!!u.abstainedRows(),o("selectionSpec"));_!==void 0&&e.set("selected",_);return}let f=S[v[0]],h=S[v[1]];if(f&&f.kind==="class"&&v[1]===S.length&&u.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!h)return;f.kind==="class"&&h.kind==="class"?e.set("selected",[f.index,h.index]):f.kind==="group"&&h.kind==="group"&&e.set("selected_group",[f.index,h.index]);return}if(y==="display_labels"){let f=o("labels").slice();v.forEach((h,_)=>{S[_]&&S[_].kind==="class"&&(f[S[_].index]=h)}),e.set("display_labels",f);return}e.set(y,v)}function g(){t.version+=1;for(let y of[...n])y()}return{get:p,on:b,set:w,send:y=>e.send(y),local:{expand(y,v){v?t.expanded.add(y):t.expanded.delete(y),g()},expanded:()=>new Set(t.expanded),focus(y,v,S=!1){t.focus=y==null?null:{row:y,col:v,outline:S},g()}}}}var _o=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],Ps=8,js=12,Ds=20;function zs(e,t,n=Ps){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,c)=>{let l=String(i).toLowerCase().indexOf(r);l===0?o.push(c):l>0&&s.push(c)}),o.concat(s).slice(0,n)}function Bs(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function Us(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Co({state:e,display:t,dom:n,signal:r}){let o=X(r),s=(k,F,j)=>V(k,F,j,o.signal),{h:i,button:c,option:a}=n,l=i("div","cmw-order"),d=i("div","cmw-order-bar"),u=i("label","cmw-order-label");u.append(i("span","cmw-field-name","Order "));let p=i("select","cmw-order-select");p.title="Order of the classes";for(let[k,F]of _o)p.append(a(k,F));let b=a("list","Custom (from Python)");b.disabled=!0,p.append(b),u.append(p);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let T=i("label","cmw-level-label","Show "),y=i("select","cmw-level");y.append(a("classes","Classes"),a("groups","Groups")),T.append(y),d.append(u,w,T);let v=i("div","cmw-expand");v.setAttribute("role","group"),v.setAttribute("aria-label","Expand groups");let S=i("div","cmw-search"),f=i("label","cmw-search-label");f.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let _=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",_),f.append(h);let m=i("ul","cmw-matches");m.id=_,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,S.append(f,m);let E=i("details","cmw-top"),C=i("summary","cmw-top-title","Largest errors"),I=!1;s(C,"click",()=>{I=!0}),C.id=`${_}-top`;let z=i("ol","cmw-top-list");z.setAttribute("aria-labelledby",C.id),E.append(C,z);let W=i("div","cmw-sr");W.setAttribute("aria-live","polite"),W.setAttribute("role","status"),l.append(d,v,S,E,W);let G=k=>{W.textContent=k};s(p,"change",()=>{e.set("order",p.value),G(`Order: ${p.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),G(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(y,"change",()=>{e.set("level",y.value),G(`Showing ${y.value}.`)}),s(v,"change",k=>{let F=k.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),G(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function U(k){let F=e.get("labels");h.value=F[k],O(),t.local.focus(k,k,!0),G(`Found ${F[k]}: its row and column are outlined.`)}function O(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function P(){let k=e.get("labels"),F=zs(k,h.value);m.replaceChildren(...F.map((j,K)=>{let D=i("li","cmw-match",k[j]);return D.id=`${_}-${K}`,D.setAttribute("role","option"),D.dataset.cls=String(j),D})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function B(k){let F=[...m.children];if(!F.length)return null;let j=F.findIndex(D=>D.getAttribute("aria-selected")==="true"),K=k===0?Math.max(j,0):(j+k+F.length)%F.length;return F.forEach((D,q)=>D.setAttribute("aria-selected",String(q===K))),h.setAttribute("aria-activedescendant",F[K].id),F[K]}s(h,"input",P),s(h,"keydown",k=>{if(k.key==="ArrowDown"||k.key==="ArrowUp")B(k.key==="ArrowDown"?1:-1),k.preventDefault();else if(k.key==="Enter"){let F=B(0);F&&U(Number(F.dataset.cls)),k.preventDefault()}else k.key==="Escape"&&!m.hidden&&(O(),k.preventDefault())}),s(m,"click",k=>{let F=k.target.closest("li[data-cls]");F&&U(Number(F.dataset.cls))}),s(z,"click",k=>{let F=k.target.closest("button[data-i]");if(!F)return;let[j,K]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[j,K]),t.local.focus(j,K,!1)});function Y(){let k=e.get("k");l.hidden=k<=2,S.hidden=k<=js;let F=e.get("orderChoices");for(let D of p.options)D.value!=="list"&&(D.disabled=F!==null&&!F.includes(D.value),D.title=D.disabled?"Needs a live kernel":"");let j=e.get("orderName");p.value=_o.some(([D])=>D===j)?j:"list",g.checked=e.get("errorsOnly");let K=e.get("groups");T.hidden=!K,y.value=e.get("level"),Z(K),J()}function Z(k){let F=t.local.expanded(),j=!!k&&e.get("level")==="groups";if(v.hidden=!j,!j)return;let K=k.names.map((D,q)=>{let me=i("label","cmw-expand-item"),de=i("input");return de.type="checkbox",de.dataset.group=String(q),de.checked=F.has(q),me.append(de,n.doc.createTextNode(` ${D}`)),me});v.replaceChildren(i("span","cmw-expand-title","Expand: "),...K)}function J(){let k=e.get("labels"),F=e.get("top");C.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,I||(E.open=e.get("k")>Ds),z.replaceChildren(...F.map(j=>{let K=i("li"),D=c("cmw-top-item",Bs(k,j));return D.dataset.i=String(j[0]),D.dataset.j=String(j[1]),K.append(D),K})),E.hidden=F.length===0}let Q=e.get("selection");function A(){let k=e.get("selection");k!==Q&&G(Us(k)),Q=k}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],Y,o.signal),H(e,["selection"],A,o.signal),Y(),{el:l,update:Y,destroy:()=>{o.abort(),l.remove()}}}function $o(e){let t=Mo(e.state),n=Co({...e,display:t}),r=xo({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var To=34;function Eo(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let c=0;c<o;c++){let a=n[i*o+c];if(!a||!rt(t,[i,c]))continue;let l=Oe(t,c),d=Math.max(3,Math.min(10,Math.min(l,t.cell)*.3)),u=ge(t,c)+l,p=he(t,i);e.beginPath(),e.moveTo(u-d,p),e.lineTo(u,p),e.lineTo(u,p+d),e.closePath(),e.fillStyle=r.accent,e.fill(),l>=To&&t.cell>=To&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),u-d-1,p+1)),s+=1}return s}var ve=12,Yt="abstained",Nn=8,Vs=13;function No(e){return Array.from({length:256},(t,n)=>At(e,n))}function Fo(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Gn(n,r,o*o),o,o),0,0),s}function Oo(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,he(t,o),t.xw,t.cell)}function Io(e,t,n,r,o){if(t.cell<Gt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let c=t.c0;c<t.c0+t.v;c++)e.fillStyle=r[n[i*s+c]],e.fillRect(ge(t,c),he(t,i),t.cell,t.cell)}function Ro(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Po(e,t,n,r){let o=t.k,s=Math.min(Vs,Math.floor(t.cell*.3));if(s<Nn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,c=[];for(let l=t.r0;l<t.r0+t.v;l++){let d=he(t,l)+t.cell/2;for(let u=t.c0;u<t.c0+t.v;u++){let p=rn(n.values[l*o+u],n.counts[l*o+u],n.fmt,n.countDigits);c.push([ge(t,u)+t.cell/2,d,p,n.colors[l*o+u]])}if(i){let u=rn(i.values[l],i.counts[l],n.fmt,n.countDigits);c.push([t.xExtra+t.xw/2,d,u,i.colors[l]])}}let a=Ws(e,c.map(l=>l[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[l,d,u,p]of c)e.fillStyle=Wn(n.lutText,n.lut,p),a.mode==="two"?(e.font=a.font,e.fillText(u.main,l,d-a.px*.5),e.font=a.subFont,e.fillText(u.sub,l,d+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&u.sub?`${u.main} ${u.sub}`:u.main,l,d))}}function Ws(e,t,n,r,o){let s=n-4,i=(a,l)=>{e.font=a;let d=0;for(let u of t)d=Math.max(d,e.measureText(l(u)).width);return d},c=t.length>0&&t[0].sub!=="";for(let a=r;a>=Nn;a--){let l=`${a}px ${o.family}`,d=Math.max(Nn-1,Math.round(a*.8)),u=`${d}px ${o.family}`;if(!(i(l,b=>b.main)>s))return c?n>=a*2.4+d&&i(u,b=>b.sub)<=s?{mode:"two",px:a,font:l,subFont:u}:i(l,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:a,font:l}:{mode:"main",px:a,font:l}:{mode:"main",px:a,font:l}}return null}function jo(e,t,n,r,o,s,i,c){let a=S=>e.measureText(S).width;e.font=c(ve),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let S of bt(t.v,o.step,t.r0)){let f=he(t,S)+t.cell/2;e.fillText(xt(n[S],r,a),t.x0-Ee,f),e.moveTo(t.x0-3,Math.round(f)+.5),e.lineTo(t.x0,Math.round(f)+.5)}let l=t.y0+t.grid+Ee,d=bt(t.v,o.step,t.c0).map(S=>[ge(t,S)+t.cell/2,n[S],o.rotated]);t.extra&&d.push([t.xExtra+t.xw/2,Yt,o.extraRotated]);for(let[S,f,h]of d){let _=xt(f,r,a);e.moveTo(Math.round(S)+.5,t.y0+t.grid),e.lineTo(Math.round(S)+.5,t.y0+t.grid+3),h?(e.save(),e.translate(S,l),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(_,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(_,S,l))}e.stroke(),e.font=c(ve,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let u=Array.isArray(s.x)?s.x:[String(s.x)],p=t.y0+t.grid+Ee+o.height+Fe/2+2,b=Math.max(...u.map(a)),w=oe(t.x0+t.grid/2,ie+b/2,Math.max(ie+b/2,t.width-ie-b/2));u.forEach((S,f)=>e.fillText(S,w,p+f*Mn));let g=Math.max(t.grid,t.height-2*ie),T=String(s.y),y=a(T)<=g?T:xt(T.split(" (")[0],g,a),v=oe(t.y0+t.grid/2,ie+a(y)/2,Math.max(ie,t.height-ie-a(y)/2));e.save(),e.translate(ie+Fe/2,v),e.rotate(-Math.PI/2),e.fillText(y,0,0),e.restore()}function Do(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(_n+Xe+6+n+Fe)}function Gs(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,c=Math.round(t*i)/i,a=Math.round((t+Xe)*i)/i-c,l=Math.round(n*i),d=Math.round((n+r)*i)-l,u=b=>Math.min(255,Math.floor((b+.5)/d*256)),p=0;for(let b=1;b<=d;b++)b<d&&u(b)===u(p)||(e.fillStyle=o[u(p)],e.fillRect(c,(l+d-b)/i,a,(b-p)/i),p=b)}function zo(e,t,n,r,o,s,i=""){if(i){e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let l=p=>e.measureText(p).width,d=xt(String(i),Math.max(t.grid,t.height-2*ie),l),u=oe(t.y0+t.grid/2,ie+l(d)/2,Math.max(ie,t.height-ie-l(d)/2));e.save(),e.translate(t.width-ie-Fe/2,u),e.rotate(-Math.PI/2),e.fillText(d,0,0),e.restore()}let c=(t.right??t.x0+t.grid)+_n,a=t.grid;Gs(e,c,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(c-.5,t.y0-.5,Xe+1,a+1),e.font=s(ve-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[l,d]of n){let u=t.y0+a*(1-oe(Number(l)||0,0,1));e.moveTo(c+Xe,Math.round(u)+.5),e.lineTo(c+Xe+3,Math.round(u)+.5),e.fillText(String(d),c+Xe+5,oe(u,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function Bo(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,he(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(ge(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function Uo(e,t,n,r,o){let s=([i,c],a,l,d)=>{if(!rt(t,[i,c]))return;let u=Math.max(Oe(t,c),8),p=Math.max(t.cell,8),b=ge(t,c)+Oe(t,c)/2-u/2,w=he(t,i)+t.cell/2-p/2;e.setLineDash(l),e.lineWidth=d,e.strokeStyle=o.bg,e.strokeRect(b+d,w+d,u-2*d,p-2*d),e.strokeStyle=a,e.strokeRect(b+d/2,w+d/2,u-d,p-d)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function Vo(e,t,n,r){if(!n)return;let o=2,s=(l,d,u,p)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(l+o,d+o,u-2*o,p-2*o),e.strokeStyle=r.accent,e.strokeRect(l+o/2,d+o/2,u-o,p-o)};e.setLineDash([]);let i=l=>l>=t.r0&&l<t.r0+t.v,c=l=>t.extra&&l>=t.k||l>=t.c0&&l<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let l of n.rows||[])i(l)&&s(t.x0,he(t,l),a-t.x0,Math.max(t.cell,4));for(let l of n.cols||[])c(l)&&s(ge(t,l),t.y0,Math.max(Oe(t,l),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let l=t.r0;l<t.r0+t.v;l++)l<t.c0||l>=t.c0+t.v||(e.moveTo(ge(t,l),he(t,l)),e.lineTo(ge(t,l)+t.cell,he(t,l)+t.cell));e.stroke(),e.setLineDash([])}for(let[l,d]of n.cells||[]){if(!rt(t,[l,d]))continue;let u=Math.max(Oe(t,d),8),p=Math.max(t.cell,8);s(ge(t,d)+Oe(t,d)/2-u/2,he(t,l)+t.cell/2-p/2,u,p)}}var Wo={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},Ks={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function Hs(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],c=[],a=[];e.multilabel&&(c.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&c.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let l;return e.compare?(l=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&Wo[e.normalize]?(l=(e.multilabel?Ks:Wo)[e.normalize],a.push(`Normalised: each cell shows the ${l}.`)):l="count of samples",i.length&&(o+=` (${i.join("; ")})`),c.length&&(s+=` (${c.join("; ")})`),{x:o,y:s,bar:l,badges:a}}function Go(e){let t=e("compareState");return Hs({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function Ko(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Ys=720,Xs=64,qs=200,Ls={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Zs={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Js=4,Ho={"+":"in","=":"in","-":"out",_:"out",0:"fit"},Yo={r:"row",c:"col",e:"errors"},Qs=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection"],ei={true:"of its true row",pred:"of the abstained column",all:"of all samples"},ti=24;function Xo({state:e,dom:t,signal:n,report:r=c=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let c=X(n),a=(x,M,$,N)=>V(x,M,$,c.signal,N),{doc:l,h:d,button:u}=t,p=d("div","cmw-matrix"),b=d("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let w=u("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=u("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let T=u("cmw-zoom-fit","Fit");T.setAttribute("aria-label","Show all classes"),T.title="Show all classes (0)";let y=d("span","cmw-view-range");y.setAttribute("aria-live","polite"),b.append(w,g,T,y,d("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let v=d("div","cmw-mode");v.setAttribute("aria-live","polite"),v.hidden=!0;let S=d("div","cmw-plot"),f=d("canvas","cmw-canvas");f.tabIndex=0,f.setAttribute("role","img");let h=d("div","cmw-tooltip");h.hidden=!0,S.append(f,h);let _=d("div","cmw-sr");_.setAttribute("aria-live","polite"),p.append(v,b,S,_);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},E={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},C=x=>e.get(x),I=x=>{let M=C("lut"),$=C("compareState")?M:Kn(M,x);return $===M?{lut:M,lutText:C("lutText")}:((E.themedOf[0]!==M||E.themedOf[1]!==x)&&(E.themed={lut:$,lutText:_t($)},E.themedOf=[M,x]),E.themed)},z=()=>{let x=E.drawn.lut;return E.cssOf!==x&&(E.css=No(x)),E.cssOf=x,E.css},W=()=>{let x=C("colors"),M=E.drawn.lut;return E.bitmap&&E.bitmapOf[0]===x&&E.bitmapOf[1]===M||(E.bitmap=Fo(l,E.bitmap,x,M,C("k")),E.bitmapOf=[x,M]),E.bitmap};function G(x,M){let $=x.font,N=E.widths.get($);if(N&&N.texts===M)return N.w;let R=0;for(let re of M)R=Math.max(R,x.measureText(re).width);return E.widths.set($,{texts:M,w:R}),R}function U(){m.queued||c.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,c.signal.aborted||Q()}))}function O(){let x=l.defaultView,M=x&&x.getComputedStyle?x.getComputedStyle(p):null,$=(N,R)=>(M&&M.getPropertyValue(N)||"").trim()||R;return{fg:M&&M.color||"#1f1f1f",muted:$("--cmw-muted","#616161"),accent:$("--cmw-accent","#1976d2"),border:$("--cmw-border","#bdbdbd"),bg:$("--cmw-bg","#ffffff"),family:M&&M.fontFamily||"sans-serif"}}let P=()=>(s?s():p.clientWidth)||Ys;function B(){let x=p.closest(".cmw"),M=l.defaultView;if(!x||!M||!p.isConnected||!x.getClientRects().length)return 1/0;let $=null;for(let L=x.parentElement;L&&L!==l.body&&L!==l.documentElement;L=L.parentElement){let pe=M.getComputedStyle(L).overflowY;(pe==="auto"||pe==="scroll")&&L.clientHeight>=qs&&($=L)}if(!$&&M.top!==M)return 1/0;let N=Math.min(M.innerHeight,$?$.clientHeight:M.innerHeight);if(!(N>0))return 1/0;let R=L=>L.getBoundingClientRect().top,re=L=>L.getBoundingClientRect().bottom,se=Xs,ae=[...x.children].find(L=>L.contains(p));if(ae&&ae!==p){let L=[...ae.children].filter(pe=>pe!==p&&pe.getClientRects().length&&R(pe)>=re(p)-1);L.length&&(se+=Math.max(...L.map(re))-re(p))}for(let L=ae?ae.nextElementSibling:null;L&&!L.classList.contains("cmw-selection");L=L.nextElementSibling)L.getClientRects().length&&!L.classList.contains("cmw-sr")&&(se+=L.getBoundingClientRect().height);return Math.floor(N-(R(f)-R(x))-se)}function Y(x){m.cursor&&(m.cursor[0]>=x||m.cursor[1]>=x)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=x}let Z=x=>x+(x>0&&C("abstained")?1:0),J=x=>x[1]>=C("k")?[x[0],m.view?m.view.c0:0]:x;function Q(){let x=performance.now(),M=C("k");M!==m.k&&Y(M);let $=C("abstained");m.cols=Z(M),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=f.getContext("2d");if(!N)return;let R=O();E.drawn=I(R.bg),m.detached=!p.isConnected;let re=(Re,Pe)=>`${Pe?"600 ":""}${Re}px ${R.family}`,se=C("labels");m.width=P(),N.font=re(ve);let ae=Math.min(Sn,Math.max(40,Math.round(m.width*.2))),L=Math.ceil(Math.min(ae,G(N,se))),pe=C("colorbar"),st=Do(N,pe),Ie=Go(C);A(Ie.badges),m.height=B();let kt={yLabelWidth:L,rightWidth:st,extra:$?1:0,xTitleLines:1,xLabelHeight:Math.min(Sn,G(N,se))},it;for(let Re=0;Re<3;Re++){let Pe=gt(M,m.width,{...kt,maxGrid:it}),Qt=io(Pe,m.height);if(Qt===void 0||Qt===it)break;it=Qt}let zn=gt(M,m.width,{yLabelWidth:L,rightWidth:st,extra:$?1:0,maxGrid:it});m.zoomable=M>0&&co(M,zn.room),m.vMin=ao(M,zn.room);let Lt=m.zoomable?Ae(m.view,M,m.vMin):Be(M);m.view=m.zoomable?Lt:null;let Bn={yLabelWidth:L,rightWidth:st,view:Lt,extra:$?1:0,maxGrid:it},Zt=gt(M,m.width,Bn);m.step=ho(Lt.v,Zt.cell),m.xLabels=K(N,se,Zt,ae),N.font=re(ve,!0);let Un=Ko(Ie.x,Math.max(Zt.width-2*ie,60),Re=>N.measureText(Re).width);N.font=re(ve);let be=gt(M,m.width,{...Bn,xLabelHeight:m.xLabels.height,xTitleLines:Un.length});m.layout=be,m.yLabelW=L,F(N,be);let Jt=C("colors");if(M===0)N.fillStyle=R.muted,N.font=re(ve),N.fillText("No data",ie,ie+ve);else{Jt.length>=M*M&&Io(N,be,Jt,z(),W),$&&Oo(N,be,$.colors,z()),Ro(N,be,R),Po(N,be,{values:C("values"),counts:C("counts"),colors:Jt,lut:E.drawn.lut,lutText:E.drawn.lutText,fmt:C("fmt"),countDigits:C("countDigits"),abstained:$},R),jo(N,be,se,ae,{step:m.step,...m.xLabels},{x:Un,y:Ie.y},R,re),zo(N,be,pe,z(),R,re,Ie.bar),f.dataset.issueMarks=String(Eo(N,be,C("issueMarks"),R));let Re=m.cursor&&f.matches(":focus")?m.cursor:null;Vo(N,be,C("marks"),R),Uo(N,be,C("selected"),Re,R);let Pe=C("focus");Pe&&Pe.outline&&Bo(N,be,Pe.r,Pe.c,R)}k(be),j(be,M,x,Ie)}function A(x){let M=[...v.children].map($=>$.textContent);M.length===x.length&&M.every(($,N)=>$===x[N])||(v.replaceChildren(...x.map($=>d("span","cmw-badge",$))),v.hidden=x.length===0)}function k(x){b.hidden=!m.zoomable,m.zoomable&&(y.textContent=$n(x,x.k),g.disabled=x.v<=m.vMin,w.disabled=x.v>=x.k,T.disabled=x.v>=x.k)}function F(x,M){let $=l.defaultView&&l.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(M.width*$)),R=Math.max(1,Math.round(M.height*$));(f.width!==N||f.height!==R)&&(f.width=N,f.height=R),f.style.width=`${M.width}px`,f.style.height=`${M.height}px`,x.setTransform($,0,0,$,0,0),x.clearRect(0,0,M.width,M.height)}function j(x,M,$,N){let R=performance.now();f.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let re=null;!m.firstDrawn&&M>0&&(m.firstDrawn=!0,re=R-(m.draws===1?o:$)),r({k:M,draws:m.draws,lastMs:R-$,firstMs:re,view:{r0:x.r0,c0:x.c0,v:x.v}}),f.dataset.cellX0=String(x.x0),f.dataset.cellY0=String(x.y0),f.dataset.cellSize=String(x.cell),f.dataset.viewRow0=String(x.r0),f.dataset.viewCol0=String(x.c0),f.dataset.viewSize=String(x.v),f.dataset.cols=String(m.cols),f.dataset.extraX0=x.extra?String(x.xExtra):"",f.dataset.extraWidth=x.extra?String(x.xw):"",f.dataset.xTitle=N.x,f.dataset.yTitle=N.y,f.dataset.barTitle=N.bar,f.setAttribute("aria-label",`Confusion matrix of ${M} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(x.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${$n(x,M)}; plus and minus zoom, 0 shows all.`:""))}function K(x,M,$,N){let R=0;if(m.zoomable)R=G(x,M);else for(let pe of bt($.k,m.step))R=Math.max(R,x.measureText(M[pe]).width);R=Math.min(N,R);let re=R>m.step*$.cell-4,se=$.extra?x.measureText(Yt).width:0,ae=$.extra>0&&(re||se>$.xw+ht-2),L=Math.max(re?R:ve+2,ae?se:0);return{rotated:re,extraRotated:ae,height:Math.ceil(L)}}function D(x,M){m.editor&&m.editor.finish(!1);let $=m.layout,N=x==="y"?Math.max(m.yLabelW+Ee+4,100):120,R=ge($,M)+$.cell/2,re=x==="y"?$.x0-N:oe(R-N/2,0,Math.max(0,$.width-N)),se=x==="y"?he($,M)+$.cell/2-11:$.y0+$.grid+Ee,ae={left:f.offsetLeft+Math.max(0,re),top:f.offsetTop+se,width:N},L=C("labels");m.editor=bo({dom:t,host:S,box:ae,name:L[M],index:M,done:(pe,st)=>{m.editor=null;let Ie=C("labels");if(pe!==null&&M<Ie.length){let kt=Ie.slice();kt[M]=pe,e.set("display_labels",kt)}st&&f.focus({preventScroll:!0})}})}function q(x,M=!1){let $=f.getBoundingClientRect(),N=m.lastUp;return M&&N&&Math.abs(N.x-x.clientX)<1&&Math.abs(N.y-x.clientY)<1?[N.x-$.left,N.y-$.top]:[x.clientX-$.left,x.clientY-$.top]}function me(x,M){let $=m.layout;if(!$||$.k===0)return null;let N=ve/2+1;if(x>=ie+Fe&&x<$.x0&&M>=$.y0-N&&M<$.y0+$.grid+N){let se=Tn(M-$.y0,$.cell,m.step,$.k,N,$.r0,$.v);return se>=0?{axis:"y",index:se}:null}let R=$.y0+$.grid,re=$.x0+$.grid+($.extra?ht/2:20);if(M>=R&&M<R+Ee+m.xLabels.height&&x>=$.x0-20&&x<re){let se=m.xLabels.rotated?N:m.step*$.cell/2,ae=Tn(x-$.x0,$.cell,m.step,$.k,se,$.c0,$.v);return ae>=0?{axis:"x",index:ae}:null}return null}function de([x,M]){let $=C("k"),N=C("labels"),R=C("abstained");if(M>=$&&R){let L=[`True: ${N[x]}`,`Predicted: ${Yt}`,`Count: ${we(R.counts[x],C("countDigits"))}`],pe=C("fmt");return pe.kind==="percent"&&L.push(`Shown: ${Ke(R.values[x],pe)} ${ei[C("normalize")]||""}`.trim()),L.join(`
`)}let re=x*$+M,se=[`True: ${N[x]}`,`Predicted: ${N[M]}`,`Count: ${we(C("counts")[re],C("countDigits"))}`],ae=C("fmt");if(ae.kind==="delta"&&se.push(`Change: ${Ke(C("values")[re],ae)} since the compared run`),ae.kind==="percent"){let L=(C("multilabel")?Zs:Ls)[C("normalize")]||"";se.push(`Shown: ${Ke(C("values")[re],ae)} ${L}`.trim())}return se.join(`
`)}function le(x,M,$){h.textContent=x,h.hidden=!1;let N=f.offsetLeft+M+14;N+h.offsetWidth+4>S.clientWidth&&(N=Math.max(0,f.offsetLeft+M-h.offsetWidth-10));let R=f.offsetTop+$+14;R+h.offsetHeight+4>S.clientHeight&&(R=Math.max(0,f.offsetTop+$-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${R}px`}let ue=()=>m.zoomable&&m.view!==null&&m.view.v<C("k");function ce(x){let M=C("k"),$=Ae(x,M,m.vMin),N=m.view||Be(M);return $.r0===N.r0&&$.c0===N.c0&&$.v===N.v?!1:(m.view=$,h.hidden=!0,U(),!0)}function Se(x,M=null){if(!m.zoomable||!m.layout)return;let $=m.layout;ce(lo($,x,M,$.k,m.vMin))}function qe(x){x.target.closest(".cmw-zoom-in")?Se(wt):x.target.closest(".cmw-zoom-out")?Se(1/wt):x.target.closest(".cmw-zoom-fit")&&ce(Be(C("k")))}function Ue(x){if(!(x.ctrlKey||x.metaKey)||!m.zoomable)return;x.preventDefault();let[M,$]=q(x);Se(fo(x.deltaY,x.deltaMode),po(M,$,m.layout))}function xe(x){if(m.panned=!1,m.pan=null,x.button!==0||!ue())return;let[M,$]=q(x);Kt(M,$,m.layout)&&(m.pan={id:x.pointerId,x:x.clientX,y:x.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Ve(x){let M=m.pan,$=x.clientX-M.x,N=x.clientY-M.y;if(!M.moved){if(Math.hypot($,N)<Js)return;M.moved=!0,h.hidden=!0;try{f.setPointerCapture(M.id)}catch{}}f.style.cursor="grabbing",ce(uo(M.view,-N/M.cell,-$/M.cell,C("k"),m.vMin))}function We(x){m.lastUp={x:x.clientX,y:x.clientY},m.pan&&m.pan.moved&&(m.panned=!0,f.style.cursor="grab"),m.pan=null}function te(x){if(m.pan&&m.pan.id===x.pointerId&&(Ve(x),m.pan.moved))return;let[M,$]=q(x),N=Kt(M,$,m.layout);if(N){le(de(N),M,$),f.style.cursor=ue()?"grab":"pointer";return}let R=me(M,$);if(f.style.cursor=R?"text":"default",R){let re=R.axis==="y"?"True class":"Predicted class",se=R.axis==="y"?"row":"column";le(`${re} ${R.index}: ${C("labels")[R.index]}
(click to select the ${se}, double-click to rename)`,M,$)}else h.hidden=!0}function ne(x){if(m.panned){m.panned=!1;return}let[M,$]=q(x,!0),N=Kt(M,$,m.layout),R=N?null:me(M,$);N?(m.cursor=N,e.set("selected",x.shiftKey?{add:N}:N),U()):R?e.set("selected",R.axis==="y"?{row:R.index}:{col:R.index}):C("hasSelection")&&e.set("selected",null)}function A1(x){let[M,$]=q(x,!0),N=me(M,$);N&&(x.preventDefault(),h.hidden=!0,D(N.axis,N.index))}function S1(x){let M=C("k");if(M===0)return;let $=!0;if(Cn.has(x.key)){let N=m.cursor||C("selected")||(ue()?[m.view.r0,m.view.c0]:null);m.cursor=wo(N,x.key,M,x.shiftKey?10:1,Z(M)),ue()&&ce(Ht(m.view,J(m.cursor),M,m.vMin)),_.textContent=de(m.cursor).replace(/\n/g,", "),U()}else if(m.zoomable&&!x.ctrlKey&&!x.metaKey&&!x.altKey&&Ho[x.key]){let N=Ho[x.key];if(N==="fit")ce(Be(M));else{let R=m.cursor?J(m.cursor):null;Se(N==="in"?wt:1/wt,R?[R[0]+.5,R[1]+.5]:null),R&&ue()&&ce(Ht(m.view,J(m.cursor),M,m.vMin))}}else if(x.key==="Enter"||x.key===" "){let N=m.cursor||C("selected")||[0,0];m.cursor=N,e.set("selected",x.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!x.ctrlKey&&!x.metaKey&&!x.altKey&&Yo[x.key.toLowerCase()]){let N=Yo[x.key.toLowerCase()],R=m.cursor||C("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else $=!1;$&&x.preventDefault()}a(f,"pointerdown",xe),a(f,"pointermove",te),a(f,"pointerleave",()=>{h.hidden=!0}),a(f,"pointerup",We),a(f,"pointercancel",()=>{m.pan=null}),a(f,"wheel",Ue,{passive:!1}),a(b,"click",qe),a(f,"click",ne),a(f,"dblclick",A1),a(f,"keydown",S1),a(f,"focus",U),a(f,"blur",U);let Pn=()=>{let x=B();return x!==m.height&&!(Math.abs(x-m.height)<1)},Ge=l.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let x=new Ge.ResizeObserver(()=>{(m.detached||Math.abs(P()-m.width)>=1||Pn())&&U()});for(let $ of[p,...i])x.observe($);let M=p.closest(".cmw");M&&x.observe(M),a(Ge,"resize",()=>{Pn()&&U()}),c.signal.addEventListener("abort",()=>x.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&l.body){let x=null,M=new Ge.MutationObserver(()=>{clearTimeout(x),x=setTimeout(U,100)});M.observe(l.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),c.signal.addEventListener("abort",()=>{M.disconnect(),clearTimeout(x)},{once:!0})}c.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let vt=C("selected"),jn=C("focus");function Dn(){let x=C("selected"),M=C("focus"),$=x&&!(vt&&x[0]===vt[0]&&x[1]===vt[1]);M!==jn&&M&&m.zoomable?ce(mo(m.view,[M.r,M.c],C("k"),ti,m.vMin)):$&&ue()&&ce(Ht(m.view,J(x),C("k"),m.vMin)),vt=x,jn=M,Q()}return H(e,Qs,Dn,c.signal),Q(),{el:p,update:Dn,destroy:()=>{c.abort(),p.remove()}}}function qo({state:e,dom:t,signal:n}){let r=X(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),c=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,c);let a=!0;function l(){let d=e.get("metrics");if(s.hidden=d.perClass.length===0,a=!s.open,!s.open)return;let u=e.get("countDigits"),p=e.get("intervals"),b=p&&!p.stale?p:null;c.hidden=!p,c.textContent=p?Pr(p):"";let w=(v,S)=>v.append(o("td","cmw-num",S)),g=(v,S,f,h)=>{let _=o("td","cmw-num");b?jt(t,_,S,f,b.level,b.methods[h]):_.textContent=ee(S),v.append(_)};i.replaceChildren();let T=i.createTHead().insertRow();for(let v of["class","precision","recall","F1","support"])T.append(o("th",null,v));let y=i.createTBody();for(let[v,S]of d.perClass.entries()){let f=y.insertRow(),h=o("th",null,S.label);h.title=h.textContent,f.append(h);let _=b&&b.perClass[v];for(let m of["precision","recall","f1"])g(f,S[m],_?_[m]:null,m);w(f,we(S.support,u))}for(let[v,S]of d.summary.entries()){let f=y.insertRow();f.className=v===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",f.append(o("th",null,String(S.name??"")));let h=b?b.summary[String(S.name)]:null;if("value"in S)w(f,""),w(f,""),g(f,S.value,Array.isArray(h)?h:null,S.name==="accuracy"?"accuracy":"balanced_accuracy"),w(f,"");else{let _=S.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])g(f,S[m],h&&!Array.isArray(h)?h[m]:null,_+m);w(f,we(S.support,u))}}}return V(s,"toggle",()=>{s.open&&a&&l()},r.signal),H(e,["metrics","countDigits","intervals"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function Lo({state:e,dom:t,signal:n}){let r=X(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let c=t.h("div","cmw-note",i);return c.setAttribute("role","note"),c}))}return H(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function Zo({state:e,dom:t,signal:n}){let r=X(n),{h:o,button:s,option:i}=t,c=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),l=o("select","cmw-rank-menu");a.append(l);let d=o("span","cmw-hint cmw-rank-note"),u=s("cmw-issues-toggle","Show likely label errors");u.setAttribute("aria-expanded","false");let p=o("div","cmw-issues");p.hidden=!0;let b=!1;function w(){let g=e.get("issues"),T=e.get("selection");if(c.hidden=!g||!T||T.available===!1,c.hidden)return;let y=g.ranks.join(",");l.dataset.ranks!==y&&(l.replaceChildren(...g.ranks.map(S=>i(S,bn[S]))),l.dataset.ranks=y),l.value=e.get("rank"),l.disabled=g.kernelOnly,d.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",l.title=d.textContent||"Order of the cell's samples (w.rank)",c.replaceChildren(a,d);let v=T.issues&&Array.isArray(T.issues.indices)?T.issues:null;v?(u.textContent=`${b?"Hide":"Show"} likely label errors (${v.total})`,u.setAttribute("aria-expanded",String(b)),p.hidden=!b,p.textContent=v.total?`${v.indices.join(", ")}${v.total>v.indices.length?", ...":""}`:"None in this cell.",c.append(u,p)):g.pending?c.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&c.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return V(l,"change",()=>e.set("rank",l.value),r.signal),V(u,"click",()=>{b=!b,w()},r.signal),H(e,["issues","rank","selection"],w,r.signal),w(),{el:c,update:w,destroy:()=>{r.abort(),c.remove()}}}function ot({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let c=e.h("input",t);c.type="range";let a=!1,l=()=>parseFloat(c.value),d=Le(n,o,s);return V(c,"input",()=>{a=!0,r&&r(l()),d(l())},i),V(c,"change",()=>{a=!1,d.cancel(),n(l())},i),i.addEventListener("abort",()=>d.cancel(),{once:!0}),{el:c,value:l,dragging:()=>a,range(u,p,b){c.min=String(u),c.max=String(p),c.step=String(b)}}}var ni=60,Jo=700,Xt="http://www.w3.org/2000/svg",yt={w:240,h:56,pad:6};function Qo(e,{w:t,h:n,pad:r}=yt){let o=e.length,s=c=>o>1?r+c*(t-2*r)/(o-1):t/2,i=c=>r+(1-Math.min(1,Math.max(0,c)))*(n-2*r);return e.map((c,a)=>c==null?null:[s(a),i(c)])}function ri(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function e1({state:e,dom:t,signal:n,clock:r}){let o=X(n),{doc:s,h:i,button:c,option:a}=t,l=r||{now:()=>Date.now(),setTimeout:(O,P)=>setTimeout(O,P),clearTimeout:O=>clearTimeout(O)},d=i("div","cmw-runs");d.setAttribute("role","group"),d.setAttribute("aria-label","Runs");let u=c("cmw-play","▶");u.setAttribute("aria-label","Play the runs");let p=i("output","cmw-run-name"),b=()=>e.get("runs").names,w=O=>{let P=b();O>=0&&O<P.length&&P[O]!==e.get("run")&&e.set("run",P[O])},g=ot({dom:t,cls:"cmw-run-slider",write:w,throttleMs:ni,clock:r,signal:o.signal,onInput:O=>{U(),p.textContent=b()[O]??""}}),T=g.el;T.min="0",T.step="1",T.setAttribute("aria-label","Run");let y=c("cmw-run-newer","");y.title="Show the latest run";let v=i("select","cmw-compare-pick");v.setAttribute("aria-label","Compare with");let S=i("label","cmw-field");S.append(i("span",null,"Compare with"),v);let f=i("div","cmw-runs-top");f.append(u,T,p,y,S);let h=s.createElementNS(Xt,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${yt.w} ${yt.h}`),h.setAttribute("width",String(yt.w)),h.setAttribute("height",String(yt.h));let _=i("div","cmw-history-legend");_.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,_),d.append(f,m),d.hidden=!0;let E=null;function C(){let O=e.get("runs"),P=e.get("run");if(d.hidden=O.names.length<2,d.hidden){U();return}let B=O.names.indexOf(P);T.max=String(O.names.length-1),!g.dragging()&&B>=0&&(T.value=String(B)),g.dragging()||(p.textContent=P);let Y=ri(O.names,P);y.textContent=Y,y.hidden=!Y,I(O.names,e.get("compare")),z(O,B)}function I(O,P){let B=a("","none");v.replaceChildren(B,...O.map(Y=>a(Y))),v.value=P!=null&&O.includes(P)?P:""}function z(O,P){let B=[];for(let[Z,J]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let Q=Qo(Z).filter(Boolean),A=s.createElementNS(Xt,"polyline");A.setAttribute("class",J),A.setAttribute("fill","none"),A.setAttribute("points",Q.map(k=>k.map(F=>F.toFixed(1)).join(",")).join(" ")),B.push(A)}let Y=Qo(O.accuracy);O.names.forEach((Z,J)=>{if(!Y[J])return;let Q=s.createElementNS(Xt,"circle");Q.setAttribute("class",J===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),Q.setAttribute("cx",Y[J][0].toFixed(1)),Q.setAttribute("cy",Y[J][1].toFixed(1)),Q.setAttribute("r",J===P?"4":"3"),Q.setAttribute("data-run",String(J));let A=s.createElementNS(Xt,"title");A.textContent=`${Z}: accuracy ${ee(O.accuracy[J])}, macro F1 ${ee(O.macroF1[J])}`,Q.append(A),B.push(Q)}),h.replaceChildren(...B)}function W(){let O=b(),P=O.indexOf(e.get("run"));if(P<0||P>=O.length-1){U();return}w(P+1),E=l.setTimeout(W,Jo)}function G(){let O=b();O.indexOf(e.get("run"))>=O.length-1&&w(0),u.textContent="❚❚",u.setAttribute("aria-label","Pause"),E=l.setTimeout(W,Jo)}function U(){E!==null&&l.clearTimeout(E),E=null,u.textContent="▶",u.setAttribute("aria-label","Play the runs")}return V(u,"click",()=>E===null?G():U(),o.signal),V(y,"click",()=>{U(),w(b().length-1)},o.signal),V(v,"change",()=>e.set("compare",v.value===""?null:v.value),o.signal),V(h,"click",O=>{let P=O.target&&O.target.closest?O.target.closest("[data-run]"):null;P&&(U(),w(Number(P.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>U(),{once:!0}),H(e,["runs","run","compare"],C,o.signal),C(),{el:d,update:C,destroy:()=>{o.abort(),d.remove()}}}var oi=60,t1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function n1({state:e,dom:t,signal:n,clock:r}){let o=X(n),{h:s}=t,i=()=>e.get("scores"),c=s("div","cmw-abstain");c.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let l=s("output","cmw-abstain-value"),d=f=>e.set("abstain",f),u=ot({dom:t,cls:"cmw-abstain-slider",write:d,throttleMs:oi,clock:r,signal:o.signal,onInput:f=>{let h=i();l.textContent=f.toFixed(De(h?h.step:.01))}}),p=u.el,b=s("label","cmw-field");b.append(a,s("span",null,"Abstain when the top score is below"),p,l);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let T=s("span","cmw-hint cmw-top-k-hint");T.setAttribute("role","status"),g.append(T);let y=s("div","cmw-abstain-stats");c.append(b,g,y);let v=null;function S(){let f=i(),h=!!(f&&f.kind==="multiclass");if(c.hidden=!h,!h)return;u.range(f.lo,f.hi,f.step);let _=f.abstain!==null&&f.abstain!==void 0;if(a.checked=_,p.disabled=!_,_&&(v=f.abstain),!u.dragging()){let m=_?f.abstain:v??(f.lo+f.hi)/2;p.value=String(m),l.textContent=_?Number(m).toFixed(De(f.step)):"off"}w.max=String(f.k_max),t.doc.activeElement!==w&&(w.value=String(f.top_k)),y.replaceChildren(),_&&y.append(s("span","cmw-stat cmw-coverage",`coverage ${t1(f.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${t1(f.covered_accuracy)}`))}return V(a,"change",()=>{i()&&d(a.checked?parseFloat(p.value):null)},o.signal),V(w,"change",()=>{let f=i(),h=Number(w.value),_=f&&Number.isInteger(h)&&h>=1&&h<=f.k_max;T.textContent=_||!f?"":`top-k must be a whole number from 1 to ${f.k_max}`,_?e.set("top_k",h):f&&(w.value=String(f.top_k))},o.signal),H(e,["scores"],S,o.signal),S(),{el:c,update:S,destroy:()=>{o.abort(),c.remove()}}}function r1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var si=60,Fn={size:240,pad:34},ii=[0,.5,1],ci="http://www.w3.org/2000/svg",ai=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function o1({state:e,dom:t,signal:n,clock:r}){let o=X(n),{h:s,doc:i}=t,c=(f,h={})=>{let _=i.createElementNS(ci,f);for(let[m,E]of Object.entries(h))_.setAttribute(m,String(E));return _},a=s("div","cmw-curves");a.hidden=!0;let l=s("div","cmw-curve-plots"),d=s("div","cmw-curve-targets");a.append(l,d);let u=!1,p=null,b={},w=f=>{let h=e.get("binary");!h||!Number.isFinite(f)||e.set("threshold",oe(f,h.lo,h.hi))},g=Le(w,si,r);o.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function T(f){let{size:h,pad:_}=Fn;l.replaceChildren();for(let m of Object.keys(b))delete b[m];for(let m of ai){let E=f[m.kind],C=s("figure",`cmw-curve cmw-curve-${m.kind}`),I=s("figcaption","cmw-curve-title"),z=f[m.area],W=f.undefinedBecause?f.undefinedBecause[m.kind]:null;if(I.textContent=`${m.title}${z===null||W?"":`  ${m.areaName} ${ee(z)}`}`,W){C.append(I,s("p","cmw-curve-undefined",`Undefined: ${W}.`)),l.append(C);continue}let G=c("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});G.classList.add("cmw-curve-svg"),Object.assign(G.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(_)}),G.append(c("rect",{x:_,y:_,width:h-2*_,height:h-2*_,class:"cmw-curve-frame"}),c("polyline",{points:Er(E,h,_),class:"cmw-curve-line"})),m.kind==="roc"&&G.append(c("line",{x1:_,y1:h-_,x2:h-_,y2:_,class:"cmw-curve-chance"}));let U=c("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});U.textContent=m.x;let O=c("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=m.y,G.append(U,O,...y(h,_));let P=[0,1].map(()=>c("line",{class:"cmw-curve-guide"})),B=c("text",{x:_,y:_-8,class:"cmw-curve-readout"}),Y=c("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),Z=c("title");Z.textContent="Drag along the curve to move the threshold",Y.append(Z),G.append(...P,B,Y),C.append(I,G),l.append(C),b[m.kind]={plot:G,marker:Y,guides:P,readout:B,curve:E,spec:m},v(G,E)}d.replaceChildren();for(let m of f.targets){let E=t.button("cmw-curve-target",`threshold for ${m.name}`);E.dataset.threshold=String(m.threshold),V(E,"click",()=>w(m.threshold),o.signal),d.append(E)}}function y(f,h){let _=f-2*h,m=[];for(let E of ii){let C=h+E*_,I=h+(1-E)*_,z=String(E);m.push(c("line",{x1:C,y1:f-h,x2:C,y2:f-h+4,class:"cmw-curve-tickmark"})),m.push(c("line",{x1:h-4,y1:I,x2:h,y2:I,class:"cmw-curve-tickmark"}));let W=c("text",{x:C,y:f-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});W.textContent=z;let G=c("text",{x:h-6,y:I,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});G.textContent=z,m.push(W,G)}return m}function v(f,h){let _=!1,m=C=>{let I=r1(f.getBoundingClientRect(),Fn),z=(C.clientX-I.x0)/I.inner,W=1-(C.clientY-I.y0)/I.inner;return h.t[Tr(h,z,W)]};V(f,"pointerdown",C=>{if(_=!0,f.setPointerCapture&&C.pointerId!==void 0)try{f.setPointerCapture(C.pointerId)}catch{}g(m(C))},o.signal),V(f,"pointermove",C=>{_&&g(m(C))},o.signal),V(f,"pointerup",C=>{_&&(_=!1,g.cancel(),w(m(C)))},o.signal),V(f,"pointercancel",()=>{_=!1,g.cancel()},o.signal)}function S(){let f=e.get("binary");if(a.hidden=!f,!f)return;let h=e.get("curves");if(!h){(!u||p!==null)&&(u=!0,p=null,l.replaceChildren(),d.replaceChildren(),e.send({type:"curves"}));return}p!==h&&(T(h),p=h);let{size:_,pad:m}=Fn,E=_-2*m;for(let{marker:C,guides:I,readout:z,spec:W,plot:G}of Object.values(b)){let[U,O]=W.at(f),P=Number.isFinite(U)&&Number.isFinite(O);for(let Q of[C,...I])Q.setAttribute("visibility",P?"visible":"hidden");if(z.textContent=P?`${W.x} ${ee(U)}, ${W.y} ${ee(O)}`:"",!P)continue;let B=(m+U*E).toFixed(1),Y=(m+(1-O)*E).toFixed(1);C.setAttribute("cx",B),C.setAttribute("cy",Y);let[Z,J]=I;Object.entries({x1:B,y1:Y,x2:B,y2:_-m}).forEach(([Q,A])=>Z.setAttribute(Q,A)),Object.entries({x1:B,y1:Y,x2:m,y2:Y}).forEach(([Q,A])=>J.setAttribute(Q,A)),G.dataset.markerX=String(U),G.dataset.markerY=String(O)}}return H(e,["binary","curves"],S,o.signal),S(),{el:a,update:S,destroy:()=>{o.abort(),a.remove()}}}var li=60,On=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function ui(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function s1({state:e,dom:t,signal:n,clock:r}){let o=X(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let c=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),c);let l=s("output","cmw-label-threshold-value"),d=()=>e.get("scores"),u=0,b=ot({dom:t,cls:"cmw-label-threshold",write:E=>{let C=d();if(!C||!Array.isArray(C.thresholds)||!Number.isFinite(E))return;let I=C.thresholds.slice();I[u]=E,e.set("thresholds",I)},throttleMs:li,clock:r,signal:o.signal,onInput:E=>{let C=d();l.textContent=E.toFixed(De(C?C.step:.01))}}),w=b.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,l);let T=s("div","cmw-label-focus"),y=s("div","cmw-label-listing"),v=s("table","cmw-label-tables");i.append(a,g,T,y,v);let S="label",f=!1;function h(){let E=d(),C=!!(E&&E.kind==="multilabel");if(i.hidden=!C,!C)return;let I=e.get("labels"),z=e.get("metrics").perClass,W=e.get("countDigits");u=Math.min(u,I.length-1),(c.options.length!==I.length||[...c.options].some((U,O)=>U.textContent!==I[O]))&&c.replaceChildren(...I.map((U,O)=>t.option(String(O),U))),c.value=String(u);let G=Array.isArray(E.thresholds);g.hidden=!G,w.disabled=!!E.fixed,G&&!b.dragging()&&(b.range(E.lo,E.hi,E.step),w.value=String(E.thresholds[u]),l.textContent=Number(E.thresholds[u]).toFixed(De(E.step))),_(E,I,W),m(E,I,z,W)}function _(E,C,I){let z=E.tables[u]||[0,0,0,0],W=s("table","cmw-readout-table");W.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let U=W.createTBody();[["truly absent",0],["truly present",2]].forEach(([P,B])=>{let Y=U.insertRow();Y.append(s("th",null,P));for(let Z of[B,B+1]){let[J,Q]=On[Z],A=s("td"),k=t.button("cmw-label-cell",`${Q} ${we(z[Z],I)}`);k.dataset.cell=J,k.disabled=!!E.fixed,V(k,"click",()=>e.send({type:"label_cell",label:u,cell:J}),o.signal),A.append(k),Y.append(A)}}),T.replaceChildren(s("div","cmw-label-focus-title",C[u]??""),W);let O=E.focus;if(O&&O.label===u){let P=On.find(([Y])=>Y===O.cell)?.[1]??O.cell,B=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;y.replaceChildren(s("div","cmw-label-listing-title",`${P} of ${C[u]}: ${B} samples`),s("div","cmw-indices",O.indices.join(", ")))}else y.replaceChildren()}function m(E,C,I,z){let W=s("tr"),G=(B,Y)=>{let Z=S===B,J=t.button(`cmw-sort${Z?" cmw-sorted":""}`,Z?`${Y} ${f?"▼":"▲"}`:Y);J.dataset.sort=B,V(J,"click",()=>{f=Z?!f:B!=="label",S=B,h(),v.querySelector(`[data-sort="${B}"]`).focus()},o.signal);let Q=s("th");return Q.setAttribute("aria-sort",Z?f?"descending":"ascending":"none"),Q.append(J),Q};W.append(G("label","label"),...On.map(([,B])=>s("th",null,B)),G("f1","F1"),G("support","support"));let U=s("thead");U.append(W);let O=s("tbody"),P=I.length===C.length?I:C.map(()=>({f1:NaN,support:NaN}));for(let B of ui(P,S,f)){let Y=s("tr",B===u?"cmw-focused":null);Y.dataset.label=String(B);let Z=t.button("cmw-label-name",C[B]);V(Z,"click",()=>{u=B,h()},o.signal);let J=s("th");J.append(Z),Y.append(J,...(E.tables[B]||[]).map(Q=>s("td",null,we(Q,z))),s("td",null,ee(P[B].f1)),s("td",null,we(P[B].support,z))),O.append(Y)}v.replaceChildren(U,O)}return V(c,"change",()=>{u=Number(c.value)||0,h()},o.signal),H(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function i1(e){let t=[o1(e),n1(e),s1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var c1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),di=e=>`${(Number(e)*100).toFixed(0)}%`;function a1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${c1(n.mean)} · median ${c1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${di(r[2])}`).join(" · ")}function l1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let c of n){let a=r("tr");a.append(r("th",null,String(c.column)),r("td",null,a1(c,"cell")),r("td",null,a1(c,"rest"))),o.append(a)}return o}function u1({state:e,dom:t,signal:n}){let r=X(n),{h:o,button:s}=t,i=o("div","cmw-selection"),c=()=>{let p=s("cmw-clear","Clear selection");return p.title="Clear the selection (w.selected = None)",p};function a(){let p=e.get("selection");if(i.replaceChildren(),!p){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(c());return}let b=o("p","cmw-sentence");for(let v of p.sentence){let S=String(v&&v.text!=null?v.text:"");b.append(v&&v.em?o("em",null,S):t.doc.createTextNode(S))}let w=o("div","cmw-selection-head");if(w.append(b,c()),i.append(w),!p.available){let v=e.get("table"),S=typeof p.unavailable=="string"&&p.unavailable?p.unavailable:v?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${v.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",S));return}let g=ir(p);if(g.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(p.indices||[]).join(", ")),l(g));let T=Array.isArray(p.previews)?p.previews:[];T.length&&i.append(d(T));let y=l1(t,p);y&&i.append(y)}function l(p){let b=o("div","cmw-pager");if(p.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(p.prevOffset),b.append(w)}if(b.append(o("span","cmw-range",`showing ${p.first}-${p.last} of ${p.total}`)),p.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(p.nextOffset),b.append(w)}return b}function d(p){let b=o("div","cmw-previews");for(let w of p)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=o("figure","cmw-preview-img"),T=o("img");T.src=w.src,T.alt=`sample ${w.index}`,g.append(T,o("figcaption",null,`#${w.index}`)),b.append(g)}else if(w.kind==="text"){let g=o("div","cmw-preview-text");g.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),b.append(g)}}return b}let u=null;return V(i,"click",p=>{if(p.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=p.target.closest("button[data-offset]");if(!b)return;let w=e.get("selection");u=w&&{cls:b.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),H(e,["selection","table","hasSelection"],()=>{let p=u;u=null;let b=t.doc.activeElement,w=b&&(i.contains(b)||b===t.doc.body);a();let g=e.get("selection");if(!p||!g||g.i!==p.i||g.j!==p.j||!w)return;let T=i.querySelector(`button.${p.cls}`)||i.querySelector("button[data-offset]");T&&T.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function d1({state:e,dom:t,signal:n,extra:r=[]}){let o=X(n),{h:s,button:i}=t,c=s("div","cmw-select-bar");c.setAttribute("role","group"),c.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let l=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");c.append(a,l,...r);function d(){let u=e.get("selectionSpec"),p=!!(u&&u.kind==="errors");a.classList.toggle("cmw-active",p),a.setAttribute("aria-pressed",String(p)),c.hidden=!(e.get("k")>0)}return V(a,"click",()=>{let u=e.get("selectionSpec");e.set("selected",u&&u.kind==="errors"?null:"errors")},o.signal),H(e,["selectionSpec","k"],d,o.signal),d(),{el:c,update:d,destroy:()=>{o.abort(),c.remove()}}}function m1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function p1({state:e,dom:t,signal:n}){let r=X(n),{h:o,button:s}=t,i=o("details","cmw-download"),c=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let l=s("cmw-download-cells","Matrix (CSV)");l.title='The counts and shares of every cell, as w.to_frame("cells")';let d=s("cmw-download-selection","Selection (CSV)");d.title='The selected samples, as w.to_frame("samples", selected=True)';let u=s("cmw-download-png","Matrix (PNG)");u.title="The matrix as drawn, as a PNG image",a.append(l,d,u),i.append(c,a);function p(){d.disabled=!e.get("hasSelection")}let b=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";m1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return r.signal.addEventListener("abort",b,{once:!0}),V(a,"click",w=>{let g=w.target.closest("button");if(g){if(g===l)e.send({type:"download",what:"cells"});else if(g===d)e.send({type:"download",what:"selection"});else if(g===u){let T=i.closest(".cmw"),y=T&&T.querySelector("canvas.cmw-canvas");y&&y.toBlob(v=>{v&&m1(t.doc,v,"confusion_matrix.png")},"image/png")}}},r.signal),H(e,["hasSelection"],p,r.signal),p(),{el:i,update:p,destroy:()=>{r.abort(),i.remove()}}}var mi=96,pi=3;function f1(e,t){return Math.max(pi,Math.floor(mi/Math.max(e,t,1)))}function fi(e,t,n,r){let o=f1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function hi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${ee(t.value)}, ${ee(t.rest)} in the other slices)`}function h1({state:e,dom:t,signal:n}){let r=X(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let c=o("select","cmw-slice-pick");c.setAttribute("aria-label","Slice shown");let a=o("label","cmw-field");a.append(o("span",null,"Slice"),c);let l=o("div","cmw-slice-odd-note"),d=o("div","cmw-slice-fixed-note"),u=o("div","cmw-slice-grid"),p=o("div","cmw-slices-top");p.append(a,l),i.append(p,d,u),V(c,"change",()=>{let g=c.value===""?null:c.value;g!==e.get("slice")&&e.set("slice",g)},r.signal);function b(){let g=e.get("slices");if(i.hidden=!g,!g){u.replaceChildren();return}let T=e.get("slice");c.replaceChildren(s("","all samples"),...g.names.map(y=>s(y))),c.value=T!=null&&g.names.includes(T)?T:"",c.disabled=g.fixed,c.title=g.fixed?"Showing another slice needs a live kernel":"",l.textContent=hi(g),d.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",d.hidden=!g.fixed,w(g,T)}function w(g,T){let{colors:y}=e.get("sliceColors"),v=e.get("sliceLut"),{k:S,cols:f}=g,h=f1(S,f),_=g.names.map((m,E)=>{let C=o("figure","cmw-slice");m===T&&C.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===E&&C.classList.add("cmw-slice-odd"),C.dataset.slice=m;let I=o("canvas","cmw-slice-canvas"),z=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;I.width=Math.round(f*h*z),I.height=Math.round(S*h*z),I.style.width=`${f*h}px`,I.style.height=`${S*h}px`,I.setAttribute("role","img"),I.setAttribute("aria-label",`Matrix of slice ${m}`),I.tabIndex=-1;let W=I.getContext&&I.getContext("2d");if(W){W.scale(z,z);for(let P=0;P<S;P++)for(let B=0;B<f;B++)W.fillStyle=At(v,y[E][P*f+B]),W.fillRect(B*h,P*h,h,h)}S*f<=1024&&(C.dataset.colors=Array.from(y[E]).join(",")),V(I,"click",P=>{let B=fi(P.offsetX,P.offsetY,S,f);!B||g.fixed||(e.get("slice")!==m&&e.set("slice",m),e.set("selected",B))},r.signal);let G=o("figcaption","cmw-slice-caption"),U=g.accuracy[E],O=g.samples[E];return G.append(o("span","cmw-slice-name",m),o("span","cmw-slice-stats",`n=${O==null?"–":+O.toFixed(2)} · acc ${ee(U)}`)),C.append(I,G),C});u.replaceChildren(..._)}return H(e,["slices","slice","sliceColors","sliceLut"],b,r.signal),b(),{el:i,update:b,destroy:()=>r.abort()}}function w1({state:e,dom:t,signal:n}){let r=X(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",V(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return H(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var g1=e=>Math.round(e).toLocaleString("en-US");function wi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${g1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${g1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function gi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function b1({state:e,dom:t,signal:n}){let r=X(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),c=o("span","cmw-busy");c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),s.append(i,c);function a(){let l=e.get("table");s.hidden=!l,i.textContent=wi(l);let d=gi(e);c.hidden=!d,c.textContent=d||""}return H(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function bi(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var xi=60;function x1({state:e,dom:t,signal:n,clock:r}){let o=X(n),{h:s}=t,i=s("div","cmw-binary"),c=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let l=s("output","cmw-threshold-value");c.append(s("span",null,"Threshold"),a,l);let d=s("div","cmw-readout");i.append(c,d),i.hidden=!0;let u=!1,p=null,b=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,_)=>w()?String(Number(h.toPrecision(6))):h.toFixed(De(b(_)));function T(){let h=e.get("binary");if(i.hidden=!h,!h)return;let _=w();a.min=_?"0":String(h.lo),a.max=String(_?_.length-1:h.hi),a.step=_?"1":String(b(h));let m=e.get("threshold")??Number(h.threshold);!u&&Number.isFinite(m)&&(a.value=String(_?bi(_,m):m),l.textContent=g(m,h)),y(h)}function y(h){let _=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let C=m.createTBody(),I=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[U,...O]of I){let P=C.insertRow();P.append(s("th",null,U));for(let[B,Y]of O){let Z=s("td");Z.append(s("span","cmw-tag",B),t.doc.createTextNode(` ${we(Y,_)}`)),P.append(Z)}}let z=s("div","cmw-readout-stats"),W=e.get("intervals"),G=W&&!W.stale&&W.binary?W.binary:null;for(let[U,O,P]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!G){z.append(s("span","cmw-stat",`${U} ${ee(P)}`));continue}let B=s("span","cmw-stat-value");jt(t,B,P,G[O],W.level,O==="f1"?"bootstrap":"wilson");let Y=s("span","cmw-stat",`${U} `);Y.append(B),z.append(Y)}d.replaceChildren(m,z)}let v=h=>{Number.isFinite(h)&&(p=h,e.set("threshold",h))},S=Le(v,xi,r),f=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return V(a,"input",()=>{u=!0;let h=f(),_=e.get("binary");Number.isFinite(h)&&(l.textContent=_?g(h,_):h.toFixed(2)),S(h)},o.signal),V(a,"change",()=>{u=!1,S.cancel();let h=f();(h!==p||e.get("threshold")!==h)&&v(h)},o.signal),o.signal.addEventListener("abort",()=>S.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table","intervals"],T,o.signal),T(),{el:i,update:T,destroy:()=>{o.abort(),i.remove()}}}var yi=300,vi=200,ki=16;function Ai(e,t,n){let r=e-t-ki,o=Math.min(An,Math.max(n,1)*Wt)+vi;return t>0&&r>=Math.max(yi,Math.min(o,.6*e))?r:e}function Si(e,t){let n=e.dom.h("div","cmw-main"),r=i1(e);r.el.classList.add("cmw-side"),r.el.append(oo(e).el);let s=Xo({...t,room:()=>Ai(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function Mi(e){let t=go(e),n=$o(e);return[to({...e,extra:[t.button]}),t,x1(e),b1(e),Lo(e),n.panel,Si(e,n.matrixCtx),n.table,e1(e),eo(e),u1(e),Zo(e),Qr(e),d1({...e,extra:[p1(e).el,w1(e).el]}),h1(e),qo(e),ro(e),Jr(e)]}function y1(e,t,n=performance.now()){let r=Sr(t.ownerDocument||document),o=new AbortController,s=Xr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",V(i,"keydown",l=>{if(l.stopPropagation(),l.key==="Escape"&&!l.defaultPrevented){l.preventDefault();let d=t.closest("[tabindex]");d?d.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let c=({k:l,draws:d,lastMs:u,firstMs:p})=>{i.dataset.k=String(l),i.dataset.drawCount=String(d),i.dataset.lastDrawMs=u.toFixed(1),p!==null&&(i.dataset.firstDrawMs=p.toFixed(1))},a=Mi({state:s,dom:r,signal:o.signal,report:c,startedAt:n});return i.append(...a.map(l=>l.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var qt="cm-widget",_i="application/vnd.cm-widget.view+json",In="application/vnd.jupyter.widget-view+json",v1=1e4,Ci="Saved view, no kernel behind it: run the cell to make it live.",Rn=null;async function $i(e){let t=Rn&&Rn[e];if(!t)throw new Error(`${qt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function Ti(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Vn,e.head.appendChild(t)}async function Ei(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Ar(n):null}function k1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function Ni(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=Ei(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),v1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=k1(this,"rendermime"),o=r&&r.rendermime,s=k1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&In in n.data&&o&&o.mimeTypes.includes(In))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(In);if(this._live=a,s){let d=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),d?0:v1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let l=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(l),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(l,d=>{console.error(d),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){Ti(r),s.textContent=Ci;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:y1(vr(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function Fi(){let{Panel:e}=await $i("@lumino/widgets"),t=Ni(e);return{id:`${qt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[_i],defaultRank:-20,createRenderer:n=>new t(n)}}}function Oi(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[qt]={init:e=>{Rn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${qt} has no module ${e}`);let t=Oi()?[await Fi()]:[];return()=>({__esModule:!0,default:t})}});})();
