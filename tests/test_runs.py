"""Runs: several prediction sets over the same samples, checked against scikit-learn and numpy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import traitlets
from hypothesis import given, settings
from hypothesis import strategies as st
from saved import saved_counts
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from cm_widget import ConfusionMatrixWidget

settings.register_profile("runs", max_examples=40, deadline=None)


def _label_runs(seed, n, k, n_runs):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    preds = [np.where(rng.random(n) < 0.3 + 0.1 * r, y, rng.integers(0, k, n)) for r in range(n_runs)]
    return y, preds


def _decoded(matrix):
    """Counts as the page decodes the synced {k, dtype, counts}."""
    k = matrix["k"]
    return np.frombuffer(matrix["counts"], dtype=np.dtype(matrix["dtype"]).newbyteorder("<")).reshape(k, k)


def _widget_with_runs(y, preds, **kwargs):
    w = ConfusionMatrixWidget(y, preds[0], run="epoch 1", **kwargs)
    for r, p in enumerate(preds[1:], start=2):
        assert w.add_run(p, name=f"epoch {r}") == f"epoch {r}"
    return w


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 300),
    k=st.integers(2, 7),
    n_runs=st.integers(1, 5),
    weighted=st.booleans(),
)
def test_each_run_counts_metrics_indices_and_history_equal_sklearn(seed, n, k, n_runs, weighted):
    y, preds = _label_runs(seed, n, k, n_runs)
    labels = np.arange(k)
    weights = np.random.default_rng(seed + 1).random(n) if weighted else None
    w = _widget_with_runs(y, preds, labels=labels, sample_weight=weights)
    assert w.runs == tuple(f"epoch {r}" for r in range(1, n_runs + 1))
    assert w.run == w.runs[-1]  # each new run was shown as it arrived
    history = w.history
    for name, p in zip(w.runs, preds):
        w.run = name
        expected = confusion_matrix(y, p, labels=labels, sample_weight=weights)
        np.testing.assert_allclose(w.counts, expected)
        prec, rec, f1, support = precision_recall_fscore_support(
            y, p, labels=labels, sample_weight=weights, zero_division=0
        )
        m = w.metrics
        np.testing.assert_allclose(m["precision"], prec)
        np.testing.assert_allclose(m["recall"], rec)
        np.testing.assert_allclose(m["f1"], f1)
        row = history[w.runs.index(name)]
        assert row["run"] == name
        assert row["accuracy"] == pytest.approx(accuracy_score(y, p, sample_weight=weights))
        assert row["macro_f1"] == pytest.approx(
            f1_score(y, p, labels=labels, average="macro", sample_weight=weights, zero_division=0)
        )
        for i, j in ((0, 0), (0, k - 1), (k - 1, 0)):
            np.testing.assert_array_equal(w.indices(i, j), np.flatnonzero((y == i) & (p == j)))
    # any run's cell, whichever is shown
    w.run = w.runs[0]
    for name, p in zip(w.runs, preds):
        np.testing.assert_array_equal(w.indices(1, 0, run=name), np.flatnonzero((y == 1) & (p == 0)))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 300), k=st.integers(2, 6))
def test_diff_equals_numpy_masks(seed, n, k):
    y, (pa, pb) = _label_runs(seed, n, k, 2)
    w = _widget_with_runs(y, [pa, pb], labels=np.arange(k))
    d = w.diff("epoch 1", "epoch 2")
    labels = np.arange(k)
    np.testing.assert_array_equal(
        d["counts"], confusion_matrix(y, pb, labels=labels) - confusion_matrix(y, pa, labels=labels)
    )
    np.testing.assert_array_equal(d["fixed"], np.flatnonzero((pa != y) & (pb == y)))
    np.testing.assert_array_equal(d["broken"], np.flatnonzero((pa == y) & (pb != y)))
    np.testing.assert_array_equal(d["changed"], np.flatnonzero(pa != pb))
    assert all(d[key].dtype == np.int64 for key in ("fixed", "broken", "changed"))
    reverse = w.diff("epoch 2", "epoch 1")
    np.testing.assert_array_equal(reverse["counts"], -d["counts"])
    np.testing.assert_array_equal(reverse["fixed"], d["broken"])


def test_string_labels_runs_in_a_non_square_surprise_order():
    y = np.array(["cat", "dog", "emu", "cat", "dog", "emu", "cat"])
    a = np.array(["dog", "dog", "cat", "cat", "emu", "emu", "cat"])
    b = np.array(["cat", "dog", "emu", "dog", "dog", "cat", "cat"])
    labels = ["emu", "cat", "dog"]
    w = ConfusionMatrixWidget(y, a, labels=labels)
    assert w.run == "run 1"
    assert w.add_run(b) == "run 2"
    np.testing.assert_array_equal(w.counts, confusion_matrix(y, b, labels=labels))
    np.testing.assert_array_equal(w.indices("cat", "dog"), np.flatnonzero((y == "cat") & (b == "dog")))
    np.testing.assert_array_equal(w.indices("cat", "dog", run="run 1"), np.flatnonzero((y == "cat") & (a == "dog")))


@pytest.mark.parametrize("as_logits", [False, True])
def test_binary_score_runs_follow_the_threshold(as_logits):
    rng = np.random.default_rng(3)
    n = 500
    y = rng.integers(0, 2, n)
    score_runs = [np.clip(y * (0.2 + 0.15 * r) + rng.random(n) * 0.7, 0, 1).astype(np.float32) for r in range(3)]
    if as_logits:
        score_runs = [np.log(s + 1e-3) - np.log(1 - s + 1e-3) for s in score_runs]
    w = ConfusionMatrixWidget(y, y_score=score_runs[0].astype(np.float64))
    for s in score_runs[1:]:
        w.add_run(s)  # 1-D floats of a binary matrix are scores
    for t in (0.1, 0.5, 0.9) if not as_logits else (-1.0, 0.0, 1.5):
        w.threshold = t
        history = w.history
        for r, (name, s) in enumerate(zip(w.runs, score_runs)):
            pred = (s.astype(np.float32).astype(np.float64) >= t).astype(int)  # float32 scores, float64 compare
            w.run = name
            np.testing.assert_array_equal(w.counts, confusion_matrix(y, pred, labels=[0, 1]))
            assert history[r]["accuracy"] == pytest.approx(accuracy_score(y, pred))
            assert history[r]["macro_f1"] == pytest.approx(f1_score(y, pred, average="macro", zero_division=0))
            tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
            assert (history[r]["binary"]["tp"], history[r]["binary"]["fp"]) == (tp, fp)
            assert history[r]["binary"]["threshold"] == t
            np.testing.assert_array_equal(w.indices(1, 0), np.flatnonzero((y == 1) & (pred == 0)))
        pa, pb = ((score_runs[k] >= t).astype(int) for k in (0, 2))
        d = w.diff(w.runs[0], w.runs[2])
        np.testing.assert_array_equal(d["fixed"], np.flatnonzero((pa != y) & (pb == y)))
        np.testing.assert_array_equal(d["changed"], np.flatnonzero(pa != pb))


def test_torch_logits_go_in_as_they_are():
    torch = pytest.importorskip("torch")
    g = torch.Generator().manual_seed(0)
    y = torch.randint(0, 4, (200,), generator=g)
    logits = [torch.randn(200, 4, generator=g) for _ in range(3)]
    w = ConfusionMatrixWidget(y, y_score=logits[0], run="epoch 0")
    w.add_run(logits[1])
    w.add_run(y_score=logits[2], name="last")
    assert w.runs == ("epoch 0", "run 2", "last")
    for name, lg in zip(w.runs, logits):
        np.testing.assert_array_equal(
            w.diff(w.runs[0], name)["counts"]
            + confusion_matrix(y.numpy(), logits[0].argmax(1).numpy(), labels=range(4)),
            confusion_matrix(y.numpy(), lg.argmax(1).numpy(), labels=range(4)),
        )


def test_compare_moves_list_the_samples_that_entered_and_left_a_cell():
    y, (pa, pb) = _label_runs(11, 400, 4, 2)
    w = _widget_with_runs(y, [pa, pb])
    w.compare = "epoch 1"
    counts = w._compare
    assert counts["name"] == "epoch 1"
    assert counts["fixed"] == int(((pa != y) & (pb == y)).sum())
    assert counts["broken"] == int(((pa == y) & (pb != y)).sum())
    np.testing.assert_array_equal(_decoded(counts["matrix"]), confusion_matrix(y, pa))
    assert len(counts["lut"]) == 768
    for i, j in ((0, 0), (2, 1)):
        w.selected = (i, j)
        moves = w._moves
        entered = np.flatnonzero((y == i) & (pb == j) & (pa != j))
        left = np.flatnonzero((y == i) & (pa == j) & (pb != j))
        assert moves["entered"] == entered.tolist() and moves["came_from"] == pa[entered].tolist()
        assert moves["left"] == left.tolist() and moves["went_to"] == pb[left].tolist()
        assert (moves["n_entered"], moves["n_left"]) == (len(entered), len(left))
        # the selection keeps its meaning: the shown run's cell, in class space
        np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((y == i) & (pb == j)))
    w.compare = None
    assert w._compare == {} and w._moves == {}


def test_a_new_run_is_shown_unless_the_scrubber_moved_back():
    y, preds = _label_runs(5, 50, 3, 4)
    w = _widget_with_runs(y, preds[:2])
    assert w.run == "epoch 2"
    w.run = "epoch 1"
    w.add_run(preds[2], name="epoch 3")
    assert w.run == "epoch 1"
    np.testing.assert_array_equal(w.counts, confusion_matrix(y, preds[0], labels=range(3)))
    w.run = "epoch 3"
    w.add_run(preds[3], name="epoch 4")
    assert w.run == "epoch 4"
    assert w._runs["names"] == list(w.runs)
    assert w._runs["accuracy"] == pytest.approx([accuracy_score(y, p) for p in preds])


def test_runs_keep_narrow_predictions_and_at_most_two_indexes():
    rng = np.random.default_rng(0)
    n = 10_000
    y = rng.integers(0, 10, n)
    w = ConfusionMatrixWidget(y, rng.integers(0, 10, n))
    for _ in range(5):
        w.add_run(rng.integers(0, 10, n))
    added = [w._run_set[name] for name in w.runs[1:]]
    assert all(r.codes_pred.dtype == np.uint8 and r.scores is None for r in added)
    w.compare = w.runs[0]
    for name in w.runs:
        w.indices(0, 1, run=name)
        w.run = name
        w.selected = (1, 1)
        built = [e for e in w._run_set._engines.values() if e._cell_index is not None]
        assert len(w._run_set._engines) <= 2 and len(built) <= 2
    b = ConfusionMatrixWidget(y % 2, y_score=rng.random(n))
    b.add_run(rng.random(n).astype(np.float32))
    assert b._run_set[b.runs[1]].scores.dtype == np.float32  # float32 holds these scores exactly
    assert b._run_set[b.runs[1]].codes_pred is None


def test_returned_arrays_cannot_write_into_the_runs():
    y, (pa, pb) = _label_runs(1, 50, 3, 2)
    w = _widget_with_runs(y, [pa, pb])
    d = w.diff("epoch 1", "epoch 2")
    for key in ("counts", "fixed", "broken", "changed"):
        with pytest.raises(ValueError):
            d[key][...] = 0
    w.history[0]["accuracy"] = -1
    assert w.history[0]["accuracy"] >= 0


@pytest.mark.parametrize(
    "make, call, error, words",
    [
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y[:-1]), ValueError, "same order"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y + 5), ValueError, "labels="),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y.astype(str)), TypeError, "same kind"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y, name="run 1"), ValueError, "already a run"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y, name=3), TypeError, "non-empty string"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(), TypeError, "predictions"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(y, y_score=y), TypeError, "not both"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.add_run(np.ones((len(y), 7)) / 7), ValueError, "(n, 3)"),
        (
            lambda y: ConfusionMatrixWidget(y % 2, y_score=np.linspace(0, 1, len(y))),
            lambda w, y: w.add_run(y % 2),
            TypeError,
            "binary scores",
        ),
        (lambda y: ConfusionMatrixWidget.from_counts(np.eye(3)), lambda w, y: w.add_run(y), ValueError, "counts"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.diff("run 1", "nope"), ValueError, "b='nope'"),
        (lambda y: ConfusionMatrixWidget(y, y), lambda w, y: w.indices(0, 0, run="nope"), ValueError, "not a run"),
        (lambda y: ConfusionMatrixWidget(y, y, run=""), None, TypeError, "non-empty string"),
    ],
)
def test_bad_runs_get_a_clear_error(make, call, error, words):
    y = np.arange(30) % 3
    with pytest.raises(error, match=None) as info:
        w = make(y)
        call(w, y)
    assert words in str(info.value)


def test_runs_refuse_a_widget_that_left_samples_out():
    y = np.array([0, 1, 2, 0, 1, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = ConfusionMatrixWidget(y, y, labels=[0, 1])
    with pytest.raises(ValueError, match="labels= listing every class"):
        w.add_run(y)
    assert w.history[0]["accuracy"] == pytest.approx(accuracy_score(y, y))


def test_run_and_compare_reject_unknown_names_and_the_page_cannot_break_them():
    y, preds = _label_runs(2, 40, 3, 2)
    w = _widget_with_runs(y, preds)
    with pytest.raises(traitlets.TraitError, match="not a run"):
        w.run = "epoch 9"
    with pytest.raises(traitlets.TraitError, match="not a run"):
        w.compare = "epoch 9"
    w.set_state({"run": "epoch 9", "compare": 4})
    assert (w.run, w.compare) == ("epoch 2", None)
    w.set_state({"run": "epoch 1", "compare": "epoch 2"})
    assert (w.run, w.compare) == ("epoch 1", "epoch 2")
    np.testing.assert_array_equal(w.counts, confusion_matrix(y, preds[0], labels=range(3)))


def test_history_rows_are_copies_and_a_non_finite_logit_is_refused():
    y = np.arange(40) % 2
    w = ConfusionMatrixWidget(y, y_score=np.linspace(0, 1, 40))
    w.history[0]["binary"]["tp"] = -5
    assert w.history[0]["binary"]["tp"] >= 0
    m = ConfusionMatrixWidget(np.arange(30) % 3, y_score=np.eye(3)[np.arange(30) % 3])
    bad = np.ones((30, 3), dtype=np.float32)
    bad[7, 1] = np.nan
    with pytest.raises(ValueError, match="first at sample 7"):
        m.add_run(bad)


def test_compare_state_and_history_line_follow_the_threshold():
    rng = np.random.default_rng(8)
    y = rng.integers(0, 2, 300)
    a, b = rng.random(300), np.clip(y * 0.5 + rng.random(300) * 0.6, 0, 1)
    w = ConfusionMatrixWidget(y, y_score=a, run="a")
    w.add_run(b, name="b")
    w.compare = "a"
    w.selected = (1, 1)
    for t in (0.3, 0.7):
        w.threshold = t
        pa, pb = (a >= t).astype(int), (b >= t).astype(int)
        assert w._compare["fixed"] == int(((pa != y) & (pb == y)).sum())
        np.testing.assert_array_equal(_decoded(w._compare["matrix"]), confusion_matrix(y, pa, labels=[0, 1]))
        assert w._moves["entered"] == np.flatnonzero((y == 1) & (pb == 1) & (pa != 1))[:100].tolist()
        assert w._runs["accuracy"] == pytest.approx([accuracy_score(y, pa), accuracy_score(y, pb)])


def test_a_float32_score_just_below_the_threshold_is_negative_everywhere():
    # float32(0.7) < 0.7: compared in float32 it would pass the threshold 0.7, in float64 it does not.
    y = np.array([1, 1, 0, 0])
    first = np.array([0.9, 0.1, 0.1, 0.1])
    w = ConfusionMatrixWidget(y, y_score=first, threshold=0.7, run="a")
    w.add_run(np.array([0.7, 0.7, 0.1, 0.1], dtype=np.float32), name="b")
    assert float(np.float32(0.7)) < 0.7
    assert w.counts.tolist() == [[2, 0], [2, 0]]
    assert w.history[1]["accuracy"] == 0.5
    d = w.diff("a", "b")
    assert d["broken"].tolist() == [0] and d["changed"].tolist() == [0]
    w.compare = "a"
    w.selected = (1, 0)
    assert w._moves["entered"] == [0]


def test_the_kernel_free_page_keeps_the_shown_run_and_says_the_rest_needs_a_kernel():
    from cm_widget._export import page_data

    y, preds = _label_runs(4, 60, 3, 3)
    w = _widget_with_runs(y, preds)
    w.run = "epoch 2"
    w.compare = "epoch 1"
    w.selected = (0, 0)
    data = page_data(w)
    values = data["state"]["values"]
    assert values["_runs"] == {} and values["_compare"] == {} and values["_moves"] == {} and values["compare"] is None
    assert not any(b["path"][0] == "_compare" for b in data["state"]["buffers"])
    assert (
        values["_notes"][-1]
        == "This view shows the run 'epoch 2' of 3; the other runs and compare mode need a live kernel."
    )
    k = 3
    cells = np.frombuffer(__import__("base64").b64decode(data["samples"]["cells"]["data"]), np.uint8)
    np.testing.assert_array_equal(cells, y * k + preds[1])  # the samples' cells are the shown run's
    single = page_data(ConfusionMatrixWidget(y, preds[0]))
    assert not any("live kernel" in note for note in single["state"]["values"]["_notes"])


@pytest.mark.parametrize("weighted", [False, True])
def test_binary_history_of_runs_not_shown_equals_sklearn(weighted):
    rng = np.random.default_rng(21)
    y = np.where(rng.random(400) < 0.3, "sick", "well")
    weights = rng.random(400) if weighted else None
    scores = [rng.random(400) for _ in range(4)]
    w = ConfusionMatrixWidget(y, y_score=scores[0], sample_weight=weights, pos_label="sick", threshold=0.4)
    for s in scores[1:]:
        w.add_run(s)
    w.run = w.runs[0]  # the others are neither shown nor compared: counted without an engine
    w.threshold = 0.45  # and their rows are counted afresh
    for row, s in zip(w.history, scores):
        pred = np.where(s >= 0.45, "sick", "well")
        cm = confusion_matrix(y, pred, labels=["sick", "well"], sample_weight=weights)
        assert row["binary"]["tp"] == pytest.approx(cm[0, 0]) and row["binary"]["fp"] == pytest.approx(cm[1, 0])
        assert row["binary"]["fn"] == pytest.approx(cm[0, 1]) and row["binary"]["tn"] == pytest.approx(cm[1, 1])
        assert row["accuracy"] == pytest.approx(accuracy_score(y, pred, sample_weight=weights))


def _binary_oracle(y, s, t, weights=None):
    """scikit-learn's matrix of the scores as given: positive when ``s >= t`` (float64)."""
    return confusion_matrix(y, (np.asarray(s, dtype=np.float64) >= t).astype(int), labels=[0, 1], sample_weight=weights)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 120),
    t=st.sampled_from([0.5, 0.1, 0.7, 1 / 3]),
    n_runs=st.integers(2, 4),
    weighted=st.booleans(),
)
def test_binary_score_runs_count_the_scores_as_given(seed, n, t, n_runs, weighted):
    # Scores a few float64 ulps around the threshold: float32 would round many of them onto it.
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    weights = rng.integers(0, 3, n) + rng.random(n) if weighted else None
    runs = []
    for _ in range(n_runs):
        near = t + rng.integers(-4, 5, n) * np.spacing(t) + rng.choice([0.0, 1e-9, -1e-9], n)
        runs.append(np.where(rng.random(n) < 0.7, near, rng.random(n)))
    w = ConfusionMatrixWidget(y, y_score=runs[0], labels=[0, 1], sample_weight=weights, threshold=t)
    for s in runs[1:]:
        w.add_run(y_score=s) if rng.random() < 0.5 else w.add_run(s)
    history = w.history
    for name, s, row in zip(w.runs, runs, history):
        expected = _binary_oracle(y, s, t, weights)
        (tn, fp), (fn, tp) = expected
        assert (row["binary"]["tp"], row["binary"]["fp"], row["binary"]["fn"], row["binary"]["tn"]) == pytest.approx(
            (tp, fp, fn, tn)
        )
        assert row["accuracy"] == pytest.approx(accuracy_score(y, s >= t, sample_weight=weights))
    for name, s in zip(w.runs, runs):
        w.run = name
        np.testing.assert_allclose(w.counts, _binary_oracle(y, s, t, weights))
        np.testing.assert_array_equal(w.indices(0, 1), np.flatnonzero((y == 0) & (s >= t)))
    d = w.diff(w.runs[0], w.runs[-1])
    np.testing.assert_allclose(
        d["counts"], _binary_oracle(y, runs[-1], t, weights) - _binary_oracle(y, runs[0], t, weights)
    )
    np.testing.assert_array_equal(d["changed"], np.flatnonzero((runs[0] >= t) != (runs[-1] >= t)))


