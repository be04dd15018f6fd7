"""What drove a change: drivers of each area's change in harm (pure: no QGIS).

The expected figures are worked out by hand as fractions in the comments."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses.change import DatedRecords, compare_periods
from soc_harm_plugin.domain.periods.calendar import Window
from soc_harm_plugin.domain.periods.plan import BASELINE_MEAN, BASELINE_PREVIOUS, plan_periods
from soc_harm_plugin.domain.analyses.drivers import category_of_codes, change_drivers, driver_values
from soc_harm_plugin.domain.codes import DRIVER_BY_CATEGORY, DRIVER_BY_CODE, NO_CHANGE_TO_SHARE, UNKNOWN_DRIVER

D = dt.date
DATA = Window(D(2023, 1, 1), D(2024, 12, 31))


def records(rows):
    """rows: (area, driver, weight, ISO date)."""
    return (DatedRecords(np.array([r[0] for r in rows]), np.array([r[2] for r in rows], dtype=float),
                         np.array([np.datetime64(r[3], "D") for r in rows], dtype="datetime64[D]"),
                         np.array(["assigned" if r[0] >= 0 else "outside" for r in rows], dtype=object),
                         np.zeros(len(rows), dtype=bool)),
            np.array([r[1] for r in rows], dtype=object))


ROWS = [
    # area 0, January 2024 (current): Robbery 2 x 100, Burglary 50
    (0, "Robbery", 100.0, "2024-01-05"), (0, "Robbery", 100.0, "2024-01-20"), (0, "Burglary", 50.0, "2024-01-09"),
    # area 0, November and December 2023 (the mean of the two previous months):
    # Robbery 100, Burglary 2 x 50, Theft 3 x 10
    (0, "Robbery", 100.0, "2023-12-01"), (0, "Burglary", 50.0, "2023-11-11"), (0, "Burglary", 50.0, "2023-12-24"),
    (0, "Theft", 10.0, "2023-11-02"), (0, "Theft", 10.0, "2023-11-03"), (0, "Theft", 10.0, "2023-12-04"),
    # area 1: Theft 20 now, none before; a record outside every area and one in October (in no period)
    (1, "Theft", 20.0, "2024-01-02"), (-1, "Robbery", 100.0, "2024-01-02"), (1, "Robbery", 100.0, "2023-10-02"),
]


def test_drivers_use_the_areas_own_baseline_arithmetic_and_add_up():
    recs, driver = records(ROWS)
    # the mean of the two previous months (whole months, full dates: exposure in days): December (31) and November (30)
    plan = plan_periods(D(2024, 1, 1), D(2024, 1, 31), BASELINE_MEAN, 2, data=DATA)
    assert plan.baseline_scale == pytest.approx(31 / 61)  # 31 days against 30 + 31
    result = compare_periods(recs, 2, plan, harm_method="normal")
    drivers = change_drivers(recs.area_index, recs.weight, result.status, driver, 2, plan)
    area0 = {r.driver: r for r in drivers.of_area(0)}
    assert list(area0) == ["Burglary", "Robbery", "Theft"]  # by name
    # Robbery: 200 - 100 x 31/61 = 9100/61; Burglary: 50 - 100 x 31/61 = -50/61; Theft: 0 - 30 x 31/61 = -930/61
    assert area0["Robbery"].harm_change == pytest.approx(9100 / 61)
    assert area0["Burglary"].harm_change == pytest.approx(-50 / 61)
    assert area0["Theft"].harm_change == pytest.approx(-930 / 61)
    assert area0["Theft"].n_current == 0 and area0["Theft"].n_baseline == pytest.approx(3 * 31 / 61)
    assert area0["Robbery"].harm_baseline == pytest.approx(100 * 31 / 61)
    # the area's change is 250 - 230 x 31/61 = 8120/61; shares 9100/8120, -50/8120, -930/8120 (signs kept)
    assert result.columns["harm_change"][0] == pytest.approx(8120 / 61)
    assert math.fsum(r.harm_change for r in area0.values()) == pytest.approx(result.columns["harm_change"][0],
                                                                             rel=1e-12)
    assert area0["Robbery"].share_of_change == pytest.approx(100 * 9100 / 8120)  # 112.07 %: more than the whole rise
    assert area0["Burglary"].share_of_change == pytest.approx(-100 * 50 / 8120)
    assert area0["Theft"].share_of_change == pytest.approx(-100 * 930 / 8120)
    assert math.fsum(r.share_of_change for r in area0.values()) == pytest.approx(100.0, abs=1e-9)
    # counts add up to the area's too
    assert sum(r.n_current for r in area0.values()) == result.columns["n_current"][0]
    assert sum(r.n_baseline for r in area0.values()) == pytest.approx(result.columns["n_baseline"][0])
    # area 1: only Theft has a record in either period (its October robbery is in no period)
    area1 = drivers.of_area(1)
    assert [(r.driver, r.harm_change, r.share_of_change) for r in area1] == [("Theft", 20.0, 100.0)]
    # the force: every record in an area (not the one outside); Theft 30 now, 30 x 31/61 before
    force = {r.driver: r for r in drivers.of_force()}
    assert force["Theft"].harm_change == pytest.approx(20 - 930 / 61)
    assert math.fsum(r.harm_change for r in force.values()) == pytest.approx(result.force["harm_change"], rel=1e-12)
    assert drivers.top(0) == [("Robbery", pytest.approx(100 * 9100 / 8120))]
    assert drivers.top(None)[0][0] == "Robbery"


def test_a_zero_change_has_no_shares_and_nothing_is_divided_by_zero():
    rows = [(0, "Robbery", 100.0, "2024-01-05"), (0, "Burglary", 100.0, "2023-12-05"),  # +100 and -100
            (1, "Theft", 0.0, "2024-01-05")]  # a record that weighs nothing: no change at all
    recs, driver = records(rows)
    plan = plan_periods(D(2024, 1, 1), D(2024, 1, 31), BASELINE_PREVIOUS, data=DATA)
    assert plan.baseline_scale == 1.0  # December and January both have 31 days
    result = compare_periods(recs, 2, plan, harm_method="exact")
    drivers = change_drivers(recs.area_index, recs.weight, result.status, driver, 2, plan)
    area0 = {r.driver: r for r in drivers.of_area(0)}
    assert area0["Robbery"].harm_change == 100.0 and area0["Burglary"].harm_change == -100.0
    for rows_of_area in (drivers.of_area(0), drivers.of_area(1)):
        for r in rows_of_area:
            assert r.share_of_change is None and r.share_reason == NO_CHANGE_TO_SHARE
    assert drivers.top(0) == []


def test_records_without_a_driver_are_one_unknown_driver_listed_last():
    rows = [(0, None, 5.0, "2024-01-05"), (0, "", 5.0, "2024-01-06"), (0, "Arson", 10.0, "2024-01-07")]
    recs, driver = records(rows)
    plan = plan_periods(D(2024, 1, 1), D(2024, 1, 31), BASELINE_PREVIOUS, data=DATA)
    result = compare_periods(recs, 1, plan, harm_method="exact")
    drivers = change_drivers(recs.area_index, recs.weight, result.status, driver, 1, plan)
    assert [(r.driver, r.n_current, r.share_of_change) for r in drivers.of_area(0)] == [
        ("Arson", 1, 50.0), (UNKNOWN_DRIVER, 2, 50.0)]


def test_zero_rows_on_request():
    recs, driver = records(ROWS)
    plan = plan_periods(D(2024, 1, 1), D(2024, 1, 31), BASELINE_MEAN, 2, data=DATA)
    result = compare_periods(recs, 2, plan, harm_method="normal")
    drivers = change_drivers(recs.area_index, recs.weight, result.status, driver, 2, plan, with_zero_rows=True)
    assert [r.driver for r in drivers.of_area(1)] == ["Burglary", "Robbery", "Theft"]


def test_category_of_codes_from_the_harm_table():
    categories = {"34b": "Robbery", "28e": "Burglary"}
    labels = {"34b": "Robbery of personal property", "99x": "Something else"}
    got = category_of_codes(["34B", "28E", "99X", None], categories, labels)
    assert got.tolist() == ["Robbery", "Burglary", "Something else", None]


def test_rises_and_falls_that_cancel_up_to_rounding_are_no_change():
    # +0.1 and +0.2 now, 0.3 before: in floating point the change is 2.8e-17, not 0; a share of
    # 0.1 / 2.8e-17 would be 3.6e17 %. Rounding is not change: no share, reason no_change.
    rows = [(0, "Robbery", 0.1, "2024-01-05"), (0, "Theft", 0.2, "2024-01-06"), (0, "Burglary", 0.3, "2023-12-05")]
    recs, driver = records(rows)
    plan = plan_periods(D(2024, 1, 1), D(2024, 1, 31), BASELINE_PREVIOUS, data=DATA)
    result = compare_periods(recs, 1, plan, harm_method="exact")
    drivers = change_drivers(recs.area_index, recs.weight, result.status, driver, 1, plan)
    assert math.fsum([0.1, 0.2, -0.3]) != 0.0
    assert [(r.driver, r.share_of_change, r.share_reason) for r in drivers.of_area(0)] == [
        ("Burglary", None, NO_CHANGE_TO_SHARE), ("Robbery", None, NO_CHANGE_TO_SHARE), ("Theft", None,
                                                                                        NO_CHANGE_TO_SHARE)]


def test_driver_values_by_category_or_by_code_with_labels():
    categories = {"34b": "Robbery"}
    labels = {"34b": "Robbery of personal property", "28e": "Burglary - residential"}
    values, named = driver_values(["34B", "28E", None], DRIVER_BY_CATEGORY, categories, labels)
    assert values.tolist() == ["Robbery", "Burglary - residential", None]  # no category: the code's label
    assert named == {"Robbery": "Robbery", "Burglary - residential": "Burglary - residential"}
    values, named = driver_values(["34B", "28E", None], DRIVER_BY_CODE, categories, labels)
    assert values.tolist() == ["34B", "28E", None]
    assert named == {"34B": "Robbery of personal property", "28E": "Burglary - residential"}
