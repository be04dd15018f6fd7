"""p-values, computed here so that they are the same to the last digit everywhere.

Pure module (numpy and ``math``; no scipy, which the plugin does not need):
the normal distribution's two tails through ``math.erfc``, and the exact
binomial test with scipy's ``binomtest`` rule from arithmetic that IEEE
rounds the same way on every platform (tests compare both with scipy).
"""
from __future__ import annotations

import functools
import math
from typing import Dict

import numpy as np


def normal_two_sided_p(z):
    """Two-sided p-value of standard normal z (scalar or array), without scipy."""
    z_abs = np.abs(np.asarray(z, dtype=float))
    erfc = np.vectorize(math.erfc, otypes=[float])
    p = erfc(z_abs / math.sqrt(2.0))
    if np.ndim(p) == 0:
        return float(p)
    return p


def binom_pmf_all(n: int, p: float) -> np.ndarray:
    """P(X = k) for k = 0..n, X ~ Binomial(n, p).

    From the mode outwards by the ratio of neighbouring probabilities, then
    normalised by an exactly rounded sum: only products, quotients and
    ``math.fsum``, which IEEE arithmetic rounds the same way everywhere, so the
    probabilities are the same to the last bit on every platform, numpy and
    QGIS version (no exp, log or gamma function from a library that may
    change). Probabilities below about 1e-308 of the mode's are 0."""
    if p <= 0.0:
        out = np.zeros(n + 1)
        out[0] = 1.0
        return out
    if p >= 1.0:
        out = np.zeros(n + 1)
        out[n] = 1.0
        return out
    weights = _binom_weights(n, p)
    return weights / math.fsum(weights.tolist())


def _binom_weights(n: int, p: float) -> np.ndarray:
    """P(X = k) / P(X = mode) for k = 0..n (see binom_pmf_all)."""
    mode = min(n, int(math.floor((n + 1) * p)))
    odds = p / (1.0 - p)
    weights = np.empty(n + 1)
    weights[mode] = 1.0
    if mode < n:
        k = np.arange(mode, n, dtype=float)
        weights[mode + 1:] = np.cumprod((n - k) / (k + 1.0) * odds)
    if mode > 0:
        k = np.arange(mode, 0, -1, dtype=float)
        weights[mode - 1::-1] = np.cumprod(k / (n - k + 1.0) / odds)
    return weights


def binomtest_p(k: int, n: int, p: float) -> float:
    """Two-sided exact binomial p-value: the total probability of the outcomes
    no more likely than k, with scipy.stats.binomtest's rule (a relative
    tolerance of 1e-7 for ties). Computed here, not by scipy, so that it is the
    same to the last digit on every QGIS, numpy and scipy version (the tests
    compare it with scipy's)."""
    if n == 0:
        return 1.0
    return _binomtest_cached(int(k), int(n), float(p))


@functools.lru_cache(maxsize=100_000)
def _binomtest_cached(k: int, n: int, p: float) -> float:
    """Areas share the same few (k, n, p0): each is computed once per session."""
    if k == p * n:
        return 1.0
    if p <= 0.0 or p >= 1.0:
        return 1.0 if (k == 0 if p <= 0.0 else k == n) else 0.0
    weights = _binom_weights(n, p)
    d = weights[k] * (1 + 1e-7)
    if k < p * n:
        tail = weights[:k + 1]
        start = int(math.ceil(p * n))
        other_idx = np.flatnonzero(weights[start:] <= d)
        # scipy: the smallest outcome above the mean with pmf <= d, then everything above it
        extra = weights[start + other_idx[0]:] if len(other_idx) else weights[:0]
    else:
        tail = weights[k:]
        end = int(math.floor(p * n))
        other_idx = np.flatnonzero(weights[:end + 1] <= d)
        extra = weights[:other_idx[-1] + 1] if len(other_idx) else weights[:0]
    total = math.fsum(weights.tolist())
    return float(min(1.0, math.fsum(tail.tolist() + extra.tolist()) / total))


_SCIPY: Dict[str, bool] = {}


def have_scipy() -> bool:
    """Whether scipy is installed (the plugin runs without it)."""
    if "ok" not in _SCIPY:
        try:
            from scipy.stats import binomtest  # noqa: F401

            _SCIPY["ok"] = True
        except ImportError:
            _SCIPY["ok"] = False
    return _SCIPY["ok"]
