// A table counted in Dask or Spark: the summary, the spinner while the kernel answers, the slider
// over the score edges, and the drill-down hint without id=.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createSelection } from "../../js/matrix/selection.js";
import { createState } from "../../js/core/state.js";
import { createTable, pendingWork, tableSummary } from "../../js/ui/table.js";
import { createThreshold, edgeIndex } from "../../js/binary/threshold.js";
import { makeDom, matrixTrait, settle, stubSource } from "./dom_env.mjs";

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

const EDGES = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];
// from an unaligned offset, as a buffer inside a dict may arrive
function edgesView(values) {
  const buf = new ArrayBuffer(values.length * 8 + 3);
  const bytes = new Uint8Array(buf, 3);
  bytes.set(new Uint8Array(Float64Array.from(values).buffer));
  return new DataView(buf, 3, values.length * 8);
}
const TABLE = { engine: "Spark", rows: 50_000_000, ids: true, exact: EDGES.length, edges: edgesView(EDGES) };
const BINARY = { lo: 0, hi: 1, step: 0.001, threshold: 0.5, pos_index: 1, tp: 1, fp: 2, fn: 3, tn: 4 };

test("edgeIndex: the largest edge at or below the threshold", () => {
  const e = Float64Array.from(EDGES);
  assert.equal(edgeIndex(e, 0.5), 3);
  assert.equal(edgeIndex(e, 0.6), 3);
  assert.equal(edgeIndex(e, -1), 0);
  assert.equal(edgeIndex(e, 1), 6);
  assert.equal(edgeIndex(e, 0.0999), 0);
});

test("state: _table decodes its edges; no table without an engine", () => {
  const t = setup({ _table: TABLE });
  const table = t.state.get("table");
  assert.deepEqual(Array.from(table.edges), EDGES);
  assert.equal(table.engine, "Spark");
  assert.equal(setup({ _table: {} }).state.get("table"), null);
  assert.match(tableSummary(table), /Counted in Spark over 50,000,000 rows.*Exact at 7 thresholds/);
  assert.match(tableSummary({ ...table, ids: false, exact: 0 }), /Pass id= to list/);
  t.close();
});

test("threshold over a table: the slider steps through the edges and writes them exactly", async () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, _table: TABLE, _matrix: matrixTrait([[4, 2], [3, 1]]) });
  const thr = createThreshold(t.ctx);
  const slider = thr.el.querySelector("input.cmw-threshold");
  assert.equal(slider.max, "6");
  assert.equal(slider.step, "1");
  assert.equal(slider.value, "3");
  slider.value = "5";
  slider.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes, [["threshold", 0.9]]);
  t.source.push("threshold", 0.333);  // set from Python between edges: the slider sits at the edge below
  await settle();
  assert.equal(slider.value, "2");
  assert.equal(thr.el.querySelector(".cmw-threshold-value").textContent, "0.333");
  t.ac.abort();
  t.close();
});

test("table status: a spinner while the kernel has not answered a threshold or a click", async () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, _table: TABLE, _matrix: matrixTrait([[4, 2], [3, 1]]) });
  const status = createTable(t.ctx);
  const busy = status.el.querySelector(".cmw-busy");
  assert.equal(status.el.hidden, false);
  assert.equal(busy.hidden, true);
  t.source.push("threshold", 0.61);            // the page wrote it; the kernel is counting
  await settle();
  assert.equal(busy.hidden, false);
  assert.match(busy.textContent, /Spark: counting at threshold 0.61/);
  t.source.push("_binary", { ...BINARY, threshold: 0.61 });   // the answer
  await settle();
  assert.equal(busy.hidden, true);
  t.source.push("selected", [1, 0]);
  await settle();
  assert.match(busy.textContent, /listing the rows/);
  t.source.push("_selection", { i: 1, j: 0, total: 3, offset: 0, indices: [4, 8, 9], sentence: [] });
  await settle();
  assert.equal(pendingWork(t.state), null);
  assert.equal(busy.hidden, true);
  t.ac.abort();
  t.close();
});

test("selection without id=: the panel says drill-down needs an id column", () => {
  const t = setup({ _table: { ...TABLE, ids: false }, _matrix: matrixTrait([[4, 2], [3, 1]]),
    _selection: { i: 0, j: 1, available: false, sentence: [{ text: "2 samples" }] } });
  const sel = createSelection(t.ctx);
  assert.match(sel.el.textContent, /needs an id column: pass id=.*stay in Spark/);
  t.ac.abort();
  t.close();
});

test("no table: nothing shown, the slider keeps its values", () => {
  const t = setup({ _binary: BINARY, threshold: 0.5, _matrix: matrixTrait([[4, 2], [3, 1]]) });
  const status = createTable(t.ctx);
  assert.equal(status.el.hidden, true);
  const thr = createThreshold(t.ctx);
  assert.equal(thr.el.querySelector("input.cmw-threshold").max, "1");
  t.ac.abort();
  t.close();
});
