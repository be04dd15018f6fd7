"""Specification of soc_harm_plugin.domain.analyses.collapse (pure: no QGIS).

Dated records collapsed into rows with a count give every analysis the
answers the records themselves give: change (counts, harm, both tests,
classes, ranks), drivers, trend, the emerging hot-spot cube and the
reconciliation. The reference is always the uncollapsed records run through
the same analysis, on random data with ties, zero weights, records in no
area, no date, unreadable dates and filtered records.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_collapse.py -q
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses.change import DatedRecords, compare_periods, date_status, reconcile_statuses
from soc_harm_plugin.domain.analyses.collapse import DatedCollector, collapse_dated
from soc_harm_plugin.domain.analyses.drivers import change_drivers
from soc_harm_plugin.domain.analyses.emerging import build_cube
from soc_harm_plugin.domain.analyses.trend import build_series, summarise
from soc_harm_plugin.domain.periods.calendar import window_of
from soc_harm_plugin.domain.periods.plan import BASELINE_MEAN, BASELINE_PREVIOUS, plan_periods
from soc_harm_plugin.domain.stats.change_tests import TEST_EXACT, TEST_MONTE_CARLO, TEST_NORMAL, harm_test

D = dt.date
STATUSES = np.array(["assigned"] * 6 + ["outside", "no_geometry", "invalid", "filtered"], dtype=object)
DYADIC = (0.0, 0.5, 1.25, 2.0, 13.75, 0.0)  # sums of these are exact: ties stay ties however they are added
ANY = (0.0, 0.1, 0.3, 1.7, 2.0, 19.85, 0.0)


def random_records(seed: int, n: int = 4000, n_areas: int = 12, weights=DYADIC, month_only: bool = False,
                   themed: bool = True):
    """(records, table code per record): every status, NaT days, unreadable dates, ties, zero weights."""
    rng = np.random.default_rng(seed)
    status = STATUSES[rng.integers(0, len(STATUSES), n)]
    area = rng.integers(0, n_areas, n).astype(np.int64)
    area[status != "assigned"] = -1
    code = rng.integers(0, len(weights), n)
    weight = np.asarray(weights, dtype=float)[code]
    table_code = np.array([None if c == 0 else "C{0}".format(c) for c in code], dtype=object)
    weight[status == "filtered"] = 0.0
    start = np.datetime64("2023-01-01", "D")
    day = start + rng.integers(0, 2 * 365, n).astype("timedelta64[D]")
    if month_only:
        day = day.astype("datetime64[M]").astype("datetime64[D]")
    no_day = rng.random(n) < 0.03
    unparseable = no_day & (rng.random(n) < 0.5)
    day[no_day] = np.datetime64("NaT", "D")
    theme = np.array([None, "drugs", "firearms", "exploitation"], dtype=object)[rng.integers(0, 4, n)]
    records = DatedRecords(area_index=area, weight=weight, day=day.astype("datetime64[D]"), status=status,
                           unparseable=unparseable, month_only=month_only, unparseable_examples=["x"],
                           measure=theme if themed else None)
    return records, table_code


def collapsed_in_batches(records: DatedRecords, table_code, sizes) -> tuple:
    collector = DatedCollector(themed=records.measure is not None)
    at = 0
    for size in sizes:
        rows = slice(at, at + size)
        collector.add(records.area_index[rows], records.weight[rows], records.day[rows], records.status[rows],
                      records.unparseable[rows], None if records.measure is None else records.measure[rows],
                      table_code[rows])
        at += size
    assert at == len(records)
    return collector.result(records.month_only, records.unparseable_examples)


def assert_columns_equal(a: dict, b: dict, exact=(), close=(), tol=1e-9):
    for key in exact:
        assert list(a[key]) == list(b[key]), key
    for key in close:
        x = np.asarray(a[key], dtype=float)
        y = np.asarray(b[key], dtype=float)
        assert np.array_equal(np.isnan(x), np.isnan(y)), key
        ok = ~np.isnan(x)
        np.testing.assert_allclose(x[ok], y[ok], rtol=tol, atol=tol, err_msg=key)


# --------------------------------------------------------------------------- the collapse itself


def test_collapse_keeps_every_record_and_fewer_rows():
    records, codes = random_records(1)
    collapsed, row_codes = collapse_dated(records, codes)
    assert collapsed.records_in() == len(records) == 4000
    assert len(collapsed) < len(records)
    assert collapsed.count.min() >= 1
    # each distinct record is one row: its count is how many records it stands for
    key = list(zip(records.area_index.tolist(), records.day.astype(str).tolist(), records.weight.tolist(),
                   records.status.tolist(), records.unparseable.tolist(), records.measure.tolist(), codes.tolist()))
    from collections import Counter

    expected = Counter(key)
    got = Counter()
    for k in range(len(collapsed)):
        got[(int(collapsed.area_index[k]), str(collapsed.day[k]), float(collapsed.weight[k]), collapsed.status[k],
             bool(collapsed.unparseable[k]), collapsed.measure[k], row_codes[k])] += int(collapsed.count[k])
    assert got == expected


@pytest.mark.parametrize("sizes", [[1] * 40 + [3960], [3] * 1000 + [1000], [4000], [997, 1, 2002, 1000]])
def test_batches_of_any_size_give_the_same_rows_bit_for_bit(sizes):
    records, codes = random_records(2)
    whole, whole_codes = collapse_dated(records, codes)
    batched, batched_codes = collapsed_in_batches(records, codes, sizes)
    for name in ("area_index", "weight", "status", "unparseable", "measure", "count"):
        assert np.array_equal(getattr(whole, name), getattr(batched, name)), name
    assert np.array_equal(whole.day.view(np.int64), batched.day.view(np.int64))  # NaT included
    assert list(whole_codes) == list(batched_codes)


def test_merging_as_it_goes_many_batches():
    """More rows than one merge holds (2**16): the collector merges collapsed batches as it goes."""
    records, codes = random_records(3, n=150_000, n_areas=300)
    whole, _ = collapse_dated(records, codes)
    batched, _ = collapsed_in_batches(records, codes, [10_000] * 15)
    assert np.array_equal(whole.count, batched.count) and np.array_equal(whole.area_index, batched.area_index)
    assert batched.records_in() == 150_000


def test_negative_zero_weights_are_one_weight():
    collector = DatedCollector()
    day = np.array(["2024-01-01"] * 2, dtype="datetime64[D]")
    collector.add(np.array([0, 0]), np.array([0.0, -0.0]), day, np.array(["assigned"] * 2, dtype=object),
                  np.zeros(2, dtype=bool))
    records, _ = collector.result()
    assert len(records) == 1 and records.count.tolist() == [2]


def test_nothing_added_gives_no_rows():
    records, codes = DatedCollector().result()
    assert len(records) == 0 and records.records_in() == 0 and len(codes) == 0


# --------------------------------------------------------------------------- analyses on collapsed records

CHANGE_EXACT = ("n_current", "harm_change_pct_reason", "harm_test", "change_class", "count_change_class",
                "rank_current", "rank_baseline", "rank_change")
CHANGE_CLOSE = ("n_baseline", "harm_current", "harm_baseline", "harm_change", "harm_change_pct", "p_count",
                "p_harm")


@pytest.mark.parametrize("method", [None, TEST_NORMAL, TEST_MONTE_CARLO])
@pytest.mark.parametrize("baseline,n_periods", [(BASELINE_PREVIOUS, 1), (BASELINE_MEAN, 3)])
def test_change_on_collapsed_records_is_the_change_on_the_records(method, baseline, n_periods):
    records, codes = random_records(4)
    collapsed, _ = collapse_dated(records, codes)
    plan = plan_periods(D(2024, 7, 1), D(2024, 9, 30), baseline, n_periods, data=records.data_window())
    ours = compare_periods(collapsed, 12, plan, seed=3, harm_method=method)
    reference = compare_periods(records, 12, plan, seed=3, harm_method=method)
    assert_columns_equal(ours.columns, reference.columns, CHANGE_EXACT, CHANGE_CLOSE, tol=1e-12)
    assert ours.reconciliation == reference.reconciliation
    assert ours.reconciliation["records_in"] == 4000
    assert ours.empty_windows == reference.empty_windows
    for key, value in reference.force.items():
        assert ours.force[key] == pytest.approx(value, rel=1e-12, abs=1e-12) if isinstance(value, float) else (
            ours.force[key] == value), key
    # the tests really ran: some areas changed, and every test method chosen was the reference's
    assert set(reference.columns["change_class"]) - {"too_few"}


def test_change_with_any_weights_agrees_to_rounding():
    """Weights whose sums round (0.1, 0.3): sums and p-values agree to 1e-9, classes exactly."""
    records, codes = random_records(5, weights=ANY, n_areas=8)
    collapsed, _ = collapse_dated(records, codes)
    plan = plan_periods(D(2024, 1, 1), D(2024, 3, 31), BASELINE_PREVIOUS, data=records.data_window())
    ours = compare_periods(collapsed, 8, plan, seed=1)
    reference = compare_periods(records, 8, plan, seed=1)
    assert_columns_equal(ours.columns, reference.columns,
                         ("n_current", "harm_test", "change_class", "count_change_class"), CHANGE_CLOSE)
    assert ours.reconciliation == reference.reconciliation


def test_exact_harm_test_on_collapsed_records():
    """Few records per area: the exact relabelling test, the same on the rows as on the records."""
    records, codes = random_records(6, n=300, n_areas=20)
    collapsed, _ = collapse_dated(records, codes)
    plan = plan_periods(D(2024, 1, 1), D(2024, 6, 30), BASELINE_PREVIOUS, data=records.data_window())
    ours = compare_periods(collapsed, 20, plan)
    reference = compare_periods(records, 20, plan)
    assert TEST_EXACT in set(reference.columns["harm_test"])
    assert_columns_equal(ours.columns, reference.columns, CHANGE_EXACT, CHANGE_CLOSE, tol=1e-12)



@pytest.mark.parametrize("method", [TEST_EXACT, TEST_NORMAL, TEST_MONTE_CARLO])
def test_harm_test_with_counts_is_the_test_of_the_repeated_weights(method):
    rng = np.random.default_rng(7)
    cw = np.array([0.0, 1.5, 3.0, 1.5, 27.0])
    bw = np.array([3.0, 0.5, 0.0, 1.5])
    cn = rng.integers(1, 6, len(cw))
    bn = rng.integers(1, 6, len(bw))
    ours = harm_test(cw, bw, 0.4, seed=2, method=method, seed_key=(0, 3), current_counts=cn, baseline_counts=bn)
    reference = harm_test(np.repeat(cw, cn), np.repeat(bw, bn), 0.4, seed=2, method=method, seed_key=(0, 3))
    assert ours.method == reference.method == method
    for name in ("p", "p_extreme_up", "p_extreme_down"):
        assert getattr(ours, name) == pytest.approx(getattr(reference, name), rel=1e-12, abs=0), name
    assert 0 < ours.p <= 1


def test_harm_test_with_only_zero_weights_has_no_p_value():
    test = harm_test(np.array([0.0]), np.array([0.0, 0.0]), 0.5, current_counts=np.array([4]),
                     baseline_counts=np.array([2, 9]))
    assert test.p is None and test.method is None


def test_drivers_on_collapsed_records_are_the_drivers_of_the_records():
    records, codes = random_records(8)
    collapsed, row_codes = collapse_dated(records, codes)
    plan = plan_periods(D(2024, 4, 1), D(2024, 6, 30), BASELINE_MEAN, 2, data=records.data_window())
    ours = change_drivers(collapsed.area_index, collapsed.weight, compare_periods(collapsed, 12, plan).status,
                          row_codes, 12, plan, count=collapsed.count)
    reference = change_drivers(records.area_index, records.weight, compare_periods(records, 12, plan).status, codes,
                               12, plan)
    assert ours.drivers == reference.drivers
    assert len(ours.rows) == len(reference.rows) > 12
    for a, b in zip(ours.rows, reference.rows):
        assert (a.scope, a.area_index, a.driver, a.n_current, a.share_reason) == (
            b.scope, b.area_index, b.driver, b.n_current, b.share_reason)
        for name in ("n_baseline", "harm_current", "harm_baseline", "harm_change", "share_of_change"):
            x, y = getattr(a, name), getattr(b, name)
            assert (x is None) == (y is None) and (x is None or x == pytest.approx(y, rel=1e-9, abs=1e-9)), name


@pytest.mark.parametrize("unit", ["month", "quarter", "year"])
@pytest.mark.parametrize("month_only", [False, True])
def test_trend_on_collapsed_records_is_the_trend_of_the_records(unit, month_only):
    records, codes = random_records(9, month_only=month_only)
    collapsed, _ = collapse_dated(records, codes)
    ours = build_series(collapsed, 12, unit)
    reference = build_series(records, 12, unit)
    assert np.array_equal(ours.n, reference.n)
    np.testing.assert_allclose(ours.harm, reference.harm, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(ours.sumsq, reference.sumsq, rtol=1e-12, atol=1e-12)
    assert ours.labels == reference.labels and list(ours.no_data) == list(reference.no_data)
    a, b = summarise(ours), summarise(reference)
    assert_columns_equal(a, b, ("n_total", "periods", "trend_class", "latest_period", "latest_n", "latest_flag"),
                         ("harm_total", "mk_s", "mk_tau", "mk_p", "sen_slope", "latest_harm", "band_mean", "band_low",
                          "band_high"))


def test_the_cube_and_the_reconciliation_count_records_not_rows():
    records, codes = random_records(10)
    collapsed, _ = collapse_dated(records, codes)
    months = (records.day.astype("datetime64[M]") - np.datetime64("2023-01", "M")).astype(np.int64)
    rows_months = (collapsed.day.astype("datetime64[M]") - np.datetime64("2023-01", "M")).astype(np.int64)
    placed = (records.status == "assigned") & ~np.isnat(records.day)
    rows_placed = (collapsed.status == "assigned") & ~np.isnat(collapsed.day)
    harm, count = build_cube(collapsed.area_index[rows_placed], rows_months[rows_placed],
                             collapsed.weight[rows_placed], 12, 24, collapsed.count[rows_placed])
    ref_harm, ref_count = build_cube(records.area_index[placed], months[placed], records.weight[placed], 12, 24)
    assert np.array_equal(count, ref_count) and count.sum() == placed.sum()
    np.testing.assert_allclose(harm, ref_harm, rtol=1e-12)
    window = [records.data_window()]
    ours = reconcile_statuses(date_status(collapsed, window_of(collapsed.day, window), inside="dated"),
                              first=("dated",), counts=collapsed.count)
    reference = reconcile_statuses(date_status(records, window_of(records.day, window), inside="dated"),
                                   first=("dated",))
    assert ours == reference and ours["records_in"] == 4000
    assert ours["by_status"]["unparseable_date"] > 0 and ours["by_status"]["no_date"] > 0


def test_selecting_a_theme_keeps_the_counts():
    records, codes = random_records(11)
    collapsed, _ = collapse_dated(records, codes)
    mine = collapsed.select(np.flatnonzero(collapsed.measure == "drugs"))
    assert mine.records_in() == int((records.measure == "drugs").sum())
