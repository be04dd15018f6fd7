"""A print-ready briefing pack: a multi-page PDF laid out from .qpt templates.

Pages (A4 landscape, each from its template in resources/templates/):

1. summary (``briefing_summary.qpt``): the harm map with rank labels, legend,
   scale bar, north arrow and attribution; key points (the generated
   narrative); the top-N table with rank moves and harm change.
2. what changed (``briefing_change.qpt``), with a change layer: the diverging
   change map, significant changes emphasised; every area's change.
3. hot spots (``briefing_hotspots.qpt``), with a hot spot layer: Gi* bins
   and the significant hot and cold spots.
4. one page per area of the scored layer, most harm first, with ATLAS
   (``briefing_atlas.qpt``): the area with its detail areas (e.g. wards)
   drawn and ranked, and its harm by measure when a scheme scored it.
5. method (``briefing_method.qpt``): the harm table's provenance, every
   record accounted for, data protection, sources and licences.

The marking (OFFICIAL, OFFICIAL-SENSITIVE) is printed in the header and
footer of every page. The PDF's text is real text, so it can be searched.

Safe to share: tables, map labels and the narrative print only area labels
and figures. Fields that identify a person (privacy.identifier_fields, with
the scheme's personal fields from the provenance) are never read into the
pack's map layers; an area name field that is one is replaced by the area
id. As a last check, every text placed on a page is scrubbed of the values
those fields hold. Counts below ``suppress_below`` print as "<5". With
``include_personal`` the identifier fields of the scored layer are added to
its table and nothing is scrubbed.

The layers the pack draws are memory copies, so the user's layers and
styles are never touched; the layout lives in a private project.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsTableCell,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage
from qgis.PyQt.QtXml import QDomDocument

from ..about import plugin_version, resource_path
from ..domain.sharing import briefing as b
from ..domain.sharing import narrative as nar
from ..domain.codes import DECREASE, INCREASE, TOO_FEW
from ..domain.limits import finite_or_none
from ..domain.sharing.privacy import (
    IdentifierField,
    Scrubber,
    describe_fields,
    identifier_fields,
    identifier_values,
    personal_fields_of,
)
from ..domain.language import formats
from ..domain.language import languages as lang
from ..translate import document_language, speaking, tr
from .outputs import add_features, provenance_of
from .styles import apply_change_style, apply_harm_style, apply_hotspot_style, distinct_harm_classes, hotspot_label
from ..compat import (
    DistanceUnit,
    FeatureRequestFlag,
    field_type,
    FieldType,
    GeometryType,
    label_font,
    LabelMultiLineAlignment,
    LabelPlacement,
    LayoutUnit,
    legend_style_font,
    LegendComponent,
    set_label_font,
    set_legend_style_font,
)

MARKINGS = b.MARKINGS
LANGUAGES = lang.CHOICES  # en, cy, bilingual (Welsh first on each page)
TEMPLATE_KINDS = ("summary", "change", "hotspots", "atlas", "method")
HARM_FIELDS = ("harm_score",)
CHANGE_FIELDS = ("harm_change_pct", "harm_current", "harm_baseline", "change_class")
HOTSPOT_FIELDS = ("gi_bin",)
MAX_TOP_N = 20
MAX_ATLAS_PAGES = 1000  # an atlas has one page per area: above this, the pack refuses (see check_atlas_pages)
TITLE_SIZES = (17.0, 15.0, 13.0, 12.0)  # a long title is set smaller, then shortened with an ellipsis
SUBTITLE_SIZES = (9.5, 9.0, 8.5, 8.0)
MAP_NAME_MM = 40.0  # an area name on a map is at most this wide (then shortened with an ellipsis)
NAME_MM = 75.0  # an area name in a sentence is at most this wide, about 45 letters
TABLE_TEXT_LINES = 2  # a name in a table takes at most two lines, then ends with an ellipsis
TABLE_TEXT_MIN_MM = 12.0  # a text column narrower than this: the table is set smaller
TABLE_WORD_MAX_MM = 30.0  # a text column is as wide as its longest word up to this; longer words are shortened
TABLE_TEXT_EASY_MM = 35.0  # numbers' headings stay on one line when names still get this much (or all they need)
NUMBER_SLACK_MM = 0.3  # numbers get their measured width and this to spare
LABEL_NAMES_UP_TO = 15  # label areas with their names (not only ranks) when there are at most this many
LINE_MM_PER_PT = 0.3528 * 1.2  # a line of text is about 1.2 times its size, in mm per point
EMPHASIS_COLOURS = {INCREASE: "#b2182b", DECREASE: "#2166ac", "muted": "#6e6e6e"}


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
    language: str = lang.ENGLISH  # en, cy or bilingual: the words of every page (numbers are the same in each)
    produced: dt.date = field(default_factory=dt.date.today)
    template_dir: Optional[Path] = None  # resources/templates unless set


@dataclass
class AreaLayer:
    """One input layer read once: its figures by area key, and what must not be published."""

    layer: QgsVectorLayer
    role: str
    provenance: dict
    id_field: str
    name_field: Optional[str]  # None when there is none or it identifies a person
    identifiers: List[IdentifierField]
    figures: List[b.AreaFigures]
    fids: List[int]
    personal_values: Dict[str, List] = field(default_factory=dict)  # identifier field -> values (by feature)

    def by_key(self) -> Dict[str, b.AreaFigures]:
        return {a.key: a for a in self.figures}

    @property
    def geography(self) -> Optional[str]:
        """The geography code from the provenance, else from the id field's name (``ward_id`` -> ward)."""
        value = self.provenance.get("geography") if self.provenance else None
        if isinstance(value, str) and value:
            return value
        lower = self.id_field.lower()
        for code in ("sector", "ward", "street", "lsoa"):
            if lower.startswith(code):
                return code
        if lower.startswith("cell") or lower.startswith("grid"):
            return "grid"
        return None


def _logger(feedback):
    class Log:
        def info(self, text):
            if feedback is not None:
                feedback.pushInfo(text)

        def warning(self, text):
            if feedback is not None:
                feedback.pushWarning(text)

    return Log()


# ------------------------------------------------------------------ reading


def _value(value):
    """A QGIS attribute as plain Python (NULL -> None)."""
    if value is None:
        return None
    try:
        from qgis.PyQt.QtCore import QVariant

        if isinstance(value, QVariant) and value.isNull():
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


def _finite(value) -> Optional[float]:
    """A QGIS attribute as a finite number; None for NULL, NaN, an infinity or text."""
    return finite_or_none(_value(value))


def _int(value) -> Optional[int]:
    number = _finite(value)
    return None if number is None else int(round(number))


def _guess_id_field(layer: QgsVectorLayer, identifiers: Sequence[str]) -> Optional[str]:
    names = [n for n in layer.fields().names() if n not in identifiers and n.lower() != "fid"]
    for name in names:
        if name.lower().endswith("_id") or name.lower() in ("id", "code", "area_id"):
            return name
    for name in names:
        if field_type(layer.fields().field(name)) == FieldType.String:
            return name
    return None


def _guess_name_field(layer: QgsVectorLayer, identifiers: Sequence[str]) -> Optional[str]:
    for name in layer.fields().names():
        if name in identifiers:
            continue
        lower = name.lower()
        if lower.endswith("_name") or lower in ("name", "label"):
            return name
    return None


def read_area_layer(layer: QgsVectorLayer, role: str, required: Sequence[str], include_personal: bool,
                    extra_personal: Sequence[str] = (), log=None) -> AreaLayer:
    """Read the figures of one layer once. ``required``: at least one of these fields must be there."""
    log = log or _logger(None)
    if layer is None or not layer.isValid():
        raise BriefingError(tr("The {0} layer cannot be read.").format(role))
    name = layer.name()
    names = layer.fields().names()
    if not any(f in names for f in required):
        raise BriefingError(tr("Layer '{0}' ({1}) has none of the fields {2}: give a layer written by SOC Harm's {3}.").format(
            name, role, ", ".join(required), _producer(role)))
    if layer.featureCount() == 0:
        raise BriefingError(tr("Layer '{0}' ({1}) has no features: there is nothing to brief on.").format(name, role))
    provenance = provenance_of(layer) or {}
    personal = list(personal_fields_of(provenance)) + list(extra_personal)
    identifiers = identifier_fields(names, personal)
    identifier_names = [f.name for f in identifiers]

    id_field = provenance.get("area_id_field") if isinstance(provenance.get("area_id_field"), str) else None
    if not id_field or id_field not in names:
        id_field = _guess_id_field(layer, identifier_names)
    if not id_field:
        raise BriefingError(tr("Layer '{0}' ({1}) has no area id field.").format(name, role))
    name_field = provenance.get("area_name_field") if isinstance(provenance.get("area_name_field"), str) else None
    if not name_field or name_field not in names:
        name_field = _guess_name_field(layer, identifier_names)
    if name_field in identifier_names and not include_personal:
        log.warning(tr("Layer '{0}': the area name field '{1}' identifies a person, so areas are labelled by '{2}'.").format(
            name, name_field, id_field))
        name_field = None
    id_is_personal = id_field in identifier_names and not include_personal

    # identifier values are read only for the final check that none reaches a page
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
    figures, fids = [], []
    personal_values: Dict[str, List] = {n: [] for n in identifier_names}
    index = {n: layer.fields().lookupField(n) for n in names}

    def get(attrs, field_name):
        at = index.get(field_name, -1)
        return attrs[at] if at >= 0 else None

    for feature in layer.getFeatures(request):
        attrs = feature.attributes()
        key_value = _value(get(attrs, id_field))
        key = "" if key_value is None else str(key_value)
        label_value = _value(get(attrs, name_field)) if name_field else None
        label = str(label_value) if label_value not in (None, "") else key
        area = b.AreaFigures(key=key, label=label)
        area.harm = _finite(get(attrs, "harm_score")) or 0.0
        area.rank = _int(get(attrs, "harm_rank"))
        area.share = _finite(get(attrs, "harm_share"))
        area.n = _finite(get(attrs, "harm_n"))
        if role == "change":
            area.harm = _finite(get(attrs, "harm_current")) if "harm_current" in index else area.harm
            area.harm = area.harm or 0.0
            area.n = _finite(get(attrs, "n_current"))
            area.rank = _int(get(attrs, "rank_current"))
            area.rank_before = _int(get(attrs, "rank_baseline"))
            area.harm_before = _finite(get(attrs, "harm_baseline"))
            area.n_before = _finite(get(attrs, "n_baseline"))
            area.change_pct = _finite(get(attrs, "harm_change_pct"))
            code = _value(get(attrs, "change_class"))
            area.change_class = str(code) if code is not None else None
        if role == "hotspots":
            area.hotspot_bin = _int(get(attrs, "gi_bin"))
            area.hotspot_z = _finite(get(attrs, "gi_z"))
        for ident in identifier_names:
            personal_values[ident].append(_value(get(attrs, ident)))
        figures.append(area)
        fids.append(feature.id())
    if id_is_personal:
        log.warning(tr("Layer '{0}': the area id field '{1}' identifies a person, so areas are labelled by their rank.").format(
            name, id_field))
    _fill_ranks_and_shares(figures, relabel=id_is_personal and name_field is None)
    return AreaLayer(layer, role, provenance, id_field, name_field, identifiers, figures, fids, personal_values)


