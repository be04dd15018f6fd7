"""The plugin as qgis_process loads it: staged, enabled in a private profile, run from the command line.

The same algorithm code runs from the toolbox, Python and the command line;
these tests check that the command line gives the same sums as
processing.run and writes outputs that carry provenance and style.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.qgis_cli import QgisProcess


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    """One staged plugin and profile for the module (staging and enabling cost a second)."""
    return QgisProcess(tmp_path_factory.mktemp("qgis_process"))


@pytest.fixture
def inputs(layers):
    """Three wards and six offences (one on a shared boundary, one without a location) in GeoPackages."""
    sq = layers.square
    wards = layers.gpkg(layers.areas([("W1", sq(0, 0)), ("W2", sq(1000, 0)), ("W3", sq(0, 1000))], name="wards"))
    events = layers.gpkg(layers.events([
        ("POINT(500 500)", "28E", "2019-02-01"), ("POINT(1000 500)", "8N", "2019-02-02"),
        ("POINT(1500 500)", "44", "2019-02-03"), ("POINT(500 1500)", "29", "2019-02-04"),
        ("POINT(600 1500)", "8N", "2019-02-05"), (None, "30A", "2019-02-06"),
    ], name="offences"))
    return wards, events


def parameters(wards, events, output):
    # qgis_process 3.22 reports field parameters with defaults as missing: pass every one
    return {"AREAS": wards.source(), "AREA_ID": "area_id", "EVENTS": events.source(), "CODE_FIELD": "code",
            "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0,
            "OUTPUT": output}


def test_qgis_process_lists_both_algorithms(qgis_process):
    listing = qgis_process.list_algorithms()

    assert "socharm:assignareas" in listing
    assert "socharm:scoreharm" in listing


def test_qgis_process_run_matches_processing_run_and_its_output_reopens_with_provenance_and_style(
        qgis_process, run, inputs, tmp_path, read):
    wards, events = inputs
    cli_output = tmp_path / "cli_wards.gpkg"

    cli = qgis_process.run("socharm:scoreharm", parameters(wards, events, str(cli_output)))
    in_process, _ = run("socharm:scoreharm", parameters(wards, events, "TEMPORARY_OUTPUT"))

    assert cli["_returncode"] == 0, cli["_stderr"]
    fresh = QgsVectorLayer(str(cli_output), "fresh", "ogr")
    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == "socharm:scoreharm"
    assert provenance["reconciliation"]["records_in"] == 6
    assert sum(provenance["reconciliation"]["by_status"].values()) == 6
    expected = provenance_of(in_process["OUTPUT"])
    # the command line passes every value as text and names its own output: compare the rest
    assert {k: v for k, v in provenance.items() if k != "parameters"} == {k: v for k,
                                                                          v in expected.items() if k != "parameters"}
    assert provenance["parameters"]["AREAS"] == wards.source() and provenance["parameters"]["OUTPUT"] == str(cli_output)
    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)
    assert fresh.renderer().classAttribute() == "harm_score"
    sums = ("area_id", "harm_n", "harm_score", "harm_rank")
    assert [{k: r[k] for k in sums} for r in read.rows(fresh)] == \
        [{k: r[k] for k in sums} for r in read.rows(in_process["OUTPUT"])]
    assert cli["results"]["RECORDS_IN"] == in_process["RECORDS_IN"] == 6
    assert cli["results"]["TOTAL_HARM"] == pytest.approx(in_process["TOTAL_HARM"])
