"""Specification of socharm:harmtrend, run through processing.run and qgis_process.

Expected statistics are worked out by hand (Mann-Kendall S and its variance,
Sen's slope, band limits) from the built-in table's weights.
"""
from __future__ import annotations

import csv
import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.qgis_cli import QgisProcess

ALG = "socharm:harmtrend"
W44 = load_builtin_table("ons_css_ho_code").weights[normalise_code("44")]
LONG_FIELDS = ("level", "area_id", "area_name", "period", "period_start", "period_end", "partial", "no_data", "n",
               "harm")
SUMMARY_SPEC = ("mk_tau", "mk_p", "sen_slope", "trend_class", "latest_flag")


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


def monthly_events(layers, counts_a, counts_b, start=(2020, 1), **kwargs):
    """Records of code 44 (equal weights): counts_a[m] in area A and counts_b[m] in B in month m."""
    rows = []
    for m, (na, nb) in enumerate(zip(counts_a, counts_b)):
        year, month = start[0] + (start[1] - 1 + m) // 12, (start[1] - 1 + m) % 12 + 1
        label = "{0:04d}-{1:02d}".format(year, month)
        rows += [("POINT(100 100)", "44", label)] * na + [("POINT(1500 500)", "44", label)] * nb
    return layers.events(rows, **kwargs)


def trend(run, areas, events, feedback=None, **parameters):
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
              "HARM_TABLE": 0, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def summary_of(results):
    return {(f["level"], f["area_id"] if f["level"] == "area" else None): f for f in results["SUMMARY"].getFeatures()}


def test_long_table_lists_every_area_and_period_with_the_force_first(run, layers, read):
    events = monthly_events(layers, [1, 2, 3, 4, 5], [2, 0, 2, 0, 2])

    results, _ = trend(run, two_areas(layers), events)

    rows = read.rows(results["OUTPUT"])
    assert [f for f in results["OUTPUT"].fields().names()] == list(LONG_FIELDS)
    assert len(rows) == 15
    assert [r["level"] for r in rows[:5]] == ["force"] * 5 and rows[0]["area_id"] is None
    assert [r["n"] for r in rows if r["level"] == "force"] == [3, 2, 5, 4, 7]
    assert [r["n"] for r in rows if r["area_id"] == "B"] == [2, 0, 2, 0, 2]
    assert [r["harm"] for r in rows if r["area_id"] == "A"] == pytest.approx([W44 * k for k in (1, 2, 3, 4, 5)])
    assert rows[0]["period"] == "2020-01" and rows[0]["period_start"] == "2020-01-01" and rows[0][
        "period_end"] == "2020-01-31"


def test_a_rising_area_trends_up_by_hand(run, layers):
    events = monthly_events(layers, [1, 2, 3, 4, 5], [2, 0, 2, 0, 2])

    results, _ = trend(run, two_areas(layers), events)

    a = summary_of(results)[("area", "A")]
    z = (10 - 1) / math.sqrt(5 * 4 * 15 / 18)
    assert a["mk_tau"] == pytest.approx(1.0)
    assert a["mk_p"] == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert a["sen_slope"] == pytest.approx(W44)
    assert a["trend_class"] == "up"
    b = summary_of(results)[("area", "B")]
    assert b["trend_class"] == "none" and b["sen_slope"] == pytest.approx(0.0)
    assert all(name in results["SUMMARY"].fields().names() for name in SUMMARY_SPEC)


def test_the_latest_month_is_flagged_against_its_band(run, layers):
    """B: 2, 0, 2, 0 then 9 records of one weight w. Baseline harm 2w, 0, 2w, 0: mean w,
    sample sd 2w/sqrt(3); chance sd sqrt(mean of 2w^2, 0, 2w^2, 0) = w: band w +/- 2 * 1.1547 w."""
    events = monthly_events(layers, [1, 2, 3, 4, 5], [2, 0, 2, 0, 9])

    results, _ = trend(run, two_areas(layers), events)

    b = summary_of(results)[("area", "B")]
    half = 2 * (2 / math.sqrt(3)) * W44
    assert b["band_mean"] == pytest.approx(W44)
    assert b["band_low"] == pytest.approx(0.0) and b["band_high"] == pytest.approx(W44 + half)
    assert b["latest_period"] == "2020-05" and b["latest_flag"] == "above"
    assert results["LATEST_PERIOD"] == "2020-05"


def test_a_month_with_no_record_at_all_is_flagged_and_left_out(run, layers, read):
    events = monthly_events(layers, [1, 2, 0, 4, 5, 6], [1, 1, 0, 1, 1, 1])

    results, feedback = trend(run, two_areas(layers), events)

    force_rows = [r for r in read.rows(results["OUTPUT"]) if r["level"] == "force"]
    assert [r["no_data"] for r in force_rows] == [0, 0, 1, 0, 0, 0]
    a = summary_of(results)[("area", "A")]
    assert a["periods"] == 5 and a["mk_tau"] == pytest.approx(1.0)
    assert feedback.warnings_with("No record at all falls in period(s) 2020-03")


