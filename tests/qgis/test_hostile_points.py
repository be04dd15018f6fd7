"""Points that cannot be placed are counted, with a reason, never a traceback.

Coordinates are checked where they enter (the point readers): a record with
a coordinate beyond ±1e9 map units (no place on Earth in any CRS) is
``invalid``, and the log names it; nothing downstream meets inf, NaN or
1e308. An input that makes every record fail says why: a polygon layer
given as events, a layer with no CRS whose coordinates look like degrees.
Areas and events are in EPSG:27700 unless a test says otherwise.
"""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPoint

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of

TABLE = load_builtin_table("ons_css_ho_code")
FAR_AWAY = [("POINT(1e308 1e308)", "8N", "2024-02-03"), ("POINT(-1e308 500)", "8N", "2024-03-03"),
            ("POINT(500 -2e9)", "8N", "2024-03-04")]  # feature ids 2, 3, 4
FAR_WARNING = ("Layer 'events': 3 record(s) lie absurdly far away", "counted as invalid", "(feature ids 2, 3, 4)")


def w(code: str) -> float:
    return TABLE.weights[normalise_code(code)]


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


def hostile_events(layers, file: bool = False):
    """One record in A, three absurdly far away, one in B, one in A: codes 28E, 8N x 3, 44, 29."""
    rows = [("POINT(500 500)", "28E", "2024-01-05")] + FAR_AWAY + [
        ("POINT(1500 500)", "44", "2024-04-03"), ("POINT(250 750)", "29", "2024-05-06")]
    events = layers.events(rows, name="events")
    return layers.gpkg(events) if file else events


@pytest.mark.parametrize("file", [False, True], ids=["memory layer", "GeoPackage"])
def test_scoreharm_counts_points_absurdly_far_away_as_invalid_and_names_them(run, layers, read, file):
    # fewer than 5,000 events: the pairs strategy of the point-in-polygon join, which 1e308 broke
    results, feedback = run("socharm:scoreharm", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": hostile_events(layers, file), "CODE_FIELD": "code",
        "OUTPUT": "TEMPORARY_OUTPUT", "RECORDS": "TEMPORARY_OUTPUT"})

    by_status = provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]
    assert (by_status["assigned"], by_status["invalid"], sum(by_status.values())) == (3, 3, 6)
    scores = {f["area_id"]: f["harm_score"] for f in results["OUTPUT"].getFeatures()}
    assert scores == pytest.approx({"A": w("28E") + w("29"), "B": w("44")})
    records = {f["source_fid"]: f for f in results["RECORDS"].getFeatures()}
    assert [records[fid]["status"] for fid in (2, 3, 4)] == ["invalid"] * 3
    assert all(records[fid].geometry().isNull() for fid in (2, 3, 4))  # no 1e308 written anywhere
    assert feedback.warnings_with(*FAR_WARNING)


def test_assignareas_counts_points_absurdly_far_away_as_invalid_and_names_them(run, layers):
    results, feedback = run("socharm:assignareas", {
        "INPUT": hostile_events(layers), "WARDS": two_areas(layers), "WARD_ID": "area_id", "TOLERANCE": 50,
        "OUTPUT": "TEMPORARY_OUTPUT"})

    got = [(f["ward_id"], f["ward_status"], f["status"]) for f in results["OUTPUT"].getFeatures()]
    assert got == [("A", "assigned", "ok")] + [(None, None, "invalid")] * 3 + [("B", "assigned", "ok"), ("A",
            "assigned", "ok")]
    assert feedback.warnings_with(*FAR_WARNING)


def test_harmdensity_with_a_set_bandwidth_leaves_points_absurdly_far_away_out(run, layers, tmp_path):
    results, feedback = run("socharm:harmdensity", {
        "EVENTS": hostile_events(layers), "CODE_FIELD": "code", "BANDWIDTH": 200, "OUTPUT": str(tmp_path / "d.tif")})

    assert results["ASSIGNED"] == 3 and results["RECORDS_IN"] == 6
    assert results["TOTAL_HARM"] == pytest.approx(w("28E") + w("44") + w("29"))
    assert feedback.warnings_with(*FAR_WARNING)


