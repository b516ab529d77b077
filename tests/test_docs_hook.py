"""The documentation site's build hook (docs/_hooks/site.py) without building the site: the menu
lists every guide and gallery page, a gallery page holds one example, the generated reference
tables hold every trait and every option."""

from __future__ import annotations

import importlib.util
import pathlib

import anywidget
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture
def hook():
    spec = importlib.util.spec_from_file_location("docs_site_hook", ROOT / "docs" / "_hooks" / "site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(entries):
    return [next(iter(e.values())) if isinstance(e, dict) else e for e in entries]


def test_the_menu_lists_every_guide_of_the_folder(hook):
    nav = hook.expand_nav([{"Home": "index.md"}, {"Guides": "guides/"}, {"Gallery": "gallery/"}])
    assert nav[0] == {"Home": "index.md"}
    guides = pages(nav[1]["Guides"])
    assert sorted(guides) == sorted(f"guides/{p.name}" for p in (ROOT / "docs" / "guides").glob("*.md"))
    gallery = pages(nav[2]["Gallery"])
    assert gallery[0] == "gallery/index.md"
    assert sorted(gallery) == sorted(f"gallery/{p.name}" for p in (ROOT / "docs" / "gallery").glob("*.md"))


def test_a_new_guide_follows_the_known_ones_by_title(hook, tmp_path):
    guides = tmp_path / "guides"
    guides.mkdir()
    (guides / "zebra.md").write_text("# A guide on stripes\n")
    (guides / "aardvark.md").write_text("# The last by title\n")
    (guides / "untitled.md").write_text("no heading\n")
    (guides / "runs.md").write_text("# Runs\n")
    (guides / "binary-threshold.md").write_text("# Binary\n")
    hook.DOCS = tmp_path
    nav = hook.expand_nav([{"Guides": "guides/"}])
    assert nav == [
        {
            "Guides": [
                {"Binary": "guides/binary-threshold.md"},
                {"Runs": "guides/runs.md"},
                {"A guide on stripes": "guides/zebra.md"},
                {"The last by title": "guides/aardvark.md"},
                {"Untitled": "guides/untitled.md"},
            ]
        }
    ]


@pytest.mark.parametrize("blocks", [0, 2])
def test_a_gallery_page_holds_exactly_one_example(hook, blocks):
    text = "# Page\n\n" + "```python\nw = 1\n```\n\n" * blocks
    with pytest.raises(ValueError, match=f"exactly one ```python block; found {blocks}"):
        hook.example_code(text)


def test_the_traits_table_has_every_public_trait(hook):
    from cm_widget import ConfusionMatrixWidget

    table = hook.traits_table()
    framework = set(anywidget.AnyWidget.class_traits())
    traits = [n for n in ConfusionMatrixWidget.class_traits() if not n.startswith("_") and n not in framework]
    assert len(traits) >= 10
    for name in traits:
        assert f'<code id="cm_widget.ConfusionMatrixWidget.{name}">{name}</code>' in table


def test_the_option_tables_have_every_flag(hook):
    from cm_widget.__main__ import _parser
    from cm_widget._magic import ConfusionMatrixMagics

    for table, parser in (
        (hook.cli_table(), _parser()),
        (hook.magic_table(), ConfusionMatrixMagics.confusion_matrix.parser),
    ):
        for action in parser._actions:
            if action.dest == "help":  # -h, --help: argparse's own
                continue
            for flag in action.option_strings:
                assert flag in table, flag
