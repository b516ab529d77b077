"""Oracle tests: the public widget API against scikit-learn and naive numpy.

Every expected number here is computed independently of cm_widget, from the raw
inputs, with ``sklearn.metrics`` or a plain boolean mask.
"""

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    confusion_matrix,
    f1_score,
    matthews_corrcoef,
    precision_recall_fscore_support,
    precision_score,
    recall_score,
)

from cm_widget import ConfusionMatrixWidget

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BINARY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FASTER = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NORMALIZE = [None, "true", "pred", "all"]


# ---------------------------------------------------------------- helpers


def sk_cm(y_true, y_pred, labels, sample_weight=None, normalize=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return confusion_matrix(y_true, y_pred, labels=labels, sample_weight=sample_weight, normalize=normalize)


def as_list(values):
    return [v.item() if hasattr(v, "item") else v for v in np.asarray(values, dtype=object)]


def assert_classes(w, expected):
    got = as_list(w.classes)
    assert got == as_list(expected), f"classes: expected {as_list(expected)}, got {got}"


def assert_counts(w, y_true, y_pred, labels, sample_weight=None):
    expected = sk_cm(y_true, y_pred, labels, sample_weight=sample_weight)
    counts = np.asarray(w.counts)
    assert counts.shape == expected.shape, (counts.shape, expected.shape)
    assert counts.dtype == expected.dtype, (counts.dtype, expected.dtype)  # int64 unless the weights are floats
    if expected.dtype.kind == "i":
        np.testing.assert_array_equal(counts, expected)
    else:
        np.testing.assert_allclose(counts, expected, rtol=1e-9, atol=1e-9)


def assert_every_normalize(w, y_true, y_pred, labels, sample_weight=None):
    for norm in NORMALIZE:
        w.normalize = norm
        expected = sk_cm(y_true, y_pred, labels, sample_weight=sample_weight, normalize=norm)
        got = np.asarray(w.matrix)
        assert got.shape == expected.shape
        if norm is not None:
            assert got.dtype == np.float64, got.dtype
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12, err_msg=f"normalize={norm!r}")
    w.normalize = None


def assert_all_cell_indices(w, y_true, y_pred, labels):
    y_true = np.asarray(y_true, dtype=object)
    y_pred = np.asarray(y_pred, dtype=object)
    for a in labels:
        for b in labels:
            expected = np.flatnonzero((y_true == a) & (y_pred == b))
            got = np.asarray(w.indices(a, b))
            assert got.dtype == np.int64, got.dtype
            np.testing.assert_array_equal(got, expected, err_msg=f"cell ({a!r}, {b!r})")


def assert_selection_indices(w, y_true, y_pred, labels):
    y_true = np.asarray(y_true, dtype=object)
    y_pred = np.asarray(y_pred, dtype=object)
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            w.selected = (i, j)
            expected = np.flatnonzero((y_true == a) & (y_pred == b))
            got = np.asarray(w.selected_indices)
            assert got.dtype == np.int64
            np.testing.assert_array_equal(got, expected, err_msg=f"selected ({i}, {j})")
    w.selected = None
    assert len(w.selected_indices) == 0


def assert_metrics(w, y_true, y_pred, labels, sample_weight=None, check_balanced=True):
    m = w.metrics
    assert as_list(m["labels"]) == as_list(labels)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p, r, f, s = precision_recall_fscore_support(
            y_true, y_pred, labels=labels, zero_division=0, sample_weight=sample_weight
        )
        for key, exp in (("precision", p), ("recall", r), ("f1", f), ("support", s)):
            got = np.asarray(m[key])
            assert got.dtype == np.float64, (key, got.dtype)
            np.testing.assert_allclose(got, exp, rtol=1e-9, atol=1e-12, err_msg=key)
        for avg in ("macro", "weighted"):
            ap, ar, af, _ = precision_recall_fscore_support(
                y_true, y_pred, labels=labels, zero_division=0, average=avg, sample_weight=sample_weight
            )
            for key, exp in (("precision", ap), ("recall", ar), ("f1", af)):
                assert m[avg][key] == pytest.approx(exp, rel=1e-9, abs=1e-12), (avg, key)
        acc = accuracy_score(y_true, y_pred, sample_weight=sample_weight)
        assert m["accuracy"] == pytest.approx(acc, rel=1e-9, abs=1e-12)
        if check_balanced:
            bal = balanced_accuracy_score(y_true, y_pred, sample_weight=sample_weight)
            assert m["balanced_accuracy"] == pytest.approx(bal, rel=1e-9, abs=1e-12)


