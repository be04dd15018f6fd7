"""Selections on PostGIS layers honoured in SQL (issue 16 point 1): the selected
events travel to the database as one bound array of their key values, the
areas read (selected, or left by a subset string) as one bound array of their
table's key values, so an area row left out stays out even where it shares its
area id with a row read; socharm:scoreharm, socharm:harmchange,
socharm:harmtrend and socharm:harmgrid (and RECORDS written in the database)
give exactly the desktop's outputs. A selection on a layer whose key cannot
name its features in SQL runs on the desktop and says why
(selection_without_key), and so do areas of a table without such a key whose
rows read share an id with rows left out (area_ids_shared_without_key)."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.conftest import square
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


# ------------------------------------------------- areas restricted by the table's key, not by their area id
#
# A table of areas can hold two rows with one area id (two versions of a ward, say), of which the layer reads
# one (a selection, a subset string). The database must then test the records against the rows QGIS read
# only, as the desktop does: the rows left out can hold records of their own.

SHARED = [("A", square(0, 0), 2021), ("A", square(1000, 0), 2011), ("B", square(2000, 0), 2021),
          ("C", square(3000, 0), 2011)]
ON_THE_ROWS_LEFT_OUT = [("POINT(500 500)", "8N", "2020-04-10"),  # in A (2021)
                        ("POINT(1500 500)", "28E", "2020-04-11"),  # only in the A of 2011, which is not read
                        ("POINT(1000 200)", "29", "2020-04-12"),  # on the edge of both As
                        ("POINT(2500 500)", "29", "2019-04-01"),  # in B
                        ("POINT(3500 500)", "44", "2020-04-30")]  # only in C, which is not read


def _shared_areas(layers, pg_layers, **kwargs):
    return pg_layers.copy(layers.areas(SHARED, extra=["year:integer"]), **kwargs)


def _events(layers, pg_layers):
    return pg_layers.copy(layers.events(ON_THE_ROWS_LEFT_OUT))


def test_a_selected_area_sharing_its_id_with_one_left_out_is_scored_as_on_the_desktop(run, layers, pg_layers,
                                                                                       in_project):
    areas, events = _shared_areas(layers, pg_layers), _events(layers, pg_layers)
    source = in_project(areas)
    areas.selectByExpression("\"year\" = 2021")

    database, _, _, provenance = both(run, {"AREAS": source, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    assert "engine_reason" not in provenance
    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}  # by hand: 1500 500 and C are out
    assert provenance["reconciliation"]["by_status"]["outside"] == 2


def test_a_subset_string_that_leaves_out_a_row_of_the_same_id_is_scored_as_on_the_desktop(run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    areas = pg_layers.open("areas_all", "areas", sql="\"year\" = 2021")
    events = _events(layers, pg_layers)

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}
    assert provenance["shared_boundary_records"] == 0  # the edge record has one area read around it


def _change(run, areas, events):
    from tests.qgis.test_postgis_dated import CHANGE, by_area, by_driver
    from tests.qgis.test_postgis_dated import both as both_dated

    parameters = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
                  "HARM_TABLE": 0, "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
                  "OUTPUT": "TEMPORARY_OUTPUT", "DRIVERS": "TEMPORARY_OUTPUT"}
    results, _, _ = both_dated(run, CHANGE, parameters, {"OUTPUT": by_area, "DRIVERS": by_driver})
    from tests.qgis.test_postgis_scoreharm import features

    rows = features(results["OUTPUT"], by_area)
    return {k: (r["n_current"], r["n_baseline"]) for k, (r, _) in rows.items()}, provenance_of(results["OUTPUT"])


def test_harmchange_on_selected_areas_sharing_an_id_counts_as_on_the_desktop(run, layers, pg_layers, in_project):
    areas, events = _shared_areas(layers, pg_layers), _events(layers, pg_layers)
    source = in_project(areas)
    areas.selectByExpression("\"year\" = 2021")

    counts, provenance = _change(run, source, events)

    assert counts == {"A": (2, 0), "B": (0, 1)}
    assert provenance["reconciliation"]["by_status"]["outside"] == 2


def test_harmchange_with_a_subset_string_leaving_out_a_row_of_the_same_id_counts_as_on_the_desktop(
        run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    areas = pg_layers.open("areas_all", "areas", sql="\"year\" = 2021")

    counts, _ = _change(run, areas, _events(layers, pg_layers))

    assert counts == {"A": (2, 0), "B": (0, 1)}


def _table_from(pg_layers, name, columns, source="areas_all"):
    schema = pg_layers.schema
    pg_layers.sql("CREATE TABLE {0}.{1} AS SELECT {2}, area_id, year, geom FROM {0}.{3}".format(
        schema, name, columns, source))


def test_areas_keyed_by_text_are_named_by_their_key_values(run, layers, pg_layers, in_project):
    _shared_areas(layers, pg_layers, table="areas_all")
    _table_from(pg_layers, "areas_text", "'row-' || fid::text AS row_code")
    pg_layers.sql("ALTER TABLE {0}.areas_text ADD PRIMARY KEY (row_code)".format(pg_layers.schema))
    areas = pg_layers.open("areas_text", "areas", key="row_code")
    source = in_project(areas)
    areas.selectByExpression("\"row_code\" IN ('row-1', 'row-3')")

    database, _, _, provenance = both(run, {"AREAS": source, "AREA_ID": "area_id", "EVENTS": _events(layers, pg_layers),
                                            "CODE_FIELD": "code"})

    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}


def test_areas_of_a_table_without_a_key_sharing_an_id_run_on_the_desktop_and_say_why(run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    _table_from(pg_layers, "areas_no_key", "fid AS n")  # no primary key: QGIS names its rows by ctid
    areas = pg_layers.open("areas_no_key", "areas", key="", sql="\"year\" = 2021")

    results, feedback = run("socharm:scoreharm", {"AREAS": areas, "AREA_ID": "area_id",
                                                  "EVENTS": _events(layers, pg_layers), "CODE_FIELD": "code",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "area_ids_shared_without_key")
    assert any("(area_ids_shared_without_key)" in i for i in feedback.infos), feedback.infos
    assert any("area id(s) A of the areas read are also held by areas of the table that are not read" in i
               for i in feedback.infos), feedback.infos
    assert {k: v[0] for k, v in harm_of(results["OUTPUT"]).items()} == {"A": 2, "B": 1}


def test_areas_of_a_table_without_a_key_and_no_id_shared_run_in_postgis(run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    _table_from(pg_layers, "areas_no_key", "fid AS n")
    areas = pg_layers.open("areas_no_key", "areas", key="", sql="\"area_id\" <> 'C'")  # both As read: refused
    only_b = pg_layers.open("areas_no_key", "areas", key="", sql="\"area_id\" = 'B'")
    with pytest.raises(Exception, match="duplicated id"):
        run("socharm:scoreharm", {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": _events(layers, pg_layers),
                                  "CODE_FIELD": "code", "OUTPUT": "TEMPORARY_OUTPUT"})

    database, _, _, provenance = both(run, {"AREAS": only_b, "AREA_ID": "area_id", "EVENTS": _events(layers, pg_layers),
                                            "CODE_FIELD": "code"})

    assert "engine_reason" not in provenance
    assert {k: v[0] for k, v in harm_of(database).items()} == {"B": 1}


def test_harmchange_on_a_table_without_a_key_sharing_an_id_runs_on_the_desktop_and_says_why(run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    _table_from(pg_layers, "areas_no_key", "fid AS n")
    areas = pg_layers.open("areas_no_key", "areas", key="", sql="\"year\" = 2021")

    results, feedback = run("socharm:harmchange", {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": _events(layers, pg_layers), "CODE_FIELD": "code",
        "DATE_FIELD": "day", "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "area_ids_shared_without_key")
    assert {f["area_id"]: f["n_current"] for f in results["OUTPUT"].getFeatures()} == {"A": 2, "B": 0}


def test_harmtrend_on_selected_areas_sharing_an_id_counts_as_on_the_desktop(run, layers, pg_layers, in_project):
    from tests.qgis.test_postgis_dated import TREND, by_level, by_period
    from tests.qgis.test_postgis_dated import both as both_dated

    areas, events = _shared_areas(layers, pg_layers), _events(layers, pg_layers)
    source = in_project(areas)
    areas.selectByExpression("\"year\" = 2021")

    results, _, _ = both_dated(run, TREND, {"AREAS": source, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code", "DATE_FIELD": "day", "HARM_TABLE": 0, "UNIT": 1,
                                            "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"},
                               {"OUTPUT": by_period, "SUMMARY": by_level})

    series = {(r["area_id"], r["period"]): r["n"] for r in results["OUTPUT"].getFeatures() if r["level"] == "area"}
    assert sum(n for (area_id, _), n in series.items() if area_id == "A") == 2
    assert sum(n for (area_id, _), n in series.items() if area_id == "B") == 1


def test_records_in_the_database_leave_out_the_areas_not_selected_as_the_desktop_does(run, layers, pg_layers,
                                                                                      in_project):
    from tests.qgis.test_postgis_scoreharm import _records_rows

    areas, events = _shared_areas(layers, pg_layers), _events(layers, pg_layers)
    source = in_project(areas)
    areas.selectByExpression("\"year\" = 2021")
    parameters = {"AREAS": source, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                  "OUTPUT": "TEMPORARY_OUTPUT"}

    database, _ = run("socharm:scoreharm", dict(parameters, RECORDS="postgis:" + pg_layers.uri("records_db", key="")))
    run("socharm:scoreharm", dict(parameters, ENGINE=1, RECORDS="postgis:" + pg_layers.uri("records_desktop", key="")))

    assert provenance_of(database["OUTPUT"])["engine"] == "postgis"
    ours = _records_rows(pg_layers.cluster, pg_layers.schema, "records_db")
    assert ours == _records_rows(pg_layers.cluster, pg_layers.schema, "records_desktop")
    assert [row.split("|")[1] for row in ours] == ["A", "", "A", "B", ""]  # by source_fid: 1500 500 and C are out


def test_qgis_process_reads_only_the_area_rows_of_a_subset_string(pg_sample, tmp_path):
    """Two versions of every ward in one table (the 2011 one shifted 300 m east); the layer's
    subset string reads the 2021 ones: through qgis_process, both engines count the records
    of the 2021 wards only, exactly as when the plain wards table is scored."""
    from tests.qgis.test_postgis_scoreharm import ALGORITHM, both_by_qgis_process

    cluster = pg_sample.cluster
    cluster.psql("DROP TABLE IF EXISTS sample.wards_versions")
    cluster.psql("CREATE TABLE sample.wards_versions AS SELECT fid, ward_id, 2021 AS year, geom FROM sample.wards "
                 "UNION ALL SELECT fid + 100000, ward_id, 2011, ST_Translate(geom, 300, 0) FROM sample.wards")
    cluster.psql("ALTER TABLE sample.wards_versions ADD PRIMARY KEY (fid)")
    cluster.psql("CREATE INDEX ON sample.wards_versions USING gist (geom)")
    common = {"AREA_ID": "ward_id", "EVENTS": "postgres://" + pg_sample.uri("offences"), "CODE_FIELD": "ho_code",
              "HARM_TABLE": 0}
    for folder in ("versions", "plain"):
        (tmp_path / folder).mkdir()

    fresh = both_by_qgis_process(pg_sample, tmp_path / "versions", ALGORITHM, dict(
        common, AREAS="postgres://" + pg_sample.uri("wards_versions", sql="\"year\" = 2021")), "ward_id")
    plain = both_by_qgis_process(pg_sample, tmp_path / "plain", ALGORITHM, dict(
        common, AREAS="postgres://" + pg_sample.uri("wards")), "ward_id")

    assert harm_of(fresh, "ward_id") == harm_of(plain, "ward_id")
    assert sum(n for n, _, _ in harm_of(fresh, "ward_id").values()) > 20000


def test_areas_of_a_view_are_named_by_the_key_column_the_layer_was_opened_with(run, layers, pg_layers):
    _shared_areas(layers, pg_layers, table="areas_all")
    schema = pg_layers.schema
    pg_layers.sql("CREATE VIEW {0}.areas_v AS SELECT fid AS area_no, area_id, year, geom FROM {0}.areas_all".format(
        schema))
    areas = pg_layers.open("areas_v", "areas", key="area_no", sql="\"year\" = 2021")

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": _events(layers, pg_layers),
                                            "CODE_FIELD": "code"})

    assert "engine_reason" not in provenance
    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}
