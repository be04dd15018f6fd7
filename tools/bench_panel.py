"""Benchmark: how long the SOC Harm panel takes to fill with 10,000 areas.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_panel                  # 10,000 areas, 1,000,000 records
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_panel --points 100000 --areas 2500

1. The areas and points are those of ``make bench`` (``tools.bench.generate``:
   ``make_areas`` + ``write_areas_gpkg``, seeded and cached under
   ``build/bench/data-<key>/``), so a machine that ran the main benchmark
   reuses them.
2. ``socharm:scoreharm`` scores them once in this process, with the RECORDS
   output (one row per point), cached under ``build/bench/panel-<key>/``.
3. The panel (``SocHarmPanel`` with a stub iface and a real map canvas,
   offscreen) is timed: filling the ranking model from the scored layer
   (the ranking model then holds every area: row count = feature count),
   sorting by harm, filtering by text, selecting the top area (its records
   read from the records GeoPackage by a filter expression, and the
   composition bar), and exporting the visible ranking to CSV. Median of
   ``--repeats`` runs; indicative only on a shared machine.
4. Prints a markdown table and writes the figures to ``build/bench/panel_results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.bench import BENCH_DIR, QGIS_PLUGINS, generate  # noqa: E402  (make_areas + write_areas_gpkg, cached)


class StubIface:
    """What the panel asks of QGIS's iface, for a run without the desktop."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def mainWindow(self):  # noqa: N802
        return self.window

    def activeLayer(self):  # noqa: N802
        return None

    def messageBar(self):  # noqa: N802
        return None

    def openFeatureForm(self, *args):  # noqa: N802
        return True


def score(meta: dict, out_dir: Path) -> dict:
    import processing

    scored = out_dir / "areas_harm.gpkg"
    records = out_dir / "records.gpkg"
    done = out_dir / "done.json"
    if done.is_file():
        return json.loads(done.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in (scored, records):
        if path.exists():
            path.unlink()
    started = time.perf_counter()
    processing.run("socharm:scoreharm", {
        "AREAS": "{0}|layername=areas".format(meta["areas_gpkg"]), "AREA_ID": "area_id",
        "EVENTS": "{0}|layername=points".format(meta["points_gpkg"]), "CODE_FIELD": "ho_code",
        "GEOGRAPHY": 4, "OUTPUT": str(scored), "RECORDS": str(records)})
    info = {"scored": str(scored), "records": str(records), "score_seconds": round(time.perf_counter() - started, 1)}
    done.write_text(json.dumps(info), encoding="utf-8")
    return info


def time_once(panel, layer, work: Path) -> dict:
    from qgis.PyQt.QtCore import QCoreApplication

    out = {}
    t0 = time.perf_counter()
    panel.set_layer(layer)
    QCoreApplication.processEvents()
    out["fill"] = time.perf_counter() - t0
    out["rows"] = panel.ranking_model.rowCount()
    t0 = time.perf_counter()
    panel.sort_by("harm", descending=True)
    out["sort"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    panel.set_filter_text("A00")
    out["filter"] = time.perf_counter() - t0
    out["filtered_rows"] = panel.ranking_proxy.rowCount()
    panel.set_filter_text("")
    panel.sort_by("rank")
    t0 = time.perf_counter()
    panel.select_rows([0])
    QCoreApplication.processEvents()
    out["select"] = time.perf_counter() - t0
    out["records"] = panel.records_model.rowCount()
    t0 = time.perf_counter()
    panel.export_ranking(str(work / "ranking.csv"))
    out["export"] = time.perf_counter() - t0
    panel.set_layer(None)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--areas", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240202)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = REPO / "build" / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    meta = generate(args.points, args.areas, args.seed)

    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], True)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.insert(0, QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    import soc_harm_plugin
    from soc_harm_plugin.gui.harm_panel import SocHarmPanel

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()
    info = score(meta, BENCH_DIR / "panel-{0}".format(meta["key"]))

    project = QgsProject.instance()
    layer = QgsVectorLayer(info["scored"], "areas harm", "ogr")
    project.addMapLayer(layer)
    iface = StubIface()
    iface.canvas.setDestinationCrs(layer.crs())
    iface.canvas.setLayers([layer])
    panel = SocHarmPanel(iface, iface.window)
    panel.resize(900, 900)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeats):
            runs.append(time_once(panel, layer, Path(tmp)))
    panel.teardown()
    feature_count = layer.featureCount()

    def med(key):
        return statistics.median(r[key] for r in runs)

    results = {
        "areas": feature_count, "records_in_layer": meta["points"], "repeats": args.repeats,
        "rows": runs[-1]["rows"], "row_count_equals_feature_count": runs[-1]["rows"] == feature_count,
        "fill_s": med("fill"), "fill_all_s": [round(r["fill"], 3) for r in runs], "sort_s": med("sort"),
        "filter_s": med("filter"), "filtered_rows": runs[-1]["filtered_rows"], "select_s": med("select"),
        "records_of_top_area": runs[-1]["records"], "export_s": med("export"), "score_seconds": info["score_seconds"],
    }
    (BENCH_DIR / "panel_results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print()
    print("SOC Harm panel, {0:,} areas, records layer of {1:,} rows (median of {2} runs):".format(
        feature_count, meta["points"], args.repeats))
    print()
    print("| step | seconds | what |")
    print("|---|---:|---|")
    print("| fill the ranking | {0:.3f} | {1:,} rows (= feature count: {2}) |".format(
        results["fill_s"], results["rows"], "yes" if results["row_count_equals_feature_count"] else "NO"))
    print("| sort by harm, descending | {0:.3f} | every row |".format(results["sort_s"]))
    print("| filter by text 'A00' | {0:.3f} | {1:,} rows shown |".format(results["filter_s"], results["filtered_rows"]))
    print("| select the top area | {0:.3f} | map selection, {1:,} records listed, composition bar |".format(
        results["select_s"], results["records_of_top_area"]))
    print("| export the ranking to CSV | {0:.3f} | {1:,} rows, safe to share |".format(results["export_s"], results[
        "rows"]))
    project.clear()
    del panel
    plugin.unload()
    app.exitQgis()
    return 0 if results["row_count_equals_feature_count"] else 1


if __name__ == "__main__":
    sys.exit(main())
