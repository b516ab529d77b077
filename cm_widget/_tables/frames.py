"""``ConfusionMatrixWidget.from_dataframe``: columns of a table, wherever the table lives.

pandas, polars (DataFrame or LazyFrame) and pyarrow tables are in the kernel's memory:
their columns go through the usual door (:func:`cm_widget._inputs.build_record`), as
arrays would. Dask and Spark DataFrames are counted where they live
(:mod:`cm_widget._tables.remote`). Each library is imported only when the table is one of its own.
"""

from __future__ import annotations

import os

import numpy as np

from .. import _engine, _inputs, _options
from . import remote as _remote
from . import scores as _scores
from . import table_build as _build

#: Options of the widget that from_dataframe passes on.


class IdConfusion:
    """An in-memory engine whose cells list the values of an id column instead of row positions.

    It wraps a :class:`_engine.Confusion` (every other question goes to it unchanged).
    """

    def __init__(self, record, ids):
        self._inner = _engine.Confusion.from_record(record)
        self.ids = ids

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def indices(self, i, j, threshold=None):
        return _engine.read_only(self.ids[self._inner.indices(i, j, threshold)])

    def page(self, i, j, offset, size, threshold=None):
        total, rows = self._inner.page(i, j, offset, size, threshold)
        return total, self.ids[rows]

    def row_page(self, i, j, offset, size, threshold=None):
        """The page of the cell as row positions (what previews of ``samples=`` are looked up by)."""
        return self._inner.page(i, j, offset, size, threshold)


def from_dataframe(cls, df, y_true, y_pred, *, y_score, id, labels, sample_weight, bins, options):
    """Build the widget ``cls`` from the columns of ``df`` (see ``ConfusionMatrixWidget.from_dataframe``)."""
    _options.check(_options.FROM_DATAFRAME, options)
    if y_pred is None and y_score is None:
        raise TypeError(
            "Pass the predictions: y_pred= (a column of predicted labels) or y_score= (a column of scores)."
        )
    if y_pred is not None and y_score is not None:
        raise TypeError("Pass either y_pred= (a column of labels) or y_score= (a column of scores), not both.")
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or not 2 <= bins <= 2**20:
        raise ValueError(f"bins must be an int from 2 to {2**20} (score edges per true class); got {bins!r}.")
    cols = _remote.Columns(y_true=y_true, y_pred=y_pred, y_score=y_score, weight=sample_weight, id=id)
    pos_label = options.pop("pos_label", None)
    widget = cls.__new__(cls)
    backend = backend_for(df)
    if backend is not None:
        if options.get("samples") is not None:
            raise TypeError(
                f"samples= is not available for a {backend.name} table (its rows stay in "
                f"{backend.name}); pass id= to list the ids of a cell's rows."
            )
        settings = {
            "labels": labels,
            "pos_label": pos_label,
            "bins": int(bins),
            "thresholds": (options.get("threshold"),),
        }
        if _scores.wants_scores(backend, y_score):  # (n, K) scores: K columns or one list column
            settings.pop("bins"), settings.pop("thresholds")
            if options.get("slices") is not None:  # the grouped counts keyed on the slice column too
                record, engine, options["slices"] = _scores.build(
                    backend, cols, y_score, slices=options["slices"], **settings
                )
            else:
                record, engine = _scores.build(backend, cols, y_score, **settings)
        elif options.get("slices") is not None:  # one grouped count keyed on the slice column too
            from . import sliced as _sliced

            record, engine, options["slices"] = _sliced.build(backend, cols, options["slices"], **settings)
        else:
            record, engine = _build.build(backend, cols, **settings)
        widget._start(record, engine=engine, **options)
        return widget
    many = isinstance(y_score, (list, tuple))
    if many:  # one column per class: read each, then stack them
        cols.y_score = None
    arrays = _columns(df, cols)
    if many:
        if not y_score:
            raise TypeError("y_score must be a column name or a non-empty list of column names (one per class).")
        read = [_columns(df, _remote.Columns(y_true=c))["y_true"] for c in y_score]
        arrays["y_score"] = np.column_stack([np.asarray(a, dtype=np.float64) for a in read])
    elif arrays.get("y_score") is not None and np.asarray(arrays["y_score"]).dtype == object:
        arrays["y_score"] = _stack_lists(arrays["y_score"])
    if isinstance(options.get("slices"), str):  # a column of the table: one matrix per value
        options["slices"] = _columns(df, _SliceColumn(options["slices"]))["slices"]
    record = _inputs.build_record(
        arrays["y_true"],
        arrays.get("y_pred"),
        y_score=arrays.get("y_score"),
        labels=labels,
        pos_label=pos_label,
        sample_weight=arrays.get("sample_weight"),
    )
    engine = IdConfusion(record, arrays["id"]) if id is not None else None
    widget._start(record, engine=engine, **options)
    return widget


# ------------------------------------------------------------ in memory


def _kind(df):
    module = type(df).__module__ or ""
    if module.startswith("pandas") and hasattr(df, "columns") and hasattr(df, "iloc"):
        return "pandas"
    if module.startswith("polars") and type(df).__name__ in ("DataFrame", "LazyFrame"):
        return "polars"
    if module.startswith("pyarrow") and hasattr(df, "column_names") and hasattr(df, "column"):
        return "arrow"
    raise TypeError(
        f"df must be a table: a pandas or polars DataFrame, a polars LazyFrame, a pyarrow Table, a DuckDB "
        f"relation, a Dask, Spark or SQLFrame DataFrame, an Ibis table, or the path of Parquet or CSV files; got {type(df).__module__}.{type(df).__name__}. For arrays, use "
        f"ConfusionMatrixWidget(y_true, y_pred, ...)."
    )


