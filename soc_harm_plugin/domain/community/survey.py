"""Resident surveys: what respondents answer, read as codes, with nothing that identifies them.

Pure numpy / pandas (no qgis): what ``socharm:communitypriorities`` and
``socharm:recommendstreets`` share. Priority answers are read as category
codes (:func:`category_code`: case, spaces and hyphens ignored, known
aliases resolved; ``ASB`` is ``antisocial_behaviour``); a respondent's area
comes from an area code (:func:`locate_by_code`) or a location; a field whose
name reads as a personal identifier is never summarised
(:func:`looks_like_identifier`). Output field names are built from the
prefixes here (``pri_<category>``, ``answered_<variable>``, ``rep_<variable>``)
and, with two periods, the suffixes ``_p1``, ``_p2`` and ``_change``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from ..language.messages import tr
from ..harm.harm_table import normalise_code
from ..lazy import pd  # imported on first use
from ..periods.calendar import Period

DEFAULT_MIN_RESPONDENTS = 10
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
DEFAULT_NONRESPONSE = ("prefer not to say", "prefer not to answer", "not known", "unknown", "refused",
                       "don't know", "dont know", "n/a", "not stated")
# Respondent status codes (stable: in the reconciliation; also NO_DATE and OUT_OF_PERIOD of ..codes)
COUNTED = "counted"
NO_AREA = "no_area"
UNKNOWN_AREA = "unknown_area"
# Area status codes (stable: written into outputs)
OK = "ok"
SUPPRESSED = "suppressed"
LOW_COUNT = "low_count"
NO_RESPONDENTS = "no_respondents"
# Output fields (public names); per-category, per-variable and per-harm-field names are built from these.
PRIORITY_PREFIX = "pri_"
ANSWERED_PREFIX = "answered_"
REP_PREFIX = "rep_"
PERIOD_SUFFIXES = ("_p1", "_p2")
CHANGE_SUFFIX = "_change"
FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_LABEL_RUN = re.compile(r"[^a-z0-9+]+")
_SPLIT = re.compile(r"[;,|\n]")


class SurveyError(ValueError):
    """Bad survey input: the message names what is wrong and what to do."""


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
        if code is None or not FIELD_NAME.match(code):
            raise SurveyError(tr("Priority category '{0}' cannot make a field name: use letters, digits and "
                              "underscores, starting with a letter.").format(item))
        if code not in out:
            out.append(code)
    if not out:
        return DEFAULT_CATEGORIES
    return tuple(out)


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
    if not FIELD_NAME.match(name):
        raise SurveyError(tr("'{0}' cannot make an output field name ({1}).").format(label, name))
    return name


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


def column_values(values: np.ndarray, kind: str) -> list:
    """Python values for an output column of ``kind`` (int, float or str; NaN -> None)."""
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
        raise SurveyError(tr("At most two periods can be compared."))
    for p in periods:
        if p.start is not None and p.end is not None and p.start > p.end:
            raise SurveyError(tr("A period starts ({0}) after it ends ({1}).").format(p.start, p.end))
    if len(periods) == 2:
        a, b = periods
        if a.end is None or b.start is None or a.end >= b.start:
            raise SurveyError(tr("The two periods must not overlap: period 1 must end before period 2 starts "
                              "(period 1 ends {0}, period 2 starts {1}).").format(a.end, b.start))
    return periods
