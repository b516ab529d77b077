"""Ranking a cell's samples in a real JupyterLab and in the kernel-free file: the "Sort samples
by" menu writes the kernel's rank and the panel lists the cell in the kernel's (and a lexsort's)
order; "Show likely label errors" lists the kernel's; the corner marks are drawn; the file says
ranking needs a kernel and lists by index."""

from __future__ import annotations

import numpy as np
import pytest
from cm_page import click_cell, panel_indices, poll, root, selection_panel, wait_panel_for, wait_widget
from lab_page import kernel_json, open_notebook, run_all

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(5)
n, K = 600, 3
y = rng.integers(0, K, n)
logits = rng.normal(size=(n, K))
logits[np.arange(n), y] += 1.5
p = np.exp(logits)
p /= p.sum(axis=1, keepdims=True)
pred = p.argmax(axis=1)
w = ConfusionMatrixWidget(y, y_score=p, display_labels=["a", "b", "c"])
def lexsorted(i, j, rank):
    idx = np.flatnonzero((y == i) & (pred == j))
    pt, pp = p[idx, i], p[idx, j]
    key = {"confidence": pp, "margin": pp - pt, "loss": -pt}[rank]
    return idx[np.lexsort((idx, -key))].tolist()
"""


def test_the_sort_menu_ranks_the_cell_as_the_kernel(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([SETUP, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=3)
    click_cell(page, 1, 2)
    wait_panel_for(page, "b", "c")
    menu = root(page).locator("select.cmw-rank-menu")
    assert menu.evaluate("m => [...m.options].map(o => o.value)") == ["index", "confidence", "margin", "loss"]
    for rank in ("margin", "loss", "confidence", "index"):
        menu.select_option(rank)
        poll(lambda rank=rank: kernel_json(page, "w.rank") == rank or None, message=f"the kernel's rank {rank}")
        want = kernel_json(page, f"w.indices(1, 2, rank={rank!r}).tolist()")
        if rank != "index":
            assert want == kernel_json(page, f"lexsorted(1, 2, {rank!r})")
        poll(lambda want=want: panel_indices(selection_panel(page)) == want[:100] or None, message=f"panel by {rank}")
    # The likely label errors of the cell, as the kernel finds them.
    toggle = root(page).locator("button.cmw-issues-toggle")
    flagged = kernel_json(page, "[int(s) for s in w.label_issues() if y[s] == 1 and pred[s] == 2]")
    assert toggle.inner_text() == f"Show likely label errors ({len(flagged)})"
    toggle.click()
    listed = root(page).locator(".cmw-issues").inner_text()
    assert listed == (", ".join(map(str, flagged)) if flagged else "None in this cell.")
    marks = kernel_json(page, "int((np.frombuffer(w._issues['counts'], '<u4') > 0).sum())")
    drawn = root(page).locator("canvas").first.get_attribute("data-issue-marks")
    assert int(drawn) == marks > 0
    assert console_log.relevant() == []


def test_the_file_lists_by_index_and_says_ranking_needs_a_kernel(browser, tmp_path):
    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, 300)
    p = rng.dirichlet(np.ones(3), size=300)
    w = ConfusionMatrixWidget(y, y_score=p, rank="margin")
    w.selected = (0, 1)
    assert w._selection["indices"] != w.indices(0, 1).tolist()  # the kernel lists it ranked
    path = tmp_path / "cm.html"
    w.to_html(path)
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_function("() => { const r = document.querySelector('.cmw'); return r && r.dataset.drawCount; }")
        menu = page.locator("select.cmw-rank-menu")
        assert menu.is_disabled()
        assert "needs a live kernel" in page.locator(".cmw-rank").inner_text()
        assert panel_indices(selection_panel(page)) == w.indices(0, 1).tolist()[:100]
        click_cell(page, 2, 0)
        wait_panel_for(page, "2", "0")
        assert panel_indices(selection_panel(page)) == w.indices(2, 0).tolist()[:100]
        assert page.locator("canvas").first.get_attribute("data-issue-marks") == str(
            int((np.frombuffer(w._issues["counts"], "<u4") > 0).sum())
        )
    finally:
        context.close()
