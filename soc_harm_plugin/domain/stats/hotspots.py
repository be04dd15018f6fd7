"""Getis-Ord Gi* hot and cold spots, with the inference shared by local statistics.

Pure numpy. The definitions (``n`` areas with a value, ``x̄`` their mean,
``s`` their population standard deviation; ``w_ij`` the weights with the
area itself included, ``W_i = Σ_j w_ij``, ``S1_i = Σ_j w_ij²``):

    gi_z_i = (Σ_j w_ij x_j − x̄ W_i) / (s · sqrt((n S1_i − W_i²) / (n − 1)))

(Getis & Ord 1992; Ord & Getis 1995), the analytical z under total
randomisation, as esda's ``G_Local(star=True)`` computes it with binary
weights. Row standardising multiplies each row by a constant, which leaves
this z (and every p-value) unchanged for the binary schemes of
:mod:`.spatial_weights`; it is offered because analysts expect it.

p-values are two-sided:

- no permutations: ``2 · (1 − Φ(|z|))``;
- with permutations: conditional randomisation (the area keeps its value,
  the other n − 1 values are shuffled over its neighbours), and
  ``p = (#{|z_perm| ≥ |z_obs|} + 1) / (permutations + 1)``, each sum
  standardised by the exact mean and standard deviation of that conditional
  distribution. One random draw of neighbour positions per permutation is
  shared by all areas (as esda does); each area's own null is exact.

Corrections for testing every area at once: none, false discovery rate
(Benjamini-Hochberg step-up adjusted p-values) or Bonferroni. ``gi_bin`` is
±3, ±2, ±1 where the adjusted p is below 0.01, 0.05, 0.10 (99, 95, 90 %
confidence, the sign of gi_z), else 0; ``gi_sig`` is adjusted p < alpha.

Areas whose value is missing (NaN) take no part: not in the mean, not
anyone's neighbour, and their results are NaN with status ``null_value``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Tuple

import numpy as np

from ..language.messages import tr
from .pvalues import normal_two_sided_p
from ..codes import NO_GEOMETRY
from ..geometry.spatial_weights import Neighbours

NO_CORRECTION = "none"
FDR = "fdr"
BONFERRONI = "bonferroni"
CORRECTIONS = (NO_CORRECTION, FDR, BONFERRONI)  # enum order is public (CORRECTION)

# Area status codes (stable: written into outputs)
STATUS_OK = "ok"
STATUS_NULL = "null_value"
STATUS_NO_GEOMETRY = NO_GEOMETRY  # the same code as a record's
STATUS_NO_NEIGHBOURS = "no_neighbours"
STATUS_UNDEFINED = "undefined"  # the area neighbours every other area: no variance left
AREA_STATUSES = (STATUS_OK, STATUS_NULL, STATUS_NO_GEOMETRY, STATUS_NO_NEIGHBOURS, STATUS_UNDEFINED)

CONFIDENCE_LEVELS = ((0.01, 3), (0.05, 2), (0.10, 1))  # adjusted p below -> |bin|


class NoVariationError(ValueError):
    """Every value is the same: no area can stand out."""


# --------------------------------------------------------------------------- corrections and bins


def adjust_p(p: np.ndarray, method: str) -> np.ndarray:
    """Adjusted p-values over the finite entries (NaN stays NaN and is not counted)."""
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    tested = np.isfinite(p)
    m = int(tested.sum())
    if m == 0:
        return out
    q = p[tested]
    if method == NO_CORRECTION:
        adj = q.copy()
    elif method == BONFERRONI:
        adj = np.minimum(1.0, q * m)
    elif method == FDR:
        order = np.argsort(q, kind="stable")
        ranked = q[order] * m / np.arange(1, m + 1)
        ranked = np.minimum.accumulate(ranked[::-1])[::-1]  # step-up: q_(k) = min_{j>=k} m p_(j) / j
        adj = np.empty(m)
        adj[order] = np.minimum(1.0, ranked)
    else:
        raise ValueError("unknown correction {0!r}".format(method))
    out[tested] = adj
    return out


def confidence_bins(z: np.ndarray, p_adj: np.ndarray) -> np.ndarray:
    """−3..3 per area (float; NaN where p_adj is NaN)."""
    z = np.asarray(z, dtype=float)
    p_adj = np.asarray(p_adj, dtype=float)
    level = np.zeros(z.shape)
    for threshold, value in reversed(CONFIDENCE_LEVELS):  # 0.10 first, overwritten by stricter levels
        level = np.where(p_adj < threshold, value, level)
    out = level * np.sign(z)
    out[~np.isfinite(p_adj)] = np.nan
    return out + 0.0  # no negative zeros


def smallest_attainable_p(permutations: int) -> float:
    return 2.0 / (permutations + 1) if permutations else 0.0


# --------------------------------------------------------------------------- weights


def row_weights(neighbours: Neighbours, row_standardise: bool, include_self: bool) -> Tuple[np.ndarray, np.ndarray]:
    """(self weight per area, weight per neighbour entry): binary 1s, or rows
    divided by their total (the area itself counted when included)."""
    n = neighbours.n
    self_w = np.ones(n) if include_self else np.zeros(n)
    nb_w = np.ones(len(neighbours.indices))
    if row_standardise:
        total = self_w + neighbours.cardinality
        with np.errstate(invalid="ignore", divide="ignore"):
            scale = np.where(total > 0, 1.0 / total, 0.0)
        self_w = self_w * scale
        nb_w = scale[neighbours.rows]
    return self_w, nb_w


def neighbour_sums(values: np.ndarray, neighbours: Neighbours, nb_w: np.ndarray) -> np.ndarray:
    """Σ_j w_ij x_j over each area's neighbours (the area itself excluded)."""
    return np.bincount(neighbours.rows, weights=nb_w * values[neighbours.indices], minlength=neighbours.n)


