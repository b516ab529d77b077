"""The widget's synced state, decoded and checked against independent computations.

Messages are fed in with the exact shape the front end sends over the comm, so
these tests exercise the same code path as a click in the browser.
"""

import base64
import io
import json

import matplotlib
import numpy as np
import pytest
import traitlets
from ipywidgets.widgets.widget import _remove_buffers
from sklearn.metrics import balanced_accuracy_score, confusion_matrix, precision_recall_fscore_support

from cm_widget import ConfusionMatrixWidget, _engine
from cm_widget import _colors as palette

matplotlib.use("Agg")


# ------------------------------------------------------------------ helpers


def f64(buf):
    return np.frombuffer(buf, dtype="<f8")


def u8(buf):
    return np.frombuffer(buf, dtype=np.uint8)


def counts_of(matrix):
    """The (K, K) counts in a synced _matrix {k, dtype, counts}."""
    k = matrix["k"]
    return np.frombuffer(matrix["counts"], dtype=np.dtype(matrix["dtype"]).newbyteorder("<")).reshape(k, k)


def lut_of(w):
    """The synced colour table: 256 x RGB."""
    return u8(w._lut).reshape(256, 3)


def per_class_of(metrics):
    """Per-class (precision, recall, F1, support) rows of a synced _metrics."""
    return f64(metrics["per_class"]).reshape(-1, 4)


def wire_bytes(messages):
    """JSON plus binary bytes of what the kernel sent."""
    return sum(len(json.dumps(msg)) + sum(len(b) for b in (buffers or [])) for msg, buffers in messages)


