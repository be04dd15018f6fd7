"""Hot spots, local Moran and neighbours against esda/libpysal (an independent implementation).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_esda_reference.py -q

esda and libpysal run in .venv-reference (tests/reference.py); without it
these tests FAIL and say how to build it. Data of realistic shape: a 30 x 30
irregular tiling (jittered corners, zig-zag shared edges, so queen and rook
differ) with a cluster of harm, and the sample force's 40 wards scored by
the ONS Crime Severity Score.

What "agrees" means:
- neighbours: the same lists as libpysal's Queen, Rook, DistanceBand, KNN;
- z-scores: equal to 1e-9 for the same weights (Gi*: esda binary weights;
  local Moran: esda's conditional moments EIc/VIc applied to lm_i);
- permutation p-values: within Monte Carlo error of min(1, 2 × esda's
  one-sided p_sim) (each side's standard error from p itself, 4.5 standard
  errors plus the resolution 2/(permutations + 1));
- local Moran quadrants: identical.
"""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Polygon

from soc_harm_plugin.domain.stats import hotspots
from soc_harm_plugin.domain.stats import local_moran
from soc_harm_plugin.domain.geometry import spatial_weights
from tests.reference import run_reference

PERMUTATIONS = 999


@pytest.fixture(scope="module")
def tiling():
    """900 irregular areas (tools/bench.py's generator) and clustered values: counts and harm."""
    from tools.bench import make_areas

    rng = np.random.default_rng(5)
    rings = make_areas(900, rng)["rings"]
    polygons = [Polygon(r) for r in rings]
    centre = spatial_weights.centroids(spatial_weights.ring_table([p.wkb for p in polygons]))
    x0, y0 = centre.min(axis=0)
    intensity = 2 + 30 * np.exp(-((centre[:, 0] - x0 - 8000) ** 2 + (centre[:, 1] - y0 - 20000) ** 2) / (2 * 4000 ** 2))
    counts = rng.poisson(intensity).astype(float)
    harm = np.array([rng.lognormal(3, 1.5, size=int(k)).sum() for k in counts])
    return {"wkb": [p.wkb for p in polygons], "wkt": np.array([p.wkt for p in polygons]), "centroids": centre,
            "counts": counts, "harm": harm}


@pytest.fixture(scope="module")
def wards():
    """The sample force's wards with harm scored from its offences (2024, ONS CSS by Home Office code)."""
    from soc_harm_plugin.domain.harm.harm_table import load_builtin_table
    from soc_harm_plugin.domain.harm.scoring import Areas, Events, score_harm
    from tools.sample.force import generate_force

    force = generate_force()
    w, o = force.layers["wards"], force.layers["offences"]
    located = np.array([g is not None for g in o.geometries])
    x = np.array([g.x if g is not None else np.nan for g in o.geometries])
    y = np.array([g.y if g is not None else np.nan for g in o.geometries])
    events = Events(fid=np.arange(len(o), dtype=np.int64), x=x, y=y,
                    geometry_status=np.where(located, "ok", "no_geometry").astype(object),
                    codes=o.attributes["ho_code"].to_numpy(dtype=object))
    areas = Areas(ids=w.attributes["ward_id"].tolist(), geometries=[g.wkb for g in w.geometries],
                  area_m2=np.array([g.area for g in w.geometries]))
    scores = score_harm(events, areas, load_builtin_table("ons_css_ho_code")).score_columns
    return {"wkb": areas.geometries, "wkt": np.array([g.wkt for g in w.geometries]),
            "harm": scores["harm_score"], "counts": scores["harm_n"].astype(float)}


def assert_within_monte_carlo_error(ours: np.ndarray, esda_one_sided: np.ndarray, permutations: int):
    expected = np.minimum(1.0, 2.0 * esda_one_sided)
    mean = (ours + expected) / 2.0
    se = np.sqrt(2.0 * 2.0 * mean * (1.0 - mean / 2.0) / permutations)  # two independent estimates of 2 x a tail
    gap = np.abs(ours - expected)
    limit = 4.5 * se + 2.0 / (permutations + 1)
    worst = int(np.argmax(gap - limit))
    assert (gap <= limit).all(), "area {0}: ours {1}, 2 x esda {2}".format(worst, ours[worst], expected[worst])
    assert np.mean(gap > 3 * se + 2.0 / (permutations + 1)) < 0.02


