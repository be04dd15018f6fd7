"""Change in harm between two periods, and whether it is more than chance.

Pure module (numpy; no scipy): the
engine behind ``socharm:harmchange`` and ``socharm:performanceframework``.

Periods
    The current period is ``[start, end]`` (both inclusive). Its baseline is
    one of :data:`BASELINES` (enum order is public): the previous period of
    equal length, the same period a year earlier, or the mean of the
    previous N periods of equal length. A period that starts on the first of
    a month and ends on the last day of a month is a run of whole months, and
    its baselines are runs of the same number of whole months. With
    month-only dates (data.police.uk's ``2019-02``) every period is widened
    to whole months, because a month-only record cannot be placed within its
    month.

Exposure
    Counts are compared as rates: a period's exposure is its length in days
    (full dates) or in months (month-only dates, where every month weighs the
    same because the day is unknown). ``n_baseline`` and ``harm_baseline``
    are the baseline scaled to the current period's exposure: for the mean of
    N periods that is their mean; for April against March with full dates it
    is March's figure times 30/31.

Partial periods
    The data cover the days from the first to the last dated record (whole
    months with month-only dates). A period the data cover only in part is
    never compared as if whole: every compared period is cut to the same
    covered part (the same days or months from its start), and the plan says
    so. With the mean of N periods, baseline periods not wholly covered are
    dropped instead (and said so); none left is an error.

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

# --------------------------------------------------------------------------- codes (stable: written into outputs)

BASELINE_PREVIOUS = "previous"
BASELINE_YEAR_EARLIER = "year_earlier"
BASELINE_MEAN = "mean_previous"
BASELINES = (BASELINE_PREVIOUS, BASELINE_YEAR_EARLIER, BASELINE_MEAN)  # enum order is public

INCREASE = "increase"
DECREASE = "decrease"
NO_CHANGE = "no_change"
TOO_FEW = "too_few"
CHANGE_CLASSES = (INCREASE, DECREASE, NO_CHANGE, TOO_FEW)

PCT_BASELINE_ZERO = "baseline_zero"  # harm_change_pct is null: there is nothing to be a percentage of

TEST_EXACT = "exact"
TEST_NORMAL = "normal"
TEST_MONTE_CARLO = "monte_carlo"

UNIT_DAY = "day"
UNIT_MONTH = "month"

# record statuses in a change reconciliation (they add up to the records in)
IN_CURRENT = "current"
IN_BASELINE = "baseline"
OUT_OF_PERIOD = "out_of_period"
NO_DATE = "no_date"
BAD_DATE = "unparseable_date"

# plan notes (stable codes; the adapter words them)
NOTE_WIDENED = "widened_to_whole_months"
NOTE_CURRENT_PARTIAL = "current_partial"
NOTE_BASELINE_PARTIAL = "baseline_partial"
NOTE_BASELINE_DROPPED = "baseline_dropped"
NOTE_EMPTY_PERIOD = "empty_period"

# when the harm test uses which method
EXACT_MAX_OUTCOMES = 100_000  # distinct (count per weight) outcomes enumerated exactly
EXACT_HARD_LIMIT = 4_000_000  # never enumerate more, even when asked to
NORMAL_MIN_RECORDS = 50  # the normal approximation needs this many weighted records ...
NORMAL_MAX_SHARE = 0.02  # ... none holding more than this share of sum(w^2)
MONTE_CARLO_DRAWS = 9999  # the most relabellings drawn for one area
MONTE_CARLO_FIRST = 999  # drawn first; more only when a p-value is close to alpha


class PeriodError(ValueError):
    """A period that cannot be compared. ``code`` is stable; ``details`` name the dates."""

    def __init__(self, code: str, **details):
        super().__init__("{0}: {1}".format(code, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items()))))
        self.code = code
        self.details = details


# --------------------------------------------------------------------------- calendar helpers


def month_start(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, 1)


def month_end(day: dt.date) -> dt.date:
    nxt = add_months(month_start(day), 1)
    return nxt - dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), clipped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = (dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from the month of start to the month of end, both included."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def to_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(np.datetime64(value, "D")))


@dataclass(frozen=True)
class Window:
    """A run of days, both ends included."""

    start: dt.date
    end: dt.date

    @property
    def whole_months(self) -> bool:
        return self.start.day == 1 and self.end == month_end(self.end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> int:
        return months_between(self.start, self.end)

    def exposure(self, unit: str) -> float:
        return float(self.months if unit == UNIT_MONTH else self.days)

    def label(self) -> str:
        """'2020-04' (one month), '2020-01/2020-03' (whole months), else '2020-04-01/2020-04-15'."""
        if self.whole_months:
            first, last = self.start.strftime("%Y-%m"), self.end.strftime("%Y-%m")
            return first if first == last else "{0}/{1}".format(first, last)
        return "{0}/{1}".format(self.start.isoformat(), self.end.isoformat())

    def shifted(self, months: int = 0, days: int = 0) -> "Window":
        if months:
            if self.whole_months:
                start = add_months(self.start, months)
                return Window(start, month_end(add_months(start, self.months - 1)))
            return Window(add_months(self.start, months), add_months(self.end, months))
        return Window(self.start + dt.timedelta(days=days), self.end + dt.timedelta(days=days))

    def overlap(self, other: "Window") -> Optional["Window"]:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Window(start, end) if start <= end else None

    def contains(self, other: "Window") -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "label": self.label()}


# --------------------------------------------------------------------------- the plan of periods


@dataclass
class PeriodPlan:
    """The periods a comparison uses.

    ``current`` and ``baselines`` are the periods asked for; ``compared`` and
    ``compared_baselines`` what is compared after cutting to the data's
    coverage (the same as asked when nothing is partial). Exposures are in
    ``unit``.
    """

    baseline: str
    unit: str
    month_only: bool
    current: Window
    baselines: List[Window]
    compared: Window
    compared_baselines: List[Window]
    data: Optional[Window]
    notes: List[Tuple[str, dict]] = field(default_factory=list)

    @property
    def exposure_current(self) -> float:
        return self.compared.exposure(self.unit)

    @property
    def exposure_baseline(self) -> float:
        return float(sum(w.exposure(self.unit) for w in self.compared_baselines))

    @property
    def p0(self) -> float:
        """Under no change: the chance a record of either period is in the current one."""
        return self.exposure_current / (self.exposure_current + self.exposure_baseline)

    @property
    def baseline_scale(self) -> float:
        """Baseline totals times this = the baseline per period of the current's exposure."""
        return self.exposure_current / self.exposure_baseline

    @property
    def partial(self) -> bool:
        return any(code in (NOTE_CURRENT_PARTIAL, NOTE_BASELINE_PARTIAL) for code, _ in self.notes)

    def baseline_label(self) -> str:
        wins = self.compared_baselines
        if len(wins) == 1:
            return wins[0].label()
        return "mean of {0}: {1}".format(len(wins), "; ".join(w.label() for w in wins))

    def windows(self) -> List[Window]:
        """Compared windows: the current first, then the baselines."""
        return [self.compared] + list(self.compared_baselines)

    def as_dict(self) -> dict:
        return {
            "baseline": self.baseline,
            "unit": self.unit,
            "month_only": self.month_only,
            "current": self.current.as_dict(),
            "baselines": [w.as_dict() for w in self.baselines],
            "compared_current": self.compared.as_dict(),
            "compared_baselines": [w.as_dict() for w in self.compared_baselines],
            "exposure_current": self.exposure_current,
            "exposure_baseline": self.exposure_baseline,
            "data": self.data.as_dict() if self.data is not None else None,
            "notes": [{"code": code, **{k: str(v) for k, v in details.items()}} for code, details in self.notes],
        }


