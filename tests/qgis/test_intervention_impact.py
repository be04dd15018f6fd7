"""socharm:interventionimpact through processing.run: counts worked out by hand, every record
reconciled, bad inputs named, outputs that carry provenance and open styled."""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.qgis_cli import QgisProcess

ALG = "socharm:interventionimpact"
Z95 = 1.959963984540054
TARGET = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))"
ROBBERY = 799.6288702  # 34B in the ONS CSS table (resources/harm_tables/ons_css_ho_code.csv)
ASSAULT = 189.1538871  # 8N


def point(x, y):
    return "POINT({0} {1})".format(x, y)


def scene(layers):
    """Target: the 1 km square at the origin; buffer: a 200 m ring; control: the rest.

    Target: 20 robberies (34B) before and one on its eastern edge (a shared edge
    counts in the target), 5 after. Buffer (100 m east): 10 assaults with injury (8N) before,
    15 after. Control (far away): 100 assaults before and after. Plus one record with no
    date, one with no location and one after the after period."""
    rows = []
    rows += [(point(500, 500), "34B", "2023-03-01")] * 20 + [(point(1000, 500), "34B", "2023-02-01")]
    rows += [(point(500, 500), "34B", "2023-09-01")] * 5
    rows += [(point(1100, 500), "8N", "2023-03-01")] * 10 + [(point(1100, 500), "8N", "2023-09-01")] * 15
    rows += [(point(5000, 5000), "8N", "2023-03-01")] * 100 + [(point(5000, 5000), "8N", "2023-09-01")] * 100
    rows += [(point(500, 500), "34B", None), (None, "34B", "2023-03-01"), (point(5000, 5000), "8N", "2024-05-01")]
    events = layers.gpkg(layers.events(rows), "events.gpkg")
    target = layers.gpkg(layers.areas([("T", TARGET)], name="target"), "target.gpkg")
    return events, target


def params(events, target, layers, **extra):
    p = dict(EVENTS=events, CODE_FIELD="code", DATE_FIELD="day", TARGET=target, BUFFER_DISTANCE=200.0,
             BEFORE_START="2023-01-01", BEFORE_END="2023-06-30", AFTER_START="2023-07-01", AFTER_END="2023-12-31",
             OUTPUT=layers.path("impact.gpkg"), ZONES=layers.path("zones.gpkg"))
    p.update(extra)
    return p


def test_measures_worked_by_hand_and_every_record_reconciled(run, layers, read):
    events, target = scene(layers)
    results, feedback = run(ALG, params(events, target, layers))
    table = QgsVectorLayer(results["OUTPUT"], "t", "ogr")
    assert read.rows(table) == [
        {"zone": "target", "n_before": 21, "n_after": 5, "harm_before": pytest.approx(21 * ROBBERY),
         "harm_after": pytest.approx(5 * ROBBERY)},
        {"zone": "buffer", "n_before": 10, "n_after": 15, "harm_before": pytest.approx(10 * ASSAULT),
         "harm_after": pytest.approx(15 * ASSAULT)},
        {"zone": "control", "n_before": 100, "n_after": 100, "harm_before": pytest.approx(100 * ASSAULT),
         "harm_after": pytest.approx(100 * ASSAULT)},
    ]
    # OR = 21 x 100 / (5 x 100) = 4.2; var = 1/21 + 1/5 + 2/100 = 0.267619; se = 0.517319
    se = math.sqrt(1 / 21 + 1 / 5 + 1 / 100 + 1 / 100)
    assert results["ODDS_RATIO"] == pytest.approx(4.2)
    assert results["ODDS_RATIO_LOW"] == pytest.approx(math.exp(math.log(4.2) - Z95 * se))  # 1.52375
    assert results["ODDS_RATIO_HIGH"] == pytest.approx(math.exp(math.log(4.2) + Z95 * se))  # 11.5769
    assert results["TARGET_CLASS"] == "reduction"
    # WDQ = (15/100 - 10/100) / (5/100 - 21/100) = -0.3125; TNE = (21 - 5) + (10 - 15) = 11
    assert results["WDQ_COUNT"] == pytest.approx(-0.3125)
    assert results["TNE_COUNT"] == pytest.approx(11.0)
    # the buffer: 10 x 100 / (15 x 100) = 0.667, interval up to 1.55: neither displacement nor diffusion
    assert results["BUFFER_ODDS_RATIO"] == pytest.approx(2 / 3)
    assert results["BUFFER_CLASS"] == "neither"
    # harm: one weight per zone, so the harm effect is the count ratio; WDQ = 5 x 8N / (-16 x 34B)
    assert results["HARM_EFFECT"] == pytest.approx(4.2)
    assert results["WDQ_HARM"] == pytest.approx((15 - 10) * ASSAULT / (-(21 - 5) * ROBBERY))
    assert results["TNE_HARM"] == pytest.approx(16 * ROBBERY - 5 * ASSAULT)
    provenance = provenance_of(table)
    rec = provenance["reconciliation"]
    assert rec["records_in"] == 254 == sum(rec["by_status"].values())
    assert {k: v for k, v in rec["by_status"].items() if v} == {
        "target_before": 21, "target_after": 5, "buffer_before": 10, "buffer_after": 15, "control_before": 100,
        "control_after": 100, "out_of_period": 1, "no_date": 1, "no_geometry": 1}
    assert provenance["results"]["ODDS_RATIO"] == pytest.approx(4.2)
    assert provenance["periods"]["intervention"] == "2023-07-01"
    assert "Bowers & Johnson 2003" in provenance["formulas"]["wdq"]
    assert any(line.startswith("Records in: 254 = 21 target_before") for line in feedback.infos)