def test_a_score_a_hair_below_the_threshold_stays_negative_in_a_later_run():
    y = np.array([0, 0, 1, 1])
    w = ConfusionMatrixWidget(y, y_score=np.array([0.1, 0.2, 0.8, 0.9]), run="a")
    s1 = np.array([0.5 - 1e-9, 0.5 - 1e-9, 0.6, 0.7])
    w.add_run(y_score=s1, name="b")
    expected = _binary_oracle(y, s1, 0.5)
    assert expected.tolist() == [[2, 0], [0, 2]]
    np.testing.assert_array_equal(w.counts, expected)
    assert w.history[1]["accuracy"] == 1.0
    assert w.diff("a", "b")["counts"].tolist() == [[0, 0], [0, 0]]


def test_run_scores_are_float32_only_when_that_is_exact():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 1000)
    w = ConfusionMatrixWidget(y, y_score=rng.random(1000))
    w.add_run(rng.random(1000).astype(np.float32), name="f32")
    w.add_run(np.round(rng.random(1000) * 64) / 64, name="sixty-fourths")  # float64 values float32 holds
    w.add_run(rng.random(1000), name="f64")
    held = {name: w._run_set[name].scores for name in ("f32", "sixty-fourths", "f64")}
    assert held["f32"].dtype == np.float32 and held["sixty-fourths"].dtype == np.float32
    assert held["f64"].dtype == np.float64


