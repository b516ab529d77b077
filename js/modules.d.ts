// Declarations for what esbuild resolves and JupyterLab provides, for the type checker only.

/** A stylesheet imported as text (esbuild's `--loader:.css=text`). */
declare module "*.css" {
  const text: string;
  export default text;
}

interface Window {
  /** JupyterLab's registry of prebuilt extensions (a module federation container per extension). */
  _JUPYTERLAB?: Record<string, unknown>;
}

/** The saved view's build id, defined by js/pack_page.mjs (absent where the modules run unbuilt). */
declare const CMW_BUILD: string | undefined;
