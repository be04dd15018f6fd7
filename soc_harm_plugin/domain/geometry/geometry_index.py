"""Bulk point-in-polygon and nearest-line joins on numpy arrays.

Pure numpy (shapely only to read geometries), so the same code runs with
shapely 1.8 and 2.x. Two strategies give bit-identical answers:

- pairs (few points): points are bucketed on a grid; each point is tested
  only against the areas whose bounding box covers its cell, with every edge
  of the area in one vectorised step.
- raster (many points): the areas' extent is cut into square cells. A cell no
  edge comes near (within a margin far above rounding error) lies wholly in
  one face of the areas' arrangement, so every point in it is covered by
  exactly the areas that cover the cell's centre, found once per row by a
  scanline. Only points in cells near an edge (or in an overlap) get the exact
  test, against the edges of each candidate area in the point's row band, with
  the same arithmetic as the pairs strategy.

Boundary rule: a point covered by more than one area (on a boundary two areas
share, or inside an overlap) goes to exactly one of them: the area whose id
sorts first (numbers as numbers, text as text). The rule depends only on the
ids, not on layer order, so every provider and every rerun gives the same
answer. Points on an area's edge count as inside it ("covers", not "within").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

from .segments import EdgeSet, _consecutive, _ranges_within, edge_set

_CHUNK = 4_000_000  # pair x edge elements processed at once (bounds memory)


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
        out[start:stop] = _covered(px[sel_pts], py[sel_pts], pair, edge, edges)
        start = stop
    return out


def _covered(px, py, pair, edge, edges: EdgeSet) -> np.ndarray:
    """For each point px[i], py[i]: inside (odd crossings) or on one of the
    edges listed for it (pair[k] = i, edge[k] = segment index)."""
    n = len(px)
    y = py[pair]
    ay, by = edges.y1[edge], edges.y2[edge]
    near = np.flatnonzero((ay <= y) & (y <= by))  # only edges level with the point matter
    pair, edge, y, ay, by = pair[near], edge[near], y[near], ay[near], by[near]
    x = px[pair]
    ax, bx = edges.x1[edge], edges.x2[edge]
    # ray casting to +x with the half-open rule ay <= y < by
    spans = y < by
    with np.errstate(divide="ignore", invalid="ignore"):
        cross_x = ax + (y - ay) * (bx - ax) / (by - ay)
    crossing = spans & (x < cross_x)
    parity = np.bincount(pair, weights=crossing, minlength=n) % 2 == 1
    # exactly on the segment: collinear and within its x range (y range holds already)
    on_edge = ((bx - ax) * (y - ay) - (by - ay) * (x - ax) == 0) & (
        np.minimum(ax, bx) <= x) & (x <= np.maximum(ax, bx))
    on_boundary = np.bincount(pair, weights=on_edge, minlength=n) > 0
    return parity | on_boundary


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

    engine: "numpy" (any shapely; raster or pairs strategy by input size),
    "numpy-raster" or "numpy-pairs" (one strategy, for tests and benchmarks;
    both give the same answer), "shapely2" (STRtree bulk query), or "auto".
    Many batches of points against the same polygons: :class:`PolygonIndex`.
    """
    if engine == "shapely2":
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        pts, shapes = _shapely2_pairs(x, y, polygons)
        return _resolve(len(x), pts, shapes, id_priority(ids))
    return PolygonIndex(polygons, ids, engine=engine).assign(x, y)


