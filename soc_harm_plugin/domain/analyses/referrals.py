"""Nominal referrals: did the harm linked to nominals fall after they were
referred (to a diversionary scheme, or disrupted), compared with similar
nominals who were not referred?

The engine behind ``socharm:referralimpact``. Pure module (numpy); the
adapter reads the layers, the harm weights and the links (through
:func:`..harm.links.link_pairs`, the reader ``socharm:scorescheme`` uses).

Windows
    A referral is dated to its month (month-only dates are enough). Its
    *before* window is the ``months_before`` whole months before the month of
    referral, its *after* window the ``months_after`` whole months after it.
    The month of referral itself is in neither: with a date known to the
    month, records in it cannot be put on either side (links dated in it are
    counted as ``referral_month``).

    The data cover the months from the first to the last dated record of the
    events layer. A referred nominal whose windows are not wholly covered
    (referred near either end of the data) cannot be compared:
    ``referred_window_outside_data``.

Who is compared with whom
    The *referred* cohort: nominals referred in the period studied (every
    referral date when no period is given). The *comparison* pool: nominals
    with no referral date (never referred: a nominal with an empty referral
    date is taken as not referred), and nominals referred outside the period
    studied whose referral comes after the end of the referred nominal's after
    window ("not yet referred", Callaway & Sant'Anna 2021). A nominal referred
    earlier is never a comparison. With a group field, a nominal is compared
    only with nominals of the same group (exact matching on group).

    Each referred nominal is matched to ``matches`` nominals of the pool by
    their harm in the *same calendar months* as its before window: nearest
    neighbour on log(1 + harm before) (harm is heavily skewed; on the log
    scale, near means near in proportion), greedy, closest pairs first,
    without replacement (a nominal is a comparison once), within a caliper of
    ``caliper`` pooled standard deviations of log(1 + harm before) (0.2:
    Cochran & Rubin 1973; Austin 2011). A referred nominal with no pool
    nominal within the caliper is ``referred_unmatched`` and left out of the
    effect. Ties are broken by referral month, then by the nominals' ids.

The effect
    For referred nominal i with comparisons j: change_i = harm after - harm
    before, c_i = the mean of its comparisons' changes over i's windows, and
    d_i = change_i - c_i. The effect is mean(d_i): the difference in mean
    change, referred minus comparison (a difference in differences on matched
    pairs). Its interval is the paired t-interval, mean(d) ± t(0.975, n-1) ×
    sd(d) / √n (Austin 2011 recommends methods for paired data after
    matching). Each cohort's mean change has its own t-interval. Below 0, the
    referred nominals' harm fell more (or rose less) than their comparisons'.

Every link is reconciled: a (record, nominal) link is ``before`` or
``after`` in its nominal's windows, or counted with its reason (see
:data:`LINK_STATUSES`); every nominal has one status (:data:`NOMINAL_STATUSES`).

References: W.G. Cochran & D.B. Rubin (1973), Controlling bias in
observational studies: a review, Sankhyā A 35, 417-446. P.C. Austin (2011),
Optimal caliper widths for propensity-score matching when estimating
differences in means and differences in proportions in observational
studies, Pharmaceutical Statistics 10, 150-161, and An introduction to
propensity score methods for reducing the effects of confounding in
observational studies, Multivariate Behavioral Research 46, 399-424.
B. Callaway & P.H.C. Sant'Anna (2021), Difference-in-differences with
multiple time periods, Journal of Econometrics 225, 200-230. HM Treasury
(2020), The Magenta Book: central government guidance on evaluation
(matched comparison groups).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..geometry.geometry_index import id_priority
from ..codes import BAD_DATE, FILTERED, LINK_PROBLEMS, NO_DATE
from ..harm.links import LinkPairs
from ..periods.calendar import month_first_day, month_number, month_of
from ..periods.dates import ParsedDates
from ..sharing.privacy import is_suppressed
from ..stats.intervals import MeanInterval, mean_interval

# Nominal statuses (stable codes, written into outputs)
REFERRED = "referred"
REFERRED_UNMATCHED = "referred_unmatched"
REFERRED_OUTSIDE_DATA = "referred_window_outside_data"
REFERRED_OUTSIDE_PERIOD = "referred_outside_period"
COMPARISON = "comparison"
NOT_MATCHED = "not_matched"
INVALID_REFERRAL_DATE = "invalid_referral_date"
NO_NOMINAL_ID = "no_nominal_id"
DUPLICATE_NOMINAL_ID = "duplicate_nominal_id"
NOMINAL_STATUSES = (REFERRED, REFERRED_UNMATCHED, REFERRED_OUTSIDE_DATA, REFERRED_OUTSIDE_PERIOD, COMPARISON,
                    NOT_MATCHED, INVALID_REFERRAL_DATE, NO_NOMINAL_ID, DUPLICATE_NOMINAL_ID)

# Link statuses (stable codes): where each (record, nominal) link ends
BEFORE = "before"
AFTER = "after"
REFERRAL_MONTH = "referral_month"
OUTSIDE_WINDOWS = "outside_windows"
NOMINAL_NOT_COMPARED = "nominal_not_compared"
DUPLICATE_LINK = "duplicate_link"
LINK_STATUSES = (BEFORE, AFTER, REFERRAL_MONTH, OUTSIDE_WINDOWS, NOMINAL_NOT_COMPARED, FILTERED, NO_DATE,
                 BAD_DATE, DUPLICATE_LINK) + LINK_PROBLEMS

# Cohorts (stable codes) and the fields of the cohort table (a public contract: the briefing pack reads them)
COHORT_REFERRED = "referred"
COHORT_COMPARISON = "comparison"
COHORT_DIFFERENCE = "difference"
COHORT_FIELDS = ("cohort", "n_nominals", "mean_harm_before", "mean_harm_after", "mean_change", "ci_low", "ci_high",
                 "method")
# The fields of the per-nominal table, in order (nominal_id only when asked for)
NOMINAL_FIELDS = ("ref", "group", "referred", "referral_date", "status", "cohort", "matched_to", "window_month",
                  "n_before", "n_after", "harm_before", "harm_after", "harm_change")


class ReferralDesignError(ValueError):
    """A design that cannot be run; ``code`` is stable, the adapter words it."""

    def __init__(self, code: str, **details):
        super().__init__("{0}: {1}".format(code, details))
        self.code = code
        self.details = details


@dataclass
class Nominals:
    """The nominals layer as columns: one row per feature.

    ``keys``: each row's id as an id key (:func:`..harm.links.id_key`; None:
    no id). ``referral``: the referral date field, parsed (no date: never
    referred). ``group``: the group of each row (None: no group field).
    """

    keys: np.ndarray
    referral: ParsedDates
    group: Optional[np.ndarray] = None

    def __len__(self) -> int:
        return len(self.keys)


@dataclass
class Records:
    """The linked layer's records as columns: each record's harm weight and
    date; ``in_scope`` False for records a filter left out (None: all in)."""

    weight: np.ndarray
    dates: ParsedDates
    in_scope: Optional[np.ndarray] = None

    def __len__(self) -> int:
        return len(self.weight)


@dataclass(frozen=True)
class ReferralDesign:
    months_before: int = 6
    months_after: int = 6
    period_start: Optional[dt.date] = None  # referrals studied: from the month of this date
    period_end: Optional[dt.date] = None  # to the month of this date (both included)
    caliper: float = 0.2  # pooled SDs of log(1 + harm before); 0: no caliper
    matches: int = 1  # comparison nominals per referred nominal
    confidence: float = 0.95

    def check(self) -> None:
        if self.months_before < 1 or self.months_after < 1:
            raise ReferralDesignError("window_too_short", months_before=self.months_before,
                                      months_after=self.months_after)
        if self.matches < 1:
            raise ReferralDesignError("matches_below_one", matches=self.matches)
        if not (self.caliper >= 0 and math.isfinite(self.caliper)):
            raise ReferralDesignError("caliper_negative", caliper=self.caliper)
        if not 0.0 < self.confidence < 1.0:
            raise ReferralDesignError("confidence_out_of_range", confidence=self.confidence)
        if self.period_start and self.period_end and month_of(self.period_start) > month_of(self.period_end):
            raise ReferralDesignError("period_reversed", start=self.period_start.isoformat(),
                                      end=self.period_end.isoformat())

    def method(self, grouped: bool) -> str:
        """How the comparison was built, in words (stored in the cohort table)."""
        caliper = "caliper {0:g} SD".format(self.caliper) if self.caliper > 0 else "no caliper"
        return ("nearest-neighbour matching on log(1 + harm in the {0} months before), 1:{1} without replacement, "
                "{2}{3}; "
                "{4:g}% t-interval").format(self.months_before, self.matches, caliper,
                                            ", within group" if grouped else "",
                                              self.confidence * 100.0)


@dataclass
class Effect:
    """The difference in mean change, referred minus comparison, with its paired t-interval."""

    estimate: Optional[float]
    low: Optional[float]
    high: Optional[float]
    n_referred: int
    n_comparison: int
    sd: Optional[float]
    confidence: float

    def as_dict(self) -> dict:
        return {"estimate": self.estimate, "low": self.low, "high": self.high, "n_referred": self.n_referred,
                "n_comparison": self.n_comparison, "sd": self.sd, "confidence": self.confidence}


@dataclass
class ReferralResult:
    columns: Dict[str, np.ndarray]  # NOMINAL_FIELDS (and "key": the id key) -> one value per nominal row
    referred: MeanInterval  # change of the matched referred nominals
    comparison: MeanInterval  # c_i: their comparisons' mean change
    before: Dict[str, Optional[float]]  # cohort -> mean harm before
    after: Dict[str, Optional[float]]
    effect: Effect
    n_comparison_nominals: int
    caliper_width: Optional[float]  # on the log(1 + harm) scale; None: no caliper
    coverage: Optional[tuple]  # (first month, last month) as "YYYY-MM"
    reconciliation: dict
    link_status: np.ndarray  # per link pair: one of LINK_STATUSES
    design: ReferralDesign
    grouped: bool
    notes: List[str] = field(default_factory=list)

    def cohorts(self, suppress_below: int = 5) -> List[dict]:
        """The cohort table: referred, comparison and their difference.

        ``n_nominals`` is text: a count from 1 to ``suppress_below`` - 1 is
        written "<5" (for 5), and that cohort's means and interval are left
        empty, so no small group's harm is shown (0: nothing suppressed)."""
        method = self.design.method(self.grouped)
        pairs = self.effect.n_referred
        rows = [
            (COHORT_REFERRED, pairs, self.referred, method),
            (COHORT_COMPARISON, self.n_comparison_nominals, self.comparison, method),
            (COHORT_DIFFERENCE, pairs, MeanInterval(pairs, self.effect.estimate, self.effect.low, self.effect.high,
                                                    self.effect.sd, self.effect.confidence),
             "referred minus comparison: mean of the matched differences in change; paired {0:g}% t-interval".format(
                 self.design.confidence * 100.0)),
        ]
        out = []
        for cohort, n, interval, text in rows:
            hidden = is_suppressed(n, suppress_below) or (
                cohort == COHORT_DIFFERENCE and is_suppressed(self.n_comparison_nominals, suppress_below))
            out.append({
                "cohort": cohort,
                "n_nominals": "<{0}".format(int(suppress_below)) if is_suppressed(n, suppress_below) else str(int(n)),
                "mean_harm_before": None if hidden else self.before.get(cohort),
                "mean_harm_after": None if hidden else self.after.get(cohort),
                "mean_change": None if hidden else interval.mean,
                "ci_low": None if hidden else interval.low,
                "ci_high": None if hidden else interval.high,
                "method": text,
            })
        return out


