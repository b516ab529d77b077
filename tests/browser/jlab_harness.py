"""A JupyterLab server and headless Chromium for the browser tests and the browser benchmark,
and the server process that the other front ends' servers (apps_harness) share with it.

The server runs from the current Python environment with throw-away HOME, config, data,
runtime and IPython directories, so nothing from the machine's user settings leaks in and
nothing is left behind. The environment's own ``share/jupyter`` stays on the data path, which
is where the widget manager extension and the ``python3`` kernelspec live.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Lab settings written as user settings of the throw-away config dir.
_USER_SETTINGS = {
    # Never ask about or fetch news / updates.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # Keep every cell in the DOM so outputs can be read wherever they are scrolled.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
_PAGE_CONFIG = {
    "disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True},
}


CHECKOUT = Path(__file__).resolve().parents[2]


def checkout_share(share: Path) -> Path:
    """A data directory holding this checkout's JupyterLab extension (as pip installs it into
    share/jupyter/labextensions/cm-widget) and its nbconvert hook (share/jupyter/nbconvert/templates/conf.json)."""
    ext = share / "labextensions" / "cm-widget"
    if ext.exists():
        shutil.rmtree(ext)
    shutil.copytree(CHECKOUT / "cm_widget" / "labextension", ext)
    conf = share / "nbconvert" / "templates" / "conf.json"
    conf.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CHECKOUT / "cm_widget" / "nbconvert_conf.json", conf)
    return share


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_notebook(directory, name: str, cells: list[str]) -> str:
    """Write a notebook of code cells (python3 kernel) into ``directory``; return its file name."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    fname = name if name.endswith(".ipynb") else name + ".ipynb"
    nbformat.write(nb, Path(directory) / fname)
    return fname


