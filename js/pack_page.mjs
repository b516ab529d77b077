// Build step: the saved notebook view's code, in chunks, ready to embed. A notebook output carries
// only the chunks its widget needs that no earlier output of its kernel carried
// (cm_widget/_export/chunks.py): the core (every view's) and feature chunks (CHUNKS).
//
// In the core, each export of a feature module is a stand-in (js/page/parts.js) that calls the
// real one once its chunk has run. A feature chunk bundles its modules and takes the modules it
// shares with the core from the core (its build's `lib`, filled by js/page/saved.js), so no module
// is in two chunks. The minified stylesheet (argv[2]) is added to the page once by a few
// statements before the core.
//
// The chunks of one build share an id, a hash of their code (js/page/home.js), written to
// <argv[3]>.build: on a page, each build's code keeps to the data elements and chunks of its id. Each chunk is gzip-compressed with zopfli (a deflate encoder that
// searches harder: about 4% fewer bytes than zlib's best, the same format) and written next to
// argv[3]: <argv[3]>.js.gz (the core) and <argv[3]>.<chunk>.js.gz. Python embeds these bytes as
// they are (cm_widget/_export/html.py), so the search runs once, here, not at each save.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { gzipAsync } from "@gfx/zopfli";
import { minify } from "terser";

/** Feature chunks: their modules (under js/). Their names are the Python side's (chunks.py). */
export const CHUNKS = {
  scores: [
    "binary/threshold.js", "binary/curves.js", "abstain/abstain.js", "costs/costs.js", "rank/rank.js",
    "uncertainty/calibration.js", "core/curves_data.js", "core/costs_data.js", "uncertainty/calibration_data.js",
  ],
  // intervals computed by the kernel (the page does not bootstrap): their text and whiskers
  intervals: ["uncertainty/intervals.js", "uncertainty/cell_interval.js"],
  multilabel: ["multilabel/multilabel.js"],
  slices: ["slices/slices.js", "slices/slice_page.js"],
  runs: ["runs/runs.js", "runs/compare.js"],
  tables: ["ui/table.js"],
};

/** Modules that more than one feature chunk imports: the core holds them, whether it uses them or not. */
const IN_CORE = ["ui/slider.js"];

const JS = path.resolve("js");
const rel = (file) => path.relative(JS, file).split(path.sep).join("/");
const FEATURE = new Map(Object.entries(CHUNKS).flatMap(([c, files]) => files.map((f) => [f, c])));
// Stands for the build's id in the code until the id, a hash of the code, is known.
const ID = "__cmw_build_id__";
const HOME = `self.cmwBuilds[${JSON.stringify(ID)}]`;
const OPTIONS = {
  bundle: true, format: "iife", target: "es2020", charset: "utf8", minify: true, legalComments: "none",
  write: false, metafile: true, logLevel: "warning", outfile: "page.js", define: { CMW_BUILD: JSON.stringify(ID) },
};

/** The path under js/ of a relative import, or null. */
function imported(args) {
  return args.path.startsWith(".") ? rel(path.resolve(args.resolveDir, args.path)) : null;
}

/** Input modules of a build, by path under js/ (stand-ins and shared modules excluded). */
function inputs(result) {
  return Object.keys(result.metafile.inputs).filter((f) => !f.includes(":") && f !== "<stdin>")
    .map((f) => rel(path.resolve(f)));
}

/**
 * esbuild's output minified again by terser: its second pass of compression and its names leave
 * about 4% fewer bytes once gzipped.
 */
async function smaller(code) {
  return (await minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
}

async function exportsOf(file) {
  const r = await esbuild.build({ ...OPTIONS, format: "esm", minify: false, entryPoints: [path.join(JS, file)] });
  return Object.values(r.metafile.outputs)[0].exports;
}

/**
 * Stand-ins (js/page/parts.js) for the modules of the feature chunks other than `own` (all of them
 * for the core); a module of a chunk calls another chunk's only where that chunk's view is shown.
 */
function standIns(exportsByFile, own = []) {
  return {
    name: "cmw-feature-stand-ins",
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const file = imported(args);
        return FEATURE.has(file) && !own.includes(file) ? { path: file, namespace: "cmw-stand-in" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "cmw-stand-in" }, (args) => ({
        resolveDir: JS,
        contents: `import { part } from "./page/parts.js";\n` + exportsByFile[args.path]
          .map((n) => `export const ${n} = part(${JSON.stringify(args.path)}, ${JSON.stringify(n)});`).join("\n"),
      }));
    },
  };
}

