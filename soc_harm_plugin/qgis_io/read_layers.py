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

import ctypes
import queue
import sys
import threading
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..domain.columns import Factorized
from ..domain.codes import INVALID, LOCATED, NO_GEOMETRY
from .point_wkb import decode_point_matrix, decode_points
from ..compat import FeatureRequestFlag, FeatureSourceFlag, InvalidGeometryCheck, WkbType

GEOMETRY_STATES = (LOCATED, NO_GEOMETRY, INVALID)  # PointColumns.state indexes this
_OK, _NO_GEOMETRY, _INVALID = range(3)
# No place on Earth lies this far from the origin of any coordinate reference system (in metres, feet or
# degrees): a point beyond it is a data error (a sentinel like 1e308, a unit gone wrong), counted as invalid.
COORDINATE_LIMIT = 1e9
FAR, UNREADABLE = "far", "unreadable"  # why a point is invalid: PointColumns.rejected's keys
# Records read at once: a batch's columns are the reader's only memory that grows with records (about 100 bytes
# a record), so a run's peak memory is set by the areas and this, however many records the layer holds.
RECORDS_PER_BATCH = 250_000
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

    def __len__(self) -> int:
        return len(self.fid)

    @classmethod
    def concat(cls, parts: Sequence["PointColumns"]) -> "PointColumns":
        """The batches of one layer as one read: the same columns, in order."""
        if len(parts) == 1:
            return parts[0]
        starts = np.cumsum([0] + [len(p) for p in parts])[:-1]
        columns = {}
        for name, first_column in parts[0].columns.items():
            if isinstance(first_column, Factorized):
                columns[name] = Factorized.concat([p.columns[name] for p in parts])
            else:
                columns[name] = np.concatenate([np.asarray(p.columns[name], dtype=object) for p in parts])
        rejected = {key: np.concatenate([p.rejected.get(key, np.zeros(0, dtype=np.intp)) + start
                                         for p, start in zip(parts, starts)]).astype(np.intp)
                    for key in (FAR, UNREADABLE)}
        return cls(np.concatenate([p.fid for p in parts]), np.concatenate([p.x for p in parts]),
                   np.concatenate([p.y for p in parts]), np.concatenate([p.state for p in parts]), columns,
                   sum(p.multi_cut for p in parts), parts[0].reader, rejected)


@dataclass
class PointSummary:
    """What the checks say about a point layer read in batches, kept as the
    batches pass (nothing per record): the records, the invalid ones by reason
    (how many, and the first feature ids), the located ones' extent, and
    whether every located point could be longitude and latitude."""

    records: int = 0
    located: int = 0
    multi_cut: int = 0
    rejected: Dict[str, int] = field(default_factory=lambda: {FAR: 0, UNREADABLE: 0})
    rejected_fids: Dict[str, list] = field(default_factory=lambda: {FAR: [], UNREADABLE: []})
    extent: Optional[tuple] = None  # (xmin, ymin, xmax, ymax) of the located points
    within_degrees: bool = True  # every located point within ±180, ±90
    FIDS_KEPT = 11  # enough to name ten and say there are more

    def add(self, columns: PointColumns) -> None:
        self.records += len(columns.fid)
        self.multi_cut += columns.multi_cut
        for key, positions in columns.rejected.items():
            self.rejected[key] = self.rejected.get(key, 0) + len(positions)
            kept = self.rejected_fids.setdefault(key, [])
            kept.extend(int(f) for f in columns.fid[positions[:max(self.FIDS_KEPT - len(kept), 0)]])
        located = columns.located
        x, y = columns.x[located], columns.y[located]
        self.located += len(x)
        if len(x):
            box = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
            if self.extent is not None:
                box = (min(box[0], self.extent[0]), min(box[1], self.extent[1]),
                       max(box[2], self.extent[2]), max(box[3], self.extent[3]))
            self.extent = box
            self.within_degrees = self.within_degrees and bool(
                np.all(np.abs(x) <= 180.0) and np.all(np.abs(y) <= 90.0))

    @classmethod
    def of(cls, columns: PointColumns) -> "PointSummary":
        summary = cls()
        summary.add(columns)
        return summary


