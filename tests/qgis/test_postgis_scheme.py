"""socharm:scorescheme on PostGIS layers: the records of every measure layer are
placed and counted in the database, and the outputs are those of the desktop.

Each comparison runs the algorithm twice on the same PostGIS layers: ENGINE
automatic (the PostGIS path) and ENGINE desktop (every record read into QGIS,
the path test_score_scheme.py checks), and compares every field of every
output row (by area id), the numeric outputs, the provenance key by key and
the warnings (``both`` of test_postgis_dated.py). The small hand-built case
has its counts worked out by hand (see ``expected`` and ``EXPECTED_STATUSES``).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsGraduatedSymbolRenderer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.test_postgis_dated import both, w
from tests.qgis.test_postgis_scoreharm import DESKTOP, assert_same_outputs, both_by_qgis_process, features
from tests.qgis.test_score_scheme import SOC, SOC_LAYERS, expected_linked_offences, write_scheme

ALG = "socharm:scorescheme"


def scheme_both(run, parameters, key):
    """``both`` for scorescheme: the database's (results, feedback, provenance of OUTPUT)."""
    results, feedback, _ = both(run, ALG, dict(parameters, OUTPUT="TEMPORARY_OUTPUT"), {"OUTPUT": key})
    assert any(i.startswith("Engine: PostGIS") for i in feedback.infos), feedback.infos
    provenance = provenance_of(results["OUTPUT"])
    assert "engine_reason" not in provenance
    return results, feedback, provenance


def per_measure(layer, key, measures):
    """{area: {measure: (n, harm)}}."""
    return {k: {m: (row[m + "_n"], row[m + "_harm"]) for m in measures} for k, (row, _) in features(layer, key).items()}


def by_status(provenance, measure):
    """A measure's statuses that were given, from the reconciliation."""
    return {k: v for k, v in provenance["reconciliation"]["measures"][measure]["by_status"].items() if v}


def desktop_because(run, parameters, reason, key="area_id", ignore=()):
    """Runs ENGINE automatic where the desktop must run for ``reason`` and ENGINE desktop;
    asserts the reason, the log line and that both outputs are the same. (results, feedback)."""
    results, feedback = run(ALG, dict(parameters, OUTPUT="TEMPORARY_OUTPUT"))
    chosen, _ = run(ALG, dict(parameters, OUTPUT="TEMPORARY_OUTPUT", ENGINE=DESKTOP))
    provenance = provenance_of(results["OUTPUT"])
    assert (provenance["engine"], provenance.get("engine_reason")) == ("desktop", reason)
    assert any(i.startswith("Engine: desktop, though PostGIS layers are given") and "({0})".format(reason) in i
               for i in feedback.infos), feedback.infos
    assert_same_outputs(results["OUTPUT"], chosen["OUTPUT"], key, ignore)
    for name in ("RECORDS_IN", "ASSIGNED"):
        assert results[name] == chosen[name], name
    assert results["TOTAL_HARM"] == pytest.approx(chosen["TOTAL_HARM"], rel=1e-9, abs=1e-9)
    return results, feedback


# --------------------------------------------------------------------------- the sample force


@pytest.fixture(scope="module")
def sample():
    """The sample force as pg_sample loads it (the same seed), for counts from its own tables."""
    from tools.sample.force import generate_force

    return generate_force()


def sample_parameters(pg_sample, areas, area_id, **extra):
    return dict({"AREAS": pg_sample.layer(areas), "AREA_ID": area_id, "AREA_NAME": areas[:-1] + "_name",
                 "SCHEME": str(SOC), "LAYERS": [sample_layer(pg_sample, name) for name in SOC_LAYERS],
                 "POPULATION_FIELD": "population"}, **extra)


def table_kind(name):
    """The link table has no geometry column."""
    return {"geometry_column": None} if name == "offence_nominal_links" else {}


def sample_layer(pg_sample, name):
    return pg_sample.layer(name, **table_kind(name))


def located_ids(sample, layer, id_field, keep=None):
    """Ids of a layer's records with a geometry (and ``keep`` true of their attributes)."""
    records = sample[layer]
    rows = records.attributes
    mask = [g is not None for g in records.geometries]
    if keep is not None:
        mask = [m and bool(k) for m, k in zip(mask, keep(rows))]
    return set(rows.loc[mask, id_field])


def test_the_sample_force_scores_all_nine_measures_by_sector_in_postgis_as_on_the_desktop(run, pg_sample, sample):
    assert int(pg_sample.cluster.psql("SELECT count(*) FROM sample.offences")) == len(sample["offences"])

    results, _, provenance = scheme_both(run, sample_parameters(pg_sample, "sectors", "sector_id"), "sector_id")

    rows = [row for row, _ in features(results["OUTPUT"], "sector_id").values()]
    assert len(rows) == len(sample["sectors"])
    for key in (m["key"] for m in provenance["scheme"]["measures"]):
        assert sum(r[key + "_n"] for r in rows) > 0, key
    located = located_ids(sample, "offences", "offence_id")
    assert sum(r["ocg_crime_n"] for r in rows) == len(expected_linked_offences(sample, ["OCG"]) & located) > 0
    assert sum(r["peer_group_crime_n"] for r in rows) == len(
        expected_linked_offences(sample, ["UCG", "PCG"]) & located) > 0
    assert sum(r["drug_supply_n"] for r in rows) == len(located_ids(
        sample, "offences", "offence_id", lambda a: a.ho_code == "92A")) > 0
    assert sum(r["ocg_nominals_n"] for r in rows) == len(located_ids(
        sample, "nominals", "nominal_id", lambda a: a.group_type.isin(["OCG", "PI"])))
    assert sum(r["firearms_discharges_n"] for r in rows) == len(located_ids(
        sample, "firearms_discharges", "discharge_id", lambda a: a.soc_related == 1))
    assert results["ASSIGNED"] == sum(r["harm_n"] for r in rows)
    assert results["RECORDS_IN"] == sum(len(sample[name]) for name in (
        "offences", "nominals", "cannabis_farms", "firearms_discharges", "drug_deaths", "firearms_intel"))
    assert (provenance["period"]["start"], provenance["period"]["end"]) == (None, None)


