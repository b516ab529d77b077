"""Selecting more than one cell in a real JupyterLab: a click on a class name selects its row or
column, shift-click adds a cell, "All errors" and the keys R, C, E; after each, the kernel's
``w.selected`` says what was clicked (in class space, whatever the display order) and its
``selected_indices`` equal a numpy mask over the raw labels, as the panel lists them."""

import pytest
from cm_page import (
    cell_client_point,
    click_cell,
    panel_indices,
    poll,
    root,
    selection_panel,
    x_label_point,
    y_label_point,
)
from lab_page import kernel_json
from test_widget_lab import FIVE_CLASSES, LABELS, SHOW, show_widget

pytestmark = pytest.mark.browser


def kernel_state(page):
    return kernel_json(page, "{'selected': w.selected, 'indices': w.selected_indices.tolist()}")


def oracle(page, mask):
    return kernel_json(page, f"np.flatnonzero({mask}).tolist()")


def wait_selected(page, want):
    """Poll the kernel until ``w.selected`` is ``want`` (as JSON); return its state."""
    last = {}

    def ready():
        last["s"] = kernel_state(page)
        return last["s"] if last["s"]["selected"] == want else None

    try:
        return poll(ready, timeout=20, message=f"w.selected == {want!r}")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the kernel holds {last.get('s', {}).get('selected')!r}") from None


def wait_panel(page, words, total):
    def ready():
        p = selection_panel(page)
        return p if p["sentence"] and words in p["sentence"] and f"of {total}" in (p["range"] or "") else None

    return poll(ready, timeout=20, message=f"the panel saying {words!r} about {total} samples")


def test_headers_shift_click_all_errors_and_keys_select_in_class_space(
    page, jupyter_server, make_notebook, console_log
):
    name = make_notebook([FIVE_CLASSES, "w = ConfusionMatrixWidget(yt, yp, labels=LABELS, order='support')", SHOW])
    show_widget(page, jupyter_server, name, k=5)
    # Display position -> class position: the display order is not the class order.
    perm = kernel_json(page, "w.class_order.tolist()")
    assert perm != list(range(5))

    # A row's name selects the true row.
    page.mouse.click(*y_label_point(page, 1))
    row = perm[1]
    got = wait_selected(page, {"row": row})
    want = oracle(page, f"yt == LABELS[{row}]")
    assert got["indices"] == want
    panel = wait_panel(page, f"truly {LABELS[row]}", len(want))
    assert panel_indices(panel) == want[:100]

    # A column's name selects the predicted column.
    page.mouse.click(*x_label_point(page, 3))
    col = perm[3]
    got = wait_selected(page, {"col": col})
    want = oracle(page, f"yp == LABELS[{col}]")
    assert got["indices"] == want
    wait_panel(page, f"predicted {LABELS[col]}", len(want))

    # A click, then shift-clicks: the cells gather (sorted, class space); a second shift-click leaves.
    click_cell(page, 0, 1)
    wait_selected(page, [perm[0], perm[1]])
    page.keyboard.down("Shift")
    page.mouse.click(*cell_client_point(page, 2, 3))
    page.mouse.click(*cell_client_point(page, 4, 4))
    page.keyboard.up("Shift")
    cells = sorted([(perm[0], perm[1]), (perm[2], perm[3]), (perm[4], perm[4])])
    got = wait_selected(page, [list(c) for c in cells])
    mask = " | ".join(f"((yt == LABELS[{i}]) & (yp == LABELS[{j}]))" for i, j in cells)
    want = oracle(page, mask)
    assert got["indices"] == want
    panel = wait_panel(page, "in 3 selected cells", len(want))
    assert panel_indices(panel) == want[:100]
    page.keyboard.down("Shift")
    page.mouse.click(*cell_client_point(page, 4, 4))
    page.keyboard.up("Shift")
    wait_selected(page, [list(c) for c in cells if c != (perm[4], perm[4])])

    # All errors.
    root(page).locator(".cmw-all-errors").click()
    got = wait_selected(page, "errors")
    want = oracle(page, "yt != yp")
    assert got["indices"] == want
    wait_panel(page, "misclassified", len(want))

    # The keyboard: R, C and E from the cursor (the last cell clicked), Shift+Enter adds a cell.
    # (Reading the kernel runs a notebook cell, which takes the focus: the canvas gets it back.)
    canvas = root(page).locator("canvas[data-cell-size]")

    def press(key):
        canvas.focus()
        page.keyboard.press(key)

    press("r")
    wait_selected(page, {"row": perm[4]})
    press("c")
    wait_selected(page, {"col": perm[4]})
    press("e")
    wait_selected(page, "errors")
    press("Enter")
    wait_selected(page, [perm[4], perm[4]])
    canvas.focus()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Shift+Enter")
    got = wait_selected(page, [list(c) for c in sorted([(perm[4], perm[4]), (perm[3], perm[4])])])
    mask = f"((yt == LABELS[{perm[4]}]) | (yt == LABELS[{perm[3]}])) & (yp == LABELS[{perm[4]}])"
    assert got["indices"] == oracle(page, mask)
    # The keys stayed in the widget: no notebook shortcut ran (the notebook keeps its cells).
    assert kernel_json(page, "1 + 1") == 2
    assert console_log.relevant() == []
