// Small pure helpers shared by the components: numbers, buffers, timing.

export function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Copy the bytes of a synced buffer (DataView, typed array, ArrayBuffer) into a fresh, aligned Uint8Array. */
export function toUint8(raw) {
  if (raw == null) return new Uint8Array(0);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw.slice(0));
  if (ArrayBuffer.isView(raw)) {
    return new Uint8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  }
  if (Array.isArray(raw)) return Uint8Array.from(raw);
  return new Uint8Array(0);
}

/** Little-endian float64 buffer -> Float64Array (the source may sit at an unaligned offset). */
export function toFloat64(raw) {
  if (Array.isArray(raw)) return Float64Array.from(raw, Number);
  const bytes = toUint8(raw);
  const n = Math.floor(bytes.byteLength / 8);
  if (LITTLE_ENDIAN) return new Float64Array(bytes.buffer, 0, n);
  const dv = new DataView(bytes.buffer);
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) out[p] = dv.getFloat64(8 * p, true);
  return out;
}

/**
 * A function that calls fn at most once per `wait` ms: at once when allowed, otherwise once at
 * the end of the wait with the latest arguments. `.cancel()` drops a pending call, `.flush()`
 * makes it now. `clock` ({now, setTimeout, clearTimeout}) can be replaced in tests.
 */
export function throttle(fn, wait, clock) {
  const c = clock || {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (id) => clearTimeout(id),
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
