"""The packed data document of a saved notebook view: gzip-compressed, base64-encoded JSON whose
base64 strings travel as their bytes (read back in the page by js/core/unpack.js)."""

from __future__ import annotations

import base64
import gzip
import json

#: The first bytes of a packed data document (``pack_json``).
PACK_MAGIC = b"CMW1"
#: Strings at least this long that are base64 text travel as their bytes in a packed document.
_PACK_MIN = 64


def pack_json(obj):
    """``obj`` as one gzip-compressed, base64-encoded document, for a saved notebook.

    Base64 text in ``obj`` (the buffers, colour tables and samples) goes in as its bytes, which
    gzip compresses far better than their base64 text: the document is ``PACK_MAGIC``, the JSON's
    length (uint32, little-endian), the JSON with each such string replaced by
    ``{"__cmw_bytes__": [offset, length]}``, then the bytes. ``unpack_json`` reverses it, as does
    the page (js/unpack.js), which gives back the same base64 text.
    """
    chunks, size = [], 0

    def lift(value):
        nonlocal size
        if isinstance(value, dict):
            return {k: lift(v) for k, v in value.items()}
        if isinstance(value, list):
            return [lift(v) for v in value]
        if isinstance(value, str) and len(value) >= _PACK_MIN and len(value) % 4 == 0:
            try:
                raw = base64.b64decode(value, validate=True)
            except ValueError:
                return value
            if base64.b64encode(raw).decode("ascii") == value:  # exactly the same text comes back
                chunks.append(raw)
                size += len(raw)
                return {"__cmw_bytes__": [size - len(raw), len(raw)]}
        return value

    text = json.dumps(lift(obj), separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    doc = b"".join([PACK_MAGIC, len(text).to_bytes(4, "little"), text, *chunks])
    return base64.b64encode(gzip.compress(doc, compresslevel=6, mtime=0)).decode("ascii")


def unpack_json(text):
    """The inverse of ``pack_json``."""
    doc = gzip.decompress(base64.b64decode(text))
    if doc[:4] != PACK_MAGIC:
        raise ValueError("not a packed cm_widget document")
    n = int.from_bytes(doc[4:8], "little")
    body = doc[8 + n :]

    def drop(value):
        if isinstance(value, dict):
            if set(value) == {"__cmw_bytes__"}:
                at, length = value["__cmw_bytes__"]
                return base64.b64encode(body[at : at + length]).decode("ascii")
            return {k: drop(v) for k, v in value.items()}
        if isinstance(value, list):
            return [drop(v) for v in value]
        return value

    return drop(json.loads(doc[8 : 8 + n].decode("utf-8")))