class PolygonIndex:
    """Polygons prepared once (edges, and the raster when there are enough
    points for it) to assign any number of batches of points: each point gets
    the same area, by the same arithmetic, as from :func:`points_in_polygons`
    on all the points at once, however they are cut into batches.

    ``expected_points``: about how many points will come in all (sizes the
    raster; 0: as many as the first batch)."""

    def __init__(self, polygons: Sequence, ids: Sequence, expected_points: int = 0, engine: str = "auto"):
        if engine == "auto":
            engine = "numpy"
        if engine not in ("numpy", "numpy-raster", "numpy-pairs"):
            raise ValueError("unknown engine {0!r}".format(engine))
        self.engine = engine
        self.priority = id_priority(ids)
        self.edges = edge_set(polygons)
        self.expected_points = int(expected_points)
        self._raster: Optional[_Raster] = None
        self._raster_tried = False

    def _raster_for(self, n_ok: int) -> Optional["_Raster"]:
        if self._raster_tried or not len(self.edges.x1) or self.engine == "numpy-pairs":
            return self._raster
        n = max(n_ok, self.expected_points)
        if self.engine == "numpy-raster" or n >= max(_RASTER_MIN_POINTS, _RASTER_POINTS_PER_AREA * self.edges.count):
            self._raster_tried = True
            self._raster = _Raster.build(self.edges, self.priority, n)
        return self._raster

    def assign(self, x, y) -> Assignment:
        """The area of each point (-1: none) and how many points had a choice."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        edges = self.edges
        ok = _within(x, y, edges.bounds, 0.0)
        if not ok.any() or edges.count == 0:
            return Assignment(np.full(len(x), -1, dtype=np.int64), 0)
        if not ok.all():  # beyond every area (NaN, or ever so far): in none, and out of the grids' arithmetic
            x, y = np.where(ok, x, np.nan), np.where(ok, y, np.nan)
        n_ok = int(ok.sum())
        raster = self._raster_for(n_ok)
        if raster is not None:
            return raster.assign(x, y)
        extent = float(max(np.ptp(x[ok]), np.ptp(y[ok]), 1.0))
        grid = PointGrid.build(x, y, _auto_cell_size(edges.bounds, n_ok, extent))
        pts, shapes = grid.candidates(edges.bounds)
        b = edges.bounds[shapes]
        in_box = (x[pts] >= b[:, 0]) & (x[pts] <= b[:, 2]) & (y[pts] >= b[:, 1]) & (y[pts] <= b[:, 3])
        pts, shapes = pts[in_box], shapes[in_box]
        covered = _pairs_covered(x, y, edges, pts, shapes)
        return _resolve(len(x), pts[covered], shapes[covered], self.priority)


def _within(x: np.ndarray, y: np.ndarray, bounds: np.ndarray, margin: float) -> np.ndarray:
    """Points that could touch a shape: finite and inside the box holding every
    shape's bounds (grown by ``margin``). The others are in no shape and must
    not reach the grids: a point at 1e308 would make their extent infinite."""
    has = np.all(np.isfinite(bounds), axis=1)
    if not has.any():
        return np.zeros(len(x), dtype=bool)
    with np.errstate(invalid="ignore"):  # NaN compares False: out
        return ((x >= bounds[has, 0].min() - margin) & (x <= bounds[has, 2].max() + margin)
                & (y >= bounds[has, 1].min() - margin) & (y <= bounds[has, 3].max() + margin))


# --------------------------------------------------------------------------- raster strategy

_RASTER_MIN_POINTS = 5_000  # below this (or 5 points per area) the pairs strategy is as fast
_RASTER_POINTS_PER_AREA = 5
# cells across a typical area: most points land in cells no edge comes near (at 1M points on 35,000 areas, 16
# cells left 45 % of the points to the exact test, 32 leave 34 %; the larger raster costs less than it saves)
_RASTER_CELLS_PER_AREA = 32.0
_RASTER_CELLS_PER_POINT = 8  # and the raster stays a few cells per point (at most 2**25 cells, 128 MB)
_RASTER_MAX_ENTRIES = 1 << 25  # (edge, row band) pairs; beyond this the pairs strategy bounds memory better
_BANDED_CHUNK = 1 << 17  # pair x edge elements at once: small chunks reuse the same memory


def _cell_of(v, origin: float, inv: float, n: int, out: Optional[np.ndarray] = None) -> np.ndarray:
    """Cell index along one axis, floor((v - origin) * inv) clipped to [0, n - 1],
    as floats (exact small integers). Monotone in v: a value between two
    others never gets an index outside theirs. With out, computed in place."""
    t = np.subtract(v, origin, out=out)
    t *= inv
    np.floor(t, out=t)
    return np.clip(t, 0, n - 1, out=t)


def _cell_int(v, origin: float, inv: float, n: int, dtype=np.int64) -> np.ndarray:
    return _cell_of(v, origin, inv, n).astype(dtype)


class _Raster:
    """The raster strategy's structures for one set of polygons, built once
    and asked for any number of point batches (see the module docstring).
    Built to touch little fresh memory: int32 indices, in-place arithmetic."""

    def __init__(self, **parts):
        self.__dict__.update(parts)

    @classmethod
    def build(cls, edges: EdgeSet, priority: np.ndarray, n_points: int) -> Optional["_Raster"]:
        """The raster for about ``n_points`` points (a few cells per point, as
        many as a typical area needs, at most 2**25); None when it cannot
        decide (an unclosed ring, or edges so long the raster would not pay)."""
        bounds = edges.bounds
        has = np.all(np.isfinite(bounds), axis=1)
        x0, y0 = float(bounds[has, 0].min()), float(bounds[has, 1].min())
        x1, y1 = float(bounds[has, 2].max()), float(bounds[has, 3].max())
        width, height = x1 - x0, y1 - y0
        sizes = np.maximum(bounds[has, 2] - bounds[has, 0], bounds[has, 3] - bounds[has, 1])
        typical = float(np.median(sizes))
        budget = float(min(max(_RASTER_CELLS_PER_POINT * n_points, 1 << 16), 1 << 25))
        size = max(typical / _RASTER_CELLS_PER_AREA, float(np.sqrt(width * height / budget)),
                   max(width, height) / 8192.0, 1e-9)
        inv = 1.0 / size
        ncols = int(np.floor(width * inv)) + 1
        nrows = int(np.floor(height * inv)) + 1
        # an edge within this distance of a cell makes the cell "near"; far above rounding error
        margin = 1e-9 * max(abs(x0), abs(x1), abs(y0), abs(y1), width, height, 1.0)
        ax, ay, bx, by = edges.x1, edges.y1, edges.x2, edges.y2
        n_edges = len(ax)
        shape_of = np.repeat(np.arange(edges.count, dtype=np.int32), np.diff(edges.offsets))

        # (edge, row) for every row band an edge comes within the margin of
        er0 = _cell_int(ay - margin, y0, inv, nrows)
        ner = _cell_int(by + margin, y0, inv, nrows) - er0 + 1
        if int(ner.sum()) > _RASTER_MAX_ENTRIES:
            return None
        ent_edge = np.repeat(np.arange(n_edges, dtype=np.int32), ner)
        ent_row = _consecutive(er0, ner, np.int32)
        del er0, ner

        # cells an edge passes within the margin of: its x extent inside each row band
        # (a flat edge: its whole x extent)
        flat = by == ay
        with np.errstate(divide="ignore", invalid="ignore"):
            run = np.where(flat, 0.0, (bx - ax) / np.where(flat, 1.0, by - ay))
        emin, emax = np.minimum(ax, bx), np.maximum(ax, bx)
        base_lo, base_hi = np.where(flat, emin, ax), np.where(flat, emax, ax)
        eay = ay[ent_edge]
        xa = ent_row * size  # the band's bottom (less the margin) ...
        xa += y0 - margin
        xb = xa + (size + 2 * margin)  # ... and top (plus the margin)
        np.maximum(xa, eay, out=xa)  # the part of the edge in the band: from y = xa to y = xb,
        np.minimum(xb, by[ent_edge], out=xb)  # then the edge's x at those two heights
        erun = run[ent_edge]
        xa -= eay
        xa *= erun
        xa += base_lo[ent_edge]
        xb -= eay
        xb *= erun
        xb += base_hi[ent_edge]
        del eay, erun
        lo = np.minimum(xa, xb)
        np.maximum(xa, xb, out=xb)
        np.maximum(lo, emin[ent_edge], out=lo)
        np.minimum(xb, emax[ent_edge], out=xb)
        lo -= margin
        xb += margin
        c_lo = _cell_of(lo, x0, inv, ncols, out=lo).astype(np.int32)
        n_near = _cell_of(xb, x0, inv, ncols, out=xb).astype(np.int32)
        n_near -= c_lo
        n_near += 1
        del xa, xb, lo
        if int(n_near.sum()) > _RASTER_MAX_ENTRIES:
            return None
        c_lo += ent_row * np.int32(ncols)
        near = _consecutive(c_lo, n_near, np.int32)
        del c_lo, n_near, flat, run, emin, emax, base_lo, base_hi

        # edges by (shape, row band), CSR: the slot of (shape s, row r) is slot_base[s] + r - srow0[s]
        srow0 = np.zeros(edges.count, dtype=np.int64)
        srow1 = np.full(edges.count, -1, dtype=np.int64)
        srow0[has] = _cell_int(bounds[has, 1] - margin, y0, inv, nrows)
        srow1[has] = _cell_int(bounds[has, 3] + margin, y0, inv, nrows)
        slot_base = np.zeros(edges.count + 1, dtype=np.int64)
        np.cumsum(srow1 - srow0 + 1, out=slot_base[1:])
        n_slots = int(slot_base[-1])
        dtype = np.int32 if n_slots < 2 ** 31 - 1 else np.int64
        ent_shape = shape_of[ent_edge]
        ent_slot = (slot_base[:-1] - srow0).astype(dtype)[ent_shape]
        ent_slot += ent_row
        del ent_shape
        order = np.argsort(ent_slot)
        ent_edge, ent_row, ent_slot = ent_edge[order], ent_row[order], ent_slot[order]
        del order
        slot_off = np.zeros(n_slots + 1, dtype=np.int64)
        np.cumsum(np.bincount(ent_slot, minlength=n_slots), out=slot_off[1:])

        # scanline along each row's centre line: the cell centres each area covers
        # (even-odd rule, half-open in y as in _pairs_covered), as runs of cells
        centre_y = y0 + (np.arange(nrows) + 0.5) * size
        cy = centre_y[ent_row]
        cross = np.flatnonzero((ay[ent_edge] <= cy) & (cy < by[ent_edge]))
        ce, cslot, cy = ent_edge[cross], ent_slot[cross], cy[cross]
        cx = ax[ce] + (cy - ay[ce]) * (bx[ce] - ax[ce]) / (by[ce] - ay[ce])
        first = np.ones(len(cslot), dtype=bool)
        first[1:] = cslot[1:] != cslot[:-1]
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(cslot)))
        if np.any(counts % 2):
            return None  # an unclosed ring
        two = starts[counts == 2]  # the common case: order two crossings by a swap
        low = np.minimum(cx[two], cx[two + 1])
        cx[two + 1] = np.maximum(cx[two], cx[two + 1])
        cx[two] = low
        many = np.flatnonzero(np.repeat(counts > 2, counts))
        if len(many):
            cx[many] = cx[many][np.lexsort((cx[many], cslot[many]))]
        opening = np.flatnonzero(_ranges_within(counts) % 2 == 0)
        c0 = np.clip(np.ceil((cx[opening] - x0) * inv - 0.5), 0, ncols)  # first centre at or after the opening
        c1 = np.clip(np.ceil((cx[opening + 1] - x0) * inv - 0.5) - 1, -1, ncols - 1)  # last centre before the closing
        keep = c0 <= c1
        run_row = ent_row[cross[opening[keep]]].astype(np.int64)
        run_start = run_row * ncols + c0[keep].astype(np.int64)
        run_end = run_row * ncols + c1[keep].astype(np.int64)
        run_value = shape_of[ce[opening[keep]]] + 1
        order = np.argsort(run_start)
        run_start, run_end, run_value = run_start[order], run_end[order], run_value[order]
        del cy, cross, ce, cslot, cx, first, starts, counts, opening, c0, c1, keep, run_row, order, ent_row, ent_slot

        # the raster: 1 + the area whose run holds the cell, 0 for none, -1 near an edge or in an overlap
        raster = np.zeros(nrows * ncols + 1, dtype=np.int32)
        prev_end = np.maximum.accumulate(run_end)[:-1] if len(run_end) else run_end
        overlapping = np.flatnonzero(run_start[1:] <= prev_end) + 1
        if len(overlapping):
            np.add.at(raster, run_start, run_value)
            np.add.at(raster, run_end + 1, -run_value)
        else:  # unique starts and unique ends: plain fancy indexing adds correctly
            raster[run_start] += run_value
            raster[run_end + 1] -= run_value
        np.cumsum(raster, out=raster)
        raster[near] = -1
        del near
        if len(overlapping):
            lo = run_start[overlapping]
            raster[_consecutive(lo, np.minimum(run_end[overlapping], prev_end[overlapping - 1]) - lo + 1)] = -1
        extent = (x0, y0, x1, y1)
        boxes = _BoxGrid(bounds, has, extent, max(n_points // 4, 1))
        return cls(edges=edges, priority=priority, extent=extent, size=size, inv=inv, ncols=ncols, nrows=nrows,
                   raster=raster, slot_base=slot_base, srow0=srow0, slot_off=slot_off, slot_edge=ent_edge, boxes=boxes)

    def assign(self, x: np.ndarray, y: np.ndarray) -> Assignment:
        """The area of each point (-1: none), by the boundary rule."""
        n = len(x)
        index = np.full(n, -1, dtype=np.int64)
        x0, y0, x1, y1 = self.extent
        inv, ncols, nrows = self.inv, self.ncols, self.nrows
        with np.errstate(invalid="ignore"):
            inside = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)  # outside every box: -1 (NaN too)
        pts = None if inside.all() else np.flatnonzero(inside)
        del inside
        px, py = (x, y) if pts is None else (x[pts], y[pts])

        # points in cells no edge comes near: the area of their cell
        key = _cell_of(py, y0, inv, nrows)
        key *= ncols
        key += _cell_of(px, x0, inv, ncols)
        cell = key.astype(np.int32)
        del key
        value = self.raster[cell]
        exact = np.flatnonzero(value < 0)
        value -= 1
        if pts is None:
            np.maximum(value, -1, out=value)
            index[:] = value
        else:
            inner = value >= 0
            index[pts[inner]] = value[inner]
            del inner
        del value
        cell = cell[exact]
        row = cell // np.int32(ncols)
        if pts is not None:
            exact = pts[exact]
        del cell

        # points near an edge: every area whose box holds them, tested exactly
        qx, qy = x[exact], y[exact]
        pair_pt, pair_shape = self.boxes.candidates(qx, qy)
        pslot = self.slot_base[pair_shape] + row[pair_pt] - self.srow0[pair_shape]
        covered = _pairs_covered_banded(qx, qy, self.edges, pair_pt, pslot, self.slot_off, self.slot_edge)
        cp, cs = pair_pt[covered], pair_shape[covered]
        count = np.bincount(cp, minlength=len(exact))
        single = count[cp] == 1
        index[exact[cp[single]]] = cs[single]
        sp, ss = cp[~single], cs[~single]
        if not len(sp):
            return Assignment(index, 0)
        order = np.lexsort((self.priority[ss], sp))
        sp, ss = sp[order], ss[order]
        head = np.ones(len(sp), dtype=bool)
        head[1:] = sp[1:] != sp[:-1]
        index[exact[sp[head]]] = ss[head]
        return Assignment(index, int(head.sum()))


def _box_grid_size(boxes: np.ndarray, n_points: int, width: float, height: float) -> float:
    """Cell size for _BoxGrid: the one (of a few, doubling from half the
    typical box's short side) that minimises (box, cell) entries plus the
    candidates the points will meet."""
    w, h = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    area = max(width * height, 1e-300)
    start = max(float(np.median(np.minimum(w, h))) / 2.0, max(width, height) / 4096.0, 1e-9)
    best, best_cost = start, None
    for k in range(12):
        size = start * 2.0 ** k
        entries = float(np.sum((np.floor(w / size) + 2) * (np.floor(h / size) + 2)))
        candidates = float(np.sum((w + size) * (h + size))) / area * n_points
        cost = entries + candidates
        if best_cost is None or cost < best_cost:
            best, best_cost = size, cost
    return best


class _BoxGrid:
    """The shapes' bounding boxes on a coarse grid: which boxes hold a point."""

    def __init__(self, bounds: np.ndarray, has: np.ndarray, extent, n_points: int):
        x0, y0, x1, y1 = extent
        width, height = x1 - x0, y1 - y0
        hs = np.flatnonzero(has)
        size = _box_grid_size(bounds[hs], n_points, width, height)
        inv = 1.0 / size
        kc = int(np.floor(width * inv)) + 1
        kr = int(np.floor(height * inv)) + 1
        c0 = _cell_int(bounds[hs, 0], x0, inv, kc)
        r0 = _cell_int(bounds[hs, 1], y0, inv, kr)
        nc = _cell_int(bounds[hs, 2], x0, inv, kc) - c0 + 1
        ncell = nc * (_cell_int(bounds[hs, 3], y0, inv, kr) - r0 + 1)
        box = np.repeat(np.arange(len(hs)), ncell)
        within = _ranges_within(ncell)
        key = (r0[box] + within // nc[box]) * kc + c0[box] + within % nc[box]
        order = np.argsort(key, kind="stable")
        self.shape_in_cell = hs[box[order]]
        self.offsets = np.zeros(kc * kr + 1, dtype=np.int64)
        np.cumsum(np.bincount(key, minlength=kc * kr), out=self.offsets[1:])
        self.bounds, self.x0, self.y0, self.inv, self.kc, self.kr = bounds, x0, y0, inv, kc, kr

    def candidates(self, px: np.ndarray, py: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(point, shape) pairs for every shape whose bounding box holds the point."""
        cell = _cell_int(py, self.y0, self.inv, self.kr) * self.kc + _cell_int(px, self.x0, self.inv, self.kc)
        count = self.offsets[cell + 1] - self.offsets[cell]
        pt = np.repeat(np.arange(len(px)), count)
        shape = self.shape_in_cell[np.repeat(self.offsets[cell], count) + _ranges_within(count)]
        bounds = self.bounds
        qx, qy = px[pt], py[pt]
        in_box = ((qx >= bounds[shape, 0]) & (qx <= bounds[shape, 2])
                  & (qy >= bounds[shape, 1]) & (qy <= bounds[shape, 3]))
        return pt[in_box], shape[in_box]


def _pairs_covered_banded(px, py, edges: EdgeSet, pair_pt, pair_slot, slot_off, slot_edge) -> np.ndarray:
    """_pairs_covered for (point, shape) pairs, each against only the edges of its
    shape in the point's row band (a superset of the edges level with the point):
    the same tests on the same edges, so the same answer."""
    out = np.zeros(len(pair_pt), dtype=bool)
    n_edges = slot_off[pair_slot + 1] - slot_off[pair_slot]
    cum = np.cumsum(n_edges)
    start = 0
    while start < len(pair_pt):
        done = cum[start - 1] if start else 0
        stop = max(start + 1, int(np.searchsorted(cum, done + _BANDED_CHUNK, side="right")))
        counts = n_edges[start:stop]
        pair = np.repeat(np.arange(stop - start), counts)
        edge = slot_edge[np.repeat(slot_off[pair_slot[start:stop]], counts) + _ranges_within(counts)]
        sel = pair_pt[start:stop]
        out[start:stop] = _covered(px[sel], py[sel], pair, edge, edges)  # the arithmetic of _pairs_covered
        start = stop
    return out


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
    """Assign each point to the nearest line within tolerance (ties: id order).
    Many batches of points against the same lines: :class:`LineIndex`."""
    return LineIndex(lines, ids, tolerance).assign(x, y)


class LineIndex:
    """Lines prepared once (segments and their boxes grown by the tolerance) to
    assign any number of batches of points: each point gets the same line and
    distance as from :func:`points_to_nearest_lines` on all points at once."""

    def __init__(self, lines: Sequence, ids: Sequence, tolerance: float):
        self.edges = edges = edge_set(lines)
        self.tolerance = tol = max(float(tolerance), 0.0)
        self.priority = id_priority(ids)
        self.seg_shape = np.repeat(np.arange(edges.count), np.diff(edges.offsets))
        self.seg_boxes = np.column_stack([
            np.minimum(edges.x1, edges.x2) - tol, edges.y1 - tol,
            np.maximum(edges.x1, edges.x2) + tol, edges.y2 + tol,
        ])
        lengths = np.hypot(edges.x2 - edges.x1, edges.y2 - edges.y1)
        self.median_length = float(np.median(lengths)) if len(lengths) else 0.0

    def assign(self, x, y) -> Assignment:
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        n = len(x)
        index = np.full(n, -1, dtype=np.int64)
        distance = np.full(n, np.nan)
        edges, tol = self.edges, self.tolerance
        ok = _within(x, y, edges.bounds, tol)
        if not ok.any() or len(edges.x1) == 0:
            return Assignment(index, 0, distance)
        if not ok.all():  # farther than the tolerance from every line's box: near none
            x, y = np.where(ok, x, np.nan), np.where(ok, y, np.nan)
        extent = float(max(np.ptp(x[ok]), np.ptp(y[ok]), 1.0))
        size = max(2 * tol, self.median_length, extent / 4096.0, 1e-6)
        grid = PointGrid.build(x, y, size)
        pts, segs = grid.candidates(self.seg_boxes)
        priority = self.priority
        best_pts, best_shape, best_dist = [], [], []
        step = _CHUNK
        for s in range(0, len(pts), step):
            p, g = pts[s:s + step], segs[s:s + step]
            d = _segment_distance(x[p], y[p], edges.x1[g], edges.y1[g], edges.x2[g], edges.y2[g])
            keep = d <= tol
            best_pts.append(p[keep])
            best_shape.append(self.seg_shape[g[keep]])
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
