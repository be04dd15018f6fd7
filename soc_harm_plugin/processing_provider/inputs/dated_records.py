"""Dated, weighted records for the algorithms that look at harm over time.

``socharm:harmchange``, ``socharm:harmtrend`` and
``socharm:performanceframework`` take either the harm inputs of
``socharm:scoreharm`` (EVENTS, CODE_FIELD, the harm table, DATE_FIELD) or a
harm SCHEME in their place. Both come through :func:`read_dated_records`,
which reads every layer once, weights and places every record with the same
engines as the scoring algorithms (unfiltered by period, so every period
comes from one read), and returns one row per record (per record and measure
for a scheme) as plain arrays: :class:`~soc_harm_plugin.domain.analyses.change.DatedRecords`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterField,
)

from ...domain.analyses.change import DatedRecords
from ...domain.analyses.collapse import DatedCollector
from ...domain.columns import Factorized
from ...domain.geometry.grid import geometries_extent, points_extent
from ...domain.harm.scoring import HarmScorer, MissingWeightError
from ...domain.codes import FILTERED, INVALID, OUTSIDE
from ...domain.periods.dates import parse_date_column
from ...domain.periods.calendar import Period
from ...qgis_io.outputs import provenance_of
from . import engine as engines
from . import harm as harm_inputs
from .. import nothing_counted
from ..outputs.areas import list_codes
from .areas import AREA_ID, AREA_NAME, AREAS, read_area_layer
from .crs import FOR_AREAS, warn_geographic
from ..base import with_help
from ...compat import ParameterFlag

TOLERANCE = "TOLERANCE"
THEME_FIELD = "THEME_FIELD"


def add_record_parameters(alg, theme_field: bool = False) -> None:
    """The harm inputs of socharm:scoreharm without its period (START, END), with
    EVENTS and CODE_FIELD optional because a SCHEME may stand in their place; then
    SCHEME and LAYERS; then the street search distance."""
    from . import scheme as scheme_inputs

    tr = alg.tr
    harm_inputs.add_harm_parameters(alg)
    for name in (harm_inputs.START, harm_inputs.END):
        alg.removeParameter(name)
    engines.add_engine_parameter(alg)
    for name in (harm_inputs.EVENTS, harm_inputs.CODE_FIELD):
        definition = alg.parameterDefinition(name)
        definition.setFlags(definition.flags() | ParameterFlag.Optional)
    alg.parameterDefinition(harm_inputs.EVENTS).setHelp(tr(
        "Point records to weight by harm: offences, nominals, partner records. Leave empty when a harm scheme is "
        "given instead."))
    alg.parameterDefinition(harm_inputs.DATE_FIELD).setHelp(tr(
        "The events' date: a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as "
        "data.police.uk writes it). "
        "A date-time counts on the date it shows in its own time zone (its local date), never converted to UTC. "
        "Month-only dates, or a field the SOC Harm police.uk importer marked month-only, make every period whole "
        "months."))
    alg.parameterDefinition(harm_inputs.FILTER).setHelp(tr(
        "Only records for which this expression is true are used; the rest are counted as filtered in the "
        "reconciliation. "
        "An expression that cannot be read or names a field the layer lacks stops the run before any record is read."))
    if theme_field:
        alg.add_parameter(with_help(
            QgsProcessingParameterField(THEME_FIELD, tr("Theme field"), parentLayerParameterName=harm_inputs.EVENTS,
                                        optional=True),
            tr("With events (not a scheme): the field naming each record's theme, e.g. soc_theme (drugs, firearms, "
               "...). Each distinct value is a theme.")))
    scheme_inputs.add_scheme_parameters(alg, optional=True)
    alg.parameterDefinition(scheme_inputs.SCHEME).setHelp(tr(
        "A harm scheme (JSON) to use instead of the events and harm table: its measures' records, weights and date "
        "fields. "
        "Measures without a date field cannot be placed in time: their records are counted as no_date."))
    alg.add_parameter(with_help(
        QgsProcessingParameterDistance(TOLERANCE, tr("Street search distance"), defaultValue=50.0,
                                       parentParameterName=AREAS, minValue=0.0),
        tr("With street lines as areas: how far a record may lie from its nearest street and still count on it."),
        advanced=True))


@dataclass
class RecordsRead:
    """What read_dated_records read, with what the log and provenance need."""

    records: DatedRecords
    source: dict  # for provenance: the events layer and harm table, or the scheme
    description: str  # 'layer 'offences' with ...' for the log
    themes: List[str] = field(default_factory=list)  # theme keys in order (measures, dimensions or field values)
    theme_labels: Dict[str, str] = field(default_factory=dict)
    dimensions: Optional[np.ndarray] = None  # per row, scheme only
    measures: List[str] = field(default_factory=list)
    dimension_labels: List[str] = field(default_factory=list)
    month_only_reason: str = ""  # "data", "metadata", "mixed" or ""
    undated_measures: List[str] = field(default_factory=list)
    scheme: object = None
    table_codes: Optional[np.ndarray] = None  # per row, events only: the harm table's code matched (None: none)
    table: object = None  # events only: the HarmTable that weighted them
    engine: Dict[str, str] = field(default_factory=dict)  # events only: engine (and engine_reason) for provenance


def read_areas_parameter(alg, parameters, context, feedback):
    """(area source, AreaLayer, crs) with the checks of area_inputs."""
    source = alg.parameterAsSource(parameters, AREAS, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, AREAS))
    crs = source.sourceCrs()
    warn_geographic(crs, source.sourceName(), FOR_AREAS, feedback)
    area = read_area_layer(alg, source, alg.parameterAsString(parameters, AREA_ID, context), context, feedback,
                           dest_crs=crs, name_field=alg.parameterAsString(parameters, AREA_NAME, context) or "",
                           layer=alg.parameterAsVectorLayer(parameters, AREAS, context))
    return source, area, crs


def area_names(area, source) -> list:
    """Each area's name as text (its id where there is no name field or no name)."""
    ids = list(area.areas.ids)
    index = source.fields().lookupField(area.name_field) if area.name_field else -1
    names = []
    for k, attrs in enumerate(area.rows.attributes):
        value = attrs[index] if index >= 0 else None
        names.append(str(ids[k]) if value is None or str(value).strip() in ("", "NULL") else str(value))
    return names


