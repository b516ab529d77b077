// The zoom window of large matrices: layout, hit-testing and window moves. Expected values are
// worked out by hand in the comments, not copied from the module.
import { test } from "node:test";
import assert from "node:assert/strict";

import {
  MAX_GRID, MIN_CELL, MAX_CELL,
  computeLayout, hitTest, tickIndices, tickAt,
  fullView, canZoom, minViewSize, clampView, zoomView, panView, followCursor, viewAnchor,
  wheelFactor, viewText,
} from "../../js/matrix/geometry.js";

const approx = (a, b, eps = 1e-12) => assert.ok(Math.abs(a - b) <= eps, `${a} != ${b}`);

// Rows that some whole CSS pixel of the grid falls in: what a mouse can reach along one axis.
function reachableRows(L) {
  const rows = new Set();
  for (let p = Math.ceil(L.y0); p < L.y0 + L.grid; p++) {
    const hit = hitTest(L.x0 + 1, p, L);
    if (hit) rows.add(hit[0]);
  }
  return rows;
}

// --------------------------------------------------------------------- when zoom is offered

test("zoom is offered only when the cells of the whole matrix would be small", () => {
  assert.equal(MIN_CELL, 6);
  assert.equal(canZoom(1000, 800), true);     // 6000 px wanted
  assert.equal(canZoom(133, 800), false);     // 798 <= 800
  assert.equal(canZoom(134, 800), true);      // 804 > 800
  assert.equal(canZoom(100, 548), true);      // 600 > 548: a narrow page
  assert.equal(canZoom(5, 800), false);
  assert.equal(canZoom(0, 800), false);
});

test("the smallest window fills the grid with the largest cells", () => {
  assert.equal(MAX_CELL, 64);
  assert.equal(minViewSize(1000, 800), 13);   // 800 / 64 = 12.5 -> 13
  assert.equal(minViewSize(1000, 120), 2);    // 120 / 64 = 1.9 -> 2
  assert.equal(minViewSize(5, 800), 5);       // never more than K
  assert.deepEqual(fullView(1000), { r0: 0, c0: 0, v: 1000 });
});

// ------------------------------------------------------------------------- layout, hits

test("layout of a window: cells sized for the rows shown", () => {
  // x0 = 8 + 20 + 30 + 6 = 64; room = min(800, 1200 - 64 - 50 - 8) = 800.
  const opts = { yLabelWidth: 30, rightWidth: 50 };
  const L = computeLayout(1000, 1200, { ...opts, view: { r0: 100, c0: 200, v: 250 } });
  assert.equal(L.k, 1000);
  assert.equal(L.v, 250);
  assert.equal(L.r0, 100);
  assert.equal(L.c0, 200);
  assert.equal(L.room, 800);
  assert.equal(L.cell, 3.2);                  // 800 / 250, fractional: drawn from the bitmap
  assert.equal(L.grid, 800);
  // 13 rows: 61.5 px -> whole 61 px cells, a 793 px grid.
  const big = computeLayout(1000, 1200, { ...opts, view: { r0: 0, c0: 0, v: 13 } });
  assert.equal(big.cell, 61);
  assert.equal(big.grid, 793);
  // Without a window the grid shows everything, as before.
  const all = computeLayout(1000, 1200, opts);
  assert.equal(all.v, 1000);
  assert.equal(all.r0, 0);
  assert.equal(all.cell, 0.8);
  assert.equal(all.grid, MAX_GRID);
});

test("hitTest goes through the window", () => {
  const L = { k: 1000, v: 200, r0: 100, c0: 300, cell: 4, x0: 64, y0: 8, grid: 800 };
  assert.deepEqual(hitTest(64, 8, L), [100, 300]);
  // 3 cells right (+ 1 px), 7 cells down (+ 3 px): row 107, column 303.
  assert.deepEqual(hitTest(64 + 4 * 3 + 1, 8 + 4 * 7 + 3, L), [107, 303]);
  assert.deepEqual(hitTest(64 + 799.9, 8 + 799.9, L), [299, 499]);
  assert.equal(hitTest(64 + 800, 10, L), null);
  assert.equal(hitTest(63.9, 10, L), null);
  assert.equal(hitTest(70, 8 + 800, L), null);
});

