"""Intervals and calibration in a real JupyterLab: a click on the threshold slider makes the kernel
recompute the intervals the page shows (equal to statsmodels' Wilson intervals at the new threshold
and to a fresh widget's there), and the calibration histograms' line follows the slider."""

import pytest
from cm_page import poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

CODE = """
import numpy as np
from statsmodels.stats.proportion import proportion_confint
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(5)
yt = rng.integers(0, 2, 2000)
scores = np.clip(0.3 * yt + 0.7 * rng.random(2000), 0, 1)
w = ConfusionMatrixWidget(yt, y_score=scores, show_intervals=True, show_calibration=True)
"""

WANT = (
    "(lambda t: {'t': t, 'tpr': [round(v, 3) for v in proportion_confint(int(((scores >= t) & (yt == 1)).sum()),"
    " int((yt == 1).sum()), alpha=0.05, method='wilson')],"
    " 'same': ConfusionMatrixWidget(yt, y_score=scores, threshold=t, show_intervals=True)._intervals == w._intervals"
    "})(w.threshold)"
)


def test_a_slider_click_recomputes_the_intervals_in_the_kernel(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([CODE, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=2)
    stat = root(page).locator(".cmw-readout-stats .cmw-stat").first
    poll(lambda: "(" in stat.text_content(), message="the TPR with its interval")
    before = kernel_json(page, "w.threshold")
    slider = root(page).locator("input.cmw-threshold")
    box = slider.bounding_box()
    page.mouse.click(box["x"] + 8 + 0.2 * (box["width"] - 16), box["y"] + box["height"] / 2)
    poll(lambda: kernel_json(page, "w.threshold") != before, message="the kernel's threshold to move")

    def settled():
        got = kernel_json(page, WANT)
        lo, hi = got["tpr"]
        return got if got["same"] and f"({lo:.3f}-{hi:.3f})" in stat.text_content() else None

    got = poll(settled, timeout=20, message="the page's TPR interval to be the kernel's at the new threshold")
    line = root(page).locator(".cmw-threshold-line").first
    poll(lambda: abs(float(line.get_attribute("data-at")) - got["t"]) < 1e-9, message="the histogram line to follow")
    assert not console_log.errors, console_log.errors
