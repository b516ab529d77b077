"""The widget fits a laptop screen in a real JupyterLab.

At 1400x900 and 900x700, with the widget's top scrolled to the top of the notebook area, the
controls (one or two rows), the whole matrix and the selection sentence after a real click are
inside the notebook area, and nothing is wider than the output: K = 3, 10 and 20 with default
options, a binary widget with its curves, and runs (the scrubber and "Compare with" too).
Boxes are read from the page (getBoundingClientRect), the selected cell from the kernel.
"""

import pytest
from cm_page import geometry, poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(0)

def labels_of(k, n=1500):
    yt = rng.integers(0, k, n)
    return yt, np.where(rng.random(n) < 0.7, yt, rng.integers(0, k, n))

y3, p3 = labels_of(3)
k3 = ConfusionMatrixWidget(y3, p3, display_labels=["ant", "bee", "cat"])
y10, p10 = labels_of(10)
k10 = ConfusionMatrixWidget(y10, p10, samples=rng.random((len(y10), 8, 8)))
# The 20 superclasses of CIFAR-100: long names, as real data has them.
NAMES = ["aquatic_mammals", "fish", "flowers", "food_containers", "fruit_and_vegetables",
         "household_electrical_devices", "household_furniture", "insects", "large_carnivores",
         "large_man-made_outdoor_things", "large_natural_outdoor_scenes", "large_omnivores_and_herbivores",
         "medium_mammals", "non-insect_invertebrates", "people", "reptiles", "small_mammals", "trees",
         "vehicles_1", "vehicles_2"]
y20, p20 = labels_of(20, 4000)
k20 = ConfusionMatrixWidget(y20, p20, display_labels=NAMES)
yb = rng.integers(0, 2, 800)
sb = np.clip(0.35 * yb + 0.65 * rng.random(800), 0, 1)
binary = ConfusionMatrixWidget(yb, y_score=sb, display_labels=["no_side_effects", "had_side_effects"])
yr, pr0 = labels_of(5, 600)
runs = ConfusionMatrixWidget(yr, pr0, run="epoch 0")
for r in range(1, 4):
    runs.add_run(np.where(rng.random(600) < 0.2 * r, yr, pr0), name=f"epoch {r}")
