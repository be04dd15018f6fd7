"""Specification of soc_harm_plugin.domain.analyses.trend (pure: no QGIS).

Mann-Kendall, Sen's slope and band limits are worked out by hand in the
tests and checked against scipy (kendalltau, theilslopes, norm).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_trend.py -q
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from soc_harm_plugin.domain.analyses.change import DatedRecords
from soc_harm_plugin.domain.analyses.trend import build_series, control_band, summarise, top_rows
from soc_harm_plugin.domain.periods.calendar import bin_label, bin_of, bin_window


def records(area, weight, day, month_only=False, status=None):
    n = len(area)
    return DatedRecords(
        area_index=np.asarray(area, dtype=np.int64), weight=np.asarray(weight, dtype=float),
        day=np.array([np.datetime64(d, "D") if d else np.datetime64("NaT", "D") for d in day], dtype="datetime64[D]"),
        status=np.array(status or ["assigned"] * n, dtype=object), unparseable=np.zeros(n, dtype=bool),
        month_only=month_only)


def monthly(area_harm, start_year=2020, month_only=True):
    """Records giving each area (row) the harm per month in ``area_harm`` (one record per month and area)."""
    area, weight, day = [], [], []
    for a, series in enumerate(area_harm):
        for m, h in enumerate(series):
            if h:
                area.append(a)
                weight.append(float(h))
                day.append("{0:04d}-{1:02d}-01".format(start_year + m // 12, m % 12 + 1))
    return records(area, weight, day, month_only=month_only)


# --------------------------------------------------------------------------- periods


def test_periods_are_calendar_months_quarters_and_years():
    day = np.array(["2020-05-17"], dtype="datetime64[D]")

    assert [bin_label(bin_of(day, u)[0], u) for u in ("month", "quarter", "year")] == ["2020-05", "2020-Q2", "2020"]
    assert bin_window(bin_of(day, "quarter")[0], "quarter").label() == "2020-04/2020-06"
    assert bin_window(bin_of(day, "year")[0], "year").label() == "2020-01/2020-12"


def test_series_fill_every_period_and_add_the_force_total():
    recs = records([0, 0, 1, 1], [1, 2, 3, 4], ["2020-01-10", "2020-01-20", "2020-03-05", "2020-03-31"])

    series = build_series(recs, 2, "month")

    assert series.labels == ["2020-01", "2020-02", "2020-03"]
    assert series.n.tolist() == [[2, 0, 0], [0, 0, 2], [2, 0, 2]]
    assert series.harm.tolist() == [[3, 0, 0], [0, 0, 7], [3, 0, 7]]
    assert series.sumsq.tolist() == [[5, 0, 0], [0, 0, 25], [5, 0, 25]]
    assert series.empty == ["2020-02"]  # no record at all: missing data?
    assert series.partial.tolist() == [True, False, False]  # the data start on 10 January


def test_records_not_in_an_area_or_undated_are_not_in_the_series():
    recs = records([0, -1, 0], [1, 1, 1], ["2020-01-01", "2020-01-01", None],
                   status=["assigned", "outside", "assigned"], month_only=True)

    series = build_series(recs, 1, "month")

    assert series.n.tolist() == [[1], [1]]


def test_a_quarter_the_data_cover_in_part_is_partial():
    recs = records([0, 0], [1, 1], ["2020-02-01", "2020-06-01"], month_only=True)

    series = build_series(recs, 1, "quarter")

    assert series.labels == ["2020-Q1", "2020-Q2"]
    assert series.partial.tolist() == [True, False]


# --------------------------------------------------------------------------- Mann-Kendall and Sen's slope


def test_mann_kendall_of_a_rising_series_by_hand_and_by_scipy():
    """1..5: S = 10, var(S) = 5*4*15/18 = 50/3, z = (10 - 1)/sqrt(50/3) = 2.2045, p = 0.0275."""
    series = build_series(monthly([[1, 2, 3, 4, 5]]), 1, "month")

    out = summarise(series)

    z = 9 / math.sqrt(50 / 3)
    assert out["mk_s"][0] == 10
    assert out["mk_p"][0] == pytest.approx(2 * stats.norm.sf(z), rel=1e-9)
    assert out["mk_p"][0] == pytest.approx(0.02749, abs=1e-5)
    assert out["mk_tau"][0] == pytest.approx(stats.kendalltau(np.arange(5), [1, 2, 3, 4, 5]).correlation)
    assert out["trend_class"].tolist() == ["up", "up"]
    assert out["sen_slope"][0] == pytest.approx(1.0)


def test_sens_slope_is_the_median_pairwise_slope():
    """1, 3, 2, 5: slopes 2, 1/2, 4/3, -1, 1, 3; median (1 + 4/3)/2 = 7/6."""
    series = build_series(monthly([[1, 3, 2, 5]]), 1, "month")

    out = summarise(series)

    assert out["sen_slope"][0] == pytest.approx(7 / 6)
    assert out["sen_slope"][0] == pytest.approx(stats.theilslopes([1, 3, 2, 5], np.arange(4))[0])
    assert out["trend_class"][0] == "none"  # S = 4 of 4 points: p = 0.31


def test_mann_kendall_with_ties_matches_scipy_tau_b():
    values = [4, 4, 2, 6, 6, 6, 9, 9, 12, 10]
    out = summarise(build_series(monthly([values]), 1, "month"))

    assert out["mk_tau"][0] == pytest.approx(stats.kendalltau(np.arange(10), values).correlation, rel=1e-9)


def test_a_falling_series_trends_down():
    out = summarise(build_series(monthly([[90, 80, 85, 60, 50, 40, 41, 30]]), 1, "month"))

    assert out["trend_class"][0] == "down" and out["sen_slope"][0] < 0


def test_missing_and_partial_periods_take_no_part_in_the_trend():
    """Months 2020-01..06; no record at all in 2020-03 (missing data), and full dates
    starting on 2020-01-15 make January partial: the trend uses Feb, Apr, May, Jun."""
    recs = records([0] * 5, [5, 10, 20, 30, 40], ["2020-01-15", "2020-02-01", "2020-04-01", "2020-05-01", "2020-06-30"])
    series = build_series(recs, 1, "month")

    out = summarise(series)

    assert series.empty == ["2020-03"] and series.partial.tolist() == [True, False, False, False, False, False]
    assert out["periods"][0] == 4
    assert out["mk_s"][0] == 6  # 10, 20, 30, 40: every pair rises
    # Sen's slope over the real months (Feb=1, Apr=3, May=4, Jun=5): slopes 5, 20/3, 7.5, 10, 10, 10 -> median
    # (7.5+10)/2
    assert out["sen_slope"][0] == pytest.approx(8.75)


# --------------------------------------------------------------------------- the band


def test_band_is_mean_plus_minus_two_sample_sd():
    """Baseline 10, 12, 14 (one record each, so chance sd sqrt(mean of 100, 144, 196) = 12.1 ...)."""
    mean, low, high = control_band([[10, 12, 14]], [[1, 1, 1]], 2.0)

    assert mean[0] == 12 and low[0] == pytest.approx(8.0) and high[0] == pytest.approx(16.0)  # sd = 2


def test_band_is_never_narrower_than_chance():
    """A flat baseline 5, 5, 5 of one record weighing 5: sample sd 0, chance sd 5; the low end is cut at 0."""
    mean, low, high = control_band([[5, 5, 5]], [[25, 25, 25]], 2.0)

    assert (mean[0], low[0], high[0]) == (5.0, 0.0, 15.0)


def many_small(area_harm):
    """Each area's harm per month made of records weighing 1/4 (4 per unit of harm): the
    chance sd of a month of harm h is sqrt(h)/2, below the sample sd of the tests here."""
    area, weight, day = [], [], []
    for a, series in enumerate(area_harm):
        for m, h in enumerate(series):
            k = int(round(4 * h))
            area += [a] * k
            weight += [0.25] * k
            day += ["2020-{0:02d}-01".format(m + 1)] * k
    return records(area, weight, day, month_only=True)


def test_latest_period_is_flagged_against_the_band_of_the_periods_before_it():
    recs = many_small([[10, 12, 14, 17], [10, 12, 14, 7], [10, 12, 14, 13]])

    out = summarise(build_series(recs, 3, "month"))

    assert out["latest_period"].tolist()[:3] == ["2020-04"] * 3
    assert out["band_low"][:3] == pytest.approx([8.0] * 3) and out["band_high"][:3] == pytest.approx([16.0] * 3)
    assert out["latest_flag"].tolist()[:3] == ["above", "below", "within"]


def test_the_band_can_use_only_the_last_periods():
    recs = many_small([[100, 100, 10, 12, 14, 17]])

    out = summarise(build_series(recs, 1, "month"), baseline_periods=3)

    assert out["band_mean"][0] == pytest.approx(12.0)
    assert out["latest_flag"][0] == "above"
    assert summarise(build_series(recs, 1, "month"))["latest_flag"][0] == "within"  # all five: mean 47.2, sd 48


def test_a_single_period_has_no_trend_and_no_band():
    out = summarise(build_series(monthly([[5]]), 1, "month"))

    assert np.isnan(out["mk_p"][0]) and out["trend_class"][0] == "none"
    assert out["latest_period"][0] == "2020-01" and out["latest_flag"][0] is None


def test_two_periods_have_no_band():
    out = summarise(build_series(monthly([[5, 6]]), 1, "month"))

    assert out["latest_flag"][0] is None and np.isnan(out["band_high"][0])


def test_top_rows_are_the_areas_with_most_harm():
    assert top_rows(np.array([5.0, 0.0, 9.0, 5.0, 100.0]), 4, 3) == [2, 0, 3]  # the last row is the force
    assert top_rows(np.array([0.0, 0.0, 0.0]), 2, 5) == []
