"""socharm:harmchange, socharm:harmtrend, socharm:performanceframework and
socharm:emerginghotspots read their records in batches (issue 18).

Each batch is weighed, placed and collapsed into rows with a count as it is
read, so memory grows with the distinct (area, day, weight, ...) rows, not the
records. The same run with batches of three records and with one batch of
all of them gives the same outputs, field by field (counts identical, sums to
1e-9, ranks, classes and statuses identical), the same reconciliation and the
same messages: batching changes memory, never results.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses import collapse
from soc_harm_plugin.qgis_io import read_layers
from soc_harm_plugin.qgis_io.outputs import provenance_of

SMALL = 3  # records per batch in the batched runs
N_EVENTS = 700


def nine_areas(layers):
    """A 3 x 3 block of 1 km squares, a001 ... a009."""
    return layers.areas([("a{0:03d}".format(3 * r + c + 1), layers.square(1000 * c, 1000 * r))
                         for r in range(3) for c in range(3)])


def many_events(layers):
    """Records of every kind, at random but seeded: in the areas, on shared boundaries, outside,
    without a location, codes with and without a weight and none, full dates over two years,
    dates that cannot be read and none, filtered out, with and without a theme; many records
    the same in every respect (so rows collapse) and ties."""
    rng = np.random.default_rng(18)
    codes = ["28E", "8N", "44", "XX9", None, "28E", "44"]
    themes = ["drugs", "firearms", None, "", "drugs"]
    start = np.datetime64("2023-01-01", "D")
    rows = []
    for k in range(N_EVENTS):
        kind = rng.random()
        if kind < 0.03:
            wkt = None
        elif kind < 0.06:
            wkt = "POINT(5000 5000)"  # outside
        elif kind < 0.10:
            wkt = "POINT(1000 {0})".format(int(rng.integers(1, 2999)))  # a shared boundary
        else:
            wkt = "POINT({0} {1})".format(int(rng.integers(0, 3)) * 1000 + 500, int(rng.integers(0, 3)) * 1000 + 500)
        busy = rng.random() < 0.5  # half the records on twenty busy days: many records alike in every respect
        date = str(start + np.timedelta64(int(rng.integers(0, 20)) * 36 if busy else int(rng.integers(0, 730)), "D"))
        if k in (5, 400):
            date = "not a date" if k == 5 else "sometime"
        elif rng.random() < 0.02:
            date = None
        rows.append((wkt, codes[int(rng.integers(0, len(codes)))], date, int(rng.random() > 0.05),
                     themes[int(rng.integers(0, len(themes)))]))
    return layers.events(rows, extra=["keep:integer", "theme:string"])


@pytest.fixture
def collapsed_rows(monkeypatch):
    """The rows each run's collector held at the end (distinct records), and its records."""
    held = []
    original = collapse.DatedCollector.result

    def result(collector, *args, **kwargs):
        out = original(collector, *args, **kwargs)
        held.append((len(out[0]), collector.records))
        return out

    monkeypatch.setattr(collapse.DatedCollector, "result", result)
    return held


def common(areas, events, **more):
    return dict(dict(AREAS=areas, AREA_ID="area_id", EVENTS=events, CODE_FIELD="code", DATE_FIELD="day",
                     HARM_TABLE=0, MISSING_WEIGHT=1, FILTER='"keep" = 1'), **more)


def messages(feedback):
    """What the run told the user, but the provenance, the output layers' ids and timings."""
    infos = [re.sub(r"built in [0-9.]+ s", "built in ... s", m) for m in feedback.infos]
    return [m for m in infos if not m.startswith(("Provenance:", "Results:"))], list(feedback.warnings)


def assert_same_rows(batched, whole, exact_text=True):
    """Rows equal field by field: numbers to 1e-9, everything else identical."""
    assert len(batched) == len(whole) > 0
    for b, w in zip(batched, whole):
        assert b.keys() == w.keys()
        for key in w:
            x, y = b[key], w[key]
            if isinstance(y, float) and not isinstance(y, bool):
                assert isinstance(x, float) and (math.isnan(x) == math.isnan(y)), key
                assert math.isnan(y) or x == pytest.approx(y, rel=1e-9, abs=1e-9), (key, x, y)
            else:
                assert x == y, (key, x, y)


