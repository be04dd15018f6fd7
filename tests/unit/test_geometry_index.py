"""Specification of soc_harm_plugin.domain.geometry.geometry_index (pure: no QGIS).

Boundary rule under test: a point covered by several areas (shared edge,
shared vertex, overlap) goes to exactly one of them, the area whose id sorts
first (numbers as numbers, text as text); points on an area's edge are inside
it ("covers").

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_geometry_index.py -q
"""
from __future__ import annotations

import math
import struct

import numpy as np
import pytest
import shapely
import shapely.wkb
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box

from soc_harm_plugin.domain.geometry.segments import edge_set
from soc_harm_plugin.domain.geometry.geometry_index import (
    LineIndex,
    PointGrid,
    PolygonIndex,
    _auto_cell_size,
    id_priority,
    points_in_polygons,
    points_to_nearest_lines,
)

SHAPELY_MAJOR = int(shapely.__version__.split(".")[0])


def square(x0: float, y0: float, size: float = 1.0) -> Polygon:
    return box(x0, y0, x0 + size, y0 + size)


def assign(points, polygons, ids, **kwargs):
    x = [p[0] for p in points]
    y = [p[1] for p in points]
    return points_in_polygons(x, y, polygons, ids, **kwargs)


def iso_polygon_z_wkb(rings, z: float = 0.0) -> bytes:
    """ISO WKB Polygon Z (type 1003), little endian, built byte by byte."""
    out = struct.pack("<BII", 1, 1003, len(rings))
    for ring in rings:
        out += struct.pack("<I", len(ring))
        for x, y in ring:
            out += struct.pack("<ddd", x, y, z)
    return out


# --------------------------------------------------------------------------- points_in_polygons: basics


