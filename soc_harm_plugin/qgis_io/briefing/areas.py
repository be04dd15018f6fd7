"""The pack's input layers, each read once into figures by area (BriefingLayer), with what must not be published."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsVectorLayer,
)

from ...domain.sharing import briefing
from ...domain.limits import finite_or_none
from ...domain.sharing.privacy import (
    IdentifierField,
    identifier_fields,
    personal_fields_of,
)
from ...translate import tr
from ..outputs import provenance_of
from ...compat import (
    FeatureRequestFlag,
    field_type,
    FieldType,
)
from .options import BriefingError


HARM_FIELDS = ("harm_score",)
CHANGE_FIELDS = ("harm_change_pct", "harm_current", "harm_baseline", "change_class")
HOTSPOT_FIELDS = ("gi_bin",)


@dataclass
class BriefingLayer:
    """One input layer read once: its figures by area key, and what must not be published."""

    layer: QgsVectorLayer
    role: str
    provenance: dict
    id_field: str
    name_field: Optional[str]  # None when there is none or it identifies a person
    identifiers: List[IdentifierField]
    figures: List[briefing.AreaFigures]
    fids: List[int]
    personal_values: Dict[str, List] = field(default_factory=dict)  # identifier field -> values (by feature)

    def by_key(self) -> Dict[str, briefing.AreaFigures]:
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


def _guess_layer_id_field(layer: QgsVectorLayer, identifiers: Sequence[str]) -> Optional[str]:
    names = [n for n in layer.fields().names() if n not in identifiers and n.lower() != "fid"]
    for name in names:
        if name.lower().endswith("_id") or name.lower() in ("id", "code", "area_id"):
            return name
    for name in names:
        if field_type(layer.fields().field(name)) == FieldType.String:
            return name
    return None


def _guess_layer_name_field(layer: QgsVectorLayer, identifiers: Sequence[str]) -> Optional[str]:
    for name in layer.fields().names():
        if name in identifiers:
            continue
        lower = name.lower()
        if lower.endswith("_name") or lower in ("name", "label"):
            return name
    return None


def read_briefing_layer(layer: QgsVectorLayer, role: str, required: Sequence[str], include_personal: bool,
                    extra_personal: Sequence[str] = (), log=None) -> BriefingLayer:
    """Read the figures of one layer once. ``required``: at least one of these fields must be there."""
    log = log or _logger(None)
    if layer is None or not layer.isValid():
        raise BriefingError(tr("The {0} layer cannot be read.").format(role))
    name = layer.name()
    names = layer.fields().names()
    if not any(f in names for f in required):
        raise BriefingError(tr(
            "Layer '{0}' ({1}) has none of the fields {2}: give a layer written by SOC Harm's {3}.").format(
            name, role, ", ".join(required), _producer(role)))
    if layer.featureCount() == 0:
        raise BriefingError(tr("Layer '{0}' ({1}) has no features: there is nothing to brief on.").format(name, role))
    provenance = provenance_of(layer) or {}
    personal = list(personal_fields_of(provenance)) + list(extra_personal)
    identifiers = identifier_fields(names, personal)
    identifier_names = [f.name for f in identifiers]

    id_field = provenance.get("area_id_field") if isinstance(provenance.get("area_id_field"), str) else None
    if not id_field or id_field not in names:
        id_field = _guess_layer_id_field(layer, identifier_names)
    if not id_field:
        raise BriefingError(tr("Layer '{0}' ({1}) has no area id field.").format(name, role))
    name_field = provenance.get("area_name_field") if isinstance(provenance.get("area_name_field"), str) else None
    if not name_field or name_field not in names:
        name_field = _guess_layer_name_field(layer, identifier_names)
    if name_field in identifier_names and not include_personal:
        log.warning(tr(
            "Layer '{0}': the area name field '{1}' identifies a person, so areas are labelled by '{2}'.").format(
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
        area = briefing.AreaFigures(key=key, label=label)
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
        log.warning(tr(
            "Layer '{0}': the area id field '{1}' identifies a person, so areas are labelled by their rank.").format(
            name, id_field))
    _fill_ranks_and_shares(figures, relabel=id_is_personal and name_field is None)
    return BriefingLayer(layer, role, provenance, id_field, name_field, identifiers, figures, fids, personal_values)


def _producer(role: str) -> str:
    if role == "change":
        return tr("Compare harm between periods (socharm:harmchange)")
    if role == "hotspots":
        return tr("Harm hotspots (socharm:hotspots)")
    return tr("Score harm by area (socharm:scoreharm) or Score areas with a harm scheme (socharm:scorescheme)")


def _fill_ranks_and_shares(figures: List[briefing.AreaFigures], relabel: bool = False) -> None:
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


def join_change(scored: BriefingLayer, change: BriefingLayer) -> int:
    """Copy the change figures onto the scored areas with the same key; the number matched."""
    by_key = change.by_key()
    drivers = briefing.drivers_from_provenance(change.provenance)
    matched = 0
    for area in scored.figures:
        other = by_key.get(area.key)
        if other is None:
            continue
        matched += 1
        area.drivers = drivers.get(area.key, [])
        area.rank_before = other.rank_before
        area.harm_before = other.harm_before
        area.n_before = other.n_before
        area.change_pct = other.change_pct
        area.change_class = other.change_class
    return matched


def _scheme_measures(area_layer: BriefingLayer) -> List[Tuple[str, str]]:
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


def _measure_table(area_layer: BriefingLayer, fid: int, area: briefing.AreaFigures, measures,
                   suppress_below: int) -> Optional[briefing.Table]:
    feature = area_layer.layer.getFeature(fid)
    rows = []
    total = float(area.harm or 0.0)
    for key, label in measures:
        harm = _finite(feature["{0}_harm".format(key)]) or 0.0
        n_field = "{0}_n".format(key)
        n = _finite(feature[n_field]) if area_layer.layer.fields().lookupField(n_field) >= 0 else None
        share = 100.0 * harm / total if total > 0 else None
        rows.append([briefing.Cell(label), briefing.Cell(briefing.suppress_count_text(n, suppress_below)),
                     briefing.Cell(briefing.format_number(harm)),
                     briefing.Cell(briefing.format_percent(share))])
    rows.sort(key=lambda r: -float(r[2].text.replace(",", "") or 0))
    return briefing.Table([tr("Measure"), tr("Records"), tr("Harm"), tr("Share")], rows, [False, True, True, True])


# ------------------------------------------------------------------ did it work? (socharm:interventionimpact, cohorts)


@dataclass
class ImpactInput:
    """What the 'Did it work?' page reads from socharm:interventionimpact's zones map (or table)."""

    layer: QgsVectorLayer
    provenance: dict
    rows: List[dict]  # one per zone: zone, n_before, n_after, harm_before, harm_after

    @property
    def results(self) -> dict:
        results = self.provenance.get("results")
        return results if isinstance(results, dict) else {}

    @property
    def has_map(self) -> bool:
        return self.layer.isSpatial()


