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
        day = np.asarray(day, dtype="datetime64[D]").view(np.int64)
        part = _collapse(np.asarray(area_index, dtype=np.int64), day, w.view(np.int64), kind, counts)
        self.records += n if count is None else int(np.sum(count))
        self._pending.append(part)
        if sum(len(p[0]) for p in self._pending) >= max(len(self._merged[0]) if self._merged else 0, 1 << 16):
            self._merge()

    def _merge(self) -> None:
        parts = ([self._merged] if self._merged is not None else []) + self._pending
        self._pending = []
        if not parts:
            return
        if len(parts) == 1:
            self._merged = parts[0]
            return
        self._merged = _collapse(*(np.concatenate([p[k] for p in parts]) for k in range(5)))

    @property
    def rows(self) -> int:
        """Rows held so far (before the last merge)."""
        return sum(len(p[0]) for p in ([self._merged] if self._merged is not None else []) + self._pending)

    def result(self, month_only: bool = False, examples: Optional[List[str]] = None
               ) -> Tuple[DatedRecords, np.ndarray]:
        """(records, table code per row) of every batch added."""
        self._merge()
        if self._merged is None:
            self._merged = tuple(np.zeros(0, dtype=np.int64) for _ in range(5))
        area, day, wbits, kind, count = self._merged
        unparseable = (kind & 1).astype(bool)
        status = self._statuses.objects((kind >> 1) & (MAX_STATUSES - 1))
        theme = self._themes.objects((kind >> (1 + _STATUS_BITS)) & ((1 << _THEME_BITS) - 1))
        code = self._codes.objects(kind >> (1 + _STATUS_BITS + _THEME_BITS))
        records = DatedRecords(
            area_index=area, weight=wbits.view(np.float64), day=day.view("datetime64[D]"), status=status,
            unparseable=unparseable, month_only=month_only, unparseable_examples=list(examples or []),
            measure=theme if self.themed else None, count=count)
        return records, code


def _collapse(area, day, wbits, kind, count) -> Tuple[np.ndarray, ...]:
    """Rows that agree on (area, day, weight, kind) as one, their counts added; sorted by those keys."""
    if not len(area):
        return area, day, wbits, kind, count
    order = np.lexsort((kind, wbits, day, area))
    area, day, wbits, kind, count = (c[order] for c in (area, day, wbits, kind, count))
    new = np.ones(len(area), dtype=bool)
    new[1:] = (area[1:] != area[:-1]) | (day[1:] != day[:-1]) | (wbits[1:] != wbits[:-1]) | (kind[1:] != kind[:-1])
    starts = np.flatnonzero(new)
    return area[starts], day[starts], wbits[starts], kind[starts], np.add.reduceat(count, starts)


def collapse_dated(records: DatedRecords, table_codes=None) -> Tuple[DatedRecords, np.ndarray]:
    """:class:`DatedRecords` (one row per record) collapsed in one batch: (records, table code per row)."""
    collector = DatedCollector(themed=records.measure is not None)
    collector.add(records.area_index, records.weight, records.day, records.status, records.unparseable,
                  records.measure, table_codes, count=records.count)
    return collector.result(records.month_only, records.unparseable_examples)
