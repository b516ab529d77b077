// JupyterLab 4 / Notebook 7 extension (built into cm_widget/labextension/, installed by pip with
// the package): a renderer of the saved view's own mimetype. A notebook output of the widget holds
// the live widget view, the kernel-free view (text/html) and this mimetype; the notebook prefers
// this renderer, which shows the live widget when the notebook's widget manager has its model
// (the cell ran in this kernel) and the kernel-free view otherwise (a reopened notebook), with a
// line saying that running the cell makes it live. Never both: the live view replaces the saved
// one when it comes.
//
// The script is a module-federation container as JupyterLab loads them: it registers itself on
// window._JUPYTERLAB, takes Lumino from the application's shared modules, and gives the mime
// extension under "./mimeExtension".

import css from "../cm_widget/static/widget.css";
import { embeddedSource } from "./core/source_embedded.js";
import { readData } from "./core/unpack.js";
import { mount } from "./widget.js";

const NAME = "cm-widget";
export const MIME = "application/vnd.cm-widget.view+json";
const WIDGET_MIME = "application/vnd.jupyter.widget-view+json";
// With a kernel, the saved view waits for the widget manager to say that the model is missing
// (it takes two seconds to), or this long at most; with none, it shows at once.
const LIVE_WAIT_MS = 10_000;
export const NOTE = "Saved view, no kernel behind it: run the cell to make it live.";

let shareScope = null;

/** A module the application shares (its highest version). */
async function shared(name) {
  const versions = shareScope && shareScope[name];
  if (!versions) throw new Error(`${NAME}: ${name} is not shared by the application`);
  const newest = Object.keys(versions).sort((a, b) => a.localeCompare(b, "en", { numeric: true })).pop();
  return (await versions[newest].get())();
}

function addStyle(doc) {
  if (doc.getElementById("cmw-style")) return;
  const style = doc.createElement("style");
  style.id = "cmw-style";
  style.textContent = css;
  doc.head.appendChild(style);
}

/** The data document of the kernel-free view in an output's text/html, or null. */
export async function savedData(html) {
  if (typeof html !== "string") return null;
  const doc = new DOMParser().parseFromString(html, "text/html"); // parsing runs no script
  const holder = doc.querySelector("script.cmw-view-data, script.cmw-data"); // this version's, or an earlier one's
  return holder ? await readData(holder) : null;
}

/** The nearest ancestor of `widget` that has `key` (the output area's rendermime registry,
 * each notebook having its own; the notebook panel's session). */
function ancestorWith(widget, key) {
  for (let w = widget.parent; w; w = w.parent) if (w[key]) return w;
  return null;
}