def sorted_union(*arrays):
    return sorted(set().union(*(set(as_list(a)) for a in arrays)))


@st.composite
def int_labels(draw, max_n=60):
    """y_true and y_pred drawn from different (overlapping) class ranges."""
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, max_n))
    lo_t, k_t = draw(st.integers(-2, 3)), draw(st.integers(1, 5))
    lo_p, k_p = draw(st.integers(-2, 3)), draw(st.integers(1, 5))
    rng = np.random.default_rng(seed)
    y_true = rng.integers(lo_t, lo_t + k_t, n)
    y_pred = rng.integers(lo_p, lo_p + k_p, n)
    return y_true, y_pred, rng


# ------------------------------------------------------ counts and labels


@FAST
@given(int_labels())
def test_int_labels_counts_indices_metrics(data):
    y_true, y_pred, _ = data
    labels = sorted_union(y_true, y_pred)
    w = ConfusionMatrixWidget(y_true, y_pred)
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert w.n_excluded == 0
    assert w.threshold is None
    assert len(w.display_labels) == len(labels)
    assert_every_normalize(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)


@FASTER
@given(int_labels(max_n=40))
def test_selection_matches_mask(data):
    y_true, y_pred, _ = data
    labels = sorted_union(y_true, y_pred)
    w = ConfusionMatrixWidget(y_true, y_pred)
    assert w.selected is None
    assert len(w.selected_indices) == 0
    assert_selection_indices(w, y_true, y_pred, labels)


def test_non_square_class_sets_fixed_example():
    # y_true uses 3 classes, y_pred 2 others plus one shared: a transposed matrix differs.
    y_true = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2])
    y_pred = np.array([0, 3, 4, 3, 3, 4, 0, 4, 4])
    w = ConfusionMatrixWidget(y_true, y_pred)
    labels = [0, 1, 2, 3, 4]
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    # A few cells spelled out by the naive rule as well.
    counts = np.asarray(w.counts)
    assert counts[0, 3] == np.sum((y_true == 0) & (y_pred == 3)) == 1
    assert counts[3, 0] == 0
    assert counts[2, 4] == 3


@FAST
@given(int_labels(), st.data())
def test_custom_label_order(data, draw):
    y_true, y_pred, _ = data
    present = sorted_union(y_true, y_pred)
    extra = draw.draw(st.lists(st.integers(10, 14), unique=True, max_size=2))
    labels = draw.draw(st.permutations(present + extra))
    w = ConfusionMatrixWidget(y_true, y_pred, labels=labels)
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert w.n_excluded == 0
    assert_every_normalize(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)


