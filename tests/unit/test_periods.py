"""Specification of soc_harm_plugin.domain.periods.dates (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_periods.py -q
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from soc_harm_plugin.domain.periods.dates import in_period, parse_dates


def days(*texts):
    return np.array([np.datetime64(t, "D") if t is not None else np.datetime64("NaT", "D") for t in texts],
                    dtype="datetime64[D]")


# --------------------------------------------------------------------------- parse_dates


def test_iso_dates_parse_to_their_day():
    parsed = parse_dates(["2019-02-15", "2020-12-31"])

    assert parsed.day.tolist() == days("2019-02-15", "2020-12-31").tolist()
    assert parsed.month_only.tolist() == [False, False]
    assert parsed.unparseable.tolist() == [False, False]


def test_iso_date_time_text_parses_to_its_day():
    parsed = parse_dates(["2019-02-15T23:59:59", "2019-02-16 00:00:01"])

    assert parsed.day.tolist() == days("2019-02-15", "2019-02-16").tolist()


def test_single_digit_iso_month_and_day_parse():
    parsed = parse_dates(["2019-2-5"])

    assert parsed.day.tolist() == days("2019-02-05").tolist()


def test_datetime_and_date_objects_parse_to_their_day():
    parsed = parse_dates([dt.datetime(2019, 2, 15, 22, 30), dt.date(2019, 3, 1)])

    assert parsed.day.tolist() == days("2019-02-15", "2019-03-01").tolist()
    assert parsed.month_only.tolist() == [False, False]
    assert parsed.unparseable.tolist() == [False, False]


def test_pandas_and_numpy_datetimes_parse_to_their_day():
    parsed = parse_dates([pd.Timestamp("2019-02-16 08:00"), np.datetime64("2019-02-17")])

    assert parsed.day.tolist() == days("2019-02-16", "2019-02-17").tolist()


def test_uk_day_month_year_parses_day_first():
    parsed = parse_dates(["15/02/2019", "01/12/2019"])

    assert parsed.day.tolist() == days("2019-02-15", "2019-12-01").tolist()
    assert parsed.month_only.tolist() == [False, False]


def test_month_only_parses_to_the_first_of_the_month_and_is_marked_month_only():
    parsed = parse_dates(["2019-02"])

    assert parsed.day.tolist() == days("2019-02-01").tolist()
    assert parsed.month_only.tolist() == [True]
    assert parsed.unparseable.tolist() == [False]


def test_missing_values_have_no_date_and_are_not_unparseable():
    parsed = parse_dates([None, "", "   ", float("nan"), "NULL"])

    assert np.isnat(parsed.day).all()
    assert parsed.unparseable.tolist() == [False] * 5
    assert parsed.examples == []


def test_garbage_is_unparseable_with_no_date_and_is_listed():
    parsed = parse_dates(["garbage", "2019-02-15"])

    assert np.isnat(parsed.day[0])
    assert parsed.unparseable.tolist() == [True, False]
    assert parsed.examples == ["garbage"]


def test_impossible_calendar_dates_are_unparseable():
    parsed = parse_dates(["2019-13", "31/02/2019", "2019-02-30"])

    assert parsed.unparseable.tolist() == [True, True, True]
    assert parsed.examples == ["2019-13", "31/02/2019", "2019-02-30"]


def test_unparseable_examples_are_distinct_and_at_most_five():
    values = ["bad1", "bad1", "bad2", "bad3", "bad4", "bad5", "bad6"]

    parsed = parse_dates(values)

    assert parsed.unparseable.tolist() == [True] * 7
    assert parsed.examples == ["bad1", "bad2", "bad3", "bad4", "bad5"]


def test_repeated_values_parse_the_same_as_once():
    parsed = parse_dates(["2019-02", "garbage", "2019-02", None, "garbage"])

    assert parsed.day.tolist() == days("2019-02-01", None, "2019-02-01", None, None).tolist()
    assert parsed.month_only.tolist() == [True, False, True, False, False]
    assert parsed.unparseable.tolist() == [False, True, False, False, True]


def test_a_pandas_series_parses_like_a_list():
    parsed = parse_dates(pd.Series(["2019-02", None, "15/02/2019"]))

    assert parsed.day.tolist() == days("2019-02-01", None, "2019-02-15").tolist()


def test_all_month_only_when_every_present_date_is_month_only():
    assert parse_dates(["2019-01", None, "2019-02", ""]).all_month_only is True


def test_not_all_month_only_when_one_date_is_a_full_date():
    assert parse_dates(["2019-01", "2019-02-15"]).all_month_only is False


def test_not_all_month_only_when_no_date_is_present():
    assert parse_dates([None, "", "garbage"]).all_month_only is False


# --------------------------------------------------------------------------- in_period


def test_full_dates_are_in_period_between_start_and_end_inclusive():
    parsed = parse_dates(["2019-02-14", "2019-02-15", "2019-03-01", "2019-03-10", "2019-03-11"])

    keep = in_period(parsed, dt.date(2019, 2, 15), dt.date(2019, 3, 10))

    assert keep.tolist() == [False, True, True, True, False]


def test_month_only_dates_are_in_period_when_the_month_lies_between_the_start_and_end_months():
    # the period starts mid-February and ends early March: both months count whole
    parsed = parse_dates(["2019-01", "2019-02", "2019-03", "2019-04"])

    keep = in_period(parsed, dt.date(2019, 2, 15), dt.date(2019, 3, 10))

    assert keep.tolist() == [False, True, True, False]


def test_month_only_and_full_dates_in_one_column_each_follow_their_own_rule():
    # 2019-02 (month) is in; 2019-02-01 (a day before the start) is out
    parsed = parse_dates(["2019-02", "2019-02-01", "2019-03-10", "2019-03"])

    keep = in_period(parsed, dt.date(2019, 2, 15), dt.date(2019, 3, 9))

    assert keep.tolist() == [True, False, False, True]


def test_period_of_one_month_keeps_that_month():
    parsed = parse_dates(["2019-01", "2019-02", "2019-03"])

    keep = in_period(parsed, dt.date(2019, 2, 1), dt.date(2019, 2, 28))

    assert keep.tolist() == [False, True, False]


def test_open_start_keeps_everything_up_to_the_end():
    parsed = parse_dates(["1990-01-01", "2019-03-10", "2019-03-11", "2019-03"])

    keep = in_period(parsed, None, dt.date(2019, 3, 10))

    assert keep.tolist() == [True, True, False, True]


def test_open_end_keeps_everything_from_the_start():
    parsed = parse_dates(["2019-02-14", "2019-02-15", "2099-01-01", "2019-02"])

    keep = in_period(parsed, dt.date(2019, 2, 15), None)

    assert keep.tolist() == [False, True, True, True]


def test_records_with_no_date_or_an_unparseable_date_are_never_in_a_bounded_period():
    parsed = parse_dates([None, "", "garbage"])

    keep = in_period(parsed, dt.date(2000, 1, 1), dt.date(2100, 1, 1))

    assert keep.tolist() == [False, False, False]


def test_as_month_text_turns_first_of_month_dates_into_months_and_keeps_the_rest():
    import datetime as dt

    from soc_harm_plugin.domain.periods.dates import as_month_text, parse_dates
    from soc_harm_plugin.domain.columns import Factorized

    values = [dt.date(2019, 2, 1), "2019-03-01", None, "rubbish", "2019-04"]
    months = as_month_text(values)
    assert months.tolist() == ["2019-02", "2019-03", None, "rubbish", "2019-04"]
    parsed = parse_dates(months)
    assert parsed.month_only.tolist() == [True, True, False, False, True]
    assert parsed.unparseable.tolist() == [False, False, False, True, False]
    column = Factorized.of(np.array(["2019-02-01", "2019-02-01", "2019-05-01"], dtype=object))
    assert as_month_text(column).to_objects().tolist() == ["2019-02", "2019-02", "2019-05"]
