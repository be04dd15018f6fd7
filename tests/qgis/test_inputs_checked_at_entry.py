"""Hostile inputs met where they enter, never downstream (issue 13): numbers that are
not finite or absurdly large, filter expressions, codes with invisible characters, and
neighbour choices that leave nothing to test.

Each case ends in an error naming the layer, field, key or feature ids (processing.run
raises; qgis_process exits 1 with the message), or in a counted warning where the
records are kept; never a crash, never a silent wrong answer.
"""
from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from tools.qgis_cli import QgisProcess

W8N = load_builtin_table("ons_css_ho_code").weights[normalise_code("8N")]


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    """One staged plugin and profile for the module's command-line cases."""
    return QgisProcess(tmp_path_factory.mktemp("qgis_process"))


def failure(run, algorithm: str, parameters: dict, feedback=None) -> str:
    with pytest.raises(QgsProcessingException) as error:
        run(algorithm, parameters, feedback)
    return str(error.value)


def cli_failure(qgis_process, algorithm: str, parameters: dict) -> str:
    """qgis_process's error output; asserts it exited 1 (not 0, not a crash)."""
    done = qgis_process.run(algorithm, parameters, check=False)
    assert done["_returncode"] == 1, done["_stderr"][-2000:]
    return done["_stderr"]


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


def offences(layers, codes=("8N", "28E")):
    return layers.events([("POINT({0} 500)".format(500 + 1000 * (k % 2)), code, "2019-02-0{0}".format(k % 9 + 1))
                          for k, code in enumerate(codes)], name="offences")


def score_parameters(areas, events, **extra):
    # qgis_process 3.22 reports field parameters with defaults as missing: pass every one
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "HARM_TABLE": 0,
              "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


def write_scheme(tmp_path, measures) -> str:
    path = tmp_path / "team_scheme.json"
    path.write_text(json.dumps({"version": 1, "name": "Team", "measures": measures}), encoding="utf-8")
    return str(path)


# --------------------------------------------------------------------------- numbers


def test_qgis_process_exits_1_on_a_harm_table_weight_above_the_maximum(qgis_process, layers, tmp_path):
    table = tmp_path / "big.csv"
    table.write_text("code,weight\n8N,1e200\n28E,1e200\n", encoding="utf-8")
    params = score_parameters(layers.gpkg(two_areas(layers)).source(), layers.gpkg(offences(layers)).source(),
                              HARM_TABLE_FILE=str(table), OUTPUT=layers.path("out.gpkg"))
    assert ("Harm table problem: big.csv: row 2, column 'weight': weight \"1e200\" is above the largest weight "
            "accepted, "
            "1,000,000,000") in cli_failure(qgis_process, "socharm:scoreharm", params)


def test_qgis_process_exits_1_on_a_default_weight_above_the_maximum(qgis_process, layers):
    params = score_parameters(layers.gpkg(two_areas(layers)).source(), layers.gpkg(offences(layers)).source(),
                              MISSING_WEIGHT=2, DEFAULT_WEIGHT="1e200", OUTPUT=layers.path("out.gpkg"))
    assert "Incorrect parameter value for DEFAULT_WEIGHT" in cli_failure(qgis_process, "socharm:scoreharm", params)


def deaths_scheme(tmp_path, weight_json: str) -> str:
    """A scheme whose one measure has the weight written as given (JSON text such as Infinity)."""
    measure = json.dumps({"key": "deaths", "label": "Deaths", "layer": "offences", "method": "fixed", "weight": 0,
                          "dimension": "drugs", "rationale": "a stated weight"}).replace('"weight": 0',
                                  '"weight": ' + weight_json)
    path = tmp_path / "team_scheme.json"
    path.write_text('{"version": 1, "name": "Team", "measures": [%s]}' % measure, encoding="utf-8")
    return str(path)


def test_qgis_process_exits_1_on_a_scheme_weight_of_infinity(qgis_process, layers, tmp_path):
    params = {"AREAS": layers.gpkg(two_areas(layers)).source(), "AREA_ID": "area_id",
              "SCHEME": deaths_scheme(tmp_path, "Infinity"), "LAYERS": layers.gpkg(offences(layers)).source(),
              "TOLERANCE": 50, "GEOGRAPHY": 0, "OUTPUT": layers.path("out.gpkg")}
    assert ("Harm scheme problem: Scheme team_scheme.json, measure 'deaths', key 'weight': must be a finite "
            "number; got inf"
            in cli_failure(qgis_process, "socharm:scorescheme", params))


