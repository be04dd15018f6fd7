"""Benchmark: importing the 59 City of London data.police.uk files (37,802 rows).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_import [--repeats 3] [--data DIR]

Times, in one QGIS process (a subprocess of this one, so the caller needs no
QgsApplication), the median of ``--repeats`` runs of:

1. the pure reading of the files (``domain.policeuk``: decode, parse, judge
   every row, find duplicates), no QGIS;
2. ``socharm:importpoliceuk`` through ``processing.run``, writing OUTPUT and
   REJECTED GeoPackages;
3. QGIS's own way, as a user would do it by hand: each file loaded as a
   delimited-text point layer (EPSG:4326) and ``native:mergevectorlayers`` into
   one GeoPackage in EPSG:27700 (no month typing, no duplicate check, no
   accounting of rows without coordinates);
4. ``native:createpointslayerfromtable`` on the same rows merged beforehand
   into one CSV (the merge is not timed), to EPSG:27700.

Prints a markdown table with seconds, rows per second and the ratio to
``socharm:importpoliceuk``. The data are ../shared/data/policeuk/city-of-london/crimes.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "policeuk" / "city-of-london" / "crimes"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def _median_time(fn, repeats: int):
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def worker(data: Path, repeats: int) -> dict:
    """All timings in this process; returns the figures as a dict."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication, QgsVectorLayer

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.insert(0, QGIS_PLUGINS)
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import soc_harm_plugin
    from soc_harm_plugin.domain import policeuk

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()

    files = sorted(data.glob("*-street.csv"))
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    figures = {"files": len(files)}
    try:
        def parse():
            rows = policeuk.read_crime_files(policeuk.find_crime_files(data))
            rows.mark_duplicates()
            rows.count_by_file()
            return rows.reconciliation()

        figures["parse_s"], rec = _median_time(parse, repeats)
        figures["rows"] = rec["rows_in"]

        counter = iter(range(10 ** 6))

        def ours():
            n = next(counter)
            out, rejected = work / "ours_{0}.gpkg".format(n), work / "ours_rejected_{0}.gpkg".format(n)
            result = processing.run("socharm:importpoliceuk", {"INPUT": str(data), "OUTPUT": str(out), "REJECTED": str(
                rejected)})
            return result["IMPORTED"], result["REJECTED_ROWS"]

        processing.run("socharm:importpoliceuk", {"INPUT": str(files[0]), "OUTPUT": "TEMPORARY_OUTPUT"})  # warm-up
        figures["ours_s"], (imported, rejected) = _median_time(ours, repeats)
        figures["ours_features"] = imported
        figures["ours_rejected"] = rejected

        def native_merge():
            n = next(counter)
            layers = []
            for path in files:
                uri = "file://{0}?type=csv&xField=Longitude&yField=Latitude&crs=EPSG:4326&detectTypes=no&geomType=point".format(path)
                layer = QgsVectorLayer(uri, path.stem, "delimitedtext")
                assert layer.isValid(), path
                layers.append(layer)
            out = work / "native_merge_{0}.gpkg".format(n)
            result = processing.run("native:mergevectorlayers", {"LAYERS": layers, "CRS": "EPSG:27700", "OUTPUT": str(
                out)})
            return QgsVectorLayer(result["OUTPUT"], "merged", "ogr").featureCount()

        figures["native_merge_s"], figures["native_merge_features"] = _median_time(native_merge, repeats)

        merged = work / "merged.csv"
        with open(merged, "w", newline="", encoding="utf-8") as handle:
            writer = None
            for path in files:
                with open(path, newline="", encoding="utf-8-sig") as source:
                    reader = csv.reader(source)
                    header = next(reader)
                    if writer is None:
                        writer = csv.writer(handle)
                        writer.writerow(header)
                    writer.writerows(reader)

        def native_table():
            n = next(counter)
            uri = "file://{0}?type=csv&detectTypes=no&geomType=none".format(merged)
            table = QgsVectorLayer(uri, "merged", "delimitedtext")
            out = work / "native_table_{0}.gpkg".format(n)
            result = processing.run("native:createpointslayerfromtable", {
                "INPUT": table, "XFIELD": "Longitude", "YFIELD": "Latitude", "TARGET_CRS": "EPSG:4326",
                                                                          "OUTPUT": "memory:"})
            done = processing.run("native:reprojectlayer", {"INPUT": result["OUTPUT"], "TARGET_CRS": "EPSG:27700",
                                                            "OUTPUT": str(out)})
            return QgsVectorLayer(done["OUTPUT"], "points", "ogr").featureCount()

        figures["native_table_s"], figures["native_table_features"] = _median_time(native_table, repeats)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def table(figures: dict) -> str:
    rows = figures["rows"]

    def line(name, seconds, features, note):
        ratio = seconds / figures["ours_s"] if figures["ours_s"] else float("nan")
        return "| {0} | {1:.3f} | {2:,.0f} | {3} | {4:.2f}x | {5} |".format(
            name, seconds, rows / seconds if seconds else float("nan"), features, ratio, note)

    out = [
        "Import of {0} data.police.uk files, {1:,} rows (median of {2})".format(figures["files"], rows, figures[
            "repeats"]),
        "",
        "| what | seconds | rows/s | features out | time vs importpoliceuk | note |",
        "|---|---:|---:|---:|---:|---|",
        line("domain.policeuk read (no QGIS)", figures["parse_s"], "-", "decode, parse, judge rows, duplicates"),
        line("socharm:importpoliceuk", figures["ours_s"], "{0:,} + {1:,} rejected".format(figures["ours_features"],
                figures["ours_rejected"]),
             "GeoPackage OUTPUT and REJECTED, provenance, style"),
        line("delimited text x59 + native:mergevectorlayers", figures["native_merge_s"], "{0:,}".format(figures[
            "native_merge_features"]),
             "EPSG:27700 GeoPackage; no month date, no duplicate check"),
        line("native:createpointslayerfromtable + reproject", figures["native_table_s"], "{0:,}".format(figures[
            "native_table_features"]),
             "one merged CSV (merge not timed)"),
    ]
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of street CSV files")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print("needs ../shared: {0} is absent; nothing to time".format(args.data))
        return 0
    if args.worker:
        figures = worker(args.data, args.repeats)
        print("RESULT " + json.dumps(figures))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run([sys.executable, "-m", "tools.bench_import", "--worker", "--repeats", str(args.repeats),
                           "--data", str(args.data)], cwd=str(REPO), env=env, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        print("bench_import worker failed ({0}):\n{1}\n{2}".format(done.returncode, done.stdout[-3000:], done.stderr[
            -3000:]))
        return 1
    figures = json.loads(lines[-1][len("RESULT "):])
    figures["repeats"] = args.repeats
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
