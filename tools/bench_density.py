"""Benchmark: ``socharm:harmdensity`` against QGIS's ``qgis:heatmapkerneldensityestimation``.

    .venv/bin/python -m tools.bench_density                    # 1,000,000 points, 100 m pixels, 1,000 m radius
    .venv/bin/python -m tools.bench_density --points 100000 --repeats 1

What it does (issue 5, "Speed": harm density on 1M points at most 0.1 x QGIS's heatmap):

1. Takes the weighted points of ``tools/bench.py`` (seeded, cached under
   ``build/bench/``): N offences with a Home Office ``ho_code`` and a ``weight``
   field holding that code's weight in the built-in ONS CSS table, so QGIS's
   heatmap can weight by a field what ours weights by the table.
2. In this one process (one QgsApplication, plugin loaded as QGIS loads it),
   runs both algorithms once on the 1,000-point warm-up layer, then
   alternately ``--repeats`` times each on the full layer through
   ``processing.run``, with the same radius, pixel size and kernel (quartic),
   QGIS with the weight field and raw output values. Reading the layer and
   writing the GeoTIFF are in both times.
3. Compares the two surfaces: ours is sampled (bilinearly) at the centres of
   QGIS's pixels, and the Pearson correlation and the ratio of values are
   reported. The units differ: QGIS's raw values are sum(weight x kernel
   shape), with the shape 1 at the centre; ours is harm per km2, the kernel
   scaled to hold each record's harm exactly. The expected ratio is
   1 / (sum of the kernel shape over its pixels x pixel area in km2).
4. Prints a markdown table; ``--json`` also writes ``build/bench/density.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
OURS = "socharm:harmdensity"
QGIS_HEATMAP = "qgis:heatmapkerneldensityestimation"
TARGET = 0.1


def _params(alg: str, layer: str, output: Path, radius: float, pixel: float) -> dict:
    if alg == QGIS_HEATMAP:
        return {"INPUT": layer, "RADIUS": radius, "PIXEL_SIZE": pixel, "WEIGHT_FIELD": "weight",
                "KERNEL": 0, "OUTPUT_VALUE": 0, "OUTPUT": str(output)}
    return {"EVENTS": layer, "CODE_FIELD": "ho_code", "HARM_TABLE": 0, "MISSING_WEIGHT": 1,
            "BANDWIDTH": radius, "PIXEL_SIZE": pixel, "KERNEL": 0, "OUTPUT": str(output)}


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + ".aux.xml"), path.with_suffix(".qml"), path.with_suffix(".qmd")):
        if p.exists():
            p.unlink()


def _read(path: Path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = 0.0
    return values, ds.GetGeoTransform()


def bilinear(values: np.ndarray, transform, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The raster's values at (x, y), interpolated between pixel centres (0 off the raster)."""
    west, px, _, north, _, py = transform
    fx = (x - west) / px - 0.5
    fy = (y - north) / py - 0.5
    i0 = np.floor(fx).astype(np.int64)
    j0 = np.floor(fy).astype(np.int64)
    tx, ty = fx - i0, fy - j0
    rows, cols = values.shape
    padded = np.zeros((rows + 2, cols + 2))
    padded[1:-1, 1:-1] = values
    i0 = np.clip(i0 + 1, 0, cols)
    j0 = np.clip(j0 + 1, 0, rows)
    return (padded[j0, i0] * (1 - tx) * (1 - ty) + padded[j0, i0 + 1] * tx * (1 - ty)
            + padded[j0 + 1, i0] * (1 - tx) * ty + padded[j0 + 1, i0 + 1] * tx * ty)


