"""The front end's modules run in Node from Python tests: a script reads JSON on stdin, writes JSON."""

import json
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="needs Node.js")


def js_module(name):
    """The file URL of ``js/<name>`` as a JavaScript string literal, for an ``import``."""
    return json.dumps((ROOT / "js" / name).as_uri())


def run_script(script, payload, timeout=300):
    """Run the ES module ``script`` with ``payload`` as JSON on stdin; its JSON output, decoded."""
    if NODE is None:
        pytest.skip("needs Node.js")
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


_PAGE = """
import { embeddedSource } from %s;
const TYPES = { Uint8Array: "<u1", Uint16Array: "<u2", Uint32Array: "<u4", Int32Array: "<i4",
                Float32Array: "<f4", Float64Array: "<f8" };
const plain = (v) => {
  if (ArrayBuffer.isView(v)) {
    const b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return { $typed: TYPES[v.constructor.name], b64: b.toString("base64") };
  }
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
};
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", async () => {
  const out = [];
  for (const { data, steps } of JSON.parse(input)) {
    const src = embeddedSource(data);
    const got = [];
    for (const [what, name, value] of steps) {
      if (what === "set") src.set(name, value);
      else if (what === "download") {
        // The Download menu's file `name` ("cells" or "selection"): the text the page answers with.
        const answers = [];
        const stop = src.receive((m) => answers.push(m));
        src.send({ type: "download", what: name });
        await new Promise((r) => setTimeout(r));
        stop();
        got.push(answers.length === 1 ? answers[0].text : null);
      }
      else if (what === "get") got.push(plain(src.get(name)));
      else if (what === "cell") {
        // The selected cell with every page of its samples, as a user paging through it sees them.
        const s = src.get("_selection");
        const indices = [...(s.indices || [])];
        const previews = [...(s.previews || [])];
        for (let at = s.page_size; at < s.total; at += s.page_size) {
          src.send({ type: "page", offset: at });
          indices.push(...src.get("_selection").indices);
        }
        got.push({ ...plain(s), indices, previews, text: s.sentence.map((p) => p.text).join("") });
      }
    }
    out.push(got);
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def _typed(value):
    import base64

    import numpy as np

    if isinstance(value, dict):
        if "$typed" in value:
            return np.frombuffer(base64.b64decode(value["b64"]), dtype=value["$typed"])
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return value


def run_pages(jobs, timeout=300):
    """Run the kernel-free page (js/source_embedded.js) on each ``{"data", "steps"}`` job.

    ``data`` is what ``_export.page_data`` embeds; ``steps`` are ``["set", name, value]`` (an
    intent, as a click writes it), ``["get", name]`` (a raw trait), ``["cell"]`` (the selection,
    every page of its samples in ``indices``, its sentence as ``text``) and ``["download", what]``
    (the text of the Download menu's file ``what``). Returns, per job, what the ``get``, ``cell``
    and ``download`` steps read; typed arrays come back as numpy arrays.
    """
    return _typed(run_script(_PAGE % js_module("core/source_embedded.js"), jobs, timeout=timeout))
