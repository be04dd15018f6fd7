"""Scoring from counts made elsewhere: the database path of the harm algorithms.

When the records stay in a database, the database sends back only counts:
first one row per distinct (code, date, passes the filter, geometry state)
with its number of records (:class:`ValueGroup`), then, once the codes are
weighted and the period decided here, the records and harm per area. This
module holds the rules that turn those counts into exactly what
:func:`~.scoring.score_harm` gives for the same records: every code weighted
and matched by :func:`~.harm_table.normalise_code` (each distinct code is
normalised here, in Python, so the database never has to copy Unicode's
NFKC_Casefold), every date read by :func:`~..periods.dates.parse_dates`, the
same status precedence, reconciliation, missing and flagged codes, month-only
flag and examples of unreadable dates.

Pure module (numpy only; never import qgis here).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, List, Optional, Sequence

import numpy as np

from .harm_table import HarmTable, match_distinct
from ..codes import ASSIGNED, FILTERED, INVALID, LOCATED, NO_GEOMETRY, OUT_OF_PERIOD, OUTSIDE
from ..periods.calendar import Period
from .scoring import MISSING_DEFAULT, MISSING_FAIL, MissingWeightError, _reconciliation, scores_from_totals

OK = LOCATED  # a record with a usable point (read_layers' geometry status)
GEOMETRY_STATES = (OK, NO_GEOMETRY, INVALID)


@dataclass(frozen=True)
class ValueGroup:
    """The records that share a code, a date, a filter result and a geometry state.

    ``code`` is the code as text (None: no code), ``date`` the date as the
    database holds it (a ``datetime.date``, text, or None), ``passes`` whether
    the records pass the filter (True when there is none), ``state`` one of
    :data:`GEOMETRY_STATES`, ``n`` how many, ``first`` the smallest key among
    them (the order in which a reader meets the values; None when unknown).
    """

    code: Optional[str]
    date: object
    passes: bool
    state: str
    n: int
    first: Optional[int] = None


@dataclass
class ScopePlan:
    """What the database needs to place and weigh the records in scope, and the
    counts already decided by the groups alone.

    ``codes``/``weights``: every distinct code of a record in scope and the
    weight its records get (the table's, or the fill of the missing-weight
    policy), ``weights_text`` the same as exact decimal text (for SQL numeric);
    ``fill``: the weight of a record with no code or a code no row has.
    ``dates_in_scope``: the date values (as the database holds them) whose
    records lie in the period; None when every date is (no period).
    ``decided``: records per status decided before placement (filtered,
    invalid, out_of_period, no_geometry); ``located``: records in scope with a
    usable point, to be placed (assigned or outside).
    """

    codes: List[str]
    weights: List[float]
    fill: float
    table_codes: Dict[str, Optional[str]]
    dates_in_scope: Optional[list]
    decided: Dict[str, int]
    located: int
    records_in: int
    missing: Dict[str, int]
    flagged: Dict[str, int]
    month_only: bool
    unparseable_dates: List[str]
    multi_cut: int
    day_of: Dict[object, object] = field(default_factory=dict)  # date value -> datetime64[D] (NaT: none)

    @property
    def weights_text(self) -> List[str]:
        return [exact_text(w) for w in self.weights]

    @property
    def fill_text(self) -> str:
        return exact_text(self.fill)


def exact_text(weight: float) -> str:
    """A float as the shortest decimal text that reads back as the same float:
    SQL numeric sums of these are exact, whatever the order of the records."""
    return format(Decimal(repr(float(weight))), "f") if np.isfinite(weight) else "0"


def _first_key(first: Optional[int]) -> float:
    return float("inf") if first is None else float(first)


def plan_scope(groups: Sequence[ValueGroup], table: HarmTable, *, missing_policy: str, default_weight: float = 0.0,
               period: Optional[Period] = None, month_only_field: bool = False,
               dated: bool = True, multi_cut: int = 0) -> ScopePlan:
    """Weigh and date the distinct values of the groups as score_harm weighs and
    dates records (see the module docstring). ``month_only_field``: the date
    field holds month-only dates stored as the first of the month (read as
    ``YYYY-MM``). ``dated``: the events have a date field. ``multi_cut``: the
    multipoints of several points among the records (reported, as the desktop
    reader reports them).

    Raises MissingWeightError under the 'fail' policy, as score_harm does."""
    from ..periods.dates import as_month_text, in_period, parse_dates

    period = period or Period()
    records_in = int(sum(g.n for g in groups))
    # dates: each distinct value parsed once, in the order a reader meets them
    date_values: List[object] = []
    date_first: Dict[object, float] = {}
    for g in groups:
        if g.date is None:
            continue
        if g.date not in date_first:
            date_first[g.date] = _first_key(g.first)
            date_values.append(g.date)
        else:
            date_first[g.date] = min(date_first[g.date], _first_key(g.first))
    date_values.sort(key=lambda v: date_first[v])
    shown = list(as_month_text(date_values)) if month_only_field else list(date_values)
    parsed = parse_dates(shown) if dated else None
    date_status: Dict[object, str] = {}  # value -> "" (in period), INVALID or OUT_OF_PERIOD
    day_of: Dict[object, object] = {}
    month_only = False
    examples: List[str] = []
    if parsed is not None:
        present = ~np.isnat(parsed.day)
        month_only = bool(present.any() and parsed.month_only[present].all())
        examples = parsed.examples
        keep = in_period(parsed, period.start, period.end)
        for k, value in enumerate(date_values):
            day_of[value] = parsed.day[k]
            if not period.bounded:
                date_status[value] = ""
            elif parsed.unparseable[k]:
                date_status[value] = INVALID
            else:
                date_status[value] = "" if keep[k] else OUT_OF_PERIOD
    null_date_status = OUT_OF_PERIOD if period.bounded and dated else ""

    decided = {FILTERED: 0, INVALID: 0, OUT_OF_PERIOD: 0, NO_GEOMETRY: 0}
    located = 0
    code_count: Dict[Optional[str], int] = {}
    code_first: Dict[Optional[str], float] = {}
    for g in groups:
        if not g.passes:
            decided[FILTERED] += g.n
            continue
        status = null_date_status if g.date is None else date_status.get(g.date, "")
        if status:
            decided[status] += g.n
            continue
        code_count[g.code] = code_count.get(g.code, 0) + g.n
        code_first[g.code] = min(code_first.get(g.code, float("inf")), _first_key(g.first))
        if g.state == OK:
            located += g.n
        elif g.state == NO_GEOMETRY:
            decided[NO_GEOMETRY] += g.n
        else:
            decided[INVALID] += g.n

    codes = sorted((c for c in code_count if c is not None), key=lambda c: (code_first[c], c))
    match = match_distinct(table, codes)
    per_unique = np.array([code_count[c] for c in codes], dtype=np.int64)
    order = [i for i in range(len(codes)) if match.reported[i] and per_unique[i] > 0]
    missing, flagged = match.tally(code_count.get(None, 0), per_unique, order)
    if missing and missing_policy == MISSING_FAIL:
        raise MissingWeightError(missing)
    fill = float(default_weight) if missing_policy == MISSING_DEFAULT else 0.0
    weights = [fill if np.isnan(w) else float(w) for w in match.weights]
    table_codes = {c: match.table_code[i] for i, c in enumerate(codes)}
    dates_in_scope = None
    if period.bounded and dated:
        dates_in_scope = [v for v in date_values if date_status.get(v) == ""]
    return ScopePlan(codes=codes, weights=weights, fill=fill, table_codes=table_codes, dates_in_scope=dates_in_scope,
                     decided=decided, located=located, records_in=records_in, missing=missing, flagged=flagged,
                     month_only=month_only, unparseable_dates=examples, multi_cut=multi_cut, day_of=day_of)


@dataclass
class GroupedHarm:
    """What score_harm gives, without one row per record: the score columns,
    the reconciliation and what the log reports."""

    score_columns: Dict[str, np.ndarray]
    reconciliation: dict
    missing_codes: Dict[str, int]
    flagged: Dict[str, int]
    shared_boundary_points: int
    month_only: bool
    unparseable_dates: List[str] = field(default_factory=list)
    days: Optional[np.ndarray] = None  # each distinct date read, as datetime64[D] (the log's range of dates)

    @property
    def record_columns(self) -> "DatesRead":
        """What the log reads of score_harm's record columns: the dates."""
        return DatesRead(self.days)


