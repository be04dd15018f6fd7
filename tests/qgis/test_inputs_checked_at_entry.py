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

from tools.qgis_cli import QgisProcess


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
    assert ("Harm table problem: big.csv: row 2, column 'weight': weight \"1e200\" is above the largest weight accepted, "
            "1,000,000,000") in cli_failure(qgis_process, "socharm:scoreharm", params)


def test_qgis_process_exits_1_on_a_default_weight_above_the_maximum(qgis_process, layers):
    params = score_parameters(layers.gpkg(two_areas(layers)).source(), layers.gpkg(offences(layers)).source(),
                              MISSING_WEIGHT=2, DEFAULT_WEIGHT="1e200", OUTPUT=layers.path("out.gpkg"))
    assert "Incorrect parameter value for DEFAULT_WEIGHT" in cli_failure(qgis_process, "socharm:scoreharm", params)


def deaths_scheme(tmp_path, weight_json: str) -> str:
    """A scheme whose one measure has the weight written as given (JSON text such as Infinity)."""
    measure = json.dumps({"key": "deaths", "label": "Deaths", "layer": "offences", "method": "fixed", "weight": 0,
                          "dimension": "drugs", "rationale": "a stated weight"}).replace('"weight": 0', '"weight": ' + weight_json)
    path = tmp_path / "team_scheme.json"
    path.write_text('{"version": 1, "name": "Team", "measures": [%s]}' % measure, encoding="utf-8")
    return str(path)


def test_qgis_process_exits_1_on_a_scheme_weight_of_infinity(qgis_process, layers, tmp_path):
    params = {"AREAS": layers.gpkg(two_areas(layers)).source(), "AREA_ID": "area_id",
              "SCHEME": deaths_scheme(tmp_path, "Infinity"), "LAYERS": layers.gpkg(offences(layers)).source(),
              "TOLERANCE": 50, "GEOGRAPHY": 0, "OUTPUT": layers.path("out.gpkg")}
    assert ("Harm scheme problem: Scheme team_scheme.json, measure 'deaths', key 'weight': must be a finite number; got inf"
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
    assert message == ("Scheme 'Team': Measure 'losses': layer 'losses' has 1 record(s) whose weight (field 'pounds') is not a "
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
        "Layer 'scored', field 'harm_score': 1 feature(s) hold a value that is not a finite number (inf, -inf or NaN) or is "
        "larger in size than 1e30, which no class can hold, e.g. {0}: feature ids 3. Correct or remove these values, then style "
        "the layer again.".format(shown))


def test_styleharm_refuses_a_change_map_with_an_infinite_value(run, layers):
    layer = layers.memory("Polygon", ["area_id:string", "harm_change_pct:double"],
                          [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), v) for k, v in enumerate([-50.0, 10.0, float("inf")])],
                          name="change")
    message = failure(run, "socharm:styleharm", {"INPUT": layer, "STYLE": 1, "METHOD": 0, "CLASSES": 5})
    assert message.startswith("Layer 'change', field 'harm_change_pct': 1 feature(s) hold a value that is not a finite number")


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
    assert message == ("K nearest (K) is 8, but layer 'cells' has 9 areas with a geometry: with K of 8 or more every area's "
                       "neighbours are all the other areas, so no area can differ from its neighbours and none can be tested. "
                       "Choose K below 8 (8 is usual), or contiguity.")


def test_emerging_hotspots_refuses_k_reaching_every_other_area(run, layers):
    events = layers.events([("POINT({0} {1})".format(c * CELL + 500, r * CELL + 500), "8N", "2024-{0:02d}-10".format(m + 1))
                            for r in range(3) for c in range(3) for m in range(4) if (r + c + m) % 2])
    areas = layers.areas([("c{0}".format(r * 3 + c), layers.square(c * CELL, r * CELL, CELL)) for r in range(3) for c in range(3)])
    message = failure(run, "socharm:emerginghotspots", {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "HARM_TABLE": 0, "MISSING_WEIGHT": 1,
        "DATE_FIELD": "day", "TIME_STEP": 0, "TIME_STEPS": 1, "NEIGHBOURS": 3, "DISTANCE": 1500.0, "K": 20,
        "CORRECTION": 1, "ALPHA": 0.05, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message.startswith("K nearest (K) is 20, but layer 'areas' has 9 areas with a geometry")


def test_k_one_below_every_other_area_tests_every_area(run, layers):
    results, _ = run("socharm:hotspots", neighbour_parameters(lattice(layers, 3), K=7))
    assert results["TESTED_AREAS"] == 9


def test_a_distance_band_reaching_every_area_is_refused(run, layers):
    message = failure(run, "socharm:hotspots", neighbour_parameters(lattice(layers, 3), NEIGHBOURS=2, DISTANCE=10000.0))
    assert message == ("Layer 'cells': no area could be tested (9 undefined). Every area with a value has all the other areas "
                       "as neighbours (the distance band or K reaches them all): choose fewer neighbours.")


def test_areas_whose_neighbours_are_every_other_area_are_warned_by_feature_id(run, layers, read):
    # five cells in a row, centres 1 km apart: a 2 km band gives the middle one all four others
    row = layers.memory("Polygon", ["area_id:string", "harm_score:double"], [
        (layers.square(k * CELL, 0.0, CELL), "r{0}".format(k), v) for k, v in enumerate([1.0, 4.0, 2.0, 8.0, 5.0])],
        name="row")
    results, feedback = run("socharm:hotspots", neighbour_parameters(row, NEIGHBOURS=2, DISTANCE=2000.0))
    assert feedback.warnings_with("Layer 'row': 1 area(s) have all the other areas with a value as neighbours, so their "
                                  "statistic is undefined (status undefined): feature ids 3.")
    assert results["TESTED_AREAS"] == 4
    assert [r["gi_status"] for r in read.rows(results["OUTPUT"])] == ["ok", "ok", "undefined", "ok", "ok"]


@pytest.mark.parametrize("value, shown", [(float("inf"), "inf"), (-1e40, "-1e+40")])
def test_a_value_to_test_that_is_infinite_or_huge_is_refused_naming_the_areas(run, layers, value, shown):
    values = [float(k) for k in range(16)]
    values[5] = value
    message = failure(run, "socharm:hotspots", neighbour_parameters(lattice(layers, 4, values), NEIGHBOURS=0))
    assert message == ("Layer 'cells', field 'harm_score': 1 area(s) hold a value that is infinite or larger in size than 1e30, "
                       "e.g. {0}: feature ids 6. Correct or remove these values (an area with no value, NULL, is left out).".format(shown))


def test_qgis_process_exits_1_when_k_reaches_every_other_area(qgis_process, layers):
    gpkg = layers.gpkg(lattice(layers, 3))
    params = neighbour_parameters(gpkg.source(), K=10, OUTPUT=layers.path("hot.gpkg"))
    assert "K nearest (K) is 10, but layer 'cells' has 9 areas with a geometry" in cli_failure(qgis_process, "socharm:hotspots", params)