@FAST
@given(int_labels(), st.data())
def test_label_subset_excludes_and_warns(data, draw):
    y_true, y_pred, _ = data
    present = sorted_union(y_true, y_pred)
    if len(present) < 2:
        return
    labels = draw.draw(st.lists(st.sampled_from(present), min_size=1, max_size=len(present) - 1, unique=True))
    assume(np.isin(y_true, labels).any())  # sklearn needs one of labels= in y_true
    in_labels = np.isin(y_true, labels) & np.isin(y_pred, labels)
    n_out = int(np.sum(~in_labels))
    if n_out:
        with pytest.warns(UserWarning):
            w = ConfusionMatrixWidget(y_true, y_pred, labels=labels)
    else:
        w = ConfusionMatrixWidget(y_true, y_pred, labels=labels)
    assert w.n_excluded == n_out
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert_every_normalize(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    # Metrics keep scikit-learn's meaning with labels=: a true label predicted as a
    # left-out class is still a miss, and accuracy is over every sample.
    assert_metrics(w, y_true, y_pred, labels, check_balanced=False)


@st.composite
def string_labels(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, 50))
    names = ["ant", "Bee", "cat", "dog", "émeu", "<b>fox</b>", "10", "9"]
    t_names = draw(st.lists(st.sampled_from(names), min_size=1, max_size=5, unique=True))
    p_names = draw(st.lists(st.sampled_from(names), min_size=1, max_size=5, unique=True))
    rng = np.random.default_rng(seed)
    y_true = np.array(t_names, dtype=object)[rng.integers(0, len(t_names), n)]
    y_pred = np.array(p_names, dtype=object)[rng.integers(0, len(p_names), n)]
    return [str(v) for v in y_true], [str(v) for v in y_pred]


@FAST
@given(string_labels())
def test_string_labels(data):
    y_true, y_pred = data
    labels = sorted_union(y_true, y_pred)  # code-point order, "10" < "9" < "Bee" < "ant"
    w = ConfusionMatrixWidget(y_true, y_pred)
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert_every_normalize(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)
    # also as a numpy unicode array
    w2 = ConfusionMatrixWidget(np.array(y_true), np.array(y_pred))
    assert_classes(w2, labels)
    assert_counts(w2, y_true, y_pred, labels)


@FAST
@given(string_labels(), st.data())
def test_string_labels_custom_order(data, draw):
    y_true, y_pred = data
    labels = draw.draw(st.permutations(sorted_union(y_true, y_pred) + ["zzz-unused"]))
    w = ConfusionMatrixWidget(y_true, y_pred, labels=labels)
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)


@FAST
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=50))
def test_bool_labels(pairs):
    y_true = np.array([a for a, _ in pairs], dtype=bool)
    y_pred = np.array([b for _, b in pairs], dtype=bool)
    labels = sorted_union(y_true, y_pred)
    w = ConfusionMatrixWidget(y_true, y_pred)
    assert_classes(w, labels)
    for c in w.classes:
        assert isinstance(c, (bool, np.bool_)), type(c)
    assert_counts(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)


def test_bool_labels_fixed_example():
    y_true = np.array([True, True, True, False, False])
    y_pred = np.array([True, False, False, False, True])
    w = ConfusionMatrixWidget(y_true, y_pred)
    assert_classes(w, [False, True])
    np.testing.assert_array_equal(w.counts, [[1, 1], [2, 1]])
    np.testing.assert_array_equal(w.indices(True, False), [1, 2])
    np.testing.assert_array_equal(w.indices(False, True), [4])


@FAST
@given(int_labels(), st.data())
def test_sample_weight(data, draw):
    y_true, y_pred, rng = data
    kind = draw.draw(st.sampled_from(["float", "int", "zeros_some"]))
    if kind == "float":
        sw = rng.uniform(0.0, 3.0, len(y_true))
    elif kind == "int":
        sw = rng.integers(1, 4, len(y_true))
    else:
        sw = rng.uniform(0.5, 2.0, len(y_true)) * (rng.random(len(y_true)) < 0.7)
        sw[0] = 1.0  # at least one non-zero weight
    labels = sorted_union(y_true, y_pred)
    w = ConfusionMatrixWidget(y_true, y_pred, sample_weight=sw)
    assert_counts(w, y_true, y_pred, labels, sample_weight=sw)
    assert_every_normalize(w, y_true, y_pred, labels, sample_weight=sw)
    # cell membership does not depend on weights
    assert_all_cell_indices(w, y_true, y_pred, labels)
    if np.sum(sw) > 0:
        assert_metrics(w, y_true, y_pred, labels, sample_weight=sw)