def data_window(days: np.ndarray, month_only: bool) -> Optional[Window]:
    """The days the data cover: first to last dated record (whole months when month-only)."""
    days = np.asarray(days, dtype="datetime64[D]")
    present = days[~np.isnat(days)]
    if not len(present):
        return None
    first, last = to_date(present.min()), to_date(present.max())
    if month_only:
        return Window(month_start(first), month_end(last))
    return Window(first, last)


def baseline_windows(current: Window, baseline: str, n_periods: int = 1) -> List[Window]:
    """The baseline periods of a current period, latest first."""
    if baseline not in BASELINES:
        raise ValueError("unknown baseline {0!r}".format(baseline))
    if baseline == BASELINE_YEAR_EARLIER:
        if current.whole_months and current.months > 12 or not current.whole_months and current.shifted(months=-12).end >= current.start:
            raise PeriodError("year_earlier_overlaps", current=current.label())
        return [current.shifted(months=-12)]
    count = 1 if baseline == BASELINE_PREVIOUS else int(n_periods)
    if count < 1:
        raise PeriodError("n_periods", n_periods=n_periods)
    if current.whole_months:
        return [current.shifted(months=-k * current.months) for k in range(1, count + 1)]
    return [current.shifted(days=-k * current.days) for k in range(1, count + 1)]


