"""The "SOC Harm" Processing provider (id ``socharm``)."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..about import PROVIDER_ID, plugin_version, resource_path
from ..translate import tr


def algorithm_classes() -> list:
    from .algorithms.assign_areas import AssignAreas
    from .algorithms.score_harm import ScoreHarm

    return [AssignAreas, ScoreHarm]


class SocHarmProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("SOC Harm")

    def longName(self) -> str:
        return tr("SOC Harm {0}").format(plugin_version())

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "soc_harm.svg")))

    def versionInfo(self) -> str:
        return plugin_version()

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
