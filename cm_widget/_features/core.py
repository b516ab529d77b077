"""The matrix itself: counts, normalisation, colours, names, the selected cell, and the
engine shown. Inputs that change the counts are observed here once; every feature then
refreshes its part of the page's state in the one order written in ``_refresh``."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any

import numpy as np
import traitlets

from .. import _colors as palette
from .. import _engine, _view
from .._engine import multiclass as _multiclass
from .._engine import multilabel as _multilabel
from .._engine import selection as _selection
from ._base import (
    Feature,
    _brief,
    _brief_text,
    _check_names,
    _check_values_format,
    _positions,
    _validate,
    check_run,
)


class CoreFeature(Feature):
    """The matrix itself: counts, normalisation, colours, names, the selected cell, the engine shown.

    The features answer to a few hooks, called by this class only and in the order written here:

    - ``_refresh_<part>()`` for each part in :attr:`_REFRESH`: recompute that part of the page's
      state from the complete settings (after any input that changes the counts);
    - ``_group_selection_state(offset)``: the selection panel of a group cell;
    - ``_PAGE_WRITES``: the traits of a feature the page may write (user intent);
    - ``_MESSAGES``: ``{type: method name}`` of the page's messages a feature answers.
    """

    #: Parts of the page's state, refreshed in this order when the counts change (the matrix
    #: first: every other part reads the counts; the selection last: it reads the order).
    _REFRESH = (
        "matrix",
        "binary",
        "intervals",
        "curves",
        "costs",
        "calibration",
        "scores",
        "runs",
        "slices",
        "order",
        "issues",
        "selection",
    )
    _PAGE_WRITES = frozenset({"normalize", "cmap", "display_labels", "selected"})
    _MESSAGES = {"page": "_on_page_msg"}
    _ready = False  # observers wait until the constructor has set every trait
    _own_cmaps: dict[str, Any] = {}  # Colormap objects the user passed, by name (they may not be registered)

    # Public state (synced). The page writes these as user intent (except values_format, which
    # it only reads); Python validates every write.
    normalize = traitlets.Unicode(
        None, allow_none=True, help="None, 'true', 'pred' or 'all'; written by Python and the page."
    ).tag(sync=True)

    cmap = traitlets.Unicode("Blues", help="matplotlib colormap name; written by Python and the page.").tag(sync=True)

    display_labels = traitlets.List(
        traitlets.Unicode(), help="Class names shown on the axes; written by Python and the page (renaming)."
    ).tag(sync=True)

    selected = traitlets.Any(
        None,
        allow_none=True,
        help="What is selected: None, a cell (row, column), {'row': i} (a true row), {'col': j} (a predicted "
        "column), 'errors' (every off-diagonal cell) or a list of cells ((i, j), ...); positions in class space. "
        "Written by Python and the page.",
    ).tag(sync=True)

    values_format = traitlets.Unicode(
        None, allow_none=True, help="Format of cell values, e.g. 'd', '.2f'; written by Python, read by the page."
    ).tag(sync=True)

    # Render state: written by Python only, read by the page (js/state.js decodes it). The page
    # derives normalised values, colours, text colours, value format and colour-bar ticks from
    # these (js/derive.js), so a normalise or colormap toggle sends next to nothing.
    _matrix = traitlets.Dict(
        help="{'k': K, 'cols': K or K + 1, 'dtype': 'uint8'|'uint16'|'uint32'|'float64', 'counts': bytes}: the "
        "(K, cols) counts at the current threshold, little-endian row-major; with abstain, the abstained column "
        "last (cols = K + 1). Sent at start and when the counts change."
    ).tag(sync=True)

    _lut = traitlets.Bytes(b"", help="256 x RGB uint8 (768 bytes): the colormap's lookup table.").tag(sync=True)

    _metrics = traitlets.Dict(
        help="{'per_class': bytes, K x 4 float64 (precision, recall, F1, support), 'summary': [accuracy, "
        "balanced accuracy, macro avg, weighted avg]}. Class names come from display_labels in the page."
    ).tag(sync=True)

    _selection = traitlets.Dict(
        help="The selected cell: sentence, total, one page of sample indices from offset, previews, and "
        "whether indices are available; empty when nothing is selected."
    ).tag(sync=True)

    _notes = traitlets.List(traitlets.Unicode(), help="Notes shown above the matrix (plain text).").tag(sync=True)

    @property
    def _runs_now(self):
        """The runs, their first engine configured with every setting that changes its counts.

        The only way to the numbers: an engine is never read with settings other than the traits'.
        """
        first = self._first
        if isinstance(first, _multiclass.ScoredConfusion):
            first.abstain, first.top_k = self.abstain, self.top_k
        elif isinstance(first, _multilabel.MultilabelConfusion) and self.thresholds is not None:
            first.set_thresholds(self.thresholds)
        return self._run_set

    @property
    def _engine(self):
        """The engine of the run shown, configured with the current settings."""
        runs = self._runs_now
        return runs.engine(self.run if self.run in runs else runs.names[0])

    def _settings_key(self):
        """Every setting that changes counts, orders or cells (the key of every cache)."""
        thresholds = self.thresholds
        return (
            self.run,
            len(self._run_set),
            self.threshold,
            self.abstain,
            self.top_k,
            None if thresholds is None else np.asarray(thresholds).tobytes(),
            self.order,
            tuple(self.display_labels),
        )

    def _memo(self, name, compute, *extra):
        """``compute()``, kept until a setting (or ``extra``) changes."""
        key = (self._settings_key(), extra)
        hit = self._memos.get(name)
        if hit is None or hit[0] != key:
            hit = (key, compute())
            self._memos[name] = hit
        return hit[1]

    @property
    def classes(self) -> np.ndarray:
        """Class values in matrix order."""
        return self._classes

    @property
    def n_excluded(self) -> int:
        """Samples left out because a label is outside ``labels=``."""
        return self._record.n_excluded

    @property
    def counts(self) -> np.ndarray:
        """(K, K) counts at the current threshold; rows true, columns predicted (read-only)."""
        return _engine.read_only(self._engine.counts(self.threshold))

    @property
    def matrix(self) -> np.ndarray:
        """The displayed matrix: counts, or normalised per ``normalize`` (read-only)."""
        return _engine.read_only(_engine.normalize(self.counts, self.normalize, self._totals()))

    @property
    def metrics(self) -> dict[str, Any]:
        """Per-class precision/recall/F1/support, accuracy, balanced accuracy, macro and weighted averages.

        With binary scores, ``"binary"`` holds TP/FP/FN/TN, TPR, FPR, specificity,
        precision, F1 and MCC at the current threshold.
        """
        out = self._engine.metrics(self.threshold)
        out["labels"] = self._classes.tolist()
        if self._engine.is_binary_scores:
            out["binary"] = {"threshold": self.threshold, **self._engine.binary(self.threshold)}
        return out

    @property
    def selected_indices(self) -> np.ndarray:
        """Ascending sample indices (int64) of the selected cell; empty when nothing is selected."""
        if self.selected is None:
            if self.selected_group is not None:
                return self._group_cell(*self.selected_group)
            return np.empty(0, dtype=np.int64)
        if not _selection.is_cell(self.selected):
            return _positions(_engine.read_only(self._multi_members()[0]))
        return _positions(self._engine.indices(*self.selected, threshold=self.threshold))

    def indices(
        self, true_label: Any, pred_label: Any, run: str | None = None, *, limit: int | None = None
    ) -> np.ndarray:
        """Ascending sample indices of the cell (true_label, pred_label), addressed by class value or name.

        ``run`` names the run (default: the one shown, ``w.run``). With ``from_dataframe(..., id=...)``
        these are the cell's ids. ``limit`` keeps the first ``limit`` of them (a Dask or Spark cell
        above 1,000,000 rows needs it).
        """
        if not self._engine.has_samples:
            raise ValueError(self._engine.no_samples)
        i = self._class_index(true_label, "true_label")
        j = self._column_index(pred_label)
        engine = self._engine if run is None else self._runs_now.engine(check_run(self._run_set, run, "run"))
        if limit is None:
            return _positions(engine.indices(i, j, threshold=self.threshold))
        if isinstance(limit, bool) or not isinstance(limit, numbers.Integral) or limit < 0:
            raise TypeError(f"limit must be a non-negative int (how many indices to return); got {limit!r}.")
        return _positions(engine.page(i, j, 0, int(limit), threshold=self.threshold)[1])

    def on_select(self, callback: Callable[[Any], Any], remove: bool = False) -> None:
        """Call ``callback(selected)`` when the selection changes; ``remove=True`` unregisters it."""
        if not callable(callback):
            raise TypeError(
                f"callback must be callable, e.g. a function taking the new selection; got {type(callback).__name__}."
            )
        if not remove:
            self._callbacks.append(callback)
        elif callback in self._callbacks:
            self._callbacks.remove(callback)
        else:
            raise ValueError(f"callback {callback!r} was not registered with on_select, so it cannot be removed.")

    @_validate("normalize")
    def _valid_normalize(self, proposal):
        value = proposal["value"]
        if value not in _engine.NORMALIZE_CHOICES:
            raise traitlets.TraitError(f"normalize must be None, 'true', 'pred' or 'all'; got {value!r}.")
        return value

    @_validate("cmap")
    def _valid_cmap(self, proposal):
        value = proposal["value"]
        if value in self._own_cmaps:
            self._colormap = self._own_cmaps[value]
            return value
        try:
            name, self._colormap = palette.resolve_cmap(value)
        except (ValueError, TypeError) as exc:
            raise traitlets.TraitError(str(exc)) from None
        return name

    @_validate("display_labels")
    def _valid_display_labels(self, proposal):
        return _check_names(proposal["value"], len(self._classes), error=traitlets.TraitError)

    @_validate("selected")
    def _valid_selected(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        k = len(self._classes)
        if (
            not isinstance(value, (list, tuple))
            or len(value) != 2
            or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in value)
        ):
            # A row, a column, the errors, a list of cells, a cell by class (_features/selection.py).
            return self._check_selection(value)
        i, j = int(value[0]), int(value[1])
        cols = k + self._abstaining()
        if not (0 <= i < k and 0 <= j < cols):
            raise traitlets.TraitError(
                f"selected={value!r} is outside the {k}x{cols} matrix; rows are 0..{k - 1}, columns 0..{cols - 1}."
            )
        return (i, j)

    @_validate("values_format")
    def _valid_values_format(self, proposal):
        return _check_values_format(proposal["value"], error=traitlets.TraitError)

    def set_state(self, sync_data):
        # A malformed message from the browser must not break the widget: apply
        # each key the page may write on its own, and answer any other, or a
        # rejected one, with the kernel's value.
        writable = _collected(type(self), "_PAGE_WRITES")
        for name, value in sync_data.items():
            if name not in writable:
                self._refuse(name, value, "the page may not write it")
                continue
            try:
                # Validated here first: inside set_state's hold, traitlets runs no validator for a
                # value equal to the old one (True == 1 keeps True) and rolls back only TraitErrors.
                from_json = self.trait_metadata(name, "from_json", self._trait_from_json)
                self.traits()[name]._validate(self, from_json(value, self))
                super().set_state({name: value})
            except Exception as exc:  # noqa: BLE001 - anything the browser sends
                self._refuse(name, value, exc)

    def _refuse(self, name, value, why):
        if name not in self._refused:  # once per trait: a page in a loop must not flood the log
            self._refused.add(name)
            self.log.warning(
                "cm_widget ignored %s=%s from the front end: %s", _brief(name), _brief(value), _brief_text(why)
            )
        if name in self.keys:
            self.send_state(name)

    def _on_custom_msg(self, _widget, content, _buffers):
        try:
            handlers = _collected(type(self), "_MESSAGES")
            if not isinstance(content, dict) or content.get("type") not in handlers:
                raise ValueError("unknown message")
            getattr(self, handlers[content["type"]])(content)
        except Exception as exc:  # noqa: BLE001 - anything the browser sends
            self.log.warning("cm_widget ignored message %s from the front end: %s", _brief(content), _brief_text(exc))

    def _on_page_msg(self, content):
        offset = content.get("offset")
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise ValueError(f"offset must be a non-negative int, got {offset!r}")
        if self.selected is not None or self.selected_group is not None:
            self._offset = offset
            self._refresh_selection()

    @traitlets.observe("cmap")
    def _on_cmap(self, _change):
        if self._ready:
            self._sync_colors()

    @traitlets.observe("threshold", "abstain", "top_k", "thresholds", "run", "compare")
    def _on_counts_inputs(self, change):
        if not self._ready:
            return
        self._run_set.pin(self.run, self.compare)
        with self.hold_sync():
            if self.selected is not None and not self._selection_fits():
                self.selected = None  # the abstained column is gone
            self._refresh()

    @traitlets.observe("order", "display_labels")
    def _on_order_inputs(self, _change):
        if self._ready:
            with self.hold_sync():
                self._refresh_order()
                self._refresh_selection()

    @traitlets.observe("normalize")
    def _on_normalize(self, _change):
        # The sentence gives the share the view is normalised by.
        if self._ready:
            self._refresh_selection()

    @traitlets.observe("selected", "selected_group")
    def _on_selection(self, change):
        # A class cell and a group cell are never selected at once.
        if change["new"] is not None:
            other = "selected_group" if change["name"] == "selected" else "selected"
            if getattr(self, other) is not None:
                setattr(self, other, None)
        if not self._ready:
            return
        self._offset = 0
        with self.hold_sync():
            self._refresh_selection()
            self._refresh_moves()
        if change["name"] == "selected":
            for callback in list(self._callbacks):
                callback(change["new"])

    def _sync_colors(self):
        self._lut = _view.lut_bytes(palette.lookup_table(self._colormap))

    def _refresh(self):
        """Recompute every part of the render state from the complete settings, in this order."""
        with self.hold_sync():
            for part in self._REFRESH:
                getattr(self, f"_refresh_{part}")()

    def _refresh_matrix(self):
        # The whole matrix, the abstained column included: the page normalises rows with it.
        self._matrix = _view.matrix_state(self.counts, weighted=self._engine.weights is not None, totals=self._totals())
        self._metrics = self._metrics_state()

    def _refresh_selection(self):
        """The selection panel: a class cell, a group cell, or nothing, at the page asked for."""
        offset = self._offset
        if self.selected is not None:
            self._selection = self._selection_state(offset)
        elif self.selected_group is not None:
            self._selection = self._group_selection_state(offset)
        else:
            self._selection = {}

    def _metrics_state(self):
        return _view.metrics_state(self._engine.metrics(self.threshold))

    def _listing_engine(self):
        """The engine the selection panel lists a cell's samples from (a feature may order them)."""
        return self._engine

    def _selection_state(self, offset):
        if not _selection.is_cell(self.selected):
            return self._multi_selection_state(offset)
        state = self._cell_selection_state(offset)
        if self._feature_columns is not None:  # samples= is a table (_features/summary.py)
            state["summary"] = self.summarize()
        return state

    def _cell_selection_state(self, offset):
        return _view.selection_state(
            self._listing_engine(),
            self._samples,
            self.selected,
            self._column_names(),
            threshold=self.threshold,
            offset=offset,
            weighted=self._count_is_weighted(),
            normalize=self.normalize,
            abstained=self.selected[1] == len(self._classes),  # no prediction was made
            # A sample counts in several cells of its row: the share is of the samples with the label.
            multilabel=isinstance(self._engine, _multilabel.MultilabelConfusion),
        )

    def _make_notes(self):
        if not self._record.n_excluded:
            return []
        ex = self._record.excluded
        shown = ", ".join(str(k) for k in list(ex)[:5]) + (", ..." if len(ex) > 5 else "")
        return [
            f"{self._record.n_excluded} of {self._record.n_samples} samples are not counted: "
            f"their label is not in labels= ({shown})."
        ]

    def _count_is_weighted(self):
        return self._engine.weights is not None or not _view.is_whole(self.counts)

    def _default_names(self):
        return [str(c) for c in self._classes.tolist()]

    def _class_index(self, label, argname):
        if isinstance(label, (list, tuple, dict, set, np.ndarray)) and not (
            isinstance(label, np.ndarray) and label.ndim == 0
        ):
            raise TypeError(
                f"{argname} must be a single class value or name (one label); got {type(label).__name__} {label!r}."
            )
        hits = (
            np.flatnonzero(self._classes == label)
            if self._classes.dtype.kind != "O"
            else [k for k, c in enumerate(self._classes.tolist()) if c == label]
        )
        if len(hits) == 0 and isinstance(label, str) and label in self.display_labels:
            hits = [self.display_labels.index(label)]
        if len(hits) == 0:
            raise ValueError(f"{argname}={label!r} is not a class; the classes are {self._classes.tolist()[:20]}.")
        return int(hits[0])

    def _shown_key(self):
        """What the data of the engine shown depends on (besides its settings): the run and the runs."""
        return (self.run, len(self._run_set))

    def _memo_run(self, name, compute):
        """``compute()`` of the shown run's data, kept while the run and the runs are the same."""
        key = self._shown_key()
        hit = self._memos.get(name)
        if hit is None or hit[0] != key:
            hit = (key, compute())
            self._memos[name] = hit
        return hit[1]

    def _shown_counts(self):
        """The (K, K) counts of the classes, without the abstained column (orders, groups, the file)."""
        counts = self.counts
        return counts[:, : len(self._classes)]

    def _totals(self):
        """What a multi-label matrix is normalised by (``_engine.normalize``); None for others."""
        return self._engine.totals()

    def _column_names(self):
        names = list(self.display_labels)
        return names + [_multiclass.ABSTAINED] if self._abstaining() else names

    def _column_index(self, label):
        if (
            self._abstaining()
            and isinstance(label, str)
            and label == _multiclass.ABSTAINED
            and (label not in self.display_labels and label not in self._classes.tolist())
        ):
            return len(self._classes)
        return self._class_index(label, "pred_label")

    def _abstaining(self):
        """Whether the matrix shown has the abstained column (the shown run's engine decides)."""
        engine = self._engine
        return isinstance(engine, _multiclass.ScoredConfusion) and engine.abstain is not None


def _collected(cls, name):
    """A feature table (``_PAGE_WRITES`` or ``_MESSAGES``) merged over every class of the widget."""
    tables = [vars(k)[name] for k in reversed(cls.__mro__) if name in vars(k)]
    if all(isinstance(t, frozenset) for t in tables):
        return frozenset().union(*tables)
    return {key: value for t in tables for key, value in t.items()}
