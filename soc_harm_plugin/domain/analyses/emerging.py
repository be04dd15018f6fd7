"""Emerging hot spots: space-time Gi* per time slice, a Mann-Kendall trend of
the z-scores, and ArcGIS's Emerging Hot Spot Analysis patterns.

Pure numpy. ``cube`` is (areas x slices): the harm (or count) of each area
in each time slice.

**Space-time Gi\\*** (as ArcGIS's Emerging Hot Spot Analysis computes it, with
the whole cube as the global window): the neighbours of bin (i, t) are the
area itself and its spatial neighbours, in slice t and in the ``time_steps``
slices before it (fewer at the start of the series); binary weights. With
``N`` bins, ``x̄`` and ``s`` their mean and population standard deviation,
``W`` the number of neighbouring bins and ``L`` the sum of their values:

    z = (L − x̄ W) / (s · sqrt((N W − W²) / (N − 1)))

p two-sided from the normal distribution, corrected over all bins (ArcGIS
applies the false discovery rate). A bin is a significant hot (cold) spot
where the corrected p < alpha and z > 0 (z < 0).

**Trend**: Mann-Kendall of each area's z-scores over the slices
(:mod:`.mann_kendall`), significant where its p < alpha.

**Patterns** (ArcGIS Pro, "How Emerging Hot Spot Analysis works",
https://pro.arcgis.com/en/pro-app/latest/tool-reference/space-time-pattern-mining/learnmoreemerging.htm;
"90 %" means at least 90 % of the slices), checked in this order:

1. hot in ≥ 90 % of slices: ``historical_hot`` if the last slice is not hot;
   else ``intensifying_hot`` (significant upward trend), ``diminishing_hot``
   (significant downward trend) or ``persistent_hot`` (no significant trend);
2. the same for cold spots (intensifying: z falling; diminishing: z rising);
3. last slice hot: ``oscillating_hot`` if ever a cold spot before;
   ``new_hot`` if never hot before; ``consecutive_hot`` if the hot slices
   are one uninterrupted run of at least two ending at the last slice;
   else ``sporadic_hot``;
4. the same for a last slice cold;
5. hot in some slices, never cold (last slice not hot): ``sporadic_hot``;
   the same for cold: ``sporadic_cold``;
6. otherwise ``no_pattern``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import numpy as np

from ..language.messages import tr
from ..stats.hotspots import (
    FDR,
    STATUS_NO_NEIGHBOURS,
    STATUS_OK,
    NoVariationError,
    adjust_p,
    confidence_bins,
    scatter,
    usable_areas,
)
from ..periods.calendar import CALENDAR_UNITS, MONTHS_IN, bin_label, bin_window, month_first_day, month_number, month_of
from ..stats.mann_kendall import mann_kendall_rows
from ..stats.pvalues import normal_two_sided_p
from ..geometry.spatial_weights import Neighbours

PATTERNS = ("new", "consecutive", "intensifying", "persistent", "diminishing", "sporadic", "oscillating", "historical")
HOT_CLASSES = tuple(p + "_hot" for p in PATTERNS)
COLD_CLASSES = tuple(p + "_cold" for p in PATTERNS)
NO_PATTERN = "no_pattern"
EHS_CLASSES = HOT_CLASSES + COLD_CLASSES + (NO_PATTERN,)  # stable codes written into ehs_class


# --------------------------------------------------------------------------- time slices


@dataclass
class Slices:
    index: np.ndarray  # slice of each record, -1: no date or outside the slices
    starts: List[dt.date]  # first day of each slice
    labels: List[str]  # 2024-01, 2024-Q1, 2024
    unit: str

    def __len__(self) -> int:
        return len(self.starts)

    def end_of(self, k: int) -> dt.date:
        """Last day of slice k."""
        return bin_window(month_of(self.starts[k]) // MONTHS_IN[self.unit], self.unit).end


def _slice_floor(months: np.ndarray, unit: str) -> np.ndarray:
    per = MONTHS_IN[unit]
    return (months // per) * per


def time_slices(days: np.ndarray, unit: str, start: Optional[dt.date] = None,
                end: Optional[dt.date] = None) -> Slices:
    """Calendar slices (month, quarter or year) from the slice holding
    ``start`` (default: the earliest date) to the one holding ``end``
    (default: the latest), and each record's slice (-1: no date, or outside)."""
    if unit not in MONTHS_IN:
        raise ValueError("time step must be one of {0}".format(", ".join(CALENDAR_UNITS)))
    days = np.asarray(days, dtype="datetime64[D]")
    dated = ~np.isnat(days)
    months = np.full(len(days), -1, dtype=np.int64)
    if dated.any():
        months[dated] = month_number(days[dated])
    first = month_of(start) if start else (int(months[dated].min()) if dated.any() else None)
    last = month_of(end) if end else (int(months[dated].max()) if dated.any() else None)
    if first is None or last is None or last < first:
        return Slices(np.full(len(days), -1, dtype=np.int64), [], [], unit)
    per = MONTHS_IN[unit]
    lo, hi = int(_slice_floor(np.array([first]), unit)[0]), int(_slice_floor(np.array([last]), unit)[0])
    starts_m = np.arange(lo, hi + 1, per)
    index = np.full(len(days), -1, dtype=np.int64)
    inside = dated & (months >= lo) & (months < hi + per)
    index[inside] = (_slice_floor(months[inside], unit) - lo) // per
    starts = [month_first_day(s) for s in starts_m]
    return Slices(index, starts, [bin_label(s // per, unit) for s in starts_m], unit)


def build_cube(area_index: np.ndarray, slice_index: np.ndarray, weights: np.ndarray,
               n_areas: int, n_slices: int, counts: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
    """(harm cube, count cube), areas x slices, from records with an area
    (>= 0) and a slice (>= 0); other records are left out. ``counts``: the
    records each row stands for (collapsed records; None: one each)."""
    ok = (np.asarray(area_index) >= 0) & (np.asarray(slice_index) >= 0)
    flat = np.asarray(area_index)[ok] * n_slices + np.asarray(slice_index)[ok]
    w = np.asarray(weights, dtype=float)[ok]
    if counts is None:
        harm = np.bincount(flat, weights=w, minlength=n_areas * n_slices)
        count = np.bincount(flat, minlength=n_areas * n_slices)
    else:
        many = np.asarray(counts, dtype=float)[ok]  # whole numbers, exact below 2**53
        harm = np.bincount(flat, weights=w * many, minlength=n_areas * n_slices)
        count = np.bincount(flat, weights=many, minlength=n_areas * n_slices).astype(np.int64)
    return harm.reshape(n_areas, n_slices), count.reshape(n_areas, n_slices)


# --------------------------------------------------------------------------- space-time Gi*


def space_time_gi_star(cube: np.ndarray, neighbours: Neighbours, time_steps: int = 1) -> np.ndarray:
    """Gi* z of every bin (areas x slices), neighbours in space and in the
    previous ``time_steps`` slices. Areas with no spatial neighbour still
    use their own earlier slices (callers decide whether to keep them)."""
    x = np.asarray(cube, dtype=float)
    n, t = x.shape
    if time_steps < 0:
        raise ValueError("time steps must be 0 or more")
    n_bins = n * t
    mean = float(x.mean())
    sd = float(x.std())
    if not sd > 0 or sd < 1e-12 * max(1.0, float(np.abs(x).max())):
        raise NoVariationError(tr("every bin has the same value ({0})").format(x.flat[0] if x.size else 0))
    rows = neighbours.rows
    spatial = x.copy()  # the area itself
    np.add.at(spatial, rows, x[neighbours.indices])
    cum = np.concatenate([np.zeros((n, 1)), np.cumsum(spatial, axis=1)], axis=1)
    slices = np.arange(t)
    first = np.maximum(0, slices - time_steps)
    window = cum[:, slices + 1] - cum[:, first]  # Σ over slices first..t
    n_slices_in = (slices - first + 1)[None, :]
    w = (neighbours.cardinality + 1)[:, None] * n_slices_in  # binary: S1 = W
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (window - mean * w) / (sd * np.sqrt((n_bins * w - w.astype(float) ** 2) / (n_bins - 1)))
    return z


# --------------------------------------------------------------------------- patterns


def classify(hot: np.ndarray, cold: np.ndarray, trend_s: np.ndarray, trend_p: np.ndarray,
             alpha: float) -> np.ndarray:
    """ehs_class of each area from its significant hot/cold slices (areas x
    slices, booleans) and the Mann-Kendall S and p of its z-scores."""
    hot = np.asarray(hot, dtype=bool)
    cold = np.asarray(cold, dtype=bool)
    n, t = hot.shape
    out = np.full(n, NO_PATTERN, dtype=object)
    if t == 0:
        return out
    up = (np.asarray(trend_p) < alpha) & (np.asarray(trend_s) > 0)
    down = (np.asarray(trend_p) < alpha) & (np.asarray(trend_s) < 0)
    decided = np.zeros(n, dtype=bool)

    def settle(mask, code):
        mask = mask & ~decided
        out[mask] = code
        decided[mask] = True

    for mine, _other, suffix, rising, falling in ((hot, cold, "_hot", up, down), (cold, hot, "_cold", down, up)):
        ninety = mine.sum(axis=1) * 10 >= 9 * t
        last = mine[:, -1]
        settle(ninety & ~last, "historical" + suffix)
        settle(ninety & rising, "intensifying" + suffix)
        settle(ninety & falling, "diminishing" + suffix)
        settle(ninety, "persistent" + suffix)
    for mine, other, suffix in ((hot, cold, "_hot"), (cold, hot, "_cold")):
        last = mine[:, -1]
        before = mine[:, :-1]
        settle(last & other[:, :-1].any(axis=1), "oscillating" + suffix)
        settle(last & ~before.any(axis=1), "new" + suffix)
        run = _final_run(mine)
        settle(last & (run >= 2) & (run == mine.sum(axis=1)), "consecutive" + suffix)
        settle(last, "sporadic" + suffix)
    for mine, other, suffix in ((hot, cold, "_hot"), (cold, hot, "_cold")):
        settle(mine.any(axis=1) & ~other.any(axis=1), "sporadic" + suffix)
    return out


def _final_run(flags: np.ndarray) -> np.ndarray:
    """Length of the run of True at the end of each row."""
    n, t = flags.shape
    reversed_flags = flags[:, ::-1]
    broken = ~reversed_flags
    first_break = np.where(broken.any(axis=1), broken.argmax(axis=1), t)
    return first_break


@dataclass
class EmergingResult:
    ehs_class: np.ndarray  # object, None where not computed
    trend_z: np.ndarray
    trend_p: np.ndarray
    tau: np.ndarray
    hot_slices: np.ndarray
    cold_slices: np.ndarray
    last_z: np.ndarray
    last_bin: np.ndarray
    n_neighbours: np.ndarray
    status: np.ndarray
    z: np.ndarray  # areas x slices (NaN rows for areas not computed)
    p_adj: np.ndarray
    bins: np.ndarray
    tested_bins: int
    time_steps: int
    correction: str
    alpha: float
    extra: dict = field(default_factory=dict)

    def count(self, code: str) -> int:
        return int(np.sum(self.ehs_class == code))


def emerging_hotspots(cube: np.ndarray, neighbours: Neighbours, *, time_steps: int = 1, correction: str = FDR,
                      alpha: float = 0.05, has_geometry: Optional[np.ndarray] = None) -> EmergingResult:
    """Classify every area (row of ``cube``) by its space-time hot/cold history."""
    cube = np.asarray(cube, dtype=float)
    n_all, t = cube.shape
    if t < 2:
        raise ValueError("emerging hot spots need at least 2 time slices, not {0}".format(t))
    row_ok = np.isfinite(cube).all(axis=1)
    keep, status = usable_areas(np.where(row_ok, 0.0, np.nan), has_geometry)
    sub = neighbours if keep.all() else neighbours.subset(keep)
    x = cube[keep]
    if len(x) < 3:
        raise ValueError("emerging hot spots need at least 3 areas, not {0}".format(len(x)))
    z = space_time_gi_star(x, sub, time_steps)
    card = sub.cardinality
    sub_status = status[keep].copy()
    sub_status[card == 0] = STATUS_NO_NEIGHBOURS
    computed = sub_status == STATUS_OK
    z[~computed] = np.nan
    p = normal_two_sided_p(z.ravel()).reshape(z.shape)
    p[~computed] = np.nan
    p_adj = adjust_p(p.ravel(), correction).reshape(z.shape)
    sig = p_adj < alpha
    hot = sig & (z > 0)
    cold = sig & (z < 0)
    mk = mann_kendall_rows(np.where(computed[:, None], z, 0.0))
    classes = classify(hot, cold, mk.s, mk.p, alpha)
    classes = np.where(computed, classes, None)
    bins = confidence_bins(z.ravel(), p_adj.ravel()).reshape(z.shape)

    def rows(values):
        out = np.full(n_all, np.nan)
        out[keep] = np.where(computed, values, np.nan)
        return out

    def matrix(values):
        out = np.full((n_all, t), np.nan)
        out[keep] = values
        return out

    ehs = np.full(n_all, None, dtype=object)
    ehs[keep] = classes
    status[keep] = sub_status
    return EmergingResult(
        ehs_class=ehs, trend_z=rows(mk.z), trend_p=rows(mk.p), tau=rows(mk.tau),
        hot_slices=rows(hot.sum(axis=1).astype(float)), cold_slices=rows(cold.sum(axis=1).astype(float)),
        last_z=rows(z[:, -1]), last_bin=rows(bins[:, -1]),
        n_neighbours=scatter(n_all, keep, card.astype(float)), status=status,
        z=matrix(z), p_adj=matrix(p_adj), bins=matrix(bins), tested_bins=int(computed.sum()) * t,
        time_steps=int(time_steps), correction=correction, alpha=alpha,
        extra={"mean": float(x.mean()), "sd": float(x.std()), "bins": int(x.size)},
    )

