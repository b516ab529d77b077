"""Previews of the samples in a selected cell: images as PNG thumbnails, texts as snippets."""

from __future__ import annotations

import base64
import struct
import zlib

import numpy as np

THUMB_PIXELS = 64
SNIPPET_CHARS = 160


class Samples:
    """Validated ``samples=`` argument: images ``(n, H, W[, C])`` or texts ``(n,)``.

    Images are scaled to 0..255 once, over the whole array, so thumbnails of
    different samples are comparable.
    """

    def __init__(self, samples, n):
        from ._inputs import to_numpy

        arr = to_numpy(samples, "samples")
        if isinstance(samples, (list, tuple)) and samples and isinstance(samples[0], str):
            arr = np.asarray(samples, dtype=object)
        if len(arr) != n:
            raise ValueError(f"samples has {len(arr)} entries but y_true has {n}; pass one sample per row.")
        if arr.dtype.kind in "OUS" and arr.ndim == 1:
            self.kind = "text"
            self._data = arr
            return
        if arr.dtype.kind not in "biuf":
            raise TypeError(f"samples must be images (numbers) or texts; got dtype {arr.dtype}.")
        if arr.ndim == 2:
            side = int(round(np.sqrt(arr.shape[1])))
            if side * side != arr.shape[1]:
                raise ValueError(
                    f"samples has shape {arr.shape}: flat rows that are not square images. "
                    f"Pass images as (n, H, W) or (n, H, W, C), or texts as (n,)."
                )
            arr = arr.reshape(len(arr), side, side)
        if arr.ndim == 4 and arr.shape[1] in (1, 3, 4) and arr.shape[-1] not in (1, 3, 4):
            arr = np.moveaxis(arr, 1, -1)  # channels-first (PyTorch) to channels-last
        if arr.ndim == 4 and arr.shape[-1] == 1:
            arr = arr[..., 0]
        if arr.ndim not in (3, 4) or (arr.ndim == 4 and arr.shape[-1] not in (3, 4)):
            raise ValueError(
                f"samples has shape {arr.shape}; pass images as (n, H, W) or (n, H, W, C) with C in 1, 3, 4, "
                f"or texts as (n,)."
            )
        self.kind = "image"
        self._data = arr
        # fmin/fmax skip NaN without copying the images; an all-NaN or infinite range falls back.
        lo, hi = np.fmin.reduce(arr, axis=None), np.fmax.reduce(arr, axis=None)
        self._lo = float(lo) if np.isfinite(lo) else 0.0
        self._hi = float(hi) if np.isfinite(hi) else 1.0

    def preview(self, index):
        """A JSON-able preview of sample ``index``."""
        index = int(index)
        if self.kind == "text":
            return {"index": index, "kind": "text", "text": snippet(self._data[index])}
        return {"index": index, "kind": "image", "src": self._png_data_url(self._data[index])}

    def _png_data_url(self, img):
        span = self._hi - self._lo or 1.0
        px = np.nan_to_num((img.astype(np.float64) - self._lo) * (255.0 / span))
        px = np.clip(np.rint(px), 0, 255).astype(np.uint8)
        scale = max(1, THUMB_PIXELS // max(px.shape[0], px.shape[1]))
        if scale > 1:
            px = px.repeat(scale, axis=0).repeat(scale, axis=1)
        return "data:image/png;base64," + base64.b64encode(encode_png(px)).decode("ascii")


def snippet(text, limit=SNIPPET_CHARS):
    """One line of at most ``limit`` characters: whitespace folded, an ellipsis when cut."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "\u2026"


def encode_png(pixels):
    """Encode a ``(H, W)`` grey or ``(H, W, 3|4)`` RGB(A) uint8 array as PNG bytes."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    h, w = pixels.shape[:2]
    color_type = {2: 0, 3: {3: 2, 4: 6}.get(pixels.shape[-1])}[pixels.ndim]
    rows = pixels.reshape(h, -1)
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1).tobytes()  # filter 0 per row

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
