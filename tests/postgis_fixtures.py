"""Fixtures for tests that need a real PostgreSQL with PostGIS (tests/qgis).

``postgis``: one throwaway cluster for the whole test session
(tools/postgis_cluster.py: initdb under the session's temporary folder, as the
unprivileged user ``nobody`` when the tests run as root, 127.0.0.1 only,
``CREATE EXTENSION postgis``), stopped when the session ends. Where PostgreSQL
or PostGIS is not installed, every test that uses it is skipped with a reason
starting "needs PostGIS:" (tests/conftest.py lets that skip pass and says so
at the end of the run; ``make setup`` installs both).

``pg_sample``: the sample force loaded once into the schema ``sample``.
``pg_layers``: copies a QGIS layer into a table with QGIS's own exporter, in a
schema of its own per test (dropped after it), and opens it as a PostGIS layer.

Import the fixtures into a conftest (tests/qgis/conftest.py does).
"""
from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import List, Optional

import pytest

SKIP_POSTGIS_PREFIX = "needs PostGIS:"
SAMPLE_SCHEMA = "sample"


@pytest.fixture(scope="session")
def postgis(tmp_path_factory):
    """A running cluster (tools.postgis_cluster.Cluster), or a "needs PostGIS:" skip."""
    from tools.postgis_cluster import Cluster, PostgisUnavailable

    try:
        cluster = Cluster(tmp_path_factory.mktemp("postgis"))
    except PostgisUnavailable as error:
        pytest.skip("{0} {1}".format(SKIP_POSTGIS_PREFIX, error))
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_sample(postgis, tmp_path_factory):
    """The sample force (the demo's seed) in schema ``sample``; returns the GeoPackage path too."""
    from tools.postgis_cluster import load_gpkg
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg

    gpkg = write_gpkg(generate_force(), tmp_path_factory.mktemp("pg_sample") / "sample_force.gpkg")
    postgis.psql("CREATE SCHEMA IF NOT EXISTS {0}".format(SAMPLE_SCHEMA))
    load_gpkg(postgis, gpkg, schema=SAMPLE_SCHEMA)
    return SampleInPostgis(postgis, gpkg)


class SampleInPostgis:
    def __init__(self, cluster, gpkg: Path):
        self.cluster = cluster
        self.gpkg = gpkg

    def uri(self, table: str, **kwargs) -> str:
        return self.cluster.qgis_uri(table, schema=SAMPLE_SCHEMA, **kwargs)

    def layer(self, table: str, name: Optional[str] = None, **kwargs):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(self.uri(table, **kwargs), name or table, "postgres")
        assert layer.isValid(), table
        return layer

    def gpkg_layer(self, table: str):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer("{0}|layername={1}".format(self.gpkg, table), table, "ogr")
        assert layer.isValid(), table
        return layer


class PgLayers:
    """QGIS layers copied into PostGIS tables in a schema of this test's own."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.schema = "t_" + uuid.uuid4().hex[:12]
        cluster.psql("CREATE SCHEMA {0}".format(self.schema))
        self.made: List[object] = []

    def uri(self, table: str, **kwargs) -> str:
        return self.cluster.qgis_uri(table, schema=self.schema, **kwargs)

    def copy(self, layer, table: Optional[str] = None, key: str = "fid", spatial_index: bool = True):
        """The layer written with QgsVectorLayerExporter (QGIS's own writer) and opened from PostGIS."""
        from qgis.core import QgsVectorLayerExporter

        table = table or re.sub(r"\W", "_", layer.name().lower())
        error, message = QgsVectorLayerExporter.exportLayer(
            layer, self.uri(table, key=key), "postgres", layer.crs(), False, {"overwrite": True})
        assert int(getattr(error, "value", error)) == 0, message  # NoError (3.22) / Qgis.VectorExportResult.Success
        if spatial_index and layer.isSpatial():  # QGIS's exporter makes none on 3.22
            self.sql('CREATE INDEX IF NOT EXISTS "{1}_geom_gist" ON {0}."{1}" USING GIST (geom)'.format(
                self.schema, table))
        if not spatial_index:
            self.sql("DROP INDEX IF EXISTS {0}.{1}".format(self.schema, self.index_name(table)))
        self.sql("ANALYZE {0}.{1}".format(self.schema, table))
        return self.open(table, layer.name(), key=key)

    def index_name(self, table: str) -> str:
        found = self.cluster.psql(
            "SELECT indexname FROM pg_indexes WHERE schemaname = '{0}' AND tablename = '{1}' "
            "AND indexdef LIKE '%gist%'".format(
                self.schema, table)).strip()
        return found.splitlines()[0] if found else "none"

    def open(self, table: str, name: Optional[str] = None, **kwargs):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(self.uri(table, **kwargs), name or table, "postgres")
        assert layer.isValid(), self.uri(table, **kwargs)
        self.made.append(layer)
        return layer

    def sql(self, statement: str) -> str:
        return self.cluster.psql(statement)

    def release(self) -> None:
        from qgis.core import QgsProject
        from qgis.PyQt import sip

        project = QgsProject.instance()
        for layer in self.made:
            if not sip.isdeleted(layer) and project.addMapLayer(layer, False):
                project.removeMapLayer(layer.id())
        self.made = []
        self.cluster.psql("DROP SCHEMA IF EXISTS {0} CASCADE".format(self.schema))


@pytest.fixture
def pg_layers(postgis):
    maker = PgLayers(postgis)
    yield maker
    maker.release()
