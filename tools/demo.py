"""The main job on the bundled sample force, end to end, as a user runs it.

1. Generate the synthetic sample force (seeded) into a GeoPackage.
2. Score sectors, wards and streets with ``qgis_process`` (plugin staged and
   enabled in a private profile), for the latest 12 months.
3. Write the ranked sector and ward tables as CSV and a harm map as PNG.

    python -m tools.demo --out output/demo
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.sample.force import generate_force  # noqa: E402
from tools.sample.write import write_gpkg  # noqa: E402
from tools.qgis_cli import QgisProcess  # noqa: E402

SEED = 20240101
START, END = "2024-01-01", "2024-12-31"  # the sample's last 12 whole months (it runs 2023-01 to 2024-12)
RANK_COLUMNS = ["harm_rank", "{id}", "{name}", "harm_n", "harm_score", "harm_share", "harm_per_1000", "harm_per_km2"]


def score(qp: QgisProcess, gpkg: Path, out_dir: Path, layer: str, id_field: str, name_field: str,
          population: bool = True) -> dict:
    params = {
        "AREAS": "{0}|layername={1}".format(gpkg, layer),
        "AREA_ID": id_field,
        "AREA_NAME": name_field,
        "EVENTS": "{0}|layername=offences".format(gpkg),
        "CODE_FIELD": "ho_code",
        "HARM_TABLE": 0,
        "MISSING_WEIGHT": 1,
        "DATE_FIELD": "offence_date",
        "START": START,
        "END": END,
        "POPULATION_FIELD": "population" if population else None,
        "OUTPUT": str(out_dir / "{0}_harm.gpkg".format(layer)),
    }
    if layer == "sectors":
        params["RECORDS"] = str(out_dir / "offence_records.gpkg")
    result = qp.run("socharm:scoreharm", params)
    return result


# later steps of the demo, each a module tools/<name>.py with run(demo_dir, gpkg, qp), run in this order
STEPS = ("demo_change", "demo_referrals", "demo_hotspots", "demo_community", "demo_impact", "demo_briefing",
         "demo_postgis")

SOC_LAYERS = ("offences", "offence_nominal_links", "nominals", "cannabis_farms", "firearms_discharges",
              "drug_deaths", "firearms_intel")


def score_with_scheme(qp: QgisProcess, gpkg: Path, out_dir: Path, layer: str, id_field: str, name_field: str) -> dict:
    """The SOC primary harm score: the shipped nine-measure scheme, layers from the sample."""
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes

    return qp.run("socharm:scorescheme", {
        "AREAS": "{0}|layername={1}".format(gpkg, layer),
        "AREA_ID": id_field,
        "AREA_NAME": name_field,
        "SCHEME": str(builtin_schemes()["soc_place_harm"]),
        "LAYERS": ["{0}|layername={1}".format(gpkg, name) for name in SOC_LAYERS],
        "START": START,
        "END": END,
        "POPULATION_FIELD": "population",
        "TOLERANCE": 50,
        "GEOGRAPHY": 0,
        "OUTPUT": str(out_dir / "{0}_soc_harm.gpkg".format(layer)),
        "RECORDS": str(out_dir / "soc_harm_records.gpkg") if layer == "sectors" else None,
    })


def write_scheme_ranking(gpkg: Path, csv_path: Path, id_field: str, name_field: str) -> tuple:
    """Ranked areas with every measure's harm, the dimensions and the total; (measure keys, rows)."""
    from qgis.core import QgsVectorLayer

    from soc_harm_plugin.domain.harm.scheme import builtin_schemes, dimension_field, load_scheme

    scheme = load_scheme(builtin_schemes()["soc_place_harm"])
    keys = [m.key for m in scheme.measures]
    columns = (["harm_rank", id_field, name_field, "harm_score", "harm_share"] + [k + "_harm" for k in keys]
               + [dimension_field(d) for d in scheme.dimensions] + ["harm_n"] + [k + "_n" for k in keys])
    layer = QgsVectorLayer(str(gpkg), "scored", "ogr")
    rows = sorted(([f[c] for c in columns] for f in layer.getFeatures()), key=lambda r: (r[0], str(r[1])))
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
    return keys, rows


def write_ranking(gpkg: Path, csv_path: Path, id_field: str, name_field: str) -> list:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(gpkg), "scored", "ogr")
    columns = [c.format(id=id_field, name=name_field) for c in RANK_COLUMNS]
    columns = [c for c in columns if layer.fields().lookupField(c) >= 0]
    rows = sorted(([f[c] for c in columns] for f in layer.getFeatures()), key=lambda r: (r[0], str(r[1])))
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
    return rows


