"""Benchmark: ``socharm:scoreharm`` against QGIS's ``native:countpointsinpolygon``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench            # 1,000,000 points, 10,000 areas
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench --points 100000 --areas 900

What it does (issue 2, "Speed"):

1. Generates, seeded and cached under ``build/bench/data-<key>/`` (the key is a
   hash of the parameters, so a rerun skips this), N offence points with a
   Home Office ``ho_code`` (drawn from ``tools/sample/data/offence_mix.csv``) and
   a numeric ``weight`` holding that code's weight in the built-in ONS CSS
   table (so the native algorithm can weight by a field), and M areas: a
   jittered grid of irregular polygons (8-12 vertices each) that tile the
   plane, shared vertices identical between neighbours, ids ``A00001``...;
   EPSG:27700, GeoPackages. About 0.1 % of the points lie exactly on a shared
   boundary (half on shared vertices, half on edge midpoints).
2. Times whole ``qgis_process`` runs of both algorithms (median of
   ``--repeats`` alternating pairs: native, ours, native, ours, ...), each
   run's peak memory taken from the child's own rusage (``os.wait4``).
3. Times both in-process (``processing.run`` inside one QgsApplication), one
   fresh subprocess per run so each run's peak memory is its own
   (``ru_maxrss`` delta over a warm-up run), alternating too; ours also
   reports the time of each of its steps.
4. Checks correctness on the same data: per-area ``harm_score`` equals native's
   weighted ``NUMPOINTS`` wherever no boundary point lies; reports the
   boundary points and what native did with them.
5. Prints a table and writes the same figures to ``build/bench/results.json``.

``--profile`` adds a cProfile of one in-process ``socharm:scoreharm`` run
(top functions by cumulative time).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BENCH_DIR = REPO / "build" / "bench"
GENERATOR_VERSION = 3  # bump when the generated data change: invalidates the cache
CRS = "EPSG:27700"
ORIGIN = (300000.0, 100000.0)  # south-west corner of the grid, British National Grid metres
CELL = 1000.0  # grid cell (area) size in metres
BOUNDARY_SHARE = 0.001  # share of points placed exactly on shared boundaries
NATIVE = "native:countpointsinpolygon"
OURS = "socharm:scoreharm"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


# --------------------------------------------------------------------------- data


def _grid_shape(n_areas: int):
    nx = max(1, int(round(np.sqrt(n_areas))))
    ny = max(1, n_areas // nx)
    return nx, ny


def _interior_points(a: np.ndarray, b: np.ndarray, k: int, rng) -> np.ndarray:
    """k vertices between corners a and b, pushed sideways: a zig-zag edge."""
    t = (np.arange(1, k + 1) / (k + 1.0)) + rng.uniform(-0.05, 0.05, size=k)
    d = b - a
    normal = np.array([-d[1], d[0]]) / max(np.hypot(d[0], d[1]), 1e-9)
    offset = rng.uniform(-0.08, 0.08, size=k) * CELL
    pts = a[None, :] + t[:, None] * d[None, :] + offset[:, None] * normal[None, :]
    return np.round(pts)  # whole metres: midpoints of segments are exact halves


def make_areas(n_areas: int, rng):
    """Irregular polygons tiling a rectangle: rings (closed, counter-clockwise),
    the grid shape, and for each shared vertex / segment the cells that share it."""
    nx, ny = _grid_shape(n_areas)
    ox, oy = ORIGIN
    ii, jj = np.meshgrid(np.arange(nx + 1), np.arange(ny + 1), indexing="ij")
    corners = np.stack([ox + ii * CELL, oy + jj * CELL], axis=-1).astype(float)
    corners += rng.uniform(-0.2, 0.2, size=corners.shape) * CELL
    corners = np.round(corners)
    horiz = {}  # (i, j): vertices strictly between corner (i, j) and (i + 1, j)
    vert = {}  # (i, j): vertices strictly between corner (i, j) and (i, j + 1)
    for i in range(nx):
        for j in range(ny + 1):
            horiz[i, j] = _interior_points(corners[i, j], corners[i + 1, j], int(rng.integers(1, 3)), rng)
    for i in range(nx + 1):
        for j in range(ny):
            vert[i, j] = _interior_points(corners[i, j], corners[i, j + 1], int(rng.integers(1, 3)), rng)
    rings = []
    for j in range(ny):
        for i in range(nx):
            ring = np.concatenate([
                corners[i, j][None], horiz[i, j],
                corners[i + 1, j][None], vert[i + 1, j],
                corners[i + 1, j + 1][None], horiz[i, j + 1][::-1],
                corners[i, j + 1][None], vert[i, j][::-1],
                corners[i, j][None],
            ])
            rings.append(ring)

    def cell(i, j):
        return j * nx + i

    # shared vertices (covered by 2 or 4 cells) and shared segments (2 cells)
    shared_vertices, vertex_cover = [], []
    shared_segments, segment_cover = [], []
    for i in range(1, nx):
        for j in range(1, ny):
            shared_vertices.append(corners[i, j])
            vertex_cover.append([cell(i - 1, j - 1), cell(i, j - 1), cell(i - 1, j), cell(i, j)])
    for (i, j), pts in horiz.items():
        if 0 < j < ny:
            cover = [cell(i, j - 1), cell(i, j), -1, -1]
            chain = np.concatenate([corners[i, j][None], pts, corners[i + 1, j][None]])
            for p in pts:
                shared_vertices.append(p)
                vertex_cover.append(cover)
            for a, b in zip(chain[:-1], chain[1:]):
                shared_segments.append((a, b))
                segment_cover.append(cover)
    for (i, j), pts in vert.items():
        if 0 < i < nx:
            cover = [cell(i - 1, j), cell(i, j), -1, -1]
            chain = np.concatenate([corners[i, j][None], pts, corners[i, j + 1][None]])
            for p in pts:
                shared_vertices.append(p)
                vertex_cover.append(cover)
            for a, b in zip(chain[:-1], chain[1:]):
                shared_segments.append((a, b))
                segment_cover.append(cover)
    return {
        "nx": nx, "ny": ny, "rings": rings,
        "shared_vertices": np.array(shared_vertices).reshape(-1, 2),
        "vertex_cover": np.array(vertex_cover, dtype=np.int64).reshape(-1, 4),
        "shared_segments": np.array(shared_segments).reshape(-1, 2, 2),
        "segment_cover": np.array(segment_cover, dtype=np.int64).reshape(-1, 4),
    }


def _code_mix():
    """(codes, probabilities, weight per code) from the sample offence mix and the built-in table."""
    from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code

    table = load_builtin_table("ons_css_ho_code")
    codes, shares = [], []
    with open(REPO / "tools" / "sample" / "data" / "offence_mix.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            codes.append(row["ho_code"].strip())
            shares.append(float(row["share"]))
    p = np.asarray(shares) / np.sum(shares)
    weights = np.array([table.weights.get(normalise_code(c), 0.0) for c in codes], dtype=float)
    unweighted = [c for c in codes if normalise_code(c) not in table.weights]
    return np.array(codes, dtype=object), p, weights, unweighted


def make_points(n_points: int, areas: dict, rng):
    nx, ny = areas["nx"], areas["ny"]
    ox, oy = ORIGIN
    w, h = nx * CELL, ny * CELL
    n_boundary = int(round(n_points * BOUNDARY_SHARE)) if n_points >= 1000 else min(n_points // 10, 10)
    n_boundary = min(n_boundary, len(areas["shared_vertices"]) + len(areas["shared_segments"]))
    n_free = n_points - n_boundary
    n_hot = int(n_free * 0.3)
    n_uniform = n_free - n_hot
    # uniform over the grid's rectangle (the jagged outer edge leaves some outside every area)
    x = [ox + rng.uniform(0, w, n_uniform)]
    y = [oy + rng.uniform(0, h, n_uniform)]
    # crime concentrates: Gaussian hotspots
    n_spots = max(1, min(40, nx * ny // 4))
    spots = np.column_stack([ox + rng.uniform(0, w, n_spots), oy + rng.uniform(0, h, n_spots)])
    which = rng.integers(0, n_spots, n_hot)
    x.append(np.clip(spots[which, 0] + rng.normal(0, 2 * CELL, n_hot), ox, ox + w))
    y.append(np.clip(spots[which, 1] + rng.normal(0, 2 * CELL, n_hot), oy, oy + h))
    # exactly on shared boundaries: half on shared vertices, half on segment midpoints
    n_vertex = n_boundary // 2
    n_mid = n_boundary - n_vertex
    v = rng.choice(len(areas["shared_vertices"]), size=n_vertex, replace=False)
    s = rng.choice(len(areas["shared_segments"]), size=n_mid, replace=False)
    seg = areas["shared_segments"][s]
    mid = (seg[:, 0] + seg[:, 1]) / 2.0  # whole-metre ends: the midpoint is exact
    bx = np.concatenate([areas["shared_vertices"][v, 0], mid[:, 0]])
    by = np.concatenate([areas["shared_vertices"][v, 1], mid[:, 1]])
    cover = np.concatenate([areas["vertex_cover"][v], areas["segment_cover"][s]])
    kind = np.array(["vertex"] * n_vertex + ["edge"] * n_mid)
    x.append(bx)
    y.append(by)
    x = np.concatenate(x)
    y = np.concatenate(y)
    order = rng.permutation(n_points)  # boundary points spread through the file
    x, y = x[order], y[order]
    position = np.empty(n_points, dtype=np.int64)
    position[order] = np.arange(n_points)
    boundary_index = position[n_free:]  # where each boundary point ended up
    codes, p, code_weights, unweighted = _code_mix()
    pick = rng.choice(len(codes), size=n_points, p=p)
    return {
        "x": x, "y": y, "code": codes[pick], "weight": code_weights[pick],
        "boundary_index": boundary_index, "boundary_cover": cover, "boundary_kind": kind,
        "unweighted_codes": unweighted,
    }


def area_id(k: int, width: int) -> str:
    return "A{0:0{1}d}".format(k + 1, width)


def write_areas_gpkg(path: Path, rings: List[np.ndarray], width: int) -> None:
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon, options=["FID=fid"])
    lyr.CreateField(ogr.FieldDefn("area_id", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for k, ring in enumerate(rings):
        geom_ring = ogr.Geometry(ogr.wkbLinearRing)
        for px, py in ring:
            geom_ring.AddPoint_2D(float(px), float(py))
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(geom_ring)
        feature = ogr.Feature(defn)
        feature.SetField("area_id", area_id(k, width))
        feature.SetGeometry(poly)
        lyr.CreateFeature(feature)
    lyr.CommitTransaction()
    ds = None


def write_points_gpkg(path: Path, points: dict, layer: str, index: Optional[np.ndarray] = None,
                      mode: str = "create") -> None:
    """Points through a CSV and GDAL's VectorTranslate (ogr2ogr): one transaction per 100k rows."""
    import pandas as pd
    from osgeo import gdal

    gdal.UseExceptions()
    sel = slice(None) if index is None else index
    frame = pd.DataFrame({
        "x": points["x"][sel], "y": points["y"][sel],
        "ho_code": points["code"][sel], "weight": points["weight"][sel],
    })
    with tempfile.TemporaryDirectory(dir=str(path.parent)) as tmp:
        src = Path(tmp) / (layer + ".csv")
        frame.to_csv(src, index=False, float_format=None)  # repr: round-trips every double
        src.with_suffix(".csvt").write_text("Real,Real,String,Real\n", encoding="utf-8")
        source = gdal.OpenEx(str(src), gdal.OF_VECTOR, open_options=[
            "X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "KEEP_GEOM_COLUMNS=NO"])
        options = gdal.VectorTranslateOptions(
            format="GPKG", layerName=layer, dstSRS=CRS, srcSRS=CRS, geometryType="POINT",
            accessMode="update" if mode == "update" else None,
            options=["-gt", "100000", "-lco", "FID=fid"],
        )
        done = gdal.VectorTranslate(str(path), source, options=options)
        if done is None:
            raise RuntimeError("ogr2ogr failed writing {0}".format(path))
        done = source = None


def generate(n_points: int, n_areas: int, seed: int, log=print) -> dict:
    """The bench data (cached): paths and what is known about the boundary points."""
    key = hashlib.sha256(json.dumps([GENERATOR_VERSION, n_points, n_areas, seed, CELL,
                                     BOUNDARY_SHARE]).encode()).hexdigest()[:12]
    folder = BENCH_DIR / "data-{0}".format(key)
    meta_path = folder / "meta.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["cached"] = True
        return meta
    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = np.random.default_rng(seed)
    areas = make_areas(n_areas, rng)
    n_real = areas["nx"] * areas["ny"]
    width = max(5, len(str(n_real)))
    _check_tiling(areas["rings"])
    points = make_points(n_points, areas, rng)
    write_areas_gpkg(folder / "areas.gpkg", areas["rings"], width)
    write_points_gpkg(folder / "points.gpkg", points, "points")
    # the boundary points alone, to see what native does with them
    write_points_gpkg(folder / "boundary.gpkg", points, "boundary", index=points["boundary_index"])
    # a tiny sample for warm-up runs
    write_points_gpkg(folder / "warmup.gpkg", points, "warmup", index=np.arange(min(1000, n_points)))
    np.savez(folder / "boundary.npz", index=points["boundary_index"], cover=points["boundary_cover"],
             kind=points["boundary_kind"], weight=points["weight"][points["boundary_index"]])
    meta = {
        "key": key, "folder": str(folder), "seed": seed,
        "points": int(n_points), "areas": int(n_real), "grid": [areas["nx"], areas["ny"]],
        "areas_gpkg": str(folder / "areas.gpkg"), "points_gpkg": str(folder / "points.gpkg"),
        "boundary_gpkg": str(folder / "boundary.gpkg"), "warmup_gpkg": str(folder / "warmup.gpkg"),
        "boundary_points": int(len(points["boundary_index"])),
        "boundary_on_vertex": int((points["boundary_kind"] == "vertex").sum()),
        "boundary_on_edge": int((points["boundary_kind"] == "edge").sum()),
        "vertices_per_area": [int(min(len(r) - 1 for r in areas["rings"])), int(max(len(r) - 1 for r in areas[
            "rings"]))],
        "total_weight": float(points["weight"].sum()),
        "codes_without_weight": points["unweighted_codes"],
        "generated_seconds": round(time.perf_counter() - started, 2),
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    log("generated {0} points and {1} areas in {2:.1f} s -> {3}".format(n_points, n_real, meta["generated_seconds"],
                                                                        folder))
    meta["cached"] = False
    return meta


def _check_tiling(rings) -> None:
    """Every polygon valid, and together they cover their union without overlap."""
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    polys = [Polygon(r) for r in rings]
    bad = [i for i, p in enumerate(polys) if not p.is_valid]
    if bad:
        raise RuntimeError("generated {0} invalid polygons (first: {1})".format(len(bad), bad[:5]))
    if len(polys) <= 2500:  # the union is slow for big grids; the construction guarantees it anyway
        total = sum(p.area for p in polys)
        union = unary_union(polys).area
        if abs(total - union) > 1e-6 * union:
            raise RuntimeError("generated areas overlap: {0} vs {1}".format(total, union))


# --------------------------------------------------------------------------- runs


def _params(alg: str, meta: dict, output: Path, events: Optional[str] = None, weight: bool = True) -> Dict[str, object]:
    areas = "{0}|layername=areas".format(meta["areas_gpkg"])
    events = events or "{0}|layername=points".format(meta["points_gpkg"])
    if alg == NATIVE:
        params = {"POLYGONS": areas, "POINTS": events, "FIELD": "NUMPOINTS", "OUTPUT": str(output)}
        if weight:
            params["WEIGHT"] = "weight"
        return params
    return {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "ho_code",
        "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "OUTPUT": str(output),
    }


def _remove_output(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), path.with_suffix(".qmd"), path.with_suffix(
        ".qml")):
        if p.exists():
            p.unlink()


def run_measured(cmd: List[str], env: Dict[str, str], cwd: Optional[str] = None) -> dict:
    """Run a command; its wall time and its own peak memory (the child's rusage from wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return {"seconds": seconds, "maxrss_mb": usage.ru_maxrss / 1024.0, "returncode": proc.returncode,
            "stdout": stdout, "stderr": stderr}


def qgis_process_run(qp, alg: str, params: Dict[str, object]) -> dict:
    from tools.qgis_cli import QGIS_PROCESS

    args = [QGIS_PROCESS, "--json", "run", alg] + ["--{0}={1}".format(k, v) for k, v in params.items() if v is not None]
    done = run_measured(args, qp.env())
    if done["returncode"] != 0:
        raise RuntimeError("qgis_process {0} failed ({1}):\n{2}\n{3}".format(
            alg, done["returncode"], done["stdout"][-3000:], done["stderr"][-3000:]))
    text = done["stdout"]
    start = text.find("{")
    try:
        done["json"] = json.loads(text[start:]) if start >= 0 else {}
    except ValueError:
        done["json"] = {}
    return done


def worker_env(qp) -> Dict[str, str]:
    env = qp.env()
    env["PYTHONPATH"] = os.pathsep.join([QGIS_PLUGINS, str(REPO)] + ([env["PYTHONPATH"]] if env.get(
        "PYTHONPATH") else []))
    return env


def in_process_run(qp, alg: str, meta: dict, output: Path, profile: Optional[Path] = None) -> dict:
    args = [sys.executable, "-m", "tools.bench", "--worker", alg, "--meta", json.dumps(meta), "--output", str(output)]
    if profile is not None:
        args += ["--profile-out", str(profile)]
    done = run_measured(args, worker_env(qp), cwd=str(REPO))
    lines = [line for line in done["stdout"].splitlines() if line.startswith("BENCH-RESULT ")]
    if done["returncode"] != 0 or not lines:
        raise RuntimeError("in-process {0} failed ({1}):\n{2}\n{3}".format(
            alg, done["returncode"], done["stdout"][-3000:], done["stderr"][-3000:]))
    result = json.loads(lines[-1][len("BENCH-RESULT "):])
    result["process_maxrss_mb"] = done["maxrss_mb"]
    return result


# --------------------------------------------------------------------------- worker (one QgsApplication)


class _Steps:
    """Wall time of named functions of the plugin, by wrapping them in place."""

    def __init__(self):
        self.seconds: Dict[str, float] = {}
        self.captured: Dict[str, object] = {}

    def wrap(self, owner, name: str, label: str, capture=None):
        original = getattr(owner, name)
        steps = self

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            value = original(*args, **kwargs)
            steps.seconds[label] = steps.seconds.get(label, 0.0) + time.perf_counter() - started
            if capture is not None:
                capture(steps.captured, value)
            return value

        wrapper.__wrapped__ = original
        setattr(owner, name, wrapper)


STEP_ORDER = (
    "processAlgorithm (total)",
    "read areas (features, WKB, ellipsoidal area)",
    "read events + checks (total)",
    "read events (columns; waits for the background read)",
    "  background, while the areas are read: columnar read",
    "    of which: decode point WKB",
    "    of which: factorise the code column",
    "scoring engine (total)",
    "match codes to weights",
    "assign points to areas",
    "score and rank areas",
    "write areas output",
    "  background, while the areas are written: map classes",
    "provenance + style into the output",
)


def _instrument_ours() -> _Steps:
    from soc_harm_plugin.domain.harm import scoring
    from soc_harm_plugin.processing_provider.inputs import harm as harm_inputs
    from soc_harm_plugin.processing_provider.algorithms.scoring import score_harm as alg_mod
    from soc_harm_plugin.qgis_io import read_layers

    steps = _Steps()

    def reader(store, value):
        store["reader"] = getattr(value, "reader", None)

    def result(store, value):
        store["shared_boundary_points"] = int(value.shared_boundary_points)
        store["reconciliation"] = value.reconciliation

    steps.wrap(alg_mod, "read_area_layer", "read areas (features, WKB, ellipsoidal area)")
    steps.wrap(harm_inputs, "read_points", "read events (columns; waits for the background read)", capture=reader)
    steps.wrap(read_layers.ColumnarRead, "_run", "  background, while the areas are read: columnar read")
    steps.wrap(read_layers, "_decode_geometry_chunks", "    of which: decode point WKB")
    steps.wrap(read_layers, "_arrow_factorized", "    of which: factorise the code column")
    steps.wrap(alg_mod.h, "read_harm_inputs", "read events + checks (total)")
    steps.wrap(scoring, "weigh_codes", "match codes to weights")
    steps.wrap(scoring, "assign_points", "assign points to areas")
    steps.wrap(scoring, "area_scores", "score and rank areas")
    steps.wrap(alg_mod, "score_harm", "scoring engine (total)", capture=result)
    steps.wrap(alg_mod.ScoreHarm, "_write_areas", "write areas output")
    steps.wrap(alg_mod, "harm_classes", "  background, while the areas are written: map classes")
    steps.wrap(alg_mod, "finish_output", "provenance + style into the output")
    steps.wrap(alg_mod.ScoreHarm, "processAlgorithm", "processAlgorithm (total)")
    return steps


def worker(alg: str, meta: dict, output: Path, profile_out: Optional[Path]) -> None:
    """Run one algorithm in this process, after a warm-up run; print its time and memory."""
    started = time.perf_counter()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.insert(0, QGIS_PLUGINS)
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import soc_harm_plugin

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()
    steps = _instrument_ours() if alg == OURS else None
    startup = time.perf_counter() - started

    warm_out = output.with_name(output.stem + "-warmup.gpkg")
    _remove_output(warm_out)
    processing.run(alg, _params(alg, meta, warm_out, events="{0}|layername=warmup".format(meta["warmup_gpkg"])))
    _remove_output(warm_out)
    if steps is not None:
        steps.seconds.clear()
    _remove_output(output)
    params = _params(alg, meta, output)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    profiler = None
    if profile_out is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    processing.run(alg, params)
    seconds = time.perf_counter() - t0
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile_out))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    import shapely

    result = {
        "algorithm": alg, "seconds": seconds, "startup_seconds": startup,
        "maxrss_before_mb": before / 1024.0, "maxrss_after_mb": after / 1024.0,
        "maxrss_delta_mb": (after - before) / 1024.0, "shapely": shapely.__version__,
    }
    if steps is not None:
        result["steps"] = steps.seconds
        result.update(steps.captured)
    print("BENCH-RESULT " + json.dumps(result, default=str), flush=True)
    plugin.unload()
    app.exitQgis()


# --------------------------------------------------------------------------- checks


def read_output(path: Path, value_field: str) -> Dict[str, float]:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    lyr.SetIgnoredFields(["OGR_GEOMETRY"])
    values = {}
    for feature in lyr:
        v = feature.GetField(value_field)
        values[feature.GetField("area_id")] = float(v) if v is not None else 0.0
    return values


def check(meta: dict, native_out: Path, ours_out: Path, native_boundary: Optional[Dict[str, float]]) -> dict:
    n_areas = meta["areas"]
    width = max(5, len(str(n_areas)))
    ids = [area_id(k, width) for k in range(n_areas)]
    native = read_output(native_out, "NUMPOINTS")
    ours = read_output(ours_out, "harm_score")
    ours_n = read_output(ours_out, "harm_n")
    nat = np.array([native.get(i, np.nan) for i in ids])
    our = np.array([ours.get(i, np.nan) for i in ids])
    b = np.load(Path(meta["folder"]) / "boundary.npz")
    cover, weight = b["cover"], b["weight"]
    touched = np.zeros(n_areas, dtype=bool)
    touched[cover[cover >= 0]] = True
    clean = ~touched
    diff = np.abs(our - nat)
    scale = np.maximum(1.0, np.abs(nat))
    # ours puts a boundary point in the covering area whose id sorts first (lowest cell index here)
    ours_choice = np.where(cover >= 0, cover, np.iinfo(np.int64).max).min(axis=1)
    ours_boundary_w = np.bincount(ours_choice, weights=weight, minlength=n_areas)
    cover_pairs = int((cover >= 0).sum())
    once_w = float(weight.sum())
    every_w = float((weight[:, None] * (cover >= 0)).sum())
    native_boundary_w = round(float(np.nansum((nat - (our - ours_boundary_w))[touched])), 6) + 0.0
    out = {
        "areas_compared": int(clean.sum()),
        "areas_with_boundary_points": int(touched.sum()),
        "max_abs_diff_clean_areas": float(np.nanmax(diff[clean])) if clean.any() else 0.0,
        "max_rel_diff_clean_areas": float(np.nanmax((diff / scale)[clean])) if clean.any() else 0.0,
        "mismatched_clean_areas": int(((diff / scale) > 1e-9)[clean].sum()),
        "total_native": float(np.nansum(nat)), "total_ours": float(np.nansum(our)),
        "points_assigned_ours": int(sum(ours_n.values())),
        "boundary_points": int(len(weight)),
        "boundary_on_vertex": meta["boundary_on_vertex"], "boundary_on_edge": meta["boundary_on_edge"],
        "boundary_cover_pairs": cover_pairs,
        "boundary_weight_once": once_w, "boundary_weight_every_area": every_w,
        "native_boundary_weight_seen": native_boundary_w,
    }
    if native_boundary is not None:
        hits = np.array([native_boundary.get(i, 0.0) for i in ids])
        counted = float(hits.sum())
        out["native_boundary_hits"] = int(counted)
        # per point: how many of its covering areas native counted it in is not visible
        # from per-area counts, but the totals tell the story
        out["native_boundary_dropped"] = int(max(0, len(weight) - counted)) if counted <= len(weight) else 0
        out["native_boundary_extra_counts"] = int(max(0, counted - len(weight)))
    return out


def engine_compare(meta: dict, repeats: int) -> dict:
    """The assignment step alone, outside QGIS: points_in_polygons with the pairs
    strategy (the engine before the raster) and the default engine, alternating."""
    from osgeo import ogr

    from soc_harm_plugin.domain.geometry import geometry_index

    ds = ogr.Open(meta["areas_gpkg"])
    lyr = ds.GetLayer(0)
    ids, wkb = [], []
    for feature in lyr:
        ids.append(feature.GetField("area_id"))
        wkb.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    ds = ogr.Open(meta["points_gpkg"])
    lyr = ds.GetLayerByName("points")
    xs, ys = [], []
    for batch in lyr.GetArrowStreamAsNumPy():
        raw = np.frombuffer(np.ascontiguousarray(batch[lyr.GetGeometryColumn()]).tobytes(), dtype=np.uint8).reshape(-1,
                21)
        xy = raw[:, 5:].copy().view("<f8").reshape(-1, 2)
        xs.append(xy[:, 0])
        ys.append(xy[:, 1])
    ds = None
    x, y = np.concatenate(xs), np.concatenate(ys)
    times: Dict[str, list] = {"numpy-pairs": [], "numpy": []}
    results = {}
    for _ in range(repeats):
        for engine in times:
            started = time.perf_counter()
            results[engine] = geometry_index.points_in_polygons(x, y, wkb, ids, engine=engine)
            times[engine].append(time.perf_counter() - started)
    a, b = results["numpy-pairs"], results["numpy"]
    return {
        "pairs_s": _median(times["numpy-pairs"]), "default_s": _median(times["numpy"]),
        "pairs_all": times["numpy-pairs"], "default_all": times["numpy"],
        "identical": bool(np.array_equal(a.index, b.index) and a.multi == b.multi),
        "multi": int(b.multi), "assigned": int((b.index >= 0).sum()),
    }


def engine_random_check(seed: int = 7) -> dict:
    """The raster strategy against the pairs strategy on random data: 200,000
    random points plus 10,000 points exactly on vertices, midpoints and quarter
    points of the edges of a jittered 10,000-area grid, and the same points
    nudged by one ulp; any difference in area or in the multi count fails."""
    from shapely.geometry import Polygon

    from soc_harm_plugin.domain.geometry import geometry_index

    rng = np.random.default_rng(seed)
    areas = make_areas(10_000, rng)
    wkb = [Polygon(r).wkb for r in areas["rings"]]
    ids = [area_id(k, 5) for k in range(len(wkb))]
    ox, oy = ORIGIN
    x = ox + rng.uniform(-800, areas["nx"] * CELL + 800, 200_000)
    y = oy + rng.uniform(-800, areas["ny"] * CELL + 800, 200_000)
    ring = rng.integers(0, len(wkb), 10_000)
    sx, sy = [], []
    for k, t in zip(ring, rng.choice([0.0, 0.5, 0.25], 10_000)):
        r = areas["rings"][k]
        j = int(rng.integers(0, len(r) - 1))
        p = r[j] + (r[j + 1] - r[j]) * t  # whole-metre vertices: exact
        sx.append(p[0])
        sy.append(p[1])
    sx, sy = np.array(sx), np.array(sy)
    nudged_x = np.nextafter(sx, np.where(rng.random(len(sx)) < 0.5, np.inf, -np.inf))
    x = np.concatenate([x, sx, nudged_x, sx])
    y = np.concatenate([y, sy, sy, np.nextafter(sy, np.inf)])
    a = geometry_index.points_in_polygons(x, y, wkb, ids, engine="numpy-pairs")
    b = geometry_index.points_in_polygons(x, y, wkb, ids, engine="numpy-raster")
    return {"points": int(len(x)), "identical": bool(np.array_equal(a.index, b.index) and a.multi == b.multi),
            "differences": int((a.index != b.index).sum()), "multi": int(a.multi)}


# --------------------------------------------------------------------------- report


def _median(values):
    return float(statistics.median(values)) if values else float("nan")


def _fmt_table(results: dict) -> str:
    lines = []
    meta = results["data"]
    lines.append(
        "SOC Harm benchmark: {0:,} points, {1:,} areas ({2}x{3} jittered grid, {4}-{5} vertices), EPSG:27700".format(
        meta["points"], meta["areas"], meta["grid"][0], meta["grid"][1], *meta["vertices_per_area"]))
    lines.append("shapely {0}, numpy {1}, GDAL {2}, QGIS {3}; events read by: {4}".format(
        results["env"]["shapely"], results["env"]["numpy"], results["env"]["gdal"], results["env"]["qgis"],
        results.get("ours_reader", "?")))
    lines.append("")
    header = "{0:<34} {1:>10} {2:>10} {3:>8} {4:>11} {5:>11}".format(
        "run (median of {0})".format(results["repeats"]), "native s", "ours s", "ours/nat", "native MB", "ours MB")
    lines.append(header)
    lines.append("-" * len(header))
    for key, label in (("qgis_process", "whole qgis_process run"), ("in_process", "in-process processing.run")):
        r = results.get(key)
        if not r:
            continue
        lines.append("{0:<34} {1:>10.2f} {2:>10.2f} {3:>8.3f} {4:>11.0f} {5:>11.0f}".format(
            label, r["native_s"], r["ours_s"], r["ratio"], r["native_mb"], r["ours_mb"]))
    fl = results.get("qgis_process_floor")
    if fl:
        lines.append("{0:<34} {1:>10.2f} {2:>10.2f} {3:>8} {4:>11.0f} {5:>11.0f}".format(
            "qgis_process on 1,000 points", fl["native_s"], fl["ours_s"], "", fl["native_mb"], fl["ours_mb"]))
    lines.append("")
    qp = results.get("qgis_process")
    if qp:
        lines.append("target (whole qgis_process runs): ours/native <= 0.30 -> {0} ({1:.3f})".format(
            "MET" if qp["ratio"] <= 0.3 else "NOT MET", qp["ratio"]))
        lines.append("all qgis_process runs (s): native {0}; ours {1}".format(
            ", ".join("{0:.2f}".format(v) for v in qp["native_all"]), ", ".join("{0:.2f}".format(v) for v in qp[
                "ours_all"])))
    ip = results.get("in_process")
    if ip:
        lines.append("all in-process runs (s): native {0}; ours {1} (memory: ru_maxrss growth during the run; "
                     "process peak: native {2:.0f} MB, ours {3:.0f} MB)".format(
            ", ".join("{0:.2f}".format(v) for v in ip["native_all"]), ", ".join("{0:.2f}".format(v) for v in ip[
                "ours_all"]),
            ip["native_process_mb"], ip["ours_process_mb"]))
    eng = results.get("engine")
    if eng:
        lines.append("")
        lines.append("assignment step alone (points_in_polygons, outside QGIS, median of {0}): pairs strategy "
                     "(before) {1:.3f} s, default engine (raster) {2:.3f} s; identical results: {3}".format(
            results["repeats"], eng["pairs_s"], eng["default_s"], "yes" if eng["identical"] else "NO"))
        rc = eng.get("random_check")
        if rc:
            lines.append("raster vs pairs on {0:,} random, on-edge and one-ulp-off-edge points: {1} ({2} "
                         "differences, {3} shared-boundary points)".format(
                rc["points"], "identical" if rc["identical"] else "DIFFERENT", rc["differences"], rc["multi"]))
    steps = results.get("ours_steps")
    if steps:
        lines.append("")
        lines.append("ours in-process, by step (median run):")
        for name, sec in steps.items():
            lines.append("  {0:<56} {1:>7.3f} s".format(name, sec))
    c = results.get("correctness")
    if c:
        lines.append("")
        lines.append("correctness: {0:,} areas without boundary points compared: max |ours - native| = {1:.3g} "
                     "(relative {2:.3g}), {3} mismatched".format(
            c["areas_compared"], c["max_abs_diff_clean_areas"], c["max_rel_diff_clean_areas"], c[
                "mismatched_clean_areas"]))
        lines.append("boundary: {0} points exactly on shared boundaries ({1} on vertices, {2} on edges), covered "
                     "by {3} (point, area) pairs; ours counted {4} as shared, each once".format(
            c["boundary_points"], c["boundary_on_vertex"], c["boundary_on_edge"], c["boundary_cover_pairs"], c.get(
                "ours_shared_reported", "?")))
        if "native_boundary_hits" in c:
            lines.append("native on the boundary points alone: {0} counts over {1} points -> dropped {2}, extra "
                         "(double) counts {3}".format(
                c["native_boundary_hits"], c["boundary_points"], c["native_boundary_dropped"], c[
                    "native_boundary_extra_counts"]))
        lines.append("native's weight of boundary points in the full run: {0:.2f} (each once would be {1:.2f}; in "
                     "every covering area {2:.2f})".format(
            c["native_boundary_weight_seen"], c["boundary_weight_once"], c["boundary_weight_every_area"]))
        lines.append(
            "totals: native {0:.2f}, ours {1:.2f}, all generated weight {2:.2f}; ours assigned {3:,} points".format(
            c["total_native"], c["total_ours"], meta["total_weight"], c["points_assigned_ours"]))
    return "\n".join(lines)


def _env_versions() -> dict:
    import shapely
    from osgeo import gdal

    qgis = "?"
    try:
        from qgis.core import Qgis

        qgis = Qgis.QGIS_VERSION
    except Exception:  # pragma: no cover
        pass
    return {"shapely": shapely.__version__, "numpy": np.__version__, "gdal": gdal.__version__, "qgis": qgis,
            "python": sys.version.split()[0], "cpus": os.cpu_count()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--areas", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240202)
    parser.add_argument("--repeats", type=int, default=3, help="alternating pairs per mode (median taken)")
    parser.add_argument("--no-qgis-process", action="store_true", help="skip the whole qgis_process runs")
    parser.add_argument("--no-in-process", action="store_true", help="skip the in-process runs")
    parser.add_argument("--profile", action="store_true", help="cProfile one in-process scoreharm run")
    parser.add_argument("--no-engine", action="store_true", help="skip timing the assignment engine alone")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--meta", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        worker(args.worker, json.loads(args.meta), Path(args.output), Path(
            args.profile_out) if args.profile_out else None)
        return 0

    from tools.qgis_cli import QgisProcess, available

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    meta = generate(args.points, args.areas, args.seed)
    if meta.get("cached"):
        print("data (cached): {0}".format(meta["folder"]))
    if args.generate_only:
        return 0
    why = available()
    if why:
        print("cannot run the benchmark: " + why, file=sys.stderr)
        return 2
    run_dir = BENCH_DIR / "runs"
    run_dir.mkdir(exist_ok=True)
    profile_dir = BENCH_DIR / "qgis"
    if profile_dir.exists():  # a fresh private profile: "plugins enable" fails on one that has it enabled
        shutil.rmtree(profile_dir)
    qp = QgisProcess(profile_dir)
    results = {"data": meta, "repeats": args.repeats, "env": _env_versions(), "target_ratio": 0.3}
    outs = {NATIVE: run_dir / "native.gpkg", OURS: run_dir / "ours.gpkg"}

    if not args.no_qgis_process:
        # floor: startup and teardown, on the 1,000-point warm-up layer
        floor = {}
        for alg in (NATIVE, OURS):
            out = run_dir / "floor-{0}.gpkg".format(alg.split(":")[0])
            _remove_output(out)
            floor[alg] = qgis_process_run(qp, alg, _params(alg, meta, out, events="{0}|layername=warmup".format(meta[
                "warmup_gpkg"])))
        results["qgis_process_floor"] = {
            "native_s": floor[NATIVE]["seconds"], "ours_s": floor[OURS]["seconds"],
            "native_mb": floor[NATIVE]["maxrss_mb"], "ours_mb": floor[OURS]["maxrss_mb"]}
        runs = {NATIVE: [], OURS: []}
        for i in range(args.repeats):
            for alg in (NATIVE, OURS):
                _remove_output(outs[alg])
                done = qgis_process_run(qp, alg, _params(alg, meta, outs[alg]))
                runs[alg].append(done)
                print("qgis_process {0} #{1}: {2:.2f} s, {3:.0f} MB".format(alg, i + 1, done["seconds"], done[
                    "maxrss_mb"]), flush=True)
        nat = [r["seconds"] for r in runs[NATIVE]]
        our = [r["seconds"] for r in runs[OURS]]
        results["qgis_process"] = {
            "native_s": _median(nat), "ours_s": _median(our), "ratio": _median(our) / _median(nat),
            "native_mb": _median([r["maxrss_mb"] for r in runs[NATIVE]]),
            "ours_mb": _median([r["maxrss_mb"] for r in runs[OURS]]),
            "native_all": nat, "ours_all": our,
            "ours_outputs": runs[OURS][-1].get("json", {}).get("results"),
        }
        # native on the boundary points alone (unweighted): what it does with them
        b_out = run_dir / "native-boundary.gpkg"
        _remove_output(b_out)
        qgis_process_run(qp, NATIVE, _params(NATIVE, meta, b_out, events="{0}|layername=boundary".format(meta[
            "boundary_gpkg"]), weight=False))
        native_boundary = read_output(b_out, "NUMPOINTS")
    else:
        native_boundary = None

    if not args.no_in_process:
        ip = {NATIVE: [], OURS: []}
        for i in range(args.repeats):
            for alg in (NATIVE, OURS):
                done = in_process_run(qp, alg, meta, outs[alg])
                ip[alg].append(done)
                print("in-process {0} #{1}: {2:.2f} s, +{3:.0f} MB".format(alg, i + 1, done["seconds"], done[
                    "maxrss_delta_mb"]), flush=True)
        nat = [r["seconds"] for r in ip[NATIVE]]
        our = [r["seconds"] for r in ip[OURS]]
        results["in_process"] = {
            "native_s": _median(nat), "ours_s": _median(our), "ratio": _median(our) / _median(nat),
            "native_mb": _median([r["maxrss_delta_mb"] for r in ip[NATIVE]]),
            "ours_mb": _median([r["maxrss_delta_mb"] for r in ip[OURS]]),
            "native_process_mb": _median([r["maxrss_after_mb"] for r in ip[NATIVE]]),
            "ours_process_mb": _median([r["maxrss_after_mb"] for r in ip[OURS]]),
            "native_all": nat, "ours_all": our,
        }
        mid = sorted(ip[OURS], key=lambda r: r["seconds"])[len(ip[OURS]) // 2]
        measured = mid.get("steps", {})
        results["ours_steps"] = {k: round(measured[k], 4) for k in STEP_ORDER if k in measured}
        results["ours_reader"] = mid.get("reader")
        results["ours_shared_boundary_points"] = mid.get("shared_boundary_points")
        results["ours_reconciliation"] = mid.get("reconciliation")
        results["env"]["shapely"] = mid.get("shapely", results["env"]["shapely"])

    if not args.no_engine:
        results["engine"] = engine_compare(meta, args.repeats)
        results["engine"]["random_check"] = engine_random_check()
        print("assignment engine alone: pairs {0:.3f} s, default {1:.3f} s, identical: {2}".format(
            results["engine"]["pairs_s"], results["engine"]["default_s"], results["engine"]["identical"]), flush=True)

    if args.profile:
        prof = run_dir / "scoreharm.prof"
        in_process_run(qp, OURS, meta, outs[OURS], profile=prof)
        import pstats

        print("\ncProfile of one in-process socharm:scoreharm run (top 25 by cumulative time):")
        pstats.Stats(str(prof)).sort_stats("cumulative").print_stats(25)
        results["profile"] = str(prof)

    if outs[NATIVE].exists() and outs[OURS].exists():
        c = check(meta, outs[NATIVE], outs[OURS], native_boundary)
        c["ours_shared_reported"] = results.get("ours_shared_boundary_points")
        results["correctness"] = c

    table = _fmt_table(results)
    print("\n" + table)
    results["table"] = table
    (BENCH_DIR / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print("\nwritten: {0}".format(BENCH_DIR / "results.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
