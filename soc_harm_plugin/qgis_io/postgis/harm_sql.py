"""The SQL of the database path: the records stay in PostGIS, counts come back.

Three queries per run (no qgis import here; psycopg2's ``sql`` module quotes
every identifier, every value is a bound parameter):

1. :func:`distinct_values`: one pass over the events, grouped by code, date,
   filter result and geometry state, with a count. The codes and dates are
   weighed and read in Python from these distinct values
   (``domain/harm/grouped.plan_scope``), exactly as on the desktop path.
2. :func:`overlapping_areas`: the areas whose interiors overlap another area's
   (a tiling has none): a record inside such an area may lie in two.
3. :func:`area_totals`: records and harm per area. Each area looks up the
   records in its bounding box through the events' spatial index (the loop
   runs over the areas, shared among parallel workers) and keeps those it
   covers (``ST_Covers``: a record on an area's edge is in it). A record
   strictly inside an area that overlaps no other is in that area alone; a
   record on its boundary (or inside an overlapping area) is looked up among
   the other areas, and counts only in the one whose id sorts first (numbers
   as numbers, text as text: ``COLLATE "C"`` is the code-point order that
   Python sorts text by). The harm of each area is summed as SQL ``numeric``
   from each code's count times its weight, so it is exact and the same
   whatever order the records are met in.

The area geometries are the table's own, except for the areas QGIS repaired
(invalid polygons) or found empty: those travel as bound parameters (WKB), so
both paths test records against the same polygons.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from psycopg2 import sql

from .tables import PgTable

COORDINATE_LIMIT = 1e9  # read_layers.COORDINATE_LIMIT: a point beyond it is invalid
NO_GEOMETRY, INVALID, OK = "no_geometry", "invalid", "ok"
BOX_MARGIN = 0.01  # a transformed area's box is widened by this share of its size (curvature)


@dataclass
class EventsSpec:
    """The events as the run reads them: the table, its code and date
    columns, the user's filter (already SQL, on alias ``e``) and selection."""

    table: PgTable
    code: str
    date: Optional[str] = None
    filter_sql: Optional[sql.Composable] = None
    filter_params: Dict[str, object] = field(default_factory=dict)
    selection: Optional[list] = None  # key values of the selected features (None: every feature)
    target_srid: int = 0  # the areas' SRID (the analysis CRS)


@dataclass
class AreasSpec:
    """The areas as QGIS read them: the table, the id column, the ids read
    (None: every row of the table), the table's key values of the rows read
    (``keys``: the rows the SQL reads when given, so that a row left out by a
    selection or subset string is left out even where it shares an area id with
    a row read), and replacement geometries (WKB, or None for an area with no
    geometry left) by id."""

    table: PgTable
    id: str
    ids: Optional[list] = None
    fixed: Dict[object, Optional[bytes]] = field(default_factory=dict)
    keys: Optional[list] = None  # values of table.key (an integer or text column) of the rows read


def _ident(*names: str) -> sql.Composable:
    return sql.Identifier(*names)


# --------------------------------------------------------------------------- events


def _events_scope(ev: EventsSpec, alias: str = "e") -> Tuple[List[sql.Composable], Dict[str, object]]:
    """The conditions every record read obeys: the layer's own subset string and the selection."""
    parts: List[sql.Composable] = []
    params: Dict[str, object] = {}
    if ev.table.subset.strip():
        # The layer's subset string is SQL that QGIS itself sends to this table for this user;
        # it is applied here the same way (it is part of the layer, not a value of this run).
        parts.append(sql.SQL("({0})").format(sql.SQL(ev.table.subset)))
    if ev.selection is not None:
        parts.append(sql.SQL("{0} = ANY(%(selection)s)").format(_ident(alias, ev.table.key)))
        params["selection"] = list(ev.selection)
    return parts, params


def _and_all(parts: List[sql.Composable]) -> sql.Composable:
    return sql.SQL(" AND ").join(parts) if parts else sql.SQL("TRUE")


