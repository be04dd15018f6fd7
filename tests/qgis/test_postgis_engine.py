"""The database path's engine against the desktop path, on a real PostGIS.

The engine (soc_harm_plugin/qgis_io/postgis/score.py: three SQL queries, counts
back) must give exactly what socharm:scoreharm's desktop path gives on the same
PostGIS layers: the same records and harm per area, the same reconciliation,
the same boundary handling. The desktop path is the reference: its answers
are checked by hand in test_score_harm.py.

Also the test harness itself: a throwaway cluster on loopback only, run as an
unprivileged user, and the sample force loaded whole.
"""
from __future__ import annotations

import datetime as dt
import os
import pwd

import pytest
from qgis.core import QgsCoordinateTransformContext

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table
from soc_harm_plugin.domain.harm.scoring import MISSING_ZERO, Period
from soc_harm_plugin.qgis_io.outputs import provenance_of
from soc_harm_plugin.qgis_io.postgis.expressions import filter_as_sql
from soc_harm_plugin.qgis_io.postgis.layers import areas_spec, events_spec, pg_layer
from soc_harm_plugin.qgis_io.postgis.score import score_in_database
from soc_harm_plugin.qgis_io.postgis.session import PgSession
from soc_harm_plugin.qgis_io.postgis.tables import describe
from soc_harm_plugin.qgis_io.area_layers import read_areas

HO_CODES = load_builtin_table("ons_css_ho_code")


