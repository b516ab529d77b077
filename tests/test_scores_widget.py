"""The widget's score API against scikit-learn: curves, areas, threshold_for, abstain and top-k.

Expected numbers come from ``sklearn.metrics`` on the raw inputs, or from a
plain mask over them; never from cm_widget.
"""

import numpy as np
import pytest
import traitlets
from hypothesis import assume, given
from hypothesis import strategies as st
from node_js import js_module, run_script
from sk_oracle import ORACLE, quiet
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    confusion_matrix,
    precision_recall_curve,
    precision_recall_fscore_support,
    roc_auc_score,
    roc_curve,
    top_k_accuracy_score,
)

from cm_widget import ConfusionMatrixWidget

SETTINGS = ORACLE


# ------------------------------------------------------------------ curves


@st.composite
def binary_case(draw):
    n = draw(st.integers(2, 50))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    rng.shuffle(y)
    scores = rng.integers(0, 6, n) / 5.0 if draw(st.booleans()) else rng.random(n)
    w = None
    if draw(st.booleans()):
        w = rng.random(n) * 2
        w[rng.random(n) < 0.15] = 0.0
    return y, scores, w


@given(binary_case(), st.sampled_from([None, "cats"]))
@SETTINGS
def test_curves_and_areas_equal_sklearn(case, names):
    y, scores, w = case
    labels = np.array(["cats", "dogs"])[y] if names else y
    pos = "dogs" if names else 1
    # both classes weighed (all-zero weights are refused at construction, as scikit-learn does)
    assume(w is None or (w[y == 1] > 0).any() and (w[y == 0] > 0).any())
    widget = ConfusionMatrixWidget(labels, y_score=scores, sample_weight=w)
    close = np.testing.assert_array_equal if w is None else np.testing.assert_allclose
    for mine, theirs in zip(
        widget.curve("roc"), quiet(roc_curve, labels, scores, pos_label=pos, sample_weight=w, drop_intermediate=False)
    ):
        close(mine, theirs)
    for mine, theirs in zip(
        widget.curve("pr"), quiet(precision_recall_curve, labels, scores, pos_label=pos, sample_weight=w)
    ):
        close(mine, theirs)
    assert widget.auc == pytest.approx(roc_auc_score(y, scores, sample_weight=w), rel=1e-12)
    assert widget.average_precision == pytest.approx(
        average_precision_score(labels, scores, pos_label=pos, sample_weight=w), rel=1e-12
    )


def test_curve_of_the_other_positive_class_and_two_columns():
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 300)
    p1 = np.clip(rng.random(300) * 0.6 + 0.4 * y, 0, 1)
    proba = np.column_stack((1 - p1, p1))
    w = ConfusionMatrixWidget(y, y_score=proba, pos_label=0)
    fpr, _tpr, thr = roc_curve(y, proba[:, 0], pos_label=0, drop_intermediate=False)
    np.testing.assert_array_equal(w.curve("roc")[0], fpr)
    np.testing.assert_array_equal(w.curve("roc")[2], thr)
    assert w.auc == pytest.approx(roc_auc_score(y == 0, proba[:, 0]), rel=1e-12)


def test_threshold_for_gives_counts_that_meet_the_target():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 2, 2000)
    scores = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=scores)
    w.threshold = w.threshold_for(tpr=0.9)
    tn, fp, fn, tp = confusion_matrix(y, scores >= w.threshold).ravel()
    assert tp / (tp + fn) >= 0.9
    assert (scores[y == 1] >= w.threshold).mean() >= 0.9
    above = np.unique(scores[scores > w.threshold])
    assert len(above) == 0 or (scores[y == 1] >= above[0]).mean() < 0.9
    np.testing.assert_array_equal(w.counts, [[tn, fp], [fn, tp]])
    w.threshold = w.threshold_for(fpr=0.1)
    assert (scores[y == 0] >= w.threshold).mean() <= 0.1
    w.threshold = w.threshold_for(precision=0.8)
    assert w.metrics["binary"]["precision"] >= 0.8


