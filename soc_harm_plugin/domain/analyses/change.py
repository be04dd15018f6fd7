"""Change in harm between two periods, and whether it is more than chance.

Pure module (numpy; no scipy): the
engine behind ``socharm:harmchange`` and ``socharm:performanceframework``.

Periods
    The current period and its baseline are planned by
    :mod:`..periods.plan` (baselines, whole months, partial periods).

Exposure
    Counts are compared as rates: a period's exposure is its length in days
    (full dates) or in months (month-only dates, where every month weighs the
    same because the day is unknown). ``n_baseline`` and ``harm_baseline``
    are the baseline scaled to the current period's exposure: for the mean of
    N periods that is their mean; for April against March with full dates it
    is March's figure times 30/31.

Tests
    Counts: the exact conditional binomial test of two Poisson rates. Given
    ``n`` records in the current and baseline periods together, under "no
    change" each falls in the current period with probability
    ``p0 = e_current / (e_current + e_baseline)``; the two-sided p-value is
    scipy's ``binomtest`` rule (the sum of the probabilities of the outcomes
    no more likely than the one seen), computed here with arithmetic that gives
    the same digits on every platform (see ``binom_pmf_all``).

    Harm: a weighted count is not Poisson (one homicide weighs as much as
    hundreds of thefts), so the binomial test does not apply. The same
    conditioning gives a test that does: given the pooled records and their
    weights, under "no change" each record falls in the current period
    independently with probability ``p0``, so the current harm is a sum of
    weights chosen at random, with mean ``p0 * W`` and the compound-Poisson
    variance ``p0 (1 - p0) sum(w^2)``. The p-value is the chance that a
    random relabelling moves the current harm at least as far from
    ``p0 * W`` as the data did. It is computed exactly (records grouped by
    weight, binomial counts convolved) when that is small enough; by the
    normal approximation when many records share the harm so that none
    dominates (the central limit theorem holds); otherwise by Monte Carlo
    relabelling seeded by ``seed`` (999 draws, 9,999 when a p-value is near
    alpha). ``harm_test`` says which per area.

Classes
    ``increase`` / ``decrease`` when p < alpha (the sign of the change);
    otherwise ``too_few`` when even the most extreme outcome in the direction
    seen (every pooled record in the current period for a rise, none for a
    fall; either with no change at all) could not have reached alpha with
    these records, so the test could not tell; else ``no_change``.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..periods.calendar import Window, data_window, floor_to_month, window_of
from ..periods.plan import PeriodPlan

# --------------------------------------------------------------------------- codes (stable: written into outputs)

INCREASE = "increase"
DECREASE = "decrease"
NO_CHANGE = "no_change"
TOO_FEW = "too_few"
CHANGE_CLASSES = (INCREASE, DECREASE, NO_CHANGE, TOO_FEW)

PCT_BASELINE_ZERO = "baseline_zero"  # harm_change_pct is null: there is nothing to be a percentage of

TEST_EXACT = "exact"
TEST_NORMAL = "normal"
TEST_MONTE_CARLO = "monte_carlo"


# record statuses in a change reconciliation (they add up to the records in)
IN_CURRENT = "current"
IN_BASELINE = "baseline"
OUT_OF_PERIOD = "out_of_period"
NO_DATE = "no_date"
BAD_DATE = "unparseable_date"


# when the harm test uses which method
EXACT_MAX_OUTCOMES = 100_000  # distinct (count per weight) outcomes enumerated exactly
EXACT_HARD_LIMIT = 4_000_000  # never enumerate more, even when asked to
NORMAL_MIN_RECORDS = 50  # the normal approximation needs this many weighted records ...
NORMAL_MAX_SHARE = 0.02  # ... none holding more than this share of sum(w^2)
MONTE_CARLO_DRAWS = 9999  # the most relabellings drawn for one area
MONTE_CARLO_FIRST = 999  # drawn first; more only when a p-value is close to alpha


# --------------------------------------------------------------------------- exact binomial test


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


def normal_two_sided(z: float) -> float:
    """P(|Z| >= |z|) for a standard normal Z."""
    return float(math.erfc(abs(z) / math.sqrt(2.0)))


# --------------------------------------------------------------------------- weighted (harm) test


@dataclass
class HarmTest:
    p: Optional[float]
    p_extreme_up: Optional[float]  # the p-value had every pooled record fallen in the current period
    p_extreme_down: Optional[float]  # ... had none
    method: Optional[str]


def _weight_groups(weights: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Distinct positive weights and how many records hold each."""
    w = np.asarray(weights, dtype=float)
    w = w[w > 0]
    values, counts = np.unique(w, return_counts=True)
    return values, counts


