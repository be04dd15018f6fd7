"""Did it work? The impact of an intervention on records and harm: target, buffer, control.

Pure module (numpy; stdlib ``statistics`` for the normal quantile): the
arithmetic behind ``socharm:interventionimpact``.

Zones and periods
    Every record is counted in exactly one zone (``target``: where the
    operation ran; ``buffer``: around it, where crime could be displaced to;
    ``control``: where the operation did not reach) and exactly one period
    (``before`` or ``after``), or counted with the reason it is in none
    (``outside`` every zone, ``out_of_period``, ``no_date``, ...). The six
    cells are written ``A`` (target), ``B`` (buffer), ``C`` (control) with
    ``b`` (before) and ``a`` (after): ``Ab`` is the target before.

Relative effect size (Farrington et al. 2007; Welsh & Farrington 2009)
    ``ODDS_RATIO = (Ab × Ca) / (Aa × Cb)``: above 1 the target improved
    relative to the control. Its logarithm has the variance
    ``1/Ab + 1/Aa + 1/Cb + 1/Ca`` (counts taken as Poisson), which gives the
    interval ``exp(ln OR ± z × sqrt(var))``. When a cell is 0 the logarithm is
    undefined; 0.5 is then added to each of the four counts (the
    Haldane-Anscombe correction) and the result says so. The buffer's own
    relative effect (buffer against control) is the same with ``B`` for ``A``.

Harm analogue
    ``HARM_EFFECT = (HAb × HCa) / (HAa × HCb)`` with harm in place of
    counts. A harm total is a weighted count, dominated by its few heaviest
    records (one homicide weighs as much as 600 thefts), so the Poisson
    variance does not apply. Its interval is a seeded bootstrap: each record
    is drawn Poisson(1) times (records of equal weight together: their total
    draw is Poisson(their number)), which resamples every cell as a
    compound-Poisson sum, the model of ``socharm:harmchange``'s harm test; the
    interval is the percentile interval of the replicates' effects (order
    statistics, no interpolation). A bootstrap, not a relabelling: a
    relabelling tests "no change at all" and gives a p-value; the question
    here is how precisely the effect is measured. With every weight 1 the
    bootstrap interval agrees with the count interval.

Weighted displacement quotient (Bowers & Johnson 2003)
    ``WDQ = (Ba/Ca − Bb/Cb) / (Aa/Ca − Ab/Cb)``: the buffer's change relative
    to the control over the target's. With a target that improved (the
    denominator below 0), a negative WDQ is displacement (the buffer worsened),
    a positive one diffusion of benefit. It is undefined (null, with the
    reason) when the target had no record before (``Ab`` = 0: nothing to
    reduce), when the control has none in a period, or when the denominator is
    0; it is never divided by 0. A denominator within
    :data:`WDQ_NEAR_ZERO` of the target's level before (relative to the
    control) is reported but not read as displacement. The total net effect
    ``TNE = (Ab × Ca/Cb − Aa) + (Bb × Ca/Cb − Ba)`` is the records (or harm)
    prevented in target and buffer together, net of any displacement; it is
    undefined when ``Cb`` = 0.

Classes
    Target: ``reduction`` when the interval of the relative effect lies above
    1, ``increase`` when it lies below 1, else ``no_evidence``. Buffer (judged
    only when the target shows a ``reduction``): ``displacement`` when the
    buffer's relative effect lies wholly below 1 (it worsened relative to the
    control, so the WDQ is negative), ``diffusion_of_benefit`` when it lies
    wholly above 1, else ``neither``; also ``neither`` when the WDQ is
    undefined or its denominator is near zero.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..codes import (
    AFTER,
    BEFORE,
    BUFFER,
    CONTROL,
    DIFFUSION_OF_BENEFIT,
    DISPLACEMENT,
    IMPACT_PERIODS,
    INCREASE,
    NEITHER,
    NO_EVIDENCE,
    OUTSIDE,
    REDUCTION,
    TARGET,
    ZONE_PERIOD_STATUSES,
    ZONES,
)
from ..periods.calendar import Window, floor_to_month, month_end, month_start, window_of
from ..periods.plan import PeriodError
from .change import DatedRecords, date_status, reconcile_statuses

# --------------------------------------------------------------------------- codes (stable: written into outputs)

# the zones, periods, classes and record statuses are in domain/codes.py: ZONES (the zones' indices in
# area_index: 0, 1, 2), IMPACT_PERIODS, TARGET_CLASSES, BUFFER_CLASSES, ZONE_PERIOD_STATUSES, OUTSIDE

# why a measure is undefined (null) or not read
WDQ_TARGET_BEFORE_ZERO = "target_before_zero"
WDQ_CONTROL_ZERO = "control_zero"
WDQ_NO_TARGET_CHANGE = "no_target_change"
WDQ_NEAR_ZERO_NOTE = "denominator_near_zero"
ZERO_HARM = "zero_harm_in_a_cell"
NO_RECORDS = "no_records"
BUFFER_NOT_JUDGED = "target_not_reduced"

# plan notes (stable codes; the adapter words them)
NOTE_WIDENED = "widened_to_whole_months"
NOTE_BEFORE_PARTIAL = "before_partial"
NOTE_AFTER_PARTIAL = "after_partial"
NOTE_GAP = "gap_between_periods"

WDQ_NEAR_ZERO = 0.05  # |Aa/Ca - Ab/Cb| below 5 % of Ab/Cb: the target barely moved against the control
HALDANE = 0.5  # added to each count of a 2 x 2 table with a zero cell
DEFAULT_DRAWS = 1999  # bootstrap replicates: (draws + 1) x 2.5 % is a whole number
DEFAULT_CONFIDENCE = 0.95
_CHUNK = 4_000_000  # Poisson draws made at once (bounds memory)


# --------------------------------------------------------------------------- periods


@dataclass
class ImpactPeriods:
    """The before and after periods (both ends included), with the data's coverage and notes."""

    before: Window
    after: Window
    month_only: bool
    data: Window
    notes: List[Tuple[str, dict]] = field(default_factory=list)

    def windows(self) -> List[Window]:
        return [self.before, self.after]

    def as_dict(self) -> dict:
        return {
            "before": self.before.as_dict(),
            "after": self.after.as_dict(),
            "intervention": self.after.start.isoformat(),
            "month_only": self.month_only,
            "data": self.data.as_dict(),
            "notes": [{"code": code, **{k: str(v) for k, v in details.items()}} for code, details in self.notes],
        }


