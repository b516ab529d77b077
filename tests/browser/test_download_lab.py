"""The Download menu of the live widget in JupyterLab: the CSV files the kernel answers with
equal ``w.to_frame`` as the kernel computes it, and the PNG is the matrix's canvas."""

import io

import pandas as pd
import pytest
from cm_page import poll, root
from lab_page import kernel_json
from test_download_file import download, same
from test_widget_lab import FIVE_CLASSES, SHOW, show_widget

pytestmark = pytest.mark.browser


def kernel_frame(page, call):
    got = kernel_json(page, f"{call}.to_dict('list')")
    return pd.DataFrame(got)


def test_live_downloads_equal_to_frame(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([FIVE_CLASSES, "w = ConfusionMatrixWidget(yt, yp, labels=LABELS, order='support')", SHOW])
    show_widget(page, jupyter_server, name, k=5)
    _, data = download(page, ".cmw-download-cells")
    same(pd.read_csv(io.BytesIO(data), keep_default_na=False), kernel_frame(page, "w.to_frame('cells')"))

    root(page).locator(".cmw-all-errors").click()
    poll(lambda: kernel_json(page, "w.selected") == "errors", message="the errors selected in the kernel")
    _, data = download(page, ".cmw-download-selection")
    want = kernel_frame(page, "w.to_frame('samples', selected=True)")
    assert len(want) > 0
    same(pd.read_csv(io.BytesIO(data), keep_default_na=False), want)

    name, data = download(page, ".cmw-download-png")
    assert name == "confusion_matrix.png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    assert console_log.relevant() == []
