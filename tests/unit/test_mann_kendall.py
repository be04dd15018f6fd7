"""Specification of soc_harm_plugin.domain.stats.mann_kendall (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_mann_kendall.py -q

Expected values are worked by hand in the comments, or come from
scipy.stats (kendalltau, theilslopes, norm), an independent implementation.
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from soc_harm_plugin.domain.stats.mann_kendall import mann_kendall, mann_kendall_rows, sens_slope


def test_hand_computed_series_without_ties():
    # x = 1 3 2 5 4. Pairs i<j: from 1: +4; from 3: -1 +1 +1 = +1; from 2: +2; from 5: -1. S = 6.
    # var = n(n-1)(2n+5)/18 = 5*4*15/18 = 16.667; z = (6-1)/sqrt(16.667) = 1.224745; tau = 6/10.
    r = mann_kendall([1, 3, 2, 5, 4])

    assert r.s == 6
    assert r.var_s == pytest.approx(300 / 18)
    assert r.z == pytest.approx(5 / math.sqrt(300 / 18))
    assert r.z == pytest.approx(1.2247449, abs=1e-7)
    assert r.p == pytest.approx(2 * stats.norm.sf(1.2247449), abs=1e-7)
    assert r.tau == pytest.approx(0.6)
    assert r.n == 5


def test_hand_computed_series_with_ties():
    # x = 1 2 2 3: from 1: +3; 2 vs 2: 0, 2 vs 3: +1; 2 vs 3: +1. S = 5.
    # one tie group t=2: var = (4*3*13 - 2*1*9)/18 = 138/18; z = 4/sqrt(138/18)
    # tau-b = 5 / sqrt(6 * (6 - 1)).
    r = mann_kendall([1, 2, 2, 3])

    assert r.s == 5
    assert r.var_s == pytest.approx(138 / 18)
    assert r.z == pytest.approx(4 / math.sqrt(138 / 18))
    assert r.tau == pytest.approx(5 / math.sqrt(30))


def test_decreasing_series_has_negative_z_with_continuity_correction():
    # strictly decreasing 4 values: S = -6, var = 4*3*13/18 = 8.667, z = (-6+1)/sqrt(8.667)
    r = mann_kendall([9, 7, 4, 1])

    assert r.s == -6
    assert r.z == pytest.approx(-5 / math.sqrt(156 / 18))
    assert r.tau == -1
    # z = -1.698, p = 0.0895: falling, but not significant at 5 % with four points
    assert r.p == pytest.approx(0.08951, abs=1e-4)
    assert r.trend == "no_trend"


def test_constant_series_has_no_trend():
    r = mann_kendall([3, 3, 3, 3])

    assert r.s == 0 and r.var_s == 0 and r.z == 0 and r.p == 1
    assert r.trend == "no_trend"


def test_nan_values_are_dropped_not_zeroed():
    # NaN dropped: same as 1 3 2 5 4 (a zero would change S)
    assert mann_kendall([1, 3, np.nan, 2, 5, 4]).s == 6


def test_strong_trend_is_significant():
    r = mann_kendall(np.arange(12) + np.array([0, 1, 0, 1] * 3) * 0.5)
    assert r.trend == "increasing"
    assert r.p < 0.001


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_matches_scipy_kendalltau_on_random_series_with_ties(seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 6, size=25).astype(float)  # many ties
    times = np.arange(x.size)
    r = mann_kendall(x)
    tau, p_scipy = stats.kendalltau(times, x)  # tau-b; asymptotic p without continuity correction

    assert r.tau == pytest.approx(tau, abs=1e-12)
    # scipy's z has no continuity correction: z' = S / sqrt(var_s), both tie-corrected alike
    assert 2 * stats.norm.sf(abs(r.s) / math.sqrt(r.var_s)) == pytest.approx(p_scipy, rel=1e-9)


def test_rows_version_matches_the_single_series_version():
    rng = np.random.default_rng(7)
    m = rng.integers(0, 4, size=(50, 9)).astype(float)
    m[0] = 2.0  # a constant row
    rows = mann_kendall_rows(m)

    for k in range(m.shape[0]):
        one = mann_kendall(m[k])
        assert rows.s[k] == one.s
        assert rows.var_s[k] == pytest.approx(one.var_s)
        assert rows.z[k] == pytest.approx(one.z)
        assert rows.p[k] == pytest.approx(one.p)
        if math.isnan(one.tau):
            assert math.isnan(rows.tau[k])
        else:
            assert rows.tau[k] == pytest.approx(one.tau)


def test_sens_slope_hand_computed():
    # x = 1 3 2 5 4 at t = 0..4. Pairwise slopes sorted:
    # -1 -1 1/3 1/2 3/4 1 1 4/3 2 3 -> median (3/4 + 1)/2 = 0.875; intercept = 3 - 0.875 * 2 = 1.25
    r = sens_slope([1, 3, 2, 5, 4])

    assert r.slope == pytest.approx(0.875)
    assert r.intercept == pytest.approx(1.25)


def test_sens_slope_matches_scipy_theilslopes_with_uneven_times():
    rng = np.random.default_rng(3)
    t = np.sort(rng.choice(np.arange(100), size=20, replace=False)).astype(float)
    x = 0.3 * t + rng.normal(0, 2, size=t.size)
    r = sens_slope(x, t)
    ref = stats.theilslopes(x, t)

    assert r.slope == pytest.approx(ref[0], rel=1e-12)
    assert r.intercept == pytest.approx(ref[1], rel=1e-12)


def test_sens_slope_skips_pairs_at_the_same_time_and_nan():
    # times 0 0 1: only pairs (0,2) and (1,2) count: slopes 4-1=3 and 4-2=2 -> median 2.5
    assert sens_slope([1, 2, 4], [0, 0, 1]).slope == pytest.approx(2.5)
    assert sens_slope([1, np.nan, 3], [0, 1, 2]).slope == pytest.approx(1.0)
