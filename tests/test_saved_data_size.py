"""The data a saved notebook view packs: each sample's cell within a few percent of what its
labels' entropy allows, and the page reads back every cell and the colour table."""

import json
import re

import matplotlib
import numpy as np
import pytest
from node_js import js_module, run_script

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import fragment, pack_json, page_data, unpack_json


def _labels(n, k, agree, seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    return y, np.where(rng.random(n) < agree, y, rng.integers(0, k, n))


def _packed(widget, max_samples=2_000_000):
    html = fragment(widget, css=True, code=False, cluster=False, max_samples=max_samples)
    return re.search(r"class=cmw-view-data[^>]*>([^<]*)</script>", html).group(1)


def _entropy_bytes(cells):
    """Bytes an ideal code of these cell ids takes (n times their empirical entropy)."""
    p = np.bincount(cells) / len(cells)
    p = p[p > 0]
    return -(p * np.log2(p)).sum() * len(cells) / 8


def test_a_saved_view_packs_its_samples_cells_near_their_entropy():
    for n, k, agree, seed in [(10_000, 20, 0.7, 0), (10_000, 20, 0.8, 1), (5_000, 10, 0.6, 2), (8_000, 40, 0.5, 3)]:
        y, p = _labels(n, k, agree, seed)
        text = _packed(ConfusionMatrixWidget(y, p))
        doc = unpack_json(text)
        doc["samples"]["cells"] = None
        grown = len(text) - len(pack_json(doc))  # what the cells add to the view
        floor = _entropy_bytes(y * k + p) * 5 / 4  # as text of 5 characters for 4 bytes
        assert grown <= 1.12 * floor, (k, grown, round(floor))


_CELLS = """
import { unpackDocument } from %s;
import { decodeSamples } from %s;
import { embeddedSource } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", async () => {
  const out = [];
  for (const text of JSON.parse(input)) {
    const data = await unpackDocument(text);
    const source = embeddedSource(data);
    out.push({ cells: Array.from(decodeSamples(data).cells), lut: Array.from(source.get("_lut")) });
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def test_the_page_reads_every_cell_and_the_colour_table_of_a_packed_view():
    cases = []
    for n, k, agree, seed, cmap in [
        (3000, 20, 0.7, 4, "Blues"),
        (3000, 300, 0.5, 5, "viridis_r"),
        (2000, 12, 0.4, 6, "coolwarm"),
        (500, 5, 0.6, 7, "Greens"),
    ]:
        y, p = _labels(n, k, agree, seed)
        cases.append((y * k + p, cmap, _packed(ConfusionMatrixWidget(y, p, cmap=cmap))))
    script = _CELLS % (
        js_module("core/unpack.js"),
        js_module("core/page_engine.js"),
        js_module("core/source_embedded.js"),
    )
    got = run_script(script, [c[2] for c in cases])
    for (cells, cmap, _), page in zip(cases, got):
        assert page["cells"] == cells.tolist()
        expected = np.round(matplotlib.colormaps[cmap](np.linspace(0, 1, 256))[:, :3] * 255).astype(int)
        assert page["lut"] == expected.ravel().tolist(), cmap


def test_python_unpacks_the_same_cells():
    y, p = _labels(4000, 25, 0.6, 8)
    doc = unpack_json(_packed(ConfusionMatrixWidget(y, p)))
    plain = json.loads(json.dumps(page_data(ConfusionMatrixWidget(y, p), cluster=False)))
    assert doc["k"] == plain["k"] == 25 and doc["n"] == plain["n"] == 4000
    assert doc["state"]["values"]["_matrix"] == plain["state"]["values"]["_matrix"]


_OPENED = """
import { embeddedSource } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = [];
  for (const data of JSON.parse(input)) {
    const s = embeddedSource(data);
    const m = s.get("_matrix");
    const bytes = m.counts;
    const counts = Array.from(new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    const pc = s.get("_metrics").per_class;
    const perClass = Array.from(pc instanceof Float64Array ? pc : new Float64Array(pc.buffer.slice(pc.byteOffset, pc.byteOffset + pc.byteLength)));
    out.push({ dtype: m.dtype, counts, perClass, summary: s.get("_metrics").summary });
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def test_a_view_of_labels_leaves_out_the_counts_and_metrics_the_page_recounts():
    """The page counts each sample's cell and derives the metrics on opening; the oracle is
    scikit-learn's confusion matrix and per-class metrics."""
    from sklearn.metrics import accuracy_score, balanced_accuracy_score, confusion_matrix
    from sklearn.metrics import precision_recall_fscore_support as prfs

    cases = [
        _labels(n, k, a, seed) + (k,) for n, k, a, seed in [(4000, 20, 0.7, 10), (300, 3, 0.5, 11), (50, 7, 0.2, 12)]
    ]
    docs = []
    for y, p, k in cases:
        data = page_data(ConfusionMatrixWidget(y, p), cluster=False)
        paths = [b["path"] for b in data["state"]["buffers"]]
        assert ["_matrix", "counts"] not in paths and ["_metrics", "per_class"] not in paths
        assert "_metrics" not in data["state"]["values"]
        docs.append(data)
    for (y, p, k), page in zip(cases, run_script(_OPENED % js_module("core/source_embedded.js"), docs)):
        labels = list(range(k))
        np.testing.assert_array_equal(np.reshape(page["counts"], (k, k)), confusion_matrix(y, p, labels=labels))
        precision, recall, f1, support = prfs(y, p, labels=labels, zero_division=0)
        expected = np.column_stack([precision, recall, f1, support]).ravel()
        np.testing.assert_allclose(page["perClass"], expected, rtol=1e-12)
        summary = {row["name"]: row for row in page["summary"]}
        assert summary["accuracy"]["value"] == pytest.approx(accuracy_score(y, p), rel=1e-12)
        assert summary["balanced accuracy"]["value"] == pytest.approx(balanced_accuracy_score(y, p), rel=1e-12)
        macro = prfs(y, p, labels=labels, average="macro", zero_division=0)
        assert [summary["macro avg"][m] for m in ("precision", "recall", "f1")] == pytest.approx(macro[:3], rel=1e-12)
