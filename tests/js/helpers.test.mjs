// Pure helpers of the front end. Expected values are worked out by hand in the comments,
// not copied from the module.
import { test } from "node:test";
import assert from "node:assert/strict";

import widget from "../../js/widget.js";
import { greyLut, lutColor, contrastColor, textColor, buildRgba } from "../../js/core/colors.js";
import {
  CMAPS, NORMALIZE_OPTIONS, formatCount, formatValue, cellText, formatMetric, stepDecimals, cmapParts, cmapName,
  parseSelected, pageInfo,
} from "../../js/core/format.js";
import {
  MAX_CELL, MAX_GRID, computeLayout, hitTest, tickStep, tickIndices, tickAt, truncateText, nextCursor,
} from "../../js/matrix/geometry.js";
import { toUint8, toFloat64, throttle } from "../../js/core/util.js";

// ------------------------------------------------------------------------ module shape

test("the module loads without a DOM and exports render", () => {
  assert.equal(typeof globalThis.document, "undefined");
  assert.equal(typeof widget.render, "function");
});

test("curated colormaps and normalisation choices", () => {
  for (const name of ["Blues", "Greens", "Oranges", "Purples", "Reds", "Greys", "viridis", "plasma",
    "inferno", "magma", "cividis", "YlGnBu", "YlOrRd", "RdPu", "BuPu"]) {
    assert.ok(CMAPS.includes(name), name);
  }
  assert.equal(new Set(CMAPS).size, CMAPS.length);
  assert.ok(CMAPS.every((n) => !n.endsWith("_r")));
  assert.deepEqual(NORMALIZE_OPTIONS.map((o) => o.value), [null, "true", "pred", "all"]);
});

// --------------------------------------------------------------------------- decoding

test("toFloat64 reads little-endian doubles at an unaligned offset", () => {
  const vals = [0, 1.5, -2.25, 1e300, 19, Number.MIN_VALUE];
  const buf = new ArrayBuffer(3 + 8 * vals.length + 5);
  const dv = new DataView(buf);
  vals.forEach((v, p) => dv.setFloat64(3 + 8 * p, v, true));
  const view = new DataView(buf, 3, 8 * vals.length);
  const out = toFloat64(view);
  assert.ok(out instanceof Float64Array);
  assert.deepEqual(Array.from(out), vals);
  dv.setFloat64(3, 42, true);           // the result is a copy
  assert.equal(out[0], 0);
});

test("toFloat64 ignores a trailing partial value and accepts typed arrays and null", () => {
  const buf = new ArrayBuffer(1 + 8 + 3);
  new DataView(buf).setFloat64(1, 7.75, true);
  assert.deepEqual(Array.from(toFloat64(new Uint8Array(buf, 1, 11))), [7.75]);
  assert.equal(toFloat64(null).length, 0);
  assert.equal(toFloat64(undefined).length, 0);
  assert.deepEqual(Array.from(toFloat64([1, 2.5])), [1, 2.5]);
});

test("toUint8 copies the viewed bytes only", () => {
  const src = Uint8Array.from([9, 9, 9, 9, 9, 1, 2, 3, 250, 9]);
  const out = toUint8(new DataView(src.buffer, 5, 4));
  assert.deepEqual(Array.from(out), [1, 2, 3, 250]);
  src[5] = 0;
  assert.equal(out[0], 1);
  assert.equal(out.byteOffset, 0);
  assert.deepEqual(Array.from(toUint8(src.buffer.slice(8))), [250, 9]);
  assert.equal(toUint8(null).length, 0);
});

// ----------------------------------------------------------------------------- colour

function lutWith(entries) {
  const lut = new Uint8Array(1024);
  for (const [idx, rgba] of Object.entries(entries)) lut.set(rgba, 4 * Number(idx));
  return lut;
}

test("lutColor gives the css colour of an entry", () => {
  const lut = lutWith({ 0: [255, 255, 255, 255], 2: [10, 20, 30, 128], 255: [8, 48, 107, 255] });
  assert.equal(lutColor(lut, 0), "rgba(255,255,255,1)");
  assert.equal(lutColor(lut, 2), "rgba(10,20,30,0.502)");      // 128/255 = 0.50196
  assert.equal(lutColor(lut, 255), "rgba(8,48,107,1)");
  assert.equal(lutColor(new Uint8Array(4), 3), "rgba(128,128,128,1)");   // short table
});

test("greyLut runs from white to black", () => {
  const g = greyLut();
  assert.deepEqual(Array.from(g.slice(0, 4)), [255, 255, 255, 255]);
  assert.deepEqual(Array.from(g.slice(1020)), [0, 0, 0, 255]);
});

