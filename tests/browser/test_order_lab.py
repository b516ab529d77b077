"""Many classes in a real JupyterLab: a click on a reordered matrix selects the right pair in
the kernel; the order menu, the list of largest errors, the class search, the groups level and
errors only round-trip; the accessibility tree names the selected cell."""

import pytest
from cm_page import click_cell, geometry, poll, root, wait_panel_for, wait_widget
from lab_page import kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser

# K=30 classes in six blocks of five confused only with each other, classes shuffled so that
# the given order mixes the blocks and the "cluster" order is far from the identity.
BLOCKS = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(11)
K = 30
names = np.array([f"c{i:02d}" for i in range(K)])
block = rng.permutation(np.repeat(np.arange(6), 5))
yt = rng.integers(0, K, 3000)
yp = yt.copy()
wrong = np.flatnonzero(rng.random(3000) < 0.3)
for s in wrong:
    yp[s] = rng.choice(np.flatnonzero(block == block[yt[s]]))
yt, yp = names[yt], names[yp]
groups = {n: f"block{b}" for n, b in zip(names, block)}
w = ConfusionMatrixWidget(yt, yp, order="cluster", groups=groups)
def naive(a, b):
    return np.flatnonzero((yt == a) & (yp == b)).tolist()
"""


def show(page, server, make_notebook, k=30):
    name = make_notebook([BLOCKS, "w"])
    open_notebook(page, server, name)
    run_all(page)
    return wait_widget(page, k=k)


def kernel_until(page, expr, accept, message, timeout=15):
    def attempt():
        value = kernel_json(page, expr)
        return (value,) if accept(value) else None

    return poll(attempt, timeout=timeout, message=message)[0]


def test_a_click_on_the_reordered_matrix_selects_the_right_pair(page, jupyter_server, make_notebook, console_log):
    show(page, jupyter_server, make_notebook)
    truth = kernel_json(page, "{'order': w.class_order.tolist(), 'block': block.tolist(), 'names': names.tolist()}")
    order = truth["order"]
    assert order != list(range(30))
    runs = [truth["block"][c] for c in order]
    assert sum(a != b for a, b in zip(runs, runs[1:])) == 5  # each block in one run

    # Display cell (r, c) is the pair (order[r], order[c]) in class space.
    for r, c in [(3, 1), (1, 3), (7, 9)]:
        a, b = truth["names"][order[r]], truth["names"][order[c]]
        click_cell(page, r, c)
        wait_panel_for(page, a, b)
        got = kernel_json(
            page, f"{{'sel': list(w.selected), 'idx': w.selected_indices.tolist(), 'naive': naive({a!r}, {b!r})}}"
        )
        assert got["sel"] == [order[r], order[c]]
        assert got["idx"] == got["naive"]
        # The accessibility tree: the hidden table names the selected cell, its row and column.
        table = root(page).locator(".cmw-cell-table table")
        snapshot = poll(
            lambda: (lambda s: s if f'"{len(got["idx"])}, selected"' in s else None)(table.aria_snapshot()),
            message="the selected cell in the accessibility tree",
        )
        assert f'rowheader "True {a}"' in snapshot and f'columnheader "Predicted {b}"' in snapshot
        selected = table.locator("td[data-selected=true]")
        assert selected.count() == 1
        assert selected.locator("xpath=..").locator("th").inner_text() == f"True {a}"
        col = selected.evaluate("td => td.closest('table').tHead.rows[0].cells[td.cellIndex].textContent")
        assert col == f"Predicted {b}"
    assert console_log.relevant() == []


def test_order_menu_largest_errors_search_groups_and_errors_only(page, jupyter_server, make_notebook, console_log):
    show(page, jupyter_server, make_notebook)
    panel = root(page).locator(".cmw-order")

    panel.locator("select.cmw-order-select").select_option("errors")
    kernel_until(page, "w.order", lambda v: v == "errors", "order == 'errors' in the kernel")
    # The page draws in the new order: the first row label is the class with the most errors.
    first = kernel_json(page, "w.display_labels[int(w.class_order[0])]")
    poll(
        lambda: root(page).locator(".cmw-cell-table th[scope=row]").first.inner_text() == f"True {first}",
        message="the table in the new order",
    )

    # The largest errors: the list equals the kernel's ranking, and a line selects its cell.
    top = kernel_json(page, "[[str(a), str(b), int(c)] for a, b, c, s in w.top_confusions(10)]")
    items = panel.locator(".cmw-top-item")
    assert items.count() == 10
    for n, (a, b, count) in enumerate(top):
        assert items.nth(n).inner_text().startswith(f"{a} \u2192 {b}: {count} (")
    items.nth(2).click()
    a, b, _ = top[2]
    sel = kernel_until(
        page,
        "None if w.selected is None else [w.display_labels[i] for i in w.selected]",
        lambda v: v == [a, b],
        "the listed pair selected in the kernel",
    )
    assert sel == [a, b]
    # Announced for screen readers.
    poll(lambda: "Selected: " in panel.locator("[role=status]").inner_text(), message="selection announced")

    # Search: typing part of a name lists it; Enter outlines its row and column (drawn).
    search = panel.locator("input.cmw-search-input")
    search.fill("c1")
    options = panel.locator("[role=option]")
    assert options.count() >= 1 and all(o.startswith("c1") for o in options.all_inner_texts())
    search.press("ArrowDown")
    search.press("Enter")
    assert "Found c1" in panel.locator("[role=status]").inner_text()

    # Groups: the roll-up has six rows; a click on a group cell lists all its samples.
    panel.locator("select.cmw-level").select_option("groups")
    kernel_until(page, "w.level", lambda v: v == "groups", "level == 'groups'")
    g = wait_widget(page, k=6)
    assert g["k"] == 6
    click_cell(page, 0, 0)
    got = kernel_until(
        page,
        "None if w.selected_group is None else {'sg': list(w.selected_group), 'idx': w.selected_indices.tolist(),"
        " 'name': w.groups[w.selected_group[0]], 'first': int(w.group_order[0]),"
        " 'naive': np.flatnonzero(np.isin(yt, [n for n in names if groups[n] == w.groups[w.selected_group[0]]])"
        "   & np.isin(yp, [n for n in names if groups[n] == w.groups[w.selected_group[0]]])).tolist()}",
        lambda v: v is not None,
        "a group cell selected",
    )
    assert got["sg"] == [got["first"], got["first"]]
    assert got["idx"] == got["naive"]

    # Errors only: written to the kernel; the diagonal takes the scale's first colour.
    panel.locator("input.cmw-errors-only").check()
    kernel_until(page, "w.errors_only", lambda v: v is True, "errors_only in the kernel")
    panel.locator("select.cmw-level").select_option("classes")
    kernel_until(page, "w.level", lambda v: v == "classes", "level == 'classes'")
    wait_widget(page, k=30)
    assert geometry(page)["k"] == 30
    assert console_log.relevant() == []


MANY = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(5)
K = 300
names = np.array([f"k{(7 * i) % K:03d}" for i in range(K)])
yt = rng.integers(0, K, 20000)
yp = np.where(rng.random(20000) < 0.7, yt, rng.integers(0, K, 20000))
w = ConfusionMatrixWidget(names[yt], names[yp], labels=names, order="name")
"""


