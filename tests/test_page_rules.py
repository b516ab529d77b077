"""What the page derives from the synced counts and colour table equals what Python computes.

js/derive.js turns ``_matrix`` into normalised values, colour indices, the value format and the
count digits, and ``_lut`` into text colours. Hypothesis-generated matrices (whole and weighted
counts, zero rows and columns, K from 1 to 30, some with an abstained column: K x (K + 1)) go through Node in one batch and through
cm_widget's own functions; colour indices and formats must be equal, values equal to 1e-12.
"""

import base64

import matplotlib
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from node_js import js_module, needs_node, run_script

from cm_widget import _colors as palette
from cm_widget import _engine, _view

pytestmark = needs_node

NORMALIZE = [None, "true", "pred", "all"]
FORMATS = [None, "d", ".2f", ".1%", ",.3g", ".0e", "_d", ".12f", "%"]

_RUNNER = """
import * as D from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const { matrices, formats, luts } = JSON.parse(input);
  const bytes = (b64) => Uint8Array.from(Buffer.from(b64, "base64"));
  const out = matrices.map((m) => {
    const { k, cols, counts } = D.decodeMatrix({ k: m.k, cols: m.cols, dtype: m.dtype, counts: bytes(m.counts) });
    const views = {};
    for (const how of [null, "true", "pred", "all"]) {
      const values = D.normalizeValues(counts, k, how, cols);
      const whole = D.isWhole(values);
      views[String(how)] = {
        values: Array.from(values),
        colors: Array.from(D.colorIndices(values, 0, D.maxValue(values))),
        formats: formats.map((f) => D.formatRule(f, how, whole)),
      };
    }
    return { cols, counts: Array.from(counts), countDigits: D.isWhole(counts) ? 0 : 2, views };
  });
  const light = luts.map((t) => Array.from(D.lightText(D.rgbaOf(bytes(t)))));
  process.stdout.write(JSON.stringify({ matrices: out, light }));
});
"""


def run_node(batch):
    return run_script(_RUNNER % js_module("derive.js"), batch)


