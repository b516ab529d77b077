"""Fixtures for the browser tests: one JupyterLab server and one Chromium per session,
a fresh browser context per test, a screenshot per test under its tmp_path."""

from __future__ import annotations

import re
import secrets
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jlab_harness import JupyterServer, launch_chromium  # noqa: E402
from lab_page import SCRATCH  # noqa: E402

# Errors that say nothing about the page under test, each matched on its exact message and on
# where it comes from, so a real failure with similar wording still counts.
_NOTEBOOK7_BUNDLE = re.compile(r"\n\s+at [^\n]*/static/notebook/notebook_core\.[0-9a-f]+\.js")
BENIGN_ERRORS = [
    # Notebook 7's keyboard-shortcut settings plugin reacts to a settings change of a plugin it
    # has no schema for; it happens on every Notebook 7 page, with or without any widget.
    (re.compile(r"uncaught: Cannot read properties of undefined \(reading 'schema'\)"), _NOTEBOOK7_BUNDLE),
    # Notebook 7's file-browser restorer may run before the file browser registers its command
    # on a notebook page (a race inside Notebook 7's own bundle).
    (re.compile(r"uncaught: Command 'filebrowser:open-path' not registered\."), _NOTEBOOK7_BUNDLE),
]


# The kernel logs (to the server's log) every write from the front end that it rejects.
KERNEL_REJECTION = "cm_widget ignored"


@dataclass
class ConsoleLog:
    """Console "error" messages and uncaught page errors seen during a test: (text, where);
    console warnings (text); and, through the server log, writes from the page that the kernel
    rejected."""

    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    server: object = None
    log_offset: int = 0

    def kernel_rejections(self) -> list:
        if self.server is None:
            return []
        with open(self.server.log_path, "rb") as f:
            f.seek(self.log_offset)
            text = f.read().decode("utf-8", "replace")
        return [line for line in text.splitlines() if KERNEL_REJECTION in line]

    def relevant(self) -> list:
        """The errors left after dropping the known benign ones, then the kernel's rejections."""
        return [
            f"{text}\n{where}".strip()
            for text, where in self.errors
            if not any(t.fullmatch(text) and w.search(where) for t, w in BENIGN_ERRORS)
        ] + self.kernel_rejections()


@pytest.fixture(scope="session")
def jupyter_server(tmp_path_factory):
    # The server's files live outside pytest's numbered temp dirs, which a concurrent pytest
    # run may prune; its log is copied next to the screenshots at the end.
    with tempfile.TemporaryDirectory(prefix="cmw-jlab-", ignore_cleanup_errors=True) as base:
        server = JupyterServer(base)
        server.start()
        try:
            yield server
        finally:
            server.stop()
            shutil.copyfile(server.log_path, tmp_path_factory.getbasetemp() / "jupyter-server.log")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def console_log(jupyter_server):
    return ConsoleLog(server=jupyter_server, log_offset=jupyter_server.log_path.stat().st_size)


@pytest.fixture
def page(browser, jupyter_server, console_log, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    pg = context.new_page()

    def on_console(msg):
        if msg.type == "error":
            loc = msg.location or {}
            console_log.errors.append((msg.text, f"at {loc.get('url', '')}:{loc.get('lineNumber', '')}"))
        elif msg.type == "warning":
            console_log.warnings.append(msg.text)

    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: console_log.errors.append((f"uncaught: {exc.message}", exc.stack or "")))
    try:
        yield pg
    finally:
        try:
            pg.screenshot(path=str(tmp_path / "screenshot.png"), full_page=True)
        except Exception as exc:  # a crashed page must not hide the test's own failure
            print(f"screenshot failed: {exc}")
        context.close()
        # Free the kernel this test started: the machine is small and tests run in sequence.
        try:
            for s in jupyter_server.api("GET", "/api/sessions"):
                jupyter_server.api("DELETE", f"/api/sessions/{s['id']}", timeout=15)
        except Exception as exc:
            print(f"session cleanup failed: {exc}")


@pytest.fixture
def make_notebook(jupyter_server, request):
    """Write a notebook of the given code cells (plus the scratch cell); return its name."""

    def make(cells):
        stem = re.sub(r"[^A-Za-z0-9_]+", "_", request.node.name)[:60]
        name = f"{stem}_{secrets.token_hex(3)}.ipynb"
        return jupyter_server.write_notebook(name, list(cells) + [SCRATCH])

    return make
