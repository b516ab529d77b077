"""from_dataframe and ``python -m cm_widget`` on Parquet and CSV files counted by DuckDB where they lie.

Counts are compared with scikit-learn and cell ids with a pandas filter, both on the files read by pandas.
"""

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from saved import saved_counts
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget as W
from cm_widget._tables import remote as _remote

pytestmark = pytest.mark.timeout(300)


def table(n=3000, seed=5):
    rng = np.random.default_rng(seed)
    names = np.array(["ant", "bee", "cow"])
    truth = names[rng.integers(0, 3, n)]
    yb = rng.integers(0, 2, n)
    s = np.round(np.clip(0.35 * yb + 0.65 * rng.random(n), 0, 1), 3)
    s[rng.random(n) < 0.05] = -0.0  # signed zeros: -0.0 >= 0.0 as numpy holds
    return pd.DataFrame(
        {
            "label": truth,
            "pred": np.where(rng.random(n) < 0.7, truth, names[rng.integers(0, 3, n)]),
            "yb": yb,
            "s": s,
            "id": rng.permutation(n).astype(np.int64) * 5 + 2,
        }
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    pytest.importorskip("duckdb")
    folder = tmp_path_factory.mktemp("eval")
    df = table()
    for k, rows in enumerate(np.array_split(np.arange(len(df)), 3)):
        df.iloc[rows].to_parquet(folder / f"part-{k}.parquet", index=False)
    df.to_csv(folder / "all.csv", index=False)
    return folder, df


@pytest.mark.parametrize("which", ["glob", "one-parquet", "csv"])
def test_files_count_like_pandas(files, which):
    folder, df = files
    path = {
        "glob": str(folder / "*.parquet"),
        "one-parquet": folder / "part-1.parquet",
        "csv": str(folder / "all.csv"),
    }[which]
    if which == "one-parquet":
        df = pd.read_parquet(path)
    w = W.from_dataframe(path, "label", "pred", id="id")
    assert w._table["engine"] == "DuckDB" and w._table["rows"] == len(df)
    labels = ["ant", "bee", "cow"]
    np.testing.assert_array_equal(w.counts, confusion_matrix(df.label, df.pred, labels=labels))
    mask = (df.label == "bee") & (df.pred == "cow")
    np.testing.assert_array_equal(w.indices("bee", "cow"), np.sort(df.id[mask].to_numpy()))
    b = W.from_dataframe(path, "yb", y_score="s", id="id", threshold=0.0)
    for t in (0.0, -0.0, 0.5, 0.333, float(b._engine.edges[7])):
        b.threshold = t
        expected = confusion_matrix(df.yb, (df.s >= t).astype(int), labels=[0, 1])
        np.testing.assert_array_equal(b.counts, expected, err_msg=f"{which} t={t!r}")
        mask = (df.yb == 0) & (df.s >= t)
        np.testing.assert_array_equal(b.indices(0, 1), np.sort(df.id[mask].to_numpy()))


def test_file_errors_are_named(files, tmp_path):
    folder, _ = files
    with pytest.raises(ValueError, match=r"y_true='lable' is not a column of the DuckDB table; its columns are"):
        W.from_dataframe(str(folder / "*.parquet"), "lable", "pred")
    with pytest.raises(ValueError, match=r"not a Parquet .* or CSV"):
        W.from_dataframe(str(folder / "notes.txt.json"), "label", "pred")
    with pytest.raises(ValueError, match=r"DuckDB could not read df=.*nothing-here"):
        W.from_dataframe(str(tmp_path / "nothing-here" / "*.parquet"), "label", "pred")
    with pytest.raises(TypeError, match="samples= is not available for a DuckDB table"):
        W.from_dataframe(str(folder / "all.csv"), "label", "pred", samples=np.zeros(3000))


def test_a_failed_threshold_query_leaves_a_file_widget_as_it_was(files, monkeypatch):
    folder, df = files
    w = W.from_dataframe(str(folder / "*.parquet"), "yb", y_score="s", bins=16)
    before, threshold = w.counts.copy(), w.threshold

    def fail(*args):
        raise _remote.EngineError("DuckDB failed while counting at a threshold: IO Error")

    monkeypatch.setattr(w._engine.backend, "between", fail)
    score = next(v for v in np.unique(df.s) if v > 0 and not w._engine.is_edge(v))
    off = float(np.nextafter(score, 0))  # just below a score that is no edge, in its bin: a count of its rows
    assert not w._engine.is_edge(off)
    with pytest.raises(_remote.EngineError, match="IO Error"):
        w.threshold = off
    assert w.threshold == threshold
    np.testing.assert_array_equal(w.counts, before)


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "cm_widget", *map(str, args)], capture_output=True, text=True, timeout=240
    )


def embedded_counts(path):
    import json
    import re

    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" class="cmw-data">(.*?)</script>', html, re.S)
    return saved_counts(json.loads(m.group(1)))


def test_cli_counts_a_big_file_in_duckdb(files, tmp_path):
    folder, df = files
    out = tmp_path / "cm.html"
    # more rows than --max-samples: the table is counted where it lies, not read into memory
    run = cli(
        folder / "*.parquet", "--true", "yb", "--score", "s", "--threshold", "0.25", "--max-samples", 1000, "-o", out
    )
    assert run.returncode == 0, run.stderr
    assert "DuckDB" in run.stderr and f"{len(df):,} rows" in run.stderr
    np.testing.assert_array_equal(
        embedded_counts(out), confusion_matrix(df.yb, (df.s >= 0.25).astype(int), labels=[0, 1])
    )
    run = cli(
        folder / "all.csv", "--true", "label", "--pred", "pred", "--labels", "cow,ant", "--max-samples", 10, "-o", out
    )
    assert run.returncode == 0, run.stderr
    np.testing.assert_array_equal(embedded_counts(out), confusion_matrix(df.label, df.pred, labels=["cow", "ant"]))
    run = cli(folder / "*.parquet", "--true", "lable", "--pred", "pred", "--max-samples", 10, "-o", out)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "'lable' is not a column" in run.stderr
