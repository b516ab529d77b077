"""The widget's order, top confusions, groups and errors-only, against scikit-learn and numpy masks.

First rule checked: a display order never changes counts, the selection or any index.
"""

from pathlib import Path

import numpy as np
import pytest
import traitlets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from saved import table_cells
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget

ORDERS = ["given", "name", "support", "errors", "cluster"]


@pytest.fixture(scope="module")
def blocks():
    """K=30 string classes in six confusable blocks of five, shuffled."""
    rng = np.random.default_rng(7)
    k, n = 30, 6000
    names = np.array([f"class{i:02d}" for i in range(k)])
    block = rng.permutation(np.repeat(np.arange(6), 5))
    y_true = rng.integers(0, k, n)
    wrong = rng.random(n) < 0.3
    # A wrong prediction stays inside the true class's block.
    mates = [np.flatnonzero(block == b) for b in range(6)]
    y_pred = y_true.copy()
    for s in np.flatnonzero(wrong):
        y_pred[s] = rng.choice(mates[block[y_true[s]]])
    return names[y_true], names[y_pred], names, block


def contiguous(order, block):
    runs = block[order]
    return np.count_nonzero(runs[1:] != runs[:-1]) == len(np.unique(block)) - 1


@pytest.mark.parametrize("order", ORDERS)
def test_order_changes_only_the_display(blocks, order):
    y_true, y_pred, names, _ = blocks
    w = ConfusionMatrixWidget(y_true, y_pred, order=order)
    cm = confusion_matrix(y_true, y_pred, labels=names)
    assert np.array_equal(w.counts, cm)
    w.selected = (3, 17)
    w.order = "given" if order != "given" else "cluster"
    w.order = order
    assert w.selected == (3, 17)
    assert np.array_equal(w.counts, cm)
    assert np.array_equal(w.selected_indices, np.flatnonzero((y_true == names[3]) & (y_pred == names[17])))
    assert np.array_equal(
        w.indices("class05", "class09"), np.flatnonzero((y_true == "class05") & (y_pred == "class09"))
    )
    assert sorted(w.class_order.tolist()) == list(range(30))


def test_cluster_puts_each_block_together(blocks):
    y_true, y_pred, _, block = blocks
    w = ConfusionMatrixWidget(y_true, y_pred, order="cluster")
    assert contiguous(w.class_order, block)
    assert not contiguous(np.arange(30), block)


def test_orders_rank_like_numpy(blocks):
    y_true, y_pred, names, _ = blocks
    cm = confusion_matrix(y_true, y_pred, labels=names)
    w = ConfusionMatrixWidget(y_true, y_pred, order="support")
    support = cm.sum(axis=1)
    assert w.class_order.tolist() == sorted(range(30), key=lambda i: (-support[i], i))
    w.order = "errors"
    errors = cm.sum(axis=1) + cm.sum(axis=0) - 2 * np.diag(cm)
    assert w.class_order.tolist() == sorted(range(30), key=lambda i: (-errors[i], i))
    w.display_labels = [f"z{29 - i}" for i in range(30)]
    w.order = "name"
    assert w.class_order.tolist() == list(range(29, -1, -1))


def test_a_list_order_by_value_or_name(blocks):
    y_true, y_pred, names, _ = blocks
    wanted = list(names[::-1])
    w = ConfusionMatrixWidget(y_true, y_pred, order=wanted)
    assert w.class_order.tolist() == list(range(29, -1, -1))
    assert w.order == tuple(wanted)
    ints = ConfusionMatrixWidget([0, 1, 2, 2], [0, 2, 1, 2], display_labels=["a", "b", "c"], order=["c", 0, "b"])
    assert ints.class_order.tolist() == [2, 0, 1]
    assert ints.order == (2, 0, 1)


@pytest.mark.parametrize(
    "bad, kind, message",
    [
        ("alphabetical", ValueError, "order must be one of 'given'"),
        (["a", "b"], ValueError, "lists 2 classes but the matrix has 3"),
        (["a", "b", "a"], ValueError, "more than once"),
        (["a", "b", "zz"], ValueError, "order entry='zz' is not a class"),
        (5, ValueError, "order must be one of"),
    ],
)
def test_bad_orders_name_the_argument(bad, kind, message):
    with pytest.raises(kind, match=message):
        ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"], order=bad)
    w = ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"])
    with pytest.raises(traitlets.TraitError, match=message):
        w.order = bad
    assert w.order == "given"


