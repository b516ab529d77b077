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
import { embeddedSource } from "./source_embedded.js";
import { readData } from "./unpack.js";
import { mount } from "./widget.js";

const NAME = "cm-widget";
export const MIME = "application/vnd.cm-widget.view+json";
const WIDGET_MIME = "application/vnd.jupyter.widget-view+json";
// How long the live view may take to come before the saved view shows (a missing model takes the
// widget manager two seconds to report).
const LIVE_WAIT_MS = 800;
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
  const holder = doc.querySelector("script.cmw-data");
  return holder ? await readData(holder) : null;
}

/** The rendermime registry of the output area holding `widget` (each notebook has its own). */
function rendermimeOf(widget) {
  for (let w = widget.parent; w; w = w.parent) if (w.rendermime) return w.rendermime;
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
      if (this._model && !this._live) this._tryLive();
    }

    _tryLive() {
      const model = this._model;
      const rendermime = rendermimeOf(this);
      const canLive =
        model.trusted && WIDGET_MIME in model.data && rendermime && rendermime.mimeTypes.includes(WIDGET_MIME);
      if (!canLive) {
        this._showSaved();
        return;
      }
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this._showSaved(), LIVE_WAIT_MS);
      const live = rendermime.createRenderer(WIDGET_MIME);
      this._live = live;
      live.addClass("cmw-lab-pending");
      live.node.style.display = "none";
      this.addWidget(live);
      const check = () => {
        if (live.node.firstElementChild) this._goLive();
        else if (/Error displaying widget/.test(live.node.textContent || "")) this._showSaved();
      };
      this._observer = new MutationObserver(check);
      this._observer.observe(live.node, { childList: true, characterData: true, subtree: true });
      live.renderModel(model).then(check, (err) => {
        console.error(err);
        this._showSaved();
      });
    }

    _goLive() {
      if (this._isLive) return;
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

if (typeof window !== "undefined") {
  window._JUPYTERLAB = window._JUPYTERLAB || {};
  window._JUPYTERLAB[NAME] = {
    init: (scope) => {
      shareScope = scope;
    },
    get: async (module) => {
      if (module !== "./mimeExtension") throw new Error(`${NAME} has no module ${module}`);
      const ext = await mimeExtension();
      return () => ({ __esModule: true, default: ext });
    },
  };
}
