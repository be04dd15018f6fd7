"""Benchmark at national scale: millions of records onto tens of thousands of areas.

    make bench BENCHES=bench_scale                 # small: 1M records x 10k and 35k areas (about 2 minutes)
    make bench BENCHES=bench_scale SCALE=full      # the scale table: 1M, 10M, 50M x 10k, 35k (about 15 minutes,
                                                   # and an hour to generate the data the first time)
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_scale --full
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_scale --points 1M,10M --areas 35k --repeats 3
    .venv/bin/python -m tools.bench_scale --generate-only --full

What it does (issue 18, "National scale"):

1. Generates, seeded and cached outside the repository (``/var/tmp/soc-harm-bench``
   by default, ``SOC_HARM_BENCH_DATA`` to move it; 50 million points take about
   4.5 GB there), a synthetic country in EPSG:27700:

   - areas: the Voronoi cells of seeds drawn from a population surface (towns
     of many sizes and a rural background), so town areas are small and rural
     ones large, as LSOAs are. Every Voronoi edge is cut into 2-8 pieces with
     a small sideways wiggle, shared exactly by the two cells on either side
     (about 40 vertices per area, whole centimetres), ids ``L000001``...
   - points: drawn from the same population surface plus tight crime
     hotspots, with a Home Office ``ho_code`` from the sample force's offence
     mix and a ``weight`` field (that code's CSS weight, for native's WEIGHT);
     0.1 % lie exactly on a shared vertex or the midpoint of a shared edge of
     the 35,000 areas. The same points serve every area set.

2. Times whole ``qgis_process`` runs (wall time, and the process's own peak
   memory from ``wait4``'s rusage): ``socharm:scoreharm`` on every records x
   areas pair, ``native:countpointsinpolygon`` with the weight field up to
   ``--native-max`` points, and both on 1,000 points and 100 areas as the
   floor (``qgis_process``'s start-up, plugin load and teardown).

3. Prints the scale table, with the machine's load average before and after
   (the figures are only as quiet as the machine was), and writes
   ``build/bench/scale.json``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA_DIR = Path(os.environ.get("SOC_HARM_BENCH_DATA", "/var/tmp/soc-harm-bench"))
BENCH_DIR = REPO / "build" / "bench"
GENERATOR_VERSION = 1  # bump when the generated data change: invalidates the cache
SEED = 20260118
SRID = 27700
ORIGIN = (150000.0, 100000.0)  # south-west corner of the country, British National Grid metres
SIZE = 300000.0  # the country is SIZE x SIZE metres
TOWNS = 120
RURAL_SHARE = 0.2  # of the population (and so of the area seeds) spread uniformly
HOTSPOT_SHARE = 0.2  # of the points, in tight crime hotspots
HOTSPOTS = 400
BOUNDARY_SHARE = 0.001  # of the points, exactly on a shared vertex or edge midpoint of the biggest area set
BOUNDARY_AREAS = 35000  # the area set whose boundaries those points lie on
FLOOR_AREAS = 100  # the floor's area set: qgis_process's start-up with next to no work
SMALL = {"points": "1M", "areas": "10k,35k"}  # make bench's default: the records every row shares, both area sets
FULL = {"points": "1M,10M,50M", "areas": "10k,35k"}  # --full (make bench SCALE=full)
NATIVE = "native:countpointsinpolygon"
NATIVE_MAX = 10000000  # native runs up to this many points: only those files get a spatial index
OURS = "socharm:scoreharm"


def count(text: str) -> int:
    """'35k' -> 35000, '10M' -> 10000000, '1000' -> 1000."""
    text = text.strip().lower().replace(",", "").replace("_", "")
    scale = {"k": 1000, "m": 1000000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def label(n: int) -> str:
    if n % 1000000 == 0:
        return "{0}M".format(n // 1000000)
    if n % 1000 == 0:
        return "{0}k".format(n // 1000)
    return str(n)


# --------------------------------------------------------------------------- the country


def _towns(rng) -> dict:
    """Towns as Gaussian blobs: centres, spread (m) and share of the population (Pareto sizes)."""
    ox, oy = ORIGIN
    centres = np.column_stack([ox + rng.uniform(0.05, 0.95, TOWNS) * SIZE, oy + rng.uniform(0.05, 0.95, TOWNS) * SIZE])
    size = rng.pareto(1.2, TOWNS) + 1.0
    share = size / size.sum()
    spread = 1500.0 * np.sqrt(size)  # bigger towns spread wider
    return {"centres": centres, "share": share, "spread": spread}


def population_points(n: int, towns: dict, rng, rural_share: float = RURAL_SHARE) -> Tuple[np.ndarray, np.ndarray]:
    """n points drawn from the population surface, inside the country."""
    ox, oy = ORIGIN
    n_rural = int(round(n * rural_share))
    n_town = n - n_rural
    which = rng.choice(TOWNS, size=n_town, p=towns["share"])
    x = towns["centres"][which, 0] + rng.normal(0.0, 1.0, n_town) * towns["spread"][which]
    y = towns["centres"][which, 1] + rng.normal(0.0, 1.0, n_town) * towns["spread"][which]
    x = np.concatenate([x, ox + rng.uniform(0, SIZE, n_rural)])
    y = np.concatenate([y, oy + rng.uniform(0, SIZE, n_rural)])
    # fold what fell outside back in (a reflection keeps the density smooth)
    x = ox + SIZE - np.abs(SIZE - np.abs(x - ox) % (2 * SIZE))
    y = oy + SIZE - np.abs(SIZE - np.abs(y - oy) % (2 * SIZE))
    order = rng.permutation(n)  # towns and countryside mixed, so any prefix is a fair sample
    return x[order], y[order]


def _seeds(n_areas: int, towns: dict, rng, min_gap: float = 40.0) -> np.ndarray:
    """Area seeds from the population surface, no two closer than min_gap metres."""
    from scipy.spatial import cKDTree

    pts = np.zeros((0, 2))
    while len(pts) < n_areas:
        x, y = population_points(2 * (n_areas - len(pts)) + 100, towns, rng)
        pts = np.concatenate([pts, np.column_stack([x, y])])
        tree = cKDTree(pts)
        close = tree.query_pairs(min_gap, output_type="ndarray")
        if len(close):
            drop = np.zeros(len(pts), dtype=bool)
            drop[np.maximum(close[:, 0], close[:, 1])] = True
            pts = pts[~drop]
    return pts[:n_areas]


def make_areas(n_areas: int, towns: dict, rng) -> dict:
    """Voronoi cells of population seeds, each edge cut into shared, wiggled
    pieces; rings closed and counter-clockwise, whole centimetres."""
    from scipy.spatial import Voronoi

    seeds = _seeds(n_areas, towns, rng)
    ox, oy = ORIGIN
    # each seed mirrored across the country's four sides: the cells are cut exactly at its edge
    mirrors = [np.column_stack([2 * ox - seeds[:, 0], seeds[:, 1]]),
               np.column_stack([2 * (ox + SIZE) - seeds[:, 0], seeds[:, 1]]),
               np.column_stack([seeds[:, 0], 2 * oy - seeds[:, 1]]),
               np.column_stack([seeds[:, 0], 2 * (oy + SIZE) - seeds[:, 1]])]
    vor = Voronoi(np.concatenate([seeds] + mirrors))
    vertices = np.round(vor.vertices, 2)
    # the pieces of each ridge (vertex a < vertex b), from a to b, shared by both cells
    pieces: Dict[Tuple[int, int], np.ndarray] = {}
    for a, b in vor.ridge_vertices:
        if a < 0 or b < 0:
            continue
        lo, hi = min(a, b), max(a, b)
        p, q = vertices[lo], vertices[hi]
        length = float(np.hypot(*(q - p)))
        cuts = int(rng.integers(2, 9)) if length > 20.0 else 1
        if cuts > 1:
            s = np.sort(rng.uniform(0.1, 0.9, cuts - 1))
            normal = np.array([-(q - p)[1], (q - p)[0]]) / length
            wiggle = rng.uniform(-0.03, 0.03, cuts - 1) * length
            inner = np.round(p[None, :] + s[:, None] * (q - p)[None, :] + wiggle[:, None] * normal[None, :], 2)
        else:
            inner = np.zeros((0, 2))
        pieces[lo, hi] = inner
    def ring_of(i: int) -> np.ndarray:
        region = vor.regions[vor.point_region[i]]
        if not region or -1 in region:
            raise RuntimeError("an area's Voronoi cell is not closed: widen the frame")
        parts = []
        for a, b in zip(region, region[1:] + region[:1]):
            parts.append(vertices[a][None, :])
            inner = pieces[min(a, b), max(a, b)]
            parts.append(inner if a < b else inner[::-1])
        ring = np.concatenate(parts)
        keep = np.ones(len(ring), dtype=bool)  # whole centimetres: neighbours may coincide
        keep[1:] = np.any(ring[1:] != ring[:-1], axis=1)
        ring = ring[keep]
        if np.all(ring[-1] == ring[0]):
            ring = ring[:-1]
        area2 = np.sum(ring[:, 0] * np.roll(ring[:, 1], -1) - np.roll(ring[:, 0], -1) * ring[:, 1])
        if area2 < 0:
            ring = ring[::-1]
        return np.concatenate([ring, ring[:1]])

    from shapely.geometry import Polygon

    rings = [ring_of(i) for i in range(len(seeds))]
    for _ in range(10):  # a wiggle that crosses a neighbouring edge: that cell's edges go straight
        bad = [i for i, r in enumerate(rings) if not Polygon(r).is_valid]
        if not bad:
            break
        redo = set()
        for i in bad:
            region = vor.regions[vor.point_region[i]]
            for a, b in zip(region, region[1:] + region[:1]):
                pieces[min(a, b), max(a, b)] = np.zeros((0, 2))
            redo.update(int(j) for j in np.flatnonzero(np.any(vor.ridge_points == i, axis=1)))
        for r in redo:
            for j in vor.ridge_points[r]:
                if j < len(seeds):
                    rings[j] = ring_of(j)
        for i in bad:
            rings[i] = ring_of(i)
    return {"rings": rings, "seeds": seeds}


def shared_boundary_points(rings: List[np.ndarray], n: int, rng) -> Tuple[np.ndarray, np.ndarray]:
    """n points exactly on boundaries two areas share: half on shared vertices,
    half on the midpoints of shared segments (whole-centimetre ends: exact halves)."""
    verts = np.concatenate([r[:-1] for r in rings])
    owner = np.repeat(np.arange(len(rings)), [len(r) - 1 for r in rings])
    _, first, counts = np.unique(verts, axis=0, return_index=True, return_counts=True)
    shared = verts[first[counts >= 2]]
    seg_a = np.concatenate([r[:-1] for r in rings])
    seg_b = np.concatenate([r[1:] for r in rings])
    a_first = (seg_a[:, 0] < seg_b[:, 0]) | ((seg_a[:, 0] == seg_b[:, 0]) & (seg_a[:, 1] < seg_b[:, 1]))
    lo = np.where(a_first[:, None], seg_a, seg_b)
    hi = np.where(np.all(lo == seg_a, axis=1)[:, None], seg_b, seg_a)
    key = np.concatenate([lo, hi], axis=1)
    _, first, counts = np.unique(key, axis=0, return_index=True, return_counts=True)
    both = first[counts >= 2]
    del owner
    n_vertex = n // 2
    v = shared[rng.choice(len(shared), size=n_vertex, replace=len(shared) < n_vertex)]
    s = both[rng.choice(len(both), size=n - n_vertex, replace=len(both) < n - n_vertex)]
    mid = (lo[s] + hi[s]) / 2.0
    pts = np.concatenate([v, mid])
    return pts[:, 0], pts[:, 1]


# --------------------------------------------------------------------------- GeoPackages


def _gpkg_layer(path: Path, layer: str, geometry: int, fields: List[Tuple[str, int]]) -> None:
    """An empty GeoPackage layer in EPSG:27700, no spatial index yet."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(SRID)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer(layer, srs, geometry, options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    lyr = None
    ds = None


