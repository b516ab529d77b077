// js/ui/dom.js
var FOCUSABLE = /* @__PURE__ */ new Set(["button", "input", "select", "textarea", "summary", "canvas"]);
function domOf(doc) {
  const h = (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    if (FOCUSABLE.has(tag)) e.dataset.lmSuppressShortcuts = "true";
    return e;
  };
  const button = (cls, text) => {
    const b = h("button", cls, text);
    b.type = "button";
    return b;
  };
  const option = (value, text = value) => {
    const o = doc.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  };
  return { doc, h, button, option };
}
function listen(target, type, fn, signal, opts = {}) {
  target.addEventListener(type, fn, { ...opts, signal });
}
function scope(signal) {
  const ac = new AbortController();
  if (signal) {
    if (signal.aborted) ac.abort();
    else signal.addEventListener("abort", () => ac.abort(), { once: true });
  }
  return ac;
}

// js/core/colors.js
function lutColor(lut, idx) {
  const o = idx * 4;
  if (!lut || lut.length < o + 4) return "rgba(128,128,128,1)";
  return `rgba(${lut[o]},${lut[o + 1]},${lut[o + 2]},${+(lut[o + 3] / 255).toFixed(3)})`;
}
function greyLut() {
  const lut = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) lut.set([255 - c, 255 - c, 255 - c, 255], 4 * c);
  return lut;
}
function contrastColor(r, g, b) {
  const lin = (c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  const lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return 1.05 / (lum + 0.05) > (lum + 0.05) / 0.05 ? "#ffffff" : "#000000";
}
function textColor(lutText, lut, idx) {
  if (lutText && lutText.length >= 256) return lutText[idx] ? "#ffffff" : "#000000";
  const o = idx * 4;
  if (!lut || lut.length < o + 3) return "#000000";
  return contrastColor(lut[o], lut[o + 1], lut[o + 2]);
}
function buildRgba(colors, lut, count3) {
  const out = new Uint8ClampedArray(count3 * 4);
  const table = new Uint8Array(1024);
  table.set(lut.subarray(0, Math.min(1024, lut.length)));
  const t32 = new Uint32Array(table.buffer);
  const o32 = new Uint32Array(out.buffer);
  const n = Math.min(count3, colors.length);
  for (let p = 0; p < n; p++) o32[p] = t32[colors[p]];
  return out;
}

// js/core/util.js
function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function toUint8(raw) {
  if (raw == null) return new Uint8Array(0);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw.slice(0));
  if (ArrayBuffer.isView(raw)) {
    return new Uint8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  }
  if (Array.isArray(raw)) return Uint8Array.from(raw);
  return new Uint8Array(0);
}
function toFloat64(raw) {
  if (Array.isArray(raw)) return Float64Array.from(raw, Number);
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / 8);
  if (LITTLE_ENDIAN) return new Float64Array(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) out[p] = dv.getFloat64(8 * p, true);
  return out;
}
function throttle(fn, wait, clock) {
  const c = clock || {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (id) => clearTimeout(id)
  };
  let last = -Infinity;
  let timer = null;
  let pending = null;
  const fire = () => {
    timer = null;
    last = c.now();
    const args = pending;
    pending = null;
    fn(...args);
  };
  const throttled = (...args) => {
    pending = args;
    const remaining = wait - (c.now() - last);
    if (remaining <= 0) {
      if (timer !== null) c.clearTimeout(timer);
      fire();
    } else if (timer === null) {
      timer = c.setTimeout(fire, remaining);
    }
  };
  throttled.cancel = () => {
    if (timer !== null) c.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  throttled.flush = () => {
    if (pending === null) return;
    if (timer !== null) c.clearTimeout(timer);
    fire();
  };
  return throttled;
}

// js/core/derive.js
var TYPES = { uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, float64: Float64Array };
var LITTLE_ENDIAN2 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function decodeMatrix(raw) {
  const k = Math.max(0, Math.trunc(Number(raw && raw.k) || 0));
  const cols = Math.max(k, Math.trunc(Number(raw && raw.cols) || 0));
  const Type = TYPES[raw && raw.dtype] || Float64Array;
  const bytes = toUint8(raw && raw.counts);
  const size = Type.BYTES_PER_ELEMENT;
  const n = Math.min(k * cols, Math.floor(bytes.byteLength / size));
  const totals = decodeTotals(raw && raw.totals, k, cols);
  if (n < k * cols) return { k, cols, counts: new Type(k * cols), totals };
  if (LITTLE_ENDIAN2 || size === 1) return { k, cols, counts: new Type(bytes.buffer, 0, n), totals };
  const dv = new DataView(bytes.buffer);
  const get = { 2: "getUint16", 4: "getUint32", 8: "getFloat64" }[size];
  const out = new Type(n);
  for (let p = 0; p < n; p++) out[p] = dv[get](size * p, true);
  return { k, cols, counts: out, totals };
}
function decodeTotals(raw, k, cols) {
  if (!raw || typeof raw !== "object") return null;
  const nums = (a, n) => Array.isArray(a) && a.length === n ? Float64Array.from(a, Number) : null;
  const rows = nums(raw.rows, k);
  const colTotals = nums(raw.cols, cols);
  const all = Number(raw.all);
  return rows && colTotals && Number.isFinite(all) ? { rows, cols: colTotals, all } : null;
}
function splitColumns(a, k, cols) {
  if (cols === k) return { square: a, rest: new a.constructor(0) };
  const square = new a.constructor(k * k);
  const rest = new a.constructor(k * (cols - k));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) square[i * k + j] = a[i * cols + j];
    for (let j = k; j < cols; j++) rest[i * (cols - k) + j - k] = a[i * cols + j];
  }
  return { square, rest };
}
function pairwiseSum(a, start, n, stride = 1) {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i * stride];
    return res;
  }
  if (n <= 128) {
    const r = new Array(8);
    for (let j = 0; j < 8; j++) r[j] = a[start + j * stride];
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      for (let j = 0; j < 8; j++) r[j] += a[start + (i + j) * stride];
    }
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) res += a[start + i * stride];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2, stride) + pairwiseSum(a, start + n2 * stride, n - n2, stride);
}
function normalizeValues(counts, k, how, cols = k, totals = null) {
  if (how == null) return counts;
  const n = k * cols;
  const out = new Float64Array(n);
  if (totals) return divideBy(counts, k, cols, how, totals, out);
  if (how === "true") {
    for (let i = 0; i < k; i++) {
      const s = pairwiseSum(counts, i * cols, cols);
      for (let j = 0; j < cols; j++) out[i * cols + j] = s === 0 ? 0 : counts[i * cols + j] / s;
    }
  } else if (how === "pred") {
    const s = new Float64Array(cols);
    for (let i = 0; i < k; i++) for (let j = 0; j < cols; j++) s[j] += counts[i * cols + j];
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < cols; j++) out[i * cols + j] = s[j] === 0 ? 0 : counts[i * cols + j] / s[j];
    }
  } else if (how === "all") {
    const s = pairwiseSum(counts, 0, n);
    for (let p = 0; p < n; p++) out[p] = s === 0 ? 0 : counts[p] / s;
  } else {
    return counts;
  }
  return out;
}
function divideBy(counts, k, cols, how, totals, out) {
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < cols; j++) {
      const s = how === "true" ? totals.rows[i] : how === "pred" ? totals.cols[j] : how === "all" ? totals.all : 1;
      out[i * cols + j] = s === 0 ? 0 : counts[i * cols + j] / s;
    }
  }
  return how === "true" || how === "pred" || how === "all" ? out : counts;
}
function maxValue(values) {
  let m = -Infinity;
  for (let p = 0; p < values.length; p++) if (values[p] > m) m = values[p];
  return values.length ? m : 0;
}
function rint(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function colorIndices(values, vmin, vmax, size = 256) {
  const out = new Uint8Array(values.length);
  const span = vmax - vmin;
  if (!(span > 0)) return out;
  const f = (size - 1) / span;
  for (let p = 0; p < values.length; p++) {
    let s = (values[p] - vmin) * f;
    s = s < 0 ? 0 : s > size - 1 ? size - 1 : s;
    out[p] = rint(s);
  }
  return out;
}
function isWhole(values) {
  if (!(values instanceof Float64Array || values instanceof Float32Array || Array.isArray(values))) return true;
  for (let p = 0; p < values.length; p++) if (Math.floor(values[p]) !== values[p]) return false;
  return true;
}
var FORMAT_RE = /^[,_]?(?:\.(\d+))?([dfeg%])$/;
function formatRule(valuesFormat, normalize, whole) {
  let spec = valuesFormat || null;
  if (spec && spec.endsWith("d") && !whole) spec = null;
  const m = spec ? FORMAT_RE.exec(spec) : null;
  if (m) {
    const kind = m[2] === "d" ? "int" : m[2] === "%" ? "percent" : "float";
    return { kind, digits: m[1] !== void 0 ? Number(m[1]) : kind === "int" ? 0 : 2 };
  }
  if (normalize != null) return { kind: "percent", digits: 1 };
  return whole ? { kind: "int", digits: 0 } : { kind: "float", digits: 2 };
}
function rgbaOf(rgb) {
  const src = toUint8(rgb);
  if (src.length >= 1024) return src.subarray(0, 1024);
  if (src.length < 768) return null;
  const out = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) {
    out[4 * c] = src[3 * c];
    out[4 * c + 1] = src[3 * c + 1];
    out[4 * c + 2] = src[3 * c + 2];
    out[4 * c + 3] = 255;
  }
  return out;
}
function lightText(lut) {
  const out = new Uint8Array(256);
  for (let c = 0; c < 256; c++) out[c] = contrastColor(lut[4 * c], lut[4 * c + 1], lut[4 * c + 2]) === "#ffffff" ? 1 : 0;
  return out;
}
var tidy = (x) => Number(x.toPrecision(12));
function colorbarTicks(vmax, normalize, nbins = 5) {
  const top = vmax > 0 && Number.isFinite(vmax) ? vmax : 1;
  const counts = normalize == null;
  const raw = top / nbins;
  const scale = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((s) => tidy(s * scale)).find((s) => s >= raw && (!counts || s < 1 || Number.isInteger(s)));
  if (step === void 0) step = tidy(10 * scale);
  if (counts) step = Math.max(1, step);
  const out = [];
  for (let n = 0; n * step <= top * (1 + 1e-12); n++) {
    const t = tidy(n * step);
    out.push([t / top, counts ? String(t) : `${tidy(t * 100)}%`]);
  }
  return out;
}
function decodeMetrics(raw, labels) {
  const m = raw && typeof raw === "object" ? raw : {};
  const summary = Array.isArray(m.summary) ? m.summary.filter((r) => r && typeof r === "object") : [];
  const bytes = toUint8(m.per_class);
  const k = labels.length;
  if (bytes.byteLength < 32 * k) return { perClass: [], summary };
  const dv = new DataView(bytes.buffer);
  const perClass = labels.map((label, i) => {
    const at = (c) => dv.getFloat64(8 * (4 * i + c), true);
    return { label, precision: at(0), recall: at(1), f1: at(2), support: at(3) };
  });
  return { perClass, summary };
}

// js/core/curves_data.js
var LITTLE_ENDIAN3 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function typed(raw, Type) {
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / Type.BYTES_PER_ELEMENT);
  if (LITTLE_ENDIAN3) return new Type(bytes.buffer, 0, n);
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
var finite = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
function decodeCurves(raw) {
  if (!raw || typeof raw !== "object") return null;
  const roc = curve(raw.roc);
  const pr = curve(raw.pr);
  if (!roc || !pr) return null;
  const targets = (Array.isArray(raw.targets) ? raw.targets : []).filter((g) => g && typeof g.name === "string" && finite(g.threshold) !== null).map((g) => ({ name: g.name, threshold: g.threshold }));
  const why = raw.undefined && typeof raw.undefined === "object" ? raw.undefined : {};
  const undefinedBecause = Object.fromEntries(["roc", "pr"].map((k) => [k, typeof why[k] === "string" ? why[k] : null]));
  return { roc, pr, auc: finite(raw.auc), ap: finite(raw.ap), targets, undefinedBecause };
}
function nearestPoint(c, px, py) {
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
function polylinePoints(c, size, pad) {
  const inner = size - 2 * pad;
  const parts = new Array(c.n);
  for (let i = 0; i < c.n; i++) {
    parts[i] = `${(pad + c.x[i] * inner).toFixed(1)},${(pad + (1 - c.y[i]) * inner).toFixed(1)}`;
  }
  return parts.join(" ");
}

// js/core/runs_keys.js
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list = (v) => Array.isArray(v) ? v : [];
var count = (v) => Number.isFinite(Number(v)) ? Math.max(0, Math.trunc(Number(v))) : 0;
var ints = (v) => list(v).map(Number).filter(Number.isInteger);
function decodeRuns(raw) {
  const r = obj(raw);
  const names = list(r.names).map(String);
  const num = (a) => names.map((_, k) => Number.isFinite(list(a)[k]) ? Number(list(a)[k]) : null);
  return { names, accuracy: num(r.accuracy), macroF1: num(r.macro_f1) };
}
function decodeCompare(raw, k) {
  const c = obj(raw);
  if (typeof c.name !== "string") return null;
  const m = decodeMatrix(c.matrix);
  const lut = rgbaOf(c.lut);
  if (m.k !== k || !lut) return null;
  return {
    name: c.name,
    counts: m.counts,
    lut,
    cmap: typeof c.cmap === "string" ? c.cmap : "diverging",
    fixed: count(c.fixed),
    broken: count(c.broken),
    changed: count(c.changed)
  };
}
function deltaValues(counts, other) {
  const out = new Float64Array(counts.length);
  for (let p = 0; p < counts.length; p++) out[p] = counts[p] - (other[p] || 0);
  return out;
}
function deltaSpan(delta) {
  let m = 0;
  for (let p = 0; p < delta.length; p++) m = Math.max(m, Math.abs(delta[p]));
  return Math.max(m, 1);
}
function deltaGain(delta, k) {
  const out = Float64Array.from(delta, (v) => -v);
  for (let i = 0; i < k; i++) out[i * k + i] = delta[i * k + i];
  return out;
}
var deltaColors = (delta, k) => {
  const m = deltaSpan(delta);
  return colorIndices(deltaGain(delta, k), -m, m);
};
function signed(v, digits = 0) {
  const text = Math.abs(v).toFixed(digits);
  if (Number(text) === 0) return 0 .toFixed(digits);
  return `${v > 0 ? "+" : "−"}${text}`;
}
function deltaTicks(delta, digits = 0) {
  const m = Math.abs(deltaSpan(delta)).toFixed(digits);
  return [[0, `${m} worse`], [0.5, "no change"], [1, `${m} better`]];
}
function decodeMoves(raw) {
  const m = obj(raw);
  if (!Number.isInteger(m.i) || !Number.isInteger(m.j)) return null;
  return {
    i: m.i,
    j: m.j,
    entered: ints(m.entered),
    cameFrom: ints(m.came_from),
    left: ints(m.left),
    wentTo: ints(m.went_to),
    nEntered: count(m.n_entered),
    nLeft: count(m.n_left)
  };
}
var RUN_KEYS = {
  runs: { raw: ["_runs"], make: (get, raw) => decodeRuns(raw("_runs")) },
  run: { raw: ["run"], make: (get, raw) => raw("run") == null ? "" : String(raw("run")) },
  compare: { raw: ["compare"], make: (get, raw) => raw("compare") == null ? null : String(raw("compare")) },
  compareState: { raw: ["_compare"], uses: ["k"], make: (get, raw) => decodeCompare(raw("_compare"), get("k")) },
  moves: { raw: ["_moves"], make: (get, raw) => decodeMoves(raw("_moves")) }
};
var RUN_INTENTS = ["run", "compare"];

// js/core/format.js
var CMAPS = [
  "Blues",
  "Greens",
  "Oranges",
  "Purples",
  "Reds",
  "Greys",
  "viridis",
  "plasma",
  "inferno",
  "magma",
  "cividis",
  "YlGnBu",
  "YlOrRd",
  "RdPu",
  "BuPu"
];
var NORMALIZE_OPTIONS = [
  { value: null, label: "Counts" },
  { value: "true", label: "By true row" },
  { value: "pred", label: "By predicted column" },
  { value: "all", label: "Over all" }
];
function formatCount(count3, digits = 0) {
  if (!Number.isFinite(count3)) return "–";
  return digits > 0 ? count3.toFixed(Math.min(digits, 10)) : String(Math.round(count3) || 0);
}
function formatValue(value, fmt) {
  if (!Number.isFinite(value)) return "–";
  const kind = fmt && fmt.kind;
  const digits = clamp(Math.trunc(Number(fmt && fmt.digits) || 0), 0, 10);
  if (kind === "delta") return signed(value, digits);
  if (kind === "percent") return (value * 100).toFixed(digits) + "%";
  if (kind === "float") return value.toFixed(digits);
  return String(Math.round(value) || 0);
}
function cellText(value, count3, fmt, countDigits = 0) {
  const main = formatValue(value, fmt);
  if (fmt && (fmt.kind === "percent" || fmt.kind === "delta")) return { main, sub: `(${formatCount(count3, countDigits)})` };
  return { main, sub: "" };
}
function formatMetric(v) {
  return Number.isFinite(v) ? v.toFixed(3) : "–";
}
function stepDecimals(step) {
  if (!(step > 0)) return 2;
  const [mant, exp] = String(step).split("e");
  const frac = (mant.split(".")[1] || "").length;
  return clamp(frac - (exp ? Number(exp) : 0), 0, 6);
}
function cmapParts(name) {
  const s = String(name || "Blues");
  return s.endsWith("_r") ? { base: s.slice(0, -2), reversed: true } : { base: s, reversed: false };
}
function cmapName(base, reversed) {
  return reversed ? `${base}_r` : base;
}
function parseSelected(value, k, cols = k) {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [i, j] = value;
  const ok = (x, n) => Number.isInteger(x) && x >= 0 && x < n;
  return ok(i, k) && ok(j, cols) ? [i, j] : null;
}
function pageInfo(sel) {
  const offset = Math.max(0, Math.trunc(Number(sel && sel.offset) || 0));
  const n = sel && Array.isArray(sel.indices) ? sel.indices.length : 0;
  const total = Math.max(0, Math.trunc(Number(sel && sel.total) || 0));
  const size = sel && sel.page_size > 0 ? Math.trunc(sel.page_size) : Math.max(n, 1);
  return {
    first: n ? offset + 1 : 0,
    last: offset + n,
    total,
    hasMore: offset + n < total,
    hasPrev: offset > 0,
    nextOffset: offset + size,
    prevOffset: Math.max(0, offset - size)
  };
}
var MARKS = [["\n", "⏎"], ["\r", "␍"]];
function editableName(name) {
  let s = String(name);
  for (const [raw, mark] of MARKS) s = s.split(raw).join(mark);
  return s;
}
function nameFromEditor(text, original) {
  if (original != null && text === editableName(original)) return String(original);
  let s = String(text);
  for (const [raw, mark] of MARKS) s = s.split(mark).join(raw);
  return s;
}

// js/core/order_codec.js
var POSITIONS = { uint16: 2, uint32: 4 };
function decodePositions(raw, dtype) {
  const size = POSITIONS[dtype];
  if (!size) return null;
  const bytes = toUint8(raw);
  if (bytes.byteLength % size) return null;
  const dv = new DataView(bytes.buffer);
  const out = new Array(bytes.byteLength / size);
  for (let p = 0; p < out.length; p++) out[p] = size === 2 ? dv.getUint16(2 * p, true) : dv.getUint32(4 * p, true);
  return out;
}
function isPermutation(a, n) {
  if (!Array.isArray(a) || a.length !== n) return false;
  const seen = new Uint8Array(n);
  for (const v of a) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = 1;
  }
  return true;
}
var identity = (n) => Array.from({ length: n }, (_, i) => i);
function decodeOrder(raw, k, groups) {
  const dtype = raw && raw.dtype;
  const classes = raw ? decodePositions(raw.classes, dtype) : null;
  const g = groups ? groups.names.length : 0;
  const groupOrder = raw && groups && raw.groups != null ? decodePositions(raw.groups, dtype) : null;
  return {
    classes: isPermutation(classes, k) ? classes : identity(k),
    groups: groups ? isPermutation(groupOrder, g) ? groupOrder : identity(g) : null
  };
}
function decodeGroups(raw, k) {
  if (!raw || !Array.isArray(raw.names) || raw.names.length === 0) return null;
  const names = raw.names.map(String);
  const codes = decodePositions(raw.codes, k <= 65536 ? "uint16" : "uint32");
  if (!codes || codes.length !== k || codes.some((c) => c >= names.length)) return null;
  const members = names.map(() => []);
  codes.forEach((g, c) => members[g].push(c));
  return { names, codes, members };
}