def test_sample_weight_fixed_example():
    y_true = [0, 1, 1, 2]
    y_pred = [0, 1, 2, 3]
    sw = [0.5, 1.0, 2.0, 3.0]
    w = ConfusionMatrixWidget(y_true, y_pred, sample_weight=sw)
    assert w.counts.dtype == np.float64
    np.testing.assert_allclose(w.counts, sk_cm(y_true, y_pred, [0, 1, 2, 3], sample_weight=sw))
    assert w.counts[1, 2] == 2.0 and w.counts[2, 1] == 0.0
    # sklearn: support is weighted, balanced accuracy ignores classes absent from y_true
    np.testing.assert_allclose(w.metrics["support"], [0.5, 3.0, 3.0, 0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exp = balanced_accuracy_score(y_true, y_pred, sample_weight=sw)
    assert w.metrics["balanced_accuracy"] == pytest.approx(exp)


def test_balanced_accuracy_ignores_classes_only_predicted():
    y_true = [0, 1, 1, 2]
    y_pred = [0, 1, 2, 3]
    w = ConfusionMatrixWidget(y_true, y_pred)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exp = balanced_accuracy_score(y_true, y_pred)
    assert exp == pytest.approx(0.5)
    assert w.metrics["balanced_accuracy"] == pytest.approx(exp)


@FASTER
@given(int_labels())
def test_from_predictions_equals_constructor(data):
    y_true, y_pred, _ = data
    labels = sorted_union(y_true, y_pred)
    w = ConfusionMatrixWidget.from_predictions(y_true, y_pred, normalize="true")
    assert w.normalize == "true"
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    np.testing.assert_allclose(w.matrix, sk_cm(y_true, y_pred, labels, normalize="true"))


@FASTER
@given(int_labels())
def test_normalize_at_construction(data):
    y_true, y_pred, _ = data
    labels = sorted_union(y_true, y_pred)
    for norm in NORMALIZE:
        w = ConfusionMatrixWidget(y_true, y_pred, normalize=norm)
        assert w.normalize == norm
        np.testing.assert_allclose(w.matrix, sk_cm(y_true, y_pred, labels, normalize=norm), atol=1e-12)


# ----------------------------------------------------------- binary scores


@st.composite
def binary_scores(draw, logits=False):
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(2, 60))
    decimals = draw(st.integers(1, 3))  # few decimals -> many ties
    rng = np.random.default_rng(seed)
    y_true = rng.integers(0, 2, n)
    y_true[0], y_true[1] = 0, 1  # both classes present
    if logits:
        s = np.round(rng.normal(0.0, 2.0, n), decimals)
        s[0] = min(s[0], -0.25)  # ensure range straddles 0
        s[1] = max(s[1], 0.25)
    else:
        s = np.round(np.clip(rng.beta(2, 2, n) + 0.2 * (y_true - 0.5), 0.0, 1.0), decimals)
    return y_true, s


def thresholds_for(s):
    values = np.unique(s)
    mids = (values[:-1] + values[1:]) / 2.0
    return [float(v) for v in np.concatenate([values, mids])]


def naive_binary(y_true, pos_mask, pos, neg):
    y_true = np.asarray(y_true)
    tp = int(np.sum((y_true == pos) & pos_mask))
    fp = int(np.sum((y_true == neg) & pos_mask))
    fn = int(np.sum((y_true == pos) & ~pos_mask))
    tn = int(np.sum((y_true == neg) & ~pos_mask))
    return tp, fp, fn, tn


def assert_binary_at(w, y_true, s, t, neg, pos, check_indices=True, check_metrics=True, check_sklearn=True):
    labels = [neg, pos]
    mask = s >= t
    y_hat = np.where(mask, pos, neg)
    if isinstance(neg, str):
        y_hat = y_hat.astype(object)
    if check_sklearn or check_metrics:
        expected = sk_cm(y_true, y_hat, labels)
        np.testing.assert_array_equal(w.counts, expected, err_msg=f"threshold={t!r}")
    tp, fp, fn, tn = naive_binary(y_true, mask, pos, neg)
    np.testing.assert_array_equal(w.counts, [[tn, fp], [fn, tp]], err_msg=f"threshold={t!r}")
    if check_indices:
        yt = np.asarray(y_true, dtype=object)
        cells = {
            (pos, pos): (yt == pos) & mask,
            (neg, pos): (yt == neg) & mask,
            (pos, neg): (yt == pos) & ~mask,
            (neg, neg): (yt == neg) & ~mask,
        }
        for (a, b), cell_mask in cells.items():
            np.testing.assert_array_equal(
                w.indices(a, b), np.flatnonzero(cell_mask), err_msg=f"cell ({a},{b}) at t={t!r}"
            )
    if check_metrics:
        b = w.metrics["binary"]
        assert b["threshold"] == pytest.approx(t)
        assert (b["tp"], b["fp"], b["fn"], b["tn"]) == (tp, fp, fn, tn)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exp_tpr = recall_score(y_true, y_hat, pos_label=pos, zero_division=0)
            exp_prec = precision_score(y_true, y_hat, pos_label=pos, zero_division=0)
            exp_f1 = f1_score(y_true, y_hat, pos_label=pos, zero_division=0)
            exp_mcc = matthews_corrcoef(y_true, y_hat)
        exp_fpr = fp / (fp + tn) if fp + tn else 0.0
        exp_spec = tn / (tn + fp) if tn + fp else 0.0
        assert b["tpr"] == pytest.approx(exp_tpr, abs=1e-12)
        assert b["fpr"] == pytest.approx(exp_fpr, abs=1e-12)
        assert b["specificity"] == pytest.approx(exp_spec, abs=1e-12)
        assert b["precision"] == pytest.approx(exp_prec, abs=1e-12)
        assert b["f1"] == pytest.approx(exp_f1, abs=1e-12)
        assert b["mcc"] == pytest.approx(exp_mcc, abs=1e-12)
        assert w.metrics["accuracy"] == pytest.approx(accuracy_score(y_true, y_hat))


@BINARY
@given(binary_scores(), st.sampled_from(["n", "n1", "n2"]))
def test_binary_probabilities_every_threshold(data, shape):
    y_true, s = data
    if shape == "n":
        y_score = s
    elif shape == "n1":
        y_score = s.reshape(-1, 1)
    else:
        y_score = np.column_stack([1.0 - s, s])
    w = ConfusionMatrixWidget(y_true, y_score=y_score)
    assert_classes(w, [0, 1])
    assert w.threshold == pytest.approx(0.5)  # probabilities -> 0.5
    assert_binary_at(w, y_true, s, 0.5, 0, 1)
    for i, t in enumerate(thresholds_for(s)):
        w.threshold = t
        assert w.threshold == pytest.approx(t)
        # naive counts and indices at every threshold; sklearn on a sample of them (speed)
        assert_binary_at(w, y_true, s, t, 0, 1, check_metrics=i % 6 == 0, check_sklearn=i % 3 == 0)


@FASTER
@given(binary_scores(logits=True))
def test_binary_logits_every_threshold(data):
    y_true, s = data
    w = ConfusionMatrixWidget(y_true, y_score=s)
    assert w.threshold == pytest.approx(0.0)  # decision scores -> 0.0
    assert_binary_at(w, y_true, s, 0.0, 0, 1)
    for i, t in enumerate(thresholds_for(s)):
        w.threshold = t
        assert_binary_at(w, y_true, s, t, 0, 1, check_metrics=i % 8 == 0, check_sklearn=i % 4 == 0)


@FAST
@given(binary_scores(), st.data())
def test_binary_threshold_at_construction(data, draw):
    y_true, s = data
    t = draw.draw(st.sampled_from(thresholds_for(s)))
    w = ConfusionMatrixWidget(y_true, y_score=s, threshold=t)
    assert w.threshold == pytest.approx(t)
    assert_binary_at(w, y_true, s, t, 0, 1)


@FASTER
@given(binary_scores())
def test_binary_selected_cell_follows_threshold(data):
    y_true, s = data
    w = ConfusionMatrixWidget(y_true, y_score=s)
    w.selected = (1, 1)  # true positives
    for t in thresholds_for(s)[::3]:
        w.threshold = t
        np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((y_true == 1) & (s >= t)))
    w.selected = (0, 1)  # false positives
    for t in thresholds_for(s)[::2]:
        w.threshold = t
        np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((y_true == 0) & (s >= t)))


