// Entry of the saved notebook view's core chunk (js/pack_page.mjs): mounts every data element of
// the page once the feature chunks its widget needs (data-chunks) have run. Chunks and data come
// in any order: a notebook's outputs each carry what no earlier output of the kernel carried, and
// each unpacks its code on its own. Each build keeps to its own data elements and chunks (those
// with its id, js/page/home.js): a feature chunk queues itself on its build's `chunks`, a data
// element on its build's `waiting` or, once this code has run, calls its build's `boot`.

import { readData } from "../core/unpack.js";
import { BUILD, home, ofBuild } from "./home.js";
import { show } from "./show.js";

/** What a matrix says where the notebook no longer holds a chunk its view needs. */
export const NO_CODE = "Run this cell to make the matrix interactive again (the output that held its code is gone).";

const own = home();
const loaded = new Set();
const pending = []; // [holder, data] waiting for chunks

/** The feature chunks a view needs (its data element's data-chunks) that have not run yet. */
const missing = (holder) => (holder.dataset.chunks || "").split(",").filter((c) => c && !loaded.has(c));

function mountReady() {
  for (let i = pending.length - 1; i >= 0; i--) {
    const [holder, data] = pending[i];
    if (missing(holder).length) continue;
    pending.splice(i, 1);
    show(holder, data);
  }
}

let pageLoaded = false;

function boot(holder) {
  if (!holder || holder.dataset.build !== BUILD || holder.dataset.cmwMounted) return;
  holder.dataset.cmwMounted = BUILD;
  readData(holder).then((data) => {
    pending.push([holder, data]);
    mountReady();
    if (pageLoaded) noteMissing();
  });
}

function addChunk([name, run]) {
  if (loaded.has(name)) return; // a second copy (outputs of an earlier kernel)
  run();
  loaded.add(name);
  mountReady();
}

/** Once the page has loaded: a view still waiting for a chunk that no output holds says so. */
function noteMissing() {
  pageLoaded = true;
  for (const [holder] of pending) {
    const gone = missing(holder).some((c) => !document.querySelector(`${ofBuild("part")}[data-chunk="${c}"]`));
    const host = holder.previousElementSibling;
    if (gone && host && !host.querySelector(".cmw-nocode")) {
      const note = document.createElement("p");
      note.className = "cmw-nocode";
      note.textContent = NO_CODE;
      host.append(note);
    }
  }
}

/**
 * Take this build's views of the page over: `lib` holds the core's modules that feature chunks
 * import (by path under js/; the build lists them). One copy of a build's core runs per page; a
 * second one (outputs of an earlier kernel) leaves it be.
 */
export function start(lib) {
  if (own.lib) return;
  own.lib = lib;
  own.parts = own.parts || {};
  own.boot = boot;
  for (const chunk of own.chunks || []) addChunk(chunk);
  own.chunks = { push: addChunk };
  for (const holder of document.querySelectorAll(ofBuild("data"))) boot(holder);
  for (const holder of own.waiting || []) boot(holder);
  own.waiting = []; // later data elements call boot
  if (document.readyState === "complete") setTimeout(noteMissing);
  else addEventListener("load", noteMissing);
}