def point_expression(ev: EventsSpec, alias: str = "e") -> sql.Composable:
    """The record's point in the areas' SRID: a multipoint's first point, as the desktop reader takes it."""
    g = _ident(alias, ev.table.geometry)
    point = g if ev.table.points_only else sql.SQL("ST_GeometryN({0}, 1)").format(g)
    if ev.target_srid and ev.table.srid and ev.table.srid != ev.target_srid:
        point = sql.SQL("ST_Transform({0}, {1})").format(point, sql.Literal(int(ev.target_srid)))
    return point


def _usable_point(ev: EventsSpec, point: sql.Composable, alias: str = "e") -> sql.Composable:
    """A located record: a point (or multipoint) with finite coordinates within COORDINATE_LIMIT."""
    limit = sql.Literal(COORDINATE_LIMIT)
    finite = sql.SQL("abs(ST_X({0})) <= {1} AND abs(ST_Y({0})) <= {1}").format(point, limit)
    if ev.table.points_only or ev.table.multipoints:
        return finite
    return sql.SQL("GeometryType({0}) IN ('POINT', 'MULTIPOINT') AND {1}").format(
        _ident(alias, ev.table.geometry), finite)


def state_expression(ev: EventsSpec, alias: str = "e") -> sql.Composable:
    """no_geometry, invalid or ok, as read_layers decides it."""
    g = _ident(alias, ev.table.geometry)
    return sql.SQL(
        "CASE WHEN {g} IS NULL OR ST_IsEmpty({g}) THEN {none} WHEN {usable} THEN {ok} ELSE {invalid} END").format(
        g=g, none=sql.Literal(NO_GEOMETRY), usable=_usable_point(ev, point_expression(ev, alias), alias),
        ok=sql.Literal(OK), invalid=sql.Literal(INVALID))


def date_expression(ev: EventsSpec, alias: str = "e") -> sql.Composable:
    """The record's date as the client reads it: a date, or text as written."""
    if not ev.date:
        return sql.SQL("NULL")
    column = _ident(alias, ev.date)
    kind = ev.table.date_kind(ev.date)
    if kind in ("timestamp", "timestamptz"):
        return sql.SQL("{0}::date").format(column)
    return column


def _passes(ev: EventsSpec) -> sql.Composable:
    if ev.filter_sql is None:
        return sql.SQL("TRUE")
    return sql.SQL("COALESCE(({0}), false)").format(ev.filter_sql)


def distinct_values(ev: EventsSpec) -> Tuple[sql.Composable, Dict[str, object]]:
    """One row per distinct (code, date): the code as text, the date, then records
    that fail the filter, that pass it with no geometry, that pass it with a
    usable point, that pass it with an invalid geometry, multipoints of several
    points, and the smallest key (or NULL). Grouped by the columns themselves,
    so the planner knows how few groups there are and aggregates in parallel."""
    scope, params = _events_scope(ev)
    params.update(ev.filter_params)
    g = _ident("e", ev.table.geometry)
    passes = _passes(ev)
    empty = sql.SQL("({0} IS NULL OR ST_IsEmpty({0}))").format(g)
    usable = _usable_point(ev, point_expression(ev))
    multi = sql.SQL("0::bigint") if ev.table.points_only else \
        sql.SQL("count(*) FILTER (WHERE ST_NumGeometries({0}) > 1)").format(g)
    integer_key = ev.table.key and ev.table.is_integer(ev.table.key)
    first = sql.SQL("min({0})").format(_ident("e", ev.table.key)) if integer_key else sql.SQL("NULL::bigint")
    date_group = [date_expression(ev)] if ev.date else []
    statement = sql.SQL(
        "SELECT {code}::text, {date}, count(*) FILTER (WHERE NOT {passes}), "
        "count(*) FILTER (WHERE {passes} AND {empty}), "
        "count(*) FILTER (WHERE {passes} AND NOT {empty} AND {usable}), "
        "count(*), {multi}, {first} "
        "FROM {rel} e WHERE {scope} GROUP BY {group}"
    ).format(code=_ident("e", ev.code), date=date_expression(ev), passes=passes, empty=empty, usable=usable,
             multi=multi, first=first, rel=ev.table.relation, scope=_and_all(scope),
             group=sql.SQL(", ").join([_ident("e", ev.code)] + date_group))
    return statement, params


