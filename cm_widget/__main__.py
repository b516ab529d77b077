"""``python -m cm_widget``: a confusion matrix of a CSV or Parquet file, as one interactive HTML file.

Example::

    python -m cm_widget predictions.csv --true label --pred pred -o cm.html
    python -m cm_widget scored.parquet --true label --score p_yes --threshold 0.3 -o cm.html
"""

from __future__ import annotations

import argparse
import sys

from . import _options


def _parser():
    p = argparse.ArgumentParser(
        prog="python -m cm_widget",
        description="Write an interactive confusion matrix of a table's columns to one self-contained HTML file.",
    )
    p.add_argument(
        "table", help="a .csv (or .csv.gz, .tsv) or .parquet file with one row per sample, or a glob of such files"
    )
    p.add_argument("--true", required=True, metavar="COLUMN", help="column of the true labels")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--pred", metavar="COLUMN", help="column of the predicted labels")
    group.add_argument("--score", metavar="COLUMN", help="column of binary scores (probability of the positive class)")
    p.add_argument(
        "--threshold", type=float, help=_options.doc("threshold") + " Default 0.5 for probabilities, else 0."
    )
    p.add_argument("--pos-label", metavar="VALUE", help=_options.doc("pos_label"))
    p.add_argument("--labels", metavar="A,B,...", help="classes to show, in this order")
    p.add_argument("--normalize", choices=["true", "pred", "all"], help=_options.doc("normalize"))
    p.add_argument("--cmap", default=_options.BY_NAME["cmap"].default, help=_options.doc("cmap"))
    p.add_argument("--text", metavar="COLUMN", help="A column of texts: " + _options.doc("samples"))
    p.add_argument(
        "--max-samples",
        type=int,
        default=2_000_000,
        help="keep cell contents up to this many rows; a larger table is counted by DuckDB where it lies (the file "
        "then keeps the counts only)",
    )
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="the HTML file to write")
    return p


#: What pandas reads as missing by default (its documented ``na_values``). A score column keeps
#: them; a label column does not, since "NA", "None" or "null" may be the name of a class.
_MISSING_SCORE = [
    "",
    "#N/A",
    "#N/A N/A",
    "#NA",
    "-1.#IND",
    "-1.#QNAN",
    "-NaN",
    "-nan",
    "1.#IND",
    "1.#QNAN",
    "<NA>",
    "N/A",
    "NA",
    "NULL",
    "NaN",
    "None",
    "n/a",
    "nan",
    "null",
]


def _read(path, labels, scores):
    """The table; in a CSV only an empty cell of a label column is missing, and a text column keeps every cell."""
    import pandas as pd

    lower = path.lower()
    if lower.endswith((".parquet", ".pq")):
        return pd.read_parquet(path)
    na_values = dict.fromkeys(scores, _MISSING_SCORE)
    na_values.update(dict.fromkeys(labels, [""]))
    sep = "\t" if lower.endswith((".tsv", ".tsv.gz")) else ","
    return pd.read_csv(path, sep=sep, keep_default_na=False, na_values=na_values)


def _column(df, name, option):
    if name not in df.columns:
        shown = ", ".join(map(str, list(df.columns)[:20]))
        raise SystemExit(f"error: {option} {name!r} is not a column of the table; its columns are: {shown}")
    return df[name]


def _rows(mask):
    """'data row 3' or 'data rows 3, 8, ...': rows counted from 1 below the header."""
    import numpy as np

    rows = np.flatnonzero(mask)
    shown = ", ".join(str(r + 1) for r in rows[:5]) + (", ..." if len(rows) > 5 else "")
    return f"data row{'s' if len(rows) > 1 else ''} {shown}"


def _complete(column, option):
    """``column``, after checking it has no missing (empty or null) cell."""
    missing = column.isna().to_numpy()
    n = int(missing.sum())
    if n:
        raise SystemExit(
            f"error: {option} column {column.name!r} has {n} missing value{'s' if n > 1 else ''} (empty or null) in "
            f"{_rows(missing)}; {'fill them in or drop those rows' if n > 1 else 'fill it in or drop that row'}."
        )
    return column


def _numbers(column, option):
    """``column`` as numbers; a cell that is text, not a number, is named."""
    import pandas as pd

    _complete(column, option)
    if pd.api.types.is_numeric_dtype(column):
        return column
    parsed = pd.to_numeric(column, errors="coerce")
    bad = parsed.isna().to_numpy()
    if bad.any():
        raise SystemExit(
            f"error: {option} column {column.name!r} holds {column.iloc[int(bad.argmax())]!r}, not a number, in "
            f"{_rows(bad)}; scores must be numbers."
        )
    return parsed


_KINDS = {"i": "integers", "u": "integers", "f": "numbers", "b": "booleans"}
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


def _one_of_kind(text, kind):
    """``text`` as a value of ``kind`` (a numpy dtype kind); ValueError when it is not one."""
    if kind in "iu":
        try:
            return int(text)
        except ValueError:
            value = float(text)  # "2.0" is the class 2; "2.5" is no class of integers
            if not value.is_integer():
                raise
            return int(value)
    if kind == "f":
        return float(text)
    if kind == "b":
        key = text.strip().lower()
        if key not in _TRUE + _FALSE:
            raise ValueError(text)
        return key in _TRUE
    return text