def harm_test(current_weights: np.ndarray, baseline_weights: np.ndarray, p0: float, seed: int = 0,
              method: Optional[str] = None, draws: int = MONTE_CARLO_DRAWS, seed_key: Sequence[int] = (),
              alpha: Optional[float] = None) -> HarmTest:
    """The relabelling test of harm (see the module docstring).

    ``method`` forces a method (tests use it); None chooses: exact when the
    outcomes are few, normal when no record dominates, else Monte Carlo.
    Records weighing 0 cannot move harm and take no part.
    """
    cw = np.asarray(current_weights, dtype=float)
    bw = np.asarray(baseline_weights, dtype=float)
    pooled = np.concatenate([cw[cw > 0], bw[bw > 0]])
    if not len(pooled):
        return HarmTest(None, None, None, None)
    observed = float(cw[cw > 0].sum())
    total = float(pooled.sum())
    mean = p0 * total
    values, counts = _weight_groups(pooled)
    deviations = (abs(observed - mean), (1 - p0) * total, p0 * total)  # observed, all current, none current
    if method is None:
        outcomes = float(np.prod(counts.astype(float) + 1.0))
        sq = values ** 2
        if outcomes <= EXACT_MAX_OUTCOMES:
            method = TEST_EXACT
        elif len(pooled) >= NORMAL_MIN_RECORDS and sq.max() / float((sq * counts).sum()) <= NORMAL_MAX_SHARE:
            method = TEST_NORMAL
        else:
            method = TEST_MONTE_CARLO
    if method == TEST_EXACT:
        if float(np.prod(counts.astype(float) + 1.0)) > EXACT_HARD_LIMIT:
            raise ValueError("too many outcomes to enumerate exactly")
        ps = _exact_tail(values, counts, p0, mean, deviations)
    elif method == TEST_NORMAL:
        sd = math.sqrt(p0 * (1 - p0) * float((values ** 2 * counts).sum()))
        ps = tuple(normal_two_sided(d / sd) for d in deviations)
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


# --------------------------------------------------------------------------- classes


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


# --------------------------------------------------------------------------- the comparison


@dataclass
class DatedRecords:
    """One row per record (or per record and measure): what change and trend need.

    ``status``: the record's status before dates are looked at (assigned,
    outside, no_geometry, invalid, filtered, or another code, still counted);
    only "assigned" records (``area_index`` >= 0) are compared.
    """

    area_index: np.ndarray
    weight: np.ndarray
    day: np.ndarray  # datetime64[D]; NaT where none or unparseable
    status: np.ndarray  # object array of status codes
    unparseable: np.ndarray  # bool
    month_only: bool = False
    unparseable_examples: List[str] = field(default_factory=list)
    measure: Optional[np.ndarray] = None  # object: the theme of each row (None: one theme)

    def __len__(self) -> int:
        return len(self.area_index)

    def in_scope(self) -> np.ndarray:
        """Rows not filtered out by the user (the rows whose dates describe the data)."""
        return self.status != "filtered"

    def data_window(self) -> Optional[Window]:
        scope = self.in_scope()
        return data_window(self.day[scope], self.month_only)

    def select(self, rows: np.ndarray) -> "DatedRecords":
        return DatedRecords(self.area_index[rows], self.weight[rows], self.day[rows], self.status[rows],
                            self.unparseable[rows], self.month_only, list(self.unparseable_examples),
                            None if self.measure is None else self.measure[rows])


