#!/usr/bin/env bash
# Build the virtualenv the course notebooks run in, from the same files Binder uses:
# binder/requirements.txt, then binder/postBuild (which installs this package), then
# what the notebook tests need to drive a kernel.
#
#   bash .ci/notebooks_env.sh VENV_DIR
#   VENV_DIR/bin/python -m pytest tests/test_notebooks.py -m notebooks
#
# PYTHON selects the interpreter (default: python3.11 when present, else python3).
set -euo pipefail

venv=${1:?usage: bash .ci/notebooks_env.sh VENV_DIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ -z "${PYTHON:-}" ]]; then
    if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi

say() { printf '[notebook env] %s\n' "$*"; }

say "creating the virtual environment $venv ($("$PYTHON" --version))"
"$PYTHON" -m venv "$venv"
venv=$(cd "$venv" && pwd)
# The repository's package.json declares ES modules ("type": "module"); without a package.json
# of its own, Node would read the JavaScript inside an environment under the repository (such as
# JupyterLab's bundled yarn.js) as ES modules too, and fail on every JupyterLab start.
echo '{"type": "commonjs"}' >"$venv/package.json"
pip=("$venv/bin/python" -m pip install --disable-pip-version-check --progress-bar off)
# binder/requirements.txt adds PyTorch's index (for its CPU-only build). Where that host does not
# resolve (offline, with a local index or wheel directory configured for pip), pip would retry it
# for every package it looks up: then it gives up at once instead.
if ! "$venv/bin/python" -c "import socket; socket.getaddrinfo('download.pytorch.org', 443)" 2>/dev/null; then
    say "download.pytorch.org does not resolve: using the package sources configured for pip"
    pip+=(--retries 0)
fi

say "installing binder/requirements.txt (JupyterLab, scikit-learn, PyTorch's CPU build, Keras):"
say "a few minutes the first time, mostly PyTorch"
# One line per package as it comes (pip's errors go to stderr, unfiltered; pipefail keeps its status).
"${pip[@]}" -r "$root/binder/requirements.txt" | { grep --line-buffered -E '^(Collecting|Successfully)' || true; }
# postBuild runs from the repository root with the environment's python first on PATH,
# as Binder runs it.
say "installing cm_widget from this repository (binder/postBuild)"
(cd "$root" && PATH="$venv/bin:$PATH" bash binder/postBuild)
say "installing what the notebook tests use (pytest, nbclient)"
"${pip[@]}" --quiet pytest nbclient nbformat ipykernel

KERAS_BACKEND=torch "$venv/bin/python" - <<'PY'
import cm_widget, keras, sklearn, torch
print(f"notebook env ready: cm_widget {cm_widget.__version__}, torch {torch.__version__}, "
      f"keras {keras.__version__}, scikit-learn {sklearn.__version__}")
PY