PLAIN_TYPES = frozenset((str, int, float, bool))


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
    used when it matches. All records at once: :func:`read_point_batches`
    gathered."""
    return PointColumns.concat(list(read_point_batches(source, layer, fields, dest_crs, transform_context, feedback,
                                                       factorize, started)))


def read_point_batches(source: QgsProcessingFeatureSource, layer: Optional[QgsVectorLayer],
                       fields: Sequence[str], dest_crs: QgsCoordinateReferenceSystem,
                       transform_context, feedback=None, factorize: Sequence[str] = (),
                       started: Optional["ColumnarRead"] = None,
                       batch_size: Optional[int] = None) -> Iterator[PointColumns]:
    """:func:`read_points` as batches of at most ``batch_size`` records
    (RECORDS_PER_BATCH), in the layer's order, at least one (maybe empty):
    GDAL's Arrow stream for a plain file layer, QGIS's feature iterator
    otherwise. Each batch is checked and decoded as a whole read would be, so
    the batches gathered are that read. A cancel ends the batches."""
    size = int(batch_size or RECORDS_PER_BATCH)
    fast = arrow_path(layer, dest_crs)
    if fast is not None:
        if started is not None and started.reads(fast, fields, factorize):
            batches = started.batches()
        else:
            batches = _arrow_point_batches(fast, list(fields), feedback, set(factorize), size)
        try:
            first_batch = next(batches)
        except Exception as error:  # pragma: no cover - fall back, never fail here
            if feedback is not None:
                feedback.pushDebugInfo("Columnar read failed ({0}); reading features".format(error))
        else:
            give_back_memory()
            yield first_batch
            for batch in batches:
                give_back_memory()  # the batch before is done with
                yield batch
            return
    for batch in _feature_point_batches(source, list(fields), dest_crs, transform_context, feedback, size):
        for name in factorize:
            if name in batch.columns:
                batch.columns[name] = Factorized.of(batch.columns[name])
        give_back_memory()
        yield batch


def give_back_memory() -> None:
    """Hand the C heap's free memory back to the system (glibc's malloc_trim;
    nothing elsewhere). Batch after batch, glibc keeps what a batch freed for
    the next one, in pieces the next one does not always fit: without this a
    run's memory creeps up with the records (about 90 MB over 10 million)."""
    if _TRIM[0] is None:
        _TRIM[0] = _malloc_trim()
    if _TRIM[0]:
        _TRIM[0](0)


_TRIM: list = [None]  # malloc_trim, once looked up (False: none here)


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return False
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return False


_DONE = object()  # the end of a ColumnarRead's batches


class ColumnarRead:
    """A columnar read of a point layer running in a background thread: GDAL
    and numpy let go of the GIL, so the caller reads something else (the
    areas) meanwhile. Its batches, or its error, come from :meth:`batches`
    (all at once: :meth:`result`). ``ahead``: how many batches it reads before
    waiting for the caller to take one (None: all; a caller that takes the
    batches one at a time keeps only that many in memory).

    Whoever starts one must :meth:`close` it (or use it as a context manager)
    whatever happens: a run that stops with an error while the thread still
    reads would otherwise leave GDAL reading a layer that the exiting process
    frees under it (``qgis_process`` then dies with a segmentation fault after
    printing the error)."""

    def __init__(self, fast, fields: Sequence[str], factorize: Sequence[str], feedback=None,
                 ahead: Optional[int] = None, batch_size: Optional[int] = None):
        self.key = (tuple(fast), tuple(fields), frozenset(factorize))
        self._queue: "queue.Queue" = queue.Queue(maxsize=ahead or 0)
        self._stop = threading.Event()
        self._taken = False
        size = int(batch_size or RECORDS_PER_BATCH)
        self._thread = threading.Thread(target=self._run, args=(fast, list(fields), set(factorize), feedback, size),
                                        name="SOC Harm columnar read", daemon=True)
        self._thread.start()

    def _run(self, fast, fields, factorize, feedback, size):
        try:
            for batch in _arrow_point_batches(fast, fields, feedback, factorize, size, stop=self._stop):
                if not self._put(batch):
                    return
            self._put(_DONE)
        except BaseException as error:  # handed to the caller by batches()
            self._put(error)

    def _put(self, item) -> bool:
        """Hand an item over, waiting while the caller has enough; False once closed."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def reads(self, fast, fields: Sequence[str], factorize: Sequence[str]) -> bool:
        return self.key == (tuple(fast), tuple(fields), frozenset(factorize))

    def batches(self) -> Iterator[PointColumns]:
        """The batches in order, as they are read (once)."""
        if self._taken or self._stop.is_set():
            raise RuntimeError("the columnar read was closed or taken before its result was taken")
        self._taken = True
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def result(self) -> PointColumns:
        return PointColumns.concat(list(self.batches()))

    def close(self) -> None:
        """Stop the read if it still runs (at the next batch) and wait for its
        thread to end; batches not taken yet are dropped."""
        self._stop.set()
        self._thread.join()
        while not self._queue.empty():
            self._queue.get_nowait()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> "ColumnarRead":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_columnar_read(layer: Optional[QgsVectorLayer], fields: Sequence[str],
                        dest_crs: QgsCoordinateReferenceSystem, feedback=None,
                        factorize: Sequence[str] = (), ahead: Optional[int] = None) -> Optional[ColumnarRead]:
    """Begin read_points' columnar read of the layer now, in the background;
    None when the layer is not read that way. ``ahead``: see ColumnarRead."""
    fast = arrow_path(layer, dest_crs)
    return ColumnarRead(fast, fields, factorize, feedback, ahead) if fast is not None else None


def _arrow_point_batches(fast, fields: List[str], feedback, factorize=frozenset(), batch_size: int = 0,
                         stop: Optional[threading.Event] = None) -> Iterator[PointColumns]:
    """The columns of a point layer through GDAL's Arrow stream, batch by
    batch (at least one). ``stop``: when set (by another thread), the read
    ends at the next batch. The layer and its dataset are released in the
    thread that reads, when the batches end or the generator is closed."""
    from osgeo import ogr

    path, name, layer_id = fast
    ds = ogr.Open(path)
    if ds is None:
        raise RuntimeError("GDAL cannot open {0}".format(path))
    lyr = ogr_layer(ds, name, layer_id)
    stream = None
    try:
        defn = lyr.GetLayerDefn()
        all_fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        lyr.SetIgnoredFields([f for f in all_fields if f not in fields])
        geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
        fid_name = lyr.GetFIDColumn() or "OGC_FID"
        options = ["INCLUDE_FID=YES"]  # masked arrays keep NULLs
        if batch_size:
            options.append("MAX_FEATURES_IN_BATCH={0}".format(int(batch_size)))
        stream = lyr.GetArrowStreamAsNumPy(options=options)
        given = False
        for batch in stream:
            if (feedback is not None and feedback.isCanceled()) or (stop is not None and stop.is_set()):
                break
            given = True
            yield _arrow_batch_columns(np.asarray(batch[fid_name], dtype=np.int64), [batch[geom_name]],
                                       {f: [batch[f]] for f in fields}, fields, factorize)
        if not given:
            yield _arrow_batch_columns(np.zeros(0, dtype=np.int64), [], {f: [] for f in fields}, fields, factorize)
    finally:  # the stream, then the layer before its dataset
        stream = None
        lyr = None
        ds = None


def _arrow_batch_columns(fid, geom_chunks, col_chunks, fields, factorize) -> PointColumns:
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


def ogr_layer(ds, name, layer_id):
    if name:
        return ds.GetLayerByName(name)
    if layer_id not in (None, ""):
        return ds.GetLayer(int(layer_id))
    return ds.GetLayer(0)


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


def _feature_point_batches(source, fields: List[str], dest_crs, transform_context, feedback,
                           batch_size: int) -> Iterator[PointColumns]:
    """The columns of a point source through QGIS's feature iterator, batch by
    batch (at least one)."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(fields, source.fields())
    request.setDestinationCrs(dest_crs, transform_context)
    request.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    idx = [source.fields().lookupField(f) for f in fields]
    batch = _FeatureBatch(fields)
    given = False
    for i, feature in enumerate(unchecked_features(source, request)):
        if feedback is not None and i % 10000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(i * step * 0.5)
        batch.add(feature, fields, idx)
        if len(batch.fids) >= batch_size:
            given = True
            yield batch.columns()
            batch = _FeatureBatch(fields)
    if batch.fids or not given:
        yield batch.columns()


