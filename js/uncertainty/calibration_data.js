// Decoder of `_calibration` for js/core/state.js, apart from the component that draws it
// (js/uncertainty/calibration.js), so that the state needs none of the drawing code.

import { toFloat64 } from "../core/util.js";

const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});

/** The decoded `_calibration`, `{ note }`, or null when not shown. */
export function decodeCalibration(raw, k) {
  const c = obj(raw);
  if (typeof c.note === "string") return { note: c.note };
  if (c.kind !== "binary" && c.kind !== "multiclass") return null;
  const hist = obj(c.hist);
  const bins = Number.isInteger(hist.bins) && hist.bins > 0 ? hist.bins : 0;
  const counts = toFloat64(hist.counts);
  return {
    kind: c.kind,
    x: toFloat64(c.x),
    y: toFloat64(c.y),
    n: toFloat64(c.n),
    ece: Number(c.ece),
    eceLow: Number(c.ece_low),
    eceHigh: Number(c.ece_high),
    level: Number(c.level),
    nBins: Number(c.n_bins),
    strategy: String(c.strategy || ""),
    hist: bins && counts.length === bins * k ? { bins, lo: Number(hist.lo), hi: Number(hist.hi), counts } : null,
  };
}