@pytest.mark.parametrize("where", ["first run", "added run"])
def test_scores_beyond_float32_count_draw_and_export_like_sklearn(where):
    from cm_widget._export import page_data

    rng = np.random.default_rng(5)
    n = 200
    y = rng.integers(0, 2, n)
    big = 1e39 * rng.standard_normal(n)
    if where == "first run":
        w = ConfusionMatrixWidget(y, y_score=big)
    else:
        w = ConfusionMatrixWidget(y, y_score=rng.standard_normal(n))
        w.add_run(y_score=big)
    expected = _binary_oracle(y, big, 0.0)
    np.testing.assert_array_equal(w.counts, expected)
    row = w.history[-1]
    assert row["accuracy"] == pytest.approx(accuracy_score(y, big >= 0))
    assert (row["binary"]["tp"], row["binary"]["fp"]) == (expected[1, 1], expected[0, 1])
    w.threshold = 2e38  # above float32's largest value
    np.testing.assert_array_equal(w.counts, _binary_oracle(y, big, 2e38))
    w.threshold = 0.0
    html = w.to_html()
    assert "<html" in html.lower()
    bundle = w._repr_mimebundle_()
    assert bundle is not None
    data = page_data(w)
    np.testing.assert_array_equal(saved_counts(data), expected)