@FASTER
@given(binary_scores(), st.data())
def test_binary_scores_with_weights_and_normalize(data, draw):
    y_true, s = data
    rng = np.random.default_rng(len(s))
    sw = rng.uniform(0.1, 2.0, len(s))
    w = ConfusionMatrixWidget(y_true, y_score=s, sample_weight=sw)
    for t in thresholds_for(s)[::2]:
        w.threshold = t
        y_hat = (s >= t).astype(int)
        np.testing.assert_allclose(w.counts, sk_cm(y_true, y_hat, [0, 1], sample_weight=sw))
        norm = draw.draw(st.sampled_from(NORMALIZE))
        w.normalize = norm
        np.testing.assert_allclose(w.matrix, sk_cm(y_true, y_hat, [0, 1], sample_weight=sw, normalize=norm), atol=1e-12)


def test_binary_fixed_example_ties():
    y_true = np.array([0, 0, 1, 1, 0, 1])
    s = np.array([0.1, 0.5, 0.5, 0.9, 0.7, 0.2])
    w = ConfusionMatrixWidget(y_true, y_score=s)
    # at 0.5: predicted positive = {1, 2, 3, 4}
    np.testing.assert_array_equal(w.counts, [[1, 2], [1, 2]])
    np.testing.assert_array_equal(w.indices(1, 1), [2, 3])
    np.testing.assert_array_equal(w.indices(0, 1), [1, 4])
    w.threshold = 0.7
    np.testing.assert_array_equal(w.counts, [[2, 1], [2, 1]])
    np.testing.assert_array_equal(w.indices(1, 0), [2, 5])


