"""socharm:communitypriorities and socharm:recommendstreets through QGIS's processing.run.

Expected numbers are worked out by hand in the comments (the same rules as
tests/unit/test_community.py, here through layers, sinks and written files).
"""
from __future__ import annotations

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of

PRIORITIES = "socharm:communitypriorities"
RECOMMEND = "socharm:recommendstreets"
SURVEY_FIELDS = ["respondent_id:string", "ward_code:string", "priority_1:string", "priority_2:string",
                 "confidence:integer", "age_band:string", "survey_date:string"]


def wards(layers):
    """Three 1 km squares in a row: W1, W2, W3."""
    return layers.areas([("W1", layers.square(0, 0), "North"), ("W2", layers.square(1000, 0), "Middle"),
                         ("W3", layers.square(2000, 0), "South")], extra=["name:string"], name="wards")


def survey_rows():
    """12 respondents in W1 (one by a code in lower case), 3 in W2, none in W3, one without a code,
    one with a code that is no ward. (wkt, id, code, p1, p2, confidence, age, date)"""
    rows = []
    w1 = [("drug_dealing", "burglary", 5, "16-34"), ("drug_dealing", None, 4, "16-34"),
          ("Drug dealing", None, 3, "16-34"), ("burglary", "parking", None, "35+"),
          ("speeding", None, 2, "35+"), ("ASB", None, 4, "35+"), (None, None, None, "35+"),
          ("violence", "drug_dealing", 1, "35+"), ("burglary; litter", None, 3, "prefer not to say"),
          ("scams", None, 4, None), ("drug_dealing", "dog fouling", None, None), ("speeding", "burglary", 5, "35+")]
    for k, (p1, p2, conf, age) in enumerate(w1):
        code = "w1" if k == 2 else "W1"
        date = "2023-06-{0:02d}".format(k + 1) if k % 2 == 0 else "2024-06-{0:02d}".format(k + 1)
        rows.append(("POINT({0} 500)".format(100 + 60 * k), "R{0:03d}".format(k + 1), code, p1, p2, conf, age, date))
    for k, p1 in enumerate(["parking", "drug_dealing", "burglary"]):
        rows.append(("POINT({0} 500)".format(1100 + 100 * k), "R1{0:02d}".format(k), "W2", p1, None, 3, "35+",
                     "2024-06-20"))
    rows.append(("POINT(2500 500)", "R200", None, "noise", None, 2, "35+", "2024-06-21"))
    rows.append((None, "R201", "X9", "drug_dealing", None, 4, "35+", "2024-06-22"))
    return rows


def survey_layer(layers, geometry="Point"):
    return layers.memory(geometry, SURVEY_FIELDS, survey_rows(), name="survey")


