"""What a briefing pack is asked for (PackOptions, the markings, the limits), and the checks made before any work."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsVectorLayer,
)

from ...domain.language import languages
from ...domain.sharing import briefing
from ...translate import tr


MARKINGS = briefing.MARKINGS
LANGUAGES = languages.CHOICES  # en, cy, bilingual (Welsh first on each page)
TEMPLATE_KINDS = ("summary", "change", "hotspots", "atlas", "impact", "method")
MAX_TOP_N = 20
MAX_ATLAS_PAGES = 1000  # an atlas has one page per area: above this, the pack refuses (see check_atlas_pages)


class BriefingError(Exception):
    """A problem with the user's input, in words for the user (already translated)."""


@dataclass
class PackOptions:
    title: str = ""
    marking: str = "OFFICIAL"
    top_n: int = 10
    suppress_below: int = 5
    atlas: bool = False
    include_personal: bool = False
    language: str = languages.ENGLISH  # en, cy or bilingual: the words of every page (numbers are the same in each)
    produced: dt.date = field(default_factory=dt.date.today)
    template_dir: Optional[Path] = None  # resources/templates unless set


def check_atlas_pages(layer: QgsVectorLayer, limit: Optional[int] = None) -> None:
    """Refuse an atlas of more than ``limit`` (MAX_ATLAS_PAGES) pages, one per area, before any work."""
    limit = MAX_ATLAS_PAGES if limit is None else int(limit)
    count = layer.featureCount() if layer is not None and layer.isValid() else 0
    if count > limit:
        raise BriefingError(tr(
            "The atlas would have {0} pages, one for each area of layer '{1}', and a briefing pack's atlas has at "
            "most {2}. "
            "Filter the layer to the areas you need (e.g. one district, or the areas with the most harm), "
            "use a coarser geography with these areas as its detail areas (DETAIL), or turn the atlas off.").format(
                count, layer.name(), limit))


def check_writable(path: Path) -> None:
    """Fail now, with the reason, if the PDF cannot be written there."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(tr("Cannot write the briefing pack to '{0}': {1}").format(path, error.strerror or error))
    if path.exists() and path.is_dir():
        raise BriefingError(tr("Cannot write the briefing pack to '{0}': it is a folder.").format(path))
    existed = path.exists()
    try:
        with open(path, "ab"):
            pass
    except OSError as error:
        raise BriefingError(tr("Cannot write the briefing pack to '{0}': {1}").format(path, error.strerror or error))
    if not existed:
        try:
            os.remove(path)
        except OSError:
            pass
