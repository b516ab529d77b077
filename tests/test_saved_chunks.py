"""A saved notebook carries only the code its matrices need: the core with the first matrix of a
kernel, each feature chunk (js/pack_page.mjs) with the first matrix that needs it.

Executed in one kernel as JupyterLab runs cells (each execute request names its cell and the
cells deleted since the last one), as in tests/test_saved_code_once.py.
"""

import gzip
import re
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from test_saved_code_once import Kernel, started

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import chunks
from cm_widget._export.html import page_data
from cm_widget._export.pack import from_b85

ROOT = Path(__file__).resolve().parents[1]
SETUP = (
    "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\nrng = np.random.default_rng(3)\n"
    "y = rng.integers(0, 4, 300)\np = np.where(rng.random(300) < 0.6, y, rng.integers(0, 4, 300))\n"
    "yb = rng.integers(0, 2, 300)\ns = np.clip(0.3 * yb + 0.7 * rng.random(300), 0, 1)"
)
LABELS = "ConfusionMatrixWidget(y, p)"
BINARY = "ConfusionMatrixWidget(yb, y_score=s)"
FEATURE_CHUNKS = ("scores", "multilabel", "intervals", "slices", "runs", "tables")


@pytest.fixture
def kernel(tmp_path):
    with started(Kernel, tmp_path, SETUP) as k:
        yield k


def carried(html):
    """The chunks an output's HTML holds, the core first."""
    core = ["core"] * html.count("class=cmw-view-core ")
    return core + re.findall(r"class=cmw-view-part data-build=\w+ data-chunk=(\w+)>", html)


def code_of(name):
    return gzip.decompress(from_b85(chunks.packed(name))).decode("utf-8")


def build_chunks():
    """The build's table of feature chunks (js/pack_page.mjs, CHUNKS)."""
    import json
    import subprocess

    script = "import { CHUNKS } from './js/pack_page.mjs'; console.log(JSON.stringify(CHUNKS));"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def literals(module):
    """Long string literals of a module under js/: quoted words (labels, class names, messages)."""
    text = (ROOT / "js" / module).read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("//", "*", "/*")))
    return set(re.findall(r"[\"'`]([A-Za-z][\w %.,()-]{11,})[\"'`]", code))


def test_a_labels_widget_carries_the_core_only_and_a_later_binary_widget_its_chunk_only(kernel):
    kernel.run("a", LABELS)
    kernel.run("b", BINARY)
    kernel.run("c", BINARY)
    kernel.run("d", LABELS)
    assert {c: carried(h) for c, h in kernel.outputs.items() if c != "setup"} == {
        "a": ["core"],
        "b": ["scores"],
        "c": [],
        "d": [],
    }
    assert "data-chunks=scores>" in kernel.outputs["b"] and "data-chunks" not in kernel.outputs["a"]


def test_the_core_holds_none_of_the_feature_modules_and_each_chunk_its_own():
    """Text of the threshold, curves, runs, slices and multi-label modules (their labels and
    messages) is in their chunk and nowhere else; text that the core's own modules or the
    stylesheet also hold (class names, keys of the state) is left aside."""
    CHUNKS = build_chunks()
    core = code_of("core")
    feature = {m for files in CHUNKS.values() for m in files}
    other = (ROOT / "cm_widget" / "static" / "widget.css").read_text(encoding="utf-8")
    for path in (ROOT / "js").rglob("*.js"):
        if path.relative_to(ROOT / "js").as_posix() not in feature:
            other += path.read_text(encoding="utf-8")
    assert sorted(CHUNKS) == sorted(FEATURE_CHUNKS)
    for name, files in CHUNKS.items():
        code = code_of(name)
        own = {t for f in files for t in literals(f) if t not in other}
        assert own, name
        assert not [t for t in own if t in core], name
        assert all(t in code for t in own), name
        for other_name in set(CHUNKS) - {name}:
            assert not [t for t in own if t in code_of(other_name)], (name, other_name)


