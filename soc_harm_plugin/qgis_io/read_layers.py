"""Turn QGIS layers into columns once: points to x/y arrays, areas to WKB.

Points are read with GDAL's columnar Arrow reader when the layer is a plain
file that QGIS reads through OGR (no edits, no subset, same CRS); every
other source (memory layers, PostGIS, selections, reprojection) goes through
QGIS's feature iterator. Both give the same columns.

A million points are the normal case: geometry status is a small integer
per point, and the columns a caller asks for factorised (codes, dates) come
as :class:`Factorized` columns, each distinct value decoded once.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..domain.columns import Factorized
from .area_repair import Dropped, repair_area
from ..domain.codes import INVALID, LOCATED, NO_GEOMETRY
from .point_wkb import decode_point_matrix, decode_points
from ..compat import FeatureRequestFlag, FeatureSourceFlag, GeometryType, InvalidGeometryCheck, WkbType
from ..translate import tr

GEOMETRY_STATES = (LOCATED, NO_GEOMETRY, INVALID)  # PointColumns.state indexes this
_OK, _NO_GEOMETRY, _INVALID = range(3)
# No place on Earth lies this far from the origin of any coordinate reference system (in metres, feet or
# degrees): a point beyond it is a data error (a sentinel like 1e308, a unit gone wrong), counted as invalid.
COORDINATE_LIMIT = 1e9
FAR, UNREADABLE = "far", "unreadable"  # why a point is invalid: PointColumns.rejected's keys
# 2D point WKB, little endian: byte order, type, x, y (21 bytes, packed)
_POINT_WKB_LE = np.dtype([("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])


@dataclass
class PointColumns:
    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    state: np.ndarray  # uint8 per point: index into GEOMETRY_STATES
    columns: Dict[str, object]  # np.ndarray of objects, or Factorized for the fields asked so
    multi_cut: int
    reader: str  # "arrow" or "features"
    # why points are invalid: FAR (a coordinate beyond COORDINATE_LIMIT) or UNREADABLE (not a point, or a
    # coordinate that is not a number), each as positions into the columns
    rejected: Dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def status(self) -> np.ndarray:
        """"ok", "no_geometry" or "invalid" per point (an object array)."""
        return self.geometry_status.to_objects()

    @property
    def geometry_status(self) -> Factorized:
        return Factorized(self.state, GEOMETRY_STATES)

    @property
    def located(self) -> np.ndarray:
        """True for each point with a usable location (status "ok")."""
        return self.state == _OK


_PLAIN_TYPES = frozenset((str, int, float, bool))


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
                transform_context, feedback=None, factorize: Sequence[str] = (),
                started: Optional["ColumnarRead"] = None) -> PointColumns:
    """Point coordinates (in dest_crs), status and the named attribute columns;
    the fields named in ``factorize`` come as Factorized columns. ``started``:
    a read of the same columns begun earlier (:func:`start_columnar_read`),
    used when it matches."""
    fast = arrow_path(layer, dest_crs)
    if fast is not None:
        try:
            if started is not None and started.reads(fast, fields, factorize):
                return started.result()
            return _read_points_arrow(fast, list(fields), feedback, set(factorize))
        except Exception as error:  # pragma: no cover - fall back, never fail here
            if feedback is not None:
                feedback.pushDebugInfo("Columnar read failed ({0}); reading features".format(error))
    read = _read_points_features(source, list(fields), dest_crs, transform_context, feedback)
    for name in factorize:
        if name in read.columns:
            read.columns[name] = Factorized.of(read.columns[name])
    return read


class ColumnarRead:
    """A columnar read of a point layer running in a background thread: GDAL
    and numpy let go of the GIL, so the caller reads something else (the
    areas) meanwhile. Its result, or its error, comes from :meth:`result`.

    Whoever starts one must :meth:`close` it (or use it as a context manager)
    whatever happens: a run that stops with an error while the thread still
    reads would otherwise leave GDAL reading a layer that the exiting process
    frees under it (``qgis_process`` then dies with a segmentation fault after
    printing the error)."""

    def __init__(self, fast, fields: Sequence[str], factorize: Sequence[str], feedback=None):
        self.key = (tuple(fast), tuple(fields), frozenset(factorize))
        self._columns: Optional[PointColumns] = None
        self._error: Optional[BaseException] = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(fast, list(fields), set(factorize), feedback),
                                        name="SOC Harm columnar read", daemon=True)
        self._thread.start()

    def _run(self, fast, fields, factorize, feedback):
        try:
            self._columns = _read_points_arrow(fast, fields, feedback, factorize, stop=self._stop)
        except BaseException as error:  # handed to the caller by result()
            self._error = error

    def reads(self, fast, fields: Sequence[str], factorize: Sequence[str]) -> bool:
        return self.key == (tuple(fast), tuple(fields), frozenset(factorize))

    def result(self) -> PointColumns:
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._stop.is_set():
            raise RuntimeError("the columnar read was closed before its result was taken")
        return self._columns

    def close(self) -> None:
        """Stop the read if it still runs (at the next batch) and wait for its
        thread to end; the result, if not taken yet, is dropped."""
        self._stop.set()
        self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> "ColumnarRead":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_columnar_read(layer: Optional[QgsVectorLayer], fields: Sequence[str],
                        dest_crs: QgsCoordinateReferenceSystem, feedback=None,
                        factorize: Sequence[str] = ()) -> Optional[ColumnarRead]:
    """Begin read_points' columnar read of the layer now, in the background;
    None when the layer is not read that way."""
    fast = arrow_path(layer, dest_crs)
    return ColumnarRead(fast, fields, factorize, feedback) if fast is not None else None


def _read_points_arrow(fast, fields: List[str], feedback, factorize=frozenset(),
                       stop: Optional[threading.Event] = None) -> PointColumns:
    """The columns of a point layer through GDAL's Arrow stream. ``stop``: when
    set (by another thread), the read ends at the next batch."""
    from osgeo import ogr

    path, name, layer_id = fast
    ds = ogr.Open(path)
    if ds is None:
        raise RuntimeError("GDAL cannot open {0}".format(path))
    lyr = _ogr_layer(ds, name, layer_id)
    try:
        fid, geom_chunks, col_chunks = _arrow_batches(lyr, fields, feedback, stop)
    finally:  # the layer before its dataset, both in this thread
        lyr = None
        ds = None
    x, y, state, multi = _decode_geometry_chunks(geom_chunks)
    rejected = check_coordinates(x, y, state)
    columns = {f: (_arrow_factorized(col_chunks[f]) if f in factorize else _arrow_column(col_chunks[
        f])) for f in fields}
    return PointColumns(fid, x, y, state, columns, multi, "arrow", rejected)


def check_coordinates(x: np.ndarray, y: np.ndarray, state: np.ndarray) -> Dict[str, np.ndarray]:
    """Numbers are checked where they enter. A located point with a coordinate
    beyond COORDINATE_LIMIT becomes invalid; every point that is not located
    gets NaN coordinates, so nothing downstream meets an infinite or absurd
    one. In place; returns the invalid points by reason (positions)."""
    unreadable = np.flatnonzero(state == _INVALID)
    with np.errstate(invalid="ignore"):
        far = (np.abs(x) > COORDINATE_LIMIT) | (np.abs(y) > COORDINATE_LIMIT)
    far &= state == _OK
    far = np.flatnonzero(far)
    rejected = {FAR: far, UNREADABLE: unreadable}
    if len(far):
        state[far] = _INVALID
    if len(far) or len(unreadable):
        off = state != _OK
        x[off] = np.nan
        y[off] = np.nan
    return rejected


def _ogr_layer(ds, name, layer_id):
    if name:
        return ds.GetLayerByName(name)
    if layer_id not in (None, ""):
        return ds.GetLayer(int(layer_id))
    return ds.GetLayer(0)


def _arrow_batches(lyr, fields: List[str], feedback, stop):
    """(fids, geometry chunks, attribute chunks by field) of the layer's Arrow stream."""
    defn = lyr.GetLayerDefn()
    all_fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([f for f in all_fields if f not in fields])
    fid_chunks, geom_chunks = [], []
    col_chunks: Dict[str, list] = {f: [] for f in fields}
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"])  # masked arrays keep NULLs
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    try:
        for batch in stream:
            if (feedback is not None and feedback.isCanceled()) or (stop is not None and stop.is_set()):
                break
            fid_chunks.append(np.asarray(batch[fid_name], dtype=np.int64))
            geom_chunks.append(batch[geom_name])
            for f in fields:
                col_chunks[f].append(batch[f])
    finally:
        stream = None  # released here, while its layer still exists
    fid = np.concatenate(fid_chunks) if fid_chunks else np.zeros(0, dtype=np.int64)
    return fid, geom_chunks, col_chunks