def test_harmdensity_with_the_automatic_bandwidth_estimates_it_from_the_records_that_are_placed(run, layers, tmp_path):
    results, feedback = run("socharm:harmdensity", {
        "EVENTS": hostile_events(layers), "CODE_FIELD": "code", "BANDWIDTH": 0, "OUTPUT": str(tmp_path / "d.tif")})

    assert 0 < results["BANDWIDTH_USED"] < 2000  # from three records within 1.3 km of each other
    assert results["ASSIGNED"] == 3
    assert feedback.warnings_with(*FAR_WARNING)


def test_harmtrend_counts_points_absurdly_far_away_as_invalid(run, layers):
    results, feedback = run("socharm:harmtrend", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": hostile_events(layers), "CODE_FIELD": "code",
        "DATE_FIELD": "day", "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})

    reconciliation = provenance_of(results["SUMMARY"])["reconciliation"]
    assert reconciliation["records_in"] == 6 and reconciliation["by_status"]["invalid"] == 3
    assert sum(reconciliation["by_status"].values()) == 6
    assert feedback.warnings_with(*FAR_WARNING)


# --------------------------------------------------------------------------- inputs that make every record fail


def test_a_polygon_layer_given_as_events_is_warned_as_making_every_record_invalid(run, layers):
    plots = layers.memory("Polygon", ["code:string"], [(layers.square(100, 100, 10), "28E"), (layers.square(1200, 100,
            10), "8N")],
                          name="plots")

    results, feedback = run("socharm:scoreharm", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": plots, "CODE_FIELD": "code",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})

    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["invalid"] == 2
    assert feedback.warnings_with("Layer 'plots' given as EVENTS holds Polygon geometries, not points",
                                  "all 2 records are counted as invalid")


def test_events_in_degrees_with_no_crs_are_warned_as_lying_far_from_the_areas(run, layers):
    # London in longitude and latitude, in a layer that says nothing of its CRS
    events = layers.events([("POINT(-0.1276 51.5072)", "28E", None), ("POINT(-0.09 51.51)", "8N", None)],
                           crs="", name="gps")
    assert not events.crs().isValid()

    results, feedback = run("socharm:scoreharm", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})

    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["outside"] == 2
    assert feedback.warnings_with("Layer 'gps' has no CRS", "look like longitude and latitude in degrees",
                                  "all 2 located records", "EPSG:27700", "Set the layer's CRS")


def test_events_with_no_crs_in_map_units_are_warned_as_taken_in_the_areas_crs(run, layers):
    events = layers.events([("POINT(500 500)", "28E", None)], crs="", name="nocrs")

    results, feedback = run("socharm:scoreharm", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})

    assert results["ASSIGNED"] == 1
    assert feedback.warnings_with("Layer 'nocrs' has no CRS: its coordinates are taken to be in the areas' CRS "
                                  "(EPSG:27700)")
    assert not feedback.warnings_with("degrees")


def test_events_in_degrees_with_no_crs_and_no_areas_are_warned_that_sizes_would_be_in_degrees(run, layers, tmp_path):
    events = layers.events([("POINT(-0.1276 51.5072)", "28E", None), ("POINT(-0.09 51.51)", "8N", None)],
                           crs="", name="gps")

    _, feedback = run("socharm:harmgrid", {"EVENTS": events, "CODE_FIELD": "code", "CELL_SIZE": 0.01,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})

    assert feedback.warnings_with("Layer 'gps' has no CRS", "look like longitude and latitude in degrees",
                                  "distances and sizes would be in degrees", "reproject it to a projected CRS")


def test_a_point_with_a_coordinate_that_is_not_a_number_is_named_with_the_reason(run, layers):
    events = layers.events([("POINT(500 500)", "28E", None)], name="events")
    infinite = QgsFeature(events.fields())
    infinite.setGeometry(QgsGeometry(QgsPoint(math.inf, 500.0)))
    infinite.setAttributes(["8N", None])
    assert events.dataProvider().addFeatures([infinite])[0]

    results, feedback = run("socharm:scoreharm", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})

    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["invalid"] == 1
    assert feedback.warnings_with(
        "Layer 'events': 1 of 2 record(s) have a geometry that is not a point, or a coordinate that is not a number",
        "(feature ids 2)")
