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

from soc_harm_plugin.sample.force import generate_force  # noqa: E402
from soc_harm_plugin.sample.write import write_gpkg  # noqa: E402
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
            writer.writerow([round(v, 2) if isinstance(v, float) else v for v in row])
    return rows


def render_map(out_dir: Path, png: Path) -> None:
    from qgis.core import QgsProject, QgsVectorLayer

    from soc_harm_plugin.qgis_io.map_export import export_map

    project = QgsProject.instance()
    wards = QgsVectorLayer(str(out_dir / "wards_harm.gpkg"), "Harm by ward (CSS points, 2024)", "ogr")
    sectors = QgsVectorLayer(str(out_dir / "sectors_harm.gpkg"), "Sectors", "ogr")
    from qgis.core import QgsFillSymbol, QgsPalLayerSettings, QgsSingleSymbolRenderer, QgsTextFormat, QgsVectorLayerSimpleLabeling

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
               "ONS Crime Severity Score points per ward (Jenks classes); sectors outlined and labelled with their harm rank. Synthetic data.",
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

    print("1/4 Generating the sample force (seed {0})".format(SEED))
    gpkg = write_gpkg(generate_force(seed=SEED), out_dir / "sample_force.gpkg")

    print("2/4 Scoring sectors, wards and streets with qgis_process (period {0} to {1})".format(START, END))
    qp = QgisProcess(REPO / "build" / "qgis_process")
    results = {
        "sectors": score(qp, gpkg, out_dir, "sectors", "sector_id", "sector_name"),
        "wards": score(qp, gpkg, out_dir, "wards", "ward_id", "ward_name"),
        "streets": score(qp, gpkg, out_dir, "streets", "street_id", "street_name", population=False),
    }

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = REPO / "build" / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print("3/4 Writing ranked tables")
    sectors = write_ranking(out_dir / "sectors_harm.gpkg", out_dir / "sectors_ranked.csv", "sector_id", "sector_name")
    write_ranking(out_dir / "wards_harm.gpkg", out_dir / "wards_ranked.csv", "ward_id", "ward_name")
    write_ranking(out_dir / "streets_harm.gpkg", out_dir / "streets_ranked.csv", "street_id", "street_name")
    print("4/4 Rendering the harm map")
    render_map(out_dir, out_dir / "harm_map.png")

    outputs = results["sectors"].get("results", {})
    recon = _reconciliation(results["sectors"])
    print()
    print("Records in: {0}; by status: {1}".format(recon.get("records_in"), json.dumps(recon.get("by_status"))))
    print("Sectors ranked by harm ({0} to {1}):".format(START, END))
    for row in sectors:
        print("  {0:>2}  {1:<5} {2:<22} {3:>6} records  {4:>12,.0f} CSS points  {5:5.1f} %".format(*row[:6]))
    print()
    print("Outputs in {0}:".format(out_dir))
    for path in sorted(out_dir.iterdir()):
        print("  {0}".format(path.name))
    del outputs
    app.exitQgis()
    return 0


def _reconciliation(result: dict) -> dict:
    for line in result.get("log", {}).get("info", []):
        if line.startswith("Provenance: "):
            return json.loads(line[len("Provenance: "):])["reconciliation"]
    return {}


if __name__ == "__main__":
    sys.exit(main())
