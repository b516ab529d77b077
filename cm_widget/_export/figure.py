"""Static output: a matplotlib figure, and a plain HTML table for pages without a kernel."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np

from .._colors import color_indices, light_text, lookup_table
from .._engine import scale as _scale

# Below this many points per cell, values are not written in the cells.
_MIN_TEXT_POINTS = 14
# Tick labels longer than this are cut in figures (the widget's tooltip shows the full name).
MAX_LABEL_CHARS = 40


def short_label(name, limit=MAX_LABEL_CHARS):
    """``name`` on one line, cut to ``limit`` characters with an ellipsis."""
    name = " ".join(str(name).split())
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"


@dataclass
class StaticView:
    values: np.ndarray
    counts: np.ndarray
    labels: list
    colormap: object
    normalize: str | None
    values_format: str | None
    column_labels: list | None = None  # when the columns differ from the rows (an "abstained" column)
    errors_only: bool = False
    totals: tuple | None = None  # (rows, columns, all) in the margins, display order; None: not drawn
    scale: str = "linear"  # cmap_scale: "log" spreads the positive values over the colours by their logarithm

    @property
    def columns(self):
        return self.labels if self.column_labels is None else self.column_labels


def colour_values(view):
    """(values the colours follow, their top). Errors only: the diagonal takes the scale's first
    colour, as in the page, and the scale spans the errors."""
    values = view.values
    if view.errors_only and values.size:
        values = np.array(values, dtype=np.float64)
        np.fill_diagonal(values, 0.0)
    return values, float(values.max()) if values.size else 1.0


def _log_scale(view):
    """Whether the colours follow the log scale (with errors only, the scale of the errors)."""
    return view.scale == "log"


def colour_entries(view):
    """(each cell's entry in the colormap's 256 colours, the values the colours follow, their top),
    by the rule the page colours with (:mod:`cm_widget._engine.scale`)."""
    shade, vmax = colour_values(view)
    if _log_scale(view):
        return _scale.log_color_indices(shade, _scale.positive_min(shade), vmax), shade, vmax
    return color_indices(shade, 0.0, vmax or 1.0), shade, vmax


def _format_value(v, c, view):
    if view.values_format and not (view.values_format.endswith("d") and not float(v).is_integer()):
        return format(int(v) if view.values_format.endswith("d") else v, view.values_format)
    if view.normalize is not None:
        return f"{v * 100:.1f}%"
    return f"{int(c)}" if float(c).is_integer() else f"{c:.2f}"


def draw(view, ax=None, *, colorbar=True, xticks_rotation="auto", include_values="auto"):
    """Draw like scikit-learn's ``ConfusionMatrixDisplay``, readable up to ~100 classes.

    The figure grows with the number of classes, fonts shrink, cell text is left
    out when cells are too small to hold it, and tick labels are thinned.
    """
    import matplotlib.pyplot as plt

    k = len(view.labels)
    if ax is None:
        side = float(np.clip(1.0 + 0.5 * k, 4.0, 16.0))
        fig, ax = plt.subplots(figsize=(side + 1.2, side))
    else:
        fig = ax.figure
    entries, shade, vmax = colour_entries(view)
    lut = lookup_table(view.colormap)
    if _log_scale(view):
        from matplotlib.cm import ScalarMappable
        from matplotlib.colors import LogNorm

        # The cells take the page's entries exactly; the bar shows the log scale's values.
        ax.imshow(lut[entries], interpolation="nearest")
        lo = _scale.positive_min(shade)
        im = ScalarMappable(norm=LogNorm(lo or 1.0, max(vmax, lo) or 1.0), cmap=view.colormap)
    else:
        im = ax.imshow(shade, cmap=view.colormap, vmin=0.0, vmax=vmax or 1.0, interpolation="nearest")
    if colorbar:
        cbar = fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
        if view.normalize is not None and not _log_scale(view):
            cbar.ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda t, _pos: f"{t * 100:.0f}%"))

    bbox = ax.get_window_extent().transformed(fig.dpi_scale_trans.inverted())
    cell_points = 72.0 * min(bbox.width, bbox.height) / max(k, 1)
    font = float(np.clip(cell_points * 0.3, 4.0, 11.0))
    show_values = cell_points >= _MIN_TEXT_POINTS if include_values == "auto" else bool(include_values)
    if show_values:
        light = light_text(lut)[entries]
        for i in range(k):
            for j in range(len(view.columns)):
                ax.text(
                    j,
                    i,
                    _format_value(view.values[i, j], view.counts[i, j], view),
                    ha="center",
                    va="center",
                    fontsize=font,
                    color="white" if light[i, j] else "black",
                )

    if view.totals is not None and show_values:
        _draw_totals(ax, view, font)

    step = max(1, int(np.ceil(k / 40)))
    ticks = np.arange(0, k, step)
    tick_font = float(np.clip(cell_points * step * 0.45, 5.0, 10.0))
    names = [short_label(view.labels[t]) for t in ticks]
    columns = np.arange(0, len(view.columns), step)
    column_names = [short_label(view.columns[t]) for t in columns]
    if view.totals is not None and show_values:
        ticks, names = [*ticks, k], [*names, TOTAL]
        columns, column_names = [*columns, len(view.columns)], [*column_names, TOTAL]
    # Class names are plain text: "$" must not start matplotlib's mathtext.
    ax.set_xticks(columns, column_names, fontsize=tick_font, parse_math=False)
    ax.set_yticks(ticks, names, fontsize=tick_font, parse_math=False)
    if xticks_rotation == "auto":
        slot = ax.get_window_extent().width * step / max(len(view.columns), 1)
        rotation = 0 if _widest(fig, ax.get_xticklabels()) <= 0.9 * slot else 90
    else:
        rotation = xticks_rotation
    plt.setp(ax.get_xticklabels(), rotation=rotation, ha="center" if rotation in (0, 90) else "right")
    ax.set_xlabel("Predicted label")
    ax.set_ylabel("True label")
    return fig


#: The tick label of the totals' row and column.
TOTAL = "total"


def _draw_totals(ax, view, font):
    """Each row's total right of it (x = the number of columns), each column's under it (y = K)
    and the grand total in the corner, in the page's format; the axes grow by one row and column."""
    from .._engine.margins import count_text

    rows, cols, total = view.totals
    k, c = len(view.labels), len(view.columns)
    whole = bool(np.all(np.floor(view.counts) == view.counts))
    style = {"ha": "center", "va": "center", "fontsize": font, "color": "black"}
    for i in range(k):
        ax.text(c, i, count_text(rows[i], whole), **style)
    for j in range(c):
        ax.text(j, k, count_text(cols[j], whole), **style)
    ax.text(c, k, count_text(total, whole), fontweight="bold", **style)
    ax.axvline(c - 0.5, color="0.6", linewidth=0.8)
    ax.axhline(k - 0.5, color="0.6", linewidth=0.8)
    ax.set_xlim(-0.5, c + 0.5)
    ax.set_ylim(k + 0.5, -0.5)


