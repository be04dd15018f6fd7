"""Specification of socharm:referralimpact, run through processing.run (and
qgis_process), on the small force worked by hand in tests/unit/test_referrals.py:
two months before and two after each referral; N1 referred in May, N2 in June,
N3-N5 never referred, N6 referred in January (before window outside the data).
"""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.qgis_cli import QgisProcess

ALG = "socharm:referralimpact"
T_975_1 = math.tan(0.475 * math.pi)  # t(0.975, 1 df) = 12.7062
COHORT_FIELDS = ["cohort", "n_nominals", "mean_harm_before", "mean_harm_after", "mean_change", "ci_low", "ci_high",
                 "method"]
NOMINAL_FIELDS = ["ref", "group", "referred", "referral_date", "status", "cohort", "matched_to", "window_month",
                  "n_before", "n_after", "harm_before", "harm_after", "harm_change"]
NOMINALS = [("N1", "2023-05-17", "A", "Ann One"), ("N2", "2023-06", "A", "Bob Two"), ("N3", None, "A", "Cy Three"),
            ("N4", None, "A", "Di Four"), ("N5", None, "A", "Ed Five"), ("N6", "2023-01", "A", "Flo Six")]
RECORDS = [  # offence id, date, weight (its code is "w<weight>"), linked nominals
    ("O1", "2023-03-10", 4, ["N1"]), ("O2", "2023-04-02", 6, ["N1"]), ("O3", "2023-06-05", 2, ["N1"]),
    ("O4", "2023-05-20", 50, ["N1"]), ("O5", "2023-03-01", 9, ["N3"]), ("O6", "2023-06-30", 8, ["N3"]),
    ("O7", "2023-04-15", 100, ["N4"]), ("O8", "2023-07-15", 50, ["N4"]), ("O9", "2023-05-15", 1, ["N2"]),
    ("O10", "2023-12-31", 0, []), ("O11", "2023-01-01", 3, ["N6"]),
]


@pytest.fixture
def force(layers, tmp_path):
    """Nominals (with names: personal data), offences with a nominal id field, a link table and a harm table."""
    nominals = layers.gpkg(layers.memory("Point", ["nominal_id:string", "referral_date:string", "group_type:string",
                                                   "full_name:string"],
                                         [("POINT(0 0)", *row) for row in NOMINALS], name="nominals"))
    offences = layers.gpkg(layers.memory(
        "Point", ["offence_id:string", "code:string", "day:string", "suspects:string"],
        [("POINT({0} 0)".format(i), oid, "w{0}".format(w), day, ";".join(noms) or None)
         for i, (oid, day, w, noms) in enumerate(RECORDS)], name="offences"))
    links = [(oid, n) for oid, _, _, noms in RECORDS for n in noms] + [("O3", "N99"), ("O99", "N1")]
    link_table = layers.gpkg(layers.memory("None", ["offence_id:string", "nominal_id:string"],
                                           [(None, *row) for row in links], name="links"))
    table = tmp_path / "weights.csv"
    table.write_text("code,weight\n" + "".join("w{0},{0}\n".format(w) for w in sorted({r[2] for r in RECORDS})),
                     encoding="utf-8")
    return nominals, offences, link_table, str(table)


