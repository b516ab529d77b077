"""The widget: traits, validation, and the render state synced to the front end.

Numbers come from :mod:`cm_widget._engine`, colours from :mod:`cm_widget._colors`;
this class only holds state and delegates. What the front end receives is
documented trait by trait below; it draws that and writes back user intent.
"""

from __future__ import annotations

import functools
import numbers
import pathlib
import reprlib

import anywidget
import numpy as np
import traitlets

from . import _colors as palette
from . import _curves, _engine, _inputs, _multiclass, _multilabel, _runs, _view
from . import _order as ordering
from ._samples import Samples

_STATIC = pathlib.Path(__file__).parent / "static"

#: A notebook's saved output keeps cell contents up to this many samples (counts beyond).
NOTEBOOK_MAX_SAMPLES = 200_000
#: Compare mode colours the change of each cell with this diverging colormap (red: fewer, blue: more).
COMPARE_CMAP = "RdBu"

_FORMAT_RE = _view.FORMAT_RE
MAX_DIGITS = 12  # more digits than a float64 carries only bloat the page and the static table

#: The traits the page may write (user intent); it may not write any other.
PAGE_WRITABLE = frozenset(
    {
        "normalize",
        "cmap",
        "threshold",
        "display_labels",
        "selected",
        "run",
        "compare",
        "order",
        "level",
        "errors_only",
        "selected_group",
        "abstain",
        "top_k",
        "thresholds",
    }
)


class _Threshold(traitlets.TraitType):
    """A real number, or None where there are no binary scores.

    ``allow_none`` stays False so that None reaches the widget's validator like any
    other value (traitlets skips validation of None on traits that allow it).
    """

    default_value = None
    info_text = "a real number"


class _Array(traitlets.TraitType):
    """A read-only float64 array, or None; synced as a list.

    ``allow_none`` stays False so that None reaches the widget's validator (as for ``_Threshold``).
    """

    default_value = None
    info_text = "an array of numbers"


class _Validated(traitlets.Any):
    """Any value, None included, goes through the widget's validator.

    (``traitlets.Any`` allows None and then skips validation; passing ``allow_none=False``
    does not turn that off, as traitlets only ever sets the flag to True.)
    """

    allow_none = False


def _validate(*names):
    """``traitlets.validate`` whose refusals are all TraitErrors.

    traitlets rolls a refused value back only on a TraitError; any other exception
    (an OverflowError from ``float(10**400)``) would leave the value set.
    """

    def wrap(method):
        @functools.wraps(method)
        def checked(self, proposal):
            try:
                return method(self, proposal)
            except traitlets.TraitError:
                raise
            except (ArithmeticError, ValueError, TypeError, KeyError, IndexError) as exc:
                raise traitlets.TraitError(f"{names[0]}={proposal['value']!r:.200} is refused: {exc}") from None

        return traitlets.validate(*names)(checked)

    return wrap


def _array_to_json(value, _widget):
    return None if value is None else [float(v) for v in value]


def _array_from_json(value, _widget):
    return value


