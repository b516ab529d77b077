"""The figure's column names: horizontal when they fit side by side, vertical only when they do not.

Checked on the drawn matplotlib Figure: the rendered boxes of the tick labels (matplotlib's own
measure) must not overlap, and labels that would overlap side by side are turned.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from cm_widget import ConfusionMatrixWidget  # noqa: E402


def figure_of(names, seed=0):
    k = len(names)
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, 40 * k)
    p = np.where(rng.random(y.size) < 0.6, y, rng.integers(0, k, y.size))
    return ConfusionMatrixWidget(y, p, labels=list(range(k)), display_labels=names).to_figure()


def ticks(fig):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = fig.axes[0].get_xticklabels()
    return [t.get_rotation() for t in labels], [t.get_window_extent(renderer) for t in labels]


def overlapping(boxes):
    boxes = sorted(boxes, key=lambda b: b.x0)
    return any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:]))


@pytest.mark.parametrize(
    "names",
    [
        ["cat", "dog", "bird"],
        ["healthy", "sick", "unknown"],
        ["setosa", "versicolor", "virginica"],
        ["negative", "positive"],
        [str(c) for c in range(12)],
        [str(c) for c in range(20)],
    ],
)
def test_short_labels_stay_horizontal(names):
    fig = figure_of(names)
    try:
        rotations, boxes = ticks(fig)
        assert set(rotations) == {0.0}, rotations
        assert not overlapping(boxes)
    finally:
        plt.close(fig)


@pytest.mark.parametrize("k", [6, 30])
def test_long_labels_turn_and_do_not_overlap(k):
    names = [f"a rather long class name {c}" for c in range(k)]
    fig = figure_of(names)
    try:
        rotations, boxes = ticks(fig)
        assert set(rotations) == {90.0}, rotations
        assert not overlapping(boxes)
        # side by side they would have overlapped
        for t in fig.axes[0].get_xticklabels():
            t.set_rotation(0)
        assert overlapping(ticks(fig)[1])
    finally:
        plt.close(fig)


def test_an_asked_rotation_is_kept():
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], display_labels=["a", "b"])
    fig = w.to_figure(xticks_rotation=45)
    try:
        assert {t.get_rotation() for t in fig.axes[0].get_xticklabels()} == {45.0}
    finally:
        plt.close(fig)
