"""The log colour scale in a real JupyterLab: a click on "log colours" sets the kernel's
``cmap_scale``, and two cells are then drawn in the colours a plain numpy log10 mapping picks."""

import pytest
from cm_page import canvas_pixel, poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

DECADES = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
C = np.array([[90000, 3, 0], [1, 500, 20], [0, 7, 4000]])
w = ConfusionMatrixWidget.from_counts(C, display_labels=["a", "b", "c"])
def log_rgb(i, j):
    pos = C[C > 0]
    lo, hi = np.log10(pos.min()), np.log10(pos.max())
    entry = 0 if C[i, j] == 0 else int(np.rint(1 + 254 * (np.log10(C[i, j]) - lo) / (hi - lo)))
    return list(bytes(w._lut)[3 * entry: 3 * entry + 3])
"""


def test_log_colours_toggle_and_two_cells_colours(page, jupyter_server, make_notebook):
    name = make_notebook([DECADES, "w", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=3)
    box = root(page).locator("input.cmw-log-scale")
    box.scroll_into_view_if_needed()
    box.click()

    def attempt():
        return kernel_json(page, "w.cmap_scale") == "log" or None

    poll(attempt, message="w.cmap_scale to follow the toggle")
    cells = [(1, 2), (2, 1), (0, 1)]  # 20, 7 and 3: light on a linear scale to 90000, apart on a log one
    want = kernel_json(page, f"[log_rgb(i, j) for i, j in {cells!r}]")
    linear = kernel_json(page, "[list(bytes(w._lut)[0:3])]")[0]
    page.mouse.move(0, 0)

    def drawn():
        g2 = wait_widget(page, k=3)
        px = [canvas_pixel(page, g2["x0"] + j * g2["cell"] + 3, g2["y0"] + i * g2["cell"] + 3) for i, j in cells]
        return px if all(all(abs(a - b) <= 2 for a, b in zip(p[:3], w)) for p, w in zip(px, want)) else None

    got = poll(drawn, message=f"the cells in the log scale's colours {want}")
    assert any(abs(a - b) > 20 for a, b in zip(got[0][:3], linear)), "a count of 20 is no longer the lightest colour"
    assert g["k"] == 3
