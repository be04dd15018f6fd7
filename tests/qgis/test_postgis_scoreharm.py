"""socharm:scoreharm chooses its engine: PostGIS when AREAS and EVENTS are
PostGIS layers of one database, the desktop otherwise (and says why).

Each comparison runs the algorithm twice on the same PostGIS layers: ENGINE
automatic (the PostGIS path) and ENGINE desktop (every record read into
QGIS, the path test_score_harm.py checks by hand), and compares every field
of every output feature and the provenance, key by key.
"""
from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.conftest import Recorder

ALGORITHM = "socharm:scoreharm"
DESKTOP = 1
ENGINE_KEYS = ("engine", "engine_reason", "parameters")


def features(layer, key):
    """{key: (fields, geometry as WKT)}; ``key``: a field name, or a function of the fields."""
    rows = {}
    for f in layer.getFeatures():
        fields = {name: f[name] for name in layer.fields().names()}
        k = key(fields) if callable(key) else f[key]
        assert k not in rows, k
        rows[k] = (fields, f.geometry().asWkt(3) if f.hasGeometry() else None)
    return rows


def assert_same_outputs(first, second, id_field, ignore=()):
    a, b = features(first, id_field), features(second, id_field)
    assert set(a) == set(b) and a
    for key in a:
        (fields_a, geometry_a), (fields_b, geometry_b) = a[key], b[key]
        assert set(fields_a) == set(fields_b)
        for name, value in fields_a.items():
            other = fields_b[name]
            if isinstance(value, float):
                assert other == pytest.approx(value, rel=1e-9, abs=1e-9), (key, name)
            else:
                assert other == value, (key, name)
        assert geometry_a == geometry_b, key
    pa, pb = provenance_of(first), provenance_of(second)
    skip = ENGINE_KEYS + tuple(ignore)
    assert {k: v for k, v in pa.items() if k not in skip} == approx_tree({k: v for k, v in pb.items() if k not in skip})


def approx_tree(value):
    """The value with every float in it (in dicts and lists) compared to 1e-9: sums in another order."""
    if isinstance(value, dict):
        return {k: approx_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [approx_tree(v) for v in value]
    if isinstance(value, float):
        return pytest.approx(value, rel=1e-9, abs=1e-9, nan_ok=True)
    return value


def both(run, parameters, id_field="area_id"):
    """(database output, desktop output, database feedback, database provenance); asserts they are the same."""
    base = {"OUTPUT": "TEMPORARY_OUTPUT", **parameters}
    auto, auto_feedback = run(ALGORITHM, dict(base))
    desktop, desktop_feedback = run(ALGORITHM, dict(base, ENGINE=DESKTOP))
    provenance = provenance_of(auto["OUTPUT"])
    assert provenance["engine"] == "postgis", auto_feedback.infos
    assert provenance_of(desktop["OUTPUT"])["engine"] == "desktop"
    assert provenance_of(desktop["OUTPUT"])["engine_reason"] == "desktop_chosen"
    assert auto["RECORDS_IN"] == desktop["RECORDS_IN"] and auto["ASSIGNED"] == desktop["ASSIGNED"]
    assert auto["TOTAL_HARM"] == pytest.approx(desktop["TOTAL_HARM"], rel=1e-9, abs=1e-9)
    assert_same_outputs(auto["OUTPUT"], desktop["OUTPUT"], id_field)
    return auto["OUTPUT"], desktop["OUTPUT"], auto_feedback, provenance


def harm_of(layer, id_field="area_id"):
    return {f[id_field]: (f["harm_n"], f["harm_score"], f["harm_rank"]) for f in layer.getFeatures()}


# --------------------------------------------------------------------------- the choice


def test_the_sample_force_scores_in_postgis_exactly_as_on_the_desktop(run, pg_sample):
    parameters = {"AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id", "EVENTS": pg_sample.layer("offences"),
                  "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date", "START": "2024-01-01", "END": "2024-12-31"}

    database, _, feedback, provenance = both(run, parameters, "ward_id")

    assert any(i.startswith("Engine: PostGIS") for i in feedback.infos)
    assert "engine_reason" not in provenance
    by_status = provenance["reconciliation"]["by_status"]
    assert by_status["assigned"] > 20000 and by_status["out_of_period"] > 0
    assert provenance["shared_boundary_records"] > 0


def test_a_translatable_filter_and_subset_strings_run_in_postgis(run, pg_sample):
    parameters = {"AREAS": pg_sample.layer("sectors", sql="\"sector_id\" <> 'S01'"), "AREA_ID": "sector_id",
                  "EVENTS": pg_sample.layer("offences", sql="\"offence_date\" >= '2024-06-01'"),
                  "CODE_FIELD": "ho_code", "FILTER": "\"soc_theme\" = 'drugs' OR \"ho_code\" IN ('28E', '8N')"}

    _, _, _, provenance = both(run, parameters, "sector_id")

    rec = provenance["reconciliation"]
    assert 0 < rec["by_status"]["filtered"] < rec["records_in"] < pg_sample.layer("offences").featureCount()


def test_a_filter_sql_cannot_read_runs_on_the_desktop_and_says_why(run, pg_sample):
    parameters = {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id", "EVENTS": pg_sample.layer("offences"),
                  "CODE_FIELD": "ho_code", "FILTER": "upper(\"soc_theme\") = 'DRUGS'", "OUTPUT": "TEMPORARY_OUTPUT"}

    results, feedback = run(ALGORITHM, parameters)

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "filter_not_translatable")
    assert any("Engine: desktop" in i and "(filter_not_translatable)" in i for i in feedback.infos)