def uses_scheme(alg, parameters, context) -> bool:
    from . import scheme as scheme_inputs

    return bool(alg.parameterAsFile(parameters, scheme_inputs.SCHEME, context))


def read_dated_records(alg, parameters, context, feedback, area, crs, theme_field: bool = False) -> Optional[
    RecordsRead]:
    """Every record once (per measure for a scheme), weighted, placed in an area and dated.

    None when cancelled. Raises QgsProcessingException naming the layer and
    field for a missing date field, a missing weight under 'Fail', and so on.
    """
    if uses_scheme(alg, parameters, context):
        if parameters.get(harm_inputs.EVENTS) not in (None, ""):
            feedback.pushWarning(alg.tr("A harm scheme is given: the events layer and harm table are not used."))
        return _read_scheme(alg, parameters, context, feedback, area, crs)
    if parameters.get(harm_inputs.EVENTS) in (None, ""):
        raise QgsProcessingException(alg.tr("Give either an events layer (EVENTS, with its code and date fields) "
                                            "or a harm scheme (SCHEME)."))
    return _read_events(alg, parameters, context, feedback, area, crs, theme_field)


def month_only_from_metadata(layer, date_field: str) -> bool:
    """Did the SOC Harm police.uk importer write this field as month-only dates?

    The importer records ``"month": {"field": ..., "month_only": true}`` in the
    layer's provenance (its month field holds the first day of each month)."""
    if layer is None or not date_field:
        return False
    try:
        provenance = provenance_of(layer) or {}
    except Exception:  # a layer without readable metadata is simply not marked
        return False
    month = provenance.get("month")
    if isinstance(month, dict) and month.get("month_only") and str(month.get("field",
                                                                             "")).lower() == date_field.lower():
        return True
    index = layer.fields().lookupField(date_field)
    return index >= 0 and layer.fields().at(index).comment().lower().startswith("month-only")


