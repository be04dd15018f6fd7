"""Change in harm between two periods, and whether it is more than chance.

Pure module (numpy; no scipy): the
engine behind ``socharm:harmchange`` and ``socharm:performanceframework``.

Periods
    The current period and its baseline are planned by
    :mod:`..periods.plan` (baselines, whole months, partial periods).

Exposure
    Counts are compared as rates: a period's exposure is its length in days
    (full dates) or in months (month-only dates, where every month weighs the
    same because the day is unknown). ``n_baseline`` and ``harm_baseline``
    are the baseline scaled to the current period's exposure: for the mean of
    N periods that is their mean; for April against March with full dates it
    is March's figure times 30/31.

Tests and classes
    Whether a change is more than chance, for counts and for harm, and its
    class (increase, decrease, no_change, too_few): :mod:`..stats.change_tests`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..codes import (ASSIGNED, BAD_DATE, FILTERED, IN_BASELINE, IN_CURRENT, INVALID, NO_DATE, NO_GEOMETRY,
                     OUT_OF_PERIOD, OUTSIDE, TOO_FEW)
from ..periods.calendar import Window, data_window, floor_to_month, window_of
from ..harm.scoring import rank_descending
from ..periods.plan import PeriodPlan
from ..stats.change_tests import change_class, count_test, harm_test

PCT_BASELINE_ZERO = "baseline_zero"  # harm_change_pct is null: there is nothing to be a percentage of


# --------------------------------------------------------------------------- the comparison


@dataclass
class DatedRecords:
    """One row per record (or per record and measure): what change and trend need.

    ``status``: the record's status before dates are looked at (assigned,
    outside, no_geometry, invalid, filtered, or another code, still counted);
    only "assigned" records (``area_index`` >= 0) are compared.
    """

    area_index: np.ndarray
    weight: np.ndarray
    day: np.ndarray  # datetime64[D]; NaT where none or unparseable
    status: np.ndarray  # object array of status codes
    unparseable: np.ndarray  # bool
    month_only: bool = False
    unparseable_examples: List[str] = field(default_factory=list)
    measure: Optional[np.ndarray] = None  # object: the theme of each row (None: one theme)
    count: Optional[np.ndarray] = None  # int: the records each row stands for (None: one each; see .collapse)

    def __len__(self) -> int:
        """The rows (records, unless collapsed: see :meth:`records_in`)."""
        return len(self.area_index)

    def counts(self) -> np.ndarray:
        """The records each row stands for."""
        if self.count is None:
            return np.ones(len(self), dtype=np.int64)
        return np.asarray(self.count, dtype=np.int64)

    def records_in(self) -> int:
        """The records the rows stand for."""
        return len(self) if self.count is None else int(np.sum(self.count))

    def in_scope(self) -> np.ndarray:
        """Rows not filtered out by the user (the rows whose dates describe the data)."""
        return self.status != FILTERED

    def data_window(self) -> Optional[Window]:
        scope = self.in_scope()
        return data_window(self.day[scope], self.month_only)

    def select(self, rows: np.ndarray) -> "DatedRecords":
        return DatedRecords(self.area_index[rows], self.weight[rows], self.day[rows], self.status[rows],
                            self.unparseable[rows], self.month_only, list(self.unparseable_examples),
                            None if self.measure is None else self.measure[rows],
                            None if self.count is None else self.count[rows])


def date_status(records: DatedRecords, in_window: np.ndarray, inside: Optional[str] = None) -> np.ndarray:
    """Each row's status in a comparison: filtered, unparseable_date, no_date,
    out_of_period, then its geometry status, else current (window 0) or
    baseline (the others); ``inside`` labels every window alike instead."""
    status = np.asarray(records.status, dtype=object).copy()
    assigned = status == ASSIGNED
    filtered = status == FILTERED
    bad = ~filtered & records.unparseable
    missing = ~filtered & ~bad & np.isnat(records.day)
    out = ~filtered & ~bad & ~missing & (in_window < 0)
    status[bad] = BAD_DATE
    status[missing] = NO_DATE
    status[out] = OUT_OF_PERIOD
    ok = assigned & ~bad & ~missing & ~out
    if inside is not None:
        status[ok] = inside
        return status
    status[ok & (in_window == 0)] = IN_CURRENT
    status[ok & (in_window > 0)] = IN_BASELINE
    return status


def reconcile_statuses(status: np.ndarray, first: Sequence[str] = (IN_CURRENT, IN_BASELINE),
                       counts: Optional[np.ndarray] = None) -> dict:
    """records_in and the count per status (adds up to records_in); ``counts``:
    the records each row stands for (None: one each)."""
    order = tuple(first) + (OUT_OF_PERIOD, NO_DATE, BAD_DATE, OUTSIDE, NO_GEOMETRY, INVALID, FILTERED)
    found = status_totals(status, counts)
    records_in = len(status) if counts is None else int(np.sum(counts))
    by_status = {code: int(found.pop(code, 0)) for code in order}
    for code, n in sorted(found.items(), key=lambda kv: -kv[1]):
        by_status[code] = int(n)
    return {"records_in": int(records_in), "by_status": by_status}


def status_totals(status: np.ndarray, counts: Optional[np.ndarray] = None) -> Dict[str, int]:
    """Status code (as text) -> records, in the codes' alphabetical order; ``counts``: the
    records each row stands for (None: one each). Each distinct code is turned into text
    once (a text copy of a column of millions of statuses would cost 64 bytes a row)."""
    from ..lazy import pd

    codes, uniques = pd.factorize(np.asarray(status, dtype=object).ravel())  # None (and NaN): -1
    labels = [str(u) for u in uniques] + ["None"]
    slot = np.where(codes < 0, len(uniques), codes)
    n_of = (np.bincount(slot, minlength=len(labels)) if counts is None
            else _sum_counts(slot, counts, len(labels)))
    totals: Dict[str, int] = {}
    for label, n in sorted(zip(labels, n_of.tolist())):
        if n:
            totals[label] = totals.get(label, 0) + int(n)
    return totals


def _sum_counts(slot: np.ndarray, counts: np.ndarray, size: int) -> np.ndarray:
    """The counts added up per slot, as whole numbers."""
    # a float sum of whole numbers is exact below 2**53 records
    return np.bincount(slot, weights=np.asarray(counts, dtype=float), minlength=size).astype(np.int64)


@dataclass
class ChangeResult:
    """Per-area columns (numpy arrays, one value per area; None in object
    columns for null) and the force total as a dict with the same keys."""

    columns: Dict[str, np.ndarray]
    force: Dict[str, object]
    plan: PeriodPlan
    reconciliation: dict
    status: np.ndarray
    empty_windows: List[str]


CHANGE_FIELDS = ("n_current", "n_baseline", "harm_current", "harm_baseline", "harm_change", "harm_change_pct",
                 "harm_change_pct_reason", "p_count", "p_harm", "harm_test", "rank_current", "rank_baseline",
                 "rank_change", "change_class", "count_change_class")


def compare_periods(records: DatedRecords, n_areas: int, plan: PeriodPlan, alpha: float = 0.05, seed: int = 0,
                    harm_method: Optional[str] = None,
                    progress=None) -> ChangeResult:
    """Count and harm per area in the compared periods, tested; plus the force total
    (all rows in an area). ``progress(fraction)`` returns False to stop."""
    day = records.day
    if plan.month_only:
        day = floor_to_month(day)
    windows = plan.windows()
    in_window = window_of(day, windows)
    status = date_status(records, in_window)
    current = status == IN_CURRENT
    baseline = status == IN_BASELINE
    idx = records.area_index
    weight = np.asarray(records.weight, dtype=float)
    count = records.counts()
    harm = weight * count  # each row's harm: its weight times the records it stands for
    slot = np.where(current | baseline, idx, -1) + 1

    def per_area(mask, weights=None):
        return np.bincount(np.where(mask, idx, -1) + 1, weights=weights, minlength=n_areas + 1)[1:]

    def records_per_area(mask):
        return _sum_counts(np.where(mask, idx, -1) + 1, count, n_areas + 1)[1:]

    c = records_per_area(current)
    b = records_per_area(baseline)
    hc = per_area(current, harm)
    hb = per_area(baseline, harm)
    scale = plan.baseline_scale
    p0 = plan.p0

    # rows in the compared windows grouped by area, current first
    rows = np.flatnonzero(slot > 0)
    order = rows[np.lexsort((~current[rows], idx[rows]))]
    starts = np.searchsorted(idx[order], np.arange(n_areas + 1))
    columns = _empty_columns(n_areas)
    for a in range(n_areas):
        if progress is not None and a % 200 == 0 and progress(a / max(1, n_areas)) is False:
            break
        these = order[starts[a]:starts[a + 1]]
        cur = these[current[these]]
        base = these[~current[these]]
        _fill(columns, a, int(c[a]), int(b[a]), float(hc[a]), float(hb[a]), weight[cur], weight[base],
              p0, scale, alpha, seed, harm_method, (0, a + 1), *_counts_of(records, cur, base))
    in_area = slot > 0
    force_cur = current & in_area
    force_base = baseline & in_area
    force_cols = _empty_columns(1)
    _fill(force_cols, 0, int(count[force_cur].sum()), int(count[force_base].sum()), float(harm[force_cur].sum()),
          float(harm[force_base].sum()), weight[force_cur], weight[force_base], p0, scale, alpha, seed,
          harm_method, (1,), *_counts_of(records, force_cur, force_base))
    columns["rank_current"] = rank_descending(columns["harm_current"])
    columns["rank_baseline"] = rank_descending(columns["harm_baseline"])
    columns["rank_change"] = columns["rank_baseline"] - columns["rank_current"]
    force = {k: _scalar(v[0]) for k, v in force_cols.items() if not k.startswith("rank")}
    # a compared window in which no record at all falls is most likely missing data
    all_rows = window_of(day[records.in_scope()], windows)
    empty = [w.label() for k, w in enumerate(windows) if not (all_rows == k).any()]
    return ChangeResult(columns, force, plan, reconcile_statuses(status, counts=records.count), status, empty)


def _counts_of(records: DatedRecords, current: np.ndarray, baseline: np.ndarray):
    """(current counts, baseline counts) of the rows chosen (None, None: one record each)."""
    if records.count is None:
        return None, None
    return records.count[current], records.count[baseline]


def _empty_columns(n: int) -> Dict[str, np.ndarray]:
    cols = {
        "n_current": np.zeros(n, dtype=np.int64),
        "n_baseline": np.zeros(n),
        "harm_current": np.zeros(n),
        "harm_baseline": np.zeros(n),
        "harm_change": np.zeros(n),
        "harm_change_pct": np.full(n, np.nan),
        "harm_change_pct_reason": np.full(n, None, dtype=object),
        "p_count": np.full(n, np.nan),
        "p_harm": np.full(n, np.nan),
        "harm_test": np.full(n, None, dtype=object),
        "change_class": np.full(n, TOO_FEW, dtype=object),
        "count_change_class": np.full(n, TOO_FEW, dtype=object),
    }
    return cols


def _fill(cols, a, c, b, hc, hb, w_cur, w_base, p0, scale, alpha, seed, harm_method, seed_key, n_cur=None,
          n_base=None):
    cols["n_current"][a] = c
    cols["n_baseline"][a] = b * scale
    cols["harm_current"][a] = hc
    base = hb * scale
    cols["harm_baseline"][a] = base
    cols["harm_change"][a] = hc - base
    if base > 0:
        cols["harm_change_pct"][a] = (hc - base) / base * 100.0
    else:
        cols["harm_change_pct_reason"][a] = PCT_BASELINE_ZERO
    p, p_up, p_down, direction = count_test(c, b, p0)
    if p is not None:
        cols["p_count"][a] = p
    cols["count_change_class"][a] = change_class(p, direction, p_up, p_down, alpha)
    test = harm_test(w_cur, w_base, p0, seed=seed, method=harm_method, seed_key=seed_key, alpha=alpha,
                     current_counts=n_cur, baseline_counts=n_base)
    if test.p is not None:
        cols["p_harm"][a] = test.p
        cols["harm_test"][a] = test.method
    harm_direction = hc - p0 * (hc + hb)
    cols["change_class"][a] = change_class(test.p, harm_direction, test.p_extreme_up, test.p_extreme_down, alpha)


def _scalar(value):
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