def test_curves_need_binary_scores():
    w = ConfusionMatrixWidget([0, 1, 2, 1], [0, 1, 1, 1])
    for call in (lambda: w.curve(), lambda: w.auc, lambda: w.threshold_for(tpr=0.5)):
        with pytest.raises(ValueError, match="binary scores"):
            call()
    b = ConfusionMatrixWidget([0, 1, 1], y_score=[0.2, 0.6, 0.9])
    with pytest.raises(ValueError, match="'roc' or 'pr'"):
        b.curve("det")
    fpr = b.curve()[0]
    with pytest.raises(ValueError):
        fpr[0] = 1.0


# ------------------------------------------------------- abstain and top-k


@st.composite
def multiclass_case(draw):
    k = draw(st.integers(3, 6))
    n = draw(st.integers(k, 80))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    y = rng.integers(0, k, n)
    y[:k] = np.arange(k)
    kind = draw(st.sampled_from(["proba", "ties", "logits"]))
    if kind == "proba":
        s = rng.dirichlet(np.ones(k), n)
    elif kind == "ties":
        s = rng.integers(0, 4, (n, k)) / 4.0
    else:
        s = rng.normal(size=(n, k)) * 2
    w = rng.random(n) * 2 if draw(st.booleans()) else None
    top = s.max(axis=1)
    abstain = draw(st.sampled_from([None, "low", "mid", "high"]))
    if abstain is not None:
        abstain = {"low": top.min(), "mid": float(np.median(top)), "high": top.max()}[abstain]
    top_k = draw(st.integers(1, k))
    return y, s, w, abstain, top_k


def naive(y, s, abstain, top_k):
    """Predictions by scikit-learn's ranking, with K standing for 'abstained'."""
    k = s.shape[1]
    ranked = np.argsort(s, axis=1, kind="mergesort")[:, ::-1]
    pred = np.argmax(s, axis=1)
    if top_k > 1:
        hit = (ranked[:, :top_k] == y[:, None]).any(axis=1)
        pred = np.where(hit, y, pred)
    if abstain is not None:
        pred = np.where(s.max(axis=1) < abstain, k, pred)
    return pred


@given(multiclass_case())
@SETTINGS
def test_abstain_and_top_k_equal_a_naive_relabelling(case):
    y, s, w, abstain, top_k = case
    k = s.shape[1]
    widget = ConfusionMatrixWidget(y, y_score=s, sample_weight=w, abstain=abstain, top_k=top_k)
    pred = naive(y, s, abstain, top_k)
    cols = k + (abstain is not None)
    expected = confusion_matrix(y, pred, labels=range(cols), sample_weight=w)[:k, :cols]
    close = np.testing.assert_array_equal if w is None else np.testing.assert_allclose
    close(widget.counts, expected)
    for i in range(k):
        for j in range(cols):
            np.testing.assert_array_equal(
                widget.indices(i, j if j < k else "abstained"), np.flatnonzero((y == i) & (pred == j))
            )
    m = widget.metrics
    p, r, f, sup = quiet(precision_recall_fscore_support, y, pred, labels=range(k), sample_weight=w, zero_division=0)
    np.testing.assert_allclose(m["precision"], p)
    np.testing.assert_allclose(m["recall"], r)
    np.testing.assert_allclose(m["f1"], f)
    np.testing.assert_allclose(m["support"], sup)
    assert m["accuracy"] == pytest.approx(accuracy_score(y, pred, sample_weight=w))
    if abstain is None and all(len(np.unique(row)) == k for row in s):
        # With tied scores the top-1 prediction is numpy's argmax (the first tied column) while
        # scikit-learn's ranking puts the last first: a tie may be a hit here and a miss there.
        assert m["accuracy"] == pytest.approx(
            quiet(top_k_accuracy_score, y, s, k=top_k, sample_weight=w, labels=range(k))
        )
    if abstain is not None:
        ww = np.ones(len(y)) if w is None else w
        covered = pred < k
        assert m["coverage"] == pytest.approx(ww[covered].sum() / ww.sum())
        expect = (ww[covered & (pred == y)].sum() / ww[covered].sum()) if ww[covered].sum() else 0.0
        assert m["covered_accuracy"] == pytest.approx(expect)