def _columns(df, cols):
    """The chosen columns as arrays, by argument name (no copy where the column allows it)."""
    kind = _kind(df)
    named = cols.named()
    for arg, name in named.items():
        if not isinstance(name, str):
            raise TypeError(f"{arg} must be a column name (str); got {name!r}.")
    names = (
        list(df.collect_schema().names())
        if kind == "polars"
        else list(df.column_names if kind == "arrow" else df.columns)
    )
    for arg, name in named.items():
        if name not in names:
            raise ValueError(f"{arg}={name!r} is not a column of the table; its columns are {names[:30]}.")
    if kind == "polars" and type(df).__name__ == "LazyFrame":
        df = df.select(list(dict.fromkeys(named.values()))).collect()
    read = {"pandas": _pandas_column, "polars": _polars_column, "arrow": _arrow_column}[kind]
    return {arg: read(df, name, arg) for arg, name in named.items()}


def _stack_lists(column):
    """A column of lists (or arrays) of scores as an (n, K) array; other columns as they are."""
    values = np.asarray(column, dtype=object)
    if len(values) and all(isinstance(v, (list, tuple, np.ndarray)) for v in values[:100]):
        lengths = {len(v) for v in values}
        if len(lengths) != 1:
            raise ValueError(
                f"y_score column holds lists of different lengths ({sorted(lengths)[:5]}); each row needs one score "
                f"per class."
            )
        return np.stack([np.asarray(v, dtype=np.float64) for v in values])
    return column


class _SliceColumn:
    """The column that ``slices=`` names, read as the other columns are."""

    def __init__(self, name):
        self.name = name

    def named(self):
        return {"slices": self.name}


def _missing_error(arg, name, n_missing):
    return ValueError(
        f"{arg} column {name!r} has {n_missing} missing values (null); drop or fill them before building the matrix."
    )


def _pandas_column(df, name, arg):
    s = df[name]
    if arg == "id":
        n_missing = int(s.isna().sum())
        if n_missing:
            raise _missing_error(arg, name, n_missing)
        return s.to_numpy()
    return s  # the door reads pandas Series itself (categoricals encoded for free, missing values named)


def _polars_column(df, name, arg):
    import polars as pl

    s = df.get_column(name)
    if s.null_count():
        raise _missing_error(arg, name, s.null_count())
    if isinstance(s.dtype, (pl.Categorical, pl.Enum)):
        s = s.cast(pl.String)
    return s.to_numpy()


def _arrow_column(df, name, arg):
    import pyarrow as pa

    col = df.column(name)
    if col.null_count:
        raise _missing_error(arg, name, col.null_count)
    if pa.types.is_dictionary(col.type):
        col = col.cast(col.type.value_type)
    return col.to_numpy()


def backend_for(df):
    """The backend of a table that lives in an engine (DuckDB, Dask, Spark, Ibis, SQLFrame), or None.

    A path or a glob of Parquet or CSV files (str or ``os.PathLike``) is read by DuckDB, where it lies.
    """
    from . import lazy

    if isinstance(df, (str, os.PathLike)):
        return _files(os.fspath(df))
    module = type(df).__module__ or ""
    if module.startswith(("pandas", "polars", "pyarrow", "numpy", "builtins")):
        return None  # in the kernel's memory: the columns go through the usual door
    try:
        frame = lazy.lazy_frame(df)
    except ImportError:
        if module.startswith(("dask", "pyspark", "duckdb", "ibis", "sqlframe")):
            raise ImportError(
                f"Counting a {type(df).__name__} where it lives needs narwhals: pip install 'cm_widget[tables]'."
            ) from None
        return None
    if frame is None:
        return None
    impl = frame.implementation
    return lazy.LazyBackend(frame, lazy.ENGINE_NAMES[str(getattr(impl, "value", impl))])


#: DuckDB's working memory when it reads files in the kernel's process.
FILE_MEMORY = "256MB"


def _files(path):
    """A DuckDB relation over the Parquet or CSV files at ``path`` (a glob may name many)."""
    from . import lazy

    try:
        import duckdb
    except ImportError:
        raise ImportError(
            f"Reading {path!r} where it lies needs DuckDB: pip install duckdb (or cm_widget[tables]); or pass a "
            f"DataFrame you loaded."
        ) from None
    lower = path.lower()
    # DuckDB runs inside the kernel: a bounded working memory keeps the kernel small (aggregates
    # and sorts beyond it spill to disk rather than grow the process)
    con = duckdb.connect(config={"memory_limit": FILE_MEMORY})
    try:
        if lower.endswith((".parquet", ".pq")):
            relation = con.read_parquet(path)
        elif lower.endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz", ".txt")):
            relation = con.read_csv(path)
        else:
            raise ValueError(
                f"df={path!r} is a path but not a Parquet (.parquet, .pq) or CSV (.csv, .tsv, .csv.gz) file or glob; "
                f"pass such a path, or a DataFrame."
            )
    except duckdb.Error as exc:
        text = str(exc).strip().splitlines()
        raise ValueError(f"DuckDB could not read df={path!r}: {text[0] if text else exc!r}") from None
    frame = lazy.lazy_frame(relation)
    return lazy.LazyBackend(frame, "DuckDB", native=con)
