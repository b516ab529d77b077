"""Colour tables: a matplotlib colormap as 256 RGBA entries, and readable text on them."""

from __future__ import annotations

import numpy as np

#: Colormaps offered in the widget's dropdown (each also reversed with "_r").
CURATED_CMAPS = (
    "Blues",
    "Greens",
    "Oranges",
    "Purples",
    "Reds",
    "Greys",
    "viridis",
    "plasma",
    "inferno",
    "magma",
    "cividis",
    "YlGnBu",
    "YlOrRd",
    "RdPu",
    "BuPu",
)

LUT_SIZE = 256


def resolve_cmap(cmap):
    """Return ``(name, Colormap)`` for a colormap name or object; raise a clear error otherwise."""
    import matplotlib

    if isinstance(cmap, str):
        try:
            return cmap, matplotlib.colormaps[cmap]
        except KeyError:
            raise ValueError(
                f"cmap={cmap!r} is not a matplotlib colormap; use a name such as 'Blues', 'viridis' "
                f"or 'Blues_r' (see matplotlib.colormaps)."
            ) from None
    if isinstance(cmap, matplotlib.colors.Colormap):
        return cmap.name, cmap
    raise TypeError(f"cmap must be a colormap name or a matplotlib Colormap; got {type(cmap).__name__}.")


def lookup_table(colormap, size=LUT_SIZE):
    """``(size, 4)`` uint8 RGBA samples of a matplotlib Colormap from 0 to 1."""
    rgba = colormap(np.linspace(0.0, 1.0, size))
    return np.round(rgba * 255).astype(np.uint8)


def _relative_luminance(rgb):
    c = rgb.astype(np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def light_text(lut):
    """1 where white text reads better than black on that colour (WCAG contrast), else 0."""
    lum = _relative_luminance(lut[:, :3])
    contrast_white = 1.05 / (lum + 0.05)
    contrast_black = (lum + 0.05) / 0.05
    return (contrast_white > contrast_black).astype(np.uint8)


def color_indices(values, vmin, vmax, size=LUT_SIZE):
    """Map values to ``uint8`` indices into a lookup table of ``size`` entries."""
    values = np.asarray(values, dtype=np.float64)
    span = vmax - vmin
    if span <= 0:
        return np.zeros(values.shape, dtype=np.uint8)
    scaled = (values - vmin) * ((size - 1) / span)
    np.clip(scaled, 0, size - 1, out=scaled)
    return np.rint(scaled).astype(np.uint8)
