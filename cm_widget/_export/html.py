"""One self-contained HTML file: the same front end, driven by embedded data instead of a kernel.

The file holds the bundled front end, its CSS, and one JSON document with the widget's synced
state (binary buffers as base64) plus what the page needs to answer clicks and threshold moves
on its own: each sample's cell, or its binary score and true class, and colour tables. It makes
no network request of any kind (a Content-Security-Policy forbids it) and opens from ``file://``.

Binary scores are stored as float32 rounded towards minus infinity, and the page moves the
threshold only over float32 values. For a float32 threshold ``t`` and a float64 score ``s``,
``s >= t`` exactly when ``round_down32(s) >= t``, so the counts in the page equal the engine's
at that threshold (4 bytes a score instead of 8, and no approximation).
"""

from __future__ import annotations

import base64
import json
import math
import numbers
import pathlib

import numpy as np

from .. import _colors as palette
from . import chunks
from .chunks import code_element
from .pack import pack_json, split_cells, to_b85, unpack_json  # noqa: F401 - unpack_json: the package's name
from .recount import leave_out_recounted
from .slices import embedded_engine, slice_codes, slice_orders, slice_orders_note, slices_note

_STATIC = pathlib.Path(__file__).parent.parent / "static"  # cm_widget/static

#: Previews embedded per cell: its first page, as in the live widget.
PREVIEWS_PER_CELL = 40
#: Up to this many samples, every sample's preview is embedded (any threshold, any cell).
PREVIEW_ALL = 2000
#: Bytes of previews a page embeds at most (the saved cell's and the cells' first pages); a note
#: says how many were left out.
PREVIEW_BYTES = 4_000_000


def b64(a):
    """Little-endian bytes of ``a`` as base64 text."""
    a = np.ascontiguousarray(a)
    if a.dtype.byteorder == ">":
        a = a.astype(a.dtype.newbyteorder("<"))
    return base64.b64encode(a.tobytes()).decode("ascii")


def round_down_f32(scores):
    """The largest float32 not above each float64 score (beyond float32's range: its largest, or -inf)."""
    with np.errstate(over="ignore"):
        f = scores.astype(np.float32)
    above = f.astype(np.float64) > scores
    f[above] = np.nextafter(f[above], np.float32(-np.inf))
    return f


def page_threshold(threshold, scores):
    """The float32 threshold a page opens with: one at which its counts equal the kernel's at ``threshold``.

    Below ``threshold``'s float32 step (the largest float32 not above it) unless a score lies
    between the two, then the next float32 above unless a score lies between ``threshold`` and
    that; with scores on both sides (a few ulps apart) no float32 separates them, and the step
    below is kept.
    """
    t = float(threshold)
    down = float(round_down_f32(np.array([t]))[0])
    if down == t:
        return t
    up = float(np.nextafter(np.float32(down), np.float32(np.inf)))
    if not np.any((scores >= down) & (scores < t)):
        return down
    if not np.any((scores >= t) & (scores < up)):
        return up
    return down


def _cell_ids(codes_true, codes_pred, k):
    """Each sample's cell ``true * k + pred`` in the narrowest unsigned type (3 bytes when it fits)."""
    ids = codes_true.astype(np.uint32) * np.uint32(k) + codes_pred.astype(np.uint32)
    cells = k * k
    if cells <= 2**8:
        return {"bytes": 1, "data": b64(ids.astype(np.uint8))}
    if cells <= 2**16:
        return {"bytes": 2, "data": b64(ids.astype(np.uint16))}
    if cells <= 2**24:
        # three little-endian bytes a sample: the low three of each uint32
        packed = ids.astype("<u4").view(np.uint8).reshape(-1, 4)[:, :3]
        return {"bytes": 3, "data": b64(packed)}
    return {"bytes": 4, "data": b64(ids.astype(np.uint32))}


def _state(widget):
    """The synced state as JSON: buffers become base64 text, listed with their paths."""
    from ipywidgets.widgets.widget import _remove_buffers

    state, paths, buffers = _remove_buffers(widget.get_state())
    framework = {
        "layout",
        "_dom_classes",
        "tabbable",
        "tooltip",
        "_model_module",
        "_model_module_version",
        "_model_name",
        "_view_module",
        "_view_module_version",
        "_view_name",
        "_view_count",
        "_esm",
        "_css",
        "_anywidget_id",
    }
    for key in framework:
        state.pop(key, None)
    keep = [(p, b) for p, b in zip(paths, buffers) if p[0] not in framework]
    return {
        "values": state,
        "buffers": [{"path": p, "data": base64.b64encode(bytes(b)).decode("ascii")} for p, b in keep],
    }


