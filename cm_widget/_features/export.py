"""Export as tables: the matrix's cells, its samples, its per-class metrics (pandas DataFrames)."""

from __future__ import annotations

import csv
import io
from typing import Any

import numpy as np

from .._engine import export as _export
from ._base import Feature

FRAMES = ("cells", "samples", "metrics")


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_frame needs pandas: pip install pandas (or pip install 'cm_widget[frames]').") from None
    return pd


#: What the page's Download menu asks the kernel for: the frame, the file name.
DOWNLOADS = {"cells": ("cells", False, "confusion_matrix.csv"), "selection": ("samples", True, "selection.csv")}


def csv_text(columns: dict[str, Any]) -> str:
    """Columns as CSV (a header line, then one line per row); numbers as their shortest exact text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(columns))
    values = [np.asarray(v).tolist() for v in columns.values()]
    writer.writerows(zip(*values))
    return out.getvalue()


class ExportFeature(Feature):
    """``to_frame``: the matrix as a pandas DataFrame; the CSV files of the page's Download menu."""

    _MESSAGES = {"download": "_on_download_msg"}

    def to_frame(self, what: str = "cells", *, selected: bool = False) -> Any:
        """The matrix as a pandas DataFrame, at the current settings.

        Parameters
        ----------
        what : {"cells", "samples", "metrics"}, default "cells"
            - ``"cells"``: one row per cell, rows first: ``true``, ``predicted`` (the names shown),
              ``count`` (weighted when ``sample_weight`` is given) and ``share`` (of its true row;
              0 for an empty row). With ``abstain``, the "abstained" column is a predicted value.
            - ``"samples"``: one row per counted sample, by ``index`` (its position in your arrays,
              or its id with ``from_dataframe(..., id=)``): ``true``, ``predicted`` and, when the
              matrix comes from scores, ``score`` (binary: the score compared with the threshold;
              (n, K): the score of the class it is counted in, its top score when abstained on).
              In a multi-label matrix a sample has one row per (true, predicted) label pair.
              Samples left out by ``labels=`` are not counted and not listed.
            - ``"metrics"``: one row per class (the names shown) and the ``macro avg`` and
              ``weighted avg`` rows: ``precision``, ``recall``, ``f1-score``, ``support``, the
              numbers of scikit-learn's ``classification_report`` (0 where undefined).
        selected : bool, default False
            Keep what is selected only (``w.selected``): its cells, or its samples. Nothing
            selected gives an empty frame.

        Returns
        -------
        pandas.DataFrame
        """
        if what not in FRAMES:
            raise ValueError(f"what must be one of {list(FRAMES)}; got {what!r}.")
        if not isinstance(selected, bool):
            raise TypeError(f"selected must be True or False; got {selected!r}.")
        pd = _pandas()
        if what == "metrics":
            if selected:
                raise ValueError("selected=True keeps cells or samples; metrics are of the whole matrix.")
            return pd.DataFrame(self._metric_columns(), index=self._metric_rows())
        if what == "cells":
            return pd.DataFrame(self._cell_columns(selected))
        if not self._engine.has_samples:
            raise ValueError(self._engine.no_samples)
        return pd.DataFrame(self._sample_columns(selected))

    def _on_download_msg(self, content):
        """The page's Download menu: answer with the CSV text of ``to_frame`` (no pandas needed)."""
        what = content.get("what")
        if what not in DOWNLOADS:
            raise ValueError(f"what must be one of {sorted(DOWNLOADS)}, got {what!r}")
        frame, selected, name = DOWNLOADS[what]
        if frame == "cells":
            columns = self._cell_columns()
        elif not self._engine.has_samples:
            raise ValueError(self._engine.no_samples)
        else:
            columns = self._sample_columns(selected)
        self.send({"type": "download", "what": what, "name": name, "text": csv_text(columns)})

    # ----------------------------------------------------------------- cells

    def _cell_columns(self, selected=False):
        names = list(self.display_labels)
        columns = _export.cell_columns(self.counts, names, self._column_names(), self._totals())
        if selected:
            mask = self._selected_mask()
            columns = {key: value[mask.reshape(-1)] for key, value in columns.items()}
        return columns

    # --------------------------------------------------------------- samples

    def _sample_columns(self, selected):
        """The samples frame's columns, in order. A feature adds its own per-sample column here."""
        k, cols = len(self._classes), len(self._column_names())
        cells = self._selected_mask() if selected else np.ones((k, cols), dtype=bool)
        engine = self._engine
        found = _export.sample_cells(engine, cells, self.threshold)
        names = np.asarray(self._column_names(), dtype=object)
        columns: dict[str, Any] = {
            "index": found["labels"],
            "true": names[found["true"]],
            "predicted": names[found["pred"]],
        }
        scores = _export.sample_scores(engine, found["rows"], found["pred"])
        if scores is not None:
            columns["score"] = scores
        columns.update(self._sample_extra(found["rows"]))
        return columns

    def _sample_extra(self, rows):
        """Per-sample columns other features add to the samples frame, of the engine's ``rows``."""
        return {}

    # --------------------------------------------------------------- metrics

    def _metric_rows(self):
        return [*self.display_labels, "macro avg", "weighted avg"]

    def _metric_columns(self):
        m = self._engine.metrics(self.threshold)
        support = np.asarray(m["support"], dtype=np.float64)
        total = float(support.sum())
        out = {}
        for key, name in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
            out[name] = [*np.asarray(m[key], dtype=np.float64).tolist(), m["macro"][key], m["weighted"][key]]
        out["support"] = [*support.tolist(), total, total]
        return out