def reference_segments(geom) -> list:
    """Each segment of a shapely geometry's rings and lines, in order, lower end
    (by y, then x) first, zero-length ones left out: what edge_set must hold."""
    if geom is None or geom.is_empty:
        return []
    parts = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    out = []
    for part in parts:
        rings = [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [part]
        for ring in rings:
            coords = [c[:2] for c in ring.coords]
            for a, b in zip(coords, coords[1:]):
                if a != b:
                    out.append((a, b) if (a[1], a[0]) <= (b[1], b[0]) else (b, a))
    return out


def assert_edges_match_reference(geoms, shapes):
    edges = edge_set(geoms)
    expected = [reference_segments(g) for g in shapes]
    assert edges.offsets.tolist() == np.cumsum([0] + [len(e) for e in expected]).tolist()
    flat = [seg for segs in expected for seg in segs]
    assert edges.x1.tolist() == [a[0] for a, _ in flat]
    assert edges.y1.tolist() == [a[1] for a, _ in flat]
    assert edges.x2.tolist() == [b[0] for _, b in flat]
    assert edges.y2.tolist() == [b[1] for _, b in flat]
    for k, segs in enumerate(expected):
        if segs:
            xs = [c[0] for seg in segs for c in seg]
            ys = [c[1] for seg in segs for c in seg]
            assert edges.bounds[k].tolist() == [min(xs), min(ys), max(xs), max(ys)]
        else:
            assert np.isnan(edges.bounds[k]).all()


def test_edges_of_every_kind_of_wkb_match_the_rings_read_by_shapely():
    """The one-pass reader of plain polygons and lines, and the ring-by-ring
    reader of everything else, give each shape's segments in ring order."""
    holed = Polygon([(4, 0), (8, 0), (8, 4), (4, 4)], [[(5, 1), (7, 1), (7, 3), (5, 3)]])
    repeated = Polygon([(0, 0), (1, 0), (1, 0), (1, 1), (0, 1)])  # a zero-length segment: left out
    shapes = [
        square(0, 0, 2), holed, MultiPolygon([square(10, 10)]), MultiPolygon([square(0, 4, 2), square(6, 4, 2)]),
        repeated, None, Polygon(), LineString([(0, 0), (3, 1), (3, 5)]), MultiLineString([[(1, 1), (2, 2)]]),
        MultiLineString([[(1, 1), (2, 2)], [(5, 5), (5, 9)]]), Polygon([(2.5, 4), (6, 4), (4, 7.25)]),
        square(20, 20, 0.5), square(21, 20, 0.5), square(22, 20, 0.5),
    ]
    geoms = [None if g is None else shapely.wkb.dumps(g) for g in shapes]
    geoms[1] = shapely.wkb.dumps(holed, big_endian=True)
    geoms[11] = shapely.wkb.dumps(shapes[11], srid=27700)  # EWKB with an SRID
    geoms[12] = iso_polygon_z_wkb([list(shapes[12].exterior.coords)], z=3.0)
    geoms[13] = shapes[13]  # a shapely geometry, not WKB

    assert_edges_match_reference(geoms, shapes)


def test_edges_of_many_plain_polygons_at_every_byte_alignment_match_shapely():
    """Rings of 4 to 11 vertices put the coordinates of the next WKB at every
    offset modulo 8 in the joined bytes."""
    rng = np.random.default_rng(3)
    shapes = []
    for k in range(64):
        n = 3 + k % 8
        angle = np.sort(rng.uniform(0, 2 * np.pi, n))
        radius = rng.uniform(0.5, 1.0, n)
        shapes.append(Polygon(np.column_stack([k + radius * np.cos(angle), radius * np.sin(angle)])))

    assert_edges_match_reference([shapely.wkb.dumps(g) for g in shapes], shapes)




def test_interior_points_go_to_the_polygon_that_contains_them():
    polygons = [square(0, 0), square(1, 0)]

    result = assign([(0.5, 0.5), (1.5, 0.25), (1.99, 0.99)], polygons, ["a", "b"])

    assert result.index.tolist() == [0, 1, 1]
    assert result.multi == 0


def test_points_outside_every_polygon_are_minus_one():
    polygons = [square(0, 0), square(1, 0)]

    result = assign([(-0.5, 0.5), (2.5, 0.5), (1.0, 1.5), (0.5, -1e-9)], polygons, ["a", "b"])

    assert result.index.tolist() == [-1, -1, -1, -1]
    assert result.multi == 0


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        assign([(0.5, 0.5)], [square(0, 0)], ["a"], engine="fast")


# --------------------------------------------------------------------------- shared boundaries


def test_point_on_an_edge_shared_by_two_areas_goes_to_the_id_that_sorts_first():
    polygons = [square(0, 0), square(1, 0)]  # shared edge x = 1

    result = assign([(1.0, 0.5)], polygons, ["b", "a"])

    assert result.index.tolist() == [1]
    assert result.multi == 1


def test_point_on_a_vertex_shared_by_two_areas_goes_to_the_id_that_sorts_first():
    polygons = [square(0, 0), square(1, 0)]  # shared vertices (1, 0) and (1, 1)

    result = assign([(1.0, 0.0), (1.0, 1.0)], polygons, ["b", "a"])

    assert result.index.tolist() == [1, 1]
    assert result.multi == 2


def test_point_on_a_vertex_shared_by_three_areas_goes_to_the_id_that_sorts_first():
    lower_left, lower_right = square(0, 0), square(1, 0)
    top = Polygon([(0, 1), (1, 1), (2, 1), (2, 2), (0, 2)])  # (1, 1) is a vertex of all three

    result = assign([(1.0, 1.0)], [lower_left, top, lower_right], ["c", "a", "b"])

    assert result.index.tolist() == [1]
    assert result.multi == 1


def test_point_where_two_areas_meet_on_the_edge_of_a_third_goes_to_the_id_that_sorts_first():
    lower_left, lower_right = square(0, 0), square(1, 0)
    top = box(0, 1, 2, 2)  # (1, 1) lies on its bottom edge but is not one of its vertices

    result = assign([(1.0, 1.0)], [lower_left, lower_right, top], ["c", "b", "a"])

    assert result.index.tolist() == [2]
    assert result.multi == 1


def test_point_on_a_vertex_shared_by_four_areas_goes_to_the_id_that_sorts_first():
    polygons = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)]

    result = assign([(1.0, 1.0)], polygons, ["d", "c", "a", "b"])

    assert result.index.tolist() == [2]
    assert result.multi == 1


def test_text_ids_sort_as_text_so_10_comes_before_9():
    polygons = [square(0, 0), square(1, 0)]

    result = assign([(1.0, 0.5)], polygons, ["9", "10"])

    assert result.index.tolist() == [1]


@pytest.mark.parametrize("ids", [[10, 9], [10.0, 9.0], [np.int64(10), np.int64(9)]],
                         ids=["int", "float", "numpy-int64"])
def test_numeric_ids_sort_as_numbers_so_9_comes_before_10(ids):
    polygons = [square(0, 0), square(1, 0)]

    result = assign([(1.0, 0.5)], polygons, ids)

    assert result.index.tolist() == [1]


def test_the_winner_depends_on_the_ids_not_on_the_layer_order():
    points = [(1.0, 0.5), (1.0, 1.0), (0.5, 1.0)]
    polygons = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)]
    ids = [40, 30, 10, 20]
    reversed_result = assign(points, polygons[::-1], ids[::-1])

    result = assign(points, polygons, ids)

    winners = [ids[i] for i in result.index]
    assert winners == [30, 10, 10]
    assert [ids[::-1][i] for i in reversed_result.index] == winners


def test_multi_counts_only_points_covered_by_more_than_one_area():
    polygons = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)]
    points = [(0.5, 0.5), (1.0, 0.5), (1.0, 1.0), (0.0, 0.0), (2.0, 1.0), (5.0, 5.0)]

    result = assign(points, polygons, ["a", "b", "c", "d"])

    # interior, shared edge, four-way vertex, outer corner, outer edge at a shared vertex, outside
    assert result.index.tolist() == [0, 0, 0, 0, 1, -1]
    assert result.multi == 3


