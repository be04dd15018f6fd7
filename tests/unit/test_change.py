"""Specification of soc_harm_plugin.domain.analyses.change (pure: no QGIS).

Every expected p-value is worked out by hand in the test (binomial and
relabelling distributions enumerated on paper) or taken from scipy, which
the numpy fallback does not use.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_change.py -q
"""
from __future__ import annotations

import datetime as dt
import math
import random
import sys

import numpy as np
import pytest
from scipy import stats

from soc_harm_plugin.domain.stats import change_tests
from soc_harm_plugin.domain.stats import pvalues
from soc_harm_plugin.domain.analyses.change import DatedRecords, compare_periods
from soc_harm_plugin.domain.stats.change_tests import change_class, count_test, harm_test
from soc_harm_plugin.domain.stats.pvalues import binomtest_p, binom_pmf_all
from soc_harm_plugin.domain.periods.plan import (
    BASELINE_MEAN,
    BASELINE_PREVIOUS,
    BASELINE_YEAR_EARLIER,
    NOTE_BASELINE_DROPPED,
    NOTE_BASELINE_PARTIAL,
    NOTE_CURRENT_PARTIAL,
    NOTE_EMPTY_PERIOD,
    NOTE_WIDENED,
    PeriodError,
    plan_periods,
    require_records,
)
from soc_harm_plugin.domain.periods.calendar import MONTH, Window

D = dt.date
WIDE = Window(D(2015, 1, 1), D(2025, 12, 31))  # data covering every period used below


def days(*texts):
    return np.array([np.datetime64(t, "D") if t else np.datetime64("NaT", "D") for t in texts], dtype="datetime64[D]")


def records(area, weight, day, status=None, unparseable=None, month_only=False):
    n = len(area)
    return DatedRecords(
        area_index=np.asarray(area, dtype=np.int64), weight=np.asarray(weight, dtype=float), day=days(*day),
        status=np.array(status if status is not None else ["assigned"] * n, dtype=object),
        unparseable=np.array(unparseable if unparseable is not None else [False] * n, dtype=bool),
        month_only=month_only)


# --------------------------------------------------------------------------- periods


def test_previous_period_of_whole_months_is_the_same_number_of_months_just_before():
    plan = plan_periods(D(2020, 4, 1), D(2020, 6, 30), BASELINE_PREVIOUS, data=WIDE)

    assert plan.compared_baselines == [Window(D(2020, 1, 1), D(2020, 3, 31))]
    assert plan.notes == []


def test_month_only_dates_widen_the_current_period_to_whole_months():
    plan = plan_periods(D(2020, 4, 10), D(2020, 5, 20), BASELINE_PREVIOUS, month_only=True, data=WIDE)

    assert plan.compared == Window(D(2020, 4, 1), D(2020, 5, 31))
    assert plan.compared_baselines == [Window(D(2020, 2, 1), D(2020, 3, 31))]
    assert plan.notes[0][0] == NOTE_WIDENED
    assert plan.unit == MONTH and plan.p0 == 0.5


def test_previous_period_of_days_is_the_same_number_of_days_just_before():
    plan = plan_periods(D(2020, 4, 10), D(2020, 4, 19), BASELINE_PREVIOUS, data=WIDE)

    assert plan.compared_baselines == [Window(D(2020, 3, 31), D(2020, 4, 9))]
    assert plan.exposure_current == plan.exposure_baseline == 10


def test_same_period_a_year_earlier_moves_29_february_to_28_february():
    months = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_YEAR_EARLIER, data=WIDE)
    leap = plan_periods(D(2020, 2, 29), D(2020, 3, 5), BASELINE_YEAR_EARLIER, data=WIDE)

    assert months.compared_baselines == [Window(D(2019, 4, 1), D(2019, 4, 30))]
    assert leap.compared_baselines == [Window(D(2019, 2, 28), D(2019, 3, 5))]
    assert leap.p0 == pytest.approx(6 / (6 + 6))


def test_a_year_earlier_of_a_period_longer_than_a_year_is_refused():
    with pytest.raises(PeriodError) as error:
        plan_periods(D(2019, 1, 1), D(2020, 1, 31), BASELINE_YEAR_EARLIER, data=WIDE)
    assert error.value.code == "year_earlier_overlaps"


def test_mean_of_three_previous_months_has_a_quarter_chance_for_the_current_month():
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_MEAN, 3, month_only=True, data=WIDE)

    assert [w.label() for w in plan.compared_baselines] == ["2020-03", "2020-02", "2020-01"]
    assert plan.p0 == pytest.approx(1 / 4)
    assert plan.baseline_scale == pytest.approx(1 / 3)


