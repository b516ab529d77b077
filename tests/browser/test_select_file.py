"""Selecting more than one cell in the kernel-free file: the page computes the selection itself.
A click on a class name, shift-clicks and "All errors" in headless Chromium; the panel's sentence
and listed samples equal the kernel's for the same selection and a numpy mask over the labels."""

from __future__ import annotations

import numpy as np
import pytest
import test_html_file
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
from test_html_file import wait_drawn

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

offline_page = test_html_file.offline_page  # the page that may load file:// URLs only

LABELS = ["eel", "dog", "cat", "bee", "ant"]


def data(n=300, seed=5):
    rng = np.random.default_rng(seed)
    yt = np.array(LABELS)[rng.integers(0, 5, n)]
    yp = np.where(rng.random(n) < 0.5, yt, np.array(LABELS)[rng.integers(0, 5, n)])
    weights = rng.integers(1, 4, n) / 2
    return yt, yp, weights


def panel_for(page, sentence):
    def ready():
        p = selection_panel(page)
        return p if p["sentence"] == sentence else None

    try:
        return poll(ready, timeout=15, message=f"the panel saying {sentence!r}")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; it shows {selection_panel(page)['sentence']!r}") from None


def every_index(page, panel):
    """The panel's indices over every page (Show more until the end)."""
    out = panel_indices(panel)
    while root(page).locator(".cmw-more").count():
        before = selection_panel(page)["range"]
        root(page).locator(".cmw-more").click()
        poll(lambda before=before: selection_panel(page)["range"] != before, message="the next page")
        out += panel_indices(selection_panel(page))
    return out


def kernel_says(w, value):
    w.selected = value
    return "".join(p["text"] for p in w._selection["sentence"]), w.selected_indices.tolist()


def test_file_selects_rows_columns_cells_and_errors_as_the_kernel(offline_page, tmp_path):
    page = offline_page
    yt, yp, weights = data()
    w = ConfusionMatrixWidget(yt, yp, labels=LABELS, sample_weight=weights, order="support")
    perm = w.class_order.tolist()
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)

    page.mouse.click(*y_label_point(page, 2))
    sentence, indices = kernel_says(w, {"row": perm[2]})
    assert indices == np.flatnonzero(yt == LABELS[perm[2]]).tolist()
    assert every_index(page, panel_for(page, sentence)) == indices

    page.mouse.click(*x_label_point(page, 0))
    sentence, indices = kernel_says(w, {"col": perm[0]})
    assert indices == np.flatnonzero(yp == LABELS[perm[0]]).tolist()
    assert every_index(page, panel_for(page, sentence)) == indices

    click_cell(page, 1, 3)
    page.keyboard.down("Shift")
    page.mouse.click(*cell_client_point(page, 4, 0))
    page.keyboard.up("Shift")
    cells = [(perm[1], perm[3]), (perm[4], perm[0])]
    sentence, indices = kernel_says(w, cells)
    mask = np.zeros(len(yt), dtype=bool)
    for i, j in cells:
        mask |= (yt == LABELS[i]) & (yp == LABELS[j])
    assert indices == np.flatnonzero(mask).tolist()
    assert every_index(page, panel_for(page, sentence)) == indices

    root(page).locator(".cmw-all-errors").click()
    sentence, indices = kernel_says(w, "errors")
    assert indices == np.flatnonzero(yt != yp).tolist()
    assert f"{weights[yt != yp].sum():g}" in sentence
    assert every_index(page, panel_for(page, sentence)) == indices

    # The keyboard reaches it too: R selects the cursor's true row.
    root(page).locator("canvas[data-cell-size]").focus()
    page.keyboard.press("r")
    sentence, indices = kernel_says(w, {"row": perm[4]})
    assert every_index(page, panel_for(page, sentence)) == indices
    assert page.outside == [] and page.errors == []
