"""Square and hexagon grids (soc_harm_plugin.domain.geometry.grid), checked by hand and
against an independent implementation: the cells as shapely polygons and the
project's point-in-polygon engine, whose boundary rule is "the id that sorts
first"."""
from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from soc_harm_plugin.domain.geometry import grid as square_grid
from soc_harm_plugin.domain.geometry.geometry_index import points_in_polygons
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.domain.harm.scoring import Events
from soc_harm_plugin.domain.periods.calendar import Period

TABLE = load_builtin_table("ons_css_ho_code")


def w(code: str) -> float:
    return TABLE.weights[normalise_code(code)]


def ids_of(grid, x, y):
    """The cell_id each point lands in (0: none)."""
    cell, _ = grid.assign(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    ids = np.append(grid.cell_ids, 0)
    return ids[np.where(cell >= 0, cell, len(grid.cell_ids))].tolist()


def lattice_id(grid, col, row):
    """The documented numbering: row by row from the south-west corner of the lattice box, from 1."""
    return (row - grid.row0) * grid.n_cols + (col - grid.col0) + 1


# --------------------------------------------------------------------------- sizes


@pytest.mark.parametrize("value, floor, ceil", [
    (301, 250, 500), (100.3, 100, 200), (0.3, 0.25, 0.5), (7, 5, 10), (1, 1, 1), (2500, 2500, 2500), (26, 25, 50),
])
def test_nice_numbers_are_1_2_2_5_or_5_times_a_power_of_ten(value, floor, ceil):
    assert square_grid.nice_floor(value) == pytest.approx(floor)
    assert square_grid.nice_ceil(value) == pytest.approx(ceil)


def test_automatic_cell_size_is_the_shorter_side_over_50_rounded_down():
    assert square_grid.automatic_cell_size((400000, 300000, 420000, 315000)) == 250  # 15,000 / 50 = 300 -> 250
    assert square_grid.automatic_cell_size((0, 0, 8000, 30000)) == 100  # 8,000 / 50 = 160 -> 100


def test_automatic_cell_size_of_records_on_one_line_uses_the_longer_side_and_of_one_place_fails():
    assert square_grid.automatic_cell_size((0, 5, 10000, 5)) == 200
    with pytest.raises(square_grid.GridError):
        square_grid.automatic_cell_size((3, 5, 3, 5))


@pytest.mark.parametrize("size", [0, -10, float("nan"), float("inf")])
def test_a_cell_size_that_is_not_a_positive_number_is_refused(size):
    with pytest.raises(square_grid.GridError):
        square_grid.make_grid(square_grid.SQUARE, size, (0, 0, 100, 100))


def test_too_many_cells_is_refused_naming_the_smallest_size_that_fits():
    # 1,000 x 1,000 m in 10 m squares: 10,000 cells > 5,000
    with pytest.raises(square_grid.TooManyCellsError) as caught:
        square_grid.make_grid(square_grid.SQUARE, 10, (0, 0, 1000, 1000), max_cells=5000)
    assert caught.value.n_cells == 10000
    # sqrt(1e6 / 5000) = 14.1 -> the next 1, 2, 2.5, 5 x 10^k is 20 m: (50 + 2)^2 = 2,704 cells with room for snapping
    assert caught.value.smallest == 20
    assert square_grid.make_grid(square_grid.SQUARE, 20, (0, 0, 1000, 1000), max_cells=5000).n_cells == 2500
    with pytest.raises(square_grid.TooManyCellsError):
        square_grid.make_grid(square_grid.HEXAGON, 10, (0, 0, 1000, 1000), max_cells=5000)


# --------------------------------------------------------------------------- squares


def test_square_cells_are_snapped_to_multiples_of_the_size_and_numbered_from_the_south_west():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (1234, 5678, 1500, 5800))
    # columns 1200-1300, 1300-1400, 1400-1500; rows 5600-5700, 5700-5800
    assert (grid.col0, grid.row0, grid.n_cols, grid.n_rows) == (12, 56, 3, 2)
    assert grid.cell_ids.tolist() == [1, 2, 3, 4, 5, 6]
    rings = grid.rings()
    assert rings[0].tolist() == [[1200, 5600], [1300, 5600], [1300, 5700], [1200, 5700], [1200, 5600]]
    assert rings[5][0].tolist() == [1400, 5700]
    assert grid.cell_area() == 10000


