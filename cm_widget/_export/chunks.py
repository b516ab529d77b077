"""The saved notebook view's code, in chunks, and which of them an output carries.

The build (js/pack_page.mjs) splits the code of the saved view into a core, which every view
needs, and feature chunks that only some widgets need. A notebook output carries, compressed,
the chunks its widget needs that no earlier output of the kernel carried; every output finds the
others in the page. A later run of a cell replaces its output, and so gives up what it carried
(whether or not it shows a matrix again: the kernel watches every run of a cell once it has shown
one); a deleted cell (JupyterLab names them in the next request) too.

Each build of the code has an id (``BUILD``): an output's data element and code carry it, and a
build's code reads only the data and runs only the chunks of its own id. So a notebook that holds
outputs of two versions of cm_widget shows each with its own version's code.
"""

from __future__ import annotations

import functools
import json
import pathlib
import re

from .pack import B85_ALPHABET, to_b85

_STATIC = pathlib.Path(__file__).parent.parent / "static"  # cm_widget/static

#: The chunk every saved view needs.
CORE = "core"

#: This build's id (a hash of its code, js/pack_page.mjs).
BUILD = (_STATIC / "page.build").read_text(encoding="ascii").strip()

#: The classes of a saved view's data element, its core's and a feature chunk's.
DATA, CODE, PART = "cmw-view-data", "cmw-view-core", "cmw-view-part"


def data_opening(needs=()):
    """The opening tag of a saved view's data element whose view needs the feature chunks ``needs``."""
    chunks = f" data-chunks={','.join(needs)}" if needs else ""
    return f'<script type="application/json" class={DATA} data-build={BUILD} data-encoding="cmw-pack85"{chunks}>'


_WORD, _WORDS = r"(\w+)", r"([\w,]+)"


def _attr(name, value=_WORD):
    """An attribute as an output or nbconvert's page writes it (quoted or not), its value captured."""
    return rf'{name}="?{value}"?'


def _class(name):
    return rf'class="?{name}"? '


#: A saved view's data element of any build: its build, and the feature chunks it needs.
_DATA_RE = re.compile(_class(DATA) + _attr("data-build") + "(?:[^>]*? " + _attr("data-chunks", _WORDS) + ")?")
#: A core and a feature chunk an output carries, of any build: the build and the chunk's name.
_CODE_RE = re.compile(_class(CODE) + _attr("data-build"))
_PART_RE = re.compile(_class(PART) + _attr("data-build") + " " + _attr("data-chunk"))


def views_in(html):
    """(build, feature chunks needed) of each saved view's data element in ``html``."""
    return [(build, [c for c in needs.split(",") if c]) for build, needs in _DATA_RE.findall(html)]


def carried_in(html, build=None):
    """The chunks of build ``build`` (by default this one) that ``html`` carries, the core first."""
    build = build or BUILD
    core = [CORE] if build in _CODE_RE.findall(html) else []
    return core + [name for b, name in _PART_RE.findall(html) if b == build]


#: Feature chunks (js/pack_page.mjs, CHUNKS): the synced values whose presence makes a view need
#: one. ``_scores`` with a ``kind`` says which kind of score view it is.
FEATURES = {
    # threshold, curves, cost curve and sentence, abstain, ranking, calibration
    "scores": ("_binary", "_curves", "_costs", "_issues", "_scores", "_calibration"),
    "multilabel": ("_scores:multilabel",),
    # the metrics' intervals the kernel computed (uncertainty=)
    "intervals": ("_intervals",),
    "slices": ("_slices",),
    "runs": ("_runs", "_compare"),
    # the summary of a table counted by its engine (DuckDB, Dask, Spark)
    "tables": ("_table",),
}


def needed(values):
    """The feature chunks a view of the synced ``values`` (``page_data``'s state) needs, in order."""
    out = []
    for name, keys in FEATURES.items():
        for key in keys:
            key, _, kind = key.partition(":")
            value = values.get(key)
            if value and (not kind or (isinstance(value, dict) and value.get("kind") == kind)):
                out.append(name)
                break
    return out


@functools.cache
def packed(name):
    """Chunk ``name``'s code (gzip-compressed by the build) as base85 text (``to_b85``)."""
    file = "page.js.gz" if name == CORE else f"page.{name}.js.gz"
    return to_b85((_STATIC / file).read_bytes())


def size(name):
    """Bytes of chunk ``name`` as an output embeds it (its base85 text)."""
    return len(packed(name))


# Unpacks the code element before it (base85 of gzip, as pack.to_b85 writes it) and runs it; the
# code mounts every data element of the page. Without DecompressionStream the static tables stay.
_UNPACK = (
    "(async s=>{const t=s.previousElementSibling.textContent.trim(),A=" + json.dumps(B85_ALPHABET) + ",b=[];"
    "for(let i=0;i<t.length;i+=5){let v=0;for(let j=i;j<i+5;j++)v=v*85+(j<t.length?A.indexOf(t[j]):84);"
    "for(let j=24;j>=0;j-=8)b.push(v/2**j&255)}b.length-=(5-t.length%5)%5;"
    "const x=await new Response(new Blob([new Uint8Array(b)]).stream().pipeThrough(new DecompressionStream('gzip'))).text(),"
    "e=document.createElement('script');e.textContent=x;s.after(e)})(document.currentScript)"
)


