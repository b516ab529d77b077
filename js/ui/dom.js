// Building DOM nodes. Every focusable node the widget makes carries data-lm-suppress-shortcuts,
// so a host that reads keys before they bubble (Lumino in capture mode) leaves them alone; the
// root also stops keydown from bubbling out (see widget.js). Text is always textContent.

const FOCUSABLE = new Set(["button", "input", "select", "textarea", "summary", "canvas"]);

/** Element factories bound to one document: h(tag, className, text), button(className, text). */
export function domOf(doc) {
  const h = (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    if (FOCUSABLE.has(tag)) e.dataset.lmSuppressShortcuts = "true";
    return e;
  };
  const button = (cls, text) => {
    const b = h("button", cls, text);
    b.type = "button";
    return b;
  };
  const option = (value, text = value) => {
    const o = doc.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  };
  return { doc, h, button, option };
}

/** addEventListener that ends with `signal`. */
export function listen(target, type, fn, signal, opts = {}) {
  target.addEventListener(type, fn, { ...opts, signal });
}

/** An AbortController of one component that also ends when the widget's `signal` does. */
export function scope(signal) {
  const ac = new AbortController();
  if (signal) {
    if (signal.aborted) ac.abort();
    else signal.addEventListener("abort", () => ac.abort(), { once: true });
  }
  return ac;
}
