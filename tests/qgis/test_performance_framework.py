"""Specification of socharm:performanceframework, run through processing.run.

Counts and p-values are worked out by hand in the tests (binomial splits
with even chances), the weights read from the built-in table.
"""
from __future__ import annotations

import json
import math

import pytest
from qgis.core import QgsVectorLayer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:performanceframework"
W = load_builtin_table("ons_css_ho_code").weights
W92A, W10A = W[normalise_code("92A")], W[normalise_code("10A")]


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


@pytest.fixture
def themed(layers):
    """Drugs (92A) and firearms (10A) offences, month-only, 2019-01 to 2020-12.

    Drugs in A: 1 a month in 2019; 2 a month in 2020, but 8 in 2020-12.
    Firearms in B: 1 in 2019-12, 1 in 2020-12.
    """
    rows = []
    for year, per_month in ((2019, 1), (2020, 2)):
        for month in range(1, 13):
            label = "{0}-{1:02d}".format(year, month)
            n = per_month if (year, month) != (2020, 12) else 8
            rows += [("POINT(100 100)", "92A", label, "drugs")] * n
    rows += [("POINT(1500 500)", "10A", "2019-12", "firearms"), ("POINT(1500 500)", "10A", "2020-12", "firearms")]
    return two_areas(layers), layers.events(rows, extra=["theme:string"])


def framework(run, areas, events, feedback=None, **parameters):
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
              "THEME_FIELD": "theme", "HARM_TABLE": 0, "PERIOD_END": "2020-12-31", "BASELINE": 1,
              "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def rows_by_key(results, read):
    return {(r["theme"], r["view"], r["level"], r["area_id"]): r for r in read.rows(results["OUTPUT"])}


def test_one_row_per_theme_view_and_level(run, themed, read):
    results, _ = framework(run, *themed)

    rows = read.rows(results["OUTPUT"])
    assert len(rows) == 3 * 3 * 3  # themes all, drugs, firearms; three views; force and two areas
    assert [(r["theme"], r["view"], r["level"]) for r in rows[:4]] == [
        ("all", "month", "force", ), ("all", "month", "area"), ("all", "month", "area"), ("drugs", "month", "force")]
    periods = {r["view"]: (r["current_period"], r["baseline_period"]) for r in rows if r["level"] == "force"}
    assert periods == {"month": ("2020-12", "2019-12"), "quarter": ("2020-10/2020-12", "2019-10/2019-12"),
                       "year": ("2020-01/2020-12", "2019-01/2019-12")}


def test_changes_and_tests_by_hand(run, themed, read):
    results, _ = framework(run, *themed)

    rows = rows_by_key(results, read)
    drugs_month = rows[("drugs", "month", "force", None)]
    assert (drugs_month["n_current"], drugs_month["n_baseline"]) == (8, 1.0)
    assert drugs_month["harm_change_pct"] == pytest.approx(700.0)
    assert drugs_month["p_count"] == pytest.approx(2 * (1 + 9) / 512)  # 8 of 9 with even chances: P(X >= 8) + P(X <= 1)
    assert drugs_month["change_class"] == "increase" and drugs_month["count_change_class"] == "increase"
    drugs_year = rows[("drugs", "year", "force", None)]
    assert (drugs_year["n_current"], drugs_year["n_baseline"]) == (30, 12.0)
    assert drugs_year["harm_current"] == pytest.approx(30 * W92A)
    firearms_quarter = rows[("firearms", "quarter", "area", "B")]
    assert (firearms_quarter["n_current"], firearms_quarter["n_baseline"]) == (1, 1.0)
    assert firearms_quarter["p_count"] == pytest.approx(1.0) and firearms_quarter["change_class"] == "too_few"
    everything = rows[("all", "month", "force", None)]
    assert everything["harm_current"] == pytest.approx(8 * W92A + W10A)