def test_the_page_writes_an_order_and_a_bad_one_is_refused(blocks):
    y_true, y_pred, _, block = blocks
    w = ConfusionMatrixWidget(y_true, y_pred)
    w.set_state({"order": "cluster"})
    assert w.order == "cluster" and contiguous(w.class_order, block)
    w.set_state({"order": ["not", "a", "name"]})
    w.set_state({"order": "list"})
    assert w.order == "cluster"
    assert w.get_state("order") == {"order": "cluster"}


def test_top_confusions_equal_a_numpy_ranking(blocks):
    y_true, y_pred, names, _ = blocks
    cm = confusion_matrix(y_true, y_pred, labels=names)
    off = cm.copy()
    np.fill_diagonal(off, 0)
    rows, cols = np.nonzero(off)
    ranked = sorted(zip(rows, cols), key=lambda c: (-off[c], c[0], c[1]))[:12]
    want = [(names[i], names[j], int(cm[i, j]), cm[i, j] / cm[i].sum()) for i, j in ranked]
    w = ConfusionMatrixWidget(y_true, y_pred, order="cluster")
    got = w.top_confusions(12)
    assert [g[:3] for g in got] == [x[:3] for x in want]
    assert np.allclose([g[3] for g in got], [x[3] for x in want])
    assert len(w.top_confusions()) == 10
    assert w.top_confusions(0) == []
    for bad in (-1, 2.5, True, "3"):
        with pytest.raises(TypeError, match="n must be a non-negative int"):
            w.top_confusions(bad)


def test_top_confusions_follow_the_threshold():
    y = np.array([0, 0, 1, 1, 1])
    score = np.array([0.1, 0.6, 0.4, 0.45, 0.9])
    w = ConfusionMatrixWidget(y, y_score=score)
    assert w.top_confusions() == [(1, 0, 2, 2 / 3), (0, 1, 1, 0.5)]
    w.threshold = 0.3
    assert w.top_confusions() == [(0, 1, 1, 0.5)]


# ------------------------------------------------------------------ groups


@pytest.fixture(scope="module")
def grouped(blocks):
    y_true, y_pred, names, block = blocks
    mapping = {name: f"block {b}" for name, b in zip(names, block)}
    return y_true, y_pred, names, mapping


def test_group_counts_equal_sums_of_the_class_matrix(grouped):
    y_true, y_pred, names, mapping = grouped
    w = ConfusionMatrixWidget(y_true, y_pred, groups=mapping)
    gt = np.array([mapping[v] for v in y_true])
    gp = np.array([mapping[v] for v in y_pred])
    assert w.groups == list(dict.fromkeys(mapping[n] for n in names))
    want = confusion_matrix(gt, gp, labels=w.groups)
    assert np.array_equal(w.group_counts, want)
    assert w.group_counts.sum() == len(y_true)
    assert not w.group_counts.flags.writeable


def test_group_cell_lists_all_its_samples(grouped):
    y_true, y_pred, _, mapping = grouped
    w = ConfusionMatrixWidget(y_true, y_pred, groups=lambda c: mapping[c], level="groups")
    gt = np.array([mapping[v] for v in y_true])
    gp = np.array([mapping[v] for v in y_pred])
    a, b = w.groups[1], w.groups[4]
    assert np.array_equal(w.group_indices(a, a), np.flatnonzero((gt == a) & (gp == a)))
    assert len(w.group_indices(a, b)) == 0
    w.selected = (0, 0)
    w.selected_group = (1, 1)
    assert w.selected is None
    assert np.array_equal(w.selected_indices, np.flatnonzero((gt == a) & (gp == a)))
    assert not w.selected_indices.flags.writeable
    w.selected = (2, 2)
    assert w.selected_group is None
    with pytest.raises(ValueError, match="true_group='nope' is not a group"):
        w.group_indices("nope", a)


