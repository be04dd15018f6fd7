"""socharm:harmgrid on PostGIS events: each record's cell computed in SQL with the
desktop's arithmetic, only counts per cell back; the desktop path runs (and says
why) where exact equality cannot be promised.

Each comparison runs the algorithm on the same PostGIS layers twice, ENGINE
automatic and ENGINE desktop, and compares every field of every cell, the
outputs and the provenance (test_postgis_scoreharm.assert_same_outputs).
"""
from __future__ import annotations

import math

import pytest

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.test_postgis_scoreharm import (DESKTOP, assert_same_outputs, both_by_qgis_process,
                                             records_made_in_the_database)

ALGORITHM = "socharm:harmgrid"


def both_grids(run, parameters):
    """(database output, desktop output, database feedback, database provenance), asserted the same."""
    base = {"OUTPUT": "TEMPORARY_OUTPUT", **parameters}
    auto, auto_feedback = run(ALGORITHM, dict(base))
    desktop, _ = run(ALGORITHM, dict(base, ENGINE=DESKTOP))
    provenance = provenance_of(auto["OUTPUT"])
    assert provenance["engine"] == "postgis", auto_feedback.infos
    assert (provenance_of(desktop["OUTPUT"])["engine"], provenance_of(desktop["OUTPUT"])["engine_reason"]) == (
        "desktop", "desktop_chosen")
    for key in ("RECORDS_IN", "ASSIGNED", "CELLS", "CELL_SIZE_USED"):
        assert auto[key] == desktop[key], key
    assert auto["TOTAL_HARM"] == pytest.approx(desktop["TOTAL_HARM"], rel=1e-9, abs=1e-9)
    assert_same_outputs(auto["OUTPUT"], desktop["OUTPUT"], "cell_id")
    return auto["OUTPUT"], desktop["OUTPUT"], auto_feedback, provenance


def cells(layer):
    return {f["cell_id"]: (f["harm_n"], f["harm_score"], f["harm_rank"]) for f in layer.getFeatures()}


def edge_events(layers, pg_layers, size=100.0):
    """Records on cell edges, on corners shared by four cells, inside cells, on the
    extent's own edges, outside it, with no geometry and with a code not in the table;
    and three on the edge between two hexagons of row 0 (halfway between their centres)."""
    half_w = math.sqrt(3.0) * (size * math.sqrt(2.0 / (3.0 * math.sqrt(3.0)))) / 2.0
    rows = [("POINT(50 50)", "8N", "2024-03-01"), ("POINT(100 50)", "28E", "2024-03-02"),  # inside; on an edge
            ("POINT(100 100)", "8N", "2024-03-03"), ("POINT(200 300)", "8N", "2024-04-01"),  # corners of four
            ("POINT(0 0)", "28E", "2024-05-01"), ("POINT(400 400)", "8N", "2024-05-02"),  # extent's corners
            ("POINT(0 250)", "8N", "2024-05-03"), ("POINT(250 0)", "8N", "2024-06-01"),  # extent's edges
            ("POINT(300.0000000001 150)", "8N", "2024-06-02"),  # within the edge tolerance
            ("POINT(-50 -50)", "8N", "2024-06-03"), ("POINT(999 999)", "28E", "2024-06-04"),  # outside the extent
            (None, "8N", "2024-07-01"), ("POINT(150 150)", "ZZZ", "2024-07-02"),
            ("POINT(123.456 321.654)", "105A", "2023-12-31")]
    rows += [("POINT({0} {1})".format(size * (k % 5) + 0.5 * size * (k % 2), 37.5 * (k % 11)), "8N", "2024-08-01")
             for k in range(40)]
    rows += [("POINT({0!r} 0)".format(half_w * (2 * k + 1)), "28E", "2024-09-01") for k in range(3)]
    return pg_layers.copy(layers.events(rows, date_type="date"))


