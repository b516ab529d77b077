"""The kernel-free page: ``w.to_html()`` opened from file:// in headless Chromium, every request
that is not a local file aborted and counted, and the page's answers checked against numpy
and scikit-learn. The same page inside ``jupyter nbconvert --to html`` of an executed notebook."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest
from cm_page import click_cell, hover_cell, panel_indices, poll, root, wait_panel_for, wait_widget, y_label_point
from lab_page import open_notebook, run_all
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

HOSTILE = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture
def offline_page(browser, tmp_path):
    """A page that may load only file:// URLs; other requests are aborted and listed."""
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.outside = []
    page.errors = []

    def route(r):
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(f"uncaught: {e.message}"))
    try:
        yield page
    finally:
        try:
            page.screenshot(path=str(tmp_path / "screenshot.png"), full_page=True)
        finally:
            context.close()


def binary_data(n=300, seed=3):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    score = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    texts = [f"sample {i} {HOSTILE}" for i in range(n)]
    return y, score, texts


def wait_drawn(page, nth=0):
    page.wait_for_function(
        "(nth) => { const r = document.querySelectorAll('.cmw')[nth]; return r && Number(r.dataset.drawCount) >= 1; }",
        arg=nth,
    )


def readout(page):
    """TN/FP/FN/TP as the page shows them in its 2x2 readout."""
    cells = page.locator(".cmw-readout-table td").all_text_contents()
    out = {}
    for text in cells:
        tag, value = text.split()
        out[tag] = int(value.replace(",", ""))
    return out


def page_threshold(page):
    return float(page.locator(".cmw-live").first.get_attribute("data-threshold"))


def set_slider(page, fraction):
    """Click the threshold slider at ``fraction`` of its width, as a user would."""
    box = page.locator("input.cmw-threshold").bounding_box()
    page.mouse.click(box["x"] + 8 + fraction * (box["width"] - 16), box["y"] + box["height"] / 2)


def test_file_is_interactive_offline_and_exact(offline_page, tmp_path):
    page = offline_page
    y, score, texts = binary_data()
    w = ConfusionMatrixWidget(y, y_score=score, display_labels=[HOSTILE, "sick"], samples=texts)
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    first_draw = float(root(page).get_attribute("data-first-draw-ms"))
    print(f"first draw of the file: {first_draw:.1f} ms")

    # Five thresholds along the slider: the page's counts equal scikit-learn's at its threshold.
    seen = set()
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
        before = page_threshold(page)
        set_slider(page, fraction)
        poll(lambda before=before: page_threshold(page) != before, message="the threshold to move")
        t = page_threshold(page)
        assert t == float(np.float32(t)), "the page works at float32 thresholds"
        seen.add(t)
        cm = confusion_matrix(y, (score >= t).astype(int), labels=[0, 1])
        expected = {"TN": cm[0, 0], "FP": cm[0, 1], "FN": cm[1, 0], "TP": cm[1, 1]}
        poll(lambda expected=expected: readout(page) == expected, message=f"the readout at {t} to be {expected}")
    assert len(seen) == 5

    # Clicks: every cell's samples equal numpy's mask at the current threshold.
    t = page_threshold(page)
    for i, j in ((0, 1), (1, 0), (1, 1)):
        click_cell(page, i, j)
        names = [HOSTILE, "sick"]
        panel = wait_panel_for(page, names[i], names[j])
        expected = np.flatnonzero((y == i) & ((score >= t).astype(int) == j))
        assert panel_indices(panel) == expected[:100].tolist()
        previews = page.locator(".cmw-selection .cmw-preview-text")
        assert previews.count() == min(len(expected), 40)
    # Hostile text stayed text: no element was made from it and its handler never ran.
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("window.__pwned === undefined")
    assert HOSTILE in root(page).text_content()

    # Normalisation toggles in the page: the tooltip shows a share of the true row.
    page.get_by_role("button", name="By true row").click()
    tip = hover_cell(page, 1, 1)
    cm = confusion_matrix(y, (score >= t).astype(int), labels=[0, 1])
    assert f"{100 * cm[1, 1] / cm[1].sum():.1f}%" in tip

    # Renaming a class is local to the page and shows in the sentence.
    page.mouse.dblclick(*y_label_point(page, 1))
    editor = page.locator(".cmw input.cmw-inline-editor, .cmw input[type=text]").first
    editor.fill("ill")
    editor.press("Enter")
    click_cell(page, 1, 0)
    wait_panel_for(page, "ill", HOSTILE)

    assert page.outside == [], f"the page asked the network for {page.outside}"
    assert page.errors == []


