"""Which engine scores the records: PostGIS (SQL in the layers' own database) or the desktop.

``choose_engine`` is the one call at the start of a harm algorithm's
processAlgorithm. The PostGIS path runs when AREAS and EVENTS are PostGIS
layers of one database (their subset strings are applied in SQL, FILTER is
translated to SQL) and nothing asks for what only the desktop path does;
otherwise the desktop path runs, and when PostGIS layers went that way the
provenance says why (``engine_reason``, a stable English code) and so does
the log. Both paths give the same outputs: the database sends back counts
per distinct value and per area (``qgis_io/postgis``), and
``domain/harm/grouped`` turns them into what ``score_harm`` gives.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterEnum,
)

from ...compat import FeatureRequestFlag, WkbType
from ...domain.codes import LOCATED
from ...qgis_io.outputs import month_only_field
from ..base import with_help
from . import harm as harm_inputs

ENGINE = "ENGINE"
AUTOMATIC, DESKTOP_ONLY = 0, 1  # ENGINE's options (public order)

POSTGIS = "postgis"
DESKTOP = "desktop"

# Why PostGIS layers were scored on the desktop (provenance engine_reason: stable codes)
DESKTOP_CHOSEN = "desktop_chosen"
ONE_LAYER_NOT_POSTGIS = "one_layer_not_postgis"
DIFFERENT_DATABASES = "different_databases"
SELECTION = "selection"
FEATURE_LIMIT = "feature_limit"
FILTER_NOT_TRANSLATABLE = "filter_not_translatable"
RECORDS_OUTPUT = "records_output"
STREET_LINES = "street_lines"
QUERY_LAYER = "query_layer"
CURVED_GEOMETRY = "curved_geometry"
NO_RECORD_KEY = "no_record_key"
NO_DRIVER = "no_psycopg2"
BY_THEME = "theme_field"  # a theme field splits the dated records (the performance framework)
CUT_TO_BOUNDARY = "cut_to_boundary"  # harmgrid: records tested against the boundary's polygons
EVENTS_CRS = "events_crs_differs"  # harmgrid: the events would be transformed to the grid's CRS
SELECTION_NO_KEY = "selection_without_key"  # selected events, but no key column to name them by in SQL
LINK_ID_TYPE = "link_id_type"  # scorescheme: a link's record ids cannot be compared in SQL as QGIS compares them
RECORD_KEY_TYPE = "record_key_type"  # scorescheme: a measure layer has no integer key (records named by QGIS's fids)
AREA_IDS_SHARED = "area_ids_shared_without_key"  # areas read share ids with rows left out; no key to tell them apart
ENGINE_REASONS = (DESKTOP_CHOSEN, ONE_LAYER_NOT_POSTGIS, DIFFERENT_DATABASES, SELECTION, FEATURE_LIMIT,
                  FILTER_NOT_TRANSLATABLE, RECORDS_OUTPUT, STREET_LINES, QUERY_LAYER, CURVED_GEOMETRY, NO_RECORD_KEY,
                  NO_DRIVER, BY_THEME, CUT_TO_BOUNDARY, EVENTS_CRS, SELECTION_NO_KEY, LINK_ID_TYPE, AREA_IDS_SHARED,
                  RECORD_KEY_TYPE)


def add_engine_parameter(alg) -> None:
    """ENGINE (advanced): automatic (PostGIS when it can) or always the desktop."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(ENGINE, tr("Engine"), options=[
            tr("Automatic (in the database when areas and events are PostGIS layers of one database)"),
            tr("Desktop (read every record into QGIS)")], defaultValue=AUTOMATIC),
        tr("Where the records are counted. Automatic counts them in PostgreSQL when both layers are PostGIS "
           "layers of one database, so that no record leaves it; the outputs are the same either way. The log and "
           "the provenance (engine, engine_reason) say which engine ran and why."),
        advanced=True))


