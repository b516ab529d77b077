// The shapes of the widget's private traits as they reach the page (the kernel writes them in
// cm_widget/_view.py and cm_widget/_features/; the kernel-free page embeds the same). Types only:
// `tsc -p tsconfig.json` checks the decoders that read them. Bytes arrive as a DataView or a
// typed array (the live model) or as base64 already turned into bytes (the embedded source).

/** @typedef {DataView | ArrayBufferView | ArrayBuffer} Bytes */

/**
 * `_matrix`: the counts at the current settings, little-endian, row-major; cols = K + 1 with the
 * abstained column last. A large, mostly empty matrix sends its non-zero cells: `at` (uint32 row-major
 * positions) and `counts` (their values).
 * @typedef {{ k: number, cols?: number, dtype: "uint8" | "uint16" | "uint32" | "float64", counts: Bytes,
 *             at?: Bytes, totals?: object }} WireMatrix
 */

/**
 * `_metrics`: K x 4 float64 (precision, recall, F1, support) and the summary rows.
 * @typedef {{ per_class: Bytes, summary: Array<Record<string, any>> }} WireMetrics
 */

/**
 * `_binary`: the threshold slider's range and the rates at the threshold (empty without binary scores).
 * @typedef {{ threshold?: number, lo?: number, hi?: number, step?: number, is_probability?: boolean,
 *             pos_index?: number, tp?: number, fp?: number, fn?: number, tn?: number } & Record<string, any>} WireBinary
 */

/**
 * `_selection`: the selected cell's sentence parts, one page of its samples and their previews.
 * @typedef {{ i?: number, j?: number, sentence?: Array<{ text: string, em?: boolean }>, count?: number,
 *             total?: number, offset?: number, indices?: Array<number | string>, page_size?: number,
 *             previews?: Array<object>, available?: boolean, group?: boolean }} WireSelection
 */

/**
 * `_issues`: likely label errors per cell (uint32 little-endian, K x K); empty without scores;
 * `kernel_only` (set by a page without a kernel): the menu cannot rank; `pending`: not computed yet;
 * `hidden`: no marks while abstain or top-k is set.
 * @typedef {{ counts?: Bytes, kernel_only?: boolean, pending?: boolean,
 *             hidden?: boolean }} WireIssues
 */

/**
 * `_runs`: the runs in order and their history line (null where not computed).
 * @typedef {{ names: string[], accuracy: Array<number | null>, macro_f1: Array<number | null> }} WireRuns
 */

/**
 * `_compare`: the compared run's counts and the diverging colours; `_moves`: one page of the samples
 * that entered and left the selected cell.
 * @typedef {{ name?: string, matrix?: WireMatrix, lut?: Bytes, fixed?: number, broken?: number,
 *             changed?: number }} WireCompare
 * @typedef {{ i?: number, j?: number, entered?: number[], came_from?: number[], left?: number[],
 *             went_to?: number[], n_entered?: number, n_left?: number }} WireMoves
 */

/**
 * `_order`: class (and group) positions in display order; `_groups`: group names and each class's group.
 * @typedef {{ dtype?: "uint16" | "uint32", classes?: Bytes, groups?: Bytes | null }} WireOrder
 * @typedef {{ names?: string[], codes?: Bytes }} WireGroups
 */

/**
 * `_curves`: ROC and PR thinned for drawing (float32 x, y; float64 thresholds), areas and targets.
 * @typedef {{ x: Bytes, y: Bytes, t: Bytes }} WireCurve
 * @typedef {{ roc?: WireCurve, pr?: WireCurve, auc?: number | null, ap?: number | null,
 *             targets?: Array<{ name: string, threshold: number }>, undefined?: object }} WireCurves
 */

/**
 * `_scores`: the abstain / top-k controls ("multiclass") or the per-label tables ("multilabel").
 * @typedef {{ kind?: "multiclass" | "multilabel" } & Record<string, any>} WireScores
 */

/**
 * `_costs`: the cost per cell (float64, k x cols), and for binary scores the expected cost per sample at the
 * thresholds drawn (float64 thresholds ascending, float32 costs) and the least one.
 * @typedef {{ k?: number, cols?: number, cost?: Bytes, curve?: { t: Bytes, y: Bytes },
 *             least?: { threshold: number, mean: number } }} WireCosts
 * `_intervals`: each metric's interval at `level` (empty when not shown): K x 6 float64 (precision,
 * recall, F1: low, high), the summary rows' and the binary rates' [low, high] (null: undefined).
 * A page without a kernel puts `{ stale: true, level }` where the counts differ from the saved ones.
 * @typedef {{ level?: number, z?: number, stale?: boolean, per_class?: Bytes, summary?: Record<string, any>,
 *             binary?: Record<string, Array<number | null>>, methods?: Record<string, string> }} WireIntervals
 */

/**
 * `_calibration`: the reliability curve (float64 x, y, n per non-empty bin), the ECE and its interval,
 * and the score histograms per true class (K x bins float64); `{ note }` when the run shown has no
 * probabilities; empty when not shown.
 * @typedef {{ kind?: "binary" | "multiclass", x?: Bytes, y?: Bytes, n?: Bytes, ece?: number, ece_low?: number,
 *             ece_high?: number, level?: number, n_bins?: number, strategy?: string, note?: string,
 *             hist?: { bins: number, lo: number, hi: number, counts: Bytes } }} WireCalibration
 * `_slices`: every slice's counts stacked (S * K rows, as `_matrix`), their metrics, and the slice that
 * differs most in accuracy from the others; `fixed` in a page without a kernel.
 * @typedef {{ names?: string[], matrix?: WireMatrix, samples?: number[], accuracy?: number[],
 *             balanced_accuracy?: number[], macro_f1?: number[], fixed?: boolean,
 *             most_different?: { slice: number, value: number, rest: number, difference: number } | null }} WireSlices
 */

export {};
