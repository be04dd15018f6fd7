"""Mann-Kendall trend test and Sen's slope: is a series going up or down, and how fast.

Used for the trend of Gi* z-scores in emerging hotspots and for change over
time. Pure numpy (the normal distribution through ``math.erfc``), no scipy.

Definitions (Mann 1945, Kendall 1975, Hipel & McLeod 1994, Sen 1968), with
the series in time order x_1..x_n:

- ``s`` = sum over i < j of sign(x_j - x_i).
- ``var_s`` = [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18, the sum over groups
  of t tied values (the tie correction).
- ``z`` = (s - 1)/sqrt(var_s) if s > 0, (s + 1)/sqrt(var_s) if s < 0, else 0
  (the continuity correction).
- ``p`` = two-sided p-value of ``z`` under the standard normal.
- ``tau`` = Kendall's tau-b between time and value: s / sqrt(n0 (n0 - n_ties)),
  n0 = n(n-1)/2 and n_ties = sum_t t(t-1)/2; with no ties it is s / n0. This
  is what ``scipy.stats.kendalltau(times, values)`` reports.

Missing values (NaN) are dropped before the test: a gap is not a zero.
"""
from __future__ import annotations

import math
from typing import NamedTuple, Optional, Sequence

import numpy as np

from .pvalues import normal_two_sided_p


class MannKendall(NamedTuple):
    """The Mann-Kendall statistic of one series (see the module docstring)."""

    s: float
    var_s: float
    z: float
    p: float
    tau: float
    n: int

    @property
    def trend(self) -> str:
        """'increasing', 'decreasing' or 'no_trend' at the 5 % level (stable codes)."""
        return trend_code(self.z, self.p, 0.05)


class SensSlope(NamedTuple):
    """Sen's slope (median of pairwise slopes) and the intercept median(x) - slope * median(t)."""

    slope: float
    intercept: float
    n: int


def trend_code(z: float, p: float, alpha: float = 0.05) -> str:
    if not (p < alpha) or z == 0:
        return "no_trend"
    return "increasing" if z > 0 else "decreasing"


def _tie_groups(values: np.ndarray) -> np.ndarray:
    """Sizes of the groups of equal values (size >= 2 only)."""
    _, counts = np.unique(values, return_counts=True)
    return counts[counts > 1].astype(float)


def mann_kendall(values: Sequence[float]) -> MannKendall:
    """Mann-Kendall test of a series given in time order (NaN dropped)."""
    x = np.asarray(values, dtype=float).ravel()
    x = x[~np.isnan(x)]
    n = int(x.size)
    if n < 2:
        return MannKendall(0.0, 0.0, 0.0, 1.0, float("nan"), n)
    diff = x[None, :] - x[:, None]  # diff[i, j] = x_j - x_i
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    s = float(np.sign(diff[upper]).sum())
    ties = _tie_groups(x)
    var_s = (n * (n - 1) * (2 * n + 5) - float(np.sum(ties * (ties - 1) * (2 * ties + 5)))) / 18.0
    if var_s <= 0:
        z = 0.0
    elif s > 0:
        z = (s - 1.0) / math.sqrt(var_s)
    elif s < 0:
        z = (s + 1.0) / math.sqrt(var_s)
    else:
        z = 0.0
    p = normal_two_sided_p(z) if var_s > 0 else 1.0
    n0 = n * (n - 1) / 2.0
    n_ties = float(np.sum(ties * (ties - 1) / 2.0))
    denom = math.sqrt(n0 * (n0 - n_ties))
    tau = s / denom if denom > 0 else float("nan")
    return MannKendall(s, var_s, float(z), float(p), float(tau), n)


def mann_kendall_rows(matrix) -> MannKendall:
    """Mann-Kendall of every row of a (rows x times) array at once; NaN not allowed.

    Returns a MannKendall whose fields are arrays (one value per row). Used for
    thousands of short series (areas x time slices) without a Python loop.
    """
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2:
        raise ValueError("mann_kendall_rows needs a 2-D array (rows x times)")
    rows, n = x.shape
    if np.isnan(x).any():
        raise ValueError("mann_kendall_rows does not take NaN: use mann_kendall per series")
    if n < 2:
        zeros = np.zeros(rows)
        return MannKendall(zeros, zeros, zeros, np.ones(rows), np.full(rows, np.nan), n)
    i, j = np.triu_indices(n, k=1)
    s = np.sign(x[:, j] - x[:, i]).sum(axis=1)
    # tie correction per row: sort each row, find runs of equal values
    xs = np.sort(x, axis=1)
    same = np.concatenate([np.zeros((rows, 1), bool), xs[:, 1:] == xs[:, :-1]], axis=1)
    tie_term = np.zeros(rows)
    pair_ties = np.zeros(rows)
    if same.any():
        # run length at each position: count of consecutive equal values ending here
        run = np.zeros((rows, n))
        run[:, 0] = 1
        for k in range(1, n):
            run[:, k] = np.where(same[:, k], run[:, k - 1] + 1, 1)
        ends = np.concatenate([~same[:, 1:], np.ones((rows, 1), bool)], axis=1)
        t = np.where(ends & (run > 1), run, 0.0)
        tie_term = np.sum(t * (t - 1) * (2 * t + 5), axis=1)
        pair_ties = np.sum(t * (t - 1) / 2.0, axis=1)
    var_s = (n * (n - 1) * (2 * n + 5) - tie_term) / 18.0
    root = np.sqrt(np.where(var_s > 0, var_s, 1.0))
    z = np.where(s > 0, (s - 1.0) / root, np.where(s < 0, (s + 1.0) / root, 0.0))
    z = np.where(var_s > 0, z, 0.0)
    p = np.where(var_s > 0, normal_two_sided_p(z), 1.0)
    n0 = n * (n - 1) / 2.0
    denom = np.sqrt(n0 * (n0 - pair_ties))
    with np.errstate(invalid="ignore", divide="ignore"):
        tau = np.where(denom > 0, s / np.where(denom > 0, denom, 1.0), np.nan)
    return MannKendall(s.astype(float), var_s, z, p, tau, n)


def sens_slope(values: Sequence[float], times: Optional[Sequence[float]] = None) -> SensSlope:
    """Sen's slope: the median of (x_j - x_i)/(t_j - t_i) over pairs with t_j != t_i.

    ``times`` defaults to 0, 1, 2, ... (the slope is then per step). Pairs
    with a NaN value are dropped. The intercept follows scipy's theilslopes:
    median(x) - slope * median(t).
    """
    x = np.asarray(values, dtype=float).ravel()
    t = np.arange(x.size, dtype=float) if times is None else np.asarray(times, dtype=float).ravel()
    if t.size != x.size:
        raise ValueError("sens_slope: values and times differ in length")
    keep = ~(np.isnan(x) | np.isnan(t))
    x, t = x[keep], t[keep]
    n = int(x.size)
    if n < 2:
        return SensSlope(float("nan"), float("nan"), n)
    i, j = np.triu_indices(n, k=1)
    dt = t[j] - t[i]
    ok = dt != 0
    if not ok.any():
        return SensSlope(float("nan"), float("nan"), n)
    slope = float(np.median((x[j][ok] - x[i][ok]) / dt[ok]))
    intercept = float(np.median(x) - slope * np.median(t))
    return SensSlope(slope, intercept, n)