@dataclass
class Engine:
    """The engine chosen for one run, and what the PostGIS path needs."""

    name: str
    reason: str = ""
    events: object = None  # layers.PgLayer
    areas: object = None
    filter_sql: object = None  # expressions.FilterSql
    session: object = None
    records_target: Optional[Tuple[str, str]] = None  # RECORDS as a table of the same database: (schema, table)
    events_selection: Optional[list] = None  # key values of the selected events (None: no selection)
    areas_selected: bool = False  # only the selected areas are used (restricted to the rows QGIS read)
    areas_spec: object = None  # harm_sql.AreasSpec: the areas as the SQL reads them (areas_in_database)
    scheme_layers: Optional[dict] = None  # scorescheme: layer name -> scheme_database.LayerInDatabase

    @property
    def in_database(self) -> bool:
        return self.name == POSTGIS

    def provenance(self) -> dict:
        return {"engine": self.name, **({"engine_reason": self.reason} if self.reason else {})}

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


def _reason_text(alg, reason: str) -> str:
    texts = {
        DESKTOP_CHOSEN: alg.tr("the Engine parameter asks for the desktop"),
        ONE_LAYER_NOT_POSTGIS: alg.tr("only one of the areas and the events is a PostGIS layer"),
        DIFFERENT_DATABASES: alg.tr("the areas and the events are in different databases"),
        SELECTION: alg.tr("only selected features are used"),
        FEATURE_LIMIT: alg.tr("the input has a feature limit or a filter of its own"),
        FILTER_NOT_TRANSLATABLE: alg.tr("the filter has a part the database cannot evaluate exactly as QGIS does"),
        RECORDS_OUTPUT: alg.tr("the records output goes to a file or another database"),
        STREET_LINES: alg.tr("the areas are street lines"),
        QUERY_LAYER: alg.tr("a layer is an SQL query, not a table or view"),
        CURVED_GEOMETRY: alg.tr("a layer has curved geometries"),
        NO_RECORD_KEY: alg.tr("the events come from a view with no key column"),
        NO_DRIVER: alg.tr("Python's PostgreSQL driver (psycopg2) is not installed"),
        BY_THEME: alg.tr("the records are split by a theme field"),
        SELECTION_NO_KEY: alg.tr("only selected events are used, and their layer has no integer or text key column "
                                 "to name them by in the database"),
        AREA_IDS_SHARED: alg.tr("areas read have the same id as areas of the table that are not read (a selection "
                                "or a subset string), and the table has no integer or text key column to tell them "
                                "apart in the database"),
        CUT_TO_BOUNDARY: alg.tr("the cells are cut to the boundary, so each record is tested against its polygons"),
        EVENTS_CRS: alg.tr("the events are not in the grid's CRS: the database's transformation could differ from "
                           "QGIS's in the last digits, and a record on a cell edge could change cell"),
        LINK_ID_TYPE: alg.tr("a link's record ids cannot be compared in the database exactly as QGIS compares them "
                             "(a column that is neither integer nor text, or text in a database not encoded in "
                             "UTF-8)"),
        RECORD_KEY_TYPE: alg.tr("a measure layer has no integer key column, so the database cannot name its records "
                                "by the feature ids QGIS gives them"),
    }
    return texts.get(reason, reason)


def _layer_of(alg, parameters, name: str, context):
    """The parameter's layer, also when given as a source definition (selected features, a limit)."""
    from qgis.core import QgsProcessingUtils

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
    return alg.parameterAsVectorLayer(parameters, name, context)


def _source_reason(parameters, name: str) -> str:
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly:
            return SELECTION
        if value.featureLimit not in (-1, None) or (hasattr(value, "filterExpression") and value.filterExpression):
            return FEATURE_LIMIT
    return ""


def choose_engine(alg, parameters, context, feedback, areas_name: Optional[str] = "AREAS",
                  records_output: str = "RECORDS", events_reason=None, desktop_because: str = "") -> Engine:
    """The engine for this run (see the module docstring); says in the log which one and why.

    ``areas_name`` None: the records are placed without an areas layer (harmgrid's cells),
    so only the events need be PostGIS. ``events_reason``: a callable given the events'
    PgLayer that returns why the desktop must run for this algorithm ("" when nothing).
    ``desktop_because``: a reason (one of ENGINE_REASONS) this run needs the desktop path."""
    from ...qgis_io.postgis.layers import pg_layer, same_connection

    events_layer = _layer_of(alg, parameters, harm_inputs.EVENTS, context)
    pg_events = pg_layer(events_layer)
    if areas_name is None:
        if pg_events is None:
            return Engine(DESKTOP)
        engine = _postgis_or_why(alg, parameters, context, None, pg_events, same_connection, records_output,
                                 events_reason=events_reason)
    else:
        pg_areas = pg_layer(_layer_of(alg, parameters, areas_name, context))
        if pg_areas is None and pg_events is None:
            return Engine(DESKTOP)
        if desktop_because:
            engine = Engine(DESKTOP, desktop_because)
        else:
            engine = _postgis_or_why(alg, parameters, context, pg_areas, pg_events, same_connection, records_output)
    say_engine(alg, engine, feedback, cells=areas_name is None)
    return engine