def test_abstain_moves_follow_a_naive_recount():
    rng = np.random.default_rng(5)
    n, k = 5000, 5
    y = rng.integers(0, k, n)
    s = rng.dirichlet(np.ones(k) * 0.7, n)
    w = ConfusionMatrixWidget(y, y_score=s, abstain=0.5)
    for a in [0.5, 0.52, 0.9, 0.3, 0.3, 0.31, 1.0, 0.2, 0.6, 0.61, 0.59]:
        w.abstain = a
        pred = naive(y, s, a, 1)
        np.testing.assert_array_equal(w.counts, confusion_matrix(y, pred, labels=range(k + 1))[:k])


def test_an_abstain_move_does_not_rescan_the_scores(monkeypatch):
    rng = np.random.default_rng(6)
    n, k = 200_000, 10
    y = rng.integers(0, k, n)
    s = rng.dirichlet(np.ones(k), n)
    w = ConfusionMatrixWidget(y, y_score=s, abstain=0.3)
    w.abstain = 0.31  # the sorted top scores exist from here on
    engine = w._engine
    seen = []
    real_bincount, real_argsort = np.bincount, np.argsort

    def bincount(x, *a, **kw):
        seen.append(("bincount", len(x)))
        return real_bincount(x, *a, **kw)

    def argsort(x, *a, **kw):
        seen.append(("argsort", len(x)))
        return real_argsort(x, *a, **kw)

    import cm_widget._engine.multiclass as mc

    monkeypatch.setattr(mc.np, "bincount", bincount)
    monkeypatch.setattr(mc.np, "argsort", argsort)
    monkeypatch.setattr(type(engine), "top_scores", lambda *a, **kw: pytest.fail("top scores recomputed"))
    a = 0.31
    for _ in range(20):
        a += 0.001
        w.abstain = a
    moved = int(((s.max(axis=1) >= 0.31) & (s.max(axis=1) < a)).sum())
    assert not any(kind == "argsort" for kind, _ in seen)
    assert sum(size for _, size in seen) <= moved + 5, seen  # only the samples that crossed


def test_selection_of_the_abstained_column():
    rng = np.random.default_rng(7)
    y = rng.integers(0, 3, 200)
    s = rng.dirichlet(np.ones(3), 200)
    w = ConfusionMatrixWidget(y, y_score=s, display_labels=["a", "b", "c"], abstain=0.5)
    w.selected = (2, 3)
    expect = np.flatnonzero((y == 2) & (s.max(axis=1) < 0.5))
    np.testing.assert_array_equal(w.selected_indices, expect)
    assert w._selection["indices"] == expect[:100].tolist()
    words = "".join(part["text"] for part in w._selection["sentence"])
    assert (
        words
        == f"{len(expect)} samples are truly c but the model abstained ({100 * len(expect) / (y == 2).sum():.1f}% of true c)."
    )
    w.abstain = None  # the column is gone: so is a selection in it
    assert w.selected is None and w.counts.shape == (3, 3)
    with pytest.raises(traitlets.TraitError, match="outside"):
        w.selected = (0, 3)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"abstain": 1.5}, "outside the range"),
        ({"abstain": "0.5"}, "finite number"),
        ({"abstain": float("nan")}, "finite number"),
        ({"top_k": 0}, "between 1"),
        ({"top_k": 4}, "between 1"),
        ({"top_k": True}, "int"),
    ],
)
def test_bad_abstain_and_top_k(kwargs, match):
    s = np.array([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1], [0.1, 0.8, 0.1]])
    with pytest.raises(ValueError, match=match):
        ConfusionMatrixWidget([2, 0, 1], y_score=s, **kwargs)
    w = ConfusionMatrixWidget([2, 0, 1], y_score=s)
    with pytest.raises(traitlets.TraitError, match=match):
        setattr(w, *kwargs.items().__iter__().__next__())