# --------------------------------------------------------------------------- neighbours


@pytest.mark.parametrize("method", [spatial_weights.QUEEN, spatial_weights.ROOK])
def test_contiguity_equals_libpysal_on_the_irregular_tiling(tiling, method):
    ours = spatial_weights.contiguity(tiling["wkb"], method)
    ref = run_reference("contiguity", wkt=tiling["wkt"], method=method)
    assert ours.indptr.tolist() == ref["indptr"].tolist()
    assert ours.indices.tolist() == ref["indices"].tolist()


def test_queen_and_rook_differ_on_the_tiling_so_both_are_exercised(tiling):
    assert spatial_weights.contiguity(tiling["wkb"],
                                      spatial_weights.QUEEN).cardinality.sum() > spatial_weights.contiguity(tiling[
                                          "wkb"], spatial_weights.ROOK).cardinality.sum()


@pytest.mark.parametrize("method", [spatial_weights.QUEEN, spatial_weights.ROOK])
def test_contiguity_equals_libpysal_on_the_sample_force_wards(wards, method):
    ours = spatial_weights.contiguity(wards["wkb"], method)
    ref = run_reference("contiguity", wkt=wards["wkt"], method=method)
    assert ours.to_lists() == [ref["indices"][a:b].tolist() for a, b in zip(ref["indptr"][:-1], ref["indptr"][1:])]


def test_distance_band_and_k_nearest_equal_libpysal(tiling):
    pts = tiling["centroids"]
    band = run_reference("distance", points=pts, method="band", threshold=1500.0)
    knn = run_reference("distance", points=pts, method="knn", k=6)
    assert spatial_weights.distance_band(pts, 1500.0).indices.tolist() == band["indices"].tolist()
    assert spatial_weights.distance_band(pts, 1500.0).indptr.tolist() == band["indptr"].tolist()
    ours = spatial_weights.k_nearest(pts, 6)
    assert ours.indptr.tolist() == knn["indptr"].tolist() and ours.indices.tolist() == knn["indices"].tolist()


# --------------------------------------------------------------------------- Gi*


@pytest.mark.parametrize("value", ["harm", "counts"])
@pytest.mark.parametrize("method", [spatial_weights.QUEEN, spatial_weights.K_NEAREST])
def test_gi_star_z_equals_esda(tiling, value, method):
    if method == spatial_weights.QUEEN:
        nb = spatial_weights.contiguity(tiling["wkb"], spatial_weights.QUEEN)
    else:
        nb = spatial_weights.k_nearest(tiling["centroids"], 6)
    y = tiling[value]
    ours = hotspots.gi_star(y, nb)
    ref = run_reference("gi_star", y=y, indptr=nb.indptr, indices=nb.indices, transform="B", permutations=0, seed=0)
    assert np.abs(ours.z - ref["Zs"]).max() < 1e-9
    assert np.abs(ours.p - 2 * ref["p_norm"]).max() < 1e-9


def test_gi_star_z_equals_esda_on_the_sample_force_wards(wards):
    nb = spatial_weights.contiguity(wards["wkb"], spatial_weights.QUEEN)
    ours = hotspots.gi_star(wards["harm"], nb)
    ref = run_reference("gi_star", y=wards["harm"], indptr=nb.indptr, indices=nb.indices, transform="B",
                        permutations=0, seed=0)
    assert np.abs(ours.z - ref["Zs"]).max() < 1e-9


def test_gi_star_permutation_p_within_monte_carlo_error_of_esda(tiling):
    nb = spatial_weights.contiguity(tiling["wkb"], spatial_weights.QUEEN)
    ours = hotspots.gi_star(tiling["harm"], nb, permutations=PERMUTATIONS, seed=2)
    ref = run_reference("gi_star", y=tiling["harm"], indptr=nb.indptr, indices=nb.indices, transform="B",
                        permutations=PERMUTATIONS, seed=7)
    assert_within_monte_carlo_error(ours.p, ref["p_sim"], PERMUTATIONS)


