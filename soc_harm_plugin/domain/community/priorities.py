"""Community priorities: what residents say, by area, and which streets to focus on.

Pure numpy / pandas (no qgis): the engine behind ``socharm:communitypriorities``
and ``socharm:recommendstreets``.

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
(default :data:`MIN_RESPONDENTS`, 10) gets status ``suppressed`` and every
value NULL (its respondents too) when the output is meant for sharing;
otherwise status ``low_count`` and its values. An area nobody answered in has
status ``no_respondents`` and 0 respondents. A representativeness index needs
at least ``min_respondents`` answers to the question; else it is NULL and
listed in :attr:`PrioritiesResult.rep_notes`. No respondent identifier is
ever read or written: outputs are per area.

**Where to focus** (:func:`recommend`). Per street (or ward) three components,
each normalised to 0-1 and combined with the user's weights. Normalised by
rank percentile (the default): the share of the other areas with a lower
value (0 = none lower, 1 = all lower; tied values get the same, and a zero
shared by many streets stays 0); or by min-max: ``(v - min) / (max - min)``,
0 where all values are equal. Harm is concentrated (a few streets hold much
of it), so min-max leaves most streets near 0 and lets the ward-level
concern and need decide between them; rank percentile keeps the order of
harm across all streets:

- harm: the sum of the chosen harm fields;
- concern: residents' concern about the themes of those harm fields. Each
  harm field has a theme from its name (:func:`field_theme`): ``dim_drugs``
  -> ``drugs``, ``drug_supply_harm`` -> ``drug_supply``,
  ``violence_harm_score`` -> ``violence``, ``harm_score`` -> ``crime`` (all
  harm). The concern about a theme is the largest share of respondents naming
  a category mapped to it (:data:`DEFAULT_THEME_MAP`, which the user can
  override). With several harm fields, the concern is the mean of their
  concerns weighted by the street's harm in each (a plain mean where the
  street has no harm), so concern counts where the harm is; the reason cites
  the category behind the largest part of it;
- need: any numeric value; ``higher`` or ``lower`` means more need (an IMD
  decile: 1 = most deprived, so ``lower``).

``focus_score = sum(w_k * x_k) / sum(w_k)`` over the components a street has
a value for (a component left out or missing for a street takes its weight
with it); ``focus_rank`` 1 = focus first, ties share the lower rank. Every
street carries stable reason codes (:func:`reason_codes`) that the adapter
turns into plain language, e.g. ``harm:very_high:violence;
concern:drug_dealing:42; need:decile:1:1`` -> "very high violence harm (top
10 %); 42 % of respondents name drug dealing; most deprived decile".

**Two periods** ("you said, we did"): every per-period output field is
written twice, ``<field>_p1`` and ``<field>_p2`` side by side, plus changes
(``pri_<category>_change``, ``mean_confidence_change``, ``harm_change``,
``concern_change``: period 2 minus period 1; ``focus_rank_change``: rank in
period 2 minus rank in period 1, negative = moved up the list). In a
two-period recommendation harm and concern are normalised over both periods
together, so a fall in harm shows as a fall in ``harm_norm``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
from ..lazy import pd  # imported on first use

from ..codes import NO_DATE, OUT_OF_PERIOD
from ..harm.harm_table import normalise_code
from ..periods.dates import in_period, parse_dates
from ..harm.scoring import rank_descending
from ..periods.calendar import Period

MIN_RESPONDENTS = 10

# The documented list of priority categories (codes; labels are translated in the adapter).
DEFAULT_CATEGORIES = (
    "drug_dealing",
    "antisocial_behaviour",
    "burglary",
    "vehicle_crime",
    "violence",
    "knife_crime",
    "scams",
    "speeding",
    "litter",
    "criminal_damage",
)
# Other spellings residents and survey tools use for a category.
CATEGORY_ALIASES = {
    "asb": "antisocial_behaviour",
    "anti_social_behaviour": "antisocial_behaviour",
    "anti_social_behavior": "antisocial_behaviour",
    "antisocial_behavior": "antisocial_behaviour",
    "drug_dealing_and_drug_use": "drug_dealing",
    "knife": "knife_crime",
    "knives": "knife_crime",
    "car_crime": "vehicle_crime",
    "fraud": "scams",
}
# The theme every crime category shares: the theme of an overall harm field (harm_score).
ALL_HARM_THEME = "crime"
# Category -> the harm themes it is about. A harm field's theme (field_theme)
# is matched against these; they cover the sample force's soc_theme values,
# police.uk-style categories and likely scheme measure keys and dimensions.
DEFAULT_THEME_MAP: Dict[str, Tuple[str, ...]] = {
    "drug_dealing": (ALL_HARM_THEME, "drugs", "drug_supply", "drug_deaths", "cannabis_farms", "county_lines"),
    "antisocial_behaviour": (ALL_HARM_THEME, "antisocial", "antisocial_behaviour", "asb", "public_order"),
    "burglary": (ALL_HARM_THEME, "acquisitive", "burglary"),
    "vehicle_crime": (ALL_HARM_THEME, "acquisitive", "vehicle_crime"),
    "violence": (ALL_HARM_THEME, "violence", "firearms", "firearms_discharges", "weapons", "robbery"),
    "knife_crime": (ALL_HARM_THEME, "violence", "weapons", "knife_crime"),
    "scams": (ALL_HARM_THEME, "economic", "fraud", "scams", "financial", "consumer", "doorstep_crime"),
    "speeding": ("roads",),
    "litter": ("environment",),
    "criminal_damage": (ALL_HARM_THEME, "criminal_damage", "antisocial", "other"),
}
DEFAULT_NONRESPONSE = ("prefer not to say", "prefer not to answer", "not known", "unknown", "refused",
                       "don't know", "dont know", "n/a", "not stated")

# Respondent status codes (stable: in the reconciliation)
COUNTED = "counted"
NO_AREA = "no_area"
UNKNOWN_AREA = "unknown_area"
# Area status codes (stable: written into outputs)
OK = "ok"
SUPPRESSED = "suppressed"
LOW_COUNT = "low_count"
NO_RESPONDENTS = "no_respondents"
# Representativeness notes
TOO_FEW_ANSWERED = "too_few_answered"
NO_POPULATION = "no_population"

MINMAX = "minmax"
PERCENTILE = "percentile"
NORMALISATIONS = (MINMAX, PERCENTILE)  # enum order is public
NEED_HIGHER = "higher"
NEED_LOWER = "lower"
NEED_DIRECTIONS = (NEED_HIGHER, NEED_LOWER)  # enum order is public

# Output fields (public names); per-category, per-variable and per-harm-field names are built from these.
PRIORITY_PREFIX = "pri_"
ANSWERED_PREFIX = "answered_"
REP_PREFIX = "rep_"
PERIOD_SUFFIXES = ("_p1", "_p2")
CHANGE_SUFFIX = "_change"

_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_LABEL_RUN = re.compile(r"[^a-z0-9+]+")
_SPLIT = re.compile(r"[;,|\n]")


class SurveyError(ValueError):
    """Bad survey input: the message names what is wrong and what to do."""


# --------------------------------------------------------------------------- labels


def normalise_label(value) -> Optional[str]:
    """A category or group label as compared: lower case, runs of anything but
    letters, digits and '+' as one '_' ("Drug dealing" -> "drug_dealing",
    "65+" stays). None for NULL, NaN and blank; 2.0 -> "2"."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            value = int(value)
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = _LABEL_RUN.sub("_", str(value).strip().lower()).strip("_")
    return text or None


