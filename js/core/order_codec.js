// Decoding the traits of the display order and the groups (used by js/state.js only). A
// malformed value decodes to the neutral one: the given order, no groups. Pure functions.

import { toUint8 } from "./util.js";

const POSITIONS = { uint16: 2, uint32: 4 };

/** Little-endian unsigned positions -> an array of numbers, or null when malformed. */
export function decodePositions(raw, dtype) {
  const size = POSITIONS[dtype];
  if (!size) return null;
  const bytes = toUint8(raw);
  if (bytes.byteLength % size) return null;
  const dv = new DataView(bytes.buffer);
  const out = new Array(bytes.byteLength / size);
  for (let p = 0; p < out.length; p++) out[p] = size === 2 ? dv.getUint16(2 * p, true) : dv.getUint32(4 * p, true);
  return out;
}

/** Whether `a` holds each of 0..n-1 exactly once. */
export function isPermutation(a, n) {
  if (!Array.isArray(a) || a.length !== n) return false;
  const seen = new Uint8Array(n);
  for (const v of a) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = 1;
  }
  return true;
}

const identity = (n) => Array.from({ length: n }, (_, i) => i);

/**
 * _order {dtype, classes, groups} -> {classes, groups} (display orders; groups null without groups).
 * @param {import("./wire.js").WireOrder | null | undefined} raw
 * @param {number} k
 * @param {object | null} groups
 */
export function decodeOrder(raw, k, groups) {
  const dtype = raw && raw.dtype;
  const classes = raw ? decodePositions(raw.classes, dtype) : null;
  const g = groups ? groups.names.length : 0;
  const groupOrder = raw && groups && raw.groups != null ? decodePositions(raw.groups, dtype) : null;
  return {
    classes: isPermutation(classes, k) ? classes : identity(k),
    groups: groups ? (isPermutation(groupOrder, g) ? groupOrder : identity(g)) : null,
  };
}

/**
 * _groups {names, codes} -> {names, codes, members}, or null without (valid) groups.
 * @param {import("./wire.js").WireGroups | null | undefined} raw
 * @param {number} k
 */
export function decodeGroups(raw, k) {
  if (!raw || !Array.isArray(raw.names) || raw.names.length === 0) return null;
  const names = raw.names.map(String);
  const codes = decodePositions(raw.codes, k <= 65536 ? "uint16" : "uint32");
  if (!codes || codes.length !== k || codes.some((c) => c >= names.length)) return null;
  const members = names.map(() => []);
  codes.forEach((g, c) => members[g].push(c));
  return { names, codes, members };
}
