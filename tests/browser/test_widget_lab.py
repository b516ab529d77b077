"""The widget in a real JupyterLab: what the page shows and sends is checked against what the
kernel holds afterwards, and the kernel's numbers against naive numpy / scikit-learn."""

import math
import re

import pytest
from cm_page import (
    canvas_pixel,
    cell_client_point,
    click_cell,
    geometry,
    hover_cell,
    in_view,
    ink_in_box,
    panel_indices,
    poll,
    root,
    selection_panel,
    tooltip_text,
    wait_panel_for,
    wait_widget,
    x_label_point,
    y_label_point,
)
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

# Five string classes in an order that is neither sorted nor symmetric, so a transposed
# matrix, a sorted axis or an off-by-one row all land on a different cell.
LABELS = ["eel", "dog", "cat", "bee", "ant"]
FIVE_CLASSES = f"""
import numpy as np
from sklearn.metrics import confusion_matrix
from cm_widget import ConfusionMatrixWidget
from cm_widget._colors import color_indices
LABELS = {LABELS!r}
rng = np.random.default_rng(20240611)
names = np.array(sorted(LABELS))
yt = names[rng.integers(0, 5, 400)]
yp = np.where(rng.random(400) < 0.55, yt, names[rng.integers(0, 5, 400)])
# A few extra 'bee' predicted as 'dog' so that cell (3, 1) and its transpose (1, 3) differ.
yt = np.concatenate([yt, ["bee"] * 4]); yp = np.concatenate([yp, ["dog"] * 4])
"""
SHOW = "w"


def show_widget(page, server, name, k):
    """Open a generated notebook in JupyterLab, run it, and wait for its widget to draw."""
    open_notebook(page, server, name)
    run_all(page)
    return wait_widget(page, k=k)


def naive_cell(i, j):
    """Kernel expression: sample indices of cell (i, j) by a plain mask over the raw labels."""
    return f"np.flatnonzero((yt == LABELS[{i}]) & (yp == LABELS[{j}])).tolist()"


def five_class_notebook(make_notebook):
    return make_notebook([FIVE_CLASSES, "w = ConfusionMatrixWidget(yt, yp, labels=LABELS)", SHOW])


def kernel_selection(page):
    return kernel_json(
        page,
        "{'selected': None if w.selected is None else [int(v) for v in w.selected],"
        " 'indices': w.selected_indices.tolist()}",
    )


def kernel_until(page, expr, accept, message, timeout=15):
    """Evaluate ``expr`` in the kernel until ``accept(value)``; return that value."""

    def attempt():
        value = kernel_json(page, expr)
        return (value,) if accept(value) else None

    return poll(attempt, timeout=timeout, message=message)[0]


def test_renders_matrix_ticks_and_colours(page, jupyter_server, make_notebook, console_log):
    name = five_class_notebook(make_notebook)
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=5)
    assert root(page).locator("canvas[data-cell-size]").is_visible()
    assert g["k"] == 5 and g["cell"] > 0
    assert g["firstDrawMs"] >= 0

    # Every tick label is drawn (ink left of each row and under each column) and names its class.
    for i, label in enumerate(LABELS):
        yc = g["y0"] + (i + 0.5) * g["cell"]
        # The labels end just left of the grid; the axis title sits further left.
        assert ink_in_box(page, g["x0"] - 20, yc - 6, g["x0"] - 6, yc + 6) > 5, f"no row label drawn for {label}"
        page.mouse.move(*y_label_point(page, i))
        assert f"True class {i}: {label}" in tooltip_text(page)
    grid = g["k"] * g["cell"]
    for j, label in enumerate(LABELS):
        xc = g["x0"] + (j + 0.5) * g["cell"]
        assert ink_in_box(page, xc - g["cell"] / 2, g["y0"] + grid + 6, xc + g["cell"] / 2, g["y0"] + grid + 24) > 5, (
            f"no column label drawn for {label}"
        )
        page.mouse.move(*x_label_point(page, j))
        assert f"Predicted class {j}: {label}" in tooltip_text(page)

    # The cells show the kernel's counts (checked against a plain mask) in the kernel's colours.
    truth = kernel_json(
        page,
        "{'oracle': [[int(((yt == a) & (yp == b)).sum()) for b in LABELS] for a in LABELS],"
        " 'counts': w.counts.tolist(),"
        # The page colours cells by the engine's rule over the synced 256 x RGB table.
        " 'rgb': [[list(bytes(w._lut)[3 * int(c): 3 * int(c) + 3]) for c in row]"
        "         for row in color_indices(w.matrix, 0.0, float(w.matrix.max()))]}",
    )
    assert truth["counts"] == truth["oracle"]
    for i, j in [(0, 0), (3, 1), (1, 3), (4, 2), (2, 4)]:
        assert f"Count: {truth['oracle'][i][j]}" in hover_cell(page, i, j)
        page.mouse.move(0, 0)
        px = canvas_pixel(page, g["x0"] + j * g["cell"] + 3, g["y0"] + i * g["cell"] + 3)
        assert all(abs(a - b) <= 2 for a, b in zip(px[:3], truth["rgb"][i][j])), (i, j, px, truth["rgb"][i][j])
    assert console_log.relevant() == []


