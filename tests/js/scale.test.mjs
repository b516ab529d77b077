// The log colour scale: the rule, the colour-bar ticks, the toggle's intent, and the page without a kernel.
import { test } from "node:test";
import assert from "node:assert/strict";

import { logScaled, logTicks, positiveMin, scaledColors } from "../../js/scale/log_scale.js";
import { createScale } from "../../js/scale/scale.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

test("log scale: empty cells take the first entry, lo entry 1, hi entry 255, decades evenly apart", () => {
  const values = [0, 1, 10, 100, 1000];
  assert.equal(positiveMin(values), 1);
  assert.deepEqual([...scaledColors(values, 1000, "log", 1)], [0, 1, 86, 170, 255]);   // 1 + 254 * e / 3
  assert.deepEqual([...scaledColors(values, 1000, "linear", 1)], [0, 0, 3, 26, 255]);
  assert.deepEqual([...logScaled([0, 5, 5], 5, 5)], [0, 1, 1]);   // one positive value: the top entry
  assert.equal(positiveMin([0, 0]), 0);
});

test("log colour-bar ticks: lo, the powers of ten, hi; ascending places in [0, 1]", () => {
  const ticks = logTicks(3, 90000, null);
  assert.deepEqual(ticks.map((t) => t[1]), ["3", "10", "100", "1000", "10000", "90000"]);
  const at = ticks.map((t) => t[0]);
  assert.deepEqual(at, [...at].sort((a, b) => a - b));
  assert.equal(at.at(-1), 1);
  assert.deepEqual(logTicks(0.01, 0.5, "true").map((t) => t[1]), ["1%", "10%", "50%"]);
});

test("the toggle writes cmap_scale and follows the kernel", async () => {
  const env = makeDom();
  const source = stubSource({ cmap_scale: "linear" });
  const state = createState(source);
  const ac = new AbortController();
  const toggle = createScale({ state, dom: domOf(env.document), signal: ac.signal });
  env.host.append(toggle.el);
  const box = env.host.querySelector("input.cmw-log-scale");
  assert.equal(box.checked, false);
  box.click();
  assert.deepEqual(source.writes, [["cmap_scale", "log"]]);
  source.push("cmap_scale", "linear");
  await settle();
  assert.equal(box.checked, false);
  ac.abort();
  env.close();
});