def test_binary_string_classes_default_and_pos_label():
    rng = np.random.default_rng(7)
    n = 80
    y_true = np.array(["ham", "spam"], dtype=object)[rng.integers(0, 2, n)]
    y_true[:2] = ["ham", "spam"]
    s = np.round(rng.random(n), 2)  # score of the positive class
    # default positive class: the last sorted class, "spam"
    w = ConfusionMatrixWidget(list(y_true), y_score=s)
    assert_classes(w, ["ham", "spam"])
    for t in (0.5, 0.25, float(np.median(s))):
        w.threshold = t
        assert_binary_at(w, list(y_true), s, t, "ham", "spam")
    # (n, 2): column j is sorted class j, the positive one is column 1
    p = np.column_stack([1 - s, s])
    w2 = ConfusionMatrixWidget(list(y_true), y_score=p, threshold=0.3)
    assert_binary_at(w2, list(y_true), s, 0.3, "ham", "spam")
    # pos_label="ham": (n,) scores are scores of "ham"; classes keep sorted order
    w3 = ConfusionMatrixWidget(list(y_true), y_score=s, pos_label="ham")
    assert_classes(w3, ["ham", "spam"])
    y_hat = np.where(s >= 0.5, "ham", "spam")
    np.testing.assert_array_equal(w3.counts, sk_cm(list(y_true), y_hat, ["ham", "spam"]))
    b = w3.metrics["binary"]
    assert b["tp"] == int(np.sum((y_true == "ham") & (s >= 0.5)))
    assert b["fp"] == int(np.sum((y_true == "spam") & (s >= 0.5)))
    # pos_label="ham" with (n, 2) columns in sorted order: the positive score is column 0
    w4 = ConfusionMatrixWidget(list(y_true), y_score=np.column_stack([s, 1 - s]), pos_label="ham")
    np.testing.assert_array_equal(w4.counts, sk_cm(list(y_true), y_hat, ["ham", "spam"]))


