"""Specification of soc_harm_plugin.domain.analyses.impact (pure: no QGIS).

Every expected figure is worked out by hand in the comments: the relative
effect size and its interval (Farrington et al.), the weighted displacement
quotient and total net effect (Bowers & Johnson 2003), the classes, the
periods and the reconciliation of every record.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_impact.py -q
"""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses import impact
from soc_harm_plugin.domain.analyses.change import DatedRecords
from soc_harm_plugin.domain.periods.calendar import Window
from soc_harm_plugin.domain.periods.plan import PeriodError

D = dt.date
Z95 = 1.959963984540054  # the 97.5 % point of the standard normal


# ------------------------------------------------------------------ relative effect size (counts)

def test_odds_ratio_and_its_interval_from_the_variance_of_its_log():
    # target 100 before, 60 after; control 1,000 before, 1,100 after
    # OR = (100 x 1100) / (60 x 1000) = 11/6 = 1.8333
    # var(ln OR) = 1/100 + 1/60 + 1/1000 + 1/1100 = 0.0285758; se = 0.169044
    # ln OR = 0.606136; +- 1.959964 x 0.169044 = +- 0.331320 -> exp(0.274816) = 1.31629, exp(0.937456) = 2.55348
    r = impact.odds_ratio(100, 60, 1000, 1100)
    assert r.value == pytest.approx(11 / 6, rel=1e-12)
    assert r.low == pytest.approx(1.31629, abs=1e-4)
    assert r.high == pytest.approx(2.55348, abs=1e-4)
    assert not r.corrected
    assert impact.target_class(r) == impact.REDUCTION


def test_a_zero_cell_is_corrected_by_adding_a_half_to_every_count():
    # target 10 before, 0 after; control 100 and 100: 10.5 x 100.5 / (0.5 x 100.5) = 21
    # var = 1/10.5 + 1/0.5 + 2/100.5 = 2.115139, se = 1.454352; ln 21 = 3.044522
    # -> exp(3.044522 - 2.850474) = 1.21415, exp(5.894996) = 363.22
    r = impact.odds_ratio(10, 0, 100, 100)
    assert r.corrected
    assert r.value == pytest.approx(21.0, rel=1e-12)
    assert r.low == pytest.approx(1.21415, abs=1e-4)
    assert r.high == pytest.approx(363.22, abs=0.01)
    assert impact.target_class(r) == impact.REDUCTION


def test_no_record_in_a_zone_in_either_period_leaves_the_ratio_undefined():
    for cells in ((0, 0, 5, 5), (5, 5, 0, 0)):
        r = impact.odds_ratio(*cells)
        assert r.value is None and r.low is None and r.reason == impact.NO_RECORDS
        assert impact.target_class(r) == impact.NO_EVIDENCE


def test_target_classes_from_the_interval():
    assert impact.target_class(impact.Ratio(1.5, 1.1, 2.0)) == impact.REDUCTION
    assert impact.target_class(impact.Ratio(0.6, 0.4, 0.9)) == impact.INCREASE
    assert impact.target_class(impact.Ratio(1.2, 0.9, 1.6)) == impact.NO_EVIDENCE
    assert impact.target_class(impact.Ratio(1.2, 1.0, 1.6)) == impact.NO_EVIDENCE  # touching 1 is no evidence


def test_other_confidence_levels_use_their_normal_quantile():
    assert impact.z_value(0.95) == pytest.approx(Z95, abs=1e-9)
    assert impact.z_value(0.90) == pytest.approx(1.644854, abs=1e-6)
    r = impact.odds_ratio(40, 20, 400, 400, confidence=0.90)
    # ln 2 = 0.693147, se = sqrt(0.08) = 0.282843; 1.644854 x 0.282843 = 0.465234
    assert r.low == pytest.approx(math.exp(0.693147 - 0.465234), abs=1e-5)
    assert r.high == pytest.approx(math.exp(0.693147 + 0.465234), abs=1e-5)


# ------------------------------------------------------------------ weighted displacement quotient

