"""Community priorities and street recommendations (pure: no QGIS).

Every expected number below is worked out by hand in the comments.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from soc_harm_plugin.domain.community.priorities import community_priorities, dissimilarity
from soc_harm_plugin.domain.community.recommend import (
    ALL_HARM_THEME,
    ConcernTable,
    DEFAULT_THEME_MAP,
    MINMAX,
    NEED_HIGHER,
    NEED_LOWER,
    PERCENTILE,
    concern_layout,
    field_theme,
    normalise,
    parse_theme_map,
    recommend,
)
from soc_harm_plugin.domain.community.survey import (
    DEFAULT_CATEGORIES,
    PopulationTable,
    Survey,
    SurveyError,
    category_code,
    locate_by_code,
    looks_like_identifier,
    normalise_label,
    parse_categories,
    shareable_unknown_answers,
    split_answers,
)
from soc_harm_plugin.domain.periods.calendar import Period

AREAS = ["A", "B", "C"]

# Seventeen respondents: 12 in A, 3 in B, none in C, one without an area code,
# one with a code that is no area. (code, priority_1, priority_2, confidence, age_band)
RESPONDENTS = [
    ("A", "drug_dealing", "burglary", 5, "16-34"),            # r1
    ("A", "drug_dealing", None, 4, "16-34"),                  # r2
    ("a ", "Drug dealing", "drug_dealing", "3", "16-34"),     # r3: code in another case; named twice = once
    ("A", "burglary", "parking", None, "35+"),                # r4: parking is no category
    ("A", "speeding", None, 2, "35+"),                        # r5
    ("A", "asb", None, 7, "35+"),                             # r6: alias; confidence 7 is off the 1-5 scale
    ("A", None, None, "high", "35+"),                         # r7: named nothing; confidence is not a number
    ("A", "violence", "drug_dealing", 1, "35+"),              # r8
    ("A", "burglary; litter", None, 3, "prefer not to say"),  # r9: a list in one field
    ("A", "scams", None, 4, "Prefer not to say"),             # r10
    ("A", "drug_dealing", "dog fouling", None, None),         # r11
    ("A", "speeding", "burglary", 5, None),                   # r12
    ("B", "parking", None, 3, "35+"),                         # r13
    ("B", "drug_dealing", None, 3, "35+"),                    # r14
    ("B", "burglary", None, 3, "16-34"),                      # r15
    (None, "noise", None, 2, "35+"),                          # r16: no area code
    ("Z", "drug_dealing", None, 4, "35+"),                    # r17: Z is no area
]


def survey_of(rows=RESPONDENTS, dates=None, with_age=True):
    codes = [r[0] for r in rows]
    index, missing = locate_by_code(codes, AREAS)
    return Survey(
        area_index=index, missing_area=missing,
        priorities=[[r[1] for r in rows], [r[2] for r in rows]],
        confidence=[r[3] for r in rows],
        demographics={"age_band": [r[4] for r in rows]} if with_age else {},
        dates=dates,
    )


def column(result, name):
    return dict(zip(result.area_ids, dict((n, v) for n, _, v in result.columns())[name]))


# ------------------------------------------------------------------ labels ---
def test_labels_normalise_case_spaces_and_aliases():
    assert normalise_label("  Drug   dealing ") == "drug_dealing"
    assert normalise_label("65+") == "65+"
    assert normalise_label(2.0) == "2"
    assert normalise_label("") is None and normalise_label(None) is None
    assert normalise_label(float("nan")) is None
    assert category_code("Anti-social behaviour") == "antisocial_behaviour"
    assert split_answers("burglary; Litter, burglary | ASB") == ["burglary", "litter", "antisocial_behaviour"]


def test_categories_parse_and_default():
    assert parse_categories("") == DEFAULT_CATEGORIES
    assert parse_categories("Drug dealing, burglary;burglary") == ("drug_dealing", "burglary")
    with pytest.raises(SurveyError, match="field name"):
        parse_categories("9lives")


def test_sample_categories_are_the_documented_list():
    from tools.sample import force

    assert force.SURVEY_CATEGORIES == DEFAULT_CATEGORIES
    assert not set(force.SURVEY_OTHER_ANSWERS) & set(DEFAULT_CATEGORIES)


def test_area_codes_match_ignoring_case_and_spaces():
    index, missing = locate_by_code(["w001", " W002 ", None, "", "W9", 12.0], ["W001", "W002", "12"])
    assert index.tolist() == [0, 1, -1, -1, -1, 2]
    assert missing.tolist() == [False, False, True, True, False, False]


# --------------------------------------------------------- priorities by area ---
def test_shares_confidence_and_counts_by_hand():
    result = community_priorities(survey_of(), AREAS)
    # A: drug dealing r1 r2 r3 r8 r11 = 5/12; burglary r1 r4 r9 r12 = 4/12; speeding r5 r12 = 2/12
    assert column(result, "pri_drug_dealing")["A"] == pytest.approx(5 / 12)
    assert column(result, "pri_burglary")["A"] == pytest.approx(4 / 12)
    assert column(result, "pri_speeding")["A"] == pytest.approx(2 / 12)
    assert column(result, "pri_antisocial_behaviour")["A"] == pytest.approx(1 / 12)
    assert column(result, "pri_litter")["A"] == pytest.approx(1 / 12)
    assert column(result, "pri_knife_crime")["A"] == 0.0
    assert column(result, "respondents") == {"A": 12, "B": None, "C": 0}
    # valid confidence in A: 5 4 3 2 1 3 4 5 = 27 / 8 (7 and "high" are invalid, two not answered)
    assert column(result, "mean_confidence")["A"] == pytest.approx(27 / 8)
    assert column(result, "confidence_n")["A"] == 8
    assert result.invalid_confidence == 2
    assert set(result.invalid_confidence_examples) == {"7", "high"}
    # age answered in A: 8 of 12 ("prefer not to say" twice, NULL twice)
    assert column(result, "answered_age_band")["A"] == pytest.approx(8 / 12)


def test_small_areas_are_suppressed_for_sharing():
    result = community_priorities(survey_of(), AREAS)
    assert column(result, "status") == {"A": "ok", "B": "suppressed", "C": "no_respondents"}
    for name, _, values in result.columns():
        if name != "status":
            assert values[1] is None, name  # B: 3 respondents < 10, nothing about it leaves
    assert column(result, "pri_drug_dealing")["C"] is None  # nobody answered: no share


def test_low_count_areas_keep_their_values_when_not_for_sharing():
    result = community_priorities(survey_of(), AREAS, suppress=False)
    assert column(result, "status")["B"] == "low_count"
    assert column(result, "respondents")["B"] == 3
    assert column(result, "pri_drug_dealing")["B"] == pytest.approx(1 / 3)
    assert column(result, "mean_confidence")["B"] == pytest.approx(3.0)


def test_threshold_is_a_parameter():
    result = community_priorities(survey_of(), AREAS, min_respondents=3)
    assert column(result, "status")["B"] == "ok"
    assert column(result, "pri_burglary")["B"] == pytest.approx(1 / 3)


def test_unknown_categories_are_counted_and_listed():
    result = community_priorities(survey_of(), AREAS)
    # parking r4 r13, dog fouling r11, noise r16 (counted over the whole survey)
    assert result.unknown_categories == {"parking": 2, "noise": 1, "dog_fouling": 1}
    assert list(result.unknown_categories)[0] == "parking"


def test_missing_and_unknown_area_codes_are_counted_and_reconcile():
    result = community_priorities(survey_of(), AREAS)
    assert result.reconciliation == {
        "respondents_in": 17,
        "by_status": {"counted": 15, "no_area": 1, "unknown_area": 1, "no_date": 0, "out_of_period": 0},
    }


def test_empty_survey_is_a_clear_error():
    empty = Survey(area_index=np.zeros(0, dtype=np.int64), missing_area=np.zeros(0, dtype=bool),
                      priorities=[[]])
    with pytest.raises(SurveyError, match="no respondents"):
        community_priorities(empty, AREAS)


def test_no_priority_field_is_a_clear_error():
    survey = survey_of()
    survey.priorities = []
    with pytest.raises(SurveyError, match="at least one field"):
        community_priorities(survey, AREAS)


def test_identifier_field_names_are_recognised():
    for name in ("respondent_id", "RespondentId", "full_name", "email", "Postcode", "date_of_birth", "ref"):
        assert looks_like_identifier(name), name
    for name in ("priority_1", "concerns", "age_band", "ethnicity", "sex", "confidence", "group_membership",
                 "survey_date", "ward_code", "identity_theft"):
        assert not looks_like_identifier(name), name


def test_rare_write_in_answers_stay_out_of_shared_provenance():
    unknown = {"parking": 12, "mr smith at no 4": 1, "noise": 3}
    assert shareable_unknown_answers(unknown, 10, True) == ({"parking": 12}, 2)
    assert shareable_unknown_answers(unknown, 10, False) == (unknown, 0)


def test_outputs_hold_no_respondent_identifier():
    result = community_priorities(survey_of(), AREAS)
    names = [n for n, _, _ in result.columns()]
    assert not [n for n in names if "respondent_id" in n or n == "id"]
    assert len(result.columns()[0][2]) == len(AREAS)  # one row per area, never per respondent


# ---------------------------------------------------------- representativeness ---
def test_dissimilarity_by_hand():
    # survey 3 young / 5 old = .375 / .625; population 600 / 400 = .6 / .4
    # D = 0.5 * (|.375 - .6| + |.625 - .4|) = 0.225
    assert dissimilarity({"young": 3, "old": 5}, {"young": 600, "old": 400}) == pytest.approx(0.225)
    assert dissimilarity({"a": 1}, {"b": 5}) == pytest.approx(1.0)
    assert np.isnan(dissimilarity({}, {"a": 1}))


def population_table():
    return PopulationTable(
        area_codes=["A", "A", "B", "B", "Q", "A"],
        variables=["age_band", "age_band", "age_band", "age_band", "age_band", "sex"],
        groups=["16-34", "35+", "16-34", "35+", "16-34", "female"],
        counts=[600, 400, 100, 100, 50, 10],
    )


def test_representativeness_against_the_population():
    result = community_priorities(survey_of(), AREAS, min_respondents=5, population=population_table())
    # A answered: 16-34 r1 r2 r3 = 3, 35+ r4 r5 r6 r7 r8 = 5 (the rest did not say)
    # vs 600 / 400: D = 0.5 * (|3/8 - .6| + |5/8 - .4|) = 0.225
    assert column(result, "rep_age_band")["A"] == pytest.approx(0.225)
    assert column(result, "rep_age_band")["B"] is None  # 3 respondents < 5: suppressed
    assert result.population_problems["unknown_area"] == 1  # Q
    assert result.population_problems["other_variable"] == 1  # sex is not a survey question here


def test_too_few_answers_to_say_anything_is_noted_not_computed():
    # threshold 10: A has 12 respondents (shown) but only 8 answered the age question
    result = community_priorities(survey_of(), AREAS, population=population_table())
    assert column(result, "status")["A"] == "ok"
    assert column(result, "rep_age_band")["A"] is None
    assert {"period": "", "area_id": "A", "variable": "age_band", "reason": "too_few_answered",
            "answered": 8} in result.rep_notes


def test_survey_groups_missing_from_the_population_are_listed():
    rows = [r[:4] + ("16-34" if k % 2 else "other",) for k, r in enumerate(RESPONDENTS)]
    result = community_priorities(survey_of(rows), AREAS, min_respondents=5, population=population_table())
    # "other" answers among counted respondents: r1 r3 r5 r7 r9 r11 (A) r13 r15 (B) -> 8 (0-based even rows)
    assert result.unknown_population_groups == {"age_band": {"other": 8}}
    # A: 16-34 r2 r4 r6 r8 r10 r12 = 6, other 6; population 16-34 .6, 35+ .4
    # D = 0.5 * (|.5 - .6| + |0 - .4| + |.5 - 0|) = 0.5
    assert column(result, "rep_age_band")["A"] == pytest.approx(0.5)


# ----------------------------------------------------------------- two periods ---
def dated_rows():
    """r1-r12 in A: odd ones in 2023, even ones in 2024; others undated or 2022."""
    dates = []
    for k in range(len(RESPONDENTS)):
        if k < 12:
            dates.append("2023-06-{0:02d}".format(k + 1) if k % 2 == 0 else "2024-06-{0:02d}".format(k + 1))
        elif k == 12:
            dates.append(None)
        elif k == 13:
            dates.append("2022-05-01")
        elif k == 14:
            dates.append("not a date")
        else:
            dates.append("2024-01")
    return dates


PERIODS = [Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


def test_two_periods_side_by_side_with_changes():
    result = community_priorities(survey_of(dates=dated_rows()), AREAS, periods=PERIODS, min_respondents=5)
    cols = {n: dict(zip(AREAS, v)) for n, _, v in result.columns()}
    names = [n for n, _, _ in result.columns()]
    assert names[:4] == ["status_p1", "status_p2", "respondents_p1", "respondents_p2"]
    assert names.index("pri_drug_dealing_p2") == names.index("pri_drug_dealing_p1") + 1
    assert names.index("pri_drug_dealing_change") == names.index("pri_drug_dealing_p2") + 1
    # 2023: r1 r3 r5 r7 r9 r11; drug dealing r1 r3 r11 = 3/6
    # 2024: r2 r4 r6 r8 r10 r12; drug dealing r2 r8 = 2/6; change -1/6
    assert cols["respondents_p1"]["A"] == 6 and cols["respondents_p2"]["A"] == 6
    assert cols["pri_drug_dealing_p1"]["A"] == pytest.approx(3 / 6)
    assert cols["pri_drug_dealing_p2"]["A"] == pytest.approx(2 / 6)
    assert cols["pri_drug_dealing_change"]["A"] == pytest.approx(-1 / 6)
    # confidence 2023: 5, 3, 2, (high), 3, (NULL) = 13/4; 2024: 4, (NULL), (7), 1, 4, 5 = 14/4
    assert cols["mean_confidence_p1"]["A"] == pytest.approx(13 / 4)
    assert cols["mean_confidence_change"]["A"] == pytest.approx(14 / 4 - 13 / 4)
    # r13 no date, r15 unparseable -> no_date; r14 2022 out of period; r16 (no code) and r17 (Z) are 2024-01
    assert result.reconciliation["by_status"] == {"counted_p1": 6, "counted_p2": 6, "no_area": 1,
                                                  "unknown_area": 1, "no_date": 2, "out_of_period": 1}
    assert result.unparseable_dates == ["not a date"]


def test_overlapping_periods_are_refused():
    overlap = [Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), Period(dt.date(2023, 6, 1), dt.date(2024, 5, 31))]
    with pytest.raises(SurveyError, match="overlap"):
        community_priorities(survey_of(dates=dated_rows()), AREAS, periods=overlap)


# ---------------------------------------------------------------- normalising ---
def test_minmax_and_percentile_by_hand():
    values = np.array([10.0, 0.0, 5.0, 5.0, np.nan])
    assert normalise(values, MINMAX)[:4].tolist() == [1.0, 0.0, 0.5, 0.5]
    assert np.isnan(normalise(values, MINMAX)[4])
    # the share of the 3 other values that are lower: 10 -> 3/3, 0 -> 0, each 5 -> 1/3 (only 0 is lower)
    assert normalise(values, PERCENTILE)[:4] == pytest.approx([1.0, 0.0, 1 / 3, 1 / 3])
    assert normalise(np.array([0.0, 0.0, 0.0, 8.0]), PERCENTILE).tolist() == [0.0, 0.0, 0.0, 1.0]
    assert normalise(np.array([3.0, 3.0]), MINMAX).tolist() == [0.0, 0.0]


def test_field_themes_from_names():
    assert field_theme("harm_score") == ALL_HARM_THEME
    assert field_theme("dim_drugs") == "drugs"
    assert field_theme("drug_supply_harm") == "drug_supply"
    assert field_theme("violence_harm_score") == "violence"
    assert field_theme("Violence") == "violence"


def test_theme_map_override_replaces_whole_categories():
    mapping = parse_theme_map("drug_dealing = drugs , county_lines; litter=")
    assert mapping["drug_dealing"] == ("drugs", "county_lines")
    assert mapping["litter"] == ()
    assert mapping["burglary"] == DEFAULT_THEME_MAP["burglary"]
    with pytest.raises(SurveyError, match="no '='"):
        parse_theme_map("drug_dealing drugs")


def test_concern_layout_from_field_names():
    one = concern_layout(["ward_id", "status", "respondents", "pri_drug_dealing", "pri_burglary"])
    assert one.categories == ("drug_dealing", "burglary") and one.suffixes == ("",)
    two = concern_layout(["pri_drug_dealing_p1", "pri_drug_dealing_p2", "pri_drug_dealing_change"])
    assert two.categories == ("drug_dealing",) and two.suffixes == ("_p1", "_p2")
    assert two.share_field("drug_dealing", 1) == "pri_drug_dealing_p2"
    with pytest.raises(SurveyError, match="pri_"):
        concern_layout(["ward_id", "harm_score"])


# ----------------------------------------------------------------- recommending ---
STREETS = ["S1", "S2", "S3", "S4"]
LINKS = ["A", "A", "b", "C"]  # each street's ward (b: another case)
HARM = {"drugs_harm": [100.0, 0.0, 20.0, 0.0], "violence_harm": [0.0, 50.0, 20.0, 0.0]}
CONCERN = ConcernTable(
    codes=["A", "B", "C"], categories=("drug_dealing", "violence", "burglary"),
    shares=[np.array([[0.5, 0.1, 0.2], [0.2, 0.4, 0.0], [np.nan, np.nan, np.nan]])],
    respondents=[np.array([40.0, 12.0, np.nan])],
    status=[np.array(["ok", "ok", "suppressed"], dtype=object)],
)
NEED = [5.0, 1.0, 10.0, 2.0]  # IMD deciles: 1 = most deprived


def recommendation(**kwargs):
    args = dict(link_codes=LINKS, concern=CONCERN, need=NEED, need_direction=NEED_LOWER, normalisation=MINMAX)
    args.update(kwargs)
    return recommend(STREETS, [HARM], **args)


def test_percentile_is_the_default():
    assert (recommend(STREETS, [HARM]).periods[0].harm_norm.tolist()
            == pytest.approx([1.0, 2 / 3, 1 / 3, 0.0]))


def test_ranking_by_hand_minmax():
    rec = recommendation()
    p = rec.periods[0]
    # harm 100, 50, 40, 0 -> 1, .5, .4, 0
    assert p.harm_norm.tolist() == pytest.approx([1.0, 0.5, 0.4, 0.0])
    # concern: S1 (100*.5 + 0*.1)/100 = .5; S2 (0*.5 + 50*.1)/50 = .1; S3 (20*.2 + 20*.4)/40 = .3; S4 suppressed
    assert p.concern[:3].tolist() == pytest.approx([0.5, 0.1, 0.3]) and np.isnan(p.concern[3])
    assert p.concern_norm[:3].tolist() == pytest.approx([1.0, 0.0, 0.5])
    # need, lower = more: -5 -1 -10 -2 -> 5/9, 1, 0, 8/9
    assert rec.need_norm.tolist() == pytest.approx([5 / 9, 1.0, 0.0, 8 / 9])
    # S1 .5 + .3 + .2*5/9; S2 .25 + 0 + .2; S3 .2 + .15 + 0; S4 (0 + .2*8/9) / .7 (no concern: its weight leaves)
    assert p.focus_score.tolist() == pytest.approx([0.8 + 0.2 * 5 / 9, 0.45, 0.35, (0.2 * 8 / 9) / 0.7])
    assert p.focus_rank.tolist() == [1, 2, 3, 4]


def test_ranking_by_hand_percentile():
    p = recommendation(normalisation=PERCENTILE).periods[0]
    # harm pct 1, 2/3, 1/3, 0; concern pct over (.5 .1 .3): 1, 0, .5; need pct: 1/3, 1, 0, 2/3
    assert p.focus_score.tolist() == pytest.approx([
        0.5 + 0.3 + 0.2 / 3, 0.5 * 2 / 3 + 0.2, 0.5 / 3 + 0.15, (0.2 * 2 / 3) / 0.7])
    assert p.focus_rank.tolist() == [1, 2, 3, 4]


def test_weights_change_the_ranking():
    p = recommendation(weights=(0.0, 0.0, 1.0)).periods[0]
    # need only: 5/9, 1, 0, 8/9 -> S2, S4, S1, S3
    assert p.focus_rank.tolist() == [3, 1, 4, 2]
    with pytest.raises(SurveyError, match="all 0"):
        recommendation(weights=(0.0, 0.0, 0.0))


def test_reason_codes_by_hand():
    rec = recommendation()
    reasons = [";".join(r) for r in rec.periods[0].reasons]
    # harm pct: 100 -> 1 (very high), 50 -> 2/3 and 40 -> 1/3 (medium), 0 -> none
    assert reasons == [
        "harm:very_high:drugs;concern:drug_dealing:50;need:decile:5:5",
        "harm:medium:violence;concern:violence:10;need:decile:1:1",
        "harm:medium:drugs;concern:violence:40;need:decile:10:10",  # drugs and violence tie: the first field
        "harm:none;concern:suppressed;need:decile:2:2",
    ]


def test_reason_cites_the_category_behind_most_of_the_concern():
    table = ConcernTable(codes=["A"], categories=("drug_dealing", "violence"),
                            shares=[np.array([[0.2, 0.5]])], respondents=[np.array([30.0])],
                            status=[np.array(["ok"], dtype=object)])
    rec = recommend(["S1"], [{"dim_drugs": [100.0], "dim_violence": [10.0]}], link_codes=["A"], concern=table)
    # concern (100 * .2 + 10 * .5) / 110 = 25/110; drugs gives 20 of the 25: cite drug dealing, not violence's 50 %
    assert rec.periods[0].concern.tolist() == pytest.approx([25 / 110])
    assert rec.periods[0].reasons[0][1] == "concern:drug_dealing:20"


def test_need_higher_direction_and_levels():
    rec = recommendation(need=[0.1, 0.4, 0.2, 0.3], need_direction=NEED_HIGHER)
    # not deciles: pct of .1 .4 .2 .3 = 0, 1, 1/3, 2/3 -> low, very_high, medium, medium
    assert [r[2] for r in rec.periods[0].reasons] == ["need:low", "need:very_high", "need:medium", "need:medium"]
    assert rec.need_norm.tolist() == pytest.approx([0.0, 1.0, 1 / 3, 2 / 3])


def test_harm_only_when_no_survey_and_no_need():
    rec = recommend(STREETS, [HARM], normalisation=MINMAX)
    p = rec.periods[0]
    assert p.focus_score.tolist() == pytest.approx([1.0, 0.5, 0.4, 0.0])
    assert [n for n, _, _ in rec.columns()] == ["drugs_harm", "violence_harm", "harm_value", "harm_norm",
                                                 "focus_score", "focus_rank", "reason_codes"]


def test_overall_harm_matches_every_crime_category():
    table = ConcernTable(codes=["A"], categories=("speeding", "burglary", "drug_dealing"),
                            shares=[np.array([[0.9, 0.3, 0.25]])], respondents=[np.array([30.0])],
                            status=[np.array(["ok"], dtype=object)])
    rec = recommend(["S1"], [{"harm_score": [10.0]}], link_codes=["A"], concern=table)
    # speeding is about roads, not crime: the largest crime share is burglary's .3
    assert rec.periods[0].concern.tolist() == pytest.approx([0.3])
    assert rec.periods[0].reasons[0][1] == "concern:burglary:30"


def test_themes_no_category_matches_are_reported():
    rec = recommend(STREETS, [{"cannabis_harm": [1.0, 2.0, 3.0, 4.0]}], link_codes=LINKS, concern=CONCERN)
    assert rec.unmatched_themes == ["cannabis"]
    assert {r[1] for r in rec.periods[0].reasons} == {"concern:no_match"}


def test_streets_without_a_survey_area_say_so():
    rec = recommendation(link_codes=["A", "A", "B", "X"])
    assert rec.unlinked_areas == 1
    assert rec.periods[0].reasons[3][1] == "concern:no_data"


def test_two_periods_normalised_together_with_changes():
    harm = [{"harm_score": [100.0, 0.0]}, {"harm_score": [50.0, 20.0]}]
    table = ConcernTable(codes=["S1", "S2"], categories=("drug_dealing",),
                            shares=[np.array([[0.6], [0.2]]), np.array([[0.3], [0.2]])],
                            respondents=[np.array([20.0, 15.0]), np.array([25.0, 15.0])],
                            status=[np.array(["ok", "ok"], dtype=object)] * 2)
    rec = recommend(["S1", "S2"], harm, concern=table, weights=(0.5, 0.5, 0.0), normalisation=MINMAX)
    p1, p2 = rec.periods
    # harm pooled 100 0 50 20 -> 1, 0 | .5, .2; concern pooled .6 .2 .3 .2 -> 1, 0 | .25, 0
    assert p1.harm_norm.tolist() == pytest.approx([1.0, 0.0]) and p2.harm_norm.tolist() == pytest.approx([0.5, 0.2])
    assert p2.concern_norm.tolist() == pytest.approx([0.25, 0.0])
    # scores p1: 1, 0; p2: .375, .1 -> S1 first both times
    assert p2.focus_score.tolist() == pytest.approx([0.375, 0.1])
    cols = {n: v for n, _, v in rec.columns()}
    assert cols["harm_change"] == pytest.approx([-50.0, 20.0])
    assert cols["concern_change"] == pytest.approx([-0.3, 0.0])
    assert cols["focus_rank_change"] == [0, 0]
    names = list(cols)
    assert names.index("harm_value_p2") == names.index("harm_value_p1") + 1
    assert names[-3:] == ["harm_change", "concern_change", "focus_rank_change"]


def test_output_order_is_the_ranking():
    rec = recommendation(weights=(0.0, 0.0, 1.0))
    assert [rec.area_ids[k] for k in rec.order] == ["S2", "S4", "S1", "S3"]


def test_null_harm_counts_as_zero_and_is_counted():
    rec = recommend(["S1", "S2"], [{"harm_score": [float("nan"), 5.0]}])
    assert rec.null_harm == 1
    assert rec.periods[0].harm_value.tolist() == [0.0, 5.0]


def test_bad_recommend_settings_are_clear_errors():
    with pytest.raises(SurveyError, match="harm field"):
        recommend(STREETS, [{}])
    with pytest.raises(SurveyError, match="negative"):
        recommendation(weights=(-1.0, 0.5, 0.5))
    with pytest.raises(SurveyError, match="period"):
        recommend(STREETS, [HARM, HARM], concern=CONCERN)
