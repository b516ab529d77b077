"""The Download menu of the kernel-free file in headless Chromium, offline: the CSV files equal
``w.to_frame`` (the file's binary scores are the float32 it stores, rounded down) and the PNG
is the matrix's canvas as drawn."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
import test_html_file
from cm_page import root
from test_html_file import wait_drawn

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import round_down_f32

pytestmark = pytest.mark.browser

offline_page = test_html_file.offline_page  # the page that may load file:// URLs only


def download(page, button):
    """Open the Download menu, click ``button``; return the saved file's name and bytes."""
    menu = root(page).locator(".cmw-download")
    if not menu.evaluate("d => d.open"):
        menu.locator("summary").click()
    with page.expect_download() as info:
        root(page).locator(button).click()
    d = info.value
    return d.suggested_filename, open(d.path(), "rb").read()


def csv_frame(data):
    return pd.read_csv(io.BytesIO(data), keep_default_na=False)


def same(got, want):
    assert list(got.columns) == list(want.columns)
    for col in want.columns:
        if want[col].dtype.kind in "if":
            np.testing.assert_array_equal(got[col].to_numpy(dtype=float), want[col].to_numpy(dtype=float), err_msg=col)
        else:
            assert got[col].astype(str).tolist() == want[col].astype(str).tolist(), col


def test_file_downloads_equal_to_frame(offline_page, tmp_path):
    page = offline_page
    rng = np.random.default_rng(7)
    names = np.array(["eel", "dog, the", 'cat "c"', "bee"])
    yt = names[rng.integers(0, 4, 200)]
    yp = np.where(rng.random(200) < 0.5, yt, names[rng.integers(0, 4, 200)])
    w = ConfusionMatrixWidget(yt, yp, sample_weight=rng.integers(1, 4, 200) / 2, order="support")
    w.selected = {"row": 1}
    w.to_html(tmp_path / "cm.html")
    page.goto((tmp_path / "cm.html").as_uri())
    wait_drawn(page)

    name, data = download(page, ".cmw-download-cells")
    assert name == "confusion_matrix.csv"
    same(csv_frame(data), w.to_frame("cells"))
    name, data = download(page, ".cmw-download-selection")
    assert name == "selection.csv"
    same(csv_frame(data), w.to_frame("samples", selected=True))
    assert len(csv_frame(data)) == int((yt == w.classes[1]).sum())

    # Another selection made in the page: its CSV follows.
    root(page).locator(".cmw-all-errors").click()
    w.selected = "errors"
    page.wait_for_function("() => document.querySelector('.cmw-sentence')?.textContent.includes('misclassified')")
    _, data = download(page, ".cmw-download-selection")
    same(csv_frame(data), w.to_frame("samples", selected=True))

    name, data = download(page, ".cmw-download-png")
    assert name == "confusion_matrix.png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    drawn = root(page).locator("canvas.cmw-canvas").evaluate("c => [c.width, c.height]")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert [width, height] == drawn
    assert page.outside == [] and page.errors == []


def test_file_binary_scores_download_as_stored(offline_page, tmp_path):
    page = offline_page
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 150)
    s = rng.random(150)
    w = ConfusionMatrixWidget(y, y_score=s, threshold=float(round_down_f32(np.array([0.4]))[0]))
    w.selected = (1, 0)
    w.to_html(tmp_path / "b.html")
    page.goto((tmp_path / "b.html").as_uri())
    wait_drawn(page)
    _, data = download(page, ".cmw-download-selection")
    # the file ranks no samples (that needs the kernel's scores): no rank or label_issue columns
    want = w.to_frame("samples", selected=True).drop(columns=["rank", "label_issue"])
    want["score"] = round_down_f32(want["score"].to_numpy())
    same(csv_frame(data), want)
    _, data = download(page, ".cmw-download-cells")
    same(csv_frame(data), w.to_frame("cells"))
    assert page.outside == [] and page.errors == []
