"""Invalid areas are repaired so that they keep their meaning.

A record inside an area stays in it after the repair; what the repair
cannot keep as an area (the line of a spike, a zero-area polygon) is dropped
with a warning naming the feature and what was dropped, never left to flip
records in or out; the output holds polygons only.

"Inside" is GEOS's point-in-polygon rule, which holds for invalid polygons
too: inside the shell and inside none of the holes; for a multipolygon,
inside any part. Each expectation below says why a point is inside or out.
Areas are in EPSG:27700 (metres). Where records go is read from
socharm:assignareas (it writes the records, not the areas); how areas are
measured, written and warned about, from socharm:scoreharm.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer, QgsWkbTypes


ALG = "socharm:scoreharm"
SQUARE = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))"


def score(run, layers, areas, points, tmp_path=None):
    """scoreharm of one record per point ({ref: (x, y)}, code 8N), with its RECORDS."""
    events = layers.memory("Point", ["code:string", "ref:string"],
                           [("POINT({0!r} {1!r})".format(x, y), "8N", ref) for ref, (x, y) in points.items()],
                           name="events")
    output = str(tmp_path / "scored.gpkg") if tmp_path is not None else "TEMPORARY_OUTPUT"
    results, feedback = run(ALG, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                  "OUTPUT": output, "RECORDS": "TEMPORARY_OUTPUT"})
    layer = QgsVectorLayer(results["OUTPUT"], "scored", "ogr") if tmp_path is not None else results["OUTPUT"]
    return results, layer, feedback


def assign(run, layers, areas, points) -> dict:
    """ref -> the area id socharm:assignareas gives each record ({ref: (x, y)}); None: outside."""
    events = layers.memory("Point", ["ref:string"],
                           [("POINT({0!r} {1!r})".format(x, y), ref) for ref, (x, y) in points.items()], name="events")
    results, _ = run("socharm:assignareas", {"INPUT": events, "WARDS": areas, "WARD_ID": "area_id", "TOLERANCE": 0,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    return {f["ref"]: (f["ward_id"] if f["ward_status"] == "assigned" else None) for f in results[
        "OUTPUT"].getFeatures()}


def harm_n(layer) -> dict:
    return {f["area_id"]: f["harm_n"] for f in layer.getFeatures()}


# Each defect: the area's WKT, points inside it (and why), points outside it (and why).
DEFECTS = {
    "spike": (  # one vertex out to (1500 600) and back: the square is the area
        "POLYGON((0 0,1000 0,1000 500,1500 600,1000 500,1000 1000,0 1000,0 0))",
        {"left_of_spike": (900, 550), "far_left_of_spike": (200, 520), "below": (500, 100)},
        {"beside_spike": (1100, 550), "beyond_spike": (1400, 550)},
        1.0,
    ),
    "bow_tie": (  # crosses itself at (500 500): two triangles, left and right
        "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))",
        {"left_triangle": (200, 500), "right_triangle": (800, 500)},
        {"between_below": (500, 200), "between_above": (500, 800)},
        0.5,
    ),
    "zero_area_part": (  # a multipolygon whose second part is a ring of no area, a slanted line out of the square
        "MULTIPOLYGON(((0 0,1000 0,1000 1000,0 1000,0 0)),((0 0,2000 1000,0 0)))",
        {"above_the_line": (300, 600), "below_the_line": (900, 100), "far_corner": (100, 900)},
        {"on_the_line_outside": (1600, 800)},
        1.0,
    ),
    "zero_area_hole": (  # a hole of no area, a slanted line inside the square: nothing is cut out
        "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(200 200,800 800,200 200))",
        {"left_of_hole_line": (300, 500), "right_of_hole_line": (700, 500), "corner": (100, 900)},
        {"east": (1500, 500)},
        1.0,
    ),
    "duplicate_vertices": (  # repeated vertices: valid as it is, nothing to repair
        "POLYGON((0 0,1000 0,1000 0,1000 1000,0 1000,0 1000,0 1000,0 0))",
        {"middle": (500, 500), "near_corner": (990, 10)},
        {"east": (1500, 500)},
        1.0,
    ),
    "hole_sharing_an_edge_with_the_shell": (  # the hole x 0..500, y 200..800 opens onto the west edge: a notch
        "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(0 200,500 200,500 800,0 800,0 200))",
        {"east_of_the_notch": (750, 500), "below_the_notch": (250, 100), "above_the_notch": (250, 900)},
        {"in_the_notch": (250, 500)},
        1.0 - 0.5 * 0.6,
    ),
    "hole_touching_the_shell_at_two_points": (  # a diamond hole touching all four edges: four corner triangles
        "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(500 0,1000 500,500 1000,0 500,500 0))",
        {"south_west": (100, 100), "north_east": (900, 900), "south_east": (900, 100)},
        {"centre": (500, 500), "in_the_diamond": (500, 200)},
        0.5,
    ),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_records_inside_a_repaired_area_stay_in_it_and_those_outside_stay_out(run, layers, defect):
    wkt, inside, outside, _ = DEFECTS[defect]
    areas = layers.areas([("A", wkt)])
    points = dict(inside, **outside)

    assert assign(run, layers, areas, points) == dict({ref: "A" for ref in inside}, **{ref: None for ref in outside})


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_a_repaired_area_is_measured_and_written_as_polygons_only(run, layers, tmp_path, defect):
    wkt, inside, _, km2 = DEFECTS[defect]
    areas = layers.areas([("A", wkt)])

    results, output, _ = score(run, layers, areas, inside, tmp_path)

    (feature,) = list(output.getFeatures())
    assert QgsWkbTypes.flatType(feature.geometry().wkbType()) == QgsWkbTypes.Type.MultiPolygon
    assert feature.geometry().isGeosValid()
    assert feature.geometry().area() == pytest.approx(km2 * 1e6)
    assert feature["harm_per_km2"] == pytest.approx(feature["harm_score"] / km2)


def test_a_spike_keeps_the_records_on_both_sides_of_it_where_they_are(run, layers):
    # A's spike pokes into B: a record beside the spike is B's; one left of it, inside A's square, stays A's
    wkt, inside, outside, _ = DEFECTS["spike"]
    areas = layers.areas([("A", wkt), ("B", "POLYGON((1000 0,2000 0,2000 1000,1000 1000,1000 0))")])
    points = dict(inside, **outside)

    assert assign(run, layers, areas, points) == dict({ref: "A" for ref in inside}, **{ref: "B" for ref in outside})


@pytest.mark.parametrize("spiky, neighbour", [("A", "B"), ("B", "A")])
def test_a_record_on_the_edge_a_repaired_area_shares_goes_to_the_id_that_sorts_first(run, layers, spiky, neighbour):
    # the repair keeps the spiky area's vertices exactly, so its edge x = 1000 is its neighbour's edge
    areas = layers.areas([(spiky, DEFECTS["spike"][0]), (neighbour, "POLYGON((1000 0,2000 0,2000 1000,1000 "
                                                                    "1000,1000 0))")])

    given = assign(run, layers, areas, {"on_edge_low": (1000, 250), "on_spike_base": (1000, 500), "on_edge_high": (1000,
            750)})

    assert given == {"on_edge_low": "A", "on_spike_base": "A", "on_edge_high": "A"}


def test_a_spike_is_dropped_with_a_warning_naming_the_feature_and_the_line(run, layers):
    areas = layers.areas([("B", layers.square(2000, 0)), ("A", DEFECTS["spike"][0])])

    _, _, feedback = score(run, layers, areas, {"r": (500, 500)})

    assert feedback.warnings_with("Layer 'areas'", "1 invalid area geometries were repaired", "feature ids 2")
    length = QgsGeometry.fromWkt("LINESTRING(1000 500,1500 600)").length()  # the spike, out and back, is one line
    assert feedback.warnings_with("Layer 'areas'", "repairing 1 area(s) left lines or points", "were dropped",
                                  "feature 2: 1 line(s) {0:.6g} m long".format(length))


def test_a_sliver_overlapping_a_real_area_takes_none_of_its_records(run, layers):
    # "A" (sorts first) is a polygon of no area along the diagonal of "B"; 6,400 records in B, off the
    # diagonal (enough for the raster strategy of the point-in-polygon join)
    areas = layers.areas([("A", "POLYGON((0 0,1000 1000,0 0))"), ("B", SQUARE)])
    points = {"r{0}_{1}".format(i, j): (12.5 * i + 6.0, 12.5 * j + 3.0) for i in range(80) for j in range(80)}

    given = assign(run, layers, areas, points)

    assert set(given.values()) == {"B"} and len(given) == 6400


def test_a_sliver_is_warned_as_holding_no_records_naming_the_feature_and_the_line(run, layers):
    areas = layers.areas([("A", "POLYGON((0 0,1000 1000,0 0))"), ("B", SQUARE)])

    _, output, feedback = score(run, layers, areas, {"above": (100, 900), "below": (900, 100)})

    assert harm_n(output) == {"A": 0, "B": 2}
    assert feedback.warnings_with("Layer 'areas'", "1 area(s) have no area at all", "written without geometry",
                                  "feature ids 1")
    assert feedback.warnings_with("feature 1: 1 line(s) {0:.6g} m long".format(1000 * 2 ** 0.5))


def test_a_sliver_is_written_without_geometry_and_with_no_area(run, layers, tmp_path, read):
    areas = layers.areas([("A", "POLYGON((0 0,1000 1000,0 0))"), ("B", SQUARE)])

    _, output, _ = score(run, layers, areas, {"r": (100, 900)}, tmp_path)

    by_id = {f["area_id"]: f for f in output.getFeatures()}
    assert by_id["A"].geometry().isEmpty() and read.plain(by_id["A"]["harm_per_km2"]) is None
    assert QgsWkbTypes.flatType(by_id["B"].geometry().wkbType()) == QgsWkbTypes.Type.MultiPolygon
    assert by_id["B"]["harm_n"] == 1
