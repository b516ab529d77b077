"""Framework inputs (torch, pandas, TensorFlow-like, lists, tuples) give the same
matrix as scikit-learn on the equivalent numpy arrays."""

import warnings

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix

from cm_widget import ConfusionMatrixWidget


def sk_cm(y_true, y_pred, labels, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return confusion_matrix(y_true, y_pred, labels=labels, **kw)


def classes_list(w):
    return [c.item() if hasattr(c, "item") else c for c in np.asarray(w.classes, dtype=object)]


def check_cells(w, y_true, y_pred, labels):
    yt = np.asarray(y_true, dtype=object)
    yp = np.asarray(y_pred, dtype=object)
    for a in labels:
        for b in labels:
            got = np.asarray(w.indices(a, b))
            assert got.dtype == np.int64
            np.testing.assert_array_equal(got, np.flatnonzero((yt == a) & (yp == b)), err_msg=f"({a},{b})")


def check_binary(w, y_true, s, t, labels=(0, 1)):
    neg, pos = labels
    y_hat = np.where(s >= t, pos, neg)
    np.testing.assert_array_equal(w.counts, sk_cm(y_true, y_hat, list(labels)), err_msg=f"t={t}")
    check_cells(w, y_true, y_hat, list(labels))


def distinct_thresholds(s, step=1):
    v = np.unique(s.astype(np.float64))
    mids = (v[:-1] + v[1:]) / 2
    return [float(x) for x in np.concatenate([v, mids])[::step]]


# ------------------------------------------------------------------- torch


@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


def test_torch_int64_labels(torch):
    g = torch.Generator().manual_seed(0)
    yt = torch.randint(0, 3, (120,), generator=g, dtype=torch.int64)
    yp = torch.randint(1, 5, (120,), generator=g, dtype=torch.int64)
    yt_np, yp_np = yt.numpy().copy(), yp.numpy().copy()
    w = ConfusionMatrixWidget(yt, yp)
    labels = sorted(set(yt_np.tolist()) | set(yp_np.tolist()))
    assert classes_list(w) == labels
    assert all(isinstance(c, int) for c in classes_list(w))
    np.testing.assert_array_equal(w.counts, sk_cm(yt_np, yp_np, labels))
    check_cells(w, yt_np, yp_np, labels)
    # inputs untouched
    np.testing.assert_array_equal(yt.numpy(), yt_np)


def test_torch_sigmoid_scores_requires_grad(torch):
    g = torch.Generator().manual_seed(1)
    n = 150
    yt = torch.randint(0, 2, (n,), generator=g, dtype=torch.int64)
    logits = torch.randn(n, generator=g, requires_grad=True)
    probs = torch.sigmoid(logits)  # non-leaf, carries grad_fn
    s = probs.detach().numpy().astype(np.float64)
    y = yt.numpy()
    for shaped in (probs, probs.reshape(-1, 1)):
        w = ConfusionMatrixWidget(yt, y_score=shaped)
        assert w.threshold == pytest.approx(0.5)
        check_binary(w, y, s, 0.5)
        for t in distinct_thresholds(s, step=7):
            w.threshold = t
            check_binary(w, y, s, t)
    assert logits.requires_grad and probs.grad_fn is not None


def test_torch_softmax_two_columns(torch):
    g = torch.Generator().manual_seed(2)
    n = 100
    yt = torch.randint(0, 2, (n,), generator=g)
    out = torch.randn(n, 2, generator=g, requires_grad=True)
    p = torch.softmax(out, dim=1)
    s = p.detach().numpy()[:, 1].astype(np.float64)
    w = ConfusionMatrixWidget(yt, y_score=p)
    check_binary(w, yt.numpy(), s, 0.5)
    t = float(np.median(s))
    w.threshold = t
    check_binary(w, yt.numpy(), s, t)


def test_torch_raw_logits_default_threshold_zero(torch):
    g = torch.Generator().manual_seed(3)
    n = 100
    yt = torch.randint(0, 2, (n,), generator=g)
    logits = (torch.randn(n, generator=g) * 3).requires_grad_(True)
    s = logits.detach().numpy().astype(np.float64)
    w = ConfusionMatrixWidget(yt, y_score=logits)
    assert w.threshold == pytest.approx(0.0)
    check_binary(w, yt.numpy(), s, 0.0)


def test_torch_multiclass_logits_argmax(torch):
    g = torch.Generator().manual_seed(4)
    n, k = 200, 5
    yt = torch.randint(0, k, (n,), generator=g)
    logits = torch.randn(n, k, generator=g, requires_grad=True)
    pred = logits.detach().numpy().argmax(axis=1)
    w = ConfusionMatrixWidget(yt, y_score=logits)
    assert classes_list(w) == list(range(k))
    np.testing.assert_array_equal(w.counts, sk_cm(yt.numpy(), pred, list(range(k))))
    check_cells(w, yt.numpy(), pred, list(range(k)))


def test_torch_one_hot_y_true_and_weights(torch):
    g = torch.Generator().manual_seed(5)
    n, k = 90, 4
    y_int = torch.randint(0, k, (n,), generator=g)
    y_int[:k] = torch.arange(k)
    onehot = torch.nn.functional.one_hot(y_int, k)
    yp = torch.randint(0, k, (n,), generator=g)
    sw = torch.rand(n, generator=g, dtype=torch.float64)
    w = ConfusionMatrixWidget(onehot, yp, sample_weight=sw)
    labels = list(range(k))
    np.testing.assert_allclose(w.counts, sk_cm(y_int.numpy(), yp.numpy(), labels, sample_weight=sw.numpy()))
    assert w.counts.dtype == np.float64


def test_torch_bool_and_low_precision(torch):
    g = torch.Generator().manual_seed(6)
    n = 64
    yt = torch.rand(n, generator=g) > 0.5
    yp = torch.rand(n, generator=g) > 0.5
    w = ConfusionMatrixWidget(yt, yp)
    assert classes_list(w) == [False, True]
    np.testing.assert_array_equal(w.counts, sk_cm(yt.numpy(), yp.numpy(), [False, True]))
    # half-precision probabilities
    y = torch.randint(0, 2, (n,), generator=g)
    p16 = torch.rand(n, generator=g).to(torch.bfloat16)
    s = p16.float().numpy().astype(np.float64)
    w2 = ConfusionMatrixWidget(y, y_score=p16)
    check_binary(w2, y.numpy(), s, 0.5)


# ------------------------------------------------------------------ pandas


def test_pandas_series_labels_and_scores():
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(7)
    n = 80
    yt = pd.Series(rng.choice(["no", "yes"], n), name="target")
    s = pd.Series(np.round(rng.random(n), 2), name="proba")
    w = ConfusionMatrixWidget(yt, y_score=s)
    assert classes_list(w) == ["no", "yes"]
    check_binary(w, yt.to_numpy(), s.to_numpy(), 0.5, labels=("no", "yes"))
    yp = pd.Series(rng.choice(["maybe", "no", "yes"], n))
    w2 = ConfusionMatrixWidget(yt, yp)
    labels = ["maybe", "no", "yes"]
    assert classes_list(w2) == labels
    np.testing.assert_array_equal(w2.counts, sk_cm(yt.to_numpy(), yp.to_numpy(), labels))
    check_cells(w2, yt.to_numpy(), yp.to_numpy(), labels)


def test_pandas_int_series_with_weights_series():
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(8)
    n = 70
    yt = pd.Series(rng.integers(0, 4, n), index=np.arange(n) * 3)
    yp = pd.Series(rng.integers(0, 3, n), index=np.arange(n) * 3)
    sw = pd.Series(rng.uniform(0.5, 2.0, n), index=np.arange(n) * 3)
    w = ConfusionMatrixWidget(yt, yp, sample_weight=sw)
    labels = sorted(set(yt) | set(yp))
    np.testing.assert_allclose(w.counts, sk_cm(yt.to_numpy(), yp.to_numpy(), labels, sample_weight=sw.to_numpy()))
    check_cells(w, yt.to_numpy(), yp.to_numpy(), labels)


# ------------------------------------------------------- lists and tuples


def test_lists_and_tuples():
    y_true = (2, 0, 1, 1, 2, 0, 2)
    y_pred = [2, 1, 1, 0, 0, 0, 2]
    w = ConfusionMatrixWidget(y_true, y_pred)
    np.testing.assert_array_equal(w.counts, sk_cm(list(y_true), y_pred, [0, 1, 2]))
    check_cells(w, y_true, y_pred, [0, 1, 2])
    w2 = ConfusionMatrixWidget(list(y_true), tuple(y_pred), labels=(2, 0, 1))
    assert classes_list(w2) == [2, 0, 1]
    np.testing.assert_array_equal(w2.counts, sk_cm(list(y_true), y_pred, [2, 0, 1]))


def test_list_of_score_rows_and_tuples_of_strings():
    y_true = ("cat", "dog", "dog", "cat", "dog")
    scores = [[0.8, 0.2], [0.3, 0.7], [0.6, 0.4], [0.5, 0.5], [0.1, 0.9]]
    w = ConfusionMatrixWidget(y_true, y_score=scores)
    s = np.array(scores)[:, 1]  # sorted classes: column 1 is "dog", the positive class
    check_binary(w, list(y_true), s, 0.5, labels=("cat", "dog"))
    w.threshold = 0.7
    check_binary(w, list(y_true), s, 0.7, labels=("cat", "dog"))


def test_mixed_integer_dtypes():
    rng = np.random.default_rng(9)
    yt = rng.integers(0, 4, 60).astype(np.uint8)
    yp = rng.integers(0, 4, 60).astype(np.int64)
    w = ConfusionMatrixWidget(yt, list(yp))
    labels = sorted(set(yt.tolist()) | set(yp.tolist()))
    np.testing.assert_array_equal(w.counts, sk_cm(yt, yp, labels))
    check_cells(w, yt, yp, labels)


# ----------------------------------------------------- TensorFlow-like


class EagerTensor:
    """Stand-in for tf.Tensor: only ``.numpy()``, shape and dtype, no ``__array__``.

    The type reports TensorFlow's module path, as a real eager tensor does."""

    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, array):
        self._a = np.asarray(array)
        self.shape = self._a.shape
        self.dtype = self._a.dtype

    def numpy(self):
        return self._a.copy()


def test_tensorflow_like_tensor():
    rng = np.random.default_rng(10)
    n, k = 90, 3
    y = rng.integers(0, k, n)
    y[:k] = np.arange(k)
    onehot = np.eye(k, dtype=np.float32)[y]  # keras.utils.to_categorical
    probs = rng.dirichlet(np.ones(k), n).astype(np.float32)
    w = ConfusionMatrixWidget(EagerTensor(onehot), y_score=EagerTensor(probs))
    pred = probs.argmax(axis=1)
    np.testing.assert_array_equal(w.counts, sk_cm(y, pred, list(range(k))))
    check_cells(w, y, pred, list(range(k)))
    # binary sigmoid output, shape (n, 1)
    yb = rng.integers(0, 2, n)
    sb = rng.random((n, 1)).astype(np.float32)
    w2 = ConfusionMatrixWidget(EagerTensor(yb), y_score=EagerTensor(sb))
    check_binary(w2, yb, sb[:, 0].astype(np.float64), 0.5)
