"""Sizes and build times of the one-file export (``w.to_html()``), labels and binary scores.

    .venv/bin/python benchmarks/bench_html.py [--sizes 1000,100000,1000000,10000000]

Prints the file size, the bytes per sample above the base file, and the median time to
write it. Above ``max_samples`` (2,000,000) the file keeps the counts only. With ``--draw``,
also the first draw of each file opened from disk in headless Chromium (median of 3 loads,
measured in the page from the start of the script to the first painted matrix).
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time

import numpy as np

from cm_widget import ConfusionMatrixWidget


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000,1000000,10000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--draw", action="store_true", help="also time the first draw in headless Chromium")
    args = ap.parse_args()
    draw = first_draw_timer() if args.draw else None
    rng = np.random.default_rng(0)
    base = len(ConfusionMatrixWidget([0, 1], [0, 1]).to_html().encode())
    print(f"base file (2 samples, 2 classes): {base / 1024:.1f} KiB")
    print(f"{'kind':<8}{'n':>12}{'file':>12}{'B/sample':>10}{'to_html':>12}" + (f"{'first draw':>14}" if draw else ""))
    for n in (int(s) for s in args.sizes.split(",")):
        y = rng.integers(0, 10, n)
        cases = {
            "labels": ConfusionMatrixWidget(y, np.where(rng.random(n) < 0.8, y, rng.integers(0, 10, n))),
            "binary": ConfusionMatrixWidget(y % 2, y_score=rng.random(n)),
        }
        for kind, w in cases.items():
            size = len(w.to_html(previews=False).encode())
            took = median_time(lambda w=w: w.to_html(previews=False), args.repeat)
            per = (size - base) / n
            line = f"{kind:<8}{n:>12,}{size / 1e6:>10.2f}MB{per:>10.2f}{took * 1e3:>10.0f}ms"
            if draw:
                line += f"{draw(w.to_html(previews=False)):>12.1f}ms"
            print(line)
    if draw:
        draw.close()


def first_draw_timer():
    """A function timing the first draw of an HTML text opened from a file (median of 3)."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests" / "browser"))
    from jlab_harness import launch_chromium

    pw = sync_playwright().start()
    browser = launch_chromium(pw)
    folder = tempfile.TemporaryDirectory()

    def measure(text):
        path = pathlib.Path(folder.name) / "cm.html"
        path.write_text(text, encoding="utf-8")
        times = []
        for _ in range(3):
            page = browser.new_page()
            page.goto(path.as_uri())
            page.wait_for_function("() => Number(document.querySelector('.cmw')?.dataset.drawCount) >= 1")
            times.append(float(page.locator(".cmw").get_attribute("data-first-draw-ms")))
            page.close()
        return statistics.median(times)

    def close():
        browser.close()
        pw.stop()
        folder.cleanup()

    measure.close = close
    return measure


if __name__ == "__main__":
    main()
