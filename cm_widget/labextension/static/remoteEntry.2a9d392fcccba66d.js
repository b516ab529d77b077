(()=>{var Jn=`/* cm_widget: colours come from JupyterLab's theme variables, with fallbacks for other front ends. */
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
`;function Ct(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function $t(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function ln(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function Qn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":ln(t[r],t[r+1],t[r+2])}function Ln(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return r}function L1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function es([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function eo(e,t){let n=L1(t);if(!n||es(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var ts=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function fe(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ce(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=fe(e),n=Math.floor(t.byteLength/8);if(ts)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function nt(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(c,u)=>setTimeout(c,u),clearTimeout:c=>clearTimeout(c)},o=-1/0,s=null,i=null,l=()=>{s=null,o=r.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),l()):s===null&&(s=r.setTimeout(l,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),l())},a}var ns={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},os=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Fe(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=ns[e&&e.dtype]||Float64Array,o=to(r,fe(e&&e.counts)),s=rs(e&&e.totals,t,n);if(e&&e.at!=null){let i=to(Uint32Array,fe(e.at)),l=new r(t*n),a=Math.min(i.length,o.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=o[c]);return{k:t,cols:n,counts:l,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function to(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(os&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let l=0;l<r;l++)i[l]=o[s](n*l,!0);return i}function rs(e,t,n){if(!e||typeof e!="object")return null;let r=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function Ke(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function be(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*r];return l}let o=Math.floor(n/2);return o-=o%8,be(e,t,o,r)+be(e,t+o*r,n-o,r)}function ve(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return ss(e,t,r,n,o,i);if(n==="true")for(let l=0;l<t;l++){let a=be(e,l*r,r);for(let c=0;c<r;c++)i[l*r+c]=a===0?0:e[l*r+c]/a}else if(n==="pred"){let l=new Float64Array(r);for(let a=0;a<t;a++)for(let c=0;c<r;c++)l[c]+=e[a*r+c];for(let a=0;a<t;a++)for(let c=0;c<r;c++)i[a*r+c]=l[c]===0?0:e[a*r+c]/l[c]}else if(n==="all"){let l=be(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function ss(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[l]:r==="all"?o.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return r==="true"||r==="pred"||r==="all"?s:e}function He(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function is(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Oe(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>r-1?r-1:a,o[l]=is(a)}return o}function an(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var ls=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function no(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?ls.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ot(e){let t=fe(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function Nt(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=ln(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var Et=e=>Number(e.toPrecision(12));function Ft(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>Et(c*i)).find(c=>c>=s&&(!o||c<1||Number.isInteger(c)));l===void 0&&(l=Et(10*i)),o&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=r*(1+1e-12);c++){let u=Et(c*l);a.push([u/r,o?String(u):`${Et(u*100)}%`])}return a}function oo(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=fe(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,c)=>{let u=d=>i.getFloat64(8*(4*c+d),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var cn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},It=e=>Array.isArray(e)?e:[],pt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Ot=e=>It(e).map(Number).filter(Number.isInteger);function as(e){let t=cn(e),n=It(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(It(o)[i])?Number(It(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function cs(e,t){let n=cn(e);if(typeof n.name!="string")return null;let r=Fe(n.matrix),o=ot(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:pt(n.fixed),broken:pt(n.broken),changed:pt(n.changed)}}function ro(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function so(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function us(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var io=(e,t)=>{let n=so(e);return Oe(us(e,t),-n,n)};function lo(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function ao(e,t=0){let n=Math.abs(so(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function ds(e){let t=cn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Ot(t.entered),cameFrom:Ot(t.came_from),left:Ot(t.left),wentTo:Ot(t.went_to),nEntered:pt(t.n_entered),nLeft:pt(t.n_left)}}var co={runs:{raw:["_runs"],make:(e,t)=>as(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>cs(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>ds(t("_moves"))}},uo=["run","compare"];var mo=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],po=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ie(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Xe(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?lo(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function un(e,t,n,r=0){let o=Xe(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ie(t,r)})`}:{main:o,sub:""}}function L(e){return Number.isFinite(e)?e.toFixed(3):"–"}function je(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function fo(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function ho(e,t){return t?`${e}_r`:e}function dn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(r,t)&&s(o,n)?[r,o]:null}function wo(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var go=[[`
`,"⏎"],["\r","␍"]];function ft(e){let t=String(e);for(let[n,r]of go)t=t.split(n).join(r);return t}function mn(e,t){if(t!=null&&e===ft(t))return String(t);let n=String(e);for(let[r,o]of go)n=n.split(o).join(r);return n}function Rt(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var ms=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function xe(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function rt(e,t){let n=xe(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(ms)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),l=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[l](r*a,!0);return i}var ps={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function fs(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=ps[e.dtype];return t?rt(t,e.data):null}function hs(e,t){let n=e.split,r=xe(e.true),o=xe(e.agree),s=xe(e.offset),i=Math.floor(r.length/n),l=Math.floor(s.length/n),a=new Uint32Array(i);for(let c=0,u=0;c<i;c++){let d=n===1?r[c]:r[c]+256*r[i+c];if(o[c>>3]>>(c&7)&1)a[c]=d*t+d;else{let m=(n===1?s[u]:s[u]+256*s[l+u])+1;u++,a[c]=d*t+(d+m)%t}}return a}function ws(e,t){if(e.split)return hs(e,t);let n=xe(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,l=0;i<o;i++,l+=r){let a=0;for(let c=r-1;c>=0;c--)a=a*256+n[l+c];s[i]=a}return s}function xo(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?rt(Float64Array,t.weights):null,sampleIndex:t.sample_index?rt(Uint32Array,t.sample_index):null,ids:fs(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:rt(Float32Array,t.outside.scores),weights:t.outside.weights?rt(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=xe(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=rt(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=ws(t.cells,e.k);return n}var Ye=new Float32Array(1),bo=new Int32Array(Ye.buffer);function gs(e,t){return Ye[0]=e,Ye[0]===0?(bo[0]=1,t?Ye[0]:-Ye[0]):(bo[0]+=Ye[0]>0===t?1:-1,Ye[0])}function pn(e){let t=Math.fround(e);return t>e?gs(t,!1):t}function Be(e,t=-1/0,n=1/0){let r=pn(Number(e));return Math.min(Math.max(r,pn(t)),pn(n))}function ht(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=Be(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,u=e.scores[a]>=l?s:i;r[c*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function yo(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=Be(r);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&o.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function fn(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=Be(n);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:1-s,c=e.scores[l]>=i?s:1-s;t[a*o+c]&&r.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function Pt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function jt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Pt(e,r))}function bs(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=Be(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?be(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:l}}var $e=(e,t)=>t!==0?e/t:0;function xs(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let g=0;g<t;g++){let M=e[w*t+g];o[w]+=M,s[g]+=M,l+=M}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=o[w];let c=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},m=0,b=0;for(let w=0;w<t;w++){let g={precision:$e(r[w],s[w]),recall:$e(r[w],o[w]),f1:$e(2*r[w],o[w]+s[w]),support:o[w]};c.push(g);let M=$e(o[w],a);for(let E of["precision","recall","f1"])u[E]+=g[E]/t,d[E]+=g[E]*M;o[w]>0&&(m+=1,b+=g.recall)}return{rows:c,accuracy:$e(i,l),balancedAccuracy:m?b/m:0,macro:u,weighted:d}}function Bt(e,t,n=null,r=null){let o=xs(e,t,bs(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=o.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function ys(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:$e(e,e+n),fpr:$e(t,t+r),precision:$e(e,e+t),f1:$e(2*e,2*e+t+n),mcc:$e(e*r-t*n,o)}}function hn(e,t,n){let r=e.pos_index,o=1-r,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...ys(s(r,r),s(o,r),s(r,o),s(o,o))}}function vo(e){return e??"true"}function ko(e,t,n,r,o,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?wn(e):String(Math.trunc(e)),u=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=l?" but the model ":o||a?" and predicted ":" but predicted ",m=` (${Rt(r*100,1)}% of `,b;return i==="all"?b=[{text:`${m}all samples).`}]:i==="pred"&&l?b=[{text:`${m}the abstained samples).`}]:i==="pred"?b=[{text:m+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:b=[{text:m+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...b]}function wn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var gn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Dt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,Ao=(e,t,n)=>Array.isArray(e)&&e.length===2&&Dt(e[0],t)&&Dt(e[1],n);function st(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Dt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Dt(e.col,n)?{kind:"col",j:e.col}:null}return Ao(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>Ao(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function bn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function zt(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function So(e,t,n=t){if(e===null)return null;let r=st(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":zt(r.cells)}function Mo(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),zt(n)}function _o(e,t,n,r,o,s,{fixed:i,formatG:l,pairs:a=!1}){let c=s?l(t):String(Math.trunc(t)),[u,d]=a?["label pair","label pairs"]:["sample","samples"],m=s?`A weight of ${c} is `:`${c} ${t===1?u:d} ${t===1?"is":"are"} `,b={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${m}truly `},{text:n,em:!0},b]:e==="col"?[{text:`${m}predicted `},{text:n,em:!0},b]:e==="errors"?[{text:`${m}misclassified`},b]:[{text:`${m}in ${r} selected cells`},b]}var ks=/[",\r\n]/;function As(e){let t=String(e);return ks.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Ut(e,t){return[e,...t].map(n=>n.map(As).join(",")).join(`
`)+`
`}var To=40,xn="abstained";function Ss(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Co(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Vt(e){let t=Object.prototype.hasOwnProperty.call(gn,e)?gn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var $o=e=>e.every(t=>Number.isInteger(t));function Eo(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let k of e.state.buffers)Ss(t,k.path,xe(k.data));if(!t._lut&&typeof t.cmap=="string"){let k=t.cmap,x=Vt(k.endsWith("_r")?k.slice(0,-2):k);x&&(t._lut=Vt(k)||Co(x))}let n=e.k,r=xo(e),o=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let u=k=>{for(let x of o.get(k)||[])x()},d=(k,x)=>{t[k]=x,u(k)};if(e.recount&&r){let k=ht(r,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(k.buffer)},t._metrics=Bt(k,n,r,null)}let m=Fe(t._matrix),b=r?ht(r,t.threshold):Float64Array.from(Ke(m.counts,n,m.cols).square),w=m.cols===n+1?Array.from({length:n},(k,x)=>m.counts[x*m.cols+n]):null;function g(){return{k:n,dtype:"float64",counts:new Uint8Array(b.buffer.slice(0))}}function M(k,x){let N=`${k},${x},${t.threshold}`;return s.key!==N&&(s.key=N,s.members=yo(r,k,x,t.threshold)),s.members}function E(k,x,N,B){let X=0;if(B==="true")for(let j of x){for(let Z=0;Z<n;Z++)X+=b[j*n+Z];w&&(X+=w[j])}else for(let j=0;j<n;j++)if(B==="all"){for(let Z=0;Z<n;Z++)X+=b[j*n+Z];w&&(X+=w[j])}else for(let Z of N)X+=Z===n?w?w[j]:0:b[j*n+Z];return X?k/X:0}function A(k,x,N,B,X,j,Z,ue={},le={}){let se=0;for(let te of N)for(let ne of B)se+=ne===n?w?w[te]:0:b[te*n+ne];let de=!!(r&&r.weights||!$o(b)),he=vo(t.normalize),De;if(le.multilabel){let te=m.totals,ne=te?he==="true"?te.rows[k]:he==="pred"?te.cols[x]:te.all:0;De=ne?se/ne:0}else De=E(se,N,B,he);let Le=r?j():[],ze=Le.length,we=Math.max(0,Math.min(Math.trunc(Z)||0,Math.max(ze-1,0)));we-=we%i;let Ue=Le.slice(we,we+i),Ve=[];for(let te of Ue.slice(0,To)){let ne=e.previews&&e.previews[String(Pt(r,te))];ne&&Ve.push(ne)}return{i:k,j:x,...ue,sentence:ko(se,X[0],X[1],De,k===x,de,{basis:he,...le}),count:se,total:ze,offset:we,indices:r?jt(r,Ue):[],page_size:i,previews:Ve,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function $(k,x,N){let B=t.display_labels||[];return w&&x===n?A(k,x,[k],[x],[String(B[k]??k),xn],()=>[],N,{},{abstained:!0}):A(k,x,[k],[x],[String(B[k]??k),String(B[x]??x)],()=>M(k,x),N,{},{multilabel:l})}let p=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(p.length?n:0).fill(0);if(p.length){let k=t._groups.codes,x=new DataView(k.buffer,k.byteOffset,k.byteLength);for(let N=0;N<n;N++)h[N]=n<=65536?x.getUint16(2*N,!0):x.getUint32(4*N,!0)}let y=k=>h.flatMap((x,N)=>x===k?[N]:[]);function f(k,x){if(r.kind==="binary"){let B=[];for(let X of y(k))for(let j of y(x))B.push(...M(X,j));return B.sort((X,j)=>X-j)}let N=[];for(let B=0;B<r.n;B++){let X=r.cells[B],j=Math.floor(X/n);h[j]===k&&h[X-j*n]===x&&N.push(B)}return N}function S(k,x,N){return A(k,x,y(k),y(x),[p[k],p[x]],()=>f(k,x),N,{group:!0})}function v(k,x){let N=w?n+1:n,B=st(k,n,N),X=bn(B,n,N),j=0;for(let[te,ne]of X)j+=ne===n?w?w[te]:0:b[te*n+ne];let Z=new Uint8Array(n*n);for(let[te,ne]of X)ne<n&&(Z[te*n+ne]=1);let ue=r?fn(r,Z,t.threshold):[],le=jt(r||{},ue),se=ue.map((te,ne)=>ne);r&&r.ids&&se.sort((te,ne)=>le[te]<le[ne]?-1:le[te]>le[ne]?1:te-ne);let de=0;for(let te=0;te<n;te++){for(let ne=0;ne<n;ne++)de+=b[te*n+ne];w&&(de+=w[te])}let he=(t.display_labels||[]).map(String);w&&he.push(xn);let De=B.kind==="row"?he[B.i]:B.kind==="col"?he[B.j]:null,Le=!!(r&&r.weights||!$o(b)),ze=ue.length,we=Math.max(0,Math.min(Math.trunc(x)||0,Math.max(ze-1,0)));we-=we%i;let Ue=se.slice(we,we+i),Ve=[];for(let te of Ue.slice(0,To)){let ne=e.previews&&e.previews[String(Pt(r,ue[te]))];ne&&Ve.push(ne)}return{i:B.kind==="row"?B.i:-1,j:B.kind==="col"?B.j:-1,kind:B.kind,sentence:_o(B.kind,j,De,X.length,de?j/de:0,Le,{fixed:Rt,formatG:wn,pairs:l}),count:j,total:ze,offset:we,indices:Ue.map(te=>le[te]),page_size:i,previews:Ve,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function F(k=0){let x=t.selected,N=t.selected_group;x!=null&&!(Array.isArray(x)&&x.length===2&&!Array.isArray(x[0]))?d("_selection",v(x,k)):Array.isArray(x)&&x.length===2?d("_selection",$(x[0],x[1],k)):Array.isArray(N)&&N.length===2?d("_selection",S(N[0],N[1],k)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function R(k){let x=e.orders&&e.orders[k];x&&(d("_order",{dtype:x.dtype,classes:xe(x.classes),groups:x.groups?xe(x.groups):null}),d("order",k))}function P(k,x,N,B=N){if(k==="selected"&&(x=So(x,N,B),x===void 0)||!(x===null||k==="selected"||Array.isArray(x)&&x.length===2&&x.every((Z,ue)=>Number.isInteger(Z)&&Z>=0&&Z<(ue===0?N:B))))return;let j=k==="selected"?"selected_group":"selected";x!==null&&t[j]!=null&&(t[j]=null,u(j)),t[k]=x,u(k),F(0)}function G(k){if(!r||r.kind!=="binary"||!a)return;let x=Number(k);if(!Number.isFinite(x))return;let N=Be(Math.min(Math.max(x,a.lo),a.hi),a.lo,a.hi);t.threshold=N,b=ht(r,N),d("_matrix",g()),d("_binary",hn(a,b,N)),d("_metrics",Bt(b,n,r,N)),d("_intervals",ee(b)),u("threshold"),t.selected!=null&&F(0)}function U(k){let x=String(k),N=x.endsWith("_r")?x.slice(0,-2):x,X=(e.luts&&e.luts[x]?xe(e.luts[x]):null)||Vt(x),j=X||(e.luts&&e.luts[N]?xe(e.luts[N]):Vt(N));j&&(d("_lut",X||Co(j)),d("cmap",x))}r&&r.kind==="binary"&&a&&(t.threshold=Be(t.threshold,a.lo,a.hi),b=ht(r,t.threshold),t._matrix=g(),t._binary=hn(a,b,t.threshold),t._metrics=Bt(b,n,r,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&F(0);let O=new Set;function z(){let k=Fe(t._matrix),x=ve(k.counts,k.k,"true",k.cols,k.totals),N=(t.display_labels||[]).map(String),B=N.slice();k.cols===n+1&&B.push(xn);let X=[];for(let j=0;j<k.k;j++)for(let Z=0;Z<k.cols;Z++)X.push([N[j],B[Z],k.counts[j*k.cols+Z],x[j*k.cols+Z]]);return Ut(["true","predicted","count","share"],X)}function W(){let k=["index","true","predicted"],x=!!(r&&r.kind==="binary");if(x&&k.push("score"),!r||t.selected==null)return Ut(k,[]);let N=st(t.selected,n,w?n+1:n),B=new Uint8Array(n*n);for(let[se,de]of bn(N,n,w?n+1:n))de<n&&(B[se*n+de]=1);let X=fn(r,B,t.threshold),j=jt(r,X),Z=(t.display_labels||[]).map(String),ue=x?Be(t.threshold):0,le=X.map((se,de)=>{if(!x)return[j[de],Z[Math.floor(r.cells[se]/n)],Z[r.cells[se]%n]];let he=r.posIndex;return[j[de],Z[r.positive[se]?he:1-he],Z[r.scores[se]>=ue?he:1-he],r.scores[se]]});return Ut(k,le)}let V={cells:["confusion_matrix.csv",z],selection:["selection.csv",W]},q=t._intervals&&t._intervals.level?t._intervals:null,J=Float64Array.from(b);function ee(k){return q?k.length===J.length&&k.every((N,B)=>N===J[B])?q:{stale:!0,level:q.level,z:q.z}:t._intervals}return{receive(k){return O.add(k),()=>O.delete(k)},get:k=>t[k],on(k,x){return o.has(k)||o.set(k,new Set),o.get(k).add(x),()=>o.get(k).delete(x)},set(k,x){if(k==="threshold")return G(x);if(k==="cmap")return U(x);if(k==="normalize"){d(k,x??null),(t.selected!=null||t.selected_group!=null)&&F(t._selection?.offset||0);return}if(k==="display_labels"){if(!Array.isArray(x)||x.length!==n)return;d(k,x.map(String)),t.selected!=null&&F(t._selection?.offset||0);return}if(k==="selected")return P(k,x,n,w?n+1:n);if(k==="selected_group")return P(k,x,p.length);if(k==="order")return R(x);if(k==="errors_only")return d(k,x===!0);if(k==="cmap_scale")return x==="log"||x==="linear"?d(k,x):void 0;if(k==="show_totals")return typeof x=="boolean"?d(k,x):void 0;if(k==="top_classes")return x===null||x>=1&&x<=n&&Number.isInteger(x)&&t.level!=="groups"&&!t._matrix.totals?d(k,x):void 0;if(k==="level"){(x==="classes"||x==="groups"&&p.length&&t.top_classes==null)&&d(k,x);return}},send(k){if(k&&k.type==="download"&&V[k.what]){let[x,N]=V[k.what],B={type:"download",what:k.what,name:x,text:N()};queueMicrotask(()=>{for(let X of[...O])X(B)});return}k&&k.type==="page"&&(t.selected!=null||t.selected_group!=null)&&F(Number(k.offset)||0)}}}var Ms="CMW1",_s="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",Ts=new Map([..._s].map((e,t)=>[e,t]));function Cs(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let l=o;l<o+5;l++){let a=l<t.length?Ts.get(t[l]):84;if(a===void 0)throw new Error("not base85 text");i=i*85+a}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function No(e,t=!1){let n=t?Cs(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function $s(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Es(e){return new TextDecoder().decode(await No(e))}async function Ns(e,t="cmw-pack85"){let n=await No(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==Ms)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let l=Object.keys(i);if(l.length===1&&l[0]==="__cmw_bytes__"){let[a,c]=i.__cmw_bytes__;return $s(o.subarray(a,a+c))}}return i})}async function Fo(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await Ns(t,n):JSON.parse(n==="gzip"?await Es(t):t)}var Fs=new Set(["button","input","select","textarea","summary","canvas"]);function Oo(e){let t=(o,s,i)=>{let l=e.createElement(o);return s&&(l.className=s),i!=null&&(l.textContent=i),Fs.has(o)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function D(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Os=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Is(e){let t=fe(e),n=Math.floor(t.byteLength/4);if(Os)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Io(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ce(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ce(e.curve.t),i=Is(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function Ro(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),l=(d,m)=>m<n?e[d*n+m]:t[d],a=[],c=0,u=0;for(let d=0;d<n;d++){let m=0;for(let w=0;w<i;w++)m+=l(d,w)*r[d*o+w];let b=0;for(let w=0;w<s;w++)b+=l(d,w);a.push({total:m,mean:b!==0?m/b:0}),c+=m,u+=b}return{total:c,mean:u?c/u:0,perClass:a}}var Rs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function yn(e,t){let n=fe(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Rs)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?l=>o.getFloat32(4*l,!0):l=>o.getFloat64(8*l,!0);for(let l=0;l<r;l++)s[l]=i(l);return s}function Po(e){if(!e||typeof e!="object")return null;let t=yn(e.x,Float32Array),n=yn(e.y,Float32Array),r=yn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var vn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function jo(e){if(!e||typeof e!="object")return null;let t=Po(e.roc),n=Po(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&vn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:vn(e.auc),ap:vn(e.ap),targets:r,undefinedBecause:s}}function Bo(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<o&&(o=a,r=s)}return r}function Do(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Ps={uint16:2,uint32:4};function kn(e,t){let n=Ps[t];if(!n)return null;let r=fe(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function zo(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var Uo=e=>Array.from({length:e},(t,n)=>n);function Vo(e,t,n){let r=e&&e.dtype,o=e?kn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?kn(e.groups,r):null;return{classes:zo(o,t)?o:Uo(t),groups:n?zo(i,s)?i:Uo(s):null}}function Wo(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=kn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var An=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,wt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Go(e,t){let n=wt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=fe(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),c=(u,d)=>{let m=a.getFloat64(8*(6*u+d),!0);return Number.isFinite(m)?m:null};for(let u=0;u<o;u++)s.push({precision:[c(u,0),c(u,1)],recall:[c(u,2),c(u,3)],f1:[c(u,4),c(u,5)]})}let i={};for(let[a,c]of Object.entries(wt(n.summary)))i[a]=Array.isArray(c)?An(c):Object.fromEntries(Object.entries(wt(c)).map(([u,d])=>[u,An(d)]));let l=n.binary?Object.fromEntries(Object.entries(wt(n.binary)).map(([a,c])=>[a,An(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:wt(n.methods)}}function js(e,t){let n=L(e);return!t||t[0]===null||t[1]===null?n:`${n} (${L(t[0])}-${L(t[1])})`}var it=e=>`${Number((100*e).toFixed(2))}%`;function Wt(e,t,n,r,o,s){if(t.textContent=js(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${it(o)} interval ${L(r[0])} to ${L(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=d=>Math.min(Math.max(d,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(r[0])}%`,c.style.width=`${Math.max(l(r[1])-l(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,a.append(c,u),t.append(a)}function Ko(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${it(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Ho(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,l=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Xo(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||o.length===n&&l<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<l;)a--;o.splice(a,0,[l,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let l=Math.floor(i/t),a=r?r[l]:be(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var Sn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Yo(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Sn),r=null,o=0;if(t.counts!=null){let s=fe(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let l=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=l.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function qo(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function Zo(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var Mn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Jo=e=>Array.isArray(e)?e:[],Gt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Bs(e,t){let n=Mn(e),r=Jo(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=Mn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let l=Fe({...s,k:1,cols:o*t*i}),a=r.map((m,b)=>l.counts.subarray(b*t*i,(b+1)*t*i)),c=m=>r.map((b,w)=>Gt(Jo(n[m])[w])),u=Mn(n.most_different),d=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<o?{slice:u.slice,value:Gt(u.value),rest:Gt(u.rest),difference:Gt(u.difference)}:null;return{names:r,k:t,cols:i,counts:a,samples:c("samples"),accuracy:c("accuracy"),balancedAccuracy:c("balanced_accuracy"),macroF1:c("macro_f1"),mostDifferent:d,fixed:n.fixed===!0}}function Ds(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>ve(i,n,t,r)),s=o.reduce((i,l)=>Math.max(i,He(l)),0);return{values:o,vmax:s,colors:o.map(i=>Oe(i,0,s))}}function zs(e){return typeof e=="string"?e:null}var Qo={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>Bs(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>zs(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>Ds(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>ot(t("_lut"))||$t()}};var Lo=256;function gt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function er(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(Lo-2)*(Math.log(i/t)/o))/(Lo-1):1)}return r}function qe(e,t,n,r){return n==="log"?Oe(er(e,r,t),0,1):Oe(e,0,t)}function Kt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>er([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([o(l),r(l)])}return t>e&&s.push([1,r(t)]),s}function Ht(e,t,n=t,r=null){if(r)return{rows:Float64Array.from(r.rows),cols:Float64Array.from(r.cols),all:Number(r.all)};let o=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){o[i]=be(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:o,cols:s,all:t*n?be(e,0,t*n):0}}function tr(e,t,n){let r=(l,a)=>{if(a.length===1)return l[a[0]];let c=0;for(let u of a)c+=l[u];return c},o=Float64Array.from(t,l=>r(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,a)=>{i[a]=r(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:o,cols:i,all:e.all}}var Us=new Set(["normalize","cmap","threshold","display_labels","selected",...uo,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),Vs=10,Xt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},nr=e=>Array.isArray(e)?e:[],Yt={matrix:{raw:["_matrix"],make:(e,t)=>Fe(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>Ke(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>dn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>ve(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>Ke(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?ro(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>He(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:qe(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?io(e("values"),e("k")):qe(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>gt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ot(t("_lut"))||$t()},lutText:{uses:["lut"],make:e=>Nt(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:no(t("values_format"),e("normalize"),an(e("allValues")))},countDigits:{uses:["matrix"],make:e=>an(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?ao(e("values"),e("countDigits")):e("cmapScale")==="log"?Kt(e("logLo"),e("vmax"),e("normalize")):Ft(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>oo(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Go(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>sr(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Xt(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>st(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Xt(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:nr(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>nr(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Yo(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>qo(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>jo(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Io(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Ro(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Xt(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Xt(t("_table"));if(!n.engine)return null;let r=Ce(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...co,...Qo,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Vo(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Wo(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?dn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Xo(e("counts"),e("k"),Vs,Ws(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Ht(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},bt={},or=e=>{if(!bt[e]){let t=Yt[e];bt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(or)])]}return bt[e]};for(let e of Object.keys(Yt))or(e);function Ws(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>be(r,i*n,n)+o[i])}function rr(e){let t=new Map,n=a=>{if(!Yt[a])throw new Error(`unknown state key ${a}`);return Yt[a]},r=a=>{let c=n(a),u=bt[a].map(b=>e.get(b)),d=t.get(a);if(d&&d.raws.every((b,w)=>b===u[w]))return d.value;let m=c.make(r,b=>e.get(b));return t.set(a,{raws:u,value:m}),m};return{get:r,on:(a,c)=>{n(a);let u=bt[a].map(d=>e.on(d,c));return()=>u.forEach(d=>d())},set:(a,c)=>{if(!Us.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,c)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function H(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(l=>e.on(l,s));return r&&r.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var Gs="http://www.w3.org/2000/svg",Ee=180,lt=28,_n=180,qt=44,Ks=12,ir=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function sr(e,t){let n=ir(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=ir(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Ce(r.counts);return{kind:n.kind,x:Ce(n.x),y:Ce(n.y),n:Ce(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function lr(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${L(e.eceLow)}-${L(e.eceHigh)}), ${it(e.level)} interval`:"";return`ECE ${L(e.ece)}${t}`}function ke(e,t,n,r){let o=e.createElementNS(Gs,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function ar({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),l=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(l,a);let c=[];function u(){let g=e.get("calibration");if(!g||!g.hist)return null;let M=g.kind==="binary"?e.get("threshold"):e.get("abstainAt");return M==null||!Number.isFinite(M)?null:M}function d(){let g=e.get("calibration"),M=u();for(let E of c){if(M===null||!g||!g.hist){E.setAttribute("visibility","hidden");continue}let{lo:A,hi:$}=g.hist,p=(Math.min(Math.max(M,A),$)-A)/($-A||1)*_n;E.setAttribute("x1",String(p)),E.setAttribute("x2",String(p)),E.setAttribute("visibility","visible"),E.dataset.at=String(M)}}function m(g){let M=ke(s,"svg",{width:Ee+lt+8,height:Ee+lt+8,role:"img"},"cmw-reliability");M.setAttribute("aria-label",`reliability diagram, ${lr(g)}`);let E=y=>lt+y*Ee,A=y=>4+(1-y)*Ee;M.append(ke(s,"rect",{x:lt,y:4,width:Ee,height:Ee},"cmw-plot-frame"),ke(s,"line",{x1:E(0),y1:A(0),x2:E(1),y2:A(1)},"cmw-diagonal"));let $=ke(s,"text",{x:lt+Ee/2,y:Ee+lt+2,"text-anchor":"middle"},"cmw-axis-label");$.textContent="mean predicted probability";let p=ke(s,"text",{x:10,y:4+Ee/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Ee/2})`},"cmw-axis-label");p.textContent="observed frequency",M.append($,p);let h=Array.from(g.x,(y,f)=>`${E(y)},${A(g.y[f])}`).join(" ");return M.append(ke(s,"polyline",{points:h},"cmw-reliability-line")),g.x.forEach((y,f)=>{let S=ke(s,"circle",{cx:E(y),cy:A(g.y[f]),r:3},"cmw-reliability-point"),v=ke(s,"title",{});v.textContent=`predicted ${L(y)}, observed ${L(g.y[f])}, ${Math.round(g.n[f]*100)/100} samples`,S.append(v),M.append(S)}),M}function b(g,M){let E=o("div","cmw-histograms"),{bins:A,counts:$}=g.hist,p=M.length,h=Math.min(p,Ks),y=0;for(let S=0;S<h*A;S++)y=Math.max(y,$[S]);let f=g.kind==="binary"?`score of ${M[1]??"positive"}`:"top score";E.append(o("div","cmw-histograms-title",`${f} by true class`)),c=[];for(let S=0;S<h;S++){let v=o("div","cmw-histogram-row"),F=o("span","cmw-histogram-name",M[S]);F.title=M[S];let R=ke(s,"svg",{width:_n,height:qt},"cmw-histogram"),P=_n/A;for(let U=0;U<A;U++){let O=$[S*A+U];if(!(O>0))continue;let z=y>0?O/y*(qt-2):0;R.append(ke(s,"rect",{x:U*P,y:qt-z,width:Math.max(P-1,1),height:z},"cmw-histogram-bar"))}let G=ke(s,"line",{x1:0,x2:0,y1:0,y2:qt},"cmw-threshold-line");c.push(G),R.append(G),v.append(F,R),E.append(v)}return p>h&&E.append(o("div","cmw-note",`the first ${h} of ${p} classes`)),E}function w(){let g=e.get("calibration");if(i.hidden=!g,c=[],!g)return;if(g.note){l.textContent=g.note,a.replaceChildren();return}let M=g.kind==="binary"?"":" (top label)";l.textContent=`Calibration${M}: ${lr(g)}, ${g.nBins} ${g.strategy} bins`;let E=[m(g)];g.hist&&E.push(b(g,e.get("labels"))),a.replaceChildren(...E),d()}return H(e,["calibration","labels"],w,r.signal),H(e,["threshold","abstainAt"],d,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var Tn=e=>`${(100*e).toFixed(1)}%`;function Hs(e,t,n,r,o,s){let i=(c,u)=>u===n?t?t[c]:0:e[c*n+u],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===o:c===r))&&(a+=i(c,u));return{count:i(r,o),den:a}}function cr({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(o.hidden=!c,!c){o.textContent="";return}let u=e.get("countParts"),d=e.get("cols")===a+1?u.rest:null,m=e.get("normalize")==null?"true":e.get("normalize"),{count:b,den:w}=Hs(u.square,d,a,l[0],l[1],m),g=Ho(b,w,i.z),M=m==="all"?"the whole":m==="pred"?"its predicted column":"its true row";o.textContent=g?`Share of ${M}: ${Tn(b/w)}, ${it(i.level)} interval ${Tn(g[0])}-${Tn(g[1])} (Wilson).`:`Share of ${M}: no samples, no interval.`,o.dataset.low=g?String(g[0]):"",o.dataset.high=g?String(g[1]):""}return H(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var Xs=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Ys(e,t){return`From ${e.name} to ${t}: ${Xs(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function qs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function ur({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,u,d,m,b,w){let g=o("div",a);if(g.append(o("div","cmw-moves-title",`${c} (${u})`)),!d.length)return g.append(o("span","cmw-hint","none")),g;let M=o("div","cmw-moves-list");return d.forEach((E,A)=>{let $=o("span","cmw-move"),p=m[A];$.append(o("span","cmw-idx",`sample ${E}`),t.doc.createTextNode(": predicted "),o("em",null,w[p]??String(p)),t.doc.createTextNode(` in ${b}`)),M.append($)}),g.append(M),u>d.length&&g.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),g}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),u=o("p","cmw-compare-summary",Ys(a,c));u.title=qs(a,c),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let m=e.get("labels"),b=o("p","cmw-moves-head");b.append(t.doc.createTextNode("Cell true "),o("em",null,m[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,m[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(b,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,m),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,c,m))}return H(e,["compareState","moves","run","labels"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function dr({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=po.map(E=>{let A=i("cmw-seg-btn");return A.setAttribute("aria-label",E.label),A.append(s("span","cmw-long",E.label),s("span","cmw-short",E.short)),A.dataset.value=E.value===null?"":E.value,a.append(A),A}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let E of mo)d.append(t.option(E));u.append(s("span","cmw-field-name","Colormap"),d);let m=t.option("cmw:compare"),b=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",b.append(w,s("span",null,"reverse")),l.append(a,u,b,...r);function g(){let E=e.get("normalize");for(let h of c){let y=(h.dataset.value||null)===E;h.classList.toggle("cmw-active",y),h.setAttribute("aria-pressed",String(y))}let A=e.get("compareState");if(d.disabled=!!A,w.disabled=!!A,A){m.textContent=`${A.cmap} (better / worse)`,m.parentNode||d.append(m),d.value=m.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${A.name}; the colormap returns when compare mode ends.`;return}m.remove(),d.removeAttribute("title");let{base:$,reversed:p}=fo(e.get("cmap"));[...d.options].some(h=>h.value===$)||d.append(t.option($)),d.value=$,w.checked=p}let M=()=>e.set("cmap",ho(d.value,w.checked));return D(a,"click",E=>{let A=E.target.closest(".cmw-seg-btn");A&&e.set("normalize",A.dataset.value||null)},o.signal),D(d,"change",M,o.signal),D(w,"change",M,o.signal),H(e,["normalize","cmap","compareState"],g,o.signal),g(),{el:l,update:g,destroy:()=>{o.abort(),l.remove()}}}var mr={width:240,height:130,pad:34},Zs="http://www.w3.org/2000/svg";function Ze(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):L(e):"–"}function Js(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Ze(r.mean)}`).join(", ");return`Expected cost ${Ze(e.mean)} per sample (${Ze(e.total)} in total); per true class: ${n}.`}function Qs(e,t,n,r,o){let{width:s,height:i,pad:l}=o,a=d=>l+(d-t)/(n>t?n-t:1)*(s-2*l),c=d=>i-l+4-(r>0?d/r:0)*(i-l-12),u=new Array(e.n);for(let d=0;d<e.n;d++)u[d]=`${a(e.t[d]).toFixed(1)},${c(e.y[d]).toFixed(1)}`;return{points:u.join(" "),xs:a,ys:c}}function pr({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=Js(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return H(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function fr({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=(F,R={})=>{let P=s.createElementNS(Zs,F);for(let[G,U]of Object.entries(R))P.setAttribute(G,String(U));return P},l=o("figure","cmw-curve cmw-cost");l.hidden=!0;let a=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:c,height:u,pad:d}=mr,m=i("svg",{width:c,height:u,viewBox:`0 0 ${c} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});m.classList.add("cmw-cost-svg");let b=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),g=i("circle",{r:5,class:"cmw-cost-least"}),M=i("title");g.append(M);let E=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),A=i("text",{x:c/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});A.textContent="threshold";let $=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});$.textContent="cost";let p=i("text",{x:d-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});m.append(i("rect",{x:d,y:8,width:c-2*d,height:u-d-4,class:"cmw-curve-frame"}),b,w,g,E,A,$,p);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),y=o("p","cmw-cost-readout");l.append(a,m,h,y);let f=null,S=null;D(h,"click",()=>{let F=e.get("costs"),R=e.get("binary");F&&F.least&&R&&e.set("threshold",oe(F.least.threshold,R.lo,R.hi))},r.signal);function v(){let F=e.get("costs"),R=e.get("binary");if(l.hidden=!(F&&F.curve&&F.least&&R),l.hidden)return;if(S!==F||!f||f.lo!==R.lo||f.hi!==R.hi){let O=0;for(let V=0;V<F.curve.n;V++)O=Math.max(O,F.curve.y[V]);let z=Qs(F.curve,R.lo,R.hi,O,mr);b.setAttribute("points",z.points),f={...z,lo:R.lo,hi:R.hi},p.textContent=Ze(O);let W=oe(F.least.threshold,R.lo,R.hi);g.setAttribute("cx",f.xs(W).toFixed(1)),g.setAttribute("cy",f.ys(F.least.mean).toFixed(1)),M.textContent=`least cost ${Ze(F.least.mean)} at threshold ${W}`,Object.assign(l.dataset,{leastThreshold:String(F.least.threshold),leastMean:String(F.least.mean)}),S=F}let P=f.xs(oe(R.threshold,R.lo,R.hi)).toFixed(1);for(let[O,z]of Object.entries({x1:P,x2:P,y1:8,y2:u-d+4}))w.setAttribute(O,String(z));let G=e.get("expectedCost"),U=G?G.mean:NaN;E.setAttribute("visibility",Number.isFinite(U)?"visible":"hidden"),Number.isFinite(U)&&(E.setAttribute("cx",P),E.setAttribute("cy",f.ys(U).toFixed(1))),h.disabled=Math.abs(U-F.least.mean)<=1e-12*Math.max(1,Math.abs(F.least.mean)),y.textContent=`Now ${Ze(U)} per sample; least ${Ze(F.least.mean)} at threshold ${L(oe(F.least.threshold,R.lo,R.hi))}.`,l.dataset.mean=String(U)}return H(e,["costs","binary","expectedCost"],v,r.signal),v(),{el:l,update:v,destroy:()=>{r.abort(),l.remove()}}}var Zt=64,$n=800,hr=120,Jt=6,Ls=6,at=2,ei=14,En=140,re=8,Ie=20,Nn=15,Ne=6,Fn=16,Je=14,yt=6,Cn=8,xt=6,On=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Qe(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||Zt,l=n.maxGrid||$n,a=re+Ie+r+Ne,c=re,u=e>0&&n.extra?1:0,d=e>0&&n.totals?n.totals:null,m=!!(d&&n.outside),b=d?xt+d.w*(m?2:1):0,w=Math.min(l,Math.max(hr,t-a-s-re-u*yt-b)),g=n.view||Re(e),M=e>0?g.v:0,E=M>0?Math.min(i,w/(M+u)):0;u&&E<Cn&&(E=Math.min(i,(w-Cn)/M)),E>=Jt&&(E=Math.floor(E));let A=E*M,$=a+A+yt,p=u?Math.max(E,Cn):0,h=(u?$+p:a+A)+xt,y=c+A+xt,f=m?h+d.w:h,S=d?f+d.w:u?$+p:a+A,v=d?xt+d.h*(m?2:1):0;return{k:e,v:M,r0:g.r0,c0:g.c0,room:w,cell:E,x0:a,y0:c,grid:A,extra:u,xExtra:$,xw:p,right:S,tot:d,out:m,xOut:h,yOut:y,xTot:f,yTot:m?y+d.h:y,below:v,width:Math.ceil(S+s+re),height:Math.ceil(c+A+v+Ne+o+Ie+re+(Math.max(1,n.xTitleLines||1)-1)*Nn)}}function wr(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Jt&&(r=Math.floor(r)),Math.max(hr,r*(n+e.extra))}function Qt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,l+Math.min(s,Math.floor(r/n.cell))]:null}function Re(e){return{r0:0,c0:0,v:Math.max(0,e)}}function gr(e,t){return e*Ls>t}function br(e,t){return Math.min(e,Math.max(1,Math.ceil(t/Zt)))}function Ae(e,t,n=1){if(!(t>0))return Re(0);let r=e||Re(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function xr(e,t,n,r,o=1){let s=Ae(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(u,d)=>d-(d-u)*i/s.v;return Ae({r0:c(s.r0,l),c0:c(s.c0,a),v:i},r,o)}function yr(e,t,n,r,o=1){let s=Ae(e,r,o);return Ae({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function vt(e,t,n,r=1){let o=Ae(e,n,r);if(!t)return o;let s=(i,l)=>l<i?l:l>=i+o.v?l-o.v+1:i;return Ae({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function vr(e,t,n,r,o=1){let s=Ae(e,n,o),i=Math.min(s.v,Math.max(r,o));return Ae({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function kr(e,t,n){let r=n.v??n.k,o=(s,i,l)=>l+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function Ar(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function Lt(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function Sr(e,t,n=ei){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function kt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function In(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=oe(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,o)?c:-1}function At(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Mr(e,t,n,r=1,o=n){if(n<=0||!On.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var me=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,ce=(e,t)=>e.y0+(t-e.r0)*e.cell,Se=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ct=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function _r({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=o("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function u(){let w=e.get("labels");c=w;let g=o("div","cmw-labels-list");a=w.map((E,A)=>{let $=o("label","cmw-label-row"),p=o("input","cmw-label-input");return p.type="text",p.value=ft(E),p.dataset.index=String(A),$.append(o("span","cmw-label-idx",String(A)),p),g.append($),p});let M=o("div","cmw-labels-actions");M.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(g,M),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function m(){let w=c,g=e.get("labels"),M=a.map((E,A)=>E.value!==ft(w[A])?mn(E.value,w[A]):g[A]);d(!0),M.length===g.length&&M.some((E,A)=>E!==g[A])&&e.set("display_labels",M)}function b(){a&&a.length!==e.get("k")&&d()}return D(i,"click",()=>a?d():u(),r.signal),D(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),m()):w.key==="Escape"&&(w.preventDefault(),d(!0))},r.signal),D(l,"click",w=>{w.target.closest(".cmw-save")?m():w.target.closest(".cmw-cancel")&&d(!0)},r.signal),H(e,["labels","k"],b,r.signal),{el:l,button:i,update:b,open:u,close:d,isOpen:()=>a!==null,destroy:()=>{r.abort(),l.remove(),i.remove()}}}function Tr({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ft(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(u,d=!1)=>{if(a)return;a=!0,l.abort();let m=mn(i.value,r);i.remove(),s(u&&m!==r?m:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),c(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var ti=12;function ni(e,t,n,r=ti){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(l,a)=>a==null||a<l||a>=l+o.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Cr({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=ie(c.counts[a],e.get("countDigits"));return u.kind==="percent"?`${d} (${Xe(c.values[a],u)})`:d}function l(){let a=e.get("k"),c=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),m=ni(s,a,u&&u[1]<a?u:u&&[u[0],null]),b=r("table"),w=r("caption",null,`Confusion matrix, rows ${m.rows+1}-${m.rows+m.side} and columns ${m.cols+1}-${m.cols+m.side} of ${a}: rows are the true label, columns the predicted label.`),g=r("tr");g.append(r("td"));for(let A=m.cols;A<m.cols+m.side;A++){let $=r("th",null,`Predicted ${c[A]}`);$.scope="col",g.append($)}if(d){let A=r("th",null,"Abstained");A.scope="col",g.append(A)}let M=r("tbody");for(let A=m.rows;A<m.rows+m.side;A++){let $=r("tr"),p=r("th",null,`True ${c[A]}`);p.scope="row",$.append(p);let h=(y,f)=>{let S=r("td",null,f);u&&u[0]===A&&u[1]===y&&(S.dataset.selected="true",S.textContent=`${S.textContent}, selected`),$.append(S)};for(let y=m.cols;y<m.cols+m.side;y++)h(y,i(A*a+y));d&&h(a,i(A,d)),M.append($)}let E=r("thead");E.append(g),b.append(w,E,M),o.replaceChildren(b)}return H(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:o,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>o.remove()}}function oi(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function $r(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=oi(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[a,c]of e.cells){let u=o[a],d=s(c),m=`${u},${d}`;u<0||d<0||i.has(m)||(i.add(m),l.push([u,d]))}return{rows:[],cols:[],cells:l,errors:!1}}function Er(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&r?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),a=i(e.add[1]);return l>=0&&a>=0?Mo(o,[l,a]):void 0}}var Nr="(other)";function Fr(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(r=>r.members).sort((r,o)=>r-o);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var Or=e=>e.length>0&&e[e.length-1].kind==="other";function Ir(e,t){return Float64Array.from(t,n=>{let r=0;for(let o of n.members)r+=e[o];return r})}function Rr(e,t,n,r){if(!n)return{square:ve(e,t,r),rest:null};let o=t+1,s=new Float64Array(t*o);for(let l=0;l<t;l++){for(let a=0;a<t;a++)s[l*o+a]=e[l*t+a];s[l*o+t]=n[l]}let i=Ke(ve(s,t,r,o),t,o);return{square:i.square,rest:i.rest}}function Pr(e,t,n,r,o){let s=e[t],i=n===e.length&&o?[r]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let l=[];for(let a of s.members)for(let c of i)l.push([a,c]);return zt(l)}function ri(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:jr(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:jr(i),c=[];for(let u of a)if(o.has(u))for(let d of l[u])c.push({kind:"class",index:d,members:[d]});else c.push({kind:"group",index:u,members:l[u]});return c}function jr(e){return Array.from({length:e},(t,n)=>n)}function si(e){return e.every(t=>t.kind==="class")}function Rn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let l=0;l<r;l++)o[s*r+l]=e[i+n[l]]}return o}function ii(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)o[a]=l});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let l=o[i];if(!(l<0))for(let a=0;a<t;a++){let c=o[a];c>=0&&(s[l*r+c]+=e[i*t+a])}}return s}function Br(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function li(e,t,n=null,r="linear"){let o=0,s=1/0,i=a=>{a>o&&(o=a),a>0&&a<s&&(s=a)};for(let a=0;a<t;a++)for(let c=0;c<t;c++)a!==c&&i(e[a*t+c]);if(n)for(let a of n)i(a);s=Number.isFinite(s)?s:0;let l=qe(e,o,r,s);for(let a=0;a<t;a++)l[a*t+a]=0;return{colors:l,vmax:o,lo:s}}var Dr=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),ai=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function zr(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=p=>e.get(p),s=(p,h,y)=>{let f=r.get(p);if(f&&f.deps.length===h.length&&f.deps.every((v,F)=>v===h[F]))return f.value;let S=y();return r.set(p,{deps:h,value:S}),S},i=()=>!!o("compareState"),l=()=>i()?"classes":o("level"),a=()=>l()==="classes"&&!i()?o("topClasses"):null,c=()=>s("items",[o("k"),o("order"),o("groups"),l(),t.version,a()],()=>Fr(ri(o("k"),o("order"),o("groups"),l(),t.expanded),a())),u=()=>Or(c()),d=()=>s("otherView",[c(),o("abstained"),o("counts"),o("normalize")],()=>{let p=o("abstained"),h=p?Ir(p.counts,c()):null;return{extra:h,...Rr(g("counts"),c().length,h,o("normalize"))}}),m=()=>s("perm",[c()],()=>si(c())?c().map(p=>p.index):null),b=()=>{let p=m();return p!==null&&p.every((h,y)=>h===y)},w={items:c,k:()=>c().length,labels:()=>s("labels",[c(),o("labels"),o("groups")],()=>{let p=o("labels"),h=o("groups");return c().map(y=>y.kind==="class"?p[y.index]:y.kind==="other"?Nr:`${h.names[y.index]} (${y.members.length})`)}),counts:()=>s("counts",[c(),o("counts")],()=>{if(b())return o("counts");let p=m();return p?Rn(o("counts"),o("k"),p):ii(o("counts"),o("k"),c())}),values:()=>s("values",[c(),o("values"),o("normalize")],()=>{if(b())return o("values");let p=m();return p?o("values")===o("counts")?g("counts"):Rn(o("values"),o("k"),p):u()?d().square:ve(g("counts"),c().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),o("abstained")],()=>{let p=o("abstained"),h=m();return p&&u()?{counts:d().extra,values:d().rest}:!p||h===null?null:b()?p:{counts:Br(p.counts,h),values:Br(p.values,h)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.colorsAndMax()],()=>{let p=w.abstainedRows();if(!p)return null;let h=w.colorsAndMax().lo;return p===o("abstained")&&w.vmax()===o("vmax")&&h==null?p:{counts:p.counts,values:p.values,colors:h!=null?qe(p.values,w.vmax(),o("cmapScale"),h):Oe(p.values,0,w.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[c(),o("values"),o("colors"),o("errorsOnly"),o("cmapScale"),i(),w.abstainedRows()],()=>{let p=c().length;if(o("errorsOnly")&&!i()){let F=w.abstainedRows();return li(g("values"),p,F&&F.values,o("cmapScale"))}if(b())return{colors:o("colors"),vmax:o("vmax")};let h=m();if(h)return{colors:Rn(o("colors"),o("k"),h),vmax:o("vmax")};let y=g("values"),f=w.abstainedRows(),S=Math.max(He(y),f?He(f.values):-1/0),v=gt(y,f&&f.values);return{colors:qe(y,S,o("cmapScale"),v),vmax:S,lo:v}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.colorsAndMax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>{let p=w.colorsAndMax().lo;return w.vmax()===o("vmax")&&p==null?o("colorbar"):o("cmapScale")==="log"?Kt(p??gt(g("values")),w.vmax(),o("normalize")):Ft(w.vmax(),o("normalize"))}),selected:()=>s("selected",[c(),o("selected"),o("selectedGroup"),w.abstainedRows()],()=>{let p=c(),h=o("selected"),y=o("selectedGroup"),f=(F,R)=>p.findIndex(P=>P.kind===F&&P.index===R||F==="class"&&P.kind==="other"&&P.members.includes(R)),S=F=>F===o("k")&&w.abstainedRows()?p.length:f("class",F),v=h?[f("class",h[0]),S(h[1])]:y?[f("group",y[0]),f("group",y[1])]:null;return v&&v[0]>=0&&v[1]>=0?v:null}),issueMarks:()=>s("issueMarks",[c(),o("issues")],()=>{let p=m();return p===null?null:Zo(o("issues"),o("k"),b()?null:p)}),marks:()=>s("marks",[c(),o("selectionSpec"),w.abstainedRows()],()=>$r(o("selectionSpec"),c(),o("k"),!!w.abstainedRows())),totals:()=>s("totals",[c(),o("totals"),o("counts")],()=>{let p=o("totals");if(b())return p;if(m()!==null||u())return tr(p,c(),o("k"));if(o("multilabel"))return null;let h=c().length;return Ht(g("counts"),h,h)}),focus:()=>s("focus",[c(),t.version],()=>{let p=t.focus;if(p===null)return null;let h=S=>c().findIndex(v=>v.members.includes(S)),y=h(p.row),f=h(p.col);return y>=0&&f>=0?{r:y,c:f,outline:p.outline}:null})};function g(p){return Dr.has(p)?w[p]():e.get(p)}function M(p,h){if(!Dr.has(p))return e.on(p,h);let y=ai.map(S=>e.on(S,h)),f=()=>h();return n.add(f),()=>{y.forEach(S=>S()),n.delete(f)}}function E(p,h){let y=c();if(p==="selected"){if(h==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(h)){let v=Er(h,y,o("k"),!!w.abstainedRows(),o("selectionSpec"));v!==void 0&&e.set("selected",v);return}let f=y[h[0]],S=y[h[1]];if(f&&f.kind==="other"||S&&S.kind==="other"){let v=Pr(y,h[0],h[1],o("k"),!!w.abstainedRows());v!==void 0&&e.set("selected",v);return}if(f&&f.kind==="class"&&h[1]===y.length&&w.abstainedRows()){e.set("selected",[f.index,o("k")]);return}if(!f||!S)return;f.kind==="class"&&S.kind==="class"?e.set("selected",[f.index,S.index]):f.kind==="group"&&S.kind==="group"&&e.set("selected_group",[f.index,S.index]);return}if(p==="display_labels"){let f=o("labels").slice();h.forEach((S,v)=>{y[v]&&y[v].kind==="class"&&(f[y[v].index]=S)}),e.set("display_labels",f);return}e.set(p,h)}function A(){t.version+=1;for(let p of[...n])p()}return{get:g,on:M,set:E,send:p=>e.send(p),local:{expand(p,h){h?t.expanded.add(p):t.expanded.delete(p),A()},expanded:()=>new Set(t.expanded),focus(p,h,y=!1){t.focus=p==null?null:{row:p,col:h,outline:y},A()}}}}var Ur=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],ci=8,ui=12,di=20;function mi(e,t,n=ci){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(r);c===0?o.push(l):c>0&&s.push(l)}),o.concat(s).slice(0,n)}function pi(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function fi(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Vr({state:e,display:t,dom:n,signal:r}){let o=Y(r),s=(x,N,B)=>D(x,N,B,o.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let m=i("select","cmw-order-select");m.title="Order of the classes";for(let[x,N]of Ur)m.append(a(x,N));let b=a("list","Custom (from Python)");b.disabled=!0,m.append(b),d.append(m);let w=i("label","cmw-errors-only-label"),g=i("input","cmw-errors-only");g.type="checkbox",w.append(g,n.doc.createTextNode(" Errors only"));let M=i("label","cmw-level-label","Show "),E=i("select","cmw-level");E.append(a("classes","Classes"),a("groups","Groups")),M.append(E),u.append(d,w,M);let A=i("div","cmw-expand");A.setAttribute("role","group"),A.setAttribute("aria-label","Expand groups");let $=i("div","cmw-search"),p=i("label","cmw-search-label");p.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let y=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",y),p.append(h);let f=i("ul","cmw-matches");f.id=y,f.setAttribute("role","listbox"),f.setAttribute("aria-label","Matching classes"),f.hidden=!0,$.append(p,f);let S=i("details","cmw-top"),v=i("summary","cmw-top-title","Largest errors"),F=!1;s(v,"click",()=>{F=!0}),v.id=`${y}-top`;let R=i("ol","cmw-top-list");R.setAttribute("aria-labelledby",v.id),S.append(v,R);let P=i("div","cmw-sr");P.setAttribute("aria-live","polite"),P.setAttribute("role","status"),c.append(u,A,$,S,P);let G=x=>{P.textContent=x};s(m,"change",()=>{e.set("order",m.value),G(`Order: ${m.selectedOptions[0].textContent}.`)}),s(g,"change",()=>{e.set("errors_only",g.checked),G(g.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(E,"change",()=>{e.set("level",E.value),G(`Showing ${E.value}.`)}),s(A,"change",x=>{let N=x.target.closest("input[data-group]");N&&(t.local.expand(Number(N.dataset.group),N.checked),G(`${N.checked?"Expanded":"Collapsed"} ${N.parentElement.textContent.trim()}.`))});function U(x){let N=e.get("labels");h.value=N[x],O(),t.local.focus(x,x,!0),G(`Found ${N[x]}: its row and column are outlined.`)}function O(){f.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function z(){let x=e.get("labels"),N=mi(x,h.value);f.replaceChildren(...N.map((B,X)=>{let j=i("li","cmw-match",x[B]);return j.id=`${y}-${X}`,j.setAttribute("role","option"),j.dataset.cls=String(B),j})),f.hidden=N.length===0,h.setAttribute("aria-expanded",String(N.length>0)),h.value.trim()||t.local.focus(null)}function W(x){let N=[...f.children];if(!N.length)return null;let B=N.findIndex(j=>j.getAttribute("aria-selected")==="true"),X=x===0?Math.max(B,0):(B+x+N.length)%N.length;return N.forEach((j,Z)=>j.setAttribute("aria-selected",String(Z===X))),h.setAttribute("aria-activedescendant",N[X].id),N[X]}s(h,"input",z),s(h,"keydown",x=>{if(x.key==="ArrowDown"||x.key==="ArrowUp")W(x.key==="ArrowDown"?1:-1),x.preventDefault();else if(x.key==="Enter"){let N=W(0);N&&U(Number(N.dataset.cls)),x.preventDefault()}else x.key==="Escape"&&!f.hidden&&(O(),x.preventDefault())}),s(f,"click",x=>{let N=x.target.closest("li[data-cls]");N&&U(Number(N.dataset.cls))}),s(R,"click",x=>{let N=x.target.closest("button[data-i]");if(!N)return;let[B,X]=[Number(N.dataset.i),Number(N.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[B,X]),t.local.focus(B,X,!1)});function V(){let x=e.get("k");c.hidden=x<=2,$.hidden=x<=ui;let N=e.get("orderChoices");for(let j of m.options)j.value!=="list"&&(j.disabled=N!==null&&!N.includes(j.value),j.title=j.disabled?"Needs a live kernel":"");let B=e.get("orderName");m.value=Ur.some(([j])=>j===B)?B:"list",g.checked=e.get("errorsOnly");let X=e.get("groups");M.hidden=!X,E.value=e.get("level"),q(X),J()}function q(x){let N=t.local.expanded(),B=!!x&&e.get("level")==="groups";if(A.hidden=!B,!B)return;let X=x.names.map((j,Z)=>{let ue=i("label","cmw-expand-item"),le=i("input");return le.type="checkbox",le.dataset.group=String(Z),le.checked=N.has(Z),ue.append(le,n.doc.createTextNode(` ${j}`)),ue});A.replaceChildren(i("span","cmw-expand-title","Expand: "),...X)}function J(){let x=e.get("labels"),N=e.get("top");v.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${N.length})`,F||(S.open=e.get("k")>di),R.replaceChildren(...N.map(B=>{let X=i("li"),j=l("cmw-top-item",pi(x,B));return j.dataset.i=String(B[0]),j.dataset.j=String(B[1]),X.append(j),X})),S.hidden=N.length===0}let ee=e.get("selection");function k(){let x=e.get("selection");x!==ee&&G(fi(x)),ee=x}return H(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],V,o.signal),H(e,["selection"],k,o.signal),V(),{el:c,update:V,destroy:()=>{o.abort(),c.remove()}}}function Wr(e){let t=zr(e.state),n=Vr({...e,display:t}),r=Cr({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Gr=34;function Kr(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let l=0;l<o;l++){let a=n[i*o+l];if(!a||!ct(t,[i,l]))continue;let c=Se(t,l),u=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),d=me(t,l)+c,m=ce(t,i);e.beginPath(),e.moveTo(d-u,m),e.lineTo(d,m),e.lineTo(d,m+u),e.closePath(),e.fillStyle=r.accent,e.fill(),c>=Gr&&t.cell>=Gr&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),d-u-1,m+1)),s+=1}return s}var ye=12,St="abstained",Pn=8,hi=13;function Hr(e){return Array.from({length:256},(t,n)=>Ct(e,n))}function Xr(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Ln(n,r,o*o),o,o),0,0),s}function Yr(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,ce(t,o),t.xw,t.cell)}function qr(e,t,n,r,o){if(t.cell<Jt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=r[n[i*s+l]],e.fillRect(me(t,l),ce(t,i),t.cell,t.cell)}function Zr(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Jr(e,t,n,r){let o=t.k,s=Math.min(hi,Math.floor(t.cell*.3));if(s<Pn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let u=ce(t,c)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let m=un(n.values[c*o+d],n.counts[c*o+d],n.fmt,n.countDigits);l.push([me(t,d)+t.cell/2,u,m,n.colors[c*o+d]])}if(i){let d=un(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,d,i.colors[c]])}}let a=wi(e,l.map(c=>c[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,u,d,m]of l)e.fillStyle=Qn(n.lutText,n.lut,m),a.mode==="two"?(e.font=a.font,e.fillText(d.main,c,u-a.px*.5),e.font=a.subFont,e.fillText(d.sub,c,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,c,u))}}function wi(e,t,n,r,o){let s=n-4,i=(a,c)=>{e.font=a;let u=0;for(let d of t)u=Math.max(u,e.measureText(c(d)).width);return u},l=t.length>0&&t[0].sub!=="";for(let a=r;a>=Pn;a--){let c=`${a}px ${o.family}`,u=Math.max(Pn-1,Math.round(a*.8)),d=`${u}px ${o.family}`;if(!(i(c,b=>b.main)>s))return l?n>=a*2.4+u&&i(d,b=>b.sub)<=s?{mode:"two",px:a,font:c,subFont:d}:i(c,b=>`${b.main} ${b.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function Qr(e,t,n,r,o,s,i,l){let a=$=>e.measureText($).width;e.font=l(ye),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let $ of kt(t.v,o.step,t.r0)){let p=ce(t,$)+t.cell/2;e.fillText(At(n[$],r,a),t.x0-Ne,p),e.moveTo(t.x0-3,Math.round(p)+.5),e.lineTo(t.x0,Math.round(p)+.5)}let c=t.y0+t.grid+(t.below||0)+Ne,u=kt(t.v,o.step,t.c0).map($=>[me(t,$)+t.cell/2,n[$],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,St,o.extraRotated]);for(let[$,p,h]of u){let y=At(p,r,a);e.moveTo(Math.round($)+.5,t.y0+t.grid),e.lineTo(Math.round($)+.5,t.y0+t.grid+3),h?(e.save(),e.translate($,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(y,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(y,$,c))}e.stroke(),e.font=l(ye,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],m=t.y0+t.grid+(t.below||0)+Ne+o.height+Ie/2+2,b=Math.max(...d.map(a)),w=oe(t.x0+t.grid/2,re+b/2,Math.max(re+b/2,t.width-re-b/2));d.forEach(($,p)=>e.fillText($,w,m+p*Nn));let g=Math.max(t.grid,t.height-2*re),M=String(s.y),E=a(M)<=g?M:At(M.split(" (")[0],g,a),A=oe(t.y0+t.grid/2,re+a(E)/2,Math.max(re,t.height-re-a(E)/2));e.save(),e.translate(re+Ie/2,A),e.rotate(-Math.PI/2),e.fillText(E,0,0),e.restore()}function Lr(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Fn+Je+6+n+Ie)}function gi(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+Je)*i)/i-l,c=Math.round(n*i),u=Math.round((n+r)*i)-c,d=b=>Math.min(255,Math.floor((b+.5)/u*256)),m=0;for(let b=1;b<=u;b++)b<u&&d(b)===d(m)||(e.fillStyle=o[d(m)],e.fillRect(l,(c+u-b)/i,a,(b-m)/i),m=b)}function e1(e,t,n,r,o,s,i=""){if(i){e.font=s(ye-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let c=m=>e.measureText(m).width,u=At(String(i),Math.max(t.grid,t.height-2*re),c),d=oe(t.y0+t.grid/2,re+c(u)/2,Math.max(re,t.height-re-c(u)/2));e.save(),e.translate(t.width-re-Ie/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Fn,a=t.grid;gi(e,l,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(l-.5,t.y0-.5,Je+1,a+1),e.font=s(ye-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,u]of n){let d=t.y0+a*(1-oe(Number(c)||0,0,1));e.moveTo(l+Je,Math.round(d)+.5),e.lineTo(l+Je+3,Math.round(d)+.5),e.fillText(String(u),l+Je+5,oe(d,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function t1(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,ce(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(me(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function n1(e,t,n,r,o){let s=([i,l],a,c,u)=>{if(!ct(t,[i,l]))return;let d=Math.max(Se(t,l),8),m=Math.max(t.cell,8),b=me(t,l)+Se(t,l)/2-d/2,w=ce(t,i)+t.cell/2-m/2;e.setLineDash(c),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(b+u,w+u,d-2*u,m-2*u),e.strokeStyle=a,e.strokeRect(b+u/2,w+u/2,d-u,m-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function o1(e,t,n,r){if(!n)return;let o=2,s=(c,u,d,m)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(c+o,u+o,d-2*o,m-2*o),e.strokeStyle=r.accent,e.strokeRect(c+o/2,u+o/2,d-o,m-o)};e.setLineDash([]);let i=c=>c>=t.r0&&c<t.r0+t.v,l=c=>t.extra&&c>=t.k||c>=t.c0&&c<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let c of n.rows||[])i(c)&&s(t.x0,ce(t,c),a-t.x0,Math.max(t.cell,4));for(let c of n.cols||[])l(c)&&s(me(t,c),t.y0,Math.max(Se(t,c),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let c=t.r0;c<t.r0+t.v;c++)c<t.c0||c>=t.c0+t.v||(e.moveTo(me(t,c),ce(t,c)),e.lineTo(me(t,c)+t.cell,ce(t,c)+t.cell));e.stroke(),e.setLineDash([])}for(let[c,u]of n.cells||[]){if(!ct(t,[c,u]))continue;let d=Math.max(Se(t,u),8),m=Math.max(t.cell,8);s(me(t,u)+Se(t,u)/2-d/2,ce(t,c)+t.cell/2-m/2,d,m)}}var r1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},bi={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function xi(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&r1[e.normalize]?(c=(e.multilabel?bi:r1)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(o+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:o,y:s,bar:c,badges:a}}function s1(e){let t=e("compareState");return xi({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function i1(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var jn="total",u1="outside",Mt=11,yi=9,vi=8,l1=90,ki="rgba(127, 127, 127, 0.1)";function d1(e,t,n,r,o,s=!1){let i=(u,d)=>(e.font=o(d),Math.max(0,...Array.from(u,m=>e.measureText(typeof m=="string"?m:ie(m,n)).width))),l=Math.min(l1,Math.ceil(Math.max(i([...t.rows,t.all],Mt),i([s?u1:jn],12))+8));if(r<yi)return{w:Math.min(l,40),h:vi,rotated:!1,text:!1};let a=i(t.cols,Mt),c=a>r-4;return{w:l,h:Math.ceil(c?Math.min(l1,a+6):Mt+8),rotated:c,text:!0}}var a1=(e,t,n,r)=>e>=t&&e<t+r.grid?n+Math.min(r.v-1,Math.floor((e-t)/r.cell)):-1;function Bn(e,t,n){if(!n||!n.tot)return null;let{w:r,h:o}=n.tot,s=n.out?[[n.xOut,n.yOut,"out"],[n.xTot,n.yTot,""]]:[[n.xTot,n.yTot,""]];for(let[i,l,a]of s){let c=e>=i&&e<i+r,u=t>=l&&t<l+o,d=w=>a?a+w[0].toUpperCase()+w.slice(1):w;if(c&&u)return a?null:{kind:"all"};let m=c?a1(t,n.y0,n.r0,n):-1;if(m>=0)return{kind:d("row"),i:m};let b=u?a1(e,n.x0,n.c0,n):-1;if(b>=0)return{kind:d("col"),j:b};if(u&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:d("col"),j:n.k};if(c||u)return null}return null}function c1(e,t,n,r,o,s,i,l,a,c){let{tot:u}=t;if(e.fillStyle=i.band||ki,e.fillRect(n,t.y0,u.w,t.grid),e.fillRect(t.x0,r,n+u.w-t.x0,u.h),e.strokeStyle=i.border,e.lineWidth=1,e.setLineDash(c?[3,2]:[]),e.strokeRect(n-.5,t.y0-.5,u.w+1,t.grid+1),e.strokeRect(t.x0-.5,r-.5,t.grid+1,u.h+1),t.extra&&e.strokeRect(t.xExtra-.5,r-.5,t.xw+1,u.h+1),e.setLineDash([]),!u.text)return;e.fillStyle=c?i.muted:i.fg,e.font=l(Mt),e.textAlign="center",e.textBaseline="middle";for(let m=0;m<t.v;m++)e.fillText(ie(o(m),a),n+u.w/2,ce(t,t.r0+m)+t.cell/2);let d=Array.from({length:t.v},(m,b)=>t.c0+b);t.extra&&d.push(t.k),d.forEach((m,b)=>{e.save(),e.translate(me(t,m)+Se(t,m)/2,r+u.h/2),u.rotated&&e.rotate(-Math.PI/2),e.fillText(ie(s(b,m),a),0,0),e.restore()})}function m1(e,t,n,r,o,s,i){if(!t.tot||!n)return;let{tot:l}=t;e.save(),t.out&&r&&c1(e,t,t.xOut,t.yOut,a=>r.rows[a],a=>r.cols[a],s,i,o,!0),c1(e,t,t.xTot,t.yTot,a=>n.rows[t.r0+a],(a,c)=>n.cols[c],s,i,o,!1),e.strokeRect(t.xTot-.5,t.yTot-.5,l.w+1,l.h+1),e.font=i(Mt,!0),l.text&&e.fillText(ie(n.all,o),t.xTot+l.w/2,t.yTot+l.h/2),e.font=i(12),e.fillStyle=s.muted;for(let[a,c,u]of t.out?[[u1,t.xOut,t.yOut],[jn,t.xTot,t.yTot]]:[[jn,t.xTot,t.yTot]])e.textAlign="center",e.textBaseline="top",e.fillText(a,c+l.w/2,t.yTot+l.h+6),e.textAlign="right",e.textBaseline="middle",e.fillText(a,t.x0-6,u+l.h/2);e.restore()}function p1(e,t,n,r=null){let{r0:o,c0:s,v:i}=n,l=new Float64Array(i);for(let c=o;c<o+i;c++){let u=0;for(let d=0;d<t;d++)(d<s||d>=s+i)&&(u+=e[c*t+d]);l[c-o]=u}let a=new Float64Array(i+(r?1:0));for(let c=0;c<t;c++)if(!(c>=o&&c<o+i)){for(let u=s;u<s+i;u++)a[u-s]+=e[c*t+u];r&&(a[i]+=r[c])}return{rows:l,cols:a}}function f1(e,t,n,r,o){let s=c=>ie(c,o);if(!t)return"";if(e.kind==="all")return`Total: ${s(t.all)}`;let i=e.kind.endsWith("ow"),l=s(i?t.rows[e.i]:t.cols[e.j]);if(!e.kind.startsWith("out"))return`${i?"Row":"Column"} total: ${l}`;if(!n)return"";let a=i?n.rows[e.i-n.view.r0]:n.cols[e.j>=r?n.view.v:e.j-n.view.c0];return`Outside the window: ${s(a)} of ${l}`}var Ai=64,Si=200;function Dn(e,t,n){let r=e.closest(".cmw"),o=n.defaultView;if(!r||!o||!e.isConnected||!r.getClientRects().length)return 1/0;let s=null;for(let d=r.parentElement;d&&d!==n.body&&d!==n.documentElement;d=d.parentElement){let m=o.getComputedStyle(d).overflowY;(m==="auto"||m==="scroll")&&d.clientHeight>=Si&&(s=d)}if(!s&&o.top!==o)return 1/0;let i=Math.min(o.innerHeight,s?s.clientHeight:o.innerHeight);if(!(i>0))return 1/0;let l=d=>d.getBoundingClientRect().top,a=d=>d.getBoundingClientRect().bottom,c=Ai,u=[...r.children].find(d=>d.contains(e));if(u&&u!==e){let d=[...u.children].filter(m=>m!==e&&m.getClientRects().length&&l(m)>=a(e)-1);d.length&&(c+=Math.max(...d.map(a))-a(e))}for(let d=u?u.nextElementSibling:null;d&&!d.classList.contains("cmw-selection");d=d.nextElementSibling)d.getClientRects().length&&!d.classList.contains("cmw-sr")&&(c+=d.getBoundingClientRect().height);return Math.floor(i-(l(t)-l(r))-c)}function h1({el:e,sizers:t,doc:n,signal:r,redraw:o,changed:s}){let i=n.defaultView;if(i&&typeof i.ResizeObserver<"u"){let l=new i.ResizeObserver(()=>{s(!0)&&o()});for(let c of[e,...t])l.observe(c);let a=e.closest(".cmw");a&&l.observe(a),D(i,"resize",()=>{s(!1)&&o()},r),r.addEventListener("abort",()=>l.disconnect(),{once:!0})}if(i&&typeof i.MutationObserver<"u"&&n.body){let l=null,a=new i.MutationObserver(()=>{clearTimeout(l),l=setTimeout(o,100)});a.observe(n.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),r.addEventListener("abort",()=>{a.disconnect(),clearTimeout(l)},{once:!0})}}var Mi={true:"of its true row",pred:"of its predicted column",all:"of all samples"},_i={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},Ti={true:"of its true row",pred:"of the abstained column",all:"of all samples"};function zn(e,[t,n]){let r=e("k"),o=e("labels"),s=e("abstained");if(n>=r&&s){let c=[`True: ${o[t]}`,`Predicted: ${St}`,`Count: ${ie(s.counts[t],e("countDigits"))}`],u=e("fmt");return u.kind==="percent"&&c.push(`Shown: ${Xe(s.values[t],u)} ${Ti[e("normalize")]||""}`.trim()),c.join(`
`)}let i=t*r+n,l=[`True: ${o[t]}`,`Predicted: ${o[n]}`,`Count: ${ie(e("counts")[i],e("countDigits"))}`],a=e("fmt");if(a.kind==="delta"&&l.push(`Change: ${Xe(e("values")[i],a)} since the compared run`),a.kind==="percent"){let c=(e("multilabel")?_i:Mi)[e("normalize")]||"";l.push(`Shown: ${Xe(e("values")[i],a)} ${c}`.trim())}return l.join(`
`)}var w1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},g1={r:"row",c:"col",e:"errors"};function b1({st:e,get:t,state:n,live:r,zoomed:o,classCell:s,colsOf:i,setView:l,zoomBy:a,scheduleDraw:c,describe:u}){return function(m){let b=t("k");if(b===0)return;let w=!0;if(On.has(m.key)){let g=e.cursor||t("selected")||(o()?[e.view.r0,e.view.c0]:null);e.cursor=Mr(g,m.key,b,m.shiftKey?10:1,i(b)),o()&&l(vt(e.view,s(e.cursor),b,e.vMin)),r.textContent=u(e.cursor).replace(/\n/g,", "),c()}else if(e.zoomable&&!m.ctrlKey&&!m.metaKey&&!m.altKey&&w1[m.key]){let g=w1[m.key];if(g==="fit")l(Re(b));else{let M=e.cursor?s(e.cursor):null;a(g==="in"?at:1/at,M?[M[0]+.5,M[1]+.5]:null),M&&o()&&l(vt(e.view,s(e.cursor),b,e.vMin))}}else if(m.key==="Enter"||m.key===" "){let g=e.cursor||t("selected")||[0,0];e.cursor=g,n.set("selected",m.shiftKey?{add:[g[0],g[1]]}:[g[0],g[1]])}else if(!m.ctrlKey&&!m.metaKey&&!m.altKey&&g1[m.key.toLowerCase()]){let g=g1[m.key.toLowerCase()],M=e.cursor||t("selected")||[0,0];n.set("selected",g==="errors"?"errors":g==="row"?{row:M[0]}:{col:M[1]})}else w=!1;w&&m.preventDefault()}}function x1(e,t,n,r,o){e.dataset.cellX0=String(t.x0),e.dataset.cellY0=String(t.y0),e.dataset.cellSize=String(t.cell),e.dataset.viewRow0=String(t.r0),e.dataset.viewCol0=String(t.c0),e.dataset.viewSize=String(t.v),e.dataset.cols=String(r.cols),e.dataset.extraX0=t.extra?String(t.xExtra):"",e.dataset.extraWidth=t.extra?String(t.xw):"";let s=t.tot?[t.xTot,t.tot.w,t.yTot,t.tot.h]:["","","",""];["totalsX0","totalsWidth","totalsY0","totalsHeight"].forEach((i,l)=>{e.dataset[i]=String(s[l])}),e.dataset.xTitle=o.x,e.dataset.yTitle=o.y,e.dataset.barTitle=o.bar,e.setAttribute("aria-label",`Confusion matrix of ${n} classes. Rows: ${o.y}. Columns: ${o.x}. Colours: ${o.bar}`+(t.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(r.zoomable?` Showing ${Lt(t,n)}; plus and minus zoom, 0 shows all.`:""))}var Ci=720,$i=4,Ei=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],Ni=24;function y1({state:e,dom:t,signal:n,report:r=l=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),a=(_,T,C,I)=>D(_,T,C,l.signal,I),{doc:c,h:u,button:d}=t,m=u("div","cmw-matrix"),b=u("div","cmw-zoom");b.setAttribute("role","group"),b.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let g=d("cmw-zoom-in","+");g.setAttribute("aria-label","Zoom in"),g.title="Zoom in (+)";let M=d("cmw-zoom-fit","Fit");M.setAttribute("aria-label","Show all classes"),M.title="Show all classes (0)";let E=u("span","cmw-view-range");E.setAttribute("aria-live","polite"),b.append(w,g,M,E,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),b.hidden=!0;let A=u("div","cmw-mode");A.setAttribute("aria-live","polite"),A.hidden=!0;let $=u("div","cmw-plot"),p=u("canvas","cmw-canvas");p.tabIndex=0,p.setAttribute("role","img");let h=u("div","cmw-tooltip");h.hidden=!0,$.append(p,h);let y=u("div","cmw-sr");y.setAttribute("aria-live","polite"),m.append(A,b,$,y);let f={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},S={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},v=_=>e.get(_),F=_=>{let T=v("lut"),C=v("compareState")?T:eo(T,_);return C===T?{lut:T,lutText:v("lutText")}:((S.themedOf[0]!==T||S.themedOf[1]!==_)&&(S.themed={lut:C,lutText:Nt(C)},S.themedOf=[T,_]),S.themed)},R=()=>{let _=S.drawn.lut;return S.cssOf!==_&&(S.css=Hr(_)),S.cssOf=_,S.css},P=()=>{let _=v("colors"),T=S.drawn.lut;return S.bitmap&&S.bitmapOf[0]===_&&S.bitmapOf[1]===T||(S.bitmap=Xr(c,S.bitmap,_,T,v("k")),S.bitmapOf=[_,T]),S.bitmap};function G(_,T){let C=_.font,I=S.widths.get(C);if(I&&I.texts===T)return I.w;let K=0;for(let Q of T)K=Math.max(K,_.measureText(Q).width);return S.widths.set(C,{texts:T,w:K}),K}function U(){f.queued||l.signal.aborted||(f.queued=!0,queueMicrotask(()=>{f.queued=!1,l.signal.aborted||J()}))}function O(){let _=c.defaultView,T=_&&_.getComputedStyle?_.getComputedStyle(m):null,C=(I,K)=>(T&&T.getPropertyValue(I)||"").trim()||K;return{fg:T&&T.color||"#1f1f1f",muted:C("--cmw-muted","#616161"),accent:C("--cmw-accent","#1976d2"),border:C("--cmw-border","#bdbdbd"),bg:C("--cmw-bg","#ffffff"),family:T&&T.fontFamily||"sans-serif"}}let z=()=>(s?s():m.clientWidth)||Ci;function W(_){f.cursor&&(f.cursor[0]>=_||f.cursor[1]>=_)&&(f.cursor=null),f.view=null,f.editor&&f.editor.finish(!1),f.k=_}let V=_=>_+(_>0&&v("abstained")?1:0),q=_=>_[1]>=v("k")?[_[0],f.view?f.view.c0:0]:_;function J(){let _=performance.now(),T=v("k");T!==f.k&&W(T);let C=v("abstained");f.cols=V(T),f.cursor&&f.cursor[1]>=f.cols&&(f.cursor=null);let I=p.getContext("2d");if(!I)return;let K=O();S.drawn=F(K.bg),f.detached=!m.isConnected;let Q=(_e,Te)=>`${Te?"600 ":""}${_e}px ${K.family}`,pe=v("labels");f.width=z(),I.font=Q(ye);let ge=Math.min(En,Math.max(40,Math.round(f.width*.2))),Me=Math.ceil(Math.min(ge,G(I,pe))),We=v("colorbar"),Ge=Lr(I,We),Pe=s1(v);ee(Pe.badges),f.height=Dn(m,p,c);let et=v("showTotals")?v("totals"):null,Xn=(_e,Te=!1)=>et&&T>0?d1(I,et,v("countDigits"),_e,Q,Te):null,dt=Xn(Qe(T,f.width,{yLabelWidth:Me,rightWidth:Ge,extra:C?1:0}).cell),J1={yLabelWidth:Me,rightWidth:Ge,extra:C?1:0,xTitleLines:1,totals:dt,xLabelHeight:Math.min(En,G(I,pe))},tt;for(let _e=0;_e<3;_e++){let Te=Qe(T,f.width,{...J1,maxGrid:tt}),sn=wr(Te,f.height);if(sn===void 0||sn===tt)break;tt=sn}let Yn=Qe(T,f.width,{yLabelWidth:Me,rightWidth:Ge,extra:C?1:0,maxGrid:tt,totals:dt});f.zoomable=T>0&&gr(T,Yn.room),f.vMin=br(T,Yn.room);let mt=f.zoomable?Ae(f.view,T,f.vMin):Re(T);f.view=f.zoomable?mt:null;let nn=f.zoomable&&mt.v<T;dt=Xn(Qe(T,f.width,{yLabelWidth:Me,rightWidth:Ge,view:mt,extra:C?1:0,maxGrid:tt,totals:dt,outside:nn}).cell,nn);let qn={yLabelWidth:Me,rightWidth:Ge,view:mt,extra:C?1:0,maxGrid:tt,totals:dt,outside:nn},on=Qe(T,f.width,qn);f.step=Sr(mt.v,on.cell),f.xLabels=B(I,pe,on,ge),I.font=Q(ye,!0);let Zn=i1(Pe.x,Math.max(on.width-2*re,60),_e=>I.measureText(_e).width);I.font=Q(ye);let ae=Qe(T,f.width,{...qn,xLabelHeight:f.xLabels.height,xTitleLines:Zn.length});f.layout=ae,f.yLabelW=Me,x(I,ae);let rn=v("colors");if(T===0)I.fillStyle=K.muted,I.font=Q(ye),I.fillText("No data",re,re+ye);else{rn.length>=T*T&&qr(I,ae,rn,R(),P),C&&Yr(I,ae,C.colors,R()),Zr(I,ae,K),f.outside=ae.out?{view:{r0:ae.r0,c0:ae.c0,v:ae.v},...p1(v("counts"),T,ae,C?C.counts:null)}:null,m1(I,ae,et,f.outside,v("countDigits"),K,Q),Jr(I,ae,{values:v("values"),counts:v("counts"),colors:rn,lut:S.drawn.lut,lutText:S.drawn.lutText,fmt:v("fmt"),countDigits:v("countDigits"),abstained:C},K),Qr(I,ae,pe,ge,{step:f.step,...f.xLabels},{x:Zn,y:Pe.y},K,Q),e1(I,ae,We,R(),K,Q,Pe.bar),p.dataset.issueMarks=String(Kr(I,ae,v("issueMarks"),K));let _e=f.cursor&&p.matches(":focus")?f.cursor:null;o1(I,ae,v("marks"),K),n1(I,ae,v("selected"),_e,K);let Te=v("focus");Te&&Te.outline&&t1(I,ae,Te.r,Te.c,K)}k(ae),N(ae,T,_,Pe)}function ee(_){let T=[...A.children].map(C=>C.textContent);T.length===_.length&&T.every((C,I)=>C===_[I])||(A.replaceChildren(..._.map(C=>u("span","cmw-badge",C))),A.hidden=_.length===0)}function k(_){b.hidden=!f.zoomable,f.zoomable&&(E.textContent=Lt(_,_.k),g.disabled=_.v<=f.vMin,w.disabled=_.v>=_.k,M.disabled=_.v>=_.k)}function x(_,T){let C=c.defaultView&&c.defaultView.devicePixelRatio||1,I=Math.max(1,Math.round(T.width*C)),K=Math.max(1,Math.round(T.height*C));(p.width!==I||p.height!==K)&&(p.width=I,p.height=K),p.style.width=`${T.width}px`,p.style.height=`${T.height}px`,_.setTransform(C,0,0,C,0,0),_.clearRect(0,0,T.width,T.height)}function N(_,T,C,I){let K=performance.now();p.dataset.heightRoom=Number.isFinite(f.height)?String(f.height):"",f.draws+=1;let Q=null;!f.firstDrawn&&T>0&&(f.firstDrawn=!0,Q=K-(f.draws===1?o:C)),r({k:T,draws:f.draws,lastMs:K-C,firstMs:Q,view:{r0:_.r0,c0:_.c0,v:_.v}}),x1(p,_,T,f,I)}function B(_,T,C,I){let K=0;if(f.zoomable)K=G(_,T);else for(let We of kt(C.k,f.step))K=Math.max(K,_.measureText(T[We]).width);K=Math.min(I,K);let Q=K>f.step*C.cell-4,pe=C.extra?_.measureText(St).width:0,ge=C.extra>0&&(Q||pe>C.xw+yt-2),Me=Math.max(Q?K:ye+2,ge?pe:0);return{rotated:Q,extraRotated:ge,height:Math.ceil(Me)}}function X(_,T){f.editor&&f.editor.finish(!1);let C=f.layout,I=_==="y"?Math.max(f.yLabelW+Ne+4,100):120,K=me(C,T)+C.cell/2,Q=_==="y"?C.x0-I:oe(K-I/2,0,Math.max(0,C.width-I)),pe=_==="y"?ce(C,T)+C.cell/2-11:C.y0+C.grid+(C.below||0)+Ne,ge={left:p.offsetLeft+Math.max(0,Q),top:p.offsetTop+pe,width:I},Me=v("labels");f.editor=Tr({dom:t,host:$,box:ge,name:Me[T],index:T,done:(We,Ge)=>{f.editor=null;let Pe=v("labels");if(We!==null&&T<Pe.length){let et=Pe.slice();et[T]=We,e.set("display_labels",et)}Ge&&p.focus({preventScroll:!0})}})}function j(_,T=!1){let C=p.getBoundingClientRect(),I=f.lastUp;return T&&I&&Math.abs(I.x-_.clientX)<1&&Math.abs(I.y-_.clientY)<1?[I.x-C.left,I.y-C.top]:[_.clientX-C.left,_.clientY-C.top]}function Z(_,T){let C=f.layout;if(!C||C.k===0)return null;let I=ye/2+1;if(_>=re+Ie&&_<C.x0&&T>=C.y0-I&&T<C.y0+C.grid+I){let pe=In(T-C.y0,C.cell,f.step,C.k,I,C.r0,C.v);return pe>=0?{axis:"y",index:pe}:null}let K=C.y0+C.grid+(C.below||0),Q=C.x0+C.grid+(C.extra?yt/2:20);if(T>=K&&T<K+Ne+f.xLabels.height&&_>=C.x0-20&&_<Q){let pe=f.xLabels.rotated?I:f.step*C.cell/2,ge=In(_-C.x0,C.cell,f.step,C.k,pe,C.c0,C.v);return ge>=0?{axis:"x",index:ge}:null}return null}function ue(_,T,C){h.textContent=_,h.hidden=!1;let I=p.offsetLeft+T+14;I+h.offsetWidth+4>$.clientWidth&&(I=Math.max(0,p.offsetLeft+T-h.offsetWidth-10));let K=p.offsetTop+C+14;K+h.offsetHeight+4>$.clientHeight&&(K=Math.max(0,p.offsetTop+C-h.offsetHeight-10)),h.style.left=`${I}px`,h.style.top=`${K}px`}let le=()=>f.zoomable&&f.view!==null&&f.view.v<v("k");function se(_){let T=v("k"),C=Ae(_,T,f.vMin),I=f.view||Re(T);return C.r0===I.r0&&C.c0===I.c0&&C.v===I.v?!1:(f.view=C,h.hidden=!0,U(),!0)}function de(_,T=null){if(!f.zoomable||!f.layout)return;let C=f.layout;se(xr(C,_,T,C.k,f.vMin))}function he(_){_.target.closest(".cmw-zoom-in")?de(at):_.target.closest(".cmw-zoom-out")?de(1/at):_.target.closest(".cmw-zoom-fit")&&se(Re(v("k")))}function De(_){if(!(_.ctrlKey||_.metaKey)||!f.zoomable)return;_.preventDefault();let[T,C]=j(_);de(Ar(_.deltaY,_.deltaMode),kr(T,C,f.layout))}function Le(_){if(f.panned=!1,f.pan=null,_.button!==0||!le())return;let[T,C]=j(_);Qt(T,C,f.layout)&&(f.pan={id:_.pointerId,x:_.clientX,y:_.clientY,view:f.layout,cell:f.layout.cell,moved:!1})}function ze(_){let T=f.pan,C=_.clientX-T.x,I=_.clientY-T.y;if(!T.moved){if(Math.hypot(C,I)<$i)return;T.moved=!0,h.hidden=!0;try{p.setPointerCapture(T.id)}catch{}}p.style.cursor="grabbing",se(yr(T.view,-I/T.cell,-C/T.cell,v("k"),f.vMin))}function we(_){f.lastUp={x:_.clientX,y:_.clientY},f.pan&&f.pan.moved&&(f.panned=!0,p.style.cursor="grab"),f.pan=null}function Ue(_){if(f.pan&&f.pan.id===_.pointerId&&(ze(_),f.pan.moved))return;let[T,C]=j(_),I=Qt(T,C,f.layout);if(I){ue(zn(v,I),T,C),p.style.cursor=le()?"grab":"pointer";return}let K=Bn(T,C,f.layout);if(K){ue(f1(K,v("totals"),f.outside,v("k"),v("countDigits")),T,C),p.style.cursor=K.kind==="row"||K.kind==="col"?"pointer":"default";return}let Q=Z(T,C);if(p.style.cursor=Q?"text":"default",Q){let pe=Q.axis==="y"?"True class":"Predicted class",ge=Q.axis==="y"?"row":"column";ue(`${pe} ${Q.index}: ${v("labels")[Q.index]}
(click to select the ${ge}, double-click to rename)`,T,C)}else h.hidden=!0}function Ve(_){if(f.panned){f.panned=!1;return}let[T,C]=j(_,!0),I=Qt(T,C,f.layout),K=I?null:Bn(T,C,f.layout)||{},Q=I?null:K.kind==="row"?{axis:"y",index:K.i}:K.kind==="col"?{axis:"x",index:K.j}:K.kind?null:Z(T,C);I?(f.cursor=I,e.set("selected",_.shiftKey?{add:I}:I),U()):Q?e.set("selected",Q.axis==="y"?{row:Q.index}:{col:Q.index}):v("hasSelection")&&e.set("selected",null)}function te(_){let[T,C]=j(_,!0),I=Z(T,C);I&&(_.preventDefault(),h.hidden=!0,X(I.axis,I.index))}a(p,"pointerdown",Le),a(p,"pointermove",Ue),a(p,"pointerleave",()=>{h.hidden=!0}),a(p,"pointerup",we),a(p,"pointercancel",()=>{f.pan=null}),a(p,"wheel",De,{passive:!1}),a(b,"click",he),a(p,"click",Ve),a(p,"dblclick",te);let ne=b1({st:f,get:v,state:e,live:y,zoomed:le,classCell:q,colsOf:V,setView:se,zoomBy:de,scheduleDraw:U,describe:_=>zn(v,_)});a(p,"keydown",ne),a(p,"focus",U),a(p,"blur",U),h1({el:m,sizers:i,doc:c,signal:l.signal,redraw:U,changed:_=>_&&(f.detached||Math.abs(z()-f.width)>=1)||!(Math.abs(Dn(m,p,c)-f.height)<1)}),l.signal.addEventListener("abort",()=>{f.editor&&f.editor.finish(!1)},{once:!0});let Tt=v("selected"),Kn=v("focus");function Hn(){let _=v("selected"),T=v("focus"),C=_&&!(Tt&&_[0]===Tt[0]&&_[1]===Tt[1]);T!==Kn&&T&&f.zoomable?se(vr(f.view,[T.r,T.c],v("k"),Ni,f.vMin)):C&&le()&&se(vt(f.view,q(_),v("k"),f.vMin)),Tt=_,Kn=T,J()}return H(e,Ei,Hn,l.signal),J(),{el:m,update:Hn,destroy:()=>{l.abort(),m.remove()}}}function v1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),l=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,l);let a=!0;function c(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let d=e.get("countDigits"),m=e.get("intervals"),b=m&&!m.stale?m:null;l.hidden=!m,l.textContent=m?Ko(m):"";let w=(A,$)=>A.append(o("td","cmw-num",$)),g=(A,$,p,h)=>{let y=o("td","cmw-num");b?Wt(t,y,$,p,b.level,b.methods[h]):y.textContent=L($),A.append(y)};i.replaceChildren();let M=i.createTHead().insertRow();for(let A of["class","precision","recall","F1","support"])M.append(o("th",null,A));let E=i.createTBody();for(let[A,$]of u.perClass.entries()){let p=E.insertRow(),h=o("th",null,$.label);h.title=h.textContent,p.append(h);let y=b&&b.perClass[A];for(let f of["precision","recall","f1"])g(p,$[f],y?y[f]:null,f);w(p,ie($.support,d))}for(let[A,$]of u.summary.entries()){let p=E.insertRow();p.className=A===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",p.append(o("th",null,String($.name??"")));let h=b?b.summary[String($.name)]:null;if("value"in $)w(p,""),w(p,""),g(p,$.value,Array.isArray(h)?h:null,$.name==="accuracy"?"accuracy":"balanced_accuracy"),w(p,"");else{let y=$.name==="macro avg"?"macro_":"weighted_";for(let f of["precision","recall","f1"])g(p,$[f],h&&!Array.isArray(h)?h[f]:null,y+f);w(p,ie($.support,d))}}}return D(s,"toggle",()=>{s.open&&a&&c()},r.signal),H(e,["metrics","countDigits","intervals"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function k1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return H(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function A1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s,option:i}=t,l=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),c=o("select","cmw-rank-menu");a.append(c);let u=o("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let m=o("div","cmw-issues");m.hidden=!0;let b=!1;function w(){let g=e.get("issues"),M=e.get("selection");if(l.hidden=!g||!M||M.available===!1,l.hidden)return;let E=g.ranks.join(",");c.dataset.ranks!==E&&(c.replaceChildren(...g.ranks.map($=>i($,Sn[$]))),c.dataset.ranks=E),c.value=e.get("rank"),c.disabled=g.kernelOnly,u.textContent=g.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=u.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,u);let A=M.issues&&Array.isArray(M.issues.indices)?M.issues:null;A?(d.textContent=`${b?"Hide":"Show"} likely label errors (${A.total})`,d.setAttribute("aria-expanded",String(b)),m.hidden=!b,m.textContent=A.total?`${A.indices.join(", ")}${A.total>A.indices.length?", ...":""}`:"None in this cell.",l.append(d,m)):g.pending?l.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):g.hidden&&l.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return D(c,"change",()=>e.set("rank",c.value),r.signal),D(d,"click",()=>{b=!b,w()},r.signal),H(e,["issues","rank","selection"],w,r.signal),w(),{el:l,update:w,destroy:()=>{r.abort(),l.remove()}}}function ut({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),u=nt(n,o,s);return D(l,"input",()=>{a=!0,r&&r(c()),u(c())},i),D(l,"change",()=>{a=!1,u.cancel(),n(c())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(d,m,b){l.min=String(d),l.max=String(m),l.step=String(b)}}}var Fi=60,S1=700,en="http://www.w3.org/2000/svg",_t={w:240,h:56,pad:6};function M1(e,{w:t,h:n,pad:r}=_t){let o=e.length,s=l=>o>1?r+l*(t-2*r)/(o-1):t/2,i=l=>r+(1-Math.min(1,Math.max(0,l)))*(n-2*r);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Oi(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function _1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{doc:s,h:i,button:l,option:a}=t,c=r||{now:()=>Date.now(),setTimeout:(O,z)=>setTimeout(O,z),clearTimeout:O=>clearTimeout(O)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=l("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let m=i("output","cmw-run-name"),b=()=>e.get("runs").names,w=O=>{let z=b();O>=0&&O<z.length&&z[O]!==e.get("run")&&e.set("run",z[O])},g=ut({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Fi,clock:r,signal:o.signal,onInput:O=>{U(),m.textContent=b()[O]??""}}),M=g.el;M.min="0",M.step="1",M.setAttribute("aria-label","Run");let E=l("cmw-run-newer","");E.title="Show the latest run";let A=i("select","cmw-compare-pick");A.setAttribute("aria-label","Compare with");let $=i("label","cmw-field");$.append(i("span",null,"Compare with"),A);let p=i("div","cmw-runs-top");p.append(d,M,m,E,$);let h=s.createElementNS(en,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${_t.w} ${_t.h}`),h.setAttribute("width",String(_t.w)),h.setAttribute("height",String(_t.h));let y=i("div","cmw-history-legend");y.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let f=i("div","cmw-history-box");f.append(h,y),u.append(p,f),u.hidden=!0;let S=null;function v(){let O=e.get("runs"),z=e.get("run");if(u.hidden=O.names.length<2,u.hidden){U();return}let W=O.names.indexOf(z);M.max=String(O.names.length-1),!g.dragging()&&W>=0&&(M.value=String(W)),g.dragging()||(m.textContent=z);let V=Oi(O.names,z);E.textContent=V,E.hidden=!V,F(O.names,e.get("compare")),R(O,W)}function F(O,z){let W=a("","none");A.replaceChildren(W,...O.map(V=>a(V))),A.value=z!=null&&O.includes(z)?z:""}function R(O,z){let W=[];for(let[q,J]of[[O.accuracy,"cmw-line-acc"],[O.macroF1,"cmw-line-f1"]]){let ee=M1(q).filter(Boolean),k=s.createElementNS(en,"polyline");k.setAttribute("class",J),k.setAttribute("fill","none"),k.setAttribute("points",ee.map(x=>x.map(N=>N.toFixed(1)).join(",")).join(" ")),W.push(k)}let V=M1(O.accuracy);O.names.forEach((q,J)=>{if(!V[J])return;let ee=s.createElementNS(en,"circle");ee.setAttribute("class",J===z?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),ee.setAttribute("cx",V[J][0].toFixed(1)),ee.setAttribute("cy",V[J][1].toFixed(1)),ee.setAttribute("r",J===z?"4":"3"),ee.setAttribute("data-run",String(J));let k=s.createElementNS(en,"title");k.textContent=`${q}: accuracy ${L(O.accuracy[J])}, macro F1 ${L(O.macroF1[J])}`,ee.append(k),W.push(ee)}),h.replaceChildren(...W)}function P(){let O=b(),z=O.indexOf(e.get("run"));if(z<0||z>=O.length-1){U();return}w(z+1),S=c.setTimeout(P,S1)}function G(){let O=b();O.indexOf(e.get("run"))>=O.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),S=c.setTimeout(P,S1)}function U(){S!==null&&c.clearTimeout(S),S=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return D(d,"click",()=>S===null?G():U(),o.signal),D(E,"click",()=>{U(),w(b().length-1)},o.signal),D(A,"change",()=>e.set("compare",A.value===""?null:A.value),o.signal),D(h,"click",O=>{let z=O.target&&O.target.closest?O.target.closest("[data-run]"):null;z&&(U(),w(Number(z.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>U(),{once:!0}),H(e,["runs","run","compare"],v,o.signal),v(),{el:u,update:v,destroy:()=>{o.abort(),u.remove()}}}var Ii=60,T1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function C1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),u=p=>e.set("abstain",p),d=ut({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Ii,clock:r,signal:o.signal,onInput:p=>{let h=i();c.textContent=p.toFixed(je(h?h.step:.01))}}),m=d.el,b=s("label","cmw-field");b.append(a,s("span",null,"Abstain when the top score is below"),m,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let g=s("label","cmw-field");g.append(s("span",null,"Hit when the true class is in the top"),w);let M=s("span","cmw-hint cmw-top-k-hint");M.setAttribute("role","status"),g.append(M);let E=s("div","cmw-abstain-stats");l.append(b,g,E);let A=null;function $(){let p=i(),h=!!(p&&p.kind==="multiclass");if(l.hidden=!h,!h)return;d.range(p.lo,p.hi,p.step);let y=p.abstain!==null&&p.abstain!==void 0;if(a.checked=y,m.disabled=!y,y&&(A=p.abstain),!d.dragging()){let f=y?p.abstain:A??(p.lo+p.hi)/2;m.value=String(f),c.textContent=y?Number(f).toFixed(je(p.step)):"off"}w.max=String(p.k_max),t.doc.activeElement!==w&&(w.value=String(p.top_k)),E.replaceChildren(),y&&E.append(s("span","cmw-stat cmw-coverage",`coverage ${T1(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${T1(p.covered_accuracy)}`))}return D(a,"change",()=>{i()&&u(a.checked?parseFloat(m.value):null)},o.signal),D(w,"change",()=>{let p=i(),h=Number(w.value),y=p&&Number.isInteger(h)&&h>=1&&h<=p.k_max;M.textContent=y||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,y?e.set("top_k",h):p&&(w.value=String(p.top_k))},o.signal),H(e,["scores"],$,o.signal),$(),{el:l,update:$,destroy:()=>{o.abort(),l.remove()}}}function $1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Ri=60,Un={size:240,pad:34},Pi=[0,.5,1],ji="http://www.w3.org/2000/svg",Bi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function E1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s,doc:i}=t,l=(p,h={})=>{let y=i.createElementNS(ji,p);for(let[f,S]of Object.entries(h))y.setAttribute(f,String(S));return y},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(c,u);let d=!1,m=null,b={},w=p=>{let h=e.get("binary");!h||!Number.isFinite(p)||e.set("threshold",oe(p,h.lo,h.hi))},g=nt(w,Ri,r);o.signal.addEventListener("abort",()=>g.cancel(),{once:!0});function M(p){let{size:h,pad:y}=Un;c.replaceChildren();for(let f of Object.keys(b))delete b[f];for(let f of Bi){let S=p[f.kind],v=s("figure",`cmw-curve cmw-curve-${f.kind}`),F=s("figcaption","cmw-curve-title"),R=p[f.area],P=p.undefinedBecause?p.undefinedBecause[f.kind]:null;if(F.textContent=`${f.title}${R===null||P?"":`  ${f.areaName} ${L(R)}`}`,P){v.append(F,s("p","cmw-curve-undefined",`Undefined: ${P}.`)),c.append(v);continue}let G=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${f.title} curve; press or drag on it to set the threshold`});G.classList.add("cmw-curve-svg"),Object.assign(G.dataset,{kind:f.kind,plotSize:String(h),plotPad:String(y)}),G.append(l("rect",{x:y,y,width:h-2*y,height:h-2*y,class:"cmw-curve-frame"}),l("polyline",{points:Do(S,h,y),class:"cmw-curve-line"})),f.kind==="roc"&&G.append(l("line",{x1:y,y1:h-y,x2:h-y,y2:y,class:"cmw-curve-chance"}));let U=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});U.textContent=f.x;let O=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});O.textContent=f.y,G.append(U,O,...E(h,y));let z=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),W=l("text",{x:y,y:y-8,class:"cmw-curve-readout"}),V=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),q=l("title");q.textContent="Drag along the curve to move the threshold",V.append(q),G.append(...z,W,V),v.append(F,G),c.append(v),b[f.kind]={plot:G,marker:V,guides:z,readout:W,curve:S,spec:f},A(G,S)}u.replaceChildren();for(let f of p.targets){let S=t.button("cmw-curve-target",`threshold for ${f.name}`);S.dataset.threshold=String(f.threshold),D(S,"click",()=>w(f.threshold),o.signal),u.append(S)}}function E(p,h){let y=p-2*h,f=[];for(let S of Pi){let v=h+S*y,F=h+(1-S)*y,R=String(S);f.push(l("line",{x1:v,y1:p-h,x2:v,y2:p-h+4,class:"cmw-curve-tickmark"})),f.push(l("line",{x1:h-4,y1:F,x2:h,y2:F,class:"cmw-curve-tickmark"}));let P=l("text",{x:v,y:p-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});P.textContent=R;let G=l("text",{x:h-6,y:F,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});G.textContent=R,f.push(P,G)}return f}function A(p,h){let y=!1,f=v=>{let F=$1(p.getBoundingClientRect(),Un),R=(v.clientX-F.x0)/F.inner,P=1-(v.clientY-F.y0)/F.inner;return h.t[Bo(h,R,P)]};D(p,"pointerdown",v=>{if(y=!0,p.setPointerCapture&&v.pointerId!==void 0)try{p.setPointerCapture(v.pointerId)}catch{}g(f(v))},o.signal),D(p,"pointermove",v=>{y&&g(f(v))},o.signal),D(p,"pointerup",v=>{y&&(y=!1,g.cancel(),w(f(v)))},o.signal),D(p,"pointercancel",()=>{y=!1,g.cancel()},o.signal)}function $(){let p=e.get("binary");if(a.hidden=!p,!p)return;let h=e.get("curves");if(!h){(!d||m!==null)&&(d=!0,m=null,c.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}m!==h&&(M(h),m=h);let{size:y,pad:f}=Un,S=y-2*f;for(let{marker:v,guides:F,readout:R,spec:P,plot:G}of Object.values(b)){let[U,O]=P.at(p),z=Number.isFinite(U)&&Number.isFinite(O);for(let ee of[v,...F])ee.setAttribute("visibility",z?"visible":"hidden");if(R.textContent=z?`${P.x} ${L(U)}, ${P.y} ${L(O)}`:"",!z)continue;let W=(f+U*S).toFixed(1),V=(f+(1-O)*S).toFixed(1);v.setAttribute("cx",W),v.setAttribute("cy",V);let[q,J]=F;Object.entries({x1:W,y1:V,x2:W,y2:y-f}).forEach(([ee,k])=>q.setAttribute(ee,k)),Object.entries({x1:W,y1:V,x2:f,y2:V}).forEach(([ee,k])=>J.setAttribute(ee,k)),G.dataset.markerX=String(U),G.dataset.markerY=String(O)}}return H(e,["binary","curves"],$,o.signal),$(),{el:a,update:$,destroy:()=>{o.abort(),a.remove()}}}var Di=60,Vn=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function zi(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function N1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,b=ut({dom:t,cls:"cmw-label-threshold",write:S=>{let v=u();if(!v||!Array.isArray(v.thresholds)||!Number.isFinite(S))return;let F=v.thresholds.slice();F[d]=S,e.set("thresholds",F)},throttleMs:Di,clock:r,signal:o.signal,onInput:S=>{let v=u();c.textContent=S.toFixed(je(v?v.step:.01))}}),w=b.el,g=s("label","cmw-field");g.append(s("span",null,"Threshold"),w,c);let M=s("div","cmw-label-focus"),E=s("div","cmw-label-listing"),A=s("table","cmw-label-tables");i.append(a,g,M,E,A);let $="label",p=!1;function h(){let S=u(),v=!!(S&&S.kind==="multilabel");if(i.hidden=!v,!v)return;let F=e.get("labels"),R=e.get("metrics").perClass,P=e.get("countDigits");d=Math.min(d,F.length-1),(l.options.length!==F.length||[...l.options].some((U,O)=>U.textContent!==F[O]))&&l.replaceChildren(...F.map((U,O)=>t.option(String(O),U))),l.value=String(d);let G=Array.isArray(S.thresholds);g.hidden=!G,w.disabled=!!S.fixed,G&&!b.dragging()&&(b.range(S.lo,S.hi,S.step),w.value=String(S.thresholds[d]),c.textContent=Number(S.thresholds[d]).toFixed(je(S.step))),y(S,F,P),f(S,F,R,P)}function y(S,v,F){let R=S.tables[d]||[0,0,0,0],P=s("table","cmw-readout-table");P.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let U=P.createTBody();[["truly absent",0],["truly present",2]].forEach(([z,W])=>{let V=U.insertRow();V.append(s("th",null,z));for(let q of[W,W+1]){let[J,ee]=Vn[q],k=s("td"),x=t.button("cmw-label-cell",`${ee} ${ie(R[q],F)}`);x.dataset.cell=J,x.disabled=!!S.fixed,D(x,"click",()=>e.send({type:"label_cell",label:d,cell:J}),o.signal),k.append(x),V.append(k)}}),M.replaceChildren(s("div","cmw-label-focus-title",v[d]??""),P);let O=S.focus;if(O&&O.label===d){let z=Vn.find(([V])=>V===O.cell)?.[1]??O.cell,W=O.indices.length<O.total?`first ${O.indices.length} of ${O.total}`:`${O.total}`;E.replaceChildren(s("div","cmw-label-listing-title",`${z} of ${v[d]}: ${W} samples`),s("div","cmw-indices",O.indices.join(", ")))}else E.replaceChildren()}function f(S,v,F,R){let P=s("tr"),G=(W,V)=>{let q=$===W,J=t.button(`cmw-sort${q?" cmw-sorted":""}`,q?`${V} ${p?"▼":"▲"}`:V);J.dataset.sort=W,D(J,"click",()=>{p=q?!p:W!=="label",$=W,h(),A.querySelector(`[data-sort="${W}"]`).focus()},o.signal);let ee=s("th");return ee.setAttribute("aria-sort",q?p?"descending":"ascending":"none"),ee.append(J),ee};P.append(G("label","label"),...Vn.map(([,W])=>s("th",null,W)),G("f1","F1"),G("support","support"));let U=s("thead");U.append(P);let O=s("tbody"),z=F.length===v.length?F:v.map(()=>({f1:NaN,support:NaN}));for(let W of zi(z,$,p)){let V=s("tr",W===d?"cmw-focused":null);V.dataset.label=String(W);let q=t.button("cmw-label-name",v[W]);D(q,"click",()=>{d=W,h()},o.signal);let J=s("th");J.append(q),V.append(J,...(S.tables[W]||[]).map(ee=>s("td",null,ie(ee,R))),s("td",null,L(z[W].f1)),s("td",null,ie(z[W].support,R))),O.append(V)}A.replaceChildren(U,O)}return D(l,"change",()=>{d=Number(l.value)||0,h()},o.signal),H(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function F1(e){let t=[E1(e),C1(e),N1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var O1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Ui=e=>`${(Number(e)*100).toFixed(0)}%`;function I1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${O1(n.mean)} · median ${O1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Ui(r[2])}`).join(" · ")}function R1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let l of n){let a=r("tr");a.append(r("th",null,String(l.column)),r("td",null,I1(l,"cell")),r("td",null,I1(l,"rest"))),o.append(a)}return o}function P1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("div","cmw-selection"),l=()=>{let m=s("cmw-clear","Clear selection");return m.title="Clear the selection (w.selected = None)",m};function a(){let m=e.get("selection");if(i.replaceChildren(),!m){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let b=o("p","cmw-sentence");for(let A of m.sentence){let $=String(A&&A.text!=null?A.text:"");b.append(A&&A.em?o("em",null,$):t.doc.createTextNode($))}let w=o("div","cmw-selection-head");if(w.append(b,l()),i.append(w),!m.available){let A=e.get("table"),$=typeof m.unavailable=="string"&&m.unavailable?m.unavailable:A?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${A.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",$));return}let g=wo(m);if(g.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(m.indices||[]).join(", ")),c(g));let M=Array.isArray(m.previews)?m.previews:[];M.length&&i.append(u(M));let E=R1(t,m);E&&i.append(E)}function c(m){let b=o("div","cmw-pager");if(m.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(m.prevOffset),b.append(w)}if(b.append(o("span","cmw-range",`showing ${m.first}-${m.last} of ${m.total}`)),m.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(m.nextOffset),b.append(w)}return b}function u(m){let b=o("div","cmw-previews");for(let w of m)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let g=o("figure","cmw-preview-img"),M=o("img");M.src=w.src,M.alt=`sample ${w.index}`,g.append(M,o("figcaption",null,`#${w.index}`)),b.append(g)}else if(w.kind==="text"){let g=o("div","cmw-preview-text");g.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),b.append(g)}}return b}let d=null;return D(i,"click",m=>{if(m.target.closest("button.cmw-clear")){e.set("selected",null);return}let b=m.target.closest("button[data-offset]");if(!b)return;let w=e.get("selection");d=w&&{cls:b.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(b.dataset.offset)})},r.signal),H(e,["selection","table","hasSelection"],()=>{let m=d;d=null;let b=t.doc.activeElement,w=b&&(i.contains(b)||b===t.doc.body);a();let g=e.get("selection");if(!m||!g||g.i!==m.i||g.j!==m.j||!w)return;let M=i.querySelector(`button.${m.cls}`)||i.querySelector("button[data-offset]");M&&M.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function j1({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let c=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(a,c,...r);function u(){let d=e.get("selectionSpec"),m=!!(d&&d.kind==="errors");a.classList.toggle("cmw-active",m),a.setAttribute("aria-pressed",String(m)),l.hidden=!(e.get("k")>0)}return D(a,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),H(e,["selectionSpec","k"],u,o.signal),u(),{el:l,update:u,destroy:()=>{o.abort(),l.remove()}}}function B1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function D1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("details","cmw-download"),l=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let c=s("cmw-download-cells","Matrix (CSV)");c.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",a.append(c,u,d),i.append(l,a);function m(){u.disabled=!e.get("hasSelection")}let b=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let g=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";B1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),g)});return r.signal.addEventListener("abort",b,{once:!0}),D(a,"click",w=>{let g=w.target.closest("button");if(g){if(g===c)e.send({type:"download",what:"cells"});else if(g===u)e.send({type:"download",what:"selection"});else if(g===d){let M=i.closest(".cmw"),E=M&&M.querySelector("canvas.cmw-canvas");E&&E.toBlob(A=>{A&&B1(t.doc,A,"confusion_matrix.png")},"image/png")}}},r.signal),H(e,["hasSelection"],m,r.signal),m(),{el:i,update:m,destroy:()=>{r.abort(),i.remove()}}}var Vi=96,Wi=3;function z1(e,t){return Math.max(Wi,Math.floor(Vi/Math.max(e,t,1)))}function Gi(e,t,n,r){let o=z1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function Ki(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(r,o)=>n?n[o]:o)}function Hi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${L(t.value)}, ${L(t.rest)} in the other slices)`}function U1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=o("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let a=o("label","cmw-field");a.append(o("span",null,"Slice"),l);let c=o("div","cmw-slice-odd-note"),u=o("div","cmw-slice-fixed-note"),d=o("div","cmw-slice-grid"),m=o("div","cmw-slices-top");m.append(a,c),i.append(m,u,d),D(l,"change",()=>{let g=l.value===""?null:l.value;g!==e.get("slice")&&e.set("slice",g)},r.signal);function b(){let g=e.get("slices");if(i.hidden=!g,!g){d.replaceChildren();return}let M=e.get("slice");l.replaceChildren(s("","all samples"),...g.names.map(E=>s(E))),l.value=M!=null&&g.names.includes(M)?M:"",l.disabled=g.fixed,l.title=g.fixed?"Showing another slice needs a live kernel":"",c.textContent=Hi(g),u.textContent=g.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!g.fixed,w(g,M)}function w(g,M){let{colors:E}=e.get("sliceColors"),A=e.get("sliceLut"),{k:$,cols:p}=g,h=z1($,p),y=Ki(e.get("order"),$),f=v=>v<$?y[v]:v,S=g.names.map((v,F)=>{let R=o("figure","cmw-slice");v===M&&R.classList.add("cmw-slice-shown"),g.mostDifferent&&g.mostDifferent.slice===F&&R.classList.add("cmw-slice-odd"),R.dataset.slice=v;let P=o("canvas","cmw-slice-canvas"),G=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;P.width=Math.round(p*h*G),P.height=Math.round($*h*G),P.style.width=`${p*h}px`,P.style.height=`${$*h}px`,P.setAttribute("role","img"),P.setAttribute("aria-label",`Matrix of slice ${v}`),P.tabIndex=-1;let U=P.getContext&&P.getContext("2d");if(U){U.scale(G,G);for(let V=0;V<$;V++)for(let q=0;q<p;q++)U.fillStyle=Ct(A,E[F][y[V]*p+f(q)]),U.fillRect(q*h,V*h,h,h)}if($*p<=1024){let V=[];for(let q=0;q<$;q++)for(let J=0;J<p;J++)V.push(E[F][y[q]*p+f(J)]);R.dataset.colors=V.join(",")}D(P,"click",V=>{let q=Gi(V.offsetX,V.offsetY,$,p);!q||g.fixed||(e.get("slice")!==v&&e.set("slice",v),e.set("selected",[y[q[0]],f(q[1])]))},r.signal);let O=o("figcaption","cmw-slice-caption"),z=g.accuracy[F],W=g.samples[F];return O.append(o("span","cmw-slice-name",v),o("span","cmw-slice-stats",`n=${W==null?"–":+W.toFixed(2)} · acc ${L(z)}`)),R.append(P,O),R});d.replaceChildren(...S)}return H(e,["slices","slice","sliceColors","sliceLut","order"],b,r.signal),b(),{el:i,update:b,destroy:()=>r.abort()}}function V1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",D(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return H(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}function W1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",o.append(s,t.h("span",null,"totals")),D(s,"change",()=>e.set("show_totals",s.checked),r.signal);let i=()=>{s.checked=e.get("showTotals")};return H(e,["showTotals"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var Xi=[3,5,10,20,50,100],Yi=5;function qi(e,t){let n=Xi.filter(r=>r<e);return Number.isInteger(t)&&t<e&&!n.includes(t)&&n.push(t),n.sort((r,o)=>r-o)}function G1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-top-classes-field"),s=t.h("select","cmw-top-classes");s.title="Show the first classes of the order, and the others gathered in (other)",o.append(t.h("span",null,"show "),s);let i="";D(s,"change",()=>{e.set("top_classes",s.value==="all"?null:Number(s.value))},r.signal);function l(){let a=e.get("k"),c=e.get("topClasses"),u=qi(a,c),d=`${a}:${u.join(",")}`;d!==i&&(s.replaceChildren(t.option("all","all classes"),...u.map(m=>t.option(String(m),`top ${m}`))),i=d),s.value=c!==null&&c<a?String(c):"all",o.hidden=!(a>Yi)||!!e.get("multilabel"),s.disabled=e.get("level")==="groups"||!!e.get("compareState")}return H(e,["k","topClasses","level","compareState","multilabel"],l,r.signal),l(),{el:o,update:l,destroy:()=>r.abort()}}var K1=e=>Math.round(e).toLocaleString("en-US");function Zi(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${K1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${K1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Ji(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function H1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),l=o("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Zi(c);let u=Ji(e);l.hidden=!u,l.textContent=u||""}return H(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Qi(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Li=60;function X1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let d=!1,m=null,b=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,g=(h,y)=>w()?String(Number(h.toPrecision(6))):h.toFixed(je(b(y)));function M(){let h=e.get("binary");if(i.hidden=!h,!h)return;let y=w();a.min=y?"0":String(h.lo),a.max=String(y?y.length-1:h.hi),a.step=y?"1":String(b(h));let f=e.get("threshold")??Number(h.threshold);!d&&Number.isFinite(f)&&(a.value=String(y?Qi(y,f):f),c.textContent=g(f,h)),E(h)}function E(h){let y=e.get("countDigits"),f=s("table","cmw-readout-table");f.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let v=f.createTBody(),F=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[U,...O]of F){let z=v.insertRow();z.append(s("th",null,U));for(let[W,V]of O){let q=s("td");q.append(s("span","cmw-tag",W),t.doc.createTextNode(` ${ie(V,y)}`)),z.append(q)}}let R=s("div","cmw-readout-stats"),P=e.get("intervals"),G=P&&!P.stale&&P.binary?P.binary:null;for(let[U,O,z]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!G){R.append(s("span","cmw-stat",`${U} ${L(z)}`));continue}let W=s("span","cmw-stat-value");Wt(t,W,z,G[O],P.level,O==="f1"?"bootstrap":"wilson");let V=s("span","cmw-stat",`${U} `);V.append(W),R.append(V)}u.replaceChildren(f,R)}let A=h=>{Number.isFinite(h)&&(m=h,e.set("threshold",h))},$=nt(A,Li,r),p=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return D(a,"input",()=>{d=!0;let h=p(),y=e.get("binary");Number.isFinite(h)&&(c.textContent=y?g(h,y):h.toFixed(2)),$(h)},o.signal),D(a,"change",()=>{d=!1,$.cancel();let h=p();(h!==m||e.get("threshold")!==h)&&A(h)},o.signal),o.signal.addEventListener("abort",()=>$.cancel(),{once:!0}),H(e,["binary","threshold","countDigits","table","intervals"],M,o.signal),M(),{el:i,update:M,destroy:()=>{o.abort(),i.remove()}}}var el=300,tl=200,nl=16;function ol(e,t,n){let r=e-t-nl,o=Math.min($n,Math.max(n,1)*Zt)+tl;return t>0&&r>=Math.max(el,Math.min(o,.6*e))?r:e}function rl(e,t){let n=e.dom.h("div","cmw-main"),r=F1(e);r.el.classList.add("cmw-side"),r.el.append(fr(e).el);let s=y1({...t,room:()=>ol(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function sl(e){let t=_r(e),n=Wr(e);return[dr({...e,extra:[t.button]}),t,X1(e),H1(e),k1(e),n.panel,rl(e,n.matrixCtx),n.table,_1(e),ur(e),P1(e),A1(e),cr(e),j1({...e,extra:[D1(e).el,V1(e).el,W1(e).el,G1(e).el]}),U1(e),v1(e),pr(e),ar(e)]}function Y1(e,t,n=performance.now()){let r=Oo(t.ownerDocument||document),o=new AbortController,s=rr(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",D(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let l=({k:c,draws:u,lastMs:d,firstMs:m})=>{i.dataset.k=String(c),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),m!==null&&(i.dataset.firstDrawMs=m.toFixed(1))},a=sl({state:s,dom:r,signal:o.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var tn="cm-widget",il="application/vnd.cm-widget.view+json",Wn="application/vnd.jupyter.widget-view+json",q1=1e4,ll="Saved view, no kernel behind it: run the cell to make it live.",Gn=null;async function al(e){let t=Gn&&Gn[e];if(!t)throw new Error(`${tn}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function cl(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Jn,e.head.appendChild(t)}async function ul(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Fo(n):null}function Z1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function dl(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=ul(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),q1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=Z1(this,"rendermime"),o=r&&r.rendermime,s=Z1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Wn in n.data&&o&&o.mimeTypes.includes(Wn))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(Wn);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:q1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){cl(r),s.textContent=ll;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:Y1(Eo(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function ml(){let{Panel:e}=await al("@lumino/widgets"),t=dl(e);return{id:`${tn}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[il],defaultRank:-20,createRenderer:n=>new t(n)}}}function pl(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[tn]={init:e=>{Gn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${tn} has no module ${e}`);let t=pl()?[await ml()]:[];return()=>({__esModule:!0,default:t})}});})();