def test_each_view_has_its_trend_over_calendar_periods(run, themed, read):
    results, _ = framework(run, *themed)

    drugs_quarter = rows_by_key(results, read)[("drugs", "quarter", "force", None)]
    # quarters of 2019-2020: 3, 3, 3, 3, 6, 6, 6, 12 records of one weight: S = 19, var(S) = 53, p = 0.013
    assert drugs_quarter["trend_class"] == "up" and drugs_quarter["sen_slope"] > 0
    assert math.isfinite(drugs_quarter["mk_p"])


def test_the_table_saves_as_xlsx_with_its_provenance(run, themed, tmp_path):
    results, _ = framework(run, *themed, OUTPUT=str(tmp_path / "framework.xlsx"), CHART=str(tmp_path / "framework.png"))

    table = QgsVectorLayer(str(tmp_path / "framework.xlsx"), "framework", "ogr")
    assert table.isValid() and table.featureCount() == 27
    assert "change_class" in table.fields().names()
    table.loadDefaultMetadata()
    assert provenance_of(table)["algorithm"] == ALG
    assert (tmp_path / "framework.png").read_bytes()[:4] == b"\x89PNG"


def test_a_view_the_data_cannot_support_is_listed_with_a_note(run, layers, read):
    rows = [("POINT(100 100)", "92A", "2020-{0:02d}".format(m), "drugs") for m in range(1, 13)]
    events = layers.events(rows, extra=["theme:string"])

    results, feedback = framework(run, two_areas(layers), events)

    force = {r["view"]: r for r in read.rows(results["OUTPUT"]) if r["level"] == "force" and r["theme"] == "all"}
    assert force["year"]["note"] == "baseline_no_data" and force["year"]["harm_current"] is None
    assert force["month"]["note"] == "baseline_no_data"  # a year earlier than 2020-12 is before the data too
    assert feedback.warnings_with("View year:")
    compared, _ = framework(run, two_areas(layers), events, BASELINE=0)  # the previous period instead
    previous = {r["view"]: r for r in read.rows(compared["OUTPUT"]) if r["level"] == "force" and r["theme"] == "all"}
    assert previous["month"]["baseline_period"] == "2020-11" and previous["quarter"][
        "baseline_period"] == "2020-07/2020-09"
    assert previous["year"]["note"] == "baseline_no_data"


def test_a_period_end_inside_a_month_reports_to_the_month_before(run, themed, read):
    results, feedback = framework(run, *themed, PERIOD_END="2020-12-15")

    months = {r["current_period"] for r in read.rows(results["OUTPUT"]) if r["view"] == "month"}
    assert months == {"2020-11"}
    assert feedback.warnings_with("is not the end of a month")


def test_scheme_dimensions_are_themes_and_undated_measures_say_so(run, layers, read, tmp_path):
    scheme = {"version": 1, "key": "mini", "name": "Mini SOC", "measures": [
        {"key": "supply", "label": "Drug supply", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "drugs", "filter": "\"code\" = '92A'"},
        {"key": "guns", "label": "Firearms offences", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "firearms", "filter": "\"code\" = '10A'"},
        {"key": "members", "label": "OCG members", "layer": "offences", "method": "fixed", "weight": 5,
         "rationale": "a flat weight for the test", "dimension": "people"},
    ]}
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(scheme), encoding="utf-8")
    rows = [("POINT(100 100)", "92A", m) for m in ("2019-12", "2020-12", "2020-12")] + [("POINT(100 100)", "10A",
            "2020-12")]
    offences = layers.events(rows, name="offences")

    results, _ = run(ALG, {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": str(path), "LAYERS": [offences],
                           "THEMES": 1, "PERIOD_END": "2020-12-31", "BASELINE": 1, "BY_AREA": False,
                           "OUTPUT": "TEMPORARY_OUTPUT"})

    out = {(r["theme"], r["view"]): r for r in read.rows(results["OUTPUT"])}
    assert {t for t, _ in out} == {"all", "drugs", "firearms", "people"}
    assert out[("drugs", "month")]["n_current"] == 2 and out[("drugs", "month")]["n_baseline"] == 1.0
    assert out[("people", "month")]["note"] == "no_date"
    assert out[("firearms", "month")]["harm_change_pct_reason"] == "baseline_zero"
