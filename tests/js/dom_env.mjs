// A DOM for component tests (happy-dom), and stand-ins for the widget model and the state.
import { Window } from "happy-dom";

/** A fresh window and a host element in its document; `close()` when done. */
export function makeDom() {
  const window = new Window({ width: 1000, height: 800 });
  const document = window.document;
  const host = document.createElement("div");
  document.body.append(host);
  return { window, document, host, close: () => window.happyDOM.close() };
}

/** An anywidget-like model: get/set/on/off/save_changes/send; records saves and messages. */
export function stubModel(traits) {
  const values = { ...traits };
  const handlers = new Map();
  const model = {
    saved: [],
    sent: [],
    get: (name) => values[name],
    set(name, value) {
      values[name] = value;
      for (const fn of handlers.get(`change:${name}`) || []) fn();
    },
    save_changes() {
      model.saved.push({ ...values });
    },
    send: (msg) => model.sent.push(msg),
    on(event, fn) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event).add(fn);
    },
    off(event, fn) {
      handlers.get(event)?.delete(fn);
    },
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
    /** A change coming from the kernel (not a user intent). */
    push(name, value) {
      model.set(name, value);
    },
  };
  return model;
}

/** A raw state source like js/source_model.js over plain values; records intents and messages. */
export function stubSource(traits) {
  const values = { ...traits };
  const handlers = new Map();
  const src = {
    writes: [],
    sent: [],
    get: (name) => values[name],
    on(name, fn) {
      if (!handlers.has(name)) handlers.set(name, new Set());
      handlers.get(name).add(fn);
      return () => handlers.get(name).delete(fn);
    },
    set(name, value) {
      src.writes.push([name, value]);
      src.push(name, value);
    },
    send: (msg) => src.sent.push(msg),
    push(name, value) {
      values[name] = value;
      for (const fn of handlers.get(name) || []) fn();
    },
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
  return src;
}

/** Let queued microtasks (coalesced redraws) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function key(window, target, k, init = {}) {
  const e = new window.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

/** A _matrix trait as the kernel sends it: {k, dtype, counts: little-endian bytes}. */
export function matrixTrait(rows, dtype = "uint32") {
  const k = rows.length;
  const Type = { uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, float64: Float64Array }[dtype];
  const flat = Type.from(rows.flat());
  return { k, dtype, counts: new DataView(flat.buffer) };
}
