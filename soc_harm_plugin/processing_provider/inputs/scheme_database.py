"""socharm:scorescheme's records counted in PostGIS.

When AREAS and every measure layer of the scheme are PostGIS layers of one
database, each of those layers is counted there (``qgis_io/postgis/scheme_sql``): its records grouped by the
values the scheme reads, each measure's filter and link result, their
geometry state and their area. Only those counts come back;
``domain/harm/scheme_groups`` turns them into rows with counts that the
scheme's scorer weighs, dates and counts as it does records read one by one,
so both engines give the same outputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
from qgis.core import QgsWkbTypes

from ...compat import GeometryType
from ...domain.harm.scheme import Scheme
from ...domain.harm.scheme_scoring import measure_sources
from ...qgis_io.outputs import month_only_field
from . import engine as engines
from .engine import (CURVED_GEOMETRY, DESKTOP, DESKTOP_CHOSEN, DESKTOP_ONLY, DIFFERENT_DATABASES,
                     FILTER_NOT_TRANSLATABLE, LINK_ID_TYPE, NO_DRIVER, ONE_LAYER_NOT_POSTGIS, POSTGIS, QUERY_LAYER,
                     RECORD_KEY_TYPE, RECORDS_OUTPUT, SELECTION, STREET_LINES, Engine)


@dataclass
class LayerInDatabase:
    """One measure layer counted in the database: its table, the columns read
    (column -> scheme_sql CODE, DATE or RAW), the measures' filters as SQL and
    the links' record id columns (measure key -> column)."""

    pg: object  # layers.PgLayer
    table: object  # tables.PgTable
    values: Dict[str, str]
    filters: Dict[str, object] = field(default_factory=dict)  # measure key -> expressions.FilterSql
    link_ids: Dict[str, str] = field(default_factory=dict)  # via a link table
    link_fields: Dict[str, str] = field(default_factory=dict)  # nominal ids in a field of the record


def counted_layers(scheme: Scheme) -> List[str]:
    """The scheme layers counted in the database: the measures' own layers. (A nominals layer that links
    read is counted there too; the links read only its ids and group types, without locations.)"""
    return measure_sources(scheme)


def choose_scheme_engine(alg, parameters, context, feedback, scheme: Scheme, layers: Dict[str, object],
                         records_output: str = "RECORDS") -> Engine:
    """The engine for a scheme run: PostGIS when AREAS and every counted layer
    are PostGIS layers of one database and nothing needs the desktop; says which
    in the log, and why the desktop runs for PostGIS layers."""
    from ...qgis_io.postgis.layers import pg_layer, same_connection

    pg_areas = pg_layer(engines._layer_of(alg, parameters, "AREAS", context))
    names = counted_layers(scheme)
    pgs = {name: pg_layer(layers[name]) for name in names}
    if pg_areas is None and not any(pgs.values()):
        return Engine(DESKTOP)
    engine = _scheme_postgis_or_why(alg, parameters, context, scheme, pg_areas, pgs, same_connection, records_output)
    engines.say_engine(alg, engine, feedback, scheme=True)
    return engine


def _scheme_postgis_or_why(alg, parameters, context, scheme, pg_areas, pgs, same_connection, records_output) -> Engine:
    if alg.parameterAsEnum(parameters, engines.ENGINE, context) == DESKTOP_ONLY:
        return Engine(DESKTOP, DESKTOP_CHOSEN)
    if pg_areas is None or not pgs or any(pg is None for pg in pgs.values()):
        return Engine(DESKTOP, ONE_LAYER_NOT_POSTGIS)
    if any(not same_connection(pg_areas, pg) for pg in pgs.values()):
        return Engine(DESKTOP, DIFFERENT_DATABASES)
    reason = engines._source_reason(parameters, "AREAS")
    if reason and reason != SELECTION:
        return Engine(DESKTOP, reason)
    records_target = None
    if records_output and parameters.get(records_output) not in (None, ""):
        records_target = engines._records_in_database(parameters.get(records_output), pg_areas)
        if records_target is None:
            return Engine(DESKTOP, RECORDS_OUTPUT)  # a file, or another database
    if QgsWkbTypes.geometryType(pg_areas.layer.wkbType()) == GeometryType.Line:
        return Engine(DESKTOP, STREET_LINES)
    every = [pg_areas] + list(pgs.values())
    if any(pg.is_query for pg in every):
        return Engine(DESKTOP, QUERY_LAYER)
    if any(QgsWkbTypes.isCurvedType(pg.layer.wkbType()) for pg in every):
        return Engine(DESKTOP, CURVED_GEOMETRY)
    from ...qgis_io.postgis.session import psycopg2_available

    if psycopg2_available() is not None:
        return Engine(DESKTOP, NO_DRIVER)
    session = engines.open_session(alg, pg_areas)
    with engines.closed_on_error(alg, session, pg_areas):
        planned = {}
        reason = ""
        utf8 = str(session.one("SHOW server_encoding")[0]).upper() in ("UTF8", "UTF-8")
        for name, pg in pgs.items():
            planned[name], reason = _plan_layer(scheme, name, pg, session, utf8)
            if reason:
                break
    if reason:
        session.close()
        return Engine(DESKTOP, reason)
    return Engine(POSTGIS, areas=pg_areas, session=session, areas_selected=engines._source_reason(
        parameters, "AREAS") == SELECTION, scheme_layers=planned, records_target=records_target)