test("at 0.8 px a fifth of the rows get no whole pixel; a window of 250 reaches them all", () => {
  const opts = { yLabelWidth: 30, rightWidth: 50 };
  const all = computeLayout(1000, 1200, opts);
  const before = reachableRows(all);
  // 800 whole pixels for 1000 rows: at most 800 rows can be hit.
  assert.equal(before.size, 800);
  // Pixels 0..3 of every 4 px fall in rows 0..3 of every 5: row 5n + 4 is never hit.
  for (const i of [4, 604, 999]) assert.ok(!before.has(i), `row ${i} reachable at 0.8 px`);
  const L = computeLayout(1000, 1200, { ...opts, view: { r0: 500, c0: 300, v: 250 } });
  const after = reachableRows(L);
  assert.equal(after.size, 250);
  for (let i = 500; i < 750; i++) assert.ok(after.has(i), `row ${i} not reachable at 3.2 px`);
});

// ------------------------------------------------------------------------ window moves

test("clampView keeps a whole-number window inside the matrix", () => {
  assert.deepEqual(clampView({ r0: -5.2, c0: 990.6, v: 20.4 }, 1000, 13), { r0: 0, c0: 980, v: 20 });
  assert.deepEqual(clampView({ r0: 3, c0: 4, v: 2 }, 1000, 13), { r0: 3, c0: 4, v: 13 });
  assert.deepEqual(clampView({ r0: 3, c0: 4, v: 5000 }, 1000, 13), { r0: 0, c0: 0, v: 1000 });
  assert.deepEqual(clampView(null, 1000, 13), { r0: 0, c0: 0, v: 1000 });
  assert.deepEqual(clampView({ r0: 1, c0: 1, v: 2 }, 5, 13), { r0: 0, c0: 0, v: 5 });   // vMin > K
  assert.deepEqual(clampView({ r0: 1, c0: 1, v: 2 }, 0, 13), { r0: 0, c0: 0, v: 0 });
});

test("zoomView keeps the anchor where it is on the screen", () => {
  const all = { r0: 0, c0: 0, v: 1000 };
  // Around the middle: 500 rows, starting 500 - 500 * (500 / 1000) = 250.
  assert.deepEqual(zoomView(all, 2, [500, 500], 1000, 13), { r0: 250, c0: 250, v: 500 });
  // Without an anchor: around the middle of the window.
  assert.deepEqual(zoomView(all, 2, null, 1000, 13), { r0: 250, c0: 250, v: 500 });
  // Row anchor 100.5 sits 100.5 / 1000 down: 100.5 - 100.5 / 2 = 50.25 -> 50.
  // Column anchor 900.25: 900.25 - 450.125 = 450.125 -> 450.
  assert.deepEqual(zoomView(all, 2, [100.5, 900.25], 1000, 13), { r0: 50, c0: 450, v: 500 });
  // Down to the smallest window: 20 / 4 = 5 -> 13; 20 - (20 - 10) * 13 / 20 = 13.5 -> 14.
  assert.deepEqual(zoomView({ r0: 10, c0: 10, v: 20 }, 4, [20, 20], 1000, 13), { r0: 14, c0: 14, v: 13 });
  // Out near the bottom edge: 200 rows from 950 - 50 * 2 = 850, held at 1000 - 200 = 800;
  // columns from 50 - 100 = -50, held at 0.
  assert.deepEqual(zoomView({ r0: 900, c0: 0, v: 100 }, 0.5, null, 1000, 13), { r0: 800, c0: 0, v: 200 });
  // Out past K shows everything.
  assert.deepEqual(zoomView({ r0: 300, c0: 300, v: 600 }, 0.5, null, 1000, 13), { r0: 0, c0: 0, v: 1000 });
  // Already at the smallest window: nothing moves, whatever the anchor.
  assert.deepEqual(zoomView({ r0: 7, c0: 9, v: 13 }, 2, [0, 0], 1000, 13), { r0: 7, c0: 9, v: 13 });
});

test("zooming in again and again around a point keeps it in place", () => {
  let view = { r0: 0, c0: 0, v: 1000 };
  const anchor = [612.3, 404.8];
  for (let n = 0; n < 5; n++) {
    const next = zoomView(view, 2, anchor, 1000, 13);
    // The anchor keeps its fraction of the window to within one row.
    const before = (anchor[0] - view.r0) / view.v;
    const after = (anchor[0] - next.r0) / next.v;
    assert.ok(Math.abs(before - after) * next.v <= 0.5 + 1e-9, JSON.stringify([view, next]));
    assert.ok(next.r0 <= anchor[0] && anchor[0] <= next.r0 + next.v);
    assert.ok(next.c0 <= anchor[1] && anchor[1] <= next.c0 + next.v);
    view = next;
  }
  assert.equal(view.v, 32);   // 1000 -> 500 -> 250 -> 125 -> 63 (62.5 rounds up) -> 32 (31.5 rounds up)
});

