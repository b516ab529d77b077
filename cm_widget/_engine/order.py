"""Display order of the classes, the worst confusions, and group roll-ups.

numpy only, plus scipy (imported when a "cluster" order is asked for).
Nothing here changes what a class *is*: every function returns positions
into the matrix's own class order ("class space"), and the widget keeps
counts, selections and indices in that space whatever is displayed.
"""

from __future__ import annotations

import re

import numpy as np

ORDER_CHOICES = ("given", "name", "support", "errors", "cluster")

#: Optimal leaf ordering costs about K**3; above this many classes in one
#: connected set, the dendrogram's branches are flipped greedily instead.
OPTIMAL_LEAF_MAX = 400

_DIGITS = re.compile(r"(\d+)")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


# ------------------------------------------------------------------ orders


def check_order(order, n_classes, resolve):
    """``order`` as a name from :data:`ORDER_CHOICES` or a permutation array.

    ``resolve(item)`` maps one entry of a list order to a class position or
    raises ``ValueError``/``TypeError`` naming the entry.
    """
    if isinstance(order, str):
        if order not in ORDER_CHOICES:
            raise ValueError(
                f"order must be one of {', '.join(repr(c) for c in ORDER_CHOICES)} or a list of every class; "
                f"got {order!r}."
            )
        return order
    if isinstance(order, (bytes, dict, set)) or not hasattr(order, "__iter__"):
        raise TypeError(
            f"order must be one of {', '.join(repr(c) for c in ORDER_CHOICES)} or a list of every class; "
            f"got {type(order).__name__} {order!r}."
        )
    items = order.tolist() if isinstance(order, np.ndarray) else list(order)
    positions = [resolve(item) for item in items]
    seen, repeated = set(), []
    for item, pos in zip(items, positions):
        if pos in seen:
            repeated.append(item)
        seen.add(pos)
    if repeated:
        raise ValueError(f"order lists {repeated[:5]!r} more than once; list each class exactly once.")
    if len(positions) != n_classes:
        raise ValueError(
            f"order lists {len(positions)} classes but the matrix has {n_classes}; list every class exactly once "
            f"(missing positions: {sorted(set(range(n_classes)) - seen)[:10]})."
        )
    return np.asarray(positions, dtype=np.intp)


def position_dtype(k):
    """Name of the narrowest unsigned type that holds positions 0..k-1 on the wire."""
    return "uint16" if k <= 2**16 else "uint32"


def positions_bytes(positions, k):
    """Little-endian bytes of ``positions`` in :func:`position_dtype` ``(k)``."""
    return np.ascontiguousarray(positions, dtype=np.dtype(position_dtype(k)).newbyteorder("<")).tobytes()


def natural_key(name):
    """Sort key for names: case-insensitive, digit runs by value ("class2" < "class10").

    A name that is a number as a whole ("-10", "2.5", "1e3") sorts by its value, sign
    and decimals included; like the names that start with a digit, it comes before
    the names that start otherwise. Inside other names a "-" is a separator
    ("x-2" < "x-10").
    """
    text = str(name)
    if _NUMBER.fullmatch(text.strip()):
        return ((0, _number(text), ""),)
    parts = _DIGITS.split(text.casefold())
    return tuple((0, int(p), "") if i % 2 else (1, 0, p) for i, p in enumerate(parts) if p != "")


def _number(text):
    text = text.strip()
    try:
        return int(text)  # exact, whatever its size
    except ValueError:
        return float(text)  # a finite float: the pattern has no inf or nan


def errors_per_class(counts):
    """Errors a class takes part in: its row and its column off the diagonal (FN + FP).

    Summed off the diagonal (no total minus the diagonal), so equal errors add up equal: the
    two classes of a binary matrix tie (FP + FN each) whatever the weights and threshold.
    """
    off = np.array(counts, dtype=np.float64)
    np.fill_diagonal(off, 0.0)
    return off.sum(axis=1) + off.sum(axis=0)


def similarity(counts):
    """Symmetrised row-normalised errors: ``S[i, j] = c_ij / n_i + c_ji / n_j``, diagonal 0.

    A share of a true class rather than a raw count, so a rare class that is
    always mistaken for another sits next to it as surely as a frequent one.
    """
    counts = np.asarray(counts, dtype=np.float64)
    rows = counts.sum(axis=1, keepdims=True)
    share = np.divide(counts, rows, out=np.zeros_like(counts), where=rows != 0)
    np.fill_diagonal(share, 0.0)
    return share + share.T