def test_the_sample_force_in_a_bounded_period_by_ward_drops_dated_records_and_names_undated_measures(
        run, pg_sample, sample):
    start, end = "2024-07-01", "2024-12-31"

    results, feedback, provenance = scheme_both(run, sample_parameters(
        pg_sample, "wards", "ward_id", START=start, END=end), "ward_id")

    rows = [row for row, _ in features(results["OUTPUT"], "ward_id").values()]
    assert len(rows) == len(sample["wards"])
    in_period = located_ids(sample, "offences", "offence_id",
                            lambda a: (a.offence_date >= start) & (a.offence_date <= end))
    assert sum(r["ocg_crime_n"] for r in rows) == len(expected_linked_offences(sample, ["OCG"]) & in_period) > 0
    deaths = located_ids(sample, "drug_deaths", "death_id", lambda a: (a.death_date >= start) & (a.death_date <= end))
    assert sum(r["drug_deaths_n"] for r in rows) == len(deaths) < len(sample["drug_deaths"])
    for key in ("ocg_crime", "drug_supply", "cannabis_farms", "drug_deaths", "firearms_intel"):
        assert by_status(provenance, key)["out_of_period"] > 0, key
    for key in ("ocg_nominals", "peer_nominals"):
        assert "out_of_period" not in by_status(provenance, key)
        assert feedback.warnings_with(key, "no date field"), key
    assert (provenance["period"]["start"], provenance["period"]["end"]) == (start, end)


# --------------------------------------------------------------------------- a case worked out by hand

# Three square areas: W3 [0,1000]x[0,1000], W2 [1000,2000]x[0,1000] (sharing W3's edge x=1000) and
# W1 [2000,3000]x[1000,2000] (touching W2 only at the vertex (2000,1000)). Their ids sort against
# their order in the layer, so a record on a shared boundary counts in the area whose id sorts first.
AREAS = [("W3", 0, 0, 1000), ("W2", 1000, 0, 2000), ("W1", 2000, 1000, 0)]  # id, x0, y0, population

INCIDENTS = [  # wkt, incident_id, code, day, severity, kind
    ("POINT(500 500)", "i1", "8N", "2024-02-10", 2.0, "drugs"),  # W3
    ("POINT(1000 500)", "i2", "28E", "2024-03-01", 3.5, "theft"),  # the edge of W3 and W2: W2
    ("POINT(2000 1000)", "i3", "92A", "2024-04-15", None, "drugs"),  # the vertex of W2 and W1: W1; NULL severity
    ("POINT(1500 500)", "i4", "ZZ9", "2024-05-05", -1.0, "drugs"),  # W2; a code in no table; negative severity
    ("POINT(5000 5000)", "i5", "8N", "2024-01-20", 1.0, "drugs"),  # outside every area
    (None, "i6", "8N", "2024-02-02", 1.0, "drugs"),  # no geometry
    ("POINT(2500 1500)", "i7", "8N", "soon", 4.0, "theft"),  # W1; a date that cannot be read
    ("POINT(600 400)", "i8", "28E", "2023-12-31", 1.5, "drugs"),  # W3; before the period
    ("POINT(1200 800)", "i9", "8N", "2024-06-30", 0.0, None),  # W2; the period's last day; no kind
    ("POINT(1700 300)", "i10", "28E", None, 1.0, "theft"),  # W2; no date
]
PEOPLE = [  # wkt, person_id, group_type, morile
    ("POINT(300 300)", "P1", "OCG", 75.0),  # W3: 200 x 75 / 50
    ("POINT(1000 1000)", "P2", "OCG", None),  # the vertex of W3 and W2: W2; no threat score: 200
    ("POINT(2200 1200)", "P3", "UCG", 40.0),  # W1, not OCG
    (None, "P4", "OCG", 50.0),  # no geometry
    ("POINT(2900 1900)", "P5", "OCG", 25.0),  # W1: 200 x 25 / 50
]
LINKS = [("i1", "P1"), ("i1", "P2"), ("i2", "P3"), ("i3", "P1"), ("i99", "P1"), ("i7", "P9"), ("i8", "P2"),
         ("i5", "P1"), ("i1", None)]
START, END = "2024-01-01", "2024-06-30"
MEASURES = ("crime", "severity", "flagged", "gang_crime", "residents")
RATIONALE = "a stated weight, for the test"


def hand_scheme(tmp_path: Path, flagged_filter: str = "\"kind\" = 'drugs'") -> str:
    link = {"table": "incident_links", "record_id": "incident_id", "table_record_id": "incident_id",
            "table_nominal_id": "person_id", "nominals": "people", "nominal_id": "person_id",
            "group_type_field": "group_type", "group_types": ["OCG"]}
    measures = [
        {"key": "crime", "label": "Crime", "layer": "incidents", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "crime", "missing_weight": "default",
         "default_weight": 5},
        {"key": "severity", "label": "Severity", "layer": "incidents", "method": "field", "weight_field": "severity",
         "dimension": "crime"},
        {"key": "flagged", "label": "Drug-flagged", "layer": "incidents", "filter": flagged_filter, "method": "fixed",
         "weight": 10, "dimension": "drugs", "rationale": RATIONALE},
        {"key": "gang_crime", "label": "Gang crime", "layer": "incidents", "method": "fixed", "weight": 100,
         "date_field": "day", "dimension": "groups", "rationale": RATIONALE, "link": link},
        {"key": "residents", "label": "OCG residents", "layer": "people", "filter": "\"group_type\" = 'OCG'",
         "method": "fixed", "weight": 200, "threat_field": "morile", "threat_reference": 50, "dimension": "people",
         "personal_fields": ["person_id"], "rationale": RATIONALE},
    ]
    return write_scheme(tmp_path, measures)