def test_complete_displacement_is_minus_one_with_no_net_effect():
    # A 100 -> 50, B 100 -> 150, C 100 -> 100: (1.5 - 1) / (0.5 - 1) = -1; TNE = (100 - 50) + (100 - 150) = 0
    q = impact.displacement_quotient(100, 50, 100, 150, 100, 100)
    assert q.value == pytest.approx(-1.0)
    assert q.total_net_effect == pytest.approx(0.0)
    assert q.reason is None


@pytest.mark.parametrize("ba, wdq, tne", [
    (220, -0.5, 20.0),  # buffer up 20 while the target fell 40: partial displacement, net benefit 40 - 20
    (200, 0.0, 40.0),  # buffer unchanged against the control
    (180, 0.5, 60.0),  # buffer down 20 too: diffusion of benefit, smaller than the direct effect
    (150, 1.25, 90.0),  # buffer down 50: diffusion larger than the direct effect
    (260, -1.5, -20.0),  # buffer up 60: displacement larger than the direct effect, net harm
])
def test_wdq_sign_cases_with_a_target_that_improved(ba, wdq, tne):
    # A 100 -> 60, B 200 -> ba, C 1,000 -> 1,000: denominator 0.06 - 0.10 = -0.04; numerator ba/1000 - 0.2
    q = impact.displacement_quotient(100, 60, 200, ba, 1000, 1000)
    assert q.denominator == pytest.approx(-0.04)
    assert q.value == pytest.approx(wdq)
    assert q.total_net_effect == pytest.approx(tne)


def test_wdq_of_a_target_that_worsened_has_a_positive_denominator():
    # A 100 -> 140 (+0.04), B 200 -> 220 (+0.02): WDQ 0.5, but nothing was reduced to displace
    q = impact.displacement_quotient(100, 140, 200, 220, 1000, 1000)
    assert q.denominator == pytest.approx(0.04)
    assert q.value == pytest.approx(0.5)
    assert impact.buffer_class(impact.INCREASE, impact.Ratio(0.9, 0.8, 0.99), q) == (impact.NEITHER,
                                                                                     impact.BUFFER_NOT_JUDGED)


def test_wdq_measures_against_the_control_trend():
    # C 1,000 -> 1,250 (x 1.25). A 100 -> 75: 75/1250 - 100/1000 = 0.06 - 0.1 = -0.04
    # B 200 -> 275: 0.22 - 0.2 = 0.02 -> WDQ -0.5; TNE = (100 x 1.25 - 75) + (200 x 1.25 - 275) = 50 - 25 = 25
    q = impact.displacement_quotient(100, 75, 200, 275, 1000, 1250)
    assert q.value == pytest.approx(-0.5)
    assert q.total_net_effect == pytest.approx(25.0)


def test_a_zero_before_count_in_the_target_makes_the_wdq_undefined():
    q = impact.displacement_quotient(0, 10, 200, 220, 1000, 1000)
    assert q.value is None
    assert q.reason == impact.WDQ_TARGET_BEFORE_ZERO
    assert q.total_net_effect == pytest.approx((0 - 10) + (200 - 220))  # still defined: -30


def test_a_control_without_records_makes_the_wdq_and_net_effect_undefined():
    for cb, ca in ((0, 10), (10, 0), (0, 0)):
        q = impact.displacement_quotient(100, 60, 200, 220, cb, ca)
        assert q.value is None and q.reason == impact.WDQ_CONTROL_ZERO
    assert impact.displacement_quotient(100, 60, 200, 220, 0, 10).total_net_effect is None


def test_no_change_in_the_target_is_never_divided_by():
    q = impact.displacement_quotient(100, 100, 200, 220, 1000, 1000)
    assert q.value is None and q.reason == impact.WDQ_NO_TARGET_CHANGE


def test_a_denominator_near_zero_is_reported_but_not_read_as_displacement():
    # A 100 -> 98: -0.002, under 5 % of 0.1; B 200 -> 210: +0.01 -> WDQ -5
    q = impact.displacement_quotient(100, 98, 200, 210, 1000, 1000)
    assert q.value == pytest.approx(-5.0)
    assert q.near_zero and q.reason == impact.WDQ_NEAR_ZERO_NOTE
    assert impact.buffer_class(impact.REDUCTION, impact.Ratio(0.9, 0.8, 0.95), q) == (impact.NEITHER,
                                                                                      impact.WDQ_NEAR_ZERO_NOTE)


