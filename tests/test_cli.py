"""``python -m cm_widget``: class names that look like missing values, labels of the wrong kind,
empty cells, and an output path that cannot be written.

Each case runs the command as a user would (a subprocess) and checks its exit code, its
message, and that no traceback reaches the user. The counts in a written file are compared
with scikit-learn on the table as Python's ``csv`` module reads it (every cell as text).
"""

import csv
import json
import re
import subprocess
import sys

import numpy as np
import pytest
from saved import saved_counts
from sklearn.metrics import confusion_matrix

pytestmark = pytest.mark.timeout(300)


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "cm_widget", *map(str, args)], capture_output=True, text=True, timeout=240
    )


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv_as_text(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {name: [r[name] for r in rows] for name in rows[0]}


def embedded(path):
    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" class="cmw-data">(.*?)</script>', html, re.S)
    assert m, "no embedded data"
    data = json.loads(m.group(1))
    return data, saved_counts(data)


def assert_clean_failure(run, *fragments):
    assert run.returncode != 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    for fragment in fragments:
        assert re.search(fragment, run.stderr), f"{fragment!r} not in {run.stderr!r}"


NAMES = ["NA", "None", "null", "cat", "nan", "N/A"]


def test_class_names_that_look_missing_stay_names(tmp_path):
    rng = np.random.default_rng(5)
    truth = rng.choice(NAMES, 200)
    pred = np.where(rng.random(200) < 0.6, truth, rng.choice(NAMES, 200))
    table = write_csv(tmp_path / "t.csv", ["label", "pred"], zip(truth, pred))
    text = read_csv_as_text(table)
    out = tmp_path / "cm.html"
    run = cli(table, "--true", "label", "--pred", "pred", "-o", out)
    assert run.returncode == 0, run.stderr
    data, counts = embedded(out)
    classes = sorted(NAMES)
    assert data["state"]["values"]["display_labels"] == classes
    np.testing.assert_array_equal(counts, confusion_matrix(text["label"], text["pred"], labels=classes))
    # a chosen order of those names, and one of them as the positive class of scores
    run = cli(table, "--true", "label", "--pred", "pred", "--labels", "null,NA,None", "-o", out)
    assert run.returncode == 0, run.stderr
    keep = [i for i, t in enumerate(text["label"]) if t in ("null", "NA", "None")]
    expected = confusion_matrix(
        [text["label"][i] for i in keep], [text["pred"][i] for i in keep], labels=["null", "NA", "None"]
    )
    np.testing.assert_array_equal(embedded(out)[1], expected)


def test_binary_scores_of_classes_named_none_and_null(tmp_path):
    rng = np.random.default_rng(8)
    truth = rng.choice(["None", "null"], 150)
    score = np.round(rng.random(150), 2)
    table = write_csv(tmp_path / "t.tsv", ["y", "s"], zip(truth, score))
    table.write_text(table.read_text(encoding="utf-8").replace(",", "\t"), encoding="utf-8")
    out = tmp_path / "cm.html"
    run = cli(table, "--true", "y", "--score", "s", "--pos-label", "None", "--threshold", "0.4", "-o", out)
    assert run.returncode == 0, run.stderr
    data, counts = embedded(out)
    predicted = np.where(score >= 0.4, "None", "null")
    np.testing.assert_array_equal(counts, confusion_matrix(truth, predicted, labels=["None", "null"]))


def test_empty_label_cells_are_named_with_their_rows(tmp_path):
    rows = [["cat", "cat"], ["dog", "cat"], ["", "dog"], ["NA", "dog"], ["dog", ""], ["cat", ""]]
    table = write_csv(tmp_path / "t.csv", ["label", "pred"], rows)
    run = cli(table, "--true", "label", "--pred", "pred", "-o", tmp_path / "cm.html")
    assert_clean_failure(run, r"--true column 'label' has 1 missing value", r"data row 3\b", r"fill .* or drop")
    run = cli(table, "--true", "pred", "--pred", "label", "-o", tmp_path / "cm.html")
    assert_clean_failure(run, r"--true column 'pred' has 2 missing values", r"data rows 5, 6\b")
    assert not (tmp_path / "cm.html").exists()


def test_missing_and_textual_scores_are_named(tmp_path):
    table = write_csv(tmp_path / "t.csv", ["y", "s"], [[0, 0.1], [1, ""], [1, 0.7], [0, 0.2]])
    run = cli(table, "--true", "y", "--score", "s", "-o", tmp_path / "cm.html")
    assert_clean_failure(run, r"--score column 's' has 1 missing value", r"data row 2\b")
    table = write_csv(tmp_path / "t.csv", ["y", "s"], [[0, 0.1], [1, "high"], [1, 0.7], [0, 0.2]])
    run = cli(table, "--true", "y", "--score", "s", "-o", tmp_path / "cm.html")
    assert_clean_failure(run, r"--score column 's' holds .*not a number", r"'high'", r"data row 2\b")


def int_table(tmp_path):
    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, 120)
    p = np.where(rng.random(120) < 0.7, y, rng.integers(0, 3, 120))
    s = np.round(rng.random(120), 2)
    return write_csv(tmp_path / "ints.csv", ["y", "p", "s", "b"], zip(y, p, s, y == 1)), y, p, s


