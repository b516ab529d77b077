"""A page holding outputs of two versions of cm_widget, opened from file:// offline: say a notebook
run yesterday, then again after an upgrade. Each version's code mounts its own outputs only, so each
matrix is drawn and answers clicks by the code that wrote it, whichever comes first in the page.

``tests/fixtures/view_before_build_keys.html`` is an output (static table, data, code) written by
cm_widget before its outputs named their build, for ``ConfusionMatrixWidget(*older())``: that code
takes every data element of the page it finds. A second build of today's code is today's output
with another build id (``other_build``), as the build writes it for other code.
"""

from __future__ import annotations

import gzip
import re

import numpy as np
import pytest
from cm_page import click_cell, panel_indices, selection_panel, wait_widget
from test_nbconvert_default import ROOT, requests_of

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import chunks
from cm_widget._export.html import fragment
from cm_widget._export.pack import from_b85, to_b85

pytestmark = pytest.mark.browser

OLDER = (ROOT / "tests" / "fixtures" / "view_before_build_keys.html").read_text(encoding="utf-8")


def older():
    rng = np.random.default_rng(31)
    y = rng.integers(0, 4, 200)
    return y, np.where(rng.random(200) < 0.6, y, rng.integers(0, 4, 200))


def newer():
    rng = np.random.default_rng(32)
    y = rng.integers(0, 3, 240)
    return y, np.where(rng.random(240) < 0.6, y, rng.integers(0, 3, 240))


def other_build(html, build):
    """``html`` (an output of this build) as a build of id ``build`` writes it: its code unpacked,
    its id replaced, packed again."""

    def repack(m):
        code = gzip.decompress(from_b85(m.group(2))).decode("utf-8").replace(chunks.BUILD, build)
        return m.group(1) + to_b85(gzip.compress(code.encode("utf-8"))) + "</script>"

    html = re.sub(r'(<script type="application/gzip" [^>]*>)([^<]*)</script>', repack, html)
    assert chunks.BUILD in html and len(build) == len(chunks.BUILD)
    return html.replace(chunks.BUILD, build)


def page_of(tmp_path, name, *outputs):
    path = tmp_path / f"{name}.html"
    path.write_text(f"<!DOCTYPE html><html><body>{''.join(outputs)}</body></html>", encoding="utf-8")
    return path


def check_views(views):
    """``views``: (its data's build or None for the older code, k, (y, p)) of each output in page order."""

    def check(page):
        page.wait_for_function(f"() => document.querySelectorAll('.cmw').length === {len(views)}", timeout=60_000)
        for nth, (_, k, _) in enumerate(views):
            wait_widget(page, k=k, nth=nth)
        assert page.locator(".cmw-nocode").count() == 0
        assert page.locator(".cmw").count() == len(views), "one view a matrix"
        # which code mounted each data element: the older code marks it "1", today's with its build
        mounted = page.evaluate(
            "() => [...document.querySelectorAll('script.cmw-data, script.cmw-view-data')]"
            ".map((d) => d.dataset.cmwMounted || null)"
        )
        assert mounted == [build or "1" for build, _, _ in views]
        for nth, (_, k, (y, p)) in enumerate(views):
            for i, j in [(1, 0), (0, k - 1)]:
                click_cell(page, i, j, nth=nth)
                page.wait_for_function(
                    f"() => !!document.querySelectorAll('.cmw')[{nth}].querySelector('.cmw-sentence')"
                )
                assert panel_indices(selection_panel(page, nth=nth)) == np.flatnonzero((y == i) & (p == j)).tolist()

    return check


def today():
    return fragment(ConfusionMatrixWidget(*newer()), css=True)


@pytest.mark.parametrize("order", ["older first", "today's first"])
def test_an_older_versions_output_and_todays_each_run_their_own_code(browser, tmp_path, order):
    views = [(None, 4, older()), (chunks.BUILD, 3, newer())]
    outputs = [OLDER, today()]
    if order == "today's first":
        views, outputs = views[::-1], outputs[::-1]
    assert requests_of(browser, page_of(tmp_path, "two_versions", *outputs), check_views(views)) == []


def test_two_builds_keep_to_their_own_outputs_and_chunks(browser, tmp_path):
    """Two builds' outputs, each with its core; a binary matrix of the other build carries that
    build's scores chunk, which today's code does not run: its view waits for nothing of ours."""
    other = "b" + "0" * (len(chunks.BUILD) - 1)
    y, p = newer()
    rng = np.random.default_rng(33)
    yb = rng.integers(0, 2, 300)
    s = np.clip(0.35 * yb + 0.65 * rng.random(300), 0, 1)
    binary = fragment(ConfusionMatrixWidget(yb, y_score=s), css=True, code=lambda features: features)
    outputs = [other_build(today(), other), today(), other_build(binary, other)]
    views = [(other, 3, (y, p)), (chunks.BUILD, 3, (y, p)), (other, 2, (yb, (s >= 0.5).astype(int)))]

    def check(page):
        check_views(views)(page)
        assert sorted(page.evaluate("() => Object.keys(window.cmwBuilds)")) == sorted([other, chunks.BUILD])
        # each build's chunks ran for that build only
        parts = page.evaluate(
            "() => Object.fromEntries(Object.entries(window.cmwBuilds).map(([b, h]) => [b, Object.keys(h.parts)]))"
        )
        assert parts[chunks.BUILD] == [] and any(f.startswith("binary/") for f in parts[other])

    assert requests_of(browser, page_of(tmp_path, "two_builds", *outputs), check) == []
