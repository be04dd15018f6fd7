"""The "SOC Harm" Processing provider (id ``socharm``)."""
from __future__ import annotations

import importlib
import importlib.util

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..about import LOG_TAG, PROVIDER_ID, plugin_version, resource_path
from ..translate import tr

REQUIRED_PACKAGES = ("numpy", "pandas", "shapely")


def missing_packages() -> list:
    """Required packages that are not installed. Found, not imported: importing
    pandas at every QGIS start would cost every Processing run a tenth of a second."""
    missing = []
    for name in REQUIRED_PACKAGES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def algorithm_classes() -> list:
    from .algorithms.preparing.assign_areas import AssignAreas
    from .algorithms.maps.briefing_pack import BriefingPackAlgorithm
    from .algorithms.community.community_priorities import CommunityPriorities
    from .algorithms.hotspots.concentration import ConcentrationAlgorithm
    from .algorithms.hotspots.emerging_hotspots import EmergingHotspots
    from .algorithms.change.harm_change import HarmChange
    from .algorithms.hotspots.harm_density import HarmDensity
    from .algorithms.hotspots.harm_grid import HarmGrid
    from .algorithms.change.harm_trend import HarmTrend
    from .algorithms.change.intervention_impact import InterventionImpact
    from .algorithms.hotspots.hot_harm import HotHarm
    from .algorithms.hotspots.hotspots import Hotspots
    from .algorithms.preparing.import_police_uk import ImportPoliceUk
    from .algorithms.hotspots.local_moran import LocalMoran
    from .algorithms.change.performance_framework import PerformanceFramework
    from .algorithms.community.recommend_streets import RecommendStreets
    from .algorithms.change.referral_impact import ReferralImpact
    from .algorithms.scoring.score_harm import ScoreHarm
    from .algorithms.scoring.score_scheme import ScoreScheme
    from .algorithms.maps.style_harm import StyleHarm

    return [AssignAreas, ScoreHarm, ScoreScheme, ImportPoliceUk, CommunityPriorities, RecommendStreets,
            HarmGrid, HarmDensity, ConcentrationAlgorithm, HarmChange, HarmTrend, ReferralImpact, PerformanceFramework,
            Hotspots, LocalMoran, HotHarm, EmergingHotspots, InterventionImpact, StyleHarm, BriefingPackAlgorithm]


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
        missing = missing_packages()
        if missing:
            QgsMessageLog.logMessage(tr(
                "SOC Harm needs the Python packages {0}, which this QGIS cannot import, so its algorithms are not "
                "loaded. "
                "The QGIS installers for Windows include them; on Debian or Ubuntu install python3-pandas and "
                "python3-shapely.").format(
                ", ".join(missing)), LOG_TAG, Qgis.MessageLevel.Critical)
            return
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