class ConfusionMatrixWidget(anywidget.AnyWidget):
    """An interactive confusion matrix.

    Parameters
    ----------
    y_true : array-like (n,) or one-hot (n, K)
        True labels: ints, bools, strings; lists, numpy, pandas, torch or TensorFlow tensors.
    y_pred : array-like (n,), optional
        Predicted labels. Pass model scores as ``y_score`` instead.
    y_score : array-like (n,), (n, 1), (n, 2) or (n, K), optional
        Probabilities, logits or decision scores. Binary scores get a threshold;
        the score compared with it is, by shape:

        - (n,) or (n, 1): the value itself, the positive class's score;
        - (n, 2) probabilities (in [0, 1], rows summing to 1): the positive column;
        - (n, 2) anything else (logits, two sigmoids): positive column minus the
          other (the log-odds for logits), so that the default threshold 0 is the argmax;
        - (n, K), K > 2: no threshold; the prediction is the argmax. The scores are
          kept (8 bytes per sample and class) for ``abstain`` and ``top_k``.

        The default threshold is 0.5 when the scores are probabilities, else 0.
    labels : array-like, optional
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
    sample_weight : array-like (n,), optional
    samples : images (n, H, W[, C]) or texts (n,), optional
        Previewed for the selected cell.
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
    """

    _esm = _STATIC / "widget.js"
    _ready = False  # observers wait until the constructor has set every trait
    _own_cmaps = {}  # Colormap objects the user passed, by name (they may not be registered)
    _css = _STATIC / "widget.css"

    # Public state (synced). The page writes these as user intent (except values_format, which
    # it only reads); Python validates every write.
    normalize = traitlets.Unicode(
        None, allow_none=True, help="None, 'true', 'pred' or 'all'; written by Python and the page."
    ).tag(sync=True)
    cmap = traitlets.Unicode("Blues", help="matplotlib colormap name; written by Python and the page.").tag(sync=True)
    threshold = _Threshold(
        help="Binary scores: a sample is positive when score >= threshold; written by Python and the page."
    ).tag(sync=True)
    display_labels = traitlets.List(
        traitlets.Unicode(), help="Class names shown on the axes; written by Python and the page (renaming)."
    ).tag(sync=True)
    selected = traitlets.Any(
        None, allow_none=True, help="(row, column) of the selected cell, or None; written by Python and the page."
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
    _binary = traitlets.Dict(
        help="Binary scores: the slider's lo/hi/step, pos_index and TP/FP/FN/TN with their rates at the "
        "threshold; empty otherwise."
    ).tag(sync=True)
    _selection = traitlets.Dict(
        help="The selected cell: sentence, total, one page of sample indices from offset, previews, and "
        "whether indices are available; empty when nothing is selected."
    ).tag(sync=True)
    _notes = traitlets.List(traitlets.Unicode(), help="Notes shown above the matrix (plain text).").tag(sync=True)

    # Tables counted in Dask or Spark (from_dataframe): what the page shows of the engine.
    _table = traitlets.Dict(
        help="Empty unless the counts come from Dask or Spark: {'engine': name, 'rows': int, 'ids': bool (id= "
        "given: cells list their ids), 'exact': number of score edges, 'edges': float64 little-endian bytes "
        "(binary scores: the slider moves over the edges, where the counts need no query)}."
    ).tag(sync=True)

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

    # Many classes: display order, group roll-up, errors only. Display only: counts,
    # `selected` and every index stay in class space whatever order or level is shown.
    order = _Validated(
        "given",
        help="Display order: 'given', 'name', 'support', 'errors', 'cluster', or a list of every class.",
    ).tag(sync=True, to_json=lambda value, _w: value if isinstance(value, str) else "list")
    level = traitlets.Unicode("classes", help="'classes', or 'groups' (the roll-up; needs groups=).").tag(sync=True)
    errors_only = traitlets.Bool(False, help="Diagonal drawn neutral; the colour scale spans the errors.").tag(
        sync=True
    )
    selected_group = traitlets.Any(
        None, allow_none=True, help="(row, column) of the selected cell of the group roll-up, or None."
    ).tag(sync=True)
    # Page only. _order: {"dtype": "uint16"|"uint32", "classes": class positions in display
    # order, "groups": group positions in display order or None} (little-endian bytes).
    # _groups: {} or {"names": group names, "codes": the group of each class (bytes, same dtype)}.
    _order = traitlets.Dict().tag(sync=True)
    _groups = traitlets.Dict().tag(sync=True)

    # Scores beyond one threshold: abstain and top-k for (n, K) scores (curves are methods)
    abstain = traitlets.Any(None, allow_none=True, help="(n, K) scores: top score below it -> 'abstained'.").tag(
        sync=True
    )
    top_k = traitlets.Int(1, help="(n, K) scores: true class among the top k counts as a hit.").tag(sync=True)
    # Multi-label (ConfusionMatrixWidget.multilabel with y_score=): one threshold per label
    thresholds = _Array(help="Multi-label scores: label j is predicted when score >= thresholds[j].").tag(
        sync=True, to_json=_array_to_json, from_json=_array_from_json
    )
    _curves = traitlets.Dict(
        help="Binary scores, sent when the page asks ({type: 'curves'}): {'roc'|'pr': {'x', 'y': <f4 bytes, "
        "'t': <f8 bytes of each drawn point's threshold}, 'auc', 'ap', 'targets': [{'name', 'threshold'}]}."
    ).tag(sync=True)
    _scores = traitlets.Dict(
        help="(n, K) scores: {'kind': 'multiclass', abstain slider range, coverage, covered accuracy, "
        "'abstained' per true class, top_k}; multi-label: {'kind': 'multilabel', per-label 'tables' "
        "[tn, fp, fn, tp], thresholds and range, 'focus': one label cell's first page of samples}."
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
        **kwargs,
    ):
        _check_unknown(kwargs, "ConfusionMatrixWidget")
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
        self._start_scores(record)
        self._run_set = _runs.Runs(self._first, _check_run_name(run, "run", ()) if run is not None else "run 1")
        self._classes = _engine.read_only(np.asarray(record.classes))
        self._callbacks = []
        self._refused = set()
        if samples is not None and not self._engine.has_samples:
            raise TypeError("samples= needs sample-level data; from_counts has no samples.")
        self._samples = Samples(samples, record.n_samples) if samples is not None else None
        self._score_lo, self._score_hi = self._score_bounds()
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
                self.top_k = top_k
                self.abstain = abstain
                self.run = self._run_set.names[0]
                self._run_set.pin(self.run)
                self._set_up_order(order, groups, level, errors_only)
                self._notes = self._make_notes()
                self._ready = True
                self._sync_colors()
                self._refresh()
        except traitlets.TraitError as exc:
            raise ValueError(str(exc)) from None
        self.on_msg(self._on_custom_msg)

    # ------------------------------------------------------------ builders

    @classmethod
    def from_predictions(cls, y_true, y_pred, **kwargs):
        """Build from true and predicted labels (as ``sklearn ConfusionMatrixDisplay.from_predictions``)."""
        return cls(y_true, y_pred, **kwargs)

    @classmethod
    def from_estimator(cls, estimator, X, y, *, response_method="auto", **kwargs):
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
        **kwargs,
    ):
        """Build from a precomputed (K, K) matrix; cells then have no sample indices."""
        for name in ("y_true", "y_pred", "y_score", "samples", "threshold", "sample_weight", "labels", "pos_label"):
            if name in kwargs:
                raise TypeError(
                    f"from_counts takes no {name}= (a precomputed matrix has no samples or scores); "
                    f"build from predictions with ConfusionMatrixWidget(y_true, y_pred, ...) to use it."
                )
        _check_unknown(kwargs, "from_counts")
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
            **kwargs,
        )
        return widget

    # ------------------------------------------------------ derived state
    # Everything derived (the engine shown, orders, group cells, curves) is a function of the
    # complete settings: the engine is configured from the traits on every read, and every
    # cache is keyed on _settings_key(), so no cache can be keyed on part of the settings.

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

    # ---------------------------------------------------------------- API

    @property
    def classes(self):
        """Class values in matrix order."""
        return self._classes

    @property
    def n_excluded(self):
        """Samples left out because a label is outside ``labels=``."""
        return self._record.n_excluded

    @property
    def counts(self):
        """(K, K) counts at the current threshold; rows true, columns predicted (read-only)."""
        return _engine.read_only(self._engine.counts(self.threshold))

    @property
    def matrix(self):
        """The displayed matrix: counts, or normalised per ``normalize`` (read-only)."""
        return _engine.read_only(_engine.normalize(self.counts, self.normalize, self._totals()))

    @property
    def metrics(self):
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
    def selected_indices(self):
        """Ascending sample indices (int64) of the selected cell; empty when nothing is selected."""
        if self.selected is None:
            if self.selected_group is not None:
                return self._group_cell(*self.selected_group)
            return np.empty(0, dtype=np.int64)
        return _positions(self._engine.indices(*self.selected, threshold=self.threshold))

    def indices(self, true_label, pred_label, run=None, *, limit=None):
        """Ascending sample indices of the cell (true_label, pred_label), addressed by class value or name.

        ``run`` names the run (default: the one shown, ``w.run``). With ``from_dataframe(..., id=...)``
        these are the cell's ids. ``limit`` keeps the first ``limit`` of them (a Dask or Spark cell
        above 1,000,000 rows needs it).
        """
        if not self._engine.has_samples:
            raise ValueError(
                getattr(self._engine, "no_samples", "This matrix was built from counts: it has no sample indices.")
            )
        i = self._class_index(true_label, "true_label")
        j = self._column_index(pred_label)
        engine = self._engine if run is None else self._runs_now.engine(self._check_run(run, "run"))
        if limit is None:
            return _positions(engine.indices(i, j, threshold=self.threshold))
        if isinstance(limit, bool) or not isinstance(limit, numbers.Integral) or limit < 0:
            raise TypeError(f"limit must be a non-negative int (how many indices to return); got {limit!r}.")
        return _positions(engine.page(i, j, 0, int(limit), threshold=self.threshold)[1])

    def on_select(self, callback, remove=False):
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

    def to_figure(self, ax=None, **kwargs):
        """A static matplotlib Figure of the current view (see :func:`cm_widget._plot.draw`)."""
        from ._plot import draw

        return draw(self._static_view(), ax=ax, **kwargs)

    def savefig(self, path, **kwargs):
        """Save the static figure to ``path`` (any format matplotlib writes)."""
        import matplotlib.pyplot as plt

        fig = self.to_figure()
        try:
            fig.savefig(path, **{"bbox_inches": "tight", **kwargs})
        finally:
            plt.close(fig)

    def to_html(self, path=None, *, max_samples=2_000_000, previews=True):
        """One self-contained, interactive HTML file of this matrix; no kernel, no network.

        Normalisation, colormaps, renaming, zoom, the threshold slider (exact counts at
        every float32 threshold) and clicks on cells (their sample indices and previews)
        all work in the file. Above ``max_samples`` samples, only the counts are kept.

        Parameters
        ----------
        path : str or path-like, optional
            Where to write the file; without it the HTML is returned as a string.
        max_samples : int, default 2_000_000
        previews : bool, default True
            Embed the previews (``samples=``) of the first page of every cell.
        """
        from ._export import html_document

        if isinstance(max_samples, bool) or not isinstance(max_samples, numbers.Integral) or max_samples < 0:
            raise TypeError(f"max_samples must be a non-negative int; got {max_samples!r}.")
        text = html_document(self, max_samples=int(max_samples), previews=bool(previews))
        if path is None:
            return text
        pathlib.Path(path).write_text(text, encoding="utf-8")
        return None

    def _repr_mimebundle_(self, **kwargs):
        # The saved output carries a kernel-free view: a plain table where no script runs
        # (GitHub), the interactive page where scripts run (nbconvert, nbviewer). JupyterLab,
        # Notebook 7 and marimo show the live widget view of the same bundle instead.
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        from ._export import fragment

        # Every display saves this view: it does not pay for loading scipy to cluster classes.
        view = fragment(self, max_samples=NOTEBOOK_MAX_SAMPLES, previews=self._embed_previews, css=True, cluster=False)
        return {**data, "text/html": view}, metadata

    # ------------------------------------------------------- validation

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

    @_validate("threshold")
    def _valid_threshold(self, proposal):
        value = proposal["value"]
        if value is None:
            if self._engine.is_binary_scores:
                raise traitlets.TraitError("threshold cannot be None for binary scores; pass a number.")
            return None
        if not self._engine.is_binary_scores:
            raise traitlets.TraitError("threshold applies only to binary scores (y_score= with shape (n,) or (n, 2)).")
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value[()]
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
            raise traitlets.TraitError(
                f"threshold must be a real number (a sample is positive when score >= threshold); "
                f"got {type(value).__name__} {value!r}."
            )
        value = float(value)
        if not np.isfinite(value):
            raise traitlets.TraitError(f"threshold must be a finite number; got {value!r}.")
        if not (self._score_lo <= value <= self._score_hi):
            raise traitlets.TraitError(
                f"threshold={value!r} is outside the score range [{self._score_lo:g}, {self._score_hi:g}]; "
                f"pass a value inside it."
            )
        prepare = getattr(self._engine, "prepare", None)
        if prepare is not None:  # a table engine queries here, so a failure leaves the threshold as it was
            prepare(value)
        return float(value)

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
            raise traitlets.TraitError(f"selected must be None or a (row, column) pair of ints; got {value!r}.")
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
        for name, value in sync_data.items():
            if name not in PAGE_WRITABLE:
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
            if isinstance(content, dict) and content.get("type") in _SCORE_MESSAGES:
                return self._on_scores_msg(content)
            if not isinstance(content, dict) or content.get("type") != "page":
                raise ValueError("unknown message")
            offset = content.get("offset")
            if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
                raise ValueError(f"offset must be a non-negative int, got {offset!r}")
            if self.selected is not None or self.selected_group is not None:
                self._offset = offset
                self._sync_selection()
        except Exception as exc:  # noqa: BLE001 - anything the browser sends
            self.log.warning("cm_widget ignored message %s from the front end: %s", _brief(content), _brief_text(exc))

    # ---------------------------------------------------------- observers

    @traitlets.observe("cmap")
    def _on_cmap(self, _change):
        if self._ready:
            self._sync_colors()

    # Every setting that changes counts refreshes the whole render state, in one written order
    # (_refresh); display-only settings refresh what they change. No observer patches a part.

    @traitlets.observe("threshold", "abstain", "top_k", "thresholds", "run", "compare")
    def _on_counts_inputs(self, change):
        if not self._ready:
            return
        self._run_set.pin(self.run, self.compare)
        with self.hold_sync():
            if self.run != self._run_set.names[0] and (self.abstain is not None or self.top_k != 1):
                # Abstain and top-k belong to the run given (n, K) scores; another run shows none.
                self.abstain, self.top_k = None, 1
            if self.selected is not None and self.selected[1] >= len(self._column_names()):
                self.selected = None  # the abstained column is gone
            self._refresh()

    @traitlets.observe("order", "display_labels")
    def _on_order_inputs(self, _change):
        if self._ready:
            with self.hold_sync():
                self._sync_order()
                self._sync_selection()

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
            self._sync_selection()
            self._moves = self._moves_state() if self._compare else {}
        if change["name"] == "selected":
            for callback in list(self._callbacks):
                callback(change["new"])

    # ------------------------------------------------------- render state
    # Normalisation and values_format need nothing from here: the page derives them from counts.

    def _sync_colors(self):
        self._lut = _view.lut_bytes(palette.lookup_table(self._colormap))

    def _refresh(self):
        """Recompute every part of the render state from the complete settings, in this order."""
        with self.hold_sync():
            # The whole matrix, the abstained column included: the page normalises rows with it.
            self._matrix = _view.matrix_state(
                self.counts, weighted=self._engine.weights is not None, totals=self._totals()
            )
            self._metrics = self._metrics_state()
            self._binary = self._binary_state()
            self._sync_scores()
            self._runs = self._runs_state()
            self._sync_compare()
            self._sync_order()
            self._sync_selection()

    def _sync_selection(self):
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

    def _binary_state(self):
        if not self._engine.is_binary_scores or self.threshold is None:
            return {}
        return _view.binary_state(
            self._engine.binary(self.threshold),
            threshold=self.threshold,
            lo=self._score_lo,
            hi=self._score_hi,
            is_probability=self._record.is_probability,
            pos_index=self._engine.pos_index,
        )

    def _selection_state(self, offset):
        out = _view.selection_state(
            self._engine,
            self._samples,
            self.selected,
            self._column_names(),
            threshold=self.threshold,
            offset=offset,
            weighted=self._count_is_weighted(),
        )
        if self.selected[1] == len(self._classes):  # the abstained column: no prediction was made
            out["sentence"][2:4] = [{"text": " but the model "}, {"text": _multiclass.ABSTAINED, "em": True}]
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            # A sample counts in several cells of its row: the share is of the samples with the label.
            i, j = self.selected
            support = self._engine.metrics()["support"][i]
            share = self.counts[i, j] / support if support else 0.0
            out["sentence"][2]["text"] = " and predicted "  # another label is not a mistake in itself
            out["sentence"][4]["text"] = f" ({share * 100:.1f}% of the samples with "
        return out

    def _make_notes(self):
        if not self._record.n_excluded:
            return []
        ex = self._record.excluded
        shown = ", ".join(str(k) for k in list(ex)[:5]) + (", ..." if len(ex) > 5 else "")
        return [
            f"{self._record.n_excluded} of {self._record.n_samples} samples are not counted: "
            f"their label is not in labels= ({shown})."
        ]

    # -------------------------------------------------------------- helpers

    def _count_is_weighted(self):
        return self._engine.weights is not None or not _view.is_whole(self.counts)

    def _default_names(self):
        return [str(c) for c in self._classes.tolist()]

    def _score_bounds(self):
        if not self._engine.is_binary_scores:
            return None, None
        lo, hi = self._engine.score_range()
        if self._record.is_probability:
            return 0.0, 1.0
        return min(lo, 0.0), max(hi, 0.0)

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

    def _static_view(self):
        from ._plot import StaticView

        counts, labels = self._displayed_counts()
        columns = None
        if self._abstaining() and self.level == "classes":  # the abstained column last, rows in display order
            counts = np.column_stack((counts, self.counts[self._display_order()[1], len(self._classes)]))
            columns = [*labels, _multiclass.ABSTAINED]
        totals = self._totals()
        if totals is not None and self.level == "classes":  # rows and columns in display order
            order = self._display_order()[1]
            totals = (totals[0][order], totals[1][order], totals[2])
        return StaticView(
            values=_engine.normalize(counts, self.normalize, totals),
            counts=counts,
            labels=labels,
            colormap=self._colormap,
            normalize=self.normalize,
            values_format=self.values_format,
            errors_only=self.errors_only,
            column_labels=columns,
        )

    # ------------------------------------------ scores: curves, abstain, top-k

    def _start_scores(self, record):
        """Wrap the engine for (n, K) scores; the curves of binary scores are built on first use."""
        self._abstain_range = None
        if getattr(record, "class_scores", None) is not None:  # a table record (Dask, Spark) has none
            self._first = _multiclass.ScoredConfusion(self._first, record.class_scores)
        if getattr(record, "multilabel", None) is not None:
            self._first = record.multilabel

    def _binary_curves(self):
        if not self._engine.is_binary_scores:
            raise ValueError(
                "Curves need binary scores: build the widget with y_score= of shape (n,), (n, 1) or (n, 2) "
                "(the positive class's probability or decision score)."
            )
        e = self._engine
        if getattr(e, "remote", False):
            raise ValueError(
                "Curves need every score in memory; this table is counted in Dask or Spark. Collect the label "
                "and score columns (e.g. .compute() / .toPandas()) and build the widget from them."
            )
        # Keyed on the run (not the threshold): the curves are the whole of one run's scores.
        return self._memo_run("curves", lambda: _curves.Curves(e.threshold_index))

    def _memo_run(self, name, compute):
        """``compute()`` of the shown run's data, kept while the run and the runs are the same."""
        key = (self.run, len(self._run_set))
        hit = self._memos.get(name)
        if hit is None or hit[0] != key:
            hit = (key, compute())
            self._memos[name] = hit
        return hit[1]

    def curve(self, kind="roc"):
        """The ROC or precision-recall curve of the binary scores, every point (read-only arrays).

        ``"roc"`` gives ``(fpr, tpr, thresholds)`` as ``sklearn.metrics.roc_curve(y, score,
        sample_weight=..., drop_intermediate=False)``: thresholds are the distinct scores
        descending after a first +inf. ``"pr"`` gives ``(precision, recall, thresholds)`` as
        ``sklearn.metrics.precision_recall_curve``: thresholds ascending. A sample is positive
        when ``score >= threshold``, as in the matrix; samples of zero weight are left out.
        """
        if kind not in _curves.KINDS:
            raise ValueError(f"kind must be 'roc' or 'pr'; got {kind!r}.")
        c = self._binary_curves()
        return tuple(_engine.read_only(a) for a in (c.roc() if kind == "roc" else c.pr()))

    @property
    def auc(self):
        """Area under the ROC curve (``sklearn.metrics.roc_auc_score``); NaN when one class is absent."""
        return self._binary_curves().auc()

    @property
    def average_precision(self):
        """Average precision (``sklearn.metrics.average_precision_score``) of the binary scores."""
        return self._binary_curves().average_precision()

    def threshold_for(self, *, tpr=None, fpr=None, precision=None):
        """The threshold that meets one target rate, to assign to ``threshold``.

        Candidates are the distinct scores (the curve's thresholds), so the rates at
        the returned threshold are exactly the curve's at that point. Give one of:

        - ``tpr`` (recall): the highest threshold whose TPR is >= ``tpr``, i.e. the
          fewest false positives that reach it;
        - ``fpr``: the lowest threshold whose FPR is <= ``fpr``, i.e. the most true
          positives within the limit;
        - ``precision``: the lowest threshold whose precision is >= ``precision``,
          i.e. the most recall at that precision (precision is not monotone).

        Raises ValueError when no threshold meets the target (saying what is reachable).

        Examples
        --------
        >>> w.threshold = w.threshold_for(tpr=0.9)  # doctest: +SKIP
        """
        return self._binary_curves().threshold_for(tpr=tpr, fpr=fpr, precision=precision)

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

        The matrix is ``C = Y_true.T @ Y_pred``: cell (i, j) counts the samples where
        label i is truly present and label j is predicted (the diagonal holds each
        label's hits); a click lists them. ``label_matrices`` holds the per-label
        tables (``multilabel_confusion_matrix``), ``metrics`` their rates.
        """
        for name in ("y_true", "y_pred", "pos_label", "abstain", "top_k"):
            if name in options:
                raise TypeError(f"multilabel takes no {name}=; see help(ConfusionMatrixWidget.multilabel).")
        if (Y_pred is None) == (y_score is None):
            raise TypeError("Pass either Y_pred= (0/1 predicted labels) or y_score= (scores per label), not both.")
        columns = getattr(Y_true, "columns", None)
        yt = _multilabel.indicator(_inputs.to_numpy(Y_true, "Y_true"), "Y_true")
        n, n_labels = yt.shape
        w = _inputs.to_numpy(sample_weight, "sample_weight")
        if w is not None and len(w) != n:
            raise ValueError(f"sample_weight has {len(w)} weights but Y_true has {n} rows; pass one per sample.")
        weights = _inputs._weights(w)
        if labels is None:
            labels = list(columns) if columns is not None else list(range(n_labels))
        labels = list(_inputs.to_numpy(labels, "labels").tolist())
        if len(labels) != n_labels or len(set(map(str, labels))) != n_labels:
            raise ValueError(f"labels must be {n_labels} distinct names, one per column of Y_true; got {labels!r}.")
        if y_score is None:
            yp = _multilabel.indicator(_inputs.to_numpy(Y_pred, "Y_pred"), "Y_pred", n)
            if yp.shape[1] != n_labels:
                raise ValueError(f"Y_pred has {yp.shape[1]} labels but Y_true has {n_labels}; pass the same columns.")
            engine = _multilabel.MultilabelConfusion(yt, yp, weights=weights)
        else:
            scores = _multilabel.scores_matrix(_inputs.to_numpy(y_score, "y_score"), n, n_labels)
            lo, hi = (0.0, 1.0) if scores.min() >= 0 and scores.max() <= 1 else (scores.min(), scores.max())
            start = _multilabel.check_thresholds(threshold, n_labels, lo, hi)
            engine = _multilabel.MultilabelConfusion(yt, scores=scores, weights=weights, thresholds=start)
        record = _inputs.Record(classes=np.asarray(labels), codes_true=None, codes_pred=None, n_samples=n)
        record.multilabel = engine
        widget = cls.__new__(cls)
        widget._start(record, **options)
        return widget

    def _multilabel_engine(self, what):
        if not isinstance(self._engine, _multilabel.MultilabelConfusion):
            raise ValueError(f"{what} is for multi-label widgets: build with ConfusionMatrixWidget.multilabel(...).")
        return self._engine

    @property
    def label_matrices(self):
        """(L, 2, 2) per-label ``[[TN, FP], [FN, TP]]``, as ``sklearn.metrics.multilabel_confusion_matrix``."""
        return _engine.read_only(self._multilabel_engine("label_matrices").label_matrices())

    def label_indices(self, label, cell):
        """Ascending samples in one cell of a label's 2x2 table: ``cell`` is "tn", "fp", "fn" or "tp"."""
        engine = self._multilabel_engine("label_indices")
        if cell not in _multilabel.CELLS:
            raise ValueError(f"cell must be one of {_multilabel.CELLS}; got {cell!r}.")
        return engine.label_indices(self._class_index(label, "label"), cell).astype(np.int64)

    @traitlets.default("thresholds")
    def _default_thresholds(self):
        engine = self._first
        if isinstance(engine, _multilabel.MultilabelConfusion) and engine.thresholds is not None:
            return _engine.read_only(engine.thresholds.copy())
        return None

    @_validate("thresholds")
    def _valid_thresholds(self, proposal):
        value = proposal["value"]
        engine = self._first
        scored = isinstance(engine, _multilabel.MultilabelConfusion) and engine.thresholds is not None
        if value is None and not scored:
            return None
        if not scored:
            raise traitlets.TraitError(
                "thresholds apply to multi-label scores: build with ConfusionMatrixWidget.multilabel(Y_true, "
                "y_score=...); a binary widget has one threshold (threshold=)."
            )
        lo, hi = engine.score_range()
        arr = _multilabel.check_thresholds(value, engine.n_classes, lo, hi, error=traitlets.TraitError)
        return _engine.read_only(arr)

    # The page's view of the scores: curves on request, abstain / top-k, per-label tables.

    def _on_scores_msg(self, content):
        if content["type"] == "curves":
            # A table counted in Dask or Spark has no scores here: no curves (the page shows none).
            if self._engine.is_binary_scores and not self._curves and not getattr(self._engine, "remote", False):
                self._curves = self._curves_state()
                self._curves_key = (self.run, len(self._run_set))
            return
        label, cell = content.get("label"), content.get("cell")
        engine = self._multilabel_engine("a label cell")
        if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label < engine.n_classes:
            raise ValueError(f"label must be an int in [0, {engine.n_classes}), got {label!r}")
        if cell not in _multilabel.CELLS:
            raise ValueError(f"cell must be one of {_multilabel.CELLS}, got {cell!r}")
        self._focus = (label, cell)
        self._scores = self._scores_state()

    def _curves_state(self):
        c = self._binary_curves()
        out = {"auc": c.auc(), "ap": c.average_precision(), "targets": []}
        for kind in _curves.KINDS:
            x, y, t = c.thinned(kind, CURVE_POINTS)
            # +inf (nothing predicted positive) is drawn; choosing it sets the top of the range.
            t = np.minimum(t, self._score_hi)
            out[kind] = {"x": _f4_bytes(x), "y": _f4_bytes(y), "t": np.ascontiguousarray(t, "<f8").tobytes()}
        for name, target in (
            ("90% recall", {"tpr": 0.9}),
            ("95% recall", {"tpr": 0.95}),
            ("FPR 10%", {"fpr": 0.1}),
            ("90% precision", {"precision": 0.9}),
        ):
            try:
                out["targets"].append({"name": name, "threshold": c.threshold_for(**target)})
            except ValueError:
                pass  # not reachable with these scores: not offered
        for k, v in out.items():
            if isinstance(v, float) and not np.isfinite(v):
                out[k] = None
        out["undefined"] = c.undefined()
        return out

    def _scores_state(self):
        engine = self._engine
        if isinstance(engine, _multiclass.ScoredConfusion):
            counts = self.counts
            k = len(self._classes)
            lo, hi = self._abstain_bounds()
            out = {
                "kind": "multiclass",
                "abstain": self.abstain,
                "lo": lo,
                "hi": hi,
                "step": (hi - lo) / 1000 or 0.001,
                "top_k": self.top_k,
                "k_max": k,
            }
            if self.abstain is not None:
                m = engine.metrics()
                out.update(
                    coverage=m["coverage"],
                    covered_accuracy=m["covered_accuracy"],
                    abstained=[float(v) for v in counts[:, k]],
                )
            return out
        if isinstance(engine, _multilabel.MultilabelConfusion):
            out = {
                "kind": "multilabel",
                "tables": engine.label_matrices().reshape(-1, 4).astype(float).tolist(),
                "thresholds": None if self.thresholds is None else [float(v) for v in self.thresholds],
            }
            if engine.thresholds is not None:
                lo, hi = engine.score_range()
                out.update(lo=lo, hi=hi, step=(hi - lo) / 1000 or 0.001)
            focus = getattr(self, "_focus", None)
            if focus is not None:
                cell = engine.label_indices(*focus)
                out["focus"] = {
                    "label": focus[0],
                    "cell": focus[1],
                    "total": len(cell),
                    "indices": [int(v) for v in cell[: _view.PAGE_SIZE]],
                }
            return out
        return {}

    def _abstain_bounds(self):
        if self._abstain_range is None:
            first = self._first  # abstain and top-k belong to the first run's (n, K) scores
            s = first.class_scores
            self._abstain_range = (0.0, 1.0) if s.min() >= 0 and s.max() <= 1 else first.top_range()
        return self._abstain_range

    def _shown_counts(self):
        """The (K, K) counts of the classes, without the abstained column (orders, groups, the file)."""
        counts = self.counts
        return counts[:, : len(self._classes)]

    def _totals(self):
        """What a multi-label matrix is normalised by (``_engine.normalize``); None for others."""
        totals = getattr(self._engine, "totals", None)
        return totals() if totals is not None else None

    def _abstaining(self):
        """Whether the matrix shown has the abstained column (the shown run's engine decides)."""
        return isinstance(self._engine, _multiclass.ScoredConfusion) and self._engine.abstain is not None

    def _sync_scores(self):
        if self._curves and self._curves_key != (self.run, len(self._run_set)):
            self._curves = {}  # another run's scores, or a wider range: the page asks again
        self._scores = self._scores_state()

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

    def _multiclass_scores(self, name):
        if not isinstance(self._engine, _multiclass.ScoredConfusion):
            raise traitlets.TraitError(
                f"{name} applies to multiclass scores: build the widget with y_score= of shape (n, K), K > 2 "
                f"(one probability or score per class)."
            )
        return self._engine

    @_validate("abstain")
    def _valid_abstain(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        self._multiclass_scores("abstain")
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value[()]
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real) or not np.isfinite(value):
            raise traitlets.TraitError(
                f"abstain must be None or a finite number (samples whose top score is below it abstain); "
                f"got {type(value).__name__} {value!r}."
            )
        lo, hi = self._abstain_bounds()
        if not lo <= value <= hi:
            raise traitlets.TraitError(
                f"abstain={value!r} is outside the range of the top scores [{lo:g}, {hi:g}]; pass a value inside it."
            )
        return float(value)

    @_validate("top_k")
    def _valid_top_k(self, proposal):
        value = proposal["value"]
        if isinstance(value, (bool, np.bool_)):
            raise traitlets.TraitError(f"top_k must be an int >= 1; got {value!r}.")
        if value == 1:
            return 1
        k = self._multiclass_scores("top_k").n_classes
        if not 1 <= value <= k:
            raise traitlets.TraitError(f"top_k must be between 1 and the number of classes ({k}); got {value!r}.")
        return int(value)

    # ---------------------------------------- many classes: order, groups, errors only

    def _set_up_order(self, order, groups, level, errors_only):
        self._grouping = None
        if groups is not None:
            self._grouping = ordering.make_groups(groups, self._classes.tolist(), self.display_labels)
        self.order = order
        self.level = level
        self.errors_only = errors_only
        if self._grouping is not None:
            self._groups_trait()

    def _groups_trait(self):
        self._groups = {
            "names": list(self._grouping.names),
            "codes": ordering.positions_bytes(self._grouping.codes, len(self._classes)),
        }

    def _sync_order(self):
        """Send the page the display order (class space; the page ranks the errors itself)."""
        group_order, order = self._display_order()
        k = len(self._classes)
        self._order = {
            "dtype": ordering.position_dtype(k),
            "classes": ordering.positions_bytes(order, k),
            "groups": None if group_order is None else ordering.positions_bytes(group_order, k),
        }

    def _orders_for_page(self, cluster=True):
        """Every named order, as ``_order`` values with base64 bytes, for a page with no kernel.

        Without ``cluster``, "cluster" is left out unless scipy's clustering is loaded already
        (loading it takes about a second).
        """
        import base64
        import sys

        k = len(self._classes)

        def encode(a):
            return None if a is None else base64.b64encode(ordering.positions_bytes(a, k)).decode("ascii")

        out = {}
        cheap = cluster or "scipy.cluster.hierarchy" in sys.modules
        for how in ordering.ORDER_CHOICES:
            if how == "cluster" and not cheap:
                continue
            if how == self.order:
                group_order, order = self._display_order()
            elif self._grouping is None:
                group_order, order = None, ordering.class_order(self._shown_counts(), how, self.display_labels)
            else:
                group_order, order = self._grouping.order(self._shown_counts(), how, self.display_labels)
            out[how] = {"dtype": ordering.position_dtype(k), "classes": encode(order), "groups": encode(group_order)}
        return out

    @property
    def class_order(self):
        """Class positions (into ``classes``) in display order (read-only).

        With groups, each group's classes sit together, groups in display order.
        """
        return _engine.read_only(self._display_order()[1])

    @property
    def groups(self):
        """Group names in order of their first class, or None without ``groups=``."""
        return None if self._grouping is None else list(self._grouping.names)

    @property
    def group_order(self):
        """Group positions (into ``groups``) in display order (read-only), or None."""
        return None if self._grouping is None else _engine.read_only(self._display_order()[0])

    @property
    def group_of(self):
        """The group position of each class (read-only), or None without ``groups=``."""
        return None if self._grouping is None else _engine.read_only(self._grouping.codes)

    @property
    def group_counts(self):
        """(G, G) roll-up: counts summed over the classes of each group (read-only), or None."""
        return None if self._grouping is None else _engine.read_only(self._group_rollup())

    def _group_rollup(self):
        """(G, G) counts of the group cells: summed classes, or distinct samples for multi-label."""
        engine = self._engine
        if isinstance(engine, _multilabel.MultilabelConfusion):
            # A sample counts once in a group cell, however many of the group's labels it has.
            return self._memo("group rollup", lambda: engine.group_counts(self._grouping.members))
        return self._grouping.rollup(self._shown_counts())

    def top_confusions(self, n=10):
        """The ``n`` largest errors as ``[(true_label, pred_label, count, share_of_true_row)]``.

        Largest count first, ties by class position; the diagonal and empty cells
        are never listed. Labels are class values (as in ``classes``). The share is of
        every sample of the true class, abstained ones included.
        """
        if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 0:
            raise TypeError(f"n must be a non-negative int (how many confusions to list); got {n!r}.")
        values = self._classes.tolist()
        totals = self._totals()
        rows = totals[0] if totals is not None else self.counts.sum(axis=1) if self._abstaining() else None
        found = ordering.top_confusions(self._shown_counts(), int(n), row_totals=rows)
        return [(values[i], values[j], c, s) for i, j, c, s in found]

    def group_indices(self, true_group, pred_group):
        """Ascending sample indices of the roll-up cell (true_group, pred_group), by group name."""
        if self._grouping is None:
            raise ValueError("This widget has no groups; pass groups= (class -> group name) to roll classes up.")
        if not self._engine.has_samples:
            raise ValueError("This matrix was built from counts: it has no sample indices.")
        return self._group_cell(
            self._group_index(true_group, "true_group"), self._group_index(pred_group, "pred_group")
        )

    def _group_index(self, name, argname):
        names = self._grouping.names
        if isinstance(name, str) and name in names:
            return names.index(name)
        raise ValueError(f"{argname}={name!r} is not a group; the groups are {names[:20]}.")

    def _group_cell(self, g, h):
        return self._memo("group cell", lambda: self._compute_group_cell(g, h), g, h)

    def _compute_group_cell(self, g, h):
        engine, threshold = self._engine, self.threshold
        rows, cols = self._grouping.members[g], self._grouping.members[h]
        if isinstance(engine, _multilabel.MultilabelConfusion):
            return _engine.read_only(engine.group_cell(rows, cols).astype(np.int64))
        parts = [engine.indices(int(i), int(j), threshold=threshold) for i in rows for j in cols]
        cell = np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.empty(0, dtype=np.int64)
        return _engine.read_only(cell)

    def _display_order(self):
        """(group order or None, class order) at the current settings."""
        return self._memo("display order", self._compute_display_order)

    def _compute_display_order(self):
        how = self.order
        spec = how if isinstance(how, str) else np.array([self._class_index(c, "order entry") for c in how])
        counts = self._shown_counts()
        if self._grouping is None:
            return (None, ordering.class_order(counts, spec, self.display_labels))
        return self._grouping.order(counts, spec, self.display_labels)

    def _displayed_counts(self):
        """(counts, names) as displayed: in display order, rolled up at the groups level."""
        group_order, order = self._display_order()
        if self.level == "groups":
            return self._group_rollup()[np.ix_(group_order, group_order)], [
                self._grouping.names[g] for g in group_order
            ]
        return self._shown_counts()[np.ix_(order, order)], [self.display_labels[c] for c in order]

    @_validate("order")
    def _valid_order(self, proposal):
        value = proposal["value"]
        try:
            checked = ordering.check_order(
                value, len(self._classes), lambda item: self._class_index(item, "order entry")
            )
        except (ValueError, TypeError) as exc:
            raise traitlets.TraitError(str(exc)) from None
        if isinstance(checked, str):
            return checked
        return tuple(self._classes[checked].tolist())

    @_validate("level")
    def _valid_level(self, proposal):
        value = proposal["value"]
        if value not in ("classes", "groups"):
            raise traitlets.TraitError(f"level must be 'classes' or 'groups'; got {value!r}.")
        if value == "groups" and self._grouping is None:
            raise traitlets.TraitError("level='groups' needs groups= (a mapping or callable class -> group name).")
        return value

    @_validate("selected_group")
    def _valid_selected_group(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        if self._grouping is None:
            raise traitlets.TraitError("selected_group needs groups= (a mapping or callable class -> group name).")
        g = len(self._grouping)
        if (
            not isinstance(value, (list, tuple))
            or len(value) != 2
            or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in value)
            or not all(0 <= v < g for v in value)
        ):
            raise traitlets.TraitError(
                f"selected_group must be None or a (row, column) pair of ints in 0..{g - 1}; got {value!r}."
            )
        return (int(value[0]), int(value[1]))

    def _group_selection_state(self, offset):
        """The selected group cell for the selection panel, as ``_view.selection_state`` gives a class cell."""
        g, h = self.selected_group
        counts = self._group_rollup()
        names = self._grouping.names
        count, row_total = counts[g, h], counts[g].sum()
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            row_total = self._engine.group_support(self._grouping.members[g])
        cell = self._group_cell(g, h) if self._engine.has_samples else np.empty(0, dtype=np.int64)
        size = _view.PAGE_SIZE
        offset = max(0, min(int(offset), max(len(cell) - 1, 0)))
        offset -= offset % size
        page = cell[offset : offset + size]
        previews = [] if self._samples is None else [self._samples.preview(s) for s in page[: _view.PREVIEWS_PER_PAGE]]
        return {
            "i": g,
            "j": h,
            "group": True,
            "sentence": _view.sentence(
                count,
                names[g],
                names[h],
                count / row_total if row_total else 0.0,
                g == h,
                weighted=self._count_is_weighted(),
            ),
            "count": float(count),
            "total": int(len(cell)),
            "offset": int(offset),
            "indices": [int(v) for v in page],
            "page_size": size,
            "previews": previews,
            "available": bool(self._engine.has_samples),
        }

    # ----------------------------------------------------------------- runs

    @property
    def runs(self):
        """Names of the runs, in the order they were added."""
        return self._run_set.names

    def add_run(self, y_pred=None, *, y_score=None, name=None):
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
        run = self._run_set.add(name, codes_pred=codes_pred, scores=scores)
        if scores is not None and not is_probability:
            lo, hi = float(run.scores.min()), float(run.scores.max())
            self._score_lo, self._score_hi = min(self._score_lo, lo, 0.0), max(self._score_hi, hi, 0.0)
        with self.hold_sync():
            if follow:
                self.run = name  # refreshes everything
            else:
                self._refresh()  # the history, the slider's range and the curves' know one more run
        return name

    def diff(self, a, b):
        """How run ``b`` differs from run ``a`` (at the current threshold).

        Returns a dict: ``"counts"`` (K, K) ``b - a``; ``"fixed"`` (wrong in a, right in b),
        ``"broken"`` (right in a, wrong in b) and ``"changed"`` (the prediction differs):
        ascending sample indices.
        """
        if not self._engine.has_samples:
            raise ValueError("This matrix was built from counts: it has no samples to compare.")
        out = self._runs_now.diff(self._check_run(a, "a"), self._check_run(b, "b"), self.threshold)
        out["counts"] = _engine.read_only(out["counts"])
        return out

    @property
    def history(self):
        """Per run, in order: ``{"run", "accuracy", "macro_f1"}``, and for binary scores
        ``"binary"``: TP/FP/FN/TN and rates at the current threshold."""
        return [
            {k: dict(v) if isinstance(v, dict) else v for k, v in row.items()}
            for row in self._runs_now.history(self.threshold)
        ]

    def _check_run(self, name, argname, error=ValueError):
        if not isinstance(name, str) or name not in self._run_set:
            raise error(f"{argname}={name!r} is not a run; the runs are {list(self._run_set.names)}.")
        return name

    @_validate("run")
    def _valid_run(self, proposal):
        return self._check_run(proposal["value"], "run", traitlets.TraitError) if self._ready else proposal["value"]

    @_validate("compare")
    def _valid_compare(self, proposal):
        value = proposal["value"]
        return None if value is None else self._check_run(value, "compare", traitlets.TraitError)

    def _runs_state(self):
        if len(self._run_set) == 1:  # no scrubber and no history line: nothing that moves with the settings
            return {"names": list(self._run_set.names), "accuracy": [None], "macro_f1": [None]}
        rows = self._runs_now.history(self.threshold)
        return {
            "names": [r["run"] for r in rows],
            "accuracy": [r["accuracy"] for r in rows],
            "macro_f1": [r["macro_f1"] for r in rows],
        }

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
            "fixed": len(d["fixed"]),
            "broken": len(d["broken"]),
            "changed": len(d["changed"]),
        }
        self._moves = self._moves_state()

    def _moves_state(self):
        if self.selected is None:
            return {}
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

    # ------------------------------------------------ tables: from_dataframe

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
        """Build from the columns of a table: pandas, polars, pyarrow, Dask or Spark.

        In-memory tables (pandas or polars DataFrame, polars LazyFrame, pyarrow Table) work
        exactly as arrays. A Dask or Spark DataFrame is counted where it lives: only the
        counts, and for a binary ``y_score`` the ``bins`` score edges per true class and the
        counts between them, come to the kernel. The threshold is exact at those edges by
        sums, and at any other value by one filtered count in the engine.

        Parameters
        ----------
        df : table
        y_true, y_pred, y_score, sample_weight : str
            Column names: true labels; predicted labels, or the positive class's score.
        id : str, optional
            A column that identifies rows: cells then list its values (ascending for Dask
            and Spark). Needed to list a Dask or Spark cell's rows.
        labels : list, optional
        bins : int, default 65536
            Dask and Spark with ``y_score``: score edges computed per true class.
        **options
            The widget's options (``normalize``, ``cmap``, ``threshold``, ``pos_label``, ...).
        """
        from . import _frames

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
        if getattr(widget._engine, "remote", False):
            widget._table = widget._engine.page_state(widget._record.n_samples)
        return widget


