"""Slices in the kernel-free file: what they add to its size, and how fast the page switches them.

    python benchmarks/bench_slices_file.py               # n = 1M binary scores, 50 slices
    python benchmarks/bench_slices_file.py --n 1e5 --slices 5

Sizes: the HTML file (``to_html``) and the notebook's saved view (packed, without the page's code)
of the same widget without and with ``slices=``. Times: the page's state source in Node
(js/core/source_embedded.js, the code the file runs) showing another slice and moving the threshold
(which recounts every slice), against the kernel doing the same (``w.slice = ...``,
``w.threshold = ...``, then every slice's counts) in the same run. Medians; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import time

import numpy as np
from bench_engine import fmt

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import page_data
from cm_widget._export.html import fragment, html_document

ROOT = pathlib.Path(__file__).resolve().parents[1]

_NODE = """
import { embeddedSource } from %s;
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const { data, slices, thresholds } = JSON.parse(input);
  let t0 = performance.now();
  const src = embeddedSource(data);
  const open = performance.now() - t0;
  const times = (fn, values) => values.map((v) => { t0 = performance.now(); fn(v); return performance.now() - t0; });
  const slice = times((s) => src.set("slice", s), slices);
  const threshold = times((t) => src.set("threshold", t), thresholds);
  process.stdout.write(JSON.stringify({ open, slice, threshold }));
});
"""


def _median_ms(values):
    return statistics.median(values) / 1e3


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=float, default=1e6)
    parser.add_argument("--slices", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    n, s, repeat = int(args.n), args.slices, args.repeat
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, n)
    score = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    group = rng.integers(0, s, n)
    plain = ConfusionMatrixWidget(y, y_score=score)
    sliced = ConfusionMatrixWidget(y, y_score=score, slices=group)

    print(f"n = {n:,} binary scores, {s} slices (random values)")
    for name, make in (
        ("HTML file (to_html)", lambda w: html_document(w, previews=False)),
        ("saved view (packed, no code)", lambda w: fragment(w, css=True, cluster=False, code=False, previews=False)),
    ):
        a, b = len(make(plain).encode()), len(make(sliced).encode())
        print(
            f"  {name:<30} {a / 1024:9.1f} KB -> {b / 1024:9.1f} KB with slices  (+{(b - a) / 1024:.1f} KB, "
            f"{8 * (b - a) / n:.2f} bits a sample)"
        )

    names = list(sliced.slices)
    picks = [names[int(i)] for i in rng.integers(0, s, repeat)]
    thresholds = np.linspace(0.2, 0.8, repeat).astype(np.float32).astype(float).tolist()

    def kernel(fn, values):
        out = []
        for v in values:
            t0 = time.perf_counter()
            fn(v)
            out.append(time.perf_counter() - t0)
        return statistics.median(out)

    def show(name):
        sliced.slice = name
        sliced.counts  # noqa: B018 - the matrix shown

    def move(t):
        sliced.threshold = t
        sliced.slice_counts  # noqa: B018 - every slice recounted

    ours_slice, ours_threshold = kernel(show, picks), kernel(move, thresholds)
    sliced.slice, sliced.threshold = None, 0.5
    node = shutil.which("node")
    if node is None:
        print("  (no Node.js: the page's times are not measured)")
        return
    payload = {"data": page_data(sliced, previews=False), "slices": picks, "thresholds": thresholds}
    script = _NODE % json.dumps((ROOT / "js" / "core" / "source_embedded.js").as_uri())
    out = subprocess.run(
        [node, "--input-type=module", "-e", script],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    page = json.loads(out.stdout)
    print(f"  page opens (decodes the samples, builds each slice's)  {fmt(page['open'] / 1e3)}")
    for label, mine, theirs in (
        ("show another slice", _median_ms(page["slice"]), ours_slice),
        ("move the threshold (every slice recounted)", _median_ms(page["threshold"]), ours_threshold),
    ):
        print(f"  {label:<44} page {fmt(mine)}   kernel {fmt(theirs)}   page/kernel {mine / theirs:6.1f}x")


if __name__ == "__main__":
    main()