# --------------------------------------------------------------------------- conditional permutations


def _positions(rng: np.random.Generator, n_others: int, permutations: int, k_max: int) -> np.ndarray:
    """(permutations, k_max) draws without replacement from 0..n_others-1, one row per permutation,
    in random order (any first k of a row are a uniform sample)."""
    if k_max == 0:
        return np.zeros((permutations, 0), dtype=np.int64)
    if k_max * k_max * 4 < n_others:  # duplicates are rare: draw, then redraw rows that have one
        out = rng.integers(0, n_others, size=(permutations, k_max))
        while True:
            s = np.sort(out, axis=1)
            bad = np.flatnonzero((s[:, 1:] == s[:, :-1]).any(axis=1))
            if not len(bad):
                return out.astype(np.int64)
            out[bad] = rng.integers(0, n_others, size=(len(bad), k_max))
    # many neighbours: the k_max smallest of random keys, ordered by key; a block of rows at a time
    out = np.empty((permutations, k_max), dtype=np.int64)
    block = max(1, int(2e7 // max(n_others, 1)))
    for start in range(0, permutations, block):
        keys = rng.random((min(block, permutations - start), n_others))
        if k_max < n_others:
            part = np.argpartition(keys, k_max - 1, axis=1)[:, :k_max]
        else:
            part = np.tile(np.arange(n_others), (len(keys), 1))
        order = np.argsort(np.take_along_axis(keys, part, axis=1), axis=1)
        out[start:start + len(keys)] = np.take_along_axis(part, order, axis=1)
    return out


def permutation_counts(values: np.ndarray, neighbours: Neighbours, nb_w: np.ndarray, permutations: int,
                       seed: Optional[int] = None, chunk: Optional[int] = None, general: bool = False,
                       progress: Optional[Callable[[float], bool]] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Per area: how many conditional permutations give a neighbour sum at
    least as large as the observed one, and how many at most as large
    (``(n_ge, n_le)``; a tie counts in both).

    Area i keeps its value; the other n − 1 values are drawn without
    replacement onto its neighbours. Position r of permutation p is mapped to
    the other areas by r -> r, except i -> n − 1 (a bijection onto the areas
    other than i), so one draw serves every area. Rows whose neighbour
    weights are all equal (every scheme here) are summed from prefix sums of
    the draw; other rows, or ``general=True``, gather their values.
    ``progress(fraction)`` returning True cancels (counts so far returned).
    """
    v = np.asarray(values, dtype=float)
    n = len(v)
    card = neighbours.cardinality
    n_ge = np.zeros(n, dtype=np.int64)
    n_le = np.zeros(n, dtype=np.int64)
    if n < 2 or not permutations or card.max(initial=0) == 0:
        return n_ge, n_le
    k_max = int(card.max())
    rng = np.random.default_rng(seed)
    rids = _positions(rng, n - 1, permutations, k_max)
    rows = neighbours.rows
    obs = neighbour_sums(v, neighbours, nb_w)
    scale = np.bincount(rows, weights=np.abs(nb_w), minlength=n) * (np.abs(v).max() or 1.0)
    tol = 1e-10 * scale  # sums in another order differ in the last bits: ties stay ties
    first_w = np.zeros(n)
    first_w[card > 0] = nb_w[neighbours.indptr[:-1][card > 0]]
    uniform = np.ones(n, dtype=bool)
    if len(nb_w):
        uniform = np.bincount(rows, weights=(nb_w != first_w[rows]).astype(float), minlength=n) == 0
    if general:
        uniform[:] = False

    # prefix sums of the drawn values, and where each area itself was drawn
    prefix = np.zeros((permutations, k_max + 1))
    np.cumsum(v[rids], axis=1, out=prefix[:, 1:])
    flat = rids.ravel()
    order = np.argsort(flat, kind="stable")
    sorted_flat = flat[order]
    last = v[n - 1]

    areas = np.flatnonzero(card > 0)
    if chunk is None:
        chunk = max(16, int(1e6 // permutations))  # (areas x permutations) sums of ~8 MB: cache-friendly
    done = 0
    for start in range(0, len(areas), chunk):
        block = areas[start:start + chunk]
        fast = block[uniform[block]]
        if len(fast):
            k = card[fast]
            sums = prefix[:, k].T.copy()  # (areas, permutations)
            # area i drawn among its first k positions: the value there is the last area's, not its own
            lo = np.searchsorted(sorted_flat, fast, side="left")
            hi = np.searchsorted(sorted_flat, fast, side="right")
            hit_rows = np.repeat(np.arange(len(fast)), hi - lo)
            if len(hit_rows):
                at = np.arange(len(hit_rows)) - np.repeat(np.cumsum(hi - lo) - (hi - lo), hi - lo)
                pos = order[np.repeat(lo, hi - lo) + at]
                perm, slot = pos // k_max, pos % k_max
                inside = slot < k[hit_rows]
                np.add.at(sums, (hit_rows[inside], perm[inside]), last - v[fast[hit_rows[inside]]])
            sums *= first_w[fast][:, None]
            o = obs[fast][:, None]
            t = tol[fast][:, None]
            n_ge[fast] = (sums >= o - t).sum(axis=1)
            n_le[fast] = (sums <= o + t).sum(axis=1)
        for i in block[~uniform[block]]:
            w = nb_w[neighbours.indptr[i]:neighbours.indptr[i + 1]]
            r = rids[:, :len(w)]
            sums = v[np.where(r == i, n - 1, r)] @ w
            n_ge[i] = int((sums >= obs[i] - tol[i]).sum())
            n_le[i] = int((sums <= obs[i] + tol[i]).sum())
        done += len(block)
        if progress is not None and progress(done / len(areas)):
            break
    return n_ge, n_le


def permutation_p(n_ge: np.ndarray, n_le: np.ndarray, permutations: int) -> np.ndarray:
    """Two-sided permutation p: twice the smaller tail, (min(n_ge, n_le) + 1)/(permutations + 1), at most 1."""
    return np.minimum(1.0, 2.0 * (np.minimum(n_ge, n_le) + 1.0) / (permutations + 1.0))


# --------------------------------------------------------------------------- Gi*


@dataclass
class LocalResult:
    """One value per input area (NaN where not computed); ``status`` says why."""

    z: np.ndarray
    p: np.ndarray
    p_adj: np.ndarray
    sig: np.ndarray  # float 1/0, NaN where not computed
    bin: np.ndarray  # float -3..3, NaN where not computed
    n_neighbours: np.ndarray  # neighbours among the areas with a value (NaN: none computed)
    status: np.ndarray  # object array of AREA_STATUSES
    tested: int
    permutations: int
    seed: Optional[int]
    correction: str
    alpha: float
    extra: dict = field(default_factory=dict)

    def count(self, status: str) -> int:
        return int(np.sum(self.status == status))

    @property
    def hot(self) -> int:
        return int(np.sum(self.bin > 0))

    @property
    def cold(self) -> int:
        return int(np.sum(self.bin < 0))


def usable_areas(values: np.ndarray, has_geometry: Optional[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """(usable mask, status per area before the statistic): NaN values and
    missing geometries are excluded and say so."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    status = np.full(n, STATUS_OK, dtype=object)
    geometry = np.ones(n, dtype=bool) if has_geometry is None else np.asarray(has_geometry, dtype=bool)
    status[~geometry] = STATUS_NO_GEOMETRY
    status[~np.isfinite(values)] = STATUS_NULL
    return np.isfinite(values) & geometry, status


def scatter(n: int, keep: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Values of the kept areas back in place among all n; NaN for the rest."""
    out = np.full(n, np.nan)
    out[keep] = values
    return out


def gi_star(values, neighbours: Neighbours, *, row_standardise: bool = False, permutations: int = 0,
            seed: Optional[int] = None, correction: str = NO_CORRECTION, alpha: float = 0.05,
            has_geometry: Optional[np.ndarray] = None,
            progress: Optional[Callable[[float], bool]] = None) -> LocalResult:
    """Getis-Ord Gi* of every area (see the module docstring)."""
    values = np.asarray(values, dtype=float)
    n_all = len(values)
    keep, status = usable_areas(values, has_geometry)
    sub = neighbours if keep.all() else neighbours.subset(keep)
    v = values[keep]
    n = len(v)
    if n < 3:
        raise ValueError("Gi* needs at least 3 areas with a value, not {0}".format(n))
    sd = float(np.std(v))
    if not sd > 0 or sd < 1e-12 * max(1.0, float(np.abs(v).max())):
        raise NoVariationError(tr("every area has the same value ({0})").format(v[0]))

    self_w, nb_w = row_weights(sub, row_standardise, include_self=True)
    lag = self_w * v + neighbour_sums(v, sub, nb_w)
    w_tot = self_w + np.bincount(sub.rows, weights=nb_w, minlength=n)
    s1 = self_w ** 2 + np.bincount(sub.rows, weights=nb_w ** 2, minlength=n)
    mean = float(v.mean())
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (lag - mean * w_tot) / (sd * np.sqrt((n * s1 - w_tot ** 2) / (n - 1)))
    card = sub.cardinality
    sub_status = status[keep].copy()
    sub_status[card == 0] = STATUS_NO_NEIGHBOURS
    sub_status[(card > 0) & ~np.isfinite(z)] = STATUS_UNDEFINED
    computed = sub_status == STATUS_OK
    z = np.where(computed, z, np.nan)

    if permutations:
        p = permutation_p(*permutation_counts(v, sub, nb_w, permutations, seed, progress=progress), permutations)
    else:
        p = normal_two_sided_p(z)
    p = np.where(computed, p, np.nan)
    p_adj = adjust_p(p, correction)
    sig = np.where(computed, (p_adj < alpha).astype(float), np.nan)
    bins = confidence_bins(z, p_adj)
    status[keep] = sub_status
    return LocalResult(
        z=scatter(n_all, keep, z), p=scatter(n_all, keep, p), p_adj=scatter(n_all, keep, p_adj),
        sig=scatter(n_all, keep, sig), bin=scatter(n_all, keep, bins),
        n_neighbours=scatter(n_all, keep, card.astype(float)), status=status,
        tested=int(computed.sum()), permutations=int(permutations), seed=seed, correction=correction, alpha=alpha,
        extra={"mean": mean, "sd": sd, "n": n},
    )


def nothing_can_be_significant(permutations: int, correction: str, tested: int, alpha: float) -> bool:
    """True when the smallest p a permutation test can give cannot pass the
    correction (e.g. 99 permutations, Bonferroni over 1,000 areas)."""
    if not permutations or not tested:
        return False
    smallest = smallest_attainable_p(permutations)  # FDR: with every p at the floor, BH keeps the floor
    if correction == BONFERRONI:
        smallest = min(1.0, smallest * tested)
    return not smallest < alpha


# --------------------------------------------------------------------------- hotspots vs harmspots


HOT_BOTH = "hot_both"
HOT_HARM_ONLY = "hot_harm_only"
HOT_COUNT_ONLY = "hot_count_only"
COLD_BOTH = "cold_both"
OTHER = "other"
HOTHARM_CLASSES = (HOT_BOTH, HOT_HARM_ONLY, HOT_COUNT_ONLY, COLD_BOTH, OTHER)  # stable codes in hotharm_class


@dataclass
class HotHarmResult:
    count: LocalResult
    harm: LocalResult
    hotharm_class: np.ndarray  # object; None where either statistic is missing

    def count_class(self, code: str) -> int:
        return int(np.sum(self.hotharm_class == code))


def hot_vs_harm(counts, harm, neighbours: Neighbours, *, row_standardise: bool = False, permutations: int = 0,
                seed: Optional[int] = None, correction: str = NO_CORRECTION, alpha: float = 0.05,
                has_geometry: Optional[np.ndarray] = None,
                progress: Optional[Callable[[float], bool]] = None) -> HotHarmResult:
    """Gi* of record counts and of harm on the same areas (an area missing
    either value takes part in neither) and where they disagree.

    Hot (cold) means significant at ``alpha`` after the correction with a
    positive (negative) z: ``hot_both``, ``hot_harm_only`` (the places a
    count map misses), ``hot_count_only`` (many records of little harm),
    ``cold_both``, else ``other``.
    """
    counts = np.asarray(counts, dtype=float)
    harm = np.asarray(harm, dtype=float)
    both = np.isfinite(counts) & np.isfinite(harm)
    half = None if progress is None else (lambda f: progress(f / 2))
    second = None if progress is None else (lambda f: progress(0.5 + f / 2))
    kwargs = dict(row_standardise=row_standardise, permutations=permutations, seed=seed, correction=correction,
                  alpha=alpha, has_geometry=has_geometry)
    by_count = gi_star(np.where(both, counts, np.nan), neighbours, progress=half, **kwargs)
    by_harm = gi_star(np.where(both, harm, np.nan), neighbours, progress=second, **kwargs)
    hot_c = (by_count.sig == 1) & (by_count.z > 0)
    hot_h = (by_harm.sig == 1) & (by_harm.z > 0)
    cold_c = (by_count.sig == 1) & (by_count.z < 0)
    cold_h = (by_harm.sig == 1) & (by_harm.z < 0)
    out = np.full(len(counts), OTHER, dtype=object)
    out[cold_c & cold_h] = COLD_BOTH
    out[hot_c & ~hot_h] = HOT_COUNT_ONLY
    out[hot_h & ~hot_c] = HOT_HARM_ONLY
    out[hot_c & hot_h] = HOT_BOTH
    computed = np.isfinite(by_count.z) & np.isfinite(by_harm.z)
    out[~computed] = None
    return HotHarmResult(by_count, by_harm, out)