@pytest.mark.parametrize("kwargs", [{"abstain": 0.5}, {"top_k": 2}])
def test_abstain_and_top_k_need_multiclass_scores(kwargs):
    with pytest.raises(ValueError, match=r"\(n, K\)"):
        ConfusionMatrixWidget([0, 1, 2], [0, 1, 1], **kwargs)
    with pytest.raises(ValueError, match=r"\(n, K\)"):
        ConfusionMatrixWidget([0, 1, 1], y_score=[0.1, 0.7, 0.4], **kwargs)


def test_the_page_may_move_abstain_and_top_k():
    s = np.array([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1], [0.1, 0.8, 0.1], [0.4, 0.35, 0.25]])
    w = ConfusionMatrixWidget([2, 0, 1, 1], y_score=s)
    w.set_state({"abstain": 0.45, "top_k": 2})
    assert (w.abstain, w.top_k) == (0.45, 2)
    np.testing.assert_array_equal(w.counts, [[1, 0, 0, 0], [0, 1, 0, 1], [0, 0, 1, 0]])
    w.set_state({"abstain": "junk"})  # refused, logged; the widget keeps its value
    assert w.abstain == 0.45


# ------------------------------------------------------------ page state


def test_the_page_gets_the_curves_when_it_asks_and_each_drawn_point_is_exact():
    rng = np.random.default_rng(8)
    n = 20_000
    y = rng.integers(0, 2, n)
    scores = np.clip(rng.normal(0.4 + 0.2 * y, 0.2), 0, 1)
    w = ConfusionMatrixWidget(y, y_score=scores)
    assert w._curves == {}  # nothing is sorted until the page asks
    w._on_custom_msg(w, {"type": "curves"}, [])
    c = w._curves
    x = np.frombuffer(c["roc"]["x"], "<f4")
    yy = np.frombuffer(c["roc"]["y"], "<f4")
    t = np.frombuffer(c["roc"]["t"], "<f8")
    assert len(x) <= 4 * 1000 < n
    assert c["auc"] == pytest.approx(roc_auc_score(y, scores), rel=1e-12)
    assert c["ap"] == pytest.approx(average_precision_score(y, scores), rel=1e-12)
    picked = rng.choice(np.flatnonzero(t < 1.0), 5, replace=False)
    for i in picked:  # choosing a drawn point sets its threshold: the counts are that point's
        w.threshold = float(t[i])
        tn, fp, fn, tp = confusion_matrix(y, scores >= t[i]).ravel()
        np.testing.assert_array_equal(w.counts, [[tn, fp], [fn, tp]])
        assert x[i] == np.float32(fp / (fp + tn)) and yy[i] == np.float32(tp / (tp + fn))
    for target in c["targets"]:
        assert 0 <= target["threshold"] <= 1
    assert [g["name"] for g in c["targets"]][:2] == ["90% recall", "95% recall"]


