"""Browser timings of the widget in a real JupyterLab + headless Chromium.

Prints, for K = 10, 100, 1000 classes:
  - first draw: render() start to the first drawn frame (the root's data-first-draw-ms),
  - normalisation round trip: click on a normalisation button -> the redraw that follows the
    kernel's answer (performance.now() in the page),
and for K = 2 with binary scores the threshold-drag step round trip (one slider step -> the
redraw after the kernel's new counts). Medians of several runs. As the peer, the time
scikit-learn's ConfusionMatrixDisplay (matplotlib, values drawn) takes for the same K.

Nothing is asserted; run:  python benchmarks/bench_browser.py [--repeat 7] [--ks 10,100,1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "browser"))

from cm_page import wait_widget  # noqa: E402
from jlab_harness import JupyterServer, launch_chromium  # noqa: E402
from lab_page import SCRATCH, open_notebook, run_all, run_cell  # noqa: E402

_ROOTS = "[...window.jupyterapp.shell.currentWidget.node.querySelectorAll('.cmw')]"

# Resolves with the ms from `act()` to the next change of the root's data-draw-count.
_ROUND_TRIP = f"""
async ([action, arg]) => {{
  const r = {_ROOTS}.at(-1);
  const acts = {{
    normalize: () => r.querySelector(`.cmw-seg-btn[data-value="${{arg}}"]`).click(),
    threshold: () => {{
      const s = r.querySelector('input.cmw-threshold');
      s.value = String(arg);
      s.dispatchEvent(new Event('input', {{bubbles: true}}));
    }},
  }};
  return await new Promise((resolve, reject) => {{
    const before = r.dataset.drawCount;
    let t0 = 0;
    const timer = setTimeout(() => {{ obs.disconnect(); reject(new Error('no redraw within 60 s')); }}, 60000);
    const obs = new MutationObserver(() => {{
      if (r.dataset.drawCount === before) return;
      const dt = performance.now() - t0;
      obs.disconnect();
      clearTimeout(timer);
      resolve(dt);
    }});
    obs.observe(r, {{attributes: true, attributeFilter: ['data-draw-count']}});
    t0 = performance.now();
    acts[action]();
  }});
}}
"""

_RELEASE_SLIDER = f"""() => {{
  const s = {_ROOTS}.at(-1).querySelector('input.cmw-threshold');
  s.dispatchEvent(new Event('change', {{bubbles: true}}));
}}"""


def multiclass_cells(k: int) -> list[str]:
    n = max(20_000, 20 * k)
    return [
        "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\n"
        f"rng = np.random.default_rng(0)\nyt = rng.integers(0, {k}, {n})\n"
        f"yp = np.where(rng.random({n}) < 0.6, yt, rng.integers(0, {k}, {n}))\n"
        "w = ConfusionMatrixWidget(yt, yp)",
        "w",
        SCRATCH,
    ]


def binary_cells(n: int) -> list[str]:
    return [
        "import numpy as np\nfrom cm_widget import ConfusionMatrixWidget\n"
        f"rng = np.random.default_rng(0)\nyt = rng.integers(0, 2, {n})\n"
        f"scores = np.clip(0.3 * yt + 0.7 * rng.random({n}), 0, 1)\n"
        "w = ConfusionMatrixWidget(yt, y_score=scores)",
        "w",
        SCRATCH,
    ]


def first_draws(page, k: int, repeat: int) -> list[float]:
    """First-draw times of `repeat` fresh views (the display cell re-run each time)."""
    out = [wait_widget(page, k=k, timeout=120_000)["firstDrawMs"]]
    while len(out) < repeat:
        page.evaluate(f"() => {_ROOTS}.forEach(r => r.setAttribute('data-bench-old', ''))")
        run_cell(page, 1)
        page.wait_for_function(
            f"() => {_ROOTS}.some(r => !r.hasAttribute('data-bench-old') && r.dataset.firstDrawMs)",
            timeout=120_000, polling=50,
        )
        out.append(page.evaluate(
            f"() => Number({_ROOTS}.find(r => !r.hasAttribute('data-bench-old')).dataset.firstDrawMs)"))
    return out


def normalize_round_trips(page, repeat: int) -> list[float]:
    out = []
    for r in range(repeat):
        # Alternate counts -> row percentages -> counts: every click changes what is shown.
        out.append(page.evaluate(_ROUND_TRIP, ["normalize", "true" if r % 2 == 0 else ""]))
        page.wait_for_timeout(100)
    return out


def threshold_round_trips(page, repeat: int) -> list[float]:
    out = []
    for r in range(repeat):
        # Steps back and forth far enough to move samples across, more than the slider's
        # throttle interval apart so each step is written at once.
        out.append(page.evaluate(_ROUND_TRIP, ["threshold", 0.45 if r % 2 == 0 else 0.55]))
        page.wait_for_timeout(120)
    page.evaluate(_RELEASE_SLIDER)
    return out


def matplotlib_peer(k: int) -> float:
    """ms for scikit-learn's ConfusionMatrixDisplay (with values) to draw a K-class matrix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from sklearn.metrics import ConfusionMatrixDisplay

    rng = np.random.default_rng(0)
    n = max(20_000, 20 * k)
    yt = rng.integers(0, k, n)
    yp = np.where(rng.random(n) < 0.6, yt, rng.integers(0, k, n))
    t0 = time.perf_counter()
    disp = ConfusionMatrixDisplay.from_predictions(yt, yp)
    disp.figure_.canvas.draw()
    dt = (time.perf_counter() - t0) * 1000
    plt.close(disp.figure_)
    return dt


def fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):9.1f}  (min {min(xs):.1f}, max {max(xs):.1f}, n={len(xs)})"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="samples per measurement")
    ap.add_argument("--ks", default="10,100,1000", help="comma-separated class counts")
    ap.add_argument("--binary-n", type=int, default=1_000_000, help="samples for the threshold round trip")
    ap.add_argument("--peer-max-k", type=int, default=100,
                    help="measure the matplotlib peer up to this K (K=100 takes seconds)")
    args = ap.parse_args(argv)
    ks = [int(k) for k in args.ks.split(",") if k]

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="cmw-bench-", ignore_cleanup_errors=True) as base, \
            JupyterServer(base) as server, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            print(f"JupyterLab at {server.url}; Chromium {browser.version}; medians in ms\n")
            for k in ks:
                context = browser.new_context(viewport={"width": 1400, "height": 1100})
                page = context.new_page()
                try:
                    name = server.write_notebook(f"bench_k{k}.ipynb", multiclass_cells(k))
                    open_notebook(page, server, name)
                    run_all(page)
                    draws = first_draws(page, k, args.repeat)
                    trips = normalize_round_trips(page, args.repeat)
                finally:
                    context.close()
                    for s in server.api("GET", "/api/sessions"):
                        server.api("DELETE", f"/api/sessions/{s['id']}", timeout=15)
                print(f"K={k:<5} first draw              {fmt(draws)}")
                print(f"K={k:<5} normalise round trip    {fmt(trips)}")
                if k <= args.peer_max_k:
                    peer = matplotlib_peer(k)
                    ratio = peer / statistics.median(draws)
                    print(f"K={k:<5} peer: sklearn ConfusionMatrixDisplay draw {peer:9.1f}"
                          f"  -> first draw is {ratio:.0f}x faster")
                print()

            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            page = context.new_page()
            try:
                name = server.write_notebook("bench_binary.ipynb", binary_cells(args.binary_n))
                open_notebook(page, server, name)
                run_all(page)
                wait_widget(page, k=2)
                trips = threshold_round_trips(page, args.repeat)
            finally:
                context.close()
            print(f"K=2 (binary, n={args.binary_n:,}) threshold step round trip {fmt(trips)}")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