def say_engine(alg, engine: Engine, feedback, cells: bool = False, scheme: bool = False) -> None:
    """The log's word on the engine chosen (and why the desktop, for PostGIS layers)."""
    if engine.in_database and scheme:
        feedback.pushInfo(alg.tr("Engine: PostGIS. The areas and every measure layer of the scheme are PostGIS layers "
                                 "of one database; the records are counted there and only counts come back."))
    elif engine.in_database and cells:
        feedback.pushInfo(alg.tr("Engine: PostGIS. The events are a PostGIS layer; the records are placed in "
                                 "cells there and only counts per cell come back."))
    elif engine.in_database:
        feedback.pushInfo(alg.tr("Engine: PostGIS. Areas and events are PostGIS layers of one database; the records "
                                 "are counted there and only counts per area come back."))
    else:
        feedback.pushInfo(alg.tr("Engine: desktop, though PostGIS layers are given: {0} ({1}).").format(
            _reason_text(alg, engine.reason), engine.reason))


def _postgis_or_why(alg, parameters, context, pg_areas, pg_events, same_connection, records_output,
                    events_reason=None) -> Engine:
    events_only = events_reason is not None
    if alg.parameterAsEnum(parameters, ENGINE, context) == DESKTOP_ONLY:
        return Engine(DESKTOP, DESKTOP_CHOSEN)
    if pg_events is None or (pg_areas is None and not events_only):
        return Engine(DESKTOP, ONE_LAYER_NOT_POSTGIS)
    if pg_areas is not None and not same_connection(pg_areas, pg_events):
        return Engine(DESKTOP, DIFFERENT_DATABASES)
    for name in ((harm_inputs.EVENTS,) if events_only else ("AREAS", harm_inputs.EVENTS)):
        reason = _source_reason(parameters, name)
        if reason and reason != SELECTION:  # a selection is read in SQL by the layer's key (below)
            return Engine(DESKTOP, reason)
    events_selected = _source_reason(parameters, harm_inputs.EVENTS) == SELECTION
    areas_selected = not events_only and _source_reason(parameters, "AREAS") == SELECTION
    records_target = None
    if records_output and parameters.get(records_output) not in (None, ""):
        records_target = _records_in_database(parameters.get(records_output), pg_events)
        if records_target is None:
            return Engine(DESKTOP, RECORDS_OUTPUT)
    from ...compat import GeometryType
    from qgis.core import QgsWkbTypes

    layers = (pg_events,) if pg_areas is None else (pg_areas, pg_events)
    if pg_areas is not None and QgsWkbTypes.geometryType(pg_areas.layer.wkbType()) == GeometryType.Line:
        return Engine(DESKTOP, STREET_LINES)
    if any(layer.is_query for layer in layers):
        return Engine(DESKTOP, QUERY_LAYER)
    if any(QgsWkbTypes.isCurvedType(layer.layer.wkbType()) for layer in layers):
        return Engine(DESKTOP, CURVED_GEOMETRY)
    if events_only:
        reason = events_reason(pg_events)
        if reason:
            return Engine(DESKTOP, reason)
    from ...qgis_io.postgis.session import psycopg2_available

    if psycopg2_available() is not None:
        return Engine(DESKTOP, NO_DRIVER)
    session = open_session(alg, pg_events)
    with closed_on_error(alg, session, pg_events):
        from ...qgis_io.postgis.tables import describe

        table = describe(session, pg_events.schema, pg_events.table, pg_events.geometry_column, pg_events.key_column)
        filter_sql, selection = None, None
        if not table.key and table.kind != "r":
            reason = NO_RECORD_KEY
        elif records_target is not None and not (table.key and table.is_integer(table.key)):
            reason = RECORDS_OUTPUT  # the records' source_fid is the feature id QGIS gives
        else:
            reason = ""
        if not reason and events_selected:
            selection = selected_keys(pg_events, table)
            reason = SELECTION_NO_KEY if selection is None else ""
        expression = (alg.parameterAsString(parameters, harm_inputs.FILTER, context) or "").strip()
        if expression and not reason:
            from ...qgis_io.postgis.expressions import Untranslatable, filter_as_sql

            try:
                filter_sql = filter_as_sql(expression, table)
            except Untranslatable:
                reason = FILTER_NOT_TRANSLATABLE
    if reason:
        session.close()
        return Engine(DESKTOP, reason)
    return Engine(POSTGIS, events=pg_events, areas=pg_areas, filter_sql=filter_sql, session=session,
                  records_target=records_target, events_selection=selection, areas_selected=areas_selected)


