"""Harm schemes (soc_harm_plugin.domain.harm.scheme, scheme_scoring, denominators): pure, no QGIS.

Expected numbers are worked out by hand in the comments beside them.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import box

from soc_harm_plugin.about import resource_path
from soc_harm_plugin.domain.harm.denominators import DenominatorError, join_denominators, load_denominators
from soc_harm_plugin.domain.harm.harm_table import normalise_code
from soc_harm_plugin.domain.harm.scheme import (
    SCHEME_FORMAT_VERSION,
    SchemeError,
    builtin_schemes,
    dimension_field,
    load_scheme,
    parse_scheme,
)
from soc_harm_plugin.domain.harm.scheme_scoring import (
    MeasureWeightError,
    SchemeInputError,
    SourceLayer,
    score_scheme,
    scheme_fields,
)
from soc_harm_plugin.domain.harm.scoring import Areas
from soc_harm_plugin.domain.codes import RECORD_STATUSES
from soc_harm_plugin.domain.periods.calendar import Period

# --------------------------------------------------------------------------- helpers

TABLE_CSV = "code,weight,label\nA,10,Assault\nB,4,Burglary\nD,100,Drug supply\n"


def write_scheme(tmp_path: Path, measures: list, **extra) -> Path:
    (tmp_path / "tiny.csv").write_text(TABLE_CSV, encoding="utf-8")
    obj = {"version": 1, "name": "Tiny", "measures": measures}
    obj.update(extra)
    path = tmp_path / "scheme.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def table_measure(key="crime", **extra) -> dict:
    m = {"key": key, "label": key.title(), "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "tiny.csv", "dimension": "crime"}
    m.update(extra)
    return m


def layer(name: str, points, **columns) -> SourceLayer:
    """points: (x, y) or None (no geometry), one per record; fids 1..n."""
    n = len(points)
    x = np.array([p[0] if p else np.nan for p in points], dtype=float)
    y = np.array([p[1] if p else np.nan for p in points], dtype=float)
    status = np.array(["ok" if p else "no_geometry" for p in points], dtype=object)
    return SourceLayer(name=name, fid=np.arange(1, n + 1, dtype=np.int64), x=x, y=y, geometry_status=status,
                       columns={k: np.array(v, dtype=object) for k, v in columns.items()})


def two_areas(population=None) -> Areas:
    # west [0,10]x[0,10] and east [10,20]x[0,10]; areas given as 100 m2 each
    return Areas(ids=["west", "east"], geometries=[box(0, 0, 10, 10), box(10, 0, 20, 10)],
                 area_m2=np.array([100.0, 100.0]), population=population)


W, E, OUT = (5, 5), (15, 5), (50, 50)


def check_reconciles(result, layers: dict) -> None:
    """Every measure accounts for every record of its layer; the records output
    lists every record of every measure layer at least once."""
    for rep in result.measures.values():
        assert sum(rep.by_status.values()) == rep.records_in
        assert set(rep.by_status) == set(RECORD_STATUSES)
    rec = result.records
    for name, info in result.layers.items():
        fids = set(rec.fid[rec.layer == name].tolist())
        assert fids == set(layers[name].fid.tolist())
        assert info["in_a_measure"] + info["in_no_measure"] == info["records_in"] == len(layers[name])


# --------------------------------------------------------------------------- the shipped schemes


def css_weights() -> dict:
    with open(resource_path("harm_tables", "ons_css_ho_code.csv"), newline="", encoding="utf-8") as handle:
        return {row["code"]: float(row["weight"]) for row in csv.DictReader(handle)}


def test_three_schemes_are_shipped_and_load():
    paths = builtin_schemes()
    assert set(paths) == {"soc_place_harm", "consumer_detriment", "neighbourhood_policeuk"}
    names = {key: load_scheme(path).name for key, path in paths.items()}
    assert names == {"soc_place_harm": "SOC place-based harm", "consumer_detriment": "Consumer detriment",
                     "neighbourhood_policeuk": "Neighbourhood crime (data.police.uk)"}


def test_soc_scheme_has_the_nine_measures_of_the_force_dashboard():
    scheme = load_scheme(builtin_schemes()["soc_place_harm"])
    assert [m.key for m in scheme.measures] == [
        "ocg_crime", "peer_group_crime", "drug_supply", "cannabis_farms", "firearms_discharges",
        "ocg_nominals", "peer_nominals", "drug_deaths", "firearms_intel"]
    assert scheme.measure("ocg_crime").link.group_types == ("OCG",)
    assert set(scheme.measure("peer_group_crime").link.group_types) == {"UCG", "PCG"}
    assert scheme.layers() == ["offences", "offence_nominal_links", "nominals", "cannabis_farms",
                               "firearms_discharges", "drug_deaths", "firearms_intel"]


def test_soc_scheme_states_an_equivalent_weight_and_why_for_every_measure_that_is_not_an_offence():
    scheme = load_scheme(builtin_schemes()["soc_place_harm"])
    css = css_weights()
    not_offences = [m for m in scheme.measures if m.method == "fixed"]
    assert {m.key for m in not_offences} == {"cannabis_farms", "firearms_discharges", "ocg_nominals", "peer_nominals",
                                             "drug_deaths", "firearms_intel"}
    for m in not_offences:
        assert len(m.rationale) > 40, m.key
        assert m.weight == pytest.approx(css[m.equivalent_code] * m.factor), m.key
    assert scheme.measure("drug_deaths").weight == pytest.approx(7973.393423)  # manslaughter = homicide in the CSS
    assert "manslaughter" in scheme.measure("drug_deaths").rationale
    assert scheme.measure("firearms_intel").weight == pytest.approx(412.2023946 / 4)
    assert "full_name" in scheme.personal_fields()["nominals"]


def test_consumer_detriment_scores_three_dimensions_from_one_weight_table_the_user_edits():
    scheme = load_scheme(builtin_schemes()["consumer_detriment"])
    assert scheme.dimensions == ["personal", "financial", "emotional"]
    with open(resource_path("schemes", "consumer_detriment_weights.csv"), newline="", encoding="utf-8") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    for key in ("personal", "financial", "emotional"):
        table = scheme.tables[key]
        for code in ("doorstep_crime", "unsafe_products"):
            assert table.weights[normalise_code(code)] == float(rows[code][key])


def test_neighbourhood_scheme_uses_the_police_uk_category_table_on_month_dates():
    scheme = load_scheme(builtin_schemes()["neighbourhood_policeuk"])
    assert scheme.layers() == ["crimes"]
    assert {m.date_field for m in scheme.measures} == {"month"}
    assert {scheme.tables[m.key].key for m in scheme.measures} == {"ons_css_policeuk_category"}


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("measure, key, words", [
    (table_measure(method="bogus"), "method", "unknown weight method 'bogus'"),
    (table_measure(code_field=""), "code_field", "required"),
    (table_measure(harm_table="nowhere.csv"), "harm_table", "not found"),
    (table_measure(colour="red"), "colour", "unknown key"),
    (table_measure(key="Crime!"), "key", "lowercase"),
    (table_measure(key="harm"), "key", "reserved"),
    ({"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "fixed", "weight": 5, "dimension": "x"},
     "rationale", "say why"),
    ({"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "fixed", "equivalent_code": "Z",
      "harm_table": "tiny.csv", "dimension": "x", "rationale": "like Z"}, "equivalent_code", "not in harm table"),
    ({"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "field", "dimension": "x"}, "weight_field",
     "required"),
    (table_measure(link={"table": "links"}), "link", "record_id"),
    (table_measure(link={"nominal_id_field": "nom", "group_types": ["OCG"]}), "link", "nominals"),
    (table_measure(weight=-1), "weight", "0 or more"),
])
def test_a_bad_measure_is_refused_naming_the_measure_and_the_key(tmp_path, measure, key, words):
    path = write_scheme(tmp_path, [measure])
    with pytest.raises(SchemeError) as error:
        load_scheme(path)
    message = str(error.value)
    assert "scheme.json" in message
    assert "key '{0}'".format(key) in message
    assert "measure '{0}'".format(measure["key"]) in message or "measure 1" in message
    assert words in message


def fixed_measure(**extra) -> dict:
    m = {"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "fixed", "weight": 5, "dimension": "drugs",
         "rationale": "a stated weight"}
    m.update(extra)
    return m


def refusal(tmp_path, text: str) -> str:
    """The SchemeError for a scheme file holding ``text`` (JSON as a team might write it)."""
    path = tmp_path / "scheme.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemeError) as error:
        load_scheme(path)
    return str(error.value)


@pytest.mark.parametrize("number, shown", [("Infinity", "inf"), ("-Infinity", "-inf"), ("NaN", "nan"), ("1e999", "inf"),
                                           ("1" + "0" * 400, "inf")])
def test_a_weight_that_is_not_a_finite_number_is_refused(tmp_path, number, shown):
    # Python's json reads Infinity, NaN and 1e999 without complaint; a 400-digit number overflows a float
    measure = json.dumps(fixed_measure(weight=0)).replace('"weight": 0', '"weight": ' + number)
    message = refusal(tmp_path, '{"version": 1, "name": "Team", "measures": [%s]}' % measure)
    assert message == "Scheme scheme.json, measure 'deaths', key 'weight': must be a finite number; got {0}".format(
        shown)


def test_a_fixed_weight_of_a_billion_is_accepted_and_one_above_is_refused(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [fixed_measure(weight=1e9)]))
    assert scheme.measures[0].weight == 1e9
    message = refusal(tmp_path, json.dumps({"version": 1, "name": "Team", "measures": [fixed_measure(weight=1e200)]}))
    assert message.startswith("Scheme scheme.json, measure 'deaths', key 'weight': 1e+200 is above the largest "
                              "weight accepted, "
                              "1,000,000,000")


def test_a_factor_that_lifts_a_weight_above_the_maximum_is_refused(tmp_path):
    # 1,000 x 2,000,000 = 2e9, above 1e9
    message = refusal(tmp_path, json.dumps({"version": 1, "name": "Team",
                                            "measures": [fixed_measure(weight=1000, factor=2e6)]}))
    assert message.startswith("Scheme scheme.json, measure 'deaths', key 'factor': the weight times the factor is "
                              "2000000000.0, "
                              "which is above the largest weight accepted")


@pytest.mark.parametrize("key", ["default_weight", "factor", "threat_reference"])
def test_other_numbers_of_a_measure_must_be_finite(tmp_path, key):
    measure = json.dumps(fixed_measure(**{key: 1})).replace('"{0}": 1'.format(key), '"{0}": Infinity'.format(key))
    message = refusal(tmp_path, '{"version": 1, "name": "Team", "measures": [%s]}' % measure)
    assert message == "Scheme scheme.json, measure 'deaths', key '{0}': must be a finite number; got inf".format(key)


def test_malformed_json_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"version": 1, "measures": [', encoding="utf-8")
    with pytest.raises(SchemeError, match=r"broken\.json: not valid JSON"):
        load_scheme(path)


def test_a_newer_scheme_version_is_refused_with_the_version_this_plugin_reads(tmp_path):
    path = write_scheme(tmp_path, [table_measure()], version=SCHEME_FORMAT_VERSION + 1)
    with pytest.raises(SchemeError) as error:
        load_scheme(path)
    assert "version {0} was written for a newer SOC Harm".format(SCHEME_FORMAT_VERSION + 1) in str(error.value)
    assert "up to version {0}".format(SCHEME_FORMAT_VERSION) in str(error.value)


def test_duplicate_keys_and_clashing_dimension_spellings_are_refused(tmp_path):
    with pytest.raises(SchemeError, match="key 'crime' is used twice"):
        load_scheme(write_scheme(tmp_path, [table_measure(), table_measure()]))
    with pytest.raises(SchemeError, match="both become field dim_people"):
        load_scheme(write_scheme(tmp_path, [table_measure("a", dimension="People"), table_measure("b",
                dimension="people")]))


def test_a_scheme_without_measures_or_name_is_refused(tmp_path):
    with pytest.raises(SchemeError, match="'measures' must be a non-empty list"):
        parse_scheme({"version": 1, "name": "x", "measures": []})
    with pytest.raises(SchemeError, match="'name' must be a non-empty text"):
        parse_scheme({"version": 1, "measures": [table_measure()]})


def test_dimension_fields_are_lowercase_codes():
    assert dimension_field("Personal") == "dim_personal"
    assert dimension_field("Organised crime / drugs") == "dim_organised_crime_drugs"


# --------------------------------------------------------------------------- scoring: weight methods


def test_table_fixed_and_field_measures_count_and_weigh_each_record(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [
        table_measure("crime"),
        {"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "fixed", "equivalent_code": "D",
         "factor": 0.5, "harm_table": "tiny.csv", "dimension": "drugs", "rationale": "half a drug supply offence"},
        {"key": "losses", "label": "Losses", "layer": "losses", "method": "field", "weight_field": "pounds",
         "dimension": "money"},
    ]))
    layers = {
        "offences": layer("offences", [W, W, E, OUT, None], code=["A", "B", "A", "A", "B"]),
        "deaths": layer("deaths", [E, E, W]),
        "losses": layer("losses", [W, E, E, E], pounds=[7.5, None, 2, -3]),
    }
    result = score_scheme(scheme, layers, two_areas())
    c = result.score_columns
    # crime: west A+B = 14 (2 records), east A = 10; one outside, one without geometry
    assert c["crime_n"].tolist() == [2, 1] and c["crime_harm"].tolist() == [14.0, 10.0]
    # deaths: 0.5 x 100 = 50 each; east 2, west 1
    assert c["deaths_n"].tolist() == [1, 2] and c["deaths_harm"].tolist() == [50.0, 100.0]
    # losses: west 7.5; east 2 (NULL and -3 are invalid, not 0)
    assert c["losses_n"].tolist() == [1, 1] and c["losses_harm"].tolist() == [7.5, 2.0]
    assert result.measures["losses"].by_status["invalid"] == 2
    assert result.measures["losses"].null_weights == 2
    assert result.measures["crime"].by_status["outside"] == 1
    assert result.measures["crime"].by_status["no_geometry"] == 1
    # totals: west 14 + 50 + 7.5 = 71.5; east 10 + 100 + 2 = 112
    assert c["harm_score"].tolist() == [71.5, 112.0]
    assert c["harm_n"].tolist() == [4, 4]
    assert c["harm_rank"].tolist() == [2, 1]
    assert c["harm_share"] == pytest.approx([71.5 / 183.5 * 100, 112 / 183.5 * 100])
    assert c["crime_rank"].tolist() == [1, 2] and c["deaths_rank"].tolist() == [2, 1]
    assert c["deaths_share"] == pytest.approx([50 / 71.5 * 100, 100 / 112 * 100])
    assert c["dim_crime"].tolist() == [14.0, 10.0] and c["dim_drugs"].tolist() == [50.0, 100.0]
    assert c["harm_per_km2"] == pytest.approx([71.5 / 1e-4, 112 / 1e-4])
    check_reconciles(result, layers)


def test_output_fields_come_per_measure_then_dimensions_then_the_totals(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [table_measure("a", dimension="one"), table_measure("b",
            dimension="two")]))
    result = score_scheme(scheme, {"offences": layer("offences", [W], code=["A"])}, two_areas(population=np.array([
        2000.0, 0.0])))
    assert list(result.score_columns) == [
        "a_n", "a_harm", "a_rank", "a_share", "a_per_1000", "b_n", "b_harm", "b_rank", "b_share", "b_per_1000",
        "dim_one", "dim_two", "harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2", "harm_per_1000"]
    # per 1,000 residents: 10 / 2000 x 1000 = 5; no rate where the population is 0
    assert result.score_columns["a_per_1000"][0] == 5.0 and math.isnan(result.score_columns["a_per_1000"][1])


def test_a_record_in_two_measures_counts_in_each_and_is_listed_under_each(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [table_measure("all_crime"), table_measure("assaults")]))
    layers = {"offences": layer("offences", [W, E], code=["A", "B"])}
    only_assaults = np.array([True, False])
    result = score_scheme(scheme, layers, two_areas(), filters={"assaults": only_assaults})
    assert result.score_columns["all_crime_harm"].tolist() == [10.0, 4.0]
    assert result.score_columns["assaults_harm"].tolist() == [10.0, 0.0]
    assert result.score_columns["harm_score"].tolist() == [20.0, 4.0]
    rec = result.records
    listed = sorted(zip(rec.fid.tolist(), rec.measure.tolist(), rec.status_text().tolist()))
    assert listed == [(1, "all_crime", "assigned"), (1, "assaults", "assigned"), (2, "all_crime", "assigned")]
    assert result.measures["assaults"].by_status["filtered"] == 1
    check_reconciles(result, layers)


def test_records_no_measure_selects_are_listed_once_as_filtered(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [table_measure("drugs")]))
    layers = {"offences": layer("offences", [W, E, W], code=["D", "A", "B"])}
    result = score_scheme(scheme, layers, two_areas(), filters={"drugs": np.array([True, False, False])})
    rec = result.records
    none_rows = rec.measure == None  # noqa: E711 (object array)
    assert sorted(rec.fid[none_rows].tolist()) == [2, 3]
    assert set(rec.status_text()[none_rows]) == {"filtered"}
    assert result.layers["offences"] == {"records_in": 3, "in_a_measure": 1, "in_no_measure": 2}
    check_reconciles(result, layers)


def test_missing_codes_follow_the_measure_policy(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [table_measure("strict", missing_weight="fail"),
                                                 table_measure("lenient", missing_weight="default", default_weight=3)]))
    layers = {"offences": layer("offences", [W, E], code=["A", "ZZ"])}
    with pytest.raises(MeasureWeightError) as error:
        score_scheme(scheme, layers, two_areas())
    assert error.value.measure == "strict" and error.value.missing == {"ZZ": 1}
    scheme = load_scheme(write_scheme(tmp_path, [table_measure("lenient", missing_weight="default", default_weight=3)]))
    result = score_scheme(scheme, layers, two_areas())
    assert result.score_columns["lenient_harm"].tolist() == [10.0, 3.0]
    assert result.measures["lenient"].missing_codes == {"ZZ": 1}


def test_threat_score_weights_nominals_and_a_missing_score_leaves_the_weight_unchanged(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [
        {"key": "members", "label": "Members", "layer": "nominals", "method": "fixed", "weight": 100,
         "threat_field": "morile", "threat_reference": 50, "dimension": "people", "rationale": "a stated weight"}]))
    layers = {"nominals": layer("nominals", [W, W, E], morile=[75, None, 25])}
    result = score_scheme(scheme, layers, two_areas())
    # west: 100 x 75/50 + 100 x 1 = 250; east: 100 x 25/50 = 50
    assert result.score_columns["members_harm"].tolist() == [250.0, 50.0]
    assert result.measures["members"].no_threat_score == 1


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), 2e9])
def test_a_weight_field_holding_an_infinite_or_huge_number_is_refused_naming_the_records(tmp_path, value):
    scheme = load_scheme(write_scheme(tmp_path, [
        {"key": "losses", "label": "Losses", "layer": "losses", "method": "field", "weight_field": "pounds",
         "dimension": "money"}]))
    layers = {"losses": layer("losses", [W, E, E], pounds=[7.5, value, 2])}
    with pytest.raises(SchemeInputError) as error:
        score_scheme(scheme, layers, two_areas())
    assert str(error.value) == (
        "Measure 'losses': layer 'losses' has 1 record(s) whose weight (field 'pounds') is not a finite number or "
        "is above "
        "the largest weight accepted, 1,000,000,000, e.g. {0}: feature ids 2. Correct or remove these values.".format(
            repr(value)))


def test_a_weight_field_value_of_a_billion_is_counted(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [
        {"key": "losses", "label": "Losses", "layer": "losses", "method": "field", "weight_field": "pounds",
         "dimension": "money"}]))
    result = score_scheme(scheme, {"losses": layer("losses", [W, E], pounds=[1e9, 2])}, two_areas())
    assert result.score_columns["losses_harm"].tolist() == [1e9, 2.0]


def test_a_threat_score_that_lifts_a_weight_above_the_maximum_is_refused(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [
        {"key": "members", "label": "Members", "layer": "nominals", "method": "fixed", "weight": 100,
         "threat_field": "morile", "threat_reference": 50, "dimension": "people", "rationale": "a stated weight"}]))
    # 100 x 1e12 / 50 = 2e12
    layers = {"nominals": layer("nominals", [W, E], morile=[75, 1e12])}
    with pytest.raises(SchemeInputError, match=r"whose weight \(the measure's weight times field 'morile' / 50.0\) .* "
                                               r"e\.g\. 2000000000000\.0: feature ids 2\."):
        score_scheme(scheme, layers, two_areas())


def test_a_weight_field_out_of_the_measure_is_not_checked(tmp_path):
    # a filtered-out record's weight is never used: it cannot stop the run
    scheme = load_scheme(write_scheme(tmp_path, [
        {"key": "losses", "label": "Losses", "layer": "losses", "method": "field", "weight_field": "pounds",
         "dimension": "money"}]))
    result = score_scheme(scheme, {"losses": layer("losses", [W, E], pounds=[3, float("inf")])}, two_areas(),
                          filters={"losses": np.array([True, False])})
    assert result.score_columns["losses_harm"].tolist() == [3.0, 0.0]
    assert result.measures["losses"].by_status["filtered"] == 1


# --------------------------------------------------------------------------- scoring: links to nominals

NOMINALS = dict(nominal_id=["N1", "N2", "N3", "N4"], group_type=["OCG", "OCG", "PCG", "ocg "])


def linked_measure(key, group_types, **link) -> dict:
    spec = {"nominals": "nominals", "nominal_id": "nominal_id", "group_type_field": "group_type",
            "group_types": group_types}
    spec.update(link)
    return table_measure(key, link=spec)


def via_table(key, group_types):
    return linked_measure(key, group_types, table="links", record_id="offence_id",
                          table_record_id="offence_id", table_nominal_id="nominal_id")


def test_link_table_counts_an_offence_once_however_many_nominals_of_the_type_it_has(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [via_table("ocg_crime", ["OCG"]), via_table("peer_crime", ["PCG"])]))
    layers = {
        "offences": layer("offences", [W, E, E, W], code=["A", "B", "A", "D"], offence_id=["O1", "O2", "O3", "O4"]),
        "nominals": layer("nominals", [W, W, E, E], **NOMINALS),
        # O1: two OCG members (and one PCG) -> once in each measure; O2: PCG only; O3: N4, 'ocg ' spelt loosely;
        # O4: no links; one row names an offence not in the layer, one a nominal not in the layer
        "links": layer("links", [None] * 7, offence_id=["O1", "O1", "O1", "O2", "O3", "O9", "O3"],
                       nominal_id=["N1", "N2", "N3", "N3", "N4", "N1", "N7"]),
    }
    result = score_scheme(scheme, layers, two_areas())
    c = result.score_columns
    assert c["ocg_crime_n"].tolist() == [1, 1] and c["ocg_crime_harm"].tolist() == [10.0, 10.0]  # O1 west, O3 east
    assert c["peer_crime_n"].tolist() == [1, 1] and c["peer_crime_harm"].tolist() == [10.0, 4.0]  # O1 west, O2 east
    assert result.measures["ocg_crime"].unlinked == {"link_to_unknown_record": 1, "link_to_unknown_nominal": 1}
    assert "links" not in result.layers  # a link table is read, not placed
    check_reconciles(result, layers)


def test_nominal_id_field_on_the_offence_links_one_or_several_nominals(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [linked_measure("ocg_crime", ["OCG"], nominal_id_field="suspects",
                                                                separator=";")]))
    layers = {
        "offences": layer("offences", [W, E, E, W], code=["A", "B", "A", "D"],
                          suspects=["N1; N2", "N3", None, "N9;N4"]),
        "nominals": layer("nominals", [W, W, E, E], **NOMINALS),
    }
    result = score_scheme(scheme, layers, two_areas())
    # O1 (two OCG: once) west 10; O4 (N4 is OCG; N9 unknown) west 100; O2 PCG only; O3 no suspect
    assert result.score_columns["ocg_crime_harm"].tolist() == [110.0, 0.0]
    assert result.score_columns["ocg_crime_n"].tolist() == [2, 0]
    assert result.measures["ocg_crime"].unlinked == {"link_to_unknown_nominal": 1}


def test_scheme_fields_lists_every_field_each_layer_must_supply(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [via_table("ocg_crime", ["OCG"])]))
    assert scheme_fields(scheme) == {"offences": ["code", "offence_id"], "links": ["offence_id", "nominal_id"],
                                     "nominals": ["nominal_id", "group_type"]}
    with pytest.raises(SchemeInputError, match="Measure 'ocg_crime': layer 'nominals' has no field 'group_type'"):
        score_scheme(scheme, {
            "offences": layer("offences", [W], code=["A"], offence_id=["O1"]),
            "links": layer("links", [None], offence_id=["O1"], nominal_id=["N1"]),
            "nominals": layer("nominals", [W], nominal_id=["N1"]),
        }, two_areas())


# --------------------------------------------------------------------------- period


def test_period_applies_to_each_measure_date_field_and_undated_measures_count_everything(tmp_path):
    scheme = load_scheme(write_scheme(tmp_path, [
        table_measure("crime", date_field="day"),
        {"key": "members", "label": "Members", "layer": "nominals", "method": "fixed", "weight": 1,
         "dimension": "people", "rationale": "a stated weight"},
    ]))
    layers = {
        "offences": layer("offences", [W, W, E, E], code=["A", "A", "B", "B"],
                          day=["2024-01-15", "2023-12-31", "2024-02", "not a date"]),
        "nominals": layer("nominals", [W, E]),
    }
    result = score_scheme(scheme, layers, two_areas(), period=Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31)))
    assert result.score_columns["crime_harm"].tolist() == [10.0, 4.0]
    assert result.measures["crime"].by_status["out_of_period"] == 1
    assert result.measures["crime"].by_status["invalid"] == 1
    assert result.unparseable_dates["crime"] == ["not a date"]
    assert result.measures["members"].undated and result.score_columns["members_n"].tolist() == [1, 1]
    rec = result.records
    assert str(rec.date[(rec.fid == 3) & (rec.measure == "crime")][0]) == "2024-02-01"
    check_reconciles(result, layers)


# --------------------------------------------------------------------------- denominators


def test_denominators_join_by_code_and_list_what_does_not_match(tmp_path):
    path = tmp_path / "pop.csv"
    path.write_text("LSOA11CD,Persons_All-Ages\nE01,1500\ne02 ,\"2,000\"\nE03,0\nE04,abc\nE99,10\n\n", encoding="utf-8")
    table = load_denominators(path, "lsoa11cd", "persons_all-ages")
    assert table.values == {"E01": 1500.0, "E02": 2000.0, "E99": 10.0}
    assert table.rejected == ["row 4 (E03): value 0 is not positive", "row 5 (E04): value 'abc' is not a number"]
    joined = join_denominators(["E01", "E02", "E05"], table)
    assert joined.values[:2].tolist() == [1500.0, 2000.0] and math.isnan(joined.values[2])
    assert joined.unmatched_areas == ["E05"] and joined.unused_codes == 1


def test_denominators_read_cp1252_and_refuse_a_missing_column_or_a_repeated_code(tmp_path):
    path = tmp_path / "pop.csv"
    path.write_bytes("code,households,name\nA1,10,Caf\xe9 ward\n".encode("cp1252"))
    assert load_denominators(path, "code", "households").values == {"A1": 10.0}
    with pytest.raises(DenominatorError, match="pop.csv: no column 'people'; columns: code, households, name"):
        load_denominators(path, "code", "people")
    path.write_text("code,n\nA1,1\nA1,2\n", encoding="utf-8")
    with pytest.raises(DenominatorError, match="row 3: code 'A1' appears again"):
        load_denominators(path, "code", "n")
