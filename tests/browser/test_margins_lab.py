"""Totals and "(other)" in a real JupyterLab: the "totals" box sets the kernel's ``show_totals`` and
the totals appear in the margins; with ``top_classes`` a real click on an "(other)" cell makes the
kernel select the cells of the hidden classes, whose samples are the numpy mask's."""

import pytest
from cm_page import canvas_client_point, click_cell, geometry, ink_in_box, poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(2)
yt = rng.integers(0, 6, 600)
yp = np.where(rng.random(600) < 0.5, yt, rng.integers(0, 6, 600))
w = ConfusionMatrixWidget(yt, yp, order="support", top_classes=3)
shown, hidden = w.class_order[:3].tolist(), w.class_order[3:].tolist()
"""

_TOTALS = """() => {
  const c = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .cmw canvas[data-cell-size]')
    || document.querySelector('.cmw canvas[data-cell-size]');
  return c.dataset.totalsX0 ? {x: Number(c.dataset.totalsX0), w: Number(c.dataset.totalsWidth)} : null;
}"""


def test_totals_box_and_a_click_on_other(page, jupyter_server, make_notebook):
    name = make_notebook([SETUP, "w", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=4)  # three classes and (other)
    assert page.evaluate(_TOTALS) is None  # off by default
    box = root(page).locator("input.cmw-show-totals")
    box.scroll_into_view_if_needed()
    box.click()
    poll(lambda: kernel_json(page, "w.show_totals") is True or None, message="w.show_totals to follow the box")
    tot = poll(lambda: page.evaluate(_TOTALS), message="the totals drawn")
    g = geometry(page)
    assert ink_in_box(page, tot["x"], g["y0"], tot["x"] + tot["w"], g["y0"] + 4 * g["cell"]) > 20

    canvas_client_point(page, g["x0"], g["y0"])  # scroll the grid into view
    click_cell(page, 3, 1)  # (other) row, the second class shown
    want = kernel_json(page, "sorted([h, shown[1]] for h in hidden)")
    poll(lambda: kernel_json(page, "[list(c) for c in w.selected]") == want or None, message="the (other) cells")
    got = kernel_json(page, "w.selected_indices.tolist()")
    assert got == kernel_json(page, "np.flatnonzero(np.isin(yt, hidden) & (yp == shown[1])).tolist()")
    assert got == kernel_json(page, "w.indices('(other)', shown[1]).tolist()") and got