def test_click_cell_selects_it_in_the_kernel(page, jupyter_server, make_notebook, console_log):
    name = five_class_notebook(make_notebook)
    show_widget(page, jupyter_server, name, k=5)
    oracle = kernel_json(page, f"{{'c31': {naive_cell(3, 1)}, 'c13': {naive_cell(1, 3)}}}")
    assert oracle["c31"] and oracle["c31"] != oracle["c13"]

    click_cell(page, 3, 1)
    panel = wait_panel_for(page, "bee", "dog")
    assert panel_indices(panel) == oracle["c31"]
    n = len(oracle["c31"])
    assert panel["range"] == f"showing 1-{n} of {n}"
    # A cell run after the click reads the selection back from the kernel.
    assert kernel_selection(page) == {"selected": [3, 1], "indices": oracle["c31"]}

    click_cell(page, 1, 3)
    panel = wait_panel_for(page, "dog", "bee")
    assert panel_indices(panel) == oracle["c13"]
    assert kernel_selection(page) == {"selected": [1, 3], "indices": oracle["c13"]}
    # The front end uses anywidget's current module shape: nothing of it is reported as deprecated.
    assert [w for w in console_log.warnings if "anywidget" in w.lower() or "deprecat" in w.lower()] == []
    assert console_log.relevant() == []


_SHOWN = re.compile(r"Shown: (\d+(?:\.\d+)?)% of its (true row|predicted column|all samples)")


@pytest.mark.parametrize("value, words", [("true", "true row"), ("pred", "predicted column")])
def test_normalisation_toggle(page, jupyter_server, make_notebook, console_log, value, words):
    name = five_class_notebook(make_notebook)
    show_widget(page, jupyter_server, name, k=5)
    assert "Shown:" not in hover_cell(page, 3, 1)

    button = root(page).locator(f'.cmw-seg-btn[data-value="{value}"]')
    button.click()
    state = kernel_until(
        page,
        "{'normalize': w.normalize,"
        f" 'oracle': confusion_matrix(yt, yp, labels=LABELS, normalize={value!r}).tolist(),"
        " 'matrix': w.matrix.tolist()}",
        lambda s: s["normalize"] == value,
        f"normalize == {value!r} in the kernel",
    )
    flat = [v for row in state["oracle"] for v in row]
    assert [v for row in state["matrix"] for v in row] == pytest.approx(flat, abs=1e-12)
    assert button.get_attribute("aria-pressed") == "true"

    for i, j in [(3, 1), (1, 3), (0, 0)]:

        def shown():
            m = _SHOWN.search(hover_cell(page, i, j))
            page.mouse.move(0, 0)
            return m

        m = poll(shown, timeout=15, message="a percentage in the tooltip")
        assert m.group(2) == words
        digits = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        assert float(m.group(1)) == pytest.approx(100 * state["oracle"][i][j], abs=0.5 * 10**-digits + 1e-9)

    # And back to raw counts.
    root(page).locator('.cmw-seg-btn[data-value=""]').click()
    poll(lambda: kernel_json(page, "w.normalize is None"), timeout=15, message="normalize None in the kernel")
    poll(lambda: "Shown:" not in hover_cell(page, 3, 1), timeout=15, message="counts shown again")
    assert console_log.relevant() == []


