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