def test_points_on_the_outer_boundary_of_the_whole_set_are_inside():
    polygons = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)]
    points = [(0.0, 0.0), (0.5, 0.0), (2.0, 0.0), (2.0, 0.5), (2.0, 2.0), (1.5, 2.0), (0.0, 2.0), (0.0, 1.5)]

    result = assign(points, polygons, ["a", "b", "c", "d"])

    assert result.index.tolist() == [0, 0, 1, 1, 3, 3, 2, 2]
    assert result.multi == 0


def test_overlapping_polygons_give_the_overlap_to_the_id_that_sorts_first():
    polygons = [box(0, 0, 2, 2), box(1, 1, 3, 3)]

    result = assign([(0.5, 0.5), (1.5, 1.5), (2.5, 2.5)], polygons, ["b", "a"])

    assert result.index.tolist() == [0, 1, 1]
    assert result.multi == 1


def test_a_polygon_inside_another_is_still_decided_by_id():
    outer, inner = box(0, 0, 10, 10), box(4, 4, 6, 6)

    by_text = assign([(5.0, 5.0), (1.0, 1.0)], [outer, inner], ["z", "m"])
    by_number = assign([(5.0, 5.0), (1.0, 1.0)], [outer, inner], [1, 2])

    assert by_text.index.tolist() == [1, 0]
    assert by_number.index.tolist() == [0, 0]


# --------------------------------------------------------------------------- holes, multipolygons, empties


def donut() -> Polygon:
    return Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (3, 1), (3, 3), (1, 3)]])


def test_points_in_the_hole_of_a_polygon_are_outside_it():
    result = assign([(2.0, 2.0), (1.5, 2.5)], [donut()], ["a"])

    assert result.index.tolist() == [-1, -1]


def test_points_between_the_shell_and_the_hole_are_inside():
    result = assign([(0.5, 0.5), (3.5, 2.0), (2.0, 3.5)], [donut()], ["a"])

    assert result.index.tolist() == [0, 0, 0]


def test_points_on_the_hole_boundary_are_inside_the_polygon():
    result = assign([(1.0, 2.0), (3.0, 3.0), (2.0, 1.0)], [donut()], ["a"])

    assert result.index.tolist() == [0, 0, 0]


def test_an_island_filling_the_hole_owns_its_interior_and_shares_the_hole_boundary():
    island = box(1, 1, 3, 3)

    result = assign([(2.0, 2.0), (0.5, 0.5), (1.0, 2.0)], [donut(), island], ["b", "a"])

    assert result.index.tolist() == [1, 0, 1]
    assert result.multi == 1


def test_a_multipolygon_holds_points_in_each_of_its_parts():
    parts = MultiPolygon([square(0, 0), square(4, 0)])
    between = square(2, 0)

    result = assign([(0.5, 0.5), (4.5, 0.5), (2.5, 0.5), (1.5, 0.5)], [parts, between], ["m", "n"])

    assert result.index.tolist() == [0, 0, 1, -1]


def test_touching_parts_of_one_multipolygon_count_the_point_once_and_not_as_multi():
    parts = MultiPolygon([square(0, 0), square(1, 0)])

    result = assign([(1.0, 0.5)], [parts], ["m"])

    assert result.index.tolist() == [0]
    assert result.multi == 0


def test_a_multipolygon_with_a_holed_part_excludes_the_hole():
    parts = MultiPolygon([donut(), square(10, 10)])

    result = assign([(2.0, 2.0), (0.5, 0.5), (10.5, 10.5)], [parts], ["m"])

    assert result.index.tolist() == [-1, 0, 0]


def test_nan_coordinates_are_assigned_nowhere():
    x = [math.nan, 0.5, math.nan, 0.5]
    y = [0.5, math.nan, math.nan, 0.5]

    result = points_in_polygons(x, y, [square(0, 0)], ["a"])

    assert result.index.tolist() == [-1, -1, -1, 0]
    assert result.multi == 0


def test_only_nan_coordinates_give_all_minus_one():
    result = points_in_polygons([math.nan, math.nan], [math.nan, 1.0], [square(0, 0)], ["a"])

    assert result.index.tolist() == [-1, -1]


@pytest.mark.parametrize("engine", ["numpy-pairs", "numpy-raster"])
def test_points_absurdly_far_away_are_in_no_area_and_the_others_are_placed_as_without_them(engine):
    far = [(1e308, 1e308), (-1e308, 0.5), (0.5, -1e308), (math.inf, 0.5), (1e300, -1e300)]
    near = [(0.5, 0.5), (1.5, 0.5), (1.0, 0.25), (3.0, 3.0)]
    polygons = [square(0, 0), square(1, 0)]

    with np.errstate(all="raise"):  # no overflow on the way either
        result = assign(far + near, polygons, ["a", "b"], engine=engine)

    assert result.index.tolist() == [-1] * len(far) + assign(near, polygons, ["a", "b"], engine=engine).index.tolist()
    assert result.index.tolist()[len(far):] == [0, 1, 0, -1]  # (1, 0.25) is on the shared edge: "a" sorts first