@pytest.mark.parametrize("kind", ["NaN", "+inf", "-inf"])
@pytest.mark.parametrize("shape", ["(n,)", "(n, 2)", "(n, K)"])
def test_non_finite_run_scores_get_the_constructors_error(kind, shape):
    value = {"NaN": np.nan, "+inf": np.inf, "-inf": -np.inf}[kind]
    n = 30
    if shape == "(n, K)":
        y = np.arange(n) % 3
        good, bad = np.eye(3)[y], np.eye(3)[(y + 1) % 3]
        bad[[4, 9, 11], 1] = value
    else:
        y = np.arange(n) % 2
        good = np.linspace(0, 1, n)
        bad = np.where(np.arange(n) % 3 == 0, 1.0, 0.0)  # whole numbers: no hint that these are scores
        bad[[4, 9, 11]] = value
        if shape == "(n, 2)":
            good, bad = np.c_[1 - good, good], np.c_[np.zeros(n), bad]
    with pytest.raises(ValueError) as built:
        ConfusionMatrixWidget(y, y_score=bad)
    assert f"3 non-finite values ({kind}; first at sample 4)" in str(built.value)
    w = ConfusionMatrixWidget(y, y_score=good)
    with pytest.raises(ValueError) as added:
        w.add_run(y_score=bad)
    assert str(added.value) == str(built.value)
    with pytest.raises(ValueError) as positional:
        w.add_run(bad)
    assert f"3 non-finite values ({kind}; first at sample 4)" in str(positional.value)
    assert w.runs == ("run 1",)


