"""The README's quick start runs as written and selects what it says."""

import pathlib
import re

import numpy as np

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"


def test_quick_start_runs():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    namespace = {}
    exec(compile(blocks[0], "README quick start", "exec"), namespace)
    w, y_te, pred = namespace["w"], namespace["y_te"], namespace["model"].predict(namespace["X_te"])
    assert w.selected == (8, 1)
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((y_te == 8) & (pred == 1)))


def test_runs_section_runs_and_says_what_it_shows():
    from sklearn.metrics import confusion_matrix

    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    runs_block = next(b for b in blocks if "add_run" in b)
    namespace = {}
    exec(compile(blocks[0], "README quick start", "exec"), namespace)
    exec(compile(runs_block, "README runs", "exec"), namespace)
    w, y_te, X_te = namespace["w"], namespace["y_te"], namespace["X_te"]
    assert w.runs == ("logistic", "mlp 1", "mlp 2", "mlp 3", "mlp 4", "mlp 5")
    assert (w.run, w.compare) == ("mlp 5", "logistic")
    first, last = namespace["model"].predict(X_te), namespace["mlp"].predict(X_te)
    d = namespace["d"]
    np.testing.assert_array_equal(
        d["counts"], confusion_matrix(y_te, last, labels=range(10)) - confusion_matrix(y_te, first, labels=range(10))
    )
    np.testing.assert_array_equal(d["fixed"], np.flatnonzero((first != y_te) & (last == y_te)))
