// Where the score views go: beside the matrix when it keeps the room it draws at, else under it.
import assert from "node:assert/strict";
import { test } from "node:test";

import { MIN_GRID, computeLayout, gridForHeight } from "../../js/matrix/geometry.js";
import { matrixRoom } from "../../js/widget.js";

test("a 2x2 matrix keeps its full-size cells beside the two curves in a notebook's width", () => {
  const room = matrixRoom(900, 452, 2);
  assert.equal(room, 900 - 452 - 16);
  // At that room the cells are as large as they ever get.
  assert.equal(computeLayout(2, room, { yLabelWidth: 60, rightWidth: 40 }).cell, computeLayout(2, 2000).cell);
});

test("a large matrix keeps the row: the views go under it", () => {
  assert.equal(matrixRoom(1200, 480, 1000), 1200);
  assert.equal(matrixRoom(900, 520, 10), 900);
});

test("nothing beside (labels only) or too narrow a row: the whole width", () => {
  assert.equal(matrixRoom(900, 0, 2), 900);
  assert.equal(matrixRoom(600, 452, 2), 600);
});

test("the grid shrinks so that the canvas fits a height, never below MIN_GRID", () => {
  for (const [k, width, extra] of [[3, 900, 0], [10, 1000, 0], [20, 1000, 1], [10, 470, 0]]) {
    const opts = { yLabelWidth: 60, rightWidth: 60, xLabelHeight: 40, extra };
    const free = computeLayout(k, width, opts);
    assert.equal(gridForHeight(free, Infinity), undefined);
    assert.equal(gridForHeight(free, free.height), undefined);
    for (const height of [free.height - 100, free.height - 250, 200]) {
      const fitted = computeLayout(k, width, { ...opts, maxGrid: gridForHeight(free, height) });
      if (fitted.grid > MIN_GRID) assert.ok(fitted.height <= height, `${k} classes: ${fitted.height} > ${height}`);
      assert.ok(fitted.grid >= Math.min(free.grid, MIN_GRID) - k, `${k} classes: grid ${fitted.grid}`);
      assert.ok(fitted.grid < free.grid);
    }
  }
});
