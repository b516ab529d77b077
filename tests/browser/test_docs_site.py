"""The documentation site as a reader gets it: built from a clean clone in strict mode, served on
loopback, opened in headless Chromium with every request to another host aborted and counted.

No request leaves, no page logs an error, every internal link (and anchor) resolves, each gallery
page's matrix draws and a real click on a cell lists the samples numpy finds in the example's
data, and the API reference has every public name of the package, with its parameters."""

from __future__ import annotations

import functools
import http.server
import inspect
import os
import pathlib
import re
import subprocess
import sys
import threading
import urllib.parse
import urllib.request

import anywidget
import numpy as np
import pytest

from cm_widget import ConfusionMatrixWidget

pytestmark = pytest.mark.browser

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A clean clone of the committed tree, its site built with the project's one command."""
    base = tmp_path_factory.mktemp("docs-site")
    clone = base / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    out = base / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return clone, out


@pytest.fixture(scope="module")
def server(site):
    """The built site on a loopback port."""
    _, out = site
    handler = functools.partial(QuietHandler, directory=str(out))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that leaves a page drops its connections; that is no error of the site.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def offline(browser, server, tmp_path):
    """A page that may load only the site; any other request is aborted and listed, errors collected."""
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.outside, page.errors = [], []

    def route(r):
        url = r.request.url
        if url.startswith((server, "data:", "blob:", "about:")):
            r.continue_()
        else:
            page.outside.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and page.errors.append(f"{m.text} at {m.location}"))
    page.on("pageerror", lambda e: page.errors.append(f"uncaught: {e.message}"))
    try:
        yield page
    finally:
        try:
            page.screenshot(path=str(tmp_path / "screenshot.png"), full_page=True)
        finally:
            context.close()


# ---------------------------------------------------------------- links

_LINKS = """() => {
  const out = [];
  for (const [sel, attr] of [['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'],
                             ['img[src]', 'src'], ['iframe[src]', 'src']]) {
    for (const el of document.querySelectorAll(sel)) out.push(new URL(el.getAttribute(attr), location.href).href);
  }
  return {links: out, ids: [...document.querySelectorAll('[id]')].map(e => e.id)};
}"""


def test_every_page_loads_offline_with_no_error_and_every_internal_link_resolves(offline, server):
    page = offline
    todo, seen, ids, checked = [server], set(), {}, {}
    fragments = []
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        page.wait_for_timeout(150)
        found = page.evaluate(_LINKS)
        ids[url] = set(found["ids"])
        for link in found["links"]:
            target, _, fragment = link.partition("#")
            if not target.startswith(server):
                continue
            if fragment:
                fragments.append((url, target, urllib.parse.unquote(fragment)))
            if target.endswith("/") or target.endswith(".html"):
                if target not in seen and not target.startswith(server + "gallery/views/"):
                    todo.append(target)
            if target not in checked:
                with urllib.request.urlopen(target, timeout=10) as r:
                    checked[target] = r.status
    assert all(status == 200 for status in checked.values()), checked
    # Pages of the site that a reader reaches by links alone.
    assert {server + p for p in ("getting-started/", "gallery/", "reference/widget/", "ARCHITECTURE/")} <= seen
    guides = sorted(p.stem for p in (ROOT / "docs" / "guides").glob("*.md"))
    assert {f"{server}guides/{g}/" for g in guides} <= seen, "every guide is in the navigation"
    for origin, target, fragment in fragments:
        if target in ids:
            assert fragment in ids[target], f"{origin} links to {target}#{fragment}, which has no such anchor"
    assert page.outside == [], page.outside
    assert page.errors == [], page.errors


# ---------------------------------------------------------------- gallery

_GEOMETRY = """() => {
  const r = document.querySelector('.cmw');
  if (!r || !(Number(r.dataset.drawCount) >= 1)) return null;
  const c = r.querySelector('canvas[data-cell-size]');
  if (!c || !(Number(c.dataset.cellSize) > 0)) return null;
  return {k: Number(r.dataset.k), x0: Number(c.dataset.cellX0), y0: Number(c.dataset.cellY0),
          cell: Number(c.dataset.cellSize), r0: Number(c.dataset.viewRow0), c0: Number(c.dataset.viewCol0),
          v: Number(c.dataset.viewSize)};
}"""

_PANEL = """() => {
  const p = document.querySelector('.cmw .cmw-selection');
  const s = p && p.querySelector('.cmw-sentence');
  const idx = p && p.querySelector('.cmw-indices');
  return {em: s ? [...s.querySelectorAll('em')].map(e => e.textContent) : [],
          indices: idx ? idx.textContent : null, text: p ? p.textContent : ''};
}"""


def run_example(clone, name):
    """The data of a gallery example: its code block run here, as a reader would run it."""
    text = (clone / "docs" / "gallery" / f"{name}.md").read_text()
    (code,) = re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)
    namespace = {}
    exec(compile(code, name, "exec"), namespace)
    return namespace


