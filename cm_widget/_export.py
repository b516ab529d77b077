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
import pathlib

import numpy as np

from . import _colors as palette

_STATIC = pathlib.Path(__file__).parent / "static"

#: Previews embedded per cell: its first page, as in the live widget.
PREVIEWS_PER_CELL = 40
#: Up to this many samples, every sample's preview is embedded (any threshold, any cell).
PREVIEW_ALL = 2000


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
    """Colour tables of the curated colormaps (the page reverses them for "_r") and the current one."""
    import matplotlib

    out = {}
    for name in palette.CURATED_CMAPS:
        out[name] = b64(palette.lookup_table(matplotlib.colormaps[name])[:, :3])
    out[widget.cmap] = b64(palette.lookup_table(widget._colormap)[:, :3])
    return out


def _outside(engine):
    """The left-out samples' sums, for metrics with ``labels=`` (labels only: they do not move)."""
    if engine.outside is None or engine.is_binary_scores:
        return None
    true_k, pred_k, agree, total = engine._outside_sums(None)
    return {"true": true_k.tolist(), "pred": pred_k.tolist(), "agree": agree, "total": total}


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
    """
    engine = widget._engine
    k = len(widget.classes)
    remote = getattr(engine, "remote", False)  # a Dask or Spark table: its rows never leave the engine
    # Views the embedded page cannot recount (abstain, top-k, multi-label) keep their counts only.
    kernel_only = getattr(engine, "kernel_only", None)
    if engine.is_binary_scores and not remote and not widget._curves:
        widget._curves = widget._curves_state()  # the page draws them and moves the threshold along them
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
        # the counts as the page starts (for a file without samples, the only counts it has)
        "counts": b64(np.asarray(widget._shown_counts(), dtype=np.float64)),
        # each display order at these counts, so the page's order menu works without a kernel
        "orders": widget._orders_for_page(cluster=cluster),
    }
    if kernel_only:
        data["omitted"] = kernel_only
        return data
    if remote:
        data["omitted"] = (
            f"Counted in {engine.backend.name}: the rows of a cell and other thresholds need a live kernel."
        )
        # the score edges (1 MB at the default bins) serve only a live slider
        state = data["state"]
        state["buffers"] = [b for b in state["buffers"] if b["path"][:1] != ["_table"]]
        if isinstance(state["values"].get("_table"), dict):
            state["values"]["_table"]["exact"] = 0  # no slider over the edges here
        return data
    if not engine.has_samples:
        return data
    if n > max_samples:
        data["omitted"] = (
            f"{n:,} samples, more than max_samples={max_samples:,}: counts are shown, but the samples in a "
            f"cell and other thresholds need a live kernel."
        )
        return data
    samples = {
        # the page reads float64 weights (whole weights are int64 in the kernel)
        "weights": b64(engine.weights.astype(np.float64)) if engine.weights is not None else None,
        "sample_index": b64(engine.sample_index.astype(np.uint32)) if engine.sample_index is not None else None,
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
    data["samples"] = samples
    if previews and widget._samples is not None:
        data["previews"] = _previews(widget)
    return data


def _previews(widget):
    """Previews by sample position: of every sample when there are few, else of the first page
    of every cell at the current state (the page says when a preview needs a live kernel)."""
    out = {}
    n = widget._record.n_samples
    if n <= PREVIEW_ALL:
        return {str(s): widget._samples.preview(s) for s in range(n)}
    k = len(widget.classes)
    threshold = widget.threshold
    for i in range(k):
        for j in range(k):
            _, page = widget._engine.page(i, j, 0, PREVIEWS_PER_CELL, threshold=threshold)
            for s in page.tolist():
                if s not in out:
                    out[s] = widget._samples.preview(s)
    return {str(s): p for s, p in out.items()}


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


def fragment(widget, *, max_samples=2_000_000, previews=True, script=True, css=False, cluster=True):
    """The static table, the embedded data, and the script that turns them into the live view.

    Where scripts do not run (GitHub's notebook preview) the table shows; where they run
    (a shared file, ``jupyter nbconvert --to html``, nbviewer, Jupyter Book) the script
    hides it and mounts the interactive view in its place.
    """
    from ._plot import html_table

    data = page_data(widget, max_samples=max_samples, previews=previews, cluster=cluster)
    parts = [
        f'<div class="cmw-static">{html_table(widget._static_view())}</div>',
        f'<script type="application/json" class="cmw-data">{script_json(data)}</script>',
    ]
    if css:
        parts.insert(0, f"<style>{stylesheet()}</style>")
    if script:
        parts.append(f"<script>{_inline_script(_bundle())}</script>")
    return "".join(parts)


def _bundle():
    return (_STATIC / "standalone.js").read_text(encoding="utf-8")


def stylesheet():
    return (_STATIC / "widget.css").read_text(encoding="utf-8")


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