BINARY = """
import numpy as np
from sklearn.metrics import confusion_matrix
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(7)
yt = rng.integers(0, 2, 600)
scores = np.clip(0.35 * yt + 0.65 * rng.random(600), 0, 1)
w = ConfusionMatrixWidget(yt, y_score=scores)
seen = []   # every threshold the kernel accepts, in order
w.observe(lambda change: seen.append(change["new"]), names="threshold")
"""


def readout_counts(page):
    """{TN, FP, FN, TP} as shown in the binary readout table."""
    cells = root(page).locator(".cmw-readout-table td").all_text_contents()
    out = {}
    for text in cells:
        tag, value = text.split()
        out[tag] = float(value)
    return out


def test_threshold_drag_updates_counts(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([BINARY, SHOW])
    show_widget(page, jupyter_server, name, k=2)
    before = kernel_json(page, "{'t': w.threshold, 'counts': w.counts.tolist()}")
    assert before["t"] == 0.5

    slider = root(page).locator("input.cmw-threshold")
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    y = box["y"] + box["height"] / 2
    x_from, x_to = box["x"] + 0.5 * box["width"], box["x"] + 0.82 * box["width"]
    page.mouse.move(x_from, y)
    page.mouse.down()
    steps = 12
    for s in range(1, steps + 1):
        page.mouse.move(x_from + (x_to - x_from) * s / steps, y)
        page.wait_for_timeout(25)
    page.mouse.up()
    shown_t = float(slider.input_value())
    assert shown_t > 0.6

    after = kernel_until(
        page,
        "{'t': w.threshold, 'counts': w.counts.tolist(),"
        " 'oracle': confusion_matrix(yt, (scores >= w.threshold).astype(int), labels=[0, 1]).tolist()}",
        lambda s: s["t"] == pytest.approx(shown_t, abs=1e-9),
        "the released threshold in the kernel",
    )
    assert after["counts"] == after["oracle"]
    assert after["counts"] != before["counts"]
    # The drag itself wrote thresholds (throttled) before the final value on release.
    seen = kernel_json(page, "seen")
    assert len(seen) >= 2 and seen[-1] == pytest.approx(shown_t, abs=1e-9), seen
    assert seen == sorted(seen), seen  # a drag in one direction writes rising values
    (tn, fp), (fn, tp) = after["counts"]
    poll(
        lambda: readout_counts(page) == {"TN": tn, "FP": fp, "FN": fn, "TP": tp},
        timeout=15,
        message="the readout to show the kernel's counts",
    )
    assert f"Count: {tp}" in hover_cell(page, 1, 1)
    assert console_log.relevant() == []


def test_rename_class_inline_and_in_panel(page, jupyter_server, make_notebook, console_log):
    name = five_class_notebook(make_notebook)
    show_widget(page, jupyter_server, name, k=5)

    # Double-click the row label of class 2 ("cat") and type a new name.
    page.mouse.dblclick(*y_label_point(page, 2))
    editor = root(page).locator("input.cmw-inline-edit")
    editor.wait_for(state="visible")
    assert editor.input_value() == "cat"
    editor.fill("wild cat")
    editor.press("Enter")
    expected = ["eel", "dog", "wild cat", "bee", "ant"]
    poll(
        lambda: kernel_json(page, "list(w.display_labels)") == expected,
        timeout=15,
        message="display_labels renamed in the kernel",
    )
    page.mouse.move(*y_label_point(page, 2))
    poll(lambda: "True class 2: wild cat" in tooltip_text(page), timeout=10, message="the new row label")

    # The Edit labels panel renames another class; the rest of the list is kept.
    root(page).locator(".cmw-edit-btn").click()
    field = root(page).locator('input.cmw-label-input[data-index="4"]')
    field.fill("aardvark")
    root(page).locator(".cmw-labels-panel .cmw-save").click()
    expected[4] = "aardvark"
    poll(
        lambda: kernel_json(page, "list(w.display_labels)") == expected,
        timeout=15,
        message="display_labels saved from the panel",
    )
    # The counts are still addressed by the original class values.
    click_cell(page, 4, 2)
    panel = wait_panel_for(page, "aardvark", "wild cat")
    assert panel_indices(panel) == kernel_json(page, naive_cell(4, 2))
    assert console_log.relevant() == []


EVIL = '<img src=x onerror="window.__xss=1">'


def test_class_names_are_text_not_html(page, jupyter_server, make_notebook, console_log):
    names = ["plain", EVIL, "<b>bold</b>"]
    name = make_notebook(
        [
            "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\n"
            "yt = np.array([0, 0, 1, 1, 1, 2, 2, 0, 1, 2, 1])\nyp = np.array([0, 1, 1, 1, 2, 2, 0, 0, 1, 2, 0])\n"
            f"w = ConfusionMatrixWidget(yt, yp, display_labels={names!r})",
            SHOW,
        ]
    )
    show_widget(page, jupyter_server, name, k=3)

    page.mouse.move(*y_label_point(page, 1))
    assert f"True class 1: {EVIL}" in tooltip_text(page)
    assert EVIL in hover_cell(page, 1, 2)
    click_cell(page, 1, 2)
    panel = wait_panel_for(page, EVIL, "<b>bold</b>")
    assert panel_indices(panel) == kernel_json(page, "np.flatnonzero((yt == 1) & (yp == 2)).tolist()")
    root(page).locator(".cmw-edit-btn").click()
    assert root(page).locator('input.cmw-label-input[data-index="1"]').input_value() == EVIL
    root(page).locator(".cmw-metrics > summary").click()
    poll(
        lambda: EVIL in root(page).locator(".cmw-metrics-table").text_content(),
        timeout=10,
        message="the class name in the metrics table",
    )

    assert kernel_json(page, "list(w.display_labels)") == names
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"], .cmw img, .cmw b').length") == 0
    assert console_log.relevant() == []