def plan_periods(start: dt.date, end: dt.date, baseline: str, n_periods: int = 1, *,
                 month_only: bool = False, data: Optional[Window] = None) -> PeriodPlan:
    """The current and baseline periods, cut to the data's coverage.

    Raises PeriodError: ``start_after_end``, ``year_earlier_overlaps``,
    ``n_periods``, ``no_data`` (no dated records at all), ``current_no_data``,
    ``baseline_no_data`` (the baseline lies outside the data: e.g. longer than
    the data before the current period).
    """
    if start > end:
        raise PeriodError("start_after_end", start=start, end=end)
    notes: List[Tuple[str, dict]] = []
    current = Window(start, end)
    if month_only and not current.whole_months:
        current = Window(month_start(start), month_end(end))
        notes.append((NOTE_WIDENED, {"asked": Window(start, end).label(), "used": current.label()}))
    unit = UNIT_MONTH if month_only else UNIT_DAY
    baselines = baseline_windows(current, baseline, n_periods)
    if data is None:
        raise PeriodError("no_data")
    covered = current.overlap(data)
    if covered is None:
        raise PeriodError("current_no_data", current=current.label(), data=data.label())
    used = list(baselines)
    if baseline == BASELINE_MEAN:
        used = [w for w in baselines if data.contains(w)]
        dropped = [w for w in baselines if not data.contains(w)]
        if not used:
            raise PeriodError("baseline_no_data", baseline=baselines[-1].label() + " .. " + baselines[0].label(),
                              data=data.label(), periods=len(baselines))
        if dropped:
            notes.append((NOTE_BASELINE_DROPPED, {"dropped": ", ".join(w.label() for w in dropped),
                                                  "used": len(used), "asked": len(baselines)}))
    elif used[0].overlap(data) is None:
        raise PeriodError("baseline_no_data", baseline=used[0].label(), data=data.label(), periods=1)

    # Cut every window to the part of it (the same days or months from its start) that the
    # data cover in all of them: the start is cut where a window begins before the data, the
    # end where one ends after them; windows of unequal length are otherwise left whole.
    def offset(window: Window, day: dt.date) -> int:
        if unit == UNIT_MONTH:
            return months_between(window.start, day) - 1
        return (day - window.start).days

    lo, hi = 0, None
    for window in [current] + used:
        if window.start < data.start:
            lo = max(lo, offset(window, data.start))
        if window.end > data.end:
            end_offset = offset(window, data.end)
            hi = end_offset if hi is None else min(hi, end_offset)
    if hi is not None and lo > hi:
        raise PeriodError("baseline_no_data", baseline=used[0].label(), data=data.label(), periods=len(used))

    def cut(window: Window) -> Window:
        if unit == UNIT_MONTH:
            first = add_months(window.start, lo)
            last = window.end if hi is None else min(window.end, month_end(add_months(window.start, hi)))
            return Window(first, last)
        last = window.end if hi is None else min(window.end, window.start + dt.timedelta(days=hi))
        return Window(window.start + dt.timedelta(days=lo), last)

    compared = cut(current)
    compared_baselines = [cut(w) for w in used]
    if any(w.start > w.end for w in [compared] + compared_baselines):
        raise PeriodError("baseline_no_data", baseline=used[0].label(), data=data.label(), periods=len(used))
    if compared != current:
        notes.append((NOTE_CURRENT_PARTIAL, {"asked": current.label(), "compared": compared.label(), "data": data.label()}))
    for asked, got in zip(used, compared_baselines):
        if got != asked:
            notes.append((NOTE_BASELINE_PARTIAL, {"asked": asked.label(), "compared": got.label(), "data": data.label()}))
    return PeriodPlan(baseline, unit, month_only, current, baselines, compared, compared_baselines, data, notes)


def require_records(plan: PeriodPlan, days: np.ndarray) -> PeriodPlan:
    """The plan, checked against the dated records of the data (``days``, all of
    them, in any area or none): a compared period in which no record at all
    falls is most likely missing data, not a real zero. The current period, or
    a single baseline period, with no record raises PeriodError
    (``current_empty``, ``baseline_empty``); with the mean of N periods, empty
    baseline periods are left out (noted), and an error only when none is left."""
    days = np.asarray(days, dtype="datetime64[D]")
    days = days[~np.isnat(days)]
    if plan.month_only:
        days = floor_to_month(days)
    where = window_of(days, plan.windows())
    counts = np.bincount(where + 1, minlength=len(plan.windows()) + 1)[1:]
    if counts[0] == 0:
        raise PeriodError("current_empty", current=plan.compared.label())
    empty = [w for w, c in zip(plan.compared_baselines, counts[1:]) if c == 0]
    if not empty:
        return plan
    kept = [w for w, c in zip(plan.compared_baselines, counts[1:]) if c > 0]
    if plan.baseline != BASELINE_MEAN or not kept:
        raise PeriodError("baseline_empty", baseline=", ".join(w.label() for w in empty))
    notes = list(plan.notes) + [(NOTE_EMPTY_PERIOD, {"dropped": ", ".join(w.label() for w in empty),
                                                     "used": len(kept), "asked": len(plan.baselines)})]
    return PeriodPlan(plan.baseline, plan.unit, plan.month_only, plan.current, plan.baselines, plan.compared,
                      kept, plan.data, notes)


def window_of(days: np.ndarray, windows: Sequence[Window]) -> np.ndarray:
    """Per record: the index of the window holding its day (-1: none). Windows do not overlap."""
    days = np.asarray(days, dtype="datetime64[D]")
    out = np.full(len(days), -1, dtype=np.int64)
    for k, w in enumerate(windows):
        inside = (days >= np.datetime64(w.start, "D")) & (days <= np.datetime64(w.end, "D"))
        out[inside & (out < 0)] = k
    return out


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


def floor_to_month(days: np.ndarray) -> np.ndarray:
    return np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]").astype("datetime64[D]")


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