"""

WIDGETS = ["k3", "k10", "k20", "binary", "runs"]
# Per window: the widgets held to the whole target, and whether the controls must stay in two rows.
# At 900x700 the file browser is open and the output is about 470 px wide: the controls fold into
# two rows, the binary readout keeps its rates and its curves shrink, so the same checks hold.
SIZES = [(1400, 900), (900, 700)]
HELD = dict.fromkeys(SIZES, (WIDGETS, True))

# Boxes (viewport CSS px) of the notebook's scrolling area, the n-th widget and its parts.
_BOXES = """(nth) => {
  const nb = window.jupyterapp.shell.currentWidget;
  const area = nb.content.node.querySelector('.jp-WindowedPanel-outer') || nb.content.node;
  const r = [...nb.node.querySelectorAll('.cmw')][nth];
  const box = (el) => {
    if (!el || el.hidden || !el.getClientRects().length) return null;
    const b = el.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height};
  };
  const canvas = r.querySelector('canvas[data-cell-size]');
  const controls = r.querySelector('.cmw-controls');
  // Rows of controls: the bar and the order bar above the matrix, items more than 12 px apart
  // vertically being on different rows.
  const items = [...controls.children, ...(r.querySelector('.cmw-order:not([hidden])')?.querySelectorAll(
    '.cmw-order-bar > label, .cmw-top > summary') || [])];
  const tops = items.filter((c) => c.getClientRects().length && !c.hidden)
    .map((c) => c.getBoundingClientRect().top).sort((a, b) => a - b);
  const rows = tops.filter((t, n) => n === 0 || t - tops[n - 1] > 12).length;
  const output = r.closest('.jp-OutputArea-output') || r.parentElement;
  return {
    area: box(area), widget: box(r), output: box(output), controls: box(controls), controlRows: rows,
    canvas: box(canvas), sentence: box(r.querySelector('.cmw-sentence')),
    scrubber: box(r.querySelector('input.cmw-run-slider')), comparePick: box(r.querySelector('select.cmw-compare-pick')),
    curves: box(r.querySelector('svg[data-kind="roc"]')),
    overflowX: r.scrollWidth - r.clientWidth,
  };
}"""

# Scroll the notebook so that the n-th widget's top is the top of the notebook area.
_SCROLL_TOP = """(nth) => {
  const nb = window.jupyterapp.shell.currentWidget;
  const area = nb.content.node.querySelector('.jp-WindowedPanel-outer') || nb.content.node;
  const r = [...nb.node.querySelectorAll('.cmw')][nth];
  area.scrollTop += r.getBoundingClientRect().top - area.getBoundingClientRect().top;
}"""


def inside(part, area, name):
    assert part is not None, f"{name} is not shown"
    assert part["top"] >= area["top"] - 0.5 and part["bottom"] <= area["bottom"] + 0.5, (
        f"{name} {part['top']:.0f}..{part['bottom']:.0f} outside the notebook area {area['top']:.0f}..{area['bottom']:.0f}"
    )
    assert part["left"] >= area["left"] - 0.5 and part["right"] <= area["right"] + 0.5, (
        f"{name} {part['left']:.0f}..{part['right']:.0f} outside the notebook area {area['left']:.0f}..{area['right']:.0f}"
    )


def click_visible_cell(page, nth, i, j):
    """A real click on cell (i, j) where it is now, without scrolling; the kernel's selection."""
    g = geometry(page, nth)
    x = g["left"] + g["x0"] + (j + 0.5) * g["cell"]
    y = g["top"] + g["y0"] + (i + 0.5) * g["cell"]
    page.mouse.click(round(x), round(y))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_controls_matrix_and_sentence_fit_the_notebook_area(page, jupyter_server, make_notebook, tmp_path, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    name = make_notebook([SETUP, *WIDGETS, ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    failures, measured = [], {}
    held, two_rows = HELD[size]
    for nth, widget in enumerate(WIDGETS):
        wait_widget(page, nth=nth)
        page.evaluate(_SCROLL_TOP, nth)
        page.wait_for_timeout(300)  # a resize observer may redraw the matrix at the new size
        page.evaluate(_SCROLL_TOP, nth)
        click_visible_cell(page, nth, 1, 0)
        kernel_name = widget
        poll(
            lambda kernel_name=kernel_name: kernel_json(page, f"list({kernel_name}.selected or [])") == [1, 0],
            message=f"{widget}.selected after the click",
        )
        root(page, nth).locator(".cmw-sentence").wait_for(state="visible")
        page.evaluate(_SCROLL_TOP, nth)
        b = page.evaluate(_BOXES, nth)
        root(page, nth).screenshot(path=str(tmp_path / f"{widget}.png"))
        page.screenshot(path=str(tmp_path / f"{widget}-page.png"))
        measured[widget] = {k: b[k] for k in ("widget", "canvas", "sentence", "controlRows", "overflowX")}
        if widget not in held:
            continue
        area = b["area"]
        checks = [
            lambda: inside(b["controls"], area, "the controls"),
            lambda: inside(b["canvas"], area, "the matrix"),
            lambda: inside(b["sentence"], area, "the selection sentence"),
        ]
        if widget == "runs":
            checks += [lambda: inside(b["scrubber"], area, "the runs scrubber")]
            checks += [lambda: inside(b["comparePick"], area, "Compare with")]
        if widget == "binary":
            checks += [lambda: inside(b["curves"], area, "the ROC curve")]
        for check in checks:
            try:
                check()
            except AssertionError as exc:
                failures.append(f"{widget}: {str(exc).splitlines()[0]}")
        if two_rows and b["controlRows"] > 2:
            failures.append(f"{widget}: the controls take {b['controlRows']} rows")
        if b["widget"]["right"] > b["output"]["right"] + 0.5 or b["overflowX"] > 0:
            failures.append(f"{widget}: wider than the output (overflow {b['overflowX']} px)")
    print(size, measured)
    assert not failures, "\n".join(failures)
