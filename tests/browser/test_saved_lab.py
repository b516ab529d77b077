"""A notebook saved with the widget's output, reopened in JupyterLab 4 or Notebook 7 with no kernel behind the
widget: the output shows the kernel-free view (drawn, clickable, listing the indices the file
holds) and a line saying that running the cell makes it live, never "model not found"; running
the cell replaces it by the live widget, one view.

The server here is this test's own, as it is stopped and started again; it finds this checkout's
JupyterLab extension (cm_widget/labextension, as pip installs it into
share/jupyter/labextensions/cm-widget; see jlab_harness) and its kernel imports this checkout's
cm_widget.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from cm_page import click_cell, panel_indices, selection_panel, wait_widget
from jlab_harness import JupyterServer
from lab_page import SCRATCH, kernel_json, open_notebook, run_all, run_cell

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
MIME = "application/vnd.cm-widget.view+json"
NOTE = "Saved view, no kernel behind it: run the cell to make it live."

CELL = """import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(5)
y = rng.integers(0, 4, 300)
p = np.where(rng.random(300) < 0.6, y, rng.integers(0, 4, 300))
w = ConfusionMatrixWidget(y, p)
w"""


def labels():
    rng = np.random.default_rng(5)
    y = rng.integers(0, 4, 300)
    return y, np.where(rng.random(300) < 0.6, y, rng.integers(0, 4, 300))


class CheckoutServer(JupyterServer):
    """JupyterLab (with this checkout's extension, as every test server) whose kernel imports this
    checkout's cm_widget."""

    def environment(self) -> dict:
        env = super().environment()
        env["PYTHONPATH"] = str(ROOT)
        return env


_OUTPUT = """() => {
  const area = window.jupyterapp.shell.currentWidget.content.widgets[0].node.querySelector('.jp-OutputArea');
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  return {
    roots: [...area.querySelectorAll('.cmw')].filter(visible).length,
    notes: [...area.querySelectorAll('.cmw-saved-note')].filter(visible).map((n) => n.textContent),
    text: area.innerText,
  };
}"""


@pytest.fixture
def server():
    with tempfile.TemporaryDirectory(prefix="cmw-saved-", ignore_cleanup_errors=True) as base:
        s = CheckoutServer(base)
        try:
            yield s
        finally:
            s.stop()


@pytest.mark.parametrize("ui", ["lab", "notebook"])
def test_reopened_notebook_shows_the_saved_view_until_the_cell_runs(server, browser, tmp_path, ui):
    y, p = labels()
    server.start()
    name = server.write_notebook("saved.ipynb", [CELL, SCRATCH])
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    # Nothing but this server: every other host is refused.
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(server.url) else r.abort())
    page = context.new_page()
    try:
        # 1. Run it live, save it, stop the server.
        open_notebook(page, server, name, ui)
        run_all(page)
        wait_widget(page, k=4)
        live = page.evaluate(_OUTPUT)
        assert live["roots"] == 1 and live["notes"] == []
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
        saved_path = server.root_dir / name
        for _ in range(100):
            outputs = json.loads(saved_path.read_text())["cells"][0]["outputs"]
            if any(MIME in o.get("data", {}) for o in outputs):
                break
            page.wait_for_timeout(100)
        assert any(MIME in o.get("data", {}) for o in outputs), "the saved output has no saved view"
        page.close()
        server.stop()

        # 2. Start it again and reopen: a fresh kernel, which never ran the cell.
        server.start()
        page = context.new_page()
        open_notebook(page, server, name, ui)
        page.wait_for_function(f"() => ({_OUTPUT})().notes.length === 1", polling=100, timeout=30_000)
        wait_widget(page, k=4)
        shown = page.evaluate(_OUTPUT)
        assert shown["notes"] == [NOTE] and shown["roots"] == 1
        assert "model not found" not in shown["text"] and "Error displaying widget" not in shown["text"]
        for i, j in [(2, 1), (0, 0)]:
            click_cell(page, i, j)
            page.wait_for_function(
                "([i, j]) => { const s = document.querySelector('.cmw-saved .cmw-sentence'); return !!s; }",
                arg=[i, j],
            )
            panel = selection_panel(page)
            assert panel_indices(panel) == np.flatnonzero((y == i) & (p == j)).tolist()
        page.screenshot(path=str(tmp_path / "reopened.png"), full_page=True)

        # 3. Run the cell: the live widget replaces the saved view, one view.
        run_cell(page, 0)
        page.wait_for_function(
            f"() => {{ const o = ({_OUTPUT})(); return o.notes.length === 0 && o.roots === 1; }}", polling=100
        )
        wait_widget(page, k=4)
        click_cell(page, 3, 2)
        assert kernel_json(page, "[int(v) for v in w.selected]") == [3, 2]
        after = page.evaluate(_OUTPUT)
        assert after["roots"] == 1 and after["notes"] == []
        page.screenshot(path=str(tmp_path / "live-again.png"), full_page=True)
    finally:
        context.close()
