"""Tables: frames in memory (pandas, polars, arrow) and engines where the data lives (Dask, Spark)."""
