"""The canvas's focus ring shows on all four sides (the plot around it scrolls and clips)."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

STATIC = Path(__file__).resolve().parents[2] / "cm_widget" / "static"
ORIGIN = "http://cmw.test"

# A bare page: the bundle rendered on a stand-in model of three classes.
PAGE = """<!doctype html><html><head><link rel="stylesheet" href="/widget.css"></head>
<body style="margin: 20px; background: #fff"><div id="host" style="width: 700px"></div>
<script type="module">
import widget from "/widget.js";
const values = {display_labels: ["a", "b", "c"], normalize: null, cmap: "Blues", selected: null,
  _matrix: {k: 3, dtype: "uint8", counts: new Uint8Array([9, 1, 0, 1, 8, 1, 0, 1, 7])}};
const model = {get: (k) => values[k], set: (k, v) => { values[k] = v; }, save_changes() {}, send() {},
  on() {}, off() {}};
widget.render({model, el: document.getElementById("host")});
window.__ready = true;
</script></body></html>"""

ACCENT = (0x19, 0x76, 0xD2)  # --cmw-accent without JupyterLab's variables


def _accent(px):
    return all(abs(a - b) <= 40 for a, b in zip(px, ACCENT))


def test_canvas_focus_ring_shows_on_four_sides(browser, tmp_path):
    from PIL import Image

    context = browser.new_context(viewport={"width": 900, "height": 800})
    page = context.new_page()
    files = {
        "/": ("text/html", PAGE.encode()),
        "/widget.js": ("text/javascript", (STATIC / "widget.js").read_bytes()),
        "/widget.css": ("text/css", (STATIC / "widget.css").read_bytes()),
    }

    def serve(route):
        path = route.request.url[len(ORIGIN) :] or "/"
        kind, body = files[path]
        route.fulfill(status=200, content_type=kind, body=body)

    page.route(f"{ORIGIN}/**", serve)
    page.goto(f"{ORIGIN}/")
    page.wait_for_function("() => window.__ready && document.querySelector('canvas[data-cell-size]')")
    # Focus by keyboard, as :focus-visible wants: Tab until the canvas has the focus.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.tagName === 'CANVAS'"):
            break
    box = page.locator("canvas.cmw-canvas").bounding_box()
    shot = tmp_path / "focus.png"
    page.screenshot(path=str(shot))
    context.close()

    img = Image.open(shot).convert("RGB")
    x0, y0 = round(box["x"]), round(box["y"])
    x1, y1 = round(box["x"] + box["width"]) - 1, round(box["y"] + box["height"]) - 1
    xm, ym = (x0 + x1) // 2, (y0 + y1) // 2
    # Somewhere within 4 px of each edge (inside or out) the ring's colour shows.
    sides = {
        "top": [(xm, y) for y in range(y0 - 4, y0 + 5)],
        "bottom": [(xm, y) for y in range(y1 - 4, y1 + 5)],
        "left": [(x, ym) for x in range(x0 - 4, x0 + 5)],
        "right": [(x, ym) for x in range(x1 - 4, x1 + 5)],
    }
    missing = [name for name, pts in sides.items() if not any(_accent(img.getpixel(p)) for p in pts)]
    assert missing == [], f"no focus ring on the {missing} side(s); see {shot}"