def test_gi_star_permutation_p_within_monte_carlo_error_of_esda_on_the_wards(wards):
    nb = spatial_weights.contiguity(wards["wkb"], spatial_weights.QUEEN)
    ours = hotspots.gi_star(wards["harm"], nb, permutations=PERMUTATIONS, seed=3)
    ref = run_reference("gi_star", y=wards["harm"], indptr=nb.indptr, indices=nb.indices, transform="B",
                        permutations=PERMUTATIONS, seed=11)
    assert_within_monte_carlo_error(ours.p, ref["p_sim"], PERMUTATIONS)


# --------------------------------------------------------------------------- local Moran


ESDA_QUADRANTS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}


@pytest.mark.parametrize("value", ["harm", "counts"])
def test_local_moran_equals_esda(tiling, value):
    nb = spatial_weights.contiguity(tiling["wkb"], spatial_weights.QUEEN)
    y = tiling[value]
    n = len(y)
    ours = local_moran.local_moran(y, nb, row_standardise=True, permutations=PERMUTATIONS, seed=4)
    ref = run_reference("moran_local", y=y, indptr=nb.indptr, indices=nb.indices, transform="r",
                        permutations=PERMUTATIONS, seed=7)
    # esda's Is is (n - 1)/n times Anselin's I_i; its EIc/VIc are the moments of Anselin's I_i
    anselin = ref["Is"] * n / (n - 1)
    assert np.abs(ours.i - anselin).max() < 1e-9
    assert np.abs(ours.z - (anselin - ref["EIc"]) / np.sqrt(ref["VIc"])).max() < 1e-9
    assert ours.quadrant.tolist() == [ESDA_QUADRANTS[q] for q in ref["q"]]
    if value == "harm":  # counts tie often; esda leaves ties out of its lower tail, we count them (a valid p)
        assert_within_monte_carlo_error(ours.p, ref["p_sim"], PERMUTATIONS)


def test_local_moran_quadrants_equal_esda_on_the_wards(wards):
    nb = spatial_weights.contiguity(wards["wkb"], spatial_weights.ROOK)
    ours = local_moran.local_moran(wards["harm"], nb)
    ref = run_reference("moran_local", y=wards["harm"], indptr=nb.indptr, indices=nb.indices, transform="r",
                        permutations=0, seed=0)
    assert ours.quadrant.tolist() == [ESDA_QUADRANTS[q] for q in ref["q"]]


# --------------------------------------------------------------------------- space-time Gi*


def test_space_time_gi_star_equals_esda_on_the_space_time_graph(wards):
    from soc_harm_plugin.domain.analyses.emerging import space_time_gi_star

    nb = spatial_weights.contiguity(wards["wkb"], spatial_weights.QUEEN)
    n, t, steps = nb.n, 6, 1
    cube = np.random.default_rng(3).lognormal(2, 1, size=(n, t)) * wards["harm"][:, None] / wards["harm"].mean()
    lists = []
    for s in range(t):
        for i in range(n):
            around = [i] + nb.neighbours_of(i).tolist()
            lists.append(sorted(u * n + j for u in range(max(0, s - steps), s + 1) for j in around if (u, j) != (s, i)))
    graph = spatial_weights.from_lists(lists)
    ref = run_reference("gi_star", y=cube.T.ravel(), indptr=graph.indptr, indices=graph.indices, transform="B",
                        permutations=0, seed=0)
    ours = space_time_gi_star(cube, nb, steps)
    assert np.abs(ours - ref["Zs"].reshape(t, n).T).max() < 1e-9


def test_a_missing_reference_environment_fails_with_the_commands_to_build_it(monkeypatch, tmp_path):
    import tests.reference as reference

    monkeypatch.setattr(reference, "PYTHON", tmp_path / "absent" / "python")
    with pytest.raises(pytest.fail.Exception) as failed:
        reference.run_reference("gi_star", y=np.ones(3))
    assert "requirements-reference.txt" in str(failed.value) and ".venv-reference" in str(failed.value)
