"""The periods a comparison compares: a current period, its baseline, and what the data cover.

Pure module (numpy only); the planning behind ``socharm:harmchange`` and
``socharm:performanceframework`` (see :mod:`..analyses.change` for the
comparison itself).

The current period is ``[start, end]`` (both inclusive). Its baseline is one
of :data:`BASELINES` (enum order is public): the previous period of equal
length, the same period a year earlier, or the mean of the previous N periods
of equal length. A period that starts on the first of a month and ends on the
last day of a month is a run of whole months, and its baselines are runs of
the same number of whole months. With month-only dates (data.police.uk's
``2019-02``) every period is widened to whole months, because a month-only
record cannot be placed within its month.

Exposure: a period's length in days (full dates) or in months (month-only
dates, where every month weighs the same because the day is unknown).

Partial periods: the data cover the days from the first to the last dated
record (whole months with month-only dates). A period the data cover only in
part is never compared as if whole: every compared period is cut to the same
covered part (the same days or months from its start), and the plan says so.
With the mean of N periods, baseline periods not wholly covered are dropped
instead (and said so); none left is an error.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import numpy as np

from .calendar import DAY, MONTH, Window, add_months, floor_to_month, month_end, month_start, months_between, window_of

BASELINE_PREVIOUS = "previous"
BASELINE_YEAR_EARLIER = "year_earlier"
BASELINE_MEAN = "mean_previous"
BASELINES = (BASELINE_PREVIOUS, BASELINE_YEAR_EARLIER, BASELINE_MEAN)  # enum order is public

# plan notes (stable codes; the adapter words them)
NOTE_WIDENED = "widened_to_whole_months"
NOTE_CURRENT_PARTIAL = "current_partial"
NOTE_BASELINE_PARTIAL = "baseline_partial"
NOTE_BASELINE_DROPPED = "baseline_dropped"
NOTE_EMPTY_PERIOD = "empty_period"


class PeriodError(ValueError):
    """A period that cannot be compared. ``code`` is stable; ``details`` name the dates."""

    def __init__(self, code: str, **details):
        super().__init__("{0}: {1}".format(code, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items()))))
        self.code = code
        self.details = details


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


def baseline_windows(current: Window, baseline: str, n_periods: int = 1) -> List[Window]:
    """The baseline periods of a current period, latest first."""
    if baseline not in BASELINES:
        raise ValueError("unknown baseline {0!r}".format(baseline))
    if baseline == BASELINE_YEAR_EARLIER:
        if current.whole_months and current.months > 12 or not current.whole_months and current.shifted(
            months=-12).end >= current.start:
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
    unit = MONTH if month_only else DAY
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
        if unit == MONTH:
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
        if unit == MONTH:
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
        notes.append((NOTE_CURRENT_PARTIAL, {"asked": current.label(), "compared": compared.label(),
                                             "data": data.label()}))
    for asked, got in zip(used, compared_baselines):
        if got != asked:
            notes.append((NOTE_BASELINE_PARTIAL, {"asked": asked.label(), "compared": got.label(),
                                                  "data": data.label()}))
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
