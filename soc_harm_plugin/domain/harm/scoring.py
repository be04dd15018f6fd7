"""Score and rank areas by harm: every record weighted, every record accounted for.

``score_harm`` is the engine behind ``socharm:scoreharm``: it takes plain
arrays (events, areas, a harm table) and returns area scores, one row per
record with its status, and a reconciliation whose counts add up to the
records in.

A million records are the normal case, so nothing here makes an object per
record: codes, statuses and dates travel as :class:`Factorized` columns (each
distinct value once, and an index per record), statuses as small integers,
and the per-record and per-area tables are built as DataFrames only when
asked for. pandas is imported only then (QGIS imports this module at every
start).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..codes import LOCATED, RECORD_STATUSES
from ..columns import Factorized, object_array
from ..geometry.geometry_index import Assignment, LineIndex, PolygonIndex, points_in_polygons, points_to_nearest_lines
from ..periods.calendar import Period
from ..periods.dates import in_period, parse_date_column
from .harm_table import HarmTable, match_distinct

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


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
    """Event records as columns. x/y are NaN where the record has no usable point.

    ``geometry_status`` ("ok", NO_GEOMETRY or INVALID per record), ``codes``
    and ``dates`` are arrays or :class:`Factorized` columns.
    """

    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    geometry_status: object
    codes: object
    dates: Optional[object] = None
    passes_filter: Optional[np.ndarray] = None  # bool; None means no filter
    extra: Dict[str, object] = field(default_factory=dict)  # more columns read with them, by field name

    def __len__(self) -> int:
        return len(self.fid)

    @classmethod
    def concat(cls, parts: Sequence["Events"]) -> "Events":
        """Batches of one layer's events as one: the same columns, in order."""
        if len(parts) == 1:
            return parts[0]

        def joined(columns):
            if columns[0] is None:
                return None
            if isinstance(columns[0], Factorized):
                return Factorized.concat(columns)
            return np.concatenate([np.asarray(c) for c in columns])

        return cls(
            fid=np.concatenate([p.fid for p in parts]), x=np.concatenate([p.x for p in parts]),
            y=np.concatenate([p.y for p in parts]), geometry_status=joined([p.geometry_status for p in parts]),
            codes=joined([p.codes for p in parts]), dates=joined([p.dates for p in parts]),
            passes_filter=joined([p.passes_filter for p in parts]),
            extra={name: joined([p.extra[name] for p in parts]) for name in parts[0].extra},
        )


@dataclass
class Areas:
    ids: list
    geometries: list  # WKB bytes or shapely geometries; None for empty
    area_m2: np.ndarray
    population: Optional[np.ndarray] = None
    is_lines: bool = False


@dataclass
class RecordColumns:
    """One value per record, as the engine made them: no object per record
    until a column is asked for."""

    area_index: np.ndarray  # -1: in no area
    area_ids: np.ndarray  # object array: the id of each area
    weight: np.ndarray
    table_code: object  # Factorized or object array: the table's spelling of the matched code, None if none
    code: object  # Factorized or object array: the code as the record holds it
    date: Optional[np.ndarray]  # datetime64[D]; None when the events have no dates
    status: np.ndarray  # small integers into status_labels
    status_labels: Tuple[Optional[str], ...]
    distance: np.ndarray

    def __len__(self) -> int:
        return len(self.area_index)

    def area_id(self) -> np.ndarray:
        ids = np.append(self.area_ids, None)
        return ids[np.where(self.area_index >= 0, self.area_index, len(self.area_ids))]

    def status_text(self) -> np.ndarray:
        return object_array(self.status_labels)[self.status]

    def dates(self) -> np.ndarray:
        return self.date if self.date is not None else np.full(len(self), np.datetime64("NaT", "D"))

    def to_frame(self) -> "pd.DataFrame":
        import pandas as pd

        return pd.DataFrame({
            "area_index": self.area_index,
            "area_id": self.area_id(),
            "weight": self.weight,
            "table_code": np.asarray(self.table_code, dtype=object),
            "code": np.asarray(self.code, dtype=object),
            "date": self.dates(),
            "status": self.status_text(),
            "distance": self.distance,
        })


