"""Score and rank areas by harm: every record weighted, every record accounted for.

``score_harm`` is the engine behind ``socharm:scoreharm``: it takes plain
arrays (events, areas, a harm table) and returns area scores, one row per
record with its status, and a reconciliation whose counts add up to the
records in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .geometry_index import Assignment, points_in_polygons, points_to_nearest_lines
from .harm_table import HarmTable, match_codes
from .periods import ParsedDates, in_period, parse_dates

# Record status codes (stable: written into outputs; translate only labels)
ASSIGNED = "assigned"
OUTSIDE = "outside"
NO_GEOMETRY = "no_geometry"
INVALID = "invalid"
FILTERED = "filtered"
OUT_OF_PERIOD = "out_of_period"
RECORD_STATUSES = (ASSIGNED, OUTSIDE, NO_GEOMETRY, INVALID, FILTERED, OUT_OF_PERIOD)

# What to do with a code the harm table has no weight for (enum order is public)
MISSING_FAIL = "fail"
MISSING_ZERO = "zero"
MISSING_DEFAULT = "default"
MISSING_POLICIES = (MISSING_FAIL, MISSING_ZERO, MISSING_DEFAULT)

# Output fields added to every area (public names)
SCORE_FIELDS = ("harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2", "harm_per_1000")


class MissingWeightError(ValueError):
    """Codes with no weight in the harm table when the policy is 'fail'."""

    def __init__(self, missing: Dict[str, int]):
        super().__init__("codes with no weight: {0}".format(", ".join(sorted(missing))))
        self.missing = missing


@dataclass
class Events:
    """Event records as columns. x/y are NaN where the record has no usable point."""

    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    geometry_status: np.ndarray  # "ok", NO_GEOMETRY or INVALID per record
    codes: np.ndarray
    dates: Optional[np.ndarray] = None
    passes_filter: Optional[np.ndarray] = None  # bool; None means no filter

    def __len__(self) -> int:
        return len(self.fid)


@dataclass
class Areas:
    ids: list
    geometries: list  # WKB bytes or shapely geometries; None for empty
    area_m2: np.ndarray
    population: Optional[np.ndarray] = None
    is_lines: bool = False


@dataclass
class Period:
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class HarmResult:
    scores: pd.DataFrame  # one row per area, columns SCORE_FIELDS
    records: pd.DataFrame  # one row per event: area_index, area_id, weight, table_code, code, date, status, distance
    reconciliation: dict
    missing_codes: Dict[str, int]
    flagged: Dict[str, int]
    shared_boundary_points: int
    month_only: bool
    unparseable_dates: List[str] = field(default_factory=list)


def rank_descending(values: Sequence[float]) -> np.ndarray:
    """1 = largest; ties share the lower rank (1, 2, 2, 4)."""
    return pd.Series(np.asarray(values, dtype=float)).rank(method="min", ascending=False).fillna(0).astype(np.int64).to_numpy()


def reconcile(statuses: Sequence[str]) -> dict:
    """Records in and the count per status code; the counts add up to records in."""
    counts = pd.Series(np.asarray(statuses, dtype=object)).value_counts()
    by_status = {code: int(counts.get(code, 0)) for code in RECORD_STATUSES}
    for code, n in counts.items():  # any unexpected code is still counted
        by_status.setdefault(str(code), int(n))
    return {"records_in": int(len(statuses)), "by_status": by_status}


def assign_events(events: Events, areas: Areas, tolerance: float, engine: str = "auto") -> Assignment:
    usable = events.geometry_status == "ok"
    x = np.where(usable, events.x, np.nan)
    y = np.where(usable, events.y, np.nan)
    if areas.is_lines:
        return points_to_nearest_lines(x, y, areas.geometries, areas.ids, tolerance)
    return points_in_polygons(x, y, areas.geometries, areas.ids, engine=engine)


def score_areas(n_areas: int, area_index: np.ndarray, weights: np.ndarray,
                area_m2: np.ndarray, population: Optional[np.ndarray] = None) -> pd.DataFrame:
    """Count, harm, rank, share and rates per area from each record's area and weight."""
    hit = area_index >= 0
    harm_n = np.bincount(area_index[hit], minlength=n_areas).astype(np.int64)
    harm = np.bincount(area_index[hit], weights=weights[hit], minlength=n_areas)
    total = harm.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = harm / total * 100.0 if total > 0 else np.zeros(n_areas)
        km2 = np.asarray(area_m2, dtype=float) / 1e6
        per_km2 = np.where(km2 > 0, harm / km2, np.nan)
        if population is not None:
            pop = np.asarray(population, dtype=float)
            per_1000 = np.where(pop > 0, harm / pop * 1000.0, np.nan)
        else:
            per_1000 = np.full(n_areas, np.nan)
    return pd.DataFrame({
        "harm_n": harm_n,
        "harm_score": harm,
        "harm_rank": rank_descending(harm),
        "harm_share": share,
        "harm_per_km2": per_km2,
        "harm_per_1000": per_1000,
    })