def test_a_selection_of_events_runs_in_postgis_as_on_the_desktop(run, pg_sample):
    events = pg_sample.layer("offences")
    QgsProject.instance().addMapLayer(events)
    try:
        events.selectByExpression("\"ho_code\" = '8N'")
        parameters = {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id", "CODE_FIELD": "ho_code",
                      "EVENTS": QgsProcessingFeatureSourceDefinition(events.id(), True)}
        selected = events.selectedFeatureCount()
        _, _, _, provenance = both(run, parameters, "sector_id")
    finally:
        QgsProject.instance().removeMapLayer(events.id())
    assert "engine_reason" not in provenance
    assert provenance["reconciliation"]["records_in"] == selected > 0


def _other_database(cluster):
    if not cluster.psql("SELECT 1 FROM pg_database WHERE datname = 'other_db'", database="postgres").strip():
        cluster.psql("CREATE DATABASE other_db", database="postgres")
        cluster.psql("CREATE EXTENSION postgis", database="other_db")


def test_layers_of_different_databases_run_on_the_desktop(run, layers, pg_sample):
    cluster = pg_sample.cluster
    _other_database(cluster)
    uri = cluster.qgis_uri("other_events", schema="public").replace("dbname='socharm'", "dbname='other_db'")
    from qgis.core import QgsVectorLayerExporter

    memory = layers.events([("POINT(531000 181000)", "8N", None)])
    error, message = QgsVectorLayerExporter.exportLayer(memory, uri, "postgres", memory.crs(), False,
                                                        {"overwrite": True})
    assert int(getattr(error, "value", error)) == 0, message
    events = QgsVectorLayer(uri, "other_events", "postgres")
    assert events.isValid()

    results, feedback = run(ALGORITHM, {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id",
                                        "EVENTS": events, "CODE_FIELD": "code", "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "different_databases")
    assert any("(different_databases)" in i for i in feedback.infos)


def test_file_layers_run_on_the_desktop_with_no_reason(run, layers):
    areas = layers.areas([("A", layers.square(0, 0))])
    events = layers.events([("POINT(500 500)", "8N", None)])

    results, feedback = run(ALGORITHM, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                        "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert provenance["engine"] == "desktop" and "engine_reason" not in provenance
    assert not any(i.startswith("Engine:") for i in feedback.infos)


def test_postgis_areas_with_file_events_say_why_the_desktop_ran(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0))]))
    events = layers.events([("POINT(500 500)", "8N", None)])

    results, _ = run(ALGORITHM, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                 "OUTPUT": "TEMPORARY_OUTPUT"})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "one_layer_not_postgis")
    assert harm_of(results["OUTPUT"])["A"][0] == 1