class ServerProcess:
    """A web server run from this Python environment on a free loopback port.

    It runs in its own process group with throw-away home, Jupyter, IPython, XDG and
    matplotlib directories under ``base_dir``, serves files from ``base_dir/<root_name>``
    and logs to ``base_dir/server.log``. ``stop`` ends it and whatever it started (kernels).
    Subclasses give the ``command`` and say when it ``is_ready``.
    """

    name = "server"
    root_name = "root"

    def __init__(self, base_dir):
        self.base_dir = Path(base_dir)
        self.root_dir = self.base_dir / self.root_name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.base_dir / "server.log"
        self.proc: subprocess.Popen | None = None
        self._log = None

    # -- what a subclass provides ---------------------------------------------------------
    def command(self) -> list[str]:
        raise NotImplementedError

    def is_ready(self) -> bool:
        raise NotImplementedError

    def before_stop(self) -> None:
        """Called while the server still answers, before it is sent SIGTERM."""

    # -- environment -------------------------------------------------------------------
    def environment(self) -> dict:
        home = self.base_dir / "home"
        dirs = {
            "HOME": home,
            "JUPYTER_CONFIG_DIR": home / "jupyter_config",
            "JUPYTER_DATA_DIR": home / "jupyter_data",
            "JUPYTER_RUNTIME_DIR": home / "jupyter_runtime",
            "IPYTHONDIR": home / "ipython",
            "XDG_CONFIG_HOME": home / "config",
            "XDG_CACHE_HOME": home / "cache",
            "XDG_DATA_HOME": home / "data",
            "XDG_STATE_HOME": home / "state",
        }
        for d in dirs.values():
            d.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_", "XDG_"))}
        env.pop("IPYTHONDIR", None)
        env.update({k: str(v) for k, v in dirs.items()})
        # The env's share/jupyter must stay first on the data path (widget manager, kernelspec),
        # after this checkout's own JupyterLab extension (an installed copy may be older).
        env["JUPYTER_PREFER_ENV_PATH"] = "1"
        env["JUPYTER_PATH"] = str(checkout_share(self.base_dir / "share"))
        env["PYTHONUNBUFFERED"] = "1"
        # The kernel must run in this same environment.
        env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
        return env

    # -- lifecycle -------------------------------------------------------------------
    def start(self, timeout: float = 90.0):
        self.root_dir.mkdir(parents=True, exist_ok=True)
        env = self.environment()
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            self.command(),
            cwd=self.root_dir,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.stop()
                raise RuntimeError(f"{self.name} exited with {code}:\n{self.log_tail()}")
            try:
                if self.is_ready():
                    return self
            except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.name} did not answer in {timeout} s:\n{self.log_tail()}")
            time.sleep(0.25)

    def stop(self) -> None:
        """``before_stop``, then SIGTERM the server; then SIGKILL its process group (kernels
        that outlived it), the server itself if it did not exit in time included."""
        if self.proc is None:
            return
        try:
            # Until the server is reaped its pid, the group's id, cannot be reused: the
            # group signal below then reaches only what the server started.
            if self.proc.returncode is None:
                if not self._exited():
                    try:
                        self.before_stop()
                    except (urllib.error.URLError, OSError, ValueError):
                        pass
                    self.proc.send_signal(signal.SIGTERM)
                    self._wait_unreaped(15)
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self.proc.wait(timeout=10)
        finally:
            self.proc = None
            if self._log is not None:
                self._log.close()
                self._log = None

    def _exited(self) -> bool:
        """Whether the server has exited; it is left unreaped."""
        return os.waitid(os.P_PID, self.proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None

    def _wait_unreaped(self, timeout: float) -> None:
        """Wait up to ``timeout`` s for the server to exit, without reaping it."""
        deadline = time.monotonic() + timeout
        while not self._exited() and time.monotonic() < deadline:
            time.sleep(0.1)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- helpers -----------------------------------------------------------------------
    def log_text(self, offset: int = 0) -> str:
        with open(self.log_path, "rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log_path.read_bytes()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""


class JupyterServer(ServerProcess):
    """A JupyterLab 4 server on a free loopback port with a random token.

    Parameters
    ----------
    base_dir : path
        Empty directory that receives the notebooks root (``notebooks/``), the throw-away
        home and Jupyter directories and the server log (``server.log``).
    """

    name = "jupyter lab"
    root_name = "notebooks"

    def __init__(self, base_dir):
        super().__init__(base_dir)
        self.token = secrets.token_hex(24)

    def environment(self) -> dict:
        env = super().environment()
        config_dir = Path(env["JUPYTER_CONFIG_DIR"])
        for rel, content in _USER_SETTINGS.items():
            path = config_dir / "lab" / "user-settings" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(content))
        labconfig = config_dir / "labconfig"
        labconfig.mkdir(parents=True, exist_ok=True)
        (labconfig / "page_config.json").write_text(json.dumps(_PAGE_CONFIG))
        return env

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--allow-root",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root_dir}",
            "--LabApp.expose_app_in_browser=True",
            "--JupyterNotebookApp.expose_app_in_browser=True",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            f"--LabApp.workspaces_dir={self.base_dir / 'home' / 'workspaces'}",
        ]

    def is_ready(self) -> bool:
        return "started" in self.api("GET", "/api/status")

    def before_stop(self) -> None:
        """Shut the kernels down through the API, so they exit cleanly."""
        for kernel in self.api("GET", "/api/kernels", timeout=5):
            self.api("DELETE", f"/api/kernels/{kernel['id']}", timeout=10)

    def api(self, method: str, path: str, timeout: float = 5.0):
        req = urllib.request.Request(self.url + path, method=method, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def lab_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?token={self.token}"

    def notebook7_url(self, name: str) -> str:
        return f"{self.url}/notebooks/{name}?token={self.token}"

    def write_notebook(self, name: str, cells: list[str]) -> str:
        """Write a notebook of code cells into the server root; return its file name."""
        return write_notebook(self.root_dir, name, cells)


def launch_chromium(playwright):
    """Debian's Chromium, headless, through Playwright."""
    if not os.path.exists(CHROMIUM):
        raise RuntimeError(f"{CHROMIUM} is missing; install Debian's package: apt-get install -y chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