def test_an_extent_on_grid_lines_gets_no_cell_beyond_it():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (1200, 5600, 1500, 5800))
    assert (grid.n_cols, grid.n_rows) == (3, 2)


def test_records_along_one_line_still_get_cells_of_full_size():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (50, 120, 250, 120))  # no height: widened to one cell size
    assert (grid.n_cols, grid.n_rows) == (3, 2)  # 70..170 crosses the line y = 100
    assert ids_of(grid, [60, 240], [120, 120]) == [4, 6]


def test_a_record_on_an_edge_or_corner_counts_in_the_cell_with_the_lowest_id_west_or_south():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))  # ids 1 2 3 (south row), 4 5 6
    x = [150, 100, 150, 100, 0, 300, 300, 200, 300]
    y = [50, 50, 100, 100, 0, 200, 50, 200, 100]
    # inside 2; edge 1|2 -> 1; edge 2/5 -> 2; corner of 1 2 4 5 -> 1; the grid's corners and outer edges: their own cell
    assert ids_of(grid, x, y) == [2, 1, 2, 1, 1, 6, 3, 5, 3]
    _, on_edge = grid.assign(np.array(x, float), np.array(y, float))
    assert on_edge.tolist() == [False, True, True, True, False, False, False, True, True]


def test_a_record_within_a_billionth_of_the_cell_size_of_an_edge_is_on_it():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))
    assert ids_of(grid, [100 + 1e-8, 100 + 1e-5, 100 - 1e-5], [50, 50, 50]) == [1, 2, 1]
    assert ids_of(grid, [0.1 + 0.2 + 99.7], [50]) == [1]  # 100.00000000000001 in floating point


def test_records_outside_the_grid_or_without_coordinates_are_in_no_cell():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))
    assert ids_of(grid, [301, -0.5, 150, np.nan], [50, 50, 200.5, 50]) == [0, 0, 0, 0]


def test_on_an_edge_with_a_cell_not_kept_the_record_counts_in_the_kept_one():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200)).restricted(np.array([False, True, True,
            True, True, True]))
    assert grid.cell_ids.tolist() == [2, 3, 4, 5, 6]
    assert ids_of(grid, [100, 100, 50], [50, 100, 50]) == [2, 2, 0]


# --------------------------------------------------------------------------- hexagons


def test_a_hexagon_has_the_area_of_a_square_of_the_cell_size():
    grid = square_grid.make_grid(square_grid.HEXAGON, 100, (0, 0, 500, 400))
    side = 100 * math.sqrt(2 / (3 * math.sqrt(3)))
    assert grid.side == pytest.approx(62.040323, abs=1e-6)
    for ring in grid.rings()[:5]:
        polygon = Polygon(ring)
        assert polygon.area == pytest.approx(10000, rel=1e-12)
        edges = np.hypot(*np.diff(ring, axis=0).T)
        assert edges == pytest.approx([side] * 6, rel=1e-12)


def test_hexagon_centres_sit_on_the_lattice_anchored_at_the_origin():
    grid = square_grid.make_grid(square_grid.HEXAGON, 100, (-10, -10, 200, 150))
    a = 100 * math.sqrt(2 / (3 * math.sqrt(3)))
    width = math.sqrt(3) * a
    slots = np.array([lattice_id(grid, c, r) - 1 for c, r in ((0, 0), (1, 0), (0, 1), (-1, 1))])
    cx, cy = grid.centres(slots)
    assert cx == pytest.approx([0, width, width / 2, -width / 2])
    assert cy == pytest.approx([0, 0, 1.5 * a, 1.5 * a])


