"""Specification of socharm:concentration, run through processing.run, on
small layers whose Gini and shares are worked out by hand."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:concentration"
TABLE_FIELDS = ["measure", "rank", "unit", "value", "cum_share_units", "cum_share_value"]


def units(layers, rows, geometry="None"):
    """rows: (name, harm, records); a table (no geometry) unless told."""
    return layers.memory(geometry, ["name:string", "harm:double", "records:integer"],
                         [(None, *row) for row in rows], name="units")


def concentrate(run, layer, feedback=None, **parameters):
    params = {"INPUT": layer, "VALUE_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT", "CHART": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def test_one_unit_holding_all_the_harm(run, layers, read):
    table = units(layers, [("a", 0, 1), ("b", 0, 1), ("c", 0, 1), ("d", 1, 5)])
    results, feedback = concentrate(run, table, COUNT_FIELD="records", ID_FIELD="name")

    assert results["GINI"] == pytest.approx(0.75)
    assert results["SHARE_HOLDING_HALF"] == 25
    # counts 1, 1, 1, 5: sum of (2i - n - 1) x = -3 - 1 + 1 + 15 = 12, / (4 x 8) = 0.375; 5 of 8 is over half
    assert results["GINI_COUNT"] == pytest.approx(0.375)
    assert results["SHARE_HOLDING_HALF_COUNT"] == 25
    assert (results["UNITS"], results["NULL_VALUES"], results["NULL_COUNTS"]) == (4, 0, 0)
    lorenz = results["OUTPUT"]
    assert lorenz.fields().names() == TABLE_FIELDS
    rows = read.rows(lorenz)
    assert [(r["measure"], r["rank"], r["unit"]) for r in rows] == [
        ("value", 1, "d"), ("value", 2, "a"), ("value", 3, "b"), ("value", 4, "c"),
        ("count", 1, "d"), ("count", 2, "a"), ("count", 3, "b"), ("count", 4, "c")]
    assert [r["cum_share_units"] for r in rows[:4]] == [25, 50, 75, 100]
    assert [r["cum_share_value"] for r in rows[:4]] == [100, 100, 100, 100]
    assert [r["cum_share_value"] for r in rows[4:]] == pytest.approx([62.5, 75, 87.5, 100])
    assert any("0.750" in m and "25.0 % of units (1 of 4)" in m for m in feedback.infos)


def test_null_values_are_left_out_and_reported_never_counted_as_zero(run, layers):
    table = units(layers, [("a", 0, 1), ("b", None, 2), ("c", 0, None), ("d", 1, 3)])
    results, feedback = concentrate(run, table, COUNT_FIELD="records")

    assert results["UNITS"] == 3 and results["NULL_VALUES"] == 1 and results["NULL_COUNTS"] == 1
    assert results["GINI"] == pytest.approx(2 / 3)  # [0, 0, 1]; with the NULL as 0 it would be 0.75
    assert results["SHARE_HOLDING_HALF"] == pytest.approx(100 / 3)
    warned = feedback.warnings_with("1 unit(s) have no value in field 'harm'", "not counted as 0")
    assert len(warned) == 1 and "feature ids 2" in warned[0]
    measures = provenance_of(results["OUTPUT"])["measures"]
    assert (measures["value"]["nulls"], measures["value"]["null_feature_ids"]) == (1, [2])
    assert measures["count"]["units"] == 3


def test_negative_values_are_refused_naming_the_features(run, layers):
    table = units(layers, [("a", 3, 1), ("b", -2, 1), ("c", 1, 1)])
    with pytest.raises(QgsProcessingException, match=r"1 unit\(s\) have a negative value in field 'harm' \(feature "
                                                     r"ids 2\)"):
        concentrate(run, table)


def test_a_total_of_zero_leaves_gini_undefined(run, layers):
    results, feedback = concentrate(run, units(layers, [("a", 0, 1), ("b", 0, 1)]))

    assert results["GINI"] is None and results["SHARE_HOLDING_HALF"] is None
    assert feedback.warnings_with("adds up to 0")


def test_scored_areas_in_a_geopackage_give_a_table_and_chart_with_provenance(run, layers, tmp_path, read):
    areas = layers.gpkg(units(layers, [("w{0}".format(k), float(k * k), k) for k in range(1, 11)], geometry="Polygon"))
    table, chart = tmp_path / "lorenz.gpkg", tmp_path / "lorenz.png"
    results, _ = concentrate(run, areas, COUNT_FIELD="records", OUTPUT=str(table), CHART=str(chart))

    values = sorted((k * k for k in range(1, 11)), reverse=True)  # 100, 81, 64, 49, ...: 385 in all
    assert results["SHARE_HOLDING_HALF"] == 30  # 100 + 81 = 181 < 192.5 <= 245
    pairs = sum(abs(a - b) for a in values for b in values)
    assert results["GINI"] == pytest.approx(pairs / (2 * 10 * 10 * 38.5))
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"SOC Harm provenance" in chart.read_bytes()
    fresh = QgsVectorLayer(str(table), "fresh", "ogr")
    assert fresh.featureCount() == 20
    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == "socharm:concentration"
    assert provenance["measures"]["value"]["gini"] == pytest.approx(results["GINI"])
    assert [r["value"] for r in read.rows(fresh)][:10] == values


def test_a_text_value_field_is_refused(run, layers):
    table = units(layers, [("a", 1, 1), ("b", 2, 1)])
    with pytest.raises(QgsProcessingException):
        concentrate(run, table, VALUE_FIELD="name")
