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
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..language.messages import tr
from .harm_table import match_distinct
from .links import linked_mask
from ..limits import MAX_WEIGHT_TEXT, bad_weights, first, float_or_nan, show_number
from .scheme import Measure, Scheme, dimension_field
from .scoring import Areas, MissingWeightError, assign_points, rank_descending
from ..codes import INVALID, LOCATED, RECORD_STATUSES
from ..periods.dates import parse_date_column
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
    records: SchemeRecords
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
    """Weight, place and count every measure's records; score and rank areas.

    ``layers``: every layer the scheme names (see :meth:`Scheme.layers`), read
    with the fields of :func:`scheme_fields`. ``filters``: measure key -> bool
    per record of its layer (the measure's filter expression, evaluated by the
    caller); absent means no filter.
    """
    filters = filters or {}
    period = period or Period()
    _check_inputs(scheme, layers)
    n_areas = len(areas.ids)

    placed = {}  # layer -> (area_index, distance, base status) : each layer placed once
    shared = 0
    for name in measure_sources(scheme):
        src = layers[name]
        status = np.full(len(src), _ASSIGNED, dtype=np.int16)
        geometry = Factorized.of(src.geometry_status)
        ok = geometry.equals(LOCATED)
        status[~ok] = _NO_GEOMETRY
        status[geometry.equals(INVALID)] = _INVALID
        assignment = assign_points(np.where(ok, src.x, np.nan), np.where(ok, src.y, np.nan), areas, tolerance, engine)
        status[ok & (assignment.index < 0)] = _OUTSIDE
        shared += assignment.multi
        distance = assignment.distance if assignment.distance is not None else np.full(len(src), np.nan)
        placed[name] = (assignment.index, distance, status)

    parsed_dates = {}
    columns: Dict[str, np.ndarray] = {}
    reports: Dict[str, MeasureReport] = {}
    month_only: Dict[str, bool] = {}
    unparseable: Dict[str, List[str]] = {}
    in_some_measure = {name: np.zeros(len(layers[name]), dtype=bool) for name in placed}
    id_cache: dict = {}
    parts: List[dict] = []
    total_n = np.zeros(n_areas, dtype=np.int64)
    total_harm = np.zeros(n_areas)
    dims: Dict[str, np.ndarray] = {}
    pop = np.asarray(areas.population, dtype=float) if areas.population is not None else None

    for m in scheme.measures:
        src = layers[m.layer]
        area_index, distance, base_status = placed[m.layer]
        report = MeasureReport(records_in=len(src), by_status={})
        selected = np.ones(len(src), dtype=bool)
        if m.key in filters and filters[m.key] is not None:
            selected &= np.asarray(filters[m.key], dtype=bool)
        if m.link is not None:
            linked, report.unlinked = linked_mask(src, m.link, layers, id_cache)
            selected &= linked
        status = np.where(selected, base_status, _FILTERED).astype(np.int16)

        day = np.full(len(src), np.datetime64("NaT"), dtype="datetime64[D]")
        if m.date_field:
            cache_key = (m.layer, m.date_field)
            if cache_key not in parsed_dates:
                parsed_dates[cache_key] = parse_date_column(src.columns[m.date_field])
            dates = parsed_dates[cache_key]
            day = dates.day
            month_only[m.key] = bool(dates.all_month_only)
            if dates.examples:
                unparseable[m.key] = list(dates.examples)
            if period.bounded:
                from ..periods.dates import in_period

                scope = status != _FILTERED
                bad = scope & dates.unparseable
                status[bad] = _INVALID
                out = scope & ~bad & ~in_period(dates, period.start, period.end)
                status[out] = _OUT_OF_PERIOD
        elif period.bounded:
            report.undated = True

        weights, code, table_code = _weights(m, scheme, src, status, report)
        counted = status == _ASSIGNED
        weights = np.where(counted, weights, 0.0)
        slot = np.where(counted, area_index, -1) + 1
        n = np.bincount(slot, minlength=n_areas + 1)[1:].astype(np.int64)
        harm = np.bincount(slot, weights=weights, minlength=n_areas + 1)[1:]
        report.harm = float(harm.sum())
        report.by_status = _by_status(status)
        reports[m.key] = report
        columns[m.key + "_n"] = n
        columns[m.key + "_harm"] = harm
        columns[m.key + "_rank"] = rank_descending(harm)
        if pop is not None:
            with np.errstate(divide="ignore", invalid="ignore"):
                columns[m.key + "_per_1000"] = np.where(pop > 0, harm / pop * 1000.0, np.nan)
        total_n += n
        total_harm += harm
        dim = dimension_field(m.dimension)
        dims[dim] = dims.get(dim, np.zeros(n_areas)) + harm

        rows = np.flatnonzero(status != _FILTERED)
        in_some_measure[m.layer][rows] = True
        parts.append({
            "measure": m.key, "dimension": m.dimension, "layer": m.layer, "rows": rows,
            "fid": src.fid[rows], "area_index": np.where(counted[rows], area_index[rows], -1),
            "weight": weights[rows], "code": code[rows], "table_code": table_code[rows],
            "date": day[rows], "status": status[rows], "distance": distance[rows],
            "x": src.x[rows], "y": src.y[rows],
        })

    # every record no measure selected: listed once, so the records output holds the whole layer
    layer_report = {}
    for name, used in in_some_measure.items():
        src = layers[name]
        rest = np.flatnonzero(~used)
        area_index, distance, _ = placed[name]
        parts.append({
            "measure": None, "dimension": None, "layer": name, "rows": rest, "fid": src.fid[rest],
            "area_index": np.full(len(rest), -1, dtype=np.int64), "weight": np.zeros(len(rest)),
            "code": np.full(len(rest), None, dtype=object), "table_code": np.full(len(rest), None, dtype=object),
            "date": np.full(len(rest), np.datetime64("NaT"), dtype="datetime64[D]"),
            "status": np.full(len(rest), _FILTERED, dtype=np.int16), "distance": distance[rest],
            "x": src.x[rest], "y": src.y[rest],
        })
        layer_report[name] = {"records_in": len(src), "in_a_measure": int(used.sum()), "in_no_measure": int(len(rest))}

    out: Dict[str, np.ndarray] = {}
    for m in scheme.measures:
        out[m.key + "_n"] = columns[m.key + "_n"]
        out[m.key + "_harm"] = columns[m.key + "_harm"]
        out[m.key + "_rank"] = columns[m.key + "_rank"]
        with np.errstate(divide="ignore", invalid="ignore"):
            out[m.key + "_share"] = np.where(total_harm > 0, columns[m.key + "_harm"] / total_harm * 100.0, 0.0)
        if pop is not None:
            out[m.key + "_per_1000"] = columns[m.key + "_per_1000"]
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
        score_columns=out, records=_concat(parts), measures=reports, layers=layer_report,
        shared_boundary_points=shared, month_only=month_only, unparseable_dates=unparseable,
    )


