"""A throwaway PostgreSQL + PostGIS cluster for the tests, the demo and the benchmark.

``Cluster(folder).start()`` runs ``initdb`` into ``folder``, starts the server
on a free port of 127.0.0.1 only (no Unix socket, password authentication
with a random password), creates a database with ``CREATE EXTENSION
postgis``, and ``stop()`` stops it again. ``initdb`` refuses to run as root:
as root, the cluster runs as the unprivileged user ``nobody`` (the folders
above it get search permission only, so that user can reach its own folder).

``load_gpkg`` copies layers of a GeoPackage into the database with GDAL's
PostgreSQL driver (COPY), each with a primary key and a GiST index, so the
sample force can be scored from PostGIS.

Nothing here imports QGIS: the benchmark and the demo use it from the command
line too::

    python -m tools.postgis_cluster start FOLDER    # prints the connection
    python -m tools.postgis_cluster stop FOLDER
"""
from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

UNPRIVILEGED_USER = "nobody"
SUPERUSER = "socharm"
DATABASE = "socharm"
STATE_FILE = "cluster.json"  # beside the data folder: port, password, owner


class PostgisUnavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed here (the message says what is missing)."""


def server_bin() -> Path:
    """The newest installed PostgreSQL server's bin folder (Debian's layout),
    with PostGIS installed for it; PostgisUnavailable otherwise."""
    roots = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: _version_key(p.parent.parent.name), reverse=True)
    if not roots:
        raise PostgisUnavailable("PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb); "
                                 "make setup installs it (Debian package postgresql-postgis)")
    for initdb in roots:
        version = initdb.parent.parent.name
        if Path("/usr/share/postgresql", version, "extension", "postgis.control").exists():
            return initdb.parent
    raise PostgisUnavailable("PostGIS is not installed for PostgreSQL {0} (no postgis.control); make setup installs it "
                             "(Debian package postgresql-postgis)".format(roots[0].parent.parent.name))


def _version_key(text: str) -> tuple:
    return tuple(int(p) for p in re.findall(r"\d+", text))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _open_path_to(folder: Path) -> None:
    """Give 'others' search (x) permission on every folder above ``folder`` that
    lacks it, so an unprivileged user can reach it (no read: it cannot list them)."""
    for parent in reversed(folder.resolve().parents):
        mode = parent.stat().st_mode
        if not mode & 0o001 and parent.stat().st_uid == os.getuid():
            os.chmod(parent, (mode & 0o7777) | 0o001)


class Cluster:
    """One PostgreSQL cluster in ``folder`` (data in ``folder/data``)."""

    def __init__(self, folder, port: Optional[int] = None):
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.bin = server_bin()
        self.port = port
        self.password = ""
        self.run_as = UNPRIVILEGED_USER if os.getuid() == 0 else None
        state = self.folder / STATE_FILE
        if state.exists():  # a cluster made earlier (the benchmark's cache): same password, new port if needed
            saved = json.loads(state.read_text(encoding="utf-8"))
            self.password = saved["password"]
            self.port = self.port or saved.get("port")

    # ------------------------------------------------------------------ life cycle

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    @property
    def running(self) -> bool:
        return self._pg_ctl("status", check=False).returncode == 0

    def start(self, settings: Optional[Dict[str, str]] = None) -> "Cluster":
        """initdb (once), then start the server and make sure the database has PostGIS."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.initialised:
            self._initdb()
        if self.running:
            return self
        if not self.port or not _port_free(self.port):
            self.port = free_port()
        self._write_settings(settings or {})
        self._save_state()
        log = self.folder / "server.log"
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(log), "-o", "-p {0}".format(self.port))
        self._create_database()
        return self

    def stop(self) -> None:
        if self.initialised and self.running:
            self._pg_ctl("stop", "-m", "fast", "-w", "-t", "60")

    def __enter__(self) -> "Cluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _initdb(self) -> None:
        self.password = secrets.token_urlsafe(24)
        self.data.mkdir(parents=True, exist_ok=True)
        pwfile = self.folder / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if self.run_as:
            _open_path_to(self.folder)
            for path in (self.folder, self.data, pwfile):
                shutil.chown(path, self.run_as)
        try:
            self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                       "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                       "--no-sync"])
        finally:
            pwfile.unlink()
        self._save_state()

    def _write_settings(self, extra: Dict[str, str]) -> None:
        """Loopback only, no Unix socket; durability off (throwaway data); parallel query on."""
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": "''",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_parallel_workers_per_gather": "2",
            "shared_buffers": "'256MB'",
            "work_mem": "'64MB'",
            "maintenance_work_mem": "'256MB'",
            "max_wal_size": "'2GB'",
            "log_min_messages": "warning",
        }
        settings.update(extra)
        conf = self.data / "postgresql.auto.conf"
        lines = ["# written by tools/postgis_cluster.py"] + ["{0} = {1}".format(k, v) for k, v in settings.items()]
        conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.run_as:
            shutil.chown(conf, self.run_as)

    def _save_state(self) -> None:
        state = {"port": self.port, "password": self.password, "user": SUPERUSER, "database": DATABASE}
        path = self.folder / STATE_FILE
        path.write_text(json.dumps(state), encoding="utf-8")
        os.chmod(path, 0o600)

    def _create_database(self) -> None:
        exists = self.psql("SELECT 1 FROM pg_database WHERE datname = '{0}'".format(DATABASE), database="postgres")
        if exists.strip() != "1":
            self.psql("CREATE DATABASE {0}".format(DATABASE), database="postgres")
        self.psql("CREATE EXTENSION IF NOT EXISTS postgis")

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), *args], check=check)

    def _run(self, command: Sequence[str], check: bool = True, env: Optional[dict] = None,
             input_text: Optional[str] = None) -> subprocess.CompletedProcess:
        kwargs = {}
        if self.run_as:
            kwargs = {"user": self.run_as, "group": _group_of(self.run_as), "extra_groups": []}
        done = subprocess.run(list(command), cwd=str(self.folder), env=env or _clean_env(), input=input_text,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
        if check and done.returncode != 0:
            raise RuntimeError("{0} failed ({1}): {2}{3}".format(Path(command[0]).name, done.returncode,
                                                                  done.stderr, self._log_tail()))
        return done

    def _log_tail(self) -> str:
        log = self.folder / "server.log"
        if not log.exists():
            return ""
        try:
            return "\nserver.log:\n" + "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-20:])
        except OSError:
            return ""

    # ------------------------------------------------------------------ connecting

    def conninfo(self, database: str = DATABASE) -> str:
        """libpq's key=value connection string (psycopg2.connect takes it)."""
        return "host=127.0.0.1 port={0} dbname={1} user={2} password={3}".format(
            self.port, database, SUPERUSER, self.password)

    def qgis_uri(self, table: str, geometry_column: Optional[str] = "geom", key: str = "fid", schema: str = "public",
                 srid: Optional[int] = None, geometry_type: Optional[str] = None, sql: str = "") -> str:
        """A QGIS 'postgres' data source for one table (for QgsVectorLayer(uri, name, 'postgres'))."""
        parts = ["dbname='{0}' host=127.0.0.1 port={1} user='{2}' password='{3}' sslmode=disable".format(
            DATABASE, self.port, SUPERUSER, self.password)]
        if key:
            parts.append("key='{0}'".format(key))
        if srid:
            parts.append("srid={0}".format(srid))
        if geometry_type:
            parts.append("type={0}".format(geometry_type))
        table_part = 'table="{0}"."{1}"'.format(schema, table)
        parts.append(table_part + (" ({0})".format(geometry_column) if geometry_column else ""))
        if sql:
            parts.append("sql={0}".format(sql))
        return " ".join(parts)

    def processing_uri(self, table: str, **kwargs) -> str:
        """The same, as qgis_process takes a layer: ``postgres://...``."""
        return "postgres://" + self.qgis_uri(table, **kwargs)

    def psql(self, sql: str, database: str = DATABASE) -> str:
        """Run SQL with psql as the superuser; its unaligned output."""
        env = _clean_env()
        env["PGPASSWORD"] = self.password
        done = subprocess.run([str(self.bin.parent / "bin" / "psql") if (self.bin / "psql").exists() else "psql",
                               "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
                               "-U", SUPERUSER, "-d", database, "-c", sql],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        if done.returncode != 0:
            raise RuntimeError("psql failed: {0}\n{1}".format(done.stderr.strip(), sql[:500]))
        return done.stdout


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", int(port)))
        except OSError:
            return False
    return True


def _group_of(user: str) -> int:
    import pwd

    return pwd.getpwnam(user).pw_gid


def _clean_env() -> dict:
    """The environment for the server's tools: no PG* variables of the caller (they would
    point them elsewhere), a locale they accept."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C.UTF-8"
    return env


# ---------------------------------------------------------------------- loading data


def load_gpkg(cluster: Cluster, gpkg, layers: Optional[Iterable[str]] = None, schema: str = "public",
              prefix: str = "") -> List[str]:
    """Copy layers of a GeoPackage into the cluster's database (GDAL's PostgreSQL
    driver, COPY): each as table ``prefix + layer`` with primary key ``fid`` (the
    GeoPackage's fid), geometry column ``geom`` in the layer's SRID and a GiST index;
    an attribute-only layer becomes a plain table. Returns the table names."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    source = ogr.Open(str(gpkg))
    names = [source.GetLayer(i).GetName() for i in range(source.GetLayerCount())]
    source = None
    wanted = list(layers) if layers is not None else names
    missing = [n for n in wanted if n not in names]
    if missing:
        raise ValueError("{0} has no layer(s) {1}".format(gpkg, ", ".join(missing)))
    destination = "PG:" + cluster.conninfo()
    tables = []
    for name in wanted:
        table = prefix + name
        options = gdal.VectorTranslateOptions(
            format="PostgreSQL", layers=[name], layerName=table, accessMode="overwrite",
            layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "SCHEMA={0}".format(schema), "SPATIAL_INDEX=GIST",
                                  "LAUNDER=NO"],
            options=["-preserve_fid"],
        )
        if gdal.VectorTranslate(destination, str(gpkg), options=options) is None:
            raise RuntimeError("could not copy layer {0} of {1} into PostGIS".format(name, gpkg))
        tables.append(table)
    cluster.psql("ANALYZE")
    return tables


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.add_argument("folder")
    args = parser.parse_args(argv)
    try:
        cluster = Cluster(args.folder)
    except PostgisUnavailable as error:
        print("postgis: {0}".format(error), file=sys.stderr)
        return 3
    if args.action == "start":
        cluster.start()
        print(cluster.conninfo())
    elif args.action == "stop":
        cluster.stop()
    else:
        print("running" if cluster.initialised and cluster.running else "stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
