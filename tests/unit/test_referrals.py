"""Nominal referrals (domain/analyses/referrals.py) on cohorts worked by hand.

The small force below has two months before and two after each referral.
Its nominals: N1 referred in May, N2 in June, N3-N5 never referred, N6
referred in January (its before window is outside the data), a row with no
id, N8 twice, and N10 with a referral date that is not a date.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses import referrals
from soc_harm_plugin.domain.harm.links import LinkPairs
from soc_harm_plugin.domain.periods.dates import parse_dates

T_975_1 = math.tan(0.475 * math.pi)  # t(0.975, 1 df) = 12.7062

NOMINALS = ["N1", "N2", "N3", "N4", "N5", "N6", None, "N8", "N8", "N10"]
REFERRALS = ["2023-05-17", "2023-06", None, None, None, "2023-01", None, None, "2023-02", "soon"]
RECORDS = [  # date, weight, linked nominals, in the filter
    ("2023-03-10", 4, ["N1"], True),  # 0: N1 before (March-April)
    ("2023-04-02", 6, ["N1"], True),  # 1: N1 before
    ("2023-06-05", 2, ["N1"], True),  # 2: N1 after (June-July)
    ("2023-05-20", 50, ["N1"], True),  # 3: N1's referral month: neither
    ("2023-03-01", 9, ["N3"], True),  # 4
    ("2023-06-30", 8, ["N3"], True),  # 5
    ("2023-04-15", 100, ["N4"], True),  # 6
    ("2023-07-15", 50, ["N4"], True),  # 7
    ("2023-05-15", 1, ["N2"], True),  # 8: N2 before (April-May)
    ("2023-12-31", 0, [], True),  # 9: unlinked; the data end in December
    ("2023-01-01", 3, ["N6"], True),  # 10: the data start in January
    (None, 5, ["N1"], True),  # 11: no date
    ("31/02/2023", 7, ["N3"], True),  # 12: not a date
    ("2023-09-01", 70, ["N1"], True),  # 13: N1, outside its windows
    ("2023-03-15", 1000, ["N1"], False),  # 14: left out by the filter
]


def links_of(records, duplicates=0, problems=None) -> LinkPairs:
    rec, nom = [], []
    for i, (_, _, nominals, _) in enumerate(records):
        for n in nominals:
            rec.append(i)
            nom.append(n)
    return LinkPairs(np.array(rec, dtype=np.int64), np.array(nom, dtype=object), dict(problems or {}), duplicates)


def run(nominals=NOMINALS, referral_dates=REFERRALS, records=RECORDS, groups=None, links=None, **design):
    design.setdefault("months_before", 2)
    design.setdefault("months_after", 2)
    design.setdefault("caliper", 0.0)
    noms = referrals.Nominals(np.array(nominals, dtype=object), parse_dates(referral_dates),
                       None if groups is None else np.array(groups, dtype=object))
    recs = referrals.Records(np.array([r[1] for r in records], dtype=float), parse_dates([r[0] for r in records]),
                      np.array([r[3] for r in records], dtype=bool))
    return referrals.referral_impact(noms, recs, links if links is not None else links_of(records),
                                     referrals.ReferralDesign(**design))


def row(result, key, ordinal=0):
    rows = [i for i, k in enumerate(result.columns["key"].tolist()) if k == key]
    i = rows[ordinal]
    return {name: values[i] for name, values in result.columns.items()}


def test_harm_before_and_after_each_referral_worked_by_hand():
    r = run()
    n1 = row(r, "N1")
    assert (n1["n_before"], n1["harm_before"], n1["n_after"], n1["harm_after"], n1["harm_change"]) == (2, 10, 1, 2, -8)
    assert (n1["referral_date"], n1["window_month"], n1["referred"]) == ("2023-05", "2023-05", True)
    n2 = row(r, "N2")
    assert (n2["n_before"], n2["harm_before"], n2["n_after"], n2["harm_after"], n2["harm_change"]) == (1, 1, 0, 0, -1)


def test_nearest_neighbour_matching_without_caliper_and_the_effect_worked_by_hand():
    r = run()
    # N1 (log(1+10)) is nearest N3 (log(1+9) in N1's March-April); N2 (log 2) ties N3 and N5 (0 in April-May):
    # N3 is taken already, so N5. N4 (100 in April) is nearest to no one.
    n3, n5 = row(r, "N3"), row(r, "N5")
    assert (n3["status"], n3["cohort"], n3["window_month"], n3["matched_to"]) == ("comparison", "comparison", "2023-05",
                                                                                 row(r, "N1")["ref"])
    assert (n3["harm_before"], n3["harm_after"], n3["harm_change"]) == (9, 8, -1)
    assert (n5["status"], n5["window_month"], n5["harm_change"]) == ("comparison", "2023-06", 0)
    assert row(r, "N1")["matched_to"] == n3["ref"] and row(r, "N2")["matched_to"] == n5["ref"]
    assert row(r, "N4")["status"] == "not_matched" and math.isnan(row(r, "N4")["harm_before"])
    # d = (-8 - -1, -1 - 0) = (-7, -1): mean -4, s = √18, s/√2 = 3
    e = r.effect
    assert (e.estimate, e.n_referred, e.n_comparison) == (-4.0, 2, 2)
    assert e.low == pytest.approx(-4 - 3 * T_975_1, rel=1e-12) and e.high == pytest.approx(-4 + 3 * T_975_1, rel=1e-12)


def test_cohort_table_worked_by_hand():
    cohorts = {c["cohort"]: c for c in run().cohorts(suppress_below=0)}
    assert list(cohorts) == ["referred", "comparison", "difference"]
    assert all(list(c) == list(referrals.COHORT_FIELDS) for c in cohorts.values())
    ref, comp, diff = cohorts["referred"], cohorts["comparison"], cohorts["difference"]
    # referred: before (10, 1), after (2, 0), change (-8, -1): s = √24.5, s/√2 = 3.5
    assert (ref["n_nominals"], ref["mean_harm_before"]) == ("2", 5.5)
    assert (ref["mean_harm_after"], ref["mean_change"]) == (1.0, -4.5)
    assert ref["ci_low"] == pytest.approx(-4.5 - 3.5 * T_975_1)
    assert ref["ci_high"] == pytest.approx(-4.5 + 3.5 * T_975_1)
    # comparison: before (9, 0), after (8, 0), change (-1, 0): s = √0.5, s/√2 = 0.5
    assert (comp["n_nominals"], comp["mean_harm_before"], comp["mean_harm_after"], comp["mean_change"]) == ("2", 4.5,
                                                                                                            4.0, -0.5)
    assert comp["ci_low"] == pytest.approx(-0.5 - 0.5 * T_975_1)
    assert (diff["mean_harm_before"], diff["mean_harm_after"], diff["mean_change"]) == (1.0, -3.0, -4.0)
    assert diff["ci_high"] == pytest.approx(-4 + 3 * T_975_1)
    assert ref["method"].startswith("nearest-neighbour matching on log(1 + harm in the 2 months before), 1:1 without "
                                    "replacement, no caliper")


def test_a_caliper_leaves_a_referral_with_no_close_comparison_unmatched():
    r = run(caliper=0.2)
    # pooled SD of log(1 + harm before): referred (log 11, log 2); candidates, N1's window: N3 log 10, N4 log 101,
    # N5 0; N2's window: N3 0, N4 log 101, N5 0
    pooled = math.sqrt((statistics.variance([math.log(11), math.log(2)])
                        + statistics.variance([math.log(10), math.log(101), 0, 0, math.log(101), 0])) / 2)
    assert r.caliper_width == pytest.approx(0.2 * pooled, rel=1e-12)
    assert math.log(11 / 10) < r.caliper_width < math.log(2)  # N1-N3 inside; N2-N5 (log 2) outside
    assert row(r, "N2")["status"] == "referred_unmatched" and row(r, "N2")["cohort"] is None
    assert row(r, "N5")["status"] == "not_matched"
    assert (r.effect.estimate, r.effect.low, r.effect.n_referred) == (-7.0, None, 1)  # one pair: no interval


def test_every_nominal_has_one_status():
    r = run()
    status = dict(zip(range(len(NOMINALS)), r.columns["status"].tolist()))
    assert status == {0: "referred", 1: "referred", 2: "comparison", 3: "not_matched", 4: "comparison",
                      5: "referred_window_outside_data", 6: "no_nominal_id", 7: "duplicate_nominal_id",
                      8: "duplicate_nominal_id", 9: "invalid_referral_date"}
    by_status = r.reconciliation["nominals"]["by_status"]
    assert sum(by_status.values()) == r.reconciliation["nominals"]["nominals_in"] == 10
    assert row(r, "N6")["referred"] and row(r, "N6")["cohort"] is None  # referred, but not comparable


def test_every_link_is_reconciled_worked_by_hand():
    r = run(links=links_of(RECORDS, duplicates=1, problems={"link_to_unknown_nominal": 2}))
    links = r.reconciliation["links"]
    assert links["by_status"] == {
        "before": 4,  # records 0, 1 (N1), 4 (N3 in N1's window), 8 (N2)
        "after": 2,  # 2 (N1), 5 (N3)
        "referral_month": 1,  # 3
        "outside_windows": 1,  # 13
        "nominal_not_compared": 3,  # 6, 7 (N4), 10 (N6)
        "filtered": 1,  # 14
        "no_date": 1,  # 11
        "unparseable_date": 1,  # 12
        "duplicate_link": 1,
        "link_row_with_empty_id": 0, "link_to_unknown_record": 0, "link_to_unknown_nominal": 2,
    }
    assert links["links_in"] == 17 == sum(links["by_status"].values())
    assert r.link_status.tolist()[:4] == ["before", "before", "after", "referral_month"]
    assert r.reconciliation["records"] == {"records_in": 15, "linked": 14, "unlinked": 1}
    assert r.reconciliation["data_months"] == {"first": "2023-01", "last": "2023-12"}


def test_counts_in_the_windows_add_up_to_the_links_before_and_after():
    r = run()
    compared = ~np.isnan(r.columns["n_before"])
    assert r.columns["n_before"][compared].sum() == r.reconciliation["links"]["by_status"]["before"]
    assert r.columns["n_after"][compared].sum() == r.reconciliation["links"]["by_status"]["after"]


def test_the_closest_pair_is_matched_first_whatever_the_order_of_the_referrals():
    # R1 (12 before) and R2 (10.5) both nearest C1 (10); R2 is nearer: R2-C1, then R1-C2 (30)
    nominals = ["R1", "R2", "C1", "C2"]
    referral_dates = ["2023-03", "2023-03", None, None]
    records = [("2023-02-01", 12, ["R1"], True), ("2023-02-01", 10.5, ["R2"], True), ("2023-02-01", 10, ["C1"], True),
               ("2023-02-01", 30, ["C2"], True), ("2023-01-01", 0, [], True), ("2023-06-01", 0, [], True)]
    r = run(nominals, referral_dates, records, months_before=1, months_after=1)
    assert row(r, "R2")["matched_to"] == row(r, "C1")["ref"]
    assert row(r, "R1")["matched_to"] == row(r, "C2")["ref"]


def test_with_a_group_a_nominal_is_compared_only_within_its_group():
    groups = ["A", "A", "B", "A", "A", "A", None, None, None, None]
    r = run(groups=groups)
    # N1's nearest is N3, of group B. In group A, closest pairs first: N2-N5 (|log 2 - 0| = 0.69), then
    # N1-N4 (|log 11 - log 101| = 2.22; N1-N5 would be 2.40)
    assert row(r, "N2")["matched_to"] == row(r, "N5")["ref"]
    assert row(r, "N1")["matched_to"] == row(r, "N4")["ref"]
    assert row(r, "N3")["status"] == "not_matched" and row(r, "N1")["group"] == "A"
    assert "within group" in r.cohorts()[0]["method"]


def test_two_comparisons_per_referral():
    r = run(matches=2)
    # closest pairs first: N1-N3 (0.095), N2-N3 (0.69; N3 taken), N2-N5 (0.69), N1-N4 (|log 11 - log 101| = 2.22),
    # then N1-N5 (2.40) and N2-N4 (3.92) find them taken: N2 has one comparison
    assert set(row(r, "N1")["matched_to"].split(";")) == {row(r, "N3")["ref"], row(r, "N4")["ref"]}
    assert row(r, "N2")["matched_to"] == row(r, "N5")["ref"]
    # N1: -8 - mean(-1, N4 in March-July: 100 before, 50 after: -50) = -8 + 25.5 = 17.5; N2: -1 - 0 = -1
    assert r.effect.estimate == pytest.approx((17.5 - 1) / 2)
    assert (r.effect.n_referred, r.effect.n_comparison) == (2, 3)


def test_not_yet_referred_nominals_can_be_comparisons_and_earlier_ones_never():
    # study the May referrals only: N2 (June) is referred outside the period, too soon for N1 (its after window
    # ends in July); L (September) is not yet referred by then; E (February) was referred before
    nominals = ["N1", "N2", "L", "E"]
    referral_dates = ["2023-05", "2023-06", "2023-09", "2023-02"]
    records = [("2023-03-01", 10, ["N1", "N2", "L", "E"], True), ("2023-01-01", 0, [], True),
               ("2023-12-01", 0, [], True)]
    r = run(nominals, referral_dates, records, period_start=dt.date(2023, 5, 1), period_end=dt.date(2023, 5, 31))
    assert row(r, "N1")["matched_to"] == row(r, "L")["ref"]
    assert row(r, "L")["status"] == "comparison" and not row(r, "L")["referred"]
    assert row(r, "N2")["status"] == "referred_outside_period" and row(r, "E")["status"] == "referred_outside_period"


def test_a_nominal_without_a_referral_date_is_not_referred_and_may_be_compared():
    r = run()
    n5 = row(r, "N5")
    assert not n5["referred"] and n5["referral_date"] is None and n5["status"] == "comparison"


def test_a_referral_at_the_edge_of_the_data_is_counted_not_compared():
    # N6 (January): its before window (Nov-Dec 2022) is not in the data
    r = run()
    assert row(r, "N6")["status"] == "referred_window_outside_data"
    assert r.reconciliation["nominals"]["by_status"]["referred_window_outside_data"] == 1
    # the same referral in March has its windows in the data
    later = list(REFERRALS)
    later[5] = "2023-03"
    assert row(run(referral_dates=later), "N6")["status"] in ("referred", "referred_unmatched")


def test_zero_harm_everywhere_gives_a_zero_effect_with_no_width():
    zero = [(d, 0, n, f) for d, _, n, f in RECORDS]
    e = run(records=zero).effect
    assert (e.estimate, e.low, e.high) == (0.0, 0.0, 0.0)


def test_no_referral_gives_no_effect_and_still_reconciles():
    r = run(referral_dates=[None] * len(NOMINALS))
    assert (r.effect.estimate, r.effect.low, r.effect.n_referred) == (None, None, 0)
    cohorts = r.cohorts(suppress_below=0)
    assert [c["n_nominals"] for c in cohorts] == ["0", "0", "0"] and cohorts[0]["mean_change"] is None
    links = r.reconciliation["links"]
    assert sum(links["by_status"].values()) == links["links_in"] and links["by_status"]["nominal_not_compared"] == 11


def test_no_dated_record_means_no_referral_can_be_compared():
    undated = [(None, w, n, f) for _, w, n, f in RECORDS]
    r = run(records=undated)
    assert r.reconciliation["data_months"] is None
    assert row(r, "N1")["status"] == "referred_window_outside_data"


def test_month_only_record_dates_give_the_same_answer():
    month_only = [(d[:7] if d and d[:2] == "20" else d, w, n, f) for d, w, n, f in RECORDS]
    a, b = run(), run(records=month_only)
    assert a.effect == b.effect
    assert a.reconciliation == b.reconciliation


def test_small_cohorts_are_suppressed_in_the_cohort_table():
    cohorts = run().cohorts(suppress_below=5)
    assert [c["n_nominals"] for c in cohorts] == ["<5", "<5", "<5"]
    assert all(c[f] is None for c in cohorts for f in ("mean_harm_before", "mean_harm_after", "mean_change", "ci_low",
                                                       "ci_high"))
    assert cohorts[0]["method"]  # the method is no count: kept


def test_pseudonyms_are_not_the_ids_and_follow_the_ids_order():
    refs = referrals.pseudonyms(["N2", None, "N10", "N1", "7"])
    assert refs.tolist() == ["P0004", "P0005", "P0003", "P0002", "P0001"]  # text sorts as text; no id last
    r = run()
    assert not set(r.columns["ref"].tolist()) & {k for k in NOMINALS if k}


@pytest.mark.parametrize("design, code", [
    (dict(months_before=0), "window_too_short"), (dict(months_after=0), "window_too_short"),
    (dict(matches=0), "matches_below_one"), (dict(caliper=-1.0), "caliper_negative"),
    (dict(caliper=float("nan")), "caliper_negative"), (dict(confidence=1.0), "confidence_out_of_range"),
    (dict(period_start=dt.date(2023, 6, 1), period_end=dt.date(2023, 5, 31)), "period_reversed"),
])
def test_a_design_that_cannot_run_is_refused_with_its_code(design, code):
    with pytest.raises(referrals.ReferralDesignError) as caught:
        run(**design)
    assert caught.value.code == code
