// The controls bar: normalisation buttons, colormap dropdown and its reverse box.
// In a narrow output (widget.css) the buttons show their short names, the field names are read
// only by screen readers, and the bar keeps one row.
// Keys: normalize, cmap, compareState. Writes the normalize and cmap intents. In compare mode the
// cells take the diverging map of better / worse: the menu names it and waits, disabled.

import { listen, scope } from "./dom.js";
import { CMAPS, NORMALIZE_OPTIONS, cmapName, cmapParts } from "../core/format.js";
import { watch } from "../core/state.js";

/** `extra`: elements placed at the end of the bar (e.g. the label editor's button). */
export function createControls({ state, dom, signal, extra = [] }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const el = h("div", "cmw-controls");
  const seg = h("div", "cmw-seg");
  seg.setAttribute("role", "group");
  seg.setAttribute("aria-label", "Normalisation");
  const normButtons = NORMALIZE_OPTIONS.map((o) => {
    // Both names are in the button; the width of the widget shows one (widget.css); the accessible
    // name is always the long one.
    const b = button("cmw-seg-btn");
    b.setAttribute("aria-label", o.label);
    b.append(h("span", "cmw-long", o.label), h("span", "cmw-short", o.short));
    b.dataset.value = o.value === null ? "" : o.value;
    seg.append(b);
    return b;
  });
  const cmapField = h("label", "cmw-field");
  const select = h("select", "cmw-cmap");
  for (const name of CMAPS) select.append(dom.option(name));
  cmapField.append(h("span", "cmw-field-name", "Colormap"), select);
  // Compare mode's map: shown in the menu while it stands in for cmap, never written as cmap.
  const compareOption = dom.option("cmw:compare");
  const revField = h("label", "cmw-field");
  const reverse = h("input", "cmw-reverse");
  reverse.type = "checkbox";
  revField.append(reverse, h("span", null, "reverse"));
  el.append(seg, cmapField, revField, ...extra);

  function update() {
    const norm = state.get("normalize");
    for (const b of normButtons) {
      const on = (b.dataset.value || null) === norm;
      b.classList.toggle("cmw-active", on);
      b.setAttribute("aria-pressed", String(on));
    }
    const cmp = state.get("compareState");
    select.disabled = Boolean(cmp);
    reverse.disabled = Boolean(cmp);
    if (cmp) {
      compareOption.textContent = `${cmp.cmap} (better / worse)`;
      if (!compareOption.parentNode) select.append(compareOption);
      select.value = compareOption.value;
      select.title = `Compare mode colours each cell by better (blue) or worse (red) since ${cmp.name}; `
        + "the colormap returns when compare mode ends.";
      return;
    }
    compareOption.remove();
    select.removeAttribute("title");
    const { base, reversed } = cmapParts(state.get("cmap"));
    if (![...select.options].some((o) => o.value === base)) select.append(dom.option(base));
    select.value = base;
    reverse.checked = reversed;
  }

  const onCmap = () => state.set("cmap", cmapName(select.value, reverse.checked));
  listen(seg, "click", (e) => {
    const b = e.target.closest(".cmw-seg-btn");
    if (b) state.set("normalize", b.dataset.value || null);
  }, ac.signal);
  listen(select, "change", onCmap, ac.signal);
  listen(reverse, "change", onCmap, ac.signal);
  watch(state, ["normalize", "cmap", "compareState"], update, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
