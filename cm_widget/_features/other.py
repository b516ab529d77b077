"""Top-N views: ``top_classes`` shows the first N classes of the display order and one "(other)" row
and column that gather the rest (:mod:`cm_widget._engine.other`). Display only: ``counts``,
``selected``, ``metrics`` and every index stay those of the full matrix, in class space."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
import traitlets

from .. import _engine
from .._engine import multilabel as _multilabel
from .._engine import other as _other
from .._engine import selection as _selection
from ._base import Feature, _positions, _validate, _Validated, check_run

OTHER = _other.OTHER


class OtherFeature(Feature):
    """``top_classes``: the first N classes of the display order, the others gathered in "(other)"."""

    top_classes = _Validated(
        None,
        help="None (every class), or N: the first N classes of the display order and one '(other)' row and column "
        "gathering the others; written by Python and the page.",
    ).tag(sync=True)

    _PAGE_WRITES = frozenset({"top_classes"})

    @_validate("top_classes")
    def _valid_top_classes(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        k = len(self._classes)
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
            raise traitlets.TraitError(
                f"top_classes must be None or an int from 1 to {k} (how many classes to show); got {value!r}."
            )
        if not 1 <= value <= k:
            raise traitlets.TraitError(
                f"top_classes={value} is outside 1..{k}: show at least one class and at most the {k} there are "
                f"(None shows every class)."
            )
        if self.level == "groups":
            raise traitlets.TraitError(
                "top_classes shows classes, and level='groups' rolls them up already: set level='classes' first "
                "(or top_classes=None)."
            )
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            raise traitlets.TraitError(
                "top_classes needs one label per sample: in a multi-label matrix a sample with several hidden "
                "labels would count several times in '(other)'; use order= to bring the labels of interest first."
            )
        return int(value)

    @property
    def hidden_classes(self) -> list[Any]:
        """The class values gathered in "(other)", in display order (empty when every class shows)."""
        return self._classes[self._other_split()[1]].tolist()

    @property
    def display_counts(self) -> np.ndarray:
        """The counts as drawn at the classes level (read-only): rows and columns in display order;
        with ``top_classes`` the hidden classes summed into a last "(other)" row and column, so every
        row and column adds up to the full matrix's totals; an abstained column stays last."""
        return self._memo(
            "display counts",
            lambda: _engine.read_only(_other.display_counts(self.counts, self.class_order, self._top_now())),
            self.top_classes,
        )

    def _top_now(self):
        """top_classes, or None when it hides nothing."""
        top = self.top_classes
        return None if top is None or top >= len(self._classes) else top

    def _other_split(self):
        return _other.split(self.class_order, self._top_now())

    def indices(self, true_label: Any, pred_label: Any, run: str | None = None, **kwargs: Any) -> np.ndarray:
        """Sample indices of a cell; with ``top_classes``, "(other)" names the row or column of the
        hidden classes: its samples (those of every cell it gathers) in ascending order."""
        if not (isinstance(true_label, str) and true_label == OTHER) and not (
            isinstance(pred_label, str) and pred_label == OTHER
        ):
            return super().indices(true_label, pred_label, run, **kwargs)  # type: ignore[misc]
        hidden = self._other_split()[1]
        if not len(hidden) and OTHER in (*map(str, self._classes.tolist()), *self.display_labels):
            return super().indices(true_label, pred_label, run, **kwargs)  # type: ignore[misc]  # a class so named
        if not len(hidden):
            raise ValueError(
                f"{OTHER!r} gathers the classes top_classes hides, and none are hidden (top_classes="
                f"{self.top_classes!r}); set top_classes to fewer than the {len(self._classes)} classes."
            )
        if kwargs.get("rank", "index") != "index":
            raise ValueError(f"{OTHER!r} gathers several cells: its samples are listed by index (rank='index').")
        names = self._classes.tolist()
        first = (
            names[hidden[0]] if true_label == OTHER else true_label,
            names[hidden[0]] if pred_label == OTHER else pred_label,
        )
        limit = kwargs.get("limit")
        # the names, the run and the limit checked on one cell; then every cell "(other)" gathers at once
        super().indices(*first, run, **({} if limit is None else {"limit": limit}))  # type: ignore[misc]
        rows = hidden if true_label == OTHER else [self._class_index(true_label, "true_label")]
        cols = hidden if pred_label == OTHER else [self._column_index(pred_label)]  # type: ignore[attr-defined]
        engine = self._engine if run is None else self._runs_now.engine(check_run(self._run_set, run, "run"))
        cells = np.zeros((len(self._classes), len(self._column_names())), dtype=bool)
        cells[np.ix_(np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))] = True
        found = _selection.one_pass(engine, cells)
        if found is not None:  # every sample of the cells; an id as often as the cells list it
            out = found[0] if engine.ids is None else np.sort(np.asarray(engine.ids)[found[0]], kind="stable")
        else:
            parts = [engine.indices(i, j, threshold=self.threshold) for i, j in _selection.pairs_of(cells)]
            out = np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
        if limit is not None:
            out = out[: int(limit)]
        return _engine.read_only(_positions(out))