def test_points_absurdly_far_away_are_near_no_street():
    with np.errstate(all="raise"):
        result = points_to_nearest_lines([1e308, -1e308, 5.0, 5.0], [1.0, 2.5, 1.0, 1e308], two_parallel_lines(), ["a",
                "b"],
                                         tolerance=10)

    assert result.index.tolist() == [-1, -1, 0, -1]
    assert result.distance[2] == pytest.approx(1.0)


def test_empty_and_none_polygons_hold_nothing():
    polygons = [None, Polygon(), square(0, 0), shapely.wkb.dumps(Polygon())]

    result = assign([(0.5, 0.5), (0.0, 0.0), (5.0, 5.0)], polygons, ["a", "b", "c", "d"])

    assert result.index.tolist() == [2, 2, -1]
    assert result.multi == 0


def test_no_usable_polygon_gives_all_minus_one():
    result = assign([(0.5, 0.5), (0.0, 0.0)], [None, Polygon()], ["a", "b"])

    assert result.index.tolist() == [-1, -1]
    assert result.multi == 0


def test_no_points_gives_an_empty_assignment():
    result = points_in_polygons([], [], [square(0, 0)], ["a"])

    assert result.index.tolist() == []
    assert result.multi == 0


# --------------------------------------------------------------------------- input forms


def mixed_areas():
    """Shared edges, a hole with an island, a multipolygon and a diagonal edge."""
    return [
        square(0, 0, 2),
        square(2, 0, 2),
        Polygon([(4, 0), (8, 0), (8, 4), (4, 4)], [[(5, 1), (7, 1), (7, 3), (5, 3)]]),
        box(5, 1, 7, 3),
        MultiPolygon([square(0, 4, 2), square(6, 4, 2)]),
        Polygon([(2, 4), (6, 4), (4, 7)]),
    ]


def mixed_points():
    rng = np.random.default_rng(11)
    x = np.concatenate([rng.uniform(-1, 9, 400), np.round(rng.uniform(-1, 9, 200))])
    y = np.concatenate([rng.uniform(-1, 8, 400), np.round(rng.uniform(-1, 8, 200) * 2) / 2])
    return x, y


def test_wkb_bytes_and_shapely_geometries_give_identical_results():
    areas = mixed_areas()
    ids = [6, 5, 4, 3, 2, 1]
    x, y = mixed_points()

    from_shapely = points_in_polygons(x, y, areas, ids)
    from_wkb = points_in_polygons(x, y, [g.wkb for g in areas], ids)

    assert set(from_shapely.index.tolist()) == {-1, 0, 1, 2, 3, 4, 5}  # every area holds points
    assert from_wkb.index.tolist() == from_shapely.index.tolist()
    assert from_wkb.multi == from_shapely.multi > 0


def test_holes_multipolygons_and_diagonal_edges_match_shapely_covers():
    areas = mixed_areas()
    ids = [6, 5, 4, 3, 2, 1]
    x, y = mixed_points()
    expected_index, expected_multi = reference_assignment(x, y, areas, ids)

    result = points_in_polygons(x, y, areas, ids)

    assert result.index.tolist() == expected_index.tolist()
    assert result.multi == expected_multi


def test_big_endian_wkb_gives_the_same_result_as_little_endian():
    areas = mixed_areas()
    ids = [6, 5, 4, 3, 2, 1]
    x, y = mixed_points()

    little = points_in_polygons(x, y, [shapely.wkb.dumps(g) for g in areas], ids)
    big = points_in_polygons(x, y, [shapely.wkb.dumps(g, big_endian=True) for g in areas], ids)

    assert big.index.tolist() == little.index.tolist()
    assert big.multi == little.multi


def test_ewkb_with_an_srid_gives_the_same_result_as_plain_wkb():
    areas = mixed_areas()
    ids = [6, 5, 4, 3, 2, 1]
    x, y = mixed_points()
    with_srid = [shapely.wkb.dumps(g, srid=27700) for g in areas]
    assert struct.unpack_from("<I", with_srid[0], 1)[0] & 0x20000000  # really EWKB with an SRID

    plain = points_in_polygons(x, y, areas, ids)
    ewkb = points_in_polygons(x, y, with_srid, ids)

    assert ewkb.index.tolist() == plain.index.tolist()
    assert ewkb.multi == plain.multi


def test_polygons_with_z_in_iso_or_ewkb_give_the_same_result_as_2d():
    rings = [[(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)], [(0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 1.5), (0.5, 0.5)]]
    flat = Polygon(rings[0], [rings[1]])
    ewkb_z = Polygon([(x, y, 9.0) for x, y in rings[0]], [[(x, y, 9.0) for x, y in rings[1]]]).wkb
    iso_z = iso_polygon_z_wkb(rings, z=9.0)
    x = [1.0, 0.25, 2.0, 0.5, 3.0]
    y = [1.0, 0.25, 1.0, 1.0, 3.0]

    results = [points_in_polygons(x, y, [g], ["a"]).index.tolist() for g in (flat, ewkb_z, iso_z)]

    assert results == [[-1, 0, 0, 0, -1]] * 3