def plan_impact_periods(before_start: dt.date, before_end: dt.date, after_start: dt.date, after_end: dt.date, *,
                        month_only: bool = False, data: Optional[Window] = None) -> ImpactPeriods:
    """The periods to compare, checked against each other and the data.

    With month-only dates both periods are widened to whole months (a
    month-only record cannot be placed within its month), and then checked.
    Raises PeriodError: ``start_after_end`` (``period`` = before or after),
    ``periods_overlap``, ``after_before_before``, ``no_data``,
    ``intervention_after_data`` (the after period starts after the last
    record), ``before_no_data`` (no day of the before period is in the data).
    A period the data cover only in part is noted, not refused: the control
    shares the same coverage, so the relative measures are not biased, but the
    counts are for the part covered.
    """
    for name, start, end in ((BEFORE, before_start, before_end), (AFTER, after_start, after_end)):
        if start > end:
            raise PeriodError("start_after_end", period=name, start=start, end=end)
    notes: List[Tuple[str, dict]] = []
    before, after = Window(before_start, before_end), Window(after_start, after_end)
    if month_only:
        for name, window in ((BEFORE, before), (AFTER, after)):
            if not window.whole_months:
                notes.append((NOTE_WIDENED, {"period": name, "asked": window.label(),
                                             "used": Window(month_start(window.start), month_end(window.end)).label()}))
        before = Window(month_start(before.start), month_end(before.end))
        after = Window(month_start(after.start), month_end(after.end))
    if before.overlap(after) is not None:
        raise PeriodError("periods_overlap", before=before.label(), after=after.label())
    if after.end < before.start:
        raise PeriodError("after_before_before", before=before.label(), after=after.label())
    if data is None:
        raise PeriodError("no_data")
    if after.start > data.end:
        raise PeriodError("intervention_after_data", intervention=after.start.isoformat(), data=data.label())
    if before.overlap(data) is None:
        raise PeriodError("before_no_data", before=before.label(), data=data.label())
    for code, window in ((NOTE_BEFORE_PARTIAL, before), (NOTE_AFTER_PARTIAL, after)):
        if not data.contains(window):
            covered = window.overlap(data)
            notes.append((code, {"asked": window.label(), "covered": covered.label() if covered else "",
                                 "data": data.label()}))
    if (after.start - before.end).days > 1:
        notes.append((NOTE_GAP, {"from": (before.end + dt.timedelta(days=1)).isoformat(),
                                 "to": (after.start - dt.timedelta(days=1)).isoformat()}))
    return ImpactPeriods(before, after, month_only, data, notes)