def _plan_layer(scheme: Scheme, name: str, pg, session, utf8: bool = True):
    """(LayerInDatabase, "") for a layer the database can count as the desktop reads it, else (None, reason).
    ``utf8``: the database holds text as UTF-8 (ids are stripped of every kind of space, as QGIS's are)."""
    from ...qgis_io.postgis import scheme_sql
    from ...qgis_io.postgis.expressions import Untranslatable, filter_as_sql
    from ...qgis_io.postgis.tables import describe

    table = describe(session, pg.schema, pg.table, pg.geometry_column, pg.key_column, pg.subset)
    if not (table.key and table.is_integer(table.key)):
        return None, RECORD_KEY_TYPE  # the log and errors name records by the feature ids QGIS gives
    plan = LayerInDatabase(pg=pg, table=table, values={})
    for index, m in enumerate(scheme.measures):
        if m.layer != name:
            continue
        for column, kind in ((m.code_field, scheme_sql.CODE), (m.date_field, scheme_sql.DATE),
                             (m.weight_field, scheme_sql.RAW), (m.threat_field, scheme_sql.RAW)):
            if column:  # a field read two ways (a code and a date, say) comes as stored, as QGIS gives it
                plan.values[column] = kind if plan.values.get(column, kind) == kind else scheme_sql.RAW
        if m.filter:
            try:
                plan.filters[m.key] = filter_as_sql(m.filter, table, prefix="m{0}".format(index))
            except Untranslatable:
                return None, FILTER_NOT_TRANSLATABLE
        if m.link is not None and m.link.via_table:
            column = m.link.record_id
            if not (table.is_integer(column) or (table.date_kind(column) == "text" and utf8)):
                return None, LINK_ID_TYPE
            plan.link_ids[m.key] = column
        elif m.link is not None:
            plan.link_fields[m.key] = m.link.nominal_id_field
            plan.values.setdefault(m.link.nominal_id_field, scheme_sql.RAW)
    return plan, ""


def filters_passing(alg, engine: Engine, feedback) -> Dict[str, bool]:
    """Measure key -> does any record pass its filter, for the filtered measures of the counted layers."""
    from ...qgis_io.postgis import scheme_sql

    out: Dict[str, bool] = {}
    try:
        for plan in engine.scheme_layers.values():
            for key, translated in plan.filters.items():
                spec = _spec(plan, 0, {"f": scheme_sql.filter_flag(translated.sql)}, dict(translated.params))
                out[key] = bool(engine.session.one(*scheme_sql.filter_passes_any(spec, "f"), feedback)[0])
    except Exception as error:
        engine.close()
        raise engines._database_error(alg, engine.areas, error)
    return out


def _spec(plan: LayerInDatabase, srid: int, flags, params):
    from ...qgis_io.postgis.harm_sql import EventsSpec
    from ...qgis_io.postgis.scheme_sql import GroupSpec

    events = EventsSpec(table=plan.table, code="", target_srid=int(srid))
    return GroupSpec(events=events, values=dict(plan.values), flags=flags, params=params)


