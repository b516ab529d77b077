"""The page's redraw after a reorder, in a real JupyterLab + headless Chromium.

For K classes (default 1000), each order is chosen in the order menu, alternating with
"given", and two times are read in the page:
  - round trip: the menu's change -> the first draw in the new order (the kernel computes
    the order and sends it; the page permutes its counts and colours and redraws),
  - redraw: how long that draw itself took (the root's data-last-draw-ms), which includes
    deriving the permuted matrix.
Also the errors-only toggle (no kernel round trip needed to redraw) and, as the peer measured
in the same run, a first draw of the same matrix. Medians; nothing is asserted. Run:
    python benchmarks/bench_order_browser.py [--ks 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "browser"))
sys.path.insert(0, str(HERE))

from bench_browser import _ROOTS, fmt  # noqa: E402
from cm_page import wait_widget  # noqa: E402
from jlab_harness import JupyterServer, launch_chromium  # noqa: E402
from lab_page import open_notebook, run_all  # noqa: E402

# Resolves with [ms from the change to the next draw, that draw's own ms].
_CHANGE = f"""
async ([selector, value]) => {{
  const r = {_ROOTS}.at(-1);
  const el = r.querySelector(selector);
  return await new Promise((resolve, reject) => {{
    const before = r.dataset.drawCount;
    let t0 = 0;
    const timer = setTimeout(() => {{ obs.disconnect(); reject(new Error('no redraw within 60 s')); }}, 60000);
    const obs = new MutationObserver(() => {{
      if (r.dataset.drawCount === before) return;
      const dt = performance.now() - t0;
      obs.disconnect();
      clearTimeout(timer);
      resolve([dt, Number(r.dataset.lastDrawMs)]);
    }});
    obs.observe(r, {{attributes: true, attributeFilter: ['data-draw-count']}});
    t0 = performance.now();
    if (el.type === 'checkbox') el.checked = value; else el.value = value;
    el.dispatchEvent(new Event('change', {{bubbles: true}}));
  }});
}}
"""

ORDERS = ["cluster", "errors", "support", "name"]


def notebook_cells(k: int) -> list[str]:
    """K classes, 60% right, named in reverse so that every order differs from the given one."""
    n = max(20_000, 20 * k)
    return [
        "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\n"
        f"rng = np.random.default_rng(0)\nyt = rng.integers(0, {k}, {n})\n"
        f"yp = np.where(rng.random({n}) < 0.6, yt, rng.integers(0, {k}, {n}))\n"
        f"w = ConfusionMatrixWidget(yt, yp, display_labels=[f'c{{{k} - 1 - i:05d}}' for i in range({k})])",
        "w",
    ]


def measure(page, selector, values, repeat):
    trips, draws = [], []
    for r in range(repeat):
        for value in values:
            trip, draw = page.evaluate(_CHANGE, [selector, value])
            page.wait_for_timeout(100)
            if value == values[0]:
                trips.append(trip)
                draws.append(draw)
    return trips, draws


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ks", default="1000")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="cmw-bench-", ignore_cleanup_errors=True) as base,
        JupyterServer(base) as server,
        sync_playwright() as p,
    ):
        browser = launch_chromium(p)
        try:
            print(f"JupyterLab at {server.url}; Chromium {browser.version}; medians in ms\n")
            for k in (int(v) for v in args.ks.split(",")):
                context = browser.new_context(viewport={"width": 1400, "height": 1100})
                page = context.new_page()
                try:
                    name = server.write_notebook(f"bench_order_k{k}.ipynb", notebook_cells(k))
                    open_notebook(page, server, name)
                    run_all(page)
                    first = wait_widget(page, k=k, timeout=120_000)["firstDrawMs"]
                    print(f"K={k:<5} peer: first draw of the matrix      {first:9.1f}")
                    for how in ORDERS:
                        trips, draws = measure(page, "select.cmw-order-select", [how, "given"], args.repeat)
                        print(f"K={k:<5} order={how!r:<10} round trip     {fmt(trips)}")
                        print(
                            f"K={k:<5} order={how!r:<10} redraw         {fmt(draws)}"
                            f"  ({statistics.median(draws) / first:.2f}x a first draw)"
                        )
                    trips, draws = measure(page, "input.cmw-errors-only", [True, False], args.repeat)
                    print(f"K={k:<5} errors only on: to redraw         {fmt(trips)}")
                    print(f"K={k:<5} errors only on: redraw            {fmt(draws)}")
                finally:
                    context.close()
                    for s in server.api("GET", "/api/sessions"):
                        server.api("DELETE", f"/api/sessions/{s['id']}", timeout=15)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