def render_map(out_dir: Path, png: Path) -> None:
    from qgis.core import QgsProject, QgsVectorLayer

    from soc_harm_plugin.qgis_io.map_export import export_map

    project = QgsProject.instance()
    wards = QgsVectorLayer(str(out_dir / "wards_harm.gpkg"), "Harm by ward (CSS points, 2024)", "ogr")
    sectors = QgsVectorLayer(str(out_dir / "sectors_harm.gpkg"), "Sectors", "ogr")
    from qgis.core import (QgsFillSymbol, QgsPalLayerSettings, QgsSingleSymbolRenderer, QgsTextFormat,
                           QgsVectorLayerSimpleLabeling)

    sectors.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#252525", "outline_width": "0.7"})))
    labels = QgsPalLayerSettings()
    labels.fieldName = "concat(sector_name, ' (#', harm_rank, ')')"
    labels.isExpression = True
    text = QgsTextFormat()
    text.setSize(9)
    text.buffer().setEnabled(True)
    labels.setFormat(text)
    sectors.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    sectors.setLabelsEnabled(True)
    project.addMapLayers([wards, sectors])
    export_map([wards, sectors], png, "Harm by ward, sample force, 2024",
               "ONS Crime Severity Score points per ward (Jenks classes); sectors outlined and labelled with their "
               "harm rank. Synthetic data.",
               project=project)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    args = parser.parse_args(argv)
    out_dir = args.out.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*"):
        if old.is_file():
            old.unlink()

    print("1/5 Generating the sample force (seed {0})".format(SEED))
    gpkg = write_gpkg(generate_force(seed=SEED), out_dir / "sample_force.gpkg")

    print("2/5 Scoring sectors, wards and streets with qgis_process (period {0} to {1})".format(START, END))
    qp = QgisProcess(REPO / "build" / "qgis_process")
    results = {
        "sectors": score(qp, gpkg, out_dir, "sectors", "sector_id", "sector_name"),
        "wards": score(qp, gpkg, out_dir, "wards", "ward_id", "ward_name"),
        "streets": score(qp, gpkg, out_dir, "streets", "street_id", "street_name", population=False),
    }
    print("3/5 Scoring sectors and wards with the SOC place-based harm scheme (nine measures)")
    scheme_results = {
        "sectors": score_with_scheme(qp, gpkg, out_dir, "sectors", "sector_id", "sector_name"),
        "wards": score_with_scheme(qp, gpkg, out_dir, "wards", "ward_id", "ward_name"),
    }

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = REPO / "build" / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print("4/5 Writing ranked tables")
    sectors = write_ranking(out_dir / "sectors_harm.gpkg", out_dir / "sectors_ranked.csv", "sector_id", "sector_name")
    write_ranking(out_dir / "wards_harm.gpkg", out_dir / "wards_ranked.csv", "ward_id", "ward_name")
    write_ranking(out_dir / "streets_harm.gpkg", out_dir / "streets_ranked.csv", "street_id", "street_name")
    keys, soc_sectors = write_scheme_ranking(out_dir / "sectors_soc_harm.gpkg", out_dir / "sectors_soc_ranked.csv",
                                             "sector_id", "sector_name")
    write_scheme_ranking(out_dir / "wards_soc_harm.gpkg", out_dir / "wards_soc_ranked.csv", "ward_id", "ward_name")
    print("5/5 Rendering the harm map")
    render_map(out_dir, out_dir / "harm_map.png")
    import importlib

    for name in STEPS:
        print()
        print("== {0}".format(importlib.import_module("tools." + name).__doc__.splitlines()[0]))
        importlib.import_module("tools." + name).run(out_dir, gpkg, qp)

    outputs = results["sectors"].get("results", {})
    recon = _reconciliation(results["sectors"])
    print()
    print("Records in: {0}; by status: {1}".format(recon.get("records_in"), json.dumps(recon.get("by_status"))))
    print("Sectors ranked by harm ({0} to {1}):".format(START, END))
    for row in sectors:
        print("  {0:>2}  {1:<5} {2:<22} {3:>6} records  {4:>12,.0f} CSS points  {5:5.1f} %".format(*row[:6]))
    print()
    soc_recon = _reconciliation(scheme_results["sectors"])
    print("SOC place-based harm, {0} to {1}: records per measure = assigned + not counted".format(START, END))
    for key in keys:
        rep = soc_recon.get("measures", {}).get(key, {"records_in": 0, "by_status": {"assigned": 0}})
        print("  {0:<20} {1:>6} in = {2:>5} assigned + {3:>6} other".format(
            key, rep["records_in"], rep["by_status"]["assigned"], rep["records_in"] - rep["by_status"]["assigned"]))
    print("Sectors ranked by the SOC primary harm score (CSS points, thousands per measure):")
    header = "  {0:>2}  {1:<14} {2:>9}  ".format("#", "sector", "score") + " ".join("{0:>7}".format(k[
        :7]) for k in keys)
    print(header)
    for row in soc_sectors:
        rank, _, name, score_value, _share = row[:5]
        measures = row[5:5 + len(keys)]
        print("  {0:>2}  {1:<14} {2:>9,.0f}  ".format(rank, name[:14], score_value)
              + " ".join("{0:>7.1f}".format(v / 1000.0) for v in measures))
    print()
    print("Outputs in {0}:".format(out_dir))
    for path in sorted(out_dir.iterdir()):
        print("  {0}".format(path.name))
    del outputs
    app.exitQgis()
    return 0


def _cell(value):
    """A CSV cell: floats to 2 places, NULL as empty."""
    from qgis.PyQt.QtCore import QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return ""
    return round(value, 2) if isinstance(value, float) else value


def _reconciliation(result: dict) -> dict:
    for line in result.get("log", {}).get("info", []):
        if line.startswith("Provenance: "):
            return json.loads(line[len("Provenance: "):])["reconciliation"]
    return {}


if __name__ == "__main__":
    sys.exit(main())
