"""Demo step: the impact of referring nominals to a diversionary scheme.

``socharm:referralimpact`` on the sample force's nominals (``referral_date``),
their offences through ``offence_nominal_links`` weighted by the ONS Crime
Severity Score, six months before and after each referral month, each referred
nominal matched within its group type. The sample generator planted the
effect (``tools/sample/referrals.py``): after the month of referral, half of
a referred nominal's links to offences were removed. The step works out the
planted fall in linked harm for the nominals the algorithm compared (from the
generator's truth) and checks that the estimate's interval holds it.

Writes ``referrals_nominals.gpkg`` (per nominal, pseudonymous),
``referrals_cohorts.gpkg`` and ``referrals_cohorts.csv`` (safe to share).

    python -m tools.demo_referrals --out output/demo

``run(demo_dir, gpkg, qp)`` is the step ``tools/demo.py`` calls.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEED = 20240101
MONTHS = 6


def _layer(gpkg: Path, name: str) -> str:
    return "{0}|layername={1}".format(gpkg, name)


def referral_parameters(gpkg: Path, nominals_out: Path, cohorts_out: Path) -> dict:
    # qgis_process 3.22 reports field parameters with defaults as missing: every one is passed
    return {
        "NOMINALS": _layer(gpkg, "nominals"), "NOMINAL_ID": "nominal_id", "REFERRAL_DATE": "referral_date",
        "GROUP_FIELD": "group_type",
        "EVENTS": _layer(gpkg, "offences"), "CODE_FIELD": "ho_code", "DATE_FIELD": "offence_date",
        "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0,
        "LINK_TABLE": _layer(gpkg, "offence_nominal_links"), "RECORD_ID": "offence_id",
        "LINK_RECORD_ID": "offence_id", "LINK_NOMINAL_ID": "nominal_id", "SEPARATOR": ";",
        "MONTHS_BEFORE": MONTHS, "MONTHS_AFTER": MONTHS, "MATCHES": 1, "CALIPER": 0.2, "CONFIDENCE": 95,
        "SUPPRESS_BELOW": 5, "INCLUDE_PERSONAL": False,
        "OUTPUT": str(nominals_out), "COHORTS": str(cohorts_out),
    }


def planted_effect(force, statuses_by_ref: dict) -> float:
    """The planted change in linked harm, averaged over the referred nominals the algorithm
    compared: minus the harm of each one's removed links in its MONTHS months after referral."""
    import numpy as np
    import pandas as pd

    from soc_harm_plugin.domain.analyses.referrals import REFERRED, pseudonyms
    from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, match_codes
    from soc_harm_plugin.domain.harm.links import id_key

    nominals = force["nominals"].attributes
    refs = pseudonyms([id_key(v) for v in nominals["nominal_id"].tolist()])
    compared = [n for n, ref in zip(nominals["nominal_id"], refs) if statuses_by_ref.get(ref) == REFERRED]
    removed = force.truth["referrals"]["removed"]
    codes = force["offences"].attributes.set_index("offence_id")["ho_code"]
    weight = match_codes(load_builtin_table("ons_css_ho_code"), removed["offence_id"].map(codes).tolist()).weights
    referral = pd.to_datetime(removed["nominal_id"].map(nominals.set_index("nominal_id")["referral_date"]))
    months = (pd.to_datetime(removed["offence_date"]).dt.to_period("M") - referral.dt.to_period("M")).map(lambda d: d.n)
    in_window = (months >= 1) & (months <= MONTHS)
    per_nominal = pd.Series(np.where(in_window, weight, 0.0)).groupby(removed["nominal_id"].to_numpy()).sum()
    return -float(per_nominal.reindex(compared, fill_value=0.0).mean())


def run(demo_dir: Path, gpkg: Path, qp) -> dict:
    from qgis.core import QgsVectorLayer

    from soc_harm_plugin.qgis_io.outputs import provenance_of
    from tools.sample.force import generate_force

    nominals_out = demo_dir / "referrals_nominals.gpkg"
    cohorts_out = demo_dir / "referrals_cohorts.gpkg"
    out = qp.run("socharm:referralimpact", referral_parameters(gpkg, nominals_out, cohorts_out))
    if out.get("_returncode") != 0:
        raise RuntimeError("socharm:referralimpact failed:\n{0}".format(out.get("_stderr", "")[-3000:]))
    results = out["results"]

    # reopen the written outputs: their provenance and rows
    cohorts = QgsVectorLayer(str(cohorts_out), "cohorts", "ogr")
    per_nominal = QgsVectorLayer(str(nominals_out), "nominals", "ogr")
    provenance = provenance_of(cohorts)
    if not provenance or provenance.get("algorithm") != "socharm:referralimpact" or not provenance_of(per_nominal):
        raise RuntimeError("the referral outputs carry no provenance")
    names = [f for f in cohorts.fields().names() if f != "fid"]
    rows = [{n: (None if feature[n] is None or str(feature[n]) == "NULL" else feature[n]) for n in names}
            for feature in cohorts.getFeatures()]
    with open(demo_dir / "referrals_cohorts.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=names)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: round(v, 1) if isinstance(v, float) else v for k, v in row.items()})
    statuses = {f["ref"]: f["status"] for f in per_nominal.getFeatures()}

    force = generate_force(seed=SEED)
    planted = planted_effect(force, statuses)
    effect, low, high = results["REFERRAL_EFFECT"], results["REFERRAL_EFFECT_LOW"], results["REFERRAL_EFFECT_HIGH"]
    found = low <= planted <= high
    recon = provenance["reconciliation"]
    print("Nominals: {0}".format(json.dumps({k: v for k, v in recon["nominals"]["by_status"].items() if v})))
    print("Links: {0} in = {1}".format(recon["links"]["links_in"],
                                       json.dumps({k: v for k, v in recon["links"]["by_status"].items() if v})))
    for row in rows:
        print("  {0:<11} n {1:>3}  harm before {2:>8}  after {3:>8}  change {4:>8}  interval {5} to {6}".format(
            row["cohort"], row["n_nominals"], *("{0:,.0f}".format(row[k]) if row[k] is not None else "-"
                                                for k in ("mean_harm_before", "mean_harm_after", "mean_change",
                                                          "ci_low", "ci_high"))))
    print("Referral effect (referred minus matched comparison, CSS points in {0} months): {1:,.0f}, "
          "95 % interval {2:,.0f} to {3:,.0f}; {4} referred, {5} comparisons".format(
              MONTHS, effect, low, high, int(results["N_REFERRED"]), int(results["N_COMPARISON"])))
    print("Planted (half the links after referral removed): {0:,.0f}: {1}".format(
        planted, "inside the interval" if found else "OUTSIDE the interval"))
    if not found:
        raise RuntimeError("socharm:referralimpact did not find the planted referral effect within its interval")
    return {"effect": effect, "low": low, "high": high, "planted": planted, "n_referred": results["N_REFERRED"],
            "n_comparison": results["N_COMPARISON"], "cohorts": rows}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", type=Path)
    args = parser.parse_args(argv)
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg
    from tools.qgis_cli import QgisProcess

    out_dir = args.out.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / "sample_force.gpkg"
    if not gpkg.exists():
        write_gpkg(generate_force(seed=SEED), gpkg)
    qp = QgisProcess(REPO / "build" / "qgis_process_referrals")
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
