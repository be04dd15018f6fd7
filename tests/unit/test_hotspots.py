"""Specification of soc_harm_plugin.domain.stats.hotspots (Gi*) and local_moran (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_hotspots.py -q

Expected values are computed by hand (in the comments), by exhaustive
enumeration of permutations, or by scipy.stats. esda comparisons are in
tests/unit/test_esda_reference.py.
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats
from shapely.geometry import box

from soc_harm_plugin.domain.stats import hotspots
from soc_harm_plugin.domain.stats import local_moran
from soc_harm_plugin.domain.geometry import spatial_weights

# 3 x 3 lattice, area k = row * 3 + col, values 1..9:
#   7 8 9
#   4 5 6
#   1 2 3
VALUES = np.arange(1.0, 10.0)
LATTICE = [box(c, r, c + 1, r + 1).wkb for r in range(3) for c in range(3)]
ROOK = spatial_weights.contiguity(LATTICE, spatial_weights.ROOK)
QUEEN = spatial_weights.contiguity(LATTICE, spatial_weights.QUEEN)
S = math.sqrt(60 / 9)  # population sd of 1..9: sum of squared deviations 60, n = 9


# --------------------------------------------------------------------------- Gi*, by hand


def test_gi_star_by_hand_on_the_3x3_rook_lattice():
    r = hotspots.gi_star(VALUES, ROOK)
    # corner 0 (value 1): itself + 2 + 4 = 7, W = 3: (7 - 5*3) / (S * sqrt((9*3 - 9)/8)) = -8 / (1.5 S)
    assert r.z[0] == pytest.approx(-8 / (1.5 * S), abs=1e-12)
    assert r.z[0] == pytest.approx(-2.0655911, abs=1e-7)
    # edge 1 (value 2): 1 + 2 + 3 + 5 = 11, W = 4: (11 - 20) / (S * sqrt((36 - 16)/8))
    assert r.z[1] == pytest.approx(-9 / (S * math.sqrt(2.5)), abs=1e-12)
    # centre (value 5): 2 + 4 + 5 + 6 + 8 = 25 = 5 * 5: z = 0
    assert r.z[4] == pytest.approx(0.0, abs=1e-12)
    # corner 8 mirrors corner 0
    assert r.z[8] == pytest.approx(8 / (1.5 * S), abs=1e-12)
    assert r.p[0] == pytest.approx(2 * stats.norm.sf(8 / (1.5 * S)), abs=1e-12)
    assert r.n_neighbours.tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert set(r.status) == {"ok"}


def test_the_centre_of_a_3x3_queen_lattice_neighbours_everyone_and_has_no_z():
    r = hotspots.gi_star(VALUES, QUEEN)
    assert r.status[4] == "undefined"
    assert np.isnan(r.z[4]) and np.isnan(r.p[4]) and np.isnan(r.bin[4])
    assert r.tested == 8


def test_row_standardising_leaves_gi_z_and_p_unchanged():
    rng = np.random.default_rng(3)
    y = rng.lognormal(2, 1, 9)
    binary = hotspots.gi_star(y, ROOK, permutations=199, seed=5)
    rows = hotspots.gi_star(y, ROOK, row_standardise=True, permutations=199, seed=5)
    assert np.allclose(binary.z, rows.z, atol=1e-12)
    assert np.array_equal(binary.p, rows.p)


def test_fewer_than_three_values_or_no_variation_are_refused():
    with pytest.raises(hotspots.NoVariationError):
        hotspots.gi_star(np.full(9, 4.0), ROOK)
    y = np.full(9, np.nan)
    y[:2] = [1.0, 2.0]
    with pytest.raises(ValueError, match="at least 3"):
        hotspots.gi_star(y, ROOK)


# --------------------------------------------------------------------------- NULL values and islands


def test_null_values_are_excluded_not_zeroed():
    y = VALUES.copy()
    y[4] = np.nan  # the centre has no value
    r = hotspots.gi_star(y, ROOK)

    # the same as the lattice without the centre, built independently: 8 areas, mean 5, sd sqrt(60/8)
    others = [k for k in range(9) if k != 4]
    ring = spatial_weights.contiguity([LATTICE[k] for k in others], spatial_weights.ROOK)
    expected = hotspots.gi_star(VALUES[others], ring)
    assert r.status[4] == "null_value" and np.isnan(r.z[4]) and np.isnan(r.p_adj[4])
    assert np.allclose(r.z[others], expected.z, atol=1e-12)
    # by hand, corner 0 now: itself + 2 + 4 = 7, W = 3, n = 8, s = sqrt(60/8): (7 - 15)/(s sqrt((24 - 9)/7))
    assert r.z[0] == pytest.approx(-8 / (math.sqrt(60 / 8) * math.sqrt(15 / 7)), abs=1e-12)
    # a zero instead of NULL would give another answer
    assert not np.allclose(hotspots.gi_star(np.nan_to_num(y), ROOK).z[others], r.z[others])


def test_an_island_keeps_its_value_in_the_mean_but_gets_no_statistic():
    geoms = LATTICE + [box(10, 10, 11, 11).wkb]
    y = np.append(VALUES, 100.0)
    r = hotspots.gi_star(y, spatial_weights.contiguity(geoms, spatial_weights.ROOK))
    assert r.status[9] == "no_neighbours" and np.isnan(r.z[9])
    assert r.extra["mean"] == pytest.approx(145 / 10)  # 45 + 100 over 10 areas
    assert r.tested == 9


def test_areas_without_geometry_are_excluded_with_their_status():
    has_geometry = np.ones(9, dtype=bool)
    has_geometry[8] = False
    r = hotspots.gi_star(VALUES, ROOK, has_geometry=has_geometry)
    assert r.status[8] == "no_geometry" and np.isnan(r.z[8])
    assert r.extra["n"] == 8


# --------------------------------------------------------------------------- corrections and bins


def test_fdr_by_hand():
    # sorted 0.01 0.03 0.04 0.20 (m = 4): m p / rank = 0.04 0.06 0.0533 0.20; step-up minimum from the top
    p = np.array([0.01, 0.04, 0.03, 0.20, np.nan])
    adj = hotspots.adjust_p(p, hotspots.FDR)
    assert adj[:4] == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.20])
    assert np.isnan(adj[4])


def test_bonferroni_and_none():
    p = np.array([0.01, 0.3, np.nan])
    assert hotspots.adjust_p(p, hotspots.BONFERRONI)[:2] == pytest.approx([0.02, 0.6])
    assert hotspots.adjust_p(np.array([0.6, 0.7]), hotspots.BONFERRONI).tolist() == [1.0, 1.0]
    assert hotspots.adjust_p(p, hotspots.NO_CORRECTION)[:2] == pytest.approx([0.01, 0.3])


def test_bins_at_99_95_90_percent_confidence_with_the_sign_of_z():
    z = np.array([3.0, 2.0, 1.7, 1.0, -1.7, -2.0, -3.0, 2.5])
    p = np.array([0.005, 0.03, 0.08, 0.3, 0.08, 0.03, 0.005, np.nan])
    bins = hotspots.confidence_bins(z, p)
    assert bins[:7].tolist() == [3, 2, 1, 0, -1, -2, -3]
    assert np.isnan(bins[7])


def test_bins_and_significance_use_the_corrected_p():
    rng = np.random.default_rng(8)
    geoms = [box(c, r, c + 1, r + 1).wkb for r in range(20) for c in range(20)]
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    y = rng.normal(0, 1, 400)
    y[:60] += 1.5  # a warm band along the bottom rows
    none = hotspots.gi_star(y, q, correction=hotspots.NO_CORRECTION, alpha=0.05)
    bonf = hotspots.gi_star(y, q, correction=hotspots.BONFERRONI, alpha=0.05)
    assert np.allclose(none.p_adj, none.p)
    assert np.allclose(bonf.p_adj, np.minimum(1, none.p * 400))
    assert bonf.sig.sum() < none.sig.sum()
    assert np.array_equal(bonf.sig == 1, bonf.p_adj < 0.05)
    assert np.array_equal(np.abs(bonf.bin) >= 2, bonf.p_adj < 0.05)


# --------------------------------------------------------------------------- permutations


def exact_two_sided_p(values, neighbours, i):
    """Exhaustive conditional randomisation: every ordered choice of the other values for i's neighbours."""
    others = [values[j] for j in range(len(values)) if j != i]
    k = len(neighbours.neighbours_of(i))
    observed = sum(values[j] for j in neighbours.neighbours_of(i))
    sums = np.array([sum(c) for c in itertools.permutations(others, k)])
    upper = np.mean(sums >= observed - 1e-12)
    lower = np.mean(sums <= observed + 1e-12)
    return min(1.0, 2 * min(upper, lower))