def priorities(run, layers, survey=None, feedback=None, **parameters):
    params = {"SURVEY": survey if survey is not None else survey_layer(layers), "AREA_CODE_FIELD": "ward_code",
              "AREAS": wards(layers), "AREA_ID": "area_id", "AREA_NAME": "name",
              "PRIORITY_FIELDS": ["priority_1", "priority_2"], "CONFIDENCE_FIELD": "confidence",
              "DEMOGRAPHIC_FIELDS": ["age_band"], "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(PRIORITIES, params, feedback)


# --------------------------------------------------------------------- community priorities ---
def test_priorities_per_area_written_reopened_with_provenance_and_style(run, layers, read, tmp_path):
    out = tmp_path / "ward_priorities.gpkg"
    results, feedback = priorities(run, layers, OUTPUT=str(out))
    fresh = QgsVectorLayer(str(out), "fresh", "ogr")
    rows = read.by(fresh, "area_id")
    w1 = rows["W1"]
    assert w1["status"] == "ok" and w1["respondents"] == 12 and w1["name"] == "North"
    # W1: drug dealing R1 R2 R3 R8 R11 = 5/12; burglary R1 R4 R9 R12 = 4/12
    assert w1["pri_drug_dealing"] == pytest.approx(5 / 12)
    assert w1["pri_burglary"] == pytest.approx(4 / 12)
    assert w1["pri_antisocial_behaviour"] == pytest.approx(1 / 12)
    # confidence 5 4 3 2 4 1 3 4 5 = 31 / 9
    assert w1["mean_confidence"] == pytest.approx(31 / 9) and w1["confidence_n"] == 9
    assert w1["answered_age_band"] == pytest.approx(9 / 12)  # prefer not to say once, NULL twice
    # W2 has 3 respondents < 10: nothing about it leaves
    w2 = rows["W2"]
    assert w2["status"] == "suppressed"
    assert all(w2[k] is None for k in w2 if k not in ("area_id", "name", "status"))
    assert rows["W3"]["status"] == "no_respondents" and rows["W3"]["respondents"] == 0
    # no respondent data in the output: no id field, no respondent value
    assert "respondent_id" not in fresh.fields().names()
    assert not any(str(v).startswith("R0") for row in rows.values() for v in row.values())
    assert fresh.featureCount() == 3

    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == PRIORITIES
    assert provenance["area_id_field"] == "area_id" and provenance["geography"] == "ward"
    assert provenance["suppression"] == {"min_respondents": 10, "suppressed": True, "for_sharing": True}
    assert provenance["reconciliation"] == {"respondents_in": 17, "by_status": {
        "counted": 15, "no_area": 1, "unknown_area": 1, "no_date": 0, "out_of_period": 0}}
    # answers outside the list: all in the log, but none in the shared output's provenance (each named by < 10)
    assert provenance["unknown_categories"] == {} and provenance["unknown_categories_not_listed"] == 3
    assert results["RESPONDENTS_IN"] == 17 and results["COUNTED"] == 15 and results["SUPPRESSED_AREAS"] == 1
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "respondents"

    assert feedback.warnings_with("parking", "dog_fouling", "noise")
    assert feedback.warnings_with("1 respondents", "no area code")
    assert feedback.warnings_with("X9")


def test_an_identifier_field_is_never_summarised(run, layers):
    with pytest.raises(QgsProcessingException, match="respondent_id.*personal identifier"):
        priorities(run, layers, PRIORITY_FIELDS=["priority_1", "respondent_id"])
    with pytest.raises(QgsProcessingException, match="personal identifier"):
        priorities(run, layers, DEMOGRAPHIC_FIELDS=["respondent_id"])


def test_points_are_placed_in_areas_without_a_code_field(run, layers, read):
    results, feedback = priorities(run, layers, AREA_CODE_FIELD=None, SUPPRESS=False)
    rows = read.by(results["OUTPUT"], "area_id")
    # by location: the 12 W1 points (x 100..760), 3 in W2, R200 at x 2500 in W3; R201 has no point
    assert (rows["W1"]["respondents"], rows["W2"]["respondents"], rows["W3"]["respondents"]) == (12, 3, 1)
    assert rows["W2"]["status"] == "low_count" and rows["W2"]["pri_drug_dealing"] == pytest.approx(1 / 3)
    provenance = provenance_of(results["OUTPUT"])
    assert provenance["located_by"] == "points in areas"
    assert provenance["suppression"]["for_sharing"] is False
    assert provenance["reconciliation"]["by_status"]["no_area"] == 1
    assert provenance["unknown_categories"] == {"parking": 2, "dog_fouling": 1, "noise": 1}  # not for sharing
    assert feedback.warnings_with("not for sharing")


def test_a_table_without_a_code_field_is_refused(run, layers):
    table = layers.memory("None", SURVEY_FIELDS, [(None,) + row[1:] for row in survey_rows()], name="table")
    with pytest.raises(QgsProcessingException, match="area code field"):
        priorities(run, layers, survey=table, AREA_CODE_FIELD=None)


def test_empty_survey_is_a_clear_error(run, layers):
    empty = layers.memory("Point", SURVEY_FIELDS, [], name="empty survey")
    with pytest.raises(QgsProcessingException, match="empty survey.*no survey responses"):
        priorities(run, layers, survey=empty)


def test_representativeness_against_a_population_table(run, layers, read):
    population = layers.memory("None", ["ward:string", "variable:string", "grp:string", "people:integer"], [
        (None, "W1", "age_band", "16-34", 600), (None, "W1", "age_band", "35+", 400),
        (None, "W2", "age_band", "35+", 100), (None, "Q", "age_band", "35+", 5)], name="population")
    results, feedback = priorities(run, layers, POPULATION=population, POP_AREA_FIELD="ward",
                                   POP_VARIABLE_FIELD="variable", POP_GROUP_FIELD="grp", POP_COUNT_FIELD="people",
                                   MIN_RESPONDENTS=5)
    rows = read.by(results["OUTPUT"], "area_id")
    # W1 answered: 16-34 x3, 35+ x6 -> 1/3, 2/3 vs .6 .4: D = 0.5 * (|1/3 - .6| + |2/3 - .4|) = 0.2667
    assert rows["W1"]["rep_age_band"] == pytest.approx(0.5 * (abs(1 / 3 - 0.6) + abs(2 / 3 - 0.4)))
    assert rows["W2"]["rep_age_band"] is None  # 3 respondents < 5: suppressed
    assert feedback.warnings_with("1 population rows", "no area")


def test_too_few_answers_for_representativeness_warns(run, layers, read):
    population = layers.memory("None", ["ward:string", "variable:string", "grp:string", "people:integer"], [
        (None, "W1", "age_band", "16-34", 600), (None, "W1", "age_band", "35+", 400)], name="population")
    results, feedback = priorities(run, layers, POPULATION=population, POP_AREA_FIELD="ward",
                                   POP_VARIABLE_FIELD="variable", POP_GROUP_FIELD="grp", POP_COUNT_FIELD="people",
                                   MIN_RESPONDENTS=10)
    assert read.by(results["OUTPUT"], "area_id")["W1"]["rep_age_band"] is None  # 9 answered < 10
    assert feedback.warnings_with("Too few answered 'age_band'", "W1")


def test_two_periods_side_by_side(run, layers, read):
    results, _ = priorities(run, layers, DATE_FIELD="survey_date", START="2023-01-01", END="2023-12-31",
                            START_2="2024-01-01", END_2="2024-12-31", MIN_RESPONDENTS=5)
    layer = results["OUTPUT"]
    names = layer.fields().names()
    assert names.index("pri_drug_dealing_p2") == names.index("pri_drug_dealing_p1") + 1
    assert "pri_drug_dealing" not in names
    w1 = read.by(layer, "area_id")["W1"]
    # 2023: R1 R3 R5 R7 R9 R11 -> drug dealing R1 R3 R11 = 3/6; 2024: R2 R4 R6 R8 R10 R12 -> R2 R8 = 2/6
    assert (w1["respondents_p1"], w1["respondents_p2"]) == (6, 6)
    assert w1["pri_drug_dealing_change"] == pytest.approx(2 / 6 - 3 / 6)
    assert provenance_of(layer)["reconciliation"]["by_status"]["counted_p2"] == 9  # 6 in W1, 3 in W2


def test_overlapping_periods_are_refused(run, layers):
    with pytest.raises(QgsProcessingException, match="overlap"):
        priorities(run, layers, DATE_FIELD="survey_date", START="2023-01-01", END="2024-03-31",
                   START_2="2024-01-01", END_2="2024-12-31")


# ------------------------------------------------------------------------ recommend streets ---
def streets(layers, harm):
    """Four streets: S1 S2 in ward A, S3 in ward B, S4 in ward C, with drugs_harm and violence_harm."""
    rows = [("S1", "LINESTRING(0 0, 100 0)", "One Street", "A", *harm[0]),
            ("S2", "LINESTRING(0 100, 100 100)", "Two Street", "A", *harm[1]),
            ("S3", "LINESTRING(0 200, 100 200)", "Three Street", "b", *harm[2]),
            ("S4", "LINESTRING(0 300, 100 300)", "Four Street", "C", *harm[3])]
    return layers.areas(rows, extra=["street_name:string", "ward_id:string", "drugs_harm:double",
                                     "violence_harm:double"], geometry="LineString", name="streets")


HARM = [(100.0, 0.0), (0.0, 50.0), (20.0, 20.0), (0.0, 0.0)]


def concern_layer(layers):
    return layers.memory("None", ["ward:string", "status:string", "respondents:integer", "pri_drug_dealing:double",
                                  "pri_violence:double", "pri_burglary:double"], [
        (None, "A", "ok", 40, 0.5, 0.1, 0.2), (None, "B", "ok", 12, 0.2, 0.4, 0.0),
        (None, "C", "suppressed", None, None, None, None)], name="priorities")


def need_layer(layers):
    return layers.memory("None", ["ward:string", "imd_decile:integer"],
                         [(None, "A", 5), (None, "B", 1), (None, "C", 2)], name="need")


def recommend(run, layers, feedback=None, **parameters):
    params = {"AREAS": streets(layers, HARM), "AREA_ID": "area_id", "AREA_NAME": "street_name",
              "HARM_FIELDS": ["drugs_harm", "violence_harm"], "LINK_FIELD": "ward_id",
              "PRIORITIES": concern_layer(layers), "PRIORITIES_ID": "ward",
              "NEED": need_layer(layers), "NEED_ID": "ward", "NEED_FIELD": "imd_decile", "NEED_DIRECTION": 1,
              "NORMALISATION": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(RECOMMEND, params, feedback)


def test_ranked_streets_with_components_and_reasons(run, layers, read, tmp_path):
    out = tmp_path / "recommended.gpkg"
    # S2 is in ward A (need decile 5 there), S3 in ward B (decile 1)
    results, feedback = recommend(run, layers, OUTPUT=str(out))
    fresh = QgsVectorLayer(str(out), "fresh", "ogr")
    rows = read.rows(fresh)
    # harm 100 50 40 0 -> 1 .5 .4 0; concern .5 .1 .3 (S4 suppressed) -> 1 0 .5;
    # need (lower = more) 5 5 1 2 -> -5 -5 -1 -2 -> 0 0 1 .75
    # S1 .5 + .3 + 0 = .8; S2 .25 + 0 + 0 = .25; S3 .2 + .15 + .2 = .55; S4 (0 + .2 * .75) / .7
    expected = {"S1": 0.8, "S2": 0.25, "S3": 0.55, "S4": 0.15 / 0.7}
    assert [r["area_id"] for r in rows] == ["S1", "S3", "S2", "S4"]  # written in rank order
    assert {r["area_id"]: r["focus_score"] for r in rows} == pytest.approx(expected)
    assert [r["focus_rank"] for r in rows] == [1, 2, 3, 4]
    by = {r["area_id"]: r for r in rows}
    assert by["S1"]["harm_value"] == 100.0 and by["S1"]["harm_norm"] == pytest.approx(1.0)
    assert by["S3"]["concern"] == pytest.approx(0.3) and by["S3"]["respondents"] == 12
    assert by["S3"]["need_value"] == 1.0 and by["S3"]["need_norm"] == pytest.approx(1.0)
    assert by["S4"]["concern"] is None and by["S4"]["respondents"] is None
    assert by["S1"]["street_name"] == "One Street" and by["S1"]["ward_id"] == "A"
    assert by["S1"]["reason"] == ("very high drugs harm (top 10 %); 50 % of respondents name drug dealing; "
                                  "deprivation decile 5")
    assert by["S3"]["reason"] == "moderate drugs harm; 40 % of respondents name violence; most deprived decile"
    assert by["S2"]["reason_codes"] == "harm:medium:violence;concern:violence:10;need:decile:5:5"
    assert by["S4"]["reason"] == "no recorded harm; too few respondents to report their concern; deprivation decile 2"
    assert results["RANKED"] == 4 and results["TOP"] == "S1"

    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == RECOMMEND
    assert provenance["harm_fields"] == {"drugs_harm": "drugs", "violence_harm": "violence"}
    assert provenance["components"]["concern"] == {"used": True, "weight": 0.3}
    assert provenance["need"] == {"field": "imd_decile", "more_need_is": "lower"}
    assert provenance["normalisation"] == "minmax"
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "focus_score"


def test_percentile_normalisation_and_weights(run, layers, read):
    results, _ = recommend(run, layers, NORMALISATION=1, HARM_WEIGHT=0.0, CONCERN_WEIGHT=0.0, NEED_WEIGHT=1.0)
    rows = read.rows(results["OUTPUT"])
    # need only, percentile of -5 -5 -1 -2 (share of the 3 others lower): 0 0 1 2/3: S3, S4, then S1 = S2 tied
    assert {r["area_id"]: r["focus_rank"] for r in rows} == {"S3": 1, "S4": 2, "S1": 3, "S2": 3}
    assert {r["area_id"]: r["need_norm"] for r in rows} == pytest.approx({"S1": 0.0, "S2": 0.0, "S3": 1.0, "S4": 2 / 3})
    assert provenance_of(results["OUTPUT"])["normalisation"] == "percentile"


def test_harm_only_without_survey_or_need(run, layers, read):
    results, feedback = recommend(run, layers, PRIORITIES=None, NEED=None, NORMALISATION=None)
    assert provenance_of(results["OUTPUT"])["normalisation"] == "percentile"  # the default
    names = results["OUTPUT"].fields().names()
    assert "concern" not in names and "need_value" not in names
    rows = read.rows(results["OUTPUT"])
    assert [r["area_id"] for r in rows] == ["S1", "S2", "S3", "S4"]
    assert rows[0]["reason"] == "very high drugs harm (top 10 %)"


def test_two_periods_for_you_said_we_did(run, layers, read):
    later = streets(layers, [(30.0, 0.0), (0.0, 60.0), (20.0, 20.0), (0.0, 0.0)])
    results, _ = recommend(run, layers, AREAS_2=later, NEED=None, PRIORITIES=None)
    layer = results["OUTPUT"]
    names = layer.fields().names()
    assert names.index("harm_value_p2") == names.index("harm_value_p1") + 1
    assert {"harm_change", "focus_rank_change", "reason_p1", "reason_p2"} <= set(names)
    by = read.by(layer, "area_id")
    # pooled harm 100 50 40 0 | 30 60 40 0 -> /100; period 2: S2 .6 first, S3 .4, S1 .3
    assert by["S1"]["harm_norm_p2"] == pytest.approx(0.3)
    assert (by["S2"]["focus_rank_p2"], by["S3"]["focus_rank_p2"], by["S1"]["focus_rank_p2"]) == (1, 2, 3)
    assert by["S1"]["harm_change"] == pytest.approx(-70.0)
    assert by["S1"]["focus_rank_change"] == 2  # from 1st to 3rd
    assert [f["area_id"] for f in layer.getFeatures()][:3] == ["S2", "S3", "S1"]  # the latest ranking


def test_chained_from_community_priorities(run, layers, read, tmp_path):
    out = tmp_path / "priorities.gpkg"
    priorities(run, layers, MIN_RESPONDENTS=3, OUTPUT=str(out))
    chained = QgsVectorLayer(str(out), "priorities", "ogr")
    street_rows = [("T1", "LINESTRING(100 100, 200 100)", "W1", 10.0), ("T2", "LINESTRING(1100 100, 1200 100)", "W2",
                                                                        10.0)]
    streets_layer = layers.areas(street_rows, extra=["ward_id:string", "harm_score:double"], geometry="LineString")
    results, _ = run(RECOMMEND, {"AREAS": streets_layer, "AREA_ID": "area_id", "HARM_FIELDS": ["harm_score"],
                                 "LINK_FIELD": "ward_id", "PRIORITIES": chained, "PRIORITIES_ID": "area_id",
                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    by = read.by(results["OUTPUT"], "area_id")
    # harm_score matches every crime category: W1's largest crime share is drug dealing 5/12 (speeding is roads);
    # W2: drug dealing 1/3 = burglary 1/3, the first in the category list wins
    assert by["T1"]["concern"] == pytest.approx(5 / 12) and by["T1"]["respondents"] == 12
    assert by["T1"]["reason_codes"].split(";")[1] == "concern:drug_dealing:42"
    assert by["T1"]["reason"].split("; ")[1] == "42 % of respondents name drug dealing"
    assert by["T2"]["concern"] == pytest.approx(1 / 3)


def test_bad_recommend_inputs_are_clear_errors(run, layers):
    with pytest.raises(QgsProcessingException, match="street_name.*numeric"):
        recommend(run, layers, HARM_FIELDS=["street_name"])
    not_priorities = layers.memory("None", ["ward:string", "value:double"], [(None, "A", 1.0)], name="other")
    with pytest.raises(QgsProcessingException, match="pri_"):
        recommend(run, layers, PRIORITIES=not_priorities)
    with pytest.raises(QgsProcessingException, match="all 0"):
        recommend(run, layers, HARM_WEIGHT=0.0, CONCERN_WEIGHT=0.0, NEED_WEIGHT=0.0)


def test_unmatched_theme_and_unlinked_streets_warn(run, layers):
    _, feedback = recommend(run, layers, THEME_MAP="drug_dealing=cannabis", LINK_FIELD=None)
    assert feedback.warnings_with("drugs")  # no category maps to the drugs theme any more
    assert feedback.warnings_with("4 streets", "not in 'priorities'")
