"""Reading what a saved view or file embeds (``_export.page_data``), for the tests."""

import base64

import numpy as np


def saved_counts(data):
    """The counts a saved page opens with: its synced ``_matrix``, in the type it was sent in."""
    matrix = data["state"]["values"]["_matrix"]
    (raw,) = [b["data"] for b in data["state"]["buffers"] if b["path"] == ["_matrix", "counts"]]
    counts = np.frombuffer(base64.b64decode(raw), dtype=np.dtype(matrix["dtype"]).newbyteorder("<"))
    return counts.reshape(matrix["k"], matrix.get("cols", matrix["k"]))


def view_data(html):
    """The data document of a saved notebook view (``text/html``): packed (gzip, base64) or plain JSON."""
    import gzip
    import json
    import re

    m = re.search(
        r'<script type="application/json" class="cmw-data"( data-encoding="gzip")?>(.*?)</script>', html, re.S
    )
    text = m.group(2)
    if m.group(1):
        text = gzip.decompress(base64.b64decode(text)).decode("utf-8")
    return json.loads(text)
