"""Demo step: harm hotspots in the sample force.

1. ``socharm:harmgrid``: the 2024 offences' harm in 500 m hexagons over the
   sectors (``grid_harm.gpkg``).
2. ``socharm:hotspots``: Getis-Ord Gi* of harm, queen contiguity, analytical
   z, false discovery rate, on the hexagons (``grid_hotspots.gpkg``,
   styled by ``gi_bin``, and ``hotspot_map.png``) and on the 40 wards scored
   by the base demo (``wards_hotspots.gpkg``: with so few, large areas and
   harm this concentrated, few if any wards pass the correction).
3. ``socharm:hotharm``: Gi* of record counts and of harm side by side on the
   hexagons: ``grid_hotharm.gpkg`` (styled by ``hotharm_class``) and ``hotharm_map.png``.
4. ``socharm:localmoran``: clusters and outliers of ward harm (``wards_clusters.gpkg``).
5. ``socharm:emerginghotspots``: the offences by month in the hexagons over the whole sample (24 months):
   ``grid_emerging.gpkg`` and ``grid_emerging_bins.gpkg``.

The statistics use the analytical z with the false discovery rate, as
ArcGIS's Hot Spot Analysis does: the sample's harm is so concentrated (a few
cells hold most of it) that conditional permutations, whose p-values do not
lean on the normal distribution, find almost nothing at this size.

Maps are rendered when a QGIS application is running (tools/demo.py starts one).

    python -m tools.demo_hotspots --out output/demo

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

START, END = "2024-01-01", "2024-12-31"
CELL_SIZE = 500.0

# analytical z with the false discovery rate, as ArcGIS's Hot Spot Analysis: the sample force's harm is so
# concentrated (a few cells hold most of it) that conditional permutations find almost nothing at this size
NEIGHBOUR_OPTIONS = {"NEIGHBOURS": 0, "DISTANCE": 2000, "K": 8, "ROW_STANDARDISE": False, "PERMUTATIONS": 0,
                     "SEED": 1, "CORRECTION": 1, "ALPHA": 0.05}


def _checked(result: dict, what: str) -> dict:
    if result.get("_returncode") != 0:
        raise RuntimeError("{0} failed:\n{1}".format(what, result.get("_stderr", "")[-3000:]))
    return result


def _timed(qp, alg: str, params: dict, timings: dict) -> dict:
    t0 = time.perf_counter()
    result = _checked(qp.run(alg, params), alg)
    timings[alg] = round(time.perf_counter() - t0, 2)
    return result.get("results", {})


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    """The hotspot step of the demo; returns what it produced and measured."""
    demo_dir = Path(demo_dir)
    wards = str(demo_dir / "wards_harm.gpkg")
    timings: dict = {}
    produced = {}

    params = {"EVENTS": "{0}|layername=offences".format(gpkg), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
              "START": START, "END": END, "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0,
              "GRID_SHAPE": 1, "CELL_SIZE": CELL_SIZE, "BOUNDARY": "{0}|layername=sectors".format(gpkg),
              "CLIP_TO_BOUNDARY": False, "OUTPUT": str(demo_dir / "grid_harm.gpkg")}
    _timed(qp, "socharm:harmgrid", params, timings)
    grid = str(demo_dir / "grid_harm.gpkg")

    for name, source in (("grid", grid), ("wards", wards)):
        params = {"INPUT": source, "VALUE_FIELD": "harm_score", "OUTPUT": str(demo_dir / "{0}_hotspots.gpkg".format(
            name))}
        params.update(NEIGHBOUR_OPTIONS)
        gi = _timed(qp, "socharm:hotspots", params, timings)
        produced["{0}_hotspots.gpkg".format(name)] = {"hot": gi.get("HOT_AREAS"), "cold": gi.get("COLD_AREAS"),
                                                      "tested": gi.get("TESTED_AREAS")}
        print("  Gi* of harm by {0}: {1} hot and {2} cold of {3} (FDR, 0.05)".format(
            name, gi.get("HOT_AREAS"), gi.get("COLD_AREAS"), gi.get("TESTED_AREAS")))

    params = {"INPUT": grid, "COUNT_FIELD": "harm_n", "HARM_FIELD": "harm_score", "OUTPUT": str(
        demo_dir / "grid_hotharm.gpkg")}
    params.update(NEIGHBOUR_OPTIONS)
    hh = _timed(qp, "socharm:hotharm", params, timings)
    produced["grid_hotharm.gpkg"] = {k.lower(): v for k, v in hh.items() if k != "OUTPUT"}
    print("  Hotspots vs harmspots (grid): {0} hot by both, {1} by harm only, {2} by count only".format(
        hh.get("HOT_BOTH"), hh.get("HOT_HARM_ONLY"), hh.get("HOT_COUNT_ONLY")))

    params = {"INPUT": wards, "VALUE_FIELD": "harm_score", "OUTPUT": str(demo_dir / "wards_clusters.gpkg")}
    params.update(NEIGHBOUR_OPTIONS)
    lm = _timed(qp, "socharm:localmoran", params, timings)
    produced["wards_clusters.gpkg"] = {k: lm.get(k) for k in ("HH", "LL", "HL", "LH")}
    print("  Local Moran: {0} HH, {1} LL, {2} HL, {3} LH".format(lm.get("HH"), lm.get("LL"), lm.get("HL"), lm.get(
        "LH")))

    params = {"AREAS": grid, "AREA_ID": "cell_id",
              "EVENTS": "{0}|layername=offences".format(gpkg), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
              "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "TIME_STEP": 0,
              "TIME_STEPS": 1,
              "NEIGHBOURS": 0, "DISTANCE": 2000, "K": 8, "CORRECTION": 1, "ALPHA": 0.05,
              "OUTPUT": str(demo_dir / "grid_emerging.gpkg"), "SLICES": str(demo_dir / "grid_emerging_bins.gpkg")}
    ehs = _timed(qp, "socharm:emerginghotspots", params, timings)
    produced["grid_emerging.gpkg"] = {"slices": ehs.get("N_SLICES"), "records_in": ehs.get("RECORDS_IN"),
                                      "records_in_cube": ehs.get("RECORDS_IN_CUBE"),
                                      "classes": _classes(demo_dir / "grid_emerging.gpkg")}
    print("  Emerging hotspots over {0} months: {1}".format(ehs.get("N_SLICES"), produced["grid_emerging.gpkg"][
        "classes"]))

    conc = _timed(qp, "socharm:concentration", {
        "INPUT": str(demo_dir / "streets_harm.gpkg"), "VALUE_FIELD": "harm_score", "COUNT_FIELD": "harm_n",
        "ID_FIELD": "street_id", "OUTPUT": str(demo_dir / "streets_concentration.csv"),
        "CHART": str(demo_dir / "streets_concentration.png")}, timings)
    produced["streets_concentration.png"] = {k: conc.get(k) for k in ("GINI", "SHARE_HOLDING_HALF", "GINI_COUNT",
                                                                      "SHARE_HOLDING_HALF_COUNT", "UNITS")}
    print("  Harm concentration on {0} streets: {1:.1f} % of streets hold half the harm (Gini {2:.2f}); "
          "{3:.1f} % hold half the records (Gini {4:.2f})".format(
              conc.get("UNITS", 0), conc.get("SHARE_HOLDING_HALF", 0), conc.get("GINI", 0),
              conc.get("SHARE_HOLDING_HALF_COUNT", 0), conc.get("GINI_COUNT", 0)))

    maps = render_maps(demo_dir)
    return {"produced": produced, "maps": maps, "seconds": timings}


def _classes(path: Path) -> dict:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    if ds is None:
        return {}
    counts: dict = {}
    for feature in ds.GetLayer(0):
        code = feature.GetField("ehs_class")
        counts[code] = counts.get(code, 0) + 1
    ds = None
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def render_maps(demo_dir: Path) -> list:
    """hotspot_map.png and hotharm_map.png, when a QGIS application runs (tools/demo.py starts one)."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        return []
    from qgis.core import QgsProject, QgsVectorLayer

    from soc_harm_plugin.qgis_io.map_export import export_map

    project = QgsProject.instance()
    written = []
    for file_name, legend, title, subtitle, png in (
        ("grid_hotspots.gpkg", "Gi* hot and cold spots", "Harm hot and cold spots (Getis-Ord Gi*), sample force, 2024",
         "Gi* of CSS harm in 500 m hexagons, queen neighbours, analytical z, false discovery rate; bins at "
         "99/95/90 % confidence. Synthetic data.",
         "hotspot_map.png"),
        ("grid_hotharm.gpkg", "Hotspots vs harmspots", "Hotspots vs harmspots, sample force, 2024",
         "Gi* of record counts against Gi* of CSS harm in 500 m hexagons: where harm clusters but counts do not, a "
         "count map misses it. Synthetic data.",
         "hotharm_map.png"),
    ):
        layer = QgsVectorLayer(str(demo_dir / file_name), legend, "ogr")
        if not layer.isValid():
            continue
        project.addMapLayer(layer, False)
        export_map([layer], demo_dir / png, title, subtitle, project=project)
        project.removeMapLayer(layer.id())
        written.append(png)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    args = parser.parse_args(argv)
    out_dir = args.out.resolve()
    gpkg = out_dir / "sample_force.gpkg"
    if not (out_dir / "wards_harm.gpkg").exists():
        print("run the base demo first (make demo): {0} is missing".format(out_dir / "wards_harm.gpkg"),
              file=sys.stderr)
        return 2
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    from tools.qgis_cli import QgisProcess

    app = QgsApplication([], False)
    app.initQgis()
    qp = QgisProcess(REPO / "build" / "qgis_process")
    result = run(out_dir, gpkg, qp)
    print(result)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
