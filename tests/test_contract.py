"""The architecture's contract: options declared once, one owner per trait, one validator per trait,
the page's writable traits and messages equal in Python and in js/, and imports that run one way."""

from __future__ import annotations

import ast
import inspect
import json
import pathlib
import warnings

import numpy as np
import pandas as pd
import pytest
import traitlets
from node_js import js_module, needs_node, run_script

from cm_widget import ConfusionMatrixWidget as W
from cm_widget import _options, widget
from cm_widget._features.core import CoreFeature

PACKAGE = pathlib.Path(widget.__file__).parent

#: A valid value of each option, for a widget of three classes (0, 1, 2) or binary scores.
VALUES = {
    "display_labels": ["a", "b", "c"],
    "normalize": "true",
    "cmap": "viridis",
    "values_format": ".2f",
    "order": "support",
    "groups": {0: "x", 1: "x", 2: "y"},
    "level": "groups",
    "errors_only": True,
    "threshold": 0.4,
    "pos_label": 1,
    "samples": ["t0", "t1", "t2", "t3", "t4", "t5"],
    "embed_previews": True,
    "run": "epoch 1",
    "abstain": 0.4,
    "top_k": 2,
    "rank": "margin",
    "layout": None,
    "cost": [[0.0, 1.0, 2.0], [1.0, 0.0, 1.0], [2.0, 1.0, 0.0]],
    "show_intervals": 0.9,
    "show_calibration": True,
    "slices": ["x", "y", "x", "y", "x", "y"],
    "cmap_scale": "log",
    "show_totals": True,
    "top_classes": 2,
}

Y = np.array([0, 1, 2, 2, 1, 0])
P = np.array([0, 2, 2, 1, 1, 0])
SCORES = np.array(
    [[0.6, 0.3, 0.1], [0.1, 0.2, 0.7], [0.2, 0.2, 0.6], [0.1, 0.5, 0.4], [0.3, 0.4, 0.3], [0.9, 0.05, 0.05]]
)


def build(builder, name, value):
    """Build with ``builder`` and one option; the data fit what the option needs."""
    kwargs = {} if name == "layout" else {name: value}
    if name == "level":  # the groups level needs groups
        kwargs["groups"] = VALUES["groups"]
    if builder == _options.INIT:
        if name in ("threshold", "pos_label", "show_calibration"):
            return W(Y % 2, y_score=np.linspace(0, 1, 6), **kwargs)
        if name in ("abstain", "top_k", "rank"):
            return W(Y, y_score=SCORES, **kwargs)
        return W(Y, P, **kwargs)
    if builder == _options.FROM_COUNTS:
        return W.from_counts(np.array([[2, 1, 0], [0, 1, 1], [1, 0, 3]]), **kwargs)
    if builder == _options.MULTILABEL:
        labels = np.eye(3, dtype=int)[Y]
        return W.multilabel(labels, np.eye(3, dtype=int)[P], **kwargs)
    df = pd.DataFrame({"y": Y, "p": P, "yb": Y % 2, "s": np.linspace(0, 1, 6)})
    if name in ("threshold", "pos_label", "rank", "show_calibration"):
        return W.from_dataframe(df, "yb", y_score="s", **kwargs)
    if name in ("abstain", "top_k"):  # one score column per class
        df = df.assign(**{f"s{k}": SCORES[:, k] for k in range(3)})
        return W.from_dataframe(df, "y", y_score=["s0", "s1", "s2"], **kwargs)
    return W.from_dataframe(df, "y", "p", **kwargs)


@pytest.mark.parametrize("builder", [_options.INIT, _options.FROM_COUNTS, _options.MULTILABEL, _options.FROM_DATAFRAME])
def test_each_builder_takes_exactly_the_options_of_the_table(builder):
    assert set(VALUES) == set(_options.BY_NAME), "every option of the table has a test value here"
    for name in _options.BY_NAME:
        if name in _options.names_for(builder):
            w = build(builder, name, VALUES[name])
            if name == "slices":  # read back as the slices' names
                assert w.slices == ("x", "y"), builder
            elif name not in ("layout", "samples", "embed_previews", "run", "groups", "pos_label"):
                got = getattr(w, name)
                if name == "cost":  # kept as a read-only array
                    got = got.tolist()
                want = VALUES[name]
                assert (list(got) if isinstance(got, (list, tuple)) else got) == want, (builder, name)
        elif name not in _own_parameters(builder):  # multilabel's threshold= is its labels' thresholds
            with pytest.raises(TypeError, match=rf"{name}|Unknown argument"):
                build(builder, name, VALUES[name])


