"""Community priorities: what residents name as priorities, by area, safe to share.

Pure numpy / pandas (no qgis): the engine behind ``socharm:communitypriorities``.

**Priorities by area** (:func:`community_priorities`). Each respondent names
priority categories in one or more fields (``priority_1``.., or one field
holding a list such as ``drug_dealing; burglary``). Per area: the respondents,
the share naming each known category (``pri_<category>``, 0-1: a respondent
naming it in several fields counts once), the mean confidence, the share who
answered each demographic question (``answered_<variable>``) and, with a
population table by group, how far the respondents' mix differs from the
population's (``rep_<variable>``, the index of dissimilarity: half the sum of
the absolute differences between the two shares over every group; 0 = the
same mix, 1 = no overlap). Answers outside the known categories are counted
and listed, never silently dropped; respondents with no area code, an area
code that is no area, no date or a date outside the periods are counted by
status, and the counts add up to the respondents in.

**Small numbers.** An area with fewer respondents than ``min_respondents``
(default :data:`~.survey.DEFAULT_MIN_RESPONDENTS`, 10) gets status ``suppressed`` and every
value NULL (its respondents too) when the output is meant for sharing;
otherwise status ``low_count`` and its values. An area nobody answered in has
status ``no_respondents`` and 0 respondents. A representativeness index needs
at least ``min_respondents`` answers to the question; else it is NULL and
listed in :attr:`PrioritiesResult.rep_notes`. No respondent identifier is
ever read or written: outputs are per area.

**Two periods** ("you said, we did"): every per-period field is written
twice, ``<field>_p1`` and ``<field>_p2`` side by side, plus
``pri_<category>_change`` and ``mean_confidence_change`` (period 2 minus
period 1).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from ..language.messages import tr
from ..codes import NO_DATE, OUT_OF_PERIOD
from ..lazy import pd  # imported on first use
from ..periods.calendar import Period
from ..periods.dates import in_period, parse_dates
from .survey import (
    ANSWERED_PREFIX,
    CHANGE_SUFFIX,
    COUNTED,
    DEFAULT_CATEGORIES,
    DEFAULT_NONRESPONSE,
    FIELD_NAME,
    LOW_COUNT,
    DEFAULT_MIN_RESPONDENTS,
    NO_AREA,
    NO_RESPONDENTS,
    OK,
    PERIOD_SUFFIXES,
    PRIORITY_PREFIX,
    REP_PREFIX,
    SUPPRESSED,
    UNKNOWN_AREA,
    PopulationTable,
    Survey,
    SurveyError,
    check_periods,
    column_values,
    field_name,
    locate_by_code,
    normalise_label,
    parse_categories,
    split_answers,
)


# Representativeness notes
TOO_FEW_ANSWERED = "too_few_answered"
NO_POPULATION = "no_population"


# --------------------------------------------------------------------------- priorities by area


@dataclass
class PeriodPriorities:
    suffix: str  # "" for one period, "_p1" / "_p2" for two
    respondents: np.ndarray  # float (NaN where suppressed)
    status: np.ndarray  # object: OK, SUPPRESSED, LOW_COUNT, NO_RESPONDENTS
    shares: np.ndarray  # (areas, categories) float 0-1, NaN where none or suppressed
    mean_confidence: np.ndarray
    confidence_n: np.ndarray  # float (NaN where suppressed)
    answered: Dict[str, np.ndarray]  # variable -> share 0-1 who answered
    rep: Dict[str, np.ndarray]  # variable -> index of dissimilarity 0-1


@dataclass
class PrioritiesResult:
    area_ids: list
    categories: Tuple[str, ...]
    variables: Tuple[str, ...]
    periods: List[PeriodPriorities]
    reconciliation: dict
    unknown_categories: Dict[str, int]  # respondents naming each answer outside the categories
    invalid_confidence: int
    invalid_confidence_examples: List[str]
    unparseable_dates: List[str]
    rep_notes: List[dict]  # {"period", "area_id", "variable", "reason", "answered"}
    unknown_population_groups: Dict[str, Dict[str, int]]  # variable -> survey group -> answers
    population_problems: Dict[str, int]  # e.g. rows with an unknown area or a bad count
    suppress: bool
    min_respondents: int

    def columns(self) -> List[Tuple[str, str, list]]:
        """(field name, kind "int"/"float"/"str", values per area) in output order.

        One period: ``status, respondents, pri_<c>..., mean_confidence,
        confidence_n, answered_<v>, rep_<v>...``. Two periods: each of those as
        ``<field>_p1, <field>_p2`` side by side, and ``<field>_change`` after
        the shares and the mean confidence.
        """
        base: List[Tuple[str, str, List[np.ndarray], bool]] = [
            ("status", "str", [p.status for p in self.periods], False),
            ("respondents", "int", [p.respondents for p in self.periods], False),
        ]
        for k, c in enumerate(self.categories):
            base.append((field_name(PRIORITY_PREFIX, c), "float", [p.shares[:, k] for p in self.periods], True))
        base.append(("mean_confidence", "float", [p.mean_confidence for p in self.periods], True))
        base.append(("confidence_n", "int", [p.confidence_n for p in self.periods], False))
        for v in self.variables:
            base.append((field_name(ANSWERED_PREFIX, v), "float", [p.answered[v] for p in self.periods], False))
            base.append((field_name(REP_PREFIX, v), "float", [p.rep[v] for p in self.periods], False))
        out: List[Tuple[str, str, list]] = []
        for name, kind, values, with_change in base:
            if len(self.periods) == 1:
                out.append((name, kind, column_values(values[0], kind)))
                continue
            for p, vals in zip(self.periods, values):
                out.append((name + p.suffix, kind, column_values(vals, kind)))
            if with_change:
                out.append((name + CHANGE_SUFFIX, "float", column_values(values[1] - values[0], "float")))
        return out


def community_priorities(survey: Survey, area_ids: Sequence, categories: Sequence[str] = DEFAULT_CATEGORIES, *,
                         periods: Optional[Sequence[Period]] = None, min_respondents: int = DEFAULT_MIN_RESPONDENTS,
                         suppress: bool = True, confidence_range: Tuple[float, float] = (1.0, 5.0),
                         nonresponse: Sequence[str] = DEFAULT_NONRESPONSE,
                         population: Optional[PopulationTable] = None) -> PrioritiesResult:
    """Per area and period: respondents, share naming each category, mean
    confidence, demographic response and representativeness (see the module
    docstring). Raises :class:`SurveyError` for an empty survey or bad settings."""
    n = len(survey)
    if n == 0:
        raise SurveyError(tr("The survey has no respondents."))
    if min_respondents < 1:
        raise SurveyError(tr("The minimum number of respondents must be at least 1."))
    if not len(survey.priorities):
        raise SurveyError(tr("Choose at least one field naming priorities."))
    categories = parse_categories(categories)
    periods = check_periods(periods)
    area_ids = list(area_ids)
    n_areas = len(area_ids)
    area_index = np.asarray(survey.area_index, dtype=np.int64)
    missing_area = np.asarray(survey.missing_area, dtype=bool)
    lo, hi = float(confidence_range[0]), float(confidence_range[1])
    if lo > hi:
        raise SurveyError(tr("The confidence scale's lowest value ({0}) is above its highest ({1}).").format(lo, hi))

    # status: the date first (when periods are used), then the area
    status = np.full(n, COUNTED, dtype=object)
    period_of = np.zeros(n, dtype=np.int64)
    unparseable: List[str] = []
    if periods:
        if survey.dates is None:
            raise SurveyError(tr("Periods need a date field."))
        parsed = parse_dates(list(survey.dates))
        unparseable = parsed.examples
        period_of[:] = -1
        for k, p in enumerate(periods):
            period_of[(period_of < 0) & in_period(parsed, p.start, p.end)] = k
        no_date = np.isnat(parsed.day)
        status[no_date] = NO_DATE
        status[~no_date & (period_of < 0)] = OUT_OF_PERIOD
    dated = status == COUNTED
    status[dated & missing_area] = NO_AREA
    status[dated & ~missing_area & ((area_index < 0) | (area_index >= n_areas))] = UNKNOWN_AREA
    counted = status == COUNTED

    named, unknown = _named_matrix(survey.priorities, categories, n)
    confidence, invalid, invalid_examples = _confidence(survey.confidence, n, lo, hi)
    nonresponse_set = {normalise_label(v) for v in nonresponse} - {None}
    variables: List[str] = []
    answers: Dict[str, np.ndarray] = {}
    for raw_name, values in survey.demographics.items():
        variable = normalise_label(raw_name)
        if variable is None or not FIELD_NAME.match(variable):
            raise SurveyError(tr("Demographic field '{0}' cannot make an output field name.").format(raw_name))
        if variable in answers:
            continue
        labels = np.array([normalise_label(v) for v in values], dtype=object) if len(values) else np.zeros(0, object)
        if len(labels) != n:
            raise SurveyError(tr("Demographic field '{0}' has {1} values for {2} respondents.").format(
                raw_name, len(labels), n))
        labels[np.array([lab in nonresponse_set for lab in labels], dtype=bool)] = None
        variables.append(variable)
        answers[variable] = labels
    pop, pop_problems = _population(population, area_ids, set(variables))

    results: List[PeriodPriorities] = []
    rep_notes: List[dict] = []
    unknown_groups: Dict[str, Dict[str, int]] = {}
    n_periods = max(1, len(periods))
    for k in range(n_periods):
        suffix = PERIOD_SUFFIXES[k] if len(periods) == 2 else ""
        rows = np.flatnonzero(counted & (period_of == k))
        idx = area_index[rows]
        resp = np.bincount(idx, minlength=n_areas).astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            shares = np.column_stack([
                np.bincount(idx, weights=named[rows, j].astype(float), minlength=n_areas) / resp
                for j in range(len(categories))]) if len(categories) else np.zeros((n_areas, 0))
            conf = confidence[rows]
            has = ~np.isnan(conf)
            conf_n = np.bincount(idx[has], minlength=n_areas).astype(float)
            mean_conf = np.bincount(idx[has], weights=conf[has], minlength=n_areas) / conf_n
        answered: Dict[str, np.ndarray] = {}
        rep: Dict[str, np.ndarray] = {}
        small = (resp > 0) & (resp < min_respondents)
        for v in variables:
            labels = answers[v][rows]
            ok = np.array([lab is not None for lab in labels], dtype=bool)
            n_answered = np.bincount(idx[ok], minlength=n_areas).astype(float)
            with np.errstate(divide="ignore", invalid="ignore"):
                answered[v] = np.where(resp > 0, n_answered / resp, np.nan)
            rep[v] = np.full(n_areas, np.nan)
            if population is None:
                continue
            frame = pd.DataFrame({"area": idx[ok], "group": labels[ok]})
            survey_counts = frame.groupby(["area", "group"]).size()
            for a in range(n_areas):
                if resp[a] == 0 or small[a]:
                    continue  # no respondents, or suppressed / low count: nothing to say
                area_pop = pop.get((a, v))
                if not area_pop:
                    rep_notes.append({"period": suffix.strip("_"), "area_id": area_ids[a], "variable": v,
                                      "reason": NO_POPULATION, "answered": int(n_answered[a])})
                    continue
                if n_answered[a] < min_respondents:
                    rep_notes.append({"period": suffix.strip("_"), "area_id": area_ids[a], "variable": v,
                                      "reason": TOO_FEW_ANSWERED, "answered": int(n_answered[a])})
                    continue
                mine = survey_counts.loc[a] if a in survey_counts.index.get_level_values(0) else pd.Series(dtype=float)
                rep[v][a] = dissimilarity(dict(mine.items()), area_pop)
            known = {g for (a, var), groups in pop.items() if var == v for g in groups}
            if known:
                for group, count in frame.groupby("group").size().items():
                    if group not in known:
                        unknown_groups.setdefault(v, {})
                        unknown_groups[v][group] = unknown_groups[v].get(group, 0) + int(count)
        area_status = np.where(resp == 0, NO_RESPONDENTS, np.where(small, SUPPRESSED if suppress else LOW_COUNT, OK))
        area_status = area_status.astype(object)
        if suppress:  # nothing about an area with fewer respondents than the threshold leaves
            hide = small
            resp = np.where(hide, np.nan, resp)
            shares[hide, :] = np.nan
            mean_conf = np.where(hide, np.nan, mean_conf)
            conf_n = np.where(hide, np.nan, conf_n)
            for v in variables:
                answered[v] = np.where(hide, np.nan, answered[v])
                rep[v] = np.where(hide, np.nan, rep[v])
        results.append(PeriodPriorities(suffix, resp, area_status, shares, mean_conf, conf_n, answered, rep))

    by_status: Dict[str, int] = {}
    if len(periods) == 2:
        for k in range(2):
            by_status[COUNTED + PERIOD_SUFFIXES[k]] = int((counted & (period_of == k)).sum())
    else:
        by_status[COUNTED] = int(counted.sum())
    for code in (NO_AREA, UNKNOWN_AREA, NO_DATE, OUT_OF_PERIOD):
        by_status[code] = int((status == code).sum())
    reconciliation = {"respondents_in": int(n), "by_status": by_status}
    if sum(by_status.values()) != n:  # every respondent is counted under exactly one status
        raise RuntimeError("respondents do not reconcile: %d in, %d counted by status %r"
                           % (n, sum(by_status.values()), by_status))
    return PrioritiesResult(
        area_ids=area_ids, categories=tuple(categories), variables=tuple(variables), periods=results,
        reconciliation=reconciliation, unknown_categories=unknown, invalid_confidence=invalid,
        invalid_confidence_examples=invalid_examples, unparseable_dates=unparseable, rep_notes=rep_notes,
        unknown_population_groups={v: dict(sorted(g.items())) for v, g in unknown_groups.items()},
        population_problems=pop_problems, suppress=bool(suppress), min_respondents=int(min_respondents),
    )


def dissimilarity(survey_counts: Mapping[str, float], population_counts: Mapping[str, float]) -> float:
    """Index of dissimilarity: half the sum over every group of |survey share -
    population share| (0 = same mix, 1 = no overlap). NaN when either is empty."""
    s_total = float(sum(survey_counts.values()))
    p_total = float(sum(population_counts.values()))
    if s_total <= 0 or p_total <= 0:
        return float("nan")
    groups = set(survey_counts) | set(population_counts)
    # fsum: exactly rounded whatever the order the groups come in, so the same digits every run
    return 0.5 * math.fsum(abs(survey_counts.get(g, 0.0) / s_total - population_counts.get(g, 0.0) / p_total)
                           for g in groups)


def _named_matrix(columns: Sequence[Sequence], categories: Sequence[str], n: int):
    """(respondents x categories) bool: named in any field; and the respondents
    naming each answer outside the categories. Each distinct value is parsed once."""
    position = {c: j for j, c in enumerate(categories)}
    named = np.zeros((n, len(categories)), dtype=bool)
    unknown_names: Dict[str, int] = {}
    unknown_rows: List[np.ndarray] = []
    unknown_cols: List[np.ndarray] = []
    for column in columns:
        values = pd.Series(list(column), dtype=object)
        if len(values) != n:
            raise SurveyError(tr("A priority field has {0} values for {1} respondents.").format(len(values), n))
        codes, uniques = pd.factorize(values)
        order = np.argsort(codes, kind="stable")  # the respondents of each distinct value, together
        bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
        for u, value in enumerate(uniques):
            parts = split_answers(value)
            if not parts:
                continue
            rows = order[bounds[u]:bounds[u + 1]]
            for part in parts:
                j = position.get(part)
                if j is not None:
                    named[rows, j] = True
                else:
                    col = unknown_names.setdefault(part, len(unknown_names))
                    unknown_rows.append(rows)
                    unknown_cols.append(np.full(len(rows), col))
    unknown: Dict[str, int] = {}
    if unknown_rows:
        pairs = np.unique(np.column_stack([np.concatenate(unknown_rows), np.concatenate(unknown_cols)]), axis=0)
        counts = np.bincount(pairs[:, 1], minlength=len(unknown_names))
        names = list(unknown_names)
        for j in np.argsort(-counts, kind="stable").tolist():
            unknown[names[j]] = int(counts[j])
    return named, unknown


def _confidence(values: Optional[Sequence], n: int, lo: float, hi: float):
    """Valid confidence values (NaN where not answered or invalid), the invalid count and examples."""
    if values is None:
        return np.full(n, np.nan), 0, []
    raw = pd.Series(list(values), dtype=object)
    if len(raw) != n:
        raise SurveyError(tr("The confidence field has {0} values for {1} respondents.").format(len(raw), n))
    blank = raw.map(lambda v: v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, float) and v != v))
    number = pd.to_numeric(raw.where(~blank, None), errors="coerce").to_numpy(dtype=float)
    bad = ~blank.to_numpy() & (np.isnan(number) | (number < lo) | (number > hi))
    examples = [str(v) for v in pd.unique(raw[bad])[:5]]
    number[bad] = np.nan
    return number, int(bad.sum()), examples


def _population(population: Optional[PopulationTable], area_ids: Sequence, variables: set):
    """(area index, variable) -> {group: count}; and counts of rows not used, by reason."""
    out: Dict[Tuple[int, str], Dict[str, float]] = {}
    problems = {"unknown_area": 0, "bad_count": 0, "other_variable": 0, "nonresponse_group": 0}
    if population is None:
        return out, problems
    index, missing = locate_by_code(population.area_codes, area_ids)
    counts = pd.to_numeric(pd.Series(list(population.counts), dtype=object), errors="coerce").to_numpy(dtype=float)
    for a, _missing, var, group, count in zip(index.tolist(), missing.tolist(), population.variables,
                                          population.groups, counts.tolist()):
        variable = normalise_label(var)
        label = normalise_label(group)
        if variable not in variables:
            problems["other_variable"] += 1
        elif a < 0:
            problems["unknown_area"] += 1
        elif count != count or count < 0:
            problems["bad_count"] += 1
        elif label is None:
            problems["nonresponse_group"] += 1
        else:
            groups = out.setdefault((a, variable), {})
            groups[label] = groups.get(label, 0.0) + count
    for key in [k for k, g in out.items() if sum(g.values()) <= 0]:
        del out[key]
    return out, problems


