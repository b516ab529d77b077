"""Build-time parts of the documentation site (an MkDocs hook module, see mkdocs.yml).

- The navigation: every page of ``docs/guides/`` and ``docs/gallery/`` is listed, the known ones
  in reading order and any other by its title, so a new guide needs no edit of mkdocs.yml.
- The gallery: each page of ``docs/gallery/`` holds one ``python`` code block. It runs here, and
  the widget it leaves in ``w`` is written with ``w.to_html()`` to ``gallery/views/<page>.html``,
  which the page embeds in an iframe: the same kernel-free view as a shared file, interactive in
  the published page. A screenshot of it (headless Chromium; a matplotlib picture when Chromium
  is missing) is the page's card on the gallery index.
- The reference: the tables of traits, of the magic's options and of the command line's options
  are generated from the code (``<!-- cm: traits -->``, ``<!-- cm: magic -->``, ``<!-- cm: cli -->``).
"""

from __future__ import annotations

import html
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

from mkdocs.structure.files import File

DOCS = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"

#: The guides in reading order; any other page of docs/guides/ follows, by title.
GUIDE_ORDER = [
    "binary-threshold.md",
    "digits.md",
    "pytorch.md",
    "circles.md",
    "runs.md",
    "many-classes.md",
    "probabilities.md",
    "tables.md",
    "publishing.md",
    "teaching.md",
]
#: The gallery in reading order; any other page of docs/gallery/ follows, by title.
GALLERY_ORDER = ["drug-trial.md", "digits-three-classes.md", "circles.md", "many-classes.md"]

CODE_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
VIEW_MARK = "<!-- cm: view -->"
_views: dict[str, dict] = {}


# ---------------------------------------------------------------- navigation


def title_of(path: pathlib.Path) -> str:
    """The page's first level-1 heading, else its file name."""
    m = re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.M)
    return m.group(1).strip() if m else path.stem.replace("-", " ").capitalize()


def section_pages(folder: str, order: list[str]) -> list:
    """Nav entries of every page in docs/<folder>/: index first, then ``order``, then the rest by title."""
    base = DOCS / folder
    pages = sorted(p for p in base.glob("*.md"))
    known = [base / name for name in order if (base / name).exists()]
    rest = sorted((p for p in pages if p not in known and p.name != "index.md"), key=title_of)
    entries = [{title_of(p): f"{folder}/{p.name}"} for p in known + rest]
    if (base / "index.md").exists():
        entries.insert(0, f"{folder}/index.md")
    return entries


def expand_nav(nav):
    """Replace the entries ``Title: folder/`` by the pages of that folder."""
    out = []
    for item in nav:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, str) and value.endswith("/"):
                folder = value.rstrip("/")
                value = section_pages(folder, GUIDE_ORDER if folder == "guides" else GALLERY_ORDER)
            elif isinstance(value, list):
                value = expand_nav(value)
            out.append({title: value})
        else:
            out.append(item)
    return out


def on_config(config):
    config["nav"] = expand_nav(config["nav"])
    return config


# ---------------------------------------------------------------- gallery


def example_code(text: str) -> str:
    """The one ``python`` block of a gallery page."""
    blocks = CODE_BLOCK.findall(text)
    if len(blocks) != 1:
        raise ValueError(f"a gallery page holds exactly one ```python block; found {len(blocks)}")
    return blocks[0]


def run_example(code: str, name: str) -> dict:
    """Run an example in a fresh namespace; return that namespace (its widget is ``w``)."""
    import matplotlib

    matplotlib.use("Agg")
    namespace: dict = {"__name__": f"gallery_{name}"}
    exec(compile(code, f"docs/gallery/{name}.md", "exec"), namespace)
    if "w" not in namespace:
        raise ValueError(f"the example of docs/gallery/{name}.md leaves no widget in w")
    return namespace


def screenshot(page_html: str, widget, out: pathlib.Path) -> None:
    """A PNG of the view as a browser draws it (headless Chromium), or the widget's matplotlib figure."""
    if os.path.exists(CHROMIUM):
        with tempfile.TemporaryDirectory(prefix="cm-docs-") as tmp:
            src = pathlib.Path(tmp) / "view.html"
            src.write_text(page_html, encoding="utf-8")
            shot = pathlib.Path(tmp) / "shot.png"
            cmd = [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pings",
                "--disable-domain-reliability",
                "--disable-dev-shm-usage",
                f"--user-data-dir={tmp}/profile",
                "--force-device-scale-factor=1",
                "--window-size=900,620",
                "--virtual-time-budget=3000",
                f"--screenshot={shot}",
                src.as_uri(),
            ]
            subprocess.run(cmd, capture_output=True, timeout=120, check=False)
            if shot.exists() and shot.stat().st_size > 0:
                shutil.copyfile(shot, out)
                return
    fig = widget.to_figure()
    fig.savefig(out, dpi=80, bbox_inches="tight")


