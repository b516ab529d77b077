"""Reading and driving a rendered confusion-matrix widget in the page.

Geometry comes from the data attributes the front end exposes for tests: the root ``.cmw``
carries ``data-k``, ``data-draw-count`` and ``data-first-draw-ms``; its canvas carries
``data-cell-x0``, ``data-cell-y0`` and ``data-cell-size`` (CSS px from the canvas's top-left to
the first cell shown, and its size) and the zoom window ``data-view-row0``, ``data-view-col0``,
``data-view-size``: the grid shows rows row0..row0+size-1 and the same range of columns from col0.
Cell (i, j) is row i (true class), column j (predicted class). With an abstained column,
``data-cols`` is K + 1 and the column K starts at ``data-extra-x0`` and is ``data-extra-width``
wide, for the rows of the window.
"""

from __future__ import annotations

import math
import time

# Both the notebook's output area and this module look up the widget inside the current
# notebook panel, so a widget left over in another tab can never answer for this one.
# A page with no JupyterLab (a shared HTML file, an exported notebook) looks in the document.
_ROOTS = (
    "() => [...(window.jupyterapp ? window.jupyterapp.shell.currentWidget.node : document).querySelectorAll('.cmw')]"
)

_WIDGET_DRAWN = f"""([nth, k]) => {{
  const roots = ({_ROOTS})();
  const r = roots[nth];
  if (!r || !(Number(r.dataset.drawCount) >= 1)) return false;
  const c = r.querySelector('canvas[data-cell-size]');
  if (!c || !(Number(c.dataset.cellSize) > 0)) return false;
  return k === null || Number(r.dataset.k) === k;
}}"""

_GEOMETRY = f"""(nth) => {{
  const r = ({_ROOTS})()[nth];
  const c = r.querySelector('canvas[data-cell-size]');
  const b = c.getBoundingClientRect();
  return {{
    k: Number(r.dataset.k), drawCount: Number(r.dataset.drawCount),
    firstDrawMs: Number(r.dataset.firstDrawMs),
    x0: Number(c.dataset.cellX0), y0: Number(c.dataset.cellY0), cell: Number(c.dataset.cellSize),
    r0: Number(c.dataset.viewRow0), c0: Number(c.dataset.viewCol0), v: Number(c.dataset.viewSize),
    cols: Number(c.dataset.cols), extraX0: c.dataset.extraX0 ? Number(c.dataset.extraX0) : null,
    extraW: c.dataset.extraWidth ? Number(c.dataset.extraWidth) : null,
    left: b.left, top: b.top, width: b.width, height: b.height,
    viewW: window.innerWidth, viewH: window.innerHeight,
  }};
}}"""

# Bring a point of the canvas (CSS px from its top-left) to the middle of the viewport: a
# one-pixel marker placed there is scrolled into view by every scrolling ancestor.
_SCROLL_TO_POINT = f"""([nth, x, y]) => {{
  const r = ({_ROOTS})()[nth];
  const c = r.querySelector('canvas[data-cell-size]');
  const host = c.offsetParent || c.parentElement;
  const m = document.createElement('div');
  Object.assign(m.style, {{position: 'absolute', width: '1px', height: '1px',
                          left: (c.offsetLeft + x) + 'px', top: (c.offsetTop + y) + 'px',
                          pointerEvents: 'none'}});
  host.appendChild(m);
  m.scrollIntoView({{block: 'center', inline: 'center'}});
  m.remove();
}}"""