class _FeatureBatch:
    """The features of one batch as lists, until they become columns."""

    def __init__(self, fields: List[str]):
        self.fids: List[int] = []
        self.xs: List[float] = []
        self.ys: List[float] = []
        self.states: List[int] = []
        self.multi = 0
        self.cols: Dict[str, list] = {f: [] for f in fields}

    def add(self, feature, fields: List[str], idx: List[int]) -> None:
        self.fids.append(feature.id())
        geom = feature.geometry()
        px = py = float("nan")
        state = _NO_GEOMETRY
        if not geom.isNull() and not geom.isEmpty():
            part = geom.constGet()
            if QgsWkbTypes.isMultiType(geom.wkbType()):
                n = part.numGeometries()
                self.multi += n > 1
                part = part.geometryN(0) if n else None
            if part is not None and QgsWkbTypes.flatType(part.wkbType()) == WkbType.Point:
                px, py = part.x(), part.y()
                state = _OK if np.isfinite(px) and np.isfinite(py) else _INVALID
            elif part is not None:
                state = _INVALID
        self.xs.append(px)
        self.ys.append(py)
        self.states.append(state)
        attrs = feature.attributes()
        for f, j in zip(fields, idx):
            self.cols[f].append(to_python(attrs[j]))

    def columns(self) -> PointColumns:
        x = np.asarray(self.xs, dtype=float)
        y = np.asarray(self.ys, dtype=float)
        state = np.asarray(self.states, dtype=np.uint8)
        rejected = check_coordinates(x, y, state)
        return PointColumns(
            np.asarray(self.fids, dtype=np.int64), x, y, state,
            {f: _objects(v) for f, v in self.cols.items()}, self.multi, "features", rejected,
        )


def _objects(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def matching_fids(source, expression: str, context) -> np.ndarray:
    """Feature ids of the records that pass a filter expression (QGIS evaluates it,
    in the provider's SQL where it can)."""
    request = QgsFeatureRequest(QgsExpression(expression), context.expressionContext())
    request.setFlags(FeatureRequestFlag.NoGeometry)
    request.setNoAttributes()
    return np.fromiter((f.id() for f in source.getFeatures(request)), dtype=np.int64)
