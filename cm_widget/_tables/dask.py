"""The Dask side of :mod:`cm_widget._tables.remote`: each question is one tree reduction over partitions.

Imported only when the table is a Dask DataFrame. A partition (a pandas frame, on a
worker) is reduced to a small summary (codes and counts, bin counts, a few ids); the
summaries are combined pairwise on the workers, so only the last one reaches the kernel.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .base import EngineError, stats_of

#: Summaries combined per task of the reduction tree.
_FAN_IN = 8


def _missing(s):
    return s.isna().to_numpy()


def _codes(s, classes):
    """The class index of each value; -1 outside ``classes``, -2 missing."""
    codes = pd.Index(classes).get_indexer(pd.Index(s)).astype(np.int64)
    codes[_missing(s)] = -2
    return codes


def _weights(part, cols):
    if cols.weight is None:
        return np.ones(len(part))
    return part[cols.weight].to_numpy(dtype=np.float64, na_value=np.nan)


def _scores(part, cols):
    return part[cols.y_score].to_numpy(dtype=np.float64, na_value=np.nan)


def _weight_check(w):
    bad = ~np.isfinite(w)
    return int(bad.sum()), float(w[~bad].min()) if (~bad).any() else 0.0


def _sum(*parts):
    return tuple(sum(items) for items in zip(*parts)) if isinstance(parts[0], tuple) else sum(parts)


# ---------------------------------------------------------------- chunks (run on the workers)


def _distinct_chunk(part, names, limit):
    out = {}
    for name in names:
        s = part[name]
        values = pd.unique(s.dropna().to_numpy())
        out[name] = (set(values[: limit + 1].tolist()), bool(_missing(s).any()))
    return out


def _distinct_combine(*parts, limit):
    out = {}
    for part in parts:
        for name, (values, missing) in part.items():
            seen, was = out.get(name, (set(), False))
            seen = seen | values
            out[name] = (set(list(seen)[: limit + 1]) if len(seen) > limit else seen, was or missing)
    return out


def _grouped_chunk(part, cols, classes):
    k = len(classes)
    ct, cp = _codes(part[cols.y_true], classes), _codes(part[cols.y_pred], classes)
    agree = (ct == -1) & (cp == -1) & (part[cols.y_true].to_numpy() == part[cols.y_pred].to_numpy())
    key = ((ct + 2) * (k + 2) + (cp + 2)) * 2 + agree
    keys, inverse = np.unique(key, return_inverse=True)
    w = _weights(part, cols)
    bad, wmin = _weight_check(w)
    return (
        keys,
        np.bincount(inverse, minlength=len(keys)),
        np.bincount(inverse, weights=np.nan_to_num(w), minlength=len(keys)),
        bad,
        wmin,
    )


def _grouped_combine(*parts):
    keys = np.concatenate([p[0] for p in parts])
    uniq, inverse = np.unique(keys, return_inverse=True)
    n = np.bincount(inverse, weights=np.concatenate([p[1] for p in parts]), minlength=len(uniq))
    w = np.bincount(inverse, weights=np.concatenate([p[2] for p in parts]), minlength=len(uniq))
    return uniq, n.astype(np.int64), w, sum(p[3] for p in parts), min(p[4] for p in parts)


def _stats_chunk(part, cols, classes):
    ct, s = _codes(part[cols.y_true], classes), _scores(part, cols)
    bad = ~np.isfinite(s)
    w = _weights(part, cols)
    wbad, wmin = _weight_check(w)
    rows = []
    for code in (-2, -1, 0, 1):
        mask = ct == code
        good = s[mask & ~bad]
        rows.append(
            (
                code,
                int(mask.sum()),
                float(good.min()) if len(good) else None,
                float(good.max()) if len(good) else None,
                int((mask & bad).sum()),
            )
        )
    return rows, wbad, wmin


def _stats_combine(*parts):
    rows = {}
    for part_rows, _, _ in parts:
        for code, n, lo, hi, bad in part_rows:
            n0, lo0, hi0, bad0 = rows.get(code, (0, None, None, 0))
            lo = lo0 if lo is None else (lo if lo0 is None else min(lo, lo0))
            hi = hi0 if hi is None else (hi if hi0 is None else max(hi, hi0))
            rows[code] = (n0 + n, lo, hi, bad0 + bad)
    return ([(c, *v) for c, v in rows.items()], sum(p[1] for p in parts), min(p[2] for p in parts))


def _quantile_chunk(part, cols, classes, probs):
    ct, s = _codes(part[cols.y_true], classes), _scores(part, cols)
    out = []
    for code in (0, 1):
        mine = s[ct == code]
        out.append((np.quantile(mine, probs, method="inverted_cdf"), len(mine)) if len(mine) else (None, 0))
    return out


def _merge_quantiles(summaries, probs):
    """Quantiles of the union of several samples, each known by its quantiles at ``probs`` and its size."""
    summaries = [(q, n) for q, n in summaries if n]
    if not summaries:
        return None, 0
    if len(summaries) == 1:
        return summaries[0]
    values = np.concatenate([q for q, _ in summaries])
    mass = np.concatenate([np.full(len(q), n / len(q)) for q, n in summaries])
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(mass[order])
    total = sum(n for _, n in summaries)
    pick = np.minimum(np.searchsorted(cum, probs * total, side="left"), len(values) - 1)
    return values[order][pick], total


def _quantile_combine(*parts, probs):
    return [_merge_quantiles([p[c] for p in parts], probs) for c in (0, 1)]


def _bins_chunk(part, cols, classes, edges):
    ct, s = _codes(part[cols.y_true], classes), _scores(part, cols)
    keep = ct >= -1
    rows = np.where(ct[keep] == -1, 2, ct[keep])
    bins = np.searchsorted(edges, s[keep], side="right")  # 0 below e_0, k + 1 in [e_k, e_k+1)
    flat = rows * (len(edges) + 1) + bins
    size = 3 * (len(edges) + 1)
    counts = np.bincount(flat, minlength=size).reshape(3, -1)
    weights = np.bincount(flat, weights=np.nan_to_num(_weights(part, cols)[keep]), minlength=size).reshape(3, -1)
    return counts, weights


def _between_chunk(part, cols, classes, threshold, hi):
    s = _scores(part, cols)
    mask = s >= threshold
    if hi is not None:
        mask = mask & (s < hi)
    ct = _codes(part[cols.y_true][mask], classes)
    w = _weights(part, cols)[mask]
    rows = np.where(ct == -1, 2, ct)
    keep = ct >= -1
    return (
        np.bincount(rows[keep], minlength=3)[:3].astype(np.int64),
        np.bincount(rows[keep], weights=np.nan_to_num(w[keep]), minlength=3)[:3],
    )


def _cell_chunk(part, cols, cell, wanted):
    mask = (part[cols.y_true] == cell["true"]).to_numpy()
    if "pred" in cell:
        mask = mask & (part[cols.y_pred] == cell["pred"]).to_numpy()
    else:
        above = _scores(part, cols) >= cell["threshold"]
        mask = mask & (above if cell["positive"] else ~above)
    return _smallest(part[cols.id].to_numpy()[mask], wanted)


def _smallest(ids, wanted):
    if len(ids) > wanted:
        ids = np.partition(ids, wanted - 1)[:wanted]
    return np.sort(ids)


def _cell_combine(*parts, wanted):
    return _smallest(np.concatenate(parts), wanted)


def _outside_chunk(part, cols, classes):
    out = {}
    for name in dict.fromkeys(c for c in (cols.y_true, cols.y_pred) if c is not None):
        s = part[name]
        left = s[(_codes(s, classes) == -1)]
        for value, n in left.value_counts().items():
            out[value] = out.get(value, 0) + int(n)
    return out


def _outside_combine(*parts, limit):
    out = {}
    for part in parts:
        for value, n in part.items():
            out[value] = out.get(value, 0) + n
    return dict(sorted(out.items(), key=lambda kv: -kv[1])[:limit])


# ---------------------------------------------------------------- backend


class DaskBackend:
    name = "Dask"

    def __init__(self, df):
        self.df = df

    def _reduce(self, stage, chunk, combine, *args):
        """``combine`` of ``chunk(partition, *args)`` over every partition, as a tree on the workers."""
        import dask
        from dask.diagnostics import ProgressBar

        args = [dask.delayed(a) if isinstance(a, np.ndarray) else a for a in args]
        parts = [dask.delayed(chunk, pure=True)(p, *args) for p in self.df.to_delayed()]
        while len(parts) > 1:
            parts = [dask.delayed(combine, pure=True)(*parts[i : i + _FAN_IN]) for i in range(0, len(parts), _FAN_IN)]
        try:
            with ProgressBar(minimum=2.0):
                (result,) = dask.compute(parts[0])
        except Exception as exc:  # noqa: BLE001 - any failure in a worker
            text = str(exc).strip().splitlines()
            raise EngineError(f"Dask failed while {stage}: {text[0] if text else type(exc).__name__}") from exc
        return result

    def check_columns(self, cols):
        names = list(self.df.columns)
        for arg, name in cols.named().items():
            if not isinstance(name, str):
                raise TypeError(f"{arg} must be a column name (str) of the Dask DataFrame; got {name!r}.")
            if name not in names:
                raise ValueError(f"{arg}={name!r} is not a column of the Dask DataFrame; its columns are {names[:30]}.")
        for arg, name in (("y_score", cols.y_score), ("sample_weight", cols.weight)):
            if name is not None and not pd.api.types.is_numeric_dtype(self.df.dtypes[name]):
                raise TypeError(f"{arg} column {name!r} must hold numbers; it holds {self.df.dtypes[name]}.")
        if cols.y_pred is not None:
            kinds = {pd.api.types.is_numeric_dtype(self.df.dtypes[c]) for c in (cols.y_true, cols.y_pred)}
            if len(kinds) == 2:
                raise TypeError(
                    f"y_true column {cols.y_true!r} holds {self.df.dtypes[cols.y_true]} but y_pred column "
                    f"{cols.y_pred!r} holds {self.df.dtypes[cols.y_pred]}; pass both as the same kind of label."
                )

    def distinct(self, columns, limit):
        import functools

        names = list(dict.fromkeys(columns))
        got = self._reduce(
            "reading the distinct labels",
            _distinct_chunk,
            functools.partial(_distinct_combine, limit=limit),
            names,
            limit,
        )
        values = set().union(*(v for v, _ in got.values()))
        return list(values), {name: missing for name, (_, missing) in got.items()}

    def grouped(self, cols, classes):
        k = len(classes)
        keys, n, w, wbad, wmin = self._reduce("counting the cells", _grouped_chunk, _grouped_combine, cols, classes)
        _check_weights(cols, wbad, wmin)
        agree, pair = keys % 2, keys // 2
        ct, cp = pair // (k + 2) - 2, pair % (k + 2) - 2
        return np.column_stack([ct, cp, agree, n, w]).astype(np.float64)

    def score_stats(self, cols, classes):
        rows, wbad, wmin = self._reduce("reading the score statistics", _stats_chunk, _stats_combine, cols, classes)
        _check_weights(cols, wbad, wmin)
        return stats_of(rows)

    def quantiles(self, cols, classes, probs, sizes):
        import functools

        got = self._reduce(
            "computing the score quantiles",
            _quantile_chunk,
            functools.partial(_quantile_combine, probs=probs),
            cols,
            classes,
            probs,
        )
        return [q for q, n in got if n]

    def bin_counts(self, cols, classes, edges):
        return self._reduce("counting the scores in each bin", _bins_chunk, _sum, cols, classes, edges)

    def between(self, cols, classes, threshold, hi):
        return self._reduce("counting at a threshold", _between_chunk, _sum, cols, classes, threshold, hi)

    def cell_ids(self, cols, cell, offset, size):
        import functools

        wanted = offset + size
        ids = self._reduce(
            "listing the rows of a cell",
            _cell_chunk,
            functools.partial(_cell_combine, wanted=wanted),
            cols,
            cell,
            wanted,
        )
        return ids[offset:wanted]

    def outside_values(self, cols, classes, limit):
        import functools

        return self._reduce(
            "reading the labels left out",
            _outside_chunk,
            functools.partial(_outside_combine, limit=limit),
            cols,
            classes,
        )


def _check_weights(cols, bad, wmin):
    if cols.weight is None:
        return
    if bad:
        raise ValueError(
            f"sample_weight column {cols.weight!r} has {bad} missing or infinite weights; drop or fill them."
        )
    if wmin < 0:
        raise ValueError(
            f"sample_weight column {cols.weight!r} has negative weights (e.g. {wmin}); weights must be >= 0."
        )