def test_classes_sit_together_by_group_in_the_display_order(grouped):
    y_true, y_pred, names, mapping = grouped
    for order in ORDERS:
        w = ConfusionMatrixWidget(y_true, y_pred, groups=mapping, order=order)
        shown = [mapping[names[c]] for c in w.class_order]
        runs = [g for i, g in enumerate(shown) if i == 0 or shown[i - 1] != g]
        assert runs == [w.groups[g] for g in w.group_order], order
        assert sorted(w.class_order.tolist()) == list(range(30))


def test_group_errors_name_the_fix():
    with pytest.raises(ValueError, match=r"groups has no group for 1 class"):
        ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"], groups={"a": "x", "b": "x"})
    w = ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"])
    with pytest.raises(traitlets.TraitError, match="level='groups' needs groups="):
        w.level = "groups"
    with pytest.raises(ValueError, match="level must be 'classes' or 'groups'"):
        ConfusionMatrixWidget(["a", "b"], ["a", "b"], level="group")
    with pytest.raises(traitlets.TraitError, match="selected_group needs groups="):
        w.selected_group = (0, 0)
    assert w.groups is None and w.group_counts is None and w.group_order is None
    g = ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"], groups={"a": "x", "b": "y", "c": "y"})
    with pytest.raises(traitlets.TraitError, match=r"pair of ints in 0..1"):
        g.selected_group = (0, 2)


def test_from_counts_takes_order_and_groups():
    matrix = np.array([[5, 1, 0], [4, 6, 0], [0, 0, 9]])
    w = ConfusionMatrixWidget.from_counts(
        matrix,
        display_labels=["x", "y", "z"],
        order="errors",
        groups={"x": "xy", "y": "xy", "z": "z"},
        errors_only=True,
    )
    assert w.class_order.tolist() == [0, 1, 2]
    assert w.group_counts.tolist() == [[16, 0], [0, 9]]
    assert w.errors_only
    assert w.top_confusions() == [(1, 0, 4, 0.4), (0, 1, 1, 1 / 6)]


def test_class_order_is_read_only(blocks):
    y_true, y_pred, _, _ = blocks
    w = ConfusionMatrixWidget(y_true, y_pred, order="cluster")
    with pytest.raises(ValueError):
        w.class_order[0] = 5


def test_static_figure_shows_the_display_order_and_the_roll_up():
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    y_true = ["a", "a", "b", "c", "c", "c"]
    y_pred = ["a", "c", "b", "c", "a", "c"]
    w = ConfusionMatrixWidget(y_true, y_pred, order=["c", "a", "b"], groups={"a": "ab", "b": "ab", "c": "c"})
    fig = w.to_figure()
    image = fig.axes[0].images[0].get_array()
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["c", "a", "b"]
    assert np.array_equal(image, [[2, 1, 0], [1, 1, 0], [0, 0, 1]])
    plt.close(fig)
    w.level = "groups"
    fig = w.to_figure()
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["c", "ab"]
    assert np.array_equal(fig.axes[0].images[0].get_array(), [[2, 1], [1, 2]])
    plt.close(fig)
    assert w.counts.tolist() == [[1, 0, 1], [0, 1, 0], [1, 0, 2]]


# ------------------------------------------------------ what the page receives


def decode_positions(data, dtype):
    return np.frombuffer(data, dtype=np.dtype(dtype).newbyteorder("<")).tolist()


def test_page_receives_the_display_order_and_the_groups(grouped):
    y_true, y_pred, names, mapping = grouped
    w = ConfusionMatrixWidget(y_true, y_pred, groups=mapping, order="support")
    state = w._order
    assert state["dtype"] == "uint16"
    assert decode_positions(state["classes"], state["dtype"]) == w.class_order.tolist()
    assert decode_positions(state["groups"], state["dtype"]) == w.group_order.tolist()
    assert w._groups["names"] == w.groups
    assert [w._groups["names"][g] for g in decode_positions(w._groups["codes"], "uint16")] == [
        mapping[n] for n in names
    ]
    w.set_state({"order": "cluster"})
    assert decode_positions(w._order["classes"], "uint16") == w.class_order.tolist()
    assert w._order["classes"] != state["classes"]


