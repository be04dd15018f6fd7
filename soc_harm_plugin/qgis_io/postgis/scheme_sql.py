"""The SQL of socharm:scorescheme's database path: each measure layer's records grouped, counts back.

A harm scheme reads several fields of a layer (codes, dates, weights, threat
scores) and each of its measures selects records with a filter or a link. Per
measure layer (no qgis import here; every identifier quoted by psycopg2's
``sql``, every value bound):

1. :func:`group_values`: every record grouped by the values the scheme reads
   and each measure's filter and link result, with its records by geometry
   state, the smallest key of each state and the located records' extent.
2. :func:`group_areas`: the located records placed in areas (the boundary rule
   of ``harm_sql.area_totals``: a record on a boundary shared by areas counts
   in the one whose id sorts first), grouped the same way per area, but a date
   by its class (in the period, out of it, unreadable) rather than its day.
3. :func:`invalid_points`: why records with a geometry are not located (far,
   unreadable), with their first keys, for the log.
4. :func:`held_ids`: which of a link table's record ids the layer holds.

A records output in the same database (:func:`records_select`) joins every
record to its group of :func:`group_values` (asked for with its values' text)
and writes one row per record and measure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from psycopg2 import sql

from .harm_sql import (
    COORDINATE_LIMIT,
    AreasSpec,
    EventsSpec,
    _and_all,
    _area_geometry,
    _area_restriction,
    _events_scope,
    _probe_box,
    _usable_point,
    order_key,
    point_expression,
    state_expression,
)

CODE, DATE, RAW = "code", "date", "raw"  # how a value column is read: as text, as a date, as stored
FIRST_KEYS = 11  # invalid records named in the log: enough to name ten and say there are more
# what an id loses at either end: every character Python's str.strip() removes (links.id_key), as
# ''.join(c for c in map(chr, range(0x110000)) if c.isspace()) gives them (tests/unit/test_scheme_sql.py)
ID_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
             "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@dataclass
class GroupSpec:
    """One measure layer as the scheme reads it: the events (table, target SRID),
    the columns read and how (``values``: column -> CODE, DATE or RAW), and the
    boolean columns (``flags``: name -> SQL on alias ``e``, with ``params``)."""

    events: EventsSpec
    values: Dict[str, str]
    flags: Dict[str, sql.Composable] = field(default_factory=dict)
    params: Dict[str, object] = field(default_factory=dict)


def value_expression(spec: GroupSpec, column: str) -> sql.Composable:
    """A column as the desktop reads it: a code as text, a timestamp as its date, anything else as stored."""
    value = sql.Identifier("e", column)
    kind = spec.values[column]
    if kind == CODE:
        return sql.SQL("{0}::text").format(value)
    if kind == DATE and spec.events.table.date_kind(column) in ("timestamp", "timestamptz"):
        return sql.SQL("{0}::date").format(value)
    return value


def id_key_expression(table, column: str, alias: str = "e") -> sql.Composable:
    """links.id_key in SQL for an integer or text column: the id as text, blank as NULL."""
    value = sql.Identifier(alias, column)
    if table.is_integer(column):
        return sql.SQL("{0}::text").format(value)
    return sql.SQL("NULLIF(btrim({0}::text, {1}), '')").format(value, sql.Literal(ID_SPACES))


def linked_flag(table, column: str, name: str, ids: List[str]) -> Tuple[sql.Composable, Dict[str, object]]:
    """The record's id is among ``ids`` (bound as one text array)."""
    return (sql.SQL("COALESCE({0} = ANY(%({1})s::text[]), false)").format(
        id_key_expression(table, column), sql.SQL(name)), {name: list(ids)})


def filter_flag(filter_sql: sql.Composable) -> sql.Composable:
    """A measure's filter as QGIS reads it: NULL does not pass."""
    return sql.SQL("COALESCE(({0}), false)").format(filter_sql)


def _grouped(spec: GroupSpec, classes: Optional[Dict[str, tuple]] = None) -> List[sql.Composable]:
    """The grouped expressions: each value (a date column in ``classes`` as its date class), each flag."""
    classes = classes or {}
    out = []
    for k, column in enumerate(spec.values):
        if column not in classes:
            out.append(value_expression(spec, column))
            continue
        values, kinds, null_class = classes[column]
        if len(set(kinds) | {null_class}) == 1:
            out.append(sql.Literal(int(null_class)))
        else:
            out.append(sql.SQL("COALESCE({0}.class, {1})").format(sql.Identifier("d{0}".format(k)),
                                                                   sql.Literal(int(null_class))))
    return out + list(spec.flags.values())