def test_clockwise_and_counter_clockwise_rings_give_the_same_result():
    shell_ccw = [(0, 0), (4, 0), (4, 4), (0, 4)]
    hole_ccw = [(1, 1), (3, 1), (3, 3), (1, 3)]
    variants = [
        Polygon(shell_ccw, [hole_ccw]),
        Polygon(shell_ccw[::-1], [hole_ccw]),
        Polygon(shell_ccw, [hole_ccw[::-1]]),
        Polygon(shell_ccw[::-1], [hole_ccw[::-1]]),
    ]
    neighbour_ccw = [(4, 0), (6, 0), (6, 4), (4, 4)]
    x, y = mixed_points()

    results = [
        points_in_polygons(x, y, [poly, Polygon(neighbour)], ["a", "b"])
        for poly in variants
        for neighbour in (neighbour_ccw, neighbour_ccw[::-1])
    ]

    assert all(r.index.tolist() == results[0].index.tolist() for r in results)
    assert all(r.multi == results[0].multi for r in results)
    assert sorted(set(results[0].index.tolist())) == [-1, 0, 1]


# --------------------------------------------------------------------------- independent reference


def reference_assignment(x, y, polygons, ids):
    """Shapely's covers for every point against every polygon whose box holds it;
    the covering polygon with the smallest id wins."""
    bounds = np.array([p.bounds for p in polygons])
    index = np.full(len(x), -1, dtype=np.int64)
    multi = 0
    for k, (px, py) in enumerate(zip(x, y)):
        near = np.flatnonzero((bounds[:, 0] <= px) & (px <= bounds[:, 2]) & (bounds[:, 1] <= py) & (py <= bounds[:, 3]))
        point = Point(px, py)
        covering = [int(i) for i in near if polygons[i].covers(point)]
        if covering:
            index[k] = min(covering, key=lambda i: ids[i])
            multi += len(covering) > 1
    return index, multi


@pytest.mark.parametrize("id_kind", ["numeric", "text"])
def test_random_points_over_a_grid_of_squares_match_shapely_covers(id_kind):
    rng = np.random.default_rng(2024)
    polygons = [square(i, j) for j in range(20) for i in range(20)]
    numbers = rng.permutation(len(polygons)) * 7 + 3  # shuffled, text and numeric order differ
    ids = [int(n) for n in numbers] if id_kind == "numeric" else [str(n) for n in numbers]
    x_random, y_random = rng.uniform(-1, 21, 20_000), rng.uniform(-1, 21, 20_000)
    # 2,000 points on the grid lines: on vertical lines, horizontal lines, and vertices
    x_vertical = rng.integers(-1, 22, 800).astype(float)
    y_vertical = rng.uniform(-1, 21, 800)
    x_horizontal = rng.uniform(-1, 21, 800)
    y_horizontal = rng.integers(-1, 22, 800).astype(float)
    x_vertex = rng.integers(-1, 22, 400).astype(float)
    y_vertex = rng.integers(-1, 22, 400).astype(float)
    x = np.concatenate([x_random, x_vertical, x_horizontal, x_vertex])
    y = np.concatenate([y_random, y_vertical, y_horizontal, y_vertex])
    expected_index, expected_multi = reference_assignment(x, y, polygons, ids)

    result = points_in_polygons(x, y, polygons, ids)

    assert len(x) == 22_000
    assert np.array_equal(result.index, expected_index)
    assert result.multi == expected_multi
    assert expected_multi > 1000  # most snapped points lie on a shared boundary


