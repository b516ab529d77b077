"""Hostile and unusual input: no silent wrong matrix, nothing the user or the page can corrupt.

Oracles are scikit-learn and plain numpy; every case here once gave a wrong number, an
internal array that could be written, or an unhelpful error.
"""

import logging
import re
import warnings

import numpy as np
import pytest
import traitlets
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

from cm_widget import ConfusionMatrixWidget

BAD = (ValueError, TypeError)


def mentions(excinfo, *patterns):
    msg = str(excinfo.value)
    for pat in patterns:
        assert re.search(pat, msg, flags=re.IGNORECASE), f"{pat!r} not in message: {msg!r}"


# ------------------------------------------------------------ score shapes


LOGITS = np.array([[3.0, 1.0], [2.0, 0.5], [0.0, 2.0], [-1.0, 1.0]])


def test_two_column_logits_follow_the_argmax():
    w = ConfusionMatrixWidget([0, 0, 1, 1], y_score=LOGITS)
    np.testing.assert_array_equal(w.counts, [[2, 0], [0, 2]])
    assert w.threshold == 0.0


def _argmax_counts(y, scores2d, labels=(0, 1)):
    return confusion_matrix(y, np.asarray(labels)[np.argmax(scores2d, axis=1)], labels=list(labels))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(3, 80), st.sampled_from(["logits", "probs", "sigmoids"]))
def test_every_score_shape_matches_argmax_at_the_default_threshold(seed, n, kind):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    if kind == "logits":
        two = rng.normal(0, 3, (n, 2))
    elif kind == "probs":
        p = rng.uniform(0, 1, n)
        two = np.stack([1 - p, p], axis=1)
    else:  # two independent sigmoid outputs: in [0, 1] but rows do not sum to 1
        two = rng.uniform(0, 1, (n, 2))
    # no ties: argmax and ">=" would disagree on them by convention only
    two[np.isclose(two[:, 0], two[:, 1]), 1] += 0.25
    expected = _argmax_counts(y, two)
    np.testing.assert_array_equal(ConfusionMatrixWidget(y, y_score=two).counts, expected)
    # the same model output in the other shapes
    if kind == "probs":
        np.testing.assert_array_equal(ConfusionMatrixWidget(y, y_score=two[:, 1]).counts, expected)
        np.testing.assert_array_equal(ConfusionMatrixWidget(y, y_score=two[:, 1:]).counts, expected)
    diff = two[:, 1] - two[:, 0]
    # a difference of two columns is a decision score: its argmax threshold is 0 (an (n,) score
    # that happens to lie in [0, 1] is taken for a probability, so say so)
    np.testing.assert_array_equal(ConfusionMatrixWidget(y, y_score=diff, threshold=0.0).counts, expected)
    # the other class as positive: still the argmax
    w0 = ConfusionMatrixWidget(y, y_score=two, pos_label=0)
    np.testing.assert_array_equal(w0.counts, expected)
    # multiclass (n, K) scores are the argmax too
    three = np.concatenate([two, np.full((n, 1), -1e9 if kind == "logits" else -1.0)], axis=1)
    y3 = y.copy()
    y3[2] = 2
    np.testing.assert_array_equal(
        ConfusionMatrixWidget(y3, y_score=three).counts, _argmax_counts(y3, three, labels=(0, 1, 2))
    )


# ------------------------------------------------------- metrics, labels=


def _sk_metrics(y_true, y_pred, labels, w=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        per = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0, sample_weight=w)
        avg = {
            a: precision_recall_fscore_support(
                y_true, y_pred, labels=labels, zero_division=0, sample_weight=w, average=a
            )
            for a in ("macro", "weighted")
        }
    return per, avg


def test_metrics_with_a_labels_subset_match_sklearn_example():
    y_true, y_pred = [0, 1, 2, 2, 1, 0], [0, 2, 2, 1, 1, 2]
    with pytest.warns(UserWarning):
        w = ConfusionMatrixWidget(y_true, y_pred, labels=[0, 1])
    np.testing.assert_allclose(w.metrics["recall"], [0.5, 0.5])
    np.testing.assert_array_equal(w.counts, confusion_matrix(y_true, y_pred, labels=[0, 1]))