def _luts(widget):
    """The current colour table, unless the page's code ships it (js/core/curated_luts.js).

    The code holds matplotlib's tables of the offered colormaps (the page reverses them for
    "_r"), so an output carries a table only for another colormap, or a changed one of that name.
    """
    import matplotlib

    name = widget.cmap
    table = palette.lookup_table(widget._colormap)[:, :3]
    base = name[:-2] if name.endswith("_r") else name
    if base in palette.CURATED_CMAPS:
        shipped = palette.lookup_table(matplotlib.colormaps[base])[:, :3]
        if np.array_equal(table, shipped[::-1] if base != name else shipped):
            return {}
    return {name: b64(table)}


def _outside(engine):
    """The samples ``labels=`` left out, for the metrics (scikit-learn's metrics with ``labels=`` count them).

    Of predicted labels, their sums (they do not move). Of binary scores, their true class is
    outside both and their scores decide the column they add to: the scores go along (rounded
    down to float32 as the others, so the page's comparisons are exact), with their weights.
    """
    out = engine.outside
    if out is None:
        return None
    if engine.is_binary_scores:
        return {
            "scores": b64(round_down_f32(out.scores)),
            "weights": b64(out.weights) if out.weights is not None else None,
        }
    true_k, pred_k, agree, total = engine._outside_sums(None)
    return {"true": true_k.tolist(), "pred": pred_k.tolist(), "agree": agree, "total": total}


#: Integer ids travel in the narrowest of these that holds them; float64 holds any int up to 2**53 exactly.
_ID_TYPES = (("uint8", np.uint8), ("uint16", np.uint16), ("uint32", np.uint32), ("int32", np.int32))


def _ids(engine):
    """The id column's values of the samples kept, when a cell lists ids (``from_dataframe(..., id=)``).

    Numbers as little-endian bytes (``{"dtype", "data"}``); other ids as a JSON list
    (``{"values"}``) of what the kernel lists, as text where JSON or JavaScript has no such
    value (integers beyond 2**53 among them).
    """
    ids = engine.ids
    if ids is None:
        return None
    ids = np.asarray(ids)
    if engine.sample_index is not None:
        ids = ids[engine.sample_index]
    if ids.dtype.kind in "iu":
        lo, hi = (int(ids.min()), int(ids.max())) if len(ids) else (0, 0)
        for name, kind in _ID_TYPES:
            info = np.iinfo(kind)
            if info.min <= lo and hi <= info.max:
                return {"dtype": name, "data": b64(ids.astype(np.dtype(kind).newbyteorder("<")))}
        if -(2**53) <= lo and hi <= 2**53:
            return {"dtype": "float64", "data": b64(ids.astype("<f8"))}
        return {"values": [str(v) for v in ids.tolist()]}  # their digits: no JavaScript number holds them all
    elif ids.dtype.kind == "f":  # floats: written as floats (2.0) where the kernel writes them
        return {"dtype": "float64", "data": b64(ids.astype("<f8")), "float": True}
    return {"values": [_json_id(v) for v in ids.tolist()]}


def _json_id(v):
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, numbers.Integral) and abs(int(v)) <= 2**53:
        return int(v)
    if isinstance(v, numbers.Real) and not isinstance(v, numbers.Integral) and math.isfinite(v):
        return float(v)
    return str(v)


def _shown_run_only(widget, state):
    """The page keeps the run shown; the other runs and compare mode need the kernel, and a note says so."""
    values = state["values"]
    values.update(_runs={}, _compare={}, _moves={}, compare=None)
    state["buffers"] = [b for b in state["buffers"] if b["path"][0] not in ("_runs", "_compare", "_moves")]
    if len(widget.runs) > 1:
        values["_notes"] = [
            *values.get("_notes", []),
            (
                f"This view shows the run {widget.run!r} of {len(widget.runs)}; the other runs and compare mode "
                f"need a live kernel."
            ),
        ]
    return state