def _class_joins(spec: GroupSpec, classes: Dict[str, tuple], params: Dict[str, object]) -> sql.Composable:
    """For each date column placed by class: its distinct values and their classes, joined (bound arrays)."""
    joins = []
    for k, column in enumerate(spec.values):
        if column not in classes:
            continue
        values, kinds, null_class = classes[column]
        if len(set(kinds) | {null_class}) == 1:
            continue
        kind = spec.events.table.date_kind(column)
        array = sql.SQL("date[]") if kind in ("date", "timestamp", "timestamptz") else sql.SQL("text[]")
        params["date_values_{0}".format(k)] = list(values)
        params["date_classes_{0}".format(k)] = [int(c) for c in kinds]
        joins.append(sql.SQL(
            " LEFT JOIN unnest(%(date_values_{k})s::{array}, %(date_classes_{k})s::int[]) AS {alias} (value, class) "
            "ON {alias}.value = {value}").format(k=sql.SQL(str(k)), array=array,
                                                alias=sql.Identifier("d{0}".format(k)),
                                                value=value_expression(spec, column)))
    return sql.SQL("").join(joins)


def classifiable(table, column: str) -> bool:
    """Can a date column be placed by date class (its values bound as a date or text array)?"""
    return table.date_kind(column) in ("date", "timestamp", "timestamptz", "text")


def _first(spec: GroupSpec, condition: sql.Composable) -> sql.Composable:
    table = spec.events.table
    if table.key and table.is_integer(table.key):
        return sql.SQL("min({0}) FILTER (WHERE {1})").format(sql.Identifier("e", table.key), condition)
    return sql.SQL("NULL::bigint")


def group_values(spec: GroupSpec, texts: bool = False) -> Tuple[sql.Composable, Dict[str, object]]:
    """One row per distinct (values, flags): the values, the flags, then records
    with no geometry, located records, all records, multipoints of several points,
    the smallest key with no geometry, located and not located, and xmin, ymin,
    xmax, ymax of the located ones; with ``texts``, then each value as text (the
    key :func:`records_select` joins the records on; '' for NULL)."""
    ev = spec.events
    scope, params = _events_scope(ev)
    params.update(spec.params)
    grouped = _grouped(spec)
    as_text = sql.SQL("").join(sql.SQL(", COALESCE(({0})::text, '')").format(value_expression(spec, c))
                               for c in spec.values) if texts else sql.SQL("")
    if not ev.table.geometry:  # a table: every record without geometry
        statement = sql.SQL(
            "SELECT {columns}count(*), 0::bigint, count(*), 0::bigint, {first}, NULL::bigint, NULL::bigint, "
            "NULL::float8, NULL::float8, NULL::float8, NULL::float8{as_text} FROM {rel} e WHERE {scope}{group}").format(
            columns=sql.SQL("").join(sql.SQL("{0}, ").format(c) for c in grouped), first=_first(spec, sql.SQL("TRUE")),
            as_text=as_text, rel=ev.table.relation, scope=_and_all(scope), group=_group_by(len(grouped)))
        return statement, params
    g = sql.Identifier("e", ev.table.geometry)
    point = point_expression(ev)
    empty = sql.SQL("({0} IS NULL OR ST_IsEmpty({0}))").format(g)
    usable = sql.SQL("COALESCE(NOT {0} AND {1}, false)").format(empty, _usable_point(ev, point))
    invalid = sql.SQL("(NOT {0} AND NOT {1})").format(empty, usable)
    multi = sql.SQL("0::bigint") if ev.table.points_only else \
        sql.SQL("count(*) FILTER (WHERE ST_NumGeometries({0}) > 1)").format(g)
    extent = sql.SQL(", ").join(sql.SQL("{0}(ST_{1}({2})) FILTER (WHERE {3})").format(
        sql.SQL(f), sql.SQL(axis), point, usable) for f, axis in (("min", "X"), ("min", "Y"), ("max", "X"),
                                                                   ("max", "Y")))
    statement = sql.SQL(
        "SELECT {columns}count(*) FILTER (WHERE {empty}), count(*) FILTER (WHERE {usable}), count(*), {multi}, "
        "{first_empty}, {first_usable}, {first_invalid}, {extent}{as_text} "
        "FROM {rel} e WHERE {scope}{group}"
    ).format(columns=sql.SQL("").join(sql.SQL("{0}, ").format(c) for c in grouped), empty=empty, usable=usable,
             multi=multi, first_empty=_first(spec, empty), first_usable=_first(spec, usable),
             first_invalid=_first(spec, invalid), extent=extent, as_text=as_text, rel=ev.table.relation,
             scope=_and_all(scope), group=_group_by(len(grouped)))
    return statement, params


