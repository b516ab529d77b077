"""The widget outside JupyterLab: Voila and marimo, each served on loopback and driven in
headless Chromium with a real mouse click. What the page sends is checked against what the
kernel holds afterwards, and that against plain numpy masks computed here, in the test.

The browser refuses every request to another host: a page that needs the network fails here
(see ``PageLog``)."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import tempfile
import textwrap

import numpy as np
import pytest
from apps_harness import MarimoServer, VoilaServer, is_local
from cm_page import poll

pytestmark = pytest.mark.browser

# Five string classes in an order that is neither sorted nor symmetric, so a transposed
# matrix, a sorted axis or an off-by-one row all land on a different cell.
LABELS = ["eel", "dog", "cat", "bee", "ant"]
# The cell clicked first, and its transpose (clicked second): "bee" predicted as "dog".
CELL, TRANSPOSED = (3, 1), (1, 3)


def make_labels():
    rng = np.random.default_rng(20240611)
    names = np.array(sorted(LABELS))
    y_true = names[rng.integers(0, 5, 400)]
    y_pred = np.where(rng.random(400) < 0.55, y_true, names[rng.integers(0, 5, 400)])
    # A few more 'bee' predicted as 'dog' so that the two cells clicked differ.
    return np.concatenate([y_true, ["bee"] * 4]), np.concatenate([y_pred, ["dog"] * 4])


Y_TRUE, Y_PRED = make_labels()


def oracle(i: int, j: int) -> list[int]:
    """Sample indices of cell (i, j) by a plain mask over the raw labels."""
    return np.flatnonzero((Y_TRUE == LABELS[i]) & (Y_PRED == LABELS[j])).tolist()


def write_data(directory) -> str:
    path = directory / "labels.npz"
    np.savez(path, y_true=Y_TRUE, y_pred=Y_PRED)
    return str(path)


def build_widget(data_path: str) -> str:
    """Source lines that load the labels and build ``w`` (needs ``np``, ``ConfusionMatrixWidget``)."""
    return (
        f"data = np.load({data_path!r})\nw = ConfusionMatrixWidget(data['y_true'], data['y_pred'], labels={LABELS!r})\n"
    )


def kernel_state(w: str) -> str:
    """Expression: the kernel's own view of widget ``w``'s selection as JSON (never the page's)."""
    return (
        f"json.dumps({{'selected': None if {w}.selected is None else [int(v) for v in {w}.selected],"
        f" 'indices': {w}.selected_indices.tolist()}})"
    )


# The element where the kernel writes that JSON, beside the widget.
ECHO = ".kernel-echo"


# -- the page --------------------------------------------------------------------------------


class PageLog:
    """Console errors, uncaught page errors and requests to other hosts seen by one page.

    Requests to a host other than the server's are aborted, never sent, and recorded.
    """

    def __init__(self, server):
        self.server = server
        self.errors: list[tuple[str, str]] = []  # (message, url it comes from)
        self.external: list[str] = []
        self.log_offset = server.log_path.stat().st_size

    def attach(self, context, page) -> None:
        context.route("**/*", self._route)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append((f"uncaught: {exc.message}", exc.stack or "")))

    def _route(self, route):
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append((msg.text, (msg.location or {}).get("url", "")))

    def relevant(self, benign=()) -> list[str]:
        """Errors not matched by an exact (message, url) in ``benign``, then the writes from
        the page that the kernel rejected (logged to the server's log)."""
        rejected = [line for line in self.server.log_text(self.log_offset).splitlines() if "cm_widget ignored" in line]
        return [f"{text} at {where}" for text, where in self.errors if (text, where) not in benign] + rejected