def test_order_by_name_follows_a_rename():
    w = ConfusionMatrixWidget(["a", "b", "c"], ["a", "c", "b"], order="name")
    assert decode_positions(w._order["classes"], "uint16") == [0, 1, 2]
    w.display_labels = ["zebra", "yak", "xerus"]
    assert decode_positions(w._order["classes"], "uint16") == [2, 1, 0]
    assert w._groups == {}


def test_a_threshold_move_stays_one_message():
    y = np.array([0, 0, 0, 1, 1, 1, 1])
    score = np.array([0.1, 0.2, 0.3, 0.4, 0.9, 0.8, 0.7])
    w = ConfusionMatrixWidget(y, y_score=score, order="errors")
    assert decode_positions(w._order["classes"], "uint16") == [0, 1]
    sent = []
    w.comm.send = lambda data=None, buffers=None, **kw: sent.append(data)
    w.set_state({"threshold": 0.15})
    counts = w.counts
    errors = counts.sum(axis=1) + counts.sum(axis=0) - 2 * np.diag(counts)
    want = sorted(range(2), key=lambda i: (-errors[i], i))
    assert decode_positions(w._order["classes"], "uint16") == want
    updates = [m for m in sent if m and m.get("method") == "update"]
    assert len(updates) == 1 and "_matrix" in updates[0]["state"]


def test_the_kernel_free_page_gets_every_named_order(grouped):
    import base64

    from cm_widget._export import page_data

    y_true, y_pred, _, mapping = grouped
    w = ConfusionMatrixWidget(y_true, y_pred, groups=mapping, order="errors")
    orders = page_data(w)["orders"]
    assert sorted(orders) == sorted(ORDERS)
    for how in ORDERS:
        w.order = how
        got = orders[how]
        assert decode_positions(base64.b64decode(got["classes"]), got["dtype"]) == w.class_order.tolist()
        assert decode_positions(base64.b64decode(got["groups"]), got["dtype"]) == w.group_order.tolist()


def test_a_group_cell_selected_from_the_page_lists_its_samples_page_by_page(grouped):
    y_true, y_pred, _, mapping = grouped
    w = ConfusionMatrixWidget(y_true, y_pred, groups=mapping, level="groups", samples=list(map(str, y_true)))
    gt = np.array([mapping[v] for v in y_true])
    gp = np.array([mapping[v] for v in y_pred])
    w.set_state({"selected": [1, 2]})
    w.set_state({"selected_group": [2, 2]})
    assert w.selected is None and w.selected_group == (2, 2)
    a = w.groups[2]
    want = np.flatnonzero((gt == a) & (gp == a))
    sel = w._selection
    assert sel["group"] is True and (sel["i"], sel["j"]) == (2, 2)
    assert sel["total"] == len(want) and sel["indices"] == want[:100].tolist()
    assert "".join(part["text"] for part in sel["sentence"]).startswith(
        f"{len(want)} samples are truly {a} and predicted {a}"
    )
    assert len(sel["previews"]) == 40
    w._on_custom_msg(w, {"type": "page", "offset": 150}, [])
    assert w._selection["offset"] == 100 and w._selection["indices"] == want[100:200].tolist()
    w.set_state({"selected_group": None})
    assert w._selection == {}
    w.selected_group = (0, 3)
    assert w._selection["total"] == 0
    w.selected = (0, 0)
    assert "group" not in w._selection and w.selected_group is None


def test_a_group_selection_follows_the_threshold():
    # A binary matrix with one group per class still rolls up, and moves with the threshold.
    yb = np.array([0, 0, 1, 1, 1, 0])
    score = np.array([0.1, 0.6, 0.4, 0.9, 0.8, 0.2])
    w = ConfusionMatrixWidget(yb, y_score=score, groups={0: "neg", 1: "pos"}, level="groups")
    w.selected_group = (1, 0)
    assert w._selection["indices"] == np.flatnonzero((yb == 1) & (score < 0.5)).tolist()
    w.threshold = 0.95
    assert w._selection["indices"] == np.flatnonzero((yb == 1) & (score < 0.95)).tolist()


