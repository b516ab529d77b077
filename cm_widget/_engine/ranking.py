"""Which samples matter: a cell's samples ranked by the model's scores, and likely label errors.

numpy only; nothing here knows about widgets. Scores become class probabilities by one rule
(:class:`Probabilities`): (n, K) rows that are probabilities are used as they are, other rows
(logits) go through a softmax; a binary score ``s`` of the positive class gives ``p(pos) = s``
and ``p(neg) = 1 - s`` when the scores are probabilities, else ``p(pos) = sigmoid(s)``.

Ranks (per sample, over its cell; ties always go to the lower index):

- ``"index"``: ascending sample index;

(the predicted class of an abstained sample is the class of its top score; with top-k, a hit's
predicted class is its true class);
- ``"confidence"``: the predicted class's probability, highest first;
- ``"margin"``: predicted class's probability minus the true class's, highest first (the most
  confidently wrong first; 0 on the diagonal, where the order is by index);
- ``"loss"``: cross-entropy of the true class, ``-log p(true)``, highest first. The order is
  that of ``p(true)`` ascending, so no two samples tie through the rounding of the logarithm.

Binary cells are ranked by the score itself, read off the threshold index's sorted order (no
sort per click): within a cell every rank is the score ascending or descending, and ``1 - s``
or a sigmoid cannot merge two different scores into a tie.

Likely label errors follow confident learning (Northcutt, Jiang and Chuang, "Confident
Learning: Estimating Uncertainty in Dataset Labels", JAIR 2021): the threshold of class j is
the mean probability of j over the samples labelled j; a sample is confidently counted as
class j when ``p_j >= t_j`` (the highest such ``p_j`` when several are); the confident joint
counts (given label, that class), and its off-diagonal samples are the likely label errors,
except those whose given label is the model's top class.
"""

from __future__ import annotations

import numpy as np

from .counts import read_only
from .index import _score_order

RANKS = ("index", "confidence", "margin", "loss")
LABEL_ISSUE_METHODS = ("confident_learning", "self_confidence", "normalized_margin")

_CHUNK = 1 << 18


def _is_probability_rows(scores):
    """Every entry in [0, 1] and every row summing to 1 (to 1e-4), checked in chunks."""
    for start in range(0, len(scores), _CHUNK):
        s = scores[start : start + _CHUNK]
        if s.size and (s.min() < 0.0 or s.max() > 1.0 or not np.allclose(s.sum(axis=1), 1.0, rtol=0.0, atol=1e-4)):
            return False
    return True


class Probabilities:
    """Class probabilities of the samples of one prediction set, read without copying (n, K) when possible.

    Parameters
    ----------
    class_scores : float array (n, K), optional
        Multiclass scores: probabilities, or logits (softmax).
    scores, pos_index : float array (n,), int, optional
        Binary scores of the class ``pos_index`` (of two): probabilities in [0, 1], or log-odds.
    """

    def __init__(self, *, class_scores=None, scores=None, pos_index=None):
        if (class_scores is None) == (scores is None):
            raise ValueError("Probabilities needs class_scores or binary scores, not both.")
        self.class_scores = class_scores
        self.scores = scores
        self.pos_index = pos_index
        if scores is not None:
            self.n_classes = 2
            self.is_probability = bool(len(scores) == 0 or (scores.min() >= 0.0 and scores.max() <= 1.0))
        else:
            self.n_classes = class_scores.shape[1]
            self.is_probability = _is_probability_rows(class_scores)

    def __len__(self):
        return len(self.scores if self.scores is not None else self.class_scores)

    def _positive(self, rows=slice(None)):
        s = np.asarray(self.scores[rows], dtype=np.float64)
        if self.is_probability:
            return s
        return 0.5 * (1.0 + np.tanh(0.5 * s))  # the sigmoid, without overflow

    def at(self, codes):
        """``p[r, codes[r]]`` for every sample r (float64)."""
        if self.scores is not None:
            pos = self._positive()
            return np.where(codes == self.pos_index, pos, 1.0 - pos)
        out = np.empty(len(codes), dtype=np.float64)
        for start in range(0, len(codes), _CHUNK):
            block = self.class_scores[start : start + _CHUNK]
            c = np.asarray(codes[start : start + _CHUNK], dtype=np.intp)
            if not self.is_probability:
                block = _softmax(block)
            out[start : start + _CHUNK] = block[np.arange(len(c)), c]
        return out

    def matrix(self):
        """(n, K) float64 probabilities (the scores themselves when they are already that)."""
        if self.scores is not None:
            pos = self._positive()
            out = np.empty((len(pos), 2))
            out[:, self.pos_index], out[:, 1 - self.pos_index] = pos, 1.0 - pos
            return out
        if self.is_probability:
            return np.asarray(self.class_scores, dtype=np.float64)
        out = np.empty(self.class_scores.shape, dtype=np.float64)
        for start in range(0, len(out), _CHUNK):
            out[start : start + _CHUNK] = _softmax(self.class_scores[start : start + _CHUNK])
        return out


