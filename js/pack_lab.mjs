// Build step: places the bundled JupyterLab extension (argv[2]) in the folder pip installs as
// share/jupyter/labextensions/cm-widget (argv[3]): static/remoteEntry.<content hash>.js (a new
// name per content, so no browser keeps an old one) and the package.json JupyterLab reads.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [, , input, outDir] = process.argv;
const code = readFileSync(input);
const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
const version = /__version__\s*=\s*"([^"]+)"/.exec(readFileSync("cm_widget/__init__.py", "utf8"))[1];

const staticDir = join(outDir, "static");
mkdirSync(staticDir, { recursive: true });
for (const f of readdirSync(staticDir)) rmSync(join(staticDir, f));
const entry = `remoteEntry.${hash}.js`;
writeFileSync(join(staticDir, entry), code);
const pkg = {
  name: "cm-widget",
  version,
  description: "Shows a saved confusion matrix where its widget has no kernel (cm_widget).",
  license: "BSD-3-Clause",
  jupyterlab: { _build: { load: `static/${entry}`, mimeExtension: "./mimeExtension" } },
};
writeFileSync(join(outDir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
