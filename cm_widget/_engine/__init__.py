"""The numbers: counts, normalisation, cell and threshold indexes, metrics, engines.

numpy only; nothing here knows about widgets or traitlets. Rows are true classes, columns
predicted classes, as in scikit-learn."""

from .confusion import (  # noqa: F401 - the package's names
    Confusion,
)
from .counts import (  # noqa: F401 - the package's names
    NORMALIZE_CHOICES,
    _index_dtype,
    _safe_divide,
    binary_metrics,
    class_metrics,
    confusion_counts,
    count_dtype,
    fractional,
    normalize,
    read_only,
)
from .index import (  # noqa: F401 - the package's names
    CellIndex,
    ThresholdIndex,
    _ordered_keys,
    _ranges,
    _score_order,
)
from .protocol import (  # noqa: F401 - the package's names
    Engine,
)