def _decode_geometry_chunks(chunks: list):
    """x, y, state per point and the multipoints cut to their first point.
    Arrow gives fixed-size WKB as a void array (all points 2D, no NULLs):
    those decode in one step, straight into the output; anything else blob by blob."""
    n = sum(len(chunk) for chunk in chunks)
    x, y = np.empty(n), np.empty(n)
    state = np.empty(n, dtype=np.uint8)
    multi, start = 0, 0
    for chunk in chunks:
        stop = start + len(chunk)
        data = _plain_points(chunk)
        if data is None or not _decode_point_array(data, x[start:stop], y[start:stop], state[start:stop]):
            mask = np.ma.getmaskarray(chunk) if np.ma.isMaskedArray(chunk) else None
            values = np.ma.getdata(chunk)
            blobs = [None if (mask is not None and mask[i]) or v is None else bytes(v) for i, v in enumerate(values)]
            x[start:stop], y[start:stop], status, cut = decode_points(blobs)
            state[start:stop] = np.where(status == LOCATED, _OK, np.where(status == NO_GEOMETRY, _NO_GEOMETRY,
                                                                          _INVALID))
            multi += cut
        start = stop
    return x, y, state, multi


def _plain_points(chunk) -> Optional[np.ndarray]:
    """The chunk as a V21 array when every value is a 21-byte blob (no NULLs)."""
    mask = np.ma.getmaskarray(chunk) if np.ma.isMaskedArray(chunk) else None
    data = np.ma.getdata(chunk)
    if data.dtype.kind == "V" and data.dtype.itemsize == 21 and (mask is None or not mask.any()):
        return data
    return None


