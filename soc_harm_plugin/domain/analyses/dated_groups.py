"""Dated records from the counts a database sends back (harmchange and harmtrend on the PostGIS path).

The database groups the records by code, date, filter result and geometry
state (:class:`~..harm.grouped.ValueGroup`), and the records it placed in
areas by area, code and date. :func:`dated_from_groups` turns those counts
into the rows of :class:`~.change.DatedRecords`, each as the desktop path
makes it for the same records: the same status, weight, harm-table code, day
and date flags, collapsed with a count (``.collapse``) as the desktop
collapses the records it reads, so both paths hold the same rows.

Pure module (numpy only; never import qgis here).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..codes import ASSIGNED, FILTERED, INVALID, NO_GEOMETRY, OUTSIDE
from ..harm.grouped import OK, ScopePlan, ValueGroup
from ..periods.dates import parse_dates
from .change import DatedRecords
from .collapse import collapse_dated


@dataclass
class DatedGroups:
    """What :func:`dated_from_groups` gives: the rows, each row's harm-table code
    (None: none), and how month-only the dates are in the data alone
    ("data": every date, "mixed": some, "": none)."""

    records: DatedRecords
    table_codes: np.ndarray
    month_only_in_data: str


def dated_from_groups(groups: Sequence[ValueGroup], placed: Dict[Tuple[Optional[str], object], List[Tuple[int, int]]],
                      plan: ScopePlan) -> DatedGroups:
    """The rows of the records (collapsed, with counts), from the groups and ``placed`` ((code, date) -> [(area index,
    records)] of the located records in scope that lie in an area). Every other located
    record in scope is outside. Raises ValueError when more records were placed than
    located (the two counts come from different queries and must agree)."""
    values = list(plan.day_of)  # distinct date values, in the order a reader meets them
    parsed = parse_dates(values)
    position = {value: k for k, value in enumerate(values)}
    weight_of = dict(zip(plan.codes, plan.weights))

    counts: List[int] = []
    area: List[int] = []
    weight: List[float] = []
    date_at: List[int] = []  # position in values, -1: no date
    status: List[str] = []
    table_code: List[Optional[str]] = []

    def add(n: int, where: int, w: float, at: int, code_status: str, code: Optional[str]) -> None:
        if n > 0:
            counts.append(n)
            area.append(where)
            weight.append(w)
            date_at.append(at)
            status.append(code_status)
            table_code.append(code)

    for g in sorted(groups, key=lambda g: float("inf") if g.first is None else float(g.first)):
        at = -1 if g.date is None else position[g.date]
        if not g.passes:
            add(g.n, -1, 0.0, at, FILTERED, None)
            continue
        w = plan.fill if g.code is None else weight_of.get(g.code, plan.fill)
        code = None if g.code is None else plan.table_codes.get(g.code)
        if g.state != OK:
            add(g.n, -1, w, at, NO_GEOMETRY if g.state == NO_GEOMETRY else INVALID, code)
            continue
        in_areas = 0
        for index, n in sorted(placed.get((g.code, g.date), [])):
            add(n, index, w, at, ASSIGNED, code)
            in_areas += n
        if in_areas > g.n:
            raise ValueError("{0} records of code {1!r} and date {2!r} placed in areas, but only {3} were "
                             "located".format(in_areas, g.code, g.date, g.n))
        add(g.n - in_areas, -1, w, at, OUTSIDE, code)

    at = np.asarray(date_at, dtype=np.int64)
    dated = at >= 0
    day = np.full(len(at), np.datetime64("NaT"), dtype="datetime64[D]")
    unparseable = np.zeros(len(at), dtype=bool)
    if len(values):
        day[dated] = parsed.day.astype("datetime64[D]")[at[dated]]
        unparseable[dated] = parsed.unparseable[at[dated]]
    present = ~np.isnat(parsed.day)
    some = bool((parsed.month_only & present).any())
    in_data = "data" if parsed.all_month_only else ("mixed" if some else "")
    rows = DatedRecords(
        area_index=np.asarray(area, dtype=np.int64), weight=np.asarray(weight, dtype=float), day=day,
        status=np.asarray(status + [None], dtype=object)[:-1], unparseable=unparseable, month_only=some,
        unparseable_examples=list(parsed.examples), count=np.asarray(counts, dtype=np.int64))
    records, codes = collapse_dated(rows, np.asarray(table_code + [None], dtype=object)[:-1])
    return DatedGroups(records, codes, in_data)