def _producer(role: str) -> str:
    if role == "change":
        return tr("Compare harm between periods (socharm:harmchange)")
    if role == "hotspots":
        return tr("Harm hotspots (socharm:hotspots)")
    return tr("Score harm by area (socharm:scoreharm) or Score areas with a harm scheme (socharm:scorescheme)")


def _fill_ranks_and_shares(figures: List[b.AreaFigures], relabel: bool = False) -> None:
    """Ranks (1 = most harm, ties share the lower rank) and shares where the layer has none."""
    import bisect

    harms = [float(a.harm or 0.0) for a in figures]
    total = sum(harms)
    ascending = sorted(harms)
    for area in figures:
        if area.rank is None:  # 1 + how many areas have more harm (sorted once: a pack may have thousands)
            area.rank = 1 + len(ascending) - bisect.bisect_right(ascending, float(area.harm or 0.0))
        if area.share is None and total > 0:
            area.share = 100.0 * float(area.harm or 0.0) / total
        if relabel:
            area.label = tr("Area ranked {0}").format(area.rank)


def join_change(scored: AreaLayer, change: AreaLayer) -> int:
    """Copy the change figures onto the scored areas with the same key; the number matched."""
    by_key = change.by_key()
    matched = 0
    for area in scored.figures:
        other = by_key.get(area.key)
        if other is None:
            continue
        matched += 1
        area.rank_before = other.rank_before
        area.harm_before = other.harm_before
        area.n_before = other.n_before
        area.change_pct = other.change_pct
        area.change_class = other.change_class
    return matched


# ------------------------------------------------------------------ text

def period_text(provenance: Optional[dict]) -> str:
    """The scored period in words, from provenance['period']."""
    period = (provenance or {}).get("period") if isinstance(provenance, dict) else None
    if not isinstance(period, dict) or not (period.get("start") or period.get("end")):
        return tr("all dates")
    return _span_words(period.get("start"), period.get("end"), bool(period.get("month_only")))


def _span_words(start_iso, end_iso, month_only: bool = False) -> str:
    """"1 January 2024 to 31 December 2024" (months only: "January 2024 to December 2024"), in the
    language being written: "1 Ionawr 2024 i 31 Rhagfyr 2024", "Ionawr 2024 i Ragfyr 2024"."""
    words = formats.format_span(str(start_iso)[:10] if start_iso else None, str(end_iso)[:10] if end_iso else None,
                                document_language(), month_only)
    return words or tr("all dates")


def _period_field_words(value: str) -> str:
    """A period field as socharm:harmchange writes it ("2024-01-01 to 2024-12-31", a stable
    form) in words in the language being written; any other text as it is."""
    match = re.match(r"^\s*(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})\s*$", value)
    return _span_words(match.group(1), match.group(2)) if match else value


def harm_unit(provenance: Optional[dict]) -> str:
    table = (provenance or {}).get("harm_table") if isinstance(provenance, dict) else None
    key = table.get("key", "") if isinstance(table, dict) else ""
    if isinstance(key, str) and key.startswith("ons_css"):
        return tr("CSS points")
    return tr("harm points")


def harm_table_text(provenance: Optional[dict]) -> str:
    table = (provenance or {}).get("harm_table") if isinstance(provenance, dict) else None
    if isinstance(table, dict) and table.get("name"):
        return tr("{0}, version {1}").format(table.get("name"), table.get("version") or "?")
    scheme = (provenance or {}).get("scheme") if isinstance(provenance, dict) else None
    if isinstance(scheme, dict) and scheme.get("name"):
        return tr("scheme {0}, version {1}").format(scheme.get("name"), scheme.get("version") or "?")
    return tr("harm table not recorded")


def attribution_text(year: int) -> str:
    return (tr("Contains public sector information licensed under the Open Government Licence v3.0.") + " "
            + tr("Boundaries: contains OS data \u00a9 Crown copyright and database right {0}.").format(year))


