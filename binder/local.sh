#!/usr/bin/env bash
# Run the demo locally, in the same environment Binder builds:
# creates .venv-notebooks from binder/ (first run only, a few minutes), then starts JupyterLab
# on the quick-start notebook: the URL it prints opens notebooks/01_quickstart.ipynb.
#
#   bash binder/local.sh            # extra arguments go to jupyter lab, e.g. --port 8899
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv-notebooks"
notebook=notebooks/01_quickstart.ipynb

if [ ! -x "$venv/bin/jupyter-lab" ] || ! "$venv/bin/python" -c "import cm_widget" 2>/dev/null; then
    echo "First run: building the notebook environment in $venv from binder/ (a few minutes)."
    bash "$root/.ci/notebooks_env.sh" "$venv"
fi

# An environment built before notebooks_env.sh wrote it: see there why Node needs it.
[ -f "$venv/package.json" ] || echo '{"type": "commonjs"}' >"$venv/package.json"

args=()
[ "$(id -u)" = "0" ] && args+=(--allow-root)
cd "$root"
echo "Starting JupyterLab on $notebook: open the URL printed below (Ctrl+C stops it)."
exec "$venv/bin/jupyter" lab "${args[@]}" --ServerApp.root_dir="$root" \
    --LabApp.default_url="/lab/tree/$notebook" "$@"