# --------------------------------------------------------------------------- counting records in zones and periods


@dataclass
class ZoneCell:
    """The records of one zone in one period: their number, harm and weights grouped by value."""

    n: int
    harm: float
    values: np.ndarray  # distinct weights
    counts: np.ndarray  # records holding each


@dataclass
class Tally:
    """Records and harm per zone (rows: target, buffer, control) and period (columns: before, after)."""

    cells: List[List[ZoneCell]]
    status: np.ndarray
    reconciliation: dict

    def n(self, zone: str, period: str) -> int:
        return self.cells[ZONES.index(zone)][IMPACT_PERIODS.index(period)].n

    def harm(self, zone: str, period: str) -> float:
        return self.cells[ZONES.index(zone)][IMPACT_PERIODS.index(period)].harm

    def counts(self) -> np.ndarray:
        return np.array([[c.n for c in row] for row in self.cells], dtype=np.int64)

    def harms(self) -> np.ndarray:
        return np.array([[c.harm for c in row] for row in self.cells], dtype=float)

    def rows(self) -> List[dict]:
        """The OUTPUT table: one row per zone."""
        return [{"zone": z, "n_before": self.n(z, BEFORE), "n_after": self.n(z, AFTER),
                 "harm_before": self.harm(z, BEFORE), "harm_after": self.harm(z, AFTER)} for z in ZONES]


def tally(records: DatedRecords, periods: ImpactPeriods, control_is_rest: bool = False) -> Tally:
    """Each record in exactly one zone and period, or counted with its reason.

    ``records.area_index`` is the zone (0 target, 1 buffer, 2 control; -1 in
    none, status ``outside``). With ``control_is_rest`` the control is every
    located record outside target and buffer: ``outside`` rows become control.
    Status precedence: filtered, unparseable_date, no_date, out_of_period,
    then the location (no_geometry, invalid, outside), then the zone and period.
    """
    area = np.asarray(records.area_index, dtype=np.int64).copy()
    status_in = np.asarray(records.status, dtype=object).copy()
    if control_is_rest:
        rest = status_in == OUTSIDE
        area[rest] = ZONES.index(CONTROL)
        status_in[rest] = "assigned"
    dated = DatedRecords(area, records.weight, records.day, status_in, records.unparseable, records.month_only)
    day = floor_to_month(records.day) if periods.month_only else records.day
    in_window = window_of(day, periods.windows())
    status = date_status(dated, in_window, inside="in")
    ok = status == "in"
    weight = np.asarray(records.weight, dtype=float)
    cells: List[List[ZoneCell]] = []
    for z in range(len(ZONES)):
        row = []
        for p in range(len(IMPACT_PERIODS)):
            mask = ok & (area == z) & (in_window == p)
            status[mask] = ZONE_PERIOD_STATUSES[z * len(IMPACT_PERIODS) + p]
            w = weight[mask]
            values, counts = np.unique(w, return_counts=True)
            row.append(ZoneCell(int(mask.sum()), math.fsum(w.tolist()), values, counts.astype(np.int64)))
        cells.append(row)
    return Tally(cells, status, reconcile_statuses(status, ZONE_PERIOD_STATUSES))


# --------------------------------------------------------------------------- measures


def z_value(confidence: float) -> float:
    """The two-sided normal quantile: 1.959964 for 95 %."""
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


@dataclass
class Ratio:
    """A relative effect with its interval; ``value`` None (with ``reason``) when undefined."""

    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    corrected: bool = False  # Haldane-Anscombe: 0.5 added to every count
    reason: Optional[str] = None
    method: str = ""

    def as_dict(self) -> dict:
        return {"value": self.value, "low": self.low, "high": self.high, "corrected": self.corrected,
                "reason": self.reason, "method": self.method}


