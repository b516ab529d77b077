"""PyTorch helpers: predictions of a model over a data loader, done the careful way.

``torch`` is imported only here (and lazily by the door for tensors).
"""

from __future__ import annotations

import numpy as np
import torch


def predict(model, loader, device=None):
    """Run ``model`` over ``loader`` and return ``(y_true, scores)`` as numpy arrays.

    The model runs in eval mode (dropout off, batch norm frozen) under
    ``torch.no_grad()``; its previous mode is restored afterwards, even on an
    error. ``loader`` yields ``(inputs, targets)`` batches (a DataLoader or any
    iterable of pairs); ``device`` defaults to the device of the model's
    parameters. ``scores`` are the model's outputs as they are (logits or
    probabilities), ready for ``ConfusionMatrixWidget(y_true, y_score=scores)``
    or ``w.add_run(scores)``.
    """
    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"model must be a torch.nn.Module; got {type(model).__name__}.")
    if device is None:
        first = next(iter(model.parameters()), None)
        device = first.device if first is not None else torch.device("cpu")
    was_training = model.training
    truths, outputs = [], []
    model.eval()
    try:
        with torch.no_grad():
            for k, batch in enumerate(loader):
                if not isinstance(batch, (tuple, list)) or len(batch) < 2:
                    raise TypeError(
                        f"loader must yield (inputs, targets) pairs; batch {k} is a {type(batch).__name__}. "
                        f"Wrap the data in a TensorDataset(x, y), or pass a loader over (x, y) pairs."
                    )
                x, y = batch[0], batch[1]
                out = model(x.to(device))
                outputs.append(out.detach().float().cpu())
                truths.append(torch.as_tensor(y).detach().cpu())
    finally:
        model.train(was_training)
    if not outputs:
        raise ValueError("loader yielded no batches; pass a loader over the evaluation data.")
    return torch.cat(truths).numpy(), torch.cat(outputs).numpy().astype(np.float32, copy=False)