# ------------------------------------------------------- multiclass scores


@st.composite
def multiclass_scores(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, 60))
    k = draw(st.integers(3, 6))
    rng = np.random.default_rng(seed)
    y_true = rng.integers(0, k, n)
    scores = rng.normal(size=(n, k))
    return y_true, scores, k


@FAST
@given(multiclass_scores(), st.booleans())
def test_multiclass_scores_argmax(data, softmax):
    y_true, scores, k = data
    if softmax:
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores = e / e.sum(axis=1, keepdims=True)
    y_pred = scores.argmax(axis=1)
    labels = list(range(k))
    w = ConfusionMatrixWidget(y_true, y_score=scores)
    assert w.threshold is None
    assert "binary" not in w.metrics
    assert_classes(w, labels)
    assert_counts(w, y_true, y_pred, labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)
    assert_metrics(w, y_true, y_pred, labels)


def test_multiclass_scores_with_string_labels_argument():
    rng = np.random.default_rng(3)
    n, labels = 90, ["zebra", "ant", "moth"]  # column j is labels[j], not sorted order
    y_true = np.array(labels, dtype=object)[rng.integers(0, 3, n)]
    scores = rng.random((n, 3))
    y_pred = np.array(labels, dtype=object)[scores.argmax(axis=1)]
    w = ConfusionMatrixWidget(list(y_true), y_score=scores, labels=labels)
    assert_classes(w, labels)
    assert_counts(w, list(y_true), list(y_pred), labels)
    assert_all_cell_indices(w, y_true, y_pred, labels)


def test_multiclass_scores_string_y_true_sorted_columns():
    rng = np.random.default_rng(4)
    n, classes = 90, ["ant", "moth", "zebra"]
    y_true = np.array(classes, dtype=object)[rng.integers(0, 3, n)]
    y_true[:3] = classes
    scores = rng.random((n, 3))
    y_pred = np.array(classes, dtype=object)[scores.argmax(axis=1)]
    w = ConfusionMatrixWidget(list(y_true), y_score=scores)
    assert_classes(w, classes)
    assert_counts(w, list(y_true), list(y_pred), classes)


# ---------------------------------------------------- other input shapes


@FAST
@given(multiclass_scores())
def test_one_hot_y_true(data):
    y_int, scores, k = data
    assume(len(y_int) >= k)
    y_int = y_int.copy()
    y_int[:k] = np.arange(k)  # every column of the one-hot matrix is used
    onehot = np.eye(k, dtype=np.float32)[y_int]
    y_pred = np.random.default_rng(len(y_int)).integers(0, k, len(y_int))
    labels = sorted_union(y_int, y_pred)
    w = ConfusionMatrixWidget(onehot, y_pred)
    assert_classes(w, labels)
    assert_counts(w, y_int, y_pred, labels)
    assert_all_cell_indices(w, y_int, y_pred, labels)
    # one-hot truth with (n, K) scores, Keras style
    w2 = ConfusionMatrixWidget(onehot, y_score=scores)
    assert_counts(w2, y_int, scores.argmax(axis=1), list(range(k)))


