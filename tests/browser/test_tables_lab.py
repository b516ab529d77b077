"""A Dask table in a real JupyterLab: the slider steps over the score edges (exact counts in the
kernel), the status line says so, and a click lists the cell's smallest ids from the engine."""

import pytest
from cm_page import click_cell, panel_indices, root, wait_panel_for, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

DASK_TABLE = """
import dask, dask.dataframe as dd, numpy as np, pandas as pd
from sklearn.metrics import confusion_matrix
from cm_widget import ConfusionMatrixWidget
dask.config.set(scheduler="synchronous")
rng = np.random.default_rng(3)
n = 3000
yb = rng.integers(0, 2, n)
frame = pd.DataFrame({"y": np.where(yb == 1, "yes", "no"), "s": np.clip(0.35 * yb + 0.65 * rng.random(n), 0, 1),
                      "id": rng.permutation(n) * 7 + 1})
w = ConfusionMatrixWidget.from_dataframe(dd.from_pandas(frame, npartitions=3), "y", y_score="s", id="id", bins=32)
"""


def test_dask_table_slider_edges_and_drill_down(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([DASK_TABLE, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=2)
    status = root(page).locator(".cmw-table-summary").text_content()
    n_edges = kernel_json(page, "len(w._engine.edges)")
    assert "Counted in Dask over 3,000 rows" in status and f"Exact at {n_edges:,} thresholds" in status

    slider = root(page).locator("input.cmw-threshold")
    slider.scroll_into_view_if_needed()
    assert slider.get_attribute("max") == str(n_edges - 1) and slider.get_attribute("step") == "1"
    box = slider.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.click(box["x"] + 0.8 * box["width"], y)
    index = int(slider.input_value())

    def settled():
        got = kernel_json(
            page,
            "{'t': w.threshold, 'edge': bool(w._engine.is_edge(w.threshold)), 'counts': w.counts.tolist(),"
            " 'oracle': confusion_matrix(frame.y, np.where(frame.s >= w.threshold, 'yes', 'no'),"
            " labels=['no', 'yes']).tolist(), 'want': float(w._engine.edges[" + str(index) + "])}",
        )
        return got if got["t"] == got["want"] else None

    from cm_page import poll

    got = poll(settled, 30, message="the kernel at the clicked edge")
    assert got["edge"] and got["counts"] == got["oracle"]
    assert root(page).locator(".cmw-busy").is_hidden()  # the answer arrived: no spinner

    click_cell(page, 1, 0)  # true "yes", predicted "no": false negatives
    panel = wait_panel_for(page, "yes", "no", timeout=30)
    expected = kernel_json(page, "sorted(frame.id[(frame.y == 'yes') & (frame.s < w.threshold)].tolist())")
    shown = panel_indices(panel)
    assert shown == expected[: len(shown)] and len(shown) == min(100, len(expected))
    assert kernel_json(page, "w._selection['total']") == len(expected)