// js/core/rank.js
function topConfusions(counts, k, n, rowTotals2 = null) {
  const top = [];
  if (!(n > 0)) return [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = counts[i * k + j];
      if (i === j || !(v > 0) || top.length === n && v <= top[n - 1][0]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1][0] < v) at--;
      top.splice(at, 0, [v, i * k + j]);
      if (top.length > n) top.pop();
    }
  }
  return top.map(([v, cell]) => {
    const i = Math.floor(cell / k);
    const row = rowTotals2 ? rowTotals2[i] : pairwiseSum(counts, i * k, k);
    return [i, cell - i * k, v, row === 0 ? 0 : v / row];
  });
}

// js/core/state.js
var INTENTS = /* @__PURE__ */ new Set([
  "normalize",
  "cmap",
  "threshold",
  "display_labels",
  "selected",
  ...RUN_INTENTS,
  "order",
  "level",
  "errors_only",
  "selected_group",
  "abstain",
  "top_k",
  "thresholds"
]);
var TOP_LISTED = 10;
var obj2 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list2 = (v) => Array.isArray(v) ? v : [];
var KEYS = {
  matrix: { raw: ["_matrix"], make: (get, raw) => decodeMatrix(raw("_matrix")) },
  k: { uses: ["matrix"], make: (get) => get("matrix").k },
  // Columns of the matrix: K, or K + 1 with the abstained column last.
  cols: { uses: ["matrix"], make: (get) => get("matrix").cols },
  // A multi-label matrix: normalised by the samples with each label (the totals it came with).
  multilabel: { uses: ["matrix"], make: (get) => get("matrix").totals !== null },
  countParts: { uses: ["matrix"], make: (get) => splitColumns(get("matrix").counts, get("k"), get("cols")) },
  // The K x K counts of the classes; the abstained column is in `abstained`.
  counts: { uses: ["countParts"], make: (get) => get("countParts").square },
  labels: {
    raw: ["display_labels"],
    uses: ["k"],
    make: (get, raw) => {
      const names = raw("display_labels");
      return Array.from({ length: get("k") }, (_, i) => names && names[i] != null ? String(names[i]) : String(i));
    }
  },
  normalize: { raw: ["normalize"], make: (get, raw) => raw("normalize") ?? null },
  // Multiclass scores: a hit is the true class among the top_k highest; abstain below a top score.
  topK: { raw: ["top_k"], make: (get, raw) => Number.isInteger(raw("top_k")) && raw("top_k") > 1 ? raw("top_k") : 1 },
  abstainAt: {
    raw: ["abstain"],
    make: (get, raw) => raw("abstain") == null || !Number.isFinite(Number(raw("abstain"))) ? null : Number(raw("abstain"))
  },
  cmap: { raw: ["cmap"], make: (get, raw) => String(raw("cmap") || "Blues") },
  threshold: { raw: ["threshold"], make: (get, raw) => raw("threshold") == null ? null : Number(raw("threshold")) },
  selected: {
    raw: ["selected"],
    uses: ["k", "cols"],
    make: (get, raw) => parseSelected(raw("selected"), get("k"), get("cols"))
  },
  // The values of the whole matrix, abstained column included: rows and the total count it.
  allValues: {
    uses: ["matrix", "normalize"],
    make: (get) => normalizeValues(get("matrix").counts, get("k"), get("normalize"), get("cols"), get("matrix").totals)
  },
  valueParts: { uses: ["allValues"], make: (get) => splitColumns(get("allValues"), get("k"), get("cols")) },
  // Compare mode (compareState) shows the change of each count since the compared run instead.
  values: {
    uses: ["counts", "valueParts", "compareState"],
    make: (get) => {
      const cmp = get("compareState");
      return cmp ? deltaValues(get("counts"), cmp.counts) : get("valueParts").square;
    }
  },
  // The colour scale spans every value shown, the abstained ones included.
  vmax: {
    uses: ["values", "allValues", "compareState"],
    make: (get) => maxValue(get("compareState") ? get("values") : get("allValues"))
  },
  // The abstained column (K + 1 columns, not in compare mode): {counts, values, colors} per
  // true class, or null.
  abstained: {
    uses: ["countParts", "valueParts", "vmax", "compareState"],
    make: (get) => {
      if (get("cols") !== get("k") + 1 || get("compareState")) return null;
      const values = get("valueParts").rest;
      return { counts: get("countParts").rest, values, colors: colorIndices(values, 0, get("vmax")) };
    }
  },
  colors: {
    uses: ["values", "vmax", "compareState", "k"],
    make: (get) => get("compareState") ? deltaColors(get("values"), get("k")) : colorIndices(get("values"), 0, get("vmax"))
  },
  lut: {
    raw: ["_lut"],
    uses: ["compareState"],
    make: (get, raw) => (get("compareState") || {}).lut || rgbaOf(raw("_lut")) || greyLut()
  },
  lutText: { uses: ["lut"], make: (get) => lightText(get("lut")) },
  fmt: {
    raw: ["values_format"],
    uses: ["allValues", "normalize", "compareState", "countDigits"],
    make: (get, raw) => get("compareState") ? { kind: "delta", digits: get("countDigits") } : formatRule(raw("values_format"), get("normalize"), isWhole(get("allValues")))
  },
  countDigits: { uses: ["matrix"], make: (get) => isWhole(get("matrix").counts) ? 0 : 2 },
  colorbar: {
    uses: ["vmax", "normalize", "compareState", "values", "countDigits"],
    make: (get) => get("compareState") ? deltaTicks(get("values"), get("countDigits")) : colorbarTicks(get("vmax"), get("normalize"))
  },
  metrics: { raw: ["_metrics"], uses: ["labels"], make: (get, raw) => decodeMetrics(raw("_metrics"), get("labels")) },
  binary: {
    raw: ["_binary"],
    uses: ["labels"],
    make: (get, raw) => {
      const b = obj2(raw("_binary"));
      if (!(Number.isFinite(b.lo) && Number.isFinite(b.hi))) return null;
      const labels = get("labels");
      const p = b.pos_index === 0 ? 0 : 1;
      return { ...b, posName: labels[p] ?? "positive", negName: labels[1 - p] ?? "negative" };
    }
  },
  // Anything selected (a cell, a row, a column, the errors, a list of cells): it can be cleared.
  hasSelection: { raw: ["selected"], make: (get, raw) => raw("selected") != null },
  selection: {
    raw: ["_selection"],
    make: (get, raw) => {
      const s = obj2(raw("_selection"));
      if (!Number.isInteger(s.i) || !Number.isInteger(s.j)) return null;
      return { ...s, available: s.available !== false, sentence: list2(s.sentence) };
    }
  },
  notes: { raw: ["_notes"], make: (get, raw) => list2(raw("_notes")).map(String) },
  // Score views: curves of binary scores; abstain / top-k or per-label tables ({kind} or null).
  curves: { raw: ["_curves"], make: (get, raw) => decodeCurves(raw("_curves")) },
  scores: {
    raw: ["_scores"],
    make: (get, raw) => {
      const s = obj2(raw("_scores"));
      if (s.kind === "multiclass" && Number.isFinite(s.lo) && Number.isFinite(s.hi)) return s;
      if (s.kind === "multilabel" && Array.isArray(s.tables)) return s;
      return null;
    }
  },
  // A table counted in Dask or Spark: its engine, rows, whether cells list ids, and the score edges.
  table: {
    raw: ["_table"],
    make: (get, raw) => {
      const t = obj2(raw("_table"));
      if (!t.engine) return null;
      const edges = toFloat64(t.edges);
      return {
        engine: String(t.engine),
        rows: Number(t.rows) || 0,
        ids: t.ids === true,
        exact: Number(t.exact) || 0,
        edges: edges.length ? edges : null
      };
    }
  },
  ...RUN_KEYS,
  // Many classes: the display order and the groups (js/order_codec.js), the largest errors.
  order: { raw: ["_order"], uses: ["k", "groups"], make: (get, raw) => decodeOrder(raw("_order"), get("k"), get("groups")) },
  orderName: { raw: ["order"], make: (get, raw) => typeof raw("order") === "string" ? raw("order") : "given" },
  // The orders a page without a kernel carries (null: all of them, the kernel computes any).
  orderChoices: { raw: ["_order_choices"], make: (get, raw) => Array.isArray(raw("_order_choices")) ? raw("_order_choices") : null },
  groups: { raw: ["_groups"], uses: ["k"], make: (get, raw) => decodeGroups(raw("_groups"), get("k")) },
  level: { raw: ["level"], uses: ["groups"], make: (get, raw) => raw("level") === "groups" && get("groups") ? "groups" : "classes" },
  errorsOnly: { raw: ["errors_only"], make: (get, raw) => raw("errors_only") === true },
  selectedGroup: {
    raw: ["selected_group"],
    uses: ["groups"],
    make: (get, raw) => get("groups") ? parseSelected(raw("selected_group"), get("groups").names.length) : null
  },
  // Shares of a true row count its abstained samples too, as the normalised matrix does.
  top: {
    uses: ["counts", "k", "countParts", "cols", "matrix"],
    make: (get) => topConfusions(get("counts"), get("k"), TOP_LISTED, rowTotals(get))
  },
  // A cell to bring into view: none here; js/display.js sets one from the page.
  focus: { make: () => null }
};
var RAW = {};
var rawOf = (key) => {
  if (!RAW[key]) {
    const spec = KEYS[key];
    RAW[key] = [.../* @__PURE__ */ new Set([...spec.raw || [], ...(spec.uses || []).flatMap(rawOf)])];
  }
  return RAW[key];
};
for (const key of Object.keys(KEYS)) rawOf(key);
function rowTotals(get) {
  const { totals } = get("matrix");
  if (totals) return totals.rows;
  const k = get("k");
  if (get("cols") !== k + 1) return null;
  const counts = get("counts");
  const extra = get("countParts").rest;
  return Float64Array.from({ length: k }, (_, i) => pairwiseSum(counts, i * k, k) + extra[i]);
}
function createState(source) {
  const memo = /* @__PURE__ */ new Map();
  const spec = (key) => {
    if (!KEYS[key]) throw new Error(`unknown state key ${key}`);
    return KEYS[key];
  };
  const get = (key) => {
    const s = spec(key);
    const raws = RAW[key].map((name) => source.get(name));
    const hit = memo.get(key);
    if (hit && hit.raws.every((r, i) => r === raws[i])) return hit.value;
    const value = s.make(get, (name) => source.get(name));
    memo.set(key, { raws, value });
    return value;
  };
  const on = (key, fn) => {
    spec(key);
    const offs = RAW[key].map((name) => source.on(name, fn));
    return () => offs.forEach((off) => off());
  };
  const set = (intent, value) => {
    if (!INTENTS.has(intent)) throw new Error(`${intent} is not something the page may write`);
    source.set(intent, value);
  };
  const send = (msg) => source.send(msg);
  return { get, on, set, send };
}
function watch(state, keys, fn, signal) {
  let queued = false;
  const schedule = () => {
    if (queued || signal && signal.aborted) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!(signal && signal.aborted)) fn();
    });
  };
  const offs = keys.map((key) => state.on(key, schedule));
  if (signal) signal.addEventListener("abort", () => offs.forEach((off) => off()), { once: true });
  return schedule;
}

