"""``%load_ext cm_widget`` and the ``%confusion_matrix`` line magic, in a real IPython shell."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix

pytest.importorskip("IPython")

from IPython.core.error import UsageError  # noqa: E402
from IPython.core.interactiveshell import InteractiveShell  # noqa: E402
from IPython.utils.capture import capture_output  # noqa: E402

from cm_widget import ConfusionMatrixWidget  # noqa: E402

RNG = np.random.default_rng(20240611)
N = 300


@pytest.fixture(scope="module")
def shell():
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "cm_widget")
    return ip


@pytest.fixture()
def ns(shell):
    """Fresh user variables for each test; removed afterwards."""
    y_true = RNG.integers(0, 4, N)
    y_pred = np.where(RNG.random(N) < 0.7, y_true, RNG.integers(0, 4, N))
    y_val = np.where(RNG.random(N) < 0.4, "yes", "no")
    p_yes = np.clip((y_val == "yes") * 0.45 + RNG.random(N) * 0.55, 0, 1)
    variables = {
        "y_true": y_true,
        "y_pred": y_pred,
        "y_val": y_val,
        "probs": np.column_stack([1 - p_yes, p_yes]),
        "p_yes": p_yes,
        "images": RNG.random((N, 8, 8)),
        "data": SimpleNamespace(target=SimpleNamespace(y=y_true), pred=y_pred),
        "table": {"truth": y_true, "guess": y_pred},
        "short": y_pred[:-1],
        "scaled": p_yes * 10.0,
    }
    shell.user_ns.update(variables)
    yield variables
    for name in variables:
        shell.user_ns.pop(name, None)


def run(shell, line):
    """Run the magic as a cell line would, keeping its display out of the test output."""
    with capture_output():
        return shell.run_line_magic("confusion_matrix", line)


# ------------------------------------------------------------------ success


def test_load_ext_registers_the_line_magic(shell):
    assert "confusion_matrix" in shell.magics_manager.magics["line"]


def test_plain_names_give_sklearn_counts(shell, ns):
    w = run(shell, "y_true y_pred")
    assert isinstance(w, ConfusionMatrixWidget)
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_true"], ns["y_pred"]))


def test_dotted_attributes_and_constant_indexing(shell, ns):
    w = run(shell, "data.target.y table['guess']")
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_true"], ns["y_pred"]))
    w = run(shell, 'table["truth"] "data.pred"')
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_true"], ns["y_pred"]))


def test_slices_in_an_index(shell, ns):
    w = run(shell, 'y_true[:200] "y_pred[:200]"')
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_true"][:200], ns["y_pred"][:200]))
    w = run(shell, 'y_val --score "probs[:, 1]"')
    expected = confusion_matrix(ns["y_val"], np.where(ns["p_yes"] >= 0.5, "yes", "no"))
    np.testing.assert_array_equal(w.counts, expected)


def test_score_normalize_and_labels(shell, ns):
    w = run(shell, 'y_val --score probs --normalize true --labels "no,yes"')
    predicted = np.where(ns["probs"][:, 1] >= 0.5, "yes", "no")
    labels = ["no", "yes"]
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_val"], predicted, labels=labels))
    np.testing.assert_allclose(w.matrix, confusion_matrix(ns["y_val"], predicted, labels=labels, normalize="true"))
    assert w.normalize == "true"
    assert list(w.classes) == labels


def test_label_order_follows_labels_option(shell, ns):
    w = run(shell, "y_true y_pred --labels 3,1,0,2")
    expected = confusion_matrix(ns["y_true"], ns["y_pred"], labels=[3, 1, 0, 2])
    np.testing.assert_array_equal(w.counts, expected)
    assert list(w.classes) == [3, 1, 0, 2]


def test_display_labels(shell, ns):
    w = run(shell, "y_val --score p_yes --display-labels 'Has not, Has it'")
    predicted = np.where(ns["p_yes"] >= 0.5, "yes", "no")
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_val"], predicted))
    assert list(w.display_labels) == ["Has not", "Has it"]


def test_pos_label_with_reversed_labels(shell, ns):
    w = run(shell, "y_val --score p_yes --labels yes,no --pos-label yes")
    predicted = np.where(ns["p_yes"] >= 0.5, "yes", "no")
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_val"], predicted, labels=["yes", "no"]))


def test_pos_label_numeric(shell, ns):
    y01 = (ns["y_val"] == "yes").astype(int)
    shell.user_ns["y01"] = y01
    try:
        # Scores for class 0: a sample is predicted 0 when P(no) >= 0.5.
        w = run(shell, "y01 --score 'probs[:, 0]' --pos-label 0")
    finally:
        shell.user_ns.pop("y01")
    predicted = np.where(ns["probs"][:, 0] >= 0.5, 0, 1)
    np.testing.assert_array_equal(w.counts, confusion_matrix(y01, predicted))


def test_threshold_and_cmap(shell, ns):
    w = run(shell, "y_val -s p_yes -t 0.3 --cmap viridis")
    assert w.threshold == pytest.approx(0.3)
    assert w.cmap == "viridis"
    predicted = np.where(ns["p_yes"] >= 0.3, "yes", "no")
    np.testing.assert_array_equal(w.counts, confusion_matrix(ns["y_val"], predicted))


def test_samples_and_selection(shell, ns):
    w = run(shell, "y_true y_pred --samples images")
    w.selected = (2, 1)
    expected = np.flatnonzero((ns["y_true"] == 2) & (ns["y_pred"] == 1))
    np.testing.assert_array_equal(w.selected_indices, expected)


def test_assignment_in_a_cell_keeps_the_widget(shell, ns):
    with capture_output():
        result = shell.run_cell("w_from_magic = %confusion_matrix y_true y_pred --normalize pred")
    result.raise_error()
    w = shell.user_ns.pop("w_from_magic")
    expected = confusion_matrix(ns["y_true"], ns["y_pred"], normalize="pred")
    np.testing.assert_allclose(w.matrix, expected)


def test_braces_expand_python_values(shell, ns):
    shell.user_ns["names"] = ["n", "y"]
    try:
        w = run(shell, "y_val --score p_yes --display-labels {','.join(names)}")
    finally:
        shell.user_ns.pop("names")
    assert list(w.display_labels) == ["n", "y"]


def _count_renders(monkeypatch):
    calls = []
    original = ConfusionMatrixWidget._repr_mimebundle_

    def counting(self, **kwargs):
        calls.append(self)
        return original(self, **kwargs)

    monkeypatch.setattr(ConfusionMatrixWidget, "_repr_mimebundle_", counting)
    return calls


def test_a_bare_magic_line_shows_the_widget_once(shell, ns, monkeypatch):
    calls = _count_renders(monkeypatch)
    with capture_output() as captured:
        result = shell.run_cell("%confusion_matrix y_true y_pred")
    result.raise_error()
    assert isinstance(result.result, ConfusionMatrixWidget)
    assert calls == [result.result]
    assert len(captured.outputs) == 1
    # The guard is gone after the cell: displaying the widget again renders it.
    with capture_output():
        shell.run_cell("display(_)").raise_error()
    assert len(calls) == 2


def test_an_assigned_magic_line_shows_the_widget_once(shell, ns, monkeypatch):
    calls = _count_renders(monkeypatch)
    with capture_output() as captured:
        result = shell.run_cell("w_shown = %confusion_matrix y_true y_pred")
    result.raise_error()
    w = shell.user_ns.pop("w_shown")
    assert calls == [w]
    assert len(captured.outputs) == 1


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("nothing_here y_pred", "'nothing_here' is not defined"),
        ("y_true missing_pred", "'missing_pred' is not defined"),
        ("y_val --score no_scores", "'no_scores' is not defined"),
        ("y_true y_pred --samples no_images", "'no_images' is not defined"),
        ("data.nope y_pred", "no attribute 'nope'"),
        ("table['nope'] y_pred", "cannot evaluate"),
        ("y_true[10000] y_pred", "cannot evaluate"),
        ("len(y_true) y_pred", "not supported"),
        ("y_true+1 y_pred", "not supported"),
        ("y_true[y_pred] y_pred", "literals"),
        ("1y y_pred", "not a variable name"),
    ],
)
def test_bad_names(shell, ns, line, fragment):
    with pytest.raises(UsageError, match=fragment):
        run(shell, line)


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("y_true y_pred --bogus 3", "unrecognized arguments"),
        ("y_true y_pred extra", "unrecognized arguments"),
        ("", "y_true"),
        ("y_true", "give the predictions"),
        ("y_val y_val --score p_yes", "not both"),
        ("y_true y_pred --normalize rows", "--normalize"),
        ("y_val --score p_yes --threshold high", "--threshold"),
        ("y_val --score p_yes --threshold nan", "--threshold"),
        ("y_true y_pred --labels 0,,1", "comma-separated"),
        ("y_true y_pred --labels 0,[1],2", "--labels"),
        ("y_val --score p_yes --pos-label yes,no", "--pos-label"),
    ],
)
def test_bad_options(shell, ns, line, fragment):
    with pytest.raises(UsageError, match=fragment):
        run(shell, line)


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("y_true short", "300.*299"),
        ("y_val p_yes", "y_score"),
        ("y_val --score p_yes --threshold 5", "threshold"),
        ("y_true y_pred --display-labels a,b", "display_labels"),
        ("y_true y_pred --cmap not_a_colormap", "cmap|colormap|colour|color"),
    ],
)
def test_values_the_widget_rejects_become_usage_errors(shell, ns, line, fragment):
    with pytest.raises(UsageError, match=fragment) as info:
        run(shell, line)
    assert str(info.value).startswith("%confusion_matrix")


def test_an_error_in_a_cell_is_reported_not_raised(shell, ns):
    with capture_output() as captured:
        result = shell.run_cell("%confusion_matrix y_true nowhere")
    assert isinstance(result.error_in_exec, UsageError)
    assert "nowhere" in captured.stderr + captured.stdout