def page_data(widget, *, max_samples=2_000_000, previews=True, cluster=True):
    """Everything the kernel-free page needs, as a JSON-ready dict.

    ``cluster=False`` leaves the "cluster" order out unless it is cheap (scipy already loaded).
    Previews take at most ``PREVIEW_BYTES``.
    """
    engine = widget._engine
    k = len(widget.classes)
    remote = engine.remote  # a Dask or Spark table: its rows never leave the engine
    # Views the embedded page cannot recount (abstain, top-k, multi-label) keep their counts only.
    kernel_only = engine.kernel_only
    widget._send_curves()  # the page draws them and moves the threshold along them
    n = 0 if kernel_only or remote or not engine.has_samples else len(engine.codes_true)
    data = {
        "version": 1,
        "state": _shown_run_only(widget, _state(widget)),
        "k": k,
        "n": n,
        "luts": _luts(widget),
        "samples": None,
        "omitted": None,
        "page_size": 100,
        # each display order at these counts, so the page's order menu works without a kernel
        "orders": widget._orders_for_page(cluster=cluster),
    }
    if np.asarray(widget.counts).dtype.kind == "f":  # the kernel writes its counts as floats (2.0)
        data["float_counts"] = True
    if not data["luts"]:  # the page's code holds this table (js/core/curated_luts.js)
        data["state"]["buffers"] = [b for b in data["state"]["buffers"] if b["path"] != ["_lut"]]
    _add_samples(widget, data, kernel_only, remote, max_samples)
    leave_out_recounted(data)
    _add_previews(widget, data, previews and data["samples"] is not None and widget._samples is not None, max_samples)
    return data


def _add_samples(widget, data, kernel_only, remote, max_samples):
    """What the page needs to recount and list cells itself, or why it keeps the counts only."""
    engine, codes = embedded_engine(widget, max_samples)
    if codes is not None:
        data["n"] = len(codes)
    note = slices_note(widget, max_samples)
    if note:
        values = data["state"]["values"]
        values["_notes"] = [*values.get("_notes", []), note]
    n, k = data["n"], data["k"]
    if kernel_only:
        data["omitted"] = kernel_only
        return
    if remote:
        data["omitted"] = (
            f"Counted in {engine.backend.name}: the rows of a cell and other thresholds need a live kernel."
        )
        # the score edges (1 MB at the default bins) serve only a live slider
        state = data["state"]
        state["buffers"] = [b for b in state["buffers"] if b["path"][:1] != ["_table"]]
        if isinstance(state["values"].get("_table"), dict):
            state["values"]["_table"]["exact"] = 0  # no slider over the edges here
        return
    if not engine.has_samples:
        return
    if n > max_samples:
        data["omitted"] = (
            f"{n:,} samples, more than max_samples={max_samples:,}: counts are shown, but the samples in a "
            f"cell and other thresholds need a live kernel."
        )
        return
    samples = {
        # the page reads float64 weights (whole weights are int64 in the kernel)
        "weights": b64(engine.weights.astype(np.float64)) if engine.weights is not None else None,
        "sample_index": b64(engine.sample_index.astype(np.uint32)) if engine.sample_index is not None else None,
        "ids": _ids(engine),
        "outside": _outside(engine),
    }
    if engine.is_binary_scores:
        positive = engine.codes_true == engine.pos_index
        samples.update(
            kind="binary",
            truth=base64.b64encode(np.packbits(positive, bitorder="little").tobytes()).decode("ascii"),
            scores=b64(round_down_f32(engine.scores)),
            pos_index=int(engine.pos_index),
        )
        scores = engine.scores
        if engine.outside is not None and engine.outside.scores is not None:
            scores = np.concatenate((scores, engine.outside.scores))
        data["state"]["values"]["threshold"] = page_threshold(widget.threshold, scores)
    else:
        samples.update(kind="labels", cells=_cell_ids(engine.codes_true, engine.codes_pred, k))
    if codes is not None:  # every sample, and the slice of each: the page shows any slice itself
        samples["slices"] = slice_codes(codes)
        # and orders each slice's classes as the kernel does with that slice shown
        found = slice_orders(widget, data["orders"])
        if found is not None:
            data["slice_orders"] = found
        elif note := slice_orders_note(widget, data["orders"]):
            values = data["state"]["values"]
            values["_notes"] = [*values.get("_notes", []), note]
    data["samples"] = samples


