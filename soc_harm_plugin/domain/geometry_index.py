"""Bulk point-in-polygon and nearest-line joins on numpy arrays.

Pure numpy (shapely only to read geometries), so the same code runs with
shapely 1.8 and 2.x. Points are bucketed on a grid; each point is tested only
against the areas whose bounding box covers its cell, with every edge of the
area in one vectorised step.

Boundary rule: a point covered by more than one area (on a boundary two areas
share, or inside an overlap) goes to exactly one of them: the area whose id
sorts first (numbers as numbers, text as text). The rule depends only on the
ids, not on layer order, so every provider and every rerun gives the same
answer. Points on an area's edge count as inside it ("covers", not "within").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np

_CHUNK = 4_000_000  # pair x edge elements processed at once (bounds memory)


@dataclass
class EdgeSet:
    """Line segments of many shapes, grouped by shape (CSR layout)."""

    x1: np.ndarray
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    offsets: np.ndarray  # shape i owns segments offsets[i]:offsets[i+1]
    bounds: np.ndarray  # (n, 4) minx, miny, maxx, maxy; NaN for empty shapes

    @property
    def count(self) -> int:
        return len(self.offsets) - 1


def _rings(geom) -> Iterable[np.ndarray]:
    """Coordinate arrays (x, y) of every ring or line of a geometry.

    Takes shapely geometries or WKB bytes; reads the WKB itself, which is
    many times faster than shapely 1.8's coordinate access.
    """
    if geom is None:
        return []
    data = geom if isinstance(geom, (bytes, bytearray, memoryview)) else geom.wkb
    rings: List[np.ndarray] = []
    _read_wkb(memoryview(data), 0, rings)
    return rings


_WKB_DIMS = {0: 2, 1: 3, 2: 3, 3: 4}  # ISO offsets (Z 1000, M 2000, ZM 3000) -> coordinate size


def _read_wkb(buf: memoryview, pos: int, rings: List[np.ndarray]) -> int:
    """Append the rings of the WKB geometry at pos; return the position after it."""
    order = "<" if buf[pos] == 1 else ">"
    kind = int(np.frombuffer(buf, dtype=order + "u4", count=1, offset=pos + 1)[0])
    pos += 5
    has_z, has_m = bool(kind & 0x80000000), bool(kind & 0x40000000)
    has_srid = bool(kind & 0x20000000)  # read before the flags are masked off
    kind &= 0x0FFFFFFF
    dims = _WKB_DIMS[kind // 1000] if kind >= 1000 else 2 + has_z + has_m
    base = kind % 1000
    if has_srid:  # EWKB with SRID
        pos += 4
    count = int(np.frombuffer(buf, dtype=order + "u4", count=1, offset=pos)[0]) if base != 1 else 1
    if base == 1:  # point: no ring
        return pos + 8 * dims
    pos += 4
    if base == 2:  # linestring
        coords = np.frombuffer(buf, dtype=order + "f8", count=count * dims, offset=pos)
        rings.append(coords.reshape(count, dims)[:, :2])
        return pos + 8 * dims * count
    if base == 3:  # polygon
        for _ in range(count):
            n = int(np.frombuffer(buf, dtype=order + "u4", count=1, offset=pos)[0])
            pos += 4
            coords = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=pos)
            rings.append(coords.reshape(n, dims)[:, :2])
            pos += 8 * dims * n
        return pos
    for _ in range(count):  # multi-part or collection
        pos = _read_wkb(buf, pos, rings)
    return pos


def edge_set(geoms: Sequence) -> EdgeSet:
    """Segments of each geometry (shapely or WKB). Each segment is stored lower
    end first (by y, then x) so two areas sharing an edge compute bit-identical
    crossings."""
    starts: List[np.ndarray] = []
    ends: List[np.ndarray] = []
    owner: List[np.ndarray] = []
    for i, geom in enumerate(geoms):
        for coords in _rings(geom):
            if len(coords) >= 2:
                starts.append(coords[:-1])
                ends.append(coords[1:])
                owner.append(np.full(len(coords) - 1, i, dtype=np.int64))
    n = len(geoms)
    if not starts:
        empty = np.zeros(0)
        return EdgeSet(empty, empty, empty, empty, np.zeros(n + 1, dtype=np.int64), np.full((n, 4), np.nan))
    a = np.concatenate(starts)
    b = np.concatenate(ends)
    shape = np.concatenate(owner)
    keep = (a[:, 0] != b[:, 0]) | (a[:, 1] != b[:, 1])  # drop zero-length segments
    a, b, shape = a[keep], b[keep], shape[keep]
    swap = (a[:, 1] > b[:, 1]) | ((a[:, 1] == b[:, 1]) & (a[:, 0] > b[:, 0]))
    lo = np.where(swap[:, None], b, a)
    hi = np.where(swap[:, None], a, b)
    counts = np.bincount(shape, minlength=n)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    bounds = np.full((n, 4), np.nan)
    has = counts > 0
    first = offsets[:-1][has]
    bounds[has, 0] = np.minimum.reduceat(np.minimum(lo[:, 0], hi[:, 0]), first)
    bounds[has, 1] = np.minimum.reduceat(lo[:, 1], first)
    bounds[has, 2] = np.maximum.reduceat(np.maximum(lo[:, 0], hi[:, 0]), first)
    bounds[has, 3] = np.maximum.reduceat(hi[:, 1], first)
    return EdgeSet(lo[:, 0].copy(), lo[:, 1].copy(), hi[:, 0].copy(), hi[:, 1].copy(), offsets, bounds)


def id_priority(ids: Sequence) -> np.ndarray:
    """Rank of each id in sorted order (0 = sorts first): the tie-break key."""
    values = list(ids)
    try:
        if any(isinstance(v, (str, bytes)) for v in values):
            raise ValueError  # text sorts as text, even text that looks like a number
        numeric = np.array([float(v) for v in values])
        if np.all(np.isfinite(numeric)):
            order = np.argsort(numeric, kind="stable")
        else:
            raise ValueError
    except (TypeError, ValueError):
        order = np.argsort(np.array([str(v) for v in values], dtype=object), kind="stable")
    priority = np.empty(len(values), dtype=np.int64)
    priority[order] = np.arange(len(values))
    return priority


@dataclass
class PointGrid:
    """Points sorted into square cells, so a bounding box finds its points fast."""

    order: np.ndarray  # point indices sorted by cell key
    keys: np.ndarray  # sorted cell keys (row * ncols + col)
    x0: float
    y0: float
    size: float
    ncols: int
    nrows: int

    @classmethod
    def build(cls, x: np.ndarray, y: np.ndarray, size: float) -> "PointGrid":
        ok = np.isfinite(x) & np.isfinite(y)
        idx = np.flatnonzero(ok)
        if not len(idx):
            return cls(idx, idx, 0.0, 0.0, 1.0, 1, 1)
        x0, y0 = float(x[idx].min()), float(y[idx].min())
        size = max(float(size), 1e-9)
        ncols = int((x[idx].max() - x0) // size) + 1
        nrows = int((y[idx].max() - y0) // size) + 1
        col = ((x[idx] - x0) // size).astype(np.int64)
        row = ((y[idx] - y0) // size).astype(np.int64)
        key = row * ncols + col
        sort = np.argsort(key, kind="stable")
        return cls(idx[sort], key[sort], x0, y0, size, ncols, nrows)

    def candidates(self, boxes: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(point, box) pairs for points in the cells each box overlaps."""
        n = len(boxes)
        valid = np.all(np.isfinite(boxes), axis=1)
        c0 = np.clip(((boxes[:, 0] - self.x0) // self.size), 0, self.ncols - 1)
        c1 = np.clip(((boxes[:, 2] - self.x0) // self.size), 0, self.ncols - 1)
        r0 = np.clip(((boxes[:, 1] - self.y0) // self.size), 0, self.nrows - 1)
        r1 = np.clip(((boxes[:, 3] - self.y0) // self.size), 0, self.nrows - 1)
        outside = (
            (boxes[:, 2] < self.x0)
            | (boxes[:, 3] < self.y0)
            | (boxes[:, 0] > self.x0 + self.ncols * self.size)
            | (boxes[:, 1] > self.y0 + self.nrows * self.size)
        )
        valid &= ~outside
        c0, c1, r0, r1 = (np.where(valid, v, 0).astype(np.int64) for v in (c0, c1, r0, r1))
        nrows_per_box = np.where(valid, r1 - r0 + 1, 0)
        box_of_row = np.repeat(np.arange(n), nrows_per_box)
        row = r0[box_of_row] + _ranges_within(nrows_per_box)
        lo = np.searchsorted(self.keys, row * self.ncols + c0[box_of_row], side="left")
        hi = np.searchsorted(self.keys, row * self.ncols + c1[box_of_row], side="right")
        lengths = hi - lo
        box = np.repeat(box_of_row, lengths)
        pos = np.repeat(lo, lengths) + _ranges_within(lengths)
        return self.order[pos], box


def _ranges_within(lengths: np.ndarray) -> np.ndarray:
    """For lengths [2, 3] return [0, 1, 0, 1, 2]."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total, dtype=np.int64) - starts


def _auto_cell_size(bounds: np.ndarray, n_points: int, extent: float) -> float:
    valid = bounds[np.all(np.isfinite(bounds), axis=1)]
    if not len(valid):
        return max(extent, 1.0)
    typical = float(np.median(np.maximum(valid[:, 2] - valid[:, 0], valid[:, 3] - valid[:, 1])))
    return max(typical / 4.0, extent / 4096.0, 1e-6)


def _pairs_covered(px, py, edges: EdgeSet, pts, shapes) -> np.ndarray:
    """For each (point, shape) pair: is the point inside or on the shape?"""
    out = np.zeros(len(pts), dtype=bool)
    n_edges = edges.offsets[shapes + 1] - edges.offsets[shapes]
    start = 0
    while start < len(pts):
        # take as many pairs as fit in one chunk of pair x edge elements
        cum = np.cumsum(n_edges[start:])
        stop = start + max(1, int(np.searchsorted(cum, _CHUNK, side="right")))
        sel_pts, sel_shapes, counts = pts[start:stop], shapes[start:stop], n_edges[start:stop]
        pair = np.repeat(np.arange(stop - start), counts)
        edge = np.repeat(edges.offsets[sel_shapes], counts) + _ranges_within(counts)
        y = py[sel_pts][pair]
        ay, by = edges.y1[edge], edges.y2[edge]
        near = np.flatnonzero((ay <= y) & (y <= by))  # only edges level with the point matter
        pair, edge, y, ay, by = pair[near], edge[near], y[near], ay[near], by[near]
        x = px[sel_pts][pair]
        ax, bx = edges.x1[edge], edges.x2[edge]
        # ray casting to +x with the half-open rule ay <= y < by
        spans = y < by
        with np.errstate(divide="ignore", invalid="ignore"):
            cross_x = ax + (y - ay) * (bx - ax) / (by - ay)
        crossing = spans & (x < cross_x)
        parity = np.bincount(pair, weights=crossing, minlength=stop - start) % 2 == 1
        # exactly on the segment: collinear and within its x range (y range holds already)
        on_edge = ((bx - ax) * (y - ay) - (by - ay) * (x - ax) == 0) & (
            np.minimum(ax, bx) <= x) & (x <= np.maximum(ax, bx))
        on_boundary = np.bincount(pair, weights=on_edge, minlength=stop - start) > 0
        out[start:stop] = parity | on_boundary
        start = stop
    return out


@dataclass
class Assignment:
    """Which shape each point went to (-1: none) and how many points had a choice."""

    index: np.ndarray
    multi: int  # points covered by more than one area (shared boundary or overlap)
    distance: Optional[np.ndarray] = None  # lines only


def _resolve(n_points: int, pts: np.ndarray, shapes: np.ndarray, priority: np.ndarray) -> Assignment:
    index = np.full(n_points, -1, dtype=np.int64)
    if not len(pts):
        return Assignment(index, 0)
    order = np.lexsort((priority[shapes], pts))
    pts, shapes = pts[order], shapes[order]
    first = np.ones(len(pts), dtype=bool)
    first[1:] = pts[1:] != pts[:-1]
    index[pts[first]] = shapes[first]
    multi = int(len(np.unique(pts[~first])))
    return Assignment(index, multi)


def points_in_polygons(x, y, polygons: Sequence, ids: Sequence, engine: str = "auto") -> Assignment:
    """Assign each point to the polygon that covers it (see the boundary rule).

    engine: "numpy" (any shapely), "shapely2" (STRtree bulk query), or "auto".
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    priority = id_priority(ids)
    if engine == "auto":
        engine = "numpy"
    if engine == "shapely2":
        pts, shapes = _shapely2_pairs(x, y, polygons)
        return _resolve(len(x), pts, shapes, priority)
    if engine != "numpy":
        raise ValueError("unknown engine {0!r}".format(engine))
    edges = edge_set(polygons)
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any() or edges.count == 0:
        return Assignment(np.full(len(x), -1, dtype=np.int64), 0)
    extent = float(max(np.ptp(x[ok]), np.ptp(y[ok]), 1.0))
    grid = PointGrid.build(x, y, _auto_cell_size(edges.bounds, int(ok.sum()), extent))
    pts, shapes = grid.candidates(edges.bounds)
    b = edges.bounds[shapes]
    in_box = (x[pts] >= b[:, 0]) & (x[pts] <= b[:, 2]) & (y[pts] >= b[:, 1]) & (y[pts] <= b[:, 3])
    pts, shapes = pts[in_box], shapes[in_box]
    covered = _pairs_covered(x, y, edges, pts, shapes)
    return _resolve(len(x), pts[covered], shapes[covered], priority)


def _shapely2_pairs(x, y, polygons):
    import shapely  # shapely >= 2 only

    if int(shapely.__version__.split(".")[0]) < 2:
        raise RuntimeError("the shapely2 engine needs shapely 2 or newer")
    ok = np.isfinite(x) & np.isfinite(y)
    idx = np.flatnonzero(ok)
    geoms = np.array([g if g is not None else shapely.Polygon() for g in polygons], dtype=object)
    tree = shapely.STRtree(geoms)
    pairs = tree.query(shapely.points(x[idx], y[idx]), predicate="intersects")
    return idx[pairs[0]], pairs[1].astype(np.int64)


def points_to_nearest_lines(x, y, lines: Sequence, ids: Sequence, tolerance: float) -> Assignment:
    """Assign each point to the nearest line within tolerance (ties: id order)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    index = np.full(n, -1, dtype=np.int64)
    distance = np.full(n, np.nan)
    edges = edge_set(lines)
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any() or len(edges.x1) == 0:
        return Assignment(index, 0, distance)
    tol = max(float(tolerance), 0.0)
    seg_shape = np.repeat(np.arange(edges.count), np.diff(edges.offsets))
    seg_boxes = np.column_stack([
        np.minimum(edges.x1, edges.x2) - tol, edges.y1 - tol,
        np.maximum(edges.x1, edges.x2) + tol, edges.y2 + tol,
    ])
    lengths = np.hypot(edges.x2 - edges.x1, edges.y2 - edges.y1)
    extent = float(max(np.ptp(x[ok]), np.ptp(y[ok]), 1.0))
    size = max(2 * tol, float(np.median(lengths)), extent / 4096.0, 1e-6)
    grid = PointGrid.build(x, y, size)
    pts, segs = grid.candidates(seg_boxes)
    priority = id_priority(ids)
    best_pts, best_shape, best_dist = [], [], []
    step = _CHUNK
    for s in range(0, len(pts), step):
        p, g = pts[s:s + step], segs[s:s + step]
        d = _segment_distance(x[p], y[p], edges.x1[g], edges.y1[g], edges.x2[g], edges.y2[g])
        keep = d <= tol
        best_pts.append(p[keep])
        best_shape.append(seg_shape[g[keep]])
        best_dist.append(d[keep])
    if not best_pts:
        return Assignment(index, 0, distance)
    p = np.concatenate(best_pts)
    shape = np.concatenate(best_shape)
    d = np.concatenate(best_dist)
    order = np.lexsort((priority[shape], d, p))
    p, shape, d = p[order], shape[order], d[order]
    first = np.ones(len(p), dtype=bool)
    first[1:] = p[1:] != p[:-1]
    index[p[first]] = shape[first]
    distance[p[first]] = d[first]
    # a tie is another line at exactly the same distance
    tied = (~first) & (d == np.repeat(d[first], np.diff(np.append(np.flatnonzero(first), len(p)))))
    tied &= shape != np.repeat(shape[first], np.diff(np.append(np.flatnonzero(first), len(p))))
    return Assignment(index, int(len(np.unique(p[tied]))), distance)


def _segment_distance(px, py, ax, ay, bx, by) -> np.ndarray:
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length2 > 0, ((px - ax) * dx + (py - ay) * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(px - (ax + t * dx), py - (ay + t * dy))