def odds_ratio(before: float, after: float, control_before: float, control_after: float,
               confidence: float = DEFAULT_CONFIDENCE) -> Ratio:
    """Farrington's relative effect size (before × control after) / (after × control before), with
    the interval from the variance of its logarithm, 1/a + 1/b + 1/c + 1/d."""
    cells = [float(before), float(after), float(control_before), float(control_after)]
    if cells[0] + cells[1] == 0 or cells[2] + cells[3] == 0:
        return Ratio(None, reason=NO_RECORDS, method="log_odds_normal")
    corrected = min(cells) == 0
    if corrected:
        cells = [c + HALDANE for c in cells]
    a, b, c, d = cells
    log_ratio = math.log(a) + math.log(d) - math.log(b) - math.log(c)
    se = math.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d)
    z = z_value(confidence)
    return Ratio(math.exp(log_ratio), math.exp(log_ratio - z * se), math.exp(log_ratio + z * se), corrected,
                 method="log_odds_normal")


def effect(before: float, after: float, control_before: float, control_after: float) -> Optional[float]:
    """(before × control after) / (after × control before); None when a factor is 0."""
    if min(before, after, control_before, control_after) <= 0:
        return None
    return (before * control_after) / (after * control_before)


@dataclass
class Quotient:
    """The weighted displacement quotient and its parts."""

    value: Optional[float]
    numerator: Optional[float]  # Ba/Ca - Bb/Cb: the buffer's change relative to the control
    denominator: Optional[float]  # Aa/Ca - Ab/Cb: the target's change relative to the control
    reason: Optional[str] = None  # why value is None, or WDQ_NEAR_ZERO_NOTE
    total_net_effect: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None

    @property
    def near_zero(self) -> bool:
        return self.reason == WDQ_NEAR_ZERO_NOTE

    def as_dict(self) -> dict:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator,
                "reason": self.reason, "total_net_effect": self.total_net_effect, "low": self.low, "high": self.high}


def total_net_effect(tb: float, ta: float, bb: float, ba: float, cb: float, ca: float) -> Optional[float]:
    """(Ab × Ca/Cb − Aa) + (Bb × Ca/Cb − Ba): prevented in target and buffer, net of displacement."""
    if cb == 0:
        return None
    trend = ca / cb
    return (tb * trend - ta) + (bb * trend - ba)


def displacement_quotient(tb: float, ta: float, bb: float, ba: float, cb: float, ca: float) -> Quotient:
    """Bowers & Johnson's WDQ from target, buffer and control before (b) and after (a)."""
    tne = total_net_effect(tb, ta, bb, ba, cb, ca)
    if cb == 0 or ca == 0:
        return Quotient(None, None, None, WDQ_CONTROL_ZERO, tne)
    numerator = ba / ca - bb / cb
    if tb == 0:
        return Quotient(None, numerator, ta / ca, WDQ_TARGET_BEFORE_ZERO, tne)
    denominator = ta / ca - tb / cb
    if denominator == 0:
        return Quotient(None, numerator, denominator, WDQ_NO_TARGET_CHANGE, tne)
    near = abs(denominator) < WDQ_NEAR_ZERO * (tb / cb)
    return Quotient(numerator / denominator, numerator, denominator, WDQ_NEAR_ZERO_NOTE if near else None, tne)


def _quotient_values(t_b, t_a, b_b, b_a, c_b, c_a) -> np.ndarray:
    """The WDQ of many replicates at once (NaN where undefined)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        numerator = b_a / c_a - b_b / c_b
        denominator = t_a / c_a - t_b / c_b
        value = numerator / denominator
    bad = (t_b == 0) | (c_b == 0) | (c_a == 0) | (denominator == 0) | ~np.isfinite(value)
    return np.where(bad, np.nan, value)


# --------------------------------------------------------------------------- bootstrap


def bootstrap(cells: Sequence[ZoneCell], draws: int, seed: int) -> Tuple[np.ndarray, np.ndarray]:
    """(counts, harms), each (draws, len(cells)): every record drawn Poisson(1) times.

    Records of equal weight are drawn together (a sum of k Poisson(1) is
    Poisson(k)), so the cost follows the distinct weights, not the records.
    Seeded: the same seed gives the same replicates."""
    rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, 15])
    n_rep = np.zeros((draws, len(cells)), dtype=np.int64)
    h_rep = np.zeros((draws, len(cells)), dtype=float)
    for k, cell in enumerate(cells):
        if not len(cell.counts):
            continue
        step = max(1, _CHUNK // len(cell.counts))
        for first in range(0, draws, step):
            size = min(step, draws - first)
            got = rng.poisson(cell.counts[None, :].astype(float), size=(size, len(cell.counts)))
            n_rep[first:first + size, k] = got.sum(axis=1)
            h_rep[first:first + size, k] = got @ cell.values
    return n_rep, h_rep


def percentile_interval(values: np.ndarray,
                        confidence: float = DEFAULT_CONFIDENCE) -> Tuple[Optional[float], Optional[float], int]:
    """(low, high, replicates used): the k-th smallest and k-th largest of the defined
    replicates, k = floor((R + 1) × (1 − confidence) / 2). Undefined (NaN) replicates are
    left out; infinite ones are kept (an effect with nothing after is infinite)."""
    values = np.asarray(values, dtype=float)
    values = np.sort(values[~np.isnan(values)])
    used = len(values)
    k = int(math.floor((used + 1) * (1.0 - confidence) / 2.0 + 1e-9))
    if used == 0 or k < 1:
        return None, None, used
    return float(values[k - 1]), float(values[used - k]), used


def _effects(t_b, t_a, c_b, c_a) -> np.ndarray:
    """(t_b × c_a) / (t_a × c_b) per replicate: inf where only the denominator is 0, NaN where both are."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return (t_b * c_a) / (t_a * c_b)


