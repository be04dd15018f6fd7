"""Specification of soc_harm_plugin.qgis_io.point_wkb (numpy only: no QGIS).

WKB is built byte by byte with struct.pack so each test states exactly what
the reader receives.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_point_wkb.py -q
"""
from __future__ import annotations

import math
import struct

import numpy as np
from shapely.geometry import Point

from soc_harm_plugin.domain.codes import INVALID, LOCATED, NO_GEOMETRY
from soc_harm_plugin.qgis_io.point_wkb import decode_points

LITTLE, BIG = 1, 0
WKB_POINT, WKB_LINESTRING, WKB_MULTIPOINT = 1, 2, 4
ISO_Z = 1000
EWKB_Z, EWKB_M, EWKB_SRID = 0x80000000, 0x40000000, 0x20000000


def point_wkb(x: float, y: float, byte_order: int = LITTLE) -> bytes:
    order = "<" if byte_order == LITTLE else ">"
    return struct.pack(order + "BIdd", byte_order, WKB_POINT, x, y)


def test_little_endian_point_gives_its_coordinates():
    x, y, status, multi_cut = decode_points([point_wkb(531000.25, 181000.5)])

    assert x.tolist() == [531000.25]
    assert y.tolist() == [181000.5]
    assert status.tolist() == [LOCATED]
    assert multi_cut == 0


def test_big_endian_point_gives_its_coordinates():
    x, y, status, _ = decode_points([point_wkb(-1.5, 52.25, byte_order=BIG)])

    assert x.tolist() == [-1.5]
    assert y.tolist() == [52.25]
    assert status.tolist() == [LOCATED]


def test_struct_built_point_is_the_same_bytes_shapely_writes():
    # cross-check of the test's own builder against an independent writer
    assert point_wkb(3.0, 4.0) == Point(3.0, 4.0).wkb


def test_shapely_points_decode_to_their_coordinates():
    points = [Point(0.1, 0.2), Point(-7.0, 1e6), Point(123456.789, -0.0)]

    x, y, status, _ = decode_points([p.wkb for p in points])

    assert x.tolist() == [p.x for p in points]
    assert y.tolist() == [p.y for p in points]
    assert status.tolist() == [LOCATED, LOCATED, LOCATED]


def test_little_and_big_endian_points_mixed_in_one_column_each_keep_their_coordinates():
    blobs = [point_wkb(1.0, 2.0), point_wkb(3.0, 4.0, BIG), point_wkb(5.0, 6.0)]

    x, y, status, _ = decode_points(blobs)

    assert x.tolist() == [1.0, 3.0, 5.0]
    assert y.tolist() == [2.0, 4.0, 6.0]
    assert status.tolist() == [LOCATED, LOCATED, LOCATED]


def test_iso_point_z_drops_z():
    blob = struct.pack("<BIddd", LITTLE, WKB_POINT + ISO_Z, 10.0, 20.0, 99.0)

    x, y, status, _ = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([10.0], [20.0], [LOCATED])


def test_big_endian_iso_point_z_drops_z():
    blob = struct.pack(">BIddd", BIG, WKB_POINT + ISO_Z, 10.0, 20.0, 99.0)

    x, y, status, _ = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([10.0], [20.0], [LOCATED])


def test_ewkb_point_z_flag_drops_z():
    blob = struct.pack("<BIddd", LITTLE, EWKB_Z | WKB_POINT, 10.0, 20.0, 99.0)

    x, y, status, _ = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([10.0], [20.0], [LOCATED])


def test_shapely_point_z_is_ewkb_and_decodes_to_x_and_y():
    blob = Point(10.0, 20.0, 99.0).wkb
    assert struct.unpack_from("<I", blob, 1)[0] == EWKB_Z | WKB_POINT  # what shapely 1.8 / GEOS write

    x, y, status, _ = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([10.0], [20.0], [LOCATED])


def test_ewkb_point_with_srid_skips_the_srid():
    blob = struct.pack("<BIIdd", LITTLE, EWKB_SRID | WKB_POINT, 27700, 10.0, 20.0)

    x, y, status, _ = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([10.0], [20.0], [LOCATED])


