"""Demo step: change over time in the sample force.

1. ``socharm:harmchange``: wards, 2024 against 2023 (the same period a year
   earlier), and sectors, the last quarter of 2024 against the same quarter
   of 2023; each area's counts, harm, % change, p-values and change class
   (``wards_change.gpkg``, ``sectors_change_q4.gpkg``, styled by
   ``change_class``), and ``change_map.png`` of the wards when a QGIS
   application is running; what drove each ward's change, by offence
   category (``wards_drivers.csv``, the DRIVERS output), and the drivers of
   the ward that changed most in words.
2. ``socharm:harmtrend``: harm by month per sector and for the force, with
   Mann-Kendall trends, Sen's slopes and the latest month against its band
   (``sectors_trend.csv``, ``sectors_trend_summary.csv``, ``harm_trend.png``
   and ``harm_trend.svg``).
3. ``socharm:performanceframework``: the shipped SOC place-based harm scheme's
   measures, month, quarter and 12 months to December 2024 against a year
   earlier (``performance_framework.csv`` and ``performance_framework.png``).

    python -m tools.demo_change --out output/demo

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SOC_LAYERS = ("offences", "offence_nominal_links", "nominals", "cannabis_farms", "firearms_discharges",
              "drug_deaths", "firearms_intel")


def _layer(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def _checked(result: dict, what: str) -> dict:
    if result.get("_returncode") != 0:
        raise RuntimeError("{0} failed:\n{1}".format(what, result.get("_stderr", "")[-3000:]))
    return result


def _offences(gpkg: Path) -> dict:
    # qgis_process 3.22 reports field parameters with defaults as missing: every one is passed
    return {"EVENTS": _layer(gpkg, "offences"), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
            "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50}


def harm_change(qp, gpkg: Path, layer: str, id_field: str, name_field: str, start: str, end: str, out: Path,
                drivers: Optional[Path] = None) -> dict:
    params = {"AREAS": _layer(gpkg, layer), "AREA_ID": id_field, "AREA_NAME": name_field,
              "CURRENT_START": start, "CURRENT_END": end, "BASELINE": 1, "N_PERIODS": 3, "ALPHA": 0.05, "SEED": 1,
              "DRIVER_BY": 0, "OUTPUT": str(out)}
    if drivers is not None:
        params["DRIVERS"] = str(drivers)
    params.update(_offences(gpkg))
    return _checked(qp.run("socharm:harmchange", params), "socharm:harmchange ({0})".format(layer))


def harm_trend(qp, gpkg: Path, demo_dir: Path) -> dict:
    params = {"AREAS": _layer(gpkg, "sectors"), "AREA_ID": "sector_id", "AREA_NAME": "sector_name", "UNIT": 0,
              "ALPHA": 0.05, "BAND_SD": 2.0, "BASELINE_PERIODS": 0, "TOP_AREAS": 5,
              "OUTPUT": str(demo_dir / "sectors_trend.csv"), "SUMMARY": str(demo_dir / "sectors_trend_summary.csv"),
              "CHART": str(demo_dir / "harm_trend.png"), "CHART_SVG": str(demo_dir / "harm_trend.svg")}
    params.update(_offences(gpkg))
    return _checked(qp.run("socharm:harmtrend", params), "socharm:harmtrend")


def performance_framework(qp, gpkg: Path, demo_dir: Path) -> dict:
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes

    return _checked(qp.run("socharm:performanceframework", {
        "AREAS": _layer(gpkg, "sectors"), "AREA_ID": "sector_id", "AREA_NAME": "sector_name",
        "SCHEME": str(builtin_schemes()["soc_place_harm"]), "LAYERS": [_layer(gpkg, n) for n in SOC_LAYERS],
        "THEMES": 0, "PERIOD_END": "2024-12-31", "BASELINE": 1, "N_PERIODS": 3, "ALPHA": 0.05, "SEED": 1,
        "BY_AREA": "true", "TOLERANCE": 50, "OUTPUT": str(demo_dir / "performance_framework.csv"),
        "CHART": str(demo_dir / "performance_framework.png"),
    }), "socharm:performanceframework")


def render_change_map(change_gpkg: Path, gpkg: Path, png: Path, title: str, subtitle: str) -> bool:
    """The wards coloured by change_class, sectors outlined; only when a QGIS application runs."""
    try:
        from qgis.core import QgsApplication, QgsFillSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer
    except ImportError:
        return False
    if QgsApplication.instance() is None:
        return False
    from soc_harm_plugin.qgis_io.map_export import export_map

    project = QgsProject.instance()
    wards = QgsVectorLayer(str(change_gpkg), "Change in harm by ward", "ogr")
    sectors = QgsVectorLayer(_layer(gpkg, "sectors"), "Sectors", "ogr")
    sectors.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#252525", "outline_width": "0.7"})))
    project.addMapLayers([wards, sectors])
    try:
        export_map([wards, sectors], png, title, subtitle, project=project)
    finally:
        project.removeMapLayers([wards.id(), sectors.id()])
    return True


def _classes(path: Path) -> dict:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    counts: dict = {}
    for feature in layer:
        key = feature.GetField("change_class")
        counts[key] = counts.get(key, 0) + 1
    ds = None
    return counts


def _force_summary(path: Path) -> dict:
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] == "force":
                return row
    return {}


def largest_change_in_words(drivers_csv: Path) -> str:
    """The drivers sentence of the ward whose harm changed most, from the DRIVERS table."""
    from soc_harm_plugin.domain.sharing.briefing import AreaFigures
    from soc_harm_plugin.domain.sharing.narrative import drivers_sentence

    areas: dict = {}
    with open(drivers_csv, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["scope"] == "area":
                areas.setdefault((row["area_id"], row["area_name"]), []).append(row)
    (_, name), rows = max(areas.items(), key=lambda item: abs(sum(float(r["harm_change"]) for r in item[1])))
    baseline = sum(float(r["harm_baseline"]) for r in rows)
    change = sum(float(r["harm_change"]) for r in rows)
    shares = sorted(((r["driver_label"], float(r["share_of_change"])) for r in rows if r["share_of_change"]
                     and float(r["share_of_change"]) > 0), key=lambda pair: -pair[1])
    pct = 100.0 * change / baseline if baseline else None
    return drivers_sentence(AreaFigures(key=name, label=name, change_pct=pct, drivers=shares))


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    """The change-over-time step of the demo; returns what it produced and measured."""
    demo_dir = Path(demo_dir)
    timings = {}
    started = time.perf_counter()
    wards_path = demo_dir / "wards_change.gpkg"
    drivers_path = demo_dir / "wards_drivers.csv"
    wards = harm_change(qp, gpkg, "wards", "ward_id", "ward_name", "2024-01-01", "2024-12-31", wards_path,
                        drivers_path)
    timings["harmchange_wards_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    sectors_path = demo_dir / "sectors_change_q4.gpkg"
    sectors = harm_change(qp, gpkg, "sectors", "sector_id", "sector_name", "2024-10-01", "2024-12-31", sectors_path)
    timings["harmchange_sectors_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    trend = harm_trend(qp, gpkg, demo_dir)
    timings["harmtrend_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    framework = performance_framework(qp, gpkg, demo_dir)
    timings["performanceframework_s"] = round(time.perf_counter() - started, 1)

    w = wards["results"]
    mapped = render_change_map(
        wards_path, gpkg, demo_dir / "change_map.png", "Change in harm by ward, 2024 against 2023",
        "CSS harm, relabelling test at 5 %: red = significant increase, blue = significant decrease, grey = no "
        "significant change, hatched = too few to tell. Force total {0:+.1f} % ({1}). Synthetic data.".format(
            w["FORCE_HARM_CHANGE_PCT"], w["FORCE_CHANGE_CLASS"]))
    ward_classes = _classes(wards_path)
    force_trend = _force_summary(demo_dir / "sectors_trend_summary.csv")
    t = trend["results"]
    print("Change in harm, wards, 2024 against 2023: force {0:+.1f} % ({1}, p = {2:.3g}); wards: {3}".format(
        w["FORCE_HARM_CHANGE_PCT"], w["FORCE_CHANGE_CLASS"], w["FORCE_P_HARM"],
        ", ".join("{0} {1}".format(n, k) for k, n in sorted(ward_classes.items()))))
    print("What drove the largest change: {0}".format(largest_change_in_words(drivers_path)))
    s = sectors["results"]
    print("Change in harm, sectors, Q4 2024 against Q4 2023: force {0:+.1f} % ({1})".format(
        s["FORCE_HARM_CHANGE_PCT"], s["FORCE_CHANGE_CLASS"]))
    print("Harm by month: force trend {0} (tau {1:.2f}, p {2:.3g}); latest month {3}: {4} its band".format(
        t["FORCE_TREND_CLASS"], t["FORCE_MK_TAU"], t["FORCE_MK_P"], t["LATEST_PERIOD"], t["FORCE_LATEST_FLAG"]))
    files = [wards_path.name, drivers_path.name, sectors_path.name, "sectors_trend.csv", "sectors_trend_summary.csv",
             "harm_trend.png", "harm_trend.svg", "performance_framework.csv", "performance_framework.png"]
    if mapped:
        files.append("change_map.png")
    return {
        "files": files,
        "wards_2024_vs_2023": {"force_change_class": w["FORCE_CHANGE_CLASS"], "force_harm_change_pct": w[
            "FORCE_HARM_CHANGE_PCT"],
                               "force_p_harm": w["FORCE_P_HARM"], "force_p_count": w["FORCE_P_COUNT"],
                               "wards": ward_classes},
        "sectors_q4_2024_vs_q4_2023": {"force_change_class": s["FORCE_CHANGE_CLASS"],
                                       "force_harm_change_pct": s["FORCE_HARM_CHANGE_PCT"]},
        "trend": {"force_trend_class": t["FORCE_TREND_CLASS"], "force_mk_p": t["FORCE_MK_P"],
                  "force_sen_slope": t["FORCE_SEN_SLOPE"], "latest_period": t["LATEST_PERIOD"],
                  "latest_flag": t["FORCE_LATEST_FLAG"], "force_row": force_trend},
        "framework_rows": _rows(demo_dir / "performance_framework.csv"),
        "seconds": timings,
        "framework_outputs": sorted(framework["results"]),
    }


def _rows(path: Path) -> int:
    with open(path, newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args(argv)
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg
    from tools.qgis_cli import QgisProcess

    out_dir = args.out.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / "sample_force.gpkg"
    if not gpkg.exists():
        write_gpkg(generate_force(seed=args.seed), gpkg)
    qp = QgisProcess(REPO / "build" / "qgis_process_change")
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(json.dumps(run(out_dir, gpkg, qp), indent=2, default=str))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
