// Decoding of the ranking's traits: `_issues` (likely label errors per cell) and `rank`. Pure.

import { toUint8 } from "../core/util.js";

/** The ranks the kernel offers, with the words of the menu (cm_widget/_engine/ranking.RANKS). */
export const RANK_NAMES = {
  index: "Index",
  confidence: "Confidence (high first)",
  margin: "Margin (most confidently wrong first)",
  loss: "Loss (high first)",
};

/**
 * `_issues` ({counts: K x K uint32 bytes} or a state without them) -> {k, cols, counts: Uint32Array | null, ranks: string[], kernelOnly, pending,
 * hidden} or null when empty: the widget has no scores (nothing to rank, no label errors to mark).
 */
export function decodeIssues(raw) {
  const s = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  if (!Object.keys(s).length) return null;
  const ranks = Object.keys(RANK_NAMES);
  let counts = null;
  let k = 0;
  if (s.counts != null) {
    const bytes = toUint8(s.counts);
    const n = Math.floor(bytes.byteLength / 4);
    k = Math.round(Math.sqrt(n));
    if (k > 0 && n === k * k && bytes.byteLength === 4 * n) {
      const dv = new DataView(bytes.buffer);
      counts = new Uint32Array(n);
      for (let p = 0; p < n; p++) counts[p] = dv.getUint32(4 * p, true);
    }
  }
  return { k, cols: k, counts, ranks, kernelOnly: s.kernel_only === true, pending: s.pending === true, hidden: s.hidden === true };
}

/** The rank shown: the trait's when the kernel offers it, else "index". */
export function rankName(raw, issues) {
  return issues && typeof raw === "string" && issues.ranks.includes(raw) ? raw : "index";
}

/**
 * The likely label errors of the displayed grid (n x n, display order), or null: class cells
 * read through `perm` (display position -> class) when the display is a permutation.
 */
export function displayedIssues(issues, k, perm) {
  if (!issues || !issues.counts || issues.k !== k) return null;
  const out = new Uint32Array(k * k);
  for (let r = 0; r < k; r++) {
    const i = perm ? perm[r] : r;
    for (let c = 0; c < k; c++) out[r * k + c] = issues.counts[i * issues.cols + (perm ? perm[c] : c)];
  }
  return out;
}