@st.composite
def count_matrices(draw):
    k = draw(st.integers(1, 30))
    cols = k + draw(st.sampled_from([0, 0, 1]))  # sometimes an abstained column last: (K, K + 1)
    kind = draw(st.sampled_from(["small", "large", "weighted", "decimal"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "small":
        m = rng.integers(0, draw(st.sampled_from([1, 3, 255, 300])) + 1, (k, cols)).astype(np.int64)
    elif kind == "large":
        m = rng.integers(0, draw(st.sampled_from([70_000, 2**32 + 5])), (k, cols)).astype(np.int64)
    elif kind == "weighted":
        m = rng.random((k, cols)) * draw(st.sampled_from([1e-3, 1.0, 7.3, 1e6]))
    else:  # sums of weights like 0.1 and 0.7, whose float sums are not exact
        m = rng.integers(0, 30, (k, cols)) * draw(st.sampled_from([0.1, 0.7, 1 / 3]))
    # Some all-zero rows and columns, and sometimes nothing at all.
    m[rng.random(k) < draw(st.sampled_from([0.0, 0.2, 0.5])), :] = 0
    m[:, rng.random(cols) < draw(st.sampled_from([0.0, 0.2, 0.5]))] = 0
    if draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()):
        m[:] = 0
    weighted = kind in ("weighted", "decimal")
    return m, weighted


def _collect():
    cases = []

    @settings(max_examples=150, deadline=None, database=None)
    @given(count_matrices())
    def gather(case):
        cases.append(case)

    gather()
    return cases


def _lut_tables():
    rng = np.random.default_rng(5)
    tables = [
        palette.lookup_table(matplotlib.colormaps[name + rev]) for name in palette.CURATED_CMAPS for rev in ("", "_r")
    ]
    tables += [rng.integers(0, 256, (256, 4)).astype(np.uint8) for _ in range(20)]
    # Every grey, and colours next to the black/white switch (luminance about 0.18).
    tables.append(np.repeat(np.arange(256, dtype=np.uint8)[:, None], 4, axis=1))
    tables.append(
        np.column_stack([np.full(256, 118), np.arange(256), np.full(256, 118), np.full(256, 255)]).astype(np.uint8)
    )
    return tables


def test_page_rules_match_python():
    cases = _collect()
    tables = _lut_tables()
    batch = {
        "matrices": [],
        "formats": FORMATS,
        "luts": [base64.b64encode(_view.lut_bytes(t)).decode() for t in tables],
    }
    for m, weighted in cases:
        state = _view.matrix_state(m, weighted=weighted)
        batch["matrices"].append(
            {
                "k": state["k"],
                "cols": state["cols"],
                "dtype": state["dtype"],
                "counts": base64.b64encode(state["counts"]).decode(),
            }
        )
    got = run_node(batch)

    dtypes, shapes = set(), set()
    for (m, weighted), page, sent in zip(cases, got["matrices"], batch["matrices"]):
        dtypes.add(sent["dtype"])
        shapes.add(m.shape[1] - m.shape[0])
        assert page["cols"] == m.shape[1]
        np.testing.assert_array_equal(np.array(page["counts"], dtype=np.float64), m.astype(np.float64).ravel())
        assert page["countDigits"] == (0 if _view.is_whole(m) else 2)
        for how in NORMALIZE:
            values = _engine.normalize(m, how)
            vmax = float(values.max()) if values.size else 0.0
            view = page["views"]["null" if how is None else how]
            np.testing.assert_allclose(view["values"], values.ravel(), rtol=1e-12, atol=0)
            np.testing.assert_array_equal(
                view["colors"],
                palette.color_indices(values, 0.0, vmax).ravel(),
                err_msg=f"colour indices, normalize={how}, counts={m.tolist()}",
            )
            assert view["formats"] == [_view.format_rule(values, f, how) for f in FORMATS], (how, m.tolist())
    # Every wire type was exercised.
    assert dtypes == {"uint8", "uint16", "uint32", "float64"}, dtypes
    assert shapes == {0, 1}, shapes  # square, and with an abstained column
    for table, light in zip(tables, got["light"]):
        assert light == palette.light_text(table).tolist()


def test_matrix_state_picks_the_narrowest_type():
    cases = [
        (np.array([[0, 255], [1, 2]]), False, "uint8"),
        (np.array([[0, 256], [1, 2]]), False, "uint16"),
        (np.array([[0, 65_536], [1, 2]]), False, "uint32"),
        (np.array([[0, 2**32], [1, 2]]), False, "float64"),
        (np.array([[0.5, 1.0], [1.0, 2.0]]), True, "float64"),
        (np.array([[1.0, 1.0], [1.0, 2.0]]), True, "float64"),  # weighted, even if whole
        (np.array([[3.0, 1.0], [1.0, 2.0]]), False, "uint8"),  # a whole float matrix from counts
    ]
    for m, weighted, dtype in cases:
        state = _view.matrix_state(m, weighted=weighted)
        assert state["dtype"] == dtype and state["k"] == 2
        back = np.frombuffer(state["counts"], dtype=np.dtype(dtype).newbyteorder("<")).reshape(2, 2)
        np.testing.assert_array_equal(back, m)


_FIXED = """
import { fixed } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(([x, d]) => fixed(x, d));
  process.stdout.write(JSON.stringify(out));
});
"""


@needs_node
@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.integers(0, 10**6).map(lambda k: k / 8),  # exact ties at 1 and 2 decimals
            st.integers(0, 10**4).map(lambda k: k / 400 * 100),  # shares of small counts, as the sentences give them
            st.floats(-1e6, 1e6, allow_nan=False),
        ),
        min_size=1,
        max_size=50,
    ),
    st.integers(0, 3),
)
def test_the_pages_fixed_decimals_read_as_pythons(values, digits):
    got = run_script(_FIXED % js_module("format.js"), [[v, digits] for v in values])
    assert got == [f"{v:.{digits}f}" for v in values]