def value_groups(rows) -> Tuple[list, int]:
    """The rows of :func:`distinct_values` as ValueGroups (and the multipoints counted)."""
    from ...domain.harm.grouped import ValueGroup

    groups = []
    multi = 0
    for code, date, failing, empty, usable, total, multipoints, first in rows:
        multi += int(multipoints or 0)
        passing = int(total) - int(failing)
        for passes, state, n in ((False, OK, failing), (True, NO_GEOMETRY, empty), (True, OK, usable),
                                 (True, INVALID, passing - int(empty) - int(usable))):
            if n:
                groups.append(ValueGroup(code, date, passes, state, int(n), first))
    return groups, multi


def _in_scope(ev: EventsSpec, dates_in_scope: Optional[list]) -> Tuple[List[sql.Composable], Dict[str, object]]:
    """Scope, filter and period: the records placed in areas."""
    parts, params = _events_scope(ev)
    params.update(ev.filter_params)
    if ev.filter_sql is not None:
        parts.append(sql.SQL("({0}) IS TRUE").format(ev.filter_sql))
    if dates_in_scope is not None:
        kind = ev.table.date_kind(ev.date)
        array_type = sql.SQL("date[]") if kind != "text" else sql.SQL("text[]")
        parts.append(sql.SQL("{0} = ANY(%(days)s::{1})").format(date_expression(ev), array_type))
        params["days"] = list(dates_in_scope)
    return parts, params


# --------------------------------------------------------------------------- areas


def _area_geometry(ar: AreasSpec, alias: str, params: Dict[str, object]) -> sql.Composable:
    """The area's polygon: the table's, or the one QGIS repaired (bound, as WKB)."""
    g = _ident(alias, ar.table.geometry)
    if not ar.fixed:
        return g
    params["fixed_ids"] = list(ar.fixed)
    params["fixed_wkb"] = [None if wkb is None else bytes(wkb) for wkb in ar.fixed.values()]
    return sql.SQL(
        "CASE WHEN {id} = ANY(%(fixed_ids)s) "
        "THEN ST_GeomFromWKB((%(fixed_wkb)s::bytea[])[array_position(%(fixed_ids)s, {id})], {srid}) "
        "ELSE {g} END").format(id=_ident(alias, ar.id), srid=sql.Literal(int(ar.table.srid)), g=g)


def _area_restriction(ar: AreasSpec, alias: str, params: Dict[str, object]) -> sql.Composable:
    """The rows of the areas table the SQL reads: those with a geometry, and of an areas layer
    with a subset string or a selection, the rows QGIS read: by the table's key values when
    there are (one bound array), else by the ids read (only where no row left out shares an
    id with a row read: see :func:`ids_shared`). (A subset string names columns without a
    table, which would be ambiguous where two areas are joined: it is not applied itself.)"""
    parts = [sql.SQL("{0} IS NOT NULL").format(_ident(alias, ar.table.geometry))]
    if ar.keys is not None:
        params["area_keys"] = list(ar.keys)
        array_type = sql.SQL("bigint[]") if ar.table.is_integer(ar.table.key) else sql.SQL("text[]")
        parts.append(sql.SQL("{0} = ANY(%(area_keys)s::{1})").format(_ident(alias, ar.table.key), array_type))
    elif ar.ids is not None:
        params["area_ids"] = list(ar.ids)
        parts.append(sql.SQL("{0} = ANY(%(area_ids)s)").format(_ident(alias, ar.id)))
    return sql.SQL(" AND ").join(parts)


