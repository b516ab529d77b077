"""What a kernel-free page counts itself on opening, so that its data need not carry it."""

from __future__ import annotations

#: Up to this many classes a plain view of labels leaves its counts to the page.
MAX_CLASSES = 256
#: Buffers of the synced state that a view of predicted labels leaves to the page.
_RECOUNTED = (["_matrix", "counts"], ["_matrix", "at"], ["_metrics", "per_class"])


def leave_out_recounted(data):
    """Leave out the counts and metrics of a plain view of predicted labels: the page counts them
    from each sample's cell when it opens (``data["recount"]``, read by js/core/source_embedded.js),
    with the engine's rules that tests/test_history_page.py holds equal to the kernel's.

    Plain: unweighted samples, all of them kept, no class left out by ``labels=``, the classes'
    matrix (no groups, slices, errors only or totals), metrics of the usual shape, and at most
    ``MAX_CLASSES`` classes (beyond, the page keeps the narrow saved counts rather than a second
    float64 matrix). A saved notebook's view is smaller by about 1.5 KB at 20 classes.
    """
    samples, values, k = data["samples"], data["state"]["values"], data["k"]
    if not samples or samples.get("kind") != "labels" or k > MAX_CLASSES:
        return
    if samples.get("weights") or samples.get("sample_index") or samples.get("outside") or samples.get("ids"):
        return
    matrix, metrics = values.get("_matrix"), values.get("_metrics")
    if not isinstance(matrix, dict) or set(matrix) != {"k", "cols", "dtype"} or matrix["k"] != k or matrix["cols"] != k:
        return
    if not isinstance(metrics, dict) or set(metrics) != {"summary"}:  # per_class travels as a buffer
        return
    if values.get("level") != "classes" or values.get("errors_only") or values.get("_slices") or values.get("_groups"):
        return
    buffers = data["state"]["buffers"]
    if ["_metrics", "per_class"] not in [b["path"] for b in buffers]:
        return
    data["state"]["buffers"] = [b for b in buffers if b["path"] not in _RECOUNTED]
    values["_matrix"] = {"k": k, "cols": k}
    del values["_metrics"]
    data["recount"] = True
