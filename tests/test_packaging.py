"""The wheel users install carries the front end, and the widget loads it from there."""

import pathlib
import re
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_wheel_ships_the_front_end(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("cm_widget-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"cm_widget/static/widget.js", "cm_widget/static/widget.css", "cm_widget/widget.py"} <= names
    # the chunks of the saved view's code (the core and the feature chunks)
    chunks = {f"cm_widget/static/{p.name}" for p in (ROOT / "cm_widget/static").glob("page*.js.gz")}
    assert len(chunks) >= 2 and chunks <= names
    js = zipfile.ZipFile(wheel).read("cm_widget/static/widget.js").decode()
    assert js == (ROOT / "cm_widget/static/widget.js").read_text()
    # An ES module with a default export (esbuild writes it as `export { ... as default }`).
    assert re.search(r"export default|\bas default\b", js)
    assert not any(n.startswith(("tests/", "notebooks/", "benchmarks/", "js/", "node_modules/")) for n in names)


def test_widget_esm_is_the_packaged_file():
    from cm_widget import ConfusionMatrixWidget

    w = ConfusionMatrixWidget([0, 1], [0, 1])
    assert str(w._esm) == (ROOT / "cm_widget/static/widget.js").read_text()


def test_wheel_installs_the_jupyterlab_extension_and_the_nbconvert_hook(tmp_path):
    """pip alone installs the extension where JupyterLab and Notebook 7 look for it, and the hook
    nbconvert reads."""
    import json

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("cm_widget-*.whl")
    z = zipfile.ZipFile(wheel)
    names = set(z.namelist())
    (data_dir,) = {n.split("/")[0] for n in names if n.split("/")[0].endswith(".data")}
    ext = f"{data_dir}/data/share/jupyter/labextensions/cm-widget"
    pkg = json.loads(z.read(f"{ext}/package.json"))
    assert pkg["name"] == "cm-widget"
    build = pkg["jupyterlab"]["_build"]
    entry = z.read(f"{ext}/{build['load']}").decode()
    assert entry == (ROOT / "cm_widget/labextension" / build["load"]).read_text()
    assert build["mimeExtension"] == "./mimeExtension" and "_JUPYTERLAB" in entry
    # nbconvert's template exports read the hook from there (cm_widget/_nbconvert.py)
    conf = json.loads(z.read(f"{data_dir}/data/share/jupyter/nbconvert/templates/conf.json"))
    (hook,) = conf["preprocessors"].values()
    assert hook["type"] == "cm_widget._nbconvert.SavedViewPreprocessor"
    assert "cm_widget/_nbconvert.py" in names
    assert not any(n.startswith(("cm_widget/labextension", "cm_widget/nbconvert_conf")) for n in names)


def test_the_saved_views_packed_code_is_the_stylesheet_and_the_core_then_the_feature_chunks():
    """page.js.gz (built once, embedded by the first saved view of a kernel) adds the minified
    stylesheet to the page, then starts the saved view's core; each feature chunk
    (page.<name>.js.gz) queues itself under its name for the core of its build to run."""
    import gzip
    import json

    from cm_widget._export.chunks import BUILD, FEATURES

    code = gzip.decompress((ROOT / "cm_widget/static/page.js.gz").read_bytes()).decode("utf-8")
    css = (ROOT / "cm_widget/static/widget.min.css").read_text()
    assert code.index(json.dumps(css, ensure_ascii=False)) < code.index("cmwBuilds")
    for name in FEATURES:
        chunk = gzip.decompress((ROOT / f"cm_widget/static/page.{name}.js.gz").read_bytes()).decode("utf-8")
        assert chunk.startswith(f'(((self.cmwBuilds||={{}})["{BUILD}"]||={{}}).chunks||=[]).push(["{name}",()=>{{')
        assert f"self.cmwBuilds.{BUILD}.lib[" in chunk and css[:200] not in chunk
