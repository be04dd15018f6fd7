"""Harm density surfaces (``socharm:harmdensity``): kernel density of weighted points.

Pure numpy (scipy when installed): no qgis import.

How the surface is made
-----------------------
1. Each point's harm is shared among the four pixel centres around it in
   proportion to its nearness (linear binning, Wand and Jones 1995, p. 184):
   the harm is kept exactly, and the error of binning is far below that of
   dropping each point on its pixel's centre.
2. The binned harm is convolved with the kernel sampled at pixel centres, by
   FFT (``scipy.signal.fftconvolve``, or numpy's FFT when scipy is absent; the
   two agree to rounding).
3. The sampled kernel is scaled so that it sums to one over its pixels, per
   square kilometre: every point's harm is spread over the surface exactly,
   so the surface (harm per km2) times the pixel area, summed, is the total
   harm.

Kernels are those of QGIS's Heatmap (Kernel Density Estimation), in its
order: quartic, triangular, uniform, triweight, Epanechnikov; ``bandwidth``
is the kernel's radius (QGIS's "Radius"): beyond it a point adds nothing.

The raster covers the points' extent buffered by the bandwidth (and two
pixels), snapped outward to whole multiples of the pixel size from the CRS
origin, so surfaces with the same pixel size line up pixel for pixel, and
no harm falls off the edge.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

from ..language.messages import tr
from ..geometry.grid import Extent, nice_ceil, nice_floor

QUARTIC = "quartic"
TRIANGULAR = "triangular"
UNIFORM = "uniform"
TRIWEIGHT = "triweight"
EPANECHNIKOV = "epanechnikov"
KERNELS = (QUARTIC, TRIANGULAR, UNIFORM, TRIWEIGHT, EPANECHNIKOV)  # enum order is public (KERNEL), as QGIS's heatmap

MAX_PIXELS = 25_000_000  # 100 MB as float32; the FFT needs several times that
PIXELS_ACROSS = 150  # automatic pixel size: the records' shorter side / 150 (a crime-mapping rule of thumb) ...
PIXELS_PER_BANDWIDTH = 5  # ... and at most a fifth of the bandwidth (the kernel spans 10 pixels)
MEAN_MULTIPLES = (1, 2, 3, 4, 5)  # class breaks of the style: multiples of the mean of non-zero pixels


class DensityError(ValueError):
    """A surface that cannot be made from these choices (the message says why)."""


class TooManyPixelsError(DensityError):
    def __init__(self, n_pixels: int, max_pixels: int, pixel_size: float, smallest: float):
        super().__init__(
            tr("{0} pixels of size {1:g}; at most {2} are allowed; a pixel size of at least {3:g} fits").format(
            n_pixels, pixel_size, max_pixels, smallest))
        self.n_pixels = n_pixels
        self.max_pixels = max_pixels
        self.pixel_size = pixel_size
        self.smallest = smallest


# --------------------------------------------------------------------------- kernels


def kernel_profile(kernel: str, u) -> np.ndarray:
    """The kernel's shape at u = distance / bandwidth (1 at the centre, 0 beyond u = 1),
    as QGIS's heatmap 'raw' values (triangular with decay 0)."""
    u = np.asarray(u, dtype=float)
    inside = u <= 1.0
    if kernel == QUARTIC:
        value = (1.0 - u ** 2) ** 2
    elif kernel == TRIANGULAR:
        value = 1.0 - u
    elif kernel == UNIFORM:
        value = np.ones_like(u)
    elif kernel == TRIWEIGHT:
        value = (1.0 - u ** 2) ** 3
    elif kernel == EPANECHNIKOV:
        value = 1.0 - u ** 2
    else:
        raise DensityError(tr("unknown kernel {0!r}; choose one of {1}").format(kernel, ", ".join(KERNELS)))
    return np.where(inside, value, 0.0)


def kernel_matrix(kernel: str, bandwidth: float, pixel_size: float) -> np.ndarray:
    """The kernel sampled at pixel centres about a centre pixel, (2R+1)^2 with
    R = ceil(bandwidth / pixel): shape values, summing to 1."""
    radius = int(math.ceil(bandwidth / pixel_size - 1e-9))
    offsets = np.arange(-radius, radius + 1, dtype=float) * pixel_size
    distance = np.hypot(offsets[None, :], offsets[:, None])
    values = kernel_profile(kernel, distance / bandwidth) if bandwidth > 0 else (distance == 0).astype(float)
    total = values.sum()
    return values / total