def _rows_of(layer: QgsVectorLayer, fields: Sequence[str], what: str) -> List[dict]:
    names = layer.fields().names()
    missing = [f for f in fields if f not in names]
    if missing:
        raise BriefingError(tr("Layer '{0}' has no field {1}: give {2}.").format(layer.name(), ", ".join(missing),
                                                                               what))
    request = QgsFeatureRequest().setSubsetOfAttributes(list(fields), layer.fields())
    return [{f: _value(feature[f]) for f in fields} for feature in layer.getFeatures(request)]


def read_impact_layer(layer: QgsVectorLayer, log) -> ImpactInput:
    """The zones and results of socharm:interventionimpact; a layer without its results in the
    provenance still gives the zones' table (the log says so)."""
    rows = _rows_of(layer, ("zone", "n_before", "n_after", "harm_before", "harm_after"),
                    tr("the zones map (ZONES) or table (OUTPUT) of Intervention impact"))
    impact = ImpactInput(layer, provenance_of(layer) or {}, rows)
    if not impact.results:
        log.warning(tr("Layer '{0}' carries no results of Intervention impact in its provenance: the 'Did it "
                       "work?' page shows only the records and harm by zone.").format(layer.name()))
    return impact


def read_cohort_rows(layer: QgsVectorLayer) -> List[dict]:
    """Referral cohorts (socharm:referralimpact COHORTS): one dict per cohort."""
    return _rows_of(layer, briefing.COHORT_FIELDS, tr("the COHORTS table of Referral impact"))
