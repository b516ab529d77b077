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
`;function Tt(e,t){let n=t*4;return!e||e.length<n+4?"rgba(128,128,128,1)":`rgba(${e[n]},${e[n+1]},${e[n+2]},${+(e[n+3]/255).toFixed(3)})`}function Ct(){let e=new Uint8Array(1024);for(let t=0;t<256;t++)e.set([255-t,255-t,255-t,255],4*t);return e}function ln(e,t,n){let r=s=>(s/=255)<=.04045?s/12.92:((s+.055)/1.055)**2.4,o=.2126*r(e)+.7152*r(t)+.0722*r(n);return 1.05/(o+.05)>(o+.05)/.05?"#ffffff":"#000000"}function Qn(e,t,n){if(e&&e.length>=256)return e[n]?"#ffffff":"#000000";let r=n*4;return!t||t.length<r+3?"#000000":ln(t[r],t[r+1],t[r+2])}function Ln(e,t,n){let r=new Uint8ClampedArray(n*4),o=new Uint8Array(1024);o.set(t.subarray(0,Math.min(1024,t.length)));let s=new Uint32Array(o.buffer),i=new Uint32Array(r.buffer),l=Math.min(n,e.length);for(let a=0;a<l;a++)i[a]=s[e[a]];return r}function J1(e){let t=String(e||"").trim().toLowerCase(),n=/^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);if(n){let r=n[1].length===3?[...n[1]].map(o=>o+o).join(""):n[1];return[0,2,4].map(o=>parseInt(r.slice(o,o+2),16))}return n=/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t),n?[1,2,3].map(r=>Math.round(Number(n[r]))):null}function Q1([e,t,n]){let r=o=>(o/=255)<=.04045?o/12.92:((o+.055)/1.055)**2.4;return .2126*r(e)+.7152*r(t)+.0722*r(n)}function er(e,t){let n=J1(t);if(!n||Q1(n)>=.2)return e;let r=new Uint8Array(1024);for(let o=0;o<256;o++){for(let s=0;s<3;s++)r[4*o+s]=Math.round(n[s]+(e[4*o+s]-n[s])*o/255);r[4*o+3]=255}return r}function oe(e,t,n){return e<t?t:e>n?n:e}var L1=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function be(e){return e==null?new Uint8Array(0):e instanceof ArrayBuffer?new Uint8Array(e.slice(0)):ArrayBuffer.isView(e)?new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)):Array.isArray(e)?Uint8Array.from(e):new Uint8Array(0)}function Ee(e){if(Array.isArray(e))return Float64Array.from(e,Number);let t=be(e),n=Math.floor(t.byteLength/8);if(L1)return new Float64Array(t.buffer,0,n);let r=new DataView(t.buffer),o=new Float64Array(n);for(let s=0;s<n;s++)o[s]=r.getFloat64(8*s,!0);return o}function rt(e,t,n){let r=n||{now:()=>Date.now(),setTimeout:(c,u)=>setTimeout(c,u),clearTimeout:c=>clearTimeout(c)},o=-1/0,s=null,i=null,l=()=>{s=null,o=r.now();let c=i;i=null,e(...c)},a=(...c)=>{i=c;let u=t-(r.now()-o);u<=0?(s!==null&&r.clearTimeout(s),l()):s===null&&(s=r.setTimeout(l,u))};return a.cancel=()=>{s!==null&&r.clearTimeout(s),s=null,i=null},a.flush=()=>{i!==null&&(s!==null&&r.clearTimeout(s),l())},a}var es={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,float64:Float64Array},ts=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Ie(e){let t=Math.max(0,Math.trunc(Number(e&&e.k)||0)),n=Math.max(t,Math.trunc(Number(e&&e.cols)||0)),r=es[e&&e.dtype]||Float64Array,o=tr(r,be(e&&e.counts)),s=ns(e&&e.totals,t,n);if(e&&e.at!=null){let i=tr(Uint32Array,be(e.at)),l=new r(t*n),a=Math.min(i.length,o.length);for(let c=0;c<a;c++)i[c]<l.length&&(l[i[c]]=o[c]);return{k:t,cols:n,counts:l,totals:s}}return o.length<t*n?{k:t,cols:n,counts:new r(t*n),totals:s}:{k:t,cols:n,counts:o.length===t*n?o:o.subarray(0,t*n),totals:s}}function tr(e,t){let n=e.BYTES_PER_ELEMENT,r=Math.floor(t.byteLength/n);if(n===1)return new e(t.buffer,t.byteOffset,r);if(ts&&t.byteOffset%n===0)return new e(t.buffer,t.byteOffset,r);let o=new DataView(t.buffer,t.byteOffset,t.byteLength),s={2:"getUint16",4:"getUint32",8:"getFloat64"}[n],i=new e(r);for(let l=0;l<r;l++)i[l]=o[s](n*l,!0);return i}function ns(e,t,n){if(!e||typeof e!="object")return null;let r=(l,a)=>Array.isArray(l)&&l.length===a?Float64Array.from(l,Number):null,o=r(e.rows,t),s=r(e.cols,n),i=Number(e.all);return o&&s&&Number.isFinite(i)?{rows:o,cols:s,all:i}:null}function He(e,t,n){if(n===t)return{square:e,rest:new e.constructor(0)};let r=new e.constructor(t*t),o=new e.constructor(t*(n-t));for(let s=0;s<t;s++){for(let i=0;i<t;i++)r[s*t+i]=e[s*n+i];for(let i=t;i<n;i++)o[s*(n-t)+i-t]=e[s*n+i]}return{square:r,rest:o}}function ye(e,t,n,r=1){if(n<8){let s=0;for(let i=0;i<n;i++)s+=e[t+i*r];return s}if(n<=128){let s=new Array(8);for(let a=0;a<8;a++)s[a]=e[t+a*r];let i=8;for(;i<n-n%8;i+=8)for(let a=0;a<8;a++)s[a]+=e[t+(i+a)*r];let l=s[0]+s[1]+(s[2]+s[3])+(s[4]+s[5]+(s[6]+s[7]));for(;i<n;i++)l+=e[t+i*r];return l}let o=Math.floor(n/2);return o-=o%8,ye(e,t,o,r)+ye(e,t+o*r,n-o,r)}function Ae(e,t,n,r=t,o=null){if(n==null)return e;let s=t*r,i=new Float64Array(s);if(o)return rs(e,t,r,n,o,i);if(n==="true")for(let l=0;l<t;l++){let a=ye(e,l*r,r);for(let c=0;c<r;c++)i[l*r+c]=a===0?0:e[l*r+c]/a}else if(n==="pred"){let l=new Float64Array(r);for(let a=0;a<t;a++)for(let c=0;c<r;c++)l[c]+=e[a*r+c];for(let a=0;a<t;a++)for(let c=0;c<r;c++)i[a*r+c]=l[c]===0?0:e[a*r+c]/l[c]}else if(n==="all"){let l=ye(e,0,s);for(let a=0;a<s;a++)i[a]=l===0?0:e[a]/l}else return e;return i}function rs(e,t,n,r,o,s){for(let i=0;i<t;i++)for(let l=0;l<n;l++){let a=r==="true"?o.rows[i]:r==="pred"?o.cols[l]:r==="all"?o.all:1;s[i*n+l]=a===0?0:e[i*n+l]/a}return r==="true"||r==="pred"||r==="all"?s:e}function Xe(e){let t=-1/0;for(let n=0;n<e.length;n++)e[n]>t&&(t=e[n]);return e.length?t:0}function os(e){let t=Math.round(e);return t-e===.5&&t%2!==0?t-1:t}function Re(e,t,n,r=256){let o=new Uint8Array(e.length),s=n-t;if(!(s>0))return o;let i=(r-1)/s;for(let l=0;l<e.length;l++){let a=(e[l]-t)*i;a=a<0?0:a>r-1?r-1:a,o[l]=os(a)}return o}function an(e){if(!(e instanceof Float64Array||e instanceof Float32Array||Array.isArray(e)))return!0;for(let t=0;t<e.length;t++)if(Math.floor(e[t])!==e[t])return!1;return!0}var ss=/^[,_]?(?:\.(\d+))?([dfeg%])$/;function nr(e,t,n){let r=e||null;r&&r.endsWith("d")&&!n&&(r=null);let o=r?ss.exec(r):null;if(o){let s=o[2]==="d"?"int":o[2]==="%"?"percent":"float";return{kind:s,digits:o[1]!==void 0?Number(o[1]):s==="int"?0:2}}return t!=null?{kind:"percent",digits:1}:n?{kind:"int",digits:0}:{kind:"float",digits:2}}function ot(e){let t=be(e);if(t.length>=1024)return t.subarray(0,1024);if(t.length<768)return null;let n=new Uint8Array(1024);for(let r=0;r<256;r++)n[4*r]=t[3*r],n[4*r+1]=t[3*r+1],n[4*r+2]=t[3*r+2],n[4*r+3]=255;return n}function Et(e){let t=new Uint8Array(256);for(let n=0;n<256;n++)t[n]=ln(e[4*n],e[4*n+1],e[4*n+2])==="#ffffff"?1:0;return t}var $t=e=>Number(e.toPrecision(12));function Nt(e,t,n=5){let r=e>0&&Number.isFinite(e)?e:1,o=t==null,s=r/n,i=10**Math.floor(Math.log10(s)),l=[1,2,2.5,5,10].map(c=>$t(c*i)).find(c=>c>=s&&(!o||c<1||Number.isInteger(c)));l===void 0&&(l=$t(10*i)),o&&(l=Math.max(1,l));let a=[];for(let c=0;c*l<=r*(1+1e-12);c++){let u=$t(c*l);a.push([u/r,o?String(u):`${$t(u*100)}%`])}return a}function rr(e,t){let n=e&&typeof e=="object"?e:{},r=Array.isArray(n.summary)?n.summary.filter(a=>a&&typeof a=="object"):[],o=be(n.per_class),s=t.length;if(o.byteLength<32*s)return{perClass:[],summary:r};let i=new DataView(o.buffer);return{perClass:t.map((a,c)=>{let u=d=>i.getFloat64(8*(4*c+d),!0);return{label:a,precision:u(0),recall:u(1),f1:u(2),support:u(3)}}),summary:r}}var cn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Ot=e=>Array.isArray(e)?e:[],pt=e=>Number.isFinite(Number(e))?Math.max(0,Math.trunc(Number(e))):0,Ft=e=>Ot(e).map(Number).filter(Number.isInteger);function is(e){let t=cn(e),n=Ot(t.names).map(String),r=o=>n.map((s,i)=>Number.isFinite(Ot(o)[i])?Number(Ot(o)[i]):null);return{names:n,accuracy:r(t.accuracy),macroF1:r(t.macro_f1)}}function ls(e,t){let n=cn(e);if(typeof n.name!="string")return null;let r=Ie(n.matrix),o=ot(n.lut);return r.k!==t||!o?null:{name:n.name,counts:r.counts,lut:o,cmap:typeof n.cmap=="string"?n.cmap:"diverging",fixed:pt(n.fixed),broken:pt(n.broken),changed:pt(n.changed)}}function or(e,t){let n=new Float64Array(e.length);for(let r=0;r<e.length;r++)n[r]=e[r]-(t[r]||0);return n}function sr(e){let t=0;for(let n=0;n<e.length;n++)t=Math.max(t,Math.abs(e[n]));return Math.max(t,1)}function as(e,t){let n=Float64Array.from(e,r=>-r);for(let r=0;r<t;r++)n[r*t+r]=e[r*t+r];return n}var ir=(e,t)=>{let n=sr(e);return Re(as(e,t),-n,n)};function lr(e,t=0){let n=Math.abs(e).toFixed(t);return Number(n)===0?0 .toFixed(t):`${e>0?"+":"−"}${n}`}function ar(e,t=0){let n=Math.abs(sr(e)).toFixed(t);return[[0,`${n} worse`],[.5,"no change"],[1,`${n} better`]]}function cs(e){let t=cn(e);return!Number.isInteger(t.i)||!Number.isInteger(t.j)?null:{i:t.i,j:t.j,entered:Ft(t.entered),cameFrom:Ft(t.came_from),left:Ft(t.left),wentTo:Ft(t.went_to),nEntered:pt(t.n_entered),nLeft:pt(t.n_left)}}var cr={runs:{raw:["_runs"],make:(e,t)=>is(t("_runs"))},run:{raw:["run"],make:(e,t)=>t("run")==null?"":String(t("run"))},compare:{raw:["compare"],make:(e,t)=>t("compare")==null?null:String(t("compare"))},compareState:{raw:["_compare"],uses:["k"],make:(e,t)=>ls(t("_compare"),e("k"))},moves:{raw:["_moves"],make:(e,t)=>cs(t("_moves"))}},ur=["run","compare"];var dr=["Blues","Greens","Oranges","Purples","Reds","Greys","viridis","plasma","inferno","magma","cividis","YlGnBu","YlOrRd","RdPu","BuPu"],mr=[{value:null,label:"Counts",short:"Counts"},{value:"true",label:"By true row",short:"Row"},{value:"pred",label:"By predicted column",short:"Column"},{value:"all",label:"Over all",short:"All"}];function ce(e,t=0){return Number.isFinite(e)?t>0?e.toFixed(Math.min(t,10)):String(Math.round(e)||0):"–"}function Ye(e,t){if(!Number.isFinite(e))return"–";let n=t&&t.kind,r=oe(Math.trunc(Number(t&&t.digits)||0),0,10);return n==="delta"?lr(e,r):n==="percent"?(e*100).toFixed(r)+"%":n==="float"?e.toFixed(r):String(Math.round(e)||0)}function un(e,t,n,r=0){let o=Ye(e,n);return n&&(n.kind==="percent"||n.kind==="delta")?{main:o,sub:`(${ce(t,r)})`}:{main:o,sub:""}}function te(e){return Number.isFinite(e)?e.toFixed(3):"–"}function Be(e){if(!(e>0))return 2;let[t,n]=String(e).split("e"),r=(t.split(".")[1]||"").length;return oe(r-(n?Number(n):0),0,6)}function pr(e){let t=String(e||"Blues");return t.endsWith("_r")?{base:t.slice(0,-2),reversed:!0}:{base:t,reversed:!1}}function fr(e,t){return t?`${e}_r`:e}function dn(e,t,n=t){if(!Array.isArray(e)||e.length!==2)return null;let[r,o]=e,s=(i,l)=>Number.isInteger(i)&&i>=0&&i<l;return s(r,t)&&s(o,n)?[r,o]:null}function hr(e){let t=Math.max(0,Math.trunc(Number(e&&e.offset)||0)),n=e&&Array.isArray(e.indices)?e.indices.length:0,r=Math.max(0,Math.trunc(Number(e&&e.total)||0)),o=e&&e.page_size>0?Math.trunc(e.page_size):Math.max(n,1);return{first:n?t+1:0,last:t+n,total:r,hasMore:t+n<r,hasPrev:t>0,nextOffset:t+o,prevOffset:Math.max(0,t-o)}}var wr=[[`
`,"⏎"],["\r","␍"]];function ft(e){let t=String(e);for(let[n,r]of wr)t=t.split(n).join(r);return t}function mn(e,t){if(t!=null&&e===ft(t))return String(t);let n=String(e);for(let[r,o]of wr)n=n.split(o).join(r);return n}function It(e,t){if(!Number.isFinite(e)||Math.abs(e)>=1e21)return e.toFixed(t);if(Object.is(e,-0))return`-${0 .toFixed(t)}`;let n=Math.abs(e).toFixed(100),r=n.indexOf("."),o=n.slice(r+1+t),s=e.toFixed(t);if(!/^50*$/.test(o))return s;let i=n.slice(0,r+1+t).replace(".","");if(!(Number(i[i.length-1])%2===0))return s;let a=n.slice(0,t?r+1+t:r);return(e<0?"-":"")+a}var us=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ve(e){let t=atob(e||""),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function st(e,t){let n=ve(t),r=e.BYTES_PER_ELEMENT,o=Math.floor(n.byteLength/r);if(us)return new e(n.buffer,0,o);let s=new DataView(n.buffer),i=new e(o),l=`get${e.name.replace("Array","")}`;for(let a=0;a<o;a++)i[a]=s[l](r*a,!0);return i}var ds={uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,float64:Float64Array};function ms(e){if(!e)return null;if(Array.isArray(e.values))return e.values;let t=ds[e.dtype];return t?st(t,e.data):null}function ps(e,t){let n=e.split,r=ve(e.true),o=ve(e.agree),s=ve(e.offset),i=Math.floor(r.length/n),l=Math.floor(s.length/n),a=new Uint32Array(i);for(let c=0,u=0;c<i;c++){let d=n===1?r[c]:r[c]+256*r[i+c];if(o[c>>3]>>(c&7)&1)a[c]=d*t+d;else{let f=(n===1?s[u]:s[u]+256*s[l+u])+1;u++,a[c]=d*t+(d+f)%t}}return a}function fs(e,t){if(e.split)return ps(e,t);let n=ve(e.data),r=e.bytes,o=Math.floor(n.length/r),s=new Uint32Array(o);for(let i=0,l=0;i<o;i++,l+=r){let a=0;for(let c=r-1;c>=0;c--)a=a*256+n[l+c];s[i]=a}return s}function br(e){let t=e.samples;if(!t)return null;let n={kind:t.kind,k:e.k,n:e.n,weights:t.weights?st(Float64Array,t.weights):null,sampleIndex:t.sample_index?st(Uint32Array,t.sample_index):null,ids:ms(t.ids),outside:t.outside||null};if(t.outside&&t.outside.scores&&(n.outside={scores:st(Float32Array,t.outside.scores),weights:t.outside.weights?st(Float64Array,t.outside.weights):null}),t.kind==="binary"){let r=ve(t.truth),o=new Uint8Array(e.n);for(let s=0;s<e.n;s++)o[s]=r[s>>3]>>(s&7)&1;n.positive=o,n.scores=st(Float32Array,t.scores),n.posIndex=t.pos_index}else n.cells=fs(t.cells,e.k);return n}var qe=new Float32Array(1),gr=new Int32Array(qe.buffer);function hs(e,t){return qe[0]=e,qe[0]===0?(gr[0]=1,t?qe[0]:-qe[0]):(gr[0]+=qe[0]>0===t?1:-1,qe[0])}function pn(e){let t=Math.fround(e);return t>e?hs(t,!1):t}function De(e,t=-1/0,n=1/0){let r=pn(Number(e));return Math.min(Math.max(r,pn(t)),pn(n))}function ht(e,t){let n=e.k,r=new Float64Array(n*n),o=e.weights;if(e.kind==="binary"){let s=e.posIndex,i=1-s,l=De(t);for(let a=0;a<e.n;a++){let c=e.positive[a]?s:i,u=e.scores[a]>=l?s:i;r[c*n+u]+=o?o[a]:1}return r}for(let s=0;s<e.n;s++)r[e.cells[s]]+=o?o[s]:1;return r}function xr(e,t,n,r){let o=[];if(e.kind==="binary"){let s=e.posIndex,i=t===s?1:0,l=n===s,a=De(r);for(let c=0;c<e.n;c++)e.positive[c]===i&&e.scores[c]>=a===l&&o.push(c)}else{let s=t*e.k+n;for(let i=0;i<e.n;i++)e.cells[i]===s&&o.push(i)}return o}function fn(e,t,n){let r=[],o=e.k;if(e.kind==="binary"){let s=e.posIndex,i=De(n);for(let l=0;l<e.n;l++){let a=e.positive[l]?s:1-s,c=e.scores[l]>=i?s:1-s;t[a*o+c]&&r.push(l)}}else for(let s=0;s<e.n;s++)t[e.cells[s]]&&r.push(s);return r}function Rt(e,t){return e.sampleIndex?e.sampleIndex[t]:t}function Pt(e,t){let n=e.ids;return n?t.map(r=>n[r]):t.map(r=>Rt(e,r))}function ws(e,t,n){let r=e&&e.outside;if(!r)return null;if(!r.scores)return{trueK:Float64Array.from(r.true,Number),predK:Float64Array.from(r.pred,Number),agree:r.agree,total:r.total};let o=new Float64Array(t),s=De(n),i=r.weights;for(let a=0;a<r.scores.length;a++)o[r.scores[a]>=s?e.posIndex:1-e.posIndex]+=i?i[a]:1;let l=i?ye(i,0,i.length):r.scores.length;return{trueK:new Float64Array(t),predK:o,agree:0,total:l}}var Ne=(e,t)=>t!==0?e/t:0;function gs(e,t,n=null){let r=new Float64Array(t),o=new Float64Array(t),s=new Float64Array(t),i=0,l=0;for(let w=0;w<t;w++){for(let b=0;b<t;b++){let C=e[w*t+b];o[w]+=C,s[b]+=C,l+=C}r[w]=e[w*t+w],i+=r[w]}if(n){for(let w=0;w<t;w++)o[w]+=n.trueK[w],s[w]+=n.predK[w];i+=n.agree,l+=n.total}let a=0;for(let w=0;w<t;w++)a+=o[w];let c=[],u={precision:0,recall:0,f1:0},d={precision:0,recall:0,f1:0},f=0,g=0;for(let w=0;w<t;w++){let b={precision:Ne(r[w],s[w]),recall:Ne(r[w],o[w]),f1:Ne(2*r[w],o[w]+s[w]),support:o[w]};c.push(b);let C=Ne(o[w],a);for(let E of["precision","recall","f1"])u[E]+=b[E]/t,d[E]+=b[E]*C;o[w]>0&&(f+=1,g+=b.recall)}return{rows:c,accuracy:Ne(i,l),balancedAccuracy:f?g/f:0,macro:u,weighted:d}}function jt(e,t,n=null,r=null){let o=gs(e,t,ws(n,t,r)),s=new Float64Array(4*t);o.rows.forEach((l,a)=>s.set([l.precision,l.recall,l.f1,l.support],4*a));let i=o.rows.reduce((l,a)=>l+a.support,0);return{per_class:s,summary:[{name:"accuracy",value:o.accuracy},{name:"balanced accuracy",value:o.balancedAccuracy},{name:"macro avg",...o.macro,support:i},{name:"weighted avg",...o.weighted,support:i}]}}function bs(e,t,n,r){let o=Math.sqrt((e+t)*(e+n)*(r+t)*(r+n));return{tp:e,fp:t,fn:n,tn:r,tpr:Ne(e,e+n),fpr:Ne(t,t+r),precision:Ne(e,e+t),f1:Ne(2*e,2*e+t+n),mcc:Ne(e*r-t*n,o)}}function hn(e,t,n){let r=e.pos_index,o=1-r,s=(i,l)=>t[i*2+l];return{...e,threshold:n,...bs(s(r,r),s(o,r),s(r,o),s(o,o))}}function yr(e){return e??"true"}function vr(e,t,n,r,o,s=!1,{basis:i="true",abstained:l=!1,multilabel:a=!1}={}){let c=s?wn(e):String(Math.trunc(e)),u=s?`A weight of ${c} is truly `:`${c} ${e===1?"sample":"samples"} ${e===1?"is":"are"} truly `,d=l?" but the model ":o||a?" and predicted ":" but predicted ",f=` (${It(r*100,1)}% of `,g;return i==="all"?g=[{text:`${f}all samples).`}]:i==="pred"&&l?g=[{text:`${f}the abstained samples).`}]:i==="pred"?g=[{text:f+(a?"the samples predicted ":"predicted ")},{text:n,em:!0},{text:")."}]:g=[{text:f+(a?"the samples with ":"true ")},{text:t,em:!0},{text:")."}],[{text:u},{text:t,em:!0},{text:d},{text:n,em:!0},...g]}function wn(e){if(e===0)return"0";let t=Math.floor(Math.log10(Math.abs(e)));if(t<-4||t>=6){let[r,o]=e.toExponential(5).split("e"),s=r.includes(".")?r.replace(/0+$/,"").replace(/\.$/,""):r,i=Number(o);return`${s}e${i<0?"-":"+"}${String(Math.abs(i)).padStart(2,"0")}`}let n=e.toFixed(Math.max(0,5-t));return n.includes(".")?n.replace(/0+$/,"").replace(/\.$/,""):n}var gn={Blues:[247,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,251,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2],Greens:[247,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,252,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1],Oranges:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,245,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,235,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],Purples:[252,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,251,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,253,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1],Reds:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,245,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,240,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0],Greys:[255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,255,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1],viridis:[68,0,1,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,1,1,2,1,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,3,2,2,3,2,2,3,2,3,2,3,2,3,2,3,2,3,2,3,3,2,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,3,2,3,2,3,3,2,3,2,3,2,3,2,2,3,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,2,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,84,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,0,1,0,1,1,1,1,1,2,1,2,2],plasma:[13,3,3,3,3,2,2,3,2,2,2,2,2,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,8,-1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,1,2,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,135,1,1,1,2,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,1,0,0,1,0,0,0,0,-1,-1,-1,-3],inferno:[0,1,0,0,1,0,0,1,1,0,1,1,1,1,1,1,1,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,2,1,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,0,1,0,1,0,1,1,1,2,1,1,2,0,0,1,0,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,2,1,1,2,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,1,2,2,1,2,1,1,2,1,1,1,1,1,2,4,1,1,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,2,3,2,3,2,3,2,2,3,2,2,3,2,2,2,2,2,2,1,2,1,2,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,-1,0,-1,0,0,0,1,0,1,1,1,2,1,2,2,1,2,2,2,2,3,2,2,2,3,2,2,3,2,3,3,2,3,3,3,3,3,3,3,3,4,3,4,3,4,4,4,4,4,4,4,4,5,4,4,4,4,4,4,3,4,3],magma:[0,1,0,0,1,0,0,1,0,1,1,1,0,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,2,1,1,2,1,1,2,1,2,2,1,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,1,2,1,2,2,1,2,1,2,2,1,2,1,2,1,2,1,2,1,2,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,0,1,0,0,1,0,0,0,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,2,1,1,1,1,2,1,1,2,1,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,2,2,4,1,1,2,1,2,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,3,2,2,3,2,2,3,2,3,2,2,3,2,3,2,3,2,2,3,2,2,2,2,2,2,1,2,2,1,1,2,1,1,1,1,0,1,1,1,0,1,0,1,0,1,0,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,0,-1,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,1,0,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,2,1,1,2,1,1,2,1,2,1,2,1,2,1,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2],cividis:[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,4,3,4,3,3,2,2,2,2,2,2,2,1,2,1,2,1,2,1,1,2,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,2,1,1,1,0,0,0,34,1,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,78,1,2,2,1,2,2,1,2,2,2,2,1,2,2,2,2,2,1,2,1,0,1,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-2,-2,-2,-2,0,1,1,2],YlGnBu:[255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-3,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-2,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,255,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,217,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2],YlOrRd:[255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,255,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,204,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,1,0,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],RdPu:[255,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,0,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-2,-1,-2,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,243,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,0,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0],BuPu:[247,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,0,0,-1,0,0,0,-1,0,0,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,-2,-1,-2,-1,-2,-2,-1,-2,252,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,0,-1,-1,-1,0,-1,-1,-1,0,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,-1,0,253,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,0,-1,0,0,-1,0,0,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,0,-1,0,-1,0,0,-1,0,0,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,0,-1,-1,0,-1,-1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2,-1,-2]};var Bt=(e,t)=>Number.isInteger(e)&&e>=0&&e<t,kr=(e,t,n)=>Array.isArray(e)&&e.length===2&&Bt(e[0],t)&&Bt(e[1],n);function it(e,t,n=t){if(e==="errors")return{kind:"errors"};if(e&&typeof e=="object"&&!Array.isArray(e)){let r=Object.keys(e);return r.length!==1?null:r[0]==="row"&&Bt(e.row,t)?{kind:"row",i:e.row}:r[0]==="col"&&Bt(e.col,n)?{kind:"col",j:e.col}:null}return kr(e,t,n)?{kind:"cell",cells:[[e[0],e[1]]]}:Array.isArray(e)&&e.length>=1&&e.every(r=>kr(r,t,n))?{kind:"cells",cells:e.map(r=>[r[0],r[1]])}:null}function bn(e,t,n=t){if(!e)return[];if(e.kind==="errors"){let r=[];for(let o=0;o<t;o++)for(let s=0;s<t;s++)o!==s&&r.push([o,s]);return r}return e.kind==="row"?Array.from({length:n},(r,o)=>[e.i,o]):e.kind==="col"?Array.from({length:t},(r,o)=>[o,e.j]):e.cells}function Dt(e){let t=new Set,n=[];for(let[r,o]of e){let s=`${r},${o}`;t.has(s)||(t.add(s),n.push([r,o]))}return n.sort((r,o)=>r[0]-o[0]||r[1]-o[1]),n.length===0?null:n.length===1?n[0]:n}function Ar(e,t,n=t){if(e===null)return null;let r=it(e,t,n);if(r)return r.kind==="row"?{row:r.i}:r.kind==="col"?{col:r.j}:r.kind==="errors"?"errors":Dt(r.cells)}function Sr(e,t){let n=e&&(e.kind==="cell"||e.kind==="cells")?e.cells.slice():[],r=n.findIndex(o=>o[0]===t[0]&&o[1]===t[1]);return r>=0?n.splice(r,1):n.push([t[0],t[1]]),Dt(n)}function Mr(e,t,n,r,o,s,{fixed:i,formatG:l,pairs:a=!1}){let c=s?l(t):String(Math.trunc(t)),[u,d]=a?["label pair","label pairs"]:["sample","samples"],f=s?`A weight of ${c} is `:`${c} ${t===1?u:d} ${t===1?"is":"are"} `,g={text:` (${i(o*100,1)}% of all ${d}).`};return e==="row"?[{text:`${f}truly `},{text:n,em:!0},g]:e==="col"?[{text:`${f}predicted `},{text:n,em:!0},g]:e==="errors"?[{text:`${f}misclassified`},g]:[{text:`${f}in ${r} selected cells`},g]}var ys=/[",\r\n]/;function vs(e){let t=String(e);return ys.test(t)?`"${t.replace(/"/g,'""')}"`:t}function zt(e,t){return[e,...t].map(n=>n.map(vs).join(",")).join(`
`)+`
`}var _r=40,xn="abstained";function ks(e,t,n){let r=e;for(let o=0;o<t.length-1;o++)r=r[t[o]];r[t[t.length-1]]=n}function Tr(e){let t=new Uint8Array(e.length),n=e.length/3;for(let r=0;r<n;r++)t.set(e.subarray(3*(n-1-r),3*(n-r)),3*r);return t}function Ut(e){let t=Object.prototype.hasOwnProperty.call(gn,e)?gn[e]:null;if(!t)return null;let n=new Uint8Array(768);for(let r=0;r<3;r++){let o=0;for(let s=0;s<256;s++)o+=t[256*r+s],n[3*s+r]=o}return n}var Cr=e=>e.every(t=>Number.isInteger(t));function $r(e){let t=JSON.parse(JSON.stringify(e.state.values));for(let A of e.state.buffers)ks(t,A.path,ve(A.data));if(!t._lut&&typeof t.cmap=="string"){let A=t.cmap,y=Ut(A.endsWith("_r")?A.slice(0,-2):A);y&&(t._lut=Ut(A)||Tr(y))}let n=e.k,r=br(e),o=new Map,s={key:null,members:null},i=e.page_size||100,l=!!(t._scores&&t._scores.kind==="multilabel");t._scores=l?{...t._scores,fixed:!0}:{},e.omitted?(t._notes=[...t._notes||[],e.omitted],t._binary={}):r===null&&(t._notes=[...t._notes||[],"This matrix was built from counts: its cells have no samples to list."]),t._slices&&Array.isArray(t._slices.names)&&(t._slices={...t._slices,fixed:!0});let a=t._binary&&Number.isFinite(t._binary.lo)?{...t._binary}:null,c=t.rank;t.rank="index",t._issues&&Object.keys(t._issues).length&&(t._issues={...t._issues,kernel_only:!0},a&&delete t._issues.counts);let u=A=>{for(let y of o.get(A)||[])y()},d=(A,y)=>{t[A]=y,u(A)};if(e.recount&&r){let A=ht(r,t.threshold);t._matrix={k:n,cols:n,dtype:"float64",counts:new Uint8Array(A.buffer)},t._metrics=jt(A,n,r,null)}let f=Ie(t._matrix),g=r?ht(r,t.threshold):Float64Array.from(He(f.counts,n,f.cols).square),w=f.cols===n+1?Array.from({length:n},(A,y)=>f.counts[y*f.cols+n]):null;function b(){return{k:n,dtype:"float64",counts:new Uint8Array(g.buffer.slice(0))}}function C(A,y){let F=`${A},${y},${t.threshold}`;return s.key!==F&&(s.key=F,s.members=xr(r,A,y,t.threshold)),s.members}function E(A,y,F,B){let H=0;if(B==="true")for(let D of y){for(let J=0;J<n;J++)H+=g[D*n+J];w&&(H+=w[D])}else for(let D=0;D<n;D++)if(B==="all"){for(let J=0;J<n;J++)H+=g[D*n+J];w&&(H+=w[D])}else for(let J of F)H+=J===n?w?w[D]:0:g[D*n+J];return H?A/H:0}function M(A,y,F,B,H,D,J,he={},pe={}){let ue=0;for(let ne of F)for(let re of B)ue+=re===n?w?w[ne]:0:g[ne*n+re];let me=!!(r&&r.weights||!Cr(g)),ae=yr(t.normalize),Te;if(pe.multilabel){let ne=f.totals,re=ne?ae==="true"?ne.rows[A]:ae==="pred"?ne.cols[y]:ne.all:0;Te=re?ue/re:0}else Te=E(ue,F,B,ae);let et=r?D():[],Ue=et.length,xe=Math.max(0,Math.min(Math.trunc(J)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=et.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,_r)){let re=e.previews&&e.previews[String(Rt(r,ne))];re&&We.push(re)}return{i:A,j:y,...he,sentence:vr(ue,H[0],H[1],Te,A===y,me,{basis:ae,...pe}),count:ue,total:Ue,offset:xe,indices:r?Pt(r,Ve):[],page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function $(A,y,F){let B=t.display_labels||[];return w&&y===n?M(A,y,[A],[y],[String(B[A]??A),xn],()=>[],F,{},{abstained:!0}):M(A,y,[A],[y],[String(B[A]??A),String(B[y]??y)],()=>C(A,y),F,{},{multilabel:l})}let p=t._groups&&Array.isArray(t._groups.names)?t._groups.names.map(String):[],h=new Array(p.length?n:0).fill(0);if(p.length){let A=t._groups.codes,y=new DataView(A.buffer,A.byteOffset,A.byteLength);for(let F=0;F<n;F++)h[F]=n<=65536?y.getUint16(2*F,!0):y.getUint32(4*F,!0)}let k=A=>h.flatMap((y,F)=>y===A?[F]:[]);function m(A,y){if(r.kind==="binary"){let B=[];for(let H of k(A))for(let D of k(y))B.push(...C(H,D));return B.sort((H,D)=>H-D)}let F=[];for(let B=0;B<r.n;B++){let H=r.cells[B],D=Math.floor(H/n);h[D]===A&&h[H-D*n]===y&&F.push(B)}return F}function _(A,y,F){return M(A,y,k(A),k(y),[p[A],p[y]],()=>m(A,y),F,{group:!0})}function v(A,y){let F=w?n+1:n,B=it(A,n,F),H=bn(B,n,F),D=0;for(let[ne,re]of H)D+=re===n?w?w[ne]:0:g[ne*n+re];let J=new Uint8Array(n*n);for(let[ne,re]of H)re<n&&(J[ne*n+re]=1);let he=r?fn(r,J,t.threshold):[],pe=Pt(r||{},he),ue=he.map((ne,re)=>re);r&&r.ids&&ue.sort((ne,re)=>pe[ne]<pe[re]?-1:pe[ne]>pe[re]?1:ne-re);let me=0;for(let ne=0;ne<n;ne++){for(let re=0;re<n;re++)me+=g[ne*n+re];w&&(me+=w[ne])}let ae=(t.display_labels||[]).map(String);w&&ae.push(xn);let Te=B.kind==="row"?ae[B.i]:B.kind==="col"?ae[B.j]:null,et=!!(r&&r.weights||!Cr(g)),Ue=he.length,xe=Math.max(0,Math.min(Math.trunc(y)||0,Math.max(Ue-1,0)));xe-=xe%i;let Ve=ue.slice(xe,xe+i),We=[];for(let ne of Ve.slice(0,_r)){let re=e.previews&&e.previews[String(Rt(r,he[ne]))];re&&We.push(re)}return{i:B.kind==="row"?B.i:-1,j:B.kind==="col"?B.j:-1,kind:B.kind,sentence:Mr(B.kind,D,Te,H.length,me?D/me:0,et,{fixed:It,formatG:wn,pairs:l}),count:D,total:Ue,offset:xe,indices:Ve.map(ne=>pe[ne]),page_size:i,previews:We,available:r!==null,unavailable:e.omitted?"The samples of a cell need a live kernel: this file keeps the counts only.":null}}function O(A=0){let y=t.selected,F=t.selected_group;y!=null&&!(Array.isArray(y)&&y.length===2&&!Array.isArray(y[0]))?d("_selection",v(y,A)):Array.isArray(y)&&y.length===2?d("_selection",$(y[0],y[1],A)):Array.isArray(F)&&F.length===2?d("_selection",_(F[0],F[1],A)):d("_selection",{})}t._order_choices=Object.keys(e.orders||{});function P(A){let y=e.orders&&e.orders[A];y&&(d("_order",{dtype:y.dtype,classes:ve(y.classes),groups:y.groups?ve(y.groups):null}),d("order",A))}function j(A,y,F,B=F){if(A==="selected"&&(y=Ar(y,F,B),y===void 0)||!(y===null||A==="selected"||Array.isArray(y)&&y.length===2&&y.every((J,he)=>Number.isInteger(J)&&J>=0&&J<(he===0?F:B))))return;let D=A==="selected"?"selected_group":"selected";y!==null&&t[D]!=null&&(t[D]=null,u(D)),t[A]=y,u(A),O(0)}function K(A){if(!r||r.kind!=="binary"||!a)return;let y=Number(A);if(!Number.isFinite(y))return;let F=De(Math.min(Math.max(y,a.lo),a.hi),a.lo,a.hi);t.threshold=F,g=ht(r,F),d("_matrix",b()),d("_binary",hn(a,g,F)),d("_metrics",jt(g,n,r,F)),d("_intervals",ee(g)),u("threshold"),t.selected!=null&&O(0)}function z(A){let y=String(A),F=y.endsWith("_r")?y.slice(0,-2):y,H=(e.luts&&e.luts[y]?ve(e.luts[y]):null)||Ut(y),D=H||(e.luts&&e.luts[F]?ve(e.luts[F]):Ut(F));D&&(d("_lut",H||Tr(D)),d("cmap",y))}r&&r.kind==="binary"&&a&&(t.threshold=De(t.threshold,a.lo,a.hi),g=ht(r,t.threshold),t._matrix=b(),t._binary=hn(a,g,t.threshold),t._metrics=jt(g,n,r,t.threshold)),c&&c!=="index"&&(t.selected!=null||t.selected_group!=null)&&O(0);let I=new Set;function U(){let A=Ie(t._matrix),y=Ae(A.counts,A.k,"true",A.cols,A.totals),F=(t.display_labels||[]).map(String),B=F.slice();A.cols===n+1&&B.push(xn);let H=[];for(let D=0;D<A.k;D++)for(let J=0;J<A.cols;J++)H.push([F[D],B[J],A.counts[D*A.cols+J],y[D*A.cols+J]]);return zt(["true","predicted","count","share"],H)}function G(){let A=["index","true","predicted"],y=!!(r&&r.kind==="binary");if(y&&A.push("score"),!r||t.selected==null)return zt(A,[]);let F=it(t.selected,n,w?n+1:n),B=new Uint8Array(n*n);for(let[ue,me]of bn(F,n,w?n+1:n))me<n&&(B[ue*n+me]=1);let H=fn(r,B,t.threshold),D=Pt(r,H),J=(t.display_labels||[]).map(String),he=y?De(t.threshold):0,pe=H.map((ue,me)=>{if(!y)return[D[me],J[Math.floor(r.cells[ue]/n)],J[r.cells[ue]%n]];let ae=r.posIndex;return[D[me],J[r.positive[ue]?ae:1-ae],J[r.scores[ue]>=he?ae:1-ae],r.scores[ue]]});return zt(A,pe)}let W={cells:["confusion_matrix.csv",U],selection:["selection.csv",G]},q=t._intervals&&t._intervals.level?t._intervals:null,L=Float64Array.from(g);function ee(A){return q?A.length===L.length&&A.every((F,B)=>F===L[B])?q:{stale:!0,level:q.level,z:q.z}:t._intervals}return{receive(A){return I.add(A),()=>I.delete(A)},get:A=>t[A],on(A,y){return o.has(A)||o.set(A,new Set),o.get(A).add(y),()=>o.get(A).delete(y)},set(A,y){if(A==="threshold")return K(y);if(A==="cmap")return z(y);if(A==="normalize"){d(A,y??null),(t.selected!=null||t.selected_group!=null)&&O(t._selection?.offset||0);return}if(A==="display_labels"){if(!Array.isArray(y)||y.length!==n)return;d(A,y.map(String)),t.selected!=null&&O(t._selection?.offset||0);return}if(A==="selected")return j(A,y,n,w?n+1:n);if(A==="selected_group")return j(A,y,p.length);if(A==="order")return P(y);if(A==="errors_only")return d(A,y===!0);if(A==="cmap_scale")return y==="log"||y==="linear"?d(A,y):void 0;if(A==="show_totals")return typeof y=="boolean"?d(A,y):void 0;if(A==="top_classes")return y===null||y>=1&&y<=n&&Number.isInteger(y)&&t.level!=="groups"&&!t._matrix.totals?d(A,y):void 0;if(A==="level"){(y==="classes"||y==="groups"&&p.length&&t.top_classes==null)&&d(A,y);return}},send(A){if(A&&A.type==="download"&&W[A.what]){let[y,F]=W[A.what],B={type:"download",what:A.what,name:y,text:F()};queueMicrotask(()=>{for(let H of[...I])H(B)});return}A&&A.type==="page"&&(t.selected!=null||t.selected_group!=null)&&O(Number(A.offset)||0)}}}var As="CMW1",Ss="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~",Ms=new Map([...Ss].map((e,t)=>[e,t]));function _s(e){let t=e.trim(),n=(5-t.length%5)%5,r=new Uint8Array((t.length+n)/5*4);for(let o=0,s=0;o<t.length;o+=5,s+=4){let i=0;for(let l=o;l<o+5;l++){let a=l<t.length?Ms.get(t[l]):84;if(a===void 0)throw new Error("not base85 text");i=i*85+a}r[s]=i>>>24,r[s+1]=i>>>16&255,r[s+2]=i>>>8&255,r[s+3]=i&255}return r.subarray(0,r.length-n)}async function Er(e,t=!1){let n=t?_s(e):Uint8Array.from(atob(e.trim()),o=>o.charCodeAt(0)),r=new Blob([n]).stream().pipeThrough(new DecompressionStream("gzip"));return new Uint8Array(await new Response(r).arrayBuffer())}function Ts(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}async function Cs(e){return new TextDecoder().decode(await Er(e))}async function $s(e,t="cmw-pack85"){let n=await Er(e,t==="cmw-pack85");if(new TextDecoder().decode(n.subarray(0,4))!==As)throw new Error("not a packed cm_widget document");let r=new DataView(n.buffer,n.byteOffset+4,4).getUint32(0,!0),o=n.subarray(8+r);return JSON.parse(new TextDecoder().decode(n.subarray(8,8+r)),(s,i)=>{if(i&&typeof i=="object"&&!Array.isArray(i)){let l=Object.keys(i);if(l.length===1&&l[0]==="__cmw_bytes__"){let[a,c]=i.__cmw_bytes__;return Ts(o.subarray(a,a+c))}}return i})}async function Nr(e){let t=e.textContent,n=e.dataset.encoding;return n==="cmw-pack85"||n==="cmw-pack"?await $s(t,n):JSON.parse(n==="gzip"?await Cs(t):t)}var Es=new Set(["button","input","select","textarea","summary","canvas"]);function Fr(e){let t=(o,s,i)=>{let l=e.createElement(o);return s&&(l.className=s),i!=null&&(l.textContent=i),Es.has(o)&&(l.dataset.lmSuppressShortcuts="true"),l};return{doc:e,h:t,button:(o,s)=>{let i=t("button",o,s);return i.type="button",i},option:(o,s=o)=>{let i=e.createElement("option");return i.value=o,i.textContent=s,i}}}function V(e,t,n,r,o={}){e.addEventListener(t,n,{...o,signal:r})}function Y(e){let t=new AbortController;return e&&(e.aborted?t.abort():e.addEventListener("abort",()=>t.abort(),{once:!0})),t}var Ns=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Fs(e){let t=be(e),n=Math.floor(t.byteLength/4);if(Ns)return new Float32Array(t.buffer,0,n);let r=new DataView(t.buffer);return Float32Array.from({length:n},(o,s)=>r.getFloat32(4*s,!0))}function Or(e){if(!e||typeof e!="object"||!Number.isInteger(e.k)||!Number.isInteger(e.cols))return null;let t=Ee(e.cost);if(t.length!==e.k*e.cols)return null;let n=null;if(e.curve&&typeof e.curve=="object"){let s=Ee(e.curve.t),i=Fs(e.curve.y),l=Math.min(s.length,i.length);l>0&&(n={t:s.subarray(0,l),y:i.subarray(0,l),n:l})}let r=e.least,o=r&&Number.isFinite(r.threshold)&&Number.isFinite(r.mean)?{threshold:r.threshold,mean:r.mean}:null;return{k:e.k,cols:e.cols,cost:t,curve:n,least:o}}function Ir(e,t,n,r,o){let s=t?n+1:n,i=Math.min(o,s),l=(d,f)=>f<n?e[d*n+f]:t[d],a=[],c=0,u=0;for(let d=0;d<n;d++){let f=0;for(let w=0;w<i;w++)f+=l(d,w)*r[d*o+w];let g=0;for(let w=0;w<s;w++)g+=l(d,w);a.push({total:f,mean:g!==0?f/g:0}),c+=f,u+=g}return{total:c,mean:u?c/u:0,perClass:a}}var Os=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function yn(e,t){let n=be(e),r=Math.floor(n.byteLength/t.BYTES_PER_ELEMENT);if(Os)return new t(n.buffer,0,r);let o=new DataView(n.buffer),s=new t(r),i=t===Float32Array?l=>o.getFloat32(4*l,!0):l=>o.getFloat64(8*l,!0);for(let l=0;l<r;l++)s[l]=i(l);return s}function Rr(e){if(!e||typeof e!="object")return null;let t=yn(e.x,Float32Array),n=yn(e.y,Float32Array),r=yn(e.t,Float64Array),o=Math.min(t.length,n.length,r.length);return o>0?{x:t.subarray(0,o),y:n.subarray(0,o),t:r.subarray(0,o),n:o}:null}var vn=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Pr(e){if(!e||typeof e!="object")return null;let t=Rr(e.roc),n=Rr(e.pr);if(!t||!n)return null;let r=(Array.isArray(e.targets)?e.targets:[]).filter(i=>i&&typeof i.name=="string"&&vn(i.threshold)!==null).map(i=>({name:i.name,threshold:i.threshold})),o=e.undefined&&typeof e.undefined=="object"?e.undefined:{},s=Object.fromEntries(["roc","pr"].map(i=>[i,typeof o[i]=="string"?o[i]:null]));return{roc:t,pr:n,auc:vn(e.auc),ap:vn(e.ap),targets:r,undefinedBecause:s}}function jr(e,t,n){let r=0,o=1/0;for(let s=0;s<e.n;s++){let i=e.x[s]-t,l=e.y[s]-n,a=i*i+l*l;a<o&&(o=a,r=s)}return r}function Br(e,t,n){let r=t-2*n,o=new Array(e.n);for(let s=0;s<e.n;s++)o[s]=`${(n+e.x[s]*r).toFixed(1)},${(n+(1-e.y[s])*r).toFixed(1)}`;return o.join(" ")}var Is={uint16:2,uint32:4};function kn(e,t){let n=Is[t];if(!n)return null;let r=be(e);if(r.byteLength%n)return null;let o=new DataView(r.buffer),s=new Array(r.byteLength/n);for(let i=0;i<s.length;i++)s[i]=n===2?o.getUint16(2*i,!0):o.getUint32(4*i,!0);return s}function Dr(e,t){if(!Array.isArray(e)||e.length!==t)return!1;let n=new Uint8Array(t);for(let r of e){if(!Number.isInteger(r)||r<0||r>=t||n[r])return!1;n[r]=1}return!0}var zr=e=>Array.from({length:e},(t,n)=>n);function Ur(e,t,n){let r=e&&e.dtype,o=e?kn(e.classes,r):null,s=n?n.names.length:0,i=e&&n&&e.groups!=null?kn(e.groups,r):null;return{classes:Dr(o,t)?o:zr(t),groups:n?Dr(i,s)?i:zr(s):null}}function Vr(e,t){if(!e||!Array.isArray(e.names)||e.names.length===0)return null;let n=e.names.map(String),r=kn(e.codes,t<=65536?"uint16":"uint32");if(!r||r.length!==t||r.some(s=>s>=n.length))return null;let o=n.map(()=>[]);return r.forEach((s,i)=>o[s].push(i)),{names:n,codes:r,members:o}}var An=e=>Array.isArray(e)&&e.length===2?e.map(t=>Number.isFinite(t)?t:null):null,wt=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function Wr(e,t){let n=wt(e);if(!(n.level>0&&n.level<1))return null;if(n.stale)return{stale:!0,level:n.level,z:Number(n.z),perClass:[],summary:{},binary:null};let r=be(n.per_class),o=t.length,s=[];if(r.byteLength>=48*o){let a=new DataView(r.buffer,r.byteOffset,r.byteLength),c=(u,d)=>{let f=a.getFloat64(8*(6*u+d),!0);return Number.isFinite(f)?f:null};for(let u=0;u<o;u++)s.push({precision:[c(u,0),c(u,1)],recall:[c(u,2),c(u,3)],f1:[c(u,4),c(u,5)]})}let i={};for(let[a,c]of Object.entries(wt(n.summary)))i[a]=Array.isArray(c)?An(c):Object.fromEntries(Object.entries(wt(c)).map(([u,d])=>[u,An(d)]));let l=n.binary?Object.fromEntries(Object.entries(wt(n.binary)).map(([a,c])=>[a,An(c)])):null;return{stale:!1,level:n.level,z:Number(n.z),perClass:s,summary:i,binary:l,methods:wt(n.methods)}}function Rs(e,t){let n=te(e);return!t||t[0]===null||t[1]===null?n:`${n} (${te(t[0])}-${te(t[1])})`}var lt=e=>`${Number((100*e).toFixed(2))}%`;function Vt(e,t,n,r,o,s){if(t.textContent=Rs(n,r),!r||r[0]===null||r[1]===null||!Number.isFinite(n))return;let i=s==="wilson"?"Wilson":s==="bootstrap"?"bootstrap":"";t.title=`${lt(o)} interval ${te(r[0])} to ${te(r[1])}`+(i?` (${i})`:""),t.classList.add("cmw-has-interval");let l=d=>Math.min(Math.max(d,0),1)*100,a=e.h("span","cmw-whisker");a.setAttribute("aria-hidden","true");let c=e.h("span","cmw-whisker-bar");c.style.left=`${l(r[0])}%`,c.style.width=`${Math.max(l(r[1])-l(r[0]),0)}%`;let u=e.h("span","cmw-whisker-tick");u.style.left=`${l(n)}%`,a.append(c,u),t.append(a)}function Gr(e){if(e.stale)return"Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the threshold back, or open the notebook with a kernel.";let t=Object.values(e.methods||{}),n=[`value (low-high): ${lt(e.level)} intervals`];return t.includes("wilson")&&n.push("Wilson score intervals for rates (precision, recall, accuracy)"),t.includes("bootstrap")?n.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages"):n.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()"),`${n.join("; ")}. Hover a value for its whisker.`}function Kr(e,t,n){if(!(t>0)||!Number.isFinite(n))return null;let r=n*n,o=e/t,s=1+r/t,i=(o+r/(2*t))/s,l=n*Math.sqrt(o*(1-o)/t+r/(4*t*t))/s;return[Math.min(Math.max(i-l,0),1),Math.min(Math.max(i+l,0),1)]}function Hr(e,t,n,r=null){let o=[];if(!(n>0))return[];for(let s=0;s<t;s++)for(let i=0;i<t;i++){let l=e[s*t+i];if(s===i||!(l>0)||o.length===n&&l<=o[n-1][0])continue;let a=o.length;for(;a>0&&o[a-1][0]<l;)a--;o.splice(a,0,[l,s*t+i]),o.length>n&&o.pop()}return o.map(([s,i])=>{let l=Math.floor(i/t),a=r?r[l]:ye(e,l*t,t);return[l,i-l*t,s,a===0?0:s/a]})}var Sn={index:"Index",confidence:"Confidence (high first)",margin:"Margin (most confidently wrong first)",loss:"Loss (high first)"};function Xr(e){let t=e&&typeof e=="object"&&!Array.isArray(e)?e:{};if(!Object.keys(t).length)return null;let n=Object.keys(Sn),r=null,o=0;if(t.counts!=null){let s=be(t.counts),i=Math.floor(s.byteLength/4);if(o=Math.round(Math.sqrt(i)),o>0&&i===o*o&&s.byteLength===4*i){let l=new DataView(s.buffer);r=new Uint32Array(i);for(let a=0;a<i;a++)r[a]=l.getUint32(4*a,!0)}}return{k:o,cols:o,counts:r,ranks:n,kernelOnly:t.kernel_only===!0,pending:t.pending===!0,hidden:t.hidden===!0}}function Yr(e,t){return t&&typeof e=="string"&&t.ranks.includes(e)?e:"index"}function qr(e,t,n){if(!e||!e.counts||e.k!==t)return null;let r=new Uint32Array(t*t);for(let o=0;o<t;o++){let s=n?n[o]:o;for(let i=0;i<t;i++)r[o*t+i]=e.counts[s*e.cols+(n?n[i]:i)]}return r}var Mn=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},Zr=e=>Array.isArray(e)?e:[],Wt=e=>typeof e=="number"&&Number.isFinite(e)?e:null;function Ps(e,t){let n=Mn(e),r=Zr(n.names).map(String),o=r.length;if(!o||!(t>0))return null;let s=Mn(n.matrix),i=Math.trunc(Number(s.cols)||0);if(Math.trunc(Number(s.k))!==o*t||i!==t&&i!==t+1)return null;let l=Ie({...s,k:1,cols:o*t*i}),a=r.map((f,g)=>l.counts.subarray(g*t*i,(g+1)*t*i)),c=f=>r.map((g,w)=>Wt(Zr(n[f])[w])),u=Mn(n.most_different),d=Number.isInteger(u.slice)&&u.slice>=0&&u.slice<o?{slice:u.slice,value:Wt(u.value),rest:Wt(u.rest),difference:Wt(u.difference)}:null;return{names:r,k:t,cols:i,counts:a,samples:c("samples"),accuracy:c("accuracy"),balancedAccuracy:c("balanced_accuracy"),macroF1:c("macro_f1"),mostDifferent:d,fixed:n.fixed===!0}}function js(e,t){if(!e)return null;let{k:n,cols:r}=e,o=e.counts.map(i=>Ae(i,n,t,r)),s=o.reduce((i,l)=>Math.max(i,Xe(l)),0);return{values:o,vmax:s,colors:o.map(i=>Re(i,0,s))}}function Bs(e){return typeof e=="string"?e:null}var Jr={slices:{raw:["_slices"],uses:["k"],make:(e,t)=>Ps(t("_slices"),e("k"))},slice:{raw:["slice"],make:(e,t)=>Bs(t("slice"))},sliceColors:{uses:["slices","normalize"],make:e=>js(e("slices"),e("normalize"))},sliceLut:{raw:["_lut"],make:(e,t)=>ot(t("_lut"))||Ct()}};var Qr=256;function gt(...e){let t=1/0;for(let n of e)if(n)for(let r=0;r<n.length;r++)n[r]>0&&n[r]<t&&(t=n[r]);return Number.isFinite(t)?t:0}function Lr(e,t,n){let r=new Float64Array(e.length),o=n>t?Math.log(n/t):0;for(let s=0;s<e.length;s++){let i=e[s];i>0&&(r[s]=o>0?(1+(Qr-2)*(Math.log(i/t)/o))/(Qr-1):1)}return r}function Ze(e,t,n,r){return n==="log"?Re(Lr(e,r,t),0,1):Re(e,0,t)}function Gt(e,t,n){if(!(e>0)||!(t>=e))return[[0,"0"]];let r=i=>n==null?String(Number(i.toPrecision(3))):`${Number((i*100).toPrecision(3))}%`,o=i=>Lr([i],e,t)[0],s=[[o(e),r(e)]];for(let i=Math.ceil(Math.log10(e)+1e-9);10**i<t*(1-1e-9);i++){let l=10**i;l>e*(1+1e-9)&&s.push([o(l),r(l)])}return t>e&&s.push([1,r(t)]),s}function Kt(e,t,n=t,r=null){if(r)return{rows:Float64Array.from(r.rows),cols:Float64Array.from(r.cols),all:Number(r.all)};let o=new Float64Array(t),s=new Float64Array(n);for(let i=0;i<t;i++){o[i]=ye(e,i*n,n);for(let l=0;l<n;l++)s[l]+=e[i*n+l]}return{rows:o,cols:s,all:t*n?ye(e,0,t*n):0}}function eo(e,t,n){let r=(l,a)=>{if(a.length===1)return l[a[0]];let c=0;for(let u of a)c+=l[u];return c},o=Float64Array.from(t,l=>r(e.rows,l.members)),s=e.cols.length-n,i=new Float64Array(t.length+Math.max(0,s));t.forEach((l,a)=>{i[a]=r(e.cols,l.members)});for(let l=0;l<s;l++)i[t.length+l]=e.cols[n+l];return{rows:o,cols:i,all:e.all}}var Ds=new Set(["normalize","cmap","threshold","display_labels","selected",...ur,"order","level","errors_only","selected_group","abstain","top_k","thresholds","rank","slice","cmap_scale","show_totals","top_classes"]),zs=10,Ht=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{},to=e=>Array.isArray(e)?e:[],Xt={matrix:{raw:["_matrix"],make:(e,t)=>Ie(t("_matrix"))},k:{uses:["matrix"],make:e=>e("matrix").k},cols:{uses:["matrix"],make:e=>e("matrix").cols},multilabel:{uses:["matrix"],make:e=>e("matrix").totals!==null},countParts:{uses:["matrix"],make:e=>He(e("matrix").counts,e("k"),e("cols"))},counts:{uses:["countParts"],make:e=>e("countParts").square},labels:{raw:["display_labels"],uses:["k"],make:(e,t)=>{let n=t("display_labels");return Array.from({length:e("k")},(r,o)=>n&&n[o]!=null?String(n[o]):String(o))}},normalize:{raw:["normalize"],make:(e,t)=>t("normalize")??null},topK:{raw:["top_k"],make:(e,t)=>Number.isInteger(t("top_k"))&&t("top_k")>1?t("top_k"):1},abstainAt:{raw:["abstain"],make:(e,t)=>t("abstain")==null||!Number.isFinite(Number(t("abstain")))?null:Number(t("abstain"))},cmap:{raw:["cmap"],make:(e,t)=>String(t("cmap")||"Blues")},threshold:{raw:["threshold"],make:(e,t)=>t("threshold")==null?null:Number(t("threshold"))},selected:{raw:["selected"],uses:["k","cols"],make:(e,t)=>dn(t("selected"),e("k"),e("cols"))},allValues:{uses:["matrix","normalize"],make:e=>Ae(e("matrix").counts,e("k"),e("normalize"),e("cols"),e("matrix").totals)},valueParts:{uses:["allValues"],make:e=>He(e("allValues"),e("k"),e("cols"))},values:{uses:["counts","valueParts","compareState"],make:e=>{let t=e("compareState");return t?or(e("counts"),t.counts):e("valueParts").square}},vmax:{uses:["values","allValues","compareState"],make:e=>Xe(e("compareState")?e("values"):e("allValues"))},abstained:{uses:["countParts","valueParts","vmax","compareState","cmapScale","logLo"],make:e=>{if(e("cols")!==e("k")+1||e("compareState"))return null;let t=e("valueParts").rest;return{counts:e("countParts").rest,values:t,colors:Ze(t,e("vmax"),e("cmapScale"),e("logLo"))}}},colors:{uses:["values","vmax","compareState","k","cmapScale","logLo"],make:e=>e("compareState")?ir(e("values"),e("k")):Ze(e("values"),e("vmax"),e("cmapScale"),e("logLo"))},cmapScale:{raw:["cmap_scale"],make:(e,t)=>t("cmap_scale")==="log"?"log":"linear"},logLo:{uses:["allValues"],make:e=>gt(e("allValues"))},lut:{raw:["_lut"],uses:["compareState"],make:(e,t)=>(e("compareState")||{}).lut||ot(t("_lut"))||Ct()},lutText:{uses:["lut"],make:e=>Et(e("lut"))},fmt:{raw:["values_format"],uses:["allValues","normalize","compareState","countDigits"],make:(e,t)=>e("compareState")?{kind:"delta",digits:e("countDigits")}:nr(t("values_format"),e("normalize"),an(e("allValues")))},countDigits:{uses:["matrix"],make:e=>an(e("matrix").counts)?0:2},colorbar:{uses:["vmax","normalize","compareState","values","countDigits","cmapScale","logLo"],make:e=>e("compareState")?ar(e("values"),e("countDigits")):e("cmapScale")==="log"?Gt(e("logLo"),e("vmax"),e("normalize")):Nt(e("vmax"),e("normalize"))},metrics:{raw:["_metrics"],uses:["labels"],make:(e,t)=>rr(t("_metrics"),e("labels"))},intervals:{raw:["_intervals"],uses:["labels"],make:(e,t)=>Wr(t("_intervals"),e("labels"))},calibration:{raw:["_calibration"],uses:["k"],make:(e,t)=>oo(t("_calibration"),e("k"))},binary:{raw:["_binary"],uses:["labels"],make:(e,t)=>{let n=Ht(t("_binary"));if(!(Number.isFinite(n.lo)&&Number.isFinite(n.hi)))return null;let r=e("labels"),o=n.pos_index===0?0:1;return{...n,posName:r[o]??"positive",negName:r[1-o]??"negative"}}},selectionSpec:{raw:["selected"],uses:["k","cols"],make:(e,t)=>it(t("selected"),e("k"),e("cols"))},hasSelection:{raw:["selected"],make:(e,t)=>t("selected")!=null},selection:{raw:["_selection"],make:(e,t)=>{let n=Ht(t("_selection"));return!Number.isInteger(n.i)||!Number.isInteger(n.j)?null:{...n,available:n.available!==!1,sentence:to(n.sentence)}}},notes:{raw:["_notes"],make:(e,t)=>to(t("_notes")).map(String)},issues:{raw:["_issues"],make:(e,t)=>Xr(t("_issues"))},rank:{raw:["rank"],uses:["issues"],make:(e,t)=>Yr(t("rank"),e("issues"))},curves:{raw:["_curves"],make:(e,t)=>Pr(t("_curves"))},costs:{raw:["_costs"],uses:["k"],make:(e,t)=>{let n=Or(t("_costs"));return n&&n.k===e("k")?n:null}},expectedCost:{uses:["costs","counts","countParts","k","cols"],make:e=>{let t=e("costs");if(!t)return null;let n=e("cols")===e("k")+1?e("countParts").rest:null;return Ir(e("counts"),n,e("k"),t.cost,t.cols)}},scores:{raw:["_scores"],make:(e,t)=>{let n=Ht(t("_scores"));return n.kind==="multiclass"&&Number.isFinite(n.lo)&&Number.isFinite(n.hi)||n.kind==="multilabel"&&Array.isArray(n.tables)?n:null}},table:{raw:["_table"],make:(e,t)=>{let n=Ht(t("_table"));if(!n.engine)return null;let r=Ee(n.edges);return{engine:String(n.engine),rows:Number(n.rows)||0,ids:n.ids===!0,exact:Number(n.exact)||0,edges:r.length?r:null}}},...cr,...Jr,order:{raw:["_order"],uses:["k","groups"],make:(e,t)=>Ur(t("_order"),e("k"),e("groups"))},orderName:{raw:["order"],make:(e,t)=>typeof t("order")=="string"?t("order"):"given"},orderChoices:{raw:["_order_choices"],make:(e,t)=>Array.isArray(t("_order_choices"))?t("_order_choices"):null},groups:{raw:["_groups"],uses:["k"],make:(e,t)=>Vr(t("_groups"),e("k"))},level:{raw:["level"],uses:["groups"],make:(e,t)=>t("level")==="groups"&&e("groups")?"groups":"classes"},errorsOnly:{raw:["errors_only"],make:(e,t)=>t("errors_only")===!0},selectedGroup:{raw:["selected_group"],uses:["groups"],make:(e,t)=>e("groups")?dn(t("selected_group"),e("groups").names.length):null},top:{uses:["counts","k","countParts","cols","matrix"],make:e=>Hr(e("counts"),e("k"),zs,Us(e))},focus:{make:()=>null},showTotals:{raw:["show_totals"],make:(e,t)=>t("show_totals")===!0},topClasses:{raw:["top_classes"],uses:["k"],make:(e,t)=>Number.isInteger(t("top_classes"))&&t("top_classes")>=1?t("top_classes"):null},totals:{uses:["matrix","k","cols"],make:e=>Kt(e("matrix").counts,e("k"),e("cols"),e("matrix").totals)}},bt={},no=e=>{if(!bt[e]){let t=Xt[e];bt[e]=[...new Set([...t.raw||[],...(t.uses||[]).flatMap(no)])]}return bt[e]};for(let e of Object.keys(Xt))no(e);function Us(e){let{totals:t}=e("matrix");if(t)return t.rows;let n=e("k");if(e("cols")!==n+1)return null;let r=e("counts"),o=e("countParts").rest;return Float64Array.from({length:n},(s,i)=>ye(r,i*n,n)+o[i])}function ro(e){let t=new Map,n=a=>{if(!Xt[a])throw new Error(`unknown state key ${a}`);return Xt[a]},r=a=>{let c=n(a),u=bt[a].map(g=>e.get(g)),d=t.get(a);if(d&&d.raws.every((g,w)=>g===u[w]))return d.value;let f=c.make(r,g=>e.get(g));return t.set(a,{raws:u,value:f}),f};return{get:r,on:(a,c)=>{n(a);let u=bt[a].map(d=>e.on(d,c));return()=>u.forEach(d=>d())},set:(a,c)=>{if(!Ds.has(a))throw new Error(`${a} is not something the page may write`);e.set(a,c)},send:a=>e.send(a),receive:a=>e.receive?e.receive(a):()=>{}}}function X(e,t,n,r){let o=!1,s=()=>{o||r&&r.aborted||(o=!0,queueMicrotask(()=>{o=!1,r&&r.aborted||n()}))},i=t.map(l=>e.on(l,s));return r&&r.addEventListener("abort",()=>i.forEach(l=>l()),{once:!0}),s}var Vs="http://www.w3.org/2000/svg",Fe=180,at=28,_n=180,Yt=44,Ws=12,so=e=>e&&typeof e=="object"&&!Array.isArray(e)?e:{};function oo(e,t){let n=so(e);if(typeof n.note=="string")return{note:n.note};if(n.kind!=="binary"&&n.kind!=="multiclass")return null;let r=so(n.hist),o=Number.isInteger(r.bins)&&r.bins>0?r.bins:0,s=Ee(r.counts);return{kind:n.kind,x:Ee(n.x),y:Ee(n.y),n:Ee(n.n),ece:Number(n.ece),eceLow:Number(n.ece_low),eceHigh:Number(n.ece_high),level:Number(n.level),nBins:Number(n.n_bins),strategy:String(n.strategy||""),hist:o&&s.length===o*t?{bins:o,lo:Number(r.lo),hi:Number(r.hi),counts:s}:null}}function io(e){let t=Number.isFinite(e.eceLow)&&Number.isFinite(e.eceHigh)?` (${te(e.eceLow)}-${te(e.eceHigh)}), ${lt(e.level)} interval`:"";return`ECE ${te(e.ece)}${t}`}function Se(e,t,n,r){let o=e.createElementNS(Vs,t);for(let[s,i]of Object.entries(n))o.setAttribute(s,String(i));return r&&o.setAttribute("class",r),o}function lo({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=o("div","cmw-calibration"),l=o("div","cmw-calibration-title"),a=o("div","cmw-calibration-plots");i.append(l,a);let c=[];function u(){let b=e.get("calibration");if(!b||!b.hist)return null;let C=b.kind==="binary"?e.get("threshold"):e.get("abstainAt");return C==null||!Number.isFinite(C)?null:C}function d(){let b=e.get("calibration"),C=u();for(let E of c){if(C===null||!b||!b.hist){E.setAttribute("visibility","hidden");continue}let{lo:M,hi:$}=b.hist,p=(Math.min(Math.max(C,M),$)-M)/($-M||1)*_n;E.setAttribute("x1",String(p)),E.setAttribute("x2",String(p)),E.setAttribute("visibility","visible"),E.dataset.at=String(C)}}function f(b){let C=Se(s,"svg",{width:Fe+at+8,height:Fe+at+8,role:"img"},"cmw-reliability");C.setAttribute("aria-label",`reliability diagram, ${io(b)}`);let E=k=>at+k*Fe,M=k=>4+(1-k)*Fe;C.append(Se(s,"rect",{x:at,y:4,width:Fe,height:Fe},"cmw-plot-frame"),Se(s,"line",{x1:E(0),y1:M(0),x2:E(1),y2:M(1)},"cmw-diagonal"));let $=Se(s,"text",{x:at+Fe/2,y:Fe+at+2,"text-anchor":"middle"},"cmw-axis-label");$.textContent="mean predicted probability";let p=Se(s,"text",{x:10,y:4+Fe/2,"text-anchor":"middle",transform:`rotate(-90 10 ${4+Fe/2})`},"cmw-axis-label");p.textContent="observed frequency",C.append($,p);let h=Array.from(b.x,(k,m)=>`${E(k)},${M(b.y[m])}`).join(" ");return C.append(Se(s,"polyline",{points:h},"cmw-reliability-line")),b.x.forEach((k,m)=>{let _=Se(s,"circle",{cx:E(k),cy:M(b.y[m]),r:3},"cmw-reliability-point"),v=Se(s,"title",{});v.textContent=`predicted ${te(k)}, observed ${te(b.y[m])}, ${Math.round(b.n[m]*100)/100} samples`,_.append(v),C.append(_)}),C}function g(b,C){let E=o("div","cmw-histograms"),{bins:M,counts:$}=b.hist,p=C.length,h=Math.min(p,Ws),k=0;for(let _=0;_<h*M;_++)k=Math.max(k,$[_]);let m=b.kind==="binary"?`score of ${C[1]??"positive"}`:"top score";E.append(o("div","cmw-histograms-title",`${m} by true class`)),c=[];for(let _=0;_<h;_++){let v=o("div","cmw-histogram-row"),O=o("span","cmw-histogram-name",C[_]);O.title=C[_];let P=Se(s,"svg",{width:_n,height:Yt},"cmw-histogram"),j=_n/M;for(let z=0;z<M;z++){let I=$[_*M+z];if(!(I>0))continue;let U=k>0?I/k*(Yt-2):0;P.append(Se(s,"rect",{x:z*j,y:Yt-U,width:Math.max(j-1,1),height:U},"cmw-histogram-bar"))}let K=Se(s,"line",{x1:0,x2:0,y1:0,y2:Yt},"cmw-threshold-line");c.push(K),P.append(K),v.append(O,P),E.append(v)}return p>h&&E.append(o("div","cmw-note",`the first ${h} of ${p} classes`)),E}function w(){let b=e.get("calibration");if(i.hidden=!b,c=[],!b)return;if(b.note){l.textContent=b.note,a.replaceChildren();return}let C=b.kind==="binary"?"":" (top label)";l.textContent=`Calibration${C}: ${io(b)}, ${b.nBins} ${b.strategy} bins`;let E=[f(b)];b.hist&&E.push(g(b,e.get("labels"))),a.replaceChildren(...E),d()}return X(e,["calibration","labels"],w,r.signal),X(e,["threshold","abstainAt"],d,r.signal),w(),{el:i,update:w,destroy:()=>{r.abort(),i.remove()}}}var Tn=e=>`${(100*e).toFixed(1)}%`;function Gs(e,t,n,r,o,s){let i=(c,u)=>u===n?t?t[c]:0:e[c*n+u],l=t?n+1:n,a=0;for(let c=0;c<n;c++)for(let u=0;u<l;u++)(s==="all"||(s==="pred"?u===o:c===r))&&(a+=i(c,u));return{count:i(r,o),den:a}}function ao({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-cell-interval");function s(){let i=e.get("intervals"),l=e.get("selected"),a=e.get("k"),c=i&&Number.isFinite(i.z)&&Array.isArray(l)&&l.length===2&&!e.get("multilabel");if(o.hidden=!c,!c){o.textContent="";return}let u=e.get("countParts"),d=e.get("cols")===a+1?u.rest:null,f=e.get("normalize")==null?"true":e.get("normalize"),{count:g,den:w}=Gs(u.square,d,a,l[0],l[1],f),b=Kr(g,w,i.z),C=f==="all"?"the whole":f==="pred"?"its predicted column":"its true row";o.textContent=b?`Share of ${C}: ${Tn(g/w)}, ${lt(i.level)} interval ${Tn(b[0])}-${Tn(b[1])} (Wilson).`:`Share of ${C}: no samples, no interval.`,o.dataset.low=b?String(b[0]):"",o.dataset.high=b?String(b[1]):""}return X(e,["intervals","selected","countParts","normalize","cols","k","multilabel"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}var Ks=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function Hs(e,t){return`From ${e.name} to ${t}: ${Ks(e.fixed,"sample")} fixed, ${e.broken} broken, ${e.changed} changed their prediction.`}function Xs(e,t){return`fixed: wrong in ${e.name}, right in ${t}; broken: right in ${e.name}, wrong in ${t}`}function co({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-compare");s.setAttribute("aria-live","polite"),s.hidden=!0;function i(a,c,u,d,f,g,w){let b=o("div",a);if(b.append(o("div","cmw-moves-title",`${c} (${u})`)),!d.length)return b.append(o("span","cmw-hint","none")),b;let C=o("div","cmw-moves-list");return d.forEach((E,M)=>{let $=o("span","cmw-move"),p=f[M];$.append(o("span","cmw-idx",`sample ${E}`),t.doc.createTextNode(": predicted "),o("em",null,w[p]??String(p)),t.doc.createTextNode(` in ${g}`)),C.append($)}),b.append(C),u>d.length&&b.append(o("span","cmw-hint",`showing the first ${d.length} of ${u}`)),b}function l(){let a=e.get("compareState");if(s.hidden=!a,s.replaceChildren(),!a)return;let c=e.get("run"),u=o("p","cmw-compare-summary",Hs(a,c));u.title=Xs(a,c),s.append(u);let d=e.get("moves");if(!d){s.append(o("p","cmw-hint","Click a cell to see the samples that entered it and those that left it."));return}let f=e.get("labels"),g=o("p","cmw-moves-head");g.append(t.doc.createTextNode("Cell true "),o("em",null,f[d.i]??String(d.i)),t.doc.createTextNode(", predicted "),o("em",null,f[d.j]??String(d.j)),t.doc.createTextNode(`: ${d.nEntered} entered, ${d.nLeft} left since ${a.name}.`)),s.append(g,i("cmw-entered","Entered",d.nEntered,d.entered,d.cameFrom,a.name,f),i("cmw-left","Left",d.nLeft,d.left,d.wentTo,c,f))}return X(e,["compareState","moves","run","labels"],l,r.signal),l(),{el:s,update:l,destroy:()=>{r.abort(),s.remove()}}}function uo({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-controls"),a=s("div","cmw-seg");a.setAttribute("role","group"),a.setAttribute("aria-label","Normalisation");let c=mr.map(E=>{let M=i("cmw-seg-btn");return M.setAttribute("aria-label",E.label),M.append(s("span","cmw-long",E.label),s("span","cmw-short",E.short)),M.dataset.value=E.value===null?"":E.value,a.append(M),M}),u=s("label","cmw-field"),d=s("select","cmw-cmap");for(let E of dr)d.append(t.option(E));u.append(s("span","cmw-field-name","Colormap"),d);let f=t.option("cmw:compare"),g=s("label","cmw-field"),w=s("input","cmw-reverse");w.type="checkbox",g.append(w,s("span",null,"reverse")),l.append(a,u,g,...r);function b(){let E=e.get("normalize");for(let h of c){let k=(h.dataset.value||null)===E;h.classList.toggle("cmw-active",k),h.setAttribute("aria-pressed",String(k))}let M=e.get("compareState");if(d.disabled=!!M,w.disabled=!!M,M){f.textContent=`${M.cmap} (better / worse)`,f.parentNode||d.append(f),d.value=f.value,d.title=`Compare mode colours each cell by better (blue) or worse (red) since ${M.name}; the colormap returns when compare mode ends.`;return}f.remove(),d.removeAttribute("title");let{base:$,reversed:p}=pr(e.get("cmap"));[...d.options].some(h=>h.value===$)||d.append(t.option($)),d.value=$,w.checked=p}let C=()=>e.set("cmap",fr(d.value,w.checked));return V(a,"click",E=>{let M=E.target.closest(".cmw-seg-btn");M&&e.set("normalize",M.dataset.value||null)},o.signal),V(d,"change",C,o.signal),V(w,"change",C,o.signal),X(e,["normalize","cmap","compareState"],b,o.signal),b(),{el:l,update:b,destroy:()=>{o.abort(),l.remove()}}}var mo={width:240,height:130,pad:34},Ys="http://www.w3.org/2000/svg";function Je(e){return Number.isFinite(e)?Number.isInteger(e)||Math.abs(e)>=1e3?Math.round(e).toLocaleString("en-US"):te(e):"–"}function qs(e,t){let n=e.perClass.map((r,o)=>`${t[o]??o} ${Je(r.mean)}`).join(", ");return`Expected cost ${Je(e.mean)} per sample (${Je(e.total)} in total); per true class: ${n}.`}function Zs(e,t,n,r,o){let{width:s,height:i,pad:l}=o,a=d=>l+(d-t)/(n>t?n-t:1)*(s-2*l),c=d=>i-l+4-(r>0?d/r:0)*(i-l-12),u=new Array(e.n);for(let d=0;d<e.n;d++)u[d]=`${a(e.t[d]).toFixed(1)},${c(e.y[d]).toFixed(1)}`;return{points:u.join(" "),xs:a,ys:c}}function po({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("p","cmw-cost-sentence");o.hidden=!0;function s(){let i=e.get("expectedCost");o.hidden=!i,i&&(o.textContent=qs(i,e.get("labels")),o.dataset.mean=String(i.mean),o.dataset.total=String(i.total))}return X(e,["expectedCost","labels"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function fo({state:e,dom:t,signal:n}){let r=Y(n),{h:o,doc:s}=t,i=(O,P={})=>{let j=s.createElementNS(Ys,O);for(let[K,z]of Object.entries(P))j.setAttribute(K,String(z));return j},l=o("figure","cmw-curve cmw-cost");l.hidden=!0;let a=o("figcaption","cmw-curve-title","Expected cost per sample by threshold"),{width:c,height:u,pad:d}=mo,f=i("svg",{width:c,height:u,viewBox:`0 0 ${c} ${u}`,role:"img","aria-label":"Expected cost per sample at each threshold, its least point marked"});f.classList.add("cmw-cost-svg");let g=i("polyline",{class:"cmw-curve-line cmw-cost-line"}),w=i("line",{class:"cmw-curve-guide cmw-cost-now"}),b=i("circle",{r:5,class:"cmw-cost-least"}),C=i("title");b.append(C);let E=i("circle",{r:4,class:"cmw-curve-marker cmw-cost-marker"}),M=i("text",{x:c/2,y:u-4,class:"cmw-curve-axis","text-anchor":"middle"});M.textContent="threshold";let $=i("text",{x:9,y:u/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${u/2})`});$.textContent="cost";let p=i("text",{x:d-4,y:14,class:"cmw-curve-tick","text-anchor":"end"});f.append(i("rect",{x:d,y:8,width:c-2*d,height:u-d-4,class:"cmw-curve-frame"}),g,w,b,E,M,$,p);let h=t.button("cmw-cost-snap","Move the threshold to the least cost"),k=o("p","cmw-cost-readout");l.append(a,f,h,k);let m=null,_=null;V(h,"click",()=>{let O=e.get("costs"),P=e.get("binary");O&&O.least&&P&&e.set("threshold",oe(O.least.threshold,P.lo,P.hi))},r.signal);function v(){let O=e.get("costs"),P=e.get("binary");if(l.hidden=!(O&&O.curve&&O.least&&P),l.hidden)return;if(_!==O||!m||m.lo!==P.lo||m.hi!==P.hi){let I=0;for(let W=0;W<O.curve.n;W++)I=Math.max(I,O.curve.y[W]);let U=Zs(O.curve,P.lo,P.hi,I,mo);g.setAttribute("points",U.points),m={...U,lo:P.lo,hi:P.hi},p.textContent=Je(I);let G=oe(O.least.threshold,P.lo,P.hi);b.setAttribute("cx",m.xs(G).toFixed(1)),b.setAttribute("cy",m.ys(O.least.mean).toFixed(1)),C.textContent=`least cost ${Je(O.least.mean)} at threshold ${G}`,Object.assign(l.dataset,{leastThreshold:String(O.least.threshold),leastMean:String(O.least.mean)}),_=O}let j=m.xs(oe(P.threshold,P.lo,P.hi)).toFixed(1);for(let[I,U]of Object.entries({x1:j,x2:j,y1:8,y2:u-d+4}))w.setAttribute(I,String(U));let K=e.get("expectedCost"),z=K?K.mean:NaN;E.setAttribute("visibility",Number.isFinite(z)?"visible":"hidden"),Number.isFinite(z)&&(E.setAttribute("cx",j),E.setAttribute("cy",m.ys(z).toFixed(1))),h.disabled=Math.abs(z-O.least.mean)<=1e-12*Math.max(1,Math.abs(O.least.mean)),k.textContent=`Now ${Je(z)} per sample; least ${Je(O.least.mean)} at threshold ${te(oe(O.least.threshold,P.lo,P.hi))}.`,l.dataset.mean=String(z)}return X(e,["costs","binary","expectedCost"],v,r.signal),v(),{el:l,update:v,destroy:()=>{r.abort(),l.remove()}}}var qt=64,$n=800,ho=120,Zt=6,Js=6,vt=2,Qs=14,En=140,le=8,Pe=20,Nn=15,Oe=6,Fn=16,Qe=14,yt=6,Cn=8,xt=6,On=new Set(["ArrowUp","ArrowDown","ArrowLeft","ArrowRight","Home","End","PageUp","PageDown"]);function Le(e,t,n={}){let r=n.yLabelWidth||0,o=n.xLabelHeight||0,s=n.rightWidth||0,i=n.maxCell||qt,l=n.maxGrid||$n,a=le+Pe+r+Oe,c=le,u=e>0&&n.extra?1:0,d=e>0&&n.totals?n.totals:null,f=!!(d&&n.outside),g=d?xt+d.w*(f?2:1):0,w=Math.min(l,Math.max(ho,t-a-s-le-u*yt-g)),b=n.view||ze(e),C=e>0?b.v:0,E=C>0?Math.min(i,w/(C+u)):0;u&&E<Cn&&(E=Math.min(i,(w-Cn)/C)),E>=Zt&&(E=Math.floor(E));let M=E*C,$=a+M+yt,p=u?Math.max(E,Cn):0,h=(u?$+p:a+M)+xt,k=c+M+xt,m=f?h+d.w:h,_=d?m+d.w:u?$+p:a+M,v=d?xt+d.h*(f?2:1):0;return{k:e,v:C,r0:b.r0,c0:b.c0,room:w,cell:E,x0:a,y0:c,grid:M,extra:u,xExtra:$,xw:p,right:_,tot:d,out:f,xOut:h,yOut:k,xTot:m,yTot:f?k+d.h:k,below:v,width:Math.ceil(_+s+le),height:Math.ceil(c+M+v+Oe+o+Pe+le+(Math.max(1,n.xTitleLines||1)-1)*Nn)}}function wo(e,t){if(!Number.isFinite(t)||e.height<=t)return;let n=e.v||1,r=(e.grid-(e.height-t))/n;return r>=Zt&&(r=Math.floor(r)),Math.max(ho,r*(n+e.extra))}function Jt(e,t,n){if(!n||!(n.cell>0))return null;let r=e-n.x0,o=t-n.y0;if(!(o>=0&&o<n.grid))return null;let s=(n.v??n.k)-1,i=n.r0||0,l=n.c0||0,a=i+Math.min(s,Math.floor(o/n.cell));return n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw?[a,n.k]:r>=0&&r<n.grid?[a,l+Math.min(s,Math.floor(r/n.cell))]:null}function ze(e){return{r0:0,c0:0,v:Math.max(0,e)}}function go(e,t){return e*Js>t}function bo(e,t){return Math.min(e,Math.max(1,Math.ceil(t/qt)))}function Me(e,t,n=1){if(!(t>0))return ze(0);let r=e||ze(t),o=oe(Math.round(Number(r.v)||t),Math.min(t,Math.max(1,n)),t),s=oe(Math.round(Number(r.r0)||0),0,t-o),i=oe(Math.round(Number(r.c0)||0),0,t-o);return{r0:s,c0:i,v:o}}function xo(e,t,n,r,o=1){let s=Me(e,r,o);if(!(t>0)||!(r>0))return s;let i=oe(Math.round(s.v/t),Math.min(r,Math.max(1,o)),r);if(i===s.v)return s;let[l,a]=n||[s.r0+s.v/2,s.c0+s.v/2],c=(u,d)=>d-(d-u)*i/s.v;return Me({r0:c(s.r0,l),c0:c(s.c0,a),v:i},r,o)}function yo(e,t,n,r,o=1){let s=Me(e,r,o);return Me({r0:s.r0+Math.round(t),c0:s.c0+Math.round(n),v:s.v},r,o)}function Qt(e,t,n,r=1){let o=Me(e,n,r);if(!t)return o;let s=(i,l)=>l<i?l:l>=i+o.v?l-o.v+1:i;return Me({r0:s(o.r0,t[0]),c0:s(o.c0,t[1]),v:o.v},n,r)}function vo(e,t,n,r,o=1){let s=Me(e,n,o),i=Math.min(s.v,Math.max(r,o));return Me({r0:t[0]-Math.floor(i/2),c0:t[1]-Math.floor(i/2),v:i},n,o)}function ko(e,t,n){let r=n.v??n.k,o=(s,i,l)=>l+oe((s-i)/n.cell,0,r);return[o(t,n.y0,n.r0||0),o(e,n.x0,n.c0||0)]}function Ao(e,t=0){let n=e*(t===1?16:t===2?400:1);return!Number.isFinite(n)||n===0?1:2**oe(-n/200,-1,1)}function In(e,t){let n=r=>r+e.v-1;return`rows ${e.r0}-${n(e.r0)}, columns ${e.c0}-${n(e.c0)} of ${t}`}function So(e,t,n=Qs){if(!(t>0)||e<=1)return 1;for(let r=1;;r*=10)for(let o of[1,2,5])if(o*r*t>=n||o*r>=e)return o*r}function kt(e,t,n=0){let r=[];for(let o=Math.ceil(n/t)*t;o<n+e;o+=t)r.push(o);return r}function Rn(e,t,n,r,o,s=0,i=r){if(!(t>0)||r<=0||i<=0)return-1;let l=Math.ceil(s/n)*n,a=Math.floor((s+i-1)/n)*n;if(a<l)return-1;let c=oe(Math.round((s+e/t-.5)/n)*n,l,a);return Math.abs((c-s+.5)*t-e)<=Math.max(t/2,o)?c:-1}function At(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),o=0,s=r.length;for(;o<s;){let i=o+s+1>>1;n(r.slice(0,i).join("")+"…")<=t?o=i:s=i-1}return r.slice(0,o).join("")+"…"}function Mo(e,t,n,r=1,o=n){if(n<=0||!On.has(t))return e;if(!e)return[0,0];let[s,i]=e;return t==="ArrowUp"?s-=r:t==="ArrowDown"?s+=r:t==="ArrowLeft"?i-=r:t==="ArrowRight"?i+=r:t==="Home"?i=0:t==="End"?i=o-1:t==="PageUp"?s-=10:t==="PageDown"&&(s+=10),[oe(s,0,n-1),oe(i,0,o-1)]}var ge=(e,t)=>e.extra&&t>=e.k?e.xExtra:e.x0+(t-e.c0)*e.cell,fe=(e,t)=>e.y0+(t-e.r0)*e.cell,_e=(e,t)=>e.extra&&t>=e.k?e.xw:e.cell,ct=(e,[t,n])=>t>=e.r0&&t<e.r0+e.v&&(n>=e.c0&&n<e.c0+e.v||!!e.extra&&n===e.k);function _o({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=s("cmw-edit-btn","Edit labels");i.setAttribute("aria-expanded","false");let l=o("div","cmw-labels-panel");l.hidden=!0;let a=null,c=null;function u(){let w=e.get("labels");c=w;let b=o("div","cmw-labels-list");a=w.map((E,M)=>{let $=o("label","cmw-label-row"),p=o("input","cmw-label-input");return p.type="text",p.value=ft(E),p.dataset.index=String(M),$.append(o("span","cmw-label-idx",String(M)),p),b.append($),p});let C=o("div","cmw-labels-actions");C.append(s("cmw-save","Save"),s("cmw-cancel","Cancel"),o("span","cmw-hint","Enter saves, Escape cancels. ⏎ stands for a line break.")),l.replaceChildren(b,C),l.hidden=!1,i.setAttribute("aria-expanded","true"),a.length&&a[0].focus()}function d(w=!1){a=null,c=null,l.hidden=!0,l.replaceChildren(),i.setAttribute("aria-expanded","false"),w&&i.focus({preventScroll:!0})}function f(){let w=c,b=e.get("labels"),C=a.map((E,M)=>E.value!==ft(w[M])?mn(E.value,w[M]):b[M]);d(!0),C.length===b.length&&C.some((E,M)=>E!==b[M])&&e.set("display_labels",C)}function g(){a&&a.length!==e.get("k")&&d()}return V(i,"click",()=>a?d():u(),r.signal),V(l,"keydown",w=>{w.key==="Enter"&&!w.isComposing&&w.target.tagName==="INPUT"?(w.preventDefault(),f()):w.key==="Escape"&&(w.preventDefault(),d(!0))},r.signal),V(l,"click",w=>{w.target.closest(".cmw-save")?f():w.target.closest(".cmw-cancel")&&d(!0)},r.signal),X(e,["labels","k"],g,r.signal),{el:l,button:i,update:g,open:u,close:d,isOpen:()=>a!==null,destroy:()=>{r.abort(),l.remove(),i.remove()}}}function To({dom:e,host:t,box:n,name:r,index:o,done:s}){let i=e.h("input","cmw-inline-edit");i.type="text",i.value=ft(r),i.setAttribute("aria-label",`Name of class ${o}`),Object.assign(i.style,{left:`${n.left}px`,top:`${n.top}px`,width:`${n.width}px`});let l=new AbortController,a=!1,c=(u,d=!1)=>{if(a)return;a=!0,l.abort();let f=mn(i.value,r);i.remove(),s(u&&f!==r?f:null,d)};return i.addEventListener("keydown",u=>{(u.key==="Enter"&&!u.isComposing||u.key==="Escape")&&(u.preventDefault(),c(u.key==="Enter",!0))},{signal:l.signal}),i.addEventListener("blur",()=>c(!0),{signal:l.signal}),t.append(i),i.focus(),i.select(),{finish:c}}var Ls=12;function ei(e,t,n,r=Ls){let o=e||{r0:0,c0:0,v:t},s=Math.min(o.v,r,t),i=(l,a)=>a==null||a<l||a>=l+o.v?l:Math.max(l,Math.min(a-Math.floor(s/2),l+o.v-s));return{rows:i(o.r0,n&&n[0]),cols:i(o.c0,n&&n[1]),side:s}}function Co({state:e,dom:t,signal:n}){let{h:r}=t,o=r("div","cmw-sr cmw-cell-table"),s=null;function i(a,c={counts:e.get("counts"),values:e.get("values")}){let u=e.get("fmt"),d=ce(c.counts[a],e.get("countDigits"));return u.kind==="percent"?`${d} (${Ye(c.values[a],u)})`:d}function l(){let a=e.get("k"),c=e.get("labels"),u=e.get("selected"),d=e.get("abstained"),f=ei(s,a,u&&u[1]<a?u:u&&[u[0],null]),g=r("table"),w=r("caption",null,`Confusion matrix, rows ${f.rows+1}-${f.rows+f.side} and columns ${f.cols+1}-${f.cols+f.side} of ${a}: rows are the true label, columns the predicted label.`),b=r("tr");b.append(r("td"));for(let M=f.cols;M<f.cols+f.side;M++){let $=r("th",null,`Predicted ${c[M]}`);$.scope="col",b.append($)}if(d){let M=r("th",null,"Abstained");M.scope="col",b.append(M)}let C=r("tbody");for(let M=f.rows;M<f.rows+f.side;M++){let $=r("tr"),p=r("th",null,`True ${c[M]}`);p.scope="row",$.append(p);let h=(k,m)=>{let _=r("td",null,m);u&&u[0]===M&&u[1]===k&&(_.dataset.selected="true",_.textContent=`${_.textContent}, selected`),$.append(_)};for(let k=f.cols;k<f.cols+f.side;k++)h(k,i(M*a+k));d&&h(a,i(M,d)),C.append($)}let E=r("thead");E.append(b),g.append(w,E,C),o.replaceChildren(g)}return X(e,["k","labels","counts","values","fmt","countDigits","selected","abstained"],l,n),l(),{el:o,update:l,setView(a){s&&a&&s.r0===a.r0&&s.c0===a.c0&&s.v===a.v||(s=a,l())},destroy:()=>o.remove()}}function ti(e,t){let n=new Int32Array(t).fill(-1);return e.forEach((r,o)=>{for(let s of r.members)n[s]=o}),n}function $o(e,t,n,r){if(!e||e.kind==="cell")return null;if(e.kind==="errors")return{rows:[],cols:[],cells:[],errors:!0};let o=ti(t,n),s=a=>a===n?r?t.length:-1:o[a];if(e.kind==="row")return{rows:o[e.i]>=0?[o[e.i]]:[],cols:[],cells:[],errors:!1};if(e.kind==="col")return{rows:[],cols:s(e.j)>=0?[s(e.j)]:[],cells:[],errors:!1};let i=new Set,l=[];for(let[a,c]of e.cells){let u=o[a],d=s(c),f=`${u},${d}`;u<0||d<0||i.has(f)||(i.add(f),l.push([u,d]))}return{rows:[],cols:[],cells:l,errors:!1}}function Eo(e,t,n,r,o){if(e==="errors")return"errors";if(!e||typeof e!="object")return;let s=l=>t[l]&&t[l].kind==="class"?t[l].index:-1,i=l=>l===t.length&&r?n:s(l);if(Number.isInteger(e.row)){let l=s(e.row);return l>=0?{row:l}:void 0}if(Number.isInteger(e.col)){let l=i(e.col);return l>=0?{col:l}:void 0}if(Array.isArray(e.add)&&e.add.length===2){let l=s(e.add[0]),a=i(e.add[1]);return l>=0&&a>=0?Sr(o,[l,a]):void 0}}var No="(other)";function Fo(e,t){if(!Number.isInteger(t)||t<1||t>=e.length)return e;let n=e.slice(t).flatMap(r=>r.members).sort((r,o)=>r-o);return[...e.slice(0,t),{kind:"other",index:-1,members:n}]}var Oo=e=>e.length>0&&e[e.length-1].kind==="other";function Io(e,t){return Float64Array.from(t,n=>{let r=0;for(let o of n.members)r+=e[o];return r})}function Ro(e,t,n,r){if(!n)return{square:Ae(e,t,r),rest:null};let o=t+1,s=new Float64Array(t*o);for(let l=0;l<t;l++){for(let a=0;a<t;a++)s[l*o+a]=e[l*t+a];s[l*o+t]=n[l]}let i=He(Ae(s,t,r,o),t,o);return{square:i.square,rest:i.rest}}function Po(e,t,n,r,o){let s=e[t],i=n===e.length&&o?[r]:e[n]?e[n].members:null;if(!s||!i||s.kind==="group"||e[n]&&e[n].kind==="group")return;let l=[];for(let a of s.members)for(let c of i)l.push([a,c]);return Dt(l)}function ni(e,t,n,r,o=new Set){let s=t&&t.classes&&t.classes.length===e?t.classes:jo(e);if(r!=="groups"||!n)return Array.from(s,u=>({kind:"class",index:u,members:[u]}));let i=n.names.length,l=Array.from({length:i},()=>[]);for(let u of s)l[n.codes[u]].push(u);let a=t&&t.groups&&t.groups.length===i?t.groups:jo(i),c=[];for(let u of a)if(o.has(u))for(let d of l[u])c.push({kind:"class",index:d,members:[d]});else c.push({kind:"group",index:u,members:l[u]});return c}function jo(e){return Array.from({length:e},(t,n)=>n)}function ri(e){return e.every(t=>t.kind==="class")}function Pn(e,t,n){let r=n.length,o=new e.constructor(r*r);for(let s=0;s<r;s++){let i=n[s]*t;for(let l=0;l<r;l++)o[s*r+l]=e[i+n[l]]}return o}function oi(e,t,n){let r=n.length,o=new Int32Array(t).fill(-1);n.forEach((i,l)=>{for(let a of i.members)o[a]=l});let s=new Float64Array(r*r);for(let i=0;i<t;i++){let l=o[i];if(!(l<0))for(let a=0;a<t;a++){let c=o[a];c>=0&&(s[l*r+c]+=e[i*t+a])}}return s}function Bo(e,t){let n=new e.constructor(t.length);return t.forEach((r,o)=>{n[o]=e[r]}),n}function si(e,t,n=null,r="linear"){let o=0,s=1/0,i=a=>{a>o&&(o=a),a>0&&a<s&&(s=a)};for(let a=0;a<t;a++)for(let c=0;c<t;c++)a!==c&&i(e[a*t+c]);if(n)for(let a of n)i(a);s=Number.isFinite(s)?s:0;let l=Ze(e,o,r,s);for(let a=0;a<t;a++)l[a*t+a]=0;return{colors:l,vmax:o,lo:s}}var Do=new Set(["k","labels","counts","values","colors","vmax","colorbar","selected","focus","items","abstained","issueMarks","marks","totals"]),ii=["k","labels","counts","values","colors","vmax","colorbar","normalize","selected","order","groups","level","errorsOnly","selectedGroup","compareState","abstained","issues","selectionSpec","cmapScale","logLo","totals","multilabel","topClasses"];function zo(e){let t={expanded:new Set,focus:null,version:0},n=new Set,r=new Map,o=p=>e.get(p),s=(p,h,k)=>{let m=r.get(p);if(m&&m.deps.length===h.length&&m.deps.every((v,O)=>v===h[O]))return m.value;let _=k();return r.set(p,{deps:h,value:_}),_},i=()=>!!o("compareState"),l=()=>i()?"classes":o("level"),a=()=>l()==="classes"&&!i()?o("topClasses"):null,c=()=>s("items",[o("k"),o("order"),o("groups"),l(),t.version,a()],()=>Fo(ni(o("k"),o("order"),o("groups"),l(),t.expanded),a())),u=()=>Oo(c()),d=()=>s("otherView",[c(),o("abstained"),o("counts"),o("normalize")],()=>{let p=o("abstained"),h=p?Io(p.counts,c()):null;return{extra:h,...Ro(b("counts"),c().length,h,o("normalize"))}}),f=()=>s("perm",[c()],()=>ri(c())?c().map(p=>p.index):null),g=()=>{let p=f();return p!==null&&p.every((h,k)=>h===k)},w={items:c,k:()=>c().length,labels:()=>s("labels",[c(),o("labels"),o("groups")],()=>{let p=o("labels"),h=o("groups");return c().map(k=>k.kind==="class"?p[k.index]:k.kind==="other"?No:`${h.names[k.index]} (${k.members.length})`)}),counts:()=>s("counts",[c(),o("counts")],()=>{if(g())return o("counts");let p=f();return p?Pn(o("counts"),o("k"),p):oi(o("counts"),o("k"),c())}),values:()=>s("values",[c(),o("values"),o("normalize")],()=>{if(g())return o("values");let p=f();return p?o("values")===o("counts")?b("counts"):Pn(o("values"),o("k"),p):u()?d().square:Ae(b("counts"),c().length,o("normalize"))}),abstainedRows:()=>s("abstainedRows",[c(),o("abstained")],()=>{let p=o("abstained"),h=f();return p&&u()?{counts:d().extra,values:d().rest}:!p||h===null?null:g()?p:{counts:Bo(p.counts,h),values:Bo(p.values,h)}}),abstained:()=>s("abstained",[w.abstainedRows(),w.colorsAndMax()],()=>{let p=w.abstainedRows();if(!p)return null;let h=w.colorsAndMax().lo;return p===o("abstained")&&w.vmax()===o("vmax")&&h==null?p:{counts:p.counts,values:p.values,colors:h!=null?Ze(p.values,w.vmax(),o("cmapScale"),h):Re(p.values,0,w.vmax())}}),colorsAndMax:()=>s("colorsAndMax",[c(),o("values"),o("colors"),o("errorsOnly"),o("cmapScale"),i(),w.abstainedRows()],()=>{let p=c().length;if(o("errorsOnly")&&!i()){let O=w.abstainedRows();return si(b("values"),p,O&&O.values,o("cmapScale"))}if(g())return{colors:o("colors"),vmax:o("vmax")};let h=f();if(h)return{colors:Pn(o("colors"),o("k"),h),vmax:o("vmax")};let k=b("values"),m=w.abstainedRows(),_=Math.max(Xe(k),m?Xe(m.values):-1/0),v=gt(k,m&&m.values);return{colors:Ze(k,_,o("cmapScale"),v),vmax:_,lo:v}}),colors:()=>w.colorsAndMax().colors,vmax:()=>w.colorsAndMax().vmax,colorbar:()=>s("colorbar",[w.colorsAndMax(),o("normalize"),o("colorbar"),o("cmapScale")],()=>{let p=w.colorsAndMax().lo;return w.vmax()===o("vmax")&&p==null?o("colorbar"):o("cmapScale")==="log"?Gt(p??gt(b("values")),w.vmax(),o("normalize")):Nt(w.vmax(),o("normalize"))}),selected:()=>s("selected",[c(),o("selected"),o("selectedGroup"),w.abstainedRows()],()=>{let p=c(),h=o("selected"),k=o("selectedGroup"),m=(O,P)=>p.findIndex(j=>j.kind===O&&j.index===P||O==="class"&&j.kind==="other"&&j.members.includes(P)),_=O=>O===o("k")&&w.abstainedRows()?p.length:m("class",O),v=h?[m("class",h[0]),_(h[1])]:k?[m("group",k[0]),m("group",k[1])]:null;return v&&v[0]>=0&&v[1]>=0?v:null}),issueMarks:()=>s("issueMarks",[c(),o("issues")],()=>{let p=f();return p===null?null:qr(o("issues"),o("k"),g()?null:p)}),marks:()=>s("marks",[c(),o("selectionSpec"),w.abstainedRows()],()=>$o(o("selectionSpec"),c(),o("k"),!!w.abstainedRows())),totals:()=>s("totals",[c(),o("totals"),o("counts")],()=>{let p=o("totals");if(g())return p;if(f()!==null||u())return eo(p,c(),o("k"));if(o("multilabel"))return null;let h=c().length;return Kt(b("counts"),h,h)}),focus:()=>s("focus",[c(),t.version],()=>{let p=t.focus;if(p===null)return null;let h=_=>c().findIndex(v=>v.members.includes(_)),k=h(p.row),m=h(p.col);return k>=0&&m>=0?{r:k,c:m,outline:p.outline}:null})};function b(p){return Do.has(p)?w[p]():e.get(p)}function C(p,h){if(!Do.has(p))return e.on(p,h);let k=ii.map(_=>e.on(_,h)),m=()=>h();return n.add(m),()=>{k.forEach(_=>_()),n.delete(m)}}function E(p,h){let k=c();if(p==="selected"){if(h==null){o("selectedGroup")&&e.set("selected_group",null),(o("selected")||o("selectionSpec"))&&e.set("selected",null);return}if(!Array.isArray(h)){let v=Eo(h,k,o("k"),!!w.abstainedRows(),o("selectionSpec"));v!==void 0&&e.set("selected",v);return}let m=k[h[0]],_=k[h[1]];if(m&&m.kind==="other"||_&&_.kind==="other"){let v=Po(k,h[0],h[1],o("k"),!!w.abstainedRows());v!==void 0&&e.set("selected",v);return}if(m&&m.kind==="class"&&h[1]===k.length&&w.abstainedRows()){e.set("selected",[m.index,o("k")]);return}if(!m||!_)return;m.kind==="class"&&_.kind==="class"?e.set("selected",[m.index,_.index]):m.kind==="group"&&_.kind==="group"&&e.set("selected_group",[m.index,_.index]);return}if(p==="display_labels"){let m=o("labels").slice();h.forEach((_,v)=>{k[v]&&k[v].kind==="class"&&(m[k[v].index]=_)}),e.set("display_labels",m);return}e.set(p,h)}function M(){t.version+=1;for(let p of[...n])p()}return{get:b,on:C,set:E,send:p=>e.send(p),local:{expand(p,h){h?t.expanded.add(p):t.expanded.delete(p),M()},expanded:()=>new Set(t.expanded),focus(p,h,k=!1){t.focus=p==null?null:{row:p,col:h,outline:k},M()}}}}var Uo=[["given","Given"],["name","Name (A-Z)"],["support","Support"],["errors","Errors"],["cluster","Confused together"]],li=8,ai=12,ci=20;function ui(e,t,n=li){let r=String(t||"").trim().toLowerCase();if(!r)return[];let o=[],s=[];return e.forEach((i,l)=>{let c=String(i).toLowerCase().indexOf(r);c===0?o.push(l):c>0&&s.push(l)}),o.concat(s).slice(0,n)}function di(e,[t,n,r,o]){let s=Number.isInteger(r)?String(r):Number(r).toFixed(2);return`${e[t]} → ${e[n]}: ${s} (${(o*100).toFixed(1)}%)`}function mi(e){return e?`Selected: ${e.sentence.map(t=>String(t&&t.text!=null?t.text:"")).join("")}`:"Selection cleared."}function Vo({state:e,display:t,dom:n,signal:r}){let o=Y(r),s=(y,F,B)=>V(y,F,B,o.signal),{h:i,button:l,option:a}=n,c=i("div","cmw-order"),u=i("div","cmw-order-bar"),d=i("label","cmw-order-label");d.append(i("span","cmw-field-name","Order "));let f=i("select","cmw-order-select");f.title="Order of the classes";for(let[y,F]of Uo)f.append(a(y,F));let g=a("list","Custom (from Python)");g.disabled=!0,f.append(g),d.append(f);let w=i("label","cmw-errors-only-label"),b=i("input","cmw-errors-only");b.type="checkbox",w.append(b,n.doc.createTextNode(" Errors only"));let C=i("label","cmw-level-label","Show "),E=i("select","cmw-level");E.append(a("classes","Classes"),a("groups","Groups")),C.append(E),u.append(d,w,C);let M=i("div","cmw-expand");M.setAttribute("role","group"),M.setAttribute("aria-label","Expand groups");let $=i("div","cmw-search"),p=i("label","cmw-search-label");p.append(i("span","cmw-field-name","Find class "));let h=i("input","cmw-search-input");h.type="search",h.placeholder="Find class",h.setAttribute("role","combobox"),h.setAttribute("aria-autocomplete","list"),h.setAttribute("aria-expanded","false");let k=`cmw-matches-${Math.random().toString(36).slice(2,9)}`;h.setAttribute("aria-controls",k),p.append(h);let m=i("ul","cmw-matches");m.id=k,m.setAttribute("role","listbox"),m.setAttribute("aria-label","Matching classes"),m.hidden=!0,$.append(p,m);let _=i("details","cmw-top"),v=i("summary","cmw-top-title","Largest errors"),O=!1;s(v,"click",()=>{O=!0}),v.id=`${k}-top`;let P=i("ol","cmw-top-list");P.setAttribute("aria-labelledby",v.id),_.append(v,P);let j=i("div","cmw-sr");j.setAttribute("aria-live","polite"),j.setAttribute("role","status"),c.append(u,M,$,_,j);let K=y=>{j.textContent=y};s(f,"change",()=>{e.set("order",f.value),K(`Order: ${f.selectedOptions[0].textContent}.`)}),s(b,"change",()=>{e.set("errors_only",b.checked),K(b.checked?"Errors only: the diagonal is neutral.":"Errors only off.")}),s(E,"change",()=>{e.set("level",E.value),K(`Showing ${E.value}.`)}),s(M,"change",y=>{let F=y.target.closest("input[data-group]");F&&(t.local.expand(Number(F.dataset.group),F.checked),K(`${F.checked?"Expanded":"Collapsed"} ${F.parentElement.textContent.trim()}.`))});function z(y){let F=e.get("labels");h.value=F[y],I(),t.local.focus(y,y,!0),K(`Found ${F[y]}: its row and column are outlined.`)}function I(){m.hidden=!0,h.setAttribute("aria-expanded","false"),h.removeAttribute("aria-activedescendant")}function U(){let y=e.get("labels"),F=ui(y,h.value);m.replaceChildren(...F.map((B,H)=>{let D=i("li","cmw-match",y[B]);return D.id=`${k}-${H}`,D.setAttribute("role","option"),D.dataset.cls=String(B),D})),m.hidden=F.length===0,h.setAttribute("aria-expanded",String(F.length>0)),h.value.trim()||t.local.focus(null)}function G(y){let F=[...m.children];if(!F.length)return null;let B=F.findIndex(D=>D.getAttribute("aria-selected")==="true"),H=y===0?Math.max(B,0):(B+y+F.length)%F.length;return F.forEach((D,J)=>D.setAttribute("aria-selected",String(J===H))),h.setAttribute("aria-activedescendant",F[H].id),F[H]}s(h,"input",U),s(h,"keydown",y=>{if(y.key==="ArrowDown"||y.key==="ArrowUp")G(y.key==="ArrowDown"?1:-1),y.preventDefault();else if(y.key==="Enter"){let F=G(0);F&&z(Number(F.dataset.cls)),y.preventDefault()}else y.key==="Escape"&&!m.hidden&&(I(),y.preventDefault())}),s(m,"click",y=>{let F=y.target.closest("li[data-cls]");F&&z(Number(F.dataset.cls))}),s(P,"click",y=>{let F=y.target.closest("button[data-i]");if(!F)return;let[B,H]=[Number(F.dataset.i),Number(F.dataset.j)];e.get("level")==="groups"&&e.set("level","classes"),e.set("selected",[B,H]),t.local.focus(B,H,!1)});function W(){let y=e.get("k");c.hidden=y<=2,$.hidden=y<=ai;let F=e.get("orderChoices");for(let D of f.options)D.value!=="list"&&(D.disabled=F!==null&&!F.includes(D.value),D.title=D.disabled?"Needs a live kernel":"");let B=e.get("orderName");f.value=Uo.some(([D])=>D===B)?B:"list",b.checked=e.get("errorsOnly");let H=e.get("groups");C.hidden=!H,E.value=e.get("level"),q(H),L()}function q(y){let F=t.local.expanded(),B=!!y&&e.get("level")==="groups";if(M.hidden=!B,!B)return;let H=y.names.map((D,J)=>{let he=i("label","cmw-expand-item"),pe=i("input");return pe.type="checkbox",pe.dataset.group=String(J),pe.checked=F.has(J),he.append(pe,n.doc.createTextNode(` ${D}`)),he});M.replaceChildren(i("span","cmw-expand-title","Expand: "),...H)}function L(){let y=e.get("labels"),F=e.get("top");v.textContent=`${e.get("multilabel")?"Most frequent label pairs":"Largest errors"} (${F.length})`,O||(_.open=e.get("k")>ci),P.replaceChildren(...F.map(B=>{let H=i("li"),D=l("cmw-top-item",di(y,B));return D.dataset.i=String(B[0]),D.dataset.j=String(B[1]),H.append(D),H})),_.hidden=F.length===0}let ee=e.get("selection");function A(){let y=e.get("selection");y!==ee&&K(mi(y)),ee=y}return X(e,["k","orderName","orderChoices","errorsOnly","groups","level","top","labels","multilabel"],W,o.signal),X(e,["selection"],A,o.signal),W(),{el:c,update:W,destroy:()=>{o.abort(),c.remove()}}}function Wo(e){let t=zo(e.state),n=Vo({...e,display:t}),r=Co({...e,state:t});return{panel:n,table:r,matrixCtx:{...e,state:t,report:s=>{e.report&&e.report(s),s.view&&r.setView(s.view)}}}}var Go=34;function Ko(e,t,n,r){if(!n)return 0;let o=Math.round(Math.sqrt(n.length)),s=0;for(let i=0;i<o;i++)for(let l=0;l<o;l++){let a=n[i*o+l];if(!a||!ct(t,[i,l]))continue;let c=_e(t,l),u=Math.max(3,Math.min(10,Math.min(c,t.cell)*.3)),d=ge(t,l)+c,f=fe(t,i);e.beginPath(),e.moveTo(d-u,f),e.lineTo(d,f),e.lineTo(d,f+u),e.closePath(),e.fillStyle=r.accent,e.fill(),c>=Go&&t.cell>=Go&&(e.font=`9px ${r.family}`,e.textAlign="right",e.textBaseline="top",e.fillStyle=r.accent,e.fillText(String(a),d-u-1,f+1)),s+=1}return s}var ke=12,Lt="abstained",jn=8,pi=13;function Ho(e){return Array.from({length:256},(t,n)=>Tt(e,n))}function Xo(e,t,n,r,o){let s=t||e.createElement("canvas");return s.width=o,s.height=o,s.getContext("2d").putImageData(new ImageData(Ln(n,r,o*o),o,o),0,0),s}function Yo(e,t,n,r){if(!(!t.extra||!n))for(let o=t.r0;o<t.r0+t.v;o++)e.fillStyle=r[n[o]],e.fillRect(t.xExtra,fe(t,o),t.xw,t.cell)}function qo(e,t,n,r,o){if(t.cell<Zt){e.imageSmoothingEnabled=!1,e.drawImage(o(),t.c0,t.r0,t.v,t.v,t.x0,t.y0,t.grid,t.grid),e.imageSmoothingEnabled=!0;return}let s=t.k;for(let i=t.r0;i<t.r0+t.v;i++)for(let l=t.c0;l<t.c0+t.v;l++)e.fillStyle=r[n[i*s+l]],e.fillRect(ge(t,l),fe(t,i),t.cell,t.cell)}function Zo(e,t,n){e.strokeStyle=n.border,e.lineWidth=1,e.strokeRect(t.x0-.5,t.y0-.5,t.grid+1,t.grid+1),t.extra&&e.strokeRect(t.xExtra-.5,t.y0-.5,t.xw+1,t.grid+1)}function Jo(e,t,n,r){let o=t.k,s=Math.min(pi,Math.floor(t.cell*.3));if(s<jn||n.values.length<o*o||n.counts.length<o*o)return;let i=t.extra&&n.abstained?n.abstained:null,l=[];for(let c=t.r0;c<t.r0+t.v;c++){let u=fe(t,c)+t.cell/2;for(let d=t.c0;d<t.c0+t.v;d++){let f=un(n.values[c*o+d],n.counts[c*o+d],n.fmt,n.countDigits);l.push([ge(t,d)+t.cell/2,u,f,n.colors[c*o+d]])}if(i){let d=un(i.values[c],i.counts[c],n.fmt,n.countDigits);l.push([t.xExtra+t.xw/2,u,d,i.colors[c]])}}let a=fi(e,l.map(c=>c[2]),t.cell,s,r);if(a){e.textAlign="center",e.textBaseline="middle";for(let[c,u,d,f]of l)e.fillStyle=Qn(n.lutText,n.lut,f),a.mode==="two"?(e.font=a.font,e.fillText(d.main,c,u-a.px*.5),e.font=a.subFont,e.fillText(d.sub,c,u+a.px*.65)):(e.font=a.font,e.fillText(a.mode==="one"&&d.sub?`${d.main} ${d.sub}`:d.main,c,u))}}function fi(e,t,n,r,o){let s=n-4,i=(a,c)=>{e.font=a;let u=0;for(let d of t)u=Math.max(u,e.measureText(c(d)).width);return u},l=t.length>0&&t[0].sub!=="";for(let a=r;a>=jn;a--){let c=`${a}px ${o.family}`,u=Math.max(jn-1,Math.round(a*.8)),d=`${u}px ${o.family}`;if(!(i(c,g=>g.main)>s))return l?n>=a*2.4+u&&i(d,g=>g.sub)<=s?{mode:"two",px:a,font:c,subFont:d}:i(c,g=>`${g.main} ${g.sub}`)<=s?{mode:"one",px:a,font:c}:{mode:"main",px:a,font:c}:{mode:"main",px:a,font:c}}return null}function Qo(e,t,n,r,o,s,i,l){let a=$=>e.measureText($).width;e.font=l(ke),e.fillStyle=i.fg,e.strokeStyle=i.muted,e.lineWidth=1,e.beginPath(),e.textAlign="right",e.textBaseline="middle";for(let $ of kt(t.v,o.step,t.r0)){let p=fe(t,$)+t.cell/2;e.fillText(At(n[$],r,a),t.x0-Oe,p),e.moveTo(t.x0-3,Math.round(p)+.5),e.lineTo(t.x0,Math.round(p)+.5)}let c=t.y0+t.grid+(t.below||0)+Oe,u=kt(t.v,o.step,t.c0).map($=>[ge(t,$)+t.cell/2,n[$],o.rotated]);t.extra&&u.push([t.xExtra+t.xw/2,Lt,o.extraRotated]);for(let[$,p,h]of u){let k=At(p,r,a);e.moveTo(Math.round($)+.5,t.y0+t.grid),e.lineTo(Math.round($)+.5,t.y0+t.grid+3),h?(e.save(),e.translate($,c),e.rotate(-Math.PI/2),e.textAlign="right",e.textBaseline="middle",e.fillText(k,0,0),e.restore()):(e.textAlign="center",e.textBaseline="top",e.fillText(k,$,c))}e.stroke(),e.font=l(ke,!0),e.fillStyle=i.fg,e.textAlign="center",e.textBaseline="middle";let d=Array.isArray(s.x)?s.x:[String(s.x)],f=t.y0+t.grid+(t.below||0)+Oe+o.height+Pe/2+2,g=Math.max(...d.map(a)),w=oe(t.x0+t.grid/2,le+g/2,Math.max(le+g/2,t.width-le-g/2));d.forEach(($,p)=>e.fillText($,w,f+p*Nn));let b=Math.max(t.grid,t.height-2*le),C=String(s.y),E=a(C)<=b?C:At(C.split(" (")[0],b,a),M=oe(t.y0+t.grid/2,le+a(E)/2,Math.max(le,t.height-le-a(E)/2));e.save(),e.translate(le+Pe/2,M),e.rotate(-Math.PI/2),e.fillText(E,0,0),e.restore()}function Lo(e,t){let n=0;for(let[,r]of t)n=Math.max(n,e.measureText(String(r)).width);return Math.ceil(Fn+Qe+6+n+Pe)}function hi(e,t,n,r,o){let s=e.getTransform?e.getTransform():null,i=s&&Math.abs(s.d)||1,l=Math.round(t*i)/i,a=Math.round((t+Qe)*i)/i-l,c=Math.round(n*i),u=Math.round((n+r)*i)-c,d=g=>Math.min(255,Math.floor((g+.5)/u*256)),f=0;for(let g=1;g<=u;g++)g<u&&d(g)===d(f)||(e.fillStyle=o[d(f)],e.fillRect(l,(c+u-g)/i,a,(g-f)/i),f=g)}function e1(e,t,n,r,o,s,i=""){if(i){e.font=s(ke-1),e.fillStyle=o.fg,e.textAlign="center",e.textBaseline="middle";let c=f=>e.measureText(f).width,u=At(String(i),Math.max(t.grid,t.height-2*le),c),d=oe(t.y0+t.grid/2,le+c(u)/2,Math.max(le,t.height-le-c(u)/2));e.save(),e.translate(t.width-le-Pe/2,d),e.rotate(-Math.PI/2),e.fillText(u,0,0),e.restore()}let l=(t.right??t.x0+t.grid)+Fn,a=t.grid;hi(e,l,t.y0,a,r),e.strokeStyle=o.border,e.strokeRect(l-.5,t.y0-.5,Qe+1,a+1),e.font=s(ke-1),e.fillStyle=o.fg,e.textAlign="left",e.textBaseline="middle",e.beginPath();for(let[c,u]of n){let d=t.y0+a*(1-oe(Number(c)||0,0,1));e.moveTo(l+Qe,Math.round(d)+.5),e.lineTo(l+Qe+3,Math.round(d)+.5),e.fillText(String(u),l+Qe+5,oe(d,t.y0+5,t.y0+a-5))}e.strokeStyle=o.muted,e.stroke()}function t1(e,t,n,r,o){e.lineWidth=2,e.setLineDash([4,3]),e.strokeStyle=o.fg,n>=t.r0&&n<t.r0+t.v&&e.strokeRect(t.x0+1,fe(t,n)+1,t.grid-2,Math.max(t.cell-2,1)),r>=t.c0&&r<t.c0+t.v&&e.strokeRect(ge(t,r)+1,t.y0+1,Math.max(t.cell-2,1),t.grid-2),e.setLineDash([])}function n1(e,t,n,r,o){let s=([i,l],a,c,u)=>{if(!ct(t,[i,l]))return;let d=Math.max(_e(t,l),8),f=Math.max(t.cell,8),g=ge(t,l)+_e(t,l)/2-d/2,w=fe(t,i)+t.cell/2-f/2;e.setLineDash(c),e.lineWidth=u,e.strokeStyle=o.bg,e.strokeRect(g+u,w+u,d-2*u,f-2*u),e.strokeStyle=a,e.strokeRect(g+u/2,w+u/2,d-u,f-u)};n&&s(n,o.accent,[],2),r&&s(r,o.fg,[3,2],1.5),e.setLineDash([])}function r1(e,t,n,r){if(!n)return;let o=2,s=(c,u,d,f)=>{e.lineWidth=o,e.strokeStyle=r.bg,e.strokeRect(c+o,u+o,d-2*o,f-2*o),e.strokeStyle=r.accent,e.strokeRect(c+o/2,u+o/2,d-o,f-o)};e.setLineDash([]);let i=c=>c>=t.r0&&c<t.r0+t.v,l=c=>t.extra&&c>=t.k||c>=t.c0&&c<t.c0+t.v,a=t.extra?t.xExtra+t.xw:t.x0+t.grid;for(let c of n.rows||[])i(c)&&s(t.x0,fe(t,c),a-t.x0,Math.max(t.cell,4));for(let c of n.cols||[])l(c)&&s(ge(t,c),t.y0,Math.max(_e(t,c),4),t.grid);if(n.errors){s(t.x0,t.y0,t.grid,t.grid),e.beginPath(),e.lineWidth=1,e.strokeStyle=r.accent,e.setLineDash([3,3]);for(let c=t.r0;c<t.r0+t.v;c++)c<t.c0||c>=t.c0+t.v||(e.moveTo(ge(t,c),fe(t,c)),e.lineTo(ge(t,c)+t.cell,fe(t,c)+t.cell));e.stroke(),e.setLineDash([])}for(let[c,u]of n.cells||[]){if(!ct(t,[c,u]))continue;let d=Math.max(_e(t,u),8),f=Math.max(t.cell,8);s(ge(t,u)+_e(t,u)/2-d/2,fe(t,c)+t.cell/2-f/2,d,f)}}var o1={true:"% of its true row",pred:"% of its predicted column",all:"% of all samples"},wi={true:"% of the samples with the true label",pred:"% of the samples predicted with the label",all:"% of all samples"};function gi(e){let t=Number.isInteger(e.topK)&&e.topK>1?e.topK:1,n=e.abstain==null||!Number.isFinite(Number(e.abstain))?null:Number(e.abstain),r=e.groups?"group":"label",o=`Predicted ${r}`,s=`True ${r}`,i=[],l=[],a=[];e.multilabel&&(l.push("a sample counts once per true label"),i.push("once per predicted label"),a.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.")),t>1&&(i.push(`top-${t}: right if the true class is among the ${t} highest scores`),a.push(`Top-${t}: a sample is on the diagonal when its true class is among its ${t} highest scores, elsewhere at its highest score.`)),n!==null&&(i.push(`or abstained: top score below ${n}`),a.push(`Abstaining: a sample whose top score is below ${n} counts in the last column, "abstained".`)),e.groups&&a.push("Groups: each row and column sums the classes of a group (expanded groups show their classes)."),e.normalize==="true"&&l.push("each row sums to 100%"),e.normalize==="pred"&&i.push("each column sums to 100%");let c;return e.compare?(c=`change in count since ${e.compare.name}`,a.push(`Change since ${e.compare.name}: each cell shows ${e.compare.run||"this run"}'s count minus ${e.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`)):e.normalize&&o1[e.normalize]?(c=(e.multilabel?wi:o1)[e.normalize],a.push(`Normalised: each cell shows the ${c}.`)):c="count of samples",i.length&&(o+=` (${i.join("; ")})`),l.length&&(s+=` (${l.join("; ")})`),{x:o,y:s,bar:c,badges:a}}function s1(e){let t=e("compareState");return gi({topK:e("topK"),abstain:e("abstainAt"),compare:t?{name:t.name,run:e("run")}:null,groups:e("level")==="groups",multilabel:e("multilabel"),normalize:e("normalize")})}function i1(e,t,n){let r=[],o="";for(let s of String(e).split(" ")){let i=o?`${o} ${s}`:s;o&&n(i)>t?(r.push(o),o=s):o=i}return(o||!r.length)&&r.push(o),r}var Bn="total",u1="outside",St=11,bi=9,xi=8,l1=90,yi="rgba(127, 127, 127, 0.1)";function d1(e,t,n,r,o,s=!1){let i=(u,d)=>(e.font=o(d),Math.max(0,...Array.from(u,f=>e.measureText(typeof f=="string"?f:ce(f,n)).width))),l=Math.min(l1,Math.ceil(Math.max(i([...t.rows,t.all],St),i([s?u1:Bn],12))+8));if(r<bi)return{w:Math.min(l,40),h:xi,rotated:!1,text:!1};let a=i(t.cols,St),c=a>r-4;return{w:l,h:Math.ceil(c?Math.min(l1,a+6):St+8),rotated:c,text:!0}}var a1=(e,t,n,r)=>e>=t&&e<t+r.grid?n+Math.min(r.v-1,Math.floor((e-t)/r.cell)):-1;function Dn(e,t,n){if(!n||!n.tot)return null;let{w:r,h:o}=n.tot,s=n.out?[[n.xOut,n.yOut,"out"],[n.xTot,n.yTot,""]]:[[n.xTot,n.yTot,""]];for(let[i,l,a]of s){let c=e>=i&&e<i+r,u=t>=l&&t<l+o,d=w=>a?a+w[0].toUpperCase()+w.slice(1):w;if(c&&u)return a?null:{kind:"all"};let f=c?a1(t,n.y0,n.r0,n):-1;if(f>=0)return{kind:d("row"),i:f};let g=u?a1(e,n.x0,n.c0,n):-1;if(g>=0)return{kind:d("col"),j:g};if(u&&n.extra&&e>=n.xExtra&&e<n.xExtra+n.xw)return{kind:d("col"),j:n.k};if(c||u)return null}return null}function c1(e,t,n,r,o,s,i,l,a,c){let{tot:u}=t;if(e.fillStyle=i.band||yi,e.fillRect(n,t.y0,u.w,t.grid),e.fillRect(t.x0,r,n+u.w-t.x0,u.h),e.strokeStyle=i.border,e.lineWidth=1,e.setLineDash(c?[3,2]:[]),e.strokeRect(n-.5,t.y0-.5,u.w+1,t.grid+1),e.strokeRect(t.x0-.5,r-.5,t.grid+1,u.h+1),t.extra&&e.strokeRect(t.xExtra-.5,r-.5,t.xw+1,u.h+1),e.setLineDash([]),!u.text)return;e.fillStyle=c?i.muted:i.fg,e.font=l(St),e.textAlign="center",e.textBaseline="middle";for(let f=0;f<t.v;f++)e.fillText(ce(o(f),a),n+u.w/2,fe(t,t.r0+f)+t.cell/2);let d=Array.from({length:t.v},(f,g)=>t.c0+g);t.extra&&d.push(t.k),d.forEach((f,g)=>{e.save(),e.translate(ge(t,f)+_e(t,f)/2,r+u.h/2),u.rotated&&e.rotate(-Math.PI/2),e.fillText(ce(s(g,f),a),0,0),e.restore()})}function m1(e,t,n,r,o,s,i){if(!t.tot||!n)return;let{tot:l}=t;e.save(),t.out&&r&&c1(e,t,t.xOut,t.yOut,a=>r.rows[a],a=>r.cols[a],s,i,o,!0),c1(e,t,t.xTot,t.yTot,a=>n.rows[t.r0+a],(a,c)=>n.cols[c],s,i,o,!1),e.strokeRect(t.xTot-.5,t.yTot-.5,l.w+1,l.h+1),e.font=i(St,!0),l.text&&e.fillText(ce(n.all,o),t.xTot+l.w/2,t.yTot+l.h/2),e.font=i(12),e.fillStyle=s.muted;for(let[a,c,u]of t.out?[[u1,t.xOut,t.yOut],[Bn,t.xTot,t.yTot]]:[[Bn,t.xTot,t.yTot]])e.textAlign="center",e.textBaseline="top",e.fillText(a,c+l.w/2,t.yTot+l.h+6),e.textAlign="right",e.textBaseline="middle",e.fillText(a,t.x0-6,u+l.h/2);e.restore()}function p1(e,t,n,r=null){let{r0:o,c0:s,v:i}=n,l=new Float64Array(i);for(let c=o;c<o+i;c++){let u=0;for(let d=0;d<t;d++)(d<s||d>=s+i)&&(u+=e[c*t+d]);l[c-o]=u}let a=new Float64Array(i+(r?1:0));for(let c=0;c<t;c++)if(!(c>=o&&c<o+i)){for(let u=s;u<s+i;u++)a[u-s]+=e[c*t+u];r&&(a[i]+=r[c])}return{rows:l,cols:a}}function f1(e,t,n,r,o){let s=c=>ce(c,o);if(!t)return"";if(e.kind==="all")return`Total: ${s(t.all)}`;let i=e.kind.endsWith("ow"),l=s(i?t.rows[e.i]:t.cols[e.j]);if(!e.kind.startsWith("out"))return`${i?"Row":"Column"} total: ${l}`;if(!n)return"";let a=i?n.rows[e.i-n.view.r0]:n.cols[e.j>=r?n.view.v:e.j-n.view.c0];return`Outside the window: ${s(a)} of ${l}`}var vi=720,ki=64,Ai=200,Si={true:"of its true row",pred:"of its predicted column",all:"of all samples"},Mi={true:"of the samples with its true label",pred:"of the samples predicted with its label",all:"of all samples"},_i=4,h1={"+":"in","=":"in","-":"out",_:"out",0:"fit"},w1={r:"row",c:"col",e:"errors"},Ti=["k","labels","counts","values","colors","lut","lutText","fmt","countDigits","colorbar","selected","normalize","focus","abstained","topK","abstainAt","compareState","run","level","multilabel","issueMarks","marks","hasSelection","totals","showTotals"],Ci={true:"of its true row",pred:"of the abstained column",all:"of all samples"},$i=24;function g1({state:e,dom:t,signal:n,report:r=l=>{},startedAt:o=performance.now(),room:s=null,sizers:i=[]}){let l=Y(n),a=(x,S,T,N)=>V(x,S,T,l.signal,N),{doc:c,h:u,button:d}=t,f=u("div","cmw-matrix"),g=u("div","cmw-zoom");g.setAttribute("role","group"),g.setAttribute("aria-label","Zoom");let w=d("cmw-zoom-out","−");w.setAttribute("aria-label","Zoom out"),w.title="Zoom out (-)";let b=d("cmw-zoom-in","+");b.setAttribute("aria-label","Zoom in"),b.title="Zoom in (+)";let C=d("cmw-zoom-fit","Fit");C.setAttribute("aria-label","Show all classes"),C.title="Show all classes (0)";let E=u("span","cmw-view-range");E.setAttribute("aria-live","polite"),g.append(w,b,C,E,u("span","cmw-hint","Ctrl/⌘ + wheel zooms, drag pans")),g.hidden=!0;let M=u("div","cmw-mode");M.setAttribute("aria-live","polite"),M.hidden=!0;let $=u("div","cmw-plot"),p=u("canvas","cmw-canvas");p.tabIndex=0,p.setAttribute("role","img");let h=u("div","cmw-tooltip");h.hidden=!0,$.append(p,h);let k=u("div","cmw-sr");k.setAttribute("aria-live","polite"),f.append(M,g,$,k);let m={queued:!1,draws:0,firstDrawn:!1,width:0,k:-1,layout:null,step:1,yLabelW:0,xLabels:{rotated:!1,extraRotated:!1,height:0},cols:0,cursor:null,view:null,zoomable:!1,vMin:1,pan:null,panned:!1,detached:!1,lastUp:null,editor:null},_={css:null,cssOf:null,widths:new Map,bitmap:null,bitmapOf:[null,null],themed:null,themedOf:[null,null],drawn:null},v=x=>e.get(x),O=x=>{let S=v("lut"),T=v("compareState")?S:er(S,x);return T===S?{lut:S,lutText:v("lutText")}:((_.themedOf[0]!==S||_.themedOf[1]!==x)&&(_.themed={lut:T,lutText:Et(T)},_.themedOf=[S,x]),_.themed)},P=()=>{let x=_.drawn.lut;return _.cssOf!==x&&(_.css=Ho(x)),_.cssOf=x,_.css},j=()=>{let x=v("colors"),S=_.drawn.lut;return _.bitmap&&_.bitmapOf[0]===x&&_.bitmapOf[1]===S||(_.bitmap=Xo(c,_.bitmap,x,S,v("k")),_.bitmapOf=[x,S]),_.bitmap};function K(x,S){let T=x.font,N=_.widths.get(T);if(N&&N.texts===S)return N.w;let R=0;for(let Q of S)R=Math.max(R,x.measureText(Q).width);return _.widths.set(T,{texts:S,w:R}),R}function z(){m.queued||l.signal.aborted||(m.queued=!0,queueMicrotask(()=>{m.queued=!1,l.signal.aborted||ee()}))}function I(){let x=c.defaultView,S=x&&x.getComputedStyle?x.getComputedStyle(f):null,T=(N,R)=>(S&&S.getPropertyValue(N)||"").trim()||R;return{fg:S&&S.color||"#1f1f1f",muted:T("--cmw-muted","#616161"),accent:T("--cmw-accent","#1976d2"),border:T("--cmw-border","#bdbdbd"),bg:T("--cmw-bg","#ffffff"),family:S&&S.fontFamily||"sans-serif"}}let U=()=>(s?s():f.clientWidth)||vi;function G(){let x=f.closest(".cmw"),S=c.defaultView;if(!x||!S||!f.isConnected||!x.getClientRects().length)return 1/0;let T=null;for(let Z=x.parentElement;Z&&Z!==c.body&&Z!==c.documentElement;Z=Z.parentElement){let we=S.getComputedStyle(Z).overflowY;(we==="auto"||we==="scroll")&&Z.clientHeight>=Ai&&(T=Z)}if(!T&&S.top!==S)return 1/0;let N=Math.min(S.innerHeight,T?T.clientHeight:S.innerHeight);if(!(N>0))return 1/0;let R=Z=>Z.getBoundingClientRect().top,Q=Z=>Z.getBoundingClientRect().bottom,se=ki,ie=[...x.children].find(Z=>Z.contains(f));if(ie&&ie!==f){let Z=[...ie.children].filter(we=>we!==f&&we.getClientRects().length&&R(we)>=Q(f)-1);Z.length&&(se+=Math.max(...Z.map(Q))-Q(f))}for(let Z=ie?ie.nextElementSibling:null;Z&&!Z.classList.contains("cmw-selection");Z=Z.nextElementSibling)Z.getClientRects().length&&!Z.classList.contains("cmw-sr")&&(se+=Z.getBoundingClientRect().height);return Math.floor(N-(R(p)-R(x))-se)}function W(x){m.cursor&&(m.cursor[0]>=x||m.cursor[1]>=x)&&(m.cursor=null),m.view=null,m.editor&&m.editor.finish(!1),m.k=x}let q=x=>x+(x>0&&v("abstained")?1:0),L=x=>x[1]>=v("k")?[x[0],m.view?m.view.c0:0]:x;function ee(){let x=performance.now(),S=v("k");S!==m.k&&W(S);let T=v("abstained");m.cols=q(S),m.cursor&&m.cursor[1]>=m.cols&&(m.cursor=null);let N=p.getContext("2d");if(!N)return;let R=I();_.drawn=O(R.bg),m.detached=!f.isConnected;let Q=(Ce,$e)=>`${$e?"600 ":""}${Ce}px ${R.family}`,se=v("labels");m.width=U(),N.font=Q(ke);let ie=Math.min(En,Math.max(40,Math.round(m.width*.2))),Z=Math.ceil(Math.min(ie,K(N,se))),we=v("colorbar"),Ke=Lo(N,we),je=s1(v);A(je.badges),m.height=G();let tt=v("showTotals")?v("totals"):null,Xn=(Ce,$e=!1)=>tt&&S>0?d1(N,tt,v("countDigits"),Ce,Q,$e):null,dt=Xn(Le(S,m.width,{yLabelWidth:Z,rightWidth:Ke,extra:T?1:0}).cell),q1={yLabelWidth:Z,rightWidth:Ke,extra:T?1:0,xTitleLines:1,totals:dt,xLabelHeight:Math.min(En,K(N,se))},nt;for(let Ce=0;Ce<3;Ce++){let $e=Le(S,m.width,{...q1,maxGrid:nt}),sn=wo($e,m.height);if(sn===void 0||sn===nt)break;nt=sn}let Yn=Le(S,m.width,{yLabelWidth:Z,rightWidth:Ke,extra:T?1:0,maxGrid:nt,totals:dt});m.zoomable=S>0&&go(S,Yn.room),m.vMin=bo(S,Yn.room);let mt=m.zoomable?Me(m.view,S,m.vMin):ze(S);m.view=m.zoomable?mt:null;let nn=m.zoomable&&mt.v<S;dt=Xn(Le(S,m.width,{yLabelWidth:Z,rightWidth:Ke,view:mt,extra:T?1:0,maxGrid:nt,totals:dt,outside:nn}).cell,nn);let qn={yLabelWidth:Z,rightWidth:Ke,view:mt,extra:T?1:0,maxGrid:nt,totals:dt,outside:nn},rn=Le(S,m.width,qn);m.step=So(mt.v,rn.cell),m.xLabels=H(N,se,rn,ie),N.font=Q(ke,!0);let Zn=i1(je.x,Math.max(rn.width-2*le,60),Ce=>N.measureText(Ce).width);N.font=Q(ke);let de=Le(S,m.width,{...qn,xLabelHeight:m.xLabels.height,xTitleLines:Zn.length});m.layout=de,m.yLabelW=Z,F(N,de);let on=v("colors");if(S===0)N.fillStyle=R.muted,N.font=Q(ke),N.fillText("No data",le,le+ke);else{on.length>=S*S&&qo(N,de,on,P(),j),T&&Yo(N,de,T.colors,P()),Zo(N,de,R),m.outside=de.out?{view:{r0:de.r0,c0:de.c0,v:de.v},...p1(v("counts"),S,de,T?T.counts:null)}:null,m1(N,de,tt,m.outside,v("countDigits"),R,Q),Jo(N,de,{values:v("values"),counts:v("counts"),colors:on,lut:_.drawn.lut,lutText:_.drawn.lutText,fmt:v("fmt"),countDigits:v("countDigits"),abstained:T},R),Qo(N,de,se,ie,{step:m.step,...m.xLabels},{x:Zn,y:je.y},R,Q),e1(N,de,we,P(),R,Q,je.bar),p.dataset.issueMarks=String(Ko(N,de,v("issueMarks"),R));let Ce=m.cursor&&p.matches(":focus")?m.cursor:null;r1(N,de,v("marks"),R),n1(N,de,v("selected"),Ce,R);let $e=v("focus");$e&&$e.outline&&t1(N,de,$e.r,$e.c,R)}y(de),B(de,S,x,je)}function A(x){let S=[...M.children].map(T=>T.textContent);S.length===x.length&&S.every((T,N)=>T===x[N])||(M.replaceChildren(...x.map(T=>u("span","cmw-badge",T))),M.hidden=x.length===0)}function y(x){g.hidden=!m.zoomable,m.zoomable&&(E.textContent=In(x,x.k),b.disabled=x.v<=m.vMin,w.disabled=x.v>=x.k,C.disabled=x.v>=x.k)}function F(x,S){let T=c.defaultView&&c.defaultView.devicePixelRatio||1,N=Math.max(1,Math.round(S.width*T)),R=Math.max(1,Math.round(S.height*T));(p.width!==N||p.height!==R)&&(p.width=N,p.height=R),p.style.width=`${S.width}px`,p.style.height=`${S.height}px`,x.setTransform(T,0,0,T,0,0),x.clearRect(0,0,S.width,S.height)}function B(x,S,T,N){let R=performance.now();p.dataset.heightRoom=Number.isFinite(m.height)?String(m.height):"",m.draws+=1;let Q=null;!m.firstDrawn&&S>0&&(m.firstDrawn=!0,Q=R-(m.draws===1?o:T)),r({k:S,draws:m.draws,lastMs:R-T,firstMs:Q,view:{r0:x.r0,c0:x.c0,v:x.v}}),p.dataset.cellX0=String(x.x0),p.dataset.cellY0=String(x.y0),p.dataset.cellSize=String(x.cell),p.dataset.viewRow0=String(x.r0),p.dataset.viewCol0=String(x.c0),p.dataset.viewSize=String(x.v),p.dataset.cols=String(m.cols),p.dataset.extraX0=x.extra?String(x.xExtra):"",p.dataset.extraWidth=x.extra?String(x.xw):"";let se=x.tot?[x.xTot,x.tot.w,x.yTot,x.tot.h]:["","","",""];["totalsX0","totalsWidth","totalsY0","totalsHeight"].forEach((ie,Z)=>{p.dataset[ie]=String(se[Z])}),p.dataset.xTitle=N.x,p.dataset.yTitle=N.y,p.dataset.barTitle=N.bar,p.setAttribute("aria-label",`Confusion matrix of ${S} classes. Rows: ${N.y}. Columns: ${N.x}. Colours: ${N.bar}`+(x.extra?". The last column counts the samples the model abstained on":"")+". Arrow keys move, Enter selects a cell, Shift+Enter adds it to the selection, R selects its true row, C its predicted column, E every error; Escape goes back to the notebook and keeps the selection."+(m.zoomable?` Showing ${In(x,S)}; plus and minus zoom, 0 shows all.`:""))}function H(x,S,T,N){let R=0;if(m.zoomable)R=K(x,S);else for(let we of kt(T.k,m.step))R=Math.max(R,x.measureText(S[we]).width);R=Math.min(N,R);let Q=R>m.step*T.cell-4,se=T.extra?x.measureText(Lt).width:0,ie=T.extra>0&&(Q||se>T.xw+yt-2),Z=Math.max(Q?R:ke+2,ie?se:0);return{rotated:Q,extraRotated:ie,height:Math.ceil(Z)}}function D(x,S){m.editor&&m.editor.finish(!1);let T=m.layout,N=x==="y"?Math.max(m.yLabelW+Oe+4,100):120,R=ge(T,S)+T.cell/2,Q=x==="y"?T.x0-N:oe(R-N/2,0,Math.max(0,T.width-N)),se=x==="y"?fe(T,S)+T.cell/2-11:T.y0+T.grid+(T.below||0)+Oe,ie={left:p.offsetLeft+Math.max(0,Q),top:p.offsetTop+se,width:N},Z=v("labels");m.editor=To({dom:t,host:$,box:ie,name:Z[S],index:S,done:(we,Ke)=>{m.editor=null;let je=v("labels");if(we!==null&&S<je.length){let tt=je.slice();tt[S]=we,e.set("display_labels",tt)}Ke&&p.focus({preventScroll:!0})}})}function J(x,S=!1){let T=p.getBoundingClientRect(),N=m.lastUp;return S&&N&&Math.abs(N.x-x.clientX)<1&&Math.abs(N.y-x.clientY)<1?[N.x-T.left,N.y-T.top]:[x.clientX-T.left,x.clientY-T.top]}function he(x,S){let T=m.layout;if(!T||T.k===0)return null;let N=ke/2+1;if(x>=le+Pe&&x<T.x0&&S>=T.y0-N&&S<T.y0+T.grid+N){let se=Rn(S-T.y0,T.cell,m.step,T.k,N,T.r0,T.v);return se>=0?{axis:"y",index:se}:null}let R=T.y0+T.grid+(T.below||0),Q=T.x0+T.grid+(T.extra?yt/2:20);if(S>=R&&S<R+Oe+m.xLabels.height&&x>=T.x0-20&&x<Q){let se=m.xLabels.rotated?N:m.step*T.cell/2,ie=Rn(x-T.x0,T.cell,m.step,T.k,se,T.c0,T.v);return ie>=0?{axis:"x",index:ie}:null}return null}function pe([x,S]){let T=v("k"),N=v("labels"),R=v("abstained");if(S>=T&&R){let Z=[`True: ${N[x]}`,`Predicted: ${Lt}`,`Count: ${ce(R.counts[x],v("countDigits"))}`],we=v("fmt");return we.kind==="percent"&&Z.push(`Shown: ${Ye(R.values[x],we)} ${Ci[v("normalize")]||""}`.trim()),Z.join(`
`)}let Q=x*T+S,se=[`True: ${N[x]}`,`Predicted: ${N[S]}`,`Count: ${ce(v("counts")[Q],v("countDigits"))}`],ie=v("fmt");if(ie.kind==="delta"&&se.push(`Change: ${Ye(v("values")[Q],ie)} since the compared run`),ie.kind==="percent"){let Z=(v("multilabel")?Mi:Si)[v("normalize")]||"";se.push(`Shown: ${Ye(v("values")[Q],ie)} ${Z}`.trim())}return se.join(`
`)}function ue(x,S,T){h.textContent=x,h.hidden=!1;let N=p.offsetLeft+S+14;N+h.offsetWidth+4>$.clientWidth&&(N=Math.max(0,p.offsetLeft+S-h.offsetWidth-10));let R=p.offsetTop+T+14;R+h.offsetHeight+4>$.clientHeight&&(R=Math.max(0,p.offsetTop+T-h.offsetHeight-10)),h.style.left=`${N}px`,h.style.top=`${R}px`}let me=()=>m.zoomable&&m.view!==null&&m.view.v<v("k");function ae(x){let S=v("k"),T=Me(x,S,m.vMin),N=m.view||ze(S);return T.r0===N.r0&&T.c0===N.c0&&T.v===N.v?!1:(m.view=T,h.hidden=!0,z(),!0)}function Te(x,S=null){if(!m.zoomable||!m.layout)return;let T=m.layout;ae(xo(T,x,S,T.k,m.vMin))}function et(x){x.target.closest(".cmw-zoom-in")?Te(vt):x.target.closest(".cmw-zoom-out")?Te(1/vt):x.target.closest(".cmw-zoom-fit")&&ae(ze(v("k")))}function Ue(x){if(!(x.ctrlKey||x.metaKey)||!m.zoomable)return;x.preventDefault();let[S,T]=J(x);Te(Ao(x.deltaY,x.deltaMode),ko(S,T,m.layout))}function xe(x){if(m.panned=!1,m.pan=null,x.button!==0||!me())return;let[S,T]=J(x);Jt(S,T,m.layout)&&(m.pan={id:x.pointerId,x:x.clientX,y:x.clientY,view:m.layout,cell:m.layout.cell,moved:!1})}function Ve(x){let S=m.pan,T=x.clientX-S.x,N=x.clientY-S.y;if(!S.moved){if(Math.hypot(T,N)<_i)return;S.moved=!0,h.hidden=!0;try{p.setPointerCapture(S.id)}catch{}}p.style.cursor="grabbing",ae(yo(S.view,-N/S.cell,-T/S.cell,v("k"),m.vMin))}function We(x){m.lastUp={x:x.clientX,y:x.clientY},m.pan&&m.pan.moved&&(m.panned=!0,p.style.cursor="grab"),m.pan=null}function ne(x){if(m.pan&&m.pan.id===x.pointerId&&(Ve(x),m.pan.moved))return;let[S,T]=J(x),N=Jt(S,T,m.layout);if(N){ue(pe(N),S,T),p.style.cursor=me()?"grab":"pointer";return}let R=Dn(S,T,m.layout);if(R){ue(f1(R,v("totals"),m.outside,v("k"),v("countDigits")),S,T),p.style.cursor=R.kind==="row"||R.kind==="col"?"pointer":"default";return}let Q=he(S,T);if(p.style.cursor=Q?"text":"default",Q){let se=Q.axis==="y"?"True class":"Predicted class",ie=Q.axis==="y"?"row":"column";ue(`${se} ${Q.index}: ${v("labels")[Q.index]}
(click to select the ${ie}, double-click to rename)`,S,T)}else h.hidden=!0}function re(x){if(m.panned){m.panned=!1;return}let[S,T]=J(x,!0),N=Jt(S,T,m.layout),R=N?null:Dn(S,T,m.layout)||{},Q=N?null:R.kind==="row"?{axis:"y",index:R.i}:R.kind==="col"?{axis:"x",index:R.j}:R.kind?null:he(S,T);N?(m.cursor=N,e.set("selected",x.shiftKey?{add:N}:N),z()):Q?e.set("selected",Q.axis==="y"?{row:Q.index}:{col:Q.index}):v("hasSelection")&&e.set("selected",null)}function X1(x){let[S,T]=J(x,!0),N=he(S,T);N&&(x.preventDefault(),h.hidden=!0,D(N.axis,N.index))}function Y1(x){let S=v("k");if(S===0)return;let T=!0;if(On.has(x.key)){let N=m.cursor||v("selected")||(me()?[m.view.r0,m.view.c0]:null);m.cursor=Mo(N,x.key,S,x.shiftKey?10:1,q(S)),me()&&ae(Qt(m.view,L(m.cursor),S,m.vMin)),k.textContent=pe(m.cursor).replace(/\n/g,", "),z()}else if(m.zoomable&&!x.ctrlKey&&!x.metaKey&&!x.altKey&&h1[x.key]){let N=h1[x.key];if(N==="fit")ae(ze(S));else{let R=m.cursor?L(m.cursor):null;Te(N==="in"?vt:1/vt,R?[R[0]+.5,R[1]+.5]:null),R&&me()&&ae(Qt(m.view,L(m.cursor),S,m.vMin))}}else if(x.key==="Enter"||x.key===" "){let N=m.cursor||v("selected")||[0,0];m.cursor=N,e.set("selected",x.shiftKey?{add:[N[0],N[1]]}:[N[0],N[1]])}else if(!x.ctrlKey&&!x.metaKey&&!x.altKey&&w1[x.key.toLowerCase()]){let N=w1[x.key.toLowerCase()],R=m.cursor||v("selected")||[0,0];e.set("selected",N==="errors"?"errors":N==="row"?{row:R[0]}:{col:R[1]})}else T=!1;T&&x.preventDefault()}a(p,"pointerdown",xe),a(p,"pointermove",ne),a(p,"pointerleave",()=>{h.hidden=!0}),a(p,"pointerup",We),a(p,"pointercancel",()=>{m.pan=null}),a(p,"wheel",Ue,{passive:!1}),a(g,"click",et),a(p,"click",re),a(p,"dblclick",X1),a(p,"keydown",Y1),a(p,"focus",z),a(p,"blur",z);let Gn=()=>{let x=G();return x!==m.height&&!(Math.abs(x-m.height)<1)},Ge=c.defaultView;if(Ge&&typeof Ge.ResizeObserver<"u"){let x=new Ge.ResizeObserver(()=>{(m.detached||Math.abs(U()-m.width)>=1||Gn())&&z()});for(let T of[f,...i])x.observe(T);let S=f.closest(".cmw");S&&x.observe(S),a(Ge,"resize",()=>{Gn()&&z()}),l.signal.addEventListener("abort",()=>x.disconnect(),{once:!0})}if(Ge&&typeof Ge.MutationObserver<"u"&&c.body){let x=null,S=new Ge.MutationObserver(()=>{clearTimeout(x),x=setTimeout(z,100)});S.observe(c.body,{attributes:!0,attributeFilter:["data-jp-theme-name","data-jp-theme-light"]}),l.signal.addEventListener("abort",()=>{S.disconnect(),clearTimeout(x)},{once:!0})}l.signal.addEventListener("abort",()=>{m.editor&&m.editor.finish(!1)},{once:!0});let _t=v("selected"),Kn=v("focus");function Hn(){let x=v("selected"),S=v("focus"),T=x&&!(_t&&x[0]===_t[0]&&x[1]===_t[1]);S!==Kn&&S&&m.zoomable?ae(vo(m.view,[S.r,S.c],v("k"),$i,m.vMin)):T&&me()&&ae(Qt(m.view,L(x),v("k"),m.vMin)),_t=x,Kn=S,ee()}return X(e,Ti,Hn,l.signal),ee(),{el:f,update:Hn,destroy:()=>{l.abort(),f.remove()}}}function b1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("details","cmw-metrics"),i=o("table","cmw-metrics-table"),l=o("p","cmw-interval-note");s.append(o("summary",null,"Metrics"),i,l);let a=!0;function c(){let u=e.get("metrics");if(s.hidden=u.perClass.length===0,a=!s.open,!s.open)return;let d=e.get("countDigits"),f=e.get("intervals"),g=f&&!f.stale?f:null;l.hidden=!f,l.textContent=f?Gr(f):"";let w=(M,$)=>M.append(o("td","cmw-num",$)),b=(M,$,p,h)=>{let k=o("td","cmw-num");g?Vt(t,k,$,p,g.level,g.methods[h]):k.textContent=te($),M.append(k)};i.replaceChildren();let C=i.createTHead().insertRow();for(let M of["class","precision","recall","F1","support"])C.append(o("th",null,M));let E=i.createTBody();for(let[M,$]of u.perClass.entries()){let p=E.insertRow(),h=o("th",null,$.label);h.title=h.textContent,p.append(h);let k=g&&g.perClass[M];for(let m of["precision","recall","f1"])b(p,$[m],k?k[m]:null,m);w(p,ce($.support,d))}for(let[M,$]of u.summary.entries()){let p=E.insertRow();p.className=M===0?"cmw-summary-row cmw-summary-first":"cmw-summary-row",p.append(o("th",null,String($.name??"")));let h=g?g.summary[String($.name)]:null;if("value"in $)w(p,""),w(p,""),b(p,$.value,Array.isArray(h)?h:null,$.name==="accuracy"?"accuracy":"balanced_accuracy"),w(p,"");else{let k=$.name==="macro avg"?"macro_":"weighted_";for(let m of["precision","recall","f1"])b(p,$[m],h&&!Array.isArray(h)?h[m]:null,k+m);w(p,ce($.support,d))}}}return V(s,"toggle",()=>{s.open&&a&&c()},r.signal),X(e,["metrics","countDigits","intervals"],c,r.signal),c(),{el:s,update:c,destroy:()=>{r.abort(),s.remove()}}}function x1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("div","cmw-notes");function s(){o.replaceChildren(...e.get("notes").map(i=>{let l=t.h("div","cmw-note",i);return l.setAttribute("role","note"),l}))}return X(e,["notes"],s,r.signal),s(),{el:o,update:s,destroy:()=>{r.abort(),o.remove()}}}function y1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s,option:i}=t,l=o("div","cmw-rank"),a=o("label","cmw-rank-label","Sort samples by "),c=o("select","cmw-rank-menu");a.append(c);let u=o("span","cmw-hint cmw-rank-note"),d=s("cmw-issues-toggle","Show likely label errors");d.setAttribute("aria-expanded","false");let f=o("div","cmw-issues");f.hidden=!0;let g=!1;function w(){let b=e.get("issues"),C=e.get("selection");if(l.hidden=!b||!C||C.available===!1,l.hidden)return;let E=b.ranks.join(",");c.dataset.ranks!==E&&(c.replaceChildren(...b.ranks.map($=>i($,Sn[$]))),c.dataset.ranks=E),c.value=e.get("rank"),c.disabled=b.kernelOnly,u.textContent=b.kernelOnly?"Sorting by the model's scores needs a live kernel: this page lists by index.":"",c.title=u.textContent||"Order of the cell's samples (w.rank)",l.replaceChildren(a,u);let M=C.issues&&Array.isArray(C.issues.indices)?C.issues:null;M?(d.textContent=`${g?"Hide":"Show"} likely label errors (${M.total})`,d.setAttribute("aria-expanded",String(g)),f.hidden=!g,f.textContent=M.total?`${M.indices.join(", ")}${M.total>M.indices.length?", ...":""}`:"None in this cell.",l.append(d,f)):b.pending?l.append(o("span","cmw-hint","Likely label errors: run w.label_issues() to find them.")):b.hidden&&l.append(o("span","cmw-hint","Likely label errors are marked without abstain and top-k (w.label_issues() lists them)."))}return V(c,"change",()=>e.set("rank",c.value),r.signal),V(d,"click",()=>{g=!g,w()},r.signal),X(e,["issues","rank","selection"],w,r.signal),w(),{el:l,update:w,destroy:()=>{r.abort(),l.remove()}}}function ut({dom:e,cls:t,write:n,onInput:r,throttleMs:o,clock:s,signal:i}){let l=e.h("input",t);l.type="range";let a=!1,c=()=>parseFloat(l.value),u=rt(n,o,s);return V(l,"input",()=>{a=!0,r&&r(c()),u(c())},i),V(l,"change",()=>{a=!1,u.cancel(),n(c())},i),i.addEventListener("abort",()=>u.cancel(),{once:!0}),{el:l,value:c,dragging:()=>a,range(d,f,g){l.min=String(d),l.max=String(f),l.step=String(g)}}}var Ei=60,v1=700,en="http://www.w3.org/2000/svg",Mt={w:240,h:56,pad:6};function k1(e,{w:t,h:n,pad:r}=Mt){let o=e.length,s=l=>o>1?r+l*(t-2*r)/(o-1):t/2,i=l=>r+(1-Math.min(1,Math.max(0,l)))*(n-2*r);return e.map((l,a)=>l==null?null:[s(a),i(l)])}function Ni(e,t){let n=e.indexOf(t),r=n<0?0:e.length-1-n;return r>0?`${r} newer run${r===1?"":"s"}`:""}function A1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{doc:s,h:i,button:l,option:a}=t,c=r||{now:()=>Date.now(),setTimeout:(I,U)=>setTimeout(I,U),clearTimeout:I=>clearTimeout(I)},u=i("div","cmw-runs");u.setAttribute("role","group"),u.setAttribute("aria-label","Runs");let d=l("cmw-play","▶");d.setAttribute("aria-label","Play the runs");let f=i("output","cmw-run-name"),g=()=>e.get("runs").names,w=I=>{let U=g();I>=0&&I<U.length&&U[I]!==e.get("run")&&e.set("run",U[I])},b=ut({dom:t,cls:"cmw-run-slider",write:w,throttleMs:Ei,clock:r,signal:o.signal,onInput:I=>{z(),f.textContent=g()[I]??""}}),C=b.el;C.min="0",C.step="1",C.setAttribute("aria-label","Run");let E=l("cmw-run-newer","");E.title="Show the latest run";let M=i("select","cmw-compare-pick");M.setAttribute("aria-label","Compare with");let $=i("label","cmw-field");$.append(i("span",null,"Compare with"),M);let p=i("div","cmw-runs-top");p.append(d,C,f,E,$);let h=s.createElementNS(en,"svg");h.setAttribute("class","cmw-history"),h.setAttribute("viewBox",`0 0 ${Mt.w} ${Mt.h}`),h.setAttribute("width",String(Mt.w)),h.setAttribute("height",String(Mt.h));let k=i("div","cmw-history-legend");k.append(i("span","cmw-legend-acc","accuracy"),i("span","cmw-legend-f1","macro F1"));let m=i("div","cmw-history-box");m.append(h,k),u.append(p,m),u.hidden=!0;let _=null;function v(){let I=e.get("runs"),U=e.get("run");if(u.hidden=I.names.length<2,u.hidden){z();return}let G=I.names.indexOf(U);C.max=String(I.names.length-1),!b.dragging()&&G>=0&&(C.value=String(G)),b.dragging()||(f.textContent=U);let W=Ni(I.names,U);E.textContent=W,E.hidden=!W,O(I.names,e.get("compare")),P(I,G)}function O(I,U){let G=a("","none");M.replaceChildren(G,...I.map(W=>a(W))),M.value=U!=null&&I.includes(U)?U:""}function P(I,U){let G=[];for(let[q,L]of[[I.accuracy,"cmw-line-acc"],[I.macroF1,"cmw-line-f1"]]){let ee=k1(q).filter(Boolean),A=s.createElementNS(en,"polyline");A.setAttribute("class",L),A.setAttribute("fill","none"),A.setAttribute("points",ee.map(y=>y.map(F=>F.toFixed(1)).join(",")).join(" ")),G.push(A)}let W=k1(I.accuracy);I.names.forEach((q,L)=>{if(!W[L])return;let ee=s.createElementNS(en,"circle");ee.setAttribute("class",L===U?"cmw-run-dot cmw-run-dot-current":"cmw-run-dot"),ee.setAttribute("cx",W[L][0].toFixed(1)),ee.setAttribute("cy",W[L][1].toFixed(1)),ee.setAttribute("r",L===U?"4":"3"),ee.setAttribute("data-run",String(L));let A=s.createElementNS(en,"title");A.textContent=`${q}: accuracy ${te(I.accuracy[L])}, macro F1 ${te(I.macroF1[L])}`,ee.append(A),G.push(ee)}),h.replaceChildren(...G)}function j(){let I=g(),U=I.indexOf(e.get("run"));if(U<0||U>=I.length-1){z();return}w(U+1),_=c.setTimeout(j,v1)}function K(){let I=g();I.indexOf(e.get("run"))>=I.length-1&&w(0),d.textContent="❚❚",d.setAttribute("aria-label","Pause"),_=c.setTimeout(j,v1)}function z(){_!==null&&c.clearTimeout(_),_=null,d.textContent="▶",d.setAttribute("aria-label","Play the runs")}return V(d,"click",()=>_===null?K():z(),o.signal),V(E,"click",()=>{z(),w(g().length-1)},o.signal),V(M,"change",()=>e.set("compare",M.value===""?null:M.value),o.signal),V(h,"click",I=>{let U=I.target&&I.target.closest?I.target.closest("[data-run]"):null;U&&(z(),w(Number(U.getAttribute("data-run"))))},o.signal),o.signal.addEventListener("abort",()=>z(),{once:!0}),X(e,["runs","run","compare"],v,o.signal),v(),{el:u,update:v,destroy:()=>{o.abort(),u.remove()}}}var Fi=60,S1=e=>Number.isFinite(e)?`${(100*e).toFixed(1)}%`:"-";function M1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=()=>e.get("scores"),l=s("div","cmw-abstain");l.hidden=!0;let a=s("input","cmw-abstain-on");a.type="checkbox";let c=s("output","cmw-abstain-value"),u=p=>e.set("abstain",p),d=ut({dom:t,cls:"cmw-abstain-slider",write:u,throttleMs:Fi,clock:r,signal:o.signal,onInput:p=>{let h=i();c.textContent=p.toFixed(Be(h?h.step:.01))}}),f=d.el,g=s("label","cmw-field");g.append(a,s("span",null,"Abstain when the top score is below"),f,c);let w=s("input","cmw-top-k");w.type="number",w.min="1";let b=s("label","cmw-field");b.append(s("span",null,"Hit when the true class is in the top"),w);let C=s("span","cmw-hint cmw-top-k-hint");C.setAttribute("role","status"),b.append(C);let E=s("div","cmw-abstain-stats");l.append(g,b,E);let M=null;function $(){let p=i(),h=!!(p&&p.kind==="multiclass");if(l.hidden=!h,!h)return;d.range(p.lo,p.hi,p.step);let k=p.abstain!==null&&p.abstain!==void 0;if(a.checked=k,f.disabled=!k,k&&(M=p.abstain),!d.dragging()){let m=k?p.abstain:M??(p.lo+p.hi)/2;f.value=String(m),c.textContent=k?Number(m).toFixed(Be(p.step)):"off"}w.max=String(p.k_max),t.doc.activeElement!==w&&(w.value=String(p.top_k)),E.replaceChildren(),k&&E.append(s("span","cmw-stat cmw-coverage",`coverage ${S1(p.coverage)}`),s("span","cmw-stat cmw-covered-accuracy",`accuracy of the covered ${S1(p.covered_accuracy)}`))}return V(a,"change",()=>{i()&&u(a.checked?parseFloat(f.value):null)},o.signal),V(w,"change",()=>{let p=i(),h=Number(w.value),k=p&&Number.isInteger(h)&&h>=1&&h<=p.k_max;C.textContent=k||!p?"":`top-k must be a whole number from 1 to ${p.k_max}`,k?e.set("top_k",h):p&&(w.value=String(p.top_k))},o.signal),X(e,["scores"],$,o.signal),$(),{el:l,update:$,destroy:()=>{o.abort(),l.remove()}}}function _1(e,t){let n=e.width>0?e.width/t.size:1;return{x0:e.left+t.pad*n,y0:e.top+t.pad*n,inner:(t.size-2*t.pad)*n}}var Oi=60,zn={size:240,pad:34},Ii=[0,.5,1],Ri="http://www.w3.org/2000/svg",Pi=[{kind:"roc",title:"ROC",x:"FPR",y:"TPR",area:"auc",areaName:"AUC",at:e=>[e.fpr,e.tpr]},{kind:"pr",title:"Precision-recall",x:"recall",y:"precision",area:"ap",areaName:"AP",at:e=>[e.tpr,e.precision]}];function T1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s,doc:i}=t,l=(p,h={})=>{let k=i.createElementNS(Ri,p);for(let[m,_]of Object.entries(h))k.setAttribute(m,String(_));return k},a=s("div","cmw-curves");a.hidden=!0;let c=s("div","cmw-curve-plots"),u=s("div","cmw-curve-targets");a.append(c,u);let d=!1,f=null,g={},w=p=>{let h=e.get("binary");!h||!Number.isFinite(p)||e.set("threshold",oe(p,h.lo,h.hi))},b=rt(w,Oi,r);o.signal.addEventListener("abort",()=>b.cancel(),{once:!0});function C(p){let{size:h,pad:k}=zn;c.replaceChildren();for(let m of Object.keys(g))delete g[m];for(let m of Pi){let _=p[m.kind],v=s("figure",`cmw-curve cmw-curve-${m.kind}`),O=s("figcaption","cmw-curve-title"),P=p[m.area],j=p.undefinedBecause?p.undefinedBecause[m.kind]:null;if(O.textContent=`${m.title}${P===null||j?"":`  ${m.areaName} ${te(P)}`}`,j){v.append(O,s("p","cmw-curve-undefined",`Undefined: ${j}.`)),c.append(v);continue}let K=l("svg",{width:h,height:h,viewBox:`0 0 ${h} ${h}`,role:"img","aria-label":`${m.title} curve; press or drag on it to set the threshold`});K.classList.add("cmw-curve-svg"),Object.assign(K.dataset,{kind:m.kind,plotSize:String(h),plotPad:String(k)}),K.append(l("rect",{x:k,y:k,width:h-2*k,height:h-2*k,class:"cmw-curve-frame"}),l("polyline",{points:Br(_,h,k),class:"cmw-curve-line"})),m.kind==="roc"&&K.append(l("line",{x1:k,y1:h-k,x2:h-k,y2:k,class:"cmw-curve-chance"}));let z=l("text",{x:h/2,y:h-4,class:"cmw-curve-axis","text-anchor":"middle"});z.textContent=m.x;let I=l("text",{x:9,y:h/2,class:"cmw-curve-axis","text-anchor":"middle",transform:`rotate(-90 9 ${h/2})`});I.textContent=m.y,K.append(z,I,...E(h,k));let U=[0,1].map(()=>l("line",{class:"cmw-curve-guide"})),G=l("text",{x:k,y:k-8,class:"cmw-curve-readout"}),W=l("circle",{r:7,class:"cmw-curve-marker cmw-curve-handle"}),q=l("title");q.textContent="Drag along the curve to move the threshold",W.append(q),K.append(...U,G,W),v.append(O,K),c.append(v),g[m.kind]={plot:K,marker:W,guides:U,readout:G,curve:_,spec:m},M(K,_)}u.replaceChildren();for(let m of p.targets){let _=t.button("cmw-curve-target",`threshold for ${m.name}`);_.dataset.threshold=String(m.threshold),V(_,"click",()=>w(m.threshold),o.signal),u.append(_)}}function E(p,h){let k=p-2*h,m=[];for(let _ of Ii){let v=h+_*k,O=h+(1-_)*k,P=String(_);m.push(l("line",{x1:v,y1:p-h,x2:v,y2:p-h+4,class:"cmw-curve-tickmark"})),m.push(l("line",{x1:h-4,y1:O,x2:h,y2:O,class:"cmw-curve-tickmark"}));let j=l("text",{x:v,y:p-h+14,class:"cmw-curve-tick","text-anchor":"middle","data-axis":"x"});j.textContent=P;let K=l("text",{x:h-6,y:O,class:"cmw-curve-tick","text-anchor":"end","dominant-baseline":"middle","data-axis":"y"});K.textContent=P,m.push(j,K)}return m}function M(p,h){let k=!1,m=v=>{let O=_1(p.getBoundingClientRect(),zn),P=(v.clientX-O.x0)/O.inner,j=1-(v.clientY-O.y0)/O.inner;return h.t[jr(h,P,j)]};V(p,"pointerdown",v=>{if(k=!0,p.setPointerCapture&&v.pointerId!==void 0)try{p.setPointerCapture(v.pointerId)}catch{}b(m(v))},o.signal),V(p,"pointermove",v=>{k&&b(m(v))},o.signal),V(p,"pointerup",v=>{k&&(k=!1,b.cancel(),w(m(v)))},o.signal),V(p,"pointercancel",()=>{k=!1,b.cancel()},o.signal)}function $(){let p=e.get("binary");if(a.hidden=!p,!p)return;let h=e.get("curves");if(!h){(!d||f!==null)&&(d=!0,f=null,c.replaceChildren(),u.replaceChildren(),e.send({type:"curves"}));return}f!==h&&(C(h),f=h);let{size:k,pad:m}=zn,_=k-2*m;for(let{marker:v,guides:O,readout:P,spec:j,plot:K}of Object.values(g)){let[z,I]=j.at(p),U=Number.isFinite(z)&&Number.isFinite(I);for(let ee of[v,...O])ee.setAttribute("visibility",U?"visible":"hidden");if(P.textContent=U?`${j.x} ${te(z)}, ${j.y} ${te(I)}`:"",!U)continue;let G=(m+z*_).toFixed(1),W=(m+(1-I)*_).toFixed(1);v.setAttribute("cx",G),v.setAttribute("cy",W);let[q,L]=O;Object.entries({x1:G,y1:W,x2:G,y2:k-m}).forEach(([ee,A])=>q.setAttribute(ee,A)),Object.entries({x1:G,y1:W,x2:m,y2:W}).forEach(([ee,A])=>L.setAttribute(ee,A)),K.dataset.markerX=String(z),K.dataset.markerY=String(I)}}return X(e,["binary","curves"],$,o.signal),$(),{el:a,update:$,destroy:()=>{o.abort(),a.remove()}}}var ji=60,Un=[["tn","TN"],["fp","FP"],["fn","FN"],["tp","TP"]];function Bi(e,t,n=t!=="label"){let r=e.map((s,i)=>i),o=n?-1:1;return t==="f1"||t==="support"?r.sort((s,i)=>o*(e[s][t]-e[i][t])||s-i):n&&r.reverse(),r}function C1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-multilabel");i.hidden=!0;let l=s("select","cmw-label-picker"),a=s("label","cmw-field");a.append(s("span",null,"Label"),l);let c=s("output","cmw-label-threshold-value"),u=()=>e.get("scores"),d=0,g=ut({dom:t,cls:"cmw-label-threshold",write:_=>{let v=u();if(!v||!Array.isArray(v.thresholds)||!Number.isFinite(_))return;let O=v.thresholds.slice();O[d]=_,e.set("thresholds",O)},throttleMs:ji,clock:r,signal:o.signal,onInput:_=>{let v=u();c.textContent=_.toFixed(Be(v?v.step:.01))}}),w=g.el,b=s("label","cmw-field");b.append(s("span",null,"Threshold"),w,c);let C=s("div","cmw-label-focus"),E=s("div","cmw-label-listing"),M=s("table","cmw-label-tables");i.append(a,b,C,E,M);let $="label",p=!1;function h(){let _=u(),v=!!(_&&_.kind==="multilabel");if(i.hidden=!v,!v)return;let O=e.get("labels"),P=e.get("metrics").perClass,j=e.get("countDigits");d=Math.min(d,O.length-1),(l.options.length!==O.length||[...l.options].some((z,I)=>z.textContent!==O[I]))&&l.replaceChildren(...O.map((z,I)=>t.option(String(I),z))),l.value=String(d);let K=Array.isArray(_.thresholds);b.hidden=!K,w.disabled=!!_.fixed,K&&!g.dragging()&&(g.range(_.lo,_.hi,_.step),w.value=String(_.thresholds[d]),c.textContent=Number(_.thresholds[d]).toFixed(Be(_.step))),k(_,O,j),m(_,O,P,j)}function k(_,v,O){let P=_.tables[d]||[0,0,0,0],j=s("table","cmw-readout-table");j.createTHead().insertRow().append(s("th"),s("th",null,"not predicted"),s("th",null,"predicted"));let z=j.createTBody();[["truly absent",0],["truly present",2]].forEach(([U,G])=>{let W=z.insertRow();W.append(s("th",null,U));for(let q of[G,G+1]){let[L,ee]=Un[q],A=s("td"),y=t.button("cmw-label-cell",`${ee} ${ce(P[q],O)}`);y.dataset.cell=L,y.disabled=!!_.fixed,V(y,"click",()=>e.send({type:"label_cell",label:d,cell:L}),o.signal),A.append(y),W.append(A)}}),C.replaceChildren(s("div","cmw-label-focus-title",v[d]??""),j);let I=_.focus;if(I&&I.label===d){let U=Un.find(([W])=>W===I.cell)?.[1]??I.cell,G=I.indices.length<I.total?`first ${I.indices.length} of ${I.total}`:`${I.total}`;E.replaceChildren(s("div","cmw-label-listing-title",`${U} of ${v[d]}: ${G} samples`),s("div","cmw-indices",I.indices.join(", ")))}else E.replaceChildren()}function m(_,v,O,P){let j=s("tr"),K=(G,W)=>{let q=$===G,L=t.button(`cmw-sort${q?" cmw-sorted":""}`,q?`${W} ${p?"▼":"▲"}`:W);L.dataset.sort=G,V(L,"click",()=>{p=q?!p:G!=="label",$=G,h(),M.querySelector(`[data-sort="${G}"]`).focus()},o.signal);let ee=s("th");return ee.setAttribute("aria-sort",q?p?"descending":"ascending":"none"),ee.append(L),ee};j.append(K("label","label"),...Un.map(([,G])=>s("th",null,G)),K("f1","F1"),K("support","support"));let z=s("thead");z.append(j);let I=s("tbody"),U=O.length===v.length?O:v.map(()=>({f1:NaN,support:NaN}));for(let G of Bi(U,$,p)){let W=s("tr",G===d?"cmw-focused":null);W.dataset.label=String(G);let q=t.button("cmw-label-name",v[G]);V(q,"click",()=>{d=G,h()},o.signal);let L=s("th");L.append(q),W.append(L,...(_.tables[G]||[]).map(ee=>s("td",null,ce(ee,P))),s("td",null,te(U[G].f1)),s("td",null,ce(U[G].support,P))),I.append(W)}M.replaceChildren(z,I)}return V(l,"change",()=>{d=Number(l.value)||0,h()},o.signal),X(e,["scores","labels","metrics","countDigits"],h,o.signal),h(),{el:i,update:h,destroy:()=>{o.abort(),i.remove()}}}function $1(e){let t=[T1(e),M1(e),C1(e)],n=e.dom.h("div","cmw-scores");return n.append(...t.map(r=>r.el)),{el:n,update:()=>t.forEach(r=>r.update()),destroy:()=>{t.forEach(r=>r.destroy()),n.remove()}}}var E1=e=>e==null||!Number.isFinite(Number(e))?"–":String(Number(Number(e).toPrecision(4))),Di=e=>`${(Number(e)*100).toFixed(0)}%`;function N1(e,t){let n=e&&e[t];return e&&e.kind==="number"?n&&n.n?`mean ${E1(n.mean)} · median ${E1(n.median)} (n=${n.n})`:"no values":!Array.isArray(n)||!n.length?"no values":n.map(r=>`${String(r[0])} ${Di(r[2])}`).join(" · ")}function F1(e,t){let n=Array.isArray(t&&t.summary)?t.summary:[];if(!n.length)return null;let{h:r}=e,o=r("table","cmw-summary"),s=r("caption",null,"Features of this cell and of the rest of its true row"),i=r("tr");i.append(r("th",null,"feature"),r("th",null,"this cell"),r("th",null,"rest of the row")),o.append(s,i);for(let l of n){let a=r("tr");a.append(r("th",null,String(l.column)),r("td",null,N1(l,"cell")),r("td",null,N1(l,"rest"))),o.append(a)}return o}function O1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("div","cmw-selection"),l=()=>{let f=s("cmw-clear","Clear selection");return f.title="Clear the selection (w.selected = None)",f};function a(){let f=e.get("selection");if(i.replaceChildren(),!f){i.append(o("p","cmw-hint","Click a cell (or use the arrow keys and Enter) to see its samples.")),e.get("hasSelection")&&i.append(l());return}let g=o("p","cmw-sentence");for(let M of f.sentence){let $=String(M&&M.text!=null?M.text:"");g.append(M&&M.em?o("em",null,$):t.doc.createTextNode($))}let w=o("div","cmw-selection-head");if(w.append(g,l()),i.append(w),!f.available){let M=e.get("table"),$=typeof f.unavailable=="string"&&f.unavailable?f.unavailable:M?`Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${M.engine}.`:"Sample indices are not available for a precomputed matrix (built from counts).";i.append(o("p","cmw-hint",$));return}let b=hr(f);if(b.total===0){i.append(o("p","cmw-hint","No samples in this cell."));return}i.append(o("div","cmw-indices",(f.indices||[]).join(", ")),c(b));let C=Array.isArray(f.previews)?f.previews:[];C.length&&i.append(u(C));let E=F1(t,f);E&&i.append(E)}function c(f){let g=o("div","cmw-pager");if(f.hasPrev){let w=s("cmw-prev","Previous");w.dataset.offset=String(f.prevOffset),g.append(w)}if(g.append(o("span","cmw-range",`showing ${f.first}-${f.last} of ${f.total}`)),f.hasMore){let w=s("cmw-more","Show more");w.dataset.offset=String(f.nextOffset),g.append(w)}return g}function u(f){let g=o("div","cmw-previews");for(let w of f)if(w){if(w.kind==="image"&&typeof w.src=="string"&&w.src.startsWith("data:image/")){let b=o("figure","cmw-preview-img"),C=o("img");C.src=w.src,C.alt=`sample ${w.index}`,b.append(C,o("figcaption",null,`#${w.index}`)),g.append(b)}else if(w.kind==="text"){let b=o("div","cmw-preview-text");b.append(o("span","cmw-idx",`#${w.index}`),o("span","cmw-snippet",String(w.text??""))),g.append(b)}}return g}let d=null;return V(i,"click",f=>{if(f.target.closest("button.cmw-clear")){e.set("selected",null);return}let g=f.target.closest("button[data-offset]");if(!g)return;let w=e.get("selection");d=w&&{cls:g.className,i:w.i,j:w.j},e.send({type:"page",offset:Number(g.dataset.offset)})},r.signal),X(e,["selection","table","hasSelection"],()=>{let f=d;d=null;let g=t.doc.activeElement,w=g&&(i.contains(g)||g===t.doc.body);a();let b=e.get("selection");if(!f||!b||b.i!==f.i||b.j!==f.j||!w)return;let C=i.querySelector(`button.${f.cls}`)||i.querySelector("button[data-offset]");C&&C.focus({preventScroll:!0})},r.signal),a(),{el:i,update:a,destroy:()=>{r.abort(),i.remove()}}}function I1({state:e,dom:t,signal:n,extra:r=[]}){let o=Y(n),{h:s,button:i}=t,l=s("div","cmw-select-bar");l.setAttribute("role","group"),l.setAttribute("aria-label","Select");let a=i("cmw-all-errors","All errors");a.title='Select every misclassified sample (w.selected = "errors"; key E on the matrix)';let c=s("span","cmw-hint cmw-select-hint","Click a class name for its row or column; shift-click adds a cell.");l.append(a,c,...r);function u(){let d=e.get("selectionSpec"),f=!!(d&&d.kind==="errors");a.classList.toggle("cmw-active",f),a.setAttribute("aria-pressed",String(f)),l.hidden=!(e.get("k")>0)}return V(a,"click",()=>{let d=e.get("selectionSpec");e.set("selected",d&&d.kind==="errors"?null:"errors")},o.signal),X(e,["selectionSpec","k"],u,o.signal),u(),{el:l,update:u,destroy:()=>{o.abort(),l.remove()}}}function R1(e,t,n){let r=e.defaultView,o=r.URL.createObjectURL(t),s=e.createElement("a");s.href=o,s.download=n,s.hidden=!0,e.body.append(s),s.click(),s.remove(),r.setTimeout(()=>r.URL.revokeObjectURL(o),1e4)}function P1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,button:s}=t,i=o("details","cmw-download"),l=o("summary","cmw-download-summary","Download"),a=o("div","cmw-download-menu");a.setAttribute("role","group"),a.setAttribute("aria-label","Download");let c=s("cmw-download-cells","Matrix (CSV)");c.title='The counts and shares of every cell, as w.to_frame("cells")';let u=s("cmw-download-selection","Selection (CSV)");u.title='The selected samples, as w.to_frame("samples", selected=True)';let d=s("cmw-download-png","Matrix (PNG)");d.title="The matrix as drawn, as a PNG image",a.append(c,u,d),i.append(l,a);function f(){u.disabled=!e.get("hasSelection")}let g=e.receive(w=>{if(!w||w.type!=="download"||typeof w.text!="string")return;let b=typeof w.name=="string"&&/^[\w.-]+$/.test(w.name)?w.name:"cm_widget.csv";R1(t.doc,new t.doc.defaultView.Blob([w.text],{type:"text/csv"}),b)});return r.signal.addEventListener("abort",g,{once:!0}),V(a,"click",w=>{let b=w.target.closest("button");if(b){if(b===c)e.send({type:"download",what:"cells"});else if(b===u)e.send({type:"download",what:"selection"});else if(b===d){let C=i.closest(".cmw"),E=C&&C.querySelector("canvas.cmw-canvas");E&&E.toBlob(M=>{M&&R1(t.doc,M,"confusion_matrix.png")},"image/png")}}},r.signal),X(e,["hasSelection"],f,r.signal),f(),{el:i,update:f,destroy:()=>{r.abort(),i.remove()}}}var zi=96,Ui=3;function j1(e,t){return Math.max(Ui,Math.floor(zi/Math.max(e,t,1)))}function Vi(e,t,n,r){let o=j1(n,r),s=Math.floor(t/o),i=Math.floor(e/o);return s>=0&&s<n&&i>=0&&i<r?[s,i]:null}function Wi(e,t){let n=e&&e.classes&&e.classes.length===t?e.classes:null;return Array.from({length:t},(r,o)=>n?n[o]:o)}function Gi(e){let t=e&&e.mostDifferent;return!t||t.value==null||t.rest==null?"":`Differs most: ${e.names[t.slice]} (accuracy ${te(t.value)}, ${te(t.rest)} in the other slices)`}function B1({state:e,dom:t,signal:n}){let r=Y(n),{h:o,option:s}=t,i=o("div","cmw-slices");i.setAttribute("role","group"),i.setAttribute("aria-label","Slices"),i.hidden=!0;let l=o("select","cmw-slice-pick");l.setAttribute("aria-label","Slice shown");let a=o("label","cmw-field");a.append(o("span",null,"Slice"),l);let c=o("div","cmw-slice-odd-note"),u=o("div","cmw-slice-fixed-note"),d=o("div","cmw-slice-grid"),f=o("div","cmw-slices-top");f.append(a,c),i.append(f,u,d),V(l,"change",()=>{let b=l.value===""?null:l.value;b!==e.get("slice")&&e.set("slice",b)},r.signal);function g(){let b=e.get("slices");if(i.hidden=!b,!b){d.replaceChildren();return}let C=e.get("slice");l.replaceChildren(s("","all samples"),...b.names.map(E=>s(E))),l.value=C!=null&&b.names.includes(C)?C:"",l.disabled=b.fixed,l.title=b.fixed?"Showing another slice needs a live kernel":"",c.textContent=Gi(b),u.textContent=b.fixed?"The slices as saved: a live kernel shows another slice and recounts them at another threshold.":"",u.hidden=!b.fixed,w(b,C)}function w(b,C){let{colors:E}=e.get("sliceColors"),M=e.get("sliceLut"),{k:$,cols:p}=b,h=j1($,p),k=Wi(e.get("order"),$),m=v=>v<$?k[v]:v,_=b.names.map((v,O)=>{let P=o("figure","cmw-slice");v===C&&P.classList.add("cmw-slice-shown"),b.mostDifferent&&b.mostDifferent.slice===O&&P.classList.add("cmw-slice-odd"),P.dataset.slice=v;let j=o("canvas","cmw-slice-canvas"),K=t.doc.defaultView&&t.doc.defaultView.devicePixelRatio||1;j.width=Math.round(p*h*K),j.height=Math.round($*h*K),j.style.width=`${p*h}px`,j.style.height=`${$*h}px`,j.setAttribute("role","img"),j.setAttribute("aria-label",`Matrix of slice ${v}`),j.tabIndex=-1;let z=j.getContext&&j.getContext("2d");if(z){z.scale(K,K);for(let W=0;W<$;W++)for(let q=0;q<p;q++)z.fillStyle=Tt(M,E[O][k[W]*p+m(q)]),z.fillRect(q*h,W*h,h,h)}if($*p<=1024){let W=[];for(let q=0;q<$;q++)for(let L=0;L<p;L++)W.push(E[O][k[q]*p+m(L)]);P.dataset.colors=W.join(",")}V(j,"click",W=>{let q=Vi(W.offsetX,W.offsetY,$,p);!q||b.fixed||(e.get("slice")!==v&&e.set("slice",v),e.set("selected",[k[q[0]],m(q[1])]))},r.signal);let I=o("figcaption","cmw-slice-caption"),U=b.accuracy[O],G=b.samples[O];return I.append(o("span","cmw-slice-name",v),o("span","cmw-slice-stats",`n=${G==null?"–":+G.toFixed(2)} · acc ${te(U)}`)),P.append(j,I),P});d.replaceChildren(..._)}return X(e,["slices","slice","sliceColors","sliceLut","order"],g,r.signal),g(),{el:i,update:g,destroy:()=>r.abort()}}function D1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-scale"),s=t.h("input","cmw-log-scale");s.type="checkbox",o.append(s,t.h("span",null,"log colours")),o.title="Colour the cells on a log scale: empty cells stay the lightest colour",V(s,"change",()=>e.set("cmap_scale",s.checked?"log":"linear"),r.signal);function i(){s.checked=e.get("cmapScale")==="log",s.disabled=!!e.get("compareState")}return X(e,["cmapScale","compareState"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}function z1({state:e,dom:t,signal:n}){let r=Y(n),o=t.h("label","cmw-field cmw-totals-field"),s=t.h("input","cmw-show-totals");s.type="checkbox",o.append(s,t.h("span",null,"totals")),V(s,"change",()=>e.set("show_totals",s.checked),r.signal);let i=()=>{s.checked=e.get("showTotals")};return X(e,["showTotals"],i,r.signal),i(),{el:o,update:i,destroy:()=>r.abort()}}var U1=e=>Math.round(e).toLocaleString("en-US");function Ki(e){if(!e)return"";let t=[`Counted in ${e.engine} over ${U1(e.rows)} rows; only aggregates reach the kernel.`];return e.exact&&t.push(`Exact at ${U1(e.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${e.engine}, exact too.`),e.ids||t.push("Pass id= to list a cell's rows."),t.join(" ")}function Hi(e){let t=e.get("table");if(!t)return null;let n=e.get("threshold"),r=e.get("binary");if(r&&n!=null&&Number(r.threshold)!==n)return`${t.engine}: counting at threshold ${Number(n.toPrecision(6))}…`;let o=e.get("selected"),s=e.get("selection");return t.ids&&o&&!(s&&s.i===o[0]&&s.j===o[1])?`${t.engine}: listing the rows of the cell…`:null}function V1({state:e,dom:t,signal:n}){let r=Y(n),{h:o}=t,s=o("div","cmw-table"),i=o("span","cmw-table-summary"),l=o("span","cmw-busy");l.setAttribute("role","status"),l.setAttribute("aria-live","polite"),s.append(i,l);function a(){let c=e.get("table");s.hidden=!c,i.textContent=Ki(c);let u=Hi(e);l.hidden=!u,l.textContent=u||""}return X(e,["table","threshold","binary","selected","selection"],a,r.signal),a(),{el:s,update:a,destroy:()=>{r.abort(),s.remove()}}}function Xi(e,t){let n=0,r=e.length-1;if(!(t>=e[0]))return 0;for(;n<r;){let o=n+r+1>>1;e[o]<=t?n=o:r=o-1}return n}var Yi=60;function W1({state:e,dom:t,signal:n,clock:r}){let o=Y(n),{h:s}=t,i=s("div","cmw-binary"),l=s("label","cmw-field cmw-threshold-field"),a=s("input","cmw-threshold");a.type="range";let c=s("output","cmw-threshold-value");l.append(s("span",null,"Threshold"),a,c);let u=s("div","cmw-readout");i.append(l,u),i.hidden=!0;let d=!1,f=null,g=h=>h.step>0?h.step:(h.hi-h.lo)/1e3||.01,w=()=>e.get("table")?.edges||null,b=(h,k)=>w()?String(Number(h.toPrecision(6))):h.toFixed(Be(g(k)));function C(){let h=e.get("binary");if(i.hidden=!h,!h)return;let k=w();a.min=k?"0":String(h.lo),a.max=String(k?k.length-1:h.hi),a.step=k?"1":String(g(h));let m=e.get("threshold")??Number(h.threshold);!d&&Number.isFinite(m)&&(a.value=String(k?Xi(k,m):m),c.textContent=b(m,h)),E(h)}function E(h){let k=e.get("countDigits"),m=s("table","cmw-readout-table");m.createTHead().insertRow().append(s("th"),s("th",null,`predicted ${h.negName}`),s("th",null,`predicted ${h.posName}`));let v=m.createTBody(),O=[[`true ${h.negName}`,["TN",h.tn],["FP",h.fp]],[`true ${h.posName}`,["FN",h.fn],["TP",h.tp]]];for(let[z,...I]of O){let U=v.insertRow();U.append(s("th",null,z));for(let[G,W]of I){let q=s("td");q.append(s("span","cmw-tag",G),t.doc.createTextNode(` ${ce(W,k)}`)),U.append(q)}}let P=s("div","cmw-readout-stats"),j=e.get("intervals"),K=j&&!j.stale&&j.binary?j.binary:null;for(let[z,I,U]of[["TPR","tpr",h.tpr],["FPR","fpr",h.fpr],["precision","precision",h.precision],["F1","f1",h.f1]]){if(!K){P.append(s("span","cmw-stat",`${z} ${te(U)}`));continue}let G=s("span","cmw-stat-value");Vt(t,G,U,K[I],j.level,I==="f1"?"bootstrap":"wilson");let W=s("span","cmw-stat",`${z} `);W.append(G),P.append(W)}u.replaceChildren(m,P)}let M=h=>{Number.isFinite(h)&&(f=h,e.set("threshold",h))},$=rt(M,Yi,r),p=()=>{let h=w();return h?h[Math.trunc(parseFloat(a.value))]:parseFloat(a.value)};return V(a,"input",()=>{d=!0;let h=p(),k=e.get("binary");Number.isFinite(h)&&(c.textContent=k?b(h,k):h.toFixed(2)),$(h)},o.signal),V(a,"change",()=>{d=!1,$.cancel();let h=p();(h!==f||e.get("threshold")!==h)&&M(h)},o.signal),o.signal.addEventListener("abort",()=>$.cancel(),{once:!0}),X(e,["binary","threshold","countDigits","table","intervals"],C,o.signal),C(),{el:i,update:C,destroy:()=>{o.abort(),i.remove()}}}var qi=300,Zi=200,Ji=16;function Qi(e,t,n){let r=e-t-Ji,o=Math.min($n,Math.max(n,1)*qt)+Zi;return t>0&&r>=Math.max(qi,Math.min(o,.6*e))?r:e}function Li(e,t){let n=e.dom.h("div","cmw-main"),r=$1(e);r.el.classList.add("cmw-side"),r.el.append(fo(e).el);let s=g1({...t,room:()=>Qi(n.clientWidth,r.el.offsetWidth,t.state.get("k")||0),sizers:[n,r.el]});return n.append(s.el,r.el),{el:n,matrix:s,scores:r}}function el(e){let t=_o(e),n=Wo(e);return[uo({...e,extra:[t.button]}),t,W1(e),V1(e),x1(e),n.panel,Li(e,n.matrixCtx),n.table,A1(e),co(e),O1(e),y1(e),ao(e),I1({...e,extra:[P1(e).el,D1(e).el,z1(e).el]}),B1(e),b1(e),po(e),lo(e)]}function G1(e,t,n=performance.now()){let r=Fr(t.ownerDocument||document),o=new AbortController,s=ro(e),i=r.h("div","cmw");i.dataset.lmSuppressShortcuts="true",V(i,"keydown",c=>{if(c.stopPropagation(),c.key==="Escape"&&!c.defaultPrevented){c.preventDefault();let u=t.closest("[tabindex]");u?u.focus({preventScroll:!0}):i.contains(r.doc.activeElement)&&r.doc.activeElement.blur()}},o.signal);let l=({k:c,draws:u,lastMs:d,firstMs:f})=>{i.dataset.k=String(c),i.dataset.drawCount=String(u),i.dataset.lastDrawMs=d.toFixed(1),f!==null&&(i.dataset.firstDrawMs=f.toFixed(1))},a=el({state:s,dom:r,signal:o.signal,report:l,startedAt:n});return i.append(...a.map(c=>c.el)),t.appendChild(i),()=>{o.abort(),i.remove()}}var tn="cm-widget",tl="application/vnd.cm-widget.view+json",Vn="application/vnd.jupyter.widget-view+json",K1=1e4,nl="Saved view, no kernel behind it: run the cell to make it live.",Wn=null;async function rl(e){let t=Wn&&Wn[e];if(!t)throw new Error(`${tn}: ${e} is not shared by the application`);let n=Object.keys(t).sort((r,o)=>r.localeCompare(o,"en",{numeric:!0})).pop();return(await t[n].get())()}function ol(e){if(e.getElementById("cmw-style"))return;let t=e.createElement("style");t.id="cmw-style",t.textContent=Jn,e.head.appendChild(t)}async function sl(e){if(typeof e!="string")return null;let n=new DOMParser().parseFromString(e,"text/html").querySelector("script.cmw-data");return n?await Nr(n):null}function H1(e,t){for(let n=e.parent;n;n=n.parent)if(n[t])return n;return null}function il(e){return class extends e{constructor(n){super(),this.mimeType=n.mimeType,this.addClass("cmw-lab-output"),this._model=null,this._live=null,this._tried=!1,this._isLive=!1,this._saved=null,this._timer=null,this._observer=null}async renderModel(n){this._model=n,this._data=sl(n.data["text/html"]).catch(r=>(console.error(r),null)),this.isAttached?this._tryLive():this._timer||(this._timer=setTimeout(()=>this._showSaved(),K1))}onAfterAttach(n){super.onAfterAttach(n),this._model&&!this._tried&&this._tryLive()}_tryLive(){this._tried=!0;let n=this._model,r=H1(this,"rendermime"),o=r&&r.rendermime,s=H1(this,"sessionContext"),i=s&&s.sessionContext.session;if(!(n.trusted&&Vn in n.data&&o&&o.mimeTypes.includes(Vn))){this._showSaved();return}clearTimeout(this._timer);let a=o.createRenderer(Vn);if(this._live=a,s){let u=!(i&&i.kernel);this._timer=setTimeout(()=>this._showSaved(),u?0:K1),a.addClass("cmw-lab-pending"),a.node.style.display="none"}else this._timer=null,this._isLive=!0;this.addWidget(a);let c=()=>{a.node.firstElementChild?this._goLive():/Error displaying widget/.test(a.node.textContent||"")&&(this._observer.disconnect(),this._live=null,this._isLive=!1,a.dispose(),this._showSaved())};this._observer=new MutationObserver(c),this._observer.observe(a.node,{childList:!0,characterData:!0,subtree:!0}),a.renderModel(n).then(c,u=>{console.error(u),this._showSaved()})}_goLive(){this._isLive&&!this._saved&&this._live.node.style.display!=="none"||(this._isLive=!0,clearTimeout(this._timer),this._dropSaved(),this._live.node.style.display="",this._live.removeClass("cmw-lab-pending"))}async _showSaved(){if(clearTimeout(this._timer),this._isLive||this._saved||this.isDisposed)return;this._saved={node:null,unmount:null};let n=await this._data;if(this._isLive||this.isDisposed)return;let r=this.node.ownerDocument,o=r.createElement("div");o.className="cmw-saved";let s=r.createElement("div");if(s.className="cmw-saved-note",s.setAttribute("role","note"),n){ol(r),s.textContent=nl;let i=r.createElement("div");i.className="cmw-live",o.append(s,i),this._saved={node:o,unmount:G1($r(n),i)}}else s.textContent="This output holds no saved view: run the cell to show the matrix.",o.append(s),this._saved={node:o,unmount:null};this.node.insertBefore(o,this.node.firstChild)}_dropSaved(){let n=this._saved;this._saved=null,n&&(n.unmount&&n.unmount(),n.node&&n.node.remove())}dispose(){this.isDisposed||(clearTimeout(this._timer),this._observer&&this._observer.disconnect(),this._dropSaved(),super.dispose())}}}async function ll(){let{Panel:e}=await rl("@lumino/widgets"),t=il(e);return{id:`${tn}:saved-view`,description:"Shows a confusion matrix's saved view where its widget has no kernel.",rank:-20,dataType:"json",rendererFactory:{safe:!0,mimeTypes:[tl],defaultRank:-20,createRenderer:n=>new t(n)}}}function al(){let e=document.getElementById("jupyter-config-data");try{return!!(e&&JSON.parse(e.textContent||"{}").appName)}catch{return!1}}typeof window<"u"&&(window._JUPYTERLAB=window._JUPYTERLAB||{},window._JUPYTERLAB[tn]={init:e=>{Wn=e},get:async e=>{if(e!=="./mimeExtension")throw new Error(`${tn} has no module ${e}`);let t=al()?[await ll()]:[];return()=>({__esModule:!0,default:t})}});})();