@st.composite
def subset_case(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    n = draw(st.integers(1, 60))
    k = draw(st.integers(2, 6))
    y_true = rng.integers(0, k, n)
    y_pred = rng.integers(0, k, n)
    classes = list(range(k))
    size = draw(st.integers(1, k))
    labels = draw(st.permutations(classes))[:size]
    weights = rng.uniform(0, 3, n) if draw(st.booleans()) else None
    return y_true, y_pred, labels, weights


@settings(max_examples=150, deadline=None)
@given(subset_case())
def test_metrics_equal_sklearn_for_every_labels_subset_and_order(case):
    y_true, y_pred, labels, weights = case
    if not np.isin(y_true, labels).any():
        with pytest.raises(ValueError):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ConfusionMatrixWidget(y_true, y_pred, labels=labels, sample_weight=weights)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = ConfusionMatrixWidget(y_true, y_pred, labels=labels, sample_weight=weights)
        expected_cm = confusion_matrix(y_true, y_pred, labels=labels, sample_weight=weights)
    np.testing.assert_allclose(w.counts, expected_cm, rtol=1e-12, atol=1e-12)
    (p, r, f, s), avg = _sk_metrics(y_true, y_pred, labels, weights)
    m = w.metrics
    for key, exp in (("precision", p), ("recall", r), ("f1", f), ("support", s)):
        np.testing.assert_allclose(m[key], exp, rtol=1e-9, atol=1e-12, err_msg=key)
    for a in ("macro", "weighted"):
        for idx, key in enumerate(("precision", "recall", "f1")):
            assert m[a][key] == pytest.approx(avg[a][idx], rel=1e-9, abs=1e-12), (a, key)
    assert m["accuracy"] == pytest.approx(accuracy_score(y_true, y_pred, sample_weight=weights), rel=1e-9, abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(4, 60), st.booleans())
def test_binary_scores_with_an_outside_class_match_sklearn_at_every_threshold(seed, n, weighted):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    y[:3] = [0, 1, 2]
    s = np.round(rng.uniform(0, 1, n), 2)
    wts = rng.uniform(0, 2, n) if weighted else None
    with pytest.warns(UserWarning):
        w = ConfusionMatrixWidget(y, y_score=s, labels=[0, 1], sample_weight=wts)
    for t in np.unique(np.r_[s, 0.0, 1.0])[::3]:
        w.threshold = float(t)
        pred = np.where(s >= t, 1, 0)
        (p, r, f, sup), _ = _sk_metrics(y, pred, [0, 1], wts)
        np.testing.assert_allclose(w.metrics["precision"], p, atol=1e-12)
        np.testing.assert_allclose(w.metrics["recall"], r, atol=1e-12)
        np.testing.assert_allclose(w.metrics["support"], sup, atol=1e-12)
        assert w.metrics["accuracy"] == pytest.approx(accuracy_score(y, pred, sample_weight=wts))


# ------------------------------------------------------------ overflow


def test_from_counts_never_wraps_int64():
    w = ConfusionMatrixWidget.from_counts([[1e19, 5.0], [2.0, 3.0]])
    assert (np.asarray(w.counts) >= 0).all()
    assert w.counts[0, 0] == pytest.approx(1e19)
    assert w.matrix[0, 0] == pytest.approx(1e19)
    assert w.metrics["support"][0] == pytest.approx(1e19 + 5)


def test_from_counts_refuses_uint64_above_int64():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts(np.array([[2**64 - 1, 0], [0, 1]], dtype=np.uint64))
    mentions(e, "matrix", "2\\*\\*63")


def test_from_counts_refuses_a_total_that_is_not_finite():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts([[1e308, 1e308], [0.0, 1.0]])
    mentions(e, "matrix", "finite|overflow", "rescale|divide")


def test_sample_weight_total_that_overflows_is_refused():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 0, 1], [0, 0, 1], sample_weight=[1e308, 1e308, 1])
    mentions(e, "sample_weight", "inf|finite|overflow", "rescale|divide")