def compare(ours_path: Path, qgis_path: Path, radius: float, pixel: float, total_weight: float) -> dict:
    from soc_harm_plugin.domain.analyses.density import kernel_profile

    ours, ours_t = _read(ours_path)
    theirs, their_t = _read(qgis_path)
    rows, cols = theirs.shape
    west, px, _, north, _, py = their_t
    cx = west + (np.arange(cols) + 0.5) * px
    cy = north + (np.arange(rows) + 0.5) * py
    gx, gy = np.meshgrid(cx, cy)
    sampled = bilinear(ours, ours_t, gx.ravel(), gy.ravel())
    flat = theirs.ravel()
    either = (flat > 0) | (sampled > 0)
    correlation = float(np.corrcoef(sampled[either], flat[either])[0, 1])
    strong = flat > np.quantile(flat[flat > 0], 0.5)
    ratio = sampled[strong] / flat[strong]
    r = int(np.ceil(radius / pixel - 1e-9))
    offsets = np.arange(-r, r + 1) * pixel
    shape_sum = float(kernel_profile("quartic", np.hypot(*np.meshgrid(offsets, offsets)) / radius).sum())
    km2 = (pixel / 1000.0) ** 2
    return {
        "correlation": correlation,
        "ratio_median": float(np.median(ratio)),
        "ratio_p05": float(np.quantile(ratio, 0.05)),
        "ratio_p95": float(np.quantile(ratio, 0.95)),
        "expected_ratio": 1.0 / (shape_sum * km2),
        "ours_integral": float(ours.sum() * km2),
        "qgis_sum": float(theirs.sum()),
        "qgis_sum_over_shape_sum": float(theirs.sum() / shape_sum),
        "total_weight": total_weight,
        "ours_shape": list(ours.shape), "qgis_shape": [rows, cols],
        "ours_origin": [ours_t[0], ours_t[3]], "qgis_origin": [their_t[0], their_t[3]],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--areas", type=int, default=10_000, help="only to find tools/bench.py's cached data")
    parser.add_argument("--seed", type=int, default=20240202)
    parser.add_argument("--radius", type=float, default=1000.0, help="kernel radius (bandwidth), metres")
    parser.add_argument("--pixel", type=float, default=100.0, help="pixel size, metres")
    parser.add_argument("--repeats", type=int, default=3, help="alternating runs of each (median taken)")
    parser.add_argument("--json", action="store_true", help="also write build/bench/density.json")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tools.bench import BENCH_DIR, generate

    meta = generate(args.points, args.areas, args.seed)
    run_dir = BENCH_DIR / "density"
    run_dir.mkdir(parents=True, exist_ok=True)

    from qgis.core import Qgis, QgsApplication

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

    points = "{0}|layername=points".format(meta["points_gpkg"])
    warmup = "{0}|layername=warmup".format(meta["warmup_gpkg"])
    outs = {OURS: run_dir / "ours.tif", QGIS_HEATMAP: run_dir / "qgis.tif"}
    for alg in (QGIS_HEATMAP, OURS):
        out = run_dir / "warmup-{0}.tif".format(alg.split(":")[0])
        _remove(out)
        processing.run(alg, _params(alg, warmup, out, args.radius, args.pixel))
    times = {QGIS_HEATMAP: [], OURS: []}
    results = {}
    for i in range(args.repeats):
        for alg in (QGIS_HEATMAP, OURS):
            _remove(outs[alg])
            started = time.perf_counter()
            results[alg] = processing.run(alg, _params(alg, points, outs[alg], args.radius, args.pixel))
            times[alg].append(time.perf_counter() - started)
            print("{0} #{1}: {2:.2f} s".format(alg, i + 1, times[alg][-1]), flush=True)
    theirs, ours = statistics.median(times[QGIS_HEATMAP]), statistics.median(times[OURS])
    check = compare(outs[OURS], outs[QGIS_HEATMAP], args.radius, args.pixel, meta["total_weight"])
    ratio = ours / theirs
    rows = [
        ("points (weighted, EPSG:27700)", "{0:,}".format(meta["points"])),
        ("radius / pixel size / kernel", "{0:g} m / {1:g} m / quartic".format(args.radius, args.pixel)),
        ("QGIS heatmap, in-process (median of {0})".format(args.repeats), "{0:.2f} s".format(theirs)),
        ("socharm:harmdensity, in-process (median of {0})".format(args.repeats), "{0:.3f} s".format(ours)),
        ("ratio ours / QGIS (target <= {0})".format(TARGET), "{0:.3f} ({1})".format(ratio,
                "MET" if ratio <= TARGET else "NOT MET")),
        ("all runs, QGIS", ", ".join("{0:.2f}".format(t) for t in times[QGIS_HEATMAP])),
        ("all runs, ours", ", ".join("{0:.3f}".format(t) for t in times[OURS])),
        ("correlation of the surfaces (ours sampled at QGIS's pixel centres)", "{0:.5f}".format(check["correlation"])),
        ("ours / QGIS raw, median over QGIS's upper half (5-95 %)", "{0:.4g} ({1:.4g} - {2:.4g})".format(
            check["ratio_median"], check["ratio_p05"], check["ratio_p95"])),
        ("expected ratio: 1 / (kernel shape sum x pixel km2)", "{0:.4g}".format(check["expected_ratio"])),
        ("ours: sum x pixel km2 (= harm held)", "{0:,.1f}".format(check["ours_integral"])),
        ("QGIS: sum / kernel shape sum", "{0:,.1f}".format(check["qgis_sum_over_shape_sum"])),
        ("harm of the points (ours counted {0:,})".format(int(results[OURS]["ASSIGNED"])), "{0:,.1f}".format(results[
            OURS]["TOTAL_HARM"])),
        ("units", "QGIS raw: sum of weight x kernel shape (1 at a point); ours: harm per km2 (integrates to the harm)"),
        ("QGIS {0}".format(Qgis.QGIS_VERSION), "numpy {0}".format(np.__version__)),
    ]
    print("\n| measure | value |\n|---|---|")
    for name, value in rows:
        print("| {0} | {1} |".format(name, value))
    if args.json:
        (BENCH_DIR / "density.json").write_text(json.dumps({
            "data": meta, "radius": args.radius, "pixel": args.pixel, "times": times,
            "qgis_s": theirs, "ours_s": ours, "ratio": ratio, "target": TARGET, "check": check,
        }, indent=1, default=str), encoding="utf-8")
    plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