def test_the_records_output_runs_on_the_desktop_and_says_why(run, pg_sample, tmp_path):
    results, _ = run(ALGORITHM, {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id",
                                 "EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code",
                                 "OUTPUT": "TEMPORARY_OUTPUT", "RECORDS": str(tmp_path / "records.gpkg")})

    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "records_output")


# --------------------------------------------------------------------------- boundaries, as the desktop tests


def test_a_record_on_a_shared_edge_counts_once_in_both_engines(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("WARD-2", layers.square(0, 0)), ("WARD-1", layers.square(1000, 0))]))
    events = pg_layers.copy(layers.events([("POINT(1000 500)", "28E", None), ("POINT(500 500)", "8N", None)]))

    database, _, feedback, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                                   "CODE_FIELD": "code"})

    assert not feedback.warnings_with("no spatial index")
    assert {k: v[0] for k, v in harm_of(database).items()} == {"WARD-1": 1, "WARD-2": 1}
    assert provenance["shared_boundary_records"] == 1


def test_a_record_on_a_vertex_shared_by_four_areas_counts_once_in_both_engines(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("SW", layers.square(0, 0)), ("SE", layers.square(1000, 0)),
                                         ("NW", layers.square(0, 1000)), ("NE", layers.square(1000, 1000))]))
    events = pg_layers.copy(layers.events([("POINT(1000 1000)", "29", None), ("POINT(0 0)", "8N", None),
                                           ("POINT(1000 0)", "44", None), ("POINT(5000 5000)", "8N", None),
                                           (None, "8N", None), ("POINT(500 500)", None, None)]))

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    assert {k: v[0] for k, v in harm_of(database).items()} == {"SW": 2, "SE": 1, "NW": 0, "NE": 1}
    assert provenance["shared_boundary_records"] == 2
    by_status = provenance["reconciliation"]["by_status"]
    assert (by_status["outside"], by_status["no_geometry"]) == (1, 1)
    assert provenance["missing_weight"]["codes"] == {"": 1}


def test_codes_match_with_the_desktops_normalisation(run, layers, pg_layers):
    """Full-width, case, spaces and a zero-width space: one code, as on the desktop."""
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0))]))
    events = pg_layers.copy(layers.events([("POINT(100 100)", "８Ｎ", None), ("POINT(200 200)", " 8n ", None),
                                           ("POINT(300 300)", "8N\u200b", None), ("POINT(400 400)", "ZZ9", None)]))

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    n, harm, _ = harm_of(database)["A"]
    assert n == 4 and provenance["missing_weight"]["codes"] == {"ZZ9": 1}
    from soc_harm_plugin.domain.harm.harm_table import load_builtin_table

    assert harm == pytest.approx(3 * load_builtin_table("ons_css_ho_code").weights["8n"], rel=1e-12)


def test_a_period_and_a_population_give_the_same_rates(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0), 1200), ("B", layers.square(1000, 0), 0)],
                                        extra=["pop:integer"]))
    events = pg_layers.copy(layers.events([("POINT(100 100)", "8N", "2024-01-05"),
                                           ("POINT(1100 100)", "28E", "2024-03-01"),
                                           ("POINT(200 100)", "29", "2023-12-31"),
                                           ("POINT(300 100)", "29", "15/02/2024"),
                                           ("POINT(400 100)", "29", "not a date"), ("POINT(500 100)", "29", None)]))

    _, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
                                     "POPULATION_FIELD": "pop", "DATE_FIELD": "day",
                                     "START": dt.date(2024, 1, 1).isoformat(), "END": "2024-12-31"})

    by_status = provenance["reconciliation"]["by_status"]
    assert (by_status["assigned"], by_status["out_of_period"], by_status["invalid"]) == (3, 2, 1)