def send_state(w, **state):
    """Deliver an update exactly as the front end's model.save_changes() does."""
    w._handle_msg({"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []})


def send_custom(w, content):
    w._handle_msg({"content": {"data": {"method": "custom", "content": content}}, "buffers": []})


class Outbox:
    """Records what the kernel sends to the front end."""

    def __init__(self, w):
        self.messages = []
        w._send = lambda msg, buffers=None: self.messages.append((msg, buffers))

    def updates(self):
        """Each update as {trait: value}; binary buffers included under their trait name."""
        out = []
        for msg, buffers in self.messages:
            if msg.get("method") != "update":
                continue
            state = dict(msg["state"])
            for path, buf in zip(msg.get("buffer_paths", []), buffers or []):
                state[path[0]] = bytes(buf)
            out.append(state)
        return out

    def clear(self):
        self.messages.clear()


@pytest.fixture
def three_class():
    rng = np.random.default_rng(7)
    names = np.array(["ant", "bee", "cat"])
    y_true = names[rng.integers(0, 3, 300)]
    # Predictions drawn from a different mix, so rows and columns differ.
    y_pred = np.where(rng.random(300) < 0.6, y_true, names[rng.integers(0, 2, 300)])
    return y_true, y_pred


@pytest.fixture
def binary():
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 500)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    return y, s


# ------------------------------------------------------------ render state


@pytest.mark.parametrize("normalize", [None, "true", "pred", "all"])
def test_synced_counts_decode_to_sklearn(three_class, normalize):
    y_true, y_pred = three_class
    w = ConfusionMatrixWidget(y_true, y_pred, normalize=normalize)
    assert w._matrix["k"] == 3 and w._matrix["dtype"] == "uint8"
    # The page gets the counts whatever the normalisation, and the normalisation to apply.
    counts = counts_of(w._matrix)
    np.testing.assert_array_equal(counts, confusion_matrix(y_true, y_pred))
    assert w.get_state("normalize")["normalize"] == normalize
    np.testing.assert_allclose(
        _engine.normalize(counts, normalize), confusion_matrix(y_true, y_pred, normalize=normalize), rtol=1e-12
    )
    assert w.display_labels == ["ant", "bee", "cat"]


def test_weighted_counts_travel_as_float64():
    w = ConfusionMatrixWidget([0, 1, 1, 0], [0, 1, 0, 0], sample_weight=[0.5, 2.0, 1.25, 1.0])
    assert w._matrix["dtype"] == "float64"
    np.testing.assert_array_equal(
        counts_of(w._matrix), confusion_matrix([0, 1, 1, 0], [0, 1, 0, 0], sample_weight=[0.5, 2.0, 1.25, 1.0])
    )


def test_large_arrays_travel_as_binary_buffers(three_class):
    w = ConfusionMatrixWidget(*three_class)
    state, paths, buffers = _remove_buffers(w.get_state())
    assert {tuple(p) for p in paths} == {
        ("_matrix", "counts"),
        ("_lut",),
        ("_metrics", "per_class"),
        ("_order", "classes"),
    }
    assert all(isinstance(b, (bytes, memoryview)) for b in buffers)
    json.dumps(state)  # everything else is plain JSON
    # Nothing the page can derive is sent.
    assert not {"_counts", "_values", "_colors", "_lut_text", "_colorbar", "_fmt", "_n"} & set(state)


@pytest.mark.parametrize("cmap", ["Blues", "viridis", "magma_r"])
def test_cell_colours_follow_the_colormap(three_class, cmap):
    w = ConfusionMatrixWidget(*three_class, cmap=cmap)
    values = counts_of(w._matrix).astype(float).ravel()
    # The page colours a cell with the colour table entry of the engine's colour index.
    drawn = lut_of(w)[palette.color_indices(values, 0.0, values.max())].astype(float)
    expected = matplotlib.colormaps[cmap](values / values.max())[:, :3] * 255
    # One step of a 256-entry table is at most a few units per channel.
    assert np.abs(drawn - expected).max() <= 6


def test_text_colour_contrasts_with_the_cell():
    w = ConfusionMatrixWidget.from_counts([[100, 0], [50, 100]])
    lut = lut_of(w)
    light = palette.light_text(lut)
    lum = lut / 255.0 @ np.array([0.2126, 0.7152, 0.0722])  # rough luminance: an independent yardstick
    assert light[lum < 0.25].all(), "dark cells need white text"
    assert not light[lum > 0.7].any(), "light cells need dark text"


def test_cmap_change_sends_only_the_colour_table(three_class):
    w = ConfusionMatrixWidget(*three_class)
    out = Outbox(w)
    send_state(w, cmap="viridis_r")
    assert w.cmap == "viridis_r"
    sent = set().union(*out.updates())
    assert sent == {"_lut"}
    np.testing.assert_array_equal(lut_of(w), palette.lookup_table(matplotlib.colormaps["viridis_r"])[:, :3])
    assert wire_bytes(out.messages) < 1024


@pytest.mark.parametrize("change", [{"normalize": "true"}, {"normalize": "all"}, {"values_format": ".1f"}])
def test_normalise_and_format_changes_send_nothing_derived(change):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 1000, 20_000)
    w = ConfusionMatrixWidget(y, (y + rng.integers(0, 3, 20_000)) % 1000)
    out = Outbox(w)
    name, value = next(iter(change.items()))
    if name in ("normalize",):
        send_state(w, **change)  # from the page
    else:
        setattr(w, name, value)  # from Python: the page is told the new value only
    assert getattr(w, name) == value
    assert {k for u in out.updates() for k in u} <= {name}
    assert wire_bytes(out.messages) < 1024


# --------------------------------------------------------------- selection


def test_click_message_selects_and_lists_the_cell(three_class):
    y_true, y_pred = three_class
    w = ConfusionMatrixWidget(y_true, y_pred)
    seen = []
    w.on_select(seen.append)
    send_state(w, selected=[2, 0])
    assert w.selected == (2, 0)
    assert seen == [(2, 0)]
    expected = np.flatnonzero((y_true == "cat") & (y_pred == "ant"))
    np.testing.assert_array_equal(w.selected_indices, expected)
    sel = w._selection
    assert sel["total"] == len(expected)
    assert sel["indices"] == expected[: sel["page_size"]].tolist()
    text = "".join(s["text"] for s in sel["sentence"])
    row_total = (y_true == "cat").sum()
    assert text == (
        f"{len(expected)} samples are truly cat but predicted ant ({100 * len(expected) / row_total:.1f}% of true cat)."
    )
    assert [s["text"] for s in sel["sentence"] if s.get("em")] == ["cat", "ant", "cat"]