def pseudonyms(keys: Sequence, prefix: str = "P") -> np.ndarray:
    """A reference per row that is not the id: P0001, P0002... in the order
    the ids sort (rows without an id last, in layer order)."""
    keys = list(keys)
    n = len(keys)
    width = max(4, len(str(n)))
    present = [i for i, k in enumerate(keys) if k is not None]
    order = [present[i] for i in np.argsort(id_priority([keys[i] for i in present]), kind="stable")] if present else []
    order += [i for i, k in enumerate(keys) if k is None]
    out = np.empty(n, dtype=object)
    for rank, row in enumerate(order, start=1):
        out[row] = "{0}{1:0{2}d}".format(prefix, rank, width)
    return out


def _month_text(month: int) -> str:
    return month_first_day(month).strftime("%Y-%m")


def referral_impact(nominals: Nominals, records: Records, links: LinkPairs,
                    design: ReferralDesign = ReferralDesign()) -> ReferralResult:
    """Harm before and after referral per nominal, matched comparisons and the effect."""
    design.check()
    n_nom = len(nominals)
    B, A = design.months_before, design.months_after
    keys = np.asarray(nominals.keys, dtype=object)
    status = np.full(n_nom, "", dtype=object)

    # --- nominals: ids, referral months --------------------------------------------
    rows_of: Dict[str, List[int]] = {}
    for i, k in enumerate(keys.tolist()):
        if k is None:
            status[i] = NO_NOMINAL_ID
        else:
            rows_of.setdefault(k, []).append(i)
    for rows in rows_of.values():
        if len(rows) > 1:
            status[rows] = DUPLICATE_NOMINAL_ID
    referral = nominals.referral
    has_date = ~np.isnat(referral.day)
    invalid = np.asarray(referral.unparseable, dtype=bool) & (status == "")
    status[invalid] = INVALID_REFERRAL_DATE
    ref_month = np.where(has_date, month_number(np.where(has_date, referral.day, np.datetime64("1970-01-01", "D"))), 0)
    usable = status == ""  # one row per id, readable (or no) referral date
    p_lo = month_of(design.period_start) if design.period_start else None
    p_hi = month_of(design.period_end) if design.period_end else None
    in_period = has_date.copy()
    if p_lo is not None:
        in_period &= ref_month >= p_lo
    if p_hi is not None:
        in_period &= ref_month <= p_hi
    studied = usable & in_period
    status[usable & has_date & ~in_period] = REFERRED_OUTSIDE_PERIOD

    # --- months the data cover -----------------------------------------------------
    rec_day = records.dates.day
    dated = ~np.isnat(rec_day)
    coverage = None
    rec_month = np.zeros(len(records), dtype=np.int64)
    if dated.any():
        rec_month[dated] = month_number(rec_day[dated])
        coverage = (int(rec_month[dated].min()), int(rec_month[dated].max()))
    fits = studied & (coverage is not None)
    if coverage is not None:
        fits &= (ref_month - B >= coverage[0]) & (ref_month + A <= coverage[1])
    status[studied & ~fits] = REFERRED_OUTSIDE_DATA

    # --- links: nominal row, record month ---------------------------------------------
    pair_row = np.array([rows_of[k][0] if len(rows_of.get(k, ())) == 1 else -1 for k in links.nominal.tolist()],
                        dtype=np.int64)
    pair_rec = np.asarray(links.record, dtype=np.int64)
    scope = np.ones(len(records), dtype=bool) if records.in_scope is None else np.asarray(records.in_scope, dtype=bool)
    weight = np.asarray(records.weight, dtype=float)
    unparseable = np.asarray(records.dates.unparseable, dtype=bool)
    usable_pair = (pair_row >= 0) & scope[pair_rec] & dated[pair_rec]

    # harm and counts per nominal row and month (months of the data)
    n_months = (coverage[1] - coverage[0] + 1) if coverage is not None else 0
    harm_m = np.zeros((n_nom, n_months + 1))
    count_m = np.zeros((n_nom, n_months + 1), dtype=np.int64)
    if n_months:
        col = rec_month[pair_rec[usable_pair]] - coverage[0] + 1  # column 0 stays 0: cumulative sums
        np.add.at(harm_m, (pair_row[usable_pair], col), weight[pair_rec[usable_pair]])
        np.add.at(count_m, (pair_row[usable_pair], col), 1)
    harm_c = np.cumsum(harm_m, axis=1)
    count_c = np.cumsum(count_m, axis=1)

    def window(rows, first, last, cum):
        """Sum over months first..last (absolute month numbers, within the coverage)."""
        a = np.asarray(first) - coverage[0]
        b = np.asarray(last) - coverage[0] + 1
        return cum[rows, b] - cum[rows, a]

    # --- matching -------------------------------------------------------------------
    referred_rows = np.flatnonzero(fits)
    grouped = nominals.group is not None
    group = np.asarray(nominals.group, dtype=object) if grouped else np.full(n_nom, None, dtype=object)
    group_key = np.array([_group_key(g) for g in group.tolist()], dtype=object)
    pool = np.flatnonzero(usable & ~studied)  # never referred, or referred outside the period
    pool_never = ~has_date[pool]
    priority = id_priority([keys[i] for i in range(n_nom)]) if n_nom else np.zeros(0, dtype=np.int64)

    hb_ref = window(referred_rows, ref_month[referred_rows] - B, ref_month[referred_rows] - 1, harm_c) \
        if len(referred_rows) else np.zeros(0)
    cand_i: List[np.ndarray] = []
    cand_j: List[np.ndarray] = []
    cand_hb: List[np.ndarray] = []
    for pos, i in enumerate(referred_rows.tolist()):
        r = int(ref_month[i])
        eligible = pool_never | (ref_month[pool] > r + A)
        if grouped:
            eligible &= group_key[pool] == group_key[i]
        js = pool[eligible]
        if not len(js):
            continue
        cand_i.append(np.full(len(js), pos, dtype=np.int64))
        cand_j.append(js)
        cand_hb.append(window(js, np.full(len(js), r - B), np.full(len(js), r - 1), harm_c))
    ci = np.concatenate(cand_i) if cand_i else np.zeros(0, dtype=np.int64)
    cj = np.concatenate(cand_j) if cand_j else np.zeros(0, dtype=np.int64)
    chb = np.concatenate(cand_hb) if cand_hb else np.zeros(0)
    log_ref = np.log1p(hb_ref)
    distance = np.abs(log_ref[ci] - np.log1p(chb))
    width = None
    if design.caliper > 0:
        width = design.caliper * _pooled_sd(log_ref, np.log1p(chb))
    take = np.ones(len(ci), dtype=bool) if width is None else distance <= width + 1e-12
    ci, cj, distance = ci[take], cj[take], distance[take]
    order = np.lexsort((priority[cj], priority[referred_rows[ci]], ref_month[referred_rows[ci]], distance))
    matched: List[List[int]] = [[] for _ in range(len(referred_rows))]
    used = np.zeros(n_nom, dtype=bool)
    full = 0
    for k in order.tolist():
        p, j = int(ci[k]), int(cj[k])
        if used[j] or len(matched[p]) >= design.matches:
            continue
        matched[p].append(j)
        used[j] = True
        if len(matched[p]) == design.matches:
            full += 1
            if full == len(referred_rows):
                break

    # --- per nominal: windows and harm --------------------------------------------------
    window_month = np.full(n_nom, -1, dtype=np.int64)  # the referral month whose windows apply
    matched_to = np.full(n_nom, None, dtype=object)
    cohort = np.full(n_nom, None, dtype=object)
    refs = pseudonyms(keys.tolist())
    for pos, i in enumerate(referred_rows.tolist()):
        window_month[i] = ref_month[i]
        if matched[pos]:
            status[i] = REFERRED
            cohort[i] = COHORT_REFERRED
            matched_to[i] = ";".join(refs[j] for j in sorted(matched[pos], key=lambda j: priority[j]))
            for j in matched[pos]:
                window_month[j] = ref_month[i]
                status[j] = COMPARISON
                cohort[j] = COHORT_COMPARISON
                matched_to[j] = refs[i]
        else:
            status[i] = REFERRED_UNMATCHED
    status[(status == "") & usable] = NOT_MATCHED  # pool nominals not chosen (and, below, those outside the period)
    windowed = window_month >= 0
    w_rows = np.flatnonzero(windowed)
    nb = np.full(n_nom, np.nan)
    na = np.full(n_nom, np.nan)
    hb = np.full(n_nom, np.nan)
    ha = np.full(n_nom, np.nan)
    if len(w_rows):
        wm = window_month[w_rows]
        nb[w_rows] = window(w_rows, wm - B, wm - 1, count_c)
        na[w_rows] = window(w_rows, wm + 1, wm + A, count_c)
        hb[w_rows] = window(w_rows, wm - B, wm - 1, harm_c)
        ha[w_rows] = window(w_rows, wm + 1, wm + A, harm_c)
    change = ha - hb

    # --- the effect ------------------------------------------------------------------
    sets = [(i, matched[pos]) for pos, i in enumerate(referred_rows.tolist()) if matched[pos]]
    ref_change = np.array([change[i] for i, _ in sets])
    comp_change = np.array([np.mean([change[j] for j in js]) for _, js in sets])
    diffs = ref_change - comp_change
    d = mean_interval(diffs, design.confidence)
    effect = Effect(d.mean, d.low, d.high, len(sets), int(sum(len(js) for _, js in sets)), d.sd, design.confidence)
    before = {COHORT_REFERRED: _mean([hb[i] for i, _ in sets]),
              COHORT_COMPARISON: _mean([np.mean([hb[j] for j in js]) for _, js in sets])}
    after = {COHORT_REFERRED: _mean([ha[i] for i, _ in sets]),
             COHORT_COMPARISON: _mean([np.mean([ha[j] for j in js]) for _, js in sets])}
    for table in (before, after):
        a, b = table[COHORT_REFERRED], table[COHORT_COMPARISON]
        table[COHORT_DIFFERENCE] = None if a is None or b is None else a - b

    # --- every link reconciled ------------------------------------------------------------
    link_status = np.full(len(pair_rec), "", dtype=object)
    month = rec_month[pair_rec]
    wm_pair = np.where(pair_row >= 0, window_month[np.maximum(pair_row, 0)], -1)
    link_status[~scope[pair_rec]] = FILTERED
    open_ = link_status == ""
    link_status[open_ & unparseable[pair_rec]] = BAD_DATE
    link_status[(link_status == "") & ~dated[pair_rec]] = NO_DATE
    link_status[(link_status == "") & (wm_pair < 0)] = NOMINAL_NOT_COMPARED
    rest = link_status == ""
    link_status[rest & (month >= wm_pair - B) & (month <= wm_pair - 1)] = BEFORE
    link_status[rest & (month >= wm_pair + 1) & (month <= wm_pair + A)] = AFTER
    link_status[rest & (month == wm_pair)] = REFERRAL_MONTH
    link_status[link_status == ""] = OUTSIDE_WINDOWS

    linked_records = np.zeros(len(records), dtype=bool)
    linked_records[pair_rec] = True
    by_link = {code: 0 for code in LINK_STATUSES}
    values, counts = np.unique(link_status.astype(str), return_counts=True) if len(link_status) else ([], [])
    for v, c in zip(values, counts):
        by_link[str(v)] += int(c)
    by_link[DUPLICATE_LINK] = int(links.duplicates)
    for reason, c in links.problems.items():
        by_link[reason] = by_link.get(reason, 0) + int(c)
    by_nominal = {code: int((status == code).sum()) for code in NOMINAL_STATUSES}
    reconciliation = {
        "nominals": {"nominals_in": int(n_nom), "by_status": by_nominal},
        "records": {"records_in": int(len(records)), "linked": int(linked_records.sum()),
                    "unlinked": int(len(records) - linked_records.sum())},
        "links": {"links_in": int(links.links_in), "by_status": by_link},
        "data_months": None if coverage is None else {"first": _month_text(coverage[0]),
                                                      "last": _month_text(coverage[1])},
    }

    columns = {
        "key": keys,
        "ref": refs,
        "group": group,
        "referred": studied,
        "referral_date": np.array([_month_text(m) if h else None for m, h in zip(ref_month.tolist(),
                                                                                 has_date.tolist())],
                                  dtype=object),
        "status": status,
        "cohort": cohort,
        "matched_to": matched_to,
        "window_month": np.array([_month_text(m) if m >= 0 else None for m in window_month.tolist()], dtype=object),
        "n_before": nb,
        "n_after": na,
        "harm_before": hb,
        "harm_after": ha,
        "harm_change": change,
    }
    return ReferralResult(
        columns=columns,
        referred=mean_interval(ref_change, design.confidence),
        comparison=mean_interval(comp_change, design.confidence),
        before=before, after=after, effect=effect, n_comparison_nominals=effect.n_comparison,
        caliper_width=width,
        coverage=None if coverage is None else (_month_text(coverage[0]), _month_text(coverage[1])),
        reconciliation=reconciliation, link_status=link_status, design=design, grouped=grouped,
    )


def _group_key(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _pooled_sd(a: np.ndarray, b: np.ndarray) -> float:
    """√((s²_a + s²_b) / 2), each a sample variance (n - 1; 0 for fewer than 2 values)."""
    def var(x):
        return float(np.var(x, ddof=1)) if len(x) > 1 else 0.0

    return math.sqrt((var(a) + var(b)) / 2.0)


def _mean(values) -> Optional[float]:
    return float(np.mean(values)) if len(values) else None