def _add_previews(widget, data, embed, max_samples):
    """The saved cell's previews, and with ``embed`` those of ``_preview_order``, up to ``PREVIEW_BYTES``.

    The saved cell's come first (the page opens on them); previews past the budget are left
    out, and a note says how many.
    """
    values = data["state"]["values"]
    selection = values.get("_selection")
    saved = selection.get("previews") if isinstance(selection, dict) else None
    budget = PREVIEW_BYTES
    wanted, kept = set(), set()
    if saved:
        fitting = []
        for p in saved:
            wanted.add(p.get("index"))
            size = _size(p)
            if size <= budget:
                budget -= size
                fitting.append(p)
                kept.add(p.get("index"))
        values["_selection"] = {**selection, "previews": fitting}  # a copy: the state holds the widget's own dict
    if embed:
        out = {}
        order = _preview_order(widget, *embedded_engine(widget, max_samples))
        for at, s in enumerate(order):
            p = widget._samples.preview(s)
            size = _size(p) + len(str(s)) + 4  # the key, its quotes, colon and comma
            if size > budget:
                wanted.update(order[at:].tolist())
                break
            budget -= size
            out[str(s)] = p
        wanted.update(int(s) for s in out)
        kept.update(int(s) for s in out)
        data["previews"] = out
    left = len(wanted - kept)
    if left:
        values["_notes"] = [
            *values.get("_notes", []),
            (
                f"Previews of {left:,} samples are left out of this page to keep it small (at most "
                f"{PREVIEW_BYTES / 1e6:g} MB of previews): their cells list them without one; a live kernel "
                f"shows them."
            ),
        ]


def _size(preview):
    return len(script_json(preview).encode("utf-8"))


def _preview_order(widget, engine, slices=None):
    """Sample positions whose previews a page embeds, most wanted first.

    The first page of every cell at the current state (as the live widget shows it), one
    sample of each cell in turn, so a budget cut leaves every cell some; with few samples,
    every other sample after them (for other thresholds). With ``slices`` (the slice of each
    of ``engine``'s samples), the first page of every cell of every slice.
    """
    k = len(widget.classes)
    if engine.is_binary_scores:
        pred = np.where(engine.scores >= widget.threshold, engine.pos_index, engine.neg_index)
    else:
        pred = engine.codes_pred
    cells = engine.codes_true.astype(np.int64) * k + pred
    if slices is not None:  # each slice's cells apart: their first pages hold those of the whole data's
        cells += slices.astype(np.int64) * (k * k)
    order = np.argsort(cells, kind="stable")  # each cell's samples together, ascending
    ordered = cells[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else np.empty(0, np.int64)
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    first = rank < PREVIEWS_PER_CELL
    picked = order[first][np.argsort(rank[first], kind="stable")]  # by rank, then by cell
    if len(order) <= PREVIEW_ALL:
        rest = np.ones(len(order), dtype=bool)
        rest[picked] = False
        picked = np.concatenate((picked, np.flatnonzero(rest)))
    if engine.sample_index is not None:
        picked = engine.sample_index[picked]  # positions in the user's arrays
    return picked


def script_json(obj):
    """JSON safe inside a ``<script>`` element: no ``</script>``, no HTML or JS line-break surprises."""
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
)