def _softmax(z):
    """Rows of logits as probabilities: ``exp(z - max) / sum(exp(z - max))``."""
    e = np.exp(np.asarray(z, dtype=np.float64) - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def check_rank(rank, argname="rank"):
    """``rank`` if it is one of :data:`RANKS`, else a ValueError naming the choices."""
    if not isinstance(rank, str) or rank not in RANKS:
        raise ValueError(f"{argname} must be one of {', '.join(map(repr, RANKS))}; got {rank!r}.")
    return rank


def descending(keys):
    """Positions of ``keys`` from the highest key to the lowest, equal keys by ascending position.

    One sort of order-preserving integer keys (``_score_order``), not a float ``argsort``. Keys
    equal to 0 (the margin of every sample on the diagonal) need no sort: they come between the
    positive and the negative keys, in position order.
    """
    zero = keys == 0
    if not zero.any():
        return _descending_sorted(keys, np.arange(len(keys), dtype=np.int64))
    positive = np.flatnonzero(keys > 0)
    negative = np.flatnonzero(keys < 0)
    return np.concatenate(
        (
            _descending_sorted(keys, positive),
            np.flatnonzero(zero),
            _descending_sorted(keys, negative),
        )
    )


def _descending_sorted(keys, members):
    """``members`` (ascending positions) by descending ``keys``, ties by position (int64)."""
    flipped = np.negative(keys, dtype=np.float64)
    flipped += 0.0  # -0.0 and 0.0 are the same key
    return np.asarray(_score_order(flipped, members), dtype=np.int64)


def rank_keys(probs, codes_true, codes_pred, rank):
    """The per-sample key of ``rank`` (highest first): confidence, margin, or ``-p(true)`` for the loss."""
    if rank == "confidence":
        return probs.at(codes_pred)
    if rank == "margin":
        return probs.at(codes_pred) - probs.at(codes_true)
    if rank == "loss":
        return -probs.at(codes_true)
    raise ValueError(f"rank must be one of {RANKS[1:]}; got {rank!r}.")


class RankedCells:
    """Every cell's samples in the order of one rank: a click is a slice.

    The samples are sorted once by their key (highest first, ties by position); a stable sort
    of their cell ids in that order then groups them by cell, keeping the rank within each.

    Parameters
    ----------
    keys : float64 (n,)
        Per sample, higher ranks first.
    codes_true, codes_pred : int arrays (n,)
        ``codes_pred`` may hold ``n_columns - 1`` for an abstained column.
    n_columns : int
        Columns of the matrix (K, or K + 1 with an abstained column).
    n_rows : int, optional
        Rows of the matrix (default ``n_columns``).
    sample_index : positions of the samples in the user's arrays, or None
    """

    def __init__(self, keys, codes_true, codes_pred, n_columns, sample_index=None, n_rows=None):
        order = descending(keys)
        n_rows = n_columns if n_rows is None else n_rows
        n_cells = n_rows * n_columns
        id_dtype = np.uint16 if n_cells <= 2**16 else (np.uint32 if n_cells <= 2**32 else np.uint64)
        ids = codes_true[order].astype(id_dtype)
        ids *= id_dtype(n_columns)
        ids += codes_pred[order].astype(id_dtype, copy=False)
        self.n_columns = n_columns
        self.order = order[np.argsort(ids, kind="stable")]
        self.offsets = np.zeros(n_cells + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=n_cells), out=self.offsets[1:])
        self.sample_index = sample_index

    def cell(self, i, j):
        """The cell's sample positions, ranked (read-only)."""
        c = i * self.n_columns + j
        if c + 1 >= len(self.offsets):
            return np.empty(0, dtype=np.int64)
        local = self.order[self.offsets[c] : self.offsets[c + 1]]
        if self.sample_index is not None:
            return read_only(self.sample_index[local])
        return read_only(local)


