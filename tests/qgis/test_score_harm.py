"""Specification of socharm:scoreharm, run through QGIS's processing.run.

Every expected number is derived by hand in the test from the built-in table
weights (read from the table, never copied), the areas' sizes and the
documented rules: a record on a shared boundary counts once, in the area whose
id sorts first; ties in harm share the lower rank (1, 2, 2, 4).
"""
from __future__ import annotations

import hashlib
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

import soc_harm_plugin.processing_provider.inputs.harm as harm_inputs
from soc_harm_plugin.about import resource_path
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:scoreharm"
HO_CODES = load_builtin_table("ons_css_ho_code")
CATEGORIES = load_builtin_table("ons_css_policeuk_category")
STATUSES = ("assigned", "outside", "no_geometry", "invalid", "filtered", "out_of_period")
SPEC_RECORD_FIELDS = ("area_id", "weight", "table_code", "measure", "date", "source_layer", "source_fid", "status")
SPEC_PROVENANCE_KEYS = ("algorithm", "plugin_version", "harm_table", "period", "filter", "area_id_field",
                        "area_name_field", "geography", "records", "reconciliation")


def w(code: str) -> float:
    """A Home Office offence code's weight in the built-in table."""
    return HO_CODES.weights[normalise_code(code)]


def two_areas(layers, left="A", right="B"):
    """Two 1 km squares sharing the edge x = 1000: `left` on 0..1000, `right` on 1000..2000."""
    return layers.areas([(left, layers.square(0, 0)), (right, layers.square(1000, 0))])


def score(run, areas, events, feedback=None, **parameters):
    """Run scoreharm with AREA_ID area_id and CODE_FIELD code, outputs in memory."""
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
              "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def scores(results, field="harm_score"):
    return {f["area_id"]: f[field] for f in results["OUTPUT"].getFeatures()}


def assert_reconciled(results, n_events):
    """records in = events, the status counts add up to it, and the areas hold exactly the assigned ones."""
    reconciliation = provenance_of(results["OUTPUT"])["reconciliation"]
    assert reconciliation["records_in"] == n_events == results["RECORDS_IN"]
    assert sum(reconciliation["by_status"].values()) == n_events
    assigned = reconciliation["by_status"]["assigned"]
    assert sum(f["harm_n"] for f in results["OUTPUT"].getFeatures()) == assigned == results["ASSIGNED"]
    return reconciliation["by_status"]


@pytest.fixture
def readers(monkeypatch):
    """The reader ("arrow" or "features") each run used for its events."""
    used = []
    original = harm_inputs.read_points

    def spy(*args, **kwargs):
        columns = original(*args, **kwargs)
        used.append(columns.reader)
        return columns

    monkeypatch.setattr(harm_inputs, "read_points", spy)
    return used


def as_source(layers, layer, kind):
    """The events as a memory layer (feature reader) or a GeoPackage (columnar Arrow reader)."""
    return layer if kind == "memory" else layers.gpkg(layer)


READER_OF = {"memory": "features", "gpkg": "arrow"}


# --------------------------------------------------------------------------- scores


def test_counts_scores_ranks_shares_and_rates_per_area(run, layers):
    areas = layers.areas([
        ("A", layers.square(0, 0, 1000), 2000),     # 1 km2
        ("B", layers.square(2000, 0, 2000), 500),   # 4 km2
        ("C", layers.square(5000, 0, 1000), 1000),  # 1 km2
        ("D", layers.square(7000, 0, 1000), 4000),  # 1 km2, no records
    ], extra=["pop:integer"])
    events = layers.events([
        ("POINT(100 100)", "28E", None), ("POINT(900 900)", "44", None),
        ("POINT(3000 1000)", "8N", None),
        ("POINT(5500 500)", "8N", None),
    ])

    results, _ = score(run, areas, events, POPULATION_FIELD="pop")

    harm = {"A": w("28E") + w("44"), "B": w("8N"), "C": w("8N"), "D": 0.0}
    total = sum(harm.values())
    km2 = {"A": 1.0, "B": 4.0, "C": 1.0, "D": 1.0}
    pop = {"A": 2000, "B": 500, "C": 1000, "D": 4000}
    out = {f["area_id"]: f for f in results["OUTPUT"].getFeatures()}
    assert {k: f["harm_n"] for k, f in out.items()} == {"A": 2, "B": 1, "C": 1, "D": 0}
    assert {k: f["harm_rank"] for k, f in out.items()} == {"A": 1, "B": 2, "C": 2, "D": 4}
    for key in "ABCD":
        assert out[key]["harm_score"] == pytest.approx(harm[key])
        assert out[key]["harm_share"] == pytest.approx(100.0 * harm[key] / total)
        assert out[key]["harm_per_km2"] == pytest.approx(harm[key] / km2[key])
        assert out[key]["harm_per_1000"] == pytest.approx(1000.0 * harm[key] / pop[key])
    assert results["TOTAL_HARM"] == pytest.approx(total)


