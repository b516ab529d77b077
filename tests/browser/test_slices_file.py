"""Slices in the kernel-free page (``w.to_html()`` opened from file:// in Chromium), with no kernel:
the picker shows another slice (or every sample), a click on a cell lists that slice's samples
(numpy's), a click on a small multiple shows its slice and selects the cell, and a threshold move
recounts every small multiple to scikit-learn's counts per slice and names the slice that differs most
as the kernel does at that threshold."""

from __future__ import annotations

import numpy as np
import pytest
from cm_page import click_cell, panel_indices, poll, root, selection_panel, wait_panel_for
from sklearn.metrics import confusion_matrix
from test_html_file import offline_page, page_threshold, set_slider, wait_drawn  # noqa: F401 - the fixture

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

LABELS = ["ant", "bee", "cat"]


def tile_colors(page, name):
    return [int(v) for v in root(page).locator(f'[data-slice="{name}"]').get_attribute("data-colors").split(",")]


def shown_slice(page):
    return root(page).locator(".cmw-slice-shown").get_attribute("data-slice")


def test_the_picker_and_the_small_multiples_show_any_slice_without_a_kernel(offline_page, tmp_path):  # noqa: F811
    page = offline_page
    rng = np.random.default_rng(5)
    yt = np.array(LABELS)[rng.integers(0, 3, 400)]
    yp = np.where(rng.random(400) < 0.6, yt, np.array(LABELS)[rng.integers(0, 3, 400)])
    site = np.array(["north", "south", "west"])[rng.integers(0, 3, 400)]
    w = ConfusionMatrixWidget(yt, yp, slices=site)
    w.slice = "south"
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)

    picker = root(page).locator("select.cmw-slice-pick")
    assert picker.is_enabled() and picker.input_value() == "south"
    assert root(page).locator(".cmw-slice-fixed-note").is_hidden()
    top = w.slice_counts.max()
    for s, name in enumerate(w.slices):
        assert tile_colors(page, name) == np.rint(w.slice_counts[s] * 255 / top).astype(int).ravel().tolist()

    click_cell(page, 2, 0)
    panel = wait_panel_for(page, "cat", "ant")
    assert panel_indices(panel) == np.flatnonzero((yt == "cat") & (yp == "ant") & (site == "south")).tolist()

    # The picker: another slice, then every sample; the selected cell lists that slice's samples.
    for choice, mask in (("north", site == "north"), ("", np.ones(len(yt), bool))):
        picker.select_option(choice)
        want = np.flatnonzero((yt == "cat") & (yp == "ant") & mask).tolist()
        poll(lambda want=want: panel_indices(selection_panel(page)) == want, message=f"the cell of {choice or 'all'}")
        count = int(confusion_matrix(yt[mask], yp[mask], labels=LABELS)[2, 0])
        assert selection_panel(page)["sentence"].startswith(f"{count} samples are truly cat")
    poll(lambda: root(page).locator(".cmw-slice-shown").count() == 0, message="no small multiple marked")

    # A click on cell (1, 0) of the "west" small multiple: that slice shown, that cell selected.
    canvas = root(page).locator('[data-slice="west"] canvas')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    side = box["height"] / 3
    page.mouse.click(box["x"] + 0.5 * side, box["y"] + 1.5 * side)
    panel = wait_panel_for(page, "bee", "ant")
    want = np.flatnonzero((yt == "bee") & (yp == "ant") & (site == "west")).tolist()
    poll(lambda: panel_indices(selection_panel(page)) == want and want, message="the west cell's samples")
    assert picker.input_value() == "west" and shown_slice(page) == "west"
    assert page.outside == [] and page.errors == []


def test_a_threshold_move_recounts_every_small_multiple_to_sklearn(offline_page, tmp_path):  # noqa: F811
    page = offline_page
    rng = np.random.default_rng(8)
    n = 500
    y = rng.integers(0, 2, n)
    age = np.array(["<30", "30-60", ">60"])[rng.integers(0, 3, n)]
    score = np.clip(rng.normal(0.35 + 0.3 * y - 0.15 * (age == ">60") * y, 0.2), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=score, slices=age)
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    names = list(w.slices)

    for fraction in (0.2, 0.7):
        before = page_threshold(page)
        set_slider(page, fraction)
        poll(lambda before=before: page_threshold(page) != before, message="the threshold to move")
        t = page_threshold(page)
        pred = (score >= t).astype(int)
        counts = [confusion_matrix(y[age == s], pred[age == s], labels=[0, 1]) for s in names]
        top = max(c.max() for c in counts)
        want = [np.rint(c * 255 / top).astype(int).ravel().tolist() for c in counts]
        poll(lambda want=want: [tile_colors(page, s) for s in names] == want, message=f"the slices at {t}")
        # The slice that differs most: the kernel's at that threshold.
        w.threshold = t
        odd = w.most_different_slice()["slice"]
        assert root(page).locator(".cmw-slice-odd").get_attribute("data-slice") == odd
        assert f"Differs most: {odd}" in root(page).locator(".cmw-slice-odd-note").text_content()

    # Every sample is shown: the picker shows ">60", and a cell lists its samples at the threshold.
    root(page).locator("select.cmw-slice-pick").select_option(">60")
    click_cell(page, 1, 0)
    wait_panel_for(page, "1", "0")
    want = np.flatnonzero((y == 1) & (score < t) & (age == ">60")).tolist()
    poll(lambda: panel_indices(selection_panel(page)) == want[:100], message="the >60 cell's samples")
    assert page.outside == [] and page.errors == []