@contextmanager
def closed_on_error(alg, session, pg):
    """Work on a session opened for layer ``pg``: any error closes it, a database error as the user reads it."""
    try:
        yield session
    except Exception as error:
        session.close()
        raise _database_error(alg, pg, error)
    except BaseException:
        session.close()
        raise


def selected_keys(pg, table) -> Optional[list]:
    """The key values of the layer's selected features (read from QGIS, without
    geometry), to be bound as one array parameter; None when the layer has no
    integer or text key column of the table to name them by."""
    from qgis.core import QgsFeatureRequest

    key = table.bindable_key
    layer = pg.layer
    if not key or layer.fields().indexOf(key) < 0:
        return None
    request = QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds())
    request.setFlags(FeatureRequestFlag.NoGeometry)
    request.setSubsetOfAttributes([layer.fields().indexOf(key)])
    values = [feature[key] for feature in layer.getFeatures(request)]
    if any(value is None for value in values):
        return None
    return [int(value) for value in values] if table.is_integer(key) else [str(value) for value in values]


def _records_in_database(value, pg_events) -> Optional[Tuple[str, str]]:
    """(schema, table) when RECORDS goes to a PostGIS table of the events' own database."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    text = str(value or "")
    for prefix in ("postgis:", "postgres://"):
        if text.startswith(prefix):
            uri = QgsDataSourceUri(text[len(prefix):])
            same = (uri.host(), uri.port(), uri.database(), uri.service(), uri.username(), uri.authConfigId()) == \
                pg_events.connection_key()
            return (uri.schema() or "public", uri.table()) if same and uri.table() else None
    return None


def open_session(alg, pg):
    from ...qgis_io.postgis.session import PgError, PgSession

    try:
        return PgSession(pg.conninfo(), read_only=False)  # a temporary table of weights; nothing else is written
    except PgError as error:
        raise _database_error(alg, pg, error)


def _database_error(alg, pg, error) -> QgsProcessingException:
    """A database problem as the user reads it: which layer, which database, the server's words."""
    from ...qgis_io.postgis.session import PgCancelled, PgConnectionError, PgPermissionError

    if isinstance(error, QgsProcessingException):
        return error
    if isinstance(error, PgCancelled):
        return QgsProcessingException(alg.tr("Cancelled: the query was cancelled in the database."))
    where = "{0} ({1})".format(pg.layer.name(), pg.uri.database())
    if isinstance(error, PgConnectionError):
        return QgsProcessingException(alg.tr(
            "Layer '{0}': the connection to the database failed or was lost ({1}). Nothing was written.").format(
            where, str(error)))
    if isinstance(error, PgPermissionError):
        return QgsProcessingException(alg.tr(
            "Layer '{0}': the database refused ({1}). Nothing was written.").format(where, str(error)))
    return QgsProcessingException(alg.tr("Layer '{0}': the database reported an error ({1}). Nothing was "
                                         "written.").format(where, str(error)))


@dataclass
class DatabaseEvents:
    """What the algorithms read of the events when they stay in the database:
    how many, and (only when nothing was counted, for the log) the extent of
    the located ones as two corner points."""

    n: int
    x: np.ndarray
    y: np.ndarray
    geometry_status: np.ndarray

    def __len__(self) -> int:
        return self.n