def test_a_record_on_a_hexagon_edge_or_corner_counts_in_the_cell_with_the_lowest_id():
    grid = square_grid.make_grid(square_grid.HEXAGON, 100, (-10, -10, 200, 150))
    a = 100 * math.sqrt(2 / (3 * math.sqrt(3)))
    half_w = math.sqrt(3) * a / 2
    home, east, north_east = lattice_id(grid, 0, 0), lattice_id(grid, 1, 0), lattice_id(grid, 0, 1)
    assert home < east < north_east
    nudge = 1e-6 * 100
    x = [0, half_w, half_w + nudge, half_w / 2, half_w / 2 + nudge * 0.5, half_w, half_w + nudge, half_w]
    y = [0, 0, 0, 0.75 * a, 0.75 * a + nudge * math.sqrt(3) / 2, a / 2, a / 2, a / 2 + 2 * nudge]
    # centre; vertical edge with the east cell -> home (west); just east of it; slanted edge with the
    # cell to the north-east -> home (south); just across it; the corner of home, east and north-east
    # -> home (lowest); just east of the corner (below the east/north-east edge at 30 degrees): east;
    # just above it: north-east
    assert ids_of(grid, x, y) == [home, home, east, home, north_east, home, east, north_east]


def test_hexagon_assignment_agrees_with_the_cells_as_polygons_everywhere_and_on_every_corner():
    grid = square_grid.make_grid(square_grid.HEXAGON, 250, (431234.5, 382001.25, 436000, 386500))
    polygons = grid.wkb()
    ids = grid.cell_ids.tolist()
    rng = np.random.default_rng(5)
    x = np.concatenate([rng.uniform(431234.5, 436000, 100_000), grid.rings()[:, :6, 0].ravel()])
    y = np.concatenate([rng.uniform(382001.25, 386500, 100_000), grid.rings()[:, :6, 1].ravel()])
    expected = points_in_polygons(x, y, polygons, ids)
    cell, on_edge = grid.assign(x, y)
    assert np.array_equal(cell, expected.index)
    assert (cell >= 0).all()
    assert int(on_edge.sum()) == expected.multi


def test_hexagons_tile_the_extent_without_gaps_or_overlaps_and_each_overlaps_it():
    extent = (1000, 2000, 3100, 3550)
    grid = square_grid.make_grid(square_grid.HEXAGON, 300, extent)
    polygons = [Polygon(r) for r in grid.rings()]
    union = unary_union(polygons)
    assert union.area == pytest.approx(sum(p.area for p in polygons), rel=1e-12)  # no overlaps
    assert union.buffer(1e-6).contains(box(*extent))  # no gaps
    assert all(p.intersection(box(*extent)).area > 1 for p in polygons)  # none merely beside it
    # every lattice hexagon of the box that was left out does not overlap the extent
    left_out = np.flatnonzero(grid.slot_cell < 0)
    assert len(left_out) > 0
    assert all(Polygon(r).intersection(box(*extent)).area < 1e-6 for r in grid.rings(left_out))


# --------------------------------------------------------------------------- boundary


L_SHAPE = Polygon([(0, 0), (300, 0), (300, 100), (100, 100), (100, 200), (0, 200)])
TRIANGLE = Polygon([(0, 0), (300, 0), (0, 200)])


def test_the_boundary_keeps_the_cells_that_overlap_it_whole():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))
    kept = square_grid.keep_cells_in_boundary(grid, [L_SHAPE.wkb])
    assert kept.cell_ids.tolist() == [1, 2, 3, 4]  # 5 touches the L only along two edges
    assert square_grid.cell_areas(kept).tolist() == [10000] * 4
    diagonal = square_grid.keep_cells_in_boundary(grid, [TRIANGLE.wkb])
    assert diagonal.cell_ids.tolist() == [1, 2, 3, 4, 5]  # the line y = 200 - 2x/3 misses only cell 6


