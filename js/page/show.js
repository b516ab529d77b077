// Mounting a kernel-free view next to its data element (the standalone file's and the saved
// notebook view's entries, js/standalone.js and js/page/saved.js).

import { embeddedSource } from "../core/source_embedded.js";
import { mount } from "../widget.js";

/** Mount the view of `data` (read from `holder`, a script.cmw-data element) after the static table. */
export function show(holder, data) {
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
