"""Multi-label widgets against scikit-learn and naive numpy."""

import numpy as np
import pytest
import traitlets
from hypothesis import given
from hypothesis import strategies as st
from sk_oracle import ORACLE, quiet
from sklearn.metrics import (
    accuracy_score,
    hamming_loss,
    multilabel_confusion_matrix,
    precision_recall_fscore_support,
)

from cm_widget import ConfusionMatrixWidget

SETTINGS = ORACLE


@st.composite
def multilabel_case(draw):
    n = draw(st.integers(1, 60))
    labels = draw(st.integers(2, 6))  # scikit-learn reads one column as class labels, not indicators
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    yt = (rng.random((n, labels)) < draw(st.floats(0.0, 1.0))).astype(int)
    scores = rng.integers(0, 5, (n, labels)) / 4.0 if draw(st.booleans()) else rng.random((n, labels))
    thresholds = rng.integers(0, 5, labels) / 4.0
    w = None
    if draw(st.booleans()):
        w = rng.random(n) * 2
        w[rng.random(n) < 0.2] = 0.0
        w[rng.integers(n)] = 1.0  # scikit-learn refuses weights that are all zero
    return yt, scores, thresholds, w


def check_against_sklearn(widget, yt, yp, w):
    # Weighted: scikit-learn's empty cells may hold rounding dust (-1e-15) from a difference of sums.
    close = np.testing.assert_array_equal if w is None else (lambda a, b: np.testing.assert_allclose(a, b, atol=1e-9))
    ww = np.ones(len(yt)) if w is None else w
    close(widget.counts, (yt * ww[:, None]).T @ yp)
    close(widget.label_matrices, multilabel_confusion_matrix(yt, yp, sample_weight=w))
    m = widget.metrics
    p, r, f, s = quiet(precision_recall_fscore_support, yt, yp, sample_weight=w, zero_division=0)
    for mine, theirs in ((m["precision"], p), (m["recall"], r), (m["f1"], f), (m["support"], s)):
        np.testing.assert_allclose(mine, theirs, atol=1e-12)
    for avg in ("macro", "weighted"):
        p, r, f, _ = quiet(precision_recall_fscore_support, yt, yp, sample_weight=w, zero_division=0, average=avg)
        assert m[avg]["precision"] == pytest.approx(p, abs=1e-12)
        assert m[avg]["recall"] == pytest.approx(r, abs=1e-12)
        assert m[avg]["f1"] == pytest.approx(f, abs=1e-12)
    if ww.sum() > 0:
        assert m["accuracy"] == pytest.approx(accuracy_score(yt, yp, sample_weight=w))
        assert m["hamming_loss"] == pytest.approx(hamming_loss(yt, yp, sample_weight=w))
    labels = yt.shape[1]
    for i in range(labels):
        for j in range(labels):
            np.testing.assert_array_equal(widget.indices(i, j), np.flatnonzero((yt[:, i] == 1) & (yp[:, j] == 1)))
        for cell, (a, b) in {"tn": (0, 0), "fp": (0, 1), "fn": (1, 0), "tp": (1, 1)}.items():
            np.testing.assert_array_equal(
                widget.label_indices(i, cell), np.flatnonzero((yt[:, i] == a) & (yp[:, i] == b))
            )


@given(multilabel_case())
@SETTINGS
def test_predicted_labels_equal_sklearn(case):
    yt, scores, _thresholds, w = case
    yp = (scores >= 0.5).astype(int)
    widget = ConfusionMatrixWidget.multilabel(yt, yp, sample_weight=w)
    assert widget.thresholds is None
    check_against_sklearn(widget, yt, yp, w)


@given(multilabel_case(), st.lists(st.integers(0, 4), min_size=1, max_size=4))
@SETTINGS
def test_scores_and_moving_thresholds_equal_sklearn(case, moves):
    yt, scores, thresholds, w = case
    widget = ConfusionMatrixWidget.multilabel(yt, y_score=scores, threshold=thresholds, sample_weight=w)
    np.testing.assert_array_equal(widget.thresholds, thresholds)
    check_against_sklearn(widget, yt, (scores >= thresholds).astype(int), w)
    for step in moves:  # one label at a time, as the page moves them
        t = widget.thresholds.copy()
        t[step % len(t)] = step / 4.0
        widget.thresholds = t
        check_against_sklearn(widget, yt, (scores >= t).astype(int), w)


