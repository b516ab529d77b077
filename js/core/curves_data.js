// Pure helpers of the score views: decoding the curves the kernel sends, and finding the drawn
// point nearest to the pointer. state.js calls the decoder; the components only read its output.

import { toUint8 } from "./util.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function typed(raw, Type) {
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / Type.BYTES_PER_ELEMENT);
  if (LITTLE_ENDIAN) return new Type(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  const out = new Type(n);
  const read = Type === Float32Array ? (p) => dv.getFloat32(4 * p, true) : (p) => dv.getFloat64(8 * p, true);
  for (let p = 0; p < n; p++) out[p] = read(p);
  return out;
}

function curve(raw) {
  if (!raw || typeof raw !== "object") return null;
  const x = typed(raw.x, Float32Array);
  const y = typed(raw.y, Float32Array);
  const t = typed(raw.t, Float64Array);
  const n = Math.min(x.length, y.length, t.length);
  return n > 0 ? { x: x.subarray(0, n), y: y.subarray(0, n), t: t.subarray(0, n), n } : null;
}

const finite = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * `_curves` -> {roc, pr: {x, y, t, n}, auc, ap, targets: [{name, threshold}], undefinedBecause: {roc, pr}},
 * or null before it comes.
 * @param {import("./wire.js").WireCurves | null | undefined} raw
 */
export function decodeCurves(raw) {
  if (!raw || typeof raw !== "object") return null;
  const roc = curve(raw.roc);
  const pr = curve(raw.pr);
  if (!roc || !pr) return null;
  const targets = (Array.isArray(raw.targets) ? raw.targets : [])
    .filter((g) => g && typeof g.name === "string" && finite(g.threshold) !== null)
    .map((g) => ({ name: g.name, threshold: g.threshold }));
  // Why a curve is undefined (a class with no samples), by kind; such a curve is not drawn.
  const why = raw.undefined && typeof raw.undefined === "object" ? raw.undefined : {};
  const undefinedBecause = Object.fromEntries(["roc", "pr"].map((k) => [k, typeof why[k] === "string" ? why[k] : null]));
  return { roc, pr, auc: finite(raw.auc), ap: finite(raw.ap), targets, undefinedBecause };
}

/** Index of the drawn point nearest to (px, py), both in [0, 1] data units. */
export function nearestPoint(c, px, py) {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < c.n; i++) {
    const dx = c.x[i] - px;
    const dy = c.y[i] - py;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** SVG polyline points of a curve in a square plot of `size` px with a `pad` px margin. */
export function polylinePoints(c, size, pad) {
  const inner = size - 2 * pad;
  const parts = new Array(c.n);
  for (let i = 0; i < c.n; i++) {
    parts[i] = `${(pad + c.x[i] * inner).toFixed(1)},${(pad + (1 - c.y[i]) * inner).toFixed(1)}`;
  }
  return parts.join(" ");
}
