"""Slices in the kernel-free page (js/core/source_embedded.js run in Node): switching slices offline.

The file embeds every sample with its slice, so the page shows another slice (or all of them), lists
that slice's samples in a cell, and recounts every slice's small multiple, the metrics per slice and
the slice that differs most at another threshold. Oracles: pandas ``groupby`` with scikit-learn's
``confusion_matrix`` and metrics, numpy masks, a naive loop for the slice that differs most; and the
kernel (``slice_counts``, ``slice_metrics``, ``most_different_slice``, ``indices`` with the slice shown).
"""

from __future__ import annotations

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from node_js import needs_node, run_pages
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, recall_score

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._export import page_data, round_down_f32
from cm_widget._export.html import fragment
from cm_widget._export.pack import unpack_json

pytestmark = needs_node

NAMES = np.array(["north", "south", "east", "west", "up"])


def _bytes(value):
    return np.asarray(value).tobytes() if not isinstance(value, (bytes, bytearray)) else bytes(value)


def _stacked(raw, s, k):
    """The (S, K, C) counts of a ``_slices`` value (every slice's matrix stacked, as ``_matrix``)."""
    m = raw["matrix"]
    counts = np.frombuffer(_bytes(m["counts"]), dtype=np.dtype(m["dtype"]).newbyteorder("<")).astype(np.float64)
    return counts.reshape(s, k, m.get("cols", k))


def _cm(yt, pred, k, weights=None):
    """scikit-learn's matrix; rows that weigh nothing count nothing (scikit-learn refuses them)."""
    if weights is not None and not np.any(weights):
        return np.zeros((k, k))
    return confusion_matrix(yt, pred, labels=list(range(k)), sample_weight=weights)


def _oracle_counts(yt, pred, groups, names, k, weights):
    """Each slice's matrix: pandas groups the rows, scikit-learn counts them."""
    df = pd.DataFrame({"t": yt, "p": pred, "g": groups, "w": np.ones(len(yt)) if weights is None else weights})
    found = {
        key: _cm(part["t"].to_numpy(), part["p"].to_numpy(), k, part["w"].to_numpy())
        for key, part in df.groupby("g", sort=True)
    }
    return np.stack([found[name] for name in names]).astype(np.float64)


def _oracle_metrics(yt, pred, m, k, weights):
    sw = None if weights is None else weights[m]
    if sw is not None and sw.sum() == 0:
        return 0.0, 0.0, 0.0  # nothing weighs in the slice: scikit-learn divides by zero, the widget says 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        acc = accuracy_score(yt[m], pred[m], sample_weight=sw)
        f1 = f1_score(yt[m], pred[m], labels=list(range(k)), average="macro", zero_division=0, sample_weight=sw)
        present = np.unique(yt[m] if weights is None else yt[m & (weights > 0)])  # a class of zero weight is absent
        bal = recall_score(yt[m], pred[m], labels=present, average=None, zero_division=0, sample_weight=sw).mean()
    return acc, bal, f1


def _naive_most_different(yt, pred, groups, names, weights):
    """Each slice's accuracy against the other slices' together, one slice at a time (first on ties)."""
    w = np.ones(len(yt)) if weights is None else weights
    best = None
    for s, name in enumerate(names):
        m = groups == name
        n_in, n_out = w[m].sum(), w[~m].sum()
        if n_in <= 0 or n_out <= 0:
            continue
        value = w[m & (yt == pred)].sum() / n_in
        rest = w[~m & (yt == pred)].sum() / n_out
        if best is None or abs(value - rest) > best[1] + 1e-9:
            best = (s, abs(value - rest), value, rest)
    return best


