"""The saved view's curves (drawn for the kernel-free page) are the live page's curves too: a
threshold moved afterwards keeps them, so a drag along a curve is not cut short by a redraw."""

import numpy as np
from sklearn.metrics import roc_curve

from cm_widget import ConfusionMatrixWidget


def test_curves_made_for_the_saved_view_survive_a_threshold_move():
    rng = np.random.default_rng(5)
    yt = rng.integers(0, 2, 500)
    scores = np.clip(0.3 * yt + 0.7 * rng.random(500), 0, 1)
    w = ConfusionMatrixWidget(yt, y_score=scores)
    w.to_html()  # as the notebook's saved view does when the widget is shown
    sent = w._curves
    assert sent, "the page got its curves with the saved view"
    fpr, tpr, _ = roc_curve(yt, scores, drop_intermediate=False)
    assert np.frombuffer(sent["roc"]["x"], "<f4")[-1] == fpr[-1]
    for t in (0.3, 0.55, 0.8):
        w.threshold = t
        assert w._curves is sent, f"the curves were dropped at threshold {t}"
