"""The sample force's resident survey, need index and population by group.

Pure Python (no QGIS). Concern is checked against drug harm computed here
from the offences layer, not against the generator's own internals.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.ops import unary_union

from soc_harm_plugin.domain.community.survey import DEFAULT_CATEGORIES
from tools.sample import force as sample_force

PRIORITIES = ["priority_1", "priority_2", "priority_3"]


@pytest.fixture(scope="module")
def force():
    return sample_force.generate_force(n_offences=20000)


@pytest.fixture(scope="module")
def survey(force):
    return force["survey"].attributes


def names(survey, category):
    return (survey[PRIORITIES] == category).any(axis=1)


def test_community_layers_come_after_the_others():
    assert sample_force.LAYER_NAMES[11:14] == ("survey", "ward_need", "ward_population")
    assert sample_force.LAYER_NAMES[:11] == ("sectors", "wards", "streets", "offences", "nominals",
                                             "offence_nominal_links",
                                   "complaints", "drug_deaths", "firearms_discharges", "firearms_intel",
                                   "cannabis_farms")


def test_survey_does_not_depend_on_the_number_of_offences():
    a = sample_force.generate_force(seed=7, n_offences=200)
    b = sample_force.generate_force(seed=7, n_offences=1500)
    for name in ("survey", "ward_need", "ward_population"):
        pd.testing.assert_frame_equal(a[name].attributes, b[name].attributes, check_exact=True)
    assert [None if g is None else g.wkb for g in a["survey"].geometries] == \
        [None if g is None else g.wkb for g in b["survey"].geometries]


def test_survey_size_waves_and_dates(force, survey):
    assert 1500 <= len(survey) <= 3000
    assert survey["respondent_id"].is_unique and survey["respondent_id"].iloc[0] == "R00001"
    assert set(survey["survey_wave"]) == {1, 2}
    wave1 = survey.loc[survey["survey_wave"] == 1, "survey_date"]
    wave2 = survey.loc[survey["survey_wave"] == 2, "survey_date"]
    assert wave1.min() >= "2023-01-01" and wave1.max() <= "2023-12-31"
    assert wave2.min() >= "2024-01-01" and wave2.max() <= "2024-12-31"
    assert (survey["survey_date"].sort_values().to_numpy() == survey["survey_date"].to_numpy()).all()


def test_answers_come_from_the_documented_list_with_some_write_ins(survey):
    answers = pd.Series(survey[PRIORITIES].to_numpy().ravel()).dropna()
    assert set(answers) <= set(DEFAULT_CATEGORIES) | set(sample_force.SURVEY_OTHER_ANSWERS)
    write_ins = answers.isin(sample_force.SURVEY_OTHER_ANSWERS).sum()
    assert 0.005 * len(answers) < write_ins < 0.05 * len(answers)
    assert survey[PRIORITIES].isna().all(axis=1).any()  # some named nothing
    concerns = survey["concerns"].dropna().str.split(";").explode()
    assert set(concerns) <= set(DEFAULT_CATEGORIES)


def test_non_response_and_quirks_are_realistic(force, survey):
    n = len(survey)
    for variable in ("age_band", "sex", "ethnicity"):
        null = survey[variable].isna().mean()
        not_said = (survey[variable] == sample_force.PREFER_NOT_TO_SAY).mean()
        assert 0.01 < null < 0.15 and 0.01 < not_said < 0.15, variable
    assert 0.03 < survey["confidence"].isna().mean() < 0.12
    assert set(survey["confidence"].dropna().astype(int)) <= {1, 2, 3, 4, 5}
    no_code = survey["ward_code"].isna().sum()
    outside = (~survey["ward_code"].isna() & ~survey["ward_code"].isin(force["wards"].attributes["ward_id"])).sum()
    assert 0.005 * n < no_code < 0.03 * n and 0 < outside < 0.02 * n
    assert 0 < sum(g is None for g in force["survey"].geometries) < 0.06 * n


def test_respondents_live_inside_the_force_near_a_street(force):
    area = unary_union(force["sectors"].geometries)
    for geom in force["survey"].geometries[::7]:
        if geom is not None:
            assert area.covers(geom)
            assert geom.x % 10 == 0 and geom.y % 10 == 0  # to the nearest 10 m, not a house


def test_some_wards_have_too_few_respondents_to_publish(force, survey):
    ward_ids = force["wards"].attributes["ward_id"]
    per = survey[survey["ward_code"].isin(ward_ids)].groupby(["survey_wave", "ward_code"]).size()
    per = per.unstack(fill_value=0).reindex(columns=ward_ids, fill_value=0)
    small = (per < 10).sum(axis=1)
    assert (small >= 1).all() and (small <= len(ward_ids) // 3).all()


def test_more_concern_about_drugs_where_drug_harm_is_high(force, survey):
    mix = sample_force.offence_mix()
    weight = dict(zip(mix["ho_code"], mix["css_weight"]))
    offences = force["offences"].attributes
    wards = force["wards"].attributes.set_index("ward_id")
    street_ward = force["streets"].attributes.set_index("street_id")["ward_id"]
    ward = street_ward.reindex(sample_force.offence_streets(force).to_numpy()).to_numpy()
    drug = offences["ho_code"].isin(["92A", "92D", "92E"]).to_numpy()
    harm = pd.Series(offences["ho_code"].map(weight).to_numpy() * drug).groupby(ward).sum()
    rate = (harm.reindex(wards.index, fill_value=0.0) / wards["population"]).rank(pct=True)
    counted = survey[survey["ward_code"].isin(wards.index)]
    share = names(counted, "drug_dealing").groupby(counted["ward_code"]).mean().reindex(wards.index)
    assert share[rate >= 0.75].mean() > 1.3 * share[rate <= 0.25].mean()
    assert share.corr(rate, method="spearman") > 0.3


def test_confidence_is_lower_where_harm_is_high(force, survey):
    mix = sample_force.offence_mix()
    weight = dict(zip(mix["ho_code"], mix["css_weight"]))
    wards = force["wards"].attributes.set_index("ward_id")
    street_ward = force["streets"].attributes.set_index("street_id")["ward_id"]
    ward = street_ward.reindex(sample_force.offence_streets(force).to_numpy()).to_numpy()
    harm = pd.Series(force["offences"].attributes["ho_code"].map(weight).to_numpy()).groupby(ward).sum()
    rate = harm.reindex(wards.index, fill_value=0.0) / wards["population"]
    confidence = survey.groupby("ward_code")["confidence"].mean().astype(float).reindex(wards.index)
    assert confidence.corr(rate, method="spearman") < -0.3


def test_respondents_are_older_than_the_population(force, survey):
    population = force["ward_population"].attributes
    age = population[population["variable"] == "age_band"]
    pop_share = age.groupby("group_value")["population"].sum() / age["population"].sum()
    answered = survey["age_band"][survey["age_band"].isin(sample_force.AGE_BANDS)]
    survey_share = answered.value_counts(normalize=True)
    assert survey_share["65+"] > pop_share["65+"] + 0.05
    assert survey_share["16-24"] < pop_share["16-24"]


def test_need_index_is_a_decile_per_ward_and_follows_harm(force):
    need = force["ward_need"].attributes
    wards = force["wards"].attributes
    assert need["ward_id"].tolist() == wards["ward_id"].tolist()
    assert set(need["imd_decile"]) == set(range(1, 11))
    assert need["imd_decile"].value_counts().max() <= int(np.ceil(len(wards) / 10))
    assert need["income_deprivation"].between(0, 0.5).all()
    # decile 1 (most deprived) has more income deprivation than decile 10
    by = need.groupby("imd_decile")["income_deprivation"].mean()
    assert by[1] > by[10]


def test_population_by_group_adds_up_to_the_adults_of_each_ward(force):
    population = force["ward_population"].attributes
    wards = force["wards"].attributes.set_index("ward_id")
    totals = population.groupby(["ward_id", "variable"])["population"].sum().unstack()
    assert list(totals.columns) == ["age_band", "ethnicity", "sex"]
    adults = np.round(wards["population"] * 0.8).astype(np.int64)
    for variable in totals.columns:
        assert (totals[variable].reindex(wards.index) == adults).all(), variable
    groups = population.groupby("variable")["group_value"].unique()
    assert set(groups["age_band"]) == set(sample_force.AGE_BANDS)
    assert set(groups["sex"]) == set(sample_force.SEXES)
    assert set(groups["ethnicity"]) == set(sample_force.ETHNICITIES)


def test_community_layers_write_to_a_geopackage(tmp_path):
    from osgeo import ogr

    from tools.sample.write import write_gpkg

    small = sample_force.generate_force(n_offences=500)
    path = write_gpkg(small, tmp_path / "sample.gpkg")
    ds = ogr.Open(str(path))
    survey = ds.GetLayerByName("survey")
    assert survey.GetFeatureCount() == len(small["survey"])
    nulls = sum(1 for feature in survey if feature.IsFieldNull("confidence"))
    assert nulls == int(small["survey"].attributes["confidence"].isna().sum()) > 0
    assert ds.GetLayerByName("ward_need").GetGeomType() == ogr.wkbNone
    assert ds.GetLayerByName("ward_population").GetFeatureCount() == len(small["ward_population"])
    ds = None
