"""A cell run again without a matrix gives up the code its old output carried.

Each chunk of the saved view's code goes with the first output of a kernel that needs it
(cm_widget/_export/chunks.py). When the carrying cell is run again, its outputs are replaced,
whether or not the new run shows a matrix: the next matrix must carry that code again, or the
saved notebook holds none (its views stay static tables wherever no export hook restores it).
Executed in one kernel as JupyterLab runs cells (tests/test_saved_code_once.py).
"""

import pytest
from test_saved_chunks import BINARY, LABELS, SETUP, carried
from test_saved_code_once import Kernel, started


@pytest.fixture
def kernel(tmp_path):
    with started(Kernel, tmp_path, SETUP) as k:
        yield k


def test_a_carrier_run_again_without_a_matrix_gives_the_core_to_the_next_matrix(kernel):
    kernel.run("a", LABELS)
    assert carried(kernel.outputs["a"]) == ["core"]
    kernel.run("a", "1 + 1")  # the output that held the core is replaced by one without it
    kernel.run("b", LABELS)
    assert carried(kernel.outputs["b"]) == ["core"]
    kernel.run("c", LABELS)  # and only once
    assert carried(kernel.outputs["c"]) == []


def test_a_chunk_carrier_run_again_without_a_matrix_gives_the_chunk_to_the_next_that_needs_it(kernel):
    kernel.run("a", LABELS)
    kernel.run("b", BINARY)
    assert carried(kernel.outputs["b"]) == ["scores"]
    kernel.run("b", "print('no matrix here')")
    kernel.run("c", BINARY)
    assert carried(kernel.outputs["c"]) == ["scores"]
    # the core stays with a, whose output still holds it
    assert carried(kernel.outputs["a"]) == ["core"]


class ClearingKernel(Kernel):
    """As Kernel, and a clear_output message empties the outputs of the cell being run so far."""

    def run(self, cell, code, deleted=()):
        html, clear_next = [], False
        for kind, content in self.messages(cell, code, deleted):
            if kind == "clear_output":
                if content.get("wait"):
                    clear_next = True
                else:
                    html = []
            if kind in ("display_data", "execute_result") and "text/html" in content["data"]:
                if clear_next:
                    html, clear_next = [], False
                html.append(content["data"]["text/html"])
        self.outputs[cell] = "".join(html)


@pytest.mark.parametrize("wait", [True, False])
def test_a_matrix_shown_again_after_clear_output_in_one_cell_carries_the_code(tmp_path, wait):
    """A loop that clears its cell's output and shows the matrix again (a live view of training):
    the output that stays holds the code."""
    loop = (
        "from IPython.display import clear_output, display\n"
        f"for step in range(3):\n    clear_output(wait={wait})\n    display({BINARY})"
    )
    with started(ClearingKernel, tmp_path, SETUP) as k:
        k.run("a", loop)
        assert carried(k.outputs["a"]) == ["core", "scores"]
        assert k.outputs["a"].count("class=cmw-view-data ") == 1


class UpdatingKernel(Kernel):
    """As Kernel, and an update_display_data message replaces the output of its display id, in
    whichever cell it is."""

    def __init__(self, cwd):
        super().__init__(cwd)
        self.parts = {}  # cell -> [[display id, html]]

    def run(self, cell, code, deleted=()):
        self.parts[cell] = []
        for kind, content in self.messages(cell, code, deleted):
            shown = (content.get("transient") or {}).get("display_id")
            html = (content.get("data") or {}).get("text/html", "")
            if kind in ("display_data", "execute_result") and html:
                self.parts[cell].append([shown, html])
            if kind == "update_display_data":
                for parts in self.parts.values():
                    for part in parts:
                        if part[0] == shown:
                            part[1] = html
        for name, parts in self.parts.items():
            self.outputs[name] = "".join(h for _, h in parts)


@pytest.fixture
def updating(tmp_path):
    with started(UpdatingKernel, tmp_path, SETUP + "\nfrom IPython.display import display") as k:
        yield k


def _held(kernel):
    return sorted(name for html in kernel.outputs.values() for name in carried(html))


def test_a_matrix_updated_in_place_from_another_cell_keeps_the_code_its_output_held(updating):
    updating.run("a", f"shown = display({BINARY}, display_id=True)")
    assert carried(updating.outputs["a"]) == ["core", "scores"]
    updating.run("b", f"shown.update({BINARY})")
    assert _held(updating) == ["core", "scores"]


def test_a_matrix_updated_in_place_in_its_own_cell_keeps_the_code(updating):
    updating.run("a", f"shown = display({LABELS}, display_id=True)\nshown.update({BINARY})")
    assert _held(updating) == ["core", "scores"]


def test_a_matrix_replaced_in_place_by_text_gives_its_code_to_the_next_matrix(updating):
    updating.run("a", f"shown = display({BINARY}, display_id=True)")
    updating.run("b", "shown.update('no matrix any more')")
    updating.run("c", BINARY)
    assert _held(updating) == ["core", "scores"]