def estimate_text_height(text: str, width_mm: float, size_pt: float, family: str = "Arial", bold: bool = False) -> float:
    """The height (mm) of ``text`` wrapped to ``width_mm`` at ``size_pt``, laid out as a layout
    label lays it out (QGIS 3.22 draws label text with a pixel-size font ten times the size
    in mm, on a rectangle ten times the size), plus a millimetre to spare."""
    scale = 10.0
    font = QFont(family)
    font.setPixelSize(int(size_pt * 25.4 / 72.0 * scale + 0.5))
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    metrics = QFontMetricsF(font)
    rect = metrics.boundingRect(QRectF(0, 0, width_mm * scale, 1e8), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    return rect.height() / scale + 1.0


# ------------------------------------------------------------------ layers drawn

def memory_copy(layer: QgsVectorLayer, fields: Sequence[str], name: str, labels: Optional[Dict[int, str]] = None,
                fids: Optional[Sequence[int]] = None, crs=None, transform_context=None) -> QgsVectorLayer:
    """A memory layer of ``layer``'s geometry and only ``fields`` (plus ``pack_label``
    from ``labels`` by feature id): what a pack draws, never an identifier."""
    source_fields = layer.fields()
    kept = [f for f in fields if source_fields.lookupField(f) >= 0]
    geometry = QgsWkbTypes.displayString(QgsWkbTypes.multiType(layer.wkbType()))
    target_crs = crs or layer.crs()
    copy = QgsVectorLayer("{0}?crs={1}".format(geometry, target_crs.authid() or "EPSG:27700"), name, "memory")
    if not target_crs.authid():
        copy.setCrs(target_crs)
    provider = copy.dataProvider()
    attributes = [source_fields.field(f) for f in kept]
    from qgis.core import QgsField

    attributes.append(QgsField("pack_label", FieldType.String))
    if not provider.addAttributes(attributes):
        raise BriefingError(tr("Could not copy the fields {0} of layer '{1}' to draw them.").format(", ".join(kept), layer.name()))
    copy.updateFields()
    request = QgsFeatureRequest().setSubsetOfAttributes(kept, source_fields)
    if fids is not None:
        request.setFilterFids(list(fids))
    transform = None
    if layer.crs() != target_crs and transform_context is not None:
        transform = QgsCoordinateTransform(layer.crs(), target_crs, transform_context)
    features = []
    index = [source_fields.lookupField(f) for f in kept]
    for feature in layer.getFeatures(request):
        out = QgsFeature(copy.fields())
        attrs = feature.attributes()
        out.setAttributes([attrs[i] for i in index] + [(labels or {}).get(feature.id(), "")])
        geometry_value = QgsGeometry(feature.geometry())
        if transform is not None and not geometry_value.isNull() \
                and geometry_value.transform(transform) != Qgis.GeometryOperationResult.Success:
            geometry_value = QgsGeometry()  # not drawn, rather than drawn in the wrong place
        out.setGeometry(geometry_value)
        features.append(out)
    add_features(provider, features, name, error=BriefingError)
    copy.updateExtents()
    if not provider.createSpatialIndex():  # an atlas page draws a few areas of thousands: find them, not read them all
        from qgis.core import QgsMessageLog  # without the index the same areas are drawn, only more slowly

        QgsMessageLog.logMessage(tr("Layer '{0}' has no spatial index: its maps are drawn more slowly.").format(name),
                                 "SOC Harm", Qgis.MessageLevel.Warning)
    return copy


def _single(layer: QgsVectorLayer, fill: str, outline: str, width: float) -> None:
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": str(width)})
    if layer.geometryType() != GeometryType.Polygon:
        from qgis.core import QgsSymbol

        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(outline))  # noqa: QGS202 (QgsSymbol.setColor returns nothing)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _outline_only(layer: QgsVectorLayer, colour: str, width: float) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "style": "no", "outline_color": colour,
                                         "outline_width": str(width)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _label_layer(layer: QgsVectorLayer, size: float = 8.0) -> None:
    """Label with pack_label (already the published text)."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = "pack_label"
    settings.isExpression = False
    settings.placement = LabelPlacement.OverPoint if layer.geometryType() == GeometryType.Polygon \
        else LabelPlacement.Curved
    settings.multilineAlign = LabelMultiLineAlignment.Center
    text = QgsTextFormat()
    font = QFont("Arial")
    font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#1a1a1a"))  # noqa: QGS202 (QgsTextFormat.setColor returns nothing)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.9)
    buffer.setColor(QColor("#ffffff"))  # noqa: QGS202 (QgsTextBufferSettings.setColor returns nothing)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# ------------------------------------------------------------------ the pack


class _PageWords:
    """The texts of one page in both languages, Welsh first: the page is laid out in English
    first and every text it prints kept in order (:meth:`keep`); then it is laid out again in
    Welsh, and each text takes its English after it (:meth:`pair`). The two layouts print the
    same texts in the same order (the same areas, numbers and branches), so the n-th Welsh
    text is the n-th English text's translation. A text that reads the same in both (a
    number, a name) is printed once."""

    def __init__(self):
        self.english: List[str] = []
        self.replaying = False
        self.position = 0
        self.last_pair: Tuple[str, str] = ("", "")  # the last one-line text paired: (Welsh, English)

    def keep(self, text: str) -> str:
        self.english.append(text or "")
        return text

    def pair(self, welsh: str, block: bool) -> str:
        english = self.english[self.position] if self.position < len(self.english) else ""
        self.position += 1
        self.last_pair = (welsh or "", english)
        if block:
            return _pair_blocks(welsh or "", english)
        return lang.join_inline([welsh, english])

    def text(self, text: str, block: bool = False) -> str:
        return self.pair(text, block) if self.replaying else self.keep(text)


def _pair_blocks(welsh: str, english: str) -> str:
    """Welsh and English paragraphs: line by line (each Welsh line, then its English) when
    they have as many lines, so a list of points reads in pairs; else the Welsh block, then
    the English one."""
    if not english or welsh == english:
        return welsh or english
    if not welsh:
        return english
    welsh_lines, english_lines = welsh.split("\n"), english.split("\n")
    if len(welsh_lines) == len(english_lines):
        out = []
        for cy, en in zip(welsh_lines, english_lines):
            out.append(cy)
            if en and en != cy:
                out.append(en)
        return "\n".join(out)
    return lang.join_blocks([welsh, english], separator="\n\n")


class BriefingPack:
    """Writes the pack page by page (:meth:`export`): each page is laid out alone, written
    and let go, so memory does not grow with the pages. :meth:`build` lays every page
    out in one layout instead, to look at or test a small pack."""

    def __init__(self, scored: QgsVectorLayer, options: PackOptions, change: Optional[QgsVectorLayer] = None,
                 hotspots: Optional[QgsVectorLayer] = None, detail: Optional[QgsVectorLayer] = None,
                 feedback=None, is_canceled: Callable[[], bool] = lambda: False):
        self.options = options
        self.log = _logger(feedback)
        self.feedback = feedback
        self.is_canceled = is_canceled
        if options.marking not in MARKINGS:
            raise BriefingError(tr("Unknown marking '{0}': use one of {1}.").format(options.marking, ", ".join(MARKINGS)))
        if options.language not in LANGUAGES:
            raise BriefingError(tr("Unknown language '{0}': use one of {1}.").format(options.language, ", ".join(LANGUAGES)))
        self.languages = lang.languages_of(options.language)  # in print order: Welsh first when both
        self._words: Optional[_PageWords] = None  # a bilingual page's texts while it is laid out
        self.template_dir = Path(options.template_dir) if options.template_dir else resource_path("templates")
        self._templates: Dict[str, Tuple[QDomDocument, object]] = {}
        for kind in self._kinds_needed(change, hotspots):
            self._template(kind)  # a missing template fails before any work
        include = options.include_personal
        if options.atlas:
            check_atlas_pages(scored)  # before reading anything: the refusal comes at once
        self.scored = read_area_layer(scored, "scored", HARM_FIELDS + ("harm_rank",), include, log=self.log)
        if "harm_score" not in scored.fields().names():
            raise BriefingError(tr("Layer '{0}' has no harm_score field: score it with Score harm by area first.").format(scored.name()))
        extra_personal = personal_fields_of(self.scored.provenance)
        self.change = read_area_layer(change, "change", CHANGE_FIELDS, include, extra_personal, self.log) if change else None
        self.hotspots = read_area_layer(hotspots, "hotspots", HOTSPOT_FIELDS, include, extra_personal, self.log) if hotspots else None
        self.detail = read_area_layer(detail, "detail", HARM_FIELDS, include, extra_personal, self.log) if detail else None
        if self.hotspots is not None and self.detail is not None:
            bins = {a.key: a.hotspot_bin for a in self.hotspots.figures}
            for area in self.detail.figures:
                area.hotspot_bin = bins.get(area.key, area.hotspot_bin)
        if self.change is not None:
            matched = join_change(self.scored, self.change)
            if matched == 0:
                self.log.warning(tr("No area of '{0}' matches an area of '{1}' by '{2}': the ranked table shows no change.").format(
                    scored.name(), change.name(), self.scored.id_field))
        self.scrub = self._scrubber()
        self.project = QgsProject()
        self.project.setCrs(scored.crs())
        self.layout: Optional[QgsPrintLayout] = None
        self._keep: List[QgsVectorLayer] = []  # layers the layout draws: alive until the page is written
        self._plan = self._page_plan()
        self.pages: List[str] = [kind for kind, _ in self._plan]
        self.page_items: List[Dict[str, object]] = []
        self._page_number = 0  # the page being laid out, from 0
        self._atlas: Dict[str, dict] = {}  # what every atlas page shares, made on the first one (per language)

    # -------------------------------------------------------------- privacy

    def all_identifiers(self) -> List[Tuple[str, str, str]]:
        """(layer name, field, category) of every identifier field in the inputs."""
        out = []
        for area_layer in self._layers():
            for name, category in describe_fields(area_layer.identifiers):
                out.append((area_layer.layer.name(), name, category))
        return out

    def _layers(self) -> List[AreaLayer]:
        return [x for x in (self.scored, self.change, self.hotspots, self.detail) if x is not None]

    def _scrubber(self) -> Scrubber:
        if self.options.include_personal:
            return Scrubber([])
        values = set()
        for area_layer in self._layers():
            values |= identifier_values(area_layer.personal_values, area_layer.identifiers)
        return Scrubber(values)

    def publish(self, text: str, block: bool = False) -> str:
        """Every text the pack prints passes here: identifiers withheld, and on a bilingual
        page each text paired with its English (``block``: paragraphs, else one line)."""
        if text:
            self.scrub.replacement = tr("[withheld]")
            text = self.scrub(text)
        return self._words.text(text, block) if self._words is not None else text

    # -------------------------------------------------------------- templates

    def _kinds_needed(self, change, hotspots) -> List[str]:
        kinds = ["summary", "method"]
        if change is not None:
            kinds.append("change")
        if hotspots is not None:
            kinds.append("hotspots")
        if self.options.atlas:
            kinds.append("atlas")
        return kinds

    def _template(self, kind: str):
        if kind in self._templates:
            return self._templates[kind]
        path = self.template_dir / "briefing_{0}.qpt".format(kind)
        if not path.is_file():
            raise BriefingError(tr("The layout template '{0}' is missing: reinstall SOC Harm or restore the file.").format(path))
        document = QDomDocument()
        ok = document.setContent(path.read_text(encoding="utf-8"))
        ok = ok[0] if isinstance(ok, tuple) else ok
        if not ok:
            raise BriefingError(tr("The layout template '{0}' cannot be read as XML.").format(path))
        size = _template_page_size(document)
        if size is None:
            raise BriefingError(tr("The layout template '{0}' has no page.").format(path))
        self._templates[kind] = (document, size)
        return self._templates[kind]

    def _add_page(self, kind: str) -> Dict[str, object]:
        document, size = self._template(kind)
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(size)
        self.layout.pageCollection().addPage(page)
        top = page.pos().y()
        items = self.layout.addItemsFromXml(document.documentElement(), document, QgsReadWriteContext(),
                                            QPointF(1.0, top + 1.0), True)
        by_id: Dict[str, object] = {}
        for item in items:
            _plain_glyphs(item)
            if item.id():
                by_id[item.id()] = item
        self.page_items.append(by_id)
        return by_id

    def _layout_page(self) -> int:
        """The index, in the layout, of the page being laid out."""
        return self.layout.pageCollection().pageCount() - 1

    # -------------------------------------------------------------- build

    def _page_plan(self) -> List[Tuple[str, Optional[b.AreaFigures]]]:
        """Every page in order: (template kind, the area of an atlas page)."""
        plan: List[Tuple[str, Optional[b.AreaFigures]]] = [("summary", None)]
        if self.change is not None:
            plan.append(("change", None))
        if self.hotspots is not None:
            plan.append(("hotspots", None))
        if self.options.atlas:
            plan += [("atlas", area) for area in b.by_rank(self.scored.figures)]
        plan.append(("method", None))
        return plan

    def _new_layout(self) -> QgsPrintLayout:
        layout = QgsPrintLayout(self.project)
        layout.setName(self.options.title or tr("Harm briefing"))
        layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        return layout

    def _lay_out(self, index: int) -> None:
        """Add page ``index`` of the pack to the current layout, in the pack's language; a
        bilingual page is laid out in English on a layout of its own first, to pair each of
        its Welsh texts with the English one (:class:`_PageWords`)."""
        if len(self.languages) == 1:
            with speaking(self.languages[0]):
                self._fill_page(index)
            return
        kept = (self.layout, self.page_items, self._keep, self.scrub.replaced)
        words = _PageWords()
        self._words = words
        try:
            self.layout, self.page_items, self._keep = self._new_layout(), [], []
            with speaking(lang.ENGLISH):
                self._fill_page(index)
            self.layout, self.page_items, self._keep, self.scrub.replaced = kept  # the English layout is let go
            words.replaying = True
            with speaking(lang.WELSH):
                self._fill_page(index)
        finally:
            self._words = None

    def _fill_page(self, index: int) -> None:
        kind, area = self._plan[index]
        self._page_number = index
        if kind == "summary":
            self._summary_page()
        elif kind == "change":
            self._change_page()
        elif kind == "hotspots":
            self._hotspot_page()
        elif kind == "atlas":
            self._atlas_page(area)
        else:
            self._method_page()

    def build(self) -> QgsPrintLayout:
        """Every page in one layout, to look at or test. Its memory grows with the pages:
        :meth:`export` writes a pack page by page."""
        self.layout = self._new_layout()
        self.page_items = []
        self._keep = []
        for index in range(len(self._plan)):
            if self._canceled():
                break
            self._lay_out(index)
        self._report()
        return self.layout

    def page_layout(self, index: int) -> QgsPrintLayout:
        """A new layout holding page ``index`` alone (the previous page's layout and layers are let go)."""
        self.layout = None
        self.page_items = []
        self._keep = []
        self.layout = self._new_layout()
        self._lay_out(index)
        return self.layout

    def _report(self) -> None:
        if self.scrub.replaced:
            self.log.warning(tr("{0} identifier values found in the pack's text were withheld.").format(self.scrub.replaced))
        counts: Dict[str, int] = {}
        for kind in self.pages:
            counts[kind] = counts.get(kind, 0) + 1
        self.log.info(tr("Briefing pack laid out: {0} pages ({1}).").format(
            len(self.pages), ", ".join(kind if n == 1 else "{0} \u00d7 {1}".format(kind, n) for kind, n in counts.items())))

    def _canceled(self) -> bool:
        return bool(self.is_canceled())

    # -------------------------------------------------------------- shared fillers

    def _areas_word(self, area_layer: AreaLayer) -> str:
        return nar.areas_word(area_layer.geography, tr)

    def _area_word(self, area_layer: Optional[AreaLayer]) -> str:
        """One area of the layer's geography: "sector" (a word of its own in each language)."""
        return nar.area_word(area_layer.geography if area_layer is not None else None, tr)

    def _area_heading(self, area_layer: Optional[AreaLayer]) -> str:
        word = self._area_word(area_layer)
        return word[:1].upper() + word[1:]

    def _frame(self, items, title: str, subtitle: str, name: Optional[str] = None) -> None:
        """Marking, title, subtitle, footer and page number. Each is one line inside its box:
        a long title is set smaller, then shortened with an ellipsis. With ``name``, ``title``
        is a pattern ({0} for the name) and only the name is shortened."""
        marking = b.marking_words(self.options.marking, tr)  # SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE when both
        for key in ("marking_header", "marking_footer"):
            item = items.get(key)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(self.publish(marking))
        if name is None:
            self._set_line(items, "title", "{0}", title, sizes=TITLE_SIZES)
        else:
            self._set_line(items, "title", title, name, sizes=TITLE_SIZES)
        self._set_line(items, "subtitle", "{0}", subtitle, sizes=SUBTITLE_SIZES)
        produced = formats.format_date(self.options.produced, document_language())
        title = self.options.title or tr("Harm briefing")
        if self._words is None:
            footer = tr("{0} \u00b7 produced {1} with SOC Harm {2}").format("{0}", produced, plugin_version())
            self._set_line(items, "footer_left", footer, title)
        else:  # bilingual: the title once, then when it was made in each language
            made = self.publish(tr("produced {0} with SOC Harm {1}").format(produced, plugin_version()))
            self._set_line(items, "footer_left", "{0} \u00b7 " + made, title, pattern_published=True)
        self._set_line(items, "footer_right", "{0}", tr("Page {0} of {1}").format(self._page_number + 1, len(self.pages)))

    def _set_text(self, items, key: str, text: str) -> Optional[QgsLayoutItemLabel]:
        """A label that wraps: any word wider than its box is shortened with an ellipsis."""
        item = items.get(key)
        if isinstance(item, QgsLayoutItemLabel):
            item.setText(b.shorten_long_words(self.publish(text, block=True), item.sizeWithUnits().width(),
                                              measure(label_font(item))))
            return item
        return None

    def _set_line(self, items, key: str, pattern: str, name: str, sizes: Sequence[float] = (),
                  pattern_published: bool = False) -> Optional[QgsLayoutItemLabel]:
        """Put ``pattern`` with ``name`` in it ({0}) on one line of a label: at the first of
        ``sizes`` (points) at which it fits the label's width (the label's own size when none
        is given), else at the last size with ``name`` shortened by an ellipsis. On a bilingual
        page a line too long for both languages takes two: the Welsh, then the English."""
        item = items.get(key)
        if not isinstance(item, QgsLayoutItemLabel):
            return None
        font = label_font(item)
        width = item.sizeWithUnits().width()
        replaying = self._words is not None and self._words.replaying
        name = " ".join(self.publish(name or "").split())
        names = self._words.last_pair if replaying else ("", "")
        if not pattern_published:
            pattern = self.publish(pattern)
        patterns = self._words.last_pair if replaying and not pattern_published else ("", "")
        pair = None  # a bilingual line's Welsh and English, when they differ
        if replaying and all(patterns) and patterns[0] != patterns[1]:
            pair = [part.replace("{0}", name) for part in patterns]
        elif replaying and all(names) and names[0] != names[1]:
            pair = [pattern.replace("{0}", " ".join(part.split())) for part in names]
        text = pattern.replace("{0}", name)
        chosen = None
        for size in sizes or (font.pointSizeF(),):
            chosen = size
            if text_width(text, _sized(font, size)) <= width:
                break
        if pair and text_width(text, _sized(font, chosen)) > width:
            return self._two_lines(item, font, chosen, pair, bool(sizes))
        fits = measure(font, size=chosen)
        if sizes:
            set_label_font(item, _sized(font, chosen))
        target = width
        for _ in range(20):
            if fits(text) > target:
                room = target - fits(pattern.replace("{0}", ""))
                text = pattern.replace("{0}", b.elide(name, room, fits)) if room > 0 else b.elide(text, target, fits)
            item.setText(text)
            # QGIS's own measure decides: font hinting at small sizes differs between versions
            over = item.sizeForText().width() - width
            if over <= 0:
                break
            target -= over + 0.5
        return item

    def _two_lines(self, item: QgsLayoutItemLabel, font: QFont, size: float, lines: Sequence[str],
                   resize_font: bool) -> QgsLayoutItemLabel:
        """A bilingual line as two: the Welsh line above the English one, each shortened to the
        label's width if it must be; the label grows to hold both."""
        width, room = item.sizeWithUnits().width(), item.sizeWithUnits().height()
        if resize_font:  # both lines in the label's own height where a size of at least 6 pt allows
            size = max(6.0, min(size, (room + 0.5) / (len(lines) * LINE_MM_PER_PT)))
            set_label_font(item, _sized(font, size))
        fits = measure(font, size=size)
        item.setText("\n".join(b.elide(line, width, fits) if fits(line) > width else line for line in lines))
        height = max(room, len(lines) * size * LINE_MM_PER_PT)
        item.attemptResize(type(item.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        return item

    def _hide(self, items, *keys: str) -> None:
        for key in keys:
            item = items.get(key)
            if item is not None:
                item.setVisibility(False)

    def _move_y(self, item, y_on_page: float, page: int) -> None:
        position = item.positionWithUnits()
        item.attemptMove(QgsLayoutPoint(position.x(), y_on_page, LayoutUnit.Millimeters), True, False, page)

    def _page_y(self, item) -> float:
        return item.pagePos().y()

    def _fit_label(self, item: QgsLayoutItemLabel, text: str, max_height: float, sizes=(9.0, 8.5, 8.0, 7.5)) -> float:
        """Put text in a label at the largest size that fits ``max_height``; the height used.
        A word wider than the label is shortened with an ellipsis (so the text wraps inside
        it); text that does not fit even at the smallest size is cut, ending with an ellipsis."""
        published = self.publish(text, block=True)
        width = item.sizeWithUnits().width()
        font = label_font(item)
        family = font.family()
        chosen = sizes[-1]
        for size in sizes:
            candidate = b.shorten_long_words(published, width, measure(font, size=size))
            if estimate_text_height(candidate, width, size, family) <= max_height:
                chosen = size
                break
        text = b.shorten_long_words(published, width, measure(font, size=chosen))
        if estimate_text_height(text, width, chosen, family) > max_height:
            text = _cut_to_height(text, lambda t: estimate_text_height(t, width, chosen, family) <= max_height)
        set_label_font(item, _sized(font, chosen))
        item.setText(text)
        height = min(max_height, estimate_text_height(text, width, chosen, family))
        item.attemptResize(type(item.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        return height

    def _stack(self, items, page: int, text_key: str, text: str, max_height: float, *below: str) -> None:
        """Fit a text block, then move the items ``below`` (a heading, then its block) up under it."""
        item = items.get(text_key)
        if not isinstance(item, QgsLayoutItemLabel):
            return
        used = self._fit_label(item, text, max_height, sizes=(8.5, 8.0, 7.5, 7.0))
        y = self._page_y(item) + used + 6.0
        for key in below:
            other = items.get(key)
            if other is None:
                continue
            self._move_y(other, y, page)
            y += other.sizeWithUnits().height() + 1.0 if isinstance(other, QgsLayoutItemLabel) else 0.0

    def _table(self, items, key: str, table: b.Table, max_height: Optional[float] = None) -> Optional[object]:
        frame = items.get(key)
        if not isinstance(frame, QgsLayoutFrame):
            return None
        manual = frame.multiFrame()
        heading = items.get(key + "_heading")  # a frame loaded empty shrinks: its column is its heading's width
        width = heading.sizeWithUnits().width() if isinstance(heading, QgsLayoutItemLabel) else 110.0
        heads = [self.publish(text) for text in table.headers]
        texts = [[self.publish(cell.text) for cell in row] for row in table.rows]
        widths, header_measure, content_measure = self._column_widths(manual, heads, texts, table.align_right, width)
        headers = []
        for k, (text, right) in enumerate(zip(heads, table.align_right)):
            # QGIS wraps a heading at its spaces (a column is never narrower than its heading's longest
            # word, but for a text column's word longer than TABLE_WORD_MAX_MM: that word is shortened)
            column = QgsLayoutTableColumn(b.shorten_long_words(text, widths[k], header_measure))
            column.setHAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
            headers.append(column)
        manual.setHeaders(headers)
        base = manual.contentTextFormat()
        rows = []
        for row, row_texts in zip(table.rows, texts):
            cells = []
            for k, (cell, text, right) in enumerate(zip(row, row_texts, table.align_right)):
                if not right:  # names wrap onto two lines at most, then end with an ellipsis
                    text = "\n".join(b.wrap(text, widths[k], content_measure, max_lines=TABLE_TEXT_LINES * len(self.languages)))
                table_cell = QgsTableCell(text)
                table_cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                if cell.emphasis:
                    text_format = type(base)(base)
                    font = text_format.font()
                    if cell.emphasis in (INCREASE, DECREASE, "strong"):
                        font.setBold(True)
                    text_format.setFont(font)
                    if cell.emphasis in EMPHASIS_COLOURS:
                        text_format.setColor(QColor(EMPHASIS_COLOURS[cell.emphasis]))  # noqa: QGS202 (QgsTextFormat: returns nothing)
                    table_cell.setTextFormat(text_format)
                cells.append(table_cell)
            rows.append(cells)
        manual.setTableContents(rows)
        manual.setColumnWidths(widths)
        manual.refresh()
        cap = max_height if max_height is not None else 180.0
        height = table_height(self.layout, manual, len(rows), cap)
        frame.attemptResize(type(frame.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        if height >= cap and len(rows) and table_height(self.layout, manual, len(rows), cap + 500.0) > cap:
            self.log.warning(tr("The table '{0}' has more rows than fit on its page: the last rows are left out.").format(
                table.headers[0] if table.headers else key))
        return manual

    def _column_widths(self, manual, heads: List[str], texts: List[List[str]], numbers: Sequence[bool], width: float):
        """Column widths for a table ``width`` wide, and the measures of its header and content text.

        A column of numbers is as wide as its widest number (and the longest word of its
        heading), always: a number is never narrowed, wrapped or cut (a rank 10 squeezed
        into the width of one digit prints as 0). The text columns share what is left;
        each is at least as wide as its longest word (up to TABLE_WORD_MAX_MM), so words wrap
        whole; longer text wraps onto two lines and ends with an ellipsis. When even that
        does not fit beside the numbers, the whole table is set smaller."""
        margin = manual.cellMargin()
        n = len(heads)
        room = width - n * 2.0 * margin - (n + 1) * manual.gridStrokeWidth() - 0.5
        header_format, content_format = manual.headerTextFormat(), manual.contentTextFormat()
        header_size, content_size = header_format.size(), content_format.size()
        header_font, content_font = header_format.font(), content_format.font()
        widths: List[float] = []
        header_measure = content_measure = None
        for step in range(0, 5):
            shrink = 0.5 * step
            header_measure = measure(header_font, bold=True, size=header_size - shrink)
            content_measure = measure(content_font, bold=True, size=content_size - shrink)  # bold: the widest case
            natural, smallest, unwrapped = [], [], []
            for k, heading in enumerate(heads):
                heading_word = max([header_measure(w) for w in heading.split()] + [0.0])
                content = max([content_measure(row[k]) for row in texts] + [0.0])
                if numbers[k]:
                    natural.append(max(heading_word, content) + NUMBER_SLACK_MM)
                    smallest.append(natural[-1])
                    unwrapped.append(max(header_measure(heading), content) + NUMBER_SLACK_MM)
                else:  # as wide as its longest word (so words wrap whole), unless that is a very long word
                    longest_word = max([content_measure(w) for row in texts for w in row[k].split()] + [heading_word])
                    natural.append(max(header_measure(heading), content))
                    smallest.append(max(TABLE_TEXT_MIN_MM, min(longest_word, TABLE_WORD_MAX_MM)))
                    unwrapped.append(natural[-1])
            # numbers' headings on one line when the names lose little by it; else they wrap at their spaces
            widths, fits = b.column_widths(unwrapped, smallest, numbers, room)
            if fits and all(numbers[k] or widths[k] >= min(natural[k], TABLE_TEXT_EASY_MM) for k in range(len(heads))):
                break
            widths, fits = b.column_widths(natural, smallest, numbers, room)
            if fits:
                break
        if step:
            header_format.setSize(header_size - shrink)
            content_format.setSize(content_size - shrink)
            manual.setHeaderTextFormat(header_format)
            manual.setContentTextFormat(content_format)
        return widths, header_measure, content_measure

    def _map(self, items, layers_top_first: Sequence[QgsVectorLayer], extent: QgsRectangle, crs,
             legend_layers: Sequence[QgsVectorLayer], legend_title: str, note: str = "") -> Optional[QgsLayoutItemMap]:
        map_item = items.get("map")
        if not isinstance(map_item, QgsLayoutItemMap):
            return None
        self._keep.extend(layers_top_first)
        map_item.setCrs(crs)
        map_item.setLayers(list(layers_top_first))
        map_item.setKeepLayerSet(True)
        box = QgsRectangle(extent)
        if box.isEmpty():
            box = QgsRectangle(box.xMinimum() - 500, box.yMinimum() - 500, box.xMaximum() + 500, box.yMaximum() + 500)
        box.scale(1.06)
        map_item.zoomToExtent(box)
        arrow = items.get("north_arrow")
        if isinstance(arrow, QgsLayoutItemPicture):
            arrow.setPicturePath(str(resource_path("templates", "north_arrow.svg")))
            arrow.setLinkedMap(map_item)
        scale = items.get("scalebar")
        if isinstance(scale, QgsLayoutItemScaleBar):
            scale.setLinkedMap(map_item)
            units = DistanceUnit.Kilometers if not crs.isGeographic() else DistanceUnit.Degrees
            scale.applyDefaultSize(units)
            scale.setNumberOfSegmentsLeft(0)
            scale.setNumberOfSegments(min(scale.numberOfSegments(), 3))
            scale.setUnitLabel(tr("km") if units == DistanceUnit.Kilometers else "\u00b0")
            scale.update()
        legend = items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            legend.setLinkedMap(map_item)
            legend.setAutoUpdateModel(False)
            legend.setTitle(self.publish(legend_title, block=True))  # bilingual: the Welsh line, then the English
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for layer in legend_layers:
                node = root.addLayer(layer)
                QgsLegendRenderer.setNodeLegendStyle(node, LegendComponent.Hidden)
            classes = sum(len(legend.model().layerLegendNodes(n)) for n in root.findLayers())
            legend.setColumnCount(1 if classes <= 3 else min(3, (classes + 2) // 3))
            legend.setResizeToContents(True)
            legend.updateLegend()
            legend.adjustBoxSize()
        note_item = self._set_line(items, "map_note", "{0}", note, sizes=(7.0, 6.5, 6.0))
        if isinstance(legend, QgsLayoutItemLegend) and note_item is not None:
            page = legend.page()
            # the legend's size counts one line of title: a bilingual title has a second (its font in points, 1.2 lines)
            points = legend_style_font(legend.style(LegendComponent.Title)).pointSizeF()
            extra = legend.title().count("\n") * (points if points > 0 else 10.0) * LINE_MM_PER_PT
            self._move_y(note_item, self._page_y(legend) + legend.sizeWithUnits().height() + extra + 1.0, page)
        attribution = self._set_text(items, "attribution", attribution_text(self.options.produced.year))
        if attribution is not None and note_item is not None:
            self._below(note_item, attribution, bottom=194.5)
        return map_item

    def _below(self, above: QgsLayoutItemLabel, item: QgsLayoutItemLabel, bottom: float) -> None:
        """Move ``item`` under ``above`` when they overlap (a bilingual note takes two lines), its
        text set smaller to end above ``bottom`` (mm on the page). Nothing is published here: the
        two languages' layouts differ in size, never in the texts they print."""
        top = self._page_y(above) + above.sizeWithUnits().height() + 0.3
        if top <= self._page_y(item):
            return
        self._move_y(item, top, item.page())
        font, width = label_font(item), item.sizeWithUnits().width()
        size = font.pointSizeF()
        while size > 5.0 and estimate_text_height(item.text(), width, size, font.family()) > bottom - top:
            size -= 0.5
        set_label_font(item, _sized(font, size))
        item.attemptResize(type(item.sizeWithUnits())(width, max(1.0, bottom - top), LayoutUnit.Millimeters))

    def _right_column(self, items, page: int, narrative_text: str, table_heading: str, table: Optional[b.Table],
                      note: str, narrative_heading: Optional[str] = None, table2_heading: str = "",
                      table2: Optional[b.Table] = None) -> None:
        """Narrative, then the table(s) below it, then the note: stacked to their real heights."""
        bottom = 193.0
        note_item = items.get("table_note")
        note_h = 0.0
        if isinstance(note_item, QgsLayoutItemLabel) and note:
            note_h = estimate_text_height(self.publish(note, block=True), note_item.sizeWithUnits().width(),
                                          label_font(note_item).pointSizeF())
        if narrative_heading is not None:
            self._set_line(items, "narrative_heading", "{0}", narrative_heading)
        text_item = items.get("narrative")
        y = None
        if isinstance(text_item, QgsLayoutItemLabel):
            top = self._page_y(text_item)
            if self._words is None:
                reserve = 14.0 + (8.0 + 5.0 * min(len(table.rows), 6) if table is not None else 0.0) + note_h
            else:  # bilingual: every row, under a heading and column heads of two lines
                reserve = 20.0 + (12.0 + 6.0 * len(table.rows) if table is not None else 0.0) + note_h
            room = max(20.0, bottom - top - reserve)
            used = self._fit_label(text_item, narrative_text, room)
            y = top + used + 4.0
        heading = items.get("table_heading")
        frame = items.get("table")
        if table is None or not table.rows:
            self._hide(items, "table_heading", "table")
            note = ""
        elif isinstance(heading, QgsLayoutItemLabel) and isinstance(frame, QgsLayoutFrame):
            self._set_line(items, "table_heading", "{0}", table_heading)
            if y is not None:
                self._move_y(heading, y, page)
                self._move_y(frame, y + max(7.0, heading.sizeWithUnits().height() + 1.5), page)
            frame_top = self._page_y(frame)
            room = bottom - frame_top - note_h - 1.5
            self._table(items, "table", table, room)
            y = frame_top + frame.sizeWithUnits().height() + 2.0
        heading2, frame2 = items.get("table2_heading"), items.get("table2")
        if table2 is None or not table2.rows:
            self._hide(items, "table2_heading", "table2")
        elif isinstance(heading2, QgsLayoutItemLabel) and isinstance(frame2, QgsLayoutFrame):
            self._set_line(items, "table2_heading", "{0}", table2_heading)
            if y is not None:
                self._move_y(heading2, y + 3.0, page)
                self._move_y(frame2, y + 3.0 + max(7.0, heading2.sizeWithUnits().height() + 1.0), page)
            room = bottom - self._page_y(frame2) - note_h - 1.5
            self._table(items, "table2", table2, room)
            y = self._page_y(frame2) + frame2.sizeWithUnits().height() + 2.0
        if isinstance(note_item, QgsLayoutItemLabel):
            self._set_text(items, "table_note", note)
            if note:
                width = note_item.sizeWithUnits().width()
                note_item.attemptResize(type(note_item.sizeWithUnits())(width, note_h + 0.5, LayoutUnit.Millimeters))
                if y is not None:
                    self._move_y(note_item, min(y + 1.0, bottom - note_h), page)

    # -------------------------------------------------------------- pages

    def _top_n(self) -> int:
        return max(1, min(int(self.options.top_n), MAX_TOP_N))

    def _map_name(self, label: str, size: float) -> str:
        """An area name as a map label prints it: at most MAP_NAME_MM wide."""
        font = QFont("Arial")
        font.setBold(True)
        return b.elide(self.publish(label), MAP_NAME_MM, measure(font, size=size))

    def _short_name(self, label: str) -> str:
        """An area name as a sentence prints it: at most NAME_MM wide."""
        return b.elide(self.publish(label), NAME_MM, measure(QFont("Arial"), size=9.0))

    def _short_names(self, figures: Sequence[b.AreaFigures]) -> List[b.AreaFigures]:
        import dataclasses

        return [dataclasses.replace(a, label=self._short_name(a.label)) for a in figures]

    def _map_labels(self, area_layer: AreaLayer, names: bool, ranked: Optional[set], size: float) -> Dict[int, str]:
        """Map labels by feature id: the name (with ``names``) and the rank of the areas in
        ``ranked`` (keys): rank labels go on the top areas only, never on areas without harm."""
        labels = {}
        for fid, area in zip(area_layer.fids, area_layer.figures):
            parts = [self._map_name(area.label, size)] if names else []
            if ranked is not None and area.key in ranked:
                parts.append("#{0}".format(area.rank))
            labels[fid] = "\n".join(parts)
        return labels

    def _scored_map_layer(self, area_layer: AreaLayer, name: str, label_names: bool, size: float) -> QgsVectorLayer:
        labels = self._map_labels(area_layer, label_names, b.rank_label_keys(area_layer.figures, self._top_n()), size)
        fields = [area_layer.id_field, "harm_score", "harm_rank"]
        return memory_copy(area_layer.layer, fields, name, labels, crs=self.scored.layer.crs(),
                           transform_context=self.project.transformContext())

    def _summary_page(self) -> None:
        items = self._add_page("summary")
        page = self._layout_page()
        scored = self.scored
        word = self._areas_word(scored)
        unit = harm_unit(scored.provenance)
        period = period_text(scored.provenance)
        subtitle = tr("{0} ranked by harm \u00b7 {1} \u00b7 weights: {2}").format(
            word[:1].upper() + word[1:], period, harm_table_text(scored.provenance))
        self._frame(items, self.options.title or tr("Harm briefing"), subtitle)
        many = len(scored.figures) > LABEL_NAMES_UP_TO
        size = 7.5 if many else 8.0
        layer = self._scored_map_layer(scored, tr("Harm ({0})").format(unit), label_names=not many, size=size)
        ranges = distinct_harm_classes([a.harm for a in scored.figures], 5)
        apply_harm_style(layer, "harm_score", len(ranges), ranges=ranges)
        _label_layer(layer, size)
        top_n = self._top_n()
        self._map(items, [layer], layer.extent(), scored.layer.crs(), [layer], tr("Harm ({0}), {1}").format(unit, period),
                  tr("Labels: harm rank of the top {0} {1} (1 = most harm; none on areas without harm). Classes: natural breaks (Jenks).").format(
                      min(top_n, len(scored.figures)), word))
        sentences = nar.narrative(self._short_names(scored.figures), scored.geography, tr)
        table = b.ranked_table(scored.figures, top_n, self.options.suppress_below, tr,
                               area_heading=self._area_heading(scored), harm_heading=tr("Harm"),
                               with_change=self.change is not None)
        if self.options.include_personal and scored.identifiers:
            by_key = scored.by_key()
            for area, values in zip(scored.figures, zip(*[scored.personal_values[f.name] for f in scored.identifiers])):
                by_key[area.key].extra = {f.name: "" if v is None else str(v) for f, v in zip(scored.identifiers, values)}
            table = b.ranked_table(scored.figures, top_n, self.options.suppress_below, tr,
                                   area_heading=self._area_heading(scored), harm_heading=tr("Harm"),
                                   with_change=self.change is not None)
        notes = [tr("Harm in {0}; share of the total across all {1}.").format(unit, word)]
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        if self.change is not None:
            notes.append(tr("Move: places up (\u25b2) or down (\u25bc) the ranking since the baseline. Change in bold colour is significant."))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Top {0} {1} by harm").format(min(top_n, len(scored.figures)), word), table, " ".join(notes),
                           narrative_heading=tr("Key points"))

    def _change_page(self) -> None:
        items = self._add_page("change")
        page = self._layout_page()
        change = self.change
        word = self._areas_word(change) if change.geography else self._areas_word(self.scored)
        current, baseline = self._change_periods()
        subtitle = tr("Harm {0} compared with {1}").format(current, baseline) if current else tr("Harm compared with the baseline")
        self._frame(items, tr("What changed"), subtitle)
        labels = {}
        many = len(change.figures) > LABEL_NAMES_UP_TO
        for fid, area in zip(change.fids, change.figures):
            labels[fid] = self._map_name(area.label, 7.5) if not many else ""
        fields = [change.id_field, "harm_change_pct", "change_class", "count_change_class", "rank_current"]
        base = memory_copy(change.layer, [change.id_field], tr("No baseline"), crs=self.scored.layer.crs(),
                           transform_context=self.project.transformContext())
        _single(base, "#e0e0e0", "#bdbdbd", 0.15)
        layer = memory_copy(change.layer, fields, tr("Change in harm"), labels, crs=self.scored.layer.crs(),
                            transform_context=self.project.transformContext())
        if "harm_change_pct" in change.layer.fields().names():
            apply_change_style(layer, "harm_change_pct", classes=min(6, max(2, len(change.figures) // 2)))
        if not many:
            _label_layer(layer, 7.5)
        self._map(items, [layer, base], base.extent(), self.scored.layer.crs(), [layer],
                  tr("Change in harm (%)"),
                  tr("Full colour, thick outline: significant change. Pale: not significant. Grey: no % change (none in the baseline)."))
        areas = change.figures
        alpha = _alpha(change.provenance)
        sentences = []
        if current:
            sentences.append(tr("{0} is compared with the baseline, {1}.").format(current[:1].upper() + current[1:], baseline))
        sentences.append(tr("A change counts as significant when a test finds it unlikely to be chance (p < {0}); the method page says which tests.").format(alpha))
        rises = sum(1 for a in areas if a.change_class == INCREASE)
        falls = sum(1 for a in areas if a.change_class == DECREASE)
        few = sum(1 for a in areas if a.change_class == TOO_FEW)
        sentences.append(tr("Significant increases: {0}; significant decreases: {1}; too few records to tell: {2} (of {3} {4}).").format(
            rises, falls, few, len(areas), word))
        word_layer = change if change.geography else self.scored
        table = b.change_table(areas, self.options.suppress_below, 20, tr, area_heading=self._area_heading(word_layer))
        notes = [tr("Sorted: significant changes first, then by change.")]
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Change by {0}").format(self._area_word(word_layer)), table, " ".join(notes),
                           narrative_heading=tr("How to read it"))

    def _change_periods(self) -> Tuple[str, str]:
        """The compared period and its baseline in words: from the provenance's periods,
        else from the layer's current_period and baseline_period fields."""
        change = self.change
        periods = change.provenance.get("periods") if change.provenance else None
        if isinstance(periods, dict):
            month_only = bool(periods.get("month_only"))
            current = periods.get("compared_current") or periods.get("current")
            baselines = periods.get("compared_baselines") or periods.get("baselines") or []
            if isinstance(baselines, dict):
                baselines = [baselines]
            if isinstance(current, dict) and len(baselines) == 1 and isinstance(baselines[0], dict):
                return (_span_words(current.get("start"), current.get("end"), month_only),
                        _span_words(baselines[0].get("start"), baselines[0].get("end"), month_only))
        names = change.layer.fields().names()
        if "current_period" in names and "baseline_period" in names:
            feature = next(change.layer.getFeatures(QgsFeatureRequest().setLimit(1).setFlags(FeatureRequestFlag.NoGeometry)), None)
            if feature is not None:
                current, baseline = _value(feature["current_period"]), _value(feature["baseline_period"])
                if current and baseline:
                    return _period_field_words(str(current)), _period_field_words(str(baseline))
        return "", ""

    def _hotspot_page(self) -> None:
        items = self._add_page("hotspots")
        page = self._layout_page()
        hot = self.hotspots
        word = self._areas_word(hot)
        self._frame(items, tr("Where harm clusters"),
                    tr("Hot and cold spots of harm (Getis-Ord Gi*) across {0}").format(word))
        labels = {fid: "" for fid in hot.fids}
        layer = memory_copy(hot.layer, [hot.id_field, "gi_bin", "gi_z"], tr("Hot and cold spots"), labels,
                            crs=self.scored.layer.crs(), transform_context=self.project.transformContext())
        apply_hotspot_style(layer, "gi_bin")
        self._pair_hotspot_labels(layer)
        outline = memory_copy(self.scored.layer, [self.scored.id_field], tr("Areas"),
                              {fid: self._map_name(a.label, 7.0) for fid, a in zip(self.scored.fids, self.scored.figures)}
                              if len(self.scored.figures) <= LABEL_NAMES_UP_TO else None,
                              crs=self.scored.layer.crs(), transform_context=self.project.transformContext())
        _outline_only(outline, "#252525", 0.5)
        if len(self.scored.figures) <= LABEL_NAMES_UP_TO:
            _label_layer(outline, 7.0)
        self._map(items, [outline, layer], layer.extent(), self.scored.layer.crs(), [layer],
                  tr("Hot and cold spots of harm"),
                  tr("Confidence after any correction for multiple tests; dark outlines: {0}.").format(self._areas_word(self.scored)))
        counts = b.hotspot_counts(hot.figures)
        sentences = nar.hotspot_sentences(counts, hot.geography, tr)
        sentences.append(tr("A hot spot is an area whose harm, with its neighbours', is higher than chance would give across the whole force."))
        table = b.hotspot_table(hot.figures, 20, tr, area_heading=self._area_heading(hot))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Significant hot and cold spots"), table,
                           tr("Hottest first, then the coldest; z-score of Gi*."), narrative_heading=tr("Key points"))

    def _pair_hotspot_labels(self, layer: QgsVectorLayer) -> None:
        """On a bilingual page the legend's hot and cold spot classes in both languages, Welsh first."""
        if self._words is None or not self._words.replaying:
            return
        renderer = layer.renderer()
        with speaking(lang.ENGLISH):
            english = [hotspot_label(int(c.value())) for c in renderer.categories()]
        for k, (category, label) in enumerate(zip(renderer.categories(), english)):
            renderer.updateCategoryLabel(k, lang.join_inline([category.label(), label]))

    def _detail_by_parent(self) -> Dict[str, List[int]]:
        """Detail feature indexes by the scored area key they lie in (by a shared id field, else by location)."""
        detail, scored = self.detail, self.scored
        out: Dict[str, List[int]] = {}
        link = scored.id_field if scored.id_field in detail.layer.fields().names() else None
        if link is not None:
            at = detail.layer.fields().lookupField(link)
            request = QgsFeatureRequest().setSubsetOfAttributes([at]).setFlags(FeatureRequestFlag.NoGeometry)
            keys = {f.id(): _value(f.attributes()[at]) for f in detail.layer.getFeatures(request)}
            for k, fid in enumerate(detail.fids):
                parent = keys.get(fid)
                out.setdefault("" if parent is None else str(parent), []).append(k)
            return out
        index = QgsSpatialIndex()
        geometries = {}
        for feature in scored.layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            if index.addFeature(feature):  # False for an area without geometry: nothing lies in it
                geometries[feature.id()] = feature.geometry()
        key_of = {fid: a.key for fid, a in zip(scored.fids, scored.figures)}
        transform = None
        if detail.layer.crs() != scored.layer.crs():
            transform = QgsCoordinateTransform(detail.layer.crs(), scored.layer.crs(), self.project.transformContext())
        position = {fid: k for k, fid in enumerate(detail.fids)}
        for feature in detail.layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            point = feature.geometry().pointOnSurface()
            if point.isNull():
                continue
            if transform is not None and point.transform(transform) != Qgis.GeometryOperationResult.Success:
                continue
            for candidate in index.intersects(point.boundingBox()):
                if geometries[candidate].contains(point):
                    out.setdefault(key_of.get(candidate, ""), []).append(position[feature.id()])
                    break
        return out

    def _atlas_shared(self) -> dict:
        """What every atlas page shares, made once: the outlines, the detail areas by the area
        they lie in, the harm classes, the map of all areas. A page then copies only its own
        areas, so a page costs the same however many pages the pack has."""
        language = document_language()
        if language in self._atlas:
            return self._atlas[language]
        scored = self.scored
        crs = scored.layer.crs()
        context = self.project.transformContext()
        shared = {
            "total": len(scored.figures),
            "word": self._areas_word(scored),
            "unit": harm_unit(scored.provenance),
            "period": period_text(scored.provenance),
            "fid_of": {a.key: fid for fid, a in zip(scored.fids, scored.figures)},
            "measures": _scheme_measures(scored),
            "hotspot_bins": {a.key: a.hotspot_bin for a in self.hotspots.figures} if self.hotspots is not None else {},
        }
        outlines = memory_copy(scored.layer, [scored.id_field], tr("Areas"), crs=crs, transform_context=context)
        _outline_only(outlines, "#636363", 0.35)
        shared["outlines"] = outlines
        if self.detail is not None:
            shared["children"] = self._detail_by_parent()
            shared["detail_ranges"] = distinct_harm_classes([a.harm for a in self.detail.figures], 5)
            context_layer = memory_copy(self.detail.layer, [self.detail.id_field], tr("Other areas"), crs=crs,
                                        transform_context=context)
            _single(context_layer, "#f0f0f0", "#d0d0d0", 0.15)
            shared["context_layer"] = context_layer
            shared["detail_word"] = self._areas_word(self.detail)
        else:
            names = len(scored.figures) <= LABEL_NAMES_UP_TO
            harm_layer = self._scored_map_layer(scored, tr("Harm ({0})").format(shared["unit"]), label_names=names, size=7.5)
            ranges = distinct_harm_classes([a.harm for a in scored.figures], 5)
            apply_harm_style(harm_layer, "harm_score", len(ranges), ranges=ranges)
            _label_layer(harm_layer, 7.5)
            shared["harm_layer"] = harm_layer
        self._atlas[language] = shared
        return shared

    def _atlas_page(self, area: b.AreaFigures) -> None:
        shared = self._atlas_shared()
        scored = self.scored
        word, unit, period, total = shared["word"], shared["unit"], shared["period"], shared["total"]
        crs = scored.layer.crs()
        context = self.project.transformContext()
        items = self._add_page("atlas")
        page = self._layout_page()
        self._frame(items, tr("{0}: rank {1} of {2} {3}").format("{0}", area.rank, total, word),
                    tr("Harm {0} \u00b7 {1}").format(period, harm_table_text(scored.provenance)), name=area.label)
        fid = shared["fid_of"][area.key]
        own = memory_copy(scored.layer, [scored.id_field], tr("This area"), crs=crs, transform_context=context, fids=[fid])
        _outline_only(own, "#000000", 1.1)
        inside: List[b.AreaFigures] = []
        detail_word = shared.get("detail_word", "")
        if self.detail is not None:
            positions = shared["children"].get(area.key, [])
            inside = [self.detail.figures[k] for k in positions]
            many = len(inside) > 25
            size = 6.5 if many else 7.0
            ranked = b.rank_label_keys(inside, self._top_n())
            labels = {}
            for k in positions:
                figure = self.detail.figures[k]
                parts = [] if many else [self._map_name(figure.label, size)]
                if figure.key in ranked:
                    parts.append("#{0}".format(figure.rank))
                labels[self.detail.fids[k]] = "\n".join(parts)
            wards = memory_copy(self.detail.layer, [self.detail.id_field, "harm_score", "harm_rank"],
                                tr("Harm ({0})").format(unit), labels, [self.detail.fids[k] for k in positions],
                                crs=crs, transform_context=context)
            apply_harm_style(wards, "harm_score", 5, ranges=shared["detail_ranges"])
            _label_layer(wards, size)
            layers = [own, shared["outlines"], wards, shared["context_layer"]]
            legend_title = tr("Harm by {0} ({1}), classes across the whole force").format(self._area_word(self.detail), unit)
            legend_layers = [wards]
            note = tr("Labels: force-wide harm rank of the top {0} {1} here. Thick outline: this {2}.").format(
                min(self._top_n(), len(inside)), detail_word, self._area_word(scored))
        else:
            harm_layer = shared["harm_layer"]
            layers = [own, harm_layer]
            legend_title = tr("Harm ({0})").format(unit)
            legend_layers = [harm_layer]
            note = tr("Labels: harm rank of the top {0} {1}. Thick outline: this {2}.").format(
                min(self._top_n(), total), word, self._area_word(scored))
        extent = own.extent()
        extent.scale(1.12)  # some of the neighbours, for context
        self._map(items, [x for x in layers if x is not None], extent, crs, legend_layers, legend_title, note)
        facts = self._facts(area, total, word, unit, inside, detail_word)
        table = b.detail_table(inside, self.options.suppress_below, 25, tr,
                               area_heading=self._area_heading(self.detail)) if self.detail is not None else None
        measures = shared["measures"]
        table2 = _measure_table(scored, fid, area, measures, self.options.suppress_below) if measures else None
        notes = []
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        if self.detail is not None:
            notes.append(tr("Rank: across the whole force."))
        self._right_column(items, page, facts, tr("{0} in {1}").format(detail_word[:1].upper() + detail_word[1:], area.label)
                           if self.detail is not None else "", table, " ".join(notes),
                           narrative_heading=tr("Key figures"), table2_heading=tr("Harm by measure"), table2=table2)

    def _facts(self, area: b.AreaFigures, total_areas: int, word: str, unit: str, inside: List[b.AreaFigures],
               detail_word: str) -> str:
        lines = [
            tr("Rank {0} of {1} {2}").format(area.rank, total_areas, word)
            + (tr(" (was {0})").format(area.rank_before) if area.rank_before is not None else ""),
            tr("Harm: {0} {1}, {2} of the force total").format(b.format_number(area.harm), unit, b.format_percent(area.share)),
            tr("Records: {0}").format(b.suppress_count_text(area.n, self.options.suppress_below)),
        ]
        if area.has_change:
            change = b.format_change(area.change_pct) if not b.is_missing(area.change_pct) else tr("no % change")
            lines.append(tr("Change on the baseline: {0}, {1}").format(change, b.change_class_text(area.change_class, tr).lower()))
        if self.hotspots is not None:
            gi_bin = self._atlas_shared()["hotspot_bins"].get(area.key)
            if gi_bin is not None:
                lines.append(tr("Gi*: {0}").format(b.hotspot_text(gi_bin, tr).lower()))
        if inside:
            top = b.by_rank(inside)[0]
            lines.append(tr("Most harm: {0} (rank {1} of all {2})").format(self._short_name(top.label), top.rank, detail_word))
        return "\n".join("\u2022 " + line for line in lines)

    def _method_page(self) -> None:
        items = self._add_page("method")
        scored = self.scored
        provenance = scored.provenance
        self._frame(items, tr("Method, sources and data protection"),
                    tr("How the figures in this pack were made, and what it leaves out"))
        for key, heading in (("provenance_heading", tr("Where the figures come from")),
                             ("table_heading", tr("Every record accounted for")),
                             ("privacy_heading", tr("Data protection")), ("sources_heading", tr("Sources and licences"))):
            self._set_line(items, key, "{0}", heading)
        lines = [tr("Each record counts once, in the area that holds it, weighted by the harm of its offence; an area's harm is the sum of its records' weights, and areas are ranked by it (1 = most harm)."), ""]
        table = provenance.get("harm_table") if isinstance(provenance.get("harm_table"), dict) else {}
        if table:
            lines.append(tr("Harm weights: {0}").format(table.get("name", "")))
            lines.append(tr("Version {0}; file {1}; SHA-256 {2}").format(
                table.get("version", "?"), table.get("source", "?"), str(table.get("sha256", ""))[:16] + "\u2026"))
        scheme = provenance.get("scheme") if isinstance(provenance.get("scheme"), dict) else None
        if scheme:
            lines.append(tr("Harm scheme: {0}, version {1}").format(scheme.get("name", ""), scheme.get("version", "?")))
            labels = [str(m.get("label") or m.get("key")) for m in scheme.get("measures") or [] if isinstance(m, dict)]
            if labels:
                lines.append(tr("Measures: {0}").format("; ".join(labels)))
        lines.append(tr("Period: {0}").format(period_text(provenance)))
        lines.append(tr("Areas: {0} {1} from layer '{2}'").format(
            len(scored.figures), self._areas_word(scored), scored.layer.name()))
        if provenance.get("algorithm"):
            lines.append(tr("Scored by {0} (SOC Harm {1})").format(provenance.get("algorithm"), provenance.get("plugin_version", "?")))
        else:
            lines.append(tr("The scored layer carries no SOC Harm provenance."))
        if self.change is not None:
            current, baseline = self._change_periods()
            tests = self.change.provenance.get("tests") if isinstance(self.change.provenance.get("tests"), dict) else {}
            lines.append(tr("Change: {0} against {1}, from layer '{2}'").format(
                current or "?", baseline or "?", self.change.layer.name()))
            for key in ("count", "harm"):
                if isinstance(tests.get(key), str):
                    lines.append(tr("Test for {0}: {1}").format(key, tests[key]))
        if self.hotspots is not None:
            inference = self.hotspots.provenance.get("inference")
            inference = inference if isinstance(inference, dict) else {}
            details = []
            if inference.get("neighbours"):
                details.append(tr("neighbours: {0}").format(str(inference["neighbours"]).replace("_", " ")))
            if inference.get("permutations"):
                details.append(tr("{0} permutations").format(inference["permutations"]))
            if inference.get("correction") is not None:
                details.append(tr("correction: {0}").format(str(inference["correction"]).replace("_", " ")))
            if inference.get("alpha") is not None:
                details.append(tr("alpha {0}").format(inference["alpha"]))
            lines.append(tr("Hot spots: Getis-Ord Gi* from layer '{0}'").format(self.hotspots.layer.name())
                         + (" ({0})".format("; ".join(details)) if details else ""))
        if self.detail is not None:
            lines.append(tr("Detail: {0} {1} from layer '{2}'").format(
                len(self.detail.figures), self._areas_word(self.detail), self.detail.layer.name()))
        lines.append(tr("Record counts below {0} are shown as <{0} in every table.").format(self.options.suppress_below)
                     if self.options.suppress_below > 0 else tr("No counts are suppressed (SUPPRESS_BELOW is 0)."))
        page = self._layout_page()
        self._stack(items, page, "provenance", "\n".join(lines), 95.0, "table_heading", "table")
        recon = b.reconciliation_table(provenance.get("reconciliation"), self.options.suppress_below, tr)
        if recon.rows:
            self._table(items, "table", recon, 193.0 - self._page_y(items["table"]))
        else:
            self._hide(items, "table_heading", "table")
        identifiers = self.all_identifiers()
        privacy = []
        if self.options.include_personal:
            privacy.append(tr("THIS PACK INCLUDES PERSONAL DATA: it was made with INCLUDE_PERSONAL. Handle it at the marking shown and share it only with those who need it."))
        else:
            privacy.append(tr("Safe to share: the pack names no person. No names, person or nominal ids, dates of birth, addresses, phone numbers or vehicle registrations appear in any table, label or sentence."))
        if identifiers:
            listed = ", ".join("{0} ({1})".format(f, _category_text(c)) for _layer, f, c in identifiers)
            if self.options.include_personal:
                privacy.append(tr("Identifier fields included: {0}.").format(listed))
            else:
                privacy.append(tr("Identifier fields found in the layers and left out: {0}.").format(listed))
        else:
            privacy.append(tr("No field of the layers looks like an identifier."))
        if self.scrub.replaced:
            privacy.append(tr("{0} identifier values found in text were replaced by [withheld].").format(self.scrub.replaced))
        if self.options.suppress_below > 0:
            privacy.append(tr("Small numbers: a count below {0} could help identify a person, so it is shown as <{0}.").format(
                self.options.suppress_below))
        privacy.append(tr("Marking: {0}.").format(b.marking_words(self.options.marking, tr)))
        self._stack(items, page, "privacy", "\n\n".join(privacy), 95.0, "sources_heading", "sources")
        sources = [
            tr("Contains public sector information licensed under the Open Government Licence v3.0."),
            tr("Boundaries: contains OS data \u00a9 Crown copyright and database right {0}.").format(self.options.produced.year),
        ]
        if table and str(table.get("key", "")).startswith("ons_css"):
            sources.append(tr("Harm weights: Office for National Statistics, Crime Severity Score (experimental statistics), Open Government Licence v3.0."))
        sources.append(tr("Made with QGIS and the SOC Harm plugin {0}.").format(plugin_version()))
        if isinstance(items.get("sources"), QgsLayoutItemLabel):
            self._fit_label(items["sources"], "\n\n".join(sources), 193.0 - self._page_y(items["sources"]),
                            sizes=(8.5, 8.0, 7.5, 7.0))

    # -------------------------------------------------------------- export

    def export(self, path: Path, images: Optional[Path] = None, dpi: int = 300, image_dpi: int = 150) -> List[Path]:
        """Write the PDF page by page (and each page as page_NN.png in ``images``): a page
        is laid out alone, written, and let go before the next, so memory stays that of
        one page however many pages the pack has. The PNGs written, in order."""
        path = Path(path)
        folder = Path(images) if images else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        stream = _PageStream(self, folder, image_dpi)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable text
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.appendGeoreference = False
        settings.exportMetadata = True
        settings.simplifyGeometries = True
        result, error = QgsLayoutExporter.exportToPdf(stream, str(path), settings, self.feedback)
        self.layout = None
        self._keep = []
        canceled = stream.canceled or result == QgsLayoutExporter.ExportResult.Canceled
        if stream.error is not None or canceled:
            try:
                os.remove(path)  # a pack cut short is not a pack
            except OSError:
                pass
            if stream.error is not None:
                raise stream.error
            return stream.written
        if result != QgsLayoutExporter.ExportResult.Success:
            raise BriefingError(tr("Writing the briefing pack to '{0}' failed: {1}").format(path, error or result))
        self._report()
        return stream.written

    def export_pdf(self, path: Path, images: Optional[Path] = None) -> Path:
        """:meth:`export`, returning the PDF's path."""
        self.export(path, images)
        return Path(path)


class _PageStream(QgsAbstractLayoutIterator):
    """Gives QgsLayoutExporter the pack one page at a time, each in a layout of its own.

    QGIS's exporter asks for the next page only after writing the previous one, and
    the previous page's layout and layers are let go then: an atlas of a thousand
    pages needs the memory of one."""

    def __init__(self, pack: "BriefingPack", images: Optional[Path], image_dpi: int):
        super().__init__()
        self.pack = pack
        self.images = images
        self.image_dpi = image_dpi
        self.index = -1
        self._layout: Optional[QgsPrintLayout] = None
        self.written: List[Path] = []
        self.error: Optional[Exception] = None
        self.canceled = False

    def beginRender(self) -> bool:  # noqa: N802 (QGIS's name)
        self.index = -1
        return True

    def endRender(self) -> bool:  # noqa: N802
        self._layout = None
        return True

    def count(self) -> int:
        return len(self.pack.pages)

    def filePath(self, baseFilePath: str, extension: str) -> str:  # noqa: N802,N803
        return baseFilePath

    def layout(self):
        return self._layout

    def next(self) -> bool:
        self._layout = None  # the page just written goes
        self.index += 1
        if self.index >= len(self.pack.pages):
            return False
        if self.pack._canceled():
            self.canceled = True
            return False
        try:  # an exception must not cross into QGIS's C++ loop: keep it, stop, raise it after
            self._layout = self.pack.page_layout(self.index)
            if self.images is not None:
                self.written.append(self._write_image())
        except Exception as error:  # noqa: BLE001 (raised again by BriefingPack.export)
            self.error = error
            self._layout = None
            return False
        return True

    def _write_image(self) -> Path:
        image = QgsLayoutExporter(self._layout).renderPageToImage(0, QSize(), self.image_dpi)
        path = self.images / "page_{0:02d}.png".format(self.index + 1)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise BriefingError(tr("Writing page {0} of the briefing pack to '{1}' failed.").format(self.index + 1, path))
        return path


def check_atlas_pages(layer: QgsVectorLayer, limit: Optional[int] = None) -> None:
    """Refuse an atlas of more than ``limit`` (MAX_ATLAS_PAGES) pages, one per area, before any work."""
    limit = MAX_ATLAS_PAGES if limit is None else int(limit)
    count = layer.featureCount() if layer is not None and layer.isValid() else 0
    if count > limit:
        raise BriefingError(tr(
            "The atlas would have {0} pages, one for each area of layer '{1}', and a briefing pack's atlas has at most {2}. "
            "Filter the layer to the areas you need (e.g. one district, or the areas with the most harm), "
            "use a coarser geography with these areas as its detail areas (DETAIL), or turn the atlas off.").format(
                count, layer.name(), limit))


_METRICS_DPI = 300.0
_metrics_cache: Dict[Tuple[str, bool], Tuple[QFontMetricsF, QImage]] = {}


def _metrics(font: QFont, bold: bool) -> QFontMetricsF:
    """Font metrics at 300 dpi, kept per font (measuring is done thousands of times a pack)."""
    key = (font.toString(), bool(bold))
    found = _metrics_cache.get(key)
    if found is None:
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(int(_METRICS_DPI / 0.0254))
        image.setDotsPerMeterY(int(_METRICS_DPI / 0.0254))
        measured = QFont(font)
        if bold:
            measured.setBold(True)
        found = (QFontMetricsF(measured, image), image)
        if len(_metrics_cache) > 64:
            _metrics_cache.clear()
        _metrics_cache[key] = found
    return found[0]


def text_width(text: str, font: QFont, bold: bool = False) -> float:
    """The width (mm) of one line of text in ``font`` (its point size), with 4 % to spare."""
    metrics = _metrics(font, bold)
    return max([metrics.horizontalAdvance(line) for line in (text or "").split("\n")] + [0.0]) * 25.4 / _METRICS_DPI * 1.04


def measure(font: QFont, bold: bool = False, size: Optional[float] = None) -> Callable[[str], float]:
    """A function giving the printed width (mm) of a line of text in ``font`` (at ``size`` points)."""
    font = QFont(font)
    if size is not None:
        font.setPointSizeF(size)
    return lambda text: text_width(text, font, bold)


def table_height(layout, table, rows: int, cap: float) -> float:
    """The height (mm) a table's header and ``rows`` rows take, at most ``cap``
    (QGIS reports only its frames' heights, so ask how many rows fit)."""
    from qgis.core import QgsLayoutUtils

    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    if table.rowsVisible(context, cap, 0, True, False) < rows:
        return cap
    low, high = 0.0, cap
    while high - low > 0.2:
        middle = (low + high) / 2.0
        if table.rowsVisible(context, middle, 0, True, False) >= rows:
            high = middle
        else:
            low = middle
    return high + 0.3


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


# ------------------------------------------------------------------ small helpers

def _cut_to_height(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` (whole words) that, with an ellipsis, still ``fits``."""
    import re

    words = re.split(r"(?<=\s)(?=\S)", text)  # each word with the space after it
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if fits("".join(words[:middle]).rstrip() + b.ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    return "".join(words[:low]).rstrip() + b.ELLIPSIS


def _sized(font: QFont, size: float) -> QFont:
    font = QFont(font)
    font.setPointSizeF(size)
    return font


def _plain_font(font: QFont) -> QFont:
    """No ligatures: "fi" must stay two letters in the PDF's text, or a search for "briefing" fails."""
    font = QFont(font)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _plain_glyphs(item) -> None:
    """Set every font of a template item to draw without ligatures."""
    if isinstance(item, QgsLayoutItemLabel):
        set_label_font(item, _plain_font(label_font(item)))
    elif isinstance(item, QgsLayoutFrame) and item.multiFrame() is not None:
        table = item.multiFrame()
        if hasattr(table, "contentTextFormat"):
            for getter, setter in ((table.contentTextFormat, table.setContentTextFormat),
                                   (table.headerTextFormat, table.setHeaderTextFormat)):
                text_format = getter()
                text_format.setFont(_plain_font(text_format.font()))
                setter(text_format)
    elif isinstance(item, QgsLayoutItemLegend):
        for style in (LegendComponent.Title, LegendComponent.Group, LegendComponent.Subgroup, LegendComponent.SymbolLabel):
            set_legend_style_font(item.rstyle(style), _plain_font(legend_style_font(item.rstyle(style))))
    elif isinstance(item, QgsLayoutItemScaleBar):
        text_format = item.textFormat()
        text_format.setFont(_plain_font(text_format.font()))
        item.setTextFormat(text_format)


def _template_page_size(document: QDomDocument):
    """The size of the template's first page (QgsLayoutSize), read from its XML."""
    from qgis.core import QgsLayoutSize

    pages = document.documentElement().firstChildElement("PageCollection")
    item = pages.firstChildElement("LayoutItem") if not pages.isNull() else pages
    while not item.isNull():
        if item.hasAttribute("size"):
            size = QgsLayoutSize.decodeSize(item.attribute("size"))
            if size.width() > 0 and size.height() > 0:
                return size
        item = item.nextSiblingElement("LayoutItem")
    return None


def _alpha(provenance: Optional[dict]) -> str:
    tests = (provenance or {}).get("tests") if isinstance(provenance, dict) else None
    if isinstance(tests, dict) and tests.get("alpha") is not None:
        return str(tests.get("alpha"))
    parameters = (provenance or {}).get("parameters") if isinstance(provenance, dict) else None
    if isinstance(parameters, dict) and parameters.get("ALPHA") is not None:
        return str(parameters.get("ALPHA"))
    return "0.05"


def _category_text(code: str) -> str:
    return {
        "name": tr("name"),
        "person_id": tr("person id"),
        "date_of_birth": tr("date of birth"),
        "address": tr("address"),
        "phone": tr("phone number"),
        "vehicle": tr("vehicle registration"),
        "email": tr("email"),
        "personal": tr("marked personal by the scheme"),
    }.get(code, code)


def _scheme_measures(area_layer: AreaLayer) -> List[Tuple[str, str]]:
    """(key, label) of the scheme's measures whose <key>_harm field the layer has."""
    scheme = area_layer.provenance.get("scheme") if isinstance(area_layer.provenance, dict) else None
    if not isinstance(scheme, dict):
        return []
    names = area_layer.layer.fields().names()
    out = []
    for measure in scheme.get("measures") or []:
        if isinstance(measure, dict) and measure.get("key") and "{0}_harm".format(measure["key"]) in names:
            out.append((str(measure["key"]), str(measure.get("label") or measure["key"])))
    return out


def _measure_table(area_layer: AreaLayer, fid: int, area: b.AreaFigures, measures, suppress_below: int) -> Optional[b.Table]:
    feature = area_layer.layer.getFeature(fid)
    rows = []
    total = float(area.harm or 0.0)
    for key, label in measures:
        harm = _finite(feature["{0}_harm".format(key)]) or 0.0
        n_field = "{0}_n".format(key)
        n = _finite(feature[n_field]) if area_layer.layer.fields().lookupField(n_field) >= 0 else None
        share = 100.0 * harm / total if total > 0 else None
        rows.append([b.Cell(label), b.Cell(b.suppress_count_text(n, suppress_below)), b.Cell(b.format_number(harm)),
                     b.Cell(b.format_percent(share))])
    rows.sort(key=lambda r: -float(r[2].text.replace(",", "") or 0))
    return b.Table([tr("Measure"), tr("Records"), tr("Harm"), tr("Share")], rows, [False, True, True, True])
