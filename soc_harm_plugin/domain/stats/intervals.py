"""Confidence intervals for a mean: Student's t, without scipy.

The interval of a mean of n values is ``mean ± t(1 - α/2, n - 1) × s / √n``,
with s the sample standard deviation (n - 1 in the denominator) and t the
quantile of Student's t distribution with n - 1 degrees of freedom (Student
1908; any statistics text, e.g. Altman et al., *Statistics with Confidence*,
2nd ed., BMJ Books 2000, ch. 4). Applied to the differences of matched pairs
it is the paired t-interval.

The t quantile is computed here (the plugin runs without scipy): Student's t
distribution function through the regularised incomplete beta function,
``P(T <= t) = 1 - I_x(ν/2, 1/2) / 2`` for t >= 0 with ``x = ν / (ν + t²)``
(Abramowitz & Stegun 26.7.1 and 26.5.27), the incomplete beta by its
continued fraction (Press et al., *Numerical Recipes*, 3rd ed., §6.4), then
inverted by bisection to double precision. Tests compare it with the closed
forms for 1 and 2 degrees of freedom and with scipy.

Pure module (math and numpy).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np


@dataclass(frozen=True)
class MeanInterval:
    """A mean and its confidence interval; ``low``/``high`` are None when the
    interval is undefined (fewer than 2 values), ``mean`` None with no value."""

    n: int
    mean: Optional[float]
    low: Optional[float]
    high: Optional[float]
    sd: Optional[float]  # sample standard deviation (n - 1)
    confidence: float


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-16:
            break
    return h


def incomplete_beta(a: float, b: float, x: float, y: Optional[float] = None) -> float:
    """The regularised incomplete beta function I_x(a, b), 0 <= x <= 1.
    ``y``: 1 - x when the caller knows it more precisely than 1 - x computes."""
    y = 1.0 - x if y is None else y
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, y) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be more than 0")
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t), t * t / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p (0 < p < 1), Student's t with ``df`` degrees of freedom."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be between 0 and 1")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if df == 1:  # Cauchy: closed form
        return math.tan(math.pi * (p - 0.5))
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2.0
        if hi > 1e300:  # pragma: no cover - p within a hair of 1 with tiny df
            return math.inf
    for _ in range(200):  # bisection to the last bit
        mid = 0.5 * (lo + hi)
        if mid in (lo, hi):
            break
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def mean_interval(values: Sequence[float], confidence: float = 0.95) -> MeanInterval:
    """The mean of ``values`` with its two-sided t-interval.

    One value: the mean, no interval. All values equal: an interval of width 0.
    """
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be between 0 and 1")
    x = np.asarray(values, dtype=float)
    n = int(len(x))
    if n == 0:
        return MeanInterval(0, None, None, None, None, confidence)
    mean = float(x.mean())
    if n == 1:
        return MeanInterval(1, mean, None, None, None, confidence)
    sd = float(x.std(ddof=1))
    half = t_quantile(0.5 + confidence / 2.0, n - 1) * sd / math.sqrt(n)
    return MeanInterval(n, mean, mean - half, mean + half, sd, confidence)
