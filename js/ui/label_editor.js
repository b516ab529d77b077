// Renaming classes: the "Edit labels" panel (a field per class) and the inline editor that
// opens over a tick label of the canvas. Keys: labels. Writes the display_labels intent.
// Line breaks in names are shown as visible marks and come back unchanged when not edited.

import { listen, scope } from "./dom.js";
import { editableName, nameFromEditor } from "../core/format.js";
import { watch } from "../core/state.js";

export function createLabelEditor({ state, dom, signal }) {
  const ac = scope(signal);
  const { h, button } = dom;
  const toggle = button("cmw-edit-btn", "Edit labels");
  toggle.setAttribute("aria-expanded", "false");
  const el = h("div", "cmw-labels-panel");
  el.hidden = true;
  let inputs = null;     // the open panel's fields, one per class
  let shownFor = null;   // the names the fields were filled from

  function open() {
    const labels = state.get("labels");
    shownFor = labels;
    const list = h("div", "cmw-labels-list");
    inputs = labels.map((text, i) => {
      const row = h("label", "cmw-label-row");
      const input = h("input", "cmw-label-input");
      input.type = "text";
      input.value = editableName(text);
      input.dataset.index = String(i);
      row.append(h("span", "cmw-label-idx", String(i)), input);
      list.append(row);
      return input;
    });
    const actions = h("div", "cmw-labels-actions");
    actions.append(button("cmw-save", "Save"), button("cmw-cancel", "Cancel"),
      h("span", "cmw-hint", "Enter saves, Escape cancels. \u23ce stands for a line break."));
    el.replaceChildren(list, actions);
    el.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    if (inputs.length) inputs[0].focus();
  }

  function close(refocus = false) {
    inputs = null;
    shownFor = null;
    el.hidden = true;
    el.replaceChildren();
    toggle.setAttribute("aria-expanded", "false");
    if (refocus) toggle.focus({ preventScroll: true });
  }

  // Fields left as they were take the current name (it may have changed from Python meanwhile).
  function save() {
    const old = shownFor;
    const now = state.get("labels");
    const next = inputs.map((input, i) => {
      const edited = input.value !== editableName(old[i]);
      return edited ? nameFromEditor(input.value, old[i]) : now[i];
    });
    close(true);
    if (next.length === now.length && next.some((t, i) => t !== now[i])) state.set("display_labels", next);
  }

  // An open panel keeps what the user typed unless the number of classes changed.
  function update() {
    if (inputs && inputs.length !== state.get("k")) close();
  }

  listen(toggle, "click", () => (inputs ? close() : open()), ac.signal);
  listen(el, "keydown", (e) => {
    if (e.key === "Enter" && !e.isComposing && e.target.tagName === "INPUT") {
      e.preventDefault();
      save();
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    }
  }, ac.signal);
  listen(el, "click", (e) => {
    if (e.target.closest(".cmw-save")) save();
    else if (e.target.closest(".cmw-cancel")) close(true);
  }, ac.signal);
  watch(state, ["labels", "k"], update, ac.signal);
  return {
    el, button: toggle, update, open, close,
    isOpen: () => inputs !== null,
    destroy: () => { ac.abort(); el.remove(); toggle.remove(); },
  };
}

/**
 * An <input> over a tick label. `box` = {left, top, width} in px of `host`. Enter (or leaving
 * it) commits, Escape cancels; `done(name, byKey)` gets the new name (null when nothing
 * changed) and whether Enter or Escape ended the edit. Returns {finish(commit)}.
 */
export function openInlineEditor({ dom, host, box, name, index, done }) {
  const input = dom.h("input", "cmw-inline-edit");
  input.type = "text";
  input.value = editableName(name);
  input.setAttribute("aria-label", `Name of class ${index}`);
  Object.assign(input.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px` });
  const ac = new AbortController();
  let finished = false;
  const finish = (commit, byKey = false) => {
    if (finished) return;
    finished = true;
    ac.abort();
    const text = nameFromEditor(input.value, name);
    input.remove();
    done(commit && text !== name ? text : null, byKey);
  };
  input.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" && !e.isComposing) || e.key === "Escape") {
      e.preventDefault();
      finish(e.key === "Enter", true);
    }
  }, { signal: ac.signal });
  input.addEventListener("blur", () => finish(true), { signal: ac.signal });
  host.append(input);
  input.focus();
  input.select();
  return { finish };
}
