"""The widget's features: one ``traitlets.HasTraits`` mixin per feature, composed in ``cm_widget.widget``."""

from .abstain import AbstainFeature
from .binary import BinaryFeature
from .core import CoreFeature
from .curves import CurvesFeature
from .multilabel import MultilabelFeature
from .order import OrderFeature
from .output import OutputFeature
from .runs import RunsFeature
from .scale import ScaleFeature
from .scores import ScoresFeature
from .slices import SlicesFeature

__all__ = [
    "CoreFeature",
    "BinaryFeature",
    "CurvesFeature",
    "ScoresFeature",
    "AbstainFeature",
    "MultilabelFeature",
    "OrderFeature",
    "RunsFeature",
    "OutputFeature",
    "SlicesFeature",
    "ScaleFeature",
]