class SchemeCounter:
    """Counts the scheme's layers in the database, one at a time, for a SchemeScorer."""

    def __init__(self, alg, engine: Engine, scheme: Scheme, area, srid: int, period, feedback):
        from ...qgis_io.postgis import harm_sql
        from ...qgis_io.postgis.layers import areas_spec
        from ...qgis_io.postgis.score import area_slots

        self.alg, self.engine, self.scheme, self.srid, self.feedback = alg, engine, scheme, int(srid), feedback
        self.period, self.area = period, area
        self.specs: Dict[str, object] = {}  # layer -> the scheme_sql.GroupSpec it was counted with
        self.groups: Dict[str, list] = {}  # layer -> its group_values rows (with texts), for RECORDS
        self.rows_back: Dict[str, int] = {}  # layer -> rows the database sent back (both queries)
        self.multi_cut: Dict[str, int] = {}
        try:
            self.areas = engine.areas_spec or areas_spec(
                engine.session, engine.areas, id_field=area.id_field, rows=area.rows, ids=area.areas.ids,
                restrict=bool(engine.areas.subset) or engine.areas_selected)
            statement, params = harm_sql.overlapping_areas(self.areas)
            self.overlapping = sorted({v for pair in engine.session.rows(statement, params, feedback) for v in pair},
                                      key=lambda v: (str(type(v)), v))
        except Exception as error:
            engine.close()
            raise engines._database_error(alg, engine.areas, error)
        self.slots = area_slots(area.areas.ids)

    def layer(self, name: str, scorer):
        """Layer ``name`` as a GroupedLayer (the links of ``scorer`` told which ids the layer holds); its
        invalid points reported as the desktop reports them. Raises the database's errors as the user reads
        them."""
        try:
            return self._layer(name, scorer)
        except Exception as error:
            self.engine.close()
            raise engines._database_error(self.alg, self.engine.scheme_layers[name].pg, error)

    def _layer(self, name: str, scorer):
        from ...domain.harm.scheme_groups import grouped_layer, placed_by_class
        from ...qgis_io.postgis import scheme_sql

        plan = self.engine.scheme_layers[name]
        session, feedback = self.engine.session, self.feedback
        flags, params = {}, {}
        for key, translated in plan.filters.items():
            flags["f:" + key] = scheme_sql.filter_flag(translated.sql)
            params.update(translated.params)
        for k, (key, column) in enumerate(plan.link_ids.items()):
            flags["l:" + key], bound = scheme_sql.linked_flag(plan.table, column, "linked_{0}".format(k),
                                                              scorer.link(key).linked_ids())
            params.update(bound)
        spec = _spec(plan, self.srid, flags, params)
        self.specs[name] = spec
        texts = self.engine.records_target is not None  # kept: the records output joins the records to them
        values = session.rows(*scheme_sql.group_values(spec, texts=texts), feedback)
        if texts:
            self.groups[name] = values
        placed = []
        classes = self._date_classes(name, plan, spec, values)
        if any(row[len(spec.values) + len(flags) + 1] for row in values):
            placed = session.rows(*scheme_sql.group_areas(spec, self.areas, self.overlapping, classes), feedback)
        self.rows_back[name] = len(values) + len(placed)
        for key, column in plan.link_ids.items():
            link = scorer.link(key)
            held = session.rows(*scheme_sql.held_ids(spec, column, link.table_record_ids()), feedback)
            link.held(row[0] for row in held)
        layer, flag_values, multi = grouped_layer(name, list(spec.values), list(flags), values, placed, self.slots,
                                                  placed_key=placed_by_class(list(spec.values), classes))
        self.multi_cut[name] = multi
        self._read_as_desktop(name, plan, layer, flag_values, scorer)
        self._report_points(plan, spec, layer)
        return layer

    def _read_as_desktop(self, name: str, plan, layer, flag_values, scorer) -> None:
        """The measures' filters and links (the flags the database gave; links held in a field of the record),
        and month-only dates, as the desktop reads them."""
        from ...domain.periods.dates import as_month_text

        layer.selected = {key: flag_values["f:" + key] for key in plan.filters}
        layer.linked = {key: flag_values["l:" + key] for key in plan.link_ids}
        for key, column in plan.link_fields.items():
            layer.linked[key] = scorer.link(key).mask_of_values(layer.column(column), layer.count)
        for m in self.scheme.measures:  # first-of-month dates that stand for the whole month
            if m.layer == name and m.date_field and month_only_field(plan.pg.layer, m.date_field):
                layer.columns[m.date_field] = as_month_text(layer.columns[m.date_field])

    def write_records(self, whole: Dict[str, object]) -> str:
        """RECORDS as a table of the same database, made by the server from every measure layer (no record
        leaves it), each record as the desktop writes it; committed. ``whole``: the layers the links read.
        Its data source, as Processing gives a PostGIS output."""
        try:
            written = self._write_records(whole)
        except Exception as error:
            self.engine.close()
            raise engines._database_error(self.alg, self.engine.areas, error)
        schema, table = self.engine.records_target
        self.feedback.pushInfo(self.alg.tr(
            "Records written in the database as table \"{0}\".\"{1}\" ({2} records): none left it.").format(
            schema, table, written))
        return engines.records_table_uri(self.engine.areas, schema, table)

    def _write_records(self, whole: Dict[str, object]) -> int:
        from psycopg2 import sql

        from ...domain.harm.scheme_groups import measure_rows, one_row_per_group
        from ...domain.harm.scheme_scoring import SchemeScorer
        from ...qgis_io.postgis import scheme_sql
        from ...qgis_io.postgis.score import make_records_table

        params: Dict[str, object] = {}
        selects = []
        for order, name in enumerate(measure_sources(self.scheme)):
            plan, spec = self.engine.scheme_layers[name], self.specs[name]
            groups, flag_values, keys = one_row_per_group(name, list(spec.values), list(spec.flags), self.groups[name])
            probe = SchemeScorer(self.scheme, self.area.areas, whole, period=self.period)  # decides, counts nothing
            self._read_as_desktop(name, plan, groups, flag_values, probe)
            selects.append(scheme_sql.records_select(
                spec, self.areas, prefix="l{0}".format(order), layer_order=order, layer_name=name, groups=keys,
                rows=measure_rows(probe, name, groups), params=params))
        target = sql.Identifier(*self.engine.records_target)
        return make_records_table(self.engine.session, target, scheme_sql.scheme_records_table(target, selects), params,
                                  self.feedback)

    def _date_classes(self, name: str, plan, spec, values) -> Dict[str, tuple]:
        """Date column -> (its distinct values, the class of each, the class of no date): the records are
        placed in areas by date class (scheme_groups.date_classes), so the rows grow with the areas and
        codes, not with the days."""
        from ...domain.harm.scheme_groups import date_classes
        from ...domain.periods.dates import as_month_text
        from ...qgis_io.postgis import scheme_sql

        out = {}
        month_only = {m.date_field for m in self.scheme.measures
                      if m.layer == name and m.date_field and month_only_field(plan.pg.layer, m.date_field)}
        for k, column in enumerate(spec.values):
            if spec.values[column] != scheme_sql.DATE or not scheme_sql.classifiable(plan.table, column):
                continue
            distinct = list(dict.fromkeys(row[k] for row in values if row[k] is not None))
            read = list(as_month_text(np.array(distinct + [None], dtype=object)[:-1])) \
                if column in month_only else distinct
            out[column] = (distinct, date_classes(read, self.period), date_classes([None], self.period)[0])
        return out

    def _report_points(self, plan, spec, layer) -> None:
        """The desktop's warnings on records whose geometry is not a usable point."""
        from ...domain.codes import INVALID, LOCATED
        from ...qgis_io.postgis import scheme_sql
        from ...qgis_io.read_layers import FAR, UNREADABLE, PointSummary
        from .point_checks import report_points

        summary = PointSummary()
        summary.records = int(layer.count.sum())
        summary.located = int(layer.count[layer.geometry_status == LOCATED].sum())
        summary.multi_cut = self.multi_cut.get(layer.name, 0)
        if (layer.geometry_status == INVALID).any():
            for why, n, keys in self.engine.session.rows(*scheme_sql.invalid_points(spec), self.feedback):
                reason = FAR if why == "far" else UNREADABLE
                summary.rejected[reason] = int(n)
                summary.rejected_fids[reason] = [int(k) for k in (keys or [])]
        report_points(self.alg, plan.pg.layer.name(), summary, self.feedback)