def test_buffer_classes():
    improved = impact.displacement_quotient(100, 60, 200, 260, 1000, 1000)  # WDQ -1.5
    assert impact.buffer_class(impact.REDUCTION, impact.Ratio(0.5, 0.32, 0.79), improved) == (impact.DISPLACEMENT, None)
    diffused = impact.displacement_quotient(100, 60, 200, 150, 1000, 1000)  # WDQ 1.25
    assert impact.buffer_class(impact.REDUCTION, impact.Ratio(1.33, 1.1, 1.6),
                               diffused) == (impact.DIFFUSION_OF_BENEFIT, None)
    assert impact.buffer_class(impact.REDUCTION, impact.Ratio(0.9, 0.7, 1.1), improved) == (impact.NEITHER, None)
    assert impact.buffer_class(impact.NO_EVIDENCE, impact.Ratio(0.5, 0.32, 0.79), improved) == (impact.NEITHER,
                                                                                                impact.BUFFER_NOT_JUDGED)


# ------------------------------------------------------------------ percentile intervals and the bootstrap

def test_percentile_interval_takes_order_statistics():
    values = np.arange(1.0, 20.0)  # 19 replicates: k = floor(20 x 0.05) = 1 at 90 %, 2 at 80 %
    assert impact.percentile_interval(values, 0.90) == (1.0, 19.0, 19)
    assert impact.percentile_interval(values, 0.80) == (2.0, 18.0, 19)
    with_nan = np.append(values, [np.nan, np.nan])
    assert impact.percentile_interval(with_nan, 0.80) == (2.0, 18.0, 19)  # undefined replicates are left out
    assert impact.percentile_interval(np.array([np.inf] * 19), 0.9)[:2] == (np.inf, np.inf)
    assert impact.percentile_interval(np.array([1.0, 2.0]), 0.95) == (None, None, 2)  # too few to cut 2.5 %


def test_bootstrap_is_seeded_and_groups_records_of_equal_weight():
    cell = impact.ZoneCell(5, 10.0 * 3 + 1.0 * 2, np.array([1.0, 10.0]), np.array([2, 3]))
    n1, h1 = impact.bootstrap([cell], 500, seed=7)
    n2, h2 = impact.bootstrap([cell], 500, seed=7)
    assert np.array_equal(n1, n2) and np.array_equal(h1, h2)
    n3, _h3 = impact.bootstrap([cell], 500, seed=8)
    assert not np.array_equal(n1, n3)
    # each replicate's harm is 1 x (draws of the weight-1 records) + 10 x (draws of the weight-10 ones)
    assert np.all((h1 - n1) % 9 == 0)
    # Poisson(5) records on average, harm Poisson(2) + 10 Poisson(3): mean 32
    assert n1.mean() == pytest.approx(5.0, abs=0.3)
    assert h1.mean() == pytest.approx(32.0, abs=2.0)


def test_with_every_weight_one_the_harm_interval_agrees_with_the_count_interval():
    counts = (400, 250, 4000, 4200)
    cells = [impact.ZoneCell(c, float(c), np.array([1.0]), np.array([c])) for c in counts]
    _n, h = impact.bootstrap(cells, 1999, seed=3)
    harm = impact.harm_ratio(*map(float, counts), h)
    analytic = impact.odds_ratio(*counts)
    assert harm.value == pytest.approx(analytic.value, rel=1e-12)
    assert harm.low == pytest.approx(analytic.low, rel=0.03)
    assert harm.high == pytest.approx(analytic.high, rel=0.03)


def test_a_cell_without_harm_leaves_the_harm_effect_undefined():
    reps = np.ones((10, 4))
    r = impact.harm_ratio(100.0, 0.0, 50.0, 60.0, reps)
    assert r.value is None and r.reason == impact.ZERO_HARM
    assert impact.target_class(r) == impact.NO_EVIDENCE


# ------------------------------------------------------------------ periods

WHOLE = Window(D(2023, 1, 1), D(2024, 12, 31))


