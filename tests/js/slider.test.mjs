// The shared slider: throttled writes while dragging, the released value always written, nothing
// written after its owner is torn down.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createSlider } from "../../js/ui/slider.js";
import { makeDom } from "./dom_env.mjs";

function fakeClock() {
  let now = 0;
  let timers = [];
  return {
    now: () => now,
    setTimeout(f, ms) {
      const t = { f, at: now + ms };
      timers.push(t);
      return t;
    },
    clearTimeout(t) {
      timers = timers.filter((x) => x !== t);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.f());
    },
  };
}

function drag(env, el, values, type = "input") {
  for (const v of values) {
    el.value = String(v);
    el.dispatchEvent(new env.window.Event(type));
  }
}

test("a drag writes at most once per throttle period, and the released value last", () => {
  const env = makeDom();
  const clock = fakeClock();
  const ac = new AbortController();
  const written = [];
  const shown = [];
  const s = createSlider({
    dom: domOf(env.document), cls: "x", write: (v) => written.push(v), onInput: (v) => shown.push(v),
    throttleMs: 50, clock, signal: ac.signal,
  });
  s.range(0, 1, 0.01);
  assert.equal(s.el.type, "range");
  drag(env, s.el, [0.1, 0.2, 0.3]);
  assert.deepEqual(shown, [0.1, 0.2, 0.3]);
  assert.deepEqual(written, [0.1]);
  assert.equal(s.dragging(), true);
  clock.advance(50);
  assert.deepEqual(written, [0.1, 0.3]);
  drag(env, s.el, [0.4]);
  drag(env, s.el, [0.45], "change");
  assert.equal(s.dragging(), false);
  clock.advance(500);
  assert.deepEqual(written, [0.1, 0.3, 0.45], "a pending throttled write never follows the release");
  ac.abort();
  drag(env, s.el, [0.9]);
  clock.advance(500);
  assert.deepEqual(written, [0.1, 0.3, 0.45], "nothing after teardown");
  env.close();
});
