"""Runs: prediction sets over the same samples (epochs, models), compare mode."""

from __future__ import annotations

from typing import Any

import numpy as np
import traitlets
from numpy.typing import ArrayLike

from .. import _colors as palette
from .. import _engine, _view
from .._engine import multilabel as _multilabel
from .._engine import runs as _runs
from .._engine import selection as _selection
from ._base import (
    COMPARE_CMAP,
    Feature,
    _check_run_name,
    _validate,
    check_run,
)


class RunsFeature(Feature):
    """Runs: prediction sets over the same samples (epochs, models), compare mode."""

    # Runs: prediction sets over the same samples (epochs, models); see add_run. The page's
    # scrubber writes run, its picker compare; the rest is written by Python only.
    run = traitlets.Unicode(
        "run 1",
        help="Name of the run shown: counts, metrics and indices are this run's; written by Python and "
        "the page (scrubber).",
    ).tag(sync=True)

    compare = traitlets.Unicode(
        None,
        allow_none=True,
        help="Name of the run the shown one is compared with, or None; written by Python and the page.",
    ).tag(sync=True)

    _runs = traitlets.Dict(
        help="{'names': [...], 'accuracy': [...], 'macro_f1': [...]}: the runs in order, for the scrubber and "
        "the history line."
    ).tag(sync=True)

    _compare = traitlets.Dict(
        help="Compare mode: {'name', 'matrix': the compared run's counts as in _matrix, 'lut': 256 x RGB of the "
        "diverging colormap of the change, 'fixed', 'broken', 'changed': sample counts}; empty otherwise."
    ).tag(sync=True)

    _moves = traitlets.Dict(
        help="Compare mode with a cell selected: {'i', 'j', 'entered', 'came_from', 'left', 'went_to', "
        "'n_entered', 'n_left'}: the first samples (one page) that entered or left the cell, each with its "
        "column in the other run; empty otherwise."
    ).tag(sync=True)

    @property
    def runs(self) -> tuple[str, ...]:
        """Names of the runs, in the order they were added."""
        return self._run_set.names

    def add_run(
        self, y_pred: ArrayLike | None = None, *, y_score: ArrayLike | None = None, name: str | None = None
    ) -> str:
        """Add a prediction set for the same samples (an epoch, another model); returns its name.

        ``y_pred`` takes predicted labels, or the model's raw output as it comes
        (a 2-D array or tensor of scores is taken as ``y_score``). The run shares the
        first run's samples, classes, weights and ``samples=`` previews. It is shown
        at once when the widget shows the latest run (a scrubber moved back stays put).
        """
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            raise ValueError("add_run is for single-label matrices; a multi-label widget holds one prediction set.")
        record = self._record
        name = self._run_set.next_name() if name is None else _check_run_name(name, "name", self._run_set.names)
        codes_pred, scores, is_probability = _runs.encode_run(record, y_pred, y_score)
        follow = self.run == self._run_set.names[-1]
        self._run_set.add(name, codes_pred=codes_pred, scores=scores, is_probability=is_probability)
        with self.hold_sync():
            if follow:
                self.run = name  # refreshes everything
            else:
                self._refresh()  # the history, the slider's range and the curves' know one more run
        return name

    def diff(self, a: str, b: str) -> dict[str, np.ndarray]:
        """How run ``b`` differs from run ``a`` (at the current threshold).

        Returns a dict: ``"counts"`` (K, K) ``b - a``; ``"fixed"`` (wrong in a, right in b),
        ``"broken"`` (right in a, wrong in b) and ``"changed"`` (the prediction differs):
        ascending sample indices.
        """
        if not self._engine.has_samples:
            raise ValueError("This matrix was built from counts: it has no samples to compare.")
        out = self._runs_now.diff(check_run(self._run_set, a, "a"), check_run(self._run_set, b, "b"), self.threshold)
        out["counts"] = _engine.read_only(out["counts"])
        return out

    @property
    def history(self) -> list[dict[str, Any]]:
        """Per run, in order: ``{"run", "accuracy", "macro_f1"}``, and for binary scores
        ``"binary"``: TP/FP/FN/TN and rates at the current threshold."""
        return [
            {k: dict(v) if isinstance(v, dict) else v for k, v in row.items()}
            for row in self._runs_now.history(self.threshold)
        ]

    @_validate("run")
    def _valid_run(self, proposal):
        return (
            check_run(self._run_set, proposal["value"], "run", traitlets.TraitError)
            if self._ready
            else proposal["value"]
        )

    @_validate("compare")
    def _valid_compare(self, proposal):
        value = proposal["value"]
        return None if value is None else check_run(self._run_set, value, "compare", traitlets.TraitError)

    def _runs_state(self):
        if len(self._run_set) == 1:  # no scrubber and no history line: nothing that moves with the settings
            return {"names": list(self._run_set.names), "accuracy": [None], "macro_f1": [None]}
        rows = self._runs_now.history(self.threshold)
        return {
            "names": [r["run"] for r in rows],
            "accuracy": [r["accuracy"] for r in rows],
            "macro_f1": [r["macro_f1"] for r in rows],
        }

    _PAGE_WRITES = frozenset({"run", "compare"})

    def _refresh_runs(self):
        self._runs = self._runs_state()
        self._sync_compare()

    def _refresh_moves(self):
        self._moves = self._moves_state() if self._compare else {}

    def _sync_compare(self):
        other = self.compare
        if other is None or not self._engine.has_samples:
            self._compare, self._moves = {}, {}
            return
        d = self._runs_now.diff(other, self.run, self.threshold)
        self._compare = {
            "name": other,
            "matrix": _view.matrix_state(
                self._runs_now.counts(other, self.threshold), weighted=self._engine.weights is not None
            ),
            "lut": _view.lut_bytes(palette.lookup_table(palette.resolve_cmap(COMPARE_CMAP)[1])),
            "cmap": COMPARE_CMAP,  # named in the colormap menu while it stands in for cmap
            "fixed": len(d["fixed"]),
            "broken": len(d["broken"]),
            "changed": len(d["changed"]),
        }
        self._moves = self._moves_state()

    def _moves_state(self):
        if self.selected is None or not _selection.is_cell(self.selected):
            return {}  # the moves of one cell
        i, j = self.selected
        entered, came_from, left, went_to = self._runs_now.moves(self.compare, self.run, i, j, self.threshold)
        return {
            "i": i,
            "j": j,
            "entered": entered[: _view.PAGE_SIZE].tolist(),
            "came_from": came_from[: _view.PAGE_SIZE].tolist(),
            "left": left[: _view.PAGE_SIZE].tolist(),
            "went_to": went_to[: _view.PAGE_SIZE].tolist(),
            "n_entered": len(entered),
            "n_left": len(left),
        }
