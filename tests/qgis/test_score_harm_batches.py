"""socharm:scoreharm reads, weighs and assigns its records in batches.

The same run with batches of a few records and with one batch of all of
them gives the same areas, the same RECORDS row for row (with their points),
the same reconciliation, codes, shared-boundary count and warnings: batching
changes memory, never results. A cancel is seen at the next batch.
"""
from __future__ import annotations

import pytest

import soc_harm_plugin.processing_provider.algorithms.scoring.score_harm as score_harm_module
from soc_harm_plugin.qgis_io import read_layers
from soc_harm_plugin.qgis_io.outputs import provenance_of

from conftest import Recorder

ALG = "socharm:scoreharm"
SMALL = 3  # records per batch in the batched runs


def events_of_every_kind(layers):
    """Records meeting every rule: shared boundary (x = 1000), the three areas, outside, no geometry,
    absurdly far (invalid), filtered out, out of the period, a date that cannot be read, month-only dates,
    codes with no weight and no code at all; the same codes again in later batches."""
    rows = [
        ("POINT(500 500)", "28E", "2019-03-01", 1),
        ("POINT(1000 500)", "8N", "2019-04-15", 1),     # shared boundary of A and B
        ("POINT(1500 500)", "44", "2019-05", 1),        # month-only
        (None, "28E", "2019-06-01", 1),                 # no geometry
        ("POINT(9000 9000)", "8N", "2019-06-02", 1),    # outside every area
        ("POINT(600 600)", "XX9", "2019-06-03", 1),     # no weight
        ("POINT(700 700)", "28E", "2018-12-31", 1),     # out of the period
        ("POINT(1000 200)", "44", "2019-07-01", 1),     # shared boundary again
        ("POINT(2500 500)", "8N", "not a date", 1),     # unreadable date: invalid in a bounded period
        ("POINT(2600 600)", None, "2019-08-01", 1),     # no code
        ("POINT(1e12 0)", "28E", "2019-08-02", 1),      # absurdly far: invalid
        ("POINT(2700 700)", "28E", "2019-08-03", 0),    # filtered out
        ("POINT(100 900)", "XX9", "2019-09", 1),
        ("POINT(1900 100)", "YY1", "2019-09-09", 1),    # another code with no weight
        ("POINT(2000 500)", "8N", "2019-10-01", 1),     # boundary of B and C
        ("POINT(2500 999)", "44", "31/12/2019", 1),
        (None, "8N", None, 0),
        ("POINT(400 400)", "28E", "also not a date", 1),
    ]
    return layers.events(rows, extra=["keep:integer"])


def three_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0)), ("C", layers.square(2000, 0))])


PARAMETERS = dict(AREA_ID="area_id", CODE_FIELD="code", DATE_FIELD="day", START="2019-01-01", END="2019-12-31",
                  FILTER='"keep" = 1', MISSING_WEIGHT=1, OUTPUT="TEMPORARY_OUTPUT", RECORDS="TEMPORARY_OUTPUT")


def everything(results, feedback, read):
    records = [dict(r, wkt=f.geometry().asWkt(3)) for r, f in zip(read.rows(results["RECORDS"]),
                                                                  results["RECORDS"].getFeatures())]
    provenance = provenance_of(results["OUTPUT"])
    kept = {key: provenance[key] for key in ("reconciliation", "missing_weight", "shared_boundary_records", "period")}
    numbers = {key: results[key] for key in ("RECORDS_IN", "ASSIGNED", "TOTAL_HARM")}
    return read.rows(results["OUTPUT"]), records, kept, numbers, feedback.warnings


@pytest.mark.parametrize("kind", ["memory", "gpkg"], ids=["feature reader", "columnar reader"])
def test_scoring_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, batches_read, monkeypatch, kind):
    events = events_of_every_kind(layers)
    if kind == "gpkg":
        events = layers.gpkg(events)
    areas = three_areas(layers)

    whole = everything(*run(ALG, dict(PARAMETERS, AREAS=areas, EVENTS=events)), read)
    assert batches_read == [18]
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = everything(*run(ALG, dict(PARAMETERS, AREAS=areas, EVENTS=events)), read)

    assert batches_read == [18] + [3] * 6
    assert batched == whole
    outputs, records, provenance, numbers, warnings = batched
    assert [r["status"] for r in records] == [
        "assigned", "assigned", "assigned", "no_geometry", "outside", "assigned", "out_of_period", "assigned",
        "invalid", "assigned", "invalid", "filtered", "assigned", "assigned", "assigned", "assigned", "filtered",
        "invalid"]
    assert [r["area_id"] for r in records][:3] == ["A", "A", "B"]  # the shared boundary: the id that sorts first
    assert provenance["shared_boundary_records"] == 3
    assert provenance["reconciliation"]["records_in"] == numbers["RECORDS_IN"] == 18
    assert list(provenance["missing_weight"]["codes"].items()) == [("", 1), ("XX9", 2), ("YY1", 1)]
    assert any("e.g. not a date, also not a date;" in w for w in warnings)
    assert any("absurdly far" in w for w in warnings)


def test_a_cancel_is_seen_at_the_next_batch_and_progress_moves_with_every_batch(run, layers, monkeypatch):
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    added = []
    original = score_harm_module.HarmScorer.add

    feedback = Recorder()
    progress = []
    feedback.progressChanged.connect(progress.append)

    def add(scorer, events):
        added.append(len(events))
        if len(added) == 3:
            feedback.cancel()
        return original(scorer, events)

    monkeypatch.setattr(score_harm_module.HarmScorer, "add", add)
    results, _ = run(ALG, dict(PARAMETERS, AREAS=three_areas(layers), EVENTS=events_of_every_kind(layers)), feedback)

    assert added == [3, 3, 3]  # six batches; none scored after the cancel
    assert results.get("RECORDS_IN") is None
    during = [p for p in progress if 50 <= p <= 75]  # the third of four steps: the batches
    assert len(set(during)) >= 2 and during == sorted(during)


@pytest.mark.parametrize("kind", ["memory", "gpkg"], ids=["feature reader", "columnar reader"])
def test_harmgrid_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, batches_read, monkeypatch, kind):
    events = events_of_every_kind(layers)
    if kind == "gpkg":
        events = layers.gpkg(events)
    parameters = dict(PARAMETERS, EVENTS=events, CELL_SIZE=500, GRID_SHAPE=1)  # hexagons over the records' extent
    del parameters["AREA_ID"]

    def outputs(results, feedback):
        records = [dict(r, wkt=f.geometry().asWkt(3)) for r, f in zip(read.rows(results["RECORDS"]),
                                                                      results["RECORDS"].getFeatures())]
        provenance = provenance_of(results["OUTPUT"])
        kept = {key: provenance[key] for key in ("reconciliation", "missing_weight", "grid")}
        return read.rows(results["OUTPUT"]), records, kept, results["TOTAL_HARM"], results["CELLS"], feedback.warnings

    whole = outputs(*run("socharm:harmgrid", parameters))
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = outputs(*run("socharm:harmgrid", parameters))

    assert batched == whole
    assert batches_read[1:] == [18] + [3] * 6 + [3] * 6  # the extent's points, then the records to score
    cells, records, provenance, total, n_cells, warnings = batched
    assert provenance["reconciliation"]["records_in"] == len(records) == 18
    assert sum(c["harm_n"] for c in cells) == provenance["reconciliation"]["by_status"]["assigned"] == 11
    assert provenance["grid"]["extent_source"] == "records"
