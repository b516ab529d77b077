"""Runs in a real JupyterLab: every mode that changes what a cell means says so where the eye is
(the axis titles, a badge above the matrix, the colour bar's caption), switched on with the
page's own controls; the kernel agrees that the mode is on."""

import pytest
from cm_page import poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(3)
LABELS = ["ant", "bee", "cat"]
yt = rng.integers(0, 3, 400)
scores = rng.dirichlet(np.ones(3), 400) + 0.6 * np.eye(3)[yt]
scores /= scores.sum(1, keepdims=True)
w = ConfusionMatrixWidget(yt, y_score=scores, display_labels=LABELS)
preds = [np.where(rng.random(400) < 0.4 + 0.3 * r, yt, rng.integers(0, 3, 400)) for r in range(2)]
r = ConfusionMatrixWidget(yt, preds[0], display_labels=LABELS, run="epoch 1")
r.add_run(preds[1], name="epoch 2")
g = ConfusionMatrixWidget(yt, preds[1], display_labels=LABELS, groups={"ant": "insect", "bee": "insect", "cat": "pet"})
"""


def captions(page, nth):
    return page.evaluate(
        """(nth) => {
          const r = [...window.jupyterapp.shell.currentWidget.node.querySelectorAll('.cmw')][nth];
          const c = r.querySelector('canvas[data-cell-size]');
          const bar = r.querySelector('.cmw-mode');
          return {x: c.dataset.xTitle, y: c.dataset.yTitle, bar: c.dataset.barTitle, label: c.getAttribute('aria-label'),
                  badges: [...r.querySelectorAll('.cmw-mode .cmw-badge')].map((b) => b.textContent),
                  badgeShown: !bar.hidden && bar.getBoundingClientRect().height > 0};
        }""",
        nth,
    )


def wait_captions(page, nth, accept, message):
    return poll(lambda: (lambda c: c if accept(c) else None)(captions(page, nth)), message=message)


def shot(page, nth, path):
    box = root(page, nth)
    box.scroll_into_view_if_needed()
    box.screenshot(path=str(path))


def test_mode_captions_in_top_k_abstain_compare_and_groups(page, jupyter_server, make_notebook, tmp_path):
    name = make_notebook([SETUP, "w", "r", "g", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    for nth in range(3):
        wait_widget(page, k=3, nth=nth)
    plain = captions(page, 0)
    assert (plain["x"], plain["y"], plain["bar"], plain["badges"]) == (
        "Predicted label",
        "True label",
        "count of samples",
        [],
    )
    assert not plain["badgeShown"]

    # Top-k, typed in the page's own field.
    top = root(page, 0).locator("input.cmw-top-k")
    top.fill("2")
    top.press("Enter")
    c = wait_captions(page, 0, lambda c: "top-2" in c["x"], "the x title to say top-2")
    assert c["x"] == "Predicted label (top-2: right if the true class is among the 2 highest scores)"
    assert c["badgeShown"] and c["badges"][0].startswith("Top-2: ")
    assert "top-2" in c["label"]
    assert kernel_json(page, "w.top_k") == 2
    shot(page, 0, tmp_path / "top_k.png")

    # Abstaining, ticked in the page: the threshold shown is the kernel's.
    root(page, 0).locator("input.cmw-abstain-on").check()
    c = wait_captions(page, 0, lambda c: "abstained" in c["x"], "the x title to name the abstained column")
    at = kernel_json(page, "w.abstain")
    assert at is not None and f"top score below {at}" in c["x"]
    assert any(b.startswith("Abstaining: ") for b in c["badges"])
    shot(page, 0, tmp_path / "abstain.png")

    # Compare mode, picked in the page.
    root(page, 1).locator("select.cmw-compare-pick").select_option("epoch 1")
    c = wait_captions(page, 1, lambda c: c["bar"].startswith("change"), "the colour bar's caption to say change")
    assert c["bar"] == "change in count since epoch 1"
    assert c["badges"] == [
        "Change since epoch 1: each cell shows epoch 2's count minus epoch 1's; "
        "blue is better (more on the diagonal, fewer off it), red is worse."
    ]
    assert kernel_json(page, "r.compare") == "epoch 1"
    shot(page, 1, tmp_path / "compare.png")

    # The group roll-up, chosen in the page.
    root(page, 2).locator("select.cmw-level").select_option("groups")
    c = wait_captions(page, 2, lambda c: c["x"] == "Predicted group", "the axes to name groups")
    assert c["y"] == "True group"
    assert c["badges"][0].startswith("Groups: ")
    assert kernel_json(page, "g.level") == "groups"
    shot(page, 2, tmp_path / "groups.png")
