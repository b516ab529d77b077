"""What the page derives for many classes equals what Python computes.

In Node (no browser): js/rank.js ranks the largest errors like ``_order.top_confusions``;
js/display.js rolls groups up like ``Groups.rollup`` and reorders like ``class_order``; the
kernel-free page (js/source_embedded.js over ``page_data``) switches to every embedded order
and lists a group cell's samples like ``group_indices``.
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_pages, run_script

from cm_widget import ConfusionMatrixWidget
from cm_widget._engine import order as _order
from cm_widget._export import page_data

pytestmark = needs_node

_RULES = """
import { topConfusions } from %(rank)s;
import { displayItems, itemCounts, permuteSquare } from %(display)s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(({ k, counts, n, codes, names, order, groupOrder }) => {
    const flat = Float64Array.from(counts);
    const groups = { names, codes, members: names.map((_, g) => codes.flatMap((x, c) => (x === g ? [c] : []))) };
    const items = displayItems(k, { classes: order, groups: groupOrder }, groups, "groups");
    return {
      top: topConfusions(flat, k, n),
      rollup: Array.from(itemCounts(flat, k, items)),
      permuted: Array.from(permuteSquare(flat, k, order)),
    };
  });
  process.stdout.write(JSON.stringify(out));
});
"""

_EMBEDDED = """
import { embeddedSource } from %(source)s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const { data, orders, groupCells } = JSON.parse(input);
  const src = embeddedSource(data);
  const positions = (o) => {
    const dv = new DataView(o.classes.buffer, o.classes.byteOffset, o.classes.byteLength);
    return Array.from({ length: o.classes.byteLength / 2 }, (_, p) => dv.getUint16(2 * p, true));
  };
  const byOrder = {};
  for (const name of orders) {
    src.set("order", name);
    byOrder[name] = { order: src.get("order"), classes: positions(src.get("_order")) };
  }
  src.set("level", "groups");
  src.set("selected", [0, 1]);
  const cells = groupCells.map(([g, h]) => {
    src.set("selected_group", [g, h]);
    const s = src.get("_selection");
    const all = [...s.indices];
    for (let at = s.page_size; at < s.total; at += s.page_size) {
      src.send({ type: "page", offset: at });
      all.push(...src.get("_selection").indices);
    }
    return { group: s.group, selected: src.get("selected"), count: s.count, total: s.total, indices: all,
             sentence: s.sentence.map((p) => p.text).join("") };
  });
  src.set("errors_only", true);
  process.stdout.write(JSON.stringify({ byOrder, cells, level: src.get("level"), errorsOnly: src.get("errors_only") }));
});
"""


@st.composite
def grouped_matrices(draw):
    k = draw(st.integers(1, 25))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    kind = draw(st.sampled_from(["ties", "wide", "weighted"]))
    if kind == "ties":
        m = rng.integers(0, 3, (k, k)).astype(np.float64)
    elif kind == "wide":
        m = rng.integers(0, 10**6, (k, k)).astype(np.float64)
    else:
        m = rng.random((k, k)) * 7.3
    m[rng.random((k, k)) < 0.3] = 0
    g = draw(st.integers(1, k))
    codes = rng.integers(0, g, k)
    codes[:g] = np.arange(g)  # every group has a class
    return m, codes, draw(st.integers(0, 40))


@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(grouped_matrices(), min_size=60, max_size=60))
def test_page_rank_rollup_and_permutation_equal_python(cases):
    payload, expected = [], []
    for m, codes, n in cases:
        k = len(m)
        groups = _order.make_groups(dict(enumerate(f"g{c}" for c in codes)), list(range(k)), [str(i) for i in range(k)])
        how = ["given", "support", "errors", "cluster"][n % 4]
        group_order, order = groups.order(m, how, [str(i) for i in range(k)])
        payload.append(
            {
                "k": k,
                "counts": m.ravel().tolist(),
                "n": n,
                "codes": groups.codes.tolist(),
                "names": groups.names,
                "order": order.tolist(),
                "groupOrder": group_order.tolist(),
            }
        )
        rolled = groups.rollup(m)[np.ix_(group_order, group_order)]
        expected.append((_order.top_confusions(m, n), rolled, m[np.ix_(order, order)]))
    for got, (top, rolled, permuted) in zip(
        run_script(_RULES % {"rank": js_module("rank.js"), "display": js_module("display.js")}, payload), expected
    ):
        assert [t[:3] for t in got["top"]] == [list(t[:3]) for t in top]
        assert [t[3] for t in got["top"]] == [t[3] for t in top]  # the same float, bit for bit
        np.testing.assert_allclose(np.reshape(got["rollup"], rolled.shape), rolled, rtol=1e-12)
        assert got["permuted"] == permuted.ravel().tolist()


def test_kernel_free_page_switches_orders_and_lists_group_cells():
    rng = np.random.default_rng(3)
    k, n = 12, 900
    names = np.array([f"n{i:02d}" for i in range(k)])
    yt = rng.integers(0, k, n)
    yp = np.where(rng.random(n) < 0.6, yt, rng.integers(0, k, n))
    mapping = {name: ("odd" if i % 2 else "even") if i < 8 else "tail" for i, name in enumerate(names)}
    w = ConfusionMatrixWidget(names[yt], names[yp], groups=mapping, order="support")
    data = page_data(w)
    cells = [[0, 0], [1, 2], [2, 1]]
    got = run_script(
        _EMBEDDED % {"source": js_module("source_embedded.js")},
        {"data": data, "orders": list(_order.ORDER_CHOICES), "groupCells": cells},
    )
    for how in _order.ORDER_CHOICES:
        w.order = how
        assert got["byOrder"][how] == {"order": how, "classes": w.class_order.tolist()}
    assert got["level"] == "groups" and got["errorsOnly"] is True
    for (g, h), cell in zip(cells, got["cells"]):
        want = w.group_indices(w.groups[g], w.groups[h])
        assert cell["group"] is True and cell["selected"] is None
        assert cell["indices"] == want.tolist() and cell["total"] == len(want)
        assert cell["count"] == w.group_counts[g, h]
        assert cell["sentence"].startswith(f"{len(want)} samples are truly {w.groups[g]}")


@pytest.mark.parametrize("seed", range(4))
def test_a_group_cell_lists_the_kernels_sample_indices_when_labels_leave_samples_out(seed):
    # labels= leaves some samples out: a group cell of the file must list the indices into the
    # user's arrays (as group_indices does), not positions among the samples kept.
    rng = np.random.default_rng(seed)
    n = 300
    yt, yp = rng.integers(0, 8, n), rng.integers(0, 8, n)
    labels = [5, 0, 3, 1, 6, 2]  # 4 and 7 left out
    group = {5: "x", 0: "x", 3: "y", 1: "y", 6: "z", 2: "x"}
    with pytest.warns(UserWarning, match="not in labels="):
        w = ConfusionMatrixWidget(yt, yp, labels=labels, groups=group)
    names = w.groups
    cells = [(g, h) for g in range(len(names)) for h in range(len(names))]
    steps = [s for g, h in cells for s in (["set", "selected_group", [g, h]], ["cell"])]
    got = run_pages([{"data": page_data(w), "steps": steps}])[0]
    kept = np.isin(yt, labels) & np.isin(yp, labels)
    of = np.vectorize(lambda c: group.get(c, ""))
    for (g, h), cell in zip(cells, got):
        naive = np.flatnonzero(kept & (of(yt) == names[g]) & (of(yp) == names[h]))
        np.testing.assert_array_equal(w.group_indices(names[g], names[h]), naive)
        assert cell["indices"] == naive.tolist(), (names[g], names[h])
        assert cell["total"] == cell["count"] == len(naive)


def test_a_binary_group_cell_lists_the_kernels_sample_indices_when_labels_leave_samples_out():
    rng = np.random.default_rng(7)
    y, s = rng.integers(0, 3, 200), rng.random(200)
    with pytest.warns(UserWarning, match="not in labels="):
        w = ConfusionMatrixWidget(y, y_score=s, labels=[0, 2], groups={0: "neg", 2: "pos"}, threshold=0.4)
    steps = [s for g in range(2) for h in range(2) for s in (["set", "selected_group", [g, h]], ["cell"])]
    got = run_pages([{"data": page_data(w), "steps": steps}])[0]
    for at, cell in enumerate(got):
        g, h = divmod(at, 2)
        naive = np.flatnonzero((y == [0, 2][g]) & ((s >= 0.4) == bool(h)))
        np.testing.assert_array_equal(w.group_indices(w.groups[g], w.groups[h]), naive)
        assert cell["indices"] == naive.tolist()
