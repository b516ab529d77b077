"""Totals and "(other)" in the kernel-free file, in headless Chromium: the totals drawn right of the
rows and under the columns, each total's tooltip gives the numpy sum of scikit-learn's matrix, and a
click on a column's total lists that column's samples as the kernel lists them; with top_classes the
(other) row is drawn with its total, and a click on an (other) cell lists the hidden classes' samples."""

from __future__ import annotations

import numpy as np
import pytest
import test_html_file
from cm_page import canvas_client_point, geometry, ink_in_box, poll, root, selection_panel, tooltip_text
from sklearn.metrics import confusion_matrix
from test_html_file import wait_drawn
from test_select_file import every_index

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

offline_page = test_html_file.offline_page  # the page that may load file:// URLs only

LABELS = ["eel", "dog", "cat", "bee", "ant"]


def totals_box(page):
    return page.evaluate(
        """() => {
          const c = document.querySelector('.cmw canvas[data-cell-size]');
          const n = (v) => (v === '' ? null : Number(v));
          return {x: n(c.dataset.totalsX0), w: n(c.dataset.totalsWidth), y: n(c.dataset.totalsY0),
                  h: n(c.dataset.totalsHeight)};
        }"""
    )


def hover(page, x, y):
    pt = canvas_client_point(page, x, y)
    page.mouse.move(pt[0] - 1, pt[1] - 1)
    page.mouse.move(*pt)
    return tooltip_text(page)


def test_file_draws_the_totals_and_a_click_on_a_column_total_selects_the_column(offline_page, tmp_path):
    page = offline_page
    rng = np.random.default_rng(8)
    n = 400
    yt = np.array(LABELS)[rng.integers(0, 5, n)]
    yp = np.where(rng.random(n) < 0.5, yt, np.array(LABELS)[rng.integers(0, 5, n)])
    w = ConfusionMatrixWidget(yt, yp, labels=LABELS, order="support", normalize="true", show_totals=True)
    perm = w.class_order.tolist()
    cm = confusion_matrix(yt, yp, labels=LABELS)
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    g = geometry(page)
    box = totals_box(page)
    assert box["x"] is not None and box["y"] is not None, "the totals are laid out"
    assert box["x"] >= g["x0"] + 5 * g["cell"] and box["y"] >= g["y0"] + 5 * g["cell"]
    # text in the totals column and row, none in an empty stretch of the margin
    assert ink_in_box(page, box["x"], g["y0"], box["x"] + box["w"], g["y0"] + 5 * g["cell"]) > 20
    assert ink_in_box(page, g["x0"], box["y"], g["x0"] + 5 * g["cell"], box["y"] + box["h"]) > 20

    for r in (0, 3):
        tip = hover(page, box["x"] + box["w"] / 2, g["y0"] + (r + 0.5) * g["cell"])
        assert tip == f"Row total: {cm[perm[r]].sum()}", tip
    tip = hover(page, g["x0"] + 1.5 * g["cell"], box["y"] + box["h"] / 2)
    assert f"Column total: {cm[:, perm[1]].sum()}" in tip, tip
    assert f"Total: {n}" in hover(page, box["x"] + box["w"] / 2, box["y"] + box["h"] / 2)

    page.mouse.click(*canvas_client_point(page, g["x0"] + 2.5 * g["cell"], box["y"] + box["h"] / 2))
    w.selected = {"col": perm[2]}
    sentence = "".join(p["text"] for p in w._selection["sentence"])
    panel = poll(lambda: (p := selection_panel(page))["sentence"] == sentence and p, message="the column's panel")
    assert every_index(page, panel) == np.flatnonzero(yp == LABELS[perm[2]]).tolist() == w.selected_indices.tolist()

    # the toggle takes them away, and the grid grows into their room
    root(page).locator("input.cmw-show-totals").click()
    poll(lambda: totals_box(page)["x"] is None, message="the totals gone")
    assert geometry(page)["cell"] >= g["cell"]


def test_file_draws_other_and_a_click_on_it_lists_its_samples(offline_page, tmp_path):
    from cm_page import click_cell, hover_cell

    page = offline_page
    rng = np.random.default_rng(9)
    n = 500
    yt = np.array(LABELS)[rng.integers(0, 5, n)]
    yp = np.where(rng.random(n) < 0.4, yt, np.array(LABELS)[rng.integers(0, 5, n)])
    w = ConfusionMatrixWidget(yt, yp, labels=LABELS, order="support", top_classes=2, show_totals=True)
    shown = [LABELS[c] for c in w.class_order[:2]]
    hidden = [LABELS[c] for c in w.class_order[2:]]
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    assert geometry(page)["k"] == 3  # two classes and (other)
    tip = hover_cell(page, 2, 0)
    want = int((np.isin(yt, hidden) & (yp == shown[0])).sum())
    assert f"True: (other), {len(hidden)} classes" in tip and f"Predicted: {shown[0]}" in tip, tip
    assert f"Count: {want}" in tip, tip
    # the (other) row's total is every hidden class's support
    g, box = geometry(page), totals_box(page)
    tip = hover(page, box["x"] + box["w"] / 2, g["y0"] + 2.5 * g["cell"])
    assert f"Row total: {int(np.isin(yt, hidden).sum())}" in tip, tip

    click_cell(page, 2, 0)
    w.selected = [(LABELS.index(h), LABELS.index(shown[0])) for h in hidden]
    sentence = "".join(p["text"] for p in w._selection["sentence"])
    panel = poll(lambda: (p := selection_panel(page))["sentence"] == sentence and p, message="the (other) panel")
    want = np.flatnonzero(np.isin(yt, hidden) & (yp == shown[0])).tolist()
    assert every_index(page, panel) == want == w.indices("(other)", shown[0]).tolist()


def test_the_files_top_menu_gathers_the_rest_in_other_as_the_kernel_does(offline_page, tmp_path):
    from cm_page import hover_cell

    page = offline_page
    rng = np.random.default_rng(12)
    names = [f"c{i}" for i in range(8)]
    n = 600
    yt = np.array(names)[rng.integers(0, 8, n)]
    yp = np.where(rng.random(n) < 0.5, yt, np.array(names)[rng.integers(0, 8, n)])
    w = ConfusionMatrixWidget(yt, yp, labels=names, order="support")
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    assert geometry(page)["k"] == 8
    menu = page.locator("select.cmw-top-classes")
    assert menu.is_visible()
    menu.select_option("3")  # a real choice in the page's menu
    poll(lambda: geometry(page)["k"] == 4, message="three classes and (other)")
    shown = [names[c] for c in w.class_order[:3]]
    hidden = [names[c] for c in w.class_order[3:]]
    # numpy on the samples: the (other) row against each class shown, and (other) against itself
    for j, name in enumerate(shown):
        want = int((np.isin(yt, hidden) & (yp == name)).sum())
        tip = hover_cell(page, 3, j)
        assert "True: (other)" in tip and f"Count: {want}" in tip, tip
    tip = hover_cell(page, 3, 3)
    assert f"Count: {int((np.isin(yt, hidden) & np.isin(yp, hidden)).sum())}" in tip, tip
    # the kernel set to the same choice draws the same (other) counts
    w.top_classes = 3
    assert int(w.display_counts[3, 3]) == int((np.isin(yt, hidden) & np.isin(yp, hidden)).sum())
    menu.select_option("all")
    poll(lambda: geometry(page)["k"] == 8, message="every class again")