def ids_shared(table: PgTable, id_column: str, ids: list, limit: int = 10) -> Tuple[sql.Composable, Dict[str, object]]:
    """Ids of the areas read that more than one row of the table holds (at most ``limit``).
    QGIS refuses duplicated ids among the rows it reads, so any such id is shared with a
    row it did not read (left out by the selection or the subset string)."""
    statement = sql.SQL(
        "SELECT a.{id} FROM {rel} a WHERE a.{id} = ANY(%(ids)s) GROUP BY a.{id} HAVING count(*) > 1 "
        "ORDER BY 1 LIMIT {limit}").format(id=_ident(id_column), rel=table.relation, limit=sql.Literal(int(limit)))
    return statement, {"ids": list(ids)}


def order_key(table: PgTable, column: sql.Composable, column_name: str) -> sql.Composable:
    """The sort key of the boundary rule: numbers as numbers, anything else as text
    in code-point order (Python's order of str)."""
    if table.is_numeric(column_name):
        return column
    return sql.SQL('({0}::text COLLATE "C")').format(column)


def overlapping_areas(ar: AreasSpec) -> Tuple[sql.Composable, Dict[str, object]]:
    """Pairs of ids of areas whose interiors meet (each pair once)."""
    params: Dict[str, object] = {}
    g = ar.table.geometry
    statement = sql.SQL(
        "SELECT a.{id}, b.{id} FROM {rel} a JOIN {rel} b ON b.{g} && a.{g} AND b.{id} < a.{id} "
        "WHERE {ra} AND {rb} AND ST_Relate({ga}, {gb}, 'T********')"
    ).format(id=_ident(ar.id), rel=ar.table.relation, g=_ident(g),
             ra=_area_restriction(ar, "a", params), rb=_area_restriction(ar, "b", params),
             ga=_area_geometry(ar, "a", params), gb=_area_geometry(ar, "b", params))
    return statement, params


def _probe_box(ev: EventsSpec, ar: AreasSpec, geometry: sql.Composable) -> sql.Composable:
    """The area's bounding box in the events' SRID, to look records up through their index."""
    if not (ev.table.srid and ar.table.srid and ev.table.srid != ar.table.srid):
        return geometry
    envelope = sql.SQL("ST_Envelope({0})").format(geometry)
    dense = sql.SQL(
        "ST_Segmentize({0}, greatest(ST_XMax({0}) - ST_XMin({0}), ST_YMax({0}) - ST_YMin({0}), 1e-9) / 16)"
    ).format(envelope)
    moved = sql.SQL("ST_Transform({0}, {1})").format(dense, sql.Literal(int(ev.table.srid)))
    return sql.SQL(
        "ST_Expand(ST_Envelope({0}), {1} * greatest(ST_XMax({0}) - ST_XMin({0}), ST_YMax({0}) - ST_YMin({0})))"
    ).format(
        moved, sql.Literal(BOX_MARGIN))


# --------------------------------------------------------------------------- the harm table, as data

WEIGHTS_TABLE = "soc_harm_weights"


def create_weights_table() -> sql.Composable:
    """A temporary table of the run's weights (dropped with the transaction)."""
    return sql.SQL("CREATE TEMPORARY TABLE {0} (code text PRIMARY KEY, weight numeric NOT NULL) ON COMMIT DROP").format(
        sql.Identifier(WEIGHTS_TABLE))


def fill_weights_table(codes: List[str], weights_text: List[str]) -> Tuple[sql.Composable, Dict[str, object]]:
    """Every distinct code of the records and its weight, as two bound arrays."""
    statement = sql.SQL("INSERT INTO {0} (code, weight) SELECT * FROM unnest(%(codes)s::text[], %(weights)s::numeric[])"
                        ).format(sql.Identifier(WEIGHTS_TABLE))
    return statement, {"codes": list(codes), "weights": list(weights_text)}