def test_labels_that_are_not_of_the_columns_kind(tmp_path):
    table, y, p, s = int_table(tmp_path)
    out = tmp_path / "cm.html"
    run = cli(table, "--true", "y", "--pred", "p", "--labels", "a,b", "-o", out)
    assert_clean_failure(run, r"--labels", r"'a'", r"--true column 'y', which holds integers", r"0, 1, 2")
    run = cli(table, "--true", "b", "--score", "s", "--pos-label", "maybe", "-o", out)
    assert_clean_failure(run, r"--pos-label", r"'maybe'", r"--true column 'b', which holds booleans", r"False, True")
    run = cli(table, "--true", "y", "--pred", "p", "--labels", "0,,1", "-o", out)
    assert_clean_failure(run, r"--labels", r"empty")
    assert not out.exists()
    # labels that parse as the column's kind are converted and keep their order
    run = cli(table, "--true", "y", "--pred", "p", "--labels", "2, 0,1.0", "-o", out)
    assert run.returncode == 0, run.stderr
    np.testing.assert_array_equal(embedded(out)[1], confusion_matrix(y, p, labels=[2, 0, 1]))
    run = cli(table, "--true", "b", "--score", "s", "--pos-label", "false", "-o", out)
    assert run.returncode == 0, run.stderr
    expected = confusion_matrix(y == 1, s < 0.5, labels=[False, True])  # False is the positive class
    np.testing.assert_array_equal(embedded(out)[1], expected)


@pytest.mark.parametrize("where", ["missing folder", "a folder", "below a file"])
def test_an_output_that_cannot_be_written(tmp_path, where):
    table, _, _, _ = int_table(tmp_path)
    (tmp_path / "sub").mkdir()
    target = {
        "missing folder": tmp_path / "no" / "such" / "cm.html",
        "a folder": tmp_path / "sub",
        "below a file": table / "cm.html",
    }[where]
    run = cli(table, "--true", "y", "--pred", "p", "-o", target)
    assert_clean_failure(run, rf"cannot write {re.escape(repr(str(target)))}", r"-o")
    assert run.returncode == 1


def test_a_write_the_system_refuses(tmp_path, monkeypatch):
    import pathlib

    from cm_widget.__main__ import main

    table, _, _, _ = int_table(tmp_path)

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "write_text", refuse)
    out = tmp_path / "cm.html"
    with pytest.raises(SystemExit) as exc:
        main([str(table), "--true", "y", "--pred", "p", "-o", str(out)])
    assert str(exc.value) == f"error: cannot write {str(out)!r} (-o): Permission denied"
    assert not out.exists()