function rendererClass(Panel) {
  return class SavedViewRenderer extends Panel {
    constructor(options) {
      super();
      this.mimeType = options.mimeType;
      this.addClass("cmw-lab-output");
      this._model = null;
      this._live = null;
      this._tried = false; // the live view is asked for once
      this._isLive = false;
      this._saved = null; // { node, unmount }
      this._timer = null;
      this._observer = null;
    }

    async renderModel(model) {
      this._model = model;
      this._data = savedData(model.data["text/html"]).catch((err) => {
        console.error(err);
        return null;
      });
      if (this.isAttached) this._tryLive();
      else if (!this._timer) this._timer = setTimeout(() => this._showSaved(), LIVE_WAIT_MS);
    }

    onAfterAttach(msg) {
      super.onAfterAttach(msg);
      if (this._model && !this._tried) this._tryLive();
    }

    _tryLive() {
      this._tried = true;
      const model = this._model;
      const area = ancestorWith(this, "rendermime");
      const rendermime = area && area.rendermime;
      const panel = ancestorWith(this, "sessionContext");
      const session = panel && panel.sessionContext.session;
      const canLive =
        model.trusted && WIDGET_MIME in model.data && rendermime && rendermime.mimeTypes.includes(WIDGET_MIME);
      if (!canLive) {
        this._showSaved();
        return;
      }
      clearTimeout(this._timer);
      const live = rendermime.createRenderer(WIDGET_MIME);
      this._live = live;
      if (panel) {
        // A notebook: the live view shows when it comes; with no kernel the saved view shows at
        // once, with one it waits for the widget manager's answer.
        const noKernel = !(session && session.kernel);
        this._timer = setTimeout(() => this._showSaved(), noKernel ? 0 : LIVE_WAIT_MS);
        live.addClass("cmw-lab-pending");
        live.node.style.display = "none";
      } else {
        // A page that is no notebook (Voila's): the widget view as it comes, the saved view on error only.
        this._timer = null;
        this._isLive = true;
      }
      this.addWidget(live);
      const check = () => {
        if (live.node.firstElementChild) this._goLive();
        else if (/Error displaying widget/.test(live.node.textContent || "")) {
          // no model to show (a reopened notebook): the saved view, and no hidden error left behind
          this._observer.disconnect();
          this._live = null;
          this._isLive = false;
          live.dispose();
          this._showSaved();
        }
      };
      this._observer = new MutationObserver(check);
      this._observer.observe(live.node, { childList: true, characterData: true, subtree: true });
      live.renderModel(model).then(check, (err) => {
        console.error(err);
        this._showSaved();
      });
    }

    _goLive() {
      if (this._isLive && !this._saved && this._live.node.style.display !== "none") return;
      this._isLive = true;
      clearTimeout(this._timer);
      this._dropSaved();
      this._live.node.style.display = "";
      this._live.removeClass("cmw-lab-pending");
    }

    async _showSaved() {
      clearTimeout(this._timer);
      if (this._isLive || this._saved || this.isDisposed) return;
      this._saved = { node: null, unmount: null }; // claimed: one saved view at most
      const data = await this._data;
      if (this._isLive || this.isDisposed) return;
      const doc = this.node.ownerDocument;
      const node = doc.createElement("div");
      node.className = "cmw-saved";
      const note = doc.createElement("div");
      note.className = "cmw-saved-note";
      note.setAttribute("role", "note");
      if (data) {
        addStyle(doc);
        note.textContent = NOTE;
        const target = doc.createElement("div");
        target.className = "cmw-live";
        node.append(note, target);
        this._saved = { node, unmount: mount(embeddedSource(data), target) };
      } else {
        note.textContent = "This output holds no saved view: run the cell to show the matrix.";
        node.append(note);
        this._saved = { node, unmount: null };
      }
      this.node.insertBefore(node, this.node.firstChild);
    }

    _dropSaved() {
      const saved = this._saved;
      this._saved = null;
      if (!saved) return;
      if (saved.unmount) saved.unmount();
      if (saved.node) saved.node.remove();
    }

    dispose() {
      if (this.isDisposed) return;
      clearTimeout(this._timer);
      if (this._observer) this._observer.disconnect();
      this._dropSaved();
      super.dispose();
    }
  };
}

async function mimeExtension() {
  const { Panel } = await shared("@lumino/widgets");
  const Renderer = rendererClass(Panel);
  return {
    id: `${NAME}:saved-view`,
    description: "Shows a confusion matrix's saved view where its widget has no kernel.",
    // Before the widget view (-10 in a notebook): this renderer shows it when it can.
    rank: -20,
    dataType: "json",
    rendererFactory: {
      safe: true, // it reads the saved data only; the live view is asked for in trusted outputs only
      mimeTypes: [MIME],
      defaultRank: -20,
      createRenderer: (options) => new Renderer(options),
    },
  };
}

function isNotebookApp() {
  const el = document.getElementById("jupyter-config-data");
  try {
    return Boolean(el && JSON.parse(el.textContent || "{}").appName);
  } catch {
    return false;
  }
}

if (typeof window !== "undefined") {
  window._JUPYTERLAB = window._JUPYTERLAB || {};
  window._JUPYTERLAB[NAME] = {
    init: (scope) => {
      shareScope = scope;
    },
    get: async (module) => {
      if (module !== "./mimeExtension") throw new Error(`${NAME} has no module ${module}`);
      // Only where notebooks are edited (JupyterLab, Notebook 7: their page names the application);
      // a dashboard such as Voila shows the widget view as it is.
      const ext = isNotebookApp() ? [await mimeExtension()] : [];
      return () => ({ __esModule: true, default: ext });
    },
  };
}