def jittered_grid(rng, n: int = 12, cell: float = 100.0):
    """n x n irregular polygons tiling a rectangle, as the benchmark's areas: corners
    jittered, every edge a zig-zag through one or two shared interior vertices,
    whole-number coordinates (so midpoints and quarter points are exact)."""
    corners = np.stack(np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij"), axis=-1) * cell
    corners = np.round(corners + rng.uniform(-0.2, 0.2, corners.shape) * cell)

    def zigzag(a, b):
        k = int(rng.integers(1, 3))
        t = np.arange(1, k + 1) / (k + 1.0)
        normal = np.array([b[1] - a[1], a[0] - b[0]]) / np.hypot(*(b - a))
        offset = rng.uniform(-0.08, 0.08, k) * cell
        return np.round(a + t[:, None] * (b - a) + offset[:, None] * normal)

    horizontal = {(i, j): zigzag(corners[i, j], corners[i + 1, j]) for i in range(n) for j in range(n + 1)}
    vertical = {(i, j): zigzag(corners[i, j], corners[i, j + 1]) for i in range(n + 1) for j in range(n)}
    rings = []
    for j in range(n):
        for i in range(n):
            rings.append(np.concatenate([
                corners[i, j][None], horizontal[i, j], corners[i + 1, j][None], vertical[i + 1, j],
                corners[i + 1, j + 1][None], horizontal[i, j + 1][::-1], corners[i, j + 1][None],
                vertical[i, j][::-1], corners[i, j][None],
            ]))
    return rings


def boundary_points(rng, rings, count: int):
    """Points exactly on the rings: vertices, midpoints and quarter points of edges."""
    xs, ys = [], []
    for k, t in zip(rng.integers(0, len(rings), count), rng.choice([0.0, 0.5, 0.25], count)):
        ring = rings[k]
        j = int(rng.integers(0, len(ring) - 1))
        x, y = ring[j] + (ring[j + 1] - ring[j]) * t
        xs.append(x)
        ys.append(y)
    return np.array(xs), np.array(ys)


def test_raster_and_pairs_strategies_agree_on_random_and_boundary_points_over_a_jittered_grid(monkeypatch):
    from soc_harm_plugin.domain.geometry import geometry_index

    rng = np.random.default_rng(11)
    rings = jittered_grid(rng)
    polygons = [Polygon(r).wkb for r in rings]
    ids = ["A{0:03d}".format(k) for k in rng.permutation(len(rings))]  # layer order is not id order
    x0, y0 = np.min([r.min(axis=0) for r in rings], axis=0)
    x1, y1 = np.max([r.max(axis=0) for r in rings], axis=0)
    x_random, y_random = rng.uniform(x0 - 50, x1 + 50, 3000), rng.uniform(y0 - 50, y1 + 50, 3000)
    x_edge, y_edge = boundary_points(rng, rings, 1500)
    x_off = np.nextafter(x_edge, np.where(rng.random(len(x_edge)) < 0.5, np.inf, -np.inf))  # one ulp off the edge
    x = np.concatenate([x_random, x_edge, x_off, x_edge, [np.nan]])
    y = np.concatenate([y_random, y_edge, y_edge, np.nextafter(y_edge, np.inf), [np.nan]])
    raster_runs = []
    original = geometry_index._Raster.build

    def spy(*args, **kwargs):
        done = original(*args, **kwargs)
        raster_runs.append(done is not None)
        return done

    monkeypatch.setattr(geometry_index._Raster, "build", spy)

    raster = points_in_polygons(x, y, polygons, ids, engine="numpy-raster")
    pairs = points_in_polygons(x, y, polygons, ids, engine="numpy-pairs")

    assert raster_runs == [True]  # the raster decided, not the pairs fallback
    assert np.array_equal(raster.index, pairs.index)
    assert raster.multi == pairs.multi > 1000  # most snapped points lie on a boundary two areas share
    assert (raster.index >= 0).sum() > 6000 and raster.index[-1] == -1


@pytest.mark.parametrize("engine", ["numpy", "numpy-raster", "numpy-pairs"])
def test_a_polygon_index_gives_every_point_the_same_area_batch_by_batch_as_all_at_once(engine):
    rng = np.random.default_rng(18)
    rings = jittered_grid(rng)
    polygons = [Polygon(r).wkb for r in rings]
    ids = ["A{0:03d}".format(k) for k in rng.permutation(len(rings))]
    x_random, y_random = rng.uniform(-100, 1300, 6000), rng.uniform(-100, 1300, 6000)
    x_edge, y_edge = boundary_points(rng, rings, 2000)
    x = np.concatenate([x_random, x_edge, [np.nan, 1e300]])
    y = np.concatenate([y_random, y_edge, [np.nan, 5.0]])
    order = rng.permutation(len(x))
    x, y = x[order], y[order]
    whole = points_in_polygons(x, y, polygons, ids, engine=engine)

    index = PolygonIndex(polygons, ids, expected_points=len(x), engine=engine)
    parts = [index.assign(x[s:s + 777], y[s:s + 777]) for s in range(0, len(x), 777)]

    assert np.array_equal(np.concatenate([p.index for p in parts]), whole.index)
    assert sum(p.multi for p in parts) == whole.multi > 500
    assert (whole.index >= 0).sum() > 6000


def test_a_line_index_gives_every_point_the_same_line_and_distance_batch_by_batch_as_all_at_once():
    rng = np.random.default_rng(19)
    lines = [LineString(rng.uniform(0, 1000, (int(rng.integers(2, 6)), 2))) for _ in range(60)]
    ids = [int(v) for v in rng.permutation(60)]
    x, y = rng.uniform(-50, 1050, 5000), rng.uniform(-50, 1050, 5000)
    whole = points_to_nearest_lines(x, y, lines, ids, tolerance=40.0)

    index = LineIndex(lines, ids, tolerance=40.0)
    parts = [index.assign(x[s:s + 333], y[s:s + 333]) for s in range(0, len(x), 333)]

    assert np.array_equal(np.concatenate([p.index for p in parts]), whole.index)
    assert np.array_equal(np.concatenate([p.distance for p in parts]), whole.distance, equal_nan=True)
    assert sum(p.multi for p in parts) == whole.multi
    assert 1000 < (whole.index >= 0).sum() < 5000


def test_shapely2_engine_matches_numpy_with_shapely_2_and_refuses_older_shapely():
    polygons = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)]
    points = [(0.5, 0.5), (1.0, 0.5), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0)]
    ids = ["d", "c", "b", "a"]

    if SHAPELY_MAJOR >= 2:
        result = assign(points, polygons, ids, engine="shapely2")
        assert result.index.tolist() == [0, 1, 3, 3, -1]
        assert result.multi == 2
    else:
        with pytest.raises(RuntimeError, match="shapely 2 or newer"):
            assign(points, polygons, ids, engine="shapely2")