def _group_by(n: int, offset: int = 0) -> sql.Composable:
    if not n:
        return sql.SQL("")
    return sql.SQL(" GROUP BY {0}").format(sql.SQL(", ").join(sql.Literal(k) for k in range(1 + offset,
                                                                                               n + 1 + offset)))


def group_areas(spec: GroupSpec, ar: AreasSpec, overlapping: List[object],
                classes: Optional[Dict[str, tuple]] = None) -> Tuple[sql.Composable, Dict[str, object]]:
    """Per area id and distinct (values, flags) of the located records it holds
    (by the boundary rule): the id, the values, the flags, the records, and those
    that lay in more than one area. ``classes``: date column -> (its distinct values,
    the class of each, the class of no date): the column grouped by class, not by day."""
    ev = spec.events
    scope, params = _events_scope(ev)
    params.update(spec.params)
    point = point_expression(ev)
    geometry_a = _area_geometry(ar, "a", params)
    params["overlapping"] = list(overlapping)
    overlapping_sql = sql.SQL("{0} = ANY(%(overlapping)s)").format(sql.Identifier("a", ar.id)) if overlapping \
        else sql.SQL("FALSE")
    record = sql.Identifier("e", ev.table.key) if ev.table.key else sql.SQL("e.ctid")
    grouped = _grouped(spec, classes)
    joins = _class_joins(spec, classes or {}, params)
    names = [sql.Identifier("g{0}".format(k)) for k in range(len(grouped))]

    def listed(alias: str) -> sql.Composable:
        return sql.SQL("").join(sql.SQL(", {0}.{1}").format(sql.SQL(alias), n) for n in names)

    statement = sql.SQL("""
SELECT r.id{r_values}, sum(r.n)::bigint,
       count(*) FILTER (WHERE r.record IS NOT NULL AND r.covering > 1)::bigint
FROM (
  SELECT c.id{c_values}, c.record, c.n,
         count(*) OVER (PARTITION BY c.record) AS covering,
         row_number() OVER (PARTITION BY c.record ORDER BY {order_key}) AS rank
  FROM (
    SELECT ar.id{e_values}, CASE WHEN NOT ar.overlapping AND ST_Contains(ar.geom, {point}) THEN NULL ELSE {record} END
             AS record,
           count(*) AS n
    FROM (
      SELECT a.{id} AS id, {geometry_a} AS geom, {overlapping} AS overlapping FROM {areas} a WHERE {restrict_a}
    ) ar
    JOIN {events} e ON e.{eg} && {box} AND ST_Covers(ar.geom, {point}){joins}
    WHERE {scope} AND {usable}
    GROUP BY {inner_group}
  ) c
) r
WHERE r.record IS NULL OR r.rank = 1
GROUP BY {outer_group}
""").format(
        r_values=listed("r"), c_values=listed("c"),
        e_values=sql.SQL("").join(sql.SQL(", {0} AS {1}").format(g, n) for g, n in zip(grouped, names)),
        inner_group=sql.SQL(", ").join(sql.Literal(k) for k in range(1, len(grouped) + 3)),
        outer_group=sql.SQL(", ").join(sql.Literal(k) for k in range(1, len(grouped) + 2)),
        order_key=order_key(ar.table, sql.Identifier("c", "id"), ar.id), point=point, record=record,
        id=sql.Identifier(ar.id), geometry_a=geometry_a, overlapping=overlapping_sql, areas=ar.table.relation,
        restrict_a=_area_restriction(ar, "a", params), events=ev.table.relation,
        eg=sql.Identifier(ev.table.geometry), box=_probe_box(ev, ar, sql.Identifier("ar", "geom")),
        scope=_and_all(scope), usable=_usable_point(ev, point), joins=joins)
    return statement, params


