"""Helpers for the tests that take scikit-learn as the oracle."""

import warnings

from hypothesis import HealthCheck, settings

ORACLE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def quiet(fn, *args, **kwargs):
    """Call a scikit-learn metric with its warnings (undefined metric, one class) silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)