def date_status(records: DatedRecords, in_window: np.ndarray, inside: Optional[str] = None) -> np.ndarray:
    """Each row's status in a comparison: filtered, unparseable_date, no_date,
    out_of_period, then its geometry status, else current (window 0) or
    baseline (the others); ``inside`` labels every window alike instead."""
    status = np.asarray(records.status, dtype=object).copy()
    assigned = status == "assigned"
    filtered = status == "filtered"
    bad = ~filtered & records.unparseable
    missing = ~filtered & ~bad & np.isnat(records.day)
    out = ~filtered & ~bad & ~missing & (in_window < 0)
    status[bad] = BAD_DATE
    status[missing] = NO_DATE
    status[out] = OUT_OF_PERIOD
    ok = assigned & ~bad & ~missing & ~out
    if inside is not None:
        status[ok] = inside
        return status
    status[ok & (in_window == 0)] = IN_CURRENT
    status[ok & (in_window > 0)] = IN_BASELINE
    return status


def reconcile_statuses(status: np.ndarray, first: Sequence[str] = (IN_CURRENT, IN_BASELINE)) -> dict:
    """records_in and the count per status (adds up to records_in)."""
    order = tuple(first) + (OUT_OF_PERIOD, NO_DATE, BAD_DATE, "outside", "no_geometry", "invalid", "filtered")
    values, counts = np.unique(np.asarray(status, dtype=object).astype(str), return_counts=True)
    found = dict(zip(values.tolist(), counts.tolist()))
    by_status = {code: int(found.pop(code, 0)) for code in order}
    for code, n in sorted(found.items(), key=lambda kv: -kv[1]):
        by_status[code] = int(n)
    return {"records_in": int(len(status)), "by_status": by_status}


@dataclass
class ChangeResult:
    """Per-area columns (numpy arrays, one value per area; None in object
    columns for null) and the force total as a dict with the same keys."""

    columns: Dict[str, np.ndarray]
    force: Dict[str, object]
    plan: PeriodPlan
    reconciliation: dict
    status: np.ndarray
    empty_windows: List[str]


CHANGE_FIELDS = ("n_current", "n_baseline", "harm_current", "harm_baseline", "harm_change", "harm_change_pct",
                 "harm_change_pct_reason", "p_count", "p_harm", "harm_test", "rank_current", "rank_baseline",
                 "rank_change", "change_class", "count_change_class")


def _rank_descending(values: np.ndarray) -> np.ndarray:
    from ..harm.scoring import rank_descending

    return rank_descending(values)


