// Where this build of the saved view's code keeps its state on the page: self.cmwBuilds,
// one object per build (its id is a hash of the code, js/pack_page.mjs). A notebook may hold
// outputs of two versions of cm_widget, each with its own code; each version's code reads only its
// own outputs' data and runs only its own chunks.

/* global CMW_BUILD */

/** This build's id (the build defines CMW_BUILD; "dev" where the modules run unbuilt, as in tests). */
export const BUILD = typeof CMW_BUILD === "string" ? CMW_BUILD : "dev";

/** This build's object on the page (self, the window; the global object where there is none), made on first use. */
export function home() {
  const page = globalThis.self || globalThis;
  const all = (page.cmwBuilds ||= {});
  return (all[BUILD] ||= {});
}

/** The CSS selector of this build's elements of `kind` ("data", "core" or "part"). */
export const ofBuild = (kind) => `script.cmw-view-${kind}[data-build="${BUILD}"]`;