def test_periods_as_given_with_a_gap_noted():
    p = impact.plan_impact_periods(D(2023, 1, 1), D(2023, 12, 31), D(2024, 2, 1), D(2024, 6, 30), data=WHOLE)
    assert (p.before, p.after) == (Window(D(2023, 1, 1), D(2023, 12, 31)), Window(D(2024, 2, 1), D(2024, 6, 30)))
    assert [code for code, _ in p.notes] == [impact.NOTE_GAP]
    assert p.as_dict()["intervention"] == "2024-02-01"


def test_periods_that_overlap_are_refused():
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2023, 1, 1), D(2024, 1, 15), D(2024, 1, 15), D(2024, 6, 30), data=WHOLE)
    assert error.value.code == "periods_overlap"


def test_month_only_dates_widen_both_periods_and_can_make_them_overlap():
    p = impact.plan_impact_periods(D(2023, 1, 10), D(2023, 12, 20), D(2024, 1, 5), D(2024, 6, 2), month_only=True,
                               data=WHOLE)
    assert p.before == Window(D(2023, 1, 1), D(2023, 12, 31))
    assert p.after == Window(D(2024, 1, 1), D(2024, 6, 30))
    assert [code for code, _ in p.notes] == [impact.NOTE_WIDENED, impact.NOTE_WIDENED]
    with pytest.raises(PeriodError) as error:  # both take the whole of January 2024
        impact.plan_impact_periods(D(2023, 1, 1), D(2024, 1, 15), D(2024, 1, 16), D(2024, 6, 30), month_only=True,
                               data=WHOLE)
    assert error.value.code == "periods_overlap"


def test_bad_period_orders():
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2023, 6, 1), D(2023, 1, 1), D(2024, 1, 1), D(2024, 6, 30), data=WHOLE)
    assert (error.value.code, error.value.details["period"]) == ("start_after_end", "before")
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2024, 1, 1), D(2024, 6, 30), D(2023, 1, 1), D(2023, 6, 30), data=WHOLE)
    assert error.value.code == "after_before_before"


def test_an_intervention_date_outside_the_data_is_refused():
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2024, 6, 1), D(2024, 12, 31), D(2025, 1, 1), D(2025, 6, 30), data=WHOLE)
    assert error.value.code == "intervention_after_data"
    assert error.value.details == {"intervention": "2025-01-01", "data": "2023-01/2024-12"}
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2021, 1, 1), D(2021, 12, 31), D(2022, 1, 1), D(2023, 6, 30), data=WHOLE)
    assert error.value.code == "before_no_data"
    with pytest.raises(PeriodError) as error:
        impact.plan_impact_periods(D(2023, 1, 1), D(2023, 6, 30), D(2023, 7, 1), D(2023, 12, 31), data=None)
    assert error.value.code == "no_data"


def test_periods_the_data_cover_in_part_are_noted():
    p = impact.plan_impact_periods(D(2022, 7, 1), D(2023, 6, 30), D(2024, 7, 1), D(2025, 6, 30), data=WHOLE)
    notes = dict(p.notes)
    assert notes[impact.NOTE_BEFORE_PARTIAL]["covered"] == "2023-01/2023-06"
    assert notes[impact.NOTE_AFTER_PARTIAL]["covered"] == "2024-07/2024-12"


# ------------------------------------------------------------------ every record in exactly one zone and period

def _records(rows, month_only=False):
    """rows: (zone index or -1, weight, date text or None, geometry status)."""
    zone = np.array([r[0] for r in rows], dtype=np.int64)
    weight = np.array([r[1] for r in rows], dtype=float)
    day = np.array([np.datetime64(r[2], "D") if r[2] else np.datetime64("NaT", "D") for r in rows],
                   dtype="datetime64[D]")
    status = np.array([r[3] for r in rows], dtype=object)
    return DatedRecords(zone, weight, day, status, np.zeros(len(rows), dtype=bool), month_only)


PERIODS = impact.ImpactPeriods(Window(D(2023, 1, 1), D(2023, 6, 30)), Window(D(2023, 7, 1), D(2023, 12, 31)),
                           False, WHOLE)


