"""Specification of soc_harm_plugin.domain.analyses.emerging (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_emerging.py -q

The pattern rules follow ArcGIS Pro's published definitions (see the module
docstring); the space-time Gi* is checked against plain Gi* on an explicitly
built space-time neighbour graph.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from shapely.geometry import box

from soc_harm_plugin.domain.analyses import emerging
from soc_harm_plugin.domain.periods.calendar import MONTH, QUARTER, YEAR
from soc_harm_plugin.domain.stats import hotspots
from soc_harm_plugin.domain.geometry import spatial_weights


def grid(n):
    return spatial_weights.contiguity([box(c, r, c + 1, r + 1).wkb for r in range(n) for c in range(n)],
                                      spatial_weights.QUEEN)


# --------------------------------------------------------------------------- slices and cube


def days(*texts):
    return np.array([np.datetime64(t, "D") if t else np.datetime64("NaT", "D") for t in texts], dtype="datetime64[D]")


def test_quarter_slices_from_the_data():
    s = emerging.time_slices(days("2023-11-15", "2024-01-31", "2024-02-01", None, "2024-06-30"), QUARTER)
    assert s.labels == ["2023-Q4", "2024-Q1", "2024-Q2"]
    assert s.starts == [dt.date(2023, 10, 1), dt.date(2024, 1, 1), dt.date(2024, 4, 1)]
    assert s.index.tolist() == [0, 1, 1, -1, 2]
    assert s.end_of(0) == dt.date(2023, 12, 31)


def test_month_slices_bounded_by_start_and_end():
    s = emerging.time_slices(days("2023-11-15", "2024-01-31", "2024-03-02"), MONTH,
                       start=dt.date(2024, 1, 1), end=dt.date(2024, 2, 29))
    assert s.labels == ["2024-01", "2024-02"]
    assert s.index.tolist() == [-1, 0, -1]


def test_year_slices_and_empty_dates():
    s = emerging.time_slices(days("2022-05-01", "2024-12-31"), YEAR)
    assert s.labels == ["2022", "2023", "2024"] and s.index.tolist() == [0, 2]
    assert len(emerging.time_slices(days(None, None), MONTH)) == 0


def test_cube_sums_harm_and_counts_records_with_an_area_and_a_slice():
    harm, count = emerging.build_cube(np.array([0, 0, 1, -1, 1]), np.array([0, 0, 1, 0, -1]),
                                np.array([1.5, 2.0, 10.0, 99.0, 99.0]), n_areas=2, n_slices=2)
    assert harm.tolist() == [[3.5, 0.0], [0.0, 10.0]]
    assert count.tolist() == [[2, 0], [0, 1]]


# --------------------------------------------------------------------------- space-time Gi*


@pytest.mark.parametrize("time_steps", [0, 1, 2])
def test_space_time_gi_star_is_gi_star_on_the_space_time_graph(time_steps):
    rng = np.random.default_rng(time_steps)
    nb = grid(4)
    n, t = nb.n, 5
    cube = rng.lognormal(1, 1, size=(n, t))
    z = emerging.space_time_gi_star(cube, nb, time_steps)

    # bins numbered slice * n + area; neighbours: the area and its spatial neighbours, now and up to time_steps before
    lists = []
    for s in range(t):
        for i in range(n):
            around = [i] + nb.neighbours_of(i).tolist()
            lists.append(sorted(u * n + j for u in range(max(0, s - time_steps), s + 1) for j in around
                                if (u, j) != (s, i)))
    flat = cube.T.ravel()
    expected = hotspots.gi_star(flat, spatial_weights.from_lists(lists)).z.reshape(t, n).T
    assert np.allclose(z, expected, atol=1e-12)


# --------------------------------------------------------------------------- patterns


def pattern(hot_at=(), cold_at=(), t=10):
    hot = np.zeros(t, dtype=bool)
    cold = np.zeros(t, dtype=bool)
    hot[list(hot_at)] = True
    cold[list(cold_at)] = True
    return hot, cold


CASES = [
    # (hot slices, cold slices, Mann-Kendall S, p, expected class), 10 slices, alpha 0.05
    (range(9, 10), (), 5, 0.3, "new_hot"),
    (range(7, 10), (), 5, 0.3, "consecutive_hot"),
    (range(2, 10), (), 20, 0.01, "consecutive_hot"),  # 8 of 10: below 90 %
    (range(10), (), 30, 0.001, "intensifying_hot"),
    (range(10), (), 3, 0.6, "persistent_hot"),
    (range(1, 10), (), 3, 0.6, "persistent_hot"),  # 9 of 10 is 90 %, last slice hot
    (range(10), (), -30, 0.001, "diminishing_hot"),
    ((2, 5, 9), (), 0, 1.0, "sporadic_hot"),
    ((2, 5), (), 0, 1.0, "sporadic_hot"),  # on and off, never cold, not hot now
    ((9,), (1,), 0, 1.0, "oscillating_hot"),
    ((5, 8, 9), (0, 1), 0, 1.0, "oscillating_hot"),
    (range(9), (), -10, 0.01, "historical_hot"),
    ((), range(9, 10), -5, 0.3, "new_cold"),
    ((), range(6, 10), -5, 0.3, "consecutive_cold"),
    ((), range(10), -30, 0.001, "intensifying_cold"),
    ((), range(10), 2, 0.7, "persistent_cold"),
    ((), range(10), 30, 0.001, "diminishing_cold"),
    ((), (3, 9), 0, 1.0, "sporadic_cold"),
    ((), (3, 4), 0, 1.0, "sporadic_cold"),
    ((2,), (9,), 0, 1.0, "oscillating_cold"),
    ((), range(9), 10, 0.01, "historical_cold"),
    ((), (), 0, 1.0, "no_pattern"),
    ((2,), (5,), 0, 1.0, "no_pattern"),  # both, and neither now
]


def test_every_pattern_from_its_definition():
    hot = np.array([pattern(h, c)[0] for h, c, *_ in CASES])
    cold = np.array([pattern(h, c)[1] for h, c, *_ in CASES])
    s = np.array([case[2] for case in CASES], dtype=float)
    p = np.array([case[3] for case in CASES])
    got = emerging.classify(hot, cold, s, p, alpha=0.05)
    expected = [case[4] for case in CASES]
    assert got.tolist() == expected
    assert set(expected) == set(emerging.EHS_CLASSES)  # every stable code is exercised


# --------------------------------------------------------------------------- end to end


def test_emerging_hotspots_on_a_synthetic_cube():
    rng = np.random.default_rng(12)
    nb = grid(12)
    t = 12
    cube = rng.poisson(5, size=(144, t)).astype(float)

    def block(r0, c0):
        return [r * 12 + c for r in range(r0, r0 + 3) for c in range(c0, c0 + 3)]

    persistent, emerging_block, intensifying = block(0, 0), block(8, 8), block(0, 8)
    cube[persistent] += 40
    cube[np.ix_(emerging_block, range(9, 12))] += 60
    cube[intensifying] += 20 + 6 * np.arange(t)
    r = emerging.emerging_hotspots(cube, nb, time_steps=1)

    assert r.ehs_class[persistent[4]] == "persistent_hot"
    assert r.ehs_class[emerging_block[4]] == "consecutive_hot"
    assert r.ehs_class[intensifying[4]] == "intensifying_hot"
    assert r.hot_slices[persistent[4]] == 12
    assert set(r.ehs_class) <= set(emerging.EHS_CLASSES)
    assert r.tested_bins == 144 * 12


def test_fewer_than_two_slices_is_refused():
    with pytest.raises(ValueError, match="2 time slices"):
        emerging.emerging_hotspots(np.ones((9, 1)), grid(3))


def test_an_area_without_geometry_or_neighbours_is_left_out():
    nb = spatial_weights.contiguity([box(c, r, c + 1, r + 1).wkb for r in range(3) for c in range(3)] + [box(9, 9, 10,
            10).wkb],
                       spatial_weights.QUEEN)
    cube = np.random.default_rng(1).poisson(4, size=(10, 6)).astype(float)
    has_geometry = np.ones(10, dtype=bool)
    has_geometry[0] = False
    r = emerging.emerging_hotspots(cube, nb, has_geometry=has_geometry)
    assert r.status[0] == "no_geometry" and r.ehs_class[0] is None
    assert r.status[9] == "no_neighbours" and r.ehs_class[9] is None
    assert all(c in emerging.EHS_CLASSES for c in r.ehs_class[1:9])