/** The core: js/page/saved.js started with `shared` (modules feature chunks import), feature modules stood in for. */
async function buildCore(shared, exportsByFile) {
  const lib = shared.map((f, i) => `import * as m${i} from ${JSON.stringify("./" + f)};`).join("\n");
  const entries = shared.map((f, i) => `${JSON.stringify(f)}: m${i}`).join(", ");
  const stubs = standIns(exportsByFile);
  return esbuild.build({
    ...OPTIONS,
    plugins: [stubs],
    stdin: { contents: `${lib}\nimport { start } from "./page/saved.js";\nstart({${entries}});\n`, resolveDir: JS },
  });
}

/** A feature chunk: its modules, registered in its build's `parts`; what the core has comes from its build's `lib`. */
async function buildChunk(name, core, shared, exportsByFile) {
  const files = CHUNKS[name];
  const fromCore = {
    name: "cmw-from-core",
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const file = imported(args);
        if (!core.has(file) || files.includes(file)) return undefined;
        shared.add(file);
        return { path: file, namespace: "cmw-core" };
      });
      b.onLoad({ filter: /.*/, namespace: "cmw-core" }, async (args) => ({
        contents: `export const { ${(await exportsOf(args.path)).join(", ")} } = ${HOME}.lib[${JSON.stringify(args.path)}];`,
      }));
    },
  };
  const contents = files.map((f, i) => `import * as m${i} from ${JSON.stringify("./" + f)};`).join("\n") +
    `\nconst parts = ${HOME}.parts;\n` + files.map((f, i) => `parts[${JSON.stringify(f)}] = m${i};`).join("\n");
  const plugins = [standIns(exportsByFile, files), fromCore];
  const result = await esbuild.build({ ...OPTIONS, plugins, stdin: { contents, resolveDir: JS } });
  const code = await smaller(result.outputFiles[0].text);
  // Queued until the core runs (it may come later in the page), run at once after.
  const queue = `((self.cmwBuilds||={})[${JSON.stringify(ID)}]||={})`;
  return { inputs: inputs(result), code: `(${queue}.chunks||=[]).push([${JSON.stringify(name)},()=>{${code}}]);` };
}

async function build(cssFile, output) {
  const exportsByFile = {};
  for (const file of FEATURE.keys()) exportsByFile[file] = await exportsOf(file);
  const core = new Set(inputs(await buildCore(IN_CORE, exportsByFile)));
  const shared = new Set(IN_CORE);
  const chunks = {};
  const owner = new Map();
  for (const name of Object.keys(CHUNKS)) {
    chunks[name] = await buildChunk(name, core, shared, exportsByFile);
    for (const file of chunks[name].inputs) {
      if (owner.has(file)) throw new Error(`${file} is in the chunks ${owner.get(file)} and ${name}: move it to the core`);
      owner.set(file, name);
    }
  }
  const final = await buildCore([...shared].sort(), exportsByFile);
  const css = readFileSync(cssFile, "utf8");
  const style = `(()=>{const i='cmw-style-${ID}';if(document.getElementById(i))return;` +
    `const s=document.createElement('style');s.id=i;s.textContent=${JSON.stringify(css)};document.head.appendChild(s)})();`;
  const texts = { "": style + await smaller(final.outputFiles[0].text) };
  for (const [name, chunk] of Object.entries(chunks)) texts[`.${name}`] = chunk.code;
  const hash = createHash("sha256");
  for (const text of Object.values(texts)) hash.update(text);
  // a name: minifiers write self.cmwBuilds["<id>"] as self.cmwBuilds.<id>
  const id = `b${hash.digest("hex").slice(0, 9)}`;
  for (const [suffix, text] of Object.entries(texts)) {
    if (!text.includes(ID)) throw new Error(`the chunk ${suffix || "core"} does not name its build`);
    const code = text.replaceAll(ID, id);
    writeFileSync(`${output}${suffix}.js.gz`, await gzipAsync(Buffer.from(code, "utf8"), { numiterations: 15 }));
  }
  writeFileSync(`${output}.build`, `${id}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await build(process.argv[2], process.argv[3]);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