#: At most this many characters of a refused value or message reach the log.
LOG_CHARS = 200

_LOG_REPR = reprlib.Repr()
_LOG_REPR.maxstring = _LOG_REPR.maxother = _LOG_REPR.maxlong = LOG_CHARS // 2
_LOG_REPR.maxlist = _LOG_REPR.maxdict = _LOG_REPR.maxtuple = 8
_LOG_REPR.maxlevel = 3


def _brief(value):
    """A bounded repr: a page's message of any size logs a few hundred characters at most."""
    return _brief_text(_LOG_REPR.repr(value))


def _brief_text(text):
    text = str(text)
    return text if len(text) <= LOG_CHARS else text[:LOG_CHARS] + f"... ({len(text)} characters)"


def _positions(a):
    """Sample positions as numpy's usual int64 (a copy of 32-bit positions, the cached read-only
    cell itself when already int64); ids of other kinds as the engine gives them (read-only)."""
    return a.astype(np.int64, copy=False) if a.dtype.kind in "iu" else a


_SCORE_MESSAGES = ("curves", "label_cell")

#: Curve points the page draws at most, per curve (a curve of 10M thresholds is thinned for drawing).
CURVE_POINTS = 1000


def _f4_bytes(a):
    return np.ascontiguousarray(a, dtype="<f4").tobytes()