def category_code(value) -> Optional[str]:
    """A priority answer as a category code (aliases resolved)."""
    label = normalise_label(value)
    if label is None:
        return None
    return CATEGORY_ALIASES.get(label, label)


def split_answers(value) -> List[str]:
    """Category codes in one answer: a single category, or a list separated by ';', ',' or '|'."""
    if value is None:
        return []
    if not isinstance(value, str):
        code = category_code(value)
        return [code] if code else []
    out = []
    for part in _SPLIT.split(value):
        code = category_code(part)
        if code and code not in out:
            out.append(code)
    return out


def parse_categories(categories: Union[str, Sequence[str], None]) -> Tuple[str, ...]:
    """The known categories from text ("drug_dealing, burglary") or a list; the
    documented list when empty. Each must make a field name (pri_<category>)."""
    if categories is None or (isinstance(categories, str) and not categories.strip()):
        return DEFAULT_CATEGORIES
    items = _SPLIT.split(categories) if isinstance(categories, str) else list(categories)
    out: List[str] = []
    for item in items:
        if isinstance(item, str) and not item.strip():
            continue
        code = category_code(item)
        if code is None or not _FIELD_NAME.match(code):
            raise SurveyError("Priority category '{0}' cannot make a field name: use letters, digits and "
                              "underscores, starting with a letter.".format(item))
        if code not in out:
            out.append(code)
    if not out:
        return DEFAULT_CATEGORIES
    return tuple(out)


