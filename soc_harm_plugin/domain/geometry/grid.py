"""Square and hexagon grids for aggregating harm (``socharm:harmgrid``).

Pure numpy (shapely only for cells cut by a boundary): no qgis import.

The lattice
-----------
Every grid of a given shape and cell size is cut from one lattice anchored at
the CRS origin, so two grids with the same cell size line up cell for cell,
whatever their extent (grids of two periods can be compared).

- square: cell (c, r) is [c*s, (c+1)*s] x [r*s, (r+1)*s].
- hexagon ("pointy top", rows offset by half a cell): each hexagon has the
  area of an s x s square, so squares and hexagons of the same CELL_SIZE hold
  comparable counts. Side a = s * sqrt(2 / (3 * sqrt(3))) (0.6204 s), width
  across the flat sides w = sqrt(3) * a (1.0746 s), rows 1.5 * a apart; the
  centre of (c, r) is ((c + (r odd) / 2) * w, 1.5 * a * r). A hexagon is the
  set of points nearer its centre than any other (the lattice's Voronoi cell),
  which is how points are assigned.

Cells and ids
-------------
A grid keeps the cells that overlap the extent (with a positive area). The
lattice box around them is numbered row by row from the south-west corner:
``cell_id = row_in_box * n_cols + col_in_box + 1``, so a lower id lies further
south, or in the same row further west.

Boundary rule
-------------
A point on the edge shared by two cells (or on a corner shared by several)
counts once, in the kept cell with the lowest ``cell_id``: the cell to its
west or south. This is scoreharm's "the area whose id sorts first". A point
within ``EDGE_TOLERANCE`` cell sizes of an edge counts as on it, so rounding
in the coordinates never makes the answer depend on the last bit.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..language.messages import tr
from .geometry_index import Assignment, PolygonIndex, points_in_polygons, points_to_nearest_lines
from ..harm.harm_table import HarmTable
from ..harm.scoring import Areas, Events, HarmResult, HarmScorer, RecordColumns, reconcile, score_harm
from ..codes import ASSIGNED, OUTSIDE
from ..periods.calendar import Period
from ..columns import Factorized, object_array

SQUARE = "square"
HEXAGON = "hexagon"
GRID_SHAPES = (SQUARE, HEXAGON)  # enum order is public (GRID_SHAPE)

MAX_CELLS = 1_000_000  # a polygon layer beyond this is no use on a map or to the statistics
CELLS_ACROSS = 50  # automatic cell size: the extent's shorter side holds about this many cells
EDGE_TOLERANCE = 1e-9  # in cell sizes: a point this near an edge is on it
_ASSIGN_BLOCK = 1 << 18  # points placed at once

HEX_SIDE = math.sqrt(2.0 / (3.0 * math.sqrt(3.0)))  # hexagon side per unit of cell size (equal area)

Extent = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


class GridError(ValueError):
    """A grid that cannot be made from these choices (the message says why)."""


class TooManyCellsError(GridError):
    def __init__(self, n_cells: int, max_cells: int, cell_size: float, smallest: float):
        super().__init__(tr("{0} cells of size {1:g} over this extent; at most {2} are allowed; "
                            "a cell size of at least {3:g} fits").format(n_cells, cell_size, max_cells, smallest))
        self.n_cells = n_cells
        self.max_cells = max_cells
        self.cell_size = cell_size
        self.smallest = smallest


NICE_STEPS = (1.0, 2.0, 2.5, 5.0)


def nice_floor(value: float) -> float:
    """The largest 1, 2, 2.5 or 5 x 10^k not above value (value > 0)."""
    if not (value > 0 and math.isfinite(value)):
        raise ValueError("nice_floor needs a positive number, not {0!r}".format(value))
    exponent = math.floor(math.log10(value))
    for _ in range(2):
        base = 10.0 ** exponent
        for step in reversed(NICE_STEPS):
            nice = float(_round_sig(step * base))
            if nice <= value * (1 + 1e-12):
                return nice
        exponent -= 1
    return float(value)


def nice_ceil(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 x 10^k not below value (value > 0)."""
    if not (value > 0 and math.isfinite(value)):
        raise ValueError("nice_ceil needs a positive number, not {0!r}".format(value))
    exponent = math.floor(math.log10(value))
    for _ in range(2):
        base = 10.0 ** exponent
        for step in NICE_STEPS:
            nice = float(_round_sig(step * base))
            if nice >= value * (1 - 1e-12):
                return nice
        exponent += 1
    return float(value)


