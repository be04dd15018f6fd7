"""Specification of socharm:assignareas, run through QGIS's processing.run.

Layout (EPSG:27700, metres): sectors 2 km wide (id 2 on x 0..2000, id 1 on
x 2000..4000), wards 1 km wide (W2, W1, W3 from west to east), and two
east-west streets at y = 500 (id 7) and y = 900 (id 3).
"""
from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:assignareas"
ADDED = ["sector_id", "ward_id", "street_id", "street_dist", "sector_status", "ward_status", "street_status", "status"]


@pytest.fixture
def geography(layers):
    sq = layers.square
    sectors = layers.memory("Polygon", ["sector_no:integer", "sector_name:string"],
                            [(sq(0, 0, 2000), 2, "West"), (sq(2000, 0, 2000), 1, "East")], name="sectors")
    wards = layers.memory("Polygon", ["ward_code:string"],
                          [(sq(0, 0), "W2"), (sq(1000, 0), "W1"), (sq(2000, 0), "W3")], name="wards")
    streets = layers.memory("LineString", ["usrn:integer"],
                            [("LINESTRING(0 500,4000 500)", 7), ("LINESTRING(0 900,4000 900)", 3)], name="streets")
    return sectors, wards, streets


@pytest.fixture
def records(layers):
    return layers.memory("Point", ["ref:string", "seen:date"], [
        ("POINT(500 520)", "r1", None),    # sector 2, W2, street 7 at 20 m
        # on the sector boundary (2|1) and the ward boundary (W1|W3); 200 m from both streets
        ("POINT(2000 700)", "r2", None),
        ("POINT(1000 880)", "r3", None),   # on the ward boundary W2|W1; street 3 at 20 m
        (None, "r4", None),                # no geometry
        ("POINT(9000 9000)", "r5", None),  # outside everything
    ], name="records")


def assign(run, records, tmp_path=None, **layers_given):
    params = {"INPUT": records, "TOLERANCE": 50, "OUTPUT": str(
        tmp_path / "assigned.gpkg") if tmp_path else "TEMPORARY_OUTPUT"}
    params.update(layers_given)
    results, feedback = run(ALG, params)
    output = results["OUTPUT"]
    return (QgsVectorLayer(output, "assigned", "ogr") if isinstance(output, str) else output), feedback


def test_assigns_sector_ward_and_street_to_every_record_in_one_run(run, geography, records, read):
    sectors, wards, streets = geography

    output, _ = assign(run, records, SECTORS=sectors, SECTOR_ID="sector_no", WARDS=wards, WARD_ID="ward_code",
                       STREETS=streets, STREET_ID="usrn")

    rows = read.by(output, "ref")
    assert list(rows) == ["r1", "r2", "r3", "r4", "r5"]  # every record, in order
    got = {ref: (r["sector_id"], r["ward_id"], r["street_id"]) for ref, r in rows.items()}
    assert got == {"r1": (2, "W2", 7), "r2": (1, "W1", None), "r3": (2, "W1", 3),
                   "r4": (None, None, None), "r5": (None, None, None)}
    assert rows["r1"]["street_dist"] == pytest.approx(20.0)
    assert rows["r3"]["street_dist"] == pytest.approx(20.0)
    statuses = {ref: (r["sector_status"], r["ward_status"], r["street_status"], r["status"]) for ref, r in rows.items()}
    assert statuses == {
        "r1": ("assigned", "assigned", "assigned", "ok"),
        "r2": ("assigned", "assigned", "outside", "ok"),
        "r3": ("assigned", "assigned", "assigned", "ok"),
        "r4": (None, None, None, "no_geometry"),
        "r5": ("outside", "outside", "outside", "ok"),
    }


def test_output_has_every_input_field_then_the_assignment_fields(run, geography, records, tmp_path):
    sectors, wards, streets = geography

    output, _ = assign(run, records, tmp_path, SECTORS=sectors, SECTOR_ID="sector_no", WARDS=wards,
                       WARD_ID="ward_code", STREETS=streets, STREET_ID="usrn")

    assert [n for n in output.fields().names() if n != "fid"] == ["ref", "seen"] + ADDED
    assert output.featureCount() == records.featureCount()
    provenance = provenance_of(output)
    assert provenance["algorithm"] == ALG
    assert provenance["reconciliation"] == {"records_in": 5, "by_status": {"ok": 4, "no_geometry": 1}}