# --------------------------------------------------------------------------- automatic choices


@dataclass
class Bandwidth:
    value: float
    standard_distance: float
    median_distance: float
    effective_n: float
    rule: str = ("0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2: the spatial Silverman rule of ArcGIS's Kernel Density, "
                 "with the mean centre, standard distance SD and median distance Dm weighted by harm, "
                 "and n the effective number of records (sum of weights)^2 / sum of squared weights")

    def as_dict(self) -> dict:
        return {"value": self.value, "standard_distance": self.standard_distance,
                "median_distance": self.median_distance, "effective_n": self.effective_n, "rule": self.rule}


def automatic_bandwidth(x, y, weights=None) -> Bandwidth:
    """The kernel radius for these points (see Bandwidth.rule).

    Records weighing 0 (e.g. anti-social behaviour under the CSS) do not pull
    the estimate; when every weight is 0 the records count equally. Raises
    DensityError when there is nothing to estimate from.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y) & np.isfinite(w) & (w >= 0)
    x, y, w = x[ok], y[ok], w[ok]
    if not len(x):
        raise DensityError(tr("no records with a location to estimate a bandwidth from"))
    if not (w > 0).any():
        w = np.ones(len(x))
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    if np.ptp(x) == 0 and np.ptp(y) == 0:  # rounding in the mean centre must not pass for a spread
        raise DensityError(tr("every record lies at one place, so no bandwidth can be estimated"))
    total = w.sum()
    mx, my = (w * x).sum() / total, (w * y).sum() / total
    d2 = (x - mx) ** 2 + (y - my) ** 2
    sd = math.sqrt(float((w * d2).sum() / total))
    dm = _weighted_median(np.sqrt(d2), w)
    n_eff = float(total ** 2 / (w ** 2).sum())
    value = 0.9 * min(sd, math.sqrt(1.0 / math.log(2.0)) * dm) * n_eff ** -0.2
    if not value > 0:
        raise DensityError(tr("every record lies at one place, so no bandwidth can be estimated"))
    return Bandwidth(value, sd, dm, n_eff)


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The smallest value with at least half the weight at or below it."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    at = int(np.searchsorted(cumulative, cumulative[-1] / 2.0, side="left"))
    return float(values[order][min(at, len(values) - 1)])


def automatic_pixel_size(extent: Optional[Extent], bandwidth: float) -> float:
    """The smaller of the records' shorter side / 150 (a rule of thumb of
    crime hotspot mapping) and bandwidth / 5, rounded down to 1, 2, 2.5 or 5 x 10^k."""
    candidates = [bandwidth / PIXELS_PER_BANDWIDTH]
    if extent is not None:
        sides = [s for s in (extent[2] - extent[0], extent[3] - extent[1]) if s > 0]
        if sides:
            candidates.append(min(sides) / PIXELS_ACROSS)
    return nice_floor(min(candidates))


# --------------------------------------------------------------------------- the raster


@dataclass
class Raster:
    """A north-up pixel grid: west edge, north edge, pixel size, columns, rows."""

    west: float
    north: float
    pixel_size: float
    n_cols: int
    n_rows: int

    @property
    def south(self) -> float:
        return self.north - self.n_rows * self.pixel_size

    @property
    def east(self) -> float:
        return self.west + self.n_cols * self.pixel_size

    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        return (self.west, self.pixel_size, 0.0, self.north, 0.0, -self.pixel_size)

    def centre(self, row: int, col: int) -> Tuple[float, float]:
        """The centre of a pixel (row 0 is the northernmost)."""
        return (self.west + (col + 0.5) * self.pixel_size, self.north - (row + 0.5) * self.pixel_size)


def raster_for(extent: Extent, pixel_size: float, bandwidth: float, max_pixels: int = MAX_PIXELS) -> Raster:
    """The raster covering the extent buffered by the bandwidth and two pixels,
    snapped outward to multiples of the pixel size."""
    if not (pixel_size > 0 and math.isfinite(pixel_size)):
        raise DensityError(tr("the pixel size must be a positive number, not {0!r}").format(pixel_size))
    if not (bandwidth > 0 and math.isfinite(bandwidth)):
        raise DensityError(tr("the bandwidth must be a positive number, not {0!r}").format(bandwidth))
    pad = (math.ceil(bandwidth / pixel_size - 1e-9) + 2) * pixel_size
    xmin, ymin, xmax, ymax = extent
    col0 = math.floor((xmin - pad) / pixel_size)
    col1 = math.ceil((xmax + pad) / pixel_size)
    row0 = math.floor((ymin - pad) / pixel_size)
    row1 = math.ceil((ymax + pad) / pixel_size)
    n_cols, n_rows = int(col1 - col0), int(row1 - row0)
    if n_cols * n_rows > max_pixels:
        width, height = xmax - xmin, ymax - ymin
        smallest = nice_ceil(max(math.sqrt(max(width * height, 1e-12) / max_pixels), pixel_size * 1.0001))
        while (math.ceil(width / smallest) + 2 * (math.ceil(bandwidth / smallest) + 3)) * \
                (math.ceil(height / smallest) + 2 * (math.ceil(bandwidth / smallest) + 3)) > max_pixels:
            smallest = nice_ceil(smallest * 1.0001)
        raise TooManyPixelsError(n_cols * n_rows, max_pixels, pixel_size, smallest)
    return Raster(float(col0 * pixel_size), float(row1 * pixel_size), float(pixel_size), n_cols, n_rows)


def bin_linear(x, y, weights, raster: Raster) -> np.ndarray:
    """Each point's weight shared among the 4 nearest pixel centres (bilinear
    shares), as an (n_rows, n_cols) array with row 0 to the north. Points whose
    shares would fall off the raster are an error (the raster is made to hold them)."""
    parts = _linear_shares(x, y, weights, raster)
    n = raster.n_rows * raster.n_cols
    out = np.bincount(parts[0][0], weights=parts[0][1], minlength=n)
    for index, share in parts[1:]:
        out += np.bincount(index, weights=share, minlength=n)
    return out.reshape(raster.n_rows, raster.n_cols)


class LinearBins:
    """:func:`bin_linear` batch by batch: :meth:`add` each batch of points,
    then :meth:`binned`, the same array bit for bit as one call on all the
    points (each pixel's running sum is added first, then the batch's shares
    in order: the sums one call makes, in its order). Memory: the raster."""

    def __init__(self, raster: Raster):
        self.raster = raster
        n = raster.n_rows * raster.n_cols
        self._sums = [np.zeros(n) for _ in range(4)]  # per corner of the points' cells, as bin_linear adds them

    def add(self, x, y, weights) -> None:
        shares = _linear_shares(x, y, weights, self.raster)
        base = shares[0][0]
        if not len(base):
            return
        # only the pixels this batch reaches: each corner's pixels are the first corner's, shifted
        touched, slot = np.unique(base, return_inverse=True)
        slot = slot.ravel()
        running = np.arange(len(touched), dtype=np.int64)
        for k, (index, share) in enumerate(shares):
            pixels = touched + (index[0] - base[0])
            self._sums[k][pixels] = np.bincount(np.concatenate([running, slot]),
                                                weights=np.concatenate([self._sums[k][pixels], share]),
                                                minlength=len(touched))

    def binned(self) -> np.ndarray:
        out = self._sums[0].copy()
        for more in self._sums[1:]:
            out += more
        return out.reshape(self.raster.n_rows, self.raster.n_cols)


def _linear_shares(x, y, weights, raster: Raster):
    """[(pixel, share)] for the four pixel centres around each point, in bin_linear's order."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(weights, dtype=float)
    p = raster.pixel_size
    fx = (x - raster.west) / p - 0.5  # in pixel centres, from the west
    fy = (raster.north - y) / p - 0.5  # from the north
    i0 = np.floor(fx)
    j0 = np.floor(fy)
    tx = fx - i0
    ty = fy - j0
    i0 = i0.astype(np.int64)
    j0 = j0.astype(np.int64)
    if len(x) and (i0.min() < 0 or j0.min() < 0 or i0.max() + 1 >= raster.n_cols or j0.max() + 1 >= raster.n_rows):
        raise DensityError(tr("points outside the raster"))
    base = j0 * raster.n_cols + i0
    return [(base, w * (1 - tx) * (1 - ty)), (base + 1, w * tx * (1 - ty)),
            (base + raster.n_cols, w * (1 - tx) * ty), (base + raster.n_cols + 1, w * tx * ty)]