def _finite_or_none(value: Optional[float]) -> Optional[float]:
    return None if value is None or not math.isfinite(value) else float(value)


def harm_ratio(before: float, after: float, control_before: float, control_after: float,
               replicates: np.ndarray, confidence: float = DEFAULT_CONFIDENCE) -> Ratio:
    """The harm analogue of the relative effect with its percentile bootstrap interval.
    ``replicates`` is (draws, 4): before, after, control before, control after."""
    value = effect(before, after, control_before, control_after)
    if value is None:
        return Ratio(None, reason=ZERO_HARM, method="poisson_bootstrap_percentile")
    low, high, _used = percentile_interval(_effects(*replicates.T), confidence)
    return Ratio(value, low, high, method="poisson_bootstrap_percentile")


# --------------------------------------------------------------------------- classes


def target_class(ratio: Ratio) -> str:
    """reduction (interval above 1), increase (below 1), else no_evidence."""
    if ratio.value is None or ratio.low is None or ratio.high is None:
        return NO_EVIDENCE
    if ratio.low > 1.0:
        return REDUCTION
    if ratio.high < 1.0:
        return INCREASE
    return NO_EVIDENCE


def buffer_class(target: str, buffer_ratio: Ratio, quotient: Quotient) -> Tuple[str, Optional[str]]:
    """(class, why it is neither): the buffer is judged only where the target shows a reduction."""
    if target != REDUCTION:
        return NEITHER, BUFFER_NOT_JUDGED
    if quotient.value is None or quotient.near_zero:
        return NEITHER, quotient.reason
    if buffer_ratio.value is None or buffer_ratio.low is None or buffer_ratio.high is None:
        return NEITHER, buffer_ratio.reason or NO_RECORDS
    if buffer_ratio.high < 1.0 and quotient.value < 0:
        return DISPLACEMENT, None
    if buffer_ratio.low > 1.0 and quotient.value > 0:
        return DIFFUSION_OF_BENEFIT, None
    return NEITHER, None


# --------------------------------------------------------------------------- the evaluation