def test_huge_integer_counts_keep_exact_normalisation():
    m = np.array([[2**62, 2**62], [1, 1]], dtype=np.int64)
    w = ConfusionMatrixWidget.from_counts(m, normalize="true")
    np.testing.assert_allclose(w.matrix, [[0.5, 0.5], [0.5, 0.5]])
    assert np.isfinite(w.metrics["precision"]).all()


# ---------------------------------------------------- read-only results


def _cases():
    yield "labels", ConfusionMatrixWidget([0, 1, 2, 2, 1], [0, 2, 2, 1, 1])
    yield "binary", ConfusionMatrixWidget([0, 1, 1, 0], y_score=[0.2, 0.7, 0.4, 0.9])
    yield "counts", ConfusionMatrixWidget.from_counts([[3, 1], [0, 2]])
    yield "weighted", ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], sample_weight=[1.0, 2.0, 0.5])


@pytest.mark.parametrize("name", ["labels", "binary", "counts", "weighted"])
@pytest.mark.parametrize("attr", ["counts", "matrix", "classes"])
def test_returned_arrays_cannot_corrupt_the_widget(name, attr):
    w = dict(_cases())[name]
    before_counts = np.array(w.counts, copy=True)
    before_acc = w.metrics["accuracy"]
    arr = getattr(w, attr)
    with pytest.raises(ValueError, match="read-only"):
        arr[(0,) * arr.ndim] = arr[(0,) * arr.ndim] + 999 if arr.dtype.kind != "U" else "x"
    np.testing.assert_array_equal(w.counts, before_counts)
    assert w.metrics["accuracy"] == before_acc


def test_normalised_matrix_and_indices_are_read_only_too():
    w = ConfusionMatrixWidget([0, 1, 1, 0], [0, 1, 0, 0], normalize="true")
    with pytest.raises(ValueError, match="read-only"):
        w.matrix[0, 0] = 5
    w.selected = (0, 0)
    idx = w.selected_indices
    idx2 = w.indices(0, 0)
    for a in (idx, idx2):
        try:
            a[0] = 3
        except ValueError:
            pass
    np.testing.assert_array_equal(w.indices(0, 0), [0, 3])


# ------------------------------------------------------------ threshold


def binary():
    return ConfusionMatrixWidget([0, 1, 1, 0, 1], y_score=[0.1, 0.8, 0.35, 0.6, 0.9])


@pytest.mark.parametrize("bad", [None, True, False, np.bool_(True), "0.3", [0.3], complex(0.3, 0), float("nan")])
def test_bad_threshold_is_refused_and_the_old_value_stays(bad):
    w = binary()
    w.threshold = 0.4
    before = np.array(w.counts)
    with pytest.raises(traitlets.TraitError) as e:
        w.threshold = bad
    mentions(e, "threshold")
    assert w.threshold == 0.4
    np.testing.assert_array_equal(w.counts, before)
    assert w.metrics["binary"]["threshold"] == 0.4
    assert w.matrix.shape == (2, 2)


@pytest.mark.parametrize("value", [np.float32(0.3), np.float64(0.3), np.int64(0), 0, np.array(0.3)])
def test_numpy_real_thresholds_are_accepted(value):
    w = binary()
    w.threshold = value
    assert isinstance(w.threshold, float)
    assert w.threshold == float(value)
    t = float(value)
    y, s = np.array([0, 1, 1, 0, 1]), np.array([0.1, 0.8, 0.35, 0.6, 0.9])
    np.testing.assert_array_equal(w.counts, confusion_matrix(y, (s >= t).astype(int)))


def test_threshold_constructor_accepts_numpy_and_refuses_bool():
    y, s = [0, 1, 1, 0], [0.1, 0.8, 0.35, 0.6]
    assert ConfusionMatrixWidget(y, y_score=s, threshold=np.float32(0.5)).threshold == 0.5
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget(y, y_score=s, threshold=True)
    mentions(e, "threshold")


# ------------------------------------------------- writes from the page