def compare_periods(records: DatedRecords, n_areas: int, plan: PeriodPlan, alpha: float = 0.05, seed: int = 0,
                    harm_method: Optional[str] = None,
                    progress=None) -> ChangeResult:
    """Count and harm per area in the compared periods, tested; plus the force total
    (all rows in an area). ``progress(fraction)`` returns False to stop."""
    day = records.day
    if plan.month_only:
        day = floor_to_month(day)
    windows = plan.windows()
    in_window = window_of(day, windows)
    status = date_status(records, in_window)
    current = status == IN_CURRENT
    baseline = status == IN_BASELINE
    idx = records.area_index
    weight = np.asarray(records.weight, dtype=float)
    slot = np.where(current | baseline, idx, -1) + 1

    def per_area(mask, weights=None):
        return np.bincount(np.where(mask, idx, -1) + 1, weights=weights, minlength=n_areas + 1)[1:]

    c = per_area(current).astype(np.int64)
    b = per_area(baseline).astype(np.int64)
    hc = per_area(current, weight)
    hb = per_area(baseline, weight)
    scale = plan.baseline_scale
    p0 = plan.p0

    # rows in the compared windows grouped by area, current first
    rows = np.flatnonzero(slot > 0)
    order = rows[np.lexsort((~current[rows], idx[rows]))]
    starts = np.searchsorted(idx[order], np.arange(n_areas + 1))
    columns = _empty_columns(n_areas)
    for a in range(n_areas):
        if progress is not None and a % 200 == 0 and progress(a / max(1, n_areas)) is False:
            break
        these = order[starts[a]:starts[a + 1]]
        cur = these[current[these]]
        base = these[~current[these]]
        _fill(columns, a, int(c[a]), int(b[a]), float(hc[a]), float(hb[a]), weight[cur], weight[base],
              p0, scale, alpha, seed, harm_method, (0, a + 1))
    in_area = slot > 0
    force_cur = current & in_area
    force_base = baseline & in_area
    force_cols = _empty_columns(1)
    _fill(force_cols, 0, int(force_cur.sum()), int(force_base.sum()), float(weight[force_cur].sum()),
          float(weight[force_base].sum()), weight[force_cur], weight[force_base], p0, scale, alpha, seed,
          harm_method, (1,))
    columns["rank_current"] = _rank_descending(columns["harm_current"])
    columns["rank_baseline"] = _rank_descending(columns["harm_baseline"])
    columns["rank_change"] = columns["rank_baseline"] - columns["rank_current"]
    force = {k: _scalar(v[0]) for k, v in force_cols.items() if not k.startswith("rank")}
    # a compared window in which no record at all falls is most likely missing data
    all_rows = window_of(day[records.in_scope()], windows)
    empty = [w.label() for k, w in enumerate(windows) if not (all_rows == k).any()]
    return ChangeResult(columns, force, plan, reconcile_statuses(status), status, empty)


def _empty_columns(n: int) -> Dict[str, np.ndarray]:
    cols = {
        "n_current": np.zeros(n, dtype=np.int64),
        "n_baseline": np.zeros(n),
        "harm_current": np.zeros(n),
        "harm_baseline": np.zeros(n),
        "harm_change": np.zeros(n),
        "harm_change_pct": np.full(n, np.nan),
        "harm_change_pct_reason": np.full(n, None, dtype=object),
        "p_count": np.full(n, np.nan),
        "p_harm": np.full(n, np.nan),
        "harm_test": np.full(n, None, dtype=object),
        "change_class": np.full(n, TOO_FEW, dtype=object),
        "count_change_class": np.full(n, TOO_FEW, dtype=object),
    }
    return cols


def _fill(cols, a, c, b, hc, hb, w_cur, w_base, p0, scale, alpha, seed, harm_method, seed_key):
    cols["n_current"][a] = c
    cols["n_baseline"][a] = b * scale
    cols["harm_current"][a] = hc
    base = hb * scale
    cols["harm_baseline"][a] = base
    cols["harm_change"][a] = hc - base
    if base > 0:
        cols["harm_change_pct"][a] = (hc - base) / base * 100.0
    else:
        cols["harm_change_pct_reason"][a] = PCT_BASELINE_ZERO
    p, p_up, p_down, direction = count_test(c, b, p0)
    if p is not None:
        cols["p_count"][a] = p
    cols["count_change_class"][a] = change_class(p, direction, p_up, p_down, alpha)
    test = harm_test(w_cur, w_base, p0, seed=seed, method=harm_method, seed_key=seed_key, alpha=alpha)
    if test.p is not None:
        cols["p_harm"][a] = test.p
        cols["harm_test"][a] = test.method
    harm_direction = hc - p0 * (hc + hb)
    cols["change_class"][a] = change_class(test.p, harm_direction, test.p_extreme_up, test.p_extreme_down, alpha)


def _scalar(value):
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