def test_full_dates_compare_months_as_rates_per_day():
    """April (30 days) against March (31 days): p0 = 30/61 and March scaled by 30/31."""
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_PREVIOUS, data=WIDE)

    assert plan.p0 == pytest.approx(30 / 61)
    assert plan.baseline_scale == pytest.approx(30 / 31)


def test_a_current_period_the_data_cover_in_part_is_cut_and_its_baseline_alike():
    data = Window(D(2019, 1, 1), D(2020, 4, 15))
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_PREVIOUS, data=data)

    assert plan.compared == Window(D(2020, 4, 1), D(2020, 4, 15))
    assert plan.compared_baselines == [Window(D(2020, 3, 1), D(2020, 3, 15))]
    assert plan.partial and plan.p0 == 0.5
    assert [code for code, _ in plan.notes] == [NOTE_CURRENT_PARTIAL, NOTE_BASELINE_PARTIAL]


def test_month_only_partial_quarter_is_cut_to_the_months_the_data_hold():
    data = Window(D(2019, 1, 1), D(2020, 5, 31))
    plan = plan_periods(D(2020, 4, 1), D(2020, 6, 30), BASELINE_YEAR_EARLIER, month_only=True, data=data)

    assert plan.compared.label() == "2020-04/2020-05"
    assert plan.compared_baselines[0].label() == "2019-04/2019-05"


def test_a_mean_baseline_longer_than_the_data_uses_the_periods_the_data_cover_and_says_so():
    data = Window(D(2019, 10, 1), D(2020, 12, 31))
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_MEAN, 12, month_only=True, data=data)

    assert [w.label() for w in plan.compared_baselines] == ["2020-03", "2020-02", "2020-01", "2019-12", "2019-11",
                                                            "2019-10"]
    assert plan.notes[-1][0] == NOTE_BASELINE_DROPPED and plan.notes[-1][1]["used"] == 6
    assert plan.p0 == pytest.approx(1 / 7)


@pytest.mark.parametrize("start,end,baseline,n,code", [
    (D(2020, 4, 1), D(2020, 4, 30), BASELINE_MEAN, 3, "baseline_no_data"),  # baselines all before the data
    (D(2020, 4, 1), D(2020, 4, 30), BASELINE_YEAR_EARLIER, 1, "baseline_no_data"),
    (D(2021, 4, 1), D(2021, 4, 30), BASELINE_PREVIOUS, 1, "current_no_data"),
    (D(2020, 5, 1), D(2020, 4, 30), BASELINE_PREVIOUS, 1, "start_after_end"),
])
def test_periods_the_data_cannot_support_are_refused(start, end, baseline, n, code):
    data = Window(D(2020, 4, 1), D(2020, 12, 31))
    with pytest.raises(PeriodError) as error:
        plan_periods(start, end, baseline, n, month_only=True, data=data)
    assert error.value.code == code


def test_periods_without_any_record_are_refused_or_left_out_of_a_mean():
    data = Window(D(2020, 1, 1), D(2020, 12, 31))
    held = days("2020-01-15", "2020-03-02", "2020-04-09", "2020-06-01")  # no record in February or May
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_MEAN, 3, data=data)

    kept = require_records(plan, held)

    assert [w.label() for w in kept.compared_baselines] == ["2020-03", "2020-01"]
    assert kept.notes[-1][0] == NOTE_EMPTY_PERIOD
    with pytest.raises(PeriodError) as current:
        require_records(plan_periods(D(2020, 5, 1), D(2020, 5, 31), BASELINE_PREVIOUS, data=data), held)
    assert current.value.code == "current_empty"
    with pytest.raises(PeriodError) as baseline:
        require_records(plan_periods(D(2020, 3, 1), D(2020, 3, 31), BASELINE_PREVIOUS, data=data), held)
    assert baseline.value.code == "baseline_empty"


# --------------------------------------------------------------------------- exact binomial test


@pytest.mark.parametrize("k,n,p,expected", [
    (0, 6, 0.5, 2 / 64),  # both tails of the only outcomes as unlikely: 0 and 6
    (8, 10, 0.5, 2 * (45 + 10 + 1) / 1024),  # P(X >= 8) + P(X <= 2)
    (3, 3, 0.25, 1 / 64),  # pmf 27/64, 27/64, 9/64, 1/64: only 3 is as unlikely as 3
    (2, 3, 0.25, 10 / 64),  # 9/64 + 1/64
    (0, 3, 0.25, 1.0),  # every outcome is no more likely than 27/64 (1 ties it)
    (5, 10, 0.5, 1.0),
])
def test_binomial_p_values_match_hand_computation(k, n, p, expected):
    assert binomtest_p(k, n, p) == pytest.approx(expected, rel=1e-12)


