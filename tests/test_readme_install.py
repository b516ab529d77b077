"""The README as a newcomer follows it: a fresh virtual environment, the install line of its
"Install" section run from the clone, then its quick start, which selects what it says."""

import os
import pathlib
import re
import subprocess
import sys
import textwrap

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()

pytestmark = pytest.mark.slow


def section(title):
    """The text of a README section, up to the next heading of the same or a higher level."""
    m = re.search(rf"^(#+) {re.escape(title)}\n(.*?)(?=^#{{1,2}} )", README, flags=re.S | re.M)
    assert m, f"the README has a section {title!r}"
    return m.group(2)


def install_lines():
    (block,) = re.findall(r"```bash\n(.*?)```", section("Install"), flags=re.S)
    lines = [line.split("  #")[0].strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("pip install")]


def test_the_install_section_says_to_install_from_a_clone():
    (line,) = install_lines()
    assert re.fullmatch(r'pip install (-e )?"?\.\[[a-z,]*examples[a-z,]*\]"?', line), line


def test_a_fresh_environment_follows_the_readme(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(venv)
    for line in install_lines():
        # As typed in the clone's directory, with the new environment's pip first on PATH.
        done = subprocess.run(
            ["bash", "-c", f"{line} --quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240
        )
        assert done.returncode == 0, f"{line}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"

    quick = re.findall(r"```python\n(.*?)```", section("Quick start"), flags=re.S)[0]
    check = textwrap.dedent(
        """
        import json, pathlib, sys
        import numpy as np
        import cm_widget
        oracle = np.flatnonzero((y_te == 8) & (model.predict(X_te) == 1))
        print(json.dumps({
            "file": cm_widget.__file__, "prefix": sys.prefix, "selected": list(map(int, w.selected)),
            "indices": w.selected_indices.tolist(), "oracle": oracle.tolist(),
        }))
        """
    )
    script = tmp_path / "quick_start.py"
    script.write_text(quick + check)
    done = subprocess.run(
        [str(venv / "bin" / "python"), str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    import json

    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert pathlib.Path(out["file"]).resolve().is_relative_to(venv.resolve()), out["file"]
    assert out["selected"] == [8, 1]
    assert out["indices"] == out["oracle"] and len(out["oracle"]) == 3  # "(3 samples)", as the README says
