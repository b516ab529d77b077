// The costs on a stub state source: the expected cost line, the cost curve and its snap button.
import { test } from "node:test";
import assert from "node:assert/strict";

import { createCostCurve, createCostSentence } from "../../js/costs/costs.js";
import { decodeCosts, expectedCost } from "../../js/core/costs_data.js";
import { domOf } from "../../js/ui/dom.js";
import { createState } from "../../js/core/state.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

const f4 = (a) => new DataView(new Float32Array(a).buffer);
const f8 = (a) => new DataView(new Float64Array(a).buffer);

// Classes (no, yes): a false negative costs 10, a false positive 1.
const COSTS = {
  k: 2, cols: 2, cost: f8([0, 1, 10, 0]),
  curve: { t: f8([0, 0.3, 0.6, 1]), y: f4([1.5, 0.75, 2, 5]) },
  least: { threshold: 0.3, mean: 0.75 },
};
const BINARY = { lo: 0, hi: 1, step: 0.001, threshold: 0.6, pos_index: 1, tp: 2, fp: 1, fn: 1, tn: 2 };

test("expected cost: sums per true class as the kernel does, the abstained column charged when the cost has it", () => {
  const e = expectedCost(Float64Array.from([2, 1, 1, 2]), null, 2, Float64Array.from([0, 1, 10, 0]), 2);
  assert.deepEqual(e, { total: 11, mean: 11 / 6, perClass: [{ total: 1, mean: 1 / 3 }, { total: 10, mean: 10 / 3 }] });
  const abst = expectedCost(Float64Array.from([2, 1, 0, 2]), Float64Array.from([1, 4]), 2,
    Float64Array.from([0, 1, 0.5, 10, 0, 0.5]), 3);
  assert.equal(abst.total, 1 + 0.5 + 2);
  assert.equal(abst.perClass[1].mean, 2 / 6);
  // A K x K cost with an abstained column: abstaining costs nothing, but the samples count.
  assert.equal(expectedCost(Float64Array.from([1, 0, 0, 1]), Float64Array.from([2, 0]), 2,
    Float64Array.from([0, 1, 1, 0]), 2).mean, 0);
  assert.equal(decodeCosts({ k: 2, cols: 2, cost: f8([1]) }), null);
  assert.equal(decodeCosts({}), null);
});

test("cost sentence: total, per sample and per true class, as text", async () => {
  const t = setup({ _matrix: matrixTrait([[2, 1], [1, 2]]), display_labels: ["<b>no</b>", "yes"], _costs: COSTS });
  const view = createCostSentence(t.ctx);
  t.host.append(view.el);
  assert.equal(view.el.hidden, false);
  assert.equal(view.el.textContent,
    "Expected cost 1.833 per sample (11 in total); per true class: <b>no</b> 0.333, yes 3.333.");
  assert.equal(view.el.querySelector("b"), null);
  t.source.push("_costs", {});
  await settle();
  assert.equal(view.el.hidden, true);
  t.close();
});

test("cost curve: the least point marked, the current cost on the line, the button snaps the threshold", async () => {
  const t = setup({ _matrix: matrixTrait([[2, 1], [1, 2]]), display_labels: ["no", "yes"], _costs: COSTS,
    _binary: BINARY, threshold: 0.6 });
  const view = createCostCurve(t.ctx);
  t.host.append(view.el);
  assert.equal(view.el.hidden, false);
  assert.equal(view.el.dataset.leastThreshold, "0.3");
  assert.equal(Number(view.el.dataset.mean), 11 / 6);
  const least = view.el.querySelector(".cmw-cost-least");
  const points = view.el.querySelector(".cmw-cost-line").getAttribute("points").split(" ");
  assert.equal(points.length, 4);
  assert.equal(least.getAttribute("cx"), points[1].split(",")[0]);   // the least point sits on the line
  assert.equal(least.getAttribute("cy"), points[1].split(",")[1]);
  const snap = view.el.querySelector(".cmw-cost-snap");
  assert.equal(snap.disabled, false);
  snap.click();
  assert.deepEqual(t.source.writes, [["threshold", 0.3]]);
  t.source.push("_matrix", matrixTrait([[3, 0], [0, 3]]));   // no errors: cost 0, the least
  t.source.push("_costs", { ...COSTS, least: { threshold: 0.3, mean: 0 } });
  t.source.push("_binary", { ...BINARY, threshold: 0.3 });
  await settle();
  assert.equal(snap.disabled, true);
  assert.match(view.el.textContent, /Now 0 per sample; least 0 at threshold 0\.300/);
  // Without binary scores (a multiclass cost) there is no curve.
  t.source.push("_binary", {});
  await settle();
  assert.equal(view.el.hidden, true);
  t.close();
});