@pytest.fixture
def open_page(browser, tmp_path):
    """open(server, url) -> (page, log): a fresh context that never leaves the machine."""
    contexts = []
    # Requests that routing does not see (a service worker's own fetches) go to a proxy that
    # refuses every connection: a port bound here and never listened on. Loopback bypasses it.
    dead_end = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    dead_end.bind(("127.0.0.1", 0))
    proxy = {"server": f"http://127.0.0.1:{dead_end.getsockname()[1]}", "bypass": "127.0.0.1,localhost"}

    def open_(server, url):
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, proxy=proxy)
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        log = PageLog(server)
        log.attach(context, page)
        page.goto(url, wait_until="domcontentloaded")
        return page, log

    yield open_
    for n, context in enumerate(contexts):
        try:
            context.pages[0].screenshot(path=str(tmp_path / f"screenshot-{n}.png"), full_page=True)
        except Exception as exc:  # a crashed page must not hide the test's own failure
            print(f"screenshot failed: {exc}")
        context.close()
    dead_end.close()


def widget_geometry(page, timeout: float = 90.0) -> dict:
    """Wait until the widget has drawn; return its canvas geometry (CSS px, viewport based).

    Playwright locators reach into shadow roots, where marimo renders widgets.
    """
    root = page.locator(".cmw").first
    root.wait_for(state="attached", timeout=timeout * 1000)

    def drawn():
        return root.evaluate(
            """r => {
              const c = r.querySelector('canvas[data-cell-size]');
              if (!c || !(Number(r.dataset.drawCount) >= 1) || !(Number(c.dataset.cellSize) > 0)) return null;
              c.scrollIntoView({block: 'center', inline: 'center'});
              const b = c.getBoundingClientRect();
              return {k: Number(r.dataset.k), x0: Number(c.dataset.cellX0), y0: Number(c.dataset.cellY0),
                      cell: Number(c.dataset.cellSize), row0: Number(c.dataset.viewRow0),
                      col0: Number(c.dataset.viewCol0), size: Number(c.dataset.viewSize),
                      left: b.left, top: b.top};
            }"""
        )

    return poll(drawn, timeout=timeout, message="the matrix to draw")


def click_cell(page, i: int, j: int) -> None:
    """A real mouse click in the middle of cell (i, j) (row i true, column j predicted)."""
    g = widget_geometry(page)
    assert g["row0"] <= i < g["row0"] + g["size"] and g["col0"] <= j < g["col0"] + g["size"], g
    x = g["left"] + g["x0"] + (j - g["col0"] + 0.5) * g["cell"]
    y = g["top"] + g["y0"] + (i - g["row0"] + 0.5) * g["cell"]
    page.mouse.click(int(x), int(y))


def kernel_echo(page) -> dict:
    """The kernel's selection as the page shows it (the echo written by the kernel)."""
    return json.loads(page.locator(ECHO).first.text_content())


def echoed(page, i: int, j: int, timeout: float = 30.0) -> dict:
    """Wait until the page shows the kernel's selection of (i, j); return what it shows."""
    try:
        return poll(
            lambda: (s := kernel_echo(page))["selected"] == [i, j] and s,
            timeout=timeout,
            message=f"the kernel to report cell {(i, j)}",
        )
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the page shows {kernel_echo(page)}") from None


_INDEX_LIST = re.compile(r"\d+(?:, \d+)*")


def panel_lists(page) -> list[list[int]]:
    """Every line of the widget's visible text that is a plain list of integers."""
    text = page.locator(".cmw").first.inner_text()
    return [
        [int(t) for t in line.split(",")] for line in map(str.strip, text.splitlines()) if _INDEX_LIST.fullmatch(line)
    ]


def click_and_check(page, i: int, j: int) -> None:
    """Click cell (i, j); the kernel's selection and the widget's panel both match numpy."""
    expected = oracle(i, j)
    click_cell(page, i, j)
    assert echoed(page, i, j) == {"selected": [i, j], "indices": expected}
    try:
        poll(lambda: expected in panel_lists(page), timeout=15, message=f"the selection panel to list {expected}")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the widget's text lists {panel_lists(page)}") from None