def _page_update(w, state):
    """Feed the widget a comm 'update' message shaped like the front end's."""
    w._handle_msg({"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []})


@pytest.mark.parametrize(
    "state",
    [
        {"_selection": {"offset": "x"}},
        {"_matrix": {"k": 999, "dtype": "uint8", "counts": [0]}},
        {"_binary": {"threshold": 7}},
        {"_notes": ["<b>hi</b>"]},
        {"values_format": ".9f"},
    ],
)
def test_page_cannot_write_private_or_read_only_traits(state, caplog):
    w = ConfusionMatrixWidget([0, 1, 2, 2, 1], [0, 2, 2, 1, 1])
    w.selected = (1, 2)
    before = {k: getattr(w, k) for k in state}
    sent = []
    w.send_state = lambda key=None: sent.append(key)
    with caplog.at_level(logging.WARNING):
        _page_update(w, state)
        _page_update(w, state)
    for k, v in before.items():
        assert getattr(w, k) == v
    synced = [k for k in state if k in w.keys]
    assert sent == synced * 2, "the kernel's value of each synced trait is sent back each time"
    logged = [r for r in caplog.records if "ignored" in r.getMessage()]
    assert len(logged) == 1, "logged once"
    # the widget keeps working
    w.normalize = "true"
    w.selected = (2, 1)
    np.testing.assert_array_equal(w.selected_indices, [3])


def test_page_can_still_write_public_traits():
    w = ConfusionMatrixWidget([0, 1, 2, 2, 1], [0, 2, 2, 1, 1])
    _page_update(w, {"normalize": "pred", "selected": [2, 2], "display_labels": ["a", "b", "c"]})
    assert w.normalize == "pred" and w.selected == (2, 2) and w.display_labels == ["a", "b", "c"]


# ---------------------------------------------------- arguments checked


def test_pos_label_with_multiclass_scores_is_refused():
    s = np.eye(3)[[0, 1, 2, 1]] * 0.8 + 0.05
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget([0, 1, 2, 1], y_score=s, pos_label=2)
    mentions(e, "pos_label", "binary")


@pytest.mark.parametrize("kw", ["y_score", "y_pred", "normalize_typo"])
def test_from_counts_refuses_sample_arguments(kw):
    with pytest.raises(TypeError) as e:
        ConfusionMatrixWidget.from_counts([[1, 2], [3, 4]], **{kw: [0.1, 0.9]})
    mentions(e, kw)


def test_on_select_checks_its_callback():
    w = ConfusionMatrixWidget([0, 1], [0, 1])
    with pytest.raises(TypeError) as e:
        w.on_select(42)
    mentions(e, "callback", "callable")
    with pytest.raises(ValueError) as e:
        w.on_select(print, remove=True)
    mentions(e, "callback", "not registered")


@pytest.mark.parametrize("bad", [[0], np.array([0, 1]), {0: 1}])
def test_indices_needs_single_labels(bad):
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0])
    with pytest.raises(BAD) as e:
        w.indices(bad, 0)
    mentions(e, "true_label", "single|one")


def test_generators_and_iterators_work():
    w = ConfusionMatrixWidget((v for v in [0, 1, 1, 0]), iter([0, 1, 0, 0]))
    np.testing.assert_array_equal(w.counts, confusion_matrix([0, 1, 1, 0], [0, 1, 0, 0]))
    w = ConfusionMatrixWidget(range(3), map(int, "012"))
    np.testing.assert_array_equal(w.counts, np.eye(3, dtype=int))


@pytest.mark.parametrize("bad", [{0, 1}, {0: 1, 1: 0}, frozenset([1, 0]), np.array(3)])
def test_unordered_or_scalar_y_true_is_refused_clearly(bad):
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget(bad, [0, 1])
    mentions(e, "y_true", "list|sequence|array")
    assert "len() of unsized" not in str(e.value)


def test_a_list_of_bytes_is_read_as_labels():
    w = ConfusionMatrixWidget([b"cat", b"dog", b"cat"], [b"cat", b"cat", b"cat"])
    assert list(w.classes) == ["cat", "dog"]
    np.testing.assert_array_equal(w.counts, [[2, 0], [1, 0]])


# ------------------------------------------------------- static output


def test_values_format_precision_is_capped():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 1], [0, 1], values_format=".100000000f")
    mentions(e, "values_format", "12")
    w = ConfusionMatrixWidget([0, 1], [0, 1])
    with pytest.raises(traitlets.TraitError):
        w.values_format = ".13f"
    w.values_format = ".12f"
    assert w.values_format == ".12f"