@dataclass(frozen=True)
class DatesRead:
    date: Optional[np.ndarray]


def finish_scores(plan: ScopePlan, harm_n: np.ndarray, harm: np.ndarray, *, shared_boundary_points: int,
                  area_m2: np.ndarray, population: Optional[np.ndarray] = None) -> GroupedHarm:
    """The result, once the database has counted the records and harm of each
    area (``harm_n``, ``harm``: one value per area, in the areas' order). Every
    located record not in an area is outside."""
    harm_n = np.asarray(harm_n, dtype=np.int64)
    assigned = int(harm_n.sum())
    if assigned > plan.located:
        raise ValueError("{0} records placed in areas, but only {1} were located".format(assigned, plan.located))
    labels = [ASSIGNED, OUTSIDE, NO_GEOMETRY, INVALID, FILTERED, OUT_OF_PERIOD]
    counts = [assigned, plan.located - assigned, plan.decided[NO_GEOMETRY], plan.decided[INVALID],
              plan.decided[FILTERED], plan.decided[OUT_OF_PERIOD]]
    return GroupedHarm(
        score_columns=scores_from_totals(harm_n, harm, area_m2, population),
        reconciliation=_reconciliation(plan.records_in, labels, np.asarray(counts)),
        missing_codes=plan.missing,
        flagged=plan.flagged,
        shared_boundary_points=int(shared_boundary_points),
        month_only=plan.month_only,
        unparseable_dates=list(plan.unparseable_dates),
        days=np.array(list(plan.day_of.values()), dtype="datetime64[D]") if plan.day_of else None,
    )
