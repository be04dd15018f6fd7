"""Harm density surfaces (soc_harm_plugin.domain.analyses.density): kernels, automatic
choices and the surface itself, checked against sums written out here."""
from __future__ import annotations

import math
import sys

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses import density

KM2 = 0.01  # a 100 m pixel


def kernel_by_hand(kernel: str, u: float) -> float:
    """The kernels of QGIS's heatmap ('raw', triangular decay 0), written out."""
    if u > 1:
        return 0.0
    return {"quartic": (1 - u * u) ** 2, "triangular": 1 - u, "uniform": 1.0,
            "triweight": (1 - u * u) ** 3, "epanechnikov": 1 - u * u}[kernel]


def sampled_kernel_sum(kernel: str, bandwidth: float, pixel: float) -> float:
    """The kernel shape summed over the pixel centres within the bandwidth, one pixel at a time."""
    reach = int(math.ceil(bandwidth / pixel))
    return sum(kernel_by_hand(kernel, math.hypot(i * pixel, j * pixel) / bandwidth)
               for i in range(-reach, reach + 1) for j in range(-reach, reach + 1))


def test_kernels_are_those_of_qgis_heatmap_in_its_order():
    assert density.KERNELS == ("quartic", "triangular", "uniform", "triweight", "epanechnikov")
    u = np.array([0.0, 0.5, 1.0, 1.5])
    assert density.kernel_profile("quartic", u).tolist() == [1.0, 0.5625, 0.0, 0.0]
    assert density.kernel_profile("triangular", u).tolist() == [1.0, 0.5, 0.0, 0.0]
    assert density.kernel_profile("uniform", u).tolist() == [1.0, 1.0, 1.0, 0.0]  # QGIS counts pixels at the radius
    assert density.kernel_profile("triweight", u).tolist() == [1.0, 0.421875, 0.0, 0.0]
    assert density.kernel_profile("epanechnikov", u).tolist() == [1.0, 0.75, 0.0, 0.0]
    with pytest.raises(density.DensityError):
        density.kernel_profile("gaussian", u)


def test_the_sampled_kernel_sums_to_one_and_is_symmetric():
    k = density.kernel_matrix("quartic", 250, 100)
    assert k.shape == (7, 7)  # ceil(250 / 100) = 3 pixels each side
    assert k.sum() == pytest.approx(1.0, abs=1e-15)
    assert np.array_equal(k, k.T) and np.array_equal(k, k[::-1])
    assert k[3, 3] == pytest.approx(1 / sampled_kernel_sum("quartic", 250, 100))
    assert k[3, 5] == pytest.approx((1 - 0.8 ** 2) ** 2 / sampled_kernel_sum("quartic", 250, 100))


# --------------------------------------------------------------------------- automatic choices


def test_automatic_bandwidth_of_four_points_round_a_centre():
    est = density.automatic_bandwidth([1, -1, 0, 0], [0, 0, 1, -1])
    # SD = 1, Dm = 1: min(1, 1.2011 x 1) = 1; n = 4
    assert (est.standard_distance, est.median_distance, est.effective_n) == pytest.approx((1, 1, 4))
    assert est.value == pytest.approx(0.9 * 4 ** -0.2)


def test_automatic_bandwidth_weights_the_centre_distances_and_n_by_harm():
    est = density.automatic_bandwidth([0, 4, 1000], [0, 0, 1000], [3, 1, 0])  # the record weighing 0 pulls nothing
    # weighted mean x = 1; distances 1 and 3; SD = sqrt((3 x 1 + 1 x 9) / 4) = sqrt(3); weighted median 1
    # n = (3 + 1)^2 / (9 + 1) = 1.6
    assert est.standard_distance == pytest.approx(math.sqrt(3))
    assert est.median_distance == pytest.approx(1)
    assert est.effective_n == pytest.approx(1.6)
    assert est.value == pytest.approx(0.9 * min(math.sqrt(3), math.sqrt(1 / math.log(2))) * 1.6 ** -0.2)


def test_automatic_bandwidth_does_not_change_with_the_weights_units():
    rng = np.random.default_rng(1)
    x, y, wt = rng.normal(0, 500, 200), rng.normal(0, 300, 200), rng.gamma(0.5, 20, 200)
    assert density.automatic_bandwidth(x, y, wt).value == pytest.approx(density.automatic_bandwidth(x, y,
            wt * 365).value)