def hand_layers(layers):
    """The memory layers of the hand case: areas, incidents, people, incident_links."""
    areas = layers.areas([(i, layers.square(x, y), pop) for i, x, y, pop in AREAS], extra=["population:integer"])
    incidents = layers.memory("Point", ["incident_id:string", "code:string", "day:string", "severity:double",
                                        "kind:string"], INCIDENTS, name="incidents")
    people = layers.memory("Point", ["person_id:string", "group_type:string", "morile:double"], PEOPLE, name="people")
    links = layers.memory("None", ["incident_id:string", "person_id:string"], [(None, r, n) for r, n in LINKS],
                          name="incident_links")
    return areas, incidents, people, links


def copy_table(pg_layers, layer):
    """A layer without geometry copied into PostGIS (pg_layers.copy opens a geometry column)."""
    from qgis.core import QgsVectorLayerExporter

    table = layer.name()
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, pg_layers.uri(table, key="fid", geometry_column=None), "postgres", layer.crs(), False,
        {"overwrite": True})
    assert int(getattr(error, "value", error)) == 0, message
    return pg_layers.open(table, table, key="fid", geometry_column=None)


def hand_parameters(layers, pg_layers, tmp_path, areas_in="postgis", incidents_in="postgis", people_in="postgis",
                    **scheme):
    """The hand case's parameters: every layer in PostGIS (the link table too) unless told ("gpkg")."""
    areas, incidents, people, links = hand_layers(layers)
    into = {"postgis": pg_layers.copy, "gpkg": layers.gpkg}
    return {
        "AREAS": into[areas_in](areas), "AREA_ID": "area_id",
        "POPULATION_FIELD": "population", "SCHEME": hand_scheme(tmp_path, **scheme),
        "LAYERS": [into[incidents_in](incidents), into[people_in](people), copy_table(pg_layers, links)],
        "START": START, "END": END,
    }


def expected():
    """{area: {measure: (n, harm)}} worked out by hand (see INCIDENTS, PEOPLE and LINKS)."""
    return {
        "W3": {"crime": (1, w("8N")), "severity": (2, 2.0 + 1.5), "flagged": (2, 20.0), "gang_crime": (1, 100.0),
               "residents": (1, 300.0)},
        "W2": {"crime": (3, w("28E") + 5.0 + w("8N")), "severity": (3, 3.5 + 0.0 + 1.0), "flagged": (1, 10.0),
               "gang_crime": (0, 0.0), "residents": (1, 200.0)},
        "W1": {"crime": (1, w("92A")), "severity": (1, 4.0), "flagged": (1, 10.0), "gang_crime": (1, 100.0),
               "residents": (1, 100.0)},
    }


EXPECTED_STATUSES = {
    "crime": {"assigned": 5, "outside": 1, "no_geometry": 1, "invalid": 1, "out_of_period": 2},  # i7; i8, i10
    "severity": {"assigned": 6, "outside": 1, "no_geometry": 1, "invalid": 2},  # i3 NULL, i4 negative
    "flagged": {"assigned": 4, "outside": 1, "no_geometry": 1, "filtered": 4},
    "gang_crime": {"assigned": 2, "outside": 1, "out_of_period": 1, "filtered": 6},  # i1, i3; i5; i8
    "residents": {"assigned": 3, "no_geometry": 1, "filtered": 1},
}


def assert_hand_counts(results):
    """The hand-worked counts and harm, per area and measure, and what follows from them."""
    got = per_measure(results["OUTPUT"], "area_id", MEASURES)
    want = expected()
    assert set(got) == set(want)
    for area, measures in want.items():
        for measure, (n, harm) in measures.items():
            assert got[area][measure][0] == n, (area, measure)
            assert got[area][measure][1] == pytest.approx(harm, rel=1e-12), (area, measure)
    rows = {k: row for k, (row, _) in features(results["OUTPUT"], "area_id").items()}
    for area, measures in want.items():
        assert rows[area]["harm_n"] == sum(n for n, _ in measures.values())
        assert rows[area]["harm_score"] == pytest.approx(sum(h for _, h in measures.values()), rel=1e-12)
        assert rows[area]["dim_crime"] == pytest.approx(measures["crime"][1] + measures["severity"][1], rel=1e-12)
    assert rows["W3"]["harm_per_1000"] == pytest.approx(rows["W3"]["harm_score"], rel=1e-12)  # 1,000 residents
    assert results["ASSIGNED"] == 20 and results["RECORDS_IN"] == len(INCIDENTS) + len(PEOPLE)


