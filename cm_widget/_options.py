"""Every option of the widget, declared once: its default, what it does, which builders take it.

The builders (``ConfusionMatrixWidget(...)``, ``from_counts``, ``multilabel``, ``from_dataframe``),
the ``%confusion_matrix`` magic and the command line read this table; a contract test holds each
of them to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The builders, by the name a user calls.
INIT, FROM_COUNTS, MULTILABEL, FROM_DATAFRAME = "ConfusionMatrixWidget", "from_counts", "multilabel", "from_dataframe"
_ALL = frozenset({INIT, FROM_COUNTS, MULTILABEL, FROM_DATAFRAME})
_SAMPLES = frozenset({INIT, MULTILABEL, FROM_DATAFRAME})  # builders whose cells have samples
_SCORES = frozenset({INIT, FROM_DATAFRAME})  # builders of binary scores (one threshold)


@dataclass(frozen=True)
class Option:
    """One keyword option of the builders (data arguments such as ``y_true`` are not options)."""

    name: str
    default: Any
    doc: str
    builders: frozenset[str]
    magic: str | None = None  # the %confusion_matrix magic's flag, where it offers the option
    cli: str | None = None  # the command line's flag (python -m cm_widget), where it offers it


OPTIONS: tuple[Option, ...] = (
    Option(
        "display_labels", None, "Names shown on the axes; renaming in the widget writes here.", _ALL, "--display-labels"
    ),
    Option("normalize", None, "None, 'true' (rows), 'pred' (columns) or 'all'.", _ALL, "--normalize", "--normalize"),
    Option("cmap", "Blues", "A matplotlib colormap name or Colormap.", _ALL, "--cmap", "--cmap"),
    Option("values_format", None, "Format of the cell values, e.g. 'd', '.2f', '.1%'.", _ALL),
    Option("order", "given", "Display order: 'given', 'name', 'support', 'errors', 'cluster' or a list.", _ALL),
    Option("groups", None, "Class -> group name (mapping or callable): the roll-up matrix.", _ALL),
    Option("level", "classes", "'classes', or 'groups' (needs groups=).", _ALL),
    Option("errors_only", False, "Draw the diagonal neutral; the colours span the errors.", _ALL),
    Option(
        "threshold",
        None,
        "Binary scores: a sample is positive when score >= threshold.",
        _SCORES,
        "--threshold",
        "--threshold",
    ),
    Option(
        "pos_label",
        None,
        "The positive class of binary scores (default: the last sorted).",
        _SCORES,
        "--pos-label",
        "--pos-label",
    ),
    Option(
        "samples",
        None,
        "Images (n, H, W[, C]) or texts (n,) previewed for a clicked cell.",
        _SAMPLES,
        "--samples",
        "--text",
    ),
    Option("embed_previews", False, "Keep the previews in the notebook's saved view too.", _SAMPLES),
    Option("run", None, "Name of the first prediction set (add_run adds more).", frozenset({INIT, FROM_DATAFRAME})),
    Option(
        "abstain", None, "(n, K) scores: a top score below it goes to 'abstained'.", frozenset({INIT, FROM_DATAFRAME})
    ),
    Option(
        "top_k", 1, "(n, K) scores: a true class among the top k counts as a hit.", frozenset({INIT, FROM_DATAFRAME})
    ),
    Option(
        "rank",
        "index",
        "Order of a cell's samples: 'index', 'confidence', 'margin' or 'loss' (needs scores).",
        frozenset({INIT, FROM_DATAFRAME}),
    ),
    Option(
        "cost", None, "A (K, K) cost per cell (rows true): the expected cost; binary: its curve.", _ALL - {MULTILABEL}
    ),
    Option(
        "show_intervals",
        None,
        "Show each metric with its interval at this level (True: 0.95).",
        frozenset({INIT, FROM_COUNTS, FROM_DATAFRAME}),
    ),
    Option(
        "show_calibration",
        False,
        "Probabilities: show the reliability diagram, ECE and score histograms.",
        _SCORES,
    ),
    Option(
        "slices",
        None,
        "A slice value per sample (or a column name): one matrix per slice.",
        frozenset({INIT, FROM_DATAFRAME}),
    ),
    Option("cmap_scale", "linear", "'linear' or 'log': how values map to colours.", _ALL),
    Option("show_totals", False, "Draw row, column and grand totals in the margins.", _ALL),
    Option(
        "top_classes",
        None,
        "Show the first N classes of the display order and '(other)' for the rest.",
        _ALL - {MULTILABEL},
    ),
    Option("layout", None, "The ipywidgets Layout of the widget's box.", _ALL),
)

BY_NAME = {o.name: o for o in OPTIONS}


def names_for(builder: str) -> frozenset[str]:
    """The options ``builder`` takes."""
    return frozenset(o.name for o in OPTIONS if builder in o.builders)


def check(builder: str, options: dict[str, Any]) -> None:
    """Refuse the keyword arguments ``builder`` does not take, naming them and the ones it does."""
    unknown = set(options) - names_for(builder)
    if unknown:
        others = [n for n in sorted(unknown) if n in BY_NAME]
        why = f" ({', '.join(others)}: not for {builder})" if others else ""
        raise TypeError(
            f"Unknown argument(s) {sorted(unknown)} to {builder}{why}; it takes {sorted(names_for(builder))}. "
            f"See help(ConfusionMatrixWidget)."
        )


def doc(name: str) -> str:
    """The one-line doc of option ``name`` (the help of its flags)."""
    return BY_NAME[name].doc
