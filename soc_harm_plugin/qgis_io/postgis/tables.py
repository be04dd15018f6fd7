"""A PostGIS layer as a table: what the SQL needs to know about it.

Read from the server's catalog (no qgis import here), so the SQL names real
columns with their real types, whatever the layer's URI says.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional

from psycopg2 import sql

NUMERIC_TYPES = frozenset(("smallint", "integer", "bigint", "real", "double precision", "numeric"))
INTEGER_TYPES = frozenset(("smallint", "integer", "bigint"))
TEXT_TYPES = frozenset(("text", "character varying", "character", "name", "citext"))
DATE_KINDS = {"date": "date", "timestamp without time zone": "timestamp", "timestamp with time zone": "timestamptz"}
POINT_TYPES = frozenset(("POINT", "POINTZ", "POINTM", "POINTZM"))
MULTIPOINT_TYPES = frozenset(("MULTIPOINT", "MULTIPOINTZ", "MULTIPOINTM", "MULTIPOINTZM"))


@dataclass
class PgTable:
    """One table or view of the database, as a layer reads it."""

    schema: str
    name: str
    geometry: Optional[str]  # the geometry column ("" / None: none)
    srid: int = 0
    geometry_type: str = "GEOMETRY"  # from the column's type modifier or geometry_columns: POINT, POLYGON, ...
    columns: Dict[str, str] = field(default_factory=dict)  # name -> type, as format_type() writes it
    key: Optional[str] = None  # a single-column primary key (or the layer's key column), if any
    kind: str = "r"  # pg_class.relkind: r table, v view, m materialized view, p partitioned, f foreign
    spatial_index: bool = False  # a GiST (or SP-GiST/BRIN) index on the geometry column
    subset: str = ""  # the layer's own SQL filter (its subset string), applied as QGIS applies it
    estimated_rows: int = 0

    @property
    def relation(self) -> sql.Composable:
        return sql.Identifier(self.schema, self.name)

    def label(self) -> str:
        return '"{0}"."{1}"'.format(self.schema, self.name)

    def column_type(self, column: str) -> str:
        return self.columns.get(column, "")

    def is_numeric(self, column: str) -> bool:
        return _base_type(self.column_type(column)) in NUMERIC_TYPES

    def is_integer(self, column: str) -> bool:
        return _base_type(self.column_type(column)) in INTEGER_TYPES

    def date_kind(self, column: str) -> str:
        """date, timestamp, timestamptz, text, or '' for a type that holds no dates."""
        base = _base_type(self.column_type(column))
        if base in DATE_KINDS:
            return DATE_KINDS[base]
        return "text" if base in TEXT_TYPES else ""

    @property
    def bindable_key(self) -> Optional[str]:
        """The key column when its values can name rows as one bound array (an integer or
        text column), else None (no key, or one of another type such as uuid)."""
        key = self.key
        return key if key and (self.is_integer(key) or self.date_kind(key) == "text") else None

    @property
    def points_only(self) -> bool:
        return self.geometry_type.upper() in POINT_TYPES

    @property
    def multipoints(self) -> bool:
        return self.geometry_type.upper() in MULTIPOINT_TYPES

    @property
    def curved(self) -> bool:
        kind = self.geometry_type.upper()
        return any(word in kind for word in ("CURVE", "CIRCULAR", "SURFACE"))


def _base_type(type_name: str) -> str:
    """'character varying(20)' -> 'character varying'; 'numeric(10,2)' -> 'numeric'."""
    return type_name.split("(", 1)[0].strip().lower()


CATALOG_SQL = """
SELECT c.oid, c.relkind, c.reltuples::bigint
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(schema)s AND c.relname = %(name)s
"""

COLUMNS_SQL = """
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
       CASE WHEN t.typname IN ('geometry', 'geography') THEN postgis_typmod_type(a.atttypmod) END,
       CASE WHEN t.typname IN ('geometry', 'geography') THEN postgis_typmod_srid(a.atttypmod) END
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = %(oid)s AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
"""

KEY_SQL = """
SELECT array_agg(a.attname ORDER BY a.attnum)
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
WHERE i.indrelid = %(oid)s AND i.indisprimary
"""

INDEX_SQL = """
SELECT EXISTS (
  SELECT 1 FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = ic.relam
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
  WHERE i.indrelid = %(oid)s AND a.attname = %(column)s AND am.amname IN ('gist', 'spgist', 'brin'))
"""

GEOMETRY_COLUMNS_SQL = """
SELECT type, srid FROM geometry_columns
WHERE f_table_schema = %(schema)s AND f_table_name = %(name)s AND f_geometry_column = %(column)s
"""


class TableNotFound(LookupError):
    pass


def describe(session, schema: str, name: str, geometry: Optional[str], key: Optional[str] = None,
             subset: str = "") -> PgTable:
    """The table (or view) as the catalog describes it. ``key``: the layer's key
    column when the URI names one (a view has no primary key of its own)."""
    found = session.one(CATALOG_SQL, {"schema": schema, "name": name})
    if found is None:
        raise TableNotFound('"{0}"."{1}"'.format(schema, name))
    oid, kind, rows = found
    columns: Dict[str, str] = {}
    geometry_type, srid = "GEOMETRY", 0
    for column, type_name, typmod_type, typmod_srid in session.rows(COLUMNS_SQL, {"oid": oid}):
        columns[column] = type_name
        if geometry and column == geometry:
            geometry_type = (typmod_type or "GEOMETRY").upper()
            srid = int(typmod_srid or 0)
    if geometry and (geometry_type == "GEOMETRY" or not srid):
        registered = session.one(GEOMETRY_COLUMNS_SQL, {"schema": schema, "name": name, "column": geometry})
        if registered is not None:
            geometry_type = geometry_type if geometry_type != "GEOMETRY" else str(registered[0] or "GEOMETRY").upper()
            srid = srid or int(registered[1] or 0)
    primary = session.one(KEY_SQL, {"oid": oid})
    primary = primary[0] if primary is not None else None
    table_key = key if key and key in columns else (primary[0] if primary and len(primary) == 1 else None)
    indexed = bool(geometry) and bool(session.one(INDEX_SQL, {"oid": oid, "column": geometry})[0])
    return PgTable(schema=schema, name=name, geometry=geometry or None, srid=srid, geometry_type=geometry_type,
                   columns=columns, key=table_key, kind=kind, spatial_index=indexed, subset=subset or "",
                   estimated_rows=max(0, int(rows or 0)))
