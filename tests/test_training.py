"""Training helpers: the Keras callback adds a run per epoch during fit; torch.predict is careful with the model."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.util import find_spec

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix

torch = pytest.importorskip("torch")
# keras is only looked for here: importing it in this process would pick a backend.
needs_keras = pytest.mark.skipif(find_spec("keras") is None, reason="keras is not installed")


class _Recorder(torch.nn.Module):
    """A linear model that records the mode and grad state it was called in."""

    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(4, 3)
        self.drop = torch.nn.Dropout(0.9)
        self.calls = []

    def forward(self, x):
        self.calls.append((self.training, torch.is_grad_enabled()))
        return self.drop(self.lin(x))


def _loader(n=50, batch=16):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(n, 4, generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    return x, y, torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=batch)


@pytest.mark.parametrize("was_training", [True, False])
def test_predict_runs_in_eval_mode_without_grad_and_restores_the_mode(was_training):
    from cm_widget.torch import predict

    model = _Recorder()
    model.train(was_training)
    x, y, loader = _loader()
    y_true, scores = predict(model, loader)
    assert model.training is was_training
    assert model.calls and all(call == (False, False) for call in model.calls)
    np.testing.assert_array_equal(y_true, y.numpy())
    model.eval()
    with torch.no_grad():
        expected = model.lin(x).numpy()  # eval mode: dropout is off, so the outputs are exact
    np.testing.assert_allclose(scores, expected, rtol=1e-6)
    assert isinstance(scores, np.ndarray) and scores.shape == (50, 3)


def test_predict_restores_the_mode_after_an_error_and_names_a_bad_loader():
    from cm_widget.torch import predict

    model = _Recorder().train()
    with pytest.raises(TypeError, match="pairs"):
        predict(model, [torch.randn(3, 4)])
    assert model.training
    with pytest.raises(ValueError, match="no batches"):
        predict(model, [])
    with pytest.raises(TypeError, match="nn.Module"):
        predict(lambda x: x, [])


def test_predict_feeds_add_run():
    from cm_widget import ConfusionMatrixWidget
    from cm_widget.torch import predict

    model = _Recorder()
    _, y, loader = _loader()
    y_true, before = predict(model, loader)
    w = ConfusionMatrixWidget(y_true, y_score=before, run="before")
    with torch.no_grad():
        model.lin.weight.mul_(-1)
    _, after = predict(model, loader)
    w.add_run(after, name="after")
    np.testing.assert_array_equal(w.counts, confusion_matrix(y.numpy(), after.argmax(1), labels=range(3)))


KERAS_FIT = textwrap.dedent(
    """
    import json, os
    os.environ["KERAS_BACKEND"] = "torch"
    import numpy as np
    import keras
    from cm_widget.keras import ConfusionMatrixCallback

    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 5)).astype("float32")
    y = (x[:, 0] > 0).astype(int) + (x[:, 1] > 0).astype(int)
    x_val, y_val = x[:40], y[:40]
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(3, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")

    seen = []
    class Spy(keras.callbacks.Callback):  # runs after ours: what the widget holds during fit
        def on_epoch_end(self, epoch, logs=None):
            w = cb.widget
            seen.append([list(w.runs), w.run, w.counts.tolist(),
                         self.model.predict(x_val, verbose=0).argmax(1).tolist()])

    cb = ConfusionMatrixCallback(x_val, y_val, display=False, labels=[0, 1, 2])
    model.fit(x, y, epochs=4, batch_size=16, verbose=0, callbacks=[cb, Spy()])
    every = ConfusionMatrixCallback(x_val, y_val, every=2, display=False)
    model.fit(x, y, epochs=5, verbose=0, callbacks=[every])
    print("RESULT" + json.dumps({"seen": seen, "every": list(every.widget.runs), "y_val": y_val.tolist()}))
    """
)


@needs_keras
def test_keras_callback_adds_one_run_per_epoch_during_fit():
    env = {**os.environ, "KERAS_BACKEND": "torch"}
    out = subprocess.run([sys.executable, "-c", KERAS_FIT], capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    import json

    result = json.loads(out.stdout.split("RESULT", 1)[1])
    y_val = np.array(result["y_val"])
    assert len(result["seen"]) == 4
    for epoch, (runs, shown, counts, pred) in enumerate(result["seen"], start=1):
        assert runs == [f"epoch {k}" for k in range(epoch + 1)]  # "epoch 0" is before training
        assert shown == f"epoch {epoch}"
        assert counts == confusion_matrix(y_val, pred, labels=[0, 1, 2]).tolist()
    assert result["every"] == ["epoch 0", "epoch 2", "epoch 4", "epoch 5"]


@needs_keras
def test_keras_callback_checks_its_arguments():
    code = textwrap.dedent(
        """
        import os
        os.environ["KERAS_BACKEND"] = "torch"
        from cm_widget.keras import ConfusionMatrixCallback
        for kwargs in ({"every": 0}, {"every": 1.5}, {"y_pred": [1]}):
            try:
                ConfusionMatrixCallback([[0.0]], [0], **kwargs)
            except (ValueError, TypeError) as exc:
                print(type(exc).__name__, exc)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "KERAS_BACKEND": "torch"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 3
    assert "every must be a positive int" in lines[0] and "every must be a positive int" in lines[1]
    assert "y_pred" in lines[2]


KERAS_LOGITS_FIT = textwrap.dedent(
    """
    import json, os
    os.environ["KERAS_BACKEND"] = "torch"
    import numpy as np
    import keras
    from cm_widget.keras import ConfusionMatrixCallback

    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 3)).astype("float32")
    y = (x[:, 0] + 0.3 * x[:, 1] > 0).astype(int)
    x_val, y_val = x[:60], y[:60]
    keras.utils.set_random_seed(0)
    # A logits model whose untrained outputs all lie in [0, 1] (every one is 0.5); trained, they leave it.
    model = keras.Sequential([
        keras.Input((3,)),
        keras.layers.Dense(1, kernel_initializer="zeros", bias_initializer=keras.initializers.Constant(0.5)),
    ])
    model.compile(optimizer=keras.optimizers.SGD(0.5), loss=keras.losses.BinaryCrossentropy(from_logits=True))

    seen = []
    class Spy(keras.callbacks.Callback):  # runs after ours: what the widget holds during fit
        def on_epoch_end(self, epoch, logs=None):
            w = cb.widget
            seen.append([list(w.runs), w.threshold, w.counts.tolist(), [row["accuracy"] for row in w.history],
                         self.model.predict(x_val, verbose=0)[:, 0].astype(float).tolist()])

    cb = ConfusionMatrixCallback(x_val, y_val, display=False)
    model.fit(x, y, epochs=4, batch_size=20, verbose=0, callbacks=[cb, Spy()])
    epoch0 = cb.widget._run_set["epoch 0"].scores.astype(float).tolist()
    print("RESULT" + json.dumps({"seen": seen, "y_val": y_val.tolist(), "epoch0": epoch0}))
    """
)


@needs_keras
def test_keras_callback_trains_a_logits_model_whose_first_outputs_look_like_probabilities():
    env = {**os.environ, "KERAS_BACKEND": "torch"}
    out = subprocess.run([sys.executable, "-c", KERAS_LOGITS_FIT], capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    import json

    from sklearn.metrics import accuracy_score

    result = json.loads(out.stdout.split("RESULT", 1)[1])
    y_val = np.array(result["y_val"])
    assert result["epoch0"] == [0.5] * len(y_val)  # the first run's scores all lie in [0, 1]
    assert len(result["seen"]) == 4  # fit went through every epoch
    logits = [np.array(result["epoch0"])] + [np.array(s[-1]) for s in result["seen"]]
    assert any(lg.min() < 0 or lg.max() > 1 for lg in logits[1:])  # later outputs left [0, 1]
    for epoch, (runs, threshold, counts, accuracies, _) in enumerate(result["seen"], start=1):
        assert runs == [f"epoch {k}" for k in range(epoch + 1)]
        assert threshold == 0.0  # logits: the model predicts positive at logit >= 0
        assert counts == confusion_matrix(y_val, logits[epoch] >= 0, labels=[0, 1]).tolist()
        assert accuracies == pytest.approx([accuracy_score(y_val, lg >= 0) for lg in logits[: epoch + 1]])
