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
 * `_issues` -> {k, cols, counts: Uint32Array(k * cols) | null, ranks: string[], kernelOnly, pending}
 * or null when the widget has no scores (nothing to rank, no label errors to mark).
 */
export function decodeIssues(raw) {
  const s = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const ranks = Array.isArray(s.ranks) ? s.ranks.filter((r) => typeof r === "string" && r in RANK_NAMES) : [];
  if (!ranks.length) return null;
  const k = Number.isInteger(s.k) ? s.k : 0;
  const cols = Number.isInteger(s.cols) ? s.cols : k;
  let counts = null;
  if (s.counts != null && k > 0) {
    const bytes = toUint8(s.counts);
    const n = Math.floor(bytes.byteLength / 4);
    if (n === k * cols) {
      const dv = new DataView(bytes.buffer);
      counts = new Uint32Array(n);
      for (let p = 0; p < n; p++) counts[p] = dv.getUint32(4 * p, true);
    }
  }
  return { k, cols, counts, ranks, kernelOnly: s.kernel_only === true, pending: s.pending === true };
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
