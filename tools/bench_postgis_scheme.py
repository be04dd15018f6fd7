"""Benchmark: socharm:scorescheme counted in PostGIS against the desktop path on the same layers.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis_scheme            # 1M offences, 35,000 areas
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis_scheme --points 100000   # a quick check
    SOC_HARM_BENCH_SCALE=full QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.bench_postgis_scheme  # and 10M

What it does (issue 16, the scheme on the PostGIS path):

1. Starts the cached cluster of ``tools.bench_postgis`` (same folder, same
   generated tables: 35,000 areas and the offences of each size, made once).
2. Writes a scheme of three measures on the offences layer into
   ``build/bench/postgis_scheme.json``: (a) every offence weighted by the ONS
   CSS (built-in table ``ons_css_ho_code``) by its code, dated by
   ``offence_date``; (b) the same filtered to one common code; (c) a fixed
   measure (weighed like 92A) filtered on ``weight``.
3. For each size, with no period and with START/END (2024), times whole
   ``qgis_process`` runs of ``socharm:scorescheme`` on the PostGIS layers: the
   PostGIS path (ENGINE 0) and the desktop path (ENGINE 1: every record read
   into QGIS), alternating, each with its peak memory (``os.wait4``); checks
   the log says which engine ran and that both give the same areas (every
   numeric output field: integers equal, decimals to 1e-9).
4. Reads from the PostGIS path's log the rows of counts the database sent
   back ("... rows of counts came back": both queries, per measure layer).
5. Prints a table and writes ``build/bench/postgis_scheme_results.json``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.bench_postgis import AREAS_TABLE, END, START, points_table, prepare, size_arguments  # noqa: E402
from tools.postgis_cluster import PostgisUnavailable  # noqa: E402

OURS = "socharm:scorescheme"
COMMON_CODE = "105A"  # the commonest code of the generated mix (about 13 % of the records)
FIXED_FILTER = "\"weight\" > 100"  # the codes weighing over 100 (8N, 28E, ...)
ROWS_BACK = re.compile(r"(\d+) rows of counts came back")
PERIODS = {"none": (None, None), "2024": (START, END)}


def scheme_document() -> dict:
    """Three measures on one layer: a CSS table by code, the same for one code, a fixed weight with a filter."""
    table = {"method": "table", "layer": "offences", "code_field": "ho_code", "harm_table": "ons_css_ho_code",
             "date_field": "offence_date"}
    return {
        "version": 1, "key": "bench_postgis_scheme", "name": "Benchmark: three measures on PostGIS offences",
        "edition": "bench",
        "description": "tools/bench_postgis_scheme.py: a CSS table measure, the same for one code, a fixed measure "
                       "with a filter, all on the offences layer.",
        "measures": [
            dict(table, key="all_crime", label="Every offence (CSS)", dimension="crime"),
            dict(table, key="common_code", label="Offences of code {0} (CSS)".format(COMMON_CODE),
                 filter="\"ho_code\" IN ('{0}')".format(COMMON_CODE), dimension="crime"),
            {"key": "serious", "label": "Serious offences, weighed like 92A", "layer": "offences", "method": "fixed",
             "filter": FIXED_FILTER, "equivalent_code": "92A", "harm_table": "ons_css_ho_code",
             "date_field": "offence_date", "dimension": "drugs",
             "rationale": "A benchmark measure: a fixed weight on the records a filter keeps."},
        ],
    }


def write_scheme(out_dir: Path) -> Path:
    path = out_dir / "postgis_scheme.json"
    path.write_text(json.dumps(scheme_document(), indent=1), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- runs


def _read_areas(path: Path, id_field: str = "area_id") -> Dict[str, dict]:
    """Every numeric field of each area of an output."""
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    numeric = [definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())
               if definition.GetFieldDefn(k).GetType() in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)]
    rows = {f.GetField(id_field): {name: f.GetField(name) for name in numeric} for f in layer}
    source = None
    return rows


def differences(database: Dict[str, dict], desktop: Dict[str, dict], limit: int = 5) -> List[str]:
    """Where two outputs differ (integers exactly, decimals to 1e-9 relative); empty when they agree."""
    found = []
    if set(database) != set(desktop):
        found.append("areas differ: {0} only in PostGIS, {1} only in desktop".format(
            len(set(database) - set(desktop)), len(set(desktop) - set(database))))
    for key in sorted(set(database) & set(desktop)):
        a, b = database[key], desktop[key]
        for name in sorted(set(a) | set(b)):
            x, y = a.get(name), b.get(name)
            if x is None or y is None:
                same = x is None and y is None
            elif isinstance(x, int) and isinstance(y, int):
                same = x == y
            else:
                same = abs(float(x) - float(y)) <= 1e-9 * max(1.0, abs(float(y)))
            if not same:
                found.append("{0} {1}: PostGIS {2!r}, desktop {3!r}".format(key, name, x, y))
                if len(found) >= limit:
                    return found
    return found


def _rows_back(done: dict) -> Optional[int]:
    """The rows of counts the database sent back, as the log says (None when it does not say)."""
    log = (done.get("json") or {}).get("log") or {}
    text = "\n".join(log.get("info", [])) if isinstance(log, dict) and log.get("info") else done.get("stdout", "")
    found = ROWS_BACK.findall(text)
    return sum(int(n) for n in found) if found else None


def _engine_said(done: dict) -> str:
    text = done.get("stdout", "") + done.get("stderr", "")
    if "Engine: PostGIS" in text:
        return "postgis"
    if "Engine: desktop" in text:
        return "desktop"
    return "?"


def run_size(cluster, qp, n_points: int, repeats: int, out_dir: Path, scheme_path: Path,
             periods: Optional[List[str]] = None, log=print) -> dict:
    """Whole qgis_process runs of the scheme on one size, per period: the PostGIS path and the
    desktop path, alternating; median time, largest peak memory, outputs compared."""
    from tools.bench import _remove_output, qgis_process_run

    common = {"AREAS": cluster.processing_uri(AREAS_TABLE, key="fid"), "AREA_ID": "area_id",
              "SCHEME": str(scheme_path), "LAYERS": cluster.processing_uri(points_table(n_points), key="fid"),
              "TOLERANCE": 50, "GEOGRAPHY": 0}
    result: Dict[str, dict] = {}
    for period in periods or list(PERIODS):
        start, end = PERIODS[period]
        params = dict(common, START=start, END=end)
        measured: Dict[str, List[dict]] = {"postgis": [], "desktop": []}
        outputs = {}
        said: Dict[str, str] = {}
        rows: Dict[str, Optional[int]] = {}
        for _ in range(repeats):
            for name, engine in (("postgis", 0), ("desktop", 1)):
                output = out_dir / "scheme_{0}_{1}_{2}.gpkg".format(name, period, n_points)
                _remove_output(output)
                done = qgis_process_run(qp, OURS, dict(params, ENGINE=engine, OUTPUT=str(output)))
                measured[name].append({"seconds": done["seconds"], "maxrss_mb": done["maxrss_mb"]})
                outputs[name] = output
                said[name] = _engine_said(done)
                rows[name] = _rows_back(done)
                log("  {0:>8} {1:>12,} records, period {2:>4}: {3:7.1f} s, peak {4:6.0f} MB (engine: {5}; "
                    "rows back: {6})".format(name, n_points, period, done["seconds"], done["maxrss_mb"], said[name],
                                             rows[name]))
        summary = {name: {"seconds": float(np.median([m["seconds"] for m in values])),
                          "peak_mb": max(m["maxrss_mb"] for m in values), "runs": values,
                          "engine_said": said[name]} for name, values in measured.items()}
        database, desktop = _read_areas(outputs["postgis"]), _read_areas(outputs["desktop"])
        found = differences(database, desktop)
        summary["rows_back"] = rows["postgis"]
        summary["areas"] = len(desktop)
        summary["harm_n"] = int(sum(r.get("harm_n") or 0 for r in desktop.values()))
        summary["differences"] = found
        summary["same_as_desktop"] = not found and said == {"postgis": "postgis", "desktop": "desktop"}
        summary["postgis_over_desktop"] = summary["postgis"]["seconds"] / summary["desktop"]["seconds"]
        for line in found:
            log("  DIFFERENT: " + line)
        result[period] = summary
    return result


def main(argv=None) -> int:
    parser = size_arguments(__doc__.splitlines()[0])
    parser.add_argument("--periods", nargs="*", choices=list(PERIODS), default=list(PERIODS))
    args = parser.parse_args(argv)
    try:
        cluster, areas, points = prepare(args.points, args.areas)
    except PostgisUnavailable as error:
        print("bench_postgis_scheme: skipped: {0}".format(error))
        return 0
    out_dir = REPO / "build" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    scheme_path = write_scheme(out_dir)
    results = {"areas": areas, "points": points, "scheme": scheme_document(), "runs": {}}
    try:
        from tools.qgis_cli import QgisProcess

        qp = QgisProcess(out_dir / "qgis_process_postgis")
        for n in args.points:
            results["runs"][n] = run_size(cluster, qp, n, args.repeats, out_dir, scheme_path, args.periods)
    finally:
        cluster.stop()
    print("{0:>12} {1:>6} {2:>10} {3:>8} {4:>10} {5:>8} {6:>8} {7:>12} {8:>5}".format(
        "records", "period", "postgis s", "pg MB", "desktop s", "desk MB", "pg/desk", "rows back", "same"))
    for n, by_period in results["runs"].items():
        for period, r in by_period.items():
            print("{0:>12,} {1:>6} {2:>10.1f} {3:>8.0f} {4:>10.1f} {5:>8.0f} {6:>8.2f} {7:>12} {8:>5}".format(
                n, period, r["postgis"]["seconds"], r["postgis"]["peak_mb"], r["desktop"]["seconds"],
                r["desktop"]["peak_mb"], r["postgis_over_desktop"],
                "-" if r["rows_back"] is None else "{0:,}".format(r["rows_back"]),
                "yes" if r["same_as_desktop"] else "NO"))
    path = out_dir / "postgis_scheme_results.json"
    path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print("wrote {0}".format(path))
    return 0 if all(r["same_as_desktop"] for by in results["runs"].values() for r in by.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
