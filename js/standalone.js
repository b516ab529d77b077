// Entry of the kernel-free page (cm_widget/static/standalone.js): mounts the widget on the data
// embedded next to this script, with the page itself as the state source.

import { readData } from "./core/unpack.js";
import { show } from "./page/show.js";

function boot(holder) {
  if (!holder || holder.dataset.cmwMounted) return;
  holder.dataset.cmwMounted = "1";
  if (holder.dataset.encoding) readData(holder).then((data) => show(holder, data));
  else show(holder, JSON.parse(holder.textContent));
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