def boxes(page):
    """Bounding boxes of the matrix's canvas, the ROC figure and the row holding both."""
    return {
        name: root(page).locator(sel).bounding_box()
        for name, sel in (("grid", "canvas.cmw-canvas"), ("roc", ".cmw-curve-roc"), ("row", ".cmw-main"))
    }


def beside(b):
    grid, roc = b["grid"], b["roc"]
    return roc["x"] >= grid["x"] + grid["width"] and roc["y"] < grid["y"] + grid["height"]


def test_the_curves_stand_beside_the_matrix_and_under_it_when_narrow(offline_page, tmp_path):
    page = offline_page
    y, score, _ = binary_data()
    path = tmp_path / "cm.html"
    ConfusionMatrixWidget(y, y_score=score).to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    root(page).locator(".cmw-curve-roc polyline").wait_for()
    b = boxes(page)
    assert beside(b), b
    # Narrow: the curves wrap under the matrix, which still fits the row.
    page.set_viewport_size({"width": 560, "height": 1000})
    poll(lambda: boxes(page)["roc"]["y"] >= boxes(page)["grid"]["y"] + boxes(page)["grid"]["height"], message="wrap")
    b = boxes(page)
    assert b["grid"]["x"] + b["grid"]["width"] <= b["row"]["x"] + b["row"]["width"] + 0.5, b
    # Wide again: beside it again.
    page.set_viewport_size({"width": 1300, "height": 1000})
    poll(lambda: beside(boxes(page)), message="the curves beside the matrix again")
    assert page.errors == []


def test_counts_only_above_max_samples_says_so(offline_page, tmp_path):
    page = offline_page
    rng = np.random.default_rng(0)
    y, p = rng.integers(0, 3, 500), rng.integers(0, 3, 500)
    w = ConfusionMatrixWidget(y, p)
    path = tmp_path / "small.html"
    w.to_html(path, max_samples=100)
    page.goto(path.as_uri())
    wait_drawn(page)
    assert "need a live kernel" in root(page).text_content()
    click_cell(page, 2, 1)
    sentence = page.locator(".cmw-selection .cmw-sentence")
    n = int(((y == 2) & (p == 1)).sum())
    poll(
        lambda: sentence.count() and sentence.text_content().startswith(f"{n} samples are truly 2"),
        message="the sentence of cell (2, 1)",
    )
    assert page.locator(".cmw-selection .cmw-indices").count() == 0
    assert "need a live kernel" in page.locator(".cmw-selection").text_content()
    assert page.outside == [] and page.errors == []


NOTEBOOK_CELLS = [
    """
    import numpy as np
    from cm_widget import ConfusionMatrixWidget
    rng = np.random.default_rng(5)
    y_true = rng.integers(0, 4, 400)
    y_pred = np.where(rng.uniform(size=400) < 0.7, y_true, rng.integers(0, 4, 400))
    ConfusionMatrixWidget(y_true, y_pred, display_labels=["ant", "bee", "cat", "dog"])
    """,
]