def losses(layers, pounds):
    return layers.memory("Point", ["pounds:double"], [("POINT({0} 500)".format(500 + 1000 * (k % 2)), value)
                                                     for k, value in enumerate(pounds)], name="losses")


LOSSES = {"key": "losses", "label": "Losses", "layer": "losses", "method": "field", "weight_field": "pounds",
          "dimension": "money"}


def test_a_weight_field_holding_an_infinite_number_is_refused_naming_the_records(run, layers, tmp_path):
    message = failure(run, "socharm:scorescheme", {
        "AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": write_scheme(tmp_path, [LOSSES]),
        "LAYERS": [losses(layers, [7.5, float("inf"), 2.0])], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message == ("Scheme 'Team': Measure 'losses': layer 'losses' has 1 record(s) whose weight (field "
                       "'pounds') is not a "
                       "finite number or is above the largest weight accepted, 1,000,000,000, e.g. inf: feature ids 2. "
                       "Correct or remove these values.")


def test_qgis_process_exits_1_on_a_weight_field_holding_1e999(qgis_process, layers, tmp_path):
    gpkg = layers.gpkg(losses(layers, [7.5, float("1e999"), 2.0]))
    params = {"AREAS": layers.gpkg(two_areas(layers)).source(), "AREA_ID": "area_id",
              "SCHEME": write_scheme(tmp_path, [LOSSES]), "LAYERS": gpkg.source(),
              "TOLERANCE": 50, "GEOGRAPHY": 0, "OUTPUT": layers.path("out.gpkg")}
    assert "Measure 'losses': layer 'losses' has 1 record(s) whose weight (field 'pounds') is not a finite number" in \
        cli_failure(qgis_process, "socharm:scorescheme", params)


def harm_map(layers, values):
    return layers.memory("Polygon", ["area_id:string", "harm_score:double"],
                         [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), value) for k, value in enumerate(values)],
                         name="scored")


@pytest.mark.parametrize("value, shown", [(float("inf"), "inf"), (float("-inf"), "-inf"), (float("nan"), "nan"),
                                          (1e200, "1e+200")])
def test_styleharm_refuses_a_value_no_class_can_hold_naming_the_features(run, layers, value, shown):
    layer = harm_map(layers, [0.0, 1.0, value, 3.0, 10.0, 20.0, 40.0, 100.0])
    message = failure(run, "socharm:styleharm", {"INPUT": layer, "STYLE": 0, "METHOD": 0, "CLASSES": 5})
    assert message == (
        "Layer 'scored', field 'harm_score': 1 feature(s) hold a value that is not a finite number (inf, -inf or "
        "NaN) or is "
        "larger in size than 1e30, which no class can hold, e.g. {0}: feature ids 3. Correct or remove these "
        "values, then style "
        "the layer again.".format(shown))


def test_styleharm_refuses_a_change_map_with_an_infinite_value(run, layers):
    layer = layers.memory("Polygon", ["area_id:string", "harm_change_pct:double"],
                          [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), v) for k, v in enumerate([-50.0, 10.0,
                                  float("inf")])],
                          name="change")
    message = failure(run, "socharm:styleharm", {"INPUT": layer, "STYLE": 1, "METHOD": 0, "CLASSES": 5})
    assert message.startswith("Layer 'change', field 'harm_change_pct': 1 feature(s) hold a value that is not a "
                              "finite number")


def test_qgis_process_exits_1_instead_of_crashing_on_an_infinite_harm_value(qgis_process, layers):
    gpkg = layers.gpkg(harm_map(layers, [0.0, 1.0, float("inf"), 3.0, 10.0, 20.0, 40.0, 100.0]))
    params = {"INPUT": gpkg.source(), "FIELD": "harm_score", "STYLE": 0, "METHOD": 0, "CLASSES": 5, "LABELS": "false"}
    assert "Layer 'scored', field 'harm_score': 1 feature(s) hold a value that is not a finite number" in \
        cli_failure(qgis_process, "socharm:styleharm", params)


# --------------------------------------------------------------------------- neighbours that leave nothing to test

CELL = 1000.0


def lattice(layers, n, values=None, name="cells"):
    """n x n cells with harm_score and harm_n; values default to a gradient (no two alike)."""
    values = values if values is not None else [float(k * k % 17 + k) for k in range(n * n)]
    return layers.memory("Polygon", ["area_id:string", "harm_score:double", "harm_n:integer"], [
        (layers.square(c * CELL, r * CELL, CELL), "c{0:03d}".format(r * n + c), values[r * n + c], r * n + c + 1)
        for r in range(n) for c in range(n)], name=name)