def on_files(files, config):
    """Run every gallery example; add its view and its picture to the site's files."""
    _views.clear()
    for md in sorted((DOCS / "gallery").glob("*.md")):
        if md.name == "index.md":
            continue
        name = md.stem
        started = time.perf_counter()
        namespace = run_example(example_code(md.read_text(encoding="utf-8")), name)
        w = namespace["w"]
        page = w.to_html()
        with tempfile.TemporaryDirectory(prefix="cm-docs-") as tmp:
            picture = pathlib.Path(tmp) / f"{name}.png"
            screenshot(page, w, picture)
            png = picture.read_bytes()
        files.append(File.generated(config, f"gallery/views/{name}.html", content=page))
        files.append(File.generated(config, f"gallery/views/{name}.png", content=png))
        _views[f"gallery/{md.name}"] = {
            "name": name,
            "title": title_of(md),
            "k": len(w.classes),
            "seconds": time.perf_counter() - started,
        }
    return files


def view_html(src_uri: str) -> str:
    name = _views[src_uri]["name"]
    title = html.escape(_views[src_uri]["title"])
    return (
        f'<iframe class="cm-gallery-view" src="../views/{name}.html" title="{title}: the interactive matrix" '
        f'data-gallery="{name}" loading="eager"></iframe>\n\n'
        f'<p class="cm-gallery-note">The matrix above is the file <code>w.to_html()</code> writes, built when this '
        f"site was: click a cell, move the threshold, rename a class; no kernel is running. "
        f'<a href="../views/{name}.html">Open it on its own</a>.</p>'
    )


def index_cards(page_uri: str) -> str:
    cards = []
    ordered = sorted(
        _views.items(),
        key=lambda kv: GALLERY_ORDER.index(kv[0].split("/")[1]) if kv[0].split("/")[1] in GALLERY_ORDER else 99,
    )
    for _src_uri, v in ordered:
        href = f"{v['name']}/"
        cards.append(
            f'<a class="cm-card" href="{href}"><img src="views/{v["name"]}.png" '
            f'alt="{html.escape(v["title"])}: a confusion matrix of {v["k"]} classes" loading="lazy">'
            f"<span>{html.escape(v['title'])}</span></a>"
        )
    return '<div class="cm-cards">\n' + "\n".join(cards) + "\n</div>"


# ---------------------------------------------------------------- reference tables


def md_cell(text) -> str:
    return html.escape(" ".join(str(text).split())).replace("|", "\\|")


def traits_table() -> str:
    """Every public, synced trait of the widget: its name, default and help, each with an anchor."""
    import anywidget

    from cm_widget import ConfusionMatrixWidget

    base = set(anywidget.AnyWidget.class_traits())
    rows = ["| trait | default | what it holds |", "|---|---|---|"]
    for name, trait in sorted(ConfusionMatrixWidget.class_traits().items()):
        if name.startswith("_") or name in base:
            continue
        anchor = f"cm_widget.ConfusionMatrixWidget.{name}"
        rows.append(
            f'| <code id="{anchor}">{name}</code> | `{trait.default_value_repr()}` | {md_cell(trait.help or "")} |'
        )
    return "\n".join(rows)


def options_table(parser, prefix: str) -> str:
    """The arguments of an argparse parser, each with an anchor ``<prefix>-<dest>``."""
    rows = ["| argument | value | what it does |", "|---|---|---|"]
    for action in parser._actions:
        if action.dest == "help":
            continue
        flags = ", ".join(action.option_strings) or action.dest
        value = action.metavar or ("" if action.nargs == 0 else action.dest.upper())
        if action.option_strings == []:
            value = "(positional)"
        text = action.help or ""
        if action.required and action.option_strings:
            text = (text if text.endswith(".") else text + ".") + " Required."
        anchor = f"{prefix}-{action.dest.replace('_', '-')}"
        rows.append(f'| <code id="{anchor}">{html.escape(flags)}</code> | {md_cell(value)} | {md_cell(text)} |')
    return "\n".join(rows)


def magic_table() -> str:
    from cm_widget._magic import ConfusionMatrixMagics

    return options_table(ConfusionMatrixMagics.confusion_matrix.parser, "magic")


def cli_table() -> str:
    from cm_widget.__main__ import _parser

    return options_table(_parser(), "cli")


GENERATED = {
    "<!-- cm: traits -->": traits_table,
    "<!-- cm: magic -->": magic_table,
    "<!-- cm: cli -->": cli_table,
}


def on_page_markdown(markdown, page, config, files):
    uri = page.file.src_uri
    if uri in _views:
        if VIEW_MARK not in markdown:
            raise ValueError(f"docs/{uri} has no {VIEW_MARK} line where its view goes")
        markdown = markdown.replace(VIEW_MARK, view_html(uri))
    if uri == "gallery/index.md":
        markdown = markdown.replace("<!-- cm: cards -->", index_cards(uri))
    for mark, make in GENERATED.items():
        if mark in markdown:
            markdown = markdown.replace(mark, make())
    return markdown
