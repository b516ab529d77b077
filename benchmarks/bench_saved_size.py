"""How much a saved notebook grows per widget.

Executes small notebooks with nbclient (as ``jupyter nbconvert --execute`` does), saves them,
and prints the growth in bytes over the same notebook whose display cells are left out: the
first widget, each further widget, and K = 2,000 displays with uint8 and uint16 counts. Both
ways a notebook is saved: with the widgets' state (nbclient's default) and without it
(JupyterLab's default). It prints first the size of each chunk of the saved view's code.

    python benchmarks/bench_saved_size.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]

SETUP = """
import numpy as np
from cm_widget import ConfusionMatrixWidget
rng = np.random.default_rng(0)
def labels(n, k, agree):
    y = rng.integers(0, k, n)
    p = np.where(rng.random(n) < agree, y, rng.integers(0, k, n))
    return y, p
"""

# K <= 20, n <= 10,000, no previews: one widget per cell.
SMALL = [
    "ConfusionMatrixWidget(*labels(10_000, 20, 0.7))",
    "ConfusionMatrixWidget(*labels(10_000, 20, 0.8), normalize='true')",
    "ConfusionMatrixWidget(*labels(5_000, 10, 0.6), cmap='viridis')",
]
# K = 2,000: every count fits in uint8 / a diagonal of ~285 a class needs uint16.
K2000_U8 = "ConfusionMatrixWidget(*labels(100_000, 2000, 0.0))"
K2000_U16 = "ConfusionMatrixWidget(*labels(600_000, 2000, 0.95))"


def saved_size(displays: list[str], *, widget_state: bool, workdir: Path) -> int:
    """Bytes of the notebook SETUP + ``displays`` (one a cell) once executed and saved."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(SETUP)] + [nbformat.v4.new_code_cell(d) for d in displays]
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env_path) if p)  # this checkout's cm_widget
    try:
        NotebookClient(nb, timeout=600, kernel_name="python3", store_widget_state=widget_state).execute(
            cwd=str(workdir)
        )
    finally:
        os.environ["PYTHONPATH"] = env_path
    path = workdir / f"nb{len(displays)}.ipynb"
    nbformat.write(nb, path)
    return path.stat().st_size


def growth(widget_state: bool, workdir: Path) -> dict[str, int]:
    base = saved_size([], widget_state=widget_state, workdir=workdir)
    sizes = [saved_size(SMALL[:m], widget_state=widget_state, workdir=workdir) for m in (1, 3)]
    return {
        "first": sizes[0] - base,
        "further": (sizes[1] - sizes[0]) // 2,
        "k2000_uint8": saved_size([K2000_U8], widget_state=widget_state, workdir=workdir) - base,
        "k2000_uint16": saved_size([K2000_U16], widget_state=widget_state, workdir=workdir) - base,
    }


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import cm_widget
    from cm_widget._export import chunks

    esm = len(str(cm_widget.ConfusionMatrixWidget._esm).encode("utf-8"))
    print(f"_esm: {esm / 1024:.1f} KB (target <= 60 KB)")
    # The saved view's code: the core goes with a kernel's first matrix, a feature chunk with the
    # first matrix that needs it (as base85 text in the output).
    print("saved view's code, as an output embeds it:")
    for name in (chunks.CORE, *chunks.FEATURES):
        print(f"  {name:<19} {chunks.size(name) / 1024:9.1f} KB")
    with tempfile.TemporaryDirectory() as tmp:
        for state in (True, False):
            g = growth(state, Path(tmp))
            how = "with the widgets' state (nbclient default)" if state else "without widget state (JupyterLab default)"
            print(f"saved {how}:")
            print(f"  first widget        {g['first'] / 1024:9.1f} KB (target <= 64 KB)")
            print(f"  each further widget {g['further'] / 1024:9.1f} KB (target <= 15 KB)")
            print(f"  K=2000, uint8       {g['k2000_uint8'] / 1e6:9.2f} MB (target <= 10 MB)")
            print(f"  K=2000, uint16      {g['k2000_uint16'] / 1e6:9.2f} MB (target <= 10 MB)")


if __name__ == "__main__":
    main()
