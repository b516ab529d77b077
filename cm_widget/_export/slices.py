"""Slices in the kernel-free page: every sample with its slice, so the page shows any slice itself.

A widget built with ``slices=`` embeds every sample (not only the slice shown) and the slice of
each, as one byte a sample up to 256 slices (two beyond). The page then recounts every slice's
matrix at any threshold and lists a slice's cells with the engine's rules
(js/slices/slice_page.js), which tests/test_file_slices.py holds equal to the kernel's.
"""

from __future__ import annotations

import base64

import numpy as np

from .._engine import order as ordering

#: The display orders that depend on the counts: each slice's travel (slice_orders).
COUNTED_ORDERS = ("support", "errors", "cluster")

#: Each slice's orders travel for at most this many slices, and at most this many positions per
#: order ((slices + 1) x classes: 128 KB at two bytes a position); beyond, the page keeps the saved
#: slice's orders and says so.
SLICE_ORDERS_SLICES = 256
SLICE_ORDERS_MAX = 2**16


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


def slice_orders(widget, orders):
    """The kernel's counted orders of every slice and of every sample, for a page that shows any slice.

    ``orders`` are the page's named orders (``_orders_for_page``); of those that depend on the
    counts, each slice's (then every sample's) positions, computed by the kernel with that slice
    shown, travel as one array of (slices + 1) rows: ``{"dtype", "orders": {how: {"classes",
    "groups"}}}`` (base64, little-endian), or None beyond :data:`SLICE_ORDERS_MAX`.
    """
    hows = [how for how in COUNTED_ORDERS if how in orders]
    names = list(widget.slices)
    k = len(widget.classes)
    if not hows or len(names) > SLICE_ORDERS_SLICES or (len(names) + 1) * k > SLICE_ORDERS_MAX:
        return None
    rows = {how: ([], []) for how in hows}
    for name in [*names, None]:
        with widget._as_if_showing(name):
            for how in hows:
                group_order, order = widget._order_by(how)
                rows[how][0].append(order)
                rows[how][1].append(group_order)

    def encode(parts):
        if parts[0] is None:
            return None
        return base64.b64encode(ordering.positions_bytes(np.concatenate(parts), k)).decode("ascii")

    return {
        "dtype": ordering.position_dtype(k),
        "orders": {how: {"classes": encode(rows[how][0]), "groups": encode(rows[how][1])} for how in hows},
    }


def slice_orders_note(widget, orders):
    """What a page that keeps the saved slice's counted orders says (beyond the bound), or None."""
    hows = [how for how in COUNTED_ORDERS if how in orders]
    if not hows:
        return None
    of = "all samples" if widget.slice is None else f"the slice {widget.slice!r}"
    return (
        f"The orders by {', '.join(hows)} are those of {of} in every slice here ({len(widget.slices):,} slices of "
        f"{len(widget.classes):,} classes, more than this file holds): another slice's order needs a live kernel."
    )
