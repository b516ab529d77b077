"""The saved view's packed data: what Python packs, Python and the page unpack to the same document."""

import base64
import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from node_js import js_module, run_script

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import pack_json, page_data, unpack_json

# base64 text of random bytes, canonical or not, among other strings
texts = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=200).map(lambda b: base64.b64encode(b).decode()),
    st.binary(min_size=48, max_size=120).map(lambda b: base64.b64encode(b).decode()[:-2] + "=="),
    st.sampled_from(["A" * 64, "QR==" * 20, "ab+/" * 16, "=" * 64]),
)
documents = st.recursive(
    st.one_of(texts, st.integers(-(2**53), 2**53), st.booleans(), st.none()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_unpacking_gives_back_the_document(doc):
    assert unpack_json(pack_json(doc)) == doc


_UNPACK = """
import { unpackDocument } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", async () => {
  const out = [];
  for (const text of JSON.parse(input)) out.push(await unpackDocument(text));
  process.stdout.write(JSON.stringify(out));
});
"""


def test_the_page_unpacks_what_python_packs():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 12, 3000)
    p = np.where(rng.random(3000) < 0.5, y, rng.integers(0, 12, 3000))
    s = rng.random(3000)
    widgets = [
        ConfusionMatrixWidget(y, p, display_labels=[f"<b>{i}</b> \\u2028" for i in range(12)]),
        ConfusionMatrixWidget(y > 5, y_score=s),
        ConfusionMatrixWidget.from_counts(np.arange(16).reshape(4, 4)),
    ]
    docs = [json.loads(json.dumps(page_data(w, cluster=False))) for w in widgets]
    docs.append({"a": ["QR==" * 20, "A" * 64, "x"], "b": {"__cmw": 1}})
    got = run_script(_UNPACK % js_module("core/unpack.js"), [pack_json(d) for d in docs])
    assert got == docs


_B85 = """
import { fromBase85 } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map((t) => Buffer.from(fromBase85(t)).toString("hex"))));
});
"""


def test_the_page_reads_base85_text_as_pythons_base64_module_writes_it():
    """Every length of a last group; the oracle is Python's own base85 (with "<" written ".")."""
    rng = np.random.default_rng(9)
    raws = [rng.integers(0, 256, n, dtype=np.uint8).tobytes() for n in range(0, 23)] + [b"\xff" * 9, b"\x00" * 7]
    texts = [base64.b85encode(r).decode().replace("<", ".") for r in raws]
    assert all("<" not in t and '"' not in t and "\\" not in t for t in texts)
    assert run_script(_B85 % js_module("core/unpack.js"), texts) == [r.hex() for r in raws]


_READ = """
import { readData } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", async () => {
  const out = [];
  for (const [encoding, text] of JSON.parse(input)) out.push(await readData({ textContent: text, dataset: { encoding } }));
  process.stdout.write(JSON.stringify(out));
});
"""


def test_the_page_reads_a_packed_document_in_base85_and_in_base64_as_earlier_notebooks_saved_it():
    from cm_widget._export.pack import from_b85

    y = np.random.default_rng(5).integers(0, 30, 2000)
    doc = json.loads(json.dumps(page_data(ConfusionMatrixWidget(y, (y + 1) % 30), cluster=False)))
    text = pack_json(doc)
    older = base64.b64encode(from_b85(text)).decode("ascii")
    assert unpack_json(older, encoding="cmw-pack") == doc
    assert run_script(_READ % js_module("core/unpack.js"), [["cmw-pack85", text], ["cmw-pack", older]]) == [doc, doc]