def change_outputs(run, read, parameters):
    results, feedback = run("socharm:harmchange", parameters)
    provenance = provenance_of(results["OUTPUT"])
    kept = {k: provenance[k] for k in ("reconciliation", "periods", "empty_periods", "source", "drivers")}
    numbers = {k: v for k, v in results.items() if k.startswith(("FORCE_", "CURRENT_", "BASELINE_"))}
    return (read.rows(results["OUTPUT"]), read.rows(results["DRIVERS"]), kept, numbers,
            messages(feedback))


@pytest.mark.parametrize("kind", ["memory", "gpkg"], ids=["feature reader", "columnar reader"])
def test_harmchange_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, batches_read, collapsed_rows,
                                                                   monkeypatch, kind):
    events = many_events(layers)
    if kind == "gpkg":
        events = layers.gpkg(events)
    parameters = common(nine_areas(layers), events, CURRENT_START="2024-07-01", CURRENT_END="2024-12-31",
                        BASELINE=0, OUTPUT="TEMPORARY_OUTPUT", DRIVERS="TEMPORARY_OUTPUT")
    whole = change_outputs(run, read, parameters)
    assert batches_read == [N_EVENTS]
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = change_outputs(run, read, parameters)
    assert batches_read[1:] == [SMALL] * (N_EVENTS // SMALL) + [N_EVENTS % SMALL]

    areas, drivers, provenance, numbers, said = batched
    assert_same_rows(areas, whole[0])
    assert_same_rows(drivers, whole[1])
    assert provenance == whole[2]
    assert numbers.keys() == whole[3].keys()
    assert_same_rows([numbers], [whole[3]])
    assert said == whole[4]
    # the runs held fewer rows than records, and every record is reconciled
    assert collapsed_rows[0] == collapsed_rows[1] and collapsed_rows[0][0] < collapsed_rows[0][1] == N_EVENTS
    by_status = provenance["reconciliation"]["by_status"]
    assert provenance["reconciliation"]["records_in"] == sum(by_status.values()) == N_EVENTS
    for code in ("current", "baseline", "out_of_period", "outside", "no_geometry", "filtered", "unparseable_date",
                 "no_date"):
        assert by_status[code] > 0, code
    assert sum(a["n_current"] for a in areas) == by_status["current"] == numbers["FORCE_N_CURRENT"]
    assert {a["rank_current"] for a in areas} - {0}
    assert any("cannot be read" in w and "'not a date', 'sometime'" in w for w in said[1])
    assert any("weigh 0" in w for w in said[1])  # the code with no weight, counted as one read counts it


def trend_outputs(run, read, parameters):
    results, feedback = run("socharm:harmtrend", parameters)
    provenance = provenance_of(results["SUMMARY"])
    kept = {k: provenance[k] for k in ("reconciliation", "series", "band", "source")}
    numbers = {k: v for k, v in results.items() if k.startswith(("FORCE_", "LATEST_"))}
    return read.rows(results["OUTPUT"]), read.rows(results["SUMMARY"]), kept, numbers, messages(feedback)


@pytest.mark.parametrize("unit", [0, 1], ids=["months", "quarters"])
def test_harmtrend_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, batches_read, collapsed_rows,
                                                                  monkeypatch, unit):
    parameters = common(nine_areas(layers), layers.gpkg(many_events(layers)), UNIT=unit,
                        OUTPUT="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT")
    whole = trend_outputs(run, read, parameters)
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = trend_outputs(run, read, parameters)
    assert len(batches_read) == 1 + math.ceil(N_EVENTS / SMALL)

    series, summary, provenance, numbers, said = batched
    assert_same_rows(series, whole[0])
    assert_same_rows(summary, whole[1])
    assert provenance == whole[2]
    assert_same_rows([numbers], [whole[3]])
    assert said == whole[4]
    assert collapsed_rows[0] == collapsed_rows[1] and collapsed_rows[0][0] < N_EVENTS
    assert provenance["reconciliation"]["records_in"] == N_EVENTS
    force = [r for r in summary if r["level"] == "force"]
    assert len(force) == 1 and force[0]["n_total"] == sum(r["n_total"] for r in summary if r["level"] != "force") > 0