def _read_events(alg, parameters, context, feedback, area, crs, theme_field: bool) -> Optional[RecordsRead]:
    """The events batch by batch (RECORDS_PER_BATCH at a time): each batch weighed and
    placed (HarmScorer), then collapsed into rows with a count (DatedCollector), so
    memory grows with the distinct (area, day, weight, status, theme, code), not the records."""
    date_field = alg.parameterAsString(parameters, harm_inputs.DATE_FIELD, context) or ""
    source = alg.parameterAsSource(parameters, harm_inputs.EVENTS, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, harm_inputs.EVENTS))
    if not date_field:
        raise QgsProcessingException(alg.tr("Layer '{0}': choose its date field (DATE_FIELD): change over time "
                                            "needs each record's date.").format(
            source.sourceName()))
    theme = alg.parameterAsString(parameters, THEME_FIELD, context) if theme_field else ""
    if theme and source.fields().lookupField(theme) < 0:
        raise QgsProcessingException(alg.tr("Layer '{0}' has no theme field '{1}'.").format(source.sourceName(), theme))
    engine = engines.choose_engine(alg, parameters, context, feedback, records_output="",
                                   desktop_because=engines.BY_THEME if theme else "")
    engine = engines.areas_in_database(alg, engine, area, feedback)  # the rows read, by the table's key
    if engine.in_database:
        return _read_events_in_database(alg, engine, parameters, context, feedback, area, crs)
    if theme:
        theme = source.fields().at(source.fields().lookupField(theme)).name()
    inputs = harm_inputs.open_harm_inputs(alg, parameters, context, feedback, crs,
                                          extra_fields=[theme] if theme else ())
    scorer = HarmScorer(area.areas, inputs.table, missing_policy=inputs.missing_policy,
                        default_weight=inputs.default_weight, period=Period(),
                        tolerance=alg.parameterAsDouble(parameters, TOLERANCE, context),
                        expected_records=inputs.expected_records)
    collector = DatedCollector(themed=bool(theme))
    dates_read = _DatesRead()
    outside_extent = None
    for events in inputs.batches_until_cancel(feedback):
        rec = scorer.add(events)
        dates = parse_date_column(events.dates)
        dates_read.add(dates)
        outside = rec.status == rec.status_labels.index(OUTSIDE)
        outside_extent = _union(outside_extent, points_extent(events.x[outside], events.y[outside]))
        collector.add(rec.area_index, rec.weight, dates.day, rec.status, dates.unparseable,
                      measure=_theme_column(events.extra[theme]) if theme else None, table_code=rec.table_code,
                      status_labels=rec.status_labels)
        del events, rec, dates
    if feedback.isCanceled():
        return None
    try:
        result = scorer.finish()
    except MissingWeightError as error:
        raise harm_inputs.missing_weight_error(alg, inputs, error)
    _report_weights(alg, result, inputs, feedback)
    layer = alg.parameterAsVectorLayer(parameters, harm_inputs.EVENTS, context)
    from_metadata = month_only_from_metadata(layer, date_field)
    month_only = from_metadata or dates_read.some_month_only
    reason = "metadata" if from_metadata else ("data" if dates_read.all_month_only else (
        "mixed" if dates_read.some_month_only else ""))
    records, table_codes = collector.result(month_only, dates_read.examples)
    themes: List[str] = []
    if theme:
        themes = sorted({v for v in records.measure.tolist() if v is not None}, key=str)
    provenance = _events_provenance(inputs, result.missing_codes, theme)
    description = alg.tr("layer '{0}' weighted by {1}").format(_layer_label(layer, inputs.layer_name),
                                                               inputs.table.name)
    _check_placed(alg, nothing_counted.statuses_of(records.status, records.count), description, area, feedback, {
        FILTERED: alg.tr("{0} are left out by the filter {1}"), INVALID: alg.tr("{0} have an invalid location")},
        inputs.filter_expression, outside_extent)
    return RecordsRead(records, provenance, description, themes=themes, theme_labels={t: str(t) for t in themes},
                       month_only_reason=reason, table_codes=table_codes, table=inputs.table,
                       engine=engine.provenance())


class _DatesRead:
    """What the dates of every batch say together: month-only (some, all) and
    the first five unreadable values, as one read of them all says it."""

    def __init__(self):
        self.some_month_only = False
        self.any_day = False
        self.every_day_month_only = True
        self.examples: List[str] = []

    def add(self, dates) -> None:
        present = ~np.isnat(dates.day)
        if present.any():
            self.any_day = True
            self.some_month_only = self.some_month_only or bool(dates.month_only[present].any())
            self.every_day_month_only = self.every_day_month_only and bool(dates.month_only[present].all())
        for example in dates.examples:
            if len(self.examples) < 5 and example not in self.examples:
                self.examples.append(example)

    @property
    def all_month_only(self) -> bool:
        return self.any_day and self.every_day_month_only


def _union(extent, more):
    """Two extents (None: none) as one."""
    if extent is None or more is None:
        return extent if more is None else more
    return (min(extent[0], more[0]), min(extent[1], more[1]), max(extent[2], more[2]), max(extent[3], more[3]))


def _theme_column(column) -> Factorized:
    """A theme field's values as text (None for NULL or blank), each distinct value once."""
    column = Factorized.of(column)
    return Factorized(column.index, [_theme_text(v) for v in column.values])


def _theme_text(value) -> Optional[str]:
    if value is None or (hasattr(value, "isNull") and value.isNull()) or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text if text else None


