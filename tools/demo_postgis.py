"""Demo step: the sample force scored where a force keeps it, in PostGIS.

A throwaway PostgreSQL cluster (tools/postgis_cluster.py: initdb under a
temporary folder, removed after, as an unprivileged user when run as root, 127.0.0.1 only) is
started, the sample's wards and offences are loaded into it, and
``socharm:scoreharm`` scores the wards from the PostGIS layers with
``qgis_process``: the records are counted in the database, only counts per
area come back. ``socharm:scorescheme`` then scores the wards with the SOC
scheme from the PostGIS layers of every measure (the link table read from the
GeoPackage). The step prints which engine ran for each (from the output's
provenance) and compares every ward with the desktop runs of the demo's step 2
(``wards_harm.gpkg``, ``wards_soc_harm.gpkg``); then the cluster is stopped. Where PostgreSQL or
PostGIS is not installed, the step says so and the demo goes on.

    python -m tools.demo_postgis --out output/demo

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.postgis_cluster import Cluster, PostgisUnavailable, load_gpkg  # noqa: E402

START, END = "2024-01-01", "2024-12-31"  # as tools/demo.py
SCHEME_LAYERS = ("offences", "nominals", "cannabis_farms", "firearms_discharges", "drug_deaths", "firearms_intel")


def _wards(path: Path) -> dict:
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    rows = {f.GetField("ward_id"): (f.GetField("harm_n"), f.GetField("harm_score"), f.GetField("harm_rank"))
            for f in layer}
    source = None
    return rows


def _same(database: dict, desktop: dict) -> bool:
    """Identical counts and ranks, harm to 1e-9."""
    return set(database) == set(desktop) and all(
        database[k][0] == desktop[k][0] and database[k][2] == desktop[k][2]
        and abs(database[k][1] - desktop[k][1]) <= 1e-9 * max(1.0, abs(desktop[k][1])) for k in desktop)


def _scheme_run(cluster, gpkg: Path, qp, output: Path) -> dict:
    """socharm:scorescheme on the wards from PostGIS (the link table from the GeoPackage)."""
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes

    layers = [cluster.processing_uri(name) for name in SCHEME_LAYERS]
    layers.append("{0}|layername=offence_nominal_links".format(gpkg))
    return qp.run("socharm:scorescheme", {
        "AREAS": cluster.processing_uri("wards"), "AREA_ID": "ward_id", "AREA_NAME": "ward_name",
        "SCHEME": str(builtin_schemes()["soc_place_harm"]), "LAYERS": layers, "START": START, "END": END,
        "POPULATION_FIELD": "population", "TOLERANCE": 50, "GEOGRAPHY": 0, "ENGINE": 0, "OUTPUT": str(output)})


def _provenance(result: dict) -> dict:
    """The run's provenance, from its log (as tools/demo.py reads the reconciliation)."""
    for line in result.get("log", {}).get("info", []):
        if line.startswith("Provenance: "):
            return json.loads(line[len("Provenance: "):])
    return {}


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    """Score the wards from PostGIS; returns which engine ran and how the wards compare."""
    demo_dir = Path(demo_dir)
    folder = Path(tempfile.mkdtemp(prefix="soc_harm_postgis_"))  # the cluster's data: removed after the step
    try:
        cluster = Cluster(folder)
    except PostgisUnavailable as error:
        shutil.rmtree(folder, ignore_errors=True)
        print("PostGIS step skipped: {0}".format(error))
        return {"engine": None, "skipped": str(error)}
    started = time.perf_counter()
    try:
        cluster.start()
        load_gpkg(cluster, gpkg, layers=["wards"] + list(SCHEME_LAYERS), schema="public")
        print("Loaded wards, offences and the scheme's layers into a throwaway PostGIS ({0}) in {1:.1f} s".format(
            cluster.psql("SELECT postgis_lib_version()").strip(), time.perf_counter() - started))
        output = demo_dir / "wards_harm_postgis.gpkg"
        started = time.perf_counter()
        result = qp.run("socharm:scoreharm", {
            "AREAS": cluster.processing_uri("wards"), "AREA_ID": "ward_id", "AREA_NAME": "ward_name",
            "EVENTS": cluster.processing_uri("offences"), "CODE_FIELD": "ho_code", "HARM_TABLE": 0,
            "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50, "GEOGRAPHY": 0, "ENGINE": 0,
            "DATE_FIELD": "offence_date", "START": START, "END": END, "POPULATION_FIELD": "population",
            "OUTPUT": str(output)})
        seconds = time.perf_counter() - started
        scheme_output = demo_dir / "wards_soc_harm_postgis.gpkg"
        scheme_started = time.perf_counter()
        scheme_result = _scheme_run(cluster, gpkg, qp, scheme_output)
        scheme_seconds = time.perf_counter() - scheme_started
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    log = result.get("log", {})
    infos = log.get("info", []) if isinstance(log, dict) else []
    engine_lines = [line for line in infos if line.startswith("Engine:")]
    if result.get("_returncode", 0) != 0 or not output.exists():
        print("PostGIS run failed: {0}".format(result.get("_stderr", "")[-2000:]))
        return {"engine": None, "failed": True}
    provenance = _provenance(result)
    engine = provenance.get("engine")
    said = engine_lines[0] if engine_lines else "Engine: " + str(engine)
    print("{0} (qgis_process, {1:.1f} s)".format(said, seconds))
    print("Path that ran: {0}{1}".format(engine, " ({0})".format(provenance["engine_reason"])
                                         if provenance.get("engine_reason") else ""))
    summary = {"engine": engine, "engine_reason": provenance.get("engine_reason"), "seconds": round(seconds, 1),
               "reconciliation": provenance.get("reconciliation")}
    desktop_path = demo_dir / "wards_harm.gpkg"
    if desktop_path.exists():
        database, desktop = _wards(output), _wards(desktop_path)
        same = _same(database, desktop)
        print("Wards scored in PostGIS against the desktop run (step 2): {0} wards, {1}".format(
            len(database), "identical counts, harm (to 1e-9) and ranks" if same else "DIFFERENT"))
        summary["same_as_desktop"] = same
    summary["scheme"] = _scheme_summary(scheme_result, scheme_output, scheme_seconds,
                                        demo_dir / "wards_soc_harm.gpkg")
    return summary