def _widest(fig, texts):
    """The width in pixels of the widest of ``texts`` drawn horizontally (measured when the canvas
    can measure, else estimated from its characters)."""
    get_renderer = getattr(fig.canvas, "get_renderer", None)
    renderer = get_renderer() if get_renderer is not None else None
    widest = 0.0
    for t in texts:
        if renderer is not None:
            widest = max(widest, t.get_window_extent(renderer).width)
        else:
            widest = max(widest, 0.6 * len(t.get_text()) * t.get_fontsize() * fig.dpi / 72)
    return widest


#: The colours of the static table: the colormap in this many steps.
STATIC_STEPS = 16


def static_entries(view):
    """Each cell's entry of 256 in the static table: the step of ``STATIC_STEPS`` that holds the
    page's entry, coloured as matplotlib's ``resampled(STATIC_STEPS)`` colours it (the step's
    end points: entry 0 and entry 255 kept). On the log scale the first step stays for empty cells
    only, as its first entry does: positive values take the other steps. A colormap of fewer than
    256 colours is stepped already: it keeps the page's entries."""
    idx = colour_entries(view)[0].astype(np.intp)
    if getattr(view.colormap, "N", 256) < 256:
        return idx
    last = STATIC_STEPS - 1
    if _log_scale(view):
        step = np.where(idx > 0, 1 + (idx - 1) * last // 255, 0)
    else:
        step = idx * STATIC_STEPS // 256
    return step * 255 // last


def html_table(view, max_classes=60):
    """A self-contained HTML table with coloured cells and no script (GitHub, nbviewer)."""
    k = len(view.labels)
    if k > max_classes:
        return (
            f"<p>Confusion matrix of {k} classes (the interactive widget needs a live kernel; "
            f"use <code>to_figure()</code> for a static picture).</p>"
        )
    # In STATIC_STEPS colours, most cells of a row share their row's: a few bytes a cell.
    idx = static_entries(view)
    lut = lookup_table(view.colormap)
    light = light_text(lut)
    esc = html.escape
    # A saved notebook holds one such table per output. HTML closes a cell at
    # the next one and a row at the next row, and takes the colour as a bare attribute (no quote
    # for a notebook file to escape; six hex digits read as "#" and them, HTML's rules for
    # legacy colours). Most cells of a row share one colour and one text colour: the row carries
    # its most frequent colour (cells without their own show it), and light text where most of
    # its cells take light text; its header cell keeps the page's white and dark text.
    hexes = np.array([f"{r:02x}{g:02x}{b:02x}" for r, g, b in lut[:, :3]])
    head = "".join(f"<th>{esc(name)}" for name in view.columns)
    rows = []
    for i in range(k):
        entries, counts = np.unique(idx[i], return_counts=True)
        shared = entries[np.argmax(counts)] if len(counts) and counts.max() >= 2 else None
        lit = bool(light[idx[i]].mean() > 0.5) if len(idx[i]) else False
        cells = []
        for j in range(len(view.columns)):
            at = idx[i, j]
            bg = "" if at == shared else f" bgcolor={hexes[at]}"
            fg = "" if light[at] == lit else (" style=color:#fff" if light[at] else " style=color:#000")
            text = esc(_format_value(view.values[i, j], view.counts[i, j], view))
            cells.append(f"<td{bg}{fg}>{text}")
        row = "<tr" + ("" if shared is None else f" bgcolor={hexes[shared]}") + (" style=color:#fff>" if lit else ">")
        label = "<th align=right" + ("" if shared is None else " bgcolor=#fff") + (" style=color:#000>" if lit else ">")
        rows.append(f"{row}{label}{esc(view.labels[i])}{''.join(cells)}")
    return (
        "<table class=cm-widget-static cellspacing=0 cellpadding=4 style=text-align:center>"
        "<caption>rows: true label, columns: predicted label</caption>"
        f"<tr><th>{head}{''.join(rows)}</table>"
    )
