"""Turn QGIS layers into columns once: points to x/y arrays, areas to WKB.

Points are read with GDAL's columnar Arrow reader when the layer is a plain
file that QGIS reads through OGR (no edits, no subset, same CRS); every
other source (memory layers, PostGIS, selections, reprojection) goes through
QGIS's feature iterator. Both give the same columns.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .point_wkb import INVALID, NO_GEOMETRY, OK, decode_point_matrix, decode_points


@dataclass
class PointColumns:
    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    status: np.ndarray
    columns: Dict[str, np.ndarray]
    multi_cut: int
    reader: str  # "arrow" or "features"


def to_python(value):
    """QVariant-ish values (NULL, QDate, QDateTime) to plain Python."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def arrow_path(layer: Optional[QgsVectorLayer], dest_crs: QgsCoordinateReferenceSystem):
    """(path, layer name) when the fast columnar reader can read this layer, else None."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    if layer.isModified() or layer.subsetString() or layer.crs() != dest_crs:
        return None
    try:
        from osgeo import gdal, ogr  # noqa: F401
    except ImportError:
        return None
    if int(gdal.VersionInfo()) < 3060000 or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset"):
        return None
    return path, parts.get("layerName") or None, parts.get("layerId")


def read_points(source: QgsProcessingFeatureSource, layer: Optional[QgsVectorLayer],
                fields: Sequence[str], dest_crs: QgsCoordinateReferenceSystem,
                transform_context, feedback=None) -> PointColumns:
    """Point coordinates (in dest_crs), status and the named attribute columns."""
    fast = arrow_path(layer, dest_crs)
    if fast is not None:
        try:
            return _read_points_arrow(fast, list(fields), feedback)
        except Exception as error:  # pragma: no cover - fall back, never fail here
            if feedback is not None:
                feedback.pushDebugInfo("Columnar read failed ({0}); reading features".format(error))
    return _read_points_features(source, list(fields), dest_crs, transform_context, feedback)


def _read_points_arrow(fast, fields: List[str], feedback) -> PointColumns:
    from osgeo import ogr

    path, name, layer_id = fast
    ds = ogr.Open(path)
    if name:
        lyr = ds.GetLayerByName(name)
    elif layer_id not in (None, ""):
        lyr = ds.GetLayer(int(layer_id))
    else:
        lyr = ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    all_fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([f for f in all_fields if f not in fields])
    fid_chunks, geom_chunks = [], []
    col_chunks: Dict[str, list] = {f: [] for f in fields}
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"])  # masked arrays keep NULLs
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            break
        fid_chunks.append(np.asarray(batch[fid_name], dtype=np.int64))
        geom_chunks.append(batch[geom_name])
        for f in fields:
            col_chunks[f].append(batch[f])
    fid = np.concatenate(fid_chunks) if fid_chunks else np.zeros(0, dtype=np.int64)
    x, y, status, multi = _decode_geometry_chunks(geom_chunks)
    columns = {f: _arrow_column(col_chunks[f]) for f in fields}
    return PointColumns(fid, x, y, status, columns, multi, "arrow")


def _decode_geometry_chunks(chunks: list):
    """Arrow gives fixed-size WKB as a void array (all points 2D, no NULLs):
    decode that in one step; anything else blob by blob."""
    xs, ys, states, multi = [], [], [], 0
    for chunk in chunks:
        mask = np.ma.getmaskarray(chunk) if np.ma.isMaskedArray(chunk) else None
        data = np.ma.getdata(chunk)
        if data.dtype.kind == "V" and data.dtype.itemsize == 21 and (mask is None or not mask.any()):
            raw = np.frombuffer(data.tobytes(), dtype=np.uint8).reshape(-1, 21)
            px, py, is_point = decode_point_matrix(raw)
            if is_point.all():
                finite = np.isfinite(px) & np.isfinite(py)
                empty = np.isnan(px) & np.isnan(py)
                state = np.where(finite, OK, np.where(empty, NO_GEOMETRY, INVALID)).astype(object)
                xs.append(px)
                ys.append(py)
                states.append(state)
                continue
        blobs = [None if (mask is not None and mask[i]) or v is None else bytes(v) for i, v in enumerate(data)]
        px, py, state, cut = decode_points(blobs)
        xs.append(px)
        ys.append(py)
        states.append(state)
        multi += cut
    if not xs:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=object), 0
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(states), multi


def _arrow_column(chunks: list) -> np.ndarray:
    """One attribute column as an object array, NULL as None."""
    if not chunks:
        return np.zeros(0, dtype=object)
    parts = []
    for chunk in chunks:
        mask = np.ma.getmaskarray(chunk) if np.ma.isMaskedArray(chunk) else None
        data = np.ma.getdata(chunk)
        if data.dtype.kind == "S":
            # decode each distinct value once
            uniques, inverse = np.unique(data, return_inverse=True)
            text = np.array([u.decode("utf-8") for u in uniques], dtype=object)
            values = text[inverse] if len(data) else np.zeros(0, dtype=object)
        elif data.dtype.kind == "O":
            values = np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in data], dtype=object)
        elif data.dtype.kind == "M":
            values = data.astype("datetime64[D]").astype(object)
        else:
            values = data.astype(object)
        if mask is not None and mask.any():
            values = values.copy()
            values[mask] = None
        parts.append(values)
    return np.concatenate(parts)


def unchecked_features(source, request: QgsFeatureRequest):
    """Features with geometry validity left to us: a Processing source would
    otherwise apply the context's check (abort on an invalid geometry) and
    override the request's GeometryNoCheck."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def _read_points_features(source, fields: List[str], dest_crs, transform_context, feedback) -> PointColumns:
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(fields, source.fields())
    request.setDestinationCrs(dest_crs, transform_context)
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    fids: List[int] = []
    xs: List[float] = []
    ys: List[float] = []
    statuses: List[str] = []
    multi = 0
    cols: Dict[str, list] = {f: [] for f in fields}
    idx = [source.fields().lookupField(f) for f in fields]
    for i, feature in enumerate(unchecked_features(source, request)):
        if feedback is not None and i % 10000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(i * step * 0.5)
        fids.append(feature.id())
        geom = feature.geometry()
        px = py = float("nan")
        state = NO_GEOMETRY
        if not geom.isNull() and not geom.isEmpty():
            part = geom.constGet()
            if QgsWkbTypes.isMultiType(geom.wkbType()):
                n = part.numGeometries()
                multi += n > 1
                part = part.geometryN(0) if n else None
            if part is not None and QgsWkbTypes.flatType(part.wkbType()) == QgsWkbTypes.Point:
                px, py = part.x(), part.y()
                state = OK if np.isfinite(px) and np.isfinite(py) else INVALID
            elif part is not None:
                state = INVALID
        xs.append(px)
        ys.append(py)
        statuses.append(state)
        attrs = feature.attributes()
        for f, j in zip(fields, idx):
            cols[f].append(to_python(attrs[j]))
    return PointColumns(
        np.asarray(fids, dtype=np.int64), np.asarray(xs, dtype=float), np.asarray(ys, dtype=float),
        np.asarray(statuses, dtype=object), {f: np.asarray(v, dtype=object) for f, v in cols.items()},
        multi, "features",
    )


