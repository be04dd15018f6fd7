"""Benchmark: scoring in PostGIS against the desktop path and ``native:countpointsinpolygon``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis          # 1M offences, 35,000 areas
    SOC_HARM_BENCH_SCALE=full QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis  # and 10M
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis --points 1000000 --repeats 1
    SOC_HARM_BENCH_PG=/tmp/pg QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis \
        --points 20000 100000 --areas 1000 --repeats 1                           # a quick check

What it does (issue 16, "Speed"):

1. Starts a PostgreSQL + PostGIS cluster kept between runs outside the clone
   (``SOC_HARM_BENCH_PG``, default ``/var/cache/soc-harm-bench/postgis`` as root,
   else ``~/.cache/soc-harm/bench-postgis``) and, once, generates the data inside
   it: M areas (the irregular tiling of ``tools.bench``, shared vertices
   identical between neighbours) and, per size, N offences made by SQL
   (``generate_series``, seeded): 70 % uniform, 30 % around hotspots, 0.1 %
   exactly on shared vertices and edge midpoints, a Home Office code drawn from
   the sample offence mix, a date in 2023-2024, a ``weight`` column with the
   code's CSS weight (for the native algorithm). GiST indexes, ANALYZE.
2. For each size, times whole ``qgis_process`` runs (median of ``--repeats``,
   alternating) of ``socharm:scoreharm`` on the PostGIS layers (the PostGIS
   path), the same run forced to the desktop path (``ENGINE`` desktop: every
   record read into QGIS), and ``native:countpointsinpolygon`` weighted by
   ``weight``, with each run's peak memory (``os.wait4``).
3. Checks the PostGIS path's per-area ``harm_n`` and ``harm_score`` against the
   desktop path's.
4. Prints a table and writes ``build/bench/postgis_results.json``.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Dict, List

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.postgis_cluster import Cluster, PostgisUnavailable  # noqa: E402

GENERATOR_VERSION = 1  # bump when the generated data change: the tables are made again
SEED = 16
AREAS_TABLE = "bench_areas"
BOUNDARY_SHARE = 0.001
DAY0, DAYS = "2023-01-01", 731  # offence dates: 2023-01-01 .. 2024-12-31
START, END = "2024-01-01", "2024-12-31"
NATIVE = "native:countpointsinpolygon"
OURS = "socharm:scoreharm"


def cache_folder() -> Path:
    if os.environ.get("SOC_HARM_BENCH_PG"):
        return Path(os.environ["SOC_HARM_BENCH_PG"])
    if os.getuid() == 0:
        return Path("/var/cache/soc-harm-bench/postgis")
    return Path.home() / ".cache" / "soc-harm" / "bench-postgis"


def points_table(n_points: int) -> str:
    return "bench_offences_{0}".format(n_points)


# --------------------------------------------------------------------------- data (made in the database)


def _connect(cluster: Cluster):
    import psycopg2

    conn = psycopg2.connect(cluster.conninfo())
    conn.autocommit = True
    return conn


def _meta(conn) -> Dict[str, dict]:
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS bench_meta (name text PRIMARY KEY, meta jsonb NOT NULL)")
        cur.execute("SELECT name, meta FROM bench_meta")
        return {name: meta for name, meta in cur.fetchall()}


def _save_meta(conn, name: str, meta: dict) -> None:
    with conn.cursor() as cur:
        cur.execute("INSERT INTO bench_meta (name, meta) VALUES (%s, %s) "
                    "ON CONFLICT (name) DO UPDATE SET meta = EXCLUDED.meta",
                    (name, json.dumps(meta)))


def ensure_areas(conn, n_areas: int, log=print) -> dict:
    """The areas table (made once per size and generator version)."""
    from psycopg2 import sql
    from shapely.geometry import Polygon

    from tools.bench import area_id, make_areas

    want = {"version": GENERATOR_VERSION, "areas": n_areas, "seed": SEED}
    have = _meta(conn).get(AREAS_TABLE)
    if have and all(have.get(k) == v for k, v in want.items()):
        return have
    started = time.perf_counter()
    areas = make_areas(n_areas, np.random.default_rng(SEED))
    n_real = areas["nx"] * areas["ny"]
    width = max(5, len(str(n_real)))
    buffer = io.StringIO()
    for k, ring in enumerate(areas["rings"]):
        buffer.write("{0}\t{1}\t{2}\n".format(k + 1, area_id(k, width), Polygon(ring).wkb_hex))
    buffer.seek(0)
    # shared vertices and the midpoints of shared segments: where boundary points go
    seg = areas["shared_segments"]
    on_boundary = np.concatenate([areas["shared_vertices"], (seg[:, 0] + seg[:, 1]) / 2.0])
    boundary = io.StringIO("".join("{0}\t{1!r}\t{2!r}\n".format(i + 1, float(x), float(y))
                                   for i, (x, y) in enumerate(on_boundary)))
    table = sql.Identifier(AREAS_TABLE)
    with conn.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {0}").format(table))
        cur.execute(sql.SQL("CREATE TABLE {0} (fid integer PRIMARY KEY, area_id text NOT NULL, "
                            "geom geometry(Polygon, 27700) NOT NULL)").format(table))
        cur.copy_expert(sql.SQL("COPY {0} (fid, area_id, geom) FROM STDIN").format(table).as_string(conn), buffer)
        cur.execute(sql.SQL("CREATE INDEX ON {0} USING gist (geom)").format(table))
        cur.execute("DROP TABLE IF EXISTS bench_boundary")
        cur.execute("CREATE TABLE bench_boundary (k integer PRIMARY KEY, x float8, y float8)")
        cur.copy_expert("COPY bench_boundary (k, x, y) FROM STDIN", boundary)
        cur.execute(sql.SQL("ANALYZE {0}").format(table))
        cur.execute("ANALYZE bench_boundary")
    nx, ny = areas["nx"], areas["ny"]
    from tools.bench import CELL, ORIGIN

    meta = dict(want, real_areas=n_real, grid=[nx, ny], extent=[ORIGIN[0], ORIGIN[1], nx * CELL, ny * CELL],
                boundary_places=int(len(on_boundary)), seconds=round(time.perf_counter() - started, 1))
    for name in list(_meta(conn)):  # points made on other areas are stale
        if name.startswith("bench_offences_"):
            _drop_points(conn, name)
    _save_meta(conn, AREAS_TABLE, meta)
    log("made {0} areas in {1:.1f} s".format(n_real, meta["seconds"]))
    return meta


def _drop_points(conn, name: str) -> None:
    from psycopg2 import sql

    with conn.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {0}").format(sql.Identifier(name)))
        cur.execute("DELETE FROM bench_meta WHERE name = %s", (name,))


def _code_slots(slots: int = 10000):
    """Codes and their weights, and a list of ``slots`` codes in proportion to the sample mix
    (a uniform pick of a slot draws a code with the mix's probabilities)."""
    from tools.bench import _code_mix

    codes, p, weights, _ = _code_mix()
    counts = np.floor(p * slots).astype(int)
    counts[np.argmax(p)] += slots - counts.sum()
    return [str(c) for c in codes], [float(w) for w in weights], np.repeat(np.arange(len(codes)), counts).tolist()


def ensure_points(conn, n_points: int, areas: dict, log=print) -> dict:
    """The offences table of one size (made once), generated by SQL."""
    from psycopg2 import sql

    name = points_table(n_points)
    want = {"version": GENERATOR_VERSION, "points": n_points, "areas": areas["areas"], "seed": SEED}
    have = _meta(conn).get(name)
    if have and all(have.get(k) == v for k, v in want.items()):
        return have
    started = time.perf_counter()
    codes, weights, slots = _code_slots()
    x0, y0, width, height = areas["extent"]
    n_boundary = int(round(n_points * BOUNDARY_SHARE))
    n_hot = int((n_points - n_boundary) * 0.3)
    table = sql.Identifier(name)
    with conn.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {0}").format(table))
        cur.execute("SELECT setseed(%s)", (SEED / 100.0,))
        # hotspot centres, then every point: (kind, x, y) by row number
        cur.execute("DROP TABLE IF EXISTS pg_temp.spots")
        cur.execute("CREATE TEMP TABLE spots AS SELECT s AS k, %s + random() * %s AS x, %s + random() * %s AS y "
                    "FROM generate_series(1, 40) s", (x0, width, y0, height))
        cur.execute(sql.SQL("""
            CREATE TABLE {table} AS
            WITH raw AS (
              SELECT g,
                     CASE WHEN g <= %(nb)s THEN 'b' WHEN g <= %(nb)s + %(nh)s THEN 'h' ELSE 'u' END AS kind,
                     random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
              FROM generate_series(1, %(n)s) g
            ), placed AS (
              SELECT g, r4, r5,
                CASE kind
                  WHEN 'b' THEN (SELECT b.x FROM bench_boundary b WHERE b.k = 1 + floor(r1 * %(nplaces)s)::int)
                  WHEN 'h' THEN least(greatest(
                      s.x + 2000.0 * sqrt(-2.0 * ln(1.0 - r1)) * cos(2.0 * pi() * r2), %(x0)s), %(x1)s)
                  ELSE %(x0)s + r1 * %(w)s END AS x,
                CASE kind
                  WHEN 'b' THEN (SELECT b.y FROM bench_boundary b WHERE b.k = 1 + floor(r1 * %(nplaces)s)::int)
                  WHEN 'h' THEN least(greatest(
                      s.y + 2000.0 * sqrt(-2.0 * ln(1.0 - r1)) * sin(2.0 * pi() * r2), %(y0)s), %(y1)s)
                  ELSE %(y0)s + r2 * %(h)s END AS y
              FROM raw LEFT JOIN spots s ON raw.kind = 'h' AND s.k = 1 + floor(r3 * 40)::int
            )
            SELECT row_number() OVER (ORDER BY r5)::bigint AS fid,
                   (%(codes)s::text[])[1 + (%(slots)s::int[])[1 + floor(r4 * %(nslots)s)::int]] AS ho_code,
                   (%(weights)s::float8[])[1 + (%(slots)s::int[])[1 + floor(r4 * %(nslots)s)::int]] AS weight,
                   (DATE %(day0)s + floor(r5 * %(days)s)::int) AS offence_date,
                   ST_SetSRID(ST_MakePoint(x, y), 27700)::geometry(Point, 27700) AS geom
            FROM placed
        """).format(table=table), {
            "n": n_points, "nb": n_boundary, "nh": n_hot, "nplaces": areas["boundary_places"],
            "x0": x0, "x1": x0 + width, "y0": y0, "y1": y0 + height, "w": width, "h": height,
            "codes": codes, "weights": weights, "slots": slots, "nslots": len(slots),
            "day0": DAY0, "days": DAYS,
        })
        cur.execute(sql.SQL("ALTER TABLE {0} ADD PRIMARY KEY (fid)").format(table))
        cur.execute(sql.SQL("CREATE INDEX ON {0} USING gist (geom)").format(table))
        cur.execute(sql.SQL("VACUUM ANALYZE {0}").format(table))
    meta = dict(want, boundary_points=n_boundary, seconds=round(time.perf_counter() - started, 1))
    _save_meta(conn, name, meta)
    log("made {0:,} offences in {1:.1f} s".format(n_points, meta["seconds"]))
    return meta


def prepare(sizes: List[int], n_areas: int, log=print):
    """(cluster, areas meta, {size: points meta}); the cluster is started (stop it after)."""
    cluster = Cluster(cache_folder()).start()
    conn = _connect(cluster)
    try:
        areas = ensure_areas(conn, n_areas, log)
        points = {n: ensure_points(conn, n, areas, log) for n in sizes}
    finally:
        conn.close()
    return cluster, areas, points


def _read_scores(path: Path, id_field: str = "area_id") -> Dict[str, tuple]:
    from osgeo import ogr

    source = ogr.Open(str(path))
    rows = {f.GetField(id_field): (f.GetField("harm_n"), f.GetField("harm_score")) for f in source.GetLayer(0)}
    source = None
    return rows


def run_size(cluster, qp, n_points: int, repeats: int, out_dir: Path, log=print) -> dict:
    """Whole qgis_process runs on the PostGIS layers of one size: the PostGIS path, the
    desktop path (ENGINE desktop) and native:countpointsinpolygon (weighted), alternating;
    the median time and the largest peak memory of each, and the two paths compared."""
    from tools.bench import _remove_output, qgis_process_run

    areas = "postgres://" + cluster.qgis_uri(AREAS_TABLE, key="fid")
    events = "postgres://" + cluster.qgis_uri(points_table(n_points), key="fid")
    common = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "ho_code", "HARM_TABLE": 0,
              "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0,
              "DATE_FIELD": "offence_date", "START": START, "END": END}
    runs = {
        "postgis": (OURS, dict(common, ENGINE=0)),
        "desktop": (OURS, dict(common, ENGINE=1)),
        "native": (NATIVE, {"POLYGONS": areas, "POINTS": events, "WEIGHT": "weight", "FIELD": "numpoints"}),
    }
    measured: Dict[str, List[dict]] = {name: [] for name in runs}
    outputs = {}
    for _ in range(repeats):
        for name, (algorithm, params) in runs.items():
            output = out_dir / "{0}_{1}.gpkg".format(name, n_points)
            _remove_output(output)
            done = qgis_process_run(qp, algorithm, dict(params, OUTPUT=str(output)))
            measured[name].append({"seconds": done["seconds"], "maxrss_mb": done["maxrss_mb"]})
            outputs[name] = output
            log("  {0:>8} {1:>12,} records: {2:7.1f} s, peak {3:6.0f} MB".format(
                name, n_points, done["seconds"], done["maxrss_mb"]))
    summary = {name: {"seconds": float(np.median([m["seconds"] for m in values])),
                      "peak_mb": max(m["maxrss_mb"] for m in values)} for name, values in measured.items()}
    database, desktop = _read_scores(outputs["postgis"]), _read_scores(outputs["desktop"])
    summary["same_as_desktop"] = set(database) == set(desktop) and all(
        database[k][0] == desktop[k][0] and abs(database[k][1] - desktop[k][1]) <= 1e-9 * max(1.0, abs(desktop[k][1]))
        for k in desktop)
    summary["postgis_over_desktop"] = summary["postgis"]["seconds"] / summary["desktop"]["seconds"]
    summary["postgis_over_native"] = summary["postgis"]["seconds"] / summary["native"]["seconds"]
    return summary


