"""nbconvert's HTML (and other template) exports show the matrix's kernel-free view.

A notebook executed by nbconvert, or saved with its widget state, makes nbconvert pick the live
widget view of every widget output: its page then loads the widget manager from a CDN, and
offline the output stays empty. For the matrix's outputs this preprocessor keeps the kernel-free
view instead (``text/html``: interactive, no network) and drops the widget's state, so the page
asks for no widget manager on its account. It runs in every template export, after the execution
(nbconvert reads it from share/jupyter/nbconvert/templates/conf.json, which pip installs with
the package); it changes the notebook being exported only, never the file. The page's code,
which a notebook saves with its first matrix, is put back with the first one if no output kept it
(for the outputs of this version of cm_widget: each version's outputs run their own code).
"""

from __future__ import annotations

import json
import re

from nbconvert.preprocessors import Preprocessor

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
SAVED_VIEW = "application/vnd.cm-widget.view+json"  # cm_widget._export.SAVED_VIEW_MIME
_REF = re.compile(r"IPY_MODEL_([0-9A-Za-z_-]+)")


def _text(value):
    return "".join(value) if isinstance(value, list) else (value or "")


def is_saved_view(data) -> bool:
    """Whether an output is a matrix's: it holds the kernel-free view (of any version)."""
    from cm_widget._export.chunks import views_in

    html = _text(data.get("text/html"))
    return SAVED_VIEW in data or 'class="cmw-data"' in html or bool(views_in(html))


class SavedViewPreprocessor(Preprocessor):
    """Keep the kernel-free view of the matrix's outputs; drop their widget view and state."""

    def preprocess(self, nb, resources):
        _code_once(nb)
        ours, kept = set(), set()
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                data = out.get("data") or {}
                view = data.get(WIDGET_VIEW)
                if view is None:
                    continue
                if is_saved_view(data):
                    del data[WIDGET_VIEW]
                    ours.add(view.get("model_id"))
                else:
                    kept.add(view.get("model_id"))
        widgets = nb.metadata.get("widgets")
        saved = widgets.get(WIDGET_STATE) if isinstance(widgets, dict) else None
        state = saved.get("state") if isinstance(saved, dict) else None
        if ours and isinstance(state, dict):
            for model_id in _unused(state, ours, kept):
                del state[model_id]
            if not state:
                del widgets[WIDGET_STATE]
                if not widgets:
                    del nb.metadata["widgets"]
        return nb, resources


def _code_once(nb):
    """Give the first matrix of this version the chunks of its code that no output kept a copy of.

    A notebook saves each chunk with the first matrix that needs it only; where that output was
    cleared or its cell deleted, the exported page gets it back here. The outputs of another
    version of cm_widget need that version's code, which only they carry.
    """
    from cm_widget._export.chunks import BUILD, CORE, carried_in, views_in

    views, held, wanted = [], set(), {CORE}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data") or {}
            html = _text(data.get("text/html"))
            held.update(carried_in(html))
            ours = [needs for build, needs in views_in(html) if build == BUILD]
            if ours:
                views.append((data, html))
                for needs in ours:
                    wanted.update(needs)
    missing = [name for name in sorted(wanted, key=lambda n: n != CORE) if name not in held]
    if views and missing:
        from cm_widget._export.html import code_element

        data, html = views[0]
        data["text/html"] = html + code_element(*missing)


def _refs(model) -> set:
    return set(_REF.findall(json.dumps(model.get("state", {}))))


def _unused(state, ours, kept):
    """The models of ``ours`` and those only they refer to (their layout, ...)."""
    needed = set(kept)
    stack = list(kept)
    while stack:  # what the other outputs show and all that it refers to stays
        for ref in _refs(state.get(stack.pop(), {})):
            if ref not in needed:
                needed.add(ref)
                stack.append(ref)
    others = set(state) - ours - needed
    for model_id in others:  # models no output shows may still refer to ours: keep those too
        needed.update(_refs(state[model_id]))
    drop, stack = set(), [m for m in ours if m in state and m not in needed]
    while stack:
        model_id = stack.pop()
        if model_id in drop or model_id in needed or model_id not in state:
            continue
        drop.add(model_id)
        stack.extend(_refs(state[model_id]))
    return drop
