"""What drove a change: each area's change in harm split by offence category, code or measure.

Pure module (numpy): the ``DRIVERS`` table of ``socharm:harmchange``.

For every area, and for the force (every record in an area), and for every
driver (a value per record: the harm table's offence category, the code, or a
scheme's measure), the records and harm in the current period and the
baseline are added up exactly as :func:`~.change.compare_periods` adds up the
area's own: the same records (its ``status``: ``current`` and ``baseline``)
and the same baseline arithmetic (the baseline periods' total times
``plan.baseline_scale``, which is the mean of N periods, or the baseline
scaled to the current period's length). So the drivers of an area add up to
the area's own figures: ``harm_change`` over its drivers is the area's
``harm_change``.

``share_of_change`` is the driver's ``harm_change`` as a percentage of the
area's, signs kept: in an area whose harm rose by 100, a driver up 61 has
+61 %, a driver down 10 has -10 %, and the shares add up to 100. When rises
and falls nearly cancel, shares can lie far above 100 % and below 0 %. When
the area's change is zero (nothing in either period, or rises and falls that
cancel exactly) there is nothing to share out: ``share_of_change`` is null
and ``share_reason`` is ``no_change``. Nothing is ever divided by zero.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..lazy import pd  # imported on first use
from ..codes import (
    DRIVER_BY_CATEGORY,
    DRIVER_BY_CODE,
    DRIVER_SCOPE_AREA,
    DRIVER_SCOPE_FORCE,
    IN_BASELINE,
    IN_CURRENT,
    NO_CHANGE_TO_SHARE,
    UNKNOWN_DRIVER,
)
from ..harm.harm_table import normalise_code
from ..periods.plan import PeriodPlan

CANCELLED = 1e-9  # a change this small against the sum of the drivers' moves is rounding, not change

DRIVER_FIELDS = ("area_id", "driver", "n_current", "n_baseline", "harm_current", "harm_baseline", "harm_change",
                 "share_of_change")


@dataclass
class DriverRow:
    scope: str  # "area" or "force"
    area_index: int  # -1 for the force
    driver: str
    n_current: int
    n_baseline: float
    harm_current: float
    harm_baseline: float
    harm_change: float
    share_of_change: Optional[float]
    share_reason: Optional[str]


@dataclass
class Drivers:
    rows: List[DriverRow]
    drivers: List[str]  # every driver seen, in order
    _by_area: Optional[Dict[int, List[DriverRow]]] = field(default=None, init=False, repr=False, compare=False)

    def of_area(self, area_index: int) -> List[DriverRow]:
        if self._by_area is None:  # once: asked for every area, a scan of every row each time is quadratic
            self._by_area = {}
            for r in self.rows:
                if r.scope == DRIVER_SCOPE_AREA:
                    self._by_area.setdefault(r.area_index, []).append(r)
        return list(self._by_area.get(area_index, []))

    def of_force(self) -> List[DriverRow]:
        return [r for r in self.rows if r.scope == DRIVER_SCOPE_FORCE]

    def top(self, area_index: Optional[int], k: int = 3) -> List[Tuple[str, float]]:
        """The ``k`` drivers that moved the most in the direction of the area's change:
        (driver, share) with a positive share, largest first (ties by name). None: the force."""
        rows = self.of_force() if area_index is None else self.of_area(area_index)
        pushing = [r for r in rows if r.share_of_change is not None and r.share_of_change > 0]
        pushing.sort(key=lambda r: (-r.share_of_change, r.driver))
        return [(r.driver, float(r.share_of_change)) for r in pushing[:k]]


def _key(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return UNKNOWN_DRIVER
    text = str(value).strip()
    return text if text else UNKNOWN_DRIVER


def change_drivers(area_index: np.ndarray, weight: np.ndarray, status: np.ndarray, driver: Sequence,
                   n_areas: int, plan: PeriodPlan, with_zero_rows: bool = False,
                   count: Optional[np.ndarray] = None) -> Drivers:
    """Per area and driver (and for the force): records and harm now and in the baseline, the change
    and its share of the area's change.

    ``status`` is the per-record status of :func:`~.change.compare_periods`
    (``ChangeResult.status``), so exactly the records it compared are split.
    ``driver`` holds each record's driver (None: :data:`UNKNOWN_DRIVER`).
    Rows are kept only for drivers with a record in either period of the
    area, unless ``with_zero_rows``. ``count``: the records each row stands
    for (collapsed records, :mod:`.collapse`; None: one each).
    """
    status = np.asarray(status, dtype=object)
    current = status == IN_CURRENT
    baseline = status == IN_BASELINE
    used = current | baseline
    idx = np.asarray(area_index, dtype=np.int64)
    w = np.asarray(weight, dtype=float)
    codes, uniques = pd.factorize(pd.Series(np.asarray(driver, dtype=object)), sort=False)
    unique_keys = [_key(v) for v in uniques] + [UNKNOWN_DRIVER]  # the last: a missing value (code -1)
    keys = np.array(unique_keys, dtype=object)[np.where(codes < 0, len(unique_keys) - 1, codes)]
    names = sorted(set(keys[used].tolist()), key=_sort_key)
    position = {name: k for k, name in enumerate(names)}
    d_index = np.array([position.get(k, -1) for k in unique_keys], dtype=np.int64)[
        np.where(codes < 0, len(unique_keys) - 1, codes)]
    n_drivers = len(names)
    scale = plan.baseline_scale

    def table(mask: np.ndarray, weights=None) -> np.ndarray:
        """(n_areas, n_drivers) sums, added up as compare_periods adds up the areas' (bincount)."""
        rows = np.flatnonzero(mask & (idx >= 0))
        flat = idx[rows] * n_drivers + d_index[rows]
        sums = np.bincount(flat, weights=None if weights is None else weights[rows], minlength=n_areas * n_drivers)
        return sums.astype(float).reshape(n_areas, n_drivers)

    many = None if count is None else np.asarray(count, dtype=float)  # whole numbers, exact below 2**53
    harm = w if many is None else w * many
    nc = table(current, many)
    nb = table(baseline, many)
    hc = table(current, harm)
    hb = table(baseline, harm)
    rows: List[DriverRow] = []
    for a in range(n_areas):
        rows.extend(_rows(DRIVER_SCOPE_AREA, a, names, nc[a], nb[a], hc[a], hb[a], scale, with_zero_rows))
    rows.extend(_rows(DRIVER_SCOPE_FORCE, -1, names, nc.sum(axis=0), nb.sum(axis=0), hc.sum(axis=0), hb.sum(axis=0),
                      scale, with_zero_rows))
    return Drivers(rows, names)


