"""Totals in the margins: right of each true row its total, under each predicted column its total,
and the grand total in the corner. The page adds them from the counts it holds (js/margins/); the
kernel's rule is :mod:`cm_widget._engine.margins`, used here for the static figure."""

from __future__ import annotations

import numpy as np
import traitlets

from .._engine import margins as _margins
from ._base import Feature, _validate, _Validated


class MarginsFeature(Feature):
    """``show_totals``: row, column and grand totals drawn in the margins of the matrix."""

    show_totals = _Validated(
        False,
        help="Draw each true row's total right of it, each predicted column's total under it and the grand "
        "total in the corner (counts, weighted where weights are given, whatever the normalisation); written "
        "by Python and the page.",
    ).tag(sync=True)

    _PAGE_WRITES = frozenset({"show_totals"})

    @_validate("show_totals")
    def _valid_show_totals(self, proposal):
        value = proposal["value"]
        if not isinstance(value, (bool, np.bool_)):
            raise traitlets.TraitError(f"show_totals must be True or False; got {value!r}.")
        return bool(value)

    def _margin_totals(self, counts, level):
        """``(rows, cols, all)`` of the displayed ``counts`` for the figure, or None when not shown.

        A multi-label matrix's totals are those it is normalised by (samples with each label), in
        display order; at its groups level a sample counts once per group cell, so none are drawn.
        """
        if not self.show_totals:
            return None
        given = self._totals()
        if given is None:
            return _margins.totals(counts)
        if level == "groups":
            return None
        order = self.class_order
        return _margins.totals(None, (np.asarray(given[0])[order], np.asarray(given[1])[order], given[2]))