def reverse_keeping_ties(positions, values):
    """``positions`` sorted by ascending ``values`` (ties by ascending position), now by
    descending values with ties still by ascending position: reversed, then each run of
    equal values reversed back. O(n), no sort."""
    rev = positions[::-1]
    v = values[::-1]
    n = len(rev)
    if n < 2:
        return np.array(rev, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], v[1:] != v[:-1])))
    ends = np.append(starts[1:], n)
    run = np.repeat(np.arange(len(starts)), ends - starts)
    out = np.empty(n, dtype=np.int64)
    out[(starts + ends - 1)[run] - np.arange(n)] = rev
    return out


def binary_cell_direction(rank, actual_positive, predicted_positive):
    """How a binary cell's samples go by score for ``rank``: "up", "down", or "index" (all tie).

    Within a cell (true a, predicted b) confidence is p(b), margin ``p(b) - p(a)`` (0 when
    a = b), loss ``-log p(a)``; each is monotone in the positive score.
    """
    if rank == "confidence":
        return "down" if predicted_positive else "up"
    if rank == "margin":
        if actual_positive == predicted_positive:
            return "index"
        return "down" if predicted_positive else "up"
    if rank == "loss":
        return "up" if actual_positive else "down"
    return "index"


# ------------------------------------------------------------------ likely label errors


def confident_thresholds(probs, labels, n_classes):
    """Per class j, the mean probability of j over the samples labelled j (inf when none are)."""
    sums = np.zeros(n_classes)
    for start in range(0, len(labels), _CHUNK):
        p = probs[start : start + _CHUNK]
        lab = labels[start : start + _CHUNK].astype(np.intp)
        sums += np.bincount(lab, weights=p[np.arange(len(lab)), lab], minlength=n_classes)
    counts = np.bincount(labels.astype(np.intp), minlength=n_classes)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.inf)


def confident_classes(probs, thresholds):
    """Per sample, the class it is confidently counted as (the highest ``p_j >= t_j``), or -1."""
    out = np.empty(len(probs), dtype=np.int64)
    for start in range(0, len(probs), _CHUNK):
        p = probs[start : start + _CHUNK]
        above = p >= thresholds
        masked = np.where(above, p, -np.inf)
        guess = masked.argmax(axis=1)
        guess[~above.any(axis=1)] = -1
        out[start : start + _CHUNK] = guess
    return out


def self_confidence(probs, labels):
    """``p(given label)`` per sample."""
    return np.asarray(probs[np.arange(len(labels)), labels.astype(np.intp)], dtype=np.float64)


def normalized_margin(probs, labels):
    """``(p(given) - max of the other classes + 1) / 2`` per sample, in [0, 1]."""
    own = self_confidence(probs, labels)
    other = np.empty(len(labels))
    for start in range(0, len(labels), _CHUNK):
        p = np.array(probs[start : start + _CHUNK], dtype=np.float64)
        lab = labels[start : start + _CHUNK].astype(np.intp)
        p[np.arange(len(lab)), lab] = -np.inf
        other[start : start + _CHUNK] = p.max(axis=1)
    return (own - other + 1.0) / 2.0


def confident_joint(labels, guess, n_classes):
    """(K, K) counts of (given label, confidently counted class), the diagonal at least 1."""
    ok = guess >= 0
    joint = np.bincount(labels[ok].astype(np.int64) * n_classes + guess[ok], minlength=n_classes * n_classes)
    joint = joint.reshape(n_classes, n_classes)
    np.fill_diagonal(joint, np.maximum(joint.diagonal(), 1))
    return joint


def _ascending_by(values, positions):
    """``positions`` ordered by ascending ``values[positions]``, ties by position."""
    return positions[np.lexsort((positions, values[positions]))]