def test_the_page_state_of_abstain_and_of_label_cells():
    rng = np.random.default_rng(9)
    y = rng.integers(0, 4, 500)
    s = rng.dirichlet(np.ones(4), 500)
    w = ConfusionMatrixWidget(y, y_score=s)
    assert w._scores["kind"] == "multiclass" and "coverage" not in w._scores
    w.abstain = 0.45
    abstained = s.max(axis=1) < 0.45
    assert w._scores["abstained"] == np.bincount(y[abstained], minlength=4).tolist()
    assert w._scores["coverage"] == pytest.approx(1 - abstained.mean())
    # The page gets the whole (K, K + 1) matrix: it normalises each row with its abstained count.
    oracle = confusion_matrix(y, np.where(abstained, 4, s.argmax(axis=1)), labels=range(5))[:4]
    m = w._matrix
    page = np.frombuffer(m["counts"], dtype=np.dtype(m["dtype"]).newbyteorder("<")).reshape(m["k"], m["cols"])
    assert (m["k"], m["cols"]) == (4, 5)
    np.testing.assert_array_equal(page, oracle)
    w.abstain = None
    assert (w._matrix["k"], w._matrix["cols"]) == (4, 4)
    assert len(w._matrix["counts"]) == 16 * np.dtype(w._matrix["dtype"]).itemsize
    yt = (rng.random((300, 3)) < 0.4).astype(int)
    sc = rng.random((300, 3))
    ml = ConfusionMatrixWidget.multilabel(yt, y_score=sc)
    ml._on_custom_msg(ml, {"type": "label_cell", "label": 1, "cell": "fn"}, [])
    expect = np.flatnonzero((yt[:, 1] == 1) & (sc[:, 1] < 0.5))
    assert ml._scores["focus"] == {"label": 1, "cell": "fn", "total": len(expect), "indices": expect[:100].tolist()}
    for bad in (
        {"type": "label_cell", "label": 7, "cell": "fn"},
        {"type": "label_cell", "label": 1, "cell": "x"},
        {"type": "label_cell", "label": True, "cell": "tp"},
    ):
        ml._on_custom_msg(ml, bad, [])  # logged and ignored
    assert ml._scores["focus"]["label"] == 1
    w._on_custom_msg(w, {"type": "label_cell", "label": 0, "cell": "tp"}, [])  # not multi-label: ignored


_EMBEDDED = """
import { embeddedSource } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const src = embeddedSource(JSON.parse(input));
  const curves = src.get("_curves");
  const t = curves && curves.roc ? curves.roc.t : null;
  process.stdout.write(JSON.stringify({
    scores: src.get("_scores"), notes: src.get("_notes"), binary: src.get("_binary"),
    curveBytes: t ? t.byteLength : 0,
  }));
});
"""


def embedded(widget):
    from cm_widget._export import page_data

    return run_script(_EMBEDDED % js_module("core/source_embedded.js"), page_data(widget), timeout=60)


def test_a_page_without_kernel_draws_the_curves_and_hides_what_needs_a_kernel():
    rng = np.random.default_rng(10)
    y = rng.integers(0, 2, 300)
    b = ConfusionMatrixWidget(y, y_score=np.clip(0.3 * y + 0.7 * rng.random(300), 0, 1))
    page = embedded(b)
    assert page["curveBytes"] == len(b._curves["roc"]["t"]) > 0  # computed for the file
    assert page["binary"]["lo"] == 0.0
    y3 = rng.integers(0, 3, 300)
    m = ConfusionMatrixWidget(y3, y_score=rng.dirichlet(np.ones(3), 300), abstain=0.5)
    page = embedded(m)
    assert page["scores"] == {} and any("live kernel" in note for note in page["notes"])
    m.abstain = None  # the argmax matrix: the file lists its cells, and offers no abstain it cannot recount
    page = embedded(m)
    assert page["scores"] == {} and not any("live kernel" in note for note in page["notes"])


def test_the_static_figure_and_table_show_the_abstained_column():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from cm_widget._export.figure import html_table

    rng = np.random.default_rng(11)
    y = rng.integers(0, 3, 120)
    s = rng.dirichlet(np.ones(3), 120)
    w = ConfusionMatrixWidget(y, y_score=s, display_labels=["a", "b", "c"], abstain=0.5)
    fig = w.to_figure()
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b", "c", "abstained"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b", "c"]
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert texts[(2, 3)] == str(int(((y == 2) & (s.max(axis=1) < 0.5)).sum()))
    plt.close(fig)
    table = html_table(w._static_view())
    assert "<th>abstained</th>" in table
    assert table.count("<td") == 3 * 4


