"""Whether a change between two periods is more than chance: the count test and the harm test.

Pure module (numpy; no scipy).

Counts: the exact conditional binomial test of two Poisson rates. Given ``n``
records in the current and baseline periods together, under "no change" each
falls in the current period with probability ``p0 = e_current / (e_current +
e_baseline)``; the two-sided p-value is scipy's ``binomtest`` rule (see
:func:`..stats.pvalues.binomtest_p`).

Harm: a weighted count is not Poisson (one homicide weighs as much as
hundreds of thefts), so the binomial test does not apply. The same
conditioning gives a test that does: given the pooled records and their
weights, under "no change" each record falls in the current period
independently with probability ``p0``, so the current harm is a sum of weights
chosen at random, with mean ``p0 * W`` and the compound-Poisson variance
``p0 (1 - p0) sum(w^2)``. The p-value is the chance that a random relabelling
moves the current harm at least as far from ``p0 * W`` as the data did. It is
computed exactly (records grouped by weight, binomial counts convolved) when
that is small enough; by the normal approximation when many records share the
harm so that none dominates (the central limit theorem holds); otherwise by
Monte Carlo relabelling seeded by ``seed`` (999 draws, 9,999 when a p-value is
near alpha). ``harm_test`` says which per area.

Classes: ``increase`` / ``decrease`` when p < alpha (the sign of the change);
otherwise ``too_few`` when even the most extreme outcome in the direction seen
(every pooled record in the current period for a rise, none for a fall;
either with no change at all) could not have reached alpha with these
records, so the test could not tell; else ``no_change``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

from ..codes import DECREASE, INCREASE, NO_CHANGE, TOO_FEW
from .pvalues import binom_pmf_all, binomtest_p, normal_two_sided_p

TEST_EXACT = "exact"
TEST_NORMAL = "normal"
TEST_MONTE_CARLO = "monte_carlo"

# when the harm test uses which method
EXACT_MAX_OUTCOMES = 100_000  # distinct (count per weight) outcomes enumerated exactly
EXACT_HARD_LIMIT = 4_000_000  # never enumerate more, even when asked to
NORMAL_MIN_RECORDS = 50  # the normal approximation needs this many weighted records ...
NORMAL_MAX_SHARE = 0.02  # ... none holding more than this share of sum(w^2)
MONTE_CARLO_DRAWS = 9999  # the most relabellings drawn for one area
MONTE_CARLO_FIRST = 999  # drawn first; more only when a p-value is close to alpha


@dataclass
class HarmTest:
    p: Optional[float]
    p_extreme_up: Optional[float]  # the p-value had every pooled record fallen in the current period
    p_extreme_down: Optional[float]  # ... had none
    method: Optional[str]


def _weight_groups(weights: np.ndarray, n: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Distinct positive weights and how many records hold each (``n``: the records
    each weight stands for; None: one each)."""
    w = np.asarray(weights, dtype=float)
    if n is None:
        w = w[w > 0]
        values, counts = np.unique(w, return_counts=True)
        return values, counts
    keep = w > 0
    values, inverse = np.unique(w[keep], return_inverse=True)
    counts = np.bincount(inverse.ravel(), weights=np.asarray(n, dtype=float)[keep], minlength=len(values))
    return values, counts.astype(np.int64)


def _pooled(cw: np.ndarray, bw: np.ndarray, cn: Optional[np.ndarray], bn: Optional[np.ndarray]):
    """(distinct weights, records per weight, records, observed current harm, total harm) of the
    records weighing more than 0, current and baseline pooled."""
    if cn is None and bn is None:
        pooled = np.concatenate([cw[cw > 0], bw[bw > 0]])
        values, counts = _weight_groups(pooled)
        return values, counts, len(pooled), float(cw[cw > 0].sum()), float(pooled.sum())
    cn = np.ones(len(cw), dtype=np.int64) if cn is None else np.asarray(cn, dtype=np.int64)
    bn = np.ones(len(bw), dtype=np.int64) if bn is None else np.asarray(bn, dtype=np.int64)
    values, counts = _weight_groups(np.concatenate([cw, bw]), np.concatenate([cn, bn]))
    observed = float((cw[cw > 0] * cn[cw > 0]).sum())
    return values, counts, int(counts.sum()), observed, float((values * counts).sum())


