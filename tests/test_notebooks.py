"""The course notebooks: committed clean, and each runs top to bottom without an error.

The execution tests start a kernel on the interpreter running pytest, so the notebooks see
exactly the packages of this environment (CI builds it with .ci/notebooks_env.sh).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import nbclient
import nbformat
import numpy as np
import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
EXPECTED = [
    "01_quickstart.ipynb",
    "02_binary_drug_trial.ipynb",
    "03_digits_three_classes.ipynb",
    "04_cnn_pytorch.ipynb",
    "05_circles_threshold.ipynb",
    "06_watch_it_learn.ipynb",
    "07_multilabel.ipynb",
    "08_find_label_errors.ipynb",
    "09_choose_a_threshold.ipynb",
]
KERNEL_NAME = "cm-widget-notebooks"
CELL_TIMEOUT = 600  # seconds; generous because the machine may be busy

# Appended to the drug-trial notebook when it runs: dumps the raw data and what the
# widget counted at several thresholds, for the test to check against scikit-learn.
PROBE = """
import json as _json
_probe = {"ages": test_ages.tolist(), "labels": test_labels.tolist(),
          "scores": probs[:, 1].astype(float).tolist(), "counts": {}}
for _t in (0.05, 0.3, 0.5, 0.7, 0.95):
    w.threshold = _t
    _probe["counts"][str(_t)] = w.counts.tolist()
print("PROBE" + _json.dumps(_probe))
"""


def _notebooks():
    return sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def test_the_course_notebooks_are_all_there():
    assert [p.name for p in _notebooks()] == EXPECTED


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: p.stem)
def test_committed_notebook_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert code_cells, "a course notebook without code"
    for k, cell in enumerate(code_cells):
        assert cell.get("outputs") == [], f"code cell {k} has outputs"
        assert cell.get("execution_count") is None, f"code cell {k} has an execution count"
    assert nb.cells[-1].cell_type == "markdown" and "Exercise" in nb.cells[-1].source


@pytest.fixture(scope="module")
def kernel_name(tmp_path_factory):
    """A kernelspec that starts ipykernel on this very interpreter."""
    kernel_dir = tmp_path_factory.mktemp("jupyter") / "kernels" / KERNEL_NAME
    kernel_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "cm_widget notebooks",
        "language": "python",
    }
    (kernel_dir / "kernel.json").write_text(json.dumps(spec))
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(kernel_dir.parent.parent))
    yield KERNEL_NAME
    mp.undo()


def _execute(nb, kernel_name):
    client = nbclient.NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=CELL_TIMEOUT,
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def _report(capsys, name, seconds):
    with capsys.disabled():
        print(f"\n[notebook] {name}: {seconds:.1f} s")


@pytest.mark.notebooks
@pytest.mark.parametrize(
    "path",
    [p for p in _notebooks() if p.name != "02_binary_drug_trial.ipynb"],
    ids=lambda p: p.stem,
)
def test_notebook_runs(path, kernel_name, capsys):
    nb = nbformat.read(path, as_version=4)
    seconds = _execute(nb, kernel_name)
    _report(capsys, path.name, seconds)
    _assert_no_error_output(nb)


def _assert_no_error_output(nb):
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", out


@pytest.mark.notebooks
def test_drug_trial_notebook_matches_scikit_learn(kernel_name, capsys):
    from sklearn.metrics import confusion_matrix

    nb = nbformat.read(NOTEBOOK_DIR / "02_binary_drug_trial.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    seconds = _execute(nb, kernel_name)
    _report(capsys, "02_binary_drug_trial.ipynb", seconds)
    _assert_no_error_output(nb)

    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    probe = json.loads(text[text.index("PROBE") + len("PROBE") :])
    ages = np.array(probe["ages"])
    labels = np.array(probe["labels"])
    scores = np.array(probe["scores"])

    # The data the notebook describes: 420 test patients aged 13-100, side effects from 65,
    # 20 exceptions (about 5%).
    assert len(ages) == len(labels) == len(scores) == 420
    assert ages.min() >= 13 and ages.max() <= 100
    assert np.count_nonzero(labels != (ages >= 65)) == 20

    for threshold, counts in probe["counts"].items():
        expected = confusion_matrix(labels, (scores >= float(threshold)).astype(int), labels=[0, 1])
        np.testing.assert_array_equal(np.array(counts), expected, err_msg=f"threshold {threshold}")
    # The threshold really moves errors from one kind to the other.
    low, high = np.array(probe["counts"]["0.05"]), np.array(probe["counts"]["0.95"])
    assert low[0, 1] > high[0, 1] and low[1, 0] < high[1, 0]