def test_a_dataframe_names_the_labels_and_a_click_lists_the_samples():
    pd = pytest.importorskip("pandas")
    yt = pd.DataFrame({"cat": [1, 0, 1, 1], "dog": [0, 1, 1, 0], "owl": [0, 0, 0, 1]})
    yp = np.array([[1, 0, 0], [1, 1, 0], [1, 0, 1], [0, 0, 1]])
    w = ConfusionMatrixWidget.multilabel(yt, yp)
    assert w.classes.tolist() == ["cat", "dog", "owl"] and w.display_labels == ["cat", "dog", "owl"]
    np.testing.assert_array_equal(w.indices("cat", "owl"), [2, 3])
    w.selected = (1, 0)
    assert w._selection["indices"] == [1, 2]
    words = "".join(part["text"] for part in w._selection["sentence"])
    assert words == "2 samples are truly dog and predicted cat (100.0% of the samples with dog)."
    w.selected = (0, 2)  # cat present in 3 samples, owl predicted on 2 of them
    assert "(66.7% of the samples with cat)" in "".join(part["text"] for part in w._selection["sentence"])
    np.testing.assert_array_equal(w.label_indices("dog", "fn"), [2])


def test_one_threshold_for_all_and_page_writes():
    yt = np.array([[1, 0], [0, 1], [1, 1]])
    s = np.array([[0.9, 0.2], [0.4, 0.6], [0.55, 0.45]])
    w = ConfusionMatrixWidget.multilabel(yt, y_score=s, threshold=0.5)
    w.set_state({"thresholds": [0.5, 0.4]})
    np.testing.assert_array_equal(w.thresholds, [0.5, 0.4])
    np.testing.assert_array_equal(w.label_matrices, multilabel_confusion_matrix(yt, s >= [0.5, 0.4]))
    w.set_state({"thresholds": [0.5]})  # wrong length: refused, the widget keeps its value
    np.testing.assert_array_equal(w.thresholds, [0.5, 0.4])
    with pytest.raises(ValueError):
        w.thresholds[0] = 0.1


@pytest.mark.parametrize(
    "args, kwargs, error, match",
    [
        (([0, 1, 1],), {"y_score": [0.1, 0.2, 0.3]}, ValueError, "2-D"),
        (([[0, 2], [1, 0]], [[0, 1], [1, 0]]), {}, ValueError, "only 0 and 1"),
        (([[0, 1], [1, 0]], [[0.2, 0.9], [0.7, 0.1]]), {}, ValueError, "y_score="),
        (([[0, 1], [1, 0]],), {}, TypeError, "either"),
        (([[0, 1], [1, 0]], [[0, 1], [1, 0]]), {"y_score": [[0.1, 0.2], [0.3, 0.4]]}, TypeError, "either"),
        (([[0, 1], [1, 0]], [[0, 1]]), {}, ValueError, "rows"),
        (([[0, 1], [1, 0]],), {"y_score": [[0.1, np.nan], [0.3, 0.4]]}, ValueError, "NaN"),
        (([[0, 1], [1, 0]],), {"y_score": [[0.1, 0.2], [0.3, 0.4]], "threshold": [0.5]}, ValueError, "2 numbers"),
        (([[0, 1], [1, 0]],), {"y_score": [[0.1, 0.2], [0.3, 0.4]], "threshold": 2.0}, ValueError, "outside"),
        (([[0, 1], [1, 0]], [[0, 1], [1, 0]]), {"labels": ["a"]}, ValueError, "2 distinct names"),
        (([[0, 1], [1, 0]], [[0, 1], [1, 0]]), {"top_k": 2}, TypeError, "top_k"),
    ],
)
def test_bad_multilabel_input(args, kwargs, error, match):
    with pytest.raises(error, match=match):
        ConfusionMatrixWidget.multilabel(*args, **kwargs)


def test_multilabel_only_parts_need_a_multilabel_widget():
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 0])
    with pytest.raises(ValueError, match="multi-label"):
        _ = w.label_matrices
    with pytest.raises(traitlets.TraitError, match="multi-label"):
        w.thresholds = [0.5]
    ml = ConfusionMatrixWidget.multilabel([[0, 1], [1, 0]], [[0, 1], [1, 1]])
    with pytest.raises(traitlets.TraitError, match="multi-label scores"):
        ml.thresholds = [0.5, 0.5]
    with pytest.raises(ValueError, match="cell"):
        ml.label_indices(0, "xx")


