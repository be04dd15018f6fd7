"""Parameters and readers shared by every algorithm that weights events by harm.

``socharm:scoreharm`` defines them; later algorithms (grids, density, change)
take "the harm inputs of socharm:scoreharm" by calling the same functions,
so names, help and checks stay identical everywhere.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...domain.harm.harm_table import BUILTIN_TABLES, HarmTable, HarmTableError, load_builtin_table, load_table_csv
from ...domain.codes import LOCATED
from ...domain.limits import MAX_WEIGHT
from ...domain.periods.dates import as_month_text
from ...domain.harm.scoring import MISSING_DEFAULT, MISSING_POLICIES, MISSING_ZERO, Events
from ...domain.periods.calendar import Period
from ...qgis_io.outputs import month_only_field
from ...qgis_io.read_layers import ColumnarRead, PointSummary, matching_fids, read_point_batches, start_columnar_read
from ..outputs.areas import list_codes
from ..base import parameter_date, with_help
from .expressions import check_filter, report_empty_filter
from .point_checks import report_points
from ...compat import DateTimeType, field_type, FieldType, NumberType, SourceType

EVENTS = "EVENTS"
CODE_FIELD = "CODE_FIELD"
HARM_TABLE = "HARM_TABLE"
HARM_TABLE_FILE = "HARM_TABLE_FILE"
MISSING_WEIGHT = "MISSING_WEIGHT"
DEFAULT_WEIGHT = "DEFAULT_WEIGHT"
DATE_FIELD = "DATE_FIELD"
START = "START"
END = "END"
FILTER = "FILTER"

TEXT_TYPES = (FieldType.String,)
WHOLE_NUMBER_TYPES = (FieldType.Int, FieldType.LongLong, FieldType.UInt, FieldType.ULongLong)
DATE_TYPES = (FieldType.String, FieldType.Date, FieldType.DateTime)


def add_harm_parameters(alg) -> None:
    """EVENTS, CODE_FIELD, the harm table, missing-weight policy, period and filter."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterFeatureSource(EVENTS, tr("Events (offences or other records)"), [SourceType.VectorPoint]),
        tr("Point records to weight by harm: offences, nominals, partner records. Records without a location are "
           "kept and counted as no_geometry.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterField(CODE_FIELD, tr("Offence code or category field"), parentLayerParameterName=EVENTS),
        tr("The field holding each record's code, matched to the harm table ignoring case, extra spaces and "
           "characters that show nothing (zero-width spaces, soft hyphens, byte-order marks), with full-width "
           "forms folded (Unicode NFKC): a Home Office offence code (e.g. 8N) or a data.police.uk category "
           "(e.g. Burglary).")))
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(HARM_TABLE, tr("Harm table"), options=[
            tr("ONS Crime Severity Score by Home Office offence code"),
            tr("ONS Crime Severity Score by data.police.uk category"),
        ], defaultValue=0),
        tr("Built-in weights. The category table weights each data.police.uk category by the count-weighted mean "
           "of its offences' scores; anti-social behaviour has no score and weighs 0.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterFile(HARM_TABLE_FILE, tr("Custom harm table (CSV)"), extension="csv", optional=True),
        tr("Your own weights, e.g. the Cambridge Crime Harm Index: a CSV with columns code and weight, and "
           "optionally label. When given it is used instead of the built-in table.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(MISSING_WEIGHT, tr("Codes with no weight"), options=[
            tr("Fail"), tr("Weight 0 (warn)"), tr("Default weight (warn)"),
        ], defaultValue=1),
        tr("What to do with a record whose code is not in the harm table. It is never dropped silently: the log "
           "and the records output count such codes.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(DEFAULT_WEIGHT, tr("Default weight"), type=NumberType.Double, minValue=0.0,
                                     maxValue=MAX_WEIGHT, defaultValue=0.0),
        tr("The weight given to codes with no weight when 'Default weight' is chosen."), advanced=True))
    alg.add_parameter(with_help(
        QgsProcessingParameterField(DATE_FIELD, tr("Date field"), parentLayerParameterName=EVENTS, optional=True),
        tr("A date, date-time or text field (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk "
           "writes). Needed for a period.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(START, tr("Period start"), type=DateTimeType.Date, optional=True),
        tr("First day of the period (inclusive). Month-only dates count whole months.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(END, tr("Period end"), type=DateTimeType.Date, optional=True),
        tr("Last day of the period (inclusive).")))
    alg.add_parameter(with_help(
        QgsProcessingParameterExpression(FILTER, tr("Filter events"), parentLayerParameterName=EVENTS, optional=True),
        tr("Only records for which this expression is true are scored; the rest are kept in the records output "
           "with status filtered. "
           "An expression that cannot be read or names a field the layer lacks stops the run before any record is "
           "read; one that keeps no record is warned about."),
        advanced=True))


@dataclass
class HarmInputs:
    events: Events
    table: HarmTable
    missing_policy: str
    default_weight: float
    period: Period
    filter_expression: str
    layer_name: str
    code_field: str
    date_field: str
    reader: str
    multi_cut: int
    source_fields: object
    extra: Dict[str, object] = field(default_factory=dict)  # the extra_fields read, by name
    # read in batches (open_harm_inputs): events is None until gathered; the batches come from batches(), and
    # points, reader, multi_cut and extra follow them as they pass
    points: Optional[PointSummary] = None
    expected_records: int = 0  # the layer's feature count, when it knows it (0 otherwise)
    _batches: Optional[Iterator[Events]] = field(default=None, repr=False)

    def batches(self) -> Iterator[Events]:
        """The events batch by batch (once), each with its extra columns;
        after the last, the layer's points are reported as read_harm_inputs
        reports them."""
        if self._batches is None:
            raise RuntimeError("the events were read already")
        batches, self._batches = self._batches, None
        return batches

    def batches_until_cancel(self, feedback) -> Iterator[Events]:
        """:meth:`batches`, ending at a cancel (checked before each batch), with the
        feedback's progress moved after each (when the layer knows its count)."""
        done = 0
        for events in self.batches():
            if feedback.isCanceled():
                return
            n = len(events)
            yield events
            del events
            done += n
            if self.expected_records:
                feedback.setProgress(min(100.0, done * 100.0 / self.expected_records))

    def records_extent(self):
        """The extent of the located records (None: none)."""
        if self.events is not None:
            located = located_records(self.events)
            from ...domain.geometry.grid import points_extent

            return points_extent(self.events.x[located], self.events.y[located])
        return self.points.extent if self.points is not None else None


def load_harm_table(alg, parameters, context) -> HarmTable:
    custom = alg.parameterAsFile(parameters, HARM_TABLE_FILE, context)
    try:
        if custom:
            return load_table_csv(Path(custom))
        key = BUILTIN_TABLES[alg.parameterAsEnum(parameters, HARM_TABLE, context)]
        return load_builtin_table(key)
    except HarmTableError as error:
        raise QgsProcessingException(alg.tr("Harm table problem: {0}").format(str(error)))
    except OSError as error:
        raise QgsProcessingException(alg.tr("Cannot read the harm table {0}: {1}").format(custom, error.strerror))


def start_reading_events(alg, parameters, context, feedback, dest_crs,
                         ahead: Optional[int] = None) -> Optional[ColumnarRead]:
    """Begin reading the events' columns in the background when they are read
    column by column (a plain file layer), so the caller can read the areas
    meanwhile. Nothing is checked here: read_harm_inputs checks every choice
    as before and takes the columns from this read (None: nothing begun)."""
    value = parameters.get(EVENTS)
    if not _is_plain_layer(value):
        return None
    layer = alg.parameterAsVectorLayer(parameters, EVENTS, context)
    if layer is None:
        return None
    filter_expression(alg, parameters, context, layer.fields(), layer.name())  # a bad filter: nothing begun
    names = layer.fields().names()
    wanted = _wanted_fields(alg, parameters, context)
    if not wanted[0] or any(name not in names for name in wanted):
        return None
    return start_columnar_read(layer, wanted, dest_crs, feedback, factorize=wanted, ahead=ahead)


@contextmanager
def events_read_in_background(alg, parameters, context, feedback, dest_crs,
                              ahead: Optional[int] = None) -> Iterator[Optional[ColumnarRead]]:
    """:func:`start_reading_events` for a ``with`` block that ends with
    read_harm_inputs: on leaving the block, whatever happened in it (an error
    in the areas or the parameters, a cancel), the read is stopped and its
    thread has ended. One error path: the error reaches the user and the
    process ends cleanly, never under a reader still running. ``ahead``: the
    batches read before the caller takes them (None: all; see ColumnarRead)."""
    read = start_reading_events(alg, parameters, context, feedback, dest_crs, ahead)
    try:
        yield read
    finally:
        if read is not None:
            read.close()


def _wanted_fields(alg, parameters, context) -> list:
    """The event fields read: the code field, and the date field if any."""
    code_field = alg.parameterAsString(parameters, CODE_FIELD, context)
    date_field = alg.parameterAsString(parameters, DATE_FIELD, context) or ""
    return [code_field] + ([date_field] if date_field else [])


def read_harm_inputs(alg, parameters, context, feedback, dest_crs,
                     started: Optional[ColumnarRead] = None, extra_fields: Sequence[str] = ()) -> HarmInputs:
    """Read the events once (fast columnar path where possible) and check every
    choice: :func:`open_harm_inputs` with every batch gathered in ``events``.
    ``started``: from start_reading_events, with the same arguments.
    ``extra_fields``: more fields to read with them (e.g. a record id for links),
    in ``HarmInputs.extra``; a missing one stops the run, naming it."""
    inputs = open_harm_inputs(alg, parameters, context, feedback, dest_crs, started, extra_fields)
    parts = list(inputs.batches())
    if feedback.isCanceled():
        return None
    inputs.events = Events.concat(parts)
    inputs.extra = dict(inputs.events.extra)
    return inputs


def open_harm_inputs(alg, parameters, context, feedback, dest_crs,
                     started: Optional[ColumnarRead] = None, extra_fields: Sequence[str] = (),
                     batch_size: Optional[int] = None) -> HarmInputs:
    """Check every choice and open the events to be read batch by batch
    (:meth:`HarmInputs.batches`, RECORDS_PER_BATCH records at most unless
    ``batch_size``): only a batch of records is held at a time."""
    source, name, fields, code_field, date_field, expression, period = check_harm_parameters(
        alg, parameters, context, feedback, dest_crs)
    layer = alg.parameterAsVectorLayer(parameters, EVENTS, context) if _is_plain_layer(parameters.get(EVENTS)) else None
    wanted = [code_field] + ([date_field] if date_field else [])
    extra = [f for f in dict.fromkeys(extra_fields) if f and f not in wanted]
    for name_ in extra:
        if fields.lookupField(name_) < 0:
            raise QgsProcessingException(alg.tr("Layer '{0}' has no field '{1}'. Fields: {2}").format(
                name, name_, ", ".join(fields.names())))
    batches = read_point_batches(source, layer, wanted + extra, dest_crs, context.transformContext(), feedback,
                                 factorize=wanted + extra, started=started, batch_size=batch_size)
    passing = np.sort(matching_fids(source, expression, context)) if expression else None
    counted = source.featureCount()
    if passing is not None and not len(passing) and counted >= 0:  # said now, before any record is read
        report_empty_filter(alg, alg.tr("Filter events (FILTER)"), expression, source, name, counted, context,
                            feedback)
    month_only = bool(date_field) and month_only_field(alg.parameterAsVectorLayer(parameters, EVENTS, context),
                                                       date_field)
    policy = MISSING_POLICIES[alg.parameterAsEnum(parameters, MISSING_WEIGHT, context)]
    inputs = HarmInputs(
        events=None, table=load_harm_table(alg, parameters, context), missing_policy=policy,
        default_weight=alg.parameterAsDouble(parameters, DEFAULT_WEIGHT, context), period=period,
        filter_expression=expression, layer_name=name, code_field=code_field, date_field=date_field,
        reader="", multi_cut=0, source_fields=fields, points=PointSummary(), expected_records=max(counted, 0),
    )
    extra_read = [f for f in dict.fromkeys(extra_fields) if f]
    inputs._batches = _event_batches(alg, inputs, batches, _Reading(
        source, dest_crs, context, feedback, passing, month_only, extra_read))
    return inputs


def located_extent(alg, parameters, context, feedback, dest_crs):
    """The extent of the events' located records (None: none), from a read of
    their points alone, batch by batch: for what must be known before the
    records are scored (a grid over them)."""
    source = alg.parameterAsSource(parameters, EVENTS, context)
    layer = alg.parameterAsVectorLayer(parameters, EVENTS, context) if _is_plain_layer(parameters.get(EVENTS)) else None
    summary = PointSummary()
    for columns in read_point_batches(source, layer, [], dest_crs, context.transformContext(), feedback):
        if feedback.isCanceled():
            break
        summary.add(columns)
    return summary.extent


@dataclass
class _Reading:
    """What turns a layer's point batches into events."""

    source: object
    dest_crs: object
    context: object
    feedback: object
    passing: Optional[np.ndarray]  # sorted feature ids that pass the filter; None: no filter
    month_only: bool
    extra_fields: List[str]


def _event_batches(alg, inputs: HarmInputs, batches, reading: _Reading) -> Iterator[Events]:
    summary = inputs.points
    code_field, date_field = inputs.code_field, inputs.date_field
    any_pass = False
    for columns in batches:
        summary.add(columns)
        inputs.reader, inputs.multi_cut = columns.reader, summary.multi_cut
        passes = None
        if reading.passing is not None:
            passes = _among(columns.fid, reading.passing)
            any_pass = any_pass or bool(passes.any())
        dates = columns.columns[date_field] if date_field else None
        if dates is not None and reading.month_only:
            dates = as_month_text(dates)  # first-of-month dates that stand for the whole month
        events = Events(
            fid=columns.fid, x=columns.x, y=columns.y, geometry_status=columns.geometry_status,
            codes=columns.columns[code_field], dates=dates, passes_filter=passes,
            extra={f: columns.columns[f] for f in reading.extra_fields},
        )
        inputs.extra = events.extra
        del columns
        yield events
    if reading.feedback.isCanceled():
        return
    report_points(alg, inputs.layer_name, summary, reading.feedback, reading.source, reading.dest_crs)
    if reading.passing is not None and not any_pass and reading.source.featureCount() < 0:
        report_empty_filter(alg, alg.tr("Filter events (FILTER)"), inputs.filter_expression, reading.source,
                            inputs.layer_name, summary.records, reading.context, reading.feedback)


def _among(fid: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """Per feature id: is it in the sorted ids?"""
    if not len(ordered):
        return np.zeros(len(fid), dtype=bool)
    at = np.minimum(np.searchsorted(ordered, fid), len(ordered) - 1)
    return ordered[at] == fid


def check_harm_parameters(alg, parameters, context, feedback, dest_crs):
    """Every check of the harm inputs before a record is read (both engines run them):
    (source, layer name, fields, code field, date field, filter, period)."""
    source = alg.parameterAsSource(parameters, EVENTS, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, EVENTS))
    name = source.sourceName()
    fields = source.fields()
    code_field = alg.parameterAsString(parameters, CODE_FIELD, context)
    date_field = alg.parameterAsString(parameters, DATE_FIELD, context) or ""
    idx = fields.lookupField(code_field)
    if not code_field or idx < 0:
        raise QgsProcessingException(alg.tr("Layer '{0}' has no field '{1}' for offence codes. Fields: {2}").format(
            name, code_field, ", ".join(fields.names())))
    code_type = field_type(fields.at(idx))
    if code_type not in TEXT_TYPES + WHOLE_NUMBER_TYPES:
        raise QgsProcessingException(alg.tr(
            "Field '{0}' of layer '{1}' is of type {2}; offence codes must be text or whole numbers.").format(
            code_field, name, fields.at(idx).typeName()))
    if code_type in WHOLE_NUMBER_TYPES:
        feedback.pushWarning(alg.tr(
            "Field '{0}' of layer '{1}' holds numbers; they are matched as text codes.").format(code_field, name))
    if date_field:
        d_idx = fields.lookupField(date_field)
        if d_idx < 0:
            raise QgsProcessingException(alg.tr("Layer '{0}' has no date field '{1}'.").format(name, date_field))
        if field_type(fields.at(d_idx)) not in DATE_TYPES:
            raise QgsProcessingException(alg.tr(
                "Field '{0}' of layer '{1}' is of type {2}; a date field must be a date, date-time or text.").format(
                date_field, name, fields.at(d_idx).typeName()))
    expression = filter_expression(alg, parameters, context, fields, name)
    period = Period(parameter_date(alg, parameters, START, context), parameter_date(alg, parameters, END, context))
    if period.bounded and not date_field:
        raise QgsProcessingException(alg.tr("A period (start or end) needs a date field on layer '{0}'.").format(name))
    if period.start and period.end and period.start > period.end:
        raise QgsProcessingException(alg.tr("The period starts ({0}) after it ends ({1}).").format(period.start,
                period.end))

    if source.sourceCrs() != dest_crs and source.sourceCrs().isValid():  # no CRS: report_points warns
        feedback.pushInfo(alg.tr("Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).").format(
            name, source.sourceCrs().authid(), dest_crs.authid()))
        if source.sourceCrs().isGeographic() and dest_crs.authid() == "EPSG:27700":
            feedback.pushWarning(alg.tr(
                "Layer '{0}' is in {1}: without the OSTN15 grid installed, QGIS converts to British National Grid "
                "with a Helmert transform accurate to a few metres; records near a boundary may fall on "
                "the other side.").format(
                name, source.sourceCrs().authid()))
    return source, name, fields, code_field, date_field, expression, period


def filter_expression(alg, parameters, context, fields, layer_name: str) -> str:
    """FILTER as text ("" when none), parsed and its fields checked against the events' ``fields``.
    (Read as a string: parameterAsExpression gives "" for an expression QGIS cannot parse.)"""
    expression = (alg.parameterAsString(parameters, FILTER, context) or "").strip()
    if expression:
        check_filter(alg, alg.tr("Filter events (FILTER)"), expression, fields, layer_name)
    return expression


def _is_plain_layer(value) -> bool:
    """A layer or layer id/path: not 'selected features only' or a feature limit."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return False
    return isinstance(value, (str, QgsVectorLayer))


def missing_weight_error(alg, inputs, error) -> QgsProcessingException:
    return QgsProcessingException(alg.tr(
        "Layer '{0}', field '{1}': {2} code(s) have no weight in harm table '{3}': {4}. Add them to a custom table "
        "or choose another 'Codes with no weight' option.").format(
        inputs.layer_name, inputs.code_field, len(error.missing), inputs.table.name, list_codes(error.missing)))


def report_result(alg, result, inputs, feedback) -> None:
    """The reconciliation, codes without weight, flagged rows and unreadable dates, as scoreharm reports them.
    (When no record is counted, the algorithm says why with nothing_counted.)"""
    rec = result.reconciliation
    parts = ", ".join("{0} {1}".format(n, code) for code, n in rec["by_status"].items() if n)
    feedback.pushInfo(alg.tr("Records in: {0} = {1}").format(rec["records_in"], parts or "0"))
    report_missing_weights(alg, result, inputs, feedback)
    report_flagged(alg, result.flagged, feedback)
    if result.unparseable_dates:
        feedback.pushWarning(alg.tr("Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}; those "
                                    "records are invalid for the period.").format(
            inputs.date_field, inputs.layer_name, ", ".join(result.unparseable_dates)))


def located_records(events) -> np.ndarray:
    from ...domain.columns import Factorized

    return Factorized.of(events.geometry_status).equals(LOCATED) & np.isfinite(events.x) & np.isfinite(events.y)


def report_inputs(alg, inputs, feedback) -> None:
    if (len(inputs.events) if inputs.events is not None else inputs.points.records) == 0:
        feedback.pushWarning(alg.tr("Layer '{0}' has no records.").format(inputs.layer_name))
    if inputs.multi_cut:
        feedback.pushWarning(alg.tr("Layer '{0}': {1} multipoint records have several points; each was placed at "
                                    "its first point.").format(
            inputs.layer_name, inputs.multi_cut))


def report_missing_weights(alg, result, inputs, feedback) -> None:
    """Codes not in the harm table that were weighed anyway (0 or the default weight), counted."""
    if result.missing_codes:
        n = sum(result.missing_codes.values())
        if inputs.missing_policy == MISSING_ZERO:
            feedback.pushWarning(alg.tr("{0} records with {1} code(s) not in harm table '{2}' weigh 0: {3}").format(
                n, len(result.missing_codes), inputs.table.name, list_codes(result.missing_codes)))
        elif inputs.missing_policy == MISSING_DEFAULT:
            feedback.pushWarning(alg.tr("{0} records with {1} code(s) not in harm table '{2}' weigh the default "
                                        "{3}: {4}").format(
                n, len(result.missing_codes), inputs.table.name, inputs.default_weight, list_codes(
                    result.missing_codes)))


def report_flagged(alg, flagged: dict, feedback, other_flags: bool = True) -> None:
    """Records that matched flagged table rows: those with no Crime Severity Score weigh 0
    (and, with ``other_flags``, every other flag is counted too)."""
    for flag, n in flagged.items():
        if flag == "no_css_weight":
            feedback.pushWarning(alg.tr("{0} records are anti-social behaviour or another category with no Crime "
                                        "Severity Score: they weigh 0.").format(n))
        elif other_flags:
            feedback.pushWarning(alg.tr("{0} records matched table rows flagged '{1}'.").format(n, flag))