def test_the_hand_case_counts_in_postgis_as_worked_out_by_hand_and_as_on_the_desktop(
        run, layers, pg_layers, tmp_path):
    results, feedback, provenance = scheme_both(run, hand_parameters(layers, pg_layers, tmp_path), "area_id")

    assert_hand_counts(results)
    for measure, statuses in EXPECTED_STATUSES.items():
        assert by_status(provenance, measure) == statuses, measure
    measures = provenance["reconciliation"]["measures"]
    assert measures["crime"]["missing_codes"] == {"ZZ9": 1}
    assert measures["severity"]["null_weights"] == 2
    assert measures["residents"]["no_threat_score"] == 1
    assert measures["gang_crime"]["unlinked"] == {
        "link_to_unknown_record": 1, "link_to_unknown_nominal": 1, "link_row_with_empty_id": 1}
    assert {k for k, m in measures.items() if m.get("undated")} == {"severity", "flagged", "residents"}
    assert provenance["reconciliation"]["layers"] == {
        "incidents": {"records_in": 10, "in_a_measure": 10, "in_no_measure": 0},
        "people": {"records_in": 5, "in_a_measure": 4, "in_no_measure": 1}}
    assert provenance["shared_boundary_records"] == 3  # i2, i3, P2
    assert feedback.warnings_with("'crime'", "ZZ9") and feedback.warnings_with("'crime'", "soon")
    assert feedback.warnings_with("'severity'", "2 records have no usable weight")
    assert feedback.warnings_with("'gang_crime'", "link_to_unknown_record")
    assert feedback.warnings_with("'flagged'", "no date field")
    assert any("'residents': 1 records have no threat score" in i for i in feedback.infos)


# --------------------------------------------------------------------------- the desktop, and why


def test_records_asked_for_run_on_the_desktop_with_the_same_counts(run, layers, pg_layers, tmp_path):
    parameters = dict(hand_parameters(layers, pg_layers, tmp_path), RECORDS="TEMPORARY_OUTPUT")

    results, _ = desktop_because(run, parameters, "records_output", ignore=("records",))  # two outputs

    assert_hand_counts(results)
    # a row per record and measure that selected it (10 + 10 + 6 + 4 + 4), and P3, which none selected
    assert results["RECORDS"].featureCount() == 35


def test_areas_from_a_geopackage_run_on_the_desktop_with_the_same_counts(run, layers, pg_layers, tmp_path):
    results, _ = desktop_because(run, hand_parameters(layers, pg_layers, tmp_path, areas_in="gpkg"),
                                 "one_layer_not_postgis")
    assert_hand_counts(results)


def test_a_measure_layer_from_a_geopackage_runs_on_the_desktop_with_the_same_counts(run, layers, pg_layers, tmp_path):
    results, _ = desktop_because(run, hand_parameters(layers, pg_layers, tmp_path, incidents_in="gpkg"),
                                 "one_layer_not_postgis")
    assert_hand_counts(results)


def test_nominals_that_a_measure_places_from_a_geopackage_run_on_the_desktop_even_when_a_link_reads_them(
        run, layers, pg_layers, tmp_path):
    # people: the residents measure places them, and gang_crime's link reads them too
    results, _ = desktop_because(run, hand_parameters(layers, pg_layers, tmp_path, people_in="gpkg"),
                                 "one_layer_not_postgis")
    assert_hand_counts(results)


def test_a_filter_sql_cannot_translate_runs_on_the_desktop_with_the_same_counts(run, layers, pg_layers, tmp_path):
    parameters = hand_parameters(layers, pg_layers, tmp_path, flagged_filter="upper(\"kind\") = 'DRUGS'")

    results, _ = desktop_because(run, parameters, "filter_not_translatable")

    assert_hand_counts(results)


def test_street_lines_as_areas_run_on_the_desktop_and_count_the_nearest_street(run, layers, pg_layers, tmp_path):
    parameters = hand_parameters(layers, pg_layers, tmp_path)
    streets = layers.areas([("S1", "LINESTRING(0 480, 1000 480)"), ("S2", "LINESTRING(2000 1500, 3000 1500)")],
                           geometry="LineString", name="streets")
    parameters.update(AREAS=pg_layers.copy(streets), START=None, END=None)
    parameters.pop("POPULATION_FIELD")

    results, _ = desktop_because(run, parameters, "street_lines")

    got = per_measure(results["OUTPUT"], "area_id", ("crime", "severity"))
    # within 50 m: i1 (20 m) and i2 (20 m from S1's end) on S1, i7 on S2; i8 is 80 m away
    assert got["S1"]["crime"] == (2, pytest.approx(w("8N") + w("28E"), rel=1e-12))
    assert got["S1"]["severity"] == (2, pytest.approx(5.5, rel=1e-12))
    assert got["S2"]["crime"] == (1, pytest.approx(w("8N"), rel=1e-12)) and got["S2"]["severity"] == (1, 4.0)


# --------------------------------------------------------------------------- where the user meets it


def test_qgis_process_scores_the_scheme_in_postgis_and_the_output_reopens_styled(pg_sample, tmp_path):
    fresh = both_by_qgis_process(pg_sample, tmp_path, ALG, {
        "AREAS": "postgres://" + pg_sample.uri("sectors"), "AREA_ID": "sector_id", "AREA_NAME": "sector_name",
        "SCHEME": str(SOC), "LAYERS": ["postgres://" + pg_sample.uri(name, **table_kind(name)) for name in SOC_LAYERS],
        "POPULATION_FIELD": "population", "TOLERANCE": 50, "GEOGRAPHY": 0,
        "START": "2024-01-01", "END": "2024-12-31"}, "sector_id")

    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)
    assert fresh.renderer().classAttribute() == "harm_score"
    provenance = provenance_of(fresh)
    assert provenance["scheme"]["name"] == "SOC place-based harm"
    assert all(pg_sample.cluster.password not in source for source in provenance["sources"].values())
    assert sum(f["harm_n"] for f in fresh.getFeatures()) > 0


# --------------------------------------------------------------------------- values the SQL must read as QGIS does


ODD = [  # wkt, code, sev (text), threat, day (month only)
    ("POINT(500 500)", " 8n ", "2.5", 20.0, "2024-02"),  # the first area; a code written loosely; 2.5 x 20 / 10
    ("POINT(1000 500)", "８ｎ", "x", None, "2024-03"),  # the shared edge; a full-width code; a weight that is no number
    ("POINT(1500 500)", None, "4", -5.0, "2024-03"),  # the second area; no code; a negative threat: factor 1
    ("POINT(500 600)", "28E", "-2", 10.0, "2024-04"),  # the first area; after the period; a negative weight
]