def code_element(*names):
    """The chunks ``names`` (by default the core) of the page's code as a notebook output carries
    them: compressed, each with the script that runs it."""
    out = []
    for name in names or (CORE,):
        kind = (
            f"class={CODE} data-build={BUILD}" if name == CORE else f"class={PART} data-build={BUILD} data-chunk={name}"
        )
        out.append(f'<script type="application/gzip" {kind}>{packed(name)}</script><script>{_UNPACK}</script>')
    return "".join(out)


#: Each chunk's carrier in this kernel: (cell id, execute request id).
_carriers: dict[str, tuple[str | None, str]] = {}


def _execution():
    """(cell id, request id, deleted cells) of the execute request the kernel is answering, or None."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return None
    shell = get_ipython()
    header = getattr(shell, "parent_header", None) if shell is not None else None
    request = (header.get("header") or {}).get("msg_id") if isinstance(header, dict) else None
    if not request:
        return None
    meta = header.get("metadata") or {}
    return meta.get("cellId"), request, meta.get("deletedCells") or ()


def _forget_gone(here):
    """Drop the carriers whose output is gone: a deleted cell's, or that of the cell being run
    again (its new outputs replace the old ones, whether or not they show a matrix)."""
    cell, request, deleted = here
    for name, (carrier, asked) in list(_carriers.items()):
        if carrier is not None and (carrier in deleted or (carrier == cell and asked != request)):
            del _carriers[name]


def _on_run_cell(*_args):
    here = _execution()
    if here is not None:
        _forget_gone(here)


_watching: list = []  # the shell whose runs of cells are watched (one per kernel)


def _watch_runs():
    """Forget a carrier when its cell runs again, even when the new run shows no matrix, and
    when the cell being run clears its outputs (``clear_output``); keep an output updated in
    place (``display_id``) holding what it held."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return
    shell = get_ipython()
    if shell is None or any(s is shell for s in _watching):
        return
    shell.events.register("pre_run_cell", _on_run_cell)
    _watching.append(shell)
    publisher = getattr(shell, "display_pub", None)
    if hasattr(publisher, "register_hook"):  # ipykernel's publisher: every message passes its hooks
        publisher.register_hook(_on_message)


def _on_message(msg):
    """A display message on its way out (an ipykernel publisher hook): ``clear_output`` gives up
    what the cell's outputs so far carried; an output under a display id keeps or gives up its
    chunks (:func:`_in_place`). Never stops or breaks the message."""
    try:
        kind = msg["header"]["msg_type"]
        content = msg["content"]
        if kind == "clear_output":
            # the outputs of the cell being run so far go (now, or with its next output): what they carried too
            here = _execution()
            if here is not None:
                for name, (carrier, asked) in list(_carriers.items()):
                    if (carrier, asked) == here[:2]:
                        del _carriers[name]
        elif kind in ("display_data", "update_display_data") and "data" in content:
            display_id = (content.get("transient") or {}).get("display_id")
            content["data"] = _in_place(content["data"], display_id, kind == "update_display_data")
    except Exception:  # noqa: BLE001 - a display must never fail for this bookkeeping
        pass
    return msg


#: The chunks the output of each display id holds (``display(..., display_id=...)``).
_by_display: dict[str, list[str]] = {}


def _in_place(data, display_id, update):
    """``data`` of an output shown under ``display_id``: an update replaces the output in place,
    so a matrix keeps the chunks the output held; any other output gives them up."""
    if not display_id or not isinstance(data, dict):
        return data
    html = data.get("text/html")
    ours = isinstance(html, str) and any(build == BUILD for build, _ in views_in(html))
    held = _held_by(html) if ours else []
    lost = [name for name in _by_display.get(display_id, ()) if name not in held] if update else []
    if lost and ours:
        data = {**data, "text/html": html + code_element(*lost)}
        held += lost
    for name in [] if ours else lost:
        _carriers.pop(name, None)  # the next matrix carries it
    _by_display[display_id] = held
    return data


def _held_by(html):
    """The chunks of this build an output's HTML carries (``code_element``), the core first."""
    return carried_in(html)


def to_carry(features):
    """The chunks (the core first) that this display's output carries, of the core and ``features``.

    Each chunk goes with the first display of a kernel that needs it; again with a later run of
    its carrier's cell (the new output replaces the one that held it) and after that cell was
    deleted; others find it in the page. Outside a kernel's request every output carries all.
    """
    wanted = [CORE, *features]
    here = _execution()
    if here is None:
        return wanted
    _watch_runs()
    _forget_gone(here)  # the output that held a chunk is gone, or is being replaced
    cell, request, _ = here
    out = [name for name in wanted if name not in _carriers]
    for name in out:
        _carriers[name] = (cell, request)
    return out