def read_database_inputs(alg, engine: Engine, parameters, context, feedback, dest_crs):
    """The harm inputs of the PostGIS path: every check of the desktop path, then
    one pass over the events in the database (counts per distinct code and date);
    a HarmInputs whose ``extra["counted"]`` holds those counts."""
    from ...domain.harm.scoring import MISSING_POLICIES
    from ...qgis_io.postgis.layers import events_spec

    checked = harm_inputs.check_harm_parameters(alg, parameters, context, feedback, dest_crs)
    source, name, fields, code_field, date_field, expression, period = checked
    try:
        spec = events_spec(engine.session, engine.events, code_field=code_field, date_field=date_field,
                           filter_sql=engine.filter_sql, target_srid=int(dest_crs.postgisSrid()),
                           selection=engine.events_selection)
        if not spec.table.spatial_index and spec.table.kind in ("r", "p", "m"):  # a view uses its tables' indexes
            feedback.pushWarning(alg.tr(
                "Layer '{0}': table {1} has no spatial index on column '{2}': the database reads every record for "
                "every area (slow on a large table, the counts are the same). Create one with CREATE INDEX ... "
                "USING GIST.").format(name, spec.table.label(), spec.table.geometry))
        from ...qgis_io.postgis.score import count_values

        counted = count_values(engine.session, spec, feedback)
    except Exception as error:
        engine.close()
        raise _database_error(alg, engine.events, error)
    groups, multi_cut = counted
    n = int(sum(g.n for g in groups))
    events = DatabaseEvents(n, np.zeros(0), np.zeros(0), np.zeros(0, dtype=object))
    policy = MISSING_POLICIES[alg.parameterAsEnum(parameters, harm_inputs.MISSING_WEIGHT, context)]
    return harm_inputs.HarmInputs(
        events=events, table=harm_inputs.load_harm_table(alg, parameters, context), missing_policy=policy,
        default_weight=alg.parameterAsDouble(parameters, harm_inputs.DEFAULT_WEIGHT, context), period=period,
        filter_expression=expression, layer_name=name, code_field=code_field, date_field=date_field,
        reader=POSTGIS, multi_cut=multi_cut, source_fields=fields,
        extra={"counted": counted, "spec": spec,
               "month_only_field": month_only_field(engine.events.layer, date_field)},
    )


def score_with_engine(alg, engine: Engine, inputs, area, feedback):
    """The PostGIS path's result (domain.harm.grouped.GroupedHarm, read like
    score_harm's): the areas as QGIS read them, the records counted in SQL.
    Raises MissingWeightError as score_harm does; closes the session."""
    from ...domain.harm.scoring import MissingWeightError
    from ...qgis_io.postgis import score as database
    from ...qgis_io.postgis.layers import areas_spec

    try:
        areas = engine.areas_spec or areas_spec(engine.session, engine.areas, id_field=area.id_field,
                                                rows=area.rows, ids=area.areas.ids, restrict=_areas_restricted(engine))
        run = database.score_in_database(
            engine.session, inputs.extra["spec"], areas, inputs.table, area_ids=area.areas.ids,
            area_m2=area.areas.area_m2, population=area.areas.population, missing_policy=inputs.missing_policy,
            default_weight=inputs.default_weight, period=inputs.period,
            month_only_field=inputs.extra["month_only_field"], feedback=feedback, counted=inputs.extra["counted"])
        if run is not None and run.result.reconciliation["by_status"].get("assigned", 0) == 0 and run.plan.located:
            inputs.events = _located_extent(engine, inputs)
    except MissingWeightError:
        engine.close()
        raise
    except Exception as error:
        engine.close()
        raise _database_error(alg, engine.events, error)
    inputs.extra.update(engine=engine, run=run, areas_spec=areas)
    if engine.records_target is None:
        engine.close()
    if run is not None and run.harm_table_as == database.TEMPORARY_TABLE:
        feedback.pushInfo(alg.tr("The harm table went to the database as a temporary table of {0} codes.").format(
            len(run.plan.codes)))
    elif run is not None and run.harm_table_as == database.VALUES_LIST:
        feedback.pushInfo(alg.tr("The harm table went to the database as a list of {0} values: this user may not "
                                 "create temporary tables there.").format(len(run.plan.codes)))
    if run is None:
        raise QgsProcessingException(alg.tr("Cancelled: the query was cancelled in the database."))
    return run.result


