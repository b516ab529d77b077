"""Browser timings of the widget in a real JupyterLab + headless Chromium, and the bytes it sends.

Prints, for K = 10, 100, 1000 classes:
  - first draw: render() start to the first drawn frame (the root's data-first-draw-ms),
  - normalisation: click on a normalisation button -> the next redraw (performance.now() in the
    page; the page derives the normalised view from the counts it holds),
and for K = 2 with binary scores the threshold-drag step round trip (one slider step -> the
redraw after the kernel's new counts). Medians of several runs. As the peer, the time
scikit-learn's ConfusionMatrixDisplay (matplotlib, values drawn) takes for the same K.

With --wire (no browser needed), the bytes the kernel sends to the page (JSON + binary buffers
of each comm message, counted by wrapping the widget's comm) for: the full render state at
display (without the front-end code itself), a normalise toggle, a colormap toggle, a click on
a cell, and a threshold step of binary scores; at K = 10, 100, 1000, 2000.

Nothing is asserted; run:  python benchmarks/bench_browser.py [--repeat 7] [--ks 10,100,1000]
                           python benchmarks/bench_browser.py --wire [--wire-ks 10,100,1000,2000]
"""

from __future__ import annotations

import argparse
import json
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
            timeout=120_000,
            polling=50,
        )
        out.append(
            page.evaluate(f"() => Number({_ROOTS}.find(r => !r.hasAttribute('data-bench-old')).dataset.firstDrawMs)")
        )
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


# ---------------------------------------------------------------------------- bytes on the wire

_FRONT_END_CODE = ("_esm", "_css")


def _message_bytes(data, buffers) -> int:
    return len(json.dumps(data, separators=(",", ":"))) + sum(len(memoryview(b).cast("B")) for b in buffers or [])


class _Tap:
    """Counts what the widget sends through its comm (messages and bytes)."""

    def __init__(self, widget):
        self.sizes = []
        widget.comm.send = lambda data=None, metadata=None, buffers=None: self.sizes.append(
            _message_bytes(data, buffers)
        )

    def take(self):
        out, self.sizes = self.sizes, []
        return out


def _page_writes(widget, **state):
    """Deliver an update exactly as the page's model.save_changes() does."""
    widget._handle_msg({"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []})


def _display_bytes(widget) -> int:
    """The state the page receives when the widget is displayed, without the front-end code."""
    from ipywidgets.widgets.widget import _remove_buffers

    state = {k: v for k, v in widget.get_state().items() if k not in _FRONT_END_CODE}
    state, _paths, buffers = _remove_buffers(state)
    return _message_bytes(state, buffers)


def wire_sizes(ks: list[int]) -> list[dict]:
    """Bytes sent for each action, per K (multiclass), and for a binary threshold step."""
    import numpy as np

    from cm_widget import ConfusionMatrixWidget

    rows = []
    for k in ks:
        rng = np.random.default_rng(0)
        n = max(200_000, 20 * k)
        yt = rng.integers(0, k, n)
        yp = np.where(rng.random(n) < 0.6, yt, rng.integers(0, k, n))
        w = ConfusionMatrixWidget(yt, yp)
        tap = _Tap(w)
        row = {"k": k, "display": _display_bytes(w)}
        _page_writes(w, normalize="true")
        row["normalise"] = tap.take()
        _page_writes(w, cmap="viridis")
        row["colormap"] = tap.take()
        _page_writes(w, selected=[k // 2, k // 2])
        row["click"] = tap.take()
        w.close()
        rows.append(row)
    rng = np.random.default_rng(0)
    yt = rng.integers(0, 2, 1_000_000)
    w = ConfusionMatrixWidget(yt, y_score=np.clip(0.3 * yt + 0.7 * rng.random(yt.size), 0, 1))
    tap = _Tap(w)
    _page_writes(w, threshold=0.51)
    rows.append({"k": 2, "display": _display_bytes(w), "threshold": tap.take()})
    w.close()
    return rows


def human(n: int) -> str:
    for unit, size in (("MB", 1e6), ("KB", 1e3)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


def print_wire(rows: list[dict]) -> None:
    print("Bytes the kernel sends (JSON + buffers; a toggle counts every message it causes)\n")
    print(f"{'K':>6}  {'display':>10}  {'normalise':>10}  {'colormap':>10}  {'click':>10}  {'threshold':>10}")
    for r in rows:
        cells = [human(r["display"])] + [
            human(sum(r[a])) + f" /{len(r[a])}" if a in r else "-"
            for a in ("normalise", "colormap", "click", "threshold")
        ]
        print(f"{r['k']:>6}  " + "  ".join(f"{c:>10}" for c in cells))
    print("\n(/m: number of messages)")


def fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):9.1f}  (min {min(xs):.1f}, max {max(xs):.1f}, n={len(xs)})"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="samples per measurement")
    ap.add_argument("--ks", default="10,100,1000", help="comma-separated class counts")
    ap.add_argument("--binary-n", type=int, default=1_000_000, help="samples for the threshold round trip")
    ap.add_argument(
        "--peer-max-k", type=int, default=100, help="measure the matplotlib peer up to this K (K=100 takes seconds)"
    )
    ap.add_argument("--wire", action="store_true", help="only count the bytes sent (no browser)")
    ap.add_argument("--wire-ks", default="10,100,1000,2000", help="class counts for --wire")
    args = ap.parse_args(argv)
    if args.wire:
        print_wire(wire_sizes([int(k) for k in args.wire_ks.split(",") if k]))
        return
    ks = [int(k) for k in args.ks.split(",") if k]

    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="cmw-bench-", ignore_cleanup_errors=True) as base,
        JupyterServer(base) as server,
        sync_playwright() as p,
    ):
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
                print(f"K={k:<5} normalise to redraw     {fmt(trips)}")
                if k <= args.peer_max_k:
                    peer = matplotlib_peer(k)
                    ratio = peer / statistics.median(draws)
                    print(
                        f"K={k:<5} peer: sklearn ConfusionMatrixDisplay draw {peer:9.1f}"
                        f"  -> first draw is {ratio:.0f}x faster"
                    )
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