def largest_off_diagonal(y, pred, classes):
    """(true, predicted) of the largest confusion, by numpy alone."""
    best, pair = -1, None
    for a in classes:
        for b in classes:
            if a != b and np.sum((y == a) & (pred == b)) > best:
                best, pair = int(np.sum((y == a) & (pred == b))), (a, b)
    return pair


def binary_cells(ns, y, score, threshold, names):
    pred = (np.asarray(score, float) >= threshold).astype(int)
    return [(i, j, names[i], names[j], np.flatnonzero((y == i) & (pred == j))) for i, j in ((1, 0), (0, 1), (1, 1))]


def drug_trial(ns):
    names = ["no_side_effects", "had_side_effects"]
    return binary_cells(ns, ns["test_labels"], ns["probs"][:, 1], 0.3, names)


def circles(ns):
    return binary_cells(ns, ns["y_test"], ns["probs"][:, 0], 0.5, ["outer", "inner"])


def digits(ns):
    y, pred = ns["y_val"], np.asarray(ns["probs"]).argmax(axis=1)
    names = ["zero", "one", "two"]
    a, b = largest_off_diagonal(y, pred, [0, 1, 2])
    return [(i, j, names[i], names[j], np.flatnonzero((y == i) & (pred == j))) for i, j in ((a, b), (1, 1))]


def many_classes(ns):
    y, pred = np.asarray(ns["y_true"]), np.asarray(ns["y_pred"])
    classes = sorted(set(y.tolist()) | set(pred.tolist()))
    a, b = largest_off_diagonal(y, pred, classes)
    # The page shows the classes in cluster order: find where the pair sits in it.
    shown = [ns["w"].classes[k] for k in ns["w"].class_order]
    return [(shown.index(a), shown.index(b), a, b, np.flatnonzero((y == a) & (pred == b)))]


def label_errors(ns):
    y, pred = ns["y"], np.asarray(ns["probs"]).argmax(axis=1)
    a, b = largest_off_diagonal(y, pred, list(range(10)))
    return [(i, j, str(i), str(j), np.flatnonzero((y == i) & (pred == j))) for i, j in ((a, b), (8, 8))]


def costs(ns):
    # The threshold the example chose, applied by numpy to the scores of the positive class.
    y, names = ns["y_test"], ["benign", "malignant"]
    pred = (np.asarray(ns["probs"])[:, 1] >= ns["w"].threshold).astype(int)
    return [(i, j, names[i], names[j], np.flatnonzero((y == i) & (pred == j))) for i, j in ((0, 1), (1, 1))]


def slices(ns):
    # The noisy scanner's slice is the one shown: its cells list its samples only.
    noisy = ns["scanner"] == "noisy"
    y, pred = ns["y_val"], ns["model"].predict(ns["X_val"])
    a, b = largest_off_diagonal(y[noisy], pred[noisy], list(range(10)))
    return [(i, j, str(i), str(j), np.flatnonzero((y == i) & (pred == j) & noisy)) for i, j in ((a, b), (3, 3))]


GALLERY = {
    "drug-trial": drug_trial,
    "circles": circles,
    "digits-three-classes": digits,
    "many-classes": many_classes,
    "label-errors": label_errors,
    "costs": costs,
    "slices": slices,
}


def test_the_gallery_is_every_example_and_each_is_on_the_index(offline, server, site):
    clone, _ = site
    pages = sorted(p.stem for p in (clone / "docs" / "gallery").glob("*.md") if p.name != "index.md")
    assert pages == sorted(GALLERY), "a gallery page without a check here (or the reverse)"
    offline.goto(server + "gallery/")
    cards = offline.locator(".cm-card img")
    assert cards.count() == len(pages)
    for n in range(cards.count()):
        offline.wait_for_function("(img) => img.complete && img.naturalWidth > 100", arg=cards.nth(n).element_handle())
    assert offline.outside == [] and offline.errors == [], (offline.outside, offline.errors)


@pytest.mark.parametrize("name", sorted(GALLERY))
def test_gallery_matrix_draws_and_a_click_lists_the_samples_numpy_finds(offline, server, site, name):
    clone, _ = site
    ns = run_example(clone, name)
    page = offline
    page.goto(f"{server}gallery/{name}/")
    frame_el = page.locator(f'iframe[data-gallery="{name}"]')
    frame_el.scroll_into_view_if_needed()
    frame = frame_el.element_handle().content_frame()
    frame.wait_for_function(_GEOMETRY, polling=100)
    for row, col, true_name, pred_name, expected in GALLERY[name](ns):
        g = frame.evaluate(_GEOMETRY)
        assert g["r0"] <= row < g["r0"] + g["v"] and g["c0"] <= col < g["c0"] + g["v"], (row, col, g)
        x = g["x0"] + (col - g["c0"] + 0.5) * g["cell"]
        y = g["y0"] + (row - g["r0"] + 0.5) * g["cell"]
        frame.locator("canvas[data-cell-size]").first.click(position={"x": x, "y": y})
        frame.wait_for_function(
            "([t, p]) => { const s = document.querySelector('.cmw .cmw-sentence');"
            " if (!s) return false; const em = [...s.querySelectorAll('em')].map(e => e.textContent);"
            " return em[0] === t && em[1] === p; }",
            arg=[true_name, pred_name],
        )
        panel = frame.evaluate(_PANEL)
        shown = [int(t) for t in (panel["indices"] or "").replace(",", " ").split()]
        assert len(expected) > 0, f"the cell ({true_name}, {pred_name}) of {name} is empty"
        assert shown == expected[:100].tolist(), (name, true_name, pred_name, panel["text"])
    assert page.outside == [], page.outside
    assert page.errors == [], page.errors


