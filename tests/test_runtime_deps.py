"""The package runs without scikit-learn: it is the tests' oracle, not a dependency."""

import subprocess
import sys
import textwrap


def test_widget_works_without_sklearn_importable():
    code = textwrap.dedent(
        """
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "sklearn" or name.startswith("sklearn."):
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        from cm_widget import ConfusionMatrixWidget

        class Model:  # duck-typed like a fitted binary classifier
            classes_ = [0, 1]
            def predict_proba(self, X):
                import numpy as np
                p = np.asarray(X, dtype=float)[:, 0]
                return np.stack([1 - p, p], axis=1)

        w = ConfusionMatrixWidget.from_estimator(Model(), [[0.2], [0.9], [0.6], [0.1]], [0, 1, 0, 0])
        assert w.counts.tolist() == [[2, 1], [0, 1]], w.counts
        w.normalize = "true"; w.selected = (0, 1); w.to_figure()
        assert "sklearn" not in sys.modules
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
