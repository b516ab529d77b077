// Entry of the kernel-free page (cm_widget/static/standalone.js): mounts the widget on the data
// embedded next to this script, with the page itself as the state source.

import { embeddedSource } from "./core/source_embedded.js";
import { readData } from "./core/unpack.js";
import { mount } from "./widget.js";

function boot(holder) {
  if (!holder || holder.dataset.cmwMounted) return;
  holder.dataset.cmwMounted = "1";
  if (holder.dataset.encoding) readData(holder).then((data) => show(holder, data));
  else show(holder, JSON.parse(holder.textContent));
}

function show(holder, data) {
  const host = holder.previousElementSibling;
  const target = document.createElement("div");
  target.className = "cmw-live";
  host.parentNode.insertBefore(target, holder);
  const source = embeddedSource(data);
  // First-draw times count from the start of navigation: reading the file and its data included.
  mount(source, target, 0);
  // The threshold the page works at (a float32; exact, see cm_widget/_export.py), for readers
  // of the page such as tests.
  const showThreshold = () => {
    const t = source.get("threshold");
    if (t != null) target.dataset.threshold = String(t);
  };
  showThreshold();
  source.on("threshold", showThreshold);
  // The static table stays for pages that run no script; here the live view replaces it.
  if (host.classList.contains("cmw-static")) host.hidden = true;
}

// Every matrix of a page needs one copy of this code: a data element that comes before it is
// found in the document or in the list its waiting script keeps; later ones call cmwBoot.
const page = /** @type {any} */ (window);
if (!page.cmwBoot) page.cmwBoot = boot;
const own = document.currentScript && document.currentScript.previousElementSibling;
if (own && own.classList.contains("cmw-data")) boot(own);
else for (const holder of document.querySelectorAll("script.cmw-data")) boot(holder);
for (const holder of page.cmwWaiting || []) boot(holder);
page.cmwWaiting = [];