# ---------------------------------------------------------------- reference


def public_api():
    """Every public name the package offers, with the parameter names of each callable, by introspection."""
    os.environ.setdefault("KERAS_BACKEND", "torch")  # the backend the course uses; TensorFlow is not installed
    import cm_widget.keras
    import cm_widget.torch
    from cm_widget.__main__ import _parser
    from cm_widget._magic import ConfusionMatrixMagics

    names = {}
    framework = set(dir(anywidget.AnyWidget))
    for attr in dir(ConfusionMatrixWidget):
        if attr.startswith("_") or attr in framework:
            continue
        names[f"cm_widget.ConfusionMatrixWidget.{attr}"] = getattr(ConfusionMatrixWidget, attr)
    names["cm_widget.ConfusionMatrixWidget"] = ConfusionMatrixWidget
    for attr in cm_widget.__all__:
        if attr != "ConfusionMatrixWidget":
            names[f"cm_widget.{attr}"] = getattr(cm_widget, attr)
    for module in (cm_widget.keras, cm_widget.torch):
        for attr, value in vars(module).items():
            if attr.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            names[f"{module.__name__}.{attr}"] = value
            if inspect.isclass(value):
                for member, fn in vars(value).items():
                    if not member.startswith("_") and callable(fn):
                        names[f"{module.__name__}.{attr}.{member}"] = fn
    for prefix, parser in (("magic", ConfusionMatrixMagics.confusion_matrix.parser), ("cli", _parser())):
        for action in parser._actions:
            if action.dest != "help":
                names[f"{prefix}-{action.dest.replace('_', '-')}"] = None
    return names


def parameters(obj):
    fn = obj.__init__ if inspect.isclass(obj) else getattr(obj, "__func__", obj)
    if not callable(fn) or isinstance(obj, property):
        return []
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return [p.name for p in sig.parameters.values() if p.name not in ("self", "cls") and p.kind is not p.VAR_KEYWORD]


_SECTIONS = """() => {
  const out = {};
  for (const el of document.querySelectorAll('[id]')) {
    const box = el.closest('.doc-object') || el.closest('tr') || el;
    out[el.id] = box.textContent;
  }
  return out;
}"""


def test_the_reference_has_every_public_name_with_its_parameters(offline, server):
    page = offline
    sections = {}
    for ref in ("widget", "traits", "integrations", "cli"):
        page.goto(f"{server}reference/{ref}/")
        sections.update(page.evaluate(_SECTIONS))
    api = public_api()
    assert len(api) > 60
    missing = sorted(set(api) - set(sections))
    assert missing == [], f"public names missing from the reference: {missing}"
    traits = [n for n, t in ConfusionMatrixWidget.class_traits().items() if not n.startswith("_")]
    assert {f"cm_widget.ConfusionMatrixWidget.{t}" for t in traits if t not in dir(anywidget.AnyWidget)} <= set(api)
    for name, obj in api.items():
        if obj is None or isinstance(obj, property | str):
            continue
        for param in parameters(obj):
            assert param in sections[name], f"{name}: its parameter {param!r} is not in the reference"
    assert page.outside == [] and page.errors == [], (page.outside, page.errors)


@functools.cache
def _hyphenated():
    """Every hyphenated word of the public docstrings ("array-like", "one-hot", ...)."""
    words = set()
    for obj in public_api().values():
        words |= set(re.findall(r"\b\w+-\w+\b", inspect.getdoc(obj) or ""))
    return words


def test_parameter_types_read_as_written(offline, server):
    """A type such as "array-like (n,)" is text: the reference must not print it as code ("array - like(n)")."""
    page = offline
    bad = []
    for ref in ("widget", "traits", "integrations", "cli"):
        page.goto(f"{server}reference/{ref}/")
        # the types in the parameters' tables
        types = page.evaluate("[...document.querySelectorAll('table code')].map((c) => c.innerText)")
        assert types, ref
        bad += [f"{ref}: {t}" for t in types for w in _hyphenated() if w.replace("-", " - ") in t]
    assert bad == []
