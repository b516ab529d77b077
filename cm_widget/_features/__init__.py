"""The widget's features: one ``traitlets.HasTraits`` mixin per feature, composed in ``cm_widget.widget``."""

from .abstain import AbstainFeature
from .binary import BinaryFeature
from .calibration import CalibrationFeature
from .core import CoreFeature
from .costs import CostsFeature
from .curves import CurvesFeature
from .export import ExportFeature
from .margins import MarginsFeature
from .multilabel import MultilabelFeature
from .order import OrderFeature
from .other import OtherFeature
from .output import OutputFeature
from .rank import RankFeature
from .runs import RunsFeature
from .scale import ScaleFeature
from .scores import ScoresFeature
from .selection import SelectionFeature
from .slices import SlicesFeature
from .summary import SummaryFeature
from .uncertainty import UncertaintyFeature

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
    "RankFeature",
    "SelectionFeature",
    "ExportFeature",
    "SummaryFeature",
    "CostsFeature",
    "UncertaintyFeature",
    "CalibrationFeature",
    "SlicesFeature",
    "ScaleFeature",
    "MarginsFeature",
    "OtherFeature",
]
