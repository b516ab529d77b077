"""The widget: traits, validation, and the render state synced to the front end.

Numbers come from :mod:`cm_widget._engine`, colours from :mod:`cm_widget._colors`;
this class only holds state and delegates. What the front end receives is
documented trait by trait below; it draws that and writes back user intent.
"""

from __future__ import annotations

from typing import Any

import anywidget
import numpy as np
import traitlets
from numpy.typing import ArrayLike

from . import _colors as palette
from . import _engine, _inputs, _options
from ._engine import runs as _runs
from ._features import (
    AbstainFeature,
    BinaryFeature,
    CalibrationFeature,
    CoreFeature,
    CostsFeature,
    CurvesFeature,
    ExportFeature,
    MarginsFeature,
    MultilabelFeature,
    OrderFeature,
    OtherFeature,
    OutputFeature,
    RankFeature,
    RunsFeature,
    ScaleFeature,
    ScoresFeature,
    SelectionFeature,
    SlicesFeature,
    SummaryFeature,
    UncertaintyFeature,
)
from ._features._base import (
    _STATIC,
    _check_names,
    _check_run_name,
    _check_values_format,
)
from ._features.core import _collected
from ._features.multilabel import multilabel_record
from ._features.summary import is_table, table_columns
from ._samples import Samples