test("contrastColor picks the more contrasting of black and white", () => {
  assert.equal(contrastColor(0, 0, 0), "#ffffff");
  assert.equal(contrastColor(255, 255, 255), "#000000");
  assert.equal(contrastColor(255, 255, 0), "#000000");   // yellow is light
  assert.equal(contrastColor(0, 0, 128), "#ffffff");     // navy is dark
  // Greys either side of the crossover (luminance ~0.179): 118 -> L=0.1812, 116 -> L=0.1746.
  assert.equal(contrastColor(118, 118, 118), "#000000");
  assert.equal(contrastColor(116, 116, 116), "#ffffff");
});

test("textColor follows _lut_text and falls back to the lut", () => {
  const lutText = new Uint8Array(256);
  lutText[200] = 1;
  const lut = lutWith({ 5: [0, 0, 0, 255], 6: [255, 255, 255, 255] });
  assert.equal(textColor(lutText, lut, 200), "#ffffff");
  assert.equal(textColor(lutText, lut, 5), "#000000");       // the table wins over the colour
  assert.equal(textColor(new Uint8Array(0), lut, 5), "#ffffff");
  assert.equal(textColor(null, lut, 6), "#000000");
});

test("buildRgba lays out one pixel per cell in row-major order", () => {
  const lut = lutWith({ 0: [1, 2, 3, 4], 1: [5, 6, 7, 8], 2: [9, 10, 11, 12] });
  const px = buildRgba(Uint8Array.from([2, 0, 1, 2]), lut, 4);
  assert.ok(px instanceof Uint8ClampedArray);
  assert.deepEqual(Array.from(px), [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

// ------------------------------------------------------------------------- formatting

test("formatValue per _fmt kind", () => {
  assert.equal(formatValue(19, { kind: "int", digits: 0 }), "19");
  assert.equal(formatValue(18.6, { kind: "int", digits: 0 }), "19");
  assert.equal(formatValue(1 / 3, { kind: "float", digits: 2 }), "0.33");
  assert.equal(formatValue(0.09, { kind: "percent", digits: 1 }), "9.0%");
  assert.equal(formatValue(0.5, { kind: "percent", digits: 1 }), "50.0%");
  assert.equal(formatValue(1, { kind: "percent", digits: 0 }), "100%");
  assert.equal(formatValue(0, { kind: "percent", digits: 2 }), "0.00%");
  assert.equal(formatValue(Number.NaN, { kind: "float", digits: 2 }), "–");
  assert.equal(formatValue(-0.2, { kind: "int" }), "0");
});

test("counts are integers unless weighted", () => {
  assert.equal(formatCount(19), "19");
  assert.equal(formatCount(1234567), "1234567");
  assert.equal(formatCount(19.5, 2), "19.50");
  assert.equal(formatCount(Infinity), "–");
});

test("cellText shows a percentage with the count beside it", () => {
  const pct = { kind: "percent", digits: 1 };
  assert.deepEqual(cellText(0.09, 19, pct, 0), { main: "9.0%", sub: "(19)" });
  assert.deepEqual(cellText(0.25, 19.5, pct, 2), { main: "25.0%", sub: "(19.50)" });
  assert.deepEqual(cellText(19, 19, { kind: "int", digits: 0 }, 0), { main: "19", sub: "" });
});

test("formatMetric and stepDecimals", () => {
  assert.equal(formatMetric(0.91234), "0.912");
  assert.equal(formatMetric(1), "1.000");
  assert.equal(formatMetric(null), "–");
  assert.equal(stepDecimals(0.001), 3);
  assert.equal(stepDecimals(0.25), 2);
  assert.equal(stepDecimals(1), 0);
  assert.equal(stepDecimals(1e-5), 5);
  assert.equal(stepDecimals(1e-9), 6);
  assert.equal(stepDecimals(0), 2);
});

test("cmap names and the reverse suffix", () => {
  assert.deepEqual(cmapParts("Blues"), { base: "Blues", reversed: false });
  assert.deepEqual(cmapParts("viridis_r"), { base: "viridis", reversed: true });
  assert.equal(cmapName("Greens", true), "Greens_r");
  assert.equal(cmapName("Greens", false), "Greens");
});

// ------------------------------------------------------------------------------ layout

test("layout for 10 classes in 700 px", () => {
  // left = 8 pad + 20 title + 50 labels + 6 gap = 84; room = 700 - 84 - 60 - 8 = 548 -> 54.8 -> 54.
  const L = computeLayout(10, 700, { yLabelWidth: 50, rightWidth: 60, xLabelHeight: 14 });
  assert.equal(L.x0, 84);
  assert.equal(L.y0, 8);
  assert.equal(L.cell, 54);
  assert.equal(L.grid, 540);
  assert.equal(L.width, 84 + 540 + 60 + 8);
  assert.equal(L.height, 8 + 540 + 6 + 14 + 20 + 8);
});

test("layout caps the cell size and the grid size", () => {
  assert.equal(computeLayout(2, 700, { yLabelWidth: 50, rightWidth: 60 }).cell, MAX_CELL);
  const big = computeLayout(1000, 1200, { yLabelWidth: 30, rightWidth: 50 });
  assert.equal(big.grid, MAX_GRID);
  assert.equal(big.cell, 0.8);
  assert.equal(big.x0, 64);
  // 100 classes in 548 px: 5.48 px cells stay fractional (drawn as a bitmap).
  assert.equal(computeLayout(100, 700, { yLabelWidth: 50, rightWidth: 60 }).cell, 5.48);
  // A very narrow container still gets a 120 px grid.
  assert.equal(computeLayout(3, 100, {}).cell, 40);
  assert.equal(computeLayout(0, 700, {}).grid, 0);
});

test("hitTest maps points to [row, column] and the outside to null", () => {
  const L = { k: 10, cell: 54, x0: 84, y0: 8, grid: 540 };
  assert.deepEqual(hitTest(84, 8, L), [0, 0]);
  assert.deepEqual(hitTest(84 + 54 * 3 + 1, 8 + 54 * 7 + 53, L), [7, 3]);
  assert.deepEqual(hitTest(623.9, 547.9, L), [9, 9]);
  assert.equal(hitTest(83.9, 100, L), null);
  assert.equal(hitTest(84 + 540, 10, L), null);
  assert.equal(hitTest(100, 8 + 540, L), null);
  assert.equal(hitTest(100, 7, L), null);
  assert.equal(hitTest(100, 100, null), null);
  const tiny = { k: 1000, cell: 0.8, x0: 64, y0: 8, grid: 800 };
  assert.deepEqual(hitTest(64 + 400.1, 8 + 200.1, tiny), [250, 500]);
  assert.deepEqual(hitTest(64 + 799.99, 8 + 799.99, tiny), [999, 999]);
});

test("tick thinning steps through 1, 2, 5, 10, 20, 50", () => {
  assert.equal(tickStep(1000, 0.8, 14), 20);   // 10 * 0.8 = 8 < 14 <= 20 * 0.8
  assert.equal(tickStep(10, 54, 14), 1);
  assert.equal(tickStep(100, 5.48, 14), 5);    // 2 * 5.48 < 14 <= 5 * 5.48
  assert.equal(tickStep(200, 4, 14), 5);       // 5 * 4 = 20 >= 14
  assert.equal(tickStep(1, 0.5, 14), 1);
  assert.deepEqual(tickIndices(10, 2), [0, 2, 4, 6, 8]);
  assert.deepEqual(tickIndices(3, 5), [0]);
  assert.equal(tickIndices(1000, 20).length, 50);
});

test("tickAt finds the drawn label nearest to a point", () => {
  assert.equal(tickAt(25, 10, 1, 5, 7), 2);
  assert.equal(tickAt(-1, 10, 1, 5, 7), 0);     // 6 px above row 0's centre
  assert.equal(tickAt(-3, 10, 1, 5, 7), -1);    // 8 px: too far
  assert.equal(tickAt(32.4, 0.8, 20, 1000, 7), 40);        // centre of row 40
  assert.equal(tickAt(37.4, 0.8, 20, 1000, 7), 40);        // 5 px below it
  assert.equal(tickAt(40.4, 0.8, 20, 1000, 7), -1);        // between labels 40 and 60
  assert.equal(tickAt(799, 0.8, 20, 1000, 7), -1);         // past the last label (980)
});

test("truncateText keeps what fits and adds an ellipsis", () => {
  const measure = (s) => Array.from(s).length * 7;
  assert.equal(truncateText("abcdefghij", 70, measure), "abcdefghij");
  assert.equal(truncateText("abcdefghij", 50, measure), "abcdef…");   // 7 chars * 7 = 49
  assert.equal(truncateText("abcdefghij", 5, measure), "…");
  assert.equal(truncateText("😀😀😀", 14, measure), "😀…");             // never splits a code point
});

// ---------------------------------------------------------------------------- throttle

function fakeClock() {
  const c = { t: 0, timers: new Map(), next: 1 };
  c.now = () => c.t;
  c.setTimeout = (fn, ms) => { c.timers.set(c.next, { fn, at: c.t + ms }); return c.next++; };
  c.clearTimeout = (id) => { c.timers.delete(id); };
  c.advance = (to) => {
    for (;;) {
      const due = [...c.timers].filter(([, v]) => v.at <= to).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      c.timers.delete(due[0]);
      c.t = due[1].at;
      due[1].fn();
    }
    c.t = to;
  };
  return c;
}

test("throttle: first call at once, then the latest value once per window", () => {
  const clock = fakeClock();
  const calls = [];
  const f = throttle((v) => calls.push([v, clock.t]), 60, clock);
  f("a");                         // t=0: immediate
  clock.advance(10); f("b");      // pending, due at 60
  clock.advance(30); f("c");      // replaces b
  assert.deepEqual(calls, [["a", 0]]);
  clock.advance(59);
  assert.deepEqual(calls, [["a", 0]]);
  clock.advance(60);
  assert.deepEqual(calls, [["a", 0], ["c", 60]]);
  clock.advance(120); f("x");     // exactly one window after c: immediate
  assert.deepEqual(calls.at(-1), ["x", 120]);
  clock.advance(200); f("d");     // window long passed: immediate
  clock.advance(210); f("e");
  f.cancel();                     // e dropped
  clock.advance(400);
  assert.deepEqual(calls.map((x) => x[0]), ["a", "c", "x", "d"]);
  clock.advance(410); f("g");     // immediate (last call at 200)
  clock.advance(420); f("h");
  f.flush();                      // h now, not at 470
  assert.deepEqual(calls.slice(-2), [["g", 410], ["h", 420]]);
  clock.advance(1000);
  assert.equal(calls.length, 6);
});

test("throttle keeps at most one call per window with real timers", async () => {
  const calls = [];
  const f = throttle((v) => calls.push(v), 40);
  for (let v = 1; v <= 5; v++) f(v);
  assert.deepEqual(calls, [1]);
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(calls, [1, 5]);
});

// ------------------------------------------------------------------- keys and selection

test("nextCursor moves and clamps inside the matrix", () => {
  assert.deepEqual(nextCursor(null, "ArrowDown", 5), [0, 0]);
  assert.deepEqual(nextCursor([0, 0], "ArrowUp", 5), [0, 0]);
  assert.deepEqual(nextCursor([2, 3], "ArrowRight", 5), [2, 4]);
  assert.deepEqual(nextCursor([2, 4], "ArrowRight", 5), [2, 4]);
  assert.deepEqual(nextCursor([2, 3], "ArrowLeft", 5), [2, 2]);
  assert.deepEqual(nextCursor([2, 3], "ArrowDown", 5, 10), [4, 3]);
  assert.deepEqual(nextCursor([2, 3], "Home", 5), [2, 0]);
  assert.deepEqual(nextCursor([2, 3], "End", 5), [2, 4]);
  assert.deepEqual(nextCursor([15, 3], "PageUp", 50), [5, 3]);
  assert.deepEqual(nextCursor([2, 3], "a", 5), [2, 3]);
  assert.equal(nextCursor(null, "Enter", 5), null);
});

test("parseSelected accepts only an in-range pair of integers", () => {
  assert.deepEqual(parseSelected([1, 2], 3), [1, 2]);
  assert.equal(parseSelected([3, 0], 3), null);
  assert.equal(parseSelected([-1, 0], 3), null);
  assert.equal(parseSelected([1.5, 0], 3), null);
  assert.equal(parseSelected([1, 2, 3], 4), null);
  assert.equal(parseSelected(null, 3), null);
  assert.equal(parseSelected("1,2", 3), null);
});

test("pageInfo for a middle page, the last page and an empty cell", () => {
  const page = (offset, n, total) => ({
    offset, total, page_size: 50, indices: Array.from({ length: n }, (_, p) => 1000 + offset + p),
  });
  assert.deepEqual(pageInfo(page(50, 50, 203)), {
    first: 51, last: 100, total: 203, hasMore: true, hasPrev: true, nextOffset: 100, prevOffset: 0,
  });
  const last = pageInfo(page(200, 3, 203));
  assert.equal(last.first, 201);
  assert.equal(last.last, 203);
  assert.equal(last.hasMore, false);
  assert.equal(last.prevOffset, 150);
  const first = pageInfo(page(0, 50, 51));
  assert.equal(first.hasPrev, false);
  assert.equal(first.hasMore, true);
  assert.equal(first.nextOffset, 50);
  const empty = pageInfo(page(0, 0, 0));
  assert.equal(empty.first, 0);
  assert.equal(empty.last, 0);
  assert.equal(empty.hasMore, false);
});