def class_order(counts, how, names=None):
    """Display order (positions in class space) of the matrix's classes.

    Parameters
    ----------
    counts : (K, K) array, rows true, columns predicted
    how : one of :data:`ORDER_CHOICES`, or a permutation array (returned as is)
    names : K display names (for ``"name"``)

    ``"support"`` and ``"errors"`` put the largest first; every tie keeps the
    given order, so each order is deterministic.
    """
    counts = np.asarray(counts)
    k = counts.shape[0]
    if not isinstance(how, str):
        return np.asarray(how, dtype=np.intp)
    if how == "given":
        return np.arange(k, dtype=np.intp)
    if how == "name":
        if names is None:
            names = [str(i) for i in range(k)]
        keys = [natural_key(n) for n in names]
        return np.asarray(sorted(range(k), key=lambda i: (keys[i], i)), dtype=np.intp)
    if how == "support":
        return _descending(np.asarray(counts, dtype=np.float64).sum(axis=1))
    if how == "errors":
        return _descending(errors_per_class(counts))
    if how == "cluster":
        return cluster_order(similarity(counts))
    raise ValueError(f"order must be one of {ORDER_CHOICES}; got {how!r}.")


def _descending(values):
    # A stable sort of the negated values: largest first, ties in given order.
    return np.argsort(-np.asarray(values, dtype=np.float64), kind="stable").astype(np.intp)


def cluster_order(sim):
    """Order in which classes confused with each other sit next to each other.

    ``sim`` is a symmetric non-negative similarity (see :func:`similarity`).
    Classes split first into connected sets (linked by any confusion); sets
    come by their total confusion, largest first, ties and never-confused
    classes in given order. Within a set, average-linkage clustering of the
    distance ``1 - sim / max(sim)`` gives a dendrogram whose leaves are the
    order; its branches are flipped to put the most similar ends side by side
    (scipy's optimal leaf ordering up to :data:`OPTIMAL_LEAF_MAX` classes, a
    greedy flip above). Every step is deterministic.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    sim = np.asarray(sim, dtype=np.float64)
    k = sim.shape[0]
    if k <= 2:
        return np.arange(k, dtype=np.intp)
    n_sets, labels = connected_components(csr_matrix(sim > 0), directed=False)
    mass = np.bincount(labels, weights=sim.sum(axis=1), minlength=n_sets)
    first = np.full(n_sets, k)
    np.minimum.at(first, labels, np.arange(k))
    sets = sorted(range(n_sets), key=lambda s: (-mass[s], first[s]))
    out = []
    for s in sets:
        members = np.flatnonzero(labels == s)
        if len(members) > 2:
            members = members[_leaf_order(sim[np.ix_(members, members)])]
        out.append(members)
    return np.concatenate(out).astype(np.intp)


def _leaf_order(sim):
    from scipy.cluster.hierarchy import leaves_list, linkage, optimal_leaf_ordering
    from scipy.spatial.distance import squareform

    top = sim.max()
    dist = 1.0 - sim / top if top > 0 else np.ones_like(sim)
    np.fill_diagonal(dist, 0.0)
    condensed = squareform(dist, checks=False)
    tree = linkage(condensed, method="average")
    if len(sim) <= OPTIMAL_LEAF_MAX:
        return leaves_list(optimal_leaf_ordering(tree, condensed))
    return _greedy_flip(tree, sim)


def _greedy_flip(tree, sim):
    """Leaves of ``tree``, each merge oriented so that its two touching ends are the most similar."""
    n = len(sim)
    leaves = [[i] for i in range(n)] + [None] * (n - 1)
    for step, (a, b) in enumerate(tree[:, :2].astype(np.intp)):
        left, right = leaves[a], leaves[b]
        # The four ways to join two ordered runs; the first best one wins (ties: no flip).
        options = (
            (sim[left[-1], right[0]], False, False),
            (sim[left[-1], right[-1]], False, True),
            (sim[left[0], right[0]], True, False),
            (sim[left[0], right[-1]], True, True),
        )
        best = max(range(4), key=lambda o: (options[o][0], -o))
        _, flip_left, flip_right = options[best]
        leaves[n + step] = (left[::-1] if flip_left else left) + (right[::-1] if flip_right else right)
        leaves[a] = leaves[b] = None
    return np.asarray(leaves[-1], dtype=np.intp)


# --------------------------------------------------------- top confusions


def top_confusions(counts, n=10, row_totals=None):
    """The ``n`` largest off-diagonal cells as ``(i, j, count, share_of_true_row)``.

    Largest count first; equal counts in row-major order (by true, then
    predicted position). Empty cells are not confusions and never listed, so
    fewer than ``n`` may come back. Shares divide by ``row_totals`` when given
    (rows with columns beyond the square, such as abstained samples), else by
    the rows of ``counts``.
    """
    counts = np.asarray(counts)
    k = counts.shape[0]
    flat = counts.ravel().copy()
    flat[:: k + 1] = 0  # the diagonal is right, not confused
    n = int(n)
    if n <= 0 or k == 0:
        return []
    # Only the n largest need sorting. The n-th largest row maximum bounds
    # the n-th value from below (n rows reach it), so cells under it are out:
    # a partition of all K*K mostly equal small counts is slow.
    if n <= k:
        floor = np.partition(flat.reshape(k, k).max(axis=1), k - n)[k - n]
        candidates = np.flatnonzero((flat >= floor) & (flat > 0))
    else:
        candidates = np.flatnonzero(flat > 0)
    values = flat[candidates]
    if n < len(candidates):
        # Everything above the n-th value, then as many cells equal to it as fit.
        nth = np.partition(values, len(values) - n)[len(values) - n]
        above = np.flatnonzero(values > nth)
        keep = np.concatenate([above, np.flatnonzero(values == nth)[: n - len(above)]])
        candidates, values = candidates[keep], values[keep]
    picked = candidates[np.lexsort((candidates, -values.astype(np.float64)))]
    rows = counts.sum(axis=1) if row_totals is None else np.asarray(row_totals)
    whole = counts.dtype.kind in "biu"
    out = []
    for cell in picked.tolist():
        i, j = divmod(cell, k)
        count = int(counts[i, j]) if whole else float(counts[i, j])
        out.append((i, j, count, float(count / rows[i]) if rows[i] else 0.0))
    return out


# ------------------------------------------------------------------ groups


class Groups:
    """Classes rolled up into named groups.

    Attributes
    ----------
    names : list of str, the groups in order of their first class
    codes : (K,) int array, the group of each class
    """

    def __init__(self, codes, names):
        self.codes = np.asarray(codes, dtype=np.intp)
        self.names = list(names)
        self.members = [np.flatnonzero(self.codes == g) for g in range(len(self.names))]

    def __len__(self):
        return len(self.names)

    def rollup(self, counts):
        """(G, G) sums of ``counts`` over the classes of each group, in counts' dtype."""
        counts = np.asarray(counts)
        g = len(self.names)
        cells = (self.codes[:, None] * g + self.codes[None, :]).ravel()
        out = np.bincount(cells, weights=np.asarray(counts, dtype=np.float64).ravel(), minlength=g * g)
        out = out.reshape(g, g)
        if counts.dtype.kind in "biu":
            return np.rint(out).astype(counts.dtype)
        return out

    def order(self, counts, how, names, class_positions=None):
        """(group order, class order) for a display order ``how``.

        Groups are ranked by ``how`` applied to the roll-up (for a list of
        classes: by where their first class appears in it). Each group's
        classes stay together, ranked by ``how`` among themselves:
        ``"cluster"`` clusters the group's own classes; other orders keep
        their class-level ranking.
        """
        k = len(self.codes)
        if isinstance(how, str) and how != "cluster":
            by_class = class_order(counts, how, names)
        elif isinstance(how, str):
            by_class = None
        else:
            by_class = np.asarray(how, dtype=np.intp)
        if by_class is not None and not isinstance(how, str):
            rank = np.empty(k, dtype=np.intp)
            rank[by_class] = np.arange(k)
            first = np.array([rank[m].min() for m in self.members])
            group_order = np.argsort(first, kind="stable").astype(np.intp)
        else:
            group_order = class_order(self.rollup(counts), how, self.names)
        if by_class is None:
            sim = similarity(counts)
            inner = [m[cluster_order(sim[np.ix_(m, m)])] for m in self.members]
        else:
            rank = np.empty(k, dtype=np.intp)
            rank[by_class] = np.arange(k)
            inner = [m[np.argsort(rank[m], kind="stable")] for m in self.members]
        classes = np.concatenate([inner[g] for g in group_order]) if k else np.empty(0, dtype=np.intp)
        return group_order, classes.astype(np.intp)


