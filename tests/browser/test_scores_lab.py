"""Score views in a real JupyterLab: a drag on the ROC curve, the abstain slider and its
abstained column, a click in the multi-label matrix. Each checks what the kernel holds after
the page wrote it, against scikit-learn or a plain mask."""

import numpy as np
import pytest
from cm_page import click_cell, geometry, hover_cell, panel_indices, poll, root, selection_panel, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser


def _when(read, accept, message, timeout):
    def attempt():
        value = read()
        return value if accept(value) else None

    return poll(attempt, timeout=timeout, message=message)


def kernel_when(page, expr, accept, message, timeout=20):
    """Evaluate ``expr`` in the kernel until ``accept(value)``; return that value."""
    return _when(lambda: kernel_json(page, expr), accept, message, timeout)


def panel_when(page, accept, message):
    """What the selection panel shows, once ``accept`` takes it."""
    return _when(lambda: selection_panel(page), accept, message, 15)


def show(page, server, name, k):
    open_notebook(page, server, name)
    run_all(page)
    return wait_widget(page, k=k)


BINARY = """
import numpy as np
from sklearn.metrics import confusion_matrix, roc_auc_score
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(11)
yt = rng.integers(0, 2, 3000)
scores = np.clip(0.3 * yt + 0.7 * rng.random(3000), 0, 1)
w = ConfusionMatrixWidget(yt, y_score=scores)
seen = []
w.observe(lambda change: seen.append(change["new"]), names="threshold")
"""

DRAWN = (
    "{'t': np.frombuffer(w._curves['roc']['t'], '<f8').tolist(),"
    " 'x': np.frombuffer(w._curves['roc']['x'], '<f4').tolist(),"
    " 'y': np.frombuffer(w._curves['roc']['y'], '<f4').tolist()}"
)


def plot_point(page, kind, x, y):
    """Viewport pixel of the data point (x, y) in the plot of ``kind``."""
    svg = root(page).locator(f'svg.cmw-curve-svg[data-kind="{kind}"]')
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    size, pad = float(svg.get_attribute("data-plot-size")), float(svg.get_attribute("data-plot-pad"))
    scale = box["width"] / size
    inner = (size - 2 * pad) * scale
    return box["x"] + pad * scale + x * inner, box["y"] + pad * scale + (1 - y) * inner