def test_binomial_p_values_are_scipy_binomtest_p_values():
    rng = random.Random(4)
    for _ in range(1500):
        n = rng.randint(1, 400)
        p = rng.choice([0.5, 1 / 13, 0.25, 30 / 61, 0.9, 0.02, 1 / 3])
        k = rng.randint(0, n)
        expected = stats.binomtest(k, n, p).pvalue
        assert binomtest_p(k, n, p) == pytest.approx(expected, rel=1e-9, abs=1e-280), (k, n, p)


def test_binomial_p_values_of_large_counts_are_scipy_binomtest_p_values():
    for k, n, p in [(1200, 5000, 0.25), (2408, 4483, 0.5), (36, 36426, 0.001), (0, 20000, 0.3)]:
        assert binomtest_p(k, n, p) == pytest.approx(stats.binomtest(k, n, p).pvalue, rel=1e-9, abs=1e-280)


def test_binomial_probabilities_sum_to_one_exactly_rounded():
    pmf = binom_pmf_all(1000, 0.3)

    assert math.fsum(pmf.tolist()) == pytest.approx(1.0, abs=1e-15)
    assert pmf.argmax() == 300


def test_binomial_probabilities_use_only_exactly_rounded_arithmetic():
    # the same bits whatever numpy's exp and log would give: products and quotients only
    pmf = binom_pmf_all(3, 0.25)

    assert pmf.tolist() == [27 / 64, 27 / 64, 9 / 64, 1 / 64]


