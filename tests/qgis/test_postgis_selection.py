"""Selections on PostGIS layers honoured in SQL (issue 16 point 1): the selected
events travel to the database as one bound array of their key values, the
selected areas as the ids QGIS read; socharm:scoreharm and socharm:harmgrid give
exactly the desktop's outputs. A selection on a layer whose key cannot name
its features in SQL runs on the desktop and says why (selection_without_key)."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.test_postgis_harmgrid import both_grids, cells
from tests.qgis.test_postgis_scoreharm import both, harm_of


@pytest.fixture
def in_project():
    added = []

    def add(layer):
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return QgsProcessingFeatureSourceDefinition(layer.id(), True)

    yield add
    for layer_id in added:
        QgsProject.instance().removeMapLayer(layer_id)


def test_selected_areas_and_events_score_in_postgis_as_on_the_desktop(run, pg_sample, in_project):
    wards, events = pg_sample.layer("wards"), pg_sample.layer("offences")
    wards_source, events_source = in_project(wards), in_project(events)
    wards.selectByExpression("\"ward_id\" IN ('W001', 'W002', 'W005', 'W011', 'W012', 'W013')")
    events.selectByExpression("\"offence_date\" >= '2024-03-01' AND \"ho_code\" <> '8N'")

    database, _, _, provenance = both(run, {"AREAS": wards_source, "AREA_ID": "ward_id", "EVENTS": events_source,
                                            "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
                                            "START": "2024-01-01", "END": "2024-12-31"}, "ward_id")

    assert "engine_reason" not in provenance
    assert set(harm_of(database, "ward_id")) == {f["ward_id"] for f in wards.selectedFeatures()}
    rec = provenance["reconciliation"]
    assert rec["records_in"] == events.selectedFeatureCount() and 0 < rec["by_status"]["outside"]


def test_a_selection_on_the_events_layer_alone_is_honoured_in_sql(run, layers, pg_layers, in_project):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]))
    events = pg_layers.copy(layers.events([("POINT(1000 500)", "28E", None), ("POINT(500 500)", "8N", None),
                                           ("POINT(1500 500)", "29", None), ("POINT(1500 600)", "29", None)]))
    source = in_project(events)
    events.selectByExpression("\"code\" <> '8N'")
    areas_source = in_project(areas)
    areas.selectByExpression("\"area_id\" = 'B'")

    database, _, _, provenance = both(run, {"AREAS": areas_source, "AREA_ID": "area_id", "EVENTS": source,
                                            "CODE_FIELD": "code"})

    assert {k: v[0] for k, v in harm_of(database).items()} == {"B": 3}  # the edge record is in B: A is not selected
    assert provenance["reconciliation"]["records_in"] == 3


def test_a_selection_of_events_on_a_grid_runs_in_postgis_as_on_the_desktop(run, pg_sample, in_project):
    events = pg_sample.layer("offences")
    source = in_project(events)
    events.selectByExpression("\"soc_theme\" = 'drugs'")

    database, _, _, provenance = both_grids(run, {"EVENTS": source, "CODE_FIELD": "ho_code", "CELL_SIZE": 500.0})

    assert provenance["reconciliation"]["records_in"] == events.selectedFeatureCount() > 0
    assert sum(n for n, _, _ in cells(database).values()) == provenance["reconciliation"]["by_status"]["assigned"]


def test_an_empty_selection_counts_nothing_in_both_engines(run, layers, pg_layers, in_project):
    events = pg_layers.copy(layers.events([("POINT(50 50)", "8N", None)]))
    source = in_project(events)
    events.removeSelection()

    _, _, _, provenance = both_grids(run, {"EVENTS": source, "CODE_FIELD": "code", "CELL_SIZE": 100.0,
                                           "EXTENT": "0,200,0,200 [EPSG:27700]"})

    assert provenance["reconciliation"]["records_in"] == 0


def test_a_selection_on_a_layer_keyed_by_a_uuid_runs_on_the_desktop_and_says_why(run, layers, pg_layers,
                                                                                  in_project):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0))]))
    schema = pg_layers.schema
    pg_layers.sql("CREATE TABLE {0}.events_u (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), code text, "
                  "geom geometry(Point, 27700))".format(schema))
    pg_layers.sql("INSERT INTO {0}.events_u (code, geom) VALUES ('8N', ST_SetSRID(ST_MakePoint(500, 500), 27700)), "
                  "('28E', ST_SetSRID(ST_MakePoint(600, 600), 27700))".format(schema))
    events = pg_layers.open("events_u", "events", key="id")
    source = in_project(events)
    events.selectByExpression("\"code\" = '8N'")

    results, feedback = run("socharm:scoreharm", {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": source,
                                                  "CODE_FIELD": "code", "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "selection_without_key")
    assert any("(selection_without_key)" in i for i in feedback.infos)
    assert provenance["reconciliation"]["records_in"] == 1