def _own_parameters(builder):
    method = {_options.INIT: W.__init__, _options.FROM_COUNTS: W.from_counts}.get(
        builder, getattr(W, builder, W.__init__)
    )
    return {n for n, p in inspect.signature(method).parameters.items() if p.kind is not p.VAR_KEYWORD}


def test_the_constructors_signature_is_the_tables():
    params = inspect.signature(W.__init__).parameters
    keywords = {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY}
    data = {"y_score", "labels", "sample_weight"}
    assert keywords - data == _options.names_for(_options.INIT) - {"layout"}
    counts = {n for n, p in inspect.signature(W.from_counts).parameters.items() if n not in ("matrix", "kwargs")}
    assert counts == _options.names_for(_options.FROM_COUNTS) - {"layout"}


def test_each_table_option_reaches_a_dask_table_too():
    dd = pytest.importorskip("dask.dataframe")
    df = dd.from_pandas(pd.DataFrame({"y": Y, "p": P}), npartitions=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W.from_dataframe(df, "y", "p", order="errors", groups={0: "x", 1: "x", 2: "y"}, level="groups")
    assert w.level == "groups" and w.order == "errors"
    np.testing.assert_array_equal(w.group_counts, [[3, 1], [1, 1]])


def _owners():
    """Each synced or public trait -> the classes of the package that define it."""
    out = {}
    for klass in W.__mro__:
        if not klass.__module__.startswith("cm_widget"):
            continue
        for name, value in vars(klass).items():
            if isinstance(value, traitlets.TraitType):
                out.setdefault(name, []).append(klass.__name__)
    return out


def test_each_trait_has_one_owner_and_at_most_one_validator():
    owners = _owners()
    assert owners, "the widget's traits are found"
    shared = {name: where for name, where in owners.items() if len(where) != 1}
    assert not shared, f"traits defined in more than one feature: {shared}"
    validators = {}
    for klass in W.__mro__:
        for value in vars(klass).values():
            if isinstance(value, traitlets.ValidateHandler):
                for name in value.trait_names:
                    validators.setdefault(name, []).append(f"{klass.__name__}.{value.func.__name__}")
    twice = {name: v for name, v in validators.items() if len(v) > 1}
    assert not twice, f"traitlets keeps only one validator per trait: {twice}"
    assert set(validators) <= set(owners), set(validators) - set(owners)


@needs_node
def test_the_page_writes_and_sends_what_the_kernel_takes():
    script = """
import { INTENTS } from %s;
process.stdout.write(JSON.stringify([...INTENTS]));
"""
    intents = run_script(script % js_module("core/state.js"), [])
    assert set(intents) == set(widget.PAGE_WRITABLE)
    # Every message the page sends has a handler in the kernel.
    sent = set()
    for path in (PACKAGE.parent / "js").rglob("*.js"):
        text = path.read_text()
        for call in ("send({ type: ", "send({type: "):
            for part in text.split(call)[1:]:
                sent.add(part.split('"')[1])
    handlers = set()
    for klass in W.__mro__:
        handlers |= set(vars(klass).get("_MESSAGES", {}))
    assert sent and sent <= handlers, (sent, handlers)
    assert json.dumps(sorted(handlers))  # and the table is plain data


def _imports(path):
    """The package modules ``path`` imports (relative and absolute ``cm_widget`` imports)."""
    tree = ast.parse(path.read_text())
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts
    here = package[:-1] if package[-1] != "__init__" else package[:-1]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                mod = base + tuple(node.module.split(".")) if node.module else base
            elif node.module and node.module.startswith("cm_widget"):
                mod = tuple(node.module.split("."))
            else:
                continue
            names = [a.name for a in node.names]
            for name in names:
                candidate = mod + (name,)
                if (PACKAGE.parent.joinpath(*candidate).with_suffix(".py")).exists():
                    out.add(".".join(candidate))
                elif PACKAGE.parent.joinpath(*candidate, "__init__.py").exists():
                    out.add(".".join(candidate))
            if PACKAGE.parent.joinpath(*mod).with_suffix(".py").exists():
                out.add(".".join(mod))
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("cm_widget")}
    return out