def test_without_scipy_the_p_values_are_the_same(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy.stats", None)  # import scipy.stats now fails
    monkeypatch.setattr(pvalues, "_SCIPY", {})
    pvalues._binomtest_cached.cache_clear()

    assert pvalues.have_scipy() is False
    assert binomtest_p(8, 10, 0.5) == pytest.approx(112 / 1024, rel=1e-12)


def test_count_test_gives_the_p_value_the_extremes_and_the_direction():
    p, p_up, p_down, direction = count_test(8, 2, 0.5)

    assert p == pytest.approx(112 / 1024)
    assert p_up == pytest.approx(2 / 1024) and p_down == pytest.approx(2 / 1024)
    assert direction == 3.0
    assert count_test(0, 0, 0.5)[0] is None


# --------------------------------------------------------------------------- the harm test


def test_exact_harm_test_of_three_records_by_hand():
    """Pooled weights 1, 10, 100 and p0 = 1/2: the 8 labellings are equally likely; the
    current harm 11 is 44.5 from the mean 55.5 and every labelling is at least as far."""
    result = harm_test([1, 10], [100], 0.5)

    assert result.method == change_tests.TEST_EXACT
    assert result.p == pytest.approx(1.0)
    assert result.p_extreme_up == pytest.approx(2 / 8)  # all current (111) or none (0): 55.5 from the mean


def test_exact_harm_test_with_an_unequal_chance_by_hand():
    """Weights 5 (current), 1 and 1 (baseline), p0 = 1/3. Current harm 0, 1, 2, 5, 6, 7
    with chances 8, 8, 2, 4, 4, 1 (/27); mean 7/3; |5 - 7/3| = 8/3 is reached by 5, 6, 7."""
    result = harm_test([5], [1, 1], 1 / 3)

    assert result.p == pytest.approx(9 / 27, rel=1e-12)
    assert result.p_extreme_up == pytest.approx(1 / 27, rel=1e-12)  # 14/3 from the mean: only 7
    assert result.p_extreme_down == pytest.approx(17 / 27, rel=1e-12)  # 7/3 from the mean: 0 (8/27); 5, 6, 7 (9/27)


def test_equal_weights_and_even_chances_give_the_count_test():
    result = harm_test([3.0] * 8, [3.0] * 2, 0.5)

    assert result.p == pytest.approx(stats.binomtest(8, 10, 0.5).pvalue, rel=1e-12)


def test_records_weighing_nothing_take_no_part_and_no_weight_means_no_test():
    assert harm_test([0, 0, 1, 10], [100, 0], 0.5).p == pytest.approx(1.0)
    assert harm_test([0, 0], [0], 0.5).p is None


def test_normal_approximation_uses_the_compound_poisson_variance():
    current, baseline = [10.0] * 30 + [40.0] * 30, [10.0] * 25 + [40.0] * 15
    p0 = 0.5
    total = sum(current) + sum(baseline)
    sumsq = sum(w * w for w in current + baseline)
    z = (sum(current) - p0 * total) / math.sqrt(p0 * (1 - p0) * sumsq)

    result = harm_test(current, baseline, p0, method=change_tests.TEST_NORMAL)

    assert result.p == pytest.approx(2 * stats.norm.sf(abs(z)), rel=1e-9)


def test_normal_approximation_is_close_to_the_exact_test_when_no_record_dominates():
    current, baseline = [10.0] * 30 + [40.0] * 30 + [25.0] * 20, [10.0] * 25 + [40.0] * 15 + [25.0] * 20
    exact = harm_test(current, baseline, 0.4, method=change_tests.TEST_EXACT)
    normal = harm_test(current, baseline, 0.4, method=change_tests.TEST_NORMAL)

    assert normal.p == pytest.approx(exact.p, abs=0.02)


def test_monte_carlo_agrees_with_the_exact_test_and_is_repeatable():
    rng = np.random.default_rng(7)
    weights = rng.choice([12.0, 46.0, 280.0, 800.0], size=24, p=[0.5, 0.3, 0.15, 0.05])
    current, baseline = weights[:9], weights[9:]
    exact = harm_test(current, baseline, 1 / 3, method=change_tests.TEST_EXACT)

    first = harm_test(current, baseline, 1 / 3, method=change_tests.TEST_MONTE_CARLO, seed=11)
    again = harm_test(current, baseline, 1 / 3, method=change_tests.TEST_MONTE_CARLO, seed=11)
    other = harm_test(current, baseline, 1 / 3, method=change_tests.TEST_MONTE_CARLO, seed=12)

    standard_error = math.sqrt(exact.p * (1 - exact.p) / change_tests.MONTE_CARLO_DRAWS)
    assert abs(first.p - exact.p) < 4 * standard_error + 1e-4
    assert first.p == again.p
    assert other.p != first.p


def test_the_harm_test_method_follows_the_records():
    few = harm_test([10, 20], [30], 0.5)
    spread = harm_test(list(np.arange(1, 301, dtype=float)), list(np.arange(1, 201, dtype=float)), 0.5)
    many = list(np.repeat(np.arange(10.0, 40.0), 6))  # 30 weights, 6 records each: 7**30 outcomes
    one_giant = harm_test(many[:100] + [8000.0], many[100:], 0.5)

    assert few.method == change_tests.TEST_EXACT
    assert spread.method == change_tests.TEST_NORMAL
    assert one_giant.method == change_tests.TEST_MONTE_CARLO


# --------------------------------------------------------------------------- classes


@pytest.mark.parametrize("p,direction,p_up,p_down,expected", [
    (0.01, 2.0, 0.001, 0.001, "increase"),
    (0.01, -2.0, 0.001, 0.001, "decrease"),
    (0.30, 2.0, 0.001, 0.001, "no_change"),
    (0.30, 2.0, 0.25, 0.001, "too_few"),  # not even every record in the current period could be significant
    (0.30, -2.0, 0.001, 0.25, "too_few"),
    (1.0, 0.0, 0.25, 0.25, "too_few"),
    (1.0, 0.0, 0.01, 0.01, "no_change"),
    (None, 0.0, None, None, "too_few"),
])
def test_change_classes(p, direction, p_up, p_down, expected):
    assert change_class(p, direction, p_up, p_down, 0.05) == expected


def test_five_records_all_in_one_period_are_too_few_six_are_enough():
    """Even split expected: 5 of 5 has p = 2/32 > 0.05; 6 of 6 has 2/64 < 0.05."""
    p5, up5, down5, d5 = count_test(5, 0, 0.5)
    p6, up6, down6, d6 = count_test(6, 0, 0.5)

    assert change_class(p5, d5, up5, down5, 0.05) == "too_few"
    assert change_class(p6, d6, up6, down6, 0.05) == "increase"


# --------------------------------------------------------------------------- the comparison


def small_force():
    """Two areas, month-only dates, April 2020 against April 2019.

    Area 0: 8 records in 2020-04 (weight 10 each) and 2 in 2019-04 (weight 10).
    Area 1: 1 record in 2020-04 (weight 50), none in 2019-04.
    Others: one in 2020-03 (out of period), one unparseable, one without a date,
    one outside every area in 2020-04, one filtered.
    """
    area = [0] * 10 + [1] + [0, 0, 0, -1, 0]
    weight = [10.0] * 10 + [50.0] + [10.0, 10.0, 10.0, 20.0, 10.0]
    day = ["2020-04-01"] * 8 + ["2019-04-01"] * 2 + ["2020-04-01"] + ["2020-03-01", None, None, "2020-04-01",
                                                                      "2020-04-01"]
    status = ["assigned"] * 14 + ["outside", "filtered"]
    unparseable = [False] * 12 + [True, False, False, False]
    return records(area, weight, day, status, unparseable, month_only=True)


def test_compare_periods_by_hand():
    recs = small_force()
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_YEAR_EARLIER, month_only=True,
                        data=recs.data_window())

    result = compare_periods(recs, 2, plan, alpha=0.05)
    cols = result.columns

    assert cols["n_current"].tolist() == [8, 1]
    assert cols["n_baseline"].tolist() == [2.0, 0.0]
    assert cols["harm_current"].tolist() == [80.0, 50.0]
    assert cols["harm_baseline"].tolist() == [20.0, 0.0]
    assert cols["harm_change"].tolist() == [60.0, 50.0]
    assert cols["harm_change_pct"][0] == pytest.approx(300.0)
    assert np.isnan(cols["harm_change_pct"][1]) and cols["harm_change_pct_reason"].tolist() == [None, "baseline_zero"]
    assert cols["p_count"][0] == pytest.approx(112 / 1024)
    assert cols["p_count"][1] == pytest.approx(1.0)  # 1 of 1 record: k = n
    assert cols["p_harm"][0] == pytest.approx(112 / 1024)  # equal weights, p0 = 1/2: the count test
    assert cols["rank_current"].tolist() == [1, 2] and cols["rank_baseline"].tolist() == [1, 2]
    assert cols["rank_change"].tolist() == [0, 0]
    assert cols["count_change_class"].tolist() == ["no_change", "too_few"]
    assert cols["change_class"].tolist() == ["no_change", "too_few"]
    assert result.force["n_current"] == 9 and result.force["harm_current"] == 130.0
    assert result.force["p_count"] == pytest.approx(stats.binomtest(9, 11, 0.5).pvalue)
    assert result.reconciliation == {"records_in": 16, "by_status": {
        "current": 9, "baseline": 2, "out_of_period": 1, "no_date": 1, "unparseable_date": 1,
        "outside": 1, "no_geometry": 0, "invalid": 0, "filtered": 1}}