def make_groups(groups, classes, names):
    """Validate ``groups=`` (mapping class -> group name, or a callable) into :class:`Groups`.

    A mapping is looked up by class value, then by display name; every class
    needs a group. Group names are text; groups come in the order of their
    first class.
    """
    classes = list(classes)
    if callable(groups) and not hasattr(groups, "keys"):
        found = []
        for c in classes:
            try:
                found.append(groups(c))
            except Exception as exc:  # noqa: BLE001 - the user's function
                raise ValueError(
                    f"groups({c!r}) raised {type(exc).__name__}: {exc}; it must return a group name."
                ) from exc
    elif hasattr(groups, "keys") and hasattr(groups, "__getitem__"):
        found, missing = [], []
        for c, name in zip(classes, names):
            if _has_key(groups, c):
                found.append(groups[c])
            elif _has_key(groups, name):
                found.append(groups[name])
            else:
                missing.append(c)
                found.append(None)
        if missing:
            raise ValueError(
                f"groups has no group for {len(missing)} class(es), e.g. {missing[:5]!r}; "
                f"map every class (value or display name) to a group name, or pass a callable."
            )
    else:
        raise TypeError(
            f"groups must be a mapping class -> group name or a callable class -> group name; "
            f"got {type(groups).__name__}."
        )
    bad = [g for g in found if g is None or isinstance(g, float) and np.isnan(g)]
    if bad:
        raise ValueError(f"groups gave no group name ({bad[0]!r}) for some classes; give every class a group name.")
    labels = [str(g) for g in found]
    order = {}
    codes = [order.setdefault(name, len(order)) for name in labels]
    return Groups(codes, list(order))


def _has_key(mapping, key):
    try:
        return key in mapping
    except TypeError:  # unhashable keys
        return False