def _check_run_name(name, argname, taken):
    if not isinstance(name, str) or not name.strip():
        raise TypeError(f"{argname} must be a non-empty string naming the run, e.g. 'epoch 3'; got {name!r}.")
    if name in taken:
        raise ValueError(f"{argname}={name!r} is already a run; pass another name (the runs are {list(taken)}).")
    return name


def _check_unknown(kwargs, where):
    unknown = set(kwargs) - {"layout"}
    if unknown:
        raise TypeError(
            f"Unknown argument(s) {sorted(unknown)} to {where}; see help(ConfusionMatrixWidget) for the options."
        )


def _check_names(names, k, error=ValueError):
    try:
        names = (
            [str(n) for n in _inputs.to_numpy(names, "display_labels").tolist()]
            if not isinstance(names, list)
            else names
        )
    except Exception:  # noqa: BLE001
        raise error(f"display_labels must be a list of {k} names; got {names!r}.") from None
    if len(names) != k:
        raise error(f"display_labels has {len(names)} names but the matrix has {k} classes; pass exactly {k}.")
    if not all(isinstance(n, str) for n in names):
        names = [str(n) for n in names]
    return list(names)


def _check_values_format(spec, error=ValueError):
    if spec is None:
        return None
    match = isinstance(spec, str) and _FORMAT_RE.match(spec)
    if match and match.group(1) is not None and int(match.group(1)) > MAX_DIGITS:
        raise error(
            f"values_format={spec!r} asks for {int(match.group(1))} digits; at most {MAX_DIGITS} are shown "
            f"(a float64 carries about 16 significant digits): use e.g. '.{MAX_DIGITS}f'."
        )
    ok = bool(match)
    try:
        ok = ok and format(1.5 if not spec.endswith("d") else 1, spec) is not None
    except ValueError:
        ok = False
    if not ok:
        raise error(f"values_format={spec!r} is not supported; use a format like 'd', '.2f', '.3g' or '.1%'.")
    return spec
