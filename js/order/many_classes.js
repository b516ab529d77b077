// Many classes, wired together: the displayed state (order, groups, errors only) for the
// matrix, the panel that chooses and finds (order menu, search, largest errors), and the
// matrix as a table for screen readers, which follows the matrix's visible window.

import { createCellTable } from "./cell_table.js";
import { createDisplay } from "./display.js";
import { createOrderPanel } from "./order_panel.js";

/** {panel, table, matrixCtx}: `matrixCtx` is the context the matrix component is built with. */
export function createManyClasses(ctx) {
  const display = createDisplay(ctx.state);
  const panel = createOrderPanel({ ...ctx, display });
  const table = createCellTable({ ...ctx, state: display });
  const report = (info) => {
    if (ctx.report) ctx.report(info);
    if (info.view) table.setView(info.view);
  };
  return { panel, table, matrixCtx: { ...ctx, state: display, report } };
}