def invalid_points(spec: GroupSpec) -> Tuple[sql.Composable, Dict[str, object]]:
    """Records with a geometry that is not located, by reason: 'far' (a point with a
    coordinate beyond COORDINATE_LIMIT) or 'unreadable' (anything else): the reason,
    the records and their first keys (in key order; none without an integer key)."""
    ev = spec.events
    scope, params = _events_scope(ev)
    g = sql.Identifier("e", ev.table.geometry)
    point = point_expression(ev)
    located = _usable_point(ev, point)
    is_point = sql.SQL("GeometryType({0}) IN ('POINT', 'MULTIPOINT')").format(g)
    limit = sql.Literal(COORDINATE_LIMIT)
    far = sql.SQL(
        "{is_point} AND ST_X({p}) <> 'NaN'::float8 AND ST_Y({p}) <> 'NaN'::float8 "
        "AND (abs(ST_X({p})) > {limit} OR abs(ST_Y({p})) > {limit})").format(is_point=is_point, p=point, limit=limit)
    table = ev.table
    keys = sql.SQL("(array_agg({0} ORDER BY {0}))[1:{1}]").format(sql.Identifier("e", table.key),
                                                                  sql.Literal(FIRST_KEYS)) \
        if table.key and table.is_integer(table.key) else sql.SQL("ARRAY[]::bigint[]")
    statement = sql.SQL(
        "SELECT CASE WHEN {far} THEN 'far' ELSE 'unreadable' END, count(*), {keys} "
        "FROM {rel} e WHERE {scope} AND {g} IS NOT NULL AND NOT ST_IsEmpty({g}) AND NOT COALESCE({located}, false) "
        "GROUP BY 1").format(far=far, keys=keys, rel=table.relation, scope=_and_all(scope), g=g, located=located)
    return statement, params


def held_ids(spec: GroupSpec, column: str, ids: List[str]) -> Tuple[sql.Composable, Dict[str, object]]:
    """The distinct ids (as links.id_key gives them) among ``ids`` that some record of the layer holds."""
    scope, params = _events_scope(spec.events)
    key = id_key_expression(spec.events.table, column)
    params["link_ids"] = list(ids)
    statement = sql.SQL("SELECT DISTINCT {0} FROM {1} e WHERE {2} AND {0} = ANY(%(link_ids)s::text[])").format(
        key, spec.events.table.relation, _and_all(scope))
    return statement, params


def filter_passes_any(spec: GroupSpec, flag: str) -> Tuple[sql.Composable, Dict[str, object]]:
    """Does any record of the layer pass the measure filter ``flag``? (stops at the first)."""
    scope, params = _events_scope(spec.events)
    params.update(spec.params)
    statement = sql.SQL("SELECT EXISTS (SELECT 1 FROM {0} e WHERE {1} AND {2})").format(
        spec.events.table.relation, _and_all(scope), spec.flags[flag])
    return statement, params


# --------------------------------------------------------------------------- RECORDS made in the database