def test_more_indices_on_demand():
    y = np.zeros(350, dtype=int)
    w = ConfusionMatrixWidget(y, y, labels=[0, 1])
    send_state(w, selected=[0, 0])
    assert w._selection["indices"] == list(range(100))
    send_custom(w, {"type": "page", "offset": 300})
    assert w._selection["offset"] == 300
    assert w._selection["indices"] == list(range(300, 350))
    send_custom(w, {"type": "page", "offset": 10_000})  # clamped to the last page
    assert w._selection["indices"] == list(range(300, 350))


def test_clearing_the_selection(three_class):
    w = ConfusionMatrixWidget(*three_class)
    send_state(w, selected=[0, 1])
    send_state(w, selected=None)
    assert w.selected is None
    assert w._selection == {}
    assert len(w.selected_indices) == 0


@pytest.mark.parametrize(
    "bad",
    [
        {"selected": [99, 0]},
        {"selected": [-1, 0]},
        {"selected": "1,2"},
        {"selected": [1.5, 0]},
        {"selected": [1, 2, 3]},
        {"normalize": "rows"},
        {"cmap": "no_such_map"},
        {"display_labels": ["only one"]},
        {"display_labels": "abc"},
        {"threshold": 0.3},  # no binary scores here
        {"no_such_trait": 1},
    ],
)
def test_malformed_updates_are_ignored_and_answered(three_class, bad):
    y_true, y_pred = three_class
    w = ConfusionMatrixWidget(y_true, y_pred)
    send_state(w, selected=[1, 1])
    before = {name: getattr(w, name) for name in ("selected", "normalize", "cmap", "display_labels", "threshold")}
    out = Outbox(w)
    send_state(w, **bad)  # must not raise
    after = {name: getattr(w, name) for name in before}
    assert after == before
    name = next(iter(bad))
    if name in w.keys:
        # The kernel re-sends its own value so the browser drops the bad one.
        resent = [u for u in out.updates() if name in u]
        assert resent and resent[-1][name] == w.get_state(name)[name]
    # and the widget keeps working
    send_state(w, selected=[0, 2])
    np.testing.assert_array_equal(w.selected_indices, np.flatnonzero((y_true == "ant") & (y_pred == "cat")))


@pytest.mark.parametrize(
    "content",
    [
        {"type": "page", "offset": -5},
        {"type": "page", "offset": "x"},
        {"type": "page"},
        {"type": "explode"},
        "not a dict",
        None,
    ],
)
def test_malformed_custom_messages_are_ignored(three_class, content):
    w = ConfusionMatrixWidget(*three_class)
    send_state(w, selected=[0, 0])
    before = dict(w._selection)
    send_custom(w, content)
    assert w._selection == before


def test_python_assignment_out_of_range_raises(three_class):
    w = ConfusionMatrixWidget(*three_class)
    with pytest.raises(traitlets.TraitError, match="outside the 3x3"):
        w.selected = (3, 0)
    w.selected = (0, 0)
    assert w.selected == (0, 0)


# ----------------------------------------------------------------- labels


def test_synced_metrics_decode_to_sklearn(three_class):
    y_true, y_pred = three_class
    w = ConfusionMatrixWidget(y_true, y_pred)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    np.testing.assert_allclose(per_class_of(w._metrics), np.column_stack([p, r, f, s]), rtol=1e-12)
    summary = {row["name"]: row for row in w._metrics["summary"]}
    assert summary["accuracy"]["value"] == pytest.approx(np.mean(y_true == y_pred))
    assert summary["balanced accuracy"]["value"] == pytest.approx(balanced_accuracy_score(y_true, y_pred))
    assert summary["macro avg"]["f1"] == pytest.approx(f.mean())
    assert summary["weighted avg"]["recall"] == pytest.approx(np.average(r, weights=s))
    assert summary["macro avg"]["support"] == len(y_true)