@dataclass
class ImpactResult:
    tally: Tally
    odds_ratio: Ratio
    buffer_odds_ratio: Ratio
    harm_effect: Ratio
    buffer_harm_effect: Ratio
    wdq_count: Quotient
    wdq_harm: Quotient
    target_class: str
    buffer_class: str
    buffer_reason: Optional[str]
    target_harm_class: str
    buffer_harm_class: str
    buffer_harm_reason: Optional[str]
    confidence: float
    draws: int
    seed: int

    def outputs(self) -> Dict[str, object]:
        """The algorithm's results by output name (None for undefined)."""
        def v(x):
            return _finite_or_none(x)

        return {
            "ODDS_RATIO": v(self.odds_ratio.value), "ODDS_RATIO_LOW": v(self.odds_ratio.low),
            "ODDS_RATIO_HIGH": v(self.odds_ratio.high),
            "HARM_EFFECT": v(self.harm_effect.value), "HARM_EFFECT_LOW": v(self.harm_effect.low),
            "HARM_EFFECT_HIGH": v(self.harm_effect.high),
            "WDQ_COUNT": v(self.wdq_count.value), "WDQ_HARM": v(self.wdq_harm.value),
            "WDQ_COUNT_LOW": v(self.wdq_count.low), "WDQ_COUNT_HIGH": v(self.wdq_count.high),
            "WDQ_HARM_LOW": v(self.wdq_harm.low), "WDQ_HARM_HIGH": v(self.wdq_harm.high),
            "TNE_COUNT": v(self.wdq_count.total_net_effect), "TNE_HARM": v(self.wdq_harm.total_net_effect),
            "BUFFER_ODDS_RATIO": v(self.buffer_odds_ratio.value),
            "BUFFER_ODDS_RATIO_LOW": v(self.buffer_odds_ratio.low),
            "BUFFER_ODDS_RATIO_HIGH": v(self.buffer_odds_ratio.high),
            "BUFFER_HARM_EFFECT": v(self.buffer_harm_effect.value),
            "BUFFER_HARM_EFFECT_LOW": v(self.buffer_harm_effect.low),
            "BUFFER_HARM_EFFECT_HIGH": v(self.buffer_harm_effect.high),
            "TARGET_CLASS": self.target_class, "BUFFER_CLASS": self.buffer_class,
            "TARGET_HARM_CLASS": self.target_harm_class, "BUFFER_HARM_CLASS": self.buffer_harm_class,
        }

    def zone_result(self, zone: str) -> str:
        """What the map styles each zone by: the target's and buffer's classes; the control is the control."""
        if zone == TARGET:
            return self.target_class
        if zone == BUFFER:
            return self.buffer_class
        return CONTROL

    def as_dict(self) -> dict:
        return {
            "cells": self.tally.rows(),
            "odds_ratio": self.odds_ratio.as_dict(),
            "buffer_odds_ratio": self.buffer_odds_ratio.as_dict(),
            "harm_effect": self.harm_effect.as_dict(),
            "buffer_harm_effect": self.buffer_harm_effect.as_dict(),
            "wdq_count": self.wdq_count.as_dict(),
            "wdq_harm": self.wdq_harm.as_dict(),
            "target_class": self.target_class,
            "buffer_class": self.buffer_class,
            "buffer_class_reason": self.buffer_reason,
            "target_harm_class": self.target_harm_class,
            "buffer_harm_class": self.buffer_harm_class,
            "buffer_harm_class_reason": self.buffer_harm_reason,
            "confidence": self.confidence,
            "bootstrap": {"draws": self.draws, "seed": self.seed,
                          "method": "each record drawn Poisson(1) times; percentile interval (order statistics)"},
            "wdq_near_zero": WDQ_NEAR_ZERO,
        }


def evaluate_impact(counted: Tally, confidence: float = DEFAULT_CONFIDENCE, draws: int = DEFAULT_DRAWS,
                    seed: int = 1) -> ImpactResult:
    """Every measure, interval and class from the tally of records in zones and periods."""
    n = counted.counts().astype(float)
    h = counted.harms()
    (tb, ta), (bb, ba), (cb, ca) = n
    (htb, hta), (hbb, hba), (hcb, hca) = h
    flat = [cell for row in counted.cells for cell in row]  # tb, ta, bb, ba, cb, ca
    n_rep, h_rep = bootstrap(flat, draws, seed)
    n_rep = n_rep.astype(float)

    ratio = odds_ratio(tb, ta, cb, ca, confidence)
    buffer_ratio = odds_ratio(bb, ba, cb, ca, confidence)
    harm = harm_ratio(htb, hta, hcb, hca, h_rep[:, [0, 1, 4, 5]], confidence)
    buffer_harm = harm_ratio(hbb, hba, hcb, hca, h_rep[:, [2, 3, 4, 5]], confidence)

    wdq_n = displacement_quotient(tb, ta, bb, ba, cb, ca)
    wdq_h = displacement_quotient(htb, hta, hbb, hba, hcb, hca)
    for quotient, rep in ((wdq_n, n_rep), (wdq_h, h_rep)):
        if quotient.value is not None:
            low, high, _used = percentile_interval(_quotient_values(*rep.T), confidence)
            quotient.low, quotient.high = low, high

    t_class = target_class(ratio)
    b_class, b_reason = buffer_class(t_class, buffer_ratio, wdq_n)
    th_class = target_class(harm)
    bh_class, bh_reason = buffer_class(th_class, buffer_harm, wdq_h)
    return ImpactResult(counted, ratio, buffer_ratio, harm, buffer_harm, wdq_n, wdq_h, t_class, b_class, b_reason,
                        th_class, bh_class, bh_reason, confidence, draws, seed)
