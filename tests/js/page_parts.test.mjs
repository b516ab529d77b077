// The stand-ins of feature modules in the saved view's core (js/page/parts.js): a component whose
// chunk has not run is an empty hidden element; once the chunk's modules are in its build's parts,
// the stand-in calls the real export with the same arguments.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { part } from "../../js/page/parts.js";
import { makeDom } from "./dom_env.mjs";

test("a component of a chunk not loaded is an empty hidden element that tears down", () => {
  const { document, host, close } = makeDom();
  globalThis.cmwBuilds = {};
  try {
    const create = part("binary/threshold.js", "createThreshold");
    const made = create({ dom: domOf(document) });
    host.append(made.el);
    assert.equal(made.el.hidden, true);
    assert.equal(made.el.childNodes.length, 0);
    made.update();
    made.destroy();
    assert.equal(host.childNodes.length, 0);
    // an export that is no component cannot stand in for nothing
    assert.throws(() => part("binary/threshold.js", "edgeIndex")([1, 2], 1.5), /threshold\.js is not loaded/);
  } finally {
    delete globalThis.cmwBuilds;
    close();
  }
});

test("once the chunk has run, the stand-in is the real export", () => {
  const calls = [];
  globalThis.cmwBuilds = {
    dev: { parts: { "binary/threshold.js": { edgeIndex: (...args) => (calls.push(args), 7) } } },
  };
  try {
    assert.equal(part("binary/threshold.js", "edgeIndex")([0, 1], 0.5), 7);
    assert.deepEqual(calls, [[[0, 1], 0.5]]);
    // another build's parts are not this build's
    globalThis.cmwBuilds = { other: globalThis.cmwBuilds.dev };
    assert.throws(() => part("binary/threshold.js", "edgeIndex")([0, 1], 0.5), /threshold\.js is not loaded/);
  } finally {
    delete globalThis.cmwBuilds;
  }
});