def score_harm(events: Events, areas: Areas, table: HarmTable, *,
               missing_policy: str = MISSING_ZERO, default_weight: float = 0.0,
               period: Optional[Period] = None, tolerance: float = 50.0,
               engine: str = "auto") -> HarmResult:
    """Weight every event, assign it to an area, score and rank the areas.

    Status precedence per record: filtered, then date (invalid when a bounded
    period meets an unparseable date; out_of_period), then geometry
    (no_geometry, invalid), then outside or assigned.
    """
    n = len(events)
    period = period or Period()
    status = np.full(n, ASSIGNED, dtype=object)

    dates: Optional[ParsedDates] = parse_dates(events.dates) if events.dates is not None else None
    in_scope = np.ones(n, dtype=bool)
    if events.passes_filter is not None:
        filtered = ~np.asarray(events.passes_filter, dtype=bool)
        status[filtered] = FILTERED
        in_scope &= ~filtered
    if dates is not None and period.bounded:
        bad_date = in_scope & dates.unparseable
        status[bad_date] = INVALID
        in_scope &= ~bad_date
        out = in_scope & ~in_period(dates, period.start, period.end)
        status[out] = OUT_OF_PERIOD
        in_scope &= ~out

    geom_bad = in_scope & (events.geometry_status != "ok")
    status[geom_bad] = events.geometry_status[geom_bad]
    located = in_scope & ~geom_bad

    match = match_codes(table, np.asarray(events.codes, dtype=object)[in_scope])
    if match.missing and missing_policy == MISSING_FAIL:
        raise MissingWeightError(match.missing)
    weights = np.zeros(n)
    table_code = np.full(n, None, dtype=object)
    scope_weights = match.weights.copy()
    fill = default_weight if missing_policy == MISSING_DEFAULT else 0.0
    scope_weights[np.isnan(scope_weights)] = fill
    weights[in_scope] = scope_weights
    table_code[in_scope] = match.table_code

    assignment = assign_events(_subset(events, located), areas, tolerance, engine)
    area_index = np.full(n, -1, dtype=np.int64)
    area_index[located] = assignment.index
    distance = np.full(n, np.nan)
    if assignment.distance is not None:
        distance[located] = assignment.distance
    status[located & (area_index < 0)] = OUTSIDE
    weights[~in_scope] = 0.0

    scores = score_areas(len(areas.ids), area_index, weights, areas.area_m2, areas.population)
    ids = np.asarray(areas.ids, dtype=object)
    records = pd.DataFrame({
        "area_index": area_index,
        "area_id": np.where(area_index >= 0, ids[np.maximum(area_index, 0)] if len(ids) else None, None),
        "weight": weights,
        "table_code": table_code,
        "code": np.asarray(events.codes, dtype=object),
        "date": dates.day if dates is not None else np.full(n, np.datetime64("NaT", "D")),
        "status": status,
        "distance": distance,
    })
    return HarmResult(
        scores=scores,
        records=records,
        reconciliation=reconcile(status),
        missing_codes=match.missing,
        flagged=match.flagged,
        shared_boundary_points=assignment.multi,
        month_only=bool(dates.all_month_only) if dates is not None else False,
        unparseable_dates=dates.examples if dates is not None else [],
    )


def _subset(events: Events, mask: np.ndarray) -> Events:
    return Events(events.fid[mask], events.x[mask], events.y[mask],
                  events.geometry_status[mask], np.asarray(events.codes, dtype=object)[mask])