def test_every_area_attribute_is_kept_under_its_own_name(run, layers, read, tmp_path):
    areas = layers.areas([
        ("A", layers.square(0, 0), "Alpha", 120, 1.5),
        ("B", layers.square(1000, 0), "Beta", None, -2.25),
    ], extra=["name:string", "pop:integer", "score_2019:double"])
    events = layers.events([("POINT(500 500)", "8N", None)])

    results, _ = score(run, areas, events, AREA_NAME="name", OUTPUT=str(tmp_path / "scored.gpkg"))

    scored = QgsVectorLayer(results["OUTPUT"], "scored", "ogr")
    names = [n for n in scored.fields().names() if n != "fid"]
    assert names == ["area_id", "name", "pop", "score_2019",
                     "harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"]
    kept = [{k: r[k] for k in ("area_id", "name", "pop", "score_2019")} for r in read.rows(scored)]
    assert kept == [{"area_id": "A", "name": "Alpha", "pop": 120, "score_2019": 1.5},
                    {"area_id": "B", "name": "Beta", "pop": None, "score_2019": -2.25}]


# --------------------------------------------------------------------------- boundaries


def test_point_on_a_shared_boundary_counts_once_in_the_area_whose_id_sorts_first(run, layers):
    areas = two_areas(layers, left="WARD-2", right="WARD-1")  # layer order puts WARD-2 first
    events = layers.events([("POINT(1000 500)", "28E", None)])

    results, _ = score(run, areas, events)

    assert scores(results, "harm_n") == {"WARD-2": 0, "WARD-1": 1}
    assert scores(results)["WARD-1"] == pytest.approx(w("28E"))


def test_numeric_ids_sort_as_numbers_on_a_shared_boundary(run, layers):
    areas = layers.areas([(10, layers.square(0, 0)), (9, layers.square(1000, 0))], id_type="integer")
    events = layers.events([("POINT(1000 500)", "28E", None)])

    results, _ = score(run, areas, events)

    assert scores(results, "harm_n") == {10: 0, 9: 1}  # as text, "10" would sort first


def test_point_on_a_vertex_shared_by_four_areas_counts_once_in_the_area_whose_id_sorts_first(run, layers):
    areas = layers.areas([
        ("SW", layers.square(0, 0)), ("SE", layers.square(1000, 0)), ("NW", layers.square(0, 1000)), ("NE",
                layers.square(1000, 1000)),
    ])
    events = layers.events([("POINT(1000 1000)", "29", None)])

    results, _ = score(run, areas, events)

    assert scores(results, "harm_n") == {"SW": 0, "SE": 0, "NW": 0, "NE": 1}
    assert scores(results)["NE"] == pytest.approx(w("29"))


# --------------------------------------------------------------------------- streets


@pytest.fixture
def streets(layers):
    """Two parallel streets 100 m apart: S1 along y = 0, S2 along y = 100, both x 0..1000."""
    return layers.areas([("S1", "LINESTRING(0 0,1000 0)"), ("S2", "LINESTRING(0 100,1000 100)")],
                        geometry="LineString", name="streets")


def test_street_lines_take_each_record_to_the_nearest_street_within_the_tolerance(run, layers, streets):
    events = layers.events([
        ("POINT(500 30)", "28E", None),    # S1 30 m, S2 70 m
        ("POINT(500 70)", "8N", None),     # S1 70 m, S2 30 m
        ("POINT(500 50)", "44", None),     # 50 m from both: the id that sorts first
        ("POINT(500 149)", "8N", None),    # S2 49 m
        ("POINT(1049 100)", "8N", None),   # beyond S2's end, 49 m from it
        ("POINT(500 -60)", "29", None),    # S1 60 m: beyond 50 m
    ])

    results, _ = score(run, streets, events, TOLERANCE=50, RECORDS="TEMPORARY_OUTPUT")

    assert scores(results, "harm_n") == {"S1": 2, "S2": 3}
    assert scores(results)["S1"] == pytest.approx(w("28E") + w("44"))
    assert scores(results)["S2"] == pytest.approx(3 * w("8N"))
    records = {f["source_fid"]: f for f in results["RECORDS"].getFeatures()}
    assert [records[i]["status"] for i in range(1, 7)] == ["assigned"] * 5 + ["outside"]
    assert [records[i]["distance"] for i in range(1, 6)] == pytest.approx([30, 30, 50, 49, 49])
    assert assert_reconciled(results, 6)["outside"] == 1


