"""Inputs at the edges: missing values, mixed types, odd dtypes and layouts, reused buffers."""

import re
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import ListedColormap
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget as W
from cm_widget import _view


def sk(y_true, y_pred, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return confusion_matrix(y_true, y_pred, **kw)


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_missing_labels_in_lists_are_refused(missing):
    with pytest.raises(ValueError, match=r"y_true has 1 missing values .*first at sample 1"):
        W(["a", missing, "b", "b"], ["a", "b", "b", "a"])
    with pytest.raises(ValueError, match=r"y_pred (has 1 missing|contains 1 non-finite)"):
        W([1, 2, 2], [1, missing, 2])


def test_object_arrays_are_checked_whole():
    with pytest.raises(ValueError, match="y_score"):
        W(np.array([0, 1, 1], dtype=object), np.array([0.2, 0.9, 0.4], dtype=object))
    with pytest.raises(ValueError, match="y_score"):
        W(np.array([0, 1] * 40, dtype=object), np.array([0, 1] * 39 + [0, 0.7], dtype=object))
    with pytest.raises(TypeError, match="mixes strings and numbers"):
        W(np.array([1] * 64 + ["1"], dtype=object), np.array([1] * 65))
    with pytest.raises(TypeError, match="mixes strings and numbers"):
        W(["0", "a"], [0, "b"])


def test_numeric_object_arrays_count_like_sklearn():
    y_true = np.array([0, 1, 2, 2, 1], dtype=object)
    y_pred = np.array([0.0, 1.0, 1.0, 2.0, 1.0], dtype=object)
    np.testing.assert_array_equal(W(y_true, y_pred).counts, sk(y_true.astype(int), y_pred.astype(int)))


def test_non_contiguous_string_arrays():
    t = np.array([["cat", "dog"], ["dog", "dog"], ["cat", "cat"], ["cow", "dog"]])
    np.testing.assert_array_equal(W(t[:, 0], t[:, 1]).counts, sk(t[:, 0], t[:, 1]))
    a = np.array(["cat", "dog", "cow", "cat", "eel", "eel"])
    np.testing.assert_array_equal(W(a[::2], a[1::2]).counts, sk(a[::2], a[1::2]))
    np.testing.assert_array_equal(W(a[::-1], a).counts, sk(a[::-1], a))


def test_bytes_labels_read_as_text():
    w = W(np.array([b"cat", b"dog", b"dog"]), np.array([b"cat", b"cat", b"dog"]))
    assert w.display_labels == ["cat", "dog"]
    np.testing.assert_array_equal(w.indices("dog", "cat"), [1])


def test_unsigned_and_mixed_integer_dtypes():
    y_true = np.array([0, 1, 2, 1, 7], np.uint64)
    y_pred = np.array([0, 2, 2, 1, 7], np.int8)
    w = W(y_true, y_pred)
    np.testing.assert_array_equal(w.counts, sk(y_true.astype(int), y_pred.astype(int)))
    assert w.classes.dtype.kind in "iu"
    big = np.array([2**60, 2**60 + 1, 0], np.uint64)
    np.testing.assert_array_equal(W(big, big.astype(np.int64)).counts, np.eye(3, dtype=int))
    with pytest.raises(ValueError, match="above 2\\*\\*63"):
        W(np.array([2**64 - 1, 0], np.uint64), np.array([0, 0], np.uint64))


def test_huge_whole_floats_are_refused():
    with pytest.raises(ValueError, match="y_true holds whole numbers as large as"):
        W(np.array([1e20, 2e20, 1e20]), np.array([1e20, 2e20, 2e20]))


@pytest.mark.parametrize("wrap", [pd.Categorical, pd.CategoricalIndex])
def test_bare_pandas_categoricals(wrap):
    y_true = wrap(["b", "a", "b", "c"], categories=["a", "b", "c", "unused"])
    y_pred = ["a", "a", "b", "c"]
    w = W(y_true, y_pred)
    np.testing.assert_array_equal(w.counts, sk(np.asarray(y_true), y_pred))


def test_integer_format_falls_back_where_values_are_fractions():
    w = W([0, 1, 1], [0, 1, 0], values_format="d", normalize="true")
    bundle, _ = w._repr_mimebundle_()
    assert "50.0%" in bundle["text/html"]
    assert _view.format_rule(w.matrix, w.values_format, w.normalize)["kind"] == "percent"
    w.normalize = None
    assert _view.format_rule(w.matrix, w.values_format, w.normalize)["kind"] == "int"
    assert sorted(t.get_text() for t in w.to_figure().axes[0].texts) == ["0", "1", "1", "1"]
    with pytest.raises(ValueError, match="values_format"):
        W([0, 1], [0, 1], values_format=".2d")


def test_colormap_objects_are_used_as_given():
    cmap = ListedColormap(["white", "red"], name="white_red")
    w = W([0, 1, 1], [0, 1, 0], cmap=cmap)
    lut = np.frombuffer(w._lut, np.uint8).reshape(256, 3)
    assert tuple(lut[0, :3]) == (255, 255, 255) and tuple(lut[-1, :3]) == (255, 0, 0)
    w.normalize = "all"  # a redraw keeps the user's colormap
    assert w._colormap is cmap
    resampled = matplotlib.colormaps["Blues"].resampled(3)
    w = W([0, 1], [0, 1], cmap=resampled)
    assert w._colormap.N == 3


def test_binary_scores_with_no_sample_in_labels():
    with pytest.raises(ValueError, match="None of the labels= .* occurs in y_true"):
        W([5, 6], y_score=[0.1, 0.2], labels=[0, 1])


def test_reused_buffers_do_not_change_the_widget():
    y_true, y_pred = np.array([0, 1, 1, 2]), np.array([0, 1, 2, 2])
    w = W(y_true, y_pred)
    y_true[:] = 0
    y_pred[:] = 0
    np.testing.assert_array_equal(w.indices(1, 1), [1])
    np.testing.assert_array_equal(w.counts, sk([0, 1, 1, 2], [0, 1, 2, 2]))
    y, s = np.array([0, 1, 1, 0]), np.array([0.1, 0.9, 0.4, 0.6])
    w = W(y, y_score=s)
    s[:] = 0
    w.threshold = 0.3
    np.testing.assert_array_equal(w.counts, sk([0, 1, 1, 0], [0, 1, 1, 1]))


@pytest.mark.parametrize("cell", [(0, 0), (0, 1), (1, 0), (1, 1)])
def test_binary_selection_pages_match_the_mask(cell):
    rng = np.random.default_rng(11)
    n = 200_000
    y = (rng.random(n) < 0.3).astype(int)
    s = np.clip(rng.normal(0.3 + 0.4 * y, 0.25), 0, 1)
    w = W(y, y_score=s)
    w.selected = cell
    for t in (0.05, 0.5, 0.97):
        w.threshold = t
        expected = np.flatnonzero((y == cell[0]) & ((s >= t).astype(int) == cell[1]))
        sel = w._selection
        assert sel["total"] == len(expected)
        assert sel["indices"] == expected[:100].tolist()
        w._on_custom_msg(w, {"type": "page", "offset": 300}, [])
        last = min(300, max(len(expected) - 1, 0)) // 100 * 100  # pages past the end show the last one
        assert w._selection["indices"] == expected[last : last + 100].tolist()
        w._on_custom_msg(w, {"type": "page", "offset": 0}, [])


def test_exclusion_warning_points_at_the_callers_line():
    with pytest.warns(UserWarning, match="not in labels=") as record:
        W(["a", "b", "c"], ["a", "b", "c"], labels=["a", "b"])
    assert record[0].filename == __file__
    with pytest.warns(UserWarning) as record:
        W([0, 1, 2], y_score=[0.1, 0.8, 0.3], labels=[0, 1])
    assert record[0].filename == __file__


def test_fractional_counts_read_as_weights():
    w = W.from_counts([[2.5, 1.0], [0.0, 3.0]])
    w.selected = (0, 0)
    text = "".join(seg["text"] for seg in w._selection["sentence"])
    assert text.startswith("A weight of 2.5 is truly 0")


@pytest.mark.parametrize(
    "bad, named",
    [([np.nan], "NaN"), ([-np.inf], "-inf"), ([np.inf], "+inf"), ([np.nan, -np.inf, np.inf], "NaN, +inf, -inf")],
)
def test_non_finite_scores_are_named_as_they_are(bad, named):
    scores = np.concatenate([[0.2, 0.8, 0.4], bad])
    y = np.array([0, 1, 0] + [1] * len(bad))
    with pytest.raises(ValueError, match=rf"y_score contains {len(bad)} non-finite values \({re.escape(named)};"):
        W(y, y_score=scores)


# ------------------------------------------------------------ bytes labels

BYTES_Y = np.array([b"no", b"yes", b"yes", b"no", b"yes", b"no"])
BYTES_S = np.array([0.2, 0.7, 0.4, 0.9, 0.55, 0.1])


def test_scikit_learn_refuses_bytes_labels_so_they_are_read_as_their_utf8_text():
    from sklearn.metrics import roc_curve

    with pytest.raises(TypeError, match="bytes"):
        roc_curve(BYTES_Y, BYTES_S)
    text = BYTES_Y.astype(str)
    w = W(BYTES_Y, y_score=BYTES_S)
    assert w.classes.tolist() == ["no", "yes"]
    np.testing.assert_array_equal(w.counts, sk(text, np.where(BYTES_S >= 0.5, "yes", "no"), labels=["no", "yes"]))


@pytest.mark.parametrize("as_given", ["array", "list", "object", "mixed with str"])
@pytest.mark.parametrize(
    "options",
    [
        {"pos_label": b"no"},
        {"labels": [b"yes", b"no"]},
        {"labels": np.array([b"yes", b"no"]), "pos_label": b"yes"},
        {"labels": ["yes", "no"], "pos_label": b"no"},
    ],
)
def test_bytes_labels_pos_label_and_labels_are_read_as_text_everywhere(as_given, options):
    y = {
        "array": BYTES_Y,
        "list": BYTES_Y.tolist(),
        "object": np.array(BYTES_Y.tolist(), dtype=object),
        "mixed with str": [v.decode() if i % 2 else v for i, v in enumerate(BYTES_Y.tolist())],
    }[as_given]

    def as_text(v):
        return v.decode() if isinstance(v, bytes) else v

    text = {k: [as_text(v) for v in o] if isinstance(o, (list, np.ndarray)) else as_text(o) for k, o in options.items()}
    expected = W(BYTES_Y.astype(str), y_score=BYTES_S, **text)  # the same, given as text
    w = W(y, y_score=BYTES_S, **options)
    assert w.classes.tolist() == expected.classes.tolist()
    pos = expected.classes[expected._engine.pos_index]
    labels = text.get("labels", ["no", "yes"])
    neg = [c for c in labels if c != pos][0]
    np.testing.assert_array_equal(
        w.counts, sk(BYTES_Y.astype(str), np.where(BYTES_S >= 0.5, pos, neg), labels=list(expected.classes))
    )


def test_bytes_labels_with_predicted_labels_and_class_scores():
    y = np.array([b"a", b"b", b"c", b"a", b"c"])
    pred = np.array([b"a", b"c", b"c", b"b", b"c"])
    w = W(y, pred, labels=[b"c", b"a", b"b"])
    np.testing.assert_array_equal(w.counts, sk(y.astype(str), pred.astype(str), labels=["c", "a", "b"]))
    scores = np.eye(3)[[1, 2, 0, 0, 0]]  # columns in labels= order: c, a, b
    s = W(y, y_score=scores, labels=[b"c", b"a", b"b"])
    np.testing.assert_array_equal(
        s.counts, sk(y.astype(str), np.array(["c", "a", "b"])[scores.argmax(1)], labels=["c", "a", "b"])
    )


@pytest.mark.parametrize("where", ["y_true", "labels", "pos_label"])
def test_bytes_that_are_not_utf8_get_a_clear_error(where):
    y, kwargs = list(BYTES_Y), {}
    if where == "y_true":
        y[2] = b"\xffyes"
    elif where == "labels":
        kwargs["labels"] = [b"no", b"\xffyes"]
    else:
        kwargs["pos_label"] = b"\xffyes"
    with pytest.raises(ValueError) as e:
        W(y, y_score=BYTES_S, **kwargs)
    msg = str(e.value)
    assert where in msg and "UTF-8" in msg and "ffyes" in msg, msg
    if where == "y_true":
        assert "sample 2" in msg
