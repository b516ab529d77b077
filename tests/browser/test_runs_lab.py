"""Runs in a real JupyterLab: dragging the scrubber moves the kernel's ``w.run``, and compare mode
lists, for a clicked cell, exactly the samples numpy finds entering and leaving it."""

import pytest
from cm_page import click_cell, poll, root, wait_widget
from lab_page import kernel_json, open_notebook, run_all, run_cell

pytestmark = pytest.mark.browser

# Four runs over five classes in a non-sorted label order, each a little better than the last.
RUNS = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
LABELS = ["eel", "dog", "cat", "bee", "ant"]
rng = np.random.default_rng(7)
names = np.array(LABELS)
yt = names[rng.integers(0, 5, 300)]
preds = [np.where(rng.random(300) < 0.3 + 0.2 * r, yt, names[rng.integers(0, 5, 300)]) for r in range(4)]
w = ConfusionMatrixWidget(yt, preds[0], labels=LABELS, run="epoch 0")
for r in range(1, 4):
    w.add_run(preds[r], name=f"epoch {r}")
"""


def kernel_until(page, expr, accept, message, timeout=15):
    def attempt():
        value = kernel_json(page, expr)
        return (value,) if accept(value) else None

    return poll(attempt, timeout=timeout, message=message)[0]


def slider_box(page):
    slider = root(page).locator("input.cmw-run-slider")
    slider.scroll_into_view_if_needed()
    return slider, slider.bounding_box()


def test_dragging_the_scrubber_moves_the_kernels_run(page, jupyter_server, make_notebook):
    name = make_notebook([RUNS, "w", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=5)
    bar = root(page).locator(".cmw-runs")
    bar.wait_for(state="visible")
    assert root(page).locator(".cmw-run-name").text_content() == "epoch 3"

    slider, box = slider_box(page)
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] - 3, y)  # the thumb sits at the last run
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + 2, y, steps=5)
    page.mouse.up()
    state = kernel_until(
        page,
        "{'run': w.run, 'counts': w.counts.tolist(), 'naive': "
        "[[int(((yt == a) & (preds[0] == b)).sum()) for b in LABELS] for a in LABELS]}",
        lambda v: v["run"] == "epoch 0",
        "w.run to follow the drag",
    )
    assert state["counts"] == state["naive"]
    assert root(page).locator(".cmw-run-name").text_content() == "epoch 0"
    assert root(page).locator(".cmw-run-newer").text_content() == "3 newer runs"

    # A run added while the scrubber is back: the page stays put and counts it.
    run_cell(page, 2, "w.add_run(preds[3], name='epoch 4')")
    poll(lambda: root(page).locator(".cmw-run-newer").text_content() == "4 newer runs", message="the newer-runs note")
    assert kernel_json(page, "w.run") == "epoch 0"

    # A point of the history line picks its run.
    root(page).locator("circle[data-run='2']").click()
    kernel_until(page, "w.run", lambda v: v == "epoch 2", "w.run to follow the history line")


def test_compare_mode_lists_the_samples_that_entered_and_left_a_cell(page, jupyter_server, make_notebook):
    name = make_notebook([RUNS, "w", ""])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    wait_widget(page, k=5)
    root(page).locator("select.cmw-compare-pick").select_option("epoch 0")
    kernel_until(page, "w.compare", lambda v: v == "epoch 0", "w.compare to follow the picker")
    summary = root(page).locator(".cmw-compare-summary")
    summary.wait_for(state="visible")
    d = kernel_json(page, "{k: len(v) for k, v in w.diff('epoch 0', 'epoch 3').items() if k != 'counts'}")
    assert summary.text_content() == (
        f"From epoch 0 to epoch 3: {d['fixed']} fixed, {d['broken']} broken, "
        f"{d['changed']} samples changed their prediction."
    )

    head = root(page).locator(".cmw-moves-head")
    for i, j in [(1, 1), (3, 1)]:
        click_cell(page, i, j)
        wanted = f"true {['eel', 'dog', 'cat', 'bee', 'ant'][i]}, predicted"
        poll(lambda wanted=wanted: wanted in (head.text_content() or ""), message="the moves of the clicked cell")
        naive = kernel_json(
            page,
            f"{{'selected': list(w.selected), "
            f"'entered': np.flatnonzero((yt == LABELS[{i}]) & (preds[3] == LABELS[{j}]) & (preds[0] != LABELS[{j}])).tolist(), "
            f"'left': np.flatnonzero((yt == LABELS[{i}]) & (preds[0] == LABELS[{j}]) & (preds[3] != LABELS[{j}])).tolist(), "
            f"'from': [LABELS.index(p) for p in preds[0]], 'to': [LABELS.index(p) for p in preds[3]]}}",
        )
        assert naive["selected"] == [i, j]  # the selection keeps its meaning: class space
        shown = page.evaluate(
            """() => {
              const r = [...window.jupyterapp.shell.currentWidget.node.querySelectorAll('.cmw')][0];
              const read = (cls) => [...r.querySelectorAll(`${cls} .cmw-move`)].map((m) => m.textContent);
              return {entered: read('.cmw-entered'), left: read('.cmw-left')};
            }"""
        )
        labels = ["eel", "dog", "cat", "bee", "ant"]
        assert shown["entered"] == [
            f"sample {s}: predicted {labels[naive['from'][s]]} in epoch 0" for s in naive["entered"]
        ]
        assert shown["left"] == [f"sample {s}: predicted {labels[naive['to'][s]]} in epoch 3" for s in naive["left"]]
        assert naive["entered"] or naive["left"], "a cell where nothing moved proves little"
