// The words of a cell: the tooltip's lines, and what they say of the "(other)" row and column.
import { test } from "node:test";
import assert from "node:assert/strict";

import { describeCell, gathered } from "../../js/matrix/cell_text.js";

const ITEMS = [
  { kind: "class", index: 2, members: [2] },
  { kind: "class", index: 0, members: [0] },
  { kind: "other", index: -1, members: [1, 3, 4] },
];
const STATE = {
  k: 3, labels: ["cat", "ant", "(other)"], items: ITEMS, abstained: null, countDigits: 0,
  counts: Float64Array.from([5, 1, 2, 0, 4, 3, 1, 2, 9]), values: null, fmt: { kind: "count" }, normalize: null,
};
const get = (key) => STATE[key];

test("a cell of (other) says how many classes it gathers", () => {
  assert.equal(gathered(get, 2), 3);
  assert.equal(gathered(get, 0), 0);
  assert.equal(describeCell(get, [2, 0]), "True: (other), 3 classes\nPredicted: cat\nCount: 1");
  assert.equal(describeCell(get, [0, 2]), "True: cat\nPredicted: (other), 3 classes\nCount: 2");
  assert.equal(describeCell(get, [1, 1]), "True: ant\nPredicted: ant\nCount: 4");
});

test("without display items (the plain matrix) a cell names its classes only", () => {
  const plain = (key) => (key === "items" ? undefined : STATE[key]);
  assert.equal(gathered(plain, 2), 0);
  assert.equal(describeCell(plain, [2, 2]), "True: (other)\nPredicted: (other)\nCount: 9");
});
