"""Reading what a saved view or file embeds (``_export.page_data``), for the tests."""

import base64

import numpy as np


def saved_counts(data):
    """The counts a saved page opens with: its synced ``_matrix``, in the type it was sent in."""
    matrix = data["state"]["values"]["_matrix"]
    (raw,) = [b["data"] for b in data["state"]["buffers"] if b["path"] == ["_matrix", "counts"]]
    counts = np.frombuffer(base64.b64decode(raw), dtype=np.dtype(matrix["dtype"]).newbyteorder("<"))
    return counts.reshape(matrix["k"], matrix.get("cols", matrix["k"]))