def _weights(m: Measure, scheme: Scheme, src: SourceLayer, status: np.ndarray, report: MeasureReport):
    """(weight, code, table code) per record of the measure's layer; records
    whose weight field is unusable become invalid (status changed in place)."""
    n = len(src)
    in_scope = status != _FILTERED
    none = np.full(n, None, dtype=object)
    if m.method == "table":
        table = scheme.tables[m.key]
        codes = src.columns[m.code_field]
        codes = codes if isinstance(codes, Factorized) else Factorized.of(np.asarray(codes, dtype=object))
        found = match_distinct(table, codes.values)
        scope_idx = codes.index[in_scope & (status != _INVALID) & (status != _OUT_OF_PERIOD)]
        missing, flagged = found.counts(scope_idx)
        report.missing_codes, report.flagged = missing, flagged
        if missing and m.missing_weight == "fail":
            raise MeasureWeightError(m.key, missing)
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
        report.null_weights = int((bad & (status != _OUT_OF_PERIOD)).sum())
        status[bad & (status != _OUT_OF_PERIOD)] = _INVALID
        weights = np.where(unusable, 0.0, weights)
        code, table_code = none, none
    if m.threat_field:
        threat = np.array([float_or_nan(v) for v in src.column(m.threat_field)], dtype=float)
        absent = np.isnan(threat) | (threat < 0)
        report.no_threat_score = int((absent & (status == _ASSIGNED)).sum())
        with np.errstate(over="ignore", invalid="ignore"):
            weights = weights * np.where(absent, 1.0, threat / m.threat_reference)
    _check_weights(m, src, weights, in_scope & (status != _OUT_OF_PERIOD))
    return weights, code, table_code


def _check_weights(m: Measure, src: SourceLayer, weights: np.ndarray, used: np.ndarray) -> None:
    """Refuse a record the measure uses whose weight is not a finite number or
    is above MAX_WEIGHT (a field holding 1e999 or 1e200): such a weight is a
    mistake in the data, and would make every sum infinite. NULL and negative
    values of a weight field are already invalid records, counted."""
    bad = used & bad_weights(weights)
    if not bad.any():
        return
    where = np.flatnonzero(bad)
    source = "field '{0}'".format(m.weight_field) if m.method == "field" else "the measure's weight"
    if m.threat_field:
        source += " times field '{0}' / {1}".format(m.threat_field, show_number(m.threat_reference))
    raise SchemeInputError(
        tr("Measure '{0}': layer '{1}' has {2} record(s) whose weight ({3}) is not a finite number or is above the "
           "largest weight accepted, {4}, e.g. {5}: feature ids {6}. Correct or remove these values.").format(
            m.key, src.name, len(where), source, MAX_WEIGHT_TEXT, show_number(weights[where[0]]),
            first(src.fid[where].tolist())))


def _by_status(status: np.ndarray) -> Dict[str, int]:
    counts = np.bincount(status, minlength=len(RECORD_STATUSES))
    return {code: int(counts[i]) for i, code in enumerate(RECORD_STATUSES)}


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
