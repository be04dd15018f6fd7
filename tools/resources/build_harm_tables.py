#!/usr/bin/env python3
"""Build the plugin's built-in harm tables from the shared public source files.

Developer script: it needs the shared reference data beside the repository
(``../shared/data/weights``) and is never run by the plugin itself. It writes,
into ``resources/harm_tables/``:

* ``ons_css_ho_code.csv`` + ``.json``: ONS Crime Severity Score (CSS) weight
  per Home Office offence code;
* ``ons_css_policeuk_category.csv`` + ``.json``: one weight per data.police.uk
  category, the mean of the CSS weights of its Home Office offence codes
  weighted by the number of offences recorded in England and Wales in 2017/18;
* ``PROVENANCE.md``: the human-readable provenance of both tables.

Usage::

    python tools/resources/build_harm_tables.py [--shared DIR] [--out DIR]

``--shared`` is the shared folder (holding ``data/weights``) or the weights
folder itself; default ``<repo>/../shared``. The output is deterministic: run
it twice and the files are byte-identical. Bump ``VERSION`` whenever the
build's output changes.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import re
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Dict, List, Tuple

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[2]

# One version for both tables: "ons-css-<year of the intermediary snapshot>.<build>".
# The ONS vintage of the weights is not stated in the source file; 2021 is the
# year the M-O-P-D file was last changed (commit 132ec61, 2021-02-03).
# Bump the suffix (.2, .3, ...) whenever this script's output changes.
VERSION = "ons-css-2021.1"

MOPD_FILE = "mopd_policeuk-ons-code-join.csv"
MAPPING_FILE = "crime_sim_toolkit_CrimeCatMappings.csv"
COUNTS_FILE = "crime_sim_toolkit_prc-pfa-201718_new.csv"
LICENCE_FILE = "crime_sim_toolkit_LICENSE.txt"

SOURCES = OrderedDict(
    [
        (
            MOPD_FILE,
            "GitHub M-O-P-D/Police-Supply-Demand, data/policeuk-ons-code-join.csv "
            "(last changed in commit 132ec613ab57371cf54c17d013bfbe750de24604, "
            "2021-02-03; repository MIT licence, Copyright (c) 2020-2021 Dan Birks, "
            "Andrew P Smith). ONS Crime Severity Score weights from the 'List of "
            "weights' sheet of the ONS CSS data tool (Crown copyright, OGL v3.0); "
            "ONS vintage not stated.",
        ),
        (
            MAPPING_FILE,
            "PyPI crime-sim-toolkit 1.5.0 (MIT licence, Copyright (c) 2019 Alex "
            "Coleman): Home Office offence codes mapped to data.police.uk categories.",
        ),
        (
            COUNTS_FILE,
            "PyPI crime-sim-toolkit 1.5.0 (MIT licence, Copyright (c) 2019 Alex "
            "Coleman): Home Office police recorded crime 2017/18 by police force "
            "area, quarter and offence code (Crown copyright, OGL v3.0).",
        ),
    ]
)

LICENCE = "Open Government Licence v3.0"
ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0"
WEIGHT_UNIT = "CSS points per offence"

# The 14 data.police.uk street-level categories, spelt as in the street CSVs.
POLICEUK_CATEGORIES: Tuple[str, ...] = (
    "Anti-social behaviour",
    "Bicycle theft",
    "Burglary",
    "Criminal damage and arson",
    "Drugs",
    "Other crime",
    "Other theft",
    "Possession of weapons",
    "Public order",
    "Robbery",
    "Shoplifting",
    "Theft from the person",
    "Vehicle crime",
    "Violence and sexual offences",
)
NO_CSS_CATEGORY = "Anti-social behaviour"
NO_CSS_FLAG = "no_css_weight"
BTP = "British Transport Police"

COLUMNS = ("code", "weight", "label", "category", "flag")


class BuildError(SystemExit):
    """Stops the build with a message (exit status 1)."""

    def __init__(self, message: str) -> None:
        super().__init__("build_harm_tables: ERROR: " + message)


# --------------------------------------------------------------------------- helpers


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_digest(path: Path) -> str:
    """The file's SHA-256 as the sidecars store it: ``sha256:<hex>``.

    A bare quoted 64-digit hex string in a JSON file is what secret scanners
    (detect-secrets' HexHighEntropyString, run by plugins.qgis.org on every
    upload) report as a possible key; the algorithm prefix says what it is.
    The hex after the prefix is the same checksum PROVENANCE.md shows.
    """
    return "sha256:" + sha256_file(path)


def sentence_case_category(value: str) -> str:
    """Map any spelling of a police.uk category ("Violence and Sexual Offences") to the street-CSV one."""
    key = " ".join(str(value).split()).casefold()
    for cat in POLICEUK_CATEGORIES:
        if cat.casefold() == key:
            return cat
    raise BuildError("unknown data.police.uk category %r" % value)


def split_compound(code: str) -> List[str]:
    """'1/4.1/4.10/4.2' -> ['1', '4.1', '4.10', '4.2']; plain codes -> [code]."""
    parts = [p.strip() for p in re.split(r"[/,]", code)]
    return [p for p in parts if p]


def code_sort_key(code: str):
    """Natural order: 1 < 2 < 3A < 4.1 < 4.2 < 4.10 < 5D < 10A < 105A."""
    key = []
    for part in re.findall(r"\d+|[^\d]+", code):
        key.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return key


def fmt_weight(value: float) -> str:
    """Shortest text that round-trips the float exactly (full precision)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def read_csv_str(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise BuildError("missing source file %s" % path)
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def write_csv(path: Path, rows: List[Dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def write_json(path: Path, data: dict) -> None:
    path.write_bytes((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def pct(x: float) -> str:
    return "%.2f%%" % (100.0 * x)


# --------------------------------------------------------------------------- table 1


def build_ho_code_table(weights_dir: Path):
    """Return (rows, info) for ons_css_ho_code."""
    src = read_csv_str(weights_dir / MOPD_FILE)
    needed = ["ONS_COUNTS_code", "ONS_SEVERITY_offence", "ONS_SEVERITY_weight", "POLICE_UK_CAT_MAP_category"]
    for col in needed:
        if col not in src.columns:
            raise BuildError("%s has no column %s" % (MOPD_FILE, col))

    by_code: "OrderedDict[str, dict]" = OrderedDict()
    compound_rows = []
    for i, rec in enumerate(src.to_dict("records"), start=2):  # row 1 is the header
        raw_code = rec["ONS_COUNTS_code"].strip()
        if not raw_code:
            raise BuildError("%s row %d: empty ONS_COUNTS_code" % (MOPD_FILE, i))
        try:
            weight = float(rec["ONS_SEVERITY_weight"])
        except ValueError:
            raise BuildError("%s row %d: weight %r is not a number" % (MOPD_FILE, i, rec["ONS_SEVERITY_weight"]))
        if not math.isfinite(weight) or weight < 0:
            raise BuildError("%s row %d: weight %r is not a finite non-negative number" % (MOPD_FILE, i, weight))
        label = " ".join(rec["ONS_SEVERITY_offence"].split())
        category = sentence_case_category(rec["POLICE_UK_CAT_MAP_category"])
        parts = split_compound(raw_code)
        if len(parts) > 1:
            compound_rows.append((i, raw_code, parts))
        for code in parts:
            prev = by_code.get(code)
            if prev is None:
                by_code[code] = {"weight": weight, "label": label, "category": category, "row": i}
                continue
            if prev["weight"] != weight:
                raise BuildError(
                    "%s: code %s has weight %r in row %d and %r in row %d"
                    % (MOPD_FILE, code, prev["weight"], prev["row"], weight, i)
                )
            if prev["category"] != category:
                raise BuildError(
                    "%s: code %s is in category %r in row %d and %r in row %d"
                    % (MOPD_FILE, code, prev["category"], prev["row"], category, i)
                )
            if prev["label"] != label:
                print("  note: code %s label %r (row %d) differs from %r (row %d); keeping the first"
                      % (code, label, i, prev["label"], prev["row"]))

    # Labels that come from a different ONS severity row than the code's own (the
    # source joins some outcome-only codes to the severity row of a sibling code).
    relabelled = []
    for rec in src.to_dict("records"):
        sev, cnt = rec["ONS_SEVERITY_code"].strip(), rec["ONS_COUNTS_code"].strip()
        if len(split_compound(cnt)) == 1 and sev != cnt and len(split_compound(sev)) == 1:
            relabelled.append((cnt, sev))

    # The independent crime-sim-toolkit mapping: add its codes only if they have a CSS weight.
    mapping = read_csv_str(weights_dir / MAPPING_FILE)
    map_codes = OrderedDict()
    for rec in mapping.to_dict("records"):
        code = rec["Offence_Code"].strip()
        map_codes[code] = (sentence_case_category(rec["Police.uk_Cat"]), " ".join(rec["Offence_Description"].split()))
    not_added = []
    category_disagreements = []
    for code, (cat, desc) in map_codes.items():
        parts = split_compound(code)
        if all(p in by_code for p in parts):
            for p in parts:
                if by_code[p]["category"] != cat:
                    category_disagreements.append((p, by_code[p]["category"], cat))
        else:
            # crime_sim_toolkit carries no CSS weights: a code absent from the ONS
            # weights list has none, and no weight is invented for it.
            not_added.append((code, desc, cat))

    rows = []
    for code in sorted(by_code, key=lambda c: (POLICEUK_CATEGORIES.index(by_code[c]["category"]), code_sort_key(c))):
        d = by_code[code]
        rows.append(
            {"code": code, "weight": fmt_weight(d["weight"]), "label": d["label"], "category": d["category"],
             "flag": ""}
        )
    info = {
        "source_rows": len(src),
        "compound_rows": compound_rows,
        "relabelled": sorted(set(relabelled), key=lambda t: code_sort_key(t[0])),
        "not_added": not_added,
        "category_disagreements": category_disagreements,
        "by_code": by_code,
        "mapping_codes": len(map_codes),
    }
    return rows, info


# --------------------------------------------------------------------------- table 2


def lookup_weight(code: str, by_code: dict):
    """CSS weight of a counts-file code; compound codes need all parts to share one weight."""
    parts = split_compound(code)
    if not parts or not all(p in by_code for p in parts):
        return None
    weights = {by_code[p]["weight"] for p in parts}
    if len(weights) != 1:
        raise BuildError("compound code %s has parts with different weights %s" % (code, sorted(weights)))
    cats = {by_code[p]["category"] for p in parts}
    return weights.pop(), cats.pop() if len(cats) == 1 else None


def build_category_table(weights_dir: Path, by_code: dict):
    counts = read_csv_str(weights_dir / COUNTS_FILE)
    for col in ("Force_Name", "Offence_Code", "Number_of_Offences", "Policeuk_Cat", "Offence_Description"):
        if col not in counts.columns:
            raise BuildError("%s has no column %s" % (COUNTS_FILE, col))
    counts = counts.copy()
    counts["code"] = counts["Offence_Code"].str.strip()
    try:
        counts["n"] = counts["Number_of_Offences"].str.replace(",", "", regex=False).str.strip().astype("int64")
    except ValueError as exc:
        raise BuildError("%s: Number_of_Offences is not an integer everywhere (%s)" % (COUNTS_FILE, exc))
    counts["category"] = counts["Policeuk_Cat"].map(sentence_case_category)
    negative_rows = int((counts["n"] < 0).sum())

    per_code = (
        counts.groupby(["category", "code"], sort=False)
        .agg(n=("n", "sum"), description=("Offence_Description", "first"), forces=("Force_Name", lambda s: sorted(set(
            s))))
        .reset_index()
    )
    if per_code["code"].duplicated().any():
        dup = per_code.loc[per_code["code"].duplicated(keep=False)]
        raise BuildError("codes in more than one category in %s: %s" % (COUNTS_FILE, dup.to_dict("records")))

    unmatched = []
    weights, matched = [], []
    for rec in per_code.to_dict("records"):
        found = lookup_weight(rec["code"], by_code)
        if found is None:
            weights.append(float("nan"))
            matched.append(False)
            unmatched.append(rec)
            continue
        w, cat = found
        if cat is not None and cat != rec["category"]:
            raise BuildError(
                "code %s is %r in %s but %r in %s" % (rec["code"], rec["category"], COUNTS_FILE, cat, MOPD_FILE)
            )
        weights.append(w)
        matched.append(True)
    per_code["weight"] = weights
    per_code["matched"] = matched

    # Non-territorial reporting bodies (national fraud reporting): which rows are theirs.
    territorial = set(counts["Force_Name"])
    nonterr = {}
    for rec in unmatched:
        for force in rec["forces"]:
            nonterr.setdefault(force, set()).add(rec["code"])
    bodies_only = sorted(
        f for f in nonterr if set(counts.loc[counts["Force_Name"] == f, "code"]) <= {r["code"] for r in unmatched}
    )
    territorial -= set(bodies_only)

    stats = OrderedDict()
    rows = []
    for cat in POLICEUK_CATEGORIES:
        if cat == NO_CSS_CATEGORY:
            rows.append({"code": cat, "weight": "0", "label": cat, "category": cat, "flag": NO_CSS_FLAG})
            stats[cat] = None
            continue
        sub = per_code[per_code["category"] == cat]
        used = sub[sub["matched"]]
        excl = sub[~sub["matched"]]
        total_n = int(sub["n"].sum())
        used_n = int(used["n"].sum())
        if used.empty or used_n <= 0:
            raise BuildError("category %r has no counted offence codes with a CSS weight" % cat)
        weight = float((used["n"] * used["weight"]).sum() / used_n)
        stats[cat] = {
            "weight": weight,
            "codes": int(len(used)),
            "offences": used_n,
            "all_offences": total_n,
            "excluded": [
                {"code": r["code"], "description": r["description"], "offences": int(r["n"]),
                 "share": (r["n"] / total_n) if total_n else 0.0, "reported_by": r["forces"]}
                for r in excl.to_dict("records")
            ],
            "excluded_share": (1.0 - used_n / total_n) if total_n else 0.0,
            "weighted_codes_not_counted": sorted(
                (c for c, d in by_code.items() if d["category"] == cat and not _code_counted(c, per_code)),
                key=code_sort_key,
            ),
            "negative_code_totals": [r["code"] for r in used.to_dict("records") if r["n"] < 0],
        }
        rows.append({"code": cat, "weight": fmt_weight(weight), "label": cat, "category": cat, "flag": ""})

    # Sensitivity (reported, not used): the same weights without British Transport Police.
    wmap = per_code.set_index("code")["weight"]
    nobtp = counts[counts["Force_Name"] != BTP].copy()
    nobtp["w"] = nobtp["code"].map(wmap)
    nobtp = nobtp[nobtp["w"].notna()]
    g = nobtp.assign(nw=nobtp["n"] * nobtp["w"]).groupby("category")[["nw", "n"]].sum()
    without_btp = OrderedDict((cat, float(r["nw"] / r["n"])) for cat, r in g.iterrows())

    info = {
        "without_btp": without_btp,
        "btp_included": BTP in territorial,
        "stats": stats,
        "unmatched": unmatched,
        "bodies_only": bodies_only,
        "forces": sorted(territorial),
        "rows": len(counts),
        "negative_rows": negative_rows,
        "total_offences": int(counts["n"].sum()),
        "per_code": per_code,
        "counts": counts,
    }
    return rows, info


def max_btp_change(info) -> float:
    out = 0.0
    for cat, w in info["without_btp"].items():
        st = info["stats"].get(cat)
        if st:
            out = max(out, abs(w / st["weight"] - 1.0))
    return out


def _code_counted(code: str, per_code: pd.DataFrame) -> bool:
    for c in per_code.loc[per_code["matched"], "code"]:
        if code in split_compound(c):
            return True
    return False


# --------------------------------------------------------------------------- outputs


def source_list(weights_dir: Path, files) -> list:
    return [
        {"file": f, "origin": SOURCES[f], "digest": sha256_digest(weights_dir / f)} for f in files
    ]


def ho_code_sidecar(weights_dir: Path, rows, info) -> dict:
    notes = [
        "Codes are the Home Office offence codes of column ONS_COUNTS_code of %s (not "
        "POLICE_UK_CAT_MAP_code, which has codes turned into spreadsheet dates)." % MOPD_FILE,
        "Compound codes are split into one row per code: "
        + "; ".join("%s (row %d) -> %s" % (raw, i, ", ".join(parts)) for i, raw, parts in info["compound_rows"])
        + ". Duplicate rows with the same weight are merged.",
        "Categories are the source's data.police.uk categories, respelt in sentence case as in the street-level CSVs.",
        "Weights are kept at the full precision of the source file.",
        "Anti-social behaviour has no Home Office offence code and no CSS weight; it is not in this table "
        "(see ons_css_policeuk_category, where it carries weight 0 with flag no_css_weight).",
    ]
    if info["relabelled"]:
        notes.append(
            "The source joins these codes to the ONS severity row of a sibling code; their label and weight "
            "are that row's: " + ", ".join("%s -> %s" % t for t in info["relabelled"]) + "."
        )
    if info["not_added"]:
        notes.append(
            "Codes in %s without a CSS weight, not added (no weight is invented): %s."
            % (MAPPING_FILE, ", ".join("%s (%s)" % (c, d) for c, d, _ in info["not_added"]))
        )
    return OrderedDict(
        [
            ("key", "ons_css_ho_code"),
            ("name", "ONS Crime Severity Score by Home Office offence code"),
            ("version", VERSION),
            ("weight_unit", WEIGHT_UNIT),
            ("rows", len(rows)),
            ("source", source_list(weights_dir, [MOPD_FILE, MAPPING_FILE])),
            (
                "method",
                "One row per Home Office offence code (column ONS_COUNTS_code of %s) with its ONS Crime "
                "Severity Score weight (ONS_SEVERITY_weight) and offence name (ONS_SEVERITY_offence, whitespace "
                "stripped). Compound codes such as '1/4.1/4.10/4.2' are split into their codes and duplicates "
                "merged; a code appearing with two different weights stops the build. The data.police.uk "
                "category is the source's POLICE_UK_CAT_MAP_category in the street-CSV spelling. The codes of "
                "the independent crime-sim-toolkit mapping were checked against it (categories agree); its "
                "codes that have no CSS weight (fraud recorded by national reporting bodies) are not added."
                % MOPD_FILE,
            ),
            ("licence", LICENCE),
            ("attribution", ATTRIBUTION),
            ("built_by", "tools/resources/build_harm_tables.py"),
            ("notes", notes),
        ]
    )


def category_sidecar(weights_dir: Path, rows, info) -> dict:
    notes = [
        "Anti-social behaviour has no CSS weight: it is carried explicitly with weight 0 and flag "
        "no_css_weight, so ASB records count 0 harm unless the user chooses a custom table.",
    ]
    if info["bodies_only"]:
        notes.append(
            "Excluded rows of non-territorial reporting bodies (fraud recorded nationally, no CSS weight): %s."
            % ", ".join(info["bodies_only"])
        )
    if info["btp_included"]:
        notes.append(
            "British Transport Police is included with the %d territorial forces of England and Wales (its "
            "offence codes have CSS weights and it publishes on data.police.uk); without it no category weight "
            "changes by more than %s." % (len(info["forces"]) - 1, pct(max_btp_change(info)))
        )
    for cat, st in info["stats"].items():
        if st and st["weighted_codes_not_counted"]:
            notes.append(
                "%s: codes with a CSS weight but no 2017/18 offences (they do not affect the mean): %s."
                % (cat, ", ".join(st["weighted_codes_not_counted"]))
            )
    for cat, st in info["stats"].items():
        if st is None:
            continue
        if st["excluded"]:
            notes.append(
                "%s: offence codes without a CSS weight excluded from the mean: %s; together %s of the category's "
                "2017/18 offences." % (
                    cat,
                    ", ".join("%s (%s, %d offences, %s)" % (e["code"], e["description"], e["offences"], pct(e["share"]))
                              for e in st["excluded"]),
                    pct(st["excluded_share"]),
                )
            )
    notes.append("All other categories: every counted offence code has a CSS weight (excluded share 0%).")
    if info["negative_rows"]:
        notes.append(
            "%d rows of the counts file hold negative counts (recording adjustments); they are summed as published."
            % info["negative_rows"]
        )
    return OrderedDict(
        [
            ("key", "ons_css_policeuk_category"),
            ("name", "ONS Crime Severity Score by data.police.uk category (2017/18 offence mix)"),
            ("version", VERSION),
            ("weight_unit", WEIGHT_UNIT),
            ("rows", len(rows)),
            ("counts_vintage", "Home Office police recorded crime, England and Wales, 2017/18"),
            ("source", source_list(weights_dir, [MOPD_FILE, COUNTS_FILE])),
            (
                "method",
                "For each data.police.uk category, the weight is the mean of the CSS weights of the Home Office "
                "offence codes in that category (table ons_css_ho_code), each weighted by its number of offences "
                "recorded by the police in England and Wales in 2017/18 (sum over all forces, including British "
                "Transport Police, and all four quarters of %s). The category of each code is the counts file's "
                "Policeuk_Cat (it agrees with the weights file). Offence codes with no CSS weight are left out of "
                "the mean and their share of the category's offences is reported in the notes; the compound "
                "homicide code '1/4.1/4.10/4.2' takes the weight its parts share. Anti-social behaviour is not a "
                "notifiable offence and has no CSS weight: it is carried with weight 0 and flag no_css_weight."
                % COUNTS_FILE,
            ),
            ("licence", LICENCE),
            ("attribution", ATTRIBUTION),
            ("built_by", "tools/resources/build_harm_tables.py"),
            (
                "categories",
                OrderedDict(
                    (cat, None if st is None else OrderedDict([
                        ("codes", st["codes"]),
                        ("offences_used", st["offences"]),
                        ("offences_all", st["all_offences"]),
                        ("excluded_share", round(st["excluded_share"], 6)),
                    ]))
                    for cat, st in info["stats"].items()
                ),
            ),
            ("notes", notes),
        ]
    )


def provenance_md(ho_rows, ho_info, cat_rows, cat_info, weights_dir: Path) -> str:
    L = []
    a = L.append
    a("# Built-in harm tables: provenance")
    a("")
    a("Generated by `tools/resources/build_harm_tables.py`; do not edit by hand. "
      "Version of both tables: `%s`." % VERSION)
    a("")
    a("| file | what it is | rows |")
    a("|---|---|---|")
    a("| `ons_css_ho_code.csv` | ONS Crime Severity Score weight per Home Office offence code | %d |" % len(ho_rows))
    a("| `ons_css_policeuk_category.csv` | ONS Crime Severity Score per data.police.uk category (2017/18 offence "
      "mix) | %d |" % len(cat_rows))
    a("")
    a("Both CSVs have the columns `code,weight,label,category,flag` (UTF-8, comma-separated, `\\n` line ends). "
      "The weight unit is *%s*. Each has a JSON sidecar (`<key>.json`) with its name, version, sources "
      "(with the SHA-256 of each source file, as `\"digest\": \"sha256:<hex>\"`), method, licence, attribution "
      "and notes." % WEIGHT_UNIT)
    a("")
    a("## Version")
    a("")
    a("`%s`. The ONS vintage of the weights is **not stated** in the source file (it was taken from the "
      "\"List of weights\" sheet of the ONS Crime Severity Score data tool; homicide is 7,973.39 here, while the "
      "2016 launch figure was 7,979). `2021` is the year the intermediary file was last changed "
      "(M-O-P-D/Police-Supply-Demand commit 132ec61, 2021-02-03). The suffix `.1` is the build number: bump it "
      "(`.2`, ...) in `VERSION` in the script whenever the build's output changes, and start a new year prefix "
      "if the tables are rebuilt from a newer, dated ONS release." % VERSION)
    a("")
    a("## Sources")
    a("")
    a("Verbatim copies kept outside the plugin in `../shared/data/weights/`:")
    a("")
    a("| file | origin | SHA-256 |")
    a("|---|---|---|")
    for f, origin in SOURCES.items():
        a("| `%s` | %s | `%s` |" % (f, origin, sha256_file(weights_dir / f)))
    a("")
    a("## Licences and attribution")
    a("")
    a("- The data (ONS Crime Severity Score weights, Home Office police recorded crime) are Crown copyright, "
      "licensed under the **Open Government Licence v3.0**. Attribution carried in the sidecars and to be "
      "shown in outputs: \"%s\"." % ATTRIBUTION)
    a("- The two intermediaries the files were copied from are MIT-licensed: the GitHub repository "
      "**M-O-P-D/Police-Supply-Demand** (MIT, Copyright (c) 2020-2021 Dan Birks, Andrew P Smith) and the PyPI "
      "package **crime-sim-toolkit 1.5.0** (MIT, Copyright (c) 2019 Alex Coleman). Only facts (codes, weights, "
      "counts) are taken from them; no code.")
    a("")
    a("## ons_css_ho_code")
    a("")
    a("- Code: column `ONS_COUNTS_code` of `%s`, the Home Office offence code (the column "
      "`POLICE_UK_CAT_MAP_code` is not used: a spreadsheet turned some of its codes into dates, "
      "e.g. `43831`)." % MOPD_FILE)
    a("- Weight: `ONS_SEVERITY_weight`, at the file's full precision. Label: `ONS_SEVERITY_offence`, whitespace "
      "stripped.")
    a("- Category: `POLICE_UK_CAT_MAP_category`, respelt in sentence case as in the street-level CSVs "
      "(\"Violence and Sexual Offences\" -> \"Violence and sexual offences\").")
    for i, raw, parts in ho_info["compound_rows"]:
        a("- Compound code `%s` (source row %d) split into %s; duplicate rows with equal weights merged "
          "(a code with two different weights stops the build)." % (raw, i, ", ".join("`%s`" % p for p in parts)))
    if ho_info["relabelled"]:
        a("- The source joins %s to the ONS severity row of a sibling code, so they carry that row's label and "
          "weight (the weights are equal within each burglary group)."
          % ", ".join("`%s` -> `%s`" % t for t in ho_info["relabelled"]))
    a("- `%s` (%d codes) was checked against it: every shared code is in the same category. Its codes with no "
      "CSS weight are **not** added (no weight is invented): %s." % (
          MAPPING_FILE, ho_info["mapping_codes"],
          ", ".join("`%s` (%s)" % (c, d) for c, d, _ in ho_info["not_added"]) or "none"))
    a("- %d source rows -> **%d codes**. Homicide (`1`, `4.1`, `4.2`, `4.10`): %s." % (
        ho_info["source_rows"], len(ho_rows), fmt_weight(ho_info["by_code"]["1"]["weight"])))
    a("- Anti-social behaviour has no offence code and is not in this table.")
    a("")
    a("Codes per category:")
    a("")
    a("| category | codes |")
    a("|---|---:|")
    for cat in POLICEUK_CATEGORIES:
        n = sum(1 for r in ho_rows if r["category"] == cat)
        a("| %s | %d |" % (cat, n))
    a("")
    a("## ons_css_policeuk_category")
    a("")
    a("Weight of a category = sum over its offence codes of (offences x CSS weight) / sum of offences, using only "
      "codes that have a CSS weight. Offences: `Number_of_Offences` of `%s`, Home Office police recorded crime "
      "2017/18, summed over all four quarters and all %d police forces in the file (the %d territorial forces of "
      "England and Wales and British Transport Police; without British Transport Police no category weight "
      "changes by more than %s). The category of a code is the file's `Policeuk_Cat` "
      "(identical to the weights file's for every code). The compound homicide code `1/4.1/4.10/4.2` takes the "
      "weight shared by its parts. %d rows hold negative counts (recording adjustments); they are summed as "
      "published. \"Codes used\" counts the compound homicide code once." % (
          COUNTS_FILE, len(cat_info["forces"]), len(cat_info["forces"]) - 1, pct(max_btp_change(cat_info)),
          cat_info["negative_rows"]))
    a("")
    a("Excluded: rows of the non-territorial national fraud reporting bodies %s. They report only fraud codes, "
      "which have no CSS weight; they fall in \"Other crime\". Offence codes in the counts file without a CSS "
      "weight: %s." % (
          ", ".join("\"%s\"" % b for b in cat_info["bodies_only"]) or "(none)",
          ", ".join("`%s`" % r["code"] for r in cat_info["unmatched"]) or "none"))
    a("")
    a("| category | weight (CSS points per offence) | codes used | offences used | excluded codes | excluded share "
      "of offences |")
    a("|---|---:|---:|---:|---|---:|")
    for cat, st in cat_info["stats"].items():
        if st is None:
            a("| %s | 0 (flag `no_css_weight`) | 0 | - | - | - |" % cat)
            continue
        a("| %s | %.6f | %d | %d | %s | %s |" % (
            cat, st["weight"], st["codes"], st["offences"],
            ", ".join("`%s` %s" % (e["code"], pct(e["share"])) for e in st["excluded"]) or "none",
            pct(st["excluded_share"])))
    for cat, st in cat_info["stats"].items():
        if st and st["weighted_codes_not_counted"]:
            a("")
            a("%s: codes with a CSS weight but no offences in 2017/18 (they do not affect the mean): %s." % (
                cat, ", ".join("`%s`" % c for c in st["weighted_codes_not_counted"])))
    a("")
    a("Anti-social behaviour is not a notifiable offence and has no CSS weight. It is carried explicitly with "
      "weight 0 and flag `no_css_weight` so that a tool can show how many ASB records scored nothing; an "
      "analyst who wants ASB to count must supply a custom table with a chosen, stated weight.")
    a("")
    a("## Rebuild")
    a("")
    a("```")
    a("python tools/resources/build_harm_tables.py            # reads ../shared/data/weights")
    a("python tools/resources/build_harm_tables.py --shared /path/to/shared")
    a("```")
    a("")
    a("The build is deterministic; if its output changes, bump `VERSION` in the script.")
    a("")
    return "\n".join(L)


# --------------------------------------------------------------------------- main


def resolve_weights_dir(shared: Path) -> Path:
    for cand in (shared / "data" / "weights", shared / "weights", shared):
        if (cand / MOPD_FILE).is_file():
            return cand
    raise BuildError("no %s under %s (looked in data/weights, weights and the folder itself)" % (MOPD_FILE, shared))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared",
                    help="shared folder holding data/weights (or the weights folder itself)")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "harm_tables",
                    help="output folder (default resources/harm_tables)")
    args = ap.parse_args(argv)

    weights_dir = resolve_weights_dir(args.shared.resolve())
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    print("sources: %s" % weights_dir)

    ho_rows, ho_info = build_ho_code_table(weights_dir)
    cat_rows, cat_info = build_category_table(weights_dir, ho_info["by_code"])

    # ---- sanity report
    print("\n[ons_css_ho_code] %d source rows -> %d codes" % (ho_info["source_rows"], len(ho_rows)))
    for i, raw, parts in ho_info["compound_rows"]:
        print("  split row %d %r -> %s" % (i, raw, parts))
    for c in ("1", "4.1", "4.2", "4.10"):
        print("  homicide %-5s %s" % (c, fmt_weight(ho_info["by_code"][c]["weight"])))
    if ho_info["category_disagreements"]:
        print("  WARNING category disagreements with %s: %s" % (MAPPING_FILE, ho_info["category_disagreements"]))
    else:
        print("  %s: all shared codes agree on the category" % MAPPING_FILE)
    print("  not added (no CSS weight): %s" % [c for c, _, _ in ho_info["not_added"]])
    for cat in POLICEUK_CATEGORIES:
        print("  %-30s %3d codes" % (cat, sum(1 for r in ho_rows if r["category"] == cat)))

    print("\n[ons_css_policeuk_category] %d count rows, %d offences, %d forces + bodies %s"
          % (cat_info["rows"], cat_info["total_offences"], len(cat_info["forces"]), cat_info["bodies_only"]))
    print("  unmatched counts codes (no CSS weight): %s"
          % [(r["code"], int(r["n"]), r["category"]) for r in cat_info["unmatched"]])
    print("  %-30s %14s %6s %10s %9s" % ("category", "weight", "codes", "offences", "excluded"))
    for cat, st in cat_info["stats"].items():
        if st is None:
            print("  %-30s %14s %6s %10s %9s  flag=%s" % (cat, "0", "-", "-", "-", NO_CSS_FLAG))
            continue
        print("  %-30s %14.6f %6d %10d %9s" % (cat, st["weight"], st["codes"], st["offences"], pct(st[
            "excluded_share"])))
        if st["weighted_codes_not_counted"]:
            print("      weighted codes with no 2017/18 counts: %s" % st["weighted_codes_not_counted"])
        if st["negative_code_totals"]:
            print("      WARNING negative totals: %s" % st["negative_code_totals"])

    print("  (sensitivity, not written) without %s:" % BTP)
    for cat, w in cat_info["without_btp"].items():
        print("      %-30s %14.6f" % (cat, w))

    # ---- write
    write_csv(out / "ons_css_ho_code.csv", ho_rows)
    write_json(out / "ons_css_ho_code.json", ho_code_sidecar(weights_dir, ho_rows, ho_info))
    write_csv(out / "ons_css_policeuk_category.csv", cat_rows)
    write_json(out / "ons_css_policeuk_category.json", category_sidecar(weights_dir, cat_rows, cat_info))
    (out / "PROVENANCE.md").write_bytes(provenance_md(ho_rows, ho_info, cat_rows, cat_info, weights_dir).encode(
        "utf-8"))
    print("\nwrote %s" % ", ".join(sorted(p.name for p in out.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