@st.composite
def cases(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    kind = draw(st.sampled_from(["labels", "binary"]))
    n = draw(st.integers(6, 120))
    k = 2 if kind == "binary" else draw(st.integers(2, 5))
    weighted = draw(st.booleans())
    yt = rng.integers(0, k, n)
    yt[:k] = np.arange(k)  # every class present: class codes are the labels
    groups = NAMES[rng.integers(0, draw(st.integers(1, 5)), n)]
    # whole and quarter weights add up exactly in any order; others only in the kernel's order
    weights = (rng.integers(0, 8, n) / 4 if draw(st.booleans()) else rng.random(n) * 3) if weighted else None
    if kind == "binary":
        data = {"y_score": np.round(rng.random(n), draw(st.sampled_from([1, 2, 6])))}
    else:
        data = {"y_pred": np.where(rng.random(n) < 0.5, yt, rng.integers(0, k, n))}
    names = sorted(set(groups.tolist()))
    saved = draw(st.sampled_from([None, *names]))
    moves = draw(
        st.lists(
            st.tuples(
                st.sampled_from([None, *names]),  # the slice the page shows
                st.floats(0, 1),  # a threshold (binary scores)
                st.tuples(st.integers(0, k - 1), st.integers(0, k - 1)),  # a cell clicked
            ),
            min_size=1,
            max_size=4,
        )
    )
    return {"kind": kind, "yt": yt, "groups": groups, "weights": weights, "saved": saved, "moves": moves, **data}


def _widget(c):
    kw = {"sample_weight": c["weights"], "slices": c["groups"]}
    if c["kind"] == "binary":
        w = W(c["yt"], y_score=c["y_score"], **kw)
    else:
        w = W(c["yt"], c["y_pred"], **kw)
    w.slice = c["saved"]
    return w


# No shrinking: a case of several widgets and moves shrinks for minutes; the failing case is printed as drawn.
FILE_CASES = settings(
    max_examples=40,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FILE_CASES
@given(st.lists(cases(), min_size=1, max_size=4))
def test_the_file_switches_slices_and_recounts_them_as_the_kernel_and_sklearn(drawn):
    jobs = []
    for c in drawn:
        w = _widget(c)
        steps = []
        for name, t, cell in c["moves"]:
            if c["kind"] == "binary":
                steps += [["set", "threshold", t], ["get", "threshold"]]
            steps += [
                ["set", "slice", name],
                ["get", "slice"],
                ["get", "_slices"],
                ["get", "_matrix"],
                ["get", "_metrics"],
            ]
            steps += [["set", "selected", list(cell)], ["cell"]]
        jobs.append({"data": page_data(w), "steps": steps})
    for c, got in zip(drawn, run_pages(jobs)):
        w = _widget(c)
        yt, groups, weights, k = c["yt"], c["groups"], c["weights"], len(w.classes)
        names = list(w.slices)
        got = iter(got)
        for name, _t, (i, j) in c["moves"]:
            if c["kind"] == "binary":
                t = next(got)
                # the page holds float32 thresholds; the kernel takes the one it shows
                assert t == float(round_down_f32(np.array([t]))[0])
                w.threshold = t
                pred = (c["y_score"] >= t).astype(int)
            else:
                pred = c["y_pred"]
            shown, slices, matrix, metrics, panel = (next(got) for _ in range(5))
            assert shown == name
            w.slice = name
            # every slice's small multiple: pandas + scikit-learn, and the kernel
            want = _oracle_counts(yt, pred, groups, names, k, weights)
            mine = _stacked(slices, len(names), k)
            np.testing.assert_allclose(mine, want, rtol=1e-12, atol=1e-9)
            np.testing.assert_array_equal(mine, w.slice_counts)
            assert slices.get("fixed") is not True
            # the metrics side by side: scikit-learn per slice, and equal to the kernel's
            table = w.slice_metrics()
            for s, sname in enumerate(names):
                acc, bal, f1 = _oracle_metrics(yt, pred, groups == sname, k, weights)
                assert slices["accuracy"][s] == pytest.approx(acc, rel=1e-12, abs=1e-12)
                assert slices["balanced_accuracy"][s] == pytest.approx(bal, rel=1e-12, abs=1e-12)
                assert slices["macro_f1"][s] == pytest.approx(f1, rel=1e-12, abs=1e-12)
                for key in ("samples", "accuracy", "balanced_accuracy", "macro_f1"):
                    assert slices[key][s] == table[key].iloc[s], (key, sname)
            # the slice that differs most: a naive loop, and the kernel's
            odd, kernel_odd = slices["most_different"], w.most_different_slice()
            naive = _naive_most_different(yt, pred, groups, names, weights)
            assert (odd is None) == (kernel_odd is None) == (naive is None)
            if odd is not None:
                assert names[odd["slice"]] == kernel_odd["slice"]
                assert odd["value"] == kernel_odd["value"] and odd["rest"] == kernel_odd["rest"]
                assert odd["value"] == pytest.approx(naive[2], rel=1e-9)
                assert abs(odd["value"] - odd["rest"]) == pytest.approx(naive[1], rel=1e-9, abs=1e-12)
            # the matrix and metrics shown: that slice's (or every sample's)
            m = np.ones(len(yt), bool) if name is None else groups == name
            cm = _cm(yt[m], pred[m], k, None if weights is None else weights[m])
            shown_counts = np.frombuffer(_bytes(matrix["counts"]), dtype=np.dtype(matrix["dtype"]).newbyteorder("<"))
            np.testing.assert_allclose(shown_counts.reshape(k, k), cm, rtol=1e-12, atol=1e-9)
            # the kernel adds binary weights in score order (its threshold index): equal up to rounding
            np.testing.assert_allclose(shown_counts.reshape(k, k), w.counts, rtol=1e-12, atol=1e-12)
            np.testing.assert_allclose(
                np.frombuffer(_bytes(metrics["per_class"]), "<f8"),
                np.frombuffer(w._metrics["per_class"], "<f8"),
                rtol=1e-12,
            )
            # a click on a cell lists that slice's samples: numpy's mask, and the kernel's indices
            assert panel["available"]
            np.testing.assert_array_equal(panel["indices"], np.flatnonzero(m & (yt == i) & (pred == j)))
            w.selected = (i, j)
            np.testing.assert_array_equal(panel["indices"], w.selected_indices)
            assert panel["text"] == "".join(p["text"] for p in w._selection["sentence"])


def test_a_file_without_slices_embeds_no_slice_codes():
    rng = np.random.default_rng(1)
    yt, yp = rng.integers(0, 3, 300), rng.integers(0, 3, 300)
    assert "slices" not in json.dumps(page_data(W(yt, yp))["samples"])


def test_the_saved_view_embeds_every_sample_with_its_slice_in_one_byte():
    rng = np.random.default_rng(3)
    n = 5000
    yt, yp = rng.integers(0, 4, n), rng.integers(0, 4, n)
    site = NAMES[rng.integers(0, 5, n)]
    w = W(yt, yp, slices=site)
    w.slice = "up"
    data = page_data(w)
    assert data["n"] == n
    assert len(np.frombuffer(__import__("base64").b64decode(data["samples"]["slices"]["data"]), np.uint8)) == n
    packed = fragment(w, css=True, code=False)
    doc = re.search(r'data-encoding="cmw-pack85"[^>]*>(.*?)</script>', packed).group(1)
    assert unpack_json(doc)["samples"]["slices"] == data["samples"]["slices"]


def test_more_samples_than_max_samples_keep_the_slice_shown_and_say_so():
    rng = np.random.default_rng(4)
    n = 300
    yt, yp = rng.integers(0, 3, n), rng.integers(0, 3, n)
    site = NAMES[rng.integers(0, 3, n)]
    w = W(yt, yp, slices=site)
    w.slice = "east"
    shown = int((site == "east").sum())
    data = page_data(w, max_samples=shown)
    assert data["n"] == shown and "slices" not in data["samples"]
    got = run_pages([{"data": data, "steps": [["get", "_slices"], ["set", "slice", "north"], ["get", "slice"]]}])[0]
    assert got[0]["fixed"] is True and got[1] == "east"
    assert any("max_samples" in note for note in data["state"]["values"]["_notes"])


def test_more_than_256_slices_travel_in_two_bytes_and_switch_in_the_page():
    rng = np.random.default_rng(6)
    n = 3000
    yt, yp = rng.integers(0, 3, n), rng.integers(0, 3, n)
    shop = rng.integers(0, 300, n)
    w = W(yt, yp, slices=shop)
    data = page_data(w)
    assert data["samples"]["slices"]["bytes"] == 2
    name = w.slices[280]
    m = shop == int(name)
    steps = [["set", "slice", name], ["get", "_matrix"], ["set", "selected", [1, 2]], ["cell"]]
    matrix, panel = run_pages([{"data": data, "steps": steps}])[0]
    counts = np.frombuffer(_bytes(matrix["counts"]), dtype=np.dtype(matrix["dtype"]).newbyteorder("<"))
    np.testing.assert_array_equal(counts.reshape(3, 3), confusion_matrix(yt[m], yp[m], labels=[0, 1, 2]))
    np.testing.assert_array_equal(panel["indices"], np.flatnonzero(m & (yt == 1) & (yp == 2)))


def _three(seed, n=240):
    rng = np.random.default_rng(seed)
    yt, yp = rng.integers(0, 3, n), rng.integers(0, 3, n)
    yt[:3] = [0, 1, 2]
    return rng, yt, yp, NAMES[rng.integers(0, 3, n)]


def test_the_file_of_a_second_run_switches_that_runs_slices():
    rng, yt, yp, site = _three(11)
    other = rng.integers(0, 3, len(yt))
    w = W(yt, yp, slices=site)
    w.add_run(other, name="b")
    w.run, w.slice = "b", "east"
    steps = [["set", "slice", "north"], ["get", "_matrix"], ["set", "selected", [2, 1]], ["cell"], ["get", "_slices"]]
    matrix, panel, slices = run_pages([{"data": page_data(w), "steps": steps}])[0]
    m = site == "north"
    counts = np.frombuffer(_bytes(matrix["counts"]), dtype=np.dtype(matrix["dtype"]).newbyteorder("<"))
    np.testing.assert_array_equal(counts.reshape(3, 3), confusion_matrix(yt[m], other[m], labels=[0, 1, 2]))
    np.testing.assert_array_equal(panel["indices"], np.flatnonzero(m & (yt == 2) & (other == 1)))
    want = _oracle_counts(yt, other, site, list(w.slices), 3, None)
    np.testing.assert_array_equal(_stacked(slices, len(w.slices), 3), want)


def test_the_file_of_a_table_with_ids_lists_the_ids_of_another_slice():
    _, yt, yp, site = _three(12)
    ids = np.arange(len(yt)) * 10 + 7
    df = pd.DataFrame({"label": yt, "pred": yp, "site": site, "key": ids})
    w = W.from_dataframe(df, "label", "pred", id="key", slices="site")
    w.slice = "east"
    steps = [["set", "slice", "up" if "up" in w.slices else "north"], ["set", "selected", {"row": 2}], ["cell"]]
    (panel,) = run_pages([{"data": page_data(w), "steps": steps}])[0]
    m = site == steps[0][2]
    np.testing.assert_array_equal(panel["indices"], ids[m & (yt == 2)])
    w.slice = steps[0][2]
    w.selected = {"row": 2}
    np.testing.assert_array_equal(panel["indices"], w.selected_indices)


# ------------------------------------------------------------ display orders of another slice


def _naive_order(counts, how):
    """Largest first, ties in class order: a plain sort of (-value, class) over a naive loop's sums."""
    k = len(counts)
    if how == "support":
        value = [sum(counts[i][j] for j in range(k)) for i in range(k)]
    else:
        value = [sum(counts[i][j] + counts[j][i] for j in range(k) if j != i) for i in range(k)]
    return sorted(range(k), key=lambda i: (-value[i], i))


@st.composite
def ordered_cases(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    k = draw(st.integers(3, 6))
    n = draw(st.integers(8, 150))
    yt = rng.integers(0, k, n)
    yt[:k] = np.arange(k)  # every class present: class codes are the labels
    yp = np.where(rng.random(n) < draw(st.sampled_from([0.2, 0.6])), yt, rng.integers(0, k, n))
    groups = NAMES[rng.integers(0, draw(st.integers(1, 5)), n)]
    weights = draw(st.sampled_from([None, "quarters", "floats"]))
    if weights == "quarters":
        weights = rng.integers(0, 8, n) / 4
    elif weights == "floats":
        weights = rng.random(n) * 3
    grouped = draw(st.booleans())
    by = {c: f"g{int(rng.integers(0, 3))}" for c in range(k)} if grouped else None
    names = sorted(set(groups.tolist()))
    return {
        "yt": yt,
        "yp": yp,
        "slices": groups,
        "weights": weights,
        "groups": by,
        "order": draw(st.sampled_from(["support", "errors", "cluster"])),
        "level": draw(st.sampled_from(["classes", "groups"])) if grouped else "classes",
        "saved": draw(st.sampled_from([None, *names])),
        "moves": draw(st.lists(st.sampled_from([None, *names]), min_size=1, max_size=4)),
        "later": draw(st.sampled_from(["support", "errors", "cluster", "name", "given"])),
    }


def _ordered_widget(c):
    w = W(c["yt"], c["yp"], slices=c["slices"], sample_weight=c["weights"], groups=c["groups"], order=c["order"])
    w.level = c["level"]
    w.slice = c["saved"]
    return w


def _positions(order, key="classes"):
    """Positions of an ``_order`` value (bytes of its dtype, little-endian), or None."""
    raw = order[key]
    return None if raw is None else np.frombuffer(_bytes(raw), np.dtype(order["dtype"]).newbyteorder("<")).tolist()


@FILE_CASES
@given(st.lists(ordered_cases(), min_size=1, max_size=4))
def test_the_file_orders_another_slices_classes_as_the_kernel(drawn):
    jobs = []
    for c in drawn:
        steps = []
        for name in c["moves"]:
            steps += [["set", "slice", name], ["get", "order"], ["get", "_order"]]
        # another order picked in the page: that of the slice shown
        steps += [["set", "order", c["later"]], ["get", "order"], ["get", "_order"]]
        jobs.append({"data": page_data(_ordered_widget(c)), "steps": steps})
    for c, got in zip(drawn, run_pages(jobs)):
        w = _ordered_widget(c)
        k = len(w.classes)
        got = iter(got)
        for name in [*c["moves"], "later"]:
            if name == "later":
                w.order = c["later"]
            else:
                w.slice = name
            how, shown = next(got), next(got)
            assert how == w.order
            assert _positions(shown) == w.class_order.tolist(), (name, w.order)
            assert _positions(shown, "groups") == (None if w.group_order is None else w.group_order.tolist())
            if w.order in ("support", "errors") and c["groups"] is None and c["weights"] is None:
                # whole counts: a naive loop over scikit-learn's matrix of the slice shown
                m = np.ones(len(c["yt"]), bool) if w.slice is None else c["slices"] == w.slice
                cm = confusion_matrix(c["yt"][m], c["yp"][m], labels=list(range(k))).tolist()
                assert _positions(shown) == _naive_order(cm, w.order)


def test_binary_slice_orders_do_not_move_with_the_threshold():
    """Why the page keeps each slice's orders at any threshold: for two classes the support is
    the truth's and both classes' errors are FP + FN (a tie: given order), in every slice."""
    rng = np.random.default_rng(21)
    n = 400
    yt = rng.integers(0, 2, n)
    score = np.round(rng.random(n), 2)
    site = NAMES[rng.integers(0, 4, n)]
    weights = rng.random(n) * 3
    for how in ("support", "errors", "cluster"):
        w = W(yt, y_score=score, slices=site, sample_weight=weights, order=how)
        for name in [None, *w.slices]:
            w.slice = name
            seen = set()
            for t in np.linspace(0, 1, 41):
                w.threshold = float(t)
                seen.add(tuple(w.class_order.tolist()))
            assert len(seen) == 1, (how, name, seen)
    # and the page, moved to another slice and threshold, shows the kernel's order there
    w = W(yt, y_score=score, slices=site, sample_weight=weights, order="support")
    w.slice = "north"
    steps = [["set", "slice", "south"], ["set", "threshold", 0.8], ["get", "_order"], ["get", "threshold"]]
    shown, t = run_pages([{"data": page_data(w), "steps": steps}])[0]
    w.slice, w.threshold = "south", t
    assert _positions(shown) == w.class_order.tolist()
    m = site == "south"
    support = np.bincount(yt[m], weights=weights[m], minlength=2)
    assert _positions(shown) == sorted(range(2), key=lambda i: (-support[i], i))


def test_too_many_slice_orders_keep_the_saved_one_and_say_so(monkeypatch):
    from cm_widget._export import slices as file_slices

    rng = np.random.default_rng(22)
    n = 600
    yt, yp = rng.integers(0, 4, n), rng.integers(0, 4, n)
    site = NAMES[rng.integers(0, 5, n)]
    w = W(yt, yp, slices=site, order="support")
    w.slice = "east"
    assert page_data(w).get("slice_orders")  # within the bound: every slice's orders travel
    monkeypatch.setattr(file_slices, "SLICE_ORDERS_MAX", 3 * 4)
    data = page_data(w)
    assert not data.get("slice_orders")
    assert any("order" in note and "east" in note for note in data["state"]["values"]["_notes"])
    saved = w.class_order.tolist()
    (shown,) = run_pages([{"data": data, "steps": [["set", "slice", "north"], ["get", "_order"]]}])[0]
    assert _positions(shown) == saved


def test_a_widget_without_slices_embeds_no_slice_orders():
    rng = np.random.default_rng(23)
    yt, yp = rng.integers(0, 4, 300), rng.integers(0, 4, 300)
    assert "slice_orders" not in page_data(W(yt, yp, order="support"))