@pytest.mark.parametrize("shape", ["(n,)", "(n, 2)"])
def test_logits_after_runs_that_looked_like_probabilities_are_counted(shape):
    # An untrained logits model's first outputs may all lie in [0, 1]; later ones do not.
    rng = np.random.default_rng(9)
    n = 300
    y = rng.integers(0, 2, n)
    runs = [rng.uniform(0.3, 0.7, n), 4 * (y - 0.5) + rng.normal(0, 2, n), 8 * (y - 0.5) + rng.normal(0, 2, n)]
    as_given = (lambda s: s) if shape == "(n,)" else (lambda s: np.c_[np.zeros(n), s])  # log-odds = column 1 - 0
    w = ConfusionMatrixWidget(y, y_score=as_given(runs[0]), threshold=0.0, run="epoch 0")
    for epoch, s in enumerate(runs[1:], start=1):
        w.add_run(as_given(s), name=f"epoch {epoch}")
    lo, hi = min(s.min() for s in runs), max(s.max() for s in runs)
    for t in (0.0, 0.5, lo, hi, (lo + hi) / 3):
        w.threshold = t  # the whole range of every run is open to the threshold
        for row, name, s in zip(w.history, w.runs, runs):
            expected = _binary_oracle(y, s, t)
            assert row["accuracy"] == pytest.approx(accuracy_score(y, s >= t))
            assert (row["binary"]["tp"], row["binary"]["fp"]) == (expected[1, 1], expected[0, 1])
            w.run = name
            np.testing.assert_array_equal(w.counts, expected)
    w.threshold = 0.0
    assert "<html" in w.to_html().lower()


def test_probabilities_after_narrow_logits_open_the_threshold_range_to_them():
    rng = np.random.default_rng(10)
    y = rng.integers(0, 2, 200)
    w = ConfusionMatrixWidget(y, y_score=rng.uniform(-0.3, 0.2, 200))
    later = rng.random(200) * 0.99
    w.add_run(later)
    w.threshold = float(later.max())
    np.testing.assert_array_equal(w.counts, _binary_oracle(y, later, later.max()))
    assert w.counts[:, 1].sum() == 1


def test_compare_mode_names_the_colormap_whose_colours_it_sends():
    import matplotlib

    y, (a, b) = _label_runs(4, 120, 3, 2)
    w = ConfusionMatrixWidget(y, a, run="epoch 1", cmap="Blues")
    w.add_run(b, name="epoch 2")
    w.compare = "epoch 1"
    name = w._compare["cmap"]
    assert name != "Blues"
    table = matplotlib.colormaps[name](np.linspace(0, 1, 256))[:, :3]
    sent = np.frombuffer(w._compare["lut"], dtype=np.uint8).reshape(256, 3)
    assert np.abs(sent.astype(int) - np.round(table * 255).astype(int)).max() <= 1