def convolve(image: np.ndarray, kernel: np.ndarray, engine: str = "auto") -> Tuple[np.ndarray, str]:
    """(image convolved with an odd-sized kernel, same shape as image; the engine used).

    engine: "scipy" (scipy.signal.fftconvolve), "numpy" (numpy.fft, for QGIS
    installs without scipy), or "auto" (scipy when it imports).
    """
    if engine not in ("auto", "scipy", "numpy"):
        raise ValueError("unknown engine {0!r}".format(engine))
    if engine in ("auto", "scipy"):
        try:
            from scipy.signal import fftconvolve
        except ImportError:
            if engine == "scipy":
                raise
        else:
            return fftconvolve(image, kernel, mode="same"), "scipy"
    return _numpy_fftconvolve(image, kernel), "numpy"


def _numpy_fftconvolve(image: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Linear convolution by numpy's real FFT on padded arrays, cropped to the image."""
    kh, kw = kernel.shape
    full = (image.shape[0] + kh - 1, image.shape[1] + kw - 1)
    shape = tuple(_fast_length(n) for n in full)
    spectrum = np.fft.rfft2(image, shape) * np.fft.rfft2(kernel, shape)
    out = np.fft.irfft2(spectrum, shape)
    top, left = (kh - 1) // 2, (kw - 1) // 2
    return out[top:top + image.shape[0], left:left + image.shape[1]]


def _fast_length(n: int) -> int:
    """The smallest 2^a 3^b 5^c at least n (FFT sizes numpy handles fastest)."""
    best = 1 << max(0, int(n - 1).bit_length())
    f5 = 1
    while f5 < best:
        f35 = f5
        while f35 < best:
            f = f35
            while f < n:
                f *= 2
            best = min(best, f)
            f35 *= 3
        f5 *= 5
    return best


@dataclass
class Surface:
    values: np.ndarray  # (n_rows, n_cols), harm per km2, row 0 to the north
    raster: Raster
    engine: str
    kernel_pixels: int  # the kernel's width in pixels (2R + 1)

    def total(self, km2_per_pixel: float) -> float:
        """The surface summed over its pixels: the total harm it holds."""
        return float(self.values.sum() * km2_per_pixel)


def density_surface(x, y, weights, raster: Raster, bandwidth: float, kernel: str = QUARTIC,
                    km2_per_pixel: float = 1.0, engine: str = "auto") -> Surface:
    """Harm per km2 at every pixel centre (see the module's notes).
    ``km2_per_pixel``: one pixel's area in square kilometres."""
    if not km2_per_pixel > 0:
        raise DensityError(tr("the pixel area must be positive"))
    return surface_of_bins(bin_linear(x, y, weights, raster), raster, bandwidth, kernel, km2_per_pixel, engine)


def surface_of_bins(binned: np.ndarray, raster: Raster, bandwidth: float, kernel: str = QUARTIC,
                    km2_per_pixel: float = 1.0, engine: str = "auto") -> Surface:
    """:func:`density_surface` from the points already binned (bin_linear, or LinearBins batch by batch)."""
    if not km2_per_pixel > 0:
        raise DensityError(tr("the pixel area must be positive"))
    k = kernel_matrix(kernel, bandwidth, raster.pixel_size)
    if not np.any(binned):
        return Surface(np.zeros_like(binned), raster, "none", k.shape[0])
    values, used = convolve(binned, k, engine)
    values /= km2_per_pixel
    peak = float(values.max())
    values[values < peak * 1e-12] = 0.0  # FFT rounding where no kernel reaches
    return Surface(values, raster, used, k.shape[0])


def mean_multiple_breaks(values: np.ndarray, multiples: Sequence[float] = MEAN_MULTIPLES) -> Tuple[float, list]:
    """(mean of the non-zero pixels, class breaks at multiples of it): the
    classes often used for crime hotspot maps. Empty when no
    pixel holds harm."""
    positive = np.asarray(values)[np.asarray(values) > 0]
    if not len(positive):
        return 0.0, []
    mean = float(positive.mean())
    return mean, [mean * m for m in multiples]