def test_nbconvert_html_of_an_executed_notebook_stays_interactive(offline_page, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(textwrap.dedent(c).strip()) for c in NOTEBOOK_CELLS]
    # As saved from JupyterLab, which keeps no widget state by default (with a saved widget
    # state, nbconvert prefers the live widget view, which needs a kernel or a CDN).
    NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=False).execute()
    src = tmp_path / "executed.ipynb"
    nbformat.write(nb, src)
    out = subprocess.run(
        [sys.executable, "-m", "nbconvert", "--to", "html", str(src), "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    page = offline_page
    page.goto((tmp_path / "executed.html").as_uri())
    wait_drawn(page)
    rng = np.random.default_rng(5)
    y_true = rng.integers(0, 4, 400)
    y_pred = np.where(rng.uniform(size=400) < 0.7, y_true, rng.integers(0, 4, 400))
    names = ["ant", "bee", "cat", "dog"]
    assert page.locator(".cmw").count() == 1, "one view of the widget, not two"
    for i, j in ((2, 1), (1, 2)):
        click_cell(page, i, j)
        panel = wait_panel_for(page, names[i], names[j])
        assert panel_indices(panel) == np.flatnonzero((y_true == i) & (y_pred == j)).tolist()
    # nbconvert's own template may ask a CDN for its scripts (aborted here); the matrix needs none.
    assert not any("cm_widget" in u or "anywidget" in u for u in page.outside), page.outside
    ours = [e for e in page.errors if "ERR_FAILED" not in e and "require" not in e.lower()]
    assert ours == [], ours
    print(f"nbconvert page asked the network for {len(page.outside)} template resources (aborted)")


def test_jupyterlab_shows_the_live_widget_once(page, jupyter_server, make_notebook, console_log):
    """The output also carries the kernel-free view; JupyterLab must draw only the live one."""
    name = make_notebook([textwrap.dedent(NOTEBOOK_CELLS[0]).strip()])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=4)
    page.wait_for_timeout(500)
    assert page.locator(".cmw").count() == 1
    assert page.locator(".cmw-static").count() == 0
    assert console_log.relevant() == []


@pytest.mark.parametrize("scale", [1, 1.25, 2])
def test_colour_bar_shows_only_the_colormaps_colours_in_order(browser, tmp_path, scale):
    """On a dark page at 900x700, every pixel inside the colour bar is one of matplotlib's 256
    Blues entries, darker upwards: no blend of two entries and no page showing between them."""
    import io

    import matplotlib
    from PIL import Image

    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 450)
    pred = np.where(rng.random(450) < 0.9, y, rng.integers(0, 10, 450))
    path = tmp_path / "cm.html"
    ConfusionMatrixWidget(y, pred, cmap="Blues").to_html(path)
    context = browser.new_context(viewport={"width": 900, "height": 700}, device_scale_factor=scale)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.add_style_tag(content="html, body { background: #111 !important; }")
        g = wait_widget(page)
        canvas = page.locator("canvas[data-cell-size]").first
        shot = np.asarray(Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")).astype(int)
    finally:
        context.close()
    s = shot.shape[1] / g["width"]
    assert abs(s - scale) < 0.02
    grid = g["v"] * g["cell"]
    bar_x = g["x0"] + grid + 16  # the gap between the grid and the bar
    # The bar's inside: 2 device pixels in from each side, clear of its border and its edges.
    xs = range(int(np.ceil(bar_x * s)) + 2, int((bar_x + 14) * s) - 2)
    ys = range(int(np.ceil(g["y0"] * s)) + 2, int((g["y0"] + grid) * s) - 2)
    lut = np.round(matplotlib.colormaps["Blues"](np.linspace(0, 1, 256)) * 255)[:, :3]
    for x in xs:
        column = shot[ys.start : ys.stop, x]
        dist = np.sqrt(((column[:, None, :] - lut[None]) ** 2).sum(-1))
        nearest = dist.argmin(1)
        worst = int(dist.min(1).argmax())
        assert dist.min(1).max() <= 2, f"pixel ({x}, {ys.start + worst}) is {column[worst]}, not a Blues entry"
        assert np.all(np.diff(nearest) <= 0), "entries rise from the bottom of the bar to its top"
        assert nearest[0] >= 250 and nearest[-1] <= 5, "the bar runs from the darkest entry to the lightest"