def neighbour_parameters(layer, **extra):
    params = {"INPUT": layer, "VALUE_FIELD": "harm_score", "NEIGHBOURS": 3, "DISTANCE": 1500.0, "K": 8,
              "ROW_STANDARDISE": False, "PERMUTATIONS": 0, "SEED": 1, "CORRECTION": 1, "ALPHA": 0.05,
              "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


@pytest.mark.parametrize("algorithm", ["socharm:hotspots", "socharm:localmoran", "socharm:hotharm"])
def test_k_reaching_every_other_area_is_refused(run, layers, algorithm):
    # 9 areas: with K = 8 every area's neighbours are the 8 others
    message = failure(run, algorithm, neighbour_parameters(lattice(layers, 3), K=8))
    assert message == ("K nearest (K) is 8, but layer 'cells' has 9 areas with a geometry: with K of 8 or more "
                       "every area's "
                       "neighbours are all the other areas, so no area can differ from its neighbours and none can "
                       "be tested. "
                       "Choose K below 8 (8 is usual), or contiguity.")


def test_emerging_hotspots_refuses_k_reaching_every_other_area(run, layers):
    events = layers.events([("POINT({0} {1})".format(c * CELL + 500, r * CELL + 500), "8N", "2024-{0:02d}-10".format(
        m + 1))
                            for r in range(3) for c in range(3) for m in range(4) if (r + c + m) % 2])
    areas = layers.areas([("c{0}".format(r * 3 + c), layers.square(c * CELL, r * CELL, CELL)) for r in range(
        3) for c in range(3)])
    message = failure(run, "socharm:emerginghotspots", {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "HARM_TABLE": 0,
                                                        "MISSING_WEIGHT": 1,
        "DATE_FIELD": "day", "TIME_STEP": 0, "TIME_STEPS": 1, "NEIGHBOURS": 3, "DISTANCE": 1500.0, "K": 20,
        "CORRECTION": 1, "ALPHA": 0.05, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message.startswith("K nearest (K) is 20, but layer 'areas' has 9 areas with a geometry")


def test_k_one_below_every_other_area_tests_every_area(run, layers):
    results, _ = run("socharm:hotspots", neighbour_parameters(lattice(layers, 3), K=7))
    assert results["TESTED_AREAS"] == 9


def test_a_distance_band_reaching_every_area_is_refused(run, layers):
    message = failure(run, "socharm:hotspots", neighbour_parameters(lattice(layers, 3), NEIGHBOURS=2, DISTANCE=10000.0))
    assert message == ("Layer 'cells': no area could be tested (9 undefined). Every area with a value has all the "
                       "other areas "
                       "as neighbours (the distance band or K reaches them all): choose fewer neighbours.")


def test_areas_whose_neighbours_are_every_other_area_are_warned_by_feature_id(run, layers, read):
    # five cells in a row, centres 1 km apart: a 2 km band gives the middle one all four others
    row = layers.memory("Polygon", ["area_id:string", "harm_score:double"], [
        (layers.square(k * CELL, 0.0, CELL), "r{0}".format(k), v) for k, v in enumerate([1.0, 4.0, 2.0, 8.0, 5.0])],
        name="row")
    results, feedback = run("socharm:hotspots", neighbour_parameters(row, NEIGHBOURS=2, DISTANCE=2000.0))
    assert feedback.warnings_with("Layer 'row': 1 area(s) have all the other areas with a value as neighbours, so "
                                  "their "
                                  "statistic is undefined (status undefined): feature ids 3.")
    assert results["TESTED_AREAS"] == 4
    assert [r["gi_status"] for r in read.rows(results["OUTPUT"])] == ["ok", "ok", "undefined", "ok", "ok"]


@pytest.mark.parametrize("value, shown", [(float("inf"), "inf"), (-1e40, "-1e+40")])
def test_a_value_to_test_that_is_infinite_or_huge_is_refused_naming_the_areas(run, layers, value, shown):
    values = [float(k) for k in range(16)]
    values[5] = value
    message = failure(run, "socharm:hotspots", neighbour_parameters(lattice(layers, 4, values), NEIGHBOURS=0))
    assert message == ("Layer 'cells', field 'harm_score': 1 area(s) hold a value that is infinite or larger in "
                       "size than 1e30, "
                       "e.g. {0}: feature ids 6. Correct or remove these values (an area with no value, NULL, is "
                       "left out).".format(shown))


def test_qgis_process_exits_1_when_k_reaches_every_other_area(qgis_process, layers):
    gpkg = layers.gpkg(lattice(layers, 3))
    params = neighbour_parameters(gpkg.source(), K=10, OUTPUT=layers.path("hot.gpkg"))
    assert "K nearest (K) is 10, but layer 'cells' has 9 areas with a geometry" in cli_failure(qgis_process,
            "socharm:hotspots", params)


# --------------------------------------------------------------------------- FILTER


def test_a_filter_that_cannot_be_read_is_refused_before_any_record_is_read(run, layers, feedback):
    message = failure(run, "socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                 FILTER='"code" = '),
                      feedback)
    # the reason after the colon is QGIS's own parser's words, which differ between versions
    prefix = 'Filter events (FILTER): the expression "code" = cannot be read: '
    assert message.startswith(prefix) and len(message) > len(prefix) and "\n" not in message
    assert not [line for line in feedback.infos if line.startswith("Reading")]


def test_a_filter_naming_a_field_the_layer_lacks_is_refused_with_the_fields_it_has(run, layers):
    message = failure(run, "socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                 FILTER="\"cod\" = '8N'"))
    assert message.startswith("Filter events (FILTER): layer 'offences' has no field(s) cod, which the expression "
                              "\"cod\" = '8N' names. Its fields: code, day.")


def test_a_text_value_in_double_quotes_is_named_as_a_missing_field_with_the_quoting_rule(run, layers):
    message = failure(run, "socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                 FILTER='code = "8N"'))
    assert "layer 'offences' has no field(s) 8N" in message
    assert "Double quotes name a field, single quotes a text value (\"code\" = '8N')" in message


def test_a_filter_that_fails_on_the_records_is_an_error(run, layers):
    message = failure(run, "socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                 FILTER="to_date(\"code\") > to_date('2019-01-01')"))
    assert message == ("Filter events (FILTER): the expression to_date(\"code\") > to_date('2019-01-01') cannot be "
                       "evaluated "
                       "on the records of layer 'offences': Cannot convert '8N' to Date. No record would be kept.")


def test_a_filter_that_keeps_no_record_is_warned_and_every_record_is_counted_filtered(run, layers, read):
    results, feedback = run("socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                  FILTER="\"code\" = 'XX'", RECORDS="TEMPORARY_OUTPUT"))
    assert feedback.warnings_with("Filter events (FILTER): the expression \"code\" = 'XX' keeps none of the 2 "
                                  "records of "
                                  "layer 'offences': all are counted as filtered and none is scored.")
    assert [r["status"] for r in read.rows(results["RECORDS"])] == ["filtered", "filtered"]
    assert results["RECORDS_IN"] == 2 and results["TOTAL_HARM"] == 0
    assert not feedback.warnings_with("None of the")  # the filter's own warning says it once


def test_a_filter_that_keeps_some_records_gives_no_warning(run, layers):
    results, feedback = run("socharm:scoreharm", score_parameters(two_areas(layers), offences(layers),
                                                                  FILTER="\"code\" = '8N'"))
    assert results["TOTAL_HARM"] == pytest.approx(W8N)
    assert not feedback.warnings_with("Filter events")


@pytest.mark.parametrize("algorithm, extra", [
    ("socharm:harmgrid", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    ("socharm:harmdensity", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    ("socharm:harmchange", {"AREA_ID": "area_id", "DATE_FIELD": "day", "OUTPUT": "TEMPORARY_OUTPUT"}),
    ("socharm:harmtrend", {"AREA_ID": "area_id", "DATE_FIELD": "day", "OUTPUT": "TEMPORARY_OUTPUT",
                           "SUMMARY": "TEMPORARY_OUTPUT"}),
    ("socharm:performanceframework", {"AREA_ID": "area_id", "DATE_FIELD": "day", "PERIOD_END": "2019-12-31",
                                      "OUTPUT": "TEMPORARY_OUTPUT"}),
])
def test_every_algorithm_with_the_harm_inputs_checks_its_filter(run, layers, algorithm, extra):
    params = {"EVENTS": offences(layers), "CODE_FIELD": "code", "HARM_TABLE": 0, "FILTER": "\"cod\" = '8N'"}
    params.update(extra)
    if "AREA_ID" in extra:
        params["AREAS"] = two_areas(layers)
    message = failure(run, algorithm, params)
    assert message.startswith("Filter events (FILTER): layer 'offences' has no field(s) cod")


def test_qgis_process_exits_1_on_a_filter_that_cannot_be_read(qgis_process, layers):
    params = score_parameters(layers.gpkg(two_areas(layers)).source(), layers.gpkg(offences(layers)).source(),
                              FILTER='"code" = ', OUTPUT=layers.path("out.gpkg"))
    assert "Filter events (FILTER): the expression \"code\" = cannot be read" in cli_failure(qgis_process,
            "socharm:scoreharm", params)


def test_qgis_process_exits_1_on_a_filter_naming_a_missing_field(qgis_process, layers):
    params = score_parameters(layers.gpkg(two_areas(layers)).source(), layers.gpkg(offences(layers)).source(),
                              FILTER="\"cod\" = '8N'", OUTPUT=layers.path("out.gpkg"))
    assert "Filter events (FILTER): layer 'offences' has no field(s) cod" in cli_failure(qgis_process,
            "socharm:scoreharm", params)


def test_a_period_that_holds_no_record_is_warned_with_the_reason(run, layers):
    results, feedback = run("socharm:scoreharm", score_parameters(two_areas(layers), offences(layers), DATE_FIELD="day",
                                                                  START="2020-01-01", END="2020-12-31"))
    assert feedback.warnings == ["Layer 'offences': none of its 2 records was counted in any area of 'areas', so "
                                 "every area "
                                 "scores 0: 2 fall outside the period 2020-01-01 to 2020-12-31 (their dates run from "
                                 "2019-02-01 to 2019-02-02)."]
    assert results["TOTAL_HARM"] == 0


# --------------------------------------------------------------------------- a scheme measure's filter


def crime_measure(**extra) -> dict:
    measure = {"key": "crime", "label": "Crime", "layer": "offences", "method": "table", "code_field": "code",
               "harm_table": "ons_css_ho_code", "dimension": "crime"}
    measure.update(extra)
    return measure


def test_a_scheme_filter_is_checked_before_any_layer_is_read(run, layers, tmp_path, feedback):
    scheme = write_scheme(tmp_path, [crime_measure(filter="\"soc_flag\" = 1")])
    message = failure(run, "socharm:scorescheme", {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": scheme,
                                                   "LAYERS": [offences(layers)], "OUTPUT": "TEMPORARY_OUTPUT"},
                      feedback)
    assert message.startswith("Scheme 'Team', measure 'crime', key 'filter': layer 'offences' has no field(s) soc_flag")
    assert not [line for line in feedback.infos if line.startswith("Reading layer")]


def test_a_scheme_filter_that_keeps_no_record_is_warned(run, layers, tmp_path):
    scheme = write_scheme(tmp_path, [crime_measure(filter="\"code\" = 'XX'")])
    results, feedback = run("socharm:scorescheme", {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": scheme,
                                                    "LAYERS": [offences(layers)], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert feedback.warnings_with("Scheme 'Team', measure 'crime', key 'filter': the expression \"code\" = 'XX' "
                                  "keeps none "
                                  "of the 2 records of layer 'offences'")
    assert results["TOTAL_HARM"] == 0


# --------------------------------------------------------------------------- codes with invisible characters


def test_codes_with_invisible_characters_get_the_weight_of_the_code_they_show(run, layers):
    events = offences(layers, codes=("8N\u200b", "\ufeff8N", "8\u00adN", "8N"))
    results, feedback = run("socharm:scoreharm", score_parameters(two_areas(layers), events))
    assert results["TOTAL_HARM"] == pytest.approx(4 * W8N)
    assert not feedback.warnings_with("not in harm table")


def test_a_missing_code_is_named_with_its_invisible_characters_escaped(run, layers):
    events = offences(layers, codes=("9Z\u200b", "9Z", "8N"))
    _, feedback = run("socharm:scoreharm", score_parameters(two_areas(layers), events))
    assert feedback.warnings_with("2 records with 2 code(s) not in harm table", "weigh 0: '9Z\\u200b' (1), '9Z' (1)")


def test_a_missing_code_under_fail_is_named_with_its_invisible_characters_escaped(run, layers):
    message = failure(run, "socharm:scoreharm", score_parameters(two_areas(layers), offences(layers, codes=("\u200b9Z",
            )),
                                                                 MISSING_WEIGHT=0))
    assert "1 code(s) have no weight in harm table" in message and "'\\u200b9Z' (1)" in message