def test_a_record_on_a_shared_boundary_goes_to_the_area_whose_id_sorts_first(run, layers, read):
    sq = layers.square
    wards = layers.memory("Polygon", ["ward_code:string"], [(sq(0, 0), "E05"), (sq(1000, 0), "E04")], name="wards")
    on_edge = layers.memory("Point", ["ref:string"], [("POINT(1000 300)", "edge"), ("POINT(1000 1000)", "corner")])

    output, feedback = assign(run, on_edge, WARDS=wards, WARD_ID="ward_code")

    assert {ref: r["ward_id"] for ref, r in read.by(output, "ref").items()} == {"edge": "E04", "corner": "E04"}
    assert any("2 records lay on a boundary shared by areas of 'wards'" in m for m in feedback.infos)


def test_layers_not_given_leave_their_id_and_status_empty(run, geography, records, read):
    _, wards, _ = geography

    output, _ = assign(run, records, WARDS=wards, WARD_ID="ward_code")

    for row in read.rows(output):
        assert (row["sector_id"], row["sector_status"], row["street_id"], row["street_status"], row["street_dist"]) == \
            (None, None, None, None, None)
    assert [r["ward_status"] for r in read.rows(output)] == ["assigned", "assigned", "assigned", None, "outside"]


def test_records_without_geometry_are_kept_with_status_no_geometry_and_no_layer_status(run, geography, layers, read):
    sectors, wards, streets = geography
    records = layers.memory("Point", ["ref:string"], [(None, "null"), ("POINT EMPTY", "empty"), ("POINT(500 500)",
            "ok")])

    output, _ = assign(run, records, SECTORS=sectors, SECTOR_ID="sector_no", WARDS=wards, WARD_ID="ward_code",
                       STREETS=streets, STREET_ID="usrn")

    rows = read.by(output, "ref")
    for ref in ("null", "empty"):
        assert rows[ref]["status"] == "no_geometry"
        assert [rows[ref][k] for k in ("sector_status", "ward_status", "street_status")] == [None, None, None]
    assert rows["ok"]["status"] == "ok" and rows["ok"]["street_id"] == 7


def test_area_ids_keep_the_type_of_the_area_id_field(run, geography, records, tmp_path):
    sectors, wards, streets = geography

    output, _ = assign(run, records, tmp_path, SECTORS=sectors, SECTOR_ID="sector_no", WARDS=wards,
                       WARD_ID="ward_code", STREETS=streets, STREET_ID="usrn")

    fields = output.fields()
    types = {name: fields.field(name).typeName().lower() for name in ("sector_id", "ward_id", "street_id")}
    assert types == {"sector_id": "integer", "ward_id": "string", "street_id": "integer"}


def test_records_in_wgs84_are_matched_in_the_areas_crs_and_keep_their_own_geometry(run, layers, read):
    """Street distance is measured in the area layers' metres, not in degrees."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:27700"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    near = to_wgs84.transform(QgsPointXY(530000, 180020))   # 20 m north of the street
    far = to_wgs84.transform(QgsPointXY(530000, 180300))    # 300 m north of it
    records = layers.memory("Point", ["ref:string"], [
        ("POINT({0!r} {1!r})".format(near.x(), near.y()), "near"),
        ("POINT({0!r} {1!r})".format(far.x(), far.y()), "far")], crs="EPSG:4326", name="records_wgs84")
    streets = layers.memory("LineString", ["usrn:integer"], [("LINESTRING(529000 180000, 531000 180000)", 9)],
                            name="streets")

    output, feedback = assign(run, records, STREETS=streets, STREET_ID="usrn")

    rows = read.by(output, "ref")
    assert rows["near"]["street_id"] == 9
    assert rows["near"]["street_dist"] == pytest.approx(20.0, abs=0.5)
    assert rows["far"]["street_status"] == "outside"
    assert output.crs().authid() == "EPSG:4326"
    assert any("EPSG:4326" in message for message in feedback.infos)