def weights_table() -> sql.Composable:
    return sql.SQL("(SELECT code, weight FROM {0})").format(sql.Identifier("pg_temp", WEIGHTS_TABLE))


def weights_values(codes: List[str], weights_text: List[str]) -> Tuple[sql.Composable, Dict[str, object]]:
    """The weights as a VALUES list of bound parameters (where no temporary table may be made)."""
    if not codes:
        return sql.SQL("(SELECT NULL::text AS code, NULL::numeric AS weight WHERE false)"), {}
    params: Dict[str, object] = {}
    rows = []
    for k, (code, weight) in enumerate(zip(codes, weights_text)):
        params["code_{0}".format(k)] = code
        params["weight_{0}".format(k)] = weight
        rows.append(sql.SQL("({0}::text, {1}::numeric)").format(
            sql.Placeholder("code_{0}".format(k)), sql.Placeholder("weight_{0}".format(k))))
    return sql.SQL("(SELECT * FROM (VALUES {0}) AS v (code, weight))").format(sql.SQL(", ").join(rows)), params


def area_totals(ev: EventsSpec, ar: AreasSpec, *, weights: sql.Composable, weights_params: Dict[str, object],
                fill_text: str, dates_in_scope: Optional[list], overlapping: List[object],
                by_value: bool = False) -> Tuple[sql.Composable, Dict[str, object]]:
    """Per area id with a record: records, harm (numeric) and records that lay in
    more than one area. ``by_value``: per area id, code (as text) and date value
    instead (id, code, date, records, harm, records in more than one area), for
    the algorithms that look at each record's weight and date.

    First (in parallel workers: each takes a share of the areas and looks up
    its records through the events' spatial index) every record an area
    covers, counted per area, except the records on its boundary (or inside
    an area that overlaps another), which are kept one by one with the
    record's key. Then, among those few, each record counts only in the
    covering area whose id sorts first. ``weights``: the harm table as a
    relation (code, weight) of the records' distinct codes, a temporary table
    or a VALUES list (:func:`weights_table`, :func:`weights_values`)."""
    scope, params = _in_scope(ev, dates_in_scope)
    point = point_expression(ev)
    geometry_a = _area_geometry(ar, "a", params)
    params["overlapping"] = list(overlapping)
    overlapping_sql = sql.SQL("{0} = ANY(%(overlapping)s)").format(_ident("a", ar.id)) if overlapping \
        else sql.SQL("FALSE")
    params.update(weights_params)
    params["fill"] = fill_text
    record = _ident("e", ev.table.key) if ev.table.key else sql.SQL("e.ctid")
    statement = sql.SQL("""
SELECT r.id{values}, sum(r.n)::bigint, sum(r.harm),
       count(*) FILTER (WHERE r.record IS NOT NULL AND r.covering > 1)::bigint
FROM (
  SELECT c.id{c_values}, c.record, c.n, c.harm,
         count(*) OVER (PARTITION BY c.record) AS covering,
         row_number() OVER (PARTITION BY c.record ORDER BY {order_key}) AS rank
  FROM (
    SELECT ar.id{e_values}, CASE WHEN NOT ar.overlapping AND ST_Contains(ar.geom, {point}) THEN NULL ELSE {record} END
             AS record,
           count(*) AS n, sum(COALESCE(w.weight, %(fill)s::numeric)) AS harm
    FROM (
      SELECT a.{id} AS id, {geometry_a} AS geom, {overlapping} AS overlapping FROM {areas} a WHERE {restrict_a}
    ) ar
    JOIN {events} e ON e.{eg} && {box} AND ST_Covers(ar.geom, {point})
    LEFT JOIN {weights} w ON w.code = {code}::text
    WHERE {scope} AND {usable}
    GROUP BY {inner_group}
  ) c
) r
WHERE r.record IS NULL OR r.rank = 1
GROUP BY r.id{values}
""").format(
        values=sql.SQL(", r.code, r.date" if by_value else ""),
        c_values=sql.SQL(", c.code, c.date" if by_value else ""),
        e_values=sql.SQL(", {0}::text AS code, {1} AS date").format(_ident("e", ev.code), date_expression(ev))
        if by_value else sql.SQL(""),
        inner_group=sql.SQL("1, 2, 3, 4" if by_value else "1, 2"),
        order_key=order_key(ar.table, _ident("c", "id"), ar.id), point=point, record=record,
        code=_ident("e", ev.code), id=_ident(ar.id), geometry_a=geometry_a, overlapping=overlapping_sql,
        areas=ar.table.relation, restrict_a=_area_restriction(ar, "a", params), events=ev.table.relation,
        eg=_ident(ev.table.geometry), box=_probe_box(ev, ar, _ident("ar", "geom")), scope=_and_all(scope),
        usable=_usable_point(ev, point), weights=weights)
    return statement, params