def test_the_zones_map_opens_styled_by_result_with_its_provenance(run, layers):
    events, target = scene(layers)
    results, _ = run(ALG, params(events, target, layers))
    zones = QgsVectorLayer(results["ZONES"], "zones", "ogr")
    assert zones.isValid() and zones.featureCount() == 3
    assert {f["zone"]: f["result"] for f in zones.getFeatures()} == {
        "target": "reduction", "buffer": "neither", "control": "control"}
    areas = {f["zone"]: f["area_km2"] for f in zones.getFeatures()}
    assert areas["target"] == pytest.approx(1.0)
    assert areas["buffer"] == pytest.approx((1.4 ** 2 - (0.2 ** 2) * (4 - math.pi)) - 1.0, rel=2e-3)
    renderer = zones.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "result"
    assert provenance_of(zones)["results"]["TARGET_CLASS"] == "reduction"


def test_a_control_layer_that_overlaps_is_clipped_and_records_outside_every_zone_are_counted(run, layers, feedback):
    events, target = scene(layers)
    control = layers.areas([("C", "POLYGON((-500 -500,6000 -500,6000 6000,-500 6000,-500 -500))")], name="control")
    results, _ = run(ALG, params(events, target, layers, CONTROL=control), feedback)
    assert feedback.warnings_with("overlaps the target or buffer")
    assert results["ODDS_RATIO"] == pytest.approx(4.2)  # the same records: the control still holds the far ones
    small = layers.areas([("C", "POLYGON((4000 4000,4500 4000,4500 4500,4000 4500,4000 4000))")], name="elsewhere")
    feedback2 = type(feedback)()
    with pytest.raises(QgsProcessingException, match="No record lies in the control"):
        run(ALG, params(events, target, layers, CONTROL=small), feedback2)


def test_a_buffer_layer_is_used_instead_of_the_width(run, layers):
    events, target = scene(layers)
    ring = layers.areas([("B", "POLYGON((-300 -300,1300 -300,1300 1300,-300 1300,-300 -300))")], name="buffer")
    results, feedback = run(ALG, params(events, target, layers, BUFFER_LAYER=ring))
    table = QgsVectorLayer(results["OUTPUT"], "t", "ogr")
    assert [f["n_before"] for f in table.getFeatures()] == [21, 10, 100]
    assert any("the target is cut out of it" in i for i in feedback.infos)


@pytest.mark.parametrize("dates, message", [
    (("2023-01-01", "2023-07-15", "2023-07-01", "2023-12-31"), "The periods overlap"),
    (("2023-07-01", "2023-12-31", "2023-01-01", "2023-06-30"), "comes before the before period"),
    (("2024-01-01", "2024-04-30", "2024-06-01", "2024-12-31"), "The intervention date 2024-06-01 is after the last "
                                                               "record"),
    (("2023-06-01", "2023-01-01", "2023-07-01", "2023-12-31"), "The before period starts (2023-06-01) after it ends"),
])
def test_bad_periods_are_refused_with_their_dates(run, layers, dates, message):
    events, target = scene(layers)
    keys = ("BEFORE_START", "BEFORE_END", "AFTER_START", "AFTER_END")
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(ALG, params(events, target, layers, **dict(zip(keys, dates))))