def test_automatic_bandwidth_needs_records_at_more_than_one_place():
    with pytest.raises(density.DensityError):
        density.automatic_bandwidth([5, 5], [7, 7])
    with pytest.raises(density.DensityError):
        density.automatic_bandwidth([], [])
    with pytest.raises(density.DensityError):  # the weighted mean centre is off by rounding: no spread for all that
        density.automatic_bandwidth([430000.1] * 3, [380000.3] * 3, [189.15, 2003.7, 31.0])


def test_automatic_pixel_size_is_the_smaller_of_the_side_over_150_and_the_bandwidth_over_5():
    assert density.automatic_pixel_size((0, 0, 20000, 15000), 1000) == 100  # 15,000 / 150 = 100 < 200
    assert density.automatic_pixel_size((0, 0, 20000, 15000), 300) == 50  # 60 -> 50
    assert density.automatic_pixel_size((5, 5, 5, 5), 300) == 50  # one place: the bandwidth alone


# --------------------------------------------------------------------------- the raster


def test_the_raster_covers_the_extent_and_bandwidth_on_pixel_multiples():
    r = density.raster_for((1234, 5678, 2000, 6000), 100, 250)
    # pad (3 + 2) x 100 = 500: 734..2500 -> 700..2500, 5178..6500 -> 5100..6500
    assert (r.west, r.north, r.n_cols, r.n_rows) == (700, 6500, 18, 14)
    assert (r.east, r.south) == (2500, 5100)
    assert r.geotransform() == (700, 100, 0, 6500, 0, -100)
    assert r.centre(0, 0) == (750, 6450)


def test_too_many_pixels_is_refused_naming_the_smallest_size_that_fits():
    with pytest.raises(density.TooManyPixelsError) as caught:
        density.raster_for((0, 0, 100000, 100000), 10, 500, max_pixels=1_000_000)
    assert caught.value.smallest == 200  # 100 is just too many with the margins
    density.raster_for((0, 0, 100000, 100000), caught.value.smallest, 500, max_pixels=1_000_000)
    with pytest.raises(density.DensityError):
        density.raster_for((0, 0, 10, 10), 0, 500)


def test_linear_binning_shares_a_point_among_the_four_nearest_pixel_centres():
    r = density.Raster(0.0, 1000.0, 100.0, 10, 10)
    at_centre = density.bin_linear([450], [550], [8], r)  # the centre of column 4, row 4
    assert at_centre[4, 4] == 8 and at_centre.sum() == 8
    between = density.bin_linear([500], [500], [8], r)  # the corner of columns 4-5, rows 4-5
    assert between[4:6, 4:6].tolist() == [[2, 2], [2, 2]]
    quarter = density.bin_linear([475], [550], [8], r)  # a quarter of the way from column 4 to 5
    assert quarter[4, 4] == pytest.approx(6) and quarter[4, 5] == pytest.approx(2)


def points_on_pixel_centres(r, rng, n):
    cols = rng.integers(5, r.n_cols - 5, n)
    rows = rng.integers(5, r.n_rows - 5, n)
    return r.west + (cols + 0.5) * r.pixel_size, r.north - (rows + 0.5) * r.pixel_size


@pytest.mark.parametrize("kernel", density.KERNELS)
def test_the_surface_equals_a_direct_kernel_sum_at_every_pixel(kernel):
    """Records on pixel centres, so binning is exact: each pixel must hold the
    sum of weight x kernel(distance) / (kernel shape sum x pixel km2)."""
    r = density.raster_for((0, 0, 2000, 1500), 100, 350)
    rng = np.random.default_rng(7)
    x, y = points_on_pixel_centres(r, rng, 40)
    weights = rng.gamma(1.0, 100.0, 40)
    surface = density.density_surface(x, y, weights, r, 350, kernel, KM2)
    scale = sampled_kernel_sum(kernel, 350, 100) * KM2
    for row in range(0, r.n_rows, 3):
        for col in range(0, r.n_cols, 2):
            cx, cy = r.centre(row, col)
            direct = sum(wt * kernel_by_hand(kernel, math.hypot(px - cx, py - cy) / 350)
                         for px, py, wt in zip(x, y, weights)) / scale
            assert surface.values[row, col] == pytest.approx(direct, rel=1e-9, abs=1e-9 * surface.values.max())


