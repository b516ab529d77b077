// A range input that writes an intent as it is dragged: throttled while dragging, and the value
// it is released at always goes out. The abstain threshold, the label thresholds and the runs
// scrubber share it. `onInput(value)` shows the value while dragging (before any write).

import { listen } from "./dom.js";
import { throttle } from "../core/util.js";

/**
 * @param {{ dom: { h: Function }, cls: string, write: (v: number) => void,
 *           onInput?: (v: number) => void, throttleMs: number, clock?: object, signal: AbortSignal }} opts
 */
export function createSlider({ dom, cls, write, onInput, throttleMs, clock, signal }) {
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
    },
  };
}
