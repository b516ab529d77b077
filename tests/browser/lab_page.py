"""Driving a notebook in a JupyterLab / Notebook 7 page through Playwright.

The server is started with ``expose_app_in_browser``, so ``window.jupyterapp`` is the
application: commands run cells exactly as the menu does, and outputs are read back from the
cells' DOM nodes.
"""

from __future__ import annotations

import json
import re
import secrets

_ANSI = re.compile(r"\x1b\[[0-9;]*m")

# The last cell of every test notebook is left for reading kernel state back.
SCRATCH = "# scratch cell: kernel state is printed here"

_NOTEBOOK_READY = """() => {
  const app = window.jupyterapp;
  const w = app && app.shell && app.shell.currentWidget;
  if (!w || !w.content || !w.sessionContext || !w.context || !w.context.isReady) return false;
  const s = w.sessionContext.session;
  const k = s && s.kernel;
  return !!(k && k.connectionStatus === 'connected' && k.status === 'idle'
            && w.content.widgets.length > 0);
}"""

_RUN_ALL = """async () => {
  const app = window.jupyterapp;
  await app.commands.execute('notebook:run-all-cells');
}"""

_ALL_EXECUTED = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session.kernel;
  if (k.status !== 'idle') return false;
  for (const c of w.content.widgets) {
    if (c.model.type !== 'code') continue;
    const outs = c.model.outputs.toJSON();
    if (outs.some(o => o.output_type === 'error')) return true;  // stops there; reported below
    if (c.model.executionCount === null && c.model.sharedModel.getSource().trim() !== '') return false;
  }
  return true;
}"""

_CELL_ERRORS = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const errs = [];
  w.content.widgets.forEach((c, i) => {
    if (c.model.type !== 'code') return;
    for (const o of c.model.outputs.toJSON()) {
      if (o.output_type === 'error') errs.push(`cell ${i}: ${o.ename}: ${o.evalue}\\n` +
                                              (o.traceback || []).join('\\n'));
    }
  });
  return errs;
}"""

_RUN_CELL = """async ([idx, code]) => {
  const app = window.jupyterapp;
  const nb = app.shell.currentWidget.content;
  const cell = nb.widgets[idx];
  if (code !== null) cell.model.sharedModel.setSource(code);
  nb.deselectAll();
  nb.activeCellIndex = idx;
  await app.commands.execute('notebook:run-cell');
}"""

_CELL_OUTPUT_TEXT = """(idx) => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  const area = nb.widgets[idx].node.querySelector('.jp-OutputArea');
  return area ? area.textContent : '';
}"""


class CellError(AssertionError):
    """A notebook cell raised in the kernel."""


def workspace_url(server, name: str, ui: str = "lab") -> str:
    """URL opening ``name``: in JupyterLab (a fresh workspace each time) or Notebook 7."""
    if ui == "lab":
        ws = "t" + secrets.token_hex(6)
        return f"{server.url}/lab/workspaces/{ws}/tree/{name}?token={server.token}"
    if ui == "notebook":
        return server.notebook7_url(name)
    raise ValueError(f"ui must be 'lab' or 'notebook', got {ui!r}")


def open_notebook(page, server, name: str, ui: str = "lab", timeout: float = 90_000):
    """Open a notebook and wait until its kernel is connected and idle."""
    page.goto(workspace_url(server, name, ui), wait_until="domcontentloaded")
    page.wait_for_function(_NOTEBOOK_READY, timeout=timeout, polling=200)


def raise_cell_errors(page) -> None:
    errors = page.evaluate(_CELL_ERRORS)
    if errors:
        raise CellError(_ANSI.sub("", "\n\n".join(errors)))


def run_all(page, timeout: float = 120_000) -> None:
    """Run > Run All Cells, then wait for every code cell to finish; raise on a cell error."""
    page.evaluate(_RUN_ALL)
    page.wait_for_function(_ALL_EXECUTED, timeout=timeout, polling=200)
    raise_cell_errors(page)


def cell_count(page) -> int:
    return page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets.length")


def cell_output_text(page, idx: int) -> str:
    """The text of a cell's output area, as shown in the page."""
    return page.evaluate(_CELL_OUTPUT_TEXT, idx)


def run_cell(page, idx: int, code: str | None = None, timeout: float = 60_000) -> str:
    """Run one cell (optionally replacing its source first); return its output text."""
    page.evaluate(_RUN_CELL, [idx, code])
    page.wait_for_function(
        """(idx) => {
          const w = window.jupyterapp.shell.currentWidget;
          const c = w.content.widgets[idx];
          return c.model.executionCount !== null && w.sessionContext.session.kernel.status === 'idle';
        }""",
        arg=idx,
        timeout=timeout,
        polling=100,
    )
    raise_cell_errors(page)
    return cell_output_text(page, idx)


def kernel_json(page, expr: str, timeout: float = 60_000):
    """Evaluate ``expr`` in the kernel by running it in the last (scratch) cell; return it.

    The value is printed as JSON after a random marker and parsed back from the cell's
    output in the DOM, so it is what the kernel holds after everything the page sent it.
    """
    marker = "@@" + secrets.token_hex(8) + "@@"
    code = f"{SCRATCH}\nimport json as _json\nprint({marker!r} + _json.dumps({expr}) + {marker!r})"
    idx = cell_count(page) - 1
    run_cell(page, idx, code, timeout=timeout)
    page.wait_for_function(
        f"(idx) => ({_CELL_OUTPUT_TEXT})(idx).split({json.dumps(marker)}).length >= 3",
        arg=idx,
        timeout=timeout,
        polling=100,
    )
    text = cell_output_text(page, idx)
    return json.loads(text.split(marker)[1])
