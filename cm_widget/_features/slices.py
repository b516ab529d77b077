"""Slices: one matrix per value of a column, the slice shown, and every slice side by side."""

from __future__ import annotations

import contextlib
from typing import Any

import numpy as np
import traitlets

from .. import _engine, _view
from .._engine import multiclass as _multiclass
from .._engine import runs as _runs
from .._engine import slices as _slices
from ._base import Feature, _validate, _Validated


class SlicesFeature(Feature):
    """Slices: ``slices=`` gives one matrix per slice value; ``slice`` picks the one shown.

    With a slice shown, every output of the widget (counts, metrics, cells, runs, curves) is that
    slice's; sample positions stay those of the whole data. ``slice_counts`` holds every slice's
    matrix at the current settings, drawn side by side on the page on one colour scale.
    """

    slice = _Validated(
        None,
        help="Name of the slice shown (a value of slices=, as text), or None for all the samples; written by "
        "Python and the page (the slice picker).",
    ).tag(sync=True)

    _slices = traitlets.Dict(
        help="Empty without slices=; else {'names': [...], 'matrix': {'k': S * K, 'cols', 'dtype', 'counts'} (every "
        "slice's counts stacked, as _matrix), 'samples', 'accuracy', 'balanced_accuracy', 'macro_f1': [one per "
        "slice], 'most_different': {'slice', 'value', 'rest', 'difference'} or None}."
    ).tag(sync=True)

    _PAGE_WRITES = frozenset({"slice"})

    _slice_names: tuple[str, ...] = ()
    _slice_codes: np.ndarray | None = None  # the slice of every kept sample (the record's order)
    _slice_table: Any = None  # a table in an engine: its slices' engines (cm_widget._tables.sliced)
    _slice_cache: Any = None  # (key, Runs) of the slice shown
    _slice_counts_memo: Any = None  # (settings but the slice, (S, K, C) counts)

    # ------------------------------------------------------------ set up

    def _setup_slices(self, record, values):
        """Code the slice of every sample (called by the constructor before any trait is set)."""
        self._slice_cache = self._slice_counts_memo = None
        self._slice_table = None
        if values is None:
            self._slice_names, self._slice_codes = (), None
            return
        if hasattr(values, "engines") and getattr(self._first, "remote", False):  # counted in the table's engine
            self._slice_table, self._slice_codes = values, None
            self._slice_names = tuple(values.names)
            return
        if record.codes_true is None:
            raise TypeError("slices= needs sample-level data; a matrix from counts has no samples to slice.")
        if getattr(record, "multilabel", None) is not None:
            raise TypeError("slices= is for single-label matrices; a multi-label widget cannot be sliced yet.")
        if record.n_excluded:
            raise ValueError(
                f"slices= needs every sample counted, but labels= leaves {record.n_excluded} samples out. Build the "
                f"widget with labels= listing every class (or without labels=), or drop those samples first."
            )
        from .. import _inputs

        raw = _inputs.to_numpy(values, "slices")
        if isinstance(raw, _inputs._Categorical):
            raw = raw.values()
        names, codes = _slices.encode_slices(raw, record.n_samples)
        if record.sample_index is not None:
            codes = codes[record.sample_index]
        self._slice_names, self._slice_codes = tuple(names), codes

    # ------------------------------------------------------------ public

    @property
    def slices(self) -> tuple[str, ...]:
        """Names of the slices (the distinct values of ``slices=`` as text, sorted by value); empty without."""
        return self._slice_names

    @property
    def slice_counts(self) -> np.ndarray:
        """(S, K, K) counts of every slice, in the order of ``slices``, at the current settings (read-only).

        They are the shown run's, at the current threshold (and abstain, top-k); with abstain the
        last column holds the samples that abstained.
        """
        self._need_slices("slice_counts")
        # Keyed on every setting but the slice shown: showing another slice recounts nothing here.
        key = super()._settings_key()
        if self._slice_counts_memo is None or self._slice_counts_memo[0] != key:
            self._slice_counts_memo = (key, _engine.read_only(self._compute_slice_counts()))
        return self._slice_counts_memo[1]

    def slice_metrics(self) -> Any:
        """The metrics of every slice side by side: a pandas DataFrame indexed by slice name.

        Columns: ``samples`` (the weighted count), ``accuracy``, ``balanced_accuracy``, ``macro_f1``, and
        ``recall[<class name>]`` per class; the last row, ``"(all)"``, is the whole data.
        """
        self._need_slices("slice_metrics")
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas is in every test environment
            raise ImportError("slice_metrics() returns a pandas DataFrame: pip install pandas.") from None
        counts = self.slice_counts
        table = _slices.slice_table(np.concatenate([counts, counts.sum(axis=0, keepdims=True)]))
        columns = {key: table[key] for key in ("samples", "accuracy", "balanced_accuracy", "macro_f1")}
        for k, name in enumerate(self.display_labels):
            columns[f"recall[{name}]"] = table["recall"][:, k]
        return pd.DataFrame(columns, index=pd.Index([*self._slice_names, "(all)"], name="slice"))

    def most_different_slice(self, recall_of: Any = None) -> dict[str, Any] | None:
        """The slice whose accuracy (or one class's recall) differs most from that of all the other slices.

        Parameters
        ----------
        recall_of : class value or name, optional
            Compare this class's recall instead of the accuracy.

        Returns
        -------
        dict or None
            ``{"slice": name, "measure", "value": in the slice, "rest": in the other slices together,
            "difference": value - rest}``; None when no slice can be compared with the rest.
        """
        self._need_slices("most_different_slice")
        if recall_of is None:
            found, measure = _slices.most_different(self.slice_counts), "accuracy"
        else:
            k = self._class_index(recall_of, "recall_of")
            found = _slices.most_different(self.slice_counts, "recall", k)
            measure = f"recall of {self.display_labels[k]}"
        if found is None:
            return None
        return {**found, "slice": self._slice_names[found["slice"]], "measure": measure}

    # ------------------------------------------------------------ the engine shown

    @property
    def _runs_now(self):
        runs = super()._runs_now
        if self.slice is None or not self._has_slices():
            return runs
        key = (self.slice, len(runs))
        if self._slice_cache is None or self._slice_cache[0] != key:
            s = self._slice_names.index(self.slice)
            if self._slice_table is not None:  # the table's engine for that slice (one run only)
                restricted = _runs.Runs(self._slice_table.engine(s), runs.names[0])
            else:
                restricted = self._restrict_runs(runs, s)
            self._slice_cache = (key, restricted)
        sub = self._slice_cache[1]
        first = sub.base
        if isinstance(first, _multiclass.ScoredConfusion):
            first.abstain, first.top_k = self.abstain, self.top_k
        sub.pin(self.run, self.compare)
        return sub

    def _restrict_runs(self, runs, s):
        """The runs over the samples of slice ``s`` only (their positions stay the user's)."""
        local = np.flatnonzero(self._slice_codes == s)
        base = runs.base
        inner = getattr(base, "_inner", None)  # an engine listing an id column wraps its Confusion
        if inner is not None:
            first = object.__new__(type(base))
            first.__dict__.update(base.__dict__)
            first._inner = _slices.restrict(inner, local)
        else:
            first = _slices.restrict(base, local)
        sub = _runs.Runs(first, runs.names[0])
        for name in runs.names[1:]:
            run = runs[name]
            sub.add(
                name,
                codes_pred=None if run.codes_pred is None else run.codes_pred[local],
                scores=None if run.scores is None else run.scores[local],
                is_probability=run.is_probability,
            )
        return sub

    def _settings_key(self):
        return (*super()._settings_key(), self.slice)

    def _shown_key(self):
        return (*super()._shown_key(), self.slice)

    # ------------------------------------------------------------ numbers and page

    def _has_slices(self):
        return self._slice_codes is not None or self._slice_table is not None

    def _compute_slice_counts(self):
        if self._slice_table is not None:
            return self._slice_table.counts(self.threshold, abstain=self.abstain, top_k=self.top_k)
        runs = super()._runs_now  # every sample, not the slice shown
        base = runs.base
        pred = runs.predictions(self.run, self.threshold)
        k = len(self._classes)
        cols = k + 1 if self.run == runs.names[0] and self._abstaining() else k
        return _slices.slice_counts(
            base.codes_true, np.asarray(pred), self._slice_codes, len(self._slice_names), k, cols, base.weights
        )

    def _every_sample_engine(self):
        """The engine of the run shown over every sample, whatever the slice shown: what a page
        without a kernel embeds to show any slice (cm_widget/_export/slices.py)."""
        runs = super()._runs_now
        return runs.engine(self.run if self.run in runs else runs.names[0])

    @contextlib.contextmanager
    def _as_if_showing(self, name):
        """Inside, the kernel's numbers are those of slice ``name`` (None: every sample), with no
        sync and no observer called; the slice shown is put back on leaving."""
        saved = self._trait_values["slice"]
        self._trait_values["slice"] = name
        try:
            yield
        finally:
            self._trait_values["slice"] = saved

    def _need_slices(self, what):
        if not self._has_slices():
            raise ValueError(f"{what} needs slices=: build the widget with slices= (one slice value per sample).")

    @_validate("slice")
    def _valid_slice(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        if not self._slice_names:
            raise traitlets.TraitError(f"slice={value!r}: this widget has no slices; build it with slices=.")
        if isinstance(value, (list, tuple, dict, set, bytes)) or (isinstance(value, np.ndarray) and value.ndim):
            raise traitlets.TraitError(f"slice must be None or one slice name; got {type(value).__name__} {value!r}.")
        name = value if isinstance(value, str) else str(value.item() if isinstance(value, np.generic) else value)
        if name not in self._slice_names:
            shown = list(self._slice_names[:20])
            raise traitlets.TraitError(f"slice={value!r} is not a slice; the slices are {shown} (or None for all).")
        return name

    @traitlets.observe("slice")
    def _on_slice(self, _change):
        if self._ready:
            with self.hold_sync():
                self._refresh()

    def _refresh_slices(self):
        if not self._has_slices():
            self._slices = {}
            return
        counts = self.slice_counts
        s, k, cols = counts.shape
        table = _slices.slice_table(counts)
        weighted = self._engine.weights is not None
        self._slices = {
            "names": list(self._slice_names),
            "matrix": _view.matrix_state(counts.reshape(s * k, cols), weighted=weighted),
            **{key: table[key].tolist() for key in ("samples", "accuracy", "balanced_accuracy", "macro_f1")},
            "most_different": _slices.most_different(counts),
        }