@dataclass
class HarmResult:
    score_columns: Dict[str, np.ndarray]  # SCORE_FIELDS -> one value per area
    record_columns: Optional[RecordColumns]  # None when scored in batches (HarmScorer): each batch had its own
    reconciliation: dict
    missing_codes: Dict[str, int]
    flagged: Dict[str, int]
    shared_boundary_points: int
    month_only: bool
    unparseable_dates: List[str] = field(default_factory=list)
    date_range: Optional[Tuple[str, str]] = None  # the first and last readable day of any record (ISO)
    _frames: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def scores(self) -> "pd.DataFrame":
        """One row per area, columns SCORE_FIELDS."""
        if "scores" not in self._frames:
            import pandas as pd

            self._frames["scores"] = pd.DataFrame(self.score_columns)
        return self._frames["scores"]

    @property
    def records(self) -> "pd.DataFrame":
        """One row per event: area_index, area_id, weight, table_code, code, date, status, distance."""
        if "records" not in self._frames:
            self._frames["records"] = self.record_columns.to_frame()
        return self._frames["records"]


RANK_TIE = 1e-12  # relative: sums of the same weights added in another order differ by about this much at most


def rank_descending(values: Sequence[float]) -> np.ndarray:
    """1 = largest; ties share the lower rank (1, 2, 2, 4); NaN ranks 0. Values within
    RANK_TIE (relative) of the next larger tie: the same records summed in another order
    (another reading order, or exactly in a database) rank the same."""
    values = np.asarray(values, dtype=float)
    ranks = np.zeros(len(values), dtype=np.int64)
    present = np.flatnonzero(~np.isnan(values))
    if not len(present):
        return ranks
    order = present[np.argsort(-values[present], kind="stable")]
    ordered = values[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = ordered[:-1] - ordered[1:] > RANK_TIE * np.abs(ordered[:-1])
    starts = np.flatnonzero(new)
    ranks[order] = starts[np.cumsum(new) - 1] + 1
    return ranks


def reconcile(statuses) -> dict:
    """Records in and the count per status code; the counts add up to records in.

    ``statuses`` is a sequence of status codes, or a :class:`Factorized` column of them.
    """
    column = statuses if isinstance(statuses, Factorized) else Factorized.of(np.asarray(statuses, dtype=object))
    counts = np.bincount(column.index + 1, minlength=len(column.values) + 1)[1:]  # -1 (None) is not a status
    return _reconciliation(len(column), column.values, counts)


def _reconciliation(records_in: int, labels: Sequence, counts: np.ndarray) -> dict:
    by_status = {code: 0 for code in RECORD_STATUSES}
    unexpected: Dict[str, int] = {}
    for label, n in zip(labels, counts):
        if label is None or not n:
            continue
        if label in by_status:
            by_status[label] += int(n)
        else:  # any unexpected code is still counted, most frequent first
            unexpected[str(label)] = unexpected.get(str(label), 0) + int(n)
    for code, n in sorted(unexpected.items(), key=lambda kv: -kv[1]):
        by_status[code] = n
    return {"records_in": int(records_in), "by_status": by_status}


def assign_points(x: np.ndarray, y: np.ndarray, areas: Areas, tolerance: float, engine: str = "auto") -> Assignment:
    """The area of each point (NaN: none): polygons by containment, lines by
    the nearest within tolerance."""
    if areas.is_lines:
        return points_to_nearest_lines(x, y, areas.geometries, areas.ids, tolerance)
    return points_in_polygons(x, y, areas.geometries, areas.ids, engine=engine)


def score_areas(n_areas: int, area_index: np.ndarray, weights: np.ndarray,
                area_m2: np.ndarray, population: Optional[np.ndarray] = None) -> "pd.DataFrame":
    """Count, harm, rank, share and rates per area from each record's area and weight."""
    import pandas as pd

    return pd.DataFrame(area_scores(n_areas, area_index, weights, area_m2, population))


def area_scores(n_areas: int, area_index: np.ndarray, weights: np.ndarray,
                area_m2: np.ndarray, population: Optional[np.ndarray] = None) -> Dict[str, np.ndarray]:
    """:func:`score_areas` as plain columns, SCORE_FIELDS in order."""
    slot = np.asarray(area_index, dtype=np.intp) + 1  # slot 0: records in no area
    harm_n = np.bincount(slot, minlength=n_areas + 1)[1:].astype(np.int64)
    harm = np.bincount(slot, weights=weights, minlength=n_areas + 1)[1:]
    return scores_from_totals(harm_n, harm, area_m2, population)


def scores_from_totals(harm_n: np.ndarray, harm: np.ndarray, area_m2: np.ndarray,
                       population: Optional[np.ndarray] = None) -> Dict[str, np.ndarray]:
    """:func:`area_scores` from each area's record count and harm, counted
    elsewhere (the database path counts them in SQL)."""
    harm_n = np.asarray(harm_n, dtype=np.int64)
    harm = np.asarray(harm, dtype=float)
    n_areas = len(harm)
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
    return {
        "harm_n": harm_n,
        "harm_score": harm,
        "harm_rank": rank_descending(harm),
        "harm_share": share,
        "harm_per_km2": per_km2,
        "harm_per_1000": per_1000,
    }


# The areas' index is sized for at most this many points: a raster sized for more assigns no faster (a million
# clustered points onto 35,000 areas in batches: 0.52 s with the index sized for 1 million, 0.54 s for 4 million)
# but holds more memory and takes more to build (a peak of about 120 MB more at 4 million)
INDEX_POINTS = 1_000_000

# status codes as small integers: the index into RECORD_STATUSES
_ASSIGNED, _OUTSIDE, _NO_GEOMETRY, _INVALID, _FILTERED, _OUT_OF_PERIOD = range(len(RECORD_STATUSES))


def score_harm(events: Events, areas: Areas, table: HarmTable, *,
               missing_policy: str = MISSING_ZERO, default_weight: float = 0.0,
               period: Optional[Period] = None, tolerance: float = 50.0,
               engine: str = "auto") -> HarmResult:
    """Weight every event, assign it to an area, score and rank the areas:
    :class:`HarmScorer` with all the events as one batch, their record columns kept.

    Status precedence per record: filtered, then date (invalid when a bounded
    period meets an unparseable date; out_of_period), then geometry
    (no_geometry, invalid), then outside or assigned.
    """
    scorer = HarmScorer(areas, table, missing_policy=missing_policy, default_weight=default_weight, period=period,
                        tolerance=tolerance, engine=engine, expected_records=len(events))
    records = scorer.add(events)
    result = scorer.finish()
    result.record_columns = records
    return result


class HarmScorer:
    """:func:`score_harm` batch by batch: the areas are prepared once, each
    batch of events is weighed, assigned and given its statuses (its record
    columns returned, for a records output), and only what the result needs
    is kept: per-area counts and sums, status counts, codes with no weight or
    flagged, dates' examples and range. Memory grows with the areas, not the
    records; every record gets what one call on all of them would give it.
    ``assign``: how points are placed, when not in the areas' geometries (grid
    cells: the areas then hold only the cells' ids and sizes).

    With the policy 'fail', codes with no weight are counted through every
    batch and :meth:`finish` raises, listing them all (:attr:`failing` says
    so as soon as one is met)."""

    def __init__(self, areas: Areas, table: HarmTable, *, missing_policy: str = MISSING_ZERO,
                 default_weight: float = 0.0, period: Optional[Period] = None, tolerance: float = 50.0,
                 engine: str = "auto", expected_records: int = 0,
                 assign: Optional[Callable[[np.ndarray, np.ndarray], Assignment]] = None):
        self.areas = areas
        self._assign_with = assign  # another way to place points (grid cells); None: the areas' geometries
        self.table = table
        self.missing_policy = missing_policy
        self.default_weight = default_weight
        self.period = period or Period()
        self.tolerance = tolerance
        self.engine = engine
        self.expected_records = int(expected_records)
        self._index = None  # PolygonIndex or LineIndex, built at the first batch
        n_areas = len(areas.ids)
        self.area_ids = object_array(areas.ids)
        self.labels: List[Optional[str]] = list(RECORD_STATUSES)
        self.harm_n = np.zeros(n_areas, dtype=np.int64)
        self.harm = np.zeros(n_areas)
        self.status_counts = np.zeros(len(self.labels), dtype=np.int64)
        self.records_in = 0
        self.missing: Dict[str, int] = {}
        self.flagged: Dict[str, int] = {}
        self.shared_boundary_points = 0
        self.dated = False
        self.month_only = True  # every readable date month-only (so far)
        self.any_day = False
        self.examples: List[str] = []
        self.first_day: Optional[np.datetime64] = None
        self.last_day: Optional[np.datetime64] = None

    @property
    def failing(self) -> bool:
        """A code with no weight was met under the policy 'fail': finish() will raise."""
        return bool(self.missing) and self.missing_policy == MISSING_FAIL

    def _assign(self, x: np.ndarray, y: np.ndarray) -> Assignment:
        if self._assign_with is not None:
            return self._assign_with(x, y)
        areas = self.areas
        if not areas.is_lines and self.engine == "shapely2":
            return points_in_polygons(x, y, areas.geometries, areas.ids, engine=self.engine)
        if self._index is None:
            if areas.is_lines:
                self._index = LineIndex(areas.geometries, areas.ids, self.tolerance)
            else:
                self._index = PolygonIndex(areas.geometries, areas.ids, min(self.expected_records, INDEX_POINTS),
                                           engine=self.engine)
        return self._index.assign(x, y)

    def add(self, events: Events) -> RecordColumns:
        """Score one batch; its records, as :func:`score_harm` gives them."""
        n = len(events)
        period = self.period
        labels = self.labels
        status = np.zeros(n, dtype=np.int16)  # _ASSIGNED

        dates = parse_date_column(events.dates) if events.dates is not None else None
        in_scope = np.ones(n, dtype=bool)
        if events.passes_filter is not None:
            filtered = ~np.asarray(events.passes_filter, dtype=bool)
            status[filtered] = _FILTERED
            in_scope &= ~filtered
        if dates is not None and period.bounded:
            bad_date = in_scope & dates.unparseable
            status[bad_date] = _INVALID
            in_scope &= ~bad_date
            out = in_scope & ~in_period(dates, period.start, period.end)
            status[out] = _OUT_OF_PERIOD
            in_scope &= ~out

        # records whose geometry is not "ok" take its status (no_geometry, invalid)
        geometry = Factorized.of(events.geometry_status)
        per_value, without = geometry.counts()
        value_code = np.array([-1 if v == LOCATED else _label_code(labels, v) for v in geometry.values],
                              dtype=np.int16)
        if without or (per_value[value_code >= 0] > 0).any():
            per_record = geometry.lookup(value_code, _label_code(labels, None))  # None: no status at all
            geom_bad = in_scope & (per_record >= 0)
            status[geom_bad] = per_record[geom_bad]
            located = in_scope & ~geom_bad
            del per_record, geom_bad
        else:  # every geometry is fine: the usual case
            located = in_scope

        everyone = bool(in_scope.all())
        codes = Factorized.of(events.codes)
        policy = MISSING_ZERO if self.missing_policy == MISSING_FAIL else self.missing_policy  # fail: at finish()
        weights, table_code, missing, flagged = weigh_codes(
            self.table, codes, None if everyone else in_scope, policy, self.default_weight)
        _add_counts(self.missing, missing)
        _add_counts(self.flagged, flagged)

        if located.all():
            x, y = events.x, events.y
        else:
            x = np.where(located, events.x, np.nan)
            y = np.where(located, events.y, np.nan)
        assignment = self._assign(x, y)
        del x, y
        area_index = assignment.index
        distance = assignment.distance if assignment.distance is not None else np.full(n, np.nan)
        status[located & (area_index < 0)] = _OUTSIDE

        self._add_scores(area_index, weights)
        counts = np.bincount(status, minlength=len(labels))
        self.status_counts = np.append(self.status_counts, np.zeros(len(counts) - len(self.status_counts),
                                                                    dtype=np.int64)) + counts
        self.records_in += n
        self.shared_boundary_points += assignment.multi
        if dates is not None:
            self._add_dates(dates)
        return RecordColumns(
            area_index=area_index, area_ids=self.area_ids, weight=weights, table_code=table_code,
            code=events.codes if isinstance(events.codes, Factorized) else np.asarray(events.codes, dtype=object),
            date=dates.day if dates is not None else None,
            status=status, status_labels=tuple(labels), distance=distance,
        )

    def _add_scores(self, area_index: np.ndarray, weights: np.ndarray) -> None:
        """Each area's count and harm so far, the harm summed exactly as one
        bincount over every record sums it: each area's running sum goes first,
        as a record of its own, then the batch's weights in order (so equal
        sums stay equal and tied ranks stay tied, however the records are cut)."""
        n_areas = len(self.harm)
        slot = np.asarray(area_index, dtype=np.intp) + 1  # slot 0: records in no area
        self.harm_n += np.bincount(slot, minlength=n_areas + 1)[1:].astype(np.int64)
        running = np.arange(1, n_areas + 1, dtype=np.intp)
        self.harm = np.bincount(np.concatenate([running, slot]), weights=np.concatenate([self.harm, weights]),
                                minlength=n_areas + 1)[1:]

    def _add_dates(self, dates) -> None:
        self.dated = True
        present = ~np.isnat(dates.day)
        if present.any():
            self.any_day = True
            self.month_only = self.month_only and bool(dates.month_only[present].all())
            days = dates.day[present]
            first, last = days.min(), days.max()
            self.first_day = first if self.first_day is None else min(first, self.first_day)
            self.last_day = last if self.last_day is None else max(last, self.last_day)
        for example in dates.examples:
            if len(self.examples) < 5 and example not in self.examples:
                self.examples.append(example)

    def finish(self) -> HarmResult:
        """The areas' scores and the reconciliation of every batch added (no record columns)."""
        if self.failing:
            raise MissingWeightError(self.missing)
        if "" in self.missing:  # records with no code come first, as one call lists them
            self.missing = {"": self.missing[""], **{k: v for k, v in self.missing.items() if k != ""}}
        areas = self.areas
        return HarmResult(
            score_columns=scores_from_totals(self.harm_n, self.harm, areas.area_m2, areas.population),
            record_columns=None,
            reconciliation=_reconciliation(self.records_in, self.labels, self.status_counts),
            missing_codes=self.missing,
            flagged=self.flagged,
            shared_boundary_points=self.shared_boundary_points,
            month_only=bool(self.dated and self.any_day and self.month_only),
            unparseable_dates=list(self.examples),
            date_range=(str(self.first_day), str(self.last_day)) if self.first_day is not None else None,
        )


def _add_counts(into: Dict[str, int], more: Dict[str, int]) -> None:
    for key, n in more.items():
        into[key] = into.get(key, 0) + n


def weigh_codes(table: HarmTable, codes: Factorized, in_scope: Optional[np.ndarray],
                missing_policy: str, default_weight: float):
    """(weight per record, table code per record, missing, flagged) for the
    records in scope (None: all); records out of scope weigh 0 and match nothing.
    Each distinct code is looked up once."""
    found = match_distinct(table, codes.values)
    missing, flagged = found.counts(codes.index if in_scope is None else codes.index[in_scope])
    if missing and missing_policy == MISSING_FAIL:
        raise MissingWeightError(missing)
    fill = default_weight if missing_policy == MISSING_DEFAULT else 0.0
    weights = codes.lookup(np.where(np.isnan(found.weights), fill, found.weights), fill)
    index = codes.index
    if in_scope is not None:
        weights[~in_scope] = 0.0
        index = np.where(in_scope, index, -1)
    return weights, Factorized(index, found.table_code), missing, flagged


def _label_code(labels: List[Optional[str]], value) -> int:
    """The status code of a label, adding labels the engine does not know (still counted)."""
    if value not in labels:
        labels.append(value)
    return labels.index(value)


