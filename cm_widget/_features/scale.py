"""The colour scale of the cells: linear, or log for matrices whose counts span decades."""

from __future__ import annotations

import traitlets

from .._engine import scale as _scale
from ._base import Feature, _validate, _Validated


class ScaleFeature(Feature):
    """``cmap_scale``: how values map to colours. The page colours the cells by the rule of
    :mod:`cm_widget._engine.scale`; nothing the kernel counts depends on it."""

    cmap_scale = _Validated(
        "linear",
        help="'linear' (0 to the largest value) or 'log' (empty cells apart; the smallest positive value to the "
        "largest on a log scale); written by Python and the page.",
    ).tag(sync=True)

    _PAGE_WRITES = frozenset({"cmap_scale"})

    @_validate("cmap_scale")
    def _valid_cmap_scale(self, proposal):
        value = proposal["value"]
        if value not in _scale.SCALES:
            raise traitlets.TraitError(f"cmap_scale must be 'linear' or 'log'; got {value!r}.")
        return value