def records_select(spec: GroupSpec, ar: AreasSpec, *, prefix: str, layer_order: int, layer_name: str,
                   groups: Dict[str, list], rows: Dict[str, list], params: Dict[str, object]) -> sql.Composable:
    """The RECORDS rows of one measure layer, as the desktop writes them: each record once per measure that
    selects it, and once (no measure) when none does. ``groups``: per group of :func:`group_values` its
    number ("group"), each value's text ("k0", ...), whether it is NULL ("n0", ...) and each flag ("f0",
    ...); ``rows``: per (group, measure) what the scheme made of it apart from its place ("group",
    "measure_order", "measure", "dimension", "weight", "code", "table_code", "day", "status": assigned, or
    the status that overrides the place: filtered, out_of_period, invalid). The record's state and area
    (the covering area whose id sorts first) are the database's."""
    ev = spec.events
    scope, scope_params = _events_scope(ev)
    params.update(scope_params)
    params.update(spec.params)

    def bound(name: str, values: list, kind: str) -> sql.Composable:
        key = "{0}_{1}".format(prefix, name)
        params[key] = list(values)
        return sql.SQL("%({0})s::{1}[]").format(sql.SQL(key), sql.SQL(kind))

    n_values, n_flags = len(spec.values), len(spec.flags)
    g_columns = ["grp"] + ["k{0}".format(k) for k in range(n_values)] + ["n{0}".format(k) for k in range(n_values)] \
        + ["f{0}".format(k) for k in range(n_flags)]
    g_arrays = [bound("grp", groups["group"], "int")] + \
        [bound("k{0}".format(k), groups["k{0}".format(k)], "text") for k in range(n_values)] + \
        [bound("n{0}".format(k), groups["n{0}".format(k)], "bool") for k in range(n_values)] + \
        [bound("f{0}".format(k), groups["f{0}".format(k)], "bool") for k in range(n_flags)]
    m_kinds = (("group", "int"), ("measure_order", "int"), ("measure", "text"), ("dimension", "text"),
               ("weight", "float8"), ("code", "text"), ("table_code", "text"), ("day", "date"), ("status", "text"))
    m_arrays = [bound("m_" + name, rows[name], kind) for name, kind in m_kinds]
    on = [sql.SQL("g.{0} = COALESCE(({1})::text, '') AND g.{2} = (({1}) IS NULL)").format(
        sql.Identifier("k{0}".format(k)), value_expression(spec, c), sql.Identifier("n{0}".format(k)))
        for k, c in enumerate(spec.values)]
    on += [sql.SQL("g.{0} = {1}").format(sql.Identifier("f{0}".format(k)), flag)
           for k, flag in enumerate(spec.flags.values())]
    point = point_expression(ev) if ev.table.geometry else sql.SQL("NULL::geometry")
    geometry_a = _area_geometry(ar, "a", params)
    srid = sql.Literal(int(ev.target_srid or ev.table.srid))
    return sql.SQL("""
SELECT m.measure_order, {layer_order} AS layer_order, e.{key}::bigint AS source_fid, m.measure, m.dimension,
       {layer_name}::text AS source_layer, m.code, m.table_code, m.day AS date, s.status,
       CASE WHEN s.status = 'assigned' THEN m.weight ELSE 0 END AS weight,
       CASE WHEN s.status = 'assigned' THEN qa.area_id END AS area_id,
       CASE WHEN q.state = 'ok' THEN ST_SetSRID({point}, {srid}) END::geometry(Point, {srid}) AS geom
FROM {events} e
CROSS JOIN LATERAL (SELECT {state} AS state) q
JOIN (SELECT * FROM unnest({g_arrays}) AS u ({g_columns})) g ON {on}
JOIN (SELECT * FROM unnest({m_arrays}) AS v (grp, measure_order, measure, dimension, weight, code, table_code, day,
                                              status)) m ON m.grp = g.grp
CROSS JOIN LATERAL (
  SELECT CASE WHEN q.state = 'ok' AND m.status = 'assigned' THEN (
    SELECT a.{id}::text FROM {areas} a
    WHERE {restrict_a} AND a.{ag} && {point} AND ST_Covers({geometry_a}, {point})
    ORDER BY {order_key} LIMIT 1) END AS area_id) qa
CROSS JOIN LATERAL (
  SELECT CASE WHEN m.status <> 'assigned' THEN m.status WHEN q.state <> 'ok' THEN q.state
              WHEN qa.area_id IS NULL THEN 'outside' ELSE 'assigned' END AS status) s
WHERE {scope}""").format(
        layer_order=sql.Literal(int(layer_order)), key=sql.Identifier(ev.table.key),
        layer_name=sql.Literal(layer_name), point=point, srid=srid, events=ev.table.relation,
        state=state_expression(ev) if ev.table.geometry else sql.SQL("'no_geometry'"),
        g_arrays=sql.SQL(", ").join(g_arrays), g_columns=sql.SQL(", ").join(sql.Identifier(c) for c in g_columns),
        on=sql.SQL(" AND ").join(on) if on else sql.SQL("TRUE"), m_arrays=sql.SQL(", ").join(m_arrays),
        id=sql.Identifier(ar.id), areas=ar.table.relation, restrict_a=_area_restriction(ar, "a", params),
        ag=sql.Identifier(ar.table.geometry), geometry_a=geometry_a,
        order_key=order_key(ar.table, sql.Identifier("a", ar.id), ar.id), scope=_and_all(scope))


def scheme_records_table(target: sql.Composable, selects: List[sql.Composable]) -> sql.Composable:
    """CREATE TABLE ``target`` from the layers' :func:`records_select`: in the desktop's order (each
    measure's rows, then the records no measure selected), numbered."""
    return sql.SQL("""
CREATE TABLE {target} AS
SELECT row_number() OVER (ORDER BY x.measure_order, x.layer_order, x.source_fid)::bigint AS id, x.area_id, x.weight,
       x.table_code, x.code, x.measure, x.date, x.source_layer, x.source_fid, x.status,
       NULL::double precision AS distance, x.dimension, x.geom
FROM ({union}) x""").format(target=target, union=sql.SQL(" UNION ALL ").join(selects))
