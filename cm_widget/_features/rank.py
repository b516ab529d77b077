"""Which samples matter: a cell's samples ranked by the model's scores, and likely label errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from .. import _view
from .._engine import ranking as _ranking
from ._base import Feature, _positions, _validate, check_run

#: Cells are marked with their likely label errors at every build up to this many samples x classes.
MARKS_UP_TO = 1_000_000


class RankFeature(Feature):
    """Ranks a cell's samples (confidence, margin, loss) and finds likely label errors."""

    _PAGE_WRITES = frozenset({"rank"})

    if TYPE_CHECKING:  # members of the core this feature reads
        _column_index: Any
        _memo_run: Any

    rank = traitlets.Unicode(
        "index",
        help="Order of a cell's samples in the panel: 'index' (ascending), 'confidence' (the predicted class's "
        "probability, high first), 'margin' (predicted minus true class's probability, high first) or 'loss' "
        "(cross-entropy of the true class, high first); needs scores. Written by Python and the page.",
    ).tag(sync=True)

    _issues = traitlets.Dict(
        help="Likely label errors per cell, for marks on the matrix: {'counts': K x K uint32 little-endian "
        "row-major bytes}; {'pending': True} until label_issues() runs (large data), {'hidden': "
        "True} while abstain or top-k is set; empty without scores (the page then offers no ranking)."
    ).tag(sync=True)

    @_validate("rank")
    def _valid_rank(self, proposal):
        value = proposal["value"]
        if not isinstance(value, str) or value not in _ranking.RANKS:
            raise traitlets.TraitError(f"rank must be one of {', '.join(map(repr, _ranking.RANKS))}; got {value!r}.")
        if value != "index" and _ranking.probabilities_of(self._first) is None:
            raise traitlets.TraitError(
                f"rank={value!r} orders samples by the model's scores, and this widget has none: build it with "
                f"y_score= (binary (n,) or (n, K) probabilities or logits), or keep rank='index'."
            )
        return value

    @traitlets.observe("rank")
    def _on_rank(self, _change):
        if self._ready:
            self._offset = 0
            self._refresh_selection()

    def _cell_ranking(self, engine=None, rank=None):
        """The shown engine's cells ranked by ``rank`` (default the trait), kept while the settings hold."""
        rank = self.rank if rank is None else rank
        if engine is not None:
            return _ranking.CellRanking(engine, rank, self.threshold)
        return self._memo("cell_ranking", lambda: _ranking.CellRanking(self._engine, rank, self.threshold), rank)

    def _listing_engine(self):
        engine = super()._listing_engine()
        if self.rank == "index":
            return engine
        return _ranking.RankedView(engine, self._cell_ranking())

    def indices(
        self,
        true_label: Any,
        pred_label: Any,
        run: str | None = None,
        *,
        limit: int | None = None,
        rank: str = "index",
    ) -> np.ndarray:
        """Sample indices of the cell (true_label, pred_label), addressed by class value or name.

        Parameters
        ----------
        true_label, pred_label
            The cell's true and predicted class (values or display names).
        run : str, optional
            The run (default: the one shown, ``w.run``).
        limit : int, optional
            Keep the first ``limit`` indices (a Dask or Spark cell above 1,000,000 rows needs it).
        rank : {"index", "confidence", "margin", "loss"}, default "index"
            The order: ascending index, or by the model's scores (see :attr:`rank`); equal
            values keep ascending index. Needs scores (binary or (n, K)).

        Returns
        -------
        ndarray of int64
        """
        _ranking.check_rank(rank)
        if rank == "index":
            return super().indices(true_label, pred_label, run, limit=limit)  # type: ignore[misc]
        if not self._engine.has_samples:
            raise ValueError(self._engine.no_samples)
        engine = self._engine if run is None else self._runs_now.engine(check_run(self._run_set, run, "run"))
        if _ranking.probabilities_of(engine) is None:
            raise ValueError(
                f"rank={rank!r} orders samples by the model's scores, and this {'run' if run else 'widget'} has none: "
                f"pass y_score= (binary or (n, K) probabilities or logits), or rank='index'."
            )
        i = self._class_index(true_label, "true_label")
        j = self._column_index(pred_label)
        ranking = self._cell_ranking(rank=rank) if run is None else self._cell_ranking(engine, rank)
        cell = ranking.cell(i, j)
        if limit is not None:
            super().indices(true_label, pred_label, run, limit=limit)  # type: ignore[misc]  # checks limit
            cell = cell[: int(limit)]
        return _positions(cell)

    def _multi_selection_state(self, offset):
        state = super()._multi_selection_state(offset)
        state["rank"] = "index"  # several cells list their samples by index
        return state

    def _cell_selection_state(self, offset):
        state = super()._cell_selection_state(offset)
        state["rank"] = self.rank if _ranking.probabilities_of(self._engine) is not None else "index"
        cells = self._issue_cells() if state.get("available", True) else None
        if cells is not None:
            # The cell's likely label errors (confident learning), lowest self-confidence first.
            members, offsets, n_columns = cells
            i, j = self.selected
            hit = members[offsets[i * n_columns + j] : offsets[i * n_columns + j + 1]]
            state["issues"] = {"total": int(len(hit)), "indices": hit[: _view.PAGE_SIZE].tolist()}
        return state

    def _issue_cells(self, force=False):
        """``(positions, offsets, columns)``: the likely label errors grouped by cell, each cell's
        lowest self-confidence first (kept while the settings hold), or None when not computed."""
        flagged = self._flagged_now(force)
        if flagged is None:
            return None

        engine = self._engine
        if getattr(engine, "scores", None) is not None and "class_scores" not in vars(engine):
            return self._memo("issue_cells", lambda: self._binary_issue_cells(flagged))

        def group():
            engine = self._engine
            base = getattr(engine, "base", engine)
            n_columns = len(self._column_names())
            ids = base.codes_true[flagged].astype(np.int64) * n_columns
            ids += _ranking.columns_of(engine, flagged, self.threshold)
            order = np.argsort(ids, kind="stable")
            offsets = np.zeros(engine.n_classes * n_columns + 1, dtype=np.int64)
            np.cumsum(np.bincount(ids, minlength=engine.n_classes * n_columns), out=offsets[1:])
            members = flagged[order]
            return (members if base.sample_index is None else base.sample_index[members]), offsets, n_columns

        return self._memo("issue_cells", group)

    def _binary_parts(self, flagged):
        """Per true class, its flagged samples and their scores in ascending score order (once per run)."""
        engine = self._engine

        def by_class():
            out = []
            for code in (0, 1):
                members = flagged[engine.codes_true[flagged] == code]
                members = members[np.lexsort((members, engine.scores[members]))]
                out.append((members, np.asarray(engine.scores[members], dtype=np.float64)))
            return out

        return self._memo_run("issue_cells_binary", by_class)

    def _binary_issue_counts(self, flagged):
        """2 x 2 counts of the flagged samples at the threshold: one ``searchsorted`` per class."""
        engine = self._engine
        counts = np.zeros((2, 2), dtype=np.int64)
        for i, (_, scores) in enumerate(self._binary_parts(flagged)):
            k = int(scores.searchsorted(np.float64(self.threshold), side="left"))
            counts[i, engine.pos_index], counts[i, 1 - engine.pos_index] = len(scores) - k, k
        return counts.ravel()

    def _binary_issue_cells(self, flagged):
        """:meth:`_issue_cells` of binary scores: each class's flagged samples split at the threshold."""
        engine = self._engine
        parts = self._binary_parts(flagged)
        pos, where = engine.pos_index, engine.sample_index
        cells, offsets = [], [0]
        for i in (0, 1):
            members, scores = parts[i]
            k = int(scores.searchsorted(np.float64(self.threshold), side="left"))
            below, above = members[:k], members[k:]
            # Lowest probability of the given label first: ascending score for the positive
            # class, descending (equal scores by index) for the other.
            for j in (0, 1):
                part = above if j == pos else below
                if i != pos:
                    part = _ranking.reverse_keeping_ties(part, engine.scores[part])
                cells.append(part if where is None else where[part])
                offsets.append(offsets[-1] + len(part))
        return np.concatenate(cells).astype(np.int64), np.asarray(offsets, dtype=np.int64), 2

    def _flagged_now(self, force=False):
        """The confident-learning set of the run shown (record positions), or None when not computed
        (``force``: compute it)."""
        if not force and (not self._issues or self._issues.get("pending") or "counts" not in self._issues):
            return None
        probs, labels, _ = self._issue_inputs("label marks")
        return self._memo_run("issues_confident_learning", lambda: _ranking.label_issues(probs, labels))

    def _probabilities(self, what):
        probs = _ranking.probabilities_of(self._engine)
        if probs is None:
            raise ValueError(
                f"{what} needs the model's scores: build the widget with y_score= (binary (n,) or (n, K) "
                f"probabilities or logits) for the run shown."
            )
        return probs

    def _issue_inputs(self, what):
        """(probabilities (n, K), given labels, sample positions or None) of the run shown."""
        engine = self._engine
        probs = self._probabilities(what)
        base = getattr(engine, "base", engine)
        return self._memo_run("issue_probs", probs.matrix), base.codes_true, base.sample_index

    def label_issues(self, method: str = "confident_learning") -> np.ndarray:
        """Sample indices whose given (true) label is likely wrong, the most likely first.

        Confident learning (Northcutt et al., JAIR 2021): the threshold of each class is the
        mean probability the model gives it over the samples labelled with it; a sample is
        counted as the class of highest probability among those at or above their threshold,
        and is flagged when that class is not its given label (unless its given label is the
        model's top class). Weights are not used.

        Parameters
        ----------
        method : {"confident_learning", "self_confidence", "normalized_margin"}
            ``"confident_learning"``: the flagged samples, lowest probability of the given
            label first. ``"self_confidence"`` and ``"normalized_margin"``: as many samples as
            confident learning flags, those with the lowest probability of the given label, or
            the lowest margin of the given label over the best other class.

        Returns
        -------
        ndarray of int64
            Positions in the arrays given (ties keep ascending index).
        """
        if not isinstance(method, str) or method not in _ranking.LABEL_ISSUE_METHODS:
            raise ValueError(
                f"method must be one of {', '.join(map(repr, _ranking.LABEL_ISSUE_METHODS))}; got {method!r}."
            )
        probs, labels, where = self._issue_inputs("label_issues")
        found = self._memo_run(f"issues_{method}", lambda: _ranking.label_issues(probs, labels, method))
        if self._issues.get("pending"):
            self._refresh_issues()
        return _positions(found if where is None else where[found])

    def overlapping_classes(self) -> list[tuple[Any, Any, float]]:
        """Pairs of classes the model cannot tell apart, with their share of the samples.

        From the calibrated confident joint of confident learning: a pair's share estimates
        the fraction of samples labelled one class of the pair and belonging to the other.

        Returns
        -------
        list of (class_a, class_b, share)
            Class values, largest share first; pairs with no share are left out.
        """
        probs, labels, _ = self._issue_inputs("overlapping_classes")
        classes = self._classes.tolist()
        return [(classes[a], classes[b], share) for a, b, share in _ranking.overlapping_classes(probs, labels)]

    def _sample_extra(self, rows):
        """The samples frame's ``rank`` (place in its cell at the ``rank`` trait, 0 first) and
        ``label_issue`` (among ``label_issues()``), where the run shown has probabilities."""
        extra = super()._sample_extra(rows)
        if _ranking.probabilities_of(self._engine) is None:
            return extra
        where, rank, issue = self._rank_and_issue_per_sample()
        # ``rows`` are positions in the user's arrays; a slice shown holds some of them only
        local = np.searchsorted(where, np.asarray(rows, dtype=np.int64))
        return {**extra, "rank": rank[local], "label_issue": issue[local].astype(bool)}

    def _rank_and_issue_per_sample(self):
        """``(positions, rank position in its cell, likely label error)`` per sample of the run shown.

        For tables of samples: the rank is the trait's (``rank``); samples outside ``labels=`` are absent.
        """
        engine = self._engine
        probs = self._probabilities("the per-sample ranks")
        base = getattr(engine, "base", engine)
        k = engine.n_classes
        columns = np.asarray(engine.predictions(self.threshold))
        predicted = np.where(columns >= k, base.codes_pred, columns) if columns.max(initial=0) >= k else columns
        rank, issue = _ranking.sample_ranks_and_issues(probs, base.codes_true, predicted, self.rank, columns)
        where = base.sample_index
        return (np.arange(len(rank)) if where is None else where), rank, issue

    def _refresh_issues(self):
        """Marks of likely label errors per cell (confident learning), for the run shown."""
        engine = self._engine
        if _ranking.probabilities_of(engine) is None:
            self._issues = {}
            return
        k = engine.n_classes
        if getattr(engine, "active", False):
            # Abstain and top-k move samples between cells at every step: the marks (of the
            # argmax matrix) would cost a pass over the flagged samples per move. label_issues() stays.
            self._issues = {"hidden": True}
            return
        if len(engine.codes_true) * k > MARKS_UP_TO and "issues_confident_learning" not in self._memos:
            # Large: marked once label_issues() has run (it is not worth seconds of every build).
            self._issues = {"pending": True}
            return
        if getattr(engine, "scores", None) is not None and "class_scores" not in vars(engine):
            counts = self._binary_issue_counts(self._flagged_now(force=True))  # a threshold move: no listing
        else:
            counts = np.diff(self._issue_cells(force=True)[1])  # K x K: no abstained column here
        self._issues = {"counts": np.ascontiguousarray(counts, dtype="<u4").tobytes()}