def label_issues(probs, labels, method="confident_learning"):
    """Positions (into ``labels``) of samples whose given label is likely wrong, most likely first.

    Parameters
    ----------
    probs : float (n, K) class probabilities
    labels : int (n,) given labels
    method : {"confident_learning", "self_confidence", "normalized_margin"}
        ``"confident_learning"``: the off-diagonal samples of the confident joint, lowest
        self-confidence first. ``"self_confidence"`` / ``"normalized_margin"``: as many samples
        as that set holds, those of the lowest score.
    """
    if method not in LABEL_ISSUE_METHODS:
        raise ValueError(f"method must be one of {', '.join(map(repr, LABEL_ISSUE_METHODS))}; got {method!r}.")
    n_classes = probs.shape[1]
    flagged = issue_mask(probs, labels)
    own = self_confidence(probs, labels)
    every = np.arange(len(labels), dtype=np.int64)
    if method == "confident_learning":
        return _ascending_by(own, np.flatnonzero(flagged))
    del n_classes
    score = own if method == "self_confidence" else normalized_margin(probs, labels)
    return _ascending_by(score, every)[: int(flagged.sum())]


def issue_mask(probs, labels):
    """Per sample, whether confident learning flags its given label (the off-diagonal set)."""
    thresholds = confident_thresholds(probs, labels, probs.shape[1])
    guess = confident_classes(probs, thresholds)
    own = self_confidence(probs, labels)
    top = np.empty(len(labels))
    for start in range(0, len(labels), _CHUNK):
        top[start : start + _CHUNK] = probs[start : start + _CHUNK].max(axis=1)
    return (guess >= 0) & (guess != labels) & (own < top)


def overlapping_classes(probs, labels):
    """Pairs of classes the model mixes up: ``[(a, b, share)]``, largest share first.

    The confident joint is calibrated (each row scaled to its label's count, then the whole
    to the number of samples) and normalised to a joint distribution; a pair's share is
    ``joint[a, b] + joint[b, a]`` (a < b). Pairs with no share are left out; equal shares keep
    the order of (a, b).
    """
    n_classes = probs.shape[1]
    thresholds = confident_thresholds(probs, labels, n_classes)
    joint = confident_joint(labels, confident_classes(probs, thresholds), n_classes).astype(np.float64)
    label_counts = np.bincount(labels.astype(np.intp), minlength=n_classes).astype(np.float64)
    rows = joint.sum(axis=1)
    joint = joint / np.where(rows > 0, rows, 1.0)[:, None] * label_counts[:, None]
    total = joint.sum()
    joint = joint / total if total > 0 else joint
    pairs = []
    for a in range(n_classes):
        for b in range(a + 1, n_classes):
            share = float(joint[a, b] + joint[b, a])
            if share > 0:
                pairs.append((a, b, share))
    pairs.sort(key=lambda t: -t[2])  # stable: equal shares stay in (a, b) order
    return pairs


def sample_ranks_and_issues(probs, codes_true, codes_pred, rank="margin", columns=None):
    """Per sample: its position in its cell's ranking (0 = first) and the confident-learning flag.

    The plain per-sample view for tables: ``(rank_position int64 (n,), label_issue bool (n,))``,
    in the order of the samples given.

    Parameters
    ----------
    probs : Probabilities
    codes_true, codes_pred : int arrays (n,)
        True and predicted class of each sample (``codes_pred`` decides confidence and margin).
    rank : one of :data:`RANKS`
    columns : int array (n,), optional
        The column of each sample's cell when it differs from ``codes_pred`` (K: abstained).
    """
    n = len(codes_true)
    k = probs.n_classes
    columns = codes_pred if columns is None else columns
    n_columns = k + 1 if len(columns) and int(columns.max()) >= k else k
    keys = np.zeros(n) if check_rank(rank) == "index" else rank_keys(probs, codes_true, codes_pred, rank)
    cells = RankedCells(keys, codes_true, columns, n_columns, n_rows=k)
    position = np.empty(n, dtype=np.int64)
    within = np.arange(n, dtype=np.int64) - np.repeat(cells.offsets[:-1], np.diff(cells.offsets))
    position[cells.order] = within
    return position, issue_mask(probs.matrix(), codes_true)


# ------------------------------------------------------------------ an engine's cells, ranked


