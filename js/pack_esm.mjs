// Build step: wraps the minified widget module (argv[2]) into a small module (argv[3]) that carries
// it gzip-compressed and imports it unpacked. The module travels as `_esm` with every widget a
// notebook saves, so its size is what a saved notebook pays per widget. The browser's
// DecompressionStream unpacks it: no library. The compressed bytes are written 4 to 5 characters
// (base 85; base64 takes 5.33), in characters that need no escape in JSON, in a JavaScript string
// or in an HTML script element.

import { readFileSync, writeFileSync } from "node:fs";
import { gzipAsync } from "@gfx/zopfli";
import { minify } from "terser";

const DIGITS = "!#%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}";

/** `bytes` (zero-padded to a multiple of 4) as base-85 text: 5 digits per big-endian 32-bit word. */
function base85(bytes) {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let out = "";
  for (let at = 0; at < padded.length; at += 4) {
    let n = view.getUint32(at);
    let word = "";
    for (let d = 0; d < 5; d++) {
      word = DIGITS[n % 85] + word;
      n = Math.floor(n / 85);
    }
    out += word;
  }
  return out;
}

const [, , input, output] = process.argv;
// minified again by terser, then zopfli: the gzip format, about 4% fewer bytes than zlib's best
// (js/pack_page.mjs)
const small = (await minify(readFileSync(input, "utf8"), { ecma: 2020, module: true, compress: { passes: 2 } })).code;
const gz = Buffer.from(await gzipAsync(Buffer.from(small, "utf8"), { numiterations: 15 }));

const loader = `// cm_widget's front end (built from js/ by esbuild), gzip-compressed, written in base 85.
const DIGITS = "${DIGITS}";
const packed = "${base85(gz)}";
const size = ${gz.length};
const value = new Uint8Array(128);
for (let d = 0; d < 85; d++) value[DIGITS.charCodeAt(d)] = d;
const words = new DataView(new ArrayBuffer(packed.length / 5 * 4));
for (let at = 0; at < packed.length; at += 5) {
  let n = 0;
  for (let d = 0; d < 5; d++) n = n * 85 + value[packed.charCodeAt(at + d)];
  words.setUint32(at / 5 * 4, n);
}
const bytes = new Uint8Array(words.buffer, 0, size);
const code = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
async function load() {
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  try {
    return await import(url);
  } catch {
    // Where modules cannot come from blob: URLs (Node, for the tests), a data: URL.
    let text = "";
    const all = new Uint8Array(code);
    for (let i = 0; i < all.length; i += 0x8000) text += String.fromCharCode(...all.subarray(i, i + 0x8000));
    return await import("data:text/javascript;base64," + btoa(text));
  } finally {
    URL.revokeObjectURL(url);
  }
}
const mod = await load();
export default mod.default;
`;
writeFileSync(output, loader);
