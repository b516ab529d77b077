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
