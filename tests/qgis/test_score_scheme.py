"""socharm:scorescheme through processing.run and qgis_process: the shipped schemes
on the sample force, layers fed by LAYERS, bad schemes and inputs, provenance."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.domain.harm.scheme import builtin_schemes, load_scheme
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.sample.force import generate_force
from tools.sample.write import write_gpkg
from tools.qgis_cli import QgisProcess

ALG = "socharm:scorescheme"
SOC = builtin_schemes()["soc_place_harm"]
SOC_LAYERS = ["offences", "offence_nominal_links", "nominals", "cannabis_farms", "firearms_discharges",
              "drug_deaths", "firearms_intel"]


@pytest.fixture(scope="module")
def force(tmp_path_factory):
    """A small sample force, and its GeoPackage."""
    sample = generate_force(seed=11, n_offences=8000, months=12, start_month="2024-01")
    gpkg = write_gpkg(sample, tmp_path_factory.mktemp("force") / "force.gpkg")
    return sample, gpkg


def uri(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def soc_parameters(gpkg: Path, out_dir: Path, **extra) -> dict:
    params = {"AREAS": uri(gpkg, "sectors"), "AREA_ID": "sector_id", "AREA_NAME": "sector_name", "SCHEME": str(SOC),
              "LAYERS": [uri(gpkg, n) for n in SOC_LAYERS], "POPULATION_FIELD": "population",
              "OUTPUT": str(out_dir / "sectors_scheme.gpkg"), "RECORDS": str(out_dir / "scheme_records.gpkg")}
    params.update(extra)
    return params


def expected_linked_offences(sample, group_types) -> set:
    """Offence ids linked to a nominal of the group types, from the sample's own tables."""
    links = sample["offence_nominal_links"].attributes
    nominals = sample["nominals"].attributes
    wanted = set(nominals.loc[nominals.group_type.isin(group_types), "nominal_id"])
    return set(links.loc[links.nominal_id.isin(wanted), "offence_id"])


def test_soc_scheme_scores_sectors_with_all_nine_measures_and_everything_reconciles(run, read, force, tmp_path):
    sample, gpkg = force
    results, feedback = run(ALG, soc_parameters(gpkg, tmp_path))
    out = QgsVectorLayer(results["OUTPUT"], "scored", "ogr")
    rows = read.rows(out)
    scheme = load_scheme(SOC)
    assert len(rows) == len(sample["sectors"])
    offences = sample["offences"]
    located = {oid for oid, g in zip(offences.attributes.offence_id, offences.geometries) if g is not None}
    for m in scheme.measures:
        assert sum(r[m.key + "_n"] for r in rows) > 0, m.key  # the sample supplies every measure
        assert {m.key + "_harm", m.key + "_rank", m.key + "_share"} <= set(rows[0])
    # linked crimes, counted once each however many nominals: from the sample's own link table
    assert sum(r["ocg_crime_n"] for r in rows) == len(expected_linked_offences(sample, ["OCG"]) & located)
    assert sum(r["peer_group_crime_n"] for r in rows) == len(expected_linked_offences(sample, ["UCG", "PCG"]) & located)
    drug_supply = offences.attributes.loc[offences.attributes.ho_code == "92A", "offence_id"]
    assert sum(r["drug_supply_n"] for r in rows) == len(set(drug_supply) & located)
    nominals = sample["nominals"].attributes
    assert sum(r["ocg_nominals_n"] for r in rows) == int(nominals.group_type.isin(["OCG", "PI"]).sum())
    deaths = sample["drug_deaths"]
    assert sum(r["drug_deaths_harm"] for r in rows) == pytest.approx(len(deaths) * 7973.393423)
    for r in rows:
        measures = sum(r[m.key + "_harm"] for m in scheme.measures)
        dims = sum(r["dim_" + d] for d in scheme.dimensions)
        assert r["harm_score"] == pytest.approx(measures) == pytest.approx(dims)
        assert sum(r[m.key + "_share"] for m in scheme.measures) == pytest.approx(100.0 if r["harm_score"] else 0.0)
        assert r["harm_per_1000"] == pytest.approx(r["harm_score"] / r["population"] * 1000)
    ranked = sorted(rows, key=lambda r: r["harm_rank"])
    assert [r["harm_rank"] for r in ranked] == list(range(1, len(rows) + 1))
    assert ranked[0]["harm_score"] == max(r["harm_score"] for r in rows)
    assert results["TOTAL_HARM"] == pytest.approx(sum(r["harm_score"] for r in rows))
    assert results["ASSIGNED"] == sum(r["harm_n"] for r in rows)
    assert feedback.warnings_with("ocg_nominals", "no date field") == []  # no period: nothing to warn about

    provenance = provenance_of(QgsVectorLayer(results["OUTPUT"], "fresh", "ogr"))
    assert provenance["scheme"]["name"] == "SOC place-based harm" and provenance["scheme"]["version"] == 1
    assert [m["key"] for m in provenance["scheme"]["measures"]] == [m.key for m in scheme.measures]
    for key, rep in provenance["reconciliation"]["measures"].items():
        assert sum(rep["by_status"].values()) == rep["records_in"], key
    records = QgsVectorLayer(results["RECORDS"], "records", "ogr")
    counted = [f for f in records.getFeatures() if f["status"] == "assigned"]
    assert len(counted) == results["ASSIGNED"]
    assert {f["measure"] for f in counted} == {m.key for m in scheme.measures}
    by_layer = pd.Series([f["source_layer"] for f in records.getFeatures()]).value_counts()
    for name, info in provenance["reconciliation"]["layers"].items():
        assert info["records_in"] == len(sample[name])
        assert by_layer[name] >= info["records_in"]  # every record listed at least once
    assert "full_name" not in records.fields().names() and "nominal_id" not in records.fields().names()


