// Intervals of the metrics (cm_widget/_features/uncertainty.py computes them; the page only shows
// them): decoding `_intervals`, the text "0.910 (0.880-0.930)" and the whisker shown on hover.

import { formatMetric, levelText } from "../core/format.js";
import { toUint8 } from "../core/util.js";

const pair = (v) => (Array.isArray(v) && v.length === 2 ? v.map((x) => (Number.isFinite(x) ? x : null)) : null);
const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});

/**
 * The decoded intervals, or null when none are shown. A page without a kernel at a threshold
 * other than the one they were computed at gets `{ stale: true, level }`: it does not bootstrap.
 */
export function decodeIntervals(raw, labels) {
  const m = obj(raw);
  if (!(m.level > 0 && m.level < 1)) return null;
  if (m.stale) return { stale: true, level: m.level, z: Number(m.z), perClass: [], summary: {}, binary: null };
  const bytes = toUint8(m.per_class);
  const k = labels.length;
  const perClass = [];
  if (bytes.byteLength >= 48 * k) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = (i, c) => {
      const v = dv.getFloat64(8 * (6 * i + c), true);
      return Number.isFinite(v) ? v : null;
    };
    for (let i = 0; i < k; i++) {
      perClass.push({ precision: [at(i, 0), at(i, 1)], recall: [at(i, 2), at(i, 3)], f1: [at(i, 4), at(i, 5)] });
    }
  }
  const summary = {};
  for (const [name, v] of Object.entries(obj(m.summary))) {
    summary[name] = Array.isArray(v) ? pair(v) : Object.fromEntries(Object.entries(obj(v)).map(([a, b]) => [a, pair(b)]));
  }
  const binary = m.binary ? Object.fromEntries(Object.entries(obj(m.binary)).map(([a, b]) => [a, pair(b)])) : null;
  return { stale: false, level: m.level, z: Number(m.z), perClass, summary, binary, methods: obj(m.methods) };
}

/** "0.910 (0.880-0.930)"; the value alone when there is no interval. */
export function formatInterval(value, interval) {
  const text = formatMetric(value);
  if (!interval || interval[0] === null || interval[1] === null) return text;
  return `${text} (${formatMetric(interval[0])}-${formatMetric(interval[1])})`;
}

/**
 * Put `value` and its interval into the table cell `td`: the text, a hover title, and a whisker
 * (a bar from the low to the high end on a 0-1 scale, a tick at the value) drawn on hover.
 */
export function fillCell(dom, td, value, interval, level, method) {
  td.textContent = formatInterval(value, interval);
  if (!interval || interval[0] === null || interval[1] === null || !Number.isFinite(value)) return;
  const how = method === "wilson" ? "Wilson" : method === "bootstrap" ? "bootstrap" : "";
  td.title = `${levelText(level)} interval ${formatMetric(interval[0])} to ${formatMetric(interval[1])}`
    + (how ? ` (${how})` : "");
  td.classList.add("cmw-has-interval");
  const clamp = (v) => Math.min(Math.max(v, 0), 1) * 100;
  const box = dom.h("span", "cmw-whisker");
  box.setAttribute("aria-hidden", "true");
  const bar = dom.h("span", "cmw-whisker-bar");
  bar.style.left = `${clamp(interval[0])}%`;
  bar.style.width = `${Math.max(clamp(interval[1]) - clamp(interval[0]), 0)}%`;
  const tick = dom.h("span", "cmw-whisker-tick");
  tick.style.left = `${clamp(value)}%`;
  box.append(bar, tick);
  td.append(box);
}

/** What the intervals are, under the metrics table. */
export function intervalNote(iv) {
  if (iv.stale) {
    return "Intervals are computed by the kernel; this page holds them at the saved threshold only. Move the "
      + "threshold back, or open the notebook with a kernel.";
  }
  const methods = Object.values(iv.methods || {});
  const parts = [`value (low-high): ${levelText(iv.level)} intervals`];
  if (methods.includes("wilson")) parts.push("Wilson score intervals for rates (precision, recall, accuracy)");
  if (methods.includes("bootstrap")) {
    parts.push("a seeded bootstrap stratified by true class for F1, balanced accuracy and the averages");
  } else {
    parts.push("F1, balanced accuracy and the averages of this many classes have theirs from w.intervals()");
  }
  return `${parts.join("; ")}. Hover a value for its whisker.`;
}

/**
 * Wilson score interval of `x` successes of `n` trials at the normal quantile `z`, in the same
 * operations as cm_widget/_engine/uncertainty.py `wilson` (so the two agree bit for bit); null
 * when n is 0.
 */
export function wilson(x, n, z) {
  if (!(n > 0) || !Number.isFinite(z)) return null;
  const z2 = z * z;
  const p = x / n;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
  return [Math.min(Math.max(center - half, 0), 1), Math.min(Math.max(center + half, 0), 1)];
}
