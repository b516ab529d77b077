"""Slices in a real JupyterLab: the picker moves the kernel's ``w.slice`` and the matrix to that
slice's counts; a click on a cell of a small multiple shows its slice and lists exactly the
samples numpy finds in that cell of that slice; the small multiples share one colour scale."""

import pytest
from cm_page import panel_indices, poll, root, wait_panel_for, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

SLICED = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
LABELS = ["cat", "dog", "eel"]
rng = np.random.default_rng(3)
names = np.array(LABELS)
yt = names[rng.integers(0, 3, 300)]
yp = np.where(rng.random(300) < 0.6, yt, names[rng.integers(0, 3, 300)])
age = np.array(["<30", "30-60", ">60"])[rng.integers(0, 3, 300)]
yp[(age == ">60") & (rng.random(300) < 0.5)] = "cat"
w = ConfusionMatrixWidget(yt, yp, labels=LABELS, slices=age)
"""


def kernel_until(page, expr, accept, message, timeout=15):
    def attempt():
        value = kernel_json(page, expr)
        return (value,) if accept(value) else None

    return poll(attempt, timeout=timeout, message=message)[0]


NAIVE = (
    "{{'slice': w.slice, 'counts': w.counts.tolist(), 'naive': "
    "[[int(((yt == a) & (yp == b) & (age == {s!r})).sum()) for b in LABELS] for a in LABELS]}}"
)


def test_the_slice_picker_and_a_click_on_a_small_multiple(page, jupyter_server, make_notebook):
    name = make_notebook([SLICED, "w", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=3)
    panel = root(page).locator(".cmw-slices")
    panel.wait_for(state="visible")
    assert root(page).locator(".cmw-slice").count() == 3
    odd = kernel_json(page, "w.most_different_slice()['slice']")
    assert root(page).locator(".cmw-slice-odd").get_attribute("data-slice") == odd
    assert f"Differs most: {odd}" in root(page).locator(".cmw-slice-odd-note").text_content()

    # The picker: the kernel shows that slice, and its counts are numpy's.
    root(page).locator("select.cmw-slice-pick").select_option("30-60")
    state = kernel_until(page, NAIVE.format(s="30-60"), lambda v: v["slice"] == "30-60", "w.slice to follow the picker")
    assert state["counts"] == state["naive"]
    poll(
        lambda: "cmw-slice-shown" in (root(page).locator('[data-slice="30-60"]').get_attribute("class") or ""),
        message="the shown slice marked",
    )

    # A click on cell (1, 0) of the ">60" small multiple: that slice, that cell, its samples.
    canvas = root(page).locator('[data-slice=">60"] canvas')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    side = box["height"] / 3
    page.mouse.click(box["x"] + 0.5 * side, box["y"] + 1.5 * side)
    state = kernel_until(
        page,
        "{'slice': w.slice, 'selected': w.selected and list(w.selected), "
        "'naive': np.flatnonzero((yt == 'dog') & (yp == 'cat') & (age == '>60')).tolist()}",
        lambda v: v["slice"] == ">60" and v["selected"] == [1, 0],
        "the click to show the slice and select the cell",
    )
    shown = wait_panel_for(page, "dog", "cat")
    assert panel_indices(shown) == state["naive"] and state["naive"]

    # One colour scale: each cell's colour index is rint(v * 255 / the largest count of any slice).
    want = kernel_json(
        page,
        "[np.rint(c * 255 / w.slice_counts.max()).astype(int).ravel().tolist() for c in w.slice_counts]",
    )
    got = [
        [int(v) for v in root(page).locator(f'[data-slice="{s}"]').get_attribute("data-colors").split(",")]
        for s in kernel_json(page, "list(w.slices)")
    ]
    assert got == want