def test_empty_point_is_no_geometry():
    # GEOS and QGIS write POINT EMPTY as a point with NaN coordinates
    blob = struct.pack("<BIdd", LITTLE, WKB_POINT, math.nan, math.nan)

    x, y, status, multi_cut = decode_points([blob])

    assert np.isnan(x[0]) and np.isnan(y[0])
    assert status.tolist() == [NO_GEOMETRY]
    assert multi_cut == 0


def test_none_is_no_geometry():
    x, y, status, _ = decode_points([None])

    assert np.isnan(x[0]) and np.isnan(y[0])
    assert status.tolist() == [NO_GEOMETRY]


def test_zero_length_blob_is_no_geometry():
    _, _, status, _ = decode_points([b""])

    assert status.tolist() == [NO_GEOMETRY]


def test_point_with_one_nan_coordinate_is_invalid():
    blob = struct.pack("<BIdd", LITTLE, WKB_POINT, 1.0, math.nan)

    _, _, status, _ = decode_points([blob])

    assert status.tolist() == [INVALID]


def test_multipoint_with_two_parts_gives_its_first_point_and_counts_one_cut():
    blob = (struct.pack("<BII", LITTLE, WKB_MULTIPOINT, 2)
            + point_wkb(1.0, 2.0) + point_wkb(3.0, 4.0))

    x, y, status, multi_cut = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([1.0], [2.0], [LOCATED])
    assert multi_cut == 1


def test_multipoint_with_one_part_is_not_counted_as_cut():
    blob = struct.pack("<BII", LITTLE, WKB_MULTIPOINT, 1) + point_wkb(1.0, 2.0)

    x, y, status, multi_cut = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([1.0], [2.0], [LOCATED])
    assert multi_cut == 0


def test_big_endian_multipoint_z_gives_its_first_point():
    parts = [struct.pack(">BIddd", BIG, WKB_POINT + ISO_Z, px, py, 7.0) for px, py in ((5.0, 6.0), (7.0, 8.0))]
    blob = struct.pack(">BII", BIG, WKB_MULTIPOINT + ISO_Z, 2) + b"".join(parts)

    x, y, status, multi_cut = decode_points([blob])

    assert (x.tolist(), y.tolist(), status.tolist()) == ([5.0], [6.0], [LOCATED])
    assert multi_cut == 1


def test_empty_multipoint_is_no_geometry():
    blob = struct.pack("<BII", LITTLE, WKB_MULTIPOINT, 0)

    _, _, status, multi_cut = decode_points([blob])

    assert status.tolist() == [NO_GEOMETRY]
    assert multi_cut == 0


def test_linestring_is_invalid():
    blob = struct.pack("<BII", LITTLE, WKB_LINESTRING, 2) + struct.pack("<dddd", 0.0, 0.0, 1.0, 1.0)

    x, y, status, _ = decode_points([blob])

    assert status.tolist() == [INVALID]
    assert not np.isfinite(x[0]) and not np.isfinite(y[0])


def test_cut_count_adds_up_over_a_column_and_each_record_keeps_its_own_status():
    two_parts = struct.pack("<BII", LITTLE, WKB_MULTIPOINT, 2) + point_wkb(1.0, 1.0) + point_wkb(2.0, 2.0)
    three_parts = (struct.pack("<BII", LITTLE, WKB_MULTIPOINT, 3)
                   + point_wkb(3.0, 3.0) + point_wkb(4.0, 4.0) + point_wkb(5.0, 5.0))
    line = struct.pack("<BII", LITTLE, WKB_LINESTRING, 2) + struct.pack("<dddd", 0.0, 0.0, 1.0, 1.0)
    blobs = [point_wkb(9.0, 9.5), two_parts, None, three_parts, line]

    x, y, status, multi_cut = decode_points(blobs)

    assert status.tolist() == [LOCATED, LOCATED, NO_GEOMETRY, LOCATED, INVALID]
    assert x[[0, 1, 3]].tolist() == [9.0, 1.0, 3.0]
    assert y[[0, 1, 3]].tolist() == [9.5, 1.0, 3.0]
    assert multi_cut == 2


def test_empty_column_gives_empty_arrays():
    x, y, status, multi_cut = decode_points([])

    assert (len(x), len(y), len(status), multi_cut) == (0, 0, 0, 0)