def parameters(force, **extra):
    nominals, offences, links, table = force
    params = {"NOMINALS": nominals, "NOMINAL_ID": "nominal_id", "REFERRAL_DATE": "referral_date",
              "EVENTS": offences, "CODE_FIELD": "code", "HARM_TABLE_FILE": table, "DATE_FIELD": "day",
              "LINK_TABLE": links, "RECORD_ID": "offence_id", "LINK_RECORD_ID": "offence_id",
              "LINK_NOMINAL_ID": "nominal_id", "MONTHS_BEFORE": 2, "MONTHS_AFTER": 2, "CALIPER": 0,
              "SUPPRESS_BELOW": 0, "OUTPUT": "TEMPORARY_OUTPUT", "COHORTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


def test_effect_cohorts_and_results_worked_by_hand(run, force, read):
    results, feedback = run(ALG, parameters(force))

    # N1: before 4 + 6, after 2 (May's 50 in neither); nearest N3 (9 before, 8 after in March-July): d = -8 - -1 = -7.
    # N2: before 1, after 0; N3 is taken, N4 (100) is far, N5 (0, 0): d = -1 - 0 = -1. Mean -4, sd √18, se 3.
    assert results["REFERRAL_EFFECT"] == pytest.approx(-4.0)
    assert results["REFERRAL_EFFECT_LOW"] == pytest.approx(-4 - 3 * T_975_1)
    assert results["REFERRAL_EFFECT_HIGH"] == pytest.approx(-4 + 3 * T_975_1)
    assert (results["N_REFERRED"], results["N_COMPARISON"]) == (2, 2)
    cohorts = read.by(results["COHORTS"], "cohort")
    assert results["COHORTS"].fields().names() == COHORT_FIELDS
    assert list(cohorts) == ["referred", "comparison", "difference"]
    assert (cohorts["referred"]["n_nominals"], cohorts["referred"]["mean_harm_before"],
            cohorts["referred"]["mean_change"]) == ("2", 5.5, -4.5)
    assert (cohorts["comparison"]["mean_harm_before"], cohorts["comparison"]["mean_harm_after"]) == (4.5, 4.0)
    assert cohorts["difference"]["mean_change"] == pytest.approx(-4.0)
    assert cohorts["difference"]["ci_low"] == pytest.approx(-4 - 3 * T_975_1)
    assert cohorts["referred"]["method"].startswith("nearest-neighbour matching on log(1 + harm in the 2 months "
                                                    "before)")


def test_the_nominal_table_is_pseudonymous_and_reconciles_every_nominal(run, force, read):
    results, _ = run(ALG, parameters(force))

    table = results["OUTPUT"]
    assert table.fields().names() == NOMINAL_FIELDS
    rows = read.rows(table)
    text = repr(rows)
    assert not any(name in text for _, _, _, name in NOMINALS)  # no names
    assert not any("'{0}'".format(n) in text for n, *_ in NOMINALS)  # no ids
    by_ref = {r["ref"]: r for r in rows}
    assert sorted(by_ref) == ["P0001", "P0002", "P0003", "P0004", "P0005", "P0006"]  # in the order of the ids
    n1, n2, n3 = by_ref["P0001"], by_ref["P0002"], by_ref["P0003"]
    assert (n1["status"], n1["referral_date"], n1["n_before"], n1["harm_before"], n1["harm_after"]) == ("referred",
                                                                                                        "2023-05", 2,
                                                                                                        10, 2)
    assert (n2["status"], n2["matched_to"], n3["status"], n3["matched_to"]) == ("referred", "P0005", "comparison",
                                                                                "P0001")
    assert (by_ref["P0004"]["status"], by_ref["P0006"]["status"]) == ("not_matched", "referred_window_outside_data")
    assert by_ref["P0004"]["harm_before"] is None  # not compared: no window
    assert (n1["referred"], n3["referred"]) == (1, 0)


def test_links_to_missing_nominals_and_records_are_counted_and_warned(run, force):
    results, feedback = run(ALG, parameters(force))

    links = provenance_of(results["COHORTS"])["reconciliation"]["links"]
    assert links["by_status"]["link_to_unknown_nominal"] == 1 and links["by_status"]["link_to_unknown_record"] == 1
    assert links["links_in"] == 12 == sum(links["by_status"].values())
    assert feedback.warnings_with("1 links name a nominal that is not in layer 'nominals'", "link_to_unknown_nominal")
    assert feedback.warnings_with("1 links of table 'links' name a record that is not in layer 'offences'")
    assert feedback.warnings_with("1 referred nominals have a window of 2 months before", "2023-01 to 2023-12")


def test_a_nominal_id_field_on_the_records_gives_the_same_answer_as_the_link_table(run, force):
    by_table, _ = run(ALG, parameters(force))
    by_field, _ = run(ALG, parameters(force, LINK_TABLE=None, NOMINAL_ID_FIELD="suspects", SEPARATOR=";"))

    assert by_field["REFERRAL_EFFECT"] == pytest.approx(by_table["REFERRAL_EFFECT"])
    assert by_field["REFERRAL_EFFECT_LOW"] == pytest.approx(by_table["REFERRAL_EFFECT_LOW"])


def test_small_cohorts_are_shown_as_less_than_five_by_default(run, force, read):
    params = parameters(force)
    del params["SUPPRESS_BELOW"]
    results, feedback = run(ALG, params)

    rows = read.rows(results["COHORTS"])
    assert [r["n_nominals"] for r in rows] == ["<5", "<5", "<5"]
    assert all(r[f] is None for r in rows for f in ("mean_harm_before", "mean_change", "ci_low", "ci_high"))
    assert feedback.warnings_with("Fewer than 5 nominals in a cohort")


def test_nominal_ids_only_when_asked(run, force, read):
    results, _ = run(ALG, parameters(force, INCLUDE_PERSONAL=True))

    assert results["OUTPUT"].fields().names() == ["nominal_id"] + NOMINAL_FIELDS
    assert {r["nominal_id"]: r["ref"] for r in read.rows(results["OUTPUT"])}["N1"] == "P0001"
    assert provenance_of(results["OUTPUT"])["personal_fields"] == ["nominal_id"]


def test_nominals_without_any_referral_date_are_refused_naming_the_field(run, force, layers):
    nominals = layers.memory("None", ["nominal_id:string", "referral_date:string"],
                             [(None, "N1", None), (None, "N2", "soon")], name="people")
    with pytest.raises(QgsProcessingException) as caught:
        run(ALG, parameters(force, NOMINALS=nominals))
    message = str(caught.value)
    assert "Layer 'people', field 'referral_date': no nominal has a referral date" in message and "'soon'" in message


def test_windows_outside_the_data_are_refused_with_the_months_of_the_data(run, force):
    with pytest.raises(QgsProcessingException) as caught:
        run(ALG, parameters(force, MONTHS_BEFORE=6, MONTHS_AFTER=6))
    message = str(caught.value)
    assert "No referral in field 'referral_date' of layer 'nominals' can be compared" in message
    assert "6 whole months" in message and "2023-01 to 2023-12" in message


def test_without_a_link_the_run_says_how_to_give_one(run, force):
    with pytest.raises(QgsProcessingException) as caught:
        run(ALG, parameters(force, LINK_TABLE=None))
    assert "LINK_TABLE" in str(caught.value) and "NOMINAL_ID_FIELD" in str(caught.value)


def test_a_personal_field_as_group_is_refused(run, force):
    with pytest.raises(QgsProcessingException) as caught:
        run(ALG, parameters(force, GROUP_FIELD="full_name"))
    assert "'full_name'" in str(caught.value) and "personal identifier" in str(caught.value)


def test_qgis_process_writes_both_tables_with_provenance(run, force, tmp_path):
    nominals, offences, links, table = force
    cli = QgisProcess(tmp_path / "profile")
    params = parameters(force, NOMINALS=nominals.source(), EVENTS=offences.source(), LINK_TABLE=links.source(),
                        GROUP_FIELD="group_type", OUTPUT=str(tmp_path / "nominals_out.gpkg"),
                        COHORTS=str(tmp_path / "cohorts.gpkg"), HARM_TABLE=0, MISSING_WEIGHT=1, DEFAULT_WEIGHT=0,
                        FILTER="", SEPARATOR=";", MATCHES=1, CONFIDENCE=95, INCLUDE_PERSONAL=False)
    out = cli.run(ALG, params)

    assert out["_returncode"] == 0, out["_stderr"]
    assert out["results"]["REFERRAL_EFFECT"] == pytest.approx(-4.0)
    assert out["results"]["N_REFERRED"] == 2
    cohorts = QgsVectorLayer(str(tmp_path / "cohorts.gpkg"), "cohorts", "ogr")
    assert cohorts.isValid() and cohorts.fields().names()[1:] == COHORT_FIELDS  # after the GeoPackage's fid
    provenance = provenance_of(cohorts)
    assert provenance["algorithm"] == ALG and provenance["effect"]["estimate"] == pytest.approx(-4.0)
    assert provenance["nominals"]["group_field"] == "group_type"
    assert "within group" in provenance["design"]["matching"]
    per_nominal = QgsVectorLayer(str(tmp_path / "nominals_out.gpkg"), "n", "ogr")
    assert per_nominal.featureCount() == len(NOMINALS)
    assert provenance_of(per_nominal)["reconciliation"]["nominals"]["nominals_in"] == len(NOMINALS)
