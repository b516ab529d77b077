"""Selections of more than one cell: a true row, a predicted column, every error, a list of cells.

``selected`` is owned (and validated) by the core; its one-cell form stays the core's. This
feature turns the other forms into their canonical value (``_engine.selection``), lists their
samples and words them for the selection panel.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import traitlets

from .. import _view
from .._engine import multilabel as _multilabel
from .._engine import selection as _sel
from ._base import Feature

_FORMS = (
    "None, a cell (row, column) of positions or of class values/names, {'row': class}, {'col': class}, "
    "'errors', or a list of cells [(true, predicted), ...]"
)


class SelectionFeature(Feature):
    """A true row, a predicted column, every error or a list of cells as ``selected``."""

    def _check_selection(self, value: Any) -> Any:
        """The canonical form of a ``selected`` value other than a cell of int positions.

        Ints are class positions (as in the one-cell form); any other value is a class value or a
        display name. Raises TraitError naming what was found and the accepted forms.
        """
        if isinstance(value, np.ndarray):
            value = value.tolist()
        if isinstance(value, str):
            if value == _sel.ERRORS:
                return self._refuse_remote(value)
            raise traitlets.TraitError(f"selected={value!r} is not a selection; pass {_FORMS}.")
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("row", "col"):
                raise traitlets.TraitError(
                    f"selected={value!r}: a dict selects one true row {{'row': class}} or one predicted column "
                    f"{{'col': class}}; pass {_FORMS}."
                )
            ((axis, label),) = value.items()
            where = self._row_position(label) if axis == "row" else self._col_position(label)
            return self._refuse_remote({axis: where})
        if not isinstance(value, (list, tuple)):
            raise traitlets.TraitError(
                f"selected={value!r} ({type(value).__name__}) is not a selection; pass {_FORMS}."
            )
        if len(value) == 2 and not any(isinstance(v, (list, tuple, dict, set, np.ndarray)) for v in value):
            return (self._row_position(value[0]), self._col_position(value[1]))
        if not value:
            raise traitlets.TraitError("selected=[] lists no cells; pass None to clear the selection.")
        cells = set()
        for item in value:
            if isinstance(item, np.ndarray):
                item = item.tolist()
            if not isinstance(item, (list, tuple)) or len(item) != 2:
                raise traitlets.TraitError(
                    f"selected lists {item!r}, which is not a cell (true, predicted); pass {_FORMS}."
                )
            cells.add((self._row_position(item[0]), self._col_position(item[1])))
        if len(cells) == 1:
            return next(iter(cells))
        return self._refuse_remote(tuple(sorted(cells)))

    def _refuse_remote(self, spec):
        if self._engine.remote:
            raise traitlets.TraitError(
                f"selected={spec!r}: a table counted in {type(self._engine).__name__} lists one cell at a time; "
                "select a cell (row, column)."
            )
        return spec

    def _row_position(self, label):
        k = len(self._classes)
        if isinstance(label, (int, np.integer)) and not isinstance(label, bool):
            if not 0 <= label < k:
                raise traitlets.TraitError(f"selected names row {label}, outside the {k} rows (0..{k - 1}).")
            return int(label)
        try:
            return self._class_index(label, "selected's true class")
        except (TypeError, ValueError) as exc:
            raise traitlets.TraitError(str(exc)) from None

    def _col_position(self, label):
        cols = len(self._column_names())
        if isinstance(label, (int, np.integer)) and not isinstance(label, bool):
            if not 0 <= label < cols:
                raise traitlets.TraitError(
                    f"selected names column {label}, outside the {cols} columns (0..{cols - 1})."
                )
            return int(label)
        try:
            return self._column_index(label)
        except (TypeError, ValueError) as exc:
            raise traitlets.TraitError(str(exc).replace("pred_label", "selected's predicted class")) from None

    def _selected_mask(self):
        """The selected cells as a (K, columns) boolean mask."""
        return _sel.mask_of(self.selected, len(self._classes), len(self._column_names()))

    def _multi_members(self, cells=None):
        """(labels, rows) of the samples of a selection of several cells (``cells``, by default the
        selected ones), ascending, each once."""
        engine = self._engine
        if not engine.has_samples:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        cells = self._selected_mask() if cells is None else cells
        return self._memo("selection members", lambda: _sel.members(engine, cells, self.threshold), self.selected)

    def _multi_selection_state(self, offset):
        """The selection panel of a row, a column, the errors or a list of cells (as ``_view.selection_state``)."""
        spec = self.selected
        kind = _sel.kind_of(spec)
        cells = self._selected_mask()
        labels, rows = self._multi_members(cells)
        count = _sel.count_of(self.counts, cells)
        engine = self._engine
        # A multi-label sample counts in several cells: the count is of (true, predicted) label pairs.
        pairs = isinstance(engine, _multilabel.MultilabelConfusion)
        whole = _sel.count_of_all(self.counts)
        share = float(count / whole) if whole else 0.0
        names = self._column_names()
        name = names[spec["row"]] if kind == "row" else names[spec["col"]] if kind == "col" else None
        size = _view.PAGE_SIZE
        total = len(labels)
        offset = max(0, min(int(offset), max(total - 1, 0)))
        offset -= offset % size
        page = labels[offset : offset + size]
        previews = []
        if self._samples is not None:
            previews = [self._samples.preview(s) for s in rows[offset : offset + _view.PREVIEWS_PER_PAGE]]
        return {
            "i": spec["row"] if kind == "row" else -1,
            "j": spec["col"] if kind == "col" else -1,
            "kind": kind,
            "sentence": multi_sentence(
                kind, count, name, int(cells.sum()), share, weighted=self._count_is_weighted(), pairs=pairs
            ),
            "count": float(count),
            "total": int(total),
            "offset": int(offset),
            "indices": page.tolist(),
            "page_size": size,
            "previews": previews,
            "available": bool(engine.has_samples),
        }

    def _selection_fits(self):
        """Whether the selection is still inside the matrix (the abstained column may have gone)."""
        return _sel.fits(self.selected, len(self._classes), len(self._column_names()))


def multi_sentence(kind, count, name, n_cells, share, weighted=False, pairs=False):
    """A selection of several cells in plain words, as parts ``{"text", "em"}``; ``pairs``: a multi-label
    count, of (true, predicted) label pairs (js/select/selection_spec.js ``multiSentence`` words it the same)."""
    amount = f"{count:g}" if weighted else f"{int(count)}"
    noun = ("label pair", "label pairs") if pairs else ("sample", "samples")
    if weighted:
        lead = f"A weight of {amount} is "
    else:
        lead = f"{amount} {noun[0] if count == 1 else noun[1]} {'is' if count == 1 else 'are'} "
    tail = {"text": f" ({share * 100:.1f}% of all {noun[1]})."}
    if kind == "row":
        return [{"text": lead + "truly "}, {"text": name, "em": True}, tail]
    if kind == "col":
        return [{"text": lead + "predicted "}, {"text": name, "em": True}, tail]
    if kind == "errors":
        return [{"text": lead + "misclassified"}, tail]
    return [{"text": lead + f"in {n_cells} selected cells"}, tail]