def test_abstain_with_samples_left_out_by_labels():
    rng = np.random.default_rng(12)
    y = rng.integers(0, 4, 300)  # class 3 has no score column: its samples are left out
    s = rng.dirichlet(np.ones(3), 300)
    with pytest.warns(UserWarning, match="not in labels"):
        w = ConfusionMatrixWidget(y, y_score=s, labels=[0, 1, 2], abstain=0.45)
    pred = np.where(s.max(axis=1) < 0.45, 9, s.argmax(axis=1))  # 9: abstained
    kept = y < 3
    expected = confusion_matrix(y[kept], pred[kept], labels=[0, 1, 2, 9])[:3]
    np.testing.assert_array_equal(w.counts, expected)
    np.testing.assert_array_equal(w.indices(1, "abstained"), np.flatnonzero((y == 1) & (pred == 9)))
    p, r, _, sup = quiet(precision_recall_fscore_support, y, pred, labels=[0, 1, 2], zero_division=0)
    m = w.metrics
    np.testing.assert_allclose(m["precision"], p)
    np.testing.assert_allclose(m["recall"], r)
    np.testing.assert_allclose(m["support"], sup)
    assert m["accuracy"] == pytest.approx(accuracy_score(y, pred))


def test_runs_keep_abstain_with_the_scored_run_and_curves_follow_the_shown_run():
    rng = np.random.default_rng(13)
    y = rng.integers(0, 3, 200)
    w = ConfusionMatrixWidget(y, y_score=rng.dirichlet(np.ones(3), 200), abstain=0.5, top_k=2)
    w.selected = (1, 3)  # the abstained column
    w.add_run(rng.integers(0, 3, 200), name="labels")  # shown at once: a plain matrix
    assert (w.run, w.abstain, w.top_k, w.counts.shape, w.selected) == ("labels", None, 1, (3, 3), None)
    with pytest.raises(traitlets.TraitError, match=r"\(n, K\)"):
        w.abstain = 0.5
    w.run = "run 1"
    w.abstain = 0.5
    assert w.counts.shape == (3, 4)

    yb = rng.integers(0, 2, 300)
    first, second = rng.random(300), np.clip(0.4 * yb + 0.6 * rng.random(300), 0, 1)
    b = ConfusionMatrixWidget(yb, y_score=first)
    b._on_custom_msg(b, {"type": "curves"}, [])
    assert b.auc == pytest.approx(roc_auc_score(yb, first))
    b.add_run(y_score=second, name="later")
    assert b.run == "later" and b._curves == {}  # the page asks again for the shown run's curves
    assert b.auc == pytest.approx(roc_auc_score(yb, second))
    np.testing.assert_array_equal(b.curve("roc")[1], roc_curve(yb, second, drop_intermediate=False)[1])
    b._on_custom_msg(b, {"type": "curves"}, [])
    assert b._curves["auc"] == pytest.approx(roc_auc_score(yb, second))
    ml = ConfusionMatrixWidget.multilabel([[0, 1], [1, 0]], [[0, 1], [1, 1]])
    with pytest.raises(ValueError, match="multi-label"):
        ml.add_run([[0, 1], [1, 1]])


def test_abstain_with_a_display_order():
    rng = np.random.default_rng(14)
    y = rng.integers(0, 3, 300)
    s = rng.dirichlet(np.ones(3), 300)
    w = ConfusionMatrixWidget(y, y_score=s, display_labels=["a", "b", "c"], abstain=0.5, order="support")
    square = w.counts[:, :3]
    shown = w.class_order
    assert sorted(shown.tolist()) == [0, 1, 2]
    view = w._static_view()  # rows and columns in display order, the abstained column last
    assert view.column_labels == [*view.labels, "abstained"]
    np.testing.assert_array_equal(view.counts[:, :3], square[np.ix_(shown, shown)])
    np.testing.assert_array_equal(view.counts[:, 3], w.counts[shown, 3])
    # The largest errors are cells of the class matrix: abstaining is not a confusion.
    assert {p for _, p, _, _ in w.top_confusions(9)} <= set(w.classes.tolist())


def test_a_table_counted_in_dask_offers_no_curves():
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(15)
    df = pd.DataFrame({"y": rng.integers(0, 2, 400), "s": rng.random(400)})
    w = ConfusionMatrixWidget.from_dataframe(dd.from_pandas(df, npartitions=2), "y", y_score="s")
    with pytest.raises(ValueError, match="Dask or Spark"):
        w.curve("roc")
    w._on_custom_msg(w, {"type": "curves"}, [])  # the page's ask: no answer, nothing logged
    assert w._curves == {}