def _rows(scope: str, area: int, names: List[str], nc, nb, hc, hb, scale: float,
          with_zero_rows: bool) -> List[DriverRow]:
    changes = [float(hc[j]) - float(hb[j]) * scale for j in range(len(names))]
    total = math.fsum(changes)
    # rises and falls that cancel up to rounding (0.1 + 0.2 - 0.3) are no change: no share of 1e16 %
    moved = math.fsum(abs(c) for c in changes)
    if abs(total) <= CANCELLED * moved:
        total = 0.0
    out = []
    for j, name in enumerate(names):
        if not with_zero_rows and nc[j] == 0 and nb[j] == 0:
            continue
        if total != 0.0:
            share, reason = 100.0 * changes[j] / total, None
        else:
            share, reason = None, NO_CHANGE_TO_SHARE
        out.append(DriverRow(scope, area, name, int(nc[j]), float(nb[j]) * scale, float(hc[j]),
                             float(hb[j]) * scale, changes[j], share, reason))
    return out


def _sort_key(name: str):
    return (name == UNKNOWN_DRIVER, name.casefold(), name)


def category_of_codes(table_codes: Sequence, categories: Dict[str, str],
                      labels: Optional[Dict[str, str]] = None) -> np.ndarray:
    """Each record's offence category from its matched harm-table code (None: not in the table).

    ``categories`` and ``labels`` map the table's normalised code to its
    category and label; a matched code without a category falls back to its
    label, then to the code itself."""
    cache: Dict[object, Optional[str]] = {}
    out = []
    for code in table_codes:
        if code not in cache:
            if code is None:
                cache[code] = None
            else:
                key = normalise_code(code)
                cache[code] = categories.get(key) or (labels or {}).get(key) or str(code)
        out.append(cache[code])
    return np.array(out + [None], dtype=object)[:-1]


DRIVER_BY_OPTIONS = (DRIVER_BY_CATEGORY, DRIVER_BY_CODE)  # the DRIVER_BY enum of socharm:harmchange, in order (public)


def driver_values(table_codes: Sequence, by: str, categories: Dict[str, str],
                  labels: Dict[str, str]) -> Tuple[np.ndarray, Dict[str, str]]:
    """Each record's driver and a label for each driver, from its matched harm-table code.

    ``by`` :data:`DRIVER_BY_CATEGORY`: the table's category (else the code's
    label, else the code); :data:`DRIVER_BY_CODE`: the code as the table writes
    it, labelled by the table's label. A record with no matched code has no
    driver (None: :data:`UNKNOWN_DRIVER` in the table)."""
    if by == DRIVER_BY_CATEGORY:
        values = category_of_codes(table_codes, categories, labels)
        return values, {str(v): str(v) for v in set(values.tolist()) if v is not None}
    values = np.array([None if c is None else str(c) for c in table_codes] + [None], dtype=object)[:-1]
    named = {}
    for code in set(values.tolist()):
        if code is not None:
            named[code] = labels.get(normalise_code(code)) or code
    return values, named
