"""Voila and marimo servers for the front-end tests, run like the JupyterLab server.

Both are ``jlab_harness.ServerProcess``es: this Python environment, a free loopback port,
throw-away home directories, a log file, the whole process group ended by ``stop``. Neither
checks for updates or loads anything from another host (the tests' browser refuses it anyway).
"""

from __future__ import annotations

import secrets
import sys
import urllib.parse
import urllib.request
from pathlib import Path

from jlab_harness import ServerProcess, write_notebook

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def is_local(url: str) -> bool:
    """Whether ``url`` is served by this machine or is inline data."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in _LOOPBACK


def _answers(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.status == 200


class VoilaServer(ServerProcess):
    """Voila serving the notebooks of its root directory (tree mode) with a random token."""

    name = "voila"

    def __init__(self, base_dir):
        super().__init__(base_dir)
        self.token = secrets.token_hex(24)

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "voila",
            str(self.root_dir),
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--Voila.port={self.port}",
            "--Voila.port_retries=0",
            f"--Voila.token={self.token}",
            "--show_tracebacks=True",
            # Notebook 7's own JupyterLab extension is built against a newer JupyterLab core
            # than the one Voila bundles and fails to load there; it adds nothing to a page.
            "--VoilaConfiguration.extension_denylist=@jupyter-notebook/lab-extension",
        ]

    def is_ready(self) -> bool:
        # The tree page lists the directory: cheap, and starts no kernel.
        return _answers(f"{self.url}/?token={self.token}")

    def write_notebook(self, name: str, cells: list[str]) -> str:
        """Write a notebook of code cells into the served directory; return its file name."""
        self.root_dir.mkdir(parents=True, exist_ok=True)
        return write_notebook(self.root_dir, name, cells)

    def render_url(self, name: str) -> str:
        return f"{self.url}/voila/render/{name}?token={self.token}"


class MarimoServer(ServerProcess):
    """``marimo run`` on one app file: read-only, headless, no token, no update check.

    Write the app (``write_app``) before ``start``.
    """

    name = "marimo"
    app_name = "app.py"

    def environment(self) -> dict:
        env = {k: v for k, v in super().environment().items() if not k.startswith("MARIMO")}
        # `marimo run` does not check for updates today; this keeps it so if that changes.
        env["MARIMO_SKIP_UPDATE_CHECK"] = "1"
        return env

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "marimo",
            "--yes",
            "run",
            self.app_name,
            "--headless",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            # Loopback only and thrown away after the tests: no session token to pass around.
            "--no-token",
            "--no-sandbox",
            "--show-tracebacks",
        ]

    def is_ready(self) -> bool:
        return _answers(f"{self.url}/health")

    def write_app(self, source: str) -> Path:
        self.root_dir.mkdir(parents=True, exist_ok=True)
        path = self.root_dir / self.app_name
        path.write_text(source)
        return path