def _decode_point_array(data: np.ndarray, x: np.ndarray, y: np.ndarray, state: np.ndarray) -> bool:
    """Decode a V21 array of 2D point WKB into x, y, state; False (nothing
    written) when some blob is not a 2D point. All little endian (the usual
    case): one structured view; else decode_point_matrix, which reads either
    byte order."""
    records = data.view(_POINT_WKB_LE)
    if bool((records["order"] == 1).all()) and bool((records["kind"] == 1).all()):
        x[:] = records["x"]
        y[:] = records["y"]
    else:
        px, py, is_point = decode_point_matrix(np.frombuffer(data.tobytes(), dtype=np.uint8).reshape(-1, 21))
        if not is_point.all():
            return False
        x[:], y[:] = px, py
    finite = np.isfinite(x) & np.isfinite(y)
    if finite.all():
        state[:] = _OK
    else:
        state[:] = np.where(finite, _OK, np.where(np.isnan(x) & np.isnan(y), _NO_GEOMETRY, _INVALID))
    return True


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


def _arrow_factorized(chunks: list) -> Factorized:
    """One attribute column as a Factorized column: text, dates and whole
    numbers are told apart by their bytes and only the distinct values become
    Python objects (the same objects _arrow_column gives); other types go
    through _arrow_column."""
    kinds = {np.ma.getdata(chunk).dtype.kind for chunk in chunks}
    decode = None
    if kinds == {"S"}:
        decode = _decode_text
    elif kinds == {"M"}:
        decode = _decode_day
    elif kinds and kinds <= {"i", "u"}:
        decode = _decode_number
    if decode is not None:
        data = np.concatenate([np.ma.getdata(chunk) for chunk in chunks])
        if kinds == {"M"}:
            data = data.astype("datetime64[D]")
        mask = None
        if any(np.ma.isMaskedArray(chunk) and np.ma.getmaskarray(chunk).any() for chunk in chunks):
            mask = np.concatenate([np.ma.getmaskarray(chunk) for chunk in chunks])
        done = Factorized.from_array(data, mask, decode=decode)
        if done is not None:
            return done
    return Factorized.of(_arrow_column(chunks))


def _decode_text(value) -> str:
    return value.decode("utf-8")


def _decode_day(value):
    return value.astype(object)  # datetime.date; None for NaT


def _decode_number(value):
    return value.item()


def unchecked_features(source, request: QgsFeatureRequest):
    """Features with geometry validity left to us: a Processing source would
    otherwise apply the context's check (abort on an invalid geometry) and
    override the request's GeometryNoCheck."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, FeatureSourceFlag.SkipGeometryValidityChecks)
    return source.getFeatures(request)


def _read_points_features(source, fields: List[str], dest_crs, transform_context, feedback) -> PointColumns:
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(fields, source.fields())
    request.setDestinationCrs(dest_crs, transform_context)
    request.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    fids: List[int] = []
    xs: List[float] = []
    ys: List[float] = []
    states: List[int] = []
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
        state = _NO_GEOMETRY
        if not geom.isNull() and not geom.isEmpty():
            part = geom.constGet()
            if QgsWkbTypes.isMultiType(geom.wkbType()):
                n = part.numGeometries()
                multi += n > 1
                part = part.geometryN(0) if n else None
            if part is not None and QgsWkbTypes.flatType(part.wkbType()) == WkbType.Point:
                px, py = part.x(), part.y()
                state = _OK if np.isfinite(px) and np.isfinite(py) else _INVALID
            elif part is not None:
                state = _INVALID
        xs.append(px)
        ys.append(py)
        states.append(state)
        attrs = feature.attributes()
        for f, j in zip(fields, idx):
            cols[f].append(to_python(attrs[j]))
    x, y, state = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), np.asarray(states, dtype=np.uint8)
    rejected = check_coordinates(x, y, state)
    return PointColumns(
        np.asarray(fids, dtype=np.int64), x, y, state, {f: np.asarray(v, dtype=object) for f, v in cols.items()},
        multi, "features", rejected,
    )


def matching_fids(source, expression: str, context) -> np.ndarray:
    """Feature ids of the records that pass a filter expression (QGIS evaluates it,
    in the provider's SQL where it can)."""
    request = QgsFeatureRequest(QgsExpression(expression), context.expressionContext())
    request.setFlags(FeatureRequestFlag.NoGeometry)
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
    return [v if type(v) in _PLAIN_TYPES else to_python(v) for v in feature.attributes()]


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
    lyr = _ogr_layer(ds, name, layer_id)
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