def test_search_and_the_list_of_errors_zoom_to_their_cell(page, jupyter_server, make_notebook, console_log):
    name = make_notebook([MANY, "w"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    g = wait_widget(page, k=300)
    assert g["v"] == 300  # every class shown at first: cells too small to aim at
    panel = root(page).locator(".cmw-order")

    # Find "k123": its display position in the name order is 123; the window zooms around it.
    search = panel.locator("input.cmw-search-input")
    search.fill("k123")
    search.press("Enter")
    g = poll(lambda: (lambda x: x if x["v"] < 300 else None)(geometry(page)), message="a zoomed window")
    assert g["v"] <= 24
    assert g["r0"] <= 123 < g["r0"] + g["v"] and g["c0"] <= 123 < g["c0"] + g["v"]

    # A line of the largest errors selects its pair in the kernel and brings the cell into view.
    root(page).locator(".cmw-zoom-fit").click()
    poll(lambda: geometry(page)["v"] == 300, message="all classes shown again")
    item = panel.locator(".cmw-top-item").nth(0)
    item.click()
    sel = kernel_until(
        page,
        "None if w.selected is None else [int(v) for v in w.selected]",
        lambda v: v is not None,
        "the pair selected in the kernel",
    )
    at = kernel_json(
        page, f"[int(np.flatnonzero(w.class_order == {sel[0]})[0]), int(np.flatnonzero(w.class_order == {sel[1]})[0])]"
    )
    top = kernel_json(page, "[str(v) for v in w.top_confusions(1)[0][:2]]")
    assert [kernel_json(page, f"str(w.classes[{i}])") for i in sel] == top
    g = poll(lambda: (lambda x: x if x["v"] < 300 else None)(geometry(page)), message="a zoomed window")
    assert g["r0"] <= at[0] < g["r0"] + g["v"] and g["c0"] <= at[1] < g["c0"] + g["v"]
    assert console_log.relevant() == []