def test_a_target_with_no_records_and_a_buffer_that_swallows_the_control(run, layers):
    events, target = scene(layers)
    empty = layers.areas([("T", "POLYGON((20000 20000,21000 20000,21000 21000,20000 21000,20000 20000))")], name="far")
    with pytest.raises(QgsProcessingException, match="No record lies in the target"):
        run(ALG, params(events, empty, layers))
    inside = layers.areas([("C", "POLYGON((1050 0,1150 0,1150 100,1050 100,1050 0))")], name="inside")
    with pytest.raises(QgsProcessingException, match="lies wholly inside the target and buffer"):
        run(ALG, params(events, target, layers, CONTROL=inside))


def test_no_record_before_in_the_target_leaves_the_wdq_undefined(run, layers):
    rows = [(point(500, 500), "34B", "2023-09-01")] * 30 + [(point(1100, 500), "8N", "2023-03-01")] * 10
    rows += [(point(1100, 500), "8N", "2023-09-01")] * 10 + [(point(5000, 5000), "8N", "2023-03-01")] * 50
    rows += [(point(5000, 5000), "8N", "2023-09-01")] * 50
    events = layers.events(rows)
    target = layers.areas([("T", TARGET)], name="target")
    results, feedback = run(ALG, params(events, target, layers))
    assert results["WDQ_COUNT"] is None and results["HARM_EFFECT"] is None
    assert results["TARGET_CLASS"] == "increase"  # 0.5 x 50.5 / (30.5 x 50.5) = 0.016, interval below 1
    assert results["ODDS_RATIO"] == pytest.approx(0.5 / 30.5)
    assert feedback.warnings_with("No record lies in the target before the operation")
    assert feedback.warnings_with("undefined", "the target had no record before")


def test_month_only_dates_count_whole_months(run, layers):
    rows = [(point(500, 500), "34B", "2023-06")] * 8 + [(point(500, 500), "34B", "2023-07")] * 2
    rows += [(point(5000, 5000), "8N", "2023-06")] * 20 + [(point(5000, 5000), "8N", "2023-07")] * 20
    events = layers.events(rows)
    target = layers.areas([("T", TARGET)], name="target")
    results, feedback = run(ALG, params(events, target, layers, BEFORE_START="2023-06-10", BEFORE_END="2023-06-20",
                                        AFTER_START="2023-07-05", AFTER_END="2023-07-06"))
    table = QgsVectorLayer(results["OUTPUT"], "t", "ogr")
    assert [(f["n_before"], f["n_after"]) for f in table.getFeatures()] == [(8, 2), (0, 0), (20, 20)]
    assert feedback.warnings_with("widened to whole months")


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    return QgisProcess(tmp_path_factory.mktemp("qgis_process_impact"))


def test_qgis_process_prints_the_results_and_its_outputs_reopen_styled_with_provenance(qgis_process, layers, tmp_path):
    events, target = scene(layers)
    # qgis_process 3.22 reports field parameters with defaults as missing: pass every one
    cli = qgis_process.run(ALG, dict(
        params(events.source(), target.source(), layers, OUTPUT=str(tmp_path / "cli_impact.gpkg"),
               ZONES=str(tmp_path / "cli_zones.gpkg")),
        HARM_TABLE=0, MISSING_WEIGHT=1, DEFAULT_WEIGHT=0, CONFIDENCE=0.95, DRAWS=1999, SEED=1))
    assert cli["_returncode"] == 0, cli["_stderr"]
    results = cli["results"]
    assert results["ODDS_RATIO"] == pytest.approx(4.2) and results["TARGET_CLASS"] == "reduction"
    assert results["WDQ_COUNT"] == pytest.approx(-0.3125) and results["BUFFER_CLASS"] == "neither"
    table = QgsVectorLayer(str(tmp_path / "cli_impact.gpkg"), "table", "ogr")
    assert [(f["zone"], f["n_before"], f["n_after"]) for f in table.getFeatures()] == [
        ("target", 21, 5), ("buffer", 10, 15), ("control", 100, 100)]
    assert provenance_of(table)["algorithm"] == ALG
    zones = QgsVectorLayer(str(tmp_path / "cli_zones.gpkg"), "zones", "ogr")
    assert zones.renderer().type() == "categorizedSymbol" and zones.renderer().classAttribute() == "result"
    assert provenance_of(zones)["results"]["WDQ_COUNT"] == pytest.approx(-0.3125)
    assert provenance_of(zones)["reconciliation"]["records_in"] == 254