test("panView moves by whole rows and stops at the edges", () => {
  const view = { r0: 100, c0: 200, v: 250 };
  assert.deepEqual(panView(view, 10.4, -3.6, 1000, 13), { r0: 110, c0: 196, v: 250 });
  assert.deepEqual(panView(view, 5000, -5000, 1000, 13), { r0: 750, c0: 0, v: 250 });
  assert.deepEqual(panView(view, 0, 0, 1000, 13), view);
});

test("followCursor moves the window the least to show the cursor", () => {
  const view = { r0: 100, c0: 200, v: 50 };
  // Row 90 is above: the window starts at it. Column 260 is right: it ends at it (260 - 49 = 211).
  assert.deepEqual(followCursor(view, [90, 260], 1000, 13), { r0: 90, c0: 211, v: 50 });
  assert.deepEqual(followCursor(view, [120, 220], 1000, 13), view);
  assert.deepEqual(followCursor(view, [149, 200], 1000, 13), view);     // last row, first column
  assert.deepEqual(followCursor(view, [150, 199], 1000, 13), { r0: 101, c0: 199, v: 50 });
  assert.deepEqual(followCursor(view, null, 1000, 13), view);
});

test("viewAnchor reads a canvas point in class units, held inside the window", () => {
  const L = { k: 1000, v: 200, r0: 100, c0: 300, cell: 4, x0: 64, y0: 8, grid: 800 };
  // 30 px down = 7.5 rows, 18 px right = 4.5 columns.
  assert.deepEqual(viewAnchor(64 + 18, 8 + 30, L), [107.5, 304.5]);
  assert.deepEqual(viewAnchor(0, 0, L), [100, 300]);
  assert.deepEqual(viewAnchor(5000, 5000, L), [300, 500]);
});

test("wheelFactor: a notch up zooms in by sqrt(2), down zooms out as much, at most 2x", () => {
  approx(wheelFactor(-100, 0), Math.SQRT2);
  approx(wheelFactor(100, 0), Math.SQRT1_2);
  approx(wheelFactor(-3, 1), 2 ** (48 / 200));   // 3 lines of 16 px
  assert.equal(wheelFactor(-1, 2), 2);            // a page: clamped
  assert.equal(wheelFactor(1000, 0), 0.5);
  assert.equal(wheelFactor(0, 0), 1);
  assert.equal(wheelFactor(Number.NaN, 0), 1);
});

test("ticks and tick hits inside a window", () => {
  assert.deepEqual(tickIndices(60, 20, 120), [120, 140, 160]);
  assert.deepEqual(tickIndices(60, 20, 125), [140, 160, 180]);
  assert.deepEqual(tickIndices(10, 5), [0, 5]);
  assert.deepEqual(tickIndices(3, 5, 6), []);
  // Rows 125..184 at 10 px, labels every 20: 140 is centred at (140 - 125 + 0.5) * 10 = 155 px.
  assert.equal(tickAt(155, 10, 20, 1000, 7, 125, 60), 140);
  assert.equal(tickAt(360, 10, 20, 1000, 7, 125, 60), 160);    // 160's centre is 355: 5 px off
  assert.equal(tickAt(0, 10, 20, 1000, 7, 125, 60), -1);       // 155 px from the nearest label
  assert.equal(tickAt(590, 10, 20, 1000, 7, 125, 60), -1);     // 180's centre is 555
  assert.equal(tickAt(25, 10, 1, 1000, 7, 10, 5), 12);         // rows 10..14, px 25 is row 12
  assert.equal(tickAt(5, 10, 20, 1000, 7, 121, 10), -1);       // no label in rows 121..130
});

test("viewText names the rows and columns shown", () => {
  assert.equal(viewText({ r0: 120, c0: 40, v: 60 }, 1000), "rows 120-179, columns 40-99 of 1000");
  assert.equal(viewText({ r0: 0, c0: 0, v: 1000 }, 1000), "rows 0-999, columns 0-999 of 1000");
});
