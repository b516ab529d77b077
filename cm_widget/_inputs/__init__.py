"""The door: whatever the user passes becomes one validated :class:`Record`.

The door in four steps: :mod:`.convert` (to numpy), :mod:`.encode` (to codes), :mod:`.door`
(everything checked), :mod:`.record` (what comes out).
"""

from .convert import (  # noqa: F401 - the door's names, used across the package and its tests
    _as_array,
    _Categorical,
    _check_finite,
    _check_lengths,
    _decode,
    _first_bad,
    _from_one_hot,
    _is_integral,
    _is_utf8,
    _kind,
    _labels_1d,
    _length,
    _looks_one_hot,
    _missing_mask,
    _object_labels,
    _pandas_to_numpy,
    _value_kinds,
    to_numpy,
)
from .door import (  # noqa: F401 - the door's names, used across the package and its tests
    _binary_classes,
    _binary_score,
    _check_finite_total,
    _counts_matrix,
    _describe_labels,
    _excluded_labels,
    _finish,
    _is_probability,
    _object_weights,
    _outside,
    _pos_index,
    _record,
    _score_classes,
    _scores_array,
    _user_stacklevel,
    _weights,
    build_record,
    counts_record,
)
from .encode import (  # noqa: F401 - the door's names, used across the package and its tests
    _as_labels_array,
    _bools_as_ints,
    _dense_encode,
    _encode_labels,
    _encode_union,
    _encode_with_labels,
    _factorize,
    _factorize_keys,
    _first_positions,
    _int_bounds,
    _int_view,
    _restore_dtype,
    _string_keys,
)
from .record import (  # noqa: F401 - the door's names, used across the package and its tests
    _DENSE_RANGE,
    MAX_CLASSES,
    Outside,
    Record,
)
