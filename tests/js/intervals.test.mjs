// The intervals the kernel sends, as the metrics table and the threshold's readout show them.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createMetrics } from "../../js/matrix/metrics.js";
import { createState } from "../../js/core/state.js";
import { decodeIntervals, formatInterval } from "../../js/uncertainty/intervals.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

const f64 = (values) => new Uint8Array(Float64Array.from(values).buffer);

const METRICS = {
  per_class: f64([0.5, 0.25, 0.3, 4, 0.75, 0.9, 0.8, 6]),
  summary: [
    { name: "accuracy", value: 0.7 },
    { name: "balanced accuracy", value: 0.575 },
    { name: "macro avg", precision: 0.625, recall: 0.575, f1: 0.55, support: 10 },
    { name: "weighted avg", precision: 0.65, recall: 0.7, f1: 0.6, support: 10 },
  ],
};

const INTERVALS = {
  level: 0.9,
  per_class: f64([0.2, 0.8, 0.05, 0.6, NaN, NaN, 0.5, 0.9, 0.6, 0.97, 0.55, 0.95]),
  summary: {
    accuracy: [0.45, 0.86],
    "balanced accuracy": [0.4, 0.8],
    "macro avg": { precision: [0.4, 0.8], recall: [0.35, 0.79], f1: [0.3, 0.75] },
    "weighted avg": { precision: [0.41, 0.81], recall: [0.45, 0.86], f1: [0.33, 0.77] },
  },
  methods: { precision: "wilson", recall: "wilson", f1: "bootstrap", accuracy: "wilson", macro_f1: "bootstrap" },
};

test("decode: per class pairs, NaN as null, nothing shown when no level", () => {
  const iv = decodeIntervals(INTERVALS, ["a", "b"]);
  assert.deepEqual(iv.perClass[0], { precision: [0.2, 0.8], recall: [0.05, 0.6], f1: [null, null] });
  assert.deepEqual(iv.summary["macro avg"].f1, [0.3, 0.75]);
  assert.equal(decodeIntervals({}, ["a", "b"]), null);
  assert.equal(decodeIntervals({ level: 0.9, stale: true }, ["a"]).stale, true);
  assert.equal(formatInterval(0.91, [0.88, 0.93]), "0.910 (0.880-0.930)");
  assert.equal(formatInterval(0.91, [null, null]), "0.910");
});

test("metrics table: each value with its interval, a whisker inside, a note of the methods", async () => {
  const env = makeDom();
  const source = stubSource({ display_labels: ["a", "b"], _matrix: matrixTrait([[1, 3], [1, 5]]), _metrics: METRICS, _intervals: INTERVALS });
  const ac = new AbortController();
  const view = createMetrics({ state: createState(source), dom: domOf(env.document), signal: ac.signal });
  env.host.append(view.el);
  view.el.open = true;
  view.update();
  const rows = [...view.el.querySelectorAll("tbody tr")];
  const cells = (tr) => [...tr.querySelectorAll("td")];
  const first = cells(rows[0]);
  assert.equal(first[0].firstChild.textContent, "0.500 (0.200-0.800)");
  assert.equal(first[2].textContent, "0.300");   // F1 without an interval (undefined): the value alone
  const whisker = first[0].querySelector(".cmw-whisker");
  assert.ok(whisker);
  assert.equal(whisker.querySelector(".cmw-whisker-bar").style.left, "20%");
  assert.equal(whisker.querySelector(".cmw-whisker-tick").style.left, "50%");
  assert.match(first[0].title, /90% interval 0\.200 to 0\.800 \(Wilson\)/);
  assert.equal(cells(rows[2])[2].firstChild.textContent, "0.700 (0.450-0.860)");   // accuracy
  assert.equal(cells(rows[4])[2].firstChild.textContent, "0.550 (0.300-0.750)");   // macro F1
  assert.match(cells(rows[4])[2].title, /bootstrap/);
  assert.match(view.el.querySelector(".cmw-interval-note").textContent, /90% intervals; Wilson/);

  // A page without a kernel at other counts: the values alone, and why.
  source.push("_intervals", { stale: true, level: 0.9 });
  await settle();
  assert.equal(cells(view.el.querySelectorAll("tbody tr")[0])[0].textContent, "0.500");
  assert.equal(view.el.querySelector(".cmw-whisker"), null);
  assert.match(view.el.querySelector(".cmw-interval-note").textContent, /saved threshold/);

  source.push("_intervals", {});
  await settle();
  assert.equal(view.el.querySelector(".cmw-interval-note").hidden, true);
  ac.abort();
  env.close();
});