class ConfusionMatrixWidget(
    OtherFeature,
    RankFeature,
    OutputFeature,
    SummaryFeature,
    ExportFeature,
    SelectionFeature,
    SlicesFeature,
    ScaleFeature,
    MarginsFeature,
    RunsFeature,
    OrderFeature,
    CostsFeature,
    CurvesFeature,
    CalibrationFeature,
    UncertaintyFeature,
    ScoresFeature,
    AbstainFeature,
    MultilabelFeature,
    BinaryFeature,
    CoreFeature,
    anywidget.AnyWidget,
):
    """An interactive confusion matrix.

    Parameters
    ----------
    y_true : array-like of shape (n,), or one-hot of shape (n, K)
        True labels: ints, bools, strings; lists, numpy, pandas, torch or TensorFlow tensors.
    y_pred : array-like of shape (n,), optional
        Predicted labels. Pass model scores as ``y_score`` instead.
    y_score : array-like of shape (n,), (n, 1), (n, 2) or (n, K), optional
        Probabilities, logits or decision scores. Binary scores get a threshold;
        the score compared with it is, by shape:

        - (n,) or (n, 1): the value itself, the positive class's score;
        - (n, 2) probabilities (in [0, 1], rows summing to 1): the positive column;
        - (n, 2) anything else (logits, two sigmoids): positive column minus the
          other (the log-odds for logits), so that the default threshold 0 is the argmax;
        - (n, K), K > 2: no threshold; the prediction is the argmax. The scores are
          kept (8 bytes per sample and class) for ``abstain`` and ``top_k``.

        The default threshold is 0.5 when the scores are probabilities, else 0.
    labels : array-like of class labels, optional
        Which classes, in which order (scikit-learn's meaning). Samples whose label
        is not listed are left out with a warning, and counted in ``n_excluded``.
    display_labels : list of str, optional
        Names shown on the axes; defaults to the class values.
    normalize : {None, "true", "pred", "all"}
    cmap : str or matplotlib Colormap, default "Blues"
    threshold : float, optional
        Binary scores only: a sample is positive when its score >= threshold.
        Default 0.5 for probabilities, 0.0 for other scores.
    pos_label : optional
        The positive class for binary scores; default the last of the sorted classes.
    sample_weight : array-like of shape (n,), optional
    samples : images (n, H, W[, C]) or texts (n,), or a table, optional
        Previewed for the selected cell. A table (pandas or polars DataFrame, pyarrow Table)
        of one row per sample is summarised instead: see :meth:`summarize`.
    values_format : str, optional
        Format of the cell values, e.g. "d", ".2f", ".1%".
    embed_previews : bool, default False
        Put the previews of ``samples=`` into the notebook's saved output too (its
        kernel-free view); off by default so notebooks stay small.
    run : str, default "run 1"
        Name of this first prediction set; :meth:`add_run` adds more over the same samples.
    order : {"given", "name", "support", "errors", "cluster"} or list, default "given"
        Display order of the classes: as given; by name (A-Z, numbers by value); by
        support or by errors (false negatives + false positives), largest first;
        "cluster" puts classes confused with each other side by side; or a list of
        every class (values or names). Only the display changes (see ``class_order``).
    groups : mapping or callable, optional
        Class (value or name) -> group name; enables ``level="groups"``, the roll-up
        matrix summing the classes of each group. Classes stay together by group.
    level : {"classes", "groups"}, default "classes"
    errors_only : bool, default False
        Draw the diagonal neutral and let the colour scale span the errors only.
    abstain : float, optional
        (n, K) scores only: samples whose top score is below it go to an extra
        last column, "abstained"; ``counts`` is then (K, K + 1).
    top_k : int, default 1
        (n, K) scores only: a sample whose true class is among its ``top_k``
        highest scores counts on the diagonal; the others stay at their top-1
        prediction.
    rank : {"index", "confidence", "margin", "loss"}, default "index"
        Order of a selected cell's samples in the panel (scores only); see ``indices``.
    cost : array-like of shape (K, K), optional
        The cost of one sample in each cell (rows true, columns predicted, in class order;
        K + 1 columns to charge the abstained column). ``expected_cost`` gives the cost of the
        matrix shown; the page shows it, and for binary scores the cost at every threshold.
    show_intervals : bool or float, optional
        Show each metric with its interval at this level (True: 0.95): "0.910 (0.880-0.930)",
        and a whisker on hover. Wilson intervals for rates, a seeded bootstrap stratified by
        true class for F1, MCC and balanced accuracy (see :meth:`intervals`).
    show_calibration : bool, default False
        Probabilities only: show the reliability diagram, the expected calibration error with
        its interval and the score histograms per true class (see :meth:`calibration`).
    cmap_scale : {"linear", "log"}, default "linear"
        "log" colours the cells on a log scale (empty cells stay the lightest colour), for
        matrices whose counts span decades; the page has a toggle for it.
    show_totals : bool, default False
        Draw each true row's total right of it, each predicted column's total under it and
        the grand total in the corner: counts (weighted where weights are given) whatever the
        normalisation, the abstained column included. The page has a toggle for it.
    top_classes : int, optional
        Show the first N classes of the display order (with ``order="support"`` or ``"errors"``
        the N largest) and one "(other)" row and column gathering every other class, so each
        row and column still adds up to the full matrix's totals and the grand total is n.
        A click on an "(other)" cell lists its samples (``indices("(other)", label)`` too).
        Display only: ``counts``, ``metrics`` (per class, of the full matrix) and ``selected``
        are unchanged; see ``display_counts`` and ``hidden_classes``. Not with ``level="groups"``
        or a multi-label matrix.
    slices : array-like of shape (n,), optional
        A slice value per sample (an age group, a site): one matrix per value, all drawn side
        by side on one colour scale; ``slice`` picks the one shown (None: every sample).
        See ``slices``, ``slice_counts``, ``slice_metrics()`` and ``most_different_slice()``.
    """

    # the module carries its stylesheet (js/widget_entry.js): no second copy in each widget's state
    _esm = _STATIC / "widget.js"

    # Tables counted in Dask or Spark (from_dataframe): what the page shows of the engine.
    _table = traitlets.Dict(
        help="Empty unless the counts come from Dask or Spark: {'engine': name, 'rows': int, 'ids': bool (id= "
        "given: cells list their ids), 'exact': number of score edges, 'edges': float64 little-endian bytes "
        "(binary scores: the slider moves over the edges, where the counts need no query)}."
    ).tag(sync=True)

    def __init__(
        self,
        y_true=None,
        y_pred=None,
        *,
        y_score=None,
        labels=None,
        display_labels=None,
        normalize=None,
        cmap="Blues",
        threshold=None,
        pos_label=None,
        sample_weight=None,
        samples=None,
        values_format=None,
        embed_previews=False,
        run=None,
        order="given",
        groups=None,
        level="classes",
        errors_only=False,
        abstain=None,
        top_k=1,
        rank="index",
        cost=None,
        show_intervals=None,
        show_calibration=False,
        slices=None,
        cmap_scale="linear",
        show_totals=False,
        top_classes=None,
        **kwargs,
    ):
        _options.check(_options.INIT, kwargs)
        if y_true is None:
            raise TypeError("Pass y_true (the true labels) and y_pred= or y_score=.")
        record = _inputs.build_record(
            y_true, y_pred, y_score=y_score, labels=labels, pos_label=pos_label, sample_weight=sample_weight
        )
        self._start(
            record,
            samples=samples,
            display_labels=display_labels,
            normalize=normalize,
            cmap=cmap,
            threshold=threshold,
            values_format=values_format,
            embed_previews=embed_previews,
            run=run,
            order=order,
            groups=groups,
            level=level,
            errors_only=errors_only,
            abstain=abstain,
            top_k=top_k,
            rank=rank,
            cost=cost,
            show_intervals=show_intervals,
            show_calibration=show_calibration,
            slices=slices,
            cmap_scale=cmap_scale,
            show_totals=show_totals,
            top_classes=top_classes,
            **kwargs,
        )

    def _start(
        self,
        record,
        *,
        engine=None,
        samples=None,
        display_labels=None,
        normalize=None,
        cmap="Blues",
        threshold=None,
        values_format=None,
        embed_previews=False,
        run=None,
        order="given",
        groups=None,
        level="classes",
        errors_only=False,
        abstain=None,
        top_k=1,
        rank="index",
        cost=None,
        show_intervals=None,
        show_calibration=False,
        slices=None,
        cmap_scale="linear",
        show_totals=False,
        top_classes=None,
        **kwargs,
    ):
        """Set the widget up from a validated record (every constructor ends here).

        ``engine`` is a ready engine with the interface of :class:`_engine.Confusion`
        (a table counted in Dask or Spark brings its own); by default one is built from the record.
        """
        self._record = record
        self._embed_previews = bool(embed_previews)
        self._memos = {}
        self._curves_key = None  # (run, number of runs) the curves sent to the page are of
        self._offset = 0  # the page of the selected cell the page asked for
        self._first = engine if engine is not None else _engine.Confusion.from_record(record)
        self._setup_abstain(record)
        self._run_set = _runs.Runs(self._first, _check_run_name(run, "run", ()) if run is not None else "run 1")
        self._classes = _engine.read_only(np.asarray(record.classes))
        self._setup_slices(record, slices)
        self._callbacks = []
        self._refused = set()
        if samples is not None and not self._engine.has_samples:
            raise TypeError("samples= needs sample-level data; from_counts has no samples.")
        if samples is not None and is_table(samples):  # a table is summarised, not previewed
            self._feature_columns, samples = table_columns(samples, record.n_samples), None
        self._samples = Samples(samples, record.n_samples) if samples is not None else None
        k = len(self._classes)
        names = self._default_names() if display_labels is None else _check_names(display_labels, k)
        if threshold is None and self._engine.is_binary_scores:
            threshold = 0.5 if self._record.is_probability else 0.0
        if threshold is not None and not self._engine.is_binary_scores:
            raise ValueError(
                "threshold applies only to binary scores; pass probabilities or scores as y_score= "
                "(shape (n,), (n, 1) or (n, 2)) to get a threshold."
            )
        super().__init__(**kwargs)
        try:
            cmap_name, self._colormap = palette.resolve_cmap(cmap)
            if not isinstance(cmap, str):
                self._own_cmaps = {cmap_name: self._colormap}
            with self.hold_sync():
                self.values_format = _check_values_format(values_format)
                self.display_labels = names
                self.normalize = normalize
                self.threshold = threshold
                self.cmap = cmap_name
                self.cmap_scale = cmap_scale
                self.show_totals = show_totals
                self.top_classes = top_classes
                self.top_k = top_k
                self.abstain = abstain
                self.run = self._run_set.names[0]
                self._run_set.pin(self.run)
                self._setup_order(order, groups, level, errors_only)
                self.rank = rank
                self.cost = cost
                self.show_intervals = show_intervals
                self.show_calibration = show_calibration
                self._notes = self._make_notes()
                self._ready = True
                self._sync_colors()
                self._refresh()
        except traitlets.TraitError as exc:
            raise ValueError(str(exc)) from None
        self.on_msg(self._on_custom_msg)

    @classmethod
    def from_predictions(cls, y_true: ArrayLike, y_pred: ArrayLike, **kwargs: Any) -> ConfusionMatrixWidget:
        """Build from true and predicted labels (as ``sklearn ConfusionMatrixDisplay.from_predictions``)."""
        return cls(y_true, y_pred, **kwargs)

    @classmethod
    def from_estimator(
        cls, estimator: Any, X: Any, y: ArrayLike, *, response_method: str = "auto", **kwargs: Any
    ) -> ConfusionMatrixWidget:
        """Build from a fitted classifier.

        Binary classifiers give their ``predict_proba`` (or ``decision_function``)
        scores, so the threshold can move; others give ``predict``.
        """
        if response_method not in ("auto", "predict", "predict_proba", "decision_function"):
            raise ValueError(
                f"response_method must be 'auto', 'predict', 'predict_proba' or 'decision_function'; "
                f"got {response_method!r}."
            )
        classes = getattr(estimator, "classes_", None)
        if classes is None:
            raise TypeError(f"estimator {type(estimator).__name__} has no classes_: pass a fitted classifier.")
        classes = np.asarray(classes)
        if len(classes) != 2 or response_method == "predict":
            return cls(y, estimator.predict(X), **kwargs)
        methods = ("predict_proba", "decision_function") if response_method == "auto" else (response_method,)
        method = next((m for m in methods if hasattr(estimator, m)), None)
        if method is None:
            raise TypeError(f"estimator {type(estimator).__name__} has no {response_method}.")
        labels = kwargs.pop("labels", None)
        labels = classes if labels is None else np.asarray(labels)
        if sorted(labels.tolist()) != sorted(classes.tolist()):
            raise ValueError(f"labels must be the estimator's two classes {classes.tolist()}; got {labels.tolist()}.")
        pos_label = kwargs.pop("pos_label", None)
        pos_label = sorted(labels.tolist())[-1] if pos_label is None else pos_label
        if pos_label not in classes.tolist():
            raise ValueError(f"pos_label={pos_label!r} is not one of the classes {classes.tolist()}.")
        col = classes.tolist().index(pos_label)
        raw = np.asarray(getattr(estimator, method)(X), dtype=np.float64)
        # decision_function scores classes_[1]; predict_proba has a column per class.
        score = raw[:, col] if raw.ndim == 2 else (raw if col == 1 else -raw)
        return cls(y, y_score=score, labels=labels, pos_label=pos_label, **kwargs)

    @classmethod
    def from_counts(
        cls,
        matrix,
        display_labels=None,
        *,
        normalize=None,
        cmap="Blues",
        values_format=None,
        order="given",
        groups=None,
        level="classes",
        errors_only=False,
        cost=None,
        show_intervals=None,
        cmap_scale="linear",
        show_totals=False,
        top_classes=None,
        **kwargs,
    ):
        """Build from a precomputed (K, K) matrix; cells then have no sample indices."""
        for name in ("y_true", "y_pred", "y_score", "samples", "threshold", "sample_weight", "labels", "pos_label"):
            if name in kwargs:
                raise TypeError(
                    f"from_counts takes no {name}= (a precomputed matrix has no samples or scores); "
                    f"build from predictions with ConfusionMatrixWidget(y_true, y_pred, ...) to use it."
                )
        _options.check(_options.FROM_COUNTS, kwargs)
        record = _inputs.counts_record(matrix)
        widget = cls.__new__(cls)
        widget._start(
            record,
            display_labels=display_labels,
            normalize=normalize,
            cmap=cmap,
            values_format=values_format,
            order=order,
            groups=groups,
            level=level,
            errors_only=errors_only,
            cost=cost,
            show_intervals=show_intervals,
            cmap_scale=cmap_scale,
            show_totals=show_totals,
            top_classes=top_classes,
            **kwargs,
        )
        return widget

    @classmethod
    def multilabel(
        cls, Y_true, Y_pred=None, *, y_score=None, labels=None, threshold=0.5, sample_weight=None, **options
    ):
        """A multi-label classifier: the L x L label matrix and a 2x2 table per label.

        Parameters
        ----------
        Y_true : (n, L) 0/1 indicators (bools, ints, a DataFrame)
            Which labels each sample truly has.
        Y_pred : (n, L) 0/1 indicators, optional
            The predicted labels; or pass ``y_score``.
        y_score : (n, L) scores, optional
            One probability or score per label: label j is predicted when
            ``y_score[:, j] >= thresholds[j]``.
        labels : list of L names, optional
            Default: a DataFrame's columns, else 0..L-1.
        threshold : float or (L,) floats, default 0.5
            The starting ``thresholds`` (scores only).
        sample_weight : (n,), optional
        **options
            ``display_labels``, ``normalize``, ``cmap``, ``samples``, ``values_format``.

        Notes
        -----
        The matrix is ``C = Y_true.T @ Y_pred``: cell (i, j) counts the samples where
        label i is truly present and label j is predicted (the diagonal holds each
        label's hits); a click lists them. ``label_matrices`` holds the per-label
        tables (``multilabel_confusion_matrix``), ``metrics`` their rates.
        """
        for name in ("y_true", "y_pred", "pos_label", "abstain", "top_k"):
            if name in options:
                raise TypeError(f"multilabel takes no {name}=; see help(ConfusionMatrixWidget.multilabel).")
        _options.check(_options.MULTILABEL, options)
        if (Y_pred is None) == (y_score is None):
            raise TypeError("Pass either Y_pred= (0/1 predicted labels) or y_score= (scores per label), not both.")
        record = multilabel_record(Y_true, Y_pred, y_score, labels, threshold, sample_weight)
        widget = cls.__new__(cls)
        widget._start(record, **options)
        return widget

    @classmethod
    def from_dataframe(
        cls,
        df,
        y_true="label",
        y_pred=None,
        *,
        y_score=None,
        id=None,
        labels=None,  # noqa: A002
        sample_weight=None,
        bins=65536,
        **options,
    ):
        """Build from the columns of a table: in memory, in an engine, or in Parquet/CSV files.

        In-memory tables (pandas or polars DataFrame, polars LazyFrame, pyarrow Table) work
        exactly as arrays. A table that lives in an engine (a DuckDB relation, a Dask, Spark or
        SQLFrame DataFrame, an Ibis table) is counted where it lives, by the same narwhals
        queries for each: only the counts, and for a binary ``y_score`` the counts of exact
        score bins, come to the kernel. A path or glob of Parquet or CSV files is read by
        DuckDB where it lies. The threshold is exact at every bin edge by sums, and at any
        other value by one filtered count in the engine.

        Parameters
        ----------
        df : table, str or os.PathLike
            The table, or the path of Parquet (``.parquet``) or CSV (``.csv``, ``.tsv``,
            ``.csv.gz``) files; a glob (``"eval/*.parquet"``) names many.
        y_true, y_pred, y_score, sample_weight : str
            Column names: true labels; predicted labels, or the positive class's score.
            ``y_score`` may also name K scores per row (one per class): a list of K column
            names, or one list column (``top_k=`` and ``abstain=`` then apply).
        id : str, optional
            A column that identifies rows: cells then list its values (ascending for a table
            in an engine). Needed to list the rows of a cell of a table in an engine.
        labels : list, optional
        bins : int, default 65536
            Tables in an engine, with ``y_score``: about this many score bins over the
            scores' range (rounded down to a power of two). Each bin is
            ``[b, b + 1) / 2**m``, so every engine counts the same rows at its edges.
        **options
            The widget's options (``normalize``, ``cmap``, ``threshold``, ``pos_label``, ...).
        """
        from ._tables import frames as _frames

        widget = _frames.from_dataframe(
            cls,
            df,
            y_true,
            y_pred,
            y_score=y_score,
            id=id,
            labels=labels,
            sample_weight=sample_weight,
            bins=bins,
            options=options,
        )
        if widget._engine.remote:
            widget._table = widget._engine.page_state(widget._record.n_samples)
        return widget


#: The traits the page may write (user intent), gathered from the features; it may not write any other.
PAGE_WRITABLE = _collected(ConfusionMatrixWidget, "_PAGE_WRITES")
