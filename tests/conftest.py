"""Fixtures shared by the test modules."""

from tables_fixtures import dask_client, spark  # noqa: F401 - session fixtures of the table tests
