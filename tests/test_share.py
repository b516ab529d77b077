"""Sharing a matrix as one file: ``to_html``, the magic's ``--html`` and ``python -m cm_widget``.

The file's embedded data is decoded here and compared with scikit-learn, so a file that
looks right but carries wrong numbers fails; its size is checked against the budget.
"""

import json
import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from saved import saved_counts, view_data
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget
from cm_widget._export import page_data


def embedded(html):
    assert re.search(r'class="?cmw-(view-)?data\b', html), "no embedded data"
    return view_data(html)


def counts_of(data):
    """The (K, K) counts a file opens with, as it embeds them (the synced ``_matrix``), and their type."""
    return saved_counts(data)[:, : data["k"]]


def embedded_counts(data):
    """Every K x K copy of the counts the data holds: one, in the narrowest type that holds them."""
    k, found = data["k"], []

    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) >= k * k * 4 // 3:
            found.append(len(value))

    walk({key: v for key, v in data.items() if key != "state"})
    walk(data["state"]["values"])
    walk([b["data"] for b in data["state"]["buffers"]])
    return found


def test_to_html_returns_or_writes_one_file_with_no_external_reference(tmp_path):
    rng = np.random.default_rng(1)
    y, p = rng.integers(0, 3, 200), rng.integers(0, 3, 200)
    w = ConfusionMatrixWidget(y, p, display_labels=["a", "b", "c"])
    text = w.to_html()
    assert text.startswith("<!DOCTYPE html>")
    assert w.to_html(tmp_path / "cm.html") is None
    assert (tmp_path / "cm.html").read_text(encoding="utf-8") == text
    np.testing.assert_array_equal(counts_of(embedded(text)), confusion_matrix(y, p))
    # nothing to fetch: no src/href to anything, and a policy that forbids it
    assert not re.search(r'\s(?:src|href)\s*=\s*["\']?(?:https?:)?//', text)
    assert "default-src 'none'" in text


@pytest.mark.parametrize("bad", [-1, 1.5, True, "10"])
def test_to_html_checks_max_samples(bad):
    w = ConfusionMatrixWidget([0, 1], [0, 1])
    with pytest.raises(TypeError, match="max_samples"):
        w.to_html(max_samples=bad)


def _bytes_per_sample(make, n_small=1_000, n_big=101_000):
    small, big = (len(make(n).to_html(previews=False).encode()) for n in (n_small, n_big))
    return small, (big - small) / (n_big - n_small)


def test_file_sizes_stay_within_budget():
    rng = np.random.default_rng(0)

    def labels(n):
        y = rng.integers(0, 10, n)
        return ConfusionMatrixWidget(y, np.where(rng.random(n) < 0.8, y, rng.integers(0, 10, n)))

    def binary(n):
        return ConfusionMatrixWidget(rng.integers(0, 2, n), y_score=rng.random(n))

    base, per_label = _bytes_per_sample(labels)
    _, per_binary = _bytes_per_sample(binary)
    assert base <= 300_000, base
    assert per_label <= 5, per_label
    assert per_binary <= 9, per_binary


def test_above_max_samples_only_counts_are_kept():
    rng = np.random.default_rng(2)
    y, s = rng.integers(0, 2, 500), rng.random(500)
    w = ConfusionMatrixWidget(y, y_score=s)
    data = page_data(w, max_samples=499)
    assert data["samples"] is None and "live kernel" in data["omitted"]
    np.testing.assert_array_equal(counts_of(data), confusion_matrix(y, (s >= 0.5).astype(int)))