def test_mean_of_n_periods_reports_the_mean_and_tests_against_it():
    # area 0: 6 records in 2020-04, and 1 in each of 2020-01..03 (3 over three months)
    day = ["2020-04-01"] * 6 + ["2020-01-01", "2020-02-01", "2020-03-01"]
    recs = records([0] * 9, [1.0] * 9, day, month_only=True)
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_MEAN, 3, month_only=True, data=recs.data_window())

    cols = compare_periods(recs, 1, plan).columns

    assert cols["n_baseline"][0] == pytest.approx(1.0)
    assert cols["harm_change_pct"][0] == pytest.approx(500.0)
    assert cols["p_count"][0] == pytest.approx(stats.binomtest(6, 9, 0.25).pvalue)


def test_full_dates_count_by_day_and_datetimes_by_their_own_date():
    recs = records([0, 0, 0], [1.0, 1.0, 1.0], ["2020-04-30", "2020-05-01", "2020-03-31"])
    plan = plan_periods(D(2020, 4, 1), D(2020, 4, 30), BASELINE_PREVIOUS, data=Window(D(2020, 1, 1), D(2020, 12, 31)))

    result = compare_periods(recs, 1, plan)

    assert result.columns["n_current"].tolist() == [1]
    assert result.columns["n_baseline"][0] == pytest.approx(30 / 31)
    assert result.reconciliation["by_status"]["out_of_period"] == 1


def test_monte_carlo_draws_more_only_near_the_significance_level():
    rng = np.random.default_rng(3)
    weights = rng.choice([12.0, 46.0, 280.0, 800.0], size=40, p=[0.5, 0.3, 0.15, 0.05])
    current, baseline = weights[:20], weights[20:]

    quick = harm_test(current, baseline, 0.5, method=change_tests.TEST_MONTE_CARLO, alpha=0.05)
    full = harm_test(current, baseline, 0.5, method=change_tests.TEST_MONTE_CARLO)

    assert quick.p > 0.2  # far from 0.05: 999 draws settle it, p in steps of 1/1000
    assert quick.p * (change_tests.MONTE_CARLO_FIRST + 1) == pytest.approx(round(quick.p * (
        change_tests.MONTE_CARLO_FIRST + 1)))
    assert full.p * (change_tests.MONTE_CARLO_DRAWS + 1) == pytest.approx(round(full.p * (
        change_tests.MONTE_CARLO_DRAWS + 1)))
    assert abs(quick.p - full.p) < 0.06