def harm_test(current_weights: np.ndarray, baseline_weights: np.ndarray, p0: float, seed: int = 0,
              method: Optional[str] = None, draws: int = MONTE_CARLO_DRAWS, seed_key: Sequence[int] = (),
              alpha: Optional[float] = None, current_counts: Optional[np.ndarray] = None,
              baseline_counts: Optional[np.ndarray] = None) -> HarmTest:
    """The relabelling test of harm (see the module docstring).

    ``method`` forces a method (tests use it); None chooses: exact when the
    outcomes are few, normal when no record dominates, else Monte Carlo.
    Records weighing 0 cannot move harm and take no part.
    ``current_counts``, ``baseline_counts``: how many records each weight
    stands for (collapsed records; None: one each). The test depends on the
    weights only through how many records hold each distinct weight, so
    collapsed records give the test of the records they stand for.
    """
    cw = np.asarray(current_weights, dtype=float)
    bw = np.asarray(baseline_weights, dtype=float)
    values, counts, n_pooled, observed, total = _pooled(cw, bw, current_counts, baseline_counts)
    if not n_pooled:
        return HarmTest(None, None, None, None)
    mean = p0 * total
    deviations = (abs(observed - mean), (1 - p0) * total, p0 * total)  # observed, all current, none current
    if method is None:
        outcomes = float(np.prod(counts.astype(float) + 1.0))
        sq = values ** 2
        if outcomes <= EXACT_MAX_OUTCOMES:
            method = TEST_EXACT
        elif n_pooled >= NORMAL_MIN_RECORDS and sq.max() / float((sq * counts).sum()) <= NORMAL_MAX_SHARE:
            method = TEST_NORMAL
        else:
            method = TEST_MONTE_CARLO
    if method == TEST_EXACT:
        if float(np.prod(counts.astype(float) + 1.0)) > EXACT_HARD_LIMIT:
            raise ValueError("too many outcomes to enumerate exactly")
        ps = _exact_tail(values, counts, p0, mean, deviations)
    elif method == TEST_NORMAL:
        sd = math.sqrt(p0 * (1 - p0) * float((values ** 2 * counts).sum()))
        ps = tuple(normal_two_sided_p(d / sd) for d in deviations)
    elif method == TEST_MONTE_CARLO:
        ps = _monte_carlo_tail(values, counts, p0, mean, deviations, draws, seed, seed_key, alpha)
    else:
        raise ValueError("unknown method {0!r}".format(method))
    return HarmTest(ps[0], ps[1], ps[2], method)


def _tolerance(total: float) -> float:
    return 1e-9 * max(total, 1.0)


def _exact_tail(values, counts, p0, mean, deviations) -> Tuple[float, ...]:
    """P(|H - mean| >= d) for each d, H = sum_j values[j] * Binomial(counts[j], p0), by convolution."""
    support = np.zeros(1)
    prob = np.ones(1)
    for value, count in zip(values.tolist(), counts.tolist()):
        pmf = binom_pmf_all(int(count), p0)
        support = (support[:, None] + value * np.arange(count + 1)[None, :]).ravel()
        prob = (prob[:, None] * pmf[None, :]).ravel()
    dev = np.abs(support - mean)
    tol = _tolerance(float((values * counts).sum()))
    return tuple(float(min(1.0, prob[dev >= d - tol].sum())) for d in deviations)


def _monte_carlo_tail(values, counts, p0, mean, deviations, draws, seed, seed_key,
                      alpha: Optional[float] = None) -> Tuple[float, ...]:
    """(1 + draws at least as far from the mean) / (draws + 1), relabelling by binomial counts per weight.

    With ``alpha``, :data:`MONTE_CARLO_FIRST` relabellings are drawn first, and
    the rest (up to ``draws``) only when a p-value is within four standard
    errors of alpha, where more draws could change the class; the p-value is
    then computed from all the draws made."""
    rng = np.random.default_rng([int(seed) & 0xFFFFFFFF] + [int(k) for k in seed_key])
    tol = _tolerance(float((values * counts).sum()))
    hits = np.zeros(len(deviations), dtype=np.int64)
    done = 0
    chunk = max(1, min(draws, 2_000_000 // max(1, len(values))))
    first = min(draws, MONTE_CARLO_FIRST) if alpha is not None else draws
    target = first
    while done < target:
        size = min(chunk, target - done)
        k = rng.binomial(counts[None, :].astype(np.int64), p0, size=(size, len(values)))
        dev = np.abs(k @ values - mean)
        for i, d in enumerate(deviations):
            hits[i] += int((dev >= d - tol).sum())
        done += size
        if done == target and target < draws:
            p = (1 + hits) / (done + 1)
            margin = 4.0 * math.sqrt(alpha * (1 - alpha) / done)
            if np.any(np.abs(p - alpha) < margin):
                target = draws
    return tuple(float((1 + h) / (done + 1)) for h in hits)


def change_class(p: Optional[float], direction: float, p_up: Optional[float], p_down: Optional[float],
                 alpha: float) -> str:
    """increase / decrease (p < alpha), too_few (no outcome in the direction seen could reach alpha), no_change."""
    if p is None:
        return TOO_FEW
    if p < alpha and direction != 0:
        return INCREASE if direction > 0 else DECREASE
    if direction > 0:
        reachable = p_up is not None and p_up < alpha
    elif direction < 0:
        reachable = p_down is not None and p_down < alpha
    else:
        reachable = (p_up is not None and p_up < alpha) or (p_down is not None and p_down < alpha)
    return NO_CHANGE if reachable else TOO_FEW


def count_test(c: int, b: int, p0: float) -> Tuple[Optional[float], float, float, float]:
    """(p, p if all in current, p if none in current, direction) for c current and b baseline records."""
    n = int(c) + int(b)
    if n == 0:
        return None, 1.0, 1.0, 0.0
    p = binomtest_p(int(c), n, p0)
    p_up = binomtest_p(n, n, p0)
    p_down = binomtest_p(0, n, p0)
    return p, p_up, p_down, float(c - p0 * n)
