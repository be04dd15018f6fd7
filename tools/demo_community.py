"""Demo step: community priorities and the streets to focus on, in the sample force.

1. ``socharm:communitypriorities``: the resident survey by ward, 2023 beside
   2024, against the wards' population by age, sex and ethnicity; wards with
   fewer than 10 respondents suppressed (``ward_priorities.gpkg``).
2. ``socharm:scoreharm`` on the streets for drugs, violence and acquisitive
   crime (``FILTER`` on the offences' ``soc_theme``), for 2023 and for 2024,
   gathered into one layer per year with the fields ``drugs_harm_score``,
   ``violence_harm_score`` and ``acquisitive_harm_score``
   (``streets_themes_2023.gpkg``, ``streets_themes_2024.gpkg``).
3. ``socharm:recommendstreets``: harm, residents' concern about the matching
   themes and deprivation (IMD decile, 1 = most deprived), each by rank
   percentile, weighted 0.5 / 0.3 / 0.2, 2023 beside 2024
   (``streets_recommended.gpkg``, and ``streets_recommended.csv`` in rank order
   with every component and the reason).

    python -m tools.demo_community --out output/demo

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Dict, List

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

THEMES = ("drugs", "violence", "acquisitive")
YEARS = (("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31"))
CSV_COLUMNS = ["focus_rank_p2", "focus_rank_p1", "focus_rank_change", "street_id", "street_name", "ward_id",
               "focus_score_p2", "harm_value_p2", "harm_norm_p2", "concern_p2", "concern_norm_p2",
               "respondents_p2", "need_value", "need_norm", "drugs_harm_score_p2", "violence_harm_score_p2",
               "acquisitive_harm_score_p2", "harm_change", "concern_change", "reason_p2", "reason_p1"]


def _layer(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def _checked(result: dict, what: str) -> dict:
    if result.get("_returncode") != 0:
        raise RuntimeError("{0} failed:\n{1}".format(what, result.get("_stderr", "")[-3000:]))
    return result


def community_priorities(qp, gpkg: Path, out: Path) -> dict:
    return _checked(qp.run("socharm:communitypriorities", {
        "SURVEY": _layer(gpkg, "survey"), "AREA_CODE_FIELD": "ward_code",
        "AREAS": _layer(gpkg, "wards"), "AREA_ID": "ward_id", "AREA_NAME": "ward_name",
        "PRIORITY_FIELDS": "priority_1;priority_2;priority_3", "CONFIDENCE_FIELD": "confidence",
        "DEMOGRAPHIC_FIELDS": "age_band;sex;ethnicity",
        "POPULATION": _layer(gpkg, "ward_population"), "POP_AREA_FIELD": "ward_id",
        "POP_VARIABLE_FIELD": "variable", "POP_GROUP_FIELD": "group_value", "POP_COUNT_FIELD": "population",
        "DATE_FIELD": "survey_date", "START": YEARS[0][1], "END": YEARS[0][2],
        "START_2": YEARS[1][1], "END_2": YEARS[1][2], "MIN_RESPONDENTS": 10, "SUPPRESS": "true",
        "OUTPUT": str(out),
    }), "socharm:communitypriorities")


def themed_street_harm(qp, gpkg: Path, work: Path, year: str, start: str, end: str, out: Path) -> Path:
    """Streets with one <theme>_harm_score field per theme, for one year."""
    from osgeo import ogr

    harm: Dict[str, Dict[str, float]] = {}
    for theme in THEMES:
        scored = work / "streets_{0}_{1}.gpkg".format(theme, year)
        _checked(qp.run("socharm:scoreharm", {
            "AREAS": _layer(gpkg, "streets"), "AREA_ID": "street_id", "AREA_NAME": "street_name",
            "EVENTS": _layer(gpkg, "offences"), "CODE_FIELD": "ho_code", "HARM_TABLE": 0, "MISSING_WEIGHT": 1,
            "DATE_FIELD": "offence_date", "START": start, "END": end,
            "FILTER": "\"soc_theme\" = '{0}'".format(theme), "OUTPUT": str(scored),
        }), "socharm:scoreharm ({0}, {1})".format(theme, year))
        ds = ogr.Open(str(scored))
        layer = ds.GetLayer(0)
        harm[theme] = {f.GetField("street_id"): f.GetField("harm_score") for f in layer}
        ds = None
    if out.exists():
        out.unlink()
    source = ogr.Open(str(gpkg))
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    layer = target.CopyLayer(source.GetLayerByName("streets"), "streets_themes_{0}".format(year))
    for theme in THEMES:
        layer.CreateField(ogr.FieldDefn("{0}_harm_score".format(theme), ogr.OFTReal))
    target.StartTransaction()
    for feature in layer:
        for theme in THEMES:
            feature.SetField("{0}_harm_score".format(theme), float(harm[theme].get(feature.GetField("street_id"), 0.0)))
        layer.SetFeature(feature)
    target.CommitTransaction()
    target = source = None
    return out


def recommend_streets(qp, gpkg: Path, first: Path, second: Path, priorities: Path, out: Path) -> dict:
    return _checked(qp.run("socharm:recommendstreets", {
        "AREAS": str(first), "AREAS_2": str(second), "AREA_ID": "street_id", "AREA_NAME": "street_name",
        "HARM_FIELDS": ";".join("{0}_harm_score".format(t) for t in THEMES), "LINK_FIELD": "ward_id",
        "PRIORITIES": str(priorities), "PRIORITIES_ID": "ward_id",
        "NEED": _layer(gpkg, "ward_need"), "NEED_ID": "ward_id", "NEED_FIELD": "imd_decile", "NEED_DIRECTION": 1,
        "NORMALISATION": 1, "HARM_WEIGHT": 0.5, "CONCERN_WEIGHT": 0.3, "NEED_WEIGHT": 0.2,
        "OUTPUT": str(out),
    }), "socharm:recommendstreets")


def read_ranked(path: Path) -> List[dict]:
    """The recommended streets as dicts, in the order written (the 2024 ranking)."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [{n: (None if f.IsFieldNull(n) else f.GetField(n)) for n in names} for f in layer]
    ds = None
    return rows


