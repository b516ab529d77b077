// The colour bar: every device pixel row of the bar shows exactly one entry of the lookup table,
// the entries rising from the bottom in order, and no band overlaps another or leaves a seam.

import { test } from "node:test";
import assert from "node:assert/strict";

import { drawColorbar, lutCss } from "../../js/matrix/matrix_draw.js";
import { BAR_W } from "../../js/matrix/geometry.js";

/** A 2D context that keeps every fillRect with its style; `scale` is the device pixel ratio set on it. */
function recordingContext(scale) {
  const rects = [];
  const ctx = {
    rects,
    fillStyle: "#000", strokeStyle: "#000", font: "12px sans-serif", lineWidth: 1,
    measureText: (t) => ({ width: 7 * String(t).length }),
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
    fillRect(x, y, w, h) { rects.push({ x, y, w, h, style: ctx.fillStyle }); },
  };
  for (const name of ["strokeRect", "fillText", "beginPath", "moveTo", "lineTo", "stroke", "save", "restore",
    "translate", "rotate"]) ctx[name] = () => {};
  return ctx;
}

// 256 distinct colours, so that a drawn colour names its entry.
const LUT = new Uint8Array(1024);
for (let c = 0; c < 256; c++) LUT.set([255 - c, (c * 7) % 256, c, 255], 4 * c);
const CSS = lutCss(LUT);
const THEME = { fg: "#000", muted: "#888", border: "#ccc", bg: "#fff", family: "sans-serif" };
const font = (px) => `${px}px sans-serif`;
const near = (a, b) => Math.abs(a - b) < 1e-6;

for (const scale of [1, 1.25, 1.5, 2]) {
  for (const [y0, grid] of [[40, 640], [83, 519], [35.5, 300], [40, 200], [12, 97]]) {
    test(`colour bar at scale ${scale}, grid ${grid} from y ${y0}: one entry per device row, in order`, () => {
      const ctx = recordingContext(scale);
      const L = { x0: 70, y0, grid, width: 900, height: 900 };
      drawColorbar(ctx, L, [[0, "0"], [1, "1"]], CSS, THEME, font);
      const bands = ctx.rects.filter((r) => CSS.includes(r.style));
      assert.equal(bands.length, ctx.rects.length, "only lookup table colours are filled");
      const top = Math.round(y0 * scale);
      const bottom = Math.round((y0 + grid) * scale);
      const rows = bottom - top;
      // Which band covers each device row (0 = the bottom row); a row covered twice is a blend.
      const cover = new Array(rows).fill(null);
      for (const b of bands) {
        for (const v of [b.x * scale, (b.x + b.w) * scale, b.y * scale, (b.y + b.h) * scale]) {
          assert.ok(near(v, Math.round(v)), `band edge ${v} falls inside a device pixel`);
        }
        assert.ok(Math.abs(b.w - BAR_W) * scale <= 1, `the bar's width: ${b.w}`);
        for (let y = Math.round(b.y * scale); y < Math.round((b.y + b.h) * scale); y++) {
          const r = bottom - 1 - y;
          assert.ok(r >= 0 && r < rows, `band outside the bar at device row ${y}`);
          assert.equal(cover[r], null, `device row ${y} painted twice`);
          cover[r] = CSS.indexOf(b.style);
        }
      }
      for (let r = 0; r < rows; r++) {
        // The row's centre, as a fraction of the bar from the bottom, picks the entry.
        const want = Math.min(255, Math.floor(((r + 0.5) / rows) * 256));
        assert.equal(cover[r], want, `device row ${r} from the bottom`);
      }
    });
  }
}
