"""The matrix in JupyterLab's dark theme, switched with the Settings > Theme menu: the empty
cells are the notebook's background (--jp-layout-color1), not a white block, and the grid is
mostly the page's dark colour; switching back to the light theme brings the colormap back."""

import io

import numpy as np
import pytest
from cm_page import geometry, poll, wait_widget
from lab_page import open_notebook, run_all
from PIL import Image
from sklearn.metrics import confusion_matrix

pytestmark = pytest.mark.browser

K = 10
DATA = f"""
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(7)
y = rng.integers(0, {K}, 450)
p = np.where(rng.random(450) < 0.9, y, rng.integers(0, {K}, 450))
w = ConfusionMatrixWidget(y, p)
w
"""


def expected_counts():
    rng = np.random.default_rng(7)
    y = rng.integers(0, K, 450)
    p = np.where(rng.random(450) < 0.9, y, rng.integers(0, K, 450))
    return confusion_matrix(y, p, labels=list(range(K)))


def choose_theme(page, name):
    """Settings > Theme > name, with the mouse."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Settings").click()
    page.locator(".lm-Menu-itemLabel", has_text="Theme").first.hover()
    page.locator(".lm-Menu-itemLabel").get_by_text(name, exact=True).click()


def cell_corners(page):
    """RGB of a pixel near the top-left corner of every cell (clear of its text), and the geometry."""
    g = geometry(page)
    canvas = page.locator("canvas[data-cell-size]").first
    shot = np.asarray(Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")).astype(int)
    s = shot.shape[1] / g["width"]
    corners = np.empty((K, K, 3), dtype=int)
    for i in range(K):
        for j in range(K):
            corners[i, j] = shot[int((g["y0"] + i * g["cell"] + 4) * s), int((g["x0"] + j * g["cell"] + 4) * s)]
    return corners


def rgb_of(css):
    css = css.strip()
    if css.startswith("#"):
        h = css[1:] if len(css) == 7 else "".join(c * 2 for c in css[1:])
        return np.array([int(h[n : n + 2], 16) for n in (0, 2, 4)])
    return np.array([int(float(v)) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3]])


def test_dark_theme_puts_the_empty_cells_on_the_page_background(page, jupyter_server, make_notebook, tmp_path):
    shots = tmp_path
    counts = expected_counts()
    assert (counts == 0).any() and (counts > 0).any()
    open_notebook(page, jupyter_server, make_notebook([DATA]))
    run_all(page)
    wait_widget(page, k=K)
    try:
        choose_theme(page, "JupyterLab Dark")
        poll(lambda: page.evaluate("document.body.dataset.jpThemeLight") == "false", message="the dark theme")
        bg = rgb_of(page.evaluate("getComputedStyle(document.body).getPropertyValue('--jp-layout-color1')"))
        assert bg.sum() < 3 * 80, f"a dark background: {bg}"

        def settled():
            corners = cell_corners(page)
            return np.abs(corners[counts == 0] - bg).max() <= 2

        poll(settled, message="the empty cells to take the page's background")
        page.screenshot(path=str(shots / "dark.png"))
        corners = cell_corners(page)
        lum = corners.mean(axis=2)
        assert (lum > 200).mean() < 0.05, "no white block on the dark page"
        assert (np.abs(corners[counts > 0] - bg).max(axis=1) > 2).all(), "cells with counts stand out"
    finally:
        # The server's settings are shared by the session's tests: the light theme back, whatever happened.
        page.evaluate("window.jupyterapp.commands.execute('apputils:change-theme', {theme: 'JupyterLab Light'})")
        poll(lambda: page.evaluate("document.body.dataset.jpThemeLight") == "true", message="the light theme")
    # Back in the light theme the empty cells are the colormap's lightest entry again.
    import matplotlib

    lightest = np.round(np.array(matplotlib.colormaps["Blues"](0.0)[:3]) * 255)
    poll(lambda: np.abs(cell_corners(page)[counts == 0] - lightest).max() <= 2, message="the light colours back")
