// Build step: wraps the minified widget module (argv[2]) into a small module (argv[3]) that carries
// it gzip-compressed and imports it unpacked. The module travels as `_esm` with every widget a
// notebook saves, so its size is what a saved notebook pays per widget. The browser's
// DecompressionStream unpacks it: no library.

import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const [, , input, output] = process.argv;
const packed = gzipSync(readFileSync(input), { level: 9 }).toString("base64");

const loader = `// cm_widget's front end (built from js/ by esbuild), gzip-compressed and base64-encoded.
const packed = "${packed}";
const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
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
