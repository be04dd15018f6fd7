"""The calendar: months, runs of days (:class:`Window`) and the periods a user asks for.

Pure module (numpy only). Dates are ``datetime.date`` one at a time and
``datetime64[D]`` in columns. A month is numbered from 1970-01 (month 0), so
calendar months, quarters and years are plain integer arithmetic on columns:
:func:`bin_of` gives each day its month, quarter or year, :func:`bin_window`
and :func:`bin_label` say which days that is and how to write it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

DAY, MONTH, QUARTER, YEAR = "day", "month", "quarter", "year"
# enum order is public (socharm:harmtrend UNIT, socharm:emerginghotspots TIME_STEP)
CALENDAR_UNITS = (MONTH, QUARTER, YEAR)
MONTHS_IN = {MONTH: 1, QUARTER: 3, YEAR: 12}
_EPOCH_YEAR = 1970


@dataclass
class Period:
    """A period as the user gives it: both ends included, either may be open (None)."""

    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None


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


def floor_to_month(days: np.ndarray) -> np.ndarray:
    """Each day as the first day of its month."""
    return np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]").astype("datetime64[D]")


def month_number(days: np.ndarray) -> np.ndarray:
    """Months since 1970-01 (int64); NaT gives the smallest int64."""
    months = np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]")
    return months.astype(np.int64)


def month_of(day: dt.date) -> int:
    """The month number (months since 1970-01) of one date."""
    return (day.year - _EPOCH_YEAR) * 12 + day.month - 1


def month_first_day(number: int) -> dt.date:
    """The first day of month ``number`` (months since 1970-01)."""
    year, month0 = divmod(int(number), 12)
    return dt.date(_EPOCH_YEAR + year, month0 + 1, 1)


def bin_of(days: np.ndarray, unit: str) -> np.ndarray:
    """Each day's period number: months, quarters or years since 1970 (floor); NaT gives -2**62."""
    days = np.asarray(days, dtype="datetime64[D]")
    m = month_number(days)
    out = np.floor_divide(m, MONTHS_IN[unit])
    out[np.isnat(days)] = -(2 ** 62)
    return out


def bin_window(number: int, unit: str) -> Window:
    first_month = int(number) * MONTHS_IN[unit]
    start = to_date(np.datetime64(first_month, "M"))
    last = to_date(np.datetime64(first_month + MONTHS_IN[unit] - 1, "M"))
    return Window(start, month_end(last))


def bin_label(number: int, unit: str) -> str:
    """'2020-04', '2020-Q2' or '2020'."""
    first_month = int(number) * MONTHS_IN[unit]
    year, month0 = divmod(first_month + _EPOCH_YEAR * 12, 12)
    if unit == MONTH:
        return "{0:04d}-{1:02d}".format(year, month0 + 1)
    if unit == QUARTER:
        return "{0:04d}-Q{1}".format(year, month0 // 3 + 1)
    return "{0:04d}".format(year)


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
        return float(self.months if unit == MONTH else self.days)

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


def window_of(days: np.ndarray, windows: Sequence[Window]) -> np.ndarray:
    """Per record: the index of the window holding its day (-1: none). Windows do not overlap."""
    days = np.asarray(days, dtype="datetime64[D]")
    out = np.full(len(days), -1, dtype=np.int64)
    for k, w in enumerate(windows):
        inside = (days >= np.datetime64(w.start, "D")) & (days <= np.datetime64(w.end, "D"))
        out[inside & (out < 0)] = k
    return out


