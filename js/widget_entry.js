// Entry of the live widget's bundle (cm_widget/static/widget.js, anywidget's `_esm`): the view of
// js/widget.js with its stylesheet, which travels inside the module (compressed with it) instead
// of as a second copy in every widget's saved state.

import css from "../cm_widget/static/widget.min.css"; // cm_widget/static/widget.css, minified by the build
import widget from "./widget.js";

/**
 * Adds the stylesheet once to the document or the shadow root `el` lives in.
 * @param {HTMLElement} el
 */
function addStyle(el) {
  const root = el.getRootNode();
  const shadow = typeof ShadowRoot !== "undefined" && root instanceof ShadowRoot;
  const scope = shadow ? root : document;
  if (scope.querySelector("style#cmw-style")) return;
  const style = document.createElement("style");
  style.id = "cmw-style";
  style.textContent = css;
  (shadow ? root : document.head).appendChild(style);
}

/** @param {{ model: any, el: HTMLElement }} view */
function render(view) {
  addStyle(view.el);
  return widget.render(view);
}

export default { render };
