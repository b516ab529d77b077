"""A cell run again without a matrix gives up the code its old output carried.

Each chunk of the saved view's code goes with the first output of a kernel that needs it
(cm_widget/_export/chunks.py). When the carrying cell is run again, its outputs are replaced,
whether or not the new run shows a matrix: the next matrix must carry that code again, or the
saved notebook holds none (its views stay static tables wherever no export hook restores it).
Executed in one kernel as JupyterLab runs cells (tests/test_saved_code_once.py).
"""

import pytest
from test_saved_chunks import BINARY, LABELS, SETUP, carried
from test_saved_code_once import Kernel


@pytest.fixture
def kernel(tmp_path):
    k = Kernel(tmp_path)
    try:
        k.run("setup", SETUP)
        yield k
    finally:
        k.stop()


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