def test_period_applies_to_dated_measures_and_undated_ones_are_named(run, read, force, tmp_path):
    sample, gpkg = force
    results, feedback = run(ALG, soc_parameters(gpkg, tmp_path, START="2024-07-01", END="2024-12-31"))
    rows = read.rows(QgsVectorLayer(results["OUTPUT"], "scored", "ogr"))
    deaths = sample["drug_deaths"].attributes.death_date
    in_period = int(((deaths >= "2024-07-01") & (deaths <= "2024-12-31")).sum())
    assert sum(r["drug_deaths_n"] for r in rows) == in_period < len(deaths)
    assert feedback.warnings_with("ocg_nominals", "no date field")
    assert feedback.warnings_with("peer_nominals", "no date field")


def test_consumer_detriment_scores_complaints_on_three_dimensions(run, read, force, tmp_path):
    sample, gpkg = force
    results, feedback = run(ALG, {
        "AREAS": uri(gpkg, "wards"), "AREA_ID": "ward_id", "SCHEME": str(builtin_schemes()["consumer_detriment"]),
        "LAYERS": [uri(gpkg, "complaints")], "OUTPUT": str(tmp_path / "wards_detriment.gpkg")})
    rows = read.rows(QgsVectorLayer(results["OUTPUT"], "scored", "ogr"))
    complaints = sample["complaints"].attributes
    weights = pd.read_csv(builtin_schemes()["consumer_detriment"].parent / "consumer_detriment_weights.csv").set_index(
        "code")
    financial = complaints.complaint_type.map(weights.financial).sum()
    assert sum(r["dim_financial"] for r in rows) == pytest.approx(financial)
    emotional = complaints.complaint_type.map(weights.emotional).sum() + 50 * int((
        complaints.victim_vulnerable == 1).sum())
    assert sum(r["dim_emotional"] for r in rows) == pytest.approx(emotional)
    assert sum(r["personal_n"] for r in rows) == len(complaints)
    for r in rows:
        assert r["harm_score"] == pytest.approx(r["dim_personal"] + r["dim_financial"] + r["dim_emotional"])