def size_arguments(description: str) -> argparse.ArgumentParser:
    """The PostGIS benchmarks' parser: --points, --areas, --repeats (more with make bench SCALE=full)."""
    parser = argparse.ArgumentParser(description=description)
    full = os.environ.get("SOC_HARM_BENCH_SCALE", "").strip().lower() == "full"  # make bench SCALE=full
    parser.add_argument("--points", type=int, nargs="*", default=[1_000_000, 10_000_000] if full else [1_000_000],
                        help="record counts (default 1,000,000; with make bench SCALE=full also 10,000,000)")
    parser.add_argument("--areas", type=int, default=35_000)
    parser.add_argument("--repeats", type=int, default=3 if full else 1)
    return parser


def main(argv=None) -> int:
    parser = size_arguments(__doc__.splitlines()[0])
    parser.add_argument("--prepare-only", action="store_true")
    args = parser.parse_args(argv)
    try:
        cluster, areas, points = prepare(args.points, args.areas)
    except PostgisUnavailable as error:
        print("bench_postgis: skipped: {0}".format(error))
        return 0
    results = {"areas": areas, "points": points, "runs": {}}
    try:
        if not args.prepare_only:
            from tools.qgis_cli import QgisProcess

            out_dir = REPO / "build" / "bench"
            out_dir.mkdir(parents=True, exist_ok=True)
            qp = QgisProcess(out_dir / "qgis_process_postgis")
            for n in args.points:
                results["runs"][n] = run_size(cluster, qp, n, args.repeats, out_dir)
    finally:
        cluster.stop()
    if results["runs"]:
        print("{0:>12} {1:>10} {2:>10} {3:>10} {4:>8} {5:>8} {6:>9} {7:>9} {8:>9} {9:>5}".format(
            "records", "postgis s", "desktop s", "native s", "pg/desk", "pg/nat", "pg MB", "desk MB", "nat MB", "same"))
        for n, r in results["runs"].items():
            row = "{0:>12,} {1:>10.1f} {2:>10.1f} {3:>10.1f} {4:>8.2f} {5:>8.2f} {6:>9.0f} {7:>9.0f} {8:>9.0f} {9:>5}"
            print(row.format(
                n, r["postgis"]["seconds"], r["desktop"]["seconds"], r["native"]["seconds"], r["postgis_over_desktop"],
                r["postgis_over_native"], r["postgis"]["peak_mb"], r["desktop"]["peak_mb"], r["native"]["peak_mb"],
                "yes" if r["same_as_desktop"] else "NO"))
        path = REPO / "build" / "bench" / "postgis_results.json"
        path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
        print("wrote {0}".format(path))
    return 0 if all(r["same_as_desktop"] for r in results["runs"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
