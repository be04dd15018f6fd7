"""Specification of soc_harm_plugin.domain.geometry.spatial_weights (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_spatial_weights.py -q
(libpysal's own neighbours are compared in tests/unit/test_esda_reference.py.)
"""
from __future__ import annotations

import struct

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from soc_harm_plugin.domain.geometry import spatial_weights


def lattice(n=3, size=1.0):
    """n x n unit squares, row by row from the bottom left: area k = row * n + col."""
    return [box(c * size, r * size, (c + 1) * size, (r + 1) * size).wkb for r in range(n) for c in range(n)]


# --------------------------------------------------------------------------- contiguity


def test_queen_on_a_3x3_lattice_counts_corners_edges_and_the_centre():
    q = spatial_weights.contiguity(lattice(), spatial_weights.QUEEN)

    assert q.cardinality.tolist() == [3, 5, 3, 5, 8, 5, 3, 5, 3]
    assert q.neighbours_of(0).tolist() == [1, 3, 4]
    assert q.neighbours_of(4).tolist() == [0, 1, 2, 3, 5, 6, 7, 8]
    assert q.is_symmetric()
    assert len(q.islands) == 0


def test_rook_on_a_3x3_lattice_leaves_out_corner_contacts():
    r = spatial_weights.contiguity(lattice(), spatial_weights.ROOK)

    assert r.cardinality.tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert r.neighbours_of(0).tolist() == [1, 3]
    assert r.neighbours_of(4).tolist() == [1, 3, 5, 7]


def test_shared_edge_is_found_whichever_way_each_ring_runs():
    a = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])  # counter-clockwise
    b = Polygon([(1, 0), (1, 1), (2, 1), (2, 0)])  # clockwise
    assert spatial_weights.contiguity([a.wkb, b.wkb], spatial_weights.ROOK).to_lists() == [[1], [0]]


def test_an_area_inside_a_hole_neighbours_the_area_around_it():
    outer = Polygon([(0, 0), (9, 0), (9, 9), (0, 9)], [[(3, 3), (6, 3), (6, 6), (3, 6)]])
    inner = box(3, 3, 6, 6)
    far = box(20, 20, 21, 21)
    q = spatial_weights.contiguity([outer.wkb, inner.wkb, far.wkb], spatial_weights.ROOK, check_islands=False)

    assert q.to_lists() == [[1], [0], []]
    assert q.islands.tolist() == [2]


def test_multipolygon_parts_each_count():
    two_parts = MultiPolygon([box(0, 0, 1, 1), box(5, 0, 6, 1)])
    left, right = box(-1, 0, 0, 1), box(6, 0, 7, 1)
    assert spatial_weights.contiguity([two_parts.wkb, left.wkb, right.wkb], spatial_weights.ROOK).to_lists() == [[1, 2],
            [0], [0]]


def test_an_area_with_no_geometry_has_no_neighbours():
    geoms = lattice(2)
    geoms[3] = None
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    assert q.to_lists() == [[1, 2], [0, 2], [0, 1], []]


def test_boundaries_meeting_without_a_shared_vertex_are_found_for_areas_that_would_be_islands():
    # B's left edge lies along A's right edge, but no vertex is shared (a T-junction)
    a = box(0, 0, 2, 2)
    b = box(2, 0.5, 3, 1.5)
    corner = Polygon([(2, 2), (3, 2.5), (2.5, 3)])  # touches A at A's corner vertex (2, 2): a shared vertex
    geoms = [a.wkb, b.wkb, corner.wkb]

    plain = spatial_weights.contiguity(geoms, spatial_weights.QUEEN, check_islands=False)
    queen = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    rook = spatial_weights.contiguity(geoms, spatial_weights.ROOK)

    assert plain.to_lists() == [[2], [], [0]]
    assert queen.to_lists() == [[1, 2], [0], [0]]
    assert queen.rescued == 1
    assert rook.to_lists() == [[1], [0], []]  # a corner is no edge


def test_rounding_grid_joins_vertices_that_differ_in_the_last_bits():
    a = box(0, 0, 1, 1)
    b = Polygon([(1 + 1e-9, 0), (2, 0), (2, 1), (1 - 1e-9, 1)])
    assert spatial_weights.contiguity([a.wkb, b.wkb], spatial_weights.ROOK, check_islands=False).to_lists() == [[1], [
        0]]
    assert spatial_weights.contiguity([a.wkb, b.wkb], spatial_weights.ROOK, grid=1e-12,
                                      check_islands=False).to_lists() == [[], []]


def test_subset_keeps_neighbours_among_the_kept_areas_renumbered():
    q = spatial_weights.contiguity(lattice(), spatial_weights.ROOK)
    keep = np.ones(9, dtype=bool)
    keep[4] = False  # the centre goes: 1, 3, 5, 7 lose a neighbour; areas after 4 shift down by one
    sub = q.subset(keep)

    assert sub.n == 8
    assert sub.to_lists() == [[1, 3], [0, 2], [1, 4], [0, 5], [2, 7], [3, 6], [5, 7], [4, 6]]


# --------------------------------------------------------------------------- reading WKB


