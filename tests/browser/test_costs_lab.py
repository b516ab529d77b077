"""The cost curve in a real JupyterLab: a click on its button moves the kernel's threshold to the
least-cost one (brute force's), and a cost set from the kernel redraws the page."""

import numpy as np
import pytest
from cm_page import poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(5)
yt = rng.integers(0, 2, 2000)
scores = np.clip(0.3 * yt + 0.7 * rng.random(2000), 0, 1).round(3)
w = ConfusionMatrixWidget(yt, y_score=scores, cost=[[0, 1], [6, 0]])
"""


def brute_least(y, scores, cost_fp, cost_fn):
    candidates = np.concatenate(([np.inf], np.unique(scores)[::-1]))
    costs = [cost_fp * ((scores >= t) & (y == 0)).sum() + cost_fn * ((scores < t) & (y == 1)).sum() for t in candidates]
    return float(candidates[int(np.argmin(costs))]), min(costs)


def test_the_button_moves_the_kernel_threshold_to_the_least_cost(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([SETUP, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=2)
    figure = root(page).locator(".cmw-cost")
    figure.locator("polyline").wait_for(timeout=30_000)
    data = kernel_json(page, "{'y': yt.tolist(), 's': scores.tolist()}")
    y, s = np.array(data["y"]), np.array(data["s"])
    best, least = brute_least(y, s, 1, 6)
    assert float(figure.get_attribute("data-least-threshold")) == best
    figure.locator(".cmw-cost-snap").click()
    got = poll(
        lambda: (lambda t: t if t != 0.5 else None)(kernel_json(page, "w.threshold")),
        timeout=20,
        message="the kernel's threshold to move",
    )
    assert got == best
    assert kernel_json(page, "w.expected_cost['total']") == least
    poll(lambda: figure.locator(".cmw-cost-snap").is_disabled(), message="the button greys out at the least cost")
    sentence = root(page).locator(".cmw-cost-sentence")
    assert float(sentence.get_attribute("data-total")) == least
    # A new cost from the kernel: the page's least point follows.
    kernel_json(page, "setattr(w, 'cost', [[0, 1], [2, 0]]) or 0")
    best2, _ = brute_least(y, s, 1, 2)
    poll(lambda: float(figure.get_attribute("data-least-threshold")) == best2, message="the new least point")
    assert console_log.errors == []
