#!/usr/bin/env bash
# Run the demo locally, in the same environment Binder builds:
# creates .venv-notebooks from binder/ (first run only), then opens the quick-start
# notebook in JupyterLab.
#
#   bash binder/local.sh            # extra arguments go to jupyter lab, e.g. --port 8899
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv-notebooks"

if [ ! -x "$venv/bin/jupyter-lab" ] || ! "$venv/bin/python" -c "import cm_widget" 2>/dev/null; then
    bash "$root/.ci/notebooks_env.sh" "$venv"
fi

args=()
[ "$(id -u)" = "0" ] && args+=(--allow-root)
cd "$root"
exec "$venv/bin/jupyter" lab "${args[@]}" "$@" notebooks/01_quickstart.ipynb