def desktop(run, areas, events, id_field="area_id", code="code", **parameters):
    params = {"AREAS": areas, "AREA_ID": id_field, "EVENTS": events, "CODE_FIELD": code, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    results, _ = run("socharm:scoreharm", params)
    out = results["OUTPUT"]
    rows = {f[id_field]: (f["harm_n"], f["harm_score"], f["harm_rank"]) for f in out.getFeatures()}
    return rows, provenance_of(out)


def in_database(areas, events, id_field="area_id", code="code", date="", period=None, expression="",
                policy=MISSING_ZERO):
    pg_areas, pg_events = pg_layer(areas), pg_layer(events)
    assert pg_areas is not None and pg_events is not None
    rows = read_areas(areas, areas.crs(), QgsCoordinateTransformContext(), "NONE")
    index = areas.fields().lookupField(id_field)
    ids = [r[index] for r in rows.attributes]
    with PgSession(pg_events.conninfo()) as session:
        table = describe(session, pg_events.schema, pg_events.table, pg_events.geometry_column)
        filter_sql = filter_as_sql(expression, table) if expression else None
        ev = events_spec(session, pg_events, code_field=code, date_field=date, filter_sql=filter_sql,
                         target_srid=int(areas.crs().postgisSrid()))
        ar = areas_spec(session, pg_areas, id_field=id_field, rows=rows, ids=ids, restrict=bool(areas.subsetString()))
        run = score_in_database(session, ev, ar, HO_CODES, area_ids=ids, area_m2=rows.area_m2, missing_policy=policy,
                                period=period)
    result = run.result
    scored = {ids[k]: (int(result.score_columns["harm_n"][k]), float(result.score_columns["harm_score"][k]),
                       int(result.score_columns["harm_rank"][k])) for k in range(len(ids))}
    return scored, result


def assert_same(desktop_rows, desktop_provenance, database_rows, database_result):
    assert set(database_rows) == set(desktop_rows)
    for key, (n, harm, rank) in desktop_rows.items():
        got = database_rows[key]
        assert got[0] == n, key
        assert got[1] == pytest.approx(harm, rel=1e-9, abs=1e-9), key
        assert got[2] == rank, key
    assert database_result.reconciliation == desktop_provenance["reconciliation"]
    assert database_result.shared_boundary_points == desktop_provenance["shared_boundary_records"]
    assert database_result.missing_codes == desktop_provenance["missing_weight"]["codes"]


# --------------------------------------------------------------------------- the harness


def test_the_throwaway_cluster_listens_on_loopback_only_as_an_unprivileged_user(postgis):
    assert postgis.psql("SHOW listen_addresses").strip() == "127.0.0.1"
    assert postgis.psql("SHOW unix_socket_directories").strip() == ""
    owner = pwd.getpwuid(os.stat(postgis.data).st_uid).pw_name
    assert owner == ("nobody" if os.getuid() == 0 else pwd.getpwuid(os.getuid()).pw_name)
    assert postgis.psql("SELECT extname FROM pg_extension WHERE extname = 'postgis'").strip() == "postgis"


def test_the_sample_force_is_loaded_whole_with_keys_and_spatial_indexes(pg_sample):
    for table in ("offences", "wards", "sectors", "nominals"):
        in_file = pg_sample.gpkg_layer(table).featureCount()
        assert int(pg_sample.cluster.psql("SELECT count(*) FROM sample.{0}".format(table))) == in_file > 0
        assert "gist" in pg_sample.cluster.psql(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'sample' AND tablename = '{0}'".format(table))
    srids = pg_sample.cluster.psql("SELECT DISTINCT ST_SRID(geom) FROM sample.offences WHERE geom IS NOT NULL")
    assert srids.strip() == "27700"


# --------------------------------------------------------------------------- the sample force


@pytest.mark.parametrize("areas, id_field", [("wards", "ward_id"), ("sectors", "sector_id")])
def test_the_sample_forces_areas_score_the_same_in_the_database_and_on_the_desktop(run, pg_sample, areas, id_field):
    area_layer, events = pg_sample.layer(areas), pg_sample.layer("offences")
    period = {"DATE_FIELD": "offence_date", "START": "2024-01-01", "END": "2024-12-31"}

    reference, provenance = desktop(run, area_layer, events, id_field, "ho_code", HARM_TABLE=0, **period)
    rows, result = in_database(area_layer, events, id_field, "ho_code", "offence_date",
                               Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))

    assert provenance["reconciliation"]["by_status"]["assigned"] > 20000
    assert provenance["shared_boundary_records"] > 0  # the sample snaps some offences onto ward boundaries
    assert_same(reference, provenance, rows, result)


def test_a_filter_the_database_can_read_gives_the_desktops_counts(run, pg_sample):
    area_layer, events = pg_sample.layer("sectors"), pg_sample.layer("offences")
    expression = "\"soc_theme\" = 'drugs' OR \"ho_code\" IN ('28E', '8N')"

    reference, provenance = desktop(run, area_layer, events, "sector_id", "ho_code", FILTER=expression)
    rows, result = in_database(area_layer, events, "sector_id", "ho_code", expression=expression)

    assert 0 < provenance["reconciliation"]["by_status"]["filtered"] < provenance["reconciliation"]["records_in"]
    assert_same(reference, provenance, rows, result)


def test_subset_strings_on_both_layers_are_honoured(run, pg_sample):
    area_layer = pg_sample.layer("wards", sql="\"sector_id\" IN ('S01', 'S02', 'S03')")
    events = pg_sample.layer("offences", sql="\"offence_date\" >= '2024-06-01'")
    assert 0 < area_layer.featureCount() < pg_sample.layer("wards").featureCount()

    reference, provenance = desktop(run, area_layer, events, "ward_id", "ho_code")
    rows, result = in_database(area_layer, events, "ward_id", "ho_code")

    assert provenance["reconciliation"]["records_in"] == events.featureCount() < 60000
    assert_same(reference, provenance, rows, result)


# --------------------------------------------------------------------------- boundaries and bad areas


def _both(run, pg_layers, areas, events):
    pg_areas, pg_events = pg_layers.copy(areas), pg_layers.copy(events)
    reference, provenance = desktop(run, pg_areas, pg_events)
    rows, result = in_database(pg_areas, pg_events)
    assert_same(reference, provenance, rows, result)
    return rows, result


def test_a_record_on_a_shared_edge_counts_once_in_the_area_whose_id_sorts_first(run, layers, pg_layers):
    areas = layers.areas([("WARD-2", layers.square(0, 0)), ("WARD-1", layers.square(1000, 0))])
    events = layers.events([("POINT(1000 500)", "28E", None), ("POINT(500 500)", "8N", None)])

    rows, result = _both(run, pg_layers, areas, events)

    assert rows["WARD-1"][0] == 1 and rows["WARD-2"][0] == 1 and result.shared_boundary_points == 1


def test_numeric_ids_sort_as_numbers_in_the_database_too(run, layers, pg_layers):
    areas = layers.areas([(10, layers.square(0, 0)), (9, layers.square(1000, 0))], id_type="integer")
    events = layers.events([("POINT(1000 500)", "28E", None)])

    rows, _ = _both(run, pg_layers, areas, events)

    assert rows[9][0] == 1 and rows[10][0] == 0  # as text, "10" would sort first


def test_a_record_on_a_vertex_shared_by_four_areas_counts_once(run, layers, pg_layers):
    areas = layers.areas([("SW", layers.square(0, 0)), ("SE", layers.square(1000, 0)), ("NW", layers.square(0, 1000)),
                          ("NE", layers.square(1000, 1000))])
    events = layers.events([("POINT(1000 1000)", "29", None), ("POINT(0 0)", "8N", None),
                            ("POINT(1000 0)", "44", None)])

    rows, result = _both(run, pg_layers, areas, events)

    assert {k: v[0] for k, v in rows.items()} == {"SW": 1, "SE": 1, "NW": 0, "NE": 1}
    assert result.shared_boundary_points == 2


def test_text_ids_sort_by_code_point_as_python_sorts_them(run, layers, pg_layers):
    """'b' < 'Z' in many collations; by code point 'Z' (90) sorts before 'b' (98)."""
    areas = layers.areas([("b", layers.square(0, 0)), ("Z", layers.square(1000, 0))])
    events = layers.events([("POINT(1000 500)", "28E", None)])

    rows, _ = _both(run, pg_layers, areas, events)

    assert rows["Z"][0] == 1 and rows["b"][0] == 0


def test_overlapping_areas_count_each_record_once(run, layers, pg_layers):
    areas = layers.areas([("B", layers.square(0, 0, 2000)), ("A", layers.square(0, 0, 1000))])
    events = layers.events([("POINT(500 500)", "28E", None), ("POINT(250 750)", "44", None),
                            ("POINT(1500 1500)", "8N", None)])

    rows, result = _both(run, pg_layers, areas, events)

    assert rows["A"][0] == 2 and rows["B"][0] == 1 and result.shared_boundary_points == 2


def test_an_invalid_bow_tie_is_tested_as_the_desktop_repaired_it(run, layers, pg_layers):
    areas = layers.areas([("B", layers.square(1000, 0)), ("A", "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))")])
    events = layers.events([("POINT(200 500)", "28E", None), ("POINT(800 500)", "8N", None),
                            ("POINT(500 200)", "29", None), ("POINT(1500 500)", "44", None)])

    rows, result = _both(run, pg_layers, areas, events)

    assert rows["A"][0] == 2 and result.reconciliation["by_status"]["outside"] == 1


def test_areas_without_geometry_hold_nothing(run, layers, pg_layers):
    areas = layers.areas([("A", layers.square(0, 0)), ("B", None)])
    events = layers.events([("POINT(500 500)", "28E", None), ("POINT(1500 500)", "8N", None), (None, "8N", None)])

    rows, result = _both(run, pg_layers, areas, events)

    assert result.reconciliation["by_status"]["no_geometry"] == 1


def test_records_in_another_srid_are_transformed_in_sql(run, layers, pg_layers):
    areas = layers.areas([("A", layers.square(530000, 180000, 2000)), ("B", layers.square(532000, 180000, 2000))])
    events = layers.events([("POINT(-0.1180 51.5040)", "28E", None), ("POINT(-0.0900 51.5050)", "8N", None),
                            ("POINT(-0.0500 51.5000)", "29", None)], crs="EPSG:4326")

    rows, result = _both(run, pg_layers, areas, events)

    assert sum(v[0] for v in rows.values()) >= 1
