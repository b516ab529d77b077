"""Reading what a saved view or file embeds (``_export.page_data``), for the tests."""

import base64

import numpy as np


def saved_cells(data):
    """Each embedded sample's cell ``true * k + pred``, from either of its two forms."""
    cells, k, n = data["samples"]["cells"], data["k"], data["n"]
    if cells.get("split"):  # the true class; an agreeing prediction's bit, or (pred - true) mod k - 1
        w = cells["split"]

        def column(text):
            planes = np.frombuffer(base64.b64decode(text), np.uint8).reshape(w, -1).astype(np.int64)
            return sum(planes[b] << (8 * b) for b in range(w))

        true = column(cells["true"])
        agree = np.unpackbits(np.frombuffer(base64.b64decode(cells["agree"]), np.uint8), bitorder="little")[:n]
        pred = true.copy()
        pred[agree == 0] = (true[agree == 0] + column(cells["offset"]) + 1) % k
        return true * k + pred
    raw = np.frombuffer(base64.b64decode(cells["data"]), np.uint8).reshape(n, cells["bytes"]).astype(np.int64)
    return sum(raw[:, b] << (8 * b) for b in range(cells["bytes"]))


def saved_counts(data):
    """The counts a saved page opens with: its synced ``_matrix``, in the type it was sent in, or
    those of its samples' cells where it leaves the counting to the page (``recount``)."""
    if data.get("recount"):
        k = data["k"]
        return np.bincount(saved_cells(data), minlength=k * k).reshape(k, k)
    matrix = data["state"]["values"]["_matrix"]
    buffers = {tuple(b["path"]): base64.b64decode(b["data"]) for b in data["state"]["buffers"]}
    kind = np.dtype(matrix["dtype"]).newbyteorder("<")
    counts = np.frombuffer(buffers["_matrix", "counts"], dtype=kind)
    shape = (matrix["k"], matrix.get("cols", matrix["k"]))
    if ("_matrix", "at") in buffers:  # a mostly empty matrix: its non-zero cells
        full = np.zeros(shape[0] * shape[1], dtype=kind)
        full[np.frombuffer(buffers["_matrix", "at"], dtype="<u4")] = counts
        counts = full
    return counts.reshape(shape)


def view_data(html):
    """The data document of a saved notebook view (``text/html``): packed or plain JSON.

    A packed one is read here on its own terms (gzip, then base85 with "." for "<" or base64; "CMW1", the JSON's length, the JSON,
    then the bytes its ``{"__cmw_bytes__": [offset, length]}`` entries stand for)."""
    import gzip
    import json
    import re

    m = re.search(
        r'<script type="application/json" class=(?:"cmw-data"|cmw-view-data data-build=\w+)'
        r'(?: data-encoding="([a-z0-9-]+)")?(?: data-chunks=[\w,]+)?>(.*?)</script>',
        html,
        re.S,
    )
    encoding, text = m.group(1), m.group(2)
    if encoding is None:
        return json.loads(text)
    if encoding == "cmw-pack85":
        doc = gzip.decompress(base64.b85decode(text.replace(".", "<")))
    else:
        doc = gzip.decompress(base64.b64decode(text))
    if encoding == "gzip":
        return json.loads(doc.decode("utf-8"))
    assert encoding in ("cmw-pack", "cmw-pack85") and doc[:4] == b"CMW1"
    n = int.from_bytes(doc[4:8], "little")
    body = doc[8 + n :]

    def hook(obj):
        if list(obj) == ["__cmw_bytes__"]:
            at, length = obj["__cmw_bytes__"]
            return base64.b64encode(body[at : at + length]).decode("ascii")
        return obj

    return json.loads(doc[8 : 8 + n].decode("utf-8"), object_hook=hook)


def table_cells(table):
    """(background, text colour, text) of each ``td`` of a static table, as a browser reads them:
    end tags optional, and a cell without a colour or text colour of its own shows its row's
    (``<tr bgcolor>``, ``<tr style=color:...>``)."""
    from html.parser import HTMLParser

    cells = []

    class Cells(HTMLParser):
        row = (None, None)
        td = False

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            style = dict(p.split(":", 1) for p in (a.get("style") or "").split(";") if p)
            if tag == "tr":
                self.row = (a.get("bgcolor"), style.get("color"))
            self.td = tag == "td"
            if self.td:
                bg = a.get("bgcolor") or style.get("background") or self.row[0]
                fg = style.get("color") or self.row[1]
                cells.append([bg, None if fg == "#000" else fg, ""])

        def handle_endtag(self, tag):
            self.td = False

        def handle_data(self, data):
            if self.td:
                cells[-1][2] += data

    Cells().feed(table)
    return cells


def cell_colours(table):
    """(red, green, blue) of each ``td``'s background in a static table, as ``table_cells`` reads it."""
    return [tuple(int(c[0].lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)) for c in table_cells(table)]


def row_headers(table):
    """The background of each row's header cell (``<th>`` after a ``<tr>``), None where it has none."""
    import re

    return [
        re.search(r"bgcolor=(#?\w+)", th).group(1) if "bgcolor" in th else None
        for th in re.findall(r"<tr[^>]*><th([^>]*)>", table)
    ]