# --------------------------------------------------------------------------- id_priority


def test_id_priority_ranks_ids_in_sorted_order():
    assert id_priority([30, 10, 20]).tolist() == [2, 0, 1]
    assert id_priority(["b", "c", "a"]).tolist() == [1, 2, 0]
    assert id_priority(["9", "10", "100"]).tolist() == [2, 0, 1]
    assert id_priority([9, 10, 100]).tolist() == [0, 1, 2]


# --------------------------------------------------------------------------- points_to_nearest_lines


def two_parallel_lines():
    return [LineString([(0, 0), (10, 0)]), LineString([(0, 3), (10, 3)])]


def test_point_goes_to_the_nearer_of_two_lines():
    result = points_to_nearest_lines([5.0, 5.0], [1.0, 2.5], two_parallel_lines(), ["a", "b"], tolerance=10)

    assert result.index.tolist() == [0, 1]
    assert result.distance.tolist() == [1.0, 0.5]
    assert result.multi == 0


def test_point_beyond_the_tolerance_is_minus_one_with_nan_distance():
    result = points_to_nearest_lines([5.0, 5.0], [-2.5, 1.0], two_parallel_lines(), ["a", "b"], tolerance=2)

    assert result.index.tolist() == [-1, 0]
    assert math.isnan(result.distance[0])
    assert result.distance[1] == 1.0


def test_point_exactly_at_the_tolerance_is_within_it():
    result = points_to_nearest_lines([5.0], [-2.0], two_parallel_lines(), ["a", "b"], tolerance=2)

    assert result.index.tolist() == [0]
    assert result.distance.tolist() == [2.0]


def test_exact_tie_between_lines_goes_to_the_id_that_sorts_first_and_counts_in_multi():
    result = points_to_nearest_lines([5.0, 5.0], [1.5, 1.0], two_parallel_lines(), ["b", "a"], tolerance=10)

    assert result.index.tolist() == [1, 0]
    assert result.distance.tolist() == [1.5, 1.0]
    assert result.multi == 1


def test_line_ties_use_numeric_order_for_numeric_ids_and_text_order_for_text_ids():
    lines = two_parallel_lines()

    numeric = points_to_nearest_lines([5.0], [1.5], lines, [10, 9], tolerance=10)
    text = points_to_nearest_lines([5.0], [1.5], lines, ["10", "9"], tolerance=10)

    assert numeric.index.tolist() == [1]
    assert text.index.tolist() == [0]


def test_two_segments_of_the_same_line_at_equal_distance_are_not_a_tie():
    corner = LineString([(0, 0), (2, 0), (2, 2)])  # (3, -1) is sqrt(2) from the vertex (2, 0) via both segments

    result = points_to_nearest_lines([3.0], [-1.0], [corner], ["a"], tolerance=5)

    assert result.index.tolist() == [0]
    assert result.distance.tolist() == [math.hypot(1.0, 1.0)]
    assert result.multi == 0


def test_distance_is_to_the_nearest_point_of_the_segment_including_its_ends():
    line = LineString([(0, 0), (0, 10)])
    x = [3.0, 3.0, -4.0, 0.0]
    y = [4.0, 14.0, -3.0, 7.0]

    result = points_to_nearest_lines(x, y, [line], ["a"], tolerance=100)

    # perpendicular, beyond the top end (3-4-5), beyond the bottom end (4-3-5), on the line
    assert result.distance.tolist() == [3.0, 5.0, 5.0, 0.0]
    assert result.distance.tolist() == [line.distance(Point(px, py)) for px, py in zip(x, y)]


def test_a_multilinestring_is_one_line_made_of_all_its_parts():
    streets = MultiLineString([[(0, 0), (10, 0)], [(0, 10), (10, 10)]])
    middle = LineString([(0, 4), (10, 4)])

    result = points_to_nearest_lines([5.0, 5.0, 5.0], [9.0, 1.0, 5.0], [streets, middle], ["s", "m"], tolerance=3)

    assert result.index.tolist() == [0, 0, 1]
    assert result.distance.tolist() == [1.0, 1.0, 1.0]


