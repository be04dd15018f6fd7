"""Local Moran's I (Anselin 1995): clusters (HH, LL) and outliers (HL, LH) of harm.

Pure numpy. With ``z`` the values standardised by their mean and population
standard deviation, and ``lag_i = Σ_j w_ij z_j`` over the area's neighbours
(the area itself excluded):

    lm_i = z_i · lag_i

(GeoDa's definition; esda's ``Is`` is this times (n − 1)/n).

``lm_z`` standardises ``lm_i`` by its exact mean and variance under
conditional randomisation (the area keeps its value, the others are
shuffled: Sokal, Oden & Thomson 1998, eqs. A7-A8, esda's ``EIc``/``VIc``).
``lm_p`` is two-sided: from the normal distribution, or with permutations
``(#{|z_perm| ≥ |z_obs|} + 1)/(permutations + 1)`` from the same conditional
permutations as Gi* (:func:`.hotspots.permutation_counts`). ``lm_p_adj``
after the correction.

``lm_quad``: ``HH`` (z > 0, lag > 0), ``LL`` (z ≤ 0, lag ≤ 0), ``HL``
(z > 0, lag ≤ 0), ``LH`` (z ≤ 0, lag > 0) — esda's quadrant rule — where
``lm_p_adj`` < alpha, else ``ns``. NaN values are excluded as in Gi*.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..language.messages import tr
from .hotspots import (
    NO_CORRECTION,
    STATUS_NO_NEIGHBOURS,
    STATUS_OK,
    STATUS_UNDEFINED,
    NoVariationError,
    scatter,
    adjust_p,
    neighbour_sums,
    permutation_counts,
    permutation_p,
    row_weights,
    usable_areas,
)
from .pvalues import normal_two_sided_p
from ..geometry.spatial_weights import Neighbours

HH, LL, HL, LH, NOT_SIGNIFICANT = "HH", "LL", "HL", "LH", "ns"
QUADRANTS = (HH, LL, HL, LH, NOT_SIGNIFICANT)  # stable codes written into lm_quad


@dataclass
class LocalMoranResult:
    i: np.ndarray
    z: np.ndarray
    p: np.ndarray
    p_adj: np.ndarray
    quadrant: np.ndarray  # object: HH/LL/HL/LH whatever the significance (None where not computed)
    quad: np.ndarray  # object: the quadrant where significant, else "ns" (None where not computed)
    n_neighbours: np.ndarray
    status: np.ndarray
    tested: int
    permutations: int
    seed: Optional[int]
    correction: str
    alpha: float

    def count(self, code: str) -> int:
        """Areas whose lm_quad is this code."""
        return int(np.sum(self.quad == code))

    def count_status(self, status: str) -> int:
        return int(np.sum(self.status == status))


def quadrants(z: np.ndarray, lag: np.ndarray) -> np.ndarray:
    high, high_lag = z > 0, lag > 0
    out = np.where(high, np.where(high_lag, HH, HL), np.where(high_lag, LH, LL)).astype(object)
    return out


def local_moran(values, neighbours: Neighbours, *, row_standardise: bool = True, permutations: int = 0,
                seed: Optional[int] = None, correction: str = NO_CORRECTION, alpha: float = 0.05,
                has_geometry: Optional[np.ndarray] = None,
                progress: Optional[Callable[[float], bool]] = None) -> LocalMoranResult:
    values = np.asarray(values, dtype=float)
    n_all = len(values)
    keep, status = usable_areas(values, has_geometry)
    sub = neighbours if keep.all() else neighbours.subset(keep)
    v = values[keep]
    n = len(v)
    if n < 3:
        raise ValueError("local Moran's I needs at least 3 areas with a value, not {0}".format(n))
    sd = float(np.std(v))
    if not sd > 0 or sd < 1e-12 * max(1.0, float(np.abs(v).max())):
        raise NoVariationError(tr("every area has the same value ({0})").format(v[0]))
    z = (v - v.mean()) / sd
    _, nb_w = row_weights(sub, row_standardise, include_self=False)
    lag = neighbour_sums(z, sub, nb_w)
    lm_i = z * lag
    wi = np.bincount(sub.rows, weights=nb_w, minlength=n)
    wi2 = np.bincount(sub.rows, weights=nb_w ** 2, minlength=n)
    # conditional randomisation moments (m2 = 1 for standardised z)
    expectation = -(z ** 2) * wi / (n - 1)
    variance = z ** 2 * n / (n - 2) * (wi2 - wi ** 2 / (n - 1)) * (1.0 - z ** 2 / (n - 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        lm_z = (lm_i - expectation) / np.sqrt(variance)
    card = sub.cardinality
    sub_status = status[keep].copy()
    sub_status[card == 0] = STATUS_NO_NEIGHBOURS
    computed = sub_status == STATUS_OK
    zero = computed & ~(variance > 0)  # z_i = 0 (the mean itself): I_i is 0 whatever the neighbours
    lm_z = np.where(zero, 0.0, lm_z)
    sub_status[computed & ~np.isfinite(lm_z)] = STATUS_UNDEFINED
    computed = sub_status == STATUS_OK
    lm_z = np.where(computed, lm_z, np.nan)
    if permutations:
        p = permutation_p(*permutation_counts(v, sub, nb_w, permutations, seed, progress=progress), permutations)
        p = np.where(zero, 1.0, p)
    else:
        p = normal_two_sided_p(lm_z)
        p = np.where(zero, 1.0, p)
    p = np.where(computed, p, np.nan)
    p_adj = adjust_p(p, correction)
    quad = quadrants(z, lag)
    quad_all = np.where(computed, quad, None)
    sig_quad = np.where(computed, np.where(p_adj < alpha, quad, NOT_SIGNIFICANT), None)
    status[keep] = sub_status

    def obj(values_sub):
        out = np.full(n_all, None, dtype=object)
        out[keep] = values_sub
        return out

    return LocalMoranResult(
        i=scatter(n_all, keep, np.where(computed, lm_i, np.nan)), z=scatter(n_all, keep, lm_z),
        p=scatter(n_all, keep, p), p_adj=scatter(n_all, keep, p_adj),
        quadrant=obj(quad_all), quad=obj(sig_quad), n_neighbours=scatter(n_all, keep, card.astype(float)),
        status=status, tested=int(computed.sum()), permutations=int(permutations), seed=seed,
        correction=correction, alpha=alpha,
    )