@pytest.mark.parametrize("ids", [(10, 9), ("b", "C")], ids=["numbers", "text"])
def test_codes_text_weights_threats_month_only_dates_and_the_id_that_sorts_first_are_read_as_on_the_desktop(
        run, layers, pg_layers, tmp_path, ids):
    first, second = ids  # the record on their shared edge counts in ``second``: 9 < 10 as numbers, "C" < "b" as text
    kind = "integer" if isinstance(first, int) else "string"
    areas = pg_layers.copy(layers.areas([(first, layers.square(0, 0)), (second, layers.square(1000, 0))],
                                        id_type=kind))
    things = pg_layers.copy(layers.memory("Point", ["code:string", "sev:string", "threat:double", "day:string"], ODD,
                                          name="things"))
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "things", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "crime"},
        {"key": "sev", "label": "Severity", "layer": "things", "method": "field", "weight_field": "sev",
         "threat_field": "threat", "threat_reference": 10, "dimension": "crime"}])

    results, feedback, provenance = scheme_both(run, {
        "AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [things],
        "START": "2024-02-01", "END": "2024-03-31"}, "area_id")

    got = per_measure(results["OUTPUT"], "area_id", ("crime", "sev"))
    assert got[first]["crime"] == (1, pytest.approx(w("8N"), rel=1e-12))
    assert got[second]["crime"] == (2, pytest.approx(w("8N"), rel=1e-12))  # the full-width 8N, and no code: 0
    assert got[first]["sev"] == (1, pytest.approx(5.0, rel=1e-12)) and got[second]["sev"] == (1, 4.0)
    measures = provenance["reconciliation"]["measures"]
    assert by_status(provenance, "crime") == {"assigned": 3, "out_of_period": 1}
    assert by_status(provenance, "sev") == {"assigned": 2, "invalid": 2}
    assert measures["crime"]["missing_codes"] == {"": 1}
    assert (measures["sev"]["null_weights"], measures["sev"]["no_threat_score"]) == (2, 1)
    assert provenance["period"]["month_only"] == {"crime": True}
    assert provenance["shared_boundary_records"] == 1


def test_subset_strings_of_the_sample_force_are_honoured_in_postgis_as_on_the_desktop(run, pg_sample, sample):
    parameters = sample_parameters(pg_sample, "sectors", "sector_id")
    parameters["AREAS"] = pg_sample.layer("sectors", sql="\"sector_id\" <> 'S01'")
    parameters["LAYERS"][0] = pg_sample.layer("offences", sql="\"offence_date\" >= '2024-06-01'")

    results, _, provenance = scheme_both(run, parameters, "sector_id")

    kept = pg_sample.layer("offences", sql="\"offence_date\" >= '2024-06-01'").featureCount()
    assert provenance["reconciliation"]["layers"]["offences"]["records_in"] == kept < len(sample["offences"])
    assert "S01" not in features(results["OUTPUT"], "sector_id")
    assert by_status(provenance, "drug_supply")["outside"] > 0  # the records of S01 lie in no area given


def two_areas(layers, pg_layers):
    return pg_layers.copy(layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))]))


def test_links_in_a_field_multipoints_and_a_filter_that_selects_nothing_are_the_same_in_both_engines(
        run, layers, pg_layers, tmp_path):
    events = pg_layers.copy(layers.memory("MultiPoint", ["code:string", "noms:string"], [
        ("MULTIPOINT((500 500),(1500 500))", "8N", "P1;P9"),  # placed at its first point: A; P9 is no nominal
        ("MULTIPOINT((1500 500))", "28E", "P2"),  # B; P2 is not OCG
        ("MULTIPOINT((1600 600),(100 100))", "8N", None),  # B
    ], name="events"))
    nominals = layers.memory("Point", ["nominal_id:string", "group_type:string"], [
        ("POINT(100 100)", "P1", "OCG"), ("POINT(200 200)", "P2", "UCG")], name="noms")  # read on the desktop
    scheme = write_scheme(tmp_path, [
        {"key": "linked", "label": "Linked", "layer": "events", "method": "fixed", "weight": 10,
         "dimension": "groups", "rationale": RATIONALE,
         "link": {"nominal_id_field": "noms", "separator": ";", "nominals": "noms", "nominal_id": "nominal_id",
                  "group_type_field": "group_type", "group_types": ["OCG"]}},
        {"key": "none", "label": "None", "layer": "events", "filter": "\"code\" = 'NOPE'", "method": "fixed",
         "weight": 1, "dimension": "groups", "rationale": RATIONALE},
        {"key": "all", "label": "All", "layer": "events", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "dimension": "crime"}])

    results, feedback, provenance = scheme_both(run, {"AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id",
                                                      "SCHEME": scheme, "LAYERS": [events, nominals]}, "area_id")

    got = per_measure(results["OUTPUT"], "area_id", ("linked", "none", "all"))
    assert got["A"] == {"linked": (1, 10.0), "none": (0, 0.0), "all": (1, pytest.approx(w("8N"), rel=1e-12))}
    assert got["B"] == {"linked": (0, 0.0), "none": (0, 0.0),
                        "all": (2, pytest.approx(w("28E") + w("8N"), rel=1e-12))}
    assert provenance["reconciliation"]["measures"]["linked"]["unlinked"] == {"link_to_unknown_nominal": 1}
    assert by_status(provenance, "none") == {"filtered": 3}
    assert feedback.warnings_with("2 multipoint records")


