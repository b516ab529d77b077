"""Bad input: each case raises (or warns) with a message that names the argument,
what was found and what to do; the widget keeps working after a rejected write."""

import json
import re
import subprocess
import sys
import textwrap
import warnings

import numpy as np
import pytest
import traitlets
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget

BAD = (ValueError, TypeError)


def sk_cm(y_true, y_pred, labels, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return confusion_matrix(y_true, y_pred, labels=labels, **kw)


def assert_mentions(excinfo, *patterns):
    msg = str(excinfo.value)
    for pat in patterns:
        assert re.search(pat, msg, flags=re.IGNORECASE), f"{pat!r} not in message: {msg!r}"


def binary_case(n=40, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    s = np.round(rng.uniform(0.1, 0.9, n), 3)
    return y, s


# ------------------------------------------------------------- lengths


def test_lengths_differ_y_pred():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 1, 1, 0, 1], [0, 1, 1, 0])
    assert_mentions(e, r"y_true", r"y_pred", r"\b5\b", r"\b4\b")


def test_lengths_differ_y_score():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 1, 1, 0, 1], y_score=[0.1, 0.9, 0.8])
    assert_mentions(e, r"y_score", r"\b5\b", r"\b3\b")


def test_lengths_differ_sample_weight():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 1, 1, 0], [0, 1, 0, 0], sample_weight=[1.0, 2.0])
    assert_mentions(e, r"sample_weight", r"\b4\b", r"\b2\b")


def test_lengths_differ_samples():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget([0, 1, 1, 0], [0, 1, 0, 0], samples=["a", "b", "c"])
    assert_mentions(e, r"samples", r"\b4\b", r"\b3\b")


# ---------------------------------------------------- probabilities as labels


def test_probabilities_passed_as_y_pred():
    y, s = binary_case()
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, s)
    assert_mentions(e, r"y_pred", r"y_score")


def test_probability_matrix_passed_as_y_pred():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 3, 30)
    p = rng.dirichlet(np.ones(3), 30)
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, p)
    assert_mentions(e, r"y_pred", r"y_score")


def test_neither_y_pred_nor_y_score():
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget([0, 1, 1])
    assert_mentions(e, r"y_pred|y_score")


# ------------------------------------------------------------ bad scores


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_scores_count_and_first_index(bad):
    y, s = binary_case(n=60)
    s = s.astype(float)
    s[[17, 23, 41]] = bad  # 3 bad values, the first at index 17
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=s)
    assert_mentions(e, r"y_score", r"\b3\b", r"\b17\b")


def test_nan_in_score_matrix():
    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, 20)
    p = rng.dirichlet(np.ones(3), 20)
    p[5, 1] = np.nan
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=p)
    assert_mentions(e, r"y_score", r"\b5\b")


def test_scores_three_dimensional():
    y = np.array([0, 1, 0, 1])
    with pytest.raises(BAD) as e:
        ConfusionMatrixWidget(y, y_score=np.full((4, 2, 2), 0.25))
    assert_mentions(e, r"y_score", r"shape|dimension|\bndim\b|2-?d|3-?d")


def test_score_columns_do_not_match_labels():
    rng = np.random.default_rng(3)
    labels = ["a", "b", "c"]
    y = np.array(labels, dtype=object)[rng.integers(0, 3, 12)]
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(list(y), y_score=rng.random((12, 4)), labels=labels)
    assert_mentions(e, r"y_score", r"\b4\b", r"\b3\b")


def test_binary_scores_with_multiclass_y_true():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 3, 30)
    y[:3] = [0, 1, 2]
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=rng.random(30))
    assert_mentions(e, r"y_score")


# ------------------------------------------------------------ bad y_true


def test_multilabel_y_true():
    y_true = np.array([[1, 1, 0], [0, 1, 1], [1, 0, 0], [0, 0, 1]])
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y_true, [0, 1, 0, 2])
    assert_mentions(e, r"y_true", r"multi-?label|one-?hot")


def test_continuous_y_true():
    rng = np.random.default_rng(5)
    y_true = rng.normal(size=200)
    y_pred = rng.normal(size=200)
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y_true, y_pred)
    assert_mentions(e, r"y_true", r"continuous|regression|float")