def test_displaying_a_widget_does_not_load_scipy_but_a_shared_file_has_every_order():
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import json, re, sys
        from cm_widget import ConfusionMatrixWidget
        sys.path.insert(0, {tests!r})
        from saved import view_data
        w = ConfusionMatrixWidget(["a", "b", "c", "a"], ["a", "c", "b", "b"])
        html = w._repr_mimebundle_()[0]["text/html"]
        assert "scipy.cluster.hierarchy" not in sys.modules
        orders = view_data(html)["orders"]
        assert sorted(orders) == ["errors", "given", "name", "support"], sorted(orders)
        page = w.to_html()
        orders = json.loads(re.search(r'class="cmw-data">(.*?)</script>', page).group(1))["orders"]
        assert "cluster" in orders
        print("ok")
        """
    ).format(tests=str(Path(__file__).resolve().parent))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_errors_only_in_the_static_figure_and_table():
    import matplotlib.pyplot as plt

    from cm_widget._export.figure import html_table

    w = ConfusionMatrixWidget.from_counts(np.array([[50, 2, 0], [4, 60, 1], [0, 3, 70]]), errors_only=True)
    fig = w.to_figure()
    image = fig.axes[0].images[0]
    # The colour scale spans the errors (top 4), and the diagonal has the scale's first colour.
    assert image.get_clim() == (0.0, 4.0)
    assert np.array_equal(np.diag(image.get_array()), [0, 0, 0])
    plt.close(fig)
    cells = ["#" + c[0].lstrip("#") for c in table_cells(html_table(w._static_view()))]
    lowest = "#{:02x}{:02x}{:02x}".format(*w._colormap(0.0, bytes=True)[:3])
    assert [cells[0], cells[4], cells[8]] == [lowest] * 3
    assert cells[3] != lowest  # the largest error is the darkest
    w.errors_only = False
    fig = w.to_figure()
    assert fig.axes[0].images[0].get_clim() == (0.0, 70.0)
    plt.close(fig)
    assert w.counts.tolist() == [[50, 2, 0], [4, 60, 1], [0, 3, 70]]


def test_the_order_and_group_cells_follow_the_run_shown():
    y = np.array(["a", "a", "b", "b", "c", "c", "c"])
    first = np.array(["a", "b", "b", "a", "c", "c", "c"])  # a and b confused with each other
    second = np.array(["a", "a", "c", "c", "c", "c", "c"])  # b taken for c
    w = ConfusionMatrixWidget(y, first, order="errors", groups={"a": "ab", "b": "ab", "c": "c"}, run="one")
    w.add_run(second, name="two")
    for run, inside_ab in (("one", [0, 1]), ("two", [1, 0]), ("one", [0, 1])):
        w.run = run
        pred = first if run == "one" else second
        # Groups keep their classes together; within "ab", by errors (b has more in run two).
        assert [c for c in w.class_order.tolist() if c < 2] == inside_ab
        assert decode_positions(w._order["classes"], "uint16") == w.class_order.tolist()
        assert np.array_equal(w.group_indices("ab", "c"), np.flatnonzero(np.isin(y, ["a", "b"]) & (pred == "c")))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.integers(-1000, 1000), min_size=2, max_size=12, unique=True),
    kind=st.sampled_from(["ints", "whole floats", "ints as text", "floats as text"]),
    seed=st.integers(0, 2**32 - 1),
)
def test_name_order_sorts_numeric_classes_by_value(values, kind, seed):
    rng = np.random.default_rng(seed)
    if kind == "ints":
        classes = np.array(values)
    elif kind == "whole floats":
        classes = np.array(values, dtype=np.float64)
    elif kind == "ints as text":
        classes = np.array([str(v) for v in values])
    else:
        classes = np.array([str(v / 8) for v in values])  # "-0.125", "2.5", ...
    given = classes[rng.permutation(len(classes))]  # labels= sets the matrix's own order
    w = ConfusionMatrixWidget(rng.choice(given, 60), rng.choice(given, 60), labels=given, order="name")
    shown = [w.classes[i] for i in w.class_order]
    key = float if "text" in kind else None
    assert [str(v) for v in shown] == [str(v) for v in sorted(classes.tolist(), key=key)]