@pytest.mark.parametrize("kernel", density.KERNELS)
def test_the_surface_integrates_to_the_total_harm(kernel):
    rng = np.random.default_rng(11)
    x, y = rng.uniform(400000, 410000, 5000), rng.uniform(300000, 306000, 5000)
    weights = rng.gamma(0.3, 500.0, 5000)
    r = density.raster_for((400000, 300000, 410000, 306000), 100, 600)
    surface = density.density_surface(x, y, weights, r, 600, kernel, KM2)
    assert surface.total(KM2) == pytest.approx(weights.sum(), rel=1e-10)
    assert (surface.values >= 0).all()


def test_records_anywhere_match_the_continuous_kernel_within_binning_error():
    """Records off the pixel centres, against the quartic kernel with its exact
    normalisation 3 / (pi h^2): linear binning at 10 pixels per bandwidth stays within 2 %."""
    rng = np.random.default_rng(3)
    x, y, weights = rng.uniform(1000, 3000, 300), rng.uniform(1000, 2500, 300), rng.gamma(1, 50, 300)
    r = density.raster_for((1000, 1000, 3000, 2500), 50, 500)
    surface = density.density_surface(x, y, weights, r, 500, "quartic", 0.0025)
    rows, cols = np.nonzero(surface.values > 0.1 * surface.values.max())
    for row, col in list(zip(rows, cols))[::40]:
        cx, cy = r.centre(row, col)
        u = np.hypot(x - cx, y - cy) / 500
        exact = (weights * np.where(u <= 1, (1 - u * u) ** 2, 0)).sum() * 3 / (math.pi * 500 ** 2) * 1e6
        assert surface.values[row, col] == pytest.approx(exact, rel=0.02)


def test_the_numpy_fft_path_gives_the_scipy_answer():
    rng = np.random.default_rng(2)
    image = rng.random((37, 52)) * (rng.random((37, 52)) < 0.2)
    kernel = density.kernel_matrix("quartic", 530, 100)
    by_scipy, used_scipy = density.convolve(image, kernel, "scipy")
    by_numpy, used_numpy = density.convolve(image, kernel, "numpy")
    assert (used_scipy, used_numpy) == ("scipy", "numpy")
    assert np.allclose(by_numpy, by_scipy, rtol=0, atol=1e-12)
    # and both against the definition, at one pixel
    row, col, reach = 20, 30, kernel.shape[0] // 2
    direct = sum(image[row - i, col - j] * kernel[reach + i, reach + j]
                 for i in range(-reach, reach + 1) for j in range(-reach, reach + 1)
                 if 0 <= row - i < 37 and 0 <= col - j < 52)
    assert by_numpy[row, col] == pytest.approx(direct, abs=1e-12)


def test_without_scipy_the_surface_is_made_with_numpy(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy.signal", None)  # import scipy.signal now fails
    r = density.raster_for((0, 0, 1000, 1000), 100, 300)
    x, y = points_on_pixel_centres(r, np.random.default_rng(4), 10)
    surface = density.density_surface(x, y, np.full(10, 5.0), r, 300, "quartic", KM2)
    assert surface.engine == "numpy"
    assert surface.total(KM2) == pytest.approx(50)
    with pytest.raises(ImportError):
        density.convolve(np.ones((3, 3)), np.ones((1, 1)), "scipy")


def test_a_surface_of_records_weighing_nothing_is_zero_everywhere():
    r = density.raster_for((0, 0, 1000, 1000), 100, 300)
    surface = density.density_surface([500], [500], [0.0], r, 300, "quartic", KM2)
    assert not surface.values.any()


def test_style_classes_are_multiples_of_the_mean_of_pixels_with_harm():
    mean, breaks = density.mean_multiple_breaks(np.array([[0.0, 1.0], [2.0, 3.0]]))
    assert mean == 2
    assert breaks == [2, 4, 6, 8, 10]
    assert density.mean_multiple_breaks(np.zeros((2, 2))) == (0.0, [])