// js/runs/compare.js
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function summaryText(cmp, run) {
  return `From ${cmp.name} to ${run}: ${plural(cmp.fixed, "sample")} fixed, ${cmp.broken} broken, ${cmp.changed} changed their prediction.`;
}
function summaryMeaning(cmp, run) {
  return `fixed: wrong in ${cmp.name}, right in ${run}; broken: right in ${cmp.name}, wrong in ${run}`;
}
function createCompare({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-compare");
  el.setAttribute("aria-live", "polite");
  el.hidden = true;
  function moveList(cls, title, total, indices, others, run, labels) {
    const box = h("div", cls);
    box.append(h("div", "cmw-moves-title", `${title} (${total})`));
    if (!indices.length) {
      box.append(h("span", "cmw-hint", "none"));
      return box;
    }
    const items = h("div", "cmw-moves-list");
    indices.forEach((idx, k) => {
      const item = h("span", "cmw-move");
      const other = others[k];
      item.append(
        h("span", "cmw-idx", `sample ${idx}`),
        dom.doc.createTextNode(": predicted "),
        h("em", null, labels[other] ?? String(other)),
        dom.doc.createTextNode(` in ${run}`)
      );
      items.append(item);
    });
    box.append(items);
    if (total > indices.length) box.append(h("span", "cmw-hint", `showing the first ${indices.length} of ${total}`));
    return box;
  }
  function update() {
    const cmp = state.get("compareState");
    el.hidden = !cmp;
    el.replaceChildren();
    if (!cmp) return;
    const run = state.get("run");
    const summary = h("p", "cmw-compare-summary", summaryText(cmp, run));
    summary.title = summaryMeaning(cmp, run);
    el.append(summary);
    const moves = state.get("moves");
    if (!moves) {
      el.append(h("p", "cmw-hint", "Click a cell to see the samples that entered it and those that left it."));
      return;
    }
    const labels = state.get("labels");
    const head = h("p", "cmw-moves-head");
    head.append(
      dom.doc.createTextNode("Cell true "),
      h("em", null, labels[moves.i] ?? String(moves.i)),
      dom.doc.createTextNode(", predicted "),
      h("em", null, labels[moves.j] ?? String(moves.j)),
      dom.doc.createTextNode(`: ${moves.nEntered} entered, ${moves.nLeft} left since ${cmp.name}.`)
    );
    el.append(
      head,
      moveList("cmw-entered", "Entered", moves.nEntered, moves.entered, moves.cameFrom, cmp.name, labels),
      moveList("cmw-left", "Left", moves.nLeft, moves.left, moves.wentTo, run, labels)
    );
  }
  watch(state, ["compareState", "moves", "run", "labels"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/ui/controls.js
function createControls({ state, dom, signal, extra = [] }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("div", "cmw-controls");
  const seg = h("div", "cmw-seg");
  seg.setAttribute("role", "group");
  seg.setAttribute("aria-label", "Normalisation");
  const normButtons = NORMALIZE_OPTIONS.map((o) => {
    const b = button("cmw-seg-btn", o.label);
    b.dataset.value = o.value === null ? "" : o.value;
    seg.append(b);
    return b;
  });
  const cmapField = h("label", "cmw-field");
  const select = h("select", "cmw-cmap");
  for (const name of CMAPS) select.append(dom.option(name));
  cmapField.append(h("span", null, "Colormap"), select);
  const compareOption = dom.option("cmw:compare");
  const revField = h("label", "cmw-field");
  const reverse = h("input", "cmw-reverse");
  reverse.type = "checkbox";
  revField.append(reverse, h("span", null, "reverse"));
  el.append(seg, cmapField, revField, ...extra);
  function update() {
    const norm = state.get("normalize");
    for (const b of normButtons) {
      const on = (b.dataset.value || null) === norm;
      b.classList.toggle("cmw-active", on);
      b.setAttribute("aria-pressed", String(on));
    }
    const cmp = state.get("compareState");
    select.disabled = Boolean(cmp);
    reverse.disabled = Boolean(cmp);
    if (cmp) {
      compareOption.textContent = `${cmp.cmap} (better / worse)`;
      if (!compareOption.parentNode) select.append(compareOption);
      select.value = compareOption.value;
      select.title = `Compare mode colours each cell by better (blue) or worse (red) since ${cmp.name}; the colormap returns when compare mode ends.`;
      return;
    }
    compareOption.remove();
    select.removeAttribute("title");
    const { base, reversed } = cmapParts(state.get("cmap"));
    if (![...select.options].some((o) => o.value === base)) select.append(dom.option(base));
    select.value = base;
    reverse.checked = reversed;
  }
  const onCmap = () => state.set("cmap", cmapName(select.value, reverse.checked));
  listen(seg, "click", (e) => {
    const b = e.target.closest(".cmw-seg-btn");
    if (b) state.set("normalize", b.dataset.value || null);
  }, ac.signal);
  listen(select, "change", onCmap, ac.signal);
  listen(reverse, "change", onCmap, ac.signal);
  watch(state, ["normalize", "cmap", "compareState"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/matrix/geometry.js
var MAX_CELL = 64;
var MAX_GRID = 800;
var MIN_GRID = 120;
var BITMAP_BELOW = 6;
var MIN_CELL = 6;
var ZOOM_STEP = 2;
var TICK_SPACING = 14;
var MAX_LABEL_W = 140;
var PAD = 8;
var TITLE_BAND = 20;
var TITLE_LINE = 15;
var TICK_GAP = 6;
var BAR_GAP = 16;
var BAR_W = 14;
var EXTRA_GAP = 6;
var EXTRA_MIN_W = 8;
var MOVES = /* @__PURE__ */ new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
function computeLayout(k, width, opts = {}) {
  const yLabelWidth = opts.yLabelWidth || 0;
  const xLabelHeight = opts.xLabelHeight || 0;
  const rightWidth = opts.rightWidth || 0;
  const maxCell = opts.maxCell || MAX_CELL;
  const maxGrid = opts.maxGrid || MAX_GRID;
  const x0 = PAD + TITLE_BAND + yLabelWidth + TICK_GAP;
  const y0 = PAD;
  const extra = k > 0 && opts.extra ? 1 : 0;
  const room = Math.min(maxGrid, Math.max(MIN_GRID, width - x0 - rightWidth - PAD - extra * EXTRA_GAP));
  const view = opts.view || fullView(k);
  const v = k > 0 ? view.v : 0;
  let cell = v > 0 ? Math.min(maxCell, room / (v + extra)) : 0;
  if (extra && cell < EXTRA_MIN_W) cell = Math.min(maxCell, (room - EXTRA_MIN_W) / v);
  if (cell >= BITMAP_BELOW) cell = Math.floor(cell);
  const grid = cell * v;
  const xExtra = x0 + grid + EXTRA_GAP;
  const xw = extra ? Math.max(cell, EXTRA_MIN_W) : 0;
  const right = extra ? xExtra + xw : x0 + grid;
  return {
    k,
    v,
    r0: view.r0,
    c0: view.c0,
    room,
    cell,
    x0,
    y0,
    grid,
    extra,
    xExtra,
    xw,
    right,
    width: Math.ceil(right + rightWidth + PAD),
    height: Math.ceil(y0 + grid + TICK_GAP + xLabelHeight + TITLE_BAND + PAD + (Math.max(1, opts.xTitleLines || 1) - 1) * TITLE_LINE)
  };
}
function gridForHeight(layout, height) {
  if (!Number.isFinite(height) || layout.height <= height) return void 0;
  const v = layout.v || 1;
  let cell = (layout.grid - (layout.height - height)) / v;
  if (cell >= BITMAP_BELOW) cell = Math.floor(cell);
  return Math.max(MIN_GRID, cell * (v + layout.extra));
}
function hitTest(x, y, layout) {
  if (!layout || !(layout.cell > 0)) return null;
  const gx = x - layout.x0;
  const gy = y - layout.y0;
  if (!(gy >= 0 && gy < layout.grid)) return null;
  const last = (layout.v ?? layout.k) - 1;
  const r0 = layout.r0 || 0;
  const c0 = layout.c0 || 0;
  const row = r0 + Math.min(last, Math.floor(gy / layout.cell));
  if (layout.extra && x >= layout.xExtra && x < layout.xExtra + layout.xw) return [row, layout.k];
  if (!(gx >= 0 && gx < layout.grid)) return null;
  return [row, c0 + Math.min(last, Math.floor(gx / layout.cell))];
}
function fullView(k) {
  return { r0: 0, c0: 0, v: Math.max(0, k) };
}
function canZoom(k, room) {
  return k * MIN_CELL > room;
}
function minViewSize(k, room) {
  return Math.min(k, Math.max(1, Math.ceil(room / MAX_CELL)));
}
function clampView(view, k, vMin = 1) {
  if (!(k > 0)) return fullView(0);
  const src = view || fullView(k);
  const v = clamp(Math.round(Number(src.v) || k), Math.min(k, Math.max(1, vMin)), k);
  const r0 = clamp(Math.round(Number(src.r0) || 0), 0, k - v);
  const c0 = clamp(Math.round(Number(src.c0) || 0), 0, k - v);
  return { r0, c0, v };
}
function zoomView(view, factor, anchor, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  if (!(factor > 0) || !(k > 0)) return cur;
  const v = clamp(Math.round(cur.v / factor), Math.min(k, Math.max(1, vMin)), k);
  if (v === cur.v) return cur;
  const [ar, ac] = anchor || [cur.r0 + cur.v / 2, cur.c0 + cur.v / 2];
  const keep = (start, a) => a - (a - start) * v / cur.v;
  return clampView({ r0: keep(cur.r0, ar), c0: keep(cur.c0, ac), v }, k, vMin);
}
function panView(view, dRows, dCols, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  return clampView({ r0: cur.r0 + Math.round(dRows), c0: cur.c0 + Math.round(dCols), v: cur.v }, k, vMin);
}
function followCursor(view, cell, k, vMin = 1) {
  const cur = clampView(view, k, vMin);
  if (!cell) return cur;
  const follow = (start, x) => x < start ? x : x >= start + cur.v ? x - cur.v + 1 : start;
  return clampView({ r0: follow(cur.r0, cell[0]), c0: follow(cur.c0, cell[1]), v: cur.v }, k, vMin);
}
function focusView(view, cell, k, side, vMin = 1) {
  const cur = clampView(view, k, vMin);
  const v = Math.min(cur.v, Math.max(side, vMin));
  return clampView({ r0: cell[0] - Math.floor(v / 2), c0: cell[1] - Math.floor(v / 2), v }, k, vMin);
}
function viewAnchor(x, y, layout) {
  const v = layout.v ?? layout.k;
  const at = (p, origin, start) => start + clamp((p - origin) / layout.cell, 0, v);
  return [at(y, layout.y0, layout.r0 || 0), at(x, layout.x0, layout.c0 || 0)];
}
function wheelFactor(deltaY, deltaMode = 0) {
  const px = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1);
  if (!Number.isFinite(px) || px === 0) return 1;
  return 2 ** clamp(-px / 200, -1, 1);
}
function viewText(view, k) {
  const last = (s) => s + view.v - 1;
  return `rows ${view.r0}-${last(view.r0)}, columns ${view.c0}-${last(view.c0)} of ${k}`;
}
function tickStep(k, cell, minSpacing = TICK_SPACING) {
  if (!(cell > 0) || k <= 1) return 1;
  for (let m = 1; ; m *= 10) {
    for (const s of [1, 2, 5]) {
      if (s * m * cell >= minSpacing || s * m >= k) return s * m;
    }
  }
}
function tickIndices(count3, step, start = 0) {
  const out = [];
  for (let i = Math.ceil(start / step) * step; i < start + count3; i += step) out.push(i);
  return out;
}
function tickAt(pos, cell, step, k, halfExtent, start = 0, count3 = k) {
  if (!(cell > 0) || k <= 0 || count3 <= 0) return -1;
  const firstTick = Math.ceil(start / step) * step;
  const lastTick = Math.floor((start + count3 - 1) / step) * step;
  if (lastTick < firstTick) return -1;
  const t = clamp(Math.round((start + pos / cell - 0.5) / step) * step, firstTick, lastTick);
  return Math.abs((t - start + 0.5) * cell - pos) <= Math.max(cell / 2, halfExtent) ? t : -1;
}
function truncateText(text, maxWidth, measure) {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (measure(chars.slice(0, mid).join("") + "…") <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("") + "…";
}
function nextCursor(cursor, key, k, jump = 1, cols = k) {
  if (k <= 0 || !MOVES.has(key)) return cursor;
  if (!cursor) return [0, 0];
  let [i, j] = cursor;
  if (key === "ArrowUp") i -= jump;
  else if (key === "ArrowDown") i += jump;
  else if (key === "ArrowLeft") j -= jump;
  else if (key === "ArrowRight") j += jump;
  else if (key === "Home") j = 0;
  else if (key === "End") j = cols - 1;
  else if (key === "PageUp") i -= 10;
  else if (key === "PageDown") i += 10;
  return [clamp(i, 0, k - 1), clamp(j, 0, cols - 1)];
}
var cellX = (L, j) => L.extra && j >= L.k ? L.xExtra : L.x0 + (j - L.c0) * L.cell;
var cellY = (L, i) => L.y0 + (i - L.r0) * L.cell;
var cellW = (L, j) => L.extra && j >= L.k ? L.xw : L.cell;
var inView = (L, [i, j]) => i >= L.r0 && i < L.r0 + L.v && (j >= L.c0 && j < L.c0 + L.v || Boolean(L.extra) && j === L.k);

// js/ui/label_editor.js
function createLabelEditor({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const toggle = button("cmw-edit-btn", "Edit labels");
  toggle.setAttribute("aria-expanded", "false");
  const el = h("div", "cmw-labels-panel");
  el.hidden = true;
  let inputs = null;
  let shownFor = null;
  function open() {
    const labels = state.get("labels");
    shownFor = labels;
    const list3 = h("div", "cmw-labels-list");
    inputs = labels.map((text, i) => {
      const row = h("label", "cmw-label-row");
      const input = h("input", "cmw-label-input");
      input.type = "text";
      input.value = editableName(text);
      input.dataset.index = String(i);
      row.append(h("span", "cmw-label-idx", String(i)), input);
      list3.append(row);
      return input;
    });
    const actions = h("div", "cmw-labels-actions");
    actions.append(
      button("cmw-save", "Save"),
      button("cmw-cancel", "Cancel"),
      h("span", "cmw-hint", "Enter saves, Escape cancels. ⏎ stands for a line break.")
    );
    el.replaceChildren(list3, actions);
    el.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    if (inputs.length) inputs[0].focus();
  }
  function close(refocus = false) {
    inputs = null;
    shownFor = null;
    el.hidden = true;
    el.replaceChildren();
    toggle.setAttribute("aria-expanded", "false");
    if (refocus) toggle.focus({ preventScroll: true });
  }
  function save() {
    const old = shownFor;
    const now = state.get("labels");
    const next = inputs.map((input, i) => {
      const edited = input.value !== editableName(old[i]);
      return edited ? nameFromEditor(input.value, old[i]) : now[i];
    });
    close(true);
    if (next.length === now.length && next.some((t, i) => t !== now[i])) state.set("display_labels", next);
  }
  function update() {
    if (inputs && inputs.length !== state.get("k")) close();
  }
  listen(toggle, "click", () => inputs ? close() : open(), ac.signal);
  listen(el, "keydown", (e) => {
    if (e.key === "Enter" && !e.isComposing && e.target.tagName === "INPUT") {
      e.preventDefault();
      save();
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    }
  }, ac.signal);
  listen(el, "click", (e) => {
    if (e.target.closest(".cmw-save")) save();
    else if (e.target.closest(".cmw-cancel")) close(true);
  }, ac.signal);
  watch(state, ["labels", "k"], update, ac.signal);
  return {
    el,
    button: toggle,
    update,
    open,
    close,
    isOpen: () => inputs !== null,
    destroy: () => {
      ac.abort();
      el.remove();
      toggle.remove();
    }
  };
}
function openInlineEditor({ dom, host, box, name, index, done }) {
  const input = dom.h("input", "cmw-inline-edit");
  input.type = "text";
  input.value = editableName(name);
  input.setAttribute("aria-label", `Name of class ${index}`);
  Object.assign(input.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px` });
  const ac = new AbortController();
  let finished = false;
  const finish = (commit, byKey = false) => {
    if (finished) return;
    finished = true;
    ac.abort();
    const text = nameFromEditor(input.value, name);
    input.remove();
    done(commit && text !== name ? text : null, byKey);
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.isComposing || e.key === "Escape") {
      e.preventDefault();
      finish(e.key === "Enter", true);
    }
  }, { signal: ac.signal });
  input.addEventListener("blur", () => finish(true), { signal: ac.signal });
  host.append(input);
  input.focus();
  input.select();
  return { finish };
}

// js/order/cell_table.js
var MAX_SIDE = 12;
function cellTableWindow(view, k, focus, max = MAX_SIDE) {
  const v = view ? view : { r0: 0, c0: 0, v: k };
  const side = Math.min(v.v, max, k);
  const start = (lo, at) => {
    if (at == null || at < lo || at >= lo + v.v) return lo;
    return Math.max(lo, Math.min(at - Math.floor(side / 2), lo + v.v - side));
  };
  return {
    rows: start(v.r0, focus && focus[0]),
    cols: start(v.c0, focus && focus[1]),
    side
  };
}
function createCellTable({ state, dom, signal }) {
  const { h } = dom;
  const el = h("div", "cmw-sr cmw-cell-table");
  let view = null;
  function cellText2(p, of = { counts: state.get("counts"), values: state.get("values") }) {
    const fmt = state.get("fmt");
    const count3 = formatCount(of.counts[p], state.get("countDigits"));
    return fmt.kind === "percent" ? `${count3} (${formatValue(of.values[p], fmt)})` : count3;
  }
  function update() {
    const k = state.get("k");
    const labels = state.get("labels");
    const sel = state.get("selected");
    const abstained = state.get("abstained");
    const w = cellTableWindow(view, k, sel && sel[1] < k ? sel : sel && [sel[0], null]);
    const table = h("table");
    const caption = h(
      "caption",
      null,
      `Confusion matrix, rows ${w.rows + 1}-${w.rows + w.side} and columns ${w.cols + 1}-${w.cols + w.side} of ${k}: rows are the true label, columns the predicted label.`
    );
    const head = h("tr");
    head.append(h("td"));
    for (let c = w.cols; c < w.cols + w.side; c++) {
      const th = h("th", null, `Predicted ${labels[c]}`);
      th.scope = "col";
      head.append(th);
    }
    if (abstained) {
      const th = h("th", null, "Abstained");
      th.scope = "col";
      head.append(th);
    }
    const body = h("tbody");
    for (let r = w.rows; r < w.rows + w.side; r++) {
      const tr = h("tr");
      const th = h("th", null, `True ${labels[r]}`);
      th.scope = "row";
      tr.append(th);
      const cell = (c, text) => {
        const td = h("td", null, text);
        if (sel && sel[0] === r && sel[1] === c) {
          td.dataset.selected = "true";
          td.textContent = `${td.textContent}, selected`;
        }
        tr.append(td);
      };
      for (let c = w.cols; c < w.cols + w.side; c++) cell(c, cellText2(r * k + c));
      if (abstained) cell(k, cellText2(r, abstained));
      body.append(tr);
    }
    const thead = h("thead");
    thead.append(head);
    table.append(caption, thead, body);
    el.replaceChildren(table);
  }
  watch(state, ["k", "labels", "counts", "values", "fmt", "countDigits", "selected", "abstained"], update, signal);
  update();
  return {
    el,
    update,
    setView(next) {
      if (view && next && view.r0 === next.r0 && view.c0 === next.c0 && view.v === next.v) return;
      view = next;
      update();
    },
    destroy: () => el.remove()
  };
}

// js/order/display.js
function displayItems(k, order, groups, level, expanded = /* @__PURE__ */ new Set()) {
  const classes = order && order.classes && order.classes.length === k ? order.classes : identity2(k);
  if (level !== "groups" || !groups) {
    return Array.from(classes, (c) => ({ kind: "class", index: c, members: [c] }));
  }
  const g = groups.names.length;
  const byGroup = Array.from({ length: g }, () => []);
  for (const c of classes) byGroup[groups.codes[c]].push(c);
  const groupOrder = order && order.groups && order.groups.length === g ? order.groups : identity2(g);
  const items = [];
  for (const q of groupOrder) {
    if (expanded.has(q)) for (const c of byGroup[q]) items.push({ kind: "class", index: c, members: [c] });
    else items.push({ kind: "group", index: q, members: byGroup[q] });
  }
  return items;
}
function identity2(n) {
  return Array.from({ length: n }, (_, i) => i);
}
function isPermutation2(items) {
  return items.every((it) => it.kind === "class");
}
function permuteSquare(a, k, perm) {
  const n = perm.length;
  const out = new a.constructor(n * n);
  for (let r = 0; r < n; r++) {
    const src = perm[r] * k;
    for (let c = 0; c < n; c++) out[r * n + c] = a[src + perm[c]];
  }
  return out;
}
function itemCounts(counts, k, items) {
  const n = items.length;
  const itemOf = new Int32Array(k).fill(-1);
  items.forEach((it, r) => {
    for (const c of it.members) itemOf[c] = r;
  });
  const out = new Float64Array(n * n);
  for (let i = 0; i < k; i++) {
    const r = itemOf[i];
    if (r < 0) continue;
    for (let j = 0; j < k; j++) {
      const c = itemOf[j];
      if (c >= 0) out[r * n + c] += counts[i * k + j];
    }
  }
  return out;
}
function permuteRows(a, perm) {
  const out = new a.constructor(perm.length);
  perm.forEach((c, r) => {
    out[r] = a[c];
  });
  return out;
}
function errorsOnlyColors(values, n, extra = null) {
  let vmax = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (r !== c && values[r * n + c] > vmax) vmax = values[r * n + c];
  }
  if (extra) {
    for (const v of extra) if (v > vmax) vmax = v;
  }
  const colors = colorIndices(values, 0, vmax);
  for (let r = 0; r < n; r++) colors[r * n + r] = 0;
  return { colors, vmax };
}
var OWN = /* @__PURE__ */ new Set([
  "k",
  "labels",
  "counts",
  "values",
  "colors",
  "vmax",
  "colorbar",
  "selected",
  "focus",
  "items",
  "abstained"
]);
var BASE = [
  "k",
  "labels",
  "counts",
  "values",
  "colors",
  "vmax",
  "colorbar",
  "normalize",
  "selected",
  "order",
  "groups",
  "level",
  "errorsOnly",
  "selectedGroup",
  "compareState",
  "abstained"
];
function createDisplay(state) {
  const local = { expanded: /* @__PURE__ */ new Set(), focus: null, version: 0 };
  const listeners = /* @__PURE__ */ new Set();
  const memo = /* @__PURE__ */ new Map();
  const base = (key) => state.get(key);
  const cached = (key, deps, make2) => {
    const hit = memo.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.value;
    const value = make2();
    memo.set(key, { deps, value });
    return value;
  };
  const comparing = () => Boolean(base("compareState"));
  const level = () => comparing() ? "classes" : base("level");
  const items = () => cached(
    "items",
    [base("k"), base("order"), base("groups"), level(), local.version],
    () => displayItems(base("k"), base("order"), base("groups"), level(), local.expanded)
  );
  const perm = () => cached("perm", [items()], () => isPermutation2(items()) ? items().map((it) => it.index) : null);
  const plain = () => {
    const p = perm();
    return p !== null && p.every((c, i) => c === i);
  };
  const make = {
    items,
    k: () => items().length,
    labels: () => cached("labels", [items(), base("labels"), base("groups")], () => {
      const names = base("labels");
      const groups = base("groups");
      return items().map((it) => it.kind === "class" ? names[it.index] : `${groups.names[it.index]} (${it.members.length})`);
    }),
    counts: () => cached("counts", [items(), base("counts")], () => {
      if (plain()) return base("counts");
      const p = perm();
      return p ? permuteSquare(base("counts"), base("k"), p) : itemCounts(base("counts"), base("k"), items());
    }),
    values: () => cached("values", [items(), base("values"), base("normalize")], () => {
      if (plain()) return base("values");
      const p = perm();
      if (p) return base("values") === base("counts") ? get("counts") : permuteSquare(base("values"), base("k"), p);
      return normalizeValues(get("counts"), items().length, base("normalize"));
    }),
    // The abstained column's counts and values in display order (no colours yet), or null.
    abstainedRows: () => cached("abstainedRows", [items(), base("abstained")], () => {
      const a = base("abstained");
      const p = perm();
      if (!a || p === null) return null;
      if (plain()) return a;
      return { counts: permuteRows(a.counts, p), values: permuteRows(a.values, p) };
    }),
    abstained: () => cached("abstained", [make.abstainedRows(), make.vmax()], () => {
      const a = make.abstainedRows();
      if (!a) return null;
      if (a === base("abstained") && make.vmax() === base("vmax")) return a;
      return { counts: a.counts, values: a.values, colors: colorIndices(a.values, 0, make.vmax()) };
    }),
    colorsAndMax: () => cached("colorsAndMax", [
      items(),
      base("values"),
      base("colors"),
      base("errorsOnly"),
      comparing(),
      make.abstainedRows()
    ], () => {
      const n = items().length;
      if (base("errorsOnly") && !comparing()) {
        const a = make.abstainedRows();
        return errorsOnlyColors(get("values"), n, a && a.values);
      }
      if (plain()) return { colors: base("colors"), vmax: base("vmax") };
      const p = perm();
      if (p) return { colors: permuteSquare(base("colors"), base("k"), p), vmax: base("vmax") };
      const values = get("values");
      const vmax = maxValue(values);
      return { colors: colorIndices(values, 0, vmax), vmax };
    }),
    colors: () => make.colorsAndMax().colors,
    vmax: () => make.colorsAndMax().vmax,
    colorbar: () => cached("colorbar", [make.vmax(), base("normalize"), base("colorbar")], () => make.vmax() === base("vmax") ? base("colorbar") : colorbarTicks(make.vmax(), base("normalize"))),
    selected: () => cached("selected", [items(), base("selected"), base("selectedGroup"), make.abstainedRows()], () => {
      const it = items();
      const sel = base("selected");
      const sg = base("selectedGroup");
      const find = (kind, index) => it.findIndex((x) => x.kind === kind && x.index === index);
      const col = (j) => j === base("k") && make.abstainedRows() ? it.length : find("class", j);
      const pair = sel ? [find("class", sel[0]), col(sel[1])] : sg ? [find("group", sg[0]), find("group", sg[1])] : null;
      return pair && pair[0] >= 0 && pair[1] >= 0 ? pair : null;
    }),
    focus: () => cached("focus", [items(), local.version], () => {
      const f = local.focus;
      if (f === null) return null;
      const at = (cls) => items().findIndex((x) => x.members.includes(cls));
      const r = at(f.row);
      const c = at(f.col);
      return r >= 0 && c >= 0 ? { r, c, outline: f.outline } : null;
    })
  };
  function get(key) {
    return OWN.has(key) ? make[key]() : state.get(key);
  }
  function on(key, fn) {
    if (!OWN.has(key)) return state.on(key, fn);
    const offs = BASE.map((b) => state.on(b, fn));
    const local2 = () => fn();
    listeners.add(local2);
    return () => {
      offs.forEach((off) => off());
      listeners.delete(local2);
    };
  }
  function set(intent, value) {
    const it = items();
    if (intent === "selected") {
      if (value == null) {
        if (base("selectedGroup")) state.set("selected_group", null);
        if (base("selected")) state.set("selected", null);
        return;
      }
      const a = it[value[0]];
      const b = it[value[1]];
      if (a && a.kind === "class" && value[1] === it.length && make.abstainedRows()) {
        state.set("selected", [a.index, base("k")]);
        return;
      }
      if (!a || !b) return;
      if (a.kind === "class" && b.kind === "class") state.set("selected", [a.index, b.index]);
      else if (a.kind === "group" && b.kind === "group") state.set("selected_group", [a.index, b.index]);
      return;
    }
    if (intent === "display_labels") {
      const names = base("labels").slice();
      value.forEach((name, r) => {
        if (it[r] && it[r].kind === "class") names[it[r].index] = name;
      });
      state.set("display_labels", names);
      return;
    }
    state.set(intent, value);
  }
  function changed() {
    local.version += 1;
    for (const fn of [...listeners]) fn();
  }
  const localApi = {
    expand(group, open) {
      if (open) local.expanded.add(group);
      else local.expanded.delete(group);
      changed();
    },
    expanded: () => new Set(local.expanded),
    /** Bring cell (row, col) into view; `outline` marks its row and column. null forgets it. */
    focus(row, col, outline = false) {
      local.focus = row == null ? null : { row, col, outline };
      changed();
    }
  };
  return { get, on, set, send: (msg) => state.send(msg), local: localApi };
}

// js/order/order_panel.js
var ORDERS = [
  ["given", "Given"],
  ["name", "Name (A-Z)"],
  ["support", "Support"],
  ["errors", "Errors"],
  ["cluster", "Confused together"]
];
var MAX_MATCHES = 8;
var SEARCH_FROM = 12;
var OPEN_TOP_ABOVE = 20;
function searchClasses(labels, text, limit = MAX_MATCHES) {
  const q = String(text || "").trim().toLowerCase();
  if (!q) return [];
  const starts = [];
  const contains = [];
  labels.forEach((name, i) => {
    const n = String(name).toLowerCase();
    const at = n.indexOf(q);
    if (at === 0) starts.push(i);
    else if (at > 0) contains.push(i);
  });
  return starts.concat(contains).slice(0, limit);
}
function confusionLine(labels, [i, j, count3, share]) {
  const amount = Number.isInteger(count3) ? String(count3) : Number(count3).toFixed(2);
  return `${labels[i]} → ${labels[j]}: ${amount} (${(share * 100).toFixed(1)}%)`;
}
function selectionText(sel) {
  if (!sel) return "Selection cleared.";
  return `Selected: ${sel.sentence.map((s) => String(s && s.text != null ? s.text : "")).join("")}`;
}
function createOrderPanel({ state, display, dom, signal }) {
  const ac = scope(signal);
  const on = (target, type, fn) => listen(target, type, fn, ac.signal);
  const { h, button, option } = dom;
  const el = h("div", "cmw-order");
  const bar = h("div", "cmw-order-bar");
  const orderLabel = h("label", "cmw-order-label", "Order ");
  const orderSelect = h("select", "cmw-order-select");
  for (const [value, text] of ORDERS) orderSelect.append(option(value, text));
  const custom = option("list", "Custom (from Python)");
  custom.disabled = true;
  orderSelect.append(custom);
  orderLabel.append(orderSelect);
  const errorsLabel = h("label", "cmw-errors-only-label");
  const errorsBox = h("input", "cmw-errors-only");
  errorsBox.type = "checkbox";
  errorsLabel.append(errorsBox, dom.doc.createTextNode(" Errors only"));
  const levelLabel = h("label", "cmw-level-label", "Show ");
  const levelSelect = h("select", "cmw-level");
  levelSelect.append(option("classes", "Classes"), option("groups", "Groups"));
  levelLabel.append(levelSelect);
  bar.append(orderLabel, errorsLabel, levelLabel);
  const expandBox = h("div", "cmw-expand");
  expandBox.setAttribute("role", "group");
  expandBox.setAttribute("aria-label", "Expand groups");
  const search = h("div", "cmw-search");
  const searchLabel = h("label", "cmw-search-label", "Find class ");
  const input = h("input", "cmw-search-input");
  input.type = "search";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  const listId = `cmw-matches-${Math.random().toString(36).slice(2, 9)}`;
  input.setAttribute("aria-controls", listId);
  searchLabel.append(input);
  const matches = h("ul", "cmw-matches");
  matches.id = listId;
  matches.setAttribute("role", "listbox");
  matches.setAttribute("aria-label", "Matching classes");
  matches.hidden = true;
  search.append(searchLabel, matches);
  const top = h("details", "cmw-top");
  const topTitle = h("summary", "cmw-top-title", "Largest errors");
  let topChosen = false;
  on(topTitle, "click", () => {
    topChosen = true;
  });
  topTitle.id = `${listId}-top`;
  const topList = h("ol", "cmw-top-list");
  topList.setAttribute("aria-labelledby", topTitle.id);
  top.append(topTitle, topList);
  const live = h("div", "cmw-sr");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("role", "status");
  el.append(bar, expandBox, search, top, live);
  const announce = (text) => {
    live.textContent = text;
  };
  on(orderSelect, "change", () => {
    state.set("order", orderSelect.value);
    announce(`Order: ${orderSelect.selectedOptions[0].textContent}.`);
  });
  on(errorsBox, "change", () => {
    state.set("errors_only", errorsBox.checked);
    announce(errorsBox.checked ? "Errors only: the diagonal is neutral." : "Errors only off.");
  });
  on(levelSelect, "change", () => {
    state.set("level", levelSelect.value);
    announce(`Showing ${levelSelect.value}.`);
  });
  on(expandBox, "change", (e) => {
    const box = e.target.closest("input[data-group]");
    if (!box) return;
    display.local.expand(Number(box.dataset.group), box.checked);
    announce(`${box.checked ? "Expanded" : "Collapsed"} ${box.parentElement.textContent.trim()}.`);
  });
  function choose(cls) {
    const labels = state.get("labels");
    input.value = labels[cls];
    closeMatches();
    display.local.focus(cls, cls, true);
    announce(`Found ${labels[cls]}: its row and column are outlined.`);
  }
  function closeMatches() {
    matches.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function showMatches() {
    const labels = state.get("labels");
    const found = searchClasses(labels, input.value);
    matches.replaceChildren(...found.map((cls, n) => {
      const li = h("li", "cmw-match", labels[cls]);
      li.id = `${listId}-${n}`;
      li.setAttribute("role", "option");
      li.dataset.cls = String(cls);
      return li;
    }));
    matches.hidden = found.length === 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
    if (!input.value.trim()) display.local.focus(null);
  }
  function activeMatch(step) {
    const opts = [...matches.children];
    if (!opts.length) return null;
    const cur = opts.findIndex((o) => o.getAttribute("aria-selected") === "true");
    const next = step === 0 ? Math.max(cur, 0) : (cur + step + opts.length) % opts.length;
    opts.forEach((o, n) => o.setAttribute("aria-selected", String(n === next)));
    input.setAttribute("aria-activedescendant", opts[next].id);
    return opts[next];
  }
  on(input, "input", showMatches);
  on(input, "keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      activeMatch(e.key === "ArrowDown" ? 1 : -1);
      e.preventDefault();
    } else if (e.key === "Enter") {
      const opt = activeMatch(0);
      if (opt) choose(Number(opt.dataset.cls));
      e.preventDefault();
    } else if (e.key === "Escape" && !matches.hidden) {
      closeMatches();
      e.preventDefault();
    }
  });
  on(matches, "click", (e) => {
    const li = e.target.closest("li[data-cls]");
    if (li) choose(Number(li.dataset.cls));
  });
  on(topList, "click", (e) => {
    const b = e.target.closest("button[data-i]");
    if (!b) return;
    const [i, j] = [Number(b.dataset.i), Number(b.dataset.j)];
    if (state.get("level") === "groups") state.set("level", "classes");
    state.set("selected", [i, j]);
    display.local.focus(i, j, false);
  });
  function update() {
    const k = state.get("k");
    el.hidden = k <= 2;
    search.hidden = k <= SEARCH_FROM;
    const choices = state.get("orderChoices");
    for (const opt of orderSelect.options) {
      if (opt.value === "list") continue;
      opt.disabled = choices !== null && !choices.includes(opt.value);
      opt.title = opt.disabled ? "Needs a live kernel" : "";
    }
    const name = state.get("orderName");
    orderSelect.value = ORDERS.some(([v]) => v === name) ? name : "list";
    errorsBox.checked = state.get("errorsOnly");
    const groups = state.get("groups");
    levelLabel.hidden = !groups;
    levelSelect.value = state.get("level");
    updateExpand(groups);
    updateTop();
  }
  function updateExpand(groups) {
    const open = display.local.expanded();
    const show = Boolean(groups) && state.get("level") === "groups";
    expandBox.hidden = !show;
    if (!show) return;
    const boxes = groups.names.map((name, g) => {
      const lab = h("label", "cmw-expand-item");
      const box = h("input");
      box.type = "checkbox";
      box.dataset.group = String(g);
      box.checked = open.has(g);
      lab.append(box, dom.doc.createTextNode(` ${name}`));
      return lab;
    });
    expandBox.replaceChildren(h("span", "cmw-expand-title", "Expand: "), ...boxes);
  }
  function updateTop() {
    const labels = state.get("labels");
    const rows = state.get("top");
    topTitle.textContent = `${state.get("multilabel") ? "Most frequent label pairs" : "Largest errors"} (${rows.length})`;
    if (!topChosen) top.open = state.get("k") > OPEN_TOP_ABOVE;
    topList.replaceChildren(...rows.map((t) => {
      const li = h("li");
      const b = button("cmw-top-item", confusionLine(labels, t));
      b.dataset.i = String(t[0]);
      b.dataset.j = String(t[1]);
      li.append(b);
      return li;
    }));
    top.hidden = rows.length === 0;
  }
  let lastSelection = state.get("selection");
  function onSelection() {
    const sel = state.get("selection");
    if (sel !== lastSelection) announce(selectionText(sel));
    lastSelection = sel;
  }
  watch(
    state,
    ["k", "orderName", "orderChoices", "errorsOnly", "groups", "level", "top", "labels", "multilabel"],
    update,
    ac.signal
  );
  watch(state, ["selection"], onSelection, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/order/many_classes.js
function createManyClasses(ctx) {
  const display = createDisplay(ctx.state);
  const panel = createOrderPanel({ ...ctx, display });
  const table = createCellTable({ ...ctx, state: display });
  const report = (info) => {
    if (ctx.report) ctx.report(info);
    if (info.view) table.setView(info.view);
  };
  return { panel, table, matrixCtx: { ...ctx, state: display, report } };
}

// js/matrix/matrix_draw.js
var FONT_PX = 12;
var ABSTAINED = "abstained";
var MIN_TEXT_PX = 8;
var MAX_TEXT_PX = 13;
function lutCss(lut) {
  return Array.from({ length: 256 }, (_, c) => lutColor(lut, c));
}
function cellBitmap(doc, canvas, colors, lut, k) {
  const off = canvas || doc.createElement("canvas");
  off.width = k;
  off.height = k;
  off.getContext("2d").putImageData(new ImageData(buildRgba(colors, lut, k * k), k, k), 0, 0);
  return off;
}
function drawAbstainedCells(ctx, L, colors, css) {
  if (!L.extra || !colors) return;
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    ctx.fillStyle = css[colors[i]];
    ctx.fillRect(L.xExtra, cellY(L, i), L.xw, L.cell);
  }
}
function drawCells(ctx, L, colors, css, bitmap) {
  if (L.cell < BITMAP_BELOW) {
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(bitmap(), L.c0, L.r0, L.v, L.v, L.x0, L.y0, L.grid, L.grid);
    ctx.imageSmoothingEnabled = true;
    return;
  }
  const k = L.k;
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    for (let j = L.c0; j < L.c0 + L.v; j++) {
      ctx.fillStyle = css[colors[i * k + j]];
      ctx.fillRect(cellX(L, j), cellY(L, i), L.cell, L.cell);
    }
  }
}
function drawGridBorder(ctx, L, theme) {
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(L.x0 - 0.5, L.y0 - 0.5, L.grid + 1, L.grid + 1);
  if (L.extra) ctx.strokeRect(L.xExtra - 0.5, L.y0 - 0.5, L.xw + 1, L.grid + 1);
}
function drawCellTexts(ctx, L, d, theme) {
  const k = L.k;
  const px = Math.min(MAX_TEXT_PX, Math.floor(L.cell * 0.3));
  if (px < MIN_TEXT_PX) return;
  if (d.values.length < k * k || d.counts.length < k * k) return;
  const extra = L.extra && d.abstained ? d.abstained : null;
  const cells = [];
  for (let i = L.r0; i < L.r0 + L.v; i++) {
    const cy = cellY(L, i) + L.cell / 2;
    for (let j = L.c0; j < L.c0 + L.v; j++) {
      const t = cellText(d.values[i * k + j], d.counts[i * k + j], d.fmt, d.countDigits);
      cells.push([cellX(L, j) + L.cell / 2, cy, t, d.colors[i * k + j]]);
    }
    if (extra) {
      const t = cellText(extra.values[i], extra.counts[i], d.fmt, d.countDigits);
      cells.push([L.xExtra + L.xw / 2, cy, t, extra.colors[i]]);
    }
  }
  const plan = cellTextPlan(ctx, cells.map((c) => c[2]), L.cell, px, theme);
  if (!plan) return;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const [cx, cy, t, color] of cells) {
    ctx.fillStyle = textColor(d.lutText, d.lut, color);
    if (plan.mode === "two") {
      ctx.font = plan.font;
      ctx.fillText(t.main, cx, cy - plan.px * 0.5);
      ctx.font = plan.subFont;
      ctx.fillText(t.sub, cx, cy + plan.px * 0.65);
    } else {
      ctx.font = plan.font;
      ctx.fillText(plan.mode === "one" && t.sub ? `${t.main} ${t.sub}` : t.main, cx, cy);
    }
  }
}
function cellTextPlan(ctx, texts, cell, startPx, theme) {
  const room = cell - 4;
  const widest = (font, pick) => {
    ctx.font = font;
    let w = 0;
    for (const t of texts) w = Math.max(w, ctx.measureText(pick(t)).width);
    return w;
  };
  const percent2 = texts.length > 0 && texts[0].sub !== "";
  for (let px = startPx; px >= MIN_TEXT_PX; px--) {
    const font = `${px}px ${theme.family}`;
    const subPx = Math.max(MIN_TEXT_PX - 1, Math.round(px * 0.8));
    const subFont = `${subPx}px ${theme.family}`;
    const mainW = widest(font, (t) => t.main);
    if (mainW > room) continue;
    if (!percent2) return { mode: "main", px, font };
    if (cell >= px * 2.4 + subPx && widest(subFont, (t) => t.sub) <= room) {
      return { mode: "two", px, font, subFont };
    }
    if (widest(font, (t) => `${t.main} ${t.sub}`) <= room) return { mode: "one", px, font };
    return { mode: "main", px, font };
  }
  return null;
}
function drawAxes(ctx, L, labels, labelMax, ticks, titles, theme, font) {
  const measure = (s) => ctx.measureText(s).width;
  ctx.font = font(FONT_PX);
  ctx.fillStyle = theme.fg;
  ctx.strokeStyle = theme.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const i of tickIndices(L.v, ticks.step, L.r0)) {
    const y = cellY(L, i) + L.cell / 2;
    ctx.fillText(truncateText(labels[i], labelMax, measure), L.x0 - TICK_GAP, y);
    ctx.moveTo(L.x0 - 3, Math.round(y) + 0.5);
    ctx.lineTo(L.x0, Math.round(y) + 0.5);
  }
  const top = L.y0 + L.grid + TICK_GAP;
  const columns = tickIndices(L.v, ticks.step, L.c0).map((j) => [cellX(L, j) + L.cell / 2, labels[j], ticks.rotated]);
  if (L.extra) columns.push([L.xExtra + L.xw / 2, ABSTAINED, ticks.extraRotated]);
  for (const [x, label, rotated] of columns) {
    const text = truncateText(label, labelMax, measure);
    ctx.moveTo(Math.round(x) + 0.5, L.y0 + L.grid);
    ctx.lineTo(Math.round(x) + 0.5, L.y0 + L.grid + 3);
    if (rotated) {
      ctx.save();
      ctx.translate(x, top);
      ctx.rotate(-Math.PI / 2);
      ctx.textAlign = "right";
      ctx.textBaseline = "middle";
      ctx.fillText(text, 0, 0);
      ctx.restore();
    } else {
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.fillText(text, x, top);
    }
  }
  ctx.stroke();
  ctx.font = font(FONT_PX, true);
  ctx.fillStyle = theme.fg;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const xLines = Array.isArray(titles.x) ? titles.x : [String(titles.x)];
  const xTitleY = L.y0 + L.grid + TICK_GAP + ticks.height + TITLE_BAND / 2 + 2;
  const widest = Math.max(...xLines.map(measure));
  const cx = clamp(L.x0 + L.grid / 2, PAD + widest / 2, Math.max(PAD + widest / 2, L.width - PAD - widest / 2));
  xLines.forEach((line, n) => ctx.fillText(line, cx, xTitleY + n * TITLE_LINE));
  const yRoom = Math.max(L.grid, L.height - 2 * PAD);
  const yFull = String(titles.y);
  const yText = measure(yFull) <= yRoom ? yFull : truncateText(yFull.split(" (")[0], yRoom, measure);
  const cy = clamp(L.y0 + L.grid / 2, PAD + measure(yText) / 2, Math.max(PAD, L.height - PAD - measure(yText) / 2));
  ctx.save();
  ctx.translate(PAD + TITLE_BAND / 2, cy);
  ctx.rotate(-Math.PI / 2);
  ctx.fillText(yText, 0, 0);
  ctx.restore();
}
function colorbarWidth(ctx, ticks) {
  let labelW = 0;
  for (const [, text] of ticks) labelW = Math.max(labelW, ctx.measureText(String(text)).width);
  return Math.ceil(BAR_GAP + BAR_W + 6 + labelW + TITLE_BAND);
}
function drawColorbar(ctx, L, ticks, css, theme, font, caption = "") {
  if (caption) {
    ctx.font = font(FONT_PX - 1);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const measure = (s) => ctx.measureText(s).width;
    const text = truncateText(String(caption), Math.max(L.grid, L.height - 2 * PAD), measure);
    const cy = clamp(L.y0 + L.grid / 2, PAD + measure(text) / 2, Math.max(PAD, L.height - PAD - measure(text) / 2));
    ctx.save();
    ctx.translate(L.width - PAD - TITLE_BAND / 2, cy);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(text, 0, 0);
    ctx.restore();
  }
  const x = (L.right ?? L.x0 + L.grid) + BAR_GAP;
  const hgt = L.grid;
  const band = hgt / 256;
  for (let c = 0; c < 256; c++) {
    ctx.fillStyle = css[c];
    ctx.fillRect(x, L.y0 + hgt - (c + 1) * band, BAR_W, band + 0.5);
  }
  ctx.strokeStyle = theme.border;
  ctx.strokeRect(x - 0.5, L.y0 - 0.5, BAR_W + 1, hgt + 1);
  ctx.font = font(FONT_PX - 1);
  ctx.fillStyle = theme.fg;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.beginPath();
  for (const [frac, text] of ticks) {
    const y = L.y0 + hgt * (1 - clamp(Number(frac) || 0, 0, 1));
    ctx.moveTo(x + BAR_W, Math.round(y) + 0.5);
    ctx.lineTo(x + BAR_W + 3, Math.round(y) + 0.5);
    ctx.fillText(String(text), x + BAR_W + 5, clamp(y, L.y0 + 5, L.y0 + hgt - 5));
  }
  ctx.strokeStyle = theme.muted;
  ctx.stroke();
}
function drawOutline(ctx, L, r, c, theme) {
  ctx.lineWidth = 2;
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = theme.fg;
  if (r >= L.r0 && r < L.r0 + L.v) ctx.strokeRect(L.x0 + 1, cellY(L, r) + 1, L.grid - 2, Math.max(L.cell - 2, 1));
  if (c >= L.c0 && c < L.c0 + L.v) ctx.strokeRect(cellX(L, c) + 1, L.y0 + 1, Math.max(L.cell - 2, 1), L.grid - 2);
  ctx.setLineDash([]);
}
function drawMarks(ctx, L, selected, cursor, theme) {
  const box = ([i, j], color, dash, width) => {
    if (!inView(L, [i, j])) return;
    const w = Math.max(cellW(L, j), 8);
    const h = Math.max(L.cell, 8);
    const x = cellX(L, j) + cellW(L, j) / 2 - w / 2;
    const y = cellY(L, i) + L.cell / 2 - h / 2;
    ctx.setLineDash(dash);
    ctx.lineWidth = width;
    ctx.strokeStyle = theme.bg;
    ctx.strokeRect(x + width, y + width, w - 2 * width, h - 2 * width);
    ctx.strokeStyle = color;
    ctx.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
  };
  if (selected) box(selected, theme.accent, [], 2);
  if (cursor) box(cursor, theme.fg, [3, 2], 1.5);
  ctx.setLineDash([]);
}

// js/matrix/mode_caption.js
var NORM_BAR = { true: "% of its true row", pred: "% of its predicted column", all: "% of all samples" };
var NORM_BAR_LABELS = {
  true: "% of the samples with the true label",
  pred: "% of the samples predicted with the label",
  all: "% of all samples"
};
function modeCaptions(m) {
  const topK = Number.isInteger(m.topK) && m.topK > 1 ? m.topK : 1;
  const abstain = m.abstain == null || !Number.isFinite(Number(m.abstain)) ? null : Number(m.abstain);
  const noun = m.groups ? "group" : "label";
  let x = `Predicted ${noun}`;
  let y = `True ${noun}`;
  const xNotes = [];
  const yNotes = [];
  const badges = [];
  if (m.multilabel) {
    yNotes.push("a sample counts once per true label");
    xNotes.push("once per predicted label");
    badges.push("Multi-label: a sample counts in every cell of its true and predicted labels; the diagonal holds each label's hits.");
  }
  if (topK > 1) {
    xNotes.push(`top-${topK}: right if the true class is among the ${topK} highest scores`);
    badges.push(`Top-${topK}: a sample is on the diagonal when its true class is among its ${topK} highest scores, elsewhere at its highest score.`);
  }
  if (abstain !== null) {
    xNotes.push(`or abstained: top score below ${abstain}`);
    badges.push(`Abstaining: a sample whose top score is below ${abstain} counts in the last column, "abstained".`);
  }
  if (m.groups) {
    badges.push("Groups: each row and column sums the classes of a group (expanded groups show their classes).");
  }
  if (m.normalize === "true") yNotes.push("each row sums to 100%");
  if (m.normalize === "pred") xNotes.push("each column sums to 100%");
  let bar;
  if (m.compare) {
    bar = `change in count since ${m.compare.name}`;
    badges.push(`Change since ${m.compare.name}: each cell shows ${m.compare.run || "this run"}'s count minus ${m.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`);
  } else if (m.normalize && NORM_BAR[m.normalize]) {
    bar = (m.multilabel ? NORM_BAR_LABELS : NORM_BAR)[m.normalize];
    badges.push(`Normalised: each cell shows the ${bar}.`);
  } else {
    bar = "count of samples";
  }
  if (xNotes.length) x += ` (${xNotes.join("; ")})`;
  if (yNotes.length) y += ` (${yNotes.join("; ")})`;
  return { x, y, bar, badges };
}
function captionsOf(get) {
  const cmp = get("compareState");
  return modeCaptions({
    topK: get("topK"),
    abstain: get("abstainAt"),
    compare: cmp ? { name: cmp.name, run: get("run") } : null,
    groups: get("level") === "groups",
    multilabel: get("multilabel"),
    normalize: get("normalize")
  });
}
function wrapText(text, maxWidth, measure) {
  const lines = [];
  let line = "";
  for (const word of String(text).split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

// js/matrix/matrix.js
var FALLBACK_WIDTH = 720;
var SENTENCE_ROOM = 64;
var MIN_AREA_H = 200;
var NORM_OF = { true: "of its true row", pred: "of its predicted column", all: "of all samples" };
var NORM_OF_LABELS = {
  true: "of the samples with its true label",
  pred: "of the samples predicted with its label",
  all: "of all samples"
};
var DRAG_PX = 4;
var ZOOM_KEYS = { "+": "in", "=": "in", "-": "out", "_": "out", "0": "fit" };
var KEYS2 = [
  "k",
  "labels",
  "counts",
  "values",
  "colors",
  "lut",
  "lutText",
  "fmt",
  "countDigits",
  "colorbar",
  "selected",
  "normalize",
  "focus",
  "abstained",
  "topK",
  "abstainAt",
  "compareState",
  "run",
  "level",
  "multilabel"
];
var ABSTAINED_OF = { true: "of its true row", pred: "of the abstained column", all: "of all samples" };
var FOCUS_SIDE = 24;
function createMatrix({
  state,
  dom,
  signal,
  report = (_facts) => {
  },
  startedAt = performance.now(),
  room = null,
  sizers = []
}) {
  const ac = scope(signal);
  const on = (target, type, fn, opts) => listen(target, type, fn, ac.signal, opts);
  const { doc, h, button } = dom;
  const el = h("div", "cmw-matrix");
  const zoomBar = h("div", "cmw-zoom");
  zoomBar.setAttribute("role", "group");
  zoomBar.setAttribute("aria-label", "Zoom");
  const zoomOut = button("cmw-zoom-out", "−");
  zoomOut.setAttribute("aria-label", "Zoom out");
  zoomOut.title = "Zoom out (-)";
  const zoomIn = button("cmw-zoom-in", "+");
  zoomIn.setAttribute("aria-label", "Zoom in");
  zoomIn.title = "Zoom in (+)";
  const zoomFit = button("cmw-zoom-fit", "Fit");
  zoomFit.setAttribute("aria-label", "Show all classes");
  zoomFit.title = "Show all classes (0)";
  const viewRange = h("span", "cmw-view-range");
  viewRange.setAttribute("aria-live", "polite");
  zoomBar.append(zoomOut, zoomIn, zoomFit, viewRange, h("span", "cmw-hint", "Ctrl/⌘ + wheel zooms, drag pans"));
  zoomBar.hidden = true;
  const modeBar = h("div", "cmw-mode");
  modeBar.setAttribute("aria-live", "polite");
  modeBar.hidden = true;
  const plot = h("div", "cmw-plot");
  const canvas = h("canvas", "cmw-canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  const tooltip = h("div", "cmw-tooltip");
  tooltip.hidden = true;
  plot.append(canvas, tooltip);
  const live = h("div", "cmw-sr");
  live.setAttribute("aria-live", "polite");
  el.append(modeBar, zoomBar, plot, live);
  const st = {
    queued: false,
    draws: 0,
    firstDrawn: false,
    width: 0,
    k: -1,
    layout: null,
    step: 1,
    yLabelW: 0,
    xLabels: { rotated: false, extraRotated: false, height: 0 },
    cols: 0,
    // columns drawn: K, or K + 1 with the abstained column
    cursor: null,
    view: null,
    // the window asked for ({r0, c0, v}); null shows every class
    zoomable: false,
    // the last draw offered zoom controls
    vMin: 1,
    // the fewest classes the window may show at the current width
    pan: null,
    // a press on the grid that may become a drag: {id, x, y, view, cell, moved}
    panned: false,
    // the last press was a drag, so its click selects nothing
    detached: false,
    // the last draw happened outside the page
    lastUp: null,
    // where the last pointerup happened (fractional CSS px)
    editor: null
    // inline label editor {finish}
  };
  const memo = { css: null, cssOf: null, widths: /* @__PURE__ */ new Map(), bitmap: null, bitmapOf: [null, null] };
  const get = (key) => state.get(key);
  const css = () => {
    const lut = get("lut");
    if (memo.cssOf !== lut) memo.css = lutCss(lut);
    memo.cssOf = lut;
    return memo.css;
  };
  const bitmap = () => {
    const colors = get("colors");
    const lut = get("lut");
    if (memo.bitmap && memo.bitmapOf[0] === colors && memo.bitmapOf[1] === lut) return memo.bitmap;
    memo.bitmap = cellBitmap(doc, memo.bitmap, colors, lut, get("k"));
    memo.bitmapOf = [colors, lut];
    return memo.bitmap;
  };
  function maxTextWidth(ctx, texts) {
    const key = ctx.font;
    const hit = memo.widths.get(key);
    if (hit && hit.texts === texts) return hit.w;
    let w = 0;
    for (const t of texts) w = Math.max(w, ctx.measureText(t).width);
    memo.widths.set(key, { texts, w });
    return w;
  }
  function scheduleDraw() {
    if (st.queued || ac.signal.aborted) return;
    st.queued = true;
    queueMicrotask(() => {
      st.queued = false;
      if (!ac.signal.aborted) draw();
    });
  }
  function readTheme() {
    const view2 = doc.defaultView;
    const cs = view2 && view2.getComputedStyle ? view2.getComputedStyle(el) : null;
    const v = (name, fallback) => (cs && cs.getPropertyValue(name) || "").trim() || fallback;
    return {
      fg: cs && cs.color || "#1f1f1f",
      muted: v("--cmw-muted", "#616161"),
      accent: v("--cmw-accent", "#1976d2"),
      border: v("--cmw-border", "#bdbdbd"),
      bg: v("--cmw-bg", "#ffffff"),
      family: cs && cs.fontFamily || "sans-serif"
    };
  }
  const availableWidth = () => (room ? room() : el.clientWidth) || FALLBACK_WIDTH;
  function availableHeight() {
    const root = el.closest(".cmw");
    const win = doc.defaultView;
    if (!root || !win || !el.isConnected || !root.getClientRects().length) return Infinity;
    let area = null;
    for (let a = root.parentElement; a && a !== doc.body && a !== doc.documentElement; a = a.parentElement) {
      const oy = win.getComputedStyle(a).overflowY;
      if ((oy === "auto" || oy === "scroll") && a.clientHeight >= MIN_AREA_H) area = a;
    }
    if (!area && win.top !== win) return Infinity;
    const areaH = Math.min(win.innerHeight, area ? area.clientHeight : win.innerHeight);
    if (!(areaH > 0)) return Infinity;
    const top = (x) => x.getBoundingClientRect().top;
    const bottom = (x) => x.getBoundingClientRect().bottom;
    let below = SENTENCE_ROOM;
    const row = [...root.children].find((c) => c.contains(el));
    if (row && row !== el) {
      const under = [...row.children].filter((c) => c !== el && c.getClientRects().length && top(c) >= bottom(el) - 1);
      if (under.length) below += Math.max(...under.map(bottom)) - bottom(el);
    }
    for (let c = row ? row.nextElementSibling : null; c && !c.classList.contains("cmw-selection"); c = c.nextElementSibling) {
      if (c.getClientRects().length && !c.classList.contains("cmw-sr")) below += c.getBoundingClientRect().height;
    }
    return Math.floor(areaH - (top(canvas) - top(root)) - below);
  }
  function onShape(k) {
    if (st.cursor && (st.cursor[0] >= k || st.cursor[1] >= k)) st.cursor = null;
    st.view = null;
    if (st.editor) st.editor.finish(false);
    st.k = k;
  }
  const colsOf = (k) => k + (k > 0 && get("abstained") ? 1 : 0);
  const classCell = (c) => c[1] >= get("k") ? [c[0], st.view ? st.view.c0 : 0] : c;
  function draw() {
    const t0 = performance.now();
    const k = get("k");
    if (k !== st.k) onShape(k);
    const extra = get("abstained");
    st.cols = colsOf(k);
    if (st.cursor && st.cursor[1] >= st.cols) st.cursor = null;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const theme = readTheme();
    st.detached = !el.isConnected;
    const font = (px, bold) => `${bold ? "600 " : ""}${px}px ${theme.family}`;
    const labels = get("labels");
    st.width = availableWidth();
    ctx.font = font(FONT_PX);
    const labelMax = Math.min(MAX_LABEL_W, Math.max(40, Math.round(st.width * 0.2)));
    const yLabelWidth = Math.ceil(Math.min(labelMax, maxTextWidth(ctx, labels)));
    const barTicks = get("colorbar");
    const rightWidth = colorbarWidth(ctx, barTicks);
    const captions = captionsOf(get);
    showBadges(captions.badges);
    st.height = availableHeight();
    const probeOpts = {
      yLabelWidth,
      rightWidth,
      extra: extra ? 1 : 0,
      xTitleLines: 1,
      xLabelHeight: Math.min(MAX_LABEL_W, maxTextWidth(ctx, labels))
    };
    let maxGrid;
    for (let pass = 0; pass < 3; pass++) {
      const probe = computeLayout(k, st.width, { ...probeOpts, maxGrid });
      const next = gridForHeight(probe, st.height);
      if (next === void 0 || next === maxGrid) break;
      maxGrid = next;
    }
    const full = computeLayout(k, st.width, { yLabelWidth, rightWidth, extra: extra ? 1 : 0, maxGrid });
    st.zoomable = k > 0 && canZoom(k, full.room);
    st.vMin = minViewSize(k, full.room);
    const view2 = st.zoomable ? clampView(st.view, k, st.vMin) : fullView(k);
    st.view = st.zoomable ? view2 : null;
    const base = { yLabelWidth, rightWidth, view: view2, extra: extra ? 1 : 0, maxGrid };
    const pre = computeLayout(k, st.width, base);
    st.step = tickStep(view2.v, pre.cell);
    st.xLabels = xLabelPlan(ctx, labels, pre, labelMax);
    ctx.font = font(FONT_PX, true);
    const xTitle = wrapText(captions.x, Math.max(pre.width - 2 * PAD, 60), (t) => ctx.measureText(t).width);
    ctx.font = font(FONT_PX);
    const L = computeLayout(k, st.width, { ...base, xLabelHeight: st.xLabels.height, xTitleLines: xTitle.length });
    st.layout = L;
    st.yLabelW = yLabelWidth;
    sizeCanvas(ctx, L);
    const colors = get("colors");
    if (k === 0) {
      ctx.fillStyle = theme.muted;
      ctx.font = font(FONT_PX);
      ctx.fillText("No data", PAD, PAD + FONT_PX);
    } else {
      if (colors.length >= k * k) drawCells(ctx, L, colors, css(), bitmap);
      if (extra) drawAbstainedCells(ctx, L, extra.colors, css());
      drawGridBorder(ctx, L, theme);
      drawCellTexts(ctx, L, {
        values: get("values"),
        counts: get("counts"),
        colors,
        lut: get("lut"),
        lutText: get("lutText"),
        fmt: get("fmt"),
        countDigits: get("countDigits"),
        abstained: extra
      }, theme);
      drawAxes(ctx, L, labels, labelMax, { step: st.step, ...st.xLabels }, { x: xTitle, y: captions.y }, theme, font);
      drawColorbar(ctx, L, barTicks, css(), theme, font, captions.bar);
      const cursor = st.cursor && canvas.matches(":focus") ? st.cursor : null;
      drawMarks(ctx, L, get("selected"), cursor, theme);
      const focus = get("focus");
      if (focus && focus.outline) drawOutline(ctx, L, focus.r, focus.c, theme);
    }
    drawZoomBar(L);
    exposeGeometry(L, k, t0, captions);
  }
  function showBadges(badges) {
    const now = [...modeBar.children].map((b) => b.textContent);
    if (now.length === badges.length && now.every((t, n) => t === badges[n])) return;
    modeBar.replaceChildren(...badges.map((text) => h("span", "cmw-badge", text)));
    modeBar.hidden = badges.length === 0;
  }
  function drawZoomBar(L) {
    zoomBar.hidden = !st.zoomable;
    if (!st.zoomable) return;
    viewRange.textContent = viewText(L, L.k);
    zoomIn.disabled = L.v <= st.vMin;
    zoomOut.disabled = L.v >= L.k;
    zoomFit.disabled = L.v >= L.k;
  }
  function sizeCanvas(ctx, L) {
    const dpr = doc.defaultView && doc.defaultView.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(L.width * dpr));
    const hgt = Math.max(1, Math.round(L.height * dpr));
    if (canvas.width !== w || canvas.height !== hgt) {
      canvas.width = w;
      canvas.height = hgt;
    }
    canvas.style.width = `${L.width}px`;
    canvas.style.height = `${L.height}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, L.width, L.height);
  }
  function exposeGeometry(L, k, t0, captions) {
    const now = performance.now();
    canvas.dataset.heightRoom = Number.isFinite(st.height) ? String(st.height) : "";
    st.draws += 1;
    let firstMs = null;
    if (!st.firstDrawn && k > 0) {
      st.firstDrawn = true;
      firstMs = now - (st.draws === 1 ? startedAt : t0);
    }
    report({ k, draws: st.draws, lastMs: now - t0, firstMs, view: { r0: L.r0, c0: L.c0, v: L.v } });
    canvas.dataset.cellX0 = String(L.x0);
    canvas.dataset.cellY0 = String(L.y0);
    canvas.dataset.cellSize = String(L.cell);
    canvas.dataset.viewRow0 = String(L.r0);
    canvas.dataset.viewCol0 = String(L.c0);
    canvas.dataset.viewSize = String(L.v);
    canvas.dataset.cols = String(st.cols);
    canvas.dataset.extraX0 = L.extra ? String(L.xExtra) : "";
    canvas.dataset.extraWidth = L.extra ? String(L.xw) : "";
    canvas.dataset.xTitle = captions.x;
    canvas.dataset.yTitle = captions.y;
    canvas.dataset.barTitle = captions.bar;
    canvas.setAttribute("aria-label", `Confusion matrix of ${k} classes. Rows: ${captions.y}. Columns: ${captions.x}. Colours: ${captions.bar}` + (L.extra ? ". The last column counts the samples the model abstained on" : "") + ". Arrow keys move, Enter selects a cell, Escape goes back to the notebook and keeps the selection." + (st.zoomable ? ` Showing ${viewText(L, k)}; plus and minus zoom, 0 shows all.` : ""));
  }
  function xLabelPlan(ctx, labels, L, labelMax) {
    let w = 0;
    if (st.zoomable) {
      w = maxTextWidth(ctx, labels);
    } else {
      for (const i of tickIndices(L.k, st.step)) w = Math.max(w, ctx.measureText(labels[i]).width);
    }
    w = Math.min(labelMax, w);
    const rotated = w > st.step * L.cell - 4;
    const aw = L.extra ? ctx.measureText(ABSTAINED).width : 0;
    const extraRotated = L.extra > 0 && (rotated || aw > L.xw + EXTRA_GAP - 2);
    const height = Math.max(rotated ? w : FONT_PX + 2, extraRotated ? aw : 0);
    return { rotated, extraRotated, height: Math.ceil(height) };
  }
  function openEditor(axis, idx) {
    if (st.editor) st.editor.finish(false);
    const L = st.layout;
    const w = axis === "y" ? Math.max(st.yLabelW + TICK_GAP + 4, 100) : 120;
    const cx = cellX(L, idx) + L.cell / 2;
    const left = axis === "y" ? L.x0 - w : clamp(cx - w / 2, 0, Math.max(0, L.width - w));
    const top = axis === "y" ? cellY(L, idx) + L.cell / 2 - 11 : L.y0 + L.grid + TICK_GAP;
    const box = { left: canvas.offsetLeft + Math.max(0, left), top: canvas.offsetTop + top, width: w };
    const labels = get("labels");
    st.editor = openInlineEditor({
      dom,
      host: plot,
      box,
      name: labels[idx],
      index: idx,
      done: (name, byKey) => {
        st.editor = null;
        const now = get("labels");
        if (name !== null && idx < now.length) {
          const next = now.slice();
          next[idx] = name;
          state.set("display_labels", next);
        }
        if (byKey) canvas.focus({ preventScroll: true });
      }
    });
  }
  function pointerPos(e, afterUp = false) {
    const r = canvas.getBoundingClientRect();
    const up = st.lastUp;
    const precise = afterUp && up && Math.abs(up.x - e.clientX) < 1 && Math.abs(up.y - e.clientY) < 1;
    return precise ? [up.x - r.left, up.y - r.top] : [e.clientX - r.left, e.clientY - r.top];
  }
  function labelAt(x, y) {
    const L = st.layout;
    if (!L || L.k === 0) return null;
    const half = FONT_PX / 2 + 1;
    if (x >= PAD + TITLE_BAND && x < L.x0 && y >= L.y0 - half && y < L.y0 + L.grid + half) {
      const i = tickAt(y - L.y0, L.cell, st.step, L.k, half, L.r0, L.v);
      return i >= 0 ? { axis: "y", index: i } : null;
    }
    const bottom = L.y0 + L.grid;
    const xEnd = L.x0 + L.grid + (L.extra ? EXTRA_GAP / 2 : 20);
    if (y >= bottom && y < bottom + TICK_GAP + st.xLabels.height && x >= L.x0 - 20 && x < xEnd) {
      const reach = st.xLabels.rotated ? half : st.step * L.cell / 2;
      const j = tickAt(x - L.x0, L.cell, st.step, L.k, reach, L.c0, L.v);
      return j >= 0 ? { axis: "x", index: j } : null;
    }
    return null;
  }
  function describeCell([i, j]) {
    const k = get("k");
    const labels = get("labels");
    const extra = get("abstained");
    if (j >= k && extra) {
      const lines2 = [
        `True: ${labels[i]}`,
        `Predicted: ${ABSTAINED}`,
        `Count: ${formatCount(extra.counts[i], get("countDigits"))}`
      ];
      const f2 = get("fmt");
      if (f2.kind === "percent") lines2.push(`Shown: ${formatValue(extra.values[i], f2)} ${ABSTAINED_OF[get("normalize")] || ""}`.trim());
      return lines2.join("\n");
    }
    const p = i * k + j;
    const lines = [
      `True: ${labels[i]}`,
      `Predicted: ${labels[j]}`,
      `Count: ${formatCount(get("counts")[p], get("countDigits"))}`
    ];
    const f = get("fmt");
    if (f.kind === "delta") lines.push(`Change: ${formatValue(get("values")[p], f)} since the compared run`);
    if (f.kind === "percent") {
      const of = (get("multilabel") ? NORM_OF_LABELS : NORM_OF)[get("normalize")] || "";
      lines.push(`Shown: ${formatValue(get("values")[p], f)} ${of}`.trim());
    }
    return lines.join("\n");
  }
  function showTooltip(text, x, y) {
    tooltip.textContent = text;
    tooltip.hidden = false;
    let left = canvas.offsetLeft + x + 14;
    if (left + tooltip.offsetWidth + 4 > plot.clientWidth) {
      left = Math.max(0, canvas.offsetLeft + x - tooltip.offsetWidth - 10);
    }
    let top = canvas.offsetTop + y + 14;
    if (top + tooltip.offsetHeight + 4 > plot.clientHeight) {
      top = Math.max(0, canvas.offsetTop + y - tooltip.offsetHeight - 10);
    }
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }
  const zoomed = () => st.zoomable && st.view !== null && st.view.v < get("k");
  function setView(view2) {
    const k = get("k");
    const next = clampView(view2, k, st.vMin);
    const cur = st.view || fullView(k);
    if (next.r0 === cur.r0 && next.c0 === cur.c0 && next.v === cur.v) return false;
    st.view = next;
    tooltip.hidden = true;
    scheduleDraw();
    return true;
  }
  function zoomBy(factor, anchor = null) {
    if (!st.zoomable || !st.layout) return;
    const L = st.layout;
    setView(zoomView(L, factor, anchor, L.k, st.vMin));
  }
  function onZoomBarClick(e) {
    if (e.target.closest(".cmw-zoom-in")) zoomBy(ZOOM_STEP);
    else if (e.target.closest(".cmw-zoom-out")) zoomBy(1 / ZOOM_STEP);
    else if (e.target.closest(".cmw-zoom-fit")) setView(fullView(get("k")));
  }
  function onWheel(e) {
    if (!(e.ctrlKey || e.metaKey) || !st.zoomable) return;
    e.preventDefault();
    const [x, y] = pointerPos(e);
    zoomBy(wheelFactor(e.deltaY, e.deltaMode), viewAnchor(x, y, st.layout));
  }
  function onPointerDown(e) {
    st.panned = false;
    st.pan = null;
    if (e.button !== 0 || !zoomed()) return;
    const [x, y] = pointerPos(e);
    if (!hitTest(x, y, st.layout)) return;
    st.pan = { id: e.pointerId, x: e.clientX, y: e.clientY, view: st.layout, cell: st.layout.cell, moved: false };
  }
  function dragPan(e) {
    const p = st.pan;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (!p.moved) {
      if (Math.hypot(dx, dy) < DRAG_PX) return;
      p.moved = true;
      tooltip.hidden = true;
      try {
        canvas.setPointerCapture(p.id);
      } catch {
      }
    }
    canvas.style.cursor = "grabbing";
    setView(panView(p.view, -dy / p.cell, -dx / p.cell, get("k"), st.vMin));
  }
  function onPointerUp(e) {
    st.lastUp = { x: e.clientX, y: e.clientY };
    if (st.pan && st.pan.moved) {
      st.panned = true;
      canvas.style.cursor = "grab";
    }
    st.pan = null;
  }
  function onPointerMove(e) {
    if (st.pan && st.pan.id === e.pointerId) {
      dragPan(e);
      if (st.pan.moved) return;
    }
    const [x, y] = pointerPos(e);
    const cell = hitTest(x, y, st.layout);
    if (cell) {
      showTooltip(describeCell(cell), x, y);
      canvas.style.cursor = zoomed() ? "grab" : "pointer";
      return;
    }
    const lab = labelAt(x, y);
    canvas.style.cursor = lab ? "text" : "default";
    if (lab) {
      const what = lab.axis === "y" ? "True class" : "Predicted class";
      showTooltip(`${what} ${lab.index}: ${get("labels")[lab.index]}
(double-click to rename)`, x, y);
    } else {
      tooltip.hidden = true;
    }
  }
  function onClick(e) {
    if (st.panned) {
      st.panned = false;
      return;
    }
    const [x, y] = pointerPos(e, true);
    const cell = hitTest(x, y, st.layout);
    if (cell) {
      st.cursor = cell;
      state.set("selected", cell);
      scheduleDraw();
    } else if (!labelAt(x, y) && get("selected") != null) {
      state.set("selected", null);
    }
  }
  function onDblClick(e) {
    const [x, y] = pointerPos(e, true);
    const lab = labelAt(x, y);
    if (lab) {
      e.preventDefault();
      tooltip.hidden = true;
      openEditor(lab.axis, lab.index);
    }
  }
  function onKeyDown(e) {
    const k = get("k");
    if (k === 0) return;
    let handled = true;
    if (MOVES.has(e.key)) {
      const from = st.cursor || get("selected") || (zoomed() ? [st.view.r0, st.view.c0] : null);
      st.cursor = nextCursor(from, e.key, k, e.shiftKey ? 10 : 1, colsOf(k));
      if (zoomed()) setView(followCursor(st.view, classCell(st.cursor), k, st.vMin));
      live.textContent = describeCell(st.cursor).replace(/\n/g, ", ");
      scheduleDraw();
    } else if (st.zoomable && !e.ctrlKey && !e.metaKey && !e.altKey && ZOOM_KEYS[e.key]) {
      const what = ZOOM_KEYS[e.key];
      if (what === "fit") setView(fullView(k));
      else {
        const c = st.cursor ? classCell(st.cursor) : null;
        zoomBy(what === "in" ? ZOOM_STEP : 1 / ZOOM_STEP, c ? [c[0] + 0.5, c[1] + 0.5] : null);
        if (c && zoomed()) setView(followCursor(st.view, classCell(st.cursor), k, st.vMin));
      }
    } else if (e.key === "Enter" || e.key === " ") {
      const c = st.cursor || get("selected") || [0, 0];
      st.cursor = c;
      state.set("selected", [c[0], c[1]]);
    } else {
      handled = false;
    }
    if (handled) e.preventDefault();
  }
  on(canvas, "pointerdown", onPointerDown);
  on(canvas, "pointermove", onPointerMove);
  on(canvas, "pointerleave", () => {
    tooltip.hidden = true;
  });
  on(canvas, "pointerup", onPointerUp);
  on(canvas, "pointercancel", () => {
    st.pan = null;
  });
  on(canvas, "wheel", onWheel, { passive: false });
  on(zoomBar, "click", onZoomBarClick);
  on(canvas, "click", onClick);
  on(canvas, "dblclick", onDblClick);
  on(canvas, "keydown", onKeyDown);
  on(canvas, "focus", scheduleDraw);
  on(canvas, "blur", scheduleDraw);
  const heightChanged = () => {
    const now = availableHeight();
    return now !== st.height && !(Math.abs(now - st.height) < 1);
  };
  const view = doc.defaultView;
  if (view && typeof view.ResizeObserver !== "undefined") {
    const resizer = new view.ResizeObserver(() => {
      if (st.detached || Math.abs(availableWidth() - st.width) >= 1 || heightChanged()) scheduleDraw();
    });
    for (const target of [el, ...sizers]) resizer.observe(target);
    const root = el.closest(".cmw");
    if (root) resizer.observe(root);
    on(view, "resize", () => {
      if (heightChanged()) scheduleDraw();
    });
    ac.signal.addEventListener("abort", () => resizer.disconnect(), { once: true });
  }
  if (view && typeof view.MutationObserver !== "undefined" && doc.body) {
    let timer = null;
    const themeWatch = new view.MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(scheduleDraw, 100);
    });
    themeWatch.observe(doc.body, { attributes: true, attributeFilter: ["data-jp-theme-name", "data-jp-theme-light"] });
    ac.signal.addEventListener("abort", () => {
      themeWatch.disconnect();
      clearTimeout(timer);
    }, { once: true });
  }
  ac.signal.addEventListener("abort", () => {
    if (st.editor) st.editor.finish(false);
  }, { once: true });
  let lastSelected = get("selected");
  let lastFocus = get("focus");
  function update() {
    const sel = get("selected");
    const focus = get("focus");
    const moved = sel && !(lastSelected && sel[0] === lastSelected[0] && sel[1] === lastSelected[1]);
    if (focus !== lastFocus && focus && st.zoomable) {
      setView(focusView(st.view, [focus.r, focus.c], get("k"), FOCUS_SIDE, st.vMin));
    } else if (moved && zoomed()) {
      setView(followCursor(st.view, classCell(sel), get("k"), st.vMin));
    }
    lastSelected = sel;
    lastFocus = focus;
    draw();
  }
  watch(state, KEYS2, update, ac.signal);
  draw();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/matrix/metrics.js
function createMetrics({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("details", "cmw-metrics");
  const table = h("table", "cmw-metrics-table");
  el.append(h("summary", null, "Metrics"), table);
  let dirty = true;
  function update() {
    const m = state.get("metrics");
    el.hidden = m.perClass.length === 0;
    dirty = !el.open;
    if (!el.open) return;
    const cd = state.get("countDigits");
    const num = (tr, text) => tr.append(h("td", "cmw-num", text));
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const name of ["class", "precision", "recall", "F1", "support"]) head.append(h("th", null, name));
    const body = table.createTBody();
    for (const r of m.perClass) {
      const tr = body.insertRow();
      const name = h("th", null, r.label);
      name.title = name.textContent;
      tr.append(name);
      for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
      num(tr, formatCount(r.support, cd));
    }
    for (const [n, r] of m.summary.entries()) {
      const tr = body.insertRow();
      tr.className = n === 0 ? "cmw-summary-row cmw-summary-first" : "cmw-summary-row";
      tr.append(h("th", null, String(r.name ?? "")));
      if ("value" in r) {
        for (const text of ["", "", formatMetric(r.value), ""]) num(tr, text);
      } else {
        for (const key of ["precision", "recall", "f1"]) num(tr, formatMetric(r[key]));
        num(tr, formatCount(r.support, cd));
      }
    }
  }
  listen(el, "toggle", () => {
    if (el.open && dirty) update();
  }, ac.signal);
  watch(state, ["metrics", "countDigits"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/ui/notes.js
function createNotes({ state, dom, signal }) {
  const ac = scope(signal);
  const el = dom.h("div", "cmw-notes");
  function update() {
    el.replaceChildren(...state.get("notes").map((text) => {
      const n = dom.h("div", "cmw-note", text);
      n.setAttribute("role", "note");
      return n;
    }));
  }
  watch(state, ["notes"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/ui/slider.js
function createSlider({ dom, cls, write, onInput, throttleMs, clock, signal }) {
  const el = dom.h("input", cls);
  el.type = "range";
  let dragging = false;
  const value = () => parseFloat(el.value);
  const writeThrottled = throttle(write, throttleMs, clock);
  listen(el, "input", () => {
    dragging = true;
    if (onInput) onInput(value());
    writeThrottled(value());
  }, signal);
  listen(el, "change", () => {
    dragging = false;
    writeThrottled.cancel();
    write(value());
  }, signal);
  signal.addEventListener("abort", () => writeThrottled.cancel(), { once: true });
  return {
    el,
    value,
    /** Whether the user is dragging it (the model's value must not move it then). */
    dragging: () => dragging,
    /** Set its range (strings as the input wants them). */
    range(lo, hi, step) {
      el.min = String(lo);
      el.max = String(hi);
      el.step = String(step);
    }
  };
}

// js/runs/runs.js
var THROTTLE_MS = 60;
var PLAY_MS = 700;
var SVG = "http://www.w3.org/2000/svg";
var LINE = { w: 240, h: 56, pad: 6 };
function linePoints(values, { w, h, pad } = LINE) {
  const n = values.length;
  const x = (k) => n > 1 ? pad + k * (w - 2 * pad) / (n - 1) : w / 2;
  const y = (v) => pad + (1 - Math.min(1, Math.max(0, v))) * (h - 2 * pad);
  return values.map((v, k) => v == null ? null : [x(k), y(v)]);
}
function newerText(names, run) {
  const at = names.indexOf(run);
  const newer = at < 0 ? 0 : names.length - 1 - at;
  return newer > 0 ? `${newer} newer run${newer === 1 ? "" : "s"}` : "";
}
function createRuns({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { doc, h, button, option } = dom;
  const timers = clock || {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (id) => clearTimeout(id)
  };
  const el = h("div", "cmw-runs");
  el.setAttribute("role", "group");
  el.setAttribute("aria-label", "Runs");
  const play = button("cmw-play", "▶");
  play.setAttribute("aria-label", "Play the runs");
  const name = h("output", "cmw-run-name");
  const names = () => state.get("runs").names;
  const writeRun = (k) => {
    const all = names();
    if (k >= 0 && k < all.length && all[k] !== state.get("run")) state.set("run", all[k]);
  };
  const knob = createSlider({
    dom,
    cls: "cmw-run-slider",
    write: writeRun,
    throttleMs: THROTTLE_MS,
    clock,
    signal: ac.signal,
    onInput: (k) => {
      stop();
      name.textContent = names()[k] ?? "";
    }
  });
  const slider = knob.el;
  slider.min = "0";
  slider.step = "1";
  slider.setAttribute("aria-label", "Run");
  const newer = button("cmw-run-newer", "");
  newer.title = "Show the latest run";
  const picker = h("select", "cmw-compare-pick");
  picker.setAttribute("aria-label", "Compare with");
  const compareField = h("label", "cmw-field");
  compareField.append(h("span", null, "Compare with"), picker);
  const top = h("div", "cmw-runs-top");
  top.append(play, slider, name, newer, compareField);
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("class", "cmw-history");
  svg.setAttribute("viewBox", `0 0 ${LINE.w} ${LINE.h}`);
  svg.setAttribute("width", String(LINE.w));
  svg.setAttribute("height", String(LINE.h));
  const legend = h("div", "cmw-history-legend");
  legend.append(h("span", "cmw-legend-acc", "accuracy"), h("span", "cmw-legend-f1", "macro F1"));
  const chart = h("div", "cmw-history-box");
  chart.append(svg, legend);
  el.append(top, chart);
  el.hidden = true;
  let playing = null;
  function update() {
    const runs = state.get("runs");
    const run = state.get("run");
    el.hidden = runs.names.length < 2;
    if (el.hidden) {
      stop();
      return;
    }
    const at = runs.names.indexOf(run);
    slider.max = String(runs.names.length - 1);
    if (!knob.dragging() && at >= 0) slider.value = String(at);
    if (!knob.dragging()) name.textContent = run;
    const note = newerText(runs.names, run);
    newer.textContent = note;
    newer.hidden = !note;
    drawPicker(runs.names, state.get("compare"));
    drawLine(runs, at);
  }
  function drawPicker(all, compare) {
    const none = option("", "none");
    picker.replaceChildren(none, ...all.map((n) => option(n)));
    picker.value = compare != null && all.includes(compare) ? compare : "";
  }
  function drawLine(runs, at) {
    const parts = [];
    for (const [values, cls] of [[runs.accuracy, "cmw-line-acc"], [runs.macroF1, "cmw-line-f1"]]) {
      const pts = linePoints(values).filter(Boolean);
      const line = doc.createElementNS(SVG, "polyline");
      line.setAttribute("class", cls);
      line.setAttribute("fill", "none");
      line.setAttribute("points", pts.map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" "));
      parts.push(line);
    }
    const acc = linePoints(runs.accuracy);
    runs.names.forEach((n, k) => {
      if (!acc[k]) return;
      const dot = doc.createElementNS(SVG, "circle");
      dot.setAttribute("class", k === at ? "cmw-run-dot cmw-run-dot-current" : "cmw-run-dot");
      dot.setAttribute("cx", acc[k][0].toFixed(1));
      dot.setAttribute("cy", acc[k][1].toFixed(1));
      dot.setAttribute("r", k === at ? "4" : "3");
      dot.setAttribute("data-run", String(k));
      const title = doc.createElementNS(SVG, "title");
      title.textContent = `${n}: accuracy ${formatMetric(runs.accuracy[k])}, macro F1 ${formatMetric(runs.macroF1[k])}`;
      dot.append(title);
      parts.push(dot);
    });
    svg.replaceChildren(...parts);
  }
  function step() {
    const all = names();
    const at = all.indexOf(state.get("run"));
    if (at < 0 || at >= all.length - 1) {
      stop();
      return;
    }
    writeRun(at + 1);
    playing = timers.setTimeout(step, PLAY_MS);
  }
  function start() {
    const all = names();
    if (all.indexOf(state.get("run")) >= all.length - 1) writeRun(0);
    play.textContent = "❚❚";
    play.setAttribute("aria-label", "Pause");
    playing = timers.setTimeout(step, PLAY_MS);
  }
  function stop() {
    if (playing !== null) timers.clearTimeout(playing);
    playing = null;
    play.textContent = "▶";
    play.setAttribute("aria-label", "Play the runs");
  }
  listen(play, "click", () => playing === null ? start() : stop(), ac.signal);
  listen(newer, "click", () => {
    stop();
    writeRun(names().length - 1);
  }, ac.signal);
  listen(picker, "change", () => state.set("compare", picker.value === "" ? null : picker.value), ac.signal);
  listen(svg, "click", (e) => {
    const dot = e.target && e.target.closest ? e.target.closest("[data-run]") : null;
    if (!dot) return;
    stop();
    writeRun(Number(dot.getAttribute("data-run")));
  }, ac.signal);
  ac.signal.addEventListener("abort", () => stop(), { once: true });
  watch(state, ["runs", "run", "compare"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/abstain/abstain.js
var THROTTLE_MS2 = 60;
var percent = (v) => Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : "-";
function createAbstain({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const current = () => state.get("scores");
  const el = h("div", "cmw-abstain");
  el.hidden = true;
  const toggle = h("input", "cmw-abstain-on");
  toggle.type = "checkbox";
  const shown = h("output", "cmw-abstain-value");
  const write = (v) => state.set("abstain", v);
  const knob = createSlider({
    dom,
    cls: "cmw-abstain-slider",
    write,
    throttleMs: THROTTLE_MS2,
    clock,
    signal: ac.signal,
    onInput: (v) => {
      const s = current();
      shown.textContent = v.toFixed(stepDecimals(s ? s.step : 0.01));
    }
  });
  const slider = knob.el;
  const field = h("label", "cmw-field");
  field.append(toggle, h("span", null, "Abstain when the top score is below"), slider, shown);
  const topK = h("input", "cmw-top-k");
  topK.type = "number";
  topK.min = "1";
  const kField = h("label", "cmw-field");
  kField.append(h("span", null, "Hit when the true class is in the top"), topK);
  const kHint = h("span", "cmw-hint cmw-top-k-hint");
  kHint.setAttribute("role", "status");
  kField.append(kHint);
  const stats = h("div", "cmw-abstain-stats");
  el.append(field, kField, stats);
  let last = null;
  function update() {
    const s = current();
    const on = Boolean(s && s.kind === "multiclass");
    el.hidden = !on;
    if (!on) return;
    knob.range(s.lo, s.hi, s.step);
    const active = s.abstain !== null && s.abstain !== void 0;
    toggle.checked = active;
    slider.disabled = !active;
    if (active) last = s.abstain;
    if (!knob.dragging()) {
      const v = active ? s.abstain : last ?? (s.lo + s.hi) / 2;
      slider.value = String(v);
      shown.textContent = active ? Number(v).toFixed(stepDecimals(s.step)) : "off";
    }
    topK.max = String(s.k_max);
    if (dom.doc.activeElement !== topK) topK.value = String(s.top_k);
    stats.replaceChildren();
    if (!active) return;
    stats.append(
      h("span", "cmw-stat cmw-coverage", `coverage ${percent(s.coverage)}`),
      h("span", "cmw-stat cmw-covered-accuracy", `accuracy of the covered ${percent(s.covered_accuracy)}`)
    );
  }
  listen(toggle, "change", () => {
    const s = current();
    if (!s) return;
    write(toggle.checked ? parseFloat(slider.value) : null);
  }, ac.signal);
  listen(topK, "change", () => {
    const s = current();
    const k = Number(topK.value);
    const ok = s && Number.isInteger(k) && k >= 1 && k <= s.k_max;
    kHint.textContent = ok || !s ? "" : `top-k must be a whole number from 1 to ${s.k_max}`;
    if (ok) state.set("top_k", k);
    else if (s) topK.value = String(s.top_k);
  }, ac.signal);
  watch(state, ["scores"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/binary/curves_plot.js
function curvePlotGeometry(rect, plot) {
  const scale = rect.width > 0 ? rect.width / plot.size : 1;
  return { x0: rect.left + plot.pad * scale, y0: rect.top + plot.pad * scale, inner: (plot.size - 2 * plot.pad) * scale };
}

// js/binary/curves.js
var THROTTLE_MS3 = 60;
var PLOT = { size: 240, pad: 34 };
var TICKS = [0, 0.5, 1];
var SVG2 = "http://www.w3.org/2000/svg";
var KINDS = [
  {
    kind: "roc",
    title: "ROC",
    x: "FPR",
    y: "TPR",
    area: "auc",
    areaName: "AUC",
    at: (b) => [b.fpr, b.tpr]
  },
  {
    kind: "pr",
    title: "Precision-recall",
    x: "recall",
    y: "precision",
    area: "ap",
    areaName: "AP",
    at: (b) => [b.tpr, b.precision]
  }
];
function createCurves({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h, doc } = dom;
  const svg = (tag, attrs = {}) => {
    const e = doc.createElementNS(SVG2, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const el = h("div", "cmw-curves");
  el.hidden = true;
  const plots = h("div", "cmw-curve-plots");
  const targets = h("div", "cmw-curve-targets");
  el.append(plots, targets);
  let asked = false;
  let drawnFor = null;
  const parts = {};
  const write = (t) => {
    const b = state.get("binary");
    if (!b || !Number.isFinite(t)) return;
    state.set("threshold", clamp(t, b.lo, b.hi));
  };
  const writeThrottled = throttle(write, THROTTLE_MS3, clock);
  ac.signal.addEventListener("abort", () => writeThrottled.cancel(), { once: true });
  function build(curves) {
    const { size, pad } = PLOT;
    plots.replaceChildren();
    for (const kind of Object.keys(parts)) delete parts[kind];
    for (const spec of KINDS) {
      const c = curves[spec.kind];
      const fig = h("figure", `cmw-curve cmw-curve-${spec.kind}`);
      const caption = h("figcaption", "cmw-curve-title");
      const area = curves[spec.area];
      const why = curves.undefinedBecause ? curves.undefinedBecause[spec.kind] : null;
      caption.textContent = `${spec.title}${area === null || why ? "" : `  ${spec.areaName} ${formatMetric(area)}`}`;
      if (why) {
        fig.append(caption, h("p", "cmw-curve-undefined", `Undefined: ${why}.`));
        plots.append(fig);
        continue;
      }
      const plot = svg("svg", {
        width: size,
        height: size,
        viewBox: `0 0 ${size} ${size}`,
        role: "img",
        "aria-label": `${spec.title} curve; press or drag on it to set the threshold`
      });
      plot.classList.add("cmw-curve-svg");
      Object.assign(plot.dataset, { kind: spec.kind, plotSize: String(size), plotPad: String(pad) });
      plot.append(
        svg("rect", { x: pad, y: pad, width: size - 2 * pad, height: size - 2 * pad, class: "cmw-curve-frame" }),
        svg("polyline", { points: polylinePoints(c, size, pad), class: "cmw-curve-line" })
      );
      if (spec.kind === "roc") {
        plot.append(svg("line", { x1: pad, y1: size - pad, x2: size - pad, y2: pad, class: "cmw-curve-chance" }));
      }
      const xl = svg("text", { x: size / 2, y: size - 4, class: "cmw-curve-axis", "text-anchor": "middle" });
      xl.textContent = spec.x;
      const yl = svg("text", {
        x: 9,
        y: size / 2,
        class: "cmw-curve-axis",
        "text-anchor": "middle",
        transform: `rotate(-90 9 ${size / 2})`
      });
      yl.textContent = spec.y;
      plot.append(xl, yl, ...axisTicks(size, pad));
      const guides = [0, 1].map(() => svg("line", { class: "cmw-curve-guide" }));
      const readout = svg("text", { x: pad, y: pad - 8, class: "cmw-curve-readout" });
      const marker = svg("circle", { r: 7, class: "cmw-curve-marker cmw-curve-handle" });
      const tip = svg("title");
      tip.textContent = "Drag along the curve to move the threshold";
      marker.append(tip);
      plot.append(...guides, readout, marker);
      fig.append(caption, plot);
      plots.append(fig);
      parts[spec.kind] = { plot, marker, guides, readout, curve: c, spec };
      drag(plot, c);
    }
    targets.replaceChildren();
    for (const g of curves.targets) {
      const b = dom.button("cmw-curve-target", `threshold for ${g.name}`);
      b.dataset.threshold = String(g.threshold);
      listen(b, "click", () => write(g.threshold), ac.signal);
      targets.append(b);
    }
  }
  function axisTicks(size, pad) {
    const inner = size - 2 * pad;
    const out = [];
    for (const v of TICKS) {
      const x = pad + v * inner;
      const y = pad + (1 - v) * inner;
      const text = String(v);
      out.push(svg("line", { x1: x, y1: size - pad, x2: x, y2: size - pad + 4, class: "cmw-curve-tickmark" }));
      out.push(svg("line", { x1: pad - 4, y1: y, x2: pad, y2: y, class: "cmw-curve-tickmark" }));
      const tx = svg("text", { x, y: size - pad + 14, class: "cmw-curve-tick", "text-anchor": "middle", "data-axis": "x" });
      tx.textContent = text;
      const ty = svg("text", {
        x: pad - 6,
        y,
        class: "cmw-curve-tick",
        "text-anchor": "end",
        "dominant-baseline": "middle",
        "data-axis": "y"
      });
      ty.textContent = text;
      out.push(tx, ty);
    }
    return out;
  }
  function drag(plot, c) {
    let down = false;
    const pick = (e) => {
      const g = curvePlotGeometry(plot.getBoundingClientRect(), PLOT);
      const px = (e.clientX - g.x0) / g.inner;
      const py = 1 - (e.clientY - g.y0) / g.inner;
      return c.t[nearestPoint(c, px, py)];
    };
    listen(plot, "pointerdown", (e) => {
      down = true;
      if (plot.setPointerCapture && e.pointerId !== void 0) {
        try {
          plot.setPointerCapture(e.pointerId);
        } catch {
        }
      }
      writeThrottled(pick(e));
    }, ac.signal);
    listen(plot, "pointermove", (e) => {
      if (down) writeThrottled(pick(e));
    }, ac.signal);
    const end = (e) => {
      if (!down) return;
      down = false;
      writeThrottled.cancel();
      write(pick(e));
    };
    listen(plot, "pointerup", end, ac.signal);
    listen(plot, "pointercancel", () => {
      down = false;
      writeThrottled.cancel();
    }, ac.signal);
  }
  function update() {
    const b = state.get("binary");
    el.hidden = !b;
    if (!b) return;
    const curves = state.get("curves");
    if (!curves) {
      if (!asked || drawnFor !== null) {
        asked = true;
        drawnFor = null;
        plots.replaceChildren();
        targets.replaceChildren();
        state.send({ type: "curves" });
      }
      return;
    }
    if (drawnFor !== curves) {
      build(curves);
      drawnFor = curves;
    }
    const { size, pad } = PLOT;
    const inner = size - 2 * pad;
    for (const { marker, guides, readout, spec, plot } of Object.values(parts)) {
      const [x, y] = spec.at(b);
      const ok = Number.isFinite(x) && Number.isFinite(y);
      for (const e of [marker, ...guides]) e.setAttribute("visibility", ok ? "visible" : "hidden");
      readout.textContent = ok ? `${spec.x} ${formatMetric(x)}, ${spec.y} ${formatMetric(y)}` : "";
      if (!ok) continue;
      const cx = (pad + x * inner).toFixed(1);
      const cy = (pad + (1 - y) * inner).toFixed(1);
      marker.setAttribute("cx", cx);
      marker.setAttribute("cy", cy);
      const [down, left] = guides;
      Object.entries({ x1: cx, y1: cy, x2: cx, y2: size - pad }).forEach(([k, v]) => down.setAttribute(k, v));
      Object.entries({ x1: cx, y1: cy, x2: pad, y2: cy }).forEach(([k, v]) => left.setAttribute(k, v));
      plot.dataset.markerX = String(x);
      plot.dataset.markerY = String(y);
    }
  }
  watch(state, ["binary", "curves"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/multilabel/multilabel.js
var THROTTLE_MS4 = 60;
var CELLS = [["tn", "TN"], ["fp", "FP"], ["fn", "FN"], ["tp", "TP"]];
function labelOrder(perClass, by, descending = by !== "label") {
  const order = perClass.map((_, i) => i);
  const sign = descending ? -1 : 1;
  if (by === "f1" || by === "support") order.sort((a, b) => sign * (perClass[a][by] - perClass[b][by]) || a - b);
  else if (descending) order.reverse();
  return order;
}
function createMultilabel({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-multilabel");
  el.hidden = true;
  const picker = h("select", "cmw-label-picker");
  const pickField = h("label", "cmw-field");
  pickField.append(h("span", null, "Label"), picker);
  const shown = h("output", "cmw-label-threshold-value");
  const current = () => state.get("scores");
  let focus = 0;
  const writeThreshold = (v) => {
    const s = current();
    if (!s || !Array.isArray(s.thresholds) || !Number.isFinite(v)) return;
    const next = s.thresholds.slice();
    next[focus] = v;
    state.set("thresholds", next);
  };
  const knob = createSlider({
    dom,
    cls: "cmw-label-threshold",
    write: writeThreshold,
    throttleMs: THROTTLE_MS4,
    clock,
    signal: ac.signal,
    onInput: (v) => {
      const s = current();
      shown.textContent = v.toFixed(stepDecimals(s ? s.step : 0.01));
    }
  });
  const slider = knob.el;
  const tField = h("label", "cmw-field");
  tField.append(h("span", null, "Threshold"), slider, shown);
  const focusTable = h("div", "cmw-label-focus");
  const listing = h("div", "cmw-label-listing");
  const table = h("table", "cmw-label-tables");
  el.append(pickField, tField, focusTable, listing, table);
  let sortBy = "label";
  let descending = false;
  function update() {
    const s = current();
    const on = Boolean(s && s.kind === "multilabel");
    el.hidden = !on;
    if (!on) return;
    const labels = state.get("labels");
    const perClass = state.get("metrics").perClass;
    const cd = state.get("countDigits");
    focus = Math.min(focus, labels.length - 1);
    if (picker.options.length !== labels.length || [...picker.options].some((o, i) => o.textContent !== labels[i])) {
      picker.replaceChildren(...labels.map((name, i) => dom.option(String(i), name)));
    }
    picker.value = String(focus);
    const scored = Array.isArray(s.thresholds);
    tField.hidden = !scored;
    slider.disabled = Boolean(s.fixed);
    if (scored && !knob.dragging()) {
      knob.range(s.lo, s.hi, s.step);
      slider.value = String(s.thresholds[focus]);
      shown.textContent = Number(s.thresholds[focus]).toFixed(stepDecimals(s.step));
    }
    drawFocus(s, labels, cd);
    drawTables(s, labels, perClass, cd);
  }
  function drawFocus(s, labels, cd) {
    const row = s.tables[focus] || [0, 0, 0, 0];
    const t = h("table", "cmw-readout-table");
    const head = t.createTHead().insertRow();
    head.append(h("th"), h("th", null, "not predicted"), h("th", null, "predicted"));
    const body = t.createTBody();
    [["truly absent", 0], ["truly present", 2]].forEach(([name, at]) => {
      const tr = body.insertRow();
      tr.append(h("th", null, name));
      for (const c of [at, at + 1]) {
        const [cell, tag] = CELLS[c];
        const td = h("td");
        const b = dom.button("cmw-label-cell", `${tag} ${formatCount(row[c], cd)}`);
        b.dataset.cell = cell;
        b.disabled = Boolean(s.fixed);
        listen(b, "click", () => state.send({ type: "label_cell", label: focus, cell }), ac.signal);
        td.append(b);
        tr.append(td);
      }
    });
    focusTable.replaceChildren(h("div", "cmw-label-focus-title", labels[focus] ?? ""), t);
    const f = s.focus;
    if (f && f.label === focus) {
      const tag = CELLS.find(([c]) => c === f.cell)?.[1] ?? f.cell;
      const shownCount = f.indices.length < f.total ? `first ${f.indices.length} of ${f.total}` : `${f.total}`;
      listing.replaceChildren(
        h("div", "cmw-label-listing-title", `${tag} of ${labels[focus]}: ${shownCount} samples`),
        h("div", "cmw-indices", f.indices.join(", "))
      );
    } else {
      listing.replaceChildren();
    }
  }
  function drawTables(s, labels, perClass, cd) {
    const head = h("tr");
    const sortButton = (key, text) => {
      const on = sortBy === key;
      const b = dom.button(`cmw-sort${on ? " cmw-sorted" : ""}`, on ? `${text} ${descending ? "▼" : "▲"}` : text);
      b.dataset.sort = key;
      listen(b, "click", () => {
        descending = on ? !descending : key !== "label";
        sortBy = key;
        update();
        table.querySelector(`[data-sort="${key}"]`).focus();
      }, ac.signal);
      const th = h("th");
      th.setAttribute("aria-sort", on ? descending ? "descending" : "ascending" : "none");
      th.append(b);
      return th;
    };
    head.append(
      sortButton("label", "label"),
      ...CELLS.map(([, tag]) => h("th", null, tag)),
      sortButton("f1", "F1"),
      sortButton("support", "support")
    );
    const thead = h("thead");
    thead.append(head);
    const body = h("tbody");
    const rows = perClass.length === labels.length ? perClass : labels.map(() => ({ f1: NaN, support: NaN }));
    for (const i of labelOrder(rows, sortBy, descending)) {
      const tr = h("tr", i === focus ? "cmw-focused" : null);
      tr.dataset.label = String(i);
      const name = dom.button("cmw-label-name", labels[i]);
      listen(name, "click", () => {
        focus = i;
        update();
      }, ac.signal);
      const first = h("th");
      first.append(name);
      tr.append(
        first,
        ...(s.tables[i] || []).map((v) => h("td", null, formatCount(v, cd))),
        h("td", null, formatMetric(rows[i].f1)),
        h("td", null, formatCount(rows[i].support, cd))
      );
      body.append(tr);
    }
    table.replaceChildren(thead, body);
  }
  listen(picker, "change", () => {
    focus = Number(picker.value) || 0;
    update();
  }, ac.signal);
  watch(state, ["scores", "labels", "metrics", "countDigits"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/scores/scores.js
function createScores(ctx) {
  const parts = [createCurves(ctx), createAbstain(ctx), createMultilabel(ctx)];
  const el = ctx.dom.h("div", "cmw-scores");
  el.append(...parts.map((p) => p.el));
  return {
    el,
    update: () => parts.forEach((p) => p.update()),
    destroy: () => {
      parts.forEach((p) => p.destroy());
      el.remove();
    }
  };
}

// js/matrix/selection.js
function createSelection({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("div", "cmw-selection");
  const clearButton = () => {
    const b = button("cmw-clear", "Clear selection");
    b.title = "Clear the selection (w.selected = None)";
    return b;
  };
  function update() {
    const sel = state.get("selection");
    el.replaceChildren();
    if (!sel) {
      el.append(h("p", "cmw-hint", "Click a cell (or use the arrow keys and Enter) to see its samples."));
      if (state.get("hasSelection")) el.append(clearButton());
      return;
    }
    const sentence = h("p", "cmw-sentence");
    for (const s of sel.sentence) {
      const text = String(s && s.text != null ? s.text : "");
      sentence.append(s && s.em ? h("em", null, text) : dom.doc.createTextNode(text));
    }
    const head = h("div", "cmw-selection-head");
    head.append(sentence, clearButton());
    el.append(head);
    if (!sel.available) {
      const table = state.get("table");
      const why = typeof sel.unavailable === "string" && sel.unavailable ? sel.unavailable : table ? `Listing a cell's rows needs an id column: pass id= (a column that identifies rows) to from_dataframe; the rows stay in ${table.engine}.` : "Sample indices are not available for a precomputed matrix (built from counts).";
      el.append(h("p", "cmw-hint", why));
      return;
    }
    const info = pageInfo(sel);
    if (info.total === 0) {
      el.append(h("p", "cmw-hint", "No samples in this cell."));
      return;
    }
    el.append(h("div", "cmw-indices", (sel.indices || []).join(", ")), pager(info));
    const previews = Array.isArray(sel.previews) ? sel.previews : [];
    if (previews.length) el.append(previewList(previews));
  }
  function pager(info) {
    const nav = h("div", "cmw-pager");
    if (info.hasPrev) {
      const prev = button("cmw-prev", "Previous");
      prev.dataset.offset = String(info.prevOffset);
      nav.append(prev);
    }
    nav.append(h("span", "cmw-range", `showing ${info.first}-${info.last} of ${info.total}`));
    if (info.hasMore) {
      const more = button("cmw-more", "Show more");
      more.dataset.offset = String(info.nextOffset);
      nav.append(more);
    }
    return nav;
  }
  function previewList(previews) {
    const out = h("div", "cmw-previews");
    for (const p of previews) {
      if (!p) continue;
      if (p.kind === "image" && typeof p.src === "string" && p.src.startsWith("data:image/")) {
        const fig = h("figure", "cmw-preview-img");
        const img = h("img");
        img.src = p.src;
        img.alt = `sample ${p.index}`;
        fig.append(img, h("figcaption", null, `#${p.index}`));
        out.append(fig);
      } else if (p.kind === "text") {
        const t = h("div", "cmw-preview-text");
        t.append(h("span", "cmw-idx", `#${p.index}`), h("span", "cmw-snippet", String(p.text ?? "")));
        out.append(t);
      }
    }
    return out;
  }
  let refocus = null;
  listen(el, "click", (e) => {
    if (e.target.closest("button.cmw-clear")) {
      state.set("selected", null);
      return;
    }
    const b = e.target.closest("button[data-offset]");
    if (!b) return;
    const sel = state.get("selection");
    refocus = sel && { cls: b.className, i: sel.i, j: sel.j };
    state.send({ type: "page", offset: Number(b.dataset.offset) });
  }, ac.signal);
  watch(state, ["selection", "table", "hasSelection"], () => {
    const want = refocus;
    refocus = null;
    const active = dom.doc.activeElement;
    const hadFocus = active && (el.contains(active) || active === dom.doc.body);
    update();
    const sel = state.get("selection");
    if (!want || !sel || sel.i !== want.i || sel.j !== want.j || !hadFocus) return;
    const next = el.querySelector(`button.${want.cls}`) || el.querySelector("button[data-offset]");
    if (next) next.focus({ preventScroll: true });
  }, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/core/source_model.js
function modelSource(model) {
  return {
    get: (name) => model.get(name),
    on(name, fn) {
      const event = `change:${name}`;
      const handler = () => fn();
      model.on(event, handler);
      return () => model.off(event, handler);
    },
    set(name, value) {
      model.set(name, value);
      model.save_changes();
    },
    send: (msg) => model.send(msg)
  };
}

// js/ui/table.js
var count2 = (n) => Math.round(n).toLocaleString("en-US");
function tableSummary(table) {
  if (!table) return "";
  const parts = [`Counted in ${table.engine} over ${count2(table.rows)} rows; only aggregates reach the kernel.`];
  if (table.exact) {
    parts.push(`Exact at ${count2(table.exact)} thresholds (the slider's steps); any other value set from Python runs one count in ${table.engine}, exact too.`);
  }
  if (!table.ids) parts.push("Pass id= to list a cell's rows.");
  return parts.join(" ");
}
function pendingWork(state) {
  const table = state.get("table");
  if (!table) return null;
  const t = state.get("threshold");
  const b = state.get("binary");
  if (b && t != null && Number(b.threshold) !== t) {
    return `${table.engine}: counting at threshold ${Number(t.toPrecision(6))}…`;
  }
  const sel = state.get("selected");
  const shown = state.get("selection");
  if (table.ids && sel && !(shown && shown.i === sel[0] && shown.j === sel[1])) {
    return `${table.engine}: listing the rows of the cell…`;
  }
  return null;
}
function createTable({ state, dom, signal }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-table");
  const summary = h("span", "cmw-table-summary");
  const busy = h("span", "cmw-busy");
  busy.setAttribute("role", "status");
  busy.setAttribute("aria-live", "polite");
  el.append(summary, busy);
  function update() {
    const table = state.get("table");
    el.hidden = !table;
    summary.textContent = tableSummary(table);
    const work = pendingWork(state);
    busy.hidden = !work;
    busy.textContent = work || "";
  }
  watch(state, ["table", "threshold", "binary", "selected", "selection"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/binary/threshold.js
function edgeIndex(edges, t) {
  let lo = 0;
  let hi = edges.length - 1;
  if (!(t >= edges[0])) return 0;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (edges[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var THROTTLE_MS5 = 60;
function createThreshold({ state, dom, signal, clock }) {
  const ac = scope(signal);
  const { h } = dom;
  const el = h("div", "cmw-binary");
  const field = h("label", "cmw-field cmw-threshold-field");
  const slider = h("input", "cmw-threshold");
  slider.type = "range";
  const shown = h("output", "cmw-threshold-value");
  field.append(h("span", null, "Threshold"), slider, shown);
  const readout = h("div", "cmw-readout");
  el.append(field, readout);
  el.hidden = true;
  let dragging = false;
  let lastWritten = null;
  const stepOf = (b) => b.step > 0 ? b.step : (b.hi - b.lo) / 1e3 || 0.01;
  const edgesOf = () => state.get("table")?.edges || null;
  const shownText = (v, b) => edgesOf() ? String(Number(v.toPrecision(6))) : v.toFixed(stepDecimals(stepOf(b)));
  function update() {
    const b = state.get("binary");
    el.hidden = !b;
    if (!b) return;
    const edges = edgesOf();
    slider.min = edges ? "0" : String(b.lo);
    slider.max = edges ? String(edges.length - 1) : String(b.hi);
    slider.step = edges ? "1" : String(stepOf(b));
    const t = state.get("threshold") ?? Number(b.threshold);
    if (!dragging && Number.isFinite(t)) {
      slider.value = String(edges ? edgeIndex(edges, t) : t);
      shown.textContent = shownText(t, b);
    }
    drawReadout(b);
  }
  function drawReadout(b) {
    const cd = state.get("countDigits");
    const table = h("table", "cmw-readout-table");
    const head = table.createTHead().insertRow();
    head.append(h("th"), h("th", null, `predicted ${b.negName}`), h("th", null, `predicted ${b.posName}`));
    const body = table.createTBody();
    const rows = [[`true ${b.negName}`, ["TN", b.tn], ["FP", b.fp]], [`true ${b.posName}`, ["FN", b.fn], ["TP", b.tp]]];
    for (const [name, ...cells] of rows) {
      const tr = body.insertRow();
      tr.append(h("th", null, name));
      for (const [tag, v] of cells) {
        const td = h("td");
        td.append(h("span", "cmw-tag", tag), dom.doc.createTextNode(` ${formatCount(v, cd)}`));
        tr.append(td);
      }
    }
    const stats = h("div", "cmw-readout-stats");
    for (const [name, v] of [["TPR", b.tpr], ["FPR", b.fpr], ["precision", b.precision], ["F1", b.f1]]) {
      stats.append(h("span", "cmw-stat", `${name} ${formatMetric(v)}`));
    }
    readout.replaceChildren(table, stats);
  }
  const write = (v) => {
    if (!Number.isFinite(v)) return;
    lastWritten = v;
    state.set("threshold", v);
  };
  const writeThrottled = throttle(write, THROTTLE_MS5, clock);
  const value = () => {
    const edges = edgesOf();
    return edges ? edges[Math.trunc(parseFloat(slider.value))] : parseFloat(slider.value);
  };
  listen(slider, "input", () => {
    dragging = true;
    const v = value();
    const b = state.get("binary");
    if (Number.isFinite(v)) shown.textContent = b ? shownText(v, b) : v.toFixed(2);
    writeThrottled(v);
  }, ac.signal);
  listen(slider, "change", () => {
    dragging = false;
    writeThrottled.cancel();
    const v = value();
    if (v !== lastWritten || state.get("threshold") !== v) write(v);
  }, ac.signal);
  ac.signal.addEventListener("abort", () => writeThrottled.cancel(), { once: true });
  watch(state, ["binary", "threshold", "countDigits", "table"], update, ac.signal);
  update();
  return { el, update, destroy: () => {
    ac.abort();
    el.remove();
  } };
}

// js/widget.js
var MIN_BESIDE = 300;
var LABEL_ROOM = 200;
var SIDE_GAP = 16;
function matrixRoom(total, side, k) {
  const beside = total - side - SIDE_GAP;
  const want = Math.min(MAX_GRID, Math.max(k, 1) * MAX_CELL) + LABEL_ROOM;
  return side > 0 && beside >= Math.max(MIN_BESIDE, Math.min(want, 0.6 * total)) ? beside : total;
}
function besideMatrix(ctx, matrixCtx) {
  const row = ctx.dom.h("div", "cmw-main");
  const scores = createScores(ctx);
  scores.el.classList.add("cmw-side");
  const room = () => matrixRoom(row.clientWidth, scores.el.offsetWidth, matrixCtx.state.get("k") || 0);
  const matrix = createMatrix({ ...matrixCtx, room, sizers: [row, scores.el] });
  row.append(matrix.el, scores.el);
  return { el: row, matrix, scores };
}
function components(ctx) {
  const labels = createLabelEditor(ctx);
  const many = createManyClasses(ctx);
  return [
    createControls({ ...ctx, extra: [labels.button] }),
    labels,
    createThreshold(ctx),
    createTable(ctx),
    createNotes(ctx),
    many.panel,
    besideMatrix(ctx, many.matrixCtx),
    many.table,
    createRuns(ctx),
    createCompare(ctx),
    createSelection(ctx),
    createMetrics(ctx)
  ];
}
function mount(source, el, startedAt = performance.now()) {
  const dom = domOf(el.ownerDocument || document);
  const ac = new AbortController();
  const state = createState(source);
  const root = dom.h("div", "cmw");
  root.dataset.lmSuppressShortcuts = "true";
  listen(root, "keydown", (e) => {
    e.stopPropagation();
    if (e.key === "Escape" && !e.defaultPrevented) {
      e.preventDefault();
      const around = el.closest("[tabindex]");
      if (around) around.focus({ preventScroll: true });
      else if (root.contains(dom.doc.activeElement)) dom.doc.activeElement.blur();
    }
  }, ac.signal);
  const report = ({ k, draws, lastMs, firstMs }) => {
    root.dataset.k = String(k);
    root.dataset.drawCount = String(draws);
    root.dataset.lastDrawMs = lastMs.toFixed(1);
    if (firstMs !== null) root.dataset.firstDrawMs = firstMs.toFixed(1);
  };
  const parts = components({ state, dom, signal: ac.signal, report, startedAt });
  root.append(...parts.map((p) => p.el));
  el.appendChild(root);
  return () => {
    ac.abort();
    root.remove();
  };
}
function render({ model, el }) {
  return mount(modelSource(model), el);
}
var widget_default = { render };
export {
  widget_default as default,
  matrixRoom,
  mount
};