def test_a_page_without_kernel_keeps_the_counts_and_says_why():
    from cm_widget._export import page_data

    ml = ConfusionMatrixWidget.multilabel([[0, 1], [1, 0], [1, 1]], y_score=[[0.2, 0.7], [0.9, 0.1], [0.6, 0.6]])
    data = page_data(ml)
    assert data["samples"] is None and "live kernel" in data["omitted"]
    assert "<table" in ml.to_html()
    rng = np.random.default_rng(0)
    y, s = rng.integers(0, 3, 50), rng.dirichlet(np.ones(3), 50)
    plain = ConfusionMatrixWidget(y, y_score=s)
    assert page_data(plain)["samples"] is not None  # the argmax matrix: the page lists its cells
    plain.abstain = 0.5
    assert page_data(plain)["samples"] is None and "abstain" in page_data(plain)["omitted"]


@given(multilabel_case())
@SETTINGS
def test_normalised_label_matrix_divides_by_samples_not_by_cells(case):
    # A row of Y_true.T @ Y_pred counts a sample once per predicted label: "true" divides by the
    # samples with the true label, "pred" by those predicted with the column's label, "all" by all.
    yt, scores, thresholds, w = case
    widget = ConfusionMatrixWidget.multilabel(yt, y_score=scores, threshold=thresholds, sample_weight=w)
    yp = (scores >= thresholds).astype(int)
    ww = np.ones(len(yt)) if w is None else w
    c = yt.T @ (yp * ww[:, None])
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = {
            "true": c / (yt * ww[:, None]).sum(axis=0)[:, None],
            "pred": c / (yp * ww[:, None]).sum(axis=0)[None, :],
            "all": c / ww.sum(),
        }
    for how, want in expected.items():
        widget.normalize = how
        np.testing.assert_allclose(widget.matrix, np.nan_to_num(want, nan=0, posinf=0), rtol=1e-9, atol=1e-12)


def test_the_page_normalises_and_ranks_labels_as_the_kernel():
    from test_scores_widget import embedded_keys

    rng = np.random.default_rng(8)
    yt = (rng.random((300, 4)) < 0.4).astype(int)
    scores = np.clip(yt * 0.4 + rng.random((300, 4)) * 0.6, 0, 1)
    widget = ConfusionMatrixWidget.multilabel(yt, y_score=scores, labels=["cat", "dog", "owl", "fox"])
    support = yt.sum(axis=0)
    for i, _j, count, share in widget.top_confusions(5):
        assert share == pytest.approx(count / support[["cat", "dog", "owl", "fox"].index(i)], rel=1e-12)
    for how in ("true", "pred", "all"):
        widget.normalize = how
        page = embedded_keys(widget, ["allValues", "top"])
        np.testing.assert_allclose(np.reshape(list(page["allValues"].values()), (4, 4)), widget.matrix, rtol=1e-12)
        for (pi, pj, pc, ps), (_, _, count, share) in zip(page["top"], widget.top_confusions(10)):
            assert pc == count and ps == pytest.approx(share, rel=1e-12)


@pytest.mark.parametrize("weighted", [False, True])
def test_a_files_cell_reads_as_the_kernels_share_of_the_samples_with_the_label(weighted):
    import re

    from node_js import run_pages

    from cm_widget._export import page_data

    rng = np.random.default_rng(12)
    n, names = 150, ["news", "sports", "art", "travel"]
    yt = (rng.random((n, 4)) < [0.5, 0.6, 0.3, 0.1]).astype(int)
    yp = np.where(rng.random((n, 4)) < 0.7, yt, 1 - yt)
    w = np.round(rng.random(n) * 2, 2) if weighted else None
    widget = ConfusionMatrixWidget.multilabel(yt, yp, labels=names, sample_weight=w)
    cells = [(i, j) for i in range(4) for j in range(4)]
    steps = [s for i, j in cells for s in (["set", "selected", [i, j]], ["cell"])]
    got = run_pages([{"data": page_data(widget), "steps": steps}])[0]
    support = multilabel_confusion_matrix(yt, yp, sample_weight=w)[:, 1].sum(axis=1)  # FN + TP: samples with it
    ww = np.ones(n) if w is None else w
    matrix = (yt * ww[:, None]).T @ yp
    for (i, j), cell in zip(cells, got):
        widget.selected = (i, j)
        kernel = "".join(part["text"] for part in widget._selection["sentence"])
        assert cell["text"] == kernel, (i, j)
        share = float(re.search(r"\(([\d.]+)% of the samples with " + names[i], cell["text"]).group(1))
        assert share == pytest.approx(100 * matrix[i, j] / support[i], abs=0.05 + 1e-9)


