(()=>{var qn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function _t(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Tt(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function on(e,t,n){let o=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,r=.2126*o(e)+.7152*o(t)+.0722*o(n);return 1.05/(r+.05)>(r+.05)/.05?"#ffffff":"#000000"}function Zn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let o=n*4;return!t||t.length<o+3?"#000000":on(t[o],t[o+1],t[o+2])}function Jn(e,t,n){let o=new Uint8ClampedArray(n*4),r=new Uint8Array(1024);r.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(r.buffer),i=new Uint32Array(o.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return o}function Q1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let o=n[1].length===3?[...n[1]].map(r=>r+r).join(""):n[1];return[0,2,4].map(r=>parseInt(o.slice(r,r+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(o=>Math.round(Number(n[o]))):null}function L1([e,t,n]){let o=r=>(r/=255)<=.04045?r/12.92:((r+.055)/1.055)**2.4;return .2126*o(e)+.7152*o(t)+.0722*o(n)}function Qn(e,t){let n=Q1(t);if(!n||L1(n)>=.2)return e;let o=new Uint8Array(1024);for(let r=0;r<256;r++){for(let s=0;s<3;s++)o[4*r+s]=Math.round(n[s]+(e[4*r+s]-n[s])*r/255);o[4*r+3]=255}return o}function oe(e,t,n){return e<t?t:e>n?n:e}var es=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function be(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ee(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=be(e),n=Math.floor(t.byteLength/8);if(es)return new Float64Array(t.buffer,0,n);let o=new DataView(t.buffer),r=new Float64Array(n);for(let s=0;s<n;s++)r[s]=o.getFloat64(8*s,!0);return r}function nt(e,t,n){let o=n||{now:()=>Date.now(),setTimeout:(c,u)=>setTimeout(c,u),clearTimeout:c=>clearTimeout(c)},r=-1/0,s=null,i=null,l=()=>{s=null,r=o.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let u=t-(o.now()-r);u<=0?(s!==null&&o.clearTimeout(s),l()):s===null&&(s=o.setTimeout(l,u))};return a.cancel=()=>{s!==null&&o.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&o.clearTimeout(s),l())},a}var ts={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},ns=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ie(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),o=ts[e&&e.dtype]||Float64Array,r=Ln(o,be(e&&e.counts)),s=rs(e&&e.totals,t,n);if(e&&e.at!=null){let i=Ln(Uint32Array,be(e.at)),l=new o(t*n),a=Math.min(i.length,r.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=r[c]);return{k:t,cols:n,counts:l,totals:s}}return r.length<t*n?{k:t,cols:n,counts:new o(t*n),totals:s}:{k:t,cols:n,counts:r.length===t*n?r:r.subarray(0,t*n),totals:s}}function Ln(e,t){let n=e.BYTES_PER_ELEMENT,o=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,o);if(ns&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,o);let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(o);for(let l=0;l<o;l++)i[l]=r[s](n*l,!0);return i}function rs(e,t,n){if(!e||typeof e!="object")return null;let o=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,r=o(e.rows,t),s=o(e.cols,n),i=Number(e.all);return r&&s&&Number.isFinite(i)?{rows:r,cols:s,all:i}:null}function Xe(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let o=new e.constructor(t*t),r=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)o[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)r[s*(n-t)+i-t]=e[s*n+i]}return{square:o,rest:r}}function ye(e,t,n,o=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*o];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*o];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*o];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*o];return l}let r=Math.floor(n/2);return r-=r%8,ye(e,t,r,o)+ye(e,t+r*o,n-r,o)}function Ae(e,t,n,o=t,r=null){if(n==null)return e;let s=t*o,i=new Float64Array(s);if(r)return os(e,t,o,n,r,i);if(n==="true")for(let l=0;l<t;l++){let a=ye(e,l*o,o);for(let c=0;c<o;c++)i[l*o+c]=a===0?0:e[l*o+c]/a}else if(n==="pred"){let l=new Float64Array(o);for(let a=0;a<t;a++)for(let c=0;c<o;c++)l[c]+=e[a*o+c];for(let a=0;a<t;a++)for(let c=0;c<o;c++)i[a*o+c]=l[c]===0?0:e[a*o+c]/l[c]}else if(n==="all"){let l=ye(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function os(e,t,n,o,r,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=o==="true"?r.rows[i]:o==="pred"?r.cols[l]:o==="all"?r.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return o==="true"||o==="pred"||o==="all"?s:e}function He(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function ss(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Ne(e,t,n,o=256){let r=new Uint8Array(e.length),s=n-t;if(!(s>0))return r;let i=(o-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>o-1?o-1:a,r[l]=ss(a)}return r}function sn(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var is=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function er(e,t,n){let o=e||null;o&&o.endsWith("d")&&!n&&(o=null);let r=o?is.exec(o):null;if(r){let s=r[2]==="d"?"int":r[2]==="%"?"percent":"float";return{kind:s,digits:r[1]!==void 0?Number(r[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function rt(e){let t=be(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let o=0;o<256;o++)n[4*o]=t[3*o],n[4*o+1]=t[3*o+1],n[4*o+2]=t[3*o+2],n[4*o+3]=255;return n}function $t(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=on(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Ct=e=>Number(e.toPrecision(12));function Et(e,t,n=5){let o=e>0&&Number.isFinite(e)?e:1,r=t==null,s=o/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>Ct(c*i)).find(c=>c>=s&&(!r||c<1||Number.isInteger(c)));l===void 0&&(l=Ct(10*i)),r&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=o*(1+1e-12);c++){let u=Ct(c*l);a.push([u/o,r?String(u):`${Ct(u*100)}%`])}return a}function tr(e,t){let n=e&&typeof e=="object"?e:{},o=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],r=be(n.per_class),s=t.length;if(r.byteLength<32*s)return{perClass:[],summary:o};let i=new DataView(r.buffer);return{perClass:t.map((a,c)=>{let u=m=>i.getFloat64(8*(4*c+m),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:o}}var ln=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Ft=e=>Array.isArray(e)?e:[],ft=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Nt=e=>Ft(e).map(Number).filter(Number.isInteger);function ls(e){let t=ln(e),n=Ft(t.names).map(String),o=r=>n.map((s,i)=>Number.isFinite(Ft(r)[i])?Number(Ft(r)[i]):null);return{names:n,accuracy:o(t.accuracy),macroF1:o(t.macro_f1)}}function as(e,t){let n=ln(e);if(typeof n.name!="string")return null;let o=Ie(n.matrix),r=rt(n.lut);return o.k!==t||!r?null:{name:n.name,counts:o.counts,lut:r,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:ft(n.fixed),broken:ft(n.broken),changed:ft(n.changed)}}function nr(e,t){let n=new Float64Array(e.length);for(let o=0;o<e.length;o++)n[o]=e[o]-(t[o]||0);return n}function rr(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function cs(e,t){let n=Float64Array.from(e,o=>-o);for(let o=0;o<t;o++)n[o*t+o]=e[o*t+o];return n}var or=(e,t)=>{let n=rr(e);return Ne(cs(e,t),-n,n)};function sr(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function ir(e,t=0){let n=Math.abs(rr(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function us(e){let t=ln(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Nt(t.entered),cameFrom:Nt(t.came_from),left:Nt(t.left),wentTo:Nt(t.went_to),nEntered:ft(t.n_entered),nLeft:ft(t.n_left)}}var lr={runs:{raw:["_runs"],make:(e,t)=>ls(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>as(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>us(t("_moves"))}},ar=["run","compare"];var cr=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],ur=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function se(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ye(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,o=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?sr(e,o):n==="percent"?(e*100).toFixed(o)+"%":n==="float"?e.toFixed(o):String(Math.round(e)||0)}function an(e,t,n,o=0){let r=Ye(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:r,sub:`(${se(t,o)})`}:{main:r,sub:""}}function te(e){return Number.isFinite(e)?e.toFixed(3):"–"}function De(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),o=(t.split(".")[1]||"").length;return oe(o-(n?Number(n):0),0,6)}function dr(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function mr(e,t){return t?`${e}_r`:e}function cn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[o,r]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(o,t)&&s(r,n)?[o,r]:null}function pr(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,o=Math.max(0,Math.trunc(Number(e&&e.total)||0)),r=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:o,hasMore:t+n<o,hasPrev:t>0,nextOffset:t+r,prevOffset:Math.max(0,t-r)}}var fr=[[`
`,"⏎"],["\r","␍"]];function ht(e){let t=String(e);for(let[n,o]of fr)t=t.split(n).join(o);return t}function un(e,t){if(t!=null&&e===ht(t))return String(t);let n=String(e);for(let[o,r]of fr)n=n.split(r).join(o);return n}function Ot(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),o=n.indexOf("."),r=n.slice(o+1+t),s=e.toFixed(t);if(!/^50*$/.test(r))return s;let i=n.slice(0,o+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?o+1+t:o);return(e<0?"-":"")+a}var ds=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Re(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let o=0;o<t.length;o++)n[o]=t.charCodeAt(o);return n}function ot(e,t){let n=Re(t),o=e.BYTES_PER_ELEMENT,r=Math.floor(n.byteLength/o);if(ds)return new e(n.buffer,0,r);let s=new DataView(n.buffer),i=new e(r),l=`get${e.name.replace("Array","")}`;for(let a=0;a<r;a++)i[a]=s[l](o*a,!0);return i}var ms={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ps(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=ms[e.dtype];return t?ot(t,e.data):null}function fs(e){let t=Re(e.data),n=e.bytes,o=Math.floor(t.length/n),r=new Uint32Array(o);for(let s=0,i=0;s<o;s++,i+=n){let l=0;for(let a=n-1;a>=0;a--)l=l*256+t[i+a];r[s]=l}return r}function wr(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?ot(Float64Array,t.weights):null,sampleIndex:t.sample_index?ot(Uint32Array,t.sample_index):null,ids:ps(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:ot(Float32Array,t.outside.scores),weights:t.outside.weights?ot(Float64Array,t.outside.weights):null}),t.kind==="binary"){let o=Re(t.truth),r=new Uint8Array(e.n);for(let s=0;s<e.n;s++)r[s]=o[s>>3]>>(s&7)&1;n.positive=r,n.scores=ot(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=fs(t.cells);return n}var qe=new Float32Array(1),hr=new Int32Array(qe.buffer);function hs(e,t){return qe[0]=e,qe[0]===0?(hr[0]=1,t?qe[0]:-qe[0]):(hr[0]+=qe[0]>0===t?1:-1,qe[0])}function dn(e){let t=Math.fround(e);return t>e?hs(t,!1):t}function Be(e,t=-1/0,n=1/0){let o=dn(Number(e));return Math.min(Math.max(o,dn(t)),dn(n))}function It(e,t){let n=e.k,o=new Float64Array(n*n),r=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Be(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,u=e.scores[a]>=l?s:i;o[c*n+u]+=r?r[a]:1}return o}for(let s=0;s<e.n;s++)o[e.cells[s]]+=r?r[s]:1;return o}function gr(e,t,n,o){let r=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=Be(o);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&r.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&r.push(i)}return r}function mn(e,t,n){let o=[],r=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Be(n);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:1-s,c=e.scores[l]>=i?s:1-s;t[a*r+c]&&o.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&o.push(s);return o}function Rt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Pt(e,t){let n=e.ids;return n?t.map(o=>n[o]):t.map(o=>Rt(e,o))}function ws(e,t,n){let o=e&&e.outside;if(!o)return null;if(!o.scores)return{trueK:Float64Array.from(o.true,Number),predK:Float64Array.from(o.pred,Number),agree:o.agree,total:o.total};let r=new Float64Array(t),s=Be(n),i=o.weights;for(let a=0;a<o.scores.length;a++)r[o.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?ye(i,0,i.length):o.scores.length;return{trueK:new Float64Array(t),predK:r,agree:0,total:l}}var Fe=(e,t)=>t!==0?e/t:0;function gs(e,t,n=null){let o=new Float64Array(t),r=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let b=0;b<t;b++){let C=e[w*t+b];r[w]+=C,s[b]+=C,l+=C}o[w]=e[w*t+w],i+=o[w]}if(n){for(let w=0;w<t;w++)r[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=r[w];let c=[],u={precision:0,recall:0,f1:0},m={precision:0,recall:0,f1:0},h=0,x=0;for(let w=0;w<t;w++){let b={precision:Fe(o[w],s[w]),recall:Fe(o[w],r[w]),f1:Fe(2*o[w],r[w]+s[w]),support:r[w]};c.push(b);let C=Fe(r[w],a);for(let $ of["precision","recall","f1"])u[$]+=b[$]/t,m[$]+=b[$]*C;r[w]>0&&(h+=1,x+=b.recall)}return{rows:c,accuracy:Fe(i,l),balancedAccuracy:h?x/h:0,macro:u,weighted:m}}function pn(e,t,n=null,o=null){let r=gs(e,t,ws(n,t,o)),s=new Float64Array(4*t);r.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=r.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:r.accuracy},{name:"balanced accuracy",value:r.balancedAccuracy},{name:"macro avg",...r.macro,support:i},{name:"weighted avg",...r.weighted,support:i}]}}function bs(e,t,n,o){let r=Math.sqrt((e+t)*(e+n)*(o+t)*(o+n));return{tp:e,fp:t,fn:n,tn:o,tpr:Fe(e,e+n),fpr:Fe(t,t+o),precision:Fe(e,e+t),f1:Fe(2*e,2*e+t+n),mcc:Fe(e*o-t*n,r)}}function fn(e,t,n){let o=e.pos_index,r=1-o,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...bs(s(o,o),s(r,o),s(o,r),s(r,r))}}function br(e){return e??"true"}function xr(e,t,n,o,r,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?hn(e):String(Math.trunc(e)),u=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,m=l?" but the model ":r||a?" and predicted ":" but predicted ",h=` (${Ot(o*100,1)}% of `,x;return i==="all"?x=[{text:`${h}all samples).`}]:i==="pred"&&l?x=[{text:`${h}the abstained samples).`}]:i==="pred"?x=[{text:h+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:x=[{text:h+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:m},{text:n,em:!0},...x]}function hn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[o,r]=e.toExponential(5).split("e"),s=o.includes(".")?o.replace(/0+$/,"").replace(/\.$/,""):o,i=Number(r);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var wn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var jt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,yr=(e,t,n)=>Array.isArray(e)&&e.length===2&&jt(e[0],t)&&jt(e[1],n);function st(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let o=Object.keys(e);return o.length!==1?null:o[0]==="row"&&jt(e.row,t)?{kind:"row",i:e.row}:o[0]==="col"&&jt(e.col,n)?{kind:"col",j:e.col}:null}return yr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(o=>yr(o,t,n))?{kind:"cells",cells:e.map(o=>[o[0],o[1]])}:null}function gn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let o=[];for(let r=0;r<t;r++)for(let s=0;s<t;s++)r!==s&&o.push([r,s]);return o}return e.kind==="row"?Array.from({length:n},(o,r)=>[e.i,r]):e.kind==="col"?Array.from({length:t},(o,r)=>[r,e.j]):e.cells}function Dt(e){let t=new Set,n=[];for(let[o,r]of e){let s=`${o},${r}`;t.has(s)||(t.add(s),n.push([o,r]))}return n.sort((o,r)=>o[0]-r[0]||o[1]-r[1]),n.length===0?null:n.length===1?n[0]:n}function vr(e,t,n=t){if(e===null)return null;let o=st(e,t,n);if(o)return o.kind==="row"?{row:o.i}:o.kind==="col"?{col:o.j}:o.kind==="errors"?"errors":Dt(o.cells)}function kr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],o=n.findIndex(r=>r[0]===t[0]&&r[1]===t[1]);return o>=0?n.splice(o,1):n.push([t[0],t[1]]),Dt(n)}function Ar(e,t,n,o,r,s,{fixed:i,formatG:l,pairs:a=!1}){let c=s?l(t):String(Math.trunc(t)),[u,m]=a?["label pair","label pairs"]:["sample","samples"],h=s?`A weight of ${c} is `:`${c} ${t===1?u:m} ${t===1?"is":"are"} `,x={text:` (${i(r*100,1)}% of all ${m}).`};return e==="row"?[{text:`${h}truly `},{text:n,em:!0},x]:e==="col"?[{text:`${h}predicted `},{text:n,em:!0},x]:e==="errors"?[{text:`${h}misclassified`},x]:[{text:`${h}in ${o} selected cells`},x]}var ys=/[",\r\n]/;function vs(e){let t=String(e);return ys.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Bt(e,t){return[e,...t].map(n=>n.map(vs).join(",")).join(`
`)+`
`}var Sr=40,bn="abstained";function ks(e,t,n){let o=e;for(let r=0;r<t.length-1;r++)o=o[t[r]];o[t[t.length-1]]=n}function As(e){let t=new Uint8Array(e.length),n=e.length/3;for(let o=0;o<n;o++)t.set(e.subarray(3*(n-1-o),3*(n-o)),3*o);return t}function Mr(e){let t=Object.prototype.hasOwnProperty.call(wn,e)?wn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let o=0;o<3;o++){let r=0;for(let s=0;s<256;s++)r+=t[256*o+s],n[3*s+o]=r}return n}var _r=e=>e.every(t=>Number.isInteger(t));function Tr(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let S of e.state.buffers)ks(t,S.path,Re(S.data));let n=e.k,o=wr(e),r=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):o===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let u=S=>{for(let y of r.get(S)||[])y()},m=(S,y)=>{t[S]=y,u(S)},h=Ie(t._matrix),x=o?It(o,t.threshold):Float64Array.from(Xe(h.counts,n,h.cols).square),w=h.cols===n+1?Array.from({length:n},(S,y)=>h.counts[y*h.cols+n]):null;function b(){return{k:n,dtype:"float64",counts:new Uint8Array(x.buffer.slice(0))}}function C(S,y){let F=`${S},${y},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=gr(o,S,y,t.threshold)),s.members}function $(S,y,F,D){let K=0;if(D==="true")for(let B of y){for(let Z=0;Z<n;Z++)K+=x[B*n+Z];w&&(K+=w[B])}else for(let B=0;B<n;B++)if(D==="all"){for(let Z=0;Z<n;Z++)K+=x[B*n+Z];w&&(K+=w[B])}else for(let Z of F)K+=Z===n?w?w[B]:0:x[B*n+Z];return K?S/K:0}function M(S,y,F,D,K,B,Z,we={},fe={}){let de=0;for(let ne of F)for(let re of D)de+=re===n?w?w[ne]:0:x[ne*n+re];let me=!!(o&&o.weights||!_r(x)),ce=br(t.normalize),Te;if(fe.multilabel){let ne=h.totals,re=ne?ce==="true"?ne.rows[S]:ce==="pred"?ne.cols[y]:ne.all:0;Te=re?de/re:0}else Te=$(de,F,D,ce);let Le=o?B():[],Ue=Le.length,xe=Math.max(0,Math.min(Math.trunc(Z)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=Le.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,Sr)){let re=e.previews&&e.previews[String(Rt(o,ne))];re&&We.push(re)}return{i:S,j:y,...we,sentence:xr(de,K[0],K[1],Te,S===y,me,{basis:ce,...fe}),count:de,total:Ue,offset:xe,indices:o?Pt(o,Ve):[],page_size:i,previews:We,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function E(S,y,F){let D=t.display_labels||[];return w&&y===n?M(S,y,[S],[y],[String(D[S]??S),bn],()=>[],F,{},{abstained:!0}):M(S,y,[S],[y],[String(D[S]??S),String(D[y]??y)],()=>C(S,y),F,{},{multilabel:l})}let p=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],f=new Array(p.length?n:0).fill(0);if(p.length){let S=t._groups.codes,y=new DataView(S.buffer,S.byteOffset,S.byteLength);for(let F=0;F<n;F++)f[F]=n<=65536?y.getUint16(2*F,!0):y.getUint32(4*F,!0)}let k=S=>f.flatMap((y,F)=>y===S?[F]:[]);function d(S,y){if(o.kind==="binary"){let D=[];for(let K of k(S))for(let B of k(y))D.push(...C(K,B));return D.sort((K,B)=>K-B)}let F=[];for(let D=0;D<o.n;D++){let K=o.cells[D],B=Math.floor(K/n);f[B]===S&&f[K-B*n]===y&&F.push(D)}return F}function _(S,y,F){return M(S,y,k(S),k(y),[p[S],p[y]],()=>d(S,y),F,{group:!0})}function v(S,y){let F=w?n+1:n,D=st(S,n,F),K=gn(D,n,F),B=0;for(let[ne,re]of K)B+=re===n?w?w[ne]:0:x[ne*n+re];let Z=new Uint8Array(n*n);for(let[ne,re]of K)re<n&&(Z[ne*n+re]=1);let we=o?mn(o,Z,t.threshold):[],fe=Pt(o||{},we),de=we.map((ne,re)=>re);o&&o.ids&&de.sort((ne,re)=>fe[ne]<fe[re]?-1:fe[ne]>fe[re]?1:ne-re);let me=0;for(let ne=0;ne<n;ne++){for(let re=0;re<n;re++)me+=x[ne*n+re];w&&(me+=w[ne])}let ce=(t.display_labels||[]).map(String);w&&ce.push(bn);let Te=D.kind==="row"?ce[D.i]:D.kind==="col"?ce[D.j]:null,Le=!!(o&&o.weights||!_r(x)),Ue=we.length,xe=Math.max(0,Math.min(Math.trunc(y)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=de.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,Sr)){let re=e.previews&&e.previews[String(Rt(o,we[ne]))];re&&We.push(re)}return{i:D.kind==="row"?D.i:-1,j:D.kind==="col"?D.j:-1,kind:D.kind,sentence:Ar(D.kind,B,Te,K.length,me?B/me:0,Le,{fixed:Ot,formatG:hn,pairs:l}),count:B,total:Ue,offset:xe,indices:Ve.map(ne=>fe[ne]),page_size:i,previews:We,available:o!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function O(S=0){let y=t.selected,F=t.selected_group;y!=null&&!(Array.isArray(y)&&y.length===2&&!Array.isArray(y[0]))?m("_selection",v(y,S)):Array.isArray(y)&&y.length===2?m("_selection",E(y[0],y[1],S)):Array.isArray(F)&&F.length===2?m("_selection",_(F[0],F[1],S)):m("_selection",{})}t._order_choices=Object.keys(e.orders||{});function j(S){let y=e.orders&&e.orders[S];y&&(m("_order",{dtype:y.dtype,classes:Re(y.classes),groups:y.groups?Re(y.groups):null}),m("order",S))}function U(S,y,F,D=F){if(S==="selected"&&(y=vr(y,F,D),y===void 0)||!(y===null||S==="selected"||Array.isArray(y)&&y.length===2&&y.every((Z,we)=>Number.isInteger(Z)&&Z>=0&&Z<(we===0?F:D))))return;let B=S==="selected"?"selected_group":"selected";y!==null&&t[B]!=null&&(t[B]=null,u(B)),t[S]=y,u(S),O(0)}function G(S){if(!o||o.kind!=="binary"||!a)return;let y=Number(S);if(!Number.isFinite(y))return;let F=Be(Math.min(Math.max(y,a.lo),a.hi),a.lo,a.hi);t.threshold=F,x=It(o,F),m("_matrix",b()),m("_binary",fn(a,x,F)),m("_metrics",pn(x,n,o,F)),m("_intervals",ee(x)),u("threshold"),t.selected!=null&&O(0)}function V(S){let y=String(S),F=y.endsWith("_r")?y.slice(0,-2):y,K=(e.luts&&e.luts[y]?Re(e.luts[y]):null)||Mr(y),B=K||(e.luts&&e.luts[F]?Re(e.luts[F]):Mr(F));B&&(m("_lut",K||As(B)),m("cmap",y))}o&&o.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),x=It(o,t.threshold),t._matrix=b(),t._binary=fn(a,x,t.threshold),t._metrics=pn(x,n,o,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&O(0);let I=new Set;function P(){let S=Ie(t._matrix),y=Ae(S.counts,S.k,"true",S.cols,S.totals),F=(t.display_labels||[]).map(String),D=F.slice();S.cols===n+1&&D.push(bn);let K=[];for(let B=0;B<S.k;B++)for(let Z=0;Z<S.cols;Z++)K.push([F[B],D[Z],S.counts[B*S.cols+Z],y[B*S.cols+Z]]);return Bt(["true","predicted","count","share"],K)}function z(){let S=["index","true","predicted"],y=!!(o&&o.kind==="binary");if(y&&S.push("score"),!o||t.selected==null)return Bt(S,[]);let F=st(t.selected,n,w?n+1:n),D=new Uint8Array(n*n);for(let[de,me]of gn(F,n,w?n+1:n))me<n&&(D[de*n+me]=1);let K=mn(o,D,t.threshold),B=Pt(o,K),Z=(t.display_labels||[]).map(String),we=y?Be(t.threshold):0,fe=K.map((de,me)=>{if(!y)return[B[me],Z[Math.floor(o.cells[de]/n)],Z[o.cells[de]%n]];let ce=o.posIndex;return[B[me],Z[o.positive[de]?ce:1-ce],Z[o.scores[de]>=we?ce:1-ce],o.scores[de]]});return Bt(S,fe)}let H={cells:["confusion_matrix.csv",P],selection:["selection.csv",z]},Q=t._intervals&&t._intervals.level?t._intervals:null,L=Float64Array.from(x);function ee(S){return Q?S.length===L.length&&S.every((F,D)=>F===L[D])?Q:{stale:!0,level:Q.level,z:Q.z}:t._intervals}return{receive(S){return I.add(S),()=>I.delete(S)},get:S=>t[S],on(S,y){return r.has(S)||r.set(S,new Set),r.get(S).add(y),()=>r.get(S).delete(y)},set(S,y){if(S==="threshold")return G(y);if(S==="cmap")return V(y);if(S==="normalize"){m(S,y??null),(t.selected!=null||t.selected_group!=null)&&O(t._selection?.offset||0);return}if(S==="display_labels"){if(!Array.isArray(y)||y.length!==n)return;m(S,y.map(String)),t.selected!=null&&O(t._selection?.offset||0);return}if(S==="selected")return U(S,y,n,w?n+1:n);if(S==="selected_group")return U(S,y,p.length);if(S==="order")return j(y);if(S==="errors_only")return m(S,y===!0);if(S==="cmap_scale")return y==="log"||y==="linear"?m(S,y):void 0;if(S==="show_totals")return typeof y=="boolean"?m(S,y):void 0;if(S==="top_classes")return y===null||Number.isInteger(y)&&y>=1&&y<=n&&t.level!=="groups"&&!(t._matrix&&t._matrix.totals)?m(S,y):void 0;if(S==="level"){(y==="classes"||y==="groups"&&p.length&&t.top_classes==null)&&m(S,y);return}},send(S){if(S&&S.type==="download"&&H[S.what]){let[y,F]=H[S.what],D={type:"download",what:S.what,name:y,text:F()};queueMicrotask(()=>{for(let K of[...I])K(D)});return}S&&S.type==="page"&&(t.selected!=null||t.selected_group!=null)&&O(Number(S.offset)||0)}}}var Ss="CMW1";async function Cr(e){let t=Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),n=new Blob([t]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(n).arrayBuffer())}function Ms(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function _s(e){return new TextDecoder().decode(await Cr(e))}async function Ts(e){let t=await Cr(e);if(new TextDecoder().decode(t.subarray(0,4))!==Ss)throw new Error("not a packed cm_widget document");let n=new DataView(t.buffer,t.byteOffset+4,4).getUint32(0,!0),o=t.subarray(8+n);return JSON.parse(new TextDecoder().decode(t.subarray(8,8+n)),(r,s)=>{if(s&&typeof s=="object"&&!Array.isArray(s)){let i=Object.keys(s);if(i.length===1&&i[0]==="__cmw_bytes__"){let[l,a]=s.__cmw_bytes__;return Ms(o.subarray(l,l+a))}}return s})}async function $r(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack"?await Ts(t):JSON.parse(n==="gzip"?await _s(t):t)}var Cs=new Set(["button","input","select","textarea","summary","canvas"]);function Er(e){let t=(r,s,i)=>{let l=e.createElement(r);return s&&(l.className=s),i!=null&&(l.textContent=i),Cs.has(r)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(r,s)=>{let i=t("button",r,s);return i.type="button",i},option:(r,s=r)=>{let i=e.createElement("option");return i.value=r,i.textContent=s,i}}}function W(e,t,n,o,r={}){e.addEventListener(t,n,{...r,signal:o})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var $s=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Es(e){let t=be(e),n=Math.floor(t.byteLength/4);if($s)return new Float32Array(t.buffer,0,n);let o=new DataView(t.buffer);return Float32Array.from({length:n},(r,s)=>o.getFloat32(4*s,!0))}function Nr(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ee(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ee(e.curve.t),i=Es(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let o=e.least,r=o&&Number.isFinite(o.threshold)&&Number.isFinite(o.mean)?{threshold:o.threshold,mean:o.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:r}}function Fr(e,t,n,o,r){let s=t?n+1:n,i=Math.min(r,s),l=(m,h)=>h<n?e[m*n+h]:t[m],a=[],c=0,u=0;for(let m=0;m<n;m++){let h=0;for(let w=0;w<i;w++)h+=l(m,w)*o[m*r+w];let x=0;for(let w=0;w<s;w++)x+=l(m,w);a.push({total:h,mean:x!==0?h/x:0}),c+=h,u+=x}return{total:c,mean:u?c/u:0,perClass:a}}var Ns=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function xn(e,t){let n=be(e),o=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Ns)return new t(n.buffer,0,o);let r=new DataView(n.buffer),s=new t(o),i=t===Float32Array?l=>r.getFloat32(4*l,!0):l=>r.getFloat64(8*l,!0);for(let l=0;l<o;l++)s[l]=i(l);return s}function Or(e){if(!e||typeof e!="object")return null;let t=xn(e.x,Float32Array),n=xn(e.y,Float32Array),o=xn(e.t,Float64Array),r=Math.min(t.length,n.length,o.length);return r>0?{x:t.subarray(0,r),y:n.subarray(0,r),t:o.subarray(0,r),n:r}:null}var yn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Ir(e){if(!e||typeof e!="object")return null;let t=Or(e.roc),n=Or(e.pr);if(!t||!n)return null;let o=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&yn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),r=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof r[i]=="string"?r[i]:null]));return{roc:t,pr:n,auc:yn(e.auc),ap:yn(e.ap),targets:o,undefinedBecause:s}}function Rr(e,t,n){let o=0,r=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<r&&(r=a,o=s)}return o}function Pr(e,t,n){let o=t-2*n,r=new Array(e.n);for(let s=0;s<e.n;s++)r[s]=`${(n+e.x[s]*o).toFixed(1)},${(n+(1-e.y[s])*o).toFixed(1)}`;return r.join(" ")}var Fs={uint16:2,uint32:4};function vn(e,t){let n=Fs[t];if(!n)return null;let o=be(e);if(o.byteLength%n)return null;let r=new DataView(o.buffer),s=new Array(o.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?r.getUint16(2*i,!0):r.getUint32(4*i,!0);return s}function jr(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let o of e){if(!Number.isInteger(o)||o<0||o>=t||n[o])return!1;n[o]=1}return!0}var Dr=e=>Array.from({length:e},(t,n)=>n);function Br(e,t,n){let o=e&&e.dtype,r=e?vn(e.classes,o):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?vn(e.groups,o):null;return{classes:jr(r,t)?r:Dr(t),groups:n?jr(i,s)?i:Dr(s):null}}function zr(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),o=vn(e.codes,t<=65536?"uint16":"uint32");if(!o||o.length!==t||o.some(s=>s>=n.length))return null;let r=n.map(()=>[]);return o.forEach((s,i)=>r[s].push(i)),{names:n,codes:o,members:r}}var kn=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,wt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Ur(e,t){let n=wt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let o=be(n.per_class),r=t.length,s=[];if(o.byteLength>=48*r){let a=new DataView(o.buffer,o.byteOffset,o.byteLength),c=(u,m)=>{let h=a.getFloat64(8*(6*u+m),!0);return Number.isFinite(h)?h:null};for(let u=0;u<r;u++)s.push({precision:[c(u,0),c(u,1)],recall:[c(u,2),c(u,3)],f1:[c(u,4),c(u,5)]})}let i={};for(let[a,c]of Object.entries(wt(n.summary)))i[a]=Array.isArray(c)?kn(c):Object.fromEntries(Object.entries(wt(c)).map(([u,m])=>[u,kn(m)]));let l=n.binary?Object.fromEntries(Object.entries(wt(n.binary)).map(([a,c])=>[a,kn(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:wt(n.methods)}}function Os(e,t){let n=te(e);return!t||t[0]===null||t[1]===null?n:`${n} (${te(t[0])}-${te(t[1])})`}var it=e=>`${Number((100*e).toFixed(2))}%`;function zt(e,t,n,o,r,s){if(t.textContent=Os(n,o),!o||o[0]===null||o[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${it(r)} interval ${te(o[0])} to ${te(o[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=m=>Math.min(Math.max(m,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(o[0])}%`,c.style.width=`${Math.max(l(o[1])-l(o[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,a.append(c,u),t.append(a)}function Vr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${it(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Wr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let o=n*n,r=e/t,s=1+o/t,i=(r+o/(2*t))/s,l=n*Math.sqrt(r*(1-r)/t+o/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Gr(e,t,n,o=null){let r=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||r.length===n&&l<=r[n-1][0])continue;let a=r.length;for(;a>0&&r[a-1][0]<l;)a--;r.splice(a,0,[l,s*t+i]),r.length>n&&r.pop()}return r.map(([s,i])=>{let l=Math.floor(i/t),a=o?o[l]:ye(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var An={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Kr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(An),o=null,r=0;if(t.counts!=null){let s=be(t.counts),i=Math.floor(s.byteLength/4);if(r=Math.round(Math.sqrt(i)),r>0&&i===r*r&&s.byteLength===4*i){let l=new DataView(s.buffer);o=new Uint32Array(i);for(let a=0;a<i;a++)o[a]=l.getUint32(4*a,!0)}}return{k:r,cols:r,counts:o,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Xr(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Hr(e,t,n){if(!e||!e.counts||e.k!==t)return null;let o=new Uint32Array(t*t);for(let r=0;r<t;r++){let s=n?n[r]:r;for(let i=0;i<t;i++)o[r*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return o}var Sn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Yr=e=>Array.isArray(e)?e:[],Ut=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Is(e,t){let n=Sn(e),o=Yr(n.names).map(String),r=o.length;if(!r||!(t>0))return null;let s=Sn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==r*t||i!==t&&i!==t+1)return null;let l=Ie({...s,k:1,cols:r*t*i}),a=o.map((h,x)=>l.counts.subarray(x*t*i,(x+1)*t*i)),c=h=>o.map((x,w)=>Ut(Yr(n[h])[w])),u=Sn(n.most_different),m=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<r?{slice:u.slice,value:Ut(u.value),rest:Ut(u.rest),difference:Ut(u.difference)}:null;return{names:o,k:t,cols:i,counts:a,samples:c("samples"),accuracy:c("accuracy"),balancedAccuracy:c("balanced_accuracy"),macroF1:c("macro_f1"),mostDifferent:m,fixed:n.fixed===!0}}function Rs(e,t){if(!e)return null;let{k:n,cols:o}=e,r=e.counts.map(i=>Ae(i,n,t,o)),s=r.reduce((i,l)=>Math.max(i,He(l)),0);return{values:r,vmax:s,colors:r.map(i=>Ne(i,0,s))}}function Ps(e){return typeof e=="string"?e:null}var qr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>Is(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Ps(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>Rs(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>rt(t("_lut"))||Tt()}};var Zr=256;function lt(...e){let t=1/0;for(let n of e)if(n)for(let o=0;o<n.length;o++)n[o]>0&&n[o]<t&&(t=n[o]);return Number.isFinite(t)?t:0}function Jr(e,t,n){let o=new Float64Array(e.length),r=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(o[s]=r>0?(1+(Zr-2)*(Math.log(i/t)/r))/(Zr-1):1)}return o}function at(e,t,n,o){return n==="log"?Ne(Jr(e,o,t),0,1):Ne(e,0,t)}function Vt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let o=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,r=i=>Jr([i],e,t)[0],s=[[r(e),o(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([r(l),o(l)])}return t>e&&s.push([1,o(t)]),s}function Wt(e,t,n=t,o=null){if(o)return{rows:Float64Array.from(o.rows),cols:Float64Array.from(o.cols),all:Number(o.all)};let r=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){r[i]=ye(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:r,cols:s,all:t*n?ye(e,0,t*n):0}}function Qr(e,t,n){let o=(l,a)=>{if(a.length===1)return l[a[0]];let c=0;for(let u of a)c+=l[u];return c},r=Float64Array.from(t,l=>o(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,a)=>{i[a]=o(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:r,cols:i,all:e.all}}var js=new Set(["normalize","cmap","threshold","display_labels","selected",...ar,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),Ds=10,Gt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Lr=e=>Array.isArray(e)?e:[],Kt={matrix:{raw:["_matrix"],make:(e,t)=>Ie(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Xe(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(o,r)=>n&&n[r]!=null?String(n[r]):String(r))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>cn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ae(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Xe(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?nr(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>He(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:at(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?or(e("values"),e("k")):at(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>lt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||rt(t("_lut"))||Tt()},lutText:{uses:["lut"],make:e=>$t(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:er(t("values_format"),e("normalize"),sn(e("allValues")))},countDigits:{uses:["matrix"],make:e=>sn(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?ir(e("values"),e("countDigits")):e("cmapScale")==="log"?Vt(e("logLo"),e("vmax"),e("normalize")):Et(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>tr(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Ur(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>no(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Gt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let o=e("labels"),r=n.pos_index===0?0:1;return{...n,posName:o[r]??"positive",negName:o[1-r]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>st(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Gt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:Lr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>Lr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Kr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Xr(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Ir(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Nr(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Fr(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Gt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Gt(t("_table"));if(!n.engine)return null;let o=Ee(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:o.length?o:null}}},...lr,...qr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Br(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>zr(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?cn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Gr(e("counts"),e("k"),Ds,Bs(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Wt(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},gt={},eo=e=>{if(!gt[e]){let t=Kt[e];gt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(eo)])]}return gt[e]};for(let e of Object.keys(Kt))eo(e);function Bs(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let o=e("counts"),r=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ye(o,i*n,n)+r[i])}function to(e){let t=new Map,n=a=>{if(!Kt[a])throw new Error(`unknown state key ${a}`);return Kt[a]},o=a=>{let c=n(a),u=gt[a].map(x=>e.get(x)),m=t.get(a);if(m&&m.raws.every((x,w)=>x===u[w]))return m.value;let h=c.make(o,x=>e.get(x));return t.set(a,{raws:u,value:h}),h};return{get:o,on:(a,c)=>{n(a);let u=gt[a].map(m=>e.on(m,c));return()=>u.forEach(m=>m())},set:(a,c)=>{if(!js.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,c)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function X(e,t,n,o){let r=!1,s=()=>{r||o&&o.aborted||(r=!0,queueMicrotask(()=>{r=!1,o&&o.aborted||n()}))},i=t.map(l=>e.on(l,s));return o&&o.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var zs="http://www.w3.org/2000/svg",Oe=180,ct=28,Mn=180,Xt=44,Us=12,ro=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function no(e,t){let n=ro(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let o=ro(n.hist),r=Number.isInteger(o.bins)&&o.bins>0?o.bins:0,s=Ee(o.counts);return{kind:n.kind,x:Ee(n.x),y:Ee(n.y),n:Ee(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:r&&s.length===r*t?{bins:r,lo:Number(o.lo),hi:Number(o.hi),counts:s}:null}}function oo(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${te(e.eceLow)}-${te(e.eceHigh)}), ${it(e.level)} interval`:"";return`ECE ${te(e.ece)}${t}`}function Se(e,t,n,o){let r=e.createElementNS(zs,t);for(let[s,i]of Object.entries(n))r.setAttribute(s,String(i));return o&&r.setAttribute("class",o),r}function so({state:e,dom:t,signal:n}){let o=Y(n),{h:r,doc:s}=t,i=r("div","cmw-calibration"),l=r("div","cmw-calibration-title"),a=r("div","cmw-calibration-plots");i.append(l,a);let c=[];function u(){let b=e.get("calibration");if(!b||!b.hist)return null;let C=b.kind==="binary"?e.get("threshold"):e.get("abstainAt");return C==null||!Number.isFinite(C)?null:C}function m(){let b=e.get("calibration"),C=u();for(let $ of c){if(C===null||!b||!b.hist){$.setAttribute("visibility","hidden");continue}let{lo:M,hi:E}=b.hist,p=(Math.min(Math.max(C,M),E)-M)/(E-M||1)*Mn;$.setAttribute("x1",String(p)),$.setAttribute("x2",String(p)),$.setAttribute("visibility","visible"),$.dataset.at=String(C)}}function h(b){let C=Se(s,"svg",{width:Oe+ct+8,height:Oe+ct+8,role:"img"},"cmw-reliability");C.setAttribute("aria-label",`reliability diagram, ${oo(b)}`);let $=k=>ct+k*Oe,M=k=>4+(1-k)*Oe;C.append(Se(s,"rect",{x:ct,y:4,width:Oe,height:Oe},"cmw-plot-frame"),Se(s,"line",{x1:$(0),y1:M(0),x2:$(1),y2:M(1)},"cmw-diagonal"));let E=Se(s,"text",{x:ct+Oe/2,y:Oe+ct+2,"text-anchor":"middle"},"cmw-axis-label");E.textContent="mean predicted probability";let p=Se(s,"text",{x:10,y:4+Oe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Oe/2})`},"cmw-axis-label");p.textContent="observed frequency",C.append(E,p);let f=Array.from(b.x,(k,d)=>`${$(k)},${M(b.y[d])}`).join(" ");return C.append(Se(s,"polyline",{points:f},"cmw-reliability-line")),b.x.forEach((k,d)=>{let _=Se(s,"circle",{cx:$(k),cy:M(b.y[d]),r:3},"cmw-reliability-point"),v=Se(s,"title",{});v.textContent=`predicted ${te(k)}, observed ${te(b.y[d])}, ${Math.round(b.n[d]*100)/100} samples`,_.append(v),C.append(_)}),C}function x(b,C){let $=r("div","cmw-histograms"),{bins:M,counts:E}=b.hist,p=C.length,f=Math.min(p,Us),k=0;for(let _=0;_<f*M;_++)k=Math.max(k,E[_]);let d=b.kind==="binary"?`score of ${C[1]??"positive"}`:"top score";$.append(r("div","cmw-histograms-title",`${d} by true class`)),c=[];for(let _=0;_<f;_++){let v=r("div","cmw-histogram-row"),O=r("span","cmw-histogram-name",C[_]);O.title=C[_];let j=Se(s,"svg",{width:Mn,height:Xt},"cmw-histogram"),U=Mn/M;for(let V=0;V<M;V++){let I=E[_*M+V];if(!(I>0))continue;let P=k>0?I/k*(Xt-2):0;j.append(Se(s,"rect",{x:V*U,y:Xt-P,width:Math.max(U-1,1),height:P},"cmw-histogram-bar"))}let G=Se(s,"line",{x1:0,x2:0,y1:0,y2:Xt},"cmw-threshold-line");c.push(G),j.append(G),v.append(O,j),$.append(v)}return p>f&&$.append(r("div","cmw-note",`the first ${f} of ${p} classes`)),$}function w(){let b=e.get("calibration");if(i.hidden=!b,c=[],!b)return;if(b.note){l.textContent=b.note,a.replaceChildren();return}let C=b.kind==="binary"?"":" (top label)";l.textContent=`Calibration${C}: ${oo(b)}, ${b.nBins} ${b.strategy} bins`;let $=[h(b)];b.hist&&$.push(x(b,e.get("labels"))),a.replaceChildren(...$),m()}return X(e,["calibration","labels"],w,o.signal),X(e,["threshold","abstainAt"],m,o.signal),w(),{el:i,update:w,destroy:()=>{o.abort(),i.remove()}}}var _n=e=>`${(100*e).toFixed(1)}%`;function Vs(e,t,n,o,r,s){let i=(c,u)=>u===n?t?t[c]:0:e[c*n+u],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===r:c===o))&&(a+=i(c,u));return{count:i(o,r),den:a}}function io({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(r.hidden=!c,!c){r.textContent="";return}let u=e.get("countParts"),m=e.get("cols")===a+1?u.rest:null,h=e.get("normalize")==null?"true":e.get("normalize"),{count:x,den:w}=Vs(u.square,m,a,l[0],l[1],h),b=Wr(x,w,i.z),C=h==="all"?"the whole":h==="pred"?"its predicted column":"its true row";r.textContent=b?`Share of ${C}: ${_n(x/w)}, ${it(i.level)} interval ${_n(b[0])}-${_n(b[1])} (Wilson).`:`Share of ${C}: no samples, no interval.`,r.dataset.low=b?String(b[0]):"",r.dataset.high=b?String(b[1]):""}return X(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}var Ws=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Gs(e,t){return`From ${e.name} to ${t}: ${Ws(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Ks(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function lo({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,u,m,h,x,w){let b=r("div",a);if(b.append(r("div","cmw-moves-title",`${c} (${u})`)),!m.length)return b.append(r("span","cmw-hint","none")),b;let C=r("div","cmw-moves-list");return m.forEach(($,M)=>{let E=r("span","cmw-move"),p=h[M];E.append(r("span","cmw-idx",`sample ${$}`),t.doc.createTextNode(": predicted "),r("em",null,w[p]??String(p)),t.doc.createTextNode(` in ${x}`)),C.append(E)}),b.append(C),u>m.length&&b.append(r("span","cmw-hint",`showing the first ${m.length} of ${u}`)),b}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),u=r("p","cmw-compare-summary",Gs(a,c));u.title=Ks(a,c),s.append(u);let m=e.get("moves");if(!m){s.append(r("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let h=e.get("labels"),x=r("p","cmw-moves-head");x.append(t.doc.createTextNode("Cell true "),r("em",null,h[m.i]??String(m.i)),t.doc.createTextNode(", predicted "),r("em",null,h[m.j]??String(m.j)),t.doc.createTextNode(`: ${m.nEntered} entered, ${m.nLeft} left since ${a.name}.`)),s.append(x,i("cmw-entered","Entered",m.nEntered,m.entered,m.cameFrom,a.name,h),i("cmw-left","Left",m.nLeft,m.left,m.wentTo,c,h))}return X(e,["compareState","moves","run","labels"],l,o.signal),l(),{el:s,update:l,destroy:()=>{o.abort(),s.remove()}}}function ao({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=ur.map($=>{let M=i("cmw-seg-btn");return M.setAttribute("aria-label",$.label),M.append(s("span","cmw-long",$.label),s("span","cmw-short",$.short)),M.dataset.value=$.value===null?"":$.value,a.append(M),M}),u=s("label","cmw-field"),m=s("select","cmw-cmap");for(let $ of cr)m.append(t.option($));u.append(s("span","cmw-field-name","Colormap"),m);let h=t.option("cmw:compare"),x=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",x.append(w,s("span",null,"reverse")),l.append(a,u,x,...o);function b(){let $=e.get("normalize");for(let f of c){let k=(f.dataset.value||null)===$;f.classList.toggle("cmw-active",k),f.setAttribute("aria-pressed",String(k))}let M=e.get("compareState");if(m.disabled=!!M,w.disabled=!!M,M){h.textContent=`${M.cmap} (better / worse)`,h.parentNode||m.append(h),m.value=h.value,m.title=`Compare mode colours each cell by better (blue) or worse (red) since ${M.name}; the colormap returns when compare mode ends.`;return}h.remove(),m.removeAttribute("title");let{base:E,reversed:p}=dr(e.get("cmap"));[...m.options].some(f=>f.value===E)||m.append(t.option(E)),m.value=E,w.checked=p}let C=()=>e.set("cmap",mr(m.value,w.checked));return W(a,"click",$=>{let M=$.target.closest(".cmw-seg-btn");M&&e.set("normalize",M.dataset.value||null)},r.signal),W(m,"change",C,r.signal),W(w,"change",C,r.signal),X(e,["normalize","cmap","compareState"],b,r.signal),b(),{el:l,update:b,destroy:()=>{r.abort(),l.remove()}}}var co={width:240,height:130,pad:34},Xs="http://www.w3.org/2000/svg";function Ze(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):te(e):"–"}function Hs(e,t){let n=e.perClass.map((o,r)=>`${t[r]??r} ${Ze(o.mean)}`).join(", ");return`Expected cost ${Ze(e.mean)} per sample (${Ze(e.total)} in total); per true class: ${n}.`}function Ys(e,t,n,o,r){let{width:s,height:i,pad:l}=r,a=m=>l+(m-t)/(n>t?n-t:1)*(s-2*l),c=m=>i-l+4-(o>0?m/o:0)*(i-l-12),u=new Array(e.n);for(let m=0;m<e.n;m++)u[m]=`${a(e.t[m]).toFixed(1)},${c(e.y[m]).toFixed(1)}`;return{points:u.join(" "),xs:a,ys:c}}function uo({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("p","cmw-cost-sentence");r.hidden=!0;function s(){let i=e.get("expectedCost");r.hidden=!i,i&&(r.textContent=Hs(i,e.get("labels")),r.dataset.mean=String(i.mean),r.dataset.total=String(i.total))}return X(e,["expectedCost","labels"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function mo({state:e,dom:t,signal:n}){let o=Y(n),{h:r,doc:s}=t,i=(O,j={})=>{let U=s.createElementNS(Xs,O);for(let[G,V]of Object.entries(j))U.setAttribute(G,String(V));return U},l=r("figure","cmw-curve cmw-cost");l.hidden=!0;let a=r("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:c,height:u,pad:m}=co,h=i("svg",{width:c,height:u,viewBox:`0 0 ${c} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});h.classList.add("cmw-cost-svg");let x=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),b=i("circle",{r:5,class:"cmw-cost-least"}),C=i("title");b.append(C);let $=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),M=i("text",{x:c/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});M.textContent="threshold";let E=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});E.textContent="cost";let p=i("text",{x:m-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});h.append(i("rect",{x:m,y:8,width:c-2*m,height:u-m-4,class:"cmw-curve-frame"}),x,w,b,$,M,E,p);let f=t.button("cmw-cost-snap","Move the threshold to the least cost"),k=r("p","cmw-cost-readout");l.append(a,h,f,k);let d=null,_=null;W(f,"click",()=>{let O=e.get("costs"),j=e.get("binary");O&&O.least&&j&&e.set("threshold",oe(O.least.threshold,j.lo,j.hi))},o.signal);function v(){let O=e.get("costs"),j=e.get("binary");if(l.hidden=!(O&&O.curve&&O.least&&j),l.hidden)return;if(_!==O||!d||d.lo!==j.lo||d.hi!==j.hi){let I=0;for(let H=0;H<O.curve.n;H++)I=Math.max(I,O.curve.y[H]);let P=Ys(O.curve,j.lo,j.hi,I,co);x.setAttribute("points",P.points),d={...P,lo:j.lo,hi:j.hi},p.textContent=Ze(I);let z=oe(O.least.threshold,j.lo,j.hi);b.setAttribute("cx",d.xs(z).toFixed(1)),b.setAttribute("cy",d.ys(O.least.mean).toFixed(1)),C.textContent=`least cost ${Ze(O.least.mean)} at threshold ${z}`,Object.assign(l.dataset,{leastThreshold:String(O.least.threshold),leastMean:String(O.least.mean)}),_=O}let U=d.xs(oe(j.threshold,j.lo,j.hi)).toFixed(1);for(let[I,P]of Object.entries({x1:U,x2:U,y1:8,y2:u-m+4}))w.setAttribute(I,String(P));let G=e.get("expectedCost"),V=G?G.mean:NaN;$.setAttribute("visibility",Number.isFinite(V)?"visible":"hidden"),Number.isFinite(V)&&($.setAttribute("cx",U),$.setAttribute("cy",d.ys(V).toFixed(1))),f.disabled=Math.abs(V-O.least.mean)<=1e-12*Math.max(1,Math.abs(O.least.mean)),k.textContent=`Now ${Ze(V)} per sample; least ${Ze(O.least.mean)} at threshold ${te(oe(O.least.threshold,j.lo,j.hi))}.`,l.dataset.mean=String(V)}return X(e,["costs","binary","expectedCost"],v,o.signal),v(),{el:l,update:v,destroy:()=>{o.abort(),l.remove()}}}var Ht=64,Cn=800,po=120,Yt=6,qs=6,yt=2,Zs=14,$n=140,ae=8,Pe=20,En=15,Me=6,Nn=16,Je=14,xt=6,Tn=8,bt=6,Fn=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Qe(e,t,n={}){let o=n.yLabelWidth||0,r=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Ht,l=n.maxGrid||Cn,a=ae+Pe+o+Me,c=ae,u=e>0&&n.extra?1:0,m=e>0&&n.totals?n.totals:null,h=!!(m&&n.outside),x=m?bt+m.w*(h?2:1):0,w=Math.min(l,Math.max(po,t-a-s-ae-u*xt-x)),b=n.view||ze(e),C=e>0?b.v:0,$=C>0?Math.min(i,w/(C+u)):0;u&&$<Tn&&($=Math.min(i,(w-Tn)/C)),$>=Yt&&($=Math.floor($));let M=$*C,E=a+M+xt,p=u?Math.max($,Tn):0,f=(u?E+p:a+M)+bt,k=c+M+bt,d=h?f+m.w:f,_=m?d+m.w:u?E+p:a+M,v=m?bt+m.h*(h?2:1):0;return{k:e,v:C,r0:b.r0,c0:b.c0,room:w,cell:$,x0:a,y0:c,grid:M,extra:u,xExtra:E,xw:p,right:_,tot:m,out:h,xOut:f,yOut:k,xTot:d,yTot:h?k+m.h:k,below:v,width:Math.ceil(_+s+ae),height:Math.ceil(c+M+v+Me+r+Pe+ae+(Math.max(1,n.xTitleLines||1)-1)*En)}}function fo(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,o=(e.grid-(e.height-t))/n;return o>=Yt&&(o=Math.floor(o)),Math.max(po,o*(n+e.extra))}function qt(e,t,n){if(!n||!(n.cell>0))return null;let o=e-n.x0,r=t-n.y0;if(!(r>=0&&r<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(r/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:o>=0&&o<n.grid?[a,l+Math.min(s,Math.floor(o/n.cell))]:null}function ze(e){return{r0:0,c0:0,v:Math.max(0,e)}}function ho(e,t){return e*qs>t}function wo(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Ht)))}function _e(e,t,n=1){if(!(t>0))return ze(0);let o=e||ze(t),r=oe(Math.round(Number(o.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(o.r0)||0),0,t-r),i=oe(Math.round(Number(o.c0)||0),0,t-r);return{r0:s,c0:i,v:r}}function go(e,t,n,o,r=1){let s=_e(e,o,r);if(!(t>0)||!(o>0))return s;let i=oe(Math.round(s.v/t),Math.min(o,Math.max(1,r)),o);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(u,m)=>m-(m-u)*i/s.v;return _e({r0:c(s.r0,l),c0:c(s.c0,a),v:i},o,r)}function bo(e,t,n,o,r=1){let s=_e(e,o,r);return _e({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},o,r)}function Zt(e,t,n,o=1){let r=_e(e,n,o);if(!t)return r;let s=(i,l)=>l<i?l:l>=i+r.v?l-r.v+1:i;return _e({r0:s(r.r0,t[0]),c0:s(r.c0,t[1]),v:r.v},n,o)}function xo(e,t,n,o,r=1){let s=_e(e,n,r),i=Math.min(s.v,Math.max(o,r));return _e({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,r)}function yo(e,t,n){let o=n.v??n.k,r=(s,i,l)=>l+oe((s-i)/n.cell,0,o);return[r(t,n.y0,n.r0||0),r(e,n.x0,n.c0||0)]}function vo(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function On(e,t){let n=o=>o+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function ko(e,t,n=Zs){if(!(t>0)||e<=1)return 1;for(let o=1;;o*=10)for(let r of[1,2,5])if(r*o*t>=n||r*o>=e)return r*o}function vt(e,t,n=0){let o=[];for(let r=Math.ceil(n/t)*t;r<n+e;r+=t)o.push(r);return o}function In(e,t,n,o,r,s=0,i=o){if(!(t>0)||o<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=oe(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,r)?c:-1}function kt(e,t,n){if(n(e)<=t)return e;let o=Array.from(e),r=0,s=o.length;for(;r<s;){let i=r+s+1>>1;n(o.slice(0,i).join("")+"…")<=t?r=i:s=i-1}return o.slice(0,r).join("")+"…"}function Ao(e,t,n,o=1,r=n){if(n<=0||!Fn.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=o:t==="ArrowDown"?s+=o:t==="ArrowLeft"?i-=o:t==="ArrowRight"?i+=o:t==="Home"?i=0:t==="End"?i=r-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,r-1)]}var he=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,pe=(e,t)=>e.y0+(t-e.r0)*e.cell,ve=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ut=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function So({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=r("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function u(){let w=e.get("labels");c=w;let b=r("div","cmw-labels-list");a=w.map(($,M)=>{let E=r("label","cmw-label-row"),p=r("input","cmw-label-input");return p.type="text",p.value=ht($),p.dataset.index=String(M),E.append(r("span","cmw-label-idx",String(M)),p),b.append(E),p});let C=r("div","cmw-labels-actions");C.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),r("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(b,C),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function m(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function h(){let w=c,b=e.get("labels"),C=a.map(($,M)=>$.value!==ht(w[M])?un($.value,w[M]):b[M]);m(!0),C.length===b.length&&C.some(($,M)=>$!==b[M])&&e.set("display_labels",C)}function x(){a&&a.length!==e.get("k")&&m()}return W(i,"click",()=>a?m():u(),o.signal),W(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),h()):w.key==="Escape"&&(w.preventDefault(),m(!0))},o.signal),W(l,"click",w=>{w.target.closest(".cmw-save")?h():w.target.closest(".cmw-cancel")&&m(!0)},o.signal),X(e,["labels","k"],x,o.signal),{el:l,button:i,update:x,open:u,close:m,isOpen:()=>a!==null,destroy:()=>{o.abort(),l.remove(),i.remove()}}}function Mo({dom:e,host:t,box:n,name:o,index:r,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ht(o),i.setAttribute("aria-label",`Name of class ${r}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(u,m=!1)=>{if(a)return;a=!0,l.abort();let h=un(i.value,o);i.remove(),s(u&&h!==o?h:null,m)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),c(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var Js=12;function Qs(e,t,n,o=Js){let r=e||{r0:0,c0:0,v:t},s=Math.min(r.v,o,t),i=(l,a)=>a==null||a<l||a>=l+r.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+r.v-s));return{rows:i(r.r0,n&&n[0]),cols:i(r.c0,n&&n[1]),side:s}}function _o({state:e,dom:t,signal:n}){let{h:o}=t,r=o("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),m=se(c.counts[a],e.get("countDigits"));return u.kind==="percent"?`${m} (${Ye(c.values[a],u)})`:m}function l(){let a=e.get("k"),c=e.get("labels"),u=e.get("selected"),m=e.get("abstained"),h=Qs(s,a,u&&u[1]<a?u:u&&[u[0],null]),x=o("table"),w=o("caption",null,`Confusion matrix, rows ${h.rows+1}-${h.rows+h.side} and columns ${h.cols+1}-${h.cols+h.side} of ${a}: rows are the true label, columns the predicted label.`),b=o("tr");b.append(o("td"));for(let M=h.cols;M<h.cols+h.side;M++){let E=o("th",null,`Predicted ${c[M]}`);E.scope="col",b.append(E)}if(m){let M=o("th",null,"Abstained");M.scope="col",b.append(M)}let C=o("tbody");for(let M=h.rows;M<h.rows+h.side;M++){let E=o("tr"),p=o("th",null,`True ${c[M]}`);p.scope="row",E.append(p);let f=(k,d)=>{let _=o("td",null,d);u&&u[0]===M&&u[1]===k&&(_.dataset.selected="true",_.textContent=`${_.textContent}, selected`),E.append(_)};for(let k=h.cols;k<h.cols+h.side;k++)f(k,i(M*a+k));m&&f(a,i(M,m)),C.append(E)}let $=o("thead");$.append(b),x.append(w,$,C),r.replaceChildren(x)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:r,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>r.remove()}}function Ls(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((o,r)=>{for(let s of o.members)n[s]=r}),n}function To(e,t,n,o){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let r=Ls(t,n),s=a=>a===n?o?t.length:-1:r[a];if(e.kind==="row")return{rows:r[e.i]>=0?[r[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[a,c]of e.cells){let u=r[a],m=s(c),h=`${u},${m}`;u<0||m<0||i.has(h)||(i.add(h),l.push([u,m]))}return{rows:[],cols:[],cells:l,errors:!1}}function Co(e,t,n,o,r){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&o?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),a=i(e.add[1]);return l>=0&&a>=0?kr(r,[l,a]):void 0}}var $o="(other)";function Eo(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(o=>o.members);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var No=e=>e.length>0&&e[e.length-1].kind==="other";function Fo(e,t){return Float64Array.from(t,n=>{let o=0;for(let r of n.members)o+=e[r];return o})}function Oo(e,t,n,o){if(!n)return{square:Ae(e,t,o),rest:null};let r=t+1,s=new Float64Array(t*r);for(let l=0;l<t;l++){for(let a=0;a<t;a++)s[l*r+a]=e[l*t+a];s[l*r+t]=n[l]}let i=Xe(Ae(s,t,o,r),t,r);return{square:i.square,rest:i.rest}}function Io(e,t,n,o,r){let s=e[t],i=n===e.length&&r?[o]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let l=[];for(let a of s.members)for(let c of i)l.push([a,c]);return Dt(l)}function ei(e,t,n,o,r=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:Ro(e);if(o!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:Ro(i),c=[];for(let u of a)if(r.has(u))for(let m of l[u])c.push({kind:"class",index:m,members:[m]});else c.push({kind:"group",index:u,members:l[u]});return c}function Ro(e){return Array.from({length:e},(t,n)=>n)}function ti(e){return e.every(t=>t.kind==="class")}function Rn(e,t,n){let o=n.length,r=new e.constructor(o*o);for(let s=0;s<o;s++){let i=n[s]*t;for(let l=0;l<o;l++)r[s*o+l]=e[i+n[l]]}return r}function ni(e,t,n){let o=n.length,r=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)r[a]=l});let s=new Float64Array(o*o);for(let i=0;i<t;i++){let l=r[i];if(!(l<0))for(let a=0;a<t;a++){let c=r[a];c>=0&&(s[l*o+c]+=e[i*t+a])}}return s}function Po(e,t){let n=new e.constructor(t.length);return t.forEach((o,r)=>{n[r]=e[o]}),n}function ri(e,t,n=null){let o=0;for(let s=0;s<t;s++)for(let i=0;i<t;i++)s!==i&&e[s*t+i]>o&&(o=e[s*t+i]);if(n)for(let s of n)s>o&&(o=s);let r=Ne(e,0,o);for(let s=0;s<t;s++)r[s*t+s]=0;return{colors:r,vmax:o}}var jo=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),oi=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function Do(e){let t={expanded:new Set,focus:null,version:0},n=new Set,o=new Map,r=p=>e.get(p),s=(p,f,k)=>{let d=o.get(p);if(d&&d.deps.length===f.length&&d.deps.every((v,O)=>v===f[O]))return d.value;let _=k();return o.set(p,{deps:f,value:_}),_},i=()=>!!r("compareState"),l=()=>i()?"classes":r("level"),a=()=>l()==="classes"&&!i()?r("topClasses"):null,c=()=>s("items",[r("k"),r("order"),r("groups"),l(),t.version,a()],()=>Eo(ei(r("k"),r("order"),r("groups"),l(),t.expanded),a())),u=()=>No(c()),m=()=>s("otherView",[c(),r("abstained"),r("counts"),r("normalize")],()=>{let p=r("abstained"),f=p?Fo(p.counts,c()):null;return{extra:f,...Oo(b("counts"),c().length,f,r("normalize"))}}),h=()=>s("perm",[c()],()=>ti(c())?c().map(p=>p.index):null),x=()=>{let p=h();return p!==null&&p.every((f,k)=>f===k)},w={items:c,k:()=>c().length,labels:()=>s("labels",[c(),r("labels"),r("groups")],()=>{let p=r("labels"),f=r("groups");return c().map(k=>k.kind==="class"?p[k.index]:k.kind==="other"?$o:`${f.names[k.index]} (${k.members.length})`)}),counts:()=>s("counts",[c(),r("counts")],()=>{if(x())return r("counts");let p=h();return p?Rn(r("counts"),r("k"),p):ni(r("counts"),r("k"),c())}),values:()=>s("values",[c(),r("values"),r("normalize")],()=>{if(x())return r("values");let p=h();return p?r("values")===r("counts")?b("counts"):Rn(r("values"),r("k"),p):u()?m().square:Ae(b("counts"),c().length,r("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),r("abstained")],()=>{let p=r("abstained"),f=h();return p&&u()?{counts:m().extra,values:m().rest}:!p||f===null?null:x()?p:{counts:Po(p.counts,f),values:Po(p.values,f)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.vmax()],()=>{let p=w.abstainedRows();if(!p)return null;if(p===r("abstained")&&w.vmax()===r("vmax"))return p;let f=u()?at(p.values,w.vmax(),r("cmapScale"),lt(b("values"),p.values)):Ne(p.values,0,w.vmax());return{counts:p.counts,values:p.values,colors:f}}),colorsAndMax:()=>s("colorsAndMax",[c(),r("values"),r("colors"),r("errorsOnly"),i(),w.abstainedRows()],()=>{let p=c().length;if(r("errorsOnly")&&!i()){let v=w.abstainedRows();return ri(b("values"),p,v&&v.values)}if(x())return{colors:r("colors"),vmax:r("vmax")};let f=h();if(f)return{colors:Rn(r("colors"),r("k"),f),vmax:r("vmax")};let k=b("values"),d=w.abstainedRows(),_=Math.max(He(k),d?He(d.values):-1/0);return{colors:at(k,_,r("cmapScale"),lt(k,d&&d.values)),vmax:_}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.vmax(),r("normalize"),r("colorbar"),r("cmapScale")],()=>w.vmax()===r("vmax")?r("colorbar"):r("cmapScale")==="log"&&!r("errorsOnly")?Vt(lt(b("values")),w.vmax(),r("normalize")):Et(w.vmax(),r("normalize"))),selected:()=>s("selected",[c(),r("selected"),r("selectedGroup"),w.abstainedRows()],()=>{let p=c(),f=r("selected"),k=r("selectedGroup"),d=(O,j)=>p.findIndex(U=>U.kind===O&&U.index===j||O==="class"&&U.kind==="other"&&U.members.includes(j)),_=O=>O===r("k")&&w.abstainedRows()?p.length:d("class",O),v=f?[d("class",f[0]),_(f[1])]:k?[d("group",k[0]),d("group",k[1])]:null;return v&&v[0]>=0&&v[1]>=0?v:null}),issueMarks:()=>s("issueMarks",[c(),r("issues")],()=>{let p=h();return p===null?null:Hr(r("issues"),r("k"),x()?null:p)}),marks:()=>s("marks",[c(),r("selectionSpec"),w.abstainedRows()],()=>To(r("selectionSpec"),c(),r("k"),!!w.abstainedRows())),totals:()=>s("totals",[c(),r("totals"),r("counts")],()=>{let p=r("totals");if(x())return p;if(h()!==null||u())return Qr(p,c(),r("k"));if(r("multilabel"))return null;let f=c().length;return Wt(b("counts"),f,f)}),focus:()=>s("focus",[c(),t.version],()=>{let p=t.focus;if(p===null)return null;let f=_=>c().findIndex(v=>v.members.includes(_)),k=f(p.row),d=f(p.col);return k>=0&&d>=0?{r:k,c:d,outline:p.outline}:null})};function b(p){return jo.has(p)?w[p]():e.get(p)}function C(p,f){if(!jo.has(p))return e.on(p,f);let k=oi.map(_=>e.on(_,f)),d=()=>f();return n.add(d),()=>{k.forEach(_=>_()),n.delete(d)}}function $(p,f){let k=c();if(p==="selected"){if(f==null){r("selectedGroup")&&e.set("selected_group",null),(r("selected")||r("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(f)){let v=Co(f,k,r("k"),!!w.abstainedRows(),r("selectionSpec"));v!==void 0&&e.set("selected",v);return}let d=k[f[0]],_=k[f[1]];if(d&&d.kind==="other"||_&&_.kind==="other"||d&&d.kind==="other"&&f[1]===k.length){let v=Io(k,f[0],f[1],r("k"),!!w.abstainedRows());v!==void 0&&e.set("selected",v);return}if(d&&d.kind==="class"&&f[1]===k.length&&w.abstainedRows()){e.set("selected",[d.index,r("k")]);return}if(!d||!_)return;d.kind==="class"&&_.kind==="class"?e.set("selected",[d.index,_.index]):d.kind==="group"&&_.kind==="group"&&e.set("selected_group",[d.index,_.index]);return}if(p==="display_labels"){let d=r("labels").slice();f.forEach((_,v)=>{k[v]&&k[v].kind==="class"&&(d[k[v].index]=_)}),e.set("display_labels",d);return}e.set(p,f)}function M(){t.version+=1;for(let p of[...n])p()}return{get:b,on:C,set:$,send:p=>e.send(p),local:{expand(p,f){f?t.expanded.add(p):t.expanded.delete(p),M()},expanded:()=>new Set(t.expanded),focus(p,f,k=!1){t.focus=p==null?null:{row:p,col:f,outline:k},M()}}}}var Bo=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],si=8,ii=12,li=20;function ai(e,t,n=si){let o=String(t||"").trim().toLowerCase();if(!o)return[];let r=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(o);c===0?r.push(l):c>0&&s.push(l)}),r.concat(s).slice(0,n)}function ci(e,[t,n,o,r]){let s=Number.isInteger(o)?String(o):Number(o).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(r*100).toFixed(1)}%)`}function ui(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function zo({state:e,display:t,dom:n,signal:o}){let r=Y(o),s=(y,F,D)=>W(y,F,D,r.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),u=i("div","cmw-order-bar"),m=i("label","cmw-order-label");m.append(i("span","cmw-field-name","Order "));let h=i("select","cmw-order-select");h.title="Order of the classes";for(let[y,F]of Bo)h.append(a(y,F));let x=a("list","Custom (from Python)");x.disabled=!0,h.append(x),m.append(h);let w=i("label","cmw-errors-only-label"),b=i("input","cmw-errors-only");b.type="checkbox",w.append(b,n.doc.createTextNode(" Errors only"));let C=i("label","cmw-level-label","Show "),$=i("select","cmw-level");$.append(a("classes","Classes"),a("groups","Groups")),C.append($),u.append(m,w,C);let M=i("div","cmw-expand");M.setAttribute("role","group"),M.setAttribute("aria-label","Expand groups");let E=i("div","cmw-search"),p=i("label","cmw-search-label");p.append(i("span","cmw-field-name","Find class "));let f=i("input","cmw-search-input");f.type="search",f.placeholder="Find class",f.setAttribute("role","combobox"),f.setAttribute("aria-autocomplete","list"),f.setAttribute("aria-expanded","false");let k=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;f.setAttribute("aria-controls",k),p.append(f);let d=i("ul","cmw-matches");d.id=k,d.setAttribute("role","listbox"),d.setAttribute("aria-label","Matching classes"),d.hidden=!0,E.append(p,d);let _=i("details","cmw-top"),v=i("summary","cmw-top-title","Largest errors"),O=!1;s(v,"click",()=>{O=!0}),v.id=`${k}-top`;let j=i("ol","cmw-top-list");j.setAttribute("aria-labelledby",v.id),_.append(v,j);let U=i("div","cmw-sr");U.setAttribute("aria-live","polite"),U.setAttribute("role","status"),c.append(u,M,E,_,U);let G=y=>{U.textContent=y};s(h,"change",()=>{e.set("order",h.value),G(`Order: ${h.selectedOptions[0].textContent}.`)}),s(b,"change",()=>{e.set("errors_only",b.checked),G(b.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s($,"change",()=>{e.set("level",$.value),G(`Showing ${$.value}.`)}),s(M,"change",y=>{let F=y.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),G(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function V(y){let F=e.get("labels");f.value=F[y],I(),t.local.focus(y,y,!0),G(`Found ${F[y]}: its row and column are outlined.`)}function I(){d.hidden=!0,f.setAttribute("aria-expanded","false"),f.removeAttribute("aria-activedescendant")}function P(){let y=e.get("labels"),F=ai(y,f.value);d.replaceChildren(...F.map((D,K)=>{let B=i("li","cmw-match",y[D]);return B.id=`${k}-${K}`,B.setAttribute("role","option"),B.dataset.cls=String(D),B})),d.hidden=F.length===0,f.setAttribute("aria-expanded",String(F.length>0)),f.value.trim()||t.local.focus(null)}function z(y){let F=[...d.children];if(!F.length)return null;let D=F.findIndex(B=>B.getAttribute("aria-selected")==="true"),K=y===0?Math.max(D,0):(D+y+F.length)%F.length;return F.forEach((B,Z)=>B.setAttribute("aria-selected",String(Z===K))),f.setAttribute("aria-activedescendant",F[K].id),F[K]}s(f,"input",P),s(f,"keydown",y=>{if(y.key==="ArrowDown"||y.key==="ArrowUp")z(y.key==="ArrowDown"?1:-1),y.preventDefault();else if(y.key==="Enter"){let F=z(0);F&&V(Number(F.dataset.cls)),y.preventDefault()}else y.key==="Escape"&&!d.hidden&&(I(),y.preventDefault())}),s(d,"click",y=>{let F=y.target.closest("li[data-cls]");F&&V(Number(F.dataset.cls))}),s(j,"click",y=>{let F=y.target.closest("button[data-i]");if(!F)return;let[D,K]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[D,K]),t.local.focus(D,K,!1)});function H(){let y=e.get("k");c.hidden=y<=2,E.hidden=y<=ii;let F=e.get("orderChoices");for(let B of h.options)B.value!=="list"&&(B.disabled=F!==null&&!F.includes(B.value),B.title=B.disabled?"Needs a live kernel":"");let D=e.get("orderName");h.value=Bo.some(([B])=>B===D)?D:"list",b.checked=e.get("errorsOnly");let K=e.get("groups");C.hidden=!K,$.value=e.get("level"),Q(K),L()}function Q(y){let F=t.local.expanded(),D=!!y&&e.get("level")==="groups";if(M.hidden=!D,!D)return;let K=y.names.map((B,Z)=>{let we=i("label","cmw-expand-item"),fe=i("input");return fe.type="checkbox",fe.dataset.group=String(Z),fe.checked=F.has(Z),we.append(fe,n.doc.createTextNode(` ${B}`)),we});M.replaceChildren(i("span","cmw-expand-title","Expand: "),...K)}function L(){let y=e.get("labels"),F=e.get("top");v.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,O||(_.open=e.get("k")>li),j.replaceChildren(...F.map(D=>{let K=i("li"),B=l("cmw-top-item",ci(y,D));return B.dataset.i=String(D[0]),B.dataset.j=String(D[1]),K.append(B),K})),_.hidden=F.length===0}let ee=e.get("selection");function S(){let y=e.get("selection");y!==ee&&G(ui(y)),ee=y}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],H,r.signal),X(e,["selection"],S,r.signal),H(),{el:c,update:H,destroy:()=>{r.abort(),c.remove()}}}function Uo(e){let t=Do(e.state),n=zo({...e,display:t}),o=_o({...e,state:t});return{panel:n,table:o,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&o.setView(s.view)}}}}var Vo=34;function Wo(e,t,n,o){if(!n)return 0;let r=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<r;i++)for(let l=0;l<r;l++){let a=n[i*r+l];if(!a||!ut(t,[i,l]))continue;let c=ve(t,l),u=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),m=he(t,l)+c,h=pe(t,i);e.beginPath(),e.moveTo(m-u,h),e.lineTo(m,h),e.lineTo(m,h+u),e.closePath(),e.fillStyle=o.accent,e.fill(),c>=Vo&&t.cell>=Vo&&(e.font=`9px ${o.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=o.accent,e.fillText(String(a),m-u-1,h+1)),s+=1}return s}var ke=12,Jt="abstained",Pn=8,di=13;function Go(e){return Array.from({length:256},(t,n)=>_t(e,n))}function Ko(e,t,n,o,r){let s=t||e.createElement("canvas");return s.width=r,s.height=r,s.getContext("2d").putImageData(new ImageData(Jn(n,o,r*r),r,r),0,0),s}function Xo(e,t,n,o){if(!(!t.extra||!n))for(let r=t.r0;r<t.r0+t.v;r++)e.fillStyle=o[n[r]],e.fillRect(t.xExtra,pe(t,r),t.xw,t.cell)}function Ho(e,t,n,o,r){if(t.cell<Yt){e.imageSmoothingEnabled=!1,e.drawImage(r(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=o[n[i*s+l]],e.fillRect(he(t,l),pe(t,i),t.cell,t.cell)}function Yo(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function qo(e,t,n,o){let r=t.k,s=Math.min(di,Math.floor(t.cell*.3));if(s<Pn||n.values.length<r*r||n.counts.length<r*r)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let u=pe(t,c)+t.cell/2;for(let m=t.c0;m<t.c0+t.v;m++){let h=an(n.values[c*r+m],n.counts[c*r+m],n.fmt,n.countDigits);l.push([he(t,m)+t.cell/2,u,h,n.colors[c*r+m]])}if(i){let m=an(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,m,i.colors[c]])}}let a=mi(e,l.map(c=>c[2]),t.cell,s,o);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,u,m,h]of l)e.fillStyle=Zn(n.lutText,n.lut,h),a.mode==="two"?(e.font=a.font,e.fillText(m.main,c,u-a.px*.5),e.font=a.subFont,e.fillText(m.sub,c,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&m.sub?`${m.main} ${m.sub}`:m.main,c,u))}}function mi(e,t,n,o,r){let s=n-4,i=(a,c)=>{e.font=a;let u=0;for(let m of t)u=Math.max(u,e.measureText(c(m)).width);return u},l=t.length>0&&t[0].sub!=="";for(let a=o;a>=Pn;a--){let c=`${a}px ${r.family}`,u=Math.max(Pn-1,Math.round(a*.8)),m=`${u}px ${r.family}`;if(!(i(c,x=>x.main)>s))return l?n>=a*2.4+u&&i(m,x=>x.sub)<=s?{mode:"two",px:a,font:c,subFont:m}:i(c,x=>`${x.main} ${x.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function Zo(e,t,n,o,r,s,i,l){let a=E=>e.measureText(E).width;e.font=l(ke),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let E of vt(t.v,r.step,t.r0)){let p=pe(t,E)+t.cell/2;e.fillText(kt(n[E],o,a),t.x0-Me,p),e.moveTo(t.x0-3,Math.round(p)+.5),e.lineTo(t.x0,Math.round(p)+.5)}let c=t.y0+t.grid+(t.below||0)+Me,u=vt(t.v,r.step,t.c0).map(E=>[he(t,E)+t.cell/2,n[E],r.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,Jt,r.extraRotated]);for(let[E,p,f]of u){let k=kt(p,o,a);e.moveTo(Math.round(E)+.5,t.y0+t.grid),e.lineTo(Math.round(E)+.5,t.y0+t.grid+3),f?(e.save(),e.translate(E,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(k,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(k,E,c))}e.stroke(),e.font=l(ke,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let m=Array.isArray(s.x)?s.x:[String(s.x)],h=t.y0+t.grid+(t.below||0)+Me+r.height+Pe/2+2,x=Math.max(...m.map(a)),w=oe(t.x0+t.grid/2,ae+x/2,Math.max(ae+x/2,t.width-ae-x/2));m.forEach((E,p)=>e.fillText(E,w,h+p*En));let b=Math.max(t.grid,t.height-2*ae),C=String(s.y),$=a(C)<=b?C:kt(C.split(" (")[0],b,a),M=oe(t.y0+t.grid/2,ae+a($)/2,Math.max(ae,t.height-ae-a($)/2));e.save(),e.translate(ae+Pe/2,M),e.rotate(-Math.PI/2),e.fillText($,0,0),e.restore()}function Jo(e,t){let n=0;for(let[,o]of t)n=Math.max(n,e.measureText(String(o)).width);return Math.ceil(Nn+Je+6+n+Pe)}function pi(e,t,n,o,r){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+Je)*i)/i-l,c=Math.round(n*i),u=Math.round((n+o)*i)-c,m=x=>Math.min(255,Math.floor((x+.5)/u*256)),h=0;for(let x=1;x<=u;x++)x<u&&m(x)===m(h)||(e.fillStyle=r[m(h)],e.fillRect(l,(c+u-x)/i,a,(x-h)/i),h=x)}function Qo(e,t,n,o,r,s,i=""){if(i){e.font=s(ke-1),e.fillStyle=r.fg,e.textAlign="center",e.textBaseline="middle";let c=h=>e.measureText(h).width,u=kt(String(i),Math.max(t.grid,t.height-2*ae),c),m=oe(t.y0+t.grid/2,ae+c(u)/2,Math.max(ae,t.height-ae-c(u)/2));e.save(),e.translate(t.width-ae-Pe/2,m),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Nn,a=t.grid;pi(e,l,t.y0,a,o),e.strokeStyle=r.border,e.strokeRect(l-.5,t.y0-.5,Je+1,a+1),e.font=s(ke-1),e.fillStyle=r.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,u]of n){let m=t.y0+a*(1-oe(Number(c)||0,0,1));e.moveTo(l+Je,Math.round(m)+.5),e.lineTo(l+Je+3,Math.round(m)+.5),e.fillText(String(u),l+Je+5,oe(m,t.y0+5,t.y0+a-5))}e.strokeStyle=r.muted,e.stroke()}function Lo(e,t,n,o,r){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=r.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,pe(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),o>=t.c0&&o<t.c0+t.v&&e.strokeRect(he(t,o)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function e1(e,t,n,o,r){let s=([i,l],a,c,u)=>{if(!ut(t,[i,l]))return;let m=Math.max(ve(t,l),8),h=Math.max(t.cell,8),x=he(t,l)+ve(t,l)/2-m/2,w=pe(t,i)+t.cell/2-h/2;e.setLineDash(c),e.lineWidth=u,e.strokeStyle=r.bg,e.strokeRect(x+u,w+u,m-2*u,h-2*u),e.strokeStyle=a,e.strokeRect(x+u/2,w+u/2,m-u,h-u)};n&&s(n,r.accent,[],2),o&&s(o,r.fg,[3,2],1.5),e.setLineDash([])}function t1(e,t,n,o){if(!n)return;let r=2,s=(c,u,m,h)=>{e.lineWidth=r,e.strokeStyle=o.bg,e.strokeRect(c+r,u+r,m-2*r,h-2*r),e.strokeStyle=o.accent,e.strokeRect(c+r/2,u+r/2,m-r,h-r)};e.setLineDash([]);let i=c=>c>=t.r0&&c<t.r0+t.v,l=c=>t.extra&&c>=t.k||c>=t.c0&&c<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let c of n.rows||[])i(c)&&s(t.x0,pe(t,c),a-t.x0,Math.max(t.cell,4));for(let c of n.cols||[])l(c)&&s(he(t,c),t.y0,Math.max(ve(t,c),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=o.accent,e.setLineDash([3,3]);for(let c=t.r0;c<t.r0+t.v;c++)c<t.c0||c>=t.c0+t.v||(e.moveTo(he(t,c),pe(t,c)),e.lineTo(he(t,c)+t.cell,pe(t,c)+t.cell));e.stroke(),e.setLineDash([])}for(let[c,u]of n.cells||[]){if(!ut(t,[c,u]))continue;let m=Math.max(ve(t,u),8),h=Math.max(t.cell,8);s(he(t,u)+ve(t,u)/2-m/2,pe(t,c)+t.cell/2-h/2,m,h)}}var n1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},fi={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function hi(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),o=e.groups?"group":"label",r=`Predicted ${o}`,s=`True ${o}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&n1[e.normalize]?(c=(e.multilabel?fi:n1)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(r+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:r,y:s,bar:c,badges:a}}function r1(e){let t=e("compareState");return hi({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function o1(e,t,n){let o=[],r="";for(let s of String(e).split(" ")){let i=r?`${r} ${s}`:s;r&&n(i)>t?(o.push(r),r=s):r=i}return(r||!o.length)&&o.push(r),o}var i1="total",l1="outside",At=11,wi=9,gi=8,s1=90,a1="rgba(127, 127, 127, 0.1)";function c1(e,t,n,o,r,s=!1){e.font=r(At);let i=h=>se(h,n),l=e.measureText(i(t.all)).width;for(let h of t.rows)l=Math.max(l,e.measureText(i(h)).width);let a=0;for(let h of t.cols)a=Math.max(a,e.measureText(i(h)).width);e.font=r(12);let c=e.measureText(s?l1:i1).width,u=Math.min(s1,Math.ceil(Math.max(l,c)+8));if(o<wi)return{w:Math.min(u,40),h:gi,rotated:!1,text:!1};let m=a>o-4;return{w:u,h:Math.ceil(m?Math.min(s1,a+6):At+8),rotated:m,text:!0}}function jn(e,t,n){if(!n||!n.tot)return null;if(n.out){let s=e>=n.xOut&&e<n.xOut+n.tot.w,i=t>=n.yOut&&t<n.yOut+n.tot.h;if(s&&t>=n.y0&&t<n.y0+n.grid)return{kind:"outRow",i:n.r0+Math.min(n.v-1,Math.floor((t-n.y0)/n.cell))};if(i&&e>=n.x0&&e<n.x0+n.grid)return{kind:"outCol",j:n.c0+Math.min(n.v-1,Math.floor((e-n.x0)/n.cell))};if(i&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:"outCol",j:n.k};if(s||i)return null}let o=e>=n.xTot&&e<n.xTot+n.tot.w,r=t>=n.yTot&&t<n.yTot+n.tot.h;return o&&r?{kind:"all"}:o&&t>=n.y0&&t<n.y0+n.grid?{kind:"row",i:n.r0+Math.min(n.v-1,Math.floor((t-n.y0)/n.cell))}:r&&e>=n.x0&&e<n.x0+n.grid?{kind:"col",j:n.c0+Math.min(n.v-1,Math.floor((e-n.x0)/n.cell))}:r&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?{kind:"col",j:n.k}:null}function u1(e,t,n,o,r,s){if(!t.tot||!n)return;let{tot:i}=t;e.save(),e.fillStyle=r.band||a1,e.fillRect(t.xTot,t.y0,i.w,t.grid),e.fillRect(t.x0,t.yTot,(t.extra?t.xExtra+t.xw:t.x0+t.grid)-t.x0,i.h),e.fillRect(t.xTot,t.yTot,i.w,i.h),e.strokeStyle=r.border,e.lineWidth=1,e.strokeRect(t.xTot-.5,t.y0-.5,i.w+1,t.grid+1),e.strokeRect(t.x0-.5,t.yTot-.5,t.grid+1,i.h+1),t.extra&&e.strokeRect(t.xExtra-.5,t.yTot-.5,t.xw+1,i.h+1),e.strokeRect(t.xTot-.5,t.yTot-.5,i.w+1,i.h+1),e.fillStyle=r.fg,e.textBaseline="middle",e.textAlign="center";let l=a=>se(a,o);if(i.text){e.font=s(At);for(let c=t.r0;c<t.r0+t.v;c++)e.fillText(l(n.rows[c]),t.xTot+i.w/2,pe(t,c)+t.cell/2);let a=[];for(let c=t.c0;c<t.c0+t.v;c++)a.push(c);t.extra&&a.push(t.k);for(let c of a){let u=he(t,c)+ve(t,c)/2;i.rotated?(e.save(),e.translate(u,t.yTot+i.h/2),e.rotate(-Math.PI/2),e.fillText(l(n.cols[c]),0,0),e.restore()):e.fillText(l(n.cols[c]),u,t.yTot+i.h/2)}}e.font=s(At,!0),i.text&&e.fillText(l(n.all),t.xTot+i.w/2,t.yTot+i.h/2),e.restore()}function d1(e,t,n,o,r){if(!t.tot)return;e.save(),e.font=o(12),e.fillStyle=n.muted;let s=[[i1,t.xTot,t.yTot]];t.out&&s.push([l1,t.xOut,t.yOut]);let i=t.yTot+t.tot.h+r;for(let[l,a,c]of s)e.textAlign="center",e.textBaseline="top",e.fillText(l,a+t.tot.w/2,i),e.textAlign="right",e.textBaseline="middle",e.fillText(l,t.x0-r,c+t.tot.h/2);e.restore()}function m1(e,t,n,o,r,s){if(!t.out||!n)return;let{tot:i}=t;if(e.save(),e.fillStyle=r.band||a1,e.fillRect(t.xOut,t.y0,i.w,t.grid),e.fillRect(t.x0,t.yOut,(t.extra?t.xExtra+t.xw:t.x0+t.grid)-t.x0,i.h),e.strokeStyle=r.border,e.setLineDash([3,2]),e.strokeRect(t.xOut-.5,t.y0-.5,i.w+1,t.grid+1),e.strokeRect(t.x0-.5,t.yOut-.5,t.grid+1,i.h+1),e.setLineDash([]),i.text){e.fillStyle=r.muted,e.font=s(At),e.textAlign="center",e.textBaseline="middle";let l=c=>se(c,o);for(let c=0;c<t.v;c++)e.fillText(l(n.rows[c]),t.xOut+i.w/2,pe(t,t.r0+c)+t.cell/2);let a=Array.from({length:t.v},(c,u)=>t.c0+u);t.extra&&a.push(t.k),a.forEach((c,u)=>{let m=he(t,c)+ve(t,c)/2;i.rotated?(e.save(),e.translate(m,t.yOut+i.h/2),e.rotate(-Math.PI/2),e.fillText(l(n.cols[u]),0,0),e.restore()):e.fillText(l(n.cols[u]),m,t.yOut+i.h/2)})}e.restore()}function p1(e,t,n,o=null){let{r0:r,c0:s,v:i}=n,l=new Float64Array(i);for(let c=r;c<r+i;c++){let u=0;for(let m=0;m<t;m++)(m<s||m>=s+i)&&(u+=e[c*t+m]);l[c-r]=u}let a=new Float64Array(i+(o?1:0));for(let c=0;c<t;c++)if(!(c>=r&&c<r+i)){for(let u=s;u<s+i;u++)a[u-s]+=e[c*t+u];o&&(a[i]+=o[c])}return{rows:l,cols:a}}var f1="abstained";function h1(e,t,n=null){let o=t("totals");if(!o)return"";let r=t("countDigits"),s=t("labels"),i=t("multilabel")?"label":"class";if(e.kind==="all")return`Total: ${se(o.all,r)}`;if(e.kind==="outRow"&&n){let a=e.i-n.view.r0;return`True ${i}: ${s[e.i]}
Outside the window: ${se(n.rows[a],r)} of the row's ${se(o.rows[e.i],r)}
(in the columns not shown)`}if(e.kind==="outCol"&&n){let a=e.j>=t("k")?n.view.v:e.j-n.view.c0;return`Predicted: ${e.j>=t("k")?f1:s[e.j]}
Outside the window: ${se(n.cols[a],r)} of the column's ${se(o.cols[e.j],r)}
(in the rows not shown)`}return e.kind==="row"?`True ${i}: ${s[e.i]}
Row total: ${se(o.rows[e.i],r)}
(click to select the row)`:`Predicted: ${e.j>=t("k")?f1:s[e.j]}
Column total: ${se(o.cols[e.j],r)}
(click to select the column)`}var bi=720,xi=64,yi=200,vi={true:"of its true row",pred:"of its predicted column",all:"of all samples"},ki={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Ai=4,w1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},g1={r:"row",c:"col",e:"errors"},Si=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],Mi={true:"of its true row",pred:"of the abstained column",all:"of all samples"},_i=24;function b1({state:e,dom:t,signal:n,report:o=l=>{},startedAt:r=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),a=(g,A,T,N)=>W(g,A,T,l.signal,N),{doc:c,h:u,button:m}=t,h=u("div","cmw-matrix"),x=u("div","cmw-zoom");x.setAttribute("role","group"),x.setAttribute("aria-label","Zoom");let w=m("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let b=m("cmw-zoom-in","+");b.setAttribute("aria-label","Zoom in"),b.title="Zoom in (+)";let C=m("cmw-zoom-fit","Fit");C.setAttribute("aria-label","Show all classes"),C.title="Show all classes (0)";let $=u("span","cmw-view-range");$.setAttribute("aria-live","polite"),x.append(w,b,C,$,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),x.hidden=!0;let M=u("div","cmw-mode");M.setAttribute("aria-live","polite"),M.hidden=!0;let E=u("div","cmw-plot"),p=u("canvas","cmw-canvas");p.tabIndex=0,p.setAttribute("role","img");let f=u("div","cmw-tooltip");f.hidden=!0,E.append(p,f);let k=u("div","cmw-sr");k.setAttribute("aria-live","polite"),h.append(M,x,E,k);let d={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},_={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},v=g=>e.get(g),O=g=>{let A=v("lut"),T=v("compareState")?A:Qn(A,g);return T===A?{lut:A,lutText:v("lutText")}:((_.themedOf[0]!==A||_.themedOf[1]!==g)&&(_.themed={lut:T,lutText:$t(T)},_.themedOf=[A,g]),_.themed)},j=()=>{let g=_.drawn.lut;return _.cssOf!==g&&(_.css=Go(g)),_.cssOf=g,_.css},U=()=>{let g=v("colors"),A=_.drawn.lut;return _.bitmap&&_.bitmapOf[0]===g&&_.bitmapOf[1]===A||(_.bitmap=Ko(c,_.bitmap,g,A,v("k")),_.bitmapOf=[g,A]),_.bitmap};function G(g,A){let T=g.font,N=_.widths.get(T);if(N&&N.texts===A)return N.w;let R=0;for(let q of A)R=Math.max(R,g.measureText(q).width);return _.widths.set(T,{texts:A,w:R}),R}function V(){d.queued||l.signal.aborted||(d.queued=!0,queueMicrotask(()=>{d.queued=!1,l.signal.aborted||ee()}))}function I(){let g=c.defaultView,A=g&&g.getComputedStyle?g.getComputedStyle(h):null,T=(N,R)=>(A&&A.getPropertyValue(N)||"").trim()||R;return{fg:A&&A.color||"#1f1f1f",muted:T("--cmw-muted","#616161"),accent:T("--cmw-accent","#1976d2"),border:T("--cmw-border","#bdbdbd"),bg:T("--cmw-bg","#ffffff"),family:A&&A.fontFamily||"sans-serif"}}let P=()=>(s?s():h.clientWidth)||bi;function z(){let g=h.closest(".cmw"),A=c.defaultView;if(!g||!A||!h.isConnected||!g.getClientRects().length)return 1/0;let T=null;for(let J=g.parentElement;J&&J!==c.body&&J!==c.documentElement;J=J.parentElement){let ge=A.getComputedStyle(J).overflowY;(ge==="auto"||ge==="scroll")&&J.clientHeight>=yi&&(T=J)}if(!T&&A.top!==A)return 1/0;let N=Math.min(A.innerHeight,T?T.clientHeight:A.innerHeight);if(!(N>0))return 1/0;let R=J=>J.getBoundingClientRect().top,q=J=>J.getBoundingClientRect().bottom,ie=xi,le=[...g.children].find(J=>J.contains(h));if(le&&le!==h){let J=[...le.children].filter(ge=>ge!==h&&ge.getClientRects().length&&R(ge)>=q(h)-1);J.length&&(ie+=Math.max(...J.map(q))-q(h))}for(let J=le?le.nextElementSibling:null;J&&!J.classList.contains("cmw-selection");J=J.nextElementSibling)J.getClientRects().length&&!J.classList.contains("cmw-sr")&&(ie+=J.getBoundingClientRect().height);return Math.floor(N-(R(p)-R(g))-ie)}function H(g){d.cursor&&(d.cursor[0]>=g||d.cursor[1]>=g)&&(d.cursor=null),d.view=null,d.editor&&d.editor.finish(!1),d.k=g}let Q=g=>g+(g>0&&v("abstained")?1:0),L=g=>g[1]>=v("k")?[g[0],d.view?d.view.c0:0]:g;function ee(){let g=performance.now(),A=v("k");A!==d.k&&H(A);let T=v("abstained");d.cols=Q(A),d.cursor&&d.cursor[1]>=d.cols&&(d.cursor=null);let N=p.getContext("2d");if(!N)return;let R=I();_.drawn=O(R.bg),d.detached=!h.isConnected;let q=(Ce,$e)=>`${$e?"600 ":""}${Ce}px ${R.family}`,ie=v("labels");d.width=P(),N.font=q(ke);let le=Math.min($n,Math.max(40,Math.round(d.width*.2))),J=Math.ceil(Math.min(le,G(N,ie))),ge=v("colorbar"),Ke=Jo(N,ge),je=r1(v);S(je.badges),d.height=z();let et=v("showTotals")?v("totals"):null,Kn=(Ce,$e=!1)=>et&&A>0?c1(N,et,v("countDigits"),Ce,q,$e):null,mt=Kn(Qe(A,d.width,{yLabelWidth:J,rightWidth:Ke,extra:T?1:0}).cell),Z1={yLabelWidth:J,rightWidth:Ke,extra:T?1:0,xTitleLines:1,totals:mt,xLabelHeight:Math.min($n,G(N,ie))},tt;for(let Ce=0;Ce<3;Ce++){let $e=Qe(A,d.width,{...Z1,maxGrid:tt}),rn=fo($e,d.height);if(rn===void 0||rn===tt)break;tt=rn}let Xn=Qe(A,d.width,{yLabelWidth:J,rightWidth:Ke,extra:T?1:0,maxGrid:tt,totals:mt});d.zoomable=A>0&&ho(A,Xn.room),d.vMin=wo(A,Xn.room);let pt=d.zoomable?_e(d.view,A,d.vMin):ze(A);d.view=d.zoomable?pt:null;let en=d.zoomable&&pt.v<A;mt=Kn(Qe(A,d.width,{yLabelWidth:J,rightWidth:Ke,view:pt,extra:T?1:0,maxGrid:tt,totals:mt,outside:en}).cell,en);let Hn={yLabelWidth:J,rightWidth:Ke,view:pt,extra:T?1:0,maxGrid:tt,totals:mt,outside:en},tn=Qe(A,d.width,Hn);d.step=ko(pt.v,tn.cell),d.xLabels=K(N,ie,tn,le),N.font=q(ke,!0);let Yn=o1(je.x,Math.max(tn.width-2*ae,60),Ce=>N.measureText(Ce).width);N.font=q(ke);let ue=Qe(A,d.width,{...Hn,xLabelHeight:d.xLabels.height,xTitleLines:Yn.length});d.layout=ue,d.yLabelW=J,F(N,ue);let nn=v("colors");if(A===0)N.fillStyle=R.muted,N.font=q(ke),N.fillText("No data",ae,ae+ke);else{nn.length>=A*A&&Ho(N,ue,nn,j(),U),T&&Xo(N,ue,T.colors,j()),Yo(N,ue,R),u1(N,ue,et,v("countDigits"),R,q),d.outside=ue.out?{view:{r0:ue.r0,c0:ue.c0,v:ue.v},...p1(v("counts"),A,ue,T?T.counts:null)}:null,m1(N,ue,d.outside,v("countDigits"),R,q),d1(N,ue,R,q,Me),qo(N,ue,{values:v("values"),counts:v("counts"),colors:nn,lut:_.drawn.lut,lutText:_.drawn.lutText,fmt:v("fmt"),countDigits:v("countDigits"),abstained:T},R),Zo(N,ue,ie,le,{step:d.step,...d.xLabels},{x:Yn,y:je.y},R,q),Qo(N,ue,ge,j(),R,q,je.bar),p.dataset.issueMarks=String(Wo(N,ue,v("issueMarks"),R));let Ce=d.cursor&&p.matches(":focus")?d.cursor:null;t1(N,ue,v("marks"),R),e1(N,ue,v("selected"),Ce,R);let $e=v("focus");$e&&$e.outline&&Lo(N,ue,$e.r,$e.c,R)}y(ue),D(ue,A,g,je)}function S(g){let A=[...M.children].map(T=>T.textContent);A.length===g.length&&A.every((T,N)=>T===g[N])||(M.replaceChildren(...g.map(T=>u("span","cmw-badge",T))),M.hidden=g.length===0)}function y(g){x.hidden=!d.zoomable,d.zoomable&&($.textContent=On(g,g.k),b.disabled=g.v<=d.vMin,w.disabled=g.v>=g.k,C.disabled=g.v>=g.k)}function F(g,A){let T=c.defaultView&&c.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(A.width*T)),R=Math.max(1,Math.round(A.height*T));(p.width!==N||p.height!==R)&&(p.width=N,p.height=R),p.style.width=`${A.width}px`,p.style.height=`${A.height}px`,g.setTransform(T,0,0,T,0,0),g.clearRect(0,0,A.width,A.height)}function D(g,A,T,N){let R=performance.now();p.dataset.heightRoom=Number.isFinite(d.height)?String(d.height):"",d.draws+=1;let q=null;!d.firstDrawn&&A>0&&(d.firstDrawn=!0,q=R-(d.draws===1?r:T)),o({k:A,draws:d.draws,lastMs:R-T,firstMs:q,view:{r0:g.r0,c0:g.c0,v:g.v}}),p.dataset.cellX0=String(g.x0),p.dataset.cellY0=String(g.y0),p.dataset.cellSize=String(g.cell),p.dataset.viewRow0=String(g.r0),p.dataset.viewCol0=String(g.c0),p.dataset.viewSize=String(g.v),p.dataset.cols=String(d.cols),p.dataset.extraX0=g.extra?String(g.xExtra):"",p.dataset.extraWidth=g.extra?String(g.xw):"",p.dataset.totalsX0=g.tot?String(g.xTot):"",p.dataset.totalsWidth=g.tot?String(g.tot.w):"",p.dataset.totalsY0=g.tot?String(g.yTot):"",p.dataset.totalsHeight=g.tot?String(g.tot.h):"",p.dataset.outsideX0=g.out?String(g.xOut):"",p.dataset.outsideY0=g.out?String(g.yOut):"",p.dataset.xTitle=N.x,p.dataset.yTitle=N.y,p.dataset.barTitle=N.bar,p.setAttribute("aria-label",`Confusion matrix of ${A} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(g.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(d.zoomable?` Showing ${On(g,A)}; plus and minus zoom, 0 shows all.`:""))}function K(g,A,T,N){let R=0;if(d.zoomable)R=G(g,A);else for(let ge of vt(T.k,d.step))R=Math.max(R,g.measureText(A[ge]).width);R=Math.min(N,R);let q=R>d.step*T.cell-4,ie=T.extra?g.measureText(Jt).width:0,le=T.extra>0&&(q||ie>T.xw+xt-2),J=Math.max(q?R:ke+2,le?ie:0);return{rotated:q,extraRotated:le,height:Math.ceil(J)}}function B(g,A){d.editor&&d.editor.finish(!1);let T=d.layout,N=g==="y"?Math.max(d.yLabelW+Me+4,100):120,R=he(T,A)+T.cell/2,q=g==="y"?T.x0-N:oe(R-N/2,0,Math.max(0,T.width-N)),ie=g==="y"?pe(T,A)+T.cell/2-11:T.y0+T.grid+(T.below||0)+Me,le={left:p.offsetLeft+Math.max(0,q),top:p.offsetTop+ie,width:N},J=v("labels");d.editor=Mo({dom:t,host:E,box:le,name:J[A],index:A,done:(ge,Ke)=>{d.editor=null;let je=v("labels");if(ge!==null&&A<je.length){let et=je.slice();et[A]=ge,e.set("display_labels",et)}Ke&&p.focus({preventScroll:!0})}})}function Z(g,A=!1){let T=p.getBoundingClientRect(),N=d.lastUp;return A&&N&&Math.abs(N.x-g.clientX)<1&&Math.abs(N.y-g.clientY)<1?[N.x-T.left,N.y-T.top]:[g.clientX-T.left,g.clientY-T.top]}function we(g,A){let T=d.layout;if(!T||T.k===0)return null;let N=ke/2+1;if(g>=ae+Pe&&g<T.x0&&A>=T.y0-N&&A<T.y0+T.grid+N){let ie=In(A-T.y0,T.cell,d.step,T.k,N,T.r0,T.v);return ie>=0?{axis:"y",index:ie}:null}let R=T.y0+T.grid+(T.below||0),q=T.x0+T.grid+(T.extra?xt/2:20);if(A>=R&&A<R+Me+d.xLabels.height&&g>=T.x0-20&&g<q){let ie=d.xLabels.rotated?N:d.step*T.cell/2,le=In(g-T.x0,T.cell,d.step,T.k,ie,T.c0,T.v);return le>=0?{axis:"x",index:le}:null}return null}function fe([g,A]){let T=v("k"),N=v("labels"),R=v("abstained");if(A>=T&&R){let J=[`True: ${N[g]}`,`Predicted: ${Jt}`,`Count: ${se(R.counts[g],v("countDigits"))}`],ge=v("fmt");return ge.kind==="percent"&&J.push(`Shown: ${Ye(R.values[g],ge)} ${Mi[v("normalize")]||""}`.trim()),J.join(`
`)}let q=g*T+A,ie=[`True: ${N[g]}`,`Predicted: ${N[A]}`,`Count: ${se(v("counts")[q],v("countDigits"))}`],le=v("fmt");if(le.kind==="delta"&&ie.push(`Change: ${Ye(v("values")[q],le)} since the compared run`),le.kind==="percent"){let J=(v("multilabel")?ki:vi)[v("normalize")]||"";ie.push(`Shown: ${Ye(v("values")[q],le)} ${J}`.trim())}return ie.join(`
`)}function de(g,A,T){f.textContent=g,f.hidden=!1;let N=p.offsetLeft+A+14;N+f.offsetWidth+4>E.clientWidth&&(N=Math.max(0,p.offsetLeft+A-f.offsetWidth-10));let R=p.offsetTop+T+14;R+f.offsetHeight+4>E.clientHeight&&(R=Math.max(0,p.offsetTop+T-f.offsetHeight-10)),f.style.left=`${N}px`,f.style.top=`${R}px`}let me=()=>d.zoomable&&d.view!==null&&d.view.v<v("k");function ce(g){let A=v("k"),T=_e(g,A,d.vMin),N=d.view||ze(A);return T.r0===N.r0&&T.c0===N.c0&&T.v===N.v?!1:(d.view=T,f.hidden=!0,V(),!0)}function Te(g,A=null){if(!d.zoomable||!d.layout)return;let T=d.layout;ce(go(T,g,A,T.k,d.vMin))}function Le(g){g.target.closest(".cmw-zoom-in")?Te(yt):g.target.closest(".cmw-zoom-out")?Te(1/yt):g.target.closest(".cmw-zoom-fit")&&ce(ze(v("k")))}function Ue(g){if(!(g.ctrlKey||g.metaKey)||!d.zoomable)return;g.preventDefault();let[A,T]=Z(g);Te(vo(g.deltaY,g.deltaMode),yo(A,T,d.layout))}function xe(g){if(d.panned=!1,d.pan=null,g.button!==0||!me())return;let[A,T]=Z(g);qt(A,T,d.layout)&&(d.pan={id:g.pointerId,x:g.clientX,y:g.clientY,view:d.layout,cell:d.layout.cell,moved:!1})}function Ve(g){let A=d.pan,T=g.clientX-A.x,N=g.clientY-A.y;if(!A.moved){if(Math.hypot(T,N)<Ai)return;A.moved=!0,f.hidden=!0;try{p.setPointerCapture(A.id)}catch{}}p.style.cursor="grabbing",ce(bo(A.view,-N/A.cell,-T/A.cell,v("k"),d.vMin))}function We(g){d.lastUp={x:g.clientX,y:g.clientY},d.pan&&d.pan.moved&&(d.panned=!0,p.style.cursor="grab"),d.pan=null}function ne(g){if(d.pan&&d.pan.id===g.pointerId&&(Ve(g),d.pan.moved))return;let[A,T]=Z(g),N=qt(A,T,d.layout);if(N){de(fe(N),A,T),p.style.cursor=me()?"grab":"pointer";return}let R=jn(A,T,d.layout);if(R){de(h1(R,v,d.outside),A,T),p.style.cursor=R.kind==="row"||R.kind==="col"?"pointer":"default";return}let q=we(A,T);if(p.style.cursor=q?"text":"default",q){let ie=q.axis==="y"?"True class":"Predicted class",le=q.axis==="y"?"row":"column";de(`${ie} ${q.index}: ${v("labels")[q.index]}
(click to select the ${le}, double-click to rename)`,A,T)}else f.hidden=!0}function re(g){if(d.panned){d.panned=!1;return}let[A,T]=Z(g,!0),N=qt(A,T,d.layout),R=N?null:jn(A,T,d.layout),q=N||R?null:we(A,T);R?(R.kind==="row"||R.kind==="col")&&e.set("selected",R.kind==="row"?{row:R.i}:{col:R.j}):N?(d.cursor=N,e.set("selected",g.shiftKey?{add:N}:N),V()):q?e.set("selected",q.axis==="y"?{row:q.index}:{col:q.index}):v("hasSelection")&&e.set("selected",null)}function Y1(g){let[A,T]=Z(g,!0),N=we(A,T);N&&(g.preventDefault(),f.hidden=!0,B(N.axis,N.index))}function q1(g){let A=v("k");if(A===0)return;let T=!0;if(Fn.has(g.key)){let N=d.cursor||v("selected")||(me()?[d.view.r0,d.view.c0]:null);d.cursor=Ao(N,g.key,A,g.shiftKey?10:1,Q(A)),me()&&ce(Zt(d.view,L(d.cursor),A,d.vMin)),k.textContent=fe(d.cursor).replace(/\n/g,", "),V()}else if(d.zoomable&&!g.ctrlKey&&!g.metaKey&&!g.altKey&&w1[g.key]){let N=w1[g.key];if(N==="fit")ce(ze(A));else{let R=d.cursor?L(d.cursor):null;Te(N==="in"?yt:1/yt,R?[R[0]+.5,R[1]+.5]:null),R&&me()&&ce(Zt(d.view,L(d.cursor),A,d.vMin))}}else if(g.key==="Enter"||g.key===" "){let N=d.cursor||v("selected")||[0,0];d.cursor=N,e.set("selected",g.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!g.ctrlKey&&!g.metaKey&&!g.altKey&&g1[g.key.toLowerCase()]){let N=g1[g.key.toLowerCase()],R=d.cursor||v("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else T=!1;T&&g.preventDefault()}a(p,"pointerdown",xe),a(p,"pointermove",ne),a(p,"pointerleave",()=>{f.hidden=!0}),a(p,"pointerup",We),a(p,"pointercancel",()=>{d.pan=null}),a(p,"wheel",Ue,{passive:!1}),a(x,"click",Le),a(p,"click",re),a(p,"dblclick",Y1),a(p,"keydown",q1),a(p,"focus",V),a(p,"blur",V);let Vn=()=>{let g=z();return g!==d.height&&!(Math.abs(g-d.height)<1)},Ge=c.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let g=new Ge.ResizeObserver(()=>{(d.detached||Math.abs(P()-d.width)>=1||Vn())&&V()});for(let T of[h,...i])g.observe(T);let A=h.closest(".cmw");A&&g.observe(A),a(Ge,"resize",()=>{Vn()&&V()}),l.signal.addEventListener("abort",()=>g.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&c.body){let g=null,A=new Ge.MutationObserver(()=>{clearTimeout(g),g=setTimeout(V,100)});A.observe(c.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{A.disconnect(),clearTimeout(g)},{once:!0})}l.signal.addEventListener("abort",()=>{d.editor&&d.editor.finish(!1)},{once:!0});let Mt=v("selected"),Wn=v("focus");function Gn(){let g=v("selected"),A=v("focus"),T=g&&!(Mt&&g[0]===Mt[0]&&g[1]===Mt[1]);A!==Wn&&A&&d.zoomable?ce(xo(d.view,[A.r,A.c],v("k"),_i,d.vMin)):T&&me()&&ce(Zt(d.view,L(g),v("k"),d.vMin)),Mt=g,Wn=A,ee()}return X(e,Si,Gn,l.signal),ee(),{el:h,update:Gn,destroy:()=>{l.abort(),h.remove()}}}function x1({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("details","cmw-metrics"),i=r("table","cmw-metrics-table"),l=r("p","cmw-interval-note");s.append(r("summary",null,"Metrics"),i,l);let a=!0;function c(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let m=e.get("countDigits"),h=e.get("intervals"),x=h&&!h.stale?h:null;l.hidden=!h,l.textContent=h?Vr(h):"";let w=(M,E)=>M.append(r("td","cmw-num",E)),b=(M,E,p,f)=>{let k=r("td","cmw-num");x?zt(t,k,E,p,x.level,x.methods[f]):k.textContent=te(E),M.append(k)};i.replaceChildren();let C=i.createTHead().insertRow();for(let M of["class","precision","recall","F1","support"])C.append(r("th",null,M));let $=i.createTBody();for(let[M,E]of u.perClass.entries()){let p=$.insertRow(),f=r("th",null,E.label);f.title=f.textContent,p.append(f);let k=x&&x.perClass[M];for(let d of["precision","recall","f1"])b(p,E[d],k?k[d]:null,d);w(p,se(E.support,m))}for(let[M,E]of u.summary.entries()){let p=$.insertRow();p.className=M===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",p.append(r("th",null,String(E.name??"")));let f=x?x.summary[String(E.name)]:null;if("value"in E)w(p,""),w(p,""),b(p,E.value,Array.isArray(f)?f:null,E.name==="accuracy"?"accuracy":"balanced_accuracy"),w(p,"");else{let k=E.name==="macro avg"?"macro_":"weighted_";for(let d of["precision","recall","f1"])b(p,E[d],f&&!Array.isArray(f)?f[d]:null,k+d);w(p,se(E.support,m))}}}return W(s,"toggle",()=>{s.open&&a&&c()},o.signal),X(e,["metrics","countDigits","intervals"],c,o.signal),c(),{el:s,update:c,destroy:()=>{o.abort(),s.remove()}}}function y1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("div","cmw-notes");function s(){r.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return X(e,["notes"],s,o.signal),s(),{el:r,update:s,destroy:()=>{o.abort(),r.remove()}}}function v1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s,option:i}=t,l=r("div","cmw-rank"),a=r("label","cmw-rank-label","Sort samples by "),c=r("select","cmw-rank-menu");a.append(c);let u=r("span","cmw-hint cmw-rank-note"),m=s("cmw-issues-toggle","Show likely label errors");m.setAttribute("aria-expanded","false");let h=r("div","cmw-issues");h.hidden=!0;let x=!1;function w(){let b=e.get("issues"),C=e.get("selection");if(l.hidden=!b||!C||C.available===!1,l.hidden)return;let $=b.ranks.join(",");c.dataset.ranks!==$&&(c.replaceChildren(...b.ranks.map(E=>i(E,An[E]))),c.dataset.ranks=$),c.value=e.get("rank"),c.disabled=b.kernelOnly,u.textContent=b.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=u.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,u);let M=C.issues&&Array.isArray(C.issues.indices)?C.issues:null;M?(m.textContent=`${x?"Hide":"Show"} likely label errors (${M.total})`,m.setAttribute("aria-expanded",String(x)),h.hidden=!x,h.textContent=M.total?`${M.indices.join(", ")}${M.total>M.indices.length?", ...":""}`:"None in this cell.",l.append(m,h)):b.pending?l.append(r("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):b.hidden&&l.append(r("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return W(c,"change",()=>e.set("rank",c.value),o.signal),W(m,"click",()=>{x=!x,w()},o.signal),X(e,["issues","rank","selection"],w,o.signal),w(),{el:l,update:w,destroy:()=>{o.abort(),l.remove()}}}function dt({dom:e,cls:t,write:n,onInput:o,throttleMs:r,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),u=nt(n,r,s);return W(l,"input",()=>{a=!0,o&&o(c()),u(c())},i),W(l,"change",()=>{a=!1,u.cancel(),n(c())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(m,h,x){l.min=String(m),l.max=String(h),l.step=String(x)}}}var Ti=60,k1=700,Qt="http://www.w3.org/2000/svg",St={w:240,h:56,pad:6};function A1(e,{w:t,h:n,pad:o}=St){let r=e.length,s=l=>r>1?o+l*(t-2*o)/(r-1):t/2,i=l=>o+(1-Math.min(1,Math.max(0,l)))*(n-2*o);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Ci(e,t){let n=e.indexOf(t),o=n<0?0:e.length-1-n;return o>0?`${o} newer run${o===1?"":"s"}`:""}function S1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{doc:s,h:i,button:l,option:a}=t,c=o||{now:()=>Date.now(),setTimeout:(I,P)=>setTimeout(I,P),clearTimeout:I=>clearTimeout(I)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let m=l("cmw-play","▶");m.setAttribute("aria-label","Play the runs");let h=i("output","cmw-run-name"),x=()=>e.get("runs").names,w=I=>{let P=x();I>=0&&I<P.length&&P[I]!==e.get("run")&&e.set("run",P[I])},b=dt({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Ti,clock:o,signal:r.signal,onInput:I=>{V(),h.textContent=x()[I]??""}}),C=b.el;C.min="0",C.step="1",C.setAttribute("aria-label","Run");let $=l("cmw-run-newer","");$.title="Show the latest run";let M=i("select","cmw-compare-pick");M.setAttribute("aria-label","Compare with");let E=i("label","cmw-field");E.append(i("span",null,"Compare with"),M);let p=i("div","cmw-runs-top");p.append(m,C,h,$,E);let f=s.createElementNS(Qt,"svg");f.setAttribute("class","cmw-history"),f.setAttribute("viewBox",`0 0 ${St.w} ${St.h}`),f.setAttribute("width",String(St.w)),f.setAttribute("height",String(St.h));let k=i("div","cmw-history-legend");k.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let d=i("div","cmw-history-box");d.append(f,k),u.append(p,d),u.hidden=!0;let _=null;function v(){let I=e.get("runs"),P=e.get("run");if(u.hidden=I.names.length<2,u.hidden){V();return}let z=I.names.indexOf(P);C.max=String(I.names.length-1),!b.dragging()&&z>=0&&(C.value=String(z)),b.dragging()||(h.textContent=P);let H=Ci(I.names,P);$.textContent=H,$.hidden=!H,O(I.names,e.get("compare")),j(I,z)}function O(I,P){let z=a("","none");M.replaceChildren(z,...I.map(H=>a(H))),M.value=P!=null&&I.includes(P)?P:""}function j(I,P){let z=[];for(let[Q,L]of[[I.accuracy,"cmw-line-acc"],[I.macroF1,"cmw-line-f1"]]){let ee=A1(Q).filter(Boolean),S=s.createElementNS(Qt,"polyline");S.setAttribute("class",L),S.setAttribute("fill","none"),S.setAttribute("points",ee.map(y=>y.map(F=>F.toFixed(1)).join(",")).join(" ")),z.push(S)}let H=A1(I.accuracy);I.names.forEach((Q,L)=>{if(!H[L])return;let ee=s.createElementNS(Qt,"circle");ee.setAttribute("class",L===P?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),ee.setAttribute("cx",H[L][0].toFixed(1)),ee.setAttribute("cy",H[L][1].toFixed(1)),ee.setAttribute("r",L===P?"4":"3"),ee.setAttribute("data-run",String(L));let S=s.createElementNS(Qt,"title");S.textContent=`${Q}: accuracy ${te(I.accuracy[L])}, macro F1 ${te(I.macroF1[L])}`,ee.append(S),z.push(ee)}),f.replaceChildren(...z)}function U(){let I=x(),P=I.indexOf(e.get("run"));if(P<0||P>=I.length-1){V();return}w(P+1),_=c.setTimeout(U,k1)}function G(){let I=x();I.indexOf(e.get("run"))>=I.length-1&&w(0),m.textContent="❚❚",m.setAttribute("aria-label","Pause"),_=c.setTimeout(U,k1)}function V(){_!==null&&c.clearTimeout(_),_=null,m.textContent="▶",m.setAttribute("aria-label","Play the runs")}return W(m,"click",()=>_===null?G():V(),r.signal),W($,"click",()=>{V(),w(x().length-1)},r.signal),W(M,"change",()=>e.set("compare",M.value===""?null:M.value),r.signal),W(f,"click",I=>{let P=I.target&&I.target.closest?I.target.closest("[data-run]"):null;P&&(V(),w(Number(P.getAttribute("data-run"))))},r.signal),r.signal.addEventListener("abort",()=>V(),{once:!0}),X(e,["runs","run","compare"],v,r.signal),v(),{el:u,update:v,destroy:()=>{r.abort(),u.remove()}}}var $i=60,M1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function _1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),u=p=>e.set("abstain",p),m=dt({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:$i,clock:o,signal:r.signal,onInput:p=>{let f=i();c.textContent=p.toFixed(De(f?f.step:.01))}}),h=m.el,x=s("label","cmw-field");x.append(a,s("span",null,"Abstain when the top score is below"),h,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let b=s("label","cmw-field");b.append(s("span",null,"Hit when the true class is in the top"),w);let C=s("span","cmw-hint cmw-top-k-hint");C.setAttribute("role","status"),b.append(C);let $=s("div","cmw-abstain-stats");l.append(x,b,$);let M=null;function E(){let p=i(),f=!!(p&&p.kind==="multiclass");if(l.hidden=!f,!f)return;m.range(p.lo,p.hi,p.step);let k=p.abstain!==null&&p.abstain!==void 0;if(a.checked=k,h.disabled=!k,k&&(M=p.abstain),!m.dragging()){let d=k?p.abstain:M??(p.lo+p.hi)/2;h.value=String(d),c.textContent=k?Number(d).toFixed(De(p.step)):"off"}w.max=String(p.k_max),t.doc.activeElement!==w&&(w.value=String(p.top_k)),$.replaceChildren(),k&&$.append(s("span","cmw-stat cmw-coverage",`coverage ${M1(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${M1(p.covered_accuracy)}`))}return W(a,"change",()=>{i()&&u(a.checked?parseFloat(h.value):null)},r.signal),W(w,"change",()=>{let p=i(),f=Number(w.value),k=p&&Number.isInteger(f)&&f>=1&&f<=p.k_max;C.textContent=k||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,k?e.set("top_k",f):p&&(w.value=String(p.top_k))},r.signal),X(e,["scores"],E,r.signal),E(),{el:l,update:E,destroy:()=>{r.abort(),l.remove()}}}function T1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ei=60,Dn={size:240,pad:34},Ni=[0,.5,1],Fi="http://www.w3.org/2000/svg",Oi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function C1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s,doc:i}=t,l=(p,f={})=>{let k=i.createElementNS(Fi,p);for(let[d,_]of Object.entries(f))k.setAttribute(d,String(_));return k},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(c,u);let m=!1,h=null,x={},w=p=>{let f=e.get("binary");!f||!Number.isFinite(p)||e.set("threshold",oe(p,f.lo,f.hi))},b=nt(w,Ei,o);r.signal.addEventListener("abort",()=>b.cancel(),{once:!0});function C(p){let{size:f,pad:k}=Dn;c.replaceChildren();for(let d of Object.keys(x))delete x[d];for(let d of Oi){let _=p[d.kind],v=s("figure",`cmw-curve cmw-curve-${d.kind}`),O=s("figcaption","cmw-curve-title"),j=p[d.area],U=p.undefinedBecause?p.undefinedBecause[d.kind]:null;if(O.textContent=`${d.title}${j===null||U?"":`  ${d.areaName} ${te(j)}`}`,U){v.append(O,s("p","cmw-curve-undefined",`Undefined: ${U}.`)),c.append(v);continue}let G=l("svg",{width:f,height:f,viewBox:`0 0 ${f} ${f}`,role:"img","aria-label":`${d.title} curve; press or drag on it to set the threshold`});G.classList.add("cmw-curve-svg"),Object.assign(G.dataset,{kind:d.kind,plotSize:String(f),plotPad:String(k)}),G.append(l("rect",{x:k,y:k,width:f-2*k,height:f-2*k,class:"cmw-curve-frame"}),l("polyline",{points:Pr(_,f,k),class:"cmw-curve-line"})),d.kind==="roc"&&G.append(l("line",{x1:k,y1:f-k,x2:f-k,y2:k,class:"cmw-curve-chance"}));let V=l("text",{x:f/2,y:f-4,class:"cmw-curve-axis","text-anchor":"middle"});V.textContent=d.x;let I=l("text",{x:9,y:f/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${f/2})`});I.textContent=d.y,G.append(V,I,...$(f,k));let P=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),z=l("text",{x:k,y:k-8,class:"cmw-curve-readout"}),H=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),Q=l("title");Q.textContent="Drag along the curve to move the threshold",H.append(Q),G.append(...P,z,H),v.append(O,G),c.append(v),x[d.kind]={plot:G,marker:H,guides:P,readout:z,curve:_,spec:d},M(G,_)}u.replaceChildren();for(let d of p.targets){let _=t.button("cmw-curve-target",`threshold for ${d.name}`);_.dataset.threshold=String(d.threshold),W(_,"click",()=>w(d.threshold),r.signal),u.append(_)}}function $(p,f){let k=p-2*f,d=[];for(let _ of Ni){let v=f+_*k,O=f+(1-_)*k,j=String(_);d.push(l("line",{x1:v,y1:p-f,x2:v,y2:p-f+4,class:"cmw-curve-tickmark"})),d.push(l("line",{x1:f-4,y1:O,x2:f,y2:O,class:"cmw-curve-tickmark"}));let U=l("text",{x:v,y:p-f+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});U.textContent=j;let G=l("text",{x:f-6,y:O,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});G.textContent=j,d.push(U,G)}return d}function M(p,f){let k=!1,d=v=>{let O=T1(p.getBoundingClientRect(),Dn),j=(v.clientX-O.x0)/O.inner,U=1-(v.clientY-O.y0)/O.inner;return f.t[Rr(f,j,U)]};W(p,"pointerdown",v=>{if(k=!0,p.setPointerCapture&&v.pointerId!==void 0)try{p.setPointerCapture(v.pointerId)}catch{}b(d(v))},r.signal),W(p,"pointermove",v=>{k&&b(d(v))},r.signal),W(p,"pointerup",v=>{k&&(k=!1,b.cancel(),w(d(v)))},r.signal),W(p,"pointercancel",()=>{k=!1,b.cancel()},r.signal)}function E(){let p=e.get("binary");if(a.hidden=!p,!p)return;let f=e.get("curves");if(!f){(!m||h!==null)&&(m=!0,h=null,c.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}h!==f&&(C(f),h=f);let{size:k,pad:d}=Dn,_=k-2*d;for(let{marker:v,guides:O,readout:j,spec:U,plot:G}of Object.values(x)){let[V,I]=U.at(p),P=Number.isFinite(V)&&Number.isFinite(I);for(let ee of[v,...O])ee.setAttribute("visibility",P?"visible":"hidden");if(j.textContent=P?`${U.x} ${te(V)}, ${U.y} ${te(I)}`:"",!P)continue;let z=(d+V*_).toFixed(1),H=(d+(1-I)*_).toFixed(1);v.setAttribute("cx",z),v.setAttribute("cy",H);let[Q,L]=O;Object.entries({x1:z,y1:H,x2:z,y2:k-d}).forEach(([ee,S])=>Q.setAttribute(ee,S)),Object.entries({x1:z,y1:H,x2:d,y2:H}).forEach(([ee,S])=>L.setAttribute(ee,S)),G.dataset.markerX=String(V),G.dataset.markerY=String(I)}}return X(e,["binary","curves"],E,r.signal),E(),{el:a,update:E,destroy:()=>{r.abort(),a.remove()}}}var Ii=60,Bn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Ri(e,t,n=t!=="label"){let o=e.map((s,i)=>i),r=n?-1:1;return t==="f1"||t==="support"?o.sort((s,i)=>r*(e[s][t]-e[i][t])||s-i):n&&o.reverse(),o}function $1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),m=0,x=dt({dom:t,cls:"cmw-label-threshold",write:_=>{let v=u();if(!v||!Array.isArray(v.thresholds)||!Number.isFinite(_))return;let O=v.thresholds.slice();O[m]=_,e.set("thresholds",O)},throttleMs:Ii,clock:o,signal:r.signal,onInput:_=>{let v=u();c.textContent=_.toFixed(De(v?v.step:.01))}}),w=x.el,b=s("label","cmw-field");b.append(s("span",null,"Threshold"),w,c);let C=s("div","cmw-label-focus"),$=s("div","cmw-label-listing"),M=s("table","cmw-label-tables");i.append(a,b,C,$,M);let E="label",p=!1;function f(){let _=u(),v=!!(_&&_.kind==="multilabel");if(i.hidden=!v,!v)return;let O=e.get("labels"),j=e.get("metrics").perClass,U=e.get("countDigits");m=Math.min(m,O.length-1),(l.options.length!==O.length||[...l.options].some((V,I)=>V.textContent!==O[I]))&&l.replaceChildren(...O.map((V,I)=>t.option(String(I),V))),l.value=String(m);let G=Array.isArray(_.thresholds);b.hidden=!G,w.disabled=!!_.fixed,G&&!x.dragging()&&(x.range(_.lo,_.hi,_.step),w.value=String(_.thresholds[m]),c.textContent=Number(_.thresholds[m]).toFixed(De(_.step))),k(_,O,U),d(_,O,j,U)}function k(_,v,O){let j=_.tables[m]||[0,0,0,0],U=s("table","cmw-readout-table");U.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let V=U.createTBody();[["truly absent",0],["truly present",2]].forEach(([P,z])=>{let H=V.insertRow();H.append(s("th",null,P));for(let Q of[z,z+1]){let[L,ee]=Bn[Q],S=s("td"),y=t.button("cmw-label-cell",`${ee} ${se(j[Q],O)}`);y.dataset.cell=L,y.disabled=!!_.fixed,W(y,"click",()=>e.send({type:"label_cell",label:m,cell:L}),r.signal),S.append(y),H.append(S)}}),C.replaceChildren(s("div","cmw-label-focus-title",v[m]??""),U);let I=_.focus;if(I&&I.label===m){let P=Bn.find(([H])=>H===I.cell)?.[1]??I.cell,z=I.indices.length<I.total?`first ${I.indices.length} of ${I.total}`:`${I.total}`;$.replaceChildren(s("div","cmw-label-listing-title",`${P} of ${v[m]}: ${z} samples`),s("div","cmw-indices",I.indices.join(", ")))}else $.replaceChildren()}function d(_,v,O,j){let U=s("tr"),G=(z,H)=>{let Q=E===z,L=t.button(`cmw-sort${Q?" cmw-sorted":""}`,Q?`${H} ${p?"▼":"▲"}`:H);L.dataset.sort=z,W(L,"click",()=>{p=Q?!p:z!=="label",E=z,f(),M.querySelector(`[data-sort="${z}"]`).focus()},r.signal);let ee=s("th");return ee.setAttribute("aria-sort",Q?p?"descending":"ascending":"none"),ee.append(L),ee};U.append(G("label","label"),...Bn.map(([,z])=>s("th",null,z)),G("f1","F1"),G("support","support"));let V=s("thead");V.append(U);let I=s("tbody"),P=O.length===v.length?O:v.map(()=>({f1:NaN,support:NaN}));for(let z of Ri(P,E,p)){let H=s("tr",z===m?"cmw-focused":null);H.dataset.label=String(z);let Q=t.button("cmw-label-name",v[z]);W(Q,"click",()=>{m=z,f()},r.signal);let L=s("th");L.append(Q),H.append(L,...(_.tables[z]||[]).map(ee=>s("td",null,se(ee,j))),s("td",null,te(P[z].f1)),s("td",null,se(P[z].support,j))),I.append(H)}M.replaceChildren(V,I)}return W(l,"change",()=>{m=Number(l.value)||0,f()},r.signal),X(e,["scores","labels","metrics","countDigits"],f,r.signal),f(),{el:i,update:f,destroy:()=>{r.abort(),i.remove()}}}function E1(e){let t=[C1(e),_1(e),$1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(o=>o.el)),{el:n,update:()=>t.forEach(o=>o.update()),destroy:()=>{t.forEach(o=>o.destroy()),n.remove()}}}var N1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Pi=e=>`${(Number(e)*100).toFixed(0)}%`;function F1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${N1(n.mean)} · median ${N1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(o=>`${String(o[0])} ${Pi(o[2])}`).join(" · ")}function O1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:o}=e,r=o("table","cmw-summary"),s=o("caption",null,"Features of this cell and of the rest of its true row"),i=o("tr");i.append(o("th",null,"feature"),o("th",null,"this cell"),o("th",null,"rest of the row")),r.append(s,i);for(let l of n){let a=o("tr");a.append(o("th",null,String(l.column)),o("td",null,F1(l,"cell")),o("td",null,F1(l,"rest"))),r.append(a)}return r}function I1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("div","cmw-selection"),l=()=>{let h=s("cmw-clear","Clear selection");return h.title="Clear the selection (w.selected = None)",h};function a(){let h=e.get("selection");if(i.replaceChildren(),!h){i.append(r("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let x=r("p","cmw-sentence");for(let M of h.sentence){let E=String(M&&M.text!=null?M.text:"");x.append(M&&M.em?r("em",null,E):t.doc.createTextNode(E))}let w=r("div","cmw-selection-head");if(w.append(x,l()),i.append(w),!h.available){let M=e.get("table"),E=typeof h.unavailable=="string"&&h.unavailable?h.unavailable:M?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${M.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(r("p","cmw-hint",E));return}let b=pr(h);if(b.total===0){i.append(r("p","cmw-hint","No samples in this cell."));return}i.append(r("div","cmw-indices",(h.indices||[]).join(", ")),c(b));let C=Array.isArray(h.previews)?h.previews:[];C.length&&i.append(u(C));let $=O1(t,h);$&&i.append($)}function c(h){let x=r("div","cmw-pager");if(h.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(h.prevOffset),x.append(w)}if(x.append(r("span","cmw-range",`showing ${h.first}-${h.last} of ${h.total}`)),h.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(h.nextOffset),x.append(w)}return x}function u(h){let x=r("div","cmw-previews");for(let w of h)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let b=r("figure","cmw-preview-img"),C=r("img");C.src=w.src,C.alt=`sample ${w.index}`,b.append(C,r("figcaption",null,`#${w.index}`)),x.append(b)}else if(w.kind==="text"){let b=r("div","cmw-preview-text");b.append(r("span","cmw-idx",`#${w.index}`),r("span","cmw-snippet",String(w.text??""))),x.append(b)}}return x}let m=null;return W(i,"click",h=>{if(h.target.closest("button.cmw-clear")){e.set("selected",null);return}let x=h.target.closest("button[data-offset]");if(!x)return;let w=e.get("selection");m=w&&{cls:x.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(x.dataset.offset)})},o.signal),X(e,["selection","table","hasSelection"],()=>{let h=m;m=null;let x=t.doc.activeElement,w=x&&(i.contains(x)||x===t.doc.body);a();let b=e.get("selection");if(!h||!b||b.i!==h.i||b.j!==h.j||!w)return;let C=i.querySelector(`button.${h.cls}`)||i.querySelector("button[data-offset]");C&&C.focus({preventScroll:!0})},o.signal),a(),{el:i,update:a,destroy:()=>{o.abort(),i.remove()}}}function R1({state:e,dom:t,signal:n,extra:o=[]}){let r=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let c=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(a,c,...o);function u(){let m=e.get("selectionSpec"),h=!!(m&&m.kind==="errors");a.classList.toggle("cmw-active",h),a.setAttribute("aria-pressed",String(h)),l.hidden=!(e.get("k")>0)}return W(a,"click",()=>{let m=e.get("selectionSpec");e.set("selected",m&&m.kind==="errors"?null:"errors")},r.signal),X(e,["selectionSpec","k"],u,r.signal),u(),{el:l,update:u,destroy:()=>{r.abort(),l.remove()}}}function P1(e,t,n){let o=e.defaultView,r=o.URL.createObjectURL(t),s=e.createElement("a");s.href=r,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),o.setTimeout(()=>o.URL.revokeObjectURL(r),1e4)}function j1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,button:s}=t,i=r("details","cmw-download"),l=r("summary","cmw-download-summary","Download"),a=r("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let c=s("cmw-download-cells","Matrix (CSV)");c.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let m=s("cmw-download-png","Matrix (PNG)");m.title="The matrix as drawn, as a PNG image",a.append(c,u,m),i.append(l,a);function h(){u.disabled=!e.get("hasSelection")}let x=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let b=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";P1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),b)});return o.signal.addEventListener("abort",x,{once:!0}),W(a,"click",w=>{let b=w.target.closest("button");if(b){if(b===c)e.send({type:"download",what:"cells"});else if(b===u)e.send({type:"download",what:"selection"});else if(b===m){let C=i.closest(".cmw"),$=C&&C.querySelector("canvas.cmw-canvas");$&&$.toBlob(M=>{M&&P1(t.doc,M,"confusion_matrix.png")},"image/png")}}},o.signal),X(e,["hasSelection"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}var ji=96,Di=3;function D1(e,t){return Math.max(Di,Math.floor(ji/Math.max(e,t,1)))}function Bi(e,t,n,o){let r=D1(n,o),s=Math.floor(t/r),i=Math.floor(e/r);return s>=0&&s<n&&i>=0&&i<o?[s,i]:null}function zi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${te(t.value)}, ${te(t.rest)} in the other slices)`}function B1({state:e,dom:t,signal:n}){let o=Y(n),{h:r,option:s}=t,i=r("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=r("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let a=r("label","cmw-field");a.append(r("span",null,"Slice"),l);let c=r("div","cmw-slice-odd-note"),u=r("div","cmw-slice-fixed-note"),m=r("div","cmw-slice-grid"),h=r("div","cmw-slices-top");h.append(a,c),i.append(h,u,m),W(l,"change",()=>{let b=l.value===""?null:l.value;b!==e.get("slice")&&e.set("slice",b)},o.signal);function x(){let b=e.get("slices");if(i.hidden=!b,!b){m.replaceChildren();return}let C=e.get("slice");l.replaceChildren(s("","all samples"),...b.names.map($=>s($))),l.value=C!=null&&b.names.includes(C)?C:"",l.disabled=b.fixed,l.title=b.fixed?"Showing another slice needs a live kernel":"",c.textContent=zi(b),u.textContent=b.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!b.fixed,w(b,C)}function w(b,C){let{colors:$}=e.get("sliceColors"),M=e.get("sliceLut"),{k:E,cols:p}=b,f=D1(E,p),k=b.names.map((d,_)=>{let v=r("figure","cmw-slice");d===C&&v.classList.add("cmw-slice-shown"),b.mostDifferent&&b.mostDifferent.slice===_&&v.classList.add("cmw-slice-odd"),v.dataset.slice=d;let O=r("canvas","cmw-slice-canvas"),j=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;O.width=Math.round(p*f*j),O.height=Math.round(E*f*j),O.style.width=`${p*f}px`,O.style.height=`${E*f}px`,O.setAttribute("role","img"),O.setAttribute("aria-label",`Matrix of slice ${d}`),O.tabIndex=-1;let U=O.getContext&&O.getContext("2d");if(U){U.scale(j,j);for(let P=0;P<E;P++)for(let z=0;z<p;z++)U.fillStyle=_t(M,$[_][P*p+z]),U.fillRect(z*f,P*f,f,f)}E*p<=1024&&(v.dataset.colors=Array.from($[_]).join(",")),W(O,"click",P=>{let z=Bi(P.offsetX,P.offsetY,E,p);!z||b.fixed||(e.get("slice")!==d&&e.set("slice",d),e.set("selected",z))},o.signal);let G=r("figcaption","cmw-slice-caption"),V=b.accuracy[_],I=b.samples[_];return G.append(r("span","cmw-slice-name",d),r("span","cmw-slice-stats",`n=${I==null?"–":+I.toFixed(2)} · acc ${te(V)}`)),v.append(O,G),v});m.replaceChildren(...k)}return X(e,["slices","slice","sliceColors","sliceLut"],x,o.signal),x(),{el:i,update:x,destroy:()=>o.abort()}}function z1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",r.append(s,t.h("span",null,"log colours")),r.title="Colour the cells on a log scale: empty cells stay the lightest colour",W(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),o.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return X(e,["cmapScale","compareState"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}function U1({state:e,dom:t,signal:n}){let o=Y(n),r=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",r.append(s,t.h("span",null,"totals")),r.title="Show each row's and column's total in the margins, and the grand total",W(s,"change",()=>e.set("show_totals",s.checked),o.signal);function i(){s.checked=e.get("showTotals")}return X(e,["showTotals"],i,o.signal),i(),{el:r,update:i,destroy:()=>o.abort()}}var V1=e=>Math.round(e).toLocaleString("en-US");function Ui(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${V1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${V1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Vi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),o=e.get("binary");if(o&&n!=null&&Number(o.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let r=e.get("selected"),s=e.get("selection");return t.ids&&r&&!(s&&s.i===r[0]&&s.j===r[1])?`${t.engine}: listing the rows of the cell…`:null}function W1({state:e,dom:t,signal:n}){let o=Y(n),{h:r}=t,s=r("div","cmw-table"),i=r("span","cmw-table-summary"),l=r("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Ui(c);let u=Vi(e);l.hidden=!u,l.textContent=u||""}return X(e,["table","threshold","binary","selected","selection"],a,o.signal),a(),{el:s,update:a,destroy:()=>{o.abort(),s.remove()}}}function Wi(e,t){let n=0,o=e.length-1;if(!(t>=e[0]))return 0;for(;n<o;){let r=n+o+1>>1;e[r]<=t?n=r:o=r-1}return n}var Gi=60;function G1({state:e,dom:t,signal:n,clock:o}){let r=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let m=!1,h=null,x=f=>f.step>0?f.step:(f.hi-f.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,b=(f,k)=>w()?String(Number(f.toPrecision(6))):f.toFixed(De(x(k)));function C(){let f=e.get("binary");if(i.hidden=!f,!f)return;let k=w();a.min=k?"0":String(f.lo),a.max=String(k?k.length-1:f.hi),a.step=k?"1":String(x(f));let d=e.get("threshold")??Number(f.threshold);!m&&Number.isFinite(d)&&(a.value=String(k?Wi(k,d):d),c.textContent=b(d,f)),$(f)}function $(f){let k=e.get("countDigits"),d=s("table","cmw-readout-table");d.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${f.negName}`),s("th",null,`predicted ${f.posName}`));let v=d.createTBody(),O=[[`true ${f.negName}`,["TN",f.tn],["FP",f.fp]],[`true ${f.posName}`,["FN",f.fn],["TP",f.tp]]];for(let[V,...I]of O){let P=v.insertRow();P.append(s("th",null,V));for(let[z,H]of I){let Q=s("td");Q.append(s("span","cmw-tag",z),t.doc.createTextNode(` ${se(H,k)}`)),P.append(Q)}}let j=s("div","cmw-readout-stats"),U=e.get("intervals"),G=U&&!U.stale&&U.binary?U.binary:null;for(let[V,I,P]of[["TPR","tpr",f.tpr],["FPR","fpr",f.fpr],["precision","precision",f.precision],["F1","f1",f.f1]]){if(!G){j.append(s("span","cmw-stat",`${V} ${te(P)}`));continue}let z=s("span","cmw-stat-value");zt(t,z,P,G[I],U.level,I==="f1"?"bootstrap":"wilson");let H=s("span","cmw-stat",`${V} `);H.append(z),j.append(H)}u.replaceChildren(d,j)}let M=f=>{Number.isFinite(f)&&(h=f,e.set("threshold",f))},E=nt(M,Gi,o),p=()=>{let f=w();return f?f[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return W(a,"input",()=>{m=!0;let f=p(),k=e.get("binary");Number.isFinite(f)&&(c.textContent=k?b(f,k):f.toFixed(2)),E(f)},r.signal),W(a,"change",()=>{m=!1,E.cancel();let f=p();(f!==h||e.get("threshold")!==f)&&M(f)},r.signal),r.signal.addEventListener("abort",()=>E.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table","intervals"],C,r.signal),C(),{el:i,update:C,destroy:()=>{r.abort(),i.remove()}}}var Ki=300,Xi=200,Hi=16;function Yi(e,t,n){let o=e-t-Hi,r=Math.min(Cn,Math.max(n,1)*Ht)+Xi;return t>0&&o>=Math.max(Ki,Math.min(r,.6*e))?o:e}function qi(e,t){let n=e.dom.h("div","cmw-main"),o=E1(e);o.el.classList.add("cmw-side"),o.el.append(mo(e).el);let s=b1({...t,room:()=>Yi(n.clientWidth,o.el.offsetWidth,t.state.get("k")||0),sizers:[n,o.el]});return n.append(s.el,o.el),{el:n,matrix:s,scores:o}}function Zi(e){let t=So(e),n=Uo(e);return[ao({...e,extra:[t.button]}),t,G1(e),W1(e),y1(e),n.panel,qi(e,n.matrixCtx),n.table,S1(e),lo(e),I1(e),v1(e),io(e),R1({...e,extra:[j1(e).el,z1(e).el,U1(e).el]}),B1(e),x1(e),uo(e),so(e)]}function K1(e,t,n=performance.now()){let o=Er(t.ownerDocument||document),r=new AbortController,s=to(e),i=o.h("div","cmw");i.dataset.lmSuppressShortcuts="true",W(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(o.doc.activeElement)&&o.doc.activeElement.blur()}},r.signal);let l=({k:c,draws:u,lastMs:m,firstMs:h})=>{i.dataset.k=String(c),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=m.toFixed(1),h!==null&&(i.dataset.firstDrawMs=h.toFixed(1))},a=Zi({state:s,dom:o,signal:r.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{r.abort(),i.remove()}}var Lt="cm-widget",Ji="application/vnd.cm-widget.view+json",zn="application/vnd.jupyter.widget-view+json",X1=1e4,Qi="Saved view, no kernel behind it: run the cell to make it live.",Un=null;async function Li(e){let t=Un&&Un[e];if(!t)throw new Error(`${Lt}: ${e} is not shared by the application`);let n=Object.keys(t).sort((o,r)=>o.localeCompare(r,"en",{numeric:!0})).pop();return(await t[n].get())()}function el(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=qn,e.head.appendChild(t)}async function tl(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await $r(n):null}function H1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function nl(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=tl(n.data["text/html"]).catch(o=>(console.error(o),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),X1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,o=H1(this,"rendermime"),r=o&&o.rendermime,s=H1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&zn in n.data&&r&&r.mimeTypes.includes(zn))){this._showSaved();return}clearTimeout(this._timer);let a=r.createRenderer(zn);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:X1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let o=this.node.ownerDocument,r=o.createElement("div");r.className="cmw-saved";let s=o.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){el(o),s.textContent=Qi;let i=o.createElement("div");i.className="cmw-live",r.append(s,i),this._saved={node:r,unmount:K1(Tr(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",r.append(s),this._saved={node:r,unmount:null};this.node.insertBefore(r,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function rl(){let{Panel:e}=await Li("@lumino/widgets"),t=nl(e);return{id:`${Lt}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[Ji],defaultRank:-20,createRenderer:n=>new t(n)}}}function ol(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[Lt]={init:e=>{Un=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${Lt} has no module ${e}`);let t=ol()?[await rl()]:[];return()=>({__esModule:!0,default:t})}});})();
