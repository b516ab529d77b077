// The shapes of the widget's private traits as they reach the page (the kernel writes them in
// cm_widget/_view.py and cm_widget/_features/; the kernel-free page embeds the same). Types only:
// `tsc -p tsconfig.json` checks the decoders that read them. Bytes arrive as a DataView or a
// typed array (the live model) or as base64 already turned into bytes (the embedded source).

/** @typedef {DataView | ArrayBufferView | ArrayBuffer} Bytes */

/**
 * `_matrix`: the counts at the current settings, little-endian, row-major; cols = K + 1 with the
 * abstained column last.
 * @typedef {{ k: number, cols?: number, dtype: "uint8" | "uint16" | "uint32" | "float64", counts: Bytes,
 *             totals?: object }} WireMatrix
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
 * `_slices`: every slice's counts stacked (S * K rows, as `_matrix`), their metrics, and the slice that
 * differs most in accuracy from the others; `fixed` in a page without a kernel.
 * @typedef {{ names?: string[], matrix?: WireMatrix, samples?: number[], accuracy?: number[],
 *             balanced_accuracy?: number[], macro_f1?: number[], fixed?: boolean,
 *             most_different?: { slice: number, value: number, rest: number, difference: number } | null }} WireSlices
 */

export {};