def _areas_restricted(engine: Engine) -> bool:
    """Does the SQL read only some rows of the areas table (a subset string or a selection)?"""
    return bool(engine.areas.subset) or engine.areas_selected


def areas_in_database(alg, engine: Engine, area, feedback) -> Engine:
    """Once the areas are read (``area``: areas.AreaLayer): the engine with the areas as the
    SQL reads them (``engine.areas_spec``: the rows QGIS read, by the table's key), or, when
    areas read share their id with rows of the table left out and no key tells them apart,
    the desktop engine (reason AREA_IDS_SHARED, said in the log; the session closed)."""
    if not engine.in_database or engine.areas is None:
        return engine
    from ...qgis_io.postgis.layers import AreaIdsShared, areas_spec

    try:
        engine.areas_spec = areas_spec(engine.session, engine.areas, id_field=area.id_field, rows=area.rows,
                                       ids=area.areas.ids, restrict=_areas_restricted(engine))
    except AreaIdsShared as shared:
        engine.close()
        feedback.pushInfo(alg.tr("Layer '{0}': area id(s) {1} of the areas read are also held by areas of the table "
                                 "that are not read.").format(area.name, str(shared)))
        desktop = Engine(DESKTOP, AREA_IDS_SHARED)
        feedback.pushInfo(alg.tr("Engine: desktop, though PostGIS layers are given: {0} ({1}).").format(
            _reason_text(alg, desktop.reason), desktop.reason))
        return desktop
    except Exception as error:
        engine.close()
        raise _database_error(alg, engine.areas, error)
    return engine


def _located_extent(engine: Engine, inputs) -> DatabaseEvents:
    """For the log when no record was counted: the located records' extent, as two corners."""
    from ...qgis_io.postgis import harm_sql

    statement, params = harm_sql.located_extent_query(inputs.extra["spec"])
    row = engine.session.one(statement, params)
    if row is None or row[0] is None:
        return inputs.events
    x = np.array([row[0], row[2]], dtype=float)
    y = np.array([row[1], row[3]], dtype=float)
    return DatabaseEvents(len(inputs.events), x, y, np.array([LOCATED, LOCATED], dtype=object))


def write_records_in_database(alg, inputs, feedback) -> Optional[str]:
    """RECORDS on the PostGIS path: a table of the same database, made by the server
    (no record leaves it); its data source, as Processing gives a PostGIS output."""
    from ...qgis_io.postgis.score import write_records_table

    engine = inputs.extra["engine"]
    schema, table = engine.records_target
    try:
        written = write_records_table(engine.session, inputs.extra["run"].plan, inputs.extra["spec"],
                                      inputs.extra["areas_spec"], schema, table, layer_name=inputs.layer_name,
                                      period=inputs.period, feedback=feedback)
    except Exception as error:
        raise _database_error(alg, engine.events, error)
    finally:
        engine.close()
    feedback.pushInfo(alg.tr("Records written in the database as table \"{0}\".\"{1}\" ({2} records): none left "
                             "it.").format(schema, table, written))
    return records_table_uri(engine.events, schema, table)


def records_table_uri(pg, schema: str, table: str) -> str:
    """A records table made in the database of layer ``pg``, as Processing gives a PostGIS output."""
    uri = QgsDataSourceUri(pg.uri)
    uri.setDataSource(schema, table, "geom", "", "id")
    uri.setWkbType(WkbType.Point)
    return "postgis:" + uri.uri(False)


# --------------------------------------------------------------------------- harmgrid: cells instead of areas


def grid_events_reason(alg, parameters, context, crs, clip_parameter: str):
    """harmgrid's own reasons for the desktop (a callable for choose_engine's ``events_reason``):
    records are tested against the boundary's polygons (cells cut to it), or the events
    would have to be transformed into the grid's CRS (only QGIS's own transformation is
    sure to give the desktop's coordinates to the last bit)."""
    def reason(pg_events) -> str:
        if parameters.get("BOUNDARY") and alg.parameterAsBoolean(parameters, clip_parameter, context):
            return CUT_TO_BOUNDARY
        if pg_events.layer.crs() != crs:
            return EVENTS_CRS
        return ""

    return reason


