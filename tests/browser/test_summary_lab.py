"""The feature summary in JupyterLab: samples= a pandas table; a click on a cell shows, per
column, the cell next to the rest of its true row, as the kernel's ``w.summarize()`` says."""

import pytest
from cm_page import click_cell, poll, root
from lab_page import kernel_json
from test_widget_lab import FIVE_CLASSES, SHOW, show_widget

pytestmark = pytest.mark.browser

TABLE = """
import pandas as pd
table = pd.DataFrame({"age": rng.integers(18, 90, len(yt)).astype(float), "site": rng.choice(["north", "<b>south</b>"], len(yt))})
w = ConfusionMatrixWidget(yt, yp, labels=LABELS, samples=table)
"""


def test_a_click_shows_the_cells_features_against_its_row(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([FIVE_CLASSES, TABLE, SHOW])
    show_widget(page, jupyter_server, name, k=5)
    click_cell(page, 2, 1)
    table = root(page).locator(".cmw-selection table.cmw-summary")
    table.wait_for(state="visible")
    summary = kernel_json(page, "w.summarize()")
    assert kernel_json(page, "list(w.selected)") == [2, 1]
    age = {s["column"]: s for s in summary}["age"]
    want = f"{age['cell']['mean']:.4g}".rstrip("0").rstrip(".")

    def shown():
        rows = table.locator("tr").all_text_contents()
        return rows if len(rows) == 3 and "age" in rows[1] else None

    rows = poll(shown, message="the summary rows")
    assert f"mean {want}" in rows[1] and f"(n={age['cell']['n']})" in rows[1]
    assert f"(n={age['rest']['n']})" in rows[1]
    site = {s["column"]: s for s in summary}["site"]
    top = site["cell"][0]
    assert f"{top[0]} {round(top[2] * 100)}%" in rows[2]
    assert root(page).locator(".cmw-summary b").count() == 0  # a value is text, never HTML
    assert console_log.relevant() == []
