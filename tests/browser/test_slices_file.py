"""Slices in the kernel-free page (``w.to_html()`` opened from file:// in Chromium): the slice shown
when saved is the matrix, its cells list that slice's samples (numpy's), every slice's small matrix
is there as saved, and the picker says that showing another slice needs a live kernel."""

from __future__ import annotations

import numpy as np
import pytest
from cm_page import click_cell, panel_indices, root, wait_panel_for
from test_html_file import offline_page, wait_drawn  # noqa: F401 - the fixture

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser


def test_the_file_shows_the_saved_slice_and_every_slice_as_saved(offline_page, tmp_path):  # noqa: F811
    page = offline_page
    rng = np.random.default_rng(5)
    labels = ["ant", "bee", "cat"]
    yt = np.array(labels)[rng.integers(0, 3, 400)]
    yp = np.where(rng.random(400) < 0.6, yt, np.array(labels)[rng.integers(0, 3, 400)])
    site = np.array(["north", "south", "west"])[rng.integers(0, 3, 400)]
    w = ConfusionMatrixWidget(yt, yp, slices=site)
    w.slice = "south"
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)

    assert root(page).locator(".cmw-slice").count() == 3
    picker = root(page).locator("select.cmw-slice-pick")
    assert picker.is_disabled() and picker.input_value() == "south"
    assert "live kernel" in root(page).locator(".cmw-slice-fixed-note").text_content()
    saved = [
        [int(v) for v in root(page).locator(f'[data-slice="{s}"]').get_attribute("data-colors").split(",")]
        for s in w.slices
    ]
    top = w.slice_counts.max()
    assert saved == [np.rint(c * 255 / top).astype(int).ravel().tolist() for c in w.slice_counts]

    click_cell(page, 2, 0)
    panel = wait_panel_for(page, "cat", "ant")
    assert panel_indices(panel) == np.flatnonzero((yt == "cat") & (yp == "ant") & (site == "south")).tolist()
    assert page.outside == [] and page.errors == []
