"""Harm over time: series by month, quarter or year, their trend and a control band.

Pure module (numpy): the engine behind ``socharm:harmtrend``.

Series
    Records (those counted in an area) are binned by calendar month, quarter
    or year, per area and for the whole force (the last row: the sum of the
    areas). Every period from the first to the last the data cover is in the
    series, with 0 where no record falls. A period in which the data hold no
    record at all (in any area, or outside them) is flagged ``no_data``:
    that is most likely missing data (data.police.uk has months missing for
    some forces), not a real zero. A period the data cover only in part (the
    data start or end inside it, e.g. a quarter of which two months are in
    the data) is flagged ``partial``. Neither takes part in the trend or the
    band: they are never compared as if whole.

Trend
    Mann-Kendall on the harm of the usable periods in time order (``mk_s``,
    ``mk_tau``, ``mk_p``), Sen's slope in harm per period (``sen_slope``);
    ``trend_class`` is ``up`` / ``down`` when ``mk_p < alpha`` (the sign of
    S), else ``none``. At least :data:`MIN_TREND_PERIODS` whole periods are
    needed; with fewer the statistics are null and the class ``none``.

Band (control-chart style)
    The latest usable period is compared with the usable periods before it
    (the last ``baseline_periods`` of them, or all): the band is
    ``mean +/- k * s`` (``k`` = ``band_sd``, 2 by default), where ``s`` is the
    standard deviation of the baseline periods' harm (n - 1 divisor), but
    never less than the compound-Poisson standard deviation that chance
    alone gives a period's harm, ``sqrt(mean over baseline periods of the
    sum of squared weights)``: so a quiet area whose baseline happens to be
    flat is not flagged for one ordinary record. The lower limit is cut at 0.
    ``latest_flag`` is ``above`` (harm > high), ``below`` (harm < low) or
    ``within``; null with fewer than :data:`MIN_BAND_PERIODS` baseline periods.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np

from ..codes import ASSIGNED
from ..periods.calendar import CALENDAR_UNITS, Window, bin_label, bin_of, bin_window, floor_to_month
from .change import DatedRecords


UP = "up"
DOWN = "down"
NONE = "none"
TREND_CLASSES = (UP, DOWN, NONE)
ABOVE = "above"
BELOW = "below"
WITHIN = "within"
LATEST_FLAGS = (ABOVE, BELOW, WITHIN)

MIN_TREND_PERIODS = 3
MIN_BAND_PERIODS = 2


@dataclass
class Series:
    """Counts and harm per row (areas, then the force total) and period."""

    unit: str
    numbers: np.ndarray  # period numbers, consecutive
    labels: List[str]
    windows: List[Window]
    partial: np.ndarray  # bool per period
    n: np.ndarray  # (rows, periods) int64
    harm: np.ndarray  # (rows, periods)
    sumsq: np.ndarray  # (rows, periods): sum of squared weights (the chance variance of harm)
    no_data: Optional[np.ndarray] = None  # bool per period: no record at all in the data (missing data?)

    def __post_init__(self):
        if self.no_data is None:
            self.no_data = np.zeros(len(self.numbers), dtype=bool)

    @property
    def empty(self) -> List[str]:
        """The periods in which the data hold no record at all."""
        return [label for label, none in zip(self.labels, self.no_data) if none]

    @property
    def rows(self) -> int:
        return self.n.shape[0]

    @property
    def whole(self) -> np.ndarray:
        return ~self.partial

    @property
    def usable(self) -> np.ndarray:
        """Periods the trend and band use: whole, and with data."""
        return ~self.partial & ~self.no_data


def build_series(records: DatedRecords, n_areas: int, unit: str, data: Optional[Window] = None) -> Series:
    """Per area and force total, per period from the first to the last the data cover."""
    if unit not in CALENDAR_UNITS:
        raise ValueError("unknown unit {0!r}".format(unit))
    day = records.day
    if records.month_only:
        day = floor_to_month(day)
    data = data if data is not None else records.data_window()
    if data is None:
        empty = np.zeros((n_areas + 1, 0))
        return Series(unit, np.zeros(0, dtype=np.int64), [], [], np.zeros(0, dtype=bool),
                      empty.astype(np.int64), empty, empty.copy())
    first = int(bin_of(np.array([data.start], dtype="datetime64[D]"), unit)[0])
    last = int(bin_of(np.array([data.end], dtype="datetime64[D]"), unit)[0])
    numbers = np.arange(first, last + 1, dtype=np.int64)
    k = len(numbers)
    windows = [bin_window(b, unit) for b in numbers]
    partial = np.array([not data.contains(w) for w in windows], dtype=bool)
    counted = (np.asarray(records.status, dtype=object) == ASSIGNED) & (records.area_index >= 0) & ~np.isnat(day)
    col = bin_of(day, unit) - first
    counted &= (col >= 0) & (col < k)
    row = np.where(counted, records.area_index, 0)
    col = np.where(counted, col, 0)
    flat = row * k + col
    size = (n_areas + 1) * k
    w = np.asarray(records.weight, dtype=float)
    if records.count is None:
        n = np.bincount(flat[counted], minlength=size).reshape(n_areas + 1, k).astype(np.int64)
        harm = np.bincount(flat[counted], weights=w[counted], minlength=size).reshape(n_areas + 1, k)
        sumsq = np.bincount(flat[counted], weights=w[counted] ** 2, minlength=size).reshape(n_areas + 1, k)
    else:  # collapsed rows: each stands for count records of its weight
        many = records.counts()[counted].astype(float)  # whole numbers, exact below 2**53
        n = np.bincount(flat[counted], weights=many, minlength=size).reshape(n_areas + 1, k).astype(np.int64)
        harm = np.bincount(flat[counted], weights=w[counted] * many, minlength=size).reshape(n_areas + 1, k)
        sumsq = np.bincount(flat[counted], weights=w[counted] ** 2 * many, minlength=size).reshape(n_areas + 1, k)
    n[n_areas] = n[:n_areas].sum(axis=0)
    harm[n_areas] = harm[:n_areas].sum(axis=0)
    sumsq[n_areas] = sumsq[:n_areas].sum(axis=0)
    # a period with no dated record at all in the data (whatever its area): missing data?
    scope = records.in_scope() & ~np.isnat(day)
    any_col = bin_of(day[scope], unit) - first
    seen = np.zeros(k, dtype=bool)
    seen[any_col[(any_col >= 0) & (any_col < k)]] = True
    labels = [bin_label(b, unit) for b in numbers]
    return Series(unit, numbers, labels, windows, partial, n, harm, sumsq, ~seen)


def control_band(harm: np.ndarray, sumsq: np.ndarray, band_sd: float = 2.0):
    """(mean, low, high) of a baseline: mean +/- band_sd * max(sample sd, chance sd), low cut at 0.

    ``harm`` and ``sumsq``: the baseline periods' harm and sum of squared weights
    (rows x periods, or one series)."""
    harm = np.atleast_2d(np.asarray(harm, dtype=float))
    sumsq = np.atleast_2d(np.asarray(sumsq, dtype=float))
    mean = harm.mean(axis=1)
    sd = harm.std(axis=1, ddof=1) if harm.shape[1] > 1 else np.zeros(harm.shape[0])
    chance = np.sqrt(sumsq.mean(axis=1))
    half = band_sd * np.maximum(sd, chance)
    return mean, np.maximum(mean - half, 0.0), mean + half


def summarise(series: Series, alpha: float = 0.05, band_sd: float = 2.0, baseline_periods: int = 0) -> Dict[str,
        np.ndarray]:
    """Per row of the series (areas, then the force): totals, trend and the latest period's flag."""
    from ..stats.mann_kendall import mann_kendall_rows, sens_slope

    rows = series.rows
    whole = np.flatnonzero(series.usable)
    out: Dict[str, np.ndarray] = {
        "n_total": series.n[:, whole].sum(axis=1) if len(whole) else np.zeros(rows, dtype=np.int64),
        "harm_total": series.harm[:, whole].sum(axis=1) if len(whole) else np.zeros(rows),
        "periods": np.full(rows, len(whole), dtype=np.int64),
        "mk_s": np.full(rows, np.nan),
        "mk_tau": np.full(rows, np.nan),
        "mk_p": np.full(rows, np.nan),
        "sen_slope": np.full(rows, np.nan),
        "trend_class": np.full(rows, NONE, dtype=object),
        "latest_period": np.full(rows, None, dtype=object),
        "latest_n": np.full(rows, -1, dtype=np.int64),
        "latest_harm": np.full(rows, np.nan),
        "band_mean": np.full(rows, np.nan),
        "band_low": np.full(rows, np.nan),
        "band_high": np.full(rows, np.nan),
        "latest_flag": np.full(rows, None, dtype=object),
    }
    if len(whole) >= MIN_TREND_PERIODS:
        harm = series.harm[:, whole]
        mk = mann_kendall_rows(harm)
        out["mk_s"] = np.asarray(mk.s, dtype=float)
        out["mk_tau"] = np.asarray(mk.tau, dtype=float)
        out["mk_p"] = np.asarray(mk.p, dtype=float)
        times = whole.astype(float)  # a period left out leaves a gap in time
        out["sen_slope"] = np.array([sens_slope(harm[r], times).slope for r in range(rows)], dtype=float)
        significant = out["mk_p"] < alpha
        out["trend_class"] = np.where(significant & (out["mk_s"] > 0), UP,
                                      np.where(significant & (out["mk_s"] < 0), DOWN, NONE)).astype(object)
    if len(whole):
        latest = whole[-1]
        out["latest_period"][:] = series.labels[latest]
        out["latest_n"] = series.n[:, latest].copy()
        out["latest_harm"] = series.harm[:, latest].copy()
        base = whole[:-1]
        if baseline_periods and baseline_periods > 0:
            base = base[-int(baseline_periods):]
        if len(base) >= MIN_BAND_PERIODS:
            mean, low, high = control_band(series.harm[:, base], series.sumsq[:, base], band_sd)
            out["band_mean"], out["band_low"], out["band_high"] = mean, low, high
            value = out["latest_harm"]
            out["latest_flag"] = np.where(value > high, ABOVE, np.where(value < low, BELOW, WITHIN)).astype(object)
    return out


def band_periods(series: Series, baseline_periods: int = 0) -> List[str]:
    """The labels of the periods the band is built from."""
    whole = np.flatnonzero(series.usable)
    base = whole[:-1]
    if baseline_periods and baseline_periods > 0:
        base = base[-int(baseline_periods):]
    return [series.labels[j] for j in base]


def top_rows(harm_total: np.ndarray, n_areas: int, top: int) -> List[int]:
    """The areas (row numbers) with the most harm over the series, most first; ties by row."""
    values = np.asarray(harm_total[:n_areas], dtype=float)
    order = np.lexsort((np.arange(n_areas), -values))
    return [int(r) for r in order[:max(0, int(top))] if values[r] > 0]