def fragment(
    widget, *, max_samples=2_000_000, previews=True, script=True, css=False, cluster=True, packed=None, code=True
):
    """The static table, the embedded data, and the script that turns them into the live view.

    Where scripts do not run (GitHub's notebook preview) the table shows; where they run
    (a shared file, ``jupyter nbconvert --to html``, nbviewer, Jupyter Book) the script
    hides it and mounts the interactive view in its place.

    ``packed`` (by default: when the fragment carries its own CSS, as a notebook output does)
    stores the data gzip-compressed and base64-encoded, for a small saved notebook, with a short
    script that hands it to the page's code; ``code`` adds that code (with its CSS), compressed
    too: ``True`` the chunks the view needs (``chunks.py``), ``False`` none, or a function of the
    feature chunks the view needs giving the chunks to add. A document needs each chunk once:
    views without it wait for a copy elsewhere in the page.
    """
    from .figure import html_table

    if packed is None:
        packed = css
    data = page_data(widget, max_samples=max_samples, previews=previews, cluster=cluster)
    parts = [f'<div class="cmw-static">{html_table(widget._static_view())}</div>']
    if packed:
        samples = data["samples"]
        if samples and samples["kind"] == "labels" and 16 < data["k"] <= 2**16:
            engine = embedded_engine(widget, max_samples)[0]
            samples["cells"] = split_cells(engine.codes_true, engine.codes_pred, data["k"])
        features = chunks.needed(data["state"]["values"])
        parts.append(f"{chunks.data_opening(features)}{pack_json(data)}</script>")
        if script:
            parts.append(f"<script>{_WAIT}</script>")
            carried = code(features) if callable(code) else [chunks.CORE, *features] if code else []
            if carried:
                parts.append(code_element(*carried))
        return "".join(parts)
    parts.append(f'<script type="application/json" class="cmw-data">{script_json(data)}</script>')
    if css:
        parts.insert(0, f"<style>{stylesheet()}</style>")
    if script:
        parts.append(f"<script>{_inline_script(_bundle())}</script>")
    return "".join(parts)


#: What a saved matrix says where the notebook no longer holds the page's code.
NO_CODE = "Run this cell to make the matrix interactive again (the output that held its code is gone)."

# Hands the data element before it to this build's code (js/page/home.js), at once when a copy of
# it has run in this page, else when one does (the build's `waiting`). Where the page holds no copy
# at all (its carrier output was cleared) the static table stays, with a line saying how to get
# the view back.
_WAIT = (
    "(s=>{const d=s.previousElementSibling,D=document,b=(self.cmwBuilds||={})['" + chunks.BUILD + "']||={},"
    "c=()=>D.querySelector('script." + chunks.CODE + "[data-build=" + chunks.BUILD + "]')||"
    "(s.outerHTML='<p class=cmw-nocode>" + NO_CODE + "');"
    "b.boot?b.boot(d):(b.waiting||=[]).push(d);"
    "D.readyState=='complete'?setTimeout(c):addEventListener('load',c)})(document.currentScript)"
)


def _bundle():
    return (_STATIC / "standalone.js").read_text(encoding="utf-8")


def stylesheet(minified=False):
    """The widget's CSS; ``minified``: as the build minifies it (cm_widget/static/widget.min.css)."""
    return (_STATIC / ("widget.min.css" if minified else "widget.css")).read_text(encoding="utf-8")


def html_document(widget, *, max_samples=2_000_000, previews=True, title="Confusion matrix"):
    """The whole self-contained page, as a string."""
    import html

    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>"
        f"<style>{stylesheet()}\nbody{{margin:16px;font-family:system-ui,sans-serif}}</style></head><body>"
        f"{fragment(widget, max_samples=max_samples, previews=previews)}"
        "</body></html>\n"
    )


def _inline_script(code):
    # A bundle could contain "</script" inside a string; break it so the HTML parser never sees it.
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


#: The saved view's own mimetype: JupyterLab and Notebook 7 render it with the extension the package
#: installs (cm_widget/labextension), which shows the live widget when its model is there and the
#: kernel-free view (``text/html``) when it is not, as in a reopened notebook.
SAVED_VIEW_MIME = "application/vnd.cm-widget.view+json"


def notebook_bundle(widget, data, *, max_samples, previews):
    """The notebook output of ``widget``: ``data`` (the live widget view) with its kernel-free view.

    ``text/html`` holds the kernel-free view (a plain table where no script runs, as on GitHub;
    the interactive page where scripts run, as after ``nbconvert``); ``SAVED_VIEW_MIME`` asks
    JupyterLab and Notebook 7 to show it where the widget's model is missing. Every display
    saves this view: it does not pay for loading scipy to cluster classes. Each chunk of the
    page's code goes with the first display of the kernel's notebook that needs it
    (``chunks.to_carry``).
    """
    view = fragment(widget, max_samples=max_samples, previews=previews, css=True, cluster=False, code=chunks.to_carry)
    return {**data, "text/html": view, SAVED_VIEW_MIME: {"version": 1}}
