"""Student's t quantile and the t-interval of a mean, computed without scipy.

Expected values: the closed forms for 1 and 2 degrees of freedom
(t = tan(π(p - 1/2)); t = (2p - 1) / √(2p(1 - p))), intervals worked by
hand, and scipy's distribution function as an independent reference.
"""
from __future__ import annotations

import math

import pytest
from scipy import stats

from soc_harm_plugin.domain.stats.intervals import incomplete_beta, mean_interval, t_cdf, t_quantile


@pytest.mark.parametrize("p", [0.6, 0.9, 0.975, 0.995])
def test_t_quantile_with_one_degree_of_freedom_is_the_cauchy_quantile(p):
    assert t_quantile(p, 1) == pytest.approx(math.tan(math.pi * (p - 0.5)), rel=1e-12)


@pytest.mark.parametrize("p", [0.6, 0.9, 0.975, 0.995])
def test_t_quantile_with_two_degrees_of_freedom_has_a_closed_form(p):
    assert t_quantile(p, 2) == pytest.approx((2 * p - 1) / math.sqrt(2 * p * (1 - p)), rel=1e-12)


def test_t_quantiles_of_the_printed_tables():
    # two-sided 95 % critical values as every t table prints them
    assert round(t_quantile(0.975, 1), 3) == 12.706
    assert round(t_quantile(0.975, 3), 3) == 3.182
    assert round(t_quantile(0.975, 10), 3) == 2.228
    assert round(t_quantile(0.975, 30), 3) == 2.042
    assert round(t_quantile(0.975, 100000), 2) == 1.96


@pytest.mark.parametrize("df", [3, 5, 10, 29, 100, 1000])
@pytest.mark.parametrize("p", [0.55, 0.9, 0.975, 0.995, 0.99999])
def test_t_quantile_inverts_scipys_distribution_function(df, p):
    # scipy's cdf is the reference (its ppf is less precise than this one on scipy 1.10)
    assert stats.t.cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-13)


def test_t_quantile_is_symmetric_and_zero_at_one_half():
    assert t_quantile(0.5, 7) == 0.0
    assert t_quantile(0.025, 7) == -t_quantile(0.975, 7)


def test_t_distribution_function_and_incomplete_beta_agree_with_scipy():
    for df, t in ((1, 0.3), (4, -2.0), (17, 1.7), (60, 3.1)):
        assert t_cdf(t, df) == pytest.approx(stats.t.cdf(t, df), abs=1e-14)
    assert incomplete_beta(2.5, 0.5, 0.3) == pytest.approx(stats.beta.cdf(0.3, 2.5, 0.5), abs=1e-14)
    assert incomplete_beta(2.0, 3.0, 0.0) == 0.0 and incomplete_beta(2.0, 3.0, 1.0) == 1.0


def test_t_quantile_refuses_probabilities_outside_zero_to_one():
    for p in (0.0, 1.0, -0.1, 1.5):
        with pytest.raises(ValueError):
            t_quantile(p, 5)


def test_mean_interval_worked_by_hand():
    # 1, 2, 3, 4: mean 2.5, s = √(5/3) = 1.290994, s/√4 = 0.645497, t(0.975, 3) = 3.182446
    got = mean_interval([1.0, 2.0, 3.0, 4.0])
    half = 3.182446305284263 * math.sqrt(5.0 / 3.0) / 2.0
    assert (got.n, got.mean) == (4, 2.5)
    assert got.sd == pytest.approx(math.sqrt(5.0 / 3.0), rel=1e-12)
    assert got.low == pytest.approx(2.5 - half, rel=1e-12) and got.high == pytest.approx(2.5 + half, rel=1e-12)
    assert round(got.low, 4) == 0.4457 and round(got.high, 4) == 4.5543


def test_mean_interval_at_90_percent_uses_the_95th_percentile():
    got = mean_interval([-7.0, -1.0], confidence=0.90)
    # mean -4, s = √18, s/√2 = 3, t(0.95, 1) = tan(0.45π) = 6.313752
    assert got.mean == -4.0
    assert got.low == pytest.approx(-4.0 - 3.0 * math.tan(0.45 * math.pi), rel=1e-12)


def test_mean_interval_of_equal_values_has_no_width_and_of_one_value_none():
    same = mean_interval([0.0, 0.0, 0.0])
    assert (same.mean, same.low, same.high, same.sd) == (0.0, 0.0, 0.0, 0.0)
    one = mean_interval([12.0])
    assert (one.n, one.mean, one.low, one.high) == (1, 12.0, None, None)
    none = mean_interval([])
    assert (none.n, none.mean, none.low, none.high) == (0, None, None, None)
