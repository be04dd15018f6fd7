"""Score areas with a harm scheme: many measures, each layer read and placed once.

Every record of every source layer is accounted for, per measure: counted in
it (``assigned``), or given the reason it is not (``filtered``: not selected
by the measure's filter or links; ``out_of_period``; ``invalid``: a date that
cannot be read in a bounded period, or a weight field that is NULL or
negative; ``no_geometry``; ``outside``). A weight that is not a finite number
or is above :data:`~.limits.MAX_WEIGHT` (a field holding 1e999) is refused
with :class:`SchemeInputError`, naming the measure, layer and feature ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..language.messages import tr
from .harm_table import match_distinct
from .links import LinkedInBatches
from ..limits import MAX_WEIGHT_TEXT, bad_weights, first, float_or_nan, show_number
from .scheme import Measure, Scheme, dimension_field
from .scoring import INDEX_POINTS, Areas, MissingWeightError, assign_points, rank_descending
from ..geometry.geometry_index import Assignment, LineIndex, PolygonIndex
from ..codes import INVALID, LOCATED, RECORD_STATUSES
from ..periods.dates import in_period, parse_date_column
from ..periods.calendar import Period
from ..columns import Factorized

_ASSIGNED, _OUTSIDE, _NO_GEOMETRY, _INVALID, _FILTERED, _OUT_OF_PERIOD = range(len(RECORD_STATUSES))


@dataclass
class SourceLayer:
    """One layer's records as columns, read once for every measure that uses it.
    ``geometry_status`` per record: "ok", "no_geometry" or "invalid"."""

    name: str
    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    geometry_status: object
    columns: Dict[str, object]  # field -> array or Factorized

    def __len__(self) -> int:
        return len(self.fid)

    def column(self, name: str) -> np.ndarray:
        values = self.columns[name]
        return values.to_objects() if isinstance(values, Factorized) else np.asarray(values, dtype=object)

    def records(self) -> Optional[np.ndarray]:
        """How many records each row stands for (None: one each)."""
        return None


@dataclass
class GroupedLayer(SourceLayer):
    """A layer's records counted in a database: one row per group of records
    that share every value the scheme reads, every measure's filter and link
    result, their geometry state and their area (``area_index``, -1: none,
    placed by the database with the desktop's boundary rule). ``count``: the
    records of each row; ``fid``: the smallest feature id among them; ``x``,
    ``y`` to ``x_high``, ``y_high``: the extent of the located ones.
    ``selected``: measure key -> filter result per row; ``linked``: measure
    key -> link result per row; ``shared``: records on a boundary shared by
    areas."""

    count: np.ndarray = None
    area_index: np.ndarray = None
    x_high: np.ndarray = None
    y_high: np.ndarray = None
    selected: Dict[str, np.ndarray] = field(default_factory=dict)
    linked: Dict[str, np.ndarray] = field(default_factory=dict)
    shared: int = 0

    def records(self) -> Optional[np.ndarray]:
        return self.count


def _tally(values: np.ndarray, size: int, records: Optional[np.ndarray]) -> np.ndarray:
    """np.bincount of ``values`` (each entry standing for ``records`` records when given), as int64."""
    if records is None:
        return np.bincount(values, minlength=size).astype(np.int64)
    return np.rint(np.bincount(values, weights=records, minlength=size)).astype(np.int64)


def _total(mask: np.ndarray, records: Optional[np.ndarray]) -> int:
    """The records where ``mask`` holds."""
    return int(mask.sum()) if records is None else int(np.rint(records[mask].sum()))


class SchemeInputError(ValueError):
    """Inputs that do not fit the scheme; names the measure, layer and field."""


class MeasureWeightError(MissingWeightError):
    """A measure whose missing-weight policy is 'fail' met codes with no weight."""

    def __init__(self, measure: str, missing: Dict[str, int]):
        super().__init__(missing)
        self.measure = measure


@dataclass
class MeasureReport:
    """What happened to one measure's records."""

    records_in: int
    by_status: Dict[str, int]
    missing_codes: Dict[str, int] = field(default_factory=dict)
    flagged: Dict[str, int] = field(default_factory=dict)
    null_weights: int = 0
    no_threat_score: int = 0
    unlinked: Dict[str, int] = field(default_factory=dict)  # link problems: reason -> count
    undated: bool = False  # no date field: counted whatever the period
    harm: float = 0.0

    def as_dict(self) -> dict:
        out = {"records_in": self.records_in, "by_status": dict(self.by_status), "harm": self.harm}
        for name in ("missing_codes", "flagged", "unlinked"):
            if getattr(self, name):
                out[name] = dict(getattr(self, name))
        for name in ("null_weights", "no_threat_score"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.undated:
            out["undated"] = True
        return out


@dataclass
class SchemeRecords:
    """One row per (record, measure) the record was selected for, plus one row
    (measure None, status filtered) per record selected by no measure."""

    measure: np.ndarray  # object: measure key or None
    dimension: np.ndarray  # object
    layer: np.ndarray  # object: source layer name
    fid: np.ndarray
    area_index: np.ndarray  # -1: none
    weight: np.ndarray
    code: np.ndarray  # object
    table_code: np.ndarray  # object
    date: np.ndarray  # datetime64[D]
    status: np.ndarray  # small ints into RECORD_STATUSES
    distance: np.ndarray
    x: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.fid)

    def status_text(self) -> np.ndarray:
        return np.array(RECORD_STATUSES, dtype=object)[self.status]

    def area_id(self, area_ids: Sequence) -> np.ndarray:
        ids = np.append(np.array(list(area_ids) + [None], dtype=object)[:-1], None)
        return ids[np.where(self.area_index >= 0, self.area_index, len(ids) - 1)]

    def to_frame(self, area_ids: Sequence):
        import pandas as pd

        return pd.DataFrame({
            "area_id": self.area_id(area_ids), "measure": self.measure, "dimension": self.dimension,
            "weight": self.weight, "code": self.code, "table_code": self.table_code, "date": self.date,
            "source_layer": self.layer, "source_fid": self.fid, "status": self.status_text(),
            "distance": self.distance,
        })


@dataclass
class SchemeResult:
    score_columns: Dict[str, np.ndarray]  # output field -> one value per area, in output order
    records: Optional[SchemeRecords]  # None when scored in batches (SchemeScorer): each batch had its own
    measures: Dict[str, MeasureReport]
    layers: Dict[str, dict]  # layer -> records_in, in_a_measure, in_no_measure
    shared_boundary_points: int
    month_only: Dict[str, bool]  # measure -> its dates are month-only
    unparseable_dates: Dict[str, List[str]]  # measure -> examples

    @property
    def scores(self):
        import pandas as pd

        return pd.DataFrame(self.score_columns)

    def reconciliation(self) -> dict:
        return {"measures": {k: v.as_dict() for k, v in self.measures.items()}, "layers": self.layers}


def scheme_fields(scheme: Scheme) -> Dict[str, List[str]]:
    """layer -> the fields scoring reads from it (measures' own fields, link keys)."""
    out: Dict[str, List[str]] = {}

    def want(layer: str, name: str) -> None:
        if layer and name:
            out.setdefault(layer, [])
            if name not in out[layer]:
                out[layer].append(name)

    for m in scheme.measures:
        out.setdefault(m.layer, [])
        for f in m.fields:
            want(m.layer, f)
        link = m.link
        if link is not None:
            if link.via_table:
                want(link.table, link.table_record_id)
                want(link.table, link.table_nominal_id)
            if link.group_types:
                want(link.nominals, link.nominal_id)
                want(link.nominals, link.group_type_field)
    return out


def measure_sources(scheme: Scheme) -> List[str]:
    """Layers whose records are placed in areas (the measures' own layers)."""
    names: List[str] = []
    for m in scheme.measures:
        if m.layer not in names:
            names.append(m.layer)
    return names


def score_scheme(scheme: Scheme, layers: Dict[str, SourceLayer], areas: Areas, *,
                 filters: Optional[Dict[str, np.ndarray]] = None, period: Optional[Period] = None,
                 tolerance: float = 50.0, engine: str = "auto") -> SchemeResult:
    """Weight, place and count every measure's records; score and rank areas:
    :class:`SchemeScorer` with each layer as one batch, its rows kept.

    ``layers``: every layer the scheme names (see :meth:`Scheme.layers`), read
    with the fields of :func:`scheme_fields`. ``filters``: measure key -> bool
    per record of its layer (the measure's filter expression, evaluated by the
    caller); absent means no filter.
    """
    filters = filters or {}
    _check_inputs(scheme, layers)
    scorer = SchemeScorer(scheme, areas, layers, period=period, tolerance=tolerance, engine=engine)
    parts: Dict[object, List[dict]] = {}
    for name in measure_sources(scheme):
        for key, part in scorer.add(name, layers[name], filters).items():
            parts.setdefault(key, []).append(part)
    result = scorer.finish()
    result.records = _concat(scorer.in_order(parts))
    return result


class SchemeScorer:
    """:func:`score_scheme` batch by batch: the areas are prepared once, each
    batch of a measure layer's records is placed once and weighed, given its
    statuses and counted in every measure of that layer (:meth:`add` returns
    its rows, for a records output), and only what the result needs is kept:
    per measure and area the counts and sums, status counts, codes with no
    weight, dates' examples. Memory grows with the areas, not the records;
    every record gets what one call on all of them would give it.

    ``layers``: the layers the links read (link tables, nominals), whole; a
    link counts as one call on the whole layer counts it, whichever batches
    its records come in (:class:`~.links.LinkedInBatches`). Errors in the weights (codes with no weight
    under 'fail', weights out of range) are counted through every batch and
    raised by :meth:`finish`, for the first measure that has one, as one call
    on all the records raises them."""

    def __init__(self, scheme: Scheme, areas: Areas, layers: Dict[str, SourceLayer], *,
                 period: Optional[Period] = None, tolerance: float = 50.0, engine: str = "auto",
                 expected_records: int = 0):
        self.scheme = scheme
        self.areas = areas
        self.layers = layers
        self.period = period or Period()
        self.tolerance = tolerance
        self.engine = engine
        self.expected_records = int(expected_records)
        self._index = None
        n_areas = len(areas.ids)
        self.n = {m.key: np.zeros(n_areas, dtype=np.int64) for m in scheme.measures}
        self.harm = {m.key: np.zeros(n_areas) for m in scheme.measures}
        self.reports = {m.key: MeasureReport(records_in=0, by_status={}) for m in scheme.measures}
        self.status_counts = {m.key: np.zeros(len(RECORD_STATUSES), dtype=np.int64) for m in scheme.measures}
        self.dates_seen = {m.key: [False, True] for m in scheme.measures if m.date_field}  # any day, all month-only
        self.examples: Dict[str, List[str]] = {}
        self.bad_weights: Dict[str, list] = {}  # measure -> [count, first weight, source, first feature ids]
        self.layer_report: Dict[str, dict] = {}
        self.first_status = np.zeros(len(RECORD_STATUSES), dtype=np.int64)  # each record once, by its first row
        self.days: Optional[Tuple[np.datetime64, np.datetime64]] = None  # first and last readable day of any row
        self.outside_extent: Optional[Tuple[float, float, float, float]] = None
        self.shared = 0
        self._links = {m.key: LinkedInBatches(m.link, layers) for m in scheme.measures if m.link is not None}

    def link(self, key: str) -> LinkedInBatches:
        """The links of measure ``key``, as read so far."""
        return self._links[key]

    def _assign(self, x: np.ndarray, y: np.ndarray) -> Assignment:
        areas = self.areas
        if not areas.is_lines and self.engine == "shapely2":
            return assign_points(x, y, areas, self.tolerance, self.engine)
        if self._index is None:
            if areas.is_lines:
                self._index = LineIndex(areas.geometries, areas.ids, self.tolerance)
            else:
                self._index = PolygonIndex(areas.geometries, areas.ids, min(max(self.expected_records, len(x)),
                                                                            INDEX_POINTS), engine=self.engine)
        return self._index.assign(x, y)

    def add(self, name: str, src: SourceLayer, filters: Optional[Dict[str, np.ndarray]] = None) -> Dict[object, dict]:
        """Place one batch of layer ``name`` and count it in each of its
        measures; its rows: measure key -> the rows of the records the measure
        selected, and None -> the records no measure selected. ``filters``:
        measure key -> bool per record of this batch."""
        filters = filters or {}
        measures = [m for m in self.scheme.measures if m.layer == name]
        n_areas = len(self.areas.ids)
        records = src.records()
        grouped = isinstance(src, GroupedLayer)
        status0 = np.full(len(src), _ASSIGNED, dtype=np.int16)
        geometry = Factorized.of(src.geometry_status)
        ok = geometry.equals(LOCATED)
        status0[~ok] = _NO_GEOMETRY
        status0[geometry.equals(INVALID)] = _INVALID
        if grouped:  # placed by the database
            area_index, distance = np.where(ok, src.area_index, -1), np.full(len(src), np.nan)
            self.shared += src.shared
        else:
            assignment = self._assign(np.where(ok, src.x, np.nan), np.where(ok, src.y, np.nan))
            area_index = assignment.index
            self.shared += assignment.multi
            distance = assignment.distance if assignment.distance is not None else np.full(len(src), np.nan)
        status0[ok & (area_index < 0)] = _OUTSIDE

        parsed_dates = {}
        out: Dict[object, dict] = {}
        in_some = np.zeros(len(src), dtype=bool)
        first_status = np.full(len(src), _FILTERED, dtype=np.int16)
        for m in measures:
            report = self.reports[m.key]
            report.records_in += len(src) if records is None else _total(np.ones(len(src), dtype=bool), records)
            selected = np.ones(len(src), dtype=bool)
            if grouped and m.key in src.selected:
                selected &= src.selected[m.key]
            elif m.key in filters and filters[m.key] is not None:
                selected &= np.asarray(filters[m.key], dtype=bool)
            if m.link is not None:
                selected &= src.linked[m.key] if grouped else self._links[m.key].mask(src)
            status = np.where(selected, status0, _FILTERED).astype(np.int16)

            day = np.full(len(src), np.datetime64("NaT"), dtype="datetime64[D]")
            if m.date_field:
                cache_key = m.date_field
                if cache_key not in parsed_dates:
                    parsed_dates[cache_key] = parse_date_column(src.columns[m.date_field])
                dates = parsed_dates[cache_key]
                day = dates.day
                seen = self.dates_seen[m.key]
                present = ~np.isnat(day)
                seen[0] = seen[0] or bool(present.any())
                seen[1] = seen[1] and bool(dates.month_only[present].all())
                examples = self.examples.setdefault(m.key, [])
                examples.extend(e for e in dates.examples if e not in examples)
                del examples[5:]
                if self.period.bounded:
                    scope = status != _FILTERED
                    bad = scope & dates.unparseable
                    status[bad] = _INVALID
                    out_of = scope & ~bad & ~in_period(dates, self.period.start, self.period.end)
                    status[out_of] = _OUT_OF_PERIOD
            elif self.period.bounded:
                report.undated = True

            weights, code, table_code = self._weights(m, src, status, report)
            counted = status == _ASSIGNED
            weights = np.where(counted, weights, 0.0)
            slot = np.where(counted, area_index, -1) + 1
            self.n[m.key] += _tally(slot, n_areas + 1, records)[1:]
            running = np.arange(1, n_areas + 1, dtype=np.intp)  # each area's sum so far first: summed as in one call
            harm = weights if records is None else weights * records
            self.harm[m.key] = np.bincount(np.concatenate([running, slot]),
                                           weights=np.concatenate([self.harm[m.key], harm]),
                                           minlength=n_areas + 1)[1:]
            self.status_counts[m.key] += _tally(status, len(RECORD_STATUSES), records)

            rows = np.flatnonzero(status != _FILTERED)
            first_status[rows[~in_some[rows]]] = status[rows[~in_some[rows]]]
            in_some[rows] = True
            high = (src.x_high[rows], src.y_high[rows]) if grouped else (None, None)
            self._see_rows(day[rows], status[rows], src.x[rows], src.y[rows], *high)
            out[m.key] = {
                "measure": m.key, "dimension": m.dimension, "layer": name, "rows": rows,
                "fid": src.fid[rows], "area_index": np.where(counted[rows], area_index[rows], -1),
                "weight": weights[rows], "code": code[rows], "table_code": table_code[rows],
                "date": day[rows], "status": status[rows], "distance": distance[rows],
                "x": src.x[rows], "y": src.y[rows],
            }

        # every record no measure selected: listed once, so the records output holds the whole layer
        rest = np.flatnonzero(~in_some)
        out[None] = {
            "measure": None, "dimension": None, "layer": name, "rows": rest, "fid": src.fid[rest],
            "area_index": np.full(len(rest), -1, dtype=np.int64), "weight": np.zeros(len(rest)),
            "code": np.full(len(rest), None, dtype=object), "table_code": np.full(len(rest), None, dtype=object),
            "date": np.full(len(rest), np.datetime64("NaT"), dtype="datetime64[D]"),
            "status": np.full(len(rest), _FILTERED, dtype=np.int16), "distance": distance[rest],
            "x": src.x[rest], "y": src.y[rest],
        }
        self.first_status += _tally(first_status, len(RECORD_STATUSES), records)
        layer = self.layer_report.setdefault(name, {"records_in": 0, "in_a_measure": 0, "in_no_measure": 0})
        layer["records_in"] += _total(np.ones(len(src), dtype=bool), records)
        layer["in_a_measure"] += _total(in_some, records)
        layer["in_no_measure"] += _total(~in_some, records)
        return out

    def _see_rows(self, day: np.ndarray, status: np.ndarray, x: np.ndarray, y: np.ndarray,
                  x_high: Optional[np.ndarray] = None, y_high: Optional[np.ndarray] = None) -> None:
        """The first and last day of any row and the extent of the rows outside every area, as they pass
        (``x_high``, ``y_high``: the rows' upper corners, for rows that stand for several records)."""
        days = day[~np.isnat(day)]
        if len(days):
            first, last = days.min(), days.max()
            self.days = (first, last) if self.days is None else (min(first, self.days[0]), max(last, self.days[1]))
        outside = status == _OUTSIDE
        px, py = x[outside], y[outside]
        qx, qy = (px, py) if x_high is None else (x_high[outside], y_high[outside])
        fine = np.isfinite(px) & np.isfinite(py) & np.isfinite(qx) & np.isfinite(qy)
        if fine.any():
            box = (float(px[fine].min()), float(py[fine].min()), float(qx[fine].max()), float(qy[fine].max()))
            if self.outside_extent is not None:
                was = self.outside_extent
                box = (min(box[0], was[0]), min(box[1], was[1]), max(box[2], was[2]), max(box[3], was[3]))
            self.outside_extent = box

    def _weights(self, m: Measure, src: SourceLayer, status: np.ndarray, report: MeasureReport):
        """_weights for one batch, its missing codes, flags and weights out of range added up."""
        missing_before, flagged_before = report.missing_codes, report.flagged
        report.missing_codes, report.flagged = {}, {}
        try:
            weights, code, table_code = _weights(m, self.scheme, src, status, report)
        finally:
            report.missing_codes = _added(missing_before, report.missing_codes)
            report.flagged = _added(flagged_before, report.flagged)
        bad = (status != _FILTERED) & (status != _OUT_OF_PERIOD) & bad_weights(weights)
        if bad.any():
            where = np.flatnonzero(bad)
            seen = self.bad_weights.setdefault(m.key, [0, weights[where[0]], []])
            seen[0] += _total(bad, src.records())
            seen[2].extend(src.fid[where[:11]].tolist())
            del seen[2][11:]
        return weights, code, table_code

    def finish(self) -> SchemeResult:
        """The areas' scores and the reports of every batch added (no rows: records is None).
        Raises the first measure's weight error, as one call would."""
        scheme, areas = self.scheme, self.areas
        for m in scheme.measures:
            report = self.reports[m.key]
            if m.key in self._links:
                report.unlinked = self._links[m.key].problems()
            if "" in report.missing_codes:  # records with no code come first, as one call lists them
                report.missing_codes = {"": report.missing_codes[""],
                                        **{k: v for k, v in report.missing_codes.items() if k != ""}}
            if report.missing_codes and m.missing_weight == "fail":
                raise MeasureWeightError(m.key, report.missing_codes)
            if m.key in self.bad_weights:
                count, example, fids = self.bad_weights[m.key]
                raise _bad_weight_error(m, m.layer, count, example, fids)
        n_areas = len(areas.ids)
        pop = np.asarray(areas.population, dtype=float) if areas.population is not None else None
        total_n = np.zeros(n_areas, dtype=np.int64)
        total_harm = np.zeros(n_areas)
        dims: Dict[str, np.ndarray] = {}
        for m in scheme.measures:
            report = self.reports[m.key]
            report.harm = float(self.harm[m.key].sum())
            counts = self.status_counts[m.key]
            report.by_status = {code: int(counts[i]) for i, code in enumerate(RECORD_STATUSES)}
            total_n += self.n[m.key]
            total_harm += self.harm[m.key]
            dim = dimension_field(m.dimension)
            dims[dim] = dims.get(dim, np.zeros(n_areas)) + self.harm[m.key]

        out: Dict[str, np.ndarray] = {}
        for m in scheme.measures:
            harm = self.harm[m.key]
            out[m.key + "_n"] = self.n[m.key]
            out[m.key + "_harm"] = harm
            out[m.key + "_rank"] = rank_descending(harm)
            with np.errstate(divide="ignore", invalid="ignore"):
                out[m.key + "_share"] = np.where(total_harm > 0, harm / total_harm * 100.0, 0.0)
                if pop is not None:
                    out[m.key + "_per_1000"] = np.where(pop > 0, harm / pop * 1000.0, np.nan)
        out.update(dims)
        grand = total_harm.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            km2 = np.asarray(areas.area_m2, dtype=float) / 1e6
            out["harm_n"] = total_n
            out["harm_score"] = total_harm
            out["harm_rank"] = rank_descending(total_harm)
            out["harm_share"] = total_harm / grand * 100.0 if grand > 0 else np.zeros(n_areas)
            out["harm_per_km2"] = np.where(km2 > 0, total_harm / km2, np.nan)
            if pop is not None:
                out["harm_per_1000"] = np.where(pop > 0, total_harm / pop * 1000.0, np.nan)
        return SchemeResult(
            score_columns=out, records=None, measures=self.reports,
            layers={name: self.layer_report[name] for name in measure_sources(scheme) if name in self.layer_report},
            shared_boundary_points=self.shared,
            month_only={k: bool(seen[0] and seen[1]) for k, seen in self.dates_seen.items()},
            unparseable_dates={m.key: self.examples[m.key] for m in scheme.measures if self.examples.get(m.key)},
        )

    def in_order(self, parts: Dict[object, list]) -> List[dict]:
        """Rows gathered from :meth:`add` (key -> parts in the order added) in
        the records output's order: each measure's rows in turn, then each
        layer's records that no measure selected."""
        ordered = [part for m in self.scheme.measures for part in parts.get(m.key, [])]
        rest = parts.get(None, [])
        for name in measure_sources(self.scheme):
            ordered += [part for part in rest if part["layer"] == name]
        return ordered

    def statuses_per_record(self) -> Dict[str, int]:
        """Status code -> records, each record once by its first row (as the records output lists them), by code."""
        return {code: int(n) for code, n in sorted(zip(RECORD_STATUSES, self.first_status)) if n}

    def date_range(self) -> Optional[Tuple[str, str]]:
        """The first and last readable day of any row (ISO), or None."""
        return None if self.days is None else (str(self.days[0]), str(self.days[1]))


def _added(before: Dict[str, int], more: Dict[str, int]) -> Dict[str, int]:
    out = dict(before)
    for key, n in more.items():
        out[key] = out.get(key, 0) + n
    return out


def _weights(m: Measure, scheme: Scheme, src: SourceLayer, status: np.ndarray, report: MeasureReport):
    """(weight, code, table code) per record of the measure's layer; records
    whose weight field is unusable become invalid (status changed in place).
    Codes with no weight (in report.missing_codes) and weights out of range
    are for the caller to refuse (SchemeScorer, once every batch is read)."""
    n = len(src)
    records = src.records()
    in_scope = status != _FILTERED
    none = np.full(n, None, dtype=object)
    if m.method == "table":
        table = scheme.tables[m.key]
        codes = src.columns[m.code_field]
        codes = codes if isinstance(codes, Factorized) else Factorized.of(np.asarray(codes, dtype=object))
        found = match_distinct(table, codes.values)
        scope = in_scope & (status != _INVALID) & (status != _OUT_OF_PERIOD)
        missing, flagged = found.counts(codes.index[scope], None if records is None else records[scope])
        report.missing_codes, report.flagged = missing, flagged
        fill = m.default_weight if m.missing_weight == "default" else 0.0
        weights = codes.lookup(np.where(np.isnan(found.weights), fill, found.weights), fill)
        return weights, codes.to_objects(), codes.lookup(found.table_code, None).astype(object)
    if m.method == "fixed":
        weights = np.full(n, float(m.weight))
        code = np.full(n, m.equivalent_code or None, dtype=object)
        table_code = code
    else:
        raw = src.column(m.weight_field)
        weights = np.array([float_or_nan(v) for v in raw], dtype=float)
        unusable = np.isnan(weights) | (weights < 0) & np.isfinite(weights)  # NULL or negative (-inf: refused below)
        bad = in_scope & unusable
        report.null_weights += _total(bad & (status != _OUT_OF_PERIOD), records)
        status[bad & (status != _OUT_OF_PERIOD)] = _INVALID
        weights = np.where(unusable, 0.0, weights)
        code, table_code = none, none
    if m.threat_field:
        threat = np.array([float_or_nan(v) for v in src.column(m.threat_field)], dtype=float)
        absent = np.isnan(threat) | (threat < 0)
        report.no_threat_score += _total(absent & (status == _ASSIGNED), records)
        with np.errstate(over="ignore", invalid="ignore"):
            weights = weights * np.where(absent, 1.0, threat / m.threat_reference)
    return weights, code, table_code


def _bad_weight_error(m: Measure, layer: str, count: int, example: float, fids: list) -> SchemeInputError:
    """Refuse the records a measure uses whose weight is not a finite number or
    is above MAX_WEIGHT (a field holding 1e999 or 1e200): such a weight is a
    mistake in the data, and would make every sum infinite. NULL and negative
    values of a weight field are already invalid records, counted."""
    source = "field '{0}'".format(m.weight_field) if m.method == "field" else "the measure's weight"
    if m.threat_field:
        source += " times field '{0}' / {1}".format(m.threat_field, show_number(m.threat_reference))
    return SchemeInputError(
        tr("Measure '{0}': layer '{1}' has {2} record(s) whose weight ({3}) is not a finite number or is above the "
           "largest weight accepted, {4}, e.g. {5}: feature ids {6}. Correct or remove these values.").format(
            m.key, layer, count, source, MAX_WEIGHT_TEXT, show_number(example), first(fids)))


def _concat(parts: List[dict]) -> SchemeRecords:
    def cat(name, dtype=None):
        arrays = [np.asarray(p[name], dtype=dtype) for p in parts]
        return np.concatenate(arrays) if arrays else np.array([], dtype=dtype)

    sizes = [len(p["rows"]) for p in parts]
    return SchemeRecords(
        measure=np.repeat(np.array([p["measure"] for p in parts] + [None], dtype=object)[:-1], sizes),
        dimension=np.repeat(np.array([p["dimension"] for p in parts] + [None], dtype=object)[:-1], sizes),
        layer=np.repeat(np.array([p["layer"] for p in parts] + [None], dtype=object)[:-1], sizes),
        fid=cat("fid", np.int64), area_index=cat("area_index", np.int64), weight=cat("weight", float),
        code=cat("code", object), table_code=cat("table_code", object), date=cat("date", "datetime64[D]"),
        status=cat("status", np.int16), distance=cat("distance", float), x=cat("x", float), y=cat("y", float),
    )


def _check_inputs(scheme: Scheme, layers: Dict[str, SourceLayer]) -> None:
    for m in scheme.measures:
        needed = [(m.layer, f) for f in m.fields]
        if m.link is not None:
            if m.link.via_table:
                needed += [(m.link.table, m.link.table_record_id), (m.link.table, m.link.table_nominal_id)]
            if m.link.group_types:
                needed += [(m.link.nominals, m.link.nominal_id), (m.link.nominals, m.link.group_type_field)]
        for layer, name in needed:
            if layer not in layers:
                raise SchemeInputError(tr("Measure '{0}': layer '{1}' was not given").format(m.key, layer))
            if name not in layers[layer].columns:
                raise SchemeInputError(tr("Measure '{0}': layer '{1}' has no field '{2}'").format(m.key, layer, name))