K1000 = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(3)
K = 1000
yt = rng.integers(0, K, 40_000)
yp = np.where(rng.random(40_000) < 0.5, yt, rng.integers(0, K, 40_000))
# A block of cells with a known, different number of extra samples each.
extra_t, extra_p = [], []
for i in range(600, 608):
    for j in range(400, 408):
        n = 1 + (3 * i + j) % 4
        extra_t += [i] * n; extra_p += [j] * n
yt = np.concatenate([yt, extra_t]); yp = np.concatenate([yp, extra_p])
w = ConfusionMatrixWidget(yt, yp)
"""


def test_thousand_classes_click_lands_on_its_cell(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([K1000, SHOW])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=1000, timeout=90_000)
    assert g["firstDrawMs"] > 0 and g["cell"] > 0

    # Cells may be smaller than a CSS pixel: take cells of the block that span a whole pixel.
    targets = []
    for i in range(600, 608):
        for j in range(400, 408):
            pt = cell_client_point(page, i, j)
            if pt is not None:
                targets.append((i, j, pt))
    assert len(targets) >= 4
    for i, j, _ in (targets[0], targets[len(targets) // 2], targets[-1]):
        pt = cell_client_point(page, i, j)
        g = geometry(page)
        # The whole-pixel point lies inside the cell by the exposed geometry.
        assert int((pt[1] - g["top"] - g["y0"]) // g["cell"]) == i
        assert int((pt[0] - g["left"] - g["x0"]) // g["cell"]) == j
        page.mouse.click(*pt)
        panel = wait_panel_for(page, str(i), str(j))
        oracle = kernel_json(page, f"np.flatnonzero((yt == {i}) & (yp == {j})).tolist()")
        assert panel_indices(panel) == oracle
        assert kernel_selection(page) == {"selected": [i, j], "indices": oracle}
    assert console_log.relevant() == []


def wait_view(page, accept, message):
    """Wait until the exposed geometry (with its zoom window) satisfies ``accept``; return it."""
    last = {}

    def ready():
        g = last["g"] = geometry(page)
        return g if accept(g) else None

    try:
        return poll(ready, timeout=10, message=message)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the geometry is {last.get('g')}") from None


def test_thousand_classes_zoom_reaches_every_cell(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([K1000, SHOW])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=1000, timeout=90_000)
    bar = root(page).locator(".cmw-zoom")
    assert bar.is_visible()
    assert (g["r0"], g["c0"], g["v"]) == (0, 0, 1000)
    assert bar.locator(".cmw-view-range").text_content() == "rows 0-999, columns 0-999 of 1000"

    # At "show all" some cells of the block span no whole pixel: no mouse click can land on them.
    target = next(
        ((i, j) for i in range(600, 608) for j in range(400, 408) if cell_client_point(page, i, j) is None), None
    )
    assert target is not None, "every cell of the block was reachable: nothing to test"
    i, j = target

    # Two steps in around the middle: 1000 -> 500 -> 250 rows, from 500 - 250 / 2 = 375.
    bar.locator(".cmw-zoom-in").click()
    bar.locator(".cmw-zoom-in").click()
    g = wait_view(page, lambda g: g["v"] == 250, "a window of 250 rows")
    assert (g["r0"], g["c0"]) == (375, 375)
    assert bar.locator(".cmw-view-range").text_content() == "rows 375-624, columns 375-624 of 1000"
    assert in_view(g, i, j) and g["cell"] >= 1

    pt = cell_client_point(page, i, j)
    assert pt is not None
    page.mouse.click(*pt)
    panel = wait_panel_for(page, str(i), str(j))
    oracle = kernel_json(page, f"np.flatnonzero((yt == {i}) & (yp == {j})).tolist()")
    assert oracle and panel_indices(panel) == oracle
    assert kernel_selection(page) == {"selected": [i, j], "indices": oracle}

    # Dragging pans by whole cells (up-left drag shows rows and columns further on) and selects nothing.
    g = geometry(page)
    start = cell_client_point(page, 500, 500)
    g = geometry(page)
    dx, dy = -42, -67  # 13.1 and 20.9 cells at 3.2 px: clear of any rounding tie
    page.mouse.move(*start)
    page.mouse.down()
    for step in range(1, 5):
        page.mouse.move(start[0] + dx * step / 4, start[1] + dy * step / 4)
    page.mouse.up()
    rows, cols = math.floor(-dy / g["cell"] + 0.5), math.floor(-dx / g["cell"] + 0.5)
    g = wait_view(
        page,
        lambda g: (g["r0"], g["c0"]) == (375 + rows, 375 + cols),
        f"the window panned by {rows} rows and {cols} columns",
    )
    assert g["v"] == 250
    assert kernel_selection(page) == {"selected": [i, j], "indices": oracle}

    # Ctrl + wheel zooms around the pointer: the row under it stays under it.
    pt = cell_client_point(page, 520, 480)
    page.mouse.move(*pt)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -100)
    page.keyboard.up("Control")
    g2 = wait_view(page, lambda g: g["v"] < 250, "a smaller window after ctrl + wheel")
    assert g2["v"] == round(250 / 2**0.5)  # one notch: sqrt(2) fewer rows

    def under(g, p):
        return (
            g["r0"] + int((p[1] - g["top"] - g["y0"]) // g["cell"]),
            g["c0"] + int((p[0] - g["left"] - g["x0"]) // g["cell"]),
        )

    r, c = under(g2, pt)
    assert abs(r - 520) <= 1 and abs(c - 480) <= 1, (r, c, g2)
    # A plain wheel scrolls the page and leaves the zoom alone.
    page.mouse.wheel(0, 100)
    page.wait_for_timeout(300)
    g3 = geometry(page)
    assert (g3["r0"], g3["c0"], g3["v"]) == (g2["r0"], g2["c0"], g2["v"])

    # The keyboard cursor leaving the window pans it; Enter selects the cell it reached.
    canvas = root(page).locator("canvas[data-cell-size]")
    canvas.focus()
    presses = (g3["r0"] + g3["v"] - i) // 10 + 2  # far enough to pass the bottom edge
    for _ in range(presses):
        page.keyboard.press("PageDown")
    page.keyboard.press("Enter")
    i2 = i + 10 * presses
    panel = wait_panel_for(page, str(i2), str(j))
    g4 = geometry(page)
    assert in_view(g4, i2, j) and g4["r0"] + g4["v"] - 1 == i2, g4
    oracle2 = kernel_json(page, f"np.flatnonzero((yt == {i2}) & (yp == {j})).tolist()")
    assert panel_indices(panel) == oracle2
    assert kernel_selection(page) == {"selected": [i2, j], "indices": oracle2}

    bar.locator(".cmw-zoom-fit").click()
    wait_view(page, lambda g: (g["r0"], g["c0"], g["v"]) == (0, 0, 1000), "the whole matrix again")
    assert console_log.relevant() == []


def test_keyboard_arrows_and_enter_select(page, jupyter_server, make_notebook, console_log):
    name = five_class_notebook(make_notebook)
    show_widget(page, jupyter_server, name, k=5)
    click_cell(page, 0, 0)
    wait_panel_for(page, "eel", "eel")
    canvas = root(page).locator("canvas[data-cell-size]")
    assert canvas.evaluate("c => document.activeElement === c")

    for key in ["ArrowRight", "ArrowDown", "ArrowDown", "ArrowRight", "ArrowRight", "ArrowLeft"]:
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    panel = wait_panel_for(page, "cat", "cat")  # row 2, column 2
    oracle = kernel_json(page, naive_cell(2, 2))
    assert panel_indices(panel) == oracle
    assert kernel_selection(page) == {"selected": [2, 2], "indices": oracle}

    canvas.focus()  # running a cell moved the focus to the notebook
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    wait_panel_for(page, "bee", "dog")  # row 3, column 1
    assert kernel_selection(page)["selected"] == [3, 1]

    # Escape after a click leaves the widget for the notebook (command mode, the widget's cell
    # active and focused) and keeps the selection, so the next cell can use w.selected_indices.
    click_cell(page, 2, 4)
    wait_panel_for(page, "cat", "ant")
    oracle = kernel_json(page, naive_cell(2, 4))
    click_cell(page, 2, 4)  # a click on the selected cell keeps it selected
    assert canvas.evaluate("c => document.activeElement === c")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    focus = page.evaluate(
        """() => {
          const nb = window.jupyterapp.shell.currentWidget.content;
          const a = document.activeElement;
          const cell = a && a.closest('.jp-Cell');
          return {mode: nb.mode, inNotebook: nb.node.contains(a), inWidget: !!(a && a.closest('.cmw')),
                  cell: cell ? nb.widgets.findIndex((w) => w.node === cell) : null, active: nb.activeCellIndex};
        }"""
    )
    widget_cell = 2  # the cell showing w
    assert focus == {
        "mode": "command",
        "inNotebook": True,
        "inWidget": False,
        "cell": widget_cell,
        "active": widget_cell,
    }
    assert kernel_selection(page) == {"selected": [2, 4], "indices": oracle}
    assert selection_panel(page)["sentence"] is not None
    # A command-mode shortcut now reaches the notebook: "b" inserts a cell below the widget's.
    n = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets.length")
    page.keyboard.press("b")
    poll(
        lambda: page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets.length") == n + 1,
        timeout=10,
        message="the notebook's own shortcut after Escape",
    )

    # Clearing is a visible button.
    clear = root(page).locator(".cmw-selection button.cmw-clear")
    assert clear.text_content() == "Clear selection"
    clear.click()
    poll(
        lambda: kernel_selection(page) == {"selected": None, "indices": []},
        timeout=15,
        message="the selection cleared in the kernel",
    )
    poll(lambda: selection_panel(page)["sentence"] is None, timeout=10, message="the panel cleared")
    assert root(page).locator(".cmw-selection button.cmw-clear").count() == 0
    assert console_log.relevant() == []


def test_renders_in_notebook7(page, jupyter_server, make_notebook, console_log):
    name = five_class_notebook(make_notebook)
    open_notebook(page, jupyter_server, name, ui="notebook")
    run_all(page)
    wait_widget(page, k=5)
    oracle = kernel_json(page, naive_cell(3, 1))
    click_cell(page, 3, 1)
    panel = wait_panel_for(page, "bee", "dog")
    assert panel_indices(panel) == oracle
    assert kernel_selection(page) == {"selected": [3, 1], "indices": oracle}
    assert console_log.relevant() == []
