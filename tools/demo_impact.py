"""Demo step: did the sample force's operation work? socharm:interventionimpact through qgis_process.

1. TARGET: the sample's ``operations`` layer, the ward where the seeded
   operation ran from January 2024 (it prevented 40 % of the ward's offences
   and pushed 30 % of those into its neighbours; ``tools/sample/operation.py``).
2. A 500 m buffer around it; the control is the rest of the force.
3. Before: 2023; after: January to June 2024 (before the rising sector's
   last six months, so the control's crime is otherwise stationary).
4. ``impact_by_zone.gpkg`` (the table), ``impact_zones.gpkg`` (the map layer,
   styled), ``impact_by_zone.csv``, ``impact_results.csv`` and ``impact_map.png``;
   the figures are printed beside what was planted.

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls; alone:

    python -m tools.demo_impact --out output/demo
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BEFORE = ("2023-01-01", "2023-12-31")
AFTER = ("2024-01-01", "2024-06-30")
BUFFER_M = 500
RESULT_ORDER = ("ODDS_RATIO", "ODDS_RATIO_LOW", "ODDS_RATIO_HIGH", "HARM_EFFECT", "HARM_EFFECT_LOW", "HARM_EFFECT_HIGH",
                "WDQ_COUNT", "WDQ_COUNT_LOW", "WDQ_COUNT_HIGH", "WDQ_HARM", "WDQ_HARM_LOW", "WDQ_HARM_HIGH",
                "TNE_COUNT", "TNE_HARM", "BUFFER_ODDS_RATIO", "BUFFER_ODDS_RATIO_LOW", "BUFFER_ODDS_RATIO_HIGH",
                "BUFFER_HARM_EFFECT", "BUFFER_HARM_EFFECT_LOW", "BUFFER_HARM_EFFECT_HIGH",
                "TARGET_CLASS", "BUFFER_CLASS", "TARGET_HARM_CLASS", "BUFFER_HARM_CLASS")


def _layer(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def parameters(demo_dir: Path, gpkg: Path) -> dict:
    return {"EVENTS": _layer(gpkg, "offences"), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
            "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0,
            "TARGET": _layer(gpkg, "operations"), "BUFFER_DISTANCE": BUFFER_M,
            "BEFORE_START": BEFORE[0], "BEFORE_END": BEFORE[1], "AFTER_START": AFTER[0], "AFTER_END": AFTER[1],
            "CONFIDENCE": 0.95, "DRAWS": 1999, "SEED": 1,
            "OUTPUT": str(demo_dir / "impact_by_zone.gpkg"), "ZONES": str(demo_dir / "impact_zones.gpkg")}


def _round(value):
    return round(value, 4) if isinstance(value, float) else ("" if value is None else value)


def write_csvs(demo_dir: Path, results: dict) -> None:
    from qgis.core import QgsVectorLayer

    table = QgsVectorLayer(str(demo_dir / "impact_by_zone.gpkg"), "t", "ogr")
    names = ["zone", "n_before", "n_after", "harm_before", "harm_after"]
    with open(demo_dir / "impact_by_zone.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for feature in table.getFeatures():
            writer.writerow([_round(feature[n]) if isinstance(feature[n], float) else feature[n] for n in names])
    with open(demo_dir / "impact_results.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["result", "value"])
        for key in RESULT_ORDER:
            writer.writerow([key, _round(results.get(key))])


def render_map(demo_dir: Path, gpkg: Path) -> None:
    from qgis.core import QgsFillSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    from soc_harm_plugin.qgis_io.map_export import export_map

    project = QgsProject.instance()
    zones = QgsVectorLayer(str(demo_dir / "impact_zones.gpkg"), "Zones by result", "ogr")
    wards = QgsVectorLayer(_layer(gpkg, "wards"), "Wards", "ogr")
    wards.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#969696", "outline_width": "0.2"})))
    project.addMapLayers([zones, wards])
    export_map([zones, wards], demo_dir / "impact_map.png", "Did it work? Operation Kestrel, sample force",
               "Target: the operation's ward; buffer: 500 m around it; control: the rest of the force. "
               "Styled by the result: a reduction blue, displacement orange. Synthetic data.",
               project=project)


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    from tools.sample.operation import DISPLACEMENT, planted_odds_ratio, planted_wdq

    result = qp.run("socharm:interventionimpact", parameters(demo_dir, gpkg), check=False)
    if result.get("_returncode") != 0:
        raise RuntimeError("socharm:interventionimpact failed:\n{0}".format(result.get("_stderr", "")[-3000:]))
    results = result.get("results", {})
    write_csvs(demo_dir, results)
    render_map(demo_dir, gpkg)

    def num(key):
        value = results.get(key)
        return "-" if value is None else "{0:.2f}".format(value)

    print("Operation Kestrel: before {0} to {1}, after {2} to {3}; buffer {4} m; control: the rest of the force".format(
        BEFORE[0], BEFORE[1], AFTER[0], AFTER[1], BUFFER_M))
    print("  relative effect (records) {0} (95 % interval {1} to {2}), planted {3:.2f}: {4}".format(
        num("ODDS_RATIO"), num("ODDS_RATIO_LOW"), num("ODDS_RATIO_HIGH"), planted_odds_ratio(),
                                                                                                    results.get("TARGET_CLASS")))
    print("  relative effect (harm)    {0} (95 % interval {1} to {2}), planted {3:.2f}: {4}".format(
        num("HARM_EFFECT"), num("HARM_EFFECT_LOW"), num("HARM_EFFECT_HIGH"), planted_odds_ratio(),
        results.get("TARGET_HARM_CLASS")))
    print("  WDQ (records) {0} (95 % interval {1} to {2}), planted {3:.2f} ({4:.0f} % of the prevented offences "
          "displaced): {5}".format(
        num("WDQ_COUNT"), num("WDQ_COUNT_LOW"), num("WDQ_COUNT_HIGH"), planted_wdq(), 100 * DISPLACEMENT,
        results.get("BUFFER_CLASS")))
    print("  WDQ (harm)    {0} (95 % interval {1} to {2}): {3}".format(
        num("WDQ_HARM"), num("WDQ_HARM_LOW"), num("WDQ_HARM_HIGH"), results.get("BUFFER_HARM_CLASS")))
    print("  total net effect: {0} records, {1} CSS points prevented, net of displacement".format(
        num("TNE_COUNT"), num("TNE_HARM")))
    for label, key, planted in (("relative effect (records)", "ODDS_RATIO", planted_odds_ratio()),
                                ("relative effect (harm)", "HARM_EFFECT", planted_odds_ratio()),
                                ("WDQ (records)", "WDQ_COUNT", planted_wdq())):
        low, high = results.get(key + "_LOW"), results.get(key + "_HIGH")
        found = low is not None and high is not None and low <= planted <= high
        print("  planted {0} {1:.2f} {2} the "
              "interval".format(label, planted, "lies within" if found else "lies OUTSIDE"))
    return results


def main(argv=None) -> int:
    import os

    from tools.qgis_cli import QgisProcess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    args = parser.parse_args(argv)
    demo_dir = args.out.resolve()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    run(demo_dir, demo_dir / "sample_force.gpkg", QgisProcess(REPO / "build" / "qgis_process"))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