def _wkb_polygon(rings, endian="<", dims=2, iso_type=3):
    out = struct.pack(endian + "bI", 1 if endian == "<" else 0, iso_type)
    out += struct.pack(endian + "I", len(rings))
    for ring in rings:
        out += struct.pack(endian + "I", len(ring))
        for pt in ring:
            out += struct.pack(endian + "d" * dims, *pt)
    return out


def test_wkb_in_either_byte_order_with_z_and_m_reads_the_same_rings():
    ring2 = [(0, 0), (1, 0), (1, 1), (0, 0)]
    ring4 = [(x, y, 5.0, 7.0) for x, y in ring2]
    for wkb in (_wkb_polygon([ring2]), _wkb_polygon([ring2], ">"), _wkb_polygon([ring4], dims=4, iso_type=3003),
                _wkb_polygon([ring4], ">", dims=4, iso_type=0xC0000003)):
        rings = spatial_weights.polygon_rings(wkb)
        assert len(rings) == 1 and rings[0][1] is True
        assert rings[0][0].tolist() == [list(p) for p in ring2]


def test_a_curved_polygon_is_refused_naming_the_area():
    curved = struct.pack("<bII", 1, 10, 0)  # CurvePolygon, no rings
    with pytest.raises(spatial_weights.GeometryError, match="area 1"):
        spatial_weights.contiguity([box(0, 0, 1, 1).wkb, curved], spatial_weights.QUEEN)


# --------------------------------------------------------------------------- centroids


def test_centroids_by_hand_for_an_l_shape_and_a_square_with_a_hole():
    # L: unit squares at (0,0), (1,0), (0,1): centroid ((0.5+1.5+0.5)/3, (0.5+0.5+1.5)/3)
    ell = Polygon([(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)])
    # 4x4 square minus the 1x1 square at (2,2)-(3,3): (16*(2,2) - 1*(2.5,2.5)) / 15
    holed = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(2, 2), (3, 2), (3, 3), (2, 3)]])
    c = spatial_weights.centroids(spatial_weights.ring_table([ell.wkb, holed.wkb, None]))

    assert c[0] == pytest.approx([2.5 / 3, 2.5 / 3])
    assert c[1] == pytest.approx([(32 - 2.5) / 15, (32 - 2.5) / 15])
    assert np.isnan(c[2]).all()


def test_centroids_match_shapely_on_national_grid_coordinates():
    rng = np.random.default_rng(4)
    polys = []
    for _ in range(20):
        x0, y0 = 400000 + rng.uniform(0, 1e4), 300000 + rng.uniform(0, 1e4)
        angles = np.sort(rng.uniform(0, 2 * np.pi, 9))
        radius = rng.uniform(50, 500, 9)
        polys.append(Polygon(np.c_[x0 + radius * np.cos(angles), y0 + radius * np.sin(angles)]))
    c = spatial_weights.centroids(spatial_weights.ring_table([p.wkb for p in polys]))
    expected = np.array([[p.centroid.x, p.centroid.y] for p in polys])
    assert np.abs(c - expected).max() < 1e-6


# --------------------------------------------------------------------------- distance band and k nearest


POINTS_ON_A_LINE = np.array([[0.0, 0.0], [1.0, 0.0], [2.5, 0.0], [np.nan, np.nan]])


@pytest.mark.parametrize("use_scipy", [True, False])
def test_distance_band_includes_points_exactly_at_the_threshold(use_scipy):
    d1 = spatial_weights.distance_band(POINTS_ON_A_LINE, 1.0, use_scipy=use_scipy)
    d15 = spatial_weights.distance_band(POINTS_ON_A_LINE, 1.5, use_scipy=use_scipy)

    assert d1.to_lists() == [[1], [0], [], []]
    assert d15.to_lists() == [[1], [0, 2], [1], []]
    assert d1.threshold == 1.0


@pytest.mark.parametrize("use_scipy", [True, False])
def test_k_nearest_by_hand(use_scipy):
    k1 = spatial_weights.k_nearest(POINTS_ON_A_LINE, 1, use_scipy=use_scipy)
    k2 = spatial_weights.k_nearest(POINTS_ON_A_LINE, 2, use_scipy=use_scipy)

    assert k1.to_lists() == [[1], [0], [1], []]  # not symmetric: 2's nearest is 1, 1's is 0
    assert k2.to_lists() == [[1, 2], [0, 2], [0, 1], []]
    assert not k1.is_symmetric()


def test_scipy_and_numpy_paths_agree_on_random_points():
    rng = np.random.default_rng(11)
    pts = rng.uniform(0, 10000, size=(1500, 2)) + [400000, 200000]
    assert spatial_weights.distance_band(pts, 400, use_scipy=True).to_lists() == spatial_weights.distance_band(pts, 400,
            use_scipy=False).to_lists()
    assert spatial_weights.k_nearest(pts, 6, use_scipy=True).to_lists() == spatial_weights.k_nearest(pts, 6,
            use_scipy=False).to_lists()


def test_k_larger_than_the_other_points_gives_every_other_point():
    pts = np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 0.0]])
    assert spatial_weights.k_nearest(pts, 5).to_lists() == [[1, 2], [0, 2], [0, 1]]


def test_distance_band_needs_a_positive_threshold():
    with pytest.raises(ValueError):
        spatial_weights.distance_band(POINTS_ON_A_LINE, 0.0)