@pytest.mark.parametrize("shape, expected", [(0, (50, 6, 1)), (1, (52, 4, 1))])
def test_records_on_cell_edges_and_corners_fall_in_the_same_cell_in_both_engines(run, layers, pg_layers, shape,
                                                                                  expected):
    events = edge_events(layers, pg_layers)

    database, _, _, provenance = both_grids(run, {
        "EVENTS": events, "CODE_FIELD": "code", "GRID_SHAPE": shape, "CELL_SIZE": 100.0,
        "EXTENT": "0,400,0,400 [EPSG:27700]"})

    rec = provenance["reconciliation"]["by_status"]
    # outside the extent: (-50, -50), (999, 999) and the four generated points at x = 450 (two of them
    # in a hexagon that overlaps the extent, kept whole)
    assert (rec["assigned"], rec["outside"], rec["no_geometry"]) == expected
    assert provenance["grid"]["edge_records"] >= 3  # on edges and corners: settled by the lowest cell_id in both
    assert sum(n for n, _, _ in cells(database).values()) == rec["assigned"]


@pytest.mark.parametrize("shape", [0, 1])
def test_the_sample_force_on_a_grid_in_postgis_is_the_desktops_grid(run, pg_sample, shape):
    _, _, feedback, provenance = both_grids(run, {
        "EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
        "START": "2024-01-01", "END": "2024-12-31", "GRID_SHAPE": shape, "CELL_SIZE": 500.0})

    assert any(i.startswith("Engine: PostGIS") for i in feedback.infos)
    by_status = provenance["reconciliation"]["by_status"]
    assert by_status["assigned"] > 20000 and by_status["out_of_period"] > 0
    assert provenance["grid"]["extent_source"] == "records"


def test_a_filter_a_subset_string_and_a_boundary_give_the_desktops_cells(run, pg_sample):
    _, _, _, provenance = both_grids(run, {
        "EVENTS": pg_sample.layer("offences", sql="\"offence_date\" >= '2024-06-01'"), "CODE_FIELD": "ho_code",
        "FILTER": "\"soc_theme\" = 'drugs' OR \"ho_code\" IN ('28E', '8N')", "CELL_SIZE": 250.0,
        "BOUNDARY": pg_sample.layer("sectors", sql="\"sector_id\" IN ('S01', 'S02')")})

    rec = provenance["reconciliation"]
    assert 0 < rec["by_status"]["filtered"] < rec["records_in"] < pg_sample.layer("offences").featureCount()
    assert rec["by_status"]["outside"] > 0 and provenance["grid"]["extent_source"] == "boundary"