def test_permutation_p_converges_to_the_exact_conditional_p():
    y = np.array([1.0, 7.0, 3.0, 12.0, 5.0, 2.0, 9.0, 4.0, 30.0])
    permutations = 19999
    r = hotspots.gi_star(y, ROOK, permutations=permutations, seed=1)
    for i in range(9):
        exact = exact_two_sided_p(y, ROOK, i)
        se = math.sqrt(2 * exact * (1 - exact / 2) / permutations)
        assert abs(r.p[i] - exact) <= 4.5 * se + 2.0 / (permutations + 1), (i, r.p[i], exact)


def test_permutations_are_seeded():
    rng = np.random.default_rng(2)
    y = rng.lognormal(1, 1, 9)
    a = hotspots.gi_star(y, ROOK, permutations=99, seed=4)
    b = hotspots.gi_star(y, ROOK, permutations=99, seed=4)
    c = hotspots.gi_star(y, ROOK, permutations=99, seed=5)
    assert np.array_equal(a.p, b.p)
    assert not np.array_equal(a.p, c.p)
    assert a.p.min() >= 2 / 100 and a.p.max() <= 1


def test_fast_and_general_permutation_paths_give_the_same_counts():
    rng = np.random.default_rng(6)
    geoms = [box(c, r, c + 1, r + 1).wkb for r in range(15) for c in range(15)]
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    y = rng.poisson(3, 225).astype(float)
    _, nb_w = hotspots.row_weights(q, False, include_self=True)
    fast = hotspots.permutation_counts(y, q, nb_w, 499, seed=9)
    general = hotspots.permutation_counts(y, q, nb_w, 499, seed=9, general=True)
    assert np.array_equal(fast[0], general[0]) and np.array_equal(fast[1], general[1])


