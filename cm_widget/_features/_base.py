"""Pieces every feature shares: trait types, the validator decorator, argument checks, constants."""

from __future__ import annotations

import functools
import pathlib
import reprlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from .. import _inputs, _view
from .._engine import runs as _runs
from .._samples import Samples

_STATIC = pathlib.Path(__file__).parent.parent / "static"

#: A notebook's saved output keeps cell contents up to this many samples (counts beyond).
NOTEBOOK_MAX_SAMPLES = 200_000
#: Compare mode colours the change of each cell with this diverging colormap (red: fewer, blue: more).
COMPARE_CMAP = "RdBu"

_FORMAT_RE = _view.FORMAT_RE
MAX_DIGITS = 12  # more digits than a float64 carries only bloat the page and the static table


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


def check_run(runs, name, argname, error=ValueError):
    """``name`` if it names one of ``runs``, else ``error`` naming the argument and the runs."""
    if not isinstance(name, str) or name not in runs:
        raise error(f"{argname}={name!r} is not a run; the runs are {list(runs.names)}.")
    return name


class Feature(traitlets.HasTraits):
    """The base of every feature mixin.

    A feature reads what the composed widget holds: the traits of the other features and the
    members the constructor sets. They are declared here for the type checker only (no value is
    set at run time: each has one owner, the feature or the constructor that defines it).
    """

    if TYPE_CHECKING:
        # The core's counts, declared here only: a declaration in a feature before the core would
        # hide the core's documented property from the API reference, which reads class bodies.
        @property
        def counts(self) -> np.ndarray: ...

        @property
        def class_order(self) -> np.ndarray: ...

        # set by the constructor (ConfusionMatrixWidget._start)
        _record: Any
        _first: Any
        _run_set: _runs.Runs
        _classes: np.ndarray
        _samples: Samples | None
        _callbacks: list[Callable[[Any], Any]]
        _refused: set[str]
        _colormap: Any
        _embed_previews: bool
        # traits of the features
        normalize: str | None
        cmap: str
        display_labels: list[str]
        selected: Any
        values_format: str | None
        threshold: float | None
        abstain: float | None
        top_k: int
        thresholds: np.ndarray | None
        run: str
        compare: str | None
        order: str | tuple[Any, ...]
        level: str
        errors_only: bool
        selected_group: tuple[int, int] | None
        top_classes: int | None
        _curves: dict[str, Any]
        _compare: dict[str, Any]
        # members of the core and of anywidget
        _engine: Any
        _runs_now: _runs.Runs
        hold_sync: Callable[[], Any]
        _refresh: Callable[[], None]
        _ready: bool
        _abstaining: Callable[[], bool]
        _memo: Callable[..., Any]
        _settings_key: Callable[[], Any]
        _shown_key: Callable[[], Any]
        _class_index: Callable[[Any, str], int]
        _group_cell: Callable[[int, int], np.ndarray]
        _check_selection: Callable[[Any], Any]
        _multi_members: Callable[..., tuple[np.ndarray, np.ndarray]]
        _multi_selection_state: Callable[[int], dict[str, Any]]
        _selection_fits: Callable[[], bool]
        _selected_mask: Callable[[], np.ndarray]
        _sample_extra: Callable[[Any], dict[str, Any]]
        _column_names: Callable[[], list[str]]
        _totals: Callable[[], Any]
        _feature_columns: dict[str, np.ndarray] | None
        summarize: Callable[[], list[dict[str, Any]]]