def test_performance_framework_themes_in_batches_of_three(run, layers, read, batches_read, collapsed_rows,
                                                          monkeypatch):
    """The theme field is read with the records, batch by batch: the same themes and rows."""
    parameters = common(nine_areas(layers), many_events(layers), THEME_FIELD="theme", PERIOD_END="2024-12-31",
                        BY_AREA=True, OUTPUT="TEMPORARY_OUTPUT")

    def outputs():
        results, feedback = run("socharm:performanceframework", parameters)
        provenance = provenance_of(results["OUTPUT"])
        return read.rows(results["OUTPUT"]), provenance["reconciliation"], provenance["themes"], messages(feedback)

    whole = outputs()
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = outputs()
    assert len(batches_read) == 1 + math.ceil(N_EVENTS / SMALL)
    assert_same_rows(batched[0], whole[0])
    assert batched[1:] == whole[1:]
    assert [t["theme"] for t in batched[2]] == ["all", "drugs", "firearms"]
    assert any("have no theme" in w for w in batched[3][1])
    assert collapsed_rows[0] == collapsed_rows[1] and collapsed_rows[0][0] < N_EVENTS
    reconciliation = batched[1]
    assert reconciliation["records_in"] == sum(reconciliation["by_status"].values()) == N_EVENTS


def test_emerging_hotspots_in_batches_of_three(run, layers, read, monkeypatch):
    parameters = common(nine_areas(layers), many_events(layers), TIME_STEP=1, TIME_STEPS=1, NEIGHBOURS=0,
                        DISTANCE=1500.0, K=8, CORRECTION=1, ALPHA=0.05, OUTPUT="TEMPORARY_OUTPUT",
                        SLICES="TEMPORARY_OUTPUT")

    def outputs():
        results, feedback = run("socharm:emerginghotspots", parameters)
        provenance = provenance_of(results["OUTPUT"])
        numbers = {k: results[k] for k in ("N_SLICES", "RECORDS_IN", "RECORDS_IN_CUBE")}
        return (read.rows(results["OUTPUT"]), read.rows(results["SLICES"]), provenance["reconciliation"], numbers,
                messages(feedback))

    whole = outputs()
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = outputs()
    assert_same_rows(batched[0], whole[0])
    assert_same_rows(batched[1], whole[1])
    assert batched[2:] == whole[2:]
    assert batched[3]["RECORDS_IN"] == N_EVENTS == batched[2]["records_in"]
    assert 0 < batched[3]["RECORDS_IN_CUBE"] < N_EVENTS


def test_a_cancel_is_seen_at_the_next_batch_of_dated_records(run, layers, monkeypatch):
    """harmchange stops reading at the batch after a cancel: no more batches are collapsed, no output."""
    from conftest import Recorder

    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    feedback = Recorder()
    added = []
    original = collapse.DatedCollector.add

    def add(collector, *args, **kwargs):
        added.append(len(args[0]))
        if len(added) == 3:
            feedback.cancel()
        return original(collector, *args, **kwargs)

    monkeypatch.setattr(collapse.DatedCollector, "add", add)
    results, _ = run("socharm:harmchange", common(nine_areas(layers), many_events(layers),
                                                  OUTPUT="TEMPORARY_OUTPUT"), feedback)
    assert added == [SMALL] * 3  # hundreds of batches to read; none collapsed after the cancel
    assert results.get("OUTPUT") is None and results.get("FORCE_N_CURRENT") is None
