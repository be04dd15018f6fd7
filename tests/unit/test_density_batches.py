"""Linear binning batch by batch (LinearBins) gives bin_linear's array bit
for bit, however the points are cut: the kernel sum is additive and each
pixel's sum is taken in the same order."""
from __future__ import annotations

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses.density import LinearBins, bin_linear, raster_for


@pytest.mark.parametrize("size", [1, 7, 250, 1000])
def test_binning_in_batches_is_binning_all_the_points_at_once(size):
    rng = np.random.default_rng(18)
    x = np.concatenate([rng.normal(5000, 800, 600), rng.uniform(2000, 8000, 400)])
    y = np.concatenate([rng.normal(5000, 300, 600), rng.uniform(2000, 8000, 400)])
    w = rng.choice([0.0, 0.1, 1.0 / 3.0, 7.25, 1e6], size=len(x))
    raster = raster_for((float(x.min()), float(y.min()), float(x.max()), float(y.max())), 25.0, 200.0)
    bins = LinearBins(raster)
    for start in range(0, len(x), size):
        bins.add(x[start:start + size], y[start:start + size], w[start:start + size])

    assert np.array_equal(bins.binned(), bin_linear(x, y, w, raster))


def test_a_batch_left_out_or_added_twice_shows():
    raster = raster_for((0.0, 0.0, 1000.0, 1000.0), 10.0, 50.0)
    x, y, w = np.array([100.0, 505.0, 900.0]), np.array([100.0, 505.0, 900.0]), np.array([1.0, 2.0, 4.0])
    bins = LinearBins(raster)
    bins.add(x[:1], y[:1], w[:1])
    bins.add(x[1:], y[1:], w[1:])
    bins.add(x[1:], y[1:], w[1:])
    assert bins.binned().sum() == pytest.approx(1.0 + 2 * (2.0 + 4.0))  # the shares of each point add up to it
