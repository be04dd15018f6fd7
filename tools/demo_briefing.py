"""Demo step: the sample force's briefing pack, through ``qgis_process``.

1. Inputs from the base demo in ``demo_dir``: ``sectors_harm.gpkg`` (INPUT)
   and ``wards_harm.gpkg`` (DETAIL).
2. CHANGE: ``sectors_change.gpkg`` when the demo has one; otherwise this step
   compares sectors in 2024 with 2023 (``socharm:harmchange``) into
   ``briefing_sectors_change.gpkg``, the period of ``sectors_harm.gpkg``.
3. HOTSPOTS: ``wards_hotspots.gpkg`` when the demo has one; otherwise
   Gi* of the ward harm (``socharm:hotspots``, analytical z, no correction
   for multiple tests) into ``briefing_wards_hotspots.gpkg``.
4. IMPACT: ``impact_zones.gpkg`` of the demo_impact step, when there is one
   (the 'Did it work?' page; in the English pack: that page has no bilingual layout yet).
5. ``socharm:briefingpack`` with an atlas page per sector, marked
   OFFICIAL-SENSITIVE: ``briefing_pack.pdf`` and its pages as PNG in
   ``briefing_pack/``.
6. The same pack in Welsh and English (``LANGUAGE`` bilingual: Welsh first on
   each page, the marking in both languages, the same numbers):
   ``briefing_pack_bilingual.pdf`` and ``briefing_pack_bilingual/``.
7. A check that no sample nominal's id, name or address is in either PDF's text.

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls; alone:

    python -m tools.demo_briefing --out output/demo
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TITLE = "Sample force: harm briefing 2024"
TITLE_BILINGUAL = "Heddlu enghreifftiol: briffio niwed 2024 / Sample force: harm briefing 2024"


def _layer(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def _checked(result: dict, what: str) -> dict:
    if result.get("_returncode") != 0:
        raise RuntimeError("{0} failed:\n{1}".format(what, result.get("_stderr", "")[-3000:]))
    return result


def change_layer(qp, demo_dir: Path, gpkg: Path):
    """The demo's sector change layer, or one made here for 2024 against 2023 (None if that fails)."""
    existing = demo_dir / "sectors_change.gpkg"
    if existing.is_file():
        return existing
    out = demo_dir / "briefing_sectors_change.gpkg"
    params = {"AREAS": _layer(gpkg, "sectors"), "AREA_ID": "sector_id", "AREA_NAME": "sector_name",
              "EVENTS": _layer(gpkg, "offences"), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
              "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50,
              "CURRENT_START": "2024-01-01", "CURRENT_END": "2024-12-31", "BASELINE": 1, "N_PERIODS": 3,
              "ALPHA": 0.05, "SEED": 1, "OUTPUT": str(out)}
    result = qp.run("socharm:harmchange", params, check=False)
    if result.get("_returncode") != 0 or not out.is_file():
        print("  (no change layer: socharm:harmchange did not run: {0})".format(result.get("_stderr", "")[
            -300:].strip()))
        return None
    return out


def hotspot_layer(qp, demo_dir: Path):
    """The hotspot step's Gi* on the harm grid (30 hot cells after the false discovery rate; 40 wards are too
    few for any to pass it), or Gi* of the ward harm made here (None if that fails)."""
    existing = demo_dir / "grid_hotspots.gpkg"
    if existing.is_file():
        return existing
    out = demo_dir / "briefing_wards_hotspots.gpkg"
    # queen contiguity, analytical z (as ArcGIS's Hot Spot Analysis), and with 40 wards no correction for
    # testing each one (ArcGIS's default too): the method page of the pack says so
    params = {"INPUT": str(demo_dir / "wards_harm.gpkg"), "VALUE_FIELD": "harm_score", "NEIGHBOURS": 0,
              "PERMUTATIONS": 0, "SEED": 1, "CORRECTION": 0, "ALPHA": 0.1, "OUTPUT": str(out)}
    result = qp.run("socharm:hotspots", params, check=False)
    if result.get("_returncode") != 0 or not out.is_file():
        print("  (no hot spot layer: socharm:hotspots did not run: {0})".format(result.get("_stderr", "")[
            -300:].strip()))
        return None
    return out


def nominal_values(gpkg: Path) -> list:
    """Every sample nominal's id, name and address, read from the GeoPackage (SQLite)."""
    with sqlite3.connect(str(gpkg)) as db:
        rows = db.execute("SELECT nominal_id, full_name, address FROM nominals").fetchall()
    return [v for row in rows for v in row if v]


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    demo_dir = Path(demo_dir)
    scored = demo_dir / "sectors_harm.gpkg"
    wards = demo_dir / "wards_harm.gpkg"
    for needed in (scored, wards):
        if not needed.is_file():
            raise RuntimeError("{0} is missing: run the base demo first".format(needed))
    change = change_layer(qp, demo_dir, gpkg)
    hotspots = hotspot_layer(qp, demo_dir)
    outputs = {}
    for language, name, title in ((0, "briefing_pack", TITLE), (2, "briefing_pack_bilingual", TITLE_BILINGUAL)):
        pdf = demo_dir / (name + ".pdf")
        images = demo_dir / name
        if images.is_dir():
            for old in images.glob("page_*.png"):
                old.unlink()
        params = {"INPUT": str(scored), "DETAIL": str(wards), "TITLE": title, "MARKING": 1, "LANGUAGE": language,
                  "TOP_N": 7, "SUPPRESS_BELOW": 5, "ATLAS": "true", "INCLUDE_PERSONAL": "false", "OUTPUT": str(pdf),
                  "OUTPUT_IMAGES": str(images)}
        if change is not None:
            params["CHANGE"] = str(change)
        if hotspots is not None:
            params["HOTSPOTS"] = str(hotspots)
        impact = demo_dir / "impact_zones.gpkg"
        if impact.is_file() and language == 0:  # written by the demo_impact step
            params["IMPACT"] = str(impact)
        result = _checked(qp.run("socharm:briefingpack", params), "socharm:briefingpack")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        leaked = [v for v in nominal_values(gpkg) if v in text]
        if leaked:
            raise RuntimeError("the briefing pack names sample nominals: {0}".format(leaked[:5]))
        outputs[language] = (pdf, images, result, text)
    pdf, images, result, text = outputs[0]
    pages = sorted(images.glob("page_*.png"))
    bilingual_pdf, bilingual_images, bilingual_result, bilingual_text = outputs[2]
    return {
        "bilingual_pdf": str(bilingual_pdf),
        "bilingual_pages": int(bilingual_result.get("results", {}).get("PAGES", 0)),
        "bilingual_marking_lines": bilingual_text.count("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"),
        "pdf": str(pdf),
        "pages": int(result.get("results", {}).get("PAGES", len(pages))),
        "page_images": [str(p) for p in pages],
        "change": str(change) if change else None,
        "hotspots": str(hotspots) if hotspots else None,
        "marking_lines": text.count("OFFICIAL-SENSITIVE"),
        "nominal_values_checked": len(nominal_values(gpkg)),
        "nominal_values_found": 0,
    }


def main(argv=None) -> int:
    from tools.qgis_cli import QgisProcess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    args = parser.parse_args(argv)
    out_dir = args.out.resolve()
    qp = QgisProcess(REPO / "build" / "qgis_process")
    print(json.dumps(run(out_dir, out_dir / "sample_force.gpkg", qp), indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
