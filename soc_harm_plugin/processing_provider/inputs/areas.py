"""Read an area layer (sectors, wards, streets) once and check it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ...domain.harm.denominators import DenominatorError, join_denominators, load_denominators
from ...domain.harm.scoring import Areas
from ...domain.limits import first, float_or_nan
from ...qgis_io.area_layers import AreaRows, read_areas
from ..base import with_help
from ...compat import GeometryType, SourceType

GEOGRAPHIES = ("auto", "sector", "ward", "street", "other")  # enum order is public
GEOGRAPHY = "GEOGRAPHY"
AREAS = "AREAS"
AREA_ID = "AREA_ID"
AREA_NAME = "AREA_NAME"
DENOMINATORS = "DENOMINATORS"
DENOMINATOR_CODE = "DENOMINATOR_CODE"
DENOMINATOR_FIELD = "DENOMINATOR_FIELD"


@dataclass
class AreaLayer:
    name: str
    rows: AreaRows
    id_field: str
    id_index: int
    name_field: str
    areas: Areas
    is_lines: bool


def read_area_layer(alg, source, id_field: str, context, feedback, *, dest_crs,
                    name_field: str = "", population_field: str = "", label: str = "AREAS",
                    layer=None) -> AreaLayer:
    """Areas as WKB with ids; fails with a message naming the layer, field and features.
    ``layer``: the parameter's layer (parameterAsVectorLayer), so a plain file is read in one
    columnar pass (read_areas checks that it lists the features ``source`` does)."""
    name = source.sourceName()
    geometry = QgsWkbTypes.geometryType(source.wkbType())
    if geometry not in (GeometryType.Polygon, GeometryType.Line):
        raise QgsProcessingException(alg.tr(
            "Layer '{0}' given as {1} holds {2} geometries; choose a polygon layer "
            "(or a line layer of streets).").format(
            name, label, QgsWkbTypes.geometryDisplayString(geometry)))
    fields = source.fields()
    id_index = fields.lookupField(id_field) if id_field else -1
    if id_index < 0:
        raise QgsProcessingException(alg.tr("Layer '{0}' has no id field '{1}'. Fields: {2}").format(
            name, id_field, ", ".join(fields.names())))
    for extra in (name_field, population_field):
        if extra and fields.lookupField(extra) < 0:
            raise QgsProcessingException(alg.tr("Layer '{0}' has no field '{1}'.").format(name, extra))
    rows = read_areas(source, dest_crs, context.transformContext(), context.ellipsoid(), feedback, layer=layer)
    if not rows.fids and not feedback.isCanceled():  # a cancelled read is not an empty layer
        raise QgsProcessingException(alg.tr("Layer '{0}' given as {1} has no features.").format(name, label))
    ids = [r[id_index] for r in rows.attributes]
    null_ids = [fid for fid, value in zip(rows.fids, ids) if value is None or str(value).strip() == ""]
    if null_ids:
        raise QgsProcessingException(alg.tr(
            "Layer '{0}': {1} feature(s) have no value in id field '{2}' (feature ids {3}). "
            "Every area needs an id.").format(
            name, len(null_ids), id_field, first(null_ids)))
    duplicates = _duplicates(ids, rows.fids)
    if duplicates:
        listed = "; ".join("{0} (features {1})".format(k, first(v)) for k, v in list(duplicates.items())[:5])
        raise QgsProcessingException(alg.tr(
            "Layer '{0}': id field '{1}' has {2} duplicated id(s): {3}. Make ids unique or dissolve the areas "
            "first.").format(
            name, id_field, len(duplicates), listed))
    if rows.repaired:
        feedback.pushWarning(alg.tr("Layer '{0}': {1} invalid area geometries were repaired before use (feature "
                                    "ids {2}).").format(
            name, len(rows.repaired), first(rows.repaired)))
        report_repairs(alg, name, rows, dest_crs, feedback)
    if rows.empty:
        feedback.pushWarning(alg.tr("Layer '{0}': {1} area(s) have no geometry and can hold no records (feature "
                                    "ids {2}).").format(
            name, len(rows.empty), first(rows.empty)))
    population = None
    if population_field:
        p_index = fields.lookupField(population_field)
        population = np.array([float_or_nan(r[p_index]) for r in rows.attributes], dtype=float)
        bad = [fid for fid, v in zip(rows.fids, population) if not np.isfinite(v) or v <= 0]
        if bad:
            feedback.pushWarning(alg.tr(
                "Layer '{0}': {1} area(s) have no positive population in '{2}'; their harm_per_1000 is empty "
                "(feature ids {3}).").format(
                name, len(bad), population_field, first(bad)))
    is_lines = geometry == GeometryType.Line
    areas = Areas(ids=ids, geometries=rows.wkb, area_m2=rows.area_m2, population=population, is_lines=is_lines)
    return AreaLayer(name, rows, id_field, id_index, name_field, areas, is_lines)


def report_repairs(alg, name: str, rows: AreaRows, crs, feedback) -> None:
    """Warn what the repair of invalid areas dropped: lines and points (a
    spike, a collapsed ring) by feature id, and areas with no area left."""
    if rows.dropped:
        unit = QgsUnitTypes.toAbbreviatedString(crs.mapUnits())
        items = [alg.tr("feature {0}: {1}").format(fid, _dropped_text(alg, dropped, unit))
                 for fid, dropped in list(rows.dropped.items())[:10]]
        feedback.pushWarning(alg.tr(
            "Layer '{0}': repairing {1} area(s) left lines or points, which hold no records and were dropped "
            "(only the polygons are used and written): {2}{3}.").format(
            name, len(rows.dropped), "; ".join(items), "; ..." if len(rows.dropped) > 10 else ""))
    if rows.collapsed:
        feedback.pushWarning(alg.tr(
            "Layer '{0}': {1} area(s) have no area at all (zero-area polygons, such as slivers): repaired, nothing "
            "polygonal is left, "
            "so they hold no records and are written without geometry (feature ids {2}).").format(
            name, len(rows.collapsed), first(rows.collapsed)))


def _dropped_text(alg, dropped, unit: str) -> str:
    parts = []
    if dropped.lines:
        parts.append(alg.tr("{0} line(s) {1:.6g} {2} long").format(dropped.lines, dropped.length, unit))
    if dropped.points:
        parts.append(alg.tr("{0} point(s)").format(dropped.points))
    return alg.tr(" and ").join(parts)


def _duplicates(ids: list, fids: List[int]) -> dict:
    seen = defaultdict(list)
    for value, fid in zip(ids, fids):
        seen[value].append(fid)
    return {k: v for k, v in seen.items() if len(v) > 1}


def geography_for_provenance(choice: str, area: AreaLayer) -> str:
    """The geography written in provenance: the user's choice, or a guess from names."""
    if choice != "auto":
        return choice
    if area.is_lines:
        return "street"
    text = (area.id_field + " " + area.name).lower()
    for word in ("sector", "ward", "street"):
        if word in text:
            return word
    return "other"