def _finish_gpkg(path: Path, layer: str, n: int, bounds, spatial_index: bool = True) -> None:
    """Feature count and extent into the GeoPackage's tables, then GDAL's spatial index."""
    from osgeo import gdal

    con = sqlite3.connect(str(path))
    con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (n, layer))
    con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                "WHERE lower(table_name) = lower(?)", (*[float(b) for b in bounds], layer))
    con.commit()
    con.close()
    if not spatial_index:
        return
    gdal.UseExceptions()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("SELECT CreateSpatialIndex('{0}', 'geom')".format(layer))
    ds = None


def _drop_count_triggers(con, layer: str) -> None:
    triggers = con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (layer,))
    for (name,) in triggers.fetchall():
        con.execute('DROP TRIGGER "{0}"'.format(name))


_GPKG_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srid", "<i4"),
                        ("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])


def write_points(path: Path, x: np.ndarray, y: np.ndarray, code: np.ndarray, weight: np.ndarray,
                 layer: str = "points", log=print, spatial_index: bool = True) -> None:
    """Points straight into a GeoPackage with sqlite3 (GeoPackage blobs built by
    numpy, a million rows a transaction), then GDAL's spatial index (native
    countpointsinpolygon needs it; SOC Harm reads every point and does not)."""
    from osgeo import ogr

    tmp = path.with_name(path.stem + ".part.gpkg")
    for p in (tmp, Path(str(tmp) + "-journal")):
        if p.exists():
            p.unlink()
    _gpkg_layer(tmp, layer, ogr.wkbPoint, [("ho_code", ogr.OFTString), ("weight", ogr.OFTReal)])
    con = sqlite3.connect(str(tmp))
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    _drop_count_triggers(con, layer)
    n = len(x)
    step = 1000000
    started = time.perf_counter()
    for start in range(0, n, step):
        stop = min(n, start + step)
        blob = np.zeros(stop - start, dtype=_GPKG_POINT)
        blob["magic"], blob["version"], blob["flags"], blob["srid"] = b"GP", 0, 1, SRID  # no envelope, little endian
        blob["order"], blob["kind"], blob["x"], blob["y"] = 1, 1, x[start:stop], y[start:stop]
        raw = blob.tobytes()
        size = _GPKG_POINT.itemsize
        rows = ((raw[i * size:(i + 1) * size], c, float(w))
                for i, c, w in zip(range(stop - start), code[start:stop].tolist(), weight[start:stop].tolist()))
        con.executemany('INSERT INTO "{0}" (geom, ho_code, weight) VALUES (?, ?, ?)'.format(layer), rows)
        con.commit()
        if stop % (10 * step) == 0 or stop == n:
            log("  {0:,} of {1:,} points written ({2:.0f} s)".format(stop, n, time.perf_counter() - started))
    con.close()
    _finish_gpkg(tmp, layer, n, (x.min(), y.min(), x.max(), y.max()), spatial_index)
    tmp.rename(path)


def write_areas(path: Path, rings: List[np.ndarray], layer: str = "areas") -> None:
    from osgeo import ogr

    tmp = path.with_name(path.stem + ".part.gpkg")
    if tmp.exists():
        tmp.unlink()
    _gpkg_layer(tmp, layer, ogr.wkbPolygon, [("area_id", ogr.OFTString), ("population", ogr.OFTInteger)])
    con = sqlite3.connect(str(tmp))
    _drop_count_triggers(con, layer)
    width = max(6, len(str(len(rings))))
    rows = []
    minx = miny = np.inf
    maxx = maxy = -np.inf
    for k, ring in enumerate(rings):
        header = np.zeros(1, dtype=[("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srid", "<i4"),
                                    ("env", "<f8", 4)])
        bx0, by0 = ring.min(axis=0)
        bx1, by1 = ring.max(axis=0)
        minx, miny, maxx, maxy = min(minx, bx0), min(miny, by0), max(maxx, bx1), max(maxy, by1)
        header["magic"], header["version"], header["flags"], header["srid"] = b"GP", 0, 1 | (1 << 1), SRID
        header["env"] = [bx0, bx1, by0, by1]  # GeoPackage envelope order: minx, maxx, miny, maxy
        wkb = (np.array([1], dtype="u1").tobytes() + np.array([3, 1, len(ring)], dtype="<u4").tobytes()
               + np.ascontiguousarray(ring, dtype="<f8").tobytes())
        rows.append((header.tobytes() + wkb, "L{0:0{1}d}".format(k + 1, width), 1500))
    con.executemany('INSERT INTO "{0}" (geom, area_id, population) VALUES (?, ?, ?)'.format(layer), rows)
    con.commit()
    con.close()
    _finish_gpkg(tmp, layer, len(rings), (minx, miny, maxx, maxy))
    tmp.rename(path)


# --------------------------------------------------------------------------- cached data


def _key(*parts) -> str:
    return hashlib.sha256(json.dumps([GENERATOR_VERSION, SEED, SIZE, TOWNS, *parts]).encode()).hexdigest()[:10]


def _country(log=print) -> dict:
    towns = _towns(np.random.default_rng(SEED))
    return towns


def areas_file(n_areas: int, log=print) -> dict:
    """The cached area set of n_areas Voronoi cells."""
    folder = DATA_DIR / "areas-{0}-{1}".format(label(n_areas), _key("areas", n_areas))
    meta_path = folder / "meta.json"
    if meta_path.is_file():
        return json.loads(meta_path.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    areas = make_areas(n_areas, _country(), np.random.default_rng([SEED, n_areas]))
    rings = areas["rings"]
    _check_areas(rings)
    path = folder / "areas.gpkg"
    write_areas(path, rings)
    np.save(folder / "rings_sizes.npy", np.array([len(r) - 1 for r in rings]))
    vertices = [len(r) - 1 for r in rings]
    meta = {
        "areas": len(rings), "gpkg": str(path), "layer": "areas",
        "vertices_per_area": {"min": int(min(vertices)), "mean": float(np.mean(vertices)), "max": int(max(vertices))},
        "bytes": path.stat().st_size, "seconds": round(time.perf_counter() - started, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    log("generated {0:,} areas in {1:.0f} s -> {2}".format(len(rings), meta["seconds"], path))
    return meta


def _check_areas(rings: List[np.ndarray]) -> None:
    """Every polygon valid (the benchmark measures reading, not repairing)."""
    from shapely.geometry import Polygon

    bad = [i for i, r in enumerate(rings) if not Polygon(r).is_valid]
    if bad:
        raise RuntimeError("generated {0} invalid polygons (first: {1})".format(len(bad), bad[:5]))


def points_file(n_points: int, log=print) -> dict:
    """The cached points (n_points), with 0.1 % on the 35,000 areas' shared boundaries."""
    folder = DATA_DIR / "points-{0}-{1}".format(label(n_points), _key("points", n_points, BOUNDARY_AREAS))
    meta_path = folder / "meta.json"
    if meta_path.is_file():
        return json.loads(meta_path.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng([SEED, n_points])
    towns = _country()
    n_boundary = int(round(n_points * BOUNDARY_SHARE))
    n_hot = int(round(n_points * HOTSPOT_SHARE))
    n_pop = n_points - n_boundary - n_hot
    x, y = population_points(n_pop, towns, rng)
    hx, hy = population_points(HOTSPOTS, towns, rng, rural_share=0.0)
    which = rng.integers(0, HOTSPOTS, n_hot)
    hot_x = hx[which] + rng.normal(0.0, 300.0, n_hot)
    hot_y = hy[which] + rng.normal(0.0, 300.0, n_hot)
    rings = make_areas(BOUNDARY_AREAS, towns, np.random.default_rng([SEED, BOUNDARY_AREAS]))["rings"]
    bx, by = shared_boundary_points(rings, n_boundary, rng)
    del rings
    x = np.concatenate([x, hot_x, bx])
    y = np.concatenate([y, hot_y, by])
    del hot_x, hot_y
    order = rng.permutation(n_points)  # boundary and hotspot points spread through the file
    x, y = x[order], y[order]
    del order
    from tools.bench import _code_mix

    codes, p, code_weights, _ = _code_mix()
    pick = rng.choice(len(codes), size=n_points, p=p).astype(np.int16)
    path = folder / "points.gpkg"
    log("writing {0:,} points to {1}".format(n_points, path))
    write_points(path, x, y, codes[pick], code_weights[pick], log=log, spatial_index=n_points <= NATIVE_MAX)
    warm = folder / "warmup.gpkg"
    write_points(warm, x[:1000], y[:1000], codes[pick[:1000]], code_weights[pick[:1000]], layer="warmup",
                 log=lambda *_: None)
    meta = {
        "points": int(n_points), "gpkg": str(path), "layer": "points", "warmup_gpkg": str(warm),
        "boundary_points": n_boundary, "hotspot_points": n_hot,
        "total_weight": float(np.sum(code_weights[pick])),
        "bytes": path.stat().st_size, "seconds": round(time.perf_counter() - started, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    log("generated {0:,} points in {1:.0f} s ({2:.2f} GB) -> {3}".format(
        n_points, meta["seconds"], meta["bytes"] / 1e9, path))
    return meta


# --------------------------------------------------------------------------- runs


def _params(alg: str, areas: dict, events: str, output: Path) -> Dict[str, object]:
    polygons = "{0}|layername={1}".format(areas["gpkg"], areas["layer"])
    if alg == NATIVE:
        return {"POLYGONS": polygons, "POINTS": events, "WEIGHT": "weight", "FIELD": "NUMPOINTS", "OUTPUT": str(output)}
    return {"AREAS": polygons, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "ho_code",
            "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "OUTPUT": str(output)}


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), path.with_suffix(".qmd"),
              path.with_suffix(".qml")):
        if p.exists():
            p.unlink()


def timed_run(qp, alg: str, areas: dict, events: str, out: Path) -> dict:
    """One whole qgis_process run: wall seconds and the process's peak memory (MB)."""
    from tools.bench import qgis_process_run

    _remove(out)
    load = os.getloadavg()[0]
    done = qgis_process_run(qp, alg, _params(alg, areas, events, out))
    results = done.get("json", {}).get("results", {})
    return {"seconds": round(done["seconds"], 3), "peak_mb": round(done["maxrss_mb"], 1), "load_before": load,
            "assigned": results.get("ASSIGNED"), "total_harm": results.get("TOTAL_HARM")}


def _median_run(runs: List[dict]) -> dict:
    ordered = sorted(runs, key=lambda r: r["seconds"])
    mid = dict(ordered[len(ordered) // 2])
    mid["all_seconds"] = [r["seconds"] for r in runs]
    mid["peak_mb"] = float(np.median([r["peak_mb"] for r in runs]))
    return mid


def scale_table(results: dict) -> str:
    floor = results["floor"]
    ours_floor = floor["ours"]["seconds"]
    lines = ["SOC Harm at national scale: whole qgis_process runs of socharm:scoreharm (median of {0}), Voronoi "
             "areas and clustered points (tools/bench_scale.py), QGIS {1}".format(results["repeats"], results["qgis"]),
             "the floor, qgis_process on 1,000 points and {0} areas (start-up, plugin load, teardown; median of {5}): "
             "ours {1:.2f} s, {2:.0f} MB; native {3:.2f} s, {4:.0f} MB".format(
                 FLOOR_AREAS, ours_floor, floor["ours"]["peak_mb"], floor["native"]["seconds"],
                 floor["native"]["peak_mb"], len(floor["ours"]["all_seconds"])),
             "load average (1 min) on this machine's {0} cores: {1:.2f} before, {2:.2f} after".format(
                 results["cores"], results["load"]["before"], results["load"]["after"]),
             "",
             "| records x areas | ours s | ours above the floor s | ours peak GB | native countpointsinpolygon s "
             "| native peak GB | ours / native |",
             "|---|---|---|---|---|---|---|"]
    for row in results["rows"]:
        ours, native = row["ours"], row.get("native")
        lines.append("| {0} x {1} | {2:.2f} | {3:.2f} | {4:.2f} | {5} | {6} | {7} |".format(
            label(row["points"]), label(row["areas"]), ours["seconds"], ours["seconds"] - ours_floor,
            ours["peak_mb"] / 1024.0,
            "{0:.1f}".format(native["seconds"]) if native else "-",
            "{0:.2f}".format(native["peak_mb"] / 1024.0) if native else "-",
            "{0:.3f}".format(ours["seconds"] / native["seconds"]) if native else "-"))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    full = os.environ.get("SOC_HARM_BENCH_SCALE", "").strip().lower() == "full"  # make bench SCALE=full
    parser.add_argument("--full", action="store_true", default=full,
                        help="the whole scale table: {0} records x {1} areas".format(FULL["points"], FULL["areas"]))
    parser.add_argument("--points", help="comma-separated record counts (k, M); default {0} ({1} with --full)".format(
        SMALL["points"], FULL["points"]))
    parser.add_argument("--areas", help="comma-separated area counts (k); default {0}".format(SMALL["areas"]))
    parser.add_argument("--native-max", default=label(NATIVE_MAX), help="native countpointsinpolygon up to this many "
                        "points (points files larger than {0} have no spatial index)".format(label(NATIVE_MAX)))
    parser.add_argument("--repeats", type=int, default=1, help="runs of each (median taken)")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--no-native", action="store_true")
    parser.add_argument("--json", default=str(BENCH_DIR / "scale.json"), help="where the figures are written")
    args = parser.parse_args(argv)
    preset = FULL if args.full else SMALL
    points = [count(p) for p in (args.points or preset["points"]).split(",") if p.strip()]
    areas = [count(a) for a in (args.areas or preset["areas"]).split(",") if a.strip()]
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    area_meta = {n: areas_file(n) for n in areas}
    floor_areas = areas_file(FLOOR_AREAS)
    point_meta = {n: points_file(n) for n in points}
    for n, m in area_meta.items():
        print("areas {0}: {1:,} cells, {2:.0f} vertices each on average, {3:.1f} MB".format(
            label(n), m["areas"], m["vertices_per_area"]["mean"], m["bytes"] / 1e6))
    for n, m in point_meta.items():
        print("points {0}: {1:.2f} GB".format(label(n), m["bytes"] / 1e9))
    if args.generate_only:
        return 0

    import shutil

    from qgis.core import Qgis

    from tools.qgis_cli import QgisProcess, available

    why = available()
    if why:
        print("cannot run the benchmark: " + why, file=sys.stderr)
        return 2
    run_dir = BENCH_DIR / "scale"
    run_dir.mkdir(parents=True, exist_ok=True)
    profile_dir = BENCH_DIR / "scale-qgis"
    if profile_dir.exists():
        shutil.rmtree(profile_dir)
    qp = QgisProcess(profile_dir)
    native_max = count(args.native_max)
    warm = "{0}|layername=warmup".format(point_meta[points[0]]["warmup_gpkg"])
    load_before = os.getloadavg()[0]
    floor_runs = max(3, args.repeats)  # cheap, and the first run of a fresh profile is slower
    floor = {who: _median_run([timed_run(qp, alg, floor_areas, warm, run_dir / "floor-{0}.gpkg".format(who))
                               for _ in range(floor_runs)]) for who, alg in (("ours", OURS), ("native", NATIVE))}
    results = {"repeats": args.repeats, "qgis": Qgis.QGIS_VERSION, "floor": floor, "rows": [], "cores": os.cpu_count(),
               "data": {"areas": area_meta, "points": point_meta}}
    for n_points in points:
        for n_areas in areas:
            events = "{0}|layername=points".format(point_meta[n_points]["gpkg"])
            row = {"points": n_points, "areas": n_areas}
            runs = {"ours": []}
            if not args.no_native and n_points <= native_max:
                runs["native"] = []
            for i in range(args.repeats):
                for who in runs:
                    alg = OURS if who == "ours" else NATIVE
                    done = timed_run(qp, alg, area_meta[n_areas], events, run_dir / "{0}.gpkg".format(who))
                    runs[who].append(done)
                    print("{0} x {1} {2} #{3}: {4:.2f} s, {5:.0f} MB (load {6:.2f})".format(
                        label(n_points), label(n_areas), alg, i + 1, done["seconds"], done["peak_mb"],
                        done["load_before"]), flush=True)
            for who, done in runs.items():
                row[who] = _median_run(done)
            results["rows"].append(row)
    results["load"] = {"before": load_before, "after": os.getloadavg()[0]}
    table = scale_table(results)
    print("\n" + table)
    results["table"] = table
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print("\nwritten: {0}".format(args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
