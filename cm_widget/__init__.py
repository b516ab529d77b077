"""An interactive confusion matrix for Jupyter."""

__version__ = "0.1.0"

from .widget import ConfusionMatrixWidget


def load_ipython_extension(ipython):
    """Register the ``%confusion_matrix`` line magic (``%load_ext cm_widget``)."""
    from ._magic import load_ipython_extension as _load

    _load(ipython)


__all__ = ["ConfusionMatrixWidget", "__version__", "load_ipython_extension"]
