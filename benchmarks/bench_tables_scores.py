"""Slices and (n, K) scores of a table in DuckDB: builds next to the labels build, measured in one run.

A Parquet file of ``--n`` rows is written once by DuckDB (labels of K classes, predicted labels, a
binary label and score, a slice column of 50 values, K score columns and the same scores as one
list column), then read where it lies. Prints the median of ``--repeat`` builds of each kind and
its ratio to the labels build (``y_pred=``); asserts no time.

    python benchmarks/bench_tables_scores.py --n 10_000_000
    python benchmarks/bench_tables_scores.py --n 100_000_000 --repeat 1
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from bench_scale import timed  # the same medians as the scale benchmark (its folder is on sys.path)

from cm_widget import ConfusionMatrixWidget as W


def write(path, n, k, slices):
    import duckdb

    scores = ", ".join(f"round(random(), 3) AS p{c}" for c in range(k))
    listed = ", ".join(f"p{c}" for c in range(k))
    con = duckdb.connect()
    con.execute(f"""
        COPY (
            SELECT *, [{listed}] AS probs FROM (
                SELECT
                    (hash(i) % {k})::INTEGER AS label,
                    CASE WHEN random() < 0.7 THEN (hash(i) % {k})::INTEGER ELSE (random() * {k})::INTEGER % {k} END
                        AS pred,
                    (hash(i) % 2)::INTEGER AS yb,
                    round(random() * 0.7 + 0.3 * (hash(i) % 2), 4) AS s,
                    'slice ' || ((hash(i * 7) % {slices})::INTEGER) AS grp,
                    {scores}
                FROM range({n}) t(i)
            )
        ) TO '{path}' (FORMAT parquet)
    """)
    con.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=lambda s: int(s.replace("_", "")), default=10_000_000)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--slices", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    k = args.k
    columns = [f"p{c}" for c in range(k)]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "rows.parquet")
        t = time.perf_counter()
        write(path, args.n, k, args.slices)
        print(
            f"DuckDB, {args.n:,} rows, K = {k}, {args.slices} slices (file written in {time.perf_counter() - t:.1f} s)"
        )
        builds = [
            ("labels (y_pred=)", lambda: W.from_dataframe(path, "label", "pred")),
            ("labels, slices=", lambda: W.from_dataframe(path, "label", "pred", slices="grp")),
            ("binary (y_score=)", lambda: W.from_dataframe(path, "yb", y_score="s")),
            ("binary, slices=", lambda: W.from_dataframe(path, "yb", y_score="s", slices="grp")),
            (f"(n, K): {k} columns", lambda: W.from_dataframe(path, "label", y_score=columns)),
            ("(n, K): a list column", lambda: W.from_dataframe(path, "label", y_score="probs")),
        ]
        W.from_dataframe(path, "label", "pred", slices="grp")  # warm up: imports and the first read are not a build
        rows, widgets = [], {}
        for name, build in builds:
            seconds, widgets[name] = timed(build, args.repeat)
            rows.append((name, seconds))
        base = rows[0][1]
        width = max(len(r[0]) for r in rows)
        for name, seconds in rows:
            print(f"  {name:<{width}}  {seconds:9.3f} s  {seconds / base:6.2f} x the labels build")
        # the labels build is one grouped count (the classes are read off the cells' labels); it used to
        # read each column's distinct labels first: those two queries are measured next to it
        backend = widgets["labels (y_pred=)"]._engine.backend
        each = timed(lambda: [backend.distinct([c], 2000) for c in ("label", "pred")], args.repeat)[0]
        print(
            f"  {'labels, distinct first':<{width}}  {base + each:9.3f} s  {(base + each) / base:6.2f} x the labels"
            f" build (two more queries: {each:.3f} s)"
        )
        w = widgets[f"(n, K): {k} columns"]
        moves = iter([2, 3, 1, 4, 5] * args.repeat)
        top_k = timed(lambda: setattr(w, "top_k", next(moves)), args.repeat)[0]
        values = iter([0.5 + 0.01 * j for j in range(3 * args.repeat)])
        abstain = timed(lambda: setattr(w, "abstain", next(values)), args.repeat)[0]
        sliced = widgets["binary, slices="]
        thresholds = iter([0.41234 + 0.001 * j for j in range(3 * args.repeat)])
        off_edge = timed(lambda: setattr(sliced, "threshold", next(thresholds)), args.repeat)[0]
        print(f"  {'top_k change':<{width}}  {top_k * 1e3:9.3f} ms (no query: the grouped count holds every top-k)")
        print(f"  {'abstain change':<{width}}  {abstain:9.3f} s  {abstain / base:6.2f} x the labels build (one query)")
        print(
            f"  {'threshold off edge, slices':<{width}}  {off_edge:9.3f} s  {off_edge / base:6.2f} x the labels build"
        )


if __name__ == "__main__":
    main()