def test_a_file_shows_the_per_label_tables_and_thresholds_it_was_saved_with():
    from node_js import run_pages

    from cm_widget._export import page_data

    rng = np.random.default_rng(13)
    yt = (rng.random((200, 3)) < 0.4).astype(int)
    scores = np.clip(0.5 * yt + 0.6 * rng.random((200, 3)), 0, 1)
    widget = ConfusionMatrixWidget.multilabel(yt, y_score=scores, threshold=[0.5, 0.3, 0.7])
    widget.thresholds = [0.45, 0.3, 0.62]
    (scores_state,) = run_pages([{"data": page_data(widget), "steps": [["get", "_scores"]]}])[0]
    yp = (scores >= [0.45, 0.3, 0.62]).astype(int)
    assert scores_state["kind"] == "multilabel"
    np.testing.assert_array_equal(scores_state["tables"], multilabel_confusion_matrix(yt, yp).reshape(-1, 4))
    assert scores_state["thresholds"] == [0.45, 0.3, 0.62]
    assert scores_state["fixed"] is True  # no kernel here: the page offers no threshold to move


@given(multilabel_case(), st.sampled_from(["csr", "csc", "coo", "csr_array"]))
@SETTINGS
def test_scipy_sparse_indicators_and_scores_equal_the_dense_ones_and_sklearn(case, fmt):
    sparse = pytest.importorskip("scipy.sparse")
    yt, scores, thresholds, w = case
    make = {
        "csr": sparse.csr_matrix,
        "csc": sparse.csc_matrix,
        "coo": sparse.coo_matrix,
        "csr_array": sparse.csr_array,
    }[fmt]
    yp = (scores >= 0.5).astype(int)
    widget = ConfusionMatrixWidget.multilabel(make(yt), make(yp), sample_weight=w)
    check_against_sklearn(widget, yt, yp, w)
    # scikit-learn reads the sparse matrices themselves
    np.testing.assert_allclose(
        widget.label_matrices,
        multilabel_confusion_matrix(sparse.csr_matrix(yt), sparse.csr_matrix(yp), sample_weight=w),
        atol=1e-9,  # scikit-learn's weighted true negatives are a difference of sums
    )
    np.testing.assert_array_equal(widget.counts, ConfusionMatrixWidget.multilabel(yt, yp, sample_weight=w).counts)
    scored = ConfusionMatrixWidget.multilabel(make(yt), y_score=make(scores), threshold=thresholds, sample_weight=w)
    check_against_sklearn(scored, yt, (scores >= thresholds).astype(int), w)


def test_sparse_multilabel_binarizer_output_goes_in_as_it_comes():
    pytest.importorskip("scipy.sparse")
    from sklearn.preprocessing import MultiLabelBinarizer

    tags_true = [{"cat"}, {"dog", "cat"}, set(), {"bird"}, {"dog"}]
    tags_pred = [{"cat"}, {"dog"}, {"bird"}, {"bird", "cat"}, {"dog"}]
    mlb = MultiLabelBinarizer(sparse_output=True).fit(tags_true + tags_pred)
    Y, P = mlb.transform(tags_true), mlb.transform(tags_pred)
    w = ConfusionMatrixWidget.multilabel(Y, P, labels=list(mlb.classes_))
    np.testing.assert_array_equal(w.label_matrices, multilabel_confusion_matrix(Y, P))
    dense = Y.toarray(), P.toarray()
    np.testing.assert_array_equal(w.counts, dense[0].T @ dense[1])
    np.testing.assert_array_equal(w.label_indices("bird", "tp"), np.flatnonzero(dense[0][:, 0] & dense[1][:, 0]))
