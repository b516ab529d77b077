// The score views beside the matrix: curves (binary scores), abstain and top-k ((n, K) scores),
// per-label tables (multi-label). Each shows itself only for its kind of widget.

import { createAbstain } from "../abstain/abstain.js";
import { createCurves } from "../binary/curves.js";
import { createMultilabel } from "../multilabel/multilabel.js";

export function createScores(ctx) {
  const parts = [createCurves(ctx), createAbstain(ctx), createMultilabel(ctx)];
  const el = ctx.dom.h("div", "cmw-scores");
  el.append(...parts.map((p) => p.el));
  return {
    el,
    update: () => parts.forEach((p) => p.update()),
    destroy: () => { parts.forEach((p) => p.destroy()); el.remove(); },
  };
}