def test_no_import_cycle_in_the_package():
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = _imports(path)
    # A package's __init__ hands names on: it is not a step of a cycle by itself.
    graph = {m: {d for d in deps if d in modules and d != m} for m, deps in modules.items()}
    state, stack, cycles = {}, [], []

    def visit(m):
        state[m] = "open"
        stack.append(m)
        for d in graph[m]:
            if state.get(d) == "open":
                cycles.append(stack[stack.index(d) :] + [d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = "done"

    for m in graph:
        if m not in state:
            visit(m)
    assert not cycles, f"import cycles: {cycles}"


def test_features_answer_only_the_hooks_core_calls():
    for part in CoreFeature._REFRESH:
        assert callable(getattr(W, f"_refresh_{part}", None)), part


def test_every_engine_answers_the_engine_protocol():
    from cm_widget._engine import Engine

    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 40)
    df = pd.DataFrame({"y": y, "p": rng.integers(0, 3, 40), "id": np.arange(40) + 100})
    widgets = [
        W(y, rng.integers(0, 3, 40)),
        W(y % 2, y_score=rng.random(40)),
        W(y, y_score=rng.random((40, 3)), abstain=0.4),
        W.multilabel(rng.random((40, 3)) < 0.5, y_score=rng.random((40, 3))),
        W.from_counts([[1, 2], [3, 4]]),
        W.from_dataframe(df, "y", "p", id="id"),
    ]
    dd = pytest.importorskip("dask.dataframe")
    widgets.append(W.from_dataframe(dd.from_pandas(df, npartitions=2), "y", "p", id="id"))
    for w in widgets:
        engine = w._engine
        assert isinstance(engine, Engine), type(engine).__name__
        missing = [name for name in ("view_key", "has_samples", "is_binary_scores") if not hasattr(engine, name)]
        assert not missing, (type(engine).__name__, missing)


def _flags(parser):
    return {s for action in parser._actions for s in action.option_strings if s.startswith("--")}


def test_the_magic_and_the_command_line_offer_the_tables_flags():
    from cm_widget import __main__ as cli
    from cm_widget._magic import ConfusionMatrixMagics

    parsers = {
        "cli": _flags(cli._parser()),
        "magic": _flags(ConfusionMatrixMagics.confusion_matrix.parser),
    }
    option_flags = {where: {getattr(o, where) for o in _options.OPTIONS if getattr(o, where)} for where in parsers}
    for where, flags in parsers.items():
        assert option_flags[where] <= flags, (where, option_flags[where] - flags)
    # A flag named like an option of the table is that option's (no second spelling of one option).
    named = {"--" + o.name.replace("_", "-"): o for o in _options.OPTIONS}
    for where, flags in parsers.items():
        for flag in flags & set(named):
            assert getattr(named[flag], where) == flag, (where, flag)
    # And their help is the table's words.
    helps = {a.dest: a.help for a in cli._parser()._actions}
    assert helps["normalize"] == _options.doc("normalize")


def test_every_table_backend_answers_the_backend_protocol():
    from cm_widget._tables.base import Backend
    from cm_widget._tables.lazy import LazyBackend

    methods = [n for n, v in vars(Backend).items() if callable(v) and not n.startswith("_")]
    assert len(methods) == 11, methods
    for backend in (LazyBackend,):
        assert "name" in inspect.signature(backend).parameters
        for name in methods:
            mine = inspect.signature(getattr(backend, name)).parameters
            theirs = inspect.signature(getattr(Backend, name)).parameters
            assert list(mine) == list(theirs), (backend.__name__, name, list(mine), list(theirs))