def _scheme_summary(result: dict, output: Path, seconds: float, desktop_path: Path) -> dict:
    """What the scheme's run says: its engine, and its wards against the desktop run."""
    if result.get("_returncode", 0) != 0 or not output.exists():
        print("PostGIS run of socharm:scorescheme failed: {0}".format(result.get("_stderr", "")[-2000:]))
        return {"engine": None, "failed": True}
    provenance = _provenance(result)
    engine = provenance.get("engine")
    print("socharm:scorescheme (SOC scheme, wards; qgis_process, {0:.1f} s). Path that ran: {1}{2}".format(
        seconds, engine, " ({0})".format(provenance["engine_reason"]) if provenance.get("engine_reason") else ""))
    summary = {"engine": engine, "engine_reason": provenance.get("engine_reason"), "seconds": round(seconds, 1)}
    if desktop_path.exists():
        database, desktop = _wards(output), _wards(desktop_path)
        summary["same_as_desktop"] = _same(database, desktop)
        print("Wards scored with the scheme in PostGIS against the desktop run (step 2): {0} wards, {1}".format(
            len(database), "identical counts, harm (to 1e-9) and ranks" if summary["same_as_desktop"]
            else "DIFFERENT"))
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="output/demo")
    args = parser.parse_args(argv)
    from tools.qgis_cli import QgisProcess

    out = Path(args.out)
    summary = run(out, out / "sample_force.gpkg", QgisProcess(REPO / "build" / "qgis_process"))
    scheme = summary.get("scheme", {})
    good = summary.get("engine") in ("postgis", None) and summary.get("same_as_desktop", True)
    return 0 if good and scheme.get("engine") in ("postgis", None) and scheme.get("same_as_desktop", True) else 1


if __name__ == "__main__":
    sys.exit(main())
