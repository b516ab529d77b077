"""The packed data document of a saved notebook view: gzip-compressed JSON whose base64 strings
travel as their bytes, written as base85 text (read back in the page by js/core/unpack.js)."""

from __future__ import annotations

import base64
import gzip
import json
import zlib

import numpy as np

#: The first bytes of a packed data document (``pack_json``).
PACK_MAGIC = b"CMW1"
#: Strings at least this long that are base64 text travel as their bytes in a packed document.
_PACK_MIN = 64
#: Python's base85 alphabet (``base64.b85encode``) with "." for "<": text that a ``<script>``
#: element and a JSON string hold as it is (no "</script", no quote or backslash), 5 characters
#: for 4 bytes where base64 takes 5.33.
B85_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~"
_TO_PAGE = str.maketrans("<", ".")
_FROM_PAGE = str.maketrans(".", "<")


def to_b85(raw):
    """``raw`` bytes as the page's base85 text (``B85_ALPHABET``; a last group of n < 4 bytes
    takes n + 1 characters)."""
    return base64.b85encode(raw).decode("ascii").translate(_TO_PAGE)


def from_b85(text):
    """The inverse of ``to_b85``."""
    return base64.b85decode(text.strip().translate(_FROM_PAGE))


#: Bytes from which a string's bytes are compressed on their own (``_gzip_pieces``).
_PIECE_MIN = 1024


def pack_json(obj):
    """``obj`` as one gzip-compressed document written in base85 (``to_b85``), for a saved notebook.

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
    pieces = [PACK_MAGIC + len(text).to_bytes(4, "little") + text]
    for chunk in chunks:  # a column of samples on its own, small ones with what comes before
        if len(chunk) >= _PIECE_MIN:
            pieces.append(chunk)
        else:
            pieces[-1] += chunk
    return to_b85(_gzip_pieces(pieces))


def _gzip_pieces(pieces):
    """One gzip member holding ``pieces`` one after the other, each compressed on its own.

    Each piece gets its own deflate blocks, coded with their own Huffman tables: per piece the
    smaller of zlib's usual search for repeats and Huffman coding alone, which comes closer to
    the entropy of random codes (a sample's class) where a repeat is chance. Pieces end on a
    byte (a sync flush), so their streams follow each other as one.
    """
    out = [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"]  # gzip, deflate, no name, mtime 0
    crc, size = 0, 0
    pieces = [p for p in pieces if p] or [b""]
    for at, piece in enumerate(pieces):
        last = at == len(pieces) - 1
        tries = []
        for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_HUFFMAN_ONLY):
            c = zlib.compressobj(6, zlib.DEFLATED, -15, 9, strategy)
            tries.append(c.compress(piece) + c.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH))
        out.append(min(tries, key=len))
        crc = zlib.crc32(piece, crc)
        size += len(piece)
    out.append(crc.to_bytes(4, "little") + (size % 2**32).to_bytes(4, "little"))
    return b"".join(out)


def split_cells(codes_true, codes_pred, k):
    """Each sample's cell as three columns that compress apart: its true class, whether the
    prediction agrees (one bit a sample, ``numpy.packbits`` little-endian), and for the samples
    that disagree how far the prediction lies, ``(pred - true) mod k - 1``.

    The classes take ``width`` byte planes (the low bytes of every sample, then the high bytes),
    ``width`` being 1 below 257 classes, else 2. Worth it when a cell id needs two bytes or more
    (more than 16 classes); at most 65,536 classes.
    """
    width = 1 if k <= 256 else 2
    true = codes_true.astype(np.int64)
    offset = (codes_pred.astype(np.int64) - true) % k
    agree = offset == 0

    def planes(a):
        return base64.b64encode(b"".join(((a >> (8 * b)) & 255).astype(np.uint8).tobytes() for b in range(width)))

    return {
        "split": width,
        "true": planes(true).decode("ascii"),
        "agree": base64.b64encode(np.packbits(agree, bitorder="little").tobytes()).decode("ascii"),
        "offset": planes(offset[~agree] - 1).decode("ascii"),
    }


def unpack_json(text, encoding="cmw-pack85"):
    """The inverse of ``pack_json`` (``encoding="cmw-pack"``: the same document in base64)."""
    doc = gzip.decompress(from_b85(text) if encoding == "cmw-pack85" else base64.b64decode(text))
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