test("calibration: reliability points, the ECE with its interval, and histogram lines that follow the threshold", async () => {
  const { createCalibration } = await import("../../js/uncertainty/calibration.js");
  const env = makeDom();
  const cal = {
    kind: "binary", x: f64([0.1, 0.5, 0.9]), y: f64([0.2, 0.4, 0.95]), n: f64([10, 5, 20]),
    ece: 0.0714, ece_low: 0.03, ece_high: 0.12, level: 0.95, n_bins: 10, strategy: "uniform",
    hist: { bins: 4, lo: 0, hi: 1, counts: f64([5, 3, 1, 0, 0, 2, 4, 9]) },
  };
  const source = stubSource({ display_labels: ["neg", "pos"], _matrix: matrixTrait([[1, 3], [1, 5]]), _calibration: cal,
    threshold: 0.5 });
  const ac = new AbortController();
  const view = createCalibration({ state: createState(source), dom: domOf(env.document), signal: ac.signal });
  env.host.append(view.el);
  assert.equal(view.el.hidden, false);
  assert.match(view.el.querySelector(".cmw-calibration-title").textContent, /ECE 0\.071 \(0\.030-0\.120\), 95% interval/);
  assert.equal(view.el.querySelectorAll(".cmw-reliability-point").length, 3);
  const rows = view.el.querySelectorAll(".cmw-histogram-row");
  assert.equal(rows.length, 2);
  assert.equal(rows[1].querySelector(".cmw-histogram-name").textContent, "pos");
  assert.equal(rows[0].querySelectorAll(".cmw-histogram-bar").length, 3);   // the empty bin draws nothing
  const lines = () => [...view.el.querySelectorAll(".cmw-threshold-line")].map((l) => Number(l.getAttribute("x1")));
  assert.deepEqual(lines(), [90, 90]);
  source.push("threshold", 0.25);
  await settle();
  assert.deepEqual(lines(), [45, 45]);
  source.push("_calibration", { note: "Calibration needs probabilities" });
  await settle();
  assert.match(view.el.textContent, /needs probabilities/);
  source.push("_calibration", {});
  await settle();
  assert.equal(view.el.hidden, true);
  ac.abort();
  env.close();
});

test("selected cell: its share of the row with the Wilson interval, following the normalisation", async () => {
  const { createCellInterval } = await import("../../js/uncertainty/cell_interval.js");
  const env = makeDom();
  const source = stubSource({ display_labels: ["a", "b"], _matrix: matrixTrait([[8, 2], [3, 7]]),
    _intervals: { ...INTERVALS, z: 1.6448536269514722 }, selected: [0, 1], normalize: null });
  const ac = new AbortController();
  const view = createCellInterval({ state: createState(source), dom: domOf(env.document), signal: ac.signal });
  env.host.append(view.el);
  assert.match(view.el.textContent, /^Share of its true row: 20\.0%, 90% interval /);
  source.push("normalize", "pred");
  await settle();
  assert.match(view.el.textContent, /^Share of its predicted column: 22\.2%/);
  source.push("selected", null);
  await settle();
  assert.equal(view.el.hidden, true);
  ac.abort();
  env.close();
});