def test_lines_accept_wkb_bytes_like_shapely_geometries():
    lines = two_parallel_lines() + [MultiLineString([[(20, 0), (20, 5)], [(30, 0), (30, 5)]])]
    x = [5.0, 5.0, 21.0, 29.0, 25.0]
    y = [1.0, 1.5, 2.0, 2.0, 2.0]

    from_shapely = points_to_nearest_lines(x, y, lines, [1, 2, 3], tolerance=4)
    from_wkb = points_to_nearest_lines(x, y, [g.wkb for g in lines], [1, 2, 3], tolerance=4)

    assert from_shapely.index.tolist() == [0, 0, 2, 2, -1]
    assert from_wkb.index.tolist() == from_shapely.index.tolist()
    assert from_wkb.distance.tolist()[:4] == from_shapely.distance.tolist()[:4] == [1.0, 1.5, 1.0, 1.0]
    assert from_wkb.multi == from_shapely.multi == 1


def test_nan_points_and_empty_lines_give_minus_one_and_nan_distance():
    lines = [None, LineString([(0, 0), (10, 0)])]

    result = points_to_nearest_lines([math.nan, 5.0], [0.0, 1.0], lines, ["a", "b"], tolerance=5)

    assert result.index.tolist() == [-1, 1]
    assert math.isnan(result.distance[0]) and result.distance[1] == 1.0


def test_no_usable_line_gives_all_minus_one():
    result = points_to_nearest_lines([5.0], [1.0], [None], ["a"], tolerance=5)

    assert result.index.tolist() == [-1]
    assert math.isnan(result.distance[0])
    assert result.multi == 0


# --------------------------------------------------------------------------- PointGrid and cell size


def test_auto_cell_size_is_a_quarter_of_the_median_area_size():
    bounds = np.array([[0, 0, 4, 1], [0, 0, 1, 8], [10, 10, 22, 12]], dtype=float)  # sizes 4, 8, 12

    assert _auto_cell_size(bounds, n_points=100, extent=100.0) == 2.0


def test_auto_cell_size_never_drops_below_a_4096th_of_the_extent():
    bounds = np.array([[0, 0, 1, 1]], dtype=float)

    assert _auto_cell_size(bounds, n_points=100, extent=4_096_000.0) == 1000.0


def test_auto_cell_size_ignores_empty_areas_and_falls_back_to_the_extent():
    bounds = np.array([[np.nan] * 4, [0, 0, 8, 8]], dtype=float)
    only_empty = np.full((2, 4), np.nan)

    assert _auto_cell_size(bounds, n_points=10, extent=10.0) == 2.0
    assert _auto_cell_size(only_empty, n_points=10, extent=50.0) == 50.0
    assert _auto_cell_size(only_empty, n_points=10, extent=0.5) == 1.0


def test_auto_cell_size_is_positive_for_degenerate_areas():
    bounds = np.array([[3, 3, 3, 3]], dtype=float)

    assert _auto_cell_size(bounds, n_points=1, extent=0.0) == 1e-6


def brute_force_pairs(x, y, boxes):
    pairs = set()
    for b, (x0, y0, x1, y1) in enumerate(boxes):
        inside = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        pairs.update((int(p), b) for p in inside)
    return pairs


def random_boxes(rng, n):
    corner_x, corner_y = rng.uniform(-20, 120, n), rng.uniform(-20, 120, n)
    width = rng.choice([0.0, 0.5, 3.0, 40.0, 200.0], n) * rng.uniform(0, 1, n)
    height = rng.choice([0.0, 0.5, 3.0, 40.0, 200.0], n) * rng.uniform(0, 1, n)
    boxes = np.column_stack([corner_x, corner_y, corner_x + width, corner_y + height])
    boxes[rng.uniform(0, 1, n) < 0.05] = np.nan  # empty shapes
    return boxes


@pytest.mark.parametrize("seed", range(12))
def test_grid_candidates_never_miss_a_point_inside_a_box(seed):
    rng = np.random.default_rng(seed)
    n = 600
    x = np.concatenate([rng.uniform(0, 100, n // 2), rng.normal(50, 5, n // 2)])
    y = np.concatenate([rng.uniform(0, 100, n // 2), rng.normal(50, 5, n // 2)])
    x[rng.integers(0, n, 10)] = np.nan
    x[:20] = np.round(x[:20])  # some points on cell and box edges
    y[:20] = np.round(y[:20])
    boxes = random_boxes(rng, 150)
    boxes[:5] = np.round(boxes[:5])
    size = [_auto_cell_size(boxes, n, 100.0), 0.7, 13.0, 1000.0][seed % 4]
    grid = PointGrid.build(x, y, size)

    pts, box_of = grid.candidates(boxes)

    found = list(zip(pts.tolist(), box_of.tolist()))
    assert len(found) == len(set(found))  # each pair at most once
    assert brute_force_pairs(x, y, boxes) <= set(found)
    assert np.isfinite(x[pts]).all() and np.isfinite(y[pts]).all()
