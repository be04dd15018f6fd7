"""Benchmark: ``socharm:hotspots`` (Gi*, 999 permutations) against esda's first call in a fresh process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_hotspots              # 10,000 areas
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_hotspots --areas 2500 --repeats 1

What it does (issue 5, "Speed": Gi* with 999 permutations on 10,000 areas,
reading the layer and building neighbours included, at most 0.15 x esda's
first call in a fresh process):

1. Makes (seeded, cached under ``build/bench/hotspots-<areas>-<seed>/``)
   10,000 irregular polygons tiling a rectangle with tools/bench.py's
   generator (shared vertices identical between neighbours, EPSG:27700) and
   a clustered ``harm_score`` (a few hot regions, lognormal noise).
2. Ours, in this process (one QgsApplication, the plugin loaded as QGIS
   loads it): ``processing.run("socharm:hotspots")`` with queen contiguity,
   999 permutations and the false discovery rate, writing a GeoPackage.
   The first run is timed as it comes (cold); then ``--repeats`` more runs
   give a median. Each step's time is reported (read, neighbours, Gi*, write).
3. esda, in a fresh process of ``.venv-reference`` (numba on, as esda runs
   for its users): geopandas reads the layer, libpysal's
   ``Queen.from_dataframe`` builds the neighbours and ``G_Local(star=True,
   permutations=999)`` runs; timed from after the imports to the end (its
   first call compiles numba's loops). The whole process's wall time,
   imports included, is reported too.
4. Checks the two agree: the same z-scores (binary weights) to 1e-9.
5. Prints a markdown table; ``--json`` writes ``build/bench/hotspots.json``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
BENCH_DIR = REPO / "build" / "bench"
TARGET = 0.15
PERMUTATIONS = 999


# --------------------------------------------------------------------------- data


def make_data(n_areas: int, seed: int, log=print) -> Path:
    """build/bench/hotspots-<n>-<seed>/areas.gpkg (layer 'areas': area_id, harm_score); cached."""
    from tools.bench import CELL, ORIGIN, make_areas, write_areas_gpkg

    folder = BENCH_DIR / "hotspots-{0}-{1}".format(n_areas, seed)
    path = folder / "areas.gpkg"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    areas = make_areas(n_areas, rng)
    rings = areas["rings"]
    tmp = folder / "areas.tmp.gpkg"
    if tmp.exists():
        tmp.unlink()
    write_areas_gpkg(tmp, rings, len(str(len(rings))))
    centres = np.array([ring[:-1].mean(axis=0) for ring in rings])
    width = areas["nx"] * CELL
    hot = ORIGIN + rng.uniform(0.1, 0.9, size=(6, 2)) * width
    intensity = np.ones(len(rings))
    for cx, cy in hot:
        intensity += 8 * np.exp(-((centres[:, 0] - cx) ** 2 + (centres[:, 1] - cy) ** 2) / (2 * (6 * CELL) ** 2))
    harm = intensity * rng.lognormal(3, 1, len(rings))
    _add_field(tmp, "harm_score", harm)
    tmp.rename(path)
    log("data: {0} areas written to {1}".format(len(rings), path))
    return path


def _add_field(path: Path, name: str, values: np.ndarray) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName("areas")
    lyr.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    lyr.StartTransaction()
    for k, feature in enumerate(lyr):
        feature.SetField(name, float(values[k]))
        lyr.SetFeature(feature)
    lyr.CommitTransaction()
    ds = None


# --------------------------------------------------------------------------- ours


class _Steps:
    """Wall time of the adapter's steps, by wrapping the functions it calls."""

    def __init__(self):
        import soc_harm_plugin.processing_provider.algorithms.hotspots.hotspots as alg_module
        from soc_harm_plugin.processing_provider.inputs import neighbours as neighbour_inputs

        self.seconds = {}
        for label, owner, name in (("read", neighbour_inputs, "read_polygons"), ("neighbours", neighbour_inputs,
                "build_neighbours"),
                                   ("gi_star", alg_module, "gi_star"), ("write", alg_module, "write_areas"),
                                   ("finish (provenance, style)", alg_module, "finish_output")):
            setattr(owner, name, self._timed(label, getattr(owner, name)))

    def _timed(self, label, func):
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - t0

        return wrapper


def run_ours(path: Path, out_dir: Path, repeats: int) -> dict:
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
    steps = _Steps()
    runs, step_runs, results = [], [], None
    for i in range(1 + repeats):
        out = out_dir / "ours-{0}.gpkg".format(i)
        if out.exists():
            out.unlink()
        params = {"INPUT": "{0}|layername=areas".format(path), "VALUE_FIELD": "harm_score", "NEIGHBOURS": 0,
                  "DISTANCE": 1000.0, "K": 8, "ROW_STANDARDISE": False, "PERMUTATIONS": PERMUTATIONS, "SEED": 1,
                  "CORRECTION": 1, "ALPHA": 0.05, "OUTPUT": str(out)}
        steps.seconds.clear()
        t0 = time.perf_counter()
        results = processing.run("socharm:hotspots", params)
        runs.append(time.perf_counter() - t0)
        step_runs.append(dict(steps.seconds))
    z = _read_field(out_dir / "ours-0.gpkg", "gi_z")
    p = _read_field(out_dir / "ours-0.gpkg", "gi_p")
    plugin.unload()
    app.exitQgis()
    return {"first_s": runs[0], "median_s": statistics.median(runs[1:]) if repeats else runs[0], "all_s": runs,
            "steps_first": step_runs[0], "steps_last": step_runs[-1], "hot": results["HOT_AREAS"],
            "cold": results["COLD_AREAS"], "tested": results["TESTED_AREAS"], "z": z,
            "p_below_005": int(np.sum(p < 0.05)), "p_at_floor": int(np.sum(p <= 2.0 / (PERMUTATIONS + 1) + 1e-12))}


