"""Slices in the kernel-free page: every sample with its slice, so the page shows any slice itself.

A widget built with ``slices=`` embeds every sample (not only the slice shown) and the slice of
each, as one byte a sample up to 256 slices (two beyond). The page then recounts every slice's
matrix at any threshold and lists a slice's cells with the engine's rules
(js/slices/slice_page.js), which tests/test_file_slices.py holds equal to the kernel's.
"""

from __future__ import annotations

import base64

import numpy as np


def embedded_engine(widget, max_samples):
    """The engine whose samples a page embeds, with the slice of each of them (or None).

    Every sample when the widget has slices of samples in memory and all of them fit in
    ``max_samples``; otherwise the engine shown (the slice shown only, with a note saying so).
    """
    engine = widget._engine
    codes = getattr(widget, "_slice_codes", None)
    if codes is None or engine.kernel_only or engine.remote or not engine.has_samples:
        return engine, None
    every = widget._every_sample_engine()
    if len(every.codes_true) > max_samples:
        return engine, None
    return every, codes


def slice_codes(codes):
    """The slice of every sample in one byte, or beyond 256 slices in two: the low bytes of every
    sample, then the high bytes (they compress apart)."""
    codes = codes.astype(np.int64)
    width = 1 if len(codes) == 0 or int(codes.max()) < 256 else 2
    raw = b"".join(((codes >> (8 * b)) & 255).astype(np.uint8).tobytes() for b in range(width))
    return {"bytes": width, "data": base64.b64encode(raw).decode("ascii")}


def slices_note(widget, max_samples):
    """What a page that holds the slice shown only says about the other slices, or None."""
    codes = getattr(widget, "_slice_codes", None)
    engine = widget._engine
    if codes is None or widget.slice is None or engine.kernel_only or engine.remote or not engine.has_samples:
        return None
    if len(codes) <= max_samples or len(engine.codes_true) > max_samples:
        return None
    return (
        f"This file holds the samples of the slice {widget.slice!r} only ({len(codes):,} samples in all, more than "
        f"max_samples={max_samples:,}): another slice, and every slice at another threshold, need a live kernel."
    )
