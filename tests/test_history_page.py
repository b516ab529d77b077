"""The kernel-free page after any sequence: its state source, run in Node, equals the kernel.

A widget is driven through a random sequence of kernel operations (as in test_history.py), saved
(``_export.page_data``, what ``to_html`` and the notebook's saved view embed), and the page then
takes a random sequence of the intents it offers (normalise, threshold, clicks). The kernel takes
the same intents; after each one the page's counts, metrics and selected cell (every page of its
samples, and its sentence) equal the kernel's.
"""

from __future__ import annotations

import copy
import os
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from node_js import needs_node, run_pages
from test_history import build, make_data

from cm_widget._export import page_data, round_down_f32

pytestmark = needs_node


#: Selections of several cells: a true row, a predicted column, every error, a list of cells.
MULTI = st.one_of(
    st.builds(lambda i: {"row": i}, st.integers(0, 3)),
    st.builds(lambda j: {"col": j}, st.integers(0, 3)),
    st.just("errors"),
    st.lists(st.lists(st.integers(0, 3), min_size=2, max_size=2), min_size=1, max_size=4),
)


@st.composite
def sequences(draw):
    kind = draw(st.sampled_from(["labels", "binary", "multiclass", "multilabel"]))
    d = make_data(
        kind,
        draw(st.integers(0, 2**32 - 1)),
        draw(st.integers(6, 60)),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),  # slices
    )
    kernel = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("normalize"), st.sampled_from([None, "true", "pred", "all"])),
                st.tuples(st.just("order"), st.sampled_from(["given", "name", "support", "errors"])),
                st.tuples(st.just("threshold"), st.floats(0, 1)),
                st.tuples(st.just("selected"), st.tuples(st.integers(0, 3), st.integers(0, 3))),
                st.tuples(st.just("selected"), MULTI),
                st.tuples(st.just("show_intervals"), st.sampled_from([None, 0.9])),
                st.tuples(st.just("show_calibration"), st.booleans()),
                st.tuples(st.just("slice"), st.sampled_from([None, "a", "b", "c"])),
                st.tuples(st.just("top_classes"), st.sampled_from([None, 1, 2, 3])),
            ),
            max_size=5,
        )
    )
    page = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("normalize"), st.sampled_from([None, "true", "pred", "all"])),
                st.tuples(st.just("threshold"), st.floats(0, 1)),
                st.tuples(st.just("selected"), st.tuples(st.integers(0, 3), st.integers(0, 3))),
                st.tuples(st.just("selected"), MULTI),
                st.tuples(st.just("top_classes"), st.sampled_from([None, 1, 2, 3])),
                st.tuples(st.just("slice"), st.sampled_from([None, "a", "b", "c"])),
            ),
            min_size=1,
            max_size=6,
        )
    )
    return d, kernel, page


def _apply(w, name, value):
    """Give the kernel a setting where it applies (and is valid); say whether it took it."""
    k = len(w.classes)
    if name == "threshold":
        if w.threshold is None:
            return False
        lo, hi = w._binary["lo"], w._binary["hi"]
        value = lo + value * (hi - lo)
    if name == "selected":
        value = _in_range(value, k)
    if name in ("show_intervals", "show_calibration") and w.thresholds is not None:
        return False  # a multi-label matrix has no intervals, and no calibration
    if name == "show_calibration" and value and w._engine.codes_true is not None and w.threshold is None:
        if getattr(w._engine, "class_scores", None) is None:
            return False  # predicted labels: no probabilities
    if name == "slice" and value is not None and value not in w.slices:
        return False
    if name == "top_classes" and value is not None and (value > k or w.level == "groups" or w.thresholds is not None):
        return False  # refused: more than the classes, the groups level, a multi-label matrix
    setattr(w, name, value)
    return True


def _in_range(value, k):
    """A selection of the strategies inside a matrix of k classes."""
    if isinstance(value, dict):
        return {axis: v % k for axis, v in value.items()}
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return (value[0] % k, value[1] % k)
    return [[i % k, j % k] for i, j in value]


def _wire(value):
    """A selection as JSON carries it (tuples as lists)."""
    if isinstance(value, (tuple, list)):
        return [_wire(v) for v in value]
    return value


def _close(a, b, path="summary"):
    if isinstance(a, dict):
        assert set(a) == set(b), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for k, (x, y) in enumerate(zip(a, b)):
            _close(x, y, f"{path}[{k}]")
    elif isinstance(a, (int, float)) and not isinstance(a, bool) and b is not None:
        assert a == pytest.approx(b, rel=1e-9, abs=1e-12), path
    else:
        assert a == b, path


def _bytes(value):
    return np.asarray(value).tobytes() if not isinstance(value, (bytes, bytearray)) else bytes(value)


def _counts(raw):
    """The counts of a ``_matrix`` value (``_view.matrix_state``'s layout)."""
    counts = np.frombuffer(_bytes(raw["counts"]), dtype=np.dtype(raw["dtype"]).newbyteorder("<"))
    return counts.reshape(raw["k"], raw.get("cols", raw["k"])).astype(np.float64)


