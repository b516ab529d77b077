"""What leaves the kernel: the figure, the offline HTML file, the saved view."""

from __future__ import annotations

import numbers
import os
import pathlib
from typing import Any

import numpy as np

from .. import _engine
from .._engine import multiclass as _multiclass
from .._engine.other import OTHER
from ._base import (
    NOTEBOOK_MAX_SAMPLES,
    Feature,
)


class OutputFeature(Feature):
    """What leaves the kernel: the figure, the offline HTML file, the saved view."""

    def to_figure(self, ax: Any = None, **kwargs: Any) -> Any:
        """A static matplotlib Figure of the current view (see :func:`cm_widget._export.figure.draw`)."""
        from .._export.figure import draw

        return draw(self._static_view(), ax=ax, **kwargs)

    def savefig(self, path: str | os.PathLike[str], **kwargs: Any) -> None:
        """Save the static figure to ``path`` (any format matplotlib writes)."""
        import matplotlib.pyplot as plt

        fig = self.to_figure()
        try:
            fig.savefig(path, **{"bbox_inches": "tight", **kwargs})
        finally:
            plt.close(fig)

    def to_html(
        self, path: str | os.PathLike[str] | None = None, *, max_samples: int = 2_000_000, previews: bool = True
    ) -> str | None:
        """One self-contained, interactive HTML file of this matrix; no kernel, no network.

        Normalisation, colormaps, renaming, zoom, the threshold slider (exact counts at
        every float32 threshold) and clicks on cells (their sample indices and previews)
        all work in the file. Above ``max_samples`` samples, only the counts are kept.

        Parameters
        ----------
        path : str or a path-like object, optional
            Where to write the file; without it the HTML is returned as a string.
        max_samples : int, default 2_000_000
        previews : bool, default True
            Embed the previews (``samples=``) of the first page of every cell.
        """
        from .._export import html_document

        if isinstance(max_samples, bool) or not isinstance(max_samples, numbers.Integral) or max_samples < 0:
            raise TypeError(f"max_samples must be a non-negative int; got {max_samples!r}.")
        text = html_document(self, max_samples=int(max_samples), previews=bool(previews))
        if path is None:
            return text
        pathlib.Path(path).write_text(text, encoding="utf-8")
        return None

    def _repr_mimebundle_(self, **kwargs):
        # The saved output carries a kernel-free view: a plain table where no script runs
        # (GitHub), the interactive page where scripts run (nbconvert, nbviewer), and in
        # JupyterLab and Notebook 7 where the widget's model is missing (a reopened notebook).
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        from .._export import notebook_bundle

        return notebook_bundle(self, data, max_samples=NOTEBOOK_MAX_SAMPLES, previews=self._embed_previews), metadata

    def _static_view(self):
        from .._export.figure import StaticView

        # As displayed, read through the public order API: in display order, rolled up at the groups level.
        order = self.class_order
        if self.level == "groups":
            group_order = self.group_order
            counts = self.group_counts[np.ix_(group_order, group_order)]
            labels = [self.groups[g] for g in group_order]
        else:
            counts = self._shown_counts()[np.ix_(order, order)]
            labels = [self.display_labels[c] for c in order]
        columns = None
        if self._abstaining() and self.level == "classes":  # the abstained column last, rows in display order
            counts = np.column_stack((counts, self.counts[order, len(self._classes)]))
            columns = [*labels, _multiclass.ABSTAINED]
        top = self.top_classes
        if self.level == "classes" and top is not None and top < len(self._classes):
            # the first classes, the hidden ones gathered in "(other)" (the abstained column last)
            counts = np.asarray(self.display_counts)
            labels = [*(self.display_labels[c] for c in order[:top]), OTHER]
            columns = [*labels, _multiclass.ABSTAINED] if self._abstaining() else None
        totals = self._totals()
        if totals is not None and self.level == "classes":  # rows and columns in display order
            totals = (totals[0][order], totals[1][order], totals[2])
        return StaticView(
            values=_engine.normalize(counts, self.normalize, totals),
            counts=counts,
            labels=labels,
            colormap=self._colormap,
            normalize=self.normalize,
            values_format=self.values_format,
            errors_only=self.errors_only,
            column_labels=columns,
            totals=self._margin_totals(counts, self.level),
            scale=self.cmap_scale,
        )