def test_figure_truncates_long_labels_and_draws_them_as_plain_text():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = ["x" * 20000, r"$\undefined$"]
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], display_labels=names)
    fig = w.to_figure()
    try:
        fig.canvas.draw()
        width, height = fig.get_size_inches() * fig.dpi
        assert width < 4000 and height < 4000
        shown = [t.get_text() for t in fig.axes[0].get_xticklabels()]
        assert max(len(s) for s in shown) <= 60
        assert shown[1] == r"$\undefined$"
        bbox = fig.get_tightbbox(fig.canvas.get_renderer())
        assert bbox.width < 40 and bbox.height < 40  # inches
    finally:
        plt.close(fig)
    assert w.display_labels[0] == "x" * 20000  # the widget keeps the full name


def test_savefig_with_long_label_stays_small(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], display_labels=["y" * 5000, "$x_"])
    out = tmp_path / "cm.png"
    w.savefig(out)
    from matplotlib.image import imread

    h, wd = imread(out).shape[:2]
    assert h * wd < 25_000_000


# ------------------------------------------------------ weight dtypes

WEIGHT_KINDS = ["int8", "int64", "uint16", "bool", "python ints", "float32", "float64", "object ints", "object mixed"]


def _weights_of(kind, rng, n):
    whole = rng.integers(0, 4, n)
    whole[0] = 1  # never all zero
    if kind == "bool":
        return whole > 0
    if kind == "python ints":
        return whole.tolist()
    if kind == "object ints":
        return np.array(whole.tolist(), dtype=object)
    if kind == "object mixed":  # Python ints and floats, numpy scalars, a Fraction
        from fractions import Fraction

        values = [int(v) if i % 3 else float(v) + 0.5 for i, v in enumerate(whole)]
        values[1], values[2] = np.float32(0.25), Fraction(3, 4)
        return np.array(values, dtype=object)
    if kind.startswith("float"):
        return (whole + rng.random(n)).astype(kind)
    return whole.astype(kind)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(3, 80),
    kind=st.sampled_from(WEIGHT_KINDS),
    what=st.sampled_from(["labels", "labels=", "binary scores", "class scores", "runs"]),
)
def test_counts_take_scikit_learns_dtype_for_each_kind_of_weight(seed, n, kind, what):
    rng = np.random.default_rng(seed)
    sw = _weights_of(kind, rng, n)
    y = rng.integers(0, 3 if what in ("labels", "labels=", "class scores") else 2, n)
    y[:2] = [0, 1]
    thresholds = [None]
    if what in ("labels", "labels="):
        pred = rng.integers(0, 3, n)
        labels = [2, 0] if what == "labels=" else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # labels= leaves some samples out, and says so
            w = ConfusionMatrixWidget(y, pred, labels=labels, sample_weight=sw)
        preds = [pred]
    elif what == "class scores":
        scores = rng.random((n, 3))
        labels = [0, 1, 2]  # one class per score column, whether or not it occurs
        w = ConfusionMatrixWidget(y, y_score=scores, sample_weight=sw)
        preds = [scores.argmax(axis=1)]
    else:
        labels, runs = [0, 1], [rng.random(n) for _ in range(2)]
        w = ConfusionMatrixWidget(y, y_score=runs[0], sample_weight=sw)
        thresholds = [0.5, 0.25, 0.75]  # the first count is one pass, the next ones the sorted index
        if what == "runs":
            w.add_run(runs[1])
        else:
            runs = runs[:1]
    for t in thresholds:
        if t is not None:
            w.threshold = t
        for name in w.runs:
            w.run = name
            if t is not None:
                preds = [(s >= t).astype(int) for s in runs]
            pred = preds[w.runs.index(name)]
            expected = confusion_matrix(y, pred, labels=labels, sample_weight=sw)
            assert w.counts.dtype == expected.dtype, (kind, w.counts.dtype, expected.dtype)
            np.testing.assert_allclose(w.counts, expected, rtol=1e-12)
            if t is not None:
                row = w.history[w.runs.index(name)]["binary"]
                (tn, fp), (fn, tp) = expected
                assert (row["tp"], row["fp"], row["fn"], row["tn"]) == pytest.approx((tp, fp, fn, tn))
                assert all(isinstance(row[c], int if expected.dtype.kind == "i" else float) for c in ("tp", "fp"))
        if what == "runs":
            d = w.diff(w.runs[0], w.runs[1])["counts"]
            assert d.dtype == expected.dtype