def test_every_record_is_counted_once_with_its_zone_and_period_or_its_reason():
    rows = [
        (0, 10.0, "2023-02-01", "assigned"), (0, 5.0, "2023-03-01", "assigned"),  # target before: 2, harm 15
        (0, 7.0, "2023-08-01", "assigned"),  # target after
        (1, 2.0, "2023-06-30", "assigned"),  # buffer before (the last day counts)
        (1, 3.0, "2023-07-01", "assigned"), (1, 3.0, "2023-12-31", "assigned"),  # buffer after: 2, harm 6
        (2, 1.0, "2023-01-01", "assigned"), (2, 0.0, "2023-09-09", "assigned"),  # control: a weight 0 still counts
        (-1, 4.0, "2023-02-02", "outside"),  # in no zone
        (0, 4.0, "2024-02-02", "assigned"),  # in a zone, after the after period
        (0, 4.0, None, "assigned"),  # no date
        (-1, 4.0, "2023-02-02", "no_geometry"),
        (-1, 4.0, "2023-02-02", "filtered"),
    ]
    t = impact.tally(_records(rows), PERIODS)
    assert t.counts().tolist() == [[2, 1], [1, 2], [1, 1]]
    assert t.harms().tolist() == [[15.0, 7.0], [2.0, 6.0], [1.0, 0.0]]
    by = t.reconciliation["by_status"]
    assert t.reconciliation["records_in"] == len(rows) == sum(by.values())
    assert by["target_before"] == 2 and by["buffer_after"] == 2 and by["control_after"] == 1
    assert by["outside"] == 1 and by["out_of_period"] == 1 and by["no_date"] == 1
    assert by["no_geometry"] == 1 and by["filtered"] == 1
    assert t.rows()[0] == {"zone": "target", "n_before": 2, "n_after": 1, "harm_before": 15.0, "harm_after": 7.0}


def test_by_default_the_control_is_every_located_record_outside_target_and_buffer():
    rows = [(0, 1.0, "2023-02-01", "assigned"), (-1, 2.0, "2023-02-01", "outside"),
            (-1, 3.0, "2023-08-01", "outside"), (-1, 3.0, "2023-08-01", "no_geometry")]
    t = impact.tally(_records(rows), PERIODS, control_is_rest=True)
    assert t.counts().tolist() == [[1, 0], [0, 0], [1, 1]]
    assert t.reconciliation["by_status"]["outside"] == 0
    assert t.reconciliation["by_status"]["no_geometry"] == 1


def test_month_only_records_fall_in_the_month_of_a_widened_period():
    periods = impact.plan_impact_periods(D(2023, 1, 15), D(2023, 6, 15), D(2023, 7, 15), D(2023, 12, 15),
                                     month_only=True, data=WHOLE)
    rows = [(0, 1.0, "2023-01-01", "assigned"), (0, 1.0, "2023-07-01", "assigned"), (0, 1.0, "2023-12-01", "assigned")]
    t = impact.tally(_records(rows, month_only=True), periods)
    assert t.counts()[0].tolist() == [1, 2]


# ------------------------------------------------------------------ the whole evaluation, by hand

def _cells_records(cells):
    """cells: {(zone, period): (count, weight)} as records on 2023-03-01 (before) or 2023-09-01 (after)."""
    rows = []
    for (zone, period), (count, weight) in cells.items():
        day = "2023-03-01" if period == 0 else "2023-09-01"
        rows += [(zone, weight, day, "assigned")] * count
    return _records(rows)


