"""socharm:harmgrid in the database: each record's lattice keys in SQL, counts per key back.

No qgis import. The grid itself (its extent, cell size, the cells kept inside a
boundary) is made on the desktop as always (``domain/geometry/grid``). What the
records need is only which lattice cells may hold each point: the integers of
``grid.lattice_keys``, which the database computes here with the same float
operations in the same order (IEEE double arithmetic, correctly rounded in both:
``/``, ``*``, ``+``, ``-``, ``sqrt``; ``floor``; ``round`` to even, as numpy's).
Every constant the desktop computes once in Python (the cell size, the
hexagon's half width, ...) is computed in Python here too and sent as a bound
float8, so both sides use the same bits. The records in scope are grouped by
their keys (about one group per cell, a few more on edges), with their count
and their harm as exact SQL ``numeric``; ``Grid.assign_keys`` then places each
group in its kept cell (the lowest cell_id on an edge or corner, none outside
the grid) exactly as ``Grid.assign`` places a point.
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Dict, List, Optional, Tuple

import numpy as np
from psycopg2 import sql

from ...domain.geometry import grid as lattice
from .harm_sql import EventsSpec, _and_all, _events_scope, _in_scope, _usable_point, point_expression


def _square_keys(x: sql.Composable, y: sql.Composable) -> Tuple[sql.Composable, List[sql.Composable]]:
    """FROM-clause laterals and the four key expressions of ``_axis_candidates(x / size)`` per axis."""
    laterals = sql.SQL(
        " CROSS JOIN LATERAL (SELECT {x} / %(size)s::float8 AS tx, {y} / %(size)s::float8 AS ty) t"
        " CROSS JOIN LATERAL (SELECT round(t.tx) AS kx, round(t.ty) AS ky) k"
        " CROSS JOIN LATERAL (SELECT abs(t.tx - k.kx) <= %(tolerance)s::float8 AS onx,"
        " abs(t.ty - k.ky) <= %(tolerance)s::float8 AS ony) o").format(x=x, y=y)
    keys = [
        sql.SQL("(CASE WHEN o.onx THEN k.kx - 1 ELSE floor(t.tx) END)::bigint"),
        sql.SQL("(CASE WHEN o.onx THEN k.kx ELSE floor(t.tx) END)::bigint"),
        sql.SQL("(CASE WHEN o.ony THEN k.ky - 1 ELSE floor(t.ty) END)::bigint"),
        sql.SQL("(CASE WHEN o.ony THEN k.ky ELSE floor(t.ty) END)::bigint"),
    ]
    return laterals, keys


def _hex_keys(x: sql.Composable, y: sql.Composable) -> Tuple[sql.Composable, List[sql.Composable]]:
    """The laterals and seven keys of ``_hex_candidates``: the lower candidate row, the first
    candidate column of each row, and whether each of the four candidates is near."""
    # candidate j: row r0 + (j >= 2), column c0 of its row + (j odd); centre
    # ((2 * col + (row & 1)) * half_w, (3 * row) * half_a), minus the point; d2 = dx * dx + dy * dy
    def centre(j: int) -> sql.Composable:
        row = sql.SQL("(r.r0 + {0})").format(sql.Literal(j // 2))
        col = sql.SQL("(c.c{0} + {1})").format(sql.SQL("a" if j < 2 else "b"), sql.Literal(j % 2))
        return sql.SQL(
            "(((2 * {col} + ({row} & 1))::float8 * %(half_w)s::float8 - p.x) * "
            "((2 * {col} + ({row} & 1))::float8 * %(half_w)s::float8 - p.x) + "
            "((3 * {row})::float8 * %(half_a)s::float8 - p.y) * ((3 * {row})::float8 * %(half_a)s::float8 - p.y))"
        ).format(col=col, row=row)

    laterals = sql.SQL(
        " CROSS JOIN LATERAL (SELECT {x} AS x, {y} AS y) p"
        " CROSS JOIN LATERAL (SELECT floor(p.y / %(row_step)s::float8)::bigint AS r0) r"
        " CROSS JOIN LATERAL (SELECT"
        " floor(p.x / %(col_step)s::float8 - 0.5::float8 * (r.r0 & 1)::float8)::bigint AS ca,"
        " floor(p.x / %(col_step)s::float8 - 0.5::float8 * ((r.r0 + 1) & 1)::float8)::bigint AS cb) c"
        # a function scan, not a subquery: the planner would copy the four distances into every
        # expression that uses them (tens of times per record); unnest computes each once
        " CROSS JOIN LATERAL unnest(ARRAY[{d0}], ARRAY[{d1}], ARRAY[{d2}], ARRAY[{d3}]) AS dist (d0, d1, d2, d3)"
        " CROSS JOIN LATERAL (SELECT sqrt(least(dist.d0, dist.d1, dist.d2, dist.d3)) + %(reach_add)s::float8"
        " AS reach) h"
    ).format(x=x, y=y, d0=centre(0), d1=centre(1), d2=centre(2), d3=centre(3))
    near = [sql.SQL("(dist.d{0} <= h.reach * h.reach)::int::bigint").format(sql.SQL(str(j))) for j in range(4)]
    return laterals, [sql.SQL("r.r0"), sql.SQL("c.ca"), sql.SQL("c.cb")] + near


def constants(shape: str, size: float) -> Dict[str, float]:
    """The floats the desktop computes once in Python, computed the same way."""
    size = float(size)
    if shape == lattice.HEXAGON:
        a = size * lattice.HEX_SIDE
        half_w = math.sqrt(3.0) * a / 2.0
        half_a = a / 2.0
        return {"half_w": half_w, "half_a": half_a, "row_step": 3.0 * half_a, "col_step": 2.0 * half_w,
                "reach_add": lattice.EDGE_TOLERANCE * size}
    return {"size": size, "tolerance": lattice.EDGE_TOLERANCE}


def key_counts(ev: EventsSpec, shape: str, size: float, *, weights: sql.Composable,
               weights_params: Dict[str, object], fill_text: str,
               dates_in_scope: Optional[list]) -> Tuple[sql.Composable, Dict[str, object]]:
    """Records in scope with a usable point, grouped by lattice keys: the keys, the
    records, their harm (numeric: each record's weight, or the fill)."""
    scope, params = _in_scope(ev, dates_in_scope)
    params.update(weights_params)
    params.update(constants(shape, size))
    params["fill"] = fill_text
    point = point_expression(ev)
    x, y = sql.SQL("ST_X({0})").format(point), sql.SQL("ST_Y({0})").format(point)
    laterals, keys = _hex_keys(x, y) if shape == lattice.HEXAGON else _square_keys(x, y)
    n_keys = len(keys)
    columns = [sql.Identifier("k{0}".format(k)) for k in range(n_keys)]
    # counted per keys and code first (in parallel workers: no weights there, a temporary table is
    # the leader's alone), then weighed: the harm of a group is its count times its weight, exact in numeric
    statement = sql.SQL(
        "SELECT {columns}, sum(g.n)::bigint, sum(g.n * COALESCE(w.weight, %(fill)s::numeric)) FROM ("
        "SELECT {keys}, {code}::text AS code, count(*) AS n "
        "FROM {events} e{laterals} WHERE {scope} AND {usable} GROUP BY {group}) g "
        "LEFT JOIN {weights} w ON w.code = g.code GROUP BY {columns}"
    ).format(columns=sql.SQL(", ").join(sql.SQL("g.{0}").format(c) for c in columns),
             keys=sql.SQL(", ").join(sql.SQL("{0} AS {1}").format(k, c) for k, c in zip(keys, columns)),
             events=ev.table.relation, weights=weights, code=sql.Identifier("e", ev.code), laterals=laterals,
             scope=_and_all(scope), usable=_usable_point(ev, point),
             group=sql.SQL(", ").join(sql.SQL(str(k + 1)) for k in range(n_keys + 1)))
    return statement, params


def exact_located_extent(ev: EventsSpec) -> Tuple[sql.Composable, Dict[str, object]]:
    """xmin, ymin, xmax, ymax of the located records in scope of the layer (its subset
    string and selection; not the filter or period), as exact doubles (ST_Extent
    rounds to float4)."""
    scope, params = _events_scope(ev)
    point = point_expression(ev)
    statement = sql.SQL(
        "SELECT min(ST_X({p})), min(ST_Y({p})), max(ST_X({p})), max(ST_Y({p})) FROM {rel} e "
        "WHERE {scope} AND {g} IS NOT NULL AND NOT ST_IsEmpty({g}) AND {usable}").format(
        p=point, rel=ev.table.relation, scope=_and_all(scope), g=sql.Identifier("e", ev.table.geometry),
        usable=_usable_point(ev, point))
    return statement, params


def cells_of_groups(grid, rows) -> Tuple[np.ndarray, np.ndarray, int]:
    """(records per cell, harm per cell, records on an edge between kept cells) from
    the rows of :func:`key_counts`; harm summed exactly (Decimal) before it is a float."""
    n_keys = len(lattice.LATTICE_KEYS[grid.shape])
    harm_n = np.zeros(grid.n_cells, dtype=np.int64)
    totals: List[Decimal] = [Decimal(0)] * grid.n_cells
    if not rows:
        return harm_n, np.zeros(grid.n_cells, dtype=float), 0
    keys = np.array([row[:n_keys] for row in rows], dtype=np.int64)
    counts = np.array([int(row[n_keys]) for row in rows], dtype=np.int64)
    cell, on_edge = grid.assign_keys(keys)
    for k in np.flatnonzero(cell >= 0):
        harm_n[cell[k]] += counts[k]
        totals[cell[k]] += Decimal(rows[k][n_keys + 1] or 0)
    shared = int(counts[on_edge].sum())
    return harm_n, np.array([float(t) for t in totals], dtype=float), shared


def cells_of_records(ev: EventsSpec, shape: str, size: float, grid, rows
                     ) -> Tuple[sql.Composable, sql.Composable, Dict[str, object]]:
    """``placed`` of ``harm_sql.records_table`` for harmgrid: each record's lattice keys, computed as
    :func:`key_counts` computes them, joined to the cell ``Grid.assign_keys`` gives those keys (``rows``:
    what key_counts sent back, so every key of a record in scope is among them; keys of no kept cell
    join none: outside). (FROM-clause joins, the cell id's expression, their parameters)."""
    n_keys = len(lattice.LATTICE_KEYS[shape])
    keys = np.array([row[:n_keys] for row in rows], dtype=np.int64).reshape(len(rows), n_keys)
    cell = grid.assign_keys(keys)[0] if len(rows) else np.zeros(0, dtype=np.int64)
    kept = cell >= 0
    params: Dict[str, object] = dict(constants(shape, size))
    for k in range(n_keys):
        params["cell_k{0}".format(k)] = [int(v) for v in keys[kept, k]]
    params["cell_id"] = [str(grid.cell_ids[c]) for c in cell[kept]]
    point = point_expression(ev)
    x = sql.SQL("CASE WHEN q.state = 'ok' THEN ST_X({0}) END").format(point)
    y = sql.SQL("CASE WHEN q.state = 'ok' THEN ST_Y({0}) END").format(point)
    laterals, expressions = _hex_keys(x, y) if shape == lattice.HEXAGON else _square_keys(x, y)
    names = [sql.Identifier("k{0}".format(k)) for k in range(n_keys)]
    arrays = [sql.SQL("%(cell_k{0})s::bigint[]").format(sql.SQL(str(k))) for k in range(n_keys)]
    join = sql.SQL(
        " LEFT JOIN (SELECT * FROM unnest({arrays}, %(cell_id)s::text[]) AS u ({names}, id)) cell ON {on}").format(
        arrays=sql.SQL(", ").join(arrays), names=sql.SQL(", ").join(names),
        on=sql.SQL(" AND ").join(sql.SQL("cell.{0} = {1}").format(n, e) for n, e in zip(names, expressions)))
    return laterals + join, sql.SQL("cell.id"), params
