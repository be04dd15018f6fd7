"""The other readers of records stream too: socharm:assignareas (and, below,
the other algorithms that read records on the desktop path) read, assign and
write their records batch by batch.

Each is run with batches of a few records and with one batch of all of them:
every output row (with its point), the provenance's counts and the messages
are the same. A batch dropped would lose its rows and counts; a batch counted
twice would double them: both differ from the one-batch run.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

import soc_harm_plugin.processing_provider.algorithms.preparing.assign_areas as assign_areas_module
import soc_harm_plugin.processing_provider.inputs.harm as harm_inputs_module
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io import read_layers
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.conftest import spy_on_batches

from conftest import Recorder

SMALL = 3  # records per batch in the batched runs


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


# --------------------------------------------------------------------------- socharm:scorescheme


def team_scheme(tmp_path):
    """Three measures on one layer (a table with codes missing from it and a filter, a weight field with NULL and
    negative weights and a threat field, a fixed weight on month-only and unreadable dates) and one on another."""
    path = tmp_path / "team_scheme.json"
    path.write_text(json.dumps({"version": 1, "name": "Team", "measures": [
        {"key": "crime", "label": "Crime", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "crime", "filter": '"keep" = 1'},
        {"key": "loss", "label": "Loss", "layer": "offences", "method": "field", "weight_field": "loss",
         "threat_field": "threat", "threat_reference": 2, "dimension": "money", "filter": '"keep" = 0'},
        {"key": "seen", "label": "Seen", "layer": "offences", "method": "fixed", "weight": 3, "date_field": "day",
         "dimension": "crime", "rationale": "stated"},
        {"key": "deaths", "label": "Deaths", "layer": "deaths", "method": "fixed", "weight": 10,
         "dimension": "drugs", "rationale": "stated"},
    ]}), encoding="utf-8")
    return str(path)


def scheme_layers(layers):
    offences = layers.memory("Point", ["code:string", "day:string", "keep:integer", "loss:double", "threat:double"], [
        ("POINT(500 500)", "28E", "2019-03-01", 1, 5.0, 1.0),
        ("POINT(1000 500)", "8N", "2019-04", 1, None, 4.0),      # shared boundary; month-only; no loss
        ("POINT(1500 500)", "XX9", "2019-05-02", 0, 2.5, None),  # code with no weight; no threat score
        (None, "28E", "2019-06-01", 0, 1.0, 2.0),                # no geometry
        ("POINT(9000 9000)", "8N", "2019-06-02", 1, 1.0, 2.0),   # outside
        ("POINT(600 600)", "44", "not a date", 1, -1.0, 2.0),    # unreadable date; negative loss
        ("POINT(700 700)", "28E", "2018-12-31", 0, 7.0, 6.0),    # out of the period
        ("POINT(1e12 0)", "28E", "2019-08-02", 1, 1.0, 1.0),     # absurdly far: invalid
        ("POINT(2500 500)", None, "2019-09", 0, 0.5, 3.0),       # no code
        ("POINT(2000 500)", "8N", "2019-10-01", 1, 2.0, 2.0),    # boundary of B and C
        ("POINT(1200 300)", "XX9", "also not a date", 1, 3.0, None),
    ], name="offences")
    deaths = layers.memory("Point", ["when:string"], [("POINT(100 100)", "a"), ("POINT(2100 100)", "b"),
                                                     (None, "c"), ("POINT(1100 900)", "d")], name="deaths")
    return offences, deaths


def scheme_everything(results, feedback, read):
    records = [dict(r, wkt=f.geometry().asWkt(3)) for r, f in zip(read.rows(results["RECORDS"]),
                                                                  results["RECORDS"].getFeatures())]
    provenance = provenance_of(results["OUTPUT"])
    kept = {key: provenance[key] for key in ("reconciliation", "shared_boundary_records", "period")}
    numbers = {key: results[key] for key in ("RECORDS_IN", "ASSIGNED", "TOTAL_HARM")}
    return read.rows(results["OUTPUT"]), records, kept, numbers, feedback.warnings


@pytest.mark.parametrize("kind", ["memory", "gpkg"], ids=["feature reader", "columnar reader"])
def test_scorescheme_in_batches_of_three_gives_what_one_batch_gives(run, layers, read, tmp_path, monkeypatch, kind):
    offences, deaths = scheme_layers(layers)
    if kind == "gpkg":
        offences, deaths = layers.gpkg(offences), layers.gpkg(deaths)
    areas = layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0)), ("C", layers.square(2000, 0))])
    parameters = dict(AREAS=areas, AREA_ID="area_id", SCHEME=team_scheme(tmp_path), LAYERS=[offences, deaths],
                      START="2019-01-01", END="2019-12-31", OUTPUT="TEMPORARY_OUTPUT", RECORDS="TEMPORARY_OUTPUT")
    import soc_harm_plugin.processing_provider.inputs.scheme as scheme_module

    sizes = spy_on_batches(monkeypatch, scheme_module)
    whole = scheme_everything(*run("socharm:scorescheme", parameters), read)
    assert sizes == [11, 4]
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = scheme_everything(*run("socharm:scorescheme", parameters), read)

    assert sizes == [11, 4] + [3, 3, 3, 2] + [3, 1]
    assert batched == whole
    areas_out, records, provenance, numbers, warnings = batched
    measures = provenance["reconciliation"]["measures"]
    assert {k: m["records_in"] for k, m in measures.items()} == {"crime": 11, "loss": 11, "seen": 11, "deaths": 4}
    # crime (keep = 1): 1, 2 in A, 10 in B; 6 and 11 have unreadable dates, 8 is absurdly far; 5 outside
    assert measures["crime"]["by_status"] == {"assigned": 3, "outside": 1, "no_geometry": 0, "invalid": 3,
                                              "filtered": 4, "out_of_period": 0}
    assert "missing_codes" not in measures["crime"]  # both XX9 are invalid (date) or filtered out of crime
    # loss (keep = 0): 3 in B (2.5, no threat score: factor 1), 7 in A (7 x 6 / 2), 9 in C (0.5 x 3 / 2); 4 no place
    assert measures["loss"]["no_threat_score"] == 1 and measures["loss"]["undated"] is True
    assert [a["loss_harm"] for a in areas_out] == pytest.approx([21.0, 2.5, 0.75], abs=1e-9)
    # seen (3 each): 1, 2 in A; 3, 10 in B; 9 in C; 6, 11 (dates) and 8 (far) invalid; 7 out of the period
    assert measures["seen"]["by_status"] == {"assigned": 5, "outside": 1, "no_geometry": 1, "invalid": 3,
                                             "filtered": 0, "out_of_period": 1}
    assert [a["seen_harm"] for a in areas_out] == pytest.approx([6.0, 6.0, 3.0], abs=1e-9)
    assert [a["deaths_harm"] for a in areas_out] == pytest.approx([10.0, 10.0, 10.0], abs=1e-9)
    table = load_builtin_table("ons_css_ho_code")
    w = {code: table.weights[normalise_code(code)] for code in ("28E", "8N")}
    assert [a["crime_harm"] for a in areas_out] == pytest.approx([w["28E"] + w["8N"], w["8N"], 0.0], abs=1e-9)
    assert [a["harm_score"] for a in areas_out] == pytest.approx(
        [w["28E"] + w["8N"] + 21 + 6 + 10, w["8N"] + 2.5 + 6 + 10, 0.75 + 3 + 10], abs=1e-9)
    assert numbers["RECORDS_IN"] == 15
    assert len(records) == sum(1 for r in records if r["measure"] is not None) + sum(
        1 for r in records if r["measure"] is None)
    assert [r["measure"] for r in records][:3] == ["crime", "crime", "crime"]  # each measure's rows in turn
    assert provenance["shared_boundary_records"] > 0
    assert any("e.g. not a date, also not a date" in w for w in warnings)


def test_the_soc_scheme_on_the_sample_force_in_small_batches_gives_what_one_batch_gives(run, read, tmp_path,
                                                                                       monkeypatch):
    """Nine measures over seven layers, two of them following links from offences to nominals through a link
    table: the link table and the nominals are read whole, the measure layers (offences too) in batches of 97,
    and every link counts as in one batch (none is taken for a link to an unknown record)."""
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg

    sample = generate_force(seed=5, n_offences=1500, months=12, start_month="2024-01")
    gpkg = write_gpkg(sample, tmp_path / "force.gpkg")
    names = ["offences", "offence_nominal_links", "nominals", "cannabis_farms", "firearms_discharges", "drug_deaths",
             "firearms_intel"]
    parameters = {"AREAS": "{0}|layername=wards".format(gpkg), "AREA_ID": "ward_id",
                  "SCHEME": str(builtin_schemes()["soc_place_harm"]), "START": "2024-03-01", "END": "2024-11-30",
                  "LAYERS": ["{0}|layername={1}".format(gpkg, n) for n in names], "POPULATION_FIELD": "population",
                  "OUTPUT": "TEMPORARY_OUTPUT", "RECORDS": "TEMPORARY_OUTPUT"}
    import soc_harm_plugin.processing_provider.inputs.scheme as scheme_module

    sizes = spy_on_batches(monkeypatch, scheme_module)
    whole = scheme_everything(*run("socharm:scorescheme", parameters), read)
    batches_whole = len(sizes)
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", 97)
    batched = scheme_everything(*run("socharm:scorescheme", parameters), read)

    assert len(sizes) - batches_whole > batches_whole  # more batches the second time
    assert batched == whole
    areas_out, records, provenance, numbers, _ = batched
    layers_in = provenance["reconciliation"]["layers"]
    assert numbers["RECORDS_IN"] == sum(v["records_in"] for v in layers_in.values())
    assert len({(r["source_layer"], r["source_fid"]) for r in records}) == numbers["RECORDS_IN"]  # each one listed
    assert sum(a["harm_n"] for a in areas_out) == sum(1 for r in records if r["status"] == "assigned") > 0
    offences_batches = [n for n in sizes[batches_whole:] if n == 97]
    assert len(offences_batches) >= 1500 // 97  # the offences came in batches
    measures = provenance["reconciliation"]["measures"]
    assert measures["ocg_crime"]["by_status"]["assigned"] > 0
    assert "link_to_unknown_record" not in measures["ocg_crime"].get("unlinked", {})


def test_scorescheme_sees_a_cancel_at_the_next_batch(run, layers, tmp_path, monkeypatch):
    import soc_harm_plugin.processing_provider.algorithms.scoring.score_scheme as score_scheme_module

    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    offences, deaths = scheme_layers(layers)
    feedback = Recorder()
    added = []
    original = score_scheme_module.SchemeScorer.add

    def add(scorer, name, src, filters=None):
        added.append(len(src))
        if len(added) == 2:
            feedback.cancel()
        return original(scorer, name, src, filters)

    monkeypatch.setattr(score_scheme_module.SchemeScorer, "add", add)
    areas = layers.areas([("A", layers.square(0, 0))])
    results, _ = run("socharm:scorescheme", dict(AREAS=areas, AREA_ID="area_id", SCHEME=team_scheme(tmp_path),
                                                 LAYERS=[offences, deaths], OUTPUT="TEMPORARY_OUTPUT"), feedback)

    assert added == [3, 3]  # four batches of offences and two of deaths; none scored after the cancel
    assert results.get("OUTPUT") is None


# --------------------------------------------------------------------------- socharm:harmdensity


def density_events(layers):
    """Weighted records: by hand, the records counted (located, in 2019, kept by the filter) weigh
    1 + 2.5 + 4 + 1 + 2.5 + 4 + 1 = 16."""
    return layers.events([
        ("POINT(1000 1000)", "A", "2019-01-05", 1),
        ("POINT(1400 1100)", "B", "2019-02", 1),          # month-only
        ("POINT(1800 1900)", "C", "2019-03-01", 1),
        (None, "C", "2019-03-02", 1),                     # no geometry
        ("POINT(2600 1200)", "A", "2018-12-31", 1),       # out of the period (its place still sets the extent)
        ("POINT(2200 2400)", "A", "2019-05-05", 1),
        ("POINT(1200 2600)", "B", "not a date", 1),       # invalid in a bounded period
        ("POINT(1500 1500)", "B", "2019-06-06", 1),
        ("POINT(1e12 0)", "C", "2019-07-07", 1),          # absurdly far: invalid
        ("POINT(1600 1700)", "C", "2019-08-08", 0),       # filtered out
        ("POINT(2000 1000)", "C", "2019-09-09", 1),
        ("POINT(1100 2100)", "A", "2019-10", 1),
    ], extra=["keep:integer"])


def density_everything(results, feedback):
    from osgeo import gdal

    dataset = gdal.Open(results["OUTPUT"])
    values = dataset.GetRasterBand(1).ReadAsArray().astype(float)
    geotransform = dataset.GetGeoTransform()
    dataset = None
    from qgis.core import QgsRasterLayer

    facts = provenance_of(QgsRasterLayer(results["OUTPUT"], "surface"))
    kept = {key: facts[key] for key in ("reconciliation", "missing_weight", "period")}
    return values, geotransform, kept, facts["density"], sorted(feedback.warnings)


@pytest.mark.parametrize("bandwidth", [300.0, 0.0], ids=["bandwidth given: binned batch by batch",
                                                          "automatic bandwidth: kept for the estimate"])
def test_harmdensity_in_batches_of_three_gives_the_raster_of_one_batch(run, layers, tmp_path, monkeypatch,
                                                                       bandwidth):
    table = tmp_path / "weights.csv"
    table.write_text("code,weight\nA,1\nB,2.5\nC,4\n", encoding="utf-8")
    parameters = dict(EVENTS=layers.gpkg(density_events(layers)), CODE_FIELD="code", DATE_FIELD="day",
                      START="2019-01-01", END="2019-12-31", FILTER='"keep" = 1', HARM_TABLE_FILE=str(table),
                      BANDWIDTH=bandwidth, PIXEL_SIZE=50, OUTPUT=str(tmp_path / "whole.tif"))
    sizes = spy_on_batches(monkeypatch, harm_inputs_module)

    whole = density_everything(*run("socharm:harmdensity", parameters))
    assert sizes[-1] == 12
    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    batched = density_everything(*run("socharm:harmdensity", dict(parameters, OUTPUT=str(tmp_path / "cut.tif"))))

    assert sizes[-4:] == [3, 3, 3, 3]
    values, geotransform, kept, facts, warnings = batched
    assert np.array_equal(values, whole[0])  # the same sums, pixel by pixel
    assert (geotransform, kept, facts, warnings) == whole[1:]
    assert kept["reconciliation"] == {"records_in": 12, "by_status": {
        "assigned": 7, "outside": 0, "no_geometry": 1, "invalid": 2, "filtered": 1, "out_of_period": 1}}
    km2_per_pixel = 0.05 ** 2
    assert values.sum() * km2_per_pixel == pytest.approx(16.0, rel=1e-5)  # float32 pixels hold the total harm
    assert facts["harm_in_surface"] == pytest.approx(16.0, rel=1e-9)


def test_harmdensity_sees_a_cancel_at_the_next_batch(run, layers, tmp_path, monkeypatch):
    import soc_harm_plugin.processing_provider.algorithms.hotspots.harm_density as density_module

    monkeypatch.setattr(read_layers, "RECORDS_PER_BATCH", SMALL)
    feedback = Recorder()
    added = []
    original = density_module.HarmScorer.add

    def add(scorer, events):
        added.append(len(events))
        if len(added) == 2:
            feedback.cancel()
        return original(scorer, events)

    monkeypatch.setattr(density_module.HarmScorer, "add", add)
    results, _ = run("socharm:harmdensity", dict(EVENTS=density_events(layers), CODE_FIELD="code", BANDWIDTH=300,
                                                 PIXEL_SIZE=50, OUTPUT=str(tmp_path / "cancelled.tif")), feedback)

    assert added == [3, 3]  # four batches; none weighed after the cancel
    assert results.get("OUTPUT") is None