def test_a_quarter_the_data_cover_in_part_is_partial(run, layers, read):
    events = monthly_events(layers, [1, 1, 1, 1, 1, 1, 1, 1], [0] * 8, start=(2020, 2))  # Feb to Sep

    results, feedback = trend(run, two_areas(layers), events, UNIT=1)

    force_rows = [r for r in read.rows(results["OUTPUT"]) if r["level"] == "force"]
    assert [(r["period"], r["partial"], r["n"]) for r in force_rows] == [("2020-Q1", 1, 2), ("2020-Q2", 0, 3), (
        "2020-Q3", 0, 3)]
    assert feedback.warnings_with("only in part", "2020-Q1")


def test_a_single_period_gives_no_trend_and_says_so(run, layers, read):
    events = monthly_events(layers, [3], [1])

    results, feedback = trend(run, two_areas(layers), events)

    force = summary_of(results)[("force", None)]
    assert force["trend_class"] == "none" and read.plain(force["mk_p"]) is None
    assert feedback.warnings_with("a single whole period (2020-01)")
    assert results["FORCE_LATEST_FLAG"] is None


def test_the_series_can_be_cut_to_a_range(run, layers):
    events = monthly_events(layers, [1, 2, 3, 4, 5], [0] * 5)

    results, _ = trend(run, two_areas(layers), events, SERIES_START="2020-02-01", SERIES_END="2020-04-30")

    assert [f["period"] for f in results["OUTPUT"].getFeatures() if f["level"] == "force"] == ["2020-02", "2020-03",
            "2020-04"]
    reconciliation = provenance_of(results["OUTPUT"])["reconciliation"]
    assert reconciliation["by_status"]["in_series"] == 9 and reconciliation["by_status"]["out_of_period"] == 6


def test_unparseable_dates_are_counted_and_listed(run, layers):
    rows = [("POINT(100 100)", "44", m) for m in ("2020-01", "2020-02", "2020-03", "31/02/2020", "later")]

    results, feedback = trend(run, two_areas(layers), layers.events(rows))

    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["unparseable_date"] == 2
    assert feedback.warnings_with("2 records have a date that cannot be read", "'31/02/2020'", "'later'")


def test_no_readable_date_at_all_is_an_error(run, layers):
    with pytest.raises(QgsProcessingException, match=r"has a date that can be read: there is no series"):
        trend(run, two_areas(layers), layers.events([("POINT(100 100)", "44", "soon")]))


def test_chart_is_written_as_png_and_svg(run, layers, tmp_path):
    events = monthly_events(layers, [1, 2, 3, 4, 5], [2, 0, 2, 0, 9])

    results, _ = trend(run, two_areas(layers), events, CHART=str(tmp_path / "t.png"), CHART_SVG=str(tmp_path / "t.svg"))

    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert results["CHART"] == str(tmp_path / "t.png")


def test_qgis_process_writes_the_tables_and_chart(layers, tmp_path, tmp_path_factory):
    qp = QgisProcess(tmp_path_factory.mktemp("qgis_process_trend"))
    areas = layers.gpkg(two_areas(layers), layer_name="areas")
    events = layers.gpkg(monthly_events(layers, [1, 2, 3, 4, 5], [2, 0, 2, 0, 9]), layer_name="offences")

    done = qp.run(ALG, {"AREAS": areas.source(), "AREA_ID": "area_id", "AREA_NAME": "area_id",
                        "EVENTS": events.source(),
                        "CODE_FIELD": "code", "DATE_FIELD": "day", "HARM_TABLE": 0, "MISSING_WEIGHT": 1,
                        "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "UNIT": 0, "OUTPUT": str(tmp_path / "long.csv"),
                        "SUMMARY": str(tmp_path / "summary.csv"), "CHART": str(tmp_path / "trend.png")})

    assert done["_returncode"] == 0, done["_stderr"][-2000:]
    with open(tmp_path / "summary.csv", newline="", encoding="utf-8") as handle:
        rows = {r["area_id"] or "force": r for r in csv.DictReader(handle)}
    assert rows["A"]["trend_class"] == "up" and rows["B"]["latest_flag"] == "above"
    assert (tmp_path / "trend.png").stat().st_size > 10000
    table = QgsVectorLayer(str(tmp_path / "long.csv"), "long", "ogr")
    table.loadDefaultMetadata()  # the .qmd beside the CSV
    assert provenance_of(table)["algorithm"] == ALG