def test_cancelling_stops_the_permutations():
    geoms = [box(c, r, c + 1, r + 1).wkb for r in range(40) for c in range(40)]
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    y = np.random.default_rng(1).normal(size=1600)
    seen = []
    hotspots.permutation_counts(y, q, np.ones(len(q.indices)), 99, seed=1, chunk=100,
                          progress=lambda f: seen.append(f) or True)
    assert seen == [100 / 1600]


def test_a_correction_no_permutation_p_can_pass_is_detected():
    assert hotspots.nothing_can_be_significant(99, hotspots.BONFERRONI, 100, 0.05)  # 0.02 * 100 >= 0.05
    assert not hotspots.nothing_can_be_significant(999, hotspots.BONFERRONI, 10, 0.05)  # 0.002 * 10 = 0.02
    assert hotspots.nothing_can_be_significant(19, hotspots.FDR, 10, 0.05)  # 2/20 = 0.1
    assert not hotspots.nothing_can_be_significant(0, hotspots.BONFERRONI, 10 ** 6, 0.05)


# --------------------------------------------------------------------------- the harm weight feeds the statistic


def test_counts_and_harm_find_different_hot_areas():
    # 10 x 10 grid: many low-harm records in the bottom-left block, few very harmful ones top-right
    geoms = [box(c, r, c + 1, r + 1).wkb for r in range(10) for c in range(10)]
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    counts = np.full(100, 2.0)
    harm = np.full(100, 2.0 * 10)  # 10 points each
    for k in range(100):
        r, c = divmod(k, 10)
        if r < 3 and c < 3:
            counts[k], harm[k] = 20, 20 * 1.0  # shoplifting: many records, little harm
        if r >= 7 and c >= 7:
            counts[k], harm[k] = 4, 4 * 500.0  # wounding: few records, much harm
    by_count = hotspots.gi_star(counts, q)
    by_harm = hotspots.gi_star(harm, q)
    bottom_left, top_right = 11, 88
    assert by_count.bin[bottom_left] == 3 and by_count.bin[top_right] <= 0
    assert by_harm.bin[top_right] == 3 and by_harm.bin[bottom_left] <= 0


# --------------------------------------------------------------------------- local Moran