def _read_events_in_database(alg, engine, parameters, context, feedback, area, crs) -> Optional[RecordsRead]:
    """_read_events on the PostGIS path: the same rows, from counts made in the database."""
    from .dated_database import count_dated_in_database

    counted = count_dated_in_database(alg, engine, parameters, context, feedback, area, crs)
    if counted is None:
        return None
    inputs, dated, weighed, extent = counted
    layer = alg.parameterAsVectorLayer(parameters, harm_inputs.EVENTS, context)
    from_metadata = month_only_from_metadata(layer, inputs.date_field)
    records = dated.records
    records.month_only = from_metadata or records.month_only
    _report_weights(alg, weighed, inputs, feedback)
    description = alg.tr("layer '{0}' weighted by {1}").format(_layer_label(layer, inputs.layer_name),
                                                               inputs.table.name)
    _check_placed(alg, nothing_counted.statuses_of(records.status, records.count), description, area, feedback, {
        FILTERED: alg.tr("{0} are left out by the filter {1}"), INVALID: alg.tr("{0} have an invalid location")},
        inputs.filter_expression, extent)
    return RecordsRead(records, _events_provenance(inputs, weighed.missing_codes, ""), description,
                       month_only_reason="metadata" if from_metadata else dated.month_only_in_data,
                       table_codes=dated.table_codes, table=inputs.table, engine=engine.provenance())


def _events_provenance(inputs, missing_codes: dict, theme: str) -> dict:
    """The provenance of dated events (``source`` of the outputs), on either engine."""
    return {
        "events_layer": inputs.layer_name, "code_field": inputs.code_field, "date_field": inputs.date_field,
        "harm_table": inputs.table.provenance(), "filter": inputs.filter_expression or None,
        "missing_weight": {"policy": inputs.missing_policy, "codes": missing_codes},
        "theme_field": theme or None,
    }


def _layer_label(layer, fallback: str) -> str:
    """A layer's name for messages: its table name in a GeoPackage opened by path (qgis_process
    names such a layer after the file), else its own name."""
    if layer is None:
        return fallback
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    table = parts.get("layerName")
    stem = Path(parts["path"]).stem if parts.get("path") else ""
    if table and layer.name() in ("", stem):
        return table
    return layer.name() or fallback


def _read_scheme(alg, parameters, context, feedback, area, crs) -> Optional[RecordsRead]:
    from ...domain.harm.scheme_scoring import MeasureWeightError, SchemeInputError, score_scheme
    from . import scheme as scheme_inputs

    scheme = scheme_inputs.load_scheme_parameter(alg, parameters, context)
    feedback.pushInfo(alg.tr("Scheme '{0}' ({1} measures: {2})").format(
        scheme.name, len(scheme.measures), ", ".join(m.key for m in scheme.measures)))
    layers = scheme_inputs.resolve_layers(alg, parameters, context, scheme, feedback)
    read = scheme_inputs.read_scheme_layers(alg, scheme, layers, context, feedback, crs)
    if read is None or feedback.isCanceled():
        return None
    try:
        result = score_scheme(scheme, read.layers, area.areas, filters=read.filters, period=Period(),
                              tolerance=alg.parameterAsDouble(parameters, TOLERANCE, context))
    except MeasureWeightError as error:
        m = scheme.measure(error.measure)
        raise QgsProcessingException(alg.tr(
            "Scheme '{0}', measure '{1}': {2} code(s) have no weight in harm table '{3}': {4}.").format(
            scheme.name, m.key, len(error.missing), scheme.tables[m.key].name, list_codes(error.missing)))
    except SchemeInputError as error:
        raise QgsProcessingException(alg.tr("Scheme '{0}': {1}").format(scheme.name, str(error)))
    rec = result.records
    status = np.asarray(rec.status_text(), dtype=object)
    unparseable = np.zeros(len(rec), dtype=bool)
    examples: List[str] = []
    month_flags = []
    undated = []
    for m in scheme.measures:
        rows = np.flatnonzero(rec.measure == m.key)
        if not m.date_field:
            undated.append(m.key)
            continue
        src = read.layers[m.layer]
        dates = parse_date_column(src.columns[m.date_field])
        position = _rows_of_fids(src.fid, rec.fid[rows])
        unparseable[rows] = dates.unparseable[position]
        examples.extend(e for e in dates.examples if e not in examples)
        if len(rows):
            month_flags.append(bool(result.month_only.get(m.key)) or month_only_from_metadata(layers.get(m.layer),
                    m.date_field))
    if undated:
        feedback.pushWarning(alg.tr(
            "Scheme '{0}': measure(s) {1} have no date field, so their records cannot be placed in time; they are "
            "counted as no_date.").format(
            scheme.name, ", ".join(undated)))
    month_only = any(month_flags)
    reason = ("data" if all(month_flags) else "mixed") if month_only else ""
    records = DatedRecords(
        area_index=np.asarray(rec.area_index), weight=np.asarray(rec.weight, dtype=float),
        day=np.asarray(rec.date, dtype="datetime64[D]"), status=status, unparseable=unparseable,
        month_only=month_only, unparseable_examples=examples[:5], measure=np.asarray(rec.measure, dtype=object),
    )
    provenance = {"scheme": {"name": scheme.name, "version": scheme.version, "edition": scheme.edition,
                             "sha256": scheme.sha256,
                             "measures": [{"key": m.key, "label": m.label, "dimension": m.dimension,
                                           "date_field": m.date_field or None} for m in scheme.measures]},
                  "layers": read.sources,
                  "rows": "one per record and measure that selects it, plus one (filtered) per record no measure "
                          "selects"}
    description = alg.tr("harm scheme '{0}'").format(scheme.name)
    outside = status == OUTSIDE
    _check_placed(alg, nothing_counted.statuses_per_record(status, rec.layer, rec.fid), description, area, feedback, {
        FILTERED: alg.tr("{0} are selected by no measure of the scheme"), INVALID: alg.tr(
            "{0} have an invalid location")},
        "", points_extent(rec.x[outside], rec.y[outside]))
    return RecordsRead(records, provenance, description, themes=[m.key for m in scheme.measures],
                       theme_labels={m.key: m.label or m.key for m in scheme.measures},
                       dimensions=np.asarray(rec.dimension, dtype=object), measures=[m.key for m in scheme.measures],
                       dimension_labels=list(scheme.dimensions), month_only_reason=reason,
                       undated_measures=undated, scheme=scheme)