def poll(fn, timeout: float = 20.0, interval: float = 0.1, message: str = "condition"):
    """Call ``fn`` until it returns a truthy value; return it, or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            value = fn()
            if value:
                return value
        except AssertionError as exc:
            last_exc = exc
        if time.monotonic() > deadline:
            if last_exc is not None:
                raise last_exc
            raise AssertionError(f"timed out after {timeout} s waiting for {message}")
        time.sleep(interval)


def root(page, nth: int = 0):
    """Locator of the n-th widget root in the current notebook."""
    return page.locator(".cmw").nth(nth)


def wait_widget(page, k: int | None = None, nth: int = 0, timeout: float = 60_000) -> dict:
    """Wait until the n-th widget has drawn (with K classes when given); return its geometry."""
    page.wait_for_function(_WIDGET_DRAWN, arg=[nth, k], timeout=timeout, polling=100)
    return geometry(page, nth)


def geometry(page, nth: int = 0) -> dict:
    return page.evaluate(_GEOMETRY, nth)


def _inside(lo: float, size: float) -> float | None:
    """A whole CSS pixel in [lo, lo + size) clear of the edges, or None if the span has none.

    Mouse events carry whole-pixel client coordinates, so a target must be a whole pixel.
    """
    if size >= 3:
        return float(math.floor(lo + size / 2))
    margin = min(0.1, size / 4)
    x = math.ceil(lo + margin)
    return float(x) if x < lo + size - margin else None


def _abstained(g: dict, j: int) -> bool:
    """Whether column j is the abstained column of geometry ``g``."""
    return g.get("extraX0") is not None and j == g["k"]


def in_view(g: dict, i: int, j: int) -> bool:
    """Whether cell (i, j) is inside the zoom window of geometry ``g`` (the abstained column shows its rows)."""
    return g["r0"] <= i < g["r0"] + g["v"] and (_abstained(g, j) or g["c0"] <= j < g["c0"] + g["v"])


def cell_origin(g: dict, i: int, j: int) -> tuple[float, float]:
    """Top-left corner of cell (i, j) in canvas CSS px, through the zoom window."""
    x = g["extraX0"] if _abstained(g, j) else g["x0"] + (j - g["c0"]) * g["cell"]
    return x, g["y0"] + (i - g["r0"]) * g["cell"]


def cell_width(g: dict, j: int) -> float:
    """Width of column j in CSS px."""
    return g["extraW"] if _abstained(g, j) else g["cell"]


def cell_client_point(page, i: int, j: int, nth: int = 0):
    """Scroll cell (i, j) into view; return a whole-pixel viewport point inside it, or None
    (outside the zoom window, or spanning no whole pixel)."""
    g = geometry(page, nth)
    if not in_view(g, i, j):
        return None
    left, top = cell_origin(g, i, j)
    page.evaluate(_SCROLL_TO_POINT, [nth, left + cell_width(g, j) / 2, top + g["cell"] / 2])
    g = geometry(page, nth)
    left, top = cell_origin(g, i, j)
    x = _inside(g["left"] + left, cell_width(g, j))
    y = _inside(g["top"] + top, g["cell"])
    if x is None or y is None:
        return None
    assert 0 <= x < g["viewW"] and 0 <= y < g["viewH"], (x, y, g)
    return x, y


def canvas_client_point(page, x: float, y: float, nth: int = 0):
    """Scroll a canvas point (CSS px) into view; return its whole-pixel viewport position."""
    page.evaluate(_SCROLL_TO_POINT, [nth, x, y])
    g = geometry(page, nth)
    return float(math.floor(g["left"] + x)), float(math.floor(g["top"] + y))


def click_cell(page, i: int, j: int, nth: int = 0):
    pt = cell_client_point(page, i, j, nth)
    assert pt is not None, f"cell ({i}, {j}) spans no whole pixel at this size"
    page.mouse.click(*pt)
    return pt


def hover_cell(page, i: int, j: int, nth: int = 0) -> str:
    """Move the mouse over cell (i, j); return the tooltip text."""
    pt = cell_client_point(page, i, j, nth)
    assert pt is not None, f"cell ({i}, {j}) spans no whole pixel at this size"
    page.mouse.move(pt[0] - 1, pt[1] - 1)
    page.mouse.move(*pt)
    return tooltip_text(page, nth)


def tooltip_text(page, nth: int = 0) -> str:
    tip = root(page, nth).locator(".cmw-tooltip")
    tip.wait_for(state="visible")
    return tip.text_content()


def y_label_point(page, i: int, nth: int = 0):
    """Viewport point on the row (true class) tick label of class i, just left of the grid."""
    g = geometry(page, nth)
    return canvas_client_point(page, g["x0"] - 10, cell_origin(g, i, 0)[1] + g["cell"] / 2, nth)


def x_label_point(page, j: int, nth: int = 0):
    """Viewport point on the column (predicted class) tick label of class j, below the grid."""
    g = geometry(page, nth)
    grid = g["cell"] * g["v"]
    return canvas_client_point(page, cell_origin(g, 0, j)[0] + g["cell"] / 2, g["y0"] + grid + 12, nth)


def selection_panel(page, nth: int = 0) -> dict:
    """What the selection panel shows: sentence, emphasised names, indices, range text."""
    return page.evaluate(
        f"""(nth) => {{
          const r = ({_ROOTS})()[nth];
          const p = r.querySelector('.cmw-selection');
          const s = p.querySelector('.cmw-sentence');
          const idx = p.querySelector('.cmw-indices');
          const rng = p.querySelector('.cmw-range');
          return {{
            sentence: s ? s.textContent : null,
            em: s ? [...s.querySelectorAll('em')].map(e => e.textContent) : [],
            indices: idx ? idx.textContent : null,
            range: rng ? rng.textContent : null,
            text: p.textContent,
          }};
        }}""",
        nth,
    )


def panel_indices(panel: dict) -> list[int]:
    text = panel["indices"]
    if not text:
        return []
    return [int(t) for t in text.replace(",", " ").split()]


def wait_panel_for(page, true_name: str, pred_name: str, nth: int = 0, timeout: float = 20.0) -> dict:
    """Wait until the selection panel describes the cell (true_name, pred_name); return it."""

    last = {}

    def ready():
        p = last["panel"] = selection_panel(page, nth)
        return (
            p
            if p["em"][:2] == [true_name, pred_name] and (p["indices"] is not None or "No samples" in p["text"])
            else None
        )

    try:
        return poll(ready, timeout, message=f"the panel for ({true_name!r}, {pred_name!r})")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the panel shows {last.get('panel')}") from None


def canvas_pixel(page, x: float, y: float, nth: int = 0) -> list[int]:
    """RGBA of the canvas at CSS point (x, y), read from its backing store."""
    return page.evaluate(
        f"""([nth, x, y]) => {{
          const c = ({_ROOTS})()[nth].querySelector('canvas[data-cell-size]');
          const s = c.width / c.getBoundingClientRect().width;
          return [...c.getContext('2d').getImageData(Math.floor(x * s), Math.floor(y * s), 1, 1).data];
        }}""",
        [nth, x, y],
    )


def ink_in_box(page, x0: float, y0: float, x1: float, y1: float, nth: int = 0) -> int:
    """Number of dark, opaque canvas pixels (text strokes) in a CSS-px box."""
    return page.evaluate(
        f"""([nth, x0, y0, x1, y1]) => {{
          const c = ({_ROOTS})()[nth].querySelector('canvas[data-cell-size]');
          const s = c.width / c.getBoundingClientRect().width;
          const X = Math.max(0, Math.floor(x0 * s)), Y = Math.max(0, Math.floor(y0 * s));
          const W = Math.max(1, Math.floor((x1 - x0) * s)), H = Math.max(1, Math.floor((y1 - y0) * s));
          const d = c.getContext('2d').getImageData(X, Y, W, H).data;
          let n = 0;
          for (let p = 0; p < d.length; p += 4) {{
            if (d[p + 3] > 128 && d[p] + d[p + 1] + d[p + 2] < 3 * 110) n++;
          }}
          return n;
        }}""",
        [nth, x0, y0, x1, y1],
    )