def exact_conditional_moments(z, lag_weights, i):
    """Mean and variance of I_i = z_i * Σ_j w_ij z_j over every assignment of the other z's."""
    others = [z[j] for j in range(len(z)) if j != i]
    w = list(lag_weights)
    values = np.array([z[i] * sum(a * b for a, b in zip(w, c)) for c in itertools.permutations(others, len(w))])
    return values.mean(), values.var()


def test_local_moran_i_and_its_conditional_z_against_exhaustive_enumeration():
    y = np.array([1.0, 7.0, 3.0, 12.0, 5.0, 2.0, 9.0, 4.0, 30.0])
    r = local_moran.local_moran(y, ROOK, row_standardise=True)
    z = (y - y.mean()) / y.std()
    for i in range(9):
        nb = ROOK.neighbours_of(i)
        w = [1.0 / len(nb)] * len(nb)
        lag = sum(z[j] for j in nb) / len(nb)
        assert r.i[i] == pytest.approx(z[i] * lag, abs=1e-12)
        mean, var = exact_conditional_moments(z, w, i)
        assert r.z[i] == pytest.approx((z[i] * lag - mean) / math.sqrt(var), abs=1e-9)


def test_local_moran_row_standardising_scales_i_only():
    y = np.array([1.0, 7.0, 3.0, 12.0, 5.0, 2.0, 9.0, 4.0, 30.0])
    rows = local_moran.local_moran(y, ROOK, row_standardise=True)
    binary = local_moran.local_moran(y, ROOK, row_standardise=False)
    assert np.allclose(binary.i, rows.i * ROOK.cardinality)
    assert np.allclose(binary.z, rows.z)


def test_local_moran_quadrants_and_ns():
    # a hot corner (HH), a cold corner (LL), one high value among low (HL) and a low among high (LH)
    geoms = [box(c, r, c + 1, r + 1).wkb for r in range(12) for c in range(12)]
    q = spatial_weights.contiguity(geoms, spatial_weights.QUEEN)
    y = np.full(144, 10.0) + np.random.default_rng(1).normal(0, 0.5, 144)
    for r_, c_ in itertools.product(range(4), range(4)):
        y[r_ * 12 + c_] = 30.0  # HH block bottom-left
        y[(r_ + 8) * 12 + (c_ + 8)] = 0.0  # LL block top-right
    for r_, c_ in itertools.product(range(5, 8), range(0, 3)):
        y[r_ * 12 + c_] = 30.0
    y[6 * 12 + 1] = 0.0  # a low value inside a high block: LH
    y[6 * 12 + 9] = 30.0  # a high value among background values (~10): HL
    r = local_moran.local_moran(y, q, correction=hotspots.NO_CORRECTION, alpha=0.05)
    assert r.quad[12 + 1] == "HH"
    assert r.quad[10 * 12 + 10] == "LL"
    assert r.quadrant[6 * 12 + 1] == "LH"
    assert r.quadrant[6 * 12 + 9] == "HL"
    assert set(r.quad) <= set(local_moran.QUADRANTS)
    assert all((qd == "ns") == (p >= 0.05) for qd, p in zip(r.quad, r.p_adj))


def test_local_moran_excludes_null_values():
    y = np.array([1.0, 7.0, 3.0, np.nan, 5.0, 2.0, 9.0, 4.0, 30.0])
    r = local_moran.local_moran(y, ROOK)
    assert r.status[3] == "null_value" and r.quad[3] is None and np.isnan(r.i[3])
    assert r.tested == 8


def test_neighbour_positions_are_uniform_without_replacement_in_both_ways_of_drawing():
    rng = np.random.default_rng(0)
    for n_others, k_max in ((1000, 5), (12, 9)):  # few duplicates: redraw; many neighbours: random keys
        rows = hotspots._positions(rng, n_others, 20000, k_max)
        assert rows.shape == (20000, k_max)
        assert all(len(set(r)) == k_max for r in rows[:2000].tolist())
        assert rows.min() >= 0 and rows.max() < n_others
        if n_others == 12:  # every position equally likely in the first slot and in the first three
            first = np.bincount(rows[:, 0], minlength=12) / 20000
            assert np.abs(first - 1 / 12).max() < 0.01
            three = np.bincount(rows[:, :3].ravel(), minlength=12) / 60000
            assert np.abs(three - 1 / 12).max() < 0.01