def test_label_edit_from_the_front_end(three_class):
    w = ConfusionMatrixWidget(*three_class)
    send_state(w, selected=[0, 1])
    out = Outbox(w)
    send_state(w, display_labels=["ant", "honey bee", "cat"])
    # Names are the page's: only the sentence of the selected cell comes back.
    assert {k for u in out.updates() for k in u} == {"_selection"}
    assert w.display_labels == ["ant", "honey bee", "cat"]
    assert "honey bee" in [s["text"] for s in w._selection["sentence"]]
    # indices are addressed by the original class value or the new name
    np.testing.assert_array_equal(w.indices("bee", "cat"), w.indices("honey bee", "cat"))


def test_html_in_labels_stays_text():
    evil = '<img src=x onerror="window.__xss=1">'
    w = ConfusionMatrixWidget(["a", evil, "a"], ["a", evil, evil])
    assert evil in w.display_labels
    html = w._repr_mimebundle_()[0]["text/html"]
    assert "<img" not in html and "&lt;img" in html
    i = w.display_labels.index(evil)
    w.selected = (i, i)
    assert evil in [s["text"] for s in w._selection["sentence"]]


# -------------------------------------------------------------- threshold


def test_threshold_message_updates_counts_and_rates(binary):
    y, s = binary
    w = ConfusionMatrixWidget(y, y_score=s)
    assert w.threshold == 0.5
    out = Outbox(w)
    send_state(w, threshold=0.31)
    assert w.threshold == 0.31
    expected = confusion_matrix(y, (s >= 0.31).astype(int))
    np.testing.assert_array_equal(counts_of(w._matrix), expected)
    tn, fp, fn, tp = expected.ravel()
    b = w._binary
    assert (b["tp"], b["fp"], b["fn"], b["tn"]) == (tp, fp, fn, tn)
    assert b["pos_index"] == 1 and "pos_label" not in b and "neg_label" not in b
    assert b["tpr"] == pytest.approx(tp / (tp + fn))
    assert b["fpr"] == pytest.approx(fp / (fp + tn))
    # one batched message, and nothing that did not change
    assert len(out.updates()) == 1
    sent = set(out.updates()[0])
    # The marks of likely label errors go along when a flagged sample crossed the threshold:
    # 2 x 2 uint32 counts, in a budget of their own.
    assert sent - {"_issues"} == {"_matrix", "_binary", "_metrics"}
    marks = len(json.dumps({"_issues": {}})) + len(json.dumps(["_issues", "counts"])) + 16 if "_issues" in sent else 0
    assert wire_bytes(out.messages) - marks < 1024


def test_threshold_out_of_range_from_front_end_is_refused(binary):
    y, s = binary
    w = ConfusionMatrixWidget(y, y_score=s, threshold=0.4)
    send_state(w, threshold=7.0)
    send_state(w, threshold="high")
    assert w.threshold == 0.4
    np.testing.assert_array_equal(w.counts, confusion_matrix(y, (s >= 0.4).astype(int)))


def test_selection_follows_the_threshold(binary):
    y, s = binary
    w = ConfusionMatrixWidget(y, y_score=s)
    send_state(w, selected=[1, 0])  # false negatives
    for t in (0.2, 0.5, 0.8):
        send_state(w, threshold=t)
        expected = np.flatnonzero((y == 1) & (s < t))
        np.testing.assert_array_equal(w.selected_indices, expected)
        assert w._selection["total"] == len(expected)


# ---------------------------------------------------------------- samples