@pytest.mark.parametrize("kind", WEIGHT_KINDS)
def test_multilabel_counts_take_scikit_learns_dtype_for_each_kind_of_weight(kind):
    from sklearn.metrics import multilabel_confusion_matrix

    rng = np.random.default_rng(3)
    Y, P = rng.integers(0, 2, (30, 4)), rng.integers(0, 2, (30, 4))
    sw = _weights_of(kind, rng, 30)
    w = ConfusionMatrixWidget.multilabel(Y, P, sample_weight=sw)
    # scikit-learn's multilabel_confusion_matrix cannot cast object weights itself: it gets them as floats
    expected = multilabel_confusion_matrix(Y, P, sample_weight=sw.astype(float) if kind.startswith("object") else sw)
    assert w.label_matrices.dtype == expected.dtype
    # scikit-learn subtracts float32 sums for the true negatives: float32 weights agree to float32 precision
    np.testing.assert_allclose(w.label_matrices, expected, rtol=1e-6 if kind == "float32" else 1e-12)


def test_whole_weights_too_large_for_float64_sums_stay_floats():
    # float64 sums of these would not be exact: floats, as for from_counts, rather than a wrong int64
    sw = np.array([2**53, 1, 1], dtype=np.int64)
    w = ConfusionMatrixWidget([0, 0, 1], [0, 0, 1], sample_weight=sw)
    assert w.counts.dtype == np.float64
    np.testing.assert_allclose(w.counts, confusion_matrix([0, 0, 1], [0, 0, 1], sample_weight=sw))


@pytest.mark.parametrize(
    "bad, words",
    [
        (np.array([1, "2", 3], dtype=object), "str"),
        (np.array([1, None, 3], dtype=object), "None|missing"),
        (np.array([1, 2j, 3], dtype=object), "complex"),
        (np.array([1, float("nan"), 3], dtype=object), "NaN"),
    ],
)
def test_object_weights_that_are_not_all_real_numbers_are_refused(bad, words):
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], sample_weight=bad)
    mentions(e, "sample_weight", words)


def test_a_pandas_object_column_of_numbers_is_a_weight():
    pd = pytest.importorskip("pandas")
    y, pred = [0, 1, 1, 0], [0, 1, 0, 0]
    col = pd.Series([1, 2.5, 3, 1], dtype=object)
    w = ConfusionMatrixWidget(y, pred, sample_weight=col)
    expected = confusion_matrix(y, pred, sample_weight=col)
    assert w.counts.dtype == expected.dtype
    np.testing.assert_allclose(w.counts, expected)
    df = pd.DataFrame({"y": y, "p": pred, "w": col})
    f = ConfusionMatrixWidget.from_dataframe(df, "y", "p", sample_weight="w")
    np.testing.assert_allclose(f.counts, expected)


@pytest.mark.parametrize("kind", ["int64", "bool", "float64"])
def test_abstained_counts_keep_the_weights_dtype(kind):
    rng = np.random.default_rng(4)
    n, k = 200, 3
    y, scores = rng.integers(0, k, n), rng.dirichlet(np.ones(k), n)
    sw = _weights_of(kind, rng, n)
    w = ConfusionMatrixWidget(y, y_score=scores, sample_weight=sw, abstain=0.5)
    top, pred = scores.max(axis=1), scores.argmax(axis=1)
    kept = top >= 0.5
    expected = np.zeros((k, k + 1))
    for t, p, s, weight in zip(y, pred, kept, np.asarray(sw, dtype=float)):
        expected[t, p if s else k] += weight
    assert w.counts.dtype == confusion_matrix(y, pred, sample_weight=sw).dtype
    np.testing.assert_allclose(w.counts, expected, rtol=1e-12)