def test_records_that_no_area_holds_are_explained_alike_by_both_engines(run, layers, pg_layers, tmp_path):
    events = pg_layers.copy(layers.events([("POINT(5000 5000)", "8N", "2024-02-01"),
                                           ("POINT(7000 6000)", "28E", "2024-03-01")], name="far"))
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "far", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "crime"}])

    results, feedback, provenance = scheme_both(run, {"AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id",
                                                      "SCHEME": scheme, "LAYERS": [events]}, "area_id")

    assert results["ASSIGNED"] == 0 and by_status(provenance, "crime") == {"outside": 2}
    assert feedback.warnings_with("none of the 2 records", "every area scores 0")


def test_records_in_another_crs_are_placed_alike_by_both_engines(run, layers, pg_layers, tmp_path):
    areas = pg_layers.copy(layers.areas([("A", layers.square(530000, 180000, 2000)),
                                         ("B", layers.square(532000, 180000, 2000))]))
    events = pg_layers.copy(layers.events([("POINT(-0.1180 51.5040)", "28E", None),
                                           ("POINT(-0.0900 51.5050)", "8N", None),
                                           ("POINT(-0.0500 51.5000)", "29", None)], crs="EPSG:4326", name="wgs"))
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "wgs", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "dimension": "crime"}])

    results, _, provenance = scheme_both(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme,
                                               "LAYERS": [events]}, "area_id")

    placed = {k: row["crime_n"] for k, (row, _) in features(results["OUTPUT"], "area_id").items()}
    assert sum(placed.values()) == by_status(provenance, "crime").get("assigned", 0) >= 1


def gang_links(layers, tmp_path, layer: str, incident_ids):
    """One OCG member P1 (layer "people"), a link table tying ``incident_ids`` to P1, and a scheme whose
    one measure, gang_crime, counts the records of ``layer`` linked to an OCG member: (people, links, scheme)."""
    nominals = layers.memory("Point", ["person_id:string", "group_type:string"], [("POINT(0 0)", "P1", "OCG")],
                             name="people")
    links = layers.memory("None", ["incident_id:string", "person_id:string"],
                          [(None, ident, "P1") for ident in incident_ids], name="incident_links")
    scheme = write_scheme(tmp_path, [
        {"key": "gang_crime", "label": "Gang crime", "layer": layer, "method": "fixed", "weight": 1,
         "dimension": "groups", "rationale": RATIONALE,
         "link": {"table": "incident_links", "record_id": "incident_id", "table_record_id": "incident_id",
                  "table_nominal_id": "person_id", "nominals": "people", "nominal_id": "person_id",
                  "group_type_field": "group_type", "group_types": ["OCG"]}}])
    return nominals, links, scheme


def test_link_ids_with_any_whitespace_around_them_link_alike_in_both_engines(run, layers, pg_layers, tmp_path):
    # links.id_key strips what Python calls whitespace: a no-break space, an em space, a tab...
    padded = ["i1\u00a0", "\u2003i2", " i3\t", "i4\u3000", "i5"]
    events = pg_layers.copy(layers.memory("Point", ["incident_id:string"], [
        ("POINT({0} 500)".format(100 + 150 * k), ident) for k, ident in enumerate(padded)], name="padded"))
    nominals, links, scheme = gang_links(layers, tmp_path, "padded", ["i{0}".format(k) for k in range(1, 6)])

    results, _, provenance = scheme_both(run, {"AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id",
                                               "SCHEME": scheme, "LAYERS": [events, nominals, links]}, "area_id")

    assert by_status(provenance, "gang_crime") == {"assigned": 5}
    assert "unlinked" not in provenance["reconciliation"]["measures"]["gang_crime"]


def test_timestamps_are_dated_alike_in_both_engines_whatever_the_servers_time_zone(run, layers, pg_layers, tmp_path):
    """A user whose sessions run in another time zone than QGIS's (ALTER ROLE ... SET timezone)."""
    cluster = pg_layers.cluster
    schema = pg_layers.schema
    pg_layers.sql("CREATE TABLE {0}.stamped (fid serial PRIMARY KEY, code text, at timestamptz, "
                  "geom geometry(Point, 27700))".format(schema))
    pg_layers.sql("INSERT INTO {0}.stamped (code, at, geom) VALUES "
                  "('8N', '2024-06-30 23:30:00+00', ST_SetSRID(ST_MakePoint(500, 500), 27700)), "
                  "('8N', '2024-07-01 00:30:00+00', ST_SetSRID(ST_MakePoint(600, 500), 27700)), "
                  "('8N', '2024-06-30 11:00:00+00', ST_SetSRID(ST_MakePoint(1500, 500), 27700))".format(schema))
    areas = two_areas(layers, pg_layers)
    role = "tz_" + schema
    cluster.psql("CREATE ROLE {0} LOGIN PASSWORD 'tz-pw'".format(role))
    cluster.psql("ALTER ROLE {0} SET timezone = 'Pacific/Auckland'".format(role))
    cluster.psql("GRANT USAGE ON SCHEMA {0} TO {1}".format(schema, role))
    cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA {0} TO {1}".format(schema, role))
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "stamped", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "at", "dimension": "crime"}])
    try:
        def as_role(layer, name):
            uri = layer.source().replace("user='socharm'", "user='{0}'".format(role)).replace(
                "password='{0}'".format(cluster.password), "password='tz-pw'")
            return _open(uri, name)

        stamped = as_role(pg_layers.open("stamped", "stamped", key="fid"), "stamped")
        results, _, provenance = scheme_both(run, {
            "AREAS": as_role(areas, "areas"), "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [stamped],
            "START": "2024-06-01", "END": "2024-06-30"}, "area_id")
        stamped = None
    finally:
        cluster.psql("DROP OWNED BY {0}".format(role))
        cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{0}'".format(role))
        cluster.psql("DROP ROLE {0}".format(role))
    # QGIS reads a timestamptz as the session shows it, in Auckland: 23:30 UTC on 30 June is 1 July there,
    # and 11:00 UTC on 30 June is still 30 June; the database's own date of it must be the same
    assert by_status(provenance, "crime") == {"assigned": 1, "out_of_period": 2}
    assert per_measure(results["OUTPUT"], "area_id", ("crime",)) == {
        "A": {"crime": (0, 0.0)}, "B": {"crime": (1, pytest.approx(w("8N"), rel=1e-12))}}