@settings(
    max_examples=int(os.environ.get("CM_HISTORY_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(sequences(), min_size=1, max_size=4))
def test_the_page_after_any_sequence_equals_the_kernel(cases):
    jobs, expected = [], []
    for d, kernel_ops, page_ops in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = build(d)
        for name, value in kernel_ops:
            _apply(w, name, value)
        data = page_data(w)
        saved_counts, saved_slice = w.counts.copy(), w.slice
        # Abstain or top-k: the page keeps the counts and the slices as saved, and says so.
        fixed = w._engine.kernel_only is not None
        steps, want = [], []
        if w.slices:
            steps.append(["get", "_slices"])
            want.append(("_slices", (w.slice_counts.copy(), dict(w._slices), fixed)))
        for name, value in page_ops:
            if name == "threshold":
                if w.threshold is None:
                    continue
                lo, hi = w._binary["lo"], w._binary["hi"]
                t = lo + value * (hi - lo)
                steps.append(["set", "threshold", t])
                # The page holds float32 thresholds, rounded down; the kernel takes the one the page shows.
                f32 = [float(round_down_f32(np.array([v]))[0]) for v in (t, lo, hi)]
                w.threshold = max(min(max(f32[0], f32[1]), f32[2]), lo)
            elif name == "slice":
                # The page shows another slice itself, unless it keeps the slices as saved.
                if fixed or not _apply(w, name, value):
                    continue
                steps.append(["set", name, value])
            elif name == "top_classes":
                # The page offers what the kernel takes, and then shows the same top classes.
                if not _apply(w, name, value):
                    continue
                steps += [["set", name, value], ["get", "top_classes"]]
                want.append(("top_classes", w.top_classes))
            else:
                _apply(w, name, value)
                # A selection as the page writes it (not yet in the kernel's canonical form).
                steps.append(["set", name, _wire(_in_range(value, len(w.classes))) if name == "selected" else value])
            steps += [["get", "_matrix"], ["get", "_metrics"], ["get", "_intervals"], ["get", "_calibration"]]
            want += [("_matrix", w.counts.copy()), ("_metrics", (w._metrics["per_class"], w._metrics["summary"]))]
            # The page shows the kernel's intervals where its counts (and slice) are the saved ones; elsewhere
            # it says they need the kernel (it does not bootstrap).
            same = w.counts.shape == saved_counts.shape and np.array_equal(w.counts, saved_counts)
            same = same and w.slice == saved_slice
            level = w.show_intervals
            want.append(
                (
                    "_intervals",
                    dict(w._intervals)
                    if same or level is None
                    else {"stale": True, "level": level, "z": w._intervals["z"]},
                )
            )
            # Of the scores: the same at any threshold; of another slice than the saved one, the kernel's only.
            other_slice = w.slice != saved_slice and bool(w._calibration.get("kind"))
            want.append(("_calibration", None if other_slice else copy.deepcopy(w._calibration)))
            if w.slices:
                steps.append(["get", "_slices"])
                want.append(("_slices", (w.slice_counts.copy(), dict(w._slices), fixed)))
                # The display order: the kernel's for the slice shown (a page that keeps the slices as saved
                # keeps the saved order).
                steps.append(["get", "_order"])
                want.append(("_order", dict(w._order)))
            if w.selected is not None and w.abstain is None and w.top_k == 1:  # else the page lists no cell
                steps.append(["cell"])
                sentence = "".join(part["text"] for part in w._selection["sentence"])
                want.append(("cell", (w.selected_indices.copy(), sentence, d["kind"] == "multilabel")))
        jobs.append({"data": data, "steps": steps})
        expected.append(want)
    for want, got in zip(expected, run_pages(jobs)):
        assert len(want) == len(got)
        for (what, kernel), value in zip(want, got):
            if what == "_slices":
                counts, state, fixed = kernel
                assert value.get("fixed", False) is fixed
                # Every slice's matrix, metrics and the slice that differs most: the kernel's.
                np.testing.assert_array_equal(_counts(value["matrix"]).reshape(counts.shape), counts)
                for key in ("names", "samples", "accuracy", "balanced_accuracy", "macro_f1", "most_different"):
                    assert value[key] == state[key], key
            elif what == "top_classes":
                assert value == kernel
            elif what == "_order":
                assert value["dtype"] == kernel["dtype"]
                assert _bytes(value["classes"]) == kernel["classes"], "class order"
                assert (value["groups"] is None) == (kernel["groups"] is None), "group order"
                if kernel["groups"] is not None:
                    assert _bytes(value["groups"]) == kernel["groups"], "group order"
            elif what == "_matrix":
                np.testing.assert_allclose(_counts(value), kernel, rtol=1e-12, atol=1e-9)
            elif what == "_calibration" and kernel is None:
                assert "live kernel" in value["note"]  # another slice's calibration needs the kernel
            elif what == "_calibration":
                for key in ("x", "y", "n"):
                    if key in kernel:
                        assert _bytes(value.pop(key)) == kernel.pop(key)
                if "hist" in kernel:
                    assert _bytes(value["hist"].pop("counts")) == kernel["hist"].pop("counts")
                _close(value, kernel, "calibration")
            elif what == "_intervals":
                if "per_class" in kernel:
                    assert _bytes(value.pop("per_class")) == kernel.pop("per_class")
                _close(value, kernel, "intervals")
            elif what == "_metrics":
                mine = np.frombuffer(kernel[0], dtype="<f8")
                np.testing.assert_allclose(np.frombuffer(_bytes(value["per_class"]), dtype="<f8"), mine, rtol=1e-9)
                _close(value["summary"], kernel[1])
            else:
                indices, sentence, counts_only = kernel
                assert value["text"] == sentence
                if counts_only and not value["available"]:  # a multi-label file keeps the counts only, and says so
                    assert value["unavailable"] and not len(value["indices"])
                    continue
                assert value["available"]
                np.testing.assert_array_equal(value["indices"], indices)