def database_records_extent(alg, engine: Engine, inputs):
    """The extent of the located records (the layer's subset string and selection
    applied; not the filter or period), read in the database: (xmin, ymin, xmax,
    ymax) or None. Kept in the inputs for the log too."""
    from ...qgis_io.postgis import grid_sql

    try:
        statement, params = grid_sql.exact_located_extent(inputs.extra["spec"])
        row = engine.session.one(statement, params)
    except Exception as error:
        engine.close()
        raise _database_error(alg, engine.events, error)
    if row is None or row[0] is None:
        return None
    inputs.events = DatabaseEvents(len(inputs.events), np.array([row[0], row[2]], dtype=float),
                                   np.array([row[1], row[3]], dtype=float),
                                   np.array([LOCATED, LOCATED], dtype=object))
    return tuple(float(v) for v in row)


def grid_with_engine(alg, engine: Engine, inputs, grid, unit_m2: float, feedback):
    """harmgrid's result on the PostGIS path, as grid_result gives it: the records
    counted per lattice key in SQL and placed in the grid's kept cells here.
    Raises MissingWeightError as the desktop does; closes the session. None when cancelled."""
    from ...domain.geometry.grid import cell_areas
    from ...domain.harm.grouped import finish_scores, plan_scope
    from ...domain.harm.scoring import MissingWeightError
    from ...qgis_io.postgis import grid_sql
    from ...qgis_io.postgis.score import upload_weights

    spec = inputs.extra["spec"]
    groups, multi_cut = inputs.extra["counted"]
    try:
        plan = plan_scope(groups, inputs.table, missing_policy=inputs.missing_policy,
                          default_weight=inputs.default_weight, period=inputs.period,
                          month_only_field=inputs.extra["month_only_field"], dated=bool(spec.date),
                          multi_cut=multi_cut)
        rows = []
        if plan.located and not feedback.isCanceled():
            weights, weights_params, _ = upload_weights(engine.session, plan.codes, plan.weights_text, feedback)
            statement, params = grid_sql.key_counts(spec, grid.shape, grid.cell_size, weights=weights,
                                                    weights_params=weights_params, fill_text=plan.fill_text,
                                                    dates_in_scope=plan.dates_in_scope)
            rows = engine.session.rows(statement, params, feedback)
        harm_n, harm, shared = grid_sql.cells_of_groups(grid, rows)
        if engine.records_target is not None and not feedback.isCanceled():
            inputs.extra["records_id"] = _grid_records_in_database(alg, engine, inputs, plan, grid, rows, feedback)
        if plan.located and not harm_n.sum() and not len(inputs.events.x) and not feedback.isCanceled():
            database_records_extent(alg, engine, inputs)  # for the log: where the records are
    except MissingWeightError:
        raise
    except Exception as error:
        raise _database_error(alg, engine.events, error)
    finally:
        engine.close()
    if feedback.isCanceled():
        return None
    result = finish_scores(plan, harm_n, harm, shared_boundary_points=shared, area_m2=cell_areas(grid) * unit_m2)
    scores = {"cell_id": grid.cell_ids}
    for name in ("harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"):
        scores[name] = result.score_columns[name]
    result.score_columns = scores
    result.date_range = _date_range(result.days)
    return result


def _grid_records_in_database(alg, engine: Engine, inputs, plan, grid, rows, feedback) -> str:
    """harmgrid's RECORDS as a table of the same database: every record once, with its cell
    (the keys key_counts found, placed by the grid), as the desktop writes them."""
    from ...qgis_io.postgis import grid_sql
    from ...qgis_io.postgis.score import write_records_table

    schema, table = engine.records_target
    spec = inputs.extra["spec"]
    written = write_records_table(engine.session, plan, spec, None, schema, table, layer_name=inputs.layer_name,
                                  period=inputs.period, feedback=feedback,
                                  placed=grid_sql.cells_of_records(spec, grid.shape, grid.cell_size, grid, rows))
    feedback.pushInfo(alg.tr("Records written in the database as table \"{0}\".\"{1}\" ({2} records): none left "
                             "it.").format(schema, table, written))
    return records_table_uri(engine.events, schema, table)


def _date_range(days):
    """score_harm's date_range from the distinct dates read (None when none)."""
    if days is None or not len(days) or np.isnat(days).all():
        return None
    present = days[~np.isnat(days)]
    return (str(present.min()), str(present.max()))