def located_extent_query(ev: EventsSpec) -> Tuple[sql.Composable, Dict[str, object]]:
    """xmin, ymin, xmax, ymax of the located records (in the areas' SRID), for the
    log when no record was counted."""
    scope, params = _events_scope(ev)
    point = point_expression(ev)
    statement = sql.SQL(
        "SELECT ST_XMin(x.b), ST_YMin(x.b), ST_XMax(x.b), ST_YMax(x.b) FROM "
        "(SELECT ST_Extent({point}) AS b FROM {rel} e WHERE {scope} AND {g} IS NOT NULL AND NOT ST_IsEmpty({g}) "
        "AND {usable}) x").format(point=point, rel=ev.table.relation, scope=_and_all(scope),
                                  g=_ident("e", ev.table.geometry), usable=_usable_point(ev, point))
    return statement, params


# --------------------------------------------------------------------------- RECORDS written in the database


def codes_values(codes: List[str], weights_text: List[str], table_codes: List[Optional[str]]
                 ) -> Tuple[sql.Composable, Dict[str, object]]:
    """(code, weight, table_code) of each distinct code in scope, as a VALUES list of bound parameters."""
    if not codes:
        return sql.SQL("(SELECT NULL::text AS code, NULL::numeric AS weight, NULL::text AS table_code WHERE false)"), {}
    params: Dict[str, object] = {}
    rows = []
    for k, (code, weight, table_code) in enumerate(zip(codes, weights_text, table_codes)):
        names = ["rc_{0}".format(k), "rw_{0}".format(k), "rt_{0}".format(k)]
        params.update(zip(names, (code, weight, table_code)))
        rows.append(sql.SQL("({0}::text, {1}::numeric, {2}::text)").format(*[sql.Placeholder(n) for n in names]))
    return sql.SQL("(SELECT * FROM (VALUES {0}) AS v (code, weight, table_code))").format(
        sql.SQL(", ").join(rows)), params


def dates_values(ev: EventsSpec, values: list, days: list, statuses: List[str]
                 ) -> Tuple[sql.Composable, Dict[str, object]]:
    """(value, day, status) of each distinct date value: the day read from it (NULL when
    unreadable) and '' (in the period), 'invalid' or 'out_of_period'."""
    kind = sql.SQL("text") if ev.table.date_kind(ev.date) == "text" else sql.SQL("date")
    statement = sql.SQL("(SELECT * FROM unnest(%(date_values)s::{0}[], %(date_days)s::date[], "
                        "%(date_statuses)s::text[]) AS d (value, day, status))").format(kind)
    return statement, {"date_values": list(values), "date_days": list(days), "date_statuses": list(statuses)}