# --------------------------------------------------------------------------- bad input


def test_a_connection_that_fails_is_a_clear_error(run, pg_sample, monkeypatch, tmp_path):
    from soc_harm_plugin.qgis_io.postgis.layers import PgLayer
    from tools.postgis_cluster import free_port

    areas, events = pg_sample.layer("sectors"), pg_sample.layer("offences")  # valid layers, then the server is "gone"
    dead = "host=127.0.0.1 port={0} dbname=socharm user=socharm connect_timeout=2".format(free_port())
    monkeypatch.setattr(PgLayer, "conninfo", lambda self: dead)
    output = tmp_path / "scored.gpkg"

    with pytest.raises(QgsProcessingException, match="connection to the database failed or was lost"):
        run(ALGORITHM, {"AREAS": areas, "AREA_ID": "sector_id", "EVENTS": events, "CODE_FIELD": "ho_code",
                        "OUTPUT": str(output)})
    assert not output.exists()


def test_a_connection_lost_mid_run_stops_and_writes_nothing(run, pg_sample, tmp_path):
    class Killer(Recorder):
        def pushInfo(self, text):  # noqa: N802
            super().pushInfo(text)
            if text.startswith("Weighting and assigning"):
                pg_sample.cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE application_name = 'SOC Harm'")

    output = tmp_path / "scored.gpkg"
    with pytest.raises(QgsProcessingException, match="lost"):
        run(ALGORITHM, {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id",
                        "EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code", "OUTPUT": str(output)},
            Killer())
    assert not output.exists()


def test_a_table_without_a_spatial_index_is_warned_about_and_still_correct(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]))
    events = pg_layers.copy(layers.events([("POINT(1000 500)", "28E", None), ("POINT(500 500)", "8N", None)]),
                            spatial_index=False)

    database, _, feedback, _ = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                          "CODE_FIELD": "code"})

    assert feedback.warnings_with("no spatial index")
    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 0}


def test_events_in_another_srid_are_transformed_in_sql(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(530000, 180000, 2000)),
                                         ("B", layers.square(532000, 180000, 2000))]))
    events = pg_layers.copy(layers.events([("POINT(-0.1180 51.5040)", "28E", None),
                                           ("POINT(-0.0900 51.5050)", "8N", None),
                                           ("POINT(-0.0500 51.5000)", "29", None)], crs="EPSG:4326"))

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    assert sum(v[0] for v in harm_of(database).values()) == provenance["reconciliation"]["by_status"]["assigned"] >= 1


# --------------------------------------------------------------------------- where the user meets it


def both_by_qgis_process(pg_sample, tmp_path, algorithm, parameters, key):
    """The algorithm run through qgis_process on both engines, each output written to a
    GeoPackage and reopened; asserts the PostGIS path ran, no password was kept, and both
    outputs are the same. The reopened PostGIS-path output."""
    from tools.qgis_cli import QgisProcess

    outputs = {}
    for engine in (0, DESKTOP):
        output = tmp_path / "out_{0}.gpkg".format(engine)
        result = QgisProcess(tmp_path / "qp").run(algorithm, dict(parameters, ENGINE=engine, OUTPUT=str(output)))
        assert result["_returncode"] == 0, result["_stderr"]
        outputs[engine] = QgsVectorLayer(str(output), "fresh", "ogr")
    fresh = outputs[0]
    provenance = provenance_of(fresh)
    assert provenance["engine"] == "postgis" and "engine_reason" not in provenance
    assert pg_sample.cluster.password not in fresh.metadata().history()[0]
    assert "password" not in str(provenance["parameters"])
    assert_same_outputs(fresh, outputs[DESKTOP], key)
    return fresh


