"""Turn area layers into rows once: attributes, geometry as WKB, area in m².

A plain file's geometries come in one pass through GDAL's columnar reader
and its attributes through QGIS's iterator without geometry; every other
source through QGIS's feature iterator. Invalid polygons are repaired by
:mod:`.area_repair`. Both readers give the same rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)

from .area_repair import Dropped, repair_area
from .read_layers import PLAIN_TYPES, arrow_path, ogr_layer, to_python, unchecked_features
from ..compat import FeatureRequestFlag, GeometryType, InvalidGeometryCheck
from ..translate import tr


@dataclass
class AreaRows:
    fids: List[int]
    attributes: List[list]
    wkb: List[Optional[bytes]]
    area_m2: np.ndarray
    repaired: List[int]  # feature ids whose invalid geometry was repaired
    empty: List[int]  # feature ids with no geometry
    dropped: Dict[int, Dropped] = field(default_factory=dict)  # repaired: the lines and points dropped, by feature id
    collapsed: List[int] = field(default_factory=list)  # repaired, and no area was left (a zero-area polygon)
    reader: str = "features"  # "arrow" when the geometries came from GDAL's columnar reader


def area_ellipsoid(ellipsoid: str, crs: QgsCoordinateReferenceSystem) -> str:
    """The ellipsoid areas are measured on: the project's; without one,
    planimetric ("NONE") in a projected CRS, but the CRS's own ellipsoid in a
    geographic CRS, whose square degrees are no area."""
    if ellipsoid and ellipsoid.upper() != "NONE":
        return ellipsoid
    return crs.ellipsoidAcronym() if crs.isGeographic() else "NONE"


def read_areas(source, dest_crs, transform_context, ellipsoid: str, feedback=None,
               layer: Optional[QgsVectorLayer] = None) -> AreaRows:
    """Every area feature with attributes, geometry as WKB and its area in
    square metres as QGIS measures it (ellipsoidal). An invalid polygon is
    repaired by :func:`~.area_repair.repair_area`: polygons only, what was
    dropped recorded; one with no area left has no geometry (``collapsed``).

    ``layer``: the layer ``source`` reads, when it is the whole layer (no
    selection, limit or filter). A plain file in ``dest_crs`` then gives its
    geometries in one pass through GDAL's columnar reader, its attributes
    through QGIS's iterator without geometry, and validity is checked in bulk
    where shapely 2 runs QGIS's own GEOS: the same rows as the iterator gives."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(dest_crs, transform_context)
    measured_on = area_ellipsoid(ellipsoid, dest_crs)
    if not measure.setEllipsoid(measured_on):
        raise QgsProcessingException(tr("Areas cannot be measured on the unknown ellipsoid '{0}': choose another "
                                        "in the "
                                        "project's properties.").format(measured_on))
    fast = arrow_path(layer, dest_crs)
    if fast is not None:
        try:
            rows = _read_areas_columnar(source, fast, measure, feedback)
        except Exception as error:  # pragma: no cover - fall back, never fail here
            rows = None
            if feedback is not None:
                feedback.pushDebugInfo("Columnar read of the areas failed ({0}); reading features".format(error))
        if rows is not None:
            return rows
    request = QgsFeatureRequest()
    request.setDestinationCrs(dest_crs, transform_context)
    request.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    rows = AreaRows([], [], [], [], [], [])
    for i, feature in enumerate(unchecked_features(source, request)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            break
        rows.fids.append(feature.id())
        rows.attributes.append(_plain_attributes(feature))
        _add_area_geometry(rows, feature.id(), feature.geometry(), measure, None)
    rows.area_m2 = np.asarray(rows.area_m2, dtype=float)
    return rows


def _plain_attributes(feature) -> list:
    return [v if type(v) in PLAIN_TYPES else to_python(v) for v in feature.attributes()]


def _add_area_geometry(rows: AreaRows, fid: int, geom: QgsGeometry, measure: QgsDistanceArea,
                       valid: Optional[bool]) -> None:
    """Append one area's WKB and area to ``rows``, repairing an invalid polygon.
    ``valid``: its validity when already known (True), else None."""
    if geom.isNull() or geom.isEmpty():
        rows.wkb.append(None)
        rows.area_m2.append(0.0)
        rows.empty.append(fid)
        return
    is_polygon = geom.type() == GeometryType.Polygon
    if is_polygon and not (valid or geom.isGeosValid()):
        rows.repaired.append(fid)
        repair = repair_area(geom)
        if repair.dropped:
            rows.dropped[fid] = repair.dropped
        if repair.geometry is None:
            rows.wkb.append(None)
            rows.area_m2.append(0.0)
            rows.collapsed.append(fid)
            return
        geom = repair.geometry
    rows.wkb.append(bytes(geom.asWkb()))
    rows.area_m2.append(measure.measureArea(geom) if is_polygon else 0.0)


def _read_areas_columnar(source, fast, measure: QgsDistanceArea, feedback) -> Optional[AreaRows]:
    """read_areas' rows from GDAL's columnar reader (geometries) and QGIS's
    iterator without geometry (attributes, as QGIS types them); None when the
    two do not list the same features in the same order."""
    request = QgsFeatureRequest()
    request.setFlags(FeatureRequestFlag.NoGeometry)
    rows = AreaRows([], [], [], [], [], [])
    for i, feature in enumerate(unchecked_features(source, request)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            return None
        rows.fids.append(feature.id())
        rows.attributes.append(_plain_attributes(feature))
    fids, blobs = _area_wkb_arrow(fast)
    if not np.array_equal(fids, np.asarray(rows.fids, dtype=np.int64)):
        return None
    valid = _valid_in_bulk(blobs)
    for i, (fid, blob) in enumerate(zip(rows.fids, blobs)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            return None
        geom = QgsGeometry()
        if blob is not None:
            geom.fromWkb(blob)
        _add_area_geometry(rows, fid, geom, measure, valid is not None and bool(valid[i]))
    rows.area_m2 = np.asarray(rows.area_m2, dtype=float)
    rows.reader = "arrow"
    return rows


def _area_wkb_arrow(fast):
    """(fids, WKB or None per feature) of a layer through GDAL's Arrow stream, geometry only."""
    from osgeo import ogr

    path, name, layer_id = fast
    ds = ogr.Open(path)
    if ds is None:
        raise RuntimeError("GDAL cannot open {0}".format(path))
    lyr = ogr_layer(ds, name, layer_id)
    try:
        defn = lyr.GetLayerDefn()
        lyr.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())])
        geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
        fid_name = lyr.GetFIDColumn() or "OGC_FID"
        fids, blobs = [], []
        stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"])
        try:
            for batch in stream:
                fids.append(np.asarray(batch[fid_name], dtype=np.int64))
                chunk = batch[geom_name]
                mask = np.ma.getmaskarray(chunk) if np.ma.isMaskedArray(chunk) else None
                blobs.extend(None if (mask is not None and mask[k]) or v is None else bytes(v)
                             for k, v in enumerate(np.ma.getdata(chunk)))
        finally:
            stream = None  # released here, while its layer still exists
    finally:
        lyr = None
        ds = None
    return (np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)), blobs


def _valid_in_bulk(blobs: Sequence[Optional[bytes]]) -> Optional[np.ndarray]:
    """True where GEOS finds the geometry valid, checked in one call by shapely 2
    when it runs the GEOS version QGIS runs (so the same test as isGeosValid);
    False where it is not, or cannot be read, or is None (those are checked one by
    one). None when shapely 2 or the same GEOS is not at hand."""
    try:
        import shapely
    except ImportError:
        return None
    version = getattr(shapely, "geos_version", None)
    if int(shapely.__version__.split(".")[0]) < 2 or version is None or tuple(version) != (
            Qgis.geosVersionMajor(), Qgis.geosVersionMinor(), Qgis.geosVersionPatch()):
        return None
    data = np.array([b if b is not None else None for b in blobs], dtype=object)
    geoms = shapely.from_wkb(data, on_invalid="ignore")
    return np.asarray(shapely.is_valid(geoms), dtype=bool) & ~shapely.is_missing(geoms)