def add_area_parameters(alg) -> None:
    """AREAS, AREA_ID and AREA_NAME, as every algorithm that scores areas has them."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterFeatureSource(AREAS, tr("Areas (sectors, wards or streets)"),
                                            [SourceType.VectorPolygon, SourceType.VectorLine]),
        tr("Polygons (a record counts in the area that contains it) or street lines (a record counts on the "
           "nearest street within the search distance). The analysis runs in this layer's CRS.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterField(AREA_ID, tr("Area id field"), parentLayerParameterName=AREAS),
        tr("A unique id per area. A record on a boundary shared by two areas counts once, in the area whose id "
           "sorts first.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterField(AREA_NAME, tr("Area name field"), parentLayerParameterName=AREAS, optional=True),
        tr("A readable name for tables, charts and the panel.")))


def add_geography_parameter(alg) -> None:
    """GEOGRAPHY: which geography the areas are (enum in the order of GEOGRAPHIES), for provenance."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(GEOGRAPHY, tr("Geography"), options=[
            tr("Automatic"), tr("Sector"), tr("Ward"), tr("Street"), tr("Other")], defaultValue=0),
        tr("Which geography the areas are, written into the output's provenance. Automatic guesses from the layer "
           "and id field names."),
        advanced=True))


def add_denominator_parameters(alg) -> None:
    """DENOMINATORS (a CSV), DENOMINATOR_CODE and DENOMINATOR_FIELD: rates per 1,000 from a table."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterFile(DENOMINATORS, tr("Denominators table (CSV)"), extension="csv", optional=True),
        tr("Population or households by area code, e.g. ONS mid-year estimates by LSOA; joined to the areas' ids. "
           "Used instead of the population field."),
        advanced=True))
    alg.add_parameter(with_help(
        QgsProcessingParameterString(DENOMINATOR_CODE, tr("Area code column in the denominators table"), optional=True),
        tr("The column holding the area codes that match the area id field, e.g. LSOA11CD."), advanced=True))
    alg.add_parameter(with_help(
        QgsProcessingParameterString(DENOMINATOR_FIELD, tr("Denominator column"), optional=True),
        tr("The column holding the population or households, e.g. Persons_All-Ages."), advanced=True))


def apply_denominators(alg, parameters, context, area, feedback) -> Optional[dict]:
    """Join the DENOMINATORS table to the areas as their population; None when none is given."""
    path = alg.parameterAsFile(parameters, DENOMINATORS, context)
    if not path:
        return None
    code = alg.parameterAsString(parameters, DENOMINATOR_CODE, context)
    column = alg.parameterAsString(parameters, DENOMINATOR_FIELD, context)
    if not code or not column:
        raise QgsProcessingException(alg.tr(
            "A denominators table needs the area code column and the denominator column (DENOMINATOR_CODE, "
            "DENOMINATOR_FIELD)."))
    try:
        table = load_denominators(path, code, column)
    except DenominatorError as error:
        raise QgsProcessingException(alg.tr("Denominators table problem: {0}").format(str(error)))
    joined = join_denominators(area.areas.ids, table)
    area.areas.population = joined.values
    if table.rejected:
        feedback.pushWarning(alg.tr("Denominators table {0}: {1} row(s) not used: {2}").format(
            Path(path).name, len(table.rejected), "; ".join(table.rejected[:5])))
    if joined.unmatched_areas:
        feedback.pushWarning(alg.tr(
            "{0} area(s) of '{1}' have no denominator in {2} (column '{3}'); their rates are empty: {4}").format(
            len(joined.unmatched_areas), area.name, Path(path).name, column, ", ".join(joined.unmatched_areas[:10])))
    feedback.pushInfo(alg.tr(
        "Denominators: {0} of {1} areas matched in {2}; {3} code(s) of the table are not areas.").format(
        len(area.areas.ids) - len(joined.unmatched_areas), len(area.areas.ids), Path(path).name, joined.unused_codes))
    return {"file": Path(path).name, "code_column": code, "value_column": column,
            "areas_without": len(joined.unmatched_areas), "rows_rejected": len(table.rejected)}

