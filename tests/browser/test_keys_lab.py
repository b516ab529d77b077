"""Keys pressed in the widget stay in the widget: in JupyterLab's command mode no key on a
control reaches the notebook's shortcuts, and the control itself does what the key means
(arrows move the slider and the dropdown, letters type, Space presses)."""

import pytest
from cm_page import click_cell, poll, root, wait_panel_for, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

BINARY = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(7)
yt = rng.integers(0, 2, 600)
scores = np.clip(0.35 * yt + 0.65 * rng.random(600), 0, 1)
w = ConfusionMatrixWidget(yt, y_score=scores)
"""

# Command-mode shortcuts: insert above / below, to Markdown, delete, to code. (Escape is not one:
# it leaves the widget for the notebook on purpose; tests/browser/test_widget_lab.py checks it.)
SHORTCUTS = ["a", "b", "m", "d", "d", "y"]

_NOTEBOOK = """() => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  return {types: nb.widgets.map(c => c.model.type), active: nb.activeCellIndex, mode: nb.mode,
          sources: nb.widgets.map(c => c.model.sharedModel.getSource())};
}"""


def notebook(page):
    return page.evaluate(_NOTEBOOK)


def focus(page, selector):
    """Focus a control of the widget in command mode; return the notebook's state then."""
    page.evaluate("() => { window.jupyterapp.shell.currentWidget.content.mode = 'command'; }")
    loc = root(page).locator(selector).first
    loc.scroll_into_view_if_needed()
    loc.focus()
    assert loc.evaluate("e => document.activeElement === e"), selector
    state = notebook(page)
    assert state["mode"] == "command", state
    return state


def press(page, keys):
    for key in keys:
        page.keyboard.press(key)
    page.wait_for_timeout(150)


def kernel_until(page, expr, want, message):
    poll(lambda: kernel_json(page, expr) == want, timeout=15, message=message)


def test_keys_on_controls_never_reach_the_notebook(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([BINARY, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=2)
    start = notebook(page)
    n_cells = len(start["types"])

    # The threshold slider: letters do nothing to it; every arrow moves it by one step.
    slider = root(page).locator("input.cmw-threshold")
    before = focus(page, "input.cmw-threshold")
    press(page, SHORTCUTS)
    assert float(slider.input_value()) == pytest.approx(0.5)
    press(page, ["ArrowRight"] * 3 + ["ArrowUp"] * 2 + ["ArrowLeft", "ArrowDown"])
    assert notebook(page) == before
    step = float(slider.get_attribute("step"))
    shown = float(slider.input_value())
    assert shown == pytest.approx(0.5 + 3 * step, abs=1e-9)
    poll(
        lambda: kernel_json(page, "w.threshold") == pytest.approx(shown, abs=1e-9),
        timeout=15,
        message="the kernel's threshold to follow the slider",
    )

    # The colormap dropdown: typing picks by name, ArrowDown moves to the next entry.
    select = root(page).locator("select.cmw-cmap")
    before = focus(page, "select.cmw-cmap")
    press(page, SHORTCUTS)
    page.wait_for_timeout(1200)  # let the dropdown's type-ahead forget those letters
    page.keyboard.type("viridis")
    page.wait_for_timeout(150)
    assert select.input_value() == "viridis"
    assert notebook(page) == before
    kernel_until(page, "w.cmap", "viridis", "cmap viridis in the kernel")
    before = focus(page, "select.cmw-cmap")
    press(page, ["ArrowDown"])
    assert select.input_value() == "plasma"
    assert notebook(page) == before
    kernel_until(page, "w.cmap", "plasma", "cmap plasma in the kernel")

    # The reverse checkbox: Space ticks it.
    before = focus(page, "input.cmw-reverse")
    press(page, SHORTCUTS + ["ArrowDown", "ArrowUp", " "])
    assert notebook(page) == before
    kernel_until(page, "w.cmap", "plasma_r", "cmap plasma_r in the kernel")

    # A normalisation button: Space presses it.
    before = focus(page, '.cmw-seg-btn[data-value="true"]')
    press(page, SHORTCUTS + ["ArrowDown", "ArrowUp", " "])
    assert notebook(page) == before
    kernel_until(page, "w.normalize", "true", "normalize 'true' in the kernel")

    # Edit labels: Space opens the panel, letters type into its field, Escape cancels.
    before = focus(page, ".cmw-edit-btn")
    press(page, ["ArrowDown", "ArrowUp", "a", "b", " "])
    field = root(page).locator('input.cmw-label-input[data-index="0"]')
    field.wait_for(state="visible")
    assert field.evaluate("e => document.activeElement === e")
    press(page, ["End", "a", "b", "m", "d", "d", "y", "ArrowUp", "ArrowDown"])
    assert field.input_value() == "0abmddy"
    press(page, ["Escape"])
    assert notebook(page) == before
    assert kernel_json(page, "list(w.display_labels)") == ["0", "1"]

    # The canvas: arrows move its cursor, the shortcuts do nothing to the notebook.
    before = focus(page, "canvas.cmw-canvas")
    press(page, ["ArrowRight", "ArrowDown", "ArrowUp", "ArrowLeft"] + SHORTCUTS)
    assert notebook(page) == before

    # The metrics summary: Space opens it.
    before = focus(page, ".cmw-metrics > summary")
    press(page, SHORTCUTS + ["ArrowDown", " "])
    assert notebook(page) == before
    assert root(page).locator(".cmw-metrics").evaluate("d => d.open")

    # The selection panel's paging button.
    click_cell(page, 0, 0)
    wait_panel_for(page, "0", "0")
    before = focus(page, ".cmw-selection .cmw-more")
    press(page, SHORTCUTS + ["ArrowDown", "ArrowUp"])
    assert notebook(page) == before
    press(page, [" "])
    poll(
        lambda: root(page).locator(".cmw-range").text_content().startswith("showing 101-"),
        timeout=15,
        message="the second page of the selection",
    )

    final = notebook(page)
    assert len(final["types"]) == n_cells and final["types"] == start["types"]
    assert final["sources"][:2] == start["sources"][:2]
    assert console_log.relevant() == []
