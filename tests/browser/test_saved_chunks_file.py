"""A notebook with a labels matrix and then a binary one, exported by ``jupyter nbconvert --to
html`` and opened from file:// offline: the first output carries the core of the page's code, the
second only the chunk of the score views (js/pack_page.mjs), and both matrices work; so they do
when the cell that carries the chunk comes before the one that carries the core. A sliced matrix
after a labels one carries the slices chunk alone and switches slices."""

from __future__ import annotations

import os
import re

import nbformat
import numpy as np
import pytest
from cm_page import click_cell, panel_indices, poll, selection_panel, wait_widget
from sklearn.metrics import confusion_matrix
from test_nbconvert_default import ROOT, convert, convert_saved, requests_of

pytestmark = pytest.mark.browser

CELLS = [
    "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\nrng = np.random.default_rng(21)",
    "y = rng.integers(0, 3, 240)\np = np.where(rng.random(240) < 0.6, y, rng.integers(0, 3, 240))",
    "yb = rng.integers(0, 2, 300)\ns = np.clip(0.35 * yb + 0.65 * rng.random(300), 0, 1)",
    "ConfusionMatrixWidget(y, p)",
    "ConfusionMatrixWidget(yb, y_score=s)",
]


def data():
    rng = np.random.default_rng(21)
    y = rng.integers(0, 3, 240)
    p = np.where(rng.random(240) < 0.6, y, rng.integers(0, 3, 240))
    yb = rng.integers(0, 2, 300)
    return y, p, yb, np.clip(0.35 * yb + 0.65 * rng.random(300), 0, 1)


def readout(view):
    """TN/FP/FN/TP as the binary matrix's 2x2 readout shows them."""
    out = {}
    for text in view.locator(".cmw-readout-table td").all_text_contents():
        tag, value = text.split()
        out[tag] = int(value.replace(",", ""))
    return out


def check_both(labels_nth, binary_nth):
    def check(page):
        y, p, yb, s = data()
        page.wait_for_function("() => document.querySelectorAll('.cmw').length === 2", timeout=60_000)
        assert page.locator(".cmw-nocode").count() == 0
        wait_widget(page, k=3, nth=labels_nth)
        wait_widget(page, k=2, nth=binary_nth)
        click_cell(page, 2, 1, nth=labels_nth)
        page.wait_for_function(
            f"() => !!document.querySelectorAll('.cmw')[{labels_nth}].querySelector('.cmw-sentence')"
        )
        assert panel_indices(selection_panel(page, nth=labels_nth)) == np.flatnonzero((y == 2) & (p == 1)).tolist()
        # the threshold of the second matrix, moved by a click on its slider
        live = page.locator(".cmw-live").nth(binary_nth)
        before = float(live.get_attribute("data-threshold"))
        view = page.locator(".cmw").nth(binary_nth)
        box = view.locator("input.cmw-threshold").bounding_box()
        page.mouse.click(box["x"] + 8 + 0.75 * (box["width"] - 16), box["y"] + box["height"] / 2)
        poll(lambda: float(live.get_attribute("data-threshold")) != before, message="the threshold to move")
        t = float(live.get_attribute("data-threshold"))
        cm = confusion_matrix(yb, (s >= t).astype(int), labels=[0, 1])
        expected = {"TN": cm[0, 0], "FP": cm[0, 1], "FN": cm[1, 0], "TP": cm[1, 1]}
        poll(lambda: readout(view) == expected, message=f"the readout at {t} to be {expected}")

    return check


#: The core's element (nbconvert may write its attributes quoted).
CORE = r'class="?cmw-view-core\b'


def carried(html):
    """Copies of the core and of the scores chunk in a page (nbconvert writes attributes quoted)."""
    return len(re.findall(CORE, html)), len(re.findall(r'data-chunk="?scores\b', html))


def at(html, pattern):
    return re.search(pattern, html).start()


def test_a_labels_and_a_binary_matrix_exported_carry_the_core_and_the_scores_chunk_once(browser, tmp_path):
    page_path = convert(tmp_path, CELLS, "two")
    text = page_path.read_text(encoding="utf-8")
    assert carried(text) == (1, 1)
    # the core comes with the first matrix, the scores chunk with the second
    assert at(text, CORE) < at(text, 'data-chunks="?scores') < at(text, 'data-chunk="?scores')
    requests_of(browser, page_path, check_both(0, 1))


def test_a_chunk_before_the_core_waits_for_it(browser, tmp_path):
    """The binary matrix's cell (carrying the scores chunk) moved above the labels one (carrying the core)."""
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    os.environ["PYTHONPATH"], old = str(ROOT), os.environ.get("PYTHONPATH")
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3").execute(cwd=str(tmp_path))
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old
    binary = nb.cells.pop(4)
    nb.cells.insert(3, binary)
    page_path = convert_saved(tmp_path, nb, "moved")
    text = page_path.read_text(encoding="utf-8")
    assert carried(text) == (1, 1) and at(text, 'data-chunk="?scores') < at(text, CORE)
    requests_of(browser, page_path, check_both(1, 0))