def test_too_many_classes_fails_fast_without_allocating():
    # Run in a child with a 6 GB address-space cap: a (K, K) matrix for 100,000
    # classes (80 GB) cannot be allocated, so only an up-front check passes.
    code = textwrap.dedent(
        """
        import json, resource
        resource.setrlimit(resource.RLIMIT_AS, (6 * 2**30, 6 * 2**30))
        import numpy as np
        from cm_widget import ConfusionMatrixWidget
        y = np.arange(100_000)
        try:
            ConfusionMatrixWidget(y, y[::-1].copy())
            print(json.dumps(["none", ""]))
        except BaseException as exc:
            print(json.dumps([type(exc).__name__, str(exc)]))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    kind, msg = json.loads(out.stdout.strip().splitlines()[-1])
    assert kind == "ValueError", (kind, msg)
    assert re.search(r"class", msg, re.IGNORECASE), msg
    assert re.search(r"100[,_ ]?000", msg), msg  # says how many it found


@pytest.mark.parametrize("kind", ["list", "numpy", "scores"])
def test_empty_input(kind):
    with pytest.raises(ValueError) as e:
        if kind == "list":
            ConfusionMatrixWidget([], [])
        elif kind == "numpy":
            ConfusionMatrixWidget(np.array([], dtype=int), np.array([], dtype=int))
        else:
            ConfusionMatrixWidget(np.array([], dtype=int), y_score=np.array([], dtype=float))
    assert_mentions(e, r"empty|no samples|zero samples|0 samples", r"y_true")


# ------------------------------------------------------------- from_counts


def test_from_counts_negative():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts(np.array([[3, -1], [0, 2]]))
    assert_mentions(e, r"matrix", r"negative")


def test_from_counts_non_square():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts(np.array([[1, 2, 3], [4, 5, 6]]))
    assert_mentions(e, r"matrix", r"square", r"2\D{1,3}3")


def test_from_counts_one_dimensional():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts(np.array([1, 2, 3, 4]))
    assert_mentions(e, r"matrix")


def test_from_counts_display_labels_wrong_length():
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.from_counts(np.array([[1, 2], [3, 4]]), display_labels=["a", "b", "c"])
    assert_mentions(e, r"display_labels", r"\b2\b", r"\b3\b")


# --------------------------------------------------------------- threshold


@pytest.mark.parametrize("t", [1.5, -0.5])
def test_threshold_outside_probability_range_at_construction(t):
    y, s = binary_case()
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=s, threshold=t)
    assert_mentions(e, r"threshold")


def test_threshold_outside_logit_range_at_construction():
    rng = np.random.default_rng(6)
    y = rng.integers(0, 2, 50)
    s = rng.uniform(-3.0, 3.0, 50)
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=s, threshold=100.0)
    assert_mentions(e, r"threshold", r"100")


def test_threshold_assignment_out_of_range_keeps_widget_working():
    y, s = binary_case()
    w = ConfusionMatrixWidget(y, y_score=s, threshold=0.4)
    with pytest.raises(traitlets.TraitError) as e:
        w.threshold = 2.0
    assert_mentions(e, r"threshold")
    assert w.threshold == pytest.approx(0.4)
    np.testing.assert_array_equal(w.counts, sk_cm(y, (s >= 0.4).astype(int), [0, 1]))
    w.threshold = 0.6
    np.testing.assert_array_equal(w.counts, sk_cm(y, (s >= 0.6).astype(int), [0, 1]))
    np.testing.assert_array_equal(w.indices(1, 1), np.flatnonzero((y == 1) & (s >= 0.6)))


def test_threshold_nan_assignment_rejected():
    y, s = binary_case()
    w = ConfusionMatrixWidget(y, y_score=s)
    with pytest.raises(traitlets.TraitError):
        w.threshold = float("nan")
    np.testing.assert_array_equal(w.counts, sk_cm(y, (s >= 0.5).astype(int), [0, 1]))


def test_pos_label_not_a_class():
    y, s = binary_case()
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y, y_score=s, pos_label=7)
    assert_mentions(e, r"pos_label", r"\b7\b")


# ------------------------------------------------------ labels= exclusions


def test_labels_missing_from_labels_argument_warns_and_counts():
    rng = np.random.default_rng(8)
    y_true = rng.integers(0, 5, 200)
    y_pred = rng.integers(0, 5, 200)
    labels = [3, 0, 1]
    outside = ~(np.isin(y_true, labels) & np.isin(y_pred, labels))
    n_out = int(outside.sum())
    assert n_out > 0
    with pytest.warns(UserWarning) as rec:
        w = ConfusionMatrixWidget(y_true, y_pred, labels=labels)
    msg = " ".join(str(r.message) for r in rec)
    assert "labels" in msg, msg
    assert re.search(rf"\b{n_out}\b", msg), f"count {n_out} not in warning: {msg!r}"
    assert w.n_excluded == n_out
    np.testing.assert_array_equal(w.classes, labels)
    np.testing.assert_array_equal(w.counts, sk_cm(y_true, y_pred, labels))
    assert int(np.sum(w.counts)) + w.n_excluded == len(y_true)
    for a in labels:
        for b in labels:
            np.testing.assert_array_equal(w.indices(a, b), np.flatnonzero((y_true == a) & (y_pred == b)))


def test_string_labels_missing_with_weights():
    y_true = ["cat", "dog", "cow", "cat", "dog", "cow", "cat"]
    y_pred = ["cat", "cat", "cat", "cow", "dog", "dog", "cat"]
    sw = [1.0, 2.0, 0.5, 1.5, 1.0, 3.0, 2.5]
    labels = ["dog", "cat"]
    with pytest.warns(UserWarning):
        w = ConfusionMatrixWidget(y_true, y_pred, labels=labels, sample_weight=sw)
    # samples 2, 3, 5 involve "cow"
    assert w.n_excluded == 3
    np.testing.assert_allclose(w.counts, sk_cm(y_true, y_pred, labels, sample_weight=sw))


def test_binary_scores_with_labels_missing_warns():
    rng = np.random.default_rng(9)
    y = rng.integers(0, 3, 60)  # class 2 is outside labels=
    s = rng.uniform(0, 1, 60)
    n_out = int(np.sum(y == 2))
    with pytest.warns(UserWarning):
        w = ConfusionMatrixWidget(y, y_score=s, labels=[0, 1])
    assert w.n_excluded == n_out
    keep = y != 2
    np.testing.assert_array_equal(w.counts, sk_cm(y[keep], (s[keep] >= 0.5).astype(int), [0, 1]))


def test_no_warning_when_nothing_excluded():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        w = ConfusionMatrixWidget([0, 1, 2], [2, 1, 0], labels=[2, 1, 0, 9])
    assert w.n_excluded == 0


# ---------------------------------------------------- trait assignment


@pytest.mark.parametrize("bad", [(3, 0), (0, 3), (-1, 0), (0, -4), (1,), (0, 1, 2), "a", (0.5, 1)])
def test_selected_out_of_range_or_wrong_type(bad):
    y_true = np.array([0, 1, 2, 2, 1, 0, 1])
    y_pred = np.array([0, 2, 2, 1, 1, 0, 0])
    w = ConfusionMatrixWidget(y_true, y_pred)
    w.selected = (1, 2)
    with pytest.raises(traitlets.TraitError) as e:
        w.selected = bad
    assert_mentions(e, r"selected")
    assert tuple(w.selected) == (1, 2)
    np.testing.assert_array_equal(w.selected_indices, [1])
    # still works
    w.selected = (2, 1)
    np.testing.assert_array_equal(w.selected_indices, [3])
    np.testing.assert_array_equal(w.counts, sk_cm(y_true, y_pred, [0, 1, 2]))
    w.normalize = "true"
    np.testing.assert_allclose(w.matrix, sk_cm(y_true, y_pred, [0, 1, 2], normalize="true"))


def test_normalize_invalid():
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0])
    with pytest.raises(traitlets.TraitError) as e:
        w.normalize = "rows"
    assert_mentions(e, r"normalize")
    assert w.normalize is None
    with pytest.raises((ValueError, TypeError, traitlets.TraitError)) as e2:
        ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], normalize="rows")
    assert_mentions(e2, r"normalize", r"rows")


def test_display_labels_wrong_length():
    w = ConfusionMatrixWidget([0, 1, 2], [0, 1, 1])
    before = list(w.display_labels)
    with pytest.raises(traitlets.TraitError) as e:
        w.display_labels = ["a", "b"]
    assert_mentions(e, r"display_labels")
    assert list(w.display_labels) == before
    with pytest.raises((ValueError, traitlets.TraitError)) as e2:
        ConfusionMatrixWidget([0, 1, 2], [0, 1, 1], display_labels=["a"])
    assert_mentions(e2, r"display_labels")


def test_cmap_unknown_name():
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0])
    with pytest.raises(traitlets.TraitError) as e:
        w.cmap = "NotAColormap"
    assert_mentions(e, r"cmap", r"NotAColormap")
    assert w.cmap == "Blues"
    with pytest.raises((ValueError, traitlets.TraitError)) as e2:
        ConfusionMatrixWidget([0, 1, 1], [0, 1, 0], cmap="NotAColormap")
    assert_mentions(e2, r"cmap")


def test_missing_labels_in_pandas_series():
    pd = pytest.importorskip("pandas")
    y_true = pd.Series(["a", "b", None, "a", None])
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget(y_true, ["a", "b", "a", "a", "b"])
    assert_mentions(e, r"y_true", r"\b2\b")


# ---------------------------------------------------------- zero weights


def _sklearn_refuses(fn, *args, **kwargs):
    with pytest.raises(ValueError, match="non-zero"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fn(*args, **kwargs)


@pytest.mark.parametrize("zeros", [np.zeros(40), np.zeros(40, dtype=int), np.zeros(40, dtype=bool), [0] * 40])
@pytest.mark.parametrize("what", ["labels", "binary scores", "class scores", "dataframe"])
def test_all_zero_sample_weight_is_refused_as_scikit_learn_does(zeros, what):
    from sklearn.metrics import average_precision_score

    y, s = binary_case()
    _sklearn_refuses(confusion_matrix, y, s >= 0.5, sample_weight=np.asarray(zeros))
    _sklearn_refuses(average_precision_score, y, s, sample_weight=np.asarray(zeros))
    with pytest.raises(ValueError) as e:
        if what == "labels":
            ConfusionMatrixWidget(y, (s >= 0.5).astype(int), sample_weight=zeros)
        elif what == "binary scores":
            ConfusionMatrixWidget(y, y_score=s, sample_weight=zeros)
        elif what == "class scores":
            ConfusionMatrixWidget(y, y_score=np.c_[1 - s, s / 2, s / 2], labels=[0, 1, 2], sample_weight=zeros)
        else:
            pd = pytest.importorskip("pandas")
            df = pd.DataFrame({"label": y, "score": s, "w": np.asarray(zeros)})
            ConfusionMatrixWidget.from_dataframe(df, "label", y_score="score", sample_weight="w")
    assert_mentions(e, r"sample_weight", r"sums? to zero", r"\b40\b", r"positive weight")


def test_all_zero_sample_weight_is_refused_by_multilabel():
    from sklearn.metrics import multilabel_confusion_matrix

    Y = np.array([[1, 0], [0, 1], [1, 1]])
    _sklearn_refuses(multilabel_confusion_matrix, Y, Y, sample_weight=np.zeros(3))
    with pytest.raises(ValueError) as e:
        ConfusionMatrixWidget.multilabel(Y, Y, sample_weight=np.zeros(3))
    assert_mentions(e, r"sample_weight", r"sums? to zero")


def test_some_zero_weights_keep_the_curves_of_the_others():
    from sklearn.metrics import average_precision_score

    y, s = binary_case()
    weights = np.where(np.arange(40) < 30, 0.0, 1.0)
    weights[:2] = 1.0  # both classes keep a weight
    w = ConfusionMatrixWidget(y, y_score=s, sample_weight=weights)
    assert w.average_precision == pytest.approx(average_precision_score(y, s, sample_weight=weights))
    np.testing.assert_allclose(w.counts, sk_cm(y, (s >= 0.5).astype(int), [0, 1], sample_weight=weights))
