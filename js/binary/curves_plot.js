// Geometry of a curve plot on the page: where its inner square lies in client pixels.

/** `rect` from getBoundingClientRect of the plot's svg; `plot` = {size, pad} in svg units. */
export function curvePlotGeometry(rect, plot) {
  const scale = rect.width > 0 ? rect.width / plot.size : 1;
  return { x0: rect.left + plot.pad * scale, y0: rect.top + plot.pad * scale, inner: (plot.size - 2 * plot.pad) * scale };
}