def parse_theme_map(text: Optional[str], base: Optional[Mapping[str, Sequence[str]]] = None
                    ) -> Dict[str, Tuple[str, ...]]:
    """Category -> themes: ``base`` (the documented default) with the entries
    of ``text`` replacing whole categories, e.g.
    ``"drug_dealing=drugs,drug_supply; litter="`` (an empty list: no theme)."""
    mapping = {k: tuple(v) for k, v in (DEFAULT_THEME_MAP if base is None else base).items()}
    if not text or not text.strip():
        return mapping
    for entry in re.split(r"[;\n]", text):
        if not entry.strip():
            continue
        if "=" not in entry:
            raise SurveyError("Theme mapping entry '{0}' has no '=': write category=theme1,theme2".format(entry.strip()))
        left, right = entry.split("=", 1)
        category = category_code(left)
        if category is None:
            raise SurveyError("Theme mapping entry '{0}' names no category.".format(entry.strip()))
        themes = []
        for part in right.split(","):
            theme = normalise_label(part)
            if theme and theme not in themes:
                themes.append(theme)
        mapping[category] = tuple(themes)
    return mapping


def field_theme(name: str) -> str:
    """The harm theme of a harm field, from its name: ``dim_<theme>``,
    ``<theme>_harm_score``, ``<theme>_harm``; ``harm_score`` (and ``harm``,
    ``harm_value``, ``harm_total``) are all harm (:data:`ALL_HARM_THEME`);
    any other name is its own theme."""
    low = normalise_label(name) or ""
    if low in ("harm_score", "harm", "harm_value", "harm_total", "harm_sum"):
        return ALL_HARM_THEME
    if low.startswith("dim_") and len(low) > 4:
        return low[4:]
    for suffix in ("_harm_score", "_harm"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return low[: -len(suffix)]
    return low


_IDENTIFIER_WORDS = frozenset(("id", "ref", "reference", "name", "forename", "surname", "address", "postcode",
                               "email", "phone", "telephone", "mobile", "dob", "birth", "nino", "uprn", "ip"))


def looks_like_identifier(name: str) -> bool:
    """True for a field name that reads as a personal identifier (respondent_id,
    full_name, email, postcode, date_of_birth ...): such a field is never
    summarised, so none of its values can reach an output."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", str(name)).lower()
    return any(w in _IDENTIFIER_WORDS for w in re.split(r"[^a-z0-9]+", words) if w)


def shareable_unknown_answers(unknown: Mapping[str, int], min_respondents: int, suppress: bool
                              ) -> Tuple[Dict[str, int], int]:
    """The answers outside the categories that may be spelled out in an output
    meant for sharing (named by at least ``min_respondents``: rarer answers
    may be free text about a person), and how many distinct answers are held
    back. Without suppression all are listed."""
    if not suppress:
        return dict(unknown), 0
    listed = {k: v for k, v in unknown.items() if v >= min_respondents}
    return listed, len(unknown) - len(listed)


def field_name(prefix: str, label: str) -> str:
    """An output field name for a category or variable; raises when it cannot be one."""
    name = prefix + label
    if not _FIELD_NAME.match(name):
        raise SurveyError("'{0}' cannot make an output field name ({1}).".format(label, name))
    return name


# --------------------------------------------------------------------------- survey input


@dataclass
class Survey:
    """Survey columns, one value per respondent (no identifiers: none are needed).

    ``area_index``: the respondent's area (index into the areas; -1 none).
    ``missing_area``: True where the respondent gave no area code or location
    (status no_area); -1 with False is a code or location that is no area
    (unknown_area). ``priorities``: one column per field naming categories.
    ``confidence``: raw values (numbers; anything else is invalid).
    ``demographics``: variable -> raw answers. ``dates``: raw dates (needed for periods).
    """

    area_index: np.ndarray
    missing_area: np.ndarray
    priorities: Sequence[Sequence] = ()
    confidence: Optional[Sequence] = None
    demographics: Mapping[str, Sequence] = field(default_factory=dict)
    dates: Optional[Sequence] = None

    def __len__(self) -> int:
        return len(self.area_index)


def locate_by_code(codes: Sequence, area_ids: Sequence) -> Tuple[np.ndarray, np.ndarray]:
    """(area index, missing) per respondent from an area code: codes match area
    ids ignoring case and spaces (W001 = w001; 12 = 12.0); blank is missing."""
    lookup: Dict[str, int] = {}
    for k, area_id in enumerate(area_ids):
        lookup.setdefault(normalise_code(area_id), k)
    keys = pd.Series(list(codes), dtype=object)
    index_codes, uniques = pd.factorize(keys)
    u_key = [normalise_code(u) for u in uniques]
    u_index = np.array([lookup.get(k, -1) if k else -1 for k in u_key] + [-1], dtype=np.int64)
    u_missing = np.array([not k for k in u_key] + [True], dtype=bool)
    return u_index[index_codes], u_missing[index_codes]


@dataclass
class PopulationTable:
    """Population by group, long form: one row per (area, variable, group)."""

    area_codes: Sequence
    variables: Sequence
    groups: Sequence
    counts: Sequence


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
                out.append((name, kind, _plain(values[0], kind)))
                continue
            for p, vals in zip(self.periods, values):
                out.append((name + p.suffix, kind, _plain(vals, kind)))
            if with_change:
                out.append((name + CHANGE_SUFFIX, "float", _plain(values[1] - values[0], "float")))
        return out


def _plain(values: np.ndarray, kind: str) -> list:
    """Python values for an output column (NaN -> None)."""
    if kind == "str":
        return [None if v is None else str(v) for v in values]
    arr = np.asarray(values, dtype=float)
    if kind == "int":
        return [None if v != v else int(round(v)) for v in arr.tolist()]
    return [None if v != v else float(v) for v in arr.tolist()]


def check_periods(periods: Optional[Sequence[Period]]) -> List[Period]:
    """One or two periods; two must not overlap and the first must come first."""
    periods = [p for p in (periods or []) if p is not None]
    if len(periods) > 2:
        raise SurveyError("At most two periods can be compared.")
    for p in periods:
        if p.start is not None and p.end is not None and p.start > p.end:
            raise SurveyError("A period starts ({0}) after it ends ({1}).".format(p.start, p.end))
    if len(periods) == 2:
        a, b = periods
        if a.end is None or b.start is None or a.end >= b.start:
            raise SurveyError("The two periods must not overlap: period 1 must end before period 2 starts "
                              "(period 1 ends {0}, period 2 starts {1}).".format(a.end, b.start))
    return periods


def community_priorities(survey: Survey, area_ids: Sequence, categories: Sequence[str] = DEFAULT_CATEGORIES, *,
                         periods: Optional[Sequence[Period]] = None, min_respondents: int = MIN_RESPONDENTS,
                         suppress: bool = True, confidence_range: Tuple[float, float] = (1.0, 5.0),
                         nonresponse: Sequence[str] = DEFAULT_NONRESPONSE,
                         population: Optional[PopulationTable] = None) -> PrioritiesResult:
    """Per area and period: respondents, share naming each category, mean
    confidence, demographic response and representativeness (see the module
    docstring). Raises :class:`SurveyError` for an empty survey or bad settings."""
    n = len(survey)
    if n == 0:
        raise SurveyError("The survey has no respondents.")
    if min_respondents < 1:
        raise SurveyError("The minimum number of respondents must be at least 1.")
    if not len(survey.priorities):
        raise SurveyError("Choose at least one field naming priorities.")
    categories = parse_categories(categories)
    periods = check_periods(periods)
    area_ids = list(area_ids)
    n_areas = len(area_ids)
    area_index = np.asarray(survey.area_index, dtype=np.int64)
    missing_area = np.asarray(survey.missing_area, dtype=bool)
    lo, hi = float(confidence_range[0]), float(confidence_range[1])
    if lo > hi:
        raise SurveyError("The confidence scale's lowest value ({0}) is above its highest ({1}).".format(lo, hi))

    # status: the date first (when periods are used), then the area
    status = np.full(n, COUNTED, dtype=object)
    period_of = np.zeros(n, dtype=np.int64)
    unparseable: List[str] = []
    if periods:
        if survey.dates is None:
            raise SurveyError("Periods need a date field.")
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
        if variable is None or not _FIELD_NAME.match(variable):
            raise SurveyError("Demographic field '{0}' cannot make an output field name.".format(raw_name))
        if variable in answers:
            continue
        labels = np.array([normalise_label(v) for v in values], dtype=object) if len(values) else np.zeros(0, object)
        if len(labels) != n:
            raise SurveyError("Demographic field '{0}' has {1} values for {2} respondents.".format(raw_name, len(labels), n))
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
            raise SurveyError("A priority field has {0} values for {1} respondents.".format(len(values), n))
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
        raise SurveyError("The confidence field has {0} values for {1} respondents.".format(len(raw), n))
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
    for a, miss, var, group, count in zip(index.tolist(), missing.tolist(), population.variables,
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


# --------------------------------------------------------------------------- where to focus


def normalise(values: np.ndarray, method: str = MINMAX) -> np.ndarray:
    """0-1 per value (NaN stays NaN): min-max, or rank percentile (the share of
    the other values that are lower; tied values get the same)."""
    values = np.asarray(values, dtype=float)
    out = np.full(len(values), np.nan)
    ok = ~np.isnan(values)
    if not ok.any():
        return out
    v = values[ok]
    if method == MINMAX:
        lo, hi = float(v.min()), float(v.max())
        out[ok] = (v - lo) / (hi - lo) if hi > lo else 0.0
    elif method == PERCENTILE:
        m = len(v)
        lower = np.searchsorted(np.sort(v), v, side="left")  # how many values are lower
        out[ok] = lower / (m - 1) if m > 1 else 0.0
    else:
        raise ValueError("unknown normalisation {0!r}".format(method))
    return out


def harm_level(values: np.ndarray) -> np.ndarray:
    """very_high (top 10 %: at least 90 % of the others lower), high (top 25 %),
    medium, low (bottom 25 %) by rank percentile; none where the value is 0
    or less; missing where NaN."""
    values = np.asarray(values, dtype=float)
    pct = normalise(values, PERCENTILE)
    level = np.where(pct >= 0.9, "very_high", np.where(pct >= 0.75, "high", np.where(pct >= 0.25, "medium", "low")))
    level = level.astype(object)
    level[values <= 0] = "none"
    level[np.isnan(values)] = "missing"
    return level


@dataclass
class ConcernTable:
    """Residents' priorities per survey area, one row per area, per period:
    what socharm:communitypriorities writes (``pri_<category>`` shares 0-1,
    NULL where suppressed)."""

    codes: Sequence  # the survey areas' ids
    categories: Tuple[str, ...]
    shares: List[np.ndarray]  # per period: (rows, categories), NaN where suppressed / none
    respondents: List[np.ndarray]  # per period, NaN where suppressed
    status: List[np.ndarray]  # per period: OK, SUPPRESSED, LOW_COUNT, NO_RESPONDENTS (or None)


@dataclass
class ConcernLayout:
    """Which fields of a priorities layer hold what: ``categories`` and, per
    period, its suffix ("" for one period; "_p1", "_p2" for two)."""

    categories: Tuple[str, ...]
    suffixes: Tuple[str, ...]

    def share_field(self, category: str, period: int) -> str:
        return PRIORITY_PREFIX + category + self.suffixes[period]

    def field(self, name: str, period: int) -> str:
        return name + self.suffixes[period]


def concern_layout(field_names: Sequence[str]) -> ConcernLayout:
    """Read the layout of a socharm:communitypriorities output from its field
    names: two periods when every ``pri_<c>_p1`` has its ``pri_<c>_p2``."""
    names = [n for n in field_names if n.lower().startswith(PRIORITY_PREFIX)]
    lower = {n.lower() for n in names}
    p1 = [n.lower()[len(PRIORITY_PREFIX):-3] for n in names if n.lower().endswith("_p1")]
    if p1 and all(PRIORITY_PREFIX + c + "_p2" in lower for c in p1):
        return ConcernLayout(tuple(p1), PERIOD_SUFFIXES)
    cats = [n.lower()[len(PRIORITY_PREFIX):] for n in names
            if not n.lower().endswith(CHANGE_SUFFIX) and not n.lower().endswith(("_p1", "_p2"))]
    if not cats:
        raise SurveyError("The priorities layer has no pri_<category> fields: give the output of "
                          "'Community priorities by area'.")
    return ConcernLayout(tuple(cats), ("",))


@dataclass
class PeriodRecommendation:
    suffix: str
    harm_fields: Dict[str, np.ndarray]
    harm_value: np.ndarray
    harm_norm: np.ndarray
    concern: np.ndarray
    concern_norm: np.ndarray
    concern_category: np.ndarray  # object: the category cited, or None
    concern_status: np.ndarray  # object: reason code part for concern
    respondents: np.ndarray
    focus_score: np.ndarray
    focus_rank: np.ndarray
    reasons: List[List[str]]  # per area: reason codes


@dataclass
class Recommendation:
    area_ids: list
    harm_fields: Tuple[str, ...]
    field_themes: Dict[str, str]
    periods: List[PeriodRecommendation]
    need_value: Optional[np.ndarray]
    need_norm: Optional[np.ndarray]
    weights: Dict[str, float]
    used: Dict[str, bool]  # component -> given
    null_harm: int  # harm values that were NULL (counted as 0)
    unmatched_themes: List[str]  # harm themes no category maps to
    unlinked_areas: int  # areas whose link code is no survey area (per the concern table)

    @property
    def order(self) -> np.ndarray:
        """Area positions by focus rank in the latest period (unranked last, then input order)."""
        rank = self.periods[-1].focus_rank
        return np.lexsort((np.arange(len(rank)), np.where(rank > 0, rank, np.iinfo(np.int64).max)))

    def columns(self) -> List[Tuple[str, str, list]]:
        """(field name, kind, values per area) in output order; see the module docstring."""
        per_period: List[Tuple[str, str, List[np.ndarray]]] = []
        for f in self.harm_fields:
            per_period.append((f, "float", [p.harm_fields[f] for p in self.periods]))
        per_period.append(("harm_value", "float", [p.harm_value for p in self.periods]))
        per_period.append(("harm_norm", "float", [p.harm_norm for p in self.periods]))
        if self.used["concern"]:
            per_period.append(("concern", "float", [p.concern for p in self.periods]))
            per_period.append(("concern_norm", "float", [p.concern_norm for p in self.periods]))
            per_period.append(("respondents", "int", [p.respondents for p in self.periods]))
        out: List[Tuple[str, str, list]] = []
        two = len(self.periods) == 2

        def emit(name, kind, values):
            if not two:
                out.append((name, kind, _plain(values[0], kind) if kind != "str" else list(values[0])))
            else:
                for p, vals in zip(self.periods, values):
                    out.append((name + p.suffix, kind, _plain(vals, kind) if kind != "str" else list(vals)))

        for name, kind, values in per_period:
            emit(name, kind, values)
        if self.used["need"]:
            out.append(("need_value", "float", _plain(self.need_value, "float")))
            out.append(("need_norm", "float", _plain(self.need_norm, "float")))
        emit("focus_score", "float", [p.focus_score for p in self.periods])
        emit("focus_rank", "int", [np.where(p.focus_rank > 0, p.focus_rank, np.nan) for p in self.periods])
        emit("reason_codes", "str", [np.array([";".join(r) for r in p.reasons], dtype=object) for p in self.periods])
        if two:
            a, b = self.periods
            out.append(("harm_change", "float", _plain(b.harm_value - a.harm_value, "float")))
            if self.used["concern"]:
                out.append(("concern_change", "float", _plain(b.concern - a.concern, "float")))
            ranked = (a.focus_rank > 0) & (b.focus_rank > 0)
            change = np.where(ranked, b.focus_rank - a.focus_rank, np.nan)
            out.append(("focus_rank_change", "int", _plain(change, "int")))
        return out


def recommend(area_ids: Sequence, harm: Sequence[Mapping[str, Sequence[float]]], *,
              link_codes: Optional[Sequence] = None, concern: Optional[ConcernTable] = None,
              need: Optional[Sequence[float]] = None, need_direction: str = NEED_HIGHER,
              theme_map: Optional[Mapping[str, Sequence[str]]] = None, normalisation: str = PERCENTILE,
              weights: Tuple[float, float, float] = (0.5, 0.3, 0.2),
              field_themes: Optional[Mapping[str, str]] = None) -> Recommendation:
    """Rank areas (streets or wards) for focus; see the module docstring.

    ``harm``: per period, harm field -> value per area (same fields each period).
    ``link_codes``: per area, the survey area code (e.g. its ward) the concern
    table is looked up by; the area's own id when None. ``concern``: per period
    as many as ``harm`` (the caller aligns them). ``need``: per area.
    """
    area_ids = list(area_ids)
    n = len(area_ids)
    if not harm or not len(harm[0]):
        raise SurveyError("Choose at least one harm field.")
    if len(harm) > 2:
        raise SurveyError("At most two periods can be compared.")
    if normalisation not in NORMALISATIONS:
        raise SurveyError("Unknown normalisation '{0}'.".format(normalisation))
    if need_direction not in NEED_DIRECTIONS:
        raise SurveyError("Unknown need direction '{0}'.".format(need_direction))
    if concern is not None and len(concern.shares) != len(harm):
        raise SurveyError("The concern table has {0} period(s) for {1} harm period(s).".format(
            len(concern.shares), len(harm)))
    w = {"harm": float(weights[0]), "concern": float(weights[1]), "need": float(weights[2])}
    if any(v < 0 for v in w.values()):
        raise SurveyError("Weights must not be negative.")
    used = {"harm": True, "concern": concern is not None, "need": need is not None}
    if sum(w[k] for k in w if used[k]) <= 0:
        raise SurveyError("The weights of the components given are all 0.")
    fields = tuple(harm[0])
    for period in harm:
        if tuple(period) != fields:
            raise SurveyError("Both periods need the same harm fields.")
        for f in fields:
            if len(period[f]) != n:
                raise SurveyError("Harm field '{0}' has {1} values for {2} areas.".format(f, len(period[f]), n))
    themes = {f: (field_themes or {}).get(f) or field_theme(f) for f in fields}
    theme_map = dict(DEFAULT_THEME_MAP if theme_map is None else theme_map)
    two = len(harm) == 2
    suffixes = PERIOD_SUFFIXES if two else ("",)

    # harm
    null_harm = 0
    harm_fields: List[Dict[str, np.ndarray]] = []
    harm_value: List[np.ndarray] = []
    for period in harm:
        cols = {}
        for f in fields:
            v = np.asarray(period[f], dtype=float)
            null_harm += int(np.isnan(v).sum())
            cols[f] = v
        harm_fields.append(cols)
        harm_value.append(np.sum([np.nan_to_num(cols[f]) for f in fields], axis=0))
    harm_norm = _normalise_periods(harm_value, normalisation)

    # concern
    unmatched = []
    matches: Dict[str, List[int]] = {}
    unlinked = 0
    concern_value: List[np.ndarray] = []
    cited: List[np.ndarray] = []
    concern_state: List[np.ndarray] = []
    respondents: List[np.ndarray] = []
    if concern is not None:
        cats = list(concern.categories)
        for f in fields:
            matches[f] = [j for j, c in enumerate(cats) if themes[f] in theme_map.get(c, ())]
            if not matches[f] and themes[f] not in unmatched:
                unmatched.append(themes[f])
        codes = area_ids if link_codes is None else list(link_codes)
        row, missing = locate_by_code(codes, list(concern.codes))
        unlinked = int((row < 0).sum())
        for k in range(len(harm)):
            value, cite, state, resp = _concern(harm_fields[k], fields, matches, concern, k, row)
            concern_value.append(value)
            cited.append(cite)
            concern_state.append(state)
            respondents.append(resp)
        concern_norm = _normalise_periods(concern_value, normalisation)
    else:
        concern_value = [np.full(n, np.nan) for _ in harm]
        concern_norm = [np.full(n, np.nan) for _ in harm]
        cited = [np.full(n, None, dtype=object) for _ in harm]
        concern_state = [np.full(n, None, dtype=object) for _ in harm]
        respondents = [np.full(n, np.nan) for _ in harm]

    # need
    need_value = need_norm = None
    need_codes: List[str] = []
    if need is not None:
        need_value = np.asarray(need, dtype=float)
        if len(need_value) != n:
            raise SurveyError("The need values are {0} for {1} areas.".format(len(need_value), n))
        more_need = need_value if need_direction == NEED_HIGHER else -need_value
        need_norm = normalise(more_need, normalisation)
        need_codes = _need_codes(need_value, need_direction)

    periods: List[PeriodRecommendation] = []
    for k in range(len(harm)):
        parts = [(w["harm"], harm_norm[k])]
        if used["concern"]:
            parts.append((w["concern"], concern_norm[k]))
        if used["need"]:
            parts.append((w["need"], need_norm))
        num = np.zeros(n)
        den = np.zeros(n)
        for weight, values in parts:
            has = ~np.isnan(values)
            num += np.where(has, weight * np.nan_to_num(values), 0.0)
            den += np.where(has, weight, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(den > 0, num / den, np.nan)
        rank = rank_descending(score)
        levels = harm_level(harm_value[k])
        top_theme = _top_theme(harm_fields[k], fields, themes)
        reasons = []
        for a in range(n):
            codes_a = ["harm:{0}:{1}".format(levels[a], top_theme[a]) if levels[a] not in ("none", "missing")
                       else "harm:{0}".format(levels[a])]
            if used["concern"]:
                if cited[k][a] is not None:
                    codes_a.append("concern:{0}:{1}".format(
                        cited[k][a], int(round(_share_of(concern, k, cited[k][a], row[a]) * 100))))
                else:
                    codes_a.append("concern:{0}".format(concern_state[k][a]))
            if used["need"]:
                codes_a.append(need_codes[a])
            reasons.append(codes_a)
        periods.append(PeriodRecommendation(
            suffix=suffixes[k], harm_fields=harm_fields[k], harm_value=harm_value[k], harm_norm=harm_norm[k],
            concern=concern_value[k], concern_norm=concern_norm[k], concern_category=cited[k],
            concern_status=concern_state[k], respondents=respondents[k], focus_score=score, focus_rank=rank,
            reasons=reasons))
    return Recommendation(area_ids=area_ids, harm_fields=fields, field_themes=themes, periods=periods,
                          need_value=need_value, need_norm=need_norm, weights=w, used=used, null_harm=null_harm,
                          unmatched_themes=unmatched, unlinked_areas=unlinked)


def _normalise_periods(values: List[np.ndarray], method: str) -> List[np.ndarray]:
    """Normalise the periods' values together (one scale for both)."""
    pooled = normalise(np.concatenate(values), method)
    out, start = [], 0
    for v in values:
        out.append(pooled[start:start + len(v)])
        start += len(v)
    return out


def _share_of(concern: ConcernTable, period: int, category: str, row: int) -> float:
    return float(concern.shares[period][row, list(concern.categories).index(category)])


def _concern(harm_fields: Dict[str, np.ndarray], fields: Sequence[str], matches: Dict[str, List[int]],
             concern: ConcernTable, period: int, row: np.ndarray):
    """Per area: the harm-weighted concern, the category cited, the concern
    state (for the reason when there is no category to cite) and the respondents."""
    n = len(row)
    shares = np.asarray(concern.shares[period], dtype=float)
    status = concern.status[period] if concern.status else None
    resp_all = np.asarray(concern.respondents[period], dtype=float)
    value = np.full(n, np.nan)
    cite = np.full(n, None, dtype=object)
    state = np.full(n, None, dtype=object)
    resp = np.full(n, np.nan)
    cats = list(concern.categories)
    any_match = any(matches[f] for f in fields)
    for a in range(n):
        r = int(row[a])
        if r < 0:
            state[a] = "no_data"
            continue
        resp[a] = resp_all[r]
        row_status = None if status is None else status[r]
        if not any_match:
            state[a] = "no_match"
            continue
        if row_status == NO_RESPONDENTS or (row_status is None and resp_all[r] == 0):
            state[a] = NO_RESPONDENTS
            continue
        if np.isnan(shares[r]).all():
            state[a] = SUPPRESSED if row_status in (None, SUPPRESSED) else "no_data"
            continue
        per_field = []
        for f in fields:
            js = matches[f]
            if not js:
                continue
            vals = shares[r, js]
            if np.isnan(vals).all():
                continue
            best = int(np.nanargmax(vals))  # first of the tied: category order
            per_field.append((f, float(vals[best]), js[best]))
        if not per_field:
            state[a] = SUPPRESSED
            continue
        weights = np.array([max(float(np.nan_to_num(harm_fields[f][a])), 0.0) for f, _, _ in per_field])
        vals = np.array([v for _, v, _ in per_field])
        if weights.sum() <= 0:
            weights = np.ones(len(per_field))  # no harm here: a plain mean
        value[a] = float((weights * vals).sum() / weights.sum())
        if value[a] <= 0:
            state[a] = "none"
            continue
        # cite the category behind the largest part of the concern (first field on ties)
        cite[a] = cats[per_field[int(np.argmax(weights * vals))][2]]
    return value, cite, state, resp


def _top_theme(harm_fields: Dict[str, np.ndarray], fields: Sequence[str], themes: Mapping[str, str]) -> List[str]:
    """Per area: the theme of the harm field with the most harm (first on ties)."""
    stacked = np.column_stack([np.nan_to_num(harm_fields[f]) for f in fields])
    best = np.argmax(stacked, axis=1)
    return [themes[fields[b]] for b in best.tolist()]


def _need_codes(values: np.ndarray, direction: str) -> List[str]:
    """need:decile:<value>:<from most need> when every value is a whole number
    1-10 (a decile), else need:<level> by rank percentile towards more need; need:missing."""
    ok = ~np.isnan(values)
    is_decile = bool(ok.any()) and bool(np.all((values[ok] >= 1) & (values[ok] <= 10)
                                               & (values[ok] == np.round(values[ok]))))
    out = []
    if is_decile:
        for v in values.tolist():
            if v != v:
                out.append("need:missing")
            else:
                d = int(v)
                out.append("need:decile:{0}:{1}".format(d, d if direction == NEED_LOWER else 11 - d))
        return out
    more = values if direction == NEED_HIGHER else -values
    pct = normalise(more, PERCENTILE)
    for p in pct.tolist():
        if p != p:
            out.append("need:missing")
        else:
            level = "very_high" if p >= 0.9 else "high" if p >= 0.75 else "medium" if p >= 0.25 else "low"
            out.append("need:{0}".format(level))
    return out


def parse_reason(code: str) -> Tuple[str, List[str]]:
    """('harm', ['very_high', 'violence']) from 'harm:very_high:violence'."""
    parts = code.split(":")
    return parts[0], parts[1:]
