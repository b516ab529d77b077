"""The cost curve in the kernel-free file, in headless Chromium: drawn under the ROC with its least
point, and a click on its button moves the threshold there; the expected cost shown then equals
numpy's at the page's threshold, and the least point is brute force's."""

from __future__ import annotations

import numpy as np
import pytest
from cm_page import poll, root
from test_html_file import binary_data, page_threshold, wait_drawn
from test_html_file import offline_page as offline_page  # the fixture

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

COST = np.array([[0.0, 1.0], [8.0, 0.0]])  # a missed positive costs 8 false alarms


def test_the_file_snaps_the_threshold_to_the_least_cost(offline_page, tmp_path):  # noqa: F811 - the fixture
    page = offline_page
    y, score, _ = binary_data()
    path = tmp_path / "cm.html"
    ConfusionMatrixWidget(y, y_score=score, cost=COST).to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)
    figure = root(page).locator(".cmw-cost")
    figure.locator("polyline").wait_for()
    # Under the ROC, in its column.
    roc, cost = root(page).locator(".cmw-curve-roc").bounding_box(), figure.bounding_box()
    assert cost["y"] >= roc["y"] + roc["height"] - 0.5 and abs(cost["x"] - roc["x"]) < 2, (roc, cost)
    # The least point is brute force's over every threshold.
    candidates = np.concatenate(([np.inf], np.unique(score)[::-1]))
    costs = [
        COST[0, 1] * ((score >= t) & (y == 0)).sum() + COST[1, 0] * ((score < t) & (y == 1)).sum() for t in candidates
    ]
    best = candidates[int(np.argmin(costs))]
    assert float(figure.get_attribute("data-least-threshold")) == best
    assert float(figure.get_attribute("data-least-mean")) == pytest.approx(min(costs) / len(y))

    before = page_threshold(page)
    figure.locator(".cmw-cost-snap").click()
    poll(lambda: page_threshold(page) != before, message="the threshold to move to the least cost")
    t = page_threshold(page)
    assert t <= best and (score >= t).sum() == (score >= best).sum()  # the page's float32 flags the same samples
    assert figure.locator(".cmw-cost-snap").is_disabled()
    pred = (score >= t).astype(int)
    naive = COST[y, pred].sum()
    sentence = root(page).locator(".cmw-cost-sentence")
    poll(lambda: float(sentence.get_attribute("data-total")) == naive, message="the expected cost at the least point")
    assert float(sentence.get_attribute("data-mean")) == pytest.approx(min(costs) / len(y))
    assert "per true class" in sentence.text_content()
    assert page.errors == [] and page.outside == []
