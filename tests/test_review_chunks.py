"""Every kind of widget's saved view mounts the same with the chunks its output asks for as with all.

The saved notebook view's code comes in chunks (js/pack_page.mjs); a component whose chunk a view
does not ask for (``chunks.needed``) is an empty hidden element, so a missing chunk would hide a
view silently. Here the built core and chunks (cm_widget/static/page*.js.gz) run in happy-dom
over each widget's fragment: once with the chunks its data element asks for, once with every
chunk; the visible elements and text must be the same.
"""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pandas as pd
from node_js import ROOT, needs_node, run_script

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._export import chunks
from cm_widget._export.html import fragment, page_data

pytestmark = needs_node

_MOUNT = """
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Window } from "happy-dom";
const STATIC = %s;
const code = (name) => gunzipSync(readFileSync(`${STATIC}/${name === "core" ? "page.js.gz" : `page.${name}.js.gz`}`))
  .toString("utf8");
const GLOBALS = ["document", "HTMLElement", "Node", "getComputedStyle", "requestAnimationFrame",
  "cancelAnimationFrame", "ResizeObserver", "MutationObserver", "Event", "CustomEvent", "KeyboardEvent",
  "MouseEvent", "matchMedia", "navigator", "location", "devicePixelRatio", "innerWidth", "innerHeight"];
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", async () => {
  const out = [];
  for (const { html, chunks } of JSON.parse(input)) {
    const win = new Window({ width: 1200, height: 900 });
    const errors = [];
    const define = (k, v) => Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
    define("window", win);
    define("self", win);
    for (const k of GLOBALS) define(k, win[k]);
    define("addEventListener", (...a) => win.addEventListener(...a));
    win.document.body.innerHTML = html;
    const onError = (e) => errors.push(String((e && e.message) || e));
    process.on("unhandledRejection", onError);
    try {
      for (const c of chunks) new Function(code(c))();
      new Function(code("core"))();
    } catch (e) {
      onError(e);
    }
    await new Promise((r) => setTimeout(r, 300));
    // folded parts (the metrics) opened, as a reader opens them
    for (const d of win.document.querySelectorAll("details")) {
      d.open = true;
      d.dispatchEvent(new win.Event("toggle"));
    }
    await new Promise((r) => setTimeout(r, 100));
    const live = win.document.querySelector(".cmw-live");
    const classes = new Set();
    const text = [];
    const walk = (el) => {
      if (el.hidden) return;
      if (typeof el.className === "string" && el.className) classes.add(el.className.split(" ")[0]);
      for (const c of el.childNodes) {
        if (c.nodeType === 3) text.push(c.textContent);
        else if (c.nodeType === 1) walk(c);
      }
    };
    if (live) walk(live);
    out.push({ mounted: Boolean(live), classes: [...classes].sort(), text, errors });
    process.off("unhandledRejection", onError);
    await win.happyDOM.close();
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def _kinds():
    rng = np.random.default_rng(4)
    n = 200
    y = rng.integers(0, 3, n)
    p = np.where(rng.random(n) < 0.7, y, rng.integers(0, 3, n))
    yb = rng.integers(0, 2, n)
    s = rng.random(n)
    proba = rng.dirichlet(np.ones(3), n)
    site = np.array(["u", "v"])[rng.integers(0, 2, n)]
    frame = pd.DataFrame({"y": y, "p": p, "site": site, "s": s, "yb": yb})

    def later(w, **settings):
        for name, value in settings.items():
            if name == "add_run":
                w.add_run(value, name="b")
            else:
                setattr(w, name, value)
        return w

    return {
        "labels": lambda: W(y, p),
        "binary": lambda: W(yb, y_score=s),
        "binary logits, threshold set later": lambda: later(W(yb, y_score=s * 6 - 3), threshold=1.0),
        "probabilities": lambda: W(y, y_score=proba),
        "top_k": lambda: W(y, y_score=proba, top_k=2),
        "abstain": lambda: W(y, y_score=proba, abstain=0.5),
        "logits": lambda: W(y, y_score=rng.normal(size=(n, 3))),
        "multi-label scores": lambda: W.multilabel(rng.integers(0, 2, (n, 3)), y_score=rng.random((n, 3))),
        "multi-label labels": lambda: W.multilabel(rng.integers(0, 2, (n, 3)), rng.integers(0, 2, (n, 3))),
        "costs of labels": lambda: W(y, p, cost=np.ones((3, 3)) - np.eye(3)),
        "intervals of labels": lambda: W(y, p, show_intervals=True),
        "intervals of binary scores": lambda: W(yb, y_score=s, show_intervals=True),
        "calibration, costs, intervals, slices": lambda: later(
            W(yb, y_score=s, slices=site, show_calibration=True, cost=[[0, 1], [5, 0]], show_intervals=True),
            slice="v",
        ),
        "runs, compared": lambda: later(W(y, p), add_run=np.roll(p, 1), compare="b"),
        "runs, probabilities shown": lambda: later(W(y, p), add_run=proba, run="b"),
        "runs of scores with slices": lambda: later(W(yb, y_score=s, slices=site), add_run=s[::-1], run="b", slice="u"),
        "slices of probabilities with costs": lambda: later(
            W(y, y_score=proba, slices=site, cost=np.ones((3, 3)) - np.eye(3)), slice="u"
        ),
        "groups": lambda: W(y, p, groups={0: "a", 1: "a", 2: "b"}, level="groups"),
        "DuckDB": lambda: W.from_dataframe(duckdb.connect().from_df(frame), "y", "p"),
        "DuckDB slices": lambda: W.from_dataframe(duckdb.connect().from_df(frame), "y", "p", slices="site"),
        "DuckDB scores": lambda: W.from_dataframe(duckdb.connect().from_df(frame), "yb", y_score="s"),
        "pandas slices": lambda: W.from_dataframe(frame, "y", "p", slices="site"),
    }


def test_every_kind_of_saved_view_shows_the_same_with_the_chunks_it_asks_for_as_with_all():
    every = sorted(path.name.split(".")[1] for path in (ROOT / "cm_widget" / "static").glob("page.*.js.gz"))
    every = [name for name in every if name != "js"]
    assert sorted(every) == sorted(chunks.FEATURES)
    jobs, names = [], []
    for name, make in _kinds().items():
        w = make()
        html = fragment(w, css=True, code=lambda features: [])
        asked = chunks.needed(page_data(w)["state"]["values"])
        jobs += [{"html": html, "chunks": asked}, {"html": html, "chunks": every}]
        names.append(name)
    got = run_script(_MOUNT % json.dumps(str(ROOT / "cm_widget" / "static")), jobs)
    for name, asked, full in zip(names, got[::2], got[1::2]):
        assert full["mounted"] and not full["errors"], (name, full["errors"])
        assert asked["mounted"] and not asked["errors"], (name, asked["errors"])
        assert asked["classes"] == full["classes"], (name, sorted(set(full["classes"]) ^ set(asked["classes"])))
        assert asked["text"] == full["text"], name


def test_a_view_without_the_chunk_it_needs_would_differ():
    """The check above sees a missing chunk: a binary view mounted with no chunk (its data element
    told to wait for none) lacks the threshold and the curves."""
    w = W(np.arange(40) % 2, y_score=np.linspace(0, 1, 40))
    html = fragment(w, css=True, code=lambda features: []).replace(" data-chunks=scores", "")
    jobs = [{"html": html, "chunks": []}, {"html": html, "chunks": ["scores"]}]
    bare, full = run_script(_MOUNT % json.dumps(str(ROOT / "cm_widget" / "static")), jobs)
    assert bare["mounted"] and full["mounted"]
    assert {"cmw-threshold", "cmw-curves"} <= set(full["classes"]) - set(bare["classes"])


def test_a_view_of_intervals_without_their_chunk_would_differ():
    """Intervals the kernel computed travel in their own chunk: a labels view with intervals,
    mounted with no chunk (its data element told to wait for none), shows its metrics without them."""
    rng = np.random.default_rng(3)
    y = rng.integers(0, 3, 150)
    w = W(y, np.where(rng.random(150) < 0.7, y, rng.integers(0, 3, 150)), show_intervals=True)
    html = fragment(w, css=True, code=lambda features: []).replace(" data-chunks=intervals", "")
    jobs = [{"html": html, "chunks": []}, {"html": html, "chunks": ["intervals"]}]
    bare, full = run_script(_MOUNT % json.dumps(str(ROOT / "cm_widget" / "static")), jobs)
    assert bare["mounted"] and full["mounted"] and not bare["errors"] and not full["errors"]
    assert any("interval" in line for line in full["text"]) and not any("interval" in line for line in bare["text"])
