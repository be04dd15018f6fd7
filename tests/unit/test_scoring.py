"""Specification of soc_harm_plugin.domain.harm.scoring (pure: no QGIS).

Every score_harm test also checks the reconciliation: the per-status counts
add up to the records in, and agree with the per-record statuses.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_scoring.py -q
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import LineString, box

from soc_harm_plugin.domain.harm.harm_table import HarmTable, load_table_csv
from soc_harm_plugin.domain.harm.scoring import (
    SCORE_FIELDS,
    Areas,
    Events,
    HarmResult,
    MissingWeightError,
    rank_descending,
    reconcile,
    score_harm,
)
from soc_harm_plugin.domain.codes import (
    ASSIGNED,
    FILTERED,
    INVALID,
    NO_GEOMETRY,
    OUT_OF_PERIOD,
    OUTSIDE,
    RECORD_STATUSES,
)
from soc_harm_plugin.domain.periods.calendar import Period
from soc_harm_plugin.domain import columns
from soc_harm_plugin.domain.columns import Factorized

NaN = math.nan

# Three 10 x 10 squares in a row: n1 [0,10], n2 [10,20], n3 [20,30].
# Their area_m2 and population are given, not measured, so rates are easy to check.
AREA_IDS = ["n1", "n2", "n3"]


@pytest.fixture
def table(tmp_path: Path) -> HarmTable:
    path = tmp_path / "tiny.csv"
    path.write_text(
        "code,weight,label,flag\n"
        "A,8,Assault,\n"
        "B,4,Burglary,\n"
        "C,0,Cannabis,no_css_weight\n",
        encoding="utf-8",
    )
    return load_table_csv(path)


def areas(population=(2000.0, 500.0, 0.0)) -> Areas:
    return Areas(
        ids=list(AREA_IDS),
        geometries=[box(0, 0, 10, 10).wkb, box(10, 0, 20, 10).wkb, box(20, 0, 30, 10).wkb],
        area_m2=np.array([2e6, 0.5e6, 4e6]),
        population=None if population is None else np.array(population, dtype=float),
    )


def events(rows, dates=None, passes_filter=None) -> Events:
    """rows: (x, y, code); x and y None for a record with no geometry."""
    n = len(rows)
    x = np.array([NaN if r[0] is None else r[0] for r in rows], dtype=float)
    y = np.array([NaN if r[1] is None else r[1] for r in rows], dtype=float)
    status = np.array(["ok" if r[0] is not None else NO_GEOMETRY for r in rows], dtype=object)
    return Events(
        fid=np.arange(n, dtype=np.int64),
        x=x,
        y=y,
        geometry_status=status,
        codes=np.array([r[2] for r in rows], dtype=object),
        dates=None if dates is None else np.array(dates, dtype=object),
        passes_filter=None if passes_filter is None else np.array(passes_filter, dtype=bool),
    )


def assert_reconciled(result: HarmResult, records_in: int) -> dict:
    """The reconciliation adds up and matches the records; returns by_status."""
    rec = result.reconciliation
    assert set(RECORD_STATUSES) <= set(rec["by_status"])  # every status is reported, even at 0
    assert rec["records_in"] == records_in == len(result.records)
    assert sum(rec["by_status"].values()) == records_in
    per_record = result.records["status"].value_counts().to_dict()
    assert {k: v for k, v in rec["by_status"].items() if v} == per_record
    return rec["by_status"]


def statuses(result: HarmResult) -> list:
    return result.records["status"].tolist()


# Four records in n1 (A, A, B, B = 24), one in n2 (A = 8), one in n3 (C = 0, flagged)
BASIC_ROWS = [(1, 1, "A"), (2, 2, "A"), (3, 3, "B"), (4, 4, "B"), (15, 5, "A"), (25, 5, "C")]


# --------------------------------------------------------------------------- rank_descending


def test_rank_descending_gives_1_to_the_largest_and_ties_share_the_lower_rank():
    assert rank_descending([5, 3, 3, 1]).tolist() == [1, 2, 2, 4]


def test_the_same_weights_summed_in_another_order_rank_the_same():
    # 0.1 + 0.2 + 0.3 is 0.6000000000000001 in floats, 0.3 + 0.2 + 0.1 is 0.6: one harm, read in two orders
    forwards, backwards = 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1
    assert forwards != backwards
    assert rank_descending([backwards, 0.7, forwards, 0.59999999999]).tolist() == [2, 1, 2, 4]
    assert rank_descending([7973.39 * 3, 7973.39 + 7973.39 + 7973.39 - 0.01]).tolist() == [1, 2]  # 0.01 apart


def test_rank_descending_gives_rank_1_to_all_when_all_are_zero():
    assert rank_descending([0, 0, 0]).tolist() == [1, 1, 1]


def test_rank_descending_does_not_depend_on_input_order():
    assert rank_descending([1, 3, 5, 3]).tolist() == [4, 2, 1, 2]


def test_rank_descending_of_nothing_is_empty():
    assert rank_descending([]).tolist() == []


# --------------------------------------------------------------------------- reconcile


def test_reconcile_counts_every_status_code_and_adds_up_to_records_in():
    rec = reconcile([ASSIGNED, OUTSIDE, ASSIGNED, FILTERED])

    assert rec["records_in"] == 4
    assert rec["by_status"] == {ASSIGNED: 2, OUTSIDE: 1, NO_GEOMETRY: 0, INVALID: 0, FILTERED: 1, OUT_OF_PERIOD: 0}


def test_reconcile_still_counts_an_unexpected_status_code():
    rec = reconcile([ASSIGNED, "mystery"])

    assert rec["by_status"]["mystery"] == 1
    assert sum(rec["by_status"].values()) == rec["records_in"] == 2


# --------------------------------------------------------------------------- score_harm: scores


def test_counts_and_sums_per_area(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert result.scores["harm_n"].tolist() == [4, 1, 1]
    assert result.scores["harm_score"].tolist() == [24.0, 8.0, 0.0]
    assert_reconciled(result, 6)


def test_scores_have_the_public_fields_one_row_per_area(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert list(result.scores.columns) == list(SCORE_FIELDS)
    assert len(result.scores) == len(AREA_IDS)
    assert_reconciled(result, 6)


def test_ranks_put_the_most_harmed_area_first(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert result.scores["harm_rank"].tolist() == [1, 2, 3]
    assert_reconciled(result, 6)


def test_shares_are_percent_of_the_total_harm_and_sum_to_100(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert result.scores["harm_share"].tolist() == [75.0, 25.0, 0.0]
    assert result.scores["harm_share"].sum() == 100.0
    assert_reconciled(result, 6)


def test_shares_are_zero_when_no_record_carries_harm(table):
    result = score_harm(events([(1, 1, "C"), (15, 1, "C")]), areas(), table)

    assert result.scores["harm_share"].tolist() == [0.0, 0.0, 0.0]
    assert result.scores["harm_rank"].tolist() == [1, 1, 1]
    assert_reconciled(result, 2)


def test_per_km2_divides_harm_by_area_in_square_kilometres(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    # 24 / 2 km2, 8 / 0.5 km2, 0 / 4 km2
    assert result.scores["harm_per_km2"].tolist() == [12.0, 16.0, 0.0]
    assert_reconciled(result, 6)


def test_per_1000_divides_harm_by_population_and_is_nan_for_zero_population(table):
    result = score_harm(events(BASIC_ROWS), areas(population=(2000.0, 500.0, 0.0)), table)

    per_1000 = result.scores["harm_per_1000"].tolist()
    assert per_1000[:2] == pytest.approx([12.0, 16.0], rel=1e-12)  # 24 / 2000 * 1000, 8 / 500 * 1000
    assert math.isnan(per_1000[2])
    assert_reconciled(result, 6)


def test_per_1000_is_nan_everywhere_without_a_population(table):
    result = score_harm(events(BASIC_ROWS), areas(population=None), table)

    assert result.scores["harm_per_1000"].isna().all()
    assert_reconciled(result, 6)


def test_flagged_table_rows_are_counted_by_flag(table):
    result = score_harm(events(BASIC_ROWS + [(26, 6, "c")]), areas(), table)

    assert result.flagged == {"no_css_weight": 2}
    assert_reconciled(result, 7)


def test_each_record_carries_its_area_id_weight_and_the_tables_spelling_of_its_code(table):
    result = score_harm(events([(1, 1, " a "), (15, 1, "B"), (50, 50, "A")]), areas(), table)

    records = result.records
    assert records["area_index"].tolist() == [0, 1, -1]
    assert records["area_id"].tolist() == ["n1", "n2", None]
    assert records["weight"].tolist() == [8.0, 4.0, 8.0]
    assert records["table_code"].tolist() == ["A", "B", "A"]
    assert records["code"].tolist() == [" a ", "B", "A"]
    assert statuses(result) == [ASSIGNED, ASSIGNED, OUTSIDE]
    assert_reconciled(result, 3)


def test_assigned_weights_add_up_to_the_total_harm_score(table):
    rows = BASIC_ROWS + [(50, 50, "A"), (None, None, "B"), (3, 7, "B"), (12, 3, "A")]
    result = score_harm(events(rows, passes_filter=[True] * 8 + [False, True]), areas(), table)

    records = result.records
    assigned = records["status"] == ASSIGNED
    assert records.loc[assigned, "weight"].sum() == result.scores["harm_score"].sum() == 40.0
    by_status = assert_reconciled(result, 10)
    assert by_status[ASSIGNED] == 7
    assert by_status[OUTSIDE] == by_status[NO_GEOMETRY] == by_status[FILTERED] == 1


def test_a_record_on_a_shared_boundary_counts_once_in_the_area_whose_id_sorts_first(table):
    result = score_harm(events([(10, 5, "A"), (20, 0, "B")]), areas(), table)

    assert result.records["area_id"].tolist() == ["n1", "n2"]
    assert result.scores["harm_n"].tolist() == [1, 1, 0]
    assert result.scores["harm_score"].tolist() == [8.0, 4.0, 0.0]
    assert result.shared_boundary_points == 2
    assert_reconciled(result, 2)


def test_no_records_gives_zero_scores_and_a_reconciliation_of_zero(table):
    result = score_harm(events([]), areas(), table)

    assert result.scores["harm_n"].tolist() == [0, 0, 0]
    assert result.scores["harm_score"].tolist() == [0.0, 0.0, 0.0]
    assert_reconciled(result, 0)


# --------------------------------------------------------------------------- missing weights


def test_missing_policy_zero_counts_the_record_with_weight_zero_and_reports_the_code(table):
    rows = [(1, 1, "A"), (2, 2, "Z"), (3, 3, "Z"), (15, 1, "Y")]

    result = score_harm(events(rows), areas(), table, missing_policy="zero", default_weight=99.0)

    assert result.scores["harm_n"].tolist() == [3, 1, 0]
    assert result.scores["harm_score"].tolist() == [8.0, 0.0, 0.0]
    assert result.records["weight"].tolist() == [8.0, 0.0, 0.0, 0.0]
    assert result.records["table_code"].tolist() == ["A", None, None, None]
    assert result.missing_codes == {"Z": 2, "Y": 1}
    assert_reconciled(result, 4)


def test_missing_policy_default_gives_missing_codes_the_default_weight(table):
    rows = [(1, 1, "A"), (2, 2, "Z"), (3, 3, "Z"), (15, 1, "Y")]

    result = score_harm(events(rows), areas(), table, missing_policy="default", default_weight=1.5)

    assert result.scores["harm_score"].tolist() == [11.0, 1.5, 0.0]
    assert result.records["weight"].tolist() == [8.0, 1.5, 1.5, 1.5]
    assert result.missing_codes == {"Z": 2, "Y": 1}
    assert_reconciled(result, 4)


def test_missing_policy_fail_raises_and_lists_every_missing_code(table):
    rows = [(1, 1, "A"), (2, 2, "Z"), (3, 3, "Z"), (15, 1, "Y")]

    with pytest.raises(MissingWeightError) as info:
        score_harm(events(rows), areas(), table, missing_policy="fail")

    assert info.value.missing == {"Z": 2, "Y": 1}
    assert str(info.value) == "codes with no weight: Y, Z"


def test_missing_policy_fail_counts_empty_codes_as_missing(table):
    rows = [(1, 1, "A"), (2, 2, None), (3, 3, "")]

    with pytest.raises(MissingWeightError) as info:
        score_harm(events(rows), areas(), table, missing_policy="fail")

    assert info.value.missing == {"": 2}


def test_missing_policy_fail_passes_when_every_code_has_a_weight(table):
    result = score_harm(events(BASIC_ROWS), areas(), table, missing_policy="fail")

    assert result.missing_codes == {}
    assert_reconciled(result, 6)


def test_codes_of_records_out_of_scope_need_no_weight(table):
    rows = [(1, 1, "A"), (2, 2, "Z"), (3, 3, "Y")]
    dates = ["2019-02-10", "2019-02-10", "2018-01-01"]
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events(rows, dates=dates, passes_filter=[True, False, True]), areas(), table,
                        missing_policy="fail", period=period)

    assert statuses(result) == [ASSIGNED, FILTERED, OUT_OF_PERIOD]
    assert result.missing_codes == {}
    assert_reconciled(result, 3)


# --------------------------------------------------------------------------- status precedence


def test_filtered_beats_out_of_period_beats_no_geometry_beats_outside(table):
    rows = [
        (None, None, "A"),  # filtered, out of period, no geometry
        (None, None, "A"),  # out of period, no geometry
        (None, None, "A"),  # no geometry (in period)
        (50, 50, "A"),  # outside (in period)
        (1, 1, "A"),  # assigned
    ]
    dates = ["2018-01-01", "2018-01-01", "2019-02-10", "2019-02-10", "2019-02-10"]
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events(rows, dates=dates, passes_filter=[False, True, True, True, True]),
                        areas(), table, period=period)

    assert statuses(result) == [FILTERED, OUT_OF_PERIOD, NO_GEOMETRY, OUTSIDE, ASSIGNED]
    assert_reconciled(result, 5)


def test_filtered_beats_an_unparseable_date(table):
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events([(1, 1, "A")], dates=["garbage"], passes_filter=[False]), areas(), table,
                        period=period)

    assert statuses(result) == [FILTERED]
    assert_reconciled(result, 1)


def test_an_unparseable_date_beats_no_geometry(table):
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events([(None, None, "A")], dates=["garbage"]), areas(), table, period=period)

    assert statuses(result) == [INVALID]
    assert_reconciled(result, 1)


def test_an_invalid_geometry_keeps_its_invalid_status(table):
    ev = events([(1, 1, "A"), (2, 2, "A")])
    ev.geometry_status[1] = INVALID
    ev.x[1] = ev.y[1] = math.inf

    result = score_harm(ev, areas(), table)

    assert statuses(result) == [ASSIGNED, INVALID]
    assert result.scores["harm_n"].tolist() == [1, 0, 0]
    assert_reconciled(result, 2)


def test_records_out_of_scope_weigh_nothing(table):
    rows = [(1, 1, "A"), (2, 2, "A"), (3, 3, "A")]
    period = Period(dt.date(2019, 2, 1), None)

    result = score_harm(events(rows, dates=["2019-03-01", "2019-01-31", "2019-03-01"],
                               passes_filter=[True, True, False]), areas(), table, period=period)

    assert statuses(result) == [ASSIGNED, OUT_OF_PERIOD, FILTERED]
    assert result.records["weight"].tolist() == [8.0, 0.0, 0.0]
    assert result.scores["harm_score"].tolist() == [8.0, 0.0, 0.0]
    assert_reconciled(result, 3)


# --------------------------------------------------------------------------- periods


def test_full_dates_outside_the_period_are_out_of_period(table):
    rows = [(1, 1, "A")] * 4
    dates = ["2019-02-14", "2019-02-15", "2019-02-20", "2019-02-21"]
    period = Period(dt.date(2019, 2, 15), dt.date(2019, 2, 20))

    result = score_harm(events(rows, dates=dates), areas(), table, period=period)

    assert statuses(result) == [OUT_OF_PERIOD, ASSIGNED, ASSIGNED, OUT_OF_PERIOD]
    assert result.scores["harm_n"].tolist() == [2, 0, 0]
    assert result.month_only is False
    assert_reconciled(result, 4)


def test_month_only_dates_count_when_their_month_lies_in_the_period(table):
    rows = [(1, 1, "A")] * 4
    dates = ["2019-01", "2019-02", "2019-03", "2019-04"]
    period = Period(dt.date(2019, 2, 15), dt.date(2019, 3, 10))

    result = score_harm(events(rows, dates=dates), areas(), table, period=period)

    assert statuses(result) == [OUT_OF_PERIOD, ASSIGNED, ASSIGNED, OUT_OF_PERIOD]
    assert result.month_only is True
    assert result.records["date"].dt.strftime("%Y-%m-%d").tolist() == ["2019-01-01", "2019-02-01", "2019-03-01",
                                                                       "2019-04-01"]
    assert_reconciled(result, 4)


def test_records_with_no_date_are_out_of_a_bounded_period(table):
    rows = [(1, 1, "A"), (2, 2, "A")]
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events(rows, dates=[None, ""]), areas(), table, period=period)

    assert statuses(result) == [OUT_OF_PERIOD, OUT_OF_PERIOD]
    assert result.unparseable_dates == []
    assert_reconciled(result, 2)


def test_unparseable_dates_in_a_bounded_period_are_invalid_and_listed(table):
    rows = [(1, 1, "A"), (2, 2, "A"), (3, 3, "A"), (4, 4, "A")]
    dates = ["2019-02-10", "garbage", "31/02/2019", "garbage"]
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    result = score_harm(events(rows, dates=dates), areas(), table, period=period)

    assert statuses(result) == [ASSIGNED, INVALID, INVALID, INVALID]
    assert result.unparseable_dates == ["garbage", "31/02/2019"]
    assert result.scores["harm_n"].tolist() == [1, 0, 0]
    assert_reconciled(result, 4)


def test_without_a_period_dates_do_not_change_any_status(table):
    rows = [(1, 1, "A"), (2, 2, "A"), (3, 3, "A")]

    result = score_harm(events(rows, dates=["1900-01-01", "garbage", None]), areas(), table)

    assert statuses(result) == [ASSIGNED, ASSIGNED, ASSIGNED]
    assert result.scores["harm_n"].tolist() == [3, 0, 0]
    assert_reconciled(result, 3)


def test_an_open_ended_period_is_bounded_on_one_side_only(table):
    rows = [(1, 1, "A"), (2, 2, "A"), (3, 3, "A")]
    dates = ["2019-01-31", "2019-02-01", "2030-12-31"]

    result = score_harm(events(rows, dates=dates), areas(), table, period=Period(start=dt.date(2019, 2, 1)))

    assert statuses(result) == [OUT_OF_PERIOD, ASSIGNED, ASSIGNED]
    assert_reconciled(result, 3)


# --------------------------------------------------------------------------- line areas


def streets() -> Areas:
    return Areas(
        ids=["s2", "s1"],
        geometries=[LineString([(0, 0), (100, 0)]).wkb, LineString([(0, 30), (100, 30)]).wkb],
        area_m2=np.array([0.0, 0.0]),
        is_lines=True,
    )


def test_line_areas_take_records_within_the_tolerance_and_record_the_distance(table):
    rows = [(50, 4, "A"), (50, 27, "B"), (50, 15, "A"), (50, -9, "B")]

    result = score_harm(events(rows), streets(), table, tolerance=10.0)

    assert statuses(result) == [ASSIGNED, ASSIGNED, OUTSIDE, ASSIGNED]
    assert result.records["area_id"].tolist() == ["s2", "s1", None, "s2"]
    distance = result.records["distance"].tolist()
    assert distance[0] == 4.0 and distance[1] == 3.0 and distance[3] == 9.0
    assert math.isnan(distance[2])
    assert result.scores["harm_n"].tolist() == [2, 1]
    assert result.scores["harm_score"].tolist() == [12.0, 4.0]
    assert_reconciled(result, 4)


def test_a_record_equally_near_two_lines_goes_to_the_id_that_sorts_first(table):
    result = score_harm(events([(50, 15, "A")]), streets(), table, tolerance=20.0)

    assert result.records["area_id"].tolist() == ["s1"]
    assert result.records["distance"].tolist() == [15.0]
    assert result.shared_boundary_points == 1
    assert_reconciled(result, 1)


def test_line_areas_with_no_area_have_nan_density(table):
    result = score_harm(events([(50, 4, "A")]), streets(), table, tolerance=10.0)

    assert result.scores["harm_per_km2"].isna().all()
    assert_reconciled(result, 1)


def test_polygon_records_have_no_distance(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert result.records["distance"].isna().all()
    assert_reconciled(result, 6)



# --------------------------------------------------------------------------- factorised columns


def factorized_events(rows, dates=None, passes_filter=None) -> Events:
    """events(), with codes, geometry status and dates as Factorized columns, as the reader gives them."""
    plain = events(rows, dates=dates, passes_filter=passes_filter)
    plain.codes = Factorized.of(plain.codes)
    plain.geometry_status = Factorized.of(plain.geometry_status)
    if plain.dates is not None:
        plain.dates = Factorized.of(plain.dates)
    return plain


def same_result(a: HarmResult, b: HarmResult) -> None:
    assert a.scores.equals(b.scores)
    assert a.records.equals(b.records)
    assert a.reconciliation == b.reconciliation
    assert list(a.missing_codes.items()) == list(b.missing_codes.items())  # same order: it is reported in order
    assert list(a.flagged.items()) == list(b.flagged.items())
    assert a.unparseable_dates == b.unparseable_dates
    assert (a.shared_boundary_points, a.month_only) == (b.shared_boundary_points, b.month_only)


MIXED_ROWS = [(1, 1, "Z"), (None, None, "A"), (15, 1, None), (2, 2, "Y"), (50, 50, "c"), (3, 3, "Z"),
              (4, 4, "Y"), (25, 5, " b "), (5, 5, "Q")]
MIXED_DATES = ["2019-02-10", "garbage", "2019-02", None, "2019-02-11", "2018-01-01", "nonsense", "2019-02-12",
               "garbage"]


@pytest.mark.parametrize("policy", ["zero", "default"])
def test_factorized_columns_give_the_same_result_as_plain_columns(table, policy):
    period = Period(dt.date(2019, 2, 1), dt.date(2019, 2, 28))
    passes = [True, True, True, True, True, True, True, True, False]

    plain = score_harm(events(MIXED_ROWS, MIXED_DATES, passes), areas(), table, period=period,
                       missing_policy=policy, default_weight=2.5)
    coded = score_harm(factorized_events(MIXED_ROWS, MIXED_DATES, passes), areas(), table, period=period,
                       missing_policy=policy, default_weight=2.5)

    same_result(coded, plain)
    assert_reconciled(coded, len(MIXED_ROWS))


def test_missing_codes_are_reported_in_the_order_of_their_first_record_in_scope(table):
    rows = [(1, 1, "X"), (2, 2, "Y"), (3, 3, "X")]
    column = Factorized(np.array([0, 1, 0]), ["X", "Y"])  # X's first record is filtered out
    ev = events(rows, passes_filter=[False, True, True])
    ev.codes = column

    result = score_harm(ev, areas(), table)

    assert list(result.missing_codes.items()) == [("Y", 1), ("X", 1)]
    assert_reconciled(result, 3)


def test_records_with_no_geometry_status_are_kept_but_counted_nowhere(table):
    ev = events([(1, 1, "A"), (2, 2, "A")])
    ev.geometry_status = Factorized(np.array([0, -1]), ["ok"])

    result = score_harm(ev, areas(), table)

    assert result.records["status"].tolist() == [ASSIGNED, None]
    assert result.reconciliation["records_in"] == 2
    assert result.reconciliation["by_status"][ASSIGNED] == 1


def test_records_and_scores_are_built_only_when_asked_for(table):
    result = score_harm(events(BASIC_ROWS), areas(), table)

    assert result.score_columns["harm_score"].tolist() == [24.0, 8.0, 0.0]
    assert result.record_columns.status_text().tolist() == [ASSIGNED] * 6
    assert result._frames == {}
    assert result.records is result.records  # built once
    assert set(result._frames) == {"records"}


def test_reconcile_takes_a_factorized_column():
    column = Factorized(np.array([0, 1, 0, -1, 2]), [ASSIGNED, FILTERED, "mystery"])

    rec = reconcile(column)

    assert rec == reconcile([ASSIGNED, FILTERED, ASSIGNED, None, "mystery"])
    assert rec["records_in"] == 5
    assert rec["by_status"][ASSIGNED] == 2 and rec["by_status"]["mystery"] == 1


def test_rank_descending_ranks_nan_zero():
    assert rank_descending([2.0, NaN, 5.0, 2.0]).tolist() == [2, 0, 1, 2]


def test_rank_descending_matches_pandas_min_rank_on_random_ties():
    import pandas as pd

    values = np.random.default_rng(3).integers(0, 20, 500).astype(float)

    expected = pd.Series(values).rank(method="min", ascending=False).astype(np.int64).tolist()
    assert rank_descending(values).tolist() == expected


def test_factorized_of_a_plain_column_numbers_values_by_first_appearance_with_none_and_nan_as_minus_one():
    column = Factorized.of(["b", None, "a", "b", NaN, "c"])

    assert column.index.tolist() == [0, -1, 1, 0, -1, 2]
    assert column.values.tolist() == ["b", "a", "c"]
    assert np.asarray(column).tolist() == ["b", None, "a", "b", None, "c"]
    assert column.equals("b").tolist() == [True, False, False, True, False, False]
    assert column[1:4].to_objects().tolist() == [None, "a", "b"]
    per_value, without = column.counts()
    assert per_value.tolist() == [2, 1, 1] and without == 2


def pandas_factorize(values):
    import pandas as pd

    index, uniques = pd.factorize(np.asarray(values, dtype=object))
    return index.tolist(), list(uniques)


@pytest.mark.parametrize("width", [1, 2, 3, 4, 7, 8, 9, 16, 17])
def test_factorizing_fixed_width_bytes_matches_pandas_on_the_decoded_text(width):
    rng = np.random.default_rng(width)
    pool = [bytes(rng.integers(65, 70, rng.integers(0, width + 1)).astype(np.uint8)) for _ in range(300)]
    data = np.array(pool, dtype="S{0}".format(width))[rng.integers(0, len(pool), 5000)]
    mask = rng.random(len(data)) < 0.05

    column = Factorized.from_array(data, mask, decode=lambda v: v.decode("utf-8"))

    text = [None if m else v.decode("utf-8") for v, m in zip(data, mask)]
    assert (column.index.tolist(), list(column.values)) == pandas_factorize(text)


def test_factorizing_survives_hash_collisions(monkeypatch):
    monkeypatch.setattr(columns, "_HASH_BITS", 2)  # four buckets: nearly every value collides
    rng = np.random.default_rng(5)
    data = rng.integers(0, 500, 20_000).astype(np.int64)

    column = Factorized.from_array(data, decode=lambda v: v.item())

    assert (column.index.tolist(), list(column.values)) == pandas_factorize(data.tolist())


def test_factorizing_days_and_whole_numbers_gives_python_dates_and_ints():
    days = np.array(["2019-02-01", "2019-01-31", "2019-02-01"], dtype="datetime64[D]")
    numbers = np.array([28, 8, 28, -3], dtype=np.int32)

    by_day = Factorized.from_array(days, decode=lambda v: v.astype(object))
    by_number = Factorized.from_array(numbers, decode=lambda v: v.item())

    assert by_day.values.tolist() == [dt.date(2019, 2, 1), dt.date(2019, 1, 31)] and by_day.index.tolist() == [0, 1, 0]
    assert by_number.values.tolist() == [28, 8, -3] and by_number.index.tolist() == [0, 1, 0, 2]
    assert all(type(v) is int for v in by_number.values)


def test_factorizing_floats_or_objects_is_left_to_the_caller():
    assert Factorized.from_array(np.array([0.0, -0.0, NaN])) is None
    assert Factorized.from_array(np.array(["a", None], dtype=object)) is None


def test_factorizing_an_all_masked_or_empty_column_gives_no_values():
    data = np.array([b"a", b"b"], dtype="S1")

    masked = Factorized.from_array(data, np.array([True, True]))
    empty = Factorized.from_array(data[:0])

    assert masked.index.tolist() == [-1, -1] and masked.values.tolist() == []
    assert empty.index.tolist() == [] and empty.values.tolist() == []