def test_evaluation_of_a_reduction_with_displacement_worked_by_hand():
    # target 40 -> 20 records of weight 10; buffer 30 -> 60 of weight 5; control 400 -> 400 of weight 2
    cells = {(0, 0): (40, 10.0), (0, 1): (20, 10.0), (1, 0): (30, 5.0), (1, 1): (60, 5.0),
             (2, 0): (400, 2.0), (2, 1): (400, 2.0)}
    result = impact.evaluate_impact(impact.tally(_cells_records(cells), PERIODS), draws=999, seed=1)
    out = result.outputs()
    # OR = 40 x 400 / (20 x 400) = 2; var = 1/40 + 1/20 + 2/400 = 0.08 -> 1.14888 .. 3.48166
    assert out["ODDS_RATIO"] == pytest.approx(2.0)
    assert out["ODDS_RATIO_LOW"] == pytest.approx(1.14888, abs=1e-4)
    assert out["ODDS_RATIO_HIGH"] == pytest.approx(3.48166, abs=1e-4)
    assert out["TARGET_CLASS"] == impact.REDUCTION
    # buffer: 30 x 400 / (60 x 400) = 0.5; var = 1/30 + 1/60 + 2/400 = 0.055 -> 0.31575 .. 0.79176
    assert out["BUFFER_ODDS_RATIO"] == pytest.approx(0.5)
    assert out["BUFFER_ODDS_RATIO_HIGH"] == pytest.approx(0.79176, abs=1e-4)
    # WDQ = (60/400 - 30/400) / (20/400 - 40/400) = 0.075 / -0.05 = -1.5; TNE = (40 - 20) + (30 - 60) = -10
    assert out["WDQ_COUNT"] == pytest.approx(-1.5)
    assert out["TNE_COUNT"] == pytest.approx(-10.0)
    assert out["BUFFER_CLASS"] == impact.DISPLACEMENT
    # harm: target 400 -> 200, buffer 150 -> 300, control 800 -> 800
    # effect = 400 x 800 / (200 x 800) = 2; WDQ = (300 - 150)/800 / ((200 - 400)/800) = -0.75; TNE = 200 - 150 = 50
    assert out["HARM_EFFECT"] == pytest.approx(2.0)
    assert out["HARM_EFFECT_LOW"] < 2.0 < out["HARM_EFFECT_HIGH"]
    assert out["WDQ_HARM"] == pytest.approx(-0.75)
    assert out["TNE_HARM"] == pytest.approx(50.0)
    assert out["WDQ_COUNT_LOW"] < -1.5 < out["WDQ_COUNT_HIGH"]
    # equal weights within each zone: the harm measures' intervals follow the counts'
    assert out["HARM_EFFECT_LOW"] == pytest.approx(out["ODDS_RATIO_LOW"], rel=0.1)
    assert result.zone_result("target") == impact.REDUCTION
    assert result.zone_result("buffer") == impact.DISPLACEMENT
    assert result.zone_result("control") == "control"


def test_evaluation_is_the_same_for_the_same_seed():
    cells = {(0, 0): (12, 100.0), (0, 1): (3, 7.0), (1, 0): (10, 3.0), (1, 1): (12, 30.0),
             (2, 0): (80, 12.0), (2, 1): (90, 11.0)}
    a = impact.evaluate_impact(impact.tally(_cells_records(cells), PERIODS), seed=4).outputs()
    b = impact.evaluate_impact(impact.tally(_cells_records(cells), PERIODS), seed=4).outputs()
    assert a == b


def test_evaluation_with_no_record_before_in_the_target():
    cells = {(0, 1): (20, 1.0), (1, 0): (10, 1.0), (1, 1): (10, 1.0), (2, 0): (100, 1.0), (2, 1): (100, 1.0)}
    result = impact.evaluate_impact(impact.tally(_cells_records(cells), PERIODS), draws=199)
    out = result.outputs()
    assert out["WDQ_COUNT"] is None and result.wdq_count.reason == impact.WDQ_TARGET_BEFORE_ZERO
    assert out["WDQ_COUNT_LOW"] is None
    assert out["HARM_EFFECT"] is None
    # corrected OR: 0.5 x 100.5 / (20.5 x 100.5) = 0.02439; var = 1/0.5 + 1/20.5 + 2/100.5 = 2.06868,
    # se = 1.43829; ln 0.02439 = -3.71357 + 2.81900 = -0.89457 -> high 0.40876: an increase
    assert out["ODDS_RATIO"] == pytest.approx(0.5 / 20.5)
    assert out["ODDS_RATIO_HIGH"] == pytest.approx(0.40876, abs=1e-4)
    assert out["TARGET_CLASS"] == impact.INCREASE
    assert out["BUFFER_CLASS"] == impact.NEITHER
    # five after and none before is too few to tell
    cells[(0, 1)] = (5, 1.0)
    assert impact.evaluate_impact(impact.tally(_cells_records(cells), PERIODS),
                                  draws=199).target_class == impact.NO_EVIDENCE
