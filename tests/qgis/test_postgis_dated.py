"""socharm:harmchange and socharm:harmtrend count PostGIS records in the database.

Each comparison runs the algorithm twice on the same PostGIS layers: ENGINE
automatic (the PostGIS path: counts per area, code and date come back) and
ENGINE desktop (every record read into QGIS, the path test_harm_change.py
and test_harm_trend.py check by hand), and compares every field of every
output row and the provenance, key by key.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.test_postgis_scoreharm import DESKTOP, assert_same_outputs, both_by_qgis_process, features

CHANGE, TREND = "socharm:harmchange", "socharm:harmtrend"


def both(run, algorithm, parameters, outputs):
    """Runs the algorithm on both engines; asserts every named output is the same row for
    row ({output: key of a row}). (database results, database feedback, desktop feedback)."""
    auto, auto_feedback = run(algorithm, dict(parameters))
    desktop, desktop_feedback = run(algorithm, dict(parameters, ENGINE=DESKTOP))
    first = next(iter(outputs))
    assert provenance_of(auto[first])["engine"] == "postgis", auto_feedback.infos
    assert (provenance_of(desktop[first])["engine"], provenance_of(desktop[first])["engine_reason"]) == (
        "desktop", "desktop_chosen")
    for name, key in outputs.items():
        assert_same_outputs(auto[name], desktop[name], key)
    for name, value in auto.items():
        if isinstance(value, float):
            assert desktop[name] == pytest.approx(value, rel=1e-9, abs=1e-9), name
        elif not isinstance(value, QgsVectorLayer) and name not in outputs:
            assert value == desktop[name], name
    assert [w for w in auto_feedback.warnings] == [w for w in desktop_feedback.warnings]
    return auto, auto_feedback, desktop_feedback


def w(code: str) -> float:
    from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code

    return load_builtin_table("ons_css_ho_code").weights[normalise_code(code)]


def by_area(row):
    return row["area_id"] if "area_id" in row else row["ward_id"]


def by_driver(row):
    return row["scope"], row["area_id"], row["driver"]


def by_period(row):
    return row["level"], row["area_id"], row["period"]


def by_level(row):
    return row["level"], row["area_id"]


# --------------------------------------------------------------------------- the sample force


def test_the_sample_forces_change_is_counted_in_postgis_exactly_as_on_the_desktop(run, pg_sample):
    parameters = {"AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id", "EVENTS": pg_sample.layer("offences"),
                  "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date", "HARM_TABLE": 0,
                  "CURRENT_START": "2024-01-01", "CURRENT_END": "2024-06-30", "BASELINE": 1,
                  "OUTPUT": "TEMPORARY_OUTPUT", "DRIVERS": "TEMPORARY_OUTPUT"}

    results, feedback, _ = both(run, CHANGE, parameters, {"OUTPUT": lambda r: r["ward_id"], "DRIVERS": by_driver})

    assert any(i.startswith("Engine: PostGIS") for i in feedback.infos)
    provenance = provenance_of(results["OUTPUT"])
    assert "engine_reason" not in provenance
    by_status = provenance["reconciliation"]["by_status"]
    assert by_status["current"] > 1000 and by_status["baseline"] > 1000 and by_status["out_of_period"] > 0


def test_the_sample_forces_trend_is_counted_in_postgis_exactly_as_on_the_desktop(run, pg_sample):
    parameters = {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id", "EVENTS": pg_sample.layer("offences"),
                  "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date", "HARM_TABLE": 0, "UNIT": 1,
                  "FILTER": "\"soc_theme\" = 'drugs' OR \"ho_code\" IN ('28E', '8N')",
                  "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}

    results, _, _ = both(run, TREND, parameters, {"OUTPUT": by_period, "SUMMARY": by_level})

    rec = provenance_of(results["OUTPUT"])["reconciliation"]
    assert rec["by_status"]["filtered"] > 0


# --------------------------------------------------------------------------- the cases the desktop tests use


def test_shared_edges_vertices_and_every_status_are_the_same_in_both_engines(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("SW", layers.square(0, 0)), ("SE", layers.square(1000, 0)),
                                         ("NW", layers.square(0, 1000)), ("NE", layers.square(1000, 1000))]))
    events = pg_layers.copy(layers.events([
        ("POINT(1000 1000)", "29", "2020-04-15"),  # on the vertex the four share: NE, whose id sorts first
        ("POINT(1000 500)", "28E", "2020-04-15"),  # on the edge of SE and SW: SE
        ("POINT(0 0)", "8N", "2019-04-15"), ("POINT(500 500)", "8N", "2019-04-15"),  # SW
        ("POINT(1500 1500)", "34B", "2020-04-15"), ("POINT(1500 1500)", "34B", "2019-04-15"),  # NE
        ("POINT(5000 5000)", "8N", "2020-04-30"), ("POINT(5000 5000)", "8N", "2019-04-01"),  # outside
        (None, "8N", "2020-04-15"),  # no geometry
        ("POINT(500 500)", None, "2020-04-15"),  # no code: weighs 0, in SW
        ("POINT(500 500)", "ZZ9", "2020-04-15"),  # a code with no weight: weighs 0, in SW
        ("POINT(500 600)", "8N", "not a date"), ("POINT(500 600)", "8N", None),
        ("POINT(1500 500)", "44", "15/04/2020"),  # filtered
    ]))
    parameters = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
                  "HARM_TABLE": 0, "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
                  "FILTER": "\"code\" <> '44' OR \"code\" IS NULL", "OUTPUT": "TEMPORARY_OUTPUT",
                  "DRIVERS": "TEMPORARY_OUTPUT"}

    results, feedback, _ = both(run, CHANGE, parameters, {"OUTPUT": by_area, "DRIVERS": by_driver})

    rows = features(results["OUTPUT"], by_area)
    assert {k: (r["n_current"], r["n_baseline"]) for k, (r, _) in rows.items()} == {
        "SW": (2, 2), "SE": (1, 0), "NW": (0, 0), "NE": (2, 1)}
    assert rows["NE"][0]["harm_current"] == pytest.approx(w("29") + w("34B"), rel=1e-12)
    assert rows["SW"][0]["harm_current"] == 0.0
    by_status = provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]
    assert (by_status["current"], by_status["baseline"], by_status["outside"]) == (5, 3, 2)
    assert (by_status["no_geometry"], by_status["filtered"], by_status["unparseable_date"], by_status["no_date"]) == (
        1, 1, 1, 1)
    assert any("2 records lay on a boundary shared by areas" in i for i in feedback.infos)
    assert provenance_of(results["OUTPUT"])["source"]["missing_weight"]["codes"] == {"": 1, "ZZ9": 1}


def test_month_only_dates_give_the_same_trend_in_both_engines(run, layers, pg_layers):
    areas = pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]))
    rows = [("POINT(100 100)", "44", "2020-{0:02d}".format(m)) for m in range(1, 13) for _ in range(m % 4 + 1)]
    rows += [("POINT(1100 100)", "8N", "2020-{0:02d}".format(m)) for m in (2, 5, 9)]
    events = pg_layers.copy(layers.events(rows))
    parameters = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
                  "HARM_TABLE": 0, "UNIT": 0, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}

    results, feedback, desktop_feedback = both(run, TREND, parameters, {"OUTPUT": by_period, "SUMMARY": by_level})

    month_only = [i for i in feedback.infos if "month-only" in i]
    assert month_only and month_only == [i for i in desktop_feedback.infos if "month-only" in i]
    series = features(results["OUTPUT"], by_period)
    assert series[("area", "A", "2020-04")][0]["n"] == 1 and series[("area", "A", "2020-03")][0]["n"] == 4


# --------------------------------------------------------------------------- the desktop, and why


def test_a_selection_is_counted_in_postgis_as_on_the_desktop(run, pg_sample):
    events = pg_sample.layer("offences")
    QgsProject.instance().addMapLayer(events)
    try:
        events.selectByExpression("\"ho_code\" IN ('8N', '28E')")
        parameters = {"AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id", "CODE_FIELD": "ho_code",
                      "DATE_FIELD": "offence_date", "EVENTS": QgsProcessingFeatureSourceDefinition(events.id(), True),
                      "CURRENT_START": "2024-01-01", "CURRENT_END": "2024-06-30", "BASELINE": 1,
                      "OUTPUT": "TEMPORARY_OUTPUT"}
        selected = events.selectedFeatureCount()
        results, _, _ = both(run, CHANGE, parameters, {"OUTPUT": lambda r: r["sector_id"]})
    finally:
        QgsProject.instance().removeMapLayer(events.id())
    assert provenance_of(results["OUTPUT"])["reconciliation"]["records_in"] == selected > 0


def test_a_theme_field_runs_on_the_desktop_and_says_why(run, pg_sample):
    framework, feedback = run("socharm:performanceframework", {
        "AREAS": pg_sample.layer("sectors"), "AREA_ID": "sector_id", "EVENTS": pg_sample.layer("offences"),
        "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date", "THEME_FIELD": "soc_theme",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    provenance = provenance_of(framework["OUTPUT"])
    assert (provenance["engine"], provenance["engine_reason"]) == ("desktop", "theme_field")
    assert any("Engine: desktop" in i and "(theme_field)" in i for i in feedback.infos)


def test_qgis_process_counts_the_change_in_postgis_and_the_output_reopens_styled(pg_sample, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer

    fresh = both_by_qgis_process(pg_sample, tmp_path, CHANGE, {
        "AREAS": "postgres://" + pg_sample.uri("wards"), "AREA_ID": "ward_id",
        "EVENTS": "postgres://" + pg_sample.uri("offences"), "CODE_FIELD": "ho_code", "HARM_TABLE": 0,
        "DATE_FIELD": "offence_date", "CURRENT_START": "2024-01-01", "CURRENT_END": "2024-06-30",
        "BASELINE": 1}, "ward_id")

    assert isinstance(fresh.renderer(), QgsCategorizedSymbolRenderer), type(fresh.renderer())


def test_emerging_hot_spots_of_postgis_records_are_the_same_in_both_engines(run, layers, pg_layers):
    from tests.qgis.test_hotspots import cell_wkt, emerging_events, emerging_params

    n = 8
    cells = [("c{0:03d}".format(k), cell_wkt(layers, *divmod(k, n))) for k in range(n * n)]
    areas = pg_layers.copy(layers.areas(cells))
    events = pg_layers.copy(emerging_events(layers, n))

    results, _, _ = both(run, "socharm:emerginghotspots", emerging_params(
        areas, events, "TEMPORARY_OUTPUT", SLICES="TEMPORARY_OUTPUT"),
        {"OUTPUT": by_area, "SLICES": lambda r: (r["area_id"], r["slice"])})

    classes = {f["ehs_class"] for f in results["OUTPUT"].getFeatures()}
    assert len(classes) > 1, classes