def records_table(ev: EventsSpec, ar: Optional[AreasSpec], target: sql.Composable, *, codes: sql.Composable,
                  dates: Optional[sql.Composable], fill_text: str, period_bounded: bool, layer_name: str,
                  srid: int, placed: Optional[Tuple[sql.Composable, sql.Composable, Dict[str, object]]] = None
                  ) -> Tuple[sql.Composable, Dict[str, object]]:
    """CREATE TABLE ``target`` AS every record of the events once, as the RECORDS
    output of the desktop path writes it: its area (the covering area whose id
    sorts first), weight, harm-table code, code, measure, date, source layer and
    feature id, status, and its point. ``placed``: where records are placed instead of
    ``ar``'s areas (harmgrid's cells): (FROM-clause joins after the record's state ``q``,
    the place id's expression, their parameters)."""
    scope, params = _events_scope(ev)
    params.update(ev.filter_params)
    params["fill"] = fill_text
    params["layer_name"] = layer_name
    point = point_expression(ev)
    state = state_expression(ev)
    passes = _passes(ev)
    if dates is not None and ev.date:
        date_join = sql.SQL("LEFT JOIN {0} d ON d.value = {1}").format(dates, date_expression(ev))
        day = sql.SQL("d.day")
        date_status = sql.SQL("COALESCE(d.status, {0})").format(
            sql.Literal("out_of_period" if period_bounded else ""))
    else:
        date_join, day, date_status = sql.SQL(""), sql.SQL("NULL::date"), sql.SQL("''")
    if placed is None:
        geometry_a = _area_geometry(ar, "a", params)
        place_from = sql.SQL("")
        place = sql.SQL(
            "(SELECT a.{id}::text FROM {areas} a WHERE {restrict_a} AND a.{ag} && {box} AND ST_Covers({geometry_a}, "
            "{point}) ORDER BY {order_key} LIMIT 1)").format(
            id=_ident(ar.id), areas=ar.table.relation, restrict_a=_area_restriction(ar, "a", params),
            ag=_ident(ar.table.geometry), box=point, geometry_a=geometry_a, point=point,
            order_key=order_key(ar.table, _ident("a", ar.id), ar.id))
    else:
        place_from, place, place_params = placed
        params.update(place_params)
    statement = sql.SQL("""
CREATE TABLE {target} AS
SELECT row_number() OVER (ORDER BY r.source_fid)::bigint AS id, r.area_id, r.weight, r.table_code, r.code,
       'harm'::text AS measure, r.date, %(layer_name)s::text AS source_layer, r.source_fid,
       CASE WHEN NOT r.passes THEN 'filtered' WHEN r.date_status <> '' THEN r.date_status
            WHEN r.state <> 'ok' THEN r.state WHEN r.area_id IS NULL THEN 'outside' ELSE 'assigned' END AS status,
       NULL::double precision AS distance, r.geom
FROM (
  SELECT e.{key}::bigint AS source_fid, e.{code}::text AS code, {day} AS date, {passes} AS passes,
         {date_status} AS date_status, q.state,
         CASE WHEN {passes} AND {date_status} = '' THEN COALESCE(w.weight, %(fill)s::numeric) ELSE 0 END
           ::double precision AS weight,
         CASE WHEN {passes} AND {date_status} = '' THEN w.table_code END AS table_code,
         CASE WHEN q.state = 'ok' THEN ST_SetSRID({point}, {srid}) END::geometry(Point, {srid}) AS geom,
         CASE WHEN q.state = 'ok' AND {passes} AND {date_status} = '' THEN {place} END AS area_id
  FROM {events} e
  CROSS JOIN LATERAL (SELECT {state} AS state) q{place_from}
  LEFT JOIN {codes} w ON w.code = e.{code}::text
  {date_join}
  WHERE {scope}
) r
""").format(
        target=target, key=_ident(ev.table.key), code=_ident(ev.code), day=day, passes=passes,
        date_status=date_status, point=point, srid=sql.Literal(int(srid)), place=place, place_from=place_from,
        events=ev.table.relation, state=state,
        codes=codes, date_join=date_join, scope=_and_all(scope))
    return statement, params