@pytest.mark.parametrize("tolerance, expected_status", [(59.9, "outside"), (60.0, "assigned")])
def test_a_record_beyond_the_tolerance_from_every_street_is_outside(run, layers, streets, tolerance, expected_status):
    events = layers.events([("POINT(500 -60)", "29", None)])  # 60 m from S1

    results, _ = score(run, streets, events, TOLERANCE=tolerance, RECORDS="TEMPORARY_OUTPUT")

    [record] = list(results["RECORDS"].getFeatures())
    assert record["status"] == expected_status
    assert scores(results)["S1"] == pytest.approx(w("29") if expected_status == "assigned" else 0.0)


# --------------------------------------------------------------------------- the records output


def test_records_output_has_one_row_per_record_with_its_area_weight_and_status(run, layers, read):
    areas = two_areas(layers)
    events = layers.events([
        ("POINT(500 500)", " 28e ", "2019-02-10", 1),   # assigned (code matched ignoring case and spaces)
        ("POINT(9000 9000)", "8N", "2019-02-11", 1),    # outside every area
        (None, "8N", "2019-02-12", 1),                  # no_geometry
        ("POINT(500 500)", "8N", "2019-02-13", 0),      # filtered out by FILTER
        ("POINT(500 500)", "8N", "2018-12-31", 1),      # out_of_period
        ("POINT(500 500)", "8N", "last week", 1),       # invalid: a date that cannot be read
    ], extra=["keep:integer"])

    results, _ = score(run, areas, events, DATE_FIELD="day", START="2019-01-01", END="2019-12-31",
                      FILTER='"keep" = 1', RECORDS="TEMPORARY_OUTPUT")

    records = results["RECORDS"]
    assert set(SPEC_RECORD_FIELDS) <= set(records.fields().names())
    rows = read.rows(records)
    assert [r["source_fid"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [r["status"] for r in rows] == ["assigned", "outside", "no_geometry", "filtered", "out_of_period", "invalid"]
    assert [r["area_id"] for r in rows] == ["A", None, None, None, None, None]
    # records in scope carry their code's weight; records left out of scope weigh 0
    assert [r["weight"] for r in rows] == pytest.approx([w("28E"), w("8N"), w("8N"), 0, 0, 0])
    assert rows[0]["table_code"] == "28E"  # the table's own spelling
    assert rows[0]["date"] == "2019-02-10"
    assert {r["measure"] for r in rows} == {"harm"}
    assert {r["source_layer"] for r in rows} == {"events"}
    by_status = assert_reconciled(results, 6)
    assert by_status == {s: 1 for s in STATUSES}


# --------------------------------------------------------------------------- provenance and style


def test_written_output_carries_provenance_and_style_that_a_fresh_layer_reads_back(run, layers, tmp_path):
    areas = layers.areas([("W1", layers.square(0, 0), "North"), ("W2", layers.square(1000, 0), "South")],
                         extra=["name:string"], name="wards")
    events = layers.events([
        ("POINT(500 500)", "28E", "2019-02"), ("POINT(1500 500)", "8N", "2019-03"),
        ("POINT(1500 500)", "44", "2019-05"), (None, "8N", "2019-02"),
    ])
    output, records = tmp_path / "wards_harm.gpkg", tmp_path / "records.gpkg"

    score(run, areas, events, AREA_NAME="name", DATE_FIELD="day", START="2019-02-01", END="2019-03-31",
          FILTER='"code" IS NOT NULL', OUTPUT=str(output), RECORDS=str(records))

    fresh = QgsVectorLayer(str(output), "fresh", "ogr")
    provenance = provenance_of(fresh)
    assert set(SPEC_PROVENANCE_KEYS) <= set(provenance)
    assert provenance["algorithm"] == ALG
    assert provenance["plugin_version"] == "0.1.0"
    table_file = resource_path("harm_tables", "ons_css_ho_code.csv")
    assert provenance["harm_table"]["name"] == HO_CODES.name
    assert provenance["harm_table"]["version"] == HO_CODES.version
    assert provenance["harm_table"]["sha256"] == hashlib.sha256(table_file.read_bytes()).hexdigest()
    assert provenance["period"] == {"start": "2019-02-01", "end": "2019-03-31", "month_only": True}
    assert provenance["filter"] == '"code" IS NOT NULL'
    assert provenance["area_id_field"] == "area_id"
    assert provenance["area_name_field"] == "name"
    assert provenance["geography"] == "ward"  # guessed from the layer name
    assert provenance["records"] == str(records)
    reconciliation = provenance["reconciliation"]
    assert reconciliation["records_in"] == 4
    assert sum(reconciliation["by_status"].values()) == 4
    assert reconciliation["by_status"]["assigned"] == 2
    assert reconciliation["by_status"]["out_of_period"] == 1
    assert reconciliation["by_status"]["no_geometry"] == 1
    assert provenance_of(QgsVectorLayer(str(records), "fresh records", "ogr")) == provenance
    rerun = provenance["parameters"]  # enough to run it again: layers as their sources
    assert rerun["AREAS"] == areas.source() and rerun["EVENTS"] == events.source()
    assert (rerun["START"], rerun["END"], rerun["AREA_NAME"]) == ("2019-02-01", "2019-03-31", "name")
    assert (rerun["OUTPUT"], rerun["RECORDS"]) == (str(output), str(records))

    renderer = fresh.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "harm_score"
    fresh_records = QgsVectorLayer(str(records), "fresh records", "ogr")  # records open styled by status
    by_status = fresh_records.renderer()
    assert by_status.type() == "categorizedSymbol" and by_status.classAttribute() == "status"
    assert [c.value() for c in by_status.categories()][:2] == ["assigned", "outside"]


# --------------------------------------------------------------------------- readers


def reader_events(layers):
    """Events exercising every column the readers fill: Date dates, NULL codes, NULL dates and geometry."""
    return layers.events([
        ("POINT(500 500)", "28E", QDate(2019, 2, 1)),
        ("POINT(1000 500)", "8N", QDate(2019, 3, 15)),   # on the shared boundary: A
        ("POINT(1500 500)", "44", QDate(2019, 4, 30)),
        (None, "8N", QDate(2019, 2, 2)),                  # no geometry
        ("POINT(9000 9000)", "29", QDate(2019, 2, 3)),   # outside
        ("POINT(1500 600)", None, QDate(2019, 2, 4)),     # no code: weighs 0
        ("POINT(600 600)", "8N", None),                   # no date: out of the period
        ("POINT(700 700)", "30A", QDate(2018, 1, 1)),     # out of the period
    ], date_type="date")


def gpkg_with_subset(layers):
    layer = layers.gpkg(reader_events(layers))
    assert layer.setSubsetString('"fid" > 0')  # every record, through a provider filter
    return layer


def gpkg_with_edits(layers):
    """The same records, but record 3 is right only in the layer's (uncommitted) edit buffer."""
    wrong = reader_events(layers)
    wrong.dataProvider().changeAttributeValues({3: {0: "XX"}})
    wrong.dataProvider().changeGeometryValues({3: QgsGeometry.fromWkt("POINT(9500 9500)")})
    layer = layers.gpkg(wrong)
    assert layer.startEditing()
    assert layer.changeAttributeValue(3, layer.fields().lookupField("code"), "44")
    assert layer.changeGeometry(3, QgsGeometry.fromWkt("POINT(1500 500)"))
    assert layer.isModified()
    return layer


FALLBACKS = {
    "memory layer": reader_events,
    "GeoPackage with a subset string": gpkg_with_subset,
    "GeoPackage with an edit buffer": gpkg_with_edits,
}


def outputs_of(results, read):
    records = [dict(r, wkt=f.geometry().asWkt(3)) for r, f in zip(read.rows(results["RECORDS"]), results[
        "RECORDS"].getFeatures())]
    return read.rows(results["OUTPUT"]), records


@pytest.mark.parametrize("fallback", list(FALLBACKS))
def test_fast_columnar_reader_and_feature_reader_give_identical_outputs(run, layers, read, readers, fallback):
    areas = two_areas(layers)
    parameters = dict(DATE_FIELD="day", START="2019-01-01", RECORDS="TEMPORARY_OUTPUT")

    fast, _ = score(run, areas, layers.gpkg(reader_events(layers), "fast.gpkg"), **parameters)
    slow, _ = score(run, areas, FALLBACKS[fallback](layers), **parameters)

    assert readers == ["arrow", "features"]
    assert outputs_of(slow, read) == outputs_of(fast, read)
    assert scores(fast) == pytest.approx({"A": w("28E") + w("8N"), "B": w("44") + 0.0})
    assert scores(fast, "harm_n") == {"A": 2, "B": 2}
    by_status = assert_reconciled(fast, 8)
    assert (by_status["no_geometry"], by_status["outside"], by_status["out_of_period"]) == (1, 1, 2)


# --------------------------------------------------------------------------- harm tables


def test_category_table_matches_police_uk_categories_ignoring_case_and_spaces(run, layers, read):
    areas = two_areas(layers)
    events = layers.events([
        ("POINT(500 500)", "Burglary", None),
        ("POINT(500 500)", "  burglary ", None),
        ("POINT(1500 500)", "Anti-social behaviour", None),
        ("POINT(1500 500)", "VIOLENCE AND SEXUAL OFFENCES", None),
    ])

    results, feedback = score(run, areas, events, HARM_TABLE=1, MISSING_WEIGHT=0, RECORDS="TEMPORARY_OUTPUT")

    category = lambda name: CATEGORIES.weights[normalise_code(name)]  # noqa: E731
    assert category("Anti-social behaviour") == 0
    assert scores(results) == pytest.approx({
        "A": 2 * category("Burglary"),
        "B": category("Anti-social behaviour") + category("Violence and sexual offences")})
    assert scores(results, "harm_n") == {"A": 2, "B": 2}
    assert [r["table_code"] for r in read.rows(results["RECORDS"])] == [
        "Burglary", "Burglary", "Anti-social behaviour", "Violence and sexual offences"]
    assert feedback.warnings_with("1 records", "anti-social behaviour", "weigh 0")
    assert provenance_of(results["OUTPUT"])["harm_table"]["name"] == CATEGORIES.name


def test_custom_harm_table_file_replaces_the_built_in_table(run, layers, tmp_path):
    table = tmp_path / "local_harm.csv"
    table.write_text("code,weight,label\n28E,1000,Burglary (local)\n8N,250.5,Assault\n", encoding="utf-8")
    areas = two_areas(layers)
    events = layers.events([("POINT(500 500)", " 28e", None), ("POINT(1500 500)", "8N", None),
                            ("POINT(1500 500)", "8N", None)])

    results, _ = score(run, areas, events, HARM_TABLE=0, HARM_TABLE_FILE=str(table), MISSING_WEIGHT=0)

    assert scores(results) == pytest.approx({"A": 1000.0, "B": 2 * 250.5})
    used = provenance_of(results["OUTPUT"])["harm_table"]
    assert used["name"] == "local_harm"
    assert used["sha256"] == hashlib.sha256(table.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- periods


def test_month_only_dates_count_whole_months_of_the_period(run, layers):
    areas = two_areas(layers)
    events = layers.events([
        ("POINT(500 500)", "28E", "2019-01"),   # before the period's first month
        ("POINT(500 500)", "8N", "2019-02"),    # the month of START (2019-02-15)
        ("POINT(500 500)", "44", "2019-03"),    # the month of END (2019-03-10)
        ("POINT(500 500)", "29", "2019-04"),    # after
    ])

    results, _ = score(run, areas, events, DATE_FIELD="day", START="2019-02-15", END="2019-03-10")

    assert scores(results) == pytest.approx({"A": w("8N") + w("44"), "B": 0.0})
    assert provenance_of(results["OUTPUT"])["period"] == {"start": "2019-02-15", "end": "2019-03-10",
                                                          "month_only": True}
    assert assert_reconciled(results, 4)["out_of_period"] == 2


def test_start_and_end_dates_are_both_inclusive(run, layers):
    areas = two_areas(layers)
    events = layers.events([
        ("POINT(500 500)", "28E", "2019-01-31"),
        ("POINT(500 500)", "8N", "2019-02-01"),
        ("POINT(500 500)", "44", "31/03/2019"),
        ("POINT(500 500)", "29", "2019-04-01"),
    ])

    results, _ = score(run, areas, events, DATE_FIELD="day", START="2019-02-01", END="2019-03-31")

    assert scores(results) == pytest.approx({"A": w("8N") + w("44"), "B": 0.0})
    assert provenance_of(results["OUTPUT"])["period"]["month_only"] is False
    assert assert_reconciled(results, 4)["out_of_period"] == 2


# --------------------------------------------------------------------------- bad input: CRSs


def bng_to_wgs84():
    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:27700"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                  QgsCoordinateTransformContext())


def test_events_in_wgs84_are_reprojected_to_the_areas_crs(run, layers, read):
    x0, y0 = 530000, 180000
    areas = layers.areas([("A", layers.square(x0, y0)), ("B", layers.square(x0 + 1000, y0))])
    points = [(x0 + 500, y0 + 500, "28E"), (x0 + 1500, y0 + 500, "8N"), (x0 + 1200, y0 + 900, "44"),
              (x0 + 1990, y0 + 10, "29")]
    in_bng = layers.events([("POINT({0} {1})".format(x, y), code, None) for x, y, code in points])
    transform = bng_to_wgs84()
    in_wgs84 = layers.events([("POINT({0:.10f} {1:.10f})".format(p.x(), p.y()), code, None)
                              for p, code in ((transform.transform(QgsPointXY(x, y)), c) for x, y, c in points)],
                             crs="EPSG:4326")

    expected, _ = score(run, areas, in_bng, RECORDS="TEMPORARY_OUTPUT")
    results, _ = score(run, areas, in_wgs84, RECORDS="TEMPORARY_OUTPUT")

    assert read.rows(results["OUTPUT"]) == read.rows(expected["OUTPUT"])
    assert scores(results) == pytest.approx({"A": w("28E"), "B": w("8N") + w("44") + w("29")})
    for (x, y, _), record in zip(points, results["RECORDS"].getFeatures()):
        point = record.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx((x, y), abs=0.01)  # metres
    assert_reconciled(results, 4)


def test_areas_in_a_geographic_crs_are_warned_about_and_measured_in_km2(run, layers):
    lon0, lat0, step = -0.10, 51.50, 0.01
    areas = layers.areas([("A", "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        lon0, lat0, lon0 + step, lat0 + step))], crs="EPSG:4326", name="lsoa wgs84")
    events = layers.events([("POINT(-0.095 51.505)", "28E", None)], crs="EPSG:4326")

    results, feedback = score(run, areas, events)

    assert feedback.warnings_with("'lsoa wgs84'", "geographic CRS", "EPSG:4326")
    # a spherical cap strip (mean Earth radius): the ellipsoidal area is within 0.5 % of it
    radius_km = 6371.0088
    km2 = radius_km ** 2 * math.radians(step) * (math.sin(math.radians(lat0 + step)) - math.sin(math.radians(lat0)))
    assert scores(results, "harm_per_km2")["A"] == pytest.approx(w("28E") / km2, rel=0.01)
    assert_reconciled(results, 1)


# --------------------------------------------------------------------------- bad input: areas


def test_a_point_layer_given_as_areas_is_refused_naming_the_layer(run, layers):
    incidents = layers.events([("POINT(500 500)", "28E", None)], name="incidents")

    with pytest.raises(QgsProcessingException, match=r"Layer 'incidents' given as AREAS holds Point geometries"):
        score(run, incidents, layers.events([("POINT(500 500)", "28E", None)]), AREA_ID="code")


def test_an_invalid_bow_tie_polygon_is_repaired_and_warned_with_its_feature_id(run, layers):
    # the bow-tie crosses itself at (500, 500): repaired, it is two triangles of 0.25 km2 each
    areas = layers.areas([("B", layers.square(1000, 0)), ("A", "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))")])
    events = layers.events([
        ("POINT(200 500)", "28E", None),  # left triangle
        ("POINT(800 500)", "8N", None),   # right triangle
        ("POINT(500 200)", "29", None),   # between them, below the crossing: outside
        ("POINT(1500 500)", "44", None),
    ])

    results, feedback = score(run, areas, events)

    assert feedback.warnings_with("Layer 'areas'", "1 invalid area geometries were repaired", "feature ids 2")
    assert scores(results) == pytest.approx({"A": w("28E") + w("8N"), "B": w("44")})
    assert scores(results, "harm_per_km2")["A"] == pytest.approx((w("28E") + w("8N")) / 0.5)
    assert assert_reconciled(results, 4)["outside"] == 1


def test_areas_with_empty_or_no_geometry_are_warned_and_kept_with_zero(run, layers):
    areas = layers.areas([("A", layers.square(0, 0)), ("B", None), ("C", "POLYGON EMPTY")])
    events = layers.events([("POINT(500 500)", "28E", None), ("POINT(1500 500)", "8N", None)])

    results, feedback = score(run, areas, events)

    assert feedback.warnings_with("Layer 'areas'", "2 area(s) have no geometry", "feature ids 2, 3")
    assert scores(results, "harm_n") == {"A": 1, "B": 0, "C": 0}
    assert scores(results) == pytest.approx({"A": w("28E"), "B": 0.0, "C": 0.0})
    assert assert_reconciled(results, 2)["outside"] == 1


def test_overlapping_areas_count_each_record_once(run, layers):
    areas = layers.areas([("B", layers.square(0, 0, 2000)), ("A", layers.square(0, 0, 1000))])  # A lies inside B
    events = layers.events([
        ("POINT(500 500)", "28E", None),    # in both: A sorts first
        ("POINT(250 750)", "44", None),     # in both
        ("POINT(1500 1500)", "8N", None),   # in B only
    ])

    results, _ = score(run, areas, events)

    assert scores(results, "harm_n") == {"A": 2, "B": 1}
    assert scores(results) == pytest.approx({"A": w("28E") + w("44"), "B": w("8N")})
    assert provenance_of(results["OUTPUT"])["shared_boundary_records"] == 2
    assert assert_reconciled(results, 3)["assigned"] == 3


def test_duplicate_area_ids_are_refused_naming_the_ids_and_their_features(run, layers):
    areas = layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0)), ("A", layers.square(2000, 0)),
                          ("C", layers.square(3000, 0)), ("C", layers.square(4000, 0))])

    with pytest.raises(QgsProcessingException) as error:
        score(run, areas, layers.events([("POINT(500 500)", "28E", None)]))

    message = str(error.value)
    assert "Layer 'areas'" in message and "id field 'area_id'" in message
    assert "A (features 1, 3)" in message and "C (features 4, 5)" in message


def test_an_empty_areas_layer_is_refused_naming_it(run, layers):
    areas = layers.areas([])

    with pytest.raises(QgsProcessingException, match=r"Layer 'areas' given as AREAS has no features"):
        score(run, areas, layers.events([("POINT(500 500)", "28E", None)]))


# --------------------------------------------------------------------------- bad input: events


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
def test_records_with_null_or_empty_points_are_counted_as_no_geometry(run, layers, read, readers, kind):
    events = as_source(layers, layers.events([
        ("POINT(500 500)", "28E", None), (None, "8N", None), ("POINT EMPTY", "44", None)]), kind)

    results, _ = score(run, two_areas(layers), events, RECORDS="TEMPORARY_OUTPUT")

    assert readers == [READER_OF[kind]]
    assert [r["status"] for r in read.rows(results["RECORDS"])] == ["assigned", "no_geometry", "no_geometry"]
    assert scores(results) == pytest.approx({"A": w("28E"), "B": 0.0})
    assert assert_reconciled(results, 3)["no_geometry"] == 2


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
def test_multipoints_are_placed_at_their_first_point_with_a_counted_warning(run, layers, readers, kind):
    events = as_source(layers, layers.events([
        ("MULTIPOINT((500 500),(1500 500))", "28E", None),   # first point in A
        ("MULTIPOINT((1500 500),(500 500),(600 600))", "8N", None),  # first point in B
        ("MULTIPOINT((1600 500))", "44", None),               # one point: nothing cut
    ], geometry="MultiPoint"), kind)

    results, feedback = score(run, two_areas(layers), events)

    assert readers == [READER_OF[kind]]
    assert feedback.warnings_with("Layer 'events'", "2 multipoint records have several points", "first point")
    assert scores(results) == pytest.approx({"A": w("28E"), "B": w("8N") + w("44")})
    assert_reconciled(results, 3)


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
def test_z_and_m_values_are_ignored_and_the_2d_point_is_used(run, layers, read, readers, kind):
    rows = [((500, 500), "28E"), ((1000, 500), "8N"), ((1500, 500), "44")]
    flat = layers.events([("POINT({0} {1})".format(x, y), code, None) for (x, y), code in rows])
    zm = as_source(layers, layers.events([("POINT ZM({0} {1} 35.5 7)".format(x, y), code, None) for (x, y),
                                          code in rows],
                                         geometry="PointZM", name="events"), kind)

    expected, _ = score(run, two_areas(layers), flat, RECORDS="TEMPORARY_OUTPUT")
    results, _ = score(run, two_areas(layers), zm, RECORDS="TEMPORARY_OUTPUT")

    assert readers == ["features", READER_OF[kind]]
    assert read.rows(results["OUTPUT"]) == read.rows(expected["OUTPUT"])
    assert read.rows(results["RECORDS"]) == read.rows(expected["RECORDS"])
    assert scores(results) == pytest.approx({"A": w("28E") + w("8N"), "B": w("44")})


def test_a_missing_code_field_is_refused_naming_the_field_and_layer(run, layers):
    with pytest.raises(QgsProcessingException, match=r"Layer 'events' has no field 'offence' for offence codes"):
        score(run, two_areas(layers), layers.events([("POINT(500 500)", "28E", None)]), CODE_FIELD="offence")


def test_a_real_number_code_field_is_refused_naming_the_field_and_layer(run, layers):
    events = layers.events([("POINT(500 500)", 28.0, None)], code_type="double")

    with pytest.raises(QgsProcessingException,
                       match=r"Field 'code' of layer 'events' is of type double; offence codes must be text or "
                             r"whole numbers"):
        score(run, two_areas(layers), events)


def test_a_whole_number_code_field_is_matched_as_text_with_a_warning(run, layers):
    events = layers.events([("POINT(500 500)", 29, None), ("POINT(1500 500)", 44, None)], code_type="integer")

    results, feedback = score(run, two_areas(layers), events)

    assert feedback.warnings_with("Field 'code' of layer 'events' holds numbers", "matched as text")
    assert scores(results) == pytest.approx({"A": w("29"), "B": w("44")})
    assert_reconciled(results, 2)


def test_non_numeric_weights_in_a_custom_table_are_refused_naming_file_row_and_column(run, layers, tmp_path):
    table = tmp_path / "bad_weights.csv"
    table.write_text("code,weight\n28E,12\n8N,lots\n", encoding="utf-8")

    with pytest.raises(QgsProcessingException,
                       match=r"bad_weights\.csv: row 3, column 'weight': weight \"lots\" is not a number"):
        score(run, two_areas(layers), layers.events([("POINT(500 500)", "28E", None)]), HARM_TABLE_FILE=str(table))


def test_an_empty_events_layer_scores_every_area_zero_with_a_warning(run, layers):
    results, feedback = score(run, two_areas(layers), layers.events([]))

    assert feedback.warnings_with("Layer 'events' has no records", "every area scores 0")
    assert scores(results, "harm_n") == {"A": 0, "B": 0}
    assert scores(results) == {"A": 0.0, "B": 0.0}
    assert scores(results, "harm_rank") == {"A": 1, "B": 1}  # tied
    assert assert_reconciled(results, 0) == {s: 0 for s in STATUSES}


def test_unparseable_dates_make_records_invalid_with_a_warning_giving_examples(run, layers):
    events = layers.events([
        ("POINT(500 500)", "28E", "2019-02-10"),
        ("POINT(500 500)", "8N", "someday"),
        ("POINT(1500 500)", "44", "2019-13-01"),
    ])

    results, feedback = score(run, two_areas(layers), events, DATE_FIELD="day", START="2019-01-01")

    assert feedback.warnings_with("Field 'day' of layer 'events' has dates that cannot be read", "someday",
                                  "2019-13-01")
    assert scores(results) == pytest.approx({"A": w("28E"), "B": 0.0})
    assert assert_reconciled(results, 3)["invalid"] == 2


# --------------------------------------------------------------------------- codes with no weight


@pytest.fixture
def unknown_codes(layers):
    return layers.events([
        ("POINT(500 500)", "28E", None),
        ("POINT(500 500)", "XX1", None),
        ("POINT(1500 500)", "XX1", None),
        ("POINT(1500 500)", "YY", None),
    ])


def test_codes_with_no_weight_fail_the_run_when_asked_listing_the_codes(run, layers, unknown_codes):
    with pytest.raises(QgsProcessingException) as error:
        score(run, two_areas(layers), unknown_codes, MISSING_WEIGHT=0)

    message = str(error.value)
    assert "Layer 'events', field 'code': 2 code(s) have no weight" in message
    assert "'XX1' (2), 'YY' (1)" in message


def test_codes_with_no_weight_weigh_zero_by_default_counted_in_log_records_and_provenance(run, layers, read,
        unknown_codes):
    results, feedback = score(run, two_areas(layers), unknown_codes, RECORDS="TEMPORARY_OUTPUT")

    assert feedback.warnings_with("3 records with 2 code(s) not in harm table", "weigh 0", "'XX1' (2), 'YY' (1)")
    assert scores(results) == pytest.approx({"A": w("28E"), "B": 0.0})
    assert provenance_of(results["OUTPUT"])["missing_weight"] == {"policy": "zero", "codes": {"XX1": 2, "YY": 1}}
    assert [r["table_code"] for r in read.rows(results["RECORDS"])] == ["28E", None, None, None]
    assert assert_reconciled(results, 4)["assigned"] == 4


def test_codes_with_no_weight_take_the_default_weight_when_asked(run, layers, unknown_codes):
    results, feedback = score(run, two_areas(layers), unknown_codes, MISSING_WEIGHT=2, DEFAULT_WEIGHT=7.5)

    assert feedback.warnings_with("3 records with 2 code(s) not in harm table", "weigh the default 7.5")
    assert scores(results) == pytest.approx({"A": w("28E") + 7.5, "B": 7.5 + 7.5})
    assert_reconciled(results, 4)


# --------------------------------------------------------------------------- cancel


@pytest.mark.parametrize("cancel_on", [None, "Reading areas", "Reading records", "Weighting", "Writing outputs"])
def test_a_cancelled_run_stops_cleanly_and_leaves_nothing_that_claims_to_be_complete(run, layers, feedback, tmp_path,
                                                                                     cancel_on):
    feedback.cancel_on = cancel_on
    if cancel_on is None:
        feedback.cancel()  # cancelled before the run starts
    output, records = tmp_path / "scored.gpkg", tmp_path / "records.gpkg"
    events = layers.events([("POINT(500 500)", "28E", None), ("POINT(1500 500)", "8N", None)])

    results, _ = score(run, two_areas(layers), events, feedback, OUTPUT=str(output), RECORDS=str(records))

    assert "OUTPUT" not in results and "RECORDS" not in results
    for path in (output, records):
        if path.exists():  # a sink opened before the cancel: no provenance, so no plugin output
            assert provenance_of(QgsVectorLayer(str(path), "left over", "ogr")) is None


def test_denominators_from_a_csv_give_harm_per_1000_joined_by_area_code(run, layers, read, tmp_path):
    areas = layers.areas([("E01", layers.square(0, 0)), ("E02", layers.square(1000, 0))])
    events = layers.events([("POINT(500 500)", "28E", "2019-02"), ("POINT(1500 500)", "8N", "2019-02")])
    pop = tmp_path / "population.csv"
    pop.write_text("code,households\ne01,250\n", encoding="utf-8")
    results, feedback = score(run, areas, events, DENOMINATORS=str(pop), DENOMINATOR_CODE="code",
                              DENOMINATOR_FIELD="households")
    rates = scores(results, "harm_per_1000")
    assert rates["E01"] == pytest.approx(w("28E") / 250 * 1000)
    assert read.plain(rates["E02"]) is None  # no denominator: no rate
    assert feedback.warnings_with("1 area(s)", "E02", "population.csv")
    assert provenance_of(results["OUTPUT"])["denominators"]["value_column"] == "households"