def _open(uri, name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, name, "postgres")
    assert layer.isValid(), uri
    return layer


def test_a_selection_of_areas_counts_in_postgis_as_on_the_desktop(run, layers, pg_layers, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    parameters = hand_parameters(layers, pg_layers, tmp_path)
    areas = parameters["AREAS"]
    QgsProject.instance().addMapLayer(areas)
    try:
        areas.selectByExpression("\"area_id\" IN ('W3', 'W1')")
        parameters["AREAS"] = QgsProcessingFeatureSourceDefinition(areas.id(), True)
        results, _, _ = scheme_both(run, parameters, "area_id")
    finally:
        QgsProject.instance().removeMapLayer(areas.id())

    got = per_measure(results["OUTPUT"], "area_id", MEASURES)
    assert set(got) == {"W3", "W1"}
    # without W2, i2 on its edge with W3 counts in W3, and so does P2 on their vertex
    assert got["W3"]["crime"] == (2, pytest.approx(w("8N") + w("28E"), rel=1e-12))
    assert got["W3"]["residents"] == (2, pytest.approx(500.0, rel=1e-12))
    assert got["W1"] == expected()["W1"]


# --------------------------------------------------------------------------- what the user is told


@pytest.mark.parametrize("measure", [
    {"method": "field", "weight_field": "sev"},
    {"method": "fixed", "weight": 1e6, "threat_field": "sev", "threat_reference": 1e-6},
    {"method": "table", "code_field": "code", "harm_table": "ons_css_ho_code", "missing_weight": "fail"},
], ids=["weights", "threats", "codes"])
def test_weights_out_of_range_and_codes_with_no_weight_are_refused_alike_by_both_engines(
        run, layers, pg_layers, tmp_path, measure):
    from qgis.core import QgsProcessingException

    events = pg_layers.copy(layers.memory("Point", ["code:string", "sev:double"], [
        ("POINT(100 100)", "8N", 1.0), ("POINT(200 100)", "XX1", 1e300), ("POINT(300 100)", "8N", 2e300),
        (None, "XX2", 5e300)], name="ev"))
    scheme = write_scheme(tmp_path, [dict({"key": "m", "label": "M", "layer": "ev", "dimension": "d",
                                                      "rationale": RATIONALE}, **measure)])
    parameters = {"AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                  "OUTPUT": "TEMPORARY_OUTPUT"}
    messages = []
    for engine in (0, DESKTOP):
        with pytest.raises(QgsProcessingException) as error:
            run(ALG, dict(parameters, ENGINE=engine))
        messages.append(str(error.value))

    assert messages[0] == messages[1]
    named = {"weights": "feature ids 2, 3, 4", "threats": "feature ids 1, 2, 3, 4", "codes": "'XX1' (1), 'XX2' (1)"}
    assert named[{"field": "weights", "fixed": "threats", "table": "codes"}[measure["method"]]] in messages[0]


def text_keyed(pg_layers, weight):
    """A table whose key is text (QGIS numbers its features itself): r-b near, r-a absurdly far, r-c no geometry."""
    schema = pg_layers.schema
    pg_layers.sql("DROP TABLE IF EXISTS {0}.tk".format(schema))
    pg_layers.sql("CREATE TABLE {0}.tk (ref text PRIMARY KEY, sev float8, geom geometry(Point, 27700))".format(schema))
    pg_layers.sql("INSERT INTO {0}.tk VALUES ('r-b', {1}, ST_SetSRID(ST_MakePoint(100, 100), 27700)), "
                  "('r-a', 2, ST_SetSRID(ST_MakePoint(1e20, 100), 27700)), ('r-c', {1}, NULL)".format(schema, weight))
    return pg_layers.open("tk", "tk", key="ref")


def test_a_table_with_a_text_key_runs_on_the_desktop_and_names_records_as_qgis_numbers_them(
        run, layers, pg_layers, tmp_path):
    # QGIS numbers the features of a table keyed by text itself, so only the desktop can name them by those ids
    scheme = write_scheme(tmp_path, [{"key": "m", "label": "M", "layer": "tk", "dimension": "d",
                                               "method": "field", "weight_field": "sev"}])
    areas = two_areas(layers, pg_layers)
    results, feedback = desktop_because(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme,
                                              "LAYERS": [text_keyed(pg_layers, 1)]}, "record_key_type")
    assert by_status(provenance_of(results["OUTPUT"]), "m") == {"assigned": 1, "invalid": 1, "no_geometry": 1}
    assert feedback.warnings_with("absurdly far", "feature ids 2")  # as QGIS numbers r-a


def test_a_table_with_a_text_key_names_the_same_records_when_weights_are_refused_in_both_engines(
        run, layers, pg_layers, tmp_path):
    from qgis.core import QgsProcessingException

    scheme = write_scheme(tmp_path, [{"key": "m", "label": "M", "layer": "tk", "dimension": "d",
                                               "method": "field", "weight_field": "sev"}])
    areas = two_areas(layers, pg_layers)
    messages = []
    for engine in (0, DESKTOP):
        with pytest.raises(QgsProcessingException) as error:
            run(ALG, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "ENGINE": engine,
                      "LAYERS": [text_keyed(pg_layers, "1e300")], "OUTPUT": "TEMPORARY_OUTPUT"})
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "e.g. 1e+300: feature ids 1, 3" in messages[1]