def _same_kind(values, column, option):
    """Convert ``--labels``/``--pos-label`` text to the kind of the ``--true`` column (ints stay ints)."""
    import numpy as np

    if any(v == "" for v in values):
        raise SystemExit(f"error: {option} has an empty item; pass class values separated by commas, e.g. a,b.")
    kind = column.dtype.kind
    out = []
    for text in values:
        try:
            out.append(_one_of_kind(text, kind))
        except ValueError:
            shown = ", ".join(map(str, np.unique(column.to_numpy())[:10].tolist()))
            raise SystemExit(
                f"error: {option} {text!r} is not a class of --true column {column.name!r}, which holds "
                f"{_KINDS[kind]} ({shown}); pass classes of that kind."
            ) from None
    return out


def _check_output(path):
    """Fail before reading the table when ``-o`` names a folder or a file in a folder that does not exist."""
    import os

    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise SystemExit(f"error: cannot write {path!r}: it is a folder; pass a file path to -o, e.g. cm.html.")
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise SystemExit(f"error: cannot write {path!r}: {folder!r} is a file, not a folder; pass another -o path.")
    if not os.path.isdir(folder):
        raise SystemExit(
            f"error: cannot write {path!r}: the folder {folder!r} does not exist; create it or pass another -o path."
        )


def _rows_in_duckdb(path):
    """The number of rows of a Parquet or CSV file (or glob) as DuckDB counts them, or None without DuckDB."""
    lower = path.lower()
    if not lower.endswith((".parquet", ".pq", ".csv", ".csv.gz", ".tsv", ".tsv.gz")):
        return None
    try:
        import duckdb
    except ImportError:
        return None
    reader = "read_parquet" if lower.endswith((".parquet", ".pq")) else "read_csv"
    try:
        return int(duckdb.connect().sql(f"SELECT count(*) FROM {reader}(?)", params=[path]).fetchall()[0][0])
    except duckdb.Error as exc:
        text = str(exc).strip().splitlines()
        raise SystemExit(f"error: cannot read {path!r}: {text[0] if text else exc!r}") from None


def _in_duckdb(args, rows):
    """Count a table with more rows than ``--max-samples`` where it lies: only the counts come to memory."""
    from .widget import ConfusionMatrixWidget

    if args.text is not None:
        raise SystemExit(
            f"error: --text needs the rows in memory, and {args.table!r} has {rows:,} rows (more than --max-samples "
            f"{args.max_samples:,}); raise --max-samples or leave --text out."
        )
    import duckdb

    lower = args.table.lower()
    reader = "read_parquet" if lower.endswith((".parquet", ".pq")) else "read_csv"
    kwargs = {"cmap": args.cmap, "normalize": args.normalize}
    try:
        head = duckdb.connect().sql(f"SELECT * FROM {reader}(?) LIMIT 1000", params=[args.table]).df()
        if args.labels is not None or args.pos_label is not None:
            y_true = _column(head, args.true, "--true")
            if args.labels is not None:
                kwargs["labels"] = _same_kind([s.strip() for s in args.labels.split(",")], y_true, "--labels")
            if args.pos_label is not None:
                kwargs["pos_label"] = _same_kind([args.pos_label.strip()], y_true, "--pos-label")[0]
        if args.score is None and (args.threshold is not None or args.pos_label is not None):
            raise SystemExit("error: --threshold and --pos-label go with --score, not --pred")
        w = ConfusionMatrixWidget.from_dataframe(
            args.table, args.true, args.pred, y_score=args.score, threshold=args.threshold, **kwargs
        )
        w.to_html(args.output, max_samples=args.max_samples)
    except (ValueError, TypeError, RuntimeError, duckdb.Error) as exc:
        raise SystemExit(f"error: {exc}") from None
    except OSError as exc:
        raise SystemExit(f"error: cannot write {args.output!r} (-o): {exc.strerror or exc}") from None
    print(f"wrote {args.output}: {rows:,} rows counted in DuckDB, {len(w.classes)} classes", file=sys.stderr)
    return 0


def main(argv=None):
    args = _parser().parse_args(argv)
    _check_output(args.output)
    rows = _rows_in_duckdb(args.table)
    if rows is not None and rows > args.max_samples:
        return _in_duckdb(args, rows)
    labels = [c for c in (args.true, args.pred) if c is not None]
    try:
        df = _read(args.table, labels, [args.score] if args.score is not None else [])
    except (OSError, ValueError, ImportError) as exc:
        raise SystemExit(f"error: cannot read {args.table!r}: {exc}") from None
    from .widget import ConfusionMatrixWidget

    y_true = _complete(_column(df, args.true, "--true"), "--true")
    kwargs = {"cmap": args.cmap, "normalize": args.normalize}
    if args.labels is not None:
        kwargs["labels"] = _same_kind([s.strip() for s in args.labels.split(",")], y_true, "--labels")
    if args.text is not None:
        kwargs["samples"] = _column(df, args.text, "--text").astype(str).tolist()
    try:
        if args.score is not None:
            if args.pos_label is not None:
                kwargs["pos_label"] = _same_kind([args.pos_label.strip()], y_true, "--pos-label")[0]
            scores = _numbers(_column(df, args.score, "--score"), "--score")
            w = ConfusionMatrixWidget(y_true, y_score=scores, threshold=args.threshold, **kwargs)
        else:
            if args.threshold is not None or args.pos_label is not None:
                raise SystemExit("error: --threshold and --pos-label go with --score, not --pred")
            w = ConfusionMatrixWidget(y_true, _complete(_column(df, args.pred, "--pred"), "--pred"), **kwargs)
        w.to_html(args.output, max_samples=args.max_samples)
    except (ValueError, TypeError) as exc:
        raise SystemExit(f"error: {exc}") from None
    except OSError as exc:
        raise SystemExit(f"error: cannot write {args.output!r} (-o): {exc.strerror or exc}") from None
    print(f"wrote {args.output}: {len(df):,} rows, {len(w.classes)} classes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