def probabilities_of(engine):
    """The class probabilities of an engine's samples, or None when it has no scores to rank by.

    (n, K) scores (``ScoredConfusion``) and binary scores rank; labels, counts, and tables that
    live in Dask or Spark (or list ids) do not.
    """
    if getattr(engine, "remote", False) or getattr(engine, "ids", None) is not None or not engine.has_samples:
        return None
    own = vars(engine)
    if "_probabilities" not in own:  # kept on the engine: telling probabilities from logits reads every score
        if "class_scores" in own:
            own["_probabilities"] = Probabilities(class_scores=engine.class_scores)
        elif getattr(engine, "scores", None) is not None and getattr(engine, "pos_index", None) is not None:
            own["_probabilities"] = Probabilities(scores=engine.scores, pos_index=engine.pos_index)
        else:
            own["_probabilities"] = None
    return own["_probabilities"]


def columns_of(engine, local, threshold=None):
    """The matrix column of the samples ``local`` (record positions): K for an abstained one.

    Reads only those samples (a click must not recount every sample).
    """
    if "class_scores" in vars(engine):
        pred = np.asarray(engine.predicted(engine.top_k))[local].astype(np.int64)
        if engine.abstain is not None:
            pred[engine.top_scores(local) < engine.abstain] = engine.n_classes
        return pred
    if getattr(engine, "scores", None) is not None:
        return np.where(engine.scores[local] >= np.float64(threshold), engine.pos_index, 1 - engine.pos_index)
    return np.asarray(engine.predictions(threshold))[local].astype(np.int64)


class CellRanking:
    """The cells of one engine at one setting (threshold, abstain, top-k), each ranked by ``rank``.

    Binary scores read each cell off the threshold index's score order; (n, K) scores sort
    every sample once (:class:`RankedCells`) on the first cell asked for. Cells are kept once
    listed, so another page of a cell is a slice.
    """

    def __init__(self, engine, rank, threshold=None):
        self.engine, self.rank, self.threshold = engine, check_rank(rank), threshold
        self.probs = None if rank == "index" else probabilities_of(engine)
        self._cells = {}
        self._ranked = None

    @property
    def ranked(self):
        """Whether cells come in the rank's order (False: ascending index)."""
        return self.probs is not None

    def cell(self, i, j):
        """The positions of cell (i, j) in rank order (read-only int64)."""
        key = (i, j)
        if key not in self._cells:
            self._cells[key] = read_only(np.asarray(self._list(i, j), dtype=np.int64))
        return self._cells[key]

    def _list(self, i, j):
        engine = self.engine
        if self.probs is None:
            return engine.indices(i, j, threshold=self.threshold)
        if self.probs.scores is not None:
            return self._binary(i, j)
        if self._ranked is None:
            base = engine.base
            columns = np.asarray(engine.predictions())
            k = engine.n_classes
            predicted = np.where(columns >= k, base.codes_pred, columns) if engine.abstain is not None else columns
            keys = rank_keys(self.probs, base.codes_true, predicted, self.rank)
            n_columns = k + 1 if engine.abstain is not None else k
            self._ranked = RankedCells(keys, base.codes_true, columns, n_columns, base.sample_index, n_rows=k)
        return self._ranked.cell(i, j)

    def _binary(self, i, j):
        engine = self.engine
        actual, predicted = i == engine.pos_index, j == engine.pos_index
        direction = binary_cell_direction(self.rank, actual, predicted)
        if direction == "index":
            return engine.indices(i, j, threshold=self.threshold)
        local = engine.threshold_index.by_score(self.threshold, actual, predicted)
        if direction == "down":
            local = reverse_keeping_ties(local, engine.scores[local])
        if engine.sample_index is not None:
            return engine.sample_index[local]
        return local


class RankedView:
    """An engine whose cells list in a :class:`CellRanking`'s order (pages and previews follow it)."""

    def __init__(self, engine, ranking):
        self._base, self._ranking = engine, ranking

    def __getattr__(self, name):
        return getattr(self.__dict__["_base"], name)

    def indices(self, i, j, threshold=None):
        return self._ranking.cell(i, j)

    def page(self, i, j, offset, size, threshold=None):
        cell = self._ranking.cell(i, j)
        return len(cell), cell[offset : offset + size]

    def row_page(self, i, j, offset, size, threshold=None):
        return self.page(i, j, offset, size, threshold)