def test_magic_html_option_writes_the_file(tmp_path):
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "cm_widget")
    ip.user_ns.update(yt=np.array([0, 1, 1, 2]), yp=np.array([0, 1, 2, 2]))
    out = tmp_path / "magic.html"
    with capture_output():
        ip.run_line_magic("confusion_matrix", f"yt yp --html {out}")
    np.testing.assert_array_equal(counts_of(embedded(out.read_text())), confusion_matrix([0, 1, 1, 2], [0, 1, 2, 2]))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_command_line_writes_the_file(tmp_path, fmt):
    rng = np.random.default_rng(4)
    df = pd.DataFrame({"label": rng.choice(["cat", "dog", "eel"], 300), "score": rng.random(300)})
    df["pred"] = np.where(rng.random(300) < 0.7, df["label"], "dog")
    df["sick"] = (df["score"] + rng.normal(0, 0.3, 300) > 0.5).astype(int)
    table = tmp_path / f"preds.{fmt}"
    df.to_csv(table, index=False) if fmt == "csv" else df.to_parquet(table)
    out = tmp_path / "cm.html"
    run = subprocess.run(
        [sys.executable, "-m", "cm_widget", str(table), "--true", "label", "--pred", "pred", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    data = embedded(out.read_text(encoding="utf-8"))
    np.testing.assert_array_equal(counts_of(data), confusion_matrix(df["label"], df["pred"]))
    assert data["state"]["values"]["display_labels"] == ["cat", "dog", "eel"]

    out2 = tmp_path / "bin.html"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cm_widget",
            str(table),
            "--true",
            "sick",
            "--score",
            "score",
            "--threshold",
            "0.3",
            "-o",
            str(out2),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    expected = confusion_matrix(df["sick"], (df["score"] >= 0.3).astype(int))
    np.testing.assert_array_equal(counts_of(embedded(out2.read_text(encoding="utf-8"))), expected)


def test_command_line_names_a_missing_column(tmp_path):
    table = tmp_path / "t.csv"
    pd.DataFrame({"y": [0, 1], "p": [0, 1]}).to_csv(table, index=False)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cm_widget",
            str(table),
            "--true",
            "label",
            "--pred",
            "p",
            "-o",
            str(tmp_path / "x.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "--true 'label' is not a column" in run.stderr and "y, p" in run.stderr


@pytest.mark.parametrize("kind", ["uint8", "uint16", "float64"])
def test_a_display_of_2000_classes_embeds_its_counts_once_in_the_narrowest_type(kind):
    rng = np.random.default_rng(8)
    k, n = 2000, 200_000
    y = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.7, y, rng.integers(0, k, n))
    if kind == "uint16":
        p[:300] = y[:300] = 5  # one cell above 255
    weights = np.round(rng.random(n) * 2, 1) if kind == "float64" else None
    w = ConfusionMatrixWidget(y, p, sample_weight=weights)
    data, _ = w._repr_mimebundle_()
    view = data["text/html"]
    added = len(view.encode("utf-8")) + len(json.dumps(data["application/vnd.jupyter.widget-view+json"]))
    # about 100 samples a class, as a test set of 2,000 classes may hold (the saved view is compressed)
    if kind in ("uint8", "uint16"):
        assert added <= 10_000_000, f"a display of K = {k} adds {added / 1e6:.1f} MB to the notebook"
    page = embedded(view)
    got = counts_of(page)
    assert got.dtype == np.dtype(kind)
    expected = confusion_matrix(y, p, labels=range(k), sample_weight=weights)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=0)
    copies = embedded_counts(page)
    # once: dense, or (mostly empty) as its non-zero cells, and then no dense copy at all
    sparse = ["_matrix", "at"] in [b["path"] for b in page["state"]["buffers"]]
    assert len(copies) == (0 if sparse else 1), (
        f"{len(copies)} copies of the K x K counts in the saved view ({added / 1e6:.1f} MB): {copies}"
    )


@pytest.mark.parametrize(
    "n, side, k",
    [
        (6_000, 28, 12),  # many small images: the first page of every cell
        (600, 120, 3),  # few large ones: every sample, for any threshold
        (120, 400, 2),  # the saved cell's own previews above the budget
    ],
)
def test_previews_of_a_file_stay_within_their_budget_and_a_note_says_what_is_left_out(n, side, k):
    from node_js import run_pages

    from cm_widget._export import PREVIEW_BYTES

    rng = np.random.default_rng(6)
    images = rng.integers(0, 256, (n, side, side), dtype=np.uint8)  # noise: PNG cannot shrink it
    y = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.6, y, rng.integers(0, k, n))
    w = ConfusionMatrixWidget(y, p, samples=images, embed_previews=True)
    w.selected = (1, 1)
    before = list(w._selection["previews"])
    bare = len(ConfusionMatrixWidget(y, p).to_html().encode())
    text = w.to_html()
    size = len(text.encode())
    assert size <= bare + PREVIEW_BYTES + 20_000, f"a file of {size / 1e6:.1f} MB"
    saved = len(w._repr_mimebundle_()[0]["text/html"].encode())  # the notebook's saved view: the same budget
    assert saved <= bare + PREVIEW_BYTES + 40_000, f"a saved view of {saved / 1e6:.1f} MB"
    assert w._selection["previews"] == before  # the widget's own state is left as it was
    data = embedded(text)
    shown = {int(s) for s in data["previews"]} | {q["index"] for q in data["state"]["values"]["_selection"]["previews"]}
    per_cell = np.minimum(np.bincount(y * k + p, minlength=k * k), 40).sum()
    wanted = n if n <= 2000 else per_cell
    assert 0 < len(shown) < wanted
    opened = data["state"]["values"]["_selection"]["previews"]  # the saved cell's, as the page opens on it
    assert [q["index"] for q in opened] == [q["index"] for q in before[: len(opened)]] and opened
    notes = data["state"]["values"]["_notes"]
    assert f"Previews of {wanted - len(shown):,} samples are left out" in " ".join(notes)
    # Counts and cells are whole; each preview shown is its sample's.
    np.testing.assert_array_equal(counts_of(data), confusion_matrix(y, p, labels=range(k)))
    cells = [(0, 0), (1, 1), (k - 1, 0)]
    steps = [s for i, j in cells for s in (["set", "selected", [i, j]], ["cell"])]
    for (i, j), cell in zip(cells, run_pages([{"data": data, "steps": steps}])[0]):
        naive = np.flatnonzero((y == i) & (p == j))
        assert cell["indices"] == naive.tolist() == w.indices(i, j).tolist()
        assert len(cell["previews"]) > 0 or side == 400  # there, the saved cell's take the budget
        for q in cell["previews"]:
            assert q == w._samples.preview(q["index"]) and q["index"] in naive[:40]
