"""Intervals and calibration in the kernel-free page (``w.to_html()`` in headless Chromium): what
the page shows equals statsmodels' Wilson intervals and the kernel's bootstrap, the whisker shows on
hover, the histograms' line follows the slider, and away from the saved counts the page says the
intervals need the kernel instead of showing stale ones."""

from __future__ import annotations

import pytest
from cm_page import click_cell, poll
from statsmodels.stats.proportion import proportion_confint
from test_html_file import binary_data, offline_page, page_threshold, set_slider, wait_drawn  # noqa: F401

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser


def _f(v):
    return f"{v:.3f}"


def test_the_file_shows_intervals_and_calibration_that_follow_the_slider(offline_page, tmp_path):  # noqa: F811
    page = offline_page
    y, score, _texts = binary_data(n=400, seed=8)
    w = ConfusionMatrixWidget(y, y_score=score, show_intervals=True, show_calibration=True)
    path = tmp_path / "cm.html"
    w.to_html(path)
    page.goto(path.as_uri())
    wait_drawn(page)

    # The readout's TPR with its Wilson interval at the saved threshold.
    t = page_threshold(page)
    tp = int(((score >= t) & (y == 1)).sum())
    lo, hi = proportion_confint(tp, int((y == 1).sum()), alpha=0.05, method="wilson")
    tpr = page.locator(".cmw-readout-stats .cmw-stat").first
    assert tpr.text_content().startswith(f"TPR {_f(tp / (y == 1).sum())} ({_f(lo)}-{_f(hi)})")

    # The metrics table: open it with a click; hovering a value shows its whisker.
    page.locator(".cmw-metrics summary").click()
    cell = page.locator(".cmw-metrics-table tbody tr").first.locator("td").first
    rows = {(r["metric"], r["class"]): r for r in w.intervals()}
    r = rows[("precision", 0)]
    assert cell.text_content().startswith(f"{_f(r['value'])} ({_f(r['low'])}-{_f(r['high'])})")
    whisker = cell.locator(".cmw-whisker")
    assert whisker.evaluate("e => getComputedStyle(e).display") == "none"
    cell.hover()
    poll(lambda: whisker.evaluate("e => getComputedStyle(e).display") == "block", message="the whisker on hover")
    f1 = page.locator(".cmw-metrics-table tbody tr").first.locator("td").nth(2)
    r = rows[("f1", 0)]
    assert f1.text_content().startswith(f"{_f(r['value'])} ({_f(r['low'])}-{_f(r['high'])})")
    assert "bootstrap" in f1.get_attribute("title")

    # Calibration: the kernel's ECE and interval; the histograms' line at the threshold.
    cal = w.calibration()
    title = page.locator(".cmw-calibration-title").text_content()
    assert f"ECE {_f(cal['ece'])} ({_f(cal['ece_low'])}-{_f(cal['ece_high'])})" in title
    line = page.locator(".cmw-threshold-line").first
    assert float(line.get_attribute("data-at")) == pytest.approx(t)

    # Another threshold: the line follows; the intervals are the kernel's, so the page says so.
    set_slider(page, 0.85)
    poll(lambda: page_threshold(page) != t, message="the threshold to move")
    t2 = page_threshold(page)
    poll(lambda: float(line.get_attribute("data-at")) == pytest.approx(t2), message="the line to follow")
    x = float(line.get_attribute("x1"))
    width = float(page.locator(".cmw-histogram").first.get_attribute("width"))
    assert x == pytest.approx(t2 * width)
    note = page.locator(".cmw-interval-note")
    poll(lambda: "saved threshold" in note.text_content(), message="the note that intervals need the kernel")
    assert "(" not in page.locator(".cmw-readout-stats .cmw-stat").first.text_content()

    # A click on a cell: its share of the true row with the Wilson interval, at the page's threshold
    # (derived in the page, so it needs no kernel).
    click_cell(page, 1, 0)
    t2 = page_threshold(page)
    fn = int(((score < t2) & (y == 1)).sum())
    lo, hi = proportion_confint(fn, int((y == 1).sum()), alpha=0.05, method="wilson")
    share = page.locator(".cmw-cell-interval")
    want = f"{100 * fn / (y == 1).sum():.1f}%, 95% interval {100 * lo:.1f}%-{100 * hi:.1f}% (Wilson)"
    poll(lambda: want in share.text_content(), message=f"the cell's share with its interval: {want}")
    assert not page.errors, page.errors
    assert not page.outside, page.outside
