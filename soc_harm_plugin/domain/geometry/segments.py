"""Segments of areas and lines, read from WKB into numpy arrays (CSR by shape).

The usual area, a little-endian 2D polygon of one ring (or a multipolygon of
one such part; lines likewise), is read for every shape at once from the
joined WKB; any other geometry (holes, several parts, Z or M, big endian,
EWKB) ring by ring. Both give the same coordinates, bit for bit: the segments
the point-in-area and nearest-line joins of :mod:`.geometry_index` test.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Iterable, List, Sequence

import numpy as np


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


def _wkb_rings(geom) -> Iterable[np.ndarray]:
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


def _unpack_u4(order: str, buf: memoryview, pos: int) -> int:
    return struct.unpack_from(order + "I", buf, pos)[0]


def _read_wkb(buf: memoryview, pos: int, rings: List[np.ndarray]) -> int:
    """Append the rings of the WKB geometry at pos; return the position after it."""
    order = "<" if buf[pos] == 1 else ">"
    kind = _unpack_u4(order, buf, pos + 1)
    pos += 5
    has_z, has_m = bool(kind & 0x80000000), bool(kind & 0x40000000)
    has_srid = bool(kind & 0x20000000)  # read before the flags are masked off
    kind &= 0x0FFFFFFF
    dims = _WKB_DIMS[kind // 1000] if kind >= 1000 else 2 + has_z + has_m
    base = kind % 1000
    if has_srid:  # EWKB with SRID
        pos += 4
    count = _unpack_u4(order, buf, pos) if base != 1 else 1
    if base == 1:  # point: no ring
        return pos + 8 * dims
    pos += 4
    if base == 2:  # linestring
        coords = np.frombuffer(buf, dtype=order + "f8", count=count * dims, offset=pos)
        rings.append(coords.reshape(count, dims)[:, :2])
        return pos + 8 * dims * count
    if base == 3:  # polygon
        for _ in range(count):
            n = _unpack_u4(order, buf, pos)
            pos += 4
            coords = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=pos)
            rings.append(coords.reshape(n, dims)[:, :2])
            pos += 8 * dims * n
        return pos
    for _ in range(count):  # multi-part or collection
        pos = _read_wkb(buf, pos, rings)
    return pos


# Little-endian 2D WKB headers of the usual shapes, each with one ring or part: (header, bytes before the count)
_SIMPLE_WKB = tuple((np.frombuffer(header, dtype=np.uint8), len(header)) for header in (
    b"\x01\x03\x00\x00\x00\x01\x00\x00\x00",  # Polygon of one ring
    b"\x01\x06\x00\x00\x00\x01\x00\x00\x00\x01\x03\x00\x00\x00\x01\x00\x00\x00",  # MultiPolygon of one
    b"\x01\x02\x00\x00\x00",  # LineString
    b"\x01\x05\x00\x00\x00\x01\x00\x00\x00\x01\x02\x00\x00\x00",  # MultiLineString of one
))


def _as_wkb(geom) -> bytes:
    if geom is None:
        return b""
    if isinstance(geom, bytes):
        return geom
    if isinstance(geom, (bytearray, memoryview)):
        return bytes(geom)
    return geom.wkb


def _ring_table(geoms: Sequence):
    """Every ring or line of every geometry, in order: (x, y, ring sizes, ring
    owners). The usual area, a little-endian 2D polygon of one ring (or a
    multipolygon of one such part; lines likewise), is read in one vectorised
    step from the joined WKB; any other geometry ring by ring (_wkb_rings).
    The same coordinates, bit for bit, as _wkb_rings gives."""
    blobs = [_as_wkb(g) for g in geoms]
    n = len(blobs)
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=n)
    joined = b"".join(blobs)
    base = np.cumsum(lengths) - lengths
    buf = np.frombuffer(joined, dtype=np.uint8)
    simple = np.zeros(n, dtype=bool)
    start = np.zeros(n, dtype=np.int64)  # byte offset of the first coordinate in joined
    size = np.zeros(n, dtype=np.int64)  # vertices
    for header, head in _SIMPLE_WKB:
        cand = np.flatnonzero(~simple & (lengths >= head + 4))
        if not len(cand):
            continue
        cand = cand[np.all(buf[base[cand, None] + np.arange(head)] == header, axis=1)]
        count = buf[base[cand, None] + head + np.arange(4)].astype(np.int64) << np.arange(0, 32, 8)
        count = count.sum(axis=1)
        fits = lengths[cand] == head + 4 + 16 * count  # 2D and nothing after: the whole blob is this ring
        cand, count = cand[fits], count[fits]
        simple[cand] = True
        start[cand] = base[cand] + head + 4
        size[cand] = count
    other = {int(i): [r for r in _wkb_rings(blobs[i]) if len(r) >= 2] for i in np.flatnonzero(~simple & (
        lengths > 0))}
    n_rings = (simple & (size >= 2)).astype(np.int64)
    for i, rings in other.items():
        n_rings[i] = len(rings)
    first_ring = np.cumsum(n_rings) - n_rings
    ring_size = np.zeros(int(n_rings.sum()), dtype=np.int64)
    one = np.flatnonzero(simple & (size >= 2))
    ring_size[first_ring[one]] = size[one]
    for i, rings in other.items():
        if rings:
            ring_size[first_ring[i]:first_ring[i] + len(rings)] = [len(r) for r in rings]
    ring_owner = np.repeat(np.arange(n, dtype=np.int64), n_rings)
    ring_start = np.cumsum(ring_size) - ring_size
    total = int(ring_size.sum())
    x, y = np.empty(total), np.empty(total)
    if len(one):
        counts = size[one]
        pos = np.repeat(start[one], counts) + 16 * _ranges_within(counts)  # byte offset of each vertex's x
        out = _consecutive(ring_start[first_ring[one]], counts)
        residue = pos % 8
        for r in np.unique(residue):  # joined read as doubles from each byte alignment the vertices need
            doubles = np.frombuffer(joined, dtype="<f8", count=(len(joined) - int(r)) // 8, offset=int(r))
            sel = np.flatnonzero(residue == r)
            at = (pos[sel] - r) // 8
            x[out[sel]] = doubles[at]
            y[out[sel]] = doubles[at + 1]
    for i, rings in other.items():
        if not rings:
            continue
        at = int(ring_start[first_ring[i]])
        for ring in rings:
            x[at:at + len(ring)] = ring[:, 0]
            y[at:at + len(ring)] = ring[:, 1]
            at += len(ring)
    return x, y, ring_size, ring_owner


def edge_set(geoms: Sequence) -> EdgeSet:
    """Segments of each geometry (shapely or WKB). Each segment is stored lower
    end first (by y, then x) so two areas sharing an edge compute bit-identical
    crossings."""
    n = len(geoms)
    x, y, ring_size, ring_owner = _ring_table(geoms)
    if not len(ring_size):
        empty = np.zeros(0)
        return EdgeSet(empty, empty, empty, empty, np.zeros(n + 1, dtype=np.int64), np.full((n, 4), np.nan))
    # a segment runs from each vertex but a ring's last to the next
    from_vertex = np.ones(len(x), dtype=bool)
    from_vertex[np.cumsum(ring_size) - 1] = False
    a = np.flatnonzero(from_vertex)
    del from_vertex
    ax, ay, bx, by = x[a], y[a], x[a + 1], y[a + 1]
    del a, x, y
    shape = np.repeat(ring_owner, ring_size - 1)
    keep = (ax != bx) | (ay != by)  # drop zero-length segments
    if not keep.all():
        ax, ay, bx, by, shape = ax[keep], ay[keep], bx[keep], by[keep], shape[keep]
    del keep
    swap = (ay > by) | ((ay == by) & (ax > bx))
    x1, y1 = np.where(swap, bx, ax), np.where(swap, by, ay)
    x2, y2 = np.where(swap, ax, bx), np.where(swap, ay, by)
    del ax, ay, bx, by, swap
    counts = np.bincount(shape, minlength=n)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    bounds = np.full((n, 4), np.nan)
    has = counts > 0
    first = offsets[:-1][has]
    bounds[has, 0] = np.minimum.reduceat(np.minimum(x1, x2), first)
    bounds[has, 1] = np.minimum.reduceat(y1, first)
    bounds[has, 2] = np.maximum.reduceat(np.maximum(x1, x2), first)
    bounds[has, 3] = np.maximum.reduceat(y2, first)
    return EdgeSet(x1, y1, x2, y2, offsets, bounds)


def _ranges_within(lengths: np.ndarray) -> np.ndarray:
    """For lengths [2, 3] return [0, 1, 0, 1, 2]."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total, dtype=np.int64) - starts


def _consecutive(first: np.ndarray, lengths: np.ndarray, dtype=np.int64) -> np.ndarray:
    """first[i], first[i] + 1, ... (lengths[i] values each), concatenated."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=dtype)
    before = np.cumsum(lengths) - lengths
    out = np.repeat((np.asarray(first, dtype=np.int64) - before).astype(dtype), lengths)
    out += np.arange(total, dtype=dtype)
    return out
