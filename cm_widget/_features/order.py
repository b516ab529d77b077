"""Many classes: display order, group roll-up, errors only. Display only: counts,
``selected`` and every index stay in class space whatever order or level is shown."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
import traitlets

from .. import _engine, _view
from .._engine import multilabel as _multilabel
from .._engine import order as ordering
from ._base import (
    Feature,
    _validate,
    _Validated,
)


class OrderFeature(Feature):
    """Many classes: display order, group roll-up, errors only. Display only: counts,"""

    # Many classes: display order, group roll-up, errors only. Display only: counts,
    # `selected` and every index stay in class space whatever order or level is shown.
    order = _Validated(
        "given",
        help="Display order: 'given', 'name', 'support', 'errors', 'cluster', or a list of every class.",
    ).tag(sync=True, to_json=lambda value, _w: value if isinstance(value, str) else "list")

    level = traitlets.Unicode("classes", help="'classes', or 'groups' (the roll-up; needs groups=).").tag(sync=True)

    errors_only = traitlets.Bool(False, help="Diagonal drawn neutral; the colour scale spans the errors.").tag(
        sync=True
    )

    selected_group = traitlets.Any(
        None, allow_none=True, help="(row, column) of the selected cell of the group roll-up, or None."
    ).tag(sync=True)

    # Page only. _order: {"dtype": "uint16"|"uint32", "classes": class positions in display
    # order, "groups": group positions in display order or None} (little-endian bytes).
    # _groups: {} or {"names": group names, "codes": the group of each class (bytes, same dtype)}.
    _order = traitlets.Dict().tag(sync=True)

    _groups = traitlets.Dict().tag(sync=True)

    _PAGE_WRITES = frozenset({"order", "level", "errors_only", "selected_group"})

    def _setup_order(self, order, groups, level, errors_only):
        self._grouping = None
        if groups is not None:
            self._grouping = ordering.make_groups(groups, self._classes.tolist(), self.display_labels)
        self.order = order
        self.level = level
        self.errors_only = errors_only
        if self._grouping is not None:
            self._groups_trait()

    def _groups_trait(self):
        self._groups = {
            "names": list(self._grouping.names),
            "codes": ordering.positions_bytes(self._grouping.codes, len(self._classes)),
        }

    def _refresh_order(self):
        """Send the page the display order (class space; the page ranks the errors itself)."""
        group_order, order = self._display_order()
        k = len(self._classes)
        self._order = {
            "dtype": ordering.position_dtype(k),
            "classes": ordering.positions_bytes(order, k),
            "groups": None if group_order is None else ordering.positions_bytes(group_order, k),
        }

    def _orders_for_page(self, cluster=True):
        """Every named order, as ``_order`` values with base64 bytes, for a page with no kernel.

        Without ``cluster``, "cluster" is left out unless scipy's clustering is loaded already
        (loading it takes about a second).
        """
        import base64
        import sys

        k = len(self._classes)

        def encode(a):
            return None if a is None else base64.b64encode(ordering.positions_bytes(a, k)).decode("ascii")

        out = {}
        cheap = cluster or "scipy.cluster.hierarchy" in sys.modules
        for how in ordering.ORDER_CHOICES:
            if how == "cluster" and not cheap:
                continue
            group_order, order = self._order_by(how)
            out[how] = {"dtype": ordering.position_dtype(k), "classes": encode(order), "groups": encode(group_order)}
        return out

    def _order_by(self, how):
        """(group order or None, class order) by the named order ``how`` at the current settings."""
        if how == self.order:
            return self._display_order()
        if self._grouping is None:
            return None, ordering.class_order(self._shown_counts(), how, self.display_labels)
        return self._grouping.order(self._shown_counts(), how, self.display_labels)

    @property
    def class_order(self) -> np.ndarray:
        """Class positions (into ``classes``) in display order (read-only).

        With groups, each group's classes sit together, groups in display order.
        """
        return _engine.read_only(self._display_order()[1])

    @property
    def groups(self) -> list[str] | None:
        """Group names in order of their first class, or None without ``groups=``."""
        return None if self._grouping is None else list(self._grouping.names)

    @property
    def group_order(self) -> np.ndarray | None:
        """Group positions (into ``groups``) in display order (read-only), or None."""
        return None if self._grouping is None else _engine.read_only(self._display_order()[0])

    @property
    def group_of(self) -> np.ndarray | None:
        """The group position of each class (read-only), or None without ``groups=``."""
        return None if self._grouping is None else _engine.read_only(self._grouping.codes)

    @property
    def group_counts(self) -> np.ndarray | None:
        """(G, G) roll-up: counts summed over the classes of each group (read-only), or None."""
        return None if self._grouping is None else _engine.read_only(self._group_rollup())

    def _group_rollup(self):
        """(G, G) counts of the group cells: summed classes, or distinct samples for multi-label."""
        engine = self._engine
        if isinstance(engine, _multilabel.MultilabelConfusion):
            # A sample counts once in a group cell, however many of the group's labels it has.
            return self._memo("group rollup", lambda: engine.group_counts(self._grouping.members))
        return self._grouping.rollup(self._shown_counts())

    def top_confusions(self, n: int = 10) -> list[tuple[Any, Any, float, float]]:
        """The ``n`` largest errors as ``[(true_label, pred_label, count, share_of_true_row)]``.

        Largest count first, ties by class position; the diagonal and empty cells
        are never listed. Labels are class values (as in ``classes``). The share is of
        every sample of the true class, abstained ones included.
        """
        if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 0:
            raise TypeError(f"n must be a non-negative int (how many confusions to list); got {n!r}.")
        values = self._classes.tolist()
        totals = self._totals()
        rows = totals[0] if totals is not None else self.counts.sum(axis=1) if self._abstaining() else None
        found = ordering.top_confusions(self._shown_counts(), int(n), row_totals=rows)
        return [(values[i], values[j], c, s) for i, j, c, s in found]

    def group_indices(self, true_group: str, pred_group: str) -> np.ndarray:
        """Ascending sample indices of the roll-up cell (true_group, pred_group), by group name."""
        if self._grouping is None:
            raise ValueError("This widget has no groups; pass groups= (class -> group name) to roll classes up.")
        if not self._engine.has_samples:
            raise ValueError("This matrix was built from counts: it has no sample indices.")
        return self._group_cell(
            self._group_index(true_group, "true_group"), self._group_index(pred_group, "pred_group")
        )

    def _group_index(self, name, argname):
        names = self._grouping.names
        if isinstance(name, str) and name in names:
            return names.index(name)
        raise ValueError(f"{argname}={name!r} is not a group; the groups are {names[:20]}.")

    def _group_cell(self, g, h):
        return self._memo("group cell", lambda: self._compute_group_cell(g, h), g, h)

    def _compute_group_cell(self, g, h):
        engine, threshold = self._engine, self.threshold
        rows, cols = self._grouping.members[g], self._grouping.members[h]
        if isinstance(engine, _multilabel.MultilabelConfusion):
            return _engine.read_only(engine.group_cell(rows, cols).astype(np.int64))
        parts = [engine.indices(int(i), int(j), threshold=threshold) for i in rows for j in cols]
        cell = np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.empty(0, dtype=np.int64)
        return _engine.read_only(cell)

    def _display_order(self):
        """(group order or None, class order) at the current settings."""
        return self._memo("display order", self._compute_display_order)

    def _compute_display_order(self):
        how = self.order
        spec = how if isinstance(how, str) else np.array([self._class_index(c, "order entry") for c in how])
        counts = self._shown_counts()
        if self._grouping is None:
            return (None, ordering.class_order(counts, spec, self.display_labels))
        return self._grouping.order(counts, spec, self.display_labels)

    @_validate("order")
    def _valid_order(self, proposal):
        value = proposal["value"]
        try:
            checked = ordering.check_order(
                value, len(self._classes), lambda item: self._class_index(item, "order entry")
            )
        except (ValueError, TypeError) as exc:
            raise traitlets.TraitError(str(exc)) from None
        if isinstance(checked, str):
            return checked
        return tuple(self._classes[checked].tolist())

    @_validate("level")
    def _valid_level(self, proposal):
        value = proposal["value"]
        if value not in ("classes", "groups"):
            raise traitlets.TraitError(f"level must be 'classes' or 'groups'; got {value!r}.")
        if value == "groups" and self._grouping is None:
            raise traitlets.TraitError("level='groups' needs groups= (a mapping or callable class -> group name).")
        if value == "groups" and getattr(self, "top_classes", None) is not None:
            raise traitlets.TraitError(
                "level='groups' rolls classes up, and top_classes shows the first classes: set top_classes=None first."
            )
        return value

    @_validate("selected_group")
    def _valid_selected_group(self, proposal):
        value = proposal["value"]
        if value is None:
            return None
        if self._grouping is None:
            raise traitlets.TraitError("selected_group needs groups= (a mapping or callable class -> group name).")
        g = len(self._grouping)
        if (
            not isinstance(value, (list, tuple))
            or len(value) != 2
            or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in value)
            or not all(0 <= v < g for v in value)
        ):
            raise traitlets.TraitError(
                f"selected_group must be None or a (row, column) pair of ints in 0..{g - 1}; got {value!r}."
            )
        return (int(value[0]), int(value[1]))

    def _group_selection_state(self, offset):
        """The selected group cell for the selection panel, as ``_view.selection_state`` gives a class cell."""
        g, h = self.selected_group
        counts = self._group_rollup()
        names = self._grouping.names
        count = counts[g, h]
        basis = _view.share_basis(self.normalize)
        totals = None
        if isinstance(self._engine, _multilabel.MultilabelConfusion):
            members = self._grouping.members
            # (rows, cols, all) as share_of indexes them: a sample counts once per group.
            totals = (
                {g: self._engine.group_support(members[g])},
                {h: self._engine.group_predicted(members[h])},
                self._engine.totals()[2],
            )
        cell = self._group_cell(g, h) if self._engine.has_samples else np.empty(0, dtype=np.int64)
        size = _view.PAGE_SIZE
        offset = max(0, min(int(offset), max(len(cell) - 1, 0)))
        offset -= offset % size
        page = cell[offset : offset + size]
        previews = [] if self._samples is None else [self._samples.preview(s) for s in page[: _view.PREVIEWS_PER_PAGE]]
        return {
            "i": g,
            "j": h,
            "group": True,
            "sentence": _view.sentence(
                count,
                names[g],
                names[h],
                _view.share_of(counts, g, h, basis, totals),
                g == h,
                weighted=self._count_is_weighted(),
                basis=basis,
            ),
            "count": float(count),
            "total": int(len(cell)),
            "offset": int(offset),
            "indices": [int(v) for v in page],
            "page_size": size,
            "previews": previews,
            "available": bool(self._engine.has_samples),
        }