def test_qgis_process_scores_postgis_layers_in_the_database_and_the_output_reopens_styled(pg_sample, tmp_path):
    from qgis.core import QgsGraduatedSymbolRenderer

    fresh = both_by_qgis_process(pg_sample, tmp_path, ALGORITHM, {
        "AREAS": "postgres://" + pg_sample.uri("wards"), "AREA_ID": "ward_id",
        "EVENTS": "postgres://" + pg_sample.uri("offences"), "CODE_FIELD": "ho_code", "HARM_TABLE": 0,
        "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0,
        "DATE_FIELD": "offence_date", "START": "2024-01-01", "END": "2024-12-31"}, "ward_id")

    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)


# --------------------------------------------------------------------------- the harm table travels as data


def _limited_user(pg_layers, role):
    """A login that may read the test's schema but not create temporary tables."""
    cluster = pg_layers.cluster
    cluster.psql("CREATE ROLE {0} LOGIN PASSWORD 'limited-pw'".format(role))
    cluster.psql("REVOKE TEMPORARY ON DATABASE socharm FROM PUBLIC")
    cluster.psql("GRANT USAGE ON SCHEMA {0} TO {1}".format(pg_layers.schema, role))
    cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA {0} TO {1}".format(pg_layers.schema, role))


def _drop_limited_user(pg_layers, role):
    cluster = pg_layers.cluster
    cluster.psql("GRANT TEMPORARY ON DATABASE socharm TO PUBLIC")
    cluster.psql("DROP OWNED BY {0}".format(role))
    cluster.psql("DROP ROLE {0}".format(role))


def test_the_harm_table_goes_as_a_temporary_table_or_as_values_when_the_user_may_not_make_one(
        run, layers, pg_layers):
    sq = layers.square
    areas_file = layers.areas([("A", sq(0, 0)), ("B", sq(1000, 0))])
    events_file = layers.events([("POINT(100 100)", "8N", None), ("POINT(1100 100)", "28E", None),
                                 ("POINT(1000 500)", "８ｎ", None), ("POINT(200 100)", "NOPE", None)])
    areas, events = pg_layers.copy(areas_file), pg_layers.copy(events_file)
    parameters = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code"}
    database, _, feedback, _ = both(run, parameters)
    assert [i for i in feedback.infos if "temporary table of 4 codes" in i]

    role = "limited_" + pg_layers.schema
    _limited_user(pg_layers, role)
    try:
        def as_limited(layer):
            uri = layer.source().replace("user='socharm'", "user='{0}'".format(role))
            uri = uri.replace("password='{0}'".format(pg_layers.cluster.password), "password='limited-pw'")
            opened = QgsVectorLayer(uri, layer.name(), "postgres")
            assert opened.isValid() and opened.featureCount() == layer.featureCount()
            return opened

        limited = {"AREAS": as_limited(areas), "AREA_ID": "area_id", "EVENTS": as_limited(events), "CODE_FIELD": "code"}
        by_values, _, values_feedback, _ = both(run, limited)
    finally:
        _drop_limited_user(pg_layers, role)
    assert [i for i in values_feedback.infos if "list of 4 values" in i and "may not create temporary tables" in i]
    assert harm_of(by_values) == harm_of(database)


def test_codes_that_look_like_sql_are_only_data(run, layers, pg_layers):
    evil = "8N'); DROP TABLE events; --"
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0))]))
    events = pg_layers.copy(layers.events([("POINT(100 100)", evil, None), ("POINT(200 200)", "8N", None)]))

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code", "FILTER": "\"code\" <> 'x''); DROP TABLE areas; --'"})

    assert harm_of(database)["A"][0] == 2 and list(provenance["missing_weight"]["codes"]) == [evil]
    assert pg_layers.sql("SELECT count(*) FROM {0}.events".format(pg_layers.schema)).strip() == "2"


def test_null_geometries_and_null_codes_are_counted_as_on_the_desktop(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]))
    events = pg_layers.copy(layers.events([(None, "8N", None), (None, None, None), ("POINT(100 100)", None, None),
                                           ("POINT(1000 100)", None, None), ("POINT(1100 100)", "28E", None)]))

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    by_status = provenance["reconciliation"]["by_status"]
    assert (by_status["assigned"], by_status["no_geometry"]) == (3, 2)
    assert provenance["missing_weight"]["codes"] == {"": 3}
    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}