def test_a_matrix_whose_chunk_is_gone_says_how_to_get_it_back_and_the_others_work(browser, tmp_path):
    """The core is there, the scores chunk is not (its output cleared): the binary matrix keeps its
    static table and says so; the labels matrix is interactive."""
    from cm_widget import ConfusionMatrixWidget
    from cm_widget._export.html import NO_CODE, fragment

    y, p, yb, s = data()
    body = fragment(ConfusionMatrixWidget(y, p), css=True) + fragment(
        ConfusionMatrixWidget(yb, y_score=s), css=True, code=lambda features: []
    )
    assert carried(body) == (1, 0) and re.search(r"data-chunks=scores\b", body)
    page_path = tmp_path / "lost_chunk.html"
    page_path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")

    def check(page):
        wait_widget(page, k=3)
        page.wait_for_selector(".cmw-nocode")
        assert page.locator(".cmw-nocode").all_text_contents() == [NO_CODE]
        assert page.locator(".cmw").count() == 1
        assert page.locator(".cmw-static table").nth(1).is_visible()
        click_cell(page, 0, 2)
        page.wait_for_function("() => !!document.querySelector('.cmw-sentence')")
        assert panel_indices(selection_panel(page)) == np.flatnonzero((y == 0) & (p == 2)).tolist()

    requests_of(browser, page_path, check)


def test_a_table_counted_in_duckdb_shows_its_summary_with_the_tables_chunk(browser, tmp_path):
    """A labels matrix (the core) and one counted in DuckDB (the tables chunk, carried by its own
    output): the second says where its counts come from, with the engine and the rows (pandas)."""
    import duckdb
    import pandas as pd

    from cm_widget import ConfusionMatrixWidget
    from cm_widget._export.html import fragment

    y, p, _, _ = data()
    frame = pd.DataFrame({"y": y, "p": p})
    table = ConfusionMatrixWidget.from_dataframe(duckdb.connect().from_df(frame), "y", "p")
    body = fragment(ConfusionMatrixWidget(y, p), css=True) + fragment(table, css=True, code=lambda features: features)
    assert re.search(r"data-chunks=tables\b", body) and "data-chunk=tables>" in body
    page_path = tmp_path / "table.html"
    page_path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")

    def check(page):
        page.wait_for_function("() => document.querySelectorAll('.cmw').length === 2", timeout=60_000)
        wait_widget(page, k=3, nth=1)
        summary = page.locator(".cmw").nth(1).locator(".cmw-table-summary")
        assert summary.text_content().startswith(f"Counted in DuckDB over {len(frame)} rows")
        assert summary.is_visible()
        assert not page.locator(".cmw").nth(0).locator(".cmw-table-summary").is_visible()

    requests_of(browser, page_path, check)


SLICED = [
    "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\nrng = np.random.default_rng(22)",
    "y = rng.integers(0, 3, 360)\np = np.where(rng.random(360) < 0.6, y, rng.integers(0, 3, 360))\n"
    "site = np.array(['north', 'south', 'west'])[rng.integers(0, 3, 360)]",
    "ConfusionMatrixWidget(y, p)",
    "ConfusionMatrixWidget(y, p, slices=site)",
]


def test_a_sliced_matrix_exported_after_a_labels_one_switches_slices_offline(browser, tmp_path):
    """The second output carries only the slices chunk; its picker shows another slice and a cell
    lists that slice's samples, as numpy finds them."""
    rng = np.random.default_rng(22)
    y = rng.integers(0, 3, 360)
    p = np.where(rng.random(360) < 0.6, y, rng.integers(0, 3, 360))
    site = np.array(["north", "south", "west"])[rng.integers(0, 3, 360)]
    page_path = convert(tmp_path, SLICED, "sliced")
    text = page_path.read_text(encoding="utf-8")
    assert len(re.findall(CORE, text)) == 1
    assert len(re.findall(r'data-chunk="?slices\b', text)) == 1
    assert at(text, CORE) < at(text, 'data-chunk="?slices')

    def check(page):
        page.wait_for_function("() => document.querySelectorAll('.cmw').length === 2", timeout=60_000)
        wait_widget(page, k=3, nth=1)
        view = page.locator(".cmw").nth(1)
        picker = view.locator("select.cmw-slice-pick")
        assert picker.is_enabled()
        click_cell(page, 2, 0, nth=1)
        for choice, mask in (("west", site == "west"), ("north", site == "north"), ("", np.ones(len(y), bool))):
            picker.select_option(choice)
            want = np.flatnonzero((y == 2) & (p == 0) & mask).tolist()
            poll(
                lambda want=want: panel_indices(selection_panel(page, nth=1)) == want,
                message=f"the cell of {choice or 'every sample'}",
            )

    requests_of(browser, page_path, check)
