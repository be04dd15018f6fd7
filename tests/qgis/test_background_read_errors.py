"""An error raised while the events are read in the background ends the run
cleanly under qgis_process: exit code 1 and the message, every time.

socharm:scoreharm begins reading the events column by column in a thread
before it reads the areas (``harm_inputs.start_reading_events``). That
happens for every plain file layer that GDAL's Arrow reader can read in the
areas' CRS (``read_layers.arrow_path``); there is no size threshold, but the
read must still be running when the error comes, so the events here are a
GeoPackage of 2,000 points. Before the fix, qgis_process printed the right
message and then died under the reader (exit -11 or -6, "Calling get_next()
on a freed OGRLayer") in about half of the runs of each case; 20 runs per
case make a pass by luck practically impossible.
"""
from __future__ import annotations

import os
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from qgis.core import QgsProcessingException

from soc_harm_plugin.qgis_io import read_layers
from tools.qgis_cli import QgisProcess

RUNS = 20
EVENTS = 2_000


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    return QgisProcess(tmp_path_factory.mktemp("qgis_process_background"))


@pytest.fixture
def offences(layers):
    """2,000 offences on two 1 km squares, in a GeoPackage in EPSG:27700 (the areas' CRS)."""
    rnd = random.Random(13)
    rows = [("POINT({0:.1f} {1:.1f})".format(rnd.uniform(0, 2000), rnd.uniform(0, 1000)), "8N", "2024-03-01")
            for _ in range(EVENTS)]
    return layers.gpkg(layers.events(rows, name="offences"))


def _areas(layers, case):
    sq = layers.square
    if case == "duplicate_ids":
        return layers.areas([("W1", sq(0, 0)), ("W1", sq(1000, 0))], name="wards"), {}
    if case == "null_or_blank_ids":
        return layers.areas([(None, sq(0, 0)), ("  ", sq(1000, 0))], name="wards"), {}
    if case == "empty_areas":
        return layers.areas([], name="wards"), {}
    if case == "point_layer_as_areas":
        return layers.areas([("W1", "POINT(500 500)")], geometry="Point", name="wards"), {}
    if case == "start_after_end":
        return layers.areas([("W1", sq(0, 0)), ("W2", sq(1000, 0))], name="wards"), {
            "DATE_FIELD": "day", "START": "2024-06-01", "END": "2024-01-01"}
    raise AssertionError(case)


MESSAGES = {
    "duplicate_ids": "id field 'area_id' has 1 duplicated id(s): W1 (features 1, 2)",
    "null_or_blank_ids": "2 feature(s) have no value in id field 'area_id' (feature ids 1, 2)",
    "empty_areas": "given as AREAS has no features",
    "point_layer_as_areas": "given as AREAS holds Point geometries",
    "start_after_end": "The period starts (2024-06-01) after it ends (2024-01-01)",
}


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_an_error_while_the_events_are_read_in_the_background_exits_1_with_its_message_every_time(
        qgis_process, layers, offences, tmp_path, case):
    wards, extra = _areas(layers, case)
    areas = layers.gpkg(wards, file_name="wards.gpkg")
    parameters = {"AREAS": areas.source(), "AREA_ID": "area_id", "EVENTS": offences.source(), "CODE_FIELD": "code",
                  "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0}
    parameters.update(extra)

    def one(i):
        done = qgis_process.run("socharm:scoreharm", dict(parameters, OUTPUT=str(tmp_path / "out{0}.gpkg".format(i))),
                                check=False)
        return done["_returncode"], done["_stderr"]

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        outcomes = list(pool.map(one, range(RUNS)))

    assert [rc for rc, _ in outcomes] == [1] * RUNS, [err[-600:] for rc, err in outcomes if rc != 1][:1]
    assert all(MESSAGES[case] in err for _, err in outcomes), outcomes[0][1][-600:]
    assert not any("freed OGRLayer" in err for _, err in outcomes)


@pytest.mark.parametrize("algorithm", ["socharm:scoreharm", "socharm:harmgrid"])
def test_an_error_in_the_areas_stops_the_background_read_before_it_reaches_the_user(
        run, layers, offences, monkeypatch, algorithm):
    told = {}

    def endless(fast, fields, feedback, factorize=frozenset(), batch_size=0, stop=None):  # ends only when told to
        told["stop"] = stop.wait(30)
        return iter(())

    monkeypatch.setattr(read_layers, "_arrow_point_batches", endless)
    if algorithm == "socharm:scoreharm":
        wards, _ = _areas(layers, "duplicate_ids")
        parameters, message = {"AREAS": wards, "AREA_ID": "area_id"}, "duplicated id"
    else:
        parameters, message = {"BOUNDARY": layers.areas([], name="force")}, "given as the boundary has no polygons"

    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, dict(parameters, EVENTS=offences, CODE_FIELD="code", OUTPUT="TEMPORARY_OUTPUT"))

    assert told["stop"] is True
    assert not [t for t in threading.enumerate() if t.name == "SOC Harm columnar read"]
