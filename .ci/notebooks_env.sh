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

"$PYTHON" -m venv "$venv"
venv=$(cd "$venv" && pwd)
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)

"${pip[@]}" -r "$root/binder/requirements.txt"
# postBuild runs from the repository root with the environment's python first on PATH,
# as Binder runs it.
(cd "$root" && PATH="$venv/bin:$PATH" bash binder/postBuild)
"${pip[@]}" pytest nbclient nbformat ipykernel

KERAS_BACKEND=torch "$venv/bin/python" - <<'PY'
import cm_widget, keras, sklearn, torch
print(f"notebook env ready: cm_widget {cm_widget.__version__}, torch {torch.__version__}, "
      f"keras {keras.__version__}, scikit-learn {sklearn.__version__}")
PY