def test_image_previews_decode_to_the_images():
    from matplotlib.image import imread

    rng = np.random.default_rng(0)
    images = rng.integers(0, 17, size=(40, 8, 8)).astype(float)  # like load_digits
    y = rng.integers(0, 3, 40)
    w = ConfusionMatrixWidget(y, y, samples=images)
    w.selected = (1, 1)
    previews = w._selection["previews"]
    idx = np.flatnonzero(y == 1)
    assert [p["index"] for p in previews] == idx.tolist()
    for p in previews:
        assert p["kind"] == "image" and p["src"].startswith("data:image/png;base64,")
        png = imread(io.BytesIO(base64.b64decode(p["src"].split(",", 1)[1])), format="png")
        # thumbnails are enlarged by whole pixels; take one pixel per source pixel
        step = png.shape[0] // 8
        small = png[::step, ::step] if png.ndim == 2 else png[::step, ::step, 0]
        expected = images[p["index"]] / 16.0
        np.testing.assert_allclose(small, expected, atol=1 / 255 + 1e-6)


def test_text_previews_are_snippets():
    texts = ["short", "x" * 500, "<b>not bold</b>\n\nline"]
    w = ConfusionMatrixWidget([0, 1, 1], [0, 1, 1], samples=texts)
    w.selected = (1, 1)
    got = {p["index"]: p["text"] for p in w._selection["previews"]}
    assert got[2] == "<b>not bold</b> line"
    assert len(got[1]) <= 160 and got[1].endswith("\u2026")


def test_samples_length_must_match():
    with pytest.raises(ValueError, match="samples has 2 entries"):
        ConfusionMatrixWidget([0, 1, 1], [0, 1, 1], samples=["a", "b"])


# ----------------------------------------------------------------- static


def test_to_figure_is_not_transposed():
    from sklearn.metrics import ConfusionMatrixDisplay

    y_true = ["a"] * 5 + ["b"] * 2 + ["c"] * 1
    y_pred = ["b"] * 4 + ["a"] + ["c", "c"] + ["a"]
    w = ConfusionMatrixWidget(y_true, y_pred)
    fig = w.to_figure()
    ax = fig.axes[0]
    ref = ConfusionMatrixDisplay.from_predictions(y_true, y_pred)
    np.testing.assert_array_equal(ax.images[0].get_array(), ref.im_.get_array())
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    cm = confusion_matrix(y_true, y_pred)
    assert texts == {(i, j): str(cm[i, j]) for i in range(3) for j in range(3)}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b", "c"]
    assert ax.get_xlabel() == "Predicted label" and ax.get_ylabel() == "True label"


def test_to_figure_stays_readable_at_100_classes(tmp_path):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 100, 5000)
    w = ConfusionMatrixWidget(y, (y + rng.integers(0, 2, 5000)) % 100)
    fig = w.to_figure()
    ax = fig.axes[0]
    assert len(ax.texts) == 0  # cells too small for numbers
    assert len(ax.get_xticklabels()) <= 50
    w.savefig(tmp_path / "cm.png")
    assert (tmp_path / "cm.png").stat().st_size > 1000


def test_normalised_figure_shows_percentages():
    w = ConfusionMatrixWidget([0, 0, 1, 1], [0, 1, 1, 1], normalize="true")
    texts = sorted(t.get_text() for t in w.to_figure().axes[0].texts)
    assert texts == sorted(["50.0%", "50.0%", "0.0%", "100.0%"])


def test_repr_has_static_table_and_the_live_view(three_class):
    w = ConfusionMatrixWidget(*three_class)
    bundle, _metadata = w._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    html = bundle["text/html"]
    # the kernel-free view: a static table for pages without scripts, then its data and script
    assert html.index('class="cmw-static"') < html.index("class=cmw-view-data")
    assert html.count("<script") == 4  # data, the script handing it to the code, the code, its unpacking
    cm = confusion_matrix(*three_class)
    for v in cm.ravel():
        assert f">{v}<" in html


def test_saved_output_keeps_hostile_names_as_text(three_class):
    names = ["</script><img src=x onerror=alert(1)>", "a\u2028b", "<!--"]
    w = ConfusionMatrixWidget(*three_class, display_labels=names)
    html = w._repr_mimebundle_()[0]["text/html"]
    assert html.count("<script") == 4 and html.count("</script>") == 4  # data, its script, code, unpacking
    assert "<img" not in html
    from saved import view_data

    assert view_data(html)["state"]["values"]["display_labels"] == names
