"""Who neighbours whom: contiguity, distance band and k nearest, as sparse rows.

Pure numpy (scipy's KD-tree when installed, with a numpy fallback); shapely
only for the geometric check of areas that share no vertex with anyone.

- **Queen / rook contiguity** from polygon geometries: every ring vertex is
  rounded to a fine grid (``grid``, 1e-6 map units by default) and hashed;
  areas sharing a vertex are queen neighbours, areas sharing an edge (two
  consecutive vertices, in either direction) rook neighbours. This is the
  rule libpysal's ``Queen``/``Rook`` use, and it is exact for boundaries
  digitised once and shared (ONS boundaries, grids, the sample force).
  Areas that would have no neighbour at all by this rule are then checked
  geometrically with shapely (boundaries that meet without a shared vertex);
  those found are counted in ``Neighbours.rescued``.
- **Distance band**: areas whose centroids lie within ``threshold`` (``<=``,
  as libpysal's ``DistanceBand``). Map units: the caller refuses geographic CRSs.
- **k nearest**: the ``k`` nearest centroids (equal distances: lower index first
  with scipy; in any order without it); not symmetric.

Neighbours never include the area itself: Gi* adds it when it needs it.
The result is CSR-like (``indptr``, ``indices``), one row per area.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

QUEEN = "queen"
ROOK = "rook"
DISTANCE_BAND = "distance_band"
K_NEAREST = "k_nearest"
NEIGHBOUR_METHODS = (QUEEN, ROOK, DISTANCE_BAND, K_NEAREST)  # enum order is public (NEIGHBOURS)

DEFAULT_GRID = 1e-6


class GeometryError(ValueError):
    """A geometry this module cannot read (named by its position)."""

    def __init__(self, position: int, message: str):
        super().__init__("area {0}: {1}".format(position, message))
        self.position = position


@dataclass
class Neighbours:
    """Neighbours of each area as sparse rows: area i's neighbours are
    ``indices[indptr[i]:indptr[i + 1]]`` (sorted, never i itself)."""

    indptr: np.ndarray
    indices: np.ndarray
    method: str
    threshold: Optional[float] = None
    k: Optional[int] = None
    rescued: int = 0  # areas given neighbours by the geometric check

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def cardinality(self) -> np.ndarray:
        return np.diff(self.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Positions of areas with no neighbour."""
        return np.flatnonzero(self.cardinality == 0)

    @property
    def rows(self) -> np.ndarray:
        """The row (area) of each entry of ``indices``."""
        return np.repeat(np.arange(self.n), self.cardinality)

    def neighbours_of(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def to_lists(self) -> List[List[int]]:
        return [self.neighbours_of(i).tolist() for i in range(self.n)]

    def is_symmetric(self) -> bool:
        rows = self.rows
        forward = set(zip(rows.tolist(), self.indices.tolist()))
        return all((j, i) in forward for i, j in forward)

    def subset(self, keep: np.ndarray) -> "Neighbours":
        """Neighbours among the kept areas only, renumbered 0..m-1 in order."""
        keep = np.asarray(keep, dtype=bool)
        new_id = np.cumsum(keep) - 1
        rows = self.rows
        entry = keep[rows] & keep[self.indices]
        return from_pairs(int(keep.sum()), new_id[rows[entry]], new_id[self.indices[entry]], self.method,
                          threshold=self.threshold, k=self.k, rescued=self.rescued, symmetric=False)


def from_pairs(n: int, i: np.ndarray, j: np.ndarray, method: str, *, threshold=None, k=None,
               rescued: int = 0, symmetric: bool = True) -> Neighbours:
    """Neighbours from (i, j) pairs (duplicates and self pairs dropped);
    ``symmetric`` adds (j, i) for each (i, j)."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    if symmetric:
        i, j = np.concatenate([i, j]), np.concatenate([j, i])
    keep = i != j
    i, j = i[keep], j[keep]
    if len(i):
        key = np.unique(i * n + j)
        i, j = key // n, key % n
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(i, minlength=n), out=indptr[1:])
    return Neighbours(indptr, j.astype(np.int64), method, threshold=threshold, k=k, rescued=rescued)


def from_lists(lists: Sequence[Sequence[int]], method: str = "given") -> Neighbours:
    n = len(lists)
    i = np.repeat(np.arange(n), [len(v) for v in lists])
    j = np.concatenate([np.asarray(v, dtype=np.int64) for v in lists]) if n else np.zeros(0, np.int64)
    return from_pairs(n, i, j, method, symmetric=False)


# --------------------------------------------------------------------------- reading polygons


_BASE_POLYGON, _BASE_MULTIPOLYGON, _BASE_COLLECTION = 3, 6, 7


def _wkb_header(data: bytes, offset: int):
    order = data[offset]
    endian = "<" if order == 1 else ">"
    (kind,) = struct.unpack_from(endian + "I", data, offset + 1)
    offset += 5
    has_z = bool(kind & 0x80000000)
    has_m = bool(kind & 0x40000000)
    if kind & 0x20000000:  # EWKB SRID
        offset += 4
    kind &= 0x0FFFFFFF
    base = kind % 1000
    iso = kind // 1000
    has_z = has_z or iso in (1, 3)
    has_m = has_m or iso in (2, 3)
    return endian, base, 2 + has_z + has_m, offset


def _read_polygon(data: bytes, offset: int, endian: str, dim: int, rings: list) -> int:
    (n_rings,) = struct.unpack_from(endian + "I", data, offset)
    offset += 4
    for r in range(n_rings):
        (n_points,) = struct.unpack_from(endian + "I", data, offset)
        offset += 4
        coords = np.frombuffer(data, dtype=endian + "f8", count=n_points * dim, offset=offset).reshape(n_points, dim)
        offset += 8 * n_points * dim
        rings.append((coords[:, :2].astype(float), r == 0))
    return offset


def _read_geometry(data: bytes, offset: int, rings: list) -> int:
    endian, base, dim, offset = _wkb_header(data, offset)
    if base == _BASE_POLYGON:
        return _read_polygon(data, offset, endian, dim, rings)
    if base in (_BASE_MULTIPOLYGON, _BASE_COLLECTION):
        (n_parts,) = struct.unpack_from(endian + "I", data, offset)
        offset += 4
        for _ in range(n_parts):
            offset = _read_geometry(data, offset, rings)
        return offset
    raise ValueError("geometry type {0} is not a polygon (curved polygons: convert them to straight segments)".format(
        base))


def polygon_rings(geometry) -> List[Tuple[np.ndarray, bool]]:
    """Rings of a polygon or multipolygon (WKB bytes or a shapely geometry):
    (x/y array, is_exterior) per ring; empty list for None."""
    if geometry is None:
        return []
    data = geometry if isinstance(geometry, (bytes, bytearray, memoryview)) else geometry.wkb
    rings: list = []
    _read_geometry(bytes(data), 0, rings)
    return rings


@dataclass
class RingTable:
    """Every ring vertex of every area (closing vertex dropped), as flat arrays."""

    xy: np.ndarray  # (m, 2)
    area: np.ndarray  # area position of each vertex
    ring: np.ndarray  # ring number of each vertex (global)
    ring_area: np.ndarray  # area of each ring
    ring_exterior: np.ndarray  # bool per ring
    ring_start: np.ndarray  # first vertex of each ring
    n_areas: int


def ring_table(geometries: Sequence) -> RingTable:
    parts, areas, ring_ids, ring_area, ring_ext, ring_start = [], [], [], [], [], []
    count = 0
    for pos, geometry in enumerate(geometries):
        try:
            rings = polygon_rings(geometry)
        except (ValueError, struct.error) as error:
            raise GeometryError(pos, str(error))
        for coords, exterior in rings:
            if len(coords) >= 2 and np.array_equal(coords[0], coords[-1]):
                coords = coords[:-1]
            if len(coords) < 3:
                continue
            ring_start.append(count)
            ring_area.append(pos)
            ring_ext.append(exterior)
            parts.append(coords)
            ring_ids.append(np.full(len(coords), len(ring_area) - 1, dtype=np.int64))
            areas.append(np.full(len(coords), pos, dtype=np.int64))
            count += len(coords)
    if parts:
        xy = np.concatenate(parts)
        area = np.concatenate(areas)
        ring = np.concatenate(ring_ids)
    else:
        xy, area, ring = np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return RingTable(xy, area, ring, np.asarray(ring_area, dtype=np.int64), np.asarray(ring_ext, dtype=bool),
                     np.asarray(ring_start, dtype=np.int64), len(geometries))


def centroids(table: RingTable) -> np.ndarray:
    """Area-weighted centroid of each area (holes subtract); NaN for no geometry;
    the mean vertex for an area of zero area."""
    n = table.n_areas
    out = np.full((n, 2), np.nan)
    if not len(table.xy):
        return out
    xy = table.xy
    nxt = np.arange(len(xy)) + 1
    ring_end = np.append(table.ring_start[1:], len(xy))
    nxt[ring_end - 1] = table.ring_start  # each ring's last vertex joins its first
    x0, y0 = xy[:, 0], xy[:, 1]
    # shift to a local origin: the shoelace sums lose digits on national grid coordinates
    origin = xy.mean(axis=0)
    x0, y0 = x0 - origin[0], y0 - origin[1]
    x1, y1 = x0[nxt], y0[nxt]
    cross = x0 * y1 - x1 * y0
    a = np.add.reduceat(cross, table.ring_start) / 2.0
    cx = np.add.reduceat((x0 + x1) * cross, table.ring_start) / 6.0  # = A * centroid x
    cy = np.add.reduceat((y0 + y1) * cross, table.ring_start) / 6.0
    sign = np.where(a < 0, -1.0, 1.0)  # orient each ring: exteriors add, holes subtract
    sign = np.where(table.ring_exterior, sign, -sign)
    area = np.bincount(table.ring_area, weights=a * sign, minlength=n)
    mx = np.bincount(table.ring_area, weights=cx * sign, minlength=n)
    my = np.bincount(table.ring_area, weights=cy * sign, minlength=n)
    present = np.bincount(table.area, minlength=n) > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        good = present & (np.abs(area) > 0)
        out[good, 0] = mx[good] / area[good] + origin[0]
        out[good, 1] = my[good] / area[good] + origin[1]
    flat = present & ~good
    if flat.any():
        cnt = np.bincount(table.area, minlength=n)
        sx = np.bincount(table.area, weights=xy[:, 0], minlength=n)
        sy = np.bincount(table.area, weights=xy[:, 1], minlength=n)
        out[flat, 0] = sx[flat] / cnt[flat]
        out[flat, 1] = sy[flat] / cnt[flat]
    return out


# --------------------------------------------------------------------------- contiguity


def _vertex_keys(xy: np.ndarray, grid: float) -> np.ndarray:
    """One integer per distinct rounded vertex."""
    q = np.round(xy / grid).astype(np.int64)
    _, inverse = np.unique(q, axis=0, return_inverse=True)
    return np.asarray(inverse).reshape(-1)


def _pairs_sharing(keys: np.ndarray, owner: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(i, j) for every two distinct owners holding the same key."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    both = np.unique(np.stack([keys, owner], axis=1), axis=0)  # each (key, owner) once, sorted by key
    k, o = both[:, 0], both[:, 1]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    sizes = np.diff(np.r_[starts, len(k)])
    out_i, out_j = [], []
    for size in np.unique(sizes):
        if size < 2:
            continue
        group = o[starts[sizes == size][:, None] + np.arange(size)[None, :]]  # (groups, size)
        a, b = np.meshgrid(np.arange(size), np.arange(size), indexing="ij")
        off = a != b
        out_i.append(group[:, a[off]].ravel())
        out_j.append(group[:, b[off]].ravel())
    if not out_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(out_i), np.concatenate(out_j)


def contiguity(geometries: Sequence, method: str = QUEEN, grid: float = DEFAULT_GRID,
               check_islands: bool = True) -> Neighbours:
    """Queen or rook contiguity of polygons (WKB or shapely; None for no geometry)."""
    if method not in (QUEEN, ROOK):
        raise ValueError("contiguity method must be queen or rook, not {0!r}".format(method))
    table = ring_table(geometries)
    n = table.n_areas
    keys = _vertex_keys(table.xy, grid) if len(table.xy) else np.zeros(0, np.int64)
    if method == QUEEN:
        i, j = _pairs_sharing(keys, table.area)
    else:
        nxt = np.arange(len(keys)) + 1
        ring_end = np.append(table.ring_start[1:], len(keys))
        nxt[ring_end - 1] = table.ring_start
        a, b = keys, keys[nxt]
        proper = a != b
        lo, hi = np.minimum(a, b)[proper], np.maximum(a, b)[proper]
        n_keys = int(keys.max()) + 1 if len(keys) else 1
        i, j = _pairs_sharing(lo * n_keys + hi, table.area[proper])
    result = from_pairs(n, i, j, method)
    if check_islands and len(result.islands):
        result = _rescue_islands(result, geometries, table, method, grid)
    return result


def _shapely_geometry(geometry):
    from shapely import wkb as shapely_wkb

    if isinstance(geometry, (bytes, bytearray, memoryview)):
        return shapely_wkb.loads(bytes(geometry))
    return geometry


def _rescue_islands(result: Neighbours, geometries, table: RingTable, method: str, grid: float) -> Neighbours:
    """Areas with no shared vertex may still touch another area along an
    edge whose vertices differ: test those with shapely (bounding boxes first)."""
    n = table.n_areas
    present = np.bincount(table.area, minlength=n) > 0
    islands = [i for i in result.islands if present[i]]
    if not islands:
        return result
    lo = np.full((n, 2), np.inf)
    hi = np.full((n, 2), -np.inf)
    np.minimum.at(lo, table.area, table.xy)
    np.maximum.at(hi, table.area, table.xy)
    shapes = {}

    def shape(k):
        if k not in shapes:
            shapes[k] = _shapely_geometry(geometries[k])
        return shapes[k]

    new_i, new_j = [], []
    tol = grid
    for i in islands:
        near = np.flatnonzero(np.all(lo <= hi[i] + tol, axis=1) & np.all(hi >= lo[i] - tol, axis=1))
        for j in near:
            if j == i:
                continue
            a, b = shape(i), shape(j)
            if method == QUEEN:
                touching = a.distance(b) <= tol
            else:
                touching = a.boundary.intersection(b.boundary).length > tol
            if touching:
                new_i.append(i)
                new_j.append(j)
    if not new_i:
        return result
    rows = result.rows
    rescued = len(set(new_i))
    return from_pairs(n, np.concatenate([rows, new_i]), np.concatenate([result.indices, new_j]), method,
                      rescued=rescued)


# --------------------------------------------------------------------------- distance


def _kdtree():
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - exercised with use_scipy=False
        return None
    return cKDTree


def distance_band(points: np.ndarray, threshold: float, use_scipy: Optional[bool] = None,
                  chunk: int = 512) -> Neighbours:
    """Areas whose points (centroids) lie within ``threshold`` of each other;
    rows with a NaN point have no neighbours."""
    points = np.asarray(points, dtype=float)
    n = len(points)
    if not threshold > 0:
        raise ValueError("the distance band must be greater than 0")
    ok = np.flatnonzero(np.isfinite(points).all(axis=1))
    pts = points[ok]
    tree = _kdtree() if use_scipy in (None, True) else None
    if use_scipy and tree is None:
        raise ImportError("scipy is not installed")
    if tree is not None:
        pairs = tree(pts).query_pairs(threshold, output_type="ndarray")
        i, j = pairs[:, 0], pairs[:, 1]
    else:
        i, j = _pairs_within(pts, float(threshold), chunk)
    return from_pairs(n, ok[i], ok[j], DISTANCE_BAND, threshold=float(threshold))


def _pairs_within(pts: np.ndarray, threshold: float, chunk: int) -> Tuple[np.ndarray, np.ndarray]:
    """(i, j), i < j, for points within threshold: points sorted by x, each
    block compared only with the strip of points whose x is within reach."""
    order = np.argsort(pts[:, 0], kind="stable")
    sp = pts[order]
    xs = sp[:, 0]
    r2 = threshold * threshold
    out_i, out_j = [], []
    for start in range(0, len(sp), chunk):
        block = sp[start:start + chunk]
        stop = int(np.searchsorted(xs, block[-1, 0] + threshold, side="right"))
        strip = sp[start:stop]  # only later points: each pair once
        d2 = (block[:, None, 0] - strip[None, :, 0]) ** 2 + (block[:, None, 1] - strip[None, :, 1]) ** 2
        a, b = np.nonzero(d2 <= r2)
        a, b = a + start, b + start
        upper = a < b
        out_i.append(order[a[upper]])
        out_j.append(order[b[upper]])
    if not out_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(out_i), np.concatenate(out_j)


def k_nearest(points: np.ndarray, k: int, use_scipy: Optional[bool] = None, chunk: int = 512) -> Neighbours:
    """The k nearest other points of each point; rows with a NaN point have none."""
    points = np.asarray(points, dtype=float)
    n = len(points)
    ok = np.flatnonzero(np.isfinite(points).all(axis=1))
    m = len(ok)
    if k < 1:
        raise ValueError("k must be at least 1")
    k_eff = min(k, m - 1)
    if k_eff < 1:
        return from_pairs(n, [], [], K_NEAREST, k=k)
    pts = points[ok]
    tree = _kdtree() if use_scipy in (None, True) else None
    if use_scipy and tree is None:
        raise ImportError("scipy is not installed")
    if tree is not None:
        dist, idx = tree(pts).query(pts, k=k_eff + 1)
        idx = np.asarray(idx).reshape(m, k_eff + 1)
        dist = np.asarray(dist).reshape(m, k_eff + 1)
        nbrs = _drop_self(idx, dist, k_eff)
    else:
        centred = pts - pts.mean(axis=0)
        sq = (centred ** 2).sum(axis=1)
        rows = []
        for start in range(0, m, chunk):
            block = centred[start:start + chunk]
            d2 = sq[start:start + chunk, None] + sq[None, :] - 2.0 * block @ centred.T  # BLAS, not a 3-D temporary
            np.maximum(d2, 0.0, out=d2)
            d2[np.arange(len(block)), np.arange(start, start + len(block))] = -1.0  # self first, then dropped
            part = np.argpartition(d2, k_eff, axis=1)[:, :k_eff + 1]
            pd2 = np.take_along_axis(d2, part, axis=1)
            rows.append(_drop_self(part, pd2, k_eff, first=start))
        nbrs = np.concatenate(rows) if rows else np.zeros((0, k_eff), np.int64)
    i = np.repeat(ok, k_eff)
    j = ok[nbrs.ravel()]
    return from_pairs(n, i, j, K_NEAREST, k=k, symmetric=False)


def _drop_self(idx: np.ndarray, dist: np.ndarray, k: int, first: int = 0) -> np.ndarray:
    """Each row's k nearest other than the row itself, ordered by (distance, index)."""
    rows = np.arange(len(idx)) + first
    by_index = np.argsort(idx, axis=1, kind="stable")
    idx = np.take_along_axis(idx, by_index, axis=1)
    dist = np.take_along_axis(dist, by_index, axis=1)
    by_distance = np.argsort(dist, axis=1, kind="stable")  # ties keep index order
    idx = np.take_along_axis(idx, by_distance, axis=1)
    keep = idx != rows[:, None]
    no_self = keep.all(axis=1)  # self not among the k + 1 (duplicate points): drop the farthest
    keep[no_self, -1] = False
    return idx[keep].reshape(len(idx), k).astype(np.int64)
