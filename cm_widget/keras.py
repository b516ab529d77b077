"""Keras 3 callback: the confusion matrix of the validation data after every epoch.

``keras`` is imported only here. It works on any Keras 3 backend, including the
PyTorch backend the course notebooks use (``KERAS_BACKEND=torch``).
"""

from __future__ import annotations

import keras

from .widget import ConfusionMatrixWidget


class ConfusionMatrixCallback(keras.callbacks.Callback):
    """Adds a run named ``"epoch N"`` to a live confusion matrix every ``every`` epochs.

    Parameters
    ----------
    x_val, y_val
        Validation inputs and their true labels (class ids, one-hot rows or names).
    every : int, default 1
        Predict after every ``every``-th epoch (and after the last one).
    display : bool, default True
        Display the widget when training starts, unless it was displayed already.
    **widget_options
        Passed to :class:`~cm_widget.ConfusionMatrixWidget` (``labels``, ``display_labels``,
        ``samples``, ``normalize``, ...).

    Notes
    -----
    The widget is built when training starts from the model's predictions
    before any training (the run ``"epoch 0"``) and is ``cb.widget`` from then on;
    calling ``fit`` again continues the epoch count. The page updates while ``fit``
    runs.

    A model compiled with a loss ``from_logits=True`` outputs logits: binary
    scores then start at ``threshold=0.0`` (the model's own decision), even when
    the untrained model's outputs happen to lie in [0, 1].
    """

    def __init__(self, x_val, y_val, *, every=1, display=True, **widget_options):
        super().__init__()
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise ValueError(f"every must be a positive int (predict every N epochs); got {every!r}.")
        for name in ("y_true", "y_pred", "y_score", "run"):
            if name in widget_options:
                raise TypeError(
                    f"ConfusionMatrixCallback sets {name}= itself from x_val, y_val and the model; drop it."
                )
        self.x_val, self.y_val = x_val, y_val
        self.every = every
        self._display = bool(display)
        self._options = widget_options
        self._epochs = 0
        self._last_added = None
        self.widget = None

    def _scores(self):
        return self.model.predict(self.x_val, verbose=0)

    def on_train_begin(self, logs=None):
        """Keras calls it when ``fit`` starts: builds ``widget`` from the untrained model (run ``"epoch 0"``).

        Parameters
        ----------
        logs : dict, optional
            Keras's logs; not used.
        """
        if self.widget is None:
            scores = self._scores()
            options = dict(self._options)
            if "threshold" not in options and _is_binary(scores) and _outputs_logits(self.model):
                options["threshold"] = 0.0
            self.widget = ConfusionMatrixWidget(self.y_val, y_score=scores, run="epoch 0", **options)
            self._last_added = 0
            if self._display:
                from IPython.display import display

                display(self.widget)

    def on_epoch_end(self, epoch, logs=None):
        """Keras calls it after each epoch: adds the run ``"epoch N"`` every ``every`` epochs and after the last.

        Parameters
        ----------
        epoch : int
            Keras's index of the epoch that ended (from 0 in each ``fit``).
        logs : dict, optional
            Keras's logs; not used.
        """
        self._epochs += 1
        last = self.params.get("epochs") if self.params else None
        if self._epochs % self.every == 0 or (last is not None and epoch + 1 == last):
            self._add()

    def _add(self):
        if self._last_added != self._epochs:
            self.widget.add_run(self._scores(), name=f"epoch {self._epochs}")
            self._last_added = self._epochs


def _is_binary(scores):
    """One score per sample, or two columns: a threshold decides (more columns: the argmax)."""
    shape = getattr(scores, "shape", ())
    return len(shape) == 1 or (len(shape) == 2 and shape[1] <= 2)


def _outputs_logits(model):
    """Whether the model's loss says it outputs logits (``from_logits=True``); False when it does not say."""
    return getattr(getattr(model, "loss", None), "from_logits", None) is True