def test_cut_cells_keep_the_part_inside_the_boundary():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))
    cut = square_grid.keep_cells_in_boundary(grid, [TRIANGLE.wkb], clip=True)
    # the hypotenuse y = 200 - 2x/3 crosses cell 2 (x 100..200) from x = 150: 5,000 + 50 x (100 + 66.67) / 2
    cell_2 = 5000 + 50 * (100 + 200 - 2 * 200 / 3) / 2
    cell_3 = 100 * (200 - 2 * 200 / 3 + 0) / 2  # x 200..300: a triangle 100 wide, 66.67 high
    cell_4 = 100 * (100 + (200 - 2 * 100 / 3 - 100)) / 2  # x 0..100, y 100..200: height 100 falling to 33.3
    cell_5 = 50 * (200 - 2 * 100 / 3 - 100) / 2  # x 100..150, y 100..133.3
    assert square_grid.cell_areas(cut) == pytest.approx([10000, cell_2, cell_3, cell_4, cell_5])


def test_a_hexagon_grid_keeps_the_hexagons_that_overlap_the_boundary():
    grid = square_grid.make_grid(square_grid.HEXAGON, 100, (0, 0, 600, 400))
    kept = square_grid.keep_cells_in_boundary(grid, [L_SHAPE.wkb])
    expected = [cid for cid, ring in zip(grid.cell_ids.tolist(), grid.rings())
                if Polygon(ring).intersection(L_SHAPE).area > 1e-6]
    assert kept.cell_ids.tolist() == expected


# --------------------------------------------------------------------------- harm


def events(rows, passes=None, dates=None):
    """rows: (x, y, code); x None: no geometry."""
    x = np.array([np.nan if r[0] is None else r[0] for r in rows], dtype=float)
    y = np.array([np.nan if r[0] is None else r[1] for r in rows], dtype=float)
    status = np.array(["ok" if r[0] is not None else "no_geometry" for r in rows], dtype=object)
    return Events(fid=np.arange(len(rows)), x=x, y=y, geometry_status=status,
                  codes=np.array([r[2] for r in rows], dtype=object),
                  dates=None if dates is None else np.array(dates, dtype=object),
                  passes_filter=None if passes is None else np.array(passes))


def test_grid_scores_reconcile_and_keep_empty_cells_as_zeros():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200))
    ev = events([
        (50, 50, "8N"), (100, 50, "28E"),  # cell 1 (the second on the edge with 2)
        (250, 150, "29"),  # cell 6
        (500, 50, "8N"),  # beyond the grid: outside
        (None, None, "8N"),  # no_geometry
        (150, 50, "44"),  # filtered out
    ], passes=[True, True, True, True, True, False])
    result = square_grid.score_grid(ev, TABLE, grid, missing_policy="zero")
    s = result.score_columns
    assert list(s) == ["cell_id", "harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"]
    assert s["cell_id"].tolist() == [1, 2, 3, 4, 5, 6]
    assert s["harm_n"].tolist() == [2, 0, 0, 0, 0, 1]
    total = w("8N") + w("28E") + w("29")
    assert s["harm_score"] == pytest.approx([w("8N") + w("28E"), 0, 0, 0, 0, w("29")])
    assert s["harm_share"] == pytest.approx([100 * (w("8N") + w("28E")) / total, 0, 0, 0, 0, 100 * w("29") / total])
    assert s["harm_per_km2"] == pytest.approx(s["harm_score"] * 100)  # 100 m cells: 0.01 km2
    first, second = (1, 2) if w("8N") + w("28E") > w("29") else (2, 1)
    assert s["harm_rank"].tolist() == [first, 3, 3, 3, 3, second]  # empty cells tie
    rec = result.reconciliation
    assert rec["records_in"] == 6
    assert rec["by_status"] == {"assigned": 3, "outside": 1, "no_geometry": 1, "invalid": 0, "filtered": 1,
                                "out_of_period": 0}
    assert sum(rec["by_status"].values()) == 6
    assert result.shared_boundary_points == 1
    assert result.record_columns.area_id().tolist() == [1, 1, 6, None, None, None]


