"""The page's derivation of a selected cell's Wilson interval (js/uncertainty) equals Python's bit
for bit, on random cases run in Node; its shares' denominators equal cm_widget._view.share_of."""

import numpy as np
from node_js import js_module, needs_node, run_script

from cm_widget import _view
from cm_widget._engine import uncertainty as U

pytestmark = needs_node

SCRIPT = """
import { wilson } from %s;
import { cellShare } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const { cases, tables } = JSON.parse(input);
  const w = cases.map(([x, n, z]) => wilson(x, n, z));
  const s = tables.map(({ square, rest, k, i, j, basis }) => cellShare(square, rest, k, i, j, basis));
  process.stdout.write(JSON.stringify({ w, s }));
});
"""


def test_the_pages_wilson_and_shares_equal_pythons():
    rng = np.random.default_rng(0)
    cases = []
    for _ in range(500):
        n = float(rng.choice([rng.integers(1, 10), rng.integers(1, 10**6), rng.uniform(0.1, 500)]))
        x = float(np.floor(rng.uniform(0, 1) * n)) if rng.random() < 0.7 else float(rng.uniform(0, n))
        level = float(rng.choice([0.5, 0.8, 0.9, 0.95, 0.99, rng.uniform(0.01, 0.999)]))
        cases.append([x, n, U.z_of(level), level])
    cases.append([0.0, 0.0, U.z_of(0.95), 0.95])
    tables = []
    for _ in range(60):
        k = int(rng.integers(2, 6))
        abstained = bool(rng.random() < 0.5)
        counts = rng.integers(0, 20, (k, k + abstained)).astype(float)
        i, j = int(rng.integers(0, k)), int(rng.integers(0, k + abstained))
        basis = str(rng.choice(["true", "pred", "all"]))
        tables.append(
            {
                "square": counts[:, :k].ravel().tolist(),
                "rest": counts[:, k].tolist() if abstained else None,
                "k": k,
                "i": i,
                "j": j,
                "basis": basis,
                "counts": counts,
            }  # fmt: skip
        )
    got = run_script(
        SCRIPT % (js_module("uncertainty/intervals.js"), js_module("uncertainty/cell_interval.js")),
        {"cases": [c[:3] for c in cases], "tables": [{k: v for k, v in t.items() if k != "counts"} for t in tables]},
    )
    for (x, n, _z, level), js in zip(cases, got["w"]):
        lo, hi = U.wilson(x, n, level)
        if n == 0:
            assert js is None
        else:
            assert js == [float(lo), float(hi)], (x, n, level)
    for t, js in zip(tables, got["s"]):
        share = _view.share_of(t["counts"], t["i"], t["j"], t["basis"])
        assert js["count"] == t["counts"][t["i"], t["j"]]
        assert (js["count"] / js["den"] if js["den"] else 0.0) == share
