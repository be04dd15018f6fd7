"""Reading dates: full dates and month-only dates (data.police.uk's ``2019-02``),
whether a record falls in a period, and dates kept as whole months."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..columns import Factorized
from ..lazy import pd  # imported on first use

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")
_UK = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?$")
# a month re-saved as a full date by a spreadsheet (parse_month): the date alone, no time
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass
class ParsedDates:
    day: np.ndarray  # datetime64[D]; the first of the month for month-only values; NaT if none
    month_only: np.ndarray  # bool
    unparseable: np.ndarray  # bool: a value was there but is not a date
    examples: list  # up to five unparseable values, as text

    @property
    def all_month_only(self) -> bool:
        present = ~np.isnat(self.day)
        return bool(present.any() and self.month_only[present].all())


def _parse_one(value):
    """(date or None, month_only, unparseable) for one value."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None, False, False
    if isinstance(value, pd.Timestamp):
        return (None, False, False) if pd.isna(value) else (value.date(), False, False)
    if isinstance(value, dt.datetime):
        return value.date(), False, False
    if isinstance(value, dt.date):
        return value, False, False
    if isinstance(value, np.datetime64):
        return (None, False, False) if np.isnat(value) else (pd.Timestamp(value).date(), False, False)
    text = str(value).strip()
    if not text or text.upper() in ("NULL", "NAN", "NAT"):
        return None, False, False
    try:
        m = _MONTH.match(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), 1), True, False
        m = _ISO.match(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False, False
        m = _UK.match(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), False, False
    except ValueError:
        pass
    return None, False, True


def parse_dates(values) -> ParsedDates:
    """Parse a column of dates; each distinct value is parsed once."""
    values = pd.Series(list(values) if not isinstance(values, pd.Series) else values, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=True) if _new_pandas() else pd.factorize(values,
            na_sentinel=-1)
    parsed = [_parse_one(v) for v in uniques]
    u_day = np.array([np.datetime64(p[0], "D") if p[0] else np.datetime64("NaT", "D") for p in parsed] + [
        np.datetime64("NaT", "D")], dtype="datetime64[D]")
    u_month = np.array([p[1] for p in parsed] + [False], dtype=bool)
    u_bad = np.array([p[2] for p in parsed] + [False], dtype=bool)
    examples = [str(v) for v, p in zip(uniques, parsed) if p[2]][:5]
    return ParsedDates(u_day[codes], u_month[codes], u_bad[codes], examples)


def parse_date_column(column) -> ParsedDates:
    """parse_dates, once per distinct value of a Factorized column."""
    if not isinstance(column, Factorized):
        return parse_dates(column)
    once = parse_dates(column.values)
    return ParsedDates(
        day=column.lookup(once.day, np.datetime64("NaT", "D")).astype("datetime64[D]"),
        month_only=column.lookup(once.month_only, False).astype(bool),
        unparseable=column.lookup(once.unparseable, False).astype(bool),
        examples=once.examples,
    )


def _new_pandas() -> bool:
    major, minor = (int(p) for p in pd.__version__.split(".")[:2])
    return (major, minor) >= (1, 5)


def in_period(dates: ParsedDates, start: Optional[dt.date], end: Optional[dt.date]) -> np.ndarray:
    """True where a record falls in [start, end] (both inclusive).

    A month-only record is in the period when its month lies between the
    month of start and the month of end: a period is a run of whole months.
    Records with no date are never in a bounded period.
    """
    day = dates.day
    keep = ~np.isnat(day)
    if start is not None:
        s = np.datetime64(start, "D")
        s_month = np.datetime64(start, "M").astype("datetime64[D]")
        keep &= np.where(dates.month_only, day >= s_month, day >= s)
    if end is not None:
        e = np.datetime64(end, "D")
        e_month = np.datetime64(end, "M").astype("datetime64[D]")
        keep &= np.where(dates.month_only, day <= e_month, day <= e)
    return keep


def as_month_text(column):
    """The same column with every readable date written ``YYYY-MM``: for a field
    known to hold month-only dates stored as the first of the month (e.g. by
    the data.police.uk importer), so periods count whole months. Values that
    are not dates are kept as they are (still unparseable, still counted)."""

    def convert(values) -> np.ndarray:
        parsed = [_parse_one(v) for v in values]
        return np.array([p[0].strftime("%Y-%m") if p[0] else v for v, p in zip(values, parsed)], dtype=object)

    if isinstance(column, Factorized):
        return Factorized(column.index, list(convert(column.values)))
    return convert(np.asarray(column, dtype=object))


def parse_month(text: str) -> Optional[np.datetime64]:
    """The first day of the month of 'YYYY-MM' (data.police.uk's form); a full
    date a spreadsheet may have re-saved it as ('2019-02-01', '01/02/2019')
    is read as its month. None when it is not a month."""
    text = text.strip()
    year = month = None
    m = _MONTH.match(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), 1
    else:
        m = _ISO_DAY.match(text)
        if m:
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = _UK_DAY.match(text)
            if m:
                year, month, day = int(m.group(3)), int(m.group(2)), int(m.group(1))
    if year is None or not 1 <= month <= 12 or not 1 <= day <= 31 or not 1800 <= year <= 2999:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return np.datetime64("{0:04d}-{1:02d}-01".format(year, month), "D")
