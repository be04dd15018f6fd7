"""HarmScorer: score_harm batch by batch gives what score_harm gives on all the records at once.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_scoring_batches.py -q
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import LineString, box

from soc_harm_plugin.domain.columns import Factorized
from soc_harm_plugin.domain.harm.harm_table import HarmTable, load_table_csv
from soc_harm_plugin.domain.harm.scoring import (
    MISSING_DEFAULT,
    MISSING_FAIL,
    Areas,
    Events,
    HarmScorer,
    MissingWeightError,
    score_harm,
)
from soc_harm_plugin.domain.periods.calendar import Period

CODES = ["A", "B", "C", "Z", None, "a "]  # Z: no weight; None: no code; C: flagged
DATES = ["2019-01-05", "2019-02", "2018-12-31", "2019-03-31", "soon", None, "15/03/2019", "2019-04"]


@pytest.fixture
def table(tmp_path: Path) -> HarmTable:
    path = tmp_path / "tiny.csv"
    path.write_text("code,weight,label,flag\nA,8,Assault,\nB,4.25,Burglary,\nC,0,Cannabis,no_css_weight\n",
                    encoding="utf-8")
    return load_table_csv(path)


def squares() -> Areas:
    return Areas(ids=["n2", "n1", "n3"], geometries=[box(10, 0, 20, 10).wkb, box(0, 0, 10, 10).wkb,
                                                     box(20, 0, 30, 10).wkb],
                 area_m2=np.array([1e6, 2e6, 4e6]), population=np.array([100.0, 0.0, 50.0]))


def streets() -> Areas:
    return Areas(ids=["s1", "s2"], geometries=[LineString([(0, 5), (30, 5)]).wkb, LineString([(15, 0), (15, 10)]).wkb],
                 area_m2=np.zeros(2), is_lines=True)


def many_events(n: int = 400, seed: int = 7) -> Events:
    """Points in and around the squares, a fifth of them on grid lines (shared edges, corners), some with no
    geometry; codes, dates and a filter drawn at random: every rule meets many batches."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-5, 35, n)
    y = rng.uniform(-5, 15, n)
    on_grid = rng.random(n) < 0.2
    x[on_grid] = np.round(x[on_grid] / 5) * 5
    y[on_grid] = np.round(y[on_grid] / 5) * 5
    status = np.where(rng.random(n) < 0.05, "no_geometry", "ok").astype(object)
    x[status != "ok"] = math.nan
    y[status != "ok"] = math.nan
    codes = np.array([CODES[i] for i in rng.integers(0, len(CODES), n)], dtype=object)
    dates = np.array([DATES[i] for i in rng.integers(0, len(DATES), n)], dtype=object)
    ties = [(15, 5), (17, 7), (13, 3), (10, 5), (20, 10)]  # as near one street as the other; shared edges
    for i, (px, py) in zip(range(0, n, n // len(ties)), ties):
        x[i], y[i], status[i], dates[i] = px, py, "ok", "2019-01-05"
    passes = (rng.random(n) < 0.9) | planted(n, ties)
    return Events(fid=np.arange(n, dtype=np.int64) * 3, x=x, y=y, geometry_status=status,
                  codes=Factorized.of(codes), dates=Factorized.of(dates), passes_filter=passes)


def planted(n: int, ties) -> np.ndarray:
    chosen = np.zeros(n, dtype=bool)
    chosen[list(range(0, n, n // len(ties)))[:len(ties)]] = True
    return chosen


def cut(events: Events, size: int):
    for start in range(0, len(events), size):
        part = slice(start, start + size)
        yield Events(fid=events.fid[part], x=events.x[part], y=events.y[part],
                     geometry_status=events.geometry_status[part],
                     codes=Factorized.of(np.asarray(events.codes, dtype=object)[part]),  # each batch its own values
                     dates=Factorized.of(np.asarray(events.dates, dtype=object)[part]),
                     passes_filter=events.passes_filter[part])


def in_batches(events, areas, table, size, **options):
    scorer = HarmScorer(areas, table, expected_records=len(events), **options)
    frames = [scorer.add(batch).to_frame() for batch in cut(events, size)]
    import pandas as pd

    return scorer.finish(), pd.concat(frames, ignore_index=True)


OPTIONS = dict(period=Period(dt.date(2019, 1, 1), dt.date(2019, 3, 31)), missing_policy=MISSING_DEFAULT,
               default_weight=1.5)


@pytest.mark.parametrize("size", [1, 7, 64, 400])
@pytest.mark.parametrize("kind", ["polygons", "lines"])
def test_batches_of_any_size_give_what_one_call_on_every_record_gives(table, size, kind):
    events = many_events()
    areas = squares() if kind == "polygons" else streets()
    whole = score_harm(events, areas, table, tolerance=2.0, **OPTIONS)

    result, records = in_batches(events, areas, table, size, tolerance=2.0, **OPTIONS)

    assert result.record_columns is None
    for name, column in whole.score_columns.items():  # the same sums to the last bit: the same ties, the same ranks
        np.testing.assert_array_equal(result.score_columns[name], column)
    assert records.equals(whole.records)  # row for row: area, weight, codes, date, status, distance
    assert result.reconciliation == whole.reconciliation
    assert list(result.missing_codes.items()) == list(whole.missing_codes.items())
    assert result.flagged == whole.flagged
    assert result.shared_boundary_points == whole.shared_boundary_points > 0
    assert result.unparseable_dates == whole.unparseable_dates == ["soon"]
    assert result.month_only == whole.month_only is False
    assert result.date_range == whole.date_range == ("2018-12-31", "2019-04-01")


def test_sums_in_batches_are_the_sums_of_one_pass_to_the_last_bit_so_ties_stay_tied(tmp_path):
    # area a: 0.1, 0.2, 0.3 summed in one pass make 0.6000000000000001, and area b's one record weighs that:
    # a tie. Summed batch by batch as (0.1) + (0.2 + 0.3), area a would make 0.6 and lose the tie.
    path = tmp_path / "ties.csv"
    path.write_text("code,weight\nP,0.1\nQ,0.2\nR,0.3\nS,{0!r}\n".format(0.1 + 0.2 + 0.3), encoding="utf-8")
    tiny = load_table_csv(path)
    ties = Areas(ids=["a", "b"], geometries=[box(0, 0, 10, 10).wkb, box(10, 0, 20, 10).wkb], area_m2=np.ones(2))
    events = Events(fid=np.arange(4), x=np.array([1.0, 2.0, 3.0, 15.0]), y=np.full(4, 5.0),
                    geometry_status=np.array(["ok"] * 4, dtype=object),
                    codes=np.array(["P", "Q", "R", "S"], dtype=object))
    assert 0.1 + (0.2 + 0.3) != (0.1 + 0.2) + 0.3

    whole = score_harm(events, ties, tiny)
    scorer = HarmScorer(ties, tiny)
    scorer.add(cut_at(events, 0, 1))
    scorer.add(cut_at(events, 1, 4))
    result = scorer.finish()

    assert whole.score_columns["harm_score"].tolist() == [0.1 + 0.2 + 0.3] * 2
    assert result.score_columns["harm_score"].tolist() == whole.score_columns["harm_score"].tolist()
    assert result.score_columns["harm_rank"].tolist() == whole.score_columns["harm_rank"].tolist() == [1, 1]


def cut_at(events: Events, start: int, stop: int) -> Events:
    part = slice(start, stop)
    return Events(fid=events.fid[part], x=events.x[part], y=events.y[part],
                  geometry_status=events.geometry_status[part], codes=events.codes[part])


def test_with_the_policy_fail_every_batch_is_counted_before_the_codes_with_no_weight_are_listed(table):
    events = many_events()
    with pytest.raises(MissingWeightError) as whole:
        score_harm(events, squares(), table, missing_policy=MISSING_FAIL)
    scorer = HarmScorer(squares(), table, missing_policy=MISSING_FAIL)
    for batch in cut(events, 10):
        scorer.add(batch)
    assert scorer.failing

    with pytest.raises(MissingWeightError) as batched:
        scorer.finish()

    assert list(batched.value.missing.items()) == list(whole.value.missing.items())
    assert set(batched.value.missing) == {"", "Z"}


def test_only_month_only_dates_make_the_result_month_only_across_batches(table):
    events = many_events(40)
    months = Factorized.of(np.array(["2019-01", "2019-02", None, "2019-03"] * 10, dtype=object))
    events.dates = months

    result, _ = in_batches(events, squares(), table, 3)

    assert result.month_only is True
    assert score_harm(events, squares(), table).month_only is True
    assert result.date_range == ("2019-01-01", "2019-03-01")
