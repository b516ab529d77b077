"""The interface every engine answers."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Engine(Protocol):
    """What every engine answers: :class:`Confusion`, ``ScoredConfusion`` (abstain, top-k),
    ``MultilabelConfusion``, the table engines (``TableConfusion``, ``IdConfusion``).

    Cells are addressed by class position ``(i, j)``; ``threshold`` is the binary threshold, ignored
    by engines without binary scores. Returned arrays are read-only or copies.
    """

    n_classes: int
    weights: np.ndarray | None

    @property
    def view_key(self) -> Any:
        """The settings besides the threshold that the counts depend on (None: none)."""

    @property
    def has_samples(self) -> bool:
        """Whether cells list samples (a matrix from counts has none)."""

    @property
    def is_binary_scores(self) -> bool:
        """Whether a threshold decides the predictions."""

    def counts(self, threshold: float | None = None) -> np.ndarray:
        """(K, K) counts, (K, K + 1) with an abstained column."""

    def metrics(self, threshold: float | None = None) -> dict[str, Any]:
        """Per-class and summary metrics (:func:`class_metrics`)."""

    def indices(self, i: int, j: int, threshold: float | None = None) -> np.ndarray:
        """The cell's samples, ascending (or its ids)."""

    def page(self, i: int, j: int, offset: int, size: int, threshold: float | None = None) -> tuple[int, np.ndarray]:
        """(cell size, ``size`` of its samples from ``offset``)."""

    def row_page(
        self, i: int, j: int, offset: int, size: int, threshold: float | None = None
    ) -> tuple[int, np.ndarray]:
        """:meth:`page` as sample positions (what previews are looked up by)."""

    def drop_indexes(self) -> None:
        """Forget the indexes built for clicks and thresholds."""
