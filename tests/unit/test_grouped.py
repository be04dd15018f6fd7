"""Specification of soc_harm_plugin.domain.harm.grouped (pure: no QGIS, no database).

The database path counts distinct values and records per area in SQL; these
rules must turn those counts into exactly what score_harm gives for the same
records. Each test builds records, groups them as the database would (one
group per distinct code, date, filter result and geometry state), places the
located records in scope with the desktop's point-in-polygon index, and
compares with score_harm on the same records.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_grouped.py -q
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import box

from soc_harm_plugin.domain.geometry.geometry_index import points_in_polygons
from soc_harm_plugin.domain.harm.grouped import (
    OK,
    ValueGroup,
    exact_text,
    finish_scores,
    plan_scope,
)
from soc_harm_plugin.domain.harm.harm_table import HarmTable, load_table_csv
from soc_harm_plugin.domain.codes import INVALID, NO_GEOMETRY
from soc_harm_plugin.domain.harm.scoring import (
    MISSING_DEFAULT,
    MISSING_FAIL,
    MISSING_ZERO,
    Areas,
    Events,
    MissingWeightError,
    score_harm,
)
from soc_harm_plugin.domain.periods.calendar import Period

AREA_IDS = ["n1", "n2", "n3"]


@pytest.fixture
def table(tmp_path: Path) -> HarmTable:
    path = tmp_path / "tiny.csv"
    path.write_text("code,weight,label,flag\nA,8,Assault,\nB,4.1,Burglary,\nC,0,Cannabis,no_css_weight\n",
                    encoding="utf-8")
    return load_table_csv(path)


def areas() -> Areas:
    return Areas(ids=list(AREA_IDS), geometries=[box(0, 0, 10, 10).wkb, box(10, 0, 20, 10).wkb, box(20, 0, 30, 10).wkb],
                 area_m2=np.array([2e6, 0.5e6, 4e6]), population=np.array([2000.0, 500.0, 0.0]))


def grouped_like_a_database(events: Events):
    """One ValueGroup per distinct (code, date, passes, state), with the smallest fid."""
    groups = OrderedDict()
    passes = np.ones(len(events), dtype=bool) if events.passes_filter is None else events.passes_filter
    for i in range(len(events)):
        code = events.codes[i]
        key = (None if code is None else str(code), events.dates[i] if events.dates is not None else None,
               bool(passes[i]), events.geometry_status[i])
        n, first = groups.get(key, (0, None))
        groups[key] = (n + 1, int(events.fid[i]) if first is None else min(first, int(events.fid[i])))
    return [ValueGroup(code, date, p, state, n, first) for (code, date, p, state), (n, first) in groups.items()]


def placed_like_a_database(events: Events, plan, area: Areas):
    """Records and harm per area of the located records in scope (the desktop's point index)."""
    passes = np.ones(len(events), dtype=bool) if events.passes_filter is None else events.passes_filter
    in_dates = np.ones(len(events), dtype=bool)
    if plan.dates_in_scope is not None:
        in_dates = np.array([d in plan.dates_in_scope for d in events.dates])
    scope = passes & in_dates & (np.asarray(events.geometry_status) == OK)
    index = points_in_polygons(events.x, events.y, area.geometries, area.ids).index
    weight_of = dict(zip(plan.codes, plan.weights_text))
    n = np.zeros(len(area.ids), dtype=np.int64)
    harm = [Decimal(0)] * len(area.ids)
    for i in np.flatnonzero(scope & (index >= 0)):
        code = events.codes[i]
        n[index[i]] += 1
        harm[index[i]] += Decimal(weight_of.get(None if code is None else str(code), plan.fill_text))
    return n, np.array([float(h) for h in harm])


def both_paths(events: Events, table, **options):
    desktop = score_harm(events, areas(), table, **options)
    period = options.get("period")
    plan = plan_scope(grouped_like_a_database(events), table,
                      missing_policy=options.get("missing_policy", MISSING_ZERO),
                      default_weight=options.get("default_weight", 0.0), period=period, dated=events.dates is not None)
    n, harm = placed_like_a_database(events, plan, areas())
    grouped = finish_scores(plan, n, harm, shared_boundary_points=0, area_m2=areas().area_m2,
                            population=areas().population)
    return desktop, grouped


def make_events(rows, dates=None, passes=None):
    """rows: (x, y, code, state); x, y NaN for no geometry."""
    n = len(rows)
    return Events(
        fid=np.arange(1, n + 1, dtype=np.int64),
        x=np.array([r[0] for r in rows], dtype=float), y=np.array([r[1] for r in rows], dtype=float),
        geometry_status=np.array([r[3] for r in rows], dtype=object),
        codes=np.array([r[2] for r in rows], dtype=object),
        dates=None if dates is None else np.array(dates, dtype=object),
        passes_filter=None if passes is None else np.array(passes, dtype=bool),
    )


def assert_same(desktop, grouped):
    assert grouped.reconciliation == desktop.reconciliation
    assert grouped.missing_codes == desktop.missing_codes
    assert list(grouped.missing_codes) == list(desktop.missing_codes)  # the same order in the log
    assert grouped.flagged == desktop.flagged
    assert grouped.month_only == desktop.month_only
    assert grouped.unparseable_dates == desktop.unparseable_dates
    for name, column in desktop.score_columns.items():
        np.testing.assert_allclose(grouped.score_columns[name], column, rtol=1e-12, equal_nan=True, err_msg=name)


NAN = float("nan")


def test_counts_harm_and_reconciliation_equal_score_harms(table):
    rows = [(1, 1, "A", OK), (2, 2, "B", OK), (15, 5, "A", OK), (15, 6, "C", OK), (99, 99, "A", OK),
            (NAN, NAN, "B", NO_GEOMETRY), (NAN, NAN, "A", INVALID), (3, 3, "ZZ", OK), (4, 4, None, OK)]
    desktop, grouped = both_paths(make_events(rows), table)
    assert desktop.reconciliation["by_status"]["assigned"] == 6
    assert_same(desktop, grouped)


def test_status_precedence_filter_then_date_then_geometry(table):
    rows = [(1, 1, "A", OK), (1, 1, "A", NO_GEOMETRY), (1, 1, "B", INVALID), (1, 1, "A", OK), (1, 1, "A", OK),
            (1, 1, "B", OK), (1, 1, "B", NO_GEOMETRY), (50, 50, "A", OK)]
    dates = ["2024-01-05", "2023-12-31", "garbage", None, "2024-02-01", "2024-01-09", "2024-01-31", "2024-01-02"]
    passes = [True, True, True, True, True, False, True, True]
    options = dict(period=Period(dt.date(2024, 1, 1), dt.date(2024, 1, 31)))
    desktop, grouped = both_paths(make_events(rows, dates, passes), table, **options)
    by_status = desktop.reconciliation["by_status"]
    assert (by_status["filtered"], by_status["invalid"], by_status["out_of_period"], by_status["no_geometry"],
            by_status["outside"], by_status["assigned"]) == (1, 1, 3, 1, 1, 1)
    assert_same(desktop, grouped)


def test_month_only_dates_and_unreadable_examples(table):
    rows = [(1, 1, "A", OK), (11, 1, "B", OK), (12, 1, "A", OK), (13, 1, "B", OK)]
    dates = ["2024-02", "2024-03", "not a date", "2024-01"]
    for period in (Period(dt.date(2024, 2, 15), dt.date(2024, 3, 1)), Period()):
        desktop, grouped = both_paths(make_events(rows, dates), table, period=period)
        assert desktop.unparseable_dates == ["not a date"]
        assert_same(desktop, grouped)


@pytest.mark.parametrize("policy", [MISSING_ZERO, MISSING_DEFAULT])
def test_missing_codes_weigh_the_policys_fill_and_are_listed_in_order(table, policy):
    rows = [(1, 1, "Q", OK), (2, 2, "A", OK), (12, 2, "P", OK), (13, 2, "Q", OK), (22, 2, None, OK), (50, 50, "P", OK)]
    desktop, grouped = both_paths(make_events(rows), table, missing_policy=policy, default_weight=2.5)
    assert list(desktop.missing_codes) == ["", "Q", "P"]
    assert_same(desktop, grouped)


def test_missing_policy_fail_raises_with_the_same_codes(table):
    events = make_events([(1, 1, "Q", OK), (2, 2, "A", OK)])
    with pytest.raises(MissingWeightError) as desktop:
        score_harm(events, areas(), table, missing_policy=MISSING_FAIL)
    with pytest.raises(MissingWeightError) as grouped:
        plan_scope(grouped_like_a_database(events), table, missing_policy=MISSING_FAIL, dated=False)
    assert grouped.value.missing == desktop.value.missing == {"Q": 1}


def test_codes_match_as_the_desktop_matches_them(table):
    """Each distinct code is normalised in Python: case, spaces, invisible characters, full-width forms."""
    rows = [(1, 1, " a ", OK), (2, 2, "\u200bB", OK), (12, 2, "Ｂ", OK), (13, 3, "c", OK), (22, 2, "28", OK)]
    desktop, grouped = both_paths(make_events(rows), table)
    assert desktop.reconciliation["by_status"]["assigned"] == 5
    assert_same(desktop, grouped)


def test_random_records_give_score_harms_answer(table):
    rng = np.random.default_rng(7)
    n = 2000
    codes = np.array(["A", "B", "C", "Q", None, " b"], dtype=object)[rng.integers(0, 6, n)]
    states = np.array([OK] * 8 + [NO_GEOMETRY, INVALID], dtype=object)[rng.integers(0, 10, n)]
    x = np.where(states == OK, rng.uniform(-5, 35, n), NAN)
    y = np.where(states == OK, rng.uniform(-2, 12, n), NAN)
    days = np.array(["2024-01-{0:02d}".format(d) for d in range(1, 32)] + ["2024-02", "bad", None], dtype=object)
    dates = days[rng.integers(0, len(days), n)]
    passes = rng.uniform(size=n) < 0.9
    rows = list(zip(x, y, codes, states))
    for period in (Period(dt.date(2024, 1, 10), dt.date(2024, 1, 31)), Period(end=dt.date(2024, 1, 20)), Period()):
        desktop, grouped = both_paths(make_events(rows, list(dates), list(passes)), table, period=period,
                                      missing_policy=MISSING_DEFAULT, default_weight=1.25)
        assert_same(desktop, grouped)


def test_weights_travel_as_exact_decimal_text():
    assert Decimal(exact_text(8.0)) == 8
    assert exact_text(7973.39) == "7973.39"
    assert exact_text(0.1) == "0.1"
    assert Decimal(exact_text(1e-7)) == Decimal("1e-7")
    assert float(Decimal(exact_text(2.0 / 3.0))) == 2.0 / 3.0


def test_more_records_in_areas_than_were_located_is_refused(table):
    plan = plan_scope([ValueGroup("A", None, True, OK, 2, 1)], table, missing_policy=MISSING_ZERO, dated=False)
    with pytest.raises(ValueError):
        finish_scores(plan, np.array([3, 0, 0]), np.zeros(3), shared_boundary_points=0, area_m2=np.ones(3))
