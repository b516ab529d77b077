// The ranking controls and the marks of likely label errors: decoding, the menu's intent,
// the panel's list, and the marks in display order.
import { test } from "node:test";
import assert from "node:assert/strict";

import { domOf } from "../../js/ui/dom.js";
import { createRank } from "../../js/rank/rank.js";
import { decodeIssues, displayedIssues, rankName } from "../../js/rank/rank_codec.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

const u32 = (values) => new Uint8Array(Uint32Array.from(values).buffer);
const RANKS = ["index", "confidence", "margin", "loss"];

test("decodeIssues reads the counts little-endian and refuses what is not the widget's", () => {
  const d = decodeIssues({ counts: u32([0, 3, 1, 0]) });
  assert.deepEqual([...d.counts], [0, 3, 1, 0]);
  assert.deepEqual(d.ranks, RANKS);
  assert.equal(decodeIssues({}), null);
  assert.equal(decodeIssues(null), null);
  assert.equal(decodeIssues([1]), null);
  assert.equal(decodeIssues({ counts: u32([1, 2, 3]) }).counts, null);  // not K x K
  assert.equal(decodeIssues({ pending: true }).pending, true);
  assert.equal(rankName("margin", d), "margin");
  assert.equal(rankName("bogus", d), "index");
  assert.equal(rankName("margin", null), "index");
});

test("displayedIssues permutes the class cells into display order", () => {
  const issues = decodeIssues({ counts: u32([0, 1, 2, 3, 4, 5, 6, 7, 8]) });
  assert.deepEqual([...displayedIssues(issues, 3, null)], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  // display row r shows class perm[r]
  assert.deepEqual([...displayedIssues(issues, 3, [2, 0, 1])], [8, 6, 7, 2, 0, 1, 5, 3, 4]);
  assert.equal(displayedIssues(issues, 4, null), null);  // marks of another matrix
});

function setup(traits) {
  const env = makeDom();
  const source = stubSource(traits);
  const state = createState(source);
  const ac = new AbortController();
  return { ...env, source, state, ac, ctx: { state, dom: domOf(env.document), signal: ac.signal } };
}

const SEL = {
  i: 0, j: 1, total: 3, offset: 0, page_size: 100, available: true, indices: [4, 9, 2],
  sentence: [{ text: "3 samples" }], issues: { total: 2, indices: [9, 4] },
};

test("the menu writes the rank; the list of likely label errors opens and closes", async () => {
  const t = setup({ _issues: { counts: u32([0, 2, 0, 0]) }, rank: "index", _selection: SEL });
  const part = createRank(t.ctx);
  t.host.append(part.el);
  const menu = part.el.querySelector("select");
  assert.deepEqual([...menu.options].map((o) => o.value), RANKS);
  assert.equal(menu.value, "index");
  assert.equal(menu.disabled, false);
  menu.value = "margin";
  menu.dispatchEvent(new t.window.Event("change"));
  assert.deepEqual(t.source.writes, [["rank", "margin"]]);
  await settle();
  assert.equal(part.el.querySelector("select").value, "margin");
  const toggle = part.el.querySelector(".cmw-issues-toggle");
  assert.equal(toggle.textContent, "Show likely label errors (2)");
  assert.equal(part.el.querySelector(".cmw-issues").hidden, true);
  toggle.click();
  assert.equal(part.el.querySelector(".cmw-issues").hidden, false);
  assert.equal(part.el.querySelector(".cmw-issues").textContent, "9, 4");
  t.ac.abort();
  assert.equal(t.source.listeners(), 0);
  await t.close();
});

test("without a kernel the menu says ranking needs one; without scores nothing shows", async () => {
  const t = setup({ _issues: { ranks: RANKS, kernel_only: true }, rank: "index", _selection: SEL });
  const part = createRank(t.ctx);
  t.host.append(part.el);
  assert.equal(part.el.querySelector("select").disabled, true);
  assert.match(part.el.textContent, /needs a live kernel/);
  t.source.push("_issues", {});
  await settle();
  assert.equal(part.el.hidden, true);
  t.ac.abort();
  await t.close();
});
