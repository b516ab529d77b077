// The saved notebook view's code comes in chunks (js/pack_page.mjs): the core, which every view
// needs, and feature chunks that a view needs only for its kind of widget. In the core, each
// export of a feature module is this stand-in: it calls the module's export once the feature's
// chunk has run (its modules are in this build's parts, js/page/home.js), and a component whose
// chunk the view does not need is an empty, hidden one (the view waits for the chunks it needs
// before it mounts).

import { home } from "./home.js";

/** The stand-in for export `name` of the feature module `file` (a path under js/). */
export function part(file, name) {
  return (...args) => {
    const mod = (home().parts || {})[file];
    if (mod) return mod[name](...args);
    if (!name.startsWith("create")) throw new Error(`cm_widget: ${file} is not loaded (${name})`);
    const el = args[0].dom.h("div");
    el.hidden = true;
    return { el, update() {}, destroy() { el.remove(); } };
  };
}