def matching_fids(source, expression: str, context) -> np.ndarray:
    """Feature ids of the records that pass a filter expression (QGIS evaluates it,
    in the provider's SQL where it can)."""
    request = QgsFeatureRequest(QgsExpression(expression), context.expressionContext())
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setNoAttributes()
    return np.fromiter((f.id() for f in source.getFeatures(request)), dtype=np.int64)


@dataclass
class AreaRows:
    fids: List[int]
    attributes: List[list]
    wkb: List[Optional[bytes]]
    area_m2: np.ndarray
    repaired: List[int]  # feature ids whose invalid geometry was repaired
    empty: List[int]  # feature ids with no geometry


def area_ellipsoid(ellipsoid: str, crs: QgsCoordinateReferenceSystem) -> str:
    """The ellipsoid areas are measured on: the project's; without one,
    planimetric ("NONE") in a projected CRS, but the CRS's own ellipsoid in a
    geographic CRS, whose square degrees are no area."""
    if ellipsoid and ellipsoid.upper() != "NONE":
        return ellipsoid
    return crs.ellipsoidAcronym() if crs.isGeographic() else "NONE"


def read_areas(source, dest_crs, transform_context, ellipsoid: str, feedback=None) -> AreaRows:
    """Every area feature with attributes, geometry as WKB (repaired if invalid)
    and its area in square metres as QGIS measures it (ellipsoidal)."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(dest_crs, transform_context)
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    measure = QgsDistanceArea()
    measure.setSourceCrs(dest_crs, transform_context)
    measure.setEllipsoid(area_ellipsoid(ellipsoid, dest_crs))
    fids, attrs, wkb, areas, repaired, empty = [], [], [], [], [], []
    for feature in unchecked_features(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        geom = feature.geometry()
        fids.append(feature.id())
        attrs.append([to_python(v) for v in feature.attributes()])
        if geom.isNull() or geom.isEmpty():
            wkb.append(None)
            areas.append(0.0)
            empty.append(feature.id())
            continue
        if geom.type() == QgsWkbTypes.PolygonGeometry and not geom.isGeosValid():
            geom = geom.makeValid()
            repaired.append(feature.id())
        wkb.append(bytes(geom.asWkb()))
        area = measure.measureArea(geom) if geom.type() == QgsWkbTypes.PolygonGeometry else 0.0
        areas.append(area)
    return AreaRows(fids, attrs, wkb, np.asarray(areas, dtype=float), repaired, empty)