def _round_sig(value: float) -> float:
    return float("{0:.12g}".format(value))


def automatic_cell_size(extent: Extent, cells_across: int = CELLS_ACROSS) -> float:
    """The automatic CELL_SIZE: the extent's shorter side / 50, rounded down to
    1, 2, 2.5 or 5 x 10^k (a 15 km wide force gets 250 m cells). An extent with
    no width (records along one line) uses its longer side."""
    width, height = extent[2] - extent[0], extent[3] - extent[1]
    sides = [s for s in (width, height) if s > 0 and math.isfinite(s)]
    if not sides:
        raise GridError(tr("the extent has no width or height (every record at one place)"))
    return nice_floor(min(sides) / cells_across)


def widen_degenerate(extent: Extent, size: float) -> Extent:
    """An extent with no width (or height), e.g. records along one line, widened
    to one cell size about its middle, so that the grid has cells of some area."""
    xmin, ymin, xmax, ymax = extent
    if xmax - xmin <= 0:
        xmin, xmax = xmin - size / 2.0, xmax + size / 2.0
    if ymax - ymin <= 0:
        ymin, ymax = ymin - size / 2.0, ymax + size / 2.0
    return (xmin, ymin, xmax, ymax)


@dataclass
class Grid:
    """Cells of one shape and size: a box of the lattice and which of its slots are kept.

    Slot k of the box is row ``k // n_cols`` (from the south), column
    ``k % n_cols`` (from the west); its cell_id is ``k + 1``. Kept cells are
    numbered 0..n_cells-1 in slot (so id) order.
    """

    shape: str
    cell_size: float
    col0: int
    row0: int
    n_cols: int
    n_rows: int
    slot_cell: np.ndarray  # per slot: its cell number, or -1 where the slot is not kept
    geometries: Optional[List[bytes]] = field(default=None, repr=False)  # cut cells (WKB); None: whole cells

    # ---------------------------------------------------------------- lattice

    @property
    def side(self) -> float:
        """Hexagon side (for squares, the square's side)."""
        return self.cell_size * HEX_SIDE if self.shape == HEXAGON else self.cell_size

    @property
    def circumradius(self) -> float:
        """The distance from a cell's centre to its farthest corner."""
        return self.side if self.shape == HEXAGON else self.cell_size * math.sqrt(0.5)

    @property
    def n_cells(self) -> int:
        return int((self.slot_cell >= 0).sum())

    @property
    def slots(self) -> np.ndarray:
        """The kept slots, in cell order."""
        return np.flatnonzero(self.slot_cell >= 0)

    @property
    def cell_ids(self) -> np.ndarray:
        return self.slots.astype(np.int64) + 1

    def cell_area(self) -> float:
        """A whole cell's area in squared map units: the cell size squared, for
        both shapes (a hexagon's side is chosen for that area)."""
        return self.cell_size ** 2

    def lattice_of_slots(self, slots: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        slots = np.asarray(slots, dtype=np.int64)
        return self.col0 + slots % self.n_cols, self.row0 + slots // self.n_cols

    def centres(self, slots: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
        cols, rows = self.lattice_of_slots(self.slots if slots is None else slots)
        return _centres(self.shape, self.cell_size, cols, rows)

    def rings(self, slots: Optional[np.ndarray] = None) -> np.ndarray:
        """(n, k, 2) closed rings, counter-clockwise: 5 points for squares, 7 for hexagons.
        Corners are computed from integer multiples of one length, so neighbours
        share their corners bit for bit."""
        cols, rows = self.lattice_of_slots(self.slots if slots is None else slots)
        return _cell_rings(self.shape, self.cell_size, cols, rows)

    def wkb(self) -> List[bytes]:
        """Each kept cell's polygon as WKB (cut cells as they were cut)."""
        if self.geometries is not None:
            return self.geometries
        return polygons_wkb(self.rings())

    # ---------------------------------------------------------------- assignment

    def assign(self, x, y) -> Tuple[np.ndarray, np.ndarray]:
        """(cell number per point or -1, whether the point lay on an edge of a kept cell
        shared with another cell). NaN coordinates are in no cell."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        ok = np.isfinite(x) & np.isfinite(y)
        cell = np.full(len(x), -1, dtype=np.int64)
        on_edge = np.zeros(len(x), dtype=bool)
        at = np.flatnonzero(ok)
        for start in range(0, len(at), _ASSIGN_BLOCK):  # blocks: a few (block, 4) temporaries, not (n, 4)
            part = at[start:start + _ASSIGN_BLOCK]
            cell[part], on_edge[part] = self._assign_block(x[part], y[part])
        return cell, on_edge

    def _assign_block(self, px: np.ndarray, py: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        if self.shape == HEXAGON:
            cols, rows, near = _hex_candidates(px, py, self.cell_size)
        else:
            cols, rows, near = _square_candidates(px, py, self.cell_size)
        return self._resolve(cols, rows, near)

    def assign_keys(self, keys: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """:meth:`assign` from the points' lattice keys instead of their coordinates
        (one row per point or group of points, :data:`LATTICE_KEYS` of the shape:
        what a database computes with the same float operations as
        :func:`lattice_keys`): (cell number or -1, on an edge of a kept cell)."""
        keys = np.asarray(keys, dtype=np.int64).reshape(-1, len(LATTICE_KEYS[self.shape]))
        return self._resolve(*_candidates_of_keys(self.shape, keys))

    def _resolve(self, cols: np.ndarray, rows: np.ndarray, near: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        numbers = np.where(near, self._cell_numbers(cols, rows), -1)
        big = np.iinfo(np.int64).max
        best = np.where(numbers >= 0, numbers, big).min(axis=1)
        best[best == big] = -1
        return best, _distinct_per_row(numbers) > 1  # kept cells sharing the point: on an edge or corner

    def _cell_numbers(self, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
        c = cols - self.col0
        r = rows - self.row0
        inside = (c >= 0) & (c < self.n_cols) & (r >= 0) & (r < self.n_rows)
        slot = np.where(inside, r * self.n_cols + c, 0)
        return np.where(inside, self.slot_cell[slot], -1)

    def restricted(self, keep_cells: np.ndarray, geometries: Optional[List[bytes]] = None) -> "Grid":
        """The grid with only the cells where keep_cells (one bool per cell) is true."""
        keep_cells = np.asarray(keep_cells, dtype=bool)
        slots = self.slots[keep_cells]
        slot_cell = np.full(len(self.slot_cell), -1, dtype=np.int64)
        slot_cell[slots] = np.arange(len(slots))
        return Grid(self.shape, self.cell_size, self.col0, self.row0, self.n_cols, self.n_rows, slot_cell, geometries)


def _centres(shape: str, size: float, cols: np.ndarray, rows: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    cols = np.asarray(cols, dtype=np.int64)
    rows = np.asarray(rows, dtype=np.int64)
    if shape == HEXAGON:
        a = size * HEX_SIDE
        half_w = math.sqrt(3.0) * a / 2.0
        half_a = a / 2.0
        return (2 * cols + (rows & 1)) * half_w, (3 * rows) * half_a
    return (cols + 0.5) * size, (rows + 0.5) * size


def _cell_rings(shape: str, size: float, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
    cols = np.asarray(cols, dtype=np.int64)
    rows = np.asarray(rows, dtype=np.int64)
    if shape == HEXAGON:
        a = size * HEX_SIDE
        half_w = math.sqrt(3.0) * a / 2.0
        half_a = a / 2.0
        m = 2 * cols + (rows & 1)  # centre x = m * half_w
        n = 3 * rows  # centre y = n * half_a
        # bottom, lower right, upper right, top, upper left, lower left, bottom
        dm = np.array([0, 1, 1, 0, -1, -1, 0])
        dn = np.array([-2, -1, 1, 2, 1, -1, -2])
        xs = (m[:, None] + dm[None, :]) * half_w
        ys = (n[:, None] + dn[None, :]) * half_a
        return np.stack([xs, ys], axis=-1)
    dc = np.array([0, 1, 1, 0, 0])
    dr = np.array([0, 0, 1, 1, 0])
    xs = (cols[:, None] + dc[None, :]) * size
    ys = (rows[:, None] + dr[None, :]) * size
    return np.stack([xs, ys], axis=-1)


def polygons_wkb(rings: np.ndarray) -> List[bytes]:
    """Little-endian WKB polygons (one ring each) from an (n, k, 2) array, without
    a geometry object per cell."""
    rings = np.ascontiguousarray(rings, dtype="<f8")
    n, k, _ = rings.shape
    header = np.zeros(13, dtype=np.uint8)
    header[0] = 1
    header[1:5] = np.frombuffer(np.array([3], dtype="<u4").tobytes(), dtype=np.uint8)  # Polygon
    header[5:9] = np.frombuffer(np.array([1], dtype="<u4").tobytes(), dtype=np.uint8)  # one ring
    header[9:13] = np.frombuffer(np.array([k], dtype="<u4").tobytes(), dtype=np.uint8)
    out = np.empty((n, 13 + 16 * k), dtype=np.uint8)
    out[:, :13] = header
    out[:, 13:] = rings.reshape(n, 2 * k).view(np.uint8).reshape(n, 16 * k)
    return [row.tobytes() for row in out]


# The lattice keys of a point: integers that settle which cells may hold it, computed
# from its coordinates with the float operations below (and by the database path with
# the same operations in SQL, qgis_io/postgis/grid_sql.py); then the kept cells decide.
LATTICE_KEYS = {
    SQUARE: ("col_low", "col_high", "row_low", "row_high"),
    HEXAGON: ("row0", "col0_even", "col0_odd", "near_0", "near_1", "near_2", "near_3"),
}


def lattice_keys(shape: str, x: np.ndarray, y: np.ndarray, size: float) -> np.ndarray:
    """(n, len(LATTICE_KEYS[shape])) integer keys of the points (see LATTICE_KEYS)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if shape == HEXAGON:
        cols, rows, near = _hex_candidates(x, y, size)
        return np.column_stack([rows[:, 0], cols[:, 0], cols[:, 2], near.astype(np.int64)])
    cx = _axis_candidates(x / size)
    cy = _axis_candidates(y / size)
    return np.column_stack([cx[0], cx[1], cy[0], cy[1]])


def _candidates_of_keys(shape: str, keys: np.ndarray):
    """(cols, rows, near) of :func:`_square_candidates` or :func:`_hex_candidates` from the lattice keys."""
    if shape == HEXAGON:
        r0, ca, cb = keys[:, 0], keys[:, 1], keys[:, 2]
        rows = np.stack([r0, r0, r0 + 1, r0 + 1], axis=1)
        cols = np.stack([ca, ca + 1, cb, cb + 1], axis=1)
        return cols, rows, keys[:, 3:7] != 0
    return _square_of_axes((keys[:, 0], keys[:, 1]), (keys[:, 2], keys[:, 3]))


def _square_candidates(x: np.ndarray, y: np.ndarray, size: float):
    """Up to 4 (col, row) per point: two per axis where the point is on a grid line."""
    return _square_of_axes(_axis_candidates(x / size), _axis_candidates(y / size))


def _square_of_axes(cx, cy):
    cols = np.stack([cx[0], cx[1], cx[0], cx[1]], axis=1)
    rows = np.stack([cy[0], cy[0], cy[1], cy[1]], axis=1)
    near = np.ones(cols.shape, dtype=bool)
    return cols, rows, near


def _axis_candidates(t: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """The index of the interval [k, k+1] holding t, and the one before it when t is on k."""
    k = np.round(t)
    on_line = np.abs(t - k) <= EDGE_TOLERANCE
    low = np.where(on_line, k - 1, np.floor(t)).astype(np.int64)
    high = np.where(on_line, k, low).astype(np.int64)
    return low, high


def _hex_candidates(x: np.ndarray, y: np.ndarray, size: float):
    """4 candidate hexagons per point (2 rows x 2 columns) and which of them
    cover it: the nearest centres, ties within the edge tolerance."""
    a = size * HEX_SIDE
    half_w = math.sqrt(3.0) * a / 2.0
    half_a = a / 2.0
    r0 = np.floor(y / (3.0 * half_a)).astype(np.int64)
    rows = np.stack([r0, r0, r0 + 1, r0 + 1], axis=1)
    u = x[:, None] / (2.0 * half_w) - 0.5 * (rows[:, ::2] & 1)  # per candidate row
    c0 = np.floor(u).astype(np.int64)
    cols = np.stack([c0[:, 0], c0[:, 0] + 1, c0[:, 1], c0[:, 1] + 1], axis=1)
    cx, cy = _centres(HEXAGON, size, cols, rows)
    cx -= x[:, None]
    cy -= y[:, None]
    d2 = cx * cx + cy * cy
    reach = np.sqrt(d2.min(axis=1, keepdims=True)) + EDGE_TOLERANCE * size
    near = d2 <= reach * reach  # within the tolerance of the nearest centre
    return cols, rows, near


def _distinct_per_row(numbers: np.ndarray) -> np.ndarray:
    """How many distinct cells (numbers >= 0) each row holds."""
    key = np.sort(numbers, axis=1)
    new = np.ones(key.shape, dtype=bool)
    new[:, 1:] = key[:, 1:] != key[:, :-1]
    return (new & (key >= 0)).sum(axis=1)


# --------------------------------------------------------------------------- making grids


def make_grid(shape: str, cell_size: float, extent: Extent, max_cells: int = MAX_CELLS) -> Grid:
    """The cells of the lattice that overlap the extent (a positive area)."""
    if shape not in GRID_SHAPES:
        raise GridError(tr("unknown grid shape {0!r}").format(shape))
    if not (cell_size > 0 and math.isfinite(cell_size)):
        raise GridError(tr("the cell size must be a positive number, not {0!r}").format(cell_size))
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)) or xmax < xmin or ymax < ymin:
        raise GridError(tr("the extent {0} is not a rectangle").format(extent))
    xmin, ymin, xmax, ymax = widen_degenerate((xmin, ymin, xmax, ymax), cell_size)
    if shape == SQUARE:
        col0 = int(math.floor(xmin / cell_size + EDGE_TOLERANCE))
        row0 = int(math.floor(ymin / cell_size + EDGE_TOLERANCE))
        n_cols = max(1, int(math.ceil(xmax / cell_size - EDGE_TOLERANCE)) - col0)
        n_rows = max(1, int(math.ceil(ymax / cell_size - EDGE_TOLERANCE)) - row0)
        _check_count(n_cols * n_rows, max_cells, cell_size, (xmin, ymin, xmax, ymax))
        return Grid(shape, cell_size, col0, row0, n_cols, n_rows, np.arange(n_cols * n_rows, dtype=np.int64))
    a = cell_size * HEX_SIDE
    w = math.sqrt(3.0) * a
    row_step = 1.5 * a
    row0 = int(math.floor((ymin - a) / row_step))
    row1 = int(math.ceil((ymax + a) / row_step))
    col0 = int(math.floor(xmin / w)) - 1
    col1 = int(math.ceil(xmax / w)) + 1
    n_cols, n_rows = col1 - col0 + 1, row1 - row0 + 1
    # a first check on the box (it holds about one more row and two more columns than the grid)
    _check_count(max(0, n_cols - 2) * max(0, n_rows - 2), max_cells, cell_size, (xmin, ymin, xmax, ymax))
    slots = np.arange(n_cols * n_rows, dtype=np.int64)
    cols, rows = col0 + slots % n_cols, row0 + slots // n_cols
    cx, cy = _centres(HEXAGON, cell_size, cols, rows)
    keep = _hex_overlaps_rectangle(cx, cy, a, (xmin, ymin, xmax, ymax), EDGE_TOLERANCE * cell_size)
    _check_count(int(keep.sum()), max_cells, cell_size, (xmin, ymin, xmax, ymax))
    slot_cell = np.full(len(slots), -1, dtype=np.int64)
    slot_cell[keep] = np.arange(int(keep.sum()))
    return Grid(shape, cell_size, col0, row0, n_cols, n_rows, slot_cell)


def _hex_overlaps_rectangle(cx, cy, a, rect: Extent, tol: float) -> np.ndarray:
    """Does each pointy-top hexagon overlap the rectangle with some area?
    Separating axes: the hexagon's edge normals (0, 60, 120 degrees) and y."""
    xmin, ymin, xmax, ymax = rect
    rx, ry = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
    hw, hh = (xmax - xmin) / 2.0, (ymax - ymin) / 2.0
    apothem = math.sqrt(3.0) * a / 2.0
    keep = np.ones(len(cx), dtype=bool)
    for angle, hex_half in ((0.0, apothem), (60.0, apothem), (120.0, apothem), (90.0, a)):
        c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        rect_half = hw * abs(c) + hh * abs(s)
        gap = np.abs((cx - rx) * c + (cy - ry) * s)
        keep &= gap < hex_half + rect_half - tol
    return keep


def _check_count(n_cells: int, max_cells: int, cell_size: float, extent: Extent) -> None:
    if n_cells <= max_cells:
        return
    width, height = extent[2] - extent[0], extent[3] - extent[1]
    smallest = nice_ceil(math.sqrt(width * height / max_cells))
    while (math.ceil(width / smallest) + 2) * (math.ceil(height / smallest) + 2) > max_cells:
        smallest = nice_ceil(smallest * 1.0001)
    raise TooManyCellsError(int(n_cells), max_cells, cell_size, smallest)


def points_extent(x, y) -> Optional[Extent]:
    """The extent of the points with coordinates (None when there are none)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any():
        return None
    return (float(x[ok].min()), float(y[ok].min()), float(x[ok].max()), float(y[ok].max()))


def geometries_extent(geometries: Sequence) -> Optional[Extent]:
    """The extent of WKB (or shapely) polygons; None when all are empty."""
    from .segments import edge_set

    edges = edge_set(geometries)
    if not len(edges.x1):
        return None
    xs = np.concatenate([edges.x1, edges.x2])
    ys = np.concatenate([edges.y1, edges.y2])
    return (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))


# --------------------------------------------------------------------------- boundary


def keep_cells_in_boundary(grid: Grid, boundary: Sequence, clip: bool = False) -> Grid:
    """Only the cells that overlap the boundary polygons (with some area).

    Cells are kept whole, so they stay equal in size; with ``clip`` they are cut
    to the boundary (their geometry and area become the part inside it).
    Cells whose centre is inside and that no boundary edge comes near are
    inside whole; those near an edge are settled exactly with shapely.
    """
    polygons = [g for g in boundary if g is not None]
    n = grid.n_cells
    if not polygons or n == 0:
        return grid.restricted(np.zeros(n, dtype=bool), [] if clip else None)
    cx, cy = grid.centres()
    ids = list(range(len(polygons)))
    centre_in = points_in_polygons(cx, cy, polygons, ids).index >= 0
    near = points_to_nearest_lines(cx, cy, polygons, ids, grid.circumradius * (1 + 1e-6)).index >= 0
    keep = centre_in & ~near
    candidates = np.flatnonzero(near)
    cut = {}
    if len(candidates):
        from shapely import wkb as shapely_wkb
        from shapely.geometry import Polygon
        from shapely.ops import unary_union

        union = unary_union([_shape(g, shapely_wkb) for g in polygons])
        rings = grid.rings(grid.slots[candidates])
        floor_area = EDGE_TOLERANCE * grid.cell_area()
        for k, ring in zip(candidates, rings):
            part = Polygon(ring).intersection(union)
            if part.area > floor_area:
                keep[k] = True
                if clip:
                    cut[int(k)] = _polygonal_wkb(part)
    geometries = None
    if clip:
        whole = polygons_wkb(grid.rings())
        geometries = [cut[k] if k in cut else whole[k] for k in np.flatnonzero(keep)]
    return grid.restricted(keep, geometries)


def _shape(geometry, shapely_wkb):
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        return shapely_wkb.loads(bytes(geometry))
    return geometry


def _polygonal_wkb(geometry) -> bytes:
    """The polygonal part of an intersection, as WKB (a collection may carry lines)."""
    from shapely.geometry import MultiPolygon, Polygon

    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry.wkb
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    return MultiPolygon(parts).wkb


def cell_areas(grid: Grid) -> np.ndarray:
    """Each kept cell's area in squared map units (cut cells: the part kept)."""
    if grid.geometries is None:
        return np.full(grid.n_cells, grid.cell_area())
    from shapely import wkb as shapely_wkb

    return np.array([shapely_wkb.loads(g).area for g in grid.geometries], dtype=float)


# --------------------------------------------------------------------------- harm


@dataclass
class WeightedPoints:
    """Every event weighted and given its status, before any area is chosen:
    ``located`` are the records in scope with a usable point (status outside
    for now); the rest already carry their final status."""

    result: HarmResult
    located: np.ndarray


def weigh_events(events: Events, table: HarmTable, *, missing_policy: str, default_weight: float = 0.0,
                 period: Optional[Period] = None) -> WeightedPoints:
    """scoreharm's weighting and statuses (filter, period, geometry, missing
    codes), with no areas: each located record is left 'outside' for the caller
    to place in a cell or a raster."""
    no_areas = Areas(ids=[], geometries=[], area_m2=np.zeros(0))
    result = score_harm(events, no_areas, table, missing_policy=missing_policy,
                        default_weight=default_weight, period=period)
    rec = result.record_columns
    outside = rec.status_labels.index(OUTSIDE)
    return WeightedPoints(result, rec.status == outside)


def with_places(weighted: WeightedPoints, place: np.ndarray, place_ids: Sequence,
                score_columns: Optional[dict] = None) -> HarmResult:
    """The weighted records with each located record's place (index into
    place_ids, -1: none): located records with a place become assigned, the
    others stay outside; the reconciliation is made again."""
    result = weighted.result
    rec = result.record_columns
    status = rec.status.copy()
    area_index = np.full(len(status), -1, dtype=np.int64)
    located = np.flatnonzero(weighted.located)
    area_index[located] = place
    status[located[place >= 0]] = rec.status_labels.index(ASSIGNED)
    records = RecordColumns(
        area_index=area_index, area_ids=object_array(place_ids), weight=rec.weight,
        table_code=rec.table_code, code=rec.code, date=rec.date, status=status,
        status_labels=rec.status_labels, distance=rec.distance,
    )
    return HarmResult(
        score_columns=score_columns or {},
        record_columns=records,
        reconciliation=reconcile(Factorized(status, list(rec.status_labels))),
        missing_codes=result.missing_codes,
        flagged=result.flagged,
        shared_boundary_points=0,
        month_only=result.month_only,
        unparseable_dates=result.unparseable_dates,
        date_range=result.date_range,
    )


def score_grid(events: Events, table: HarmTable, grid: Grid, *, missing_policy: str,
               default_weight: float = 0.0, period: Optional[Period] = None,
               unit_m2: float = 1.0, boundary: Optional[Sequence] = None) -> HarmResult:
    """Weight every event (as scoreharm does) and score the grid's cells:
    :func:`grid_scorer` with every event as one batch, their record columns kept.

    ``unit_m2``: square metres per squared map unit (1 in metres). ``boundary``
    (only with cut cells): records outside these polygons count as outside.
    Score columns are scoreharm's (harm_n, harm_score, harm_rank, harm_share,
    harm_per_km2) plus cell_id; ``shared_boundary_points`` counts the records
    on an edge between cells.
    """
    scorer = grid_scorer(table, grid, missing_policy=missing_policy, default_weight=default_weight, period=period,
                         unit_m2=unit_m2, boundary=boundary)
    records = scorer.add(events)
    result = grid_result(scorer, grid)
    result.record_columns = records
    return result


def grid_scorer(table: HarmTable, grid: Grid, *, missing_policy: str, default_weight: float = 0.0,
                period: Optional[Period] = None, unit_m2: float = 1.0,
                boundary: Optional[Sequence] = None) -> HarmScorer:
    """A :class:`HarmScorer` that places records in the grid's cells (the cell
    with the lowest id on an edge; with a ``boundary``, none outside it): add
    the events batch by batch, then :func:`grid_result`. A record's area id is
    its cell id."""
    cells = Areas(ids=list(grid.cell_ids), geometries=[], area_m2=cell_areas(grid) * unit_m2)
    polygons = [g for g in boundary if g is not None] if boundary is not None else None
    within = PolygonIndex(polygons, list(range(len(polygons)))) if polygons else None

    def place(x: np.ndarray, y: np.ndarray) -> Assignment:
        cell, on_edge = grid.assign(x, y)
        if boundary is not None:
            inside = within.assign(x, y).index >= 0 if within is not None else np.zeros(len(x), dtype=bool)
            cell = np.where(inside, cell, -1)
            on_edge &= inside
        return Assignment(cell, int(on_edge.sum()))

    return HarmScorer(cells, table, missing_policy=missing_policy, default_weight=default_weight, period=period,
                      assign=place)


def grid_result(scorer: HarmScorer, grid: Grid) -> HarmResult:
    """The result of a :func:`grid_scorer`: scoreharm's score columns for the cells, with cell_id."""
    result = scorer.finish()
    columns = result.score_columns
    scores = {"cell_id": grid.cell_ids}
    for name in ("harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"):
        scores[name] = columns[name]
    result.score_columns = scores
    return result