def test_a_single_layer_scheme_takes_the_one_layer_given_whatever_its_name(run, layers, read):
    sq = layers.square
    areas = layers.areas([("A", sq(0, 0)), ("B", sq(1000, 0))])
    crimes = layers.memory("Point", ["category:string", "month:string"], [
        ("POINT(500 500)", "Burglary", "2019-02"), ("POINT(1500 500)", "Anti-social behaviour", "2019-02"),
        ("POINT(1500 600)", "Drugs", "2019-03"), ("POINT(600 600)", "Violence and sexual offences", "2019-04"),
    ], name="my street crimes")
    results, feedback = run(ALG, {"AREAS": areas, "AREA_ID": "area_id", "LAYERS": [crimes],
                                  "SCHEME": str(builtin_schemes()["neighbourhood_policeuk"]),
                                  "START": "2019-02-01", "END": "2019-03-31", "OUTPUT": "memory:"})
    assert any("using layer 'my street crimes'" in i for i in feedback.infos)
    out = read.by(results["OUTPUT"], "area_id")
    assert out["A"]["burglary_n"] == 1 and out["A"]["violence_n"] == 0  # April is outside the period
    assert out["B"]["asb_n"] == 1 and out["B"]["asb_harm"] == 0  # counted, no CSS weight
    assert out["B"]["drugs_n"] == 1 and out["B"]["drugs_harm"] > 0
    assert feedback.warnings_with("asb", "no Crime Severity Score")


def test_denominators_from_a_csv_give_rates_per_1000_and_name_areas_without_one(run, layers, read, tmp_path):
    sq = layers.square
    areas = layers.areas([("E01", sq(0, 0)), ("E02", sq(1000, 0)), ("E03", sq(2000, 0))])
    crimes = layers.memory("Point", ["category:string", "month:string"], [
        ("POINT(500 500)", "Burglary", "2019-02"), ("POINT(1500 500)", "Burglary", "2019-02")], name="crimes")
    pop = tmp_path / "pop.csv"
    pop.write_text("LSOA11CD,Persons_All-Ages\nE01,2000\nE02,500\nE77,10\n", encoding="utf-8")
    results, feedback = run(ALG, {"AREAS": areas, "AREA_ID": "area_id", "LAYERS": [crimes],
                                  "SCHEME": str(builtin_schemes()["neighbourhood_policeuk"]),
                                  "DENOMINATORS": str(pop), "DENOMINATOR_CODE": "LSOA11CD",
                                  "DENOMINATOR_FIELD": "Persons_All-Ages", "OUTPUT": "memory:"})
    out = read.by(results["OUTPUT"], "area_id")
    burglary = out["E01"]["burglary_harm"]
    assert out["E01"]["burglary_per_1000"] == pytest.approx(burglary / 2000 * 1000)
    assert out["E02"]["harm_per_1000"] == pytest.approx(out["E02"]["harm_score"] / 500 * 1000)
    assert out["E03"]["harm_per_1000"] is None
    assert feedback.warnings_with("1 area(s)", "E03")


# --------------------------------------------------------------------------- bad schemes and inputs


def write_scheme(tmp_path: Path, measures: list) -> str:
    path = tmp_path / "team_scheme.json"
    path.write_text(json.dumps({"version": 1, "name": "Team", "measures": measures}), encoding="utf-8")
    return str(path)


def fail_message(run, params) -> str:
    with pytest.raises(QgsProcessingException) as error:
        run(ALG, params)
    return str(error.value)


def small_inputs(layers):
    areas = layers.areas([("A", layers.square(0, 0))])
    events = layers.events([("POINT(500 500)", "8N", "2019-02")], name="offences")
    return areas, events


def test_a_layer_the_scheme_needs_but_nobody_gives_is_named_with_its_measures(run, layers, tmp_path):
    areas, events = small_inputs(layers)
    scheme = write_scheme(tmp_path, [
        {"key": "crime", "label": "Crime", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "dimension": "crime"},
        {"key": "deaths", "label": "Deaths", "layer": "drug_deaths", "method": "fixed", "weight": 10,
         "dimension": "drugs", "rationale": "a stated weight"}])
    message = fail_message(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                                 "OUTPUT": "memory:"})
    assert "'drug_deaths' (measures deaths)" in message and "'offences'" in message


