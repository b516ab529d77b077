// Entry of the saved notebook view's core chunk (js/pack_page.mjs): mounts every data element of
// the page once the feature chunks its widget needs (data-chunks) have run. Chunks and data come
// in any order: a notebook's outputs each carry what no earlier output of the kernel carried, and
// each unpacks its code on its own. A feature chunk queues itself on window.cmwChunks, a data
// element on window.cmwWaiting or, once this code has run, calls cmwBoot.

import { readData } from "../core/unpack.js";
import { show } from "./show.js";

/** What a matrix says where the notebook no longer holds a chunk its view needs. */
export const NO_CODE = "Run this cell to make the matrix interactive again (the output that held its code is gone).";

const page = /** @type {any} */ (window);
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
  if (!holder || holder.dataset.cmwMounted) return;
  holder.dataset.cmwMounted = "1";
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
    const gone = missing(holder).some((c) => !document.querySelector(`script.cmw-chunk[data-chunk="${c}"]`));
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
 * Take the page over: `lib` holds the core's modules that feature chunks import (by path under
 * js/; the build lists them). One copy of the core runs per page; a second one (outputs of an
 * earlier kernel) leaves it be.
 */
export function start(lib) {
  if (page.cmwLib) return;
  page.cmwLib = lib;
  page.cmwParts = page.cmwParts || {};
  page.cmwBoot = boot;
  for (const chunk of page.cmwChunks || []) addChunk(chunk);
  page.cmwChunks = { push: addChunk };
  for (const holder of document.querySelectorAll("script.cmw-data")) boot(holder);
  for (const holder of page.cmwWaiting || []) boot(holder);
  page.cmwWaiting = []; // later data elements call cmwBoot (as with the code of earlier versions)
  if (document.readyState === "complete") setTimeout(noteMissing);
  else addEventListener("load", noteMissing);
}
