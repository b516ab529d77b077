// Colours on the theme's background: in a dark theme the low end of the scale fades into the
// page's background, and every cell's text has a WCAG contrast ratio of at least 4.5 with its cell.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cssRgb, contrastRatio, textColor, themedLut } from "../../js/core/colors.js";
import { lightText } from "../../js/core/derive.js";
import { domOf } from "../../js/ui/dom.js";
import { createManyClasses } from "../../js/order/many_classes.js";
import { createMatrix } from "../../js/matrix/matrix.js";
import { createState } from "../../js/core/state.js";
import { makeDom, settle, stubSource } from "./dom_env.mjs";

/** A 256-entry RGBA table running linearly from colour `a` to colour `b`. */
function ramp(a, b) {
  const lut = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) {
    for (let i = 0; i < 3; i++) lut[4 * c + i] = Math.round(a[i] + ((b[i] - a[i]) * c) / 255);
    lut[4 * c + 3] = 255;
  }
  return lut;
}

function randomLut(seed) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % 256;
  const lut = new Uint8Array(1024);
  for (let c = 0; c < 256; c++) lut.set([next(), next(), next(), 255], 4 * c);
  return lut;
}

// The ends of matplotlib's Blues (light to dark) and viridis (dark to light), a grey ramp, random tables.
const LUTS = {
  blues: ramp([247, 251, 255], [8, 48, 107]),
  viridis: ramp([68, 1, 84], [253, 231, 37]),
  greys: ramp([255, 255, 255], [0, 0, 0]),
  random1: randomLut(1),
  random2: randomLut(2),
};
// JupyterLab's light and dark --jp-layout-color1, and a near-black page.
const BACKGROUNDS = { light: "#ffffff", dark: "#212121", black: "rgb(17, 17, 17)" };

const WCAG = (rgb) => {
  const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
};
const ratio = (a, b) => {
  const [hi, lo] = [WCAG(a), WCAG(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("css colours parse to RGB", () => {
  assert.deepEqual(cssRgb("#212121"), [33, 33, 33]);
  assert.deepEqual(cssRgb(" #fff "), [255, 255, 255]);
  assert.deepEqual(cssRgb("rgb(17, 17, 17)"), [17, 17, 17]);
  assert.deepEqual(cssRgb("rgba(1,2,3,0.5)"), [1, 2, 3]);
  assert.equal(cssRgb("var(--x)"), null);
  assert.ok(Math.abs(contrastRatio([0, 0, 0], [255, 255, 255]) - 21) < 1e-9);
});

for (const [name, lut] of Object.entries(LUTS)) {
  for (const [bgName, bg] of Object.entries(BACKGROUNDS)) {
    test(`${name} on a ${bgName} page: text on every entry has contrast >= 4.5`, () => {
      const themed = themedLut(lut, bg);
      const text = lightText(themed);
      for (let c = 0; c < 256; c++) {
        const cell = [themed[4 * c], themed[4 * c + 1], themed[4 * c + 2]];
        const fg = textColor(text, themed, c) === "#ffffff" ? [255, 255, 255] : [0, 0, 0];
        assert.ok(ratio(fg, cell) >= 4.5, `entry ${c}: ${cell} with ${fg}: ${ratio(fg, cell).toFixed(2)}`);
        assert.equal(themed[4 * c + 3], 255, "opaque");
      }
    });
  }
  test(`${name}: on a light page the colormap is drawn as it is`, () => {
    assert.deepEqual(Array.from(themedLut(lut, BACKGROUNDS.light)), Array.from(lut));
  });
  test(`${name}: on a dark page zero sits on the background and the colormap's top entry is kept`, () => {
    for (const bg of [BACKGROUNDS.dark, BACKGROUNDS.black]) {
      const themed = themedLut(lut, bg);
      assert.deepEqual(Array.from(themed.subarray(0, 3)), cssRgb(bg));
      assert.deepEqual(Array.from(themed.subarray(1020, 1023)), Array.from(lut.subarray(1020, 1023)));
      // Each entry lies on the segment from the background to the colormap's entry, further out as c rises.
      const b = cssRgb(bg);
      for (let c = 0; c < 256; c++) {
        for (let i = 0; i < 3; i++) {
          const want = b[i] + ((lut[4 * c + i] - b[i]) * c) / 255;
          assert.ok(Math.abs(themed[4 * c + i] - want) <= 0.5, `entry ${c} channel ${i}`);
        }
      }
    }
  });
}

// The matrix in a dark page: the empty cells are painted with the page's background, not white.
function recordingContext() {
  const rects = [];
  const ctx = {
    rects, fillStyle: "#000", strokeStyle: "#000", font: "12px sans-serif", lineWidth: 1,
    measureText: (t) => ({ width: 7 * String(t).length }),
    fillRect(x, y, w, h) { rects.push({ x, y, w, h, style: ctx.fillStyle }); },
    fillText() {}, strokeRect() {},
  };
  for (const name of ["setTransform", "clearRect", "beginPath", "moveTo", "lineTo", "stroke", "save", "restore",
    "translate", "rotate", "setLineDash", "drawImage", "putImageData"]) ctx[name] = () => {};
  return ctx;
}

test("in a dark theme the matrix's zero cells are the page's background", async () => {
  const env = makeDom();
  const ctx = recordingContext();
  env.window.HTMLCanvasElement.prototype.getContext = () => ctx;
  const flat = Uint16Array.from([9, 0, 0, 0, 5, 0, 0, 0, 7]);
  const source = stubSource({
    _matrix: { k: 3, cols: 3, dtype: "uint16", counts: new DataView(flat.buffer) },
    display_labels: ["a", "b", "c"], normalize: null, cmap: "Blues", selected: null,
  });
  const state = createState(source);
  const ac = new AbortController();
  const many = createManyClasses({ state, dom: domOf(env.document), signal: ac.signal });
  const matrix = createMatrix(many.matrixCtx);
  matrix.el.style.setProperty("--cmw-bg", "#212121");   // happy-dom does not inherit custom properties
  env.host.append(matrix.el);
  await settle();
  // The colormap arrives after the element is in the page: the matrix is drawn again.
  const blues = LUTS.blues.filter((_, n) => n % 4 !== 3);
  source.push("_lut", new DataView(blues.buffer));
  await settle();
  const d = matrix.el.querySelector("canvas").dataset;
  const cell = +d.cellSize;
  const at = (i, j) => ctx.rects.findLast((r) => r.x === +d.cellX0 + j * cell && r.y === +d.cellY0 + i * cell);
  assert.ok(cell > 0 && at(0, 0), "cells drawn one rectangle each");
  for (const [i, j] of [[0, 1], [1, 0], [2, 1]]) assert.deepEqual(cssRgb(at(i, j).style), [33, 33, 33]);
  assert.notDeepEqual(cssRgb(at(0, 0).style), [33, 33, 33]);
  ac.abort();
  await env.close();
});
