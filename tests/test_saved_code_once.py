"""A notebook saves the page's code once: the first matrix's output carries it, later ones find it.

Executed with nbclient in one kernel, as ``nbconvert --execute`` and JupyterLab run cells (each
execute request names its cell). The colour tables of the offered colormaps travel with the code
(js/core/curated_luts.js), not with each output.
"""

import contextlib
import json
import os
from pathlib import Path

import matplotlib
import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient
from saved import cell_colours, row_headers, table_cells

from cm_widget import ConfusionMatrixWidget
from cm_widget import _colors as palette

ROOT = Path(__file__).resolve().parents[1]

SETUP = (
    "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\nrng = np.random.default_rng(3)\n"
    "y = rng.integers(0, 4, 300)\np = np.where(rng.random(300) < 0.6, y, rng.integers(0, 4, 300))"
)
DISPLAY = "ConfusionMatrixWidget(y, p)"


class Kernel:
    """A kernel run as JupyterLab and Notebook 7 run cells: each execute request names its cell
    (``cellId``) and the cells deleted since the last request (``deletedCells``)."""

    def __init__(self, cwd):
        from jupyter_client.manager import start_new_kernel

        env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's cm_widget
        self.km, self.kc = start_new_kernel(kernel_name="python3", cwd=str(cwd), env=env)
        self.outputs = {}  # cell id -> the text/html of its outputs (a run replaces them)

    def messages(self, cell, code, deleted=()):
        """``(kind, content)`` of each output message of one execute request of ``cell``, until idle."""
        kc = self.kc
        msg = kc.session.msg(
            "execute_request",
            {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False},
            metadata={"cellId": cell, "deletedCells": list(deleted)},
        )
        kc.shell_channel.send(msg)
        while True:
            reply = kc.get_iopub_msg(timeout=120)
            if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
                continue
            kind, content = reply["msg_type"], reply["content"]
            if kind == "error":
                raise AssertionError("\n".join(content["traceback"]))
            if kind == "status" and content["execution_state"] == "idle":
                return
            yield kind, content

    def run(self, cell, code, deleted=()):
        html = []
        for kind, content in self.messages(cell, code, deleted):
            if kind in ("display_data", "execute_result") and "text/html" in content["data"]:
                html.append(content["data"]["text/html"])
        self.outputs[cell] = "".join(html)
        for gone in deleted:
            self.outputs.pop(gone, None)

    def carriers(self):
        return sorted(c for c, h in self.outputs.items() if "class=cmw-view-core " in h)

    def stop(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


@contextlib.contextmanager
def started(kind, cwd, setup):
    """A kernel of class ``kind`` that has run ``setup``, stopped on leaving."""
    k = kind(cwd)
    try:
        k.run("setup", setup)
        yield k
    finally:
        k.stop()


@pytest.fixture
def kernel(tmp_path):
    with started(Kernel, tmp_path, SETUP) as k:
        yield k


def test_the_first_matrix_of_a_notebook_carries_the_code_and_the_others_do_not(kernel):
    for cell in ("a", "b", "c"):
        kernel.run(cell, DISPLAY)
    assert kernel.carriers() == ["a"]
    for cell in ("a", "b", "c"):  # every matrix has its data and the script that finds the code
        assert "class=cmw-view-data " in kernel.outputs[cell]


def test_running_the_carrying_cell_again_carries_the_code_again(kernel):
    for cell in ("a", "b", "c"):
        kernel.run(cell, DISPLAY)
    kernel.run("a", DISPLAY)  # its output is replaced: the new one must carry the code
    assert kernel.carriers() == ["a"]
    kernel.run("b", DISPLAY)  # another cell run again finds the code where it is
    assert kernel.carriers() == ["a"]


def test_deleting_the_carrying_cell_makes_the_next_matrix_carry_it(kernel):
    kernel.run("a", DISPLAY)
    kernel.run("b", DISPLAY)
    kernel.run("c", DISPLAY, deleted=["a"])
    assert kernel.carriers() == ["c"]


def test_two_displays_in_one_cell_carry_the_code_once(kernel):
    kernel.run("a", "display(ConfusionMatrixWidget(y, p))\ndisplay(ConfusionMatrixWidget(y, p))")
    assert kernel.outputs["a"].count("class=cmw-view-core ") == 1


def test_a_notebook_run_by_nbconvert_carries_the_code_once(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in [SETUP, DISPLAY, "print(1)", DISPLAY, DISPLAY]]
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(ROOT)
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3").execute(cwd=str(tmp_path))
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    html = ["".join(o["data"].get("text/html", "")) for c in nb.cells for o in c.outputs if "data" in o]
    assert [h.count("class=cmw-view-core ") for h in html if "cmw-view-data" in h] == [1, 0, 0]


def test_a_file_of_its_own_still_carries_everything():
    w = ConfusionMatrixWidget([0, 1, 1, 0], [0, 1, 0, 0])
    assert w.to_html().count("cmw-data") >= 1
    # no kernel-level sharing: every file and every call holds the code
    for _ in range(2):
        assert "<script>" in w.to_html()


def curated_tables():
    text = (ROOT / "js" / "core" / "curated_luts.js").read_text(encoding="utf-8")
    body = text[text.index("{") : text.rindex("}") + 1]
    return json.loads(body)


def test_the_shipped_colour_tables_are_matplotlibs():
    tables = curated_tables()
    assert sorted(tables) == sorted(palette.CURATED_CMAPS)
    for name, deltas in tables.items():
        planes = np.cumsum(np.asarray(deltas, dtype=np.int64).reshape(3, 256), axis=1)
        rgb = planes.T
        cmap = matplotlib.colormaps[name]
        expected = np.round(np.asarray(cmap(np.linspace(0, 1, 256)))[:, :3] * 255).astype(np.int64)
        assert np.abs(rgb - expected).max() <= 1, name  # matplotlib's own float -> byte rounding
        assert (rgb == palette.lookup_table(cmap)[:, :3]).all(), name


def test_outputs_hold_only_the_colour_table_the_code_lacks():
    from cm_widget._export.html import page_data

    y = np.array([0, 1, 1, 0, 2])
    curated = page_data(ConfusionMatrixWidget(y, y, cmap="viridis_r"))["luts"]
    other = page_data(ConfusionMatrixWidget(y, y, cmap="coolwarm"))["luts"]
    assert curated == {}
    assert list(other) == ["coolwarm"]


@pytest.mark.parametrize("cmap", ["Blues", "viridis"])  # dark cells the fewest, the most
def test_the_static_table_is_small_and_keeps_every_cells_colour_and_text(cmap):
    """Where no script runs (GitHub) the table stands alone: the colormap's 16 steps (as
    matplotlib's ``resampled(16)`` shows it), light text on dark cells, in a few bytes a cell."""
    from cm_widget._export.figure import html_table

    rng = np.random.default_rng(5)
    y = rng.integers(0, 20, 10_000)
    p = np.where(rng.random(10_000) < 0.7, y, rng.integers(0, 20, 10_000))
    w = ConfusionMatrixWidget(y, p, cmap=cmap)
    table = html_table(w._static_view())
    # most cells of a row share one colour: the row holds it, and only the others carry their own
    bound = {"Blues": 4.0, "viridis": 4.7}[cmap] * 1024
    assert len(table.encode("utf-8")) <= bound
    # as a notebook file stores it (JSON text): no quote to escape in a cell
    assert len(json.dumps(table)) <= bound
    cells = table_cells(table)
    counts = np.bincount(y * 20 + p, minlength=400)
    assert [int(c[2]) for c in cells] == counts.tolist()
    cmap = matplotlib.colormaps[cmap]
    # oracle: the count's step of 256 between 0 and the largest count (the page's colour), in
    # matplotlib's 16-colour version of the colormap
    steps = np.rint(counts / counts.max() * 255) / 255
    expected = np.round(np.asarray(cmap.resampled(16)(steps))[:, :3] * 255).astype(int)
    # HTML's legacy colours: six hex digits, after a "#" or not; the row's header cell keeps the
    # page's white where its row has a colour
    assert all(h in (None, "#fff") for h in row_headers(table)) and "#fff" in row_headers(table)
    got = np.array(cell_colours(table))
    np.testing.assert_array_equal(got, expected)
    # light text where white contrasts more than black (WCAG 2 contrast ratios)
    lin = expected / 255
    lin = np.where(lin <= 0.04045, lin / 12.92, ((lin + 0.055) / 1.055) ** 2.4)
    lum = lin @ np.array([0.2126, 0.7152, 0.0722])
    assert [c[1] == "#fff" for c in cells] == (1.05 / (lum + 0.05) > (lum + 0.05) / 0.05).tolist()


def test_the_static_table_keeps_the_colours_of_a_colormap_of_few_colours():
    """A colormap of fewer than 256 colours is stepped already: each cell takes the colour the page
    shows, matplotlib's colour of the cell's value (a count of 32 against 100 is still red)."""
    from matplotlib.colors import ListedColormap

    from cm_widget._export.figure import html_table

    rgb = ListedColormap(["#ff0000", "#00ff00", "#0000ff"], name="rgb3")
    y = np.repeat([0, 0, 1, 2], [100, 32, 100, 100])
    p = np.repeat([0, 1, 1, 2], [100, 32, 100, 100])
    table = html_table(ConfusionMatrixWidget(y, p, cmap=rgb)._static_view())
    counts = np.bincount(y * 3 + p, minlength=9)
    steps = np.rint(counts / counts.max() * 255) / 255
    expected = np.round(np.asarray(rgb(steps))[:, :3] * 255).astype(int)
    got = np.array(cell_colours(table))
    np.testing.assert_array_equal(got, expected)
