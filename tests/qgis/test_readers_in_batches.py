"""The other readers of records stream too: socharm:assignareas (and, below,
the other algorithms that read records on the desktop path) read, assign and
write their records batch by batch.

Each is run with batches of a few records and with one batch of all of them:
every output row (with its point), the provenance's counts and the messages
are the same. A batch dropped would lose its rows and counts; a batch counted
twice would double them: both differ from the one-batch run.
"""
from __future__ import annotations

import pytest

import soc_harm_plugin.processing_provider.algorithms.preparing.assign_areas as assign_areas_module
from soc_harm_plugin.qgis_io import read_layers
from soc_harm_plugin.qgis_io.outputs import provenance_of

from conftest import Recorder

SMALL = 3  # records per batch in the batched runs


def spy_on_batches(monkeypatch, module):
    """The size of every batch of records read through ``module.read_point_batches``."""
    sizes = []
    original = module.read_point_batches

    def spy(*args, **kwargs):
        for batch in original(*args, **kwargs):
            sizes.append(len(batch))
            yield batch

    monkeypatch.setattr(module, "read_point_batches", spy)
    return sizes


# --------------------------------------------------------------------------- socharm:assignareas


@pytest.fixture
def geography(layers):
    """Sectors 2 and 1 (2 km wide), wards W2, W1, W3 (1 km wide), streets 7 (y = 500) and 3 (y = 900)."""
    sq = layers.square
    sectors = layers.memory("Polygon", ["sector_no:integer"], [(sq(0, 0, 2000), 2), (sq(2000, 0, 2000), 1)],
                            name="sectors")
    wards = layers.memory("Polygon", ["ward_code:string"], [(sq(0, 0), "W2"), (sq(1000, 0), "W1"),
                                                            (sq(2000, 0), "W3")], name="wards")
    streets = layers.memory("LineString", ["usrn:integer"], [("LINESTRING(0 500,4000 500)", 7),
                                                             ("LINESTRING(0 900,4000 900)", 3)], name="streets")
    return dict(SECTORS=sectors, SECTOR_ID="sector_no", WARDS=wards, WARD_ID="ward_code", STREETS=streets,
                STREET_ID="usrn", TOLERANCE=50)


def records_of_every_kind(layers):
    """Records on shared boundaries, near and far from streets, outside everything, without a geometry,
    absurdly far (invalid), spread over several batches."""
    return layers.memory("Point", ["ref:string", "n:integer"], [
        ("POINT(500 520)", "r1", 1),     # sector 2, W2, street 7 at 20 m
        ("POINT(2000 700)", "r2", 2),    # on the sector boundary and the W1|W3 boundary; 200 m from both streets
        ("POINT(1000 880)", "r3", 3),    # on the W2|W1 boundary; street 3 at 20 m
        (None, "r4", 4),                 # no geometry
        ("POINT(9000 9000)", "r5", 5),   # outside everything
        ("POINT(1e12 0)", "r6", 6),      # absurdly far: invalid
        ("POINT(3500 490)", "r7", 7),    # sector 1, W3 is 2000..3000: outside the wards; street 7 at 10 m
        ("POINT(1000 1000)", "r8", 8),   # the corner of W2 and W1 (and the top of sector 2)
        ("POINT(2500 905)", "r9", 9),    # W3, street 3 at 5 m
        (None, "r10", 10),
        ("POINT(4000 0)", "r11", 11),    # the far corner of sector 1
    ], name="records")


def assigned_everything(results, feedback, read):
    output = results["OUTPUT"]
    rows = [dict(r, wkt=f.geometry().asWkt(3)) for r, f in zip(read.rows(output), output.getFeatures())]
    provenance = provenance_of(output)
    kept = {key: provenance[key] for key in ("reconciliation", "assigned")}
    return rows, kept, sorted(feedback.warnings), sorted(i for i in feedback.infos if not i.startswith("Results:"))


@pytest.mark.parametrize("kind", ["memory", "gpkg"], ids=["feature reader", "columnar reader"])
def test_assignareas_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, geography, monkeypatch,
                                                                    kind):
    records = records_of_every_kind(layers)
    if kind == "gpkg":
        records = layers.gpkg(records)
    parameters = dict(geography, INPUT=records, OUTPUT="TEMPORARY_OUTPUT")
    sizes = spy_on_batches(monkeypatch, assign_areas_module)

    whole = assigned_everything(*run("socharm:assignareas", parameters), read)
    assert sizes == [11]
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = assigned_everything(*run("socharm:assignareas", parameters), read)

    assert sizes == [11, 3, 3, 3, 2]
    assert batched == whole
    rows, provenance, warnings, infos = batched
    assert [r["ref"] for r in rows] == ["r{0}".format(i) for i in range(1, 12)]  # every record once, in order
    assert [(r["sector_id"], r["ward_id"], r["street_id"]) for r in rows] == [
        (2, "W2", 7), (1, "W1", None), (2, "W1", 3), (None, None, None), (None, None, None), (None, None, None),
        (1, None, 7), (2, "W1", None), (1, "W3", 3), (None, None, None), (1, None, None)]
    assert [r["status"] for r in rows] == ["ok", "ok", "ok", "no_geometry", "ok", "invalid", "ok", "ok", "ok",
                                           "no_geometry", "ok"]
    assert [r["ward_status"] for r in rows] == ["assigned", "assigned", "assigned", None, "outside", None,
                                                "outside", "assigned", "assigned", None, "outside"]
    assert [r["street_dist"] for r in rows if r["street_dist"] is not None] == pytest.approx([20.0, 20.0, 10.0, 5.0])
    assert provenance == {"reconciliation": {"records_in": 11, "by_status": {"no_geometry": 2, "invalid": 1,
                                                                              "ok": 8}},
                          "assigned": {"sector": 7, "ward": 5, "street": 4}}
    assert "'wards': 5 records assigned, 3 outside" in infos
    assert "3 records lay on a boundary shared by areas of 'wards'; each went to the area whose id sorts first." \
        in infos
    assert any("absurdly far" in w for w in warnings)


