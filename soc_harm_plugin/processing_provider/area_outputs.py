"""Writing scored areas and shared helpers for algorithms that output areas."""
from __future__ import annotations

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ..domain.harm.harm_table import visible
from ..qgis_io.outputs import add_features
from ..translate import tr


def write_scored_areas(alg, parameters, output_name, context, source, area, geometries, added, columns, feedback):
    """Every area with its own attributes plus the ``added`` (name, QVariant type)
    fields, values from ``columns`` (name -> one value per area). Returns the
    destination id; the sink is closed so provenance and style can be written."""
    fields = QgsFields(source.fields())
    for name, kind in added:
        if fields.lookupField(name) < 0:
            fields.append(QgsField(name, kind))
        else:
            feedback.pushWarning(tr("Layer '{0}' already has a field '{1}'; its values are replaced.").format(area.name, name))
    index = [fields.lookupField(name) for name, _ in added]
    wkb_type = QgsWkbTypes.multiType(source.wkbType())
    sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, wkb_type, source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    values_by_field = [plain_list(np.asarray(columns[name])) for name, _ in added]
    n_fields = fields.count()
    appended = index == list(range(n_fields - len(added), n_fields))  # the usual case: new fields at the end
    feature = QgsFeature(fields)  # one feature, refilled: the sink copies what it writes
    for attrs, geom, scores in zip(area.rows.attributes, geometries, zip(*values_by_field)):
        if appended and len(attrs) == n_fields - len(added):
            values = attrs + list(scores)
        else:
            values = list(attrs) + [None] * (n_fields - len(attrs))
            for at, value in zip(index, scores):
                values[at] = value
        feature.setAttributes(values)
        if geom is not None:
            feature.setGeometry(geom)
        else:
            feature.clearGeometry()
        add_features(sink, feature, output_name)
    del sink
    return dest_id


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
    text = ", ".join("'{0}' ({1})".format(visible(k), v) for k, v in items[:n])
    return text + (", ..." if len(items) > n else "")


def area_measure(ellipsoid: str) -> str:
    if not ellipsoid or ellipsoid.upper() == "NONE":
        return "planimetric area in the areas' CRS, km2"
    return "ellipsoidal area on {0}, km2".format(ellipsoid)


def as_json(obj) -> str:
    import json

    return json.dumps(obj, sort_keys=True, default=str)
