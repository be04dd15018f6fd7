"""Inputs that make every record fail say so as a warning with the reason (issue 13).

Every record outside the areas, none with a location, none in the period,
none through the filter: the outputs are then all zeros and would look like
a quiet month. Each test below gives one algorithm such an input and checks
the warning names the cause (the two extents, the period and the records'
dates, the filter), and that every record is still accounted for.

Layout: two 1 km squares, A (0..1000) and B (1000..2000), in EPSG:27700.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from soc_harm_plugin.domain.harm.scheme import builtin_schemes
from soc_harm_plugin.qgis_io.outputs import provenance_of

FAR = 600000  # a point 600 km east of the areas


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


def events_at(layers, x, n=4, dates=("2024-03-15",)):
    """n records of code 44 at (x, 500) and (x + 100, 500)..., dated in turn from ``dates``."""
    return layers.events([("POINT({0} 500)".format(x + 100 * i), "44", dates[i % len(dates)]) for i in range(n)])


def harm_params(events, **extra):
    params = {"EVENTS": events, "CODE_FIELD": "code", "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DATE_FIELD": "day"}
    params.update(extra)
    return params


def one_warning(feedback, *parts):
    warned = feedback.warnings_with(*parts)
    assert len(warned) == 1, (parts, feedback.warnings)
    return warned[0]


# --------------------------------------------------------------------------- socharm:scoreharm


def test_scoreharm_warns_when_every_record_lies_outside_the_areas_giving_both_extents(run, layers):
    results, feedback = run("socharm:scoreharm", harm_params(
        events_at(layers, FAR), AREAS=two_areas(layers), AREA_ID="area_id", OUTPUT="TEMPORARY_OUTPUT"))

    warning = one_warning(feedback, "none of its 4 records was counted in any area of 'areas'", "every area scores 0")
    assert "4 lie outside every one of the areas" in warning
    assert "the records lie within x 600000 to 600300, y 500 to 500" in warning
    assert "the areas within x 0 to 2000, y 0 to 1000" in warning
    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["outside"] == 4 == results["RECORDS_IN"]


def test_scoreharm_warns_when_no_record_falls_in_the_period_giving_the_records_dates(run, layers):
    events = events_at(layers, 100, dates=("2023-01-10", "2023-06-30"))

    results, feedback = run("socharm:scoreharm", harm_params(
        events, AREAS=two_areas(layers), AREA_ID="area_id", START="2024-01-01", END="2024-12-31",
                                                             OUTPUT="TEMPORARY_OUTPUT"))

    assert one_warning(feedback, "none of its 4 records was counted").endswith(
        "4 fall outside the period 2024-01-01 to 2024-12-31 (their dates run from 2023-01-10 to 2023-06-30).")
    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["out_of_period"] == 4


def test_scoreharm_warns_when_the_filter_keeps_no_record_naming_the_filter(run, layers):
    _, feedback = run("socharm:scoreharm", harm_params(
        events_at(layers, 100), AREAS=two_areas(layers), AREA_ID="area_id", FILTER="\"code\" = '8N'",
                                                       OUTPUT="TEMPORARY_OUTPUT"))

    assert one_warning(feedback, "none of its 4 records was counted").endswith("4 are left out by the filter "
            "\"code\" = '8N'.")


def test_scoreharm_warns_when_no_record_has_a_location(run, layers):
    events = layers.events([(None, "44", "2024-03-15")] * 3)

    _, feedback = run("socharm:scoreharm", harm_params(events, AREAS=two_areas(layers), AREA_ID="area_id",
                                                       OUTPUT="TEMPORARY_OUTPUT"))

    assert one_warning(feedback, "none of its 3 records was counted").endswith("3 have no location.")


def test_scoreharm_gives_the_reasons_of_a_mix_most_first(run, layers):
    events = layers.events([(None, "44", "2024-03-15"), ("POINT({0} 500)".format(FAR), "44", "2024-03-15"),
                            ("POINT({0} 600)".format(FAR), "44", "2024-03-15")])

    _, feedback = run("socharm:scoreharm", harm_params(events, AREAS=two_areas(layers), AREA_ID="area_id",
                                                       OUTPUT="TEMPORARY_OUTPUT"))

    warning = one_warning(feedback, "none of its 3 records was counted")
    assert warning.index("2 lie outside every one of the areas") < warning.index("; 1 have no location")


def test_scoreharm_says_nothing_more_when_one_record_is_counted(run, layers):
    events = layers.events([("POINT(100 500)", "44", "2024-03-15"), ("POINT({0} 500)".format(FAR), "44", "2024-03-15")])

    _, feedback = run("socharm:scoreharm", harm_params(events, AREAS=two_areas(layers), AREA_ID="area_id",
                                                       OUTPUT="TEMPORARY_OUTPUT"))

    assert not feedback.warnings_with("was counted")


def test_scoreharm_on_streets_says_the_records_lie_beyond_the_search_distance(run, layers):
    streets = layers.areas([("S1", "LINESTRING(0 0, 1000 0)")], geometry="LineString")

    _, feedback = run("socharm:scoreharm", harm_params(
        events_at(layers, 100, n=2), AREAS=streets, AREA_ID="area_id", TOLERANCE=50, OUTPUT="TEMPORARY_OUTPUT"))

    assert "2 lie farther than the street search distance (50) from every street" in one_warning(feedback,
            "none of its 2 records")


# --------------------------------------------------------------------------- socharm:harmgrid


def test_harmgrid_warns_when_every_record_lies_outside_the_cells(run, layers):
    results, feedback = run("socharm:harmgrid", harm_params(
        events_at(layers, FAR), CELL_SIZE=500, BOUNDARY=two_areas(layers), OUTPUT="TEMPORARY_OUTPUT"))

    warning = one_warning(feedback, "none of its 4 records was counted in any cell, so every cell scores 0")
    assert "4 lie outside every one of the cells (the records lie within x 600000 to 600300" in warning
    assert results["ASSIGNED"] == 0 and results["RECORDS_IN"] == 4


# --------------------------------------------------------------------------- socharm:harmdensity


def test_harmdensity_stops_naming_the_filter_that_keeps_no_record(run, layers, tmp_path):
    params = harm_params(events_at(layers, 100), FILTER="\"code\" = '8N'", OUTPUT=str(tmp_path / "density.tif"))

    with pytest.raises(QgsProcessingException) as error:
        run("socharm:harmdensity", params)

    assert ("in the period and filter chosen (4 are left out by the filter \"code\" = '8N'): there is no harm to map"
            in str(error.value))


def test_harmdensity_warns_naming_the_period_when_a_bandwidth_is_given(run, layers, tmp_path):
    params = harm_params(events_at(layers, 100, dates=("2023-05-01",)), START="2024-01-01", END="2024-12-31",
                         BANDWIDTH=500,
                         OUTPUT=str(tmp_path / "density.tif"))

    results, feedback = run("socharm:harmdensity", params)

    assert one_warning(feedback, "(4 fall outside the period 2024-01-01 to 2024-12-31 (their dates run from "
                                 "2023-05-01 to 2023-05-01))",
                       "the surface is 0 everywhere")
    assert results["TOTAL_HARM"] == 0 and results["RECORDS_IN"] == 4


# --------------------------------------------------------------------------- socharm:assignareas


def test_assignareas_warns_when_no_record_lies_in_an_area_layer_giving_both_extents(run, layers):
    _, feedback = run("socharm:assignareas", {"INPUT": events_at(layers, FAR, n=2), "SECTORS": two_areas(layers),
                                              "SECTOR_ID": "area_id", "OUTPUT": "TEMPORARY_OUTPUT"})

    warning = one_warning(feedback, "none of its records is assigned to 'areas'")
    assert "2 lie outside every one of the areas (the records lie within x 600000 to 600100, y 500 to 500, " \
           "the areas within x 0 to 2000, y 0 to 1000" in warning


def test_assignareas_warns_when_no_record_has_a_location(run, layers):
    events = layers.events([(None, "44", "2024-03-15")] * 2)

    results, feedback = run("socharm:assignareas", {"INPUT": events, "SECTORS": two_areas(layers),
                                                    "SECTOR_ID": "area_id",
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})

    assert one_warning(feedback, "none of its 2 records has a location").endswith("2 have no location.")
    assert [f["status"] for f in results["OUTPUT"].getFeatures()] == ["no_geometry"] * 2


# --------------------------------------------------------------------------- socharm:scorescheme


def crimes(layers, rows):
    """data.police.uk crimes as the neighbourhood scheme reads them: (x or None, category)."""
    return layers.memory("Point", ["crime_id:string", "month:date", "category:string"], [
        (None if x is None else "POINT({0} 500)".format(x), "c{0}".format(i), "2024-03-01", category)
        for i, (x, category) in enumerate(rows)], name="crimes")


def scheme_params(layers, crime_layer):
    return {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": str(builtin_schemes()[
        "neighbourhood_policeuk"]),
            "LAYERS": [crime_layer], "OUTPUT": "TEMPORARY_OUTPUT"}


def test_scorescheme_warns_when_no_record_is_selected_by_any_measure(run, layers):
    results, feedback = run("socharm:scorescheme", scheme_params(layers, crimes(layers, [(100, "Fraud")] * 3)))

    assert one_warning(feedback, "none of the 3 records of its layers was counted in any area of 'areas'").endswith(
        "3 are selected by no measure of the scheme.")
    assert results["ASSIGNED"] == 0 and results["RECORDS_IN"] == 3


def test_scorescheme_warns_when_every_record_lies_outside_the_areas(run, layers):
    _, feedback = run("socharm:scorescheme", scheme_params(layers, crimes(layers, [(FAR, "Burglary"), (FAR, "Drugs")])))

    assert "2 lie outside every one of the areas (the records lie within x 600000 to 600000" in one_warning(
        feedback, "none of the 2 records of its layers was counted")


# --------------------------------------------------------------------------- harm over time


def test_harmchange_warns_when_no_record_lies_in_any_area(run, layers):
    events = events_at(layers, FAR, dates=("2023-03-15", "2024-03-15"))

    results, feedback = run("socharm:harmchange", harm_params(
        events, AREAS=two_areas(layers), AREA_ID="area_id", CURRENT_START="2024-01-01", CURRENT_END="2024-12-31",
        BASELINE=1, OUTPUT="TEMPORARY_OUTPUT"))

    warning = one_warning(feedback, "lies in any area of 'areas', so every area has 0 records in every period")
    assert "4 lie outside every one of the areas (the records lie within x 600000 to 600300" in warning
    assert (results["FORCE_N_CURRENT"], results["FORCE_N_BASELINE"]) == (0, 0)


@pytest.mark.parametrize("algorithm, extra", [
    ("socharm:harmchange", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    ("socharm:harmtrend", {"OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}),
    ("socharm:performanceframework", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    ("socharm:emerginghotspots", {"OUTPUT": "TEMPORARY_OUTPUT"}),
])
def test_a_filter_that_keeps_no_record_stops_naming_the_filter_not_the_dates(run, layers, algorithm, extra):
    params = harm_params(events_at(layers, 100), AREAS=two_areas(layers), AREA_ID="area_id", FILTER="\"code\" = '8N'",
                         **extra)

    with pytest.raises(QgsProcessingException) as error:
        run(algorithm, params)

    assert str(error.value) == ("No record of layer 'events' weighted by ONS Crime Severity Score by Home Office "
                                "offence code "
                                "is left to compare: 4 are left out by the filter \"code\" = '8N'.")


def test_emerginghotspots_stops_naming_the_areas_when_no_record_lies_in_one(run, layers, feedback):
    params = harm_params(events_at(layers, FAR, dates=("2024-01-15", "2024-02-15", "2024-03-15")),
                         AREAS=two_areas(layers), AREA_ID="area_id", OUTPUT="TEMPORARY_OUTPUT")

    with pytest.raises(QgsProcessingException, match="lies in any area of 'areas': there are no hot spots to find"):
        run("socharm:emerginghotspots", params, feedback)

    assert one_warning(feedback, "4 lie outside every one of the areas")


def test_emerginghotspots_stops_naming_the_period_when_no_record_falls_in_it(run, layers):
    params = harm_params(events_at(layers, 100, dates=("2023-01-15", "2023-02-15")), AREAS=two_areas(layers),
                         AREA_ID="area_id", START="2024-01-01", END="2024-06-30", OUTPUT="TEMPORARY_OUTPUT")

    with pytest.raises(QgsProcessingException) as error:
        run("socharm:emerginghotspots", params)

    assert str(error.value).endswith("in the areas falls in the period 2024-01-01 to 2024-06-30: "
                                     "their dates run from 2023-01-15 to 2023-02-15.")


# --------------------------------------------------------------------------- socharm:communitypriorities


def survey(layers, n, area_code="W1", date="2023-06-01"):
    return layers.memory("Point", ["ward_code:string", "priority_1:string", "survey_date:string"],
                         [("POINT(100 500)", area_code, "burglary", date)] * n, name="survey")


def priorities_params(layers, survey_layer, **extra):
    params = {"SURVEY": survey_layer, "AREA_CODE_FIELD": "ward_code",
              "AREAS": layers.areas([("W1", layers.square(0, 0)), ("W2", layers.square(1000, 0))]),
              "AREA_ID": "area_id", "PRIORITY_FIELDS": ["priority_1"], "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


def test_communitypriorities_warns_when_every_respondent_answered_outside_the_period(run, layers):
    results, feedback = run("socharm:communitypriorities", priorities_params(
        layers, survey(layers, 12), DATE_FIELD="survey_date", START="2024-01-01", END="2024-12-31"))

    assert one_warning(feedback, "No respondent of 'survey' was counted in any area").endswith(
        "12 answered outside the period(s) 2024-01-01 to 2024-12-31 (the answers run from 2023-06-01 to 2023-06-01).")
    assert (results["RESPONDENTS_IN"], results["COUNTED"]) == (12, 0)


def test_communitypriorities_warns_when_every_area_with_respondents_is_suppressed(run, layers):
    results, feedback = run("socharm:communitypriorities", priorities_params(layers, survey(layers, 4),
                                                                             MIN_RESPONDENTS=10))

    assert one_warning(feedback, "Every area with respondents has fewer than 10 (MIN_RESPONDENTS)", "all 1 are "
            "suppressed")
    assert results["SUPPRESSED_AREAS"] == 1


# --------------------------------------------------------------------------- socharm:styleharm


def test_styleharm_warns_when_the_field_has_no_value_at_all(run, layers):
    areas = layers.areas([("A", layers.square(0, 0), None), ("B", layers.square(1000, 0), None)], extra=[
        "harm_score:double"])

    _, feedback = run("socharm:styleharm", {"INPUT": areas, "FIELD": "harm_score", "STYLE": 0, "METHOD": 1,
                                            "CLASSES": 5})

    assert one_warning(feedback, "field 'harm_score': no feature has a value (all 2 are NULL), so no area gets a class")


# --------------------------------------------------------------------------- socharm:importpoliceuk


def test_importpoliceuk_warns_with_both_extents_when_no_crime_lies_in_the_force_area(run, layers, tmp_path):
    path = Path(tmp_path) / "2019-02-x-street.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Crime ID", "Month", "Longitude", "Latitude", "Crime type"])
        writer.writerows([["a", "2019-02", "-0.09", "51.515", "Burglary"], ["b", "2019-02", "", "", "Burglary"]])
    force_area = layers.areas([("F", layers.square(0, 0))])  # near the grid's origin, far from London

    results, feedback = run("socharm:importpoliceuk", {"INPUT": str(path), "FORCE_AREA": force_area,
                                                       "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"})

    warning = one_warning(feedback, "None of the crimes lies in the force area: all 1 with a location are "
                                    "outside_force_area")
    assert "the force area within x 0 to 1000, y 0 to 1000 (British National Grid)" in warning
    assert one_warning(feedback, "No crime was imported, so the output layer is empty: 2 rows rejected "
                                 "(1 no_coordinates, 1 outside_force_area).")
    assert (results["ROWS_IN"], results["IMPORTED"], results["REJECTED_ROWS"]) == (2, 0, 2)