def test_a_field_the_scheme_needs_is_named_with_measure_and_layer(run, layers, tmp_path):
    areas, events = small_inputs(layers)
    scheme = write_scheme(tmp_path, [{"key": "crime", "label": "Crime", "layer": "offences", "method": "table",
                                      "code_field": "ho_code", "harm_table": "ons_css_ho_code", "dimension": "crime"}])
    message = fail_message(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                                 "OUTPUT": "memory:"})
    assert "measure 'crime': layer 'offences' has no field 'ho_code'" in message
    assert "code, day" in message  # the fields it has


def test_a_filter_that_cannot_be_read_or_names_a_missing_field_is_refused(run, layers, tmp_path):
    areas, events = small_inputs(layers)
    base = {"key": "crime", "label": "Crime", "layer": "offences", "method": "table", "code_field": "code",
            "harm_table": "ons_css_ho_code", "dimension": "crime"}
    scheme = write_scheme(tmp_path, [dict(base, filter="\"code\" IN (")])
    message = fail_message(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                                 "OUTPUT": "memory:"})
    assert "measure 'crime', key 'filter'" in message and "cannot be read" in message
    scheme = write_scheme(tmp_path, [dict(base, filter="\"soc_flag\" = 1")])
    message = fail_message(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                                 "OUTPUT": "memory:"})
    assert "measure 'crime', key 'filter': layer 'offences' has no field(s) soc_flag" in message


def test_malformed_unknown_method_and_newer_schemes_are_refused_before_reading_anything(run, layers, tmp_path):
    areas, events = small_inputs(layers)
    params = {"AREAS": areas, "AREA_ID": "area_id", "LAYERS": [events], "OUTPUT": "memory:"}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "bad.json: not valid JSON" in fail_message(run, dict(params, SCHEME=str(bad)))
    scheme = write_scheme(tmp_path, [{"key": "crime", "label": "Crime", "layer": "offences", "method": "css",
                                      "dimension": "crime"}])
    assert "measure 'crime', key 'method': unknown weight method 'css'" in fail_message(run, dict(params,
            SCHEME=scheme))
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": 99, "name": "Future", "measures": []}), encoding="utf-8")
    assert "version 99 was written for a newer SOC Harm" in fail_message(run, dict(params, SCHEME=str(newer)))


def test_a_measure_that_must_not_miss_weights_names_its_codes(run, layers, tmp_path):
    areas = layers.areas([("A", layers.square(0, 0))])
    events = layers.events([("POINT(500 500)", "XX9", "2019-02"), ("POINT(600 500)", "8N", "2019-02")], name="offences")
    scheme = write_scheme(tmp_path, [{"key": "crime", "label": "Crime", "layer": "offences", "method": "table",
                                      "code_field": "code", "harm_table": "ons_css_ho_code", "dimension": "crime",
                                      "missing_weight": "fail"}])
    message = fail_message(run, {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": scheme, "LAYERS": [events],
                                 "OUTPUT": "memory:"})
    assert "measure 'crime': layer 'offences', field 'code': 1 code(s) have no weight" in message and "'XX9'" in message


# --------------------------------------------------------------------------- qgis_process


def test_qgis_process_runs_the_soc_scheme_with_layers_given_on_the_command_line(force, tmp_path, read):
    sample, gpkg = force
    qp = QgisProcess(tmp_path / "qp")
    params = soc_parameters(gpkg, tmp_path)
    params.update({"TOLERANCE": 50, "GEOGRAPHY": 0, "RECORDS": None})
    result = qp.run(ALG, params)
    assert result["_returncode"] == 0, result["_stderr"]
    out = QgsVectorLayer(params["OUTPUT"], "fresh", "ogr")
    assert isinstance(out.renderer(), QgsGraduatedSymbolRenderer) and out.renderer().classAttribute() == "harm_score"
    provenance = provenance_of(out)
    assert provenance["algorithm"] == ALG and provenance["scheme"]["name"] == "SOC place-based harm"
    assert provenance["parameters"]["LAYERS"] == params["LAYERS"]
    assert result["results"]["TOTAL_HARM"] == pytest.approx(sum(r["harm_score"] for r in read.rows(out)))
