"""``python -m cm_widget``: a confusion matrix of a CSV or Parquet file, as one interactive HTML file.

Example::

    python -m cm_widget predictions.csv --true label --pred pred -o cm.html
    python -m cm_widget scored.parquet --true label --score p_yes --threshold 0.3 -o cm.html
"""

from __future__ import annotations

import argparse
import sys


def _parser():
    p = argparse.ArgumentParser(
        prog="python -m cm_widget",
        description="Write an interactive confusion matrix of a table's columns to one self-contained HTML file.",
    )
    p.add_argument("table", help="a .csv (or .csv.gz, .tsv) or .parquet file with one row per sample")
    p.add_argument("--true", required=True, metavar="COLUMN", help="column of the true labels")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--pred", metavar="COLUMN", help="column of the predicted labels")
    group.add_argument("--score", metavar="COLUMN", help="column of binary scores (probability of the positive class)")
    p.add_argument("--threshold", type=float, help="threshold for --score (default 0.5 for probabilities, else 0)")
    p.add_argument("--pos-label", metavar="VALUE", help="the class --score is for (default: the last sorted class)")
    p.add_argument("--labels", metavar="A,B,...", help="classes to show, in this order")
    p.add_argument("--normalize", choices=["true", "pred", "all"], help="normalise over rows, columns or all")
    p.add_argument("--cmap", default="Blues", help="matplotlib colormap name (default Blues)")
    p.add_argument("--text", metavar="COLUMN", help="column of texts previewed for a clicked cell")
    p.add_argument("--max-samples", type=int, default=2_000_000, help="keep cell contents up to this many rows")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="the HTML file to write")
    return p


def _read(path):
    import pandas as pd

    lower = path.lower()
    if lower.endswith((".parquet", ".pq")):
        return pd.read_parquet(path)
    if lower.endswith((".tsv", ".tsv.gz")):
        return pd.read_csv(path, sep="\t")
    return pd.read_csv(path)


def _column(df, name, option):
    if name not in df.columns:
        shown = ", ".join(map(str, list(df.columns)[:20]))
        raise SystemExit(f"error: {option} {name!r} is not a column of the table; its columns are: {shown}")
    return df[name]


def _same_kind(values, column):
    """Convert ``--labels``/``--pos-label`` text to the column's kind (ints stay ints)."""
    if column.dtype.kind in "iu":
        return [int(v) for v in values]
    if column.dtype.kind == "f":
        return [float(v) for v in values]
    if column.dtype.kind == "b":
        return [v.strip().lower() in ("1", "true", "yes") for v in values]
    return values


def main(argv=None):
    args = _parser().parse_args(argv)
    try:
        df = _read(args.table)
    except (OSError, ValueError, ImportError) as exc:
        raise SystemExit(f"error: cannot read {args.table!r}: {exc}") from None
    from .widget import ConfusionMatrixWidget

    y_true = _column(df, args.true, "--true")
    kwargs = {"cmap": args.cmap, "normalize": args.normalize}
    if args.labels is not None:
        kwargs["labels"] = _same_kind([s.strip() for s in args.labels.split(",")], y_true)
    if args.text is not None:
        kwargs["samples"] = _column(df, args.text, "--text").astype(str).tolist()
    try:
        if args.score is not None:
            if args.pos_label is not None:
                kwargs["pos_label"] = _same_kind([args.pos_label], y_true)[0]
            w = ConfusionMatrixWidget(
                y_true, y_score=_column(df, args.score, "--score"), threshold=args.threshold, **kwargs
            )
        else:
            if args.threshold is not None or args.pos_label is not None:
                raise SystemExit("error: --threshold and --pos-label go with --score, not --pred")
            w = ConfusionMatrixWidget(y_true, _column(df, args.pred, "--pred"), **kwargs)
        w.to_html(args.output, max_samples=args.max_samples)
    except (ValueError, TypeError) as exc:
        raise SystemExit(f"error: {exc}") from None
    print(f"wrote {args.output}: {len(df):,} rows, {len(w.classes)} classes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