def test_overlapping_and_self_crossing_areas_place_records_alike_in_both_engines(run, layers, pg_layers, tmp_path):
    areas = pg_layers.copy(layers.areas([
        ("Z", layers.square(0, 0, 2000)), ("A", layers.square(500, 500, 1000)),
        ("X", "POLYGON((3000 0, 4000 1000, 4000 0, 3000 1000, 3000 0))"),  # a bow tie, crossing at (3500 500)
    ]))
    events = pg_layers.copy(layers.events([
        ("POINT(1000 1000)", "8N", None),  # in Z and A: A
        ("POINT(500 1000)", "8N", None),  # on A's edge, inside Z: A
        ("POINT(100 100)", "8N", None),  # Z only
        ("POINT(3100 500)", "8N", None),  # in the bow tie's left triangle
        ("POINT(3500 100)", "8N", None),  # between its triangles: outside
    ], name="ev"))
    scheme = write_scheme(tmp_path, [{"key": "m", "label": "M", "layer": "ev", "method": "fixed",
                                                 "weight": 1, "dimension": "d", "rationale": RATIONALE}])

    results, _, provenance = scheme_both(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme,
                                               "LAYERS": [events]}, "area_id")

    assert {k: row["m_n"] for k, (row, _) in features(results["OUTPUT"], "area_id").items()} == {
        "A": 2, "Z": 1, "X": 1}
    assert by_status(provenance, "m") == {"assigned": 4, "outside": 1}
    assert provenance["shared_boundary_records"] == 2


def test_a_record_id_that_is_neither_integer_nor_text_runs_on_the_desktop_and_says_why(
        run, layers, pg_layers, tmp_path):
    events = pg_layers.copy(layers.memory("Point", ["incident_id:double"], [
        ("POINT(100 100)", 1.0), ("POINT(200 100)", 2.0), ("POINT(1200 100)", 3.0)], name="ev"))
    nominals, links, scheme = gang_links(layers, tmp_path, "ev", ["1", "3"])

    results, _ = desktop_because(run, {"AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id", "SCHEME": scheme,
                                       "LAYERS": [events, nominals, links]}, "link_id_type")

    assert per_measure(results["OUTPUT"], "area_id", ("gang_crime",)) == {  # 1.0 and 3.0 are ids 1 and 3
        "A": {"gang_crime": (1, 1.0)}, "B": {"gang_crime": (1, 1.0)}}


def test_a_period_that_holds_no_record_is_explained_alike_by_both_engines(run, layers, pg_layers, tmp_path):
    events = pg_layers.copy(layers.events([
        ("POINT(500 500)", "8N", "2023-03-05"), ("POINT(600 500)", "8N", "2023-01-02"),
        ("POINT(5000 500)", "8N", "2022-12-31"), ("POINT(700 500)", "8N", "bad"), ("POINT(800 500)", "8N", "2023-07"),
    ], name="ev"))
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "ev", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "crime"},
        {"key": "other", "label": "Other", "layer": "ev", "method": "fixed", "weight": 1, "rationale": RATIONALE,
         "date_field": "day", "filter": "\"code\" = '8N'", "dimension": "crime"}])

    results, feedback, provenance = scheme_both(run, {
        "AREAS": two_areas(layers, pg_layers), "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
        "START": "2024-01-01", "END": "2024-12-31"}, "area_id")

    assert results["ASSIGNED"] == 0
    assert by_status(provenance, "crime") == {"out_of_period": 4, "invalid": 1}  # the one outside is dated 2022
    assert feedback.warnings_with("none of the 5 records", "2022-12-31", "2023-07")
    assert feedback.warnings_with("'crime'", "bad")


SCHEME_RECORD_COLUMNS = ("source_layer", "measure", "source_fid", "area_id", "weight", "table_code", "code", "date",
                         "status", "distance", "dimension", "ST_AsText(geom)")


def test_records_to_the_same_database_are_written_there_as_the_desktop_writes_them(run, layers, pg_layers, tmp_path):
    parameters = dict(hand_parameters(layers, pg_layers, tmp_path), OUTPUT="TEMPORARY_OUTPUT")

    database, _ = run(ALG, dict(parameters, RECORDS="postgis:" + pg_layers.uri("records_db", key="")))
    desktop, _ = run(ALG, dict(parameters, ENGINE=DESKTOP,
                               RECORDS="postgis:" + pg_layers.uri("records_desktop", key="")))

    provenance = provenance_of(database["OUTPUT"])
    assert provenance["engine"] == "postgis" and "engine_reason" not in provenance
    assert "records_db" in provenance["records"] and pg_layers.cluster.password not in provenance["records"]
    assert_same_outputs(database["OUTPUT"], desktop["OUTPUT"], "area_id", ignore=("records",))
    rows = {}
    for table in ("records_db", "records_desktop"):
        rows[table] = pg_layers.sql("SELECT {0} FROM {1}.{2} ORDER BY {3}".format(
            ", ".join(SCHEME_RECORD_COLUMNS), pg_layers.schema, table,
            ", ".join(str(k) for k in range(1, len(SCHEME_RECORD_COLUMNS) + 1)))).splitlines()
    assert rows["records_db"] == rows["records_desktop"]
    assert len(rows["records_db"]) == 35  # as test_records_asked_for_run_on_the_desktop_with_the_same_counts
    assert sum(1 for row in rows["records_db"] if row.split("|")[8] == "assigned") == 20
