"""Dated records collapsed as they are read: one row per distinct record, with a count.

Pure module (numpy; pandas only to factorise plain object columns).

Change, trend, drivers, emerging hot spots and the performance framework
need of each record only its area, weight, day, status, whether its date
could not be read, its theme (measure) and its harm-table code. Records
that agree on all of these are interchangeable: every count is a sum of
records and every harm a sum of weights, and the harm test depends on the
weights only through how many records hold each weight. So
:class:`DatedCollector` keeps one row per distinct combination with a
``count`` (how many records it stands for), collapsing each batch of records
as it comes and merging the collapsed batches as it goes: memory grows with
the distinct (area, day, weight, status, theme, code) combinations, not with
the records.

The rows come out sorted by area, day, weight and the rest, whatever the
batches were, so a run in batches of three records and a run in one batch
give the same rows and the same counts, bit for bit.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import numpy as np

from ..columns import Factorized, object_array
from .change import DatedRecords

# the packed "kind" of a row: table code, theme, status and the unparseable flag in one int64
_STATUS_BITS = 6
_THEME_BITS = 20
_CODE_BITS = 20
MAX_STATUSES = 1 << _STATUS_BITS
MAX_THEMES = (1 << _THEME_BITS) - 1  # one value is kept for "no theme"
MAX_CODES = (1 << _CODE_BITS) - 1  # ... and one for "no code"


class _Values:
    """Distinct values (None included) numbered in order of first appearance, over every batch."""

    def __init__(self, limit: int, what: str):
        self.position: Dict[object, int] = {None: 0}
        self.values: List[object] = [None]
        self.limit = limit
        self.what = what

    def codes(self, column) -> np.ndarray:
        """Each record's number (0: None)."""
        column = Factorized.of(column)
        remap = np.empty(len(column.values) + 1, dtype=np.int64)
        remap[-1] = 0
        for j, value in enumerate(column.values):
            k = self.position.get(value)
            if k is None:
                if len(self.values) > self.limit:
                    raise ValueError("more than {0} distinct {1}".format(self.limit, self.what))
                k = self.position[value] = len(self.values)
                self.values.append(value)
            remap[j] = k
        return remap[np.asarray(column.index, dtype=np.int64)]

    def objects(self, codes: np.ndarray) -> np.ndarray:
        return object_array(self.values)[codes]


