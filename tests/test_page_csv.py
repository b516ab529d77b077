"""The Download menu's CSV files of the kernel-free page are the kernel's, byte for byte: the same
fields, and numbers written as Python writes them (``2.0`` for a float count, ``1e-05``, ``0.0``
for the share of an empty row). The page's binary scores are the float32 values it stores."""

from __future__ import annotations

import numpy as np
import pytest
from node_js import needs_node, run_pages

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._export import page_data, round_down_f32
from cm_widget._features.export import csv_text

pytestmark = needs_node


def kernel_csv(w, what):
    sent = []
    w.send = sent.append
    w._on_custom_msg(w, {"type": "download", "what": what}, [])
    return sent[-1]["text"]


def _labels(seed, n=90, k=3):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    return rng, y, np.where(rng.random(n) < 0.6, y, rng.integers(0, k, n))


def _cases():
    rng, y, p = _labels(1)
    yield "labels", W(y, p), {"row": 1}
    yield "halves", W(y, p, sample_weight=rng.integers(1, 4, len(y)) / 2), {"col": 0}
    yield "whole weights", W(y, p, sample_weight=np.full(len(y), 2.0)), (1, 1)
    yield "tiny weights", W(y, p, sample_weight=rng.integers(1, 9, len(y)) * 1e-6), "errors"
    yield "huge weights", W(y, p, sample_weight=rng.integers(1, 9, len(y)) * 3e16), (0, 2)
    yield "counts", W.from_counts(np.array([[3, 1, 0], [2, 4, 1], [0, 0, 0]])), None
    yield "float counts", W.from_counts(np.array([[3.0, 1.0], [2.0, 4.0]])), None
    yield "fractional counts", W.from_counts(np.array([[0.25, 1e-7], [2.5, 0.0]])), None
    yield "a class with no samples", W(y, p, labels=[0, 1, 2, 7]), {"row": 3}
    yb = rng.integers(0, 2, 120)
    s = rng.random(120) ** 3
    yield "binary scores", W(yb, y_score=s, threshold=0.25), {"row": 1}


CASES = list(_cases())


@pytest.mark.parametrize("case", range(len(CASES)), ids=[c[0] for c in CASES])
def test_the_pages_csv_files_are_the_kernels(case):
    _, w, selected = CASES[case]
    if selected is not None:
        w.selected = selected
    whats = ["cells", "selection"] if w._engine.has_samples else ["cells"]
    (got,) = run_pages([{"data": page_data(w), "steps": [["download", what] for what in whats]}])
    assert got[0] == kernel_csv(w, "cells")
    if len(whats) == 2:
        want = w._sample_columns(True)
        if "score" in want:  # the page's scores: the float32 values it stores, rounded down
            want["score"] = round_down_f32(np.asarray(want["score"], dtype=np.float64))
        assert got[1] == csv_text({k: v for k, v in want.items() if k in ("index", "true", "predicted", "score")})


def test_ids_and_names_with_commas_and_quotes_are_written_as_the_kernel_writes_them():
    import pandas as pd

    rng, y, p = _labels(5, n=40)
    names = np.array(['a, "b"', "c", "d\ne"])
    frame = pd.DataFrame({"y": names[y], "p": names[p], "id": [f"s-{i}, x" if i % 3 else f'q"{i}' for i in range(40)]})
    w = W.from_dataframe(frame, "y", "p", id="id")
    w.selected = "errors"
    (got,) = run_pages([{"data": page_data(w), "steps": [["download", "cells"], ["download", "selection"]]}])
    assert got == [kernel_csv(w, "cells"), kernel_csv(w, "selection")]


_PY_FLOAT = """
import { pyFloat } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const special = { nan: NaN, inf: Infinity, "-inf": -Infinity };
  process.stdout.write(JSON.stringify(JSON.parse(input).map((x) => pyFloat(typeof x === "string" ? special[x] : x))));
});
"""


def test_floats_are_written_as_pythons_repr_writes_them():
    """Every kind of float64: random bit patterns (all exponents, subnormals), whole numbers around
    2**53, powers of ten at the edges of fixed notation, and NaN and the infinities."""
    from node_js import js_module, run_script

    rng = np.random.default_rng(8)
    bits = rng.integers(0, 2**63, 3000, dtype=np.uint64) | (rng.integers(0, 2, 3000, dtype=np.uint64) << np.uint64(63))
    values = [x for x in bits.view(np.float64).tolist() if np.isfinite(x)]
    values += rng.integers(-(2**60), 2**60, 300).astype(np.float64).tolist()
    values += rng.random(300).tolist() + (rng.random(300) * 1e-6).tolist()
    values += [float(10**e) for e in range(-20, 25)] + [1.5 * 10.0**e for e in range(-20, 25)]
    values += [0.0, -0.0, 9999999999999998.0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]
    got = run_script(_PY_FLOAT % js_module("select/csv.js"), [*values, "nan", "inf", "-inf"])
    assert got == [repr(x) for x in values] + ["nan", "inf", "-inf"]


@pytest.mark.parametrize(
    "ids",
    [
        np.arange(40) * 1.0,
        np.arange(40) * 1e-5,
        (np.arange(40) * 0.5).astype(np.float32),
        np.arange(40) % 2 == 0,
        np.arange(40, dtype=np.uint64) + np.uint64(2**63),
    ],
    ids=["whole floats", "small floats", "float32", "bools", "uint64 beyond 2**53"],
)
def test_the_selection_csv_writes_ids_as_the_kernel_writes_them(ids):
    import pandas as pd

    _, y, p = _labels(6, n=40)
    w = W.from_dataframe(pd.DataFrame({"y": y, "p": p, "id": ids}), "y", "p", id="id")
    w.selected = "errors"
    (got,) = run_pages([{"data": page_data(w), "steps": [["download", "selection"]]}])
    assert got == [kernel_csv(w, "selection")]
