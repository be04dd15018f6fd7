"""Attribute columns read once from any layer (and the point of each feature), as plain
Python values: for inputs that are tables rather than records or areas (surveys, streets)."""
from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsWkbTypes

from ...qgis_io.read_layers import to_python, unchecked_features
from ...compat import FeatureRequestFlag, FieldType, InvalidGeometryCheck, WkbType


KINDS = {"int": FieldType.Int, "float": FieldType.Double, "str": FieldType.String}


NUMERIC_TYPES = (FieldType.Int, FieldType.LongLong, FieldType.UInt, FieldType.ULongLong, FieldType.Double)


def read_columns(alg, source, names: Sequence[str], feedback, point_crs, context):
    """Named attribute columns of a source as lists of plain values (read once),
    and with ``point_crs`` the x, y of each feature's point in that CRS (NaN
    where none). Fails naming the layer and field when a field is missing."""
    fields = source.fields()
    names = list(dict.fromkeys(names))
    for name in names:
        if fields.lookupField(name) < 0:
            raise QgsProcessingException(alg.tr("Layer '{0}' has no field '{1}'. Fields: {2}").format(
                source.sourceName(), name, ", ".join(fields.names())))
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(names, fields)
    request.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    if point_crs is None:
        request.setFlags(FeatureRequestFlag.NoGeometry)
    else:
        request.setDestinationCrs(point_crs, context.transformContext())
    idx = [fields.lookupField(name) for name in names]
    columns: Dict[str, list] = {name: [] for name in names}
    xs: List[float] = []
    ys: List[float] = []
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    for i, feature in enumerate(unchecked_features(source, request)):
        if i % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(i * step)
        attrs = feature.attributes()
        for name, j in zip(names, idx):
            columns[name].append(to_python(attrs[j]))
        if point_crs is not None:
            x = y = float("nan")
            geom = feature.geometry()
            if not geom.isNull() and not geom.isEmpty():
                part = geom.constGet()
                if QgsWkbTypes.isMultiType(geom.wkbType()):
                    part = part.geometryN(0) if part.numGeometries() else None
                if part is not None and QgsWkbTypes.flatType(part.wkbType()) == WkbType.Point:
                    x, y = part.x(), part.y()
            xs.append(x)
            ys.append(y)
    xy = (np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)) if point_crs is not None else None
    return columns, xy