def test_pandas_series_and_categorical():
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(11)
    n = 120
    names = ["high", "low", "mid"]  # alphabetical categories: unambiguous order
    yt = np.array(names, dtype=object)[rng.integers(0, 3, n)]
    yp = np.array(names, dtype=object)[rng.integers(0, 3, n)]
    st_ = pd.Series(pd.Categorical(yt, categories=names))
    sp_ = pd.Series(pd.Categorical(yp, categories=names))
    w = ConfusionMatrixWidget(st_, sp_)
    assert_classes(w, names)
    assert_counts(w, list(yt), list(yp), names)
    assert_all_cell_indices(w, yt, yp, names)
    assert_metrics(w, list(yt), list(yp), names)
    # ordered categories in a non-alphabetical order, order given explicitly
    order = ["low", "mid", "high"]
    ct = pd.Series(pd.Categorical(yt, categories=order, ordered=True))
    cp = pd.Series(pd.Categorical(yp, categories=order, ordered=True))
    w2 = ConfusionMatrixWidget(ct, cp, labels=order)
    assert_classes(w2, order)
    assert_counts(w2, list(yt), list(yp), order)
    assert_all_cell_indices(w2, yt, yp, order)


def test_pandas_series_with_shuffled_index_uses_positions():
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(12)
    n = 50
    yt = rng.integers(0, 3, n)
    yp = rng.integers(0, 4, n)
    idx = rng.permutation(n) + 1000
    w = ConfusionMatrixWidget(pd.Series(yt, index=idx), pd.Series(yp, index=idx))
    labels = sorted_union(yt, yp)
    assert_counts(w, yt, yp, labels)
    assert_all_cell_indices(w, yt, yp, labels)  # positions 0..n-1, not index labels


def test_from_estimator_binary_and_multiclass():
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression

    X, y = make_classification(n_samples=200, n_features=5, random_state=0)
    est = LogisticRegression().fit(X, y)
    w = ConfusionMatrixWidget.from_estimator(est, X, y)
    proba = est.predict_proba(X)[:, 1]
    assert w.threshold == pytest.approx(0.5)
    assert_binary_at(w, y, proba, 0.5, 0, 1)
    t = float(np.quantile(proba, 0.3))
    w.threshold = t
    assert_binary_at(w, y, proba, t, 0, 1)

    X3, y3 = make_classification(n_samples=200, n_features=6, n_informative=4, n_classes=3, random_state=1)
    est3 = LogisticRegression(max_iter=500).fit(X3, y3)
    w3 = ConfusionMatrixWidget.from_estimator(est3, X3, y3)
    pred = est3.predict(X3)
    assert_counts(w3, y3, pred, [0, 1, 2])
    assert_all_cell_indices(w3, y3, pred, [0, 1, 2])


@FAST
@given(
    st.integers(1, 6).flatmap(
        lambda k: st.lists(st.lists(st.integers(0, 6), min_size=k, max_size=k), min_size=k, max_size=k)
    )
)
def test_from_counts_matches_expanded_samples(rows):
    m = np.array(rows, dtype=np.int64)
    if m.sum() == 0:
        return
    k = m.shape[0]
    # expand the matrix into samples and let sklearn recount them
    ii, jj = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
    y_true = np.repeat(ii.ravel(), m.ravel())
    y_pred = np.repeat(jj.ravel(), m.ravel())
    names = [f"c{i}" for i in range(k)]
    w = ConfusionMatrixWidget.from_counts(m, display_labels=names)
    assert list(w.display_labels) == names
    np.testing.assert_array_equal(w.counts, sk_cm(y_true, y_pred, list(range(k))))
    for norm in NORMALIZE:
        w.normalize = norm
        np.testing.assert_allclose(w.matrix, sk_cm(y_true, y_pred, list(range(k)), normalize=norm), atol=1e-12)
    m_ = w.metrics
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=list(range(k)), zero_division=0)
    np.testing.assert_allclose(m_["precision"], p, atol=1e-12)
    np.testing.assert_allclose(m_["recall"], r, atol=1e-12)
    np.testing.assert_allclose(m_["f1"], f, atol=1e-12)
    np.testing.assert_allclose(m_["support"], s, atol=1e-12)
    assert m_["accuracy"] == pytest.approx(accuracy_score(y_true, y_pred))