def test_dragging_on_the_roc_curve_moves_the_kernel_threshold(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([BINARY, "w"])
    show(page, jupyter_server, name, k=2)
    root(page).locator('svg.cmw-curve-svg[data-kind="roc"] polyline').wait_for(timeout=30_000)
    # The curves stand beside the matrix, level with it, in JupyterLab's output area.
    grid = root(page).locator("canvas.cmw-canvas").bounding_box()
    roc = root(page).locator(".cmw-curve-roc").bounding_box()
    assert roc["x"] >= grid["x"] + grid["width"], (grid, roc)
    assert roc["y"] < grid["y"] + grid["height"] and grid["y"] < roc["y"] + roc["height"], (grid, roc)
    drawn = kernel_json(page, DRAWN)
    x, y = np.array(drawn["x"]), np.array(drawn["y"])
    start, goal = int(np.argmin(np.abs(x - 0.1))), int(np.argmin(np.abs(x - 0.45)))
    page.mouse.move(*plot_point(page, "roc", x[start], y[start]))
    page.mouse.down()
    for s in range(1, 11):
        at = start + (goal - start) * s // 10
        page.mouse.move(*plot_point(page, "roc", x[at], y[at]))
        page.wait_for_timeout(30)
    page.mouse.up()

    def settled():
        k = kernel_json(
            page,
            "{'t': w.threshold, 'counts': w.counts.tolist(), 'fpr': w.metrics['binary']['fpr'],"
            " 'tpr': w.metrics['binary']['tpr'],"
            " 'oracle': confusion_matrix(yt, scores >= w.threshold, labels=[0, 1]).tolist()}",
        )
        return k if abs(k["fpr"] - 0.45) < 0.05 else None

    k = poll(settled, timeout=20, message="the kernel's threshold at the released point of the curve")
    assert k["t"] in drawn["t"]  # a drawn point's threshold: a score of the data
    assert k["counts"] == k["oracle"]  # and the counts there are scikit-learn's
    assert len(kernel_json(page, "seen")) >= 2  # the drag wrote on the way, not only at the end
    svg = root(page).locator('svg.cmw-curve-svg[data-kind="roc"]')
    poll(
        lambda: abs(float(svg.get_attribute("data-marker-x") or -1) - k["fpr"]) < 1e-9,
        timeout=15,
        message="the marker at the kernel's point",
    )
    assert "AUC" in root(page).locator(".cmw-curve-roc figcaption").text_content()
    # A drag along the precision-recall curve, across its axis label, selects no text.
    page.mouse.move(*plot_point(page, "pr", 0.9, 0.5))
    page.mouse.down()
    for x in np.linspace(0.9, -0.15, 12):
        page.mouse.move(*plot_point(page, "pr", x, 0.5))
    page.mouse.up()
    assert page.evaluate("String(window.getSelection())") == ""
    # A target button: the highest threshold with recall >= 90%.
    root(page).locator(".cmw-curve-target", has_text="90% recall").click()
    poll(
        lambda: kernel_json(page, "w.threshold == w.threshold_for(tpr=0.9)"),
        timeout=15,
        message="threshold_for(tpr=0.9) in the kernel",
    )
    assert console_log.relevant() == []


MULTICLASS = """
import numpy as np
from sklearn.metrics import confusion_matrix
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(12)
yt = rng.integers(0, 4, 800)
proba = rng.dirichlet(np.ones(4), 800)
w = ConfusionMatrixWidget(yt, y_score=proba, display_labels=["ant", "bee", "cat", "dog"])
"""


def test_the_abstain_slider_and_the_abstained_column(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([MULTICLASS + 'w.normalize = "true"\n', "w"])
    show(page, jupyter_server, name, k=4)
    view = root(page).locator(".cmw-abstain")
    view.locator("input.cmw-abstain-on").check()
    poll(lambda: kernel_json(page, "w.abstain is not None"), timeout=15, message="abstain on in the kernel")
    slider = view.locator("input.cmw-abstain-slider")
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    yy = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 0.5 * box["width"], yy)
    page.mouse.down()
    for s in range(1, 9):
        page.mouse.move(box["x"] + (0.5 + 0.02 * s) * box["width"], yy)
        page.wait_for_timeout(30)
    page.mouse.up()
    shown = float(slider.input_value())
    k = kernel_when(
        page,
        "{'a': w.abstain, 'counts': w.counts.tolist(), 'matrix': w.matrix.tolist(), 'oracle': confusion_matrix(yt,"
        " np.where(proba.max(axis=1) < w.abstain, 4, proba.argmax(axis=1)), labels=range(5))[:4].tolist()}",
        lambda v: v["a"] == pytest.approx(shown, abs=1e-9),
        "the released abstain value in the kernel",
    )
    assert k["counts"] == k["oracle"]
    assert 0.55 < shown < 0.7
    coverage = 1 - sum(row[4] for row in k["counts"]) / 800
    poll(lambda: f"coverage {100 * coverage:.1f}%" in view.text_content(), timeout=15, message="coverage shown")
    # The matrix draws the abstained column as its fifth; the page's percentages are w.matrix's,
    # each row divided by its total with the abstained samples (not by the covered part alone).
    poll(lambda: geometry(page)["cols"] == 5, timeout=15, message="the abstained column drawn")
    cat = k["counts"][2]
    covered_only = f"{100 * cat[1] / sum(cat[:4]):.1f}%"
    square = f"{100 * k['matrix'][2][1]:.1f}%"
    assert square != covered_only  # the check below tells the two apart
    tip = poll(lambda: (t := hover_cell(page, 2, 1)) and f"Shown: {square} of its true row" in t and t, timeout=15)
    assert "True: cat" in tip and "Predicted: bee" in tip and f"Count: {cat[1]}" in tip
    expect = f"True: cat\nPredicted: abstained\nCount: {cat[4]}\nShown: {100 * k['matrix'][2][4]:.1f}% of its true row"
    assert hover_cell(page, 2, 4) == expect
    # A real click on that cell of the canvas selects it in the kernel.
    click_cell(page, 2, 4)
    sel = kernel_when(
        page,
        "{'selected': None if w.selected is None else list(w.selected), 'indices': w.selected_indices.tolist(),"
        " 'oracle': np.flatnonzero((yt == 2) & (proba.max(axis=1) < w.abstain)).tolist()}",
        lambda v: v["selected"] == [2, 4],
        "the abstained cell of cat selected in the kernel",
    )
    assert sel["indices"] == sel["oracle"] and len(sel["indices"]) == cat[4] > 0
    panel = panel_when(page, lambda p: "abstained" in (p["sentence"] or ""), "the panel of the abstained cell")
    assert panel_indices(panel) == sel["oracle"][: len(panel_indices(panel))]
    assert root(page).locator(".cmw-abstained-cell").count() == 0  # the column replaced the strip of buttons
    assert console_log.relevant() == []


MULTILABEL = """
import numpy as np
from sklearn.metrics import multilabel_confusion_matrix
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(13)
Y = (rng.random((300, 3)) < 0.4).astype(int)
S = np.clip(Y * 0.35 + rng.random((300, 3)) * 0.65, 0, 1)
w = ConfusionMatrixWidget.multilabel(Y, y_score=S, labels=["cat", "dog", "owl"])
"""


def test_a_click_in_the_multilabel_matrix_lists_its_samples(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([MULTILABEL, "w"])
    show(page, jupyter_server, name, k=3)
    click_cell(page, 2, 0)
    k = kernel_when(
        page,
        "{'selected': None if w.selected is None else list(w.selected), 'indices': w.selected_indices.tolist(),"
        " 'oracle': np.flatnonzero((Y[:, 2] == 1) & (S[:, 0] >= 0.5)).tolist()}",
        lambda v: v["selected"] == [2, 0],
        "cell (owl, cat) selected in the kernel",
    )
    assert k["indices"] == k["oracle"] and k["indices"]
    panel = panel_when(page, panel_indices, "the cell's samples in the panel")
    assert panel_indices(panel) == k["oracle"][: len(panel_indices(panel))]
    # The per-label table of owl, from the label picker, equals scikit-learn's.
    view = root(page).locator(".cmw-multilabel")
    view.locator("select.cmw-label-picker").select_option("2")
    tn, fp, fn, tp = kernel_json(page, "multilabel_confusion_matrix(Y, S >= 0.5)[2].ravel().tolist()")
    text = view.locator(".cmw-label-focus").text_content()
    for tag, v in (("TN", tn), ("FP", fp), ("FN", fn), ("TP", tp)):
        assert f"{tag} {v}" in text
    view.locator('.cmw-label-cell[data-cell="fn"]').click()
    expect = kernel_json(page, "np.flatnonzero((Y[:, 2] == 1) & (S[:, 2] < 0.5)).tolist()")
    poll(
        lambda: f"FN of owl: {len(expect)} samples" in view.text_content(),
        timeout=15,
        message="owl's false negatives listed",
    )
    assert console_log.relevant() == []