def test_layers_from_views_without_a_primary_key_run_in_postgis(run, layers, pg_layers):
    pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]), table="areas_t")
    pg_layers.copy(layers.events([("POINT(1000 500)", "28E", None), ("POINT(500 500)", "8N", None),
                                  ("POINT(1500 500)", "29", None)]), table="events_t")
    schema = pg_layers.schema
    pg_layers.sql("CREATE VIEW {0}.areas_v AS SELECT fid AS area_no, area_id, geom FROM {0}.areas_t".format(schema))
    pg_layers.sql("CREATE VIEW {0}.events_v AS SELECT fid AS record_no, code, geom FROM {0}.events_t".format(schema))
    assert pg_layers.sql("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                         "WHERE c.relname = 'events_v'").strip() == "0"  # a view has no key of its own
    areas = pg_layers.open("areas_v", "areas", key="area_no")  # QGIS opens a view only with a key column chosen
    events = pg_layers.open("events_v", "events", key="record_no")

    database, _, _, provenance = both(run, {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events,
                                            "CODE_FIELD": "code"})

    assert {k: v[0] for k, v in harm_of(database).items()} == {"A": 2, "B": 1}
    assert provenance["shared_boundary_records"] == 1


# ------------------------------------------------------------------ records in the database, and the drill-down


def _statements_logged(cluster, action):
    """The SQL statements the server received while ``action`` ran."""
    log = cluster.folder / "server.log"
    start = log.stat().st_size
    action()
    with open(log, encoding="utf-8", errors="replace") as handle:
        handle.seek(start)
        return [line.split("statement: ", 1)[1] for line in handle.read().splitlines() if "statement: " in line]


def test_records_in_postgis_keep_no_password_and_the_drill_down_reads_one_area_in_the_database(run, pg_sample):
    from soc_harm_plugin.gui import panel_logic
    from soc_harm_plugin.gui.records_model import RecordsModel

    cluster = pg_sample.cluster
    cluster.psql("DROP TABLE IF EXISTS sample.records_drill")
    results, feedback = run(ALGORITHM, {
        "AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id", "EVENTS": pg_sample.layer("offences"),
        "CODE_FIELD": "ho_code", "OUTPUT": "TEMPORARY_OUTPUT",
        "RECORDS": "postgis:" + pg_sample.uri("records_drill", key="")})
    provenance = provenance_of(results["OUTPUT"])
    assert provenance["engine"] == "postgis"  # the records table is made in the database
    assert cluster.password not in provenance["records"] and "records_drill" in provenance["records"]
    assert not [line for line in feedback.infos if line.startswith("Provenance:") and cluster.password in line]
    in_table = int(cluster.psql("SELECT count(*) FROM sample.records_drill"))
    assert in_table == provenance["reconciliation"]["records_in"]
    ward = cluster.psql("SELECT area_id FROM sample.records_drill WHERE area_id IS NOT NULL "
                        "GROUP BY area_id ORDER BY count(*), area_id LIMIT 1").strip()
    expected = int(cluster.psql("SELECT count(*) FROM sample.records_drill WHERE area_id = '{0}'".format(ward)))
    # the panel reads as a user whose every statement the server logs (set for the role: from its first statement)
    cluster.psql("DROP ROLE IF EXISTS drill_reader")
    cluster.psql("CREATE ROLE drill_reader LOGIN PASSWORD 'drill-pw'")
    cluster.psql("ALTER ROLE drill_reader SET log_statement = 'all'")
    cluster.psql("GRANT USAGE ON SCHEMA sample TO drill_reader")
    cluster.psql("GRANT SELECT ON sample.records_drill TO drill_reader")
    uri = pg_sample.uri("records_drill", key="id").replace("user='socharm'", "user='drill_reader'").replace(
        "password='{0}'".format(cluster.password), "password='drill-pw'")
    model = RecordsModel()
    records = QgsVectorLayer(uri, "records", "postgres")
    try:
        assert records.isValid()
        statements = _statements_logged(cluster, lambda: model.load(records, panel_logic.records_filter([ward])))
    finally:
        records = None  # its connection closed before the role goes
        cluster.psql("DROP OWNED BY drill_reader")
        cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'drill_reader'")
        cluster.psql("DROP ROLE drill_reader")

    assert 0 < model.rowCount() == expected < in_table / 20
    assert set(model.column("area_id")) == {ward}
    reads = [s for s in statements if "records_drill" in s and "SELECT" in s.upper() and "pg_" not in s]
    assert reads, statements
    assert all("area_id" in s and "'{0}'".format(ward) in s for s in reads), reads  # the filter went to the server


RECORD_COLUMNS = ("source_fid", "area_id", "weight", "table_code", "code", "measure", "date", "source_layer",
                  "status", "ST_AsText(geom)")


def records_made_in_the_database(run, algorithm, parameters, uri, key):
    """Runs the algorithm with RECORDS to a table of the layers' database on both engines (tables
    records_db and records_desktop; ``uri(table, key="")`` names them), and asserts that the PostGIS
    path made its table there and that both outputs are the same. (the PostGIS run's results, provenance)."""
    database, feedback = run(algorithm, dict(parameters, RECORDS="postgis:" + uri("records_db", key="")))
    desktop, _ = run(algorithm, dict(parameters, ENGINE=DESKTOP, RECORDS="postgis:" + uri("records_desktop", key="")))
    provenance = provenance_of(database["OUTPUT"])
    assert provenance["engine"] == "postgis" and "engine_reason" not in provenance
    assert [i for i in feedback.infos if "records_db" in i and "none left it" in i]
    assert_same_outputs(database["OUTPUT"], desktop["OUTPUT"], key, ignore=("records",))  # two tables
    return database, provenance


def _records_rows(cluster, schema, table):
    return cluster.psql("SELECT {0} FROM {1}.{2} ORDER BY source_fid".format(
        ", ".join(RECORD_COLUMNS), schema, table)).splitlines()


def test_records_to_the_same_database_are_written_there_exactly_as_the_desktop_writes_them(run, pg_sample):
    cluster = pg_sample.cluster
    for table in ("records_db", "records_desktop"):
        cluster.psql("DROP TABLE IF EXISTS sample.{0}".format(table))
    parameters = {"AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id", "EVENTS": pg_sample.layer("offences"),
                  "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date", "START": "2024-01-01", "END": "2024-06-30",
                  "FILTER": "\"ho_code\" <> '8N'", "OUTPUT": "TEMPORARY_OUTPUT"}

    database, provenance = records_made_in_the_database(run, ALGORITHM, parameters, pg_sample.uri, "ward_id")
    ours, theirs = _records_rows(cluster, "sample", "records_db"), _records_rows(cluster, "sample", "records_desktop")
    assert len(ours) == provenance["reconciliation"]["records_in"] == len(theirs)
    statuses = {row.split("|")[8] for row in ours}
    assert {"assigned", "filtered", "out_of_period", "no_geometry"} <= statuses
    assert ours == theirs
    records = QgsVectorLayer(database["RECORDS"][len("postgis:"):], "records", "postgres")
    assert records.isValid() and records.featureCount() == len(ours)


def test_records_to_another_database_run_on_the_desktop(run, pg_sample):
    _other_database(pg_sample.cluster)
    other = pg_sample.cluster.qgis_uri("records_elsewhere", key="").replace("dbname='socharm'", "dbname='other_db'")
    results, _ = run(ALGORITHM, {"AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id",
                                 "EVENTS": pg_sample.layer("offences"), "CODE_FIELD": "ho_code",
                                 "OUTPUT": "TEMPORARY_OUTPUT", "RECORDS": "postgis:" + other})
    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "records_output")