def test_a_rerun_or_a_deleted_cell_gives_up_the_chunks_it_carried(kernel):
    kernel.run("a", LABELS)
    kernel.run("b", BINARY)
    kernel.run("b", LABELS)  # b's output no longer holds the scores chunk
    kernel.run("c", BINARY)
    assert carried(kernel.outputs["c"]) == ["scores"]
    kernel.run("a", BINARY)  # run again: a's new output carries the core again, the scores chunk is in c
    assert carried(kernel.outputs["a"]) == ["core"]
    kernel.run("d", BINARY, deleted=["c"])
    assert carried(kernel.outputs["d"]) == ["scores"]


def test_one_cell_with_a_labels_and_a_binary_widget_carries_each_chunk_once(kernel):
    kernel.run("a", f"display({LABELS})\ndisplay({BINARY})\ndisplay({BINARY})")
    assert carried(kernel.outputs["a"]) == ["core", "scores"]


def _widgets():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 3, 200)
    p = np.where(rng.random(200) < 0.7, y, rng.integers(0, 3, 200))
    yb = rng.integers(0, 2, 200)
    s = rng.random(200)
    proba = rng.dirichlet(np.ones(3), 200)
    Y = rng.integers(0, 2, (200, 3))
    runs = ConfusionMatrixWidget(y, p)
    runs.add_run(np.roll(p, 1), name="second")
    frame = pd.DataFrame({"y": y, "p": p})
    duck = duckdb.connect().from_df(frame)
    return {
        "labels": (ConfusionMatrixWidget(y, p), []),
        "binary": (ConfusionMatrixWidget(yb, y_score=s), ["scores"]),
        "abstain": (ConfusionMatrixWidget(y, y_score=proba, abstain=0.5), ["scores"]),
        "costs": (ConfusionMatrixWidget(y, p, cost=np.ones((3, 3)) - np.eye(3)), ["scores"]),
        "intervals": (ConfusionMatrixWidget(y, p, show_intervals=True), ["intervals"]),
        "binary, intervals": (ConfusionMatrixWidget(yb, y_score=s, show_intervals=True), ["scores", "intervals"]),
        "multilabel": (ConfusionMatrixWidget.multilabel(Y, y_score=rng.random((200, 3))), ["scores", "multilabel"]),
        "slices": (ConfusionMatrixWidget(y, p, slices=rng.integers(0, 2, 200)), ["slices"]),
        # a saved view keeps the run shown (the others need the kernel): no runs code
        "runs": (runs, []),
        "duckdb": (ConfusionMatrixWidget.from_dataframe(duck, "y", "p"), ["tables"]),
        "pandas": (ConfusionMatrixWidget.from_dataframe(frame, "y", "p"), []),
    }


@pytest.mark.parametrize("kind", list(_widgets()))
def test_each_kind_of_widget_needs_the_chunks_of_what_its_view_shows(kind):
    w, expected = _widgets()[kind]
    assert chunks.needed(page_data(w)["state"]["values"]) == expected


def _exported(htmls):
    """The text/html of each output after the nbconvert hook, of outputs holding ``htmls``."""
    import nbformat

    from cm_widget._nbconvert import SavedViewPreprocessor

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output("display_data", data={"text/html": h})])
        for h in htmls
    ]
    nb, _ = SavedViewPreprocessor().preprocess(nb, {})
    return [c.outputs[0].data["text/html"] for c in nb.cells]


def test_an_export_gets_back_each_chunk_whose_carrier_was_cleared():
    from cm_widget._export.html import code_element, notebook_bundle

    rng = np.random.default_rng(6)
    yb = rng.integers(0, 2, 100)
    labels = ConfusionMatrixWidget(yb, yb)
    binary = ConfusionMatrixWidget(yb, y_score=rng.random(100))
    kw = {"max_samples": 10_000, "previews": False}
    # as in a notebook whose outputs carried the chunks were cleared: no code anywhere
    views = [notebook_bundle(w, {}, **kw)["text/html"] for w in (labels, binary)]
    stripped = [re.sub(r"<script type=\"application/gzip\".*", "", v) for v in views]
    assert [carried(h) for h in stripped] == [[], []]
    assert [carried(h) for h in _exported(stripped)] == [["core", "scores"], []]
    # where the core is still there, only the scores chunk is added
    kept = [stripped[0] + code_element(), stripped[1]]
    assert [carried(h) for h in _exported(kept)] == [["core", "scores"], []]
    assert _exported(kept)[0].count("class=cmw-view-core ") == 1