def test_cells_cut_to_the_boundary_run_on_the_desktop_and_say_why(run, pg_sample):
    results, feedback = run(ALGORITHM, {
        "EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code", "CELL_SIZE": 500.0,
        "BOUNDARY": pg_sample.layer("sectors"), "CLIP_TO_BOUNDARY": True, "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "cut_to_boundary")
    assert any("(cut_to_boundary)" in i for i in feedback.infos)


def test_events_in_another_crs_than_the_grid_run_on_the_desktop_and_say_why(run, layers, pg_layers):
    events = pg_layers.copy(layers.events([("POINT(-0.1 51.5)", "8N", None)], crs="EPSG:4326"))
    boundary = layers.areas([("A", "POLYGON((520000 170000,540000 170000,540000 190000,520000 190000,"
                                   "520000 170000))")])

    results, _ = run(ALGORITHM, {"EVENTS": events, "CODE_FIELD": "code", "CELL_SIZE": 1000.0,
                                 "BOUNDARY": boundary, "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "events_crs_differs")
    assert provenance["reconciliation"]["by_status"]["assigned"] == 1


def test_file_events_run_on_the_desktop_with_no_reason(run, layers):
    events = layers.events([("POINT(50 50)", "8N", None)])

    results, _ = run(ALGORITHM, {"EVENTS": events, "CODE_FIELD": "code", "CELL_SIZE": 100.0,
                                 "EXTENT": "0,100,0,100 [EPSG:27700]", "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert provenance["engine"] == "desktop" and "engine_reason" not in provenance


def test_the_records_output_runs_the_grid_on_the_desktop_and_says_why(run, pg_sample, tmp_path):
    results, _ = run(ALGORITHM, {"EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code",
                                 "CELL_SIZE": 1000.0, "OUTPUT": "TEMPORARY_OUTPUT",
                                 "RECORDS": str(tmp_path / "records.gpkg")})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "records_output")


def test_qgis_process_grids_postgis_events_in_the_database_and_the_output_reopens_styled(pg_sample, tmp_path):
    from qgis.core import QgsGraduatedSymbolRenderer

    fresh = both_by_qgis_process(pg_sample, tmp_path, ALGORITHM, {
        "EVENTS": "postgres://" + pg_sample.uri("offences"), "CODE_FIELD": "ho_code", "HARM_TABLE": 0,
        "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "GRID_SHAPE": 1, "CELL_SIZE": 500,
        "DATE_FIELD": "offence_date", "START": "2024-01-01", "END": "2024-12-31"}, "cell_id")

    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)


def test_codes_with_no_weight_under_the_fail_policy_stop_both_engines_with_the_same_message(run, layers, pg_layers):
    from qgis.core import QgsProcessingException

    events = pg_layers.copy(layers.events([("POINT(50 50)", "8N", None), ("POINT(150 50)", "NOPE", None)]))
    messages = []
    for engine in (0, DESKTOP):
        with pytest.raises(QgsProcessingException) as raised:
            run(ALGORITHM, {"EVENTS": events, "CODE_FIELD": "code", "CELL_SIZE": 100.0, "MISSING_WEIGHT": 0,
                            "ENGINE": engine, "OUTPUT": "TEMPORARY_OUTPUT"})
        messages.append(str(raised.value))
    assert messages[0] == messages[1] and "NOPE" in messages[0]


def test_when_the_filter_leaves_nothing_both_engines_say_why_with_the_records_extent(run, layers, pg_layers):
    events = pg_layers.copy(layers.events([("POINT(50 50)", "8N", None), ("POINT(350 250)", "28E", None)]))
    base = {"EVENTS": events, "CODE_FIELD": "code", "CELL_SIZE": 100.0, "FILTER": "\"code\" = 'none'",
            "OUTPUT": "TEMPORARY_OUTPUT"}

    database, database_feedback = run(ALGORITHM, dict(base))
    desktop, desktop_feedback = run(ALGORITHM, dict(base, ENGINE=DESKTOP))

    assert provenance_of(database["OUTPUT"])["engine"] == "postgis"
    assert_same_outputs(database["OUTPUT"], desktop["OUTPUT"], "cell_id")
    said = database_feedback.warnings_with("none of its 2 records was counted")
    assert said and said == desktop_feedback.warnings_with("none of its 2 records was counted")


GRID_RECORD_COLUMNS = ("source_fid", "area_id", "weight", "table_code", "code", "measure", "date", "source_layer",
                       "status", "ST_AsText(geom)")


@pytest.mark.parametrize("shape", [0, 1])
def test_records_to_the_same_database_are_made_there_with_their_cells_as_the_desktop_writes_them(
        run, layers, pg_layers, shape):
    events = edge_events(layers, pg_layers)
    parameters = {"EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day", "START": "2024-01-01",
                  "END": "2024-08-31", "FILTER": "\"code\" <> '105A' OR \"code\" IS NULL", "GRID_SHAPE": shape,
                  "CELL_SIZE": 100.0, "EXTENT": "0,400,0,400 [EPSG:27700]", "OUTPUT": "TEMPORARY_OUTPUT"}

    database, provenance = records_made_in_the_database(run, ALGORITHM, parameters, pg_layers.uri, "cell_id")

    def rows(table):
        return pg_layers.sql("SELECT {0} FROM {1}.{2} ORDER BY source_fid".format(
            ", ".join(GRID_RECORD_COLUMNS), pg_layers.schema, table)).splitlines()

    ours, theirs = rows("records_db"), rows("records_desktop")
    assert len(ours) == provenance["reconciliation"]["records_in"] == len(theirs)
    statuses = [row.split("|")[8] for row in ours]
    assert {"assigned", "outside", "no_geometry", "filtered", "out_of_period"} <= set(statuses)
    assert statuses.count("assigned") == database["ASSIGNED"]
    assert ours == theirs  # every record's cell, on edges and corners too
