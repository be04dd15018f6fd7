"""QGIS side of the database path: is a layer a PostGIS table, and of which connection?

A layer is read in the database when its provider is QGIS's ``postgres``
provider. The connection is the layer's own: its data source
(``QgsDataSourceUri``) with any QGIS authentication configuration expanded by
QGIS's authentication manager (``connectionInfo(True)``), so the stored
credentials are reused and never written anywhere. Two layers are "of one
connection" when host, port, database, service, user and authentication
configuration agree: then one session can read both.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsVectorLayer

PROVIDER = "postgres"


@dataclass
class PgLayer:
    """A PostGIS layer's table and connection, as the layer's data source says."""

    layer: QgsVectorLayer
    uri: QgsDataSourceUri

    @property
    def schema(self) -> str:
        return self.uri.schema() or "public"

    @property
    def table(self) -> str:
        return self.uri.table()

    @property
    def geometry_column(self) -> str:
        return self.uri.geometryColumn()

    @property
    def key_column(self) -> Optional[str]:
        """The layer's key column when it is one plain column name (not a list of several)."""
        key = self.uri.keyColumn().strip()
        if not key or "," in key:
            return None
        return key.strip('"')

    @property
    def subset(self) -> str:
        return self.layer.subsetString() or ""

    @property
    def is_query(self) -> bool:
        """A layer made from an SQL query ("(SELECT ...)") rather than a table or view."""
        return self.table.lstrip().startswith("(")

    def connection_key(self) -> Tuple[str, ...]:
        uri = self.uri
        return (uri.host(), uri.port(), uri.database(), uri.service(), uri.username(), uri.authConfigId())

    def conninfo(self) -> str:
        """libpq's connection string, the authentication configuration expanded (credentials in memory only)."""
        return self.uri.connectionInfo(True)

    def label(self) -> str:
        return '"{0}"."{1}"'.format(self.schema, self.table)


def pg_layer(layer) -> Optional[PgLayer]:
    """The layer as a PostGIS table, or None (another provider, or no layer)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.providerType() != PROVIDER:
        return None
    return PgLayer(layer, QgsDataSourceUri(layer.source()))


def same_connection(first: PgLayer, second: PgLayer) -> bool:
    return first.connection_key() == second.connection_key()


def events_spec(session, events: PgLayer, *, code_field: str, date_field: str = "", filter_sql=None,
                selection=None, target_srid: int = 0):
    """The events as the SQL reads them (the table described from the catalog)."""
    from .harm_sql import EventsSpec
    from .tables import describe

    table = describe(session, events.schema, events.table, events.geometry_column, events.key_column, events.subset)
    return EventsSpec(table=table, code=code_field, date=date_field or None,
                      filter_sql=None if filter_sql is None else filter_sql.sql,
                      filter_params={} if filter_sql is None else dict(filter_sql.params),
                      selection=selection, target_srid=target_srid)


class AreaIdsShared(Exception):
    """Areas read share their id with rows of the table left out (by a selection or a
    subset string), and the table has no key to name the rows read by: the SQL cannot
    read exactly the rows QGIS read. ``ids``: some of those ids."""

    def __init__(self, ids):
        super().__init__(", ".join(str(v) for v in ids))
        self.ids = list(ids)


def areas_spec(session, areas: PgLayer, *, id_field: str, rows, ids, restrict: bool):
    """The areas as the SQL reads them: the table, and from what QGIS read
    (``rows``: area_layers.AreaRows; ``ids``: the id of each row) the
    geometries it repaired or found empty, and with ``restrict`` (a subset
    string or a selection on the layer) the rows read: named by the table's
    key (an integer or text column: its values bound as one array) or, in a
    table without one, by their ids, once the database has said that no row
    left out shares an id with a row read. Raises AreaIdsShared when one does."""
    from .harm_sql import AreasSpec, ids_shared
    from .tables import describe

    table = describe(session, areas.schema, areas.table, areas.geometry_column, areas.key_column)
    changed = set(rows.repaired) | set(rows.empty) | set(rows.collapsed)
    fixed = {ids[k]: rows.wkb[k] for k, fid in enumerate(rows.fids) if fid in changed}
    if not restrict:
        return AreasSpec(table=table, id=id_field, fixed=fixed)
    keys = _keys_read(areas, table, rows)
    if keys is None:
        statement, params = ids_shared(table, id_field, list(ids))
        shared = [row[0] for row in session.rows(statement, params)]
        if shared:
            raise AreaIdsShared(shared)
    return AreasSpec(table=table, id=id_field, ids=list(ids), fixed=fixed, keys=keys)


def _keys_read(areas: PgLayer, table, rows) -> Optional[list]:
    """The table's key values of the rows QGIS read (from the attributes read), or None
    when the table has no integer or text key column among the layer's fields."""
    key = table.bindable_key
    index = areas.layer.fields().indexOf(key) if key else -1
    if index < 0:
        return None
    values = [attributes[index] if index < len(attributes) else None for attributes in rows.attributes]
    if any(value is None for value in values):
        return None
    return [int(value) for value in values] if table.is_integer(key) else [str(value) for value in values]
