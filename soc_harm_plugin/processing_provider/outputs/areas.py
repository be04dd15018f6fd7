"""Writing scored areas and shared helpers for algorithms that output areas."""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ...domain.harm.harm_table import visible
from ...domain.limits import first
from ...qgis_io.outputs import add_features, without_passwords
from ...translate import tr
from ...compat import FieldType, WkbType


def write_area_features(alg, parameters, output_name: str, context, *, fields, wkb_type, crs, layer_name: str,
                        added, columns, attributes, geometries, feedback, report_progress: bool = True) -> str:
    """The one writer of area layers: every area with its own ``attributes`` (one list per
    area, in the order of ``fields``) plus the ``added`` (name, type) fields, whose values
    are ``columns`` (one sequence per added field, one plain value per area). A field of
    the same name is replaced, with a warning. ``geometries``: one QgsGeometry (as written)
    or None per area. Returns the destination id; the sink is closed, so provenance and
    style can be written."""
    fields = QgsFields(fields)
    for name, kind in added:
        if fields.lookupField(name) < 0:
            fields.append(QgsField(name, kind))
        else:
            feedback.pushWarning(tr("Layer '{0}' already has a field '{1}'; its values are replaced.").format(
                layer_name, name))
    index = [fields.lookupField(name) for name, _ in added]
    sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    n_fields = fields.count()
    n_own = n_fields - len(added)
    appended = index == list(range(n_own, n_fields))  # the usual case: new fields at the end
    feature = QgsFeature(fields)  # one feature, refilled: the sink copies what it writes
    total = len(attributes)
    step = 100.0 / total if total else 0
    for k, (attrs, geom, values) in enumerate(zip(attributes, geometries, zip(*columns))):
        if report_progress and k % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(k * step)
        if appended and len(attrs) == n_own:
            out = list(attrs) + list(values)
        else:
            out = list(attrs) + [None] * (n_fields - len(attrs))
            for at, value in zip(index, values):
                out[at] = value
        feature.setAttributes(out)
        if geom is not None:
            feature.setGeometry(geom)
        else:
            feature.clearGeometry()
        add_features(sink, feature, output_name)
    del sink
    return dest_id


def write_scored_areas(alg, parameters, output_name, context, source, area, geometries, added, columns, feedback):
    """The areas read by inputs.areas (``area``) with the ``added`` fields, values from
    ``columns`` (name -> one value per area); ``geometries`` as output_geometries gives them."""
    return write_area_features(
        alg, parameters, output_name, context, fields=source.fields(), wkb_type=QgsWkbTypes.multiType(source.wkbType()),
        crs=source.sourceCrs(), layer_name=area.name, added=added,
        columns=[plain_list(np.asarray(columns[name])) for name, _ in added], attributes=area.rows.attributes,
        geometries=geometries, feedback=feedback, report_progress=False)


def geometry_of_wkb(wkb: Optional[bytes]) -> Optional[QgsGeometry]:
    """A multi-part geometry from WKB (None for none), as area layers are written."""
    if wkb is None:
        return None
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    return multi_part(geom)


def plain(value):
    """numpy scalars and NaN to what QGIS writes (NaN -> NULL)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def output_geometries(wkbs) -> list:
    """Each area's geometry as the output holds it (multi-part), None for none."""
    out = []
    for wkb in wkbs:
        if wkb is None:
            out.append(None)
            continue
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        out.append(multi_part(geom))
    return out


def multi_part(geom: QgsGeometry) -> QgsGeometry:
    """``geom``, made multi-part in place as the Multi* outputs hold it. One that
    QGIS cannot make multi-part (a null geometry) stops the run."""
    if not geom.convertToMultiType():
        raise QgsProcessingException(tr("A geometry of type {0} could not be made multi-part for the output.").format(
            QgsWkbTypes.displayString(geom.wkbType())))
    return geom


def plain_list(values: np.ndarray) -> list:
    """A numpy column as the Python values QGIS writes (NaN -> NULL)."""
    out = values.tolist()
    if values.dtype.kind == "f" and np.isnan(values).any():
        out = [None if v != v else v for v in out]
    return out


def text_or_none(value):
    value = plain(value)
    return None if value is None else str(value)


def list_codes(missing: dict, n: int = 10) -> str:
    """The commonest codes and their counts: "'8N' (3), '\\ufeff28X' (1)" (characters that show nothing escaped)."""
    items = sorted(missing.items(), key=lambda kv: -kv[1])
    return first(["'{0}' ({1})".format(visible(k), v) for k, v in items], n)


def area_measure(ellipsoid: str) -> str:
    if not ellipsoid or ellipsoid.upper() == "NONE":
        return "planimetric area in the areas' CRS, km2"
    return "ellipsoidal area on {0}, km2".format(ellipsoid)


def as_json(obj) -> str:
    import json

    return json.dumps(without_passwords(obj), sort_keys=True, default=str)


SCORE_FIELD_TYPES = [
    ("harm_n", FieldType.Int),
    ("harm_score", FieldType.Double),
    ("harm_rank", FieldType.Int),
    ("harm_share", FieldType.Double),
    ("harm_per_km2", FieldType.Double),
]


def write_areas(alg, parameters, sink_name: str, context, rows, added: Sequence[Tuple[str, int]],
                columns: Sequence[Sequence], feedback) -> str:
    """The polygons read by inputs.neighbours (``rows``, PolygonRows) with the ``added``
    fields, values from ``columns`` (one list per added field); returns the destination id."""
    return write_area_features(
        alg, parameters, sink_name, context, fields=rows.fields, wkb_type=QgsWkbTypes.multiType(_layer_type(rows)),
        crs=rows.crs, layer_name=rows.name, added=added, columns=columns, attributes=rows.attributes,
        geometries=(None if geom is None else multi_part(QgsGeometry(geom)) for geom in rows.geometries),
        feedback=feedback)


def _layer_type(rows):
    for geom in rows.geometries:
        if geom is not None:
            return geom.wkbType()
    return WkbType.MultiPolygon


def plain_column(values: np.ndarray, kind: str = "float") -> list:
    """A numpy column as the Python values QGIS writes: NaN -> NULL; 'int' and 'bool' cast."""
    out = []
    for v in np.asarray(values).tolist():
        if v is None or (isinstance(v, float) and v != v):
            out.append(None)
        elif kind == "int":
            out.append(int(v))
        elif kind == "bool":
            out.append(bool(v))
        else:
            out.append(v)
    return out