def test_shares_of_a_true_row_count_its_abstained_samples():
    # "x% of true cat" means of every sample of cat, as w.matrix with normalize="true" does.
    rng = np.random.default_rng(21)
    y = rng.integers(0, 4, 600)
    proba = rng.dirichlet(np.ones(4), 600)
    w = ConfusionMatrixWidget(y, y_score=proba, abstain=0.5)
    pred = np.where(proba.max(axis=1) < 0.5, 4, proba.argmax(axis=1))
    full = confusion_matrix(y, pred, labels=range(5))[:4]
    for i, j, count, share in w.top_confusions(5):
        assert count == full[i, j] and share == pytest.approx(full[i, j] / full[i].sum(), rel=1e-12)
    w.normalize = "true"
    i, j, _, share = w.top_confusions(1)[0]
    assert share == pytest.approx(w.matrix[i, j], rel=1e-12)
    # The page ranks them too: its shares come from the same rows.
    page = embedded_keys(w, ["top"])
    for (i, j, count, share), (pi, pj, pc, ps) in zip(w.top_confusions(5), page["top"]):
        assert (pi, pj, pc) == (i, j, count) and ps == pytest.approx(share, rel=1e-12)
    # The sentence of a selected cell, in the kernel and in the file.
    w.selected = (i, j)
    words = f"({100 * full[i, j] / full[i].sum():.1f}% of true "
    assert words in "".join(part["text"] for part in w._selection["sentence"])
    w.selected = None
    sentence = embedded_keys(w, ["selection"], {"selected": [i, j]})["selection"]["sentence"]
    assert words in "".join(part["text"] for part in sentence)
    # An abstained cell of the file reads as the kernel's does.
    w.selected = (1, 4)
    kernel = "".join(part["text"] for part in w._selection["sentence"])
    assert f"{full[1, 4]} samples are truly" in kernel and "but the model abstained" in kernel
    w.selected = None
    page = embedded_keys(w, ["selection", "notes"], {"selected": [1, 4]})
    assert "".join(part["text"] for part in page["selection"]["sentence"]) == kernel
    # The file says what it was saved with: abstain and top-k are fixed in it.
    assert any("abstain=0.5" in note and "top_k=1" in note for note in page["notes"])


_STATE_KEYS = """
import { embeddedSource } from %s;
import { createState } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const { data, keys, writes } = JSON.parse(input);
  const state = createState(embeddedSource(data));
  for (const [name, value] of Object.entries(writes)) state.set(name, value);
  process.stdout.write(JSON.stringify(Object.fromEntries(keys.map((k) => [k, state.get(k)]))));
});
"""


def embedded_keys(widget, keys, writes=None):
    """Decoded state keys (js/state.js) of the page ``to_html`` would write for ``widget``,
    after the page wrote ``writes`` ({intent: value}) as a user's clicks do."""
    from cm_widget._export import page_data

    script = _STATE_KEYS % (js_module("core/source_embedded.js"), js_module("core/state.js"))
    return run_script(script, {"data": page_data(widget), "keys": keys, "writes": writes or {}}, timeout=60)


@pytest.mark.parametrize("present, roc, pr", [(0, "positive", "positive"), (1, "negative", None)])
def test_curves_of_one_class_say_what_is_undefined(present, roc, pr):
    # With one class only, scikit-learn's ROC is NaN (and its PR recall undefined): the page is told, not drawn a line.
    rng = np.random.default_rng(5)
    w = ConfusionMatrixWidget(np.full(40, present), y_score=rng.random(40), labels=[0, 1])
    w._on_custom_msg(w, {"type": "curves"}, [])
    undefined = w._curves["undefined"]
    assert roc in undefined["roc"]
    assert (undefined["pr"] is None) if pr is None else (pr in undefined["pr"])
    both = ConfusionMatrixWidget(np.arange(40) % 2, y_score=rng.random(40))
    both._on_custom_msg(both, {"type": "curves"}, [])
    assert both._curves["undefined"] == {"roc": None, "pr": None}
