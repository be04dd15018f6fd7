"""The toolbox groups, defined once: each group's id (stable, it places the algorithms in
the toolbox and in saved models) and its name. An algorithm sets ``GROUP_ID`` to one of these."""
from __future__ import annotations

from ..translate import tr

SCORING = "scoring"
PREPARING = "preparing"
CHANGE = "change"
HOTSPOTS = "hotspots"
MAPS = "maps"
COMMUNITY = "community"


def group_name(group_id: str) -> str:
    """The group's name as the toolbox shows it (translated)."""
    return {
        SCORING: tr("Harm scoring"),
        PREPARING: tr("Preparing data"),
        CHANGE: tr("Change over time"),
        HOTSPOTS: tr("Harm hotspots"),
        MAPS: tr("Maps and briefings"),
        COMMUNITY: tr("Community"),
    }[group_id]