class DatedCollector:
    """Collapse batches of dated records into :class:`DatedRecords` with a count per row.

    ``add`` takes one batch (one value per record); ``result`` gives every
    batch added as one :class:`DatedRecords` (``count`` set) and each row's
    harm-table code (None: none), rows sorted by area, day and weight.
    ``themed``: whether the records carry a theme (``measure``)."""

    def __init__(self, themed: bool = False):
        self.themed = themed
        self._statuses = _Values(MAX_STATUSES - 1, "statuses")
        self._themes = _Values(MAX_THEMES, "themes")
        self._codes = _Values(MAX_CODES, "harm-table codes")
        self._merged: Optional[Tuple[np.ndarray, ...]] = None  # (area, day, weight bits, kind, count)
        self._pending: List[Tuple[np.ndarray, ...]] = []
        self.records = 0

    def add(self, area_index, weight, day, status, unparseable, measure=None, table_code=None,
            status_labels: Optional[Tuple] = None, count=None) -> None:
        """One batch. ``status``: codes as text, or small integers into ``status_labels``;
        ``measure`` and ``table_code``: object or :class:`Factorized` columns (None: none);
        ``count``: the records each row stands for (None: one each)."""
        n = len(area_index)
        if status_labels is not None:
            status = Factorized(np.asarray(status, dtype=np.int64), list(status_labels))
        status_code = self._statuses.codes(status)
        theme_code = self._themes.codes(measure) if measure is not None else np.zeros(n, dtype=np.int64)
        code_code = self._codes.codes(table_code) if table_code is not None else np.zeros(n, dtype=np.int64)
        kind = ((code_code << _THEME_BITS | theme_code) << _STATUS_BITS | status_code) << 1
        kind |= np.asarray(unparseable, dtype=bool).astype(np.int64)
        w = np.asarray(weight, dtype=float) + 0.0  # -0.0 is 0.0
        counts = np.ones(n, dtype=np.int64) if count is None else np.asarray(count, dtype=np.int64)
        part = _collapse([np.asarray(area_index, dtype=np.int32), _day_number(day), w.view(np.int64), kind, counts])
        self.records += n if count is None else int(np.sum(count))
        self._pending.append(part)
        if sum(len(p[0]) for p in self._pending) >= max(len(self._merged[0]) if self._merged else 0, 1 << 16):
            self._merge()

    def _merge(self) -> None:
        """Every part held as one, collapsed: each column joined, then its parts let go
        (the peak is about twice the rows held, not five times)."""
        parts = ([self._merged] if self._merged is not None else []) + self._pending
        self._merged, self._pending = None, []
        if len(parts) <= 1:
            self._merged = parts[0] if parts else None
            return
        columns = []
        for k in range(5):
            columns.append(np.concatenate([p[k] for p in parts]))
            for p in parts:
                p[k] = None
        del parts
        self._merged = _collapse(columns)

    @property
    def rows(self) -> int:
        """Rows held so far (before the last merge)."""
        return sum(len(p[0]) for p in ([self._merged] if self._merged is not None else []) + self._pending)

    def result(self, month_only: bool = False, examples: Optional[List[str]] = None
               ) -> Tuple[DatedRecords, np.ndarray]:
        """(records, table code per row) of every batch added."""
        self._merge()
        merged = self._merged if self._merged is not None else _collapse([
            np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)] + [np.zeros(0, dtype=np.int64)] * 3)
        self._merged = None
        area, day, wbits, kind, count = merged
        del merged
        unparseable = (kind & 1).astype(bool)
        kind >>= 1
        status = self._statuses.objects(kind & (MAX_STATUSES - 1))
        kind >>= _STATUS_BITS
        theme = self._themes.objects(kind & ((1 << _THEME_BITS) - 1)) if self.themed else None
        kind >>= _THEME_BITS
        code = self._codes.objects(kind)
        del kind
        records = DatedRecords(
            area_index=area.astype(np.int64), weight=wbits.view(np.float64), day=_day_of(day), status=status,
            unparseable=unparseable, month_only=month_only, unparseable_examples=list(examples or []),
            measure=theme, count=count)
        return records, code


_NO_DAY = np.iinfo(np.int32).min  # NaT as a day number: no real day is 5.8 million years before 1970


def _day_number(day) -> np.ndarray:
    """Days since 1970 as int32 (NaT: _NO_DAY)."""
    days = np.asarray(day, dtype="datetime64[D]")
    number = days.view(np.int64).astype(np.int32)
    number[np.isnat(days)] = _NO_DAY
    return number


def _day_of(number: np.ndarray) -> np.ndarray:
    day = number.astype(np.int64)
    day[number == _NO_DAY] = np.iinfo(np.int64).min  # NaT
    return day.view("datetime64[D]")


def _collapse(columns: list) -> list:
    """Rows that agree on (area, day, weight bits, kind) as one, their counts added; sorted by
    those keys. ``columns``: [area, day, weight bits, kind, count], let go of as they are sorted."""
    n = len(columns[0])
    if not n:
        return columns
    order = np.lexsort((columns[3], columns[2], columns[1], columns[0]))
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for k in range(4):
        columns[k] = columns[k][order]
        new[1:] |= columns[k][1:] != columns[k][:-1]
    starts = np.flatnonzero(new)
    del new
    columns[4] = np.add.reduceat(columns[4][order], starts)
    del order
    for k in range(4):
        columns[k] = columns[k][starts]
    return columns


def collapse_dated(records: DatedRecords, table_codes=None) -> Tuple[DatedRecords, np.ndarray]:
    """:class:`DatedRecords` (one row per record) collapsed in one batch: (records, table code per row)."""
    collector = DatedCollector(themed=records.measure is not None)
    collector.add(records.area_index, records.weight, records.day, records.status, records.unparseable,
                  records.measure, table_codes, count=records.count)
    return collector.result(records.month_only, records.unparseable_examples)
