"""The ``%confusion_matrix`` line magic (``%load_ext cm_widget``).

Examples
--------
::

    %load_ext cm_widget
    %confusion_matrix y_true y_pred
    %confusion_matrix y_val --score probs --normalize true --labels "no,yes"
    %confusion_matrix y_test --score p_sick --pos-label sick --threshold 0.3
    w = %confusion_matrix data.y model_out.pred --samples images

The data arguments are looked up in the notebook's namespace. Besides plain
names, dotted attributes and constant indexing are accepted (``data.y``,
``frame['label']``, ``"probs[:, 1]"``); quote an expression that contains
spaces. Anything else (calls, arithmetic) is refused, so the magic never runs
arbitrary code hidden in its arguments.
"""

from __future__ import annotations

import ast

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display
from traitlets import TraitError

from . import _options

_NORMALIZE = {"true": "true", "pred": "pred", "all": "all", "none": None}

_SUPPORTED = (
    "plain names, dotted attributes and constant indexing (e.g. y_val, data.target, frame['label'], \"probs[:, 1]\")"
)


def _unquote(text):
    """Strip one pair of matching outer quotes (IPython keeps them when splitting)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _constant(node, source, option):
    """The value of an index expression made only of literals and slices."""
    if isinstance(node, ast.Constant):
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and isinstance(node.operand.value, (int, float))
    ):
        return -node.operand.value
    if isinstance(node, ast.Slice):
        parts = [
            None if part is None else _constant(part, source, option) for part in (node.lower, node.upper, node.step)
        ]
        return slice(*parts)
    if isinstance(node, ast.Tuple):
        return tuple(_constant(elt, source, option) for elt in node.elts)
    raise UsageError(f"{option}: the index in {source!r} must be made of literals; supported are {_SUPPORTED}.")


def _walk(node, namespace, source, option):
    if isinstance(node, ast.Name):
        if node.id not in namespace:
            raise UsageError(
                f"{option}: name {node.id!r} is not defined in the notebook. "
                "Run the cell that creates it first, or check the spelling."
            )
        return namespace[node.id]
    if isinstance(node, ast.Attribute):
        base = _walk(node.value, namespace, source, option)
        try:
            return getattr(base, node.attr)
        except AttributeError:
            raise UsageError(
                f"{option}: {type(base).__name__} object in {source!r} has no attribute {node.attr!r}."
            ) from None
    if isinstance(node, ast.Subscript):
        base = _walk(node.value, namespace, source, option)
        key = _constant(node.slice, source, option)
        try:
            return base[key]
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise UsageError(f"{option}: cannot evaluate {source!r}: {exc!r}.") from None
    raise UsageError(f"{option}: {source!r} is not supported; use {_SUPPORTED}.")


def resolve(expression, namespace, option):
    """Look ``expression`` up in ``namespace`` (names, attributes, constant indexing).

    Parameters
    ----------
    expression : str
        As typed after the magic, possibly quoted.
    namespace : dict
        The user's namespace.
    option : str
        The argument's name, used in error messages.

    Raises
    ------
    UsageError
        Unknown name or attribute, failed indexing, or an expression that is
        more than a lookup.
    """
    source = _unquote(expression.strip())
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        raise UsageError(
            f"{option}: {source!r} is not a variable name; use {_SUPPORTED}. Quote an expression that contains spaces."
        ) from None
    return _walk(tree.body, namespace, source, option)


def _holds_text(values):
    """True when the class values of ``values`` are strings (so "1" stays "1")."""
    dtype = getattr(values, "dtype", None)
    kind = getattr(dtype, "kind", None)
    if kind in ("U", "S"):
        return True
    categories = getattr(dtype, "categories", None)  # pandas Categorical
    if categories is not None:
        return _holds_text(categories)
    if kind not in (None, "O"):
        return False
    try:
        first = next(iter(values))
    except (TypeError, StopIteration):
        return False
    return isinstance(first, (str, bytes))


def _split_list(text):
    items = [item.strip() for item in _unquote(text).split(",")]
    if not items or any(item == "" for item in items):
        raise UsageError(f'expected a comma-separated list such as "no,yes", got {text!r}.')
    return items


def parse_labels(text, y_true):
    """Turn ``"no,yes"`` or ``"2,0,1"`` into class values matching ``y_true``.

    Numbers, booleans and quoted strings are read as Python literals, other
    items stay text; when ``y_true`` holds strings every item stays text.
    """
    items = _split_list(text)
    if _holds_text(y_true):
        return [_unquote(item) for item in items]
    values = []
    for item in items:
        try:
            value = ast.literal_eval(item)
        except (ValueError, SyntaxError):
            value = item
        if not isinstance(value, (str, int, float, bool)):
            raise UsageError(f"--labels: {item!r} is not a class value.")
        values.append(value)
    return values


def _threshold(text):
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"--threshold: expected a number, got {text!r}.") from None
    if value != value:
        raise UsageError("--threshold: NaN is not a threshold.")
    return value


def _normalize(text):
    key = _unquote(text).lower()
    if key not in _NORMALIZE:
        raise UsageError(f"--normalize: expected one of true, pred, all, none; got {text!r}.")
    return _NORMALIZE[key]


def _show_once(shell, widget):
    """Display ``widget`` and keep the echo of the returned value from drawing it again.

    A bare ``%confusion_matrix ...`` line both displays the widget and hands it
    to the display hook as the cell's value; without this, the notebook would
    show two copies. The first display request that follows within the same cell
    is swallowed, and the guard is removed when the cell ends.
    """
    display(widget)

    def forget(*_):
        widget.__dict__.pop("_ipython_display_", None)
        shell.events.unregister("post_run_cell", forget)

    def swallow():
        forget()

    widget._ipython_display_ = swallow
    shell.events.register("post_run_cell", forget)


@magics_class
class ConfusionMatrixMagics(Magics):
    """Holds the ``%confusion_matrix`` magic."""

    @magic_arguments()
    @argument("y_true", help="True labels: a name in the notebook (or data.y, frame['y']).")
    @argument(
        "y_pred",
        nargs="?",
        default=None,
        help="Predicted labels. Leave out when --score is given.",
    )
    @argument(
        "--score",
        "-s",
        metavar="NAME",
        help="Scores instead of predicted labels: binary (n,), (n,1), (n,2) or (n,K).",
    )
    @argument(
        "--normalize",
        "-n",
        metavar="MODE",
        help=_options.doc("normalize"),
    )
    @argument("--labels", "-l", metavar="A,B,...", help="Classes to show, in this order.")
    @argument(
        "--display-labels",
        "-d",
        metavar="A,B,...",
        help=_options.doc("display_labels") + " Comma-separated, in matrix order.",
    )
    @argument("--threshold", "-t", metavar="X", help=_options.doc("threshold"))
    @argument(
        "--pos-label",
        metavar="VALUE",
        help=_options.doc("pos_label"),
    )
    @argument("--cmap", "-c", metavar="NAME", help=_options.doc("cmap"))
    @argument(
        "--samples",
        metavar="NAME",
        help=_options.doc("samples"),
    )
    @argument(
        "--html",
        metavar="PATH",
        help="Also write the matrix as one self-contained, interactive HTML file.",
    )
    @line_magic
    def confusion_matrix(self, line):
        """Show an interactive confusion matrix and return the widget.

        Names are looked up in the notebook's namespace: plain names, dotted
        attributes and constant indexing (quote an expression with spaces, as in
        ``"probs[:, 1]"``). Lists are comma-separated. Examples::

            %confusion_matrix y_true y_pred
            %confusion_matrix y_val --score probs --normalize true --labels "no,yes"
            w = %confusion_matrix y_test --score probs --threshold 0.3 --cmap viridis
            %confusion_matrix y_test y_pred --html cm.html
        """
        from .widget import ConfusionMatrixWidget

        args = parse_argstring(self.confusion_matrix, line)
        namespace = self.shell.user_ns

        if args.y_pred is None and args.score is None:
            raise UsageError(
                "give the predictions: %confusion_matrix Y_TRUE Y_PRED, "
                "or scores with %confusion_matrix Y_TRUE --score NAME."
            )
        if args.y_pred is not None and args.score is not None:
            raise UsageError("give either Y_PRED or --score, not both.")

        y_true = resolve(args.y_true, namespace, "y_true")
        kwargs = {}
        if args.score is not None:
            kwargs["y_score"] = resolve(args.score, namespace, "--score")
        if args.samples is not None:
            kwargs["samples"] = resolve(args.samples, namespace, "--samples")
        if args.labels is not None:
            kwargs["labels"] = parse_labels(args.labels, y_true)
        if args.pos_label is not None:
            values = parse_labels(args.pos_label, y_true)
            if len(values) != 1:
                raise UsageError(f"--pos-label: expected one class, got {args.pos_label!r}.")
            kwargs["pos_label"] = values[0]
        if args.display_labels is not None:
            kwargs["display_labels"] = [_unquote(s) for s in _split_list(args.display_labels)]
        if args.normalize is not None:
            kwargs["normalize"] = _normalize(args.normalize)
        if args.threshold is not None:
            kwargs["threshold"] = _threshold(args.threshold)
        if args.cmap is not None:
            kwargs["cmap"] = _unquote(args.cmap)

        try:
            if args.y_pred is not None:
                y_pred = resolve(args.y_pred, namespace, "y_pred")
                widget = ConfusionMatrixWidget(y_true, y_pred, **kwargs)
            else:
                widget = ConfusionMatrixWidget(y_true, **kwargs)
        except (ValueError, TypeError, TraitError) as exc:
            raise UsageError(f"%confusion_matrix: {exc}") from exc

        if args.html is not None:
            path = _unquote(args.html)
            try:
                widget.to_html(path)
            except OSError as exc:
                raise UsageError(f"%confusion_matrix --html: cannot write {path!r}: {exc}") from exc
        _show_once(self.shell, widget)
        return widget


def load_ipython_extension(ipython):
    """Register ``%confusion_matrix`` on ``ipython`` (called by ``%load_ext cm_widget``)."""
    ipython.register_magics(ConfusionMatrixMagics)