def test_grid_scores_follow_the_period_as_scoreharm_does():
    grid = square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 100, 100))
    ev = events([(50, 50, "8N"), (60, 50, "8N"), (70, 50, "8N")], dates=["2024-01-15", "2024-03-01", "bad"])
    result = square_grid.score_grid(ev, TABLE, grid, missing_policy="zero", period=Period(start=None, end=__import__(
        "datetime").date(2024, 1, 31)))
    assert result.reconciliation["by_status"]["assigned"] == 1
    assert result.reconciliation["by_status"]["out_of_period"] == 1
    assert result.reconciliation["by_status"]["invalid"] == 1
    assert result.score_columns["harm_n"].tolist() == [1]


def test_with_cut_cells_records_outside_the_boundary_are_outside():
    grid = square_grid.keep_cells_in_boundary(square_grid.make_grid(square_grid.SQUARE, 100, (0, 0, 300, 200)), [
        TRIANGLE.wkb], clip=True)
    # inside; in cell 3 beyond the line; in cell 5 beyond it
    ev = events([(10, 10, "8N"), (290, 90, "8N"), (140, 140, "8N")])
    result = square_grid.score_grid(ev, TABLE, grid, missing_policy="zero", boundary=[TRIANGLE.wkb])
    assert result.score_columns["harm_n"].tolist() == [1, 0, 0, 0, 0]
    assert result.reconciliation["by_status"]["outside"] == 2
    cell_5 = 50 * (200 - 2 * 100 / 3 - 100) / 2
    whole = square_grid.score_grid(events([(110, 105, "8N")]), TABLE, grid, missing_policy="zero", boundary=[
        TRIANGLE.wkb])
    assert whole.score_columns["harm_per_km2"][4] == pytest.approx(w("8N") / (cell_5 / 1e6))


def test_cell_areas_in_feet_become_square_kilometres_through_the_unit_factor():
    grid = square_grid.make_grid(square_grid.SQUARE, 1000, (0, 0, 1000, 1000))  # 1,000 ft squares
    result = square_grid.score_grid(events([(500, 500, "8N")]), TABLE, grid, missing_policy="zero", unit_m2=0.3048 ** 2)
    assert result.score_columns["harm_per_km2"][0] == pytest.approx(w("8N") / (304.8 ** 2 / 1e6))


@pytest.mark.parametrize("shape", [square_grid.SQUARE, square_grid.HEXAGON])
def test_cells_from_lattice_keys_are_the_cells_from_coordinates(shape):
    # the database path sends back lattice keys (integers) per group of records; from them
    # the kept cells must decide exactly what assign decides from the coordinates, edges and corners included
    size = 250.0
    g = square_grid.keep_cells_in_boundary(square_grid.make_grid(shape, size, (0.0, 0.0, 2000.0, 1500.0)),
                                    [_square_wkb(100.0, 100.0, 1700.0, 1300.0)])
    rng = np.random.default_rng(7)
    x = np.concatenate([rng.uniform(-300, 2300, 3000), np.arange(-2, 11) * size, [0.0, 250.0, 500.0, 1999.9]])
    y = np.concatenate([rng.uniform(-300, 1800, 3000), np.arange(-2, 11) * size * 0.5, [0.0, 250.0, 750.0, 0.0]])
    cx, cy = g.centres()
    rings = g.rings()
    x = np.concatenate([x, cx, rings[:, :, 0].ravel()])  # centres, and every cell's corners
    y = np.concatenate([y, cy, rings[:, :, 1].ravel()])

    expected_cell, expected_edge = g.assign(x, y)
    cell, on_edge = g.assign_keys(square_grid.lattice_keys(shape, x, y, size))

    assert np.array_equal(cell, expected_cell) and np.array_equal(on_edge, expected_edge)
    assert expected_edge.sum() > 20 and (expected_cell == -1).sum() > 100  # corners shared, and points outside


def _square_wkb(xmin, ymin, xmax, ymax):
    return box(xmin, ymin, xmax, ymax).wkb
