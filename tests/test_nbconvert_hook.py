"""The nbconvert hook keeps the matrix's kernel-free view and drops only the matrix's widget state."""

import copy

import nbformat
import pytest

pytest.importorskip("nbconvert")

from cm_widget._export import chunks  # noqa: E402
from cm_widget._nbconvert import SavedViewPreprocessor  # noqa: E402

VIEW = "application/vnd.jupyter.widget-view+json"
STATE = "application/vnd.jupyter.widget-state+json"
HTML = f'<div class="cmw-static"></div>{chunks.data_opening()}{{}}</script>'


def model(name, **refs):
    return {"model_name": name, "state": {k: f"IPY_MODEL_{v}" for k, v in refs.items()}}


def notebook(outputs, state):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output("display_data", data=d)]) for d in outputs
    ]
    nb.metadata["widgets"] = {STATE: {"state": state, "version_major": 2, "version_minor": 0}}
    return nb


def test_only_the_matrix_and_what_only_it_refers_to_are_dropped():
    ours = {VIEW: {"model_id": "cm"}, "text/html": HTML, "text/plain": "w"}
    slider = {VIEW: {"model_id": "s"}, "text/plain": "slider"}
    state = {
        "cm": model("AnyModel", layout="l1"),
        "l1": model("LayoutModel"),
        "s": model("IntSliderModel", layout="l2", style="shared"),
        "l2": model("LayoutModel"),
        "shared": model("StyleModel"),
    }
    nb = notebook([ours, slider], copy.deepcopy(state))
    nb, _ = SavedViewPreprocessor().preprocess(nb, {})
    data = [c.outputs[0].data for c in nb.cells]
    assert VIEW not in data[0] and data[0]["text/html"].startswith(HTML)  # (+ the page's code: see below)
    assert data[1][VIEW] == {"model_id": "s"}
    kept = set(nb.metadata["widgets"][STATE]["state"])
    assert kept == {"s", "l2", "shared"}


def test_a_matrix_inside_another_widget_keeps_its_state():
    ours = {VIEW: {"model_id": "cm"}, "text/html": HTML}
    box = {VIEW: {"model_id": "box"}, "text/plain": "box"}
    state = {"cm": model("AnyModel", layout="l1"), "l1": model("LayoutModel"), "box": model("BoxModel", children="cm")}
    nb, _ = SavedViewPreprocessor().preprocess(notebook([ours, box], copy.deepcopy(state)), {})
    assert nb.metadata["widgets"][STATE]["state"] == state  # the box shows the matrix: all of it stays


def test_a_notebook_of_matrices_only_keeps_no_widget_state():
    outs = [{VIEW: {"model_id": m}, "text/html": HTML} for m in ("a", "b")]
    state = {"a": model("AnyModel", layout="la"), "la": model("LayoutModel"), "b": model("AnyModel", layout="lb")}
    state["lb"] = model("LayoutModel")
    nb, _ = SavedViewPreprocessor().preprocess(notebook(outs, state), {})
    assert "widgets" not in nb.metadata
    assert all(VIEW not in c.outputs[0].data for c in nb.cells)


def test_other_widgets_are_left_alone():
    slider = {VIEW: {"model_id": "s"}, "text/plain": "slider", "text/html": "<b>a slider</b>"}
    state = {"s": model("IntSliderModel", layout="l"), "l": model("LayoutModel")}
    nb = notebook([slider], copy.deepcopy(state))
    nb, _ = SavedViewPreprocessor().preprocess(nb, {})
    assert nb.cells[0].outputs[0].data == slider
    assert nb.metadata["widgets"][STATE]["state"] == state


def test_an_export_holds_the_pages_code_once_when_no_output_kept_it():
    from cm_widget._export.html import code_element

    outs = [{VIEW: {"model_id": m}, "text/html": HTML} for m in ("a", "b")]
    nb, _ = SavedViewPreprocessor().preprocess(notebook(outs, {}), {})
    html = [c.outputs[0].data["text/html"] for c in nb.cells]
    assert html == [HTML + code_element(), HTML]


def test_an_export_whose_outputs_hold_the_code_gets_no_second_copy():
    from cm_widget._export.html import code_element

    outs = [
        {VIEW: {"model_id": "a"}, "text/html": HTML},
        {VIEW: {"model_id": "b"}, "text/html": [HTML, code_element()]},
    ]
    nb, _ = SavedViewPreprocessor().preprocess(notebook(outs, {}), {})
    assert nb.cells[0].outputs[0].data["text/html"] == HTML


def test_the_code_of_another_version_is_not_this_ones():
    """An output of an earlier version of cm_widget (tests/fixtures/, with its own code) and one of
    this version whose code is gone: the export gives this version's output this version's core and
    leaves the earlier output as it was; an output of another build alone gets nothing of ours."""
    import pathlib

    from cm_widget._export.html import code_element

    older = (pathlib.Path(__file__).parent / "fixtures" / "view_before_build_keys.html").read_text(encoding="utf-8")
    outs = [{VIEW: {"model_id": "a"}, "text/html": older}, {VIEW: {"model_id": "b"}, "text/html": HTML}]
    nb, _ = SavedViewPreprocessor().preprocess(notebook(outs, {}), {})
    assert [c.outputs[0].data["text/html"] for c in nb.cells] == [older, HTML + code_element()]
    assert all(VIEW not in c.outputs[0].data for c in nb.cells)  # both are matrices' outputs

    another = HTML.replace(chunks.BUILD, "b" + "0" * (len(chunks.BUILD) - 1))
    nb, _ = SavedViewPreprocessor().preprocess(notebook([{VIEW: {"model_id": "c"}, "text/html": another}], {}), {})
    assert nb.cells[0].outputs[0].data["text/html"] == another