def clicks_round_trip(page) -> None:
    """The widget draws K classes, nothing is selected, then two clicks each come back."""
    assert widget_geometry(page)["k"] == len(LABELS)
    # the live view only: the saved output's kernel-free view is not drawn as well
    assert page.locator(".cmw").count() == 1
    assert page.locator(".cmw-static").count() == 0
    assert kernel_echo(page) == {"selected": None, "indices": []}
    click_and_check(page, *CELL)
    click_and_check(page, *TRANSPOSED)


@contextlib.contextmanager
def serving(server_class, write):
    """A started server of ``server_class`` whose root holds the labels and what ``write``
    (server, labels path) puts there; stopped, and its files removed, on exit."""
    with tempfile.TemporaryDirectory(prefix=f"cmw-{server_class.name}-", ignore_cleanup_errors=True) as base:
        server = server_class(base)
        server.root_dir.mkdir(parents=True)
        write(server, write_data(server.root_dir))
        with server:  # a server that fails to start stops itself
            yield server


def test_oracle_cells_are_distinct():
    # The test below can only tell a transposed matrix apart if these differ.
    assert len(oracle(*CELL)) >= 3 and oracle(*CELL) != oracle(*TRANSPOSED)


# -- Voila ---------------------------------------------------------------------------------

# Voila's stock "lab" template links two Font Awesome stylesheets from a CDN, with no setting
# to turn that off (the same icons ship inside Voila's own bundle). The browser refuses them;
# the refusals are the only errors tolerated, matched on their exact message and URL.
_FONT_AWESOME = [
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@%5E5/css/all.min.css",
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@%5E5/css/v4-shims.min.css",
]
VOILA_BENIGN = [("Failed to load resource: net::ERR_FAILED", url) for url in _FONT_AWESOME]

VOILA_NOTEBOOK = """\
import json
import ipywidgets as ipw
import numpy as np
from IPython.display import display
from cm_widget import ConfusionMatrixWidget
{build}
echo = ipw.Label()
echo.add_class({echo!r})


def report(selected):
    echo.value = {state}


report(w.selected)
w.on_select(report)
display(w, echo)
"""


@pytest.fixture(scope="module")
def voila_server():
    def write(server, data):
        server.write_notebook(
            "matrix.ipynb",
            [VOILA_NOTEBOOK.format(build=build_widget(data), echo=ECHO.lstrip("."), state=kernel_state("w"))],
        )

    with serving(VoilaServer, write) as server:
        yield server


def test_voila_click_reaches_the_kernel_and_comes_back(voila_server, open_page):
    page, log = open_page(voila_server, voila_server.render_url("matrix.ipynb"))
    clicks_round_trip(page)
    assert sorted(log.external) == sorted(_FONT_AWESOME)
    assert log.relevant(VOILA_BENIGN) == []


# -- marimo --------------------------------------------------------------------------------

MARIMO_APP = """\
import marimo

app = marimo.App()


@app.cell
def _():
    import html
    import json

    import marimo as mo
    import numpy as np
    from cm_widget import ConfusionMatrixWidget
    return ConfusionMatrixWidget, html, json, mo, np


@app.cell
def _(ConfusionMatrixWidget, mo, np):
{build}    matrix = mo.ui.anywidget(w)
    matrix
    return (matrix,)


@app.cell
def _(html, json, matrix, mo):
    # Runs again whenever the widget's value changes; reads the kernel's own widget.
    mo.Html('<pre class="{echo}">' + html.escape({state}) + '</pre>')
    return


if __name__ == "__main__":
    app.run()
"""


@pytest.fixture(scope="module")
def marimo_server():
    def write(server, data):
        server.write_app(
            MARIMO_APP.format(
                build=textwrap.indent(build_widget(data), "    "),
                echo=ECHO.lstrip("."),
                state=kernel_state("matrix.widget"),
            )
        )

    with serving(MarimoServer, write) as server:
        yield server


def test_marimo_click_reaches_the_kernel_and_comes_back(marimo_server, open_page):
    page, log = open_page(marimo_server, marimo_server.url + "/")
    clicks_round_trip(page)
    assert log.external == []
    assert log.relevant() == []
