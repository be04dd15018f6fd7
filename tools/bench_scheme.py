"""Benchmark: the nine-measure SOC scheme against one measure, and against QGIS's native tools.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_scheme

On the sample force (seeded, 60,000 offences; cached in build/bench/scheme/),
in one QgsApplication, median of --repeats runs each, sectors as areas:

- ``socharm:scoreharm``: one measure (every offence, CSS by Home Office code);
- ``socharm:scorescheme`` with the shipped "SOC place-based harm" scheme: nine
  measures over seven layers, each layer read once, each record placed once;
- native: what QGIS's own tools need for the same nine counts: one
  ``native:countpointsinpolygon`` per measure on its source layer, after
  ``native:extractbyexpression`` where the measure has a filter. Native tools
  cannot follow links to nominals, so the two linked measures count the whole
  offence layer there: a lower bound on the native work, with no weights.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

OUT = REPO / "build" / "bench" / "scheme"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def _force(seed: int) -> Path:
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg

    path = OUT / "force-{0}.gpkg".format(seed)
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        write_gpkg(generate_force(seed=seed), path)
    return path


def _timed(fn, repeats: int):
    times = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import soc_harm_plugin
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes, load_scheme

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()
    gpkg = _force(args.seed)
    scheme_path = builtin_schemes()["soc_place_harm"]
    scheme = load_scheme(scheme_path)

    def uri(name):
        return "{0}|layername={1}".format(gpkg, name)

    areas = uri("sectors")
    single = _timed(lambda: processing.run("socharm:scoreharm", {
        "AREAS": areas, "AREA_ID": "sector_id", "EVENTS": uri("offences"), "CODE_FIELD": "ho_code",
        "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "OUTPUT": "TEMPORARY_OUTPUT"}), args.repeats)
    nine = _timed(lambda: processing.run("socharm:scorescheme", {
        "AREAS": areas, "AREA_ID": "sector_id", "SCHEME": str(scheme_path),
        "LAYERS": [uri(n) for n in scheme.layers()], "OUTPUT": "TEMPORARY_OUTPUT"}), args.repeats)

    def native_nine():
        for m in scheme.measures:
            points = uri(m.layer)
            if m.filter:
                points = processing.run("native:extractbyexpression", {
                    "INPUT": points, "EXPRESSION": m.filter, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            processing.run("native:countpointsinpolygon", {
                "POLYGONS": areas, "POINTS": points, "FIELD": "n", "OUTPUT": "TEMPORARY_OUTPUT"})

    native = _timed(native_nine, args.repeats)
    records = sum(int(processing.run("native:extractbyexpression", {
        "INPUT": uri(name), "EXPRESSION": "true", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"].featureCount())
        for name in scheme.layers() if name != "offence_nominal_links")

    print("| run (in-process, sectors of the sample force, median of {0}) | seconds | vs native nine |".format(
        args.repeats))
    print("|---|---|---|")
    print("| `socharm:scoreharm`, one measure (60,000 offences) | {0:.2f} | |".format(single[0]))
    print("| `socharm:scorescheme`, nine measures, seven layers ({0:,} records) | {1:.2f} | **{2:.2f}** |".format(
        records, nine[0], nine[0] / native[0]))
    print("| native: 9 x countpointsinpolygon (+ extractbyexpression for filters; no weights, no links) | {0:.2f} "
          "| 1 |".format(native[0]))
    print()
    print("nine measures / one measure: {0:.2f}x the time".format(nine[0] / single[0]))
    print("runs: single {0}, nine {1}, native {2}".format(
        [round(t, 2) for t in single[1]], [round(t, 2) for t in nine[1]], [round(t, 2) for t in native[1]]))
    plugin.unload()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