def test_assignareas_sees_a_cancel_at_the_next_batch_and_moves_progress_with_every_batch(run, layers, geography,
                                                                                        monkeypatch):
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    feedback = Recorder()
    progress = []
    feedback.progressChanged.connect(progress.append)
    sizes = []
    original = assign_areas_module.read_point_batches

    def cancelling(*args, **kwargs):
        for batch in original(*args, **kwargs):
            sizes.append(len(batch))
            if len(sizes) == 3:
                feedback.cancel()
            yield batch

    monkeypatch.setattr(assign_areas_module, "read_point_batches", cancelling)
    results, _ = run("socharm:assignareas", dict(geography, INPUT=records_of_every_kind(layers),
                                                 OUTPUT="TEMPORARY_OUTPUT"), feedback)

    assert sizes == [3, 3, 3]  # four batches; none read after the cancel
    assert results.get("OUTPUT") is None
    during = [p for p in progress if 75 <= p < 100]  # the last of four steps: the batches
    assert len(set(during)) >= 2 and during == sorted(during)


# --------------------------------------------------------------------------- socharm:concentration


def units_with_ties_and_nulls(layers):
    """Seven units: harm 4, 0, NULL, 2, 2, 1, 1 and counts 1, 2, 3, NULL, 5, 6, 7. By hand, harm: 6 units, total
    10; sum of |x_i - x_j| over ordered pairs 48, so Gini = 48 / (2 * 6^2 * 10/6) = 0.4; the top 2 units (4 + 2)
    hold half: 33.33 % of units."""
    return layers.memory("Point", ["unit:string", "harm:double", "n:integer"], [
        ("POINT(0 0)", "a", 4.0, 1), ("POINT(1 0)", "b", 0.0, 2), ("POINT(2 0)", "c", None, 3),
        ("POINT(3 0)", "d", 2.0, None), ("POINT(4 0)", "e", 2.0, 5), ("POINT(5 0)", "f", 1.0, 6),
        ("POINT(6 0)", "g", 1.0, 7)], name="units")


def concentration_everything(results, feedback, read):
    numbers = {key: results[key] for key in ("GINI", "SHARE_HOLDING_HALF", "GINI_COUNT", "SHARE_HOLDING_HALF_COUNT",
                                             "UNITS", "NULL_VALUES", "NULL_COUNTS")}
    return read.rows(results["OUTPUT"]), provenance_of(results["OUTPUT"])["measures"], numbers, feedback.warnings


@pytest.mark.parametrize("id_field", ["unit", ""], ids=["unit ids", "feature ids"])
def test_concentration_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, monkeypatch, id_field):
    parameters = dict(INPUT=units_with_ties_and_nulls(layers), VALUE_FIELD="harm", COUNT_FIELD="n", ID_FIELD=id_field,
                      OUTPUT="TEMPORARY_OUTPUT", CHART="")
    whole = concentration_everything(*run("socharm:concentration", parameters), read)
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = concentration_everything(*run("socharm:concentration", parameters), read)

    assert batched == whole
    rows, measures, numbers, warnings = batched
    assert numbers["GINI"] == pytest.approx(0.4, abs=1e-12)
    assert numbers["SHARE_HOLDING_HALF"] == pytest.approx(100 * 2 / 6, abs=1e-9)
    assert (numbers["UNITS"], numbers["NULL_VALUES"], numbers["NULL_COUNTS"]) == (6, 1, 1)
    harm_rows = [r for r in rows if r["measure"] == "value"]
    units = ["a", "d", "e", "f", "g", "b"] if id_field else ["1", "4", "5", "6", "7", "2"]  # ties in input order
    assert [r["unit"] for r in harm_rows] == units
    assert [r["cum_share_value"] for r in harm_rows] == pytest.approx([40, 60, 80, 90, 100, 100], abs=1e-9)
    assert measures["value"]["null_feature_ids"] == [3] and measures["count"]["null_feature_ids"] == [4]
    assert measures["count"]["total"] == 24
    assert len(warnings) == 2


def test_concentration_sees_a_cancel_at_the_next_batch(run, layers, monkeypatch):
    import soc_harm_plugin.processing_provider.algorithms.hotspots.concentration as concentration_module

    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    feedback = Recorder()
    made = []
    original = concentration_module._UnitBatch.columns

    def columns(batch):
        made.append(len(batch.fids))
        feedback.cancel()
        return original(batch)

    monkeypatch.setattr(concentration_module._UnitBatch, "columns", columns)
    results, _ = run("socharm:concentration", dict(INPUT=units_with_ties_and_nulls(layers), VALUE_FIELD="harm",
                                                   OUTPUT="TEMPORARY_OUTPUT", CHART=""), feedback)

    assert made == [3, 0]  # the first batch, then none read after the cancel
    assert results.get("OUTPUT") is None