def _read_field(path: Path, field: str) -> np.ndarray:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    values = np.array([f.GetField(field) if f.IsFieldSet(field) else np.nan for f in lyr], dtype=float)
    ds = None
    return values


# --------------------------------------------------------------------------- esda


def run_esda(path: Path) -> dict:
    from tests.reference import PYTHON, SCRIPT, SETUP

    if not PYTHON.is_file():
        raise SystemExit(
            "The esda reference environment is missing. Build it from the repository root with:\n  " + SETUP)
    with tempfile.TemporaryDirectory(prefix="socharm-bench-") as tmp:
        source, target = Path(tmp) / "in.npz", Path(tmp) / "out.npz"
        np.savez(source, path=np.array(str(path)), layer=np.array("areas"), field=np.array("harm_score"),
                 seed=np.array(1))
        t0 = time.perf_counter()
        done = subprocess.run([str(PYTHON), str(SCRIPT), "bench", str(source), str(target)], capture_output=True,
                              text=True,
                              env={"SOCHARM_REFERENCE_NUMBA": "1", "PATH": "/usr/bin:/bin"})
        wall = time.perf_counter() - t0
        if done.returncode != 0:
            raise RuntimeError("esda bench failed:\n" + done.stderr[-3000:])
        with np.load(target) as npz:
            out = {k: npz[k].item() if npz[k].shape == () else npz[k] for k in npz.files}
    out["process_s"] = wall
    return out


def esda_z(path: Path) -> np.ndarray:
    """esda's z on our queen neighbours (the agreement check; binary weights, no permutations)."""
    from osgeo import ogr

    from soc_harm_plugin.domain.geometry import spatial_weights
    from tests.reference import run_reference

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    wkbs, values = [], []
    for f in lyr:
        wkbs.append(bytes(f.GetGeometryRef().ExportToWkb()))
        values.append(f.GetField("harm_score"))
    ds = None
    nb = spatial_weights.contiguity(wkbs, spatial_weights.QUEEN)
    ref = run_reference("gi_star", y=np.array(values), indptr=nb.indptr, indices=nb.indices, transform="B",
                        permutations=0, seed=0)
    return ref["Zs"]


# --------------------------------------------------------------------------- report


def table(ours: dict, esda: dict, max_dz: float, n_areas: int) -> str:
    ratio = ours["first_s"] / esda["seconds"]
    lines = [
        "| measure ({0:,} areas, queen, {1} permutations) | seconds |".format(n_areas, PERMUTATIONS),
        "|---|---:|",
        "| esda first call in a fresh process (read + libpysal Queen + G_Local star) | {0:.2f} |".format(esda[
            "seconds"]),
        "| &nbsp;&nbsp;of which: read / neighbours / G_Local | {0:.2f} / {1:.2f} / {2:.2f} |".format(
            esda["read"], esda["neighbours"], esda["statistic"]),
        "| esda whole process, imports included | {0:.2f} |".format(esda["process_s"]),
        "| socharm:hotspots in process, first run (read, neighbours, Gi*, write, style) | {0:.2f} |".format(ours[
            "first_s"]),
        "| socharm:hotspots in process, median of later runs | {0:.2f} |".format(ours["median_s"]),
        "| &nbsp;&nbsp;steps of the first run: {0} | {1} |".format(
            " / ".join(ours["steps_first"]), " / ".join("{0:.2f}".format(v) for v in ours["steps_first"].values())),
        "| **ratio ours first run / esda first call** (target <= {0}) | **{1:.3f}** |".format(TARGET, ratio),
        "| ratio ours median / esda first call | {0:.3f} |".format(ours["median_s"] / esda["seconds"]),
        "| largest z difference from esda (same weights) | {0:.1e} |".format(max_dz),
        "| hot / cold spots after the false discovery rate at 0.05 | {0} / {1} |".format(ours["hot"], ours["cold"]),
        "| areas with p < 0.05 before the correction / at the smallest p (0.002) | {0} / {1} |".format(
            ours["p_below_005"], ours["p_at_floor"]),
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--areas", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240505)
    parser.add_argument("--repeats", type=int, default=3, help="runs after the first (median taken)")
    parser.add_argument("--json", action="store_true", help="also write build/bench/hotspots.json")
    args = parser.parse_args(argv)

    path = make_data(args.areas, args.seed)
    out_dir = BENCH_DIR / "hotspots-runs"
    out_dir.mkdir(parents=True, exist_ok=True)
    esda = run_esda(path)
    reference_z = esda_z(path)  # before QGIS starts: its exit deregisters GDAL's drivers
    ours = run_ours(path, out_dir, args.repeats)
    max_dz = float(np.nanmax(np.abs(ours["z"] - reference_z)))
    print(table(ours, esda, max_dz, args.areas))
    ratio = ours["first_s"] / esda["seconds"]
    if args.json:
        record = {"areas": args.areas, "permutations": PERMUTATIONS, "target": TARGET, "ratio": ratio,
                  "ours": {k: v for k, v in ours.items() if k != "z"}, "esda": esda, "max_z_difference": max_dz}
        (BENCH_DIR / "hotspots.json").write_text(json.dumps(record, indent=2, default=float))
    return 0 if ratio <= TARGET and max_dz < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())