def _check_placed(alg, by_status, description: str, area, feedback, templates: dict, filter_expression: str,
                  record_extent) -> None:
    """Stop when the filter (or, for a scheme, its measures) leaves no record: no period
    can be compared then, and saying the dates cannot be read would mislead. Warn when
    records are left but none lies in an area: every area then has 0 in every period."""
    texts = {code: template.format(by_status.get(code, 0), filter_expression) for code, template in templates.items()}
    if by_status and set(by_status) == {FILTERED}:
        raise QgsProcessingException(alg.tr("No record of {0} is left to compare: {1}.").format(description, texts[
            FILTERED]))
    if nothing_counted.counted_none(by_status):
        feedback.pushWarning(alg.tr("No record of {0} lies in any area of '{1}', so every area has 0 records in "
                                    "every period: {2}.").format(
            description, area.name, nothing_counted.reasons(alg, by_status, texts=texts, record_extent=record_extent,
                                               area_extent=geometries_extent(area.areas.geometries))))


def _rows_of_fids(fids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    order = np.argsort(fids, kind="stable")
    at = np.searchsorted(fids[order], wanted)
    return order[np.clip(at, 0, len(order) - 1)]


def _report_weights(alg, result, inputs, feedback) -> None:
    harm_inputs.report_missing_weights(alg, result, inputs, feedback)
    harm_inputs.report_flagged(alg, result.flagged, feedback, other_flags=False)
    if result.shared_boundary_points:
        feedback.pushInfo(alg.tr("{0} records lay on a boundary shared by areas (or in an overlap); each counted "
                                 "once, in the area whose id sorts first.").format(
            result.shared_boundary_points))


def report_dates(alg, read: RecordsRead, feedback, date_label: str) -> None:
    """Warnings about the records' dates: unparseable (counted and listed), month-only, mixed."""
    records = read.records
    bad = int(records.counts()[records.unparseable & records.in_scope()].sum())
    if bad:
        feedback.pushWarning(alg.tr("{0} records have a date that cannot be read in {1}, e.g. {2}: they are "
                                    "counted as unparseable_date and compared in no period.").format(
            bad, date_label, ", ".join(repr(e) for e in records.unparseable_examples)))
    if read.month_only_reason == "metadata":
        feedback.pushInfo(alg.tr("{0} holds month-only dates (recorded by the police.uk import): periods are whole "
                                 "months.").format(date_label))
    elif read.month_only_reason == "data":
        feedback.pushInfo(alg.tr("{0} holds month-only dates (e.g. 2019-02): periods are whole months.").format(
            date_label))
    elif read.month_only_reason == "mixed":
        feedback.pushWarning(alg.tr("{0} mixes month-only dates with full dates: every record is taken by its "
                                    "month and periods are whole months.").format(date_label))

