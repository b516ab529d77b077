"""``jupyter nbconvert --execute --to html`` with no extra flag, and ``--to html`` of a notebook saved
with its widget state: the page shows the interactive kernel-free matrix offline (opened from
file://, every other request aborted), its clicks list what numpy lists, and the widget makes the
page ask for nothing more than a notebook without it.

nbconvert finds the package's hook where pip installs it (share/jupyter/nbconvert/templates/conf.json);
here the hook is this checkout's, put on the data path with JUPYTER_PATH, and nbconvert and its
kernel import this checkout's cm_widget.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from cm_page import click_cell, panel_indices, selection_panel, wait_widget
from jlab_harness import checkout_share

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

CELLS = [
    "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\nrng = np.random.default_rng(9)",
    "y = rng.integers(0, 3, 240)\np = np.where(rng.random(240) < 0.6, y, rng.integers(0, 3, 240))",
    "ConfusionMatrixWidget(y, p)",
]


def labels():
    rng = np.random.default_rng(9)
    y = rng.integers(0, 3, 240)
    return y, np.where(rng.random(240) < 0.6, y, rng.integers(0, 3, 240))


def convert(tmp_path, cells, name, *, execute=True):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    if not execute:
        from nbclient import NotebookClient

        # as JupyterLab saves it with "Save Widget State Automatically": outputs and widget state
        NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=True).execute(cwd=str(tmp_path))
        assert nb.metadata["widgets"]
    src = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, src)
    share = checkout_share(tmp_path / "share")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env.update(PYTHONPATH=str(ROOT), JUPYTER_PATH=str(share))
    flags = ["--execute"] if execute else []
    out = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", *flags, "--to", "html", str(src)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    return tmp_path / f"{name}.html"


def requests_of(browser, path, check=None):
    """Open ``path`` from file:// with every other request aborted; run ``check(page)``; return
    the aborted requests."""
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    context.set_default_timeout(30_000)
    outside = []

    def route(r):
        if r.request.url.startswith(("file://", "data:", "blob:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        if check is not None:
            check(page)
        page.wait_for_timeout(500)  # late requests
        page.screenshot(path=str(path.with_suffix(".png")), full_page=True)
    finally:
        context.close()
    return outside


def check_matrix(page):
    y, p = labels()
    wait_widget(page, k=3)
    assert page.locator(".cmw").count() == 1, "one view of the widget"
    for i, j in [(2, 1), (0, 2), (1, 1)]:
        click_cell(page, i, j)
        page.wait_for_function("() => !!document.querySelector('.cmw-sentence')")
        assert panel_indices(selection_panel(page)) == np.flatnonzero((y == i) & (p == j)).tolist()


@pytest.mark.parametrize("how", ["execute", "saved-with-widget-state"])
def test_nbconvert_html_with_defaults_is_the_interactive_offline_view(browser, tmp_path, how):
    page_path = convert(tmp_path, CELLS, "matrix", execute=how == "execute")
    control = convert(tmp_path, ["print(1)"], "control")
    asked = requests_of(browser, page_path, check_matrix)
    # nbconvert's template asks a CDN for require.js and MathJax for every notebook; the widget adds nothing
    assert set(asked) <= set(requests_of(browser, control)), asked


# Three matrices of different data: a notebook saves the page's code with the first only.
MANY = [
    CELLS[0],
    "def data(seed, k, n):\n"
    "    r = np.random.default_rng(seed)\n"
    "    y = r.integers(0, k, n)\n"
    "    return y, np.where(r.random(n) < 0.6, y, r.integers(0, k, n))",
    "ConfusionMatrixWidget(*data(1, 3, 200))",
    "ConfusionMatrixWidget(*data(2, 4, 300))",
    "ConfusionMatrixWidget(*data(3, 3, 150))",
]
SEEDS = [(1, 3, 200), (2, 4, 300), (3, 3, 150)]


def data_of(seed, k, n):
    r = np.random.default_rng(seed)
    y = r.integers(0, k, n)
    return y, np.where(r.random(n) < 0.6, y, r.integers(0, k, n))


def check_every_matrix(order):
    def check(page):
        page.wait_for_function("() => document.querySelectorAll('.cmw').length === 3", timeout=60_000)
        assert page.locator(".cmw-nocode").count() == 0
        for nth, (seed, k, n) in enumerate(order):
            y, p = data_of(seed, k, n)
            wait_widget(page, k=k, nth=nth)
            for i, j in [(0, 1), (k - 1, 0)]:
                click_cell(page, i, j, nth=nth)
                page.wait_for_function(
                    f"() => !!document.querySelectorAll('.cmw')[{nth}].querySelector('.cmw-sentence')"
                )
                assert panel_indices(selection_panel(page, nth=nth)) == np.flatnonzero((y == i) & (p == j)).tolist()

    return check


def test_every_matrix_of_a_notebook_is_interactive_with_one_copy_of_the_code(browser, tmp_path):
    page_path = convert(tmp_path, MANY, "many")
    assert len(re.findall(r'class="?cmw-view-core\b', page_path.read_text(encoding="utf-8"))) == 1
    assert requests_of(browser, page_path, check_every_matrix(SEEDS)) == requests_of(
        browser, convert(tmp_path, ["print(1)"], "control")
    )


def test_matrices_before_the_copy_of_the_code_wait_for_it(browser, tmp_path):
    """The cell whose output holds the code moved to the end, and saved with no kernel."""
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in MANY]
    os.environ["PYTHONPATH"], old = str(ROOT), os.environ.get("PYTHONPATH")
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3").execute(cwd=str(tmp_path))
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old
    carrier = nb.cells.pop(2)
    assert "class=cmw-view-core" in "".join(carrier.outputs[0]["data"]["text/html"])
    nb.cells.append(carrier)
    page_path = convert_saved(tmp_path, nb, "moved")
    requests_of(browser, page_path, check_every_matrix([SEEDS[1], SEEDS[2], SEEDS[0]]))


def test_a_matrix_whose_notebook_lost_the_code_says_how_to_get_it_back(browser, tmp_path):
    """Opened where no export hook runs (the notebook's HTML as a page: its outputs as they are)."""
    from cm_widget import ConfusionMatrixWidget
    from cm_widget._export.html import NO_CODE, fragment

    y, p = data_of(1, 3, 200)
    body = fragment(ConfusionMatrixWidget(y, p), css=True, code=False)
    page_path = tmp_path / "lost.html"
    page_path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")

    def check(page):
        page.wait_for_selector(".cmw-nocode")
        assert page.locator(".cmw-nocode").text_content() == NO_CODE
        assert page.locator(".cmw-static table").is_visible()
        assert page.locator(".cmw").count() == 0

    requests_of(browser, page_path, check)


def convert_saved(tmp_path, nb, name):
    """``jupyter nbconvert --to html`` of ``nb`` as saved (no execution), with this checkout's hook."""
    src = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, src)
    share = checkout_share(tmp_path / "share")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env.update(PYTHONPATH=str(ROOT), JUPYTER_PATH=str(share))
    out = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", str(src)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    return tmp_path / f"{name}.html"
