// Build step: the saved notebook view's code, ready to embed. The minified stylesheet (argv[2]) is
// added to the page once by a few statements before the kernel-free bundle (argv[3]); the whole is
// gzip-compressed with zopfli (a deflate encoder that searches harder: about 4% fewer bytes than
// zlib's best, the same format) and written to argv[4]. Python embeds these bytes as they are
// (cm_widget/_export/html.py), so the search runs once, here, not each time a notebook is saved.

import { readFileSync, writeFileSync } from "node:fs";
import { gzipAsync } from "@gfx/zopfli";

const [, , cssFile, bundleFile, output] = process.argv;
const css = readFileSync(cssFile, "utf8");
const style = "(()=>{if(document.getElementById('cmw-style'))return;const s=document.createElement('style');" +
  `s.id='cmw-style';s.textContent=${JSON.stringify(css)};document.head.appendChild(s)})();`;
const code = Buffer.from(style + readFileSync(bundleFile, "utf8"), "utf8");
writeFileSync(output, await gzipAsync(code, { numiterations: 15 }));