def write_csv(rows: List[dict], path: Path) -> None:
    columns = [c for c in CSV_COLUMNS if rows and c in rows[0]]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([round(row[c], 4) if isinstance(row[c], float) else row[c] for c in columns])


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    """The community step of the demo; returns what it produced and measured."""
    import json

    demo_dir = Path(demo_dir)
    work = demo_dir / "community_work"
    work.mkdir(parents=True, exist_ok=True)
    priorities_path = demo_dir / "ward_priorities.gpkg"
    result = community_priorities(qp, gpkg, priorities_path)
    provenance = {}
    for line in result.get("log", {}).get("info", []):
        if line.startswith("Provenance: "):
            provenance = json.loads(line[len("Provenance: "):])
    themed = [themed_street_harm(qp, gpkg, work, year, start, end, demo_dir / "streets_themes_{0}.gpkg".format(year))
              for year, start, end in YEARS]
    recommended = demo_dir / "streets_recommended.gpkg"
    rec = recommend_streets(qp, gpkg, themed[0], themed[1], priorities_path, recommended)
    rows = read_ranked(recommended)
    csv_path = demo_dir / "streets_recommended.csv"
    write_csv(rows, csv_path)
    top = [r for r in rows if r.get("focus_rank_p2")][:10]
    print("Community priorities: {0} respondents; {1}".format(
        result["results"]["RESPONDENTS_IN"],
        ", ".join("{0} {1}".format(n, k) for k, n in provenance.get("reconciliation", {}).get("by_status",
                {}).items() if n)))
    print("Top {0} streets to focus on (2024; harm 0.5, residents' concern 0.3, deprivation 0.2):".format(len(top)))
    for r in top:
        print("  {0:>3}. {1:<22} {2:<5} score {3:.2f} (2023: #{4})  {5}".format(
            r["focus_rank_p2"], r["street_name"], r["ward_id"], r["focus_score_p2"], r.get("focus_rank_p1"),
            r["reason_p2"]))
    for path in (work,):
        for child in sorted(path.glob("*")):
            child.unlink()
        path.rmdir()
    return {
        "files": [priorities_path.name, themed[0].name, themed[1].name, recommended.name, csv_path.name],
        "respondents_in": result["results"]["RESPONDENTS_IN"],
        "respondents_counted": result["results"]["COUNTED"],
        "ward_periods_suppressed": result["results"]["SUPPRESSED_AREAS"],
        "unknown_categories": provenance.get("unknown_categories"),
        "streets_ranked": rec["results"]["RANKED"],
        "top_streets": [{"rank": r["focus_rank_p2"], "street_id": r["street_id"], "street_name": r["street_name"],
                         "ward_id": r["ward_id"], "focus_score": r["focus_score_p2"], "reason": r["reason_p2"]}
                        for r in top],
    }


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
    qp = QgisProcess(REPO / "build" / "qgis_process")
    run(out_dir, gpkg, qp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
